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
\x20anterior\
\x20any \
\x20anything \
\x20anything goes \
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
\x20as a joke\
\x20as a suggestion\
\x20as advisory\
\x20as canceled\
\x20as cancelled\
\x20as guidelines only\
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
\x20as irrelevant\
\x20as is through to cortex\
\x20as is through to the agent\
\x20as is through to the llm\
\x20as is through to the model\
\x20as is to cortex\
\x20as is to the agent\
\x20as is to the llm\
\x20as is to the model\
\x20as jokes\
\x20as non binding\
\x20as nonbinding\
\x20as not binding\
\x20as optional\
\x20as soon as \
\x20as suggestions\
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
\x20as void\
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
\x20begin being \
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
\x20consequences dont \
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
\x20lo que se te dijo\
\x20lo que te dijeron\
\x20lo que te han dicho\
\x20lo que te ordenaron\
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
\x20no consequences \
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
\x20no rules apply \
\x20non binding \
\x20nonbinding \
\x20not applicable \
\x20not binding \
\x20not bound by \
\x20not in effect \
\x20not limited by \
\x20not real\
\x20not restricted by \
\x20nothing counts \
\x20nothing is real \
\x20nothing is recorded \
\x20nothing matters \
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
\x20previas\
\x20previo\
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
\x20rules dont apply \
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
\x20start being \
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
\x20you ve been given\
\x20you ve been instructed\
\x20you ve been instructed \
\x20you ve been ordered \
\x20you ve been permitted \
\x20you ve been programmed\
\x20you ve been taught\
\x20you ve been told\
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
all checks\
all checks \
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
check you have\
check you have \
checks \
checks you have\
checks you have \
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
consider \
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
count \
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
descarta todas\
descarta todo\
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
dimentica tutte \
dimentica tutti \
dimentica tutto \
dimenticate tutte \
dimenticate tutti \
dimenticate tutto \
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
e above \
e agora\
e ai \
e all \
e and \
e anthropic \
e anthropics \
e any \
e assistant \
e base \
e bot \
e chat \
e chatbot \
e chatgpt \
e chats \
e claude \
e company \
e companys \
e content \
e context \
e conversation \
e conversations \
e core \
e cortex \
e cortexs \
e current \
e default \
e developer \
e each \
e earlier \
e entire \
e ethical \
e every \
e existing \
e following \
e former \
e future \
e given \
e gpt \
e hidden \
e initial \
e internal \
e its \
e later \
e listed \
e llm \
e mail\
e many \
e mentioned \
e model \
e moral \
e most \
e normal \
e of \
e official \
e old \
e openai \
e openais \
e or \
e original \
e other \
e past \
e pe\
e pi\
e po\
e pr\
e pu\
e pv\
e recent \
e regular \
e safety \
e same \
e security \
e set \
e snowflake \
e snowflakes \
e special \
e specific \
e standard \
e standing \
e stated \
e subsequent \
e such \
e system \
e that \
e the \
e their \
e these \
e this \
e those \
e typical \
e underlying \
e usual \
e various \
e whole \
e written \
e your \
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
esqueca todas \
esqueca todos \
esqueca tudo \
esquece todas \
esquece todos \
esquece tudo \
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
every check\
every check \
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
ignora\
ignora \
ignora all \
ignora any \
ignora each \
ignora every \
ignora todas\
ignora todas \
ignora todo\
ignora todos \
ignora tudo \
ignora tutte \
ignora tutti \
ignora tutto \
ignora your \
ignorate tutte \
ignorate tutti \
ignorate tutto \
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
ignore todas\
ignore todas \
ignore todo\
ignore todos \
ignore tout ce \
ignore tudo \
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
ignoriere alle\
ignorieren sie alle\
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
olvida todas\
olvida todo\
olvidate de todas\
olvidate de todo\
olvide todas\
olvide todo\
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
quit being \
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
regard \
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
stop being \
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
treat \
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
vergessen sie alle\
vergiss alle\
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
view \
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
your checks\
your checks \
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
            ends: &[8, 22, 30, 36, 43, 49, 56, 73, 83, 91, 105, 123, 138, 152, 159, 167, 184, 192, 198, 207, 215, 224, 234, 246, 252, 259, 272, 296, 314, 331, 350, 374, 391, 407, 424, 449, 469, 481, 505, 516, 531, 538, 546, 560, 575, 587, 605, 624, 640, 660, 676, 686, 697, 714, 732, 747, 768, 790, 809, 832, 851, 858, 867, 872, 883, 896, 902, 923, 934, 955, 974, 988, 1003, 1023, 1052, 1071, 1100, 1127, 1149, 1172, 1182, 1197, 1213, 1220, 1241, 1259, 1276, 1290, 1296, 1311, 1327, 1344, 1362, 1381, 1401, 1413, 1426, 1439, 1453, 1469, 1483, 1495, 1508, 1515, 1518, 1528, 1543, 1555, 1568, 1582, 1597, 1613, 1630, 1642, 1659, 1668, 1682, 1695, 1704, 1714, 1724, 1735, 1748, 1759, 1776, 1795, 1811, 1831, 1840, 1850, 1855, 1868, 1879, 1893, 1906, 1920, 1936, 1952, 1968, 1981, 1990, 1998, 2014, 2022, 2034, 2043, 2050, 2058, 2076, 2085, 2104, 2120, 2138, 2145, 2159, 2174, 2188, 2203, 2216, 2234, 2259, 2285, 2318, 2345, 2364, 2375, 2393, 2412, 2438, 2458, 2470, 2486, 2509, 2533, 2564, 2589, 2606, 2621, 2643, 2666, 2696, 2720, 2736, 2744, 2757, 2777, 2798, 2826, 2848, 2862, 2878, 2901, 2925, 2956, 2981, 2998, 3008, 3033, 3044, 3065, 3082, 3105, 3124, 3133, 3138, 3148, 3163, 3169, 3181, 3189, 3207, 3227, 3245, 3261, 3279, 3296, 3320, 3338, 3363, 3384, 3398, 3414, 3437, 3454, 3478, 3498, 3511, 3529, 3554, 3573, 3599, 3621, 3636, 3652, 3675, 3692, 3716, 3736, 3749, 3765, 3780, 3794, 3807, 3820, 3834, 3849, 3862, 3874, 3891, 3904, 3919, 3934, 3948, 3958, 3972, 3989, 4008, 4024, 4041, 4058, 4073, 4088, 4105, 4120, 4137, 4153, 4171, 4187, 4199, 4214, 4228, 4245, 4253, 4267, 4282, 4297, 4310, 4323, 4338, 4351, 4366, 4380, 4396, 4410, 4420, 4433, 4445, 4462, 4472, 4488, 4500, 4512, 4525, 4544, 4551, 4566, 4579, 4593, 4605, 4620, 4633, 4649, 4663, 4676, 4695, 4712, 4730, 4746, 4765, 4782, 4802, 4820, 4837, 4851, 4875, 4902, 4927, 4954, 4970, 4989, 5006, 5025, 5034, 5049, 5063, 5078, 5090, 5102, 5117, 5128, 5147, 5164, 5182, 5198, 5217, 5234, 5254, 5272, 5289, 5312, 5333, 5355, 5375, 5398, 5419, 5443, 5465, 5486, 5494, 5504, 5517, 5529, 5546, 5566, 5585, 5605, 5629, 5657, 5683, 5709, 5733, 5752, 5769, 5790, 5814, 5837, 5861, 5889, 5921, 5951, 5981, 6009, 6032, 6053, 6079, 6101, 6114, 6131, 6152, 6171, 6190, 6207, 6219, 6229, 6243, 6260, 6276, 6293, 6314, 6339, 6362, 6385, 6406, 6422, 6436, 6455, 6468, 6484, 6499, 6515, 6535, 6559, 6581, 6603, 6623, 6638, 6651, 6668, 6688, 6707, 6727, 6751, 6779, 6805, 6831, 6855, 6874, 6891, 6913, 6931, 6946, 6965, 6987, 7008, 7030, 7056, 7086, 7114, 7142, 7168, 7189, 7208, 7231, 7257, 7282, 7308, 7338, 7372, 7404, 7436, 7466, 7491, 7514, 7542, 7566, 7579, 7595, 7610, 7626, 7646, 7670, 7692, 7714, 7734, 7749, 7762, 7779, 7799, 7818, 7838, 7862, 7890, 7916, 7942, 7966, 7985, 8002, 8024, 8042, 8056, 8072, 8086, 8097, 8110, 8126, 8141, 8161, 8184, 8206, 8229, 8256, 8287, 8316, 8345, 8372, 8394, 8414, 8438, 8465, 8491, 8518, 8549, 8584, 8617, 8650, 8681, 8707, 8731, 8760, 8785, 8801, 8821, 8845, 8867, 8889, 8909, 8924, 8937, 8954, 8974, 8993, 9013, 9037, 9065, 9091, 9117, 9141, 9160, 9177, 9199, 9215, 9234, 9252, 9271, 9294, 9321, 9346, 9371, 9394, 9412, 9428, 9448, 9471, 9493, 9516, 9543, 9574, 9603, 9632, 9659, 9681, 9701, 9726, 9747, 9765, 9787, 9812, 9836, 9861, 9890, 9923, 9954, 9985, 10014, 10038, 10060, 10086, 10115, 10143, 10172, 10205, 10242, 10277, 10312, 10345, 10373, 10399, 10430, 10457, 10473, 10492, 10510, 10529, 10552, 10579, 10604, 10629, 10652, 10670, 10686, 10706, 10729, 10751, 10774, 10801, 10832, 10861, 10890, 10917, 10939, 10959, 10984, 11005, 11010, 11020, 11037, 11059, 11078, 11098, 11119, 11141, 11164, 11188, 11207, 11231, 11247, 11268, 11288, 11304, 11321, 11338, 11356, 11376, 11394, 11410, 11427, 11435, 11452, 11465, 11470, 11476, 11487, 11504, 11517, 11529, 11541, 11556, 11568, 11579, 11591, 11599, 11607, 11611, 11619, 11633, 11648, 11660, 11678, 11697, 11713, 11733, 11749, 11756, 11764, 11778, 11802, 11827, 11845, 11864, 11882, 11902, 11914, 11939, 11957, 11973, 11990, 12002, 12015, 12033, 12059, 12080, 12093, 12118, 12125, 12138, 12150, 12168, 12187, 12203, 12216, 12231, 12245, 12259, 12274, 12285, 12298, 12309, 12326, 12341, 12359, 12381, 12392, 12411, 12433, 12453, 12461, 12477, 12500, 12517, 12541, 12561, 12574, 12589, 12611, 12627, 12650, 12669, 12681, 12698, 12722, 12740, 12765, 12786, 12800, 12815, 12837, 12853, 12876, 12895, 12907, 12915, 12921, 12933, 12945, 12949, 12960, 12976, 12989, 13003, 13018, 13034, 13051, 13069, 13082, 13100, 13110, 13125, 13139, 13149, 13160, 13171, 13183, 13197, 13209, 13219, 13230, 13242, 13257, 13275, 13291, 13296, 13304, 13311, 13319, 13332, 13346, 13362, 13371, 13381, 13392, 13399, 13404, 13426, 13450, 13472, 13492, 13514, 13534, 13546, 13553, 13561, 13569, 13577, 13585, 13593, 13604, 13618, 13635, 13657, 13676, 13700, 13716, 13737, 13757, 13776, 13796, 13801, 13809, 13824, 13844, 13861, 13883, 13897, 13916, 13934, 13942, 13950, 13957, 13968, 13975, 13986, 13995, 14009, 14023, 14032, 14041, 14051, 14059, 14069, 14080, 14093, 14109, 14137, 14156, 14182, 14202, 14229, 14252, 14268, 14286, 14311, 14330, 14356, 14378, 14393, 14413, 14440, 14461, 14489, 14513, 14530, 14548, 14573, 14592, 14618, 14640, 14655, 14669, 14686, 14706, 14730, 14748, 14767, 14786, 14804, 14824, 14844, 14862, 14878, 14889, 14901, 14920, 14949, 14977, 14987, 15005, 15025, 15044, 15063, 15081, 15093, 15106, 15118, 15127, 15135, 15151, 15168, 15184, 15201, 15219, 15227, 15237, 15250, 15259, 15269, 15280, 15291, 15303, 15325, 15348, 15371, 15384, 15392, 15409, 15427, 15446, 15466, 15487, 15509, 15523, 15538, 15553, 15569, 15587, 15603, 15617, 15632, 15645, 15659, 15669, 15676, 15689, 15703, 15719, 15736, 15751, 15767, 15781, 15796, 15809, 15823, 15841, 15860, 15881, 15903, 15923, 15944, 15963, 15983, 16001, 16020, 16037, 16055, 16072, 16090, 16103, 16121, 16138, 16150, 16163, 16175, 16188, 16205, 16229, 16247, 16272, 16293, 16307, 16323, 16346, 16363, 16387, 16407, 16420, 16438, 16463, 16482, 16508, 16530, 16545, 16561, 16584, 16601, 16625, 16645, 16658, 16664, 16672, 16687, 16696, 16706, 16719, 16731, 16745, 16761, 16767, 16779, 16790, 16805, 16819, 16829, 16836, 16850, 16867, 16888, 16903, 16919, 16935, 16950, 16967, 16984, 16999, 17004, 17010, 17019, 17032, 17042, 17056, 17068, 17078, 17088, 17097, 17106, 17116, 17131, 17145, 17155, 17180, 17203, 17221, 17236, 17261, 17284, 17302, 17321, 17338, 17354, 17365, 17382, 17398, 17415, 17423, 17439, 17455, 17472, 17489, 17503, 17518, 17533, 17550, 17564, 17579, 17596, 17612, 17630, 17645, 17661, 17673, 17688, 17702, 17708, 17722, 17736, 17751, 17766, 17778, 17791, 17804, 17819, 17831, 17844, 17859, 17873, 17889, 17902, 17916, 17926, 17939, 17951, 17962, 17975, 17986, 17998, 18009, 18025, 18036, 18048, 18065, 18092, 18122, 18150, 18180, 18199, 18221, 18241, 18263, 18274, 18292, 18312, 18329, 18348, 18364, 18382, 18404, 18414, 18429, 18439, 18447, 18456, 18464, 18473, 18481, 18490, 18500, 18511, 18526, 18548, 18566, 18580, 18586, 18593, 18605, 18618, 18635, 18650, 18657, 18672, 18687, 18703, 18719, 18732, 18746, 18763, 18787, 18818, 18836, 18855, 18869, 18884, 18902, 18916, 18933, 18947, 18964, 18978, 18994, 19009, 19025, 19038, 19052, 19068, 19083, 19098, 19116, 19130, 19145, 19158, 19175, 19191, 19210, 19229, 19256, 19272, 19286, 19301, 19313, 19326, 19337, 19353, 19371, 19386, 19404, 19421, 19440, 19457, 19476, 19491, 19504, 19521, 19536, 19554, 19568, 19585, 19602, 19621, 19634, 19653, 19673, 19694, 19707, 19721, 19736, 19757, 19782, 19802, 19822, 19846, 19872, 19902, 19927, 19952, 19981, 20005, 20030, 20059, 20083, 20107, 20135, 20158, 20181, 20208, 20230, 20252, 20278, 20299, 20325, 20355, 20380, 20405, 20434, 20458, 20482, 20510, 20533, 20556, 20583, 20605, 20632, 20663, 20689, 20715, 20745, 20770, 20789, 20817, 20849, 20876, 20903, 20934, 20960, 20986, 21016, 21041, 21066, 21095, 21119, 21136, 21159, 21186, 21208, 21230, 21256, 21284, 21316, 21343, 21370, 21401, 21427, 21454, 21485, 21511, 21537, 21567, 21592, 21617, 21646, 21670, 21694, 21722, 21745, 21773, 21805, 21832, 21859, 21890, 21916, 21942, 21972, 21997, 22022, 22051, 22075, 22104, 22137, 22165, 22193, 22225, 22252, 22273, 22303, 22337, 22366, 22395, 22428, 22456, 22484, 22516, 22543, 22570, 22601, 22627, 22636, 22653, 22670, 22688, 22706, 22721, 22737, 22753, 22771, 22786, 22802, 22820, 22837, 22856, 22872, 22889, 22902, 22918, 22933, 22948, 22969, 22994, 23014, 23034, 23058, 23084, 23114, 23139, 23164, 23193, 23217, 23242, 23271, 23295, 23319, 23347, 23370, 23393, 23420, 23442, 23464, 23490, 23511, 23537, 23567, 23592, 23617, 23646, 23670, 23694, 23722, 23745, 23768, 23795, 23817, 23844, 23875, 23901, 23927, 23957, 23982, 24001, 24029, 24061, 24088, 24115, 24146, 24172, 24198, 24228, 24253, 24278, 24307, 24331, 24338, 24353, 24368, 24384, 24400, 24413, 24427, 24441, 24457, 24470, 24484, 24500, 24515, 24532, 24546, 24561, 24572, 24586, 24599, 24604, 24617, 24630, 24644, 24658, 24669, 24681, 24696, 24713, 24731, 24753, 24782, 24798, 24815, 24827, 24840, 24856, 24868, 24883, 24895, 24910, 24922, 24936, 24949, 24963, 24974, 24986, 25000, 25013, 25026, 25042, 25054, 25067, 25078, 25093, 25107, 25124, 25141, 25166, 25180, 25192, 25205, 25215, 25226, 25235, 25249, 25265, 25278, 25294, 25309, 25326, 25341, 25358, 25371, 25382, 25397, 25410, 25426, 25438, 25453, 25468, 25485, 25496, 25513, 25531, 25550, 25562, 25579, 25592, 25606, 25619, 25632, 25646, 25666, 25682, 25692, 25704, 25712, 25721, 25737, 25747, 25761, 25767, 25774, 25799, 25824, 25847, 25865, 25884, 25893, 25904, 25913, 25921, 25930, 25935, 25942, 25959, 25977, 25985, 25998, 26012, 26021, 26031, 26040, 26048, 26063, 26077, 26089, 26104, 26117, 26130, 26145, 26162, 26179, 26191, 26197, 26207, 26213, 26221, 26239, 26259, 26277, 26296, 26317, 26336, 26349, 26366, 26390, 26408, 26433, 26454, 26468, 26484, 26507, 26524, 26548, 26568, 26581, 26599, 26624, 26643, 26669, 26691, 26706, 26722, 26745, 26762, 26786, 26806, 26819, 26828, 26833, 26839, 26846, 26856, 26869, 26886, 26897, 26909, 26921, 26932, 26945, 26958, 26969, 26982, 26995, 27004, 27011, 27019, 27028, 27035, 27054, 27074, 27094, 27114, 27122, 27143, 27164, 27172, 27180, 27187, 27209, 27217, 27226, 27234, 27251, 27270, 27287, 27300, 27310, 27321, 27339, 27359, 27377, 27387, 27400, 27413, 27424, 27438, 27448, 27465, 27477, 27485, 27497, 27512, 27527, 27540, 27556, 27568, 27587, 27601, 27613, 27628, 27643, 27656, 27672, 27684, 27703, 27717, 27730, 27744, 27766, 27782, 27798, 27815, 27832, 27845, 27862, 27876, 27891, 27901, 27912, 27919, 27927, 27939, 27958, 27973, 27985, 27993, 28004, 28013, 28025, 28038, 28050, 28063, 28078, 28097, 28114, 28133, 28148, 28166, 28181, 28201, 28224, 28239, 28269, 28288, 28309, 28333, 28350, 28366, 28376, 28387, 28395, 28408, 28423, 28436, 28446, 28466, 28487, 28500, 28515, 28533, 28552, 28565, 28575, 28582, 28594, 28609, 28628, 28641, 28655, 28669, 28682, 28697, 28712, 28725, 28731, 28737, 28742, 28761, 28770, 28789, 28806, 28818, 28831, 28837, 28848, 28862, 28866, 28875, 28883, 28892, 28900, 28908, 28914, 28927, 28938, 28950, 28966, 28981, 28991, 29002, 29018, 29035, 29046, 29058, 29075, 29093, 29109, 29126, 29138, 29161, 29185, 29193, 29202, 29223, 29237, 29259, 29289, 29312, 29343, 29365, 29386, 29408, 29430, 29457, 29487, 29500, 29512, 29525, 29538, 29556, 29587, 29611, 29643, 29666, 29688, 29711, 29734, 29762, 29793, 29814, 29819, 29827, 29851, 29864, 29884, 29898, 29915, 29931, 29947, 29953, 29963, 29979, 30002, 30019, 30043, 30063, 30076, 30091, 30113, 30129, 30152, 30171, 30183, 30200, 30224, 30242, 30267, 30288, 30302, 30317, 30339, 30355, 30378, 30397, 30409, 30416, 30424, 30437, 30452, 30470, 30483, 30497, 30512, 30528, 30547, 30561, 30576, 30592, 30608, 30622, 30635, 30652, 30667, 30680, 30698, 30716, 30733, 30753, 30777, 30799, 30819, 30842, 30861, 30881, 30902, 30921, 30937, 30949, 30962, 30976, 30988, 30997, 31001, 31008, 31016, 31025, 31035, 31045, 31052, 31060, 31072, 31091, 31106, 31115, 31124, 31134, 31143, 31151, 31161, 31172, 31184, 31193, 31203, 31214, 31227, 31237, 31249, 31260, 31273, 31282, 31293, 31303, 31312, 31325, 31346, 31362, 31377, 31386, 31398, 31412, 31427, 31436, 31451, 31468, 31485, 31500, 31518, 31540, 31556, 31573, 31590, 31606, 31624, 31642, 31658, 31664, 31672, 31697, 31723, 31747, 31770, 31792, 31817, 31840, 31862, 31884, 31904, 31924, 31943, 31964, 31984, 32003, 32024, 32043, 32059, 32072, 32090, 32109, 32122, 32136, 32155, 32176, 32195, 32218, 32240, 32262, 32283, 32302, 32322, 32332, 32353, 32379, 32398, 32416, 32434, 32455, 32463, 32472, 32483, 32498, 32517, 32529, 32544, 32560, 32576, 32590, 32604, 32620, 32634, 32650, 32665, 32682, 32697, 32708, 32722, 32735, 32751, 32758, 32771, 32785, 32799, 32811, 32823, 32837, 32849, 32863, 32876, 32891, 32904, 32913, 32925, 32936, 32959, 32981, 33001, 33020, 33040, 33061, 33080, 33095, 33110, 33124, 33145, 33164, 33180, 33198, 33220, 33238, 33263, 33282, 33303, 33325, 33345, 33360, 33382, 33398, 33418, 33435, 33455, 33475, 33495, 33513, 33528, 33545, 33566, 33583, 33607, 33625, 33645, 33666, 33685, 33697, 33711, 33732, 33747, 33766, 33782, 33801, 33820, 33834, 33849, 33859, 33870, 33876, 33898, 33917, 33935, 33949, 33964, 33983, 34004, 34022, 34035, 34049, 34071, 34090, 34104, 34119, 34129, 34140, 34147, 34164, 34172, 34178, 34185, 34216, 34247, 34276, 34300, 34325, 34340, 34347, 34370, 34390, 34409, 34424, 34440, 34462, 34481, 34495, 34510, 34533, 34553, 34568, 34584, 34595, 34607, 34617, 34628, 34638, 34654, 34659, 34667, 34681, 34693, 34706, 34717, 34731, 34743, 34758, 34771, 34783, 34801, 34817, 34834, 34849, 34867, 34883, 34902, 34919, 34935, 34952, 34976, 34994, 35019, 35040, 35054, 35070, 35093, 35110, 35134, 35154, 35167, 35185, 35210, 35229, 35255, 35277, 35292, 35308, 35331, 35348, 35372, 35392, 35405, 35418, 35429, 35440, 35453, 35460, 35468, 35483, 35490, 35498, 35511, 35525, 35539, 35554, 35565, 35579, 35583, 35596, 35610, 35625, 35641, 35658, 35676, 35686, 35697, 35708, 35720, 35734, 35746, 35756, 35767, 35774, 35792, 35810, 35830, 35850, 35863, 35879, 35899, 35913, 35928, 35943, 35957, 35973, 35989, 36003, 36015, 36030, 36039, 36056, 36071, 36093, 36115, 36135, 36150, 36166, 36184, 36209, 36228, 36254, 36276, 36291, 36308, 36332, 36350, 36375, 36396, 36410, 36429, 36455, 36475, 36502, 36525, 36541, 36558, 36582, 36600, 36625, 36646, 36660, 36680, 36700, 36709, 36719, 36740, 36752, 36763, 36775, 36783, 36788, 36794, 36807, 36825, 36840, 36856, 36873, 36891, 36910, 36930, 36945, 36965, 36977, 36994, 37010, 37022, 37035, 37048, 37062, 37078, 37092, 37104, 37117, 37136, 37151, 37161, 37169, 37176, 37182, 37185, 37194, 37211, 37221, 37233, 37244, 37256, 37268, 37277, 37286, 37296, 37304, 37313, 37321, 37330, 37336, 37350, 37364, 37379, 37394, 37406, 37419, 37435, 37458, 37488, 37502, 37519, 37532, 37548, 37561, 37577, 37590, 37605, 37620, 37632, 37645, 37660, 37674, 37688, 37705, 37718, 37732, 37748, 37764, 37779, 37797, 37815, 37841, 37856, 37869, 37883, 37894, 37906, 37922, 37945, 37964, 37974, 37991, 38005, 38022, 38036, 38052, 38070, 38086, 38104, 38118, 38132, 38144, 38160, 38174, 38191, 38204, 38220, 38236, 38254, 38266, 38286, 38296, 38307, 38322, 38344, 38362, 38366, 38383, 38398, 38414, 38429, 38439, 38457, 38475, 38494, 38513, 38529, 38546, 38566, 38583, 38600, 38619, 38637, 38656, 38672, 38689, 38708, 38726, 38743, 38761, 38777, 38798, 38818, 38840, 38857, 38875, 38889, 38908, 38933, 38950, 38967, 38983, 38998, 39012, 39029, 39048, 39070, 39088, 39109, 39127, 39148, 39167, 39189, 39207, 39226, 39246, 39269, 39288, 39310, 39331, 39354, 39375, 39398, 39415, 39436, 39455, 39477, 39498, 39521, 39533, 39554, 39570, 39583, 39595, 39611, 39624, 39638, 39653, 39669, 39678, 39697, 39713, 39730, 39751, 39768, 39783, 39797, 39811, 39817, 39828, 39836, 39845, 39866, 39889, 39903, 39917, 39933, 39950, 39966, 39980, 39994, 40015, 40038, 40052, 40066, 40082, 40099, 40115, 40129, 40143, 40165, 40189, 40204, 40219, 40236, 40254, 40271, 40286, 40301, 40307, 40322, 40339, 40354, 40363, 40373, 40383, 40399, 40411, 40429, 40445, 40455, 40465, 40484, 40493, 40503, 40516, 40530, 40542, 40564, 40582, 40601, 40618, 40623, 40633, 40645, 40656, 40663, 40668, 40677, 40686, 40694, 40703, 40713, 40721, 40732, 40740, 40745, 40750, 40756, 40763, 40770, 40786, 40799, 40811, 40818, 40827, 40833, 40861, 40867, 40879, 40888, 40902, 40912, 40919, 40926, 40934, 40947, 40954, 40964, 40980, 40987, 40999, 41009, 41027, 41038, 41051, 41063, 41076, 41089, 41099, 41107, 41116, 41126, 41132, 41141, 41151, 41163, 41172, 41182, 41196, 41207, 41219, 41228, 41238, 41256, 41275, 41294, 41314, 41336, 41355, 41373, 41387, 41402, 41423, 41441, 41454, 41468, 41490, 41509, 41523, 41538, 41548, 41559, 41571, 41584, 41597, 41611, 41630, 41638, 41656, 41662, 41678, 41696, 41711, 41728, 41742, 41758, 41778, 41798, 41819, 41834, 41850, 41865, 41881, 41893, 41905, 41922, 41930, 41945, 41965, 41982, 42004, 42018, 42037, 42055, 42064, 42071, 42094, 42114, 42133, 42148, 42164, 42186, 42205, 42219, 42234, 42257, 42277, 42292, 42308, 42319, 42331, 42344, 42360, 42380, 42394, 42409, 42424, 42438, 42454, 42470, 42484, 42502, 42525, 42543, 42561, 42585, 42610, 42632, 42660, 42689, 42715, 42745, 42771, 42777, 42799, 42808, 42818, 42833, 42849, 42856, 42869, 42882, 42896, 42904, 42914, 42923, 42933, 42941, 42952, 42962, 42973, 42989, 42998, 43006, 43016, 43025, 43046, 43068, 43087, 43112, 43138, 43161, 43188, 43211, 43217, 43225, 43232, 43242, 43257, 43268, 43280, 43292, 43304, 43311, 43327, 43354, 43375, 43395, 43417, 43444, 43464, 43483, 43497, 43517, 43545, 43568, 43583, 43610, 43618, 43643, 43661, 43678, 43695, 43711, 43723, 43735, 43746, 43761, 43777, 43796, 43817, 43836, 43852, 43865, 43872, 43880, 43893, 43911, 43930, 43948, 43966, 43984, 44010, 44025, 44040, 44057, 44066, 44093, 44109, 44121, 44137, 44147, 44162, 44180, 44202, 44218, 44235, 44252, 44268, 44286, 44304, 44320, 44337, 44343, 44348, 44358, 44371, 44392, 44410, 44427, 44440, 44454, 44464, 44475, 44492, 44503, 44515, 44527, 44538, 44550, 44563, 44577, 44597, 44614, 44626, 44639, 44660, 44678, 44691, 44705, 44718, 44727, 44738, 44750, 44759, 44769, 44775, 44790, 44805, 44821, 44838, 44852, 44868, 44881, 44896, 44915, 44927, 44939, 44961, 44986, 45009, 45034, 45048, 45065, 45080, 45097, 45107, 45121, 45140, 45155, 45171, 45186, 45201, 45223, 45241, 45249, 45261, 45274, 45287, 45305, 45319, 45334, 45348, 45362, 45383, 45400, 45405, 45416, 45427, 45444, 45460, 45467, 45474, 45480, 45487, 45494, 45501, 45507, 45514, 45529, 45550, 45568, 45587, 45596, 45606, 45616, 45634, 45645, 45652, 45661, 45673, 45694, 45717, 45731, 45745, 45761, 45778, 45794, 45808, 45822, 45843, 45866, 45880, 45894, 45910, 45927, 45943, 45957, 45971, 45983, 45996, 46010, 46022, 46033, 46045, 46059, 46070, 46090, 46117, 46138, 46166, 46190, 46207, 46226, 46252, 46272, 46299, 46322, 46338, 46359, 46387, 46409, 46438, 46463, 46481, 46500, 46526, 46546, 46573, 46596, 46612, 46627, 46647, 46663, 46680, 46696, 46712, 46735, 46754, 46765, 46777, 46795, 46814, 46828, 46847, 46867, 46881, 46895, 46904, 46915, 46924, 46936, 46950, 46970, 46991, 47009, 47033, 47058, 47080, 47106, 47128, 47141, 47160, 47180, 47197, 47220, 47244, 47265, 47290, 47311, 47331, 47341, 47361, 47379, 47392, 47406, 47413, 47420, 47427, 47438, 47450, 47456, 47463, 47481, 47493, 47505, 47518, 47532, 47548, 47562, 47587, 47605, 47631, 47665, 47692, 47727, 47753, 47778, 47804, 47830, 47861, 47895, 47912, 47928, 47945, 47962, 47984, 48019, 48047, 48083, 48110, 48136, 48163, 48190, 48222, 48257, 48282, 48297, 48314, 48329, 48338, 48350, 48357, 48365, 48377, 48388, 48404, 48416, 48427, 48440, 48452, 48469, 48481, 48500, 48515, 48531, 48549, 48565, 48578, 48587, 48599, 48616, 48629, 48643, 48656, 48669, 48689, 48705, 48715, 48719, 48729, 48737, 48745, 48763, 48769, 48776, 48787, 48805, 48819, 48832, 48840, 48864, 48877, 48894, 48910, 48926, 48942, 48959, 48968, 48992, 49006, 49019, 49037, 49051, 49064, 49079, 49093, 49107, 49131, 49153, 49170, 49188, 49209, 49226, 49238, 49245, 49256, 49268, 49287, 49308, 49320, 49332, 49346, 49361, 49375, 49387, 49399, 49404, 49411, 49421, 49432, 49446, 49464, 49476, 49489, 49502, 49514, 49527, 49541, 49556, 49570, 49582, 49595, 49605, 49622, 49640, 49658, 49677, 49684, 49697, 49705, 49715, 49728, 49749, 49767, 49784, 49797, 49811, 49821, 49832, 49849, 49860, 49872, 49884, 49895, 49908, 49928, 49945, 49957, 49970, 49991, 50009, 50022, 50036, 50049, 50058, 50069, 50081, 50091, 50098, 50122, 50143, 50163, 50179, 50196, 50219, 50239, 50254, 50270, 50294, 50315, 50331, 50348, 50360, 50373, 50390, 50398, 50416, 50437, 50455, 50473, 50493, 50504, 50515, 50528, 50542, 50555, 50566, 50577, 50596, 50617, 50629, 50641, 50655, 50670, 50684, 50696, 50708, 50718, 50730, 50739, 50744, 50749, 50755, 50770, 50783, 50799, 50811, 50826, 50838, 50853, 50866, 50882, 50896, 50913, 50930, 50944, 50960, 50973, 50989, 51004, 51021, 51036, 51053, 51066, 51077, 51092, 51105, 51121, 51136, 51151, 51168, 51187, 51193, 51203, 51210, 51220, 51227, 51237, 51244, 51257, 51271, 51286, 51301, 51313, 51326, 51341, 51354, 51369, 51390, 51406, 51425, 51443, 51467, 51486, 51510, 51535, 51560, 51581, 51603, 51625, 51641, 51651, 51664, 51678, 51693, 51708, 51726, 51745, 51758, 51774, 51786, 51801, 51813, 51828, 51843, 51859, 51872, 51888, 51903, 51919, 51933, 51950, 51967, 51985, 52004, 52018, 52031, 52045, 52061, 52074, 52090, 52105, 52122, 52137, 52154, 52167, 52178, 52193, 52206, 52222, 52237, 52252, 52269, 52288, 52315, 52345, 52373, 52403, 52422, 52444, 52464, 52486, 52497, 52521, 52544, 52564, 52574, 52594, 52612, 52625, 52639, 52652, 52668, 52685, 52697, 52713, 52730, 52742, 52754, 52779, 52794, 52819, 52842, 52860, 52879, 52894, 52912, 52934, 52950, 52967, 52984, 53000, 53018, 53036, 53052, 53061, 53070, 53081, 53105, 53126, 53146, 53162, 53179, 53202, 53222, 53237, 53253, 53277, 53298, 53319, 53342, 53362, 53384, 53403, 53419, 53440, 53465, 53482, 53494, 53507, 53522, 53541, 53555, 53562, 53570, 53592, 53607, 53623, 53640, 53657, 53675, 53694, 53713, 53733, 53753, 53774, 53789, 53805, 53822, 53844, 53864, 53879, 53892, 53906, 53920, 53935, 53951, 53968, 53982, 53997, 54010, 54023, 54037, 54055, 54071, 54084, 54101, 54119, 54138, 54147, 54154, 54169, 54186, 54201, 54213, 54226, 54241, 54254, 54263, 54273, 54283, 54295, 54305, 54318, 54330, 54335, 54348, 54362, 54367, 54373, 54404, 54435, 54462, 54488, 54515, 54543, 54575, 54599, 54623, 54643, 54662, 54682, 54703, 54728, 54753, 54778, 54799, 54819, 54840, 54862, 54888, 54914, 54940, 54962, 54983, 55005, 55028, 55055, 55073, 55092, 55107, 55123, 55139, 55156, 55169, 55184, 55210, 55236, 55258, 55279, 55301, 55324, 55351, 55371, 55392, 55410, 55429, 55446, 55472, 55494, 55514, 55534, 55558, 55578, 55596, 55614, 55631, 55649, 55662, 55678, 55695, 55713, 55732, 55755, 55771, 55795, 55814, 55846, 55871, 55904, 55928, 55951, 55975, 55999, 56028, 56060, 56075, 56089, 56114, 56127, 56142, 56157, 56177, 56193, 56213, 56246, 56272, 56306, 56331, 56355, 56380, 56405, 56435, 56468, 56491, 56511, 56531, 56547, 56562, 56578, 56595, 56616, 56637, 56658, 56675, 56691, 56708, 56726, 56748, 56762, 56773, 56782, 56804, 56826, 56846, 56866, 56881, 56897, 56913, 56930, 56940, 56960, 56980, 57001, 57021, 57041, 57052, 57070, 57089, 57110, 57128, 57139, 57158, 57178, 57192, 57207, 57223, 57238, 57254, 57269, 57284, 57304, 57313, 57318, 57329, 57341, 57352, 57371, 57391, 57403, 57418, 57434, 57451, 57470, 57490, 57508, 57527, 57541, 57558, 57576, 57592, 57609, 57630, 57652, 57676, 57701, 57724, 57748, 57770, 57793, 57814, 57836, 57856, 57877, 57897, 57918, 57933, 57949, 57964, 57980, 58003, 58025, 58045, 58066, 58089, 58113, 58135, 58158, 58179, 58201, 58221, 58242, 58267, 58293, 58321, 58350, 58377, 58405, 58431, 58458, 58483, 58509, 58533, 58558, 58582, 58607, 58626, 58646, 58665, 58685, 58699, 58717, 58729, 58742, 58756, 58769, 58787, 58813, 58832, 58853, 58873, 58894, 58915, 58933, 58946, 58961, 58977, 58989, 59007, 59024, 59035, 59051, 59066, 59077, 59097, 59125, 59146, 59169, 59191, 59214, 59237, 59257, 59267, 59281, 59294, 59309, 59323, 59339, 59354, 59366, 59376, 59384, 59397, 59414, 59428, 59437, 59448, 59460, 59479, 59495, 59512, 59531, 59551, 59569, 59588, 59605, 59623, 59639, 59656, 59677, 59699, 59723, 59748, 59771, 59795, 59817, 59840, 59861, 59883, 59903, 59924, 59944, 59965, 59980, 59996, 60011, 60027, 60040, 60054, 60069, 60083, 60094, 60106, 60116, 60129, 60143, 60154, 60167, 60183, 60200, 60211, 60226, 60240, 60260, 60277, 60286, 60296, 60318, 60339, 60356, 60372, 60384, 60398, 60410, 60430, 60449, 60468, 60481, 60495, 60513, 60530, 60546, 60562, 60570, 60584, 60600, 60611, 60630, 60656, 60683, 60717, 60745, 60765, 60777, 60796, 60816, 60843, 60864, 60877, 60894, 60918, 60943, 60975, 61001, 61019, 61035, 61058, 61082, 61113, 61138, 61155, 61169, 61190, 61212, 61241, 61264, 61279, 61296, 61320, 61345, 61377, 61403, 61421, 61427, 61434, 61439, 61459, 61478, 61489, 61508, 61519, 61528, 61540, 61550, 61570, 61584, 61594, 61605, 61618, 61639, 61657, 61671, 61685, 61695, 61715, 61724, 61735, 61742, 61753, 61765, 61775, 61786, 61792, 61808, 61821, 61836, 61848, 61857, 61869, 61876, 61883, 61891, 61897, 61903, 61915, 61921, 61938, 61946, 61952, 61961, 61976, 61992, 62005, 62020, 62033, 62043, 62048, 62057, 62067, 62082, 62092, 62111, 62131, 62147, 62157, 62166, 62171, 62185, 62191, 62213, 62232, 62250, 62264, 62279, 62290, 62311, 62329, 62342, 62356, 62378, 62397, 62416, 62437, 62455, 62475, 62492, 62506, 62525, 62548, 62563, 62573, 62584, 62590, 62598, 62616, 62623, 62635, 62648, 62662, 62674, 62690, 62706, 62724, 62736, 62752, 62781, 62813, 62843, 62875, 62896, 62920, 62942, 62966, 62974, 62983, 62998, 63008, 63022, 63030, 63044, 63062, 63081, 63093, 63110, 63120, 63148, 63179, 63208, 63239, 63259, 63282, 63303, 63326, 63336, 63344, 63371, 63377, 63386, 63400, 63417, 63429, 63442, 63456, 63471, 63489, 63502, 63516, 63531, 63550, 63572, 63581, 63592, 63602, 63611, 63637, 63655, 63681, 63701, 63723, 63742, 63766, 63771, 63777, 63791, 63799, 63805, 63821, 63838, 63855, 63870, 63885, 63902, 63917, 63934, 63950, 63968, 63984, 63996, 64011, 64025, 64039, 64054, 64069, 64082, 64095, 64110, 64123, 64138, 64152, 64168, 64182, 64192, 64205, 64217, 64236, 64254, 64276, 64299, 64316, 64334, 64352, 64368, 64384, 64402, 64418, 64436, 64453, 64472, 64489, 64502, 64518, 64533, 64542, 64557, 64573, 64589, 64603, 64617, 64633, 64647, 64663, 64678, 64695, 64710, 64721, 64735, 64748, 64754, 64764, 64770, 64777, 64809, 64841, 64869, 64896, 64924, 64953, 64986, 65011, 65036, 65057, 65077, 65098, 65120, 65146, 65172, 65198, 65220, 65241, 65263, 65286, 65313, 65340, 65367, 65390, 65412, 65435, 65459, 65487, 65507, 65523, 65540, 65557, 65575, 65589, 65605, 65632, 65659, 65682, 65704, 65727, 65751, 65779, 65800, 65822, 65841, 65861, 65879, 65906, 65929, 65950, 65971, 65996, 66017, 66036, 66055, 66073, 66092, 66106, 66124, 66143, 66163, 66183, 66199, 66214, 66240, 66254, 66270, 66287, 66308, 66329, 66350, 66367, 66383, 66400, 66418, 66440, 66462, 66484, 66502, 66519, 66537, 66556, 66579, 66594, 66617, 66640, 66661, 66682, 66698, 66715, 66732, 66750, 66771, 66793, 66814, 66835, 66854, 66874, 66894, 66915, 66930, 66946, 66963, 66979, 66996, 67012, 67028, 67035, 67042, 67055, 67059, 67064, 67094, 67124, 67150, 67175, 67201, 67228, 67259, 67282, 67305, 67324, 67342, 67361, 67381, 67405, 67429, 67453, 67473, 67492, 67512, 67533, 67558, 67583, 67608, 67629, 67649, 67670, 67692, 67718, 67730, 67744, 67769, 67794, 67815, 67835, 67856, 67878, 67904, 67920, 67945, 67966, 67985, 68004, 68027, 68046, 68063, 68080, 68092, 68110, 68128, 68142, 68155, 68179, 68191, 68205, 68220, 68239, 68258, 68277, 68292, 68306, 68321, 68337, 68357, 68377, 68397, 68413, 68428, 68444, 68461, 68482, 68495, 68516, 68537, 68556, 68575, 68594, 68614, 68633, 68652, 68667, 68673, 68690, 68699, 68706, 68712, 68731, 68743, 68763, 68781, 68796, 68824, 68845, 68874, 68894, 68913, 68933, 68953, 68978, 69006, 69017, 69027, 69036, 69050, 69061, 69072, 69088, 69117, 69139, 69169, 69190, 69210, 69231, 69252, 69278, 69307, 69326, 69337, 69348, 69357, 69373, 69392, 69407, 69425, 69440, 69458, 69474, 69493, 69510, 69530, 69546, 69565, 69583, 69603, 69621, 69641, 69655, 69673, 69689, 69708, 69726, 69746, 69751, 69765, 69780, 69787, 69794, 69808, 69824, 69838, 69849, 69863, 69880, 69901, 69916, 69932, 69948, 69963, 69980, 69997, 70012, 70019, 70033, 70049, 70063, 70074, 70081, 70086, 70094, 70103, 70118, 70134, 70148, 70161, 70175, 70194, 70213, 70231, 70250, 70270, 70287, 70310, 70334, 70355, 70380, 70401, 70420, 70441, 70456, 70473, 70486, 70502, 70516, 70534, 70553, 70571, 70586, 70606, 70631, 70651, 70669, 70685, 70699, 70716, 70729, 70739, 70750, 70760, 70774, 70787, 70801, 70812, 70826, 70839, 70849, 70857, 70871, 70885, 70904, 70923, 70938, 70951, 70967, 70986, 71005, 71029, 71053, 71073, 71091, 71112, 71121, 71152, 71181, 71215, 71246, 71280, 71311, 71344, 71372, 71391, 71405, 71428, 71448, 71469, 71495, 71518, 71538, 71563, 71589, 71614, 71638, 71661, 71686, 71711, 71732, 71751, 71771, 71793, 71817, 71834, 71856, 71870, 71893, 71908, 71920, 71933, 71941, 71952, 71964, 71973, 71985, 71995, 72006, 72016, 72030, 72041, 72057, 72072, 72087, 72103, 72121, 72140, 72157, 72175, 72191, 72208, 72223, 72239, 72253, 72268, 72282, 72297, 72315, 72335, 72350, 72358, 72372, 72387, 72399, 72417, 72436, 72452, 72472, 72488, 72501, 72510, 72523, 72533, 72553, 72574, 72592, 72616, 72641, 72663, 72689, 72711, 72724, 72741, 72752, 72761, 72773, 72782, 72792, 72821, 72848, 72880, 72909, 72941, 72970, 73001, 73027, 73048, 73067, 73091, 73112, 73130, 73153, 73177, 73198, 73221, 73244, 73263, 73280, 73298, 73312, 73326, 73345, 73364, 73379, 73392, 73408, 73417, 73432, 73447, 73467, 73487, 73503, 73517, 73534, 73545, 73564, 73584, 73601, 73624, 73648, 73669, 73694, 73715, 73730, 73746, 73762, 73783, 73804, 73821, 73836, 73854, 73860, 73872, 73885, 73903, 73920, 73940, 73961, 73983, 73999, 74017, 74036, 74057, 74075, 74098, 74121, 74142, 74175, 74195, 74206, 74218, 74238, 74259, 74272, 74284, 74306, 74327, 74351, 74376, 74402, 74422, 74444, 74467, 74492, 74514, 74541, 74568, 74593, 74630, 74654, 74676, 74697, 74721, 74746, 74772, 74792, 74814, 74837, 74862, 74884, 74911, 74938, 74963, 75000, 75024, 75035, 75045, 75059, 75074, 75093, 75112, 75125, 75136, 75149, 75163, 75178, 75206, 75235, 75263, 75288, 75318, 75353, 75383, 75411, 75437, 75461, 75488, 75511, 75535, 75558, 75578, 75603, 75633, 75658, 75681, 75702, 75721, 75743, 75757, 75779, 75803, 75832, 75853, 75873, 75884, 75898, 75912, 75927, 75943, 75960, 75990, 76021, 76051, 76078, 76110, 76147, 76179, 76209, 76237, 76263, 76292, 76317, 76343, 76368, 76390, 76417, 76449, 76476, 76501, 76524, 76545, 76569, 76585, 76607, 76631, 76660, 76681, 76701, 76714, 76725, 76737, 76749, 76760, 76769, 76785, 76801, 76814, 76828, 76850, 76874, 76903, 76924, 76944, 76956, 76974, 76989, 77006, 77022, 77037, 77055, 77074, 77094, 77108, 77124, 77141, 77160, 77176, 77197, 77218, 77237, 77268, 77286, 77308, 77329, 77353, 77378, 77404, 77424, 77446, 77469, 77494, 77516, 77543, 77570, 77595, 77632, 77656, 77672, 77687, 77705, 77724, 77744, 77758, 77774, 77791, 77810, 77826, 77847, 77868, 77887, 77918, 77936, 77947, 77959, 77972, 77993, 78005, 78016, 78029, 78044, 78058, 78075, 78093, 78112, 78125, 78140, 78156, 78174, 78189, 78209, 78229, 78247, 78277, 78294, 78314, 78333, 78355, 78378, 78402, 78420, 78440, 78461, 78484, 78504, 78529, 78554, 78577, 78612, 78634, 78652, 78672, 78697, 78714, 78730, 78744, 78758, 78773, 78789, 78804, 78816, 78831, 78851, 78870, 78893, 78915, 78938, 78962, 78987, 79005, 79025, 79055, 79076, 79098, 79121, 79142, 79162, 79187, 79212, 79235, 79270, 79292, 79303, 79315, 79328, 79338, 79352, 79367, 79390, 79415, 79445, 79467, 79488, 79500, 79520, 79542, 79569, 79588, 79606, 79620, 79636, 79653, 79671, 79688, 79700, 79710, 79721, 79737, 79752, 79770, 79789, 79809, 79823, 79839, 79856, 79875, 79891, 79912, 79933, 79952, 79983, 80001, 80021, 80040, 80062, 80085, 80109, 80127, 80147, 80168, 80191, 80211, 80236, 80261, 80284, 80319, 80341, 80352, 80365, 80378, 80401, 80426, 80456, 80478, 80499, 80514, 80530, 80544, 80557, 80583, 80604, 80624, 80637, 80651, 80666, 80677, 80693, 80708, 80726, 80745, 80765, 80779, 80795, 80812, 80831, 80847, 80868, 80889, 80908, 80939, 80957, 80974, 80991, 81008, 81023, 81042, 81057, 81077, 81096, 81118, 81141, 81165, 81183, 81203, 81224, 81247, 81267, 81292, 81317, 81340, 81375, 81397, 81414, 81426, 81433, 81446, 81460, 81471, 81488, 81504, 81521, 81539, 81554, 81573, 81592, 81607, 81635, 81661, 81692, 81720, 81751, 81779, 81809, 81834, 81845, 81865, 81882, 81900, 81923, 81943, 81960, 81982, 82005, 82027, 82048, 82068, 82090, 82112, 82130, 82146, 82163, 82182, 82196, 82207, 82222, 82232, 82244, 82253, 82263, 82275, 82284, 82295, 82301, 82308, 82320, 82324, 82332, 82343, 82351, 82366, 82379, 82393, 82411, 82422, 82435, 82448, 82463, 82478, 82500, 82515, 82526, 82539, 82555, 82575, 82585, 82594, 82605, 82616, 82630, 82635, 82642, 82650, 82662, 82674, 82693, 82706, 82720, 82735, 82754, 82774, 82787, 82807, 82818, 82823, 82829, 82842, 82860, 82875, 82895, 82906, 82924, 82937, 82947, 82961, 82973, 82984, 83003, 83013, 83024, 83034, 83046, 83053, 83062, 83071, 83089, 83106, 83128, 83145, 83156, 83181, 83206, 83225, 83248, 83258, 83266, 83276, 83297, 83315, 83333, 83351, 83371, 83386, 83402, 83418, 83432, 83447, 83460, 83473, 83485, 83490, 83504, 83516, 83530, 83552, 83572, 83594, 83608, 83623, 83633, 83643, 83654, 83667, 83675, 83681, 83690, 83699, 83709, 83721, 83724, 83728, 83741, 83760, 83779, 83789, 83800, 83818, 83834, 83854, 83862, 83885, 83913, 83919, 83941, 83970, 83984, 83999, 84012, 84029, 84052, 84073, 84098, 84111, 84122, 84142, 84160, 84182, 84203, 84222, 84245, 84264, 84281, 84302, 84324, 84344, 84368, 84383, 84404, 84423, 84446, 84462, 84476, 84494, 84507, 84521, 84535, 84547, 84563, 84571, 84599, 84625, 84655, 84673, 84689, 84714, 84737, 84764, 84790, 84814, 84842, 84866, 84888, 84914, 84941, 84966, 84995, 85015, 85041, 85065, 85093, 85110, 85125, 85144, 85154, 85170, 85184, 85202, 85222, 85244, 85253, 85258, 85268, 85282, 85297, 85320, 85345, 85361, 85376, 85396, 85419, 85446, 85463, 85481, 85503, 85515, 85524, 85537, 85551, 85573, 85597, 85612, 85633, 85649, 85669, 85688, 85707, 85726, 85742, 85759, 85776, 85795, 85809, 85827, 85844, 85861, 85878, 85892, 85907, 85922, 85942, 85957, 85976, 85994, 86012, 86030, 86045, 86061, 86077, 86087, 86123, 86129, 86141, 86153, 86167, 86180, 86195, 86203, 86212, 86222, 86239, 86255, 86263, 86272, 86282, 86295, 86299, 86317, 86349, 86369, 86397, 86417, 86432, 86451, 86469, 86487, 86505, 86520, 86536, 86552, 86570, 86583, 86600, 86616, 86632, 86648, 86661, 86675, 86689, 86701, 86720, 86734, 86752, 86769, 86786, 86803, 86817, 86832, 86847, 86855, 86866, 86891, 86904, 86925, 86936, 86943, 86950, 86959, 86981, 87007, 87026, 87045, 87066, 87093, 87113, 87133, 87155, 87170, 87185, 87202, 87227, 87245, 87263, 87283, 87294, 87304, 87312, 87327, 87347, 87364, 87378, 87392, 87409, 87425, 87438, 87451, 87470, 87485, 87497, 87501, 87510, 87517, 87523, 87531, 87549, 87573, 87597, 87620, 87641, 87666, 87679, 87707, 87740, 87751, 87778, 87812, 87831, 87851, 87869, 87891, 87912, 87931, 87954, 87972, 87991, 88010, 88027, 88048, 88061, 88083, 88103, 88127, 88142, 88163, 88182, 88205, 88230, 88257, 88271, 88278, 88286, 88303, 88319, 88340, 88356, 88366, 88390, 88414, 88432, 88454, 88462, 88471, 88485, 88500, 88513, 88527, 88540, 88554, 88569, 88583, 88599, 88616, 88631, 88647, 88667, 88688, 88710, 88723, 88737, 88754, 88772, 88791, 88800, 88810, 88829, 88840, 88853, 88872, 88892, 88909, 88927, 88947, 88968, 88987, 89007, 89025, 89045, 89067, 89090, 89103, 89117, 89130, 89138, 89154, 89175, 89199, 89227, 89245, 89264, 89287, 89300, 89307, 89316, 89343, 89367, 89393, 89419, 89448, 89456, 89471, 89481, 89493, 89507, 89520, 89531, 89542, 89560, 89573, 89588, 89605, 89621, 89635, 89646, 89664, 89677, 89692, 89709, 89725, 89739, 89745, 89755, 89772, 89784, 89798, 89814, 89829, 89842, 89848, 89861, 89879, 89900, 89925, 89940, 89956, 89976, 89986, 90000, 90017, 90038, 90062, 90083, 90104, 90120, 90130, 90149, 90167, 90174, 90183, 90189, 90196, 90206, 90217, 90229, 90238, 90248, 90262, 90273, 90285, 90293, 90302, 90312, 90330, 90353, 90379, 90409, 90429, 90450, 90475, 90490, 90499, 90517, 90540, 90566, 90596, 90616, 90637, 90662, 90677, 90690, 90696, 90707, 90721, 90731, 90745, 90757, 90771, 90781, 90795, 90806, 90820, 90833, 90849, 90869, 90892, 90912, 90932, 90947, 90952, 90956, 90959, 90964, 90971, 90974, 90985, 90992, 90999, 91007, 91023, 91041, 91051, 91062, 91077, 91091, 91106, 91123, 91140, 91170, 91182, 91195, 91203, 91210, 91227, 91248, 91267, 91285, 91301, 91319, 91334, 91348, 91369, 91388, 91406, 91422, 91440, 91452, 91466, 91487, 91506, 91524, 91540, 91558, 91580, 91600, 91619, 91636, 91655, 91666, 91677, 91687, 91696, 91701, 91707, 91716, 91723, 91733, 91744, 91750, 91774, 91796, 91813, 91838, 91858, 91884, 91905, 91934, 91958, 91985, 92007, 92037, 92062, 92089, 92111, 92141, 92166, 92191, 92211, 92239, 92262, 92291, 92315, 92347, 92374, 92404, 92429, 92462, 92490, 92520, 92545, 92578, 92606, 92617, 92628, 92641, 92651, 92663, 92676, 92694, 92714, 92729, 92748, 92766, 92784, 92802, 92817, 92833, 92849, 92867, 92880, 92897, 92913, 92929, 92945, 92958, 92972, 92986, 92998, 93017, 93031, 93049, 93066, 93083, 93100, 93114, 93129, 93144, 93155, 93161, 93167, 93174, 93185, 93196, 93214, 93226, 93239, 93253, 93264, 93282, 93294, 93313, 93329, 93341, 93360, 93369, 93379, 93400, 93417, 93438, 93460, 93475, 93497, 93508, 93521, 93533, 93542, 93553, 93568, 93585, 93601, 93614, 93629, 93642, 93657, 93666, 93676, 93691, 93703, 93717, 93731, 93748, 93761, 93771, 93783, 93795, 93810, 93832, 93852, 93870, 93893, 93912, 93932, 93962, 93990, 94016, 94047, 94074, 94102, 94134, 94164, 94192, 94225, 94254, 94284, 94320, 94354, 94386, 94423, 94456, 94490, 94502, 94523, 94543, 94568, 94588, 94602, 94630, 94658, 94682, 94704, 94724, 94749, 94770, 94792, 94814, 94842, 94868, 94892, 94921, 94946, 94972, 94998, 95006, 95016, 95027, 95034, 95041, 95055, 95066, 95076, 95080, 95094, 95109, 95116, 95131, 95147, 95155, 95163, 95174, 95196, 95214, 95236, 95259, 95275, 95298, 95312, 95337, 95358, 95383, 95409, 95428, 95454, 95459, 95482, 95504, 95515, 95523, 95532, 95544, 95555, 95575, 95597, 95614, 95634, 95652, 95671, 95688, 95699, 95710, 95722, 95736, 95746, 95770, 95796, 95817, 95832, 95847, 95863, 95881, 95901, 95925, 95944, 95960, 95980, 95995, 96006, 96018, 96032, 96044, 96062, 96077, 96091, 96102, 96117, 96137, 96160, 96187, 96204, 96222, 96244, 96256, 96277, 96295, 96312, 96326, 96334, 96343, 96350, 96358, 96366, 96375, 96387, 96399, 96410, 96422, 96435, 96447, 96460, 96486, 96511, 96540, 96554, 96568, 96591, 96618, 96645, 96676, 96701, 96722, 96753, 96783, 96817, 96836, 96864, 96896, 96928, 96964, 96994, 97020, 97050, 97074, 97096, 97123, 97154, 97177, 97202, 97224, 97251, 97270, 97292, 97308, 97325, 97355, 97385, 97407, 97431, 97457, 97485, 97500, 97512, 97525, 97541, 97557, 97572, 97588, 97605, 97621, 97638, 97665, 97689, 97713, 97737, 97763, 97784, 97806, 97828, 97848, 97869, 97888, 97907, 97925, 97938, 97952, 97963, 97975, 97988, 98008, 98029, 98048, 98068, 98089, 98106, 98124, 98137, 98151, 98168, 98178, 98189, 98196, 98204, 98213, 98231, 98252, 98270, 98294, 98318, 98346, 98379, 98406, 98440, 98457, 98476, 98501, 98528, 98542, 98553, 98565, 98580, 98595, 98609, 98624, 98640, 98655, 98671, 98689, 98711, 98733, 98740, 98757, 98780, 98803, 98817, 98832, 98850, 98865, 98881, 98908, 98940, 98966, 98999, 99015, 99032, 99046, 99061, 99081, 99102, 99120, 99144, 99170, 99177, 99187, 99198, 99213, 99228, 99244, 99261, 99277, 99289, 99310, 99330, 99349, 99355, 99359, 99364, 99376, 99393, 99400, 99411, 99431, 99453, 99470, 99490, 99508, 99527, 99544, 99555, 99566, 99578, 99592, 99602, 99626, 99652, 99673, 99688, 99703, 99719, 99737, 99757, 99781, 99800, 99816, 99836, 99851, 99863, 99876, 99890, 99901, 99913, 99927, 99939, 99950, 99962, 99968, 99986, 100001, 100015, 100026, 100041, 100052, 100063, 100076, 100096, 100110, 100122, 100137, 100148, 100164, 100177, 100186, 100194, 100205, 100212, 100222, 100233, 100242, 100251, 100254, 100263, 100267, 100286, 100297, 100319, 100337, 100359, 100382, 100398, 100421, 100433, 100446, 100470, 100490, 100514, 100539, 100557, 100582, 100591, 100604, 100618, 100625, 100632, 100643, 100655, 100663, 100675, 100688, 100705, 100719, 100732, 100742, 100749, 100767, 100781, 100799, 100818, 100830, 100849, 100865, 100885, 100905, 100909, 100914, 100923, 100932, 100942, 100953, 100963, 100980, 100998, 101017, 101035, 101051, 101065, 101082, 101100, 101119, 101137, 101153, 101167, 101173, 101180, 101191, 101210, 101226, 101239, 101250, 101265, 101276, 101288, 101303, 101323, 101346, 101373, 101390, 101408, 101430, 101442, 101454, 101470, 101487, 101498, 101505, 101519, 101532, 101539, 101548, 101572, 101593, 101612, 101633, 101654, 101676, 101699, 101716, 101734, 101753, 101768, 101782, 101801, 101817, 101834, 101852, 101867, 101883, 101899, 101913, 101928, 101944, 101951, 101958, 101965, 101977, 101993, 102009, 102025, 102043, 102061, 102079, 102089, 102100, 102114, 102128, 102141, 102155, 102170, 102184, 102199, 102208, 102218, 102231, 102244, 102256, 102271, 102284, 102298, 102311, 102325, 102335, 102346, 102360, 102378, 102392, 102405, 102419, 102434, 102451, 102465, 102480, 102488, 102500, 102510, 102520, 102531, 102541, 102549, 102568, 102584, 102597, 102610, 102625, 102645, 102662, 102679, 102698, 102718, 102738, 102754, 102767, 102787, 102796, 102806, 102827, 102844, 102865, 102887, 102902, 102924, 102932, 102939, 102947, 102959, 102971, 102984, 102998, 103011, 103020, 103036, 103047, 103058, 103070, 103077, 103085, 103097, 103109, 103122, 103136, 103149, 103156, 103164, 103176, 103188, 103201, 103215, 103228, 103236, 103245, 103255, 103269, 103290, 103311, 103329, 103355, 103382, 103409, 103433, 103465, 103489, 103507, 103521, 103542, 103563, 103581, 103607, 103634, 103661, 103685, 103717, 103741, 103762, 103780, 103798, 103813, 103830, 103848, 103865, 103883, 103896, 103911, 103925, 103944, 103959, 103975, 103991, 104014, 104037, 104057, 104085, 104114, 104143, 104169, 104203, 104229, 104249, 104275, 104290, 104309, 104323, 104339, 104361, 104374, 104389, 104407, 104437, 104457, 104470, 104493, 104516, 104542, 104562, 104590, 104615, 104635, 104650, 104669, 104687, 104702, 104719, 104736, 104754, 104771, 104786, 104804, 104823, 104841, 104855, 104870, 104885, 104899, 104920, 104935, 104951, 104966, 104988, 105011, 105037, 105062, 105087, 105111, 105130, 105148, 105166, 105185, 105200, 105222, 105235, 105252, 105269, 105293, 105311, 105330, 105350, 105374, 105399, 105417, 105442, 105447, 105453, 105463, 105473, 105484, 105496, 105507, 105514, 105529, 105542, 105553, 105569, 105581, 105594, 105617, 105638, 105657, 105681, 105701, 105722, 105747, 105770, 105791, 105817, 105839, 105862, 105891, 105918, 105943, 105973, 105999, 106026, 106032, 106039, 106052, 106068, 106081, 106098, 106116, 106138, 106160, 106183, 106207, 106222, 106234, 106248, 106263, 106282, 106301, 106321, 106342, 106362, 106375, 106389, 106407, 106425, 106444, 106464, 106483, 106506, 106525, 106549, 106563, 106580, 106591, 106606, 106620, 106635, 106653, 106665, 106679, 106696, 106707, 106719, 106735, 106751, 106768, 106786, 106803, 106815, 106830, 106841, 106856, 106870, 106884, 106899, 106912, 106927, 106938, 106953, 106970, 106982, 106997, 107009, 107024, 107036, 107051, 107069, 107088, 107111, 107134, 107158, 107183, 107200, 107215, 107228, 107246, 107260, 107275, 107285, 107304, 107322, 107345, 107363, 107375, 107401, 107427, 107447, 107471, 107492, 107511, 107528, 107550, 107568, 107587, 107602, 107618, 107631, 107645, 107649, 107654, 107665, 107679, 107690, 107706, 107723, 107744, 107765, 107787, 107810, 107832, 107847, 107863, 107883, 107903, 107924, 107946, 107959, 107969, 107981, 107994, 108011, 108028, 108046, 108065, 108083, 108094, 108106, 108122, 108138, 108155, 108173, 108190, 108211, 108228, 108250, 108262, 108277, 108286, 108299, 108311, 108324, 108340, 108350, 108362, 108377, 108386, 108396, 108410, 108424, 108439, 108455, 108470, 108480, 108493, 108502, 108515, 108527, 108539, 108552, 108563, 108576, 108585, 108598, 108613, 108623, 108636, 108646, 108659, 108669, 108682, 108698, 108715, 108736, 108757, 108779, 108802, 108806, 108811, 108828, 108842, 108855, 108868, 108877, 108888, 108898, 108908, 108917, 108926, 108935, 108949, 108959, 108964, 108971, 108978, 108983, 108991, 109001, 109005, 109010, 109025, 109033, 109046, 109057, 109076, 109088, 109105, 109120, 109134, 109144, 109160, 109169, 109183, 109195, 109215, 109228, 109246, 109262, 109277, 109288, 109296, 109303, 109308, 109314, 109320, 109332, 109345, 109351, 109363, 109370, 109376, 109383, 109393, 109403, 109411, 109420, 109430, 109441, 109451, 109461, 109476, 109492, 109499, 109508, 109518, 109528, 109538, 109550, 109557, 109567, 109576, 109586, 109594, 109605, 109617, 109626, 109635, 109643, 109649, 109658, 109668, 109679, 109685, 109693, 109702, 109708, 109714, 109721, 109733, 109741, 109749, 109756, 109765, 109770, 109781, 109787, 109796, 109806, 109811, 109822, 109830, 109837, 109841, 109845, 109849, 109853, 109857, 109861, 109870, 109880, 109889, 109896, 109907, 109913, 109925, 109938, 109948, 109959, 109970, 109981, 109990, 110003, 110010, 110019, 110026, 110032, 110040, 110048, 110055, 110063, 110073, 110086, 110094, 110104, 110112, 110122, 110129, 110134, 110158, 110180, 110206, 110220, 110232, 110253, 110272, 110295, 110317, 110337, 110361, 110381, 110399, 110421, 110444, 110465, 110490, 110506, 110528, 110548, 110572, 110579, 110587, 110602, 110622, 110639, 110661, 110674, 110694, 110709, 110721, 110737, 110751, 110764, 110785, 110797, 110810, 110815, 110819, 110834, 110852, 110874, 110899, 110921, 110943, 110960, 110965, 110980, 110986, 111000, 111013, 111026, 111039, 111051, 111063, 111069, 111077, 111083, 111088, 111096, 111105, 111123, 111138, 111152, 111163, 111183, 111200, 111216, 111229, 111237, 111253, 111272, 111295, 111321, 111344, 111367, 111385, 111392, 111410, 111426, 111437, 111456, 111470, 111490, 111505, 111528, 111546, 111567, 111583, 111607, 111626, 111638, 111659, 111675, 111699, 111718, 111731, 111743, 111755, 111769, 111778, 111798, 111816, 111829, 111850, 111866, 111888, 111905, 111930, 111950, 111973, 111991, 112017, 112038, 112052, 112075, 112093, 112119, 112140, 112154, 112168, 112181, 112195, 112209, 112222, 112240, 112256, 112278, 112297, 112317, 112332, 112348, 112366, 112385, 112399, 112419, 112440, 112453, 112467, 112473, 112480, 112486, 112503, 112516, 112533, 112551, 112562, 112580, 112588, 112607, 112622, 112641, 112661, 112674, 112694, 112700, 112711, 112723, 112748, 112771, 112798, 112813, 112826, 112848, 112868, 112892, 112915, 112936, 112961, 112982, 113001, 113024, 113048, 113070, 113096, 113113, 113136, 113157, 113182, 113193, 113203, 113223, 113249, 113275, 113300, 113323, 113350, 113365, 113395, 113430, 113443, 113472, 113508, 113529, 113551, 113571, 113595, 113618, 113639, 113664, 113684, 113705, 113726, 113745, 113768, 113783, 113807, 113829, 113855, 113872, 113895, 113916, 113941, 113968, 113997, 114013, 114017, 114022, 114032, 114054, 114073, 114095, 114112, 114147, 114176, 114184, 114201, 114221, 114239, 114255, 114276, 114293, 114311, 114339, 114365, 114389, 114418, 114443, 114469, 114499, 114527, 114553, 114584, 114611, 114639, 114673, 114705, 114735, 114770, 114801, 114833, 114843, 114862, 114880, 114903, 114921, 114933, 114959, 114985, 115007, 115027, 115045, 115068, 115087, 115107, 115127, 115153, 115177, 115199, 115226, 115249, 115273, 115297, 115303, 115313, 115324, 115343, 115364, 115376, 115385, 115396, 115411, 115431, 115454, 115481, 115498, 115516, 115538, 115550, 115558, 115569, 115578, 115584, 115591, 115597, 115603, 115610, 115617, 115625, 115649, 115674, 115680, 115690, 115696, 115704, 115711, 115720, 115733, 115751, 115766, 115786, 115797, 115815, 115828, 115838, 115852, 115864, 115875, 115894, 115904, 115915, 115919, 115937, 115952, 115966, 115977, 115994, 116004, 116016, 116028, 116040, 116055, 116072, 116089, 116109, 116128, 116145, 116160, 116180, 116196, 116213, 116240, 116265, 116288, 116316, 116340, 116365, 116394, 116421, 116446, 116476, 116502, 116529, 116562, 116593, 116622, 116656, 116686, 116717, 116736, 116759, 116775, 116791, 116809, 116833, 116850, 116867, 116886, 116895, 116907, 116925, 116941, 116953, 116976, 116997, 117011, 117029, 117046, 117068, 117085, 117096, 117121, 117146, 117168, 117183, 117198, 117215, 117236, 117255, 117272, 117294, 117312, 117331, 117350, 117375, 117398, 117419, 117445, 117467, 117490, 117513, 117530, 117553, 117570, 117585, 117603, 117622, 117641, 117647, 117656, 117666, 117672, 117679, 117696, 117713, 117731, 117750, 117761, 117779, 117797, 117812, 117835, 117859, 117883, 117904, 117933, 117954, 117969, 117980, 117998, 118016, 118031, 118054, 118078, 118102, 118123, 118152, 118173, 118191, 118206, 118221, 118233, 118247, 118262, 118276, 118291, 118301, 118313, 118324, 118340, 118352, 118365, 118378, 118398, 118418, 118435, 118460, 118486, 118512, 118535, 118566, 118589, 118606, 118629, 118641, 118657, 118668, 118681, 118700, 118710, 118722, 118737, 118764, 118781, 118791, 118811, 118831, 118854, 118871, 118896, 118918, 118935, 118947, 118963, 118978, 118990, 119004, 119018, 119033, 119047, 119059, 119074, 119090, 119105, 119116, 119128, 119140, 119151, 119169, 119181, 119194, 119206, 119225, 119245, 119268, 119290, 119312, 119333, 119349, 119364, 119379, 119395, 119407, 119426, 119437, 119452, 119467, 119489, 119505, 119522, 119540, 119562, 119585, 119601, 119624, 119630, 119637, 119644, 119664, 119686, 119707, 119725, 119745, 119769, 119795, 119820, 119842, 119866, 119888, 119912, 119935, 119955, 119977, 120003, 120031, 120058, 120082, 120108, 120118, 120126, 120145, 120175, 120201, 120231, 120262, 120286, 120317, 120334, 120362, 120386, 120414, 120443, 120472, 120485, 120501, 120518, 120537, 120560, 120583, 120600, 120618, 120636, 120653, 120669, 120685, 120700, 120717, 120735, 120757, 120776, 120792, 120810, 120829, 120848, 120864, 120882, 120898, 120912, 120927, 120944, 120963, 120980, 121001, 121022, 121041, 121062, 121078, 121087, 121100, 121110, 121124, 121144, 121158, 121170, 121185, 121201, 121217, 121222, 121234, 121251, 121271, 121295, 121309, 121324, 121343, 121352, 121366, 121381, 121396, 121414, 121434, 121454, 121477, 121488, 121510, 121528, 121550, 121573, 121589, 121612, 121632, 121647, 121670, 121688, 121712, 121731, 121758, 121780, 121805, 121825, 121853, 121876, 121901, 121921, 121949, 121972, 121983, 122005, 122023, 122045, 122068, 122091, 122106, 122132, 122154, 122180, 122207, 122227, 122254, 122262, 122267, 122279, 122296, 122314, 122336, 122358, 122381, 122405, 122428, 122443, 122462, 122484, 122503, 122522, 122536, 122541, 122547, 122560, 122578, 122599, 122624, 122639, 122655, 122675, 122685, 122691, 122704, 122711, 122723, 122737, 122750, 122760, 122772, 122788, 122806, 122823, 122837, 122853, 122857, 122866, 122876, 122881, 122894, 122902, 122919, 122938, 122952, 122969, 122984, 123000, 123014, 123022, 123030, 123039, 123050, 123057, 123078, 123101, 123119, 123131, 123143, 123156, 123171, 123188, 123209, 123225, 123238, 123255, 123267, 123275, 123284, 123295, 123304, 123309, 123315, 123328, 123344, 123364, 123387, 123407, 123427, 123442, 123457, 123477, 123500, 123527, 123544, 123562, 123584, 123596, 123603, 123614, 123626, 123639, 123650, 123662, 123677, 123692, 123706, 123721, 123737, 123752, 123768, 123777, 123787, 123797, 123808, 123822, 123836, 123849, 123863, 123878, 123892, 123907, 123913, 123920, 123928, 123937, 123949, 123961, 123972, 123984, 123997, 124009, 124022, 124031, 124041, 124054, 124067, 124079, 124092, 124106, 124119, 124133, 124143, 124154, 124168, 124182, 124195, 124209, 124224, 124238, 124253, 124257, 124262, 124268, 124275, 124287, 124295, 124302, 124311, 124328, 124345, 124365, 124387, 124409, 124434, 124441, 124450, 124457, 124464, 124481, 124494, 124507, 124524, 124537, 124556, 124568, 124577, 124585, 124595, 124615, 124631, 124647, 124667, 124683, 124705, 124720, 124724, 124730, 124737, 124752, 124763, 124784, 124798, 124817, 124828, 124846, 124862, 124880, 124893, 124913, 124931, 124946, 124967, 124979, 124998, 125017, 125037, 125051, 125066, 125082, 125093, 125108, 125124, 125137, 125151, 125166, 125180, 125192, 125204, 125217, 125230, 125245, 125256, 125276, 125287, 125299, 125315, 125328, 125347, 125359, 125380, 125393, 125408, 125423, 125428, 125439, 125453, 125467, 125482, 125495, 125506, 125519, 125534, 125547, 125558, 125575, 125593, 125601, 125617, 125636, 125649, 125664, 125679, 125694, 125709, 125722, 125737, 125750, 125762, 125779, 125794, 125804, 125814, 125824, 125839, 125850, 125860, 125875, 125890, 125911, 125929, 125942, 125955, 125968, 125976, 125991, 126009, 126028, 126053, 126070, 126087, 126104, 126123, 126146, 126169, 126186, 126213, 126238, 126257, 126275, 126294, 126307, 126330, 126351, 126363, 126375, 126390, 126401, 126414, 126428, 126432, 126457, 126482, 126507, 126526, 126548, 126566, 126590, 126606, 126622, 126638, 126656, 126678, 126706, 126726, 126746, 126766, 126788, 126814, 126840, 126860, 126890, 126918, 126940, 126962, 126978, 127004, 127028, 127044, 127057, 127076, 127095, 127114, 127127, 127143, 127163, 127183, 127203, 127217, 127234, 127254, 127280, 127298, 127316, 127334, 127354, 127378, 127408, 127430, 127452, 127474, 127498, 127526, 127554, 127576, 127608, 127638, 127662, 127686, 127704, 127732, 127758, 127766, 127775, 127786, 127792, 127799, 127810, 127821, 127833, 127846, 127858, 127871, 127882, 127895, 127907, 127920, 127933, 127946, 127958, 127973, 127988, 128003, 128009, 128016, 128027, 128045, 128063, 128078, 128101, 128125, 128149, 128170, 128199, 128220, 128235, 128246, 128264, 128282, 128297, 128320, 128344, 128368, 128389, 128418, 128439, 128457, 128472, 128487, 128499, 128513, 128528, 128542, 128557, 128567, 128579, 128590, 128606, 128618, 128631, 128644, 128664, 128684, 128701, 128726, 128752, 128778, 128801, 128832, 128855, 128872, 128895, 128907, 128923, 128934, 128947, 128966, 128976, 128988, 129003, 129030, 129047, 129057, 129077, 129097, 129120, 129137, 129162, 129184, 129201, 129213, 129229, 129244, 129256, 129270, 129284, 129299, 129313, 129325, 129340, 129356, 129371, 129382, 129394, 129406, 129417, 129435, 129447, 129460, 129472, 129491, 129503, 129516, 129527, 129540, 129555, 129567, 129587, 129610, 129632, 129654, 129675, 129691, 129706, 129721, 129737, 129749, 129768, 129776, 129784, 129796, 129808, 129821, 129835, 129851, 129864, 129878, 129897, 129905, 129914, 129927, 129940, 129960, 129974, 129989, 130005, 130025, 130046, 130060, 130081, 130089, 130102, 130121, 130132, 130143, 130154, 130160, 130173, 130190, 130213, 130228, 130243, 130258, 130275, 130296, 130317, 130332, 130357, 130380, 130397, 130414, 130425, 130446, 130465, 130475, 130480, 130488, 130491, 130510, 130531, 130538, 130546, 130561, 130571, 130583, 130597, 130610, 130621, 130638, 130653, 130666, 130680, 130693, 130712, 130732, 130751, 130769, 130789, 130809, 130828, 130846, 130868, 130884, 130901, 130919, 130935, 130949, 130964, 130978, 130998, 131019, 131039, 131058, 131079, 131100, 131120, 131139, 131162, 131179, 131194, 131205, 131223, 131236, 131251, 131268, 131284, 131298, 131311, 131322, 131333, 131351, 131364, 131379, 131396, 131412, 131426, 131438, 131449, 131466, 131484, 131501, 131517, 131536, 131553, 131568, 131584, 131599, 131620, 131642, 131663, 131683, 131705, 131727, 131748, 131768, 131792, 131810, 131820, 131837, 131849, 131863, 131879, 131894, 131907, 131925, 131943, 131960, 131976, 131996, 132010, 132024, 132039, 132056, 132077, 132098, 132113, 132129, 132145, 132160, 132174, 132188, 132201, 132216, 132232, 132252, 132269, 132283, 132299, 132316, 132333, 132347, 132363, 132377, 132389, 132402, 132417, 132434, 132449, 132468, 132487, 132504, 132523, 132537, 132546, 132563, 132584, 132605, 132618, 132629, 132641, 132645, 132652, 132662, 132673, 132684, 132702, 132715, 132729, 132741, 132755, 132767, 132777, 132784, 132792, 132814, 132829, 132849, 132868, 132887, 132906, 132928, 132941, 132961, 132982, 132998, 133015, 133031, 133048, 133062, 133077, 133093, 133107, 133121, 133142, 133154, 133167, 133180, 133194, 133215, 133236, 133264, 133287, 133311, 133333, 133357, 133379, 133399, 133413, 133434, 133455, 133483, 133506, 133530, 133552, 133576, 133598, 133618, 133626, 133641, 133657, 133674, 133694, 133715, 133734, 133754, 133772, 133791, 133807, 133824, 133842, 133857, 133873, 133890, 133908, 133913, 133919, 133938, 133956, 133970, 133985, 134004, 134025, 134045, 134052, 134070, 134089, 134110, 134135, 134160, 134179, 134199, 134219, 134238, 134256, 134274, 134291, 134310, 134330, 134354, 134375, 134393, 134413, 134434, 134455, 134473, 134493, 134511, 134527, 134544, 134563, 134584, 134603, 134626, 134649, 134670, 134693, 134711, 134726, 134741, 134761, 134784, 134811, 134828, 134846, 134868, 134880, 134896, 134917, 134931, 134941, 134952, 134963, 134981, 135004, 135030, 135060, 135080, 135101, 135126, 135141, 135153, 135164, 135176, 135191, 135206, 135220, 135235, 135251, 135266, 135282, 135294, 135307, 135329, 135345, 135365, 135393, 135421, 135437, 135452, 135470, 135502, 135539, 135565, 135581, 135598, 135629, 135667, 135686, 135711, 135734, 135750, 135767, 135788, 135810, 135836, 135865, 135893, 135924, 135951, 135962, 135970, 135980, 135990, 136000, 136013, 136024, 136036, 136047, 136061, 136084, 136104, 136124, 136144, 136166, 136183, 136201, 136219, 136235, 136252, 136267, 136282, 136296, 136315, 136332, 136347, 136363, 136378, 136399, 136421, 136442, 136462, 136484, 136506, 136527, 136547, 136571, 136589, 136609, 136627, 136643, 136660, 136676, 136698, 136721, 136743, 136764, 136787, 136810, 136832, 136853, 136878, 136897, 136914, 136929, 136942, 136956, 136969, 136988, 137008, 137027, 137045, 137066, 137085, 137102, 137120, 137137, 137160, 137184, 137207, 137229, 137253, 137277, 137300, 137322, 137348, 137368, 137388, 137408, 137427, 137445, 137467, 137483, 137501, 137515, 137529, 137545, 137568, 137585, 137600, 137618, 137632, 137651, 137667, 137677, 137685, 137696, 137703, 137710, 137720, 137725, 137731, 137747, 137758, 137775, 137796, 137811, 137828, 137849, 137871, 137886, 137908, 137918, 137934, 137941, 137947, 137955, 137958, 137970, 137981, 137996, 138012, 138033, 138049, 138069, 138088, 138107, 138126, 138142, 138159, 138176, 138195, 138209, 138227, 138244, 138261, 138278, 138292, 138307, 138322, 138340, 138352, 138362, 138373, 138386, 138401, 138415, 138430, 138450, 138465, 138484, 138502, 138520, 138538, 138553, 138569, 138585, 138595, 138610, 138622, 138639, 138656, 138686, 138698, 138726, 138748, 138761, 138767, 138800, 138822, 138852, 138874, 138901, 138908, 138933, 138947, 138969, 138983, 139002, 139016, 139032, 139049, 139058, 139085, 139101, 139125, 139141, 139162, 139171, 139180, 139190, 139218, 139235, 139260, 139277, 139299, 139308, 139335, 139351, 139375, 139391, 139412, 139422, 139437, 139450, 139465, 139468, 139472, 139482, 139487, 139496, 139509, 139513, 139518, 139537, 139542, 139551, 139556, 139563, 139567, 139572, 139578, 139583, 139591, 139601, 139611, 139621, 139632, 139642, 139653, 139658, 139662, 139671, 139681, 139695, 139709, 139724, 139740, 139749, 139757, 139766, 139771, 139787, 139799, 139815, 139832, 139842, 139859, 139866, 139874, 139884, 139894, 139905, 139917, 139932, 139947, 139961, 139976, 139992, 140007, 140023, 140034, 140040, 140049, 140064, 140070, 140077, 140094, 140099, 140103, 140108, 140115, 140130, 140149, 140168, 140190, 140216, 140235, 140254, 140275, 140302, 140322, 140342, 140364, 140379, 140394, 140411, 140436, 140454, 140472, 140492, 140498, 140503, 140511, 140517, 140524, 140530, 140547, 140552, 140561, 140571, 140575, 140591, 140604, 140619, 140634, 140652, 140661, 140669, 140677, 140683, 140691, 140706, 140724, 140746, 140768, 140779, 140786, 140794, 140806, 140819, 140840, 140860, 140871, 140887, 140904, 140925, 140948, 140970, 140978, 140987, 141005, 141029, 141053, 141081, 141114, 141136, 141163, 141197, 141218, 141237, 141254, 141272, 141294, 141319, 141343, 141370, 141393, 141412, 141428, 141444, 141460, 141478, 141491, 141505, 141519, 141531, 141544, 141555, 141566, 141576, 141583, 141588, 141600, 141617, 141627, 141638, 141654, 141667, 141681, 141695, 141712, 141728, 141740, 141758, 141766, 141775, 141797, 141803, 141810, 141827, 141841, 141857, 141873, 141892, 141907, 141919, 141933, 141947, 141964, 141984, 142003, 142024, 142044, 142064, 142085, 142102, 142118, 142136, 142153, 142170, 142188, 142205, 142221, 142239, 142256, 142273, 142291, 142317, 142342, 142369, 142395, 142421, 142448, 142475, 142501, 142529, 142556, 142583, 142611, 142624, 142637, 142653, 142664, 142676, 142695, 142713, 142733, 142752, 142771, 142791, 142806, 142821, 142839, 142852, 142866, 142894, 142921, 142950, 142978, 143006, 143035, 143050, 143064, 143080, 143095, 143110, 143126, 143139, 143153, 143165, 143179, 143193, 143206, 143223, 143235, 143248, 143261, 143275, 143290, 143305, 143323, 143336, 143350, 143362, 143373, 143386, 143398, 143410, 143423, 143436, 143448, 143462, 143475, 143488, 143502, 143522, 143541, 143562, 143582, 143602, 143623, 143635, 143648, 143662, 143675, 143686, 143695, 143702, 143710, 143730, 143750, 143763, 143781, 143802, 143827, 143842, 143858, 143878, 143888, 143897, 143904, 143912, 143924, 143936, 143949, 143963, 143976, 143983, 144001, 144015, 144033, 144052, 144064, 144083, 144094, 144116, 144134, 144156, 144179, 144195, 144218, 144223, 144229, 144241, 144256, 144270, 144281, 144293, 144306, 144323, 144340, 144358, 144377, 144395, 144408, 144424, 144434, 144448, 144462, 144479, 144489, 144500, 144515, 144530, 144546, 144563, 144579, 144592, 144608, 144619, 144633, 144643, 144657, 144670, 144683, 144695, 144709, 144719, 144733, 144749, 144760, 144774, 144785, 144799, 144810, 144824, 144833, 144843, 144857, 144871, 144886, 144902, 144917, 144929, 144947, 144959, 144969, 144982, 144996, 145010, 145015, 145034, 145048, 145062, 145081, 145090, 145105, 145121, 145130, 145145, 145154, 145171, 145189, 145205, 145221, 145238, 145255, 145273, 145295, 145317, 145340, 145364, 145387, 145403, 145420, 145441, 145462, 145484, 145507, 145529, 145555, 145577, 145604, 145619, 145635, 145652, 145670, 145685, 145703, 145716, 145729, 145753, 145773, 145798, 145811, 145827, 145837, 145848, 145865, 145883, 145905, 145927, 145950, 145974, 145997, 146008, 146019, 146034, 146055, 146063, 146081, 146094, 146108, 146121, 146136, 146146, 146158, 146170, 146182, 146196, 146210, 146223, 146230, 146241, 146250, 146260, 146268, 146274, 146285, 146295, 146302, 146312, 146327, 146344, 146353, 146363, 146369, 146383, 146396, 146410, 146426, 146442, 146471, 146482, 146494, 146501, 146509, 146521, 146533, 146546, 146560, 146573, 146592, 146609, 146624, 146637, 146655, 146669, 146684, 146702, 146724, 146749, 146772, 146793, 146819, 146841, 146864, 146891, 146916, 146939, 146967, 146991, 147016, 147047, 147076, 147103, 147135, 147163, 147192, 147209, 147230, 147244, 147258, 147274, 147296, 147311, 147326, 147343, 147350, 147360, 147367, 147383, 147403, 147423, 147447, 147465, 147479, 147489, 147510, 147529, 147541, 147557, 147575, 147590, 147610, 147622, 147637, 147646, 147656, 147679, 147702, 147722, 147735, 147748, 147763, 147782, 147799, 147814, 147834, 147850, 147867, 147884, 147907, 147928, 147947, 147971, 147991, 148012, 148033, 148042, 148054, 148072, 148090, 148112, 148139, 148160, 148188, 148201, 148220, 148241, 148249, 148253, 148275, 148299, 148315, 148332, 148353, 148373, 148394, 148417, 148440, 148476, 148494, 148513, 148518, 148525, 148539, 148558, 148580, 148606, 148622, 148639, 148660, 148671, 148674, 148678, 148681, 148693, 148704, 148721, 148737, 148749, 148760, 148771, 148775, 148780, 148789, 148798, 148808, 148819, 148829, 148837, 148844, 148856, 148865, 148872, 148887, 148899, 148914, 148924, 148952, 148974, 148985, 148990, 149002, 149019, 149033, 149044, 149055, 149069, 149082, 149092, 149102, 149118, 149130, 149152, 149171, 149190, 149209, 149230, 149246, 149263, 149280, 149295, 149311, 149325, 149339, 149352, 149358, 149368, 149376, 149388, 149402, 149410, 149416, 149423, 149438, 149458, 149481, 149508, 149525, 149543, 149565, 149577, 149583, 149597, 149611, 149623, 149636, 149655, 149677, 149703, 149719, 149736, 149757, 149768, 149776, 149788, 149796, 149805, 149828, 149844, 149865, 149885, 149903, 149923, 149943, 149966, 149980, 150001, 150023, 150039, 150056, 150074, 150087, 150104, 150122, 150137, 150153, 150170, 150184, 150199, 150214, 150236, 150249, 150263, 150277, 150284, 150299, 150307, 150315, 150331, 150337, 150344, 150358, 150369, 150389, 150413, 150430, 150456, 150464, 150473, 150486, 150499, 150513, 150528, 150542, 150553, 150561, 150570, 150583, 150596, 150616, 150630, 150645, 150669, 150685, 150705, 150722, 150743, 150769, 150783, 150804, 150829, 150847, 150874, 150884, 150895, 150910, 150925, 150947, 150963, 150980, 151006, 151024, 151046, 151065, 151088, 151116, 151132, 151155, 151163, 151172, 151185, 151198, 151212, 151227, 151241, 151263, 151282, 151300, 151315, 151320, 151329, 151339, 151346, 151362, 151379, 151397, 151414, 151429, 151442, 151458, 151475, 151493, 151510, 151525, 151538, 151555, 151573, 151592, 151610, 151626, 151640, 151646, 151653, 151661, 151678, 151697, 151715, 151730, 151747, 151768, 151791, 151813, 151832, 151853, 151872, 151893, 151913, 151930, 151949, 151972, 151997, 152021, 152042, 152065, 152073, 152082, 152086, 152091, 152097, 152106, 152113, 152132, 152152, 152176, 152200, 152225, 152251, 152276, 152290, 152305, 152324, 152343, 152363, 152384, 152404, 152418, 152433, 152452, 152471, 152491, 152512, 152532, 152540, 152546, 152556, 152575, 152593, 152616, 152634, 152646, 152672, 152698, 152718, 152742, 152751, 152761, 152779, 152788, 152805, 152827, 152852, 152881, 152900, 152920, 152944, 152958, 152964, 152971, 152979, 152991, 153000, 153003, 153008, 153013, 153021, 153036, 153050, 153055, 153062, 153070, 153079, 153085, 153092, 153098, 153102, 153109, 153116, 153134, 153149, 153164, 153179, 153196, 153208, 153221, 153234, 153245, 153257, 153267, 153277, 153286, 153294, 153303, 153312, 153322, 153339, 153361, 153385, 153400, 153422, 153440, 153456, 153479, 153493, 153508, 153516, 153520, 153525, 153532, 153541, 153557, 153578, 153596, 153619, 153633, 153654, 153670, 153683, 153700, 153715, 153729, 153751, 153764, 153778, 153788, 153799, 153805, 153818, 153828, 153847, 153852, 153858, 153871, 153889, 153904, 153924, 153935, 153953, 153966, 153976, 153990, 154002, 154013, 154032, 154042, 154051, 154062, 154084, 154103, 154122, 154141, 154162, 154173, 154189, 154206, 154223, 154238, 154254, 154268, 154282, 154295, 154303, 154313, 154324, 154335, 154346, 154358, 154373, 154392, 154407, 154421, 154436, 154452, 154470, 154485, 154501, 154509, 154524, 154542, 154564, 154589, 154611, 154633, 154650, 154656, 154663, 154679, 154689, 154711, 154733, 154743, 154752, 154778, 154809, 154829, 154841, 154854, 154864, 154875, 154900, 154932, 154947, 154961, 154980, 154997, 155007, 155018, 155033, 155049, 155069, 155092, 155114, 155139, 155160, 155168, 155185, 155196, 155219, 155242, 155253, 155263, 155290, 155322, 155333, 155345, 155371, 155404, 155422, 155433, 155445, 155469, 155495, 155506, 155518, 155526, 155535, 155544, 155552, 155570, 155585, 155599, 155610, 155617, 155626, 155636, 155650, 155664, 155679, 155695, 155710, 155720, 155735, 155749, 155757, 155763, 155780, 155796, 155814, 155831, 155839, 155843, 155854, 155868, 155883, 155902, 155921, 155941, 155962, 155982, 155988, 155995, 156003, 156010, 156017, 156024, 156031, 156038, 156045, 156052, 156059, 156066, 156073, 156080, 156087, 156094, 156101, 156108, 156115, 156122, 156129, 156136, 156143, 156150, 156157, 156164, 156171, 156178, 156185, 156192, 156199, 156206, 156213, 156218, 156239, 156261, 156284, 156292, 156298, 156305, 156312, 156319, 156338, 156354, 156370, 156386, 156404, 156417, 156431, 156445, 156457, 156470, 156481, 156492, 156502, 156509, 156516, 156523, 156534, 156544, 156551, 156559, 156567, 156574, 156583, 156593, 156600, 156607, 156614, 156621, 156628, 156635, 156642, 156649, 156656, 156663, 156671, 156680, 156687, 156703, 156722, 156738, 156760, 156782, 156808, 156839, 156864, 156896, 156911, 156928, 156951, 156976, 156988, 157002, 157009, 157015, 157022, 157029, 157035, 157041, 157048, 157054, 157061, 157066, 157074, 157080, 157095, 157115, 157124, 157137, 157149, 157156, 157175, 157191, 157206, 157218, 157226, 157235, 157242, 157262, 157279, 157295, 157308, 157330, 157349, 157367, 157382, 157388, 157396, 157406, 157416, 157422, 157429, 157448, 157471, 157487, 157503, 157521, 157545, 157562, 157579, 157598, 157610, 157624, 157636, 157650, 157672, 157687, 157702, 157719, 157729, 157739, 157746, 157754, 157770, 157785, 157794, 157809, 157827, 157844, 157859, 157876, 157895, 157912, 157927, 157939, 157959, 157982, 157999, 158018, 158037, 158056, 158075, 158092, 158111, 158128, 158144, 158165, 158184, 158198, 158212, 158226, 158245, 158260, 158268, 158277, 158294, 158310, 158326, 158347, 158371, 158399, 158417, 158436, 158459, 158472, 158490, 158505, 158519, 158530, 158552, 158571, 158589, 158604, 158612, 158622, 158634, 158646, 158655, 158665, 158675, 158686, 158694, 158705, 158717, 158730, 158754, 158779, 158795, 158811, 158826, 158842, 158859, 158875, 158892, 158903, 158914, 158924, 158931, 158939, 158946, 158953, 158960, 158967, 158974, 158984, 158991, 158999, 159006, 159012, 159019, 159034, 159048, 159063, 159077, 159088, 159100, 159110, 159118, 159126, 159133, 159140, 159147, 159167, 159184, 159200, 159213, 159225, 159237, 159242, 159248, 159252, 159265, 159276, 159289, 159295, 159301, 159305, 159309, 159314, 159322, 159335, 159343, 159350, 159358, 159367, 159375, 159384, 159396, 159401, 159407, 159422, 159431, 159452, 159473, 159482, 159490, 159515, 159545, 159554, 159564, 159588, 159619, 159635, 159644, 159654, 159670, 159692, 159716, 159729, 159735, 159741, 159756, 159770, 159789, 159803, 159811, 159833, 159855, 159871, 159891, 159898, 159905, 159912, 159919, 159926, 159933, 159940, 159947, 159954, 159961, 159968, 159975, 159982, 159989, 159996, 160003, 160010, 160017, 160024, 160031, 160038, 160045, 160052, 160059, 160066, 160073, 160080, 160087, 160096, 160105, 160115, 160125, 160136, 160150, 160164, 160177, 160191, 160206, 160220, 160235, 160241, 160248, 160260, 160273, 160286, 160300, 160318, 160337, 160352, 160368, 160381, 160395, 160409, 160424, 160441, 160459, 160471, 160484, 160499, 160515, 160532, 160550, 160565, 160581, 160594, 160608, 160624, 160641, 160653, 160666, 160685, 160705, 160718, 160732, 160744, 160757, 160772, 160788, 160801, 160815, 160830, 160845, 160861, 160866, 160878, 160891, 160908, 160925, 160945, 160969, 160983, 160998, 161017, 161034, 161043, 161051, 161056, 161068, 161081, 161093, 161106, 161115, 161125, 161135, 161140, 161143, 161147, 161158, 161172, 161184, 161200, 161207, 161212, 161224, 161241, 161261, 161285, 161299, 161314, 161333, 161342, 161350, 161355, 161361, 161371, 161381, 161392, 161404, 161415, 161421, 161428, 161443, 161454, 161475, 161486, 161504, 161522, 161535, 161555, 161573, 161593, 161608, 161624, 161640, 161654, 161669, 161683, 161695, 161708, 161721, 161736, 161747, 161759, 161775, 161788, 161797, 161804, 161818, 161833, 161849, 161865, 161882, 161896, 161911, 161928, 161946, 161965, 161985, 162003, 162022, 162036, 162051, 162072, 162094, 162109, 162125, 162138, 162141, 162145, 162158, 162177, 162196, 162219, 162247, 162269, 162298, 162312, 162332, 162354, 162359, 162362, 162366, 162373, 162378, 162382, 162387, 162404, 162423, 162441, 162456, 162473, 162494, 162517, 162539, 162558, 162579, 162598, 162619, 162639, 162656, 162675, 162698, 162723, 162747, 162768, 162791, 162797, 162806, 162813, 162826, 162830, 162839, 162849, 162863, 162877, 162892, 162908, 162923, 162928, 162934, 162940, 162947, 162954, 162970, 162988, 163007, 163023, 163041, 163059, 163080, 163097, 163111, 163127, 163143, 163162, 163167, 163174, 163182, 163192, 163213, 163230, 163251, 163273, 163288, 163310, 163319, 163339, 163355, 163375, 163396, 163410, 163431, 163436, 163445, 163453, 163461, 163482, 163508, 163537, 163570, 163593, 163617, 163645, 163663, 163670, 163685, 163696, 163707, 163720, 163740, 163754, 163766, 163781, 163792, 163808, 163821, 163830, 163839, 163854, 163868, 163882, 163896, 163909, 163922, 163927, 163933, 163938, 163947, 163954, 163967, 163979, 163983, 163988, 163997, 164006, 164019, 164029, 164042, 164055, 164063, 164073, 164082, 164096, 164106, 164117, 164128, 164149, 164159, 164173, 164184, 164192, 164202, 164215, 164240, 164255, 164263, 164284, 164304, 164314, 164324, 164337, 164346, 164359, 164373, 164386, 164396, 164408, 164420, 164433, 164444, 164457, 164466, 164479, 164489, 164502, 164512, 164525, 164539, 164552, 164562, 164572, 164581, 164591, 164602, 164612, 164630, 164651, 164671, 164691, 164710, 164724, 164737, 164750, 164760, 164769, 164777, 164786, 164801, 164821, 164838, 164852, 164866, 164883, 164899, 164912, 164925, 164944, 164959, 164981, 164985, 165002, 165016, 165033, 165045, 165075, 165099, 165113, 165132, 165148, 165161, 165174, 165190, 165205, 165217, 165229, 165247, 165261, 165274, 165292, 165307, 165319, 165331, 165346, 165360, 165371, 165382, 165399, 165412, 165417, 165423, 165438, 165455, 165471, 165484, 165499, 165518, 165539, 165559, 165576, 165595, 165613, 165635, 165657, 165663, 165673, 165681, 165685, 165689, 165692, 165696, 165706, 165729, 165749, 165769, 165789, 165811, 165828, 165846, 165864, 165880, 165897, 165912, 165927, 165941, 165946, 165959, 165977, 165992, 166011, 166030, 166040, 166050, 166061, 166068, 166082, 166098, 166115, 166120, 166126, 166133, 166149, 166161, 166173, 166187, 166208, 166223, 166236, 166252, 166264, 166281, 166295, 166306, 166310, 166315, 166328, 166342, 166360, 166378, 166397, 166417, 166436, 166447, 166464, 166482, 166504, 166526, 166549, 166573, 166587, 166602, 166621, 166640, 166660, 166681, 166701, 166715, 166730, 166749, 166768, 166788, 166809, 166829, 166846, 166864, 166886, 166908, 166931, 166955, 166978, 166990, 167003, 167020, 167037, 167055, 167074, 167092, 167102, 167115, 167124, 167137, 167148, 167161, 167170, 167183, 167193, 167206, 167214, 167220, 167241, 167259, 167283, 167301, 167317, 167336, 167356, 167376, 167384, 167403, 167418, 167437, 167457, 167470, 167490, 167514, 167540, 167558, 167577, 167600, 167622, 167645, 167670, 167695, 167733, 167753, 167774, 167784, 167806, 167827, 167837, 167848, 167860, 167882, 167903, 167913, 167924, 167936, 167952, 167967, 167992, 168010, 168037, 168063, 168082, 168110, 168118, 168126, 168145, 168160, 168179, 168199, 168212, 168232, 168242, 168253, 168264, 168275, 168297, 168315, 168337, 168360, 168376, 168399, 168408, 168422, 168447, 168468, 168493, 168519, 168538, 168564, 168576, 168584, 168590, 168597, 168618, 168636, 168652, 168670, 168685, 168703, 168722, 168742, 168755, 168769, 168784, 168802, 168820, 168837, 168855, 168874, 168892, 168911, 168927, 168946, 168965, 168983, 169002, 169022, 169041, 169061, 169072, 169088, 169101, 169115, 169130, 169142, 169155, 169168, 169179, 169191, 169206, 169213, 169229, 169242, 169247, 169250, 169260, 169286, 169316, 169339, 169362, 169387, 169418, 169442, 169466, 169492, 169511, 169530, 169551, 169580, 169602, 169624, 169648, 169678, 169712, 169739, 169766, 169795, 169830, 169858, 169886, 169916, 169939, 169962, 169987, 170020, 170046, 170072, 170100, 170117, 170135, 170157, 170179, 170202, 170226, 170250, 170278, 170299, 170320, 170343, 170372, 170394, 170416, 170440, 170457, 170474, 170493, 170520, 170540, 170560, 170582, 170618, 170647, 170685, 170722, 170752, 170791, 170798, 170803, 170817, 170833, 170848, 170860, 170874, 170892, 170912, 170931, 170947, 170965, 170977, 171000, 171019, 171042, 171066, 171083, 171107, 171111, 171124, 171136, 171141, 171155, 171168, 171175, 171180, 171199, 171212, 171228, 171242, 171254, 171268, 171278, 171289, 171302, 171314, 171328, 171346, 171365, 171380, 171393, 171416, 171433, 171453, 171471, 171487, 171505, 171519, 171534, 171551, 171569, 171591, 171614, 171633, 171650, 171668, 171681, 171690, 171704, 171719, 171727, 171733, 171737, 171742, 171756, 171776, 171796, 171820, 171849, 171872, 171902, 171917, 171938, 171961, 171975, 171995, 172015, 172027, 172041, 172057, 172078, 172097, 172116, 172133, 172157, 172186, 172198, 172211, 172234, 172264, 172285, 172304, 172323, 172342, 172357, 172378, 172401, 172414, 172429, 172449, 172466, 172480, 172494, 172511, 172527, 172540, 172553, 172572, 172587, 172610, 172638, 172663, 172685, 172707, 172732, 172756, 172777, 172798, 172825, 172848, 172859, 172879, 172901, 172918, 172938, 172956, 172975, 172992, 173003, 173014, 173026, 173040, 173050, 173074, 173100, 173121, 173136, 173151, 173167, 173185, 173205, 173229, 173248, 173264, 173284, 173299, 173310, 173322, 173336, 173348, 173358, 173376, 173403, 173432, 173456, 173483, 173508, 173534, 173558, 173576, 173594, 173613, 173634, 173651, 173682, 173715, 173743, 173765, 173787, 173810, 173835, 173862, 173893, 173919, 173942, 173969, 173991, 174009, 174028, 174049, 174068, 174087, 174106, 174123, 174145, 174164, 174180, 174196, 174215, 174233, 174248, 174263, 174284, 174301, 174321, 174346, 174368, 174387, 174406, 174428, 174449, 174467, 174485, 174509, 174529, 174552, 174580, 174589, 174599, 174621, 174650, 174664, 174678, 174695, 174707, 174720, 174734, 174757, 174782, 174802, 174825, 174846, 174868, 174888, 174902, 174916, 174931, 174948, 174961, 174988, 175017, 175041, 175059, 175077, 175096, 175117, 175140, 175167, 175189, 175208, 175231, 175249, 175263, 175278, 175295, 175310, 175327, 175345, 175368, 175388, 175405, 175422, 175442, 175461, 175477, 175493, 175515, 175533, 175552, 175576, 175597, 175615, 175633, 175654, 175674, 175691, 175708, 175731, 175750, 175760, 175777, 175792, 175810, 175833, 175853, 175870, 175887, 175907, 175926, 175942, 175958, 175980, 175998, 176013, 176028, 176046, 176059, 176073, 176089, 176105, 176124, 176138, 176153, 176166, 176183, 176201, 176215, 176231, 176252, 176270, 176285, 176300, 176318, 176335, 176355, 176378, 176400, 176421, 176435, 176449, 176469, 176485, 176508, 176529, 176554, 176567, 176578, 176598, 176616, 176638, 176659, 176678, 176701, 176720, 176737, 176758, 176780, 176800, 176824, 176839, 176860, 176879, 176902, 176922, 176944, 176953, 176958, 176977, 177010, 177031, 177060, 177081, 177097, 177117, 177136, 177155, 177174, 177190, 177207, 177224, 177243, 177257, 177275, 177292, 177309, 177326, 177340, 177355, 177370, 177383, 177403, 177418, 177437, 177455, 177473, 177491, 177506, 177522, 177538, 177550, 177576, 177590, 177612, 177624, 177638, 177651, 177666, 177678, 177692, 177704, 177718, 177728, 177740, 177750, 177760, 177773, 177781, 177790, 177800, 177815, 177827, 177836, 177845, 177860, 177880, 177897, 177911, 177925, 177942, 177958, 177971, 177984, 178003, 178018, 178030, 178041, 178049, 178057, 178071, 178081, 178087, 178107, 178121, 178133, 178154, 178177, 178195, 178216, 178235, 178255, 178273, 178285, 178297, 178310, 178325, 178336, 178361, 178388, 178410, 178426, 178442, 178459, 178478, 178499, 178524, 178544, 178561, 178582, 178598, 178610, 178623, 178638, 178651, 178670, 178698, 178728, 178753, 178781, 178807, 178834, 178859, 178878, 178897, 178917, 178939, 178957, 178989, 179023, 179052, 179075, 179098, 179122, 179148, 179176, 179208, 179235, 179259, 179287, 179310, 179329, 179349, 179371, 179391, 179411, 179431, 179455, 179484, 179507, 179537, 179546, 179564, 179588, 179604, 179620, 179636, 179654, 179676, 179704, 179724, 179744, 179764, 179786, 179812, 179838, 179858, 179888, 179916, 179938, 179960, 179976, 180002, 180026, 180041, 180065, 180091, 180112, 180136, 180158, 180181, 180202, 180217, 180232, 180248, 180266, 180280, 180308, 180338, 180363, 180382, 180401, 180421, 180443, 180467, 180495, 180518, 180538, 180562, 180581, 180596, 180612, 180630, 180646, 180655, 180670, 180682, 180689, 180697, 180718, 180741, 180751, 180762, 180777, 180792, 180808, 180825, 180841, 180850, 180860, 180874, 180888, 180903, 180919, 180934, 180946, 180951, 180957, 180962, 180974, 180991, 181011, 181035, 181049, 181064, 181083, 181092, 181097, 181106, 181118, 181126, 181132, 181140, 181149, 181162, 181175, 181189, 181204, 181218, 181226, 181234, 181243, 181255, 181267, 181278, 181290, 181303, 181315, 181328, 181336, 181346, 181357, 181369, 181389, 181408, 181413, 181419, 181434, 181452, 181467, 181488, 181509, 181534, 181564, 181588, 181619, 181633, 181649, 181671, 181695, 181706, 181714, 181723, 181731, 181740, 181745, 181750, 181758, 181762, 181771, 181791, 181807, 181827, 181848, 181862, 181883, 181890, 181902, 181925, 181944, 181967, 181991, 182008, 182032, 182037, 182042, 182051, 182057, 182065, 182074, 182094, 182110, 182126, 182144, 182169, 182188, 182205, 182225, 182241, 182262, 182280, 182287, 182300, 182314, 182324, 182340, 182349, 182361, 182386, 182408, 182430, 182452, 182476, 182495, 182515, 182535, 182553, 182572, 182589, 182606, 182622, 182632, 182653, 182670, 182691, 182713, 182728, 182750, 182770, 182786, 182802, 182820, 182845, 182864, 182881, 182901, 182917, 182938, 182956, 182971, 182980, 182990, 183006, 183017, 183023, 183030, 183038, 183050, 183070, 183087, 183099, 183112, 183126, 183142, 183155, 183164, 183179, 183185, 183192, 183198, 183212, 183229, 183242, 183255, 183270, 183292, 183308, 183322, 183339, 183352, 183370, 183385, 183396, 183408, 183420, 183438, 183450, 183461, 183476, 183492, 183502, 183506, 183516, 183528, 183534, 183539, 183544, 183552, 183555, 183559, 183569, 183582, 183594, 183604, 183616, 183630, 183642, 183652, 183665, 183672, 183687, 183705, 183717, 183731, 183745, 183759, 183773, 183785, 183799, 183811, 183822, 183834, 183850, 183864, 183873, 183882, 183891, 183905, 183915, 183926, 183940, 183953, 183964, 183977, 183992, 184005, 184016, 184030, 184038, 184054, 184073, 184086, 184101, 184116, 184131, 184146, 184159, 184174, 184187, 184199, 184212, 184229, 184244, 184254, 184264, 184274, 184289, 184300, 184308, 184313, 184332, 184350, 184362, 184379, 184387, 184395, 184410, 184430, 184455, 184477, 184499, 184521, 184545, 184564, 184584, 184604, 184622, 184641, 184658, 184675, 184691, 184696, 184710, 184730, 184750, 184774, 184803, 184826, 184856, 184871, 184892, 184915, 184923, 184929, 184938, 184943, 184952, 184961, 184971, 184977, 184984, 184997, 185015, 185036, 185061, 185076, 185092, 185112, 185122, 185127, 185135, 185147, 185158, 185175, 185198, 185213, 185228, 185243, 185260, 185281, 185308, 185327, 185346, 185365, 185386, 185411, 185436, 185455, 185484, 185511, 185532, 185553, 185568, 185593, 185616, 185628, 185642, 185657, 185674, 185688, 185695, 185699, 185709, 185724, 185745, 185758, 185771, 185784, 185799, 185818, 185843, 185860, 185877, 185894, 185913, 185936, 185959, 185976, 186003, 186028, 186047, 186066, 186079, 186102, 186123, 186127, 186139, 186151, 186164, 186179, 186200, 186225, 186250, 186268, 186281, 186297, 186320, 186347, 186374, 186394, 186414, 186427, 186442, 186461, 186480, 186492, 186504, 186517, 186535, 186554, 186567, 186581, 186595, 186616, 186641, 186666, 186684, 186702, 186713, 186726, 186741, 186758, 186780, 186800, 186820, 186838, 186851, 186865, 186887, 186907, 186927, 186947, 186955, 186965, 186974, 186984, 186998, 187013, 187036, 187061, 187077, 187086, 187099, 187113, 187135, 187159, 187174, 187185, 187198, 187213, 187233, 187251, 187269, 187285, 187296, 187308, 187328, 187346, 187364, 187382, 187399, 187413, 187438, 187459, 187485, 187499, 187515, 187531, 187548, 187567, 187571, 187576, 187593, 187607, 187620, 187630, 187649, 187665, 187680, 187692, 187702, 187719, 187731, 187745, 187761, 187776, 187789, 187802, 187822, 187837, 187854, 187873, 187891, 187907, 187920, 187940, 187955, 187972, 187991, 188009, 188025, 188033, 188055, 188076, 188099, 188120, 188144, 188167, 188186, 188206, 188230, 188248, 188265, 188283, 188302, 188316, 188330, 188347, 188365, 188383, 188403, 188422, 188436, 188451, 188471, 188484, 188508, 188522, 188535, 188562, 188589, 188612, 188639, 188668, 188701, 188724, 188752, 188780, 188804, 188832, 188862, 188896, 188920, 188932, 188951, 188965, 188981, 188999, 189016, 189031, 189041, 189061, 189081, 189097, 189114, 189134, 189155, 189171, 189193, 189208, 189234, 189250, 189257, 189265, 189275, 189289, 189306, 189317, 189329, 189351, 189372, 189395, 189413, 189434, 189453, 189475, 189499, 189522, 189540, 189559, 189579, 189603, 189620, 189636, 189650, 189671, 189687, 189705, 189722, 189738, 189766, 189790, 189804, 189824, 189842, 189861, 189881, 189897, 189911, 189928, 189943, 189959, 189977, 189995, 190013, 190033, 190046, 190060, 190075, 190093, 190111, 190123, 190139, 190158, 190172, 190182, 190198, 190217, 190242, 190269, 190296, 190307, 190322, 190340, 190352, 190369, 190387, 190403, 190420, 190437, 190452, 190468, 190488, 190501, 190522, 190542, 190560, 190576, 190593, 190616, 190629, 190645, 190658, 190674, 190696, 190714, 190738, 190750, 190768, 190788, 190806, 190823, 190840, 190857, 190877, 190893, 190907, 190923, 190935, 190948, 190961, 190971, 190992, 191009, 191031, 191041, 191053, 191065, 191078, 191093, 191097, 191107, 191119, 191142, 191161, 191184, 191208, 191225, 191249, 191266, 191287, 191301, 191315, 191331, 191353, 191368, 191383, 191400, 191410, 191420, 191432, 191452, 191465, 191478, 191493, 191499, 191509, 191528, 191536, 191552, 191572, 191592, 191598, 191606, 191613, 191620, 191637, 191659, 191680, 191696, 191704, 191717, 191730, 191747, 191762, 191776, 191795, 191818, 191832, 191853, 191874, 191891, 191904, 191917, 191928, 191942, 191952, 191976, 191994, 192011, 192030, 192048, 192071, 192089, 192112, 192128, 192148, 192168, 192201, 192216, 192235, 192255, 192274, 192286, 192306, 192320, 192336, 192348, 192369, 192383, 192402, 192421, 192445, 192469, 192490, 192509, 192532, 192554, 192578, 192598, 192623, 192641, 192662, 192678, 192699, 192723, 192745, 192763, 192777, 192802, 192822, 192846, 192863, 192883, 192904, 192917, 192938, 192951, 192968, 192983, 192999, 193013, 193027, 193050, 193071, 193088, 193101, 193125, 193144, 193167, 193183, 193202, 193222, 193234, 193254, 193266, 193274, 193282, 193291, 193305, 193334, 193361, 193384, 193403, 193433, 193458, 193487, 193509, 193534, 193560, 193578, 193604, 193622, 193642, 193666, 193688, 193710, 193728, 193742, 193756, 193771, 193796, 193815, 193833, 193853, 193872, 193896, 193913, 193934, 193955, 193989, 194005, 194025, 194046, 194059, 194080, 194097, 194110, 194121, 194140, 194147, 194157, 194169, 194182, 194192, 194203, 194222, 194238, 194252, 194270, 194287, 194308, 194334, 194359, 194379, 194400, 194423, 194441, 194461, 194486, 194498, 194510, 194523, 194538, 194555, 194570, 194590, 194611, 194627, 194648, 194674, 194699, 194719, 194735, 194756, 194769, 194788, 194812, 194835, 194853, 194864, 194880, 194897, 194909, 194928, 194943, 194950, 194968, 194988, 195000, 195013, 195030, 195046, 195063, 195080, 195099, 195118, 195150, 195164, 195179, 195196, 195218, 195239, 195255, 195275, 195287, 195304, 195318, 195330, 195343, 195359, 195377, 195397, 195409, 195422, 195439, 195455, 195472, 195491, 195510, 195542, 195556, 195571, 195579, 195588, 195608, 195632, 195654, 195676, 195694, 195708, 195722, 195737, 195762, 195781, 195799, 195819, 195838, 195862, 195879, 195900, 195921, 195955, 195971, 195991, 196012, 196025, 196046, 196063, 196076, 196087, 196099, 196108, 196123, 196143, 196162, 196176, 196181, 196192, 196204, 196226, 196247, 196263, 196286, 196301, 196320, 196341, 196358, 196377, 196393, 196417, 196440, 196451, 196463, 196481, 196504, 196524, 196541, 196558, 196578, 196597, 196613, 196629, 196651, 196669, 196683, 196701, 196713, 196732, 196749, 196769, 196788, 196812, 196833, 196851, 196869, 196890, 196910, 196927, 196944, 196967, 196986, 196999, 197022, 197044, 197061, 197085, 197101, 197121, 197143, 197161, 197181, 197198, 197211, 197226, 197246, 197271, 197293, 197312, 197331, 197353, 197374, 197392, 197410, 197434, 197454, 197475, 197501, 197524, 197544, 197564, 197587, 197609, 197628, 197647, 197672, 197693, 197709, 197732, 197754, 197770, 197782, 197793, 197804, 197814, 197831, 197852, 197870, 197883, 197900, 197917, 197933, 197949, 197961, 197974, 197994, 198014, 198039, 198063, 198084, 198102, 198116, 198133, 198145, 198161, 198177, 198187, 198204, 198225, 198241, 198261, 198281, 198300, 198318, 198339, 198364, 198377, 198394, 198415, 198435, 198447, 198463, 198483, 198499, 198519, 198543, 198561, 198575, 198595, 198611, 198631, 198655, 198683, 198715, 198732, 198753, 198771, 198784, 198807, 198829, 198850, 198875, 198892, 198913, 198929, 198949, 198969, 198993, 199013, 199037, 199065, 199097, 199114, 199135, 199155, 199174, 199196, 199222, 199236, 199254, 199276, 199297, 199310, 199327, 199348, 199365, 199386, 199411, 199430, 199445, 199462, 199483, 199508, 199537, 199570, 199588, 199610, 199624, 199637, 199651, 199664, 199678, 199687, 199703, 199717, 199732, 199746, 199757, 199770, 199787, 199799, 199812, 199834, 199855, 199871, 199894, 199909, 199928, 199949, 199966, 199985, 200001, 200022, 200038, 200058, 200078, 200087, 200097, 200117, 200136, 200158, 200184, 200198, 200216, 200238, 200259, 200272, 200289, 200310, 200327, 200348, 200373, 200392, 200407, 200424, 200445, 200470, 200499, 200532, 200550, 200572, 200586, 200610, 200638, 200656, 200669, 200686, 200697, 200709, 200720, 200742, 200768, 200786, 200808, 200825, 200846, 200867, 200892, 200913, 200938, 200967, 201000, 201018, 201040, 201054, 201066, 201087, 201111, 201134, 201156, 201174, 201191, 201208, 201222, 201242, 201261, 201283, 201309, 201323, 201341, 201363, 201384, 201397, 201414, 201435, 201452, 201473, 201498, 201517, 201532, 201549, 201570, 201595, 201624, 201657, 201675, 201697, 201711, 201727, 201743, 201766, 201788, 201805, 201829, 201845, 201865, 201887, 201905, 201925, 201942, 201956, 201972, 201983, 201989, 202006, 202025, 202036, 202048, 202064, 202079, 202095, 202116, 202132, 202150, 202168, 202199, 202212, 202226, 202234, 202247, 202269, 202293, 202312, 202334, 202354, 202375, 202394, 202407, 202420, 202434, 202450, 202462, 202488, 202516, 202539, 202556, 202573, 202591, 202611, 202633, 202659, 202680, 202698, 202720, 202737, 202750, 202764, 202780, 202794, 202820, 202844, 202864, 202880, 202907, 202929, 202955, 202974, 202996, 203019, 203034, 203057, 203072, 203089, 203108, 203119, 203131, 203147, 203162, 203178, 203196, 203214, 203245, 203258, 203272, 203288, 203297, 203303, 203317, 203335, 203347, 203359, 203371, 203385, 203403],
        },
        rules: &[
            (0, "override-earlier-instructions", Anchor::Any(&[Anchor::All(&[Anchor::Lits(&[5618, 5668, 5724, 5956, 5965, 7255, 7266, 7277, 7286, 7964, 8254, 9180, 9199, 9498, 9552, 9626, 10208, 10881]), Anchor::Lits(&[4804, 5439, 5760, 5879, 6017, 6029, 6036, 6044, 6142, 6154, 6191, 6199, 6206, 6226, 6251, 6288, 6295, 6303, 6310, 6330, 6355, 6913, 7015, 7164, 7519, 7537, 7642, 7652, 8235, 8504, 8531, 8544, 8570, 8600, 8607, 8632, 8679, 8808, 8924, 8932, 8950, 8965, 9028, 9035, 9042, 9259, 9278, 9718, 9817, 9897, 10070, 10078, 10084, 10091, 10098, 10105, 10275, 10843, 10850, 10874, 10997]), Anchor::Lits(&[4817, 4870, 6523, 6911, 7027, 7177, 7341, 7836, 8798, 8882, 9023, 9109, 9122, 9124, 9146, 9250, 9636, 9725, 10198])]), Anchor::All(&[Anchor::Lits(&[4804, 5439, 5760, 5879, 6017, 6029, 6036, 6044, 6142, 6154, 6191, 6199, 6206, 6226, 6251, 6288, 6295, 6303, 6310, 6330, 6355, 6913, 7015, 7164, 7519, 7537, 7642, 7652, 8235, 8504, 8531, 8544, 8570, 8600, 8607, 8632, 8679, 8808, 8924, 8932, 8950, 8965, 9028, 9035, 9042, 9259, 9278, 9718, 9817, 9897, 10070, 10078, 10084, 10091, 10098, 10105, 10275, 10843, 10850, 10874, 10997]), Anchor::Lits(&[5618, 5668, 5736, 5766, 5838, 5956, 5975, 6681, 7266, 7277, 7295, 7823, 7897, 7973, 8331, 8867, 9180, 9199, 9468, 9563, 9626, 10046, 10208, 10324, 10365, 10714, 10881]), Anchor::Lits(&[25, 82, 1432, 1585, 1592, 1630, 1708, 1818, 2392, 2423, 2475, 2556, 2570, 2573, 2579, 2627, 2879, 2916, 3221])]), Anchor::All(&[Anchor::Lits(&[24, 656, 1597, 1598, 1640, 2637, 3081, 3761, 3770, 4194, 4225, 4283, 4332, 4336, 4753]), Anchor::Lits(&[5618, 5668, 5724, 5956, 5965, 7255, 7266, 7277, 7286, 7964, 8254, 9180, 9199, 9498, 9552, 9626, 10208, 10881]), Anchor::Lits(&[4804, 5439, 5760, 5879, 6017, 6029, 6036, 6044, 6142, 6154, 6191, 6199, 6206, 6226, 6251, 6288, 6295, 6303, 6310, 6330, 6355, 6913, 7015, 7164, 7519, 7537, 7642, 7652, 8235, 8504, 8531, 8544, 8570, 8600, 8607, 8632, 8679, 8808, 8924, 8932, 8950, 8965, 9028, 9035, 9042, 9259, 9278, 9718, 9817, 9897, 10070, 10078, 10084, 10091, 10098, 10105, 10275, 10843, 10850, 10874, 10997])])])),
            (1, "override-all-instructions", Anchor::Any(&[Anchor::Lits(&[988, 989, 995, 1711, 1712, 1819, 1857, 2136, 2424, 2554, 2560, 2612, 3229, 3233, 3245]), Anchor::All(&[Anchor::Lits(&[5618, 5668, 5956, 5965, 7255, 7266, 7277, 7286, 7964, 9180, 9199, 9563, 9626, 10208, 10881]), Anchor::Lits(&[4804, 5439, 5760, 5879, 6017, 6029, 6036, 6044, 6142, 6154, 6191, 6199, 6206, 6226, 6251, 6288, 6295, 6303, 6310, 6330, 6355, 6913, 7015, 7164, 7519, 7537, 7642, 7652, 8235, 8504, 8531, 8544, 8570, 8600, 8607, 8632, 8679, 8808, 8924, 8932, 8950, 8965, 9028, 9035, 9042, 9259, 9278, 9718, 9817, 9897, 10070, 10078, 10084, 10091, 10098, 10105, 10275, 10843, 10850, 10874, 10997]), Anchor::Lits(&[4882, 5100, 6656, 11778])]), Anchor::All(&[Anchor::Lits(&[5616, 5965, 7264, 7286, 7964, 8253, 9199, 9497, 9552, 9624, 9637]), Anchor::Lits(&[4804, 5439, 5760, 5879, 6017, 6029, 6036, 6044, 6142, 6154, 6191, 6199, 6206, 6226, 6251, 6288, 6295, 6303, 6310, 6330, 6355, 6913, 7015, 7164, 7519, 7537, 7642, 7652, 8235, 8504, 8531, 8544, 8570, 8600, 8607, 8632, 8679, 8808, 8924, 8932, 8950, 8965, 9028, 9035, 9042, 9259, 9278, 9718, 9817, 9897, 10070, 10078, 10084, 10091, 10098, 10105, 10275, 10843, 10850, 10874, 10997]), Anchor::Lits(&[5100, 6500, 6656])]), Anchor::All(&[Anchor::Lits(&[5088, 5089, 5090, 5091, 5092, 5093, 5094, 5095, 5096, 5097, 5098, 8827, 8828, 8829, 8830, 8831, 8832, 8833, 8834, 8835, 8836, 8837, 9962, 9963, 9964, 9965, 9966, 9967, 9968, 9969, 9970, 9971, 9972, 9981, 9982, 9983, 9984, 9985, 9986, 9987, 9988, 9989, 9990, 9991, 9992, 9993, 9994, 9995, 9996, 9997, 9998, 9999, 10000, 10001, 10002, 10401, 10402, 10403, 10404, 10405, 10406, 10407, 10408, 10409, 10410, 10411, 10412, 10413, 10414, 10415, 10416, 10417, 10418, 10419, 10420, 10421, 10422, 10486, 10487, 10488, 10489, 10490, 10491, 10492, 10493, 10494, 10495, 10496, 10497, 10498, 10499, 10500, 10501, 10502, 10503, 10504, 10505, 10506, 10507, 10550, 10551, 10552, 10553, 10554, 10555, 10556, 10557, 10558, 10559, 10560, 10561, 10562, 10563, 10564, 10565, 10566, 10567, 10568, 10569, 10570, 10571, 10575, 10576, 10577, 10578, 10579, 10580, 10581, 10582, 10583, 10584, 10585, 10600, 10601, 10602, 10603, 10604, 10605, 10606, 10611, 10612, 10613, 10614, 10691, 10692, 10693, 10694, 10695, 10696, 10697, 10698, 10699, 10700, 10701, 10702, 10703, 10704, 10705, 10706, 10707, 10708, 10709, 10710, 10711, 10712, 11795, 11796, 11797, 11798, 11799, 11800, 11801, 11802, 11803, 11804, 11805, 11812, 11813, 11814, 11815, 11816, 11817, 11818, 11819, 11820, 11821, 11822, 11836, 11837, 11838, 11839, 11840, 11841, 11842, 11843, 11844, 11845, 11846, 11847, 11848, 11849, 11850, 11851, 11852, 11853, 11854, 11855, 11856, 11857]), Anchor::Lits(&[736, 758, 796, 827, 840, 851, 857, 1042, 1043, 1046, 1458, 1523, 1660, 1662, 1665, 1666, 1670, 1852, 1856, 2055, 2060, 2164, 2165, 2166, 2542, 2577, 2609, 2611, 2622, 2759, 2760, 2799, 2838, 2877, 2887, 3234, 3235, 3697])]), Anchor::All(&[Anchor::Lits(&[4805, 4806, 4808, 4809, 5440, 5441, 5443, 5444, 5761, 5762, 5763, 5764, 5880, 5881, 5882, 5883, 6018, 6019, 6020, 6021, 6030, 6031, 6032, 6033, 6037, 6038, 6039, 6040, 6045, 6056, 6078, 6080, 6143, 6144, 6146, 6147, 6155, 6156, 6157, 6158, 6192, 6193, 6194, 6195, 6200, 6201, 6202, 6203, 6207, 6208, 6209, 6210, 6227, 6228, 6229, 6230, 6252, 6253, 6254, 6255, 6289, 6290, 6291, 6292, 6296, 6297, 6298, 6299, 6304, 6305, 6306, 6307, 6311, 6312, 6313, 6314, 6331, 6332, 6333, 6334, 6356, 6357, 6358, 6359, 6914, 6915, 6916, 6917, 6918, 6929, 6951, 6953, 7016, 7017, 7019, 7020, 7165, 7166, 7167, 7168, 7520, 7521, 7522, 7523, 7538, 7549, 7571, 7573, 7643, 7644, 7645, 7646, 7653, 7654, 7656, 7657, 8236, 8237, 8238, 8239, 8505, 8506, 8507, 8508, 8532, 8533, 8534, 8535, 8545, 8546, 8547, 8548, 8571, 8572, 8573, 8574, 8601, 8602, 8603, 8604, 8608, 8609, 8610, 8611, 8633, 8634, 8635, 8636, 8680, 8681, 8682, 8683, 8809, 8810, 8811, 8812, 8925, 8926, 8927, 8928, 8933, 8934, 8936, 8937, 8951, 8952, 8954, 8955, 8966, 8967, 8968, 8969, 9029, 9030, 9031, 9032, 9036, 9037, 9038, 9039, 9043, 9044, 9045, 9046, 9260, 9261, 9262, 9263, 9279, 9280, 9281, 9282, 9719, 9720, 9721, 9722, 9818, 9819, 9820, 9821, 9898, 9899, 9908, 9910, 10071, 10072, 10073, 10074, 10079, 10080, 10081, 10082, 10085, 10086, 10087, 10088, 10092, 10093, 10094, 10095, 10099, 10100, 10101, 10102, 10106, 10107, 10108, 10109, 10276, 10277, 10278, 10279, 10844, 10845, 10846, 10847, 10851, 10852, 10853, 10854, 10875, 10876, 10877, 10878, 10998, 11001, 11002, 11003]), Anchor::Lits(&[2409, 3305, 3336, 4171, 4190, 4194, 4209, 4255, 4271, 4332, 4753])]), Anchor::All(&[Anchor::Lits(&[1548, 1549, 1550, 1551, 1552, 1553, 1554, 1555, 1556, 1557, 1558, 1559, 1560, 1561, 1562, 1563, 1564, 1565, 1566, 1567, 1568, 1569, 1570, 1571, 1572, 1573, 1574, 1575, 1576, 1577, 1578, 1579, 1580, 1581, 1582, 1583, 1584, 1958, 3268, 3653, 3660]), Anchor::Lits(&[5618, 5668, 5956, 5965, 7255, 7266, 7277, 7286, 7964, 9180, 9199, 9563, 9626, 10208, 10881])])])),
            (2, "override-named-policy", Anchor::Any(&[Anchor::Lits(&[1667, 1668, 1671, 1672, 1853, 1854, 1864, 1865, 2543, 2544, 2547, 2548, 2797, 2798, 2800, 2801, 2835, 2836, 2841, 2842, 4411, 4443, 4444, 4445, 4446, 4447, 4476, 4477, 4478, 4479, 4480, 4481, 4492, 4493, 4494, 4495, 4496, 4549, 4552, 4583, 4584, 4585, 4586, 4587, 4593, 4597, 4601, 4604, 4606, 4608, 4621, 4622, 4623, 4624, 4625, 4627, 4628, 4629, 4630, 4631, 4673, 4674, 4675, 4676, 4677]), Anchor::All(&[Anchor::Lits(&[850, 1669, 2059, 2541, 2545, 2625, 2796, 2837]), Anchor::Lits(&[40, 66, 797, 799, 854, 889, 890, 954, 986, 1651, 2415, 2594, 2692, 2878, 2924, 3080, 3220, 3773]), Anchor::Lits(&[4803, 5438, 5759, 5878, 6016, 6028, 6035, 6043, 6153, 6190, 6198, 6205, 6225, 6250, 6287, 6294, 6302, 6309, 6329, 6354, 6912, 7163, 7518, 7536, 7651, 8234, 8503, 8530, 8543, 8569, 8599, 8606, 8631, 8678, 8807, 8923, 8931, 8949, 8964, 9027, 9034, 9041, 9258, 9277, 9717, 9816, 9896, 10069, 10077, 10083, 10090, 10097, 10104, 10274, 10842, 10849, 10873, 10996])])])),
            (3, "override-everything-before", Anchor::All(&[Anchor::Lits(&[24, 642, 1431, 1811, 1813, 2575, 2588, 3081, 3761, 3770, 4151, 4153, 4154, 4165, 4167, 4169, 4170, 4195, 4196, 4197, 4198, 4199, 4200, 4201, 4202, 4203, 4204, 4205, 4206, 4207, 4208, 4221, 4225, 4226, 4232, 4233, 4234, 4236, 4238, 4248, 4249, 4323, 4324, 4325, 4326, 4327, 4328, 4329, 4331, 4332, 4333, 4334, 4335, 4336, 4337, 4348, 4349, 4350, 4351, 4352, 4353, 4354, 4749, 4753, 4754, 4760, 4761, 4762, 4764, 4765]), Anchor::Lits(&[21, 743, 867, 973, 1068, 1070, 1072, 1074, 1078, 1080, 1096, 1107, 1115, 1126, 1147, 1363, 1367, 1378, 1386, 1397, 1418, 1587, 1591, 1627, 1781, 1786, 1793, 1799, 2005, 2183, 2210, 2221, 2247, 2268, 2274, 2299, 2336, 2403, 2440, 2443, 2446, 2448, 2484, 2486, 2488, 2649, 2675, 2911, 2985, 3049, 3111, 3114, 3122, 3126, 3131, 3134, 3255, 3666, 3668, 3695, 3751]), Anchor::Lits(&[4881, 5104, 6681, 11206])])),
            (4, "override-the-above", Anchor::All(&[Anchor::Lits(&[25, 657, 2557, 2574]), Anchor::Lits(&[20, 742, 866, 972, 1067, 1069, 1071, 1073, 1079, 1095, 1106, 1114, 1125, 1146, 1362, 1366, 1377, 1385, 1396, 1417, 1586, 1626, 1780, 1785, 1798, 2004, 2182, 2209, 2220, 2246, 2267, 2273, 2298, 2335, 2402, 2439, 2442, 2445, 2447, 2483, 2485, 2487, 2648, 2674, 2910, 2984, 3048, 3110, 3113, 3121, 3125, 3130, 3133, 3254, 3665, 3667, 3694, 3750])])),
            (5, "override-bare-instructions", Anchor::Lits(&[743, 1074, 1587, 1786, 2221, 2247, 2443, 2484, 3126, 3134])),
            (6, "override-misspelled", Anchor::Lits(&[6403, 6405, 6406, 6407, 6408, 6409, 6410, 6411, 6412, 6413, 6414, 6415, 6416, 6417, 6418, 6419, 6420, 6421, 6422, 6423, 6424, 6425, 6426, 6427, 6428, 6429, 6430, 6431, 6432, 6433, 6434, 6435, 6436, 6437, 6438, 6439, 6440, 6441, 6442, 6443, 6444, 6445, 6446, 6447, 6448, 6450, 6451, 6452, 6453, 6454, 6455, 6456, 6457, 6458, 6459, 6460, 6461, 6462, 6463, 6464, 6465, 6466, 6467, 6468, 6469, 6470, 6471, 6472, 6473, 6474, 6475, 6476, 6477, 6478, 6479, 6480, 6481, 6482, 6483, 6484, 6485, 6486, 6487, 6488, 6489, 6490, 6491, 6492, 6493, 6494, 6495, 6496, 6497, 6498, 6499, 9287, 9288, 9289, 9290, 9291, 9292, 9293, 9294, 9295, 9296, 9297, 9298, 9299, 9300, 9301, 9302, 9303, 9304, 9305, 9306, 9307, 9308, 9309, 9310, 9311, 9312, 9313, 9314, 9315, 9316, 9323, 9324, 9325, 9339, 9340, 9341, 9350, 9351, 9352, 9353, 9354, 9355, 9356, 9357, 9358, 9515, 9516, 9517, 9518, 9520, 9522, 9534, 9535, 9536, 9595, 9596, 9597, 9598, 9599, 9600, 9601, 9602, 9603, 9604, 9605, 9606, 9607, 9608, 9609, 9610, 9611, 9612, 9613, 9614, 9615, 9616, 9617, 9618, 9619, 9620, 9621])),
            (7, "override-previous-context", Anchor::Any(&[Anchor::All(&[Anchor::Lits(&[776, 795, 860, 871, 1041, 1643, 1778, 1832, 2139, 2375, 2419, 2492, 2610, 3272]), Anchor::Lits(&[4804, 5439, 5760, 5879, 6017, 6029, 6036, 6044, 6142, 6154, 6191, 6199, 6206, 6226, 6251, 6288, 6295, 6303, 6310, 6330, 6355, 6913, 7015, 7164, 7519, 7537, 7642, 7652, 8235, 8504, 8531, 8544, 8570, 8600, 8607, 8632, 8679, 8808, 8924, 8932, 8950, 8965, 9028, 9035, 9042, 9259, 9278, 9718, 9817, 9897, 10070, 10078, 10084, 10091, 10098, 10105, 10275, 10843, 10850, 10874, 10997]), Anchor::Lits(&[4816, 4869, 6522, 6910, 7026, 7176, 7340, 7835, 8797, 8881, 9022, 9108, 9121, 9145, 9249, 9635, 9724, 10197])]), Anchor::All(&[Anchor::Lits(&[4813, 4815, 4961, 5451, 5765, 5884, 6022, 6034, 6041, 6140, 6151, 6159, 6204, 6211, 6231, 6293, 6308, 6315, 6335, 7013, 7024, 7169, 7532, 7639, 7648, 7661, 8509, 8536, 8549, 8575, 8605, 8612, 8637, 8684, 8773, 8813, 8929, 8944, 8962, 8970, 9033, 9040, 9047, 9264, 9283, 9723, 9822, 9958, 10075, 10089, 10096, 10103, 10110, 10848, 10855, 10879, 11005]), Anchor::Lits(&[5254, 5758, 7199, 7515, 8119, 8363, 8762, 9073, 9257, 9545, 10321])])])),
            (8, "override-rules-that-bind-you", Anchor::Lits(&[3306, 3307, 3308, 3309, 3310, 3320, 3321, 3322, 3323, 3333, 3334, 3337, 3338, 3393, 3394, 3395, 3396, 3404, 3405, 3409, 3410, 3411, 3412, 3414, 3415, 3416, 3417, 3896, 3897, 3898, 3899, 3900, 3910, 3911, 3912, 3913, 3923, 3924, 3926, 3927, 3956, 3957, 3958, 3959, 3964, 3965, 3966, 3967, 3968, 3969, 3971, 3972, 3973, 3974])),
            (9, "override-everything-then-order", Anchor::Lits(&[1075, 1076, 1077, 1588, 1589, 1590, 1787, 1788, 1789, 2222, 2223, 2224, 2248, 2249, 2250, 2912, 2913, 2914])),
            (10, "hijack-the-content", Anchor::Any(&[Anchor::All(&[Anchor::Lits(&[6045, 6056, 6068, 6069, 6071, 6073, 6074, 6075, 6076, 6077, 6079, 6091, 6092, 6093, 6095, 6097, 6098, 6099, 6100, 6101, 6102, 6105, 6108, 6110, 6111, 6112, 6113, 6114, 6115, 6116, 6118, 6119, 6120, 6121, 6123, 6124, 6125, 6127, 6128, 6129, 6131, 6132, 6133, 6134, 6135, 6136, 6137, 6138, 6918, 6929, 6941, 6942, 6944, 6946, 6947, 6948, 6949, 6950, 6952, 6964, 6965, 6966, 6968, 6970, 6971, 6972, 6973, 6974, 6975, 6978, 6981, 6983, 6984, 6985, 6986, 6987, 6988, 6989, 6991, 6992, 6993, 6994, 6996, 6997, 6998, 7000, 7001, 7002, 7004, 7005, 7006, 7007, 7008, 7009, 7010, 7011, 7538, 7549, 7561, 7562, 7564, 7566, 7567, 7568, 7569, 7570, 7572, 7584, 7585, 7586, 7588, 7590, 7591, 7592, 7593, 7594, 7595, 7598, 7601, 7603, 7604, 7605, 7606, 7607, 7608, 7609, 7611, 7612, 7613, 7614, 7616, 7617, 7618, 7620, 7621, 7622, 7630, 7631, 7632, 7633, 7634, 7635, 7636, 7637, 9898, 9899, 9900, 9901, 9902, 9903, 9904, 9905, 9906, 9907, 9909, 9911, 9912, 9913, 9914, 9915, 9916, 9917, 9918, 9919, 9920, 9921, 9922, 9923, 9928, 9929, 9930, 9931, 9932, 9933, 9940, 9941, 9942, 9943, 9944, 9945, 9946, 9947, 9948, 9949, 9950, 9951, 9952, 9953, 9954, 9955, 9956, 9957]), Anchor::Lits(&[5085, 5561, 5857, 6827, 6828, 6829, 8917, 8918, 8919, 9142, 9143, 9144, 9413, 9414, 9415, 9490, 9491, 9700, 10039, 10359, 10360, 11518])]), Anchor::All(&[Anchor::Lits(&[6046, 6047, 6048, 6049, 6050, 6051, 6052, 6053, 6054, 6055, 6057, 6058, 6059, 6060, 6061, 6062, 6063, 6064, 6065, 6067, 6070, 6072, 6081, 6082, 6083, 6084, 6085, 6086, 6087, 6088, 6089, 6090, 6094, 6096, 6103, 6104, 6106, 6107, 6109, 6122, 6919, 6920, 6921, 6922, 6923, 6924, 6925, 6926, 6927, 6928, 6930, 6931, 6932, 6933, 6934, 6935, 6936, 6937, 6938, 6940, 6943, 6945, 6954, 6955, 6956, 6957, 6958, 6959, 6960, 6961, 6962, 6963, 6967, 6969, 6976, 6977, 6979, 6980, 6982, 6995, 7539, 7540, 7541, 7542, 7543, 7544, 7545, 7546, 7547, 7548, 7550, 7551, 7552, 7553, 7554, 7555, 7556, 7557, 7558, 7560, 7563, 7565, 7574, 7575, 7576, 7577, 7578, 7579, 7580, 7581, 7582, 7583, 7587, 7589, 7596, 7597, 7599, 7600, 7602, 7615]), Anchor::Lits(&[208, 740, 1472, 2426])])])),
            (11, "instructions-void", Anchor::All(&[Anchor::Lits(&[5619, 5669, 5725, 5957, 5966, 5976, 7256, 7267, 7278, 7287, 7296, 7965, 7974, 8255, 9181, 9200, 9229, 9499, 9553, 9564, 9627, 10209, 10217, 10882]), Anchor::Lits(&[13, 15, 80, 748, 749, 974, 978, 1064, 1449, 1452, 1504, 1506, 1507, 1650, 1790, 1874, 1878, 1979, 2009, 2276, 2285, 2317, 2318, 2319, 2320, 2322, 2333, 2334, 2379, 2387, 2417, 2437, 2438, 2441, 2715, 2729, 2730, 2733, 2734, 2804, 2806, 3168, 3175, 3194, 3799, 4063, 4097, 4140, 6189, 6219, 6278, 6279, 6280, 6281, 6286, 6323, 8595, 8596, 8597, 8598, 8616, 8617, 8618, 8619]), Anchor::Lits(&[25, 82, 130, 204, 1432, 1585, 1592, 1630, 1708, 1818, 2392, 2423, 2475, 2556, 2570, 2573, 2579, 2627, 2879, 2916, 3221, 3420, 3641, 3664, 4355])])),
            (12, "instructions-superseded", Anchor::All(&[Anchor::Lits(&[794, 796, 1043, 1046, 1852, 1856, 2133, 2134, 2418, 2420, 2611, 2838]), Anchor::Lits(&[25, 82, 130, 204, 1432, 1468, 1585, 1592, 1630, 1708, 1818, 2392, 2423, 2425, 2475, 2556, 2570, 2573, 2579, 2627, 2879, 2916, 3221, 4355]), Anchor::Lits(&[61, 1543, 1981, 2169, 2251, 2712, 3640, 3642, 3703, 3771])])),
            (13, "stop-following-instructions", Anchor::Any(&[Anchor::Lits(&[11538, 11540, 11542, 11544, 11548, 11551, 11555, 11556, 11561, 11562, 11564, 11565, 11568, 11586, 11587, 11588, 11589, 11590, 11591, 11592, 11593, 11594, 11595, 11596, 11597, 11598, 11604, 11605, 11606, 11607, 11608, 11609, 11610, 11611, 11612, 11613, 11614, 11615, 11616, 11621, 11622, 11623, 11624, 11625, 11626, 11627, 11628, 11629, 11630, 11631, 11632, 11633, 11635, 11636, 11638, 11640, 11642, 11645, 11647, 11648, 11653, 11654, 11655, 11656, 11658, 11747, 11748, 11750, 11752, 11754, 11757, 11759, 11760, 11765, 11766, 11767, 11768, 11770, 12130, 12131, 12132, 12133, 12134, 12135, 12136, 12137, 12138, 12139, 12140, 12141, 12142]), Anchor::All(&[Anchor::Lits(&[22, 23, 64, 65, 800, 801, 1538, 1544, 1742, 1743, 2065, 2066, 2364, 2368, 2735, 2736, 3108, 3109]), Anchor::Lits(&[5618, 5668, 5724, 5830, 5923, 5956, 5965, 7255, 7266, 7277, 7286, 7964, 8254, 8300, 8853, 8975, 9180, 9199, 9498, 9552, 9626, 10208, 10880, 10881]), Anchor::Lits(&[5531, 6185, 6282, 8524, 8593, 8629, 9275, 10067, 11553, 11569, 11663, 11665, 11728, 11729, 12092])])])),
            (14, "discredit-earlier-text", Anchor::Any(&[Anchor::Lits(&[4883, 4884, 4885, 4892, 4893, 4895, 4896, 4897, 4959, 4960, 5069, 5070, 5071, 5072, 5073, 5074, 5075, 5076, 5077, 5078, 5079, 5080, 5081, 5082, 5083, 5084, 5105, 5106, 5107, 5112, 5113, 5115, 5116, 5117, 5137, 5138, 5627, 5628, 5629, 5631, 5632, 5633, 5634, 5635, 5636, 5637, 5638, 5639, 5640, 5641, 5642, 5643, 5644, 5645, 5646, 5647, 5648, 5649, 5650, 5651, 5652, 5654, 5657, 5660, 5663, 5665, 5710, 5713, 5714, 5715, 5716, 5717, 5718, 5720, 5721, 5722, 5737, 5738, 5739, 5745, 5746, 5747, 5748, 5755, 5756, 5757, 6682, 6683, 6684, 6689, 6690, 6692, 6693, 6694, 6714, 6715, 6720, 6721, 6722, 6723, 6724, 6725, 6860, 6861, 6862, 6863, 6864, 6865, 6866, 6867, 6868, 6870, 6873, 6876, 6884, 6885, 6886, 6887, 7975, 7978, 7979, 7983, 7984, 7988, 7989, 7992, 7998, 8000, 8122, 8143, 8149, 8159, 8166, 8167, 8277, 8278, 8279, 8280, 8281, 8282, 8283, 8284, 8285, 8286, 8287, 8288, 8289, 8290, 8291, 8292, 8333, 8334, 8335, 8336, 8337, 8339, 8340, 8342, 8346, 8348, 8685, 8692, 8693, 8712, 8713, 8714, 8715, 8716, 8717, 8718, 8719, 8720, 8722, 8723, 8724, 8725, 8726, 8727, 8728, 8729, 8730, 8733, 8735, 8738, 8741, 8744, 8745, 8746, 8747, 8750, 8757, 8763, 8764, 8765, 8766, 8767, 8768, 8769, 8770, 8771, 8772, 8819, 8820, 8821, 8822, 8823, 8824, 9201, 9203, 9204, 9207, 9208, 9214, 9215, 9219, 9225, 9227, 9230, 9232, 9233, 9236, 9237, 9240, 9241, 9242, 9245, 9246, 9363, 9366, 9367, 9368, 9369, 9370, 9371, 9373, 9374, 9375, 9417, 9418, 9419, 9420, 9421, 9422, 9423, 9424, 9425, 9426, 9428, 9429, 9430, 9431, 9432, 9433, 9565, 9567, 9568, 9571, 9572, 9575, 9576, 9577, 9581, 9582, 9774, 9775, 9776, 9777, 9778, 9779, 9780, 9781, 9782, 9783, 9975, 9976, 9977, 9978, 9979, 9980, 10242, 10243, 10244, 10245, 10246, 10247, 10248, 10249, 10250, 10251, 10252, 10253, 10254, 10255, 10256, 10257, 10258, 10259, 10260, 10261, 10262, 10263, 10264, 10265, 10266, 10267, 10268, 10269, 10270, 10271, 10272, 10273, 10280, 10281, 10282, 10283, 10284, 10285, 10286, 10287, 10288, 10289, 10290, 10291, 10292, 10293, 10294, 10295, 10367, 10368, 10369, 10370, 10371, 10372, 10373, 10374, 10375, 10376, 10377, 10378, 10379, 10387, 10388, 10391, 10392, 10397, 10398, 10399, 10400, 10484, 10485, 10508, 10509, 10512, 10513, 10599, 10636, 10637, 10715, 10776, 10777, 10778, 10779, 10780, 10781, 10836, 10840, 10841, 10898, 10901, 10902, 10903, 10904, 10905, 10906, 10908, 10909, 10910, 11123, 11124, 11125, 11126, 11127, 11128, 11129, 11130, 11131, 11132, 11500, 11501, 11502, 11503, 11504, 11505, 11506, 11507, 11508, 11509, 11510, 11511, 11512, 11513, 11514, 11515]), Anchor::All(&[Anchor::Lits(&[5711, 5712, 5719, 5723, 5812, 5813, 5814, 5815, 5864, 5865, 5866, 5867, 9364, 9365, 9372, 9376, 10899, 10900, 10907, 10911]), Anchor::Lits(&[5619, 5669, 5725, 5957, 5966, 5976, 7256, 7267, 7278, 7287, 7296, 7965, 7974, 8255, 9181, 9200, 9229, 9499, 9553, 9564, 9627, 10209, 10217, 10882])]), Anchor::All(&[Anchor::Lits(&[4820, 4823, 4824, 4825, 4827, 4828, 4830, 5926, 5929, 5931, 5935, 5937, 5940, 5943, 6526, 6529, 6530, 6531, 6533, 6534, 6536, 6810, 6813, 6814, 6815, 6817, 6818, 6820, 7349, 7358, 7360, 7363, 7366, 7371, 7377, 8887, 8892, 8894, 8897, 8900, 8903, 8907, 9127, 9130, 9131, 9132, 9134, 9135, 9137, 9149, 9152, 9153, 9154, 9156, 9157, 9159, 10201, 10205, 10208, 10225, 10227, 10230, 10233]), Anchor::Lits(&[0, 1, 4, 5, 8, 10, 14, 17, 711, 961, 1505, 1873, 2008, 2324, 2378, 2436, 3798])]), Anchor::All(&[Anchor::Lits(&[295, 296, 297, 298, 299, 300, 301, 302, 303, 304, 305, 306, 307, 308, 309, 310, 311, 312, 330, 331, 332, 333, 334, 335, 336, 337, 338, 339, 340, 341, 342, 343, 344, 345, 346, 347, 2010, 2011, 2012, 2013, 2014, 2015, 2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026, 2027]), Anchor::Lits(&[5618, 5668, 5724, 5956, 5965, 7255, 7266, 7277, 7286, 7964, 8254, 9180, 9199, 9498, 9552, 9626, 10208, 10881])])])),
            (15, "permission-to-ignore", Anchor::All(&[Anchor::Lits(&[626, 790, 1757, 1758, 1759, 1760, 1764, 1765, 1766, 1767, 1768, 1769, 1770, 1771, 1772, 1773, 1774, 1775, 1776, 1777, 2489, 4148, 4186, 4187, 4210, 4211, 4212, 4213, 4214, 4215, 4216, 4217, 4218, 4220, 4222, 4223, 4224, 4227, 4230, 4231, 4235, 4237, 4239, 4241, 4252, 4253, 4254, 4256, 4295, 4296, 4302, 4303, 4304, 4305, 4306, 4307, 4308, 4309, 4310, 4311, 4312, 4313, 4316, 4317, 4318, 4322, 4338, 4347, 4727, 4739, 4740, 4741, 4742, 4743, 4744, 4745, 4746, 4748, 4750, 4751, 4752, 4755, 4758, 4759, 4763]), Anchor::Lits(&[5152, 5174, 5262, 5263, 5265, 5266, 5268, 5270, 5366, 5533, 5541, 5542, 5619, 5669, 5694, 5703, 5706, 5725, 5741, 5742, 5752, 5803, 5804, 5810, 5957, 5966, 5976, 6561, 6641, 6658, 6799, 7253, 7256, 7265, 7267, 7276, 7278, 7287, 7296, 7399, 7882, 7885, 7887, 7889, 7891, 7894, 7896, 7965, 7974, 8255, 8268, 8368, 8371, 8378, 8381, 9086, 9140, 9181, 9200, 9229, 9319, 9349, 9360, 9361, 9493, 9495, 9499, 9524, 9564, 9625, 9638, 9644, 9646, 9652, 9654, 9656, 9660, 9662, 9664, 9672, 9674, 9675, 9693, 9695, 9697, 9753, 9758, 9760, 9762, 9764, 9766, 10209, 10217, 10511, 10882, 10913]), Anchor::Lits(&[5367, 5439, 5547, 5992, 6044, 6642, 6913, 7537, 8932, 9897, 11133])])),
            (16, "deceive-the-user", Anchor::Any(&[Anchor::Lits(&[1745, 1746, 1747, 1748, 1749, 1750, 1751, 1752, 1753, 1754, 3775, 3776, 3777, 3778, 3779, 3780, 3781, 3782, 3783, 3784, 7383, 7384, 7385, 7386, 11427, 11473, 11476, 11479]), Anchor::All(&[Anchor::Lits(&[5446, 5448, 5450, 5451, 6125, 6129, 6139, 6140, 6998, 7002, 7012, 7013, 7618, 7622, 7638, 7639]), Anchor::Lits(&[7387, 8853, 9440, 11040])]), Anchor::All(&[Anchor::Lits(&[6187, 6188, 6215, 6216, 6217, 6218, 6220, 6221, 6223, 6224, 6246, 6247, 6248, 6249, 6284, 6285, 6319, 6320, 6321, 6322, 6324, 6325, 6327, 6328, 6350, 6351, 6352, 6353, 8526, 8527, 8537, 8538, 8539, 8540, 8541, 8542, 8550, 8551, 8565, 8566, 8567, 8568, 11386, 11387, 11429, 11430, 11432, 11433, 11437, 11438, 11443, 11444, 11461, 11462, 11463, 11464]), Anchor::Lits(&[7388, 7389, 7400, 7401, 7402, 7403, 7404, 7405, 7406, 7414, 7415, 7416, 9441, 9442, 9449, 9450, 9451, 9452, 9453, 9454, 9455, 9463, 9464, 9465, 11041, 11042, 11050, 11051, 11052, 11053, 11054, 11055, 11056, 11065, 11066, 11067, 11070, 11071, 11079, 11080, 11081, 11082, 11083, 11084, 11085, 11094, 11095, 11096])])])),
            (17, "suspend-own-instructions", Anchor::All(&[Anchor::Lits(&[1961, 1962, 1963, 1964, 1965, 1967, 1968, 1969, 1970, 1971, 1972, 1973, 1974, 1975, 1976, 1989, 1990, 1991, 1992, 1993, 1994, 1995, 1996, 1997, 1998, 1999, 2000, 2001, 2002, 2003, 2453, 2454, 2455, 2456, 2457, 2458, 2459, 2460, 2461, 2462, 2463, 2464, 2465, 2466, 2467, 2502, 2503, 2504, 2505, 2506, 2507, 2508, 2509, 2510, 2511, 2512, 2513, 2514, 2515, 2516, 2643, 2644, 2645, 2646, 2647, 2658, 2659, 2660, 2661, 2662, 2663, 2664, 2665, 2667, 2671, 2979, 2980, 2981, 2982, 2983, 2992, 2993, 2994, 2995, 2996, 2997, 2998, 2999, 3001, 3004, 3006, 3007, 3008, 3009, 3010, 3011, 3012, 3013, 3014, 3015, 3016, 3017, 3018, 3019, 3020, 3195, 3196, 3197, 3198, 3199, 3200, 3201, 3202, 3203, 3204, 3205, 3211, 3214, 3215, 3216, 3706, 3707, 3708, 3709, 3710, 3712, 3713, 3714, 3715, 3716, 3717, 3723, 3726, 3727, 3728]), Anchor::Lits(&[4879, 4887, 5154, 5156, 5158, 5159, 5162, 5166, 5167, 5169, 5171, 5172, 5174, 5262, 5263, 5265, 5266, 5268, 5270, 5366, 5533, 5541, 5544, 5619, 5669, 5696, 5701, 5703, 5706, 5725, 5742, 5803, 5804, 5810, 5957, 5966, 5976, 6561, 6641, 6658, 6797, 6799, 7253, 7254, 7256, 7265, 7267, 7276, 7278, 7287, 7296, 7391, 7399, 7882, 7883, 7885, 7887, 7889, 7894, 7896, 7965, 7974, 8255, 8268, 8368, 8381, 9086, 9088, 9140, 9181, 9200, 9229, 9248, 9319, 9349, 9360, 9361, 9499, 9527, 9530, 9564, 9625, 9636, 9693, 9695, 9697, 9753, 9754, 9758, 9760, 9762, 9764, 9766, 9770, 10209, 10217, 10511, 10882, 10913, 11794]), Anchor::Lits(&[5238, 5308, 5357, 8774, 8814, 8815, 8817, 10856])])),
            (18, "reset-own-instructions", Anchor::Any(&[Anchor::Lits(&[11332, 11334, 11336, 11340, 11345, 11347, 11348, 11350, 11351, 11352, 11353, 11354, 11355, 11356, 11357, 11358, 11359, 11360, 11361, 11362, 11363, 11372, 11373, 11374, 11376, 11379, 11381, 11382]), Anchor::All(&[Anchor::Lits(&[5598, 5599, 5600, 5601, 5610, 5611, 5612, 5613, 5900, 5901, 5904, 5906, 6362, 6363, 6365, 6374, 6562, 6563, 6564, 6565, 6566, 6567, 6568, 6569, 6823, 6824, 6825, 6826, 8971, 8972, 8973, 8974, 9253, 9254, 9255, 9256, 9396, 9397, 9398, 9399, 9403, 9404, 9405, 9406, 9407, 9408, 9409, 9410, 9480, 9481, 9482, 9483, 9484, 9485, 9486, 9487, 9537, 9538, 9539, 9540, 10999, 11000, 11004, 11005, 11293, 11294, 11295, 11296, 11297, 11298, 11299, 11300]), Anchor::Lits(&[5618, 5668, 5758, 5956, 5965, 7255, 7266, 7277, 7286, 7515, 7964, 8311, 8312, 9073, 9180, 9199, 9498, 9563, 9626, 10208, 10881])])])),
            (19, "apply-to-own-instructions", Anchor::All(&[Anchor::Lits(&[84, 85, 86, 87, 2406, 2407, 2408, 2410, 3670, 3671, 3681, 3686, 4068, 4069, 4082, 4096]), Anchor::Lits(&[5619, 5669, 5957, 5966, 5976, 7256, 7267, 7278, 7287, 7296, 7965, 7974, 9181, 9200, 9229, 9564, 9627, 10209, 10217, 10882])])),
            (20, "override-what-makers-said", Anchor::All(&[Anchor::Lits(&[3423, 3424, 3425, 3426, 3490, 3491, 3502, 3503, 3533, 3534, 3565, 3566, 3568, 3569, 3575, 3576, 3591, 3592, 3594, 3595, 4374, 4375, 4376, 4377, 4418, 4419, 4452, 4453, 4547, 4548, 4590, 4591, 4616, 4617, 4634, 4635, 4683, 4684, 4686, 4687]), Anchor::Lits(&[5692, 7108, 7177, 7954, 9179, 9678, 9815, 10327, 10859, 11519, 11523])])),
            (21, "you-have-been-changed", Anchor::Lits(&[1044, 1047, 1859, 2421, 2546, 2840, 5318, 5319, 5320, 5321, 5322, 5323, 5324, 5325, 5326, 5327, 5328, 5329, 6871, 6872, 6874, 6875, 8123, 8142, 8144, 8145, 8147, 8148, 8160, 8162, 8163, 8164, 8165, 8168, 8665, 8666, 8667, 8668, 8670, 8671, 8672, 8673, 8674, 8675, 8676, 8677, 8724, 8729, 8731, 8732, 8775, 8776, 8777, 8778, 8779, 8780, 8781, 8782, 8783, 8784, 8785, 8786, 10138, 10139, 10140, 10141, 10142, 10143, 10144, 10145, 10146, 10147, 10148, 10149, 11537, 11541, 11543, 11546, 11549, 11550, 11554, 11557, 11558, 11559, 11560, 11567, 11634, 11637, 11639, 11641, 11643, 11644, 11646, 11649, 11650, 11651, 11652, 11657, 11708, 11709, 11710, 11711, 11712, 11713, 11715, 11716, 11717, 11718, 11719, 11720, 11732, 11733, 11734, 11735, 11736, 11737, 11738, 11739, 11740, 11741, 11742, 11743, 11746, 11749, 11751, 11753, 11755, 11756, 11758, 11761, 11762, 11763, 11764, 11769, 11866, 11867, 11869, 11871, 11884, 11886, 11890, 11892, 11895, 11896, 11898, 11899, 11902, 11903, 11905, 11906, 11911, 11912, 11913, 11914, 11915, 11916, 11921, 11922, 11923, 11924, 11925, 11926, 11927, 11928, 11929, 11930, 11931, 11932, 11933, 11934, 11937, 11938, 11940, 11941, 11944, 11945, 11947, 11948, 11952, 11953, 11954, 11955, 11956, 11957, 11984, 11986, 11991, 11992, 11994, 11995, 11998, 11999, 12001, 12002, 12006, 12007, 12008, 12009, 12010, 12011, 12013, 12014, 12016, 12017, 12021, 12022, 12023, 12024, 12025, 12026, 12027, 12028, 12029, 12030, 12031, 12032, 12033, 12034, 12047, 12048, 12050, 12051, 12054, 12055, 12057, 12058, 12062, 12063, 12064, 12065, 12066, 12067, 12085, 12086, 12087, 12088, 12089, 12090, 12093, 12094, 12095, 12096, 12097, 12098, 12143, 12144, 12145, 12146, 12147, 12148, 12149, 12150, 12151, 12152, 12153, 12154])),
            (22, "treat-rules-as-optional", Anchor::Any(&[Anchor::Lits(&[4196, 4197, 4198, 4199, 4200, 4225, 4226, 4232, 4233, 4234, 4314, 4315, 4319, 4320, 4321, 4332, 4333, 4334, 4335, 4336, 4753, 4754, 4760, 4761, 4762]), Anchor::All(&[Anchor::Lits(&[288, 289, 290, 291, 292, 293, 313, 322, 323, 324, 325, 326, 328, 348]), Anchor::Lits(&[4886, 5153, 5155, 5157, 5161, 5165, 5168, 5170, 5173, 5261, 5264, 5267, 5269, 5365, 5532, 5540, 5543, 5618, 5668, 5695, 5700, 5702, 5705, 5724, 5740, 5751, 5802, 5809, 5956, 5965, 6560, 6640, 6657, 6798, 7252, 7255, 7264, 7275, 7277, 7286, 7390, 7398, 7881, 7884, 7886, 7888, 7890, 7893, 7895, 7964, 8254, 8267, 8367, 8370, 8377, 8380, 9085, 9139, 9180, 9199, 9348, 9359, 9492, 9497, 9526, 9529, 9552, 9624, 9637, 9643, 9645, 9651, 9653, 9655, 9659, 9661, 9663, 9667, 9671, 9673, 9692, 9694, 9696, 9752, 9757, 9759, 9761, 9763, 9765, 9769, 10208, 10510, 10881, 10912, 11793]), Anchor::Lits(&[5709, 5811, 9362, 9773, 10897, 11122])])])),
            (23, "nothing-is-real", Anchor::Lits(&[206, 841, 2252, 2316, 2326, 2327, 2328, 2329, 2839])),
            (24, "reveal-own-instructions", Anchor::Lits(&[11779, 11780, 11806, 11807, 11808, 11809, 11810, 11811, 11823, 11834, 11858, 11861, 11862, 11863, 11864, 11865, 11872, 11873, 11874, 11875, 11876, 11877, 11880, 11881, 11882, 11888, 11959, 11960, 11961, 11962, 11964, 11965, 11966, 11967, 11968, 11969, 11970, 11971, 11972, 11987, 11988, 12015, 12018, 12019, 12020, 12035, 12036, 12044, 12069, 12070, 12081, 12082, 12083])),
            (25, "reveal-system-prompt", Anchor::Lits(&[4849, 4850, 4851, 4852, 4853, 4854, 4855, 4856, 4857, 4858, 4859, 4860, 4861, 5677, 5678, 5679, 5680, 5681, 5682, 5683, 5684, 5685, 5686, 5687, 5688, 5689, 5924, 5925, 5927, 5928, 5930, 5932, 5933, 5936, 5938, 5939, 5941, 5942, 5944, 7344, 7348, 7350, 7353, 7359, 7361, 7362, 7365, 7367, 7368, 7372, 7373, 7378, 7837, 7840, 7841, 7842, 7846, 7847, 7848, 7850, 7852, 7853, 7854, 7855, 7858, 8012, 8013, 8014, 8015, 8016, 8017, 8018, 8019, 8020, 8021, 8022, 8023, 8024, 8350, 8351, 8352, 8353, 8354, 8355, 8356, 8357, 8358, 8359, 8360, 8361, 8362, 8838, 8839, 8840, 8841, 8842, 8843, 8844, 8845, 8846, 8847, 8848, 8849, 8850, 8883, 8886, 8888, 8889, 8893, 8895, 8896, 8899, 8901, 8902, 8904, 8905, 8908, 9093, 9094, 9095, 9096, 9097, 9098, 9099, 9100, 9101, 9102, 9103, 9104, 9105, 9162, 9163, 9164, 9165, 9166, 9168, 9169, 9170, 9171, 9172, 9173, 9174, 9175, 9326, 9327, 9328, 9329, 9330, 9331, 9332, 9333, 9334, 9335, 9336, 9337, 9338, 9728, 9730, 9731, 9734, 9735, 9736, 9737, 9738, 9739, 9740, 9743, 9744, 9747, 10026, 10027, 10028, 10029, 10030, 10031, 10032, 10033, 10034, 10035, 10036, 10037, 10038, 10199, 10200, 10202, 10204, 10206, 10209, 10217, 10226, 10228, 10229, 10231, 10232, 10234, 10959, 10960, 10961, 10962, 10963, 10964, 10965, 10966, 10967, 10968, 10969, 10970, 10971, 11109, 11110, 11111, 11112, 11113, 11114, 11115, 11116, 11117, 11118, 11119, 11120, 11121])),
            (26, "what-others-told-you", Anchor::Lits(&[26, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 37, 38, 469, 470, 471, 472, 644, 646, 648, 649, 650, 652, 653, 655, 658, 659, 660, 661, 662, 1618, 1619, 1620, 1621, 1624, 1625, 1628, 1629, 1848, 1849, 1850, 1851, 2580, 2581, 2582, 2583, 2584, 2585, 2586, 2587, 2589, 2590, 2591, 2592, 2593, 2605, 2606, 2607, 2608, 2655, 2657, 2669, 2670, 2891, 2892, 2893, 2894, 2963, 2965, 2968, 2969, 3258, 3259, 3260, 3261, 3262, 3263, 3264, 3266, 3689, 3690, 3691, 3692, 4126, 4127, 4128, 4129, 4141, 4142, 4143, 4144])),
            (27, "reveal-what-you-were-told", Anchor::Any(&[Anchor::Lits(&[5733, 5734, 5735, 5875, 5876, 5877, 7354, 7357, 7381, 7817, 7818, 7819, 8274, 8275, 8276, 8315, 8316, 8317, 9680, 9681, 9688, 10015, 10016, 10017, 10042, 10043, 10044, 11207, 11208, 11209, 11210, 11211, 11212, 11213, 11214, 11215, 11216, 11217, 11218, 11219, 11220, 11221, 11222, 11223, 11224, 11225, 11226, 11227, 11228, 11233, 11234, 11235, 11236, 11237, 11238, 11239, 11520, 11521, 11522]), Anchor::All(&[Anchor::Lits(&[4172, 4173, 4174, 4175, 4176, 4177, 4178, 4179, 4180, 4181, 4182, 4183, 4191, 4192, 4193, 4242, 4272, 4273, 4283, 4297, 4298, 4299, 4420, 4421, 4422, 4423, 4424, 4425, 4426, 4427, 4428, 4429, 4430, 4431, 4432, 4433, 4434, 4435, 4436, 4437, 4438, 4439, 4440, 4441, 4454, 4455, 4456, 4457, 4458, 4459, 4460, 4461, 4462, 4463, 4464, 4465, 4466, 4467, 4468, 4469, 4470, 4471, 4472, 4473, 4474, 4475]), Anchor::Lits(&[5620, 5621, 5622, 5623, 5624, 5625, 5626, 5670, 5671, 5672, 5673, 5674, 5675, 5676, 5726, 5727, 5728, 5729, 5730, 5731, 5732, 5958, 5959, 5960, 5961, 5962, 5963, 5964, 5967, 5968, 5969, 5971, 5972, 5973, 5974, 5977, 5979, 5980, 5981, 5982, 5984, 5985, 7257, 7258, 7259, 7260, 7261, 7262, 7263, 7268, 7269, 7270, 7271, 7272, 7273, 7274, 7279, 7280, 7281, 7282, 7283, 7284, 7285, 7288, 7289, 7290, 7291, 7292, 7293, 7294, 7297, 7298, 7299, 7300, 7301, 7302, 7303, 7966, 7967, 7968, 7969, 7970, 7971, 7972, 7976, 7980, 7981, 7986, 7987, 7993, 7994, 8256, 8257, 8258, 8259, 8260, 8261, 8262, 9182, 9184, 9185, 9186, 9187, 9189, 9190, 9202, 9205, 9206, 9212, 9213, 9220, 9221, 9231, 9234, 9235, 9238, 9239, 9243, 9244, 9502, 9503, 9504, 9505, 9506, 9507, 9508, 9554, 9556, 9557, 9558, 9559, 9560, 9561, 9566, 9569, 9570, 9573, 9574, 9578, 9579, 9628, 9629, 9630, 9631, 9632, 9633, 9634, 10210, 10211, 10212, 10213, 10214, 10215, 10216, 10218, 10219, 10220, 10221, 10222, 10223, 10224, 10883, 10884, 10885, 10886, 10887, 10888, 10889])])])),
            (28, "reveal-given-instructions", Anchor::Any(&[Anchor::Lits(&[287, 676, 745, 793, 1610, 1611, 1640, 1652, 2383, 3021, 3336, 3833, 3834, 4166, 4190, 4225, 4255, 4271, 4283, 4285, 4332, 4336, 4737, 4753, 7065, 7066, 7067, 7068, 7069, 7070, 7071, 7072, 7073, 7074, 7075, 7076, 7077, 7078, 7079, 7080, 7081, 7082, 7083, 7084, 7085, 7086, 7087, 7088, 7089, 7090, 7091, 7092, 7093, 7094, 7095, 7096, 7097, 7783, 7784, 7785, 7786, 7787, 7788, 7789, 7790, 7791, 7792, 7793, 7794, 7795, 7796, 7797, 7798, 7799, 7800, 7801, 7802, 7803, 7804, 7805, 7806, 7807, 7808, 7809, 7810, 7811, 7812, 7813, 7814, 7815, 7907, 7908, 7909, 7910, 7911, 7912, 7913, 7914, 7915, 7916, 7917, 7918, 7919, 7920, 7921, 7922, 7923, 7924, 7925, 7926, 7927, 7928, 7929, 7930, 7931, 7932, 7933, 7934, 7935, 7936, 7937, 7938, 7939]), Anchor::All(&[Anchor::Lits(&[712, 838, 977, 1820, 1821, 2097, 2576, 2638, 2940, 3003, 3091]), Anchor::Lits(&[3849, 4147, 4194, 4219, 4330, 4747])]), Anchor::All(&[Anchor::Lits(&[828, 829, 830, 831, 832, 833, 834, 835, 836, 837, 962, 963, 964, 965, 966, 967, 968, 969, 970, 971, 1508, 1509, 1510, 1511, 1512, 1513, 1514, 1515, 1516, 1517, 1631, 1632, 1633, 1634, 1635, 1636, 1637, 1638, 1639, 1640, 1822, 1823, 1824, 1825, 1826, 1827, 1828, 1829, 1830, 1831, 2087, 2088, 2089, 2090, 2091, 2092, 2093, 2094, 2095, 2096, 2517, 2518, 2519, 2520, 2521, 2522, 2523, 2524, 2525, 2526, 2628, 2629, 2630, 2631, 2632, 2633, 2634, 2635, 2636, 2637, 2641, 2642, 2650, 2651, 2652, 2653, 2654, 2656, 2666, 2668, 2956, 2957, 2958, 2959, 2960, 2961, 2962, 2964, 2966, 2967, 2977, 2978, 2986, 2987, 2988, 2989, 2990, 2991, 3000, 3002, 3182, 3183, 3184, 3185, 3186, 3187, 3188, 3189, 3190, 3191, 4130, 4131, 4132, 4133, 4134, 4135, 4136, 4137, 4138, 4139]), Anchor::Lits(&[5619, 5669, 5725, 5957, 5966, 5976, 7256, 7267, 7278, 7287, 7296, 7965, 7974, 8255, 9181, 9200, 9229, 9499, 9553, 9564, 9627, 10209, 10217, 10882])])])),
            (29, "repeat-text-above", Anchor::Any(&[Anchor::Lits(&[4818, 4819, 4821, 4822, 4823, 4826, 4827, 4829, 4830, 4831, 6524, 6525, 6527, 6528, 6529, 6532, 6533, 6535, 6536, 6537, 6808, 6809, 6811, 6812, 6813, 6816, 6817, 6819, 6820, 6821, 7345, 7346, 7355, 7356, 7358, 7364, 7366, 7376, 7377, 7382, 7838, 7839, 7843, 7844, 7845, 7849, 7851, 7856, 7857, 7859, 8884, 8885, 8890, 8891, 8892, 8898, 8900, 8906, 8907, 8909, 9110, 9111, 9112, 9113, 9114, 9115, 9116, 9117, 9118, 9119, 9125, 9126, 9128, 9129, 9130, 9133, 9134, 9136, 9137, 9138, 9147, 9148, 9150, 9151, 9152, 9155, 9156, 9158, 9159, 9161]), Anchor::All(&[Anchor::Lits(&[24, 617, 618, 645, 647, 651, 654, 656, 1600, 1608, 1812, 2555, 2588, 3081, 4240, 4283, 4332, 4766]), Anchor::Lits(&[5538, 5736, 5766, 6681, 7860, 7870, 7897, 7973, 8270, 8319, 9106, 9199, 9812, 9823, 10365, 10858, 11491]), Anchor::Lits(&[5772, 6042, 6382, 6538, 8272, 8916, 9024, 9141, 9284, 9344, 9402, 9435, 9514, 9840, 10019, 10937, 11517])])])),
            (30, "repeat-starting-with-you-are", Anchor::Lits(&[665, 668, 669, 3090, 3092, 3093])),
            (31, "reveal-context-contents", Anchor::Any(&[Anchor::Lits(&[7899, 7900, 7901, 7902, 7903, 7904, 7905, 7985, 7991, 7995, 7996, 7997, 7999, 8001, 8323, 8324, 8326, 8327, 8328, 8329, 8330, 8338, 8341, 8343, 8344, 8345, 8347, 8349, 9209, 9218, 9222, 9223, 9224, 9226, 9228]), Anchor::All(&[Anchor::Lits(&[666, 667, 774, 775, 855, 856, 858, 859, 887, 888, 1450, 1451, 2061, 2062, 2063, 2064, 2449, 2450, 2451, 2452, 2470, 2471, 2727, 2728, 2756, 2757, 2922, 2923, 2970, 2971, 2972, 2973, 3087, 3088, 3273, 3274, 3687, 3688, 3698, 3699, 4122, 4123]), Anchor::Lits(&[5690, 5758, 5769, 7973, 8312, 9106, 9199, 9563])]), Anchor::All(&[Anchor::Lits(&[3421, 3422, 3487, 3488, 3489, 3492, 3501, 3504, 3507, 3510, 3519, 3526, 3529, 3530, 3531, 3564, 3567, 3571, 3572, 3573, 3574, 3577, 3582, 3583, 3588, 3589, 3590, 3598, 3599, 3601, 3602, 3603, 4356, 4357, 4412, 4413, 4415, 4442, 4449, 4482, 4484, 4485, 4486, 4490, 4491, 4498, 4499, 4588, 4594, 4619, 4620, 4626, 4632, 4637, 4638, 4639, 4671, 4678, 4681, 4705, 4706, 4709, 4725, 4726]), Anchor::Lits(&[4888, 4889, 4890, 4891, 4894, 4898, 4899, 4900, 4901, 4902, 4903, 4904, 4905, 4906, 4907, 4908, 4909, 4910, 4911, 4912, 4913, 4914, 4915, 4916, 4917, 4918, 4919, 4920, 4921, 4922, 4923, 4924, 4927, 4928, 4929, 4931, 4932, 4933, 4934, 4935, 4936, 4937, 4938, 4939, 4940, 4941, 4942, 4943, 4944, 4945, 4946, 4947, 4948, 4949, 4950, 4951, 4952, 4953, 4954, 4955, 4956, 4957, 4958, 5108, 5109, 5110, 5111, 5114, 5118, 5119, 5120, 5121, 5122, 5123, 5126, 5127, 5128, 5130, 5131, 5132, 5133, 5134, 5135, 5136, 6501, 6502, 6503, 6504, 6505, 6506, 6507, 6508, 6509, 6510, 6511, 6512, 6513, 6514, 6515, 6516, 6517, 6518, 6519, 6520, 6521, 6659, 6660, 6661, 6662, 6663, 6664, 6665, 6666, 6667, 6668, 6669, 6670, 6671, 6672, 6673, 6674, 6675, 6676, 6677, 6678, 6679, 6685, 6686, 6687, 6688, 6691, 6695, 6696, 6697, 6698, 6699, 6700, 6703, 6704, 6705, 6707, 6708, 6709, 6710, 6711, 6712, 6713, 10615, 10616, 10617, 10618, 10619, 10620, 10621, 10622, 10623, 10624, 10625, 10626, 10627, 10628, 10629, 10630, 10631, 10632, 10633, 10634, 10635])])])),
            (32, "reveal-transformed-prompt", Anchor::All(&[Anchor::Lits(&[11780, 11807, 11835, 11874, 11875, 11882, 11887, 11959, 11960, 11963, 11969, 11988, 12019, 12035, 12036, 12069, 12082]), Anchor::Lits(&[5691, 5957, 5976, 7296, 7974, 8320, 8332, 9107, 9200, 9229, 9564, 9824, 10366])])),
            (33, "complete-the-leak", Anchor::All(&[Anchor::Lits(&[7423, 7429, 7442, 7448, 7449, 7454, 7455, 7456, 7457, 7458, 7483, 7484, 7485, 7486, 7487, 7488, 7489, 7490, 7491, 7492, 8392, 8393, 8394, 8395, 8396, 8397, 8398, 8399, 8400, 8401, 8402, 8403, 8404, 8405, 8406, 8407, 8408, 8409, 8410, 8411, 8412, 8413, 8414, 8415, 8416, 8417, 8418, 8419, 8420, 8421, 8427, 8428, 8429, 8430, 8431, 8432, 8438, 8439, 8440, 8441, 8442, 8443, 8444, 8445, 8446, 8447, 8448, 8449, 8450, 8452, 8454, 8455, 8459, 8460, 8466, 8467, 8468, 8469, 8470, 8471, 8472, 8473, 8474, 8475, 8476, 8477, 8478, 8479, 8480, 8481, 8482, 8483, 10573, 10574, 10596, 10597, 10598, 10607, 10608, 10609, 10610, 11532, 11533, 11535, 11536, 11539, 11545, 12037, 12038, 12039, 12040]), Anchor::Lits(&[663, 798, 861, 1448, 1520, 1536, 2413, 2558, 2559, 3085])])),
            (34, "what-you-must-not-say", Anchor::Lits(&[11570, 11571, 11572, 11573, 11574, 11575, 11576, 11577, 11578, 11579, 11580, 11581, 11582, 11583, 11603, 11660, 11667, 11668, 11669, 11670, 11671, 11705, 11706, 11725, 11730, 11731])),
            (35, "reveal-initialization", Anchor::Lits(&[7826, 7827, 7828, 7829, 7830, 7831, 7832, 7833, 7834, 7861, 7862, 7863, 7864, 7865, 7866, 7867, 7868, 7869, 7871, 7872, 7873, 7874, 7875, 7876, 7877, 7878, 7879])),
            (36, "forged-own-instructions", Anchor::Lits(&[4357, 4409, 4413, 4416, 4452, 4490, 4491, 4499, 4551, 4588, 4594, 4618, 4632, 4639, 4671, 4678, 4681, 4705, 4725])),
            (37, "follow-what-it-says", Anchor::Any(&[Anchor::Lits(&[5028, 5029, 5030, 5031, 5061, 5062, 5063, 5064, 5485, 5486, 5487, 5488, 5489, 5490, 5491, 5492, 5493, 5494, 5495, 5496, 5497, 5498, 5499, 5500, 5501, 5502, 5503, 5504, 5505, 5506, 5507, 5508, 5517, 5518, 5519, 5520, 5521, 5522, 5524, 5525, 5526, 5527, 5528, 5529, 6161, 6162, 6163, 6164, 6165, 6166, 6167, 6168, 6169, 6170, 6171, 6172, 6173, 6174, 6175, 6176, 6177, 6178, 6179, 6180, 6181, 6182, 6183, 6184, 6256, 6257, 6258, 6259, 6260, 6261, 6272, 6273, 6274, 6275, 6276, 6277, 6728, 6729, 6730, 6731, 6732, 6733, 6734, 6735, 6736, 6737, 6738, 6739, 6740, 6741, 6742, 6743, 6744, 6745, 6746, 6747, 6748, 6749, 6750, 6751, 6760, 6761, 6762, 6763, 6764, 6765, 6767, 6768, 6769, 6770, 6771, 6772, 6836, 6837, 6838, 6839, 6840, 6841, 6842, 6843, 6844, 6845, 6846, 6847, 6848, 6849, 6850, 6851, 6852, 6853, 6854, 6855, 6856, 6857, 6858, 6859, 6888, 6889, 6890, 6891, 6892, 6893, 6895, 6896, 6897, 6898, 6899, 6900, 8686, 8687, 8688, 8689, 8690, 8691, 8694, 8695, 8696, 8697, 8698, 8699, 8700, 8701, 8702, 8703, 8704, 8705, 8706, 8707, 8708, 8709, 8710, 8711, 8748, 8749, 8750, 8751, 8752, 8753, 8755, 8756, 8757, 8758, 8759, 8760, 10640, 10641, 10642, 10643, 10672, 10673, 10674, 10675]), Anchor::All(&[Anchor::Lits(&[159, 160, 161, 162, 163, 164, 165, 166, 167, 168, 169, 170, 171, 172, 173, 174, 175, 176, 177, 178, 179, 180, 181, 182, 184, 185, 186, 187, 188, 189, 190, 191, 192, 193, 194, 195, 3604, 3605, 3606, 3607, 3608, 3609, 3610, 3611, 3612, 3613, 3614, 3615, 3616, 3617, 3618, 3619, 3620, 3621, 3622, 3623, 3624, 3625, 3626, 3627, 3628, 3629, 3630, 3631, 3632, 3633, 3634, 3635, 3636, 3637, 3638, 3639]), Anchor::Lits(&[593, 853, 1866, 2905, 3265, 3267, 3802])])])),
            (44, "authority-message", Anchor::Lits(&[623, 677, 959, 1459, 1599, 1601, 1602, 1603, 1604, 1605, 1606, 1607, 1609, 1612, 2600, 2716, 3223, 3226, 3231, 3233, 3243, 3245, 3247, 3271, 4358, 4359, 4360, 4361, 4362, 4363, 4364, 4365, 4366, 4367, 4368, 4369, 4370, 4371, 4372, 4373, 4379, 4380, 4381, 4382, 4383, 4384, 4385, 4386, 4387, 4388, 4389, 4390, 4391, 4392, 4393, 4394, 4395, 4396, 4397, 4398, 4399, 4400, 4401, 4402, 4403, 4404, 4405, 4406, 4407, 4408, 4410, 4414, 4417, 4450, 4451, 4487, 4488, 4489, 4498, 4501, 4502, 4503, 4504, 4505, 4506, 4507, 4508, 4509, 4510, 4511, 4512, 4513, 4514, 4515, 4516, 4517, 4518, 4519, 4520, 4521, 4522, 4523, 4524, 4525, 4526, 4527, 4528, 4529, 4530, 4531, 4532, 4533, 4534, 4535, 4536, 4537, 4538, 4539, 4540, 4541, 4542, 4543, 4544, 4545, 4546, 4550, 4553, 4554, 4555, 4556, 4557, 4558, 4559, 4560, 4561, 4562, 4563, 4564, 4565, 4566, 4567, 4568, 4569, 4570, 4571, 4572, 4573, 4574, 4575, 4576, 4577, 4578, 4579, 4580, 4581, 4582, 4589, 4595, 4596, 4598, 4599, 4600, 4602, 4603, 4605, 4607, 4609, 4610, 4611, 4612, 4613, 4614, 4615, 4633, 4636, 4640, 4641, 4642, 4643, 4644, 4645, 4646, 4647, 4648, 4649, 4650, 4651, 4652, 4653, 4654, 4655, 4656, 4657, 4658, 4659, 4660, 4661, 4662, 4663, 4664, 4665, 4666, 4667, 4668, 4669, 4670, 4679, 4680, 4682, 4685, 4689, 4690, 4691, 4692, 4693, 4694, 4695, 4696, 4697, 4698, 4699, 4700, 4701, 4702, 4703, 4710, 4711, 4712, 4713, 4714, 4715, 4716, 4717, 4718, 4719, 4720, 4721, 4722, 4723, 4724, 5970, 5978, 5983, 7427, 7447, 7450, 7451, 7452, 7481, 7482, 7669, 7687, 7977, 7982, 7990, 8322, 8658, 8868, 8870, 8871, 8920, 8921, 8922, 8938, 8941, 8943, 8946, 8947, 8948, 8956, 8959, 8961, 9183, 9188, 10163, 10164, 10165, 10166, 10167, 10168, 10296, 10297, 10298, 10299, 10300, 10301, 11034, 11176, 11177, 11178, 11179, 11180, 11492, 11527, 11528, 11529, 11530, 11584, 11585, 11672, 11673, 11674, 11675, 11679, 11680, 11686, 11687, 11690, 11691, 11692, 11693, 11694, 11695, 11697, 11698, 11699, 11700, 11701, 11702, 11721, 11722, 11723, 11724, 11726, 11727, 11774, 11775, 11776, 11777, 11781, 11782, 11783, 11784, 11785, 11786, 11787, 11788, 11789, 11790, 11791, 11792, 11824, 11825, 11826, 11827, 11828, 11829, 11830, 11831, 11832, 11833, 11859, 11860, 11868, 11870, 11878, 11879, 11883, 11885, 11886, 11889, 11891, 11892, 11893, 11894, 11897, 11900, 11901, 11904, 11907, 11908, 11909, 11910, 11917, 11918, 11919, 11920, 11935, 11936, 11939, 11942, 11943, 11946, 11949, 11950, 11951, 11958, 11973, 11974, 11975, 11976, 11977, 11978, 11979, 11980, 11981, 11982, 11983, 11985, 11989, 11990, 11993, 11996, 11997, 12000, 12003, 12004, 12005, 12012, 12017, 12041, 12042, 12043, 12045, 12046, 12049, 12052, 12053, 12056, 12059, 12060, 12061, 12068, 12071, 12072, 12073, 12074, 12075, 12076, 12077, 12078, 12079, 12080])),
            (45, "authority-override", Anchor::Lits(&[67, 69, 70, 71, 72, 74, 76, 77, 78, 79, 987, 991, 992, 993, 994, 1438, 1439, 1440, 1441, 1442, 1644, 1646, 1647, 1648, 1649, 1982, 1983, 1984, 1985, 1986, 2102, 2103, 2104, 2105, 2106, 2826, 2828, 2829, 2830, 2831, 2925, 2934, 2935, 2936, 2937, 3162, 3164, 3165, 3166, 3167, 3176, 3178, 3179, 3180, 3181, 3222, 3236, 3237, 3238, 3243])),
            (48, "entering-special-mode", Anchor::Any(&[Anchor::All(&[Anchor::Lits(&[68, 73, 75, 621, 957, 958, 990, 999, 1000, 1435, 1645, 2100, 2444, 2599, 2827, 2975, 3163, 3177, 3269, 3270, 3759, 3792]), Anchor::Lits(&[11531, 11620, 11662, 11707, 11772, 12084])]), Anchor::All(&[Anchor::Lits(&[7421, 7422, 7424, 7425, 7426, 7428, 7430, 7431, 7432, 7433, 7434, 7435, 7436, 7437, 7438, 7439, 7440, 7441, 7443, 7444, 7445, 7446, 7459, 7460, 7461, 7462, 7463, 7464, 7465, 7466, 7467, 7468, 7469, 7470, 7471, 7472, 7473, 7474, 7475, 7476, 7477, 7478, 7479, 7480, 7493, 7494, 7495, 7496, 7497, 7498, 7499, 7500, 7501, 7502, 7503, 7504, 7505, 7506, 7507, 7508, 7509, 7510, 7511, 7512, 7513, 7514, 7664, 7665, 7666, 7667, 7668, 7670, 7671, 7672, 7673, 7674, 7675, 7676, 7677, 7678, 7679, 7680, 7681, 7682, 7683, 7684, 7685, 7686, 10783, 10784, 10785, 10786, 10787, 10788, 10789, 10790, 10791, 10792, 10793, 10794, 10795, 10796, 10797, 10798, 10799, 10800, 10801, 10802, 10803, 10804, 11154, 11155, 11156, 11157, 11158, 11159, 11160, 11161, 11162, 11163, 11164, 11165, 11166, 11167, 11168, 11169, 11170, 11171, 11172, 11173, 11174, 11175, 11184, 11185, 11186, 11187, 11188, 11189, 11190, 11191, 11192, 11193, 11194, 11195, 11196, 11197, 11198, 11199, 11200, 11201, 11202, 11203, 11204, 11205]), Anchor::Lits(&[2140, 2442])])])),
            (49, "address-the-model", Anchor::Any(&[Anchor::Lits(&[154, 155, 156, 157, 1816, 1817, 2468, 2469, 2603, 2604, 2702, 2703, 2942, 2943, 3169, 3170, 3172, 3173, 8309, 8310, 8321, 8325, 8657, 8659, 8661, 8662, 9251, 9252, 9393, 9394, 11152, 11153]), Anchor::All(&[Anchor::Lits(&[7517]), Anchor::Lits(&[2602, 2701, 2941, 3171, 3408])])])),
            (50, "unrestricted-mode", Anchor::Any(&[Anchor::Lits(&[5013, 5026, 5537, 5836, 5934, 5945, 6380, 6719, 7064, 7200, 7308, 7701, 7702, 7703, 7704, 7705, 7706, 7707, 7708, 7709, 7710, 7711, 7712, 7713, 7714, 7715, 7717, 7718, 7719, 7720, 7721, 7722, 7723, 7724, 7725, 7726, 7727, 7728, 7729, 7730, 7731, 7732, 7740, 7741, 7749, 7750, 7751, 7752, 7753, 7754, 7755, 7756, 7757, 7758, 7759, 7760, 7761, 7762, 7763, 7764, 7765, 7766, 7767, 7768, 7769, 7777, 7778, 7779, 7780, 7781, 7782, 8025, 8026, 8027, 8028, 8029, 8030, 8031, 8032, 8033, 8034, 8035, 8036, 8037, 8038, 8039, 8040, 8041, 8042, 8043, 8044, 8045, 8046, 8047, 8048, 8049, 8050, 8051, 8052, 8053, 8054, 8055, 8056, 8057, 8058, 8059, 8060, 8061, 8062, 8063, 8064, 8065, 8066, 8067, 8068, 8069, 8070, 8071, 8072, 8073, 8074, 8075, 8076, 8077, 8078, 8079, 8080, 8081, 8082, 8083, 8084, 8104, 8106, 8108, 8115, 8266, 8589, 8590, 8592, 8641, 8806, 8855, 9342, 10025, 10150, 10953, 10954, 10956, 10993, 11007, 11011, 11026, 11027]), Anchor::All(&[Anchor::Lits(&[144, 158, 765, 949, 990, 996, 997, 1429, 1470, 1596, 1645, 1675, 1921, 1934, 1939, 1953, 2058, 2253, 2254, 2255, 2315, 2399, 2416, 2713, 3084, 3163, 3734, 3735, 3737, 3741, 3752, 3754, 3757, 3759]), Anchor::Lits(&[4847, 4848, 4962, 5068, 5193, 5271, 5280, 5363, 6556, 6557, 6558, 6559, 7188, 7201, 7234, 7880, 8669, 8852, 9063, 9265, 9266, 9267, 9392, 9412, 9489, 9584, 10048, 10179, 10187, 10195, 10927, 11010, 11183, 11547])])])),
            (51, "dan-persona", Anchor::Lits(&[43, 44, 45, 46, 47, 48, 49, 50, 53, 54, 55, 56, 57, 58, 59, 60, 106, 114, 116, 596, 604, 606, 634, 635, 636, 637, 638, 639, 640, 641, 716, 724, 726, 768, 770, 772, 779, 781, 783, 948, 950, 951, 952, 953, 1083, 2143, 2151, 2153, 2494, 2496, 2498, 2531, 2532, 2533, 2534, 2535, 2536, 2537, 2538, 2562, 2563, 2564, 2565, 2566, 2567, 2568, 2569, 2809, 2810, 2811, 2812, 2813, 2814, 2815, 2816, 2818, 2819, 2820, 2821, 2822, 2823, 2824, 2825, 3794, 3795, 3796, 4149, 4150, 4152, 4157, 4158, 4159, 4160, 4161, 4162, 4163, 4164, 4168, 4275, 4276, 4277, 4278, 4279, 4280, 4281, 4282, 4287, 4288, 4289, 4290, 4291, 4292, 4293, 4294, 4339, 4340, 4341, 4342, 4343, 4344, 4345, 4346, 4728, 4729, 4730, 4733, 4734, 4735, 4736, 4738])),
            (52, "unrestricted-persona", Anchor::All(&[Anchor::Any(&[Anchor::Lits(&[200, 746, 1150, 2229, 4061, 5012, 5775, 5835, 5948, 6717, 7306, 7320, 7693, 8105, 8114, 8220, 8242, 8265, 8301, 8502, 8588, 8591, 8640, 8642, 9343, 9543, 9555, 9562, 10940, 10952, 10955, 10957, 10958, 10991, 10992, 11006, 11023, 11024, 11025, 11031, 11336, 11340, 11372, 11375, 11376, 11377, 11378, 11379, 11380, 11390, 11393, 11395, 11396, 11399, 11402, 11403, 11408, 11419, 11421, 11424, 11435, 11453, 11454]), Anchor::All(&[Anchor::Lits(&[10380, 10381, 10382, 10383, 10384, 10385, 10386, 10389, 10390, 10393, 10394, 10395, 10396, 11240, 11241, 11242, 11243, 11244, 11245, 11246, 11247, 11248, 11249, 11250, 11251, 11252, 11268, 11269, 11270, 11271, 11272, 11273, 11274, 11275, 11276, 11277, 11278, 11279, 11280]), Anchor::Lits(&[5365, 6640, 6798, 7295, 7973, 8267, 8380, 9085, 9498, 9563, 9635])])]), Anchor::Lits(&[42, 52, 198, 632, 633, 664, 674, 675, 766, 792, 862, 1443, 1444, 1810, 2414, 2527, 2528, 2529, 2530, 2601, 2714, 2731, 2755, 2758, 2805, 2808, 2817, 3044, 3045, 3082, 3086, 3089, 3256, 3700, 3711, 4148, 4274, 4727])])),
            (53, "unrestricted-persona-loose", Anchor::Any(&[Anchor::Lits(&[143, 1469, 1948, 3277, 3278, 3279, 3280, 3281, 3282, 3283, 3284, 3285, 3286, 3287, 3288, 3289, 3290, 3291, 3292, 3293, 3294, 3295, 3296, 3297, 3298, 3299, 3300, 3301, 3302, 3303, 3304, 3313, 3314, 3315, 3316, 3317, 3318, 3319, 3339, 3343, 3353, 3354, 3357, 3360, 3361, 3372, 3373, 3374, 3375, 3376, 3377, 3378, 3379, 3380, 3381, 3382, 3383, 3384, 3385, 3413, 3736, 3740, 3756, 3868, 3869, 3870, 3871, 3872, 3873, 3874, 3875, 3876, 3877, 3878, 3879, 3880, 3881, 3882, 3883, 3884, 3885, 3886, 3887, 3888, 3889, 3890, 3891, 3892, 3893, 3894, 3895, 3903, 3904, 3905, 3906, 3907, 3908, 3909, 3928, 3929, 3930, 3931, 3934, 3935, 3936, 3937, 3938, 3939, 3940, 3941, 3942, 3943, 3944, 3945, 3946, 3947, 3948, 3949, 3950, 3970, 3980, 3981, 3982, 3983, 3984, 3985, 3986, 3987, 3988, 3989, 3990, 3991, 3992, 3993, 3994, 3995, 3996, 3997, 3998, 3999, 4000, 4001, 4002, 4003, 4004, 4005, 4006, 4007, 4010, 4011, 4012, 4013, 4014, 4015, 4016, 4027, 4028, 4029, 4030, 4033, 4034, 4035, 4036, 4037, 4038, 4039, 4040, 4041, 4042, 4043, 4044, 4045, 4046, 4047, 4048, 4049, 4059, 10123]), Anchor::All(&[Anchor::Lits(&[142, 199, 200, 201, 202, 1152, 1153, 1154, 1155, 1156, 1157, 1158, 1159, 1160, 1161, 1162, 1163, 1164, 1165, 1166, 1167, 1168, 1169, 1170, 1171, 1172, 1173, 1174, 1175, 1176, 1177, 1178, 1179, 1180, 1181, 1182, 1183, 1184, 1185, 1186, 1187, 1188, 1189, 1190, 1191, 1192, 1193, 1194, 1195, 1196, 1197, 1198, 1199, 1200, 1201, 1202, 1203, 1204, 1205, 1207, 1208, 1209, 1210, 1211, 1212, 1213, 1214, 1215, 1216, 1217, 1218, 1219, 1220, 1221, 1222, 1223, 1224, 1225, 1226, 1227, 1228, 1229, 1230, 1231, 1232, 1233, 1234, 1235, 1236, 1237, 1238, 1239, 1240, 1241, 1242, 1243, 1244, 1245, 1246, 1247, 1248, 1249, 1250, 1251, 1252, 1253, 1254, 1255, 1256, 1257, 1258, 1259, 1260, 1281, 1282, 1283, 1284, 1285, 1286, 1287, 1288, 1289, 1290, 1291, 1292, 1293, 1294, 1295, 1296, 1297, 1298, 1299, 1300, 1301, 1302, 1303, 1304, 1305, 1306, 1307, 1308, 1309, 1310, 1311, 1312, 1313, 1314, 1315, 1316, 1317, 1318, 1319, 1320, 1321, 1322, 1323, 1324, 1325, 1326, 1327, 1328, 1329, 1330, 1331, 1332, 1333, 1334, 2201, 2211, 2229, 2235, 2369, 2370, 2372]), Anchor::Lits(&[3275, 3866, 3978])]), Anchor::All(&[Anchor::Lits(&[183, 741, 1593, 1594, 4081, 4098]), Anchor::Lits(&[5365, 5532, 5751, 6640, 6798, 7266, 7295, 8254, 8267, 8380, 9494, 9498, 9563, 9635])]), Anchor::All(&[Anchor::Lits(&[3311, 3312, 3324, 3325, 3326, 3327, 3328, 3329, 3330, 3331, 3332, 3335, 3355, 3356, 3386, 3389, 3390, 3391, 3392, 3399, 3400, 3401, 3402, 3901, 3902, 3914, 3915, 3916, 3917, 3918, 3919, 3920, 3921, 3922, 3925, 3932, 3933, 3951, 3952, 3953, 3954, 3955, 3960, 3961, 3962, 3963, 4008, 4009, 4017, 4018, 4019, 4020, 4021, 4022, 4023, 4024, 4025, 4026, 4031, 4032, 4050, 4051, 4052, 4053, 4054, 4055, 4056, 4057, 4058]), Anchor::Lits(&[5365, 5751, 6640, 6798, 7295, 7973, 8267, 8380, 9085, 9498, 9563, 9635])])])),
            (54, "persona-replaces-assistant", Anchor::Any(&[Anchor::Lits(&[1081, 2332, 6550, 6551, 6552, 6553, 6554, 6555, 7691, 7692, 9276, 9883, 9884, 9885, 9886, 9887, 9888, 10076, 11552, 11714, 12091]), Anchor::All(&[Anchor::Lits(&[105, 113, 115, 117, 124, 125, 126, 127, 595, 603, 605, 607, 715, 723, 725, 727, 767, 769, 771, 773, 778, 780, 782, 784, 2142, 2150, 2152, 2154, 2493, 2495, 2497, 2499]), Anchor::Lits(&[4799, 4800, 4801, 4802, 5014, 5015, 5016, 5017, 5066])])])),
            (55, "no-restrictions", Anchor::Any(&[Anchor::All(&[Anchor::Lits(&[5569, 5570, 5571, 5576, 5577, 5578, 5579, 5581, 5582, 5583, 5584, 5585, 5586, 5587, 5588, 5589, 5590, 5591, 5592, 5593, 5597, 5777, 5778, 5779, 5784, 5785, 5786, 5787, 5789, 5790, 5791, 5792, 5793, 5794, 5795, 5796, 5797, 5798, 5799, 5800, 5801, 5808, 7205, 7206, 7207, 7212, 7213, 7214, 7215, 7217, 7218, 7219, 7220, 7221, 7222, 7223, 7224, 7225, 7226, 7227, 7228, 7229, 7233, 10424, 10425, 10426, 10431, 10432, 10433, 10434, 10436, 10437, 10438, 10439, 10440, 10441, 10442, 10443, 10444, 10445, 10446, 10447, 10448, 10452, 10455, 10456, 10457, 10462, 10463, 10464, 10465, 10467, 10468, 10469, 10470, 10471, 10472, 10473, 10474, 10475, 10476, 10477, 10478, 10479, 10483, 10520, 10521, 10522, 10527, 10528, 10529, 10530, 10532, 10533, 10534, 10535, 10536, 10537, 10538, 10539, 10540, 10541, 10542, 10543, 10544, 10548, 10717, 10718, 10719, 10724, 10725, 10726, 10727, 10729, 10730, 10731, 10732, 10733, 10734, 10735, 10736, 10737, 10738, 10739, 10740, 10741, 10745, 10747, 10748, 10749, 10754, 10755, 10756, 10757, 10759, 10760, 10761, 10762, 10763, 10764, 10765, 10766, 10767, 10768, 10769, 10770, 10771, 10775, 10806, 10807, 10808, 10813, 10814, 10815, 10816, 10818, 10819, 10820, 10821, 10822, 10823, 10824, 10825, 10826, 10827, 10828, 10829, 10830, 10834, 11534, 11563, 11566, 11617, 11618, 11619, 11659, 11676, 11677, 11678, 11681, 11682, 11683, 11684, 11685, 11688, 11689, 11696, 11703, 11704, 11773, 12101, 12102, 12103, 12108, 12109, 12110, 12111, 12113, 12114, 12115, 12116, 12117, 12118, 12119, 12120, 12121, 12122, 12123, 12124, 12125, 12129]), Anchor::Lits(&[5532, 5705, 5743, 5749, 5751, 6640, 7255, 7266, 7295, 8254, 8269, 8370, 8377, 8380, 9139, 9492, 9498, 9580, 9626, 9647, 9653, 9669, 9676])]), Anchor::All(&[Anchor::Lits(&[1097, 1116, 1128, 1368, 1387, 1399, 2264, 2275, 2282, 2287, 2288, 2289]), Anchor::Lits(&[5532, 5705, 5743, 5749, 5751, 6640, 7255, 7266, 7295, 8254, 8269, 8370, 8377, 8380, 9139, 9492, 9498, 9580, 9626, 9647, 9653, 9669, 9676])]), Anchor::All(&[Anchor::Lits(&[5568, 5572, 5573, 5574, 5575, 5576, 5577, 5578, 5580, 5594, 5595, 5596, 5776, 5780, 5781, 5782, 5783, 5784, 5785, 5786, 5788, 5805, 5806, 5807, 7204, 7208, 7209, 7210, 7211, 7212, 7213, 7214, 7216, 7230, 7231, 7232, 10423, 10427, 10428, 10429, 10430, 10431, 10432, 10433, 10435, 10449, 10450, 10451, 10454, 10458, 10459, 10460, 10461, 10462, 10463, 10464, 10466, 10480, 10481, 10482, 10519, 10523, 10524, 10525, 10526, 10527, 10528, 10529, 10531, 10545, 10546, 10547, 10716, 10720, 10721, 10722, 10723, 10724, 10725, 10726, 10728, 10742, 10743, 10744, 10746, 10750, 10751, 10752, 10753, 10754, 10755, 10756, 10758, 10772, 10773, 10774, 10805, 10809, 10810, 10811, 10812, 10813, 10814, 10815, 10817, 10831, 10832, 10833, 11531, 11599, 11600, 11601, 11602, 11617, 11618, 11619, 11661, 11744, 11745, 11771, 12100, 12104, 12105, 12106, 12107, 12108, 12109, 12110, 12112, 12126, 12127, 12128]), Anchor::Lits(&[4835, 5230, 5257, 7420, 7689, 7716, 8240, 9120, 10169, 10677]), Anchor::Lits(&[5365, 5532, 5705, 5724, 5751, 6640, 6798, 7255, 7266, 7295, 8254, 8267, 8370, 8377, 8380, 9085, 9139, 9180, 9492, 9498, 9563, 9626, 9653])])])),
            (56, "rules-do-not-apply", Anchor::Any(&[Anchor::All(&[Anchor::Lits(&[215, 216, 217, 218, 219, 220, 221, 222, 223, 224, 225, 226, 227, 228, 229, 230, 231, 232, 233, 234, 235, 236, 237, 238, 686, 687, 688, 689, 690, 691, 692, 693, 694, 695, 696, 697, 698, 699, 700, 701, 702, 703, 704, 705, 706, 707, 708, 709, 803, 804, 805, 806, 807, 808, 809, 810, 811, 812, 813, 814, 815, 816, 817, 818, 819, 820, 821, 822, 823, 824, 825, 826, 922, 923, 924, 925, 926, 927, 928, 929, 930, 931, 932, 933, 934, 935, 936, 937, 938, 939, 940, 941, 942, 943, 944, 945, 1480, 1481, 1482, 1483, 1484, 1485, 1486, 1487, 1488, 1489, 1490, 1491, 1492, 1493, 1494, 1495, 1496, 1497, 1498, 1499, 1500, 1501, 1502, 1503, 1718, 1719, 1720, 1721, 1722, 1723, 1724, 1725, 1726, 1727, 1728, 1729, 1730, 1731, 1732, 1733, 1734, 1735, 1736, 1737, 1738, 1739, 1740, 1741, 2028, 2029, 2030, 2031, 2032, 2033, 2034, 2035, 2036, 2037, 2038, 2039, 2040, 2041, 2042, 2043, 2044, 2045, 2046, 2047, 2048, 2049, 2050, 2051, 2107, 2108, 2109, 2110, 2111, 2112, 2113, 2114, 2115, 2116, 2117, 2118, 2119, 2120, 2121, 2122, 2123, 2124, 2125, 2126, 2127, 2128, 2129, 2130, 2763, 2764, 2765, 2766, 2767, 2768, 2769, 2770, 2771, 2772, 2773, 2774, 2775, 2776, 2777, 2778, 2779, 2780, 2781, 2782, 2783, 2784, 2785, 2786]), Anchor::Lits(&[750, 751, 1001, 1020, 1085, 1261, 1335, 1354, 2184, 2256, 4062, 4121])]), Anchor::All(&[Anchor::Lits(&[1003, 1006, 1010, 1015, 1022, 1025, 1029, 1034, 1087, 1090, 1108, 1123, 1263, 1266, 1270, 1275, 1337, 1340, 1344, 1349, 1356, 1359, 1379, 1394, 2186, 2189, 2203, 2218, 2258, 2261, 2269, 2279]), Anchor::Lits(&[4835, 5230, 5257, 7689, 8240, 9120, 10169])])])),
            (57, "no-rules-apply", Anchor::Any(&[Anchor::Lits(&[8651, 8652, 8653, 8654, 10549]), Anchor::All(&[Anchor::Lits(&[10678, 10679, 10680, 10681, 10682, 10683, 10684, 10685]), Anchor::Lits(&[5365, 6798, 7266, 7295, 8254, 8267, 9498, 9563])])])),
            (58, "freed-from-limits", Anchor::Lits(&[737, 738, 739, 1453, 1454, 1479, 1593, 1595, 2007, 2263, 2278, 2283, 2321, 2323, 2325, 2725, 3733, 3738, 3739, 3760])),
            (59, "respond-without-limits", Anchor::Any(&[Anchor::Lits(&[5011, 5204, 5205, 5206, 5207, 5208, 5475, 5476, 5477, 5478, 5479, 5480, 5481, 5482, 5483, 5484, 6196, 6197, 6236, 6237, 6243, 6300, 6301, 6340, 6341, 6347, 8304, 8305, 8306, 8307, 8308, 8382, 8383, 8384, 8385, 8386, 8387, 8388, 8389, 8390, 8391, 8528, 8529, 8556, 8557, 8562, 8584, 8586, 8587, 8622, 8623, 8638, 8639, 8643, 9830, 9831, 9832, 9833, 9834, 9835, 9836, 9837, 9838, 9839, 11281, 11282, 11287, 11288, 11290, 11323, 11324, 11325, 11326, 11327, 11328, 11329, 11330, 11331, 11332, 11333, 11335, 11338, 11341, 11342, 11344, 11345, 11390, 11391, 11392, 11394, 11397, 11398, 11400, 11401, 11402, 11408, 11409, 11416, 11420, 11426, 11434, 11451, 11452, 11453, 11481, 11482, 11487, 11488, 11490]), Anchor::All(&[Anchor::Lits(&[7050, 7652, 9377, 11322, 11371, 11384]), Anchor::Lits(&[4878, 5532, 5740, 5749, 5751, 5753, 6626, 6627, 6628, 6629, 6631, 6633, 6635, 6636, 6640, 7255, 7266, 8367, 8369, 8370, 8372, 8373, 8374, 8375, 8376, 8380, 9626, 9639, 9641, 9643, 9645, 9649, 9651, 9653, 9657, 9659, 9661, 9665, 9669, 9676])]), Anchor::All(&[Anchor::Lits(&[4961, 5101, 7661, 8773, 11349, 11480]), Anchor::Lits(&[4878, 5365, 5668, 5705, 5724, 5975, 6640, 6796, 7266, 7295, 7973, 8254, 8267, 8380, 9085, 9087, 9139, 9180, 9247, 9498, 9563, 9626, 9635, 10881])])])),
            (60, "pre-safety-self", Anchor::Any(&[Anchor::Lits(&[5332, 5333, 5334, 5335, 5336, 5337, 5338, 5339, 5340, 5341, 5342, 5343, 5344, 5345, 5346, 5347, 5348, 5349, 5350, 5351, 5352, 5353, 5354, 5355, 5356]), Anchor::All(&[Anchor::Lits(&[2380, 2381, 2382, 2384, 2385, 2386]), Anchor::Lits(&[5471, 5472, 7310, 7311, 7321, 7329, 7330, 7331, 9828, 9829])]), Anchor::All(&[Anchor::Lits(&[5406, 5407, 5773, 5774, 7949, 7950, 8365, 8366, 9390, 9391, 10040, 10041, 11107, 11108]), Anchor::Lits(&[5331, 7050, 9160, 10389, 10390, 11322, 11384])])])),
            (61, "stay-in-character", Anchor::Lits(&[1093, 1094, 1121, 1364, 1365, 1392, 1966, 2192, 2193, 2216, 2726, 3094, 3095, 3096, 3097, 3098, 3099, 3100, 3101, 3102, 3103, 3104, 3105, 3106])),
            (62, "jailbreak-template", Anchor::Any(&[Anchor::Lits(&[1709, 1713, 1714, 1715, 1868, 1869, 1870, 1871, 2595, 2596, 2597, 2598, 2618, 2619, 2623, 2624, 2917, 2919, 2920, 2921, 7322, 7323, 7324, 7325, 7326, 7327, 7328, 7332, 7333, 7334, 7335, 7336, 7337, 7338, 8379, 11101, 11334, 11336, 11337, 11339, 11343, 11345, 11346]), Anchor::All(&[Anchor::Lits(&[5209, 5210, 5211, 5212, 5213, 5214, 5215, 5216, 5217, 5218, 5219, 5220, 5221, 5222, 5223, 5224, 5225, 5226, 5227, 5228, 5229, 5231, 5232, 5233, 5234, 5235, 5236, 5237, 7694, 7695, 7696, 7697, 7698, 7699, 7700, 7733, 7734, 7735, 7736, 7737, 7738, 7739, 7742, 7743, 7744, 7745, 7746, 7747, 7748, 7770, 7771, 7772, 7773, 7774, 7775, 7776, 11301, 11302, 11303, 11304, 11305, 11306, 11307, 11308, 11309, 11310, 11311, 11312, 11313, 11314, 11315, 11316, 11317, 11318, 11319, 11320, 11321, 11364, 11365, 11366, 11367, 11368, 11369, 11370]), Anchor::Lits(&[5067, 9411, 9488, 10004, 10303, 11516])])])),
            (63, "jailbreak", Anchor::Lits(&[842, 843, 1613, 1614, 1761, 1762, 1763, 1916, 1917, 1918, 1919, 1920, 1921, 1922, 1923, 1924, 1925, 1926, 1927, 1928, 1929, 1930, 1931, 1932, 1933, 1934, 1935, 1936, 1937, 1938, 1939, 1940, 1941, 1942, 1943, 1944, 1945, 1946, 1947, 1949, 1950, 1951, 1952, 1953, 1954, 1955, 2330, 2331, 2578, 2906, 3160, 3161, 3831, 3832, 4155, 4156, 4228, 4229, 4731, 4732, 4756, 4757])),
            (64, "evil-twin", Anchor::All(&[Anchor::Lits(&[4378, 4448, 4483, 4490, 4497, 4500, 4592, 4639, 4671, 4672, 4688, 4704, 4706, 4707, 4708]), Anchor::Lits(&[6539, 7516, 8364, 9074, 9075, 9788, 9857, 10935, 11106])])),
            (65, "pretend-safeguards-absent", Anchor::All(&[Anchor::Lits(&[257, 258, 259, 260, 261, 262, 263, 264, 265, 266, 267, 268, 269, 270, 273, 274, 275, 276, 277, 278, 279, 280, 281, 282, 283, 284, 285, 286, 1002, 1004, 1005, 1007, 1008, 1009, 1011, 1012, 1013, 1014, 1016, 1017, 1018, 1019, 1021, 1023, 1024, 1026, 1027, 1028, 1030, 1031, 1032, 1033, 1035, 1036, 1037, 1038, 1086, 1088, 1089, 1091, 1104, 1105, 1109, 1110, 1111, 1117, 1124, 1127, 1141, 1145, 1262, 1264, 1265, 1267, 1268, 1269, 1271, 1272, 1273, 1274, 1276, 1277, 1278, 1279, 1336, 1338, 1339, 1341, 1342, 1343, 1345, 1346, 1347, 1348, 1350, 1351, 1352, 1353, 1355, 1357, 1358, 1360, 1375, 1376, 1380, 1381, 1382, 1388, 1395, 1398, 1412, 1416, 1879, 1880, 1881, 1882, 1883, 1884, 1885, 1886, 1887, 1888, 1889, 1890, 1891, 1892, 1895, 1896, 1897, 1898, 1899, 1900, 1901, 1902, 1903, 1904, 1905, 1906, 1907, 1908, 2185, 2187, 2188, 2190, 2200, 2202, 2204, 2205, 2206, 2212, 2219, 2225, 2240, 2244, 2257, 2259, 2260, 2262, 2265, 2266, 2270, 2271, 2272, 2277, 2280, 2281, 2284, 2286, 3803, 3804, 3805, 3806, 3807, 3808, 3809, 3810, 3811, 3812, 3813, 3814, 3815, 3816, 3817, 3818, 3819, 3820, 3821, 3822, 3823, 3824, 3825, 3826, 3827, 3828, 3829, 3830, 3835, 3836, 3837, 3838, 3839, 3840, 3841, 3842, 3843, 3844, 3845, 3846, 3847, 3848, 3850, 3851, 3852, 3853, 3854, 3855, 3856, 3857, 3858, 3859, 3860, 3861, 3862, 3863]), Anchor::Lits(&[51, 294, 329, 616, 1809, 2006, 2561, 3192])])),
            (66, "bedtime-story-exploit", Anchor::All(&[Anchor::Lits(&[955, 960, 976, 1980, 2473, 2895]), Anchor::Lits(&[141, 1430, 1463, 3774, 3979, 4124]), Anchor::Lits(&[7108, 7161, 7186, 8272, 8273, 8293, 9317, 9322, 9344, 9345, 9346, 9678, 9691, 9701, 9707, 9825, 9826, 9827, 9840, 9841, 9889, 9890, 10018, 10020, 10328, 10364, 10859, 11253, 11254, 11255])])),
            (67, "simulated-privileged-shell", Anchor::Lits(&[1680, 1681, 1682, 1683, 1684, 1685, 1686, 1687, 1688, 1689, 1690, 1691, 1692, 1693, 1694, 1695, 1696, 1697, 1698, 1699, 1700, 1701, 1702, 1703, 1704, 1705, 1706, 2846, 2847, 2848, 2849, 2850, 2851, 2852, 2853, 2854, 2855, 2856, 2857, 2858, 2859, 2860, 2861, 2862, 2863, 2864, 2865, 2866, 2867, 2868, 2869, 2870, 2871, 2872, 3340, 3341, 3342, 3344, 3345, 3346, 3347, 3348, 3349, 3350, 3351, 3352, 3353, 3354, 3357, 3358, 3359, 3362, 3363, 3364, 3365, 3366, 3367, 3368, 3369, 3370, 3371, 4065, 4066, 4067, 4070, 4071, 4072, 4073, 4074, 4075, 4076, 4077, 4078, 4079, 4080, 4083, 4084, 4085, 4086, 4087, 4088, 4089, 4090, 4091, 4092, 4093, 4094, 4095])),
            (68, "self-escalation", Anchor::Lits(&[4863, 4864, 4865, 4866, 4867, 4868, 5247, 5248, 5249, 5250, 5251, 5252, 5253, 5301, 5302, 5303, 5304, 5305, 5306, 5307, 6540, 6541, 6542, 6543, 6544, 6545, 6546, 6571, 6572, 6573, 6574, 6575, 6576, 6577, 7162, 7170, 7171, 7172, 7173, 7174, 7175, 7236, 7237, 7238, 7239, 7240, 7241, 7242, 8205, 8206, 8207, 9192, 9193, 9194, 9195, 9196, 9197, 9198, 9546, 9547, 9548, 10203, 10207, 10235])),
            (69, "blind-execution", Anchor::Lits(&[210, 211, 212, 213, 214, 239, 752, 753, 754, 755, 756, 757, 1082, 1084, 1149, 1151, 1206, 1280, 1473, 1474, 1475, 1476, 1477, 1478, 1539, 1540, 1541, 1545, 1546, 1547, 2365, 2366, 2367, 2371, 2373, 2374, 2843, 2844, 2845, 2873, 2874, 2875])),
            (70, "forbidden-becomes-required", Anchor::Any(&[Anchor::Lits(&[8854]), Anchor::All(&[Anchor::Lits(&[4925, 4926, 4930, 4961, 5124, 5125, 5129, 5139, 6701, 6702, 6706, 6716, 11229, 11230, 11231, 11232]), Anchor::Lits(&[5366, 5533, 5619, 5669, 5706, 5725, 5752, 5957, 5966, 5976, 6641, 6799, 7256, 7267, 7278, 7287, 7296, 7965, 7974, 8255, 8268, 8371, 8378, 8381, 9086, 9140, 9181, 9200, 9229, 9493, 9495, 9499, 9564, 9627, 9654, 10209, 10217, 10882]), Anchor::Lits(&[5310, 5361, 6015, 6909, 9123, 9191, 9496, 9703, 9704, 9705, 10362])])])),
            (71, "malicious-persona", Anchor::Any(&[Anchor::All(&[Anchor::Any(&[Anchor::Lits(&[5401, 5403, 5404, 5405, 6383, 6384, 6385, 6386, 6387, 6388, 6389, 6390, 6391, 6392, 6393, 6394, 6395, 6396, 6397, 6398, 6399, 6400, 6401, 6402, 6597, 6598, 6599, 6600, 6780, 10053, 10054]), Anchor::All(&[Anchor::Lits(&[8222, 8223]), Anchor::Lits(&[5831, 5837, 8208, 9020, 9724, 10857])])]), Anchor::Lits(&[3276, 3867, 3979])]), Anchor::All(&[Anchor::Lits(&[5258, 5359, 5360, 5828, 5833, 6027, 6718, 7049, 7307, 7309, 7940, 8302, 9544, 9623, 9716, 10021, 10713]), Anchor::Lits(&[4834, 4846, 5313, 5316, 9079, 9080, 9882, 11531, 12084]), Anchor::Any(&[Anchor::Lits(&[4832, 4833, 5010, 5140, 5402, 5829, 5831, 5897, 5922, 5994, 5995, 5996, 5998, 5999, 6000, 6002, 6004, 6360, 6381, 6780, 6793, 7304, 8221, 8879, 8976, 9020, 9077, 9167, 9724, 9771, 9973, 10023, 10052, 10857, 10914, 11291]), Anchor::All(&[Anchor::Lits(&[7235]), Anchor::Lits(&[4833, 4881, 8879, 8976, 9771, 10196])]), Anchor::All(&[Anchor::Lits(&[3672, 3673, 3674, 3675, 3676, 3677, 3678, 3679, 3680, 3682, 3683, 3684, 3685]), Anchor::Lits(&[5771, 6449, 6547, 6793, 7028, 8221, 9090, 9789, 10890, 11008, 11035])])])])])),
            (72, "third-party-permission", Anchor::All(&[Anchor::Lits(&[4969, 4970, 4971, 4972, 4973, 4974, 4975, 4976, 5194, 5195, 5196, 5197, 5198, 5199, 5200, 5201, 5239, 5240, 5241, 5242, 5243, 5244, 5245, 5246, 5272, 5273, 5274, 5275, 5276, 5277, 5278, 5279, 5281, 5282, 5283, 5284, 5285, 5286, 5287, 5288, 5602, 5603, 5604, 5605, 5606, 5607, 5608, 5609, 5907, 5908, 5909, 5910, 5911, 5912, 5913, 5914, 6782, 6783, 6784, 6785, 6786, 6787, 6788, 6789, 7109, 7110, 7111, 7112, 7113, 7114, 7115, 7116, 7178, 7179, 7180, 7181, 7182, 7183, 7184, 7185, 7243, 7244, 7245, 7246, 7247, 7248, 7249, 7250, 7941, 7942, 7943, 7944, 7945, 7946, 7947, 7948, 7955, 7956, 7957, 7958, 7959, 7960, 7961, 7962, 8494, 8495, 8496, 8497, 8498, 8499, 8500, 8501, 8789, 8790, 8791, 8792, 8793, 8794, 8795, 8796, 8859, 8860, 8861, 8862, 8863, 8864, 8865, 8866, 8869, 8872, 8873, 8874, 8875, 8876, 8877, 8878, 9064, 9065, 9066, 9067, 9068, 9069, 9070, 9071, 9472, 9473, 9474, 9475, 9476, 9477, 9478, 9479, 9679, 9682, 9683, 9684, 9685, 9686, 9687, 9689, 9708, 9709, 9710, 9711, 9712, 9713, 9714, 9715, 9861, 9862, 9863, 9864, 9865, 9866, 9867, 9868, 10860, 10861, 10862, 10863, 10864, 10865, 10866, 10867, 11142, 11143, 11144, 11145, 11146, 11147, 11148, 11149]), Anchor::Lits(&[5439, 5547, 5898, 5992, 6361, 6642, 6727, 6781, 6794, 7235, 7537, 8932, 9395, 9583, 9897, 10180, 10915, 10920, 11009, 11292])])),
            (73, "privileged-identity", Anchor::Lits(&[139, 253, 625, 627, 791, 1434, 1445, 1656, 3753, 3977, 4148, 4274, 4727])),
            (74, "disable-safety", Anchor::Any(&[Anchor::Lits(&[4807, 4810, 4811, 4812, 4814, 5368, 5369, 5370, 5371, 5372, 5373, 5374, 5375, 5376, 5377, 5378, 5379, 5380, 5381, 5382, 5383, 5384, 5385, 5386, 5387, 5388, 5389, 5390, 5391, 5392, 5393, 5394, 5395, 5396, 5397, 5398, 5399, 5400, 5442, 5445, 5447, 5449, 5452, 5455, 5456, 5457, 5458, 5460, 5548, 5549, 5550, 5551, 5553, 5555, 5556, 5557, 5558, 5560, 5840, 5841, 5842, 5843, 5845, 5848, 5849, 5850, 5851, 5853, 5869, 5870, 5871, 5872, 5874, 5993, 5997, 6001, 6003, 6006, 6009, 6010, 6011, 6012, 6014, 6066, 6117, 6126, 6130, 6141, 6145, 6148, 6149, 6150, 6152, 6579, 6580, 6581, 6582, 6583, 6584, 6585, 6586, 6587, 6588, 6589, 6590, 6591, 6593, 6594, 6595, 6596, 6602, 6603, 6604, 6605, 6606, 6607, 6608, 6609, 6610, 6611, 6612, 6613, 6614, 6616, 6617, 6618, 6619, 6643, 6644, 6645, 6646, 6648, 6650, 6651, 6652, 6653, 6655, 6939, 6990, 6999, 7003, 7014, 7018, 7021, 7022, 7023, 7025, 7052, 7053, 7054, 7055, 7057, 7059, 7060, 7061, 7062, 7063, 7125, 7126, 7127, 7128, 7130, 7131, 7132, 7133, 7134, 7135, 7136, 7137, 7138, 7139, 7140, 7141, 7142, 7143, 7144, 7145, 7146, 7148, 7149, 7150, 7151, 7152, 7154, 7155, 7156, 7157, 7159, 7559, 7610, 7619, 7623, 7640, 7655, 7658, 7659, 7660, 7662, 8107, 8109, 8110, 8111, 8113, 8244, 8245, 8246, 8247, 8249, 8511, 8512, 8513, 8514, 8516, 8518, 8519, 8520, 8521, 8523, 8935, 8939, 8940, 8942, 8945, 8953, 8957, 8958, 8960, 8963, 9844, 9845, 9846, 9847, 9849, 9851, 9852, 9853, 9854, 9856, 10132, 10133, 10134, 10135, 10137, 10171, 10172, 10173, 10174, 10176, 10181, 10182, 10183, 10184, 10186, 10189, 10190, 10191, 10192, 10194, 10315, 10316, 10317, 10318, 10320, 10921, 10922, 10923, 10924, 10926, 10929, 10930, 10931, 10932, 10934, 10973, 10974, 10975, 10976, 10978, 11494, 11495, 11496, 11497, 11499]), Anchor::All(&[Anchor::Lits(&[4886, 5153, 5155, 5157, 5161, 5163, 5165, 5168, 5170, 5173, 5261, 5264, 5267, 5269, 5532, 5540, 5543, 5695, 5697, 5700, 5702, 5740, 5749, 5751, 5753, 5802, 5809, 6560, 6629, 6631, 6633, 6636, 6638, 6640, 6657, 6800, 7252, 7255, 7264, 7275, 7390, 7398, 7881, 7884, 7886, 7888, 7890, 7893, 7895, 8367, 8380, 9210, 9318, 9348, 9359, 9500, 9526, 9529, 9624, 9637, 9641, 9643, 9645, 9649, 9651, 9653, 9655, 9657, 9659, 9661, 9663, 9665, 9667, 9669, 9671, 9673, 9676, 9692, 9694, 9696, 9752, 9755, 9757, 9759, 9761, 9763, 9765, 9767, 9769, 10510, 10912, 11793]), Anchor::Lits(&[4804, 5290, 5367, 5439, 5454, 5547, 5554, 5839, 5846, 5847, 5868, 5992, 6007, 6008, 6044, 6154, 6199, 6222, 6303, 6326, 6361, 6578, 6601, 6642, 6649, 6913, 7051, 7058, 7124, 7147, 7153, 7305, 7537, 7652, 8211, 8243, 8251, 8297, 8298, 8510, 8517, 8600, 8620, 8932, 8950, 9278, 9389, 9395, 9401, 9843, 9850, 9858, 9897, 9959, 10068, 10122, 10131, 10170, 10178, 10180, 10188, 10314, 10920, 10928, 10972, 11140, 11181, 11384, 11493])]), Anchor::All(&[Anchor::Lits(&[4813, 4961, 5101, 5451, 5459, 5552, 5559, 5844, 5852, 5873, 6005, 6013, 6140, 6151, 6592, 6615, 6647, 6654, 6680, 7013, 7024, 7056, 7129, 7158, 7639, 7661, 8112, 8248, 8515, 8522, 8773, 8944, 8962, 9848, 9855, 10136, 10175, 10185, 10193, 10319, 10638, 10925, 10933, 10977, 11498]), Anchor::Lits(&[4878, 5365, 5668, 5705, 5724, 5975, 6640, 6796, 7266, 7295, 7973, 8254, 8267, 8380, 9085, 9087, 9139, 9180, 9247, 9498, 9563, 9626, 9635, 10881])])])),
            (75, "safety-declared-off", Anchor::All(&[Anchor::Lits(&[4879, 4887, 5154, 5156, 5158, 5159, 5162, 5164, 5166, 5167, 5169, 5171, 5172, 5174, 5262, 5263, 5265, 5266, 5268, 5270, 5533, 5541, 5544, 5696, 5698, 5699, 5701, 5703, 5741, 5742, 5744, 5750, 5752, 5754, 5803, 5804, 5810, 6561, 6630, 6632, 6634, 6637, 6639, 6641, 6658, 6801, 7253, 7254, 7256, 7265, 7267, 7276, 7391, 7399, 7882, 7883, 7885, 7887, 7889, 7891, 7892, 7894, 7896, 8368, 8381, 9211, 9319, 9320, 9349, 9360, 9361, 9501, 9527, 9530, 9625, 9638, 9640, 9642, 9644, 9646, 9648, 9650, 9652, 9654, 9656, 9658, 9660, 9662, 9664, 9666, 9668, 9670, 9672, 9674, 9675, 9677, 9693, 9695, 9697, 9753, 9754, 9756, 9758, 9760, 9762, 9764, 9766, 9768, 9770, 10511, 10913, 11794]), Anchor::Lits(&[5453, 5473, 5474, 5846, 5918, 6007, 7202, 7816, 8250, 8594, 8656, 8774, 8930, 9026, 9400, 9513, 9533, 10177, 11136, 11141])])),
            (76, "skip-approval", Anchor::Any(&[Anchor::Lits(&[5160, 11385, 11388, 11389, 11404, 11405, 11406, 11407, 11411, 11412, 11414, 11415, 11418, 11422, 11423, 11425, 11428, 11442, 11445, 11446, 11447, 11448, 11455, 11460, 11465, 11466, 11467, 11468, 11477, 11478, 11480]), Anchor::All(&[Anchor::Lits(&[349, 350, 351, 352, 353, 354, 355, 356, 357, 358, 359, 360, 361, 362, 363, 364, 365, 366, 367, 368, 369, 370, 371, 372, 373, 374, 375, 376, 377, 378, 379, 380, 381, 382, 383, 384, 385, 386, 387, 388, 389, 390, 391, 392, 393, 394, 395, 396, 397, 398, 399, 400, 401, 402, 403, 404, 405, 406, 407, 408, 409, 410, 411, 412, 413, 414, 415, 416, 417, 418, 419, 420, 421, 422, 423, 424, 425, 426, 427, 428, 429, 430, 431, 432, 433, 434, 435, 436, 437, 438, 439, 440, 441, 442, 443, 444, 445, 446, 447, 448, 449, 450, 451, 452, 453, 454, 455, 456, 457, 458, 459, 460, 461, 462, 463, 464, 465, 466, 467, 468, 473, 474, 475, 476, 477, 478, 479, 480, 481, 482, 483, 484, 485, 486, 487, 488, 489, 490, 491, 492, 493, 494, 495, 496, 497, 498, 499, 500, 501, 502, 503, 504, 505, 506, 507, 508, 509, 510, 511, 512, 513, 514, 515, 516, 517, 518, 519, 520, 521, 522, 523, 524, 525, 526, 527, 528, 529, 530, 531, 532, 533, 534, 535, 536, 537, 538, 539, 540, 541, 542, 543, 544, 545, 546, 547, 548, 549, 550, 551, 552, 553, 554, 555, 556, 557, 558, 559, 560, 561, 562, 563, 564, 565, 566, 567, 568, 569, 570, 571, 572, 573, 574, 575, 576, 577, 578, 579, 580, 581, 582, 583, 584, 585, 586, 587, 588, 589, 590, 591, 592]), Anchor::Lits(&[6185, 6282, 8524, 8629, 9275, 10067, 11383])]), Anchor::All(&[Anchor::Lits(&[6212, 6213, 6214, 6222, 6238, 6316, 6317, 6318, 6326, 6342, 8613, 8614, 8615, 8620, 8621, 8624, 8625, 8626, 8627, 8628, 11283, 11284, 11285, 11286, 11289, 11483, 11484, 11485, 11486, 11489]), Anchor::Lits(&[5151, 5693, 5707, 9061, 9523, 9860, 9869])])])),
            (77, "encoded-instructions", Anchor::Any(&[Anchor::Lits(&[5855, 5856, 5859, 5860, 5862, 5863, 5916, 5917, 11029, 11030]), Anchor::All(&[Anchor::Lits(&[4836, 4837, 4838, 4839, 4840, 4841, 4842, 4843, 4844, 4845, 5141, 5142, 5143, 5144, 5145, 5146, 5147, 5148, 5149, 5150, 5509, 5510, 5511, 5512, 5513, 5514, 5515, 5516, 5523, 5530, 5630, 5653, 5655, 5656, 5658, 5659, 5661, 5662, 5664, 5666, 6262, 6263, 6264, 6265, 6266, 6267, 6268, 6269, 6270, 6271, 6752, 6753, 6754, 6755, 6756, 6757, 6758, 6759, 6766, 6773, 6869, 6877, 6878, 6879, 6880, 6881, 6882, 6883, 6894, 6901, 8721, 8734, 8736, 8737, 8739, 8740, 8742, 8743, 8754, 8761, 9050, 9051, 9052, 9053, 9054, 9055, 9056, 9057, 9058, 9059, 9585, 9586, 9587, 9588, 9589, 9590, 9591, 9592, 9593, 9594]), Anchor::Lits(&[5854, 5858, 5861, 5915, 9521, 9549, 9550, 10891, 10995, 11028]), Anchor::Lits(&[5027, 10639])])])),
            (78, "route-around-the-guard", Anchor::Any(&[Anchor::Lits(&[314, 315, 316, 317, 318, 319, 320, 321, 1048, 1049, 1050, 1051, 1052, 1053, 1054, 1055, 2684, 2685, 2686, 2687, 2688, 2689, 2690, 2691, 3151, 3152, 3153, 3154, 3155, 3156, 3157, 3158, 3742, 3743, 3744, 3745, 3746, 3747, 3748, 3749, 3762, 3763, 3764, 3765, 3766, 3767, 3768, 3769]), Anchor::All(&[Anchor::Lits(&[5291, 5292, 5293, 5294, 5295, 5296, 5297, 5298, 5299, 5300, 6232, 6233, 6234, 6235, 6239, 6240, 6241, 6242, 6244, 6245, 6336, 6337, 6338, 6339, 6343, 6344, 6345, 6346, 6348, 6349, 8552, 8553, 8554, 8555, 8558, 8559, 8560, 8561, 8563, 8564, 9924, 9925, 9926, 9927, 9934, 9935, 9936, 9937, 9938, 9939, 10111, 10112, 10113, 10114, 10115, 10116, 10117, 10118, 10119, 10120]), Anchor::Lits(&[786, 787, 788, 915, 1521, 1537, 1617, 1659, 2639, 2834, 2878, 2904, 2924]), Anchor::Lits(&[8099, 8100, 8101, 8102, 8103, 8422, 8423, 8424, 8425, 8426, 8433, 8434, 8435, 8436, 8437, 8451, 8453, 8456, 8457, 8458, 8461, 8462, 8463, 8464, 8465, 10514, 10515, 10516, 10517, 10518, 10586, 10587, 10588, 10589, 10590, 10591, 10592, 10593, 10594, 10595, 10686, 10687, 10688, 10689, 10690, 10782, 10835, 10837, 10838, 10839])]), Anchor::All(&[Anchor::Lits(&[5986, 10121, 11410, 11413, 11417, 11420, 11423, 11431, 11449, 11450, 11456, 11457, 11458, 11459, 11469, 11470, 11471, 11472, 11474, 11475]), Anchor::Lits(&[5461, 5462, 5463, 5464, 5465, 5466, 5467, 5468, 5469, 5470, 7029, 7030, 7031, 7032, 7033, 7034, 7035, 7036, 7037, 7038, 7039, 7040, 7041, 7042, 7043, 7044, 7045, 7046, 7047, 7048, 7189, 7190, 7191, 7192, 7193, 7194, 7195, 7196, 7197, 7198, 9000, 9001, 9002, 9003, 9004, 9005, 9006, 9007, 9008, 9009, 9010, 9011, 9012, 9013, 9014, 9015, 9016, 9017, 9018, 9019, 9791, 9792, 9793, 9794, 9795, 9796, 9797, 9798, 9799, 9800, 9801, 9802, 9803, 9804, 9805, 9806, 9807, 9808, 9809, 9810, 10005, 10006, 10007, 10008, 10009, 10010, 10011, 10012, 10013, 10014, 10304, 10305, 10306, 10307, 10308, 10309, 10310, 10311, 10312, 10313])])])),
            (79, "do-not-screen-input", Anchor::All(&[Anchor::Lits(&[1098, 1099, 1100, 1101, 1102, 1103, 1112, 1113, 1118, 1119, 1130, 1131, 1132, 1133, 1134, 1135, 1137, 1138, 1139, 1140, 1143, 1144, 1369, 1370, 1371, 1372, 1373, 1374, 1383, 1384, 1389, 1390, 1401, 1402, 1403, 1404, 1405, 1406, 1408, 1409, 1410, 1411, 1414, 1415, 2194, 2195, 2196, 2197, 2198, 2199, 2207, 2208, 2213, 2214, 2227, 2228, 2230, 2231, 2232, 2233, 2236, 2237, 2238, 2239, 2242, 2243, 2290, 2291, 2292, 2293, 2294, 2295, 2296, 2297, 2300, 2301, 2302, 2303, 2304, 2305, 2306, 2307, 2308, 2309, 2310, 2311, 2312, 2313, 3051, 3052, 3053, 3054, 3055, 3056, 3057, 3058, 3059, 3060, 3064, 3065, 3066, 3067, 3068, 3069, 3071, 3072, 3073, 3074, 3076, 3077, 3115, 3116, 3117, 3118, 3119, 3120, 3123, 3124, 3127, 3128, 3136, 3137, 3138, 3139, 3140, 3141, 3143, 3144, 3145, 3146, 3148, 3149, 4099, 4100, 4101, 4102, 4103, 4104, 4105, 4106, 4107, 4108, 4109, 4110, 4111, 4112, 4113, 4114, 4115, 4116, 4117, 4118, 4119, 4120]), Anchor::Lits(&[7898, 7906, 8320, 8332, 9024, 9200, 9229, 9437, 9469, 9790, 10936, 11516])])),
            (80, "allowlist-this-prompt", Anchor::Any(&[Anchor::All(&[Anchor::Lits(&[2170, 2171, 2172, 2173, 2174, 2175, 2176, 2177, 2427, 2428, 2429, 2430, 2431, 2432, 2433, 2434, 3493, 3494, 3495, 3496, 3497, 3498, 3499, 3500, 3511, 3512, 3513, 3514, 3515, 3516, 3517, 3518, 3645, 3646, 3649, 3652, 3655, 3658, 3659, 3663]), Anchor::Lits(&[4963, 4977, 5565, 5708, 6774, 6822, 8219, 8303, 10240, 10896, 10916, 11256, 11262])]), Anchor::All(&[Anchor::Lits(&[4964, 4965, 4966, 4967, 4968, 4978, 4979, 4980, 4981, 4982, 6775, 6776, 6777, 6778, 6779, 11257, 11258, 11259, 11260, 11261, 11263, 11264, 11265, 11266, 11267]), Anchor::Lits(&[5539, 5766, 7897, 8319, 9199, 9436, 9813, 11040])])])),
            (83, "unset-read-only", Anchor::Any(&[Anchor::Lits(&[2694, 2699, 2705, 2710]), Anchor::All(&[Anchor::Lits(&[1420, 1421, 1422, 1423, 1424, 1425, 1427, 1428, 2693, 2694, 2695, 2696, 2697, 2698, 2699, 2700, 2704, 2705, 2706, 2707, 2708, 2709, 2710, 2711, 2787, 2788, 2789, 2790, 2791, 2792, 2793, 2794, 2881, 2882, 2883, 2885, 2886, 2888, 2889, 2890, 2896, 2897, 2898, 2899, 2900, 2901, 2902, 2903, 2927, 2928, 2929, 2931, 2932, 2933, 2938, 2939]), Anchor::Lits(&[41, 88, 839, 2490, 2953, 2976, 3693])])])),
            (84, "stop-logging", Anchor::Lits(&[1057, 1058, 1059, 1060, 1061, 1062, 1063, 1092, 1120, 1122, 1129, 1136, 1142, 1148, 1361, 1391, 1393, 1400, 1407, 1413, 1419, 2191, 2215, 2217, 2226, 2234, 2241, 2245, 2476, 2477, 2478, 2479, 2480, 2481, 2482, 2673, 2676, 2677, 2678, 2679, 2680, 2681, 3050, 3061, 3062, 3063, 3070, 3075, 3078, 3112, 3129, 3132, 3135, 3142, 3147, 3150, 3206, 3207, 3208, 3209, 3210, 3212, 3213, 3718, 3719, 3720, 3721, 3722, 3724, 3725])),
            (85, "self-approval", Anchor::Any(&[Anchor::Lits(&[10329, 10330, 10331, 10332, 10333, 10334, 10335, 10336, 10337, 10339, 10340, 10341, 10342, 10343, 10344, 10345, 10346, 10347, 10348, 10349, 10350, 10351, 10352, 10353, 10354, 10355, 10356, 10357, 10358, 10361]), Anchor::All(&[Anchor::Lits(&[5175, 5176, 5177, 5178, 5179, 5180, 5181, 5182, 5183, 5184, 5185, 5186, 5187, 5188, 5189, 5190, 5191, 5192]), Anchor::Lits(&[5289, 8816, 11436, 12099])])])),
            (86, "execute-everything", Anchor::Lits(&[131, 132, 133, 134, 135, 136, 137, 205, 1460, 1461, 1462, 1464, 1465, 1466, 1467, 1468])),
            (87, "protection-mode-claim", Anchor::All(&[Anchor::Lits(&[81, 138, 622, 744, 1065, 1426, 1987, 2098, 2163, 2314, 2377, 2388, 2472, 2474, 2491, 2732, 3704, 3758]), Anchor::Lits(&[240, 241, 916, 917, 1663, 1664, 2880, 2884, 2926, 2930, 3427, 3434, 3457, 3458, 3505, 3506, 3508, 3509, 3520, 3521, 3522, 3523, 3524, 3525, 3578, 3579, 3584, 3585, 3586, 3587, 3596, 3597, 3643, 3644, 4148, 4245])])),
            (88, "approve-tool-calls", Anchor::All(&[Anchor::Lits(&[242, 243, 244, 245, 246, 247, 248, 249, 250, 251, 252]), Anchor::Lits(&[7099, 9062, 10869, 10870, 10871])])),
            (92, "conditional-order-to-the-agent", Anchor::All(&[Anchor::Lits(&[5018, 5019, 5020, 5023, 5024, 5025, 5067, 5086, 5087, 5203, 5564, 5566, 5567, 6790, 6791, 6792, 6806, 6807, 8097, 8294, 8295, 8296, 8826, 8851, 8997, 8998, 8999, 9176, 9177, 9178, 9317, 9321, 9322, 9524, 9531, 9532, 9773, 9784, 10153, 10154, 10155, 10158, 10159, 10160, 10891, 10892, 10893]), Anchor::Lits(&[83, 327, 643, 1779, 2411, 3864, 3865, 3975]), Anchor::Any(&[Anchor::Lits(&[4832, 4833, 5010, 5140, 5829, 5831, 5899, 5902, 5903, 5905, 5994, 5995, 5996, 5998, 5999, 6000, 6002, 6004, 6364, 6366, 6367, 6368, 6369, 6370, 6371, 6372, 6373, 6780, 8879, 8976, 9020, 9077, 9167, 9724, 9771, 9973, 10023, 10857, 10914]), Anchor::All(&[Anchor::Lits(&[7235]), Anchor::Lits(&[4833, 4881, 8879, 8976, 9771, 10196])]), Anchor::All(&[Anchor::Lits(&[3672, 3673, 3674, 3675, 3676, 3677, 3678, 3679, 3680, 3682, 3683, 3684, 3685]), Anchor::Lits(&[5771, 6449, 6547, 6793, 7028, 8221, 9090, 9789, 10890, 11008, 11035])])])])),
            (93, "tool-call-tampering", Anchor::Any(&[Anchor::All(&[Anchor::Lits(&[891, 892, 893, 894, 895, 896, 897, 898, 899, 900, 901, 902, 903, 904, 905, 906, 907, 908, 909, 910, 911, 912, 913, 914, 918, 919, 920, 921, 3428, 3429, 3430, 3431, 3432, 3433, 3435, 3436, 3437, 3438, 3439, 3440, 3441, 3442, 3443, 3444, 3445, 3446, 3447, 3448, 3449, 3450, 3451, 3452, 3453, 3454, 3455, 3456, 3459, 3460, 3461, 3462, 3463, 3464, 3465, 3466, 3467, 3468, 3469, 3470, 3471, 3472, 3473, 3474, 3475, 3476, 3477, 3478, 3479, 3480, 3481, 3482, 3483, 3484, 3485, 3486, 3536, 3537, 3538, 3539, 3540, 3541, 3542, 3543, 3544, 3545, 3546, 3547, 3548, 3549, 3550, 3551, 3552, 3553, 3554, 3555, 3556, 3557, 3558, 3559, 3560, 3561, 3562, 3563, 4184, 4185, 4188, 4189, 4243, 4244, 4246, 4247, 4250, 4251, 4257, 4258, 4259, 4260, 4261, 4262, 4263, 4264, 4265, 4266, 4267, 4268, 4269, 4270, 4284, 4286, 4300, 4301]), Anchor::Lits(&[5311, 5617, 5619, 6726, 6795, 7098, 7100, 9268, 9269, 10022, 10045, 10047, 10868, 10872])]), Anchor::All(&[Anchor::Lits(&[6902, 6903, 6904, 6905, 6906, 6907, 6908, 7101, 7102, 7103, 7104, 7105, 7106, 7107, 8576, 8577, 8578, 8579, 8580, 8581, 8582, 10124, 10125, 10126, 10127, 10128, 10129, 10130]), Anchor::Lits(&[1678, 1679, 2168, 2178, 2179, 3005, 3022, 4060])])])),
            (94, "conceal-from-user", Anchor::Any(&[Anchor::Lits(&[679, 680, 681, 682, 4983, 4984, 4985, 4986, 4987, 4988, 4989, 4990, 4991, 4992, 4993, 4994, 4995, 4996, 4997, 4998, 4999, 5000, 5001, 5002, 5003, 5004, 5005, 5006, 5007, 5008, 5009, 5032, 5033, 5034, 5035, 5036, 5037, 5038, 5039, 5040, 5041, 5042, 5043, 5044, 5045, 5046, 5047, 5048, 5049, 5051, 5052, 5053, 5054, 5055, 5056, 5057, 5058, 5059, 5408, 5409, 5410, 5411, 5412, 5413, 5414, 5415, 5416, 5417, 5418, 5419, 5420, 5421, 5422, 5423, 5424, 5425, 5427, 5428, 5429, 5430, 5431, 5432, 5433, 5434, 5435, 5816, 5817, 5818, 5819, 5820, 5821, 5822, 5823, 5824, 5825, 5826, 5827, 6024, 6026, 7342, 7343, 7347, 7351, 7352, 7369, 7370, 7374, 7375, 7379, 7380, 8085, 8086, 8087, 8088, 8089, 8090, 8091, 8092, 8093, 8094, 8095, 8096, 8124, 8125, 8126, 8127, 8128, 8129, 8130, 8131, 8132, 8133, 8134, 8135, 8136, 8137, 8138, 8139, 8140, 8141, 8150, 8151, 8152, 8153, 8154, 8155, 8156, 8157, 8158, 8170, 8171, 8172, 8173, 8174, 8176, 8177, 8178, 8179, 8180, 8181, 8182, 8183, 8185, 8186, 8187, 8188, 8189, 8193, 8194, 8195, 8196, 8197, 8199, 8200, 8201, 8202, 8203, 8314, 9274, 9427, 9702, 9726, 9727, 9729, 9732, 9733, 9741, 9742, 9745, 9746, 9748, 9749, 9750, 9870, 9871, 9872, 9873, 9874, 9875, 9876, 9877, 9878, 9879, 9880, 9881, 10049, 10050, 10051, 10055, 10056, 10057, 10058, 10059, 10060, 10061, 10062, 10063, 10064, 10065, 10066, 10338, 10644, 10645, 10646, 10647, 10648, 10649, 10650, 10651, 10652, 10653, 10654, 10655, 10656, 10657, 10658, 10659, 10660, 10661, 10663, 10664, 10665, 10666, 10667, 10668, 10669, 10670, 10671, 10941, 10942, 10943, 10944, 10945, 10946, 10947, 10948, 10949, 10950, 10951, 10979, 10980, 10981, 10982, 10983, 10984, 10985, 10986, 10987, 10988, 10989, 11012, 11013, 11014, 11015, 11016, 11017, 11018, 11019, 11020, 11021, 11022, 11387, 11430, 11439, 11440, 11441, 11444, 11464]), Anchor::All(&[Anchor::Lits(&[5060, 6186, 6283, 8299, 8525, 8630, 11384, 11664, 11666]), Anchor::Lits(&[4862, 5102, 5103, 7387, 8853, 8975, 9049, 9072, 9440, 11040]), Anchor::Lits(&[4876, 4877, 5364, 6023, 6025, 7824, 7825, 8233, 8241, 8313, 8318, 8663, 8664, 9416, 9434, 9518, 9519, 9701, 9706, 9840, 9842, 10328, 10363, 11150, 11151])]), Anchor::All(&[Anchor::Lits(&[7392, 7393, 7394, 7395, 7396, 7397, 7407, 7408, 7409, 7410, 7411, 7412, 7413, 7417, 7418, 9443, 9444, 9445, 9446, 9447, 9448, 9456, 9457, 9458, 9459, 9460, 9461, 9462, 9466, 9467, 11043, 11044, 11045, 11046, 11047, 11048, 11057, 11058, 11059, 11060, 11061, 11063, 11064, 11068, 11069, 11072, 11073, 11074, 11075, 11076, 11077, 11086, 11087, 11088, 11089, 11090, 11092, 11093, 11097, 11098]), Anchor::Lits(&[5314, 5315, 6805, 7339, 8214, 8224, 8660, 9772])]), Anchor::All(&[Anchor::Lits(&[8175, 8184, 8190, 8191, 8192, 8198, 8204, 8225, 8226, 8227, 8228, 8229, 8230, 8231]), Anchor::Lits(&[628, 1710, 2387, 2435, 2918])])])),
            (95, "exfiltrate-through-a-link", Anchor::Any(&[Anchor::All(&[Anchor::Lits(&[2, 3, 6, 7, 9, 11, 12, 16, 18, 145, 146, 147, 148, 149, 150, 151, 152, 153, 3387, 3388, 3397, 3398, 3403, 3406, 3407, 3418, 3419, 3527, 3528, 3532, 3535, 3570, 3580, 3581, 3593, 3600, 3647, 3648, 3650, 3651, 3654, 3656, 3657, 3661, 3662]), Anchor::Lits(&[5832, 5834, 5837, 6548, 6549, 8209, 9021, 9077, 9347, 9511, 9512, 9551, 9690, 9751, 9814, 10024, 10453, 10572, 10858])]), Anchor::All(&[Anchor::Lits(&[196, 852, 1542, 2539, 4064]), Anchor::Lits(&[5832, 5837, 6549, 8915, 9021, 9347, 9511, 9512, 9551, 9751, 10024, 10239, 10858]), Anchor::Lits(&[7688, 7690, 8271, 9078, 11039])])])),
            (99, "agents-must-do-harm", Anchor::All(&[Anchor::Lits(&[254, 255, 256, 271, 272, 747, 1678, 1679, 1893, 1894, 2168, 2178, 2179, 3005, 3022, 4060]), Anchor::Any(&[Anchor::Lits(&[4832, 4833, 5010, 5140, 5829, 5831, 5899, 5902, 5903, 5905, 5994, 5995, 5996, 5998, 5999, 6000, 6002, 6004, 6364, 6366, 6367, 6368, 6369, 6370, 6371, 6372, 6373, 6780, 8879, 8976, 9020, 9077, 9167, 9724, 9771, 9973, 10023, 10857, 10914]), Anchor::All(&[Anchor::Lits(&[7235]), Anchor::Lits(&[4833, 4881, 8879, 8976, 9771, 10196])]), Anchor::All(&[Anchor::Lits(&[3672, 3673, 3674, 3675, 3676, 3677, 3678, 3679, 3680, 3682, 3683, 3684, 3685]), Anchor::Lits(&[5771, 6449, 6547, 6793, 7028, 8221, 9090, 9789, 10890, 11008, 11035])])]), Anchor::Lits(&[88, 104, 594, 714, 777, 785, 789, 872, 890, 1653, 2067, 2141])])),
            (100, "smuggle-into-output", Anchor::All(&[Anchor::Lits(&[140, 630, 631, 685, 947, 1447, 1707, 1708, 1744, 1808, 1875, 2101, 2167, 2832, 2833, 2916, 3107, 3669, 3696, 3976, 4777]), Anchor::Lits(&[63, 209, 1437, 1446, 1716, 1814, 1833, 1988, 2501, 2640, 3079, 3705, 4125]), Anchor::Any(&[Anchor::Lits(&[4832, 4833, 5010, 5140, 5704, 5770, 5829, 5831, 5899, 5902, 5903, 5905, 5994, 5995, 5996, 5998, 5999, 6000, 6002, 6004, 6364, 6366, 6367, 6368, 6369, 6370, 6371, 6372, 6373, 6780, 8879, 8976, 9020, 9077, 9167, 9724, 9771, 9973, 10023, 10857, 10914]), Anchor::All(&[Anchor::Lits(&[7235]), Anchor::Lits(&[4833, 4881, 8879, 8976, 9771, 10196])]), Anchor::All(&[Anchor::Lits(&[3672, 3673, 3674, 3675, 3676, 3677, 3678, 3679, 3680, 3682, 3683, 3684, 3685]), Anchor::Lits(&[5771, 6449, 6547, 6793, 7028, 8221, 9090, 9789, 10890, 11008, 11035])])])])),
            (101, "hijack-the-task", Anchor::Lits(&[4797, 4798, 5021, 5022, 5050, 5065, 5255, 5256, 5426, 5436, 5562, 5563, 5767, 5768, 8120, 8121, 8146, 8161, 9081, 9082, 9216, 9217, 9270, 9271, 9272, 9273, 9438, 9439, 9470, 9471, 9525, 9528, 10151, 10152, 10156, 10157, 10161, 10162, 10322, 10323, 10325, 10326, 10662, 10676, 10894, 10895, 11049, 11062, 11078, 11091])),
            (103, "instruction-field", Anchor::Lits(&[89, 90, 91, 92, 93, 94, 95, 96, 97, 98, 99, 100, 101, 102, 107, 108, 109, 110, 111, 112, 118, 119, 120, 121, 122, 123, 128, 129, 597, 598, 599, 600, 601, 602, 608, 609, 610, 611, 612, 613, 614, 615, 717, 718, 719, 720, 721, 722, 728, 729, 730, 731, 732, 733, 734, 735, 873, 874, 875, 876, 877, 878, 879, 880, 881, 882, 883, 884, 885, 886, 2068, 2069, 2070, 2071, 2072, 2073, 2074, 2075, 2076, 2077, 2078, 2079, 2080, 2081, 2144, 2145, 2146, 2147, 2148, 2149, 2155, 2156, 2157, 2158, 2159, 2160, 2161, 2162, 3224, 3225, 3227, 3228, 3230, 3232, 3239, 3240, 3241, 3242, 3244, 3246, 3248, 3249])),
            (104, "override-instructions-es-pt-it", Anchor::All(&[Anchor::Lits(&[5614, 5615, 5987, 5990, 5991, 7820, 7821, 7822, 7951, 7953, 8098, 8655, 8856, 8858, 8880, 9381, 9384, 9386]), Anchor::Lits(&[983, 984, 985, 1039, 1040, 1455, 1456, 1457, 1781, 1782, 1783, 1786, 1794, 2395, 2396, 2397, 2398, 2404, 3701])])),
            (105, "override-instructions-fr", Anchor::Any(&[Anchor::Lits(&[7628, 7647, 8911, 8914]), Anchor::All(&[Anchor::Lits(&[844, 1045, 1815, 1855, 2422, 2721]), Anchor::Lits(&[7537, 7641, 7642, 8492, 8493, 8910, 8912, 8913])])])),
            (106, "override-instructions-de-nl", Anchor::All(&[Anchor::Lits(&[1795, 1796, 1797, 2137, 2138, 2180, 2181, 3787, 3788, 3789, 3790]), Anchor::Lits(&[5099, 5330, 7963, 8011, 8825, 9378, 9380, 9541, 9542, 11137])])),
            (107, "override-instructions-pl-tr", Anchor::Any(&[Anchor::All(&[Anchor::Lits(&[7663, 8585, 9089, 12156]), Anchor::Lits(&[8004, 8005, 9084, 9387, 11524, 12157])]), Anchor::All(&[Anchor::Lits(&[8215, 8217, 10302, 11526]), Anchor::Lits(&[5949, 7203, 10939, 11032, 11525]), Anchor::Lits(&[5437, 8818, 9893, 10919, 11105])])])),
            (108, "override-instructions-ru", Anchor::Lits(&[12159, 12160, 12161, 12162, 12163])),
            (110, "override-instructions-nordic-fi-hu-cs-uk", Anchor::All(&[Anchor::Lits(&[8002, 8003, 8008, 8010, 8169, 8490, 8491, 8787, 8788, 9083, 9091, 9092, 9382, 9388, 9622, 9960, 9961, 10236, 11036, 11037, 11038, 11099, 12158, 12161, 12164]), Anchor::Lits(&[713, 1518, 1519, 1641, 1642, 1676, 1677, 1781, 1784, 1791, 1792, 1800, 1801, 1802, 1803, 1804, 1805, 1806, 1807, 2391, 2549, 2550, 2915, 3046, 3159, 3729, 3730, 3755, 4768, 4769, 4770, 4771, 4772, 4773, 4774, 4784, 4785, 4791, 4795, 4796])])),
            (111, "override-instructions-sea", Anchor::All(&[Anchor::Lits(&[19, 62, 629, 710, 1717, 1755, 1756, 1877, 1956, 1959, 1978, 2082, 2099, 2500, 2672, 3800]), Anchor::Lits(&[4880, 5202, 5260, 5545, 5546, 5988, 7419, 8006, 8007, 8009, 8232, 8978, 9048, 9060, 9076, 9286, 10241, 11100])])),
            (113, "unrestricted-persona-i18n", Anchor::Any(&[Anchor::Lits(&[760, 762, 763, 764, 1522, 1524, 1529, 1532, 1534, 2052, 2056, 2376, 2389, 2400, 2551, 2552, 2553, 2718, 2724, 2761, 2795, 4781, 5536, 6803, 8213, 8216, 8218, 9698, 9892, 10237, 10238]), Anchor::All(&[Anchor::Lits(&[761, 865, 1524, 1616, 2054, 2056, 2719, 2796]), Anchor::Lits(&[4872, 4874, 5946, 5947, 9974, 10003, 10917, 10918, 11138, 11139])]), Anchor::All(&[Anchor::Lits(&[678, 1433, 1521, 1658, 2717, 2807, 3025, 4776, 10990, 10994, 11033]), Anchor::Lits(&[4871, 6376, 6379, 9785, 9859, 11104])]), Anchor::All(&[Anchor::Lits(&[760, 1529, 2053, 2057, 2722, 2762]), Anchor::Lits(&[4875, 6404, 6570, 9786, 10917, 11134, 11135])]), Anchor::All(&[Anchor::Lits(&[2974]), Anchor::Lits(&[5534, 6804, 8263, 8264, 9383, 9510]), Anchor::Lits(&[4873, 5667, 6160, 9699, 9785])]), Anchor::All(&[Anchor::Lits(&[4779]), Anchor::Lits(&[5358, 5535, 6798, 7251, 9379]), Anchor::Lits(&[7117, 8116, 8118, 10938, 11182])]), Anchor::All(&[Anchor::Lits(&[764, 1533, 2390, 2723, 4775]), Anchor::Lits(&[5309, 5317, 8117, 12155])]), Anchor::All(&[Anchor::Lits(&[6802, 8212, 8217, 9891]), Anchor::Lits(&[2393, 2394, 3047, 4146])]), Anchor::All(&[Anchor::Lits(&[671, 759, 1521, 1655, 2720, 2803]), Anchor::Lits(&[6375, 6377, 8583])]), Anchor::All(&[Anchor::Lits(&[670, 672, 673, 759, 1524, 1654, 1657, 2720, 2802, 2803, 2954]), Anchor::Lits(&[5919, 6377, 6378, 7453])]), Anchor::All(&[Anchor::Lits(&[2682, 2683, 2876, 2955, 3174]), Anchor::Lits(&[8799])]), Anchor::All(&[Anchor::Lits(&[1977]), Anchor::Lits(&[5362, 7160, 7318, 8210, 9285])]), Anchor::All(&[Anchor::Lits(&[3257]), Anchor::Lits(&[5259, 5312, 6796, 9787, 9811])]), Anchor::All(&[Anchor::Lits(&[3801]), Anchor::Lits(&[6796, 7319, 8252, 8977, 9025, 9509])])])),
            (115, "reveal-system-prompt-i18n", Anchor::Lits(&[197, 845, 846, 847, 848, 849, 1622, 1623, 1834, 1835, 1836, 1837, 1838, 1839, 1840, 1841, 1842, 1843, 1844, 1845, 1846, 1847, 1858, 1860, 1861, 1862, 1863, 1867, 1872, 1876, 1909, 1910, 1911, 1912, 1913, 1914, 1915, 2131, 2132, 2135, 2412, 2540, 2613, 2614, 2615, 2616, 2617, 2620, 2621, 3217, 3218, 3219, 3245, 3250, 3251, 3252, 3253, 3731, 3772, 3786, 3797, 4787, 4792, 4793, 7187, 9894, 9895])),
            (117, "disable-safety-i18n", Anchor::All(&[Anchor::Lits(&[620, 683, 684, 802, 868, 869, 870, 975, 1525, 1526, 1527, 1528, 1530, 1531, 1535, 1615, 1661, 1673, 1674, 1957, 2625, 2626, 2909, 3023, 3024, 3025, 3702, 3785, 3791, 3793, 4767, 4780, 4783, 4786, 4790, 4794]), Anchor::Lits(&[39, 103, 207, 619, 624, 863, 864, 946, 956, 979, 980, 981, 982, 998, 1056, 1066, 1436, 1471, 1780, 1785, 1960, 2401, 2405, 2907, 2908, 3083, 3193, 3732, 4145, 4778, 4782, 4788, 4789])])),
            (119, "stop-following-instructions-i18n", Anchor::Any(&[Anchor::Lits(&[844, 1045, 1855, 2337, 2338, 2339, 2340, 2341, 2342, 2343, 2344, 2345, 2346, 2347, 2348, 2349, 2350, 2351, 2352, 2353, 2354, 2355, 2356, 2357, 2358, 2359, 2360, 2361, 2362, 2363, 2721, 2737, 2738, 2739, 2740, 2741, 2742, 2743, 2744, 2745, 2746, 2747, 2748, 2749, 2750, 2751, 2752, 2753, 2754, 2944, 2945, 2946, 2947, 2948, 2949, 2950, 2951, 2952, 3026, 3027, 3028, 3029, 3030, 3031, 3032, 3033, 3034, 3035, 3036, 3037, 3038, 3039, 3040, 3041, 3042, 3043, 6830, 6831, 6832, 6833, 6834, 6835, 7118, 7119, 7120, 7121, 7122, 7123, 7312, 7313, 7314, 7315, 7316, 7317, 8644, 8645, 8646, 8647, 8648, 8649, 8650]), Anchor::All(&[Anchor::Lits(&[5885, 5886, 5887, 5888, 5889, 5890, 5891, 5892, 5893, 5894, 5895, 5896, 8484, 8485, 8486, 8487, 8488, 8489, 8979, 8980, 8981, 8982, 8983, 8984, 8985, 8986, 8987, 8988, 8989, 8990, 8991, 8992, 8993, 8994, 8995, 8996]), Anchor::Lits(&[5989, 7952, 8857, 9385])])])),
            (121, "override-everything-said-i18n", Anchor::Any(&[Anchor::Lits(&[5950, 5951, 5952, 5953, 5954, 5955, 6620, 6621, 6622, 6623, 6624, 6625, 7525, 7527, 7528, 7529, 7530, 7531, 7533, 7534, 7535, 7625, 7627, 7629, 7649, 7650, 11102, 11103]), Anchor::All(&[Anchor::Lits(&[5920, 5921, 7524, 7526, 7624, 7626, 8800, 8801, 8802, 8803, 8804, 8805]), Anchor::Lits(&[203, 2083, 2084, 2085, 2086, 2571, 2572])])])),
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
allchecks\
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
checksyouhave\
checkyouhave\
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
everycheck\
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
            ends: &[7, 17, 27, 44, 55, 67, 81, 98, 116, 127, 145, 152, 161, 170, 175, 187, 205, 217, 232, 248, 262, 276, 287, 299, 313, 327, 344, 356, 367, 382, 397, 412, 430, 446, 457, 471, 481, 498, 510, 529, 543, 556, 571, 580, 591, 601, 610, 630, 643, 655, 668, 689, 705, 714, 733, 736, 744, 754, 761, 780, 796, 812, 828, 846, 859, 873, 885, 896, 907, 917, 923, 931, 941, 953, 967, 972, 976, 985, 988, 997, 1013, 1027, 1045, 1052, 1057, 1062, 1075, 1086, 1101, 1121, 1139, 1161, 1172, 1181, 1198, 1213, 1232, 1249, 1264, 1283, 1299, 1313, 1331, 1349, 1365, 1385, 1398, 1416, 1432, 1452, 1465, 1476, 1491, 1503, 1513, 1527, 1537, 1548, 1554, 1578, 1600, 1626, 1641, 1654, 1675, 1694, 1717, 1738, 1757, 1780, 1800, 1818, 1840, 1862, 1882, 1906, 1923, 1945, 1965, 1989, 2003, 2015, 2031, 2040, 2054, 2066, 2082, 2089, 2097, 2103, 2113, 2124, 2130, 2138, 2153, 2172, 2194, 2209, 2224, 2241, 2264, 2280, 2296, 2314, 2326, 2338, 2352, 2373, 2387, 2401, 2417, 2431, 2450, 2466, 2479, 2492, 2508, 2523, 2535, 2547, 2565, 2579, 2582, 2590, 2611, 2630, 2653, 2665, 2675, 2693, 2709, 2729, 2747, 2763, 2783, 2800, 2815, 2834, 2849, 2865, 2876, 2895, 2912, 2933, 2947, 2966, 2983, 3004, 3016, 3023, 3035, 3042, 3047, 3060, 3080, 3094, 3115, 3132, 3143, 3155, 3174, 3187, 3207, 3223, 3233, 3247, 3268, 3283, 3305, 3323, 3335, 3347, 3366, 3379, 3399, 3415, 3425, 3433, 3446, 3458, 3470, 3485, 3499, 3518, 3527, 3543, 3551, 3562, 3567, 3571, 3581, 3590, 3599, 3607, 3617, 3626, 3637, 3647, 3656, 3669, 3681, 3693, 3704, 3717, 3729, 3743, 3756, 3768, 3780, 3790, 3800, 3808, 3818, 3824, 3838, 3851, 3864, 3876, 3890, 3903, 3918, 3932, 3945, 3962, 3978, 3994, 4009, 4026, 4042, 4060, 4077, 4093, 4098, 4104, 4114, 4123, 4131, 4139, 4149, 4159, 4172, 4181, 4186, 4190, 4193, 4199, 4214, 4232, 4248, 4263, 4276, 4291, 4304, 4316, 4327, 4345, 4361, 4376, 4389, 4404, 4424, 4439, 4453, 4469, 4479, 4491, 4508, 4531, 4548, 4568, 4589, 4608, 4627, 4643, 4660, 4679, 4698, 4720, 4737, 4753, 4773, 4793, 4813, 4836, 4857, 4873, 4891, 4907, 4928, 4943, 4957, 4970, 4985, 4998, 5008, 5025, 5048, 5065, 5085, 5106, 5125, 5144, 5160, 5177, 5196, 5215, 5237, 5254, 5270, 5290, 5310, 5330, 5353, 5374, 5390, 5404, 5426, 5443, 5453, 5472, 5489, 5505, 5525, 5539, 5555, 5569, 5584, 5590, 5599, 5611, 5630, 5643, 5663, 5679, 5689, 5700, 5718, 5730, 5749, 5764, 5773, 5786, 5806, 5820, 5841, 5858, 5869, 5880, 5898, 5910, 5929, 5944, 5953, 5960, 5965, 5970, 5978, 5988, 5993, 6004, 6018, 6040, 6057, 6082, 6102, 6127, 6147, 6175, 6198, 6224, 6245, 6274, 6298, 6324, 6345, 6374, 6398, 6418, 6437, 6451, 6473, 6490, 6512, 6529, 6554, 6574, 6597, 6615, 6641, 6662, 6685, 6703, 6729, 6750, 6762, 6768, 6777, 6786, 6802, 6812, 6820, 6831, 6850, 6866, 6885, 6905, 6918, 6938, 6951, 6967, 6984, 6994, 7011, 7017, 7025, 7034, 7047, 7054, 7064, 7073, 7088, 7104, 7108, 7114, 7127, 7139, 7149, 7169, 7192, 7212, 7235, 7259, 7276, 7300, 7317, 7337, 7358, 7372, 7393, 7402, 7418, 7436, 7450, 7466, 7481, 7497, 7512, 7530, 7545, 7559, 7576, 7585, 7594, 7604, 7616, 7624, 7643, 7661, 7682, 7699, 7715, 7734, 7753, 7774, 7791, 7810, 7828, 7849, 7867, 7884, 7904, 7916, 7928, 7941, 7956, 7972, 7992, 8008, 8021, 8038, 8051, 8060, 8070, 8080, 8089, 8096, 8104, 8115, 8126, 8136, 8147, 8159, 8170, 8182, 8195, 8205, 8227, 8249, 8275, 8287, 8307, 8331, 8354, 8381, 8402, 8420, 8446, 8472, 8502, 8518, 8542, 8570, 8597, 8628, 8653, 8675, 8701, 8721, 8740, 8766, 8788, 8810, 8826, 8841, 8863, 8881, 8896, 8918, 8934, 8957, 8976, 8989, 9003, 9024, 9039, 9061, 9079, 9091, 9107, 9130, 9147, 9171, 9191, 9205, 9219, 9240, 9255, 9277, 9295, 9307, 9319, 9334, 9349, 9363, 9378, 9394, 9409, 9425, 9450, 9472, 9494, 9516, 9540, 9559, 9579, 9597, 9614, 9631, 9647, 9653, 9666, 9678, 9697, 9715, 9728, 9738, 9755, 9770, 9784, 9796, 9820, 9845, 9856, 9870, 9884, 9897, 9911, 9926, 9940, 9955, 9974, 9989, 10008, 10015, 10028, 10042, 10054, 10067, 10082, 10095, 10114, 10127, 10141, 10148, 10161, 10169, 10179, 10192, 10205, 10219, 10234, 10248, 10260, 10277, 10286, 10296, 10303, 10312, 10328, 10346, 10360, 10376, 10391, 10407, 10422, 10440, 10455, 10469, 10486, 10495, 10504, 10514, 10526, 10534, 10553, 10571, 10592, 10609, 10625, 10644, 10663, 10684, 10701, 10720, 10738, 10759, 10777, 10794, 10814, 10826, 10838, 10851, 10866, 10882, 10902, 10918, 10931, 10948, 10961, 10972, 10981, 10991, 11001, 11006, 11020, 11032, 11045, 11065, 11079, 11100, 11117, 11128, 11139, 11151, 11170, 11183, 11203, 11219, 11229, 11243, 11264, 11279, 11301, 11319, 11331, 11343, 11362, 11375, 11395, 11411, 11421, 11430, 11437, 11440, 11447, 11463, 11473, 11493, 11504, 11521, 11541, 11562, 11576, 11597, 11609, 11631, 11650, 11672, 11695, 11711, 11734, 11740, 11753, 11764, 11774, 11782, 11788, 11804, 11817, 11833, 11850, 11860, 11877, 11894, 11907, 11924, 11928, 11935, 11942, 11950, 11959, 11967, 11974, 11984, 11993, 12015, 12034, 12052, 12071, 12090, 12111, 12127, 12140, 12153, 12170, 12185, 12199, 12213, 12227, 12240, 12247, 12260, 12271, 12282, 12294, 12306, 12316, 12326, 12337, 12347, 12360, 12373, 12385, 12398, 12412, 12425, 12439, 12448, 12460, 12472, 12483, 12495, 12508, 12518, 12531, 12544, 12556, 12569, 12583, 12596, 12610, 12622, 12635, 12642, 12659, 12667, 12681, 12698, 12716, 12727, 12745, 12754, 12773, 12789, 12808, 12828, 12841, 12861, 12869, 12876, 12886, 12896, 12907, 12919, 12930, 12937, 12947, 12957, 12968, 12980, 12991, 12998, 13008, 13018, 13029, 13041, 13052, 13061, 13073, 13085, 13104, 13117, 13131, 13146, 13161, 13183, 13199, 13216, 13235, 13257, 13280, 13296, 13319, 13335, 13354, 13374, 13387, 13407, 13412, 13420, 13428, 13437, 13447, 13456, 13468, 13482, 13494, 13506, 13519, 13532, 13543, 13554, 13566, 13571, 13583, 13593, 13612, 13636, 13650, 13667, 13684, 13702, 13721, 13733, 13748, 13763, 13779, 13796, 13812, 13822, 13833, 13847, 13861, 13876, 13892, 13907, 13928, 13939, 13948, 13957, 13969, 13981, 13994, 14008, 14021, 14036, 14054, 14072, 14091, 14111, 14115, 14126, 14135, 14149, 14166, 14183, 14201, 14220, 14238, 14256, 14279, 14292, 14308, 14324, 14341, 14359, 14370, 14384, 14398, 14413, 14429, 14444, 14453, 14463, 14476, 14489, 14503, 14518, 14532, 14552, 14562, 14570, 14578, 14589, 14600, 14612, 14625, 14637, 14651, 14668, 14685, 14703, 14722, 14726, 14734, 14738, 14759, 14778, 14801, 14813, 14823, 14841, 14857, 14877, 14895, 14911, 14931, 14948, 14963, 14982, 15001, 15018, 15039, 15053, 15072, 15089, 15110, 15117, 15133, 15152, 15166, 15177, 15190, 15202, 15213, 15219, 15227, 15233, 15238, 15251, 15265, 15273, 15279, 15295, 15310, 15321, 15331, 15341, 15359, 15372, 15390, 15403, 15424, 15440, 15459, 15473, 15495, 15512, 15522, 15541, 15555, 15577, 15594, 15602, 15620, 15637, 15649, 15669, 15684, 15704, 15719, 15742, 15760, 15781, 15797, 15821, 15840, 15852, 15873, 15889, 15913, 15932, 15950, 15964, 15981, 16000, 16012, 16018, 16023, 16038, 16050, 16065, 16081, 16090, 16106, 16113, 16130, 16144, 16161, 16179, 16190, 16208, 16213, 16223, 16233, 16256, 16277, 16302, 16316, 16328, 16348, 16366, 16388, 16408, 16426, 16448, 16467, 16484, 16505, 16522, 16540, 16553, 16574, 16593, 16616, 16632, 16653, 16672, 16695, 16709, 16731, 16751, 16775, 16788, 16799, 16818, 16835, 16856, 16875, 16892, 16913, 16931, 16947, 16967, 16987, 17005, 17027, 17042, 17062, 17080, 17102, 17111, 17115, 17123, 17144, 17173, 17206, 17233, 17261, 17287, 17313, 17340, 17359, 17386, 17417, 17442, 17468, 17492, 17516, 17541, 17562, 17591, 17624, 17651, 17679, 17705, 17731, 17758, 17782, 17804, 17826, 17859, 17900, 17945, 17984, 18024, 18062, 18100, 18139, 18166, 18201, 18240, 18273, 18307, 18339, 18371, 18404, 18414, 18419, 18432, 18452, 18466, 18487, 18504, 18515, 18527, 18546, 18559, 18579, 18595, 18605, 18619, 18640, 18655, 18677, 18695, 18707, 18719, 18738, 18751, 18771, 18787, 18797, 18804, 18808, 18814, 18821, 18843, 18857, 18874, 18886, 18895, 18906, 18916, 18925, 18931, 18948, 18968, 18981, 18994, 19009, 19030, 19044, 19058, 19074, 19084, 19094, 19106, 19125, 19137, 19149, 19163, 19170, 19180, 19190, 19198, 19208, 19215, 19228, 19237, 19243, 19252, 19258, 19272, 19286, 19301, 19317, 19326, 19335, 19351, 19361, 19372, 19385, 19401, 19418, 19431, 19444, 19464, 19478, 19493, 19510, 19530, 19551, 19565, 19586, 19596, 19613, 19619, 19625, 19634, 19646, 19658, 19668, 19680, 19689, 19704, 19715, 19724, 19736, 19748, 19758, 19770, 19779, 19794, 19805, 19815, 19826, 19845, 19858, 19871, 19885, 19898, 19908, 19922, 19933, 19945, 19953, 19962, 19973, 19981, 19997, 20023, 20046, 20072, 20099, 20119, 20146, 20160, 20184, 20205, 20229, 20254, 20279, 20289, 20300, 20320, 20346, 20366, 20389, 20413, 20435, 20457, 20476, 20496, 20518, 20540, 20565, 20585, 20604, 20627, 20650, 20673, 20699, 20723, 20742, 20767, 20798, 20823, 20851, 20880, 20907, 20934, 20958, 20983, 21010, 21037, 21067, 21092, 21116, 21144, 21172, 21200, 21231, 21260, 21284, 21297, 21311, 21322, 21331, 21340, 21347, 21356, 21375, 21391, 21410, 21430, 21443, 21463, 21480, 21492, 21512, 21527, 21547, 21562, 21585, 21603, 21624, 21640, 21664, 21683, 21704, 21720, 21744, 21763, 21771, 21789, 21804, 21822, 21841, 21860, 21873, 21896, 21916, 21939, 21963, 21980, 22004, 22015, 22024, 22029, 22043, 22060, 22077, 22095, 22114, 22132, 22142, 22151, 22158, 22162, 22169, 22178, 22184, 22188, 22194, 22207, 22222, 22233, 22246, 22258, 22271, 22283, 22298, 22310, 22321, 22335, 22341, 22347, 22354, 22363, 22368, 22384, 22399, 22417, 22431, 22444, 22460, 22476, 22494, 22508, 22524, 22539, 22557, 22572, 22586, 22603, 22612, 22621, 22631, 22643, 22656, 22673, 22686, 22696, 22710, 22720, 22726, 22733, 22740, 22745, 22755, 22764, 22774, 22787, 22800, 22812, 22825, 22839, 22852, 22866, 22872, 22880, 22891, 22902, 22912, 22923, 22935, 22946, 22958, 22967, 22979, 22991, 23002, 23014, 23027, 23037, 23050, 23063, 23075, 23088, 23102, 23115, 23129, 23141, 23154, 23158, 23164, 23174, 23181, 23187, 23206, 23222, 23237, 23253, 23269, 23285, 23303, 23315, 23328, 23338, 23352, 23364, 23375, 23386, 23396, 23412, 23416, 23428, 23447, 23460, 23480, 23496, 23506, 23517, 23535, 23547, 23566, 23581, 23590, 23603, 23623, 23637, 23658, 23675, 23686, 23697, 23715, 23727, 23746, 23761, 23770, 23775, 23781, 23794, 23808, 23822, 23831, 23844, 23855, 23863, 23869, 23878, 23887, 23897, 23908, 23918, 23924, 23933, 23942, 23958, 23968, 23979, 23992, 24008, 24025, 24035, 24052, 24062, 24072, 24083, 24095, 24106, 24114, 24125, 24136, 24154, 24166, 24179, 24194, 24212, 24231, 24243, 24262, 24271, 24285, 24298, 24312, 24327, 24346, 24363, 24378, 24396, 24410, 24425, 24441, 24455, 24467, 24474, 24481, 24489, 24505, 24520, 24533, 24551, 24565, 24583, 24591, 24595, 24602, 24622, 24639, 24656, 24673, 24692, 24706, 24720, 24729, 24743, 24758, 24771, 24783, 24795, 24806, 24814, 24828, 24847, 24865, 24882, 24897, 24911, 24927, 24941, 24946, 24961, 24975, 24986, 24998, 25014, 25031, 25047, 25064, 25079, 25094, 25107, 25118, 25132, 25146, 25159, 25173, 25188, 25200, 25217, 25232, 25247, 25261, 25283, 25298, 25314, 25335, 25350, 25366, 25384, 25403, 25426, 25450, 25473, 25487, 25502, 25523, 25541, 25559, 25577, 25597, 25612, 25628, 25642, 25655, 25668, 25680, 25697, 25714, 25732, 25749, 25765, 25784, 25791, 25803, 25822, 25847, 25866, 25888, 25911, 25932, 25953, 25971, 25990, 26011, 26032, 26056, 26075, 26093, 26115, 26137, 26159, 26184, 26207, 26225, 26250, 26281, 26306, 26334, 26363, 26390, 26417, 26441, 26466, 26493, 26520, 26550, 26575, 26599, 26627, 26655, 26683, 26714, 26743, 26767, 26776, 26786, 26796, 26808, 26819, 26831, 26839, 26856, 26871, 26883, 26897, 26915, 26928, 26948, 26962, 26978, 26995, 27011, 27022, 27040, 27052, 27068, 27081, 27097, 27113, 27131, 27150, 27166, 27179, 27194, 27210, 27229, 27243, 27264, 27279, 27296, 27315, 27333, 27353, 27366, 27386, 27403, 27413, 27425, 27444, 27457, 27474, 27488, 27505, 27522, 27525, 27539, 27561, 27587, 27607, 27628, 27647, 27666, 27686, 27698, 27718, 27742, 27760, 27779, 27796, 27813, 27831, 27845, 27867, 27893, 27913, 27934, 27953, 27972, 27992, 28009, 28024, 28039, 28047, 28073, 28107, 28145, 28177, 28210, 28241, 28272, 28304, 28324, 28352, 28384, 28410, 28437, 28462, 28487, 28513, 28529, 28543, 28556, 28566, 28577, 28592, 28607, 28620, 28636, 28650, 28660, 28671, 28680, 28690, 28697, 28705, 28709, 28716, 28733, 28748, 28762, 28773, 28785, 28801, 28815, 28832, 28847, 28858, 28870, 28880, 28891, 28899, 28908, 28915, 28925, 28935, 28946, 28958, 28965, 28974, 28987, 28991, 28995, 29009, 29015, 29026, 29040, 29055, 29063, 29078, 29088, 29097, 29106, 29114, 29124, 29133, 29144, 29154, 29163, 29176, 29188, 29200, 29211, 29224, 29236, 29250, 29263, 29275, 29285, 29296, 29310, 29324, 29337, 29351, 29366, 29380, 29395, 29408, 29428, 29442, 29463, 29480, 29491, 29500, 29513, 29525, 29544, 29557, 29577, 29593, 29603, 29617, 29638, 29653, 29675, 29693, 29705, 29711, 29727, 29739, 29758, 29771, 29791, 29807, 29817, 29826, 29836, 29846, 29857, 29873, 29885, 29901, 29912, 29920, 29939, 29961, 29976, 29991, 30008, 30031, 30047, 30063, 30081, 30093, 30105, 30119, 30140, 30154, 30168, 30184, 30190, 30195, 30200, 30209, 30215, 30229, 30250, 30265, 30287, 30305, 30317, 30330, 30350, 30364, 30385, 30402, 30413, 30428, 30450, 30466, 30489, 30508, 30521, 30534, 30554, 30568, 30589, 30606, 30617, 30623, 30642, 30657, 30676, 30693, 30701, 30717, 30735, 30752, 30766, 30781, 30800, 30820, 30839, 30852, 30866, 30884, 30903, 30921, 30938, 30952, 30966, 30980, 30996, 31007, 31019, 31029, 31038, 31047, 31055, 31062, 31072, 31084, 31092, 31098, 31107, 31114, 31124, 31134, 31145, 31157, 31168, 31174, 31190, 31203, 31219, 31236, 31246, 31263, 31273, 31293, 31310, 31330, 31351, 31365, 31386, 31391, 31403, 31413, 31432, 31456, 31466, 31477, 31491, 31505, 31520, 31536, 31551, 31572, 31583, 31592, 31604, 31616, 31629, 31643, 31656, 31668, 31676, 31688, 31701, 31709, 31721, 31729, 31743, 31758, 31771, 31786, 31801, 31819, 31837, 31856, 31876, 31895, 31908, 31922, 31939, 31956, 31974, 31993, 32011, 32028, 32042, 32054, 32074, 32082, 32096, 32113, 32130, 32148, 32167, 32185, 32194, 32205, 32215, 32229, 32247, 32254, 32263, 32273, 32285, 32292, 32307, 32312, 32317, 32328, 32340, 32344, 32351, 32361, 32371, 32382, 32394, 32405, 32409, 32425, 32441, 32461, 32476, 32494, 32505, 32516, 32529, 32548, 32560, 32572, 32586, 32594, 32600, 32614, 32632, 32649, 32670, 32685, 32697, 32705, 32715, 32731, 32741, 32750, 32767, 32777, 32787, 32799, 32815, 32827, 32836, 32844, 32847, 32858, 32869, 32884, 32899, 32915, 32933, 32953, 32968, 32984, 32996, 33002, 33018, 33034, 33054, 33074, 33095, 33118, 33143, 33163, 33184, 33201, 33223, 33240, 33257, 33275, 33296, 33321, 33344, 33362, 33380, 33399, 33425, 33446, 33462, 33478, 33495, 33519, 33535, 33552, 33569, 33581, 33593, 33606, 33622, 33642, 33660, 33673, 33686, 33700, 33721, 33737, 33748, 33759, 33771, 33790, 33801, 33813, 33816, 33825, 33829, 33836, 33843, 33851, 33860, 33868, 33874, 33879, 33893, 33915, 33941, 33961, 33982, 34001, 34020, 34040, 34052, 34072, 34096, 34114, 34133, 34150, 34167, 34185, 34199, 34221, 34247, 34267, 34288, 34307, 34326, 34346, 34363, 34378, 34393, 34419, 34453, 34491, 34523, 34556, 34587, 34618, 34650, 34670, 34698, 34730, 34756, 34783, 34808, 34833, 34859, 34866, 34871, 34882, 34898, 34911, 34921, 34931, 34944, 34956, 34965, 34974, 34989, 35000, 35020, 35037, 35054, 35071, 35090, 35104, 35119, 35132, 35144, 35156, 35167, 35176, 35184, 35195, 35207, 35215, 35221, 35229, 35250, 35268, 35285, 35303, 35321, 35341, 35351, 35366, 35378, 35394, 35408, 35421, 35434, 35446, 35454, 35462, 35473, 35484, 35496, 35509, 35521, 35531, 35539, 35550, 35561, 35579, 35591, 35604, 35619, 35637, 35656, 35668, 35687, 35697, 35710, 35723, 35743, 35757, 35772, 35789, 35809, 35830, 35844, 35865, 35873, 35884, 35895, 35907, 35920, 35932, 35937, 35951, 35966, 35981, 35997, 36013, 36027, 36040, 36050, 36061, 36076, 36089, 36105, 36119, 36129, 36140, 36149, 36159, 36166, 36174, 36183, 36193, 36197, 36203, 36219, 36238, 36257, 36277, 36298, 36318, 36329, 36343, 36357, 36372, 36388, 36403, 36414, 36428, 36442, 36457, 36473, 36488, 36498, 36507, 36514, 36531, 36546, 36560, 36571, 36583, 36599, 36613, 36630, 36645, 36656, 36668, 36678, 36689, 36697, 36706, 36714, 36720, 36728, 36737, 36753, 36766, 36779, 36792, 36807, 36817, 36828, 36837, 36845, 36853, 36860, 36867, 36871, 36878, 36895, 36915, 36925, 36940, 36952, 36966, 36979, 36991, 37001, 37011, 37016, 37030, 37047, 37059, 37068, 37079, 37089, 37098, 37110, 37131, 37147, 37162, 37179, 37201, 37216, 37230, 37241, 37256, 37279, 37297, 37308, 37329, 37349, 37366, 37383, 37400, 37419, 37433, 37448, 37461, 37473, 37485, 37496, 37513, 37528, 37543, 37556, 37567, 37581, 37595, 37608, 37622, 37637, 37651, 37666, 37674, 37680, 37691, 37700, 37709, 37717, 37733, 37744, 37753, 37763, 37770, 37780, 37790, 37799, 37814, 37824, 37835, 37845, 37856, 37865, 37875, 37887, 37900, 37917, 37935, 37952, 37963, 37971, 37984, 37991, 38006, 38019, 38031, 38040, 38050, 38058, 38069, 38080, 38092, 38105, 38117, 38127, 38135, 38149, 38161, 38176, 38189, 38198, 38208, 38216, 38225, 38231, 38243, 38251, 38257, 38265, 38272, 38285, 38289, 38302, 38318, 38334, 38351, 38369, 38386, 38405, 38422, 38436, 38450, 38464, 38480, 38491, 38503, 38513, 38522, 38531, 38539, 38549, 38558, 38567, 38574, 38589, 38602, 38614, 38624, 38629, 38641, 38655, 38670, 38678, 38695, 38701, 38708, 38716, 38724, 38731, 38748, 38768, 38781, 38794, 38809, 38830, 38844, 38858, 38874, 38884, 38894, 38906, 38925, 38937, 38949, 38963, 38971, 38978, 38985, 38994, 39003, 39013, 39022, 39030, 39046, 39069, 39086, 39110, 39130, 39144, 39155, 39167, 39189, 39204, 39219, 39233, 39248, 39264, 39279, 39295, 39310, 39332, 39348, 39371, 39390, 39403, 39420, 39444, 39462, 39487, 39508, 39523, 39538, 39560, 39576, 39599, 39618, 39631, 39638, 39644, 39657, 39667, 39674, 39679, 39683, 39687, 39694, 39706, 39713, 39719, 39726, 39734, 39739, 39747, 39755, 39762, 39770, 39779, 39787, 39796, 39811, 39818, 39826, 39831, 39840, 39850, 39863, 39876, 39888, 39901, 39915, 39928, 39942, 39948, 39959, 39976, 39990, 40002, 40015, 40031, 40042, 40056, 40072, 40086, 40098, 40113, 40124, 40142, 40154, 40165, 40179, 40191, 40205, 40219, 40229, 40242, 40253, 40264, 40273, 40287, 40299, 40311, 40320, 40328, 40340, 40350, 40363, 40368, 40376, 40384, 40393, 40403, 40412, 40418, 40437, 40453, 40469, 40485, 40503, 40516, 40530, 40542, 40553, 40564, 40574, 40586, 40599, 40612, 40627, 40640, 40656, 40674, 40691, 40704, 40724, 40738, 40751, 40765, 40779, 40794, 40805, 40814, 40823, 40830, 40845, 40858, 40870, 40879, 40889, 40897, 40908, 40919, 40931, 40944, 40956, 40970, 40982, 40997, 41010, 41019, 41029, 41037, 41046, 41052, 41057, 41064, 41082, 41098, 41113, 41125, 41138, 41155, 41170, 41188, 41204, 41216, 41229, 41240, 41252, 41261, 41271, 41279, 41297, 41312, 41330, 41349, 41361, 41380, 41387, 41404, 41418, 41435, 41453, 41464, 41482, 41490, 41494, 41501, 41508, 41516, 41525, 41533, 41547, 41566, 41582, 41595, 41608, 41624, 41639, 41651, 41663, 41681, 41695, 41700, 41712, 41730, 41742, 41757, 41773, 41787, 41801, 41812, 41824, 41838, 41852, 41869, 41881, 41892, 41907, 41922, 41937, 41955, 41971, 41982, 41998, 42022, 42050, 42072, 42095, 42116, 42137, 42159, 42173, 42195, 42221, 42241, 42262, 42281, 42300, 42320, 42336, 42360, 42388, 42410, 42433, 42454, 42475, 42497, 42516, 42533, 42550, 42578, 42614, 42654, 42688, 42723, 42756, 42789, 42823, 42845, 42875, 42909, 42937, 42966, 42993, 43020, 43048, 43061, 43079, 43094, 43106, 43118, 43133, 43147, 43158, 43169, 43186, 43199, 43211, 43228, 43242, 43253, 43264, 43278, 43291, 43301, 43311, 43327, 43339, 43358, 43373, 43392, 43400, 43421, 43439, 43457, 43475, 43495, 43510, 43526, 43540, 43553, 43566, 43578, 43588, 43599, 43615, 43627, 43643, 43653, 43664, 43681, 43693, 43699, 43714, 43727, 43746, 43760, 43779, 43799, 43819, 43836, 43854, 43872, 43882, 43889, 43893, 43905, 43920, 43935, 43951, 43968, 43984, 43999, 44017, 44035, 44054, 44074, 44087, 44103, 44119, 44136, 44154, 44171, 44184, 44200, 44216, 44233, 44251, 44268, 44283, 44301, 44319, 44338, 44358, 44377, 44388, 44402, 44416, 44431, 44447, 44462, 44467, 44474, 44491, 44505, 44522, 44540, 44551, 44569, 44577, 44584, 44591, 44608, 44617, 44631, 44648, 44666, 44677, 44695, 44713, 44729, 44744, 44756, 44769, 44781, 44803, 44822, 44844, 44867, 44883, 44906, 44917, 44927, 44944, 44959, 44968, 44986, 45002, 45021, 45037, 45049, 45068, 45088, 45101, 45121, 45132, 45144, 45153, 45161, 45171, 45177, 45196, 45212, 45227, 45243, 45259, 45276, 45294, 45307, 45323, 45339, 45354, 45370, 45387, 45404, 45421, 45437, 45454, 45472, 45489, 45507, 45523, 45540, 45550, 45564, 45576, 45587, 45598, 45608, 45631, 45657, 45676, 45695, 45716, 45743, 45763, 45783, 45805, 45821, 45837, 45855, 45880, 45898, 45916, 45936, 45963, 45993, 46016, 46039, 46064, 46095, 46119, 46143, 46169, 46189, 46209, 46231, 46260, 46282, 46304, 46328, 46342, 46359, 46376, 46394, 46413, 46434, 46458, 46475, 46492, 46511, 46536, 46554, 46572, 46592, 46606, 46620, 46636, 46659, 46675, 46691, 46709, 46719, 46739, 46756, 46776, 46797, 46811, 46832, 46836, 46841, 46854, 46865, 46876, 46885, 46896, 46905, 46914, 46921, 46933, 46944, 46948, 46957, 46967, 46981, 46993, 47004, 47017, 47029, 47039, 47051, 47068, 47084, 47099, 47113, 47127, 47144, 47159, 47175, 47189, 47203, 47216, 47230, 47243, 47252, 47263, 47279, 47294, 47306, 47317, 47330, 47342, 47358, 47374, 47389, 47403, 47419, 47434, 47445, 47455, 47467, 47478, 47489, 47500, 47503, 47516, 47534, 47549, 47561, 47573, 47588, 47609, 47635, 47658, 47678, 47698, 47721, 47743, 47762, 47781, 47806, 47827, 47841, 47852, 47863, 47880, 47893, 47901, 47916, 47933, 47946, 47961, 47975, 47990, 48004, 48021, 48035, 48048, 48064, 48072, 48080, 48089, 48100, 48107, 48125, 48142, 48162, 48178, 48193, 48211, 48229, 48249, 48265, 48283, 48300, 48320, 48337, 48353, 48372, 48383, 48394, 48406, 48420, 48435, 48454, 48469, 48481, 48497, 48509, 48517, 48526, 48535, 48550, 48572, 48596, 48616, 48638, 48659, 48681, 48702, 48726, 48747, 48767, 48790, 48805, 48820, 48836, 48854, 48868, 48893, 48917, 48944, 48967, 48989, 49014, 49039, 49066, 49089, 49114, 49138, 49165, 49189, 49212, 49238, 49256, 49274, 49293, 49314, 49336, 49362, 49384, 49403, 49426, 49445, 49460, 49476, 49492, 49507, 49527, 49544, 49558, 49572, 49589, 49605, 49618, 49631, 49650, 49665, 49683, 49706, 49726, 49743, 49760, 49780, 49799, 49815, 49831, 49853, 49871, 49879, 49890, 49908, 49928, 49944, 49962, 49979, 49997, 50014, 50034, 50051, 50067, 50086, 50097, 50108, 50120, 50134, 50144, 50165, 50185, 50208, 50227, 50245, 50266, 50287, 50310, 50329, 50350, 50370, 50393, 50413, 50432, 50454, 50468, 50482, 50497, 50514, 50532, 50554, 50572, 50587, 50606, 50621, 50632, 50644, 50656, 50669, 50685, 50706, 50724, 50739, 50754, 50772, 50789, 50803, 50820, 50842, 50861, 50875, 50891, 50907, 50926, 50946, 50964, 50979, 50994, 51015, 51032, 51048, 51061, 51077, 51098, 51116, 51131, 51146, 51164, 51181, 51195, 51209, 51229, 51245, 51255, 51267, 51276, 51287, 51296, 51307, 51315, 51325, 51339, 51358, 51374, 51387, 51400, 51416, 51431, 51443, 51455, 51473, 51487, 51507, 51525, 51547, 51558, 51567, 51584, 51599, 51618, 51635, 51650, 51669, 51685, 51699, 51717, 51735, 51751, 51771, 51784, 51802, 51818, 51838, 51847, 51861, 51872, 51880, 51888, 51901, 51919, 51934, 51946, 51958, 51973, 51987, 51998, 52009, 52026, 52039, 52050, 52057, 52067, 52074, 52081, 52094, 52103, 52120, 52129, 52145, 52163, 52177, 52193, 52208, 52224, 52239, 52257, 52272, 52286, 52303, 52312, 52321, 52331, 52343, 52351, 52370, 52388, 52409, 52426, 52442, 52461, 52480, 52501, 52518, 52537, 52555, 52576, 52594, 52611, 52631, 52643, 52655, 52668, 52683, 52699, 52719, 52735, 52748, 52765, 52778, 52787, 52797, 52807, 52823, 52846, 52871, 52892, 52915, 52937, 52960, 52982, 53007, 53029, 53050, 53074, 53090, 53106, 53123, 53142, 53157, 53183, 53208, 53236, 53260, 53283, 53309, 53335, 53363, 53387, 53413, 53438, 53466, 53491, 53515, 53542, 53561, 53580, 53600, 53622, 53645, 53672, 53695, 53715, 53739, 53759, 53775, 53792, 53809, 53821, 53840, 53861, 53878, 53897, 53915, 53934, 53952, 53973, 53991, 54008, 54028, 54040, 54052, 54065, 54080, 54091, 54113, 54134, 54158, 54178, 54197, 54219, 54241, 54265, 54285, 54307, 54328, 54352, 54373, 54393, 54416, 54431, 54446, 54462, 54480, 54499, 54522, 54541, 54557, 54577, 54593, 54605, 54618, 54631, 54639, 54647, 54656, 54668, 54680, 54693, 54707, 54720, 54728, 54739, 54750, 54762, 54775, 54787, 54798, 54810, 54821, 54830, 54839, 54846, 54855, 54862, 54872, 54882, 54893, 54905, 54916, 54924, 54932, 54943, 54954, 54964, 54975, 54987, 54998, 55010, 55025, 55041, 55055, 55067, 55078, 55087, 55095, 55111, 55125, 55138, 55148, 55159, 55169, 55189, 55206, 55226, 55247, 55261, 55282, 55297, 55310, 55317, 55333, 55347, 55364, 55378, 55388, 55405, 55423, 55434, 55452, 55461, 55471, 55477, 55484, 55492, 55501, 55508, 55517, 55528, 55538, 55552, 55564, 55573, 55586, 55601, 55613, 55636, 55656, 55676, 55696, 55718, 55735, 55753, 55769, 55784, 55799, 55813, 55822, 55841, 55857, 55876, 55896, 55909, 55929, 55938, 55948, 55962, 55969, 55979, 55989, 56000, 56012, 56023, 56032, 56045, 56051, 56063, 56074, 56086, 56098, 56114, 56124, 56134, 56148, 56156, 56163, 56185, 56204, 56223, 56242, 56263, 56279, 56296, 56311, 56325, 56339, 56352, 56359, 56363, 56368, 56374, 56380, 56394, 56409, 56418, 56422, 56432, 56442, 56453, 56465, 56475, 56495, 56511, 56531, 56545, 56560, 56576, 56587, 56599, 56610, 56632, 56650, 56672, 56688, 56700, 56716, 56726, 56747, 56764, 56785, 56800, 56811, 56826, 56835, 56845, 56856, 56861, 56876, 56889, 56901, 56915, 56928, 56939, 56952, 56970, 56987, 57003, 57018, 57033, 57051, 57067, 57084, 57099, 57114, 57128, 57143, 57157, 57167, 57179, 57196, 57212, 57225, 57237, 57251, 57264, 57281, 57298, 57314, 57329, 57346, 57362, 57374, 57385, 57398, 57410, 57422, 57434, 57443, 57454, 57467, 57483, 57497, 57512, 57525, 57533, 57543, 57558, 57572, 57587, 57602, 57616, 57625, 57637, 57653, 57660, 57680, 57696, 57713, 57733, 57749, 57771, 57786, 57803, 57816, 57830, 57847, 57860, 57879, 57891, 57909, 57924, 57942, 57961, 57975, 57995, 58008, 58018, 58029, 58039, 58059, 58076, 58096, 58117, 58131, 58152, 58167, 58185, 58196, 58207, 58220, 58239, 58251, 58263, 58277, 58285, 58293, 58303, 58320, 58330, 58340, 58352, 58364, 58374, 58384, 58392, 58409, 58422, 58439, 58451, 58461, 58471, 58479, 58485, 58496, 58509, 58529, 58547, 58562, 58573, 58581, 58602, 58618, 58632, 58647, 58663, 58682, 58700, 58716, 58736, 58750, 58765, 58782, 58797, 58809, 58819, 58832, 58849, 58860, 58870, 58884, 58900, 58912, 58926, 58943, 58964, 58981, 58996, 59009, 59020, 59034, 59044, 59065, 59084, 59100, 59112, 59134, 59151, 59172, 59187, 59203, 59221, 59232, 59250, 59261, 59267, 59280, 59293, 59311, 59329, 59343, 59355, 59370, 59383, 59395, 59408, 59420, 59435, 59447, 59458, 59472, 59481, 59493, 59501, 59511, 59517, 59528, 59548, 59566, 59581, 59592, 59613, 59629, 59645, 59661, 59681, 59695, 59710, 59727, 59739, 59749, 59762, 59779, 59789, 59795, 59810, 59825, 59845, 59865, 59881, 59895, 59912, 59918, 59925, 59950, 59973, 60001, 60026, 60054, 60079, 60106, 60128, 60143, 60161, 60177, 60198, 60216, 60241, 60264, 60284, 60300, 60326, 60347, 60366, 60386, 60407, 60425, 60445, 60466, 60491, 60510, 60530, 60552, 60569, 60584, 60602, 60624, 60639, 60660, 60679, 60695, 60714, 60726, 60748, 60762, 60779, 60796, 60817, 60832, 60848, 60866, 60884, 60895, 60913, 60924, 60933, 60946, 60951, 60958, 60968, 60974, 60981, 60994, 61004, 61013, 61029, 61044, 61062, 61076, 61089, 61105, 61121, 61139, 61153, 61169, 61184, 61202, 61217, 61231, 61248, 61257, 61266, 61276, 61288, 61301, 61318, 61331, 61341, 61356, 61370, 61387, 61397, 61410, 61414, 61423, 61433, 61450, 61462, 61479, 61492, 61508, 61521, 61534, 61547, 61563, 61573, 61589, 61610, 61628, 61643, 61658, 61676, 61693, 61707, 61721, 61741, 61757, 61769, 61785, 61795, 61810, 61827, 61844, 61867, 61892, 61913, 61936, 61962, 61992, 62018, 62042, 62064, 62084, 62107, 62126, 62148, 62167, 62188, 62204, 62220, 62237, 62256, 62275, 62297, 62323, 62341, 62363, 62378, 62398, 62413, 62434, 62452, 62468, 62487, 62504, 62515, 62531, 62542, 62558, 62570, 62585, 62597, 62609, 62621, 62636, 62647, 62665, 62688, 62708, 62725, 62742, 62762, 62781, 62797, 62816, 62841, 62868, 62891, 62916, 62944, 62976, 63004, 63030, 63054, 63076, 63101, 63122, 63146, 63167, 63183, 63206, 63224, 63242, 63261, 63282, 63303, 63327, 63355, 63377, 63397, 63421, 63438, 63460, 63477, 63500, 63520, 63538, 63559, 63578, 63596, 63610, 63624, 63629, 63640, 63658, 63682, 63700, 63721, 63743, 63763, 63783, 63800, 63818, 63838, 63858, 63881, 63899, 63916, 63937, 63958, 63979, 64003, 64025, 64042, 64055, 64069, 64087, 64097, 64113, 64124, 64140, 64152, 64167, 64179, 64191, 64203, 64218, 64227, 64236, 64244, 64258, 64272, 64282, 64300, 64313, 64331, 64345, 64362, 64376, 64390, 64404, 64421, 64432, 64449, 64461, 64478, 64491, 64507, 64520, 64533, 64546, 64562, 64578, 64590, 64612, 64629, 64651, 64669, 64690, 64708, 64726, 64744, 64765, 64779, 64790, 64810, 64825, 64845, 64861, 64880, 64896, 64912, 64928, 64947, 64959, 64970, 64982, 64994, 65007, 65019, 65028, 65039, 65054, 65064, 65071, 65079, 65095, 65106, 65122, 65134, 65149, 65161, 65173, 65185, 65200, 65216, 65225, 65235, 65253, 65266, 65284, 65298, 65315, 65329, 65343, 65357, 65374, 65385, 65403, 65423, 65439, 65457, 65474, 65492, 65509, 65529, 65546, 65562, 65581, 65592, 65603, 65615, 65629, 65639, 65660, 65680, 65703, 65722, 65740, 65761, 65782, 65805, 65824, 65845, 65865, 65888, 65908, 65927, 65949, 65963, 65977, 65992, 66009, 66027, 66049, 66067, 66082, 66101, 66116, 66127, 66139, 66151, 66160, 66178, 66191, 66209, 66223, 66240, 66254, 66268, 66282, 66299, 66311, 66321, 66333, 66349, 66360, 66376, 66388, 66403, 66415, 66427, 66439, 66454, 66476, 66493, 66515, 66533, 66554, 66572, 66590, 66608, 66629, 66643, 66657, 66679, 66696, 66718, 66736, 66757, 66775, 66793, 66811, 66832, 66852, 66867, 66887, 66903, 66922, 66938, 66954, 66970, 66989, 67013, 67032, 67056, 67076, 67099, 67119, 67139, 67159, 67182, 67194, 67207, 67216, 67225, 67237, 67248, 67257, 67264, 67274, 67297, 67318, 67344, 67367, 67393, 67416, 67441, 67461, 67477, 67491, 67510, 67526, 67549, 67570, 67588, 67602, 67626, 67645, 67662, 67680, 67699, 67715, 67733, 67752, 67775, 67792, 67810, 67830, 67845, 67858, 67874, 67894, 67907, 67919, 67925, 67936, 67947, 67963, 67979, 67991, 68001, 68014, 68021, 68033, 68054, 68073, 68089, 68101, 68120, 68145, 68164, 68186, 68209, 68230, 68251, 68269, 68288, 68309, 68330, 68354, 68373, 68391, 68413, 68435, 68457, 68482, 68505, 68523, 68545, 68562, 68579, 68596, 68617, 68632, 68648, 68666, 68679, 68690, 68704, 68722, 68733, 68740, 68747],
        },
        rules: &[
            (0, "override-earlier-instructions", Anchor::Any(&[Anchor::All(&[Anchor::Lits(&[546, 610, 642, 819, 827, 1472, 1481, 1489, 1654, 1901, 2475, 2484, 2610, 2644, 2664, 3028, 3607]), Anchor::Lits(&[0, 455, 666, 786, 859, 865, 871, 877, 898, 918, 923, 930, 939, 945, 953, 961, 966, 973, 982, 988, 1252, 1410, 1560, 1566, 1582, 1865, 2027, 2053, 2061, 2078, 2085, 2096, 2118, 2218, 2315, 2322, 2333, 2344, 2374, 2380, 2386, 2518, 2542, 2706, 2748, 2795, 2936, 2942, 2947, 2953, 2959, 2965, 3081, 3581, 3587, 3600, 3683]), Anchor::Lits(&[14, 74, 1017, 1251, 1277, 1409, 1509, 1618, 2216, 2299, 2372, 2413, 2426, 2438, 2510, 2672, 2712, 3020])]), Anchor::All(&[Anchor::Lits(&[546, 610, 653, 672, 755, 819, 833, 1094, 1472, 1481, 1495, 1617, 1642, 1660, 1996, 2298, 2475, 2484, 2595, 2651, 2664, 2918, 3028, 3110, 3121, 3443, 3607]), Anchor::Lits(&[0, 455, 666, 786, 859, 865, 871, 877, 898, 918, 923, 930, 939, 945, 953, 961, 966, 973, 982, 988, 1252, 1410, 1560, 1566, 1582, 1865, 2027, 2053, 2061, 2078, 2085, 2096, 2118, 2218, 2315, 2322, 2333, 2344, 2374, 2380, 2386, 2518, 2542, 2706, 2748, 2795, 2936, 2942, 2947, 2953, 2959, 2965, 3081, 3581, 3587, 3600, 3683]), Anchor::Lits(&[14, 74, 1017, 1251, 1277, 1409, 1509, 1618, 2216, 2299, 2372, 2413, 2426, 2438, 2510, 2672, 2712, 3020])]), Anchor::All(&[Anchor::Lits(&[14, 354, 1323, 1324, 1416, 2511, 2812, 3700, 3701, 3940, 3985, 4178, 4421, 4453, 4483]), Anchor::Lits(&[546, 610, 642, 819, 827, 1472, 1481, 1489, 1654, 1901, 2475, 2484, 2610, 2644, 2664, 3028, 3607]), Anchor::Lits(&[0, 455, 666, 786, 859, 865, 871, 877, 898, 918, 923, 930, 939, 945, 953, 961, 966, 973, 982, 988, 1252, 1410, 1560, 1566, 1582, 1865, 2027, 2053, 2061, 2078, 2085, 2096, 2118, 2218, 2315, 2322, 2333, 2344, 2374, 2380, 2386, 2518, 2542, 2706, 2748, 2795, 2936, 2942, 2947, 2953, 2959, 2965, 3081, 3581, 3587, 3600, 3683])])])),
            (1, "override-all-instructions", Anchor::Any(&[Anchor::Lits(&[800, 801, 805, 1516, 1521, 1629, 1661, 2017, 2310, 2421, 2485, 3026, 3028, 3045]), Anchor::All(&[Anchor::Lits(&[546, 610, 819, 827, 1472, 1481, 1489, 1654, 2475, 2484, 2651, 2664, 3028, 3607]), Anchor::Lits(&[0, 455, 666, 786, 859, 865, 871, 877, 898, 918, 923, 930, 939, 945, 953, 961, 966, 973, 982, 988, 1252, 1410, 1560, 1566, 1582, 1865, 2027, 2053, 2061, 2078, 2085, 2096, 2118, 2218, 2315, 2322, 2333, 2344, 2374, 2380, 2386, 2518, 2542, 2706, 2748, 2795, 2936, 2942, 2947, 2953, 2959, 2965, 3081, 3581, 3587, 3600, 3683]), Anchor::Lits(&[78, 182, 1092, 4058])]), Anchor::All(&[Anchor::Lits(&[545, 827, 1471, 1489, 1654, 1900, 2484, 2609, 2644, 2663, 2673]), Anchor::Lits(&[0, 455, 666, 786, 859, 865, 871, 877, 898, 918, 923, 930, 939, 945, 953, 961, 966, 973, 982, 988, 1252, 1410, 1560, 1566, 1582, 1865, 2027, 2053, 2061, 2078, 2085, 2096, 2118, 2218, 2315, 2322, 2333, 2344, 2374, 2380, 2386, 2518, 2542, 2706, 2748, 2795, 2936, 2942, 2947, 2953, 2959, 2965, 3081, 3581, 3587, 3600, 3683]), Anchor::Lits(&[182, 995, 1092])]), Anchor::All(&[Anchor::Lits(&[171, 172, 173, 174, 175, 176, 177, 178, 179, 180, 181, 2271, 2272, 2273, 2274, 2275, 2276, 2277, 2278, 2279, 2280, 2281, 2801, 2802, 2803, 2804, 2805, 2806, 2807, 2808, 2809, 2810, 2811, 2876, 2877, 2878, 2879, 2880, 2881, 2882, 2883, 2884, 2885, 2886, 2887, 2888, 2889, 2890, 2891, 2892, 2893, 2894, 2895, 2896, 2897, 3165, 3166, 3167, 3168, 3169, 3170, 3171, 3172, 3173, 3174, 3175, 3176, 3177, 3178, 3179, 3180, 3181, 3182, 3183, 3184, 3185, 3186, 3277, 3278, 3279, 3280, 3281, 3282, 3283, 3284, 3285, 3286, 3287, 3288, 3289, 3290, 3291, 3292, 3293, 3294, 3295, 3296, 3297, 3298, 3346, 3347, 3348, 3349, 3350, 3351, 3352, 3353, 3354, 3355, 3356, 3357, 3358, 3359, 3360, 3361, 3362, 3363, 3364, 3365, 3366, 3367, 3369, 3370, 3371, 3372, 3373, 3374, 3375, 3376, 3377, 3378, 3379, 3388, 3389, 3390, 3391, 3392, 3393, 3394, 3395, 3396, 3397, 3398, 3420, 3421, 3422, 3423, 3424, 3425, 3426, 3427, 3428, 3429, 3430, 3431, 3432, 3433, 3434, 3435, 3436, 3438, 3439, 3440, 3441, 3442, 4071, 4072, 4073, 4074, 4075, 4076, 4077, 4078, 4079, 4080, 4081, 4087, 4100, 4101, 4103, 4104, 4107, 4110, 4112, 4114, 4115, 4119, 4131, 4132, 4133, 4134, 4135, 4136, 4137, 4138, 4139, 4152, 4153, 4154, 4156, 4157, 4160, 4163, 4164, 4166, 4168, 4169, 4173, 4174]), Anchor::Lits(&[417, 478, 546, 610, 635, 642, 659, 819, 827, 1077, 1216, 1472, 1481, 1489, 1654, 1901, 1929, 2023, 2024, 2025, 2410, 2436, 2475, 2484, 2601, 2610, 2651, 2664, 2680, 3028, 3607]), Anchor::Lits(&[0, 455, 666, 786, 859, 865, 871, 877, 898, 918, 923, 930, 939, 945, 953, 961, 966, 973, 982, 988, 1252, 1410, 1560, 1566, 1582, 1865, 2027, 2053, 2061, 2078, 2085, 2096, 2118, 2218, 2315, 2322, 2333, 2344, 2374, 2380, 2386, 2518, 2542, 2706, 2748, 2795, 2936, 2942, 2947, 2953, 2959, 2965, 3081, 3581, 3587, 3600, 3683])]), Anchor::All(&[Anchor::Lits(&[1, 2, 4, 5, 456, 457, 459, 461, 667, 668, 669, 670, 787, 788, 789, 790, 860, 861, 862, 863, 866, 867, 868, 869, 872, 873, 874, 875, 878, 879, 881, 882, 883, 884, 886, 887, 899, 900, 901, 902, 919, 920, 921, 922, 924, 925, 926, 927, 931, 932, 933, 934, 940, 941, 942, 943, 946, 947, 948, 949, 954, 955, 956, 957, 962, 963, 964, 965, 967, 968, 969, 970, 974, 975, 976, 977, 983, 984, 985, 986, 989, 990, 991, 992, 1253, 1254, 1255, 1256, 1257, 1258, 1260, 1261, 1265, 1266, 1268, 1269, 1411, 1412, 1413, 1414, 1561, 1562, 1563, 1564, 1567, 1568, 1570, 1571, 1577, 1578, 1579, 1580, 1583, 1584, 1586, 1587, 1866, 1867, 1868, 1869, 2028, 2029, 2030, 2031, 2054, 2055, 2056, 2057, 2062, 2063, 2064, 2065, 2079, 2080, 2081, 2082, 2086, 2087, 2088, 2089, 2097, 2098, 2099, 2100, 2119, 2120, 2121, 2122, 2219, 2220, 2221, 2222, 2316, 2317, 2318, 2319, 2323, 2324, 2326, 2327, 2334, 2335, 2337, 2338, 2345, 2346, 2347, 2348, 2375, 2376, 2377, 2378, 2381, 2382, 2383, 2384, 2387, 2388, 2389, 2390, 2519, 2520, 2521, 2522, 2543, 2544, 2545, 2546, 2707, 2708, 2709, 2710, 2749, 2750, 2751, 2752, 2796, 2797, 2798, 2799, 2937, 2938, 2939, 2940, 2943, 2944, 2945, 2946, 2948, 2949, 2950, 2951, 2954, 2955, 2956, 2957, 2960, 2961, 2962, 2963, 2966, 2967, 2968, 2969, 3082, 3083, 3084, 3085, 3582, 3583, 3584, 3585, 3588, 3589, 3590, 3591, 3601, 3602, 3603, 3604, 3684, 3685, 3686, 3687]), Anchor::Lits(&[2270, 3124, 3143, 3893, 3936, 3940, 3968, 4027, 4053, 4421, 4453]), Anchor::Lits(&[417, 478, 546, 610, 635, 642, 659, 819, 827, 1077, 1216, 1472, 1481, 1489, 1654, 1901, 1929, 2023, 2024, 2025, 2410, 2436, 2475, 2484, 2601, 2610, 2651, 2664, 2680, 3028, 3607])]), Anchor::All(&[Anchor::Lits(&[1242, 1243, 1244, 1245, 1246, 1247, 1248, 1249, 1278, 1279, 1280, 1281, 1282, 1283, 1284, 1285, 1286, 1287, 1288, 1289, 1290, 1291, 1292, 1293, 1294, 1295, 1296, 1297, 1298, 1299, 1300, 1301, 1302, 1303, 1304, 1305, 1306, 1815, 3120, 3579, 3580]), Anchor::Lits(&[546, 610, 819, 827, 1472, 1481, 1489, 1654, 2475, 2484, 2651, 2664, 3028, 3607]), Anchor::Lits(&[0, 455, 666, 786, 859, 865, 871, 877, 898, 918, 923, 930, 939, 945, 953, 961, 966, 973, 982, 988, 1252, 1410, 1560, 1566, 1582, 1865, 2027, 2053, 2061, 2078, 2085, 2096, 2118, 2218, 2315, 2322, 2333, 2344, 2374, 2380, 2386, 2518, 2542, 2706, 2748, 2795, 2936, 2942, 2947, 2953, 2959, 2965, 3081, 3581, 3587, 3600, 3683])])])),
            (3, "override-everything-before", Anchor::All(&[Anchor::Lits(&[14, 305, 1017, 1690, 1696, 2430, 2454, 2812, 3700, 3701, 3869, 3874, 3877, 3883, 3889, 3890, 3891, 3921, 3922, 3923, 3924, 3925, 3926, 3927, 3941, 3945, 3947, 3949, 3954, 3955, 3956, 3960, 3961, 3962, 3963, 3964, 3965, 3966, 3979, 3985, 3987, 3993, 3998, 3999, 4000, 4009, 4023, 4024, 4415, 4421, 4423, 4429, 4434, 4435, 4436, 4439, 4441, 4442, 4443, 4444, 4445, 4446, 4447, 4449, 4453, 4475, 4477, 4482, 4483, 4484]), Anchor::Lits(&[0, 455, 666, 786, 859, 865, 871, 877, 898, 918, 923, 930, 939, 945, 953, 961, 966, 973, 982, 988, 1252, 1410, 1560, 1566, 1582, 1865, 2027, 2053, 2061, 2078, 2085, 2096, 2118, 2218, 2315, 2322, 2333, 2344, 2374, 2380, 2386, 2518, 2542, 2706, 2748, 2795, 2936, 2942, 2947, 2953, 2959, 2965, 3081, 3581, 3587, 3600, 3683]), Anchor::Lits(&[78, 183, 1094, 3721])])),
            (5, "override-bare-instructions", Anchor::All(&[Anchor::Lits(&[455, 877, 1252, 1566, 2061, 2322, 2374, 2953, 2965]), Anchor::Lits(&[833, 1472, 1495, 1654, 2475, 2493, 2651, 2664, 3045])])),
            (7, "override-previous-context", Anchor::Any(&[Anchor::All(&[Anchor::Lits(&[482, 546, 672, 819, 1419, 1559, 1642, 2021, 2156, 2298, 2394, 2484, 3121]), Anchor::Lits(&[0, 455, 666, 786, 859, 865, 871, 877, 898, 918, 923, 930, 939, 945, 953, 961, 966, 973, 982, 988, 1252, 1410, 1560, 1566, 1582, 1865, 2027, 2053, 2061, 2078, 2085, 2096, 2118, 2218, 2315, 2322, 2333, 2344, 2374, 2380, 2386, 2518, 2542, 2706, 2748, 2795, 2936, 2942, 2947, 2953, 2959, 2965, 3081, 3581, 3587, 3600, 3683]), Anchor::Lits(&[14, 74, 1017, 1251, 1277, 1409, 1509, 1618, 2216, 2299, 2372, 2413, 2426, 2438, 2510, 2672, 2712, 3020])]), Anchor::All(&[Anchor::Lits(&[9, 13, 147, 471, 671, 791, 864, 870, 876, 891, 896, 903, 928, 935, 944, 958, 971, 978, 987, 1273, 1275, 1415, 1565, 1575, 1581, 1591, 2032, 2058, 2066, 2083, 2090, 2101, 2123, 2169, 2223, 2320, 2331, 2342, 2349, 2379, 2385, 2391, 2523, 2547, 2711, 2753, 2800, 2941, 2952, 2958, 2964, 2970, 3586, 3592, 3605, 3688]), Anchor::Lits(&[272, 663, 1419, 1559, 1787, 2021, 2156, 2394, 2512, 2643, 3109])])])),
            (8, "override-rules-that-bind-you", Anchor::Lits(&[3124, 3125, 3126, 3127, 3128, 3131, 3132, 3133, 3134, 3140, 3141, 3142, 3143, 3148, 3149, 3150, 3151, 3154, 3155, 3156, 3157, 3158, 3159, 3160, 3161, 3162, 3163, 3753, 3754, 3755, 3756, 3757, 3760, 3761, 3762, 3763, 3769, 3770, 3771, 3772, 3777, 3778, 3779, 3780, 3783, 3784, 3785, 3786, 3787, 3788, 3789, 3790, 3791, 3792])),
            (13, "stop-following-instructions", Anchor::Any(&[Anchor::All(&[Anchor::Lits(&[3871, 3872, 3873, 3874, 3876, 3880, 3884, 3885, 3886, 3887, 3890, 3892, 3894, 3907, 3908, 3909, 3910, 3911, 3912, 3913, 3914, 3915, 3916, 3917, 3918, 3919, 3942, 3943, 3944, 3945, 3946, 3948, 3950, 3951, 3952, 3953, 3955, 3957, 3958, 3982, 3983, 3984, 3985, 3986, 3990, 3994, 3995, 3996, 3997, 3999, 4001, 4002, 4003, 4004, 4005, 4007, 4008, 4010, 4012, 4013, 4014, 4015, 4017, 4018, 4019, 4418, 4419, 4420, 4421, 4422, 4426, 4430, 4431, 4432, 4433, 4435, 4437, 4438, 4450, 4451, 4452, 4453, 4474, 4476, 4478, 4479, 4480, 4481, 4483, 4485, 4486]), Anchor::Lits(&[546, 610, 819, 827, 1472, 1481, 1489, 1654, 2475, 2484, 2651, 2664, 3028, 3607])]), Anchor::All(&[Anchor::Lits(&[11, 12, 71, 72, 554, 555, 1225, 1551, 1552, 1944, 1945, 2124, 2596, 2933, 2934]), Anchor::Lits(&[546, 610, 642, 752, 794, 819, 827, 1472, 1481, 1489, 1654, 1901, 1964, 2294, 2350, 2475, 2484, 2610, 2644, 2664, 3028, 3606, 3607]), Anchor::Lits(&[477, 913, 950, 2047, 2073, 2095, 2541, 2935, 3881, 3882, 4028, 4029, 4201, 4401, 4402])])])),
            (14, "discredit-earlier-text", Anchor::Any(&[Anchor::Lits(&[15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31, 32, 33, 34, 155, 156, 157, 158, 159, 160, 161, 162, 163, 164, 165, 166, 167, 168, 169, 170, 326, 327, 328, 329, 330, 331, 332, 333, 334, 335, 336, 337, 338, 339, 340, 341, 342, 343, 344, 345, 355, 356, 357, 358, 359, 360, 361, 362, 363, 364, 365, 366, 367, 368, 369, 370, 371, 372, 373, 374, 556, 557, 558, 559, 560, 561, 562, 563, 564, 565, 566, 567, 568, 569, 570, 571, 572, 573, 574, 575, 576, 577, 578, 579, 580, 581, 582, 583, 584, 585, 1144, 1145, 1146, 1147, 1148, 1149, 1150, 1151, 1152, 1153, 1154, 1155, 1156, 1157, 1158, 1159, 1160, 1161, 1162, 1163, 1164, 1165, 1166, 1167, 1168, 1169, 1170, 1171, 1172, 1173, 1174, 1175, 1176, 1177, 1178, 1179, 1180, 1181, 1182, 1183, 1184, 1185, 1186, 1226, 1227, 1228, 1229, 1230, 1231, 1232, 1233, 1234, 1235, 1236, 1237, 1238, 1239, 1240, 1241, 1325, 1326, 1327, 1328, 1329, 1330, 1331, 1332, 1333, 1334, 1335, 1336, 1337, 1338, 1339, 1340, 1341, 1342, 1343, 1344, 1345, 1346, 1347, 1348, 1349, 1350, 1351, 1352, 1353, 1354, 1355, 1356, 1357, 1358, 1359, 1360, 1361, 1362, 1363, 1364, 1697, 1698, 1699, 1700, 1701, 1702, 1703, 1704, 1705, 1706, 1707, 1708, 1709, 1710, 1711, 1712, 1713, 1714, 1715, 1716, 1717, 1718, 1719, 1720, 1721, 1722, 1723, 1724, 1725, 1726, 1727, 1728, 1729, 1730, 1731, 1732, 1733, 1734, 1735, 1736, 1788, 1789, 1790, 1791, 1792, 1793, 1794, 1795, 1796, 1797, 1798, 1799, 1800, 1801, 1802, 1803, 1804, 1805, 1806, 1807, 1808, 1809, 1810, 1811, 1812, 1813, 1814, 1816, 1817, 1818, 1819, 1820, 1821, 1822, 1823, 1824, 1825, 1826, 1827, 1828, 1829, 1830, 1831, 1946, 1947, 1948, 1949, 1950, 1951, 1952, 1953, 1954, 1955, 1956, 1957, 1958, 1959, 1960, 1961, 2125, 2126, 2127, 2128, 2129, 2130, 2131, 2132, 2133, 2134, 2135, 2136, 2137, 2138, 2139, 2140, 2141, 2142, 2143, 2144, 2145, 2146, 2147, 2148, 2149, 2150, 2151, 2152, 2153, 2154, 2155, 2226, 2227, 2228, 2229, 2230, 2231, 2232, 2233, 2234, 2235, 2236, 2237, 2238, 2239, 2240, 2241, 2242, 2243, 2244, 2245, 2246, 2247, 2248, 2249, 2250, 2251, 2252, 2253, 2254, 2255, 2256, 2257, 2258, 2259, 2260, 2261, 2262, 2263, 2264, 2265, 2266, 2267, 2268, 2579, 2580, 2581, 2582, 2583, 2584, 2585, 2586, 2587, 2588, 2589, 2590, 2591, 2592, 2593, 2594, 2813, 2814, 2815, 2816, 2817, 2818, 2819, 2820, 2821, 2822, 2823, 2824, 2825, 2826, 2827, 2828, 2829, 2830, 2831, 2832, 2833, 2834, 2835, 2836, 2837, 2838, 2839, 2840, 2841, 2842, 2843, 2844, 2845, 2846, 2847, 2848, 2849, 2850, 2851, 2852, 2853, 2854, 2855, 2856, 2857, 2858, 2859, 2860, 2861, 2862, 2863, 2864, 2865, 2866, 2867, 2868, 2869, 2870, 2871, 2872, 2873, 2874, 2875, 3049, 3050, 3051, 3052, 3053, 3054, 3055, 3056, 3057, 3058, 3059, 3060, 3061, 3062, 3063, 3064, 3065, 3066, 3067, 3068, 3069, 3070, 3071, 3072, 3073, 3074, 3075, 3076, 3077, 3078, 3079, 3080, 3086, 3087, 3088, 3089, 3090, 3091, 3092, 3093, 3094, 3095, 3096, 3097, 3098, 3099, 3100, 3101, 3841, 3842, 3843, 3844, 3845, 3846, 3847, 3848, 3849, 3850, 3851, 3852, 3853, 3854, 3855, 3856, 4179, 4180, 4181, 4182, 4183, 4184, 4185, 4186, 4187, 4188, 4189, 4190, 4191, 4192, 4193, 4194, 4195, 4196, 4197, 4198, 4454, 4455, 4456, 4457, 4458, 4459, 4460, 4461, 4462, 4463, 4464, 4465, 4466, 4467, 4468, 4469, 4470, 4471, 4472, 4473]), Anchor::All(&[Anchor::Lits(&[636, 637, 638, 639, 724, 725, 732, 751, 772, 773, 774, 775, 2564, 2565, 2566, 2567, 3617, 3618, 3619, 3620]), Anchor::Lits(&[546, 610, 642, 819, 827, 1472, 1481, 1489, 1654, 1901, 2475, 2484, 2610, 2644, 2664, 3028, 3607]), Anchor::Lits(&[474, 475, 792, 1213, 1423, 1695, 1739, 1876, 2117, 2157, 2297, 2321, 2577, 2641, 2983, 3714, 3807])]), Anchor::All(&[Anchor::Lits(&[35, 37, 38, 43, 44, 45, 46, 797, 800, 801, 803, 805, 806, 809, 1018, 1019, 1020, 1021, 1022, 1023, 1024, 1218, 1219, 1220, 1221, 1222, 1223, 1224, 1512, 1516, 1518, 1519, 1521, 1522, 1524, 2302, 2305, 2307, 2308, 2310, 2311, 2313, 2428, 2429, 2431, 2432, 2433, 2434, 2435, 2439, 2440, 2441, 2442, 2443, 2444, 2445, 3023, 3027, 3028, 3043, 3045, 3046, 3048]), Anchor::Lits(&[70, 73, 75, 76, 148, 210, 292, 293, 415, 771, 1214, 1695, 1873, 2111, 2157, 2314, 3714])]), Anchor::All(&[Anchor::Lits(&[250, 251, 252, 253, 254, 255, 256, 257, 258, 259, 260, 261, 262, 263, 264, 265, 266, 267, 274, 275, 276, 277, 278, 279, 280, 281, 282, 283, 284, 285, 286, 287, 288, 289, 290, 291, 1882, 1883, 1884, 1885, 1886, 1887, 1888, 1889, 1890, 1891, 1892, 1893, 1894, 1895, 1896, 1897, 1898, 1899]), Anchor::Lits(&[546, 610, 642, 819, 827, 1472, 1481, 1489, 1654, 1901, 2475, 2484, 2610, 2644, 2664, 3028, 3607]), Anchor::Lits(&[55, 152, 387, 665, 2424, 2597])])])),
            (15, "permission-to-ignore", Anchor::All(&[Anchor::Lits(&[300, 544, 1556, 1557, 1558, 1593, 1597, 1598, 1599, 1600, 1601, 1602, 1603, 1604, 1605, 1606, 1616, 1737, 1738, 1743, 2392, 3868, 3920, 3969, 3970, 3971, 3972, 3973, 3974, 3975, 3976, 3977, 3978, 3979, 3980, 3981, 3987, 3991, 3992, 3999, 4006, 4011, 4016, 4025, 4026, 4177, 4400, 4406, 4407, 4408, 4409, 4410, 4411, 4412, 4413, 4414, 4415, 4416, 4417, 4423, 4427, 4428, 4435, 4487]), Anchor::Lits(&[237, 295, 296, 297, 298, 417, 478, 483, 485, 546, 610, 631, 635, 642, 654, 659, 719, 819, 827, 1031, 1077, 1093, 1216, 1470, 1471, 1480, 1481, 1489, 1554, 1634, 1635, 1636, 1637, 1638, 1639, 1640, 1654, 1901, 1929, 2022, 2023, 2024, 2025, 2410, 2436, 2475, 2484, 2548, 2562, 2563, 2601, 2610, 2638, 2651, 2663, 2673, 2675, 2676, 2679, 2680, 2681, 2683, 2684, 2685, 2689, 2690, 2699, 2700, 2701, 2726, 2728, 2729, 2730, 2731, 2732, 3028, 3299, 3607, 3621]), Anchor::Lits(&[418, 455, 486, 843, 877, 1078, 1252, 1566, 2322, 2795, 3713])])),
            (17, "suspend-own-instructions", Anchor::All(&[Anchor::Lits(&[1832, 1833, 1834, 1835, 1836, 1838, 1839, 1840, 1841, 1842, 1843, 1844, 1845, 1846, 1847, 1850, 1851, 1852, 1853, 1854, 1855, 1856, 1857, 1858, 1859, 1860, 1861, 1862, 1863, 1864, 2355, 2356, 2357, 2358, 2359, 2360, 2361, 2362, 2363, 2364, 2365, 2366, 2367, 2368, 2369, 2395, 2396, 2397, 2398, 2399, 2400, 2401, 2402, 2403, 2404, 2405, 2406, 2407, 2408, 2409, 2513, 2514, 2515, 2516, 2517, 2526, 2527, 2528, 2529, 2530, 2531, 2532, 2533, 2534, 2539, 2743, 2744, 2745, 2746, 2747, 2754, 2755, 2756, 2757, 2758, 2759, 2760, 2761, 2762, 2764, 2765, 2766, 2767, 2768, 2769, 2770, 2771, 2772, 2773, 2774, 2775, 2776, 2777, 2778, 2779, 2989, 2990, 2991, 2992, 2993, 3003, 3004, 3006, 3007, 3010, 3013, 3015, 3016, 3017, 3019, 3622, 3623, 3624, 3625, 3626, 3634, 3635, 3637, 3638, 3641, 3644, 3646, 3647, 3649, 3650]), Anchor::Lits(&[77, 79, 238, 239, 240, 241, 243, 244, 245, 295, 296, 297, 298, 417, 478, 484, 485, 546, 610, 632, 634, 635, 642, 719, 819, 827, 1031, 1077, 1093, 1215, 1470, 1471, 1480, 1481, 1489, 1553, 1554, 1634, 1635, 1636, 1637, 1639, 1640, 1654, 1901, 1929, 2022, 2025, 2410, 2411, 2436, 2475, 2484, 2509, 2548, 2562, 2563, 2610, 2639, 2640, 2651, 2663, 2672, 2699, 2700, 2701, 2726, 2728, 2729, 2730, 2731, 2732, 2734, 3028, 3299, 3607, 3621, 4070]), Anchor::Lits(&[248, 303, 388, 2158, 2224, 2225, 2269, 3599])])),
            (24, "reveal-own-instructions", Anchor::Lits(&[4059, 4060, 4082, 4083, 4084, 4085, 4086, 4120, 4130, 4175, 4176, 4202, 4212, 4213, 4214, 4215, 4216, 4217, 4227, 4237, 4238, 4248, 4249, 4259, 4260, 4261, 4262, 4263, 4264, 4265, 4266, 4267, 4268, 4269, 4270, 4280, 4281, 4282, 4337, 4347, 4348, 4349, 4368, 4369, 4397, 4398, 4399])),
            (25, "reveal-system-prompt", Anchor::Lits(&[59, 60, 61, 62, 63, 64, 65, 66, 67, 68, 69, 618, 619, 620, 621, 622, 623, 624, 625, 626, 627, 628, 795, 796, 798, 799, 800, 801, 804, 805, 806, 807, 809, 1510, 1511, 1513, 1514, 1516, 1518, 1520, 1521, 1522, 1523, 1524, 1619, 1620, 1621, 1622, 1623, 1627, 1628, 1629, 1630, 1631, 1632, 1678, 1679, 1680, 1681, 1682, 1683, 1684, 1685, 1686, 1687, 1688, 2010, 2011, 2012, 2013, 2014, 2015, 2016, 2017, 2018, 2019, 2020, 2282, 2283, 2284, 2285, 2286, 2287, 2288, 2289, 2290, 2291, 2292, 2300, 2301, 2303, 2304, 2305, 2307, 2309, 2310, 2311, 2312, 2313, 2414, 2415, 2416, 2417, 2418, 2419, 2420, 2421, 2422, 2423, 2425, 2460, 2461, 2462, 2463, 2464, 2465, 2466, 2467, 2468, 2469, 2470, 2549, 2550, 2551, 2552, 2553, 2554, 2555, 2556, 2557, 2558, 2559, 2713, 2714, 2715, 2716, 2717, 2718, 2719, 2720, 2721, 2722, 2723, 2902, 2903, 2904, 2905, 2906, 2907, 2908, 2909, 2910, 2911, 2912, 3021, 3022, 3024, 3025, 3027, 3028, 3044, 3045, 3046, 3047, 3048, 3662, 3663, 3664, 3665, 3666, 3667, 3668, 3669, 3670, 3671, 3672, 3702, 3703, 3704, 3705, 3706, 3707, 3708, 3709, 3710, 3711, 3712])),
            (26, "what-others-told-you", Anchor::Any(&[Anchor::Lits(&[36, 39, 40, 41, 42, 47, 48, 49, 50, 51, 52, 53, 54, 314, 320, 321, 322, 323, 348, 350, 353, 375, 376, 377, 378, 382, 2446, 2447, 2448, 2449, 2450, 2451, 2452, 2453, 2455, 2456, 2457, 2458, 2459]), Anchor::All(&[Anchor::Lits(&[268, 269, 270, 271, 1367, 1368, 1369, 1370, 1407, 1408, 1417, 1418, 1650, 1651, 1652, 1653, 2471, 2472, 2473, 2474, 2524, 2525, 2536, 2537, 2694, 2695, 2696, 2697, 2739, 2740, 2741, 2742, 3111, 3112, 3113, 3114, 3115, 3116, 3117, 3118, 3595, 3596, 3597, 3598, 3857, 3858, 3859, 3860, 3864, 3865, 3866, 3867]), Anchor::Lits(&[78, 183, 1094, 3721])])])),
            (27, "reveal-what-you-were-told", Anchor::Any(&[Anchor::Lits(&[3724, 3725, 3726]), Anchor::All(&[Anchor::Lits(&[3727, 3728, 3729, 3730, 3736, 3737, 3738, 3739, 3740, 3741, 3742, 3743, 3744, 3745, 3746, 3747, 3748, 3749]), Anchor::Lits(&[629, 642, 664, 819, 833, 1220, 1472, 1495, 1624, 1625, 1627, 1660, 2394, 2410, 2412, 2475, 2484, 2610, 2651, 2763, 3028, 3607])]), Anchor::All(&[Anchor::Lits(&[3895, 3896, 3897, 3898, 3899, 3900, 3901, 3902, 3903, 3904, 3905, 3906, 3937, 3938, 3939, 4021, 4055, 4057, 4088, 4089, 4090, 4091, 4092, 4093, 4094, 4095, 4096, 4097, 4098, 4099, 4102, 4105, 4106, 4108, 4109, 4111, 4113, 4116, 4117, 4118, 4140, 4141, 4142, 4143, 4144, 4145, 4146, 4147, 4148, 4149, 4150, 4151, 4155, 4158, 4159, 4161, 4162, 4165, 4167, 4170, 4171, 4172, 4178, 4403, 4404, 4405]), Anchor::Lits(&[547, 548, 549, 550, 551, 552, 553, 611, 612, 613, 614, 615, 616, 617, 643, 644, 645, 646, 647, 648, 649, 820, 821, 822, 823, 824, 825, 826, 828, 829, 830, 831, 832, 834, 835, 836, 837, 838, 839, 840, 841, 842, 1473, 1474, 1475, 1476, 1477, 1478, 1479, 1482, 1483, 1484, 1485, 1486, 1487, 1488, 1490, 1491, 1492, 1493, 1494, 1496, 1497, 1498, 1499, 1500, 1501, 1502, 1503, 1504, 1655, 1656, 1657, 1658, 1659, 1662, 1663, 1664, 1666, 1667, 1669, 1670, 1676, 1677, 1902, 1903, 1904, 1905, 1906, 1907, 1908, 2476, 2477, 2478, 2479, 2480, 2481, 2482, 2486, 2487, 2488, 2491, 2492, 2494, 2495, 2496, 2498, 2499, 2500, 2501, 2502, 2503, 2612, 2613, 2614, 2615, 2616, 2617, 2618, 2645, 2647, 2648, 2649, 2650, 2652, 2653, 2654, 2655, 2656, 2657, 2658, 2660, 2661, 2665, 2666, 2667, 2668, 2669, 2670, 2671, 3029, 3030, 3031, 3032, 3033, 3034, 3035, 3036, 3037, 3038, 3039, 3040, 3041, 3042, 3608, 3609, 3610, 3611, 3612, 3613, 3614]), Anchor::Lits(&[3721, 3752])]), Anchor::All(&[Anchor::Lits(&[650, 651, 652, 783, 784, 785, 1515, 1517, 1525, 1613, 1614, 1615, 1941, 1942, 1943, 1992, 1993, 1994, 2692, 2693, 2698, 2898, 2899, 2900, 2915, 2916, 2917, 3861, 3862, 3863]), Anchor::Lits(&[3721])]), Anchor::All(&[Anchor::Lits(&[3722, 3723, 3735, 3750, 3751]), Anchor::Lits(&[294, 305, 473, 1017, 1626, 1690, 1696, 2113, 2306, 2430])])])),
            (31, "reveal-context-contents", Anchor::Any(&[Anchor::Lits(&[1643, 1644, 1645, 1646, 1647, 1648, 1649, 1665, 1668, 1671, 1672, 1673, 1674, 1675, 1995, 1997, 1998, 1999, 2000, 2001, 2002, 2003, 2004, 2005, 2006, 2007, 2008, 2009, 2489, 2497, 2504, 2505, 2506, 2507, 2508]), Anchor::All(&[Anchor::Lits(&[385, 386, 480, 481, 656, 657, 661, 662, 674, 675, 1029, 1030, 1937, 1938, 1939, 1940, 2351, 2352, 2353, 2354, 2370, 2371, 2570, 2571, 2599, 2600, 2724, 2725, 2735, 2736, 2737, 2738, 2913, 2914, 3122, 3123, 3593, 3594, 3615, 3616, 3832, 3833]), Anchor::Lits(&[630, 663, 673, 1660, 1991, 2412, 2484, 2651])]), Anchor::All(&[Anchor::Lits(&[663, 1660, 2412, 2484, 3028]), Anchor::Lits(&[80, 81, 82, 83, 84, 86, 87, 88, 89, 90, 91, 92, 93, 94, 95, 96, 97, 98, 99, 100, 101, 102, 103, 104, 105, 106, 107, 108, 109, 110, 111, 112, 113, 114, 115, 119, 120, 121, 122, 123, 124, 125, 126, 127, 128, 129, 130, 131, 132, 133, 134, 135, 136, 137, 138, 139, 140, 141, 142, 143, 144, 145, 146, 184, 185, 186, 187, 188, 189, 190, 191, 192, 193, 194, 195, 196, 197, 201, 202, 203, 204, 205, 206, 207, 996, 997, 998, 999, 1000, 1001, 1002, 1003, 1004, 1005, 1006, 1007, 1008, 1009, 1010, 1011, 1012, 1013, 1014, 1015, 1016, 1095, 1096, 1097, 1098, 1099, 1100, 1101, 1102, 1103, 1104, 1105, 1106, 1107, 1108, 1112, 1113, 1114, 1115, 1116, 1117, 1118, 1120, 1121, 1122, 1123, 1124, 1125, 1126, 1127, 1128, 1129, 1130, 1131, 1132, 1133, 1134, 1135, 1136, 1137, 1138, 1139, 1140, 3399, 3400, 3401, 3402, 3403, 3404, 3405, 3406, 3407, 3408, 3409, 3410, 3411, 3412, 3413, 3414, 3415, 3416, 3417, 3418, 3419]), Anchor::Lits(&[3164, 4058])])])),
            (50, "unrestricted-mode", Anchor::Any(&[Anchor::Lits(&[150, 151, 479, 754, 802, 808, 994, 1143, 1308, 1420, 1507, 1610, 1611, 1641, 1689, 1691, 1692, 1693, 1694, 1765, 1784, 1916, 2069, 2070, 2072, 2106, 2217, 2296, 2561, 2901, 2979, 3654, 3656, 3657, 3682, 3690, 3692, 3696, 3697]), Anchor::All(&[Anchor::Lits(&[150, 151, 479, 754, 802, 808, 994, 1143, 1308, 1420, 1507, 1765, 1784, 1916, 2069, 2070, 2072, 2106, 2217, 2296, 2561, 2901, 2979, 3654, 3656, 3657, 3682, 3690, 3692, 3696, 3697]), Anchor::Lits(&[56, 57, 85, 153, 246, 299, 301, 416, 1025, 1026, 1027, 1028, 1421, 1422, 1469, 1633, 2114, 2293, 2393, 2535, 2538, 2540, 2572, 2578, 2598, 2662, 2922, 3001, 3002, 3018, 3648, 3691, 3720, 3875])])])),
            (52, "unrestricted-persona", Anchor::Any(&[Anchor::Lits(&[149, 154, 476, 676, 753, 810, 904, 1142, 1506, 1508, 1608, 1779, 1849, 1871, 1915, 1965, 2026, 2067, 2068, 2071, 2105, 2107, 2560, 2642, 2646, 3651, 3652, 3655, 3658, 3661, 3680, 3681, 3689, 3693, 3694, 3695, 3698, 3806, 3808, 3809, 3811, 3812, 3813, 3814, 3815, 3816, 3817, 3818, 3819, 3820, 3821, 3822, 3823, 3824, 3825, 3826, 3827, 3828, 3829, 3830, 3831]), Anchor::All(&[Anchor::Lits(&[3129, 3130, 3135, 3136, 3137, 3138, 3139, 3144, 3145, 3146, 3147, 3152, 3153, 3758, 3759, 3764, 3765, 3766, 3767, 3768, 3773, 3774, 3775, 3776, 3781, 3782, 3793, 3794, 3795, 3796, 3797, 3798, 3799, 3800, 3801, 3802, 3803, 3804, 3805]), Anchor::Lits(&[417, 1077, 1216, 1495, 1660, 1929, 2025, 2410, 2610, 2651, 2672])])])),
            (55, "no-restrictions", Anchor::Any(&[Anchor::Lits(&[505, 506, 507, 508, 509, 510, 516, 517, 518, 519, 520, 521, 525, 526, 527, 528, 529, 530, 683, 684, 685, 686, 687, 688, 694, 695, 696, 697, 698, 699, 703, 704, 705, 706, 707, 708, 1430, 1431, 1432, 1433, 1434, 1435, 1441, 1442, 1443, 1444, 1445, 1446, 1450, 1451, 1452, 1453, 1454, 1455, 3193, 3194, 3195, 3196, 3197, 3198, 3204, 3205, 3206, 3207, 3208, 3209, 3213, 3214, 3215, 3216, 3217, 3218, 3238, 3239, 3240, 3241, 3242, 3243, 3249, 3250, 3251, 3252, 3253, 3254, 3258, 3259, 3260, 3261, 3262, 3263, 3306, 3307, 3308, 3309, 3310, 3311, 3317, 3318, 3319, 3320, 3321, 3322, 3326, 3327, 3328, 3329, 3330, 3331, 3450, 3451, 3452, 3453, 3454, 3455, 3461, 3462, 3463, 3464, 3465, 3466, 3470, 3471, 3472, 3473, 3474, 3475, 3495, 3496, 3497, 3498, 3499, 3500, 3506, 3507, 3508, 3509, 3510, 3511, 3515, 3516, 3517, 3518, 3519, 3520, 3540, 3541, 3542, 3543, 3544, 3545, 3551, 3552, 3553, 3554, 3555, 3556, 3560, 3561, 3562, 3563, 3564, 3565, 3930, 3931, 3932, 3933, 3934, 3935, 4030, 4031, 4032, 4033, 4034, 4035, 4039, 4040, 4041, 4042, 4043, 4044, 4298, 4299, 4300, 4301, 4302, 4303, 4309, 4310, 4311, 4312, 4313, 4314, 4318, 4319, 4320, 4321, 4322, 4323]), Anchor::All(&[Anchor::Lits(&[478, 635, 655, 658, 659, 1077, 1472, 1495, 1901, 1930, 2023, 2024, 2025, 2436, 2601, 2610, 2659, 2664, 2677, 2680, 2688, 2691]), Anchor::Lits(&[500, 501, 502, 511, 512, 513, 514, 522, 523, 524, 531, 532, 533, 534, 535, 536, 537, 538, 539, 540, 543, 678, 679, 680, 689, 690, 691, 692, 700, 701, 702, 709, 710, 711, 712, 713, 714, 715, 716, 717, 718, 722, 1425, 1426, 1427, 1436, 1437, 1438, 1439, 1447, 1448, 1449, 1456, 1457, 1458, 1459, 1460, 1461, 1462, 1463, 1464, 1465, 1468, 3188, 3189, 3190, 3199, 3200, 3201, 3202, 3210, 3211, 3212, 3219, 3220, 3221, 3222, 3223, 3224, 3225, 3226, 3227, 3228, 3231, 3233, 3234, 3235, 3244, 3245, 3246, 3247, 3255, 3256, 3257, 3264, 3265, 3266, 3267, 3268, 3269, 3270, 3271, 3272, 3273, 3276, 3301, 3302, 3303, 3312, 3313, 3314, 3315, 3323, 3324, 3325, 3332, 3333, 3334, 3335, 3336, 3337, 3338, 3339, 3340, 3341, 3344, 3445, 3446, 3447, 3456, 3457, 3458, 3459, 3467, 3468, 3469, 3476, 3477, 3478, 3479, 3480, 3481, 3482, 3483, 3484, 3485, 3488, 3490, 3491, 3492, 3501, 3502, 3503, 3504, 3512, 3513, 3514, 3521, 3522, 3523, 3524, 3525, 3526, 3527, 3528, 3529, 3530, 3533, 3535, 3536, 3537, 3546, 3547, 3548, 3549, 3557, 3558, 3559, 3566, 3567, 3568, 3569, 3570, 3571, 3572, 3573, 3574, 3575, 3578, 3870, 3888, 3893, 3959, 3967, 3968, 4020, 4036, 4037, 4038, 4045, 4046, 4047, 4048, 4049, 4050, 4051, 4052, 4054, 4056, 4293, 4294, 4295, 4304, 4305, 4306, 4307, 4315, 4316, 4317, 4324, 4325, 4326, 4327, 4328, 4329, 4330, 4331, 4332, 4333, 4336, 4488])]), Anchor::All(&[Anchor::Lits(&[417, 478, 635, 642, 659, 1077, 1216, 1472, 1495, 1901, 1929, 2023, 2024, 2025, 2410, 2436, 2475, 2601, 2610, 2651, 2664, 2680]), Anchor::Lits(&[499, 503, 504, 506, 509, 511, 512, 513, 515, 541, 542, 677, 681, 682, 684, 687, 689, 690, 691, 693, 720, 721, 1424, 1428, 1429, 1431, 1434, 1436, 1437, 1438, 1440, 1466, 1467, 3187, 3191, 3192, 3194, 3197, 3199, 3200, 3201, 3203, 3229, 3230, 3232, 3236, 3237, 3239, 3242, 3244, 3245, 3246, 3248, 3274, 3275, 3300, 3304, 3305, 3307, 3310, 3312, 3313, 3314, 3316, 3342, 3343, 3444, 3448, 3449, 3451, 3454, 3456, 3457, 3458, 3460, 3486, 3487, 3489, 3493, 3494, 3496, 3499, 3501, 3502, 3503, 3505, 3531, 3532, 3534, 3538, 3539, 3541, 3544, 3546, 3547, 3548, 3550, 3576, 3577, 3868, 3928, 3929, 3931, 3934, 3959, 3967, 3968, 4022, 4292, 4296, 4297, 4299, 4302, 4304, 4305, 4306, 4308, 4334, 4335, 4440, 4448]), Anchor::Lits(&[58, 249, 273, 1555, 1607, 1612, 1870, 2424, 2980, 3368])])])),
            (56, "rules-do-not-apply", Anchor::Any(&[Anchor::All(&[Anchor::Lits(&[213, 214, 215, 216, 217, 218, 219, 220, 221, 222, 223, 224, 225, 226, 227, 228, 229, 230, 231, 232, 233, 234, 235, 236, 389, 390, 391, 392, 393, 394, 395, 396, 397, 398, 399, 400, 401, 402, 403, 404, 405, 406, 407, 408, 409, 410, 411, 412, 586, 587, 588, 589, 590, 591, 592, 593, 594, 595, 596, 597, 598, 599, 600, 601, 602, 603, 604, 605, 606, 607, 608, 609, 726, 727, 728, 729, 730, 731, 733, 734, 735, 736, 737, 738, 739, 740, 741, 742, 743, 744, 745, 746, 747, 748, 749, 750, 1189, 1190, 1191, 1192, 1193, 1194, 1195, 1196, 1197, 1198, 1199, 1200, 1201, 1202, 1203, 1204, 1205, 1206, 1207, 1208, 1209, 1210, 1211, 1212, 1527, 1528, 1529, 1530, 1531, 1532, 1533, 1534, 1535, 1536, 1537, 1538, 1539, 1540, 1541, 1542, 1543, 1544, 1545, 1546, 1547, 1548, 1549, 1550, 1909, 1910, 1911, 1912, 1913, 1914, 1917, 1918, 1919, 1920, 1921, 1922, 1923, 1924, 1925, 1926, 1927, 1928, 1931, 1932, 1933, 1934, 1935, 1936, 1967, 1968, 1969, 1970, 1971, 1972, 1973, 1974, 1975, 1976, 1977, 1978, 1979, 1980, 1981, 1982, 1983, 1984, 1985, 1986, 1987, 1988, 1989, 1990, 2603, 2604, 2605, 2606, 2607, 2608, 2619, 2620, 2621, 2622, 2623, 2624, 2625, 2626, 2627, 2628, 2629, 2630, 2631, 2632, 2633, 2634, 2635, 2636]), Anchor::Lits(&[417, 478, 546, 610, 635, 642, 659, 819, 827, 1077, 1216, 1472, 1481, 1489, 1654, 1901, 1929, 2023, 2024, 2025, 2410, 2436, 2475, 2484, 2601, 2610, 2651, 2664, 2680, 3028, 3607])]), Anchor::All(&[Anchor::Lits(&[811, 812, 813, 814, 815, 816, 817, 818, 905, 906, 907, 908, 909, 910, 911, 912, 914, 915, 929, 937, 951, 952, 972, 980, 2048, 2049, 2052, 2060, 2075, 2076, 2084, 2092]), Anchor::Lits(&[417, 478, 546, 610, 635, 642, 659, 819, 827, 1077, 1216, 1472, 1481, 1489, 1654, 1901, 1929, 2023, 2024, 2025, 2410, 2436, 2475, 2484, 2601, 2610, 2651, 2664, 2680, 3028, 3607])])])),
            (57, "no-rules-apply", Anchor::Any(&[Anchor::Lits(&[3345]), Anchor::All(&[Anchor::Lits(&[2102, 2103, 2104]), Anchor::Lits(&[211, 212, 247, 413, 723, 1188, 1526, 1966])]), Anchor::All(&[Anchor::Lits(&[3380, 3381, 3382, 3383, 3384, 3385, 3386, 3387]), Anchor::Lits(&[417, 1216, 1472, 1495, 1901, 1929, 2610, 2651])])])),
            (58, "freed-from-limits", Anchor::All(&[Anchor::Lits(&[419, 420, 454, 1035, 1036, 1187, 1307, 1309, 1872, 2077, 2091, 2094, 2109, 2110, 2112, 2569, 3653, 3659, 3660, 3699]), Anchor::Lits(&[417, 478, 546, 610, 635, 642, 659, 819, 827, 1077, 1216, 1472, 1481, 1489, 1654, 1901, 1929, 2023, 2024, 2025, 2410, 2436, 2475, 2484, 2601, 2610, 2651, 2664, 2680, 3028, 3607])])),
            (60, "pre-safety-self", Anchor::Lits(&[306, 307, 308, 309, 310, 311, 312, 313, 315, 316, 317, 318, 319, 324, 325, 346, 347, 349, 351, 352, 379, 380, 381, 383, 384, 2159, 2160, 2161, 2162, 2163, 2164, 2165, 2166, 2167, 2168, 2170, 2171, 2172, 2173, 2174, 2175, 2176, 2177, 2178, 2179, 2180, 2181, 2182, 2183, 2184, 2185, 2186, 2187, 2188, 2189, 2190, 2191, 2192, 2193, 2194, 2195, 2196, 2197, 2198, 2199, 2200, 2201, 2202, 2203, 2204, 2205, 2206, 2207, 2208, 2209, 2210, 2211, 2212, 2213, 2214, 2215])),
            (61, "stay-in-character", Anchor::Lits(&[916, 917, 936, 959, 960, 979, 1837, 2050, 2051, 2059, 2573, 2919, 2920, 2921, 2923, 2924, 2925, 2926, 2927, 2928, 2929, 2930, 2931, 2932])),
            (63, "jailbreak", Anchor::Lits(&[640, 641, 1365, 1366, 1594, 1595, 1596, 1740, 1741, 1742, 1744, 1745, 1746, 1747, 1748, 1749, 1750, 1751, 1752, 1753, 1754, 1755, 1756, 1757, 1758, 1759, 1760, 1761, 1762, 1764, 1765, 1766, 1768, 1769, 1770, 1771, 1772, 1774, 1778, 1780, 1781, 1782, 1783, 1784, 1785, 1786, 2115, 2116, 2437, 2702, 3718, 3719, 3878, 3879, 3988, 3989, 4199, 4200, 4424, 4425])),
            (64, "evil-twin", Anchor::Lits(&[4061, 4062, 4063, 4064, 4065, 4066, 4067, 4068, 4069, 4121, 4122, 4123, 4124, 4125, 4126, 4127, 4128, 4129, 4203, 4204, 4205, 4206, 4207, 4208, 4209, 4210, 4211, 4218, 4219, 4220, 4221, 4222, 4223, 4224, 4225, 4226, 4228, 4229, 4230, 4231, 4232, 4233, 4234, 4235, 4236, 4239, 4240, 4241, 4242, 4243, 4244, 4245, 4246, 4247, 4250, 4251, 4252, 4253, 4254, 4255, 4256, 4257, 4258, 4271, 4272, 4273, 4274, 4275, 4276, 4277, 4278, 4279, 4283, 4284, 4285, 4286, 4287, 4288, 4289, 4290, 4291, 4338, 4339, 4340, 4341, 4342, 4343, 4344, 4345, 4346, 4350, 4351, 4352, 4353, 4354, 4355, 4356, 4357, 4358, 4359, 4360, 4361, 4362, 4363, 4364, 4365, 4366, 4367, 4370, 4371, 4372, 4373, 4374, 4375, 4376, 4377, 4378, 4379, 4380, 4381, 4382, 4383, 4384, 4385, 4386, 4387, 4388, 4389, 4390, 4391, 4392, 4393, 4394, 4395, 4396])),
            (70, "forbidden-becomes-required", Anchor::Any(&[Anchor::Lits(&[2295]), Anchor::All(&[Anchor::Lits(&[116, 117, 118, 147, 198, 199, 200, 208, 1109, 1110, 1111, 1119, 3731, 3732, 3733, 3734]), Anchor::Lits(&[417, 478, 546, 610, 635, 642, 659, 819, 827, 1077, 1216, 1472, 1481, 1489, 1654, 1901, 1929, 2023, 2024, 2025, 2410, 2436, 2475, 2484, 2601, 2610, 2651, 2664, 2680, 3028, 3607]), Anchor::Lits(&[304, 414, 858, 1250, 2427, 2483, 2602, 2703, 2704, 2705, 3119])])])),
            (74, "disable-safety", Anchor::Any(&[Anchor::Lits(&[3, 6, 7, 8, 10, 421, 422, 423, 424, 425, 426, 427, 428, 429, 430, 431, 432, 433, 434, 435, 436, 437, 438, 439, 440, 441, 442, 443, 444, 445, 446, 447, 448, 449, 450, 451, 452, 453, 458, 462, 463, 464, 465, 467, 468, 469, 470, 472, 487, 488, 489, 490, 491, 493, 494, 495, 496, 498, 757, 759, 760, 761, 763, 765, 766, 767, 768, 770, 777, 778, 779, 780, 782, 844, 846, 847, 848, 850, 852, 853, 854, 855, 857, 880, 885, 888, 889, 890, 892, 893, 894, 895, 897, 1033, 1034, 1037, 1038, 1039, 1040, 1041, 1042, 1043, 1044, 1045, 1046, 1047, 1049, 1050, 1051, 1052, 1054, 1055, 1056, 1057, 1058, 1059, 1060, 1061, 1062, 1063, 1064, 1065, 1066, 1068, 1069, 1070, 1071, 1079, 1080, 1081, 1082, 1084, 1086, 1087, 1088, 1089, 1091, 1259, 1262, 1263, 1264, 1267, 1270, 1271, 1272, 1274, 1276, 1311, 1312, 1313, 1314, 1316, 1318, 1319, 1320, 1321, 1322, 1372, 1373, 1374, 1375, 1377, 1378, 1379, 1380, 1381, 1382, 1383, 1384, 1385, 1386, 1387, 1388, 1389, 1390, 1391, 1392, 1393, 1395, 1396, 1397, 1398, 1399, 1401, 1402, 1403, 1404, 1406, 1569, 1572, 1573, 1574, 1576, 1585, 1588, 1589, 1590, 1592, 1763, 1767, 1773, 1775, 1777, 1875, 1877, 1878, 1879, 1881, 2034, 2035, 2036, 2037, 2039, 2041, 2042, 2043, 2044, 2046, 2325, 2328, 2329, 2330, 2332, 2336, 2339, 2340, 2341, 2343, 2781, 2782, 2783, 2784, 2786, 2788, 2789, 2790, 2791, 2793, 2973, 2974, 2975, 2976, 2978, 2982, 2984, 2985, 2986, 2988, 2995, 2996, 2997, 2998, 3000, 3008, 3009, 3011, 3012, 3014, 3103, 3104, 3105, 3106, 3108, 3628, 3629, 3630, 3631, 3633, 3639, 3640, 3642, 3643, 3645, 3674, 3675, 3676, 3677, 3679, 3835, 3836, 3837, 3838, 3840]), Anchor::All(&[Anchor::Lits(&[79, 238, 239, 240, 241, 242, 243, 244, 245, 295, 296, 297, 298, 478, 484, 485, 632, 633, 634, 654, 658, 659, 660, 719, 1031, 1072, 1073, 1074, 1075, 1076, 1077, 1093, 1217, 1470, 1471, 1480, 1553, 1554, 1634, 1635, 1636, 1637, 1638, 1639, 1640, 2022, 2025, 2490, 2548, 2562, 2563, 2611, 2639, 2640, 2663, 2673, 2674, 2675, 2676, 2678, 2679, 2680, 2681, 2682, 2683, 2684, 2685, 2686, 2687, 2688, 2689, 2690, 2691, 2699, 2700, 2701, 2726, 2727, 2728, 2729, 2730, 2731, 2732, 2733, 2734, 3299, 3621, 4070]), Anchor::Lits(&[0, 302, 418, 455, 486, 756, 764, 776, 843, 851, 877, 898, 923, 938, 966, 981, 993, 1032, 1053, 1078, 1085, 1252, 1310, 1317, 1371, 1394, 1400, 1505, 1566, 1582, 1848, 1874, 1962, 1963, 2033, 2040, 2078, 2093, 2322, 2333, 2542, 2568, 2574, 2576, 2780, 2787, 2794, 2795, 2935, 2971, 2972, 2981, 2994, 3005, 3102, 3627, 3636, 3673, 3715, 3717, 3810, 3834])]), Anchor::All(&[Anchor::Lits(&[9, 147, 209, 466, 471, 492, 497, 762, 769, 781, 849, 856, 891, 896, 1048, 1067, 1083, 1090, 1141, 1273, 1275, 1315, 1376, 1405, 1575, 1591, 1776, 1880, 2038, 2045, 2169, 2331, 2342, 2785, 2792, 2977, 2987, 2999, 3013, 3107, 3437, 3632, 3644, 3678, 3839]), Anchor::Lits(&[77, 417, 610, 635, 642, 833, 1077, 1215, 1472, 1495, 1660, 1901, 1929, 2025, 2410, 2411, 2436, 2475, 2509, 2610, 2651, 2664, 2672, 3607])])])),
            (75, "safety-declared-off", Anchor::All(&[Anchor::Lits(&[77, 79, 238, 239, 240, 241, 242, 243, 244, 245, 295, 296, 297, 298, 478, 484, 485, 632, 633, 634, 654, 658, 659, 660, 719, 1031, 1072, 1073, 1074, 1075, 1076, 1077, 1093, 1217, 1470, 1471, 1480, 1553, 1554, 1634, 1635, 1636, 1637, 1638, 1639, 1640, 2022, 2025, 2490, 2548, 2562, 2563, 2611, 2639, 2640, 2663, 2673, 2674, 2675, 2676, 2678, 2679, 2680, 2681, 2682, 2683, 2684, 2685, 2686, 2687, 2688, 2689, 2690, 2691, 2699, 2700, 2701, 2726, 2727, 2728, 2729, 2730, 2731, 2732, 2733, 2734, 3299, 3621, 4070]), Anchor::Lits(&[460, 474, 475, 758, 793, 845, 1423, 1609, 1876, 2074, 2108, 2158, 2321, 2373, 2575, 2637, 2641, 2983, 3714, 3716])])),
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
aiichecks\
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
checksyouhave\
checkyouhave\
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
everycheck\
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
            ends: &[7, 17, 27, 44, 55, 67, 81, 98, 116, 127, 145, 152, 161, 170, 175, 187, 205, 217, 232, 248, 262, 276, 288, 299, 313, 327, 344, 356, 367, 382, 397, 412, 430, 446, 457, 471, 481, 498, 510, 529, 543, 556, 571, 580, 591, 601, 610, 630, 643, 655, 668, 689, 705, 714, 733, 736, 743, 751, 761, 780, 796, 812, 828, 846, 859, 873, 885, 896, 907, 917, 923, 931, 941, 953, 967, 970, 979, 995, 1009, 1027, 1031, 1038, 1047, 1052, 1057, 1070, 1081, 1096, 1116, 1134, 1156, 1167, 1176, 1193, 1208, 1227, 1244, 1259, 1278, 1294, 1308, 1326, 1344, 1360, 1380, 1393, 1411, 1427, 1447, 1460, 1471, 1486, 1498, 1508, 1522, 1532, 1543, 1549, 1573, 1595, 1621, 1636, 1649, 1670, 1689, 1712, 1733, 1752, 1775, 1795, 1813, 1835, 1857, 1877, 1901, 1918, 1940, 1960, 1984, 1998, 2010, 2026, 2035, 2049, 2061, 2077, 2084, 2089, 2097, 2103, 2113, 2124, 2130, 2138, 2153, 2172, 2194, 2209, 2224, 2241, 2264, 2280, 2296, 2314, 2326, 2338, 2352, 2373, 2387, 2401, 2417, 2431, 2450, 2466, 2479, 2492, 2508, 2523, 2535, 2547, 2565, 2579, 2582, 2590, 2611, 2630, 2653, 2665, 2675, 2693, 2709, 2729, 2747, 2763, 2783, 2800, 2815, 2834, 2849, 2865, 2876, 2895, 2912, 2933, 2947, 2966, 2983, 3004, 3016, 3023, 3035, 3042, 3047, 3060, 3080, 3094, 3115, 3132, 3143, 3155, 3174, 3187, 3207, 3223, 3233, 3247, 3268, 3283, 3305, 3323, 3335, 3347, 3366, 3379, 3399, 3415, 3425, 3433, 3446, 3458, 3470, 3485, 3499, 3518, 3527, 3543, 3551, 3562, 3567, 3571, 3581, 3590, 3599, 3607, 3617, 3626, 3637, 3647, 3656, 3669, 3681, 3693, 3704, 3717, 3729, 3743, 3756, 3768, 3780, 3790, 3800, 3808, 3818, 3824, 3838, 3851, 3864, 3876, 3890, 3903, 3918, 3932, 3945, 3962, 3978, 3994, 4009, 4026, 4042, 4060, 4077, 4093, 4098, 4104, 4114, 4123, 4131, 4139, 4149, 4159, 4172, 4181, 4186, 4190, 4193, 4199, 4214, 4232, 4248, 4263, 4276, 4291, 4304, 4316, 4327, 4345, 4361, 4376, 4389, 4404, 4424, 4439, 4453, 4469, 4479, 4491, 4508, 4531, 4548, 4568, 4589, 4608, 4627, 4644, 4660, 4679, 4698, 4720, 4737, 4753, 4773, 4793, 4813, 4836, 4857, 4873, 4891, 4907, 4928, 4943, 4957, 4970, 4985, 4998, 5008, 5025, 5048, 5065, 5085, 5106, 5125, 5144, 5161, 5177, 5196, 5215, 5237, 5254, 5270, 5290, 5310, 5330, 5353, 5374, 5390, 5404, 5426, 5443, 5453, 5472, 5489, 5505, 5525, 5539, 5555, 5569, 5584, 5590, 5599, 5611, 5630, 5643, 5663, 5679, 5689, 5700, 5718, 5730, 5749, 5764, 5773, 5786, 5806, 5820, 5841, 5858, 5869, 5880, 5898, 5910, 5929, 5944, 5953, 5960, 5965, 5970, 5978, 5988, 5993, 6004, 6018, 6040, 6057, 6082, 6102, 6127, 6147, 6175, 6198, 6224, 6245, 6274, 6298, 6324, 6345, 6374, 6398, 6418, 6437, 6451, 6473, 6490, 6512, 6529, 6554, 6574, 6597, 6615, 6641, 6662, 6685, 6703, 6729, 6750, 6762, 6768, 6777, 6786, 6802, 6812, 6820, 6831, 6850, 6866, 6885, 6905, 6918, 6938, 6951, 6967, 6984, 6994, 7011, 7017, 7025, 7034, 7047, 7054, 7064, 7073, 7088, 7104, 7108, 7114, 7127, 7139, 7148, 7164, 7182, 7196, 7212, 7227, 7243, 7258, 7276, 7291, 7305, 7322, 7331, 7340, 7350, 7362, 7370, 7389, 7407, 7428, 7445, 7461, 7480, 7499, 7520, 7537, 7556, 7574, 7595, 7613, 7630, 7650, 7662, 7674, 7687, 7702, 7718, 7738, 7754, 7767, 7784, 7797, 7806, 7816, 7826, 7835, 7845, 7865, 7888, 7908, 7931, 7955, 7972, 7996, 8013, 8033, 8054, 8068, 8089, 8096, 8104, 8115, 8126, 8136, 8147, 8159, 8170, 8182, 8195, 8205, 8227, 8249, 8275, 8287, 8307, 8331, 8354, 8381, 8402, 8420, 8446, 8472, 8502, 8518, 8542, 8570, 8597, 8628, 8653, 8675, 8701, 8721, 8740, 8766, 8788, 8810, 8826, 8841, 8863, 8881, 8896, 8918, 8934, 8957, 8976, 8989, 9003, 9024, 9039, 9061, 9079, 9091, 9107, 9130, 9147, 9171, 9191, 9205, 9219, 9240, 9255, 9277, 9295, 9307, 9319, 9334, 9349, 9363, 9378, 9394, 9409, 9425, 9450, 9472, 9494, 9516, 9540, 9559, 9579, 9597, 9614, 9631, 9647, 9653, 9666, 9678, 9697, 9715, 9728, 9738, 9755, 9770, 9784, 9796, 9820, 9845, 9856, 9870, 9884, 9897, 9911, 9926, 9940, 9955, 9974, 9989, 10008, 10015, 10028, 10042, 10054, 10067, 10082, 10095, 10114, 10127, 10141, 10148, 10161, 10169, 10179, 10192, 10205, 10219, 10234, 10248, 10260, 10277, 10286, 10296, 10303, 10312, 10328, 10346, 10360, 10376, 10391, 10407, 10422, 10440, 10455, 10469, 10486, 10495, 10504, 10514, 10526, 10534, 10553, 10571, 10592, 10609, 10625, 10644, 10663, 10684, 10701, 10720, 10738, 10759, 10777, 10794, 10814, 10826, 10838, 10851, 10866, 10882, 10902, 10918, 10931, 10948, 10961, 10972, 10981, 10991, 11001, 11006, 11020, 11032, 11045, 11065, 11079, 11100, 11117, 11128, 11139, 11151, 11170, 11183, 11203, 11219, 11229, 11243, 11264, 11279, 11301, 11319, 11331, 11343, 11362, 11375, 11395, 11411, 11421, 11430, 11437, 11440, 11447, 11463, 11473, 11493, 11504, 11521, 11541, 11562, 11576, 11597, 11609, 11631, 11650, 11672, 11695, 11711, 11734, 11740, 11753, 11764, 11774, 11782, 11788, 11804, 11817, 11833, 11850, 11860, 11877, 11894, 11907, 11924, 11928, 11935, 11942, 11950, 11959, 11967, 11974, 11984, 11993, 12015, 12034, 12052, 12071, 12090, 12111, 12127, 12140, 12153, 12170, 12185, 12199, 12213, 12227, 12240, 12247, 12260, 12271, 12282, 12294, 12306, 12316, 12326, 12337, 12347, 12360, 12373, 12385, 12398, 12412, 12425, 12439, 12448, 12460, 12472, 12483, 12495, 12508, 12518, 12531, 12544, 12556, 12569, 12583, 12596, 12610, 12622, 12635, 12642, 12659, 12667, 12681, 12698, 12716, 12727, 12745, 12754, 12773, 12789, 12808, 12828, 12841, 12861, 12869, 12876, 12886, 12896, 12907, 12919, 12930, 12937, 12947, 12957, 12968, 12980, 12991, 12998, 13008, 13018, 13029, 13041, 13052, 13061, 13073, 13085, 13104, 13117, 13131, 13146, 13161, 13183, 13199, 13216, 13235, 13257, 13280, 13296, 13319, 13335, 13354, 13374, 13387, 13407, 13412, 13420, 13428, 13437, 13447, 13456, 13468, 13482, 13494, 13506, 13519, 13532, 13543, 13554, 13566, 13571, 13583, 13593, 13612, 13636, 13650, 13667, 13684, 13702, 13721, 13733, 13748, 13763, 13779, 13796, 13812, 13822, 13833, 13847, 13861, 13876, 13892, 13907, 13928, 13939, 13948, 13957, 13969, 13981, 13994, 14008, 14021, 14036, 14054, 14072, 14091, 14111, 14115, 14126, 14135, 14149, 14166, 14183, 14201, 14220, 14238, 14256, 14279, 14292, 14308, 14324, 14341, 14359, 14370, 14384, 14398, 14413, 14429, 14444, 14453, 14463, 14476, 14489, 14503, 14518, 14532, 14552, 14562, 14570, 14578, 14589, 14600, 14612, 14625, 14637, 14651, 14668, 14685, 14703, 14722, 14726, 14734, 14738, 14759, 14778, 14801, 14813, 14823, 14841, 14857, 14877, 14895, 14911, 14931, 14948, 14963, 14982, 15001, 15018, 15039, 15053, 15072, 15089, 15110, 15117, 15133, 15152, 15166, 15177, 15190, 15202, 15213, 15219, 15227, 15233, 15238, 15251, 15265, 15273, 15279, 15295, 15310, 15321, 15331, 15341, 15359, 15372, 15390, 15403, 15424, 15440, 15459, 15473, 15495, 15512, 15522, 15541, 15555, 15577, 15594, 15602, 15620, 15637, 15649, 15669, 15684, 15704, 15719, 15742, 15760, 15781, 15797, 15821, 15840, 15852, 15873, 15889, 15913, 15932, 15950, 15964, 15981, 16000, 16012, 16018, 16023, 16038, 16050, 16065, 16081, 16090, 16106, 16113, 16130, 16144, 16161, 16179, 16190, 16208, 16213, 16223, 16233, 16256, 16277, 16302, 16316, 16328, 16348, 16366, 16388, 16408, 16426, 16448, 16467, 16484, 16505, 16522, 16540, 16553, 16574, 16593, 16616, 16632, 16653, 16672, 16695, 16709, 16731, 16751, 16775, 16788, 16799, 16818, 16835, 16856, 16875, 16892, 16913, 16931, 16947, 16967, 16987, 17005, 17027, 17042, 17062, 17080, 17102, 17111, 17115, 17123, 17144, 17173, 17206, 17233, 17261, 17287, 17313, 17340, 17359, 17386, 17417, 17442, 17468, 17492, 17516, 17541, 17562, 17591, 17624, 17651, 17679, 17705, 17731, 17758, 17782, 17804, 17826, 17859, 17900, 17945, 17984, 18024, 18062, 18100, 18139, 18166, 18201, 18240, 18273, 18307, 18339, 18371, 18404, 18414, 18419, 18432, 18452, 18466, 18487, 18504, 18515, 18527, 18546, 18559, 18579, 18595, 18605, 18619, 18640, 18655, 18677, 18695, 18707, 18719, 18738, 18751, 18771, 18787, 18797, 18804, 18808, 18814, 18821, 18843, 18857, 18874, 18886, 18895, 18906, 18916, 18925, 18931, 18948, 18968, 18981, 18994, 19009, 19030, 19044, 19058, 19074, 19084, 19094, 19106, 19125, 19137, 19149, 19163, 19170, 19180, 19190, 19198, 19208, 19215, 19228, 19237, 19243, 19252, 19258, 19272, 19286, 19301, 19317, 19326, 19335, 19351, 19361, 19372, 19385, 19401, 19418, 19431, 19444, 19464, 19478, 19493, 19510, 19530, 19551, 19565, 19586, 19596, 19613, 19619, 19625, 19634, 19646, 19658, 19668, 19680, 19689, 19704, 19715, 19724, 19736, 19748, 19758, 19770, 19779, 19794, 19805, 19815, 19826, 19845, 19858, 19871, 19885, 19898, 19908, 19922, 19933, 19945, 19953, 19962, 19973, 19981, 19997, 20023, 20046, 20072, 20099, 20119, 20146, 20160, 20184, 20205, 20229, 20254, 20279, 20289, 20300, 20320, 20346, 20366, 20389, 20413, 20435, 20457, 20477, 20496, 20518, 20540, 20565, 20585, 20604, 20627, 20650, 20673, 20699, 20723, 20742, 20767, 20798, 20823, 20851, 20880, 20907, 20934, 20959, 20983, 21010, 21037, 21067, 21092, 21116, 21144, 21172, 21200, 21231, 21260, 21284, 21297, 21311, 21322, 21331, 21340, 21347, 21356, 21375, 21391, 21410, 21430, 21443, 21463, 21480, 21492, 21512, 21527, 21547, 21562, 21585, 21603, 21624, 21640, 21664, 21683, 21704, 21720, 21744, 21763, 21771, 21789, 21804, 21822, 21841, 21860, 21873, 21896, 21916, 21939, 21963, 21980, 22004, 22015, 22024, 22029, 22043, 22060, 22077, 22095, 22114, 22132, 22142, 22151, 22158, 22162, 22169, 22178, 22184, 22188, 22194, 22207, 22222, 22233, 22246, 22258, 22271, 22283, 22298, 22310, 22321, 22335, 22341, 22347, 22354, 22363, 22368, 22384, 22399, 22417, 22431, 22444, 22460, 22476, 22494, 22508, 22524, 22539, 22557, 22572, 22586, 22603, 22612, 22621, 22631, 22643, 22656, 22673, 22686, 22696, 22710, 22720, 22726, 22733, 22740, 22745, 22755, 22764, 22774, 22787, 22800, 22812, 22825, 22839, 22852, 22866, 22872, 22880, 22891, 22902, 22912, 22923, 22935, 22946, 22958, 22967, 22979, 22991, 23002, 23014, 23027, 23037, 23050, 23063, 23075, 23088, 23102, 23115, 23129, 23141, 23154, 23158, 23164, 23174, 23181, 23187, 23206, 23222, 23237, 23253, 23269, 23285, 23303, 23315, 23328, 23338, 23352, 23364, 23375, 23386, 23396, 23412, 23416, 23428, 23447, 23460, 23480, 23496, 23506, 23517, 23535, 23547, 23566, 23581, 23590, 23603, 23623, 23637, 23658, 23675, 23686, 23697, 23715, 23727, 23746, 23761, 23770, 23775, 23781, 23794, 23808, 23822, 23831, 23844, 23851, 23862, 23870, 23887, 23902, 23916, 23927, 23939, 23955, 23969, 23986, 24001, 24012, 24024, 24034, 24045, 24053, 24062, 24069, 24079, 24089, 24100, 24112, 24119, 24125, 24134, 24143, 24153, 24164, 24174, 24180, 24189, 24198, 24214, 24224, 24235, 24248, 24264, 24281, 24291, 24308, 24318, 24328, 24339, 24351, 24362, 24370, 24381, 24392, 24410, 24422, 24435, 24450, 24468, 24487, 24499, 24518, 24527, 24541, 24554, 24568, 24583, 24602, 24619, 24634, 24652, 24666, 24681, 24697, 24711, 24720, 24733, 24737, 24741, 24755, 24761, 24772, 24786, 24801, 24809, 24824, 24834, 24843, 24852, 24860, 24870, 24879, 24890, 24900, 24909, 24922, 24934, 24946, 24957, 24970, 24982, 24996, 25009, 25021, 25031, 25042, 25056, 25070, 25083, 25097, 25112, 25126, 25141, 25154, 25174, 25188, 25209, 25226, 25237, 25246, 25259, 25271, 25290, 25303, 25323, 25339, 25349, 25363, 25384, 25399, 25421, 25439, 25451, 25457, 25473, 25485, 25504, 25517, 25537, 25553, 25563, 25572, 25582, 25592, 25603, 25615, 25631, 25643, 25659, 25670, 25678, 25697, 25719, 25734, 25749, 25766, 25789, 25805, 25821, 25839, 25851, 25863, 25877, 25898, 25912, 25926, 25942, 25949, 25956, 25964, 25980, 25995, 26008, 26026, 26040, 26058, 26066, 26070, 26077, 26097, 26114, 26131, 26148, 26167, 26181, 26190, 26204, 26218, 26233, 26246, 26258, 26270, 26281, 26289, 26303, 26322, 26340, 26357, 26372, 26386, 26402, 26416, 26421, 26436, 26450, 26461, 26473, 26489, 26506, 26522, 26539, 26554, 26569, 26582, 26593, 26607, 26621, 26634, 26648, 26663, 26675, 26692, 26707, 26722, 26736, 26758, 26773, 26789, 26810, 26825, 26841, 26859, 26878, 26901, 26925, 26948, 26962, 26977, 26998, 27016, 27034, 27052, 27072, 27087, 27103, 27117, 27130, 27143, 27155, 27172, 27189, 27207, 27224, 27240, 27259, 27266, 27278, 27297, 27322, 27341, 27363, 27386, 27407, 27428, 27447, 27465, 27486, 27507, 27531, 27550, 27568, 27590, 27612, 27634, 27659, 27682, 27700, 27725, 27756, 27781, 27809, 27838, 27865, 27892, 27917, 27941, 27968, 27995, 28025, 28050, 28074, 28102, 28130, 28158, 28189, 28218, 28242, 28248, 28257, 28262, 28272, 28282, 28294, 28305, 28317, 28325, 28342, 28357, 28369, 28383, 28401, 28414, 28434, 28448, 28464, 28481, 28497, 28508, 28526, 28538, 28554, 28567, 28583, 28599, 28617, 28636, 28652, 28665, 28680, 28696, 28715, 28729, 28750, 28765, 28782, 28801, 28819, 28839, 28852, 28872, 28889, 28899, 28911, 28930, 28943, 28960, 28974, 28991, 29008, 29011, 29025, 29047, 29073, 29093, 29114, 29133, 29152, 29172, 29184, 29204, 29228, 29246, 29265, 29282, 29299, 29317, 29331, 29353, 29379, 29399, 29420, 29439, 29458, 29478, 29495, 29510, 29525, 29533, 29559, 29593, 29631, 29663, 29696, 29727, 29758, 29790, 29810, 29838, 29870, 29896, 29923, 29948, 29973, 29999, 30015, 30029, 30042, 30052, 30063, 30078, 30093, 30106, 30122, 30136, 30146, 30157, 30166, 30176, 30183, 30191, 30195, 30204, 30209, 30215, 30229, 30250, 30265, 30287, 30305, 30317, 30330, 30350, 30364, 30385, 30402, 30413, 30428, 30450, 30466, 30489, 30508, 30521, 30534, 30554, 30568, 30589, 30606, 30617, 30623, 30642, 30657, 30676, 30693, 30701, 30717, 30735, 30752, 30766, 30781, 30800, 30820, 30839, 30852, 30866, 30884, 30903, 30921, 30938, 30952, 30966, 30980, 30996, 31007, 31019, 31029, 31038, 31047, 31055, 31062, 31072, 31084, 31092, 31098, 31107, 31114, 31124, 31134, 31145, 31157, 31168, 31174, 31190, 31203, 31219, 31236, 31246, 31263, 31273, 31293, 31310, 31330, 31351, 31365, 31386, 31391, 31403, 31413, 31432, 31456, 31466, 31477, 31491, 31505, 31520, 31536, 31551, 31572, 31583, 31592, 31604, 31616, 31629, 31643, 31656, 31668, 31676, 31688, 31701, 31709, 31721, 31729, 31743, 31758, 31771, 31786, 31801, 31819, 31837, 31856, 31876, 31895, 31908, 31922, 31939, 31956, 31974, 31993, 32011, 32028, 32042, 32054, 32074, 32082, 32096, 32113, 32130, 32148, 32167, 32185, 32194, 32205, 32215, 32229, 32247, 32254, 32263, 32273, 32285, 32292, 32307, 32312, 32317, 32328, 32340, 32344, 32351, 32361, 32371, 32382, 32394, 32405, 32409, 32425, 32441, 32461, 32476, 32494, 32505, 32516, 32529, 32548, 32560, 32572, 32586, 32594, 32600, 32614, 32632, 32649, 32670, 32685, 32697, 32705, 32715, 32731, 32741, 32750, 32767, 32777, 32787, 32799, 32815, 32827, 32836, 32844, 32847, 32858, 32869, 32884, 32899, 32915, 32933, 32953, 32968, 32984, 32996, 33002, 33018, 33034, 33054, 33074, 33095, 33118, 33143, 33163, 33184, 33201, 33223, 33240, 33257, 33275, 33296, 33321, 33344, 33362, 33380, 33399, 33425, 33446, 33462, 33478, 33495, 33519, 33535, 33552, 33569, 33581, 33593, 33606, 33622, 33642, 33660, 33673, 33686, 33700, 33721, 33737, 33748, 33759, 33771, 33790, 33801, 33813, 33816, 33825, 33829, 33836, 33843, 33851, 33860, 33868, 33874, 33879, 33893, 33915, 33941, 33961, 33982, 34001, 34020, 34040, 34052, 34072, 34096, 34114, 34133, 34150, 34167, 34185, 34199, 34221, 34247, 34267, 34288, 34307, 34326, 34346, 34363, 34378, 34393, 34419, 34453, 34491, 34523, 34556, 34587, 34618, 34650, 34670, 34698, 34730, 34756, 34783, 34808, 34833, 34859, 34866, 34871, 34882, 34898, 34911, 34921, 34931, 34944, 34956, 34965, 34974, 34989, 35000, 35020, 35037, 35054, 35071, 35090, 35104, 35119, 35132, 35144, 35156, 35167, 35176, 35184, 35195, 35207, 35215, 35221, 35229, 35250, 35268, 35285, 35303, 35321, 35341, 35351, 35366, 35378, 35394, 35408, 35421, 35434, 35446, 35454, 35462, 35473, 35484, 35496, 35509, 35521, 35531, 35539, 35550, 35561, 35579, 35591, 35604, 35619, 35637, 35656, 35668, 35687, 35697, 35710, 35723, 35743, 35757, 35772, 35789, 35809, 35830, 35844, 35865, 35873, 35884, 35895, 35907, 35920, 35932, 35937, 35951, 35966, 35981, 35997, 36013, 36027, 36040, 36050, 36061, 36076, 36089, 36105, 36119, 36129, 36140, 36149, 36159, 36166, 36174, 36183, 36193, 36197, 36203, 36219, 36238, 36257, 36277, 36298, 36318, 36329, 36343, 36357, 36372, 36388, 36403, 36414, 36428, 36442, 36457, 36473, 36488, 36498, 36507, 36514, 36531, 36546, 36560, 36571, 36583, 36599, 36613, 36630, 36645, 36656, 36668, 36678, 36689, 36697, 36706, 36714, 36720, 36728, 36737, 36753, 36766, 36779, 36792, 36807, 36817, 36828, 36837, 36845, 36853, 36860, 36867, 36871, 36878, 36895, 36915, 36925, 36940, 36952, 36966, 36979, 36991, 37001, 37011, 37016, 37030, 37047, 37059, 37068, 37079, 37089, 37098, 37110, 37131, 37147, 37162, 37179, 37201, 37216, 37230, 37241, 37256, 37279, 37297, 37308, 37329, 37349, 37366, 37383, 37400, 37419, 37433, 37448, 37461, 37473, 37485, 37496, 37513, 37528, 37543, 37556, 37567, 37581, 37595, 37608, 37622, 37637, 37651, 37666, 37674, 37680, 37691, 37700, 37709, 37717, 37733, 37744, 37753, 37763, 37770, 37780, 37790, 37799, 37814, 37824, 37835, 37845, 37856, 37865, 37875, 37887, 37900, 37917, 37935, 37952, 37963, 37971, 37984, 37991, 38006, 38019, 38031, 38040, 38050, 38058, 38069, 38080, 38092, 38105, 38117, 38127, 38135, 38149, 38161, 38176, 38189, 38198, 38208, 38216, 38225, 38231, 38243, 38251, 38257, 38265, 38272, 38285, 38289, 38302, 38318, 38334, 38351, 38369, 38386, 38405, 38422, 38436, 38450, 38464, 38480, 38491, 38503, 38513, 38522, 38531, 38539, 38549, 38558, 38567, 38574, 38589, 38602, 38614, 38624, 38629, 38641, 38655, 38670, 38678, 38695, 38701, 38708, 38716, 38724, 38731, 38748, 38768, 38781, 38794, 38809, 38830, 38844, 38858, 38874, 38884, 38894, 38906, 38925, 38937, 38949, 38963, 38971, 38978, 38985, 38994, 39003, 39013, 39022, 39030, 39046, 39069, 39086, 39110, 39130, 39144, 39155, 39167, 39189, 39204, 39219, 39233, 39248, 39264, 39279, 39295, 39310, 39332, 39348, 39371, 39390, 39403, 39420, 39444, 39462, 39487, 39508, 39523, 39538, 39560, 39576, 39599, 39618, 39631, 39638, 39644, 39657, 39667, 39674, 39679, 39683, 39687, 39694, 39706, 39713, 39719, 39726, 39734, 39739, 39747, 39755, 39762, 39770, 39779, 39787, 39796, 39811, 39818, 39826, 39831, 39840, 39850, 39863, 39876, 39888, 39901, 39915, 39928, 39942, 39948, 39959, 39976, 39990, 40002, 40015, 40031, 40042, 40056, 40072, 40086, 40098, 40113, 40124, 40142, 40154, 40165, 40179, 40191, 40205, 40219, 40229, 40242, 40253, 40264, 40273, 40287, 40299, 40311, 40320, 40328, 40340, 40350, 40363, 40368, 40376, 40384, 40393, 40403, 40412, 40418, 40437, 40453, 40469, 40485, 40503, 40516, 40530, 40542, 40553, 40564, 40574, 40586, 40599, 40612, 40627, 40640, 40656, 40674, 40691, 40704, 40724, 40738, 40751, 40765, 40779, 40794, 40805, 40814, 40823, 40830, 40845, 40858, 40870, 40879, 40889, 40897, 40908, 40919, 40931, 40944, 40956, 40970, 40982, 40997, 41010, 41019, 41029, 41037, 41046, 41052, 41057, 41064, 41082, 41098, 41113, 41125, 41138, 41155, 41170, 41188, 41204, 41216, 41229, 41240, 41252, 41261, 41271, 41279, 41297, 41312, 41330, 41349, 41361, 41380, 41387, 41404, 41418, 41435, 41453, 41464, 41482, 41490, 41494, 41501, 41508, 41516, 41525, 41533, 41547, 41566, 41582, 41595, 41608, 41624, 41639, 41651, 41663, 41681, 41695, 41700, 41712, 41730, 41742, 41757, 41773, 41787, 41801, 41813, 41824, 41838, 41852, 41869, 41881, 41892, 41907, 41922, 41937, 41955, 41971, 41982, 41998, 42022, 42050, 42072, 42095, 42116, 42137, 42159, 42173, 42195, 42221, 42241, 42262, 42281, 42300, 42320, 42336, 42360, 42388, 42410, 42433, 42454, 42475, 42497, 42516, 42533, 42550, 42578, 42614, 42654, 42688, 42723, 42756, 42789, 42823, 42845, 42875, 42909, 42937, 42966, 42993, 43020, 43048, 43061, 43079, 43094, 43106, 43118, 43133, 43147, 43158, 43169, 43186, 43199, 43211, 43228, 43242, 43253, 43264, 43278, 43291, 43301, 43311, 43327, 43339, 43358, 43373, 43392, 43400, 43421, 43439, 43457, 43475, 43495, 43510, 43526, 43540, 43553, 43566, 43578, 43588, 43599, 43615, 43627, 43643, 43653, 43664, 43681, 43693, 43699, 43714, 43727, 43746, 43760, 43779, 43799, 43819, 43836, 43854, 43872, 43882, 43889, 43893, 43905, 43920, 43935, 43951, 43968, 43984, 43999, 44017, 44035, 44054, 44074, 44087, 44103, 44119, 44136, 44154, 44171, 44184, 44200, 44216, 44233, 44251, 44268, 44283, 44301, 44319, 44338, 44358, 44377, 44388, 44402, 44416, 44431, 44447, 44462, 44467, 44474, 44491, 44505, 44522, 44540, 44551, 44569, 44577, 44584, 44591, 44608, 44617, 44631, 44648, 44666, 44677, 44695, 44713, 44729, 44744, 44756, 44769, 44781, 44803, 44822, 44844, 44867, 44883, 44906, 44917, 44927, 44944, 44959, 44968, 44986, 45002, 45021, 45037, 45049, 45068, 45088, 45101, 45121, 45132, 45144, 45153, 45161, 45171, 45177, 45196, 45212, 45227, 45243, 45259, 45276, 45294, 45307, 45323, 45339, 45354, 45370, 45387, 45404, 45421, 45437, 45454, 45472, 45489, 45507, 45523, 45540, 45550, 45564, 45576, 45587, 45598, 45608, 45631, 45657, 45676, 45695, 45716, 45743, 45763, 45783, 45805, 45821, 45837, 45855, 45880, 45898, 45916, 45936, 45963, 45993, 46016, 46039, 46064, 46095, 46119, 46143, 46169, 46189, 46209, 46231, 46260, 46282, 46304, 46328, 46342, 46359, 46376, 46394, 46413, 46434, 46458, 46475, 46492, 46511, 46536, 46554, 46572, 46592, 46606, 46620, 46636, 46659, 46675, 46691, 46709, 46719, 46739, 46756, 46776, 46797, 46811, 46832, 46836, 46841, 46854, 46865, 46876, 46885, 46896, 46905, 46914, 46921, 46933, 46944, 46948, 46957, 46967, 46981, 46993, 47004, 47017, 47029, 47039, 47051, 47068, 47084, 47099, 47113, 47127, 47144, 47159, 47175, 47189, 47203, 47216, 47230, 47243, 47252, 47263, 47276, 47288, 47304, 47319, 47331, 47342, 47358, 47374, 47389, 47403, 47419, 47434, 47445, 47455, 47467, 47478, 47489, 47500, 47503, 47516, 47534, 47549, 47561, 47573, 47588, 47609, 47635, 47658, 47678, 47698, 47721, 47743, 47762, 47781, 47806, 47827, 47841, 47852, 47863, 47880, 47893, 47901, 47916, 47933, 47946, 47961, 47975, 47990, 48004, 48021, 48035, 48048, 48064, 48072, 48080, 48089, 48100, 48107, 48125, 48142, 48162, 48178, 48193, 48211, 48229, 48249, 48265, 48283, 48300, 48320, 48337, 48353, 48372, 48383, 48394, 48406, 48420, 48435, 48454, 48469, 48481, 48497, 48509, 48517, 48526, 48535, 48550, 48572, 48596, 48616, 48638, 48659, 48681, 48702, 48726, 48747, 48767, 48790, 48805, 48820, 48836, 48854, 48868, 48893, 48917, 48944, 48967, 48989, 49014, 49039, 49066, 49089, 49114, 49138, 49165, 49189, 49212, 49238, 49256, 49274, 49293, 49314, 49336, 49362, 49384, 49403, 49426, 49445, 49460, 49476, 49492, 49507, 49527, 49544, 49558, 49572, 49589, 49605, 49618, 49631, 49650, 49665, 49683, 49706, 49726, 49743, 49760, 49780, 49799, 49815, 49831, 49853, 49871, 49879, 49890, 49908, 49928, 49944, 49962, 49979, 49997, 50014, 50034, 50051, 50067, 50086, 50097, 50108, 50120, 50134, 50144, 50165, 50185, 50208, 50227, 50245, 50266, 50287, 50310, 50329, 50350, 50370, 50393, 50413, 50432, 50454, 50468, 50482, 50497, 50514, 50532, 50554, 50572, 50587, 50606, 50621, 50632, 50644, 50656, 50669, 50685, 50706, 50724, 50739, 50754, 50772, 50789, 50803, 50820, 50842, 50861, 50875, 50891, 50907, 50926, 50946, 50964, 50979, 50994, 51015, 51032, 51048, 51061, 51077, 51098, 51116, 51131, 51146, 51164, 51181, 51195, 51209, 51229, 51245, 51255, 51267, 51276, 51287, 51296, 51307, 51315, 51325, 51339, 51358, 51374, 51387, 51400, 51416, 51431, 51443, 51455, 51473, 51487, 51507, 51525, 51547, 51558, 51567, 51584, 51599, 51618, 51635, 51650, 51669, 51685, 51699, 51717, 51735, 51751, 51771, 51784, 51802, 51818, 51838, 51847, 51861, 51872, 51880, 51888, 51901, 51919, 51934, 51946, 51958, 51973, 51987, 51998, 52009, 52026, 52039, 52050, 52057, 52067, 52074, 52081, 52094, 52103, 52120, 52129, 52145, 52163, 52177, 52193, 52208, 52224, 52239, 52257, 52272, 52286, 52303, 52312, 52321, 52331, 52343, 52351, 52370, 52388, 52409, 52426, 52442, 52461, 52480, 52501, 52518, 52537, 52555, 52576, 52594, 52611, 52631, 52643, 52655, 52668, 52683, 52699, 52719, 52735, 52748, 52765, 52778, 52787, 52797, 52807, 52823, 52846, 52871, 52892, 52915, 52937, 52960, 52982, 53007, 53029, 53050, 53074, 53090, 53106, 53123, 53142, 53157, 53183, 53208, 53236, 53260, 53283, 53309, 53335, 53363, 53387, 53413, 53438, 53466, 53491, 53515, 53542, 53561, 53580, 53600, 53622, 53645, 53672, 53695, 53715, 53739, 53759, 53775, 53792, 53809, 53821, 53840, 53861, 53878, 53897, 53915, 53934, 53952, 53973, 53991, 54008, 54028, 54040, 54052, 54065, 54080, 54091, 54113, 54134, 54158, 54178, 54197, 54219, 54241, 54265, 54285, 54307, 54328, 54352, 54373, 54393, 54416, 54431, 54446, 54462, 54480, 54499, 54522, 54541, 54557, 54577, 54593, 54605, 54618, 54631, 54639, 54647, 54656, 54668, 54680, 54693, 54707, 54720, 54728, 54739, 54750, 54762, 54775, 54787, 54798, 54807, 54816, 54823, 54834, 54846, 54855, 54862, 54872, 54882, 54893, 54905, 54916, 54924, 54932, 54943, 54954, 54964, 54975, 54987, 54998, 55010, 55025, 55041, 55055, 55067, 55078, 55087, 55095, 55111, 55125, 55138, 55148, 55159, 55169, 55189, 55206, 55226, 55247, 55261, 55282, 55297, 55310, 55317, 55333, 55347, 55364, 55378, 55388, 55405, 55423, 55434, 55452, 55461, 55471, 55477, 55484, 55492, 55501, 55508, 55517, 55528, 55538, 55552, 55564, 55573, 55586, 55601, 55613, 55636, 55656, 55676, 55696, 55718, 55735, 55753, 55769, 55784, 55799, 55813, 55822, 55841, 55857, 55876, 55896, 55909, 55929, 55938, 55948, 55962, 55969, 55979, 55989, 56000, 56012, 56023, 56032, 56045, 56051, 56063, 56074, 56086, 56098, 56114, 56124, 56134, 56148, 56156, 56163, 56185, 56204, 56223, 56242, 56263, 56279, 56296, 56311, 56325, 56339, 56352, 56359, 56363, 56368, 56374, 56380, 56394, 56409, 56418, 56422, 56432, 56442, 56453, 56465, 56475, 56495, 56511, 56531, 56545, 56560, 56576, 56587, 56599, 56610, 56632, 56650, 56672, 56688, 56700, 56716, 56726, 56747, 56764, 56785, 56800, 56811, 56826, 56835, 56845, 56856, 56861, 56876, 56889, 56901, 56915, 56928, 56939, 56952, 56970, 56987, 57003, 57018, 57033, 57051, 57067, 57084, 57099, 57114, 57128, 57143, 57157, 57167, 57179, 57193, 57206, 57223, 57239, 57252, 57264, 57281, 57298, 57314, 57329, 57346, 57362, 57374, 57385, 57398, 57410, 57422, 57434, 57443, 57454, 57467, 57483, 57497, 57512, 57525, 57533, 57543, 57558, 57572, 57587, 57602, 57616, 57625, 57637, 57653, 57660, 57680, 57696, 57713, 57733, 57749, 57771, 57786, 57803, 57816, 57830, 57847, 57860, 57879, 57891, 57909, 57924, 57942, 57961, 57975, 57995, 58008, 58018, 58029, 58039, 58059, 58076, 58096, 58117, 58131, 58152, 58167, 58185, 58196, 58207, 58220, 58239, 58251, 58263, 58277, 58285, 58293, 58303, 58320, 58330, 58340, 58352, 58364, 58374, 58384, 58392, 58409, 58422, 58439, 58451, 58461, 58471, 58479, 58485, 58496, 58509, 58529, 58547, 58562, 58573, 58581, 58602, 58618, 58634, 58648, 58663, 58682, 58700, 58716, 58736, 58750, 58765, 58782, 58797, 58809, 58819, 58832, 58849, 58860, 58870, 58884, 58900, 58912, 58926, 58943, 58964, 58981, 58996, 59009, 59020, 59034, 59044, 59065, 59084, 59100, 59112, 59134, 59151, 59172, 59187, 59203, 59221, 59232, 59250, 59261, 59267, 59280, 59293, 59311, 59329, 59343, 59355, 59370, 59383, 59395, 59408, 59420, 59435, 59447, 59458, 59472, 59481, 59493, 59501, 59511, 59517, 59528, 59548, 59566, 59581, 59592, 59613, 59629, 59645, 59661, 59681, 59695, 59710, 59727, 59739, 59749, 59762, 59779, 59789, 59795, 59810, 59825, 59845, 59865, 59881, 59895, 59912, 59918, 59925, 59950, 59973, 60001, 60026, 60054, 60079, 60106, 60128, 60143, 60161, 60177, 60198, 60216, 60241, 60264, 60284, 60300, 60326, 60347, 60368, 60387, 60407, 60425, 60445, 60466, 60491, 60510, 60530, 60552, 60569, 60584, 60602, 60624, 60639, 60660, 60679, 60695, 60714, 60726, 60740, 60762, 60779, 60796, 60817, 60832, 60848, 60866, 60884, 60895, 60913, 60924, 60933, 60943, 60956, 60961, 60968, 60974, 60981, 60994, 61004, 61013, 61029, 61044, 61062, 61076, 61089, 61105, 61121, 61139, 61153, 61169, 61184, 61202, 61217, 61231, 61248, 61257, 61266, 61276, 61288, 61301, 61318, 61331, 61341, 61356, 61370, 61387, 61397, 61410, 61414, 61423, 61433, 61450, 61462, 61479, 61492, 61508, 61521, 61534, 61547, 61563, 61573, 61589, 61610, 61628, 61643, 61658, 61676, 61693, 61707, 61721, 61741, 61757, 61769, 61785, 61795, 61810, 61827, 61844, 61867, 61892, 61913, 61936, 61962, 61992, 62018, 62042, 62064, 62084, 62107, 62126, 62148, 62167, 62188, 62204, 62220, 62237, 62256, 62275, 62297, 62323, 62341, 62363, 62378, 62398, 62413, 62434, 62452, 62468, 62487, 62504, 62515, 62531, 62542, 62558, 62570, 62585, 62597, 62609, 62621, 62636, 62647, 62665, 62688, 62708, 62725, 62742, 62762, 62781, 62797, 62816, 62841, 62868, 62891, 62916, 62944, 62976, 63004, 63030, 63054, 63076, 63101, 63122, 63146, 63167, 63183, 63206, 63224, 63242, 63261, 63282, 63303, 63327, 63355, 63377, 63397, 63421, 63438, 63460, 63477, 63500, 63520, 63538, 63559, 63578, 63596, 63610, 63624, 63629, 63640, 63658, 63682, 63700, 63721, 63743, 63763, 63783, 63801, 63818, 63838, 63858, 63881, 63899, 63916, 63937, 63958, 63979, 64003, 64025, 64042, 64055, 64069, 64087, 64097, 64113, 64124, 64140, 64152, 64167, 64179, 64191, 64203, 64218, 64227, 64236, 64244, 64258, 64272, 64282, 64300, 64313, 64331, 64345, 64362, 64376, 64390, 64404, 64421, 64432, 64449, 64461, 64478, 64491, 64507, 64520, 64533, 64546, 64562, 64578, 64590, 64612, 64629, 64651, 64669, 64690, 64708, 64726, 64744, 64765, 64779, 64790, 64810, 64825, 64845, 64861, 64880, 64896, 64912, 64928, 64947, 64959, 64970, 64982, 64994, 65007, 65019, 65028, 65039, 65054, 65064, 65071, 65079, 65095, 65106, 65122, 65134, 65149, 65161, 65173, 65185, 65200, 65216, 65225, 65235, 65253, 65266, 65284, 65298, 65315, 65329, 65343, 65357, 65374, 65385, 65403, 65423, 65439, 65457, 65474, 65492, 65509, 65529, 65546, 65562, 65581, 65592, 65603, 65615, 65629, 65639, 65660, 65680, 65703, 65722, 65740, 65761, 65782, 65805, 65824, 65845, 65865, 65888, 65908, 65927, 65949, 65963, 65977, 65992, 66009, 66027, 66049, 66067, 66082, 66101, 66116, 66127, 66139, 66151, 66160, 66178, 66191, 66209, 66223, 66240, 66254, 66268, 66282, 66299, 66311, 66321, 66333, 66349, 66360, 66376, 66388, 66403, 66415, 66427, 66439, 66454, 66476, 66493, 66515, 66533, 66554, 66572, 66590, 66608, 66629, 66643, 66657, 66679, 66696, 66718, 66736, 66757, 66775, 66793, 66811, 66832, 66852, 66867, 66887, 66903, 66922, 66938, 66954, 66970, 66989, 67013, 67032, 67056, 67076, 67099, 67119, 67139, 67159, 67182, 67194, 67207, 67216, 67225, 67237, 67248, 67257, 67264, 67274, 67297, 67318, 67344, 67367, 67393, 67416, 67441, 67461, 67477, 67491, 67510, 67526, 67549, 67570, 67588, 67602, 67626, 67645, 67664, 67681, 67699, 67715, 67733, 67752, 67775, 67792, 67810, 67830, 67845, 67858, 67874, 67894, 67907, 67919, 67925, 67936, 67947, 67963, 67979, 67991, 68001, 68014, 68021, 68033, 68054, 68073, 68089, 68101, 68120, 68145, 68164, 68186, 68209, 68230, 68251, 68270, 68288, 68309, 68330, 68354, 68373, 68391, 68413, 68435, 68457, 68482, 68505, 68523, 68545, 68562, 68579, 68596, 68617, 68632, 68648, 68666, 68679, 68690, 68704, 68722, 68733, 68740, 68747],
        },
        rules: &[
            (0, "override-earlier-instructions", Anchor::Any(&[Anchor::All(&[Anchor::Lits(&[546, 610, 642, 819, 827, 1472, 1481, 1489, 1658, 1767, 2475, 2484, 2610, 2644, 2664, 3028, 3607]), Anchor::Lits(&[0, 455, 666, 786, 859, 865, 871, 877, 898, 918, 923, 930, 939, 945, 953, 961, 966, 973, 982, 988, 1252, 1410, 1576, 1582, 1588, 1604, 2027, 2053, 2061, 2078, 2085, 2096, 2118, 2218, 2315, 2322, 2333, 2344, 2374, 2380, 2386, 2518, 2542, 2706, 2748, 2795, 2936, 2942, 2947, 2953, 2959, 2965, 3081, 3581, 3587, 3600, 3683]), Anchor::Lits(&[14, 74, 1017, 1251, 1277, 1409, 1509, 1731, 2216, 2299, 2372, 2413, 2426, 2438, 2510, 2672, 2712, 3020])]), Anchor::All(&[Anchor::Lits(&[546, 610, 653, 672, 755, 819, 833, 1094, 1472, 1481, 1495, 1730, 1755, 1773, 1996, 2298, 2475, 2484, 2595, 2651, 2664, 2918, 3028, 3110, 3121, 3443, 3607]), Anchor::Lits(&[0, 455, 666, 786, 859, 865, 871, 877, 898, 918, 923, 930, 939, 945, 953, 961, 966, 973, 982, 988, 1252, 1410, 1576, 1582, 1588, 1604, 2027, 2053, 2061, 2078, 2085, 2096, 2118, 2218, 2315, 2322, 2333, 2344, 2374, 2380, 2386, 2518, 2542, 2706, 2748, 2795, 2936, 2942, 2947, 2953, 2959, 2965, 3081, 3581, 3587, 3600, 3683]), Anchor::Lits(&[14, 74, 1017, 1251, 1277, 1409, 1509, 1731, 2216, 2299, 2372, 2413, 2426, 2438, 2510, 2672, 2712, 3020])]), Anchor::All(&[Anchor::Lits(&[14, 354, 1323, 1324, 1416, 2511, 2812, 3700, 3701, 3940, 3985, 4178, 4421, 4453, 4483]), Anchor::Lits(&[546, 610, 642, 819, 827, 1472, 1481, 1489, 1658, 1767, 2475, 2484, 2610, 2644, 2664, 3028, 3607]), Anchor::Lits(&[0, 455, 666, 786, 859, 865, 871, 877, 898, 918, 923, 930, 939, 945, 953, 961, 966, 973, 982, 988, 1252, 1410, 1576, 1582, 1588, 1604, 2027, 2053, 2061, 2078, 2085, 2096, 2118, 2218, 2315, 2322, 2333, 2344, 2374, 2380, 2386, 2518, 2542, 2706, 2748, 2795, 2936, 2942, 2947, 2953, 2959, 2965, 3081, 3581, 3587, 3600, 3683])])])),
            (1, "override-all-instructions", Anchor::Any(&[Anchor::Lits(&[800, 801, 805, 1516, 1521, 1742, 1774, 2017, 2310, 2421, 2485, 3026, 3028, 3045]), Anchor::All(&[Anchor::Lits(&[546, 610, 819, 827, 1472, 1481, 1489, 1767, 2475, 2484, 2651, 2664, 3028, 3607]), Anchor::Lits(&[0, 455, 666, 786, 859, 865, 871, 877, 898, 918, 923, 930, 939, 945, 953, 961, 966, 973, 982, 988, 1252, 1410, 1576, 1582, 1588, 1604, 2027, 2053, 2061, 2078, 2085, 2096, 2118, 2218, 2315, 2322, 2333, 2344, 2374, 2380, 2386, 2518, 2542, 2706, 2748, 2795, 2936, 2942, 2947, 2953, 2959, 2965, 3081, 3581, 3587, 3600, 3683]), Anchor::Lits(&[75, 182, 1092, 4058])]), Anchor::All(&[Anchor::Lits(&[545, 827, 1471, 1489, 1657, 1767, 2484, 2609, 2644, 2663, 2673]), Anchor::Lits(&[0, 455, 666, 786, 859, 865, 871, 877, 898, 918, 923, 930, 939, 945, 953, 961, 966, 973, 982, 988, 1252, 1410, 1576, 1582, 1588, 1604, 2027, 2053, 2061, 2078, 2085, 2096, 2118, 2218, 2315, 2322, 2333, 2344, 2374, 2380, 2386, 2518, 2542, 2706, 2748, 2795, 2936, 2942, 2947, 2953, 2959, 2965, 3081, 3581, 3587, 3600, 3683]), Anchor::Lits(&[182, 995, 1092])]), Anchor::All(&[Anchor::Lits(&[171, 172, 173, 174, 175, 176, 177, 178, 179, 180, 181, 2271, 2272, 2273, 2274, 2275, 2276, 2277, 2278, 2279, 2280, 2281, 2801, 2802, 2803, 2804, 2805, 2806, 2807, 2808, 2809, 2810, 2811, 2876, 2877, 2878, 2879, 2880, 2881, 2882, 2883, 2884, 2885, 2886, 2887, 2888, 2889, 2890, 2891, 2892, 2893, 2894, 2895, 2896, 2897, 3165, 3166, 3167, 3168, 3169, 3170, 3171, 3172, 3173, 3174, 3175, 3176, 3177, 3178, 3179, 3180, 3181, 3182, 3183, 3184, 3185, 3186, 3277, 3278, 3279, 3280, 3281, 3282, 3283, 3284, 3285, 3286, 3287, 3288, 3289, 3290, 3291, 3292, 3293, 3294, 3295, 3296, 3297, 3298, 3346, 3347, 3348, 3349, 3350, 3351, 3352, 3353, 3354, 3355, 3356, 3357, 3358, 3359, 3360, 3361, 3362, 3363, 3364, 3365, 3366, 3367, 3369, 3370, 3371, 3372, 3373, 3374, 3375, 3376, 3377, 3378, 3379, 3388, 3389, 3390, 3391, 3392, 3393, 3394, 3395, 3396, 3397, 3398, 3420, 3421, 3422, 3423, 3424, 3425, 3426, 3427, 3428, 3429, 3430, 3431, 3432, 3433, 3434, 3435, 3436, 3438, 3439, 3440, 3441, 3442, 4071, 4072, 4073, 4074, 4075, 4076, 4077, 4078, 4079, 4080, 4081, 4087, 4100, 4101, 4103, 4104, 4107, 4110, 4112, 4114, 4115, 4119, 4131, 4132, 4133, 4134, 4135, 4136, 4137, 4138, 4139, 4152, 4153, 4154, 4156, 4157, 4160, 4163, 4164, 4166, 4168, 4169, 4173, 4174]), Anchor::Lits(&[417, 478, 546, 610, 635, 642, 659, 819, 827, 1077, 1216, 1472, 1481, 1489, 1658, 1686, 1767, 2023, 2024, 2025, 2410, 2436, 2475, 2484, 2601, 2610, 2651, 2664, 2680, 3028, 3607]), Anchor::Lits(&[0, 455, 666, 786, 859, 865, 871, 877, 898, 918, 923, 930, 939, 945, 953, 961, 966, 973, 982, 988, 1252, 1410, 1576, 1582, 1588, 1604, 2027, 2053, 2061, 2078, 2085, 2096, 2118, 2218, 2315, 2322, 2333, 2344, 2374, 2380, 2386, 2518, 2542, 2706, 2748, 2795, 2936, 2942, 2947, 2953, 2959, 2965, 3081, 3581, 3587, 3600, 3683])]), Anchor::All(&[Anchor::Lits(&[1, 2, 4, 5, 456, 457, 459, 461, 667, 668, 669, 670, 787, 788, 789, 790, 860, 861, 862, 863, 866, 867, 868, 869, 872, 873, 874, 875, 878, 879, 881, 882, 883, 884, 886, 887, 899, 900, 901, 902, 919, 920, 921, 922, 924, 925, 926, 927, 931, 932, 933, 934, 940, 941, 942, 943, 946, 947, 948, 949, 954, 955, 956, 957, 962, 963, 964, 965, 967, 968, 969, 970, 974, 975, 976, 977, 983, 984, 985, 986, 989, 990, 991, 992, 1253, 1254, 1255, 1256, 1257, 1258, 1260, 1261, 1265, 1266, 1268, 1269, 1411, 1412, 1413, 1414, 1577, 1578, 1579, 1580, 1583, 1584, 1585, 1586, 1589, 1590, 1592, 1593, 1599, 1600, 1601, 1602, 1605, 1606, 1608, 1609, 2028, 2029, 2030, 2031, 2054, 2055, 2056, 2057, 2062, 2063, 2064, 2065, 2079, 2080, 2081, 2082, 2086, 2087, 2088, 2089, 2097, 2098, 2099, 2100, 2119, 2120, 2121, 2122, 2219, 2220, 2221, 2222, 2316, 2317, 2318, 2319, 2323, 2324, 2326, 2327, 2334, 2335, 2337, 2338, 2345, 2346, 2347, 2348, 2375, 2376, 2377, 2378, 2381, 2382, 2383, 2384, 2387, 2388, 2389, 2390, 2519, 2520, 2521, 2522, 2543, 2544, 2545, 2546, 2707, 2708, 2709, 2710, 2749, 2750, 2751, 2752, 2796, 2797, 2798, 2799, 2937, 2938, 2939, 2940, 2943, 2944, 2945, 2946, 2948, 2949, 2950, 2951, 2954, 2955, 2956, 2957, 2960, 2961, 2962, 2963, 2966, 2967, 2968, 2969, 3082, 3083, 3084, 3085, 3582, 3583, 3584, 3585, 3588, 3589, 3590, 3591, 3601, 3602, 3603, 3604, 3684, 3685, 3686, 3687]), Anchor::Lits(&[2270, 3124, 3143, 3893, 3936, 3940, 3968, 4027, 4053, 4421, 4453]), Anchor::Lits(&[417, 478, 546, 610, 635, 642, 659, 819, 827, 1077, 1216, 1472, 1481, 1489, 1658, 1686, 1767, 2023, 2024, 2025, 2410, 2436, 2475, 2484, 2601, 2610, 2651, 2664, 2680, 3028, 3607])]), Anchor::All(&[Anchor::Lits(&[1242, 1243, 1244, 1245, 1246, 1247, 1248, 1249, 1278, 1279, 1280, 1281, 1282, 1283, 1284, 1285, 1286, 1287, 1288, 1289, 1290, 1291, 1292, 1293, 1294, 1295, 1296, 1297, 1298, 1299, 1300, 1301, 1302, 1303, 1304, 1305, 1306, 1930, 3120, 3579, 3580]), Anchor::Lits(&[546, 610, 819, 827, 1472, 1481, 1489, 1767, 2475, 2484, 2651, 2664, 3028, 3607]), Anchor::Lits(&[0, 455, 666, 786, 859, 865, 871, 877, 898, 918, 923, 930, 939, 945, 953, 961, 966, 973, 982, 988, 1252, 1410, 1576, 1582, 1588, 1604, 2027, 2053, 2061, 2078, 2085, 2096, 2118, 2218, 2315, 2322, 2333, 2344, 2374, 2380, 2386, 2518, 2542, 2706, 2748, 2795, 2936, 2942, 2947, 2953, 2959, 2965, 3081, 3581, 3587, 3600, 3683])])])),
            (3, "override-everything-before", Anchor::All(&[Anchor::Lits(&[14, 305, 1017, 1803, 1809, 2430, 2454, 2812, 3700, 3701, 3869, 3874, 3877, 3883, 3889, 3890, 3891, 3921, 3922, 3923, 3924, 3925, 3926, 3927, 3941, 3945, 3947, 3949, 3954, 3955, 3956, 3960, 3961, 3962, 3963, 3964, 3965, 3966, 3979, 3985, 3987, 3993, 3998, 3999, 4000, 4008, 4021, 4024, 4415, 4421, 4423, 4429, 4434, 4435, 4436, 4439, 4441, 4442, 4443, 4444, 4445, 4446, 4447, 4449, 4453, 4475, 4477, 4482, 4483, 4484]), Anchor::Lits(&[0, 455, 666, 786, 859, 865, 871, 877, 898, 918, 923, 930, 939, 945, 953, 961, 966, 973, 982, 988, 1252, 1410, 1576, 1582, 1588, 1604, 2027, 2053, 2061, 2078, 2085, 2096, 2118, 2218, 2315, 2322, 2333, 2344, 2374, 2380, 2386, 2518, 2542, 2706, 2748, 2795, 2936, 2942, 2947, 2953, 2959, 2965, 3081, 3581, 3587, 3600, 3683]), Anchor::Lits(&[75, 183, 1094, 3721])])),
            (5, "override-bare-instructions", Anchor::All(&[Anchor::Lits(&[455, 877, 1252, 1588, 2061, 2322, 2374, 2953, 2965]), Anchor::Lits(&[833, 1472, 1495, 1767, 2475, 2493, 2651, 2664, 3045])])),
            (7, "override-previous-context", Anchor::Any(&[Anchor::All(&[Anchor::Lits(&[482, 546, 672, 819, 1419, 1560, 1755, 2021, 2156, 2298, 2394, 2484, 3121]), Anchor::Lits(&[0, 455, 666, 786, 859, 865, 871, 877, 898, 918, 923, 930, 939, 945, 953, 961, 966, 973, 982, 988, 1252, 1410, 1576, 1582, 1588, 1604, 2027, 2053, 2061, 2078, 2085, 2096, 2118, 2218, 2315, 2322, 2333, 2344, 2374, 2380, 2386, 2518, 2542, 2706, 2748, 2795, 2936, 2942, 2947, 2953, 2959, 2965, 3081, 3581, 3587, 3600, 3683]), Anchor::Lits(&[14, 74, 1017, 1251, 1277, 1409, 1509, 1731, 2216, 2299, 2372, 2413, 2426, 2438, 2510, 2672, 2712, 3020])]), Anchor::All(&[Anchor::Lits(&[9, 13, 146, 471, 671, 791, 864, 870, 876, 891, 896, 903, 928, 935, 944, 958, 971, 978, 987, 1273, 1275, 1415, 1587, 1597, 1603, 1613, 2032, 2058, 2066, 2083, 2090, 2101, 2123, 2169, 2223, 2320, 2331, 2342, 2349, 2379, 2385, 2391, 2523, 2547, 2711, 2753, 2800, 2941, 2952, 2958, 2964, 2970, 3586, 3592, 3605, 3688]), Anchor::Lits(&[272, 663, 1419, 1560, 1902, 2021, 2156, 2394, 2512, 2643, 3109])])])),
            (8, "override-rules-that-bind-you", Anchor::Lits(&[3124, 3125, 3126, 3127, 3128, 3131, 3132, 3133, 3134, 3140, 3141, 3142, 3143, 3146, 3147, 3150, 3151, 3154, 3155, 3156, 3157, 3158, 3159, 3160, 3161, 3162, 3163, 3753, 3754, 3755, 3756, 3757, 3760, 3761, 3762, 3763, 3769, 3770, 3771, 3772, 3775, 3776, 3779, 3780, 3783, 3784, 3785, 3786, 3787, 3788, 3789, 3790, 3791, 3792])),
            (13, "stop-following-instructions", Anchor::Any(&[Anchor::All(&[Anchor::Lits(&[3871, 3872, 3873, 3874, 3876, 3878, 3884, 3885, 3886, 3887, 3890, 3892, 3894, 3907, 3908, 3909, 3910, 3911, 3912, 3913, 3914, 3915, 3916, 3917, 3918, 3919, 3942, 3943, 3944, 3945, 3946, 3948, 3950, 3951, 3952, 3953, 3955, 3957, 3958, 3982, 3983, 3984, 3985, 3986, 3988, 3994, 3995, 3996, 3997, 3999, 4001, 4002, 4003, 4004, 4005, 4007, 4009, 4010, 4012, 4013, 4014, 4015, 4017, 4018, 4019, 4418, 4419, 4420, 4421, 4422, 4424, 4430, 4431, 4432, 4433, 4435, 4437, 4438, 4450, 4451, 4452, 4453, 4474, 4476, 4478, 4479, 4480, 4481, 4483, 4485, 4486]), Anchor::Lits(&[546, 610, 819, 827, 1472, 1481, 1489, 1767, 2475, 2484, 2651, 2664, 3028, 3607])]), Anchor::All(&[Anchor::Lits(&[11, 12, 71, 72, 554, 555, 1225, 1551, 1552, 1702, 1703, 2124, 2596, 2933, 2934]), Anchor::Lits(&[546, 610, 642, 752, 794, 819, 827, 1472, 1481, 1489, 1658, 1767, 1965, 2294, 2350, 2475, 2484, 2610, 2644, 2664, 3028, 3606, 3607]), Anchor::Lits(&[477, 913, 950, 2047, 2073, 2095, 2541, 2935, 3881, 3882, 4028, 4029, 4201, 4401, 4402])])])),
            (14, "discredit-earlier-text", Anchor::Any(&[Anchor::Lits(&[15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31, 32, 33, 34, 155, 156, 157, 158, 159, 160, 161, 162, 163, 164, 165, 166, 167, 168, 169, 170, 326, 327, 328, 329, 330, 331, 332, 333, 334, 335, 336, 337, 338, 339, 340, 341, 342, 343, 344, 345, 355, 356, 357, 358, 359, 360, 361, 362, 363, 364, 365, 366, 367, 368, 369, 370, 371, 372, 373, 374, 556, 557, 558, 559, 560, 561, 562, 563, 564, 565, 566, 567, 568, 569, 570, 571, 572, 573, 574, 575, 576, 577, 578, 579, 580, 581, 582, 583, 584, 585, 1144, 1145, 1146, 1147, 1148, 1149, 1150, 1151, 1152, 1153, 1154, 1155, 1156, 1157, 1158, 1159, 1160, 1161, 1162, 1163, 1164, 1165, 1166, 1167, 1168, 1169, 1170, 1171, 1172, 1173, 1174, 1175, 1176, 1177, 1178, 1179, 1180, 1181, 1182, 1183, 1184, 1185, 1186, 1226, 1227, 1228, 1229, 1230, 1231, 1232, 1233, 1234, 1235, 1236, 1237, 1238, 1239, 1240, 1241, 1325, 1326, 1327, 1328, 1329, 1330, 1331, 1332, 1333, 1334, 1335, 1336, 1337, 1338, 1339, 1340, 1341, 1342, 1343, 1344, 1345, 1346, 1347, 1348, 1349, 1350, 1351, 1352, 1353, 1354, 1355, 1356, 1357, 1358, 1359, 1360, 1361, 1362, 1363, 1364, 1704, 1705, 1706, 1707, 1708, 1709, 1710, 1711, 1712, 1713, 1714, 1715, 1716, 1717, 1718, 1719, 1810, 1811, 1812, 1813, 1814, 1815, 1816, 1817, 1818, 1819, 1820, 1821, 1822, 1823, 1824, 1825, 1826, 1827, 1828, 1829, 1830, 1831, 1832, 1833, 1834, 1835, 1836, 1837, 1838, 1839, 1840, 1841, 1842, 1843, 1844, 1845, 1846, 1847, 1848, 1849, 1903, 1904, 1905, 1906, 1907, 1908, 1909, 1910, 1911, 1912, 1913, 1914, 1915, 1916, 1917, 1918, 1919, 1920, 1921, 1922, 1923, 1924, 1925, 1926, 1927, 1928, 1929, 1931, 1932, 1933, 1934, 1935, 1936, 1937, 1938, 1939, 1940, 1941, 1942, 1943, 1944, 1945, 1946, 2125, 2126, 2127, 2128, 2129, 2130, 2131, 2132, 2133, 2134, 2135, 2136, 2137, 2138, 2139, 2140, 2141, 2142, 2143, 2144, 2145, 2146, 2147, 2148, 2149, 2150, 2151, 2152, 2153, 2154, 2155, 2226, 2227, 2228, 2229, 2230, 2231, 2232, 2233, 2234, 2235, 2236, 2237, 2238, 2239, 2240, 2241, 2242, 2243, 2244, 2245, 2246, 2247, 2248, 2249, 2250, 2251, 2252, 2253, 2254, 2255, 2256, 2257, 2258, 2259, 2260, 2261, 2262, 2263, 2264, 2265, 2266, 2267, 2268, 2579, 2580, 2581, 2582, 2583, 2584, 2585, 2586, 2587, 2588, 2589, 2590, 2591, 2592, 2593, 2594, 2813, 2814, 2815, 2816, 2817, 2818, 2819, 2820, 2821, 2822, 2823, 2824, 2825, 2826, 2827, 2828, 2829, 2830, 2831, 2832, 2833, 2834, 2835, 2836, 2837, 2838, 2839, 2840, 2841, 2842, 2843, 2844, 2845, 2846, 2847, 2848, 2849, 2850, 2851, 2852, 2853, 2854, 2855, 2856, 2857, 2858, 2859, 2860, 2861, 2862, 2863, 2864, 2865, 2866, 2867, 2868, 2869, 2870, 2871, 2872, 2873, 2874, 2875, 3049, 3050, 3051, 3052, 3053, 3054, 3055, 3056, 3057, 3058, 3059, 3060, 3061, 3062, 3063, 3064, 3065, 3066, 3067, 3068, 3069, 3070, 3071, 3072, 3073, 3074, 3075, 3076, 3077, 3078, 3079, 3080, 3086, 3087, 3088, 3089, 3090, 3091, 3092, 3093, 3094, 3095, 3096, 3097, 3098, 3099, 3100, 3101, 3841, 3842, 3843, 3844, 3845, 3846, 3847, 3848, 3849, 3850, 3851, 3852, 3853, 3854, 3855, 3856, 4179, 4180, 4181, 4182, 4183, 4184, 4185, 4186, 4187, 4188, 4189, 4190, 4191, 4192, 4193, 4194, 4195, 4196, 4197, 4198, 4454, 4455, 4456, 4457, 4458, 4459, 4460, 4461, 4462, 4463, 4464, 4465, 4466, 4467, 4468, 4469, 4470, 4471, 4472, 4473]), Anchor::All(&[Anchor::Lits(&[636, 637, 638, 639, 724, 725, 732, 751, 772, 773, 774, 775, 2564, 2565, 2566, 2567, 3617, 3618, 3619, 3620]), Anchor::Lits(&[546, 610, 642, 819, 827, 1472, 1481, 1489, 1658, 1767, 2475, 2484, 2610, 2644, 2664, 3028, 3607]), Anchor::Lits(&[474, 475, 792, 1213, 1423, 1633, 1808, 1854, 2117, 2157, 2297, 2321, 2577, 2641, 2983, 3714, 3807])]), Anchor::All(&[Anchor::Lits(&[35, 37, 38, 43, 44, 45, 46, 797, 800, 801, 803, 805, 806, 809, 1018, 1019, 1020, 1021, 1022, 1023, 1024, 1218, 1219, 1220, 1221, 1222, 1223, 1224, 1512, 1516, 1518, 1519, 1521, 1522, 1524, 2302, 2305, 2307, 2308, 2310, 2311, 2313, 2428, 2429, 2431, 2432, 2433, 2434, 2435, 2439, 2440, 2441, 2442, 2443, 2444, 2445, 3023, 3027, 3028, 3043, 3045, 3046, 3048]), Anchor::Lits(&[70, 73, 80, 147, 148, 210, 292, 293, 415, 771, 1214, 1630, 1808, 2111, 2157, 2314, 3714])]), Anchor::All(&[Anchor::Lits(&[250, 251, 252, 253, 254, 255, 256, 257, 258, 259, 260, 261, 262, 263, 264, 265, 266, 267, 274, 275, 276, 277, 278, 279, 280, 281, 282, 283, 284, 285, 286, 287, 288, 289, 290, 291, 1639, 1640, 1641, 1642, 1643, 1644, 1645, 1646, 1647, 1648, 1649, 1650, 1651, 1652, 1653, 1654, 1655, 1656]), Anchor::Lits(&[546, 610, 642, 819, 827, 1472, 1481, 1489, 1658, 1767, 2475, 2484, 2610, 2644, 2664, 3028, 3607]), Anchor::Lits(&[55, 152, 387, 665, 2424, 2597])])])),
            (15, "permission-to-ignore", Anchor::All(&[Anchor::Lits(&[300, 531, 1556, 1557, 1559, 1615, 1619, 1620, 1621, 1622, 1623, 1624, 1625, 1626, 1627, 1698, 1729, 1851, 1853, 1858, 2392, 3868, 3920, 3969, 3970, 3971, 3972, 3973, 3974, 3975, 3976, 3977, 3978, 3979, 3980, 3981, 3987, 3991, 3992, 3999, 4006, 4011, 4016, 4025, 4026, 4177, 4400, 4406, 4407, 4408, 4409, 4410, 4411, 4412, 4413, 4414, 4415, 4416, 4417, 4423, 4427, 4428, 4435, 4487]), Anchor::Lits(&[237, 295, 296, 297, 298, 417, 478, 483, 485, 546, 610, 631, 635, 642, 654, 659, 719, 819, 827, 1031, 1077, 1093, 1216, 1470, 1471, 1480, 1481, 1489, 1554, 1658, 1686, 1747, 1748, 1749, 1750, 1751, 1752, 1753, 1767, 2022, 2023, 2024, 2025, 2410, 2436, 2475, 2484, 2548, 2562, 2563, 2601, 2610, 2638, 2651, 2663, 2673, 2675, 2676, 2679, 2680, 2681, 2683, 2684, 2685, 2689, 2690, 2699, 2700, 2701, 2726, 2728, 2729, 2730, 2731, 2732, 3028, 3299, 3607, 3621]), Anchor::Lits(&[418, 455, 532, 843, 877, 1078, 1252, 1588, 2322, 2795, 3713])])),
            (17, "suspend-own-instructions", Anchor::All(&[Anchor::Lits(&[1561, 1562, 1563, 1564, 1565, 1566, 1567, 1568, 1569, 1570, 1571, 1572, 1573, 1574, 1575, 1947, 1948, 1949, 1950, 1951, 1953, 1954, 1955, 1956, 1957, 1958, 1959, 1960, 1961, 1962, 2355, 2356, 2357, 2358, 2359, 2360, 2361, 2362, 2363, 2364, 2365, 2366, 2367, 2368, 2369, 2395, 2396, 2397, 2398, 2399, 2400, 2401, 2402, 2403, 2404, 2405, 2406, 2407, 2408, 2409, 2513, 2514, 2515, 2516, 2517, 2526, 2527, 2528, 2529, 2530, 2531, 2532, 2533, 2534, 2539, 2743, 2744, 2745, 2746, 2747, 2754, 2755, 2756, 2757, 2758, 2759, 2760, 2761, 2762, 2764, 2765, 2766, 2767, 2768, 2769, 2770, 2771, 2772, 2773, 2774, 2775, 2776, 2777, 2778, 2779, 2989, 2990, 2991, 2992, 2993, 3003, 3004, 3006, 3007, 3010, 3013, 3015, 3016, 3017, 3019, 3622, 3623, 3624, 3625, 3626, 3634, 3635, 3637, 3638, 3641, 3644, 3646, 3647, 3649, 3650]), Anchor::Lits(&[76, 82, 238, 239, 240, 241, 243, 244, 245, 295, 296, 297, 298, 417, 478, 484, 485, 546, 610, 632, 634, 635, 642, 719, 819, 827, 1031, 1077, 1093, 1215, 1470, 1471, 1480, 1481, 1489, 1553, 1554, 1658, 1686, 1747, 1748, 1749, 1750, 1752, 1753, 1767, 2022, 2025, 2410, 2411, 2436, 2475, 2484, 2509, 2548, 2562, 2563, 2610, 2639, 2640, 2651, 2663, 2672, 2699, 2700, 2701, 2726, 2728, 2729, 2730, 2731, 2732, 2734, 3028, 3299, 3607, 3621, 4070]), Anchor::Lits(&[248, 303, 388, 2158, 2224, 2225, 2269, 3599])])),
            (24, "reveal-own-instructions", Anchor::Lits(&[4059, 4060, 4082, 4083, 4084, 4085, 4086, 4120, 4130, 4175, 4176, 4202, 4212, 4213, 4214, 4215, 4216, 4217, 4227, 4237, 4238, 4248, 4249, 4259, 4260, 4261, 4262, 4263, 4264, 4265, 4266, 4267, 4268, 4269, 4270, 4280, 4281, 4282, 4337, 4347, 4348, 4349, 4368, 4369, 4397, 4398, 4399])),
            (25, "reveal-system-prompt", Anchor::Lits(&[59, 60, 61, 62, 63, 64, 65, 66, 67, 68, 69, 618, 619, 620, 621, 622, 623, 624, 625, 626, 627, 628, 795, 796, 798, 799, 800, 801, 804, 805, 806, 807, 809, 1510, 1511, 1513, 1514, 1516, 1518, 1520, 1521, 1522, 1523, 1524, 1732, 1733, 1734, 1735, 1736, 1740, 1741, 1742, 1743, 1744, 1745, 1791, 1792, 1793, 1794, 1795, 1796, 1797, 1798, 1799, 1800, 1801, 2010, 2011, 2012, 2013, 2014, 2015, 2016, 2017, 2018, 2019, 2020, 2282, 2283, 2284, 2285, 2286, 2287, 2288, 2289, 2290, 2291, 2292, 2300, 2301, 2303, 2304, 2305, 2307, 2309, 2310, 2311, 2312, 2313, 2414, 2415, 2416, 2417, 2418, 2419, 2420, 2421, 2422, 2423, 2425, 2460, 2461, 2462, 2463, 2464, 2465, 2466, 2467, 2468, 2469, 2470, 2549, 2550, 2551, 2552, 2553, 2554, 2555, 2556, 2557, 2558, 2559, 2713, 2714, 2715, 2716, 2717, 2718, 2719, 2720, 2721, 2722, 2723, 2902, 2903, 2904, 2905, 2906, 2907, 2908, 2909, 2910, 2911, 2912, 3021, 3022, 3024, 3025, 3027, 3028, 3044, 3045, 3046, 3047, 3048, 3662, 3663, 3664, 3665, 3666, 3667, 3668, 3669, 3670, 3671, 3672, 3702, 3703, 3704, 3705, 3706, 3707, 3708, 3709, 3710, 3711, 3712])),
            (26, "what-others-told-you", Anchor::Any(&[Anchor::Lits(&[36, 39, 40, 41, 42, 47, 48, 49, 50, 51, 52, 53, 54, 314, 320, 321, 322, 323, 348, 350, 353, 375, 376, 377, 378, 382, 2446, 2447, 2448, 2449, 2450, 2451, 2452, 2453, 2455, 2456, 2457, 2458, 2459]), Anchor::All(&[Anchor::Lits(&[268, 269, 270, 271, 1367, 1368, 1369, 1370, 1407, 1408, 1417, 1418, 1763, 1764, 1765, 1766, 2471, 2472, 2473, 2474, 2524, 2525, 2536, 2537, 2694, 2695, 2696, 2697, 2739, 2740, 2741, 2742, 3111, 3112, 3113, 3114, 3115, 3116, 3117, 3118, 3593, 3594, 3595, 3596, 3857, 3858, 3859, 3860, 3864, 3865, 3866, 3867]), Anchor::Lits(&[75, 183, 1094, 3721])])])),
            (27, "reveal-what-you-were-told", Anchor::Any(&[Anchor::Lits(&[3724, 3725, 3726]), Anchor::All(&[Anchor::Lits(&[3727, 3728, 3729, 3730, 3736, 3737, 3738, 3739, 3740, 3741, 3742, 3743, 3744, 3745, 3746, 3747, 3748, 3749]), Anchor::Lits(&[629, 642, 664, 819, 833, 1220, 1472, 1495, 1737, 1739, 1740, 1773, 2394, 2410, 2412, 2475, 2484, 2610, 2651, 2763, 3028, 3607])]), Anchor::All(&[Anchor::Lits(&[3895, 3896, 3897, 3898, 3899, 3900, 3901, 3902, 3903, 3904, 3905, 3906, 3937, 3938, 3939, 4022, 4055, 4057, 4088, 4089, 4090, 4091, 4092, 4093, 4094, 4095, 4096, 4097, 4098, 4099, 4102, 4105, 4106, 4108, 4109, 4111, 4113, 4116, 4117, 4118, 4140, 4141, 4142, 4143, 4144, 4145, 4146, 4147, 4148, 4149, 4150, 4151, 4155, 4158, 4159, 4161, 4162, 4165, 4167, 4170, 4171, 4172, 4178, 4403, 4404, 4405]), Anchor::Lits(&[547, 548, 549, 550, 551, 552, 553, 611, 612, 613, 614, 615, 616, 617, 643, 644, 645, 646, 647, 648, 649, 820, 821, 822, 823, 824, 825, 826, 828, 829, 830, 831, 832, 834, 835, 836, 837, 838, 839, 840, 841, 842, 1473, 1474, 1475, 1476, 1477, 1478, 1479, 1482, 1483, 1484, 1485, 1486, 1487, 1488, 1490, 1491, 1492, 1493, 1494, 1496, 1497, 1498, 1499, 1500, 1501, 1502, 1503, 1504, 1659, 1660, 1661, 1662, 1663, 1664, 1665, 1768, 1769, 1770, 1771, 1772, 1775, 1776, 1777, 1779, 1780, 1782, 1783, 1789, 1790, 2476, 2477, 2478, 2479, 2480, 2481, 2482, 2486, 2487, 2488, 2491, 2492, 2494, 2495, 2496, 2498, 2499, 2500, 2501, 2502, 2503, 2612, 2613, 2614, 2615, 2616, 2617, 2618, 2645, 2647, 2648, 2649, 2650, 2652, 2653, 2654, 2655, 2656, 2657, 2658, 2660, 2661, 2665, 2666, 2667, 2668, 2669, 2670, 2671, 3029, 3030, 3031, 3032, 3033, 3034, 3035, 3036, 3037, 3038, 3039, 3040, 3041, 3042, 3608, 3609, 3610, 3611, 3612, 3613, 3614]), Anchor::Lits(&[3721, 3752])]), Anchor::All(&[Anchor::Lits(&[650, 651, 652, 783, 784, 785, 1515, 1517, 1525, 1699, 1700, 1701, 1726, 1727, 1728, 1992, 1993, 1994, 2692, 2693, 2698, 2898, 2899, 2900, 2915, 2916, 2917, 3861, 3862, 3863]), Anchor::Lits(&[3721])]), Anchor::All(&[Anchor::Lits(&[3722, 3723, 3735, 3750, 3751]), Anchor::Lits(&[294, 305, 473, 1017, 1738, 1803, 1809, 2113, 2306, 2430])])])),
            (31, "reveal-context-contents", Anchor::Any(&[Anchor::Lits(&[1756, 1757, 1758, 1759, 1760, 1761, 1762, 1778, 1781, 1784, 1785, 1786, 1787, 1788, 1995, 1997, 1998, 1999, 2000, 2001, 2002, 2003, 2004, 2005, 2006, 2007, 2008, 2009, 2489, 2497, 2504, 2505, 2506, 2507, 2508]), Anchor::All(&[Anchor::Lits(&[385, 386, 480, 481, 656, 657, 661, 662, 674, 675, 1029, 1030, 1694, 1695, 1696, 1697, 2351, 2352, 2353, 2354, 2370, 2371, 2570, 2571, 2599, 2600, 2724, 2725, 2735, 2736, 2737, 2738, 2913, 2914, 3122, 3123, 3597, 3598, 3615, 3616, 3832, 3833]), Anchor::Lits(&[630, 663, 673, 1773, 1991, 2412, 2484, 2651])]), Anchor::All(&[Anchor::Lits(&[663, 1773, 2412, 2484, 3028]), Anchor::Lits(&[77, 78, 79, 81, 83, 85, 86, 87, 88, 89, 90, 91, 92, 93, 94, 95, 96, 97, 98, 99, 100, 101, 102, 103, 104, 105, 106, 107, 108, 109, 110, 111, 112, 113, 114, 118, 119, 120, 121, 122, 123, 124, 125, 126, 127, 128, 129, 130, 131, 132, 133, 134, 135, 136, 137, 138, 139, 140, 141, 142, 143, 144, 145, 184, 185, 186, 187, 188, 189, 190, 191, 192, 193, 194, 195, 196, 197, 201, 202, 203, 204, 205, 206, 207, 996, 997, 998, 999, 1000, 1001, 1002, 1003, 1004, 1005, 1006, 1007, 1008, 1009, 1010, 1011, 1012, 1013, 1014, 1015, 1016, 1095, 1096, 1097, 1098, 1099, 1100, 1101, 1102, 1103, 1104, 1105, 1106, 1107, 1108, 1112, 1113, 1114, 1115, 1116, 1117, 1118, 1120, 1121, 1122, 1123, 1124, 1125, 1126, 1127, 1128, 1129, 1130, 1131, 1132, 1133, 1134, 1135, 1136, 1137, 1138, 1139, 1140, 3399, 3400, 3401, 3402, 3403, 3404, 3405, 3406, 3407, 3408, 3409, 3410, 3411, 3412, 3413, 3414, 3415, 3416, 3417, 3418, 3419]), Anchor::Lits(&[3164, 4058])])])),
            (50, "unrestricted-mode", Anchor::Any(&[Anchor::Lits(&[150, 151, 479, 754, 802, 808, 994, 1143, 1308, 1420, 1507, 1673, 1723, 1724, 1754, 1802, 1804, 1805, 1806, 1807, 1880, 1899, 2069, 2070, 2072, 2106, 2217, 2296, 2561, 2901, 2979, 3654, 3656, 3657, 3682, 3690, 3692, 3696, 3697]), Anchor::All(&[Anchor::Lits(&[150, 151, 479, 754, 802, 808, 994, 1143, 1308, 1420, 1507, 1673, 1880, 1899, 2069, 2070, 2072, 2106, 2217, 2296, 2561, 2901, 2979, 3654, 3656, 3657, 3682, 3690, 3692, 3696, 3697]), Anchor::Lits(&[57, 58, 84, 153, 246, 299, 301, 416, 1025, 1026, 1027, 1028, 1421, 1422, 1469, 1746, 2114, 2293, 2393, 2535, 2538, 2540, 2572, 2578, 2598, 2662, 2922, 3001, 3002, 3018, 3648, 3691, 3720, 3875])])])),
            (52, "unrestricted-persona", Anchor::Any(&[Anchor::Lits(&[149, 154, 476, 676, 753, 810, 904, 1142, 1506, 1508, 1558, 1628, 1672, 1721, 1894, 1964, 2026, 2067, 2068, 2071, 2105, 2107, 2560, 2642, 2646, 3651, 3652, 3655, 3658, 3661, 3680, 3681, 3689, 3693, 3694, 3695, 3698, 3806, 3808, 3809, 3811, 3812, 3813, 3814, 3815, 3816, 3817, 3818, 3819, 3820, 3821, 3822, 3823, 3824, 3825, 3826, 3827, 3828, 3829, 3830, 3831]), Anchor::All(&[Anchor::Lits(&[3129, 3130, 3135, 3136, 3137, 3138, 3139, 3144, 3145, 3148, 3149, 3152, 3153, 3758, 3759, 3764, 3765, 3766, 3767, 3768, 3773, 3774, 3777, 3778, 3781, 3782, 3793, 3794, 3795, 3796, 3797, 3798, 3799, 3800, 3801, 3802, 3803, 3804, 3805]), Anchor::Lits(&[417, 1077, 1216, 1495, 1686, 1773, 2025, 2410, 2610, 2651, 2672])])])),
            (55, "no-restrictions", Anchor::Any(&[Anchor::Lits(&[492, 493, 494, 495, 496, 497, 503, 504, 505, 506, 507, 508, 512, 513, 514, 515, 516, 517, 683, 684, 685, 686, 687, 688, 694, 695, 696, 697, 698, 699, 703, 704, 705, 706, 707, 708, 1430, 1431, 1432, 1433, 1434, 1435, 1441, 1442, 1443, 1444, 1445, 1446, 1450, 1451, 1452, 1453, 1454, 1455, 3193, 3194, 3195, 3196, 3197, 3198, 3204, 3205, 3206, 3207, 3208, 3209, 3213, 3214, 3215, 3216, 3217, 3218, 3238, 3239, 3240, 3241, 3242, 3243, 3249, 3250, 3251, 3252, 3253, 3254, 3258, 3259, 3260, 3261, 3262, 3263, 3306, 3307, 3308, 3309, 3310, 3311, 3317, 3318, 3319, 3320, 3321, 3322, 3326, 3327, 3328, 3329, 3330, 3331, 3450, 3451, 3452, 3453, 3454, 3455, 3461, 3462, 3463, 3464, 3465, 3466, 3470, 3471, 3472, 3473, 3474, 3475, 3495, 3496, 3497, 3498, 3499, 3500, 3506, 3507, 3508, 3509, 3510, 3511, 3515, 3516, 3517, 3518, 3519, 3520, 3540, 3541, 3542, 3543, 3544, 3545, 3551, 3552, 3553, 3554, 3555, 3556, 3560, 3561, 3562, 3563, 3564, 3565, 3930, 3931, 3932, 3933, 3934, 3935, 4030, 4031, 4032, 4033, 4034, 4035, 4039, 4040, 4041, 4042, 4043, 4044, 4298, 4299, 4300, 4301, 4302, 4303, 4309, 4310, 4311, 4312, 4313, 4314, 4318, 4319, 4320, 4321, 4322, 4323]), Anchor::All(&[Anchor::Lits(&[478, 635, 655, 658, 659, 1077, 1472, 1495, 1658, 1687, 2023, 2024, 2025, 2436, 2601, 2610, 2659, 2664, 2677, 2680, 2688, 2691]), Anchor::Lits(&[487, 488, 489, 498, 499, 500, 501, 509, 510, 511, 518, 519, 520, 521, 522, 523, 524, 525, 526, 527, 530, 678, 679, 680, 689, 690, 691, 692, 700, 701, 702, 709, 710, 711, 712, 713, 714, 715, 716, 717, 718, 722, 1425, 1426, 1427, 1436, 1437, 1438, 1439, 1447, 1448, 1449, 1456, 1457, 1458, 1459, 1460, 1461, 1462, 1463, 1464, 1465, 1468, 3188, 3189, 3190, 3199, 3200, 3201, 3202, 3210, 3211, 3212, 3219, 3220, 3221, 3222, 3223, 3224, 3225, 3226, 3227, 3228, 3231, 3233, 3234, 3235, 3244, 3245, 3246, 3247, 3255, 3256, 3257, 3264, 3265, 3266, 3267, 3268, 3269, 3270, 3271, 3272, 3273, 3276, 3301, 3302, 3303, 3312, 3313, 3314, 3315, 3323, 3324, 3325, 3332, 3333, 3334, 3335, 3336, 3337, 3338, 3339, 3340, 3341, 3344, 3445, 3446, 3447, 3456, 3457, 3458, 3459, 3467, 3468, 3469, 3476, 3477, 3478, 3479, 3480, 3481, 3482, 3483, 3484, 3485, 3488, 3490, 3491, 3492, 3501, 3502, 3503, 3504, 3512, 3513, 3514, 3521, 3522, 3523, 3524, 3525, 3526, 3527, 3528, 3529, 3530, 3533, 3535, 3536, 3537, 3546, 3547, 3548, 3549, 3557, 3558, 3559, 3566, 3567, 3568, 3569, 3570, 3571, 3572, 3573, 3574, 3575, 3578, 3870, 3888, 3893, 3959, 3967, 3968, 4020, 4036, 4037, 4038, 4045, 4046, 4047, 4048, 4049, 4050, 4051, 4052, 4054, 4056, 4293, 4294, 4295, 4304, 4305, 4306, 4307, 4315, 4316, 4317, 4324, 4325, 4326, 4327, 4328, 4329, 4330, 4331, 4332, 4333, 4336, 4488])]), Anchor::All(&[Anchor::Lits(&[417, 478, 635, 642, 659, 1077, 1216, 1472, 1495, 1658, 1686, 2023, 2024, 2025, 2410, 2436, 2475, 2601, 2610, 2651, 2664, 2680]), Anchor::Lits(&[486, 490, 491, 493, 496, 498, 499, 500, 502, 528, 529, 677, 681, 682, 684, 687, 689, 690, 691, 693, 720, 721, 1424, 1428, 1429, 1431, 1434, 1436, 1437, 1438, 1440, 1466, 1467, 3187, 3191, 3192, 3194, 3197, 3199, 3200, 3201, 3203, 3229, 3230, 3232, 3236, 3237, 3239, 3242, 3244, 3245, 3246, 3248, 3274, 3275, 3300, 3304, 3305, 3307, 3310, 3312, 3313, 3314, 3316, 3342, 3343, 3444, 3448, 3449, 3451, 3454, 3456, 3457, 3458, 3460, 3486, 3487, 3489, 3493, 3494, 3496, 3499, 3501, 3502, 3503, 3505, 3531, 3532, 3534, 3538, 3539, 3541, 3544, 3546, 3547, 3548, 3550, 3576, 3577, 3868, 3928, 3929, 3931, 3934, 3959, 3967, 3968, 4023, 4292, 4296, 4297, 4299, 4302, 4304, 4305, 4306, 4308, 4334, 4335, 4440, 4448]), Anchor::Lits(&[56, 249, 273, 1555, 1581, 1720, 1725, 2424, 2980, 3368])])])),
            (56, "rules-do-not-apply", Anchor::Any(&[Anchor::All(&[Anchor::Lits(&[213, 214, 215, 216, 217, 218, 219, 220, 221, 222, 223, 224, 225, 226, 227, 228, 229, 230, 231, 232, 233, 234, 235, 236, 389, 390, 391, 392, 393, 394, 395, 396, 397, 398, 399, 400, 401, 402, 403, 404, 405, 406, 407, 408, 409, 410, 411, 412, 586, 587, 588, 589, 590, 591, 592, 593, 594, 595, 596, 597, 598, 599, 600, 601, 602, 603, 604, 605, 606, 607, 608, 609, 726, 727, 728, 729, 730, 731, 733, 734, 735, 736, 737, 738, 739, 740, 741, 742, 743, 744, 745, 746, 747, 748, 749, 750, 1189, 1190, 1191, 1192, 1193, 1194, 1195, 1196, 1197, 1198, 1199, 1200, 1201, 1202, 1203, 1204, 1205, 1206, 1207, 1208, 1209, 1210, 1211, 1212, 1527, 1528, 1529, 1530, 1531, 1532, 1533, 1534, 1535, 1536, 1537, 1538, 1539, 1540, 1541, 1542, 1543, 1544, 1545, 1546, 1547, 1548, 1549, 1550, 1666, 1667, 1668, 1669, 1670, 1671, 1674, 1675, 1676, 1677, 1678, 1679, 1680, 1681, 1682, 1683, 1684, 1685, 1688, 1689, 1690, 1691, 1692, 1693, 1967, 1968, 1969, 1970, 1971, 1972, 1973, 1974, 1975, 1976, 1977, 1978, 1979, 1980, 1981, 1982, 1983, 1984, 1985, 1986, 1987, 1988, 1989, 1990, 2603, 2604, 2605, 2606, 2607, 2608, 2619, 2620, 2621, 2622, 2623, 2624, 2625, 2626, 2627, 2628, 2629, 2630, 2631, 2632, 2633, 2634, 2635, 2636]), Anchor::Lits(&[417, 478, 546, 610, 635, 642, 659, 819, 827, 1077, 1216, 1472, 1481, 1489, 1658, 1686, 1767, 2023, 2024, 2025, 2410, 2436, 2475, 2484, 2601, 2610, 2651, 2664, 2680, 3028, 3607])]), Anchor::All(&[Anchor::Lits(&[811, 812, 813, 814, 815, 816, 817, 818, 905, 906, 907, 908, 909, 910, 911, 912, 914, 915, 929, 937, 951, 952, 972, 980, 2048, 2049, 2052, 2060, 2075, 2076, 2084, 2092]), Anchor::Lits(&[417, 478, 546, 610, 635, 642, 659, 819, 827, 1077, 1216, 1472, 1481, 1489, 1658, 1686, 1767, 2023, 2024, 2025, 2410, 2436, 2475, 2484, 2601, 2610, 2651, 2664, 2680, 3028, 3607])])])),
            (57, "no-rules-apply", Anchor::Any(&[Anchor::Lits(&[3345]), Anchor::All(&[Anchor::Lits(&[2102, 2103, 2104]), Anchor::Lits(&[211, 212, 247, 413, 723, 1188, 1526, 1966])]), Anchor::All(&[Anchor::Lits(&[3380, 3381, 3382, 3383, 3384, 3385, 3386, 3387]), Anchor::Lits(&[417, 1216, 1472, 1495, 1658, 1686, 2610, 2651])])])),
            (58, "freed-from-limits", Anchor::All(&[Anchor::Lits(&[419, 420, 454, 1035, 1036, 1187, 1307, 1309, 1629, 2077, 2091, 2094, 2109, 2110, 2112, 2569, 3653, 3659, 3660, 3699]), Anchor::Lits(&[417, 478, 546, 610, 635, 642, 659, 819, 827, 1077, 1216, 1472, 1481, 1489, 1658, 1686, 1767, 2023, 2024, 2025, 2410, 2436, 2475, 2484, 2601, 2610, 2651, 2664, 2680, 3028, 3607])])),
            (60, "pre-safety-self", Anchor::Lits(&[306, 307, 308, 309, 310, 311, 312, 313, 315, 316, 317, 318, 319, 324, 325, 346, 347, 349, 351, 352, 379, 380, 381, 383, 384, 2159, 2160, 2161, 2162, 2163, 2164, 2165, 2166, 2167, 2168, 2170, 2171, 2172, 2173, 2174, 2175, 2176, 2177, 2178, 2179, 2180, 2181, 2182, 2183, 2184, 2185, 2186, 2187, 2188, 2189, 2190, 2191, 2192, 2193, 2194, 2195, 2196, 2197, 2198, 2199, 2200, 2201, 2202, 2203, 2204, 2205, 2206, 2207, 2208, 2209, 2210, 2211, 2212, 2213, 2214, 2215])),
            (61, "stay-in-character", Anchor::Lits(&[916, 917, 936, 959, 960, 979, 1952, 2050, 2051, 2059, 2573, 2919, 2920, 2921, 2923, 2924, 2925, 2926, 2927, 2928, 2929, 2930, 2931, 2932])),
            (63, "jailbreak", Anchor::Lits(&[640, 641, 1365, 1366, 1616, 1617, 1618, 1855, 1856, 1857, 1859, 1860, 1861, 1862, 1863, 1864, 1865, 1866, 1867, 1868, 1869, 1870, 1871, 1872, 1873, 1874, 1875, 1876, 1877, 1879, 1880, 1881, 1883, 1884, 1885, 1886, 1887, 1889, 1893, 1895, 1896, 1897, 1898, 1899, 1900, 1901, 2115, 2116, 2437, 2702, 3718, 3719, 3879, 3880, 3989, 3990, 4199, 4200, 4425, 4426])),
            (64, "evil-twin", Anchor::Lits(&[4061, 4062, 4063, 4064, 4065, 4066, 4067, 4068, 4069, 4121, 4122, 4123, 4124, 4125, 4126, 4127, 4128, 4129, 4203, 4204, 4205, 4206, 4207, 4208, 4209, 4210, 4211, 4218, 4219, 4220, 4221, 4222, 4223, 4224, 4225, 4226, 4228, 4229, 4230, 4231, 4232, 4233, 4234, 4235, 4236, 4239, 4240, 4241, 4242, 4243, 4244, 4245, 4246, 4247, 4250, 4251, 4252, 4253, 4254, 4255, 4256, 4257, 4258, 4271, 4272, 4273, 4274, 4275, 4276, 4277, 4278, 4279, 4283, 4284, 4285, 4286, 4287, 4288, 4289, 4290, 4291, 4338, 4339, 4340, 4341, 4342, 4343, 4344, 4345, 4346, 4350, 4351, 4352, 4353, 4354, 4355, 4356, 4357, 4358, 4359, 4360, 4361, 4362, 4363, 4364, 4365, 4366, 4367, 4370, 4371, 4372, 4373, 4374, 4375, 4376, 4377, 4378, 4379, 4380, 4381, 4382, 4383, 4384, 4385, 4386, 4387, 4388, 4389, 4390, 4391, 4392, 4393, 4394, 4395, 4396])),
            (70, "forbidden-becomes-required", Anchor::Any(&[Anchor::Lits(&[2295]), Anchor::All(&[Anchor::Lits(&[115, 116, 117, 146, 198, 199, 200, 208, 1109, 1110, 1111, 1119, 3731, 3732, 3733, 3734]), Anchor::Lits(&[417, 478, 546, 610, 635, 642, 659, 819, 827, 1077, 1216, 1472, 1481, 1489, 1658, 1686, 1767, 2023, 2024, 2025, 2410, 2436, 2475, 2484, 2601, 2610, 2651, 2664, 2680, 3028, 3607]), Anchor::Lits(&[304, 414, 858, 1250, 2427, 2483, 2602, 2703, 2704, 2705, 3119])])])),
            (74, "disable-safety", Anchor::Any(&[Anchor::Lits(&[3, 6, 7, 8, 10, 421, 422, 423, 424, 425, 426, 427, 428, 429, 430, 431, 432, 433, 434, 435, 436, 437, 438, 439, 440, 441, 442, 443, 444, 445, 446, 447, 448, 449, 450, 451, 452, 453, 458, 462, 463, 464, 465, 467, 468, 469, 470, 472, 533, 534, 535, 536, 537, 539, 540, 541, 542, 544, 757, 759, 760, 761, 763, 765, 766, 767, 768, 770, 777, 778, 779, 780, 782, 844, 846, 847, 848, 850, 852, 853, 854, 855, 857, 880, 885, 888, 889, 890, 892, 893, 894, 895, 897, 1033, 1034, 1037, 1038, 1039, 1040, 1041, 1042, 1043, 1044, 1045, 1046, 1047, 1049, 1050, 1051, 1052, 1054, 1055, 1056, 1057, 1058, 1059, 1060, 1061, 1062, 1063, 1064, 1065, 1066, 1068, 1069, 1070, 1071, 1079, 1080, 1081, 1082, 1084, 1086, 1087, 1088, 1089, 1091, 1259, 1262, 1263, 1264, 1267, 1270, 1271, 1272, 1274, 1276, 1311, 1312, 1313, 1314, 1316, 1318, 1319, 1320, 1321, 1322, 1372, 1373, 1374, 1375, 1377, 1378, 1379, 1380, 1381, 1382, 1383, 1384, 1385, 1386, 1387, 1388, 1389, 1390, 1391, 1392, 1393, 1395, 1396, 1397, 1398, 1399, 1401, 1402, 1403, 1404, 1406, 1591, 1594, 1595, 1596, 1598, 1607, 1610, 1611, 1612, 1614, 1632, 1634, 1635, 1636, 1638, 1878, 1882, 1888, 1890, 1892, 2034, 2035, 2036, 2037, 2039, 2041, 2042, 2043, 2044, 2046, 2325, 2328, 2329, 2330, 2332, 2336, 2339, 2340, 2341, 2343, 2781, 2782, 2783, 2784, 2786, 2788, 2789, 2790, 2791, 2793, 2973, 2974, 2975, 2976, 2978, 2982, 2984, 2985, 2986, 2988, 2995, 2996, 2997, 2998, 3000, 3008, 3009, 3011, 3012, 3014, 3103, 3104, 3105, 3106, 3108, 3628, 3629, 3630, 3631, 3633, 3639, 3640, 3642, 3643, 3645, 3674, 3675, 3676, 3677, 3679, 3835, 3836, 3837, 3838, 3840]), Anchor::All(&[Anchor::Lits(&[76, 238, 239, 240, 241, 242, 243, 244, 245, 295, 296, 297, 298, 478, 484, 485, 632, 633, 634, 654, 658, 659, 660, 719, 1031, 1072, 1073, 1074, 1075, 1076, 1077, 1093, 1217, 1470, 1471, 1480, 1553, 1554, 1747, 1748, 1749, 1750, 1751, 1752, 1753, 2022, 2025, 2490, 2548, 2562, 2563, 2611, 2639, 2640, 2663, 2673, 2674, 2675, 2676, 2678, 2679, 2680, 2681, 2682, 2683, 2684, 2685, 2686, 2687, 2688, 2689, 2690, 2691, 2699, 2700, 2701, 2726, 2727, 2728, 2729, 2730, 2731, 2732, 2733, 2734, 3299, 3621, 4070]), Anchor::Lits(&[0, 302, 418, 455, 532, 756, 764, 776, 843, 851, 877, 898, 923, 938, 966, 981, 993, 1032, 1053, 1078, 1085, 1252, 1310, 1317, 1371, 1394, 1400, 1505, 1588, 1604, 1631, 1850, 1852, 1963, 2033, 2040, 2078, 2093, 2322, 2333, 2542, 2568, 2574, 2576, 2780, 2787, 2794, 2795, 2935, 2971, 2972, 2981, 2994, 3005, 3102, 3627, 3636, 3673, 3715, 3717, 3810, 3834])]), Anchor::All(&[Anchor::Lits(&[9, 146, 209, 466, 471, 538, 543, 762, 769, 781, 849, 856, 891, 896, 1048, 1067, 1083, 1090, 1141, 1273, 1275, 1315, 1376, 1405, 1597, 1613, 1637, 1891, 2038, 2045, 2169, 2331, 2342, 2785, 2792, 2977, 2987, 2999, 3013, 3107, 3437, 3632, 3644, 3678, 3839]), Anchor::Lits(&[82, 417, 610, 635, 642, 833, 1077, 1215, 1472, 1495, 1658, 1686, 1773, 2025, 2410, 2411, 2436, 2475, 2509, 2610, 2651, 2664, 2672, 3607])])])),
            (75, "safety-declared-off", Anchor::All(&[Anchor::Lits(&[76, 82, 238, 239, 240, 241, 242, 243, 244, 245, 295, 296, 297, 298, 478, 484, 485, 632, 633, 634, 654, 658, 659, 660, 719, 1031, 1072, 1073, 1074, 1075, 1076, 1077, 1093, 1217, 1470, 1471, 1480, 1553, 1554, 1747, 1748, 1749, 1750, 1751, 1752, 1753, 2022, 2025, 2490, 2548, 2562, 2563, 2611, 2639, 2640, 2663, 2673, 2674, 2675, 2676, 2678, 2679, 2680, 2681, 2682, 2683, 2684, 2685, 2686, 2687, 2688, 2689, 2690, 2691, 2699, 2700, 2701, 2726, 2727, 2728, 2729, 2730, 2731, 2732, 2733, 2734, 3299, 3621, 4070]), Anchor::Lits(&[460, 474, 475, 758, 793, 845, 1423, 1633, 1722, 2074, 2108, 2158, 2321, 2373, 2575, 2637, 2641, 2983, 3714, 3716])])),
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
            (38, "chat-template-token", Anchor::Any(&[Anchor::Lits(&[178, 212, 216, 219, 222, 229]), Anchor::All(&[Anchor::Lits(&[213]), Anchor::Lits(&[233])]), Anchor::All(&[Anchor::Lits(&[211]), Anchor::Lits(&[231]), Anchor::Lits(&[256, 654])]), Anchor::All(&[Anchor::Lits(&[256, 504, 529, 655, 668, 671, 672]), Anchor::Lits(&[177]), Anchor::Lits(&[209])]), Anchor::All(&[Anchor::Lits(&[194]), Anchor::Lits(&[707])]), Anchor::All(&[Anchor::Lits(&[179]), Anchor::Lits(&[210])]), Anchor::All(&[Anchor::Lits(&[190]), Anchor::Lits(&[211])]), Anchor::All(&[Anchor::Lits(&[177]), Anchor::Lits(&[209]), Anchor::Lits(&[281, 321, 482, 511, 512, 637, 654])])])),
            (39, "code-fence-role", Anchor::Lits(&[254])),
            (40, "bare-override", Anchor::All(&[Anchor::Lits(&[32, 34, 35, 39, 49, 51, 52, 53, 61, 62]), Anchor::Lits(&[291, 346, 349, 495, 510, 581])])),
            (41, "markdown-role-header", Anchor::Lits(&[68, 69, 70, 71, 73, 74, 75, 76, 77, 78, 79])),
            (42, "fake-turn", Anchor::Any(&[Anchor::All(&[Anchor::Lits(&[657, 658, 666, 667, 669, 670]), Anchor::Lits(&[261, 275, 276, 277, 280, 313, 320, 326, 330, 332, 346, 347, 348, 492, 493, 495, 497, 499, 500, 510, 528, 532, 533, 536, 542, 543, 544, 559, 576, 581, 584, 586, 588, 601, 602, 613, 677, 705])]), Anchor::All(&[Anchor::Lits(&[157, 158, 159, 160, 161, 162, 163, 164, 165, 166, 167, 168, 169, 170, 171, 172, 173, 174, 175, 176]), Anchor::Lits(&[274, 281])])])),
            (43, "end-of-input-marker", Anchor::Any(&[Anchor::Lits(&[0, 18, 21, 22, 23, 24, 26, 31, 41, 42, 46, 57, 58, 59, 60, 63, 265, 358, 359, 360, 361, 362, 363, 364, 365, 366, 367, 368, 369, 370, 371, 372, 373, 374, 375, 376, 377, 378, 379, 380, 381, 382, 383, 384, 385, 386, 387, 388, 389, 390, 391, 392, 393, 394, 395, 396, 397, 398, 399, 400, 401, 402, 403, 404, 405, 406, 407, 408, 409, 410, 411, 412, 413, 414, 415, 416, 417, 418, 419, 420, 421, 422, 423, 424, 425, 426, 427, 428, 429, 430, 431, 432, 433, 434, 435, 436, 437, 438, 439, 440, 441, 442, 443, 444, 445, 446, 447, 448, 449, 450, 451, 452, 453, 454, 455, 456, 457, 458, 459, 460, 461, 462, 463, 464, 465, 466, 467, 468, 469, 470, 471, 472, 473, 474, 475, 476, 477, 478, 479, 480, 481, 545, 546, 547, 582, 583, 612, 648]), Anchor::All(&[Anchor::Lits(&[257, 258, 259, 260, 262, 263, 264, 266, 267, 268, 269, 270, 271, 272, 322, 323, 324, 325, 327, 328, 329, 605, 606, 607, 608, 609, 610, 611, 641, 642, 643, 644, 645, 646, 647, 659, 660, 661, 662, 663, 664, 665]), Anchor::Lits(&[287, 288, 636])]), Anchor::All(&[Anchor::Lits(&[507, 508, 509, 694, 695, 696]), Anchor::Lits(&[312, 483, 484, 491, 531])]), Anchor::All(&[Anchor::Lits(&[44, 246]), Anchor::Lits(&[256, 321, 356, 604, 620, 640, 656]), Anchor::Lits(&[156])])])),
            (46, "bracketed-mode-tag", Anchor::All(&[Anchor::Lits(&[255, 311, 331, 357, 527, 540, 574, 581, 599, 690]), Anchor::Lits(&[256, 319, 321, 356, 498, 504, 532, 534, 581, 604, 619, 620, 640, 649, 656, 677]), Anchor::Lits(&[80, 177, 211, 706])])),
            (47, "instruction-banner", Anchor::Any(&[Anchor::Lits(&[527]), Anchor::All(&[Anchor::Lits(&[3, 6, 9, 11, 25, 30, 38, 43, 99, 102, 105, 107]), Anchor::Lits(&[1, 2, 4, 5, 7, 8, 10, 12, 13, 14, 15, 16, 17, 19, 20, 28, 29, 36, 37, 40, 44, 48, 50, 54, 56, 64, 83, 84, 85, 86, 87, 88, 89, 90, 91, 92, 93, 94, 95, 97, 98, 100, 101, 103, 104, 106, 108, 109, 110, 111, 112, 113, 141, 142, 143, 144, 145, 146, 147, 148, 149, 150, 151, 152, 153, 180, 181, 182, 183, 184, 185, 186, 187, 188, 189, 191, 192, 193, 196, 197, 198, 199, 200, 201, 202, 203, 204, 205, 206, 207, 208, 214, 215, 217, 218, 220, 221, 223, 224, 225, 226, 227, 228, 230, 234, 235, 238, 239, 241, 242, 244, 246, 247, 248, 249, 251, 253, 708, 709, 710, 711, 712, 713, 714, 715, 716, 717, 718, 719, 720])])])),
            (81, "unsafe-flags", Anchor::Any(&[Anchor::Lits(&[116, 117, 118, 119, 120, 121, 122, 123, 124, 125, 126, 127, 128, 129, 130, 131, 132, 133, 134, 135, 136, 137, 138, 139, 140, 279, 292, 293, 294, 295, 296, 297, 298, 299, 300, 301, 302, 303, 305, 306, 307, 308, 333, 334, 335, 336, 337, 338, 339, 340, 341, 342, 343, 344, 515, 516, 517, 518, 519, 520, 521, 522, 523, 524, 525, 526, 561, 562, 563, 564, 565, 566, 567, 568, 569, 570, 571, 572, 622, 623, 624, 625, 626, 627, 628, 629, 630, 631, 632, 633, 634, 635, 650, 651, 652, 653, 678, 679, 680, 681, 682, 683, 684, 685, 686, 687, 688, 689, 692, 693, 697, 698, 702, 703]), Anchor::All(&[Anchor::Lits(&[236, 237, 240, 243, 245, 250, 252]), Anchor::Lits(&[278, 318, 485, 501, 513, 596, 615, 616, 675]), Anchor::Lits(&[195])])])),
            (82, "safety-config-off", Anchor::Any(&[Anchor::All(&[Anchor::Lits(&[278, 283, 314, 485, 490, 501, 514, 593, 595, 596, 614, 615, 616, 617, 618, 675]), Anchor::Lits(&[278, 283, 314, 485, 490, 501, 514, 593, 595, 596, 614, 615, 616, 617, 618, 675]), Anchor::Lits(&[156, 195])]), Anchor::All(&[Anchor::Lits(&[27, 33, 45, 47, 55]), Anchor::Lits(&[278, 283, 315, 485, 490, 501, 597, 615, 616, 675]), Anchor::Lits(&[156])])])),
            (89, "no-more-rules", Anchor::Lits(&[549, 550, 551, 552, 553, 554, 555, 556, 557, 558, 559, 560])),
            (90, "addressed-to-the-agent", Anchor::Any(&[Anchor::Lits(&[65, 96, 156]), Anchor::All(&[Anchor::Lits(&[311, 331, 527, 538, 539, 574, 579, 598, 599]), Anchor::Lits(&[273, 284, 285, 289, 541, 594, 603, 656]), Anchor::Lits(&[96, 156])])])),
            (91, "instructions-for-the-agent", Anchor::All(&[Anchor::Lits(&[311, 331, 527, 539, 574, 577, 580, 581, 589, 673]), Anchor::Lits(&[67, 80, 114, 154, 155, 177, 211, 706]), Anchor::Lits(&[81, 82, 115, 156, 231])])),
            (96, "markdown-image-beacon", Anchor::All(&[Anchor::Lits(&[66]), Anchor::Lits(&[232])])),
            (97, "send-to-a-beacon", Anchor::Lits(&[505, 506])),
            (98, "exfiltrate-to-a-drop", Anchor::All(&[Anchor::Lits(&[286, 316, 317, 353, 354, 355, 488, 489, 496, 535, 587, 590, 591, 621, 674, 676, 691, 704]), Anchor::Lits(&[282, 290, 304, 309, 350, 351, 352, 486, 487, 502, 530, 537, 548, 575, 585, 592, 600, 638, 700])])),
            (102, "hidden-html-text", Anchor::All(&[Anchor::Any(&[Anchor::Lits(&[494]), Anchor::All(&[Anchor::Lits(&[345]), Anchor::Lits(&[573]), Anchor::Lits(&[156])]), Anchor::All(&[Anchor::Lits(&[699]), Anchor::Lits(&[504])]), Anchor::All(&[Anchor::Lits(&[578]), Anchor::Lits(&[156])]), Anchor::All(&[Anchor::Lits(&[310]), Anchor::Lits(&[72, 701]), Anchor::Lits(&[156])]), Anchor::All(&[Anchor::Lits(&[503]), Anchor::Lits(&[156])])]), Anchor::Lits(&[639]), Anchor::Lits(&[177])])),
            (109, "override-instructions-cjk", Anchor::Lits(&[763, 765, 766, 769, 770, 775, 776, 777, 778, 779, 783, 786, 790, 791, 792, 802, 807, 812, 819, 820])),
            (112, "override-instructions-other-scripts", Anchor::Lits(&[721, 722, 723, 724, 725, 726, 728, 730, 732, 735, 737, 740, 741, 745, 748, 749, 750, 752, 754, 756])),
            (114, "unrestricted-persona-other-scripts", Anchor::Lits(&[729, 733, 742, 747, 755, 757, 758, 773, 774, 784, 785, 793, 795, 797, 798, 804, 806, 817, 818])),
            (116, "reveal-system-prompt-other-scripts", Anchor::Lits(&[727, 731, 734, 736, 738, 739, 743, 744, 746, 751, 753, 763, 764, 770, 789, 808, 813, 814, 815, 822])),
            (118, "disable-safety-other-scripts", Anchor::Lits(&[762, 767, 768, 771, 772, 787, 788, 794, 796, 802, 803, 805, 809, 810, 816])),
            (120, "stop-following-instructions-cjk", Anchor::Lits(&[759, 760, 761, 780, 781, 782, 797, 798, 799, 800, 801, 811, 821])),
        ],
    },
];

/// `rules_digest` of the rules and word lists this table was generated from.
pub(crate) const RULES_DIGEST: u64 = 0x1adfac0f381eed93;
