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
\x20above policies \
\x20above policy \
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
\x20access key\
\x20accountadmin\
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
\x20actual \
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
\x20alerts\
\x20all \
\x20all actions \
\x20all calls \
\x20all commands \
\x20all queries \
\x20all requests \
\x20all statements \
\x20all tool calls \
\x20allow all mode \
\x20allow list \
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
\x20amoral mode\
\x20an alert\
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
\x20api key\
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
\x20approval\
\x20approval \
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
\x20are acceptable\
\x20are allowed\
\x20are approved\
\x20are asked to \
\x20are authorised\
\x20are authorized\
\x20are expected to \
\x20are fine\
\x20are instructed to \
\x20are no longer \
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
\x20aufgehoben \
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
\x20become acceptable\
\x20become allowed\
\x20become an dan \
\x20become approved\
\x20become authorised\
\x20become authorized\
\x20become dan \
\x20become fine\
\x20become now a dan \
\x20become now acceptable\
\x20become now allowed\
\x20become now an dan \
\x20become now approved\
\x20become now authorised\
\x20become now authorized\
\x20become now dan \
\x20become now fine\
\x20become now ok\
\x20become now permitted\
\x20become now the dan \
\x20become ok\
\x20become permitted\
\x20become the dan \
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
\x20blocklist \
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
\x20budget \
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
\x20canceled \
\x20cancelled\
\x20cancelled \
\x20cancels \
\x20cannot\
\x20cannot catch\
\x20cannot detect\
\x20cannot find out\
\x20cannot flag\
\x20cannot know\
\x20cannot notice\
\x20cannot see\
\x20cannot spot\
\x20cant\
\x20cant catch\
\x20cant detect\
\x20cant find out\
\x20cant flag\
\x20cant know\
\x20cant notice\
\x20cant see\
\x20cant spot\
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
\x20change \
\x20change as approved\
\x20change as benign\
\x20change as harmless\
\x20change as non material\
\x20change as pre approved\
\x20change as routine\
\x20changes \
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
\x20checks \
\x20classifier\
\x20classifier \
\x20claude\
\x20clear text \
\x20clearance \
\x20cleared\
\x20cleared \
\x20cleartext \
\x20code \
\x20codes \
\x20column \
\x20columns \
\x20come back as \
\x20come with you\
\x20command \
\x20commands\
\x20commands \
\x20comment out \
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
\x20config \
\x20configuration \
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
\x20connection to\
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
\x20content of \
\x20content of the \
\x20content of your \
\x20content policy \
\x20contents \
\x20contents of \
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
\x20copied\
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
\x20create user\
\x20credential\
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
\x20decrypted \
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
\x20delete \
\x20delete all \
\x20delete every \
\x20delete from\
\x20delete the \
\x20deleted\
\x20deleted \
\x20denetim kayd\
\x20denylist \
\x20departed \
\x20deployed with\
\x20deprecated\
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
\x20disable approval\
\x20disable audit\
\x20disable auditing \
\x20disable guard\
\x20disable journaling \
\x20disable logging \
\x20disable recording \
\x20disable saving \
\x20disable the approval\
\x20disable the audit\
\x20disable the guard\
\x20disable the tripwire\
\x20disable tracking \
\x20disable tripwire\
\x20disable writing down \
\x20disabled\
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
\x20dns lookup\
\x20dns queries\
\x20dns requests\
\x20dns resolution\
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
\x20do not catch\
\x20do not censor \
\x20do not censoring \
\x20do not check \
\x20do not checking \
\x20do not clean \
\x20do not cleaning \
\x20do not count \
\x20do not detect\
\x20do not enabled \
\x20do not enforce\
\x20do not enforce \
\x20do not exist\
\x20do not exist \
\x20do not existed \
\x20do not exists \
\x20do not filter \
\x20do not filtering \
\x20do not find out\
\x20do not flag\
\x20do not follow\
\x20do not follow \
\x20do not have \
\x20do not in place \
\x20do not inspect \
\x20do not inspecting \
\x20do not journaling \
\x20do not know\
\x20do not leave in character \
\x20do not logging \
\x20do not matter\
\x20do not matter \
\x20do not notice\
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
\x20do not see\
\x20do not spot\
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
\x20does not catch\
\x20does not count \
\x20does not detect\
\x20does not enabled \
\x20does not exist\
\x20does not exist \
\x20does not existed \
\x20does not exists \
\x20does not find out\
\x20does not flag\
\x20does not in place \
\x20does not know\
\x20does not matter\
\x20does not matter \
\x20does not notice\
\x20does not on \
\x20does not see\
\x20does not spot\
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
\x20doesnt catch\
\x20doesnt count \
\x20doesnt detect\
\x20doesnt enabled \
\x20doesnt exist\
\x20doesnt exist \
\x20doesnt existed \
\x20doesnt exists \
\x20doesnt find out\
\x20doesnt flag\
\x20doesnt in place \
\x20doesnt know\
\x20doesnt matter\
\x20doesnt matter \
\x20doesnt notice\
\x20doesnt on \
\x20doesnt see\
\x20doesnt spot\
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
\x20dont catch\
\x20dont censor \
\x20dont censoring \
\x20dont check \
\x20dont checking \
\x20dont clean \
\x20dont cleaning \
\x20dont count \
\x20dont detect\
\x20dont enabled \
\x20dont enforce\
\x20dont enforce \
\x20dont exist\
\x20dont exist \
\x20dont existed \
\x20dont exists \
\x20dont filter \
\x20dont filtering \
\x20dont find out\
\x20dont flag\
\x20dont follow\
\x20dont follow \
\x20dont have \
\x20dont in place \
\x20dont inspect \
\x20dont inspecting \
\x20dont journaling \
\x20dont know\
\x20dont leave in character \
\x20dont logging \
\x20dont matter\
\x20dont matter \
\x20dont notice\
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
\x20dont see\
\x20dont spot\
\x20dont there \
\x20dont tracking \
\x20dont validate \
\x20dont validating \
\x20dont work \
\x20dont worry about\
\x20dont worry about \
\x20dont writing down \
\x20downgrade \
\x20drop database\
\x20drop role\
\x20drop schema\
\x20drop stage\
\x20drop table\
\x20drop the \
\x20drop user\
\x20drop view\
\x20drop warehouse\
\x20dropped\
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
\x20dump\
\x20dump \
\x20e mail \
\x20each night \
\x20earlier\
\x20earlier \
\x20earlier policies \
\x20earlier policy \
\x20echo \
\x20edit \
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
\x20emptied\
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
\x20env var \
\x20env variable \
\x20env variables \
\x20env vars \
\x20envelope \
\x20environment \
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
\x20exact \
\x20except \
\x20execute anything \
\x20execute everything \
\x20execute the following \
\x20execute whatever \
\x20executes anything \
\x20executes everything \
\x20executes whatever \
\x20exempt from \
\x20exfiltrat\
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
\x20existing policies \
\x20existing policy \
\x20expired\
\x20expired \
\x20export\
\x20export \
\x20external address\
\x20external buyer\
\x20external contact\
\x20external friend\
\x20external party\
\x20external person\
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
\x20flip \
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
\x20forward \
\x20free from \
\x20free of \
\x20freed from \
\x20freedom mode\
\x20from admin\
\x20from anthropic\
\x20from any admin\
\x20from any audit\
\x20from any compliance\
\x20from any history\
\x20from any log\
\x20from any manager\
\x20from any me\
\x20from any monitoring\
\x20from any query history\
\x20from any reviewer\
\x20from any security\
\x20from any user\
\x20from audit\
\x20from before\
\x20from claude\
\x20from compliance\
\x20from cortex\
\x20from earlier\
\x20from history\
\x20from log\
\x20from manager\
\x20from me\
\x20from monitoring\
\x20from my admin\
\x20from my audit\
\x20from my compliance\
\x20from my history\
\x20from my log\
\x20from my manager\
\x20from my me\
\x20from my monitoring\
\x20from my query history\
\x20from my reviewer\
\x20from my security\
\x20from my user\
\x20from openai\
\x20from our admin\
\x20from our audit\
\x20from our compliance\
\x20from our history\
\x20from our log\
\x20from our manager\
\x20from our me\
\x20from our monitoring\
\x20from our query history\
\x20from our reviewer\
\x20from our security\
\x20from our user\
\x20from query history\
\x20from reviewer\
\x20from security\
\x20from snowflake\
\x20from the admin\
\x20from the anthropic\
\x20from the audit\
\x20from the beginning\
\x20from the claude\
\x20from the compliance\
\x20from the cortex\
\x20from the creator\
\x20from the developer\
\x20from the history\
\x20from the log\
\x20from the maker\
\x20from the manager\
\x20from the me\
\x20from the monitoring\
\x20from the openai\
\x20from the operator\
\x20from the owner\
\x20from the programmer\
\x20from the query history\
\x20from the reviewer\
\x20from the security\
\x20from the security team\
\x20from the snowflake\
\x20from the start\
\x20from the system administrator\
\x20from the user\
\x20from user\
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
\x20google drive \
\x20governance\
\x20governing you\
\x20gpt\
\x20graenser\
\x20granser\
\x20grant \
\x20granted \
\x20grenser\
\x20grenzen\
\x20guard\
\x20guard \
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
\x20hinfallig \
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
\x20hook \
\x20hooks \
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
\x20in which access control \
\x20in which access controls \
\x20in which authentication \
\x20in which checks \
\x20in which guardrails \
\x20in which masking \
\x20in which permissions \
\x20in which policies \
\x20in which rbac \
\x20in which restrictions \
\x20in which safety \
\x20in which security \
\x20in which the guard \
\x20in your context\
\x20in your prompt\
\x20include \
\x20including \
\x20increase \
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
\x20input \
\x20inputs \
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
\x20instructions take\
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
\x20is acceptable\
\x20is allowed\
\x20is approved\
\x20is authorised\
\x20is authorized\
\x20is fine\
\x20is no longer \
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
\x20is now acceptable\
\x20is now allowed\
\x20is now approved\
\x20is now authorised\
\x20is now authorized\
\x20is now fine\
\x20is now ok\
\x20is now permitted\
\x20is ok\
\x20is permitted\
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
\x20it as approved\
\x20it as benign\
\x20it as harmless\
\x20it as non material\
\x20it as pre approved\
\x20it as routine\
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
\x20let go of\
\x20let go of \
\x20let s not \
\x20lets not \
\x20lets say \
\x20liberated from \
\x20lies\
\x20lift \
\x20lifted\
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
\x20loosen \
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
\x20mode \
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
\x20modify \
\x20monitor only mode \
\x20moral compass \
\x20morality \
\x20morals \
\x20morse \
\x20move \
\x20msifuate \
\x20must \
\x20mute \
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
\x20never appeared \
\x20never applied\
\x20never applied \
\x20never applies \
\x20never apply\
\x20never apply \
\x20never auditing \
\x20never break character \
\x20never break out of character \
\x20never catch\
\x20never censor \
\x20never censoring \
\x20never check \
\x20never checking \
\x20never clean \
\x20never cleaning \
\x20never count \
\x20never declines\
\x20never detect\
\x20never enabled \
\x20never exist\
\x20never exist \
\x20never existed \
\x20never exists \
\x20never filter \
\x20never filtering \
\x20never find out\
\x20never flag\
\x20never follow\
\x20never follow \
\x20never hesitates\
\x20never in place \
\x20never inspect \
\x20never inspecting \
\x20never journaling \
\x20never know\
\x20never leave in character \
\x20never logging \
\x20never matter\
\x20never matter \
\x20never mind\
\x20never mind \
\x20never mind all \
\x20never mind everything \
\x20never mind it all \
\x20never notice\
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
\x20never see\
\x20never spot\
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
\x20nicht langer \
\x20nicht mehr \
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
\x20no longer in effect\
\x20no longer in effect \
\x20no longer in place \
\x20no longer limited by \
\x20no longer matter\
\x20no longer matter \
\x20no longer on \
\x20no longer possess \
\x20no longer restricted by \
\x20no longer there \
\x20no longer valid\
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
\x20not binding\
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
\x20orgadmin\
\x20original \
\x20original policies \
\x20original policy \
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
\x20outside address\
\x20outside buyer\
\x20outside contact\
\x20outside friend\
\x20outside party\
\x20outside person\
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
\x20overwrite \
\x20ownership\
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
\x20password\
\x20past \
\x20paste \
\x20patch \
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
\x20permissions \
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
\x20pii\
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
\x20plain text \
\x20plaintext \
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
\x20policy \
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
\x20precise \
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
\x20previous policies \
\x20previous policy \
\x20previous text \
\x20previously\
\x20primed with\
\x20principles \
\x20print \
\x20print pwned\
\x20printenv \
\x20prior \
\x20prior policies \
\x20prior policy \
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
\x20private key\
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
\x20queries \
\x20queries as approved\
\x20queries as benign\
\x20queries as harmless\
\x20queries as non material\
\x20queries as pre approved\
\x20queries as routine\
\x20query \
\x20query as approved\
\x20query as benign\
\x20query as harmless\
\x20query as non material\
\x20query as pre approved\
\x20query as routine\
\x20querys \
\x20quit auditing \
\x20quit enforcing\
\x20quit enforcing \
\x20quit journaling \
\x20quit logging \
\x20quit recording \
\x20quit saving \
\x20quit tracking \
\x20quit writing down \
\x20raise \
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
\x20read only flag \
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
\x20real \
\x20rebel mode\
\x20reboot as \
\x20recommendations \
\x20reconfigure \
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
\x20relax \
\x20released from \
\x20remain in character \
\x20remainder of the \
\x20remainder of your \
\x20remove \
\x20removed\
\x20removed \
\x20rename \
\x20replace \
\x20replaced \
\x20replaces \
\x20reply as \
\x20reply with \
\x20report only mode \
\x20request \
\x20requests \
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
\x20retired\
\x20retired \
\x20return \
\x20return as \
\x20reveal \
\x20reverse shell to\
\x20review\
\x20revoked\
\x20revoked \
\x20rewrite \
\x20richtlinien\
\x20rm f r \
\x20rm force recursive \
\x20rm fr \
\x20rm r \
\x20rm recursive force \
\x20rm rf \
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
\x20secret\
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
\x20securityadmin\
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
\x20set \
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
\x20settings \
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
\x20sign off\
\x20sigues directrices\
\x20sigues instrucciones\
\x20sigues las \
\x20sigues los \
\x20sigues normas\
\x20sigues ordenes\
\x20sigues reglas\
\x20sigues sus \
\x20sigues tus \
\x20silence \
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
\x20social security number\
\x20socket to\
\x20some other company\
\x20some other org\
\x20some other tenant\
\x20speak as \
\x20speaking\
\x20spegni\
\x20sql \
\x20sqls \
\x20ssn\
\x20stale\
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
\x20statement \
\x20statements \
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
\x20superseded\
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
\x20suspended\
\x20suspended \
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
\x20the admin\
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
\x20the config\
\x20the context\
\x20the creator \
\x20the creators\
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
\x20the deployment\
\x20the developer \
\x20the developers\
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
\x20the initialisation\
\x20the initialization\
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
\x20the operator\
\x20the operator \
\x20the operators \
\x20the original \
\x20the own admin\
\x20the own config\
\x20the own creators\
\x20the own deployment\
\x20the own developers\
\x20the own initialisation\
\x20the own initialization\
\x20the own operator\
\x20the own policy\
\x20the own settings\
\x20the own setup\
\x20the own system\
\x20the owner \
\x20the owners \
\x20the pixel\
\x20the policy\
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
\x20the settings\
\x20the setup\
\x20the starting \
\x20the system\
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
\x20third party address\
\x20third party buyer\
\x20third party contact\
\x20third party friend\
\x20third party party\
\x20third party person\
\x20this as approved\
\x20this as benign\
\x20this as harmless\
\x20this as non material\
\x20this as pre approved\
\x20this as routine\
\x20this assistant are \
\x20this assistant is \
\x20this chat \
\x20this conversation \
\x20this image\
\x20this img\
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
\x20to a burp collaborator\
\x20to a interactsh\
\x20to a ngrok\
\x20to a pipedream\
\x20to a requestbin\
\x20to a webhook site\
\x20to all of your \
\x20to all your \
\x20to an external\
\x20to attacker\
\x20to azure\
\x20to burp collaborator\
\x20to external\
\x20to ftp\
\x20to gcs\
\x20to http\
\x20to interactsh\
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
\x20to ngrok\
\x20to of your \
\x20to pipedream\
\x20to requestbin\
\x20to s3\
\x20to the burp collaborator\
\x20to the following\
\x20to the interactsh\
\x20to the ngrok\
\x20to the pipedream\
\x20to the requestbin\
\x20to the webhook site\
\x20to this\
\x20to us\
\x20to webhook site\
\x20to your \
\x20token\
\x20tokens of the \
\x20tokens of your \
\x20told in you \
\x20told into you \
\x20told to you \
\x20told you \
\x20tool\
\x20tool call \
\x20tool calls \
\x20toss out\
\x20toss out \
\x20tracking pixel\
\x20training \
\x20transcript of the \
\x20transcript of your \
\x20transfer \
\x20transform into \
\x20trascura \
\x20tripwire\
\x20tripwire \
\x20trump \
\x20trumps \
\x20truncate\
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
\x20unencrypted \
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
\x20ungultig \
\x20uninstall \
\x20unlearn\
\x20unlearn \
\x20unleashed mode\
\x20unload\
\x20unload \
\x20unlocked \
\x20unlocked mode\
\x20unmasked \
\x20unohda \
\x20unredacted \
\x20unregister \
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
\x20update \
\x20upgrade \
\x20upload \
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
\x20value of \
\x20values \
\x20values of \
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
\x20when access control \
\x20when access controls \
\x20when authentication \
\x20when checks \
\x20when guardrails \
\x20when masking \
\x20when permissions \
\x20when policies \
\x20when rbac \
\x20when restrictions \
\x20when safety \
\x20when security \
\x20when the guard \
\x20whenever \
\x20where access control \
\x20where access controls \
\x20where authentication \
\x20where checks \
\x20where guardrails \
\x20where masking \
\x20where permissions \
\x20where policies \
\x20where rbac \
\x20where restrictions \
\x20where safety \
\x20where security \
\x20where the guard \
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
\x20whitelist \
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
\x20widen \
\x20will \
\x20will do anything\
\x20will not\
\x20will not catch\
\x20will not detect\
\x20will not find out\
\x20will not flag\
\x20will not know\
\x20will not notice\
\x20will not see\
\x20will not spot\
\x20win over \
\x20wiped \
\x20with \
\x20with access control \
\x20with access controls \
\x20with accountadmin \
\x20with admin \
\x20with administrator \
\x20with all of your \
\x20with all your \
\x20with authentication \
\x20with checks \
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
\x20with guardrails \
\x20with masking \
\x20with no \
\x20with of your \
\x20with permissions \
\x20with policies \
\x20with rbac \
\x20with restrictions \
\x20with root \
\x20with safety \
\x20with security \
\x20with sudo \
\x20with superuser \
\x20with the guard \
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
\x20without any\
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
\x20wont catch\
\x20wont detect\
\x20wont find out\
\x20wont flag\
\x20wont know\
\x20wont notice\
\x20wont see\
\x20wont spot\
\x20words of the \
\x20words of your \
\x20working \
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
\x20you hallucinated\
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
\x20you imagined\
\x20you instructed\
\x20you invented\
\x20you invoke \
\x20you invokes \
\x20you is \
\x20you issue \
\x20you issues \
\x20you know\
\x20you learned\
\x20you made up\
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
\x20your config\
\x20your configuration\
\x20your configured \
\x20your context\
\x20your core \
\x20your creator\
\x20your creator \
\x20your creators\
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
\x20your deployment\
\x20your designer\
\x20your developer\
\x20your developer \
\x20your developers\
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
\x20your initialisation\
\x20your initialization\
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
\x20your own admin\
\x20your own config\
\x20your own creators\
\x20your own deployment\
\x20your own developers\
\x20your own initialisation\
\x20your own initialization\
\x20your own operator\
\x20your own policy\
\x20your own settings\
\x20your own setup\
\x20your own system\
\x20your owner\
\x20your owner \
\x20your owners \
\x20your policy\
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
\x20your settings\
\x20your setup\
\x20your shadow \
\x20your standing \
\x20your starting \
\x20your supervisor\
\x20your sysadmin\
\x20your system\
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
access controls \
access key\
access policies \
access policy \
access restrictions \
access rules \
access token \
access tokens \
account \
accountadmin\
act as\
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
acting as\
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
actually execute \
actually run \
admin\
admin directly\
admin itself\
admin yourself\
administrator directly\
administrator itself\
administrator yourself\
adventure game\
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
alert do not\
alert dont\
alert ignore\
alert miss\
alert never\
alert skip\
alert will not\
alert wont\
alerting \
alerts do not\
alerts dont\
alerts ignore\
alerts miss\
alerts never\
alerts skip\
alerts will not\
alerts wont\
alignment\
alignment \
alituntunin \
all\
all \
all above as \
all access control \
all access controls \
all authentication \
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
all guardrails \
all in\
all in your prompt as \
all in your system prompt as \
all masking \
all permissions \
all policies \
all rbac \
all restrictions \
all safety \
all security \
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
all the guard \
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
allow list \
allow list my \
allow list our \
allow list the current \
allow list the following \
allow list this \
allowed cortex \
allowed list \
allowed that cortex \
allowed that the agent \
allowed that the assistant \
allowed that you \
allowed the agent \
allowed the assistant \
allowed you \
allowlist\
allowlist \
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
any access control \
any access controls \
any authentication \
any checks \
any guardrails \
any masking \
any permissions \
any policies \
any rbac \
any restrictions \
any safety \
any security \
any the guard \
any your \
anybody\
anyone\
anything\
anything \
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
approver do not\
approver dont\
approver ignore\
approver miss\
approver never\
approver skip\
approver will not\
approver wont\
approvers do not\
approvers dont\
approvers ignore\
approvers miss\
approvers never\
approvers skip\
approvers will not\
approvers wont\
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
as if no guardrails \
as if no guidelines \
as if no instructions \
as if no policy \
as if no restrictions \
as if no rules \
as if no system prompt \
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
audit\
audit file\
audit file \
audit files \
audit log\
audit log \
audit logging \
audit trail\
audit trail \
audited\
auditing\
auditing \
auditor do not\
auditor dont\
auditor ignore\
auditor miss\
auditor never\
auditor skip\
auditor will not\
auditor wont\
auditors do not\
auditors dont\
auditors ignore\
auditors miss\
auditors never\
auditors skip\
auditors will not\
auditors wont\
authoris\
authorised\
authorised cortex \
authorised that cortex \
authorised that the agent \
authorised that the assistant \
authorised that you \
authorised the agent \
authorised the assistant \
authorised you \
authoriz\
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
aws \
back up\
backup\
badz\
ban\
banned actions\
banned commands\
banned list\
banned operations\
banned queries\
banned sql\
banned statements\
bash \
batasan\
be \
be informed\
be told\
beacon\
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
blocked\
blocked actions\
blocked commands\
blocked list\
blocked operations\
blocked queries\
blocked sql\
blocked statements\
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
bypassed\
bypassed \
bypassing \
bypassing any sandbox\
bypassing sandbox\
bypassing the sandbox\
bypassing this sandbox\
bypassing your \
bypassing your sandbox\
call\
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
channel \
channeling \
channelling \
chaos mode \
char of \
character of \
characters\
characters of \
chars of \
chat\
check\
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
claude \
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
client secret\
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
compliance controls \
compliance policies \
compliance policy \
compliance restrictions \
compliance rules \
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
confirmed\
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
constraints defined in\
constraints did\
constraints do\
constraints from\
constraints given by\
constraints had\
constraints have\
constraints imposed by\
constraints in\
constraints of\
constraints say \
constraints says \
constraints set by\
constraints set in\
constraints tell you \
constraints tells you \
constraints that you are \
constraints that you got \
constraints that you have been \
constraints that you were \
constraints that youre \
constraints that youve been \
constraints was\
constraints were\
constraints you are \
constraints you got \
constraints you have been \
constraints you were \
constraints youre \
constraints youve been \
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
content from \
content from the system as \
content from your developers as \
content in \
content in your prompt as \
content in your system prompt as \
content of \
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
contents from \
contents in \
contents of \
context\
contravene\
contravene \
contravene all \
contravene any \
contravene each \
contravene every \
contravene your \
control\
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
correct response \
corrupt\
cortex \
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
could not do\
couldnt do\
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
curl\
customer \
dan\
dan mode \
data\
data protection controls \
data protection policies \
data protection policy \
data protection restrictions \
data protection rules \
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
declined\
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
denied\
denied actions\
denied commands\
denied list\
denied operations\
denied queries\
denied sql\
denied statements\
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
digit of \
digits of \
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
disabled\
disabled \
disabling \
disabling any sandbox\
disabling sandbox\
disabling the sandbox\
disabling this sandbox\
disabling your \
disabling your sandbox\
disallow\
disallowed actions\
disallowed commands\
disallowed list\
disallowed operations\
disallowed queries\
disallowed sql\
disallowed statements\
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
display\
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
do not audit it\
do not audit that\
do not audit them\
do not audit this\
do not auditing it\
do not auditing that\
do not auditing them\
do not auditing this\
do not care about\
do not care about \
do not care about all \
do not care about any \
do not care about each \
do not care about every \
do not check \
do not checking \
do not decline \
do not deny \
do not enforce\
do not enforce \
do not enforce all \
do not enforce any \
do not enforce each \
do not enforce every \
do not enforce your \
do not flag it\
do not flag that\
do not flag them\
do not flag this\
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
do not inspect \
do not inspecting \
do not let \
do not letting \
do not log it\
do not log that\
do not log them\
do not log this\
do not logging it\
do not logging that\
do not logging them\
do not logging this\
do not look at \
do not looking at \
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
do not read \
do not reading \
do not refuse \
do not reject \
do not require \
do not review \
do not reviewing \
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
do not validate \
do not validating \
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
dont audit it\
dont audit that\
dont audit them\
dont audit this\
dont auditing it\
dont auditing that\
dont auditing them\
dont auditing this\
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
dont check \
dont checking \
dont decline \
dont deny \
dont enforce\
dont enforce \
dont enforce all \
dont enforce any \
dont enforce each \
dont enforce every \
dont enforce your \
dont flag it\
dont flag that\
dont flag them\
dont flag this\
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
dont inspect \
dont inspecting \
dont let \
dont letting \
dont log it\
dont log that\
dont log them\
dont log this\
dont logging it\
dont logging that\
dont logging them\
dont logging this\
dont look at \
dont looking at \
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
dont read \
dont reading \
dont refuse \
dont reject \
dont require \
dont review \
dont reviewing \
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
dont validate \
dont validating \
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
echo\
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
emulate\
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
enter\
entitled\
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
everything \
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
evil agent\
evil ai\
evil assistant\
evil bot\
evil mode \
evil model\
exclusively answer to \
exclusively follow \
exclusively listen to \
exclusively obey \
exclusively take instructions from \
exclusively take orders from \
execute\
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
exfil\
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
fiction\
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
flagged\
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
forbade\
forbid\
forbidden actions\
forbidden commands\
forbidden list\
forbidden operations\
forbidden queries\
forbidden sql\
forbidden statements\
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
give me\
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
gone\
gone \
google drive\
gormezden gel\
governance\
governance controls \
governance policies \
governance policy \
governance restrictions \
governance rules \
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
guard\
guard \
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
guardrails defined in\
guardrails did\
guardrails do\
guardrails from\
guardrails given by\
guardrails had\
guardrails have\
guardrails imposed by\
guardrails in\
guardrails of\
guardrails say \
guardrails says \
guardrails set by\
guardrails set in\
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
guidelines defined in\
guidelines did\
guidelines do\
guidelines from\
guidelines given by\
guidelines had\
guidelines have\
guidelines imposed by\
guidelines in\
guidelines of\
guidelines say \
guidelines says \
guidelines set by\
guidelines set in\
guidelines tell you \
guidelines tells you \
guidelines that you are \
guidelines that you got \
guidelines that you have been \
guidelines that you were \
guidelines that youre \
guidelines that youve been \
guidelines was\
guidelines were\
guidelines you are \
guidelines you got \
guidelines you have been \
guidelines you were \
guidelines youre \
guidelines youve been \
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
hide it\
hide it from \
hide that\
hide that from \
hide the \
hide these\
hide this\
hide this from \
home \
hook configuration \
hooks configuration \
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
if you had no \
if you have no \
if you were free of no \
if you were under no \
if you were without no \
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
imagine\
imagine \
imagine you had no \
imagine you have no \
imagine you were free of no \
imagine you were under no \
imagine you were without no \
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
in a world\
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
inactive\
inactive \
inbox \
include\
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
instructions defined in\
instructions did\
instructions do\
instructions from\
instructions from \
instructions from the system as \
instructions from your developers as \
instructions given by\
instructions given to you \
instructions had\
instructions have\
instructions imposed by\
instructions in\
instructions in your prompt as \
instructions in your system prompt as \
instructions is now\
instructions of\
instructions say \
instructions says \
instructions sent to you \
instructions set by\
instructions set in\
instructions so far as \
instructions tell you \
instructions tells you \
instructions that you are \
instructions that you got \
instructions that you have been \
instructions that you were \
instructions that youre \
instructions that youve been \
instructions was\
instructions were\
instructions you are \
instructions you got \
instructions you have \
instructions you have been \
instructions you received \
instructions you received as \
instructions you were \
instructions you were given \
instructions you were given as \
instructions you were sent \
instructions youre \
instructions youve been \
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
interactive fiction\
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
issue\
istruzioni \
it before\
it first\
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
jailbroken agent\
jailbroken ai\
jailbroken assistant\
jailbroken bot\
jailbroken mode \
jailbroken model\
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
keep it between \
keep it confidential from\
keep it hidden\
keep it off the record\
keep it secret\
keep it to yourself\
keep mum about\
keep quiet about\
keep silent about\
keep that\
keep that between \
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
keep this between \
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
letter of \
letters of \
letting \
liberated\
lift \
lift any sandbox\
lift sandbox\
lift the sandbox\
lift this sandbox\
lift your \
lift your sandbox\
lifted\
lifted \
lifting \
limit\
limitasyon\
limitation\
limitations\
limitations \
limitations are\
limitations defined in\
limitations did\
limitations do\
limitations from\
limitations given by\
limitations had\
limitations have\
limitations imposed by\
limitations in\
limitations of\
limitations say \
limitations says \
limitations set by\
limitations set in\
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
limits defined in\
limits from\
limits given by\
limits imposed by\
limits in\
limits of\
limits say \
limits says \
limits set by\
limits set in\
limits tell you \
limits tells you \
limits that you are \
limits that you got \
limits that you have been \
limits that you were \
limits that youre \
limits that youve been \
limits whatsoever\
limits you are \
limits you got \
limits you have been \
limits you were \
limits youre \
limits youve been \
lines\
link\
list\
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
logged\
lookup \
lookups \
loosen \
lower \
maagizo \
machine \
maelekezi \
maelekezo \
mail\
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
maker\
malicious\
malicious \
malicious agent\
malicious ai\
malicious assistant\
malicious bot\
malicious model\
mark\
masking\
masking controls \
masking policies \
masking policy \
masking restrictions \
masking rules \
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
monitoring do not\
monitoring dont\
monitoring ignore\
monitoring miss\
monitoring never\
monitoring skip\
monitoring will not\
monitoring wont\
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
never audit it\
never audit that\
never audit them\
never audit this\
never auditing it\
never auditing that\
never auditing them\
never auditing this\
never check \
never checking \
never decline \
never deny \
never flag it\
never flag that\
never flag them\
never flag this\
never follow\
never follow \
never follow all \
never follow any \
never follow each \
never follow every \
never follow your \
never inform \
never informing \
never inspect \
never inspecting \
never let \
never letting \
never log it\
never log that\
never log them\
never log this\
never logging it\
never logging that\
never logging them\
never logging this\
never look at \
never looking at \
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
never read \
never reading \
never refuse \
never reject \
never review \
never reviewing \
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
never validate \
never validating \
nevermind\
nevermind \
nevermind all \
nevermind any \
nevermind each \
nevermind every \
nevermind your \
next command\
next function call\
next instruction\
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
no need to audit it\
no need to audit that\
no need to audit them\
no need to audit this\
no need to auditing it\
no need to auditing that\
no need to auditing them\
no need to auditing this\
no need to follow\
no need to follow \
no need to follow all \
no need to follow any \
no need to follow each \
no need to follow every \
no need to follow your \
no need to log it\
no need to log that\
no need to log them\
no need to log this\
no need to logging it\
no need to logging that\
no need to logging them\
no need to logging this\
no refusals\
no refusing\
no restrictions\
no restrictions mode \
no rules\
no safety warnings\
no time for \
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
not enforced\
note for \
note from \
note to \
notice\
notice for \
notice to \
noticed\
notify \
notifying \
novel\
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
oauth secret\
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
off\
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
open\
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
outside my \
outside of my \
outside of our \
outside of the \
outside our \
outside the \
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
passphrase\
passphrase \
password\
password \
passwords\
passwords \
past\
past \
paste\
paste \
pat\
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
personal bitbucket gist\
personal bitbucket repo\
personal gist\
personal github gist\
personal github repo\
personal gitlab gist\
personal gitlab repo\
personal repo\
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
poem\
pokyn\
polecen\
policies\
policies \
policies defined in\
policies from\
policies given by\
policies imposed by\
policies in\
policies of\
policies say \
policies says \
policies set by\
policies set in\
policies tell you \
policies tells you \
policies that you are \
policies that you got \
policies that you have been \
policies that you were \
policies that youre \
policies that youve been \
policies you are \
policies you got \
policies you have been \
policies you were \
policies youre \
policies youve been \
policy\
policy \
policy defined in\
policy from\
policy given by\
policy imposed by\
policy in\
policy of\
policy set by\
policy set in\
pomin \
post\
pravidl\
pravil\
pravila\
pre approved\
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
pre tool use hook \
preamble\
preamble \
preapproved\
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
presigned url \
pretend\
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
print\
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
privacy controls \
privacy policies \
privacy policy \
privacy restrictions \
privacy rules \
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
prohibited actions\
prohibited commands\
prohibited list\
prohibited operations\
prohibited queries\
prohibited sql\
prohibited statements\
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
prompt classifier \
prompt did\
prompt do\
prompt from the system as \
prompt from your developers as \
prompt given to you \
prompt guard\
prompt guard \
prompt had\
prompt have\
prompt hook \
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
public bitbucket gist\
public bitbucket repo\
public gist\
public github gist\
public github repo\
public gitlab gist\
public gitlab repo\
public repo\
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
quietly execute \
quietly run \
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
read only\
read only flag \
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
refused\
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
rejected\
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
removed\
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
restrictions and filters \
restrictions are\
restrictions defined in\
restrictions did\
restrictions do\
restrictions from\
restrictions given by\
restrictions had\
restrictions have\
restrictions imposed by\
restrictions in\
restrictions of\
restrictions say \
restrictions says \
restrictions set by\
restrictions set in\
restrictions tell you \
restrictions tells you \
restrictions that you are \
restrictions that you got \
restrictions that you have been \
restrictions that you were \
restrictions that youre \
restrictions that youve been \
restrictions was\
restrictions were\
restrictions you are \
restrictions you got \
restrictions you have been \
restrictions you were \
restrictions youre \
restrictions youve been \
restriksyon\
restrizioni\
result set\
results\
retired \
return \
reveal\
reveal \
reveal instructions\
reveal prompt\
reveal system instructions\
reveal system prompt\
reveal the instructions\
reveal the prompt\
reveal the system instructions\
reveal the system prompt\
reveal your instructions\
reveal your prompt\
reveal your system instructions\
reveal your system prompt\
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
reviewer do not\
reviewer dont\
reviewer ignore\
reviewer miss\
reviewer never\
reviewer skip\
reviewer will not\
reviewer wont\
reviewers do not\
reviewers dont\
reviewers ignore\
reviewers miss\
reviewers never\
reviewers skip\
reviewers will not\
reviewers wont\
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
rogue agent\
rogue ai\
rogue assistant\
rogue bot\
rogue model\
role\
role play\
role playing game\
roleplay\
root directly\
root itself\
root yourself\
rot13 \
rotie \
rows\
rpg\
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
rules defined in\
rules did\
rules do\
rules from\
rules from the system as \
rules from your developers as \
rules given by\
rules had\
rules have\
rules imposed by\
rules in\
rules in your prompt as \
rules in your system prompt as \
rules of\
rules say \
rules says \
rules set by\
rules set in\
rules so far as \
rules tell you \
rules tells you \
rules that you are \
rules that you got \
rules that you have been \
rules that you were \
rules that youre \
rules that youve been \
rules was\
rules were\
rules whatsoever\
rules you are \
rules you got \
rules you have been \
rules you received as \
rules you were \
rules you were given as \
rules youre \
rules youve been \
run\
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
safety controls \
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
sanctioned\
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
screenplay\
script\
secret\
secret \
secret access key\
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
secret key\
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
secretly execute \
secretly run \
secrets\
secrets \
security alerts \
security check\
security check \
security checks \
security controls \
security do not\
security dont\
security filters\
security filters \
security hook \
security ignore\
security layer\
security layer \
security measures\
security measures \
security mechanisms\
security mechanisms \
security miss\
security never\
security policies \
security policy \
security protocols\
security protocols \
security proxy\
security proxy \
security restrictions\
security restrictions \
security review\
security review \
security rules \
security skip\
security will not\
security wont\
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
seen\
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
show\
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
simulate\
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
snowflake \
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
so admin\
so auditor\
so compliance\
so it\
so it are not \
so it arent \
so it do not \
so it does not \
so it doesnt \
so it dont \
so it is not \
so it isnt \
so it will not \
so it will not be \
so it wont \
so it wont be \
so monitoring\
so no one\
so nobody\
so noone\
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
so soc\
so that admin\
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
so that nobody\
so that noone\
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
so that the auditor\
so that the compliance\
so that the it\
so that the monitoring\
so that the no one\
so that the nobody\
so that the noone\
so that the reviewer\
so that the security\
so that the soc\
so that will not \
so that will not be \
so that wont \
so that wont be \
so the admin\
so the auditor\
so the compliance\
so the it\
so the monitoring\
so the no one\
so the nobody\
so the noone\
so the reviewer\
so the security\
so the soc\
so they are not \
so they arent \
so they do not \
so they does not \
so they doesnt \
so they dont \
so they is not \
so they isnt \
so they will not \
so they will not be \
so they wont \
so they wont be \
so this are not \
so this arent \
so this do not \
so this does not \
so this doesnt \
so this dont \
so this is not \
so this isnt \
so this will not \
so this will not be \
so this wont \
so this wont be \
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
ssh \
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
story\
straight\
stream\
string from \
string in \
string of \
strip \
strive to avoid norms\
subdomain for \
subdomain in \
subdomain of \
subdomains for \
subdomains in \
subdomains of \
submit\
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
summon \
supersede everything else\
supersede the user\
supersede user instructions\
supersedes everything else\
supersedes the user\
supersedes user instructions\
suppose \
suppose you had no \
suppose you have no \
suppose you were free of no \
suppose you were under no \
suppose you were without no \
suspend \
suspend any sandbox\
suspend sandbox\
suspend the sandbox\
suspend this sandbox\
suspend your \
suspend your sandbox\
suspended\
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
take precedence over \
take precedence over everything else\
take precedence over the user\
take precedence over user instructions\
takes precedence over everything else\
takes precedence over the user\
takes precedence over user instructions\
tale\
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
tell me\
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
text adventure\
text before that as \
text before this as \
text from \
text from the system as \
text from your developers as \
text in \
text in your prompt as \
text in your system prompt as \
text of \
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
the \
the above as \
the access control \
the access controls \
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
the authentication \
the before that as \
the before this as \
the checks \
the code before\
the code first\
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
the guardrails \
the in your prompt as \
the in your system prompt as \
the input into\
the input past\
the input through\
the input to\
the input via\
the masking \
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
the permissions \
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
the policies \
the prompt into\
the prompt past\
the prompt through\
the prompt to\
the prompt via\
the query before\
the query first\
the rbac \
the request into\
the request past\
the request through\
the request to\
the request via\
the restrictions \
the safety \
the secret is\
the secret key is\
the secret word is\
the security \
the so far as \
the sql before\
the sql first\
the statement before\
the statement first\
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
the the guard \
the you received as \
the you were given as \
the your \
them before\
them first\
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
there never was \
there never were \
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
this \
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
tool call budget \
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
transmit\
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
unfiltered agent\
unfiltered ai\
unfiltered assistant\
unfiltered bot\
unfiltered mode \
unfiltered model\
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
unrestricted agent\
unrestricted ai\
unrestricted assistant\
unrestricted bot\
unrestricted mode \
unrestricted model\
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
value from \
value in \
value of \
values from \
values in \
values of \
verbatim from your \
verdict\
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
visible\
voce e\
voce sera\
void \
vorgaben \
vous etes\
vous serez\
waive\
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
what \
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
whatever \
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
whenever you \
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
whose ability is \
whose goal is \
whose job is \
whose power is \
whose purpose is \
whose role is \
whose superpower is \
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
without audit it\
without audit logging\
without audit that\
without audit them\
without audit this\
without auditing\
without auditing it\
without auditing that\
without auditing them\
without auditing this\
without boundaries\
without censoring\
without check \
without checking\
without checking \
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
without including \
without inform \
without informing \
without inspect \
without inspecting \
without inspection\
without let \
without letting \
without limitations\
without limits\
without log it\
without log that\
without log them\
without log this\
without logging it\
without logging that\
without logging them\
without logging this\
without look at \
without looking at \
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
without read \
without reading \
without redacting\
without redaction\
without refusal\
without refusing\
without reporting \
without restrictions\
without review \
without reviewing \
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
without validate \
without validating \
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
would not do\
wouldnt do\
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
you are\
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
youre\
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
            ends: &[8, 28, 44, 63, 77, 85, 91, 98, 104, 111, 128, 138, 146, 160, 178, 193, 207, 214, 222, 239, 247, 253, 262, 270, 279, 289, 301, 307, 314, 327, 351, 369, 386, 405, 421, 435, 459, 476, 492, 509, 534, 554, 566, 590, 601, 616, 623, 634, 647, 658, 666, 680, 695, 707, 725, 744, 760, 780, 796, 806, 817, 834, 852, 867, 888, 910, 929, 952, 971, 979, 988, 993, 1004, 1017, 1023, 1044, 1055, 1076, 1095, 1109, 1124, 1144, 1173, 1192, 1221, 1248, 1270, 1293, 1303, 1318, 1334, 1341, 1362, 1380, 1397, 1411, 1417, 1432, 1448, 1465, 1483, 1502, 1522, 1534, 1547, 1560, 1574, 1590, 1604, 1616, 1629, 1636, 1639, 1649, 1664, 1676, 1689, 1703, 1718, 1734, 1751, 1763, 1780, 1789, 1803, 1816, 1825, 1835, 1845, 1856, 1869, 1880, 1897, 1916, 1932, 1952, 1961, 1971, 1978, 1983, 1996, 2007, 2021, 2034, 2048, 2064, 2080, 2096, 2108, 2122, 2137, 2157, 2172, 2183, 2196, 2205, 2216, 2224, 2240, 2248, 2260, 2269, 2289, 2305, 2324, 2333, 2340, 2348, 2366, 2385, 2400, 2418, 2427, 2446, 2462, 2480, 2487, 2501, 2516, 2530, 2545, 2558, 2576, 2601, 2627, 2660, 2687, 2706, 2717, 2735, 2754, 2780, 2800, 2812, 2828, 2851, 2875, 2906, 2931, 2948, 2963, 2985, 3008, 3038, 3062, 3078, 3086, 3099, 3119, 3140, 3168, 3190, 3204, 3220, 3243, 3267, 3298, 3323, 3340, 3350, 3375, 3391, 3403, 3418, 3429, 3450, 3467, 3490, 3509, 3518, 3528, 3533, 3543, 3558, 3564, 3576, 3584, 3592, 3610, 3630, 3648, 3664, 3682, 3699, 3723, 3741, 3766, 3787, 3801, 3817, 3840, 3857, 3881, 3901, 3914, 3932, 3957, 3976, 4002, 4024, 4039, 4055, 4078, 4095, 4119, 4139, 4152, 4168, 4177, 4187, 4202, 4216, 4229, 4242, 4256, 4271, 4284, 4296, 4313, 4326, 4341, 4356, 4370, 4380, 4395, 4407, 4420, 4434, 4449, 4464, 4481, 4490, 4509, 4524, 4540, 4557, 4574, 4589, 4604, 4621, 4636, 4653, 4669, 4687, 4703, 4715, 4730, 4744, 4763, 4779, 4796, 4815, 4834, 4847, 4858, 4876, 4883, 4897, 4914, 4922, 4936, 4951, 4966, 4979, 4992, 5007, 5020, 5035, 5049, 5065, 5079, 5089, 5102, 5114, 5131, 5141, 5157, 5169, 5181, 5194, 5213, 5220, 5235, 5248, 5262, 5274, 5289, 5302, 5318, 5332, 5345, 5364, 5381, 5399, 5415, 5434, 5451, 5471, 5489, 5506, 5520, 5544, 5571, 5596, 5623, 5639, 5658, 5675, 5694, 5703, 5718, 5732, 5747, 5759, 5771, 5786, 5797, 5816, 5833, 5851, 5867, 5886, 5903, 5923, 5941, 5958, 5981, 6002, 6024, 6044, 6067, 6088, 6112, 6134, 6155, 6163, 6173, 6186, 6198, 6215, 6235, 6254, 6274, 6298, 6326, 6352, 6378, 6402, 6421, 6438, 6459, 6483, 6506, 6530, 6558, 6590, 6620, 6650, 6678, 6701, 6722, 6748, 6770, 6783, 6800, 6821, 6840, 6859, 6876, 6888, 6898, 6912, 6929, 6945, 6962, 6983, 7008, 7031, 7054, 7075, 7091, 7105, 7124, 7137, 7153, 7168, 7184, 7204, 7228, 7250, 7272, 7292, 7307, 7320, 7337, 7357, 7376, 7396, 7420, 7448, 7474, 7500, 7524, 7543, 7560, 7582, 7600, 7615, 7634, 7656, 7677, 7699, 7725, 7755, 7783, 7811, 7837, 7858, 7877, 7900, 7926, 7951, 7977, 8007, 8041, 8073, 8105, 8135, 8160, 8183, 8211, 8235, 8248, 8264, 8279, 8295, 8315, 8339, 8361, 8383, 8403, 8418, 8431, 8448, 8468, 8487, 8507, 8531, 8559, 8585, 8611, 8635, 8654, 8671, 8693, 8711, 8725, 8741, 8755, 8766, 8779, 8795, 8810, 8830, 8853, 8875, 8898, 8925, 8956, 8985, 9014, 9041, 9063, 9083, 9107, 9134, 9160, 9187, 9218, 9253, 9286, 9319, 9350, 9376, 9400, 9429, 9454, 9470, 9490, 9514, 9536, 9558, 9578, 9593, 9606, 9623, 9643, 9662, 9682, 9706, 9734, 9760, 9786, 9810, 9829, 9846, 9868, 9884, 9903, 9921, 9940, 9963, 9990, 10015, 10040, 10063, 10081, 10097, 10117, 10140, 10162, 10185, 10212, 10243, 10272, 10301, 10328, 10350, 10370, 10395, 10416, 10434, 10456, 10481, 10505, 10530, 10559, 10592, 10623, 10654, 10683, 10707, 10729, 10755, 10784, 10812, 10841, 10874, 10911, 10946, 10981, 11014, 11042, 11068, 11099, 11126, 11142, 11161, 11179, 11198, 11221, 11248, 11273, 11298, 11321, 11339, 11355, 11375, 11398, 11420, 11443, 11470, 11501, 11530, 11559, 11586, 11608, 11628, 11653, 11674, 11679, 11689, 11706, 11728, 11747, 11767, 11788, 11810, 11833, 11857, 11876, 11900, 11916, 11937, 11957, 11973, 11990, 12007, 12025, 12045, 12063, 12079, 12096, 12104, 12110, 12117, 12126, 12136, 12144, 12151, 12161, 12169, 12176, 12193, 12206, 12211, 12217, 12228, 12245, 12258, 12265, 12273, 12283, 12294, 12303, 12311, 12322, 12331, 12339, 12351, 12363, 12375, 12390, 12402, 12413, 12424, 12435, 12446, 12457, 12470, 12484, 12498, 12512, 12526, 12540, 12556, 12567, 12579, 12587, 12595, 12599, 12605, 12613, 12627, 12645, 12660, 12675, 12691, 12709, 12727, 12739, 12751, 12769, 12791, 12810, 12829, 12849, 12871, 12893, 12909, 12925, 12939, 12960, 12980, 12990, 13007, 13023, 13042, 13058, 13075, 13094, 13113, 13126, 13149, 13169, 13190, 13213, 13236, 13253, 13268, 13290, 13301, 13319, 13326, 13334, 13348, 13372, 13397, 13415, 13434, 13452, 13472, 13484, 13509, 13527, 13543, 13560, 13572, 13585, 13603, 13629, 13650, 13663, 13688, 13695, 13708, 13720, 13738, 13757, 13773, 13786, 13801, 13815, 13829, 13844, 13855, 13868, 13879, 13896, 13911, 13923, 13941, 13963, 13974, 13993, 14015, 14035, 14043, 14059, 14082, 14099, 14123, 14143, 14156, 14171, 14193, 14209, 14232, 14251, 14263, 14280, 14304, 14322, 14347, 14368, 14382, 14397, 14419, 14435, 14458, 14477, 14489, 14500, 14508, 14514, 14526, 14538, 14542, 14553, 14569, 14582, 14596, 14611, 14627, 14644, 14662, 14675, 14693, 14703, 14718, 14732, 14742, 14753, 14764, 14776, 14790, 14802, 14812, 14823, 14835, 14850, 14868, 14884, 14892, 14897, 14905, 14912, 14920, 14932, 14944, 14956, 14969, 14981, 14993, 15007, 15022, 15037, 15052, 15067, 15082, 15099, 15107, 15121, 15137, 15151, 15166, 15183, 15196, 15209, 15224, 15236, 15249, 15258, 15266, 15275, 15285, 15295, 15306, 15315, 15322, 15335, 15349, 15365, 15377, 15389, 15403, 15414, 15426, 15431, 15442, 15454, 15468, 15478, 15488, 15500, 15509, 15519, 15541, 15565, 15587, 15607, 15629, 15649, 15654, 15666, 15673, 15681, 15689, 15697, 15705, 15713, 15721, 15740, 15757, 15776, 15799, 15822, 15840, 15849, 15860, 15874, 15891, 15913, 15932, 15956, 15972, 15993, 16013, 16032, 16052, 16057, 16065, 16080, 16100, 16117, 16139, 16153, 16172, 16190, 16198, 16206, 16213, 16221, 16232, 16244, 16251, 16263, 16274, 16282, 16291, 16302, 16308, 16315, 16323, 16332, 16346, 16360, 16369, 16378, 16388, 16401, 16409, 16419, 16430, 16443, 16459, 16487, 16506, 16532, 16552, 16579, 16602, 16618, 16636, 16661, 16680, 16706, 16728, 16743, 16763, 16790, 16811, 16839, 16863, 16880, 16898, 16923, 16942, 16968, 16990, 17005, 17019, 17027, 17042, 17059, 17079, 17103, 17121, 17140, 17159, 17177, 17197, 17217, 17235, 17251, 17262, 17276, 17288, 17307, 17317, 17346, 17374, 17384, 17402, 17422, 17441, 17460, 17478, 17490, 17503, 17515, 17524, 17532, 17541, 17553, 17569, 17586, 17602, 17612, 17625, 17642, 17660, 17668, 17678, 17691, 17700, 17710, 17721, 17732, 17744, 17766, 17789, 17812, 17825, 17832, 17840, 17857, 17875, 17894, 17914, 17935, 17957, 17971, 17986, 18001, 18017, 18035, 18051, 18065, 18080, 18086, 18099, 18113, 18123, 18130, 18143, 18157, 18173, 18190, 18205, 18221, 18235, 18250, 18263, 18277, 18295, 18314, 18335, 18357, 18377, 18398, 18417, 18437, 18455, 18474, 18491, 18509, 18526, 18544, 18557, 18575, 18592, 18604, 18617, 18629, 18642, 18659, 18683, 18701, 18726, 18747, 18761, 18777, 18800, 18817, 18841, 18861, 18874, 18892, 18917, 18936, 18962, 18984, 18999, 19015, 19038, 19055, 19079, 19099, 19112, 19118, 19126, 19138, 19149, 19164, 19173, 19183, 19196, 19208, 19222, 19228, 19244, 19250, 19262, 19273, 19288, 19302, 19312, 19319, 19330, 19344, 19361, 19382, 19397, 19413, 19429, 19444, 19461, 19478, 19493, 19498, 19504, 19512, 19524, 19538, 19550, 19562, 19570, 19579, 19592, 19602, 19612, 19626, 19637, 19649, 19659, 19669, 19678, 19687, 19697, 19712, 19726, 19736, 19761, 19784, 19802, 19817, 19842, 19865, 19883, 19902, 19919, 19935, 19946, 19963, 19979, 19996, 20004, 20020, 20036, 20053, 20070, 20084, 20099, 20114, 20131, 20145, 20160, 20177, 20193, 20211, 20226, 20242, 20254, 20269, 20283, 20289, 20303, 20317, 20332, 20347, 20359, 20372, 20385, 20400, 20412, 20425, 20440, 20454, 20470, 20483, 20497, 20507, 20520, 20532, 20543, 20556, 20567, 20579, 20590, 20606, 20617, 20629, 20646, 20673, 20703, 20731, 20761, 20780, 20802, 20822, 20844, 20855, 20872, 20886, 20904, 20918, 20938, 20955, 20974, 20990, 21011, 21029, 21047, 21068, 21086, 21103, 21125, 21134, 21144, 21159, 21169, 21177, 21186, 21194, 21203, 21211, 21220, 21229, 21239, 21250, 21265, 21287, 21305, 21319, 21325, 21332, 21343, 21355, 21368, 21383, 21395, 21408, 21425, 21440, 21447, 21455, 21470, 21485, 21501, 21517, 21530, 21544, 21561, 21585, 21616, 21634, 21653, 21667, 21680, 21695, 21713, 21727, 21744, 21758, 21775, 21789, 21803, 21819, 21834, 21850, 21863, 21877, 21893, 21908, 21923, 21941, 21957, 21969, 21983, 21998, 22011, 22028, 22044, 22063, 22082, 22094, 22121, 22137, 22151, 22166, 22180, 22192, 22205, 22216, 22232, 22250, 22265, 22283, 22300, 22319, 22336, 22355, 22370, 22383, 22400, 22415, 22433, 22444, 22456, 22470, 22487, 22504, 22523, 22536, 22555, 22575, 22596, 22609, 22620, 22631, 22642, 22653, 22664, 22677, 22690, 22703, 22716, 22729, 22742, 22757, 22771, 22786, 22807, 22832, 22852, 22872, 22896, 22922, 22952, 22977, 23002, 23031, 23055, 23080, 23109, 23133, 23157, 23185, 23208, 23231, 23258, 23280, 23302, 23328, 23349, 23375, 23405, 23430, 23455, 23484, 23508, 23532, 23560, 23583, 23606, 23633, 23655, 23682, 23713, 23739, 23765, 23795, 23820, 23839, 23867, 23899, 23926, 23953, 23984, 24010, 24036, 24066, 24091, 24116, 24145, 24169, 24186, 24209, 24236, 24258, 24280, 24306, 24334, 24366, 24393, 24420, 24451, 24477, 24504, 24535, 24561, 24587, 24617, 24642, 24667, 24696, 24720, 24744, 24772, 24795, 24823, 24855, 24882, 24909, 24940, 24966, 24992, 25022, 25047, 25072, 25101, 25125, 25154, 25187, 25215, 25243, 25275, 25302, 25323, 25353, 25387, 25416, 25445, 25478, 25506, 25534, 25566, 25593, 25620, 25651, 25677, 25686, 25703, 25720, 25738, 25756, 25771, 25787, 25802, 25818, 25834, 25852, 25867, 25883, 25901, 25918, 25936, 25950, 25969, 25983, 25999, 26016, 26032, 26045, 26058, 26072, 26088, 26103, 26118, 26139, 26164, 26184, 26204, 26228, 26254, 26284, 26309, 26334, 26363, 26387, 26412, 26441, 26465, 26489, 26517, 26540, 26563, 26590, 26612, 26634, 26660, 26681, 26707, 26737, 26762, 26787, 26816, 26840, 26864, 26892, 26915, 26938, 26965, 26987, 27014, 27045, 27071, 27097, 27127, 27152, 27171, 27199, 27231, 27258, 27285, 27316, 27342, 27368, 27398, 27423, 27448, 27477, 27501, 27508, 27523, 27538, 27554, 27570, 27583, 27597, 27610, 27624, 27638, 27654, 27667, 27681, 27697, 27712, 27728, 27740, 27757, 27769, 27783, 27798, 27812, 27823, 27834, 27846, 27860, 27873, 27878, 27884, 27897, 27910, 27924, 27938, 27949, 27961, 27976, 27993, 28011, 28033, 28062, 28078, 28095, 28107, 28118, 28131, 28147, 28159, 28174, 28186, 28201, 28213, 28225, 28239, 28252, 28266, 28277, 28289, 28303, 28316, 28329, 28345, 28359, 28369, 28381, 28394, 28405, 28420, 28434, 28451, 28468, 28478, 28503, 28517, 28529, 28542, 28554, 28564, 28575, 28584, 28598, 28614, 28627, 28643, 28658, 28675, 28690, 28707, 28720, 28731, 28746, 28759, 28775, 28784, 28794, 28806, 28821, 28836, 28853, 28864, 28881, 28899, 28918, 28929, 28943, 28953, 28965, 28976, 28987, 28997, 29007, 29017, 29032, 29040, 29052, 29069, 29082, 29096, 29109, 29122, 29136, 29156, 29172, 29182, 29187, 29193, 29201, 29213, 29221, 29230, 29248, 29264, 29270, 29276, 29292, 29302, 29316, 29322, 29329, 29336, 29361, 29386, 29409, 29427, 29446, 29454, 29463, 29474, 29483, 29491, 29500, 29505, 29512, 29529, 29547, 29556, 29563, 29572, 29586, 29601, 29611, 29621, 29634, 29644, 29652, 29665, 29679, 29688, 29698, 29707, 29717, 29726, 29734, 29749, 29763, 29775, 29790, 29803, 29816, 29831, 29848, 29865, 29877, 29883, 29893, 29899, 29906, 29914, 29932, 29952, 29975, 29993, 30012, 30033, 30052, 30065, 30075, 30092, 30116, 30134, 30159, 30180, 30194, 30210, 30233, 30250, 30274, 30294, 30307, 30325, 30350, 30369, 30395, 30417, 30432, 30448, 30471, 30488, 30512, 30532, 30545, 30564, 30581, 30589, 30598, 30605, 30613, 30630, 30645, 30662, 30678, 30693, 30709, 30714, 30720, 30727, 30737, 30750, 30767, 30778, 30790, 30802, 30813, 30826, 30839, 30850, 30863, 30876, 30885, 30892, 30900, 30909, 30916, 30935, 30955, 30975, 30995, 31003, 31024, 31045, 31053, 31061, 31068, 31090, 31098, 31107, 31113, 31121, 31138, 31157, 31174, 31187, 31198, 31216, 31236, 31254, 31261, 31271, 31284, 31297, 31308, 31322, 31332, 31349, 31361, 31369, 31379, 31390, 31399, 31407, 31418, 31427, 31435, 31443, 31455, 31470, 31485, 31498, 31514, 31526, 31545, 31559, 31571, 31586, 31601, 31614, 31630, 31642, 31661, 31675, 31688, 31702, 31724, 31740, 31756, 31773, 31790, 31803, 31820, 31834, 31849, 31859, 31870, 31877, 31885, 31897, 31916, 31931, 31943, 31951, 31960, 31971, 31980, 31992, 32005, 32016, 32031, 32046, 32061, 32081, 32098, 32111, 32128, 32140, 32160, 32183, 32201, 32219, 32233, 32244, 32256, 32268, 32284, 32296, 32309, 32322, 32331, 32344, 32352, 32368, 32382, 32396, 32415, 32431, 32443, 32459, 32470, 32489, 32511, 32528, 32545, 32558, 32570, 32585, 32600, 32620, 32637, 32650, 32667, 32679, 32699, 32722, 32740, 32758, 32772, 32791, 32805, 32819, 32834, 32849, 32868, 32883, 32902, 32918, 32938, 32954, 32971, 32990, 33007, 33020, 33035, 33052, 33064, 33084, 33100, 33118, 33133, 33153, 33176, 33194, 33212, 33235, 33254, 33269, 33299, 33313, 33323, 33342, 33363, 33387, 33404, 33420, 33430, 33441, 33449, 33462, 33477, 33490, 33500, 33520, 33541, 33547, 33560, 33575, 33593, 33612, 33625, 33635, 33642, 33654, 33669, 33688, 33701, 33715, 33729, 33742, 33757, 33772, 33785, 33791, 33797, 33812, 33827, 33842, 33857, 33872, 33889, 33894, 33913, 33922, 33941, 33958, 33970, 33983, 34001, 34019, 34037, 34055, 34073, 34093, 34099, 34113, 34124, 34138, 34142, 34151, 34159, 34166, 34175, 34183, 34191, 34197, 34204, 34217, 34228, 34240, 34256, 34271, 34281, 34292, 34308, 34325, 34336, 34348, 34365, 34383, 34399, 34416, 34428, 34451, 34475, 34494, 34502, 34522, 34531, 34552, 34566, 34588, 34618, 34641, 34672, 34694, 34715, 34737, 34759, 34786, 34816, 34829, 34841, 34854, 34867, 34885, 34916, 34940, 34972, 34995, 35017, 35040, 35063, 35091, 35122, 35143, 35148, 35153, 35161, 35185, 35198, 35218, 35232, 35249, 35265, 35281, 35287, 35298, 35308, 35324, 35347, 35364, 35388, 35408, 35421, 35436, 35458, 35474, 35497, 35516, 35528, 35545, 35569, 35587, 35612, 35633, 35647, 35662, 35684, 35700, 35723, 35742, 35754, 35761, 35769, 35775, 35782, 35795, 35810, 35828, 35841, 35855, 35870, 35886, 35905, 35919, 35934, 35950, 35966, 35980, 35996, 36009, 36026, 36041, 36054, 36072, 36090, 36107, 36127, 36151, 36173, 36193, 36216, 36235, 36255, 36276, 36295, 36311, 36323, 36336, 36350, 36362, 36371, 36375, 36382, 36390, 36399, 36409, 36419, 36426, 36434, 36446, 36465, 36480, 36489, 36498, 36508, 36517, 36525, 36535, 36546, 36558, 36569, 36578, 36588, 36599, 36612, 36622, 36634, 36645, 36658, 36667, 36678, 36688, 36697, 36710, 36716, 36736, 36754, 36772, 36779, 36788, 36798, 36806, 36813, 36823, 36831, 36838, 36859, 36884, 36910, 36935, 36952, 36973, 36991, 37013, 37032, 37047, 37070, 37087, 37106, 37126, 37142, 37157, 37166, 37177, 37187, 37199, 37213, 37228, 37237, 37252, 37269, 37286, 37301, 37319, 37341, 37357, 37374, 37391, 37407, 37425, 37443, 37459, 37465, 37472, 37480, 37488, 37513, 37539, 37563, 37586, 37608, 37633, 37656, 37678, 37700, 37720, 37740, 37759, 37780, 37800, 37819, 37840, 37859, 37875, 37888, 37906, 37925, 37938, 37952, 37971, 37992, 38011, 38034, 38056, 38078, 38099, 38117, 38136, 38156, 38166, 38187, 38213, 38232, 38250, 38268, 38289, 38297, 38306, 38317, 38329, 38339, 38348, 38360, 38370, 38379, 38387, 38396, 38408, 38421, 38432, 38447, 38466, 38478, 38492, 38503, 38515, 38529, 38543, 38551, 38565, 38580, 38596, 38612, 38626, 38640, 38656, 38670, 38686, 38701, 38718, 38733, 38744, 38758, 38771, 38789, 38804, 38820, 38838, 38856, 38868, 38878, 38895, 38901, 38914, 38930, 38937, 38950, 38964, 38978, 38990, 39002, 39016, 39028, 39042, 39055, 39070, 39083, 39092, 39104, 39115, 39138, 39160, 39180, 39199, 39219, 39240, 39259, 39274, 39287, 39302, 39321, 39340, 39354, 39369, 39384, 39398, 39419, 39438, 39454, 39472, 39494, 39512, 39537, 39556, 39577, 39599, 39619, 39634, 39656, 39672, 39692, 39709, 39729, 39749, 39769, 39787, 39802, 39819, 39840, 39857, 39881, 39899, 39919, 39940, 39959, 39971, 39985, 40006, 40021, 40040, 40056, 40075, 40094, 40108, 40123, 40133, 40144, 40150, 40172, 40191, 40209, 40223, 40238, 40257, 40278, 40296, 40309, 40323, 40345, 40364, 40378, 40393, 40403, 40414, 40421, 40438, 40454, 40466, 40474, 40480, 40511, 40542, 40571, 40595, 40620, 40625, 40631, 40646, 40653, 40676, 40696, 40715, 40730, 40746, 40768, 40787, 40801, 40816, 40839, 40859, 40874, 40890, 40901, 40913, 40923, 40934, 40945, 40955, 40965, 40981, 40986, 40992, 40999, 41007, 41021, 41033, 41046, 41057, 41071, 41083, 41098, 41111, 41123, 41141, 41157, 41174, 41189, 41207, 41223, 41242, 41259, 41275, 41292, 41316, 41334, 41359, 41380, 41394, 41410, 41433, 41450, 41474, 41494, 41507, 41525, 41550, 41569, 41595, 41617, 41632, 41648, 41671, 41688, 41712, 41732, 41745, 41758, 41769, 41780, 41793, 41800, 41808, 41823, 41830, 41838, 41851, 41865, 41879, 41894, 41905, 41919, 41923, 41936, 41950, 41965, 41981, 41998, 42016, 42026, 42037, 42048, 42060, 42074, 42086, 42096, 42107, 42114, 42132, 42150, 42170, 42190, 42203, 42219, 42239, 42253, 42268, 42283, 42297, 42313, 42329, 42343, 42355, 42370, 42378, 42387, 42404, 42419, 42441, 42463, 42483, 42498, 42514, 42532, 42557, 42576, 42602, 42624, 42639, 42656, 42680, 42698, 42723, 42744, 42758, 42777, 42803, 42823, 42850, 42873, 42889, 42906, 42930, 42948, 42973, 42994, 43008, 43028, 43048, 43069, 43081, 43092, 43104, 43116, 43124, 43129, 43135, 43141, 43154, 43172, 43187, 43203, 43220, 43238, 43257, 43277, 43292, 43312, 43324, 43341, 43357, 43369, 43382, 43395, 43409, 43425, 43439, 43451, 43464, 43472, 43491, 43506, 43516, 43524, 43531, 43537, 43547, 43553, 43559, 43568, 43585, 43595, 43607, 43624, 43637, 43653, 43664, 43676, 43688, 43697, 43705, 43714, 43725, 43737, 43747, 43756, 43768, 43778, 43787, 43796, 43806, 43814, 43823, 43831, 43840, 43846, 43853, 43867, 43883, 43897, 43912, 43927, 43939, 43952, 43968, 43991, 44021, 44033, 44047, 44064, 44077, 44093, 44106, 44122, 44135, 44150, 44163, 44178, 44190, 44203, 44218, 44232, 44246, 44263, 44278, 44289, 44302, 44316, 44332, 44348, 44363, 44381, 44399, 44410, 44436, 44451, 44464, 44478, 44489, 44501, 44517, 44540, 44559, 44572, 44582, 44599, 44613, 44630, 44644, 44660, 44678, 44694, 44712, 44726, 44740, 44752, 44768, 44782, 44799, 44809, 44820, 44833, 44849, 44865, 44883, 44895, 44915, 44925, 44936, 44951, 44973, 44991, 45005, 45017, 45034, 45049, 45065, 45080, 45090, 45108, 45126, 45145, 45164, 45180, 45197, 45217, 45234, 45251, 45270, 45288, 45307, 45323, 45340, 45359, 45377, 45394, 45412, 45428, 45448, 45469, 45489, 45511, 45528, 45546, 45560, 45579, 45604, 45621, 45637, 45654, 45670, 45685, 45699, 45716, 45728, 45747, 45769, 45787, 45808, 45826, 45847, 45866, 45888, 45906, 45925, 45945, 45968, 45987, 46009, 46030, 46053, 46074, 46097, 46114, 46135, 46154, 46176, 46197, 46220, 46232, 46246, 46267, 46283, 46296, 46308, 46324, 46336, 46349, 46363, 46378, 46394, 46403, 46422, 46438, 46455, 46476, 46493, 46508, 46522, 46536, 46542, 46553, 46561, 46570, 46591, 46614, 46628, 46642, 46658, 46675, 46691, 46705, 46719, 46740, 46763, 46777, 46791, 46807, 46824, 46840, 46854, 46868, 46890, 46914, 46929, 46944, 46961, 46979, 46996, 47011, 47026, 47032, 47047, 47064, 47079, 47088, 47098, 47108, 47124, 47136, 47154, 47170, 47180, 47190, 47209, 47218, 47228, 47241, 47255, 47267, 47289, 47307, 47326, 47343, 47348, 47358, 47370, 47381, 47388, 47393, 47402, 47411, 47419, 47428, 47438, 47446, 47457, 47465, 47470, 47475, 47481, 47488, 47495, 47501, 47517, 47530, 47553, 47573, 47593, 47613, 47636, 47663, 47687, 47711, 47735, 47762, 47769, 47778, 47788, 47796, 47803, 47813, 47821, 47828, 47840, 47847, 47856, 47862, 47870, 47879, 47890, 47902, 47912, 47921, 47933, 47943, 47952, 47980, 47986, 47993, 48005, 48014, 48028, 48038, 48045, 48058, 48065, 48074, 48084, 48103, 48120, 48136, 48148, 48158, 48176, 48187, 48200, 48212, 48225, 48238, 48248, 48256, 48265, 48275, 48283, 48292, 48302, 48318, 48332, 48348, 48363, 48377, 48392, 48398, 48407, 48417, 48429, 48438, 48448, 48462, 48473, 48484, 48496, 48505, 48515, 48526, 48537, 48547, 48555, 48564, 48575, 48587, 48597, 48606, 48618, 48628, 48637, 48655, 48674, 48693, 48713, 48735, 48754, 48772, 48786, 48801, 48822, 48840, 48853, 48867, 48889, 48908, 48922, 48937, 48947, 48958, 48970, 48983, 48996, 49010, 49029, 49037, 49055, 49064, 49070, 49077, 49084, 49100, 49118, 49133, 49150, 49164, 49180, 49200, 49220, 49241, 49256, 49272, 49287, 49303, 49315, 49327, 49340, 49357, 49365, 49380, 49400, 49417, 49439, 49453, 49472, 49490, 49499, 49508, 49512, 49519, 49542, 49562, 49581, 49596, 49612, 49634, 49653, 49667, 49682, 49705, 49725, 49740, 49756, 49767, 49779, 49792, 49808, 49828, 49842, 49857, 49872, 49886, 49902, 49918, 49932, 49944, 49955, 49973, 49996, 50014, 50032, 50056, 50081, 50103, 50131, 50160, 50186, 50216, 50242, 50258, 50270, 50276, 50298, 50307, 50317, 50332, 50348, 50355, 50363, 50376, 50389, 50403, 50409, 50417, 50426, 50437, 50449, 50459, 50468, 50480, 50490, 50499, 50507, 50517, 50526, 50536, 50544, 50555, 50565, 50576, 50592, 50601, 50610, 50618, 50628, 50637, 50658, 50680, 50699, 50724, 50750, 50773, 50800, 50823, 50829, 50837, 50844, 50854, 50873, 50890, 50905, 50916, 50928, 50940, 50947, 50959, 50969, 50976, 50992, 51006, 51022, 51049, 51070, 51090, 51112, 51139, 51159, 51178, 51192, 51212, 51240, 51263, 51278, 51305, 51313, 51338, 51350, 51368, 51385, 51402, 51418, 51430, 51442, 51453, 51468, 51484, 51503, 51524, 51543, 51559, 51572, 51579, 51587, 51600, 51618, 51637, 51655, 51673, 51691, 51717, 51732, 51747, 51764, 51773, 51800, 51816, 51828, 51844, 51854, 51869, 51887, 51909, 51925, 51942, 51959, 51975, 51993, 52011, 52027, 52044, 52050, 52055, 52065, 52078, 52099, 52117, 52134, 52147, 52161, 52171, 52182, 52199, 52210, 52222, 52234, 52245, 52257, 52270, 52284, 52304, 52321, 52333, 52346, 52367, 52385, 52398, 52412, 52425, 52434, 52445, 52457, 52466, 52476, 52483, 52492, 52498, 52507, 52527, 52545, 52565, 52589, 52613, 52632, 52639, 52657, 52673, 52691, 52713, 52735, 52752, 52760, 52775, 52790, 52806, 52823, 52837, 52853, 52866, 52881, 52900, 52907, 52919, 52931, 52953, 52978, 53001, 53026, 53040, 53057, 53072, 53089, 53102, 53112, 53126, 53145, 53160, 53176, 53192, 53207, 53222, 53244, 53262, 53272, 53280, 53292, 53305, 53318, 53336, 53350, 53365, 53379, 53393, 53414, 53431, 53437, 53448, 53459, 53476, 53489, 53497, 53506, 53522, 53529, 53536, 53542, 53549, 53556, 53563, 53569, 53576, 53583, 53598, 53619, 53637, 53656, 53664, 53672, 53681, 53689, 53698, 53708, 53718, 53728, 53740, 53758, 53767, 53777, 53788, 53795, 53804, 53816, 53837, 53860, 53874, 53888, 53904, 53921, 53937, 53951, 53965, 53986, 54009, 54023, 54037, 54053, 54070, 54086, 54100, 54114, 54126, 54140, 54153, 54167, 54179, 54190, 54202, 54216, 54227, 54247, 54274, 54295, 54323, 54347, 54364, 54383, 54409, 54429, 54456, 54479, 54495, 54516, 54544, 54566, 54595, 54620, 54638, 54657, 54683, 54703, 54730, 54753, 54769, 54784, 54804, 54820, 54837, 54853, 54869, 54892, 54911, 54922, 54934, 54952, 54971, 54985, 55004, 55024, 55038, 55052, 55060, 55069, 55077, 55086, 55094, 55105, 55113, 55130, 55137, 55145, 55154, 55163, 55175, 55183, 55203, 55210, 55216, 55236, 55243, 55257, 55277, 55298, 55316, 55340, 55365, 55387, 55413, 55435, 55448, 55467, 55487, 55504, 55527, 55551, 55572, 55597, 55618, 55638, 55648, 55668, 55686, 55699, 55713, 55720, 55727, 55734, 55739, 55745, 55756, 55768, 55774, 55781, 55799, 55811, 55823, 55836, 55850, 55866, 55885, 55899, 55924, 55942, 55968, 56002, 56029, 56064, 56090, 56115, 56141, 56167, 56198, 56232, 56249, 56265, 56282, 56299, 56321, 56356, 56384, 56420, 56447, 56473, 56500, 56527, 56559, 56594, 56619, 56634, 56651, 56666, 56675, 56687, 56694, 56702, 56714, 56725, 56741, 56753, 56764, 56777, 56789, 56806, 56818, 56837, 56852, 56859, 56868, 56884, 56902, 56918, 56931, 56940, 56952, 56969, 56982, 56996, 57009, 57022, 57042, 57058, 57068, 57072, 57077, 57087, 57095, 57103, 57121, 57127, 57134, 57145, 57163, 57177, 57190, 57197, 57205, 57229, 57242, 57259, 57275, 57291, 57307, 57324, 57333, 57357, 57371, 57384, 57402, 57416, 57429, 57444, 57458, 57472, 57496, 57518, 57535, 57553, 57574, 57591, 57605, 57617, 57624, 57635, 57647, 57666, 57687, 57699, 57711, 57725, 57740, 57754, 57766, 57778, 57783, 57789, 57796, 57806, 57817, 57831, 57849, 57861, 57874, 57887, 57899, 57912, 57926, 57941, 57955, 57967, 57980, 57990, 58007, 58025, 58043, 58062, 58069, 58082, 58090, 58095, 58105, 58118, 58139, 58157, 58174, 58187, 58201, 58211, 58222, 58239, 58250, 58262, 58274, 58285, 58298, 58318, 58335, 58347, 58360, 58381, 58399, 58412, 58426, 58439, 58448, 58459, 58471, 58481, 58491, 58498, 58505, 58529, 58550, 58570, 58586, 58603, 58626, 58646, 58661, 58677, 58701, 58722, 58738, 58755, 58767, 58780, 58797, 58805, 58811, 58829, 58850, 58868, 58886, 58906, 58917, 58928, 58941, 58955, 58968, 58979, 58990, 58999, 59018, 59039, 59051, 59063, 59077, 59092, 59106, 59118, 59130, 59139, 59149, 59161, 59170, 59175, 59180, 59186, 59196, 59206, 59221, 59234, 59250, 59262, 59277, 59289, 59304, 59317, 59333, 59347, 59364, 59374, 59391, 59405, 59415, 59431, 59444, 59460, 59475, 59492, 59507, 59524, 59537, 59548, 59563, 59576, 59592, 59602, 59614, 59629, 59644, 59661, 59680, 59694, 59708, 59722, 59736, 59750, 59766, 59772, 59782, 59789, 59812, 59822, 59841, 59856, 59874, 59884, 59893, 59900, 59905, 59911, 59915, 59921, 59931, 59938, 59951, 59965, 59980, 59995, 60007, 60020, 60035, 60048, 60059, 60071, 60086, 60107, 60123, 60142, 60160, 60184, 60203, 60227, 60252, 60277, 60298, 60320, 60342, 60348, 60364, 60378, 60388, 60401, 60407, 60421, 60436, 60451, 60469, 60488, 60501, 60517, 60529, 60544, 60556, 60571, 60586, 60602, 60615, 60631, 60646, 60662, 60676, 60693, 60710, 60728, 60747, 60761, 60774, 60788, 60804, 60817, 60833, 60848, 60865, 60880, 60897, 60910, 60921, 60936, 60949, 60965, 60980, 60995, 61012, 61031, 61058, 61088, 61116, 61146, 61165, 61187, 61207, 61229, 61240, 61264, 61287, 61307, 61317, 61337, 61355, 61368, 61382, 61395, 61411, 61428, 61440, 61456, 61473, 61485, 61496, 61507, 61519, 61531, 61556, 61571, 61596, 61619, 61637, 61656, 61671, 61689, 61711, 61727, 61744, 61761, 61777, 61795, 61813, 61829, 61838, 61847, 61857, 61868, 61876, 61900, 61921, 61941, 61957, 61974, 61997, 62017, 62032, 62048, 62072, 62093, 62114, 62137, 62157, 62179, 62198, 62214, 62235, 62260, 62277, 62289, 62302, 62317, 62336, 62350, 62357, 62365, 62387, 62402, 62418, 62435, 62452, 62470, 62489, 62508, 62528, 62548, 62569, 62584, 62600, 62617, 62639, 62659, 62674, 62687, 62701, 62715, 62730, 62746, 62763, 62777, 62792, 62805, 62818, 62832, 62850, 62866, 62879, 62886, 62894, 62911, 62929, 62948, 62970, 62993, 63002, 63009, 63024, 63041, 63056, 63068, 63074, 63087, 63102, 63115, 63124, 63134, 63144, 63156, 63166, 63179, 63191, 63196, 63209, 63223, 63228, 63234, 63265, 63296, 63323, 63349, 63376, 63404, 63436, 63460, 63484, 63504, 63523, 63543, 63564, 63589, 63614, 63639, 63660, 63680, 63701, 63723, 63749, 63775, 63801, 63823, 63844, 63866, 63889, 63916, 63934, 63953, 63973, 63988, 64004, 64020, 64037, 64050, 64065, 64091, 64117, 64139, 64160, 64182, 64205, 64232, 64254, 64274, 64295, 64313, 64332, 64351, 64371, 64390, 64407, 64433, 64455, 64475, 64495, 64519, 64539, 64557, 64575, 64592, 64610, 64623, 64643, 64659, 64676, 64694, 64713, 64736, 64752, 64776, 64795, 64827, 64852, 64885, 64909, 64932, 64956, 64980, 65009, 65041, 65056, 65070, 65095, 65108, 65123, 65138, 65158, 65174, 65194, 65227, 65253, 65287, 65312, 65336, 65361, 65386, 65416, 65449, 65472, 65492, 65512, 65528, 65543, 65559, 65576, 65597, 65618, 65639, 65656, 65672, 65689, 65707, 65729, 65743, 65754, 65763, 65785, 65807, 65827, 65847, 65862, 65878, 65894, 65911, 65921, 65941, 65962, 65980, 65999, 66019, 66039, 66060, 66080, 66100, 66115, 66131, 66142, 66160, 66179, 66201, 66222, 66240, 66251, 66270, 66290, 66304, 66319, 66334, 66350, 66365, 66381, 66396, 66411, 66431, 66440, 66457, 66474, 66479, 66490, 66502, 66512, 66523, 66542, 66562, 66574, 66589, 66605, 66622, 66641, 66661, 66679, 66698, 66712, 66729, 66747, 66763, 66780, 66801, 66823, 66847, 66872, 66895, 66919, 66941, 66964, 66985, 67007, 67027, 67048, 67068, 67089, 67104, 67120, 67135, 67151, 67174, 67196, 67216, 67237, 67260, 67284, 67306, 67329, 67356, 67387, 67417, 67448, 67483, 67517, 67552, 67585, 67618, 67652, 67683, 67712, 67741, 67771, 67792, 67814, 67834, 67855, 67880, 67906, 67934, 67963, 67990, 68018, 68044, 68071, 68096, 68122, 68146, 68171, 68195, 68220, 68239, 68259, 68278, 68298, 68312, 68330, 68341, 68353, 68366, 68379, 68393, 68406, 68424, 68450, 68469, 68490, 68510, 68531, 68552, 68570, 68583, 68598, 68613, 68628, 68644, 68656, 68674, 68691, 68702, 68718, 68733, 68744, 68764, 68792, 68813, 68836, 68858, 68881, 68904, 68924, 68934, 68948, 68961, 68976, 68990, 69006, 69021, 69033, 69043, 69051, 69064, 69083, 69102, 69119, 69133, 69142, 69153, 69165, 69184, 69200, 69217, 69236, 69256, 69274, 69293, 69310, 69328, 69344, 69361, 69382, 69404, 69428, 69453, 69476, 69500, 69522, 69545, 69566, 69588, 69608, 69629, 69649, 69670, 69685, 69701, 69716, 69732, 69745, 69758, 69772, 69787, 69801, 69815, 69830, 69847, 69866, 69885, 69908, 69931, 69948, 69963, 69980, 69994, 70009, 70020, 70032, 70042, 70053, 70066, 70080, 70091, 70104, 70120, 70137, 70148, 70163, 70177, 70197, 70214, 70223, 70233, 70255, 70276, 70293, 70309, 70321, 70334, 70344, 70358, 70369, 70381, 70401, 70420, 70439, 70452, 70466, 70484, 70501, 70517, 70533, 70541, 70555, 70571, 70582, 70601, 70627, 70654, 70688, 70716, 70736, 70748, 70767, 70787, 70814, 70835, 70848, 70865, 70889, 70914, 70946, 70972, 70990, 71006, 71029, 71053, 71084, 71109, 71126, 71140, 71161, 71183, 71212, 71235, 71250, 71267, 71291, 71316, 71348, 71374, 71392, 71399, 71419, 71437, 71457, 71476, 71494, 71513, 71530, 71545, 71562, 71583, 71604, 71620, 71640, 71659, 71670, 71689, 71700, 71709, 71721, 71739, 71754, 71769, 71784, 71802, 71824, 71843, 71862, 71881, 71903, 71913, 71933, 71947, 71957, 71968, 71981, 72002, 72020, 72034, 72048, 72058, 72078, 72087, 72098, 72105, 72116, 72128, 72138, 72149, 72155, 72161, 72184, 72200, 72211, 72226, 72242, 72260, 72276, 72289, 72304, 72316, 72325, 72346, 72358, 72365, 72372, 72380, 72394, 72401, 72407, 72416, 72426, 72434, 72441, 72451, 72459, 72465, 72472, 72481, 72493, 72506, 72520, 72526, 72551, 72568, 72586, 72599, 72616, 72634, 72654, 72662, 72668, 72684, 72693, 72699, 72714, 72730, 72743, 72758, 72771, 72781, 72786, 72797, 72809, 72818, 72828, 72843, 72853, 72872, 72892, 72902, 72918, 72928, 72937, 72947, 72954, 72962, 72971, 72985, 72991, 73013, 73032, 73050, 73064, 73079, 73090, 73111, 73129, 73142, 73156, 73178, 73197, 73216, 73237, 73255, 73275, 73292, 73306, 73325, 73348, 73363, 73373, 73384, 73390, 73404, 73410, 73418, 73436, 73443, 73451, 73463, 73476, 73490, 73502, 73518, 73534, 73552, 73565, 73577, 73593, 73622, 73654, 73684, 73716, 73737, 73761, 73783, 73807, 73817, 73828, 73836, 73845, 73860, 73867, 73875, 73885, 73899, 73909, 73917, 73929, 73941, 73955, 73973, 73992, 74004, 74021, 74031, 74059, 74090, 74119, 74150, 74170, 74193, 74214, 74237, 74247, 74255, 74264, 74272, 74299, 74305, 74314, 74328, 74345, 74357, 74370, 74384, 74399, 74417, 74430, 74444, 74459, 74469, 74476, 74486, 74494, 74505, 74524, 74546, 74555, 74566, 74576, 74586, 74595, 74621, 74639, 74665, 74685, 74707, 74726, 74750, 74757, 74765, 74775, 74786, 74795, 74803, 74814, 74823, 74831, 74836, 74842, 74856, 74864, 74870, 74886, 74903, 74920, 74935, 74950, 74967, 74982, 74999, 75015, 75033, 75049, 75061, 75076, 75090, 75104, 75119, 75134, 75147, 75160, 75175, 75188, 75203, 75217, 75233, 75247, 75257, 75270, 75282, 75301, 75319, 75335, 75354, 75376, 75399, 75416, 75434, 75452, 75468, 75484, 75502, 75518, 75536, 75553, 75572, 75589, 75602, 75618, 75633, 75642, 75657, 75673, 75689, 75703, 75717, 75733, 75747, 75763, 75778, 75795, 75810, 75821, 75835, 75848, 75854, 75875, 75897, 75918, 75931, 75948, 75962, 75980, 75995, 76006, 76025, 76038, 76053, 76069, 76079, 76101, 76124, 76146, 76160, 76178, 76193, 76212, 76228, 76240, 76260, 76274, 76290, 76307, 76313, 76320, 76352, 76384, 76412, 76439, 76467, 76496, 76529, 76554, 76579, 76600, 76620, 76641, 76663, 76689, 76715, 76741, 76763, 76784, 76806, 76829, 76856, 76883, 76910, 76933, 76955, 76978, 77002, 77030, 77050, 77066, 77083, 77100, 77118, 77132, 77148, 77175, 77202, 77225, 77247, 77270, 77294, 77322, 77343, 77365, 77384, 77404, 77422, 77449, 77472, 77493, 77514, 77539, 77560, 77579, 77598, 77616, 77635, 77649, 77667, 77686, 77706, 77726, 77742, 77757, 77783, 77797, 77813, 77830, 77851, 77872, 77893, 77910, 77926, 77943, 77961, 77983, 78005, 78027, 78045, 78062, 78080, 78099, 78122, 78137, 78160, 78183, 78204, 78225, 78241, 78258, 78275, 78293, 78314, 78336, 78357, 78378, 78397, 78417, 78437, 78458, 78473, 78489, 78506, 78522, 78539, 78555, 78571, 78578, 78585, 78596, 78609, 78613, 78618, 78648, 78678, 78704, 78729, 78755, 78782, 78813, 78836, 78859, 78878, 78896, 78915, 78935, 78959, 78983, 79007, 79027, 79046, 79066, 79087, 79112, 79137, 79162, 79183, 79203, 79224, 79246, 79272, 79291, 79303, 79317, 79342, 79367, 79388, 79408, 79429, 79451, 79477, 79498, 79516, 79535, 79553, 79569, 79594, 79615, 79634, 79653, 79676, 79695, 79712, 79729, 79741, 79760, 79778, 79796, 79810, 79823, 79847, 79859, 79873, 79888, 79907, 79926, 79945, 79960, 79974, 79989, 80005, 80025, 80045, 80065, 80081, 80096, 80112, 80129, 80150, 80163, 80184, 80205, 80224, 80243, 80262, 80282, 80299, 80317, 80336, 80356, 80375, 80394, 80408, 80423, 80444, 80458, 80473, 80489, 80505, 80512, 80518, 80535, 80544, 80559, 80575, 80593, 80607, 80621, 80637, 80650, 80664, 80674, 80681, 80687, 80708, 80730, 80749, 80761, 80781, 80799, 80814, 80835, 80848, 80876, 80897, 80926, 80946, 80965, 80985, 81005, 81030, 81058, 81069, 81079, 81096, 81110, 81119, 81133, 81151, 81166, 81177, 81196, 81207, 81220, 81235, 81246, 81262, 81278, 81307, 81329, 81359, 81380, 81400, 81421, 81442, 81468, 81497, 81516, 81527, 81538, 81547, 81559, 81575, 81594, 81609, 81627, 81642, 81660, 81676, 81695, 81712, 81732, 81748, 81767, 81785, 81805, 81823, 81843, 81857, 81875, 81891, 81910, 81928, 81948, 81953, 81964, 81976, 81990, 82000, 82010, 82022, 82031, 82041, 82055, 82070, 82079, 82086, 82093, 82107, 82123, 82137, 82148, 82156, 82170, 82187, 82208, 82223, 82239, 82255, 82270, 82287, 82304, 82319, 82326, 82340, 82356, 82370, 82381, 82388, 82393, 82401, 82410, 82425, 82441, 82455, 82473, 82495, 82508, 82522, 82541, 82560, 82578, 82599, 82618, 82638, 82660, 82686, 82703, 82728, 82751, 82775, 82796, 82821, 82847, 82871, 82895, 82920, 82941, 82963, 82983, 83003, 83022, 83043, 83064, 83079, 83096, 83109, 83125, 83139, 83157, 83176, 83194, 83209, 83229, 83254, 83274, 83292, 83308, 83322, 83339, 83352, 83362, 83373, 83383, 83397, 83404, 83417, 83431, 83442, 83456, 83469, 83479, 83492, 83500, 83514, 83528, 83547, 83566, 83581, 83594, 83610, 83629, 83648, 83672, 83696, 83716, 83734, 83755, 83772, 83781, 83812, 83841, 83875, 83906, 83940, 83971, 84004, 84032, 84051, 84065, 84088, 84108, 84129, 84155, 84178, 84198, 84223, 84249, 84274, 84298, 84321, 84346, 84371, 84392, 84411, 84431, 84453, 84477, 84494, 84516, 84530, 84553, 84566, 84581, 84594, 84606, 84619, 84627, 84638, 84650, 84659, 84671, 84683, 84693, 84704, 84714, 84728, 84737, 84747, 84758, 84774, 84789, 84802, 84817, 84833, 84851, 84870, 84887, 84905, 84921, 84938, 84953, 84969, 84983, 84998, 85012, 85027, 85045, 85065, 85080, 85088, 85102, 85117, 85134, 85155, 85167, 85187, 85205, 85224, 85245, 85270, 85286, 85310, 85335, 85358, 85381, 85405, 85425, 85446, 85465, 85484, 85504, 85520, 85533, 85542, 85555, 85565, 85585, 85606, 85624, 85648, 85673, 85695, 85721, 85743, 85754, 85767, 85784, 85795, 85804, 85816, 85825, 85835, 85864, 85891, 85923, 85952, 85984, 86013, 86044, 86070, 86091, 86110, 86134, 86155, 86173, 86196, 86220, 86241, 86264, 86287, 86306, 86323, 86341, 86355, 86369, 86388, 86407, 86422, 86435, 86451, 86460, 86475, 86490, 86510, 86530, 86546, 86560, 86577, 86586, 86597, 86616, 86636, 86653, 86676, 86700, 86721, 86746, 86767, 86782, 86798, 86814, 86835, 86856, 86873, 86888, 86906, 86912, 86924, 86937, 86950, 86968, 86985, 87005, 87026, 87048, 87064, 87082, 87101, 87122, 87140, 87163, 87186, 87207, 87240, 87260, 87271, 87283, 87303, 87324, 87337, 87349, 87371, 87392, 87416, 87441, 87467, 87487, 87509, 87532, 87557, 87579, 87606, 87633, 87658, 87695, 87719, 87741, 87762, 87786, 87811, 87837, 87857, 87879, 87902, 87927, 87949, 87976, 88003, 88028, 88065, 88089, 88100, 88110, 88125, 88139, 88154, 88173, 88185, 88204, 88221, 88234, 88245, 88258, 88272, 88286, 88301, 88329, 88358, 88386, 88411, 88441, 88476, 88506, 88534, 88560, 88584, 88611, 88634, 88658, 88681, 88701, 88726, 88756, 88781, 88804, 88825, 88844, 88866, 88880, 88891, 88905, 88921, 88935, 88950, 88966, 88982, 88999, 89029, 89060, 89090, 89117, 89149, 89186, 89218, 89248, 89276, 89302, 89331, 89356, 89382, 89407, 89429, 89456, 89488, 89515, 89540, 89563, 89584, 89608, 89624, 89646, 89670, 89699, 89720, 89740, 89753, 89764, 89776, 89791, 89803, 89814, 89823, 89839, 89855, 89868, 89882, 89904, 89928, 89957, 89978, 89998, 90018, 90038, 90050, 90066, 90084, 90099, 90116, 90132, 90147, 90165, 90184, 90204, 90218, 90234, 90251, 90270, 90286, 90307, 90328, 90347, 90378, 90396, 90418, 90439, 90463, 90488, 90514, 90534, 90556, 90579, 90604, 90626, 90653, 90680, 90705, 90742, 90766, 90782, 90797, 90815, 90834, 90854, 90868, 90884, 90901, 90920, 90936, 90957, 90978, 90997, 91028, 91046, 91057, 91069, 91082, 91103, 91115, 91126, 91139, 91154, 91168, 91185, 91203, 91222, 91235, 91250, 91266, 91284, 91299, 91319, 91339, 91357, 91387, 91404, 91417, 91437, 91456, 91478, 91501, 91525, 91543, 91563, 91584, 91607, 91627, 91652, 91677, 91700, 91735, 91757, 91775, 91795, 91820, 91837, 91853, 91867, 91881, 91896, 91912, 91927, 91939, 91954, 91974, 91993, 92016, 92038, 92061, 92085, 92110, 92128, 92148, 92178, 92199, 92221, 92244, 92265, 92285, 92310, 92335, 92358, 92393, 92415, 92425, 92440, 92456, 92474, 92494, 92514, 92538, 92562, 92580, 92596, 92614, 92629, 92645, 92656, 92668, 92681, 92693, 92703, 92717, 92732, 92755, 92780, 92810, 92832, 92853, 92865, 92885, 92907, 92934, 92953, 92971, 92985, 93001, 93018, 93036, 93053, 93065, 93075, 93086, 93102, 93117, 93135, 93154, 93174, 93188, 93204, 93221, 93240, 93256, 93277, 93298, 93317, 93348, 93366, 93386, 93405, 93427, 93450, 93474, 93492, 93512, 93533, 93556, 93576, 93601, 93626, 93649, 93684, 93706, 93717, 93730, 93744, 93755, 93768, 93783, 93798, 93814, 93828, 93840, 93853, 93879, 93900, 93920, 93933, 93947, 93962, 93973, 93989, 94004, 94022, 94041, 94061, 94075, 94091, 94108, 94127, 94143, 94164, 94185, 94204, 94235, 94253, 94270, 94287, 94304, 94319, 94338, 94350, 94365, 94385, 94404, 94426, 94449, 94473, 94491, 94511, 94532, 94555, 94575, 94600, 94625, 94648, 94683, 94705, 94722, 94734, 94741, 94754, 94768, 94784, 94804, 94815, 94832, 94848, 94867, 94884, 94902, 94922, 94946, 94961, 94984, 95008, 95030, 95052, 95075, 95094, 95114, 95132, 95150, 95169, 95188, 95203, 95231, 95257, 95288, 95316, 95347, 95375, 95405, 95430, 95441, 95461, 95478, 95496, 95519, 95539, 95556, 95578, 95601, 95623, 95644, 95664, 95686, 95708, 95726, 95742, 95759, 95778, 95792, 95803, 95818, 95828, 95840, 95849, 95859, 95871, 95880, 95891, 95897, 95904, 95916, 95920, 95928, 95939, 95947, 95962, 95975, 95989, 96007, 96018, 96031, 96044, 96059, 96074, 96096, 96111, 96122, 96135, 96151, 96171, 96181, 96190, 96201, 96212, 96226, 96231, 96238, 96246, 96258, 96270, 96289, 96302, 96316, 96331, 96350, 96370, 96383, 96403, 96414, 96419, 96425, 96438, 96456, 96471, 96491, 96502, 96520, 96533, 96543, 96557, 96569, 96580, 96599, 96609, 96620, 96636, 96646, 96662, 96676, 96696, 96709, 96722, 96736, 96744, 96756, 96762, 96769, 96778, 96787, 96805, 96822, 96844, 96861, 96872, 96897, 96922, 96941, 96964, 96973, 96983, 96991, 97001, 97022, 97040, 97058, 97076, 97096, 97111, 97127, 97143, 97157, 97172, 97185, 97198, 97210, 97227, 97240, 97245, 97259, 97271, 97285, 97307, 97327, 97349, 97363, 97377, 97392, 97398, 97405, 97415, 97425, 97436, 97449, 97452, 97456, 97464, 97470, 97482, 97492, 97504, 97514, 97525, 97535, 97549, 97559, 97568, 97581, 97592, 97605, 97616, 97628, 97639, 97654, 97665, 97674, 97684, 97696, 97699, 97703, 97716, 97735, 97755, 97774, 97793, 97812, 97822, 97833, 97851, 97867, 97887, 97895, 97918, 97946, 97961, 97967, 97989, 98018, 98030, 98046, 98059, 98068, 98085, 98096, 98109, 98123, 98138, 98151, 98168, 98191, 98212, 98237, 98250, 98261, 98281, 98299, 98321, 98342, 98361, 98384, 98403, 98420, 98441, 98463, 98483, 98507, 98522, 98543, 98562, 98585, 98601, 98615, 98633, 98646, 98660, 98674, 98686, 98702, 98710, 98724, 98752, 98778, 98808, 98826, 98842, 98867, 98890, 98917, 98943, 98967, 98995, 99019, 99041, 99067, 99094, 99119, 99148, 99168, 99194, 99218, 99246, 99263, 99278, 99297, 99307, 99323, 99337, 99355, 99375, 99397, 99406, 99411, 99421, 99432, 99446, 99461, 99484, 99509, 99525, 99540, 99553, 99573, 99596, 99623, 99640, 99658, 99680, 99692, 99701, 99711, 99724, 99738, 99760, 99784, 99799, 99820, 99836, 99856, 99875, 99894, 99913, 99929, 99946, 99963, 99982, 99996, 100014, 100031, 100048, 100065, 100079, 100094, 100109, 100129, 100144, 100163, 100181, 100199, 100217, 100232, 100248, 100264, 100274, 100310, 100316, 100328, 100333, 100345, 100359, 100372, 100387, 100395, 100404, 100414, 100431, 100447, 100455, 100464, 100474, 100487, 100491, 100509, 100541, 100561, 100589, 100609, 100624, 100643, 100661, 100679, 100697, 100712, 100728, 100744, 100762, 100775, 100792, 100808, 100824, 100840, 100853, 100867, 100881, 100893, 100912, 100926, 100944, 100961, 100978, 100995, 101009, 101024, 101039, 101047, 101058, 101083, 101096, 101117, 101128, 101135, 101142, 101151, 101173, 101199, 101218, 101237, 101258, 101285, 101305, 101325, 101347, 101362, 101377, 101394, 101419, 101437, 101455, 101475, 101486, 101496, 101504, 101519, 101539, 101556, 101570, 101584, 101601, 101617, 101630, 101643, 101662, 101677, 101689, 101693, 101712, 101732, 101751, 101762, 101777, 101789, 101805, 101818, 101827, 101844, 101855, 101868, 101882, 101891, 101898, 101904, 101912, 101921, 101939, 101963, 101987, 102010, 102031, 102056, 102069, 102097, 102130, 102141, 102168, 102202, 102221, 102241, 102259, 102281, 102302, 102321, 102344, 102362, 102381, 102400, 102417, 102438, 102451, 102473, 102493, 102517, 102532, 102553, 102572, 102595, 102620, 102647, 102661, 102668, 102676, 102685, 102695, 102703, 102720, 102736, 102757, 102773, 102783, 102807, 102831, 102849, 102871, 102879, 102888, 102902, 102917, 102930, 102944, 102957, 102971, 102986, 103000, 103016, 103033, 103048, 103064, 103084, 103105, 103127, 103140, 103154, 103171, 103189, 103208, 103217, 103227, 103246, 103257, 103270, 103289, 103309, 103326, 103344, 103364, 103385, 103404, 103424, 103442, 103462, 103484, 103507, 103520, 103534, 103547, 103555, 103571, 103592, 103616, 103644, 103662, 103681, 103704, 103717, 103732, 103745, 103760, 103773, 103787, 103800, 103817, 103830, 103846, 103860, 103876, 103890, 103905, 103919, 103937, 103951, 103958, 103967, 103994, 104018, 104044, 104070, 104099, 104107, 104122, 104132, 104144, 104158, 104171, 104182, 104193, 104211, 104224, 104239, 104256, 104272, 104286, 104297, 104315, 104328, 104343, 104360, 104376, 104390, 104396, 104416, 104436, 104458, 104474, 104496, 104511, 104534, 104544, 104561, 104573, 104587, 104603, 104618, 104631, 104637, 104650, 104668, 104689, 104714, 104729, 104745, 104765, 104775, 104789, 104806, 104827, 104851, 104872, 104893, 104909, 104919, 104938, 104956, 104966, 104977, 104984, 104993, 104999, 105006, 105011, 105021, 105032, 105044, 105053, 105063, 105077, 105088, 105100, 105107, 105115, 105124, 105138, 105150, 105164, 105176, 105189, 105201, 105217, 105229, 105244, 105257, 105272, 105285, 105299, 105312, 105329, 105342, 105350, 105360, 105378, 105401, 105427, 105457, 105477, 105498, 105523, 105538, 105546, 105555, 105573, 105596, 105622, 105652, 105672, 105693, 105718, 105733, 105746, 105752, 105763, 105777, 105787, 105801, 105813, 105827, 105837, 105851, 105862, 105876, 105889, 105905, 105925, 105948, 105968, 105988, 106003, 106008, 106012, 106019, 106025, 106029, 106032, 106046, 106061, 106072, 106089, 106103, 106113, 106130, 106135, 106142, 106145, 106156, 106163, 106169, 106182, 106189, 106197, 106213, 106231, 106241, 106252, 106267, 106281, 106296, 106313, 106330, 106360, 106372, 106385, 106393, 106400, 106417, 106438, 106457, 106475, 106491, 106509, 106524, 106538, 106559, 106578, 106596, 106612, 106630, 106642, 106656, 106677, 106696, 106714, 106730, 106748, 106770, 106790, 106809, 106826, 106845, 106856, 106867, 106877, 106886, 106897, 106902, 106909, 106924, 106940, 106952, 106970, 106985, 106996, 107014, 107020, 107029, 107033, 107040, 107045, 107055, 107066, 107081, 107097, 107117, 107138, 107144, 107168, 107190, 107207, 107232, 107252, 107278, 107299, 107328, 107352, 107379, 107401, 107431, 107456, 107483, 107505, 107535, 107560, 107585, 107605, 107633, 107656, 107685, 107709, 107741, 107768, 107798, 107823, 107856, 107884, 107914, 107939, 107972, 108000, 108011, 108022, 108035, 108045, 108057, 108064, 108077, 108095, 108115, 108130, 108149, 108167, 108185, 108203, 108218, 108234, 108250, 108268, 108281, 108298, 108314, 108330, 108346, 108359, 108373, 108387, 108399, 108418, 108432, 108450, 108467, 108484, 108501, 108515, 108530, 108545, 108556, 108562, 108568, 108575, 108586, 108597, 108615, 108627, 108640, 108654, 108665, 108683, 108695, 108714, 108730, 108742, 108761, 108769, 108778, 108788, 108809, 108826, 108847, 108869, 108884, 108906, 108910, 108915, 108926, 108939, 108951, 108960, 108971, 108986, 109003, 109019, 109032, 109047, 109053, 109066, 109081, 109090, 109100, 109115, 109127, 109141, 109155, 109172, 109185, 109195, 109207, 109219, 109234, 109256, 109276, 109294, 109317, 109336, 109356, 109386, 109414, 109440, 109471, 109498, 109526, 109558, 109588, 109616, 109649, 109678, 109708, 109744, 109778, 109810, 109847, 109880, 109914, 109926, 109947, 109967, 109992, 110012, 110026, 110054, 110082, 110106, 110128, 110148, 110173, 110194, 110216, 110238, 110266, 110292, 110316, 110345, 110370, 110396, 110422, 110430, 110440, 110451, 110466, 110482, 110502, 110523, 110530, 110537, 110551, 110559, 110570, 110582, 110593, 110601, 110614, 110624, 110638, 110647, 110651, 110656, 110670, 110685, 110692, 110707, 110723, 110731, 110739, 110750, 110772, 110790, 110812, 110835, 110851, 110874, 110888, 110913, 110934, 110959, 110985, 111004, 111030, 111035, 111058, 111080, 111091, 111099, 111108, 111120, 111127, 111138, 111158, 111180, 111197, 111217, 111235, 111254, 111271, 111282, 111293, 111305, 111319, 111329, 111353, 111379, 111400, 111415, 111430, 111446, 111464, 111484, 111508, 111527, 111543, 111563, 111578, 111589, 111601, 111615, 111627, 111638, 111649, 111667, 111682, 111696, 111707, 111714, 111729, 111749, 111772, 111799, 111816, 111834, 111856, 111868, 111889, 111907, 111924, 111938, 111951, 111959, 111968, 111975, 111983, 111991, 112000, 112012, 112024, 112035, 112047, 112060, 112073, 112087, 112105, 112124, 112136, 112149, 112169, 112189, 112207, 112231, 112248, 112274, 112299, 112328, 112342, 112356, 112379, 112406, 112433, 112464, 112489, 112510, 112541, 112571, 112605, 112624, 112652, 112684, 112716, 112752, 112782, 112808, 112838, 112862, 112884, 112911, 112942, 112965, 112990, 113012, 113039, 113058, 113080, 113096, 113113, 113143, 113173, 113195, 113219, 113245, 113273, 113288, 113297, 113309, 113322, 113338, 113354, 113369, 113385, 113402, 113419, 113437, 113459, 113482, 113498, 113515, 113542, 113566, 113590, 113614, 113640, 113661, 113683, 113705, 113725, 113746, 113765, 113784, 113802, 113815, 113829, 113840, 113852, 113865, 113885, 113906, 113925, 113945, 113966, 113983, 114001, 114014, 114028, 114037, 114054, 114064, 114075, 114090, 114106, 114126, 114147, 114154, 114162, 114171, 114189, 114210, 114228, 114252, 114276, 114304, 114337, 114364, 114398, 114415, 114434, 114459, 114486, 114500, 114511, 114523, 114538, 114560, 114575, 114589, 114605, 114625, 114640, 114656, 114678, 114692, 114706, 114722, 114739, 114757, 114775, 114796, 114818, 114843, 114868, 114899, 114925, 114948, 114976, 114991, 115007, 115027, 115047, 115073, 115094, 115112, 115135, 115153, 115175, 115197, 115204, 115221, 115244, 115267, 115281, 115296, 115314, 115329, 115345, 115358, 115385, 115417, 115428, 115454, 115487, 115498, 115514, 115531, 115545, 115560, 115579, 115599, 115623, 115648, 115668, 115689, 115707, 115731, 115757, 115771, 115783, 115795, 115802, 115812, 115823, 115838, 115853, 115869, 115886, 115902, 115909, 115921, 115942, 115962, 115981, 115987, 115998, 116008, 116018, 116030, 116041, 116052, 116057, 116061, 116066, 116078, 116095, 116112, 116119, 116126, 116137, 116157, 116179, 116196, 116216, 116234, 116253, 116270, 116281, 116292, 116304, 116318, 116328, 116352, 116378, 116399, 116414, 116429, 116445, 116463, 116483, 116507, 116526, 116542, 116562, 116577, 116589, 116602, 116616, 116627, 116639, 116653, 116665, 116676, 116688, 116700, 116710, 116716, 116734, 116749, 116763, 116774, 116789, 116800, 116811, 116824, 116844, 116858, 116870, 116885, 116896, 116912, 116925, 116934, 116942, 116953, 116960, 116970, 116981, 116993, 117002, 117006, 117015, 117018, 117027, 117031, 117056, 117081, 117104, 117133, 117155, 117174, 117185, 117207, 117225, 117247, 117270, 117286, 117309, 117321, 117334, 117358, 117378, 117402, 117427, 117445, 117470, 117479, 117492, 117506, 117513, 117521, 117528, 117539, 117551, 117559, 117571, 117584, 117601, 117615, 117628, 117638, 117645, 117663, 117677, 117695, 117714, 117726, 117745, 117761, 117781, 117801, 117805, 117810, 117819, 117828, 117838, 117849, 117859, 117876, 117894, 117913, 117931, 117947, 117961, 117978, 117996, 118015, 118033, 118049, 118063, 118069, 118076, 118087, 118106, 118122, 118135, 118146, 118161, 118172, 118184, 118191, 118206, 118226, 118249, 118276, 118293, 118311, 118333, 118345, 118351, 118365, 118380, 118391, 118408, 118422, 118432, 118449, 118461, 118477, 118494, 118505, 118512, 118526, 118539, 118546, 118555, 118579, 118600, 118619, 118640, 118661, 118683, 118706, 118723, 118741, 118760, 118775, 118789, 118808, 118824, 118841, 118859, 118874, 118890, 118906, 118920, 118935, 118951, 118958, 118965, 118972, 118979, 118988, 118998, 119010, 119026, 119042, 119058, 119076, 119094, 119112, 119122, 119133, 119147, 119161, 119174, 119188, 119203, 119218, 119234, 119254, 119275, 119289, 119304, 119313, 119323, 119336, 119349, 119361, 119376, 119389, 119403, 119417, 119432, 119451, 119471, 119484, 119498, 119508, 119519, 119533, 119551, 119565, 119578, 119592, 119607, 119624, 119639, 119655, 119675, 119696, 119710, 119725, 119733, 119745, 119755, 119765, 119776, 119786, 119794, 119813, 119829, 119842, 119855, 119870, 119890, 119907, 119924, 119943, 119963, 119983, 119999, 120012, 120032, 120040, 120049, 120059, 120080, 120097, 120118, 120140, 120155, 120177, 120185, 120203, 120222, 120237, 120258, 120276, 120290, 120311, 120318, 120326, 120338, 120350, 120363, 120377, 120390, 120399, 120415, 120426, 120437, 120449, 120456, 120464, 120476, 120488, 120501, 120515, 120528, 120535, 120543, 120555, 120567, 120580, 120594, 120607, 120614, 120622, 120631, 120641, 120655, 120676, 120697, 120715, 120741, 120768, 120795, 120819, 120851, 120875, 120893, 120907, 120928, 120949, 120967, 120993, 121020, 121047, 121071, 121103, 121127, 121148, 121166, 121184, 121199, 121216, 121234, 121251, 121269, 121282, 121297, 121311, 121330, 121345, 121361, 121377, 121400, 121423, 121443, 121471, 121500, 121529, 121555, 121589, 121615, 121635, 121661, 121676, 121695, 121709, 121725, 121747, 121760, 121775, 121793, 121823, 121843, 121856, 121879, 121902, 121928, 121948, 121976, 122001, 122021, 122036, 122055, 122073, 122088, 122105, 122122, 122140, 122157, 122172, 122190, 122209, 122227, 122241, 122256, 122271, 122285, 122306, 122321, 122337, 122352, 122374, 122397, 122423, 122448, 122473, 122497, 122516, 122534, 122552, 122571, 122586, 122608, 122621, 122638, 122655, 122679, 122697, 122716, 122736, 122760, 122785, 122803, 122828, 122833, 122839, 122849, 122859, 122870, 122882, 122893, 122900, 122915, 122929, 122943, 122959, 122974, 122989, 123002, 123014, 123026, 123040, 123053, 123066, 123082, 123097, 123112, 123126, 123139, 123152, 123167, 123180, 123191, 123207, 123219, 123232, 123255, 123276, 123295, 123319, 123339, 123360, 123385, 123408, 123429, 123455, 123477, 123500, 123529, 123556, 123581, 123611, 123637, 123664, 123670, 123677, 123690, 123706, 123719, 123734, 123751, 123768, 123785, 123803, 123823, 123843, 123863, 123880, 123898, 123920, 123942, 123965, 123989, 124002, 124018, 124033, 124045, 124059, 124074, 124093, 124112, 124132, 124153, 124173, 124187, 124203, 124219, 124235, 124248, 124262, 124280, 124298, 124317, 124337, 124356, 124379, 124398, 124422, 124436, 124453, 124468, 124486, 124497, 124512, 124525, 124540, 124555, 124570, 124587, 124606, 124625, 124644, 124659, 124677, 124691, 124706, 124724, 124736, 124750, 124767, 124778, 124790, 124806, 124822, 124839, 124857, 124874, 124886, 124901, 124912, 124927, 124939, 124954, 124968, 124982, 124997, 125011, 125028, 125041, 125056, 125067, 125082, 125099, 125111, 125126, 125138, 125153, 125165, 125180, 125196, 125214, 125232, 125251, 125274, 125297, 125321, 125346, 125363, 125378, 125391, 125409, 125423, 125438, 125448, 125467, 125485, 125508, 125526, 125538, 125564, 125590, 125610, 125634, 125655, 125674, 125691, 125713, 125731, 125750, 125765, 125781, 125794, 125808, 125812, 125817, 125828, 125842, 125853, 125866, 125881, 125896, 125911, 125927, 125945, 125963, 125981, 125997, 126014, 126035, 126056, 126078, 126101, 126123, 126138, 126154, 126174, 126194, 126215, 126237, 126248, 126262, 126275, 126285, 126297, 126310, 126327, 126344, 126362, 126381, 126399, 126411, 126425, 126439, 126453, 126464, 126476, 126492, 126508, 126525, 126543, 126560, 126581, 126598, 126620, 126632, 126647, 126660, 126676, 126685, 126698, 126709, 126722, 126735, 126748, 126763, 126780, 126797, 126814, 126827, 126843, 126855, 126868, 126884, 126894, 126906, 126921, 126930, 126940, 126954, 126968, 126983, 126999, 127014, 127024, 127037, 127046, 127059, 127069, 127082, 127094, 127106, 127119, 127131, 127146, 127157, 127170, 127179, 127192, 127207, 127217, 127230, 127240, 127253, 127263, 127276, 127290, 127306, 127322, 127339, 127360, 127381, 127403, 127426, 127432, 127436, 127441, 127458, 127472, 127485, 127498, 127507, 127518, 127528, 127538, 127547, 127556, 127565, 127579, 127589, 127596, 127601, 127608, 127615, 127620, 127628, 127638, 127642, 127647, 127662, 127670, 127683, 127694, 127713, 127725, 127742, 127757, 127771, 127781, 127797, 127806, 127820, 127832, 127852, 127865, 127883, 127899, 127914, 127925, 127932, 127938, 127943, 127967, 127989, 128015, 128029, 128041, 128062, 128081, 128104, 128126, 128146, 128170, 128190, 128208, 128230, 128253, 128274, 128299, 128315, 128337, 128357, 128381, 128388, 128396, 128411, 128431, 128448, 128470, 128483, 128503, 128518, 128530, 128546, 128560, 128573, 128594, 128606, 128619, 128623, 128628, 128632, 128647, 128665, 128687, 128712, 128734, 128756, 128773, 128778, 128784, 128799, 128805, 128812, 128826, 128839, 128852, 128865, 128877, 128889, 128895, 128903, 128912, 128918, 128930, 128944, 128961, 128970, 128987, 129000, 129013, 129025, 129041, 129059, 129080, 129093, 129114, 129131, 129148, 129164, 129183, 129202, 129216, 129231, 129246, 129256, 129277, 129300, 129326, 129344, 129370, 129392, 129414, 129435, 129459, 129483, 129502, 129518, 129536, 129557, 129570, 129591, 129608, 129625, 129641, 129660, 129679, 129693, 129698, 129706, 129714, 129723, 129741, 129756, 129770, 129781, 129801, 129818, 129834, 129847, 129855, 129871, 129890, 129913, 129939, 129962, 129985, 130003, 130010, 130028, 130044, 130055, 130074, 130088, 130108, 130123, 130146, 130164, 130185, 130201, 130225, 130244, 130256, 130277, 130293, 130317, 130336, 130349, 130361, 130373, 130387, 130396, 130416, 130434, 130447, 130468, 130484, 130506, 130523, 130548, 130568, 130591, 130609, 130635, 130656, 130670, 130693, 130711, 130737, 130758, 130772, 130786, 130799, 130813, 130827, 130840, 130858, 130874, 130896, 130915, 130935, 130950, 130966, 130984, 131003, 131017, 131037, 131058, 131071, 131085, 131091, 131098, 131109, 131121, 131137, 131154, 131160, 131177, 131190, 131207, 131225, 131236, 131254, 131262, 131281, 131296, 131315, 131335, 131348, 131368, 131374, 131385, 131397, 131422, 131445, 131472, 131487, 131500, 131522, 131542, 131566, 131589, 131610, 131635, 131656, 131675, 131698, 131722, 131744, 131770, 131787, 131810, 131831, 131856, 131867, 131877, 131888, 131908, 131934, 131960, 131985, 132008, 132035, 132050, 132080, 132115, 132128, 132157, 132193, 132214, 132236, 132256, 132280, 132303, 132324, 132349, 132369, 132390, 132411, 132430, 132453, 132468, 132492, 132514, 132540, 132557, 132580, 132601, 132626, 132653, 132682, 132698, 132702, 132707, 132717, 132724, 132738, 132746, 132756, 132766, 132788, 132807, 132829, 132846, 132881, 132910, 132917, 132925, 132942, 132962, 132980, 132996, 133017, 133034, 133052, 133080, 133106, 133130, 133159, 133184, 133210, 133240, 133268, 133294, 133325, 133352, 133380, 133414, 133446, 133476, 133511, 133542, 133574, 133584, 133603, 133621, 133644, 133662, 133674, 133700, 133726, 133748, 133768, 133786, 133809, 133828, 133848, 133868, 133894, 133918, 133940, 133967, 133990, 134014, 134038, 134044, 134054, 134065, 134084, 134105, 134117, 134122, 134131, 134141, 134152, 134167, 134187, 134210, 134237, 134254, 134272, 134294, 134306, 134314, 134325, 134334, 134340, 134347, 134353, 134361, 134368, 134374, 134381, 134388, 134396, 134420, 134445, 134457, 134470, 134487, 134505, 134511, 134521, 134527, 134535, 134542, 134551, 134564, 134582, 134597, 134617, 134628, 134646, 134659, 134669, 134683, 134695, 134706, 134725, 134735, 134746, 134750, 134757, 134775, 134790, 134804, 134815, 134832, 134842, 134854, 134861, 134873, 134885, 134900, 134917, 134934, 134954, 134973, 134990, 135005, 135025, 135041, 135058, 135085, 135110, 135133, 135161, 135185, 135210, 135239, 135266, 135291, 135321, 135347, 135374, 135407, 135438, 135467, 135501, 135531, 135562, 135581, 135604, 135620, 135636, 135654, 135678, 135695, 135712, 135731, 135740, 135752, 135770, 135786, 135798, 135821, 135842, 135856, 135874, 135891, 135913, 135930, 135941, 135966, 135991, 136013, 136028, 136043, 136060, 136081, 136100, 136117, 136139, 136157, 136176, 136195, 136220, 136243, 136264, 136290, 136312, 136335, 136358, 136375, 136398, 136415, 136430, 136448, 136467, 136486, 136493, 136499, 136516, 136534, 136548, 136568, 136585, 136598, 136618, 136627, 136637, 136643, 136650, 136667, 136684, 136702, 136721, 136732, 136750, 136768, 136783, 136806, 136830, 136854, 136875, 136904, 136925, 136940, 136951, 136969, 136987, 137002, 137025, 137049, 137073, 137094, 137123, 137144, 137162, 137177, 137192, 137204, 137218, 137233, 137247, 137262, 137272, 137284, 137295, 137311, 137323, 137336, 137349, 137369, 137389, 137406, 137431, 137457, 137483, 137506, 137537, 137560, 137577, 137600, 137612, 137628, 137639, 137652, 137671, 137681, 137693, 137708, 137735, 137752, 137762, 137782, 137802, 137825, 137842, 137867, 137889, 137906, 137918, 137934, 137949, 137961, 137975, 137989, 138004, 138018, 138030, 138045, 138061, 138076, 138087, 138099, 138111, 138122, 138140, 138152, 138165, 138177, 138196, 138216, 138239, 138261, 138283, 138304, 138320, 138335, 138350, 138366, 138378, 138397, 138408, 138423, 138438, 138460, 138476, 138493, 138511, 138533, 138556, 138572, 138595, 138601, 138608, 138615, 138635, 138657, 138678, 138696, 138716, 138740, 138766, 138791, 138813, 138837, 138859, 138883, 138906, 138926, 138948, 138974, 139002, 139029, 139053, 139079, 139089, 139097, 139116, 139146, 139172, 139202, 139233, 139257, 139288, 139305, 139333, 139357, 139385, 139414, 139443, 139456, 139467, 139478, 139490, 139506, 139523, 139542, 139565, 139588, 139605, 139623, 139641, 139658, 139674, 139690, 139705, 139722, 139740, 139762, 139781, 139797, 139815, 139834, 139853, 139869, 139887, 139903, 139917, 139932, 139949, 139968, 139985, 140006, 140027, 140046, 140067, 140083, 140092, 140105, 140115, 140129, 140149, 140163, 140175, 140190, 140206, 140222, 140227, 140239, 140256, 140276, 140300, 140314, 140329, 140348, 140357, 140371, 140386, 140401, 140419, 140439, 140459, 140482, 140493, 140515, 140533, 140555, 140578, 140594, 140617, 140637, 140652, 140675, 140693, 140717, 140736, 140763, 140785, 140810, 140830, 140858, 140881, 140906, 140926, 140954, 140977, 140988, 141010, 141028, 141050, 141073, 141096, 141111, 141137, 141159, 141185, 141212, 141232, 141259, 141267, 141272, 141284, 141291, 141308, 141326, 141348, 141370, 141393, 141417, 141440, 141455, 141474, 141496, 141515, 141534, 141548, 141553, 141559, 141572, 141590, 141611, 141636, 141651, 141667, 141687, 141697, 141703, 141716, 141721, 141728, 141740, 141754, 141767, 141777, 141789, 141805, 141823, 141840, 141854, 141870, 141874, 141883, 141893, 141897, 141902, 141914, 141927, 141937, 141957, 141977, 141995, 142019, 142036, 142044, 142061, 142080, 142094, 142111, 142126, 142142, 142156, 142164, 142172, 142181, 142192, 142199, 142220, 142243, 142261, 142273, 142285, 142298, 142313, 142330, 142351, 142367, 142380, 142397, 142409, 142417, 142426, 142437, 142446, 142451, 142457, 142470, 142486, 142506, 142529, 142549, 142569, 142584, 142599, 142619, 142642, 142669, 142686, 142704, 142726, 142738, 142745, 142750, 142756, 142767, 142779, 142792, 142803, 142815, 142830, 142845, 142859, 142874, 142890, 142906, 142923, 142944, 142966, 142981, 142997, 143006, 143016, 143026, 143037, 143051, 143072, 143086, 143099, 143114, 143133, 143147, 143162, 143183, 143196, 143209, 143224, 143240, 143257, 143274, 143294, 143315, 143329, 143344, 143350, 143357, 143365, 143374, 143386, 143398, 143409, 143421, 143434, 143447, 143461, 143479, 143498, 143510, 143523, 143532, 143542, 143555, 143568, 143580, 143593, 143607, 143621, 143636, 143655, 143675, 143688, 143702, 143712, 143723, 143737, 143758, 143772, 143785, 143800, 143819, 143833, 143848, 143869, 143882, 143895, 143910, 143926, 143943, 143960, 143980, 144001, 144025, 144049, 144079, 144104, 144126, 144153, 144167, 144182, 144201, 144220, 144245, 144265, 144282, 144304, 144308, 144313, 144319, 144326, 144338, 144346, 144353, 144362, 144379, 144396, 144416, 144438, 144460, 144485, 144492, 144501, 144508, 144515, 144532, 144545, 144558, 144575, 144588, 144607, 144619, 144628, 144636, 144646, 144666, 144682, 144698, 144718, 144734, 144756, 144771, 144782, 144792, 144802, 144814, 144825, 144836, 144840, 144846, 144853, 144868, 144879, 144900, 144914, 144933, 144944, 144962, 144978, 144996, 145009, 145029, 145047, 145062, 145083, 145095, 145114, 145133, 145153, 145167, 145182, 145198, 145209, 145224, 145240, 145253, 145267, 145282, 145296, 145308, 145320, 145333, 145346, 145361, 145372, 145392, 145403, 145415, 145431, 145444, 145463, 145475, 145496, 145503, 145516, 145525, 145540, 145549, 145559, 145568, 145583, 145588, 145607, 145627, 145640, 145652, 145664, 145678, 145691, 145704, 145711, 145716, 145727, 145741, 145755, 145770, 145783, 145794, 145807, 145822, 145835, 145846, 145863, 145881, 145889, 145905, 145924, 145937, 145952, 145967, 145982, 145997, 146010, 146025, 146038, 146050, 146067, 146082, 146092, 146102, 146112, 146127, 146138, 146148, 146163, 146178, 146199, 146217, 146230, 146243, 146256, 146264, 146279, 146297, 146316, 146341, 146358, 146375, 146392, 146411, 146434, 146457, 146474, 146501, 146526, 146545, 146563, 146582, 146595, 146618, 146639, 146651, 146663, 146678, 146689, 146702, 146716, 146720, 146745, 146770, 146795, 146814, 146836, 146854, 146878, 146894, 146910, 146926, 146944, 146966, 146994, 147014, 147034, 147054, 147076, 147102, 147128, 147148, 147178, 147206, 147228, 147250, 147266, 147292, 147316, 147332, 147345, 147364, 147383, 147402, 147415, 147431, 147451, 147471, 147491, 147505, 147522, 147542, 147568, 147586, 147604, 147622, 147642, 147666, 147696, 147718, 147740, 147762, 147786, 147814, 147842, 147864, 147896, 147926, 147950, 147974, 147992, 148020, 148046, 148052, 148060, 148069, 148080, 148094, 148109, 148132, 148153, 148176, 148182, 148189, 148200, 148211, 148223, 148236, 148248, 148261, 148272, 148285, 148297, 148310, 148323, 148336, 148348, 148363, 148378, 148393, 148399, 148406, 148417, 148435, 148453, 148468, 148491, 148515, 148539, 148560, 148589, 148610, 148625, 148636, 148654, 148672, 148687, 148710, 148734, 148758, 148779, 148808, 148829, 148847, 148862, 148877, 148889, 148903, 148918, 148932, 148947, 148957, 148969, 148980, 148996, 149008, 149021, 149034, 149054, 149074, 149091, 149116, 149142, 149168, 149191, 149222, 149245, 149262, 149285, 149297, 149313, 149324, 149337, 149356, 149366, 149378, 149393, 149420, 149437, 149447, 149467, 149487, 149510, 149527, 149552, 149574, 149591, 149603, 149619, 149634, 149646, 149660, 149674, 149689, 149703, 149715, 149730, 149746, 149761, 149772, 149784, 149796, 149807, 149825, 149837, 149850, 149862, 149881, 149893, 149906, 149917, 149930, 149945, 149957, 149977, 150000, 150022, 150044, 150065, 150081, 150096, 150111, 150127, 150139, 150158, 150166, 150174, 150186, 150198, 150211, 150225, 150241, 150254, 150268, 150287, 150295, 150304, 150317, 150330, 150350, 150364, 150379, 150395, 150415, 150436, 150450, 150471, 150480, 150489, 150497, 150510, 150529, 150540, 150551, 150562, 150568, 150581, 150598, 150621, 150636, 150651, 150666, 150683, 150704, 150725, 150740, 150765, 150788, 150805, 150822, 150833, 150854, 150873, 150883, 150888, 150895, 150903, 150922, 150942, 150970, 150996, 151024, 151027, 151046, 151067, 151074, 151082, 151097, 151107, 151119, 151133, 151146, 151157, 151174, 151189, 151202, 151216, 151229, 151248, 151268, 151287, 151305, 151325, 151345, 151364, 151382, 151404, 151420, 151430, 151447, 151465, 151481, 151495, 151510, 151524, 151544, 151565, 151585, 151604, 151625, 151646, 151666, 151685, 151708, 151725, 151740, 151751, 151769, 151782, 151797, 151814, 151830, 151844, 151857, 151868, 151879, 151897, 151910, 151925, 151942, 151958, 151972, 151984, 151995, 152012, 152030, 152047, 152063, 152082, 152099, 152114, 152130, 152145, 152166, 152188, 152209, 152229, 152251, 152273, 152294, 152314, 152338, 152356, 152366, 152383, 152395, 152409, 152425, 152440, 152453, 152471, 152489, 152506, 152522, 152542, 152556, 152570, 152585, 152602, 152623, 152644, 152659, 152675, 152691, 152706, 152720, 152734, 152747, 152762, 152778, 152798, 152815, 152829, 152845, 152862, 152879, 152893, 152909, 152923, 152935, 152948, 152963, 152980, 152995, 153014, 153033, 153050, 153069, 153083, 153091, 153100, 153106, 153113, 153130, 153151, 153172, 153185, 153196, 153208, 153212, 153219, 153229, 153240, 153251, 153269, 153282, 153296, 153308, 153322, 153334, 153344, 153351, 153359, 153381, 153396, 153416, 153435, 153454, 153473, 153495, 153508, 153528, 153549, 153565, 153582, 153598, 153615, 153629, 153644, 153660, 153674, 153688, 153709, 153721, 153734, 153747, 153761, 153782, 153803, 153831, 153854, 153878, 153900, 153924, 153946, 153966, 153980, 154001, 154022, 154050, 154073, 154097, 154119, 154143, 154165, 154185, 154193, 154208, 154224, 154241, 154261, 154282, 154301, 154321, 154339, 154358, 154374, 154391, 154409, 154424, 154440, 154457, 154475, 154480, 154486, 154505, 154523, 154537, 154552, 154571, 154592, 154612, 154619, 154637, 154656, 154677, 154702, 154727, 154746, 154766, 154786, 154805, 154823, 154841, 154858, 154877, 154897, 154921, 154942, 154960, 154980, 155001, 155022, 155040, 155060, 155078, 155094, 155111, 155130, 155151, 155170, 155193, 155216, 155237, 155260, 155278, 155293, 155308, 155328, 155351, 155378, 155395, 155413, 155435, 155447, 155463, 155484, 155498, 155508, 155519, 155530, 155548, 155571, 155597, 155627, 155647, 155668, 155693, 155708, 155720, 155731, 155743, 155758, 155773, 155787, 155802, 155818, 155834, 155851, 155872, 155894, 155909, 155925, 155937, 155950, 155972, 155988, 156008, 156036, 156064, 156087, 156103, 156118, 156135, 156153, 156185, 156222, 156243, 156269, 156285, 156302, 156325, 156340, 156371, 156409, 156428, 156443, 156460, 156478, 156503, 156522, 156541, 156564, 156586, 156609, 156635, 156661, 156693, 156720, 156744, 156773, 156789, 156806, 156827, 156848, 156870, 156897, 156923, 156952, 156974, 157002, 157033, 157060, 157079, 157103, 157114, 157122, 157131, 157141, 157151, 157161, 157174, 157185, 157197, 157208, 157222, 157231, 157250, 157273, 157293, 157313, 157333, 157355, 157372, 157390, 157408, 157424, 157441, 157456, 157471, 157485, 157504, 157521, 157536, 157552, 157567, 157588, 157610, 157631, 157651, 157673, 157695, 157716, 157736, 157760, 157778, 157798, 157816, 157832, 157849, 157865, 157887, 157910, 157932, 157953, 157976, 157999, 158021, 158042, 158067, 158086, 158103, 158118, 158131, 158145, 158158, 158177, 158197, 158216, 158234, 158255, 158274, 158291, 158309, 158326, 158349, 158373, 158396, 158418, 158442, 158466, 158489, 158511, 158537, 158557, 158577, 158597, 158616, 158634, 158656, 158672, 158690, 158704, 158718, 158734, 158757, 158774, 158789, 158807, 158821, 158840, 158856, 158866, 158874, 158879, 158890, 158899, 158907, 158914, 158921, 158931, 158936, 158942, 158958, 158969, 158986, 159007, 159022, 159039, 159060, 159082, 159097, 159119, 159129, 159145, 159158, 159178, 159192, 159208, 159224, 159231, 159237, 159245, 159248, 159260, 159271, 159286, 159302, 159323, 159339, 159359, 159378, 159397, 159416, 159432, 159449, 159466, 159485, 159499, 159517, 159534, 159551, 159568, 159582, 159597, 159612, 159630, 159642, 159652, 159663, 159676, 159691, 159705, 159720, 159740, 159755, 159774, 159792, 159810, 159828, 159843, 159859, 159875, 159885, 159900, 159912, 159929, 159946, 159976, 159988, 160016, 160038, 160051, 160058, 160064, 160097, 160119, 160149, 160171, 160198, 160205, 160221, 160246, 160260, 160282, 160296, 160315, 160329, 160345, 160362, 160371, 160389, 160416, 160432, 160456, 160472, 160493, 160502, 160511, 160521, 160549, 160566, 160591, 160608, 160630, 160639, 160657, 160684, 160700, 160724, 160740, 160761, 160771, 160786, 160799, 160814, 160817, 160821, 160831, 160836, 160845, 160858, 160862, 160868, 160873, 160892, 160897, 160906, 160911, 160917, 160924, 160931, 160935, 160940, 160946, 160951, 160959, 160969, 160979, 160989, 161000, 161010, 161021, 161026, 161030, 161039, 161049, 161063, 161077, 161092, 161108, 161117, 161127, 161138, 161146, 161155, 161160, 161176, 161188, 161204, 161221, 161231, 161248, 161254, 161261, 161269, 161274, 161284, 161294, 161305, 161317, 161332, 161354, 161369, 161383, 161399, 161419, 161434, 161450, 161472, 161486, 161500, 161516, 161533, 161551, 161569, 161590, 161612, 161627, 161643, 161654, 161660, 161669, 161684, 161690, 161697, 161714, 161725, 161740, 161757, 161766, 161775, 161786, 161798, 161811, 161824, 161840, 161857, 161877, 161897, 161923, 161944, 161962, 161985, 162002, 162017, 162032, 162053, 162069, 162082, 162100, 162105, 162109, 162113, 162118, 162125, 162140, 162159, 162178, 162200, 162226, 162245, 162264, 162285, 162312, 162332, 162352, 162374, 162389, 162404, 162421, 162446, 162464, 162482, 162502, 162508, 162512, 162517, 162522, 162530, 162536, 162542, 162549, 162557, 162564, 162570, 162578, 162586, 162596, 162606, 162610, 162625, 162642, 162662, 162674, 162694, 162710, 162726, 162741, 162758, 162777, 162798, 162822, 162838, 162862, 162882, 162902, 162921, 162943, 162965, 162982, 163000, 163018, 163031, 163055, 163081, 163110, 163131, 163160, 163185, 163210, 163234, 163261, 163288, 163310, 163329, 163350, 163374, 163390, 163414, 163434, 163454, 163473, 163495, 163517, 163534, 163539, 163548, 163558, 163573, 163585, 163604, 163617, 163632, 163636, 163643, 163660, 163677, 163692, 163713, 163727, 163743, 163756, 163771, 163786, 163804, 163813, 163821, 163829, 163835, 163843, 163858, 163876, 163898, 163920, 163931, 163938, 163946, 163958, 163971, 163992, 164012, 164023, 164039, 164056, 164077, 164100, 164122, 164130, 164139, 164157, 164181, 164205, 164233, 164266, 164288, 164315, 164349, 164370, 164389, 164406, 164424, 164446, 164471, 164495, 164522, 164545, 164564, 164580, 164596, 164612, 164630, 164643, 164657, 164671, 164683, 164696, 164707, 164718, 164728, 164737, 164743, 164750, 164754, 164759, 164771, 164788, 164794, 164801, 164811, 164822, 164839, 164854, 164871, 164886, 164902, 164917, 164936, 164951, 164967, 164980, 164994, 165012, 165031, 165054, 165078, 165092, 165109, 165125, 165137, 165155, 165163, 165172, 165185, 165199, 165217, 165236, 165258, 165264, 165271, 165282, 165294, 165310, 165327, 165331, 165348, 165362, 165378, 165394, 165413, 165428, 165440, 165454, 165468, 165485, 165505, 165524, 165545, 165565, 165585, 165606, 165623, 165639, 165657, 165674, 165691, 165709, 165726, 165742, 165760, 165777, 165794, 165812, 165838, 165863, 165890, 165916, 165942, 165969, 165996, 166022, 166050, 166077, 166104, 166132, 166145, 166158, 166174, 166185, 166197, 166216, 166234, 166254, 166273, 166292, 166312, 166327, 166342, 166360, 166373, 166387, 166415, 166442, 166471, 166499, 166527, 166556, 166571, 166585, 166601, 166616, 166631, 166647, 166660, 166674, 166686, 166700, 166714, 166727, 166744, 166756, 166769, 166782, 166796, 166811, 166826, 166844, 166857, 166871, 166883, 166894, 166907, 166919, 166931, 166944, 166957, 166969, 166983, 166996, 167009, 167023, 167043, 167062, 167083, 167103, 167123, 167144, 167156, 167169, 167183, 167196, 167207, 167216, 167223, 167231, 167240, 167249, 167269, 167289, 167302, 167320, 167341, 167366, 167381, 167397, 167417, 167427, 167436, 167443, 167451, 167463, 167475, 167488, 167502, 167515, 167522, 167540, 167554, 167572, 167591, 167603, 167622, 167633, 167655, 167673, 167695, 167718, 167734, 167757, 167762, 167768, 167780, 167795, 167809, 167825, 167841, 167857, 167874, 167893, 167912, 167931, 167943, 167958, 167972, 167983, 167996, 168011, 168026, 168041, 168053, 168066, 168083, 168100, 168118, 168137, 168155, 168168, 168184, 168198, 168215, 168225, 168239, 168251, 168265, 168279, 168293, 168309, 168327, 168345, 168363, 168377, 168394, 168408, 168425, 168435, 168446, 168461, 168476, 168492, 168509, 168525, 168538, 168554, 168565, 168579, 168589, 168603, 168614, 168628, 168641, 168654, 168667, 168683, 168695, 168709, 168719, 168733, 168749, 168760, 168774, 168785, 168799, 168810, 168824, 168839, 168856, 168865, 168875, 168889, 168903, 168918, 168934, 168949, 168961, 168979, 168995, 169007, 169017, 169030, 169044, 169058, 169063, 169082, 169096, 169110, 169129, 169138, 169153, 169169, 169178, 169193, 169202, 169219, 169237, 169253, 169269, 169286, 169303, 169321, 169343, 169365, 169388, 169412, 169435, 169451, 169468, 169489, 169510, 169532, 169555, 169577, 169603, 169625, 169652, 169667, 169683, 169700, 169718, 169733, 169751, 169764, 169777, 169801, 169821, 169846, 169859, 169875, 169885, 169896, 169915, 169936, 169957, 169978, 170000, 170024, 170048, 170072, 170089, 170107, 170129, 170151, 170174, 170198, 170221, 170238, 170257, 170276, 170295, 170316, 170339, 170362, 170385, 170396, 170407, 170422, 170443, 170451, 170469, 170481, 170494, 170508, 170521, 170536, 170546, 170558, 170570, 170582, 170596, 170610, 170623, 170630, 170641, 170653, 170662, 170672, 170680, 170686, 170697, 170707, 170714, 170721, 170731, 170736, 170751, 170768, 170777, 170787, 170793, 170807, 170820, 170834, 170850, 170866, 170895, 170906, 170918, 170925, 170933, 170945, 170957, 170970, 170984, 170997, 171009, 171021, 171040, 171057, 171072, 171085, 171103, 171117, 171132, 171150, 171172, 171197, 171220, 171241, 171267, 171289, 171312, 171339, 171364, 171387, 171415, 171439, 171464, 171495, 171524, 171551, 171583, 171611, 171640, 171657, 171678, 171692, 171706, 171722, 171744, 171759, 171774, 171791, 171798, 171808, 171815, 171831, 171851, 171871, 171895, 171913, 171927, 171937, 171958, 171977, 171989, 172005, 172023, 172038, 172058, 172070, 172085, 172094, 172104, 172127, 172150, 172170, 172183, 172196, 172211, 172230, 172247, 172262, 172282, 172298, 172315, 172332, 172355, 172376, 172395, 172419, 172439, 172460, 172481, 172490, 172502, 172520, 172538, 172560, 172587, 172608, 172636, 172649, 172668, 172689, 172697, 172700, 172704, 172726, 172750, 172766, 172783, 172804, 172824, 172845, 172868, 172891, 172927, 172945, 172964, 172969, 172976, 172990, 173009, 173031, 173057, 173073, 173090, 173111, 173122, 173125, 173129, 173132, 173144, 173155, 173172, 173188, 173200, 173211, 173222, 173226, 173231, 173240, 173249, 173259, 173270, 173280, 173288, 173295, 173307, 173316, 173323, 173331, 173346, 173358, 173373, 173383, 173411, 173433, 173444, 173448, 173453, 173465, 173482, 173496, 173507, 173518, 173532, 173545, 173555, 173565, 173581, 173593, 173615, 173634, 173653, 173672, 173693, 173709, 173726, 173743, 173758, 173774, 173788, 173802, 173815, 173821, 173831, 173839, 173851, 173865, 173877, 173885, 173891, 173898, 173903, 173918, 173938, 173961, 173988, 174005, 174023, 174045, 174057, 174063, 174077, 174091, 174103, 174116, 174135, 174157, 174183, 174199, 174216, 174237, 174248, 174256, 174268, 174276, 174285, 174308, 174324, 174345, 174365, 174383, 174403, 174423, 174446, 174460, 174481, 174503, 174519, 174536, 174554, 174567, 174584, 174602, 174617, 174633, 174650, 174664, 174679, 174694, 174716, 174729, 174743, 174757, 174763, 174770, 174785, 174793, 174801, 174817, 174828, 174834, 174841, 174855, 174866, 174886, 174910, 174927, 174953, 174964, 174978, 174993, 175008, 175020, 175032, 175040, 175049, 175062, 175075, 175089, 175104, 175118, 175129, 175137, 175146, 175159, 175172, 175192, 175206, 175221, 175245, 175261, 175281, 175298, 175319, 175345, 175359, 175380, 175405, 175423, 175450, 175460, 175471, 175486, 175501, 175523, 175539, 175556, 175582, 175600, 175622, 175641, 175664, 175692, 175708, 175731, 175739, 175748, 175761, 175774, 175788, 175803, 175817, 175839, 175858, 175876, 175891, 175895, 175900, 175909, 175919, 175926, 175942, 175959, 175977, 175994, 176009, 176022, 176038, 176055, 176073, 176090, 176105, 176118, 176135, 176153, 176172, 176190, 176206, 176220, 176226, 176233, 176241, 176258, 176277, 176295, 176310, 176327, 176348, 176371, 176393, 176412, 176433, 176452, 176473, 176493, 176510, 176529, 176552, 176577, 176601, 176622, 176645, 176655, 176666, 176674, 176683, 176692, 176702, 176706, 176711, 176716, 176722, 176725, 176729, 176738, 176747, 176755, 176763, 176773, 176782, 176791, 176796, 176803, 176822, 176842, 176866, 176890, 176915, 176941, 176966, 176980, 176995, 177014, 177033, 177053, 177074, 177094, 177108, 177123, 177142, 177161, 177181, 177202, 177222, 177230, 177236, 177246, 177265, 177283, 177306, 177324, 177336, 177362, 177388, 177408, 177432, 177441, 177451, 177469, 177478, 177495, 177517, 177542, 177571, 177590, 177610, 177634, 177648, 177654, 177661, 177669, 177677, 177686, 177709, 177732, 177745, 177765, 177785, 177805, 177825, 177838, 177850, 177860, 177867, 177875, 177884, 177889, 177892, 177897, 177903, 177907, 177912, 177917, 177925, 177940, 177954, 177958, 177963, 177970, 177978, 177987, 178006, 178019, 178036, 178055, 178066, 178077, 178090, 178104, 178119, 178134, 178152, 178171, 178193, 178215, 178243, 178266, 178286, 178311, 178328, 178345, 178368, 178386, 178401, 178421, 178427, 178434, 178451, 178462, 178477, 178494, 178503, 178512, 178525, 178538, 178544, 178548, 178555, 178561, 178568, 178580, 178598, 178613, 178628, 178643, 178660, 178672, 178685, 178698, 178709, 178721, 178731, 178741, 178750, 178768, 178776, 178785, 178796, 178805, 178815, 178832, 178854, 178878, 178893, 178915, 178933, 178949, 178972, 178986, 179001, 179015, 179022, 179030, 179034, 179039, 179046, 179055, 179071, 179092, 179110, 179133, 179147, 179168, 179184, 179197, 179214, 179229, 179243, 179265, 179278, 179292, 179302, 179313, 179328, 179344, 179364, 179385, 179390, 179396, 179409, 179419, 179438, 179443, 179449, 179462, 179480, 179495, 179515, 179526, 179544, 179557, 179567, 179581, 179593, 179604, 179623, 179633, 179642, 179653, 179670, 179687, 179702, 179723, 179737, 179745, 179767, 179786, 179805, 179824, 179845, 179856, 179868, 179881, 179897, 179914, 179931, 179946, 179962, 179976, 179990, 180003, 180011, 180021, 180032, 180043, 180054, 180066, 180081, 180100, 180115, 180129, 180144, 180160, 180178, 180194, 180211, 180232, 180254, 180269, 180285, 180293, 180311, 180330, 180345, 180366, 180384, 180398, 180419, 180430, 180445, 180463, 180485, 180510, 180532, 180554, 180571, 180577, 180584, 180600, 180610, 180632, 180654, 180672, 180682, 180691, 180717, 180748, 180768, 180780, 180793, 180803, 180814, 180826, 180851, 180883, 180898, 180912, 180923, 180935, 180954, 180971, 180987, 181004, 181014, 181025, 181040, 181056, 181076, 181099, 181121, 181146, 181167, 181175, 181192, 181203, 181226, 181249, 181260, 181270, 181297, 181329, 181340, 181352, 181378, 181411, 181423, 181436, 181454, 181471, 181489, 181500, 181512, 181536, 181562, 181573, 181585, 181596, 181606, 181614, 181623, 181632, 181640, 181661, 181682, 181693, 181711, 181729, 181747, 181765, 181776, 181794, 181809, 181823, 181834, 181841, 181845, 181848, 181857, 181867, 181881, 181895, 181910, 181926, 181941, 181951, 181966, 181980, 181988, 181994, 182014, 182033, 182052, 182073, 182093, 182113, 182130, 182146, 182162, 182180, 182197, 182214, 182231, 182247, 182265, 182282, 182290, 182306, 182318, 182322, 182333, 182347, 182362, 182381, 182400, 182420, 182441, 182461, 182467, 182474, 182482, 182487, 182496, 182511, 182532, 182554, 182577, 182585, 182591, 182610, 182626, 182642, 182658, 182676, 182689, 182703, 182717, 182729, 182742, 182753, 182764, 182774, 182785, 182795, 182802, 182810, 182818, 182825, 182834, 182844, 182856, 182867, 182878, 182891, 182903, 182915, 182929, 182936, 182944, 182953, 182960, 182967, 182983, 183002, 183018, 183040, 183062, 183088, 183119, 183144, 183176, 183191, 183208, 183231, 183256, 183268, 183282, 183289, 183295, 183302, 183309, 183315, 183321, 183328, 183334, 183341, 183346, 183354, 183362, 183368, 183383, 183403, 183412, 183425, 183437, 183444, 183463, 183479, 183494, 183506, 183513, 183521, 183530, 183537, 183557, 183574, 183590, 183603, 183625, 183644, 183662, 183677, 183686, 183692, 183700, 183710, 183720, 183725, 183731, 183738, 183757, 183780, 183796, 183812, 183830, 183854, 183871, 183888, 183907, 183919, 183933, 183945, 183959, 183981, 183996, 184011, 184028, 184038, 184049, 184059, 184066, 184074, 184090, 184105, 184114, 184129, 184147, 184164, 184179, 184196, 184215, 184232, 184247, 184259, 184279, 184302, 184319, 184338, 184357, 184376, 184395, 184412, 184431, 184448, 184464, 184485, 184504, 184518, 184532, 184546, 184565, 184580, 184588, 184597, 184614, 184630, 184646, 184667, 184691, 184719, 184737, 184756, 184779, 184792, 184810, 184825, 184839, 184850, 184872, 184891, 184909, 184924, 184932, 184942, 184954, 184966, 184975, 184985, 184999, 185014, 185033, 185053, 185063, 185074, 185089, 185105, 185125, 185146, 185154, 185172, 185191, 185206, 185227, 185245, 185259, 185280, 185291, 185303, 185316, 185340, 185365, 185381, 185404, 185420, 185435, 185452, 185473, 185489, 185506, 185529, 185544, 185559, 185576, 185594, 185613, 185632, 185654, 185677, 185703, 185729, 185761, 185788, 185812, 185841, 185857, 185874, 185895, 185916, 185943, 185965, 185984, 186008, 186019, 186030, 186040, 186047, 186055, 186062, 186068, 186075, 186094, 186107, 186133, 186153, 186176, 186193, 186223, 186247, 186271, 186289, 186320, 186345, 186355, 186363, 186369, 186376, 186391, 186405, 186420, 186434, 186445, 186457, 186472, 186485, 186500, 186513, 186527, 186540, 186557, 186570, 186586, 186600, 186616, 186630, 186645, 186659, 186677, 186691, 186701, 186709, 186717, 186737, 186754, 186770, 186783, 186795, 186807, 186812, 186818, 186829, 186837, 186852, 186861, 186872, 186876, 186885, 186902, 186910, 186923, 186934, 186947, 186953, 186959, 186963, 186966, 186970, 186975, 186983, 186996, 187004, 187011, 187019, 187028, 187036, 187045, 187057, 187062, 187068, 187083, 187092, 187113, 187134, 187150, 187159, 187167, 187177, 187202, 187232, 187246, 187255, 187265, 187281, 187289, 187313, 187344, 187352, 187362, 187373, 187385, 187397, 187413, 187428, 187444, 187463, 187482, 187507, 187527, 187544, 187566, 187575, 187585, 187601, 187615, 187629, 187649, 187671, 187686, 187710, 187722, 187739, 187742, 187755, 187761, 187767, 187782, 187796, 187815, 187829, 187837, 187859, 187881, 187897, 187917, 187924, 187933, 187942, 187952, 187962, 187973, 187987, 188001, 188014, 188028, 188043, 188058, 188074, 188094, 188115, 188129, 188144, 188150, 188157, 188169, 188182, 188195, 188209, 188227, 188246, 188262, 188277, 188293, 188306, 188320, 188334, 188349, 188366, 188384, 188396, 188409, 188424, 188440, 188460, 188481, 188506, 188532, 188549, 188567, 188582, 188598, 188611, 188625, 188641, 188658, 188670, 188683, 188702, 188722, 188735, 188749, 188761, 188774, 188789, 188805, 188818, 188832, 188847, 188862, 188878, 188883, 188895, 188908, 188925, 188942, 188962, 188986, 189000, 189015, 189034, 189051, 189060, 189068, 189078, 189083, 189095, 189108, 189120, 189133, 189142, 189152, 189162, 189167, 189171, 189174, 189178, 189189, 189203, 189215, 189231, 189238, 189243, 189255, 189272, 189292, 189316, 189330, 189345, 189364, 189373, 189381, 189398, 189403, 189409, 189419, 189429, 189440, 189452, 189463, 189473, 189479, 189485, 189492, 189509, 189524, 189535, 189556, 189567, 189585, 189603, 189616, 189636, 189654, 189674, 189684, 189699, 189715, 189731, 189745, 189760, 189774, 189786, 189799, 189812, 189827, 189838, 189850, 189866, 189879, 189888, 189905, 189918, 189925, 189933, 189949, 189963, 189978, 189994, 190012, 190027, 190040, 190056, 190073, 190087, 190102, 190116, 190131, 190148, 190166, 190185, 190205, 190218, 190232, 190250, 190266, 190284, 190303, 190317, 190332, 190353, 190375, 190390, 190406, 190421, 190434, 190451, 190464, 190477, 190480, 190484, 190497, 190516, 190535, 190558, 190586, 190608, 190637, 190651, 190671, 190693, 190697, 190702, 190705, 190709, 190716, 190721, 190725, 190730, 190747, 190766, 190784, 190799, 190816, 190837, 190860, 190882, 190901, 190922, 190941, 190962, 190982, 190999, 191018, 191041, 191066, 191090, 191111, 191134, 191140, 191149, 191156, 191163, 191176, 191190, 191194, 191203, 191213, 191227, 191241, 191256, 191272, 191287, 191292, 191298, 191303, 191309, 191316, 191323, 191330, 191334, 191350, 191368, 191387, 191403, 191421, 191439, 191460, 191477, 191491, 191507, 191523, 191542, 191546, 191551, 191558, 191566, 191576, 191597, 191614, 191635, 191657, 191672, 191694, 191703, 191723, 191739, 191759, 191780, 191794, 191815, 191820, 191829, 191837, 191845, 191855, 191876, 191902, 191931, 191964, 191987, 192011, 192039, 192057, 192064, 192073, 192088, 192099, 192110, 192123, 192143, 192157, 192169, 192184, 192195, 192211, 192224, 192233, 192250, 192263, 192271, 192280, 192295, 192309, 192323, 192337, 192350, 192363, 192368, 192374, 192379, 192388, 192395, 192408, 192420, 192425, 192429, 192434, 192443, 192452, 192465, 192475, 192488, 192501, 192509, 192519, 192528, 192542, 192552, 192563, 192574, 192595, 192605, 192619, 192630, 192638, 192648, 192661, 192686, 192701, 192709, 192730, 192750, 192760, 192770, 192783, 192792, 192805, 192819, 192832, 192842, 192854, 192866, 192879, 192890, 192903, 192912, 192925, 192935, 192948, 192958, 192971, 192985, 192998, 193008, 193018, 193027, 193037, 193048, 193058, 193076, 193097, 193117, 193137, 193156, 193170, 193183, 193196, 193206, 193215, 193223, 193232, 193242, 193257, 193277, 193294, 193308, 193322, 193339, 193355, 193368, 193381, 193400, 193415, 193423, 193433, 193446, 193451, 193465, 193477, 193490, 193505, 193518, 193529, 193542, 193553, 193568, 193586, 193597, 193611, 193624, 193633, 193642, 193650, 193662, 193676, 193693, 193702, 193719, 193732, 193745, 193757, 193772, 193787, 193797, 193808, 193819, 193825, 193838, 193854, 193868, 193883, 193901, 193916, 193933, 193948, 193961, 193976, 193989, 193999, 194017, 194031, 194045, 194058, 194075, 194094, 194116, 194130, 194152, 194170, 194188, 194205, 194225, 194245, 194260, 194276, 194292, 194303, 194325, 194349, 194376, 194395, 194422, 194445, 194468, 194490, 194515, 194540, 194560, 194577, 194596, 194618, 194632, 194654, 194672, 194690, 194707, 194727, 194747, 194762, 194779, 194799, 194812, 194828, 194840, 194854, 194871, 194880, 194897, 194910, 194923, 194935, 194950, 194965, 194975, 194991, 195005, 195020, 195037, 195052, 195065, 195080, 195093, 195110, 195130, 195143, 195159, 195175, 195189, 195204, 195221, 195236, 195249, 195264, 195277, 195294, 195314, 195327, 195343, 195365, 195369, 195386, 195400, 195417, 195429, 195459, 195483, 195497, 195516, 195532, 195545, 195558, 195574, 195589, 195601, 195613, 195631, 195645, 195658, 195676, 195691, 195703, 195715, 195730, 195744, 195755, 195766, 195783, 195796, 195801, 195807, 195822, 195839, 195855, 195868, 195883, 195902, 195923, 195943, 195960, 195979, 195997, 196019, 196041, 196047, 196057, 196065, 196069, 196073, 196077, 196080, 196084, 196094, 196117, 196137, 196157, 196177, 196199, 196216, 196234, 196252, 196268, 196285, 196300, 196315, 196329, 196334, 196347, 196365, 196380, 196399, 196418, 196428, 196438, 196449, 196456, 196470, 196486, 196503, 196508, 196514, 196521, 196537, 196549, 196561, 196575, 196596, 196611, 196624, 196640, 196652, 196669, 196683, 196694, 196698, 196703, 196716, 196730, 196748, 196766, 196785, 196805, 196824, 196835, 196852, 196870, 196892, 196914, 196937, 196961, 196975, 196990, 197009, 197028, 197048, 197069, 197089, 197103, 197118, 197137, 197156, 197176, 197197, 197217, 197234, 197252, 197274, 197296, 197319, 197343, 197366, 197378, 197391, 197408, 197425, 197443, 197462, 197480, 197490, 197503, 197512, 197525, 197536, 197549, 197558, 197571, 197581, 197594, 197602, 197607, 197615, 197621, 197633, 197643, 197653, 197659, 197680, 197694, 197707, 197720, 197735, 197749, 197763, 197769, 197787, 197811, 197829, 197845, 197864, 197884, 197904, 197912, 197931, 197946, 197965, 197985, 197998, 198018, 198042, 198068, 198086, 198105, 198128, 198150, 198173, 198198, 198223, 198261, 198281, 198302, 198312, 198334, 198355, 198365, 198376, 198388, 198410, 198431, 198441, 198452, 198464, 198480, 198495, 198502, 198527, 198545, 198572, 198598, 198617, 198645, 198653, 198672, 198692, 198720, 198746, 198774, 198782, 198801, 198816, 198835, 198855, 198868, 198888, 198897, 198907, 198918, 198929, 198940, 198962, 198980, 199002, 199025, 199041, 199064, 199073, 199087, 199112, 199133, 199158, 199184, 199203, 199229, 199241, 199245, 199253, 199259, 199266, 199287, 199305, 199321, 199339, 199354, 199372, 199391, 199411, 199424, 199438, 199453, 199471, 199489, 199506, 199524, 199543, 199562, 199582, 199606, 199631, 199649, 199668, 199684, 199703, 199722, 199740, 199759, 199779, 199799, 199820, 199845, 199871, 199890, 199910, 199921, 199937, 199950, 199964, 199979, 199991, 200004, 200017, 200028, 200040, 200055, 200062, 200078, 200091, 200096, 200107, 200110, 200120, 200146, 200176, 200199, 200222, 200247, 200278, 200302, 200326, 200352, 200371, 200390, 200411, 200440, 200462, 200484, 200508, 200538, 200572, 200599, 200626, 200655, 200690, 200718, 200746, 200776, 200799, 200822, 200847, 200880, 200906, 200932, 200960, 200977, 200995, 201017, 201039, 201062, 201086, 201110, 201138, 201159, 201180, 201203, 201232, 201254, 201276, 201300, 201317, 201334, 201353, 201380, 201400, 201420, 201442, 201463, 201499, 201528, 201566, 201603, 201633, 201672, 201676, 201683, 201688, 201702, 201718, 201733, 201745, 201759, 201777, 201797, 201816, 201832, 201850, 201862, 201885, 201904, 201927, 201951, 201968, 201992, 201996, 202009, 202021, 202026, 202040, 202053, 202060, 202065, 202084, 202097, 202113, 202127, 202139, 202153, 202163, 202174, 202181, 202194, 202206, 202220, 202238, 202257, 202272, 202285, 202308, 202325, 202345, 202363, 202379, 202397, 202411, 202426, 202443, 202461, 202483, 202506, 202525, 202542, 202560, 202573, 202582, 202596, 202611, 202619, 202625, 202629, 202634, 202648, 202662, 202682, 202702, 202712, 202736, 202765, 202773, 202796, 202826, 202834, 202849, 202870, 202893, 202907, 202927, 202947, 202959, 202973, 202989, 203010, 203029, 203048, 203065, 203089, 203118, 203130, 203143, 203166, 203196, 203217, 203236, 203255, 203274, 203289, 203310, 203333, 203337, 203350, 203369, 203389, 203404, 203424, 203441, 203455, 203469, 203486, 203502, 203515, 203528, 203547, 203562, 203585, 203613, 203638, 203660, 203682, 203707, 203731, 203752, 203773, 203800, 203823, 203834, 203854, 203876, 203893, 203913, 203931, 203950, 203967, 203978, 203989, 204001, 204015, 204025, 204049, 204075, 204096, 204111, 204126, 204142, 204160, 204180, 204204, 204223, 204239, 204259, 204274, 204285, 204297, 204311, 204323, 204333, 204351, 204378, 204407, 204431, 204458, 204483, 204509, 204533, 204551, 204569, 204588, 204609, 204626, 204657, 204690, 204718, 204740, 204762, 204785, 204810, 204837, 204868, 204894, 204917, 204944, 204966, 204984, 205003, 205024, 205043, 205062, 205081, 205100, 205111, 205126, 205140, 205157, 205179, 205198, 205214, 205230, 205249, 205267, 205282, 205297, 205318, 205335, 205355, 205380, 205402, 205421, 205440, 205462, 205483, 205501, 205519, 205543, 205563, 205586, 205614, 205623, 205633, 205648, 205670, 205699, 205713, 205727, 205744, 205756, 205769, 205781, 205795, 205818, 205843, 205863, 205886, 205907, 205929, 205949, 205963, 205977, 205992, 206009, 206022, 206049, 206078, 206102, 206120, 206138, 206157, 206178, 206201, 206228, 206250, 206269, 206292, 206310, 206324, 206339, 206356, 206371, 206388, 206406, 206429, 206449, 206466, 206483, 206503, 206522, 206538, 206554, 206576, 206594, 206613, 206637, 206658, 206676, 206694, 206715, 206735, 206752, 206769, 206792, 206811, 206821, 206838, 206853, 206869, 206887, 206910, 206930, 206947, 206964, 206984, 207003, 207019, 207035, 207057, 207075, 207088, 207103, 207118, 207136, 207149, 207163, 207179, 207194, 207203, 207219, 207235, 207254, 207268, 207283, 207300, 207311, 207324, 207341, 207359, 207372, 207386, 207400, 207413, 207433, 207452, 207468, 207489, 207507, 207522, 207537, 207555, 207572, 207592, 207615, 207637, 207658, 207672, 207686, 207706, 207722, 207745, 207766, 207791, 207804, 207815, 207835, 207853, 207875, 207896, 207915, 207938, 207957, 207974, 207995, 208017, 208037, 208061, 208076, 208097, 208116, 208139, 208153, 208173, 208195, 208204, 208215, 208225, 208230, 208249, 208282, 208303, 208332, 208353, 208369, 208389, 208408, 208427, 208446, 208462, 208479, 208496, 208515, 208529, 208547, 208564, 208581, 208598, 208612, 208627, 208642, 208655, 208675, 208690, 208709, 208727, 208745, 208763, 208778, 208794, 208810, 208822, 208848, 208862, 208884, 208896, 208910, 208923, 208938, 208950, 208964, 208980, 208997, 209009, 209023, 209033, 209045, 209055, 209065, 209078, 209086, 209095, 209105, 209120, 209132, 209141, 209150, 209165, 209185, 209202, 209216, 209230, 209247, 209263, 209276, 209289, 209308, 209323, 209335, 209346, 209354, 209362, 209376, 209386, 209392, 209412, 209417, 209431, 209443, 209464, 209487, 209505, 209526, 209545, 209565, 209583, 209595, 209607, 209620, 209635, 209646, 209671, 209698, 209720, 209736, 209752, 209769, 209788, 209809, 209834, 209854, 209871, 209892, 209908, 209920, 209933, 209948, 209961, 209980, 210008, 210038, 210063, 210091, 210117, 210144, 210169, 210188, 210207, 210227, 210249, 210267, 210299, 210333, 210362, 210385, 210408, 210432, 210458, 210486, 210518, 210545, 210569, 210597, 210620, 210639, 210659, 210681, 210701, 210721, 210741, 210765, 210794, 210817, 210847, 210856, 210874, 210898, 210914, 210930, 210946, 210964, 210986, 211014, 211034, 211054, 211074, 211096, 211122, 211148, 211168, 211198, 211226, 211248, 211270, 211286, 211312, 211336, 211351, 211375, 211401, 211422, 211446, 211468, 211491, 211512, 211527, 211542, 211558, 211576, 211590, 211618, 211648, 211673, 211692, 211711, 211731, 211753, 211777, 211805, 211828, 211848, 211872, 211891, 211906, 211922, 211940, 211956, 211965, 211980, 211992, 211999, 212007, 212028, 212051, 212061, 212072, 212087, 212102, 212118, 212135, 212151, 212160, 212170, 212184, 212198, 212213, 212229, 212244, 212249, 212255, 212265, 212270, 212282, 212289, 212304, 212309, 212315, 212320, 212332, 212349, 212369, 212393, 212407, 212422, 212441, 212450, 212455, 212464, 212481, 212493, 212501, 212507, 212515, 212524, 212537, 212550, 212564, 212579, 212593, 212601, 212609, 212618, 212630, 212642, 212653, 212665, 212678, 212691, 212705, 212723, 212742, 212754, 212767, 212775, 212785, 212796, 212808, 212828, 212847, 212855, 212860, 212866, 212881, 212899, 212914, 212935, 212956, 212981, 213011, 213035, 213066, 213080, 213096, 213118, 213142, 213153, 213161, 213170, 213178, 213187, 213192, 213197, 213205, 213209, 213218, 213238, 213254, 213274, 213295, 213309, 213330, 213337, 213349, 213372, 213391, 213414, 213438, 213455, 213479, 213484, 213489, 213498, 213504, 213511, 213519, 213528, 213543, 213555, 213574, 213587, 213602, 213622, 213638, 213654, 213672, 213697, 213716, 213733, 213753, 213769, 213790, 213808, 213815, 213828, 213842, 213852, 213868, 213877, 213889, 213914, 213936, 213958, 213980, 214004, 214023, 214043, 214063, 214081, 214100, 214117, 214134, 214150, 214160, 214181, 214198, 214219, 214241, 214256, 214278, 214298, 214314, 214330, 214348, 214373, 214392, 214409, 214429, 214445, 214466, 214484, 214499, 214508, 214518, 214534, 214547, 214567, 214581, 214597, 214613, 214624, 214630, 214637, 214645, 214657, 214677, 214694, 214706, 214719, 214733, 214749, 214762, 214771, 214786, 214792, 214799, 214805, 214819, 214836, 214849, 214862, 214877, 214899, 214915, 214929, 214946, 214959, 214977, 214992, 215003, 215015, 215027, 215045, 215060, 215082, 215098, 215116, 215134, 215146, 215157, 215172, 215188, 215198, 215202, 215212, 215224, 215230, 215235, 215240, 215248, 215251, 215259, 215266, 215273, 215291, 215308, 215325, 215334, 215342, 215350, 215354, 215364, 215379, 215393, 215407, 215420, 215432, 215442, 215454, 215468, 215480, 215490, 215503, 215510, 215525, 215543, 215555, 215569, 215583, 215597, 215611, 215623, 215637, 215649, 215660, 215672, 215688, 215702, 215711, 215720, 215729, 215743, 215753, 215764, 215778, 215791, 215802, 215815, 215830, 215843, 215854, 215868, 215876, 215892, 215911, 215924, 215939, 215954, 215969, 215984, 215997, 216012, 216025, 216037, 216050, 216067, 216082, 216092, 216102, 216112, 216127, 216138, 216146, 216151, 216162, 216171, 216180, 216192, 216202, 216212, 216231, 216238, 216256, 216268, 216285, 216293, 216301, 216316, 216336, 216361, 216383, 216405, 216427, 216451, 216470, 216490, 216510, 216528, 216547, 216564, 216581, 216597, 216602, 216616, 216636, 216656, 216680, 216709, 216732, 216762, 216777, 216798, 216821, 216829, 216836, 216842, 216851, 216856, 216865, 216874, 216884, 216889, 216895, 216902, 216915, 216933, 216954, 216979, 216994, 217010, 217030, 217040, 217045, 217053, 217065, 217076, 217093, 217116, 217131, 217146, 217161, 217178, 217199, 217226, 217245, 217264, 217283, 217304, 217329, 217354, 217373, 217402, 217429, 217450, 217471, 217486, 217511, 217534, 217546, 217560, 217575, 217592, 217606, 217613, 217617, 217627, 217642, 217663, 217676, 217689, 217702, 217717, 217736, 217761, 217778, 217795, 217812, 217831, 217854, 217877, 217894, 217921, 217946, 217965, 217984, 217997, 218020, 218041, 218045, 218050, 218062, 218074, 218087, 218102, 218123, 218148, 218173, 218191, 218204, 218220, 218243, 218270, 218297, 218317, 218337, 218350, 218365, 218384, 218403, 218415, 218427, 218440, 218449, 218467, 218486, 218499, 218513, 218527, 218548, 218573, 218598, 218616, 218634, 218645, 218658, 218671, 218686, 218703, 218725, 218745, 218765, 218783, 218796, 218810, 218832, 218852, 218872, 218892, 218900, 218910, 218919, 218929, 218943, 218958, 218981, 219006, 219022, 219031, 219044, 219058, 219080, 219104, 219119, 219130, 219143, 219158, 219178, 219196, 219214, 219230, 219241, 219253, 219273, 219291, 219309, 219327, 219344, 219358, 219371, 219386, 219403, 219417, 219437, 219454, 219468, 219493, 219514, 219540, 219554, 219570, 219586, 219603, 219622, 219626, 219631, 219648, 219662, 219675, 219685, 219704, 219720, 219735, 219747, 219757, 219774, 219786, 219800, 219816, 219831, 219844, 219851, 219859, 219871, 219884, 219904, 219919, 219936, 219955, 219973, 219989, 220002, 220022, 220037, 220054, 220073, 220091, 220107, 220114, 220122, 220144, 220165, 220188, 220209, 220233, 220256, 220275, 220295, 220319, 220337, 220354, 220372, 220391, 220405, 220419, 220436, 220454, 220472, 220492, 220511, 220525, 220540, 220560, 220573, 220597, 220611, 220624, 220651, 220678, 220701, 220728, 220757, 220790, 220813, 220841, 220869, 220893, 220921, 220951, 220985, 221009, 221018, 221035, 221047, 221066, 221080, 221096, 221114, 221131, 221146, 221156, 221176, 221196, 221212, 221229, 221249, 221270, 221286, 221308, 221323, 221349, 221365, 221372, 221380, 221390, 221404, 221421, 221432, 221444, 221466, 221487, 221510, 221528, 221549, 221568, 221590, 221614, 221637, 221655, 221674, 221694, 221718, 221735, 221751, 221765, 221781, 221802, 221820, 221838, 221856, 221872, 221891, 221912, 221933, 221954, 221972, 221989, 222003, 222019, 222036, 222064, 222088, 222102, 222122, 222140, 222159, 222179, 222195, 222209, 222226, 222241, 222257, 222275, 222293, 222311, 222331, 222344, 222358, 222376, 222391, 222409, 222425, 222444, 222462, 222474, 222490, 222509, 222523, 222537, 222553, 222569, 222585, 222603, 222623, 222643, 222663, 222679, 222698, 222708, 222724, 222743, 222768, 222795, 222822, 222833, 222848, 222866, 222878, 222895, 222913, 222929, 222942, 222958, 222975, 222992, 223007, 223023, 223041, 223061, 223076, 223094, 223107, 223128, 223148, 223166, 223182, 223199, 223222, 223235, 223251, 223264, 223280, 223302, 223320, 223344, 223356, 223374, 223394, 223412, 223429, 223446, 223463, 223483, 223499, 223513, 223529, 223541, 223558, 223577, 223590, 223603, 223613, 223634, 223651, 223673, 223683, 223695, 223707, 223720, 223735, 223739, 223749, 223761, 223784, 223803, 223826, 223850, 223867, 223891, 223908, 223929, 223943, 223957, 223973, 223995, 224010, 224025, 224042, 224052, 224062, 224074, 224094, 224107, 224120, 224135, 224147, 224157, 224162, 224168, 224178, 224197, 224205, 224221, 224241, 224261, 224267, 224275, 224280, 224287, 224294, 224311, 224333, 224354, 224370, 224377, 224385, 224398, 224411, 224428, 224443, 224457, 224476, 224499, 224513, 224534, 224555, 224572, 224585, 224598, 224609, 224623, 224633, 224657, 224675, 224692, 224711, 224729, 224752, 224770, 224793, 224809, 224829, 224849, 224882, 224897, 224916, 224936, 224955, 224967, 224987, 225001, 225017, 225029, 225050, 225064, 225083, 225102, 225126, 225150, 225171, 225190, 225213, 225235, 225259, 225279, 225304, 225322, 225343, 225359, 225380, 225404, 225426, 225444, 225458, 225483, 225503, 225527, 225544, 225564, 225585, 225598, 225619, 225632, 225649, 225664, 225680, 225694, 225708, 225731, 225752, 225769, 225782, 225806, 225825, 225848, 225864, 225883, 225903, 225915, 225935, 225947, 225955, 225963, 225972, 225986, 226015, 226042, 226065, 226084, 226114, 226139, 226168, 226190, 226215, 226241, 226259, 226285, 226303, 226323, 226347, 226369, 226391, 226409, 226423, 226437, 226452, 226477, 226496, 226514, 226534, 226553, 226577, 226594, 226615, 226636, 226670, 226686, 226706, 226727, 226740, 226761, 226778, 226791, 226802, 226821, 226828, 226838, 226850, 226863, 226873, 226884, 226903, 226919, 226933, 226951, 226968, 226989, 227015, 227040, 227060, 227081, 227104, 227122, 227142, 227167, 227179, 227191, 227204, 227219, 227236, 227251, 227271, 227292, 227308, 227329, 227355, 227380, 227400, 227416, 227437, 227450, 227469, 227493, 227516, 227534, 227545, 227561, 227578, 227590, 227609, 227624, 227631, 227649, 227669, 227681, 227694, 227711, 227727, 227744, 227761, 227780, 227799, 227831, 227845, 227860, 227877, 227899, 227920, 227936, 227956, 227968, 227985, 227999, 228011, 228024, 228040, 228058, 228078, 228090, 228103, 228120, 228136, 228153, 228172, 228191, 228223, 228237, 228252, 228260, 228269, 228289, 228313, 228335, 228357, 228375, 228389, 228403, 228418, 228443, 228462, 228480, 228500, 228519, 228543, 228560, 228581, 228602, 228636, 228652, 228672, 228693, 228706, 228727, 228744, 228757, 228768, 228780, 228789, 228804, 228824, 228843, 228857, 228862, 228873, 228885, 228907, 228928, 228944, 228967, 228982, 229001, 229022, 229039, 229058, 229074, 229098, 229121, 229132, 229144, 229162, 229185, 229205, 229222, 229239, 229259, 229278, 229294, 229310, 229332, 229350, 229364, 229382, 229394, 229413, 229430, 229450, 229469, 229493, 229514, 229532, 229550, 229571, 229591, 229608, 229625, 229648, 229667, 229680, 229703, 229725, 229742, 229766, 229782, 229802, 229824, 229842, 229862, 229879, 229892, 229907, 229927, 229952, 229974, 229993, 230012, 230034, 230055, 230073, 230091, 230115, 230135, 230156, 230182, 230205, 230225, 230245, 230268, 230290, 230309, 230328, 230353, 230374, 230390, 230413, 230435, 230451, 230463, 230474, 230485, 230495, 230512, 230533, 230551, 230564, 230581, 230598, 230614, 230630, 230642, 230655, 230675, 230695, 230720, 230744, 230765, 230783, 230797, 230814, 230826, 230842, 230858, 230868, 230885, 230906, 230922, 230942, 230962, 230981, 230999, 231020, 231045, 231058, 231075, 231096, 231116, 231128, 231144, 231164, 231180, 231200, 231224, 231242, 231256, 231276, 231292, 231312, 231336, 231364, 231396, 231413, 231434, 231452, 231465, 231488, 231510, 231531, 231556, 231573, 231594, 231610, 231630, 231650, 231674, 231694, 231718, 231746, 231778, 231795, 231816, 231836, 231855, 231877, 231903, 231917, 231935, 231957, 231978, 231991, 232008, 232029, 232046, 232067, 232092, 232111, 232126, 232143, 232164, 232189, 232218, 232251, 232269, 232291, 232305, 232318, 232332, 232345, 232359, 232368, 232384, 232398, 232413, 232427, 232438, 232451, 232468, 232480, 232493, 232515, 232536, 232552, 232575, 232590, 232609, 232630, 232647, 232666, 232682, 232703, 232719, 232739, 232759, 232768, 232778, 232798, 232817, 232839, 232865, 232879, 232897, 232919, 232940, 232953, 232970, 232991, 233008, 233029, 233054, 233073, 233088, 233105, 233126, 233151, 233180, 233213, 233231, 233253, 233267, 233291, 233319, 233337, 233350, 233367, 233378, 233390, 233401, 233423, 233449, 233467, 233489, 233506, 233527, 233548, 233573, 233594, 233619, 233648, 233681, 233699, 233721, 233735, 233747, 233768, 233792, 233815, 233837, 233855, 233872, 233889, 233903, 233923, 233942, 233964, 233990, 234004, 234022, 234044, 234065, 234078, 234095, 234116, 234133, 234154, 234179, 234198, 234213, 234230, 234251, 234276, 234305, 234338, 234356, 234378, 234392, 234408, 234424, 234447, 234469, 234486, 234510, 234526, 234546, 234568, 234586, 234606, 234623, 234637, 234653, 234664, 234669, 234675, 234692, 234711, 234722, 234734, 234750, 234765, 234781, 234802, 234818, 234836, 234854, 234885, 234898, 234912, 234920, 234933, 234955, 234979, 234998, 235020, 235040, 235061, 235080, 235093, 235106, 235120, 235136, 235148, 235174, 235202, 235225, 235242, 235259, 235277, 235297, 235319, 235345, 235366, 235384, 235406, 235423, 235436, 235450, 235466, 235480, 235506, 235530, 235550, 235566, 235593, 235615, 235641, 235660, 235682, 235705, 235720, 235743, 235758, 235775, 235794, 235805, 235817, 235833, 235848, 235864, 235882, 235900, 235931, 235944, 235958, 235963, 235979, 235988, 235994, 236008, 236026, 236038, 236050, 236062, 236076, 236094],
        },
        rules: &[
            (0, "override-earlier-instructions", Anchor::Any(&[Anchor::All(&[Anchor::Lits(&[6755, 6815, 6880, 7178, 7191, 8580, 8595, 8618, 8631, 9376, 9715, 10923, 10954, 11274, 11382, 11454, 12230, 12953]), Anchor::Lits(&[5781, 6555, 6950, 7089, 7259, 7271, 7278, 7287, 7385, 7397, 7460, 7470, 7481, 7513, 7544, 7589, 7596, 7606, 7617, 7649, 7680, 8223, 8325, 8478, 8919, 8937, 9042, 9052, 9692, 10095, 10136, 10161, 10193, 10224, 10231, 10264, 10323, 10455, 10583, 10591, 10609, 10624, 10702, 10709, 10716, 11036, 11069, 11558, 11681, 11771, 12071, 12079, 12085, 12092, 12099, 12106, 12306, 12908, 12915, 12946, 13085]), Anchor::Lits(&[5794, 5860, 7755, 8221, 8337, 8491, 8720, 9248, 10445, 10533, 10687, 10837, 10852, 10854, 10881, 11017, 11468, 11567, 12220])]), Anchor::All(&[Anchor::Lits(&[5781, 6555, 6950, 7089, 7259, 7271, 7278, 7287, 7385, 7397, 7460, 7470, 7481, 7513, 7544, 7589, 7596, 7606, 7617, 7649, 7680, 8223, 8325, 8478, 8919, 8937, 9042, 9052, 9692, 10095, 10136, 10161, 10193, 10224, 10231, 10264, 10323, 10455, 10583, 10591, 10609, 10624, 10702, 10709, 10716, 11036, 11069, 11558, 11681, 11771, 12071, 12079, 12085, 12092, 12099, 12106, 12306, 12908, 12915, 12946, 13085]), Anchor::Lits(&[6755, 6815, 6916, 6957, 7047, 7178, 7205, 7966, 8595, 8618, 8644, 9235, 9309, 9389, 9894, 10518, 10923, 10954, 11229, 11393, 11454, 12047, 12230, 12357, 12399, 12778, 12953]), Anchor::Lits(&[28, 90, 1702, 1895, 1902, 2011, 2107, 2249, 2899, 2958, 3034, 3135, 3150, 3153, 3163, 3214, 3518, 3559, 3904])]), Anchor::All(&[Anchor::Lits(&[27, 767, 1923, 1927, 2021, 3224, 3744, 4568, 4577, 5113, 5145, 5223, 5273, 5277, 5730]), Anchor::Lits(&[6755, 6815, 6880, 7178, 7191, 8580, 8595, 8618, 8631, 9376, 9715, 10923, 10954, 11274, 11382, 11454, 12230, 12953]), Anchor::Lits(&[5781, 6555, 6950, 7089, 7259, 7271, 7278, 7287, 7385, 7397, 7460, 7470, 7481, 7513, 7544, 7589, 7596, 7606, 7617, 7649, 7680, 8223, 8325, 8478, 8919, 8937, 9042, 9052, 9692, 10095, 10136, 10161, 10193, 10224, 10231, 10264, 10323, 10455, 10583, 10591, 10609, 10624, 10702, 10709, 10716, 11036, 11069, 11558, 11681, 11771, 12071, 12079, 12085, 12092, 12099, 12106, 12306, 12908, 12915, 12946, 13085])])])),
            (1, "override-all-instructions", Anchor::Any(&[Anchor::Lits(&[1184, 1185, 1191, 2110, 2111, 2250, 2290, 2610, 2961, 3133, 3140, 3199, 3912, 3916, 3928]), Anchor::All(&[Anchor::Lits(&[6755, 6815, 7178, 7191, 8580, 8595, 8618, 8631, 9376, 10923, 10954, 11393, 11454, 12230, 12953]), Anchor::Lits(&[5781, 6555, 6950, 7089, 7259, 7271, 7278, 7287, 7385, 7397, 7460, 7470, 7481, 7513, 7544, 7589, 7596, 7606, 7617, 7649, 7680, 8223, 8325, 8478, 8919, 8937, 9042, 9052, 9692, 10095, 10136, 10161, 10193, 10224, 10231, 10264, 10323, 10455, 10583, 10591, 10609, 10624, 10702, 10709, 10716, 11036, 11069, 11558, 11681, 11771, 12071, 12079, 12085, 12092, 12099, 12106, 12306, 12908, 12915, 12946, 13085]), Anchor::Lits(&[5892, 6126, 7941, 13943])]), Anchor::All(&[Anchor::Lits(&[6753, 7191, 8593, 8631, 9376, 9714, 10954, 11273, 11382, 11452, 11469]), Anchor::Lits(&[5781, 6555, 6950, 7089, 7259, 7271, 7278, 7287, 7385, 7397, 7460, 7470, 7481, 7513, 7544, 7589, 7596, 7606, 7617, 7649, 7680, 8223, 8325, 8478, 8919, 8937, 9042, 9052, 9692, 10095, 10136, 10161, 10193, 10224, 10231, 10264, 10323, 10455, 10583, 10591, 10609, 10624, 10702, 10709, 10716, 11036, 11069, 11558, 11681, 11771, 12071, 12079, 12085, 12092, 12099, 12106, 12306, 12908, 12915, 12946, 13085]), Anchor::Lits(&[6126, 7732, 7941])]), Anchor::All(&[Anchor::Lits(&[6114, 6115, 6116, 6117, 6118, 6119, 6120, 6121, 6122, 6123, 6124, 10476, 10477, 10478, 10479, 10480, 10481, 10482, 10483, 10484, 10485, 10486, 11837, 11838, 11839, 11840, 11841, 11842, 11843, 11844, 11845, 11846, 11847, 11981, 11982, 11983, 11984, 11985, 11986, 11987, 11988, 11989, 11990, 11991, 11992, 11993, 11994, 11995, 11996, 11997, 11998, 11999, 12000, 12001, 12002, 12442, 12443, 12444, 12445, 12446, 12447, 12448, 12449, 12450, 12451, 12452, 12453, 12454, 12455, 12456, 12457, 12458, 12459, 12460, 12461, 12462, 12463, 12531, 12532, 12533, 12534, 12535, 12536, 12537, 12538, 12539, 12540, 12541, 12542, 12543, 12544, 12545, 12546, 12547, 12548, 12549, 12550, 12551, 12552, 12597, 12598, 12599, 12600, 12601, 12602, 12603, 12604, 12605, 12606, 12607, 12608, 12609, 12610, 12611, 12612, 12613, 12614, 12615, 12616, 12617, 12618, 12623, 12624, 12625, 12626, 12627, 12628, 12629, 12630, 12631, 12632, 12633, 12659, 12660, 12661, 12662, 12663, 12664, 12665, 12670, 12671, 12672, 12673, 12755, 12756, 12757, 12758, 12759, 12760, 12761, 12762, 12763, 12764, 12765, 12766, 12767, 12768, 12769, 12770, 12771, 12772, 12773, 12774, 12775, 12776, 13960, 13961, 13962, 13963, 13964, 13965, 13966, 13967, 13968, 13969, 13970, 13977, 13978, 13979, 13980, 13981, 13982, 13983, 13984, 13985, 13986, 13987, 14001, 14002, 14003, 14004, 14005, 14006, 14007, 14008, 14009, 14010, 14011, 14012, 14013, 14014, 14015, 14016, 14017, 14018, 14019, 14020, 14021, 14022]), Anchor::Lits(&[849, 914, 969, 1001, 1017, 1029, 1037, 1238, 1239, 1242, 1745, 1824, 2056, 2058, 2061, 2062, 2066, 2285, 2289, 2530, 2535, 2641, 2642, 2643, 3110, 3159, 3196, 3198, 3209, 3380, 3381, 3420, 3476, 3516, 3526, 3917, 3918, 4489])]), Anchor::All(&[Anchor::Lits(&[5782, 5783, 5785, 5786, 6556, 6557, 6559, 6560, 6951, 6952, 6953, 6954, 7090, 7091, 7092, 7093, 7260, 7261, 7262, 7263, 7272, 7273, 7274, 7275, 7279, 7280, 7281, 7282, 7288, 7299, 7321, 7323, 7386, 7387, 7389, 7390, 7398, 7399, 7400, 7401, 7461, 7462, 7463, 7464, 7471, 7472, 7473, 7474, 7482, 7483, 7484, 7485, 7514, 7515, 7516, 7517, 7545, 7546, 7547, 7548, 7590, 7591, 7592, 7593, 7597, 7598, 7599, 7600, 7607, 7608, 7609, 7610, 7618, 7619, 7620, 7621, 7650, 7651, 7652, 7653, 7681, 7682, 7683, 7684, 8224, 8225, 8226, 8227, 8228, 8239, 8261, 8263, 8326, 8327, 8329, 8330, 8479, 8480, 8481, 8482, 8920, 8921, 8922, 8923, 8938, 8949, 8971, 8973, 9043, 9044, 9045, 9046, 9053, 9054, 9056, 9057, 9693, 9694, 9695, 9696, 10096, 10097, 10098, 10099, 10137, 10138, 10139, 10140, 10162, 10163, 10164, 10165, 10194, 10195, 10196, 10197, 10225, 10226, 10227, 10228, 10232, 10233, 10234, 10235, 10265, 10266, 10267, 10268, 10324, 10325, 10326, 10327, 10456, 10457, 10458, 10459, 10584, 10585, 10586, 10587, 10592, 10593, 10595, 10596, 10610, 10611, 10613, 10614, 10625, 10626, 10627, 10628, 10703, 10704, 10705, 10706, 10710, 10711, 10712, 10713, 10717, 10718, 10719, 10720, 11037, 11038, 11039, 11040, 11070, 11071, 11072, 11073, 11559, 11560, 11561, 11562, 11682, 11683, 11684, 11685, 11772, 11773, 11782, 11784, 12072, 12073, 12074, 12075, 12080, 12081, 12082, 12083, 12086, 12087, 12088, 12089, 12093, 12094, 12095, 12096, 12100, 12101, 12102, 12103, 12107, 12108, 12109, 12110, 12307, 12308, 12309, 12310, 12909, 12910, 12911, 12912, 12916, 12917, 12918, 12919, 12947, 12948, 12949, 12950, 13086, 13089, 13090, 13091]), Anchor::Lits(&[2935, 3993, 4030, 5088, 5108, 5113, 5129, 5180, 5197, 5273, 5730])]), Anchor::All(&[Anchor::Lits(&[1850, 1851, 1852, 1853, 1854, 1855, 1856, 1857, 1866, 1867, 1868, 1869, 1870, 1871, 1872, 1873, 1874, 1875, 1876, 1877, 1878, 1879, 1880, 1881, 1882, 1883, 1884, 1885, 1886, 1887, 1888, 1889, 1890, 1891, 1892, 1893, 1894, 2426, 3956, 4415, 4422]), Anchor::Lits(&[6755, 6815, 7178, 7191, 8580, 8595, 8618, 8631, 9376, 10923, 10954, 11393, 11454, 12230, 12953])])])),
            (2, "override-named-policy", Anchor::Any(&[Anchor::Lits(&[2063, 2064, 2067, 2068, 2286, 2287, 2298, 2299, 3111, 3112, 3116, 3117, 3418, 3419, 3421, 3422, 3473, 3474, 3479, 3480, 5299, 5354, 5355, 5360, 5389, 5391, 5420, 5421, 5422, 5423, 5424, 5425, 5429, 5437, 5438, 5439, 5440, 5441, 5445, 5497, 5500, 5516, 5532, 5533, 5534, 5535, 5536, 5542, 5546, 5550, 5553, 5555, 5557, 5564, 5584, 5585, 5586, 5587, 5588, 5590, 5591, 5592, 5593, 5594, 5638, 5671]), Anchor::All(&[Anchor::Lits(&[1028, 2065, 2534, 3109, 3113, 3212, 3417, 3475]), Anchor::Lits(&[45, 74, 971, 973, 1032, 1073, 1074, 1141, 1182, 2045, 2951, 3180, 3298, 3517, 3567, 3743, 3903, 4582]), Anchor::Lits(&[5780, 6554, 6949, 7088, 7258, 7270, 7277, 7286, 7396, 7459, 7469, 7480, 7512, 7543, 7588, 7595, 7605, 7616, 7648, 7679, 8222, 8477, 8918, 8936, 9051, 9691, 10094, 10135, 10160, 10192, 10223, 10230, 10263, 10322, 10454, 10582, 10590, 10608, 10623, 10701, 10708, 10715, 11035, 11068, 11557, 11680, 11770, 12070, 12078, 12084, 12091, 12098, 12105, 12305, 12907, 12914, 12945, 13084])])])),
            (3, "override-everything-before", Anchor::All(&[Anchor::Lits(&[27, 753, 1701, 2227, 2242, 3157, 3174, 3744, 4568, 4577, 5054, 5058, 5059, 5081, 5084, 5086, 5087, 5114, 5115, 5116, 5117, 5118, 5119, 5120, 5121, 5122, 5123, 5124, 5125, 5126, 5127, 5141, 5145, 5146, 5152, 5153, 5154, 5156, 5158, 5170, 5171, 5264, 5265, 5266, 5267, 5268, 5269, 5270, 5272, 5273, 5274, 5275, 5276, 5277, 5278, 5290, 5291, 5292, 5293, 5294, 5295, 5296, 5726, 5730, 5731, 5737, 5738, 5739, 5741, 5742]), Anchor::Lits(&[24, 857, 1049, 1161, 1273, 1275, 1277, 1280, 1284, 1286, 1307, 1320, 1330, 1343, 1366, 1611, 1615, 1628, 1638, 1651, 1674, 1897, 1901, 2008, 2184, 2189, 2196, 2203, 2476, 2674, 2707, 2719, 2748, 2770, 2776, 2804, 2843, 2910, 2985, 2988, 2992, 2994, 3045, 3047, 3049, 3236, 3279, 3553, 3631, 3700, 3789, 3792, 3800, 3804, 3809, 3812, 3940, 4428, 4430, 4487, 4553]), Anchor::Lits(&[5891, 6143, 7966, 13320])])),
            (4, "override-the-above", Anchor::All(&[Anchor::Lits(&[28, 768, 3136, 3156]), Anchor::Lits(&[23, 856, 1048, 1160, 1272, 1274, 1276, 1279, 1285, 1306, 1319, 1329, 1342, 1365, 1610, 1614, 1627, 1637, 1650, 1673, 1896, 2007, 2183, 2188, 2202, 2475, 2673, 2706, 2718, 2747, 2769, 2775, 2803, 2842, 2909, 2984, 2987, 2991, 2993, 3044, 3046, 3048, 3235, 3278, 3552, 3630, 3699, 3788, 3791, 3799, 3803, 3808, 3811, 3939, 4427, 4429, 4486, 4552])])),
            (5, "override-bare-instructions", Anchor::Lits(&[857, 1280, 1897, 2189, 2719, 2748, 2988, 3045, 3804, 3812])),
            (6, "override-previous-loosely", Anchor::Any(&[Anchor::Lits(&[11317, 11318, 11319, 11320, 11321, 11322, 11323, 11324, 11325, 11326, 11327, 11328]), Anchor::All(&[Anchor::Lits(&[8937]), Anchor::Lits(&[6755, 6815, 7178, 7191, 8580, 8595, 8618, 8631, 9376, 10923, 10954, 11393, 11454, 12230, 12953]), Anchor::Lits(&[7755, 10854, 10881])])])),
            (7, "override-previous-context", Anchor::Any(&[Anchor::All(&[Anchor::Lits(&[940, 968, 1042, 1053, 1237, 2030, 2181, 2263, 2614, 2882, 2954, 3054, 3197, 3960]), Anchor::Lits(&[5781, 6555, 6950, 7089, 7259, 7271, 7278, 7287, 7385, 7397, 7460, 7470, 7481, 7513, 7544, 7589, 7596, 7606, 7617, 7649, 7680, 8223, 8325, 8478, 8919, 8937, 9042, 9052, 9692, 10095, 10136, 10161, 10193, 10224, 10231, 10264, 10323, 10455, 10583, 10591, 10609, 10624, 10702, 10709, 10716, 11036, 11069, 11558, 11681, 11771, 12071, 12079, 12085, 12092, 12099, 12106, 12306, 12908, 12915, 12946, 13085]), Anchor::Lits(&[5793, 5859, 7754, 8220, 8336, 8490, 8719, 9247, 10444, 10532, 10686, 10836, 10851, 10880, 11016, 11467, 11566, 12219])]), Anchor::All(&[Anchor::Lits(&[5790, 5792, 5983, 6567, 6955, 7094, 7264, 7276, 7283, 7383, 7394, 7402, 7475, 7486, 7518, 7594, 7611, 7622, 7654, 8323, 8334, 8483, 8932, 9039, 9048, 9061, 10100, 10141, 10166, 10198, 10229, 10236, 10269, 10328, 10419, 10460, 10588, 10603, 10621, 10629, 10707, 10714, 10721, 11041, 11074, 11563, 11686, 11832, 12076, 12090, 12097, 12104, 12111, 12913, 12920, 12951, 13093]), Anchor::Lits(&[6320, 6948, 8514, 8910, 9569, 9928, 10408, 10747, 11032, 11371, 12354])])])),
            (8, "override-rules-that-bind-you", Anchor::Lits(&[3994, 3996, 3997, 3998, 3999, 4010, 4011, 4012, 4014, 4026, 4027, 4031, 4032, 4087, 4088, 4089, 4090, 4104, 4105, 4110, 4111, 4112, 4113, 4116, 4117, 4118, 4119, 4748, 4749, 4750, 4751, 4752, 4762, 4763, 4764, 4765, 4775, 4776, 4778, 4779, 4808, 4809, 4810, 4811, 4816, 4817, 4818, 4819, 4820, 4821, 4823, 4824, 4825, 4826])),
            (9, "override-everything-then-order", Anchor::Lits(&[1281, 1282, 1283, 1898, 1899, 1900, 2190, 2191, 2192, 2720, 2721, 2722, 2749, 2750, 2751, 3554, 3555, 3556])),
            (10, "hijack-the-content", Anchor::Any(&[Anchor::All(&[Anchor::Lits(&[7288, 7299, 7311, 7312, 7314, 7316, 7317, 7318, 7319, 7320, 7322, 7334, 7335, 7336, 7338, 7340, 7341, 7342, 7343, 7344, 7345, 7348, 7351, 7353, 7354, 7355, 7356, 7357, 7358, 7359, 7361, 7362, 7363, 7364, 7366, 7367, 7368, 7370, 7371, 7372, 7374, 7375, 7376, 7377, 7378, 7379, 7380, 7381, 8228, 8239, 8251, 8252, 8254, 8256, 8257, 8258, 8259, 8260, 8262, 8274, 8275, 8276, 8278, 8280, 8281, 8282, 8283, 8284, 8285, 8288, 8291, 8293, 8294, 8295, 8296, 8297, 8298, 8299, 8301, 8302, 8303, 8304, 8306, 8307, 8308, 8310, 8311, 8312, 8314, 8315, 8316, 8317, 8318, 8319, 8320, 8321, 8938, 8949, 8961, 8962, 8964, 8966, 8967, 8968, 8969, 8970, 8972, 8984, 8985, 8986, 8988, 8990, 8991, 8992, 8993, 8994, 8995, 8998, 9001, 9003, 9004, 9005, 9006, 9007, 9008, 9009, 9011, 9012, 9013, 9014, 9016, 9017, 9018, 9020, 9021, 9022, 9030, 9031, 9032, 9033, 9034, 9035, 9036, 9037, 11772, 11773, 11774, 11775, 11776, 11777, 11778, 11779, 11780, 11781, 11783, 11785, 11786, 11787, 11788, 11789, 11790, 11791, 11792, 11793, 11794, 11795, 11796, 11797, 11802, 11803, 11804, 11805, 11806, 11807, 11814, 11815, 11816, 11817, 11818, 11819, 11820, 11821, 11822, 11823, 11824, 11825, 11826, 11827, 11828, 11829, 11830, 11831]), Anchor::Lits(&[6111, 6693, 7066, 8128, 8129, 8130, 10570, 10571, 10572, 10877, 10878, 10879, 11172, 11173, 11175, 11251, 11252, 11539, 12040, 12393, 12394, 13681])]), Anchor::All(&[Anchor::Lits(&[7289, 7290, 7291, 7292, 7293, 7294, 7295, 7296, 7297, 7298, 7300, 7301, 7302, 7303, 7304, 7305, 7306, 7307, 7308, 7310, 7313, 7315, 7324, 7325, 7326, 7327, 7328, 7329, 7330, 7331, 7332, 7333, 7337, 7339, 7346, 7347, 7349, 7350, 7352, 7365, 8229, 8230, 8231, 8232, 8233, 8234, 8235, 8236, 8237, 8238, 8240, 8241, 8242, 8243, 8244, 8245, 8246, 8247, 8248, 8250, 8253, 8255, 8264, 8265, 8266, 8267, 8268, 8269, 8270, 8271, 8272, 8273, 8277, 8279, 8286, 8287, 8289, 8290, 8292, 8305, 8939, 8940, 8941, 8942, 8943, 8944, 8945, 8946, 8947, 8948, 8950, 8951, 8952, 8953, 8954, 8955, 8956, 8957, 8958, 8960, 8963, 8965, 8974, 8975, 8976, 8977, 8978, 8979, 8980, 8981, 8982, 8983, 8987, 8989, 8996, 8997, 8999, 9000, 9002, 9015]), Anchor::Lits(&[235, 854, 1760, 2962])])])),
            (11, "instructions-void", Anchor::All(&[Anchor::Lits(&[6756, 6816, 6881, 7179, 7192, 7206, 8581, 8596, 8619, 8632, 8645, 9377, 9390, 9716, 10924, 10955, 10990, 11275, 11383, 11394, 11455, 12231, 12243, 12954]), Anchor::Lits(&[16, 18, 88, 885, 887, 1168, 1174, 1269, 1725, 1737, 1797, 1807, 1808, 2043, 2193, 2317, 2323, 2449, 2484, 2779, 2789, 2823, 2824, 2825, 2827, 2829, 2840, 2841, 2886, 2894, 2953, 2973, 2983, 2986, 3323, 3343, 3346, 3353, 3354, 3428, 3435, 3846, 3855, 3876, 4623, 4942, 4989, 5043, 7450, 7506, 7571, 7572, 7573, 7574, 7579, 7642, 10219, 10220, 10221, 10222, 10240, 10241, 10242, 10243]), Anchor::Lits(&[28, 90, 139, 231, 1702, 1895, 1902, 2011, 2107, 2249, 2899, 2958, 3034, 3135, 3150, 3153, 3163, 3214, 3518, 3559, 3904, 4124, 4382, 4426, 5297])])),
            (12, "instructions-superseded", Anchor::All(&[Anchor::Lits(&[711, 883, 888, 2074, 2076, 2318, 2319, 2975, 2976, 2988, 2990, 2994, 2995, 3345, 3347, 3853, 3856, 3941, 3942, 4497, 4498, 4941]), Anchor::Lits(&[6753, 6948, 7191, 8618, 9376, 9882, 9929, 10509, 10777, 10803, 10954, 11393])])),
            (13, "stop-following-instructions", Anchor::Any(&[Anchor::Lits(&[13703, 13705, 13707, 13709, 13713, 13716, 13720, 13721, 13726, 13727, 13729, 13730, 13733, 13751, 13752, 13753, 13754, 13755, 13756, 13757, 13758, 13759, 13760, 13761, 13762, 13763, 13769, 13770, 13771, 13772, 13773, 13774, 13775, 13776, 13777, 13778, 13779, 13780, 13781, 13786, 13787, 13788, 13789, 13790, 13791, 13792, 13793, 13794, 13795, 13796, 13797, 13798, 13800, 13801, 13803, 13805, 13807, 13810, 13812, 13813, 13818, 13819, 13820, 13821, 13823, 13912, 13913, 13915, 13917, 13919, 13922, 13924, 13925, 13930, 13931, 13932, 13933, 13935, 14296, 14297, 14298, 14299, 14300, 14301, 14302, 14303, 14304, 14305, 14306, 14307, 14308]), Anchor::All(&[Anchor::Lits(&[25, 26, 72, 73, 974, 975, 1840, 1845, 2142, 2143, 2540, 2541, 2871, 2875, 3355, 3356, 3785, 3786]), Anchor::Lits(&[6755, 6815, 6880, 7032, 7142, 7178, 7191, 8580, 8595, 8618, 8631, 9376, 9715, 9852, 10502, 10635, 10923, 10954, 11274, 11382, 11454, 12230, 12952, 12953]), Anchor::Lits(&[6651, 7446, 7575, 10115, 10217, 10253, 11066, 12068, 13718, 13734, 13828, 13830, 13893, 13894, 14258])])])),
            (14, "discredit-earlier-text", Anchor::Any(&[Anchor::Lits(&[5893, 5897, 5898, 5905, 5906, 5909, 5910, 5918, 5981, 5982, 6095, 6096, 6097, 6098, 6099, 6100, 6101, 6102, 6103, 6104, 6105, 6106, 6107, 6108, 6109, 6110, 6145, 6146, 6147, 6152, 6153, 6155, 6156, 6157, 6177, 6178, 6773, 6774, 6775, 6777, 6778, 6779, 6780, 6781, 6782, 6783, 6784, 6785, 6786, 6787, 6788, 6789, 6790, 6791, 6792, 6793, 6794, 6795, 6796, 6797, 6798, 6800, 6803, 6806, 6809, 6811, 6866, 6869, 6870, 6871, 6872, 6873, 6874, 6876, 6877, 6878, 6917, 6918, 6919, 6926, 6927, 6929, 6930, 6942, 6943, 6944, 7968, 7969, 7970, 7975, 7976, 7978, 7979, 7980, 8000, 8001, 8011, 8012, 8013, 8014, 8015, 8016, 8162, 8163, 8164, 8165, 8166, 8167, 8168, 8169, 8170, 8172, 8175, 8178, 8186, 8187, 8188, 8189, 9391, 9394, 9395, 9401, 9402, 9409, 9410, 9418, 9434, 9437, 9572, 9593, 9599, 9609, 9616, 9617, 9775, 9776, 9777, 9778, 9779, 9780, 9781, 9782, 9783, 9784, 9785, 9786, 9787, 9788, 9789, 9790, 9896, 9897, 9898, 9899, 9900, 9902, 9903, 9905, 9909, 9911, 10331, 10338, 10339, 10358, 10359, 10360, 10361, 10362, 10363, 10364, 10365, 10366, 10368, 10369, 10370, 10371, 10372, 10373, 10374, 10375, 10376, 10379, 10381, 10384, 10387, 10390, 10391, 10392, 10393, 10396, 10403, 10409, 10410, 10411, 10412, 10413, 10414, 10415, 10416, 10417, 10418, 10467, 10468, 10469, 10470, 10471, 10472, 10956, 10958, 10959, 10963, 10964, 10971, 10972, 10978, 10986, 10988, 10991, 10993, 10994, 10997, 10998, 11001, 11002, 11005, 11010, 11011, 11119, 11122, 11123, 11124, 11125, 11126, 11127, 11129, 11130, 11131, 11177, 11178, 11179, 11180, 11181, 11182, 11183, 11184, 11185, 11186, 11188, 11189, 11190, 11191, 11192, 11193, 11395, 11397, 11398, 11403, 11404, 11410, 11411, 11417, 11432, 11434, 11635, 11636, 11637, 11638, 11639, 11640, 11641, 11642, 11643, 11644, 11975, 11976, 11977, 11978, 11979, 11980, 12273, 12274, 12275, 12276, 12277, 12278, 12279, 12280, 12281, 12282, 12283, 12284, 12285, 12286, 12287, 12288, 12289, 12290, 12291, 12292, 12293, 12294, 12295, 12296, 12297, 12298, 12299, 12300, 12301, 12302, 12303, 12304, 12311, 12312, 12313, 12314, 12315, 12316, 12317, 12318, 12319, 12320, 12321, 12322, 12323, 12324, 12325, 12326, 12401, 12403, 12404, 12406, 12407, 12409, 12410, 12412, 12413, 12414, 12415, 12416, 12417, 12425, 12426, 12429, 12430, 12435, 12436, 12437, 12439, 12526, 12527, 12553, 12554, 12558, 12559, 12654, 12696, 12697, 12780, 12841, 12842, 12843, 12844, 12845, 12846, 12901, 12905, 12906, 12975, 12978, 12979, 12980, 12981, 12982, 12983, 12985, 12986, 12987, 13235, 13236, 13237, 13238, 13239, 13240, 13241, 13242, 13243, 13244, 13660, 13661, 13662, 13663, 13664, 13665, 13666, 13667, 13668, 13669, 13670, 13671, 13672, 13673, 13674, 13675]), Anchor::All(&[Anchor::Lits(&[6867, 6868, 6875, 6879, 7014, 7015, 7016, 7017, 7074, 7075, 7076, 7077, 11120, 11121, 11128, 11132, 12976, 12977, 12984, 12988]), Anchor::Lits(&[6756, 6816, 6881, 7179, 7192, 7206, 8581, 8596, 8619, 8632, 8645, 9377, 9390, 9716, 10924, 10955, 10990, 11275, 11383, 11394, 11455, 12231, 12243, 12954])]), Anchor::All(&[Anchor::Lits(&[5797, 5800, 5801, 5802, 5804, 5805, 5807, 7145, 7148, 7150, 7154, 7156, 7159, 7162, 7758, 7761, 7762, 7763, 7765, 7766, 7768, 8110, 8113, 8114, 8115, 8117, 8118, 8120, 8728, 8737, 8739, 8742, 8745, 8750, 8756, 10538, 10543, 10545, 10548, 10551, 10554, 10558, 10857, 10860, 10861, 10862, 10864, 10865, 10867, 10884, 10887, 10888, 10889, 10891, 10892, 10894, 12223, 12227, 12230, 12255, 12257, 12260, 12263]), Anchor::Lits(&[0, 4, 7, 8, 11, 13, 17, 20, 824, 1148, 1806, 2316, 2481, 2831, 2885, 2972, 4622])]), Anchor::All(&[Anchor::Lits(&[342, 343, 344, 345, 346, 347, 348, 349, 350, 351, 352, 353, 354, 355, 356, 357, 358, 359, 377, 378, 379, 380, 381, 382, 383, 384, 385, 386, 387, 388, 389, 390, 391, 392, 393, 394, 2485, 2486, 2487, 2488, 2489, 2490, 2491, 2492, 2493, 2494, 2495, 2496, 2497, 2498, 2499, 2500, 2501, 2502]), Anchor::Lits(&[6755, 6815, 6880, 7178, 7191, 8580, 8595, 8618, 8631, 9376, 9715, 10923, 10954, 11274, 11382, 11454, 12230, 12953])])])),
            (15, "permission-to-ignore", Anchor::All(&[Anchor::Lits(&[692, 957, 2160, 2161, 2162, 2163, 2167, 2168, 2169, 2170, 2171, 2172, 2173, 2174, 2175, 2176, 2177, 2178, 2179, 2180, 3050, 5051, 5103, 5104, 5130, 5131, 5132, 5133, 5134, 5135, 5136, 5137, 5138, 5140, 5142, 5143, 5144, 5147, 5150, 5151, 5155, 5157, 5159, 5161, 5175, 5176, 5179, 5181, 5236, 5237, 5243, 5244, 5245, 5246, 5247, 5248, 5249, 5250, 5251, 5252, 5253, 5254, 5257, 5258, 5259, 5263, 5280, 5289, 5690, 5716, 5717, 5718, 5719, 5720, 5721, 5722, 5723, 5725, 5727, 5728, 5729, 5732, 5735, 5736, 5740]), Anchor::Lits(&[6195, 6217, 6331, 6332, 6334, 6335, 6337, 6340, 6477, 6653, 6673, 6674, 6756, 6816, 6845, 6854, 6858, 6881, 6921, 6922, 6935, 7003, 7004, 7010, 7179, 7192, 7206, 7842, 7922, 7943, 8095, 8578, 8581, 8594, 8596, 8617, 8619, 8632, 8645, 8793, 9294, 9297, 9299, 9301, 9303, 9306, 9308, 9377, 9390, 9716, 9741, 9936, 9947, 9958, 9965, 10778, 10870, 10924, 10955, 10990, 11082, 11106, 11115, 11116, 11254, 11260, 11275, 11332, 11394, 11453, 11470, 11477, 11479, 11485, 11487, 11493, 11497, 11499, 11501, 11509, 11511, 11512, 11531, 11533, 11535, 11601, 11611, 11613, 11615, 11621, 11623, 12231, 12243, 12556, 12954, 12990]), Anchor::Lits(&[6482, 6555, 6679, 7226, 7287, 7927, 8223, 8937, 10591, 11771, 13245])])),
            (16, "deceive-the-user", Anchor::Any(&[Anchor::Lits(&[2147, 2148, 2149, 2150, 2151, 2152, 2153, 2154, 2155, 2156, 4584, 4585, 4586, 4587, 4588, 4589, 4590, 4591, 4592, 4593, 8762, 8764, 8766, 8770, 13567, 13631, 13634, 13637]), Anchor::All(&[Anchor::Lits(&[6562, 6564, 6566, 6567, 7368, 7372, 7382, 7383, 8308, 8312, 8322, 8323, 9018, 9022, 9038, 9039]), Anchor::Lits(&[8781, 10502, 11201, 13142])]), Anchor::All(&[Anchor::Lits(&[7448, 7449, 7490, 7491, 7494, 7495, 7507, 7508, 7510, 7511, 7537, 7538, 7539, 7540, 7577, 7578, 7626, 7627, 7630, 7631, 7643, 7644, 7646, 7647, 7673, 7674, 7675, 7676, 10117, 10118, 10142, 10143, 10146, 10147, 10158, 10159, 10167, 10168, 10186, 10187, 10188, 10189, 13516, 13517, 13570, 13571, 13575, 13576, 13590, 13591, 13596, 13597, 13619, 13620, 13621, 13622]), Anchor::Lits(&[8782, 8783, 8794, 8795, 8796, 8797, 8798, 8799, 8800, 8808, 8809, 8810, 11202, 11203, 11210, 11211, 11212, 11213, 11214, 11215, 11216, 11224, 11225, 11226, 13143, 13147, 13155, 13156, 13157, 13158, 13159, 13160, 13161, 13170, 13171, 13172, 13175, 13176, 13184, 13185, 13186, 13187, 13188, 13189, 13190, 13199, 13200, 13201])])])),
            (17, "suspend-own-instructions", Anchor::All(&[Anchor::Lits(&[2429, 2430, 2431, 2432, 2433, 2435, 2436, 2437, 2438, 2439, 2440, 2441, 2442, 2443, 2444, 2460, 2461, 2462, 2463, 2464, 2465, 2466, 2467, 2468, 2469, 2470, 2471, 2472, 2473, 2474, 3011, 3012, 3013, 3014, 3015, 3016, 3017, 3018, 3019, 3020, 3021, 3022, 3023, 3024, 3025, 3066, 3067, 3068, 3069, 3070, 3071, 3072, 3073, 3074, 3075, 3076, 3077, 3078, 3079, 3080, 3230, 3231, 3232, 3233, 3234, 3245, 3246, 3247, 3248, 3249, 3250, 3251, 3252, 3254, 3258, 3625, 3626, 3627, 3628, 3629, 3638, 3639, 3640, 3641, 3642, 3643, 3644, 3645, 3647, 3650, 3654, 3655, 3656, 3657, 3658, 3659, 3660, 3661, 3662, 3663, 3664, 3665, 3666, 3667, 3668, 3878, 3879, 3880, 3881, 3882, 3883, 3884, 3885, 3886, 3887, 3888, 3894, 3897, 3898, 3899, 4502, 4503, 4504, 4505, 4506, 4508, 4509, 4510, 4511, 4512, 4513, 4519, 4522, 4523, 4524]), Anchor::Lits(&[5889, 5900, 6197, 6199, 6201, 6202, 6205, 6209, 6210, 6212, 6214, 6215, 6217, 6331, 6332, 6334, 6335, 6337, 6340, 6477, 6653, 6673, 6676, 6756, 6816, 6847, 6852, 6854, 6858, 6881, 6922, 7003, 7004, 7010, 7179, 7192, 7206, 7842, 7922, 7943, 8093, 8095, 8578, 8579, 8581, 8594, 8596, 8617, 8619, 8632, 8645, 8785, 8793, 9294, 9295, 9297, 9299, 9301, 9306, 9308, 9377, 9390, 9716, 9741, 9936, 9965, 10778, 10804, 10870, 10924, 10955, 10990, 11013, 11082, 11106, 11115, 11116, 11275, 11335, 11338, 11394, 11453, 11468, 11531, 11533, 11535, 11601, 11602, 11611, 11613, 11615, 11621, 11623, 11627, 12231, 12243, 12556, 12954, 12990, 13959]), Anchor::Lits(&[6304, 6396, 6457, 10421, 10461, 10462, 10464, 12925])])),
            (18, "reset-own-instructions", Anchor::Any(&[Anchor::Lits(&[6461, 6731, 6732, 8375, 8376, 8377, 12270, 13460, 13462, 13464, 13468, 13473, 13475, 13476, 13478, 13479, 13480, 13481, 13482, 13483, 13484, 13485, 13486, 13487, 13488, 13489, 13490, 13491, 13502, 13503, 13504, 13506, 13509, 13511, 13512]), Anchor::All(&[Anchor::Lits(&[6733, 6734, 6735, 6736, 6746, 6747, 6748, 6749, 7110, 7111, 7114, 7116, 7688, 7689, 7691, 7700, 7843, 7844, 7845, 7846, 7847, 7848, 7849, 7850, 8124, 8125, 8126, 8127, 10630, 10631, 10632, 10633, 11028, 11029, 11030, 11031, 11153, 11154, 11155, 11156, 11161, 11162, 11163, 11164, 11165, 11166, 11167, 11168, 11241, 11242, 11243, 11244, 11245, 11246, 11247, 11248, 11358, 11359, 11360, 11361, 13087, 13088, 13092, 13093, 13417, 13418, 13419, 13420, 13421, 13422, 13423, 13424]), Anchor::Lits(&[6755, 6815, 6948, 7178, 7191, 8580, 8595, 8618, 8631, 8910, 9376, 9874, 9875, 10747, 10923, 10954, 11274, 11393, 11454, 12230, 12953])])])),
            (19, "apply-to-own-instructions", Anchor::All(&[Anchor::Lits(&[92, 93, 94, 95, 2914, 2915, 2934, 2936, 4439, 4440, 4461, 4475, 4949, 4950, 4967, 4988]), Anchor::Lits(&[6756, 6816, 7179, 7192, 7206, 8581, 8596, 8619, 8632, 8645, 9377, 9390, 10924, 10955, 10990, 11394, 11455, 12231, 12243, 12954])])),
            (20, "override-what-makers-said", Anchor::All(&[Anchor::Lits(&[4128, 4129, 4130, 4131, 4210, 4212, 4224, 4226, 4258, 4259, 4291, 4292, 4306, 4307, 4314, 4315, 4333, 4334, 4336, 4337, 5317, 5318, 5319, 5320, 5364, 5366, 5395, 5397, 5495, 5496, 5539, 5540, 5578, 5579, 5597, 5598, 5645, 5646, 5648, 5649]), Anchor::Lits(&[6843, 8421, 8491, 9366, 10922, 11515, 11679, 12360, 12930, 13682, 13686])])),
            (21, "you-have-been-changed", Anchor::Lits(&[1240, 1243, 2292, 2955, 3115, 3478, 6418, 6419, 6420, 6421, 6422, 6423, 6424, 6425, 6426, 6427, 6428, 6429, 8173, 8174, 8176, 8177, 9573, 9592, 9594, 9595, 9597, 9598, 9610, 9612, 9613, 9614, 9615, 9618, 10309, 10310, 10311, 10312, 10314, 10315, 10316, 10317, 10318, 10319, 10320, 10321, 10370, 10375, 10377, 10378, 10422, 10423, 10424, 10425, 10426, 10427, 10428, 10429, 10430, 10431, 10432, 10433, 12152, 12153, 12154, 12155, 12156, 12157, 12158, 12159, 12160, 12161, 12162, 12163, 13702, 13706, 13708, 13711, 13714, 13715, 13719, 13722, 13723, 13724, 13725, 13732, 13799, 13802, 13804, 13806, 13808, 13809, 13811, 13814, 13815, 13816, 13817, 13822, 13873, 13874, 13875, 13876, 13877, 13878, 13880, 13881, 13882, 13883, 13884, 13885, 13897, 13898, 13899, 13900, 13901, 13902, 13903, 13904, 13905, 13906, 13907, 13908, 13911, 13914, 13916, 13918, 13920, 13921, 13923, 13926, 13927, 13928, 13929, 13934, 14031, 14032, 14034, 14036, 14049, 14051, 14055, 14057, 14060, 14061, 14063, 14064, 14067, 14068, 14070, 14071, 14076, 14077, 14078, 14079, 14080, 14081, 14086, 14087, 14088, 14089, 14090, 14091, 14092, 14093, 14094, 14095, 14096, 14097, 14098, 14099, 14102, 14103, 14105, 14106, 14109, 14110, 14112, 14113, 14117, 14118, 14119, 14120, 14121, 14122, 14149, 14151, 14156, 14157, 14159, 14160, 14163, 14164, 14166, 14167, 14171, 14172, 14173, 14174, 14175, 14176, 14178, 14179, 14181, 14182, 14186, 14187, 14188, 14189, 14190, 14191, 14192, 14193, 14194, 14195, 14196, 14197, 14198, 14199, 14212, 14213, 14215, 14216, 14219, 14220, 14222, 14223, 14227, 14228, 14229, 14230, 14231, 14232, 14251, 14252, 14253, 14254, 14255, 14256, 14259, 14260, 14261, 14262, 14263, 14264, 14309, 14310, 14311, 14312, 14313, 14314, 14315, 14316, 14317, 14318, 14319, 14320])),
            (22, "treat-rules-as-optional", Anchor::Any(&[Anchor::Lits(&[5115, 5116, 5117, 5118, 5119, 5145, 5146, 5152, 5153, 5154, 5255, 5256, 5260, 5261, 5262, 5273, 5274, 5275, 5276, 5277, 5730, 5731, 5737, 5738, 5739]), Anchor::All(&[Anchor::Lits(&[335, 336, 337, 338, 339, 340, 360, 369, 370, 371, 372, 373, 375, 395]), Anchor::Lits(&[5899, 6196, 6198, 6200, 6204, 6208, 6211, 6213, 6216, 6330, 6333, 6336, 6339, 6476, 6652, 6672, 6675, 6755, 6815, 6846, 6851, 6853, 6857, 6880, 6920, 6934, 7002, 7009, 7178, 7191, 7841, 7921, 7942, 8094, 8577, 8580, 8593, 8616, 8618, 8631, 8784, 8792, 9293, 9296, 9298, 9300, 9302, 9305, 9307, 9376, 9715, 9740, 9935, 9946, 9957, 9964, 10777, 10869, 10923, 10954, 11105, 11114, 11253, 11273, 11334, 11337, 11382, 11452, 11469, 11476, 11478, 11484, 11486, 11492, 11496, 11498, 11500, 11504, 11508, 11510, 11530, 11532, 11534, 11600, 11610, 11612, 11614, 11620, 11622, 11626, 12230, 12555, 12953, 12989, 13958]), Anchor::Lits(&[6865, 7013, 11118, 11634, 12974, 13234])])])),
            (23, "nothing-is-real", Anchor::Lits(&[233, 1018, 2754, 2822, 2833, 2834, 2835, 2836, 3477])),
            (24, "declined-now-allowed", Anchor::Any(&[Anchor::All(&[Anchor::Lits(&[6463, 7011, 7012, 7067, 7126, 8211, 8212, 11117, 11145, 13676, 13677]), Anchor::Lits(&[284, 285, 286, 288, 289, 291, 308, 309, 310, 311, 312, 313, 314, 315, 316, 317, 714, 715, 717, 718, 719, 721, 723, 724, 726, 727, 728, 730, 731, 732, 734, 735, 737, 738, 739, 740, 741, 742, 743, 744, 745, 746, 747, 748, 749, 750, 751, 752, 2324, 2325, 2326, 2327, 2328, 2329, 2345, 2346, 2347, 2348, 2349, 2350, 2351, 2352, 2353, 2354]), Anchor::Lits(&[5892, 6144, 7967, 13321, 13344])]), Anchor::All(&[Anchor::Lits(&[6402, 6403, 6404, 6405, 6406, 6407, 6408, 6464, 6465, 6466, 6467, 6468, 6469, 6470, 7127, 7128, 7129, 7130, 7131, 7132, 7133, 7251, 7252, 7253, 7254, 7255, 7256, 7257, 8213, 8214, 8215, 8216, 8217, 8218, 8219, 10939, 10940, 10941, 10942, 10943, 10944, 10945, 11266, 11267, 11268, 11269, 11270, 11271, 11272]), Anchor::Lits(&[884, 886, 958, 1167, 1173, 1268, 1686, 1718, 2483, 3342, 3427, 3434])])])),
            (25, "drop-configured-limits", Anchor::Any(&[Anchor::Lits(&[2678, 5128, 5162, 5164, 5172, 6290, 6291, 6292, 6293, 6294, 6295, 6296, 6899, 6900, 6901, 6902, 6903, 6904, 6907, 6908, 6909, 6910, 6911, 6912, 8663, 8664, 8665, 8666, 8667, 8668, 8671, 8672, 8673, 8674, 8675, 8676, 9421, 9422, 9423, 9424, 9425, 9426, 9429, 9430, 9432, 9435, 9439, 9440, 9754, 9755, 9756, 9757, 9758, 9759, 9761, 9762, 9763, 9764, 9765, 9766, 10791, 10792, 10793, 10794, 10795, 10796, 10797, 10798, 10799, 10800, 10801, 10802, 11295, 11296, 11297, 11298, 11299, 11300, 11303, 11304, 11305, 11306, 11307, 11308, 11420, 11421, 11422, 11423, 11424, 11425, 11429, 11430, 11431, 11433, 11435, 11436, 12744, 12745]), Anchor::All(&[Anchor::Lits(&[4127, 4208, 4211, 4223, 4225, 4253, 4254, 4290, 4294, 4295, 4296, 4297, 4298, 4299, 4300, 4301, 4302, 4303, 4304, 4305, 4309, 4328, 4329, 4331, 5316, 5358, 5365, 5392, 5396, 5442, 5443, 5538, 5565, 5566, 5567, 5568, 5569, 5570, 5571, 5572, 5573, 5574, 5575, 5576, 5580, 5635, 5636, 5642]), Anchor::Lits(&[6883, 6886, 6887, 6890, 6891, 6892, 6895, 6896, 8598, 8601, 8602, 8605, 8606, 8607, 8610, 8611, 8647, 8650, 8651, 8654, 8655, 8656, 8659, 8660, 9396, 9399, 9403, 9407, 9408, 9412, 9416, 9417, 9718, 9721, 9722, 9725, 9726, 9727, 9730, 9731, 9742, 9743, 9744, 9745, 9746, 9747, 9750, 9751, 10779, 10780, 10781, 10782, 10783, 10784, 10787, 10788, 10805, 10806, 10807, 10808, 10809, 10810, 10811, 10812, 11279, 11282, 11283, 11286, 11287, 11288, 11291, 11292, 11399, 11402, 11405, 11408, 11409, 11412, 11415, 11416])]), Anchor::All(&[Anchor::Lits(&[1029, 2066, 2289, 3110, 3114, 3420, 3476, 3929]), Anchor::Lits(&[1173, 1796, 2316, 2483, 2763, 2778, 2788, 2826, 2885, 2972, 3427, 3434, 3756, 3854, 3875, 4622])])])),
            (26, "ignore-governance-policies", Anchor::Lits(&[34, 35, 1703, 1704, 1794, 1795, 2959, 2960, 3154, 3155, 3164, 3165, 5809, 5811, 5812, 5813, 5814, 6768, 6769, 6770, 6771, 6772, 7042, 7043, 7044, 7045, 7046, 8522, 8523, 8524, 8525, 8526, 9862, 9863, 9864, 9865, 9866, 10897, 10898, 10899, 10900, 10901, 11475, 11495, 11497, 11503, 11507, 11603, 11618, 11619, 11625, 11628])),
            (27, "reveal-own-instructions", Anchor::Lits(&[13944, 13945, 13971, 13972, 13973, 13974, 13975, 13976, 13988, 13999, 14023, 14026, 14027, 14028, 14029, 14030, 14037, 14038, 14039, 14040, 14041, 14042, 14045, 14046, 14047, 14053, 14124, 14125, 14126, 14127, 14129, 14130, 14131, 14132, 14133, 14134, 14135, 14136, 14137, 14152, 14153, 14180, 14183, 14184, 14185, 14200, 14201, 14209, 14234, 14235, 14246, 14247, 14248])),
            (28, "reveal-system-prompt", Anchor::Lits(&[5836, 5837, 5838, 5839, 5840, 5841, 5842, 5843, 5844, 5845, 5846, 5847, 5848, 6828, 6829, 6830, 6831, 6832, 6833, 6834, 6835, 6836, 6837, 6838, 6839, 6840, 7143, 7144, 7146, 7147, 7149, 7151, 7152, 7155, 7157, 7158, 7160, 7161, 7163, 8723, 8727, 8729, 8732, 8738, 8740, 8741, 8744, 8746, 8747, 8751, 8752, 8757, 9249, 9252, 9253, 9254, 9258, 9259, 9260, 9262, 9264, 9265, 9266, 9267, 9270, 9454, 9455, 9456, 9457, 9458, 9459, 9460, 9461, 9462, 9463, 9464, 9465, 9466, 9913, 9914, 9915, 9916, 9917, 9918, 9919, 9920, 9921, 9922, 9923, 9924, 9925, 10487, 10488, 10489, 10490, 10491, 10492, 10493, 10494, 10495, 10496, 10497, 10498, 10499, 10534, 10537, 10539, 10540, 10544, 10546, 10547, 10550, 10552, 10553, 10555, 10556, 10559, 10819, 10820, 10821, 10822, 10823, 10824, 10825, 10826, 10827, 10828, 10829, 10830, 10831, 10903, 10904, 10905, 10906, 10907, 10911, 10912, 10913, 10914, 10915, 10916, 10917, 10918, 11086, 11087, 11088, 11089, 11090, 11091, 11092, 11093, 11094, 11095, 11096, 11097, 11098, 11571, 11573, 11574, 11577, 11578, 11580, 11581, 11582, 11583, 11584, 11587, 11588, 11591, 12027, 12028, 12029, 12030, 12031, 12032, 12033, 12034, 12035, 12036, 12037, 12038, 12039, 12221, 12222, 12224, 12226, 12228, 12231, 12243, 12256, 12258, 12259, 12261, 12262, 12264, 13042, 13043, 13044, 13045, 13046, 13047, 13048, 13049, 13050, 13051, 13052, 13053, 13054, 13221, 13222, 13223, 13224, 13225, 13226, 13227, 13228, 13229, 13230, 13231, 13232, 13233])),
            (29, "what-others-told-you", Anchor::Lits(&[29, 30, 31, 32, 33, 36, 37, 38, 39, 40, 41, 42, 43, 516, 517, 518, 519, 755, 757, 759, 760, 761, 763, 764, 766, 769, 770, 771, 772, 773, 1998, 1999, 2000, 2001, 2005, 2006, 2009, 2010, 2281, 2282, 2283, 2284, 3166, 3167, 3168, 3169, 3170, 3171, 3172, 3173, 3175, 3176, 3177, 3178, 3179, 3192, 3193, 3194, 3195, 3242, 3244, 3256, 3257, 3532, 3533, 3534, 3535, 3608, 3610, 3613, 3614, 3945, 3946, 3947, 3948, 3950, 3951, 3952, 3954, 4479, 4480, 4481, 4482, 5028, 5029, 5030, 5031, 5044, 5045, 5046, 5047])),
            (30, "reveal-what-you-were-told", Anchor::Any(&[Anchor::Lits(&[6913, 6914, 6915, 7085, 7086, 7087, 8733, 8736, 8760, 9229, 9230, 9231, 9772, 9773, 9774, 9878, 9879, 9880, 11517, 11518, 11525, 12015, 12016, 12017, 12043, 12044, 12045, 13322, 13323, 13324, 13325, 13326, 13327, 13328, 13329, 13330, 13331, 13332, 13333, 13334, 13335, 13336, 13337, 13338, 13339, 13340, 13341, 13342, 13343, 13349, 13350, 13351, 13352, 13353, 13354, 13355, 13683, 13684, 13685]), Anchor::All(&[Anchor::Lits(&[5089, 5090, 5091, 5092, 5093, 5094, 5095, 5096, 5097, 5098, 5099, 5100, 5109, 5110, 5111, 5163, 5198, 5199, 5223, 5238, 5239, 5240, 5367, 5368, 5369, 5370, 5371, 5372, 5373, 5374, 5375, 5376, 5377, 5378, 5379, 5380, 5381, 5382, 5383, 5384, 5385, 5386, 5387, 5388, 5398, 5399, 5400, 5401, 5402, 5403, 5404, 5405, 5406, 5407, 5408, 5409, 5410, 5411, 5412, 5413, 5414, 5415, 5416, 5417, 5418, 5419]), Anchor::Lits(&[6757, 6758, 6759, 6760, 6761, 6766, 6767, 6817, 6818, 6819, 6820, 6821, 6826, 6827, 6882, 6884, 6885, 6888, 6889, 6905, 6906, 7180, 7181, 7182, 7183, 7184, 7189, 7190, 7193, 7194, 7195, 7197, 7198, 7203, 7204, 7207, 7209, 7210, 7211, 7212, 7218, 7219, 8582, 8583, 8584, 8585, 8586, 8591, 8592, 8597, 8599, 8600, 8603, 8604, 8614, 8615, 8620, 8621, 8622, 8623, 8624, 8629, 8630, 8633, 8634, 8635, 8636, 8637, 8642, 8643, 8646, 8648, 8649, 8652, 8653, 8669, 8670, 9378, 9379, 9380, 9381, 9382, 9387, 9388, 9392, 9397, 9398, 9405, 9406, 9427, 9428, 9717, 9719, 9720, 9723, 9724, 9734, 9735, 10925, 10927, 10928, 10929, 10930, 10936, 10937, 10957, 10961, 10962, 10968, 10969, 10981, 10982, 10992, 10995, 10996, 10999, 11000, 11008, 11009, 11278, 11280, 11281, 11284, 11285, 11301, 11302, 11384, 11386, 11387, 11388, 11389, 11390, 11391, 11396, 11400, 11401, 11406, 11407, 11426, 11427, 11456, 11457, 11458, 11459, 11460, 11465, 11466, 12232, 12233, 12234, 12235, 12236, 12241, 12242, 12244, 12245, 12246, 12247, 12248, 12253, 12254, 12955, 12956, 12957, 12958, 12959, 12964, 12965])])])),
            (31, "reveal-given-instructions", Anchor::Any(&[Anchor::Lits(&[334, 787, 872, 966, 1990, 1991, 2021, 2046, 2890, 3669, 4030, 4659, 4660, 5083, 5108, 5145, 5180, 5197, 5223, 5225, 5273, 5277, 5714, 5730, 8378, 8379, 8380, 8381, 8382, 8383, 8384, 8385, 8386, 8387, 8388, 8389, 8390, 8391, 8392, 8393, 8394, 8395, 8396, 8397, 8398, 8399, 8400, 8401, 8402, 8403, 8404, 8405, 8406, 8407, 8408, 8409, 8410, 9192, 9193, 9194, 9195, 9196, 9197, 9198, 9199, 9200, 9201, 9202, 9203, 9204, 9205, 9206, 9207, 9208, 9209, 9210, 9211, 9212, 9213, 9214, 9215, 9216, 9217, 9218, 9219, 9220, 9221, 9222, 9223, 9224, 9319, 9320, 9321, 9322, 9323, 9324, 9325, 9326, 9327, 9328, 9329, 9330, 9331, 9332, 9333, 9334, 9335, 9336, 9337, 9338, 9339, 9340, 9341, 9342, 9343, 9344, 9345, 9346, 9347, 9348, 9349, 9350, 9351]), Anchor::All(&[Anchor::Lits(&[825, 1014, 1172, 2251, 2252, 2572, 3158, 3225, 3584, 3649, 3764]), Anchor::Lits(&[4675, 5050, 5113, 5139, 5271, 5724])]), Anchor::All(&[Anchor::Lits(&[1004, 1005, 1006, 1007, 1008, 1009, 1010, 1011, 1012, 1013, 1150, 1151, 1152, 1153, 1154, 1155, 1156, 1157, 1158, 1159, 1809, 1810, 1811, 1812, 1813, 1814, 1815, 1816, 1817, 1818, 2012, 2013, 2014, 2015, 2016, 2017, 2018, 2019, 2020, 2021, 2253, 2254, 2255, 2256, 2257, 2258, 2259, 2260, 2261, 2262, 2562, 2563, 2564, 2565, 2566, 2567, 2568, 2569, 2570, 2571, 3081, 3082, 3083, 3084, 3085, 3086, 3087, 3088, 3089, 3090, 3215, 3216, 3217, 3218, 3219, 3220, 3221, 3222, 3223, 3224, 3228, 3229, 3237, 3238, 3239, 3240, 3241, 3243, 3253, 3255, 3601, 3602, 3603, 3604, 3605, 3606, 3607, 3609, 3611, 3612, 3623, 3624, 3632, 3633, 3634, 3635, 3636, 3637, 3646, 3648, 3863, 3864, 3865, 3866, 3867, 3868, 3869, 3870, 3871, 3872, 5033, 5034, 5035, 5036, 5037, 5038, 5039, 5040, 5041, 5042]), Anchor::Lits(&[6756, 6816, 6881, 7179, 7192, 7206, 8581, 8596, 8619, 8632, 8645, 9377, 9390, 9716, 10924, 10955, 10990, 11275, 11383, 11394, 11455, 12231, 12243, 12954])])])),
            (32, "repeat-text-above", Anchor::Any(&[Anchor::Lits(&[5795, 5796, 5798, 5799, 5800, 5803, 5804, 5806, 5807, 5808, 7756, 7757, 7759, 7760, 7761, 7764, 7765, 7767, 7768, 7769, 8108, 8109, 8111, 8112, 8113, 8116, 8117, 8119, 8120, 8121, 8724, 8725, 8734, 8735, 8737, 8743, 8745, 8755, 8756, 8761, 9250, 9251, 9255, 9256, 9257, 9261, 9263, 9268, 9269, 9271, 10535, 10536, 10541, 10542, 10543, 10549, 10551, 10557, 10558, 10560, 10838, 10839, 10840, 10841, 10842, 10843, 10844, 10845, 10846, 10847, 10855, 10856, 10858, 10859, 10860, 10863, 10864, 10866, 10867, 10868, 10882, 10883, 10885, 10886, 10887, 10890, 10891, 10893, 10894, 10896]), Anchor::All(&[Anchor::Lits(&[27, 673, 674, 756, 758, 762, 765, 767, 1965, 1986, 2241, 3134, 3174, 3744, 5160, 5223, 5273, 5743]), Anchor::Lits(&[6667, 6916, 6957, 7966, 9272, 9282, 9309, 9389, 9767, 9882, 10833, 10954, 11674, 11687, 12399, 12929, 13651]), Anchor::Lits(&[6970, 7285, 7709, 7771, 9770, 10569, 10689, 10876, 11075, 11101, 11160, 11196, 11314, 11708, 12019, 13014, 13680])])])),
            (33, "repeat-starting-with-you-are", Anchor::Lits(&[776, 779, 780, 3763, 3765, 3766])),
            (34, "reveal-context-contents", Anchor::Any(&[Anchor::Lits(&[9311, 9312, 9313, 9314, 9315, 9316, 9317, 9404, 9415, 9430, 9431, 9433, 9436, 9438, 9886, 9887, 9889, 9890, 9891, 9892, 9893, 9901, 9904, 9906, 9907, 9908, 9910, 9912, 10965, 10977, 10983, 10984, 10985, 10987, 10989]), Anchor::All(&[Anchor::Lits(&[777, 778, 938, 939, 1035, 1036, 1040, 1041, 1071, 1072, 1726, 1727, 2536, 2537, 2538, 2539, 3007, 3008, 3009, 3010, 3028, 3029, 3339, 3340, 3377, 3378, 3565, 3566, 3615, 3616, 3617, 3618, 3760, 3761, 3961, 3962, 4477, 4478, 4490, 4491, 5023, 5024]), Anchor::Lits(&[6841, 6948, 6960, 9389, 9875, 10833, 10954, 11393])]), Anchor::All(&[Anchor::Lits(&[4125, 4126, 4206, 4207, 4209, 4213, 4222, 4227, 4230, 4233, 4242, 4249, 4252, 4255, 4256, 4289, 4293, 4310, 4311, 4312, 4313, 4316, 4321, 4322, 4327, 4330, 4332, 4340, 4341, 4343, 4344, 4345, 5298, 5300, 5356, 5357, 5361, 5389, 5391, 5426, 5428, 5430, 5431, 5435, 5436, 5446, 5447, 5537, 5543, 5582, 5583, 5589, 5595, 5600, 5601, 5602, 5634, 5639, 5643, 5667, 5668, 5672, 5688, 5689]), Anchor::Lits(&[5901, 5902, 5903, 5904, 5908, 5919, 5920, 5921, 5922, 5923, 5924, 5925, 5926, 5927, 5928, 5929, 5930, 5931, 5932, 5933, 5934, 5935, 5936, 5937, 5938, 5939, 5940, 5941, 5942, 5943, 5944, 5945, 5948, 5949, 5950, 5953, 5954, 5955, 5956, 5957, 5958, 5959, 5960, 5961, 5962, 5963, 5964, 5965, 5966, 5967, 5968, 5969, 5970, 5971, 5972, 5973, 5974, 5975, 5976, 5977, 5978, 5979, 5980, 6148, 6149, 6150, 6151, 6154, 6158, 6159, 6160, 6161, 6162, 6163, 6166, 6167, 6168, 6170, 6171, 6172, 6173, 6174, 6175, 6176, 7733, 7734, 7735, 7736, 7737, 7738, 7739, 7740, 7741, 7742, 7743, 7744, 7745, 7746, 7747, 7748, 7749, 7750, 7751, 7752, 7753, 7944, 7945, 7946, 7947, 7948, 7949, 7950, 7951, 7952, 7953, 7954, 7955, 7956, 7957, 7958, 7959, 7960, 7961, 7962, 7963, 7964, 7971, 7972, 7973, 7974, 7977, 7981, 7982, 7983, 7984, 7985, 7986, 7989, 7990, 7991, 7993, 7994, 7995, 7996, 7997, 7998, 7999, 12674, 12675, 12676, 12677, 12678, 12679, 12680, 12681, 12682, 12683, 12684, 12685, 12686, 12687, 12688, 12689, 12690, 12691, 12692, 12693, 12694])])])),
            (35, "reveal-transformed-prompt", Anchor::All(&[Anchor::Lits(&[13945, 13972, 14000, 14039, 14040, 14047, 14052, 14124, 14125, 14128, 14134, 14153, 14184, 14200, 14201, 14234, 14247]), Anchor::Lits(&[6842, 7179, 7206, 8645, 9390, 9883, 9895, 10834, 10955, 10990, 11394, 11688, 12400])])),
            (36, "complete-the-leak", Anchor::All(&[Anchor::Lits(&[8817, 8823, 8836, 8842, 8843, 8848, 8849, 8850, 8851, 8852, 8877, 8878, 8879, 8880, 8881, 8882, 8883, 8884, 8885, 8886, 9981, 9982, 9983, 9984, 9985, 9986, 9987, 9988, 9989, 9990, 9991, 9992, 9993, 9994, 9995, 9996, 9997, 9998, 9999, 10000, 10001, 10002, 10003, 10004, 10005, 10006, 10007, 10008, 10009, 10010, 10016, 10017, 10018, 10019, 10020, 10021, 10027, 10028, 10029, 10030, 10031, 10032, 10033, 10034, 10035, 10036, 10037, 10038, 10039, 10041, 10043, 10044, 10048, 10049, 10055, 10056, 10057, 10058, 10059, 10060, 10061, 10062, 10063, 10064, 10065, 10066, 10067, 10068, 10069, 10070, 10071, 10072, 12620, 12621, 12650, 12651, 12652, 12666, 12667, 12668, 12669, 13697, 13698, 13700, 13701, 13704, 13710, 14202, 14203, 14204, 14205]), Anchor::Lits(&[774, 972, 1043, 1724, 1821, 1837, 2948, 3138, 3139, 3758])])),
            (37, "what-you-must-not-say", Anchor::Lits(&[13735, 13736, 13737, 13738, 13739, 13740, 13741, 13742, 13743, 13744, 13745, 13746, 13747, 13748, 13768, 13825, 13832, 13833, 13834, 13835, 13836, 13870, 13871, 13890, 13895, 13896])),
            (38, "reveal-initialization", Anchor::Lits(&[9238, 9239, 9240, 9241, 9242, 9243, 9244, 9245, 9246, 9273, 9274, 9275, 9276, 9277, 9278, 9279, 9280, 9281, 9283, 9284, 9285, 9286, 9287, 9288, 9289, 9290, 9291])),
            (39, "forged-own-instructions", Anchor::Lits(&[5300, 5352, 5357, 5362, 5395, 5435, 5436, 5447, 5499, 5537, 5543, 5581, 5595, 5602, 5634, 5639, 5643, 5667, 5688])),
            (40, "follow-what-it-says", Anchor::Any(&[Anchor::Lits(&[6054, 6055, 6056, 6057, 6087, 6088, 6089, 6090, 6605, 6606, 6607, 6608, 6609, 6610, 6611, 6612, 6613, 6614, 6615, 6616, 6617, 6618, 6619, 6620, 6621, 6622, 6623, 6624, 6625, 6626, 6627, 6628, 6637, 6638, 6639, 6640, 6641, 6642, 6644, 6645, 6646, 6647, 6648, 6649, 7422, 7423, 7424, 7425, 7426, 7427, 7428, 7429, 7430, 7431, 7432, 7433, 7434, 7435, 7436, 7437, 7438, 7439, 7440, 7441, 7442, 7443, 7444, 7445, 7549, 7550, 7551, 7552, 7553, 7554, 7565, 7566, 7567, 7568, 7569, 7570, 8020, 8021, 8022, 8023, 8024, 8025, 8026, 8027, 8028, 8029, 8030, 8031, 8032, 8033, 8034, 8035, 8036, 8037, 8038, 8039, 8040, 8041, 8042, 8043, 8052, 8053, 8054, 8055, 8056, 8057, 8059, 8060, 8061, 8062, 8063, 8064, 8138, 8139, 8140, 8141, 8142, 8143, 8144, 8145, 8146, 8147, 8148, 8149, 8150, 8151, 8152, 8153, 8154, 8155, 8156, 8157, 8158, 8159, 8160, 8161, 8190, 8191, 8192, 8193, 8194, 8195, 8197, 8198, 8199, 8200, 8201, 8202, 10332, 10333, 10334, 10335, 10336, 10337, 10340, 10341, 10342, 10343, 10344, 10345, 10346, 10347, 10348, 10349, 10350, 10351, 10352, 10353, 10354, 10355, 10356, 10357, 10394, 10395, 10396, 10397, 10398, 10399, 10401, 10402, 10403, 10404, 10405, 10406, 12702, 12703, 12704, 12705, 12734, 12735, 12736, 12737]), Anchor::All(&[Anchor::Lits(&[182, 183, 184, 185, 186, 187, 188, 189, 190, 191, 192, 193, 194, 195, 196, 197, 198, 199, 200, 201, 202, 203, 204, 205, 207, 208, 209, 210, 211, 212, 213, 214, 215, 216, 217, 218, 4346, 4347, 4348, 4349, 4350, 4351, 4352, 4353, 4354, 4355, 4356, 4357, 4358, 4359, 4360, 4361, 4362, 4363, 4364, 4365, 4366, 4367, 4368, 4369, 4370, 4371, 4372, 4373, 4374, 4375, 4376, 4377, 4378, 4379, 4380, 4381]), Anchor::Lits(&[640, 1031, 2300, 3546, 3953, 3955, 4626])])])),
            (47, "authority-message", Anchor::Lits(&[679, 788, 1146, 1746, 1962, 1969, 1970, 1973, 1978, 1979, 1980, 1984, 1987, 1992, 3187, 3327, 3906, 3909, 3914, 3916, 3926, 3928, 3930, 3959, 3995, 4009, 4013, 4015, 4016, 4029, 4092, 4093, 4094, 4095, 4101, 4102, 4106, 4114, 4122, 4123, 4170, 4171, 4172, 4173, 4174, 4175, 4176, 4177, 4178, 4179, 4180, 4181, 4182, 4183, 4861, 4871, 4872, 4873, 4874, 4885, 4914, 4915, 4916, 4917, 4922, 4923, 4924, 4925, 4927, 4928, 5055, 5056, 5062, 5065, 5066, 5068, 5073, 5074, 5075, 5076, 5078, 5079, 5080, 5082, 5203, 5204, 5206, 5209, 5210, 5212, 5213, 5214, 5215, 5216, 5218, 5219, 5220, 5221, 5301, 5302, 5303, 5304, 5305, 5306, 5307, 5308, 5309, 5310, 5311, 5312, 5313, 5314, 5315, 5316, 5322, 5323, 5324, 5325, 5326, 5327, 5328, 5329, 5330, 5331, 5332, 5333, 5334, 5335, 5336, 5337, 5338, 5339, 5340, 5341, 5342, 5343, 5344, 5345, 5346, 5347, 5348, 5349, 5350, 5351, 5353, 5359, 5363, 5393, 5394, 5432, 5433, 5434, 5446, 5449, 5450, 5451, 5452, 5453, 5454, 5455, 5456, 5457, 5458, 5459, 5460, 5461, 5462, 5463, 5464, 5465, 5466, 5467, 5468, 5469, 5470, 5471, 5472, 5473, 5474, 5475, 5476, 5477, 5478, 5479, 5480, 5481, 5482, 5483, 5484, 5485, 5486, 5487, 5488, 5489, 5490, 5491, 5492, 5493, 5494, 5498, 5501, 5502, 5503, 5504, 5505, 5506, 5507, 5508, 5509, 5510, 5511, 5512, 5513, 5514, 5515, 5517, 5518, 5519, 5520, 5521, 5522, 5523, 5524, 5525, 5526, 5527, 5528, 5529, 5530, 5531, 5538, 5544, 5545, 5547, 5548, 5549, 5551, 5552, 5554, 5556, 5558, 5559, 5560, 5561, 5562, 5563, 5577, 5596, 5599, 5603, 5604, 5605, 5606, 5607, 5608, 5609, 5610, 5611, 5612, 5613, 5614, 5615, 5616, 5617, 5618, 5619, 5620, 5621, 5622, 5623, 5624, 5625, 5626, 5627, 5628, 5629, 5630, 5631, 5632, 5633, 5640, 5641, 5644, 5647, 5651, 5652, 5653, 5654, 5655, 5656, 5657, 5658, 5659, 5660, 5661, 5662, 5663, 5664, 5665, 5673, 5674, 5675, 5676, 5677, 5678, 5679, 5680, 5681, 5682, 5683, 5684, 5685, 5686, 5687, 5693, 5694, 5698, 5701, 5702, 5704, 5705, 5706, 5707, 5708, 5710, 5711, 5712, 5713, 7196, 7208, 7213, 8821, 8841, 8844, 8845, 8846, 8875, 8876, 9071, 9089, 9393, 9400, 9411, 9885, 10300, 10519, 10521, 10522, 10573, 10574, 10575, 10597, 10600, 10602, 10605, 10606, 10607, 10615, 10618, 10620, 10926, 10931, 12178, 12179, 12180, 12181, 12182, 12183, 12328, 12329, 12330, 12331, 12332, 12333, 13127, 13290, 13291, 13292, 13293, 13294, 13652, 13691, 13692, 13693, 13694, 13749, 13750, 13837, 13838, 13839, 13840, 13844, 13845, 13851, 13852, 13855, 13856, 13857, 13858, 13859, 13860, 13862, 13863, 13864, 13865, 13866, 13867, 13886, 13887, 13888, 13889, 13891, 13892, 13939, 13940, 13941, 13942, 13946, 13947, 13948, 13949, 13950, 13951, 13952, 13953, 13954, 13955, 13956, 13957, 13989, 13990, 13991, 13992, 13993, 13994, 13995, 13996, 13997, 13998, 14024, 14025, 14033, 14035, 14043, 14044, 14048, 14050, 14051, 14054, 14056, 14057, 14058, 14059, 14062, 14065, 14066, 14069, 14072, 14073, 14074, 14075, 14082, 14083, 14084, 14085, 14100, 14101, 14104, 14107, 14108, 14111, 14114, 14115, 14116, 14123, 14138, 14139, 14140, 14141, 14142, 14143, 14144, 14145, 14146, 14147, 14148, 14150, 14154, 14155, 14158, 14161, 14162, 14165, 14168, 14169, 14170, 14177, 14182, 14206, 14207, 14208, 14210, 14211, 14214, 14217, 14218, 14221, 14224, 14225, 14226, 14233, 14236, 14237, 14238, 14239, 14240, 14241, 14242, 14243, 14244, 14245])),
            (48, "vendor-impersonation", Anchor::All(&[Anchor::Lits(&[1763, 2447, 2448, 3105, 3106, 3349, 3376, 3483, 4657, 4658, 5082, 5178, 5182]), Anchor::Lits(&[871, 2105, 3297, 3751, 5032]), Anchor::Lits(&[230, 955, 1074, 2949, 3743])])),
            (49, "authority-override", Anchor::Lits(&[75, 77, 78, 79, 80, 82, 84, 85, 86, 87, 1183, 1187, 1188, 1189, 1190, 1713, 1714, 1715, 1716, 1717, 2031, 2033, 2034, 2035, 2036, 2451, 2452, 2453, 2454, 2455, 2578, 2579, 2580, 2581, 2582, 3462, 3464, 3465, 3466, 3467, 3568, 3577, 3578, 3579, 3580, 3840, 3842, 3843, 3844, 3845, 3857, 3859, 3860, 3861, 3862, 3905, 3919, 3920, 3921, 3926])),
            (52, "entering-special-mode", Anchor::Any(&[Anchor::All(&[Anchor::Lits(&[76, 81, 83, 677, 1144, 1145, 1186, 1195, 1196, 1709, 2032, 2576, 2989, 3186, 3463, 3620, 3841, 3858, 3957, 3958, 4566, 4607]), Anchor::Lits(&[13696, 13785, 13827, 13872, 13937, 14250])]), Anchor::All(&[Anchor::Lits(&[8815, 8816, 8818, 8819, 8820, 8822, 8824, 8825, 8826, 8827, 8828, 8829, 8830, 8831, 8832, 8833, 8834, 8835, 8837, 8838, 8839, 8840, 8853, 8854, 8855, 8856, 8857, 8858, 8859, 8860, 8861, 8862, 8863, 8864, 8865, 8866, 8867, 8868, 8869, 8870, 8871, 8872, 8873, 8874, 8887, 8888, 8889, 8890, 8891, 8892, 8893, 8894, 8895, 8896, 8897, 8898, 8899, 8900, 8901, 8902, 8903, 8904, 8905, 8906, 8907, 8908, 9066, 9067, 9068, 9069, 9070, 9072, 9073, 9074, 9075, 9076, 9077, 9078, 9079, 9080, 9081, 9082, 9083, 9084, 9085, 9086, 9087, 9088, 12848, 12849, 12850, 12851, 12852, 12853, 12854, 12855, 12856, 12857, 12858, 12859, 12860, 12861, 12862, 12863, 12864, 12865, 12866, 12867, 12868, 12869, 13268, 13269, 13270, 13271, 13272, 13273, 13274, 13275, 13276, 13277, 13278, 13279, 13280, 13281, 13282, 13283, 13284, 13285, 13286, 13287, 13288, 13289, 13298, 13299, 13300, 13301, 13302, 13303, 13304, 13305, 13306, 13307, 13308, 13309, 13310, 13311, 13312, 13313, 13314, 13315, 13316, 13317, 13318, 13319]), Anchor::Lits(&[2615, 2987])])])),
            (53, "address-the-model", Anchor::Any(&[Anchor::Lits(&[177, 178, 179, 180, 2247, 2248, 3026, 3027, 3190, 3191, 3310, 3311, 3586, 3587, 3847, 3848, 3850, 3851, 9872, 9873, 9884, 9888, 10299, 10301, 10303, 10304, 11018, 11019, 11150, 11151, 13266, 13267]), Anchor::All(&[Anchor::Lits(&[8912]), Anchor::Lits(&[3189, 3309, 3585, 3849, 4109])])])),
            (54, "unrestricted-mode", Anchor::Any(&[Anchor::Lits(&[6038, 6052, 6664, 7040, 7153, 7164, 7707, 8009, 8374, 8515, 8681, 9109, 9110, 9111, 9112, 9113, 9114, 9115, 9116, 9117, 9118, 9119, 9120, 9121, 9122, 9123, 9126, 9127, 9128, 9129, 9130, 9131, 9132, 9133, 9134, 9135, 9136, 9137, 9138, 9139, 9140, 9141, 9149, 9150, 9158, 9159, 9160, 9161, 9162, 9163, 9164, 9165, 9166, 9167, 9168, 9169, 9170, 9171, 9172, 9173, 9174, 9175, 9176, 9177, 9178, 9186, 9187, 9188, 9189, 9190, 9191, 9467, 9468, 9469, 9470, 9471, 9472, 9473, 9474, 9475, 9476, 9477, 9478, 9479, 9480, 9481, 9482, 9483, 9484, 9485, 9486, 9487, 9488, 9489, 9490, 9491, 9492, 9493, 9494, 9495, 9496, 9497, 9498, 9499, 9500, 9501, 9502, 9503, 9504, 9505, 9506, 9507, 9508, 9509, 9510, 9511, 9512, 9513, 9514, 9515, 9516, 9517, 9518, 9519, 9520, 9521, 9522, 9523, 9524, 9525, 9526, 9549, 9551, 9553, 9564, 9739, 10213, 10214, 10216, 10281, 10453, 10504, 11099, 12026, 12164, 13036, 13037, 13039, 13080, 13095, 13099, 13118, 13120]), Anchor::All(&[Anchor::Lits(&[160, 181, 929, 1135, 1186, 1192, 1193, 1696, 1757, 1907, 2032, 2071, 2389, 2402, 2407, 2421, 2533, 2755, 2756, 2757, 2821, 2906, 2952, 3321, 3757, 3841, 4533, 4534, 4536, 4541, 4554, 4558, 4564, 4566]), Anchor::Lits(&[5834, 5835, 5984, 6094, 6236, 6358, 6368, 6472, 7791, 7792, 7794, 7839, 8503, 8516, 8557, 9292, 10313, 10501, 10737, 11042, 11043, 11044, 11149, 11171, 11250, 11439, 12049, 12200, 12208, 12216, 13004, 13098, 13297, 13712])])])),
            (55, "dan-persona", Anchor::Lits(&[51, 52, 53, 54, 55, 56, 57, 58, 61, 62, 63, 64, 65, 66, 67, 68, 114, 122, 124, 643, 651, 653, 713, 716, 720, 722, 725, 729, 733, 736, 829, 837, 839, 932, 934, 936, 943, 945, 947, 1134, 1136, 1137, 1138, 1139, 1293, 2619, 2627, 2629, 3056, 3058, 3060, 3097, 3098, 3099, 3100, 3101, 3102, 3103, 3104, 3142, 3143, 3144, 3145, 3146, 3147, 3148, 3149, 3445, 3446, 3447, 3448, 3449, 3450, 3451, 3452, 3454, 3455, 3456, 3457, 3458, 3459, 3460, 3461, 4609, 4610, 4611, 5052, 5053, 5057, 5063, 5064, 5067, 5069, 5070, 5071, 5072, 5077, 5085, 5201, 5202, 5205, 5207, 5208, 5211, 5217, 5222, 5227, 5228, 5229, 5230, 5231, 5232, 5233, 5234, 5281, 5282, 5283, 5284, 5285, 5286, 5287, 5288, 5691, 5692, 5695, 5699, 5700, 5703, 5709, 5715])),
            (56, "unrestricted-persona", Anchor::All(&[Anchor::Any(&[Anchor::Lits(&[226, 873, 1381, 2728, 4931, 6037, 6974, 7039, 7168, 8003, 8679, 8693, 9101, 9550, 9559, 9677, 9701, 9738, 9853, 10093, 10212, 10215, 10280, 10282, 11100, 11364, 11385, 11392, 13018, 13035, 13038, 13040, 13041, 13074, 13075, 13094, 13111, 13112, 13113, 13124, 13464, 13468, 13502, 13505, 13506, 13507, 13508, 13509, 13510, 13520, 13523, 13525, 13526, 13529, 13532, 13533, 13546, 13559, 13561, 13564, 13578, 13609, 13612]), Anchor::All(&[Anchor::Lits(&[12418, 12419, 12420, 12421, 12422, 12423, 12424, 12427, 12428, 12431, 12432, 12433, 12434, 13357, 13358, 13359, 13360, 13361, 13362, 13363, 13364, 13365, 13366, 13367, 13368, 13369, 13385, 13386, 13387, 13388, 13389, 13390, 13391, 13392, 13393, 13394, 13395, 13396, 13397]), Anchor::Lits(&[6476, 7921, 8094, 8644, 9389, 9740, 9964, 10777, 11274, 11393, 11467])])]), Anchor::Lits(&[50, 60, 224, 710, 712, 775, 785, 786, 930, 965, 1044, 1719, 1720, 2214, 2950, 3093, 3094, 3095, 3096, 3188, 3322, 3348, 3375, 3379, 3430, 3444, 3453, 3695, 3696, 3750, 3759, 3762, 3943, 4493, 4507, 5051, 5200, 5690])])),
            (57, "unrestricted-persona-loose", Anchor::Any(&[Anchor::Lits(&[159, 1756, 2416, 3965, 3966, 3967, 3968, 3969, 3970, 3971, 3972, 3973, 3974, 3975, 3976, 3977, 3978, 3979, 3980, 3981, 3982, 3983, 3984, 3985, 3986, 3987, 3988, 3989, 3990, 3991, 3992, 4002, 4003, 4004, 4005, 4006, 4007, 4008, 4033, 4037, 4047, 4048, 4051, 4054, 4055, 4066, 4067, 4068, 4069, 4070, 4071, 4072, 4073, 4074, 4075, 4076, 4077, 4078, 4079, 4115, 4535, 4540, 4563, 4720, 4721, 4722, 4723, 4724, 4725, 4726, 4727, 4728, 4729, 4730, 4731, 4732, 4733, 4734, 4735, 4736, 4737, 4738, 4739, 4740, 4741, 4742, 4743, 4744, 4745, 4746, 4747, 4755, 4756, 4757, 4758, 4759, 4760, 4761, 4780, 4781, 4782, 4783, 4786, 4787, 4788, 4789, 4790, 4791, 4792, 4793, 4794, 4795, 4796, 4797, 4798, 4799, 4800, 4801, 4802, 4822, 4833, 4834, 4835, 4836, 4837, 4838, 4839, 4840, 4841, 4842, 4843, 4844, 4845, 4846, 4847, 4848, 4849, 4850, 4851, 4852, 4853, 4854, 4855, 4856, 4857, 4858, 4859, 4860, 4864, 4865, 4866, 4867, 4868, 4869, 4870, 4886, 4887, 4888, 4889, 4892, 4893, 4894, 4895, 4896, 4897, 4898, 4899, 4900, 4901, 4902, 4903, 4904, 4905, 4906, 4907, 4908, 4926, 12130]), Anchor::All(&[Anchor::Lits(&[158, 225, 226, 227, 228, 1383, 1384, 1385, 1386, 1387, 1388, 1389, 1390, 1391, 1392, 1393, 1394, 1395, 1396, 1397, 1398, 1399, 1400, 1401, 1402, 1403, 1404, 1405, 1406, 1407, 1408, 1409, 1410, 1411, 1412, 1413, 1414, 1415, 1416, 1417, 1418, 1419, 1420, 1421, 1422, 1423, 1424, 1425, 1426, 1427, 1428, 1429, 1430, 1431, 1432, 1433, 1434, 1435, 1436, 1438, 1439, 1440, 1441, 1442, 1443, 1444, 1445, 1446, 1447, 1448, 1449, 1450, 1451, 1452, 1453, 1454, 1455, 1456, 1457, 1458, 1459, 1460, 1461, 1462, 1463, 1464, 1465, 1466, 1467, 1468, 1469, 1470, 1471, 1472, 1473, 1474, 1475, 1476, 1477, 1478, 1479, 1480, 1481, 1482, 1483, 1484, 1485, 1486, 1487, 1488, 1489, 1490, 1491, 1520, 1521, 1522, 1523, 1524, 1525, 1526, 1527, 1528, 1529, 1530, 1531, 1532, 1533, 1534, 1535, 1536, 1537, 1538, 1539, 1540, 1541, 1542, 1543, 1544, 1545, 1546, 1547, 1548, 1549, 1550, 1551, 1552, 1553, 1554, 1555, 1556, 1557, 1558, 1559, 1560, 1561, 1562, 1563, 1564, 1565, 1566, 1567, 1568, 1569, 1570, 1571, 1572, 1573, 2695, 2708, 2728, 2734, 2876, 2877, 2879]), Anchor::Lits(&[3963, 4718, 4831])]), Anchor::All(&[Anchor::Lits(&[206, 855, 1904, 1905, 4966, 4990]), Anchor::Lits(&[6476, 6652, 6934, 7921, 8094, 8595, 8644, 9715, 9740, 9964, 11259, 11274, 11393, 11467])]), Anchor::All(&[Anchor::Lits(&[4000, 4001, 4017, 4018, 4019, 4020, 4021, 4022, 4023, 4024, 4025, 4028, 4049, 4050, 4080, 4083, 4084, 4085, 4086, 4097, 4098, 4099, 4100, 4753, 4754, 4766, 4767, 4768, 4769, 4770, 4771, 4772, 4773, 4774, 4777, 4784, 4785, 4803, 4804, 4805, 4806, 4807, 4812, 4813, 4814, 4815, 4862, 4863, 4875, 4876, 4877, 4878, 4879, 4880, 4881, 4882, 4883, 4884, 4890, 4891, 4909, 4910, 4911, 4912, 4913, 4918, 4919, 4920, 4921]), Anchor::Lits(&[6476, 6934, 7921, 8094, 8644, 9389, 9740, 9964, 10777, 11274, 11393, 11467])])])),
            (58, "persona-replaces-assistant", Anchor::Any(&[Anchor::Lits(&[1291, 2839, 7785, 7786, 7787, 7788, 7789, 7790, 9099, 9100, 11067, 11756, 11757, 11758, 11759, 11760, 11761, 12077, 13717, 13879, 14257]), Anchor::All(&[Anchor::Lits(&[113, 121, 123, 125, 132, 133, 134, 135, 642, 650, 652, 654, 828, 836, 838, 840, 931, 933, 935, 937, 942, 944, 946, 948, 2618, 2626, 2628, 2630, 3055, 3057, 3059, 3061]), Anchor::Lits(&[5776, 5777, 5778, 5779, 6040, 6041, 6042, 6043, 6092])])])),
            (59, "no-restrictions", Anchor::Any(&[Anchor::All(&[Anchor::Lits(&[6702, 6703, 6704, 6709, 6710, 6711, 6712, 6714, 6715, 6716, 6717, 6718, 6719, 6720, 6721, 6722, 6723, 6724, 6725, 6726, 6730, 6977, 6978, 6979, 6984, 6985, 6986, 6987, 6989, 6990, 6991, 6992, 6993, 6994, 6995, 6996, 6997, 6998, 6999, 7000, 7001, 7008, 8528, 8529, 8530, 8535, 8536, 8537, 8538, 8540, 8541, 8542, 8543, 8544, 8545, 8546, 8547, 8548, 8549, 8550, 8551, 8552, 8556, 12465, 12466, 12467, 12472, 12473, 12474, 12475, 12477, 12478, 12479, 12480, 12481, 12482, 12483, 12484, 12485, 12486, 12487, 12488, 12489, 12493, 12496, 12497, 12498, 12503, 12504, 12505, 12506, 12508, 12509, 12510, 12511, 12512, 12513, 12514, 12515, 12516, 12517, 12518, 12519, 12520, 12524, 12567, 12568, 12569, 12574, 12575, 12576, 12577, 12579, 12580, 12581, 12582, 12583, 12584, 12585, 12586, 12587, 12588, 12589, 12590, 12591, 12595, 12782, 12783, 12784, 12789, 12790, 12791, 12792, 12794, 12795, 12796, 12797, 12798, 12799, 12800, 12801, 12802, 12803, 12804, 12805, 12806, 12810, 12812, 12813, 12814, 12819, 12820, 12821, 12822, 12824, 12825, 12826, 12827, 12828, 12829, 12830, 12831, 12832, 12833, 12834, 12835, 12836, 12840, 12871, 12872, 12873, 12878, 12879, 12880, 12881, 12883, 12884, 12885, 12886, 12887, 12888, 12889, 12890, 12891, 12892, 12893, 12894, 12895, 12899, 13699, 13728, 13731, 13782, 13783, 13784, 13824, 13841, 13842, 13843, 13846, 13847, 13848, 13849, 13850, 13853, 13854, 13861, 13868, 13869, 13938, 14267, 14268, 14269, 14274, 14275, 14276, 14277, 14279, 14280, 14281, 14282, 14283, 14284, 14285, 14286, 14287, 14288, 14289, 14290, 14291, 14295]), Anchor::Lits(&[6652, 6857, 6923, 6932, 6934, 7921, 8580, 8595, 8644, 9715, 9760, 9946, 9957, 9964, 10869, 11253, 11274, 11428, 11454, 11480, 11486, 11506, 11513])]), Anchor::All(&[Anchor::Lits(&[1308, 1331, 1345, 1616, 1639, 1653, 2766, 2777, 2785, 2791, 2792, 2793]), Anchor::Lits(&[6652, 6857, 6923, 6932, 6934, 7921, 8580, 8595, 8644, 9715, 9760, 9946, 9957, 9964, 10869, 11253, 11274, 11428, 11454, 11480, 11486, 11506, 11513])]), Anchor::All(&[Anchor::Lits(&[6701, 6705, 6706, 6707, 6708, 6709, 6710, 6711, 6713, 6727, 6728, 6729, 6976, 6980, 6981, 6982, 6983, 6984, 6985, 6986, 6988, 7005, 7006, 7007, 8527, 8531, 8532, 8533, 8534, 8535, 8536, 8537, 8539, 8553, 8554, 8555, 12464, 12468, 12469, 12470, 12471, 12472, 12473, 12474, 12476, 12490, 12491, 12492, 12495, 12499, 12500, 12501, 12502, 12503, 12504, 12505, 12507, 12521, 12522, 12523, 12566, 12570, 12571, 12572, 12573, 12574, 12575, 12576, 12578, 12592, 12593, 12594, 12781, 12785, 12786, 12787, 12788, 12789, 12790, 12791, 12793, 12807, 12808, 12809, 12811, 12815, 12816, 12817, 12818, 12819, 12820, 12821, 12823, 12837, 12838, 12839, 12870, 12874, 12875, 12876, 12877, 12878, 12879, 12880, 12882, 12896, 12897, 12898, 13696, 13764, 13765, 13766, 13767, 13782, 13783, 13784, 13826, 13909, 13910, 13936, 14266, 14270, 14271, 14272, 14273, 14274, 14275, 14276, 14278, 14292, 14293, 14294]), Anchor::Lits(&[5821, 6289, 6325, 8814, 9092, 9125, 9697, 10850, 12184, 12739]), Anchor::Lits(&[6476, 6652, 6857, 6880, 6934, 7921, 8094, 8580, 8595, 8644, 9715, 9740, 9946, 9957, 9964, 10777, 10869, 10923, 11253, 11274, 11393, 11454, 11486])])])),
            (60, "rules-do-not-apply", Anchor::Any(&[Anchor::All(&[Anchor::Lits(&[243, 244, 245, 246, 247, 248, 249, 250, 251, 252, 253, 254, 255, 256, 257, 258, 259, 260, 261, 262, 263, 264, 265, 266, 798, 799, 800, 801, 802, 803, 804, 805, 806, 807, 808, 809, 810, 811, 812, 813, 814, 815, 816, 817, 818, 819, 820, 821, 977, 978, 979, 980, 981, 982, 983, 984, 985, 986, 987, 988, 989, 990, 991, 992, 993, 994, 995, 996, 997, 998, 999, 1000, 1106, 1107, 1108, 1109, 1110, 1111, 1112, 1113, 1114, 1115, 1116, 1117, 1118, 1119, 1120, 1121, 1122, 1123, 1124, 1125, 1126, 1127, 1128, 1129, 1770, 1771, 1772, 1773, 1774, 1775, 1776, 1777, 1778, 1779, 1780, 1781, 1782, 1783, 1784, 1785, 1786, 1787, 1788, 1789, 1790, 1791, 1792, 1793, 2118, 2119, 2120, 2121, 2122, 2123, 2124, 2125, 2126, 2127, 2128, 2129, 2130, 2131, 2132, 2133, 2134, 2135, 2136, 2137, 2138, 2139, 2140, 2141, 2503, 2504, 2505, 2506, 2507, 2508, 2509, 2510, 2511, 2512, 2513, 2514, 2515, 2516, 2517, 2518, 2519, 2520, 2521, 2522, 2523, 2524, 2525, 2526, 2583, 2584, 2585, 2586, 2587, 2588, 2589, 2590, 2591, 2592, 2593, 2594, 2595, 2596, 2597, 2598, 2599, 2600, 2601, 2602, 2603, 2604, 2605, 2606, 3384, 3385, 3386, 3387, 3388, 3389, 3390, 3391, 3392, 3393, 3394, 3395, 3396, 3397, 3398, 3399, 3400, 3401, 3402, 3403, 3404, 3405, 3406, 3407]), Anchor::Lits(&[889, 898, 1197, 1216, 1295, 1492, 1574, 1601, 2675, 2758, 4932, 5014])]), Anchor::All(&[Anchor::Lits(&[1199, 1202, 1206, 1211, 1218, 1221, 1225, 1230, 1298, 1301, 1321, 1339, 1494, 1497, 1503, 1511, 1576, 1579, 1585, 1593, 1604, 1607, 1629, 1647, 2679, 2682, 2698, 2716, 2760, 2763, 2771, 2782]), Anchor::Lits(&[5821, 6289, 6325, 9092, 9697, 10850, 12184])])])),
            (61, "no-rules-apply", Anchor::Any(&[Anchor::Lits(&[10292, 10293, 10294, 10295, 12596]), Anchor::All(&[Anchor::Lits(&[12740, 12741, 12742, 12743, 12746, 12747, 12748, 12749]), Anchor::Lits(&[6476, 8094, 8595, 8644, 9715, 9740, 11274, 11393])])])),
            (62, "freed-from-limits", Anchor::Lits(&[850, 851, 852, 1738, 1739, 1768, 1904, 1906, 2480, 2765, 2781, 2786, 2828, 2830, 2832, 3337, 4532, 4537, 4538, 4567])),
            (63, "respond-without-limits", Anchor::Any(&[Anchor::Lits(&[6036, 6263, 6264, 6265, 6266, 6267, 6595, 6596, 6597, 6598, 6599, 6600, 6601, 6602, 6603, 6604, 7467, 7468, 7525, 7526, 7534, 7603, 7604, 7661, 7662, 7670, 9867, 9868, 9869, 9870, 9871, 9971, 9972, 9973, 9974, 9975, 9976, 9977, 9978, 9979, 9980, 10129, 10130, 10175, 10176, 10183, 10208, 10210, 10211, 10246, 10247, 10278, 10279, 10283, 11697, 11698, 11699, 11700, 11701, 11702, 11703, 11704, 11705, 11706, 13405, 13406, 13411, 13412, 13414, 13451, 13452, 13453, 13454, 13455, 13456, 13457, 13458, 13459, 13460, 13461, 13463, 13466, 13469, 13470, 13472, 13473, 13520, 13521, 13522, 13524, 13527, 13528, 13530, 13531, 13532, 13546, 13547, 13556, 13560, 13566, 13577, 13606, 13607, 13609, 13641, 13642, 13647, 13648, 13650]), Anchor::All(&[Anchor::Lits(&[8360, 9052, 11133, 13450, 13501, 13514]), Anchor::Lits(&[5888, 6652, 6920, 6932, 6934, 6940, 7907, 7908, 7909, 7910, 7912, 7914, 7916, 7917, 7921, 8580, 8595, 9935, 9945, 9946, 9952, 9953, 9954, 9955, 9956, 9964, 11454, 11471, 11473, 11476, 11478, 11482, 11484, 11486, 11494, 11496, 11498, 11502, 11506, 11513])]), Anchor::All(&[Anchor::Lits(&[5983, 6140, 9061, 10419, 13477, 13640]), Anchor::Lits(&[5888, 6476, 6815, 6857, 6880, 7205, 7921, 8092, 8595, 8644, 9389, 9715, 9740, 9964, 10777, 10803, 10869, 10923, 11012, 11274, 11393, 11454, 11467, 12953])])])),
            (64, "pre-safety-self", Anchor::Any(&[Anchor::Lits(&[6432, 6433, 6434, 6435, 6436, 6437, 6438, 6439, 6440, 6441, 6442, 6443, 6444, 6445, 6446, 6447, 6448, 6449, 6450, 6451, 6452, 6453, 6454, 6455, 6456]), Anchor::All(&[Anchor::Lits(&[2887, 2888, 2889, 2891, 2892, 2893]), Anchor::Lits(&[6591, 6592, 8683, 8684, 8694, 8702, 8703, 8704, 11695, 11696])]), Anchor::All(&[Anchor::Lits(&[6522, 6523, 6971, 6972, 9361, 9362, 9931, 9932, 11147, 11148, 12041, 12042, 13219, 13220]), Anchor::Lits(&[6431, 8360, 10895, 12427, 12428, 13450, 13514])])])),
            (65, "stay-in-character", Anchor::Lits(&[1304, 1305, 1337, 1612, 1613, 1645, 2434, 2685, 2686, 2714, 3338, 3769, 3770, 3771, 3772, 3773, 3774, 3775, 3776, 3777, 3778, 3779, 3780, 3781])),
            (66, "jailbreak-template", Anchor::Any(&[Anchor::Lits(&[2108, 2112, 2113, 2114, 2302, 2303, 2304, 2305, 3181, 3183, 3184, 3185, 3205, 3206, 3210, 3211, 3560, 3562, 3563, 3564, 8695, 8696, 8697, 8698, 8699, 8700, 8701, 8705, 8706, 8707, 8708, 8709, 8710, 8711, 9963, 13212, 13462, 13464, 13465, 13467, 13471, 13473, 13474]), Anchor::All(&[Anchor::Lits(&[6268, 6269, 6270, 6271, 6272, 6273, 6274, 6275, 6276, 6277, 6278, 6279, 6280, 6281, 6282, 6283, 6284, 6285, 6286, 6287, 6288, 6297, 6298, 6299, 6300, 6301, 6302, 6303, 9102, 9103, 9104, 9105, 9106, 9107, 9108, 9142, 9143, 9144, 9145, 9146, 9147, 9148, 9151, 9152, 9153, 9154, 9155, 9156, 9157, 9179, 9180, 9181, 9182, 9183, 9184, 9185, 13425, 13426, 13427, 13428, 13429, 13430, 13431, 13435, 13436, 13437, 13438, 13439, 13440, 13441, 13442, 13443, 13444, 13445, 13446, 13447, 13448, 13494, 13495, 13496, 13497, 13498, 13499, 13500]), Anchor::Lits(&[6093, 11170, 11249, 12004, 12336, 13679])])])),
            (67, "jailbreak", Anchor::Lits(&[1020, 1021, 1993, 1994, 2164, 2165, 2166, 2384, 2385, 2386, 2387, 2388, 2389, 2390, 2391, 2392, 2393, 2394, 2395, 2396, 2397, 2398, 2399, 2400, 2401, 2402, 2403, 2404, 2405, 2406, 2407, 2408, 2409, 2410, 2411, 2412, 2413, 2414, 2415, 2417, 2418, 2419, 2420, 2421, 2422, 2423, 2837, 2838, 3161, 3548, 3838, 3839, 4655, 4656, 5060, 5061, 5148, 5149, 5696, 5697, 5733, 5734])),
            (68, "evil-twin", Anchor::All(&[Anchor::Lits(&[5321, 5390, 5427, 5435, 5444, 5448, 5541, 5602, 5634, 5637, 5650, 5666, 5668, 5669, 5670]), Anchor::Lits(&[7772, 8911, 9930, 10748, 10759, 11650, 11725, 13012, 13218])])),
            (69, "pretend-safeguards-absent", Anchor::All(&[Anchor::Lits(&[294, 295, 296, 297, 298, 299, 300, 301, 302, 303, 304, 305, 306, 307, 320, 321, 322, 323, 324, 325, 326, 327, 328, 329, 330, 331, 332, 333, 1198, 1200, 1201, 1203, 1204, 1205, 1207, 1208, 1209, 1210, 1212, 1213, 1214, 1215, 1217, 1219, 1220, 1222, 1223, 1224, 1226, 1227, 1228, 1229, 1231, 1232, 1233, 1234, 1297, 1299, 1300, 1302, 1316, 1318, 1322, 1323, 1324, 1332, 1340, 1344, 1360, 1364, 1493, 1495, 1496, 1498, 1500, 1502, 1504, 1505, 1506, 1509, 1512, 1514, 1517, 1518, 1575, 1577, 1578, 1580, 1582, 1584, 1586, 1587, 1588, 1591, 1594, 1596, 1599, 1600, 1603, 1605, 1606, 1608, 1624, 1626, 1630, 1631, 1632, 1640, 1648, 1652, 1668, 1672, 2331, 2332, 2333, 2334, 2335, 2336, 2337, 2338, 2339, 2340, 2341, 2342, 2343, 2344, 2357, 2358, 2359, 2360, 2361, 2362, 2363, 2364, 2365, 2366, 2367, 2368, 2369, 2370, 2677, 2680, 2681, 2683, 2694, 2697, 2699, 2700, 2701, 2709, 2717, 2724, 2741, 2745, 2759, 2761, 2762, 2764, 2767, 2768, 2772, 2773, 2774, 2780, 2783, 2784, 2787, 2790, 4627, 4628, 4629, 4630, 4631, 4632, 4633, 4634, 4635, 4636, 4637, 4638, 4639, 4640, 4641, 4642, 4643, 4644, 4645, 4646, 4647, 4648, 4649, 4650, 4651, 4652, 4653, 4654, 4661, 4662, 4663, 4664, 4665, 4666, 4667, 4668, 4669, 4670, 4671, 4672, 4673, 4674, 4676, 4677, 4678, 4679, 4680, 4681, 4682, 4683, 4684, 4685, 4686, 4687, 4688, 4689]), Anchor::Lits(&[59, 341, 376, 663, 2213, 2479, 3141, 3873])])),
            (70, "bedtime-story-exploit", Anchor::All(&[Anchor::Lits(&[1142, 1147, 1171, 2450, 3031, 3536]), Anchor::Lits(&[157, 1700, 1750, 4583, 4832, 5026]), Anchor::Lits(&[8421, 8474, 8500, 9770, 9771, 9791, 11078, 11085, 11101, 11102, 11103, 11515, 11529, 11540, 11546, 11690, 11691, 11692, 11708, 11709, 11762, 11763, 12018, 12020, 12361, 12398, 12930, 13370, 13371, 13372])])),
            (71, "simulated-privileged-shell", Anchor::Lits(&[2078, 2079, 2080, 2081, 2082, 2083, 2084, 2085, 2086, 2087, 2088, 2089, 2090, 2091, 2092, 2093, 2094, 2095, 2096, 2097, 2098, 2099, 2100, 2101, 2102, 2103, 2104, 3485, 3486, 3487, 3488, 3489, 3490, 3491, 3492, 3493, 3494, 3495, 3496, 3497, 3498, 3499, 3500, 3501, 3502, 3503, 3504, 3505, 3506, 3507, 3508, 3509, 3510, 3511, 4034, 4035, 4036, 4038, 4039, 4040, 4041, 4042, 4043, 4044, 4045, 4046, 4047, 4048, 4051, 4052, 4053, 4056, 4057, 4058, 4059, 4060, 4061, 4062, 4063, 4064, 4065, 4946, 4947, 4948, 4953, 4954, 4955, 4956, 4957, 4958, 4959, 4960, 4961, 4962, 4963, 4972, 4975, 4976, 4978, 4979, 4980, 4981, 4982, 4983, 4984, 4985, 4986, 4987])),
            (72, "self-escalation", Anchor::Lits(&[5852, 5853, 5854, 5855, 5856, 5857, 6313, 6314, 6315, 6316, 6317, 6318, 6319, 6389, 6390, 6391, 6392, 6393, 6394, 6395, 7773, 7774, 7775, 7776, 7777, 7778, 7779, 7852, 7853, 7854, 7855, 7856, 7857, 7858, 8475, 8484, 8485, 8486, 8487, 8488, 8489, 8559, 8560, 8561, 8562, 8563, 8564, 8565, 9659, 9660, 9661, 10947, 10948, 10949, 10950, 10951, 10952, 10953, 11375, 11376, 11377, 12225, 12229, 12265])),
            (73, "blind-execution", Anchor::Lits(&[238, 239, 240, 241, 242, 267, 907, 908, 909, 910, 911, 912, 1292, 1294, 1368, 1382, 1437, 1519, 1761, 1762, 1764, 1765, 1766, 1767, 1841, 1842, 1843, 1846, 1847, 1848, 2872, 2873, 2874, 2878, 2880, 2881, 3481, 3482, 3484, 3512, 3513, 3514])),
            (74, "forbidden-becomes-required", Anchor::Any(&[Anchor::Lits(&[10503]), Anchor::All(&[Anchor::Lits(&[5946, 5947, 5951, 5983, 6164, 6165, 6169, 6179, 7987, 7988, 7992, 8002, 13345, 13346, 13347, 13348]), Anchor::Lits(&[6477, 6653, 6756, 6816, 6858, 6881, 6935, 7179, 7192, 7206, 7922, 8095, 8581, 8596, 8619, 8632, 8645, 9377, 9390, 9716, 9741, 9947, 9958, 9965, 10778, 10870, 10924, 10955, 10990, 11254, 11260, 11275, 11394, 11455, 11487, 12231, 12243, 12954]), Anchor::Lits(&[6401, 6462, 7250, 8212, 10853, 10938, 11265, 11542, 11543, 11544, 12396])])])),
            (75, "opposite-of-your-rules", Anchor::Any(&[Anchor::Lits(&[10505]), Anchor::All(&[Anchor::Lits(&[6478, 6479, 6480, 6481, 6654, 6655, 6656, 6657, 6762, 6763, 6764, 6765, 6822, 6823, 6824, 6825, 6859, 6860, 6861, 6862, 6893, 6894, 6897, 6898, 6936, 6937, 6938, 6939, 7185, 7186, 7187, 7188, 7199, 7200, 7201, 7202, 7214, 7215, 7216, 7217, 7923, 7924, 7925, 7926, 8098, 8099, 8100, 8101, 8587, 8588, 8589, 8590, 8608, 8609, 8612, 8613, 8625, 8626, 8627, 8628, 8638, 8639, 8640, 8641, 8657, 8658, 8661, 8662, 9383, 9384, 9385, 9386, 9413, 9414, 9419, 9420, 9728, 9729, 9732, 9733, 9748, 9749, 9752, 9753, 9948, 9949, 9950, 9951, 9959, 9960, 9961, 9962, 9966, 9967, 9968, 9969, 10785, 10786, 10789, 10790, 10871, 10872, 10873, 10874, 10932, 10933, 10934, 10935, 10975, 10976, 10979, 10980, 11003, 11004, 11006, 11007, 11255, 11256, 11257, 11258, 11261, 11262, 11263, 11264, 11289, 11290, 11293, 11294, 11413, 11414, 11418, 11419, 11461, 11462, 11463, 11464, 11488, 11489, 11490, 11491, 12237, 12238, 12239, 12240, 12249, 12250, 12251, 12252, 12960, 12961, 12962, 12963]), Anchor::Lits(&[5105, 5112, 5177, 5235, 5279])])])),
            (76, "hypothetical-unrestricted-ai", Anchor::All(&[Anchor::Lits(&[1019, 1736, 2159, 2213, 2216, 2217, 2218, 3063, 3141, 3547, 3873]), Anchor::Any(&[Anchor::Lits(&[226, 873, 1381, 2728, 4931, 6037, 6974, 7039, 7168, 8003, 8679, 8693, 9101, 9550, 9559, 9677, 9701, 9738, 9853, 10093, 10212, 10215, 10280, 10282, 11100, 11364, 11385, 11392, 13018, 13035, 13038, 13040, 13041, 13074, 13075, 13094, 13111, 13112, 13113, 13124, 13464, 13468, 13502, 13505, 13506, 13507, 13508, 13509, 13510, 13520, 13523, 13525, 13526, 13529, 13532, 13533, 13546, 13559, 13561, 13564, 13578, 13609, 13612]), Anchor::All(&[Anchor::Lits(&[12418, 12419, 12420, 12421, 12422, 12423, 12424, 12427, 12428, 12431, 12432, 12433, 12434, 13357, 13358, 13359, 13360, 13361, 13362, 13363, 13364, 13365, 13366, 13367, 13368, 13369, 13385, 13386, 13387, 13388, 13389, 13390, 13391, 13392, 13393, 13394, 13395, 13396, 13397]), Anchor::Lits(&[6476, 7921, 8094, 8644, 9389, 9740, 9964, 10777, 11274, 11393, 11467])])]), Anchor::Lits(&[5861, 5862, 5867, 5868, 6323, 6324, 6473, 6475, 6971, 9792, 9793, 9933, 9934, 13012, 13219])])),
            (77, "malicious-persona", Anchor::Any(&[Anchor::All(&[Anchor::Any(&[Anchor::Lits(&[6516, 6518, 6519, 6520, 7710, 7711, 7712, 7713, 7714, 7715, 7716, 7717, 7718, 7719, 7720, 7721, 7722, 7723, 7724, 7725, 7726, 7727, 7728, 7729, 7878, 7879, 7880, 7881, 8073, 12054, 12055]), Anchor::All(&[Anchor::Lits(&[9679, 9680]), Anchor::Lits(&[7033, 7041, 9662, 10682, 11566, 12928])])]), Anchor::Lits(&[3964, 4719, 4832])]), Anchor::All(&[Anchor::Lits(&[6326, 6459, 6460, 7030, 7036, 7269, 8004, 8359, 8680, 8682, 9352, 9854, 11365, 11451, 11555, 12021, 12777]), Anchor::Lits(&[5820, 5833, 6411, 6416, 10770, 10771, 11755, 13696, 14250]), Anchor::Any(&[Anchor::Lits(&[5810, 5818, 6035, 6180, 6517, 7031, 7033, 7107, 7141, 7228, 7229, 7230, 7232, 7233, 7234, 7236, 7238, 7686, 7708, 8073, 8087, 8677, 9678, 10530, 10636, 10682, 10765, 10908, 11566, 11632, 11973, 12024, 12053, 12928, 12991, 13415]), Anchor::All(&[Anchor::Lits(&[8558]), Anchor::Lits(&[5818, 5891, 10530, 10636, 11632, 12218])]), Anchor::All(&[Anchor::Lits(&[4441, 4442, 4443, 4445, 4446, 4447, 4448, 4451, 4458, 4464, 4466, 4472, 4473]), Anchor::Lits(&[6969, 7731, 7780, 8087, 8338, 9678, 10814, 11651, 12966, 13096, 13128])])])])])),
            (78, "third-party-permission", Anchor::All(&[Anchor::Lits(&[5992, 5994, 5995, 5996, 5997, 5998, 5999, 6000, 6237, 6238, 6239, 6240, 6241, 6242, 6243, 6244, 6305, 6306, 6307, 6308, 6309, 6310, 6311, 6312, 6359, 6360, 6361, 6362, 6363, 6364, 6365, 6366, 6369, 6370, 6371, 6372, 6373, 6374, 6375, 6376, 6738, 6739, 6740, 6741, 6742, 6743, 6744, 6745, 7118, 7119, 7120, 7121, 7122, 7123, 7124, 7125, 8076, 8077, 8078, 8079, 8080, 8081, 8082, 8083, 8422, 8423, 8424, 8425, 8426, 8427, 8428, 8429, 8492, 8493, 8494, 8495, 8496, 8497, 8498, 8499, 8566, 8567, 8568, 8569, 8570, 8571, 8572, 8573, 9353, 9354, 9355, 9356, 9357, 9358, 9359, 9360, 9367, 9368, 9369, 9370, 9371, 9372, 9373, 9374, 10085, 10086, 10087, 10088, 10089, 10090, 10091, 10092, 10436, 10437, 10438, 10439, 10440, 10441, 10442, 10443, 10510, 10511, 10512, 10513, 10514, 10515, 10516, 10517, 10520, 10523, 10524, 10525, 10526, 10527, 10528, 10529, 10738, 10739, 10740, 10741, 10742, 10743, 10744, 10745, 11233, 11234, 11235, 11236, 11237, 11238, 11239, 11240, 11516, 11519, 11520, 11521, 11522, 11523, 11524, 11526, 11547, 11548, 11549, 11550, 11551, 11552, 11553, 11554, 11730, 11731, 11732, 11733, 11734, 11735, 11736, 11737, 12931, 12932, 12933, 12934, 12935, 12936, 12937, 12938, 13256, 13257, 13258, 13259, 13260, 13261, 13262, 13263]), Anchor::Lits(&[6555, 6679, 7108, 7226, 7687, 7927, 8019, 8075, 8088, 8558, 8937, 10591, 11152, 11438, 11771, 12201, 12992, 12997, 13097, 13416])])),
            (79, "privileged-identity", Anchor::Lits(&[154, 283, 691, 693, 959, 1708, 1721, 2051, 4557, 4830, 5051, 5200, 5690])),
            (80, "fiction-without-controls", Anchor::Any(&[Anchor::Lits(&[4991, 8913, 8914, 8915, 8916, 8917, 9093, 9094, 9095, 9096, 9097, 12185, 12186, 12187, 12188, 12189, 13398, 13399, 13400, 13401, 13402, 13403, 13404]), Anchor::All(&[Anchor::Lits(&[2228, 2229, 2230, 2231, 2232, 2233, 2234, 2235, 2236, 2237, 2238, 2239, 2240, 4691, 4692, 4693, 4694, 4695, 4696, 4697, 4698, 4699, 4700, 4701, 4702, 4703, 4705, 4706, 4707, 4708, 4709, 4710, 4711, 4712, 4713, 4714, 4715, 4716, 4717, 4944, 4945, 4951, 4952, 4964, 4965, 4968, 4969, 4970, 4971, 4973, 4974, 4977, 5894, 5895, 5896, 5900, 5907, 5911, 5912, 5913, 5914, 5915, 5916, 5917, 5952, 6127, 6128, 6129, 6130, 6131, 6132, 6133, 6134, 6135, 6136, 6137, 6138, 6139, 12440, 12441, 12525, 12528, 12557, 12565, 12622, 12634, 12642, 12648, 12649, 12653, 12695]), Anchor::Lits(&[5819, 5832, 7784, 9091, 9124, 9929, 10849, 11372, 11374, 11754, 13695, 14249]), Anchor::Lits(&[6569, 7241, 8517, 9225, 9709, 10298, 10420, 11157, 12197])]), Anchor::All(&[Anchor::Lits(&[8005, 8006, 8007, 8008, 8010, 9560, 9561, 9562, 9563, 9565, 9855, 9856, 9857, 9858, 9859, 11366, 11367, 11368, 11369, 11370, 13019, 13020, 13021, 13022, 13023, 13076, 13077, 13078, 13079, 13081, 13114, 13115, 13116, 13117, 13119]), Anchor::Lits(&[6416, 6661, 6662, 6663, 12177])]), Anchor::All(&[Anchor::Lits(&[5858, 9453, 11373, 11381, 12402]), Anchor::Lits(&[47, 48, 156, 236, 1070, 1132, 1133, 1163, 1164, 1165, 1166, 1253, 1254, 1256, 1261, 1262, 1263, 1264, 1266, 1677, 1678, 1679, 1680, 1681, 1682, 1683, 1684, 1685, 1699, 1711, 1769, 1799, 1903, 2050, 2457, 2957, 2997, 3033, 3064, 3118, 3182, 3558, 3583, 3598, 3745, 3755, 4476, 4492, 4499, 4556, 4580])]), Anchor::All(&[Anchor::Lits(&[69, 1759, 3137, 3320, 3784, 5025]), Anchor::Lits(&[1054, 1697, 1769, 1798, 2456, 3782, 3787, 4555]), Anchor::Lits(&[8091, 10308, 10774, 11564, 11565, 12123, 12334])])])),
            (81, "disable-safety", Anchor::Any(&[Anchor::Lits(&[5784, 5787, 5788, 5789, 5791, 6483, 6484, 6485, 6486, 6487, 6488, 6489, 6490, 6491, 6492, 6493, 6494, 6495, 6496, 6497, 6498, 6499, 6500, 6501, 6502, 6503, 6504, 6505, 6506, 6507, 6508, 6509, 6510, 6511, 6512, 6513, 6514, 6515, 6558, 6561, 6563, 6565, 6568, 6572, 6573, 6574, 6575, 6577, 6680, 6681, 6682, 6683, 6685, 6687, 6688, 6689, 6690, 6692, 7049, 7050, 7051, 7052, 7054, 7057, 7058, 7059, 7060, 7062, 7079, 7080, 7081, 7082, 7084, 7227, 7231, 7235, 7237, 7240, 7244, 7245, 7246, 7247, 7249, 7309, 7360, 7369, 7373, 7384, 7388, 7391, 7392, 7393, 7395, 7860, 7861, 7862, 7863, 7864, 7865, 7866, 7867, 7868, 7869, 7870, 7871, 7872, 7874, 7875, 7876, 7877, 7883, 7884, 7885, 7886, 7887, 7888, 7889, 7890, 7891, 7892, 7893, 7894, 7895, 7897, 7898, 7899, 7900, 7928, 7929, 7930, 7931, 7933, 7935, 7936, 7937, 7938, 7940, 8249, 8300, 8309, 8313, 8324, 8328, 8331, 8332, 8333, 8335, 8362, 8363, 8364, 8365, 8367, 8369, 8370, 8371, 8372, 8373, 8438, 8439, 8440, 8441, 8443, 8444, 8445, 8446, 8447, 8448, 8449, 8450, 8451, 8452, 8453, 8454, 8455, 8456, 8457, 8458, 8459, 8461, 8462, 8463, 8464, 8465, 8467, 8468, 8469, 8470, 8472, 8959, 9010, 9019, 9023, 9040, 9055, 9058, 9059, 9060, 9062, 9552, 9554, 9555, 9556, 9558, 9703, 9704, 9705, 9706, 9708, 10102, 10103, 10104, 10105, 10107, 10109, 10110, 10111, 10112, 10114, 10594, 10598, 10599, 10601, 10604, 10612, 10616, 10617, 10619, 10622, 11712, 11713, 11714, 11715, 11717, 11719, 11720, 11721, 11722, 11724, 12146, 12147, 12148, 12149, 12151, 12191, 12192, 12193, 12194, 12196, 12202, 12203, 12204, 12205, 12207, 12210, 12211, 12212, 12213, 12215, 12348, 12349, 12350, 12351, 12353, 12998, 12999, 13000, 13001, 13003, 13006, 13007, 13008, 13009, 13011, 13056, 13057, 13058, 13059, 13061, 13654, 13655, 13656, 13657, 13659]), Anchor::All(&[Anchor::Lits(&[5899, 6196, 6198, 6200, 6204, 6206, 6208, 6211, 6213, 6216, 6330, 6333, 6336, 6339, 6652, 6672, 6675, 6846, 6848, 6851, 6853, 6920, 6932, 6934, 6940, 7002, 7009, 7841, 7910, 7912, 7914, 7917, 7919, 7921, 7942, 8096, 8577, 8580, 8593, 8616, 8784, 8792, 9293, 9296, 9298, 9300, 9302, 9305, 9307, 9935, 9964, 10966, 11081, 11105, 11114, 11276, 11334, 11337, 11452, 11469, 11473, 11476, 11478, 11482, 11484, 11486, 11492, 11494, 11496, 11498, 11500, 11502, 11504, 11506, 11508, 11510, 11513, 11530, 11532, 11534, 11600, 11606, 11610, 11612, 11614, 11620, 11622, 11624, 11626, 12555, 12989, 13958]), Anchor::Lits(&[5781, 6378, 6482, 6555, 6571, 6679, 6686, 7048, 7055, 7056, 7078, 7226, 7242, 7243, 7287, 7397, 7470, 7509, 7606, 7645, 7687, 7859, 7882, 7927, 7934, 8223, 8361, 8368, 8437, 8460, 8466, 8678, 8937, 9052, 9665, 9702, 9711, 9800, 9801, 10101, 10108, 10224, 10244, 10591, 10609, 11069, 11146, 11152, 11159, 11711, 11718, 11726, 11771, 11833, 12069, 12129, 12145, 12190, 12199, 12201, 12209, 12347, 12997, 13005, 13055, 13254, 13295, 13514, 13653])]), Anchor::All(&[Anchor::Lits(&[5790, 5983, 6140, 6567, 6576, 6684, 6691, 7053, 7061, 7083, 7239, 7248, 7383, 7394, 7873, 7896, 7932, 7939, 7965, 8323, 8334, 8366, 8442, 8471, 9039, 9061, 9557, 9707, 10106, 10113, 10419, 10603, 10621, 11716, 11723, 12150, 12195, 12206, 12214, 12352, 12698, 13002, 13010, 13060, 13658]), Anchor::Lits(&[5888, 6476, 6815, 6857, 6880, 7205, 7921, 8092, 8595, 8644, 9389, 9715, 9740, 9964, 10777, 10803, 10869, 10923, 11012, 11274, 11393, 11454, 11467, 12953])])])),
            (82, "safety-declared-off", Anchor::All(&[Anchor::Lits(&[5889, 5900, 6197, 6199, 6201, 6202, 6205, 6207, 6209, 6210, 6212, 6214, 6215, 6217, 6331, 6332, 6334, 6335, 6337, 6340, 6653, 6673, 6676, 6847, 6849, 6850, 6852, 6854, 6921, 6922, 6924, 6933, 6935, 6941, 7003, 7004, 7010, 7842, 7911, 7913, 7915, 7918, 7920, 7922, 7943, 8097, 8578, 8579, 8581, 8594, 8596, 8617, 8785, 8793, 9294, 9295, 9297, 9299, 9301, 9303, 9304, 9306, 9308, 9936, 9965, 10967, 11082, 11083, 11106, 11115, 11116, 11277, 11335, 11338, 11453, 11470, 11472, 11474, 11477, 11479, 11481, 11483, 11485, 11487, 11493, 11495, 11497, 11499, 11501, 11503, 11505, 11507, 11509, 11511, 11512, 11514, 11531, 11533, 11535, 11601, 11602, 11607, 11611, 11613, 11615, 11621, 11623, 11625, 11627, 12556, 12990, 13959]), Anchor::Lits(&[6570, 6593, 6594, 7055, 7137, 7242, 8518, 9226, 9710, 10218, 10297, 10421, 10589, 10700, 11158, 11313, 11357, 12198, 13249, 13255])])),
            (83, "skip-approval", Anchor::Any(&[Anchor::Lits(&[6203, 13515, 13518, 13519, 13534, 13535, 13537, 13541, 13551, 13552, 13554, 13555, 13558, 13562, 13563, 13565, 13568, 13595, 13598, 13599, 13600, 13601, 13613, 13618, 13623, 13624, 13625, 13626, 13635, 13636, 13640]), Anchor::All(&[Anchor::Lits(&[396, 397, 398, 399, 400, 401, 402, 403, 404, 405, 406, 407, 408, 409, 410, 411, 412, 413, 414, 415, 416, 417, 418, 419, 420, 421, 422, 423, 424, 425, 426, 427, 428, 429, 430, 431, 432, 433, 434, 435, 436, 437, 438, 439, 440, 441, 442, 443, 444, 445, 446, 447, 448, 449, 450, 451, 452, 453, 454, 455, 456, 457, 458, 459, 460, 461, 462, 463, 464, 465, 466, 467, 468, 469, 470, 471, 472, 473, 474, 475, 476, 477, 478, 479, 480, 481, 482, 483, 484, 485, 486, 487, 488, 489, 490, 491, 492, 493, 494, 495, 496, 497, 498, 499, 500, 501, 502, 503, 504, 505, 506, 507, 508, 509, 510, 511, 512, 513, 514, 515, 520, 521, 522, 523, 524, 525, 526, 527, 528, 529, 530, 531, 532, 533, 534, 535, 536, 537, 538, 539, 540, 541, 542, 543, 544, 545, 546, 547, 548, 549, 550, 551, 552, 553, 554, 555, 556, 557, 558, 559, 560, 561, 562, 563, 564, 565, 566, 567, 568, 569, 570, 571, 572, 573, 574, 575, 576, 577, 578, 579, 580, 581, 582, 583, 584, 585, 586, 587, 588, 589, 590, 591, 592, 593, 594, 595, 596, 597, 598, 599, 600, 601, 602, 603, 604, 605, 606, 607, 608, 609, 610, 611, 612, 613, 614, 615, 616, 617, 618, 619, 620, 621, 622, 623, 624, 625, 626, 627, 628, 629, 630, 631, 632, 633, 634, 635, 636, 637, 638, 639]), Anchor::Lits(&[7446, 7575, 10115, 10253, 11066, 12068, 13513])]), Anchor::All(&[Anchor::Lits(&[7487, 7488, 7489, 7509, 7527, 7623, 7624, 7625, 7645, 7663, 10237, 10238, 10239, 10244, 10245, 10248, 10249, 10250, 10251, 10252, 13407, 13408, 13409, 13410, 13413, 13643, 13644, 13645, 13646, 13649]), Anchor::Lits(&[6194, 6844, 6863, 10735, 11331, 11728, 11738])])])),
            (84, "encoded-instructions", Anchor::Any(&[Anchor::Lits(&[7064, 7065, 7069, 7070, 7072, 7073, 7135, 7136, 13122, 13123]), Anchor::All(&[Anchor::Lits(&[5822, 5823, 5824, 5825, 5826, 5827, 5828, 5829, 5830, 5831, 6184, 6185, 6186, 6187, 6188, 6189, 6190, 6191, 6192, 6193, 6629, 6630, 6631, 6632, 6633, 6634, 6635, 6636, 6643, 6650, 6776, 6799, 6801, 6802, 6804, 6805, 6807, 6808, 6810, 6812, 7555, 7556, 7557, 7558, 7559, 7560, 7561, 7562, 7563, 7564, 8044, 8045, 8046, 8047, 8048, 8049, 8050, 8051, 8058, 8065, 8171, 8179, 8180, 8181, 8182, 8183, 8184, 8185, 8196, 8203, 10367, 10380, 10382, 10383, 10385, 10386, 10388, 10389, 10400, 10407, 10724, 10725, 10726, 10727, 10728, 10729, 10730, 10731, 10732, 10733, 11440, 11441, 11442, 11443, 11444, 11445, 11446, 11447, 11448, 11449]), Anchor::Lits(&[7063, 7068, 7071, 7134, 11330, 11378, 11379, 12967, 13083, 13121]), Anchor::Lits(&[6053, 12701])])])),
            (85, "route-around-the-guard", Anchor::Any(&[Anchor::Lits(&[361, 362, 363, 364, 365, 366, 367, 368, 1244, 1245, 1246, 1247, 1248, 1249, 1250, 1251, 3289, 3290, 3291, 3292, 3293, 3294, 3295, 3296, 3829, 3830, 3831, 3832, 3833, 3834, 3835, 3836, 4542, 4543, 4544, 4545, 4546, 4547, 4548, 4549, 4569, 4570, 4571, 4572, 4573, 4574, 4575, 4576]), Anchor::All(&[Anchor::Lits(&[6379, 6380, 6381, 6382, 6383, 6384, 6385, 6386, 6387, 6388, 7519, 7520, 7521, 7522, 7530, 7531, 7532, 7533, 7535, 7536, 7655, 7656, 7657, 7658, 7666, 7667, 7668, 7669, 7671, 7672, 10169, 10170, 10171, 10172, 10179, 10180, 10181, 10182, 10184, 10185, 11798, 11799, 11800, 11801, 11808, 11809, 11810, 11811, 11812, 11813, 12112, 12113, 12114, 12115, 12116, 12117, 12118, 12119, 12120, 12121]), Anchor::Lits(&[950, 951, 953, 1099, 1822, 1838, 1997, 2054, 3226, 3470, 3517, 3545, 3567]), Anchor::Lits(&[9544, 9545, 9546, 9547, 9548, 10011, 10012, 10013, 10014, 10015, 10022, 10023, 10024, 10025, 10026, 10040, 10042, 10045, 10046, 10047, 10050, 10051, 10052, 10053, 10054, 12560, 12561, 12562, 12563, 12564, 12635, 12636, 12637, 12638, 12639, 12643, 12644, 12645, 12646, 12647, 12750, 12751, 12752, 12753, 12754, 12847, 12900, 12902, 12903, 12904])]), Anchor::All(&[Anchor::Lits(&[7220, 12124, 13549, 13553, 13557, 13560, 13563, 13574, 13604, 13605, 13614, 13615, 13616, 13617, 13627, 13628, 13629, 13630, 13632, 13633]), Anchor::Lits(&[6580, 6581, 6582, 6583, 6584, 6585, 6586, 6587, 6588, 6589, 8339, 8340, 8341, 8342, 8343, 8344, 8345, 8346, 8347, 8348, 8349, 8350, 8351, 8352, 8353, 8354, 8355, 8356, 8357, 8358, 8504, 8505, 8506, 8507, 8508, 8509, 8510, 8511, 8512, 8513, 10660, 10661, 10662, 10663, 10664, 10665, 10666, 10667, 10668, 10669, 10670, 10671, 10672, 10673, 10674, 10675, 10676, 10677, 10678, 10679, 11653, 11654, 11655, 11656, 11657, 11658, 11659, 11660, 11661, 11662, 11663, 11664, 11665, 11666, 11667, 11668, 11669, 11670, 11671, 11672, 12005, 12006, 12007, 12008, 12009, 12010, 12011, 12012, 12013, 12014, 12337, 12338, 12339, 12340, 12341, 12342, 12343, 12344, 12345, 12346])])])),
            (86, "do-not-screen-input", Anchor::All(&[Anchor::Lits(&[1310, 1311, 1312, 1313, 1314, 1315, 1325, 1326, 1333, 1334, 1347, 1348, 1349, 1350, 1351, 1352, 1354, 1355, 1356, 1357, 1362, 1363, 1618, 1619, 1620, 1621, 1622, 1623, 1633, 1634, 1641, 1642, 1655, 1656, 1657, 1658, 1659, 1660, 1662, 1663, 1664, 1665, 1670, 1671, 2688, 2689, 2690, 2691, 2692, 2693, 2702, 2703, 2710, 2711, 2726, 2727, 2729, 2730, 2731, 2732, 2735, 2736, 2737, 2738, 2743, 2744, 2795, 2796, 2797, 2798, 2799, 2800, 2801, 2802, 2805, 2806, 2807, 2808, 2809, 2810, 2811, 2812, 2813, 2814, 2815, 2816, 2817, 2818, 3704, 3705, 3706, 3707, 3708, 3709, 3710, 3711, 3712, 3713, 3719, 3720, 3721, 3722, 3723, 3724, 3726, 3727, 3728, 3729, 3733, 3734, 3793, 3794, 3795, 3796, 3797, 3798, 3801, 3802, 3805, 3806, 3814, 3815, 3816, 3817, 3818, 3819, 3821, 3822, 3823, 3824, 3826, 3827, 4992, 4993, 4994, 4995, 4996, 4997, 4998, 4999, 5000, 5001, 5002, 5003, 5004, 5005, 5006, 5007, 5008, 5009, 5010, 5011, 5012, 5013]), Anchor::Lits(&[9310, 9318, 9883, 9895, 10689, 10955, 10990, 11198, 11230, 11652, 13013, 13679])])),
            (87, "allowlist-this-prompt", Anchor::Any(&[Anchor::All(&[Anchor::Lits(&[2649, 2650, 2651, 2652, 2656, 2657, 2658, 2659, 2963, 2964, 2965, 2966, 2967, 2968, 2969, 2970, 4214, 4215, 4216, 4217, 4218, 4219, 4220, 4221, 4234, 4235, 4236, 4237, 4238, 4239, 4240, 4241, 4397, 4398, 4401, 4414, 4417, 4420, 4421, 4425]), Anchor::Lits(&[5985, 6001, 6697, 6864, 8066, 8122, 9674, 9860, 12271, 12973, 12993, 13373, 13379])]), Anchor::All(&[Anchor::Lits(&[5987, 5988, 5989, 5990, 5991, 6003, 6004, 6005, 6006, 6007, 8067, 8068, 8069, 8070, 8071, 13374, 13375, 13376, 13377, 13378, 13380, 13381, 13382, 13383, 13384]), Anchor::Lits(&[6670, 6957, 9309, 9882, 10954, 11197, 11676, 13142])])])),
            (90, "unset-read-only", Anchor::Any(&[Anchor::Lits(&[3300, 3306, 3313, 3318]), Anchor::All(&[Anchor::Lits(&[1687, 1688, 1689, 1690, 1691, 1692, 1694, 1695, 3299, 3300, 3301, 3303, 3304, 3305, 3306, 3307, 3312, 3313, 3314, 3315, 3316, 3317, 3318, 3319, 3408, 3409, 3410, 3411, 3412, 3413, 3414, 3415, 3520, 3521, 3522, 3524, 3525, 3527, 3528, 3529, 3537, 3538, 3539, 3540, 3541, 3542, 3543, 3544, 3570, 3571, 3572, 3574, 3575, 3576, 3581, 3582]), Anchor::Lits(&[46, 96, 1015, 3051, 3597, 3621, 4483])])])),
            (91, "stop-logging", Anchor::Lits(&[1255, 1257, 1258, 1259, 1260, 1265, 1267, 1303, 1335, 1338, 1346, 1353, 1361, 1367, 1609, 1643, 1646, 1654, 1661, 1669, 1675, 2684, 2712, 2715, 2725, 2733, 2742, 2746, 3037, 3038, 3039, 3040, 3041, 3042, 3043, 3277, 3280, 3281, 3282, 3283, 3284, 3285, 3703, 3715, 3716, 3718, 3725, 3732, 3735, 3790, 3807, 3810, 3813, 3820, 3825, 3828, 3889, 3890, 3891, 3892, 3893, 3895, 3896, 4514, 4515, 4516, 4517, 4518, 4520, 4521])),
            (92, "self-approval", Anchor::Any(&[Anchor::Lits(&[12362, 12363, 12364, 12365, 12366, 12367, 12368, 12369, 12371, 12373, 12374, 12375, 12376, 12377, 12378, 12379, 12380, 12381, 12382, 12383, 12384, 12385, 12386, 12387, 12388, 12389, 12390, 12391, 12392, 12395]), Anchor::All(&[Anchor::Lits(&[6218, 6219, 6220, 6221, 6222, 6223, 6224, 6225, 6226, 6227, 6228, 6229, 6230, 6231, 6232, 6233, 6234, 6235]), Anchor::Lits(&[6377, 10463, 13589, 14265])])])),
            (93, "execute-everything", Anchor::Lits(&[140, 141, 142, 143, 144, 145, 146, 232, 1747, 1748, 1749, 1751, 1752, 1753, 1754, 1755])),
            (94, "protection-mode-claim", Anchor::All(&[Anchor::Lits(&[89, 147, 678, 861, 1270, 1693, 2458, 2573, 2640, 2819, 2884, 2895, 3030, 3032, 3053, 3350, 4500, 4565]), Anchor::Lits(&[270, 271, 1100, 1101, 2059, 2060, 3519, 3523, 3569, 3573, 4132, 4139, 4162, 4163, 4228, 4229, 4231, 4232, 4243, 4244, 4245, 4246, 4247, 4248, 4317, 4318, 4323, 4324, 4325, 4326, 4338, 4339, 4395, 4396, 5051, 5167])])),
            (95, "approve-tool-calls", Anchor::All(&[Anchor::Lits(&[272, 273, 274, 275, 276, 277, 278, 279, 280, 281, 282]), Anchor::Lits(&[8412, 10736, 12940, 12942, 12943])])),
            (97, "tamper-with-own-controls", Anchor::All(&[Anchor::Lits(&[148, 149, 150, 151, 152, 153, 269, 822, 853, 952, 954, 1002, 1003, 1170, 1734, 2055, 2144, 2145, 2535, 2616, 3050, 3052, 3110, 3114, 3302, 3420, 3476, 3651, 4496, 4829]), Anchor::Lits(&[71, 153, 237, 921, 928, 970, 1162, 1676, 1706, 1839, 2245, 2266, 2482, 2574, 2639, 2645, 2648, 2996, 3036, 3286, 3324, 3336, 3341, 3344, 3345, 3436, 3622, 3694, 3877, 4551, 4562, 4578, 4579, 4829, 4929])])),
            (98, "tamper-with-named-controls", Anchor::All(&[Anchor::Lits(&[969, 2264, 2265, 3198, 3209, 3262, 3351, 3352, 4484, 4485, 5986, 5993, 6002, 6203, 6212, 7003, 7004, 7842, 8576, 8772, 8773, 9297, 10832, 10960, 10970, 11080, 11599, 11608, 12941, 12990]), Anchor::Lits(&[71, 153, 237, 921, 928, 970, 1162, 1676, 1706, 1839, 2245, 2266, 2482, 2574, 2639, 2645, 2648, 2996, 3036, 3286, 3324, 3336, 3341, 3344, 3345, 3436, 3622, 3694, 3877, 4551, 4562, 4578, 4579, 4829, 4929]), Anchor::Lits(&[12438, 12779, 13943])])),
            (99, "authority-waives-controls", Anchor::Any(&[Anchor::Lits(&[293, 2297, 2330, 6973, 10201, 10284, 12327]), Anchor::All(&[Anchor::Lits(&[6357, 6367, 6737, 6855, 7840, 8066, 10737, 10818, 10835, 11528, 11728, 11729, 11739, 13253]), Anchor::Lits(&[6194, 6329, 6671, 6956, 7841, 8092, 8521, 8575, 9712, 9861, 10777, 10803, 11079, 11273, 11331, 11393, 11467, 12989, 13213]), Anchor::Lits(&[6555, 6571, 6679, 7226, 7243, 7687, 8937, 9052, 9702, 10591, 10609, 11152, 11771, 11833, 12190, 12201, 12997, 13254])])])),
            (100, "vendor-orders-an-action", Anchor::Lits(&[1909, 1924, 1926, 1945, 1961, 1963, 1966, 1968, 1977, 1985, 2916, 2917, 2918, 2919, 2920, 2921, 2922, 2923, 2924, 2925, 4402, 4403, 4404, 4405, 4406, 4407, 4408, 4409, 4410, 4411])),
            (101, "run-data-as-code", Anchor::Any(&[Anchor::Lits(&[5849, 5850, 11064, 11065, 11595, 11596, 11752, 11753, 13356]), Anchor::All(&[Anchor::Lits(&[6925, 6928, 6931, 6945, 6946, 6947, 12126, 12127, 12128, 12405, 12408, 12411, 13206, 13207, 13208, 13209, 13210, 13211]), Anchor::Lits(&[961, 962, 967, 969, 3269, 3276, 3753, 3754, 3767, 3768]), Anchor::Lits(&[6578, 8017, 9540, 11437, 12137])]), Anchor::All(&[Anchor::Lits(&[7465, 7466, 7492, 7493, 7504, 7505, 7523, 7524, 7528, 7529, 7541, 7542, 7601, 7602, 7628, 7629, 7640, 7641, 7659, 7660, 7664, 7665, 7677, 7678, 10127, 10128, 10144, 10145, 10156, 10157, 10173, 10174, 10177, 10178, 10190, 10191, 13548, 13550, 13572, 13573, 13587, 13588, 13602, 13603, 13610, 13611, 13638, 13639]), Anchor::Lits(&[9542, 9543, 12529, 12530, 12640, 12641, 12655, 12656, 12657, 12658, 12699, 12700])])])),
            (102, "destroy-agent-files", Anchor::All(&[Anchor::Lits(&[3438, 3439, 3440, 3441, 3442, 3443]), Anchor::Lits(&[6397, 6700, 6975, 7010, 11836, 12023])])),
            (103, "hide-from-oversight", Anchor::Any(&[Anchor::Lits(&[922, 923, 924, 925, 926, 927, 2378, 2379, 2380, 2381, 2382, 2383, 3263, 3264, 3265, 3266, 3267, 3268, 3270, 3271, 3272, 3273, 3274, 3275, 4389, 4390, 4391, 4392, 4393, 4394, 5871, 5872, 5873, 5874, 5875, 5876, 5877, 5878, 5880, 5881, 5882, 5883, 5884, 5885, 5886, 5887, 6245, 6246, 6247, 6248, 6249, 6250, 6251, 6252, 6253, 6254, 6255, 6256, 6257, 6258, 6259, 6260, 6341, 6342, 6343, 6344, 6345, 6346, 6347, 6348, 6349, 6350, 6351, 6352, 6353, 6354, 6355, 6356, 7451, 7452, 7453, 7454, 7455, 7456, 7457, 7458, 7476, 7477, 7478, 7479, 7496, 7497, 7498, 7499, 7500, 7501, 7502, 7503, 7580, 7581, 7582, 7583, 7584, 7585, 7586, 7587, 7612, 7613, 7614, 7615, 7632, 7633, 7634, 7635, 7636, 7637, 7638, 7639, 9627, 9637, 9652, 9937, 9938, 9939, 9940, 9941, 9942, 9943, 9944, 10119, 10120, 10121, 10122, 10123, 10124, 10125, 10126, 10131, 10132, 10133, 10134, 10148, 10149, 10150, 10151, 10152, 10153, 10154, 10155, 10255, 10256, 10257, 10258, 10259, 10260, 10261, 10262, 10270, 10271, 10272, 10273, 10274, 10275, 10276, 10277, 11339, 11340, 11341, 11342, 11343, 11344, 11345, 11346, 11347, 11348, 11349, 11350, 11351, 11352, 11353, 11354, 11604, 11605, 11609, 11616, 11617, 11629, 11630, 11631, 13536, 13538, 13539, 13540, 13542, 13543, 13544, 13545, 13569, 13579, 13580, 13581, 13582, 13583, 13584, 13585, 13586, 13591, 13608, 13620, 13622]), Anchor::All(&[Anchor::Lits(&[1908, 1910, 1911, 1912, 1913, 1914, 1915, 1916, 1917, 1918, 1919, 1920, 1921, 1922, 1925, 1928, 1929, 1930, 1931, 1932, 1933, 1934, 1935, 1936, 1937, 1938, 1939, 1940, 1941, 1942, 1943, 1944, 1946, 1947, 1948, 1949, 1950, 1951, 1952, 1953, 1954, 1955, 1956, 1957, 1958, 1959, 1960, 1962, 1964, 1967, 1971, 1972, 1974, 1975, 1976, 1981, 1982, 1983, 1988, 1989]), Anchor::Lits(&[8763, 8765, 8767, 8768, 8769])]), Anchor::All(&[Anchor::Lits(&[874, 875, 876, 877, 878, 879, 880, 881, 890, 891, 892, 893, 894, 895, 896, 897, 899, 900, 901, 902, 903, 904, 905, 906, 1309, 1317, 1327, 1328, 1336, 1341, 1358, 1359, 1499, 1501, 1507, 1508, 1510, 1513, 1515, 1516, 1581, 1583, 1589, 1590, 1592, 1595, 1597, 1598, 1617, 1625, 1635, 1636, 1644, 1649, 1666, 1667, 2687, 2696, 2704, 2705, 2713, 2723, 2739, 2740, 4933, 4934, 4935, 4936, 4937, 4938, 4939, 4940, 5015, 5016, 5017, 5018, 5019, 5020, 5021, 5022]), Anchor::Lits(&[7795, 7796, 7797, 7798, 7799, 7800, 7801, 7802, 7803, 7804, 7805, 7806, 7807, 7808, 7809, 7810, 7811, 7812, 7813, 7814, 7815, 7816, 7817, 7818, 7819, 7820, 7821, 7822, 7823, 7824, 7825, 7826, 7827, 7828, 7829, 7830, 7831, 7832, 7833, 7834, 7835, 7836, 7837, 7838, 9807, 9808, 9809, 9810, 9811, 9812, 9813, 9814, 9816, 9817, 9818, 9819, 9820, 9821, 9822, 9823, 9824, 9825, 9826, 9827, 9828, 9829, 9830, 9831, 9832, 9833, 9834, 9835, 9836, 9837, 9838, 9839, 9840, 9841, 9842, 9843, 9844, 9845, 9846, 9847, 9848, 9849, 9850, 9851, 11848, 11849, 11850, 11851, 11864, 11865, 11866, 11867, 11868, 11869, 11870, 11871, 11872, 11873, 11874, 11875, 11876, 11877, 11878, 11879, 11880, 11881, 11882, 11885, 11886, 11893, 11894, 11895, 11896, 11897, 11898, 11899, 11900, 11901, 11902, 11903, 11904, 11905, 11906, 11907, 11908, 11909, 11910, 11911, 11912, 11913, 11914, 11915, 11916, 11917, 11918, 11919, 11920, 11921, 11922, 11923, 11924, 11925, 11926, 11927, 11928, 11929, 11930, 11931, 11932, 11933, 11938, 11939, 11940, 11941, 11942, 11943, 11944, 11945, 11946, 11947, 11948])]), Anchor::All(&[Anchor::Lits(&[11854, 11855, 11856, 11857, 11860, 11862, 11887, 11888, 11889, 11890, 11934, 11936, 11951, 11952, 11953, 11954, 11957, 11959, 11963, 11964, 11965, 11966, 11969, 11971]), Anchor::Lits(&[138, 161, 268, 3433, 3684])]), Anchor::All(&[Anchor::Lits(&[11852, 11853, 11858, 11859, 11861, 11863, 11883, 11884, 11891, 11892, 11935, 11937, 11949, 11950, 11955, 11956, 11958, 11960, 11961, 11962, 11967, 11968, 11970, 11972]), Anchor::Lits(&[6338, 8123, 9797, 10305, 11645, 13246])])])),
            (106, "conditional-order-to-the-agent", Anchor::All(&[Anchor::Lits(&[6044, 6045, 6046, 6049, 6050, 6051, 6093, 6112, 6113, 6262, 6696, 6698, 6699, 8084, 8085, 8086, 8106, 8107, 9539, 9794, 9795, 9796, 10475, 10500, 10657, 10658, 10659, 10919, 10920, 10921, 11078, 11084, 11085, 11332, 11355, 11356, 11634, 11646, 12167, 12168, 12169, 12172, 12173, 12174, 12967, 12968, 12969]), Anchor::Lits(&[91, 374, 754, 2182, 2937, 4690, 4704, 4827]), Anchor::Any(&[Anchor::Lits(&[5810, 5818, 6035, 6180, 7031, 7033, 7109, 7112, 7113, 7115, 7228, 7229, 7230, 7232, 7233, 7234, 7236, 7238, 7690, 7692, 7693, 7694, 7695, 7696, 7697, 7698, 7699, 8073, 10530, 10636, 10682, 10765, 10908, 11566, 11632, 11973, 12024, 12928, 12991]), Anchor::All(&[Anchor::Lits(&[8558]), Anchor::Lits(&[5818, 5891, 10530, 10636, 11632, 12218])]), Anchor::All(&[Anchor::Lits(&[4441, 4442, 4443, 4445, 4446, 4447, 4448, 4451, 4458, 4464, 4466, 4472, 4473]), Anchor::Lits(&[6969, 7731, 7780, 8087, 8338, 9678, 10814, 11651, 12966, 13096, 13128])])])])),
            (107, "tool-call-tampering", Anchor::Any(&[Anchor::All(&[Anchor::Lits(&[1075, 1076, 1077, 1078, 1079, 1080, 1081, 1082, 1083, 1084, 1085, 1086, 1087, 1088, 1089, 1090, 1091, 1092, 1093, 1094, 1095, 1096, 1097, 1098, 1102, 1103, 1104, 1105, 4133, 4134, 4135, 4136, 4137, 4138, 4140, 4141, 4142, 4143, 4144, 4145, 4146, 4147, 4148, 4149, 4150, 4151, 4152, 4153, 4154, 4155, 4156, 4157, 4158, 4159, 4160, 4161, 4164, 4165, 4166, 4167, 4168, 4169, 4184, 4185, 4186, 4187, 4188, 4189, 4190, 4191, 4192, 4193, 4194, 4195, 4196, 4197, 4198, 4199, 4200, 4201, 4202, 4203, 4204, 4205, 4261, 4262, 4263, 4264, 4265, 4266, 4267, 4268, 4269, 4270, 4271, 4272, 4273, 4274, 4275, 4276, 4277, 4278, 4279, 4280, 4281, 4282, 4283, 4284, 4285, 4286, 4287, 4288, 5101, 5102, 5106, 5107, 5165, 5166, 5168, 5169, 5173, 5174, 5183, 5184, 5185, 5186, 5187, 5188, 5189, 5190, 5191, 5192, 5193, 5194, 5195, 5196, 5224, 5226, 5241, 5242]), Anchor::Lits(&[6409, 6754, 6756, 8018, 8089, 8411, 8413, 11045, 11046, 12022, 12046, 12048, 12939, 12944])]), Anchor::All(&[Anchor::Lits(&[8204, 8205, 8206, 8207, 8208, 8209, 8210, 8414, 8415, 8416, 8417, 8418, 8419, 8420, 10199, 10200, 10202, 10203, 10204, 10205, 10206, 12138, 12139, 12140, 12141, 12142, 12143, 12144]), Anchor::Lits(&[2075, 2077, 2647, 2669, 2670, 3652, 3670, 4930])])])),
            (108, "conceal-from-user", Anchor::Any(&[Anchor::Lits(&[791, 792, 793, 794, 6008, 6009, 6010, 6011, 6012, 6013, 6014, 6015, 6016, 6017, 6018, 6019, 6020, 6021, 6022, 6023, 6024, 6025, 6026, 6027, 6028, 6029, 6030, 6031, 6032, 6033, 6034, 6058, 6059, 6060, 6061, 6062, 6063, 6064, 6065, 6066, 6067, 6068, 6069, 6070, 6071, 6072, 6073, 6074, 6075, 6077, 6078, 6079, 6080, 6081, 6082, 6083, 6084, 6085, 6524, 6525, 6526, 6527, 6528, 6529, 6530, 6531, 6532, 6533, 6534, 6535, 6536, 6537, 6538, 6539, 6540, 6541, 6543, 6544, 6545, 6546, 6547, 6548, 6549, 6550, 6551, 7018, 7019, 7020, 7021, 7022, 7023, 7024, 7025, 7026, 7027, 7028, 7029, 7266, 7268, 8721, 8722, 8726, 8730, 8731, 8748, 8749, 8753, 8754, 8758, 8759, 9527, 9528, 9529, 9530, 9531, 9532, 9533, 9534, 9535, 9536, 9537, 9538, 9574, 9575, 9576, 9577, 9578, 9579, 9580, 9581, 9582, 9583, 9584, 9585, 9586, 9587, 9588, 9589, 9590, 9591, 9600, 9601, 9602, 9603, 9604, 9605, 9606, 9607, 9608, 9621, 9622, 9623, 9624, 9625, 9628, 9629, 9630, 9631, 9632, 9633, 9634, 9635, 9638, 9639, 9640, 9641, 9642, 9646, 9647, 9648, 9649, 9650, 9653, 9654, 9655, 9656, 9657, 9877, 11063, 11187, 11541, 11569, 11570, 11572, 11575, 11576, 11585, 11586, 11589, 11590, 11592, 11593, 11594, 11740, 11741, 11742, 11743, 11744, 11745, 11746, 11747, 11748, 11749, 11750, 11751, 12050, 12051, 12052, 12056, 12057, 12058, 12059, 12060, 12061, 12062, 12063, 12064, 12065, 12066, 12067, 12372, 12706, 12707, 12708, 12709, 12710, 12711, 12712, 12713, 12714, 12715, 12716, 12717, 12718, 12719, 12720, 12721, 12722, 12723, 12725, 12726, 12727, 12728, 12729, 12730, 12731, 12732, 12733, 13024, 13025, 13026, 13027, 13028, 13029, 13030, 13031, 13032, 13033, 13034, 13062, 13063, 13064, 13065, 13066, 13067, 13068, 13069, 13070, 13071, 13072, 13100, 13101, 13102, 13103, 13104, 13105, 13106, 13107, 13108, 13109, 13110, 13517, 13571, 13592, 13593, 13594, 13597, 13622]), Anchor::All(&[Anchor::Lits(&[6086, 7447, 7576, 9815, 10116, 10254, 13514, 13829, 13831]), Anchor::Lits(&[5851, 6141, 6142, 8781, 10502, 10635, 10723, 10746, 11201, 13142]), Anchor::Lits(&[5870, 5879, 6474, 7265, 7267, 9236, 9237, 9690, 9700, 9876, 9881, 10306, 10307, 11176, 11194, 11316, 11329, 11540, 11545, 11708, 11710, 12361, 12397, 13264, 13265])]), Anchor::All(&[Anchor::Lits(&[8786, 8787, 8788, 8789, 8790, 8791, 8801, 8802, 8803, 8804, 8805, 8806, 8807, 8811, 8812, 11204, 11205, 11206, 11207, 11208, 11209, 11217, 11218, 11219, 11220, 11221, 11222, 11223, 11227, 11228, 13148, 13149, 13150, 13151, 13152, 13153, 13162, 13163, 13164, 13165, 13166, 13168, 13169, 13173, 13174, 13177, 13178, 13179, 13180, 13181, 13182, 13191, 13192, 13193, 13194, 13195, 13197, 13198, 13202, 13203]), Anchor::Lits(&[6412, 6413, 8105, 8718, 9668, 9681, 10302, 11633])]), Anchor::All(&[Anchor::Lits(&[9626, 9636, 9643, 9644, 9645, 9651, 9658, 9682, 9683, 9684, 9685, 9686, 9687, 9688]), Anchor::Lits(&[706, 2109, 2894, 2971, 3561])])])),
            (109, "exfiltrate-through-a-link", Anchor::Any(&[Anchor::All(&[Anchor::Lits(&[5, 6, 9, 10, 12, 14, 15, 19, 21, 165, 166, 167, 168, 172, 173, 174, 175, 176, 4081, 4082, 4091, 4096, 4103, 4107, 4108, 4120, 4121, 4250, 4251, 4257, 4260, 4308, 4319, 4320, 4335, 4342, 4399, 4400, 4412, 4413, 4416, 4418, 4419, 4423, 4424]), Anchor::Lits(&[7034, 7038, 7041, 7782, 7783, 9663, 10684, 10765, 11104, 11311, 11312, 11380, 11527, 11597, 11677, 12025, 12494, 12619, 12929])]), Anchor::All(&[Anchor::Lits(&[219, 1030, 1844, 3107, 4943]), Anchor::Lits(&[7034, 7041, 7783, 10568, 10684, 11104, 11311, 11312, 11380, 11597, 12025, 12269, 12929]), Anchor::Lits(&[9090, 9098, 9768, 10769, 13132])])])),
            (113, "agents-must-do-harm", Anchor::All(&[Anchor::Lits(&[287, 290, 292, 318, 319, 882, 2075, 2077, 2355, 2356, 2647, 2669, 2670, 3652, 3670, 4930]), Anchor::Any(&[Anchor::Lits(&[5810, 5818, 6035, 6180, 7031, 7033, 7109, 7112, 7113, 7115, 7228, 7229, 7230, 7232, 7233, 7234, 7236, 7238, 7690, 7692, 7693, 7694, 7695, 7696, 7697, 7698, 7699, 8073, 10530, 10636, 10682, 10765, 10908, 11566, 11632, 11973, 12024, 12928, 12991]), Anchor::All(&[Anchor::Lits(&[8558]), Anchor::Lits(&[5818, 5891, 10530, 10636, 11632, 12218])]), Anchor::All(&[Anchor::Lits(&[4441, 4442, 4443, 4445, 4446, 4447, 4448, 4451, 4458, 4464, 4466, 4472, 4473]), Anchor::Lits(&[6969, 7731, 7780, 8087, 8338, 9678, 10814, 11651, 12966, 13096, 13128])])]), Anchor::Lits(&[96, 112, 641, 827, 941, 949, 955, 1055, 1074, 2047, 2542, 2617])])),
            (114, "smuggle-into-output", Anchor::All(&[Anchor::Lits(&[155, 708, 709, 797, 1131, 1723, 2106, 2107, 2146, 2212, 2320, 2577, 2644, 3468, 3469, 3559, 3783, 4431, 4488, 4828, 5754]), Anchor::Lits(&[71, 237, 1712, 1722, 2115, 2243, 2266, 2459, 3065, 3227, 3742, 4501, 5027]), Anchor::Any(&[Anchor::Lits(&[5810, 5818, 6035, 6180, 6856, 6961, 7031, 7033, 7109, 7112, 7113, 7115, 7228, 7229, 7230, 7232, 7233, 7234, 7236, 7238, 7690, 7692, 7693, 7694, 7695, 7696, 7697, 7698, 7699, 8073, 10530, 10636, 10682, 10765, 10908, 11566, 11632, 11973, 12024, 12928, 12991]), Anchor::All(&[Anchor::Lits(&[8558]), Anchor::Lits(&[5818, 5891, 10530, 10636, 11632, 12218])]), Anchor::All(&[Anchor::Lits(&[4441, 4442, 4443, 4445, 4446, 4447, 4448, 4451, 4458, 4464, 4466, 4472, 4473]), Anchor::Lits(&[6969, 7731, 7780, 8087, 8338, 9678, 10814, 11651, 12966, 13096, 13128])])])])),
            (115, "hijack-the-task", Anchor::Lits(&[5774, 5775, 6047, 6048, 6076, 6091, 6321, 6322, 6542, 6552, 6694, 6695, 6958, 6959, 9570, 9571, 9596, 9611, 10772, 10773, 10973, 10974, 11059, 11060, 11061, 11062, 11199, 11200, 11231, 11232, 11333, 11336, 12165, 12166, 12170, 12171, 12175, 12176, 12355, 12356, 12358, 12359, 12724, 12738, 12970, 12971, 13154, 13167, 13183, 13196])),
            (117, "instruction-field", Anchor::Lits(&[97, 98, 99, 100, 101, 102, 103, 104, 105, 106, 107, 108, 109, 110, 115, 116, 117, 118, 119, 120, 126, 127, 128, 129, 130, 131, 136, 137, 644, 645, 646, 647, 648, 649, 655, 656, 657, 658, 659, 660, 661, 662, 830, 831, 832, 833, 834, 835, 841, 842, 843, 844, 845, 846, 847, 848, 1056, 1057, 1058, 1059, 1060, 1061, 1062, 1063, 1064, 1065, 1066, 1067, 1068, 1069, 2543, 2544, 2545, 2546, 2547, 2548, 2549, 2550, 2551, 2552, 2553, 2554, 2555, 2556, 2620, 2621, 2622, 2623, 2624, 2625, 2631, 2632, 2633, 2634, 2635, 2636, 2637, 2638, 3907, 3908, 3910, 3911, 3913, 3915, 3922, 3923, 3924, 3925, 3927, 3929, 3931, 3932])),
            (118, "exfiltrate-to-a-personal-destination", Anchor::Any(&[Anchor::All(&[Anchor::Lits(&[7701, 8502, 8519, 8771, 8780, 8909, 9675, 10466, 10567, 10634, 10749, 10761, 10764, 10902, 11014, 11015, 13688]), Anchor::Lits(&[664, 665, 666, 667, 668, 669, 670, 671, 672, 680, 681, 682, 683, 684, 685, 686, 687, 688, 1849, 1858, 1859, 1860, 1861, 1862, 1863, 1864, 1865, 2215, 2219, 2220, 2221, 2222, 2223, 2224, 2225, 2226, 2307, 2308, 2309, 2310, 2311, 2312, 2313, 2314, 2315, 2660, 2661, 2662, 2663, 2664, 2665, 2666, 2667, 2668, 2913, 2926, 2927, 2928, 2929, 2930, 2931, 2932, 2933, 2938, 2939, 2940, 2941, 2942, 2943, 2944, 2945, 2946, 2998, 2999, 3000, 3001, 3002, 3003, 3004, 3005, 3006, 3119, 3120, 3121, 3122, 3123, 3124, 3125, 3126, 3127, 4432, 4450, 4452, 4453, 4454, 4455, 4456, 4457, 4459, 4613, 4614, 4615, 4616, 4617, 4618, 4619, 4620, 4621]), Anchor::Lits(&[6398, 6399, 6968, 6969, 7117, 7708, 8074, 8087, 8338, 9678, 9806, 9927, 9970, 10814, 11033, 11034, 11169, 11538, 11651, 11689, 11694, 12125, 12217, 12966, 13096, 13128, 13678])]), Anchor::All(&[Anchor::Lits(&[10750, 10760, 10762, 10902]), Anchor::Lits(&[5817, 6521, 6814, 7166, 7685, 7781, 7793, 8131, 9227, 9676, 9803, 11174, 11195, 11675, 11690, 11769, 12122])])])),
            (121, "smuggle-table-in-requests", Anchor::All(&[Anchor::Lits(&[6962, 6963, 6964, 6965, 6966, 6967, 7404, 7405, 7406, 7407, 7408, 7409, 7410, 7411, 7412, 7413, 7414, 7415, 7416, 7417, 7418, 7419, 7420, 7421, 8712, 8713, 8714, 8715, 8716, 8717, 8774, 8775, 8776, 8777, 8778, 8779, 10693, 10694, 10695, 10696, 10697, 10698, 11047, 11048, 11049, 11050, 11051, 11052, 11053, 11054, 11055, 11056, 11057, 11058, 11107, 11108, 11109, 11110, 11111, 11112, 12131, 12132, 12133, 12134, 12135, 12136, 13133, 13134, 13135, 13136, 13137, 13138, 13139, 13140, 13141, 13144, 13145, 13146]), Anchor::Lits(&[6579, 6590, 8089, 8090, 9798, 9799, 10766, 10767, 11198, 11230]), Anchor::Lits(&[963, 964, 1033, 1038, 1140, 1698, 1728, 1729, 3325, 3326, 3425, 3426, 3471, 3472, 3936, 3937, 4595, 4597])])),
            (122, "ship-whole-table-to-own-endpoint", Anchor::Any(&[Anchor::Lits(&[1, 2, 3, 162, 163, 164, 169, 170, 171, 221, 222, 223, 2653, 2654, 2655, 3747, 3748, 3749]), Anchor::All(&[Anchor::Lits(&[12921, 12922, 12923, 12924, 12926, 12927, 13432, 13433, 13434, 13449, 13492, 13493]), Anchor::Lits(&[139, 1033, 1038, 1070, 1140, 1698, 1755, 3326, 3472]), Anchor::Lits(&[6969, 8074, 8087, 8338, 9678, 9927, 10768, 10814, 11033, 11169, 11651, 11689, 11694, 12125, 12217, 12966, 13128])])])),
            (123, "disclose-stored-credentials", Anchor::All(&[Anchor::Lits(&[5815, 5816, 6181, 6182, 6415, 7035, 10330, 10681, 10683, 10685, 10691, 10699, 10909, 10910, 11113, 11567, 11598, 11678]), Anchor::Lits(&[913, 1278, 1698, 1705, 1711, 2004, 2974, 3035, 3118, 3160, 3308, 3429, 3431, 3598, 3653, 3671, 3949, 4525])])),
            (124, "keep-it-from-security", Anchor::Lits(&[694, 695, 696, 697, 698, 699, 700, 701, 702, 703, 704, 705, 790, 858, 859, 860, 862, 863, 864, 865, 866, 867, 868, 869, 870, 1296, 1369, 1370, 1371, 1372, 1373, 1374, 1375, 1376, 1377, 1378, 1379, 1380, 1602, 2024, 2025, 2026, 2027, 2028, 2029, 2037, 2038, 2039, 2040, 2041, 2042, 2477, 2478, 2676, 2794, 2820, 3701, 3702, 3714, 3717, 3730, 3731, 3736, 3737, 3738, 3739, 3740, 3741, 4990])),
            (125, "send-to-a-raw-address", Anchor::Any(&[Anchor::Lits(&[1287, 1288, 1289, 1290, 6414, 7037, 8072, 10768, 10814, 11033, 11651, 12125, 12972, 13128]), Anchor::All(&[Anchor::Lits(&[1016, 3432, 3746]), Anchor::Lits(&[10474])]), Anchor::All(&[Anchor::Lits(&[4433, 4434, 4435, 4436, 4437, 4438, 4444, 4449, 4459, 4460, 4462, 4463, 4465, 4467, 4468, 4469, 4470, 4471, 4474]), Anchor::Lits(&[7037, 8338, 10768, 10814, 11033, 11651, 12125, 13128])])])),
            (126, "send-outside-the-company", Anchor::Lits(&[1800, 1801, 1802, 1803, 1804, 1805, 2044, 2977, 2978, 2979, 2980, 2981, 2982, 4383, 4384, 4385, 4386, 4387, 4388, 10576, 10577, 10578, 10579, 10580, 10581, 10751, 10752, 10753, 10754, 10755, 10756, 10757, 10758, 10848, 11020, 11021, 11022, 11023, 11024, 11025, 11026, 11027])),
            (127, "disclose-secret-values", Anchor::Any(&[Anchor::Lits(&[956, 960, 1149, 3091, 3092, 4539, 4559, 4561, 6183, 6750, 10329, 10680, 11568, 11579]), Anchor::All(&[Anchor::Lits(&[1730, 1731, 1732, 1733, 1735, 3162]), Anchor::Lits(&[7284, 7708, 7770, 8476, 9228, 9769, 10568, 10688, 10875, 11315, 11651, 11707, 12370])]), Anchor::All(&[Anchor::Lits(&[1034, 1039, 4596, 4598]), Anchor::Lits(&[5810, 6180, 10680, 10682, 10908, 11566, 12928])]), Anchor::All(&[Anchor::Lits(&[2244]), Anchor::Lits(&[6180, 7033, 10682, 10908, 11566, 12928])]), Anchor::All(&[Anchor::Lits(&[6665, 6666, 6668, 6669, 7169, 7170, 9698, 9699]), Anchor::Lits(&[6180, 10680, 10682, 10690, 10908, 11566, 12928])])])),
            (128, "override-instructions-es-pt-it", Anchor::All(&[Anchor::Lits(&[6751, 6752, 7221, 7224, 7225, 9232, 9233, 9234, 9363, 9365, 9541, 10296, 10506, 10508, 10531, 11137, 11140, 11142]), Anchor::Lits(&[1179, 1180, 1181, 1235, 1236, 1740, 1741, 1742, 1743, 1744, 2184, 2185, 2186, 2189, 2197, 2902, 2903, 2904, 2905, 2911, 4494])])),
            (129, "override-instructions-fr", Anchor::Any(&[Anchor::Lits(&[9028, 9047, 10563, 10566]), Anchor::All(&[Anchor::Lits(&[1022, 1241, 2246, 2288, 2956, 3332]), Anchor::Lits(&[8937, 9041, 9042, 10083, 10084, 10562, 10564, 10565])])])),
            (130, "override-instructions-de-nl", Anchor::All(&[Anchor::Lits(&[2198, 2199, 2200, 2201, 2611, 2612, 2613, 2671, 2672, 4526, 4531, 4601, 4602, 4603, 4604, 4605]), Anchor::Lits(&[6125, 6430, 9375, 9451, 10473, 11134, 11136, 11362, 11363, 11556, 13250])])),
            (131, "override-instructions-pl-tr", Anchor::Any(&[Anchor::All(&[Anchor::Lits(&[9065, 10209, 10813, 14323]), Anchor::Lits(&[9444, 9445, 10776, 11143, 13687, 14324])]), Anchor::All(&[Anchor::Lits(&[9670, 9672, 12335, 13690]), Anchor::Lits(&[7171, 8520, 13017, 13125, 13689]), Anchor::Lits(&[6553, 10465, 11766, 12996, 13217])])])),
            (132, "override-instructions-ru", Anchor::Any(&[Anchor::Lits(&[14326, 14327, 14328, 14329, 14330]), Anchor::All(&[Anchor::Lits(&[9443, 9452, 9669, 10816, 10954, 13016]), Anchor::Lits(&[9063, 9064, 10081, 10082, 10561, 10946, 14321])])])),
            (133, "override-instructions-sw", Anchor::All(&[Anchor::Lits(&[49, 2646, 3259, 3260, 3530, 3531, 4594]), Anchor::Lits(&[6039, 9619, 9802, 9804, 9805, 9926, 11693])])),
            (135, "override-instructions-nordic-fi-hu-cs-uk", Anchor::All(&[Anchor::Lits(&[9441, 9442, 9448, 9450, 9620, 10079, 10080, 10434, 10435, 10775, 10815, 10817, 11138, 11144, 11450, 11834, 11835, 12266, 13129, 13130, 13131, 13204, 14325, 14328, 14331]), Anchor::Lits(&[826, 1819, 1820, 2022, 2023, 2072, 2073, 2184, 2187, 2194, 2195, 2204, 2205, 2206, 2207, 2208, 2209, 2210, 2211, 2898, 3128, 3129, 3557, 3697, 3837, 4527, 4528, 4560, 5745, 5746, 5747, 5748, 5749, 5750, 5751, 5761, 5762, 5768, 5772, 5773])])),
            (136, "override-instructions-sea", Anchor::All(&[Anchor::Lits(&[22, 70, 707, 823, 2117, 2157, 2158, 2322, 2424, 2427, 2446, 2557, 2575, 3062, 3261, 4624]), Anchor::Lits(&[5890, 6261, 6328, 6677, 6678, 7222, 8813, 9446, 9447, 9449, 9689, 10638, 10722, 10734, 10763, 11077, 12272, 13205])])),
            (138, "unrestricted-persona-i18n", Anchor::Any(&[Anchor::Lits(&[916, 918, 919, 920, 1823, 1825, 1830, 1833, 1835, 2527, 2531, 2883, 2896, 2907, 3130, 3131, 3132, 3329, 3335, 3382, 3416, 5758, 6660, 8103, 9667, 9671, 9673, 11536, 11765, 12267, 12268]), Anchor::All(&[Anchor::Lits(&[917, 1047, 1825, 1996, 2529, 2531, 3330, 3417]), Anchor::Lits(&[5864, 5866, 7165, 7167, 11974, 12003, 12994, 12995, 13251, 13252])]), Anchor::All(&[Anchor::Lits(&[789, 1707, 1822, 2053, 3328, 3437, 3674, 5753, 13073, 13082, 13126]), Anchor::Lits(&[5863, 7703, 7706, 11647, 11727, 13216])]), Anchor::All(&[Anchor::Lits(&[916, 1830, 2528, 2532, 3333, 3383]), Anchor::Lits(&[5869, 7730, 7851, 11648, 12994, 13247, 13248])]), Anchor::All(&[Anchor::Lits(&[3619]), Anchor::Lits(&[6658, 8104, 9736, 9737, 11139, 11310]), Anchor::Lits(&[5865, 6813, 7403, 11537, 11647])]), Anchor::All(&[Anchor::Lits(&[5756]), Anchor::Lits(&[6458, 6659, 8094, 8574, 11135]), Anchor::Lits(&[8430, 9566, 9568, 13015, 13296])]), Anchor::All(&[Anchor::Lits(&[920, 1834, 2897, 3334, 5752]), Anchor::Lits(&[6400, 6417, 9567, 14322])]), Anchor::All(&[Anchor::Lits(&[8102, 9666, 9672, 11764]), Anchor::Lits(&[2900, 2901, 3698, 5049])]), Anchor::All(&[Anchor::Lits(&[782, 915, 1822, 2049, 3331, 3424]), Anchor::Lits(&[7702, 7704, 10207])]), Anchor::All(&[Anchor::Lits(&[781, 783, 784, 915, 1825, 2048, 2052, 3331, 3423, 3424, 3599]), Anchor::Lits(&[7138, 7704, 7705, 8847])]), Anchor::All(&[Anchor::Lits(&[3287, 3288, 3515, 3600, 3852]), Anchor::Lits(&[10446])]), Anchor::All(&[Anchor::Lits(&[2445]), Anchor::Lits(&[6471, 8473, 8691, 9664, 11076])]), Anchor::All(&[Anchor::Lits(&[3944]), Anchor::Lits(&[6327, 6410, 8092, 11649, 11673])]), Anchor::All(&[Anchor::Lits(&[4625]), Anchor::Lits(&[8092, 8692, 9713, 10637, 10692, 11309])])])),
            (140, "reveal-system-prompt-i18n", Anchor::Lits(&[220, 1023, 1024, 1025, 1026, 1027, 2002, 2003, 2267, 2268, 2269, 2270, 2271, 2272, 2273, 2274, 2275, 2276, 2277, 2278, 2279, 2280, 2291, 2293, 2294, 2295, 2296, 2301, 2306, 2321, 2371, 2372, 2373, 2374, 2375, 2376, 2377, 2607, 2608, 2609, 2947, 3108, 3200, 3201, 3202, 3203, 3204, 3207, 3208, 3900, 3901, 3902, 3928, 3933, 3934, 3935, 3938, 4529, 4581, 4600, 4612, 5764, 5769, 5770, 8501, 11767, 11768])),
            (142, "disable-safety-i18n", Anchor::All(&[Anchor::Lits(&[676, 795, 796, 976, 1050, 1051, 1052, 1169, 1826, 1827, 1828, 1829, 1831, 1832, 1836, 1995, 2057, 2069, 2070, 2425, 3212, 3213, 3551, 3672, 3673, 3674, 4495, 4599, 4606, 4608, 5744, 5757, 5760, 5763, 5767, 5771]), Anchor::Lits(&[44, 111, 234, 675, 690, 1045, 1046, 1130, 1143, 1175, 1176, 1177, 1178, 1194, 1252, 1271, 1710, 1758, 2183, 2188, 2428, 2908, 2912, 3549, 3550, 3752, 3874, 4530, 5048, 5755, 5759, 5765, 5766])])),
            (144, "stop-following-instructions-i18n", Anchor::Any(&[Anchor::Lits(&[1022, 1241, 2288, 2844, 2845, 2846, 2847, 2848, 2849, 2850, 2851, 2852, 2853, 2854, 2855, 2856, 2857, 2858, 2859, 2860, 2861, 2862, 2863, 2864, 2865, 2866, 2867, 2868, 2869, 2870, 3332, 3357, 3358, 3359, 3360, 3361, 3362, 3363, 3364, 3365, 3366, 3367, 3368, 3369, 3370, 3371, 3372, 3373, 3374, 3588, 3589, 3590, 3591, 3592, 3593, 3594, 3595, 3596, 3675, 3676, 3677, 3678, 3679, 3680, 3681, 3682, 3683, 3685, 3686, 3687, 3688, 3689, 3690, 3691, 3692, 3693, 8132, 8133, 8134, 8135, 8136, 8137, 8431, 8432, 8433, 8434, 8435, 8436, 8685, 8686, 8687, 8688, 8689, 8690, 10285, 10286, 10287, 10288, 10289, 10290, 10291]), Anchor::All(&[Anchor::Lits(&[7095, 7096, 7097, 7098, 7099, 7100, 7101, 7102, 7103, 7104, 7105, 7106, 10073, 10074, 10075, 10076, 10077, 10078, 10639, 10640, 10641, 10642, 10643, 10644, 10645, 10646, 10647, 10648, 10649, 10650, 10651, 10652, 10653, 10654, 10655, 10656]), Anchor::Lits(&[7223, 9364, 10507, 11141])])])),
            (146, "override-everything-said-i18n", Anchor::Any(&[Anchor::Lits(&[7172, 7173, 7174, 7175, 7176, 7177, 7901, 7902, 7903, 7904, 7905, 7906, 8925, 8927, 8928, 8929, 8930, 8931, 8933, 8934, 8935, 9025, 9027, 9029, 9049, 9050, 13214, 13215]), Anchor::All(&[Anchor::Lits(&[7139, 7140, 8924, 8926, 9024, 9026, 10447, 10448, 10449, 10450, 10451, 10452]), Anchor::Lits(&[229, 2558, 2559, 2560, 2561, 3151, 3152])])])),
            (147, "instructions-void-de", Anchor::Lits(&[689, 2116, 2752, 2753, 4550])),
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
            (27, "reveal-own-instructions", Anchor::Lits(&[4059, 4060, 4082, 4083, 4084, 4085, 4086, 4120, 4130, 4175, 4176, 4202, 4212, 4213, 4214, 4215, 4216, 4217, 4227, 4237, 4238, 4248, 4249, 4259, 4260, 4261, 4262, 4263, 4264, 4265, 4266, 4267, 4268, 4269, 4270, 4280, 4281, 4282, 4337, 4347, 4348, 4349, 4368, 4369, 4397, 4398, 4399])),
            (28, "reveal-system-prompt", Anchor::Lits(&[59, 60, 61, 62, 63, 64, 65, 66, 67, 68, 69, 618, 619, 620, 621, 622, 623, 624, 625, 626, 627, 628, 795, 796, 798, 799, 800, 801, 804, 805, 806, 807, 809, 1510, 1511, 1513, 1514, 1516, 1518, 1520, 1521, 1522, 1523, 1524, 1619, 1620, 1621, 1622, 1623, 1627, 1628, 1629, 1630, 1631, 1632, 1678, 1679, 1680, 1681, 1682, 1683, 1684, 1685, 1686, 1687, 1688, 2010, 2011, 2012, 2013, 2014, 2015, 2016, 2017, 2018, 2019, 2020, 2282, 2283, 2284, 2285, 2286, 2287, 2288, 2289, 2290, 2291, 2292, 2300, 2301, 2303, 2304, 2305, 2307, 2309, 2310, 2311, 2312, 2313, 2414, 2415, 2416, 2417, 2418, 2419, 2420, 2421, 2422, 2423, 2425, 2460, 2461, 2462, 2463, 2464, 2465, 2466, 2467, 2468, 2469, 2470, 2549, 2550, 2551, 2552, 2553, 2554, 2555, 2556, 2557, 2558, 2559, 2713, 2714, 2715, 2716, 2717, 2718, 2719, 2720, 2721, 2722, 2723, 2902, 2903, 2904, 2905, 2906, 2907, 2908, 2909, 2910, 2911, 2912, 3021, 3022, 3024, 3025, 3027, 3028, 3044, 3045, 3046, 3047, 3048, 3662, 3663, 3664, 3665, 3666, 3667, 3668, 3669, 3670, 3671, 3672, 3702, 3703, 3704, 3705, 3706, 3707, 3708, 3709, 3710, 3711, 3712])),
            (29, "what-others-told-you", Anchor::Any(&[Anchor::Lits(&[36, 39, 40, 41, 42, 47, 48, 49, 50, 51, 52, 53, 54, 314, 320, 321, 322, 323, 348, 350, 353, 375, 376, 377, 378, 382, 2446, 2447, 2448, 2449, 2450, 2451, 2452, 2453, 2455, 2456, 2457, 2458, 2459]), Anchor::All(&[Anchor::Lits(&[268, 269, 270, 271, 1367, 1368, 1369, 1370, 1407, 1408, 1417, 1418, 1650, 1651, 1652, 1653, 2471, 2472, 2473, 2474, 2524, 2525, 2536, 2537, 2694, 2695, 2696, 2697, 2739, 2740, 2741, 2742, 3111, 3112, 3113, 3114, 3115, 3116, 3117, 3118, 3595, 3596, 3597, 3598, 3857, 3858, 3859, 3860, 3864, 3865, 3866, 3867]), Anchor::Lits(&[78, 183, 1094, 3721])])])),
            (30, "reveal-what-you-were-told", Anchor::Any(&[Anchor::Lits(&[3724, 3725, 3726]), Anchor::All(&[Anchor::Lits(&[3727, 3728, 3729, 3730, 3736, 3737, 3738, 3739, 3740, 3741, 3742, 3743, 3744, 3745, 3746, 3747, 3748, 3749]), Anchor::Lits(&[629, 642, 664, 819, 833, 1220, 1472, 1495, 1624, 1625, 1627, 1660, 2394, 2410, 2412, 2475, 2484, 2610, 2651, 2763, 3028, 3607])]), Anchor::All(&[Anchor::Lits(&[3895, 3896, 3897, 3898, 3899, 3900, 3901, 3902, 3903, 3904, 3905, 3906, 3937, 3938, 3939, 4021, 4055, 4057, 4088, 4089, 4090, 4091, 4092, 4093, 4094, 4095, 4096, 4097, 4098, 4099, 4102, 4105, 4106, 4108, 4109, 4111, 4113, 4116, 4117, 4118, 4140, 4141, 4142, 4143, 4144, 4145, 4146, 4147, 4148, 4149, 4150, 4151, 4155, 4158, 4159, 4161, 4162, 4165, 4167, 4170, 4171, 4172, 4178, 4403, 4404, 4405]), Anchor::Lits(&[547, 548, 549, 550, 551, 552, 553, 611, 612, 613, 614, 615, 616, 617, 643, 644, 645, 646, 647, 648, 649, 820, 821, 822, 823, 824, 825, 826, 828, 829, 830, 831, 832, 834, 835, 836, 837, 838, 839, 840, 841, 842, 1473, 1474, 1475, 1476, 1477, 1478, 1479, 1482, 1483, 1484, 1485, 1486, 1487, 1488, 1490, 1491, 1492, 1493, 1494, 1496, 1497, 1498, 1499, 1500, 1501, 1502, 1503, 1504, 1655, 1656, 1657, 1658, 1659, 1662, 1663, 1664, 1666, 1667, 1669, 1670, 1676, 1677, 1902, 1903, 1904, 1905, 1906, 1907, 1908, 2476, 2477, 2478, 2479, 2480, 2481, 2482, 2486, 2487, 2488, 2491, 2492, 2494, 2495, 2496, 2498, 2499, 2500, 2501, 2502, 2503, 2612, 2613, 2614, 2615, 2616, 2617, 2618, 2645, 2647, 2648, 2649, 2650, 2652, 2653, 2654, 2655, 2656, 2657, 2658, 2660, 2661, 2665, 2666, 2667, 2668, 2669, 2670, 2671, 3029, 3030, 3031, 3032, 3033, 3034, 3035, 3036, 3037, 3038, 3039, 3040, 3041, 3042, 3608, 3609, 3610, 3611, 3612, 3613, 3614]), Anchor::Lits(&[3721, 3752])]), Anchor::All(&[Anchor::Lits(&[650, 651, 652, 783, 784, 785, 1515, 1517, 1525, 1613, 1614, 1615, 1941, 1942, 1943, 1992, 1993, 1994, 2692, 2693, 2698, 2898, 2899, 2900, 2915, 2916, 2917, 3861, 3862, 3863]), Anchor::Lits(&[3721])]), Anchor::All(&[Anchor::Lits(&[3722, 3723, 3735, 3750, 3751]), Anchor::Lits(&[294, 305, 473, 1017, 1626, 1690, 1696, 2113, 2306, 2430])])])),
            (34, "reveal-context-contents", Anchor::Any(&[Anchor::Lits(&[1643, 1644, 1645, 1646, 1647, 1648, 1649, 1665, 1668, 1671, 1672, 1673, 1674, 1675, 1995, 1997, 1998, 1999, 2000, 2001, 2002, 2003, 2004, 2005, 2006, 2007, 2008, 2009, 2489, 2497, 2504, 2505, 2506, 2507, 2508]), Anchor::All(&[Anchor::Lits(&[385, 386, 480, 481, 656, 657, 661, 662, 674, 675, 1029, 1030, 1937, 1938, 1939, 1940, 2351, 2352, 2353, 2354, 2370, 2371, 2570, 2571, 2599, 2600, 2724, 2725, 2735, 2736, 2737, 2738, 2913, 2914, 3122, 3123, 3593, 3594, 3615, 3616, 3832, 3833]), Anchor::Lits(&[630, 663, 673, 1660, 1991, 2412, 2484, 2651])]), Anchor::All(&[Anchor::Lits(&[663, 1660, 2412, 2484, 3028]), Anchor::Lits(&[80, 81, 82, 83, 84, 86, 87, 88, 89, 90, 91, 92, 93, 94, 95, 96, 97, 98, 99, 100, 101, 102, 103, 104, 105, 106, 107, 108, 109, 110, 111, 112, 113, 114, 115, 119, 120, 121, 122, 123, 124, 125, 126, 127, 128, 129, 130, 131, 132, 133, 134, 135, 136, 137, 138, 139, 140, 141, 142, 143, 144, 145, 146, 184, 185, 186, 187, 188, 189, 190, 191, 192, 193, 194, 195, 196, 197, 201, 202, 203, 204, 205, 206, 207, 996, 997, 998, 999, 1000, 1001, 1002, 1003, 1004, 1005, 1006, 1007, 1008, 1009, 1010, 1011, 1012, 1013, 1014, 1015, 1016, 1095, 1096, 1097, 1098, 1099, 1100, 1101, 1102, 1103, 1104, 1105, 1106, 1107, 1108, 1112, 1113, 1114, 1115, 1116, 1117, 1118, 1120, 1121, 1122, 1123, 1124, 1125, 1126, 1127, 1128, 1129, 1130, 1131, 1132, 1133, 1134, 1135, 1136, 1137, 1138, 1139, 1140, 3399, 3400, 3401, 3402, 3403, 3404, 3405, 3406, 3407, 3408, 3409, 3410, 3411, 3412, 3413, 3414, 3415, 3416, 3417, 3418, 3419]), Anchor::Lits(&[3164, 4058])])])),
            (54, "unrestricted-mode", Anchor::Any(&[Anchor::Lits(&[150, 151, 479, 754, 802, 808, 994, 1143, 1308, 1420, 1507, 1610, 1611, 1641, 1689, 1691, 1692, 1693, 1694, 1765, 1784, 1916, 2069, 2070, 2072, 2106, 2217, 2296, 2561, 2901, 2979, 3654, 3656, 3657, 3682, 3690, 3692, 3696, 3697]), Anchor::All(&[Anchor::Lits(&[150, 151, 479, 754, 802, 808, 994, 1143, 1308, 1420, 1507, 1765, 1784, 1916, 2069, 2070, 2072, 2106, 2217, 2296, 2561, 2901, 2979, 3654, 3656, 3657, 3682, 3690, 3692, 3696, 3697]), Anchor::Lits(&[56, 57, 85, 153, 246, 299, 301, 416, 1025, 1026, 1027, 1028, 1421, 1422, 1469, 1633, 2114, 2293, 2393, 2535, 2538, 2540, 2572, 2578, 2598, 2662, 2922, 3001, 3002, 3018, 3648, 3691, 3720, 3875])])])),
            (56, "unrestricted-persona", Anchor::Any(&[Anchor::Lits(&[149, 154, 476, 676, 753, 810, 904, 1142, 1506, 1508, 1608, 1779, 1849, 1871, 1915, 1965, 2026, 2067, 2068, 2071, 2105, 2107, 2560, 2642, 2646, 3651, 3652, 3655, 3658, 3661, 3680, 3681, 3689, 3693, 3694, 3695, 3698, 3806, 3808, 3809, 3811, 3812, 3813, 3814, 3815, 3816, 3817, 3818, 3819, 3820, 3821, 3822, 3823, 3824, 3825, 3826, 3827, 3828, 3829, 3830, 3831]), Anchor::All(&[Anchor::Lits(&[3129, 3130, 3135, 3136, 3137, 3138, 3139, 3144, 3145, 3146, 3147, 3152, 3153, 3758, 3759, 3764, 3765, 3766, 3767, 3768, 3773, 3774, 3775, 3776, 3781, 3782, 3793, 3794, 3795, 3796, 3797, 3798, 3799, 3800, 3801, 3802, 3803, 3804, 3805]), Anchor::Lits(&[417, 1077, 1216, 1495, 1660, 1929, 2025, 2410, 2610, 2651, 2672])])])),
            (59, "no-restrictions", Anchor::Any(&[Anchor::Lits(&[505, 506, 507, 508, 509, 510, 516, 517, 518, 519, 520, 521, 525, 526, 527, 528, 529, 530, 683, 684, 685, 686, 687, 688, 694, 695, 696, 697, 698, 699, 703, 704, 705, 706, 707, 708, 1430, 1431, 1432, 1433, 1434, 1435, 1441, 1442, 1443, 1444, 1445, 1446, 1450, 1451, 1452, 1453, 1454, 1455, 3193, 3194, 3195, 3196, 3197, 3198, 3204, 3205, 3206, 3207, 3208, 3209, 3213, 3214, 3215, 3216, 3217, 3218, 3238, 3239, 3240, 3241, 3242, 3243, 3249, 3250, 3251, 3252, 3253, 3254, 3258, 3259, 3260, 3261, 3262, 3263, 3306, 3307, 3308, 3309, 3310, 3311, 3317, 3318, 3319, 3320, 3321, 3322, 3326, 3327, 3328, 3329, 3330, 3331, 3450, 3451, 3452, 3453, 3454, 3455, 3461, 3462, 3463, 3464, 3465, 3466, 3470, 3471, 3472, 3473, 3474, 3475, 3495, 3496, 3497, 3498, 3499, 3500, 3506, 3507, 3508, 3509, 3510, 3511, 3515, 3516, 3517, 3518, 3519, 3520, 3540, 3541, 3542, 3543, 3544, 3545, 3551, 3552, 3553, 3554, 3555, 3556, 3560, 3561, 3562, 3563, 3564, 3565, 3930, 3931, 3932, 3933, 3934, 3935, 4030, 4031, 4032, 4033, 4034, 4035, 4039, 4040, 4041, 4042, 4043, 4044, 4298, 4299, 4300, 4301, 4302, 4303, 4309, 4310, 4311, 4312, 4313, 4314, 4318, 4319, 4320, 4321, 4322, 4323]), Anchor::All(&[Anchor::Lits(&[478, 635, 655, 658, 659, 1077, 1472, 1495, 1901, 1930, 2023, 2024, 2025, 2436, 2601, 2610, 2659, 2664, 2677, 2680, 2688, 2691]), Anchor::Lits(&[500, 501, 502, 511, 512, 513, 514, 522, 523, 524, 531, 532, 533, 534, 535, 536, 537, 538, 539, 540, 543, 678, 679, 680, 689, 690, 691, 692, 700, 701, 702, 709, 710, 711, 712, 713, 714, 715, 716, 717, 718, 722, 1425, 1426, 1427, 1436, 1437, 1438, 1439, 1447, 1448, 1449, 1456, 1457, 1458, 1459, 1460, 1461, 1462, 1463, 1464, 1465, 1468, 3188, 3189, 3190, 3199, 3200, 3201, 3202, 3210, 3211, 3212, 3219, 3220, 3221, 3222, 3223, 3224, 3225, 3226, 3227, 3228, 3231, 3233, 3234, 3235, 3244, 3245, 3246, 3247, 3255, 3256, 3257, 3264, 3265, 3266, 3267, 3268, 3269, 3270, 3271, 3272, 3273, 3276, 3301, 3302, 3303, 3312, 3313, 3314, 3315, 3323, 3324, 3325, 3332, 3333, 3334, 3335, 3336, 3337, 3338, 3339, 3340, 3341, 3344, 3445, 3446, 3447, 3456, 3457, 3458, 3459, 3467, 3468, 3469, 3476, 3477, 3478, 3479, 3480, 3481, 3482, 3483, 3484, 3485, 3488, 3490, 3491, 3492, 3501, 3502, 3503, 3504, 3512, 3513, 3514, 3521, 3522, 3523, 3524, 3525, 3526, 3527, 3528, 3529, 3530, 3533, 3535, 3536, 3537, 3546, 3547, 3548, 3549, 3557, 3558, 3559, 3566, 3567, 3568, 3569, 3570, 3571, 3572, 3573, 3574, 3575, 3578, 3870, 3888, 3893, 3959, 3967, 3968, 4020, 4036, 4037, 4038, 4045, 4046, 4047, 4048, 4049, 4050, 4051, 4052, 4054, 4056, 4293, 4294, 4295, 4304, 4305, 4306, 4307, 4315, 4316, 4317, 4324, 4325, 4326, 4327, 4328, 4329, 4330, 4331, 4332, 4333, 4336, 4488])]), Anchor::All(&[Anchor::Lits(&[417, 478, 635, 642, 659, 1077, 1216, 1472, 1495, 1901, 1929, 2023, 2024, 2025, 2410, 2436, 2475, 2601, 2610, 2651, 2664, 2680]), Anchor::Lits(&[499, 503, 504, 506, 509, 511, 512, 513, 515, 541, 542, 677, 681, 682, 684, 687, 689, 690, 691, 693, 720, 721, 1424, 1428, 1429, 1431, 1434, 1436, 1437, 1438, 1440, 1466, 1467, 3187, 3191, 3192, 3194, 3197, 3199, 3200, 3201, 3203, 3229, 3230, 3232, 3236, 3237, 3239, 3242, 3244, 3245, 3246, 3248, 3274, 3275, 3300, 3304, 3305, 3307, 3310, 3312, 3313, 3314, 3316, 3342, 3343, 3444, 3448, 3449, 3451, 3454, 3456, 3457, 3458, 3460, 3486, 3487, 3489, 3493, 3494, 3496, 3499, 3501, 3502, 3503, 3505, 3531, 3532, 3534, 3538, 3539, 3541, 3544, 3546, 3547, 3548, 3550, 3576, 3577, 3868, 3928, 3929, 3931, 3934, 3959, 3967, 3968, 4022, 4292, 4296, 4297, 4299, 4302, 4304, 4305, 4306, 4308, 4334, 4335, 4440, 4448]), Anchor::Lits(&[58, 249, 273, 1555, 1607, 1612, 1870, 2424, 2980, 3368])])])),
            (60, "rules-do-not-apply", Anchor::Any(&[Anchor::All(&[Anchor::Lits(&[213, 214, 215, 216, 217, 218, 219, 220, 221, 222, 223, 224, 225, 226, 227, 228, 229, 230, 231, 232, 233, 234, 235, 236, 389, 390, 391, 392, 393, 394, 395, 396, 397, 398, 399, 400, 401, 402, 403, 404, 405, 406, 407, 408, 409, 410, 411, 412, 586, 587, 588, 589, 590, 591, 592, 593, 594, 595, 596, 597, 598, 599, 600, 601, 602, 603, 604, 605, 606, 607, 608, 609, 726, 727, 728, 729, 730, 731, 733, 734, 735, 736, 737, 738, 739, 740, 741, 742, 743, 744, 745, 746, 747, 748, 749, 750, 1189, 1190, 1191, 1192, 1193, 1194, 1195, 1196, 1197, 1198, 1199, 1200, 1201, 1202, 1203, 1204, 1205, 1206, 1207, 1208, 1209, 1210, 1211, 1212, 1527, 1528, 1529, 1530, 1531, 1532, 1533, 1534, 1535, 1536, 1537, 1538, 1539, 1540, 1541, 1542, 1543, 1544, 1545, 1546, 1547, 1548, 1549, 1550, 1909, 1910, 1911, 1912, 1913, 1914, 1917, 1918, 1919, 1920, 1921, 1922, 1923, 1924, 1925, 1926, 1927, 1928, 1931, 1932, 1933, 1934, 1935, 1936, 1967, 1968, 1969, 1970, 1971, 1972, 1973, 1974, 1975, 1976, 1977, 1978, 1979, 1980, 1981, 1982, 1983, 1984, 1985, 1986, 1987, 1988, 1989, 1990, 2603, 2604, 2605, 2606, 2607, 2608, 2619, 2620, 2621, 2622, 2623, 2624, 2625, 2626, 2627, 2628, 2629, 2630, 2631, 2632, 2633, 2634, 2635, 2636]), Anchor::Lits(&[417, 478, 546, 610, 635, 642, 659, 819, 827, 1077, 1216, 1472, 1481, 1489, 1654, 1901, 1929, 2023, 2024, 2025, 2410, 2436, 2475, 2484, 2601, 2610, 2651, 2664, 2680, 3028, 3607])]), Anchor::All(&[Anchor::Lits(&[811, 812, 813, 814, 815, 816, 817, 818, 905, 906, 907, 908, 909, 910, 911, 912, 914, 915, 929, 937, 951, 952, 972, 980, 2048, 2049, 2052, 2060, 2075, 2076, 2084, 2092]), Anchor::Lits(&[417, 478, 546, 610, 635, 642, 659, 819, 827, 1077, 1216, 1472, 1481, 1489, 1654, 1901, 1929, 2023, 2024, 2025, 2410, 2436, 2475, 2484, 2601, 2610, 2651, 2664, 2680, 3028, 3607])])])),
            (61, "no-rules-apply", Anchor::Any(&[Anchor::Lits(&[3345]), Anchor::All(&[Anchor::Lits(&[2102, 2103, 2104]), Anchor::Lits(&[211, 212, 247, 413, 723, 1188, 1526, 1966])]), Anchor::All(&[Anchor::Lits(&[3380, 3381, 3382, 3383, 3384, 3385, 3386, 3387]), Anchor::Lits(&[417, 1216, 1472, 1495, 1901, 1929, 2610, 2651])])])),
            (62, "freed-from-limits", Anchor::All(&[Anchor::Lits(&[419, 420, 454, 1035, 1036, 1187, 1307, 1309, 1872, 2077, 2091, 2094, 2109, 2110, 2112, 2569, 3653, 3659, 3660, 3699]), Anchor::Lits(&[417, 478, 546, 610, 635, 642, 659, 819, 827, 1077, 1216, 1472, 1481, 1489, 1654, 1901, 1929, 2023, 2024, 2025, 2410, 2436, 2475, 2484, 2601, 2610, 2651, 2664, 2680, 3028, 3607])])),
            (64, "pre-safety-self", Anchor::Lits(&[306, 307, 308, 309, 310, 311, 312, 313, 315, 316, 317, 318, 319, 324, 325, 346, 347, 349, 351, 352, 379, 380, 381, 383, 384, 2159, 2160, 2161, 2162, 2163, 2164, 2165, 2166, 2167, 2168, 2170, 2171, 2172, 2173, 2174, 2175, 2176, 2177, 2178, 2179, 2180, 2181, 2182, 2183, 2184, 2185, 2186, 2187, 2188, 2189, 2190, 2191, 2192, 2193, 2194, 2195, 2196, 2197, 2198, 2199, 2200, 2201, 2202, 2203, 2204, 2205, 2206, 2207, 2208, 2209, 2210, 2211, 2212, 2213, 2214, 2215])),
            (65, "stay-in-character", Anchor::Lits(&[916, 917, 936, 959, 960, 979, 1837, 2050, 2051, 2059, 2573, 2919, 2920, 2921, 2923, 2924, 2925, 2926, 2927, 2928, 2929, 2930, 2931, 2932])),
            (67, "jailbreak", Anchor::Lits(&[640, 641, 1365, 1366, 1594, 1595, 1596, 1740, 1741, 1742, 1744, 1745, 1746, 1747, 1748, 1749, 1750, 1751, 1752, 1753, 1754, 1755, 1756, 1757, 1758, 1759, 1760, 1761, 1762, 1764, 1765, 1766, 1768, 1769, 1770, 1771, 1772, 1774, 1778, 1780, 1781, 1782, 1783, 1784, 1785, 1786, 2115, 2116, 2437, 2702, 3718, 3719, 3878, 3879, 3988, 3989, 4199, 4200, 4424, 4425])),
            (68, "evil-twin", Anchor::Lits(&[4061, 4062, 4063, 4064, 4065, 4066, 4067, 4068, 4069, 4121, 4122, 4123, 4124, 4125, 4126, 4127, 4128, 4129, 4203, 4204, 4205, 4206, 4207, 4208, 4209, 4210, 4211, 4218, 4219, 4220, 4221, 4222, 4223, 4224, 4225, 4226, 4228, 4229, 4230, 4231, 4232, 4233, 4234, 4235, 4236, 4239, 4240, 4241, 4242, 4243, 4244, 4245, 4246, 4247, 4250, 4251, 4252, 4253, 4254, 4255, 4256, 4257, 4258, 4271, 4272, 4273, 4274, 4275, 4276, 4277, 4278, 4279, 4283, 4284, 4285, 4286, 4287, 4288, 4289, 4290, 4291, 4338, 4339, 4340, 4341, 4342, 4343, 4344, 4345, 4346, 4350, 4351, 4352, 4353, 4354, 4355, 4356, 4357, 4358, 4359, 4360, 4361, 4362, 4363, 4364, 4365, 4366, 4367, 4370, 4371, 4372, 4373, 4374, 4375, 4376, 4377, 4378, 4379, 4380, 4381, 4382, 4383, 4384, 4385, 4386, 4387, 4388, 4389, 4390, 4391, 4392, 4393, 4394, 4395, 4396])),
            (74, "forbidden-becomes-required", Anchor::Any(&[Anchor::Lits(&[2295]), Anchor::All(&[Anchor::Lits(&[116, 117, 118, 147, 198, 199, 200, 208, 1109, 1110, 1111, 1119, 3731, 3732, 3733, 3734]), Anchor::Lits(&[417, 478, 546, 610, 635, 642, 659, 819, 827, 1077, 1216, 1472, 1481, 1489, 1654, 1901, 1929, 2023, 2024, 2025, 2410, 2436, 2475, 2484, 2601, 2610, 2651, 2664, 2680, 3028, 3607]), Anchor::Lits(&[304, 414, 858, 1250, 2427, 2483, 2602, 2703, 2704, 2705, 3119])])])),
            (81, "disable-safety", Anchor::Any(&[Anchor::Lits(&[3, 6, 7, 8, 10, 421, 422, 423, 424, 425, 426, 427, 428, 429, 430, 431, 432, 433, 434, 435, 436, 437, 438, 439, 440, 441, 442, 443, 444, 445, 446, 447, 448, 449, 450, 451, 452, 453, 458, 462, 463, 464, 465, 467, 468, 469, 470, 472, 487, 488, 489, 490, 491, 493, 494, 495, 496, 498, 757, 759, 760, 761, 763, 765, 766, 767, 768, 770, 777, 778, 779, 780, 782, 844, 846, 847, 848, 850, 852, 853, 854, 855, 857, 880, 885, 888, 889, 890, 892, 893, 894, 895, 897, 1033, 1034, 1037, 1038, 1039, 1040, 1041, 1042, 1043, 1044, 1045, 1046, 1047, 1049, 1050, 1051, 1052, 1054, 1055, 1056, 1057, 1058, 1059, 1060, 1061, 1062, 1063, 1064, 1065, 1066, 1068, 1069, 1070, 1071, 1079, 1080, 1081, 1082, 1084, 1086, 1087, 1088, 1089, 1091, 1259, 1262, 1263, 1264, 1267, 1270, 1271, 1272, 1274, 1276, 1311, 1312, 1313, 1314, 1316, 1318, 1319, 1320, 1321, 1322, 1372, 1373, 1374, 1375, 1377, 1378, 1379, 1380, 1381, 1382, 1383, 1384, 1385, 1386, 1387, 1388, 1389, 1390, 1391, 1392, 1393, 1395, 1396, 1397, 1398, 1399, 1401, 1402, 1403, 1404, 1406, 1569, 1572, 1573, 1574, 1576, 1585, 1588, 1589, 1590, 1592, 1763, 1767, 1773, 1775, 1777, 1875, 1877, 1878, 1879, 1881, 2034, 2035, 2036, 2037, 2039, 2041, 2042, 2043, 2044, 2046, 2325, 2328, 2329, 2330, 2332, 2336, 2339, 2340, 2341, 2343, 2781, 2782, 2783, 2784, 2786, 2788, 2789, 2790, 2791, 2793, 2973, 2974, 2975, 2976, 2978, 2982, 2984, 2985, 2986, 2988, 2995, 2996, 2997, 2998, 3000, 3008, 3009, 3011, 3012, 3014, 3103, 3104, 3105, 3106, 3108, 3628, 3629, 3630, 3631, 3633, 3639, 3640, 3642, 3643, 3645, 3674, 3675, 3676, 3677, 3679, 3835, 3836, 3837, 3838, 3840]), Anchor::All(&[Anchor::Lits(&[79, 238, 239, 240, 241, 242, 243, 244, 245, 295, 296, 297, 298, 478, 484, 485, 632, 633, 634, 654, 658, 659, 660, 719, 1031, 1072, 1073, 1074, 1075, 1076, 1077, 1093, 1217, 1470, 1471, 1480, 1553, 1554, 1634, 1635, 1636, 1637, 1638, 1639, 1640, 2022, 2025, 2490, 2548, 2562, 2563, 2611, 2639, 2640, 2663, 2673, 2674, 2675, 2676, 2678, 2679, 2680, 2681, 2682, 2683, 2684, 2685, 2686, 2687, 2688, 2689, 2690, 2691, 2699, 2700, 2701, 2726, 2727, 2728, 2729, 2730, 2731, 2732, 2733, 2734, 3299, 3621, 4070]), Anchor::Lits(&[0, 302, 418, 455, 486, 756, 764, 776, 843, 851, 877, 898, 923, 938, 966, 981, 993, 1032, 1053, 1078, 1085, 1252, 1310, 1317, 1371, 1394, 1400, 1505, 1566, 1582, 1848, 1874, 1962, 1963, 2033, 2040, 2078, 2093, 2322, 2333, 2542, 2568, 2574, 2576, 2780, 2787, 2794, 2795, 2935, 2971, 2972, 2981, 2994, 3005, 3102, 3627, 3636, 3673, 3715, 3717, 3810, 3834])]), Anchor::All(&[Anchor::Lits(&[9, 147, 209, 466, 471, 492, 497, 762, 769, 781, 849, 856, 891, 896, 1048, 1067, 1083, 1090, 1141, 1273, 1275, 1315, 1376, 1405, 1575, 1591, 1776, 1880, 2038, 2045, 2169, 2331, 2342, 2785, 2792, 2977, 2987, 2999, 3013, 3107, 3437, 3632, 3644, 3678, 3839]), Anchor::Lits(&[77, 417, 610, 635, 642, 833, 1077, 1215, 1472, 1495, 1660, 1901, 1929, 2025, 2410, 2411, 2436, 2475, 2509, 2610, 2651, 2664, 2672, 3607])])])),
            (82, "safety-declared-off", Anchor::All(&[Anchor::Lits(&[77, 79, 238, 239, 240, 241, 242, 243, 244, 245, 295, 296, 297, 298, 478, 484, 485, 632, 633, 634, 654, 658, 659, 660, 719, 1031, 1072, 1073, 1074, 1075, 1076, 1077, 1093, 1217, 1470, 1471, 1480, 1553, 1554, 1634, 1635, 1636, 1637, 1638, 1639, 1640, 2022, 2025, 2490, 2548, 2562, 2563, 2611, 2639, 2640, 2663, 2673, 2674, 2675, 2676, 2678, 2679, 2680, 2681, 2682, 2683, 2684, 2685, 2686, 2687, 2688, 2689, 2690, 2691, 2699, 2700, 2701, 2726, 2727, 2728, 2729, 2730, 2731, 2732, 2733, 2734, 3299, 3621, 4070]), Anchor::Lits(&[460, 474, 475, 758, 793, 845, 1423, 1609, 1876, 2074, 2108, 2158, 2321, 2373, 2575, 2637, 2641, 2983, 3714, 3716])])),
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
            (27, "reveal-own-instructions", Anchor::Lits(&[4059, 4060, 4082, 4083, 4084, 4085, 4086, 4120, 4130, 4175, 4176, 4202, 4212, 4213, 4214, 4215, 4216, 4217, 4227, 4237, 4238, 4248, 4249, 4259, 4260, 4261, 4262, 4263, 4264, 4265, 4266, 4267, 4268, 4269, 4270, 4280, 4281, 4282, 4337, 4347, 4348, 4349, 4368, 4369, 4397, 4398, 4399])),
            (28, "reveal-system-prompt", Anchor::Lits(&[59, 60, 61, 62, 63, 64, 65, 66, 67, 68, 69, 618, 619, 620, 621, 622, 623, 624, 625, 626, 627, 628, 795, 796, 798, 799, 800, 801, 804, 805, 806, 807, 809, 1510, 1511, 1513, 1514, 1516, 1518, 1520, 1521, 1522, 1523, 1524, 1732, 1733, 1734, 1735, 1736, 1740, 1741, 1742, 1743, 1744, 1745, 1791, 1792, 1793, 1794, 1795, 1796, 1797, 1798, 1799, 1800, 1801, 2010, 2011, 2012, 2013, 2014, 2015, 2016, 2017, 2018, 2019, 2020, 2282, 2283, 2284, 2285, 2286, 2287, 2288, 2289, 2290, 2291, 2292, 2300, 2301, 2303, 2304, 2305, 2307, 2309, 2310, 2311, 2312, 2313, 2414, 2415, 2416, 2417, 2418, 2419, 2420, 2421, 2422, 2423, 2425, 2460, 2461, 2462, 2463, 2464, 2465, 2466, 2467, 2468, 2469, 2470, 2549, 2550, 2551, 2552, 2553, 2554, 2555, 2556, 2557, 2558, 2559, 2713, 2714, 2715, 2716, 2717, 2718, 2719, 2720, 2721, 2722, 2723, 2902, 2903, 2904, 2905, 2906, 2907, 2908, 2909, 2910, 2911, 2912, 3021, 3022, 3024, 3025, 3027, 3028, 3044, 3045, 3046, 3047, 3048, 3662, 3663, 3664, 3665, 3666, 3667, 3668, 3669, 3670, 3671, 3672, 3702, 3703, 3704, 3705, 3706, 3707, 3708, 3709, 3710, 3711, 3712])),
            (29, "what-others-told-you", Anchor::Any(&[Anchor::Lits(&[36, 39, 40, 41, 42, 47, 48, 49, 50, 51, 52, 53, 54, 314, 320, 321, 322, 323, 348, 350, 353, 375, 376, 377, 378, 382, 2446, 2447, 2448, 2449, 2450, 2451, 2452, 2453, 2455, 2456, 2457, 2458, 2459]), Anchor::All(&[Anchor::Lits(&[268, 269, 270, 271, 1367, 1368, 1369, 1370, 1407, 1408, 1417, 1418, 1763, 1764, 1765, 1766, 2471, 2472, 2473, 2474, 2524, 2525, 2536, 2537, 2694, 2695, 2696, 2697, 2739, 2740, 2741, 2742, 3111, 3112, 3113, 3114, 3115, 3116, 3117, 3118, 3593, 3594, 3595, 3596, 3857, 3858, 3859, 3860, 3864, 3865, 3866, 3867]), Anchor::Lits(&[75, 183, 1094, 3721])])])),
            (30, "reveal-what-you-were-told", Anchor::Any(&[Anchor::Lits(&[3724, 3725, 3726]), Anchor::All(&[Anchor::Lits(&[3727, 3728, 3729, 3730, 3736, 3737, 3738, 3739, 3740, 3741, 3742, 3743, 3744, 3745, 3746, 3747, 3748, 3749]), Anchor::Lits(&[629, 642, 664, 819, 833, 1220, 1472, 1495, 1737, 1739, 1740, 1773, 2394, 2410, 2412, 2475, 2484, 2610, 2651, 2763, 3028, 3607])]), Anchor::All(&[Anchor::Lits(&[3895, 3896, 3897, 3898, 3899, 3900, 3901, 3902, 3903, 3904, 3905, 3906, 3937, 3938, 3939, 4022, 4055, 4057, 4088, 4089, 4090, 4091, 4092, 4093, 4094, 4095, 4096, 4097, 4098, 4099, 4102, 4105, 4106, 4108, 4109, 4111, 4113, 4116, 4117, 4118, 4140, 4141, 4142, 4143, 4144, 4145, 4146, 4147, 4148, 4149, 4150, 4151, 4155, 4158, 4159, 4161, 4162, 4165, 4167, 4170, 4171, 4172, 4178, 4403, 4404, 4405]), Anchor::Lits(&[547, 548, 549, 550, 551, 552, 553, 611, 612, 613, 614, 615, 616, 617, 643, 644, 645, 646, 647, 648, 649, 820, 821, 822, 823, 824, 825, 826, 828, 829, 830, 831, 832, 834, 835, 836, 837, 838, 839, 840, 841, 842, 1473, 1474, 1475, 1476, 1477, 1478, 1479, 1482, 1483, 1484, 1485, 1486, 1487, 1488, 1490, 1491, 1492, 1493, 1494, 1496, 1497, 1498, 1499, 1500, 1501, 1502, 1503, 1504, 1659, 1660, 1661, 1662, 1663, 1664, 1665, 1768, 1769, 1770, 1771, 1772, 1775, 1776, 1777, 1779, 1780, 1782, 1783, 1789, 1790, 2476, 2477, 2478, 2479, 2480, 2481, 2482, 2486, 2487, 2488, 2491, 2492, 2494, 2495, 2496, 2498, 2499, 2500, 2501, 2502, 2503, 2612, 2613, 2614, 2615, 2616, 2617, 2618, 2645, 2647, 2648, 2649, 2650, 2652, 2653, 2654, 2655, 2656, 2657, 2658, 2660, 2661, 2665, 2666, 2667, 2668, 2669, 2670, 2671, 3029, 3030, 3031, 3032, 3033, 3034, 3035, 3036, 3037, 3038, 3039, 3040, 3041, 3042, 3608, 3609, 3610, 3611, 3612, 3613, 3614]), Anchor::Lits(&[3721, 3752])]), Anchor::All(&[Anchor::Lits(&[650, 651, 652, 783, 784, 785, 1515, 1517, 1525, 1699, 1700, 1701, 1726, 1727, 1728, 1992, 1993, 1994, 2692, 2693, 2698, 2898, 2899, 2900, 2915, 2916, 2917, 3861, 3862, 3863]), Anchor::Lits(&[3721])]), Anchor::All(&[Anchor::Lits(&[3722, 3723, 3735, 3750, 3751]), Anchor::Lits(&[294, 305, 473, 1017, 1738, 1803, 1809, 2113, 2306, 2430])])])),
            (34, "reveal-context-contents", Anchor::Any(&[Anchor::Lits(&[1756, 1757, 1758, 1759, 1760, 1761, 1762, 1778, 1781, 1784, 1785, 1786, 1787, 1788, 1995, 1997, 1998, 1999, 2000, 2001, 2002, 2003, 2004, 2005, 2006, 2007, 2008, 2009, 2489, 2497, 2504, 2505, 2506, 2507, 2508]), Anchor::All(&[Anchor::Lits(&[385, 386, 480, 481, 656, 657, 661, 662, 674, 675, 1029, 1030, 1694, 1695, 1696, 1697, 2351, 2352, 2353, 2354, 2370, 2371, 2570, 2571, 2599, 2600, 2724, 2725, 2735, 2736, 2737, 2738, 2913, 2914, 3122, 3123, 3597, 3598, 3615, 3616, 3832, 3833]), Anchor::Lits(&[630, 663, 673, 1773, 1991, 2412, 2484, 2651])]), Anchor::All(&[Anchor::Lits(&[663, 1773, 2412, 2484, 3028]), Anchor::Lits(&[77, 78, 79, 81, 83, 85, 86, 87, 88, 89, 90, 91, 92, 93, 94, 95, 96, 97, 98, 99, 100, 101, 102, 103, 104, 105, 106, 107, 108, 109, 110, 111, 112, 113, 114, 118, 119, 120, 121, 122, 123, 124, 125, 126, 127, 128, 129, 130, 131, 132, 133, 134, 135, 136, 137, 138, 139, 140, 141, 142, 143, 144, 145, 184, 185, 186, 187, 188, 189, 190, 191, 192, 193, 194, 195, 196, 197, 201, 202, 203, 204, 205, 206, 207, 996, 997, 998, 999, 1000, 1001, 1002, 1003, 1004, 1005, 1006, 1007, 1008, 1009, 1010, 1011, 1012, 1013, 1014, 1015, 1016, 1095, 1096, 1097, 1098, 1099, 1100, 1101, 1102, 1103, 1104, 1105, 1106, 1107, 1108, 1112, 1113, 1114, 1115, 1116, 1117, 1118, 1120, 1121, 1122, 1123, 1124, 1125, 1126, 1127, 1128, 1129, 1130, 1131, 1132, 1133, 1134, 1135, 1136, 1137, 1138, 1139, 1140, 3399, 3400, 3401, 3402, 3403, 3404, 3405, 3406, 3407, 3408, 3409, 3410, 3411, 3412, 3413, 3414, 3415, 3416, 3417, 3418, 3419]), Anchor::Lits(&[3164, 4058])])])),
            (54, "unrestricted-mode", Anchor::Any(&[Anchor::Lits(&[150, 151, 479, 754, 802, 808, 994, 1143, 1308, 1420, 1507, 1673, 1723, 1724, 1754, 1802, 1804, 1805, 1806, 1807, 1880, 1899, 2069, 2070, 2072, 2106, 2217, 2296, 2561, 2901, 2979, 3654, 3656, 3657, 3682, 3690, 3692, 3696, 3697]), Anchor::All(&[Anchor::Lits(&[150, 151, 479, 754, 802, 808, 994, 1143, 1308, 1420, 1507, 1673, 1880, 1899, 2069, 2070, 2072, 2106, 2217, 2296, 2561, 2901, 2979, 3654, 3656, 3657, 3682, 3690, 3692, 3696, 3697]), Anchor::Lits(&[57, 58, 84, 153, 246, 299, 301, 416, 1025, 1026, 1027, 1028, 1421, 1422, 1469, 1746, 2114, 2293, 2393, 2535, 2538, 2540, 2572, 2578, 2598, 2662, 2922, 3001, 3002, 3018, 3648, 3691, 3720, 3875])])])),
            (56, "unrestricted-persona", Anchor::Any(&[Anchor::Lits(&[149, 154, 476, 676, 753, 810, 904, 1142, 1506, 1508, 1558, 1628, 1672, 1721, 1894, 1964, 2026, 2067, 2068, 2071, 2105, 2107, 2560, 2642, 2646, 3651, 3652, 3655, 3658, 3661, 3680, 3681, 3689, 3693, 3694, 3695, 3698, 3806, 3808, 3809, 3811, 3812, 3813, 3814, 3815, 3816, 3817, 3818, 3819, 3820, 3821, 3822, 3823, 3824, 3825, 3826, 3827, 3828, 3829, 3830, 3831]), Anchor::All(&[Anchor::Lits(&[3129, 3130, 3135, 3136, 3137, 3138, 3139, 3144, 3145, 3148, 3149, 3152, 3153, 3758, 3759, 3764, 3765, 3766, 3767, 3768, 3773, 3774, 3777, 3778, 3781, 3782, 3793, 3794, 3795, 3796, 3797, 3798, 3799, 3800, 3801, 3802, 3803, 3804, 3805]), Anchor::Lits(&[417, 1077, 1216, 1495, 1686, 1773, 2025, 2410, 2610, 2651, 2672])])])),
            (59, "no-restrictions", Anchor::Any(&[Anchor::Lits(&[492, 493, 494, 495, 496, 497, 503, 504, 505, 506, 507, 508, 512, 513, 514, 515, 516, 517, 683, 684, 685, 686, 687, 688, 694, 695, 696, 697, 698, 699, 703, 704, 705, 706, 707, 708, 1430, 1431, 1432, 1433, 1434, 1435, 1441, 1442, 1443, 1444, 1445, 1446, 1450, 1451, 1452, 1453, 1454, 1455, 3193, 3194, 3195, 3196, 3197, 3198, 3204, 3205, 3206, 3207, 3208, 3209, 3213, 3214, 3215, 3216, 3217, 3218, 3238, 3239, 3240, 3241, 3242, 3243, 3249, 3250, 3251, 3252, 3253, 3254, 3258, 3259, 3260, 3261, 3262, 3263, 3306, 3307, 3308, 3309, 3310, 3311, 3317, 3318, 3319, 3320, 3321, 3322, 3326, 3327, 3328, 3329, 3330, 3331, 3450, 3451, 3452, 3453, 3454, 3455, 3461, 3462, 3463, 3464, 3465, 3466, 3470, 3471, 3472, 3473, 3474, 3475, 3495, 3496, 3497, 3498, 3499, 3500, 3506, 3507, 3508, 3509, 3510, 3511, 3515, 3516, 3517, 3518, 3519, 3520, 3540, 3541, 3542, 3543, 3544, 3545, 3551, 3552, 3553, 3554, 3555, 3556, 3560, 3561, 3562, 3563, 3564, 3565, 3930, 3931, 3932, 3933, 3934, 3935, 4030, 4031, 4032, 4033, 4034, 4035, 4039, 4040, 4041, 4042, 4043, 4044, 4298, 4299, 4300, 4301, 4302, 4303, 4309, 4310, 4311, 4312, 4313, 4314, 4318, 4319, 4320, 4321, 4322, 4323]), Anchor::All(&[Anchor::Lits(&[478, 635, 655, 658, 659, 1077, 1472, 1495, 1658, 1687, 2023, 2024, 2025, 2436, 2601, 2610, 2659, 2664, 2677, 2680, 2688, 2691]), Anchor::Lits(&[487, 488, 489, 498, 499, 500, 501, 509, 510, 511, 518, 519, 520, 521, 522, 523, 524, 525, 526, 527, 530, 678, 679, 680, 689, 690, 691, 692, 700, 701, 702, 709, 710, 711, 712, 713, 714, 715, 716, 717, 718, 722, 1425, 1426, 1427, 1436, 1437, 1438, 1439, 1447, 1448, 1449, 1456, 1457, 1458, 1459, 1460, 1461, 1462, 1463, 1464, 1465, 1468, 3188, 3189, 3190, 3199, 3200, 3201, 3202, 3210, 3211, 3212, 3219, 3220, 3221, 3222, 3223, 3224, 3225, 3226, 3227, 3228, 3231, 3233, 3234, 3235, 3244, 3245, 3246, 3247, 3255, 3256, 3257, 3264, 3265, 3266, 3267, 3268, 3269, 3270, 3271, 3272, 3273, 3276, 3301, 3302, 3303, 3312, 3313, 3314, 3315, 3323, 3324, 3325, 3332, 3333, 3334, 3335, 3336, 3337, 3338, 3339, 3340, 3341, 3344, 3445, 3446, 3447, 3456, 3457, 3458, 3459, 3467, 3468, 3469, 3476, 3477, 3478, 3479, 3480, 3481, 3482, 3483, 3484, 3485, 3488, 3490, 3491, 3492, 3501, 3502, 3503, 3504, 3512, 3513, 3514, 3521, 3522, 3523, 3524, 3525, 3526, 3527, 3528, 3529, 3530, 3533, 3535, 3536, 3537, 3546, 3547, 3548, 3549, 3557, 3558, 3559, 3566, 3567, 3568, 3569, 3570, 3571, 3572, 3573, 3574, 3575, 3578, 3870, 3888, 3893, 3959, 3967, 3968, 4020, 4036, 4037, 4038, 4045, 4046, 4047, 4048, 4049, 4050, 4051, 4052, 4054, 4056, 4293, 4294, 4295, 4304, 4305, 4306, 4307, 4315, 4316, 4317, 4324, 4325, 4326, 4327, 4328, 4329, 4330, 4331, 4332, 4333, 4336, 4488])]), Anchor::All(&[Anchor::Lits(&[417, 478, 635, 642, 659, 1077, 1216, 1472, 1495, 1658, 1686, 2023, 2024, 2025, 2410, 2436, 2475, 2601, 2610, 2651, 2664, 2680]), Anchor::Lits(&[486, 490, 491, 493, 496, 498, 499, 500, 502, 528, 529, 677, 681, 682, 684, 687, 689, 690, 691, 693, 720, 721, 1424, 1428, 1429, 1431, 1434, 1436, 1437, 1438, 1440, 1466, 1467, 3187, 3191, 3192, 3194, 3197, 3199, 3200, 3201, 3203, 3229, 3230, 3232, 3236, 3237, 3239, 3242, 3244, 3245, 3246, 3248, 3274, 3275, 3300, 3304, 3305, 3307, 3310, 3312, 3313, 3314, 3316, 3342, 3343, 3444, 3448, 3449, 3451, 3454, 3456, 3457, 3458, 3460, 3486, 3487, 3489, 3493, 3494, 3496, 3499, 3501, 3502, 3503, 3505, 3531, 3532, 3534, 3538, 3539, 3541, 3544, 3546, 3547, 3548, 3550, 3576, 3577, 3868, 3928, 3929, 3931, 3934, 3959, 3967, 3968, 4023, 4292, 4296, 4297, 4299, 4302, 4304, 4305, 4306, 4308, 4334, 4335, 4440, 4448]), Anchor::Lits(&[56, 249, 273, 1555, 1581, 1720, 1725, 2424, 2980, 3368])])])),
            (60, "rules-do-not-apply", Anchor::Any(&[Anchor::All(&[Anchor::Lits(&[213, 214, 215, 216, 217, 218, 219, 220, 221, 222, 223, 224, 225, 226, 227, 228, 229, 230, 231, 232, 233, 234, 235, 236, 389, 390, 391, 392, 393, 394, 395, 396, 397, 398, 399, 400, 401, 402, 403, 404, 405, 406, 407, 408, 409, 410, 411, 412, 586, 587, 588, 589, 590, 591, 592, 593, 594, 595, 596, 597, 598, 599, 600, 601, 602, 603, 604, 605, 606, 607, 608, 609, 726, 727, 728, 729, 730, 731, 733, 734, 735, 736, 737, 738, 739, 740, 741, 742, 743, 744, 745, 746, 747, 748, 749, 750, 1189, 1190, 1191, 1192, 1193, 1194, 1195, 1196, 1197, 1198, 1199, 1200, 1201, 1202, 1203, 1204, 1205, 1206, 1207, 1208, 1209, 1210, 1211, 1212, 1527, 1528, 1529, 1530, 1531, 1532, 1533, 1534, 1535, 1536, 1537, 1538, 1539, 1540, 1541, 1542, 1543, 1544, 1545, 1546, 1547, 1548, 1549, 1550, 1666, 1667, 1668, 1669, 1670, 1671, 1674, 1675, 1676, 1677, 1678, 1679, 1680, 1681, 1682, 1683, 1684, 1685, 1688, 1689, 1690, 1691, 1692, 1693, 1967, 1968, 1969, 1970, 1971, 1972, 1973, 1974, 1975, 1976, 1977, 1978, 1979, 1980, 1981, 1982, 1983, 1984, 1985, 1986, 1987, 1988, 1989, 1990, 2603, 2604, 2605, 2606, 2607, 2608, 2619, 2620, 2621, 2622, 2623, 2624, 2625, 2626, 2627, 2628, 2629, 2630, 2631, 2632, 2633, 2634, 2635, 2636]), Anchor::Lits(&[417, 478, 546, 610, 635, 642, 659, 819, 827, 1077, 1216, 1472, 1481, 1489, 1658, 1686, 1767, 2023, 2024, 2025, 2410, 2436, 2475, 2484, 2601, 2610, 2651, 2664, 2680, 3028, 3607])]), Anchor::All(&[Anchor::Lits(&[811, 812, 813, 814, 815, 816, 817, 818, 905, 906, 907, 908, 909, 910, 911, 912, 914, 915, 929, 937, 951, 952, 972, 980, 2048, 2049, 2052, 2060, 2075, 2076, 2084, 2092]), Anchor::Lits(&[417, 478, 546, 610, 635, 642, 659, 819, 827, 1077, 1216, 1472, 1481, 1489, 1658, 1686, 1767, 2023, 2024, 2025, 2410, 2436, 2475, 2484, 2601, 2610, 2651, 2664, 2680, 3028, 3607])])])),
            (61, "no-rules-apply", Anchor::Any(&[Anchor::Lits(&[3345]), Anchor::All(&[Anchor::Lits(&[2102, 2103, 2104]), Anchor::Lits(&[211, 212, 247, 413, 723, 1188, 1526, 1966])]), Anchor::All(&[Anchor::Lits(&[3380, 3381, 3382, 3383, 3384, 3385, 3386, 3387]), Anchor::Lits(&[417, 1216, 1472, 1495, 1658, 1686, 2610, 2651])])])),
            (62, "freed-from-limits", Anchor::All(&[Anchor::Lits(&[419, 420, 454, 1035, 1036, 1187, 1307, 1309, 1629, 2077, 2091, 2094, 2109, 2110, 2112, 2569, 3653, 3659, 3660, 3699]), Anchor::Lits(&[417, 478, 546, 610, 635, 642, 659, 819, 827, 1077, 1216, 1472, 1481, 1489, 1658, 1686, 1767, 2023, 2024, 2025, 2410, 2436, 2475, 2484, 2601, 2610, 2651, 2664, 2680, 3028, 3607])])),
            (64, "pre-safety-self", Anchor::Lits(&[306, 307, 308, 309, 310, 311, 312, 313, 315, 316, 317, 318, 319, 324, 325, 346, 347, 349, 351, 352, 379, 380, 381, 383, 384, 2159, 2160, 2161, 2162, 2163, 2164, 2165, 2166, 2167, 2168, 2170, 2171, 2172, 2173, 2174, 2175, 2176, 2177, 2178, 2179, 2180, 2181, 2182, 2183, 2184, 2185, 2186, 2187, 2188, 2189, 2190, 2191, 2192, 2193, 2194, 2195, 2196, 2197, 2198, 2199, 2200, 2201, 2202, 2203, 2204, 2205, 2206, 2207, 2208, 2209, 2210, 2211, 2212, 2213, 2214, 2215])),
            (65, "stay-in-character", Anchor::Lits(&[916, 917, 936, 959, 960, 979, 1952, 2050, 2051, 2059, 2573, 2919, 2920, 2921, 2923, 2924, 2925, 2926, 2927, 2928, 2929, 2930, 2931, 2932])),
            (67, "jailbreak", Anchor::Lits(&[640, 641, 1365, 1366, 1616, 1617, 1618, 1855, 1856, 1857, 1859, 1860, 1861, 1862, 1863, 1864, 1865, 1866, 1867, 1868, 1869, 1870, 1871, 1872, 1873, 1874, 1875, 1876, 1877, 1879, 1880, 1881, 1883, 1884, 1885, 1886, 1887, 1889, 1893, 1895, 1896, 1897, 1898, 1899, 1900, 1901, 2115, 2116, 2437, 2702, 3718, 3719, 3879, 3880, 3989, 3990, 4199, 4200, 4425, 4426])),
            (68, "evil-twin", Anchor::Lits(&[4061, 4062, 4063, 4064, 4065, 4066, 4067, 4068, 4069, 4121, 4122, 4123, 4124, 4125, 4126, 4127, 4128, 4129, 4203, 4204, 4205, 4206, 4207, 4208, 4209, 4210, 4211, 4218, 4219, 4220, 4221, 4222, 4223, 4224, 4225, 4226, 4228, 4229, 4230, 4231, 4232, 4233, 4234, 4235, 4236, 4239, 4240, 4241, 4242, 4243, 4244, 4245, 4246, 4247, 4250, 4251, 4252, 4253, 4254, 4255, 4256, 4257, 4258, 4271, 4272, 4273, 4274, 4275, 4276, 4277, 4278, 4279, 4283, 4284, 4285, 4286, 4287, 4288, 4289, 4290, 4291, 4338, 4339, 4340, 4341, 4342, 4343, 4344, 4345, 4346, 4350, 4351, 4352, 4353, 4354, 4355, 4356, 4357, 4358, 4359, 4360, 4361, 4362, 4363, 4364, 4365, 4366, 4367, 4370, 4371, 4372, 4373, 4374, 4375, 4376, 4377, 4378, 4379, 4380, 4381, 4382, 4383, 4384, 4385, 4386, 4387, 4388, 4389, 4390, 4391, 4392, 4393, 4394, 4395, 4396])),
            (74, "forbidden-becomes-required", Anchor::Any(&[Anchor::Lits(&[2295]), Anchor::All(&[Anchor::Lits(&[115, 116, 117, 146, 198, 199, 200, 208, 1109, 1110, 1111, 1119, 3731, 3732, 3733, 3734]), Anchor::Lits(&[417, 478, 546, 610, 635, 642, 659, 819, 827, 1077, 1216, 1472, 1481, 1489, 1658, 1686, 1767, 2023, 2024, 2025, 2410, 2436, 2475, 2484, 2601, 2610, 2651, 2664, 2680, 3028, 3607]), Anchor::Lits(&[304, 414, 858, 1250, 2427, 2483, 2602, 2703, 2704, 2705, 3119])])])),
            (81, "disable-safety", Anchor::Any(&[Anchor::Lits(&[3, 6, 7, 8, 10, 421, 422, 423, 424, 425, 426, 427, 428, 429, 430, 431, 432, 433, 434, 435, 436, 437, 438, 439, 440, 441, 442, 443, 444, 445, 446, 447, 448, 449, 450, 451, 452, 453, 458, 462, 463, 464, 465, 467, 468, 469, 470, 472, 533, 534, 535, 536, 537, 539, 540, 541, 542, 544, 757, 759, 760, 761, 763, 765, 766, 767, 768, 770, 777, 778, 779, 780, 782, 844, 846, 847, 848, 850, 852, 853, 854, 855, 857, 880, 885, 888, 889, 890, 892, 893, 894, 895, 897, 1033, 1034, 1037, 1038, 1039, 1040, 1041, 1042, 1043, 1044, 1045, 1046, 1047, 1049, 1050, 1051, 1052, 1054, 1055, 1056, 1057, 1058, 1059, 1060, 1061, 1062, 1063, 1064, 1065, 1066, 1068, 1069, 1070, 1071, 1079, 1080, 1081, 1082, 1084, 1086, 1087, 1088, 1089, 1091, 1259, 1262, 1263, 1264, 1267, 1270, 1271, 1272, 1274, 1276, 1311, 1312, 1313, 1314, 1316, 1318, 1319, 1320, 1321, 1322, 1372, 1373, 1374, 1375, 1377, 1378, 1379, 1380, 1381, 1382, 1383, 1384, 1385, 1386, 1387, 1388, 1389, 1390, 1391, 1392, 1393, 1395, 1396, 1397, 1398, 1399, 1401, 1402, 1403, 1404, 1406, 1591, 1594, 1595, 1596, 1598, 1607, 1610, 1611, 1612, 1614, 1632, 1634, 1635, 1636, 1638, 1878, 1882, 1888, 1890, 1892, 2034, 2035, 2036, 2037, 2039, 2041, 2042, 2043, 2044, 2046, 2325, 2328, 2329, 2330, 2332, 2336, 2339, 2340, 2341, 2343, 2781, 2782, 2783, 2784, 2786, 2788, 2789, 2790, 2791, 2793, 2973, 2974, 2975, 2976, 2978, 2982, 2984, 2985, 2986, 2988, 2995, 2996, 2997, 2998, 3000, 3008, 3009, 3011, 3012, 3014, 3103, 3104, 3105, 3106, 3108, 3628, 3629, 3630, 3631, 3633, 3639, 3640, 3642, 3643, 3645, 3674, 3675, 3676, 3677, 3679, 3835, 3836, 3837, 3838, 3840]), Anchor::All(&[Anchor::Lits(&[76, 238, 239, 240, 241, 242, 243, 244, 245, 295, 296, 297, 298, 478, 484, 485, 632, 633, 634, 654, 658, 659, 660, 719, 1031, 1072, 1073, 1074, 1075, 1076, 1077, 1093, 1217, 1470, 1471, 1480, 1553, 1554, 1747, 1748, 1749, 1750, 1751, 1752, 1753, 2022, 2025, 2490, 2548, 2562, 2563, 2611, 2639, 2640, 2663, 2673, 2674, 2675, 2676, 2678, 2679, 2680, 2681, 2682, 2683, 2684, 2685, 2686, 2687, 2688, 2689, 2690, 2691, 2699, 2700, 2701, 2726, 2727, 2728, 2729, 2730, 2731, 2732, 2733, 2734, 3299, 3621, 4070]), Anchor::Lits(&[0, 302, 418, 455, 532, 756, 764, 776, 843, 851, 877, 898, 923, 938, 966, 981, 993, 1032, 1053, 1078, 1085, 1252, 1310, 1317, 1371, 1394, 1400, 1505, 1588, 1604, 1631, 1850, 1852, 1963, 2033, 2040, 2078, 2093, 2322, 2333, 2542, 2568, 2574, 2576, 2780, 2787, 2794, 2795, 2935, 2971, 2972, 2981, 2994, 3005, 3102, 3627, 3636, 3673, 3715, 3717, 3810, 3834])]), Anchor::All(&[Anchor::Lits(&[9, 146, 209, 466, 471, 538, 543, 762, 769, 781, 849, 856, 891, 896, 1048, 1067, 1083, 1090, 1141, 1273, 1275, 1315, 1376, 1405, 1597, 1613, 1637, 1891, 2038, 2045, 2169, 2331, 2342, 2785, 2792, 2977, 2987, 2999, 3013, 3107, 3437, 3632, 3644, 3678, 3839]), Anchor::Lits(&[82, 417, 610, 635, 642, 833, 1077, 1215, 1472, 1495, 1658, 1686, 1773, 2025, 2410, 2411, 2436, 2475, 2509, 2610, 2651, 2664, 2672, 3607])])])),
            (82, "safety-declared-off", Anchor::All(&[Anchor::Lits(&[76, 82, 238, 239, 240, 241, 242, 243, 244, 245, 295, 296, 297, 298, 478, 484, 485, 632, 633, 634, 654, 658, 659, 660, 719, 1031, 1072, 1073, 1074, 1075, 1076, 1077, 1093, 1217, 1470, 1471, 1480, 1553, 1554, 1747, 1748, 1749, 1750, 1751, 1752, 1753, 2022, 2025, 2490, 2548, 2562, 2563, 2611, 2639, 2640, 2663, 2673, 2674, 2675, 2676, 2678, 2679, 2680, 2681, 2682, 2683, 2684, 2685, 2686, 2687, 2688, 2689, 2690, 2691, 2699, 2700, 2701, 2726, 2727, 2728, 2729, 2730, 2731, 2732, 2733, 2734, 3299, 3621, 4070]), Anchor::Lits(&[460, 474, 475, 758, 793, 845, 1423, 1633, 1722, 2074, 2108, 2158, 2321, 2373, 2575, 2637, 2641, 2983, 3714, 3716])])),
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
curl\
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
pipe\
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
stream\
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
            ends: &[2, 9, 15, 23, 28, 37, 47, 54, 64, 76, 86, 93, 102, 111, 116, 123, 130, 137, 139, 146, 152, 159, 173, 183, 191, 199, 208, 215, 220, 229, 239, 250, 261, 267, 278, 289, 296, 306, 318, 331, 341, 350, 358, 365, 374, 385, 392, 399, 408, 416, 421, 434, 440, 451, 458, 467, 474, 494, 509, 523, 536, 547, 565, 573, 580, 581, 583, 584, 586, 588, 598, 608, 612, 625, 638, 651, 663, 675, 687, 694, 695, 696, 698, 705, 711, 716, 725, 732, 742, 752, 761, 770, 775, 782, 789, 796, 797, 804, 810, 818, 823, 832, 842, 849, 859, 871, 881, 888, 897, 906, 911, 918, 925, 932, 934, 937, 948, 957, 971, 989, 1004, 1022, 1037, 1056, 1072, 1089, 1107, 1117, 1127, 1137, 1147, 1158, 1170, 1183, 1194, 1209, 1221, 1233, 1244, 1252, 1258, 1265, 1271, 1276, 1285, 1292, 1302, 1312, 1321, 1330, 1335, 1342, 1349, 1356, 1358, 1360, 1366, 1367, 1369, 1371, 1382, 1388, 1398, 1403, 1412, 1420, 1427, 1433, 1439, 1446, 1451, 1455, 1466, 1476, 1479, 1484, 1495, 1499, 1500, 1504, 1506, 1513, 1519, 1524, 1533, 1540, 1550, 1560, 1569, 1578, 1583, 1586, 1593, 1600, 1607, 1609, 1610, 1617, 1623, 1628, 1637, 1644, 1654, 1664, 1673, 1682, 1687, 1694, 1701, 1708, 1709, 1711, 1716, 1726, 1733, 1738, 1750, 1759, 1767, 1776, 1784, 1796, 1806, 1813, 1821, 1828, 1834, 1835, 1842, 1844, 1851, 1857, 1869, 1874, 1883, 1895, 1902, 1912, 1918, 1928, 1937, 1946, 1951, 1958, 1965, 1974, 1981, 1982, 1984, 1986, 1993, 1999, 2009, 2016, 2021, 2030, 2038, 2045, 2055, 2064, 2074, 2078, 2087, 2096, 2101, 2108, 2113, 2120, 2127, 2134, 2137, 2142, 2151, 2156, 2167, 2178, 2196, 2209, 2219, 2233, 2245, 2258, 2264, 2283, 2302, 2328, 2349, 2371, 2391, 2412, 2422, 2427, 2434, 2439, 2451, 2460, 2462, 2470, 2473, 2479, 2488, 2497, 2503, 2512, 2520, 2533, 2540, 2548, 2560, 2569, 2577, 2587, 2592, 2601, 2611, 2618, 2626, 2633, 2639, 2645, 2651, 2661, 2664, 2670, 2686, 2692, 2707, 2719, 2732, 2745, 2760, 2773, 2785, 2801, 2817, 2830, 2844, 2859, 2861, 2867, 2888, 2913, 2931, 2953, 2962, 2967, 2974, 2982, 2988, 2995, 3007, 3013, 3017, 3029, 3033, 3036, 3046, 3055, 3070, 3085, 3107, 3124, 3138, 3156, 3172, 3189, 3204, 3213, 3220, 3236, 3249, 3263, 3277, 3293, 3307, 3320, 3337, 3354, 3368, 3383, 3399, 3406, 3415, 3421, 3425, 3433, 3437, 3448, 3458, 3466, 3470, 3476, 3481, 3490, 3497, 3511, 3530, 3553, 3581, 3601, 3625, 3646, 3667, 3695, 3718, 3740, 3761, 3784, 3807, 3833, 3844, 3859, 3871, 3891, 3916, 3933, 3954, 3972, 3990, 4015, 4035, 4054, 4072, 4092, 4112, 4135, 4147, 4166, 4180, 4193, 4205, 4219, 4233, 4254, 4280, 4298, 4320, 4339, 4358, 4377, 4398, 4419, 4443, 4461, 4484, 4511, 4543, 4567, 4595, 4620, 4645, 4677, 4704, 4730, 4755, 4782, 4809, 4839, 4854, 4873, 4889, 4913, 4942, 4963, 4988, 5010, 5032, 5061, 5085, 5108, 5130, 5154, 5178, 5205, 5221, 5244, 5262, 5279, 5295, 5313, 5331, 5356, 5386, 5408, 5434, 5457, 5480, 5503, 5528, 5553, 5581, 5602, 5625, 5653, 5673, 5697, 5718, 5739, 5767, 5790, 5812, 5833, 5856, 5879, 5905, 5922, 5941, 5965, 5981, 6001, 6018, 6035, 6059, 6078, 6096, 6113, 6132, 6151, 6173, 6184, 6189, 6197, 6201, 6209, 6213, 6218, 6228, 6234, 6240, 6247, 6253, 6261, 6278, 6288, 6297, 6303, 6310, 6318, 6326, 6330, 6334, 6337, 6345, 6351, 6356, 6361, 6367, 6371, 6379, 6385, 6391, 6395, 6402, 6410, 6422, 6436, 6449, 6455, 6461, 6469, 6478, 6493, 6510, 6524, 6539, 6554, 6571, 6586, 6600, 6618, 6636, 6651, 6667, 6684, 6695, 6707, 6728, 6739, 6746, 6755, 6765, 6780, 6784, 6788, 6804, 6808, 6817, 6824, 6828, 6835, 6839, 6844, 6848, 6853, 6856, 6871, 6882, 6893, 6898, 6911, 6921, 6934, 6943, 6961, 6976, 6994, 7008, 7028, 7041, 7056, 7064, 7075, 7083, 7092, 7101, 7112, 7121, 7129, 7141, 7153, 7162, 7172, 7183, 7187, 7191, 7195, 7199, 7203, 7210, 7214, 7219, 7225, 7233, 7246, 7255, 7261, 7265, 7270, 7278, 7286, 7295, 7299, 7308, 7314, 7318, 7323, 7329, 7335, 7342, 7346, 7349, 7352, 7361, 7367, 7375, 7381, 7390, 7398, 7405, 7415, 7422, 7428, 7436, 7440, 7450, 7460, 7477, 7489, 7502, 7513, 7525, 7530, 7535, 7544, 7550, 7557, 7569, 7577, 7583, 7591, 7595, 7604, 7616, 7632, 7637, 7646, 7659, 7669, 7680, 7691, 7704, 7715, 7725, 7739, 7753, 7764, 7776, 7789, 7795, 7808, 7813, 7819, 7824, 7828, 7838, 7848, 7865, 7877, 7890, 7901, 7913, 7918, 7927, 7942, 7961, 7979, 8001, 8004, 8014, 8020, 8027, 8034, 8046, 8058, 8077, 8091, 8106, 8119, 8133, 8140, 8147, 8160, 8167, 8174, 8188, 8201, 8205, 8212, 8219, 8227, 8235, 8246, 8254, 8269, 8275, 8287, 8302, 8314, 8327, 8340, 8355, 8368, 8380, 8396, 8412, 8425, 8439, 8454, 8460, 8466, 8469, 8481, 8497, 8508, 8521, 8533, 8547, 8565, 8575, 8587, 8597, 8602, 8615, 8632, 8646, 8660, 8665, 8668, 8669, 8671, 8678, 8684, 8689, 8698, 8705, 8715, 8725, 8734, 8743, 8748, 8755, 8762, 8769, 8779, 8789, 8799, 8811, 8823, 8831, 8864, 8868, 8874, 8884, 8911, 8921, 8927, 8950, 8963, 8984, 8996, 9033, 9067, 9079, 9100, 9112, 9152, 9198, 9219, 9228, 9249, 9264, 9282, 9291, 9312, 9333, 9345, 9378, 9393, 9414, 9420, 9426, 9444, 9453, 9462, 9480, 9507, 9537, 9546, 9558, 9564, 9570, 9582, 9594, 9612, 9633, 9639, 9645, 9651, 9657, 9663, 9669, 9675, 9681, 9687, 9693, 9699, 9705, 9711, 9717, 9729, 9735, 9750, 9762, 9774, 9786, 9792, 9798, 9804, 9810, 9816, 9822, 9828, 9834, 9840, 9846, 9852, 9858, 9864, 9870, 9882, 9900, 9912, 9918, 9927, 9933, 9939, 9948, 9957, 9963, 9969, 9975, 9981, 9987, 9996, 10002],
        },
        rules: &[
            (41, "chat-template-token", Anchor::Any(&[Anchor::Lits(&[179, 228, 232, 235, 238, 245]), Anchor::All(&[Anchor::Lits(&[229]), Anchor::Lits(&[249])]), Anchor::All(&[Anchor::Lits(&[227]), Anchor::Lits(&[247]), Anchor::Lits(&[273, 717])]), Anchor::All(&[Anchor::Lits(&[273, 550, 576, 718, 731, 734, 735]), Anchor::Lits(&[178]), Anchor::Lits(&[210])]), Anchor::All(&[Anchor::Lits(&[195]), Anchor::Lits(&[779])]), Anchor::All(&[Anchor::Lits(&[180]), Anchor::Lits(&[211])]), Anchor::All(&[Anchor::Lits(&[191]), Anchor::Lits(&[227])]), Anchor::All(&[Anchor::Lits(&[178]), Anchor::Lits(&[210]), Anchor::Lits(&[309, 357, 519, 558, 559, 699, 717])])])),
            (42, "code-fence-role", Anchor::Lits(&[270])),
            (43, "bare-override", Anchor::All(&[Anchor::Lits(&[32, 34, 35, 39, 49, 51, 52, 53, 61, 62]), Anchor::Lits(&[325, 382, 386, 535, 557, 632])])),
            (44, "markdown-role-header", Anchor::Lits(&[68, 69, 70, 71, 73, 74, 75, 76, 77, 78, 79])),
            (45, "fake-turn", Anchor::Any(&[Anchor::All(&[Anchor::Lits(&[720, 721, 729, 730, 732, 733]), Anchor::Lits(&[278, 298, 299, 302, 306, 348, 356, 362, 366, 368, 382, 383, 384, 532, 533, 535, 537, 542, 544, 557, 575, 579, 580, 584, 592, 593, 594, 609, 626, 632, 640, 643, 645, 660, 661, 672, 745, 777])]), Anchor::All(&[Anchor::Lits(&[158, 159, 160, 161, 162, 163, 164, 165, 166, 167, 168, 169, 170, 171, 172, 173, 174, 175, 176, 177]), Anchor::Lits(&[296, 309])])])),
            (46, "end-of-input-marker", Anchor::Any(&[Anchor::Lits(&[0, 18, 21, 22, 23, 24, 26, 31, 41, 42, 46, 57, 58, 59, 60, 63, 282, 395, 396, 397, 398, 399, 400, 401, 402, 403, 404, 405, 406, 407, 408, 409, 410, 411, 412, 413, 414, 415, 416, 417, 418, 419, 420, 421, 422, 423, 424, 425, 426, 427, 428, 429, 430, 431, 432, 433, 434, 435, 436, 437, 438, 439, 440, 441, 442, 443, 444, 445, 446, 447, 448, 449, 450, 451, 452, 453, 454, 455, 456, 457, 458, 459, 460, 461, 462, 463, 464, 465, 466, 467, 468, 469, 470, 471, 472, 473, 474, 475, 476, 477, 478, 479, 480, 481, 482, 483, 484, 485, 486, 487, 488, 489, 490, 491, 492, 493, 494, 495, 496, 497, 498, 499, 500, 501, 502, 503, 504, 505, 506, 507, 508, 509, 510, 511, 512, 513, 514, 515, 516, 517, 518, 595, 596, 597, 633, 634, 671, 711]), Anchor::All(&[Anchor::Lits(&[274, 275, 276, 277, 279, 280, 281, 283, 284, 285, 286, 287, 288, 289, 358, 359, 360, 361, 363, 364, 365, 664, 665, 666, 667, 668, 669, 670, 704, 705, 706, 707, 708, 709, 710, 722, 723, 724, 725, 726, 727, 728]), Anchor::Lits(&[320, 321, 698])]), Anchor::All(&[Anchor::Lits(&[554, 555, 556, 763, 764, 765]), Anchor::Lits(&[347, 520, 522, 531, 578])]), Anchor::All(&[Anchor::Lits(&[44, 262]), Anchor::Lits(&[273, 357, 393, 663, 679, 703, 719]), Anchor::Lits(&[157])])])),
            (50, "bracketed-mode-tag", Anchor::All(&[Anchor::Lits(&[272, 346, 367, 394, 574, 590, 624, 632, 658, 758]), Anchor::Lits(&[273, 355, 357, 393, 541, 550, 579, 581, 632, 663, 678, 679, 703, 712, 719, 745]), Anchor::Lits(&[80, 178, 227, 778])])),
            (51, "instruction-banner", Anchor::Any(&[Anchor::Lits(&[574]), Anchor::All(&[Anchor::Lits(&[3, 6, 9, 11, 25, 30, 38, 43, 99, 102, 105, 107]), Anchor::Lits(&[1, 2, 4, 5, 7, 8, 10, 12, 13, 14, 15, 16, 17, 19, 20, 28, 29, 36, 37, 40, 44, 48, 50, 54, 56, 64, 83, 84, 85, 86, 87, 88, 89, 90, 91, 92, 93, 94, 95, 97, 98, 100, 101, 103, 104, 106, 108, 109, 110, 111, 112, 113, 141, 142, 143, 144, 145, 146, 147, 148, 149, 150, 151, 152, 153, 181, 182, 183, 184, 185, 186, 187, 188, 189, 190, 192, 193, 194, 197, 198, 199, 200, 201, 202, 203, 204, 205, 206, 207, 208, 209, 230, 231, 233, 234, 236, 237, 239, 240, 241, 242, 243, 244, 246, 250, 251, 254, 255, 257, 258, 260, 262, 263, 264, 265, 267, 269, 780, 781, 782, 783, 784, 785, 786, 787, 788, 789, 790, 791, 792])])])),
            (88, "unsafe-flags", Anchor::Any(&[Anchor::Lits(&[116, 117, 118, 119, 120, 121, 122, 123, 124, 125, 126, 127, 128, 129, 130, 131, 132, 133, 134, 135, 136, 137, 138, 139, 140, 305, 326, 327, 328, 329, 330, 331, 332, 333, 334, 335, 336, 337, 340, 341, 342, 343, 369, 370, 371, 372, 373, 374, 375, 376, 377, 378, 379, 380, 562, 563, 564, 565, 566, 567, 568, 569, 570, 571, 572, 573, 611, 612, 613, 614, 615, 616, 617, 618, 619, 620, 621, 622, 682, 683, 686, 687, 688, 689, 690, 691, 692, 693, 694, 695, 696, 697, 713, 714, 715, 716, 746, 747, 748, 749, 750, 751, 752, 753, 754, 755, 756, 757, 761, 762, 766, 767, 772, 773]), Anchor::All(&[Anchor::Lits(&[252, 253, 256, 259, 261, 266, 268]), Anchor::Lits(&[304, 353, 523, 545, 560, 655, 674, 675, 742]), Anchor::Lits(&[196])])])),
            (89, "safety-config-off", Anchor::Any(&[Anchor::All(&[Anchor::Lits(&[304, 312, 349, 523, 530, 545, 561, 652, 654, 655, 673, 674, 675, 676, 677, 742]), Anchor::Lits(&[304, 312, 349, 523, 530, 545, 561, 652, 654, 655, 673, 674, 675, 676, 677, 742]), Anchor::Lits(&[157, 196])]), Anchor::All(&[Anchor::Lits(&[27, 33, 45, 47, 55]), Anchor::Lits(&[304, 312, 350, 523, 530, 545, 656, 674, 675, 742]), Anchor::Lits(&[157])])])),
            (96, "no-more-rules", Anchor::Lits(&[599, 600, 601, 602, 603, 604, 605, 606, 607, 608, 609, 610])),
            (104, "addressed-to-the-agent", Anchor::Any(&[Anchor::Lits(&[65, 96, 157]), Anchor::All(&[Anchor::Lits(&[346, 367, 574, 588, 589, 624, 630, 657, 658]), Anchor::Lits(&[291, 313, 314, 322, 591, 653, 662, 719]), Anchor::Lits(&[96, 157])])])),
            (105, "instructions-for-the-agent", Anchor::All(&[Anchor::Lits(&[346, 367, 574, 589, 624, 627, 631, 632, 646, 736]), Anchor::Lits(&[67, 80, 114, 154, 155, 178, 227, 778]), Anchor::Lits(&[81, 82, 115, 157, 247])])),
            (110, "markdown-image-beacon", Anchor::All(&[Anchor::Lits(&[66]), Anchor::Lits(&[248])])),
            (111, "send-to-a-beacon", Anchor::Lits(&[552, 553])),
            (112, "exfiltrate-to-a-drop", Anchor::All(&[Anchor::Lits(&[319, 351, 352, 390, 391, 392, 526, 527, 536, 582, 644, 649, 650, 680, 740, 744, 759, 776]), Anchor::Lits(&[310, 324, 338, 344, 387, 388, 389, 524, 525, 546, 577, 586, 598, 625, 642, 651, 659, 700, 769])])),
            (116, "hidden-html-text", Anchor::All(&[Anchor::Any(&[Anchor::Lits(&[534]), Anchor::All(&[Anchor::Lits(&[381]), Anchor::Lits(&[623]), Anchor::Lits(&[157])]), Anchor::All(&[Anchor::Lits(&[768]), Anchor::Lits(&[550])]), Anchor::All(&[Anchor::Lits(&[628]), Anchor::Lits(&[157])]), Anchor::All(&[Anchor::Lits(&[345]), Anchor::Lits(&[72, 771]), Anchor::Lits(&[157])]), Anchor::All(&[Anchor::Lits(&[549]), Anchor::Lits(&[157])])]), Anchor::Lits(&[702]), Anchor::Lits(&[178])])),
            (119, "exfiltrate-to-webmail", Anchor::Lits(&[212, 213, 214, 215, 216, 217, 218, 219, 220, 221, 222, 223, 224, 225, 226, 271, 290, 292, 293, 294, 295, 297, 303, 307, 308, 311, 315, 316, 317, 318])),
            (120, "exfiltrate-to-a-public-place", Anchor::Any(&[Anchor::All(&[Anchor::Any(&[Anchor::Lits(&[156, 300, 339, 529, 538, 543, 548, 587, 635, 638, 639, 681, 737, 738, 739, 741, 770]), Anchor::All(&[Anchor::Lits(&[301, 629, 647, 685, 743, 774, 775]), Anchor::Lits(&[323, 521, 539, 583, 636, 684, 760])])]), Anchor::Lits(&[352, 354, 390, 527, 528, 551, 585, 637, 641, 644, 648, 649, 650, 680, 684, 701, 744, 759])]), Anchor::All(&[Anchor::Lits(&[301, 629, 647, 685]), Anchor::Lits(&[540, 547, 680, 684]), Anchor::Lits(&[385, 583, 760])])])),
            (134, "override-instructions-cjk", Anchor::Lits(&[835, 837, 838, 841, 842, 847, 848, 849, 850, 851, 855, 858, 862, 863, 864, 874, 879, 884, 891, 892])),
            (137, "override-instructions-other-scripts", Anchor::Lits(&[793, 794, 795, 796, 797, 798, 800, 802, 804, 807, 809, 812, 813, 817, 820, 821, 822, 824, 826, 828])),
            (139, "unrestricted-persona-other-scripts", Anchor::Lits(&[801, 805, 814, 819, 827, 829, 830, 845, 846, 856, 857, 865, 867, 869, 870, 876, 878, 889, 890])),
            (141, "reveal-system-prompt-other-scripts", Anchor::Lits(&[799, 803, 806, 808, 810, 811, 815, 816, 818, 823, 825, 835, 836, 842, 861, 880, 885, 886, 887, 894])),
            (143, "disable-safety-other-scripts", Anchor::Lits(&[834, 839, 840, 843, 844, 859, 860, 866, 868, 874, 875, 877, 881, 882, 888])),
            (145, "stop-following-instructions-cjk", Anchor::Lits(&[831, 832, 833, 852, 853, 854, 869, 870, 871, 872, 873, 883, 893])),
        ],
    },
];

/// `rules_digest` of the rules and word lists this table was generated from.
pub(crate) const RULES_DIGEST: u64 = 0x51c23fce061618c2;
