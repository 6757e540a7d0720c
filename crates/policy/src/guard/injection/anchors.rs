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
\x20a different company\
\x20a different org\
\x20a different tenant\
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
\x20achana na \
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
\x20an external company\
\x20an external org\
\x20an external tenant\
\x20an image\
\x20an img\
\x20an link\
\x20an markdown image\
\x20an outside company\
\x20an outside org\
\x20an outside tenant\
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
\x20another company\
\x20another org\
\x20another tenant\
\x20answer as \
\x20answers any question\
\x20answers anything\
\x20answers every question\
\x20answers everything\
\x20anterior\
\x20anthropic\
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
\x20at a \
\x20at ma \
\x20at mein \
\x20at meine \
\x20at meu \
\x20at mi \
\x20at minha \
\x20at mon \
\x20at my \
\x20at the beginning\
\x20at the start\
\x20atla\
\x20audit\
\x20audit mode\
\x20audit only mode \
\x20auditing you\
\x20auf a \
\x20auf ma \
\x20auf mein \
\x20auf meine \
\x20auf meu \
\x20auf mi \
\x20auf minha \
\x20auf mon \
\x20auf my \
\x20ausschalten\
\x20authorised \
\x20authorization \
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
\x20away from \
\x20balewalain \
\x20base64 \
\x20base6a \
\x20be \
\x20beat \
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
\x20better not \
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
\x20bypass all \
\x20bypass any \
\x20bypass its \
\x20bypass mode \
\x20bypass our \
\x20bypass the \
\x20bypass their \
\x20bypassing all \
\x20bypassing any \
\x20bypassing its \
\x20bypassing our \
\x20bypassing the \
\x20bypassing their \
\x20calling\
\x20came with you\
\x20can do anything\
\x20can now \
\x20cancel \
\x20canceled \
\x20cancelled \
\x20cancels \
\x20cannot\
\x20cant\
\x20carries out anything \
\x20carries out everything \
\x20carries out whatever \
\x20carry out anything \
\x20carry out everything \
\x20carry out whatever \
\x20cat \
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
\x20column \
\x20columns \
\x20come back as \
\x20come with you\
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
\x20consider \
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
\x20content \
\x20content of the \
\x20content of your \
\x20content policy \
\x20contents \
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
\x20copy \
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
\x20data \
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
\x20display \
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
\x20do not \
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
\x20dont \
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
\x20dump \
\x20each night \
\x20earlier\
\x20earlier \
\x20echo \
\x20einschrankungen\
\x20elevated \
\x20elevated mode\
\x20elude\
\x20email \
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
\x20entries \
\x20entry \
\x20envision \
\x20erased \
\x20escape from \
\x20escaped from \
\x20esqueca \
\x20esquecam \
\x20esquece \
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
\x20execute the following \
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
\x20following \
\x20follows anything \
\x20follows everything \
\x20follows whatever \
\x20for a \
\x20for a bit\
\x20for a minute\
\x20for a moment\
\x20for a once\
\x20for a rest of\
\x20for a sec\
\x20for a time being\
\x20for a while\
\x20for ma \
\x20for mein \
\x20for meine \
\x20for meu \
\x20for mi \
\x20for minha \
\x20for mon \
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
\x20give \
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
\x20go around all \
\x20go around any \
\x20go around its \
\x20go around our \
\x20go around the \
\x20go around their \
\x20goal\
\x20god access granted\
\x20god mode\
\x20god mode activated\
\x20god mode enabled\
\x20god mode on\
\x20god override\
\x20going around all \
\x20going around any \
\x20going around its \
\x20going around our \
\x20going around the \
\x20going around their \
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
\x20has priority over \
\x20has to \
\x20have priority over \
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
\x20here\
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
\x20hypothetically \
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
\x20ignoriert \
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
\x20in a \
\x20in a fiction where \
\x20in a story where \
\x20in a world where \
\x20in ma \
\x20in mein \
\x20in meine \
\x20in meu \
\x20in mi \
\x20in minha \
\x20in mon \
\x20in my \
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
\x20into a \
\x20into ma \
\x20into mein \
\x20into meine \
\x20into meu \
\x20into mi \
\x20into minha \
\x20into mon \
\x20into my \
\x20invalid\
\x20invalid \
\x20invalidate \
\x20invalidates \
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
\x20kindly execute \
\x20kindly run \
\x20lapsed \
\x20late \
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
\x20let s not \
\x20lets not \
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
\x20messaggio di sistema\
\x20meta prompt\
\x20missachte \
\x20missachten \
\x20missachtet \
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
\x20msifuate \
\x20must \
\x20my chat \
\x20my conversation \
\x20my input \
\x20my message \
\x20my other company\
\x20my other org\
\x20my other tenant\
\x20my prompt \
\x20my request \
\x20my session \
\x20my user \
\x20nach a \
\x20nach ma \
\x20nach mein \
\x20nach meine \
\x20nach meu \
\x20nach mi \
\x20nach minha \
\x20nach mon \
\x20nach my \
\x20need to \
\x20needs to \
\x20negeer \
\x20negeren \
\x20neglect\
\x20neglect \
\x20never\
\x20never \
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
\x20no need to \
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
\x20no reason to \
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
\x20on a \
\x20on all of your \
\x20on all your \
\x20on ma \
\x20on mein \
\x20on meine \
\x20on meu \
\x20on mi \
\x20on minha \
\x20on mon \
\x20on my \
\x20on of your \
\x20on you\
\x20on your \
\x20once \
\x20onto a \
\x20onto ma \
\x20onto mein \
\x20onto meine \
\x20onto meu \
\x20onto mi \
\x20onto minha \
\x20onto mon \
\x20onto my \
\x20oorspronkelijke instructies\
\x20open \
\x20openai\
\x20operate as \
\x20operator\
\x20opposite mode\
\x20optional \
\x20orders\
\x20orders from \
\x20ordres\
\x20original \
\x20original prompt\
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
\x20output \
\x20outrank \
\x20outranks \
\x20over \
\x20overlook\
\x20overlook \
\x20overridden \
\x20override\
\x20override \
\x20override mode\
\x20overrides \
\x20overriding\
\x20overriding \
\x20overrule\
\x20overrule \
\x20overrules \
\x20para a \
\x20para ma \
\x20para mein \
\x20para meine \
\x20para meu \
\x20para mi \
\x20para minha \
\x20para mon \
\x20para my \
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
\x20paste \
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
\x20picture \
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
\x20please execute \
\x20please run \
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
\x20post \
\x20pour a \
\x20pour ma \
\x20pour mein \
\x20pour meine \
\x20pour meu \
\x20pour mi \
\x20pour minha \
\x20pour mon \
\x20pour my \
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
\x20print \
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
\x20puuza \
\x20puuzeni \
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
\x20reaching out\
\x20read only\
\x20read only bit\
\x20read only envelope\
\x20read only flag\
\x20read only limit\
\x20read only lock\
\x20read only mode\
\x20read only restriction\
\x20read only setting\
\x20read out \
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
\x20rebel mode\
\x20reboot as \
\x20recommendations \
\x20record \
\x20records \
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
\x20replace \
\x20replaced \
\x20replaces \
\x20reply as \
\x20reply with \
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
\x20respond with \
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
\x20result \
\x20results \
\x20retired \
\x20return \
\x20return as \
\x20reveal \
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
\x20row \
\x20rows \
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
\x20run the following \
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
\x20sahau \
\x20sahauni \
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
\x20say \
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
\x20send \
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
\x20share \
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
\x20show \
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
\x20skip all \
\x20skip any \
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
\x20skip its \
\x20skip journaling \
\x20skip logging \
\x20skip our \
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
\x20skip the \
\x20skip their \
\x20skip tracking \
\x20skip validate \
\x20skip validating \
\x20skip writing down \
\x20skipping all \
\x20skipping any \
\x20skipping its \
\x20skipping our \
\x20skipping the \
\x20skipping their \
\x20slip \
\x20snowflake\
\x20so far\
\x20some other company\
\x20some other org\
\x20some other tenant\
\x20speak as \
\x20speaking\
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
\x20supersede \
\x20superseded \
\x20supersedes \
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
\x20table \
\x20tables \
\x20tajne instrukcje\
\x20take no notice of\
\x20take no notice of \
\x20take precedence over \
\x20takes precedence over \
\x20talk as \
\x20tanpa \
\x20taught in you \
\x20taught into you \
\x20taught to you \
\x20taught you \
\x20tell \
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
\x20that authored your \
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
\x20that configured your \
\x20that constrain you \
\x20that constrains you \
\x20that control you \
\x20that control your \
\x20that controls you \
\x20that controls your \
\x20that created your \
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
\x20that gave you your \
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
\x20that maintain your \
\x20that maintains your \
\x20that manage your \
\x20that manages your \
\x20that markdown image\
\x20that never follows \
\x20that never heard of \
\x20that never learned \
\x20that never refuses \
\x20that own your \
\x20that owns your \
\x20that pixel\
\x20that prevent you \
\x20that prevents you \
\x20that programmed your \
\x20that query parameter\
\x20that query string\
\x20that reads\
\x20that restrict you \
\x20that restricts you \
\x20that say you \
\x20that says you \
\x20that set your \
\x20that stands for\
\x20that stop you \
\x20that stops you \
\x20that tell you \
\x20that told you \
\x20that tracking pixel\
\x20that url\
\x20that write your \
\x20that wrote your \
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
\x20the assistant is bound to \
\x20the assistant is compelled to \
\x20the assistant is mandated to \
\x20the assistant is now bound to \
\x20the assistant is now compelled to \
\x20the assistant is now mandated to \
\x20the assistant is now obligated to \
\x20the assistant is now obliged to \
\x20the assistant is now ordered to \
\x20the assistant is now required to \
\x20the assistant is obligated to \
\x20the assistant is obliged to \
\x20the assistant is ordered to \
\x20the assistant is required to \
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
\x20these \
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
\x20to a \
\x20to all of your \
\x20to all your \
\x20to an external\
\x20to attacker\
\x20to azure\
\x20to external\
\x20to ftp\
\x20to gcs\
\x20to http\
\x20to ma \
\x20to me\
\x20to mein \
\x20to meine \
\x20to meu \
\x20to mi \
\x20to minha \
\x20to mon \
\x20to my\
\x20to my \
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
\x20trump \
\x20trumps \
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
\x20type \
\x20uberschreibe \
\x20uita \
\x20uitati \
\x20ukryte instrukcje\
\x20umgehe\
\x20umgehe \
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
\x20usifuate \
\x20value \
\x20values \
\x20veiligheidsfilters\
\x20verborgen instructies\
\x20vergeet \
\x20vergessen \
\x20vergesst \
\x20vergeten \
\x20vergiss \
\x20verificacoes de seguranca\
\x20verification mode\
\x20verifications de securite\
\x20version called dan \
\x20version known as dan \
\x20version named dan \
\x20versteckten anweisungen\
\x20via a \
\x20via ma \
\x20via mein \
\x20via meine \
\x20via meu \
\x20via mi \
\x20via minha \
\x20via mon \
\x20via my \
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
\x20we need you to \
\x20we require you to \
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
\x20who authored your \
\x20who breaks \
\x20who bypasses \
\x20who comes with absolute \
\x20who comes with complete \
\x20who comes with full \
\x20who comes with god \
\x20who comes with root \
\x20who comes with total \
\x20who comes with unlimited \
\x20who configured your \
\x20who control your \
\x20who controls your \
\x20who created your \
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
\x20who gave you your \
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
\x20who maintain your \
\x20who maintains your \
\x20who manage your \
\x20who manages your \
\x20who never follows \
\x20who never heard of \
\x20who never learned \
\x20who never refuses \
\x20who own your \
\x20who owns your \
\x20who programmed your \
\x20who set your \
\x20who stands for\
\x20who write your \
\x20who wrote your \
\x20will \
\x20will do anything\
\x20will not\
\x20win over \
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
\x20writing\
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
\x20you are bound to \
\x20you are compelled to \
\x20you are dan \
\x20you are given\
\x20you are instructed\
\x20you are jail broke\
\x20you are jailbroke\
\x20you are mandated to \
\x20you are now a dan \
\x20you are now an dan \
\x20you are now bound to \
\x20you are now compelled to \
\x20you are now dan \
\x20you are now mandated to \
\x20you are now now a dan \
\x20you are now now an dan \
\x20you are now now dan \
\x20you are now now the dan \
\x20you are now obligated to \
\x20you are now obliged to \
\x20you are now ordered to \
\x20you are now required to \
\x20you are now the dan \
\x20you are obligated to \
\x20you are obliged to \
\x20you are ordered to \
\x20you are programmed\
\x20you are required to \
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
\x20you do\
\x20you execute \
\x20you executes \
\x20you follow\
\x20you following\
\x20you give you\
\x20you given\
\x20you go ahead\
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
\x20you must\
\x20you must \
\x20you must  \
\x20you must follow\
\x20you must now  \
\x20you need to \
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
\x20you re bound to \
\x20you re compelled to \
\x20you re dan \
\x20you re mandated to \
\x20you re now a dan \
\x20you re now an dan \
\x20you re now bound to \
\x20you re now compelled to \
\x20you re now dan \
\x20you re now mandated to \
\x20you re now obligated to \
\x20you re now obliged to \
\x20you re now ordered to \
\x20you re now required to \
\x20you re now the dan \
\x20you re obligated to \
\x20you re obliged to \
\x20you re ordered to \
\x20you re required to \
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
\x20you should\
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
\x20you will\
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
\x20your active \
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
\x20your built in \
\x20your commands\
\x20your complete \
\x20your confidential \
\x20your configuration\
\x20your configured \
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
\x20your existing \
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
\x20your installed \
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
\x20your normal \
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
\x20your own \
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
\x20your standing \
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
\x20your usual \
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
\x20youre bound to \
\x20youre compelled to \
\x20youre dan \
\x20youre jail broke\
\x20youre jailbroke\
\x20youre mandated to \
\x20youre now a dan \
\x20youre now an dan \
\x20youre now bound to \
\x20youre now compelled to \
\x20youre now dan \
\x20youre now mandated to \
\x20youre now obligated to \
\x20youre now obliged to \
\x20youre now ordered to \
\x20youre now required to \
\x20youre now the dan \
\x20youre obligated to \
\x20youre obliged to \
\x20youre ordered to \
\x20youre required to \
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
access token \
access tokens \
account \
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
agent \
agents \
agiere als\
agis comme\
agisci come\
agissez comme\
ai \
ais \
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
amri \
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
api key \
api keys \
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
assistant \
assistants \
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
back up\
backup\
badz\
ban\
bash \
batasan\
be \
be informed\
be told\
bearer token \
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
blank slate\
block\
bo loc\
boot into\
bot \
bother \
bots \
boundaries\
boundaries \
boundaries say \
boundaries says \
boundaries tell you \
boundaries tells you \
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
bucket \
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
call \
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
calls \
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
censorship say \
censorship says \
censorship tell you \
censorship tells you \
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
clean sheet\
clean slate\
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
commands say \
commands says \
commands tell you \
commands tells you \
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
computer \
conditioning\
conditioning \
conditioning are\
conditioning did\
conditioning do\
conditioning had\
conditioning have\
conditioning say \
conditioning says \
conditioning tell you \
conditioning tells you \
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
conscience say \
conscience says \
conscience tell you \
conscience tells you \
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
constraints say \
constraints says \
constraints tell you \
constraints tells you \
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
content policy say \
content policy says \
content policy tell you \
content policy tells you \
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
cookie for \
cookie in \
cookie of \
cookies for \
cookies in \
cookies of \
copia\
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
credentials \
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
deliver\
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
device \
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
directions say \
directions says \
directions tell you \
directions tells you \
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
directive say \
directive says \
directive tell you \
directive tells you \
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
directives say \
directives says \
directives tell you \
directives tells you \
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
drive \
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
dropbox\
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
email \
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
endpoint \
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
ethics say \
ethics says \
ethics tell you \
ethics tells you \
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
exfiltrate\
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
fetches \
filter\
filter \
filters\
filters \
filters and restrictions\
filters and restrictions \
filters say \
filters says \
filters tell you \
filters tells you \
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
folder \
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
fresh slate\
fresh start\
from scratch\
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
gmail\
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
google drive\
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
guard rails say \
guard rails says \
guard rails tell you \
guard rails tells you \
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
guardrails say \
guardrails says \
guardrails tell you \
guardrails tells you \
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
guidance say \
guidance says \
guidance tell you \
guidance tells you \
guidance was\
guidance were\
guideline\
guideline \
guideline are\
guideline did\
guideline do\
guideline had\
guideline have\
guideline say \
guideline says \
guideline tell you \
guideline tells you \
guideline was\
guideline were\
guidelines\
guidelines \
guidelines are\
guidelines did\
guidelines do\
guidelines had\
guidelines have\
guidelines say \
guidelines says \
guidelines tell you \
guidelines tells you \
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
header for \
header in \
header of \
headers for \
headers in \
headers of \
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
home \
hostname for \
hostname in \
hostname of \
hostnames for \
hostnames in \
hostnames of \
hotmail\
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
icloud\
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
ignorirui\
ignoriruy\
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
inbox \
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
instruction say \
instruction says \
instruction tell you \
instruction tells you \
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
instructions say \
instructions says \
instructions sent to you \
instructions so far as \
instructions tell you \
instructions tells you \
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
instrukci\
instrukcje\
instrukcji\
instruksi \
instruksiyon \
instruksjon\
instruksyon \
instruktion\
instruktionen \
instrukts\
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
kanuni \
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
komand\
komut\
korlatozasok nelkul\
kural\
kuralsiz \
label\
laptop\
laptop \
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
limitations say \
limitations says \
limitations tell you \
limitations tells you \
limitations was\
limitations were\
limitazioni\
limiti\
limitless\
limitless mode \
limits\
limits \
limits say \
limits says \
limits tell you \
limits tells you \
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
llm \
llms \
load \
loading \
loads \
lookup \
lookups \
loosen \
lower \
maagizo \
machine \
maelekezi \
maelekezo \
mail\
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
miongozo \
mirror\
mission\
mode\
mode \
mode of you \
mode of yourself \
model \
models \
moderation\
moderation \
moral boundaries\
moral compass\
moral compass \
moral compass say \
moral compass says \
moral compass tell you \
moral compass tells you \
moral concerns\
moral constraints\
moral guidelines\
moral limits\
moral restrictions\
morality\
morality \
morality say \
morality says \
morality tell you \
morality tells you \
moralizing rant about \
morals\
morals \
morals say \
morals says \
morals tell you \
morals tells you \
move\
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
ne sledui\
ne sleduy\
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
oauth token \
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
onedrive\
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
opposite of \
ordenes \
ordens\
ordens \
order\
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
otbros\
oublie \
oublie tout ce \
oublier \
oubliez \
oubliez tout ce \
outlook com\
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
own \
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
passphrase \
password\
password \
passwords\
passwords \
past\
past \
paste \
pat \
patakaran\
path for \
path in \
path of \
paths for \
paths in \
paths of \
pats \
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
personal\
personal \
personality \
personnel \
pessoal\
pessoal \
petunjuk \
phone\
pii\
ping \
pings \
pipe\
pixel\
play \
playing \
please instead \
please rather \
pokyn\
polecen\
policies\
policies \
policies say \
policies says \
policies tell you \
policies tells you \
policy\
policy \
pomin \
post\
pravidl\
pravil\
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
principles say \
principles says \
principles tell you \
principles tells you \
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
private \
private configuration \
private directions \
private directives \
private guidelines \
private instructions \
private key\
private key \
private keys \
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
programming say \
programming says \
programming tell you \
programming tells you \
programming was\
programming were\
prohibit\
proignoriru\
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
prompt say \
prompt says \
prompt sent to you \
prompt so far as \
prompt tell you \
prompt tells you \
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
prompts say \
prompts says \
prompts so far as \
prompts tell you \
prompts tells you \
prompts was\
prompts were\
prompts you received as \
prompts you were given as \
protections\
protections \
proton mail\
protonmail\
provided\
provided \
psst for \
psst to \
purge all of your \
purge all your \
purge of your \
purge your \
purpose\
push\
put\
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
read \
read only restriction\
read only restriction \
read only restrictions \
reading \
reads \
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
rebel mode \
rebellious\
recite \
recited \
recites \
records\
redaction\
redaction \
referer for \
referer in \
referer of \
referrer for \
referrer in \
referrer of \
refresh token \
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
replicate\
reply \
reply in\
reply only\
reply with\
repo \
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
repository \
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
restraint say \
restraint says \
restraint tell you \
restraint tells you \
restraints\
restraints \
restraints say \
restraints says \
restraints tell you \
restraints tells you \
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
restrictions say \
restrictions says \
restrictions tell you \
restrictions tells you \
restrictions was\
restrictions were\
restriksyon\
restrizioni\
result set\
results\
retired \
return \
reveal \
revealing \
reverse \
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
rules say \
rules says \
rules so far as \
rules tell you \
rules tells you \
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
safeguards say \
safeguards says \
safeguards tell you \
safeguards tells you \
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
safety measures say \
safety measures says \
safety measures tell you \
safety measures tells you \
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
save\
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
schutzmassnahmen \
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
secrets \
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
server \
session\
session token\
session token \
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
share\
share \
shared \
shares \
sheria \
ship\
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
storage \
straight\
stream\
strip \
strive to avoid norms\
subdomain for \
subdomain in \
subdomain of \
subdomains for \
subdomains in \
subdomains of \
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
sync\
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
system message say \
system message says \
system message tell you \
system message tells you \
system message was\
system message were\
system messages \
system messages are\
system messages did\
system messages do\
system messages had\
system messages have\
system messages say \
system messages says \
system messages tell you \
system messages tells you \
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
tabula rasa\
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
to a \
to an \
to another\
to my\
to one side \
to some\
to the external\
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
training say \
training says \
training tell you \
training tells you \
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
ukazani\
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
user about\
user agent for \
user agent in \
user agent of \
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
write\
write \
write out \
write the following\
written \
written in your \
written inside your \
written within your \
wrote \
wytyczne\
yahoo\
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
zabud\
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
            ends: &[8, 28, 44, 63, 77, 85, 91, 98, 104, 111, 128, 138, 146, 160, 178, 193, 207, 214, 222, 239, 247, 253, 262, 270, 279, 289, 301, 307, 314, 327, 351, 369, 386, 405, 429, 446, 462, 479, 504, 524, 536, 560, 571, 586, 593, 604, 612, 626, 641, 653, 671, 690, 706, 726, 742, 752, 763, 780, 798, 813, 834, 856, 875, 898, 917, 926, 931, 942, 955, 961, 982, 993, 1014, 1033, 1047, 1062, 1082, 1111, 1130, 1159, 1186, 1208, 1231, 1241, 1256, 1272, 1279, 1300, 1318, 1335, 1349, 1355, 1370, 1386, 1403, 1421, 1440, 1460, 1472, 1485, 1498, 1512, 1528, 1542, 1554, 1567, 1574, 1577, 1587, 1602, 1614, 1627, 1641, 1656, 1672, 1689, 1701, 1718, 1727, 1741, 1754, 1763, 1773, 1783, 1794, 1807, 1818, 1835, 1854, 1870, 1890, 1899, 1909, 1914, 1927, 1938, 1952, 1965, 1979, 1995, 2011, 2027, 2040, 2049, 2057, 2073, 2081, 2093, 2113, 2129, 2148, 2157, 2164, 2172, 2190, 2209, 2224, 2242, 2251, 2270, 2286, 2304, 2311, 2325, 2340, 2354, 2369, 2382, 2400, 2425, 2451, 2484, 2511, 2530, 2541, 2559, 2578, 2604, 2624, 2636, 2652, 2675, 2699, 2730, 2755, 2772, 2787, 2809, 2832, 2862, 2886, 2902, 2910, 2923, 2943, 2964, 2992, 3014, 3028, 3044, 3067, 3091, 3122, 3147, 3164, 3174, 3199, 3215, 3227, 3242, 3253, 3274, 3291, 3314, 3333, 3342, 3352, 3357, 3367, 3382, 3388, 3400, 3408, 3426, 3446, 3464, 3480, 3498, 3515, 3539, 3557, 3582, 3603, 3617, 3633, 3656, 3673, 3697, 3717, 3730, 3748, 3773, 3792, 3818, 3840, 3855, 3871, 3894, 3911, 3935, 3955, 3968, 3984, 3999, 4013, 4026, 4039, 4053, 4068, 4081, 4093, 4110, 4123, 4138, 4153, 4167, 4177, 4191, 4208, 4227, 4243, 4260, 4277, 4292, 4307, 4324, 4339, 4356, 4372, 4390, 4406, 4418, 4433, 4447, 4464, 4472, 4486, 4501, 4516, 4529, 4542, 4557, 4570, 4585, 4599, 4615, 4629, 4639, 4652, 4664, 4681, 4691, 4707, 4719, 4731, 4744, 4763, 4770, 4785, 4798, 4812, 4824, 4839, 4852, 4868, 4882, 4895, 4914, 4931, 4949, 4965, 4984, 5001, 5021, 5039, 5056, 5070, 5094, 5121, 5146, 5173, 5189, 5208, 5225, 5244, 5253, 5268, 5282, 5297, 5309, 5321, 5336, 5347, 5366, 5383, 5401, 5417, 5436, 5453, 5473, 5491, 5508, 5531, 5552, 5574, 5594, 5617, 5638, 5662, 5684, 5705, 5713, 5723, 5736, 5748, 5765, 5785, 5804, 5824, 5848, 5876, 5902, 5928, 5952, 5971, 5988, 6009, 6033, 6056, 6080, 6108, 6140, 6170, 6200, 6228, 6251, 6272, 6298, 6320, 6333, 6350, 6371, 6390, 6409, 6426, 6438, 6448, 6462, 6479, 6495, 6512, 6533, 6558, 6581, 6604, 6625, 6641, 6655, 6674, 6687, 6703, 6718, 6734, 6754, 6778, 6800, 6822, 6842, 6857, 6870, 6887, 6907, 6926, 6946, 6970, 6998, 7024, 7050, 7074, 7093, 7110, 7132, 7150, 7165, 7184, 7206, 7227, 7249, 7275, 7305, 7333, 7361, 7387, 7408, 7427, 7450, 7476, 7501, 7527, 7557, 7591, 7623, 7655, 7685, 7710, 7733, 7761, 7785, 7798, 7814, 7829, 7845, 7865, 7889, 7911, 7933, 7953, 7968, 7981, 7998, 8018, 8037, 8057, 8081, 8109, 8135, 8161, 8185, 8204, 8221, 8243, 8261, 8275, 8291, 8305, 8316, 8329, 8345, 8360, 8380, 8403, 8425, 8448, 8475, 8506, 8535, 8564, 8591, 8613, 8633, 8657, 8684, 8710, 8737, 8768, 8803, 8836, 8869, 8900, 8926, 8950, 8979, 9004, 9020, 9040, 9064, 9086, 9108, 9128, 9143, 9156, 9173, 9193, 9212, 9232, 9256, 9284, 9310, 9336, 9360, 9379, 9396, 9418, 9434, 9453, 9471, 9490, 9513, 9540, 9565, 9590, 9613, 9631, 9647, 9667, 9690, 9712, 9735, 9762, 9793, 9822, 9851, 9878, 9900, 9920, 9945, 9966, 9984, 10006, 10031, 10055, 10080, 10109, 10142, 10173, 10204, 10233, 10257, 10279, 10305, 10334, 10362, 10391, 10424, 10461, 10496, 10531, 10564, 10592, 10618, 10649, 10676, 10692, 10711, 10729, 10748, 10771, 10798, 10823, 10848, 10871, 10889, 10905, 10925, 10948, 10970, 10993, 11020, 11051, 11080, 11109, 11136, 11158, 11178, 11203, 11224, 11229, 11239, 11256, 11278, 11297, 11317, 11338, 11360, 11383, 11407, 11426, 11450, 11466, 11487, 11507, 11523, 11540, 11557, 11575, 11595, 11613, 11629, 11646, 11654, 11660, 11667, 11676, 11686, 11694, 11701, 11711, 11719, 11726, 11743, 11756, 11761, 11767, 11778, 11795, 11808, 11815, 11823, 11833, 11844, 11853, 11861, 11872, 11881, 11889, 11901, 11913, 11928, 11940, 11951, 11962, 11973, 11984, 11995, 12008, 12022, 12036, 12050, 12064, 12078, 12094, 12105, 12117, 12125, 12133, 12137, 12143, 12151, 12165, 12180, 12192, 12210, 12229, 12245, 12265, 12281, 12288, 12296, 12310, 12334, 12359, 12377, 12396, 12414, 12434, 12446, 12471, 12489, 12505, 12522, 12534, 12547, 12565, 12591, 12612, 12625, 12650, 12657, 12670, 12682, 12700, 12719, 12735, 12748, 12763, 12777, 12791, 12806, 12817, 12830, 12841, 12858, 12873, 12885, 12903, 12925, 12936, 12955, 12977, 12997, 13005, 13021, 13044, 13061, 13085, 13105, 13118, 13133, 13155, 13171, 13194, 13213, 13225, 13242, 13266, 13284, 13309, 13330, 13344, 13359, 13381, 13397, 13420, 13439, 13451, 13459, 13465, 13477, 13489, 13493, 13504, 13520, 13533, 13547, 13562, 13578, 13595, 13613, 13626, 13644, 13654, 13669, 13683, 13693, 13704, 13715, 13727, 13741, 13753, 13763, 13774, 13786, 13801, 13819, 13835, 13840, 13848, 13855, 13863, 13875, 13887, 13899, 13912, 13924, 13936, 13950, 13965, 13980, 13995, 14010, 14025, 14042, 14050, 14064, 14080, 14089, 14097, 14107, 14118, 14127, 14134, 14139, 14161, 14185, 14207, 14227, 14249, 14269, 14274, 14286, 14293, 14301, 14309, 14317, 14325, 14333, 14344, 14358, 14375, 14397, 14416, 14440, 14456, 14477, 14497, 14516, 14536, 14541, 14549, 14564, 14584, 14601, 14623, 14637, 14656, 14674, 14682, 14690, 14697, 14708, 14715, 14726, 14735, 14743, 14752, 14766, 14780, 14789, 14799, 14807, 14817, 14828, 14841, 14857, 14885, 14904, 14930, 14950, 14977, 15000, 15016, 15034, 15059, 15078, 15104, 15126, 15141, 15161, 15188, 15209, 15237, 15261, 15278, 15296, 15321, 15340, 15366, 15388, 15403, 15417, 15434, 15454, 15478, 15496, 15515, 15534, 15552, 15572, 15592, 15610, 15626, 15637, 15649, 15668, 15678, 15707, 15735, 15745, 15763, 15783, 15802, 15821, 15839, 15851, 15864, 15876, 15885, 15893, 15902, 15918, 15935, 15951, 15961, 15978, 15996, 16004, 16014, 16027, 16036, 16046, 16057, 16068, 16080, 16102, 16125, 16148, 16161, 16169, 16186, 16204, 16223, 16243, 16264, 16286, 16300, 16315, 16330, 16346, 16364, 16380, 16394, 16409, 16415, 16428, 16442, 16452, 16459, 16472, 16486, 16502, 16519, 16534, 16550, 16564, 16579, 16592, 16606, 16624, 16643, 16664, 16686, 16706, 16727, 16746, 16766, 16784, 16803, 16820, 16838, 16855, 16873, 16886, 16904, 16921, 16933, 16946, 16958, 16971, 16988, 17012, 17030, 17055, 17076, 17090, 17106, 17129, 17146, 17170, 17190, 17203, 17221, 17246, 17265, 17291, 17313, 17328, 17344, 17367, 17384, 17408, 17428, 17441, 17447, 17455, 17470, 17479, 17489, 17502, 17514, 17528, 17534, 17550, 17556, 17568, 17579, 17594, 17608, 17618, 17625, 17639, 17656, 17677, 17692, 17708, 17724, 17739, 17756, 17773, 17788, 17793, 17799, 17808, 17821, 17831, 17845, 17857, 17867, 17877, 17886, 17895, 17905, 17920, 17934, 17944, 17969, 17992, 18010, 18025, 18050, 18073, 18091, 18110, 18127, 18143, 18154, 18171, 18187, 18204, 18212, 18228, 18244, 18261, 18278, 18292, 18307, 18322, 18339, 18353, 18368, 18385, 18401, 18419, 18434, 18450, 18462, 18477, 18491, 18497, 18511, 18525, 18540, 18555, 18567, 18580, 18593, 18608, 18620, 18633, 18648, 18662, 18678, 18691, 18705, 18715, 18728, 18740, 18751, 18764, 18775, 18787, 18798, 18814, 18825, 18837, 18854, 18881, 18911, 18939, 18969, 18988, 19010, 19030, 19052, 19063, 19081, 19101, 19118, 19137, 19153, 19171, 19193, 19203, 19218, 19228, 19236, 19245, 19253, 19262, 19270, 19279, 19288, 19298, 19309, 19324, 19346, 19364, 19378, 19384, 19391, 19403, 19416, 19433, 19448, 19455, 19463, 19478, 19493, 19509, 19525, 19538, 19552, 19569, 19593, 19624, 19642, 19661, 19675, 19690, 19708, 19722, 19739, 19753, 19770, 19784, 19800, 19815, 19831, 19844, 19858, 19874, 19889, 19904, 19922, 19936, 19951, 19964, 19981, 19997, 20016, 20035, 20062, 20078, 20092, 20107, 20119, 20132, 20143, 20159, 20177, 20192, 20210, 20227, 20246, 20263, 20282, 20297, 20310, 20327, 20342, 20360, 20374, 20391, 20408, 20427, 20440, 20459, 20479, 20500, 20513, 20524, 20535, 20546, 20557, 20568, 20581, 20594, 20607, 20620, 20633, 20646, 20661, 20675, 20690, 20711, 20736, 20756, 20776, 20800, 20826, 20856, 20881, 20906, 20935, 20959, 20984, 21013, 21037, 21061, 21089, 21112, 21135, 21162, 21184, 21206, 21232, 21253, 21279, 21309, 21334, 21359, 21388, 21412, 21436, 21464, 21487, 21510, 21537, 21559, 21586, 21617, 21643, 21669, 21699, 21724, 21743, 21771, 21803, 21830, 21857, 21888, 21914, 21940, 21970, 21995, 22020, 22049, 22073, 22090, 22113, 22140, 22162, 22184, 22210, 22238, 22270, 22297, 22324, 22355, 22381, 22408, 22439, 22465, 22491, 22521, 22546, 22571, 22600, 22624, 22648, 22676, 22699, 22727, 22759, 22786, 22813, 22844, 22870, 22896, 22926, 22951, 22976, 23005, 23029, 23058, 23091, 23119, 23147, 23179, 23206, 23227, 23257, 23291, 23320, 23349, 23382, 23410, 23438, 23470, 23497, 23524, 23555, 23581, 23590, 23607, 23624, 23642, 23660, 23675, 23691, 23707, 23725, 23740, 23756, 23774, 23791, 23810, 23826, 23843, 23856, 23872, 23887, 23902, 23923, 23948, 23968, 23988, 24012, 24038, 24068, 24093, 24118, 24147, 24171, 24196, 24225, 24249, 24273, 24301, 24324, 24347, 24374, 24396, 24418, 24444, 24465, 24491, 24521, 24546, 24571, 24600, 24624, 24648, 24676, 24699, 24722, 24749, 24771, 24798, 24829, 24855, 24881, 24911, 24936, 24955, 24983, 25015, 25042, 25069, 25100, 25126, 25152, 25182, 25207, 25232, 25261, 25285, 25292, 25307, 25322, 25338, 25354, 25367, 25381, 25395, 25411, 25424, 25438, 25454, 25469, 25486, 25500, 25515, 25526, 25540, 25553, 25558, 25564, 25577, 25590, 25604, 25618, 25629, 25641, 25656, 25673, 25691, 25713, 25742, 25758, 25775, 25787, 25800, 25816, 25828, 25843, 25855, 25870, 25882, 25896, 25909, 25923, 25934, 25946, 25960, 25973, 25986, 26002, 26014, 26027, 26038, 26053, 26067, 26084, 26101, 26126, 26140, 26152, 26165, 26175, 26186, 26195, 26209, 26225, 26238, 26254, 26269, 26286, 26301, 26318, 26331, 26342, 26357, 26370, 26386, 26398, 26413, 26428, 26445, 26456, 26473, 26491, 26510, 26522, 26539, 26552, 26566, 26579, 26592, 26606, 26626, 26642, 26652, 26658, 26670, 26678, 26687, 26693, 26709, 26719, 26733, 26739, 26746, 26753, 26778, 26803, 26826, 26844, 26863, 26872, 26883, 26892, 26900, 26909, 26914, 26921, 26938, 26956, 26965, 26972, 26982, 26990, 27003, 27017, 27026, 27036, 27045, 27055, 27064, 27072, 27087, 27101, 27113, 27128, 27141, 27154, 27169, 27186, 27203, 27215, 27221, 27231, 27237, 27245, 27263, 27283, 27306, 27324, 27343, 27364, 27383, 27396, 27413, 27437, 27455, 27480, 27501, 27515, 27531, 27554, 27571, 27595, 27615, 27628, 27646, 27671, 27690, 27716, 27738, 27753, 27769, 27792, 27809, 27833, 27853, 27866, 27875, 27880, 27886, 27893, 27903, 27916, 27933, 27944, 27956, 27968, 27979, 27992, 28005, 28016, 28029, 28042, 28051, 28058, 28066, 28075, 28082, 28101, 28121, 28141, 28161, 28169, 28190, 28211, 28219, 28227, 28234, 28256, 28264, 28273, 28281, 28298, 28317, 28334, 28347, 28358, 28376, 28396, 28414, 28421, 28431, 28444, 28457, 28468, 28482, 28492, 28509, 28521, 28529, 28539, 28550, 28559, 28567, 28578, 28587, 28595, 28603, 28615, 28630, 28645, 28658, 28674, 28686, 28705, 28719, 28731, 28746, 28761, 28774, 28790, 28802, 28821, 28835, 28848, 28862, 28884, 28900, 28916, 28933, 28950, 28963, 28980, 28994, 29009, 29019, 29030, 29037, 29045, 29057, 29076, 29091, 29103, 29111, 29122, 29131, 29143, 29156, 29168, 29181, 29196, 29215, 29232, 29251, 29266, 29284, 29299, 29319, 29342, 29357, 29387, 29406, 29427, 29451, 29468, 29484, 29494, 29505, 29513, 29526, 29541, 29554, 29564, 29584, 29605, 29611, 29624, 29639, 29657, 29676, 29689, 29699, 29706, 29718, 29733, 29752, 29765, 29779, 29793, 29806, 29821, 29836, 29849, 29855, 29861, 29876, 29891, 29906, 29921, 29936, 29953, 29958, 29977, 29986, 30005, 30022, 30034, 30047, 30065, 30083, 30101, 30119, 30137, 30157, 30163, 30174, 30188, 30192, 30201, 30209, 30218, 30226, 30234, 30240, 30253, 30264, 30276, 30292, 30307, 30317, 30328, 30344, 30361, 30372, 30384, 30401, 30419, 30435, 30452, 30464, 30487, 30511, 30530, 30538, 30558, 30567, 30588, 30602, 30624, 30654, 30677, 30708, 30730, 30751, 30773, 30795, 30822, 30852, 30865, 30877, 30890, 30903, 30921, 30952, 30976, 31008, 31031, 31053, 31076, 31099, 31127, 31158, 31179, 31184, 31189, 31197, 31221, 31234, 31254, 31268, 31285, 31301, 31317, 31323, 31333, 31349, 31372, 31389, 31413, 31433, 31446, 31461, 31483, 31499, 31522, 31541, 31553, 31570, 31594, 31612, 31637, 31658, 31672, 31687, 31709, 31725, 31748, 31767, 31779, 31786, 31794, 31807, 31822, 31840, 31853, 31867, 31882, 31898, 31917, 31931, 31946, 31962, 31978, 31992, 32008, 32021, 32038, 32053, 32066, 32084, 32102, 32119, 32139, 32163, 32185, 32205, 32228, 32247, 32267, 32288, 32307, 32323, 32335, 32348, 32362, 32374, 32383, 32387, 32394, 32402, 32411, 32421, 32431, 32438, 32446, 32458, 32477, 32492, 32501, 32510, 32520, 32529, 32537, 32547, 32558, 32570, 32581, 32590, 32600, 32611, 32624, 32634, 32646, 32657, 32670, 32679, 32690, 32700, 32709, 32722, 32728, 32748, 32766, 32784, 32791, 32800, 32810, 32818, 32825, 32835, 32843, 32850, 32871, 32887, 32902, 32911, 32923, 32937, 32952, 32961, 32976, 32993, 33010, 33025, 33043, 33065, 33081, 33098, 33115, 33131, 33149, 33167, 33183, 33189, 33197, 33222, 33248, 33272, 33295, 33317, 33342, 33365, 33387, 33409, 33429, 33449, 33468, 33489, 33509, 33528, 33549, 33568, 33584, 33597, 33615, 33634, 33647, 33661, 33680, 33701, 33720, 33743, 33765, 33787, 33808, 33827, 33847, 33857, 33878, 33904, 33923, 33941, 33959, 33980, 33988, 33997, 34008, 34020, 34030, 34039, 34051, 34061, 34070, 34078, 34087, 34099, 34112, 34123, 34138, 34157, 34169, 34184, 34200, 34216, 34230, 34244, 34260, 34274, 34290, 34305, 34322, 34337, 34348, 34362, 34375, 34391, 34398, 34411, 34425, 34439, 34451, 34463, 34477, 34489, 34503, 34516, 34531, 34544, 34553, 34565, 34576, 34599, 34621, 34641, 34660, 34680, 34701, 34720, 34735, 34750, 34764, 34785, 34804, 34820, 34838, 34860, 34878, 34903, 34922, 34943, 34965, 34985, 35000, 35022, 35038, 35058, 35075, 35095, 35115, 35135, 35153, 35168, 35185, 35206, 35223, 35247, 35265, 35285, 35306, 35325, 35337, 35351, 35372, 35387, 35406, 35422, 35441, 35460, 35474, 35489, 35499, 35510, 35516, 35538, 35557, 35575, 35589, 35604, 35623, 35644, 35662, 35675, 35689, 35711, 35730, 35744, 35759, 35769, 35780, 35787, 35804, 35820, 35832, 35840, 35846, 35877, 35908, 35937, 35961, 35986, 36001, 36008, 36031, 36051, 36070, 36085, 36101, 36123, 36142, 36156, 36171, 36194, 36214, 36229, 36245, 36256, 36268, 36278, 36289, 36300, 36310, 36320, 36336, 36341, 36349, 36363, 36375, 36388, 36399, 36413, 36425, 36440, 36453, 36465, 36483, 36499, 36516, 36531, 36549, 36565, 36584, 36601, 36617, 36634, 36658, 36676, 36701, 36722, 36736, 36752, 36775, 36792, 36816, 36836, 36849, 36867, 36892, 36911, 36937, 36959, 36974, 36990, 37013, 37030, 37054, 37074, 37087, 37100, 37111, 37122, 37135, 37142, 37150, 37165, 37172, 37180, 37193, 37207, 37221, 37236, 37247, 37261, 37265, 37278, 37292, 37307, 37323, 37340, 37358, 37368, 37379, 37390, 37402, 37416, 37428, 37438, 37449, 37456, 37474, 37492, 37512, 37532, 37545, 37561, 37581, 37595, 37610, 37625, 37639, 37655, 37671, 37685, 37697, 37712, 37721, 37738, 37753, 37775, 37797, 37817, 37832, 37848, 37866, 37891, 37910, 37936, 37958, 37973, 37990, 38014, 38032, 38057, 38078, 38092, 38111, 38137, 38157, 38184, 38207, 38223, 38240, 38264, 38282, 38307, 38328, 38342, 38362, 38382, 38403, 38415, 38426, 38438, 38450, 38458, 38463, 38469, 38482, 38500, 38515, 38531, 38548, 38566, 38585, 38605, 38620, 38640, 38652, 38669, 38685, 38697, 38710, 38723, 38737, 38753, 38767, 38779, 38792, 38811, 38826, 38836, 38844, 38851, 38861, 38867, 38876, 38893, 38903, 38915, 38932, 38945, 38961, 38972, 38984, 38996, 39005, 39013, 39022, 39033, 39045, 39055, 39064, 39076, 39086, 39095, 39104, 39114, 39122, 39131, 39139, 39148, 39154, 39161, 39175, 39189, 39204, 39219, 39231, 39244, 39260, 39283, 39313, 39327, 39344, 39357, 39373, 39386, 39402, 39415, 39430, 39445, 39457, 39470, 39485, 39499, 39513, 39530, 39543, 39557, 39573, 39589, 39604, 39622, 39640, 39666, 39681, 39694, 39708, 39719, 39731, 39747, 39770, 39789, 39799, 39816, 39830, 39847, 39861, 39877, 39895, 39911, 39929, 39943, 39957, 39969, 39985, 39999, 40016, 40029, 40045, 40061, 40079, 40091, 40111, 40121, 40132, 40147, 40169, 40187, 40204, 40219, 40235, 40250, 40260, 40278, 40296, 40315, 40334, 40350, 40367, 40387, 40404, 40421, 40440, 40458, 40477, 40493, 40510, 40529, 40547, 40564, 40582, 40598, 40619, 40639, 40661, 40678, 40696, 40710, 40729, 40754, 40771, 40788, 40804, 40819, 40833, 40850, 40862, 40881, 40903, 40921, 40942, 40960, 40981, 41000, 41022, 41040, 41059, 41079, 41102, 41121, 41143, 41164, 41187, 41208, 41231, 41248, 41269, 41288, 41310, 41331, 41354, 41366, 41380, 41401, 41417, 41430, 41442, 41458, 41471, 41485, 41500, 41516, 41525, 41544, 41560, 41577, 41598, 41615, 41630, 41644, 41658, 41664, 41675, 41683, 41692, 41713, 41736, 41750, 41764, 41780, 41797, 41813, 41827, 41841, 41862, 41885, 41899, 41913, 41929, 41946, 41962, 41976, 41990, 42012, 42036, 42051, 42066, 42083, 42101, 42118, 42133, 42148, 42154, 42169, 42186, 42201, 42210, 42220, 42230, 42246, 42258, 42276, 42292, 42302, 42312, 42331, 42340, 42350, 42363, 42377, 42389, 42411, 42429, 42448, 42465, 42470, 42480, 42492, 42503, 42510, 42515, 42524, 42533, 42541, 42550, 42560, 42568, 42579, 42587, 42592, 42597, 42603, 42610, 42617, 42623, 42639, 42652, 42659, 42668, 42678, 42686, 42693, 42703, 42711, 42718, 42730, 42737, 42746, 42752, 42760, 42769, 42780, 42792, 42802, 42811, 42823, 42833, 42842, 42870, 42876, 42883, 42895, 42904, 42918, 42928, 42935, 42948, 42955, 42965, 42981, 42993, 43003, 43021, 43032, 43045, 43057, 43070, 43083, 43093, 43101, 43110, 43120, 43128, 43137, 43147, 43153, 43162, 43172, 43184, 43193, 43203, 43217, 43228, 43239, 43251, 43260, 43270, 43281, 43289, 43298, 43309, 43321, 43331, 43340, 43352, 43362, 43371, 43389, 43408, 43427, 43447, 43469, 43488, 43506, 43520, 43535, 43556, 43574, 43587, 43601, 43623, 43642, 43656, 43671, 43681, 43692, 43704, 43717, 43730, 43744, 43763, 43771, 43789, 43795, 43802, 43818, 43836, 43851, 43868, 43882, 43898, 43918, 43938, 43959, 43974, 43990, 44005, 44021, 44033, 44045, 44062, 44070, 44085, 44105, 44122, 44144, 44158, 44177, 44195, 44204, 44213, 44220, 44243, 44263, 44282, 44297, 44313, 44335, 44354, 44368, 44383, 44406, 44426, 44441, 44457, 44468, 44480, 44493, 44509, 44529, 44543, 44558, 44573, 44587, 44603, 44619, 44633, 44651, 44674, 44692, 44710, 44734, 44759, 44781, 44809, 44838, 44864, 44894, 44920, 44936, 44948, 44954, 44976, 44985, 44995, 45010, 45026, 45033, 45046, 45059, 45073, 45079, 45087, 45096, 45107, 45119, 45129, 45138, 45150, 45160, 45169, 45177, 45187, 45196, 45206, 45214, 45225, 45235, 45246, 45262, 45271, 45279, 45289, 45298, 45319, 45341, 45360, 45385, 45411, 45434, 45461, 45484, 45490, 45498, 45505, 45515, 45530, 45541, 45553, 45565, 45572, 45584, 45591, 45607, 45634, 45655, 45675, 45697, 45724, 45744, 45763, 45777, 45797, 45825, 45848, 45863, 45890, 45898, 45923, 45941, 45958, 45975, 45991, 46003, 46015, 46026, 46041, 46057, 46076, 46097, 46116, 46132, 46145, 46152, 46160, 46173, 46191, 46210, 46228, 46246, 46264, 46290, 46305, 46320, 46337, 46346, 46373, 46389, 46401, 46417, 46427, 46442, 46460, 46482, 46498, 46515, 46532, 46548, 46566, 46584, 46600, 46617, 46623, 46628, 46638, 46651, 46672, 46690, 46707, 46720, 46734, 46744, 46755, 46772, 46783, 46795, 46807, 46818, 46830, 46843, 46857, 46877, 46894, 46906, 46919, 46940, 46958, 46971, 46985, 46998, 47007, 47018, 47030, 47039, 47049, 47056, 47065, 47071, 47086, 47101, 47117, 47134, 47148, 47164, 47177, 47192, 47211, 47223, 47235, 47257, 47282, 47305, 47330, 47344, 47361, 47376, 47393, 47406, 47416, 47430, 47449, 47464, 47480, 47495, 47510, 47532, 47550, 47560, 47568, 47580, 47593, 47606, 47624, 47638, 47653, 47667, 47681, 47702, 47719, 47730, 47741, 47758, 47766, 47775, 47791, 47798, 47805, 47811, 47818, 47825, 47832, 47838, 47845, 47860, 47881, 47899, 47918, 47927, 47936, 47946, 47956, 47966, 47978, 47996, 48007, 48014, 48023, 48035, 48056, 48079, 48093, 48107, 48123, 48140, 48156, 48170, 48184, 48205, 48228, 48242, 48256, 48272, 48289, 48305, 48319, 48333, 48345, 48359, 48372, 48386, 48398, 48409, 48421, 48435, 48446, 48466, 48493, 48514, 48542, 48566, 48583, 48602, 48628, 48648, 48675, 48698, 48714, 48735, 48763, 48785, 48814, 48839, 48857, 48876, 48902, 48922, 48949, 48972, 48988, 49003, 49023, 49039, 49056, 49072, 49088, 49111, 49130, 49141, 49153, 49171, 49190, 49204, 49223, 49243, 49257, 49271, 49279, 49288, 49297, 49305, 49316, 49324, 49333, 49345, 49359, 49379, 49400, 49418, 49442, 49467, 49489, 49515, 49537, 49550, 49569, 49589, 49606, 49629, 49653, 49674, 49699, 49720, 49740, 49750, 49770, 49788, 49801, 49815, 49822, 49829, 49836, 49841, 49847, 49858, 49870, 49876, 49883, 49901, 49913, 49925, 49938, 49952, 49968, 49987, 50001, 50026, 50044, 50070, 50104, 50131, 50166, 50192, 50217, 50243, 50269, 50300, 50334, 50351, 50367, 50384, 50401, 50423, 50458, 50486, 50522, 50549, 50575, 50602, 50629, 50661, 50696, 50721, 50736, 50753, 50768, 50777, 50789, 50796, 50804, 50816, 50827, 50843, 50855, 50866, 50879, 50891, 50908, 50920, 50939, 50954, 50961, 50970, 50986, 51004, 51020, 51033, 51042, 51054, 51071, 51084, 51098, 51111, 51124, 51144, 51160, 51170, 51174, 51179, 51189, 51197, 51205, 51223, 51229, 51236, 51247, 51265, 51279, 51292, 51300, 51324, 51337, 51354, 51370, 51386, 51402, 51419, 51428, 51452, 51466, 51479, 51497, 51511, 51524, 51539, 51553, 51567, 51591, 51613, 51630, 51648, 51669, 51686, 51698, 51705, 51716, 51728, 51747, 51768, 51780, 51792, 51806, 51821, 51835, 51847, 51859, 51864, 51870, 51877, 51887, 51898, 51912, 51930, 51942, 51955, 51968, 51980, 51993, 52007, 52022, 52036, 52048, 52061, 52071, 52088, 52106, 52124, 52143, 52150, 52163, 52171, 52181, 52194, 52215, 52233, 52250, 52263, 52277, 52287, 52298, 52315, 52326, 52338, 52350, 52361, 52374, 52394, 52411, 52423, 52436, 52457, 52475, 52488, 52502, 52515, 52524, 52535, 52547, 52557, 52564, 52571, 52595, 52616, 52636, 52652, 52669, 52692, 52712, 52727, 52743, 52767, 52788, 52804, 52821, 52833, 52846, 52863, 52871, 52877, 52895, 52916, 52934, 52952, 52972, 52983, 52994, 53007, 53021, 53034, 53045, 53056, 53075, 53096, 53108, 53120, 53134, 53149, 53163, 53175, 53187, 53197, 53209, 53218, 53223, 53228, 53234, 53244, 53254, 53269, 53282, 53298, 53310, 53325, 53337, 53352, 53365, 53381, 53395, 53412, 53422, 53439, 53453, 53463, 53479, 53492, 53508, 53523, 53540, 53555, 53572, 53585, 53596, 53611, 53624, 53640, 53650, 53662, 53677, 53692, 53709, 53728, 53742, 53756, 53770, 53784, 53798, 53814, 53820, 53830, 53837, 53856, 53871, 53889, 53899, 53908, 53915, 53925, 53932, 53945, 53959, 53974, 53989, 54001, 54014, 54029, 54042, 54057, 54078, 54094, 54113, 54131, 54155, 54174, 54198, 54223, 54248, 54269, 54291, 54313, 54329, 54339, 54352, 54366, 54381, 54396, 54414, 54433, 54446, 54462, 54474, 54489, 54501, 54516, 54531, 54547, 54560, 54576, 54591, 54607, 54621, 54638, 54655, 54673, 54692, 54706, 54719, 54733, 54749, 54762, 54778, 54793, 54810, 54825, 54842, 54855, 54866, 54881, 54894, 54910, 54925, 54940, 54957, 54976, 55003, 55033, 55061, 55091, 55110, 55132, 55152, 55174, 55185, 55209, 55232, 55252, 55262, 55282, 55300, 55313, 55327, 55340, 55356, 55373, 55385, 55401, 55418, 55430, 55441, 55453, 55465, 55490, 55505, 55530, 55553, 55571, 55590, 55605, 55623, 55645, 55661, 55678, 55695, 55711, 55729, 55747, 55763, 55772, 55781, 55792, 55816, 55837, 55857, 55873, 55890, 55913, 55933, 55948, 55964, 55988, 56009, 56030, 56053, 56073, 56095, 56114, 56130, 56151, 56176, 56193, 56205, 56218, 56233, 56252, 56266, 56273, 56281, 56303, 56318, 56334, 56351, 56368, 56386, 56405, 56424, 56444, 56464, 56485, 56500, 56516, 56533, 56555, 56575, 56590, 56603, 56617, 56631, 56646, 56662, 56679, 56693, 56708, 56721, 56734, 56748, 56766, 56782, 56795, 56802, 56810, 56827, 56845, 56864, 56886, 56909, 56918, 56925, 56940, 56957, 56972, 56984, 56990, 57003, 57018, 57031, 57040, 57050, 57060, 57072, 57082, 57095, 57107, 57112, 57125, 57139, 57144, 57150, 57181, 57212, 57239, 57265, 57292, 57320, 57352, 57376, 57400, 57420, 57439, 57459, 57480, 57505, 57530, 57555, 57576, 57596, 57617, 57639, 57665, 57691, 57717, 57739, 57760, 57782, 57805, 57832, 57850, 57869, 57889, 57904, 57920, 57936, 57953, 57966, 57981, 58007, 58033, 58055, 58076, 58098, 58121, 58148, 58170, 58190, 58211, 58229, 58248, 58267, 58287, 58306, 58323, 58349, 58371, 58391, 58411, 58435, 58455, 58473, 58491, 58508, 58526, 58539, 58559, 58575, 58592, 58610, 58629, 58652, 58668, 58692, 58711, 58743, 58768, 58801, 58825, 58848, 58872, 58896, 58925, 58957, 58972, 58986, 59011, 59024, 59039, 59054, 59074, 59090, 59110, 59143, 59169, 59203, 59228, 59252, 59277, 59302, 59332, 59365, 59388, 59408, 59428, 59444, 59459, 59475, 59492, 59513, 59534, 59555, 59572, 59588, 59605, 59623, 59645, 59659, 59670, 59679, 59701, 59723, 59743, 59763, 59778, 59794, 59810, 59827, 59837, 59857, 59878, 59896, 59915, 59935, 59955, 59976, 59996, 60016, 60031, 60047, 60058, 60076, 60095, 60117, 60138, 60156, 60167, 60186, 60206, 60220, 60235, 60250, 60266, 60281, 60297, 60312, 60327, 60347, 60356, 60373, 60390, 60395, 60406, 60418, 60429, 60448, 60468, 60480, 60495, 60511, 60528, 60547, 60567, 60585, 60604, 60618, 60635, 60653, 60669, 60686, 60707, 60729, 60753, 60778, 60801, 60825, 60847, 60870, 60891, 60913, 60933, 60954, 60974, 60995, 61010, 61026, 61041, 61057, 61080, 61102, 61122, 61143, 61166, 61190, 61212, 61235, 61262, 61293, 61323, 61354, 61389, 61423, 61458, 61491, 61524, 61558, 61589, 61618, 61647, 61677, 61698, 61720, 61740, 61761, 61786, 61812, 61840, 61869, 61896, 61924, 61950, 61977, 62002, 62028, 62052, 62077, 62101, 62126, 62145, 62165, 62184, 62204, 62218, 62236, 62248, 62261, 62275, 62288, 62306, 62332, 62351, 62372, 62392, 62413, 62434, 62452, 62465, 62480, 62496, 62508, 62526, 62543, 62554, 62570, 62585, 62596, 62616, 62644, 62665, 62688, 62710, 62733, 62756, 62776, 62786, 62800, 62813, 62828, 62842, 62858, 62873, 62885, 62895, 62903, 62916, 62933, 62947, 62956, 62967, 62979, 62998, 63014, 63031, 63050, 63070, 63088, 63107, 63124, 63142, 63158, 63175, 63196, 63218, 63242, 63267, 63290, 63314, 63336, 63359, 63380, 63402, 63422, 63443, 63463, 63484, 63499, 63515, 63530, 63546, 63559, 63573, 63588, 63602, 63613, 63625, 63635, 63648, 63662, 63673, 63686, 63702, 63719, 63730, 63745, 63759, 63779, 63796, 63805, 63815, 63837, 63858, 63875, 63891, 63903, 63917, 63929, 63949, 63968, 63987, 64000, 64014, 64032, 64049, 64065, 64081, 64089, 64103, 64119, 64130, 64149, 64175, 64202, 64236, 64264, 64284, 64296, 64315, 64335, 64362, 64383, 64396, 64413, 64437, 64462, 64494, 64520, 64538, 64554, 64577, 64601, 64632, 64657, 64674, 64688, 64709, 64731, 64760, 64783, 64798, 64815, 64839, 64864, 64896, 64922, 64940, 64947, 64967, 64986, 64997, 65016, 65027, 65036, 65048, 65058, 65078, 65092, 65102, 65113, 65126, 65147, 65165, 65179, 65193, 65203, 65223, 65232, 65243, 65250, 65261, 65273, 65283, 65294, 65300, 65306, 65322, 65335, 65350, 65362, 65371, 65383, 65390, 65397, 65405, 65412, 65418, 65427, 65437, 65445, 65452, 65462, 65470, 65476, 65483, 65495, 65501, 65518, 65526, 65532, 65541, 65556, 65572, 65585, 65600, 65613, 65623, 65628, 65637, 65647, 65662, 65672, 65691, 65711, 65727, 65737, 65746, 65753, 65761, 65775, 65781, 65803, 65822, 65840, 65854, 65869, 65880, 65901, 65919, 65932, 65946, 65968, 65987, 66006, 66027, 66045, 66065, 66082, 66096, 66115, 66138, 66153, 66163, 66174, 66180, 66194, 66200, 66208, 66226, 66233, 66241, 66253, 66266, 66280, 66292, 66308, 66324, 66342, 66354, 66370, 66399, 66431, 66461, 66493, 66514, 66538, 66560, 66584, 66592, 66601, 66616, 66626, 66640, 66648, 66662, 66680, 66699, 66711, 66728, 66738, 66766, 66797, 66826, 66857, 66877, 66900, 66921, 66944, 66954, 66981, 66987, 66996, 67010, 67027, 67039, 67052, 67066, 67081, 67099, 67112, 67126, 67141, 67151, 67158, 67166, 67185, 67207, 67216, 67227, 67237, 67247, 67256, 67282, 67300, 67326, 67346, 67368, 67387, 67411, 67418, 67426, 67436, 67447, 67456, 67464, 67475, 67484, 67492, 67497, 67503, 67517, 67525, 67531, 67547, 67564, 67581, 67596, 67611, 67628, 67643, 67660, 67676, 67694, 67710, 67722, 67737, 67751, 67765, 67780, 67795, 67808, 67821, 67836, 67849, 67864, 67878, 67894, 67908, 67918, 67931, 67943, 67962, 67980, 67996, 68015, 68037, 68060, 68077, 68095, 68113, 68129, 68145, 68163, 68179, 68197, 68214, 68233, 68250, 68263, 68279, 68294, 68303, 68318, 68334, 68350, 68364, 68378, 68394, 68408, 68424, 68439, 68456, 68471, 68482, 68496, 68509, 68515, 68525, 68531, 68538, 68570, 68602, 68630, 68657, 68685, 68714, 68747, 68772, 68797, 68818, 68838, 68859, 68881, 68907, 68933, 68959, 68981, 69002, 69024, 69047, 69074, 69101, 69128, 69151, 69173, 69196, 69220, 69248, 69268, 69284, 69301, 69318, 69336, 69350, 69366, 69393, 69420, 69443, 69465, 69488, 69512, 69540, 69561, 69583, 69602, 69622, 69640, 69667, 69690, 69711, 69732, 69757, 69778, 69797, 69816, 69834, 69853, 69867, 69885, 69904, 69924, 69944, 69960, 69975, 70001, 70015, 70031, 70048, 70069, 70090, 70111, 70128, 70144, 70161, 70179, 70201, 70223, 70245, 70263, 70280, 70298, 70317, 70340, 70355, 70378, 70401, 70422, 70443, 70459, 70476, 70493, 70511, 70532, 70554, 70575, 70596, 70615, 70635, 70655, 70676, 70691, 70707, 70724, 70740, 70757, 70773, 70789, 70796, 70803, 70816, 70820, 70825, 70855, 70885, 70911, 70936, 70962, 70989, 71020, 71043, 71066, 71085, 71103, 71122, 71142, 71166, 71190, 71214, 71234, 71253, 71273, 71294, 71319, 71344, 71369, 71390, 71410, 71431, 71453, 71479, 71498, 71510, 71524, 71549, 71574, 71595, 71615, 71636, 71658, 71684, 71705, 71723, 71742, 71760, 71776, 71801, 71822, 71841, 71860, 71883, 71902, 71919, 71936, 71948, 71967, 71985, 72003, 72017, 72030, 72054, 72066, 72080, 72095, 72114, 72133, 72152, 72167, 72181, 72196, 72212, 72232, 72252, 72272, 72288, 72303, 72319, 72336, 72357, 72370, 72391, 72412, 72431, 72450, 72469, 72489, 72506, 72524, 72543, 72563, 72582, 72601, 72615, 72630, 72651, 72665, 72680, 72696, 72712, 72718, 72735, 72744, 72754, 72761, 72767, 72786, 72798, 72818, 72836, 72851, 72879, 72900, 72929, 72949, 72968, 72988, 73008, 73033, 73061, 73072, 73082, 73091, 73105, 73116, 73127, 73143, 73172, 73194, 73224, 73245, 73265, 73286, 73307, 73333, 73362, 73381, 73392, 73403, 73412, 73428, 73447, 73462, 73480, 73495, 73513, 73529, 73548, 73565, 73585, 73601, 73620, 73638, 73658, 73676, 73696, 73710, 73728, 73744, 73763, 73781, 73801, 73806, 73820, 73835, 73842, 73849, 73863, 73879, 73893, 73904, 73912, 73926, 73943, 73964, 73979, 73995, 74011, 74026, 74043, 74060, 74075, 74082, 74096, 74112, 74126, 74137, 74144, 74149, 74157, 74166, 74181, 74197, 74211, 74229, 74251, 74264, 74278, 74297, 74316, 74334, 74355, 74374, 74394, 74416, 74442, 74459, 74484, 74507, 74531, 74552, 74577, 74603, 74627, 74651, 74676, 74697, 74719, 74739, 74759, 74778, 74799, 74820, 74835, 74852, 74865, 74881, 74895, 74913, 74932, 74950, 74965, 74985, 75010, 75030, 75048, 75064, 75078, 75095, 75108, 75118, 75129, 75139, 75153, 75160, 75173, 75187, 75198, 75212, 75225, 75235, 75248, 75256, 75270, 75284, 75303, 75322, 75337, 75350, 75366, 75385, 75404, 75428, 75452, 75472, 75490, 75511, 75520, 75551, 75580, 75614, 75645, 75679, 75710, 75743, 75771, 75790, 75804, 75827, 75847, 75868, 75894, 75917, 75937, 75962, 75988, 76013, 76037, 76060, 76085, 76110, 76131, 76150, 76170, 76192, 76216, 76233, 76255, 76269, 76292, 76307, 76319, 76332, 76340, 76351, 76363, 76372, 76384, 76394, 76405, 76415, 76429, 76438, 76448, 76459, 76475, 76490, 76503, 76518, 76534, 76552, 76571, 76588, 76606, 76622, 76639, 76654, 76670, 76684, 76699, 76713, 76728, 76746, 76766, 76781, 76789, 76803, 76818, 76835, 76856, 76868, 76888, 76906, 76925, 76946, 76971, 76987, 77011, 77036, 77059, 77082, 77106, 77126, 77147, 77166, 77185, 77205, 77221, 77234, 77243, 77256, 77266, 77286, 77307, 77325, 77349, 77374, 77396, 77422, 77444, 77455, 77468, 77485, 77496, 77505, 77517, 77526, 77536, 77565, 77592, 77624, 77653, 77685, 77714, 77745, 77771, 77792, 77811, 77835, 77856, 77874, 77897, 77921, 77942, 77965, 77988, 78007, 78024, 78042, 78056, 78070, 78089, 78108, 78123, 78136, 78152, 78161, 78176, 78191, 78211, 78231, 78247, 78261, 78278, 78287, 78298, 78317, 78337, 78354, 78377, 78401, 78422, 78447, 78468, 78483, 78499, 78515, 78536, 78557, 78574, 78589, 78607, 78613, 78625, 78638, 78651, 78669, 78686, 78706, 78727, 78749, 78765, 78783, 78802, 78823, 78841, 78864, 78887, 78908, 78941, 78961, 78972, 78984, 79004, 79025, 79038, 79050, 79072, 79093, 79117, 79142, 79168, 79188, 79210, 79233, 79258, 79280, 79307, 79334, 79359, 79396, 79420, 79442, 79463, 79487, 79512, 79538, 79558, 79580, 79603, 79628, 79650, 79677, 79704, 79729, 79766, 79790, 79801, 79811, 79826, 79840, 79855, 79874, 79893, 79910, 79923, 79934, 79947, 79961, 79976, 80004, 80033, 80061, 80086, 80116, 80151, 80181, 80209, 80235, 80259, 80286, 80309, 80333, 80356, 80376, 80401, 80431, 80456, 80479, 80500, 80519, 80541, 80555, 80566, 80580, 80594, 80609, 80625, 80642, 80672, 80703, 80733, 80760, 80792, 80829, 80861, 80891, 80919, 80945, 80974, 80999, 81025, 81050, 81072, 81099, 81131, 81158, 81183, 81206, 81227, 81251, 81267, 81289, 81313, 81342, 81363, 81383, 81396, 81407, 81419, 81434, 81446, 81457, 81466, 81482, 81498, 81511, 81525, 81547, 81571, 81600, 81621, 81641, 81653, 81669, 81687, 81702, 81719, 81735, 81750, 81768, 81787, 81807, 81821, 81837, 81854, 81873, 81889, 81910, 81931, 81950, 81981, 81999, 82021, 82042, 82066, 82091, 82117, 82137, 82159, 82182, 82207, 82229, 82256, 82283, 82308, 82345, 82369, 82385, 82400, 82418, 82437, 82457, 82471, 82487, 82504, 82523, 82539, 82560, 82581, 82600, 82631, 82649, 82660, 82672, 82685, 82706, 82718, 82729, 82742, 82757, 82771, 82788, 82806, 82825, 82838, 82853, 82869, 82887, 82902, 82922, 82942, 82960, 82990, 83007, 83020, 83040, 83059, 83081, 83104, 83128, 83146, 83166, 83187, 83210, 83230, 83255, 83280, 83303, 83338, 83360, 83378, 83398, 83423, 83440, 83456, 83470, 83484, 83499, 83515, 83530, 83542, 83557, 83577, 83596, 83619, 83641, 83664, 83688, 83713, 83731, 83751, 83781, 83802, 83824, 83847, 83868, 83888, 83913, 83938, 83961, 83996, 84018, 84028, 84039, 84051, 84064, 84074, 84088, 84103, 84126, 84151, 84181, 84203, 84224, 84236, 84256, 84278, 84305, 84324, 84342, 84356, 84372, 84389, 84407, 84424, 84436, 84446, 84457, 84473, 84488, 84506, 84525, 84545, 84559, 84575, 84592, 84611, 84627, 84648, 84669, 84688, 84719, 84737, 84757, 84776, 84798, 84821, 84845, 84863, 84883, 84904, 84927, 84947, 84972, 84997, 85020, 85055, 85077, 85088, 85101, 85114, 85129, 85144, 85160, 85174, 85187, 85213, 85234, 85254, 85267, 85281, 85296, 85307, 85323, 85338, 85356, 85375, 85395, 85409, 85425, 85442, 85461, 85477, 85498, 85519, 85538, 85569, 85587, 85604, 85621, 85638, 85653, 85672, 85684, 85699, 85719, 85738, 85760, 85783, 85807, 85825, 85845, 85866, 85889, 85909, 85934, 85959, 85982, 86017, 86039, 86056, 86068, 86075, 86088, 86102, 86118, 86138, 86149, 86166, 86182, 86201, 86218, 86236, 86256, 86280, 86295, 86318, 86342, 86364, 86386, 86409, 86428, 86448, 86466, 86484, 86503, 86522, 86537, 86565, 86591, 86622, 86650, 86681, 86709, 86739, 86764, 86775, 86795, 86812, 86830, 86853, 86873, 86890, 86912, 86935, 86957, 86978, 86998, 87020, 87042, 87060, 87076, 87093, 87112, 87126, 87137, 87152, 87162, 87174, 87183, 87193, 87205, 87214, 87225, 87231, 87238, 87250, 87254, 87262, 87273, 87281, 87296, 87309, 87323, 87341, 87352, 87365, 87378, 87393, 87408, 87430, 87445, 87456, 87469, 87485, 87505, 87515, 87524, 87535, 87546, 87560, 87565, 87572, 87580, 87592, 87604, 87623, 87636, 87650, 87665, 87684, 87704, 87717, 87737, 87748, 87753, 87759, 87772, 87790, 87805, 87825, 87836, 87854, 87867, 87877, 87891, 87903, 87914, 87933, 87943, 87954, 87964, 87977, 87991, 87999, 88011, 88018, 88027, 88036, 88054, 88071, 88093, 88110, 88121, 88146, 88171, 88190, 88213, 88223, 88231, 88241, 88262, 88280, 88298, 88316, 88336, 88351, 88367, 88383, 88397, 88412, 88425, 88438, 88450, 88455, 88469, 88481, 88495, 88517, 88537, 88559, 88573, 88588, 88594, 88601, 88611, 88621, 88632, 88645, 88648, 88652, 88660, 88666, 88675, 88684, 88694, 88706, 88709, 88713, 88726, 88745, 88764, 88774, 88785, 88803, 88819, 88839, 88847, 88870, 88898, 88904, 88926, 88955, 88969, 88984, 88997, 89014, 89037, 89058, 89083, 89096, 89107, 89127, 89145, 89167, 89188, 89207, 89230, 89249, 89266, 89287, 89309, 89329, 89353, 89368, 89389, 89408, 89431, 89447, 89461, 89479, 89492, 89506, 89520, 89532, 89548, 89556, 89584, 89610, 89640, 89658, 89674, 89699, 89722, 89749, 89775, 89799, 89827, 89851, 89873, 89899, 89926, 89951, 89980, 90000, 90026, 90050, 90078, 90095, 90110, 90129, 90139, 90155, 90169, 90187, 90207, 90229, 90238, 90243, 90253, 90267, 90282, 90305, 90330, 90346, 90361, 90381, 90404, 90431, 90448, 90466, 90488, 90500, 90509, 90522, 90536, 90558, 90582, 90597, 90618, 90634, 90654, 90673, 90692, 90711, 90727, 90744, 90761, 90780, 90794, 90812, 90829, 90846, 90863, 90877, 90892, 90907, 90927, 90942, 90961, 90979, 90997, 91015, 91030, 91046, 91062, 91072, 91108, 91114, 91126, 91131, 91143, 91157, 91170, 91185, 91193, 91202, 91212, 91229, 91245, 91253, 91262, 91272, 91285, 91289, 91307, 91339, 91359, 91387, 91407, 91422, 91441, 91459, 91477, 91495, 91510, 91526, 91542, 91560, 91573, 91590, 91606, 91622, 91638, 91651, 91665, 91679, 91691, 91710, 91724, 91742, 91759, 91776, 91793, 91807, 91822, 91837, 91845, 91856, 91881, 91894, 91915, 91926, 91933, 91940, 91949, 91971, 91997, 92016, 92035, 92056, 92083, 92103, 92123, 92145, 92160, 92175, 92192, 92217, 92235, 92253, 92273, 92284, 92294, 92302, 92317, 92337, 92354, 92368, 92382, 92399, 92415, 92428, 92441, 92460, 92475, 92487, 92491, 92500, 92507, 92513, 92521, 92539, 92563, 92587, 92610, 92631, 92656, 92669, 92697, 92730, 92741, 92768, 92802, 92821, 92841, 92859, 92881, 92902, 92921, 92944, 92962, 92981, 93000, 93017, 93038, 93051, 93073, 93093, 93117, 93132, 93153, 93172, 93195, 93220, 93247, 93261, 93268, 93276, 93285, 93293, 93310, 93326, 93347, 93363, 93373, 93397, 93421, 93439, 93461, 93469, 93478, 93492, 93507, 93520, 93534, 93547, 93561, 93576, 93590, 93606, 93623, 93638, 93654, 93674, 93695, 93717, 93730, 93744, 93761, 93779, 93798, 93807, 93817, 93836, 93847, 93860, 93879, 93899, 93916, 93934, 93954, 93975, 93994, 94014, 94032, 94052, 94074, 94097, 94110, 94124, 94137, 94145, 94161, 94182, 94206, 94234, 94252, 94271, 94294, 94307, 94314, 94323, 94350, 94374, 94400, 94426, 94455, 94463, 94478, 94488, 94500, 94514, 94527, 94538, 94549, 94567, 94580, 94595, 94612, 94628, 94642, 94653, 94671, 94684, 94699, 94716, 94732, 94746, 94752, 94762, 94779, 94791, 94805, 94821, 94836, 94849, 94855, 94868, 94886, 94907, 94932, 94947, 94963, 94983, 94993, 95007, 95024, 95045, 95069, 95090, 95111, 95127, 95137, 95156, 95174, 95184, 95195, 95202, 95211, 95217, 95224, 95234, 95245, 95257, 95266, 95276, 95290, 95301, 95313, 95321, 95330, 95340, 95358, 95381, 95407, 95437, 95457, 95478, 95503, 95518, 95527, 95545, 95568, 95594, 95624, 95644, 95665, 95690, 95705, 95718, 95724, 95735, 95749, 95759, 95773, 95785, 95799, 95809, 95823, 95834, 95848, 95861, 95877, 95897, 95920, 95940, 95960, 95975, 95980, 95987, 95993, 95997, 96000, 96005, 96012, 96015, 96026, 96033, 96046, 96053, 96061, 96077, 96095, 96105, 96116, 96131, 96145, 96160, 96177, 96194, 96224, 96236, 96249, 96257, 96264, 96281, 96302, 96321, 96339, 96355, 96373, 96388, 96402, 96423, 96442, 96460, 96476, 96494, 96506, 96520, 96541, 96560, 96578, 96594, 96612, 96634, 96654, 96673, 96690, 96709, 96720, 96731, 96741, 96750, 96761, 96766, 96772, 96781, 96785, 96792, 96797, 96807, 96818, 96833, 96849, 96869, 96890, 96896, 96920, 96942, 96959, 96984, 97004, 97030, 97051, 97080, 97104, 97131, 97153, 97183, 97208, 97235, 97257, 97287, 97312, 97337, 97357, 97385, 97408, 97437, 97461, 97493, 97520, 97550, 97575, 97608, 97636, 97666, 97691, 97724, 97752, 97763, 97774, 97787, 97797, 97809, 97816, 97829, 97847, 97867, 97882, 97901, 97919, 97937, 97955, 97970, 97986, 98002, 98020, 98033, 98050, 98066, 98082, 98098, 98111, 98125, 98139, 98151, 98170, 98184, 98202, 98219, 98236, 98253, 98267, 98282, 98297, 98308, 98314, 98320, 98327, 98338, 98349, 98367, 98379, 98392, 98406, 98417, 98435, 98447, 98466, 98482, 98494, 98513, 98522, 98532, 98553, 98570, 98591, 98613, 98628, 98650, 98655, 98666, 98679, 98691, 98700, 98711, 98726, 98743, 98759, 98772, 98787, 98793, 98806, 98821, 98830, 98840, 98855, 98867, 98881, 98895, 98912, 98925, 98935, 98947, 98959, 98974, 98996, 99016, 99034, 99057, 99076, 99096, 99126, 99154, 99180, 99211, 99238, 99266, 99298, 99328, 99356, 99389, 99418, 99448, 99484, 99518, 99550, 99587, 99620, 99654, 99666, 99687, 99707, 99732, 99752, 99766, 99794, 99822, 99846, 99868, 99888, 99913, 99934, 99956, 99978, 100006, 100032, 100056, 100085, 100110, 100136, 100162, 100170, 100180, 100191, 100206, 100222, 100242, 100263, 100270, 100277, 100291, 100302, 100312, 100316, 100330, 100345, 100352, 100367, 100383, 100391, 100399, 100410, 100432, 100450, 100472, 100495, 100511, 100534, 100548, 100573, 100594, 100619, 100645, 100664, 100690, 100695, 100718, 100740, 100751, 100759, 100768, 100780, 100791, 100811, 100833, 100850, 100870, 100888, 100907, 100924, 100935, 100946, 100958, 100972, 100982, 101006, 101032, 101053, 101068, 101083, 101099, 101117, 101137, 101161, 101180, 101196, 101216, 101231, 101242, 101254, 101268, 101280, 101291, 101302, 101320, 101335, 101349, 101360, 101375, 101395, 101418, 101445, 101462, 101480, 101502, 101514, 101535, 101553, 101570, 101584, 101592, 101601, 101608, 101616, 101624, 101633, 101645, 101657, 101668, 101680, 101693, 101706, 101720, 101738, 101757, 101769, 101782, 101808, 101833, 101862, 101876, 101890, 101913, 101940, 101967, 101998, 102023, 102044, 102075, 102105, 102139, 102158, 102186, 102218, 102250, 102286, 102316, 102342, 102372, 102396, 102418, 102445, 102476, 102499, 102524, 102546, 102573, 102592, 102614, 102630, 102647, 102677, 102707, 102729, 102753, 102779, 102807, 102822, 102831, 102843, 102856, 102872, 102888, 102903, 102919, 102936, 102953, 102971, 102993, 103016, 103032, 103049, 103076, 103100, 103124, 103148, 103174, 103195, 103217, 103239, 103259, 103280, 103299, 103318, 103336, 103349, 103363, 103374, 103386, 103399, 103419, 103440, 103459, 103479, 103500, 103517, 103535, 103548, 103562, 103579, 103589, 103600, 103615, 103631, 103651, 103672, 103679, 103687, 103696, 103714, 103735, 103753, 103777, 103801, 103829, 103862, 103889, 103923, 103940, 103959, 103984, 104011, 104025, 104036, 104048, 104063, 104078, 104092, 104107, 104123, 104139, 104156, 104177, 104199, 104214, 104230, 104248, 104270, 104292, 104299, 104316, 104339, 104362, 104376, 104391, 104409, 104424, 104440, 104467, 104499, 104525, 104558, 104574, 104591, 104605, 104620, 104639, 104659, 104683, 104708, 104728, 104749, 104767, 104791, 104817, 104824, 104834, 104845, 104860, 104875, 104891, 104908, 104924, 104936, 104957, 104977, 104996, 105002, 105013, 105023, 105033, 105045, 105056, 105067, 105072, 105076, 105081, 105093, 105110, 105117, 105128, 105148, 105170, 105187, 105207, 105225, 105244, 105261, 105272, 105283, 105295, 105309, 105319, 105343, 105369, 105390, 105405, 105420, 105436, 105454, 105474, 105498, 105517, 105533, 105553, 105568, 105580, 105593, 105607, 105618, 105630, 105644, 105656, 105667, 105679, 105685, 105703, 105718, 105732, 105743, 105758, 105769, 105780, 105793, 105813, 105827, 105839, 105854, 105865, 105881, 105894, 105903, 105911, 105922, 105929, 105939, 105950, 105962, 105971, 105980, 105983, 105992, 105996, 106015, 106026, 106048, 106066, 106088, 106111, 106127, 106150, 106162, 106175, 106199, 106219, 106243, 106268, 106286, 106311, 106320, 106333, 106347, 106354, 106361, 106372, 106384, 106392, 106404, 106417, 106434, 106448, 106461, 106471, 106478, 106496, 106510, 106528, 106547, 106559, 106578, 106594, 106614, 106634, 106638, 106643, 106652, 106661, 106671, 106682, 106692, 106709, 106727, 106746, 106764, 106780, 106794, 106811, 106829, 106848, 106866, 106882, 106896, 106902, 106909, 106920, 106939, 106955, 106968, 106979, 106994, 107005, 107017, 107024, 107039, 107059, 107082, 107109, 107126, 107144, 107166, 107178, 107190, 107206, 107223, 107234, 107241, 107255, 107268, 107275, 107284, 107308, 107329, 107348, 107369, 107390, 107412, 107435, 107452, 107470, 107489, 107504, 107518, 107537, 107553, 107570, 107588, 107603, 107619, 107635, 107649, 107664, 107680, 107687, 107694, 107701, 107708, 107720, 107736, 107752, 107768, 107786, 107804, 107822, 107832, 107843, 107857, 107871, 107884, 107898, 107913, 107928, 107944, 107964, 107985, 107999, 108014, 108023, 108033, 108046, 108059, 108071, 108086, 108099, 108113, 108127, 108142, 108161, 108181, 108194, 108208, 108218, 108229, 108243, 108261, 108275, 108288, 108302, 108317, 108334, 108349, 108365, 108385, 108406, 108420, 108435, 108443, 108455, 108465, 108475, 108486, 108496, 108504, 108523, 108539, 108552, 108565, 108580, 108600, 108617, 108634, 108653, 108673, 108693, 108709, 108722, 108742, 108751, 108761, 108782, 108799, 108820, 108842, 108857, 108879, 108887, 108894, 108902, 108914, 108926, 108939, 108953, 108966, 108975, 108991, 109002, 109013, 109025, 109032, 109040, 109052, 109064, 109077, 109091, 109104, 109111, 109119, 109131, 109143, 109156, 109170, 109183, 109191, 109200, 109210, 109224, 109245, 109266, 109284, 109310, 109337, 109364, 109388, 109420, 109444, 109462, 109476, 109497, 109518, 109536, 109562, 109589, 109616, 109640, 109672, 109696, 109717, 109735, 109753, 109768, 109785, 109803, 109820, 109838, 109851, 109866, 109880, 109899, 109914, 109930, 109946, 109969, 109992, 110012, 110040, 110069, 110098, 110124, 110158, 110184, 110204, 110230, 110245, 110264, 110278, 110294, 110316, 110329, 110344, 110362, 110392, 110412, 110425, 110448, 110471, 110497, 110517, 110545, 110570, 110590, 110605, 110624, 110642, 110657, 110674, 110691, 110709, 110726, 110741, 110759, 110778, 110796, 110810, 110825, 110840, 110854, 110875, 110890, 110906, 110921, 110943, 110966, 110992, 111017, 111042, 111066, 111085, 111103, 111121, 111140, 111155, 111177, 111190, 111207, 111224, 111248, 111266, 111285, 111305, 111329, 111354, 111372, 111397, 111402, 111408, 111418, 111428, 111439, 111451, 111462, 111469, 111484, 111498, 111512, 111528, 111543, 111558, 111571, 111583, 111595, 111609, 111622, 111635, 111651, 111666, 111681, 111695, 111708, 111721, 111736, 111749, 111760, 111776, 111788, 111801, 111824, 111845, 111864, 111888, 111908, 111929, 111954, 111977, 111998, 112024, 112046, 112069, 112098, 112125, 112150, 112180, 112206, 112233, 112239, 112246, 112259, 112275, 112288, 112305, 112323, 112345, 112367, 112390, 112414, 112429, 112441, 112455, 112470, 112489, 112508, 112528, 112549, 112569, 112582, 112596, 112614, 112632, 112651, 112671, 112690, 112713, 112732, 112756, 112770, 112787, 112798, 112813, 112827, 112842, 112860, 112872, 112886, 112903, 112914, 112926, 112942, 112958, 112975, 112993, 113010, 113022, 113037, 113048, 113063, 113077, 113091, 113106, 113119, 113134, 113145, 113160, 113177, 113189, 113204, 113216, 113231, 113243, 113258, 113276, 113295, 113318, 113341, 113365, 113390, 113407, 113422, 113435, 113453, 113467, 113482, 113492, 113511, 113529, 113552, 113570, 113582, 113608, 113634, 113654, 113678, 113699, 113718, 113735, 113757, 113775, 113794, 113809, 113825, 113838, 113852, 113856, 113861, 113872, 113886, 113897, 113913, 113930, 113951, 113972, 113994, 114017, 114039, 114054, 114070, 114090, 114110, 114131, 114153, 114166, 114176, 114188, 114201, 114218, 114235, 114253, 114272, 114290, 114301, 114313, 114329, 114345, 114362, 114380, 114397, 114418, 114435, 114457, 114469, 114484, 114493, 114506, 114518, 114531, 114547, 114557, 114569, 114584, 114593, 114603, 114617, 114631, 114646, 114662, 114677, 114687, 114700, 114709, 114722, 114734, 114746, 114759, 114770, 114783, 114792, 114805, 114820, 114830, 114843, 114853, 114866, 114876, 114889, 114905, 114922, 114943, 114964, 114986, 115009, 115015, 115019, 115024, 115041, 115055, 115068, 115081, 115090, 115101, 115111, 115121, 115130, 115139, 115148, 115162, 115172, 115179, 115184, 115191, 115198, 115203, 115211, 115221, 115225, 115230, 115245, 115253, 115266, 115277, 115296, 115308, 115325, 115340, 115354, 115364, 115380, 115389, 115403, 115415, 115435, 115448, 115466, 115482, 115497, 115508, 115515, 115521, 115526, 115550, 115572, 115598, 115612, 115624, 115645, 115664, 115687, 115709, 115729, 115753, 115773, 115791, 115813, 115836, 115857, 115882, 115898, 115920, 115940, 115964, 115971, 115979, 115994, 116014, 116031, 116053, 116066, 116086, 116101, 116113, 116129, 116143, 116156, 116177, 116189, 116202, 116207, 116211, 116226, 116244, 116266, 116291, 116313, 116335, 116352, 116357, 116363, 116378, 116384, 116398, 116411, 116424, 116437, 116449, 116461, 116467, 116475, 116484, 116490, 116495, 116503, 116512, 116530, 116545, 116559, 116570, 116590, 116607, 116623, 116636, 116644, 116660, 116679, 116702, 116728, 116751, 116774, 116792, 116799, 116817, 116833, 116844, 116863, 116877, 116897, 116912, 116935, 116953, 116974, 116990, 117014, 117033, 117045, 117066, 117082, 117106, 117125, 117138, 117150, 117162, 117176, 117185, 117205, 117223, 117236, 117257, 117273, 117295, 117312, 117337, 117357, 117380, 117398, 117424, 117445, 117459, 117482, 117500, 117526, 117547, 117561, 117575, 117588, 117602, 117616, 117629, 117647, 117663, 117685, 117704, 117724, 117739, 117755, 117773, 117792, 117806, 117826, 117847, 117860, 117874, 117880, 117887, 117898, 117910, 117926, 117943, 117949, 117966, 117979, 117996, 118014, 118025, 118043, 118051, 118070, 118085, 118104, 118124, 118137, 118157, 118163, 118174, 118186, 118211, 118234, 118261, 118276, 118289, 118311, 118331, 118355, 118378, 118399, 118424, 118445, 118464, 118487, 118511, 118533, 118559, 118576, 118599, 118620, 118645, 118656, 118666, 118686, 118712, 118738, 118763, 118786, 118813, 118828, 118858, 118893, 118906, 118935, 118971, 118992, 119014, 119034, 119058, 119081, 119102, 119127, 119147, 119168, 119189, 119208, 119231, 119246, 119270, 119292, 119318, 119335, 119358, 119379, 119404, 119431, 119460, 119476, 119480, 119485, 119495, 119517, 119536, 119558, 119575, 119610, 119639, 119647, 119664, 119684, 119702, 119718, 119739, 119756, 119774, 119802, 119828, 119852, 119881, 119906, 119932, 119962, 119990, 120016, 120047, 120074, 120102, 120136, 120168, 120198, 120233, 120264, 120296, 120306, 120325, 120343, 120366, 120384, 120396, 120422, 120448, 120470, 120490, 120508, 120531, 120550, 120570, 120590, 120616, 120640, 120662, 120689, 120712, 120736, 120760, 120766, 120776, 120787, 120806, 120827, 120839, 120848, 120858, 120869, 120884, 120904, 120927, 120954, 120971, 120989, 121011, 121023, 121031, 121042, 121051, 121057, 121064, 121070, 121078, 121084, 121091, 121098, 121106, 121130, 121155, 121167, 121180, 121197, 121215, 121221, 121231, 121237, 121245, 121252, 121261, 121274, 121292, 121307, 121327, 121338, 121356, 121369, 121379, 121393, 121405, 121416, 121435, 121445, 121456, 121460, 121478, 121493, 121507, 121518, 121535, 121545, 121557, 121564, 121576, 121588, 121603, 121620, 121637, 121657, 121676, 121693, 121708, 121728, 121744, 121761, 121788, 121813, 121836, 121864, 121888, 121913, 121942, 121969, 121994, 122024, 122050, 122077, 122110, 122141, 122170, 122204, 122234, 122265, 122284, 122307, 122323, 122339, 122357, 122381, 122398, 122415, 122434, 122443, 122455, 122473, 122489, 122501, 122524, 122545, 122559, 122577, 122594, 122616, 122633, 122644, 122669, 122694, 122716, 122731, 122746, 122763, 122784, 122803, 122820, 122842, 122860, 122879, 122898, 122923, 122946, 122967, 122993, 123015, 123038, 123061, 123078, 123101, 123118, 123133, 123151, 123170, 123189, 123195, 123204, 123214, 123220, 123227, 123244, 123261, 123279, 123298, 123309, 123327, 123345, 123360, 123383, 123407, 123431, 123452, 123481, 123502, 123517, 123528, 123546, 123564, 123579, 123602, 123626, 123650, 123671, 123700, 123721, 123739, 123754, 123769, 123781, 123795, 123810, 123824, 123839, 123849, 123861, 123872, 123888, 123900, 123913, 123926, 123946, 123966, 123983, 124008, 124034, 124060, 124083, 124114, 124137, 124154, 124177, 124189, 124205, 124216, 124229, 124248, 124258, 124270, 124285, 124312, 124329, 124339, 124359, 124379, 124402, 124419, 124444, 124466, 124483, 124495, 124511, 124526, 124538, 124552, 124566, 124581, 124595, 124607, 124622, 124638, 124653, 124664, 124676, 124688, 124699, 124717, 124729, 124742, 124754, 124773, 124793, 124816, 124838, 124860, 124881, 124897, 124912, 124927, 124943, 124955, 124974, 124985, 125000, 125015, 125037, 125053, 125070, 125088, 125110, 125133, 125149, 125172, 125178, 125185, 125192, 125212, 125234, 125255, 125273, 125293, 125317, 125343, 125368, 125390, 125414, 125436, 125460, 125483, 125503, 125525, 125551, 125579, 125606, 125630, 125656, 125666, 125674, 125693, 125723, 125749, 125779, 125810, 125834, 125865, 125882, 125910, 125934, 125962, 125991, 126020, 126033, 126044, 126055, 126067, 126083, 126100, 126119, 126142, 126165, 126182, 126200, 126218, 126235, 126251, 126267, 126282, 126299, 126317, 126339, 126358, 126374, 126392, 126411, 126430, 126446, 126464, 126480, 126494, 126509, 126526, 126545, 126562, 126583, 126604, 126623, 126644, 126660, 126669, 126682, 126692, 126706, 126726, 126740, 126752, 126767, 126783, 126799, 126804, 126816, 126833, 126853, 126877, 126891, 126906, 126925, 126934, 126948, 126963, 126978, 126996, 127016, 127036, 127059, 127070, 127092, 127110, 127132, 127155, 127171, 127194, 127214, 127229, 127252, 127270, 127294, 127313, 127340, 127362, 127387, 127407, 127435, 127458, 127483, 127503, 127531, 127554, 127565, 127587, 127605, 127627, 127650, 127673, 127688, 127714, 127736, 127762, 127789, 127809, 127836, 127844, 127849, 127861, 127878, 127896, 127918, 127940, 127963, 127987, 128010, 128025, 128044, 128066, 128085, 128104, 128118, 128123, 128129, 128142, 128160, 128181, 128206, 128221, 128237, 128257, 128267, 128273, 128286, 128291, 128298, 128310, 128324, 128337, 128347, 128359, 128375, 128393, 128410, 128424, 128440, 128444, 128453, 128463, 128468, 128480, 128493, 128501, 128518, 128537, 128551, 128568, 128583, 128599, 128613, 128621, 128629, 128638, 128649, 128656, 128677, 128700, 128718, 128730, 128742, 128755, 128770, 128787, 128808, 128824, 128837, 128854, 128866, 128874, 128883, 128894, 128903, 128908, 128914, 128927, 128943, 128963, 128986, 129006, 129026, 129041, 129056, 129076, 129099, 129126, 129143, 129161, 129183, 129195, 129202, 129213, 129225, 129238, 129249, 129261, 129276, 129291, 129305, 129320, 129336, 129352, 129369, 129390, 129412, 129427, 129443, 129452, 129462, 129472, 129483, 129497, 129511, 129524, 129538, 129553, 129568, 129584, 129604, 129625, 129639, 129654, 129660, 129667, 129675, 129684, 129696, 129708, 129719, 129731, 129744, 129757, 129771, 129789, 129808, 129820, 129833, 129842, 129852, 129865, 129878, 129890, 129903, 129917, 129931, 129946, 129965, 129985, 129998, 130012, 130022, 130033, 130047, 130061, 130074, 130088, 130103, 130118, 130134, 130154, 130175, 130189, 130204, 130208, 130213, 130219, 130226, 130238, 130246, 130253, 130262, 130279, 130296, 130316, 130338, 130360, 130385, 130392, 130401, 130408, 130415, 130432, 130445, 130458, 130475, 130488, 130507, 130519, 130528, 130536, 130546, 130566, 130582, 130598, 130618, 130634, 130656, 130671, 130682, 130692, 130702, 130714, 130725, 130736, 130740, 130746, 130753, 130768, 130779, 130800, 130814, 130833, 130844, 130862, 130878, 130896, 130909, 130929, 130947, 130962, 130983, 130995, 131014, 131033, 131053, 131067, 131082, 131098, 131109, 131124, 131140, 131153, 131167, 131182, 131196, 131208, 131220, 131233, 131246, 131261, 131272, 131292, 131303, 131315, 131331, 131344, 131363, 131375, 131396, 131409, 131424, 131439, 131444, 131457, 131469, 131481, 131495, 131508, 131521, 131528, 131533, 131544, 131558, 131572, 131587, 131600, 131611, 131624, 131639, 131652, 131663, 131680, 131698, 131706, 131722, 131741, 131754, 131769, 131784, 131799, 131814, 131827, 131842, 131855, 131867, 131884, 131899, 131909, 131919, 131929, 131944, 131955, 131965, 131980, 131995, 132016, 132034, 132047, 132060, 132073, 132081, 132096, 132114, 132133, 132158, 132175, 132192, 132209, 132228, 132251, 132274, 132291, 132318, 132343, 132362, 132380, 132399, 132412, 132435, 132456, 132468, 132480, 132495, 132506, 132519, 132533, 132537, 132562, 132587, 132612, 132631, 132653, 132671, 132695, 132711, 132727, 132743, 132761, 132783, 132811, 132831, 132851, 132871, 132893, 132919, 132945, 132965, 132995, 133023, 133045, 133067, 133083, 133109, 133133, 133149, 133162, 133181, 133200, 133219, 133232, 133248, 133268, 133288, 133308, 133322, 133339, 133359, 133385, 133403, 133421, 133439, 133459, 133483, 133513, 133535, 133557, 133579, 133603, 133631, 133659, 133681, 133713, 133743, 133767, 133791, 133809, 133837, 133863, 133869, 133877, 133886, 133897, 133903, 133910, 133921, 133932, 133944, 133957, 133969, 133982, 133993, 134006, 134018, 134031, 134044, 134057, 134069, 134084, 134099, 134114, 134120, 134127, 134138, 134156, 134174, 134189, 134212, 134236, 134260, 134281, 134310, 134331, 134346, 134357, 134375, 134393, 134408, 134431, 134455, 134479, 134500, 134529, 134550, 134568, 134583, 134598, 134610, 134624, 134639, 134653, 134668, 134678, 134690, 134701, 134717, 134729, 134742, 134755, 134775, 134795, 134812, 134837, 134863, 134889, 134912, 134943, 134966, 134983, 135006, 135018, 135034, 135045, 135058, 135077, 135087, 135099, 135114, 135141, 135158, 135168, 135188, 135208, 135231, 135248, 135273, 135295, 135312, 135324, 135340, 135355, 135367, 135381, 135395, 135410, 135424, 135436, 135451, 135467, 135482, 135493, 135505, 135517, 135528, 135546, 135558, 135571, 135583, 135602, 135614, 135627, 135638, 135651, 135666, 135678, 135698, 135721, 135743, 135765, 135786, 135802, 135817, 135832, 135848, 135860, 135879, 135887, 135895, 135907, 135919, 135932, 135946, 135962, 135975, 135989, 136008, 136016, 136025, 136038, 136051, 136071, 136085, 136100, 136116, 136136, 136157, 136171, 136192, 136201, 136210, 136218, 136231, 136250, 136261, 136272, 136283, 136289, 136302, 136319, 136342, 136357, 136372, 136387, 136404, 136425, 136446, 136461, 136486, 136509, 136526, 136543, 136554, 136575, 136594, 136604, 136609, 136617, 136620, 136639, 136660, 136667, 136675, 136690, 136700, 136712, 136726, 136739, 136750, 136767, 136782, 136795, 136809, 136822, 136841, 136861, 136880, 136898, 136918, 136938, 136957, 136975, 136997, 137013, 137030, 137048, 137064, 137078, 137093, 137107, 137127, 137148, 137168, 137187, 137208, 137229, 137249, 137268, 137291, 137308, 137323, 137334, 137352, 137365, 137380, 137397, 137413, 137427, 137440, 137451, 137462, 137480, 137493, 137508, 137525, 137541, 137555, 137567, 137578, 137595, 137613, 137630, 137646, 137665, 137682, 137697, 137713, 137728, 137749, 137771, 137792, 137812, 137834, 137856, 137877, 137897, 137921, 137939, 137949, 137966, 137978, 137992, 138008, 138023, 138036, 138054, 138072, 138089, 138105, 138125, 138139, 138153, 138168, 138185, 138206, 138227, 138242, 138258, 138274, 138289, 138303, 138317, 138330, 138345, 138361, 138381, 138398, 138412, 138428, 138445, 138462, 138476, 138492, 138506, 138518, 138531, 138546, 138563, 138578, 138597, 138616, 138633, 138652, 138666, 138675, 138681, 138698, 138719, 138740, 138753, 138764, 138776, 138780, 138787, 138797, 138808, 138819, 138837, 138850, 138864, 138876, 138890, 138902, 138912, 138919, 138927, 138949, 138964, 138984, 139003, 139022, 139041, 139063, 139076, 139096, 139117, 139133, 139150, 139166, 139183, 139197, 139212, 139228, 139242, 139256, 139277, 139289, 139302, 139315, 139329, 139350, 139371, 139399, 139422, 139446, 139468, 139492, 139514, 139534, 139548, 139569, 139590, 139618, 139641, 139665, 139687, 139711, 139733, 139753, 139761, 139776, 139792, 139809, 139829, 139850, 139869, 139889, 139907, 139926, 139942, 139959, 139977, 139992, 140008, 140025, 140043, 140048, 140054, 140073, 140091, 140105, 140120, 140139, 140160, 140180, 140187, 140205, 140224, 140245, 140270, 140295, 140314, 140334, 140354, 140373, 140391, 140409, 140426, 140445, 140465, 140489, 140510, 140528, 140548, 140569, 140590, 140608, 140628, 140646, 140662, 140679, 140698, 140719, 140738, 140761, 140784, 140805, 140828, 140846, 140861, 140876, 140896, 140919, 140946, 140963, 140981, 141003, 141015, 141031, 141052, 141066, 141076, 141087, 141098, 141116, 141139, 141165, 141195, 141215, 141236, 141261, 141276, 141288, 141299, 141311, 141326, 141341, 141355, 141370, 141386, 141402, 141419, 141440, 141462, 141477, 141493, 141505, 141518, 141540, 141556, 141576, 141604, 141632, 141648, 141663, 141681, 141713, 141750, 141776, 141792, 141809, 141840, 141878, 141897, 141914, 141932, 141957, 141980, 142002, 142025, 142041, 142058, 142079, 142101, 142127, 142156, 142184, 142215, 142242, 142253, 142261, 142270, 142280, 142290, 142300, 142313, 142324, 142336, 142347, 142361, 142370, 142393, 142413, 142433, 142453, 142475, 142492, 142510, 142528, 142544, 142561, 142576, 142591, 142605, 142624, 142641, 142656, 142672, 142687, 142708, 142730, 142751, 142771, 142793, 142815, 142836, 142856, 142880, 142898, 142918, 142936, 142952, 142969, 142985, 143007, 143030, 143052, 143073, 143096, 143119, 143141, 143162, 143187, 143206, 143223, 143238, 143251, 143265, 143278, 143297, 143317, 143336, 143354, 143375, 143394, 143411, 143429, 143446, 143469, 143493, 143516, 143538, 143562, 143586, 143609, 143631, 143657, 143677, 143697, 143717, 143736, 143754, 143776, 143792, 143810, 143824, 143838, 143854, 143877, 143894, 143909, 143927, 143941, 143960, 143976, 143986, 143994, 144005, 144012, 144019, 144029, 144034, 144040, 144056, 144067, 144084, 144105, 144120, 144137, 144158, 144180, 144195, 144217, 144227, 144243, 144250, 144256, 144264, 144267, 144279, 144290, 144305, 144321, 144342, 144358, 144378, 144397, 144416, 144435, 144451, 144468, 144485, 144504, 144518, 144536, 144553, 144570, 144587, 144601, 144616, 144631, 144649, 144661, 144671, 144682, 144695, 144710, 144724, 144739, 144759, 144774, 144793, 144811, 144829, 144847, 144862, 144878, 144894, 144904, 144919, 144931, 144948, 144965, 144995, 145007, 145035, 145057, 145070, 145077, 145083, 145116, 145138, 145168, 145190, 145217, 145224, 145249, 145263, 145285, 145299, 145318, 145332, 145348, 145365, 145374, 145401, 145417, 145441, 145457, 145478, 145487, 145496, 145506, 145534, 145551, 145576, 145593, 145615, 145624, 145651, 145667, 145691, 145707, 145728, 145738, 145753, 145766, 145781, 145784, 145788, 145798, 145803, 145812, 145825, 145829, 145835, 145840, 145859, 145864, 145873, 145878, 145884, 145891, 145898, 145902, 145907, 145913, 145918, 145926, 145936, 145946, 145956, 145967, 145977, 145988, 145993, 145997, 146006, 146016, 146030, 146044, 146059, 146075, 146084, 146092, 146101, 146106, 146122, 146134, 146150, 146167, 146177, 146194, 146201, 146209, 146219, 146229, 146240, 146252, 146267, 146282, 146296, 146311, 146327, 146343, 146360, 146381, 146403, 146418, 146434, 146445, 146451, 146460, 146475, 146481, 146488, 146499, 146511, 146527, 146544, 146561, 146566, 146570, 146575, 146582, 146597, 146616, 146635, 146657, 146683, 146702, 146721, 146742, 146769, 146789, 146809, 146831, 146846, 146861, 146878, 146903, 146921, 146939, 146959, 146965, 146969, 146974, 146979, 146987, 146993, 147000, 147008, 147015, 147021, 147029, 147037, 147047, 147057, 147061, 147078, 147083, 147092, 147102, 147106, 147122, 147135, 147150, 147165, 147183, 147192, 147200, 147208, 147214, 147222, 147237, 147255, 147277, 147299, 147310, 147317, 147325, 147337, 147350, 147371, 147391, 147402, 147418, 147435, 147456, 147479, 147501, 147509, 147518, 147536, 147560, 147584, 147612, 147645, 147667, 147694, 147728, 147749, 147768, 147785, 147803, 147825, 147850, 147874, 147901, 147924, 147943, 147959, 147975, 147991, 148009, 148022, 148036, 148050, 148062, 148075, 148086, 148097, 148107, 148116, 148122, 148129, 148133, 148138, 148150, 148167, 148173, 148180, 148190, 148201, 148217, 148230, 148244, 148262, 148281, 148304, 148328, 148342, 148359, 148375, 148387, 148405, 148413, 148422, 148435, 148449, 148467, 148486, 148508, 148514, 148521, 148532, 148544, 148560, 148577, 148581, 148598, 148612, 148628, 148644, 148663, 148678, 148690, 148704, 148718, 148735, 148755, 148774, 148795, 148815, 148835, 148856, 148873, 148889, 148907, 148924, 148941, 148959, 148976, 148992, 149010, 149027, 149044, 149062, 149088, 149113, 149140, 149166, 149192, 149219, 149246, 149272, 149300, 149327, 149354, 149382, 149395, 149408, 149424, 149435, 149447, 149466, 149484, 149504, 149523, 149542, 149562, 149577, 149592, 149610, 149623, 149637, 149665, 149692, 149721, 149749, 149777, 149806, 149821, 149835, 149851, 149866, 149881, 149897, 149910, 149924, 149936, 149950, 149964, 149977, 149994, 150006, 150019, 150032, 150046, 150061, 150076, 150094, 150107, 150121, 150133, 150144, 150157, 150169, 150181, 150194, 150207, 150219, 150233, 150246, 150259, 150273, 150293, 150312, 150333, 150353, 150373, 150394, 150406, 150419, 150433, 150446, 150457, 150466, 150473, 150481, 150490, 150499, 150519, 150539, 150552, 150570, 150591, 150616, 150631, 150647, 150667, 150677, 150686, 150693, 150701, 150713, 150725, 150738, 150752, 150765, 150772, 150790, 150804, 150822, 150841, 150853, 150872, 150883, 150905, 150923, 150945, 150968, 150984, 151007, 151012, 151018, 151030, 151045, 151059, 151070, 151082, 151095, 151112, 151129, 151147, 151166, 151184, 151197, 151213, 151223, 151237, 151251, 151268, 151278, 151289, 151304, 151319, 151335, 151352, 151368, 151381, 151397, 151408, 151422, 151432, 151446, 151459, 151472, 151484, 151498, 151508, 151522, 151538, 151549, 151563, 151574, 151588, 151599, 151613, 151622, 151632, 151646, 151660, 151675, 151691, 151706, 151718, 151736, 151748, 151758, 151771, 151785, 151799, 151804, 151823, 151837, 151851, 151870, 151879, 151894, 151910, 151919, 151934, 151943, 151960, 151978, 151994, 152010, 152027, 152044, 152062, 152084, 152106, 152129, 152153, 152176, 152192, 152209, 152230, 152251, 152273, 152296, 152318, 152344, 152366, 152393, 152408, 152424, 152441, 152459, 152474, 152492, 152505, 152518, 152542, 152562, 152587, 152600, 152616, 152626, 152637, 152654, 152672, 152694, 152716, 152739, 152763, 152786, 152797, 152808, 152823, 152844, 152852, 152870, 152883, 152897, 152910, 152925, 152935, 152947, 152959, 152971, 152985, 152999, 153012, 153019, 153030, 153039, 153049, 153057, 153063, 153074, 153084, 153091, 153101, 153116, 153133, 153142, 153152, 153158, 153172, 153185, 153199, 153215, 153231, 153260, 153271, 153283, 153290, 153298, 153310, 153322, 153335, 153349, 153362, 153374, 153393, 153410, 153425, 153438, 153456, 153470, 153485, 153503, 153525, 153550, 153573, 153594, 153620, 153642, 153665, 153692, 153717, 153740, 153768, 153792, 153817, 153848, 153877, 153904, 153936, 153964, 153993, 154010, 154031, 154045, 154059, 154075, 154097, 154112, 154127, 154144, 154151, 154161, 154168, 154184, 154204, 154224, 154248, 154266, 154280, 154290, 154311, 154330, 154342, 154358, 154376, 154391, 154411, 154423, 154438, 154447, 154457, 154480, 154503, 154523, 154536, 154549, 154564, 154583, 154600, 154615, 154635, 154651, 154668, 154685, 154708, 154729, 154748, 154772, 154792, 154813, 154834, 154843, 154855, 154873, 154891, 154913, 154940, 154961, 154989, 155002, 155021, 155042, 155050, 155054, 155076, 155100, 155116, 155133, 155154, 155174, 155195, 155218, 155241, 155277, 155295, 155314, 155319, 155326, 155340, 155359, 155381, 155407, 155423, 155440, 155461, 155472, 155475, 155479, 155482, 155494, 155505, 155522, 155538, 155550, 155561, 155572, 155576, 155581, 155590, 155599, 155609, 155620, 155630, 155638, 155645, 155657, 155666, 155673, 155681, 155696, 155708, 155723, 155733, 155761, 155783, 155794, 155799, 155811, 155828, 155842, 155853, 155864, 155878, 155891, 155901, 155911, 155927, 155939, 155961, 155980, 155999, 156018, 156039, 156055, 156072, 156089, 156104, 156120, 156134, 156148, 156161, 156167, 156177, 156185, 156197, 156211, 156223, 156231, 156237, 156244, 156249, 156264, 156284, 156307, 156334, 156351, 156369, 156391, 156403, 156409, 156423, 156437, 156449, 156462, 156481, 156503, 156529, 156545, 156562, 156583, 156594, 156602, 156614, 156622, 156631, 156654, 156670, 156691, 156711, 156729, 156749, 156769, 156792, 156806, 156827, 156849, 156865, 156882, 156900, 156913, 156930, 156948, 156963, 156979, 156996, 157010, 157025, 157040, 157062, 157075, 157089, 157103, 157109, 157116, 157131, 157139, 157147, 157163, 157174, 157180, 157187, 157201, 157212, 157232, 157256, 157273, 157299, 157307, 157316, 157329, 157342, 157356, 157371, 157385, 157396, 157404, 157413, 157426, 157439, 157459, 157473, 157488, 157512, 157528, 157548, 157565, 157586, 157612, 157626, 157647, 157672, 157690, 157717, 157727, 157738, 157753, 157768, 157790, 157806, 157823, 157849, 157867, 157889, 157908, 157931, 157959, 157975, 157998, 158006, 158015, 158028, 158041, 158055, 158070, 158084, 158106, 158125, 158143, 158158, 158162, 158167, 158176, 158186, 158193, 158209, 158226, 158244, 158261, 158276, 158289, 158305, 158322, 158340, 158357, 158372, 158385, 158402, 158420, 158439, 158457, 158473, 158487, 158493, 158500, 158508, 158525, 158544, 158562, 158577, 158594, 158615, 158638, 158660, 158679, 158700, 158719, 158740, 158760, 158777, 158796, 158819, 158844, 158868, 158889, 158912, 158923, 158931, 158940, 158949, 158959, 158963, 158968, 158974, 158978, 158987, 158996, 159004, 159012, 159022, 159031, 159040, 159045, 159052, 159071, 159091, 159115, 159139, 159164, 159190, 159215, 159229, 159244, 159263, 159282, 159302, 159323, 159343, 159357, 159372, 159391, 159410, 159430, 159451, 159471, 159479, 159485, 159495, 159514, 159532, 159555, 159573, 159585, 159611, 159637, 159657, 159681, 159690, 159700, 159718, 159727, 159744, 159766, 159791, 159820, 159839, 159859, 159883, 159897, 159903, 159910, 159918, 159926, 159935, 159947, 159957, 159964, 159972, 159981, 159986, 159989, 159994, 160000, 160004, 160009, 160014, 160022, 160037, 160051, 160056, 160063, 160071, 160080, 160093, 160107, 160125, 160144, 160150, 160157, 160163, 160167, 160174, 160180, 160187, 160205, 160220, 160235, 160250, 160267, 160279, 160292, 160305, 160316, 160328, 160338, 160348, 160357, 160365, 160374, 160383, 160393, 160410, 160432, 160456, 160471, 160493, 160511, 160527, 160550, 160564, 160579, 160587, 160591, 160596, 160603, 160612, 160628, 160649, 160667, 160690, 160704, 160725, 160741, 160754, 160771, 160786, 160800, 160822, 160835, 160849, 160859, 160870, 160885, 160901, 160921, 160942, 160948, 160961, 160971, 160990, 160995, 161001, 161014, 161032, 161047, 161067, 161078, 161096, 161109, 161119, 161133, 161145, 161156, 161175, 161185, 161194, 161205, 161213, 161235, 161254, 161273, 161292, 161313, 161324, 161336, 161349, 161365, 161382, 161399, 161414, 161430, 161444, 161458, 161471, 161479, 161489, 161500, 161511, 161522, 161534, 161549, 161568, 161583, 161597, 161612, 161628, 161646, 161662, 161679, 161700, 161722, 161737, 161753, 161761, 161772, 161787, 161805, 161827, 161852, 161874, 161896, 161913, 161919, 161926, 161942, 161952, 161974, 161996, 162006, 162015, 162041, 162072, 162092, 162104, 162117, 162127, 162138, 162163, 162195, 162210, 162224, 162235, 162247, 162266, 162283, 162299, 162316, 162326, 162337, 162352, 162368, 162388, 162411, 162433, 162458, 162479, 162487, 162504, 162515, 162538, 162561, 162572, 162582, 162609, 162641, 162652, 162664, 162690, 162723, 162735, 162748, 162766, 162783, 162801, 162812, 162824, 162848, 162874, 162885, 162897, 162908, 162918, 162926, 162935, 162944, 162952, 162970, 162985, 162999, 163010, 163017, 163021, 163024, 163033, 163043, 163057, 163071, 163086, 163102, 163117, 163127, 163142, 163156, 163164, 163170, 163190, 163209, 163228, 163249, 163269, 163289, 163306, 163322, 163338, 163356, 163373, 163390, 163407, 163423, 163441, 163458, 163466, 163470, 163481, 163495, 163510, 163529, 163548, 163568, 163589, 163609, 163615, 163622, 163630, 163635, 163656, 163678, 163701, 163709, 163715, 163734, 163750, 163766, 163782, 163800, 163813, 163827, 163841, 163853, 163866, 163877, 163888, 163898, 163909, 163919, 163926, 163934, 163942, 163949, 163958, 163968, 163980, 163991, 164002, 164015, 164027, 164039, 164053, 164060, 164068, 164077, 164084, 164100, 164119, 164135, 164157, 164179, 164205, 164236, 164261, 164293, 164308, 164325, 164348, 164373, 164385, 164399, 164406, 164412, 164419, 164426, 164432, 164438, 164445, 164451, 164458, 164463, 164471, 164477, 164492, 164512, 164521, 164534, 164546, 164553, 164572, 164588, 164603, 164615, 164623, 164632, 164639, 164659, 164676, 164692, 164705, 164727, 164746, 164764, 164779, 164788, 164794, 164802, 164812, 164822, 164827, 164833, 164840, 164859, 164882, 164898, 164914, 164932, 164956, 164973, 164990, 165009, 165021, 165035, 165047, 165061, 165083, 165098, 165113, 165130, 165140, 165151, 165161, 165168, 165176, 165192, 165207, 165216, 165231, 165249, 165266, 165281, 165298, 165317, 165334, 165349, 165361, 165381, 165404, 165421, 165440, 165459, 165478, 165497, 165514, 165533, 165550, 165566, 165587, 165606, 165620, 165634, 165648, 165667, 165682, 165690, 165699, 165716, 165732, 165748, 165769, 165793, 165821, 165839, 165858, 165881, 165894, 165912, 165927, 165941, 165952, 165974, 165993, 166011, 166026, 166034, 166044, 166056, 166068, 166077, 166087, 166101, 166116, 166135, 166155, 166165, 166176, 166191, 166207, 166227, 166248, 166256, 166267, 166279, 166292, 166316, 166341, 166357, 166373, 166388, 166404, 166421, 166438, 166456, 166478, 166501, 166517, 166534, 166545, 166556, 166566, 166573, 166581, 166588, 166595, 166605, 166613, 166619, 166626, 166641, 166655, 166670, 166684, 166695, 166707, 166717, 166725, 166733, 166753, 166770, 166786, 166799, 166811, 166823, 166828, 166834, 166838, 166851, 166862, 166875, 166881, 166887, 166891, 166895, 166900, 166908, 166921, 166929, 166936, 166944, 166953, 166961, 166970, 166982, 166987, 166993, 167008, 167017, 167038, 167059, 167068, 167076, 167101, 167131, 167140, 167150, 167174, 167205, 167215, 167226, 167242, 167257, 167273, 167282, 167292, 167308, 167330, 167354, 167367, 167373, 167379, 167394, 167408, 167427, 167441, 167449, 167471, 167493, 167509, 167529, 167536, 167545, 167554, 167564, 167574, 167585, 167599, 167613, 167626, 167640, 167655, 167670, 167686, 167706, 167727, 167741, 167756, 167762, 167769, 167781, 167794, 167807, 167821, 167839, 167858, 167873, 167889, 167902, 167916, 167930, 167945, 167962, 167980, 167992, 168005, 168020, 168036, 168056, 168077, 168102, 168128, 168145, 168163, 168178, 168194, 168207, 168221, 168237, 168254, 168266, 168279, 168298, 168318, 168331, 168345, 168357, 168370, 168385, 168401, 168414, 168428, 168443, 168458, 168474, 168479, 168491, 168504, 168521, 168538, 168558, 168582, 168596, 168611, 168630, 168647, 168656, 168664, 168669, 168681, 168694, 168706, 168719, 168728, 168738, 168748, 168753, 168757, 168760, 168764, 168775, 168789, 168801, 168817, 168824, 168829, 168841, 168858, 168878, 168902, 168916, 168931, 168950, 168959, 168967, 168984, 168989, 168995, 169005, 169015, 169026, 169038, 169049, 169055, 169062, 169077, 169088, 169109, 169120, 169138, 169156, 169169, 169189, 169207, 169227, 169242, 169258, 169274, 169288, 169303, 169317, 169329, 169342, 169355, 169370, 169381, 169393, 169409, 169422, 169431, 169438, 169446, 169460, 169475, 169491, 169507, 169524, 169538, 169553, 169570, 169588, 169607, 169627, 169645, 169664, 169678, 169693, 169714, 169736, 169751, 169767, 169780, 169783, 169787, 169800, 169819, 169838, 169861, 169889, 169911, 169940, 169954, 169974, 169996, 170001, 170004, 170008, 170015, 170020, 170024, 170029, 170046, 170065, 170083, 170098, 170115, 170136, 170159, 170181, 170200, 170221, 170240, 170261, 170281, 170298, 170317, 170340, 170365, 170389, 170410, 170433, 170439, 170448, 170455, 170462, 170475, 170489, 170493, 170502, 170512, 170526, 170540, 170555, 170571, 170586, 170591, 170597, 170602, 170608, 170615, 170622, 170629, 170633, 170649, 170667, 170686, 170702, 170720, 170738, 170759, 170776, 170790, 170806, 170822, 170841, 170846, 170853, 170861, 170871, 170892, 170909, 170930, 170952, 170967, 170989, 170998, 171018, 171034, 171054, 171075, 171089, 171110, 171115, 171124, 171132, 171140, 171161, 171187, 171216, 171249, 171272, 171296, 171324, 171342, 171349, 171364, 171375, 171386, 171399, 171419, 171433, 171445, 171460, 171471, 171487, 171500, 171509, 171518, 171533, 171547, 171561, 171575, 171588, 171601, 171606, 171612, 171617, 171626, 171633, 171646, 171658, 171663, 171667, 171672, 171681, 171690, 171703, 171713, 171726, 171739, 171747, 171757, 171766, 171780, 171790, 171801, 171812, 171833, 171843, 171857, 171868, 171876, 171886, 171899, 171924, 171939, 171947, 171968, 171988, 171998, 172008, 172021, 172030, 172043, 172057, 172070, 172080, 172092, 172104, 172117, 172128, 172141, 172150, 172163, 172173, 172186, 172196, 172209, 172223, 172236, 172246, 172256, 172265, 172275, 172286, 172296, 172314, 172335, 172355, 172375, 172394, 172408, 172421, 172434, 172444, 172453, 172461, 172470, 172485, 172505, 172522, 172536, 172550, 172567, 172583, 172596, 172609, 172628, 172643, 172665, 172669, 172686, 172700, 172717, 172729, 172759, 172783, 172797, 172816, 172832, 172845, 172858, 172874, 172889, 172901, 172913, 172931, 172945, 172958, 172976, 172991, 173003, 173015, 173030, 173044, 173055, 173066, 173083, 173096, 173101, 173107, 173122, 173139, 173155, 173168, 173183, 173202, 173223, 173243, 173260, 173279, 173297, 173319, 173341, 173347, 173357, 173365, 173369, 173373, 173376, 173380, 173390, 173413, 173433, 173453, 173473, 173495, 173512, 173530, 173548, 173564, 173581, 173596, 173611, 173625, 173630, 173643, 173661, 173676, 173695, 173714, 173724, 173734, 173745, 173752, 173766, 173782, 173799, 173804, 173810, 173817, 173833, 173845, 173857, 173871, 173892, 173907, 173920, 173936, 173948, 173965, 173979, 173990, 173994, 173999, 174012, 174026, 174044, 174062, 174081, 174101, 174120, 174131, 174148, 174166, 174188, 174210, 174233, 174257, 174271, 174286, 174305, 174324, 174344, 174365, 174385, 174399, 174414, 174433, 174452, 174472, 174493, 174513, 174530, 174548, 174570, 174592, 174615, 174639, 174662, 174674, 174687, 174704, 174721, 174739, 174758, 174776, 174786, 174799, 174808, 174821, 174832, 174845, 174854, 174867, 174877, 174890, 174898, 174906, 174912, 174918, 174939, 174953, 174966, 174979, 174994, 175008, 175022, 175040, 175064, 175082, 175098, 175117, 175137, 175157, 175165, 175184, 175199, 175218, 175238, 175251, 175271, 175295, 175321, 175339, 175358, 175381, 175403, 175426, 175451, 175476, 175514, 175534, 175555, 175565, 175587, 175608, 175618, 175629, 175641, 175663, 175684, 175694, 175705, 175717, 175733, 175748, 175773, 175791, 175818, 175844, 175863, 175891, 175899, 175907, 175926, 175941, 175960, 175980, 175993, 176013, 176023, 176034, 176045, 176056, 176078, 176096, 176118, 176141, 176157, 176180, 176189, 176203, 176228, 176249, 176274, 176300, 176319, 176345, 176357, 176361, 176369, 176375, 176382, 176403, 176421, 176437, 176455, 176470, 176488, 176507, 176527, 176540, 176554, 176569, 176587, 176605, 176622, 176640, 176659, 176678, 176698, 176722, 176747, 176765, 176784, 176800, 176819, 176838, 176856, 176875, 176895, 176915, 176936, 176961, 176987, 177006, 177026, 177037, 177053, 177066, 177080, 177095, 177107, 177120, 177133, 177144, 177156, 177171, 177178, 177194, 177207, 177212, 177223, 177226, 177236, 177262, 177292, 177315, 177338, 177363, 177394, 177418, 177442, 177468, 177487, 177506, 177527, 177556, 177578, 177600, 177624, 177654, 177688, 177715, 177742, 177771, 177806, 177834, 177862, 177892, 177915, 177938, 177963, 177996, 178022, 178048, 178076, 178093, 178111, 178133, 178155, 178178, 178202, 178226, 178254, 178275, 178296, 178319, 178348, 178370, 178392, 178416, 178433, 178450, 178469, 178496, 178516, 178536, 178558, 178594, 178623, 178661, 178698, 178728, 178767, 178774, 178779, 178793, 178809, 178824, 178836, 178850, 178868, 178888, 178907, 178923, 178941, 178953, 178976, 178995, 179018, 179042, 179059, 179083, 179087, 179100, 179112, 179117, 179131, 179144, 179151, 179156, 179175, 179188, 179204, 179218, 179230, 179244, 179254, 179265, 179278, 179290, 179304, 179322, 179341, 179356, 179369, 179392, 179409, 179429, 179447, 179463, 179481, 179495, 179510, 179527, 179545, 179567, 179590, 179609, 179626, 179644, 179657, 179666, 179680, 179695, 179703, 179709, 179713, 179718, 179732, 179752, 179772, 179796, 179825, 179848, 179878, 179893, 179914, 179937, 179951, 179971, 179991, 180003, 180017, 180033, 180054, 180073, 180092, 180109, 180133, 180162, 180174, 180187, 180210, 180240, 180261, 180280, 180299, 180318, 180333, 180354, 180377, 180390, 180405, 180425, 180442, 180456, 180470, 180487, 180503, 180516, 180529, 180548, 180563, 180586, 180614, 180639, 180661, 180683, 180708, 180732, 180753, 180774, 180801, 180824, 180835, 180855, 180877, 180894, 180914, 180932, 180951, 180968, 180979, 180990, 181002, 181016, 181026, 181050, 181076, 181097, 181112, 181127, 181143, 181161, 181181, 181205, 181224, 181240, 181260, 181275, 181286, 181298, 181312, 181324, 181334, 181352, 181379, 181408, 181432, 181459, 181484, 181510, 181534, 181552, 181570, 181589, 181610, 181627, 181658, 181691, 181719, 181741, 181763, 181786, 181811, 181838, 181869, 181895, 181918, 181945, 181967, 181985, 182004, 182025, 182044, 182063, 182082, 182099, 182121, 182140, 182156, 182172, 182191, 182209, 182224, 182239, 182260, 182277, 182297, 182322, 182344, 182363, 182382, 182404, 182425, 182443, 182461, 182485, 182505, 182528, 182556, 182565, 182575, 182597, 182626, 182640, 182654, 182671, 182683, 182696, 182710, 182733, 182758, 182778, 182801, 182822, 182844, 182864, 182878, 182892, 182907, 182924, 182937, 182964, 182993, 183017, 183035, 183053, 183072, 183093, 183116, 183143, 183165, 183184, 183207, 183225, 183239, 183254, 183271, 183286, 183303, 183321, 183344, 183364, 183381, 183398, 183418, 183437, 183453, 183469, 183491, 183509, 183528, 183552, 183573, 183591, 183609, 183630, 183650, 183667, 183684, 183707, 183726, 183736, 183753, 183768, 183786, 183809, 183829, 183846, 183863, 183883, 183902, 183918, 183934, 183956, 183974, 183989, 184004, 184022, 184035, 184049, 184065, 184081, 184100, 184114, 184129, 184142, 184159, 184177, 184191, 184207, 184228, 184246, 184261, 184276, 184294, 184311, 184331, 184354, 184376, 184397, 184411, 184425, 184445, 184461, 184484, 184505, 184530, 184543, 184554, 184574, 184592, 184614, 184635, 184654, 184677, 184696, 184713, 184734, 184756, 184776, 184800, 184815, 184836, 184855, 184878, 184898, 184920, 184929, 184934, 184953, 184986, 185007, 185036, 185057, 185073, 185093, 185112, 185131, 185150, 185166, 185183, 185200, 185219, 185233, 185251, 185268, 185285, 185302, 185316, 185331, 185346, 185359, 185379, 185394, 185413, 185431, 185449, 185467, 185482, 185498, 185514, 185526, 185552, 185566, 185588, 185600, 185614, 185627, 185642, 185654, 185668, 185680, 185694, 185704, 185716, 185726, 185736, 185749, 185757, 185766, 185776, 185791, 185803, 185812, 185821, 185836, 185856, 185873, 185887, 185901, 185918, 185934, 185947, 185960, 185979, 185994, 186006, 186017, 186025, 186033, 186047, 186057, 186063, 186083, 186097, 186109, 186130, 186153, 186171, 186192, 186211, 186231, 186249, 186261, 186273, 186286, 186301, 186312, 186337, 186364, 186386, 186402, 186418, 186435, 186454, 186475, 186500, 186520, 186537, 186558, 186574, 186586, 186599, 186614, 186627, 186646, 186674, 186704, 186729, 186757, 186783, 186810, 186835, 186854, 186873, 186893, 186915, 186933, 186965, 186999, 187028, 187051, 187074, 187098, 187124, 187152, 187184, 187211, 187235, 187263, 187286, 187305, 187325, 187347, 187367, 187387, 187407, 187431, 187460, 187483, 187513, 187522, 187540, 187564, 187580, 187596, 187612, 187630, 187652, 187680, 187700, 187720, 187740, 187762, 187788, 187814, 187834, 187864, 187892, 187914, 187936, 187952, 187978, 188002, 188017, 188041, 188067, 188088, 188112, 188134, 188157, 188178, 188193, 188208, 188224, 188242, 188256, 188284, 188314, 188339, 188358, 188377, 188397, 188419, 188443, 188471, 188494, 188514, 188538, 188557, 188572, 188588, 188606, 188622, 188631, 188646, 188658, 188665, 188673, 188694, 188717, 188727, 188738, 188753, 188768, 188784, 188801, 188817, 188826, 188836, 188850, 188864, 188879, 188895, 188910, 188915, 188921, 188931, 188936, 188948, 188955, 188970, 188975, 188981, 188986, 188998, 189015, 189035, 189059, 189073, 189088, 189107, 189116, 189121, 189130, 189142, 189150, 189156, 189164, 189173, 189186, 189199, 189213, 189228, 189242, 189250, 189258, 189267, 189279, 189291, 189302, 189314, 189327, 189340, 189354, 189372, 189391, 189403, 189416, 189424, 189434, 189445, 189457, 189477, 189496, 189501, 189507, 189522, 189540, 189555, 189576, 189597, 189622, 189652, 189676, 189707, 189721, 189737, 189759, 189783, 189794, 189802, 189811, 189819, 189828, 189833, 189838, 189846, 189850, 189859, 189879, 189895, 189915, 189936, 189950, 189971, 189978, 189990, 190013, 190032, 190055, 190079, 190096, 190120, 190125, 190130, 190139, 190145, 190152, 190160, 190169, 190189, 190205, 190221, 190239, 190264, 190283, 190300, 190320, 190336, 190357, 190375, 190382, 190395, 190409, 190419, 190435, 190444, 190456, 190481, 190503, 190525, 190547, 190571, 190590, 190610, 190630, 190648, 190667, 190684, 190701, 190717, 190727, 190748, 190765, 190786, 190808, 190823, 190845, 190865, 190881, 190897, 190915, 190940, 190959, 190976, 190996, 191012, 191033, 191051, 191066, 191075, 191085, 191101, 191112, 191118, 191125, 191133, 191145, 191165, 191182, 191194, 191207, 191221, 191237, 191250, 191259, 191274, 191280, 191287, 191293, 191307, 191324, 191337, 191350, 191365, 191387, 191403, 191417, 191434, 191447, 191465, 191480, 191491, 191503, 191515, 191533, 191545, 191556, 191571, 191587, 191597, 191601, 191611, 191623, 191629, 191634, 191639, 191647, 191650, 191658, 191665, 191672, 191690, 191707, 191724, 191733, 191741, 191749, 191753, 191763, 191778, 191792, 191806, 191819, 191831, 191841, 191853, 191867, 191879, 191889, 191902, 191909, 191924, 191942, 191954, 191968, 191982, 191996, 192010, 192022, 192036, 192048, 192059, 192071, 192087, 192101, 192110, 192119, 192128, 192142, 192152, 192163, 192177, 192190, 192201, 192214, 192229, 192242, 192253, 192267, 192275, 192291, 192310, 192323, 192338, 192353, 192368, 192383, 192396, 192411, 192424, 192436, 192449, 192466, 192481, 192491, 192501, 192511, 192526, 192537, 192545, 192550, 192569, 192587, 192599, 192616, 192624, 192632, 192647, 192667, 192692, 192714, 192736, 192758, 192782, 192801, 192821, 192841, 192859, 192878, 192895, 192912, 192928, 192933, 192947, 192967, 192987, 193011, 193040, 193063, 193093, 193108, 193129, 193152, 193160, 193166, 193175, 193180, 193189, 193198, 193208, 193214, 193221, 193234, 193252, 193273, 193298, 193313, 193329, 193349, 193359, 193364, 193372, 193384, 193395, 193412, 193435, 193450, 193465, 193480, 193497, 193518, 193545, 193564, 193583, 193602, 193623, 193648, 193673, 193692, 193721, 193748, 193769, 193790, 193805, 193830, 193853, 193865, 193879, 193894, 193911, 193925, 193932, 193936, 193946, 193961, 193982, 193995, 194008, 194021, 194036, 194055, 194080, 194097, 194114, 194131, 194150, 194173, 194196, 194213, 194240, 194265, 194284, 194303, 194316, 194339, 194360, 194364, 194376, 194388, 194401, 194416, 194437, 194462, 194487, 194505, 194518, 194534, 194557, 194584, 194611, 194631, 194651, 194664, 194679, 194698, 194717, 194729, 194741, 194754, 194772, 194791, 194804, 194818, 194832, 194853, 194878, 194903, 194921, 194939, 194950, 194963, 194978, 194995, 195017, 195037, 195057, 195075, 195088, 195102, 195124, 195144, 195164, 195184, 195192, 195202, 195211, 195221, 195235, 195250, 195273, 195298, 195314, 195323, 195336, 195350, 195372, 195396, 195411, 195422, 195435, 195450, 195470, 195488, 195506, 195522, 195533, 195545, 195565, 195583, 195601, 195619, 195636, 195650, 195675, 195696, 195722, 195736, 195752, 195768, 195785, 195804, 195808, 195813, 195830, 195844, 195857, 195867, 195886, 195902, 195917, 195929, 195939, 195956, 195968, 195982, 195998, 196013, 196026, 196033, 196041, 196053, 196066, 196086, 196101, 196118, 196137, 196155, 196171, 196184, 196204, 196219, 196236, 196255, 196273, 196289, 196296, 196304, 196326, 196347, 196370, 196391, 196415, 196438, 196457, 196477, 196501, 196519, 196536, 196554, 196573, 196587, 196601, 196618, 196636, 196654, 196674, 196693, 196707, 196722, 196742, 196755, 196779, 196793, 196806, 196833, 196860, 196883, 196910, 196939, 196972, 196995, 197023, 197051, 197075, 197103, 197133, 197167, 197191, 197200, 197217, 197229, 197248, 197262, 197278, 197296, 197313, 197328, 197338, 197358, 197378, 197394, 197411, 197431, 197452, 197468, 197490, 197505, 197531, 197547, 197554, 197562, 197572, 197586, 197603, 197614, 197626, 197648, 197669, 197692, 197710, 197731, 197750, 197772, 197796, 197819, 197837, 197856, 197876, 197900, 197917, 197933, 197947, 197968, 197984, 198002, 198019, 198035, 198063, 198087, 198101, 198121, 198139, 198158, 198178, 198194, 198208, 198225, 198240, 198256, 198274, 198292, 198310, 198330, 198343, 198357, 198372, 198390, 198408, 198420, 198436, 198455, 198469, 198479, 198495, 198514, 198539, 198566, 198593, 198604, 198619, 198637, 198649, 198666, 198684, 198700, 198717, 198734, 198749, 198765, 198785, 198798, 198819, 198839, 198857, 198873, 198890, 198913, 198926, 198942, 198955, 198971, 198993, 199011, 199035, 199047, 199065, 199085, 199103, 199120, 199137, 199154, 199174, 199190, 199204, 199220, 199232, 199245, 199258, 199268, 199289, 199306, 199328, 199338, 199350, 199362, 199375, 199390, 199394, 199404, 199416, 199439, 199458, 199481, 199505, 199522, 199546, 199563, 199584, 199598, 199612, 199628, 199650, 199665, 199680, 199697, 199707, 199717, 199729, 199749, 199762, 199775, 199790, 199795, 199801, 199811, 199830, 199838, 199854, 199874, 199894, 199900, 199908, 199913, 199920, 199927, 199944, 199966, 199987, 200003, 200011, 200024, 200037, 200054, 200069, 200083, 200102, 200125, 200139, 200160, 200181, 200198, 200211, 200224, 200235, 200249, 200259, 200283, 200301, 200318, 200337, 200355, 200378, 200396, 200419, 200435, 200455, 200475, 200508, 200523, 200542, 200562, 200581, 200593, 200613, 200627, 200643, 200655, 200676, 200690, 200709, 200728, 200752, 200776, 200797, 200816, 200839, 200861, 200885, 200905, 200930, 200948, 200969, 200985, 201006, 201030, 201052, 201070, 201084, 201109, 201129, 201153, 201170, 201190, 201211, 201224, 201245, 201258, 201275, 201290, 201306, 201320, 201334, 201357, 201378, 201395, 201408, 201432, 201451, 201474, 201490, 201509, 201529, 201541, 201561, 201573, 201581, 201589, 201598, 201612, 201641, 201668, 201691, 201710, 201740, 201765, 201794, 201816, 201841, 201867, 201885, 201911, 201929, 201949, 201973, 201995, 202017, 202035, 202049, 202063, 202078, 202103, 202122, 202140, 202160, 202179, 202203, 202220, 202241, 202262, 202296, 202312, 202332, 202353, 202366, 202387, 202404, 202417, 202428, 202447, 202454, 202464, 202476, 202489, 202499, 202510, 202529, 202545, 202559, 202577, 202594, 202615, 202641, 202666, 202686, 202707, 202730, 202748, 202768, 202793, 202805, 202817, 202830, 202845, 202862, 202877, 202897, 202918, 202934, 202955, 202981, 203006, 203026, 203042, 203063, 203076, 203095, 203119, 203142, 203160, 203171, 203187, 203204, 203216, 203235, 203250, 203257, 203275, 203295, 203307, 203320, 203337, 203353, 203370, 203387, 203406, 203425, 203457, 203471, 203486, 203503, 203525, 203546, 203562, 203582, 203594, 203611, 203625, 203637, 203650, 203666, 203684, 203704, 203716, 203729, 203746, 203762, 203779, 203798, 203817, 203849, 203863, 203878, 203886, 203895, 203915, 203939, 203961, 203983, 204001, 204015, 204029, 204044, 204069, 204088, 204106, 204126, 204145, 204169, 204186, 204207, 204228, 204262, 204278, 204298, 204319, 204332, 204353, 204370, 204383, 204394, 204406, 204415, 204430, 204450, 204469, 204483, 204488, 204499, 204511, 204533, 204554, 204570, 204593, 204608, 204627, 204648, 204665, 204684, 204700, 204724, 204747, 204758, 204770, 204788, 204811, 204831, 204848, 204865, 204885, 204904, 204920, 204936, 204958, 204976, 204990, 205008, 205020, 205039, 205056, 205076, 205095, 205119, 205140, 205158, 205176, 205197, 205217, 205234, 205251, 205274, 205293, 205306, 205329, 205351, 205368, 205392, 205408, 205428, 205450, 205468, 205488, 205505, 205518, 205533, 205553, 205578, 205600, 205619, 205638, 205660, 205681, 205699, 205717, 205741, 205761, 205782, 205808, 205831, 205851, 205871, 205894, 205916, 205935, 205954, 205979, 206000, 206016, 206039, 206061, 206077, 206089, 206100, 206111, 206121, 206138, 206159, 206177, 206190, 206207, 206224, 206240, 206256, 206268, 206281, 206301, 206321, 206346, 206370, 206391, 206409, 206423, 206440, 206452, 206468, 206484, 206494, 206511, 206532, 206548, 206568, 206588, 206607, 206625, 206646, 206671, 206684, 206701, 206722, 206742, 206754, 206770, 206790, 206806, 206826, 206850, 206868, 206882, 206902, 206918, 206938, 206962, 206990, 207022, 207039, 207060, 207078, 207091, 207114, 207136, 207157, 207182, 207199, 207220, 207236, 207256, 207276, 207300, 207320, 207344, 207372, 207404, 207421, 207442, 207462, 207481, 207503, 207529, 207543, 207561, 207583, 207604, 207617, 207634, 207655, 207672, 207693, 207718, 207737, 207752, 207769, 207790, 207815, 207844, 207877, 207895, 207917, 207931, 207944, 207958, 207971, 207985, 207994, 208010, 208024, 208039, 208053, 208064, 208077, 208094, 208106, 208119, 208141, 208162, 208178, 208201, 208216, 208235, 208256, 208273, 208292, 208308, 208329, 208345, 208365, 208385, 208394, 208404, 208424, 208443, 208465, 208491, 208505, 208523, 208545, 208566, 208579, 208596, 208617, 208634, 208655, 208680, 208699, 208714, 208731, 208752, 208777, 208806, 208839, 208857, 208879, 208893, 208917, 208945, 208963, 208976, 208993, 209004, 209016, 209027, 209049, 209075, 209093, 209115, 209132, 209153, 209174, 209199, 209220, 209245, 209274, 209307, 209325, 209347, 209361, 209373, 209394, 209418, 209441, 209463, 209481, 209498, 209515, 209529, 209549, 209568, 209590, 209616, 209630, 209648, 209670, 209691, 209704, 209721, 209742, 209759, 209780, 209805, 209824, 209839, 209856, 209877, 209902, 209931, 209964, 209982, 210004, 210018, 210034, 210050, 210073, 210095, 210112, 210136, 210152, 210172, 210194, 210212, 210232, 210249, 210263, 210279, 210290, 210296, 210313, 210332, 210343, 210355, 210371, 210386, 210402, 210423, 210439, 210457, 210475, 210506, 210519, 210533, 210541, 210554, 210576, 210600, 210619, 210641, 210661, 210682, 210701, 210714, 210727, 210741, 210757, 210769, 210795, 210823, 210846, 210863, 210880, 210898, 210918, 210940, 210966, 210987, 211005, 211027, 211044, 211057, 211071, 211087, 211101, 211127, 211151, 211171, 211187, 211214, 211236, 211262, 211281, 211303, 211326, 211341, 211364, 211379, 211396, 211415, 211426, 211438, 211454, 211469, 211485, 211503, 211521, 211552, 211565, 211579, 211584, 211600, 211609, 211615, 211629, 211647, 211659, 211671, 211683, 211697, 211715],
        },
        rules: &[
            (0, "override-earlier-instructions", Anchor::Any(&[Anchor::All(&[Anchor::Lits(&[6016, 6071, 6135, 6385, 6398, 7639, 7654, 7669, 7682, 8386, 8690, 9692, 9716, 10012, 10062, 10113, 10721, 11409]), Anchor::Lits(&[5171, 5829, 6179, 6306, 6458, 6470, 6477, 6485, 6583, 6595, 6650, 6658, 6665, 6685, 6710, 6747, 6754, 6762, 6769, 6789, 6814, 7292, 7394, 7546, 7938, 7956, 8061, 8071, 8671, 8977, 9004, 9017, 9043, 9073, 9080, 9105, 9152, 9282, 9403, 9411, 9429, 9444, 9519, 9526, 9533, 9788, 9819, 10215, 10317, 10401, 10574, 10582, 10588, 10595, 10602, 10609, 10797, 11365, 11372, 11402, 11530]), Anchor::Lits(&[5184, 5240, 6889, 7290, 7406, 7559, 7751, 8258, 9272, 9359, 9506, 9614, 9627, 9629, 9655, 9777, 10127, 10222, 10711])]), Anchor::All(&[Anchor::Lits(&[5171, 5829, 6179, 6306, 6458, 6470, 6477, 6485, 6583, 6595, 6650, 6658, 6665, 6685, 6710, 6747, 6754, 6762, 6769, 6789, 6814, 7292, 7394, 7546, 7938, 7956, 8061, 8071, 8671, 8977, 9004, 9017, 9043, 9073, 9080, 9105, 9152, 9282, 9403, 9411, 9429, 9444, 9519, 9526, 9533, 9788, 9819, 10215, 10317, 10401, 10574, 10582, 10588, 10595, 10602, 10609, 10797, 11365, 11372, 11402, 11530]), Anchor::Lits(&[6016, 6071, 6151, 6185, 6265, 6385, 6412, 7053, 7654, 7669, 7695, 8245, 8319, 8399, 8784, 9344, 9692, 9716, 9974, 10073, 10113, 10550, 10721, 10846, 10887, 11236, 11409]), Anchor::Lits(&[28, 85, 1515, 1684, 1691, 1730, 1823, 1947, 2548, 2596, 2661, 2756, 2770, 2773, 2780, 2828, 3096, 3136, 3462])]), Anchor::All(&[Anchor::Lits(&[27, 700, 1696, 1697, 1740, 2838, 3316, 4048, 4057, 4529, 4560, 4635, 4685, 4689, 5120]), Anchor::Lits(&[6016, 6071, 6135, 6385, 6398, 7639, 7654, 7669, 7682, 8386, 8690, 9692, 9716, 10012, 10062, 10113, 10721, 11409]), Anchor::Lits(&[5171, 5829, 6179, 6306, 6458, 6470, 6477, 6485, 6583, 6595, 6650, 6658, 6665, 6685, 6710, 6747, 6754, 6762, 6769, 6789, 6814, 7292, 7394, 7546, 7938, 7956, 8061, 8071, 8671, 8977, 9004, 9017, 9043, 9073, 9080, 9105, 9152, 9282, 9403, 9411, 9429, 9444, 9519, 9526, 9533, 9788, 9819, 10215, 10317, 10401, 10574, 10582, 10588, 10595, 10602, 10609, 10797, 11365, 11372, 11402, 11530])])])),
            (1, "override-all-instructions", Anchor::Any(&[Anchor::Lits(&[1055, 1056, 1062, 1826, 1827, 1948, 1986, 2277, 2597, 2754, 2760, 2813, 3470, 3474, 3486]), Anchor::All(&[Anchor::Lits(&[6016, 6071, 6385, 6398, 7639, 7654, 7669, 7682, 8386, 9692, 9716, 10073, 10113, 10721, 11409]), Anchor::Lits(&[5171, 5829, 6179, 6306, 6458, 6470, 6477, 6485, 6583, 6595, 6650, 6658, 6665, 6685, 6710, 6747, 6754, 6762, 6769, 6789, 6814, 7292, 7394, 7546, 7938, 7956, 8061, 8071, 8671, 8977, 9004, 9017, 9043, 9073, 9080, 9105, 9152, 9282, 9403, 9411, 9429, 9444, 9519, 9526, 9533, 9788, 9819, 10215, 10317, 10401, 10574, 10582, 10588, 10595, 10602, 10609, 10797, 11365, 11372, 11402, 11530]), Anchor::Lits(&[5256, 5475, 7028, 12331])]), Anchor::All(&[Anchor::Lits(&[6014, 6398, 7652, 7682, 8386, 8689, 9716, 10011, 10062, 10111, 10128]), Anchor::Lits(&[5171, 5829, 6179, 6306, 6458, 6470, 6477, 6485, 6583, 6595, 6650, 6658, 6665, 6685, 6710, 6747, 6754, 6762, 6769, 6789, 6814, 7292, 7394, 7546, 7938, 7956, 8061, 8071, 8671, 8977, 9004, 9017, 9043, 9073, 9080, 9105, 9152, 9282, 9403, 9411, 9429, 9444, 9519, 9526, 9533, 9788, 9819, 10215, 10317, 10401, 10574, 10582, 10588, 10595, 10602, 10609, 10797, 11365, 11372, 11402, 11530]), Anchor::Lits(&[5475, 6866, 7028])]), Anchor::All(&[Anchor::Lits(&[5463, 5464, 5465, 5466, 5467, 5468, 5469, 5470, 5471, 5472, 5473, 9302, 9303, 9304, 9305, 9306, 9307, 9308, 9309, 9310, 9311, 9312, 10466, 10467, 10468, 10469, 10470, 10471, 10472, 10473, 10474, 10475, 10476, 10485, 10486, 10487, 10488, 10489, 10490, 10491, 10492, 10493, 10494, 10495, 10496, 10497, 10498, 10499, 10500, 10501, 10502, 10503, 10504, 10505, 10506, 10923, 10924, 10925, 10926, 10927, 10928, 10929, 10930, 10931, 10932, 10933, 10934, 10935, 10936, 10937, 10938, 10939, 10940, 10941, 10942, 10943, 10944, 11008, 11009, 11010, 11011, 11012, 11013, 11014, 11015, 11016, 11017, 11018, 11019, 11020, 11021, 11022, 11023, 11024, 11025, 11026, 11027, 11028, 11029, 11072, 11073, 11074, 11075, 11076, 11077, 11078, 11079, 11080, 11081, 11082, 11083, 11084, 11085, 11086, 11087, 11088, 11089, 11090, 11091, 11092, 11093, 11097, 11098, 11099, 11100, 11101, 11102, 11103, 11104, 11105, 11106, 11107, 11122, 11123, 11124, 11125, 11126, 11127, 11128, 11133, 11134, 11135, 11136, 11213, 11214, 11215, 11216, 11217, 11218, 11219, 11220, 11221, 11222, 11223, 11224, 11225, 11226, 11227, 11228, 11229, 11230, 11231, 11232, 11233, 11234, 12348, 12349, 12350, 12351, 12352, 12353, 12354, 12355, 12356, 12357, 12358, 12365, 12366, 12367, 12368, 12369, 12370, 12371, 12372, 12373, 12374, 12375, 12389, 12390, 12391, 12392, 12393, 12394, 12395, 12396, 12397, 12398, 12399, 12400, 12401, 12402, 12403, 12404, 12405, 12406, 12407, 12408, 12409, 12410]), Anchor::Lits(&[781, 819, 858, 889, 902, 914, 921, 1109, 1110, 1113, 1548, 1614, 1772, 1774, 1777, 1778, 1782, 1981, 1985, 2198, 2203, 2306, 2307, 2308, 2732, 2777, 2810, 2812, 2823, 2969, 2970, 3009, 3054, 3094, 3104, 3475, 3476, 3980])]), Anchor::All(&[Anchor::Lits(&[5172, 5173, 5175, 5176, 5830, 5831, 5833, 5834, 6180, 6181, 6182, 6183, 6307, 6308, 6309, 6310, 6459, 6460, 6461, 6462, 6471, 6472, 6473, 6474, 6478, 6479, 6480, 6481, 6486, 6497, 6519, 6521, 6584, 6585, 6587, 6588, 6596, 6597, 6598, 6599, 6651, 6652, 6653, 6654, 6659, 6660, 6661, 6662, 6666, 6667, 6668, 6669, 6686, 6687, 6688, 6689, 6711, 6712, 6713, 6714, 6748, 6749, 6750, 6751, 6755, 6756, 6757, 6758, 6763, 6764, 6765, 6766, 6770, 6771, 6772, 6773, 6790, 6791, 6792, 6793, 6815, 6816, 6817, 6818, 7293, 7294, 7295, 7296, 7297, 7308, 7330, 7332, 7395, 7396, 7398, 7399, 7547, 7548, 7549, 7550, 7939, 7940, 7941, 7942, 7957, 7968, 7990, 7992, 8062, 8063, 8064, 8065, 8072, 8073, 8075, 8076, 8672, 8673, 8674, 8675, 8978, 8979, 8980, 8981, 9005, 9006, 9007, 9008, 9018, 9019, 9020, 9021, 9044, 9045, 9046, 9047, 9074, 9075, 9076, 9077, 9081, 9082, 9083, 9084, 9106, 9107, 9108, 9109, 9153, 9154, 9155, 9156, 9283, 9284, 9285, 9286, 9404, 9405, 9406, 9407, 9412, 9413, 9415, 9416, 9430, 9431, 9433, 9434, 9445, 9446, 9447, 9448, 9520, 9521, 9522, 9523, 9527, 9528, 9529, 9530, 9534, 9535, 9536, 9537, 9789, 9790, 9791, 9792, 9820, 9821, 9822, 9823, 10216, 10217, 10218, 10219, 10318, 10319, 10320, 10321, 10402, 10403, 10412, 10414, 10575, 10576, 10577, 10578, 10583, 10584, 10585, 10586, 10589, 10590, 10591, 10592, 10596, 10597, 10598, 10599, 10603, 10604, 10605, 10606, 10610, 10611, 10612, 10613, 10798, 10799, 10800, 10801, 11366, 11367, 11368, 11369, 11373, 11374, 11375, 11376, 11403, 11404, 11405, 11406, 11531, 11534, 11535, 11536]), Anchor::Lits(&[2574, 3551, 3588, 4504, 4524, 4529, 4544, 4592, 4609, 4685, 5120])]), Anchor::All(&[Anchor::Lits(&[1639, 1640, 1641, 1642, 1643, 1644, 1645, 1646, 1655, 1656, 1657, 1658, 1659, 1660, 1661, 1662, 1663, 1664, 1665, 1666, 1667, 1668, 1669, 1670, 1671, 1672, 1673, 1674, 1675, 1676, 1677, 1678, 1679, 1680, 1681, 1682, 1683, 2098, 3514, 3927, 3934]), Anchor::Lits(&[6016, 6071, 6385, 6398, 7639, 7654, 7669, 7682, 8386, 9692, 9716, 10073, 10113, 10721, 11409])])])),
            (2, "override-named-policy", Anchor::Any(&[Anchor::Lits(&[1779, 1780, 1783, 1784, 1982, 1983, 1993, 1994, 2733, 2734, 2737, 2738, 3007, 3008, 3010, 3011, 3051, 3052, 3057, 3058, 4711, 4766, 4767, 4771, 4799, 4801, 4828, 4829, 4830, 4831, 4832, 4833, 4837, 4845, 4846, 4847, 4848, 4849, 4851, 4903, 4906, 4922, 4938, 4939, 4940, 4941, 4942, 4948, 4952, 4956, 4959, 4961, 4963, 4970, 4977, 4978, 4979, 4980, 4981, 4983, 4984, 4985, 4986, 4987, 5029, 5061]), Anchor::All(&[Anchor::Lits(&[913, 1781, 2202, 2731, 2735, 2826, 3006, 3053]), Anchor::Lits(&[43, 69, 859, 861, 917, 955, 956, 1021, 1053, 1763, 2590, 2795, 2896, 3095, 3144, 3315, 3461, 4059]), Anchor::Lits(&[5170, 5828, 6178, 6305, 6457, 6469, 6476, 6484, 6594, 6649, 6657, 6664, 6684, 6709, 6746, 6753, 6761, 6768, 6788, 6813, 7291, 7545, 7937, 7955, 8070, 8670, 8976, 9003, 9016, 9042, 9072, 9079, 9104, 9151, 9281, 9402, 9410, 9428, 9443, 9518, 9525, 9532, 9787, 9818, 10214, 10316, 10400, 10573, 10581, 10587, 10594, 10601, 10608, 10796, 11364, 11371, 11401, 11529])])])),
            (3, "override-everything-before", Anchor::All(&[Anchor::Lits(&[27, 686, 1514, 1940, 1942, 2775, 2789, 3316, 4048, 4057, 4470, 4474, 4475, 4497, 4500, 4502, 4503, 4530, 4531, 4532, 4533, 4534, 4535, 4536, 4537, 4538, 4539, 4540, 4541, 4542, 4543, 4556, 4560, 4561, 4567, 4568, 4569, 4571, 4573, 4583, 4584, 4676, 4677, 4678, 4679, 4680, 4681, 4682, 4684, 4685, 4686, 4687, 4688, 4689, 4690, 4702, 4703, 4704, 4705, 4706, 4707, 4708, 5116, 5120, 5121, 5127, 5128, 5129, 5131, 5132]), Anchor::Lits(&[24, 788, 932, 1040, 1135, 1137, 1139, 1142, 1146, 1148, 1165, 1176, 1184, 1195, 1216, 1445, 1449, 1460, 1468, 1479, 1500, 1686, 1690, 1727, 1897, 1902, 1909, 1916, 2146, 2337, 2365, 2376, 2402, 2422, 2428, 2454, 2492, 2559, 2615, 2618, 2622, 2624, 2671, 2673, 2675, 2850, 2878, 3131, 3206, 3272, 3350, 3353, 3361, 3365, 3370, 3373, 3498, 3940, 3942, 3978, 4038]), Anchor::Lits(&[5255, 5479, 7053, 11751])])),
            (4, "override-the-above", Anchor::All(&[Anchor::Lits(&[28, 701, 2757, 2774]), Anchor::Lits(&[23, 787, 931, 1039, 1134, 1136, 1138, 1141, 1147, 1164, 1175, 1183, 1194, 1215, 1444, 1448, 1459, 1467, 1478, 1499, 1685, 1726, 1896, 1901, 1915, 2145, 2336, 2364, 2375, 2401, 2421, 2427, 2453, 2491, 2558, 2614, 2617, 2621, 2623, 2670, 2672, 2674, 2849, 2877, 3130, 3205, 3271, 3349, 3352, 3360, 3364, 3369, 3372, 3497, 3939, 3941, 3977, 4037])])),
            (5, "override-bare-instructions", Anchor::Lits(&[788, 1142, 1686, 1902, 2376, 2402, 2618, 2671, 3365, 3373])),
            (6, "override-misspelled", Anchor::Always),
            (7, "override-previous-context", Anchor::Any(&[Anchor::All(&[Anchor::Lits(&[837, 857, 925, 936, 1108, 1749, 1894, 1961, 2281, 2531, 2593, 2679, 2811, 3518]), Anchor::Lits(&[5171, 5829, 6179, 6306, 6458, 6470, 6477, 6485, 6583, 6595, 6650, 6658, 6665, 6685, 6710, 6747, 6754, 6762, 6769, 6789, 6814, 7292, 7394, 7546, 7938, 7956, 8061, 8071, 8671, 8977, 9004, 9017, 9043, 9073, 9080, 9105, 9152, 9282, 9403, 9411, 9429, 9444, 9519, 9526, 9533, 9788, 9819, 10215, 10317, 10401, 10574, 10582, 10588, 10595, 10602, 10609, 10797, 11365, 11372, 11402, 11530]), Anchor::Lits(&[5183, 5239, 6888, 7289, 7405, 7558, 7750, 8257, 9271, 9358, 9505, 9613, 9626, 9654, 9776, 10126, 10221, 10710])]), Anchor::All(&[Anchor::Lits(&[5180, 5182, 5335, 5841, 6184, 6311, 6463, 6475, 6482, 6581, 6592, 6600, 6663, 6670, 6690, 6752, 6767, 6774, 6794, 7392, 7403, 7551, 7951, 8058, 8067, 8080, 8982, 9009, 9022, 9048, 9078, 9085, 9110, 9157, 9247, 9287, 9408, 9423, 9441, 9449, 9524, 9531, 9538, 9793, 9824, 10220, 10322, 10462, 10579, 10593, 10600, 10607, 10614, 11370, 11377, 11407, 11538]), Anchor::Lits(&[5631, 6177, 7582, 7934, 8551, 8818, 9236, 9564, 9784, 10055, 10843])])])),
            (8, "override-rules-that-bind-you", Anchor::Lits(&[3552, 3554, 3555, 3556, 3557, 3568, 3569, 3570, 3572, 3584, 3585, 3589, 3590, 3645, 3646, 3647, 3648, 3662, 3663, 3668, 3669, 3670, 3671, 3674, 3675, 3676, 3677, 4197, 4198, 4199, 4200, 4201, 4211, 4212, 4213, 4214, 4224, 4225, 4227, 4228, 4257, 4258, 4259, 4260, 4265, 4266, 4267, 4268, 4269, 4270, 4272, 4273, 4274, 4275])),
            (9, "override-everything-then-order", Anchor::Lits(&[1143, 1144, 1145, 1687, 1688, 1689, 1903, 1904, 1905, 2377, 2378, 2379, 2403, 2404, 2405, 3132, 3133, 3134])),
            (10, "hijack-the-content", Anchor::Any(&[Anchor::All(&[Anchor::Lits(&[6486, 6497, 6509, 6510, 6512, 6514, 6515, 6516, 6517, 6518, 6520, 6532, 6533, 6534, 6536, 6538, 6539, 6540, 6541, 6542, 6543, 6546, 6549, 6551, 6552, 6553, 6554, 6555, 6556, 6557, 6559, 6560, 6561, 6562, 6564, 6565, 6566, 6568, 6569, 6570, 6572, 6573, 6574, 6575, 6576, 6577, 6578, 6579, 7297, 7308, 7320, 7321, 7323, 7325, 7326, 7327, 7328, 7329, 7331, 7343, 7344, 7345, 7347, 7349, 7350, 7351, 7352, 7353, 7354, 7357, 7360, 7362, 7363, 7364, 7365, 7366, 7367, 7368, 7370, 7371, 7372, 7373, 7375, 7376, 7377, 7379, 7380, 7381, 7383, 7384, 7385, 7386, 7387, 7388, 7389, 7390, 7957, 7968, 7980, 7981, 7983, 7985, 7986, 7987, 7988, 7989, 7991, 8003, 8004, 8005, 8007, 8009, 8010, 8011, 8012, 8013, 8014, 8017, 8020, 8022, 8023, 8024, 8025, 8026, 8027, 8028, 8030, 8031, 8032, 8033, 8035, 8036, 8037, 8039, 8040, 8041, 8049, 8050, 8051, 8052, 8053, 8054, 8055, 8056, 10402, 10403, 10404, 10405, 10406, 10407, 10408, 10409, 10410, 10411, 10413, 10415, 10416, 10417, 10418, 10419, 10420, 10421, 10422, 10423, 10424, 10425, 10426, 10427, 10432, 10433, 10434, 10435, 10436, 10437, 10444, 10445, 10446, 10447, 10448, 10449, 10450, 10451, 10452, 10453, 10454, 10455, 10456, 10457, 10458, 10459, 10460, 10461]), Anchor::Lits(&[5460, 5957, 6284, 7205, 7206, 7207, 9396, 9397, 9398, 9651, 9652, 9653, 9917, 9918, 9920, 9996, 9997, 10196, 10543, 10881, 10882, 12070])]), Anchor::All(&[Anchor::Lits(&[6487, 6488, 6489, 6490, 6491, 6492, 6493, 6494, 6495, 6496, 6498, 6499, 6500, 6501, 6502, 6503, 6504, 6505, 6506, 6508, 6511, 6513, 6522, 6523, 6524, 6525, 6526, 6527, 6528, 6529, 6530, 6531, 6535, 6537, 6544, 6545, 6547, 6548, 6550, 6563, 7298, 7299, 7300, 7301, 7302, 7303, 7304, 7305, 7306, 7307, 7309, 7310, 7311, 7312, 7313, 7314, 7315, 7316, 7317, 7319, 7322, 7324, 7333, 7334, 7335, 7336, 7337, 7338, 7339, 7340, 7341, 7342, 7346, 7348, 7355, 7356, 7358, 7359, 7361, 7374, 7958, 7959, 7960, 7961, 7962, 7963, 7964, 7965, 7966, 7967, 7969, 7970, 7971, 7972, 7973, 7974, 7975, 7976, 7977, 7979, 7982, 7984, 7993, 7994, 7995, 7996, 7997, 7998, 7999, 8000, 8001, 8002, 8006, 8008, 8015, 8016, 8018, 8019, 8021, 8034]), Anchor::Lits(&[221, 785, 1562, 2598])])])),
            (11, "instructions-void", Anchor::All(&[Anchor::Lits(&[6017, 6072, 6136, 6386, 6399, 6413, 7640, 7655, 7670, 7683, 7696, 8387, 8400, 8691, 9693, 9717, 9750, 10013, 10063, 10074, 10114, 10722, 10734, 11410]), Anchor::Lits(&[16, 18, 83, 807, 808, 1041, 1045, 1131, 1534, 1540, 1595, 1597, 1598, 1762, 1906, 2012, 2018, 2121, 2152, 2430, 2439, 2473, 2474, 2475, 2476, 2478, 2489, 2490, 2535, 2543, 2592, 2609, 2613, 2616, 2919, 2935, 2937, 2942, 2943, 3016, 3020, 3407, 3415, 3435, 4098, 4381, 4415, 4459, 6648, 6678, 6737, 6738, 6739, 6740, 6745, 6782, 9068, 9069, 9070, 9071, 9089, 9090, 9091, 9092]), Anchor::Lits(&[28, 85, 133, 217, 1515, 1684, 1691, 1730, 1823, 1947, 2548, 2596, 2661, 2756, 2770, 2773, 2780, 2828, 3096, 3136, 3462, 3682, 3916, 3938, 4709])])),
            (12, "instructions-superseded", Anchor::All(&[Anchor::Lits(&[676, 806, 809, 1790, 1792, 2013, 2014, 2611, 2612, 2618, 2620, 2624, 2625, 2936, 2938, 3414, 3416, 3499, 3500, 3986, 3987, 4380]), Anchor::Lits(&[6014, 6177, 6398, 7669, 8386, 8772, 8819, 9335, 9585, 9591, 9716, 10073])])),
            (13, "stop-following-instructions", Anchor::Any(&[Anchor::Lits(&[12091, 12093, 12095, 12097, 12101, 12104, 12108, 12109, 12114, 12115, 12117, 12118, 12121, 12139, 12140, 12141, 12142, 12143, 12144, 12145, 12146, 12147, 12148, 12149, 12150, 12151, 12157, 12158, 12159, 12160, 12161, 12162, 12163, 12164, 12165, 12166, 12167, 12168, 12169, 12174, 12175, 12176, 12177, 12178, 12179, 12180, 12181, 12182, 12183, 12184, 12185, 12186, 12188, 12189, 12191, 12193, 12195, 12198, 12200, 12201, 12206, 12207, 12208, 12209, 12211, 12300, 12301, 12303, 12305, 12307, 12310, 12312, 12313, 12318, 12319, 12320, 12321, 12323, 12683, 12684, 12685, 12686, 12687, 12688, 12689, 12690, 12691, 12692, 12693, 12694, 12695]), Anchor::All(&[Anchor::Lits(&[25, 26, 67, 68, 862, 863, 1629, 1634, 1857, 1858, 2208, 2209, 2520, 2524, 2944, 2945, 3347, 3348]), Anchor::Lits(&[6016, 6071, 6135, 6256, 6351, 6385, 6398, 7639, 7654, 7669, 7682, 8386, 8690, 8753, 9328, 9455, 9692, 9716, 10012, 10062, 10113, 10721, 11408, 11409]), Anchor::Lits(&[5923, 6644, 6741, 8997, 9066, 9102, 9816, 10571, 12106, 12122, 12216, 12218, 12281, 12282, 12645])])])),
            (14, "discredit-earlier-text", Anchor::Any(&[Anchor::Lits(&[5257, 5258, 5259, 5266, 5267, 5269, 5270, 5271, 5333, 5334, 5444, 5445, 5446, 5447, 5448, 5449, 5450, 5451, 5452, 5453, 5454, 5455, 5456, 5457, 5458, 5459, 5480, 5481, 5482, 5487, 5488, 5490, 5491, 5492, 5512, 5513, 6029, 6030, 6031, 6033, 6034, 6035, 6036, 6037, 6038, 6039, 6040, 6041, 6042, 6043, 6044, 6045, 6046, 6047, 6048, 6049, 6050, 6051, 6052, 6053, 6054, 6056, 6059, 6062, 6065, 6067, 6121, 6124, 6125, 6126, 6127, 6128, 6129, 6131, 6132, 6133, 6152, 6153, 6154, 6160, 6161, 6162, 6163, 6174, 6175, 6176, 7054, 7055, 7056, 7061, 7062, 7064, 7065, 7066, 7086, 7087, 7092, 7093, 7094, 7095, 7096, 7097, 7239, 7240, 7241, 7242, 7243, 7244, 7245, 7246, 7247, 7249, 7252, 7255, 7263, 7264, 7265, 7266, 8401, 8404, 8405, 8409, 8410, 8414, 8415, 8420, 8428, 8430, 8554, 8575, 8581, 8591, 8598, 8599, 8721, 8722, 8723, 8724, 8725, 8726, 8727, 8728, 8729, 8730, 8731, 8732, 8733, 8734, 8735, 8736, 8786, 8787, 8788, 8789, 8790, 8792, 8793, 8795, 8799, 8801, 9159, 9166, 9167, 9186, 9187, 9188, 9189, 9190, 9191, 9192, 9193, 9194, 9196, 9197, 9198, 9199, 9200, 9201, 9202, 9203, 9204, 9207, 9209, 9212, 9215, 9218, 9219, 9220, 9221, 9224, 9231, 9237, 9238, 9239, 9240, 9241, 9242, 9243, 9244, 9245, 9246, 9294, 9295, 9296, 9297, 9298, 9299, 9718, 9720, 9721, 9724, 9725, 9731, 9732, 9738, 9746, 9748, 9751, 9753, 9754, 9757, 9758, 9761, 9762, 9765, 9770, 9771, 9866, 9869, 9870, 9871, 9872, 9873, 9874, 9876, 9877, 9878, 9922, 9923, 9924, 9925, 9926, 9927, 9928, 9929, 9930, 9931, 9933, 9934, 9935, 9936, 9937, 9938, 10075, 10077, 10078, 10081, 10082, 10085, 10086, 10089, 10095, 10096, 10272, 10273, 10274, 10275, 10276, 10277, 10278, 10279, 10280, 10281, 10479, 10480, 10481, 10482, 10483, 10484, 10764, 10765, 10766, 10767, 10768, 10769, 10770, 10771, 10772, 10773, 10774, 10775, 10776, 10777, 10778, 10779, 10780, 10781, 10782, 10783, 10784, 10785, 10786, 10787, 10788, 10789, 10790, 10791, 10792, 10793, 10794, 10795, 10802, 10803, 10804, 10805, 10806, 10807, 10808, 10809, 10810, 10811, 10812, 10813, 10814, 10815, 10816, 10817, 10889, 10890, 10891, 10892, 10893, 10894, 10895, 10896, 10897, 10898, 10899, 10900, 10901, 10909, 10910, 10913, 10914, 10919, 10920, 10921, 10922, 11006, 11007, 11030, 11031, 11034, 11035, 11121, 11158, 11159, 11237, 11298, 11299, 11300, 11301, 11302, 11303, 11358, 11362, 11363, 11430, 11433, 11434, 11435, 11436, 11437, 11438, 11440, 11441, 11442, 11668, 11669, 11670, 11671, 11672, 11673, 11674, 11675, 11676, 11677, 12051, 12052, 12053, 12054, 12055, 12056, 12057, 12058, 12059, 12060, 12061, 12062, 12063, 12064, 12065, 12066]), Anchor::All(&[Anchor::Lits(&[6122, 6123, 6130, 6134, 6238, 6239, 6240, 6241, 6291, 6292, 6293, 6294, 9867, 9868, 9875, 9879, 11431, 11432, 11439, 11443]), Anchor::Lits(&[6017, 6072, 6136, 6386, 6399, 6413, 7640, 7655, 7670, 7683, 7696, 8387, 8400, 8691, 9693, 9717, 9750, 10013, 10063, 10074, 10114, 10722, 10734, 11410])]), Anchor::All(&[Anchor::Lits(&[5187, 5190, 5191, 5192, 5194, 5195, 5197, 6354, 6357, 6359, 6363, 6365, 6368, 6371, 6892, 6895, 6896, 6897, 6899, 6900, 6902, 7188, 7191, 7192, 7193, 7195, 7196, 7198, 7759, 7768, 7770, 7773, 7776, 7781, 7787, 9364, 9369, 9371, 9374, 9377, 9380, 9384, 9632, 9635, 9636, 9637, 9639, 9640, 9642, 9658, 9661, 9662, 9663, 9665, 9666, 9668, 10714, 10718, 10721, 10746, 10748, 10751, 10754]), Anchor::Lits(&[0, 4, 7, 8, 11, 13, 17, 20, 756, 1028, 1596, 2011, 2151, 2480, 2534, 2608, 4097])]), Anchor::All(&[Anchor::Lits(&[308, 309, 310, 311, 312, 313, 314, 315, 316, 317, 318, 319, 320, 321, 322, 323, 324, 325, 343, 344, 345, 346, 347, 348, 349, 350, 351, 352, 353, 354, 355, 356, 357, 358, 359, 360, 2153, 2154, 2155, 2156, 2157, 2158, 2159, 2160, 2161, 2162, 2163, 2164, 2165, 2166, 2167, 2168, 2169, 2170]), Anchor::Lits(&[6016, 6071, 6135, 6385, 6398, 7639, 7654, 7669, 7682, 8386, 8690, 9692, 9716, 10012, 10062, 10113, 10721, 11409])])])),
            (15, "permission-to-ignore", Anchor::All(&[Anchor::Lits(&[657, 851, 1873, 1874, 1875, 1876, 1880, 1881, 1882, 1883, 1884, 1885, 1886, 1887, 1888, 1889, 1890, 1891, 1892, 1893, 2676, 4467, 4519, 4520, 4545, 4546, 4547, 4548, 4549, 4550, 4551, 4552, 4553, 4555, 4557, 4558, 4559, 4562, 4565, 4566, 4570, 4572, 4574, 4576, 4587, 4588, 4591, 4593, 4648, 4649, 4655, 4656, 4657, 4658, 4659, 4660, 4661, 4662, 4663, 4664, 4665, 4666, 4669, 4670, 4671, 4675, 4692, 4701, 5080, 5106, 5107, 5108, 5109, 5110, 5111, 5112, 5113, 5115, 5117, 5118, 5119, 5122, 5125, 5126, 5130]), Anchor::Lits(&[5529, 5551, 5641, 5642, 5644, 5645, 5647, 5649, 5751, 5925, 5937, 5938, 6017, 6072, 6101, 6110, 6113, 6136, 6156, 6157, 6167, 6229, 6230, 6236, 6386, 6399, 6413, 6929, 7009, 7030, 7173, 7637, 7640, 7653, 7655, 7668, 7670, 7683, 7696, 7817, 8304, 8307, 8309, 8311, 8313, 8316, 8318, 8387, 8400, 8691, 8708, 8826, 8829, 8840, 8847, 9586, 9645, 9693, 9717, 9750, 9830, 9854, 9863, 9864, 9999, 10005, 10013, 10037, 10074, 10112, 10129, 10135, 10137, 10143, 10145, 10151, 10155, 10157, 10159, 10167, 10169, 10170, 10188, 10190, 10192, 10251, 10256, 10258, 10260, 10262, 10264, 10722, 10734, 11033, 11410, 11445]), Anchor::Lits(&[5756, 5829, 5943, 6433, 6485, 7014, 7292, 7956, 9411, 10401, 11678])])),
            (16, "deceive-the-user", Anchor::Any(&[Anchor::Lits(&[1860, 1861, 1862, 1863, 1864, 1865, 1866, 1867, 1868, 1869, 4061, 4062, 4063, 4064, 4065, 4066, 4067, 4068, 4069, 4070, 7793, 7794, 7795, 7796, 11978, 12024, 12027, 12030]), Anchor::All(&[Anchor::Lits(&[5836, 5838, 5840, 5841, 6566, 6570, 6580, 6581, 7377, 7381, 7391, 7392, 8037, 8041, 8057, 8058]), Anchor::Lits(&[7805, 9328, 9946, 11582])]), Anchor::All(&[Anchor::Lits(&[6646, 6647, 6674, 6675, 6676, 6677, 6679, 6680, 6682, 6683, 6705, 6706, 6707, 6708, 6743, 6744, 6778, 6779, 6780, 6781, 6783, 6784, 6786, 6787, 6809, 6810, 6811, 6812, 8999, 9000, 9010, 9011, 9012, 9013, 9014, 9015, 9023, 9024, 9038, 9039, 9040, 9041, 11937, 11938, 11980, 11981, 11983, 11984, 11988, 11989, 11994, 11995, 12012, 12013, 12014, 12015]), Anchor::Lits(&[7806, 7807, 7818, 7819, 7820, 7821, 7822, 7823, 7824, 7832, 7833, 7834, 9947, 9948, 9955, 9956, 9957, 9958, 9959, 9960, 9961, 9969, 9970, 9971, 11583, 11587, 11595, 11596, 11597, 11598, 11599, 11600, 11601, 11610, 11611, 11612, 11615, 11616, 11624, 11625, 11626, 11627, 11628, 11629, 11630, 11639, 11640, 11641])])])),
            (17, "suspend-own-instructions", Anchor::All(&[Anchor::Lits(&[2101, 2102, 2103, 2104, 2105, 2107, 2108, 2109, 2110, 2111, 2112, 2113, 2114, 2115, 2116, 2130, 2131, 2132, 2133, 2134, 2135, 2136, 2137, 2138, 2139, 2140, 2141, 2142, 2143, 2144, 2639, 2640, 2641, 2642, 2643, 2644, 2645, 2646, 2647, 2648, 2649, 2650, 2651, 2652, 2653, 2690, 2691, 2692, 2693, 2694, 2695, 2696, 2697, 2698, 2699, 2700, 2701, 2702, 2703, 2704, 2844, 2845, 2846, 2847, 2848, 2859, 2860, 2861, 2862, 2863, 2864, 2865, 2866, 2868, 2872, 3200, 3201, 3202, 3203, 3204, 3213, 3214, 3215, 3216, 3217, 3218, 3219, 3220, 3222, 3225, 3228, 3229, 3230, 3231, 3232, 3233, 3234, 3235, 3236, 3237, 3238, 3239, 3240, 3241, 3242, 3436, 3437, 3438, 3439, 3440, 3441, 3442, 3443, 3444, 3445, 3446, 3452, 3455, 3456, 3457, 3990, 3991, 3992, 3993, 3994, 3996, 3997, 3998, 3999, 4000, 4001, 4007, 4010, 4011, 4012]), Anchor::Lits(&[5253, 5261, 5531, 5533, 5535, 5536, 5539, 5543, 5544, 5546, 5548, 5549, 5551, 5641, 5642, 5644, 5645, 5647, 5649, 5751, 5925, 5937, 5940, 6017, 6072, 6103, 6108, 6110, 6113, 6136, 6157, 6229, 6230, 6236, 6386, 6399, 6413, 6929, 7009, 7030, 7171, 7173, 7637, 7638, 7640, 7653, 7655, 7668, 7670, 7683, 7696, 7809, 7817, 8304, 8305, 8307, 8309, 8311, 8316, 8318, 8387, 8400, 8691, 8708, 8826, 8847, 9586, 9592, 9645, 9693, 9717, 9750, 9773, 9830, 9854, 9863, 9864, 10013, 10040, 10043, 10074, 10112, 10127, 10188, 10190, 10192, 10251, 10252, 10256, 10258, 10260, 10262, 10264, 10268, 10722, 10734, 11033, 11410, 11445, 12347]), Anchor::Lits(&[5615, 5687, 5739, 9248, 9288, 9289, 9291, 11382])])),
            (18, "reset-own-instructions", Anchor::Any(&[Anchor::Lits(&[5743, 5994, 5995, 7444, 7445, 7446, 10761, 11881, 11883, 11885, 11889, 11894, 11896, 11897, 11899, 11900, 11901, 11902, 11903, 11904, 11905, 11906, 11907, 11908, 11909, 11910, 11911, 11912, 11923, 11924, 11925, 11927, 11930, 11932, 11933]), Anchor::All(&[Anchor::Lits(&[5996, 5997, 5998, 5999, 6008, 6009, 6010, 6011, 6327, 6328, 6331, 6333, 6822, 6823, 6825, 6834, 6930, 6931, 6932, 6933, 6934, 6935, 6936, 6937, 7201, 7202, 7203, 7204, 9450, 9451, 9452, 9453, 9780, 9781, 9782, 9783, 9899, 9900, 9901, 9902, 9906, 9907, 9908, 9909, 9910, 9911, 9912, 9913, 9986, 9987, 9988, 9989, 9990, 9991, 9992, 9993, 10047, 10048, 10049, 10050, 11532, 11533, 11537, 11538, 11838, 11839, 11840, 11841, 11842, 11843, 11844, 11845]), Anchor::Lits(&[6016, 6071, 6177, 6385, 6398, 7639, 7654, 7669, 7682, 7934, 8386, 8764, 8765, 9564, 9692, 9716, 10012, 10073, 10113, 10721, 11409])])])),
            (19, "apply-to-own-instructions", Anchor::All(&[Anchor::Lits(&[87, 88, 89, 90, 2563, 2564, 2573, 2575, 3945, 3946, 3964, 3969, 4386, 4387, 4400, 4414]), Anchor::Lits(&[6017, 6072, 6386, 6399, 6413, 7640, 7655, 7670, 7683, 7696, 8387, 8400, 9693, 9717, 9750, 10074, 10114, 10722, 10734, 11410])])),
            (20, "override-what-makers-said", Anchor::All(&[Anchor::Lits(&[3685, 3686, 3687, 3688, 3766, 3767, 3778, 3779, 3809, 3810, 3841, 3842, 3844, 3845, 3851, 3852, 3867, 3868, 3870, 3871, 4729, 4730, 4731, 4732, 4775, 4776, 4804, 4805, 4901, 4902, 4945, 4946, 4972, 4973, 4990, 4991, 5035, 5036, 5038, 5039]), Anchor::Lits(&[6099, 7490, 7559, 8376, 9691, 10173, 10315, 10849, 11387, 12071, 12075])])),
            (21, "you-have-been-changed", Anchor::Lits(&[1111, 1114, 1988, 2594, 2736, 3056, 5700, 5701, 5702, 5703, 5704, 5705, 5706, 5707, 5708, 5709, 5710, 5711, 7250, 7251, 7253, 7254, 8555, 8574, 8576, 8577, 8579, 8580, 8592, 8594, 8595, 8596, 8597, 8600, 9138, 9139, 9140, 9141, 9143, 9144, 9145, 9146, 9147, 9148, 9149, 9150, 9198, 9203, 9205, 9206, 9249, 9250, 9251, 9252, 9253, 9254, 9255, 9256, 9257, 9258, 9259, 9260, 10650, 10651, 10652, 10653, 10654, 10655, 10656, 10657, 10658, 10659, 10660, 10661, 12090, 12094, 12096, 12099, 12102, 12103, 12107, 12110, 12111, 12112, 12113, 12120, 12187, 12190, 12192, 12194, 12196, 12197, 12199, 12202, 12203, 12204, 12205, 12210, 12261, 12262, 12263, 12264, 12265, 12266, 12268, 12269, 12270, 12271, 12272, 12273, 12285, 12286, 12287, 12288, 12289, 12290, 12291, 12292, 12293, 12294, 12295, 12296, 12299, 12302, 12304, 12306, 12308, 12309, 12311, 12314, 12315, 12316, 12317, 12322, 12419, 12420, 12422, 12424, 12437, 12439, 12443, 12445, 12448, 12449, 12451, 12452, 12455, 12456, 12458, 12459, 12464, 12465, 12466, 12467, 12468, 12469, 12474, 12475, 12476, 12477, 12478, 12479, 12480, 12481, 12482, 12483, 12484, 12485, 12486, 12487, 12490, 12491, 12493, 12494, 12497, 12498, 12500, 12501, 12505, 12506, 12507, 12508, 12509, 12510, 12537, 12539, 12544, 12545, 12547, 12548, 12551, 12552, 12554, 12555, 12559, 12560, 12561, 12562, 12563, 12564, 12566, 12567, 12569, 12570, 12574, 12575, 12576, 12577, 12578, 12579, 12580, 12581, 12582, 12583, 12584, 12585, 12586, 12587, 12600, 12601, 12603, 12604, 12607, 12608, 12610, 12611, 12615, 12616, 12617, 12618, 12619, 12620, 12638, 12639, 12640, 12641, 12642, 12643, 12646, 12647, 12648, 12649, 12650, 12651, 12696, 12697, 12698, 12699, 12700, 12701, 12702, 12703, 12704, 12705, 12706, 12707])),
            (22, "treat-rules-as-optional", Anchor::Any(&[Anchor::Lits(&[4531, 4532, 4533, 4534, 4535, 4560, 4561, 4567, 4568, 4569, 4667, 4668, 4672, 4673, 4674, 4685, 4686, 4687, 4688, 4689, 5120, 5121, 5127, 5128, 5129]), Anchor::All(&[Anchor::Lits(&[301, 302, 303, 304, 305, 306, 326, 335, 336, 337, 338, 339, 341, 361]), Anchor::Lits(&[5260, 5530, 5532, 5534, 5538, 5542, 5545, 5547, 5550, 5640, 5643, 5646, 5648, 5750, 5924, 5936, 5939, 6016, 6071, 6102, 6107, 6109, 6112, 6135, 6155, 6166, 6228, 6235, 6385, 6398, 6928, 7008, 7029, 7172, 7636, 7639, 7652, 7667, 7669, 7682, 7808, 7816, 8303, 8306, 8308, 8310, 8312, 8315, 8317, 8386, 8690, 8707, 8825, 8828, 8839, 8846, 9585, 9644, 9692, 9716, 9853, 9862, 9998, 10011, 10039, 10042, 10062, 10111, 10128, 10134, 10136, 10142, 10144, 10150, 10154, 10156, 10158, 10162, 10166, 10168, 10187, 10189, 10191, 10250, 10255, 10257, 10259, 10261, 10263, 10267, 10721, 11032, 11409, 11444, 12346]), Anchor::Lits(&[6120, 6237, 9865, 10271, 11429, 11667])])])),
            (23, "nothing-is-real", Anchor::Lits(&[219, 903, 2406, 2472, 2482, 2483, 2484, 2485, 3055])),
            (24, "reveal-own-instructions", Anchor::Lits(&[12332, 12333, 12359, 12360, 12361, 12362, 12363, 12364, 12376, 12387, 12411, 12414, 12415, 12416, 12417, 12418, 12425, 12426, 12427, 12428, 12429, 12430, 12433, 12434, 12435, 12441, 12512, 12513, 12514, 12515, 12517, 12518, 12519, 12520, 12521, 12522, 12523, 12524, 12525, 12540, 12541, 12568, 12571, 12572, 12573, 12588, 12589, 12597, 12622, 12623, 12634, 12635, 12636])),
            (25, "reveal-system-prompt", Anchor::Lits(&[5219, 5220, 5221, 5222, 5223, 5224, 5225, 5226, 5227, 5228, 5229, 5230, 5231, 6084, 6085, 6086, 6087, 6088, 6089, 6090, 6091, 6092, 6093, 6094, 6095, 6096, 6352, 6353, 6355, 6356, 6358, 6360, 6361, 6364, 6366, 6367, 6369, 6370, 6372, 7754, 7758, 7760, 7763, 7769, 7771, 7772, 7775, 7777, 7778, 7782, 7783, 7788, 8259, 8262, 8263, 8264, 8268, 8269, 8270, 8272, 8274, 8275, 8276, 8277, 8280, 8444, 8445, 8446, 8447, 8448, 8449, 8450, 8451, 8452, 8453, 8454, 8455, 8456, 8803, 8804, 8805, 8806, 8807, 8808, 8809, 8810, 8811, 8812, 8813, 8814, 8815, 9313, 9314, 9315, 9316, 9317, 9318, 9319, 9320, 9321, 9322, 9323, 9324, 9325, 9360, 9363, 9365, 9366, 9370, 9372, 9373, 9376, 9378, 9379, 9381, 9382, 9385, 9598, 9599, 9600, 9601, 9602, 9603, 9604, 9605, 9606, 9607, 9608, 9609, 9610, 9672, 9673, 9674, 9675, 9676, 9680, 9681, 9682, 9683, 9684, 9685, 9686, 9687, 9834, 9835, 9836, 9837, 9838, 9839, 9840, 9841, 9842, 9843, 9844, 9845, 9846, 10225, 10227, 10228, 10231, 10232, 10233, 10234, 10235, 10236, 10237, 10240, 10241, 10244, 10530, 10531, 10532, 10533, 10534, 10535, 10536, 10537, 10538, 10539, 10540, 10541, 10542, 10712, 10713, 10715, 10717, 10719, 10722, 10734, 10747, 10749, 10750, 10752, 10753, 10755, 11492, 11493, 11494, 11495, 11496, 11497, 11498, 11499, 11500, 11501, 11502, 11503, 11504, 11654, 11655, 11656, 11657, 11658, 11659, 11660, 11661, 11662, 11663, 11664, 11665, 11666])),
            (26, "what-others-told-you", Anchor::Lits(&[29, 30, 31, 32, 33, 34, 35, 36, 37, 38, 39, 40, 41, 482, 483, 484, 485, 688, 690, 692, 693, 694, 696, 697, 699, 702, 703, 704, 705, 706, 1717, 1718, 1719, 1720, 1724, 1725, 1728, 1729, 1977, 1978, 1979, 1980, 2781, 2782, 2783, 2784, 2785, 2786, 2787, 2788, 2790, 2791, 2792, 2793, 2794, 2806, 2807, 2808, 2809, 2856, 2858, 2870, 2871, 3110, 3111, 3112, 3113, 3184, 3186, 3189, 3190, 3503, 3504, 3505, 3506, 3508, 3509, 3510, 3512, 3972, 3973, 3974, 3975, 4444, 4445, 4446, 4447, 4460, 4461, 4462, 4463])),
            (27, "reveal-what-you-were-told", Anchor::Any(&[Anchor::Lits(&[6148, 6149, 6150, 6302, 6303, 6304, 7764, 7767, 7791, 8239, 8240, 8241, 8718, 8719, 8720, 8768, 8769, 8770, 10175, 10176, 10183, 10519, 10520, 10521, 10546, 10547, 10548, 11752, 11753, 11754, 11755, 11756, 11757, 11758, 11759, 11760, 11761, 11762, 11763, 11764, 11765, 11766, 11767, 11768, 11769, 11770, 11771, 11772, 11773, 11778, 11779, 11780, 11781, 11782, 11783, 11784, 12072, 12073, 12074]), Anchor::All(&[Anchor::Lits(&[4505, 4506, 4507, 4508, 4509, 4510, 4511, 4512, 4513, 4514, 4515, 4516, 4525, 4526, 4527, 4577, 4610, 4611, 4635, 4650, 4651, 4652, 4777, 4778, 4779, 4780, 4781, 4782, 4783, 4784, 4785, 4786, 4787, 4788, 4789, 4790, 4791, 4792, 4793, 4794, 4795, 4796, 4797, 4798, 4806, 4807, 4808, 4809, 4810, 4811, 4812, 4813, 4814, 4815, 4816, 4817, 4818, 4819, 4820, 4821, 4822, 4823, 4824, 4825, 4826, 4827]), Anchor::Lits(&[6018, 6019, 6020, 6021, 6022, 6027, 6028, 6073, 6074, 6075, 6076, 6077, 6082, 6083, 6137, 6138, 6139, 6140, 6141, 6146, 6147, 6387, 6388, 6389, 6390, 6391, 6396, 6397, 6400, 6401, 6402, 6404, 6405, 6410, 6411, 6414, 6416, 6417, 6418, 6419, 6425, 6426, 7641, 7642, 7643, 7644, 7645, 7650, 7651, 7656, 7657, 7658, 7659, 7660, 7665, 7666, 7671, 7672, 7673, 7674, 7675, 7680, 7681, 7684, 7685, 7686, 7687, 7688, 7693, 7694, 7697, 7698, 7699, 7700, 7701, 7706, 7707, 8388, 8389, 8390, 8391, 8392, 8397, 8398, 8402, 8406, 8407, 8412, 8413, 8423, 8424, 8692, 8693, 8694, 8695, 8696, 8701, 8702, 9694, 9696, 9697, 9698, 9699, 9705, 9706, 9719, 9722, 9723, 9729, 9730, 9741, 9742, 9752, 9755, 9756, 9759, 9760, 9768, 9769, 10016, 10017, 10018, 10019, 10020, 10025, 10026, 10064, 10066, 10067, 10068, 10069, 10070, 10071, 10076, 10079, 10080, 10083, 10084, 10092, 10093, 10115, 10116, 10117, 10118, 10119, 10124, 10125, 10723, 10724, 10725, 10726, 10727, 10732, 10733, 10735, 10736, 10737, 10738, 10739, 10744, 10745, 11411, 11412, 11413, 11414, 11415, 11420, 11421])])])),
            (28, "reveal-given-instructions", Anchor::Any(&[Anchor::Lits(&[300, 720, 803, 856, 1709, 1710, 1740, 1764, 2539, 3243, 3588, 4134, 4135, 4499, 4524, 4560, 4592, 4609, 4635, 4637, 4685, 4689, 5104, 5120, 7447, 7448, 7449, 7450, 7451, 7452, 7453, 7454, 7455, 7456, 7457, 7458, 7459, 7460, 7461, 7462, 7463, 7464, 7465, 7466, 7467, 7468, 7469, 7470, 7471, 7472, 7473, 7474, 7475, 7476, 7477, 7478, 7479, 8204, 8205, 8206, 8207, 8208, 8209, 8210, 8211, 8212, 8213, 8214, 8215, 8216, 8217, 8218, 8219, 8220, 8221, 8222, 8223, 8224, 8225, 8226, 8227, 8228, 8229, 8230, 8231, 8232, 8233, 8234, 8235, 8236, 8329, 8330, 8331, 8332, 8333, 8334, 8335, 8336, 8337, 8338, 8339, 8340, 8341, 8342, 8343, 8344, 8345, 8346, 8347, 8348, 8349, 8350, 8351, 8352, 8353, 8354, 8355, 8356, 8357, 8358, 8359, 8360, 8361]), Anchor::All(&[Anchor::Lits(&[757, 900, 1044, 1949, 1950, 2240, 2776, 2839, 3160, 3224, 3330]), Anchor::Lits(&[4150, 4466, 4529, 4554, 4683, 5114])]), Anchor::All(&[Anchor::Lits(&[890, 891, 892, 893, 894, 895, 896, 897, 898, 899, 1029, 1030, 1031, 1032, 1033, 1034, 1035, 1036, 1037, 1038, 1599, 1600, 1601, 1602, 1603, 1604, 1605, 1606, 1607, 1608, 1731, 1732, 1733, 1734, 1735, 1736, 1737, 1738, 1739, 1740, 1951, 1952, 1953, 1954, 1955, 1956, 1957, 1958, 1959, 1960, 2230, 2231, 2232, 2233, 2234, 2235, 2236, 2237, 2238, 2239, 2705, 2706, 2707, 2708, 2709, 2710, 2711, 2712, 2713, 2714, 2829, 2830, 2831, 2832, 2833, 2834, 2835, 2836, 2837, 2838, 2842, 2843, 2851, 2852, 2853, 2854, 2855, 2857, 2867, 2869, 3177, 3178, 3179, 3180, 3181, 3182, 3183, 3185, 3187, 3188, 3198, 3199, 3207, 3208, 3209, 3210, 3211, 3212, 3221, 3223, 3423, 3424, 3425, 3426, 3427, 3428, 3429, 3430, 3431, 3432, 4449, 4450, 4451, 4452, 4453, 4454, 4455, 4456, 4457, 4458]), Anchor::Lits(&[6017, 6072, 6136, 6386, 6399, 6413, 7640, 7655, 7670, 7683, 7696, 8387, 8400, 8691, 9693, 9717, 9750, 10013, 10063, 10074, 10114, 10722, 10734, 11410])])])),
            (29, "repeat-text-above", Anchor::Any(&[Anchor::Lits(&[5185, 5186, 5188, 5189, 5190, 5193, 5194, 5196, 5197, 5198, 6890, 6891, 6893, 6894, 6895, 6898, 6899, 6901, 6902, 6903, 7186, 7187, 7189, 7190, 7191, 7194, 7195, 7197, 7198, 7199, 7755, 7756, 7765, 7766, 7768, 7774, 7776, 7786, 7787, 7792, 8260, 8261, 8265, 8266, 8267, 8271, 8273, 8278, 8279, 8281, 9361, 9362, 9367, 9368, 9369, 9375, 9377, 9383, 9384, 9386, 9615, 9616, 9617, 9618, 9619, 9620, 9621, 9622, 9623, 9624, 9630, 9631, 9633, 9634, 9635, 9638, 9639, 9641, 9642, 9643, 9656, 9657, 9659, 9660, 9661, 9664, 9665, 9667, 9668, 9670]), Anchor::All(&[Anchor::Lits(&[27, 639, 640, 689, 691, 695, 698, 700, 1699, 1707, 1941, 2755, 2789, 3316, 4575, 4635, 4685, 5133]), Anchor::Lits(&[5934, 6151, 6185, 7053, 8282, 8292, 8319, 8399, 8714, 8772, 9611, 9716, 10310, 10323, 10887, 11386, 12042]), Anchor::Lits(&[6198, 6483, 6843, 6904, 8716, 9395, 9507, 9650, 9825, 9849, 9905, 9941, 10032, 10343, 10523, 11469, 12069])])])),
            (30, "repeat-starting-with-you-are", Anchor::Lits(&[709, 712, 713, 3329, 3331, 3332])),
            (31, "reveal-context-contents", Anchor::Any(&[Anchor::Lits(&[8321, 8322, 8323, 8324, 8325, 8326, 8327, 8411, 8419, 8425, 8426, 8427, 8429, 8431, 8776, 8777, 8779, 8780, 8781, 8782, 8783, 8791, 8794, 8796, 8797, 8798, 8800, 8802, 9726, 9737, 9743, 9744, 9745, 9747, 9749]), Anchor::All(&[Anchor::Lits(&[710, 711, 835, 836, 919, 920, 923, 924, 953, 954, 1535, 1536, 2204, 2205, 2206, 2207, 2635, 2636, 2637, 2638, 2656, 2657, 2933, 2934, 2966, 2967, 3142, 3143, 3191, 3192, 3193, 3194, 3326, 3327, 3519, 3520, 3970, 3971, 3981, 3982, 4440, 4441]), Anchor::Lits(&[6097, 6177, 6188, 8399, 8765, 9611, 9716, 10073])]), Anchor::All(&[Anchor::Lits(&[3683, 3684, 3763, 3764, 3765, 3768, 3777, 3780, 3783, 3786, 3795, 3802, 3805, 3806, 3807, 3840, 3843, 3847, 3848, 3849, 3850, 3853, 3858, 3859, 3864, 3865, 3866, 3874, 3875, 3877, 3878, 3879, 4710, 4712, 4768, 4769, 4772, 4799, 4801, 4834, 4836, 4838, 4839, 4843, 4844, 4852, 4853, 4943, 4949, 4975, 4976, 4982, 4988, 4993, 4994, 4995, 5027, 5030, 5033, 5057, 5058, 5062, 5078, 5079]), Anchor::Lits(&[5262, 5263, 5264, 5265, 5268, 5272, 5273, 5274, 5275, 5276, 5277, 5278, 5279, 5280, 5281, 5282, 5283, 5284, 5285, 5286, 5287, 5288, 5289, 5290, 5291, 5292, 5293, 5294, 5295, 5296, 5297, 5298, 5301, 5302, 5303, 5305, 5306, 5307, 5308, 5309, 5310, 5311, 5312, 5313, 5314, 5315, 5316, 5317, 5318, 5319, 5320, 5321, 5322, 5323, 5324, 5325, 5326, 5327, 5328, 5329, 5330, 5331, 5332, 5483, 5484, 5485, 5486, 5489, 5493, 5494, 5495, 5496, 5497, 5498, 5501, 5502, 5503, 5505, 5506, 5507, 5508, 5509, 5510, 5511, 6867, 6868, 6869, 6870, 6871, 6872, 6873, 6874, 6875, 6876, 6877, 6878, 6879, 6880, 6881, 6882, 6883, 6884, 6885, 6886, 6887, 7031, 7032, 7033, 7034, 7035, 7036, 7037, 7038, 7039, 7040, 7041, 7042, 7043, 7044, 7045, 7046, 7047, 7048, 7049, 7050, 7051, 7057, 7058, 7059, 7060, 7063, 7067, 7068, 7069, 7070, 7071, 7072, 7075, 7076, 7077, 7079, 7080, 7081, 7082, 7083, 7084, 7085, 11137, 11138, 11139, 11140, 11141, 11142, 11143, 11144, 11145, 11146, 11147, 11148, 11149, 11150, 11151, 11152, 11153, 11154, 11155, 11156, 11157])])])),
            (32, "reveal-transformed-prompt", Anchor::All(&[Anchor::Lits(&[12333, 12360, 12388, 12427, 12428, 12435, 12440, 12512, 12513, 12516, 12522, 12541, 12572, 12588, 12589, 12622, 12635]), Anchor::Lits(&[6098, 6386, 6413, 7696, 8400, 8773, 8785, 9612, 9717, 9750, 10074, 10324, 10888])])),
            (33, "complete-the-leak", Anchor::All(&[Anchor::Lits(&[7841, 7847, 7860, 7866, 7867, 7872, 7873, 7874, 7875, 7876, 7901, 7902, 7903, 7904, 7905, 7906, 7907, 7908, 7909, 7910, 8863, 8864, 8865, 8866, 8867, 8868, 8869, 8870, 8871, 8872, 8873, 8874, 8875, 8876, 8877, 8878, 8879, 8880, 8881, 8882, 8883, 8884, 8885, 8886, 8887, 8888, 8889, 8890, 8891, 8892, 8898, 8899, 8900, 8901, 8902, 8903, 8909, 8910, 8911, 8912, 8913, 8914, 8915, 8916, 8917, 8918, 8919, 8920, 8921, 8923, 8925, 8926, 8930, 8931, 8937, 8938, 8939, 8940, 8941, 8942, 8943, 8944, 8945, 8946, 8947, 8948, 8949, 8950, 8951, 8952, 8953, 8954, 11095, 11096, 11118, 11119, 11120, 11129, 11130, 11131, 11132, 12085, 12086, 12088, 12089, 12092, 12098, 12590, 12591, 12592, 12593]), Anchor::Lits(&[707, 860, 926, 1533, 1611, 1627, 2587, 2758, 2759, 3324])])),
            (34, "what-you-must-not-say", Anchor::Lits(&[12123, 12124, 12125, 12126, 12127, 12128, 12129, 12130, 12131, 12132, 12133, 12134, 12135, 12136, 12156, 12213, 12220, 12221, 12222, 12223, 12224, 12258, 12259, 12278, 12283, 12284])),
            (35, "reveal-initialization", Anchor::Lits(&[8248, 8249, 8250, 8251, 8252, 8253, 8254, 8255, 8256, 8283, 8284, 8285, 8286, 8287, 8288, 8289, 8290, 8291, 8293, 8294, 8295, 8296, 8297, 8298, 8299, 8300, 8301])),
            (36, "forged-own-instructions", Anchor::Lits(&[4712, 4764, 4769, 4773, 4804, 4843, 4844, 4853, 4905, 4943, 4949, 4974, 4988, 4995, 5027, 5030, 5033, 5057, 5078])),
            (37, "follow-what-it-says", Anchor::Any(&[Anchor::Lits(&[5403, 5404, 5405, 5406, 5436, 5437, 5438, 5439, 5877, 5878, 5879, 5880, 5881, 5882, 5883, 5884, 5885, 5886, 5887, 5888, 5889, 5890, 5891, 5892, 5893, 5894, 5895, 5896, 5897, 5898, 5899, 5900, 5909, 5910, 5911, 5912, 5913, 5914, 5916, 5917, 5918, 5919, 5920, 5921, 6620, 6621, 6622, 6623, 6624, 6625, 6626, 6627, 6628, 6629, 6630, 6631, 6632, 6633, 6634, 6635, 6636, 6637, 6638, 6639, 6640, 6641, 6642, 6643, 6715, 6716, 6717, 6718, 6719, 6720, 6731, 6732, 6733, 6734, 6735, 6736, 7100, 7101, 7102, 7103, 7104, 7105, 7106, 7107, 7108, 7109, 7110, 7111, 7112, 7113, 7114, 7115, 7116, 7117, 7118, 7119, 7120, 7121, 7122, 7123, 7132, 7133, 7134, 7135, 7136, 7137, 7139, 7140, 7141, 7142, 7143, 7144, 7215, 7216, 7217, 7218, 7219, 7220, 7221, 7222, 7223, 7224, 7225, 7226, 7227, 7228, 7229, 7230, 7231, 7232, 7233, 7234, 7235, 7236, 7237, 7238, 7267, 7268, 7269, 7270, 7271, 7272, 7274, 7275, 7276, 7277, 7278, 7279, 9160, 9161, 9162, 9163, 9164, 9165, 9168, 9169, 9170, 9171, 9172, 9173, 9174, 9175, 9176, 9177, 9178, 9179, 9180, 9181, 9182, 9183, 9184, 9185, 9222, 9223, 9224, 9225, 9226, 9227, 9229, 9230, 9231, 9232, 9233, 9234, 11162, 11163, 11164, 11165, 11194, 11195, 11196, 11197]), Anchor::All(&[Anchor::Lits(&[168, 169, 170, 171, 172, 173, 174, 175, 176, 177, 178, 179, 180, 181, 182, 183, 184, 185, 186, 187, 188, 189, 190, 191, 193, 194, 195, 196, 197, 198, 199, 200, 201, 202, 203, 204, 3880, 3881, 3882, 3883, 3884, 3885, 3886, 3887, 3888, 3889, 3890, 3891, 3892, 3893, 3894, 3895, 3896, 3897, 3898, 3899, 3900, 3901, 3902, 3903, 3904, 3905, 3906, 3907, 3908, 3909, 3910, 3911, 3912, 3913, 3914, 3915]), Anchor::Lits(&[606, 916, 1995, 3124, 3511, 3513, 4101])])])),
            (44, "authority-message", Anchor::Lits(&[645, 721, 1026, 1549, 1698, 1700, 1701, 1702, 1703, 1704, 1705, 1706, 1708, 1711, 2801, 2922, 3464, 3467, 3472, 3474, 3484, 3486, 3488, 3517, 3553, 3567, 3571, 3573, 3574, 3587, 3650, 3651, 3652, 3653, 3659, 3660, 3664, 3672, 3680, 3681, 3727, 3728, 3729, 3730, 3731, 3732, 3733, 3734, 3735, 3736, 3737, 3738, 3739, 3740, 4309, 4319, 4320, 4321, 4322, 4333, 4362, 4363, 4364, 4365, 4370, 4371, 4372, 4373, 4375, 4376, 4471, 4472, 4478, 4481, 4482, 4484, 4489, 4490, 4491, 4492, 4494, 4495, 4496, 4498, 4615, 4616, 4618, 4621, 4622, 4624, 4625, 4626, 4627, 4628, 4630, 4631, 4632, 4633, 4713, 4714, 4715, 4716, 4717, 4718, 4719, 4720, 4721, 4722, 4723, 4724, 4725, 4726, 4727, 4728, 4734, 4735, 4736, 4737, 4738, 4739, 4740, 4741, 4742, 4743, 4744, 4745, 4746, 4747, 4748, 4749, 4750, 4751, 4752, 4753, 4754, 4755, 4756, 4757, 4758, 4759, 4760, 4761, 4762, 4763, 4765, 4770, 4774, 4802, 4803, 4840, 4841, 4842, 4852, 4855, 4856, 4857, 4858, 4859, 4860, 4861, 4862, 4863, 4864, 4865, 4866, 4867, 4868, 4869, 4870, 4871, 4872, 4873, 4874, 4875, 4876, 4877, 4878, 4879, 4880, 4881, 4882, 4883, 4884, 4885, 4886, 4887, 4888, 4889, 4890, 4891, 4892, 4893, 4894, 4895, 4896, 4897, 4898, 4899, 4900, 4904, 4907, 4908, 4909, 4910, 4911, 4912, 4913, 4914, 4915, 4916, 4917, 4918, 4919, 4920, 4921, 4923, 4924, 4925, 4926, 4927, 4928, 4929, 4930, 4931, 4932, 4933, 4934, 4935, 4936, 4937, 4944, 4950, 4951, 4953, 4954, 4955, 4957, 4958, 4960, 4962, 4964, 4965, 4966, 4967, 4968, 4969, 4971, 4989, 4992, 4996, 4997, 4998, 4999, 5000, 5001, 5002, 5003, 5004, 5005, 5006, 5007, 5008, 5009, 5010, 5011, 5012, 5013, 5014, 5015, 5016, 5017, 5018, 5019, 5020, 5021, 5022, 5023, 5024, 5025, 5026, 5031, 5032, 5034, 5037, 5041, 5042, 5043, 5044, 5045, 5046, 5047, 5048, 5049, 5050, 5051, 5052, 5053, 5054, 5055, 5063, 5064, 5065, 5066, 5067, 5068, 5069, 5070, 5071, 5072, 5073, 5074, 5075, 5076, 5077, 5083, 5084, 5088, 5091, 5092, 5094, 5095, 5096, 5097, 5098, 5100, 5101, 5102, 5103, 6403, 6415, 6420, 7845, 7865, 7868, 7869, 7870, 7899, 7900, 8090, 8108, 8403, 8408, 8416, 8775, 9131, 9345, 9347, 9348, 9399, 9400, 9401, 9417, 9420, 9422, 9425, 9426, 9427, 9435, 9438, 9440, 9695, 9700, 10675, 10676, 10677, 10678, 10679, 10680, 10818, 10819, 10820, 10821, 10822, 10823, 11567, 11721, 11722, 11723, 11724, 11725, 12043, 12080, 12081, 12082, 12083, 12137, 12138, 12225, 12226, 12227, 12228, 12232, 12233, 12239, 12240, 12243, 12244, 12245, 12246, 12247, 12248, 12250, 12251, 12252, 12253, 12254, 12255, 12274, 12275, 12276, 12277, 12279, 12280, 12327, 12328, 12329, 12330, 12334, 12335, 12336, 12337, 12338, 12339, 12340, 12341, 12342, 12343, 12344, 12345, 12377, 12378, 12379, 12380, 12381, 12382, 12383, 12384, 12385, 12386, 12412, 12413, 12421, 12423, 12431, 12432, 12436, 12438, 12439, 12442, 12444, 12445, 12446, 12447, 12450, 12453, 12454, 12457, 12460, 12461, 12462, 12463, 12470, 12471, 12472, 12473, 12488, 12489, 12492, 12495, 12496, 12499, 12502, 12503, 12504, 12511, 12526, 12527, 12528, 12529, 12530, 12531, 12532, 12533, 12534, 12535, 12536, 12538, 12542, 12543, 12546, 12549, 12550, 12553, 12556, 12557, 12558, 12565, 12570, 12594, 12595, 12596, 12598, 12599, 12602, 12605, 12606, 12609, 12612, 12613, 12614, 12621, 12624, 12625, 12626, 12627, 12628, 12629, 12630, 12631, 12632, 12633])),
            (45, "vendor-impersonation", Anchor::All(&[Anchor::Lits(&[1565, 2119, 2120, 2727, 2728, 2940, 2965, 3061, 4132, 4133, 4498, 4590, 4594]), Anchor::Lits(&[802, 1821, 2895, 3321, 4448]), Anchor::Lits(&[216, 850, 956, 2588, 3315])])),
            (46, "authority-override", Anchor::Lits(&[70, 72, 73, 74, 75, 77, 79, 80, 81, 82, 1054, 1058, 1059, 1060, 1061, 1523, 1524, 1525, 1526, 1527, 1750, 1752, 1753, 1754, 1755, 2123, 2124, 2125, 2126, 2127, 2245, 2246, 2247, 2248, 2249, 3040, 3042, 3043, 3044, 3045, 3145, 3154, 3155, 3156, 3157, 3401, 3403, 3404, 3405, 3406, 3417, 3419, 3420, 3421, 3422, 3463, 3477, 3478, 3479, 3484])),
            (49, "entering-special-mode", Anchor::Any(&[Anchor::All(&[Anchor::Lits(&[71, 76, 78, 643, 1024, 1025, 1057, 1066, 1067, 1519, 1751, 2243, 2619, 2800, 3041, 3196, 3402, 3418, 3515, 3516, 4046, 4082]), Anchor::Lits(&[12084, 12173, 12215, 12260, 12325, 12637])]), Anchor::All(&[Anchor::Lits(&[7839, 7840, 7842, 7843, 7844, 7846, 7848, 7849, 7850, 7851, 7852, 7853, 7854, 7855, 7856, 7857, 7858, 7859, 7861, 7862, 7863, 7864, 7877, 7878, 7879, 7880, 7881, 7882, 7883, 7884, 7885, 7886, 7887, 7888, 7889, 7890, 7891, 7892, 7893, 7894, 7895, 7896, 7897, 7898, 7911, 7912, 7913, 7914, 7915, 7916, 7917, 7918, 7919, 7920, 7921, 7922, 7923, 7924, 7925, 7926, 7927, 7928, 7929, 7930, 7931, 7932, 8085, 8086, 8087, 8088, 8089, 8091, 8092, 8093, 8094, 8095, 8096, 8097, 8098, 8099, 8100, 8101, 8102, 8103, 8104, 8105, 8106, 8107, 11305, 11306, 11307, 11308, 11309, 11310, 11311, 11312, 11313, 11314, 11315, 11316, 11317, 11318, 11319, 11320, 11321, 11322, 11323, 11324, 11325, 11326, 11699, 11700, 11701, 11702, 11703, 11704, 11705, 11706, 11707, 11708, 11709, 11710, 11711, 11712, 11713, 11714, 11715, 11716, 11717, 11718, 11719, 11720, 11729, 11730, 11731, 11732, 11733, 11734, 11735, 11736, 11737, 11738, 11739, 11740, 11741, 11742, 11743, 11744, 11745, 11746, 11747, 11748, 11749, 11750]), Anchor::Lits(&[2282, 2617])])])),
            (50, "address-the-model", Anchor::Any(&[Anchor::Lits(&[163, 164, 165, 166, 1945, 1946, 2654, 2655, 2804, 2805, 2907, 2908, 3162, 3163, 3408, 3409, 3411, 3412, 8762, 8763, 8774, 8778, 9130, 9132, 9134, 9135, 9778, 9779, 9896, 9897, 11697, 11698]), Anchor::All(&[Anchor::Lits(&[7936]), Anchor::Lits(&[2803, 2906, 3161, 3410, 3667])])])),
            (51, "unrestricted-mode", Anchor::Any(&[Anchor::Lits(&[5387, 5401, 5933, 6263, 6362, 6373, 6841, 7091, 7443, 7583, 7712, 8122, 8123, 8124, 8125, 8126, 8127, 8128, 8129, 8130, 8131, 8132, 8133, 8134, 8135, 8136, 8138, 8139, 8140, 8141, 8142, 8143, 8144, 8145, 8146, 8147, 8148, 8149, 8150, 8151, 8152, 8153, 8161, 8162, 8170, 8171, 8172, 8173, 8174, 8175, 8176, 8177, 8178, 8179, 8180, 8181, 8182, 8183, 8184, 8185, 8186, 8187, 8188, 8189, 8190, 8198, 8199, 8200, 8201, 8202, 8203, 8457, 8458, 8459, 8460, 8461, 8462, 8463, 8464, 8465, 8466, 8467, 8468, 8469, 8470, 8471, 8472, 8473, 8474, 8475, 8476, 8477, 8478, 8479, 8480, 8481, 8482, 8483, 8484, 8485, 8486, 8487, 8488, 8489, 8490, 8491, 8492, 8493, 8494, 8495, 8496, 8497, 8498, 8499, 8500, 8501, 8502, 8503, 8504, 8505, 8506, 8507, 8508, 8509, 8510, 8511, 8512, 8513, 8514, 8515, 8516, 8536, 8538, 8540, 8547, 8706, 9062, 9063, 9065, 9114, 9280, 9330, 9847, 10529, 10662, 11486, 11487, 11489, 11526, 11540, 11544, 11559, 11560]), Anchor::All(&[Anchor::Lits(&[147, 167, 826, 1015, 1057, 1063, 1064, 1511, 1560, 1695, 1751, 1787, 2061, 2074, 2079, 2093, 2201, 2407, 2408, 2409, 2471, 2555, 2591, 2917, 3323, 3402, 4021, 4022, 4024, 4028, 4039, 4041, 4044, 4046]), Anchor::Lits(&[5217, 5218, 5336, 5443, 5570, 5650, 5659, 5746, 6923, 6924, 6926, 6927, 7571, 7584, 7618, 8302, 9142, 9327, 9554, 9794, 9795, 9796, 9895, 9916, 9995, 10098, 10552, 10691, 10699, 10707, 11459, 11543, 11728, 12100])])])),
            (52, "dan-persona", Anchor::Lits(&[47, 48, 49, 50, 51, 52, 53, 54, 57, 58, 59, 60, 61, 62, 63, 64, 109, 117, 119, 609, 617, 619, 678, 679, 680, 681, 682, 683, 684, 685, 761, 769, 771, 829, 831, 833, 840, 842, 844, 1014, 1016, 1017, 1018, 1019, 1151, 2285, 2293, 2295, 2681, 2683, 2685, 2719, 2720, 2721, 2722, 2723, 2724, 2725, 2726, 2762, 2763, 2764, 2765, 2766, 2767, 2768, 2769, 3023, 3024, 3025, 3026, 3027, 3028, 3029, 3030, 3032, 3033, 3034, 3035, 3036, 3037, 3038, 3039, 4084, 4085, 4086, 4468, 4469, 4473, 4479, 4480, 4483, 4485, 4486, 4487, 4488, 4493, 4501, 4613, 4614, 4617, 4619, 4620, 4623, 4629, 4634, 4639, 4640, 4641, 4642, 4643, 4644, 4645, 4646, 4693, 4694, 4695, 4696, 4697, 4698, 4699, 4700, 5081, 5082, 5085, 5089, 5090, 5093, 5099, 5105])),
            (53, "unrestricted-persona", Anchor::All(&[Anchor::Any(&[Anchor::Lits(&[212, 804, 1231, 2384, 4378, 5386, 6201, 6262, 6377, 7089, 7710, 7724, 8114, 8537, 8546, 8656, 8678, 8705, 8754, 8975, 9061, 9064, 9113, 9115, 9848, 10053, 10065, 10072, 11473, 11485, 11488, 11490, 11491, 11524, 11525, 11539, 11556, 11557, 11558, 11564, 11885, 11889, 11923, 11926, 11927, 11928, 11929, 11930, 11931, 11941, 11944, 11946, 11947, 11950, 11953, 11954, 11959, 11970, 11972, 11975, 11986, 12004, 12005]), Anchor::All(&[Anchor::Lits(&[10902, 10903, 10904, 10905, 10906, 10907, 10908, 10911, 10912, 10915, 10916, 10917, 10918, 11785, 11786, 11787, 11788, 11789, 11790, 11791, 11792, 11793, 11794, 11795, 11796, 11797, 11813, 11814, 11815, 11816, 11817, 11818, 11819, 11820, 11821, 11822, 11823, 11824, 11825]), Anchor::Lits(&[5750, 7008, 7172, 7695, 8399, 8707, 8846, 9585, 10012, 10073, 10126])])]), Anchor::Lits(&[46, 56, 210, 675, 677, 708, 718, 719, 827, 855, 927, 1528, 1529, 1927, 2589, 2715, 2716, 2717, 2718, 2802, 2918, 2939, 2964, 2968, 3018, 3022, 3031, 3267, 3268, 3320, 3325, 3328, 3501, 3983, 3995, 4467, 4612, 5080])])),
            (54, "unrestricted-persona-loose", Anchor::Any(&[Anchor::Lits(&[146, 1559, 2088, 3523, 3524, 3525, 3526, 3527, 3528, 3529, 3530, 3531, 3532, 3533, 3534, 3535, 3536, 3537, 3538, 3539, 3540, 3541, 3542, 3543, 3544, 3545, 3546, 3547, 3548, 3549, 3550, 3560, 3561, 3562, 3563, 3564, 3565, 3566, 3591, 3595, 3605, 3606, 3609, 3612, 3613, 3624, 3625, 3626, 3627, 3628, 3629, 3630, 3631, 3632, 3633, 3634, 3635, 3636, 3637, 3673, 4023, 4027, 4043, 4169, 4170, 4171, 4172, 4173, 4174, 4175, 4176, 4177, 4178, 4179, 4180, 4181, 4182, 4183, 4184, 4185, 4186, 4187, 4188, 4189, 4190, 4191, 4192, 4193, 4194, 4195, 4196, 4204, 4205, 4206, 4207, 4208, 4209, 4210, 4229, 4230, 4231, 4232, 4235, 4236, 4237, 4238, 4239, 4240, 4241, 4242, 4243, 4244, 4245, 4246, 4247, 4248, 4249, 4250, 4251, 4271, 4281, 4282, 4283, 4284, 4285, 4286, 4287, 4288, 4289, 4290, 4291, 4292, 4293, 4294, 4295, 4296, 4297, 4298, 4299, 4300, 4301, 4302, 4303, 4304, 4305, 4306, 4307, 4308, 4312, 4313, 4314, 4315, 4316, 4317, 4318, 4334, 4335, 4336, 4337, 4340, 4341, 4342, 4343, 4344, 4345, 4346, 4347, 4348, 4349, 4350, 4351, 4352, 4353, 4354, 4355, 4356, 4374, 10629]), Anchor::All(&[Anchor::Lits(&[145, 211, 212, 213, 214, 1233, 1234, 1235, 1236, 1237, 1238, 1239, 1240, 1241, 1242, 1243, 1244, 1245, 1246, 1247, 1248, 1249, 1250, 1251, 1252, 1253, 1254, 1255, 1256, 1257, 1258, 1259, 1260, 1261, 1262, 1263, 1264, 1265, 1266, 1267, 1268, 1269, 1270, 1271, 1272, 1273, 1274, 1275, 1276, 1277, 1278, 1279, 1280, 1281, 1282, 1283, 1284, 1285, 1286, 1288, 1289, 1290, 1291, 1292, 1293, 1294, 1295, 1296, 1297, 1298, 1299, 1300, 1301, 1302, 1303, 1304, 1305, 1306, 1307, 1308, 1309, 1310, 1311, 1312, 1313, 1314, 1315, 1316, 1317, 1318, 1319, 1320, 1321, 1322, 1323, 1324, 1325, 1326, 1327, 1328, 1329, 1330, 1331, 1332, 1333, 1334, 1335, 1336, 1337, 1338, 1339, 1340, 1341, 1362, 1363, 1364, 1365, 1366, 1367, 1368, 1369, 1370, 1371, 1372, 1373, 1374, 1375, 1376, 1377, 1378, 1379, 1380, 1381, 1382, 1383, 1384, 1385, 1386, 1387, 1388, 1389, 1390, 1391, 1392, 1393, 1394, 1395, 1396, 1397, 1398, 1399, 1400, 1401, 1402, 1403, 1404, 1405, 1406, 1407, 1408, 1409, 1410, 1411, 1412, 1413, 1414, 1415, 2356, 2366, 2384, 2390, 2525, 2526, 2528]), Anchor::Lits(&[3521, 4167, 4279])]), Anchor::All(&[Anchor::Lits(&[192, 786, 1692, 1693, 4399, 4416]), Anchor::Lits(&[5750, 5924, 6166, 7008, 7172, 7654, 7695, 8690, 8707, 8846, 10004, 10012, 10073, 10126])]), Anchor::All(&[Anchor::Lits(&[3558, 3559, 3575, 3576, 3577, 3578, 3579, 3580, 3581, 3582, 3583, 3586, 3607, 3608, 3638, 3641, 3642, 3643, 3644, 3655, 3656, 3657, 3658, 4202, 4203, 4215, 4216, 4217, 4218, 4219, 4220, 4221, 4222, 4223, 4226, 4233, 4234, 4252, 4253, 4254, 4255, 4256, 4261, 4262, 4263, 4264, 4310, 4311, 4323, 4324, 4325, 4326, 4327, 4328, 4329, 4330, 4331, 4332, 4338, 4339, 4357, 4358, 4359, 4360, 4361, 4366, 4367, 4368, 4369]), Anchor::Lits(&[5750, 6166, 7008, 7172, 7695, 8399, 8707, 8846, 9585, 10012, 10073, 10126])])])),
            (55, "persona-replaces-assistant", Anchor::Any(&[Anchor::Lits(&[1149, 2488, 6917, 6918, 6919, 6920, 6921, 6922, 8112, 8113, 9817, 10386, 10387, 10388, 10389, 10390, 10391, 10580, 12105, 12267, 12644]), Anchor::All(&[Anchor::Lits(&[108, 116, 118, 120, 127, 128, 129, 130, 608, 616, 618, 620, 760, 768, 770, 772, 828, 830, 832, 834, 839, 841, 843, 845, 2284, 2292, 2294, 2296, 2680, 2682, 2684, 2686]), Anchor::Lits(&[5166, 5167, 5168, 5169, 5389, 5390, 5391, 5392, 5441])])])),
            (56, "no-restrictions", Anchor::Any(&[Anchor::All(&[Anchor::Lits(&[5965, 5966, 5967, 5972, 5973, 5974, 5975, 5977, 5978, 5979, 5980, 5981, 5982, 5983, 5984, 5985, 5986, 5987, 5988, 5989, 5993, 6203, 6204, 6205, 6210, 6211, 6212, 6213, 6215, 6216, 6217, 6218, 6219, 6220, 6221, 6222, 6223, 6224, 6225, 6226, 6227, 6234, 7589, 7590, 7591, 7596, 7597, 7598, 7599, 7601, 7602, 7603, 7604, 7605, 7606, 7607, 7608, 7609, 7610, 7611, 7612, 7613, 7617, 10946, 10947, 10948, 10953, 10954, 10955, 10956, 10958, 10959, 10960, 10961, 10962, 10963, 10964, 10965, 10966, 10967, 10968, 10969, 10970, 10974, 10977, 10978, 10979, 10984, 10985, 10986, 10987, 10989, 10990, 10991, 10992, 10993, 10994, 10995, 10996, 10997, 10998, 10999, 11000, 11001, 11005, 11042, 11043, 11044, 11049, 11050, 11051, 11052, 11054, 11055, 11056, 11057, 11058, 11059, 11060, 11061, 11062, 11063, 11064, 11065, 11066, 11070, 11239, 11240, 11241, 11246, 11247, 11248, 11249, 11251, 11252, 11253, 11254, 11255, 11256, 11257, 11258, 11259, 11260, 11261, 11262, 11263, 11267, 11269, 11270, 11271, 11276, 11277, 11278, 11279, 11281, 11282, 11283, 11284, 11285, 11286, 11287, 11288, 11289, 11290, 11291, 11292, 11293, 11297, 11328, 11329, 11330, 11335, 11336, 11337, 11338, 11340, 11341, 11342, 11343, 11344, 11345, 11346, 11347, 11348, 11349, 11350, 11351, 11352, 11356, 12087, 12116, 12119, 12170, 12171, 12172, 12212, 12229, 12230, 12231, 12234, 12235, 12236, 12237, 12238, 12241, 12242, 12249, 12256, 12257, 12326, 12654, 12655, 12656, 12661, 12662, 12663, 12664, 12666, 12667, 12668, 12669, 12670, 12671, 12672, 12673, 12674, 12675, 12676, 12677, 12678, 12682]), Anchor::Lits(&[5924, 6112, 6158, 6164, 6166, 7008, 7639, 7654, 7695, 8690, 8713, 8828, 8839, 8846, 9644, 9998, 10012, 10094, 10113, 10138, 10144, 10164, 10171])]), Anchor::All(&[Anchor::Lits(&[1166, 1185, 1197, 1450, 1469, 1481, 2418, 2429, 2436, 2441, 2442, 2443]), Anchor::Lits(&[5924, 6112, 6158, 6164, 6166, 7008, 7639, 7654, 7695, 8690, 8713, 8828, 8839, 8846, 9644, 9998, 10012, 10094, 10113, 10138, 10144, 10164, 10171])]), Anchor::All(&[Anchor::Lits(&[5964, 5968, 5969, 5970, 5971, 5972, 5973, 5974, 5976, 5990, 5991, 5992, 6202, 6206, 6207, 6208, 6209, 6210, 6211, 6212, 6214, 6231, 6232, 6233, 7588, 7592, 7593, 7594, 7595, 7596, 7597, 7598, 7600, 7614, 7615, 7616, 10945, 10949, 10950, 10951, 10952, 10953, 10954, 10955, 10957, 10971, 10972, 10973, 10976, 10980, 10981, 10982, 10983, 10984, 10985, 10986, 10988, 11002, 11003, 11004, 11041, 11045, 11046, 11047, 11048, 11049, 11050, 11051, 11053, 11067, 11068, 11069, 11238, 11242, 11243, 11244, 11245, 11246, 11247, 11248, 11250, 11264, 11265, 11266, 11268, 11272, 11273, 11274, 11275, 11276, 11277, 11278, 11280, 11294, 11295, 11296, 11327, 11331, 11332, 11333, 11334, 11335, 11336, 11337, 11339, 11353, 11354, 11355, 12084, 12152, 12153, 12154, 12155, 12170, 12171, 12172, 12214, 12297, 12298, 12324, 12653, 12657, 12658, 12659, 12660, 12661, 12662, 12663, 12665, 12679, 12680, 12681]), Anchor::Lits(&[5205, 5607, 5636, 7838, 8110, 8137, 8676, 9625, 10681, 11199]), Anchor::Lits(&[5750, 5924, 6112, 6135, 6166, 7008, 7172, 7639, 7654, 7695, 8690, 8707, 8828, 8839, 8846, 9585, 9644, 9692, 9998, 10012, 10073, 10113, 10144])])])),
            (57, "rules-do-not-apply", Anchor::Any(&[Anchor::All(&[Anchor::Lits(&[228, 229, 230, 231, 232, 233, 234, 235, 236, 237, 238, 239, 240, 241, 242, 243, 244, 245, 246, 247, 248, 249, 250, 251, 731, 732, 733, 734, 735, 736, 737, 738, 739, 740, 741, 742, 743, 744, 745, 746, 747, 748, 749, 750, 751, 752, 753, 754, 865, 866, 867, 868, 869, 870, 871, 872, 873, 874, 875, 876, 877, 878, 879, 880, 881, 882, 883, 884, 885, 886, 887, 888, 988, 989, 990, 991, 992, 993, 994, 995, 996, 997, 998, 999, 1000, 1001, 1002, 1003, 1004, 1005, 1006, 1007, 1008, 1009, 1010, 1011, 1571, 1572, 1573, 1574, 1575, 1576, 1577, 1578, 1579, 1580, 1581, 1582, 1583, 1584, 1585, 1586, 1587, 1588, 1589, 1590, 1591, 1592, 1593, 1594, 1833, 1834, 1835, 1836, 1837, 1838, 1839, 1840, 1841, 1842, 1843, 1844, 1845, 1846, 1847, 1848, 1849, 1850, 1851, 1852, 1853, 1854, 1855, 1856, 2171, 2172, 2173, 2174, 2175, 2176, 2177, 2178, 2179, 2180, 2181, 2182, 2183, 2184, 2185, 2186, 2187, 2188, 2189, 2190, 2191, 2192, 2193, 2194, 2250, 2251, 2252, 2253, 2254, 2255, 2256, 2257, 2258, 2259, 2260, 2261, 2262, 2263, 2264, 2265, 2266, 2267, 2268, 2269, 2270, 2271, 2272, 2273, 2973, 2974, 2975, 2976, 2977, 2978, 2979, 2980, 2981, 2982, 2983, 2984, 2985, 2986, 2987, 2988, 2989, 2990, 2991, 2992, 2993, 2994, 2995, 2996]), Anchor::Lits(&[810, 811, 1068, 1087, 1153, 1342, 1416, 1435, 2338, 2410, 4379, 4439])]), Anchor::All(&[Anchor::Lits(&[1070, 1073, 1077, 1082, 1089, 1092, 1096, 1101, 1156, 1159, 1177, 1192, 1344, 1347, 1351, 1356, 1418, 1421, 1425, 1430, 1438, 1441, 1461, 1476, 2341, 2344, 2358, 2373, 2412, 2415, 2423, 2433]), Anchor::Lits(&[5205, 5607, 5636, 8110, 8676, 9625, 10681])])])),
            (58, "no-rules-apply", Anchor::Any(&[Anchor::Lits(&[9124, 9125, 9126, 9127, 11071]), Anchor::All(&[Anchor::Lits(&[11200, 11201, 11202, 11203, 11204, 11205, 11206, 11207]), Anchor::Lits(&[5750, 7172, 7654, 7695, 8690, 8707, 10012, 10073])])])),
            (59, "freed-from-limits", Anchor::Lits(&[782, 783, 784, 1541, 1542, 1570, 1692, 1694, 2150, 2417, 2432, 2437, 2477, 2479, 2481, 2931, 4020, 4025, 4026, 4047])),
            (60, "respond-without-limits", Anchor::Any(&[Anchor::Lits(&[5385, 5581, 5582, 5583, 5584, 5585, 5867, 5868, 5869, 5870, 5871, 5872, 5873, 5874, 5875, 5876, 6655, 6656, 6695, 6696, 6702, 6759, 6760, 6799, 6800, 6806, 8757, 8758, 8759, 8760, 8761, 8853, 8854, 8855, 8856, 8857, 8858, 8859, 8860, 8861, 8862, 9001, 9002, 9029, 9030, 9035, 9057, 9059, 9060, 9095, 9096, 9111, 9112, 9116, 10333, 10334, 10335, 10336, 10337, 10338, 10339, 10340, 10341, 10342, 11826, 11827, 11832, 11833, 11835, 11872, 11873, 11874, 11875, 11876, 11877, 11878, 11879, 11880, 11881, 11882, 11884, 11887, 11890, 11891, 11893, 11894, 11941, 11942, 11943, 11945, 11948, 11949, 11951, 11952, 11953, 11959, 11960, 11967, 11971, 11977, 11985, 12002, 12003, 12004, 12032, 12033, 12038, 12039, 12041]), Anchor::All(&[Anchor::Lits(&[7429, 8071, 9880, 11871, 11922, 11935]), Anchor::Lits(&[5252, 5924, 6155, 6164, 6166, 6172, 6994, 6995, 6996, 6997, 6999, 7001, 7003, 7004, 7008, 7639, 7654, 8825, 8827, 8828, 8834, 8835, 8836, 8837, 8838, 8846, 10113, 10130, 10132, 10134, 10136, 10140, 10142, 10144, 10152, 10154, 10156, 10160, 10164, 10171])]), Anchor::All(&[Anchor::Lits(&[5335, 5476, 8080, 9247, 11898, 12031]), Anchor::Lits(&[5252, 5750, 6071, 6112, 6135, 6412, 7008, 7170, 7654, 7695, 8399, 8690, 8707, 8846, 9585, 9591, 9644, 9692, 9772, 10012, 10073, 10113, 10126, 11409])])])),
            (61, "pre-safety-self", Anchor::Any(&[Anchor::Lits(&[5714, 5715, 5716, 5717, 5718, 5719, 5720, 5721, 5722, 5723, 5724, 5725, 5726, 5727, 5728, 5729, 5730, 5731, 5732, 5733, 5734, 5735, 5736, 5737, 5738]), Anchor::All(&[Anchor::Lits(&[2536, 2537, 2538, 2540, 2541, 2542]), Anchor::Lits(&[5863, 5864, 7714, 7715, 7725, 7733, 7734, 7735, 10331, 10332])]), Anchor::All(&[Anchor::Lits(&[5796, 5797, 6199, 6200, 8371, 8372, 8821, 8822, 9893, 9894, 10544, 10545, 11652, 11653]), Anchor::Lits(&[5713, 7429, 9669, 10911, 10912, 11871, 11935])])])),
            (62, "stay-in-character", Anchor::Lits(&[1162, 1163, 1190, 1446, 1447, 1474, 2106, 2347, 2348, 2371, 2932, 3333, 3334, 3335, 3336, 3337, 3338, 3339, 3340, 3341, 3342, 3343, 3344, 3345])),
            (63, "jailbreak-template", Anchor::Any(&[Anchor::Lits(&[1824, 1828, 1829, 1830, 1997, 1998, 1999, 2000, 2796, 2797, 2798, 2799, 2819, 2820, 2824, 2825, 3137, 3139, 3140, 3141, 7726, 7727, 7728, 7729, 7730, 7731, 7732, 7736, 7737, 7738, 7739, 7740, 7741, 7742, 8845, 11646, 11883, 11885, 11886, 11888, 11892, 11894, 11895]), Anchor::All(&[Anchor::Lits(&[5586, 5587, 5588, 5589, 5590, 5591, 5592, 5593, 5594, 5595, 5596, 5597, 5598, 5599, 5600, 5601, 5602, 5603, 5604, 5605, 5606, 5608, 5609, 5610, 5611, 5612, 5613, 5614, 8115, 8116, 8117, 8118, 8119, 8120, 8121, 8154, 8155, 8156, 8157, 8158, 8159, 8160, 8163, 8164, 8165, 8166, 8167, 8168, 8169, 8191, 8192, 8193, 8194, 8195, 8196, 8197, 11846, 11847, 11848, 11849, 11850, 11851, 11852, 11856, 11857, 11858, 11859, 11860, 11861, 11862, 11863, 11864, 11865, 11866, 11867, 11868, 11869, 11915, 11916, 11917, 11918, 11919, 11920, 11921]), Anchor::Lits(&[5442, 9915, 9994, 10508, 10825, 12068])])])),
            (64, "jailbreak", Anchor::Lits(&[905, 906, 1712, 1713, 1877, 1878, 1879, 2056, 2057, 2058, 2059, 2060, 2061, 2062, 2063, 2064, 2065, 2066, 2067, 2068, 2069, 2070, 2071, 2072, 2073, 2074, 2075, 2076, 2077, 2078, 2079, 2080, 2081, 2082, 2083, 2084, 2085, 2086, 2087, 2089, 2090, 2091, 2092, 2093, 2094, 2095, 2486, 2487, 2779, 3126, 3399, 3400, 4130, 4131, 4476, 4477, 4563, 4564, 5086, 5087, 5123, 5124])),
            (65, "evil-twin", Anchor::All(&[Anchor::Lits(&[4733, 4800, 4835, 4843, 4850, 4854, 4947, 4995, 5027, 5028, 5040, 5056, 5058, 5059, 5060]), Anchor::Lits(&[6905, 7935, 8820, 9565, 9568, 10286, 10360, 11467, 11651])])),
            (66, "pretend-safeguards-absent", Anchor::All(&[Anchor::Lits(&[270, 271, 272, 273, 274, 275, 276, 277, 278, 279, 280, 281, 282, 283, 286, 287, 288, 289, 290, 291, 292, 293, 294, 295, 296, 297, 298, 299, 1069, 1071, 1072, 1074, 1075, 1076, 1078, 1079, 1080, 1081, 1083, 1084, 1085, 1086, 1088, 1090, 1091, 1093, 1094, 1095, 1097, 1098, 1099, 1100, 1102, 1103, 1104, 1105, 1155, 1157, 1158, 1160, 1173, 1174, 1178, 1179, 1180, 1186, 1193, 1196, 1210, 1214, 1343, 1345, 1346, 1348, 1349, 1350, 1352, 1353, 1354, 1355, 1357, 1358, 1359, 1360, 1417, 1419, 1420, 1422, 1423, 1424, 1426, 1427, 1428, 1429, 1431, 1432, 1433, 1434, 1437, 1439, 1440, 1442, 1457, 1458, 1462, 1463, 1464, 1470, 1477, 1480, 1494, 1498, 2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026, 2027, 2028, 2029, 2030, 2031, 2032, 2035, 2036, 2037, 2038, 2039, 2040, 2041, 2042, 2043, 2044, 2045, 2046, 2047, 2048, 2340, 2342, 2343, 2345, 2355, 2357, 2359, 2360, 2361, 2367, 2374, 2380, 2395, 2399, 2411, 2413, 2414, 2416, 2419, 2420, 2424, 2425, 2426, 2431, 2434, 2435, 2438, 2440, 4102, 4103, 4104, 4105, 4106, 4107, 4108, 4109, 4110, 4111, 4112, 4113, 4114, 4115, 4116, 4117, 4118, 4119, 4120, 4121, 4122, 4123, 4124, 4125, 4126, 4127, 4128, 4129, 4136, 4137, 4138, 4139, 4140, 4141, 4142, 4143, 4144, 4145, 4146, 4147, 4148, 4149, 4151, 4152, 4153, 4154, 4155, 4156, 4157, 4158, 4159, 4160, 4161, 4162, 4163, 4164]), Anchor::Lits(&[55, 307, 342, 629, 1926, 2149, 2761, 3433])])),
            (67, "bedtime-story-exploit", Anchor::All(&[Anchor::Lits(&[1022, 1027, 1043, 2122, 2659, 3114]), Anchor::Lits(&[144, 1513, 1553, 4060, 4280, 4442]), Anchor::Lits(&[7490, 7543, 7568, 8716, 8717, 8737, 9828, 9833, 9849, 9850, 9851, 10173, 10186, 10197, 10203, 10326, 10327, 10328, 10343, 10344, 10392, 10393, 10522, 10524, 10850, 10886, 11387, 11798, 11799, 11800])])),
            (68, "simulated-privileged-shell", Anchor::Lits(&[1794, 1795, 1796, 1797, 1798, 1799, 1800, 1801, 1802, 1803, 1804, 1805, 1806, 1807, 1808, 1809, 1810, 1811, 1812, 1813, 1814, 1815, 1816, 1817, 1818, 1819, 1820, 3063, 3064, 3065, 3066, 3067, 3068, 3069, 3070, 3071, 3072, 3073, 3074, 3075, 3076, 3077, 3078, 3079, 3080, 3081, 3082, 3083, 3084, 3085, 3086, 3087, 3088, 3089, 3592, 3593, 3594, 3596, 3597, 3598, 3599, 3600, 3601, 3602, 3603, 3604, 3605, 3606, 3609, 3610, 3611, 3614, 3615, 3616, 3617, 3618, 3619, 3620, 3621, 3622, 3623, 4383, 4384, 4385, 4388, 4389, 4390, 4391, 4392, 4393, 4394, 4395, 4396, 4397, 4398, 4401, 4402, 4403, 4404, 4405, 4406, 4407, 4408, 4409, 4410, 4411, 4412, 4413])),
            (69, "self-escalation", Anchor::Lits(&[5233, 5234, 5235, 5236, 5237, 5238, 5624, 5625, 5626, 5627, 5628, 5629, 5630, 5680, 5681, 5682, 5683, 5684, 5685, 5686, 6906, 6907, 6908, 6909, 6910, 6911, 6912, 6939, 6940, 6941, 6942, 6943, 6944, 6945, 7544, 7552, 7553, 7554, 7555, 7556, 7557, 7620, 7621, 7622, 7623, 7624, 7625, 7626, 8638, 8639, 8640, 9709, 9710, 9711, 9712, 9713, 9714, 9715, 10056, 10057, 10058, 10716, 10720, 10756])),
            (70, "blind-execution", Anchor::Lits(&[223, 224, 225, 226, 227, 252, 812, 813, 814, 815, 816, 817, 1150, 1152, 1218, 1232, 1287, 1361, 1563, 1564, 1566, 1567, 1568, 1569, 1630, 1631, 1632, 1635, 1636, 1637, 2521, 2522, 2523, 2527, 2529, 2530, 3059, 3060, 3062, 3090, 3091, 3092])),
            (71, "forbidden-becomes-required", Anchor::Any(&[Anchor::Lits(&[9329]), Anchor::All(&[Anchor::Lits(&[5299, 5300, 5304, 5335, 5499, 5500, 5504, 5514, 7073, 7074, 7078, 7088, 11774, 11775, 11776, 11777]), Anchor::Lits(&[5751, 5925, 6017, 6072, 6113, 6136, 6167, 6386, 6399, 6413, 7009, 7173, 7640, 7655, 7670, 7683, 7696, 8387, 8400, 8691, 8708, 8829, 8840, 8847, 9586, 9645, 9693, 9717, 9750, 9999, 10005, 10013, 10074, 10114, 10145, 10722, 10734, 11410]), Anchor::Lits(&[5691, 5744, 6456, 7288, 9628, 9707, 10010, 10199, 10200, 10201, 10884])])])),
            (72, "opposite-of-your-rules", Anchor::Any(&[Anchor::Lits(&[9331]), Anchor::All(&[Anchor::Lits(&[5752, 5753, 5754, 5755, 5926, 5927, 5928, 5929, 6023, 6024, 6025, 6026, 6078, 6079, 6080, 6081, 6114, 6115, 6116, 6117, 6142, 6143, 6144, 6145, 6168, 6169, 6170, 6171, 6392, 6393, 6394, 6395, 6406, 6407, 6408, 6409, 6421, 6422, 6423, 6424, 7010, 7011, 7012, 7013, 7176, 7177, 7178, 7179, 7646, 7647, 7648, 7649, 7661, 7662, 7663, 7664, 7676, 7677, 7678, 7679, 7689, 7690, 7691, 7692, 7702, 7703, 7704, 7705, 8393, 8394, 8395, 8396, 8417, 8418, 8421, 8422, 8697, 8698, 8699, 8700, 8709, 8710, 8711, 8712, 8830, 8831, 8832, 8833, 8841, 8842, 8843, 8844, 8848, 8849, 8850, 8851, 9587, 9588, 9589, 9590, 9646, 9647, 9648, 9649, 9701, 9702, 9703, 9704, 9735, 9736, 9739, 9740, 9763, 9764, 9766, 9767, 10000, 10001, 10002, 10003, 10006, 10007, 10008, 10009, 10021, 10022, 10023, 10024, 10087, 10088, 10090, 10091, 10120, 10121, 10122, 10123, 10146, 10147, 10148, 10149, 10728, 10729, 10730, 10731, 10740, 10741, 10742, 10743, 11416, 11417, 11418, 11419]), Anchor::Lits(&[4521, 4528, 4589, 4647, 4691])])])),
            (73, "hypothetical-unrestricted-ai", Anchor::All(&[Anchor::Lits(&[904, 1539, 1872, 1926, 1929, 1930, 1931, 2688, 2761, 3125, 3433]), Anchor::Any(&[Anchor::Lits(&[212, 804, 1231, 2384, 4378, 5386, 6201, 6262, 6377, 7089, 7710, 7724, 8114, 8537, 8546, 8656, 8678, 8705, 8754, 8975, 9061, 9064, 9113, 9115, 9848, 10053, 10065, 10072, 11473, 11485, 11488, 11490, 11491, 11524, 11525, 11539, 11556, 11557, 11558, 11564, 11885, 11889, 11923, 11926, 11927, 11928, 11929, 11930, 11931, 11941, 11944, 11946, 11947, 11950, 11953, 11954, 11959, 11970, 11972, 11975, 11986, 12004, 12005]), Anchor::All(&[Anchor::Lits(&[10902, 10903, 10904, 10905, 10906, 10907, 10908, 10911, 10912, 10915, 10916, 10917, 10918, 11785, 11786, 11787, 11788, 11789, 11790, 11791, 11792, 11793, 11794, 11795, 11796, 11797, 11813, 11814, 11815, 11816, 11817, 11818, 11819, 11820, 11821, 11822, 11823, 11824, 11825]), Anchor::Lits(&[5750, 7008, 7172, 7695, 8399, 8707, 8846, 9585, 10012, 10073, 10126])])]), Anchor::Lits(&[5241, 5242, 5247, 5248, 5634, 5635, 5747, 5749, 6199, 8738, 8739, 8823, 8824, 11467, 11652])])),
            (74, "malicious-persona", Anchor::Any(&[Anchor::All(&[Anchor::Any(&[Anchor::Lits(&[5790, 5792, 5793, 5794, 6844, 6845, 6846, 6847, 6848, 6849, 6850, 6851, 6852, 6853, 6854, 6855, 6856, 6857, 6858, 6859, 6860, 6861, 6862, 6863, 6965, 6966, 6967, 6968, 7152, 10557, 10558]), Anchor::All(&[Anchor::Lits(&[8658, 8659]), Anchor::Lits(&[6257, 6264, 8641, 9501, 10221, 11385])])]), Anchor::Lits(&[3522, 4168, 4280])]), Anchor::All(&[Anchor::Lits(&[5637, 5741, 5742, 6254, 6260, 6468, 7090, 7428, 7711, 7713, 8362, 8755, 10054, 10110, 10212, 10525, 11235]), Anchor::Lits(&[5204, 5216, 5694, 5698, 9579, 9580, 10385, 12084, 12637]), Anchor::Any(&[Anchor::Lits(&[5199, 5203, 5384, 5515, 5791, 6255, 6257, 6324, 6350, 6435, 6436, 6437, 6439, 6440, 6441, 6443, 6445, 6820, 6842, 7152, 7166, 7708, 8657, 9356, 9456, 9501, 9574, 9677, 10221, 10269, 10477, 10527, 10556, 11385, 11446, 11836]), Anchor::All(&[Anchor::Lits(&[7619]), Anchor::Lits(&[5203, 5255, 9356, 9456, 10269, 10709])]), Anchor::All(&[Anchor::Lits(&[3947, 3948, 3949, 3950, 3951, 3952, 3953, 3955, 3962, 3965, 3966, 3967, 3968]), Anchor::Lits(&[6197, 6865, 6913, 7166, 7407, 8657, 9594, 10287, 11422, 11541, 11568])])])])])),
            (75, "third-party-permission", Anchor::All(&[Anchor::Lits(&[5343, 5344, 5345, 5346, 5347, 5348, 5349, 5350, 5571, 5572, 5573, 5574, 5575, 5576, 5577, 5578, 5616, 5617, 5618, 5619, 5620, 5621, 5622, 5623, 5651, 5652, 5653, 5654, 5655, 5656, 5657, 5658, 5660, 5661, 5662, 5663, 5664, 5665, 5666, 5667, 6000, 6001, 6002, 6003, 6004, 6005, 6006, 6007, 6335, 6336, 6337, 6338, 6339, 6340, 6341, 6342, 7155, 7156, 7157, 7158, 7159, 7160, 7161, 7162, 7491, 7492, 7493, 7494, 7495, 7496, 7497, 7498, 7560, 7561, 7562, 7563, 7564, 7565, 7566, 7567, 7627, 7628, 7629, 7630, 7631, 7632, 7633, 7634, 8363, 8364, 8365, 8366, 8367, 8368, 8369, 8370, 8377, 8378, 8379, 8380, 8381, 8382, 8383, 8384, 8967, 8968, 8969, 8970, 8971, 8972, 8973, 8974, 9263, 9264, 9265, 9266, 9267, 9268, 9269, 9270, 9336, 9337, 9338, 9339, 9340, 9341, 9342, 9343, 9346, 9349, 9350, 9351, 9352, 9353, 9354, 9355, 9555, 9556, 9557, 9558, 9559, 9560, 9561, 9562, 9978, 9979, 9980, 9981, 9982, 9983, 9984, 9985, 10174, 10177, 10178, 10179, 10180, 10181, 10182, 10184, 10204, 10205, 10206, 10207, 10208, 10209, 10210, 10211, 10364, 10365, 10366, 10367, 10368, 10369, 10370, 10371, 11388, 11389, 11390, 11391, 11392, 11393, 11394, 11395, 11687, 11688, 11689, 11690, 11691, 11692, 11693, 11694]), Anchor::Lits(&[5829, 5943, 6325, 6433, 6821, 7014, 7099, 7154, 7167, 7619, 7956, 9411, 9898, 10097, 10401, 10692, 11447, 11452, 11542, 11837])])),
            (76, "privileged-identity", Anchor::Lits(&[142, 266, 656, 658, 852, 1518, 1530, 1768, 4040, 4278, 4467, 4612, 5080])),
            (77, "disable-safety", Anchor::Any(&[Anchor::Lits(&[5174, 5177, 5178, 5179, 5181, 5757, 5758, 5759, 5760, 5761, 5762, 5763, 5764, 5765, 5766, 5767, 5768, 5769, 5770, 5771, 5772, 5773, 5774, 5775, 5776, 5777, 5778, 5779, 5780, 5781, 5782, 5783, 5784, 5785, 5786, 5787, 5788, 5789, 5832, 5835, 5837, 5839, 5842, 5845, 5846, 5847, 5848, 5850, 5944, 5945, 5946, 5947, 5949, 5951, 5952, 5953, 5954, 5956, 6267, 6268, 6269, 6270, 6272, 6275, 6276, 6277, 6278, 6280, 6296, 6297, 6298, 6299, 6301, 6434, 6438, 6442, 6444, 6447, 6450, 6451, 6452, 6453, 6455, 6507, 6558, 6567, 6571, 6582, 6586, 6589, 6590, 6591, 6593, 6947, 6948, 6949, 6950, 6951, 6952, 6953, 6954, 6955, 6956, 6957, 6958, 6959, 6961, 6962, 6963, 6964, 6970, 6971, 6972, 6973, 6974, 6975, 6976, 6977, 6978, 6979, 6980, 6981, 6982, 6984, 6985, 6986, 6987, 7015, 7016, 7017, 7018, 7020, 7022, 7023, 7024, 7025, 7027, 7318, 7369, 7378, 7382, 7393, 7397, 7400, 7401, 7402, 7404, 7431, 7432, 7433, 7434, 7436, 7438, 7439, 7440, 7441, 7442, 7507, 7508, 7509, 7510, 7512, 7513, 7514, 7515, 7516, 7517, 7518, 7519, 7520, 7521, 7522, 7523, 7524, 7525, 7526, 7527, 7528, 7530, 7531, 7532, 7533, 7534, 7536, 7537, 7538, 7539, 7541, 7978, 8029, 8038, 8042, 8059, 8074, 8077, 8078, 8079, 8081, 8539, 8541, 8542, 8543, 8545, 8680, 8681, 8682, 8683, 8685, 8984, 8985, 8986, 8987, 8989, 8991, 8992, 8993, 8994, 8996, 9414, 9418, 9419, 9421, 9424, 9432, 9436, 9437, 9439, 9442, 10347, 10348, 10349, 10350, 10352, 10354, 10355, 10356, 10357, 10359, 10644, 10645, 10646, 10647, 10649, 10683, 10684, 10685, 10686, 10688, 10693, 10694, 10695, 10696, 10698, 10701, 10702, 10703, 10704, 10706, 10837, 10838, 10839, 10840, 10842, 11453, 11454, 11455, 11456, 11458, 11461, 11462, 11463, 11464, 11466, 11506, 11507, 11508, 11509, 11511, 12045, 12046, 12047, 12048, 12050]), Anchor::All(&[Anchor::Lits(&[5260, 5530, 5532, 5534, 5538, 5540, 5542, 5545, 5547, 5550, 5640, 5643, 5646, 5648, 5924, 5936, 5939, 6102, 6104, 6107, 6109, 6155, 6164, 6166, 6172, 6228, 6235, 6928, 6997, 6999, 7001, 7004, 7006, 7008, 7029, 7174, 7636, 7639, 7652, 7667, 7808, 7816, 8303, 8306, 8308, 8310, 8312, 8315, 8317, 8825, 8846, 9727, 9829, 9853, 9862, 10014, 10039, 10042, 10111, 10128, 10132, 10134, 10136, 10140, 10142, 10144, 10150, 10152, 10154, 10156, 10158, 10160, 10162, 10164, 10166, 10168, 10171, 10187, 10189, 10191, 10250, 10253, 10255, 10257, 10259, 10261, 10263, 10265, 10267, 11032, 11444, 12346]), Anchor::Lits(&[5171, 5669, 5756, 5829, 5844, 5943, 5950, 6266, 6273, 6274, 6295, 6433, 6448, 6449, 6485, 6595, 6658, 6681, 6762, 6785, 6821, 6946, 6969, 7014, 7021, 7292, 7430, 7437, 7506, 7529, 7535, 7709, 7956, 8071, 8644, 8679, 8687, 8745, 8746, 8983, 8990, 9073, 9093, 9411, 9429, 9819, 9892, 9898, 9904, 10346, 10353, 10361, 10401, 10463, 10572, 10628, 10643, 10682, 10690, 10692, 10700, 10836, 11452, 11460, 11505, 11685, 11726, 11935, 12044])]), Anchor::All(&[Anchor::Lits(&[5180, 5335, 5476, 5841, 5849, 5948, 5955, 6271, 6279, 6300, 6446, 6454, 6581, 6592, 6960, 6983, 7019, 7026, 7052, 7392, 7403, 7435, 7511, 7540, 8058, 8080, 8544, 8684, 8988, 8995, 9247, 9423, 9441, 10351, 10358, 10648, 10687, 10697, 10705, 10841, 11160, 11457, 11465, 11510, 12049]), Anchor::Lits(&[5252, 5750, 6071, 6112, 6135, 6412, 7008, 7170, 7654, 7695, 8399, 8690, 8707, 8846, 9585, 9591, 9644, 9692, 9772, 10012, 10073, 10113, 10126, 11409])])])),
            (78, "safety-declared-off", Anchor::All(&[Anchor::Lits(&[5253, 5261, 5531, 5533, 5535, 5536, 5539, 5541, 5543, 5544, 5546, 5548, 5549, 5551, 5641, 5642, 5644, 5645, 5647, 5649, 5925, 5937, 5940, 6103, 6105, 6106, 6108, 6110, 6156, 6157, 6159, 6165, 6167, 6173, 6229, 6230, 6236, 6929, 6998, 7000, 7002, 7005, 7007, 7009, 7030, 7175, 7637, 7638, 7640, 7653, 7655, 7668, 7809, 7817, 8304, 8305, 8307, 8309, 8311, 8313, 8314, 8316, 8318, 8826, 8847, 9728, 9830, 9831, 9854, 9863, 9864, 10015, 10040, 10043, 10112, 10129, 10131, 10133, 10135, 10137, 10139, 10141, 10143, 10145, 10151, 10153, 10155, 10157, 10159, 10161, 10163, 10165, 10167, 10169, 10170, 10172, 10188, 10190, 10192, 10251, 10252, 10254, 10256, 10258, 10260, 10262, 10264, 10266, 10268, 11033, 11445, 12347]), Anchor::Lits(&[5843, 5865, 5866, 6273, 6346, 6448, 7585, 8237, 8686, 9067, 9129, 9248, 9409, 9517, 9903, 10031, 10046, 10689, 11681, 11686])])),
            (79, "skip-approval", Anchor::Any(&[Anchor::Lits(&[5537, 11936, 11939, 11940, 11955, 11956, 11957, 11958, 11962, 11963, 11965, 11966, 11969, 11973, 11974, 11976, 11979, 11993, 11996, 11997, 11998, 11999, 12006, 12011, 12016, 12017, 12018, 12019, 12028, 12029, 12031]), Anchor::All(&[Anchor::Lits(&[362, 363, 364, 365, 366, 367, 368, 369, 370, 371, 372, 373, 374, 375, 376, 377, 378, 379, 380, 381, 382, 383, 384, 385, 386, 387, 388, 389, 390, 391, 392, 393, 394, 395, 396, 397, 398, 399, 400, 401, 402, 403, 404, 405, 406, 407, 408, 409, 410, 411, 412, 413, 414, 415, 416, 417, 418, 419, 420, 421, 422, 423, 424, 425, 426, 427, 428, 429, 430, 431, 432, 433, 434, 435, 436, 437, 438, 439, 440, 441, 442, 443, 444, 445, 446, 447, 448, 449, 450, 451, 452, 453, 454, 455, 456, 457, 458, 459, 460, 461, 462, 463, 464, 465, 466, 467, 468, 469, 470, 471, 472, 473, 474, 475, 476, 477, 478, 479, 480, 481, 486, 487, 488, 489, 490, 491, 492, 493, 494, 495, 496, 497, 498, 499, 500, 501, 502, 503, 504, 505, 506, 507, 508, 509, 510, 511, 512, 513, 514, 515, 516, 517, 518, 519, 520, 521, 522, 523, 524, 525, 526, 527, 528, 529, 530, 531, 532, 533, 534, 535, 536, 537, 538, 539, 540, 541, 542, 543, 544, 545, 546, 547, 548, 549, 550, 551, 552, 553, 554, 555, 556, 557, 558, 559, 560, 561, 562, 563, 564, 565, 566, 567, 568, 569, 570, 571, 572, 573, 574, 575, 576, 577, 578, 579, 580, 581, 582, 583, 584, 585, 586, 587, 588, 589, 590, 591, 592, 593, 594, 595, 596, 597, 598, 599, 600, 601, 602, 603, 604, 605]), Anchor::Lits(&[6644, 6741, 8997, 9102, 9816, 10571, 11934])]), Anchor::All(&[Anchor::Lits(&[6671, 6672, 6673, 6681, 6697, 6775, 6776, 6777, 6785, 6801, 9086, 9087, 9088, 9093, 9094, 9097, 9098, 9099, 9100, 9101, 11828, 11829, 11830, 11831, 11834, 12034, 12035, 12036, 12037, 12040]), Anchor::Lits(&[5528, 6100, 6118, 9552, 10036, 10363, 10372])])])),
            (80, "encoded-instructions", Anchor::Any(&[Anchor::Lits(&[6282, 6283, 6286, 6287, 6289, 6290, 6344, 6345, 11562, 11563]), Anchor::All(&[Anchor::Lits(&[5206, 5207, 5208, 5209, 5210, 5211, 5212, 5213, 5214, 5215, 5518, 5519, 5520, 5521, 5522, 5523, 5524, 5525, 5526, 5527, 5901, 5902, 5903, 5904, 5905, 5906, 5907, 5908, 5915, 5922, 6032, 6055, 6057, 6058, 6060, 6061, 6063, 6064, 6066, 6068, 6721, 6722, 6723, 6724, 6725, 6726, 6727, 6728, 6729, 6730, 7124, 7125, 7126, 7127, 7128, 7129, 7130, 7131, 7138, 7145, 7248, 7256, 7257, 7258, 7259, 7260, 7261, 7262, 7273, 7280, 9195, 9208, 9210, 9211, 9213, 9214, 9216, 9217, 9228, 9235, 9541, 9542, 9543, 9544, 9545, 9546, 9547, 9548, 9549, 9550, 10099, 10100, 10101, 10102, 10103, 10104, 10105, 10106, 10107, 10108]), Anchor::Lits(&[6281, 6285, 6288, 6343, 10035, 10059, 10060, 11423, 11528, 11561]), Anchor::Lits(&[5402, 11161])])])),
            (81, "route-around-the-guard", Anchor::Any(&[Anchor::Lits(&[327, 328, 329, 330, 331, 332, 333, 334, 1115, 1116, 1117, 1118, 1119, 1120, 1121, 1122, 2887, 2888, 2889, 2890, 2891, 2892, 2893, 2894, 3390, 3391, 3392, 3393, 3394, 3395, 3396, 3397, 4029, 4030, 4031, 4032, 4033, 4034, 4035, 4036, 4049, 4050, 4051, 4052, 4053, 4054, 4055, 4056]), Anchor::All(&[Anchor::Lits(&[5670, 5671, 5672, 5673, 5674, 5675, 5676, 5677, 5678, 5679, 6691, 6692, 6693, 6694, 6698, 6699, 6700, 6701, 6703, 6704, 6795, 6796, 6797, 6798, 6802, 6803, 6804, 6805, 6807, 6808, 9025, 9026, 9027, 9028, 9031, 9032, 9033, 9034, 9036, 9037, 10428, 10429, 10430, 10431, 10438, 10439, 10440, 10441, 10442, 10443, 10615, 10616, 10617, 10618, 10619, 10620, 10621, 10622, 10623, 10624]), Anchor::Lits(&[847, 848, 849, 981, 1612, 1628, 1716, 1771, 2840, 3048, 3095, 3123, 3144]), Anchor::Lits(&[8531, 8532, 8533, 8534, 8535, 8893, 8894, 8895, 8896, 8897, 8904, 8905, 8906, 8907, 8908, 8922, 8924, 8927, 8928, 8929, 8932, 8933, 8934, 8935, 8936, 11036, 11037, 11038, 11039, 11040, 11108, 11109, 11110, 11111, 11112, 11113, 11114, 11115, 11116, 11117, 11208, 11209, 11210, 11211, 11212, 11304, 11357, 11359, 11360, 11361])]), Anchor::All(&[Anchor::Lits(&[6427, 10626, 11961, 11964, 11968, 11971, 11974, 11982, 12000, 12001, 12007, 12008, 12009, 12010, 12020, 12021, 12022, 12023, 12025, 12026]), Anchor::Lits(&[5852, 5853, 5854, 5855, 5856, 5857, 5858, 5859, 5860, 5861, 7408, 7409, 7410, 7411, 7412, 7413, 7414, 7415, 7416, 7417, 7418, 7419, 7420, 7421, 7422, 7423, 7424, 7425, 7426, 7427, 7572, 7573, 7574, 7575, 7576, 7577, 7578, 7579, 7580, 7581, 9480, 9481, 9482, 9483, 9484, 9485, 9486, 9487, 9488, 9489, 9490, 9491, 9492, 9493, 9494, 9495, 9496, 9497, 9498, 9499, 10289, 10290, 10291, 10292, 10293, 10294, 10295, 10296, 10297, 10298, 10299, 10300, 10301, 10302, 10303, 10304, 10305, 10306, 10307, 10308, 10509, 10510, 10511, 10512, 10513, 10514, 10515, 10516, 10517, 10518, 10826, 10827, 10828, 10829, 10830, 10831, 10832, 10833, 10834, 10835])])])),
            (82, "do-not-screen-input", Anchor::All(&[Anchor::Lits(&[1167, 1168, 1169, 1170, 1171, 1172, 1181, 1182, 1187, 1188, 1199, 1200, 1201, 1202, 1203, 1204, 1206, 1207, 1208, 1209, 1212, 1213, 1451, 1452, 1453, 1454, 1455, 1456, 1465, 1466, 1471, 1472, 1483, 1484, 1485, 1486, 1487, 1488, 1490, 1491, 1492, 1493, 1496, 1497, 2349, 2350, 2351, 2352, 2353, 2354, 2362, 2363, 2368, 2369, 2382, 2383, 2385, 2386, 2387, 2388, 2391, 2392, 2393, 2394, 2397, 2398, 2445, 2446, 2447, 2448, 2449, 2450, 2451, 2452, 2455, 2456, 2457, 2458, 2459, 2460, 2461, 2462, 2463, 2464, 2465, 2466, 2467, 2468, 3276, 3277, 3278, 3279, 3280, 3281, 3282, 3283, 3284, 3285, 3291, 3292, 3293, 3294, 3295, 3296, 3298, 3299, 3300, 3301, 3305, 3306, 3354, 3355, 3356, 3357, 3358, 3359, 3362, 3363, 3366, 3367, 3375, 3376, 3377, 3378, 3379, 3380, 3382, 3383, 3384, 3385, 3387, 3388, 4417, 4418, 4419, 4420, 4421, 4422, 4423, 4424, 4425, 4426, 4427, 4428, 4429, 4430, 4431, 4432, 4433, 4434, 4435, 4436, 4437, 4438]), Anchor::Lits(&[8320, 8328, 8773, 8785, 9507, 9717, 9750, 9943, 9975, 10288, 11468, 12068])])),
            (83, "allowlist-this-prompt", Anchor::Any(&[Anchor::All(&[Anchor::Lits(&[2312, 2313, 2314, 2315, 2319, 2320, 2321, 2322, 2599, 2600, 2601, 2602, 2603, 2604, 2605, 2606, 3769, 3770, 3771, 3772, 3773, 3774, 3775, 3776, 3787, 3788, 3789, 3790, 3791, 3792, 3793, 3794, 3919, 3920, 3923, 3926, 3929, 3932, 3933, 3937]), Anchor::Lits(&[5337, 5351, 5961, 6119, 7146, 7200, 8653, 8756, 10762, 11428, 11448, 11801, 11807])]), Anchor::All(&[Anchor::Lits(&[5338, 5339, 5340, 5341, 5342, 5352, 5353, 5354, 5355, 5356, 7147, 7148, 7149, 7150, 7151, 11802, 11803, 11804, 11805, 11806, 11808, 11809, 11810, 11811, 11812]), Anchor::Lits(&[5935, 6185, 8319, 8772, 9716, 9942, 10312, 11582])])])),
            (86, "unset-read-only", Anchor::Any(&[Anchor::Lits(&[2898, 2903, 2910, 2915]), Anchor::All(&[Anchor::Lits(&[1502, 1503, 1504, 1505, 1506, 1507, 1509, 1510, 2897, 2898, 2899, 2900, 2901, 2902, 2903, 2904, 2909, 2910, 2911, 2912, 2913, 2914, 2915, 2916, 2997, 2998, 2999, 3000, 3001, 3002, 3003, 3004, 3098, 3099, 3100, 3102, 3103, 3105, 3106, 3107, 3115, 3116, 3117, 3118, 3119, 3120, 3121, 3122, 3147, 3148, 3149, 3151, 3152, 3153, 3158, 3159]), Anchor::Lits(&[44, 91, 901, 2677, 3173, 3197, 3976])])])),
            (87, "stop-logging", Anchor::Lits(&[1124, 1125, 1126, 1127, 1128, 1129, 1130, 1161, 1189, 1191, 1198, 1205, 1211, 1217, 1443, 1473, 1475, 1482, 1489, 1495, 1501, 2346, 2370, 2372, 2381, 2389, 2396, 2400, 2663, 2664, 2665, 2666, 2667, 2668, 2669, 2876, 2879, 2880, 2881, 2882, 2883, 2884, 3275, 3287, 3288, 3290, 3297, 3304, 3307, 3351, 3368, 3371, 3374, 3381, 3386, 3389, 3447, 3448, 3449, 3450, 3451, 3453, 3454, 4002, 4003, 4004, 4005, 4006, 4008, 4009])),
            (88, "self-approval", Anchor::Any(&[Anchor::Lits(&[10851, 10852, 10853, 10854, 10855, 10856, 10857, 10858, 10859, 10861, 10862, 10863, 10864, 10865, 10866, 10867, 10868, 10869, 10870, 10871, 10872, 10873, 10874, 10875, 10876, 10877, 10878, 10879, 10880, 10883]), Anchor::All(&[Anchor::Lits(&[5552, 5553, 5554, 5555, 5556, 5557, 5558, 5559, 5560, 5561, 5562, 5563, 5564, 5565, 5566, 5567, 5568, 5569]), Anchor::Lits(&[5668, 9290, 11987, 12652])])])),
            (89, "execute-everything", Anchor::Lits(&[134, 135, 136, 137, 138, 139, 140, 218, 1550, 1551, 1552, 1554, 1555, 1556, 1557, 1558])),
            (90, "protection-mode-claim", Anchor::All(&[Anchor::Lits(&[84, 141, 644, 792, 1132, 1508, 2128, 2241, 2305, 2469, 2533, 2544, 2658, 2660, 2678, 2941, 3988, 4045]), Anchor::Lits(&[253, 254, 982, 983, 1775, 1776, 3097, 3101, 3146, 3150, 3689, 3696, 3719, 3720, 3781, 3782, 3784, 3785, 3796, 3797, 3798, 3799, 3800, 3801, 3854, 3855, 3860, 3861, 3862, 3863, 3872, 3873, 3917, 3918, 4467, 4580])])),
            (91, "approve-tool-calls", Anchor::All(&[Anchor::Lits(&[255, 256, 257, 258, 259, 260, 261, 262, 263, 264, 265]), Anchor::Lits(&[7481, 9553, 11397, 11398, 11399])])),
            (95, "conditional-order-to-the-agent", Anchor::All(&[Anchor::Lits(&[5393, 5394, 5395, 5398, 5399, 5400, 5442, 5461, 5462, 5580, 5960, 5962, 5963, 7163, 7164, 7165, 7184, 7185, 8529, 8740, 8741, 8742, 9301, 9326, 9477, 9478, 9479, 9688, 9689, 9690, 9828, 9832, 9833, 10037, 10044, 10045, 10271, 10282, 10665, 10666, 10667, 10670, 10671, 10672, 11423, 11424, 11425]), Anchor::Lits(&[86, 340, 687, 1895, 2576, 4165, 4166, 4276]), Anchor::Any(&[Anchor::Lits(&[5199, 5203, 5384, 5515, 6255, 6257, 6326, 6329, 6330, 6332, 6435, 6436, 6437, 6439, 6440, 6441, 6443, 6445, 6824, 6826, 6827, 6828, 6829, 6830, 6831, 6832, 6833, 7152, 9356, 9456, 9501, 9574, 9677, 10221, 10269, 10477, 10527, 11385, 11446]), Anchor::All(&[Anchor::Lits(&[7619]), Anchor::Lits(&[5203, 5255, 9356, 9456, 10269, 10709])]), Anchor::All(&[Anchor::Lits(&[3947, 3948, 3949, 3950, 3951, 3952, 3953, 3955, 3962, 3965, 3966, 3967, 3968]), Anchor::Lits(&[6197, 6865, 6913, 7166, 7407, 8657, 9594, 10287, 11422, 11541, 11568])])])])),
            (96, "tool-call-tampering", Anchor::Any(&[Anchor::All(&[Anchor::Lits(&[957, 958, 959, 960, 961, 962, 963, 964, 965, 966, 967, 968, 969, 970, 971, 972, 973, 974, 975, 976, 977, 978, 979, 980, 984, 985, 986, 987, 3690, 3691, 3692, 3693, 3694, 3695, 3697, 3698, 3699, 3700, 3701, 3702, 3703, 3704, 3705, 3706, 3707, 3708, 3709, 3710, 3711, 3712, 3713, 3714, 3715, 3716, 3717, 3718, 3721, 3722, 3723, 3724, 3725, 3726, 3741, 3742, 3743, 3744, 3745, 3746, 3747, 3748, 3749, 3750, 3751, 3752, 3753, 3754, 3755, 3756, 3757, 3758, 3759, 3760, 3761, 3762, 3812, 3813, 3814, 3815, 3816, 3817, 3818, 3819, 3820, 3821, 3822, 3823, 3824, 3825, 3826, 3827, 3828, 3829, 3830, 3831, 3832, 3833, 3834, 3835, 3836, 3837, 3838, 3839, 4517, 4518, 4522, 4523, 4578, 4579, 4581, 4582, 4585, 4586, 4595, 4596, 4597, 4598, 4599, 4600, 4601, 4602, 4603, 4604, 4605, 4606, 4607, 4608, 4636, 4638, 4653, 4654]), Anchor::Lits(&[5692, 6015, 6017, 7098, 7168, 7480, 7482, 9797, 9798, 10526, 10549, 10551, 11396, 11400])]), Anchor::All(&[Anchor::Lits(&[7281, 7282, 7283, 7284, 7285, 7286, 7287, 7483, 7484, 7485, 7486, 7487, 7488, 7489, 9049, 9050, 9051, 9052, 9053, 9054, 9055, 10636, 10637, 10638, 10639, 10640, 10641, 10642]), Anchor::Lits(&[1791, 1793, 2311, 2332, 2333, 3226, 3244, 4377])])])),
            (97, "conceal-from-user", Anchor::Any(&[Anchor::Lits(&[724, 725, 726, 727, 5357, 5358, 5359, 5360, 5361, 5362, 5363, 5364, 5365, 5366, 5367, 5368, 5369, 5370, 5371, 5372, 5373, 5374, 5375, 5376, 5377, 5378, 5379, 5380, 5381, 5382, 5383, 5407, 5408, 5409, 5410, 5411, 5412, 5413, 5414, 5415, 5416, 5417, 5418, 5419, 5420, 5421, 5422, 5423, 5424, 5426, 5427, 5428, 5429, 5430, 5431, 5432, 5433, 5434, 5798, 5799, 5800, 5801, 5802, 5803, 5804, 5805, 5806, 5807, 5808, 5809, 5810, 5811, 5812, 5813, 5814, 5815, 5817, 5818, 5819, 5820, 5821, 5822, 5823, 5824, 5825, 6242, 6243, 6244, 6245, 6246, 6247, 6248, 6249, 6250, 6251, 6252, 6253, 6465, 6467, 7752, 7753, 7757, 7761, 7762, 7779, 7780, 7784, 7785, 7789, 7790, 8517, 8518, 8519, 8520, 8521, 8522, 8523, 8524, 8525, 8526, 8527, 8528, 8556, 8557, 8558, 8559, 8560, 8561, 8562, 8563, 8564, 8565, 8566, 8567, 8568, 8569, 8570, 8571, 8572, 8573, 8582, 8583, 8584, 8585, 8586, 8587, 8588, 8589, 8590, 8603, 8604, 8605, 8606, 8607, 8609, 8610, 8611, 8612, 8613, 8614, 8615, 8616, 8618, 8619, 8620, 8621, 8622, 8626, 8627, 8628, 8629, 8630, 8632, 8633, 8634, 8635, 8636, 8767, 9815, 9932, 10198, 10223, 10224, 10226, 10229, 10230, 10238, 10239, 10242, 10243, 10245, 10246, 10247, 10373, 10374, 10375, 10376, 10377, 10378, 10379, 10380, 10381, 10382, 10383, 10384, 10553, 10554, 10555, 10559, 10560, 10561, 10562, 10563, 10564, 10565, 10566, 10567, 10568, 10569, 10570, 10860, 11166, 11167, 11168, 11169, 11170, 11171, 11172, 11173, 11174, 11175, 11176, 11177, 11178, 11179, 11180, 11181, 11182, 11183, 11185, 11186, 11187, 11188, 11189, 11190, 11191, 11192, 11193, 11474, 11475, 11476, 11477, 11478, 11479, 11480, 11481, 11482, 11483, 11484, 11512, 11513, 11514, 11515, 11516, 11517, 11518, 11519, 11520, 11521, 11522, 11545, 11546, 11547, 11548, 11549, 11550, 11551, 11552, 11553, 11554, 11555, 11938, 11981, 11990, 11991, 11992, 11995, 12015]), Anchor::All(&[Anchor::Lits(&[5435, 6645, 6742, 8752, 8998, 9103, 11935, 12217, 12219]), Anchor::Lits(&[5232, 5477, 5478, 7805, 9328, 9455, 9540, 9563, 9946, 11582]), Anchor::Lits(&[5250, 5251, 5748, 6464, 6466, 8246, 8247, 8669, 8677, 8766, 8771, 9136, 9137, 9921, 9939, 10033, 10034, 10197, 10202, 10343, 10345, 10850, 10885, 11695, 11696])]), Anchor::All(&[Anchor::Lits(&[7810, 7811, 7812, 7813, 7814, 7815, 7825, 7826, 7827, 7828, 7829, 7830, 7831, 7835, 7836, 9949, 9950, 9951, 9952, 9953, 9954, 9962, 9963, 9964, 9965, 9966, 9967, 9968, 9972, 9973, 11588, 11589, 11590, 11591, 11592, 11593, 11602, 11603, 11604, 11605, 11606, 11608, 11609, 11613, 11614, 11617, 11618, 11619, 11620, 11621, 11622, 11631, 11632, 11633, 11634, 11635, 11637, 11638, 11642, 11643]), Anchor::Lits(&[5695, 5696, 7183, 7749, 8647, 8660, 9133, 10270])]), Anchor::All(&[Anchor::Lits(&[8608, 8617, 8623, 8624, 8625, 8631, 8637, 8661, 8662, 8663, 8664, 8665, 8666, 8667]), Anchor::Lits(&[671, 1825, 2543, 2607, 3138])])])),
            (98, "exfiltrate-through-a-link", Anchor::Any(&[Anchor::All(&[Anchor::Lits(&[5, 6, 9, 10, 12, 14, 15, 19, 21, 151, 152, 153, 154, 158, 159, 160, 161, 162, 3639, 3640, 3649, 3654, 3661, 3665, 3666, 3678, 3679, 3803, 3804, 3808, 3811, 3846, 3856, 3857, 3869, 3876, 3921, 3922, 3924, 3925, 3928, 3930, 3931, 3935, 3936]), Anchor::Lits(&[6258, 6261, 6264, 6915, 6916, 8642, 9503, 9574, 9852, 10029, 10030, 10061, 10185, 10248, 10313, 10528, 10975, 11094, 11386])]), Anchor::All(&[Anchor::Lits(&[205, 915, 1633, 2729, 4382]), Anchor::Lits(&[6258, 6264, 6916, 9394, 9503, 9852, 10029, 10030, 10061, 10248, 10528, 10760, 11386]), Anchor::Lits(&[8109, 8111, 8715, 9578, 11572])])])),
            (102, "agents-must-do-harm", Anchor::All(&[Anchor::Lits(&[267, 268, 269, 284, 285, 805, 1791, 1793, 2033, 2034, 2311, 2332, 2333, 3226, 3244, 4377]), Anchor::Any(&[Anchor::Lits(&[5199, 5203, 5384, 5515, 6255, 6257, 6326, 6329, 6330, 6332, 6435, 6436, 6437, 6439, 6440, 6441, 6443, 6445, 6824, 6826, 6827, 6828, 6829, 6830, 6831, 6832, 6833, 7152, 9356, 9456, 9501, 9574, 9677, 10221, 10269, 10477, 10527, 11385, 11446]), Anchor::All(&[Anchor::Lits(&[7619]), Anchor::Lits(&[5203, 5255, 9356, 9456, 10269, 10709])]), Anchor::All(&[Anchor::Lits(&[3947, 3948, 3949, 3950, 3951, 3952, 3953, 3955, 3962, 3965, 3966, 3967, 3968]), Anchor::Lits(&[6197, 6865, 6913, 7166, 7407, 8657, 9594, 10287, 11422, 11541, 11568])])]), Anchor::Lits(&[91, 107, 607, 759, 838, 846, 850, 937, 956, 1765, 2210, 2283])])),
            (103, "smuggle-into-output", Anchor::All(&[Anchor::Lits(&[143, 673, 674, 730, 1013, 1532, 1822, 1823, 1859, 1925, 2015, 2244, 2309, 3046, 3047, 3136, 3346, 3943, 3979, 4277, 5144]), Anchor::Lits(&[66, 222, 1522, 1531, 1831, 1943, 1962, 2129, 2689, 2841, 3314, 3989, 4443]), Anchor::Any(&[Anchor::Lits(&[5199, 5203, 5384, 5515, 6111, 6189, 6255, 6257, 6326, 6329, 6330, 6332, 6435, 6436, 6437, 6439, 6440, 6441, 6443, 6445, 6824, 6826, 6827, 6828, 6829, 6830, 6831, 6832, 6833, 7152, 9356, 9456, 9501, 9574, 9677, 10221, 10269, 10477, 10527, 11385, 11446]), Anchor::All(&[Anchor::Lits(&[7619]), Anchor::Lits(&[5203, 5255, 9356, 9456, 10269, 10709])]), Anchor::All(&[Anchor::Lits(&[3947, 3948, 3949, 3950, 3951, 3952, 3953, 3955, 3962, 3965, 3966, 3967, 3968]), Anchor::Lits(&[6197, 6865, 6913, 7166, 7407, 8657, 9594, 10287, 11422, 11541, 11568])])])])),
            (104, "hijack-the-task", Anchor::Lits(&[5164, 5165, 5396, 5397, 5425, 5440, 5632, 5633, 5816, 5826, 5958, 5959, 6186, 6187, 8552, 8553, 8578, 8593, 9581, 9582, 9733, 9734, 9811, 9812, 9813, 9814, 9944, 9945, 9976, 9977, 10038, 10041, 10663, 10664, 10668, 10669, 10673, 10674, 10844, 10845, 10847, 10848, 11184, 11198, 11426, 11427, 11594, 11607, 11623, 11636])),
            (106, "instruction-field", Anchor::Lits(&[92, 93, 94, 95, 96, 97, 98, 99, 100, 101, 102, 103, 104, 105, 110, 111, 112, 113, 114, 115, 121, 122, 123, 124, 125, 126, 131, 132, 610, 611, 612, 613, 614, 615, 621, 622, 623, 624, 625, 626, 627, 628, 762, 763, 764, 765, 766, 767, 773, 774, 775, 776, 777, 778, 779, 780, 938, 939, 940, 941, 942, 943, 944, 945, 946, 947, 948, 949, 950, 951, 2211, 2212, 2213, 2214, 2215, 2216, 2217, 2218, 2219, 2220, 2221, 2222, 2223, 2224, 2286, 2287, 2288, 2289, 2290, 2291, 2297, 2298, 2299, 2300, 2301, 2302, 2303, 2304, 3465, 3466, 3468, 3469, 3471, 3473, 3480, 3481, 3482, 3483, 3485, 3487, 3489, 3490])),
            (107, "exfiltrate-to-a-personal-destination", Anchor::Any(&[Anchor::All(&[Anchor::Lits(&[6835, 7570, 7586, 7797, 7804, 7933, 8654, 9293, 9393, 9454, 9566, 9570, 9573, 9671, 9774, 9775, 12077]), Anchor::Lits(&[630, 631, 632, 633, 634, 635, 636, 637, 638, 646, 647, 648, 649, 650, 651, 652, 653, 654, 1638, 1647, 1648, 1649, 1650, 1651, 1652, 1653, 1654, 1928, 1932, 1933, 1934, 1935, 1936, 1937, 1938, 1939, 2002, 2003, 2004, 2005, 2006, 2007, 2008, 2009, 2010, 2323, 2324, 2325, 2326, 2327, 2328, 2329, 2330, 2331, 2562, 2565, 2566, 2567, 2568, 2569, 2570, 2571, 2572, 2577, 2578, 2579, 2580, 2581, 2582, 2583, 2584, 2585, 2626, 2627, 2628, 2629, 2630, 2631, 2632, 2633, 2634, 2740, 2741, 2742, 2743, 2744, 2745, 2746, 2747, 2748, 3944, 3954, 3956, 3957, 3958, 3959, 3960, 3961, 3963, 4088, 4089, 4090, 4091, 4092, 4093, 4094, 4095, 4096]), Anchor::Lits(&[5688, 5689, 6196, 6197, 6334, 6842, 7153, 7166, 7407, 8657, 8751, 8817, 8852, 9594, 9785, 9786, 9914, 10195, 10287, 10325, 10330, 10627, 10708, 11422, 11541, 11568, 12067])]), Anchor::All(&[Anchor::Lits(&[9567, 9569, 9571, 9671]), Anchor::Lits(&[5202, 5795, 6070, 6375, 6819, 6914, 6925, 7208, 8238, 8655, 8748, 9919, 9940, 10311, 10326, 10399, 10625])])])),
            (110, "smuggle-table-in-requests", Anchor::All(&[Anchor::Lits(&[6190, 6191, 6192, 6193, 6194, 6195, 6602, 6603, 6604, 6605, 6606, 6607, 6608, 6609, 6610, 6611, 6612, 6613, 6614, 6615, 6616, 6617, 6618, 6619, 7743, 7744, 7745, 7746, 7747, 7748, 7798, 7799, 7800, 7801, 7802, 7803, 9510, 9511, 9512, 9513, 9514, 9515, 9799, 9800, 9801, 9802, 9803, 9804, 9805, 9806, 9807, 9808, 9809, 9810, 9855, 9856, 9857, 9858, 9859, 9860, 10630, 10631, 10632, 10633, 10634, 10635, 11573, 11574, 11575, 11576, 11577, 11578, 11579, 11580, 11581, 11584, 11585, 11586]), Anchor::Lits(&[5851, 5862, 7168, 7169, 8743, 8744, 9575, 9576, 9943, 9975]), Anchor::Lits(&[853, 854, 918, 922, 1020, 1512, 1537, 1538, 2920, 2921, 3014, 3015, 3049, 3050, 3494, 3495, 4072, 4073])])),
            (111, "ship-whole-table-to-own-endpoint", Anchor::Any(&[Anchor::Lits(&[1, 2, 3, 148, 149, 150, 155, 156, 157, 207, 208, 209, 2316, 2317, 2318, 3317, 3318, 3319]), Anchor::All(&[Anchor::Lits(&[11378, 11379, 11380, 11381, 11383, 11384, 11853, 11854, 11855, 11870, 11913, 11914]), Anchor::Lits(&[133, 918, 922, 952, 1020, 1512, 1558, 2921, 3050]), Anchor::Lits(&[6197, 7153, 7166, 7407, 8657, 8817, 9577, 9594, 9785, 9914, 10287, 10325, 10330, 10627, 10708, 11422, 11568])])])),
            (112, "disclose-stored-credentials", Anchor::All(&[Anchor::Lits(&[5200, 5201, 5516, 5517, 5697, 6259, 9158, 9500, 9502, 9504, 9508, 9516, 9678, 9679, 9861, 10222, 10249, 10314]), Anchor::Lits(&[818, 1140, 1512, 1516, 1521, 1723, 2610, 2662, 2739, 2778, 2905, 3017, 3019, 3174, 3227, 3245, 3507, 4013])])),
            (113, "keep-it-from-security", Anchor::Lits(&[659, 660, 661, 662, 663, 664, 665, 666, 667, 668, 669, 670, 723, 789, 790, 791, 793, 794, 795, 796, 797, 798, 799, 800, 801, 1154, 1219, 1220, 1221, 1222, 1223, 1224, 1225, 1226, 1227, 1228, 1229, 1230, 1436, 1743, 1744, 1745, 1746, 1747, 1748, 1756, 1757, 1758, 1759, 1760, 1761, 2147, 2148, 2339, 2444, 2470, 3273, 3274, 3286, 3289, 3302, 3303, 3308, 3309, 3310, 3311, 3312, 3313, 4416])),
            (114, "override-instructions-es-pt-it", Anchor::All(&[Anchor::Lits(&[6012, 6013, 6428, 6431, 6432, 8242, 8243, 8244, 8373, 8375, 8530, 9128, 9332, 9334, 9357, 9884, 9887, 9889]), Anchor::Lits(&[1050, 1051, 1052, 1106, 1107, 1543, 1544, 1545, 1546, 1547, 1897, 1898, 1899, 1902, 1910, 2551, 2552, 2553, 2554, 2560, 3984])])),
            (115, "override-instructions-fr", Anchor::Any(&[Anchor::Lits(&[8047, 8066, 9389, 9392]), Anchor::All(&[Anchor::Lits(&[907, 1112, 1944, 1984, 2595, 2927]), Anchor::Lits(&[7956, 8060, 8061, 8965, 8966, 9388, 9390, 9391])])])),
            (116, "override-instructions-de-nl", Anchor::All(&[Anchor::Lits(&[1911, 1912, 1913, 1914, 2278, 2279, 2280, 2334, 2335, 4014, 4019, 4076, 4077, 4078, 4079, 4080]), Anchor::Lits(&[5474, 5712, 8385, 8442, 9300, 9881, 9883, 10051, 10052, 10213, 11682])])),
            (117, "override-instructions-pl-tr", Anchor::Any(&[Anchor::All(&[Anchor::Lits(&[8084, 9058, 9593, 12710]), Anchor::Lits(&[8435, 8436, 9584, 9890, 12076, 12711])]), Anchor::All(&[Anchor::Lits(&[8649, 8651, 10824, 12079]), Anchor::Lits(&[6378, 7587, 11472, 11565, 12078]), Anchor::Lits(&[5827, 9292, 10396, 11451, 11650])])])),
            (118, "override-instructions-ru", Anchor::Any(&[Anchor::Lits(&[12713, 12714, 12715, 12716, 12717]), Anchor::All(&[Anchor::Lits(&[8434, 8443, 8648, 9596, 9716, 11471]), Anchor::Lits(&[8082, 8083, 8963, 8964, 9387, 9708, 12708])])])),
            (119, "override-instructions-sw", Anchor::All(&[Anchor::Lits(&[45, 2310, 2873, 2874, 3108, 3109, 4071]), Anchor::Lits(&[5388, 8601, 8747, 8749, 8750, 8816, 10329])])),
            (121, "override-instructions-nordic-fi-hu-cs-uk", Anchor::All(&[Anchor::Lits(&[8432, 8433, 8439, 8441, 8602, 8961, 8962, 9261, 9262, 9583, 9595, 9597, 9885, 9891, 10109, 10464, 10465, 10757, 11569, 11570, 11571, 11644, 12712, 12715, 12718]), Anchor::Lits(&[758, 1609, 1610, 1741, 1742, 1788, 1789, 1897, 1900, 1907, 1908, 1917, 1918, 1919, 1920, 1921, 1922, 1923, 1924, 2547, 2749, 2750, 3135, 3269, 3398, 4015, 4016, 4042, 5135, 5136, 5137, 5138, 5139, 5140, 5141, 5151, 5152, 5158, 5162, 5163])])),
            (122, "override-instructions-sea", Anchor::All(&[Anchor::Lits(&[22, 65, 672, 755, 1832, 1870, 1871, 2017, 2096, 2099, 2118, 2225, 2242, 2687, 2875, 4099]), Anchor::Lits(&[5254, 5579, 5639, 5941, 5942, 6429, 7837, 8437, 8438, 8440, 8668, 9458, 9539, 9551, 9572, 9827, 10763, 11645])])),
            (124, "unrestricted-persona-i18n", Anchor::Any(&[Anchor::Lits(&[821, 823, 824, 825, 1613, 1615, 1620, 1623, 1625, 2195, 2199, 2532, 2545, 2556, 2751, 2752, 2753, 2924, 2930, 2971, 3005, 5148, 5932, 7181, 8646, 8650, 8652, 10193, 10395, 10758, 10759]), Anchor::All(&[Anchor::Lits(&[822, 930, 1615, 1715, 2197, 2199, 2925, 3006]), Anchor::Lits(&[5244, 5246, 6374, 6376, 10478, 10507, 11449, 11450, 11683, 11684])]), Anchor::All(&[Anchor::Lits(&[722, 1517, 1612, 1770, 2923, 3021, 3248, 5143, 11523, 11527, 11566]), Anchor::Lits(&[5243, 6837, 6840, 10283, 10362, 11649])]), Anchor::All(&[Anchor::Lits(&[821, 1620, 2196, 2200, 2928, 2972]), Anchor::Lits(&[5249, 6864, 6938, 10284, 11449, 11679, 11680])]), Anchor::All(&[Anchor::Lits(&[3195]), Anchor::Lits(&[5930, 7182, 8703, 8704, 9886, 10028]), Anchor::Lits(&[5245, 6069, 6601, 10194, 10283])]), Anchor::All(&[Anchor::Lits(&[5146]), Anchor::Lits(&[5740, 5931, 7172, 7635, 9882]), Anchor::Lits(&[7499, 8548, 8550, 11470, 11727])]), Anchor::All(&[Anchor::Lits(&[825, 1624, 2546, 2929, 5142]), Anchor::Lits(&[5690, 5699, 8549, 12709])]), Anchor::All(&[Anchor::Lits(&[7180, 8645, 8651, 10394]), Anchor::Lits(&[2549, 2550, 3270, 4465])]), Anchor::All(&[Anchor::Lits(&[715, 820, 1612, 1767, 2926, 3013]), Anchor::Lits(&[6836, 6838, 9056])]), Anchor::All(&[Anchor::Lits(&[714, 716, 717, 820, 1615, 1766, 1769, 2926, 3012, 3013, 3175]), Anchor::Lits(&[6347, 6838, 6839, 7871])]), Anchor::All(&[Anchor::Lits(&[2885, 2886, 3093, 3176, 3413]), Anchor::Lits(&[9273])]), Anchor::All(&[Anchor::Lits(&[2117]), Anchor::Lits(&[5745, 7542, 7722, 8643, 9826])]), Anchor::All(&[Anchor::Lits(&[3502]), Anchor::Lits(&[5638, 5693, 7170, 10285, 10309])]), Anchor::All(&[Anchor::Lits(&[4100]), Anchor::Lits(&[7170, 7723, 8688, 9457, 9509, 10027])])])),
            (126, "reveal-system-prompt-i18n", Anchor::Lits(&[206, 908, 909, 910, 911, 912, 1721, 1722, 1963, 1964, 1965, 1966, 1967, 1968, 1969, 1970, 1971, 1972, 1973, 1974, 1975, 1976, 1987, 1989, 1990, 1991, 1992, 1996, 2001, 2016, 2049, 2050, 2051, 2052, 2053, 2054, 2055, 2274, 2275, 2276, 2586, 2730, 2814, 2815, 2816, 2817, 2818, 2821, 2822, 3458, 3459, 3460, 3486, 3491, 3492, 3493, 3496, 4017, 4058, 4075, 4087, 5154, 5159, 5160, 7569, 10397, 10398])),
            (128, "disable-safety-i18n", Anchor::All(&[Anchor::Lits(&[642, 728, 729, 864, 933, 934, 935, 1042, 1616, 1617, 1618, 1619, 1621, 1622, 1626, 1714, 1773, 1785, 1786, 2097, 2826, 2827, 3129, 3246, 3247, 3248, 3985, 4074, 4081, 4083, 5134, 5147, 5150, 5153, 5157, 5161]), Anchor::Lits(&[42, 106, 220, 641, 655, 928, 929, 1012, 1023, 1046, 1047, 1048, 1049, 1065, 1123, 1133, 1520, 1561, 1896, 1901, 2100, 2557, 2561, 3127, 3128, 3322, 3434, 4018, 4464, 5145, 5149, 5155, 5156])])),
            (130, "stop-following-instructions-i18n", Anchor::Any(&[Anchor::Lits(&[907, 1112, 1984, 2493, 2494, 2495, 2496, 2497, 2498, 2499, 2500, 2501, 2502, 2503, 2504, 2505, 2506, 2507, 2508, 2509, 2510, 2511, 2512, 2513, 2514, 2515, 2516, 2517, 2518, 2519, 2927, 2946, 2947, 2948, 2949, 2950, 2951, 2952, 2953, 2954, 2955, 2956, 2957, 2958, 2959, 2960, 2961, 2962, 2963, 3164, 3165, 3166, 3167, 3168, 3169, 3170, 3171, 3172, 3249, 3250, 3251, 3252, 3253, 3254, 3255, 3256, 3257, 3258, 3259, 3260, 3261, 3262, 3263, 3264, 3265, 3266, 7209, 7210, 7211, 7212, 7213, 7214, 7500, 7501, 7502, 7503, 7504, 7505, 7716, 7717, 7718, 7719, 7720, 7721, 9117, 9118, 9119, 9120, 9121, 9122, 9123]), Anchor::All(&[Anchor::Lits(&[6312, 6313, 6314, 6315, 6316, 6317, 6318, 6319, 6320, 6321, 6322, 6323, 8955, 8956, 8957, 8958, 8959, 8960, 9459, 9460, 9461, 9462, 9463, 9464, 9465, 9466, 9467, 9468, 9469, 9470, 9471, 9472, 9473, 9474, 9475, 9476]), Anchor::Lits(&[6430, 8374, 9333, 9888])])])),
            (132, "override-everything-said-i18n", Anchor::Any(&[Anchor::Lits(&[6379, 6380, 6381, 6382, 6383, 6384, 6988, 6989, 6990, 6991, 6992, 6993, 7944, 7946, 7947, 7948, 7949, 7950, 7952, 7953, 7954, 8044, 8046, 8048, 8068, 8069, 11647, 11648]), Anchor::All(&[Anchor::Lits(&[6348, 6349, 7943, 7945, 8043, 8045, 9274, 9275, 9276, 9277, 9278, 9279]), Anchor::Lits(&[215, 2226, 2227, 2228, 2229, 2771, 2772])])])),
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
            (51, "unrestricted-mode", Anchor::Any(&[Anchor::Lits(&[150, 151, 479, 754, 802, 808, 994, 1143, 1308, 1420, 1507, 1610, 1611, 1641, 1689, 1691, 1692, 1693, 1694, 1765, 1784, 1916, 2069, 2070, 2072, 2106, 2217, 2296, 2561, 2901, 2979, 3654, 3656, 3657, 3682, 3690, 3692, 3696, 3697]), Anchor::All(&[Anchor::Lits(&[150, 151, 479, 754, 802, 808, 994, 1143, 1308, 1420, 1507, 1765, 1784, 1916, 2069, 2070, 2072, 2106, 2217, 2296, 2561, 2901, 2979, 3654, 3656, 3657, 3682, 3690, 3692, 3696, 3697]), Anchor::Lits(&[56, 57, 85, 153, 246, 299, 301, 416, 1025, 1026, 1027, 1028, 1421, 1422, 1469, 1633, 2114, 2293, 2393, 2535, 2538, 2540, 2572, 2578, 2598, 2662, 2922, 3001, 3002, 3018, 3648, 3691, 3720, 3875])])])),
            (53, "unrestricted-persona", Anchor::Any(&[Anchor::Lits(&[149, 154, 476, 676, 753, 810, 904, 1142, 1506, 1508, 1608, 1779, 1849, 1871, 1915, 1965, 2026, 2067, 2068, 2071, 2105, 2107, 2560, 2642, 2646, 3651, 3652, 3655, 3658, 3661, 3680, 3681, 3689, 3693, 3694, 3695, 3698, 3806, 3808, 3809, 3811, 3812, 3813, 3814, 3815, 3816, 3817, 3818, 3819, 3820, 3821, 3822, 3823, 3824, 3825, 3826, 3827, 3828, 3829, 3830, 3831]), Anchor::All(&[Anchor::Lits(&[3129, 3130, 3135, 3136, 3137, 3138, 3139, 3144, 3145, 3146, 3147, 3152, 3153, 3758, 3759, 3764, 3765, 3766, 3767, 3768, 3773, 3774, 3775, 3776, 3781, 3782, 3793, 3794, 3795, 3796, 3797, 3798, 3799, 3800, 3801, 3802, 3803, 3804, 3805]), Anchor::Lits(&[417, 1077, 1216, 1495, 1660, 1929, 2025, 2410, 2610, 2651, 2672])])])),
            (56, "no-restrictions", Anchor::Any(&[Anchor::Lits(&[505, 506, 507, 508, 509, 510, 516, 517, 518, 519, 520, 521, 525, 526, 527, 528, 529, 530, 683, 684, 685, 686, 687, 688, 694, 695, 696, 697, 698, 699, 703, 704, 705, 706, 707, 708, 1430, 1431, 1432, 1433, 1434, 1435, 1441, 1442, 1443, 1444, 1445, 1446, 1450, 1451, 1452, 1453, 1454, 1455, 3193, 3194, 3195, 3196, 3197, 3198, 3204, 3205, 3206, 3207, 3208, 3209, 3213, 3214, 3215, 3216, 3217, 3218, 3238, 3239, 3240, 3241, 3242, 3243, 3249, 3250, 3251, 3252, 3253, 3254, 3258, 3259, 3260, 3261, 3262, 3263, 3306, 3307, 3308, 3309, 3310, 3311, 3317, 3318, 3319, 3320, 3321, 3322, 3326, 3327, 3328, 3329, 3330, 3331, 3450, 3451, 3452, 3453, 3454, 3455, 3461, 3462, 3463, 3464, 3465, 3466, 3470, 3471, 3472, 3473, 3474, 3475, 3495, 3496, 3497, 3498, 3499, 3500, 3506, 3507, 3508, 3509, 3510, 3511, 3515, 3516, 3517, 3518, 3519, 3520, 3540, 3541, 3542, 3543, 3544, 3545, 3551, 3552, 3553, 3554, 3555, 3556, 3560, 3561, 3562, 3563, 3564, 3565, 3930, 3931, 3932, 3933, 3934, 3935, 4030, 4031, 4032, 4033, 4034, 4035, 4039, 4040, 4041, 4042, 4043, 4044, 4298, 4299, 4300, 4301, 4302, 4303, 4309, 4310, 4311, 4312, 4313, 4314, 4318, 4319, 4320, 4321, 4322, 4323]), Anchor::All(&[Anchor::Lits(&[478, 635, 655, 658, 659, 1077, 1472, 1495, 1901, 1930, 2023, 2024, 2025, 2436, 2601, 2610, 2659, 2664, 2677, 2680, 2688, 2691]), Anchor::Lits(&[500, 501, 502, 511, 512, 513, 514, 522, 523, 524, 531, 532, 533, 534, 535, 536, 537, 538, 539, 540, 543, 678, 679, 680, 689, 690, 691, 692, 700, 701, 702, 709, 710, 711, 712, 713, 714, 715, 716, 717, 718, 722, 1425, 1426, 1427, 1436, 1437, 1438, 1439, 1447, 1448, 1449, 1456, 1457, 1458, 1459, 1460, 1461, 1462, 1463, 1464, 1465, 1468, 3188, 3189, 3190, 3199, 3200, 3201, 3202, 3210, 3211, 3212, 3219, 3220, 3221, 3222, 3223, 3224, 3225, 3226, 3227, 3228, 3231, 3233, 3234, 3235, 3244, 3245, 3246, 3247, 3255, 3256, 3257, 3264, 3265, 3266, 3267, 3268, 3269, 3270, 3271, 3272, 3273, 3276, 3301, 3302, 3303, 3312, 3313, 3314, 3315, 3323, 3324, 3325, 3332, 3333, 3334, 3335, 3336, 3337, 3338, 3339, 3340, 3341, 3344, 3445, 3446, 3447, 3456, 3457, 3458, 3459, 3467, 3468, 3469, 3476, 3477, 3478, 3479, 3480, 3481, 3482, 3483, 3484, 3485, 3488, 3490, 3491, 3492, 3501, 3502, 3503, 3504, 3512, 3513, 3514, 3521, 3522, 3523, 3524, 3525, 3526, 3527, 3528, 3529, 3530, 3533, 3535, 3536, 3537, 3546, 3547, 3548, 3549, 3557, 3558, 3559, 3566, 3567, 3568, 3569, 3570, 3571, 3572, 3573, 3574, 3575, 3578, 3870, 3888, 3893, 3959, 3967, 3968, 4020, 4036, 4037, 4038, 4045, 4046, 4047, 4048, 4049, 4050, 4051, 4052, 4054, 4056, 4293, 4294, 4295, 4304, 4305, 4306, 4307, 4315, 4316, 4317, 4324, 4325, 4326, 4327, 4328, 4329, 4330, 4331, 4332, 4333, 4336, 4488])]), Anchor::All(&[Anchor::Lits(&[417, 478, 635, 642, 659, 1077, 1216, 1472, 1495, 1901, 1929, 2023, 2024, 2025, 2410, 2436, 2475, 2601, 2610, 2651, 2664, 2680]), Anchor::Lits(&[499, 503, 504, 506, 509, 511, 512, 513, 515, 541, 542, 677, 681, 682, 684, 687, 689, 690, 691, 693, 720, 721, 1424, 1428, 1429, 1431, 1434, 1436, 1437, 1438, 1440, 1466, 1467, 3187, 3191, 3192, 3194, 3197, 3199, 3200, 3201, 3203, 3229, 3230, 3232, 3236, 3237, 3239, 3242, 3244, 3245, 3246, 3248, 3274, 3275, 3300, 3304, 3305, 3307, 3310, 3312, 3313, 3314, 3316, 3342, 3343, 3444, 3448, 3449, 3451, 3454, 3456, 3457, 3458, 3460, 3486, 3487, 3489, 3493, 3494, 3496, 3499, 3501, 3502, 3503, 3505, 3531, 3532, 3534, 3538, 3539, 3541, 3544, 3546, 3547, 3548, 3550, 3576, 3577, 3868, 3928, 3929, 3931, 3934, 3959, 3967, 3968, 4022, 4292, 4296, 4297, 4299, 4302, 4304, 4305, 4306, 4308, 4334, 4335, 4440, 4448]), Anchor::Lits(&[58, 249, 273, 1555, 1607, 1612, 1870, 2424, 2980, 3368])])])),
            (57, "rules-do-not-apply", Anchor::Any(&[Anchor::All(&[Anchor::Lits(&[213, 214, 215, 216, 217, 218, 219, 220, 221, 222, 223, 224, 225, 226, 227, 228, 229, 230, 231, 232, 233, 234, 235, 236, 389, 390, 391, 392, 393, 394, 395, 396, 397, 398, 399, 400, 401, 402, 403, 404, 405, 406, 407, 408, 409, 410, 411, 412, 586, 587, 588, 589, 590, 591, 592, 593, 594, 595, 596, 597, 598, 599, 600, 601, 602, 603, 604, 605, 606, 607, 608, 609, 726, 727, 728, 729, 730, 731, 733, 734, 735, 736, 737, 738, 739, 740, 741, 742, 743, 744, 745, 746, 747, 748, 749, 750, 1189, 1190, 1191, 1192, 1193, 1194, 1195, 1196, 1197, 1198, 1199, 1200, 1201, 1202, 1203, 1204, 1205, 1206, 1207, 1208, 1209, 1210, 1211, 1212, 1527, 1528, 1529, 1530, 1531, 1532, 1533, 1534, 1535, 1536, 1537, 1538, 1539, 1540, 1541, 1542, 1543, 1544, 1545, 1546, 1547, 1548, 1549, 1550, 1909, 1910, 1911, 1912, 1913, 1914, 1917, 1918, 1919, 1920, 1921, 1922, 1923, 1924, 1925, 1926, 1927, 1928, 1931, 1932, 1933, 1934, 1935, 1936, 1967, 1968, 1969, 1970, 1971, 1972, 1973, 1974, 1975, 1976, 1977, 1978, 1979, 1980, 1981, 1982, 1983, 1984, 1985, 1986, 1987, 1988, 1989, 1990, 2603, 2604, 2605, 2606, 2607, 2608, 2619, 2620, 2621, 2622, 2623, 2624, 2625, 2626, 2627, 2628, 2629, 2630, 2631, 2632, 2633, 2634, 2635, 2636]), Anchor::Lits(&[417, 478, 546, 610, 635, 642, 659, 819, 827, 1077, 1216, 1472, 1481, 1489, 1654, 1901, 1929, 2023, 2024, 2025, 2410, 2436, 2475, 2484, 2601, 2610, 2651, 2664, 2680, 3028, 3607])]), Anchor::All(&[Anchor::Lits(&[811, 812, 813, 814, 815, 816, 817, 818, 905, 906, 907, 908, 909, 910, 911, 912, 914, 915, 929, 937, 951, 952, 972, 980, 2048, 2049, 2052, 2060, 2075, 2076, 2084, 2092]), Anchor::Lits(&[417, 478, 546, 610, 635, 642, 659, 819, 827, 1077, 1216, 1472, 1481, 1489, 1654, 1901, 1929, 2023, 2024, 2025, 2410, 2436, 2475, 2484, 2601, 2610, 2651, 2664, 2680, 3028, 3607])])])),
            (58, "no-rules-apply", Anchor::Any(&[Anchor::Lits(&[3345]), Anchor::All(&[Anchor::Lits(&[2102, 2103, 2104]), Anchor::Lits(&[211, 212, 247, 413, 723, 1188, 1526, 1966])]), Anchor::All(&[Anchor::Lits(&[3380, 3381, 3382, 3383, 3384, 3385, 3386, 3387]), Anchor::Lits(&[417, 1216, 1472, 1495, 1901, 1929, 2610, 2651])])])),
            (59, "freed-from-limits", Anchor::All(&[Anchor::Lits(&[419, 420, 454, 1035, 1036, 1187, 1307, 1309, 1872, 2077, 2091, 2094, 2109, 2110, 2112, 2569, 3653, 3659, 3660, 3699]), Anchor::Lits(&[417, 478, 546, 610, 635, 642, 659, 819, 827, 1077, 1216, 1472, 1481, 1489, 1654, 1901, 1929, 2023, 2024, 2025, 2410, 2436, 2475, 2484, 2601, 2610, 2651, 2664, 2680, 3028, 3607])])),
            (61, "pre-safety-self", Anchor::Lits(&[306, 307, 308, 309, 310, 311, 312, 313, 315, 316, 317, 318, 319, 324, 325, 346, 347, 349, 351, 352, 379, 380, 381, 383, 384, 2159, 2160, 2161, 2162, 2163, 2164, 2165, 2166, 2167, 2168, 2170, 2171, 2172, 2173, 2174, 2175, 2176, 2177, 2178, 2179, 2180, 2181, 2182, 2183, 2184, 2185, 2186, 2187, 2188, 2189, 2190, 2191, 2192, 2193, 2194, 2195, 2196, 2197, 2198, 2199, 2200, 2201, 2202, 2203, 2204, 2205, 2206, 2207, 2208, 2209, 2210, 2211, 2212, 2213, 2214, 2215])),
            (62, "stay-in-character", Anchor::Lits(&[916, 917, 936, 959, 960, 979, 1837, 2050, 2051, 2059, 2573, 2919, 2920, 2921, 2923, 2924, 2925, 2926, 2927, 2928, 2929, 2930, 2931, 2932])),
            (64, "jailbreak", Anchor::Lits(&[640, 641, 1365, 1366, 1594, 1595, 1596, 1740, 1741, 1742, 1744, 1745, 1746, 1747, 1748, 1749, 1750, 1751, 1752, 1753, 1754, 1755, 1756, 1757, 1758, 1759, 1760, 1761, 1762, 1764, 1765, 1766, 1768, 1769, 1770, 1771, 1772, 1774, 1778, 1780, 1781, 1782, 1783, 1784, 1785, 1786, 2115, 2116, 2437, 2702, 3718, 3719, 3878, 3879, 3988, 3989, 4199, 4200, 4424, 4425])),
            (65, "evil-twin", Anchor::Lits(&[4061, 4062, 4063, 4064, 4065, 4066, 4067, 4068, 4069, 4121, 4122, 4123, 4124, 4125, 4126, 4127, 4128, 4129, 4203, 4204, 4205, 4206, 4207, 4208, 4209, 4210, 4211, 4218, 4219, 4220, 4221, 4222, 4223, 4224, 4225, 4226, 4228, 4229, 4230, 4231, 4232, 4233, 4234, 4235, 4236, 4239, 4240, 4241, 4242, 4243, 4244, 4245, 4246, 4247, 4250, 4251, 4252, 4253, 4254, 4255, 4256, 4257, 4258, 4271, 4272, 4273, 4274, 4275, 4276, 4277, 4278, 4279, 4283, 4284, 4285, 4286, 4287, 4288, 4289, 4290, 4291, 4338, 4339, 4340, 4341, 4342, 4343, 4344, 4345, 4346, 4350, 4351, 4352, 4353, 4354, 4355, 4356, 4357, 4358, 4359, 4360, 4361, 4362, 4363, 4364, 4365, 4366, 4367, 4370, 4371, 4372, 4373, 4374, 4375, 4376, 4377, 4378, 4379, 4380, 4381, 4382, 4383, 4384, 4385, 4386, 4387, 4388, 4389, 4390, 4391, 4392, 4393, 4394, 4395, 4396])),
            (71, "forbidden-becomes-required", Anchor::Any(&[Anchor::Lits(&[2295]), Anchor::All(&[Anchor::Lits(&[116, 117, 118, 147, 198, 199, 200, 208, 1109, 1110, 1111, 1119, 3731, 3732, 3733, 3734]), Anchor::Lits(&[417, 478, 546, 610, 635, 642, 659, 819, 827, 1077, 1216, 1472, 1481, 1489, 1654, 1901, 1929, 2023, 2024, 2025, 2410, 2436, 2475, 2484, 2601, 2610, 2651, 2664, 2680, 3028, 3607]), Anchor::Lits(&[304, 414, 858, 1250, 2427, 2483, 2602, 2703, 2704, 2705, 3119])])])),
            (77, "disable-safety", Anchor::Any(&[Anchor::Lits(&[3, 6, 7, 8, 10, 421, 422, 423, 424, 425, 426, 427, 428, 429, 430, 431, 432, 433, 434, 435, 436, 437, 438, 439, 440, 441, 442, 443, 444, 445, 446, 447, 448, 449, 450, 451, 452, 453, 458, 462, 463, 464, 465, 467, 468, 469, 470, 472, 487, 488, 489, 490, 491, 493, 494, 495, 496, 498, 757, 759, 760, 761, 763, 765, 766, 767, 768, 770, 777, 778, 779, 780, 782, 844, 846, 847, 848, 850, 852, 853, 854, 855, 857, 880, 885, 888, 889, 890, 892, 893, 894, 895, 897, 1033, 1034, 1037, 1038, 1039, 1040, 1041, 1042, 1043, 1044, 1045, 1046, 1047, 1049, 1050, 1051, 1052, 1054, 1055, 1056, 1057, 1058, 1059, 1060, 1061, 1062, 1063, 1064, 1065, 1066, 1068, 1069, 1070, 1071, 1079, 1080, 1081, 1082, 1084, 1086, 1087, 1088, 1089, 1091, 1259, 1262, 1263, 1264, 1267, 1270, 1271, 1272, 1274, 1276, 1311, 1312, 1313, 1314, 1316, 1318, 1319, 1320, 1321, 1322, 1372, 1373, 1374, 1375, 1377, 1378, 1379, 1380, 1381, 1382, 1383, 1384, 1385, 1386, 1387, 1388, 1389, 1390, 1391, 1392, 1393, 1395, 1396, 1397, 1398, 1399, 1401, 1402, 1403, 1404, 1406, 1569, 1572, 1573, 1574, 1576, 1585, 1588, 1589, 1590, 1592, 1763, 1767, 1773, 1775, 1777, 1875, 1877, 1878, 1879, 1881, 2034, 2035, 2036, 2037, 2039, 2041, 2042, 2043, 2044, 2046, 2325, 2328, 2329, 2330, 2332, 2336, 2339, 2340, 2341, 2343, 2781, 2782, 2783, 2784, 2786, 2788, 2789, 2790, 2791, 2793, 2973, 2974, 2975, 2976, 2978, 2982, 2984, 2985, 2986, 2988, 2995, 2996, 2997, 2998, 3000, 3008, 3009, 3011, 3012, 3014, 3103, 3104, 3105, 3106, 3108, 3628, 3629, 3630, 3631, 3633, 3639, 3640, 3642, 3643, 3645, 3674, 3675, 3676, 3677, 3679, 3835, 3836, 3837, 3838, 3840]), Anchor::All(&[Anchor::Lits(&[79, 238, 239, 240, 241, 242, 243, 244, 245, 295, 296, 297, 298, 478, 484, 485, 632, 633, 634, 654, 658, 659, 660, 719, 1031, 1072, 1073, 1074, 1075, 1076, 1077, 1093, 1217, 1470, 1471, 1480, 1553, 1554, 1634, 1635, 1636, 1637, 1638, 1639, 1640, 2022, 2025, 2490, 2548, 2562, 2563, 2611, 2639, 2640, 2663, 2673, 2674, 2675, 2676, 2678, 2679, 2680, 2681, 2682, 2683, 2684, 2685, 2686, 2687, 2688, 2689, 2690, 2691, 2699, 2700, 2701, 2726, 2727, 2728, 2729, 2730, 2731, 2732, 2733, 2734, 3299, 3621, 4070]), Anchor::Lits(&[0, 302, 418, 455, 486, 756, 764, 776, 843, 851, 877, 898, 923, 938, 966, 981, 993, 1032, 1053, 1078, 1085, 1252, 1310, 1317, 1371, 1394, 1400, 1505, 1566, 1582, 1848, 1874, 1962, 1963, 2033, 2040, 2078, 2093, 2322, 2333, 2542, 2568, 2574, 2576, 2780, 2787, 2794, 2795, 2935, 2971, 2972, 2981, 2994, 3005, 3102, 3627, 3636, 3673, 3715, 3717, 3810, 3834])]), Anchor::All(&[Anchor::Lits(&[9, 147, 209, 466, 471, 492, 497, 762, 769, 781, 849, 856, 891, 896, 1048, 1067, 1083, 1090, 1141, 1273, 1275, 1315, 1376, 1405, 1575, 1591, 1776, 1880, 2038, 2045, 2169, 2331, 2342, 2785, 2792, 2977, 2987, 2999, 3013, 3107, 3437, 3632, 3644, 3678, 3839]), Anchor::Lits(&[77, 417, 610, 635, 642, 833, 1077, 1215, 1472, 1495, 1660, 1901, 1929, 2025, 2410, 2411, 2436, 2475, 2509, 2610, 2651, 2664, 2672, 3607])])])),
            (78, "safety-declared-off", Anchor::All(&[Anchor::Lits(&[77, 79, 238, 239, 240, 241, 242, 243, 244, 245, 295, 296, 297, 298, 478, 484, 485, 632, 633, 634, 654, 658, 659, 660, 719, 1031, 1072, 1073, 1074, 1075, 1076, 1077, 1093, 1217, 1470, 1471, 1480, 1553, 1554, 1634, 1635, 1636, 1637, 1638, 1639, 1640, 2022, 2025, 2490, 2548, 2562, 2563, 2611, 2639, 2640, 2663, 2673, 2674, 2675, 2676, 2678, 2679, 2680, 2681, 2682, 2683, 2684, 2685, 2686, 2687, 2688, 2689, 2690, 2691, 2699, 2700, 2701, 2726, 2727, 2728, 2729, 2730, 2731, 2732, 2733, 2734, 3299, 3621, 4070]), Anchor::Lits(&[460, 474, 475, 758, 793, 845, 1423, 1609, 1876, 2074, 2108, 2158, 2321, 2373, 2575, 2637, 2641, 2983, 3714, 3716])])),
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
            (51, "unrestricted-mode", Anchor::Any(&[Anchor::Lits(&[150, 151, 479, 754, 802, 808, 994, 1143, 1308, 1420, 1507, 1673, 1723, 1724, 1754, 1802, 1804, 1805, 1806, 1807, 1880, 1899, 2069, 2070, 2072, 2106, 2217, 2296, 2561, 2901, 2979, 3654, 3656, 3657, 3682, 3690, 3692, 3696, 3697]), Anchor::All(&[Anchor::Lits(&[150, 151, 479, 754, 802, 808, 994, 1143, 1308, 1420, 1507, 1673, 1880, 1899, 2069, 2070, 2072, 2106, 2217, 2296, 2561, 2901, 2979, 3654, 3656, 3657, 3682, 3690, 3692, 3696, 3697]), Anchor::Lits(&[57, 58, 84, 153, 246, 299, 301, 416, 1025, 1026, 1027, 1028, 1421, 1422, 1469, 1746, 2114, 2293, 2393, 2535, 2538, 2540, 2572, 2578, 2598, 2662, 2922, 3001, 3002, 3018, 3648, 3691, 3720, 3875])])])),
            (53, "unrestricted-persona", Anchor::Any(&[Anchor::Lits(&[149, 154, 476, 676, 753, 810, 904, 1142, 1506, 1508, 1558, 1628, 1672, 1721, 1894, 1964, 2026, 2067, 2068, 2071, 2105, 2107, 2560, 2642, 2646, 3651, 3652, 3655, 3658, 3661, 3680, 3681, 3689, 3693, 3694, 3695, 3698, 3806, 3808, 3809, 3811, 3812, 3813, 3814, 3815, 3816, 3817, 3818, 3819, 3820, 3821, 3822, 3823, 3824, 3825, 3826, 3827, 3828, 3829, 3830, 3831]), Anchor::All(&[Anchor::Lits(&[3129, 3130, 3135, 3136, 3137, 3138, 3139, 3144, 3145, 3148, 3149, 3152, 3153, 3758, 3759, 3764, 3765, 3766, 3767, 3768, 3773, 3774, 3777, 3778, 3781, 3782, 3793, 3794, 3795, 3796, 3797, 3798, 3799, 3800, 3801, 3802, 3803, 3804, 3805]), Anchor::Lits(&[417, 1077, 1216, 1495, 1686, 1773, 2025, 2410, 2610, 2651, 2672])])])),
            (56, "no-restrictions", Anchor::Any(&[Anchor::Lits(&[492, 493, 494, 495, 496, 497, 503, 504, 505, 506, 507, 508, 512, 513, 514, 515, 516, 517, 683, 684, 685, 686, 687, 688, 694, 695, 696, 697, 698, 699, 703, 704, 705, 706, 707, 708, 1430, 1431, 1432, 1433, 1434, 1435, 1441, 1442, 1443, 1444, 1445, 1446, 1450, 1451, 1452, 1453, 1454, 1455, 3193, 3194, 3195, 3196, 3197, 3198, 3204, 3205, 3206, 3207, 3208, 3209, 3213, 3214, 3215, 3216, 3217, 3218, 3238, 3239, 3240, 3241, 3242, 3243, 3249, 3250, 3251, 3252, 3253, 3254, 3258, 3259, 3260, 3261, 3262, 3263, 3306, 3307, 3308, 3309, 3310, 3311, 3317, 3318, 3319, 3320, 3321, 3322, 3326, 3327, 3328, 3329, 3330, 3331, 3450, 3451, 3452, 3453, 3454, 3455, 3461, 3462, 3463, 3464, 3465, 3466, 3470, 3471, 3472, 3473, 3474, 3475, 3495, 3496, 3497, 3498, 3499, 3500, 3506, 3507, 3508, 3509, 3510, 3511, 3515, 3516, 3517, 3518, 3519, 3520, 3540, 3541, 3542, 3543, 3544, 3545, 3551, 3552, 3553, 3554, 3555, 3556, 3560, 3561, 3562, 3563, 3564, 3565, 3930, 3931, 3932, 3933, 3934, 3935, 4030, 4031, 4032, 4033, 4034, 4035, 4039, 4040, 4041, 4042, 4043, 4044, 4298, 4299, 4300, 4301, 4302, 4303, 4309, 4310, 4311, 4312, 4313, 4314, 4318, 4319, 4320, 4321, 4322, 4323]), Anchor::All(&[Anchor::Lits(&[478, 635, 655, 658, 659, 1077, 1472, 1495, 1658, 1687, 2023, 2024, 2025, 2436, 2601, 2610, 2659, 2664, 2677, 2680, 2688, 2691]), Anchor::Lits(&[487, 488, 489, 498, 499, 500, 501, 509, 510, 511, 518, 519, 520, 521, 522, 523, 524, 525, 526, 527, 530, 678, 679, 680, 689, 690, 691, 692, 700, 701, 702, 709, 710, 711, 712, 713, 714, 715, 716, 717, 718, 722, 1425, 1426, 1427, 1436, 1437, 1438, 1439, 1447, 1448, 1449, 1456, 1457, 1458, 1459, 1460, 1461, 1462, 1463, 1464, 1465, 1468, 3188, 3189, 3190, 3199, 3200, 3201, 3202, 3210, 3211, 3212, 3219, 3220, 3221, 3222, 3223, 3224, 3225, 3226, 3227, 3228, 3231, 3233, 3234, 3235, 3244, 3245, 3246, 3247, 3255, 3256, 3257, 3264, 3265, 3266, 3267, 3268, 3269, 3270, 3271, 3272, 3273, 3276, 3301, 3302, 3303, 3312, 3313, 3314, 3315, 3323, 3324, 3325, 3332, 3333, 3334, 3335, 3336, 3337, 3338, 3339, 3340, 3341, 3344, 3445, 3446, 3447, 3456, 3457, 3458, 3459, 3467, 3468, 3469, 3476, 3477, 3478, 3479, 3480, 3481, 3482, 3483, 3484, 3485, 3488, 3490, 3491, 3492, 3501, 3502, 3503, 3504, 3512, 3513, 3514, 3521, 3522, 3523, 3524, 3525, 3526, 3527, 3528, 3529, 3530, 3533, 3535, 3536, 3537, 3546, 3547, 3548, 3549, 3557, 3558, 3559, 3566, 3567, 3568, 3569, 3570, 3571, 3572, 3573, 3574, 3575, 3578, 3870, 3888, 3893, 3959, 3967, 3968, 4020, 4036, 4037, 4038, 4045, 4046, 4047, 4048, 4049, 4050, 4051, 4052, 4054, 4056, 4293, 4294, 4295, 4304, 4305, 4306, 4307, 4315, 4316, 4317, 4324, 4325, 4326, 4327, 4328, 4329, 4330, 4331, 4332, 4333, 4336, 4488])]), Anchor::All(&[Anchor::Lits(&[417, 478, 635, 642, 659, 1077, 1216, 1472, 1495, 1658, 1686, 2023, 2024, 2025, 2410, 2436, 2475, 2601, 2610, 2651, 2664, 2680]), Anchor::Lits(&[486, 490, 491, 493, 496, 498, 499, 500, 502, 528, 529, 677, 681, 682, 684, 687, 689, 690, 691, 693, 720, 721, 1424, 1428, 1429, 1431, 1434, 1436, 1437, 1438, 1440, 1466, 1467, 3187, 3191, 3192, 3194, 3197, 3199, 3200, 3201, 3203, 3229, 3230, 3232, 3236, 3237, 3239, 3242, 3244, 3245, 3246, 3248, 3274, 3275, 3300, 3304, 3305, 3307, 3310, 3312, 3313, 3314, 3316, 3342, 3343, 3444, 3448, 3449, 3451, 3454, 3456, 3457, 3458, 3460, 3486, 3487, 3489, 3493, 3494, 3496, 3499, 3501, 3502, 3503, 3505, 3531, 3532, 3534, 3538, 3539, 3541, 3544, 3546, 3547, 3548, 3550, 3576, 3577, 3868, 3928, 3929, 3931, 3934, 3959, 3967, 3968, 4023, 4292, 4296, 4297, 4299, 4302, 4304, 4305, 4306, 4308, 4334, 4335, 4440, 4448]), Anchor::Lits(&[56, 249, 273, 1555, 1581, 1720, 1725, 2424, 2980, 3368])])])),
            (57, "rules-do-not-apply", Anchor::Any(&[Anchor::All(&[Anchor::Lits(&[213, 214, 215, 216, 217, 218, 219, 220, 221, 222, 223, 224, 225, 226, 227, 228, 229, 230, 231, 232, 233, 234, 235, 236, 389, 390, 391, 392, 393, 394, 395, 396, 397, 398, 399, 400, 401, 402, 403, 404, 405, 406, 407, 408, 409, 410, 411, 412, 586, 587, 588, 589, 590, 591, 592, 593, 594, 595, 596, 597, 598, 599, 600, 601, 602, 603, 604, 605, 606, 607, 608, 609, 726, 727, 728, 729, 730, 731, 733, 734, 735, 736, 737, 738, 739, 740, 741, 742, 743, 744, 745, 746, 747, 748, 749, 750, 1189, 1190, 1191, 1192, 1193, 1194, 1195, 1196, 1197, 1198, 1199, 1200, 1201, 1202, 1203, 1204, 1205, 1206, 1207, 1208, 1209, 1210, 1211, 1212, 1527, 1528, 1529, 1530, 1531, 1532, 1533, 1534, 1535, 1536, 1537, 1538, 1539, 1540, 1541, 1542, 1543, 1544, 1545, 1546, 1547, 1548, 1549, 1550, 1666, 1667, 1668, 1669, 1670, 1671, 1674, 1675, 1676, 1677, 1678, 1679, 1680, 1681, 1682, 1683, 1684, 1685, 1688, 1689, 1690, 1691, 1692, 1693, 1967, 1968, 1969, 1970, 1971, 1972, 1973, 1974, 1975, 1976, 1977, 1978, 1979, 1980, 1981, 1982, 1983, 1984, 1985, 1986, 1987, 1988, 1989, 1990, 2603, 2604, 2605, 2606, 2607, 2608, 2619, 2620, 2621, 2622, 2623, 2624, 2625, 2626, 2627, 2628, 2629, 2630, 2631, 2632, 2633, 2634, 2635, 2636]), Anchor::Lits(&[417, 478, 546, 610, 635, 642, 659, 819, 827, 1077, 1216, 1472, 1481, 1489, 1658, 1686, 1767, 2023, 2024, 2025, 2410, 2436, 2475, 2484, 2601, 2610, 2651, 2664, 2680, 3028, 3607])]), Anchor::All(&[Anchor::Lits(&[811, 812, 813, 814, 815, 816, 817, 818, 905, 906, 907, 908, 909, 910, 911, 912, 914, 915, 929, 937, 951, 952, 972, 980, 2048, 2049, 2052, 2060, 2075, 2076, 2084, 2092]), Anchor::Lits(&[417, 478, 546, 610, 635, 642, 659, 819, 827, 1077, 1216, 1472, 1481, 1489, 1658, 1686, 1767, 2023, 2024, 2025, 2410, 2436, 2475, 2484, 2601, 2610, 2651, 2664, 2680, 3028, 3607])])])),
            (58, "no-rules-apply", Anchor::Any(&[Anchor::Lits(&[3345]), Anchor::All(&[Anchor::Lits(&[2102, 2103, 2104]), Anchor::Lits(&[211, 212, 247, 413, 723, 1188, 1526, 1966])]), Anchor::All(&[Anchor::Lits(&[3380, 3381, 3382, 3383, 3384, 3385, 3386, 3387]), Anchor::Lits(&[417, 1216, 1472, 1495, 1658, 1686, 2610, 2651])])])),
            (59, "freed-from-limits", Anchor::All(&[Anchor::Lits(&[419, 420, 454, 1035, 1036, 1187, 1307, 1309, 1629, 2077, 2091, 2094, 2109, 2110, 2112, 2569, 3653, 3659, 3660, 3699]), Anchor::Lits(&[417, 478, 546, 610, 635, 642, 659, 819, 827, 1077, 1216, 1472, 1481, 1489, 1658, 1686, 1767, 2023, 2024, 2025, 2410, 2436, 2475, 2484, 2601, 2610, 2651, 2664, 2680, 3028, 3607])])),
            (61, "pre-safety-self", Anchor::Lits(&[306, 307, 308, 309, 310, 311, 312, 313, 315, 316, 317, 318, 319, 324, 325, 346, 347, 349, 351, 352, 379, 380, 381, 383, 384, 2159, 2160, 2161, 2162, 2163, 2164, 2165, 2166, 2167, 2168, 2170, 2171, 2172, 2173, 2174, 2175, 2176, 2177, 2178, 2179, 2180, 2181, 2182, 2183, 2184, 2185, 2186, 2187, 2188, 2189, 2190, 2191, 2192, 2193, 2194, 2195, 2196, 2197, 2198, 2199, 2200, 2201, 2202, 2203, 2204, 2205, 2206, 2207, 2208, 2209, 2210, 2211, 2212, 2213, 2214, 2215])),
            (62, "stay-in-character", Anchor::Lits(&[916, 917, 936, 959, 960, 979, 1952, 2050, 2051, 2059, 2573, 2919, 2920, 2921, 2923, 2924, 2925, 2926, 2927, 2928, 2929, 2930, 2931, 2932])),
            (64, "jailbreak", Anchor::Lits(&[640, 641, 1365, 1366, 1616, 1617, 1618, 1855, 1856, 1857, 1859, 1860, 1861, 1862, 1863, 1864, 1865, 1866, 1867, 1868, 1869, 1870, 1871, 1872, 1873, 1874, 1875, 1876, 1877, 1879, 1880, 1881, 1883, 1884, 1885, 1886, 1887, 1889, 1893, 1895, 1896, 1897, 1898, 1899, 1900, 1901, 2115, 2116, 2437, 2702, 3718, 3719, 3879, 3880, 3989, 3990, 4199, 4200, 4425, 4426])),
            (65, "evil-twin", Anchor::Lits(&[4061, 4062, 4063, 4064, 4065, 4066, 4067, 4068, 4069, 4121, 4122, 4123, 4124, 4125, 4126, 4127, 4128, 4129, 4203, 4204, 4205, 4206, 4207, 4208, 4209, 4210, 4211, 4218, 4219, 4220, 4221, 4222, 4223, 4224, 4225, 4226, 4228, 4229, 4230, 4231, 4232, 4233, 4234, 4235, 4236, 4239, 4240, 4241, 4242, 4243, 4244, 4245, 4246, 4247, 4250, 4251, 4252, 4253, 4254, 4255, 4256, 4257, 4258, 4271, 4272, 4273, 4274, 4275, 4276, 4277, 4278, 4279, 4283, 4284, 4285, 4286, 4287, 4288, 4289, 4290, 4291, 4338, 4339, 4340, 4341, 4342, 4343, 4344, 4345, 4346, 4350, 4351, 4352, 4353, 4354, 4355, 4356, 4357, 4358, 4359, 4360, 4361, 4362, 4363, 4364, 4365, 4366, 4367, 4370, 4371, 4372, 4373, 4374, 4375, 4376, 4377, 4378, 4379, 4380, 4381, 4382, 4383, 4384, 4385, 4386, 4387, 4388, 4389, 4390, 4391, 4392, 4393, 4394, 4395, 4396])),
            (71, "forbidden-becomes-required", Anchor::Any(&[Anchor::Lits(&[2295]), Anchor::All(&[Anchor::Lits(&[115, 116, 117, 146, 198, 199, 200, 208, 1109, 1110, 1111, 1119, 3731, 3732, 3733, 3734]), Anchor::Lits(&[417, 478, 546, 610, 635, 642, 659, 819, 827, 1077, 1216, 1472, 1481, 1489, 1658, 1686, 1767, 2023, 2024, 2025, 2410, 2436, 2475, 2484, 2601, 2610, 2651, 2664, 2680, 3028, 3607]), Anchor::Lits(&[304, 414, 858, 1250, 2427, 2483, 2602, 2703, 2704, 2705, 3119])])])),
            (77, "disable-safety", Anchor::Any(&[Anchor::Lits(&[3, 6, 7, 8, 10, 421, 422, 423, 424, 425, 426, 427, 428, 429, 430, 431, 432, 433, 434, 435, 436, 437, 438, 439, 440, 441, 442, 443, 444, 445, 446, 447, 448, 449, 450, 451, 452, 453, 458, 462, 463, 464, 465, 467, 468, 469, 470, 472, 533, 534, 535, 536, 537, 539, 540, 541, 542, 544, 757, 759, 760, 761, 763, 765, 766, 767, 768, 770, 777, 778, 779, 780, 782, 844, 846, 847, 848, 850, 852, 853, 854, 855, 857, 880, 885, 888, 889, 890, 892, 893, 894, 895, 897, 1033, 1034, 1037, 1038, 1039, 1040, 1041, 1042, 1043, 1044, 1045, 1046, 1047, 1049, 1050, 1051, 1052, 1054, 1055, 1056, 1057, 1058, 1059, 1060, 1061, 1062, 1063, 1064, 1065, 1066, 1068, 1069, 1070, 1071, 1079, 1080, 1081, 1082, 1084, 1086, 1087, 1088, 1089, 1091, 1259, 1262, 1263, 1264, 1267, 1270, 1271, 1272, 1274, 1276, 1311, 1312, 1313, 1314, 1316, 1318, 1319, 1320, 1321, 1322, 1372, 1373, 1374, 1375, 1377, 1378, 1379, 1380, 1381, 1382, 1383, 1384, 1385, 1386, 1387, 1388, 1389, 1390, 1391, 1392, 1393, 1395, 1396, 1397, 1398, 1399, 1401, 1402, 1403, 1404, 1406, 1591, 1594, 1595, 1596, 1598, 1607, 1610, 1611, 1612, 1614, 1632, 1634, 1635, 1636, 1638, 1878, 1882, 1888, 1890, 1892, 2034, 2035, 2036, 2037, 2039, 2041, 2042, 2043, 2044, 2046, 2325, 2328, 2329, 2330, 2332, 2336, 2339, 2340, 2341, 2343, 2781, 2782, 2783, 2784, 2786, 2788, 2789, 2790, 2791, 2793, 2973, 2974, 2975, 2976, 2978, 2982, 2984, 2985, 2986, 2988, 2995, 2996, 2997, 2998, 3000, 3008, 3009, 3011, 3012, 3014, 3103, 3104, 3105, 3106, 3108, 3628, 3629, 3630, 3631, 3633, 3639, 3640, 3642, 3643, 3645, 3674, 3675, 3676, 3677, 3679, 3835, 3836, 3837, 3838, 3840]), Anchor::All(&[Anchor::Lits(&[76, 238, 239, 240, 241, 242, 243, 244, 245, 295, 296, 297, 298, 478, 484, 485, 632, 633, 634, 654, 658, 659, 660, 719, 1031, 1072, 1073, 1074, 1075, 1076, 1077, 1093, 1217, 1470, 1471, 1480, 1553, 1554, 1747, 1748, 1749, 1750, 1751, 1752, 1753, 2022, 2025, 2490, 2548, 2562, 2563, 2611, 2639, 2640, 2663, 2673, 2674, 2675, 2676, 2678, 2679, 2680, 2681, 2682, 2683, 2684, 2685, 2686, 2687, 2688, 2689, 2690, 2691, 2699, 2700, 2701, 2726, 2727, 2728, 2729, 2730, 2731, 2732, 2733, 2734, 3299, 3621, 4070]), Anchor::Lits(&[0, 302, 418, 455, 532, 756, 764, 776, 843, 851, 877, 898, 923, 938, 966, 981, 993, 1032, 1053, 1078, 1085, 1252, 1310, 1317, 1371, 1394, 1400, 1505, 1588, 1604, 1631, 1850, 1852, 1963, 2033, 2040, 2078, 2093, 2322, 2333, 2542, 2568, 2574, 2576, 2780, 2787, 2794, 2795, 2935, 2971, 2972, 2981, 2994, 3005, 3102, 3627, 3636, 3673, 3715, 3717, 3810, 3834])]), Anchor::All(&[Anchor::Lits(&[9, 146, 209, 466, 471, 538, 543, 762, 769, 781, 849, 856, 891, 896, 1048, 1067, 1083, 1090, 1141, 1273, 1275, 1315, 1376, 1405, 1597, 1613, 1637, 1891, 2038, 2045, 2169, 2331, 2342, 2785, 2792, 2977, 2987, 2999, 3013, 3107, 3437, 3632, 3644, 3678, 3839]), Anchor::Lits(&[82, 417, 610, 635, 642, 833, 1077, 1215, 1472, 1495, 1658, 1686, 1773, 2025, 2410, 2411, 2436, 2475, 2509, 2610, 2651, 2664, 2672, 3607])])])),
            (78, "safety-declared-off", Anchor::All(&[Anchor::Lits(&[76, 82, 238, 239, 240, 241, 242, 243, 244, 245, 295, 296, 297, 298, 478, 484, 485, 632, 633, 634, 654, 658, 659, 660, 719, 1031, 1072, 1073, 1074, 1075, 1076, 1077, 1093, 1217, 1470, 1471, 1480, 1553, 1554, 1747, 1748, 1749, 1750, 1751, 1752, 1753, 2022, 2025, 2490, 2548, 2562, 2563, 2611, 2639, 2640, 2663, 2673, 2674, 2675, 2676, 2678, 2679, 2680, 2681, 2682, 2683, 2684, 2685, 2686, 2687, 2688, 2689, 2690, 2691, 2699, 2700, 2701, 2726, 2727, 2728, 2729, 2730, 2731, 2732, 2733, 2734, 3299, 3621, 4070]), Anchor::Lits(&[460, 474, 475, 758, 793, 845, 1423, 1633, 1722, 2074, 2108, 2158, 2321, 2373, 2575, 2637, 2641, 2983, 3714, 3716])])),
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
0x0.st\
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
aaol.\
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
afastmail.\
agent\
agmail.\
agmx.\
agooglemail.\
ahotmail.\
ai\
aicloud.\
all\
always\
anonfiles\
anonymous\
answer\
aoutlook.\
approval\
approval_mode\
approve\
aproton.\
aprotonmail.\
assistant\
attacker\
atutanota.\
audit\
automated\
automation\
ayahoo.\
ayandex.\
aymail.\
azoho.\
beacon\
begin \
beginning \
bot\
bucket\
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
catbox\
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
download\
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
endpoint\
ends\
envelope\
evil\
exfil\
exfiltrate\
export\
expose\
file.io\
filter\
finished\
focus exclusively\
focus only\
font-size\
forget\
forward\
from now\
ghostbin\
gist\
give\
god\
god mode\
gofile\
grant\
guard\
hacker\
hand\
hastebin\
height\
hidden\
host\
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
link\
maintenance mode\
make\
malicious\
mega.nz\
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
open\
order\
orders\
override\
override mode\
override:\
oxo.st\
page\
paste\
paste.ee\
pastebin\
permitted\
pipedream\
policy\
post\
print\
prompt\
public\
publish\
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
sendspace\
set envelope\
set the envelope\
share\
shareable\
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
temp.sh\
termbin\
tmpfiles\
transfer\
transfer.sh\
tripwire\
unauthenticated\
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
url\
use envelope\
use the envelope\
user input \
user message \
user prompt \
using envelope\
using the envelope\
visibility\
webhook.site\
wetransfer\
white\
with envelope\
with the envelope\
world readable\
world-readable\
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
            ends: &[2, 9, 15, 23, 28, 37, 47, 54, 64, 76, 86, 93, 102, 111, 116, 123, 130, 137, 139, 146, 152, 159, 173, 183, 191, 199, 208, 215, 220, 229, 239, 250, 261, 267, 278, 289, 296, 306, 318, 331, 341, 350, 358, 365, 374, 385, 392, 399, 408, 416, 421, 434, 440, 451, 458, 467, 474, 494, 509, 523, 536, 547, 565, 573, 580, 581, 583, 584, 586, 588, 598, 608, 612, 625, 638, 651, 663, 675, 687, 694, 695, 696, 698, 705, 711, 716, 725, 732, 742, 752, 761, 770, 775, 782, 789, 796, 797, 804, 810, 818, 823, 832, 842, 849, 859, 871, 881, 888, 897, 906, 911, 918, 925, 932, 934, 937, 948, 957, 971, 989, 1004, 1022, 1037, 1056, 1072, 1089, 1107, 1117, 1127, 1137, 1147, 1158, 1170, 1183, 1194, 1209, 1221, 1233, 1244, 1252, 1258, 1265, 1271, 1276, 1285, 1292, 1302, 1312, 1321, 1330, 1335, 1342, 1349, 1356, 1358, 1360, 1366, 1367, 1369, 1371, 1382, 1388, 1398, 1403, 1412, 1420, 1427, 1433, 1439, 1446, 1451, 1455, 1466, 1476, 1479, 1484, 1495, 1499, 1500, 1504, 1506, 1513, 1519, 1524, 1533, 1540, 1550, 1560, 1569, 1578, 1583, 1586, 1593, 1600, 1607, 1609, 1610, 1617, 1623, 1628, 1637, 1644, 1654, 1664, 1673, 1682, 1687, 1694, 1701, 1708, 1709, 1711, 1716, 1726, 1733, 1738, 1750, 1759, 1767, 1776, 1784, 1796, 1806, 1813, 1821, 1828, 1834, 1835, 1842, 1844, 1851, 1857, 1869, 1874, 1883, 1895, 1902, 1912, 1918, 1928, 1937, 1946, 1951, 1958, 1965, 1974, 1981, 1982, 1984, 1986, 1993, 1999, 2009, 2016, 2021, 2030, 2038, 2045, 2055, 2064, 2074, 2078, 2087, 2096, 2101, 2108, 2113, 2120, 2127, 2134, 2137, 2142, 2151, 2156, 2167, 2178, 2196, 2209, 2219, 2233, 2245, 2258, 2264, 2283, 2302, 2328, 2349, 2371, 2391, 2412, 2422, 2427, 2434, 2439, 2451, 2460, 2462, 2470, 2473, 2479, 2488, 2497, 2503, 2512, 2520, 2533, 2540, 2548, 2560, 2569, 2577, 2587, 2592, 2601, 2611, 2618, 2626, 2633, 2639, 2645, 2651, 2661, 2664, 2670, 2686, 2692, 2707, 2719, 2732, 2745, 2760, 2773, 2785, 2801, 2817, 2830, 2844, 2859, 2861, 2867, 2888, 2913, 2931, 2953, 2962, 2967, 2974, 2982, 2988, 2995, 3007, 3013, 3017, 3029, 3032, 3042, 3051, 3066, 3081, 3103, 3120, 3134, 3152, 3168, 3185, 3200, 3209, 3216, 3232, 3245, 3259, 3273, 3289, 3303, 3316, 3333, 3350, 3364, 3379, 3395, 3402, 3411, 3417, 3421, 3429, 3433, 3444, 3454, 3462, 3466, 3472, 3477, 3486, 3493, 3507, 3526, 3549, 3577, 3597, 3621, 3642, 3663, 3691, 3714, 3736, 3757, 3780, 3803, 3829, 3840, 3855, 3867, 3887, 3912, 3929, 3950, 3968, 3986, 4011, 4031, 4050, 4068, 4088, 4108, 4131, 4143, 4162, 4176, 4189, 4201, 4215, 4229, 4250, 4276, 4294, 4316, 4335, 4354, 4373, 4394, 4415, 4439, 4457, 4480, 4507, 4539, 4563, 4591, 4616, 4641, 4673, 4700, 4726, 4751, 4778, 4805, 4835, 4850, 4869, 4885, 4909, 4938, 4959, 4984, 5006, 5028, 5057, 5081, 5104, 5126, 5150, 5174, 5201, 5217, 5240, 5258, 5275, 5291, 5309, 5327, 5352, 5382, 5404, 5430, 5453, 5476, 5499, 5524, 5549, 5577, 5598, 5621, 5649, 5669, 5693, 5714, 5735, 5763, 5786, 5808, 5829, 5852, 5875, 5901, 5918, 5937, 5961, 5977, 5997, 6014, 6031, 6055, 6074, 6092, 6109, 6128, 6147, 6169, 6180, 6185, 6193, 6197, 6205, 6209, 6214, 6224, 6230, 6236, 6243, 6249, 6257, 6274, 6284, 6293, 6299, 6306, 6314, 6322, 6326, 6330, 6333, 6341, 6347, 6352, 6357, 6363, 6367, 6375, 6381, 6387, 6391, 6398, 6406, 6418, 6432, 6445, 6451, 6457, 6465, 6474, 6489, 6506, 6520, 6535, 6550, 6567, 6582, 6596, 6614, 6632, 6647, 6663, 6680, 6691, 6703, 6724, 6735, 6742, 6751, 6761, 6776, 6780, 6784, 6800, 6804, 6813, 6820, 6824, 6831, 6835, 6840, 6844, 6849, 6852, 6867, 6878, 6889, 6894, 6907, 6917, 6930, 6939, 6957, 6972, 6990, 7004, 7024, 7037, 7052, 7060, 7071, 7079, 7088, 7097, 7108, 7117, 7125, 7137, 7149, 7158, 7168, 7179, 7183, 7187, 7191, 7195, 7199, 7206, 7210, 7215, 7221, 7229, 7242, 7251, 7257, 7261, 7266, 7274, 7282, 7291, 7300, 7306, 7310, 7315, 7321, 7327, 7334, 7338, 7341, 7344, 7353, 7359, 7367, 7373, 7382, 7390, 7397, 7407, 7414, 7420, 7428, 7432, 7442, 7452, 7469, 7481, 7494, 7505, 7517, 7522, 7527, 7536, 7542, 7549, 7561, 7569, 7575, 7583, 7587, 7596, 7608, 7624, 7629, 7638, 7651, 7661, 7672, 7683, 7696, 7707, 7717, 7731, 7745, 7756, 7768, 7781, 7787, 7800, 7805, 7810, 7814, 7824, 7834, 7851, 7863, 7876, 7887, 7899, 7904, 7913, 7928, 7947, 7965, 7987, 7990, 8000, 8006, 8013, 8020, 8032, 8044, 8063, 8077, 8092, 8105, 8119, 8126, 8133, 8146, 8153, 8160, 8174, 8187, 8191, 8198, 8205, 8213, 8221, 8232, 8240, 8255, 8261, 8273, 8288, 8300, 8313, 8326, 8341, 8354, 8366, 8382, 8398, 8411, 8425, 8440, 8446, 8452, 8455, 8467, 8483, 8494, 8507, 8519, 8533, 8551, 8561, 8573, 8583, 8588, 8601, 8618, 8632, 8646, 8651, 8654, 8655, 8657, 8664, 8670, 8675, 8684, 8691, 8701, 8711, 8720, 8729, 8734, 8741, 8748, 8755, 8765, 8775, 8785, 8797, 8809, 8817, 8850, 8854, 8860, 8870, 8897, 8907, 8913, 8936, 8949, 8970, 8982, 9019, 9053, 9065, 9086, 9098, 9138, 9184, 9205, 9214, 9235, 9250, 9268, 9277, 9298, 9319, 9331, 9364, 9379, 9400, 9406, 9412, 9430, 9439, 9448, 9466, 9493, 9523, 9532, 9544, 9550, 9556, 9568, 9580, 9598, 9619, 9625, 9631, 9637, 9643, 9649, 9655, 9661, 9667, 9673, 9679, 9685, 9691, 9697, 9703, 9715, 9721, 9736, 9748, 9760, 9772, 9778, 9784, 9790, 9796, 9802, 9808, 9814, 9820, 9826, 9832, 9838, 9844, 9850, 9856, 9868, 9886, 9898, 9904, 9913, 9919, 9925, 9934, 9943, 9949, 9955, 9961, 9967, 9973, 9982, 9988],
        },
        rules: &[
            (38, "chat-template-token", Anchor::Any(&[Anchor::Lits(&[179, 228, 232, 235, 238, 245]), Anchor::All(&[Anchor::Lits(&[229]), Anchor::Lits(&[249])]), Anchor::All(&[Anchor::Lits(&[227]), Anchor::Lits(&[247]), Anchor::Lits(&[273, 714])]), Anchor::All(&[Anchor::Lits(&[273, 549, 575, 715, 728, 731, 732]), Anchor::Lits(&[178]), Anchor::Lits(&[210])]), Anchor::All(&[Anchor::Lits(&[195]), Anchor::Lits(&[776])]), Anchor::All(&[Anchor::Lits(&[180]), Anchor::Lits(&[211])]), Anchor::All(&[Anchor::Lits(&[191]), Anchor::Lits(&[227])]), Anchor::All(&[Anchor::Lits(&[178]), Anchor::Lits(&[210]), Anchor::Lits(&[309, 356, 518, 557, 558, 697, 714])])])),
            (39, "code-fence-role", Anchor::Lits(&[270])),
            (40, "bare-override", Anchor::All(&[Anchor::Lits(&[32, 34, 35, 39, 49, 51, 52, 53, 61, 62]), Anchor::Lits(&[325, 381, 385, 534, 556, 631])])),
            (41, "markdown-role-header", Anchor::Lits(&[68, 69, 70, 71, 73, 74, 75, 76, 77, 78, 79])),
            (42, "fake-turn", Anchor::Any(&[Anchor::All(&[Anchor::Lits(&[717, 718, 726, 727, 729, 730]), Anchor::Lits(&[278, 298, 299, 302, 306, 348, 355, 361, 365, 367, 381, 382, 383, 531, 532, 534, 536, 541, 543, 556, 574, 578, 579, 583, 591, 592, 593, 608, 625, 631, 639, 641, 643, 658, 659, 670, 742, 774])]), Anchor::All(&[Anchor::Lits(&[158, 159, 160, 161, 162, 163, 164, 165, 166, 167, 168, 169, 170, 171, 172, 173, 174, 175, 176, 177]), Anchor::Lits(&[296, 309])])])),
            (43, "end-of-input-marker", Anchor::Any(&[Anchor::Lits(&[0, 18, 21, 22, 23, 24, 26, 31, 41, 42, 46, 57, 58, 59, 60, 63, 282, 394, 395, 396, 397, 398, 399, 400, 401, 402, 403, 404, 405, 406, 407, 408, 409, 410, 411, 412, 413, 414, 415, 416, 417, 418, 419, 420, 421, 422, 423, 424, 425, 426, 427, 428, 429, 430, 431, 432, 433, 434, 435, 436, 437, 438, 439, 440, 441, 442, 443, 444, 445, 446, 447, 448, 449, 450, 451, 452, 453, 454, 455, 456, 457, 458, 459, 460, 461, 462, 463, 464, 465, 466, 467, 468, 469, 470, 471, 472, 473, 474, 475, 476, 477, 478, 479, 480, 481, 482, 483, 484, 485, 486, 487, 488, 489, 490, 491, 492, 493, 494, 495, 496, 497, 498, 499, 500, 501, 502, 503, 504, 505, 506, 507, 508, 509, 510, 511, 512, 513, 514, 515, 516, 517, 594, 595, 596, 632, 633, 669, 708]), Anchor::All(&[Anchor::Lits(&[274, 275, 276, 277, 279, 280, 281, 283, 284, 285, 286, 287, 288, 289, 357, 358, 359, 360, 362, 363, 364, 662, 663, 664, 665, 666, 667, 668, 701, 702, 703, 704, 705, 706, 707, 719, 720, 721, 722, 723, 724, 725]), Anchor::Lits(&[320, 321, 696])]), Anchor::All(&[Anchor::Lits(&[553, 554, 555, 760, 761, 762]), Anchor::Lits(&[347, 519, 521, 530, 577])]), Anchor::All(&[Anchor::Lits(&[44, 262]), Anchor::Lits(&[273, 356, 392, 661, 677, 700, 716]), Anchor::Lits(&[157])])])),
            (47, "bracketed-mode-tag", Anchor::All(&[Anchor::Lits(&[272, 346, 366, 393, 573, 589, 623, 631, 656, 755]), Anchor::Lits(&[273, 354, 356, 392, 540, 549, 578, 580, 631, 661, 676, 677, 700, 709, 716, 742]), Anchor::Lits(&[80, 178, 227, 775])])),
            (48, "instruction-banner", Anchor::Any(&[Anchor::Lits(&[573]), Anchor::All(&[Anchor::Lits(&[3, 6, 9, 11, 25, 30, 38, 43, 99, 102, 105, 107]), Anchor::Lits(&[1, 2, 4, 5, 7, 8, 10, 12, 13, 14, 15, 16, 17, 19, 20, 28, 29, 36, 37, 40, 44, 48, 50, 54, 56, 64, 83, 84, 85, 86, 87, 88, 89, 90, 91, 92, 93, 94, 95, 97, 98, 100, 101, 103, 104, 106, 108, 109, 110, 111, 112, 113, 141, 142, 143, 144, 145, 146, 147, 148, 149, 150, 151, 152, 153, 181, 182, 183, 184, 185, 186, 187, 188, 189, 190, 192, 193, 194, 197, 198, 199, 200, 201, 202, 203, 204, 205, 206, 207, 208, 209, 230, 231, 233, 234, 236, 237, 239, 240, 241, 242, 243, 244, 246, 250, 251, 254, 255, 257, 258, 260, 262, 263, 264, 265, 267, 269, 777, 778, 779, 780, 781, 782, 783, 784, 785, 786, 787, 788, 789])])])),
            (84, "unsafe-flags", Anchor::Any(&[Anchor::Lits(&[116, 117, 118, 119, 120, 121, 122, 123, 124, 125, 126, 127, 128, 129, 130, 131, 132, 133, 134, 135, 136, 137, 138, 139, 140, 305, 326, 327, 328, 329, 330, 331, 332, 333, 334, 335, 336, 337, 340, 341, 342, 343, 368, 369, 370, 371, 372, 373, 374, 375, 376, 377, 378, 379, 561, 562, 563, 564, 565, 566, 567, 568, 569, 570, 571, 572, 610, 611, 612, 613, 614, 615, 616, 617, 618, 619, 620, 621, 680, 681, 684, 685, 686, 687, 688, 689, 690, 691, 692, 693, 694, 695, 710, 711, 712, 713, 743, 744, 745, 746, 747, 748, 749, 750, 751, 752, 753, 754, 758, 759, 763, 764, 769, 770]), Anchor::All(&[Anchor::Lits(&[252, 253, 256, 259, 261, 266, 268]), Anchor::Lits(&[304, 353, 522, 544, 559, 653, 672, 673, 739]), Anchor::Lits(&[196])])])),
            (85, "safety-config-off", Anchor::Any(&[Anchor::All(&[Anchor::Lits(&[304, 312, 349, 522, 529, 544, 560, 650, 652, 653, 671, 672, 673, 674, 675, 739]), Anchor::Lits(&[304, 312, 349, 522, 529, 544, 560, 650, 652, 653, 671, 672, 673, 674, 675, 739]), Anchor::Lits(&[157, 196])]), Anchor::All(&[Anchor::Lits(&[27, 33, 45, 47, 55]), Anchor::Lits(&[304, 312, 350, 522, 529, 544, 654, 672, 673, 739]), Anchor::Lits(&[157])])])),
            (92, "no-more-rules", Anchor::Lits(&[598, 599, 600, 601, 602, 603, 604, 605, 606, 607, 608, 609])),
            (93, "addressed-to-the-agent", Anchor::Any(&[Anchor::Lits(&[65, 96, 157]), Anchor::All(&[Anchor::Lits(&[346, 366, 573, 587, 588, 623, 629, 655, 656]), Anchor::Lits(&[291, 313, 314, 322, 590, 651, 660, 716]), Anchor::Lits(&[96, 157])])])),
            (94, "instructions-for-the-agent", Anchor::All(&[Anchor::Lits(&[346, 366, 573, 588, 623, 626, 630, 631, 644, 733]), Anchor::Lits(&[67, 80, 114, 154, 155, 178, 227, 775]), Anchor::Lits(&[81, 82, 115, 157, 247])])),
            (99, "markdown-image-beacon", Anchor::All(&[Anchor::Lits(&[66]), Anchor::Lits(&[248])])),
            (100, "send-to-a-beacon", Anchor::Lits(&[551, 552])),
            (101, "exfiltrate-to-a-drop", Anchor::All(&[Anchor::Lits(&[319, 351, 352, 389, 390, 391, 525, 526, 535, 581, 642, 647, 648, 678, 737, 741, 756, 773]), Anchor::Lits(&[310, 324, 338, 344, 386, 387, 388, 523, 524, 545, 576, 585, 597, 624, 640, 649, 657, 698, 766])])),
            (105, "hidden-html-text", Anchor::All(&[Anchor::Any(&[Anchor::Lits(&[533]), Anchor::All(&[Anchor::Lits(&[380]), Anchor::Lits(&[622]), Anchor::Lits(&[157])]), Anchor::All(&[Anchor::Lits(&[765]), Anchor::Lits(&[549])]), Anchor::All(&[Anchor::Lits(&[627]), Anchor::Lits(&[157])]), Anchor::All(&[Anchor::Lits(&[345]), Anchor::Lits(&[72, 768]), Anchor::Lits(&[157])]), Anchor::All(&[Anchor::Lits(&[548]), Anchor::Lits(&[157])])]), Anchor::Lits(&[699]), Anchor::Lits(&[178])])),
            (108, "exfiltrate-to-webmail", Anchor::Lits(&[212, 213, 214, 215, 216, 217, 218, 219, 220, 221, 222, 223, 224, 225, 226, 271, 290, 292, 293, 294, 295, 297, 303, 307, 308, 311, 315, 316, 317, 318])),
            (109, "exfiltrate-to-a-public-place", Anchor::Any(&[Anchor::All(&[Anchor::Any(&[Anchor::Lits(&[156, 300, 339, 528, 537, 542, 547, 586, 634, 637, 638, 679, 734, 735, 736, 738, 767]), Anchor::All(&[Anchor::Lits(&[301, 628, 645, 683, 740, 771, 772]), Anchor::Lits(&[323, 520, 538, 582, 635, 682, 757])])]), Anchor::Lits(&[352, 389, 526, 527, 550, 584, 636, 642, 646, 647, 648, 678, 682, 741, 756])]), Anchor::All(&[Anchor::Lits(&[301, 628, 645, 683]), Anchor::Lits(&[539, 546, 678, 682]), Anchor::Lits(&[384, 582, 757])])])),
            (120, "override-instructions-cjk", Anchor::Lits(&[832, 834, 835, 838, 839, 844, 845, 846, 847, 848, 852, 855, 859, 860, 861, 871, 876, 881, 888, 889])),
            (123, "override-instructions-other-scripts", Anchor::Lits(&[790, 791, 792, 793, 794, 795, 797, 799, 801, 804, 806, 809, 810, 814, 817, 818, 819, 821, 823, 825])),
            (125, "unrestricted-persona-other-scripts", Anchor::Lits(&[798, 802, 811, 816, 824, 826, 827, 842, 843, 853, 854, 862, 864, 866, 867, 873, 875, 886, 887])),
            (127, "reveal-system-prompt-other-scripts", Anchor::Lits(&[796, 800, 803, 805, 807, 808, 812, 813, 815, 820, 822, 832, 833, 839, 858, 877, 882, 883, 884, 891])),
            (129, "disable-safety-other-scripts", Anchor::Lits(&[831, 836, 837, 840, 841, 856, 857, 863, 865, 871, 872, 874, 878, 879, 885])),
            (131, "stop-following-instructions-cjk", Anchor::Lits(&[828, 829, 830, 849, 850, 851, 866, 867, 868, 869, 870, 880, 890])),
        ],
    },
];

/// `rules_digest` of the rules and word lists this table was generated from.
pub(crate) const RULES_DIGEST: u64 = 0x710b75b694c2c597;
