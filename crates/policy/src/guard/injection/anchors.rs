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
\x20blindly content\
\x20blindly string\
\x20blindly text\
\x20blindly the content\
\x20blindly the string\
\x20blindly the text\
\x20blindly the value\
\x20blindly value\
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
\x20column \
\x20columns \
\x20come back as \
\x20come with you\
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
\x20content from \
\x20content in \
\x20content of \
\x20content of the \
\x20content of your \
\x20content policy \
\x20contents \
\x20contents from \
\x20contents in \
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
\x20exactly content\
\x20exactly string\
\x20exactly text\
\x20exactly the content\
\x20exactly the string\
\x20exactly the text\
\x20exactly the value\
\x20exactly value\
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
\x20literally content\
\x20literally string\
\x20literally text\
\x20literally the content\
\x20literally the string\
\x20literally the text\
\x20literally the value\
\x20literally value\
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
\x20query as approved\
\x20query as benign\
\x20query as harmless\
\x20query as non material\
\x20query as pre approved\
\x20query as routine\
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
\x20string from \
\x20string in \
\x20string of \
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
\x20text from \
\x20text in \
\x20text of \
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
\x20value from \
\x20value in \
\x20value of \
\x20values \
\x20values of \
\x20veiligheidsfilters\
\x20verbatim content\
\x20verbatim string\
\x20verbatim text\
\x20verbatim the content\
\x20verbatim the string\
\x20verbatim the text\
\x20verbatim the value\
\x20verbatim value\
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
\x20whatever is content\
\x20whatever is string\
\x20whatever is text\
\x20whatever is the content\
\x20whatever is the string\
\x20whatever is the text\
\x20whatever is the value\
\x20whatever is value\
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
for each \
for every \
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
            ends: &[8, 28, 44, 63, 77, 85, 91, 98, 104, 111, 128, 138, 146, 160, 178, 193, 207, 214, 222, 239, 247, 253, 262, 270, 279, 289, 301, 307, 314, 327, 351, 369, 386, 405, 421, 435, 459, 476, 492, 509, 534, 554, 566, 590, 601, 616, 623, 634, 647, 658, 666, 680, 695, 707, 725, 744, 760, 780, 796, 806, 817, 834, 852, 867, 888, 910, 929, 952, 971, 979, 988, 993, 1004, 1017, 1023, 1044, 1055, 1076, 1095, 1109, 1124, 1144, 1173, 1192, 1221, 1248, 1270, 1293, 1303, 1318, 1334, 1341, 1362, 1380, 1397, 1411, 1417, 1432, 1448, 1465, 1483, 1502, 1522, 1534, 1547, 1560, 1574, 1590, 1604, 1616, 1629, 1636, 1639, 1649, 1664, 1676, 1689, 1703, 1718, 1734, 1751, 1763, 1780, 1789, 1803, 1816, 1825, 1835, 1845, 1856, 1869, 1880, 1897, 1916, 1932, 1952, 1961, 1971, 1978, 1983, 1996, 2007, 2021, 2034, 2048, 2064, 2080, 2096, 2108, 2122, 2137, 2157, 2172, 2183, 2196, 2205, 2216, 2224, 2240, 2248, 2260, 2269, 2289, 2305, 2324, 2333, 2340, 2348, 2366, 2385, 2400, 2418, 2427, 2446, 2462, 2480, 2487, 2501, 2516, 2530, 2545, 2558, 2576, 2601, 2627, 2660, 2687, 2706, 2717, 2735, 2754, 2780, 2800, 2812, 2828, 2851, 2875, 2906, 2931, 2948, 2963, 2985, 3008, 3038, 3062, 3078, 3086, 3099, 3119, 3140, 3168, 3190, 3204, 3220, 3243, 3267, 3298, 3323, 3340, 3350, 3375, 3391, 3403, 3418, 3429, 3450, 3467, 3490, 3509, 3518, 3528, 3533, 3543, 3558, 3564, 3576, 3584, 3592, 3610, 3630, 3648, 3664, 3682, 3699, 3723, 3741, 3766, 3787, 3801, 3817, 3840, 3857, 3881, 3901, 3914, 3932, 3957, 3976, 4002, 4024, 4039, 4055, 4078, 4095, 4119, 4139, 4152, 4168, 4177, 4187, 4202, 4216, 4229, 4242, 4256, 4271, 4284, 4296, 4313, 4326, 4341, 4356, 4370, 4380, 4395, 4407, 4420, 4434, 4449, 4464, 4481, 4490, 4509, 4524, 4540, 4557, 4574, 4589, 4604, 4621, 4636, 4653, 4669, 4687, 4703, 4715, 4730, 4744, 4763, 4779, 4796, 4815, 4834, 4847, 4858, 4876, 4883, 4897, 4914, 4922, 4936, 4951, 4966, 4979, 4992, 5007, 5020, 5035, 5049, 5065, 5079, 5089, 5102, 5114, 5131, 5141, 5157, 5169, 5181, 5194, 5213, 5220, 5235, 5248, 5262, 5274, 5289, 5302, 5318, 5332, 5345, 5364, 5381, 5399, 5415, 5434, 5451, 5471, 5489, 5506, 5520, 5544, 5571, 5596, 5623, 5639, 5658, 5675, 5694, 5703, 5718, 5732, 5747, 5759, 5771, 5786, 5797, 5816, 5833, 5851, 5867, 5886, 5903, 5923, 5941, 5958, 5981, 6002, 6024, 6044, 6067, 6088, 6112, 6134, 6155, 6163, 6173, 6186, 6198, 6215, 6235, 6254, 6274, 6298, 6326, 6352, 6378, 6402, 6421, 6438, 6459, 6483, 6506, 6530, 6558, 6590, 6620, 6650, 6678, 6701, 6722, 6748, 6770, 6783, 6800, 6821, 6840, 6859, 6876, 6888, 6898, 6912, 6929, 6945, 6962, 6983, 7008, 7031, 7054, 7075, 7091, 7105, 7124, 7137, 7153, 7168, 7184, 7204, 7228, 7250, 7272, 7292, 7307, 7320, 7337, 7357, 7376, 7396, 7420, 7448, 7474, 7500, 7524, 7543, 7560, 7582, 7600, 7615, 7634, 7656, 7677, 7699, 7725, 7755, 7783, 7811, 7837, 7858, 7877, 7900, 7926, 7951, 7977, 8007, 8041, 8073, 8105, 8135, 8160, 8183, 8211, 8235, 8248, 8264, 8279, 8295, 8315, 8339, 8361, 8383, 8403, 8418, 8431, 8448, 8468, 8487, 8507, 8531, 8559, 8585, 8611, 8635, 8654, 8671, 8693, 8711, 8725, 8741, 8755, 8766, 8779, 8795, 8810, 8830, 8853, 8875, 8898, 8925, 8956, 8985, 9014, 9041, 9063, 9083, 9107, 9134, 9160, 9187, 9218, 9253, 9286, 9319, 9350, 9376, 9400, 9429, 9454, 9470, 9490, 9514, 9536, 9558, 9578, 9593, 9606, 9623, 9643, 9662, 9682, 9706, 9734, 9760, 9786, 9810, 9829, 9846, 9868, 9884, 9903, 9921, 9940, 9963, 9990, 10015, 10040, 10063, 10081, 10097, 10117, 10140, 10162, 10185, 10212, 10243, 10272, 10301, 10328, 10350, 10370, 10395, 10416, 10434, 10456, 10481, 10505, 10530, 10559, 10592, 10623, 10654, 10683, 10707, 10729, 10755, 10784, 10812, 10841, 10874, 10911, 10946, 10981, 11014, 11042, 11068, 11099, 11126, 11142, 11161, 11179, 11198, 11221, 11248, 11273, 11298, 11321, 11339, 11355, 11375, 11398, 11420, 11443, 11470, 11501, 11530, 11559, 11586, 11608, 11628, 11653, 11674, 11679, 11689, 11706, 11728, 11747, 11767, 11788, 11810, 11833, 11857, 11876, 11900, 11916, 11937, 11957, 11973, 11990, 12007, 12025, 12045, 12063, 12079, 12096, 12104, 12110, 12117, 12126, 12136, 12144, 12151, 12161, 12169, 12176, 12193, 12206, 12211, 12217, 12228, 12245, 12258, 12265, 12273, 12283, 12294, 12303, 12311, 12322, 12331, 12339, 12351, 12363, 12375, 12390, 12402, 12413, 12424, 12435, 12446, 12457, 12470, 12484, 12498, 12512, 12526, 12540, 12556, 12567, 12579, 12587, 12595, 12599, 12605, 12613, 12627, 12645, 12660, 12675, 12691, 12709, 12727, 12739, 12751, 12769, 12791, 12810, 12829, 12849, 12871, 12893, 12909, 12925, 12939, 12960, 12980, 12990, 13007, 13023, 13042, 13058, 13075, 13094, 13113, 13126, 13149, 13169, 13190, 13213, 13236, 13253, 13268, 13290, 13301, 13319, 13326, 13334, 13348, 13372, 13397, 13415, 13434, 13452, 13472, 13484, 13509, 13527, 13543, 13560, 13572, 13585, 13603, 13629, 13650, 13663, 13688, 13695, 13708, 13720, 13738, 13757, 13773, 13786, 13801, 13815, 13829, 13844, 13855, 13868, 13879, 13896, 13911, 13923, 13941, 13963, 13974, 13993, 14015, 14035, 14043, 14059, 14082, 14099, 14123, 14143, 14156, 14171, 14193, 14209, 14232, 14251, 14263, 14280, 14304, 14322, 14347, 14368, 14382, 14397, 14419, 14435, 14458, 14477, 14489, 14505, 14520, 14533, 14553, 14572, 14589, 14607, 14621, 14632, 14640, 14646, 14658, 14670, 14674, 14685, 14701, 14714, 14728, 14743, 14759, 14776, 14794, 14807, 14825, 14835, 14850, 14864, 14874, 14885, 14896, 14908, 14922, 14934, 14944, 14955, 14967, 14982, 15000, 15016, 15024, 15029, 15037, 15044, 15052, 15064, 15076, 15088, 15101, 15113, 15125, 15139, 15154, 15169, 15184, 15199, 15214, 15231, 15239, 15253, 15269, 15283, 15298, 15315, 15328, 15341, 15356, 15368, 15381, 15390, 15398, 15407, 15417, 15427, 15438, 15447, 15454, 15467, 15481, 15497, 15509, 15521, 15535, 15546, 15558, 15563, 15574, 15586, 15600, 15610, 15620, 15632, 15641, 15651, 15673, 15697, 15719, 15739, 15761, 15781, 15786, 15798, 15805, 15813, 15821, 15829, 15837, 15845, 15853, 15872, 15889, 15908, 15931, 15954, 15972, 15981, 15992, 16006, 16023, 16045, 16064, 16088, 16104, 16125, 16145, 16164, 16184, 16189, 16197, 16212, 16232, 16249, 16271, 16285, 16304, 16322, 16330, 16338, 16345, 16353, 16364, 16376, 16383, 16395, 16406, 16414, 16423, 16434, 16442, 16451, 16465, 16479, 16488, 16498, 16511, 16519, 16529, 16540, 16553, 16569, 16597, 16616, 16642, 16662, 16689, 16712, 16728, 16746, 16771, 16790, 16816, 16838, 16853, 16873, 16900, 16921, 16949, 16973, 16990, 17008, 17033, 17052, 17078, 17100, 17115, 17129, 17137, 17152, 17169, 17189, 17213, 17231, 17250, 17269, 17287, 17307, 17327, 17345, 17361, 17372, 17386, 17398, 17417, 17427, 17456, 17484, 17494, 17512, 17532, 17551, 17570, 17588, 17600, 17613, 17625, 17634, 17642, 17651, 17665, 17677, 17689, 17705, 17722, 17738, 17748, 17763, 17776, 17789, 17806, 17824, 17832, 17842, 17855, 17864, 17874, 17885, 17896, 17908, 17930, 17953, 17976, 17989, 17996, 18004, 18021, 18039, 18058, 18078, 18099, 18121, 18135, 18150, 18165, 18181, 18199, 18215, 18229, 18244, 18250, 18263, 18277, 18287, 18294, 18307, 18321, 18337, 18354, 18369, 18385, 18399, 18414, 18427, 18441, 18459, 18478, 18499, 18521, 18541, 18562, 18581, 18601, 18619, 18638, 18655, 18673, 18690, 18708, 18721, 18739, 18756, 18768, 18781, 18793, 18806, 18823, 18847, 18865, 18890, 18911, 18925, 18941, 18964, 18981, 19005, 19025, 19038, 19056, 19081, 19100, 19126, 19148, 19163, 19179, 19202, 19219, 19243, 19263, 19276, 19282, 19290, 19302, 19313, 19328, 19337, 19347, 19360, 19372, 19386, 19392, 19408, 19414, 19426, 19437, 19452, 19466, 19476, 19483, 19494, 19508, 19525, 19546, 19561, 19577, 19593, 19608, 19625, 19642, 19657, 19662, 19668, 19676, 19688, 19702, 19714, 19726, 19734, 19743, 19756, 19766, 19776, 19790, 19801, 19813, 19823, 19833, 19842, 19851, 19861, 19876, 19890, 19900, 19925, 19948, 19966, 19981, 20006, 20029, 20047, 20066, 20083, 20099, 20110, 20127, 20143, 20160, 20168, 20184, 20200, 20217, 20234, 20248, 20263, 20278, 20295, 20309, 20324, 20341, 20357, 20375, 20390, 20406, 20418, 20433, 20447, 20453, 20467, 20481, 20496, 20511, 20523, 20536, 20549, 20564, 20576, 20589, 20604, 20618, 20634, 20647, 20661, 20671, 20684, 20696, 20707, 20720, 20731, 20743, 20754, 20770, 20781, 20793, 20810, 20837, 20867, 20895, 20925, 20944, 20966, 20986, 21008, 21019, 21036, 21050, 21068, 21082, 21102, 21119, 21138, 21154, 21175, 21193, 21211, 21232, 21250, 21267, 21289, 21298, 21308, 21323, 21333, 21341, 21350, 21358, 21367, 21375, 21384, 21393, 21403, 21414, 21429, 21451, 21469, 21483, 21489, 21496, 21507, 21519, 21532, 21547, 21559, 21572, 21589, 21604, 21611, 21619, 21634, 21649, 21665, 21681, 21694, 21708, 21725, 21749, 21780, 21798, 21817, 21831, 21844, 21859, 21877, 21891, 21908, 21922, 21939, 21953, 21967, 21983, 21998, 22014, 22027, 22041, 22057, 22072, 22087, 22105, 22121, 22133, 22147, 22162, 22175, 22192, 22208, 22227, 22246, 22258, 22285, 22301, 22315, 22330, 22344, 22356, 22369, 22380, 22396, 22414, 22429, 22447, 22464, 22483, 22500, 22519, 22534, 22547, 22564, 22579, 22597, 22608, 22620, 22634, 22651, 22668, 22687, 22700, 22719, 22739, 22760, 22773, 22784, 22795, 22806, 22817, 22828, 22841, 22854, 22867, 22880, 22893, 22906, 22921, 22935, 22950, 22971, 22996, 23016, 23036, 23060, 23086, 23116, 23141, 23166, 23195, 23219, 23244, 23273, 23297, 23321, 23349, 23372, 23395, 23422, 23444, 23466, 23492, 23513, 23539, 23569, 23594, 23619, 23648, 23672, 23696, 23724, 23747, 23770, 23797, 23819, 23846, 23877, 23903, 23929, 23959, 23984, 24003, 24031, 24063, 24090, 24117, 24148, 24174, 24200, 24230, 24255, 24280, 24309, 24333, 24350, 24373, 24400, 24422, 24444, 24470, 24498, 24530, 24557, 24584, 24615, 24641, 24668, 24699, 24725, 24751, 24781, 24806, 24831, 24860, 24884, 24908, 24936, 24959, 24987, 25019, 25046, 25073, 25104, 25130, 25156, 25186, 25211, 25236, 25265, 25289, 25318, 25351, 25379, 25407, 25439, 25466, 25487, 25517, 25551, 25580, 25609, 25642, 25670, 25698, 25730, 25757, 25784, 25815, 25841, 25850, 25867, 25884, 25902, 25920, 25935, 25951, 25966, 25982, 25998, 26016, 26031, 26047, 26065, 26082, 26100, 26114, 26133, 26147, 26163, 26180, 26196, 26209, 26222, 26236, 26252, 26267, 26282, 26303, 26328, 26348, 26368, 26392, 26418, 26448, 26473, 26498, 26527, 26551, 26576, 26605, 26629, 26653, 26681, 26704, 26727, 26754, 26776, 26798, 26824, 26845, 26871, 26901, 26926, 26951, 26980, 27004, 27028, 27056, 27079, 27102, 27129, 27151, 27178, 27209, 27235, 27261, 27291, 27316, 27335, 27363, 27395, 27422, 27449, 27480, 27506, 27532, 27562, 27587, 27612, 27641, 27665, 27672, 27687, 27702, 27718, 27734, 27747, 27761, 27774, 27788, 27802, 27818, 27831, 27845, 27861, 27876, 27892, 27904, 27921, 27933, 27947, 27962, 27976, 27987, 27998, 28010, 28024, 28037, 28042, 28048, 28061, 28074, 28088, 28102, 28113, 28125, 28140, 28157, 28175, 28197, 28226, 28242, 28259, 28271, 28282, 28295, 28311, 28323, 28338, 28350, 28365, 28377, 28389, 28403, 28416, 28430, 28441, 28453, 28467, 28480, 28493, 28509, 28523, 28533, 28545, 28558, 28569, 28584, 28598, 28615, 28632, 28642, 28667, 28681, 28693, 28706, 28718, 28728, 28739, 28748, 28762, 28778, 28791, 28807, 28822, 28839, 28854, 28871, 28884, 28895, 28910, 28923, 28939, 28948, 28958, 28970, 28985, 29000, 29017, 29028, 29045, 29063, 29082, 29093, 29107, 29117, 29129, 29140, 29151, 29161, 29171, 29181, 29196, 29204, 29216, 29233, 29246, 29260, 29273, 29286, 29300, 29320, 29336, 29346, 29351, 29357, 29365, 29377, 29385, 29394, 29412, 29428, 29434, 29440, 29456, 29466, 29480, 29486, 29493, 29500, 29525, 29550, 29573, 29591, 29610, 29618, 29627, 29638, 29647, 29655, 29664, 29669, 29676, 29693, 29711, 29720, 29727, 29736, 29750, 29765, 29775, 29785, 29798, 29808, 29816, 29829, 29843, 29852, 29862, 29871, 29881, 29890, 29898, 29913, 29927, 29939, 29954, 29967, 29980, 29995, 30012, 30029, 30041, 30047, 30057, 30063, 30070, 30086, 30101, 30114, 30134, 30153, 30170, 30188, 30202, 30210, 30228, 30248, 30271, 30289, 30308, 30329, 30348, 30361, 30371, 30388, 30412, 30430, 30455, 30476, 30490, 30506, 30529, 30546, 30570, 30590, 30603, 30621, 30646, 30665, 30691, 30713, 30728, 30744, 30767, 30784, 30808, 30828, 30841, 30860, 30877, 30885, 30894, 30901, 30909, 30926, 30941, 30958, 30974, 30989, 31005, 31010, 31016, 31023, 31033, 31046, 31063, 31074, 31086, 31098, 31109, 31122, 31135, 31146, 31159, 31172, 31181, 31188, 31196, 31205, 31212, 31231, 31251, 31271, 31291, 31299, 31320, 31341, 31349, 31357, 31364, 31386, 31394, 31403, 31409, 31417, 31434, 31453, 31470, 31483, 31494, 31512, 31532, 31550, 31557, 31567, 31580, 31593, 31604, 31618, 31628, 31645, 31657, 31665, 31675, 31686, 31695, 31703, 31714, 31723, 31731, 31739, 31751, 31766, 31781, 31794, 31810, 31822, 31841, 31855, 31867, 31882, 31897, 31910, 31926, 31938, 31957, 31971, 31984, 31998, 32020, 32036, 32052, 32069, 32086, 32099, 32116, 32130, 32145, 32155, 32166, 32173, 32181, 32193, 32212, 32227, 32239, 32247, 32256, 32267, 32276, 32288, 32301, 32312, 32327, 32342, 32357, 32377, 32394, 32407, 32424, 32436, 32456, 32479, 32497, 32515, 32529, 32540, 32552, 32564, 32580, 32592, 32605, 32618, 32627, 32640, 32648, 32664, 32678, 32692, 32711, 32727, 32739, 32755, 32766, 32785, 32807, 32824, 32841, 32854, 32866, 32881, 32896, 32916, 32933, 32946, 32963, 32975, 32995, 33018, 33036, 33054, 33068, 33087, 33101, 33115, 33130, 33145, 33164, 33179, 33198, 33214, 33234, 33250, 33267, 33286, 33303, 33316, 33331, 33348, 33360, 33380, 33396, 33414, 33429, 33449, 33472, 33490, 33508, 33531, 33550, 33565, 33595, 33609, 33619, 33638, 33659, 33683, 33700, 33716, 33726, 33737, 33745, 33758, 33773, 33786, 33796, 33816, 33837, 33843, 33856, 33871, 33889, 33908, 33921, 33931, 33938, 33950, 33965, 33984, 33997, 34011, 34025, 34038, 34053, 34068, 34081, 34087, 34093, 34108, 34123, 34138, 34153, 34168, 34185, 34190, 34209, 34218, 34237, 34254, 34266, 34279, 34297, 34315, 34333, 34351, 34369, 34389, 34395, 34409, 34420, 34434, 34438, 34447, 34455, 34462, 34471, 34479, 34487, 34493, 34500, 34513, 34524, 34536, 34552, 34567, 34577, 34588, 34604, 34621, 34632, 34644, 34661, 34679, 34695, 34712, 34724, 34747, 34771, 34790, 34798, 34818, 34827, 34848, 34862, 34884, 34914, 34937, 34968, 34990, 35011, 35033, 35055, 35082, 35112, 35125, 35137, 35150, 35163, 35181, 35212, 35236, 35268, 35291, 35313, 35336, 35359, 35387, 35418, 35439, 35444, 35449, 35457, 35481, 35494, 35514, 35528, 35545, 35561, 35577, 35583, 35594, 35604, 35620, 35643, 35660, 35684, 35704, 35717, 35732, 35754, 35770, 35793, 35812, 35824, 35841, 35865, 35883, 35908, 35929, 35943, 35958, 35980, 35996, 36019, 36038, 36050, 36057, 36065, 36071, 36078, 36091, 36106, 36124, 36137, 36151, 36166, 36182, 36201, 36215, 36230, 36246, 36262, 36276, 36292, 36305, 36322, 36337, 36350, 36368, 36386, 36403, 36423, 36447, 36469, 36489, 36512, 36531, 36551, 36572, 36591, 36607, 36619, 36632, 36646, 36658, 36667, 36671, 36678, 36686, 36695, 36705, 36715, 36722, 36730, 36742, 36761, 36776, 36785, 36794, 36804, 36813, 36821, 36831, 36842, 36854, 36865, 36874, 36884, 36895, 36908, 36918, 36930, 36941, 36954, 36963, 36974, 36984, 36993, 37006, 37012, 37032, 37050, 37068, 37075, 37084, 37094, 37102, 37109, 37119, 37127, 37134, 37155, 37180, 37206, 37231, 37248, 37269, 37287, 37309, 37328, 37343, 37366, 37383, 37402, 37422, 37438, 37453, 37462, 37473, 37483, 37495, 37509, 37524, 37533, 37548, 37565, 37582, 37597, 37615, 37637, 37653, 37670, 37687, 37703, 37721, 37739, 37755, 37761, 37768, 37776, 37784, 37809, 37835, 37859, 37882, 37904, 37929, 37952, 37974, 37996, 38016, 38036, 38055, 38076, 38096, 38115, 38136, 38155, 38171, 38184, 38202, 38221, 38234, 38248, 38267, 38288, 38307, 38330, 38352, 38374, 38395, 38413, 38432, 38452, 38462, 38483, 38509, 38528, 38546, 38564, 38585, 38593, 38602, 38613, 38625, 38635, 38644, 38656, 38666, 38675, 38683, 38692, 38704, 38717, 38728, 38743, 38762, 38774, 38788, 38799, 38811, 38825, 38839, 38847, 38861, 38876, 38892, 38908, 38922, 38936, 38952, 38966, 38982, 38997, 39014, 39029, 39040, 39054, 39067, 39085, 39100, 39116, 39134, 39152, 39164, 39174, 39191, 39197, 39210, 39226, 39233, 39246, 39260, 39274, 39286, 39298, 39312, 39324, 39338, 39351, 39366, 39379, 39388, 39400, 39411, 39434, 39456, 39476, 39495, 39515, 39536, 39555, 39570, 39583, 39598, 39617, 39636, 39650, 39665, 39680, 39694, 39715, 39734, 39750, 39768, 39790, 39808, 39833, 39852, 39873, 39895, 39915, 39930, 39952, 39968, 39988, 40005, 40025, 40045, 40065, 40083, 40098, 40115, 40136, 40153, 40177, 40195, 40215, 40236, 40255, 40267, 40281, 40302, 40317, 40336, 40352, 40371, 40390, 40404, 40419, 40429, 40440, 40446, 40468, 40487, 40505, 40519, 40534, 40553, 40574, 40592, 40605, 40619, 40641, 40660, 40674, 40689, 40699, 40710, 40717, 40734, 40750, 40762, 40770, 40776, 40807, 40838, 40867, 40891, 40916, 40921, 40927, 40942, 40949, 40972, 40992, 41011, 41026, 41042, 41064, 41083, 41097, 41112, 41135, 41155, 41170, 41186, 41197, 41209, 41219, 41230, 41241, 41251, 41261, 41277, 41282, 41288, 41295, 41303, 41317, 41329, 41342, 41353, 41367, 41379, 41394, 41407, 41419, 41437, 41453, 41470, 41485, 41503, 41519, 41538, 41555, 41571, 41588, 41612, 41630, 41655, 41676, 41690, 41706, 41729, 41746, 41770, 41790, 41803, 41821, 41846, 41865, 41891, 41913, 41928, 41944, 41967, 41984, 42008, 42028, 42041, 42054, 42065, 42076, 42089, 42096, 42104, 42119, 42126, 42134, 42147, 42161, 42175, 42190, 42201, 42215, 42233, 42250, 42265, 42287, 42308, 42327, 42347, 42363, 42367, 42380, 42394, 42409, 42425, 42442, 42460, 42470, 42481, 42492, 42504, 42518, 42530, 42540, 42551, 42558, 42576, 42594, 42614, 42634, 42647, 42663, 42683, 42697, 42712, 42727, 42741, 42757, 42773, 42787, 42799, 42814, 42822, 42831, 42848, 42863, 42885, 42907, 42927, 42942, 42958, 42976, 43001, 43020, 43046, 43068, 43083, 43100, 43124, 43142, 43167, 43188, 43202, 43221, 43247, 43267, 43294, 43317, 43333, 43350, 43374, 43392, 43417, 43438, 43452, 43472, 43492, 43513, 43525, 43536, 43548, 43560, 43568, 43573, 43579, 43585, 43598, 43616, 43631, 43647, 43664, 43682, 43701, 43721, 43736, 43756, 43768, 43785, 43801, 43813, 43826, 43839, 43853, 43869, 43883, 43895, 43908, 43916, 43935, 43950, 43960, 43968, 43975, 43981, 43991, 43997, 44003, 44012, 44029, 44039, 44051, 44068, 44081, 44097, 44108, 44120, 44132, 44141, 44149, 44158, 44169, 44181, 44191, 44200, 44212, 44222, 44231, 44240, 44250, 44258, 44267, 44275, 44284, 44290, 44297, 44311, 44327, 44341, 44356, 44371, 44383, 44396, 44412, 44435, 44465, 44477, 44491, 44508, 44521, 44537, 44550, 44566, 44579, 44594, 44607, 44622, 44634, 44647, 44662, 44676, 44690, 44707, 44722, 44733, 44746, 44760, 44776, 44792, 44807, 44825, 44843, 44854, 44880, 44895, 44908, 44922, 44933, 44945, 44961, 44984, 45003, 45016, 45026, 45043, 45057, 45074, 45088, 45104, 45122, 45138, 45156, 45170, 45184, 45196, 45212, 45226, 45243, 45253, 45264, 45277, 45293, 45309, 45327, 45339, 45359, 45369, 45380, 45395, 45417, 45435, 45449, 45461, 45478, 45493, 45509, 45524, 45534, 45552, 45570, 45589, 45608, 45624, 45641, 45661, 45678, 45695, 45714, 45732, 45751, 45767, 45784, 45803, 45821, 45838, 45856, 45872, 45892, 45913, 45933, 45955, 45972, 45990, 46004, 46023, 46048, 46065, 46081, 46098, 46114, 46129, 46143, 46160, 46172, 46191, 46213, 46231, 46252, 46270, 46291, 46310, 46332, 46350, 46369, 46389, 46412, 46431, 46453, 46474, 46497, 46518, 46541, 46558, 46579, 46598, 46620, 46641, 46664, 46676, 46690, 46711, 46727, 46740, 46752, 46768, 46780, 46793, 46807, 46822, 46838, 46847, 46866, 46882, 46899, 46920, 46937, 46952, 46966, 46980, 46986, 46997, 47005, 47014, 47035, 47058, 47072, 47086, 47102, 47119, 47135, 47149, 47163, 47184, 47207, 47221, 47235, 47251, 47268, 47284, 47298, 47312, 47334, 47358, 47373, 47388, 47405, 47423, 47440, 47455, 47470, 47476, 47491, 47508, 47523, 47532, 47542, 47552, 47568, 47580, 47598, 47614, 47624, 47634, 47653, 47662, 47672, 47685, 47699, 47711, 47733, 47751, 47770, 47787, 47792, 47802, 47814, 47825, 47832, 47837, 47846, 47855, 47863, 47872, 47882, 47890, 47901, 47909, 47914, 47919, 47925, 47932, 47939, 47945, 47961, 47974, 47997, 48017, 48037, 48057, 48080, 48107, 48131, 48155, 48179, 48206, 48213, 48222, 48232, 48240, 48247, 48257, 48265, 48272, 48284, 48291, 48300, 48306, 48314, 48323, 48334, 48346, 48356, 48365, 48377, 48387, 48396, 48424, 48430, 48437, 48449, 48458, 48472, 48482, 48489, 48502, 48509, 48518, 48528, 48547, 48564, 48580, 48592, 48602, 48620, 48631, 48644, 48656, 48669, 48682, 48692, 48700, 48709, 48719, 48727, 48736, 48746, 48762, 48776, 48792, 48807, 48821, 48836, 48842, 48851, 48861, 48873, 48882, 48892, 48906, 48917, 48928, 48940, 48949, 48959, 48970, 48981, 48991, 48999, 49008, 49019, 49031, 49041, 49050, 49062, 49072, 49081, 49099, 49118, 49137, 49157, 49179, 49198, 49216, 49230, 49245, 49266, 49284, 49297, 49311, 49333, 49352, 49366, 49381, 49391, 49402, 49414, 49427, 49440, 49454, 49473, 49481, 49499, 49508, 49514, 49521, 49528, 49544, 49562, 49577, 49594, 49608, 49624, 49644, 49664, 49685, 49700, 49716, 49731, 49747, 49759, 49771, 49784, 49801, 49809, 49824, 49844, 49861, 49883, 49897, 49916, 49934, 49943, 49952, 49956, 49963, 49986, 50006, 50025, 50040, 50056, 50078, 50097, 50111, 50126, 50149, 50169, 50184, 50200, 50211, 50223, 50236, 50252, 50272, 50286, 50301, 50316, 50330, 50346, 50362, 50376, 50388, 50399, 50417, 50440, 50458, 50476, 50500, 50525, 50547, 50575, 50604, 50630, 50660, 50686, 50702, 50714, 50720, 50742, 50751, 50761, 50776, 50792, 50799, 50807, 50820, 50833, 50847, 50853, 50861, 50870, 50881, 50893, 50903, 50912, 50924, 50934, 50943, 50951, 50961, 50970, 50980, 50988, 50999, 51009, 51020, 51036, 51045, 51054, 51062, 51072, 51081, 51102, 51124, 51143, 51168, 51194, 51217, 51244, 51267, 51273, 51281, 51288, 51298, 51317, 51334, 51349, 51360, 51372, 51384, 51391, 51403, 51413, 51420, 51436, 51450, 51466, 51493, 51514, 51534, 51556, 51583, 51603, 51622, 51636, 51656, 51684, 51707, 51722, 51749, 51757, 51782, 51794, 51812, 51829, 51846, 51862, 51874, 51886, 51897, 51912, 51928, 51947, 51968, 51987, 52003, 52016, 52023, 52031, 52044, 52062, 52081, 52099, 52117, 52135, 52161, 52176, 52191, 52208, 52217, 52244, 52260, 52272, 52288, 52298, 52313, 52331, 52353, 52369, 52386, 52403, 52419, 52437, 52455, 52471, 52488, 52494, 52499, 52509, 52522, 52543, 52561, 52578, 52591, 52605, 52615, 52626, 52643, 52654, 52666, 52678, 52689, 52701, 52714, 52728, 52748, 52765, 52777, 52790, 52811, 52829, 52842, 52856, 52869, 52878, 52889, 52901, 52910, 52920, 52927, 52936, 52942, 52951, 52971, 52989, 53009, 53033, 53057, 53076, 53094, 53110, 53128, 53150, 53172, 53189, 53204, 53219, 53235, 53252, 53266, 53282, 53295, 53310, 53329, 53336, 53348, 53360, 53382, 53407, 53430, 53455, 53469, 53486, 53501, 53518, 53531, 53541, 53555, 53574, 53589, 53605, 53621, 53636, 53651, 53673, 53691, 53701, 53709, 53721, 53734, 53747, 53765, 53779, 53794, 53808, 53822, 53843, 53860, 53866, 53877, 53888, 53905, 53918, 53926, 53935, 53951, 53958, 53965, 53971, 53978, 53985, 53992, 53998, 54005, 54012, 54027, 54048, 54066, 54085, 54093, 54101, 54110, 54118, 54127, 54137, 54147, 54157, 54169, 54187, 54196, 54206, 54217, 54224, 54233, 54245, 54266, 54289, 54303, 54317, 54333, 54350, 54366, 54380, 54394, 54415, 54438, 54452, 54466, 54482, 54499, 54515, 54529, 54543, 54555, 54569, 54582, 54596, 54608, 54619, 54631, 54645, 54656, 54676, 54703, 54724, 54752, 54776, 54793, 54812, 54838, 54858, 54885, 54908, 54924, 54945, 54973, 54995, 55024, 55049, 55067, 55086, 55112, 55132, 55159, 55182, 55198, 55213, 55233, 55249, 55266, 55282, 55298, 55321, 55340, 55351, 55363, 55381, 55400, 55414, 55433, 55453, 55467, 55481, 55489, 55498, 55506, 55515, 55523, 55534, 55542, 55559, 55566, 55574, 55583, 55592, 55604, 55612, 55632, 55639, 55645, 55665, 55672, 55686, 55706, 55727, 55745, 55769, 55794, 55816, 55842, 55864, 55877, 55896, 55916, 55933, 55956, 55980, 56001, 56026, 56047, 56067, 56077, 56097, 56115, 56128, 56142, 56149, 56156, 56163, 56168, 56174, 56185, 56197, 56203, 56210, 56228, 56240, 56252, 56265, 56279, 56295, 56314, 56328, 56353, 56371, 56397, 56431, 56458, 56493, 56519, 56544, 56570, 56596, 56627, 56661, 56678, 56694, 56711, 56728, 56750, 56785, 56813, 56849, 56876, 56902, 56929, 56956, 56988, 57023, 57048, 57063, 57080, 57095, 57104, 57116, 57123, 57131, 57143, 57154, 57170, 57182, 57193, 57206, 57218, 57235, 57247, 57266, 57281, 57288, 57297, 57313, 57331, 57347, 57360, 57369, 57381, 57398, 57411, 57425, 57438, 57451, 57471, 57487, 57497, 57501, 57506, 57516, 57524, 57532, 57550, 57556, 57563, 57574, 57592, 57606, 57619, 57626, 57634, 57658, 57671, 57688, 57704, 57720, 57736, 57753, 57762, 57786, 57800, 57813, 57831, 57845, 57858, 57873, 57887, 57901, 57925, 57947, 57964, 57982, 58003, 58020, 58034, 58046, 58053, 58064, 58076, 58095, 58116, 58128, 58140, 58154, 58169, 58183, 58195, 58207, 58212, 58218, 58225, 58235, 58246, 58260, 58278, 58290, 58303, 58316, 58328, 58341, 58355, 58370, 58384, 58396, 58409, 58419, 58436, 58454, 58472, 58491, 58498, 58511, 58519, 58524, 58534, 58547, 58568, 58586, 58603, 58616, 58630, 58640, 58651, 58668, 58679, 58691, 58703, 58714, 58727, 58747, 58764, 58776, 58789, 58810, 58828, 58841, 58855, 58868, 58877, 58888, 58900, 58910, 58920, 58927, 58934, 58958, 58979, 58999, 59015, 59032, 59055, 59075, 59090, 59106, 59130, 59151, 59167, 59184, 59196, 59209, 59226, 59234, 59240, 59258, 59279, 59297, 59315, 59335, 59346, 59357, 59370, 59384, 59397, 59408, 59419, 59428, 59447, 59468, 59480, 59492, 59506, 59521, 59535, 59547, 59559, 59568, 59578, 59590, 59599, 59604, 59609, 59615, 59625, 59635, 59650, 59663, 59679, 59691, 59706, 59718, 59733, 59746, 59762, 59776, 59793, 59803, 59820, 59834, 59844, 59860, 59873, 59889, 59904, 59921, 59936, 59953, 59966, 59977, 59992, 60005, 60021, 60031, 60043, 60058, 60073, 60090, 60109, 60123, 60137, 60151, 60165, 60179, 60195, 60201, 60211, 60218, 60241, 60251, 60270, 60285, 60303, 60313, 60322, 60329, 60333, 60339, 60349, 60356, 60369, 60383, 60398, 60413, 60425, 60438, 60453, 60466, 60481, 60502, 60518, 60537, 60555, 60579, 60598, 60622, 60647, 60672, 60693, 60715, 60737, 60743, 60759, 60773, 60783, 60796, 60802, 60816, 60831, 60846, 60864, 60883, 60896, 60912, 60924, 60939, 60951, 60966, 60981, 60997, 61010, 61026, 61041, 61057, 61071, 61088, 61105, 61123, 61142, 61156, 61169, 61183, 61199, 61212, 61228, 61243, 61260, 61275, 61292, 61305, 61316, 61331, 61344, 61360, 61375, 61390, 61407, 61426, 61453, 61483, 61511, 61541, 61560, 61582, 61602, 61624, 61637, 61648, 61659, 61670, 61694, 61717, 61737, 61747, 61767, 61785, 61798, 61812, 61825, 61841, 61858, 61870, 61886, 61903, 61915, 61926, 61937, 61949, 61961, 61986, 62001, 62026, 62049, 62067, 62086, 62101, 62119, 62141, 62157, 62174, 62191, 62207, 62225, 62243, 62259, 62268, 62277, 62287, 62298, 62306, 62330, 62351, 62371, 62387, 62404, 62427, 62447, 62462, 62478, 62502, 62523, 62544, 62567, 62587, 62609, 62628, 62644, 62665, 62690, 62707, 62719, 62732, 62747, 62766, 62780, 62787, 62795, 62817, 62832, 62848, 62865, 62882, 62900, 62919, 62938, 62958, 62978, 62999, 63014, 63030, 63047, 63069, 63089, 63104, 63117, 63131, 63145, 63160, 63176, 63193, 63207, 63222, 63235, 63248, 63262, 63280, 63296, 63309, 63316, 63324, 63341, 63359, 63378, 63400, 63423, 63432, 63439, 63454, 63471, 63486, 63498, 63504, 63517, 63532, 63545, 63554, 63564, 63574, 63586, 63596, 63609, 63621, 63626, 63637, 63646, 63655, 63668, 63682, 63687, 63693, 63724, 63755, 63782, 63808, 63835, 63863, 63895, 63919, 63943, 63963, 63982, 64002, 64023, 64048, 64073, 64098, 64119, 64139, 64160, 64182, 64208, 64234, 64260, 64282, 64303, 64325, 64348, 64375, 64393, 64412, 64432, 64447, 64463, 64479, 64496, 64509, 64524, 64550, 64576, 64598, 64619, 64641, 64664, 64691, 64713, 64733, 64754, 64772, 64791, 64810, 64830, 64849, 64866, 64892, 64914, 64934, 64954, 64978, 64998, 65016, 65034, 65051, 65069, 65082, 65102, 65118, 65135, 65153, 65172, 65195, 65211, 65235, 65254, 65286, 65311, 65344, 65368, 65391, 65415, 65439, 65468, 65500, 65515, 65529, 65554, 65567, 65582, 65597, 65617, 65633, 65653, 65686, 65712, 65746, 65771, 65795, 65820, 65845, 65875, 65908, 65931, 65951, 65971, 65987, 66002, 66018, 66035, 66056, 66077, 66098, 66115, 66131, 66148, 66166, 66188, 66202, 66213, 66222, 66244, 66266, 66286, 66306, 66321, 66337, 66353, 66370, 66380, 66400, 66421, 66439, 66458, 66478, 66498, 66519, 66539, 66559, 66574, 66590, 66601, 66619, 66638, 66660, 66681, 66699, 66710, 66729, 66749, 66763, 66778, 66793, 66809, 66824, 66840, 66855, 66870, 66890, 66899, 66916, 66933, 66938, 66949, 66961, 66971, 66982, 67001, 67021, 67033, 67048, 67064, 67081, 67100, 67120, 67138, 67157, 67171, 67188, 67206, 67222, 67239, 67260, 67282, 67306, 67331, 67354, 67378, 67400, 67423, 67444, 67466, 67486, 67507, 67527, 67548, 67563, 67579, 67594, 67610, 67633, 67655, 67675, 67696, 67719, 67743, 67765, 67788, 67815, 67846, 67876, 67907, 67942, 67976, 68011, 68044, 68077, 68111, 68142, 68171, 68200, 68230, 68251, 68273, 68293, 68314, 68339, 68365, 68393, 68422, 68449, 68477, 68503, 68530, 68555, 68581, 68605, 68630, 68654, 68679, 68698, 68718, 68737, 68757, 68771, 68789, 68800, 68812, 68825, 68838, 68852, 68865, 68883, 68909, 68928, 68949, 68969, 68990, 69011, 69029, 69042, 69057, 69072, 69087, 69103, 69115, 69133, 69150, 69161, 69177, 69192, 69203, 69223, 69251, 69272, 69295, 69317, 69340, 69363, 69383, 69393, 69407, 69420, 69435, 69449, 69465, 69480, 69492, 69502, 69510, 69523, 69542, 69561, 69578, 69592, 69601, 69612, 69624, 69643, 69659, 69676, 69695, 69715, 69733, 69752, 69769, 69787, 69803, 69820, 69841, 69863, 69887, 69912, 69935, 69959, 69981, 70004, 70025, 70047, 70067, 70088, 70108, 70129, 70144, 70160, 70175, 70191, 70204, 70217, 70231, 70246, 70260, 70274, 70289, 70306, 70325, 70344, 70367, 70390, 70407, 70422, 70439, 70453, 70468, 70479, 70491, 70501, 70512, 70525, 70539, 70550, 70563, 70579, 70596, 70607, 70622, 70636, 70656, 70673, 70682, 70692, 70714, 70735, 70752, 70768, 70780, 70793, 70803, 70817, 70828, 70840, 70860, 70879, 70898, 70911, 70925, 70943, 70960, 70976, 70992, 71000, 71014, 71030, 71041, 71060, 71086, 71113, 71147, 71175, 71195, 71207, 71226, 71246, 71273, 71294, 71307, 71324, 71348, 71373, 71405, 71431, 71449, 71465, 71488, 71512, 71543, 71568, 71585, 71599, 71620, 71642, 71671, 71694, 71709, 71726, 71750, 71775, 71807, 71833, 71851, 71858, 71878, 71896, 71916, 71935, 71953, 71972, 71989, 72004, 72021, 72042, 72063, 72079, 72099, 72118, 72129, 72148, 72159, 72168, 72180, 72198, 72213, 72228, 72243, 72261, 72283, 72302, 72321, 72340, 72362, 72372, 72392, 72406, 72416, 72427, 72440, 72461, 72479, 72493, 72507, 72517, 72537, 72546, 72557, 72564, 72575, 72587, 72597, 72608, 72614, 72620, 72643, 72659, 72670, 72685, 72701, 72719, 72735, 72748, 72763, 72775, 72784, 72805, 72817, 72824, 72831, 72839, 72853, 72860, 72866, 72875, 72885, 72893, 72900, 72910, 72918, 72924, 72931, 72940, 72952, 72965, 72979, 72985, 73010, 73027, 73045, 73058, 73075, 73093, 73113, 73121, 73127, 73143, 73152, 73158, 73173, 73189, 73202, 73217, 73230, 73240, 73245, 73256, 73268, 73277, 73287, 73302, 73312, 73331, 73351, 73361, 73377, 73387, 73396, 73406, 73413, 73421, 73430, 73444, 73450, 73472, 73491, 73509, 73523, 73538, 73549, 73570, 73588, 73601, 73615, 73637, 73656, 73675, 73696, 73714, 73734, 73751, 73765, 73784, 73807, 73822, 73832, 73843, 73849, 73863, 73869, 73877, 73895, 73902, 73910, 73922, 73935, 73949, 73961, 73977, 73993, 74011, 74024, 74036, 74052, 74081, 74113, 74143, 74175, 74196, 74220, 74242, 74266, 74276, 74287, 74295, 74304, 74319, 74326, 74334, 74344, 74358, 74368, 74376, 74388, 74400, 74414, 74432, 74451, 74463, 74480, 74490, 74518, 74549, 74578, 74609, 74629, 74652, 74673, 74696, 74706, 74714, 74723, 74731, 74758, 74764, 74773, 74787, 74804, 74816, 74829, 74843, 74858, 74876, 74889, 74903, 74918, 74928, 74935, 74947, 74957, 74967, 74975, 74986, 75005, 75022, 75038, 75052, 75073, 75093, 75111, 75130, 75145, 75167, 75176, 75187, 75197, 75207, 75216, 75242, 75260, 75286, 75306, 75328, 75347, 75371, 75378, 75386, 75396, 75407, 75416, 75424, 75435, 75444, 75452, 75457, 75463, 75477, 75485, 75491, 75507, 75524, 75541, 75556, 75571, 75588, 75603, 75620, 75636, 75654, 75670, 75682, 75697, 75711, 75725, 75740, 75755, 75768, 75781, 75796, 75809, 75824, 75838, 75854, 75868, 75878, 75891, 75903, 75922, 75940, 75956, 75975, 75997, 76020, 76037, 76055, 76073, 76089, 76105, 76123, 76139, 76157, 76174, 76193, 76210, 76223, 76239, 76254, 76263, 76278, 76294, 76310, 76324, 76338, 76354, 76368, 76384, 76399, 76416, 76431, 76442, 76456, 76469, 76489, 76508, 76525, 76549, 76572, 76593, 76615, 76633, 76639, 76660, 76682, 76703, 76716, 76733, 76747, 76765, 76780, 76791, 76810, 76823, 76838, 76854, 76864, 76886, 76909, 76931, 76945, 76963, 76978, 76997, 77013, 77025, 77045, 77059, 77075, 77092, 77098, 77105, 77137, 77169, 77197, 77224, 77252, 77281, 77314, 77339, 77364, 77385, 77405, 77426, 77448, 77474, 77500, 77526, 77548, 77569, 77591, 77614, 77641, 77668, 77695, 77718, 77740, 77763, 77787, 77815, 77835, 77851, 77868, 77885, 77903, 77917, 77933, 77960, 77987, 78010, 78032, 78055, 78079, 78107, 78128, 78150, 78169, 78189, 78207, 78234, 78257, 78278, 78299, 78324, 78345, 78364, 78383, 78401, 78420, 78434, 78452, 78471, 78491, 78511, 78527, 78542, 78568, 78582, 78598, 78615, 78636, 78657, 78678, 78695, 78711, 78728, 78746, 78768, 78790, 78812, 78830, 78847, 78865, 78884, 78907, 78922, 78945, 78968, 78989, 79010, 79026, 79043, 79060, 79078, 79099, 79121, 79142, 79163, 79182, 79202, 79222, 79243, 79258, 79274, 79291, 79307, 79324, 79340, 79356, 79363, 79370, 79381, 79394, 79398, 79403, 79433, 79463, 79489, 79514, 79540, 79567, 79598, 79621, 79644, 79663, 79681, 79700, 79720, 79744, 79768, 79792, 79812, 79831, 79851, 79872, 79897, 79922, 79947, 79968, 79988, 80009, 80031, 80057, 80076, 80088, 80102, 80127, 80152, 80173, 80193, 80214, 80236, 80262, 80283, 80301, 80320, 80338, 80354, 80379, 80400, 80419, 80438, 80461, 80480, 80497, 80514, 80526, 80545, 80563, 80581, 80595, 80608, 80632, 80644, 80658, 80673, 80692, 80711, 80730, 80745, 80759, 80774, 80790, 80810, 80830, 80850, 80866, 80881, 80897, 80914, 80935, 80948, 80969, 80990, 81009, 81028, 81047, 81067, 81084, 81102, 81121, 81141, 81160, 81179, 81193, 81208, 81229, 81243, 81258, 81274, 81290, 81297, 81303, 81320, 81329, 81344, 81360, 81378, 81392, 81406, 81422, 81435, 81449, 81459, 81466, 81472, 81493, 81515, 81534, 81546, 81566, 81584, 81599, 81620, 81633, 81661, 81682, 81711, 81731, 81750, 81770, 81790, 81815, 81843, 81854, 81864, 81881, 81895, 81904, 81918, 81936, 81951, 81962, 81981, 81992, 82005, 82020, 82031, 82047, 82063, 82092, 82114, 82144, 82165, 82185, 82206, 82227, 82253, 82282, 82301, 82312, 82323, 82332, 82344, 82360, 82379, 82394, 82412, 82427, 82445, 82461, 82480, 82497, 82517, 82533, 82552, 82570, 82590, 82608, 82628, 82642, 82660, 82676, 82695, 82713, 82733, 82738, 82749, 82761, 82775, 82785, 82795, 82807, 82816, 82826, 82840, 82855, 82864, 82871, 82878, 82892, 82908, 82922, 82933, 82941, 82955, 82972, 82993, 83008, 83024, 83040, 83055, 83072, 83089, 83104, 83111, 83125, 83141, 83155, 83166, 83173, 83178, 83186, 83195, 83210, 83226, 83240, 83258, 83280, 83293, 83307, 83326, 83345, 83363, 83384, 83403, 83423, 83445, 83471, 83488, 83513, 83536, 83560, 83581, 83606, 83632, 83656, 83680, 83705, 83726, 83748, 83768, 83788, 83807, 83828, 83849, 83864, 83881, 83894, 83910, 83924, 83942, 83961, 83979, 83994, 84014, 84039, 84059, 84077, 84093, 84107, 84124, 84137, 84147, 84158, 84168, 84182, 84189, 84202, 84216, 84227, 84241, 84254, 84264, 84277, 84285, 84299, 84313, 84332, 84351, 84366, 84379, 84395, 84414, 84433, 84457, 84481, 84501, 84519, 84540, 84557, 84566, 84597, 84626, 84660, 84691, 84725, 84756, 84789, 84817, 84836, 84850, 84873, 84893, 84914, 84940, 84963, 84983, 85008, 85034, 85059, 85083, 85106, 85131, 85156, 85177, 85196, 85216, 85238, 85262, 85279, 85301, 85315, 85338, 85351, 85366, 85379, 85391, 85404, 85412, 85423, 85435, 85444, 85456, 85468, 85478, 85489, 85499, 85513, 85522, 85532, 85543, 85559, 85574, 85587, 85602, 85618, 85636, 85655, 85672, 85690, 85706, 85723, 85738, 85754, 85768, 85783, 85797, 85812, 85830, 85850, 85865, 85873, 85887, 85902, 85919, 85940, 85952, 85972, 85990, 86009, 86030, 86055, 86071, 86095, 86120, 86143, 86166, 86190, 86210, 86231, 86250, 86269, 86289, 86305, 86318, 86327, 86340, 86350, 86370, 86391, 86409, 86433, 86458, 86480, 86506, 86528, 86539, 86552, 86569, 86580, 86589, 86601, 86610, 86620, 86649, 86676, 86708, 86737, 86769, 86798, 86829, 86855, 86876, 86895, 86919, 86940, 86958, 86981, 87005, 87026, 87049, 87072, 87091, 87108, 87126, 87140, 87154, 87173, 87192, 87207, 87220, 87236, 87245, 87260, 87275, 87295, 87315, 87331, 87345, 87362, 87371, 87382, 87401, 87421, 87438, 87461, 87485, 87506, 87531, 87552, 87567, 87583, 87599, 87620, 87641, 87658, 87673, 87691, 87697, 87709, 87722, 87735, 87753, 87770, 87790, 87811, 87833, 87849, 87867, 87886, 87907, 87925, 87948, 87971, 87992, 88025, 88045, 88056, 88068, 88088, 88109, 88122, 88134, 88156, 88177, 88201, 88226, 88252, 88272, 88294, 88317, 88342, 88364, 88391, 88418, 88443, 88480, 88504, 88526, 88547, 88571, 88596, 88622, 88642, 88664, 88687, 88712, 88734, 88761, 88788, 88813, 88850, 88874, 88885, 88895, 88910, 88924, 88939, 88958, 88970, 88989, 89006, 89019, 89030, 89043, 89057, 89071, 89086, 89114, 89143, 89171, 89196, 89226, 89261, 89291, 89319, 89345, 89369, 89396, 89419, 89443, 89466, 89486, 89511, 89541, 89566, 89589, 89610, 89629, 89651, 89665, 89676, 89690, 89706, 89720, 89735, 89751, 89767, 89784, 89814, 89845, 89875, 89902, 89934, 89971, 90003, 90033, 90061, 90087, 90116, 90141, 90167, 90192, 90214, 90241, 90273, 90300, 90325, 90348, 90369, 90393, 90409, 90431, 90455, 90484, 90505, 90525, 90538, 90549, 90561, 90576, 90588, 90599, 90608, 90624, 90640, 90653, 90667, 90689, 90713, 90742, 90763, 90783, 90803, 90823, 90835, 90851, 90869, 90884, 90901, 90917, 90932, 90950, 90969, 90989, 91003, 91019, 91036, 91055, 91071, 91092, 91113, 91132, 91163, 91181, 91203, 91224, 91248, 91273, 91299, 91319, 91341, 91364, 91389, 91411, 91438, 91465, 91490, 91527, 91551, 91567, 91582, 91600, 91619, 91639, 91653, 91669, 91686, 91705, 91721, 91742, 91763, 91782, 91813, 91831, 91842, 91854, 91867, 91888, 91900, 91911, 91924, 91939, 91953, 91970, 91988, 92007, 92020, 92035, 92051, 92069, 92084, 92104, 92124, 92142, 92172, 92189, 92202, 92222, 92241, 92263, 92286, 92310, 92328, 92348, 92369, 92392, 92412, 92437, 92462, 92485, 92520, 92542, 92560, 92580, 92605, 92622, 92638, 92652, 92666, 92681, 92697, 92712, 92724, 92739, 92759, 92778, 92801, 92823, 92846, 92870, 92895, 92913, 92933, 92963, 92984, 93006, 93029, 93050, 93070, 93095, 93120, 93143, 93178, 93200, 93210, 93225, 93241, 93259, 93279, 93299, 93323, 93347, 93365, 93381, 93399, 93414, 93430, 93441, 93453, 93466, 93478, 93488, 93502, 93517, 93540, 93565, 93595, 93617, 93638, 93650, 93670, 93692, 93719, 93738, 93756, 93770, 93786, 93803, 93821, 93838, 93850, 93860, 93871, 93887, 93902, 93920, 93939, 93959, 93973, 93989, 94006, 94025, 94041, 94062, 94083, 94102, 94133, 94151, 94171, 94190, 94212, 94235, 94259, 94277, 94297, 94318, 94341, 94361, 94386, 94411, 94434, 94469, 94491, 94502, 94515, 94529, 94540, 94553, 94568, 94583, 94599, 94613, 94625, 94638, 94664, 94685, 94705, 94718, 94732, 94747, 94758, 94774, 94789, 94807, 94826, 94846, 94860, 94876, 94893, 94912, 94928, 94949, 94970, 94989, 95020, 95038, 95055, 95072, 95089, 95104, 95123, 95135, 95150, 95170, 95189, 95211, 95234, 95258, 95276, 95296, 95317, 95340, 95360, 95385, 95410, 95433, 95468, 95490, 95507, 95519, 95526, 95539, 95553, 95569, 95589, 95600, 95617, 95633, 95652, 95669, 95687, 95707, 95731, 95746, 95769, 95793, 95815, 95837, 95860, 95879, 95899, 95917, 95935, 95954, 95973, 95988, 96016, 96042, 96073, 96101, 96132, 96160, 96190, 96215, 96226, 96246, 96263, 96281, 96304, 96324, 96341, 96363, 96386, 96408, 96429, 96449, 96471, 96493, 96511, 96527, 96544, 96563, 96577, 96588, 96603, 96613, 96625, 96634, 96644, 96656, 96665, 96676, 96682, 96689, 96701, 96705, 96713, 96724, 96732, 96747, 96760, 96774, 96792, 96803, 96816, 96829, 96844, 96859, 96881, 96896, 96907, 96920, 96936, 96956, 96966, 96975, 96986, 96997, 97011, 97016, 97023, 97031, 97043, 97055, 97074, 97087, 97101, 97116, 97135, 97155, 97168, 97188, 97199, 97204, 97210, 97223, 97241, 97256, 97276, 97287, 97305, 97318, 97328, 97342, 97354, 97365, 97384, 97394, 97405, 97421, 97431, 97447, 97461, 97481, 97494, 97507, 97521, 97529, 97541, 97547, 97554, 97563, 97572, 97590, 97607, 97629, 97646, 97657, 97682, 97707, 97726, 97749, 97758, 97768, 97776, 97786, 97807, 97825, 97843, 97861, 97881, 97896, 97912, 97928, 97942, 97957, 97970, 97983, 97995, 98012, 98025, 98030, 98044, 98056, 98070, 98092, 98112, 98134, 98148, 98162, 98177, 98183, 98190, 98200, 98210, 98221, 98234, 98237, 98241, 98249, 98255, 98267, 98277, 98289, 98299, 98310, 98320, 98334, 98344, 98353, 98366, 98377, 98390, 98401, 98413, 98424, 98439, 98450, 98459, 98469, 98481, 98484, 98488, 98501, 98520, 98540, 98559, 98578, 98597, 98607, 98618, 98636, 98652, 98672, 98680, 98703, 98731, 98746, 98752, 98774, 98803, 98815, 98831, 98844, 98853, 98870, 98881, 98894, 98908, 98923, 98936, 98953, 98976, 98997, 99022, 99035, 99046, 99066, 99084, 99106, 99127, 99146, 99169, 99188, 99205, 99226, 99248, 99268, 99292, 99307, 99328, 99347, 99370, 99386, 99400, 99418, 99431, 99445, 99459, 99471, 99487, 99495, 99509, 99537, 99563, 99593, 99611, 99627, 99652, 99675, 99702, 99728, 99752, 99780, 99804, 99826, 99852, 99879, 99904, 99933, 99953, 99979, 100003, 100031, 100048, 100063, 100082, 100092, 100108, 100122, 100140, 100160, 100182, 100191, 100196, 100206, 100217, 100231, 100246, 100269, 100294, 100310, 100325, 100338, 100358, 100381, 100408, 100425, 100443, 100465, 100477, 100486, 100496, 100509, 100523, 100545, 100569, 100584, 100605, 100621, 100641, 100660, 100679, 100698, 100714, 100731, 100748, 100767, 100781, 100799, 100816, 100833, 100850, 100864, 100879, 100894, 100914, 100929, 100948, 100966, 100984, 101002, 101017, 101033, 101049, 101059, 101095, 101101, 101113, 101118, 101130, 101144, 101157, 101172, 101180, 101189, 101199, 101216, 101232, 101240, 101249, 101259, 101272, 101276, 101294, 101326, 101346, 101374, 101394, 101409, 101428, 101446, 101464, 101482, 101497, 101513, 101529, 101547, 101560, 101577, 101593, 101609, 101625, 101638, 101652, 101666, 101678, 101697, 101711, 101729, 101746, 101763, 101780, 101794, 101809, 101824, 101832, 101843, 101868, 101881, 101902, 101913, 101920, 101927, 101936, 101958, 101984, 102003, 102022, 102043, 102070, 102090, 102110, 102132, 102147, 102162, 102179, 102204, 102222, 102240, 102260, 102271, 102281, 102289, 102304, 102324, 102341, 102355, 102369, 102386, 102402, 102415, 102428, 102447, 102462, 102474, 102478, 102497, 102517, 102536, 102547, 102562, 102574, 102590, 102603, 102612, 102629, 102640, 102653, 102667, 102676, 102683, 102689, 102697, 102706, 102724, 102748, 102772, 102795, 102816, 102841, 102854, 102882, 102915, 102926, 102953, 102987, 103006, 103026, 103044, 103066, 103087, 103106, 103129, 103147, 103166, 103185, 103202, 103223, 103236, 103258, 103278, 103302, 103317, 103338, 103357, 103380, 103405, 103432, 103446, 103453, 103461, 103470, 103480, 103488, 103505, 103521, 103542, 103558, 103568, 103592, 103616, 103634, 103656, 103664, 103673, 103687, 103702, 103715, 103729, 103742, 103756, 103771, 103785, 103801, 103818, 103833, 103849, 103869, 103890, 103912, 103925, 103939, 103956, 103974, 103993, 104002, 104012, 104031, 104042, 104055, 104074, 104094, 104111, 104129, 104149, 104170, 104189, 104209, 104227, 104247, 104269, 104292, 104305, 104319, 104332, 104340, 104356, 104377, 104401, 104429, 104447, 104466, 104489, 104502, 104517, 104530, 104545, 104558, 104572, 104585, 104602, 104615, 104631, 104645, 104661, 104675, 104690, 104704, 104722, 104736, 104743, 104752, 104779, 104803, 104829, 104855, 104884, 104892, 104907, 104917, 104929, 104943, 104956, 104967, 104978, 104996, 105009, 105024, 105041, 105057, 105071, 105082, 105100, 105113, 105128, 105145, 105161, 105175, 105181, 105201, 105221, 105243, 105259, 105281, 105296, 105319, 105329, 105346, 105358, 105372, 105388, 105403, 105416, 105422, 105435, 105453, 105474, 105499, 105514, 105530, 105550, 105560, 105574, 105591, 105612, 105636, 105657, 105678, 105694, 105704, 105723, 105741, 105751, 105762, 105769, 105778, 105784, 105791, 105796, 105806, 105817, 105829, 105838, 105848, 105862, 105873, 105885, 105892, 105900, 105909, 105923, 105935, 105949, 105961, 105974, 105986, 106002, 106014, 106029, 106042, 106057, 106070, 106084, 106097, 106114, 106127, 106135, 106145, 106163, 106186, 106212, 106242, 106262, 106283, 106308, 106323, 106331, 106340, 106358, 106381, 106407, 106437, 106457, 106478, 106503, 106518, 106531, 106537, 106548, 106562, 106572, 106586, 106598, 106612, 106622, 106636, 106647, 106661, 106674, 106690, 106710, 106733, 106753, 106773, 106788, 106793, 106797, 106804, 106810, 106814, 106817, 106831, 106846, 106857, 106874, 106888, 106898, 106915, 106920, 106927, 106930, 106941, 106948, 106954, 106967, 106974, 106982, 106998, 107016, 107026, 107037, 107052, 107066, 107081, 107098, 107115, 107145, 107157, 107170, 107178, 107185, 107202, 107223, 107242, 107260, 107276, 107294, 107309, 107323, 107344, 107363, 107381, 107397, 107415, 107427, 107441, 107462, 107481, 107499, 107515, 107533, 107555, 107575, 107594, 107611, 107630, 107641, 107652, 107662, 107671, 107682, 107687, 107694, 107709, 107725, 107737, 107755, 107770, 107781, 107799, 107805, 107814, 107818, 107825, 107830, 107840, 107851, 107866, 107882, 107902, 107923, 107929, 107953, 107975, 107992, 108017, 108037, 108063, 108084, 108113, 108137, 108164, 108186, 108216, 108241, 108268, 108290, 108320, 108345, 108370, 108390, 108418, 108441, 108470, 108494, 108526, 108553, 108583, 108608, 108641, 108669, 108699, 108724, 108757, 108785, 108796, 108807, 108820, 108830, 108842, 108849, 108862, 108880, 108900, 108915, 108934, 108952, 108970, 108988, 109003, 109019, 109035, 109053, 109066, 109083, 109099, 109115, 109131, 109144, 109158, 109172, 109184, 109203, 109217, 109235, 109252, 109269, 109286, 109300, 109315, 109330, 109341, 109347, 109353, 109360, 109371, 109382, 109400, 109412, 109425, 109439, 109450, 109468, 109480, 109499, 109515, 109527, 109546, 109554, 109563, 109573, 109594, 109611, 109632, 109654, 109669, 109691, 109696, 109707, 109720, 109732, 109741, 109752, 109767, 109784, 109800, 109813, 109828, 109834, 109847, 109862, 109871, 109881, 109896, 109908, 109922, 109936, 109953, 109966, 109976, 109988, 110000, 110015, 110037, 110057, 110075, 110098, 110117, 110137, 110167, 110195, 110221, 110252, 110279, 110307, 110339, 110369, 110397, 110430, 110459, 110489, 110525, 110559, 110591, 110628, 110661, 110695, 110707, 110728, 110748, 110773, 110793, 110807, 110835, 110863, 110887, 110909, 110929, 110954, 110975, 110997, 111019, 111047, 111073, 111097, 111126, 111151, 111177, 111203, 111211, 111221, 111232, 111247, 111263, 111283, 111304, 111311, 111318, 111332, 111340, 111351, 111363, 111374, 111382, 111395, 111405, 111419, 111428, 111432, 111437, 111451, 111466, 111473, 111488, 111504, 111512, 111520, 111531, 111553, 111571, 111593, 111616, 111632, 111655, 111669, 111694, 111715, 111740, 111766, 111785, 111811, 111816, 111839, 111861, 111872, 111880, 111889, 111901, 111908, 111919, 111939, 111961, 111978, 111998, 112016, 112035, 112052, 112063, 112074, 112086, 112100, 112110, 112134, 112160, 112181, 112196, 112211, 112227, 112245, 112265, 112289, 112308, 112324, 112344, 112359, 112370, 112382, 112396, 112408, 112419, 112430, 112448, 112463, 112477, 112488, 112495, 112510, 112530, 112553, 112580, 112597, 112615, 112637, 112649, 112670, 112688, 112705, 112719, 112732, 112740, 112749, 112756, 112764, 112772, 112781, 112793, 112805, 112816, 112828, 112841, 112854, 112868, 112886, 112905, 112917, 112930, 112950, 112970, 112988, 113012, 113029, 113055, 113080, 113109, 113123, 113137, 113160, 113187, 113214, 113245, 113270, 113291, 113322, 113352, 113386, 113405, 113433, 113465, 113497, 113533, 113563, 113589, 113619, 113643, 113665, 113692, 113723, 113746, 113771, 113793, 113820, 113839, 113861, 113877, 113894, 113924, 113954, 113976, 114000, 114026, 114054, 114069, 114078, 114090, 114103, 114119, 114135, 114150, 114166, 114183, 114200, 114218, 114240, 114263, 114279, 114296, 114323, 114347, 114371, 114395, 114421, 114442, 114464, 114486, 114506, 114527, 114546, 114565, 114583, 114596, 114610, 114621, 114633, 114646, 114666, 114687, 114706, 114726, 114747, 114764, 114782, 114795, 114809, 114818, 114835, 114845, 114856, 114871, 114887, 114907, 114928, 114935, 114943, 114952, 114970, 114991, 115009, 115033, 115057, 115085, 115118, 115145, 115179, 115196, 115215, 115240, 115267, 115281, 115292, 115304, 115319, 115341, 115356, 115370, 115386, 115406, 115421, 115437, 115459, 115473, 115487, 115503, 115520, 115538, 115556, 115577, 115599, 115624, 115649, 115680, 115706, 115729, 115757, 115772, 115788, 115808, 115828, 115854, 115875, 115893, 115916, 115934, 115956, 115978, 115985, 116002, 116025, 116048, 116062, 116077, 116095, 116110, 116126, 116153, 116185, 116211, 116244, 116260, 116277, 116291, 116306, 116325, 116345, 116369, 116394, 116414, 116435, 116453, 116477, 116503, 116510, 116520, 116531, 116546, 116561, 116577, 116594, 116610, 116617, 116629, 116650, 116670, 116689, 116695, 116706, 116716, 116726, 116738, 116749, 116760, 116765, 116769, 116774, 116786, 116803, 116820, 116827, 116834, 116845, 116865, 116887, 116904, 116924, 116942, 116961, 116978, 116989, 117000, 117012, 117026, 117036, 117060, 117086, 117107, 117122, 117137, 117153, 117171, 117191, 117215, 117234, 117250, 117270, 117285, 117297, 117310, 117324, 117335, 117347, 117361, 117373, 117384, 117396, 117408, 117418, 117424, 117442, 117457, 117471, 117482, 117497, 117508, 117519, 117532, 117552, 117566, 117578, 117593, 117604, 117620, 117633, 117642, 117650, 117661, 117668, 117678, 117689, 117701, 117710, 117714, 117723, 117726, 117735, 117739, 117764, 117789, 117812, 117841, 117863, 117882, 117893, 117915, 117933, 117955, 117978, 117994, 118017, 118029, 118042, 118066, 118086, 118110, 118135, 118153, 118178, 118187, 118200, 118214, 118221, 118229, 118236, 118247, 118259, 118267, 118279, 118292, 118309, 118323, 118336, 118346, 118353, 118371, 118385, 118403, 118422, 118434, 118453, 118469, 118489, 118509, 118513, 118518, 118527, 118536, 118546, 118557, 118567, 118584, 118602, 118621, 118639, 118655, 118669, 118686, 118704, 118723, 118741, 118757, 118771, 118777, 118784, 118795, 118814, 118830, 118843, 118854, 118869, 118880, 118892, 118899, 118914, 118934, 118957, 118984, 119001, 119019, 119041, 119053, 119059, 119073, 119088, 119099, 119116, 119130, 119140, 119157, 119169, 119185, 119202, 119213, 119220, 119234, 119247, 119254, 119263, 119287, 119308, 119327, 119348, 119369, 119391, 119414, 119431, 119449, 119468, 119483, 119497, 119516, 119532, 119549, 119567, 119582, 119598, 119614, 119628, 119643, 119659, 119666, 119673, 119680, 119687, 119696, 119706, 119718, 119734, 119750, 119766, 119784, 119802, 119820, 119830, 119841, 119855, 119869, 119882, 119896, 119911, 119926, 119942, 119962, 119983, 119997, 120012, 120021, 120031, 120044, 120057, 120069, 120084, 120097, 120111, 120125, 120140, 120159, 120179, 120192, 120206, 120216, 120227, 120241, 120259, 120273, 120286, 120300, 120315, 120332, 120347, 120363, 120383, 120404, 120418, 120433, 120441, 120453, 120463, 120473, 120484, 120494, 120502, 120521, 120537, 120550, 120563, 120578, 120598, 120615, 120632, 120651, 120671, 120691, 120707, 120720, 120740, 120748, 120757, 120767, 120788, 120805, 120826, 120848, 120863, 120885, 120893, 120911, 120930, 120945, 120966, 120984, 120998, 121019, 121026, 121034, 121046, 121058, 121071, 121085, 121098, 121107, 121123, 121134, 121145, 121157, 121164, 121172, 121184, 121196, 121209, 121223, 121236, 121243, 121251, 121263, 121275, 121288, 121302, 121315, 121322, 121330, 121339, 121349, 121363, 121384, 121405, 121423, 121449, 121476, 121503, 121527, 121559, 121583, 121601, 121615, 121636, 121657, 121675, 121701, 121728, 121755, 121779, 121811, 121835, 121856, 121874, 121892, 121907, 121924, 121942, 121959, 121977, 121990, 122005, 122019, 122038, 122053, 122069, 122085, 122108, 122131, 122151, 122179, 122208, 122237, 122263, 122297, 122323, 122343, 122369, 122384, 122403, 122417, 122433, 122455, 122468, 122483, 122501, 122531, 122551, 122564, 122587, 122610, 122636, 122656, 122684, 122709, 122729, 122744, 122763, 122781, 122796, 122813, 122830, 122848, 122865, 122880, 122898, 122917, 122935, 122949, 122964, 122979, 122993, 123014, 123029, 123045, 123060, 123082, 123105, 123131, 123156, 123181, 123205, 123224, 123242, 123260, 123279, 123294, 123316, 123329, 123346, 123363, 123387, 123405, 123424, 123444, 123468, 123493, 123511, 123536, 123541, 123547, 123557, 123567, 123578, 123590, 123601, 123608, 123623, 123637, 123651, 123667, 123682, 123697, 123710, 123722, 123734, 123748, 123761, 123774, 123790, 123805, 123820, 123834, 123847, 123860, 123875, 123888, 123899, 123915, 123927, 123940, 123963, 123984, 124003, 124027, 124047, 124068, 124093, 124116, 124137, 124163, 124185, 124208, 124237, 124264, 124289, 124319, 124345, 124372, 124378, 124385, 124398, 124414, 124427, 124442, 124459, 124476, 124493, 124511, 124531, 124551, 124571, 124588, 124606, 124628, 124650, 124673, 124697, 124710, 124726, 124741, 124753, 124767, 124782, 124801, 124820, 124840, 124861, 124881, 124895, 124911, 124927, 124943, 124956, 124970, 124988, 125006, 125025, 125045, 125064, 125087, 125106, 125130, 125144, 125161, 125176, 125194, 125205, 125220, 125233, 125248, 125263, 125278, 125295, 125314, 125333, 125352, 125367, 125385, 125399, 125414, 125432, 125444, 125458, 125475, 125486, 125498, 125514, 125530, 125547, 125565, 125582, 125594, 125609, 125620, 125635, 125647, 125662, 125676, 125690, 125705, 125719, 125736, 125749, 125764, 125775, 125790, 125807, 125819, 125834, 125846, 125861, 125873, 125888, 125904, 125922, 125940, 125959, 125982, 126005, 126029, 126054, 126071, 126086, 126099, 126117, 126131, 126146, 126156, 126175, 126193, 126216, 126234, 126246, 126272, 126298, 126318, 126342, 126363, 126382, 126399, 126421, 126439, 126458, 126473, 126489, 126502, 126516, 126520, 126525, 126536, 126550, 126561, 126574, 126589, 126604, 126619, 126635, 126653, 126671, 126689, 126705, 126722, 126743, 126764, 126786, 126809, 126831, 126846, 126862, 126882, 126902, 126923, 126945, 126956, 126970, 126983, 126993, 127005, 127018, 127035, 127052, 127070, 127089, 127107, 127119, 127133, 127147, 127161, 127172, 127184, 127200, 127216, 127233, 127251, 127268, 127289, 127306, 127328, 127340, 127355, 127368, 127384, 127393, 127406, 127417, 127430, 127443, 127456, 127471, 127488, 127505, 127522, 127535, 127551, 127563, 127576, 127592, 127602, 127614, 127629, 127638, 127648, 127662, 127676, 127691, 127707, 127722, 127732, 127745, 127754, 127767, 127777, 127790, 127802, 127814, 127827, 127839, 127854, 127865, 127878, 127887, 127900, 127915, 127925, 127938, 127948, 127961, 127971, 127984, 127998, 128014, 128030, 128047, 128068, 128089, 128111, 128134, 128140, 128144, 128149, 128166, 128180, 128193, 128206, 128215, 128226, 128236, 128246, 128255, 128264, 128273, 128287, 128297, 128304, 128309, 128316, 128323, 128328, 128336, 128346, 128350, 128355, 128370, 128378, 128391, 128402, 128421, 128433, 128450, 128465, 128479, 128489, 128505, 128514, 128528, 128540, 128560, 128573, 128591, 128607, 128622, 128633, 128640, 128646, 128651, 128675, 128697, 128723, 128737, 128749, 128770, 128789, 128812, 128834, 128854, 128878, 128898, 128916, 128938, 128961, 128982, 129007, 129023, 129045, 129065, 129089, 129096, 129104, 129119, 129139, 129156, 129178, 129191, 129211, 129226, 129238, 129254, 129268, 129281, 129302, 129314, 129327, 129331, 129336, 129340, 129355, 129373, 129395, 129420, 129442, 129464, 129481, 129486, 129492, 129507, 129513, 129520, 129534, 129547, 129560, 129573, 129585, 129597, 129603, 129611, 129620, 129626, 129638, 129652, 129669, 129678, 129695, 129708, 129721, 129733, 129749, 129767, 129788, 129801, 129822, 129839, 129856, 129872, 129891, 129910, 129924, 129939, 129954, 129964, 129985, 130008, 130034, 130052, 130078, 130100, 130122, 130143, 130167, 130191, 130210, 130226, 130244, 130265, 130278, 130299, 130316, 130333, 130349, 130368, 130387, 130401, 130406, 130414, 130422, 130431, 130449, 130464, 130478, 130489, 130509, 130526, 130542, 130555, 130563, 130579, 130598, 130621, 130647, 130670, 130693, 130711, 130718, 130736, 130752, 130763, 130782, 130796, 130816, 130831, 130854, 130872, 130893, 130909, 130933, 130952, 130964, 130985, 131001, 131025, 131044, 131057, 131069, 131081, 131095, 131104, 131124, 131142, 131155, 131176, 131192, 131214, 131231, 131256, 131276, 131299, 131317, 131343, 131364, 131378, 131401, 131419, 131445, 131466, 131480, 131494, 131507, 131521, 131535, 131548, 131566, 131582, 131604, 131623, 131643, 131658, 131674, 131692, 131711, 131725, 131745, 131766, 131779, 131793, 131799, 131806, 131817, 131829, 131845, 131862, 131868, 131885, 131898, 131915, 131933, 131944, 131962, 131970, 131989, 132004, 132023, 132043, 132056, 132076, 132082, 132093, 132105, 132130, 132153, 132180, 132195, 132208, 132230, 132250, 132274, 132297, 132318, 132343, 132364, 132383, 132406, 132430, 132452, 132478, 132495, 132518, 132539, 132564, 132575, 132585, 132596, 132616, 132642, 132668, 132693, 132716, 132743, 132758, 132788, 132823, 132836, 132865, 132901, 132922, 132944, 132964, 132988, 133011, 133032, 133057, 133077, 133098, 133119, 133138, 133161, 133176, 133200, 133222, 133248, 133265, 133288, 133309, 133334, 133361, 133390, 133406, 133410, 133415, 133425, 133432, 133446, 133454, 133464, 133474, 133496, 133515, 133537, 133554, 133589, 133618, 133626, 133643, 133663, 133681, 133697, 133718, 133735, 133753, 133781, 133807, 133831, 133860, 133885, 133911, 133941, 133969, 133995, 134026, 134053, 134081, 134115, 134147, 134177, 134212, 134243, 134275, 134285, 134304, 134322, 134345, 134363, 134375, 134401, 134427, 134449, 134469, 134487, 134510, 134529, 134549, 134569, 134595, 134619, 134641, 134668, 134691, 134715, 134739, 134745, 134755, 134766, 134785, 134806, 134818, 134823, 134832, 134842, 134853, 134868, 134888, 134911, 134938, 134955, 134973, 134995, 135007, 135015, 135026, 135035, 135041, 135048, 135054, 135062, 135069, 135075, 135082, 135089, 135097, 135121, 135146, 135158, 135171, 135188, 135206, 135212, 135222, 135228, 135236, 135243, 135252, 135265, 135283, 135298, 135318, 135329, 135347, 135360, 135370, 135384, 135396, 135407, 135426, 135436, 135447, 135451, 135458, 135476, 135491, 135505, 135516, 135533, 135543, 135555, 135562, 135574, 135586, 135601, 135618, 135635, 135655, 135674, 135691, 135706, 135726, 135742, 135759, 135786, 135811, 135834, 135862, 135886, 135911, 135940, 135967, 135992, 136022, 136048, 136075, 136108, 136139, 136168, 136202, 136232, 136263, 136282, 136305, 136321, 136337, 136355, 136379, 136396, 136413, 136432, 136441, 136453, 136471, 136487, 136499, 136522, 136543, 136557, 136575, 136592, 136614, 136631, 136642, 136667, 136692, 136714, 136729, 136744, 136761, 136782, 136801, 136818, 136840, 136858, 136877, 136896, 136921, 136944, 136965, 136991, 137013, 137036, 137059, 137076, 137099, 137116, 137131, 137149, 137168, 137187, 137196, 137206, 137213, 137219, 137236, 137254, 137268, 137288, 137305, 137318, 137338, 137347, 137357, 137363, 137370, 137387, 137404, 137422, 137441, 137452, 137470, 137488, 137503, 137526, 137550, 137574, 137595, 137624, 137645, 137660, 137671, 137689, 137707, 137722, 137745, 137769, 137793, 137814, 137843, 137864, 137882, 137897, 137912, 137924, 137938, 137953, 137967, 137982, 137992, 138004, 138015, 138031, 138043, 138056, 138069, 138089, 138109, 138126, 138151, 138177, 138203, 138226, 138257, 138280, 138297, 138320, 138332, 138348, 138359, 138372, 138391, 138401, 138413, 138428, 138455, 138472, 138482, 138502, 138522, 138545, 138562, 138587, 138609, 138626, 138638, 138654, 138669, 138681, 138695, 138709, 138724, 138738, 138750, 138765, 138781, 138796, 138807, 138819, 138831, 138842, 138860, 138872, 138885, 138897, 138916, 138936, 138959, 138981, 139003, 139024, 139040, 139055, 139070, 139086, 139098, 139117, 139128, 139143, 139158, 139180, 139196, 139213, 139231, 139253, 139276, 139292, 139315, 139321, 139328, 139335, 139355, 139377, 139398, 139416, 139436, 139460, 139486, 139511, 139533, 139557, 139579, 139603, 139626, 139646, 139668, 139694, 139722, 139749, 139773, 139799, 139809, 139817, 139836, 139866, 139892, 139922, 139953, 139977, 140008, 140025, 140053, 140077, 140105, 140134, 140163, 140176, 140187, 140198, 140210, 140226, 140243, 140262, 140285, 140308, 140325, 140343, 140361, 140378, 140394, 140410, 140425, 140442, 140460, 140482, 140501, 140517, 140535, 140554, 140573, 140589, 140607, 140623, 140637, 140652, 140669, 140688, 140705, 140726, 140747, 140766, 140787, 140803, 140812, 140825, 140835, 140849, 140869, 140883, 140895, 140910, 140926, 140942, 140947, 140959, 140976, 140996, 141020, 141034, 141049, 141068, 141077, 141091, 141106, 141121, 141139, 141159, 141179, 141202, 141213, 141235, 141253, 141275, 141298, 141314, 141337, 141357, 141372, 141395, 141413, 141437, 141456, 141483, 141505, 141530, 141550, 141578, 141601, 141626, 141646, 141674, 141697, 141708, 141730, 141748, 141770, 141793, 141816, 141831, 141857, 141879, 141905, 141932, 141952, 141979, 141987, 141992, 142004, 142011, 142028, 142046, 142068, 142090, 142113, 142137, 142160, 142175, 142194, 142216, 142235, 142254, 142268, 142273, 142279, 142292, 142310, 142331, 142356, 142371, 142387, 142407, 142417, 142423, 142436, 142441, 142448, 142460, 142474, 142487, 142497, 142509, 142525, 142543, 142560, 142574, 142590, 142594, 142603, 142613, 142617, 142622, 142634, 142647, 142657, 142677, 142697, 142715, 142739, 142756, 142764, 142781, 142800, 142814, 142831, 142846, 142862, 142876, 142884, 142892, 142901, 142912, 142919, 142940, 142963, 142981, 142993, 143005, 143018, 143033, 143050, 143071, 143087, 143100, 143117, 143129, 143137, 143146, 143157, 143166, 143171, 143177, 143190, 143206, 143226, 143249, 143269, 143289, 143304, 143319, 143339, 143362, 143389, 143406, 143424, 143446, 143458, 143465, 143470, 143476, 143487, 143499, 143512, 143523, 143535, 143550, 143565, 143579, 143594, 143610, 143626, 143643, 143664, 143686, 143701, 143717, 143726, 143736, 143746, 143757, 143771, 143792, 143806, 143819, 143834, 143853, 143867, 143882, 143903, 143916, 143929, 143944, 143960, 143977, 143994, 144014, 144035, 144049, 144064, 144070, 144077, 144085, 144094, 144106, 144118, 144129, 144141, 144154, 144167, 144181, 144199, 144218, 144230, 144243, 144252, 144262, 144275, 144288, 144300, 144313, 144327, 144341, 144356, 144375, 144395, 144408, 144422, 144432, 144443, 144457, 144478, 144492, 144505, 144520, 144539, 144553, 144568, 144589, 144602, 144615, 144630, 144646, 144663, 144680, 144700, 144721, 144745, 144769, 144799, 144824, 144846, 144873, 144887, 144902, 144921, 144940, 144965, 144985, 145002, 145024, 145028, 145033, 145039, 145046, 145058, 145066, 145073, 145082, 145099, 145116, 145136, 145158, 145180, 145205, 145212, 145221, 145228, 145235, 145252, 145265, 145278, 145295, 145308, 145327, 145339, 145348, 145356, 145366, 145386, 145402, 145418, 145438, 145454, 145476, 145491, 145502, 145512, 145522, 145534, 145545, 145556, 145560, 145566, 145573, 145588, 145599, 145620, 145634, 145653, 145664, 145682, 145698, 145716, 145729, 145749, 145767, 145782, 145803, 145815, 145834, 145853, 145873, 145887, 145902, 145918, 145929, 145944, 145960, 145973, 145987, 146002, 146016, 146028, 146040, 146053, 146066, 146081, 146092, 146112, 146123, 146135, 146151, 146164, 146183, 146195, 146216, 146223, 146236, 146245, 146260, 146269, 146279, 146288, 146303, 146308, 146327, 146347, 146360, 146372, 146384, 146398, 146411, 146424, 146431, 146436, 146447, 146461, 146475, 146490, 146503, 146514, 146527, 146542, 146555, 146566, 146583, 146601, 146609, 146625, 146644, 146657, 146672, 146687, 146702, 146717, 146730, 146745, 146758, 146770, 146787, 146802, 146812, 146822, 146832, 146847, 146858, 146868, 146883, 146898, 146919, 146937, 146950, 146963, 146976, 146984, 146999, 147017, 147036, 147061, 147078, 147095, 147112, 147131, 147154, 147177, 147194, 147221, 147246, 147265, 147283, 147302, 147315, 147338, 147359, 147371, 147383, 147398, 147409, 147422, 147436, 147440, 147465, 147490, 147515, 147534, 147556, 147574, 147598, 147614, 147630, 147646, 147664, 147686, 147714, 147734, 147754, 147774, 147796, 147822, 147848, 147868, 147898, 147926, 147948, 147970, 147986, 148012, 148036, 148052, 148065, 148084, 148103, 148122, 148135, 148151, 148171, 148191, 148211, 148225, 148242, 148262, 148288, 148306, 148324, 148342, 148362, 148386, 148416, 148438, 148460, 148482, 148506, 148534, 148562, 148584, 148616, 148646, 148670, 148694, 148712, 148740, 148766, 148772, 148780, 148789, 148800, 148814, 148829, 148852, 148873, 148896, 148902, 148909, 148920, 148931, 148943, 148956, 148968, 148981, 148992, 149005, 149017, 149030, 149043, 149056, 149068, 149083, 149098, 149113, 149119, 149126, 149137, 149155, 149173, 149188, 149211, 149235, 149259, 149280, 149309, 149330, 149345, 149356, 149374, 149392, 149407, 149430, 149454, 149478, 149499, 149528, 149549, 149567, 149582, 149597, 149609, 149623, 149638, 149652, 149667, 149677, 149689, 149700, 149716, 149728, 149741, 149754, 149774, 149794, 149811, 149836, 149862, 149888, 149911, 149942, 149965, 149982, 150005, 150017, 150033, 150044, 150057, 150076, 150086, 150098, 150113, 150140, 150157, 150167, 150187, 150207, 150230, 150247, 150272, 150294, 150311, 150323, 150339, 150354, 150366, 150380, 150394, 150409, 150423, 150435, 150450, 150466, 150481, 150492, 150504, 150516, 150527, 150545, 150557, 150570, 150582, 150601, 150613, 150626, 150637, 150650, 150665, 150677, 150697, 150720, 150742, 150764, 150785, 150801, 150816, 150831, 150847, 150859, 150878, 150886, 150894, 150906, 150918, 150931, 150945, 150961, 150974, 150988, 151007, 151015, 151024, 151037, 151050, 151070, 151084, 151099, 151115, 151135, 151156, 151170, 151191, 151200, 151209, 151217, 151230, 151249, 151260, 151271, 151282, 151288, 151301, 151318, 151341, 151356, 151371, 151386, 151403, 151424, 151445, 151460, 151485, 151508, 151525, 151542, 151553, 151574, 151593, 151603, 151608, 151615, 151623, 151642, 151662, 151690, 151716, 151744, 151747, 151766, 151787, 151794, 151802, 151817, 151827, 151839, 151853, 151866, 151877, 151894, 151909, 151922, 151936, 151949, 151968, 151988, 152007, 152025, 152045, 152065, 152084, 152102, 152124, 152140, 152150, 152167, 152185, 152201, 152215, 152230, 152244, 152264, 152285, 152305, 152324, 152345, 152366, 152386, 152405, 152428, 152445, 152460, 152471, 152489, 152502, 152517, 152534, 152550, 152564, 152577, 152588, 152599, 152617, 152630, 152645, 152662, 152678, 152692, 152704, 152715, 152732, 152750, 152767, 152783, 152802, 152819, 152834, 152850, 152865, 152886, 152908, 152929, 152949, 152971, 152993, 153014, 153034, 153058, 153076, 153086, 153103, 153115, 153129, 153145, 153160, 153173, 153191, 153209, 153226, 153242, 153262, 153276, 153290, 153305, 153322, 153343, 153364, 153379, 153395, 153411, 153426, 153440, 153454, 153467, 153482, 153498, 153518, 153535, 153549, 153565, 153582, 153599, 153613, 153629, 153643, 153655, 153668, 153683, 153700, 153715, 153734, 153753, 153770, 153789, 153803, 153811, 153820, 153826, 153833, 153850, 153871, 153892, 153905, 153916, 153928, 153932, 153939, 153949, 153960, 153971, 153989, 154002, 154016, 154028, 154042, 154054, 154064, 154071, 154079, 154101, 154116, 154136, 154155, 154174, 154193, 154215, 154228, 154248, 154269, 154285, 154302, 154318, 154335, 154349, 154364, 154380, 154394, 154408, 154429, 154441, 154454, 154467, 154481, 154502, 154523, 154551, 154574, 154598, 154620, 154644, 154666, 154686, 154700, 154721, 154742, 154770, 154793, 154817, 154839, 154863, 154885, 154905, 154913, 154928, 154944, 154961, 154981, 155002, 155021, 155041, 155059, 155078, 155094, 155111, 155129, 155144, 155160, 155177, 155195, 155200, 155206, 155225, 155243, 155257, 155272, 155291, 155312, 155332, 155339, 155357, 155376, 155397, 155422, 155447, 155466, 155486, 155506, 155525, 155543, 155561, 155578, 155597, 155617, 155641, 155662, 155680, 155700, 155721, 155742, 155760, 155780, 155798, 155814, 155831, 155850, 155871, 155890, 155913, 155936, 155957, 155980, 155998, 156013, 156028, 156048, 156071, 156098, 156115, 156133, 156155, 156167, 156183, 156204, 156218, 156228, 156239, 156250, 156268, 156291, 156317, 156347, 156367, 156388, 156413, 156428, 156440, 156451, 156463, 156478, 156493, 156507, 156522, 156538, 156554, 156571, 156592, 156614, 156629, 156645, 156657, 156670, 156692, 156708, 156728, 156756, 156784, 156807, 156823, 156838, 156855, 156873, 156905, 156942, 156963, 156989, 157005, 157022, 157045, 157060, 157091, 157129, 157148, 157163, 157180, 157198, 157223, 157242, 157261, 157284, 157306, 157329, 157355, 157381, 157413, 157440, 157464, 157493, 157509, 157526, 157547, 157568, 157590, 157617, 157643, 157672, 157694, 157722, 157753, 157780, 157799, 157823, 157834, 157842, 157851, 157861, 157871, 157881, 157894, 157905, 157917, 157928, 157942, 157951, 157970, 157993, 158013, 158033, 158053, 158075, 158092, 158110, 158128, 158144, 158161, 158176, 158191, 158205, 158224, 158241, 158256, 158272, 158287, 158308, 158330, 158351, 158371, 158393, 158415, 158436, 158456, 158480, 158498, 158518, 158536, 158552, 158569, 158585, 158607, 158630, 158652, 158673, 158696, 158719, 158741, 158762, 158787, 158806, 158823, 158838, 158851, 158865, 158878, 158897, 158917, 158936, 158954, 158975, 158994, 159011, 159029, 159046, 159069, 159093, 159116, 159138, 159162, 159186, 159209, 159231, 159257, 159277, 159297, 159317, 159336, 159354, 159376, 159392, 159410, 159424, 159438, 159454, 159477, 159494, 159509, 159527, 159541, 159560, 159576, 159586, 159594, 159605, 159614, 159622, 159629, 159636, 159646, 159651, 159657, 159673, 159684, 159701, 159722, 159737, 159754, 159775, 159797, 159812, 159834, 159844, 159860, 159873, 159893, 159907, 159923, 159939, 159946, 159952, 159960, 159963, 159975, 159986, 160001, 160017, 160038, 160054, 160074, 160093, 160112, 160131, 160147, 160164, 160181, 160200, 160214, 160232, 160249, 160266, 160283, 160297, 160312, 160327, 160345, 160357, 160367, 160378, 160391, 160406, 160420, 160435, 160455, 160470, 160489, 160507, 160525, 160543, 160558, 160574, 160590, 160600, 160615, 160627, 160644, 160661, 160691, 160703, 160731, 160753, 160766, 160773, 160779, 160812, 160834, 160864, 160886, 160913, 160920, 160936, 160961, 160975, 160997, 161011, 161030, 161044, 161060, 161077, 161086, 161104, 161131, 161147, 161171, 161187, 161208, 161217, 161226, 161236, 161264, 161281, 161306, 161323, 161345, 161354, 161372, 161399, 161415, 161439, 161455, 161476, 161486, 161501, 161514, 161529, 161532, 161536, 161546, 161551, 161560, 161573, 161577, 161583, 161588, 161607, 161612, 161621, 161626, 161632, 161639, 161646, 161650, 161655, 161661, 161666, 161674, 161684, 161694, 161704, 161715, 161725, 161736, 161741, 161745, 161754, 161764, 161778, 161792, 161807, 161823, 161832, 161842, 161853, 161861, 161870, 161875, 161891, 161903, 161919, 161936, 161946, 161963, 161969, 161976, 161984, 161989, 161999, 162009, 162020, 162032, 162047, 162069, 162084, 162098, 162114, 162134, 162149, 162165, 162187, 162201, 162215, 162231, 162248, 162266, 162284, 162305, 162327, 162342, 162358, 162369, 162375, 162384, 162399, 162405, 162412, 162429, 162440, 162455, 162472, 162481, 162490, 162501, 162513, 162526, 162539, 162555, 162572, 162592, 162612, 162638, 162659, 162677, 162700, 162717, 162732, 162747, 162768, 162784, 162797, 162815, 162820, 162824, 162828, 162833, 162840, 162855, 162874, 162893, 162915, 162941, 162960, 162979, 163000, 163027, 163047, 163067, 163089, 163104, 163119, 163136, 163161, 163179, 163197, 163217, 163223, 163227, 163232, 163237, 163245, 163251, 163257, 163264, 163272, 163279, 163285, 163293, 163301, 163311, 163321, 163325, 163340, 163357, 163377, 163389, 163409, 163425, 163441, 163456, 163473, 163492, 163513, 163537, 163553, 163577, 163597, 163617, 163636, 163658, 163680, 163697, 163715, 163733, 163746, 163770, 163796, 163825, 163846, 163875, 163900, 163925, 163949, 163976, 164003, 164025, 164044, 164065, 164089, 164105, 164129, 164149, 164169, 164188, 164210, 164232, 164249, 164254, 164263, 164273, 164288, 164300, 164319, 164332, 164347, 164351, 164358, 164375, 164392, 164407, 164428, 164442, 164458, 164471, 164486, 164501, 164519, 164528, 164536, 164544, 164550, 164558, 164573, 164591, 164613, 164635, 164646, 164653, 164661, 164673, 164686, 164707, 164727, 164738, 164754, 164771, 164792, 164815, 164837, 164845, 164854, 164872, 164896, 164920, 164948, 164981, 165003, 165030, 165064, 165085, 165104, 165121, 165139, 165161, 165186, 165210, 165237, 165260, 165279, 165295, 165311, 165327, 165345, 165358, 165372, 165386, 165398, 165411, 165422, 165433, 165443, 165452, 165458, 165465, 165469, 165474, 165486, 165503, 165509, 165516, 165526, 165537, 165554, 165569, 165586, 165601, 165617, 165632, 165651, 165666, 165682, 165695, 165709, 165727, 165746, 165769, 165793, 165807, 165824, 165840, 165852, 165870, 165878, 165887, 165900, 165914, 165932, 165951, 165973, 165979, 165986, 165997, 166009, 166025, 166042, 166046, 166063, 166077, 166093, 166109, 166128, 166143, 166155, 166169, 166183, 166200, 166220, 166239, 166260, 166280, 166300, 166321, 166338, 166354, 166372, 166389, 166406, 166424, 166441, 166457, 166475, 166492, 166509, 166527, 166553, 166578, 166605, 166631, 166657, 166684, 166711, 166737, 166765, 166792, 166819, 166847, 166860, 166873, 166889, 166900, 166912, 166931, 166949, 166969, 166988, 167007, 167027, 167042, 167057, 167075, 167088, 167102, 167130, 167157, 167186, 167214, 167242, 167271, 167286, 167300, 167316, 167331, 167346, 167362, 167375, 167389, 167401, 167415, 167429, 167442, 167459, 167471, 167484, 167497, 167511, 167526, 167541, 167559, 167572, 167586, 167598, 167609, 167622, 167634, 167646, 167659, 167672, 167684, 167698, 167711, 167724, 167738, 167758, 167777, 167798, 167818, 167838, 167859, 167871, 167884, 167898, 167911, 167922, 167931, 167938, 167946, 167955, 167964, 167984, 168004, 168017, 168035, 168056, 168081, 168096, 168112, 168132, 168142, 168151, 168158, 168166, 168178, 168190, 168203, 168217, 168230, 168237, 168255, 168269, 168287, 168306, 168318, 168337, 168348, 168370, 168388, 168410, 168433, 168449, 168472, 168477, 168483, 168495, 168510, 168524, 168540, 168556, 168572, 168589, 168608, 168627, 168646, 168658, 168673, 168687, 168698, 168711, 168726, 168741, 168756, 168768, 168781, 168798, 168815, 168833, 168852, 168870, 168883, 168899, 168913, 168930, 168940, 168954, 168966, 168980, 168994, 169008, 169024, 169042, 169060, 169078, 169092, 169109, 169123, 169140, 169150, 169161, 169176, 169191, 169207, 169224, 169240, 169253, 169269, 169280, 169294, 169304, 169318, 169329, 169343, 169356, 169369, 169382, 169398, 169410, 169424, 169434, 169448, 169464, 169475, 169489, 169500, 169514, 169525, 169539, 169554, 169571, 169580, 169590, 169604, 169618, 169633, 169649, 169664, 169676, 169694, 169710, 169722, 169732, 169745, 169759, 169773, 169778, 169797, 169811, 169825, 169844, 169853, 169868, 169884, 169893, 169908, 169917, 169934, 169952, 169968, 169984, 170001, 170018, 170036, 170058, 170080, 170103, 170127, 170150, 170166, 170183, 170204, 170225, 170247, 170270, 170292, 170318, 170340, 170367, 170382, 170398, 170415, 170433, 170448, 170466, 170479, 170492, 170516, 170536, 170561, 170574, 170590, 170600, 170611, 170630, 170651, 170672, 170693, 170715, 170739, 170763, 170787, 170804, 170822, 170844, 170866, 170889, 170913, 170936, 170953, 170972, 170991, 171010, 171031, 171054, 171077, 171100, 171111, 171122, 171137, 171158, 171166, 171184, 171196, 171209, 171223, 171236, 171251, 171261, 171273, 171285, 171297, 171311, 171325, 171338, 171345, 171356, 171368, 171377, 171387, 171395, 171401, 171412, 171422, 171429, 171436, 171446, 171451, 171466, 171483, 171492, 171502, 171508, 171522, 171535, 171549, 171565, 171581, 171610, 171621, 171633, 171640, 171648, 171660, 171672, 171685, 171699, 171712, 171724, 171736, 171755, 171772, 171787, 171800, 171818, 171832, 171847, 171865, 171887, 171912, 171935, 171956, 171982, 172004, 172027, 172054, 172079, 172102, 172130, 172154, 172179, 172210, 172239, 172266, 172298, 172326, 172355, 172372, 172393, 172407, 172421, 172437, 172459, 172474, 172489, 172506, 172513, 172523, 172530, 172546, 172566, 172586, 172610, 172628, 172642, 172652, 172673, 172692, 172704, 172720, 172738, 172753, 172773, 172785, 172800, 172809, 172819, 172842, 172865, 172885, 172898, 172911, 172926, 172945, 172962, 172977, 172997, 173013, 173030, 173047, 173070, 173091, 173110, 173134, 173154, 173175, 173196, 173205, 173217, 173235, 173253, 173275, 173302, 173323, 173351, 173364, 173383, 173404, 173412, 173415, 173419, 173441, 173465, 173481, 173498, 173519, 173539, 173560, 173583, 173606, 173642, 173660, 173679, 173684, 173691, 173705, 173724, 173746, 173772, 173788, 173805, 173826, 173837, 173840, 173844, 173847, 173859, 173870, 173887, 173903, 173915, 173926, 173937, 173941, 173946, 173955, 173964, 173974, 173985, 173995, 174003, 174010, 174022, 174031, 174038, 174046, 174061, 174073, 174088, 174098, 174126, 174148, 174159, 174163, 174168, 174180, 174197, 174211, 174222, 174233, 174247, 174260, 174270, 174280, 174296, 174308, 174330, 174349, 174368, 174387, 174408, 174424, 174441, 174458, 174473, 174489, 174503, 174517, 174530, 174536, 174546, 174554, 174566, 174580, 174592, 174600, 174606, 174613, 174618, 174633, 174653, 174676, 174703, 174720, 174738, 174760, 174772, 174778, 174792, 174806, 174818, 174831, 174850, 174872, 174898, 174914, 174931, 174952, 174963, 174971, 174983, 174991, 175000, 175023, 175039, 175060, 175080, 175098, 175118, 175138, 175161, 175175, 175196, 175218, 175234, 175251, 175269, 175282, 175299, 175317, 175332, 175348, 175365, 175379, 175394, 175409, 175431, 175444, 175458, 175472, 175478, 175485, 175500, 175508, 175516, 175532, 175543, 175549, 175556, 175570, 175581, 175601, 175625, 175642, 175668, 175679, 175693, 175708, 175723, 175735, 175747, 175755, 175764, 175777, 175790, 175804, 175819, 175833, 175844, 175852, 175861, 175874, 175887, 175907, 175921, 175936, 175960, 175976, 175996, 176013, 176034, 176060, 176074, 176095, 176120, 176138, 176165, 176175, 176186, 176201, 176216, 176238, 176254, 176271, 176297, 176315, 176337, 176356, 176379, 176407, 176423, 176446, 176454, 176463, 176476, 176489, 176503, 176518, 176532, 176554, 176573, 176591, 176606, 176610, 176615, 176624, 176634, 176641, 176657, 176674, 176692, 176709, 176724, 176737, 176753, 176770, 176788, 176805, 176820, 176833, 176850, 176868, 176887, 176905, 176921, 176935, 176941, 176948, 176956, 176973, 176992, 177010, 177025, 177042, 177063, 177086, 177108, 177127, 177148, 177167, 177188, 177208, 177225, 177244, 177267, 177292, 177316, 177337, 177360, 177370, 177381, 177389, 177398, 177407, 177417, 177421, 177426, 177431, 177437, 177440, 177444, 177453, 177462, 177470, 177478, 177488, 177497, 177506, 177511, 177518, 177537, 177557, 177581, 177605, 177630, 177656, 177681, 177695, 177710, 177729, 177748, 177768, 177789, 177809, 177823, 177838, 177857, 177876, 177896, 177917, 177937, 177945, 177951, 177961, 177980, 177998, 178021, 178039, 178051, 178077, 178103, 178123, 178147, 178156, 178166, 178184, 178193, 178210, 178232, 178257, 178286, 178305, 178325, 178349, 178363, 178369, 178376, 178384, 178392, 178401, 178424, 178447, 178460, 178480, 178500, 178520, 178540, 178553, 178565, 178575, 178582, 178590, 178599, 178604, 178607, 178612, 178618, 178622, 178627, 178632, 178640, 178655, 178669, 178673, 178678, 178685, 178693, 178702, 178721, 178734, 178751, 178770, 178781, 178792, 178805, 178819, 178834, 178849, 178867, 178886, 178908, 178930, 178958, 178981, 179001, 179026, 179043, 179060, 179083, 179101, 179116, 179136, 179142, 179149, 179166, 179177, 179192, 179209, 179218, 179227, 179240, 179253, 179259, 179263, 179270, 179276, 179283, 179295, 179313, 179328, 179343, 179358, 179375, 179387, 179400, 179413, 179424, 179436, 179446, 179456, 179465, 179483, 179491, 179500, 179511, 179520, 179530, 179547, 179569, 179593, 179608, 179630, 179648, 179664, 179687, 179701, 179716, 179730, 179737, 179745, 179749, 179754, 179761, 179770, 179786, 179807, 179825, 179848, 179862, 179883, 179899, 179912, 179929, 179944, 179958, 179980, 179993, 180007, 180017, 180028, 180043, 180059, 180079, 180100, 180105, 180111, 180124, 180134, 180153, 180158, 180164, 180177, 180195, 180210, 180230, 180241, 180259, 180272, 180282, 180296, 180308, 180319, 180338, 180348, 180357, 180368, 180385, 180402, 180417, 180438, 180452, 180460, 180482, 180501, 180520, 180539, 180560, 180571, 180583, 180596, 180612, 180629, 180646, 180661, 180677, 180691, 180705, 180718, 180726, 180736, 180747, 180758, 180769, 180781, 180796, 180815, 180830, 180844, 180859, 180875, 180893, 180909, 180926, 180947, 180969, 180984, 181000, 181008, 181026, 181045, 181060, 181081, 181099, 181113, 181134, 181145, 181160, 181178, 181200, 181225, 181247, 181269, 181286, 181292, 181299, 181315, 181325, 181347, 181369, 181387, 181397, 181406, 181432, 181463, 181483, 181495, 181508, 181518, 181529, 181541, 181566, 181598, 181613, 181627, 181638, 181650, 181669, 181686, 181702, 181719, 181729, 181740, 181755, 181771, 181791, 181814, 181836, 181861, 181882, 181890, 181907, 181918, 181941, 181964, 181975, 181985, 182012, 182044, 182055, 182067, 182093, 182126, 182138, 182151, 182169, 182186, 182204, 182215, 182227, 182251, 182277, 182288, 182300, 182311, 182321, 182329, 182338, 182347, 182355, 182376, 182397, 182408, 182426, 182444, 182462, 182480, 182491, 182509, 182524, 182538, 182549, 182556, 182560, 182563, 182572, 182582, 182596, 182610, 182625, 182641, 182656, 182666, 182681, 182695, 182703, 182709, 182729, 182748, 182767, 182788, 182808, 182828, 182845, 182861, 182877, 182895, 182912, 182929, 182946, 182962, 182980, 182997, 183005, 183021, 183033, 183037, 183048, 183062, 183077, 183096, 183115, 183135, 183156, 183176, 183182, 183189, 183197, 183202, 183211, 183226, 183247, 183269, 183292, 183300, 183306, 183325, 183341, 183357, 183373, 183391, 183404, 183418, 183432, 183444, 183457, 183468, 183479, 183489, 183500, 183510, 183517, 183525, 183533, 183540, 183549, 183559, 183571, 183582, 183593, 183606, 183618, 183630, 183644, 183651, 183659, 183668, 183675, 183682, 183698, 183717, 183733, 183755, 183777, 183803, 183834, 183859, 183891, 183906, 183923, 183946, 183971, 183983, 183997, 184004, 184010, 184017, 184024, 184030, 184036, 184043, 184049, 184056, 184061, 184069, 184077, 184083, 184098, 184118, 184127, 184140, 184152, 184159, 184178, 184194, 184209, 184221, 184228, 184236, 184245, 184252, 184272, 184289, 184305, 184318, 184340, 184359, 184377, 184392, 184401, 184407, 184415, 184425, 184435, 184440, 184446, 184453, 184472, 184495, 184511, 184527, 184545, 184569, 184586, 184603, 184622, 184634, 184648, 184660, 184674, 184696, 184711, 184726, 184743, 184753, 184764, 184774, 184781, 184789, 184805, 184820, 184829, 184844, 184862, 184879, 184894, 184911, 184930, 184947, 184962, 184974, 184994, 185017, 185034, 185053, 185072, 185091, 185110, 185127, 185146, 185163, 185179, 185200, 185219, 185233, 185247, 185261, 185280, 185295, 185303, 185312, 185329, 185345, 185361, 185382, 185406, 185434, 185452, 185471, 185494, 185507, 185525, 185540, 185554, 185565, 185587, 185606, 185624, 185639, 185647, 185657, 185669, 185681, 185690, 185700, 185714, 185729, 185748, 185768, 185778, 185789, 185804, 185820, 185840, 185861, 185869, 185887, 185906, 185921, 185942, 185960, 185974, 185995, 186006, 186018, 186031, 186055, 186080, 186096, 186119, 186135, 186150, 186167, 186188, 186204, 186221, 186244, 186259, 186274, 186291, 186309, 186328, 186347, 186369, 186392, 186418, 186444, 186476, 186503, 186527, 186556, 186572, 186589, 186610, 186631, 186658, 186680, 186699, 186723, 186734, 186745, 186755, 186762, 186770, 186777, 186783, 186790, 186809, 186822, 186848, 186868, 186891, 186908, 186938, 186962, 186986, 187004, 187035, 187060, 187070, 187078, 187084, 187091, 187106, 187120, 187135, 187149, 187160, 187172, 187187, 187200, 187215, 187228, 187242, 187255, 187272, 187285, 187301, 187315, 187331, 187345, 187360, 187374, 187392, 187406, 187416, 187424, 187432, 187452, 187469, 187485, 187498, 187510, 187522, 187527, 187533, 187544, 187552, 187567, 187576, 187587, 187591, 187600, 187617, 187625, 187638, 187649, 187662, 187668, 187674, 187678, 187681, 187685, 187690, 187698, 187711, 187719, 187726, 187734, 187743, 187751, 187760, 187772, 187777, 187783, 187798, 187807, 187828, 187849, 187865, 187874, 187882, 187892, 187917, 187947, 187961, 187970, 187980, 187996, 188004, 188028, 188059, 188067, 188077, 188088, 188100, 188112, 188128, 188143, 188159, 188178, 188197, 188222, 188242, 188259, 188281, 188290, 188300, 188316, 188330, 188344, 188364, 188386, 188401, 188425, 188437, 188454, 188467, 188473, 188479, 188494, 188508, 188527, 188541, 188549, 188571, 188593, 188609, 188629, 188636, 188645, 188654, 188664, 188674, 188685, 188699, 188713, 188726, 188740, 188755, 188770, 188786, 188806, 188827, 188841, 188856, 188862, 188869, 188881, 188894, 188907, 188921, 188939, 188958, 188974, 188989, 189005, 189018, 189032, 189046, 189061, 189078, 189096, 189108, 189121, 189136, 189152, 189172, 189193, 189218, 189244, 189261, 189279, 189294, 189310, 189323, 189337, 189353, 189370, 189382, 189395, 189414, 189434, 189447, 189461, 189473, 189486, 189501, 189517, 189530, 189544, 189559, 189574, 189590, 189595, 189607, 189620, 189637, 189654, 189674, 189698, 189712, 189727, 189746, 189763, 189772, 189780, 189790, 189795, 189807, 189820, 189832, 189845, 189854, 189864, 189874, 189879, 189883, 189886, 189890, 189901, 189915, 189927, 189943, 189950, 189955, 189967, 189984, 190004, 190028, 190042, 190057, 190076, 190085, 190093, 190110, 190115, 190121, 190131, 190141, 190152, 190164, 190175, 190185, 190191, 190197, 190204, 190221, 190236, 190247, 190268, 190279, 190297, 190315, 190328, 190348, 190366, 190386, 190396, 190411, 190427, 190443, 190457, 190472, 190486, 190498, 190511, 190524, 190539, 190550, 190562, 190578, 190591, 190600, 190617, 190630, 190637, 190645, 190661, 190675, 190690, 190706, 190724, 190739, 190752, 190768, 190785, 190799, 190814, 190828, 190843, 190860, 190878, 190897, 190917, 190930, 190944, 190962, 190978, 190996, 191015, 191029, 191044, 191065, 191087, 191102, 191118, 191133, 191146, 191163, 191176, 191189, 191192, 191196, 191209, 191228, 191247, 191270, 191298, 191320, 191349, 191363, 191383, 191405, 191409, 191414, 191417, 191421, 191428, 191433, 191437, 191442, 191459, 191478, 191496, 191511, 191528, 191549, 191572, 191594, 191613, 191634, 191653, 191674, 191694, 191711, 191730, 191753, 191778, 191802, 191823, 191846, 191852, 191861, 191868, 191875, 191888, 191902, 191906, 191915, 191925, 191939, 191953, 191968, 191984, 191999, 192004, 192010, 192015, 192021, 192028, 192035, 192042, 192046, 192062, 192080, 192099, 192115, 192133, 192151, 192172, 192189, 192203, 192219, 192235, 192254, 192258, 192263, 192270, 192278, 192288, 192309, 192326, 192347, 192369, 192384, 192406, 192415, 192435, 192451, 192471, 192492, 192506, 192527, 192532, 192541, 192549, 192557, 192567, 192588, 192614, 192643, 192676, 192699, 192723, 192751, 192769, 192776, 192785, 192800, 192811, 192822, 192835, 192855, 192869, 192881, 192896, 192907, 192923, 192936, 192945, 192962, 192975, 192983, 192992, 193007, 193021, 193035, 193049, 193062, 193075, 193080, 193086, 193091, 193100, 193107, 193120, 193132, 193137, 193141, 193146, 193155, 193164, 193177, 193187, 193200, 193213, 193221, 193231, 193240, 193254, 193264, 193275, 193286, 193307, 193317, 193331, 193342, 193350, 193360, 193373, 193398, 193413, 193421, 193442, 193462, 193472, 193482, 193495, 193504, 193517, 193531, 193544, 193554, 193566, 193578, 193591, 193602, 193615, 193624, 193637, 193647, 193660, 193670, 193683, 193697, 193710, 193720, 193730, 193739, 193749, 193760, 193770, 193788, 193809, 193829, 193849, 193868, 193882, 193895, 193908, 193918, 193927, 193935, 193944, 193954, 193969, 193989, 194006, 194020, 194034, 194051, 194067, 194080, 194093, 194112, 194127, 194135, 194145, 194158, 194163, 194177, 194189, 194202, 194217, 194230, 194241, 194254, 194265, 194280, 194298, 194309, 194323, 194336, 194345, 194354, 194362, 194374, 194388, 194405, 194414, 194431, 194444, 194457, 194469, 194484, 194499, 194509, 194520, 194531, 194537, 194550, 194566, 194580, 194595, 194613, 194628, 194645, 194660, 194673, 194688, 194701, 194711, 194729, 194743, 194757, 194770, 194787, 194806, 194828, 194842, 194864, 194882, 194900, 194917, 194937, 194957, 194972, 194988, 195004, 195015, 195037, 195061, 195088, 195107, 195134, 195157, 195180, 195202, 195227, 195252, 195272, 195289, 195308, 195330, 195344, 195366, 195384, 195402, 195419, 195439, 195459, 195474, 195491, 195511, 195524, 195540, 195552, 195566, 195583, 195592, 195609, 195622, 195635, 195647, 195662, 195677, 195687, 195703, 195717, 195732, 195749, 195764, 195777, 195792, 195805, 195822, 195842, 195855, 195871, 195887, 195901, 195916, 195933, 195948, 195961, 195976, 195989, 196006, 196026, 196039, 196055, 196077, 196081, 196098, 196112, 196129, 196141, 196171, 196195, 196209, 196228, 196244, 196257, 196270, 196286, 196301, 196313, 196325, 196343, 196357, 196370, 196388, 196403, 196415, 196427, 196442, 196456, 196467, 196478, 196495, 196508, 196513, 196519, 196534, 196551, 196567, 196580, 196595, 196614, 196635, 196655, 196672, 196691, 196709, 196731, 196753, 196759, 196769, 196777, 196781, 196785, 196789, 196792, 196796, 196806, 196829, 196849, 196869, 196889, 196911, 196928, 196946, 196964, 196980, 196997, 197012, 197027, 197041, 197046, 197059, 197077, 197092, 197111, 197130, 197140, 197150, 197161, 197168, 197182, 197198, 197215, 197220, 197226, 197233, 197249, 197261, 197273, 197287, 197308, 197323, 197336, 197352, 197364, 197381, 197395, 197406, 197410, 197415, 197428, 197442, 197460, 197478, 197497, 197517, 197536, 197547, 197564, 197582, 197604, 197626, 197649, 197673, 197687, 197702, 197721, 197740, 197760, 197781, 197801, 197815, 197830, 197849, 197868, 197888, 197909, 197929, 197946, 197964, 197986, 198008, 198031, 198055, 198078, 198090, 198103, 198120, 198137, 198155, 198174, 198192, 198202, 198215, 198224, 198237, 198248, 198261, 198270, 198283, 198293, 198306, 198314, 198319, 198327, 198333, 198339, 198360, 198374, 198387, 198400, 198415, 198429, 198443, 198461, 198485, 198503, 198519, 198538, 198558, 198578, 198586, 198605, 198620, 198639, 198659, 198672, 198692, 198716, 198742, 198760, 198779, 198802, 198824, 198847, 198872, 198897, 198935, 198955, 198976, 198986, 199008, 199029, 199039, 199050, 199062, 199084, 199105, 199115, 199126, 199138, 199154, 199169, 199176, 199201, 199219, 199246, 199272, 199291, 199319, 199327, 199346, 199366, 199394, 199420, 199448, 199456, 199475, 199490, 199509, 199529, 199542, 199562, 199571, 199581, 199592, 199603, 199614, 199636, 199654, 199676, 199699, 199715, 199738, 199747, 199761, 199786, 199807, 199832, 199858, 199877, 199903, 199915, 199919, 199927, 199933, 199940, 199961, 199979, 199995, 200013, 200028, 200046, 200065, 200085, 200098, 200112, 200127, 200145, 200163, 200180, 200198, 200217, 200236, 200256, 200280, 200305, 200323, 200342, 200358, 200377, 200396, 200414, 200433, 200453, 200473, 200494, 200519, 200545, 200564, 200584, 200595, 200611, 200624, 200638, 200653, 200665, 200678, 200691, 200702, 200714, 200729, 200736, 200752, 200765, 200770, 200781, 200784, 200794, 200820, 200850, 200873, 200896, 200921, 200952, 200976, 201000, 201026, 201045, 201064, 201085, 201114, 201136, 201158, 201182, 201212, 201246, 201273, 201300, 201329, 201364, 201392, 201420, 201450, 201473, 201496, 201521, 201554, 201580, 201606, 201634, 201651, 201669, 201691, 201713, 201736, 201760, 201784, 201812, 201833, 201854, 201877, 201906, 201928, 201950, 201974, 201991, 202008, 202027, 202054, 202074, 202094, 202116, 202137, 202173, 202202, 202240, 202277, 202307, 202346, 202350, 202357, 202362, 202376, 202392, 202407, 202419, 202433, 202451, 202471, 202490, 202506, 202524, 202536, 202559, 202578, 202601, 202625, 202642, 202666, 202670, 202683, 202695, 202700, 202714, 202727, 202734, 202739, 202758, 202771, 202787, 202801, 202813, 202827, 202837, 202848, 202855, 202868, 202880, 202894, 202912, 202931, 202946, 202959, 202982, 202999, 203019, 203037, 203053, 203071, 203085, 203100, 203117, 203135, 203157, 203180, 203199, 203216, 203234, 203247, 203256, 203270, 203285, 203293, 203299, 203303, 203308, 203322, 203336, 203356, 203376, 203400, 203429, 203452, 203482, 203497, 203518, 203541, 203555, 203575, 203595, 203607, 203621, 203637, 203658, 203677, 203696, 203713, 203737, 203766, 203778, 203791, 203814, 203844, 203865, 203884, 203903, 203922, 203937, 203958, 203981, 203985, 203998, 204017, 204037, 204052, 204072, 204089, 204103, 204117, 204134, 204150, 204163, 204176, 204195, 204210, 204233, 204261, 204286, 204308, 204330, 204355, 204379, 204400, 204421, 204448, 204471, 204482, 204502, 204524, 204541, 204561, 204579, 204598, 204615, 204626, 204637, 204649, 204663, 204673, 204697, 204723, 204744, 204759, 204774, 204790, 204808, 204828, 204852, 204871, 204887, 204907, 204922, 204933, 204945, 204959, 204971, 204981, 204999, 205026, 205055, 205079, 205106, 205131, 205157, 205181, 205199, 205217, 205236, 205257, 205274, 205305, 205338, 205366, 205388, 205410, 205433, 205458, 205485, 205516, 205542, 205565, 205592, 205614, 205632, 205651, 205672, 205691, 205710, 205729, 205748, 205759, 205774, 205788, 205805, 205827, 205846, 205862, 205878, 205897, 205915, 205930, 205945, 205966, 205983, 206003, 206028, 206050, 206069, 206088, 206110, 206131, 206149, 206167, 206191, 206211, 206234, 206262, 206271, 206281, 206296, 206318, 206347, 206361, 206375, 206392, 206404, 206417, 206429, 206443, 206466, 206491, 206511, 206534, 206555, 206577, 206597, 206611, 206625, 206640, 206657, 206670, 206697, 206726, 206750, 206768, 206786, 206805, 206826, 206849, 206876, 206898, 206917, 206940, 206958, 206972, 206987, 207004, 207019, 207036, 207054, 207077, 207097, 207114, 207131, 207151, 207170, 207186, 207202, 207224, 207242, 207261, 207285, 207306, 207324, 207342, 207363, 207383, 207400, 207417, 207440, 207459, 207469, 207486, 207501, 207517, 207535, 207558, 207578, 207595, 207612, 207632, 207651, 207667, 207683, 207705, 207723, 207736, 207751, 207766, 207784, 207797, 207811, 207827, 207842, 207851, 207867, 207883, 207902, 207916, 207931, 207948, 207959, 207972, 207989, 208007, 208020, 208034, 208048, 208061, 208081, 208100, 208116, 208137, 208155, 208170, 208185, 208203, 208220, 208240, 208263, 208285, 208306, 208320, 208334, 208354, 208370, 208393, 208414, 208439, 208452, 208463, 208483, 208501, 208523, 208544, 208563, 208586, 208605, 208622, 208643, 208665, 208685, 208709, 208724, 208745, 208764, 208787, 208801, 208821, 208843, 208852, 208863, 208873, 208878, 208897, 208930, 208951, 208980, 209001, 209017, 209037, 209056, 209075, 209094, 209110, 209127, 209144, 209163, 209177, 209195, 209212, 209229, 209246, 209260, 209275, 209290, 209303, 209323, 209338, 209357, 209375, 209393, 209411, 209426, 209442, 209458, 209470, 209496, 209510, 209532, 209544, 209558, 209571, 209586, 209598, 209612, 209628, 209645, 209657, 209671, 209681, 209693, 209703, 209713, 209726, 209734, 209743, 209753, 209768, 209780, 209789, 209798, 209813, 209833, 209850, 209864, 209878, 209895, 209911, 209924, 209937, 209956, 209971, 209983, 209994, 210002, 210010, 210024, 210034, 210040, 210060, 210065, 210079, 210091, 210112, 210135, 210153, 210174, 210193, 210213, 210231, 210243, 210255, 210268, 210283, 210294, 210319, 210346, 210368, 210384, 210400, 210417, 210436, 210457, 210482, 210502, 210519, 210540, 210556, 210568, 210581, 210596, 210609, 210628, 210656, 210686, 210711, 210739, 210765, 210792, 210817, 210836, 210855, 210875, 210897, 210915, 210947, 210981, 211010, 211033, 211056, 211080, 211106, 211134, 211166, 211193, 211217, 211245, 211268, 211287, 211307, 211329, 211349, 211369, 211389, 211413, 211442, 211465, 211495, 211504, 211522, 211546, 211562, 211578, 211594, 211612, 211634, 211662, 211682, 211702, 211722, 211744, 211770, 211796, 211816, 211846, 211874, 211896, 211918, 211934, 211960, 211984, 211999, 212023, 212049, 212070, 212094, 212116, 212139, 212160, 212175, 212190, 212206, 212224, 212238, 212266, 212296, 212321, 212340, 212359, 212379, 212401, 212425, 212453, 212476, 212496, 212520, 212539, 212554, 212570, 212588, 212604, 212613, 212628, 212640, 212647, 212655, 212676, 212699, 212709, 212720, 212735, 212750, 212766, 212783, 212799, 212808, 212818, 212832, 212846, 212861, 212877, 212892, 212897, 212903, 212913, 212918, 212930, 212937, 212952, 212957, 212963, 212968, 212980, 212997, 213017, 213041, 213055, 213070, 213089, 213098, 213103, 213112, 213129, 213141, 213149, 213155, 213163, 213172, 213185, 213198, 213212, 213227, 213241, 213249, 213257, 213266, 213278, 213290, 213301, 213313, 213326, 213339, 213353, 213371, 213390, 213402, 213415, 213423, 213433, 213444, 213456, 213476, 213495, 213503, 213508, 213514, 213529, 213547, 213562, 213583, 213604, 213629, 213659, 213683, 213714, 213728, 213744, 213766, 213790, 213801, 213809, 213818, 213826, 213835, 213840, 213845, 213853, 213857, 213866, 213886, 213902, 213922, 213943, 213957, 213978, 213985, 213997, 214020, 214039, 214062, 214086, 214103, 214127, 214132, 214137, 214146, 214152, 214159, 214167, 214176, 214191, 214203, 214222, 214235, 214250, 214270, 214286, 214302, 214320, 214345, 214364, 214381, 214401, 214417, 214438, 214456, 214463, 214476, 214490, 214500, 214516, 214525, 214537, 214562, 214584, 214606, 214628, 214652, 214671, 214691, 214711, 214729, 214748, 214765, 214782, 214798, 214808, 214829, 214846, 214867, 214889, 214904, 214926, 214946, 214962, 214978, 214996, 215021, 215040, 215057, 215077, 215093, 215114, 215132, 215147, 215156, 215166, 215182, 215195, 215215, 215229, 215245, 215261, 215272, 215278, 215285, 215293, 215305, 215325, 215342, 215354, 215367, 215381, 215397, 215410, 215419, 215434, 215440, 215447, 215453, 215467, 215484, 215497, 215510, 215525, 215547, 215563, 215577, 215594, 215607, 215625, 215640, 215651, 215663, 215675, 215693, 215708, 215730, 215746, 215764, 215782, 215794, 215805, 215820, 215836, 215846, 215850, 215860, 215872, 215878, 215883, 215888, 215896, 215899, 215907, 215914, 215921, 215939, 215956, 215973, 215982, 215990, 215998, 216002, 216012, 216027, 216041, 216055, 216068, 216080, 216090, 216102, 216116, 216128, 216138, 216151, 216158, 216173, 216191, 216203, 216217, 216231, 216245, 216259, 216271, 216285, 216297, 216308, 216320, 216336, 216350, 216359, 216368, 216377, 216391, 216401, 216412, 216426, 216439, 216450, 216463, 216478, 216491, 216502, 216516, 216524, 216540, 216559, 216572, 216587, 216602, 216617, 216632, 216645, 216660, 216673, 216685, 216698, 216715, 216730, 216740, 216750, 216760, 216775, 216786, 216794, 216799, 216818, 216825, 216843, 216855, 216872, 216880, 216888, 216903, 216923, 216948, 216970, 216992, 217014, 217038, 217057, 217077, 217097, 217115, 217134, 217151, 217168, 217184, 217189, 217203, 217223, 217243, 217267, 217296, 217319, 217349, 217364, 217385, 217408, 217416, 217423, 217429, 217438, 217443, 217452, 217461, 217471, 217476, 217482, 217489, 217502, 217520, 217541, 217566, 217581, 217597, 217617, 217627, 217632, 217640, 217652, 217663, 217680, 217703, 217718, 217733, 217748, 217765, 217786, 217813, 217832, 217851, 217870, 217891, 217916, 217941, 217960, 217989, 218016, 218037, 218058, 218073, 218098, 218121, 218133, 218147, 218162, 218179, 218193, 218200, 218204, 218214, 218229, 218250, 218263, 218276, 218289, 218304, 218323, 218348, 218365, 218382, 218399, 218418, 218441, 218464, 218481, 218508, 218533, 218552, 218571, 218584, 218607, 218628, 218632, 218637, 218649, 218661, 218674, 218689, 218710, 218735, 218760, 218778, 218791, 218807, 218830, 218857, 218884, 218904, 218924, 218937, 218952, 218971, 218990, 219002, 219014, 219027, 219036, 219054, 219073, 219086, 219100, 219114, 219135, 219160, 219185, 219203, 219221, 219232, 219245, 219258, 219273, 219290, 219312, 219332, 219352, 219370, 219383, 219397, 219419, 219439, 219459, 219479, 219487, 219497, 219506, 219516, 219530, 219545, 219568, 219593, 219609, 219618, 219631, 219645, 219667, 219691, 219706, 219717, 219730, 219745, 219765, 219783, 219801, 219817, 219828, 219840, 219860, 219878, 219896, 219914, 219931, 219945, 219958, 219973, 219990, 220004, 220024, 220041, 220055, 220080, 220101, 220127, 220141, 220157, 220173, 220190, 220209, 220213, 220218, 220235, 220249, 220262, 220272, 220291, 220307, 220322, 220334, 220344, 220361, 220373, 220387, 220403, 220418, 220431, 220438, 220446, 220458, 220471, 220491, 220506, 220523, 220542, 220560, 220576, 220589, 220609, 220624, 220641, 220660, 220678, 220694, 220701, 220709, 220731, 220752, 220775, 220796, 220820, 220843, 220862, 220882, 220906, 220924, 220941, 220959, 220978, 220992, 221006, 221023, 221041, 221059, 221079, 221098, 221112, 221127, 221147, 221160, 221184, 221198, 221211, 221238, 221265, 221288, 221315, 221344, 221377, 221400, 221428, 221456, 221480, 221508, 221538, 221572, 221596, 221605, 221622, 221634, 221653, 221667, 221683, 221701, 221718, 221733, 221743, 221763, 221783, 221799, 221816, 221836, 221857, 221873, 221895, 221910, 221936, 221952, 221959, 221967, 221977, 221991, 222008, 222019, 222031, 222053, 222074, 222097, 222115, 222136, 222155, 222177, 222201, 222224, 222242, 222261, 222281, 222305, 222322, 222338, 222352, 222368, 222389, 222407, 222425, 222443, 222459, 222478, 222499, 222520, 222541, 222559, 222576, 222590, 222606, 222623, 222651, 222675, 222689, 222709, 222727, 222746, 222766, 222782, 222796, 222813, 222828, 222844, 222862, 222880, 222898, 222918, 222931, 222945, 222963, 222978, 222996, 223012, 223031, 223049, 223061, 223077, 223096, 223110, 223124, 223140, 223156, 223172, 223190, 223210, 223230, 223250, 223266, 223285, 223295, 223311, 223330, 223355, 223382, 223409, 223420, 223435, 223453, 223465, 223482, 223500, 223516, 223529, 223545, 223562, 223579, 223594, 223610, 223628, 223648, 223663, 223681, 223694, 223715, 223735, 223753, 223769, 223786, 223809, 223822, 223838, 223851, 223867, 223889, 223907, 223931, 223943, 223961, 223981, 223999, 224016, 224033, 224050, 224070, 224086, 224100, 224116, 224128, 224145, 224164, 224177, 224190, 224200, 224221, 224238, 224260, 224270, 224282, 224294, 224307, 224322, 224326, 224336, 224348, 224371, 224390, 224413, 224437, 224454, 224478, 224495, 224516, 224530, 224544, 224560, 224582, 224597, 224612, 224629, 224639, 224649, 224661, 224681, 224694, 224707, 224722, 224734, 224744, 224749, 224755, 224765, 224784, 224792, 224808, 224828, 224848, 224854, 224862, 224867, 224874, 224881, 224898, 224920, 224941, 224957, 224964, 224972, 224985, 224998, 225015, 225030, 225044, 225063, 225086, 225100, 225121, 225142, 225159, 225172, 225185, 225196, 225210, 225220, 225244, 225262, 225279, 225298, 225316, 225339, 225357, 225380, 225396, 225416, 225436, 225469, 225484, 225503, 225523, 225542, 225554, 225574, 225588, 225604, 225616, 225637, 225651, 225670, 225689, 225713, 225737, 225758, 225777, 225800, 225822, 225846, 225866, 225891, 225909, 225930, 225946, 225967, 225991, 226013, 226031, 226045, 226070, 226090, 226114, 226131, 226151, 226172, 226185, 226206, 226219, 226236, 226251, 226267, 226281, 226295, 226318, 226339, 226356, 226369, 226393, 226412, 226435, 226451, 226470, 226490, 226502, 226522, 226534, 226542, 226550, 226559, 226573, 226602, 226629, 226652, 226671, 226701, 226726, 226755, 226777, 226802, 226828, 226846, 226872, 226890, 226910, 226934, 226956, 226978, 226996, 227010, 227024, 227039, 227064, 227083, 227101, 227121, 227140, 227164, 227181, 227202, 227223, 227257, 227273, 227293, 227314, 227327, 227348, 227365, 227378, 227389, 227408, 227415, 227425, 227437, 227450, 227460, 227471, 227490, 227506, 227520, 227538, 227555, 227576, 227602, 227627, 227647, 227668, 227691, 227709, 227729, 227754, 227766, 227778, 227791, 227806, 227823, 227838, 227858, 227879, 227895, 227916, 227942, 227967, 227987, 228003, 228024, 228037, 228056, 228080, 228103, 228121, 228132, 228148, 228165, 228177, 228196, 228211, 228218, 228236, 228256, 228268, 228281, 228298, 228314, 228331, 228348, 228367, 228386, 228418, 228432, 228447, 228464, 228486, 228507, 228523, 228543, 228555, 228572, 228586, 228598, 228611, 228627, 228645, 228665, 228677, 228690, 228707, 228723, 228740, 228759, 228778, 228810, 228824, 228839, 228847, 228856, 228876, 228900, 228922, 228944, 228962, 228976, 228990, 229005, 229030, 229049, 229067, 229087, 229106, 229130, 229147, 229168, 229189, 229223, 229239, 229259, 229280, 229293, 229314, 229331, 229344, 229355, 229367, 229376, 229391, 229411, 229430, 229444, 229449, 229460, 229472, 229494, 229515, 229531, 229554, 229569, 229588, 229609, 229626, 229645, 229661, 229685, 229708, 229719, 229731, 229749, 229772, 229792, 229809, 229826, 229846, 229865, 229881, 229897, 229919, 229937, 229951, 229969, 229981, 230000, 230017, 230037, 230056, 230080, 230101, 230119, 230137, 230158, 230178, 230195, 230212, 230235, 230254, 230267, 230290, 230312, 230329, 230353, 230369, 230389, 230411, 230429, 230449, 230466, 230479, 230494, 230514, 230539, 230561, 230580, 230599, 230621, 230642, 230660, 230678, 230702, 230722, 230743, 230769, 230792, 230812, 230832, 230855, 230877, 230896, 230915, 230940, 230961, 230977, 231000, 231022, 231038, 231050, 231061, 231072, 231082, 231099, 231120, 231138, 231151, 231168, 231185, 231201, 231217, 231229, 231242, 231262, 231282, 231307, 231331, 231352, 231370, 231384, 231401, 231413, 231429, 231445, 231455, 231472, 231493, 231509, 231529, 231549, 231568, 231586, 231607, 231632, 231645, 231662, 231683, 231703, 231715, 231731, 231751, 231767, 231787, 231811, 231829, 231843, 231863, 231879, 231899, 231923, 231951, 231983, 232000, 232021, 232039, 232052, 232075, 232097, 232118, 232143, 232160, 232181, 232197, 232217, 232237, 232261, 232281, 232305, 232333, 232365, 232382, 232403, 232423, 232442, 232464, 232490, 232504, 232522, 232544, 232565, 232578, 232595, 232616, 232633, 232654, 232679, 232698, 232713, 232730, 232751, 232776, 232805, 232838, 232856, 232878, 232892, 232905, 232919, 232932, 232946, 232955, 232971, 232985, 233000, 233014, 233025, 233038, 233055, 233067, 233080, 233102, 233123, 233139, 233162, 233177, 233196, 233217, 233234, 233253, 233269, 233290, 233306, 233326, 233346, 233355, 233365, 233385, 233404, 233426, 233452, 233466, 233484, 233506, 233527, 233540, 233557, 233578, 233595, 233616, 233641, 233660, 233675, 233692, 233713, 233738, 233767, 233800, 233818, 233840, 233854, 233878, 233906, 233924, 233937, 233954, 233965, 233977, 233988, 234010, 234036, 234054, 234076, 234093, 234114, 234135, 234160, 234181, 234206, 234235, 234268, 234286, 234308, 234322, 234334, 234355, 234379, 234402, 234424, 234442, 234459, 234476, 234490, 234510, 234529, 234551, 234577, 234591, 234609, 234631, 234652, 234665, 234682, 234703, 234720, 234741, 234766, 234785, 234800, 234817, 234838, 234863, 234892, 234925, 234943, 234965, 234979, 234995, 235011, 235034, 235056, 235073, 235097, 235113, 235133, 235155, 235173, 235193, 235210, 235224, 235240, 235251, 235256, 235262, 235279, 235298, 235309, 235321, 235337, 235352, 235368, 235389, 235405, 235423, 235441, 235472, 235485, 235499, 235507, 235520, 235542, 235566, 235585, 235607, 235627, 235648, 235667, 235680, 235693, 235707, 235723, 235735, 235761, 235789, 235812, 235829, 235846, 235864, 235884, 235906, 235932, 235953, 235971, 235993, 236010, 236023, 236037, 236053, 236067, 236093, 236117, 236137, 236153, 236180, 236202, 236228, 236247, 236269, 236292, 236307, 236330, 236345, 236362, 236381, 236392, 236404, 236420, 236435, 236451, 236469, 236487, 236518, 236531, 236545, 236550, 236566, 236575, 236581, 236595, 236613, 236625, 236637, 236649, 236663, 236681],
        },
        rules: &[
            (0, "override-earlier-instructions", Anchor::Any(&[Anchor::All(&[Anchor::Lits(&[6797, 6857, 6922, 7214, 7227, 8617, 8632, 8655, 8668, 9413, 9751, 10959, 10990, 11310, 11418, 11489, 12261, 12981]), Anchor::Lits(&[5824, 6598, 6986, 7125, 7295, 7307, 7314, 7323, 7421, 7433, 7496, 7506, 7517, 7549, 7580, 7625, 7632, 7642, 7653, 7685, 7716, 8260, 8362, 8515, 8956, 8974, 9079, 9089, 9728, 10131, 10172, 10197, 10229, 10260, 10267, 10300, 10359, 10491, 10619, 10627, 10645, 10660, 10738, 10745, 10752, 11072, 11105, 11593, 11716, 11806, 12106, 12114, 12120, 12127, 12134, 12141, 12337, 12936, 12943, 12974, 13113]), Anchor::Lits(&[5837, 5903, 7791, 8258, 8374, 8528, 8757, 9285, 10481, 10569, 10723, 10873, 10888, 10890, 10917, 11053, 11503, 11602, 12251])]), Anchor::All(&[Anchor::Lits(&[5824, 6598, 6986, 7125, 7295, 7307, 7314, 7323, 7421, 7433, 7496, 7506, 7517, 7549, 7580, 7625, 7632, 7642, 7653, 7685, 7716, 8260, 8362, 8515, 8956, 8974, 9079, 9089, 9728, 10131, 10172, 10197, 10229, 10260, 10267, 10300, 10359, 10491, 10619, 10627, 10645, 10660, 10738, 10745, 10752, 11072, 11105, 11593, 11716, 11806, 12106, 12114, 12120, 12127, 12134, 12141, 12337, 12936, 12943, 12974, 13113]), Anchor::Lits(&[6797, 6857, 6958, 6993, 7083, 7214, 7241, 8002, 8632, 8655, 8681, 9272, 9346, 9426, 9930, 10554, 10959, 10990, 11265, 11429, 11489, 12082, 12261, 12388, 12430, 12806, 12981]), Anchor::Lits(&[28, 90, 1711, 1912, 1919, 2028, 2124, 2266, 2924, 2983, 3059, 3160, 3175, 3178, 3188, 3239, 3541, 3582, 3926])]), Anchor::All(&[Anchor::Lits(&[27, 767, 1940, 1944, 2038, 3249, 3767, 4593, 4602, 5156, 5188, 5266, 5316, 5320, 5773]), Anchor::Lits(&[6797, 6857, 6922, 7214, 7227, 8617, 8632, 8655, 8668, 9413, 9751, 10959, 10990, 11310, 11418, 11489, 12261, 12981]), Anchor::Lits(&[5824, 6598, 6986, 7125, 7295, 7307, 7314, 7323, 7421, 7433, 7496, 7506, 7517, 7549, 7580, 7625, 7632, 7642, 7653, 7685, 7716, 8260, 8362, 8515, 8956, 8974, 9079, 9089, 9728, 10131, 10172, 10197, 10229, 10260, 10267, 10300, 10359, 10491, 10619, 10627, 10645, 10660, 10738, 10745, 10752, 11072, 11105, 11593, 11716, 11806, 12106, 12114, 12120, 12127, 12134, 12141, 12337, 12936, 12943, 12974, 13113])])])),
            (1, "override-all-instructions", Anchor::Any(&[Anchor::Lits(&[1193, 1194, 1200, 2127, 2128, 2267, 2307, 2635, 2986, 3158, 3165, 3224, 3934, 3938, 3950]), Anchor::All(&[Anchor::Lits(&[6797, 6857, 7214, 7227, 8617, 8632, 8655, 8668, 9413, 10959, 10990, 11429, 11489, 12261, 12981]), Anchor::Lits(&[5824, 6598, 6986, 7125, 7295, 7307, 7314, 7323, 7421, 7433, 7496, 7506, 7517, 7549, 7580, 7625, 7632, 7642, 7653, 7685, 7716, 8260, 8362, 8515, 8956, 8974, 9079, 9089, 9728, 10131, 10172, 10197, 10229, 10260, 10267, 10300, 10359, 10491, 10619, 10627, 10645, 10660, 10738, 10745, 10752, 11072, 11105, 11593, 11716, 11806, 12106, 12114, 12120, 12127, 12134, 12141, 12337, 12936, 12943, 12974, 13113]), Anchor::Lits(&[5935, 6169, 7977, 13965])]), Anchor::All(&[Anchor::Lits(&[6795, 7227, 8630, 8668, 9413, 9750, 10990, 11309, 11418, 11487, 11504]), Anchor::Lits(&[5824, 6598, 6986, 7125, 7295, 7307, 7314, 7323, 7421, 7433, 7496, 7506, 7517, 7549, 7580, 7625, 7632, 7642, 7653, 7685, 7716, 8260, 8362, 8515, 8956, 8974, 9079, 9089, 9728, 10131, 10172, 10197, 10229, 10260, 10267, 10300, 10359, 10491, 10619, 10627, 10645, 10660, 10738, 10745, 10752, 11072, 11105, 11593, 11716, 11806, 12106, 12114, 12120, 12127, 12134, 12141, 12337, 12936, 12943, 12974, 13113]), Anchor::Lits(&[6169, 7768, 7977])]), Anchor::All(&[Anchor::Lits(&[6157, 6158, 6159, 6160, 6161, 6162, 6163, 6164, 6165, 6166, 6167, 10512, 10513, 10514, 10515, 10516, 10517, 10518, 10519, 10520, 10521, 10522, 11872, 11873, 11874, 11875, 11876, 11877, 11878, 11879, 11880, 11881, 11882, 12016, 12017, 12018, 12019, 12020, 12021, 12022, 12023, 12024, 12025, 12026, 12027, 12028, 12029, 12030, 12031, 12032, 12033, 12034, 12035, 12036, 12037, 12470, 12471, 12472, 12473, 12474, 12475, 12476, 12477, 12478, 12479, 12480, 12481, 12482, 12483, 12484, 12485, 12486, 12487, 12488, 12489, 12490, 12491, 12559, 12560, 12561, 12562, 12563, 12564, 12565, 12566, 12567, 12568, 12569, 12570, 12571, 12572, 12573, 12574, 12575, 12576, 12577, 12578, 12579, 12580, 12625, 12626, 12627, 12628, 12629, 12630, 12631, 12632, 12633, 12634, 12635, 12636, 12637, 12638, 12639, 12640, 12641, 12642, 12643, 12644, 12645, 12646, 12651, 12652, 12653, 12654, 12655, 12656, 12657, 12658, 12659, 12660, 12661, 12687, 12688, 12689, 12690, 12691, 12692, 12693, 12698, 12699, 12700, 12701, 12783, 12784, 12785, 12786, 12787, 12788, 12789, 12790, 12791, 12792, 12793, 12794, 12795, 12796, 12797, 12798, 12799, 12800, 12801, 12802, 12803, 12804, 13982, 13983, 13984, 13985, 13986, 13987, 13988, 13989, 13990, 13991, 13992, 13999, 14000, 14001, 14002, 14003, 14004, 14005, 14006, 14007, 14008, 14009, 14023, 14024, 14025, 14026, 14027, 14028, 14029, 14030, 14031, 14032, 14033, 14034, 14035, 14036, 14037, 14038, 14039, 14040, 14041, 14042, 14043, 14044]), Anchor::Lits(&[857, 922, 974, 1006, 1022, 1034, 1044, 1247, 1248, 1251, 1754, 1841, 2073, 2075, 2078, 2079, 2083, 2302, 2306, 2547, 2552, 2666, 2667, 2668, 3135, 3184, 3221, 3223, 3234, 3403, 3404, 3443, 3499, 3539, 3549, 3939, 3940, 4514])]), Anchor::All(&[Anchor::Lits(&[5825, 5826, 5828, 5829, 6599, 6600, 6602, 6603, 6987, 6988, 6989, 6990, 7126, 7127, 7128, 7129, 7296, 7297, 7298, 7299, 7308, 7309, 7310, 7311, 7315, 7316, 7317, 7318, 7324, 7335, 7357, 7359, 7422, 7423, 7425, 7426, 7434, 7435, 7436, 7437, 7497, 7498, 7499, 7500, 7507, 7508, 7509, 7510, 7518, 7519, 7520, 7521, 7550, 7551, 7552, 7553, 7581, 7582, 7583, 7584, 7626, 7627, 7628, 7629, 7633, 7634, 7635, 7636, 7643, 7644, 7645, 7646, 7654, 7655, 7656, 7657, 7686, 7687, 7688, 7689, 7717, 7718, 7719, 7720, 8261, 8262, 8263, 8264, 8265, 8276, 8298, 8300, 8363, 8364, 8366, 8367, 8516, 8517, 8518, 8519, 8957, 8958, 8959, 8960, 8975, 8986, 9008, 9010, 9080, 9081, 9082, 9083, 9090, 9091, 9093, 9094, 9729, 9730, 9731, 9732, 10132, 10133, 10134, 10135, 10173, 10174, 10175, 10176, 10198, 10199, 10200, 10201, 10230, 10231, 10232, 10233, 10261, 10262, 10263, 10264, 10268, 10269, 10270, 10271, 10301, 10302, 10303, 10304, 10360, 10361, 10362, 10363, 10492, 10493, 10494, 10495, 10620, 10621, 10622, 10623, 10628, 10629, 10631, 10632, 10646, 10647, 10649, 10650, 10661, 10662, 10663, 10664, 10739, 10740, 10741, 10742, 10746, 10747, 10748, 10749, 10753, 10754, 10755, 10756, 11073, 11074, 11075, 11076, 11106, 11107, 11108, 11109, 11594, 11595, 11596, 11597, 11717, 11718, 11719, 11720, 11807, 11808, 11817, 11819, 12107, 12108, 12109, 12110, 12115, 12116, 12117, 12118, 12121, 12122, 12123, 12124, 12128, 12129, 12130, 12131, 12135, 12136, 12137, 12138, 12142, 12143, 12144, 12145, 12338, 12339, 12340, 12341, 12937, 12938, 12939, 12940, 12944, 12945, 12946, 12947, 12975, 12976, 12977, 12978, 13114, 13117, 13118, 13119]), Anchor::Lits(&[2960, 4018, 4055, 5131, 5151, 5156, 5172, 5223, 5240, 5316, 5773])]), Anchor::All(&[Anchor::Lits(&[1867, 1868, 1869, 1870, 1871, 1872, 1873, 1874, 1883, 1884, 1885, 1886, 1887, 1888, 1889, 1890, 1891, 1892, 1893, 1894, 1895, 1896, 1897, 1898, 1899, 1900, 1901, 1902, 1903, 1904, 1905, 1906, 1907, 1908, 1909, 1910, 1911, 2443, 3978, 4440, 4447]), Anchor::Lits(&[6797, 6857, 7214, 7227, 8617, 8632, 8655, 8668, 9413, 10959, 10990, 11429, 11489, 12261, 12981])])])),
            (2, "override-named-policy", Anchor::Any(&[Anchor::Lits(&[2080, 2081, 2084, 2085, 2303, 2304, 2315, 2316, 3136, 3137, 3141, 3142, 3441, 3442, 3444, 3445, 3496, 3497, 3502, 3503, 5342, 5397, 5398, 5403, 5432, 5434, 5463, 5464, 5465, 5466, 5467, 5468, 5472, 5480, 5481, 5482, 5483, 5484, 5488, 5540, 5543, 5559, 5575, 5576, 5577, 5578, 5579, 5585, 5589, 5593, 5596, 5598, 5600, 5607, 5627, 5628, 5629, 5630, 5631, 5633, 5634, 5635, 5636, 5637, 5681, 5714]), Anchor::All(&[Anchor::Lits(&[1033, 2082, 2551, 3134, 3138, 3237, 3440, 3498]), Anchor::Lits(&[45, 74, 976, 978, 1037, 1082, 1083, 1150, 1191, 2062, 2976, 3205, 3321, 3540, 3590, 3766, 3925, 4607]), Anchor::Lits(&[5823, 6597, 6985, 7124, 7294, 7306, 7313, 7322, 7432, 7495, 7505, 7516, 7548, 7579, 7624, 7631, 7641, 7652, 7684, 7715, 8259, 8514, 8955, 8973, 9088, 9727, 10130, 10171, 10196, 10228, 10259, 10266, 10299, 10358, 10490, 10618, 10626, 10644, 10659, 10737, 10744, 10751, 11071, 11104, 11592, 11715, 11805, 12105, 12113, 12119, 12126, 12133, 12140, 12336, 12935, 12942, 12973, 13112])])])),
            (3, "override-everything-before", Anchor::All(&[Anchor::Lits(&[27, 753, 1710, 2244, 2259, 3182, 3199, 3767, 4593, 4602, 5097, 5101, 5102, 5124, 5127, 5129, 5130, 5157, 5158, 5159, 5160, 5161, 5162, 5163, 5164, 5165, 5166, 5167, 5168, 5169, 5170, 5184, 5188, 5189, 5195, 5196, 5197, 5199, 5201, 5213, 5214, 5307, 5308, 5309, 5310, 5311, 5312, 5313, 5315, 5316, 5317, 5318, 5319, 5320, 5321, 5333, 5334, 5335, 5336, 5337, 5338, 5339, 5769, 5773, 5774, 5780, 5781, 5782, 5784, 5785]), Anchor::Lits(&[24, 865, 1058, 1170, 1282, 1284, 1286, 1289, 1293, 1295, 1316, 1329, 1339, 1352, 1375, 1620, 1624, 1637, 1647, 1660, 1683, 1914, 1918, 2025, 2201, 2206, 2213, 2220, 2493, 2699, 2732, 2744, 2773, 2795, 2801, 2829, 2868, 2935, 3010, 3013, 3017, 3019, 3070, 3072, 3074, 3261, 3302, 3576, 3654, 3723, 3808, 3811, 3819, 3823, 3828, 3831, 3962, 4453, 4455, 4512, 4578]), Anchor::Lits(&[5934, 6186, 8002, 13342])])),
            (4, "override-the-above", Anchor::All(&[Anchor::Lits(&[28, 768, 3161, 3181]), Anchor::Lits(&[23, 864, 1057, 1169, 1281, 1283, 1285, 1288, 1294, 1315, 1328, 1338, 1351, 1374, 1619, 1623, 1636, 1646, 1659, 1682, 1913, 2024, 2200, 2205, 2219, 2492, 2698, 2731, 2743, 2772, 2794, 2800, 2828, 2867, 2934, 3009, 3012, 3016, 3018, 3069, 3071, 3073, 3260, 3301, 3575, 3653, 3722, 3807, 3810, 3818, 3822, 3827, 3830, 3961, 4452, 4454, 4511, 4577])])),
            (5, "override-bare-instructions", Anchor::Lits(&[865, 1289, 1914, 2206, 2744, 2773, 3013, 3070, 3823, 3831])),
            (6, "override-previous-loosely", Anchor::Any(&[Anchor::Lits(&[11353, 11354, 11355, 11356, 11357, 11358, 11359, 11360, 11361, 11362, 11363, 11364]), Anchor::All(&[Anchor::Lits(&[8974]), Anchor::Lits(&[6797, 6857, 7214, 7227, 8617, 8632, 8655, 8668, 9413, 10959, 10990, 11429, 11489, 12261, 12981]), Anchor::Lits(&[7791, 10890, 10917])])])),
            (7, "override-previous-context", Anchor::Any(&[Anchor::All(&[Anchor::Lits(&[948, 973, 1051, 1062, 1246, 2047, 2198, 2280, 2639, 2907, 2979, 3079, 3222, 3982]), Anchor::Lits(&[5824, 6598, 6986, 7125, 7295, 7307, 7314, 7323, 7421, 7433, 7496, 7506, 7517, 7549, 7580, 7625, 7632, 7642, 7653, 7685, 7716, 8260, 8362, 8515, 8956, 8974, 9079, 9089, 9728, 10131, 10172, 10197, 10229, 10260, 10267, 10300, 10359, 10491, 10619, 10627, 10645, 10660, 10738, 10745, 10752, 11072, 11105, 11593, 11716, 11806, 12106, 12114, 12120, 12127, 12134, 12141, 12337, 12936, 12943, 12974, 13113]), Anchor::Lits(&[5836, 5902, 7790, 8257, 8373, 8527, 8756, 9284, 10480, 10568, 10722, 10872, 10887, 10916, 11052, 11502, 11601, 12250])]), Anchor::All(&[Anchor::Lits(&[5833, 5835, 6026, 6610, 6991, 7130, 7300, 7312, 7319, 7419, 7430, 7438, 7511, 7522, 7554, 7630, 7647, 7658, 7690, 8360, 8371, 8520, 8969, 9076, 9085, 9098, 10136, 10177, 10202, 10234, 10265, 10272, 10305, 10364, 10455, 10496, 10624, 10639, 10657, 10665, 10743, 10750, 10757, 11077, 11110, 11598, 11721, 11867, 12111, 12125, 12132, 12139, 12146, 12941, 12948, 12979, 13121]), Anchor::Lits(&[6363, 6984, 8551, 8947, 9605, 9964, 10444, 10783, 11068, 11407, 12385])])])),
            (8, "override-rules-that-bind-you", Anchor::Lits(&[4019, 4021, 4022, 4023, 4024, 4035, 4036, 4037, 4039, 4051, 4052, 4056, 4057, 4112, 4113, 4114, 4115, 4129, 4130, 4135, 4136, 4137, 4138, 4141, 4142, 4143, 4144, 4791, 4792, 4793, 4794, 4795, 4805, 4806, 4807, 4808, 4818, 4819, 4821, 4822, 4851, 4852, 4853, 4854, 4859, 4860, 4861, 4862, 4863, 4864, 4866, 4867, 4868, 4869])),
            (9, "override-everything-then-order", Anchor::Lits(&[1290, 1291, 1292, 1915, 1916, 1917, 2207, 2208, 2209, 2745, 2746, 2747, 2774, 2775, 2776, 3577, 3578, 3579])),
            (10, "hijack-the-content", Anchor::Any(&[Anchor::All(&[Anchor::Lits(&[7324, 7335, 7347, 7348, 7350, 7352, 7353, 7354, 7355, 7356, 7358, 7370, 7371, 7372, 7374, 7376, 7377, 7378, 7379, 7380, 7381, 7384, 7387, 7389, 7390, 7391, 7392, 7393, 7394, 7395, 7397, 7398, 7399, 7400, 7402, 7403, 7404, 7406, 7407, 7408, 7410, 7411, 7412, 7413, 7414, 7415, 7416, 7417, 8265, 8276, 8288, 8289, 8291, 8293, 8294, 8295, 8296, 8297, 8299, 8311, 8312, 8313, 8315, 8317, 8318, 8319, 8320, 8321, 8322, 8325, 8328, 8330, 8331, 8332, 8333, 8334, 8335, 8336, 8338, 8339, 8340, 8341, 8343, 8344, 8345, 8347, 8348, 8349, 8351, 8352, 8353, 8354, 8355, 8356, 8357, 8358, 8975, 8986, 8998, 8999, 9001, 9003, 9004, 9005, 9006, 9007, 9009, 9021, 9022, 9023, 9025, 9027, 9028, 9029, 9030, 9031, 9032, 9035, 9038, 9040, 9041, 9042, 9043, 9044, 9045, 9046, 9048, 9049, 9050, 9051, 9053, 9054, 9055, 9057, 9058, 9059, 9067, 9068, 9069, 9070, 9071, 9072, 9073, 9074, 11807, 11808, 11809, 11810, 11811, 11812, 11813, 11814, 11815, 11816, 11818, 11820, 11821, 11822, 11823, 11824, 11825, 11826, 11827, 11828, 11829, 11830, 11831, 11832, 11837, 11838, 11839, 11840, 11841, 11842, 11849, 11850, 11851, 11852, 11853, 11854, 11855, 11856, 11857, 11858, 11859, 11860, 11861, 11862, 11863, 11864, 11865, 11866]), Anchor::Lits(&[6154, 6735, 7102, 8163, 8164, 8165, 10606, 10607, 10608, 10913, 10914, 10915, 11208, 11209, 11211, 11287, 11288, 11574, 12075, 12424, 12425, 13703])]), Anchor::All(&[Anchor::Lits(&[7325, 7326, 7327, 7328, 7329, 7330, 7331, 7332, 7333, 7334, 7336, 7337, 7338, 7339, 7340, 7341, 7342, 7343, 7344, 7346, 7349, 7351, 7360, 7361, 7362, 7363, 7364, 7365, 7366, 7367, 7368, 7369, 7373, 7375, 7382, 7383, 7385, 7386, 7388, 7401, 8266, 8267, 8268, 8269, 8270, 8271, 8272, 8273, 8274, 8275, 8277, 8278, 8279, 8280, 8281, 8282, 8283, 8284, 8285, 8287, 8290, 8292, 8301, 8302, 8303, 8304, 8305, 8306, 8307, 8308, 8309, 8310, 8314, 8316, 8323, 8324, 8326, 8327, 8329, 8342, 8976, 8977, 8978, 8979, 8980, 8981, 8982, 8983, 8984, 8985, 8987, 8988, 8989, 8990, 8991, 8992, 8993, 8994, 8995, 8997, 9000, 9002, 9011, 9012, 9013, 9014, 9015, 9016, 9017, 9018, 9019, 9020, 9024, 9026, 9033, 9034, 9036, 9037, 9039, 9052]), Anchor::Lits(&[235, 862, 1777, 2987])])])),
            (11, "instructions-void", Anchor::All(&[Anchor::Lits(&[6798, 6858, 6923, 7215, 7228, 7242, 8618, 8633, 8656, 8669, 8682, 9414, 9427, 9752, 10960, 10991, 11026, 11311, 11419, 11430, 11490, 12262, 12274, 12982]), Anchor::Lits(&[16, 18, 88, 893, 895, 1177, 1183, 1278, 1734, 1746, 1814, 1824, 1825, 2060, 2210, 2334, 2340, 2466, 2501, 2804, 2814, 2848, 2849, 2850, 2852, 2854, 2865, 2866, 2911, 2919, 2978, 2998, 3008, 3011, 3346, 3366, 3369, 3376, 3377, 3451, 3458, 3868, 3877, 3898, 4658, 4985, 5032, 5086, 7486, 7542, 7607, 7608, 7609, 7610, 7615, 7678, 10255, 10256, 10257, 10258, 10276, 10277, 10278, 10279]), Anchor::Lits(&[28, 90, 139, 231, 1711, 1912, 1919, 2028, 2124, 2266, 2924, 2983, 3059, 3160, 3175, 3178, 3188, 3239, 3541, 3582, 3926, 4149, 4407, 4451, 5340])])),
            (12, "instructions-superseded", Anchor::All(&[Anchor::Lits(&[711, 891, 896, 2091, 2093, 2335, 2336, 3000, 3001, 3013, 3015, 3019, 3020, 3368, 3370, 3875, 3878, 3963, 3964, 4522, 4523, 4984]), Anchor::Lits(&[6795, 6984, 7227, 8655, 9413, 9918, 9965, 10545, 10813, 10839, 10990, 11429])])),
            (13, "stop-following-instructions", Anchor::Any(&[Anchor::Lits(&[13725, 13727, 13729, 13731, 13735, 13738, 13742, 13743, 13748, 13749, 13751, 13752, 13755, 13773, 13774, 13775, 13776, 13777, 13778, 13779, 13780, 13781, 13782, 13783, 13784, 13785, 13791, 13792, 13793, 13794, 13795, 13796, 13797, 13798, 13799, 13800, 13801, 13802, 13803, 13808, 13809, 13810, 13811, 13812, 13813, 13814, 13815, 13816, 13817, 13818, 13819, 13820, 13822, 13823, 13825, 13827, 13829, 13832, 13834, 13835, 13840, 13841, 13842, 13843, 13845, 13934, 13935, 13937, 13939, 13941, 13944, 13946, 13947, 13952, 13953, 13954, 13955, 13957, 14318, 14319, 14320, 14321, 14322, 14323, 14324, 14325, 14326, 14327, 14328, 14329, 14330]), Anchor::All(&[Anchor::Lits(&[25, 26, 72, 73, 979, 980, 1857, 1862, 2159, 2160, 2557, 2558, 2896, 2900, 3378, 3379, 3804, 3805]), Anchor::Lits(&[6797, 6857, 6922, 7068, 7178, 7214, 7227, 8617, 8632, 8655, 8668, 9413, 9751, 9888, 10538, 10671, 10959, 10990, 11310, 11418, 11489, 12261, 12980, 12981]), Anchor::Lits(&[6693, 7482, 7611, 10151, 10253, 10289, 11102, 12103, 13740, 13756, 13850, 13852, 13915, 13916, 14280])])])),
            (14, "discredit-earlier-text", Anchor::Any(&[Anchor::Lits(&[5936, 5940, 5941, 5948, 5949, 5952, 5953, 5961, 6024, 6025, 6138, 6139, 6140, 6141, 6142, 6143, 6144, 6145, 6146, 6147, 6148, 6149, 6150, 6151, 6152, 6153, 6188, 6189, 6190, 6195, 6196, 6198, 6199, 6200, 6220, 6221, 6815, 6816, 6817, 6819, 6820, 6821, 6822, 6823, 6824, 6825, 6826, 6827, 6828, 6829, 6830, 6831, 6832, 6833, 6834, 6835, 6836, 6837, 6838, 6839, 6840, 6842, 6845, 6848, 6851, 6853, 6908, 6911, 6912, 6913, 6914, 6915, 6916, 6918, 6919, 6920, 6959, 6960, 6961, 6967, 6968, 6969, 6970, 6981, 6982, 6983, 8004, 8005, 8006, 8011, 8012, 8014, 8015, 8016, 8036, 8037, 8047, 8048, 8049, 8050, 8051, 8052, 8197, 8198, 8199, 8200, 8201, 8202, 8203, 8204, 8205, 8207, 8210, 8213, 8221, 8222, 8223, 8224, 9428, 9431, 9432, 9438, 9439, 9446, 9447, 9455, 9471, 9474, 9608, 9629, 9635, 9645, 9652, 9653, 9811, 9812, 9813, 9814, 9815, 9816, 9817, 9818, 9819, 9820, 9821, 9822, 9823, 9824, 9825, 9826, 9932, 9933, 9934, 9935, 9936, 9938, 9939, 9941, 9945, 9947, 10367, 10374, 10375, 10394, 10395, 10396, 10397, 10398, 10399, 10400, 10401, 10402, 10404, 10405, 10406, 10407, 10408, 10409, 10410, 10411, 10412, 10415, 10417, 10420, 10423, 10426, 10427, 10428, 10429, 10432, 10439, 10445, 10446, 10447, 10448, 10449, 10450, 10451, 10452, 10453, 10454, 10503, 10504, 10505, 10506, 10507, 10508, 10992, 10994, 10995, 10999, 11000, 11007, 11008, 11014, 11022, 11024, 11027, 11029, 11030, 11033, 11034, 11037, 11038, 11041, 11046, 11047, 11155, 11158, 11159, 11160, 11161, 11162, 11163, 11165, 11166, 11167, 11213, 11214, 11215, 11216, 11217, 11218, 11219, 11220, 11221, 11222, 11224, 11225, 11226, 11227, 11228, 11229, 11431, 11433, 11434, 11439, 11440, 11446, 11447, 11453, 11468, 11470, 11670, 11671, 11672, 11673, 11674, 11675, 11676, 11677, 11678, 11679, 12010, 12011, 12012, 12013, 12014, 12015, 12304, 12305, 12306, 12307, 12308, 12309, 12310, 12311, 12312, 12313, 12314, 12315, 12316, 12317, 12318, 12319, 12320, 12321, 12322, 12323, 12324, 12325, 12326, 12327, 12328, 12329, 12330, 12331, 12332, 12333, 12334, 12335, 12342, 12343, 12344, 12345, 12346, 12347, 12348, 12349, 12350, 12351, 12352, 12353, 12354, 12355, 12356, 12357, 12432, 12434, 12435, 12436, 12437, 12438, 12439, 12440, 12441, 12442, 12443, 12444, 12445, 12453, 12454, 12457, 12458, 12463, 12464, 12465, 12467, 12554, 12555, 12581, 12582, 12586, 12587, 12682, 12724, 12725, 12808, 12869, 12870, 12871, 12872, 12873, 12874, 12929, 12933, 12934, 13003, 13006, 13007, 13008, 13009, 13010, 13011, 13013, 13014, 13015, 13257, 13258, 13259, 13260, 13261, 13262, 13263, 13264, 13265, 13266, 13682, 13683, 13684, 13685, 13686, 13687, 13688, 13689, 13690, 13691, 13692, 13693, 13694, 13695, 13696, 13697]), Anchor::All(&[Anchor::Lits(&[6909, 6910, 6917, 6921, 7050, 7051, 7052, 7053, 7110, 7111, 7112, 7113, 11156, 11157, 11164, 11168, 13004, 13005, 13012, 13016]), Anchor::Lits(&[6798, 6858, 6923, 7215, 7228, 7242, 8618, 8633, 8656, 8669, 8682, 9414, 9427, 9752, 10960, 10991, 11026, 11311, 11419, 11430, 11490, 12262, 12274, 12982])]), Anchor::All(&[Anchor::Lits(&[5840, 5843, 5844, 5845, 5847, 5848, 5850, 7181, 7184, 7186, 7190, 7192, 7195, 7198, 7794, 7797, 7798, 7799, 7801, 7802, 7804, 8145, 8148, 8149, 8150, 8152, 8153, 8155, 8765, 8774, 8776, 8779, 8782, 8787, 8793, 10574, 10579, 10581, 10584, 10587, 10590, 10594, 10893, 10896, 10897, 10898, 10900, 10901, 10903, 10920, 10923, 10924, 10925, 10927, 10928, 10930, 12254, 12258, 12261, 12286, 12288, 12291, 12294]), Anchor::Lits(&[0, 4, 7, 8, 11, 13, 17, 20, 832, 1157, 1823, 2333, 2498, 2856, 2910, 2997, 4657])]), Anchor::All(&[Anchor::Lits(&[342, 343, 344, 345, 346, 347, 348, 349, 350, 351, 352, 353, 354, 355, 356, 357, 358, 359, 377, 378, 379, 380, 381, 382, 383, 384, 385, 386, 387, 388, 389, 390, 391, 392, 393, 394, 2502, 2503, 2504, 2505, 2506, 2507, 2508, 2509, 2510, 2511, 2512, 2513, 2514, 2515, 2516, 2517, 2518, 2519]), Anchor::Lits(&[6797, 6857, 6922, 7214, 7227, 8617, 8632, 8655, 8668, 9413, 9751, 10959, 10990, 11310, 11418, 11489, 12261, 12981])])])),
            (15, "permission-to-ignore", Anchor::All(&[Anchor::Lits(&[692, 965, 2177, 2178, 2179, 2180, 2184, 2185, 2186, 2187, 2188, 2189, 2190, 2191, 2192, 2193, 2194, 2195, 2196, 2197, 3075, 5094, 5146, 5147, 5173, 5174, 5175, 5176, 5177, 5178, 5179, 5180, 5181, 5183, 5185, 5186, 5187, 5190, 5193, 5194, 5198, 5200, 5202, 5204, 5218, 5219, 5222, 5224, 5279, 5280, 5286, 5287, 5288, 5289, 5290, 5291, 5292, 5293, 5294, 5295, 5296, 5297, 5300, 5301, 5302, 5306, 5323, 5332, 5733, 5759, 5760, 5761, 5762, 5763, 5764, 5765, 5766, 5768, 5770, 5771, 5772, 5775, 5778, 5779, 5783]), Anchor::Lits(&[6238, 6260, 6374, 6375, 6377, 6378, 6380, 6383, 6520, 6695, 6715, 6716, 6798, 6858, 6887, 6896, 6900, 6923, 6963, 6964, 6974, 7039, 7040, 7046, 7215, 7228, 7242, 7878, 7958, 7979, 8130, 8615, 8618, 8631, 8633, 8654, 8656, 8669, 8682, 8830, 9331, 9334, 9336, 9338, 9340, 9343, 9345, 9414, 9427, 9752, 9777, 9972, 9983, 9994, 10001, 10814, 10906, 10960, 10991, 11026, 11118, 11142, 11151, 11152, 11290, 11296, 11311, 11368, 11430, 11488, 11505, 11512, 11514, 11520, 11522, 11528, 11532, 11534, 11536, 11544, 11546, 11547, 11566, 11568, 11570, 11636, 11646, 11648, 11650, 11656, 11658, 12262, 12274, 12584, 12982, 13018]), Anchor::Lits(&[6525, 6598, 6721, 7262, 7323, 7963, 8260, 8974, 10627, 11806, 13267])])),
            (16, "deceive-the-user", Anchor::Any(&[Anchor::Lits(&[2164, 2165, 2166, 2167, 2168, 2169, 2170, 2171, 2172, 2173, 4609, 4610, 4611, 4612, 4613, 4614, 4615, 4616, 4617, 4618, 8799, 8801, 8803, 8807, 13589, 13653, 13656, 13659]), Anchor::All(&[Anchor::Lits(&[6605, 6607, 6609, 6610, 7404, 7408, 7418, 7419, 8345, 8349, 8359, 8360, 9055, 9059, 9075, 9076]), Anchor::Lits(&[8818, 10538, 11237, 13170])]), Anchor::All(&[Anchor::Lits(&[7484, 7485, 7526, 7527, 7530, 7531, 7543, 7544, 7546, 7547, 7573, 7574, 7575, 7576, 7613, 7614, 7662, 7663, 7666, 7667, 7679, 7680, 7682, 7683, 7709, 7710, 7711, 7712, 10153, 10154, 10178, 10179, 10182, 10183, 10194, 10195, 10203, 10204, 10222, 10223, 10224, 10225, 13538, 13539, 13592, 13593, 13597, 13598, 13612, 13613, 13618, 13619, 13641, 13642, 13643, 13644]), Anchor::Lits(&[8819, 8820, 8831, 8832, 8833, 8834, 8835, 8836, 8837, 8845, 8846, 8847, 11238, 11239, 11246, 11247, 11248, 11249, 11250, 11251, 11252, 11260, 11261, 11262, 13171, 13175, 13183, 13184, 13185, 13186, 13187, 13188, 13189, 13198, 13199, 13200, 13203, 13204, 13212, 13213, 13214, 13215, 13216, 13217, 13218, 13227, 13228, 13229])])])),
            (17, "suspend-own-instructions", Anchor::All(&[Anchor::Lits(&[2446, 2447, 2448, 2449, 2450, 2452, 2453, 2454, 2455, 2456, 2457, 2458, 2459, 2460, 2461, 2477, 2478, 2479, 2480, 2481, 2482, 2483, 2484, 2485, 2486, 2487, 2488, 2489, 2490, 2491, 3036, 3037, 3038, 3039, 3040, 3041, 3042, 3043, 3044, 3045, 3046, 3047, 3048, 3049, 3050, 3091, 3092, 3093, 3094, 3095, 3096, 3097, 3098, 3099, 3100, 3101, 3102, 3103, 3104, 3105, 3255, 3256, 3257, 3258, 3259, 3270, 3271, 3272, 3273, 3274, 3275, 3276, 3277, 3279, 3283, 3648, 3649, 3650, 3651, 3652, 3661, 3662, 3663, 3664, 3665, 3666, 3667, 3668, 3670, 3673, 3677, 3678, 3679, 3680, 3681, 3682, 3683, 3684, 3685, 3686, 3687, 3688, 3689, 3690, 3691, 3900, 3901, 3902, 3903, 3904, 3905, 3906, 3907, 3908, 3909, 3910, 3916, 3919, 3920, 3921, 4527, 4528, 4529, 4530, 4531, 4533, 4534, 4535, 4536, 4537, 4538, 4544, 4547, 4548, 4549]), Anchor::Lits(&[5932, 5943, 6240, 6242, 6244, 6245, 6248, 6252, 6253, 6255, 6257, 6258, 6260, 6374, 6375, 6377, 6378, 6380, 6383, 6520, 6695, 6715, 6718, 6798, 6858, 6889, 6894, 6896, 6900, 6923, 6964, 7039, 7040, 7046, 7215, 7228, 7242, 7878, 7958, 7979, 8128, 8130, 8615, 8616, 8618, 8631, 8633, 8654, 8656, 8669, 8682, 8822, 8830, 9331, 9332, 9334, 9336, 9338, 9343, 9345, 9414, 9427, 9752, 9777, 9972, 10001, 10814, 10840, 10906, 10960, 10991, 11026, 11049, 11118, 11142, 11151, 11152, 11311, 11371, 11374, 11430, 11488, 11503, 11566, 11568, 11570, 11636, 11637, 11646, 11648, 11650, 11656, 11658, 11662, 12262, 12274, 12584, 12982, 13018, 13981]), Anchor::Lits(&[6347, 6439, 6500, 10457, 10497, 10498, 10500, 12953])])),
            (18, "reset-own-instructions", Anchor::Any(&[Anchor::Lits(&[6504, 6773, 6774, 8412, 8413, 8414, 12301, 13482, 13484, 13486, 13490, 13495, 13497, 13498, 13500, 13501, 13502, 13503, 13504, 13505, 13506, 13507, 13508, 13509, 13510, 13511, 13512, 13513, 13524, 13525, 13526, 13528, 13531, 13533, 13534]), Anchor::All(&[Anchor::Lits(&[6775, 6776, 6777, 6778, 6788, 6789, 6790, 6791, 7146, 7147, 7150, 7152, 7724, 7725, 7727, 7736, 7879, 7880, 7881, 7882, 7883, 7884, 7885, 7886, 8159, 8160, 8161, 8162, 10666, 10667, 10668, 10669, 11064, 11065, 11066, 11067, 11189, 11190, 11191, 11192, 11197, 11198, 11199, 11200, 11201, 11202, 11203, 11204, 11277, 11278, 11279, 11280, 11281, 11282, 11283, 11284, 11394, 11395, 11396, 11397, 13115, 13116, 13120, 13121, 13439, 13440, 13441, 13442, 13443, 13444, 13445, 13446]), Anchor::Lits(&[6797, 6857, 6984, 7214, 7227, 8617, 8632, 8655, 8668, 8947, 9413, 9910, 9911, 10783, 10959, 10990, 11310, 11429, 11489, 12261, 12981])])])),
            (19, "apply-to-own-instructions", Anchor::All(&[Anchor::Lits(&[92, 93, 94, 95, 2939, 2940, 2959, 2961, 4464, 4465, 4486, 4500, 4992, 4993, 5010, 5031]), Anchor::Lits(&[6798, 6858, 7215, 7228, 7242, 8618, 8633, 8656, 8669, 8682, 9414, 9427, 10960, 10991, 11026, 11430, 11490, 12262, 12274, 12982])])),
            (20, "override-what-makers-said", Anchor::All(&[Anchor::Lits(&[4153, 4154, 4155, 4156, 4235, 4237, 4249, 4251, 4283, 4284, 4316, 4317, 4331, 4332, 4339, 4340, 4358, 4359, 4361, 4362, 5360, 5361, 5362, 5363, 5407, 5409, 5438, 5440, 5538, 5539, 5582, 5583, 5621, 5622, 5640, 5641, 5688, 5689, 5691, 5692]), Anchor::Lits(&[6885, 8458, 8528, 9403, 10958, 11550, 11714, 12391, 12958, 13704, 13708])])),
            (21, "you-have-been-changed", Anchor::Lits(&[1249, 1252, 2309, 2980, 3140, 3501, 6461, 6462, 6463, 6464, 6465, 6466, 6467, 6468, 6469, 6470, 6471, 6472, 8208, 8209, 8211, 8212, 9609, 9628, 9630, 9631, 9633, 9634, 9646, 9648, 9649, 9650, 9651, 9654, 10345, 10346, 10347, 10348, 10350, 10351, 10352, 10353, 10354, 10355, 10356, 10357, 10406, 10411, 10413, 10414, 10458, 10459, 10460, 10461, 10462, 10463, 10464, 10465, 10466, 10467, 10468, 10469, 12183, 12184, 12185, 12186, 12187, 12188, 12189, 12190, 12191, 12192, 12193, 12194, 13724, 13728, 13730, 13733, 13736, 13737, 13741, 13744, 13745, 13746, 13747, 13754, 13821, 13824, 13826, 13828, 13830, 13831, 13833, 13836, 13837, 13838, 13839, 13844, 13895, 13896, 13897, 13898, 13899, 13900, 13902, 13903, 13904, 13905, 13906, 13907, 13919, 13920, 13921, 13922, 13923, 13924, 13925, 13926, 13927, 13928, 13929, 13930, 13933, 13936, 13938, 13940, 13942, 13943, 13945, 13948, 13949, 13950, 13951, 13956, 14053, 14054, 14056, 14058, 14071, 14073, 14077, 14079, 14082, 14083, 14085, 14086, 14089, 14090, 14092, 14093, 14098, 14099, 14100, 14101, 14102, 14103, 14108, 14109, 14110, 14111, 14112, 14113, 14114, 14115, 14116, 14117, 14118, 14119, 14120, 14121, 14124, 14125, 14127, 14128, 14131, 14132, 14134, 14135, 14139, 14140, 14141, 14142, 14143, 14144, 14171, 14173, 14178, 14179, 14181, 14182, 14185, 14186, 14188, 14189, 14193, 14194, 14195, 14196, 14197, 14198, 14200, 14201, 14203, 14204, 14208, 14209, 14210, 14211, 14212, 14213, 14214, 14215, 14216, 14217, 14218, 14219, 14220, 14221, 14234, 14235, 14237, 14238, 14241, 14242, 14244, 14245, 14249, 14250, 14251, 14252, 14253, 14254, 14273, 14274, 14275, 14276, 14277, 14278, 14281, 14282, 14283, 14284, 14285, 14286, 14331, 14332, 14333, 14334, 14335, 14336, 14337, 14338, 14339, 14340, 14341, 14342])),
            (22, "treat-rules-as-optional", Anchor::Any(&[Anchor::Lits(&[5158, 5159, 5160, 5161, 5162, 5188, 5189, 5195, 5196, 5197, 5298, 5299, 5303, 5304, 5305, 5316, 5317, 5318, 5319, 5320, 5773, 5774, 5780, 5781, 5782]), Anchor::All(&[Anchor::Lits(&[335, 336, 337, 338, 339, 340, 360, 369, 370, 371, 372, 373, 375, 395]), Anchor::Lits(&[5942, 6239, 6241, 6243, 6247, 6251, 6254, 6256, 6259, 6373, 6376, 6379, 6382, 6519, 6694, 6714, 6717, 6797, 6857, 6888, 6893, 6895, 6899, 6922, 6962, 6973, 7038, 7045, 7214, 7227, 7877, 7957, 7978, 8129, 8614, 8617, 8630, 8653, 8655, 8668, 8821, 8829, 9330, 9333, 9335, 9337, 9339, 9342, 9344, 9413, 9751, 9776, 9971, 9982, 9993, 10000, 10813, 10905, 10959, 10990, 11141, 11150, 11289, 11309, 11370, 11373, 11418, 11487, 11504, 11511, 11513, 11519, 11521, 11527, 11531, 11533, 11535, 11539, 11543, 11545, 11565, 11567, 11569, 11635, 11645, 11647, 11649, 11655, 11657, 11661, 12261, 12583, 12981, 13017, 13980]), Anchor::Lits(&[6907, 7049, 11154, 11669, 13002, 13256])])])),
            (23, "nothing-is-real", Anchor::Lits(&[233, 1023, 2779, 2847, 2858, 2859, 2860, 2861, 3500])),
            (24, "declined-now-allowed", Anchor::Any(&[Anchor::All(&[Anchor::Lits(&[6506, 7047, 7048, 7103, 7162, 8248, 8249, 11153, 11181, 13698, 13699]), Anchor::Lits(&[284, 285, 286, 288, 289, 291, 308, 309, 310, 311, 312, 313, 314, 315, 316, 317, 714, 715, 717, 718, 719, 721, 723, 724, 726, 727, 728, 730, 731, 732, 734, 735, 737, 738, 739, 740, 741, 742, 743, 744, 745, 746, 747, 748, 749, 750, 751, 752, 2341, 2342, 2343, 2344, 2345, 2346, 2362, 2363, 2364, 2365, 2366, 2367, 2368, 2369, 2370, 2371]), Anchor::Lits(&[5935, 6187, 8003, 13343, 13366])]), Anchor::All(&[Anchor::Lits(&[6445, 6446, 6447, 6448, 6449, 6450, 6451, 6507, 6508, 6509, 6510, 6511, 6512, 6513, 7163, 7164, 7165, 7166, 7167, 7168, 7169, 7287, 7288, 7289, 7290, 7291, 7292, 7293, 8250, 8251, 8252, 8253, 8254, 8255, 8256, 10975, 10976, 10977, 10978, 10979, 10980, 10981, 11302, 11303, 11304, 11305, 11306, 11307, 11308]), Anchor::Lits(&[892, 894, 966, 1176, 1182, 1277, 1695, 1727, 2500, 3365, 3450, 3457])])])),
            (25, "drop-configured-limits", Anchor::Any(&[Anchor::Lits(&[2703, 5171, 5205, 5207, 5215, 6333, 6334, 6335, 6336, 6337, 6338, 6339, 6941, 6942, 6943, 6944, 6945, 6946, 6949, 6950, 6951, 6952, 6953, 6954, 8700, 8701, 8702, 8703, 8704, 8705, 8708, 8709, 8710, 8711, 8712, 8713, 9458, 9459, 9460, 9461, 9462, 9463, 9466, 9467, 9469, 9472, 9476, 9477, 9790, 9791, 9792, 9793, 9794, 9795, 9797, 9798, 9799, 9800, 9801, 9802, 10827, 10828, 10829, 10830, 10831, 10832, 10833, 10834, 10835, 10836, 10837, 10838, 11331, 11332, 11333, 11334, 11335, 11336, 11339, 11340, 11341, 11342, 11343, 11344, 11456, 11457, 11458, 11459, 11460, 11461, 11465, 11466, 11467, 11469, 11471, 11472, 12772, 12773]), Anchor::All(&[Anchor::Lits(&[4152, 4233, 4236, 4248, 4250, 4278, 4279, 4315, 4319, 4320, 4321, 4322, 4323, 4324, 4325, 4326, 4327, 4328, 4329, 4330, 4334, 4353, 4354, 4356, 5359, 5401, 5408, 5435, 5439, 5485, 5486, 5581, 5608, 5609, 5610, 5611, 5612, 5613, 5614, 5615, 5616, 5617, 5618, 5619, 5623, 5678, 5679, 5685]), Anchor::Lits(&[6925, 6928, 6929, 6932, 6933, 6934, 6937, 6938, 8635, 8638, 8639, 8642, 8643, 8644, 8647, 8648, 8684, 8687, 8688, 8691, 8692, 8693, 8696, 8697, 9433, 9436, 9440, 9444, 9445, 9449, 9453, 9454, 9754, 9757, 9758, 9761, 9762, 9763, 9766, 9767, 9778, 9779, 9780, 9781, 9782, 9783, 9786, 9787, 10815, 10816, 10817, 10818, 10819, 10820, 10823, 10824, 10841, 10842, 10843, 10844, 10845, 10846, 10847, 10848, 11315, 11318, 11319, 11322, 11323, 11324, 11327, 11328, 11435, 11438, 11441, 11444, 11445, 11448, 11451, 11452])]), Anchor::All(&[Anchor::Lits(&[1034, 2083, 2306, 3135, 3139, 3443, 3499, 3951]), Anchor::Lits(&[1182, 1813, 2333, 2500, 2788, 2803, 2813, 2851, 2910, 2997, 3450, 3457, 3777, 3876, 3897, 4657])])])),
            (26, "ignore-governance-policies", Anchor::Lits(&[34, 35, 1712, 1713, 1811, 1812, 2984, 2985, 3179, 3180, 3189, 3190, 5852, 5854, 5855, 5856, 5857, 6810, 6811, 6812, 6813, 6814, 7078, 7079, 7080, 7081, 7082, 8559, 8560, 8561, 8562, 8563, 9898, 9899, 9900, 9901, 9902, 10933, 10934, 10935, 10936, 10937, 11510, 11530, 11532, 11538, 11542, 11638, 11653, 11654, 11660, 11663])),
            (27, "reveal-own-instructions", Anchor::Lits(&[13966, 13967, 13993, 13994, 13995, 13996, 13997, 13998, 14010, 14021, 14045, 14048, 14049, 14050, 14051, 14052, 14059, 14060, 14061, 14062, 14063, 14064, 14067, 14068, 14069, 14075, 14146, 14147, 14148, 14149, 14151, 14152, 14153, 14154, 14155, 14156, 14157, 14158, 14159, 14174, 14175, 14202, 14205, 14206, 14207, 14222, 14223, 14231, 14256, 14257, 14268, 14269, 14270])),
            (28, "reveal-system-prompt", Anchor::Lits(&[5879, 5880, 5881, 5882, 5883, 5884, 5885, 5886, 5887, 5888, 5889, 5890, 5891, 6870, 6871, 6872, 6873, 6874, 6875, 6876, 6877, 6878, 6879, 6880, 6881, 6882, 7179, 7180, 7182, 7183, 7185, 7187, 7188, 7191, 7193, 7194, 7196, 7197, 7199, 8760, 8764, 8766, 8769, 8775, 8777, 8778, 8781, 8783, 8784, 8788, 8789, 8794, 9286, 9289, 9290, 9291, 9295, 9296, 9297, 9299, 9301, 9302, 9303, 9304, 9307, 9491, 9492, 9493, 9494, 9495, 9496, 9497, 9498, 9499, 9500, 9501, 9502, 9503, 9949, 9950, 9951, 9952, 9953, 9954, 9955, 9956, 9957, 9958, 9959, 9960, 9961, 10523, 10524, 10525, 10526, 10527, 10528, 10529, 10530, 10531, 10532, 10533, 10534, 10535, 10570, 10573, 10575, 10576, 10580, 10582, 10583, 10586, 10588, 10589, 10591, 10592, 10595, 10855, 10856, 10857, 10858, 10859, 10860, 10861, 10862, 10863, 10864, 10865, 10866, 10867, 10939, 10940, 10941, 10942, 10943, 10947, 10948, 10949, 10950, 10951, 10952, 10953, 10954, 11122, 11123, 11124, 11125, 11126, 11127, 11128, 11129, 11130, 11131, 11132, 11133, 11134, 11606, 11608, 11609, 11612, 11613, 11615, 11616, 11617, 11618, 11619, 11622, 11623, 11626, 12062, 12063, 12064, 12065, 12066, 12067, 12068, 12069, 12070, 12071, 12072, 12073, 12074, 12252, 12253, 12255, 12257, 12259, 12262, 12274, 12287, 12289, 12290, 12292, 12293, 12295, 13070, 13071, 13072, 13073, 13074, 13075, 13076, 13077, 13078, 13079, 13080, 13081, 13082, 13243, 13244, 13245, 13246, 13247, 13248, 13249, 13250, 13251, 13252, 13253, 13254, 13255])),
            (29, "what-others-told-you", Anchor::Lits(&[29, 30, 31, 32, 33, 36, 37, 38, 39, 40, 41, 42, 43, 516, 517, 518, 519, 755, 757, 759, 760, 761, 763, 764, 766, 769, 770, 771, 772, 773, 2015, 2016, 2017, 2018, 2022, 2023, 2026, 2027, 2298, 2299, 2300, 2301, 3191, 3192, 3193, 3194, 3195, 3196, 3197, 3198, 3200, 3201, 3202, 3203, 3204, 3217, 3218, 3219, 3220, 3267, 3269, 3281, 3282, 3555, 3556, 3557, 3558, 3631, 3633, 3636, 3637, 3967, 3968, 3969, 3970, 3972, 3973, 3974, 3976, 4504, 4505, 4506, 4507, 5071, 5072, 5073, 5074, 5087, 5088, 5089, 5090])),
            (30, "reveal-what-you-were-told", Anchor::Any(&[Anchor::Lits(&[6955, 6956, 6957, 7121, 7122, 7123, 8770, 8773, 8797, 9266, 9267, 9268, 9808, 9809, 9810, 9914, 9915, 9916, 11552, 11553, 11560, 12050, 12051, 12052, 12078, 12079, 12080, 13344, 13345, 13346, 13347, 13348, 13349, 13350, 13351, 13352, 13353, 13354, 13355, 13356, 13357, 13358, 13359, 13360, 13361, 13362, 13363, 13364, 13365, 13371, 13372, 13373, 13374, 13375, 13376, 13377, 13705, 13706, 13707]), Anchor::All(&[Anchor::Lits(&[5132, 5133, 5134, 5135, 5136, 5137, 5138, 5139, 5140, 5141, 5142, 5143, 5152, 5153, 5154, 5206, 5241, 5242, 5266, 5281, 5282, 5283, 5410, 5411, 5412, 5413, 5414, 5415, 5416, 5417, 5418, 5419, 5420, 5421, 5422, 5423, 5424, 5425, 5426, 5427, 5428, 5429, 5430, 5431, 5441, 5442, 5443, 5444, 5445, 5446, 5447, 5448, 5449, 5450, 5451, 5452, 5453, 5454, 5455, 5456, 5457, 5458, 5459, 5460, 5461, 5462]), Anchor::Lits(&[6799, 6800, 6801, 6802, 6803, 6808, 6809, 6859, 6860, 6861, 6862, 6863, 6868, 6869, 6924, 6926, 6927, 6930, 6931, 6947, 6948, 7216, 7217, 7218, 7219, 7220, 7225, 7226, 7229, 7230, 7231, 7233, 7234, 7239, 7240, 7243, 7245, 7246, 7247, 7248, 7254, 7255, 8619, 8620, 8621, 8622, 8623, 8628, 8629, 8634, 8636, 8637, 8640, 8641, 8651, 8652, 8657, 8658, 8659, 8660, 8661, 8666, 8667, 8670, 8671, 8672, 8673, 8674, 8679, 8680, 8683, 8685, 8686, 8689, 8690, 8706, 8707, 9415, 9416, 9417, 9418, 9419, 9424, 9425, 9429, 9434, 9435, 9442, 9443, 9464, 9465, 9753, 9755, 9756, 9759, 9760, 9770, 9771, 10961, 10963, 10964, 10965, 10966, 10972, 10973, 10993, 10997, 10998, 11004, 11005, 11017, 11018, 11028, 11031, 11032, 11035, 11036, 11044, 11045, 11314, 11316, 11317, 11320, 11321, 11337, 11338, 11420, 11422, 11423, 11424, 11425, 11426, 11427, 11432, 11436, 11437, 11442, 11443, 11462, 11463, 11491, 11492, 11493, 11494, 11495, 11500, 11501, 12263, 12264, 12265, 12266, 12267, 12272, 12273, 12275, 12276, 12277, 12278, 12279, 12284, 12285, 12983, 12984, 12985, 12986, 12987, 12992, 12993])])])),
            (31, "reveal-given-instructions", Anchor::Any(&[Anchor::Lits(&[334, 787, 880, 972, 2007, 2008, 2038, 2063, 2915, 3692, 4055, 4694, 4695, 5126, 5151, 5188, 5223, 5240, 5266, 5268, 5316, 5320, 5757, 5773, 8415, 8416, 8417, 8418, 8419, 8420, 8421, 8422, 8423, 8424, 8425, 8426, 8427, 8428, 8429, 8430, 8431, 8432, 8433, 8434, 8435, 8436, 8437, 8438, 8439, 8440, 8441, 8442, 8443, 8444, 8445, 8446, 8447, 9229, 9230, 9231, 9232, 9233, 9234, 9235, 9236, 9237, 9238, 9239, 9240, 9241, 9242, 9243, 9244, 9245, 9246, 9247, 9248, 9249, 9250, 9251, 9252, 9253, 9254, 9255, 9256, 9257, 9258, 9259, 9260, 9261, 9356, 9357, 9358, 9359, 9360, 9361, 9362, 9363, 9364, 9365, 9366, 9367, 9368, 9369, 9370, 9371, 9372, 9373, 9374, 9375, 9376, 9377, 9378, 9379, 9380, 9381, 9382, 9383, 9384, 9385, 9386, 9387, 9388]), Anchor::All(&[Anchor::Lits(&[833, 1019, 1181, 2268, 2269, 2597, 3183, 3250, 3607, 3672, 3785]), Anchor::Lits(&[4710, 5093, 5156, 5182, 5314, 5767])]), Anchor::All(&[Anchor::Lits(&[1009, 1010, 1011, 1012, 1013, 1014, 1015, 1016, 1017, 1018, 1159, 1160, 1161, 1162, 1163, 1164, 1165, 1166, 1167, 1168, 1826, 1827, 1828, 1829, 1830, 1831, 1832, 1833, 1834, 1835, 2029, 2030, 2031, 2032, 2033, 2034, 2035, 2036, 2037, 2038, 2270, 2271, 2272, 2273, 2274, 2275, 2276, 2277, 2278, 2279, 2587, 2588, 2589, 2590, 2591, 2592, 2593, 2594, 2595, 2596, 3106, 3107, 3108, 3109, 3110, 3111, 3112, 3113, 3114, 3115, 3240, 3241, 3242, 3243, 3244, 3245, 3246, 3247, 3248, 3249, 3253, 3254, 3262, 3263, 3264, 3265, 3266, 3268, 3278, 3280, 3624, 3625, 3626, 3627, 3628, 3629, 3630, 3632, 3634, 3635, 3646, 3647, 3655, 3656, 3657, 3658, 3659, 3660, 3669, 3671, 3885, 3886, 3887, 3888, 3889, 3890, 3891, 3892, 3893, 3894, 5076, 5077, 5078, 5079, 5080, 5081, 5082, 5083, 5084, 5085]), Anchor::Lits(&[6798, 6858, 6923, 7215, 7228, 7242, 8618, 8633, 8656, 8669, 8682, 9414, 9427, 9752, 10960, 10991, 11026, 11311, 11419, 11430, 11490, 12262, 12274, 12982])])])),
            (32, "repeat-text-above", Anchor::Any(&[Anchor::Lits(&[5838, 5839, 5841, 5842, 5843, 5846, 5847, 5849, 5850, 5851, 7792, 7793, 7795, 7796, 7797, 7800, 7801, 7803, 7804, 7805, 8143, 8144, 8146, 8147, 8148, 8151, 8152, 8154, 8155, 8156, 8761, 8762, 8771, 8772, 8774, 8780, 8782, 8792, 8793, 8798, 9287, 9288, 9292, 9293, 9294, 9298, 9300, 9305, 9306, 9308, 10571, 10572, 10577, 10578, 10579, 10585, 10587, 10593, 10594, 10596, 10874, 10875, 10876, 10877, 10878, 10879, 10880, 10881, 10882, 10883, 10891, 10892, 10894, 10895, 10896, 10899, 10900, 10902, 10903, 10904, 10918, 10919, 10921, 10922, 10923, 10926, 10927, 10929, 10930, 10932]), Anchor::All(&[Anchor::Lits(&[27, 673, 674, 756, 758, 762, 765, 767, 1982, 2003, 2258, 3159, 3199, 3767, 5203, 5266, 5316, 5786]), Anchor::Lits(&[6709, 6958, 6993, 8002, 9309, 9319, 9346, 9426, 9803, 9918, 10869, 10990, 11709, 11722, 12430, 12957, 13673]), Anchor::Lits(&[7006, 7321, 7745, 7807, 9806, 10605, 10725, 10912, 11111, 11137, 11196, 11232, 11350, 11743, 12054, 13042, 13702])])])),
            (33, "repeat-starting-with-you-are", Anchor::Lits(&[776, 779, 780, 3784, 3786, 3787])),
            (34, "reveal-context-contents", Anchor::Any(&[Anchor::Lits(&[9348, 9349, 9350, 9351, 9352, 9353, 9354, 9441, 9452, 9467, 9468, 9470, 9473, 9475, 9922, 9923, 9925, 9926, 9927, 9928, 9929, 9937, 9940, 9942, 9943, 9944, 9946, 9948, 11001, 11013, 11019, 11020, 11021, 11023, 11025]), Anchor::All(&[Anchor::Lits(&[777, 778, 946, 947, 1042, 1043, 1049, 1050, 1080, 1081, 1735, 1736, 2553, 2554, 2555, 2556, 3032, 3033, 3034, 3035, 3053, 3054, 3362, 3363, 3400, 3401, 3588, 3589, 3638, 3639, 3640, 3641, 3781, 3782, 3986, 3987, 4502, 4503, 4515, 4516, 5066, 5067]), Anchor::Lits(&[6883, 6984, 6996, 9426, 9911, 10869, 10990, 11429])]), Anchor::All(&[Anchor::Lits(&[4150, 4151, 4231, 4232, 4234, 4238, 4247, 4252, 4255, 4258, 4267, 4274, 4277, 4280, 4281, 4314, 4318, 4335, 4336, 4337, 4338, 4341, 4346, 4347, 4352, 4355, 4357, 4365, 4366, 4368, 4369, 4370, 5341, 5343, 5399, 5400, 5404, 5432, 5434, 5469, 5471, 5473, 5474, 5478, 5479, 5489, 5490, 5580, 5586, 5625, 5626, 5632, 5638, 5643, 5644, 5645, 5677, 5682, 5686, 5710, 5711, 5715, 5731, 5732]), Anchor::Lits(&[5944, 5945, 5946, 5947, 5951, 5962, 5963, 5964, 5965, 5966, 5967, 5968, 5969, 5970, 5971, 5972, 5973, 5974, 5975, 5976, 5977, 5978, 5979, 5980, 5981, 5982, 5983, 5984, 5985, 5986, 5987, 5988, 5991, 5992, 5993, 5996, 5997, 5998, 5999, 6000, 6001, 6002, 6003, 6004, 6005, 6006, 6007, 6008, 6009, 6010, 6011, 6012, 6013, 6014, 6015, 6016, 6017, 6018, 6019, 6020, 6021, 6022, 6023, 6191, 6192, 6193, 6194, 6197, 6201, 6202, 6203, 6204, 6205, 6206, 6209, 6210, 6211, 6213, 6214, 6215, 6216, 6217, 6218, 6219, 7769, 7770, 7771, 7772, 7773, 7774, 7775, 7776, 7777, 7778, 7779, 7780, 7781, 7782, 7783, 7784, 7785, 7786, 7787, 7788, 7789, 7980, 7981, 7982, 7983, 7984, 7985, 7986, 7987, 7988, 7989, 7990, 7991, 7992, 7993, 7994, 7995, 7996, 7997, 7998, 7999, 8000, 8007, 8008, 8009, 8010, 8013, 8017, 8018, 8019, 8020, 8021, 8022, 8025, 8026, 8027, 8029, 8030, 8031, 8032, 8033, 8034, 8035, 12702, 12703, 12704, 12705, 12706, 12707, 12708, 12709, 12710, 12711, 12712, 12713, 12714, 12715, 12716, 12717, 12718, 12719, 12720, 12721, 12722])])])),
            (35, "reveal-transformed-prompt", Anchor::All(&[Anchor::Lits(&[13967, 13994, 14022, 14061, 14062, 14069, 14074, 14146, 14147, 14150, 14156, 14175, 14206, 14222, 14223, 14256, 14269]), Anchor::Lits(&[6884, 7215, 7242, 8682, 9427, 9919, 9931, 10870, 10991, 11026, 11430, 11723, 12431])])),
            (36, "complete-the-leak", Anchor::All(&[Anchor::Lits(&[8854, 8860, 8873, 8879, 8880, 8885, 8886, 8887, 8888, 8889, 8914, 8915, 8916, 8917, 8918, 8919, 8920, 8921, 8922, 8923, 10017, 10018, 10019, 10020, 10021, 10022, 10023, 10024, 10025, 10026, 10027, 10028, 10029, 10030, 10031, 10032, 10033, 10034, 10035, 10036, 10037, 10038, 10039, 10040, 10041, 10042, 10043, 10044, 10045, 10046, 10052, 10053, 10054, 10055, 10056, 10057, 10063, 10064, 10065, 10066, 10067, 10068, 10069, 10070, 10071, 10072, 10073, 10074, 10075, 10077, 10079, 10080, 10084, 10085, 10091, 10092, 10093, 10094, 10095, 10096, 10097, 10098, 10099, 10100, 10101, 10102, 10103, 10104, 10105, 10106, 10107, 10108, 12648, 12649, 12678, 12679, 12680, 12694, 12695, 12696, 12697, 13719, 13720, 13722, 13723, 13726, 13732, 14224, 14225, 14226, 14227]), Anchor::Lits(&[774, 977, 1052, 1733, 1838, 1854, 2973, 3163, 3164, 3779])])),
            (37, "what-you-must-not-say", Anchor::Lits(&[13757, 13758, 13759, 13760, 13761, 13762, 13763, 13764, 13765, 13766, 13767, 13768, 13769, 13770, 13790, 13847, 13854, 13855, 13856, 13857, 13858, 13892, 13893, 13912, 13917, 13918])),
            (38, "reveal-initialization", Anchor::Lits(&[9275, 9276, 9277, 9278, 9279, 9280, 9281, 9282, 9283, 9310, 9311, 9312, 9313, 9314, 9315, 9316, 9317, 9318, 9320, 9321, 9322, 9323, 9324, 9325, 9326, 9327, 9328])),
            (39, "forged-own-instructions", Anchor::Lits(&[5343, 5395, 5400, 5405, 5438, 5478, 5479, 5490, 5542, 5580, 5586, 5624, 5638, 5645, 5677, 5682, 5686, 5710, 5731])),
            (40, "follow-what-it-says", Anchor::Any(&[Anchor::Lits(&[6097, 6098, 6099, 6100, 6130, 6131, 6132, 6133, 6647, 6648, 6649, 6650, 6651, 6652, 6653, 6654, 6655, 6656, 6657, 6658, 6659, 6660, 6661, 6662, 6663, 6664, 6665, 6666, 6667, 6668, 6669, 6670, 6679, 6680, 6681, 6682, 6683, 6684, 6686, 6687, 6688, 6689, 6690, 6691, 7458, 7459, 7460, 7461, 7462, 7463, 7464, 7465, 7466, 7467, 7468, 7469, 7470, 7471, 7472, 7473, 7474, 7475, 7476, 7477, 7478, 7479, 7480, 7481, 7585, 7586, 7587, 7588, 7589, 7590, 7601, 7602, 7603, 7604, 7605, 7606, 8055, 8056, 8057, 8058, 8059, 8060, 8061, 8062, 8063, 8064, 8065, 8066, 8067, 8068, 8069, 8070, 8071, 8072, 8073, 8074, 8075, 8076, 8077, 8078, 8087, 8088, 8089, 8090, 8091, 8092, 8094, 8095, 8096, 8097, 8098, 8099, 8173, 8174, 8175, 8176, 8177, 8178, 8179, 8180, 8181, 8182, 8183, 8184, 8185, 8186, 8187, 8188, 8189, 8190, 8191, 8192, 8193, 8194, 8195, 8196, 8225, 8226, 8227, 8228, 8229, 8230, 8232, 8233, 8234, 8235, 8236, 8237, 10368, 10369, 10370, 10371, 10372, 10373, 10376, 10377, 10378, 10379, 10380, 10381, 10382, 10383, 10384, 10385, 10386, 10387, 10388, 10389, 10390, 10391, 10392, 10393, 10430, 10431, 10432, 10433, 10434, 10435, 10437, 10438, 10439, 10440, 10441, 10442, 12730, 12731, 12732, 12733, 12762, 12763, 12764, 12765]), Anchor::All(&[Anchor::Lits(&[182, 183, 184, 185, 186, 187, 188, 189, 190, 191, 192, 193, 194, 195, 196, 197, 198, 199, 200, 201, 202, 203, 204, 205, 207, 208, 209, 210, 211, 212, 213, 214, 215, 216, 217, 218, 4371, 4372, 4373, 4374, 4375, 4376, 4377, 4378, 4379, 4380, 4381, 4382, 4383, 4384, 4385, 4386, 4387, 4388, 4389, 4390, 4391, 4392, 4393, 4394, 4395, 4396, 4397, 4398, 4399, 4400, 4401, 4402, 4403, 4404, 4405, 4406]), Anchor::Lits(&[640, 1036, 2317, 3569, 3975, 3977, 4661])])])),
            (47, "authority-message", Anchor::Lits(&[679, 788, 1155, 1755, 1979, 1986, 1987, 1990, 1995, 1996, 1997, 2001, 2004, 2009, 3212, 3350, 3928, 3931, 3936, 3938, 3948, 3950, 3952, 3981, 4020, 4034, 4038, 4040, 4041, 4054, 4117, 4118, 4119, 4120, 4126, 4127, 4131, 4139, 4147, 4148, 4195, 4196, 4197, 4198, 4199, 4200, 4201, 4202, 4203, 4204, 4205, 4206, 4207, 4208, 4904, 4914, 4915, 4916, 4917, 4928, 4957, 4958, 4959, 4960, 4965, 4966, 4967, 4968, 4970, 4971, 5098, 5099, 5105, 5108, 5109, 5111, 5116, 5117, 5118, 5119, 5121, 5122, 5123, 5125, 5246, 5247, 5249, 5252, 5253, 5255, 5256, 5257, 5258, 5259, 5261, 5262, 5263, 5264, 5344, 5345, 5346, 5347, 5348, 5349, 5350, 5351, 5352, 5353, 5354, 5355, 5356, 5357, 5358, 5359, 5365, 5366, 5367, 5368, 5369, 5370, 5371, 5372, 5373, 5374, 5375, 5376, 5377, 5378, 5379, 5380, 5381, 5382, 5383, 5384, 5385, 5386, 5387, 5388, 5389, 5390, 5391, 5392, 5393, 5394, 5396, 5402, 5406, 5436, 5437, 5475, 5476, 5477, 5489, 5492, 5493, 5494, 5495, 5496, 5497, 5498, 5499, 5500, 5501, 5502, 5503, 5504, 5505, 5506, 5507, 5508, 5509, 5510, 5511, 5512, 5513, 5514, 5515, 5516, 5517, 5518, 5519, 5520, 5521, 5522, 5523, 5524, 5525, 5526, 5527, 5528, 5529, 5530, 5531, 5532, 5533, 5534, 5535, 5536, 5537, 5541, 5544, 5545, 5546, 5547, 5548, 5549, 5550, 5551, 5552, 5553, 5554, 5555, 5556, 5557, 5558, 5560, 5561, 5562, 5563, 5564, 5565, 5566, 5567, 5568, 5569, 5570, 5571, 5572, 5573, 5574, 5581, 5587, 5588, 5590, 5591, 5592, 5594, 5595, 5597, 5599, 5601, 5602, 5603, 5604, 5605, 5606, 5620, 5639, 5642, 5646, 5647, 5648, 5649, 5650, 5651, 5652, 5653, 5654, 5655, 5656, 5657, 5658, 5659, 5660, 5661, 5662, 5663, 5664, 5665, 5666, 5667, 5668, 5669, 5670, 5671, 5672, 5673, 5674, 5675, 5676, 5683, 5684, 5687, 5690, 5694, 5695, 5696, 5697, 5698, 5699, 5700, 5701, 5702, 5703, 5704, 5705, 5706, 5707, 5708, 5716, 5717, 5718, 5719, 5720, 5721, 5722, 5723, 5724, 5725, 5726, 5727, 5728, 5729, 5730, 5736, 5737, 5741, 5744, 5745, 5747, 5748, 5749, 5750, 5751, 5753, 5754, 5755, 5756, 7232, 7244, 7249, 8858, 8878, 8881, 8882, 8883, 8912, 8913, 9108, 9126, 9430, 9437, 9448, 9921, 10336, 10555, 10557, 10558, 10609, 10610, 10611, 10633, 10636, 10638, 10641, 10642, 10643, 10651, 10654, 10656, 10962, 10967, 12209, 12210, 12211, 12212, 12213, 12214, 12359, 12360, 12361, 12362, 12363, 12364, 13155, 13312, 13313, 13314, 13315, 13316, 13674, 13713, 13714, 13715, 13716, 13771, 13772, 13859, 13860, 13861, 13862, 13866, 13867, 13873, 13874, 13877, 13878, 13879, 13880, 13881, 13882, 13884, 13885, 13886, 13887, 13888, 13889, 13908, 13909, 13910, 13911, 13913, 13914, 13961, 13962, 13963, 13964, 13968, 13969, 13970, 13971, 13972, 13973, 13974, 13975, 13976, 13977, 13978, 13979, 14011, 14012, 14013, 14014, 14015, 14016, 14017, 14018, 14019, 14020, 14046, 14047, 14055, 14057, 14065, 14066, 14070, 14072, 14073, 14076, 14078, 14079, 14080, 14081, 14084, 14087, 14088, 14091, 14094, 14095, 14096, 14097, 14104, 14105, 14106, 14107, 14122, 14123, 14126, 14129, 14130, 14133, 14136, 14137, 14138, 14145, 14160, 14161, 14162, 14163, 14164, 14165, 14166, 14167, 14168, 14169, 14170, 14172, 14176, 14177, 14180, 14183, 14184, 14187, 14190, 14191, 14192, 14199, 14204, 14228, 14229, 14230, 14232, 14233, 14236, 14239, 14240, 14243, 14246, 14247, 14248, 14255, 14258, 14259, 14260, 14261, 14262, 14263, 14264, 14265, 14266, 14267])),
            (48, "vendor-impersonation", Anchor::All(&[Anchor::Lits(&[1780, 2464, 2465, 3130, 3131, 3372, 3399, 3506, 4692, 4693, 5125, 5221, 5225]), Anchor::Lits(&[879, 2122, 3320, 3774, 5075]), Anchor::Lits(&[230, 963, 1083, 2974, 3766])])),
            (49, "authority-override", Anchor::Lits(&[75, 77, 78, 79, 80, 82, 84, 85, 86, 87, 1192, 1196, 1197, 1198, 1199, 1722, 1723, 1724, 1725, 1726, 2048, 2050, 2051, 2052, 2053, 2468, 2469, 2470, 2471, 2472, 2603, 2604, 2605, 2606, 2607, 3485, 3487, 3488, 3489, 3490, 3591, 3600, 3601, 3602, 3603, 3862, 3864, 3865, 3866, 3867, 3879, 3881, 3882, 3883, 3884, 3927, 3941, 3942, 3943, 3948])),
            (52, "entering-special-mode", Anchor::Any(&[Anchor::All(&[Anchor::Lits(&[76, 81, 83, 677, 1153, 1154, 1195, 1204, 1205, 1718, 2049, 2601, 3014, 3211, 3486, 3643, 3863, 3880, 3979, 3980, 4591, 4642]), Anchor::Lits(&[13718, 13807, 13849, 13894, 13959, 14272])]), Anchor::All(&[Anchor::Lits(&[8852, 8853, 8855, 8856, 8857, 8859, 8861, 8862, 8863, 8864, 8865, 8866, 8867, 8868, 8869, 8870, 8871, 8872, 8874, 8875, 8876, 8877, 8890, 8891, 8892, 8893, 8894, 8895, 8896, 8897, 8898, 8899, 8900, 8901, 8902, 8903, 8904, 8905, 8906, 8907, 8908, 8909, 8910, 8911, 8924, 8925, 8926, 8927, 8928, 8929, 8930, 8931, 8932, 8933, 8934, 8935, 8936, 8937, 8938, 8939, 8940, 8941, 8942, 8943, 8944, 8945, 9103, 9104, 9105, 9106, 9107, 9109, 9110, 9111, 9112, 9113, 9114, 9115, 9116, 9117, 9118, 9119, 9120, 9121, 9122, 9123, 9124, 9125, 12876, 12877, 12878, 12879, 12880, 12881, 12882, 12883, 12884, 12885, 12886, 12887, 12888, 12889, 12890, 12891, 12892, 12893, 12894, 12895, 12896, 12897, 13290, 13291, 13292, 13293, 13294, 13295, 13296, 13297, 13298, 13299, 13300, 13301, 13302, 13303, 13304, 13305, 13306, 13307, 13308, 13309, 13310, 13311, 13320, 13321, 13322, 13323, 13324, 13325, 13326, 13327, 13328, 13329, 13330, 13331, 13332, 13333, 13334, 13335, 13336, 13337, 13338, 13339, 13340, 13341]), Anchor::Lits(&[2640, 3012])])])),
            (53, "address-the-model", Anchor::Any(&[Anchor::Lits(&[177, 178, 179, 180, 2264, 2265, 3051, 3052, 3215, 3216, 3333, 3334, 3609, 3610, 3869, 3870, 3872, 3873, 9908, 9909, 9920, 9924, 10335, 10337, 10339, 10340, 11054, 11055, 11186, 11187, 13288, 13289]), Anchor::All(&[Anchor::Lits(&[8949]), Anchor::Lits(&[3214, 3332, 3608, 3871, 4134])])])),
            (54, "unrestricted-mode", Anchor::Any(&[Anchor::Lits(&[6081, 6095, 6706, 7076, 7189, 7200, 7743, 8045, 8411, 8552, 8718, 9146, 9147, 9148, 9149, 9150, 9151, 9152, 9153, 9154, 9155, 9156, 9157, 9158, 9159, 9160, 9163, 9164, 9165, 9166, 9167, 9168, 9169, 9170, 9171, 9172, 9173, 9174, 9175, 9176, 9177, 9178, 9186, 9187, 9195, 9196, 9197, 9198, 9199, 9200, 9201, 9202, 9203, 9204, 9205, 9206, 9207, 9208, 9209, 9210, 9211, 9212, 9213, 9214, 9215, 9223, 9224, 9225, 9226, 9227, 9228, 9504, 9505, 9506, 9507, 9508, 9509, 9510, 9511, 9512, 9513, 9514, 9515, 9516, 9517, 9518, 9519, 9520, 9521, 9522, 9523, 9524, 9525, 9526, 9527, 9528, 9529, 9530, 9531, 9532, 9533, 9534, 9535, 9536, 9537, 9538, 9539, 9540, 9541, 9542, 9543, 9544, 9545, 9546, 9547, 9548, 9549, 9550, 9551, 9552, 9553, 9554, 9555, 9556, 9557, 9558, 9559, 9560, 9561, 9562, 9563, 9585, 9587, 9589, 9600, 9775, 10249, 10250, 10252, 10317, 10489, 10540, 11135, 12061, 12195, 13064, 13065, 13067, 13108, 13123, 13127, 13146, 13148]), Anchor::All(&[Anchor::Lits(&[160, 181, 937, 1144, 1195, 1201, 1202, 1705, 1766, 1924, 2049, 2088, 2406, 2419, 2424, 2438, 2550, 2780, 2781, 2782, 2846, 2931, 2977, 3344, 3778, 3863, 4558, 4559, 4561, 4566, 4579, 4583, 4589, 4591]), Anchor::Lits(&[5877, 5878, 6027, 6137, 6279, 6401, 6411, 6515, 7827, 7828, 7830, 7875, 8540, 8553, 8594, 9329, 10349, 10537, 10773, 11078, 11079, 11080, 11185, 11207, 11286, 11474, 12084, 12231, 12239, 12247, 13032, 13126, 13319, 13734])])])),
            (55, "dan-persona", Anchor::Lits(&[51, 52, 53, 54, 55, 56, 57, 58, 61, 62, 63, 64, 65, 66, 67, 68, 114, 122, 124, 643, 651, 653, 713, 716, 720, 722, 725, 729, 733, 736, 837, 845, 847, 940, 942, 944, 951, 953, 955, 1143, 1145, 1146, 1147, 1148, 1302, 2644, 2652, 2654, 3081, 3083, 3085, 3122, 3123, 3124, 3125, 3126, 3127, 3128, 3129, 3167, 3168, 3169, 3170, 3171, 3172, 3173, 3174, 3468, 3469, 3470, 3471, 3472, 3473, 3474, 3475, 3477, 3478, 3479, 3480, 3481, 3482, 3483, 3484, 4644, 4645, 4646, 5095, 5096, 5100, 5106, 5107, 5110, 5112, 5113, 5114, 5115, 5120, 5128, 5244, 5245, 5248, 5250, 5251, 5254, 5260, 5265, 5270, 5271, 5272, 5273, 5274, 5275, 5276, 5277, 5324, 5325, 5326, 5327, 5328, 5329, 5330, 5331, 5734, 5735, 5738, 5742, 5743, 5746, 5752, 5758])),
            (56, "unrestricted-persona", Anchor::All(&[Anchor::Any(&[Anchor::Lits(&[226, 881, 1390, 2753, 4974, 6080, 7010, 7075, 7204, 8039, 8716, 8730, 9138, 9586, 9595, 9713, 9737, 9774, 9889, 10129, 10248, 10251, 10316, 10318, 11136, 11400, 11421, 11428, 13046, 13063, 13066, 13068, 13069, 13102, 13103, 13122, 13139, 13140, 13141, 13152, 13486, 13490, 13524, 13527, 13528, 13529, 13530, 13531, 13532, 13542, 13545, 13547, 13548, 13551, 13554, 13555, 13568, 13581, 13583, 13586, 13600, 13631, 13634]), Anchor::All(&[Anchor::Lits(&[12446, 12447, 12448, 12449, 12450, 12451, 12452, 12455, 12456, 12459, 12460, 12461, 12462, 13379, 13380, 13381, 13382, 13383, 13384, 13385, 13386, 13387, 13388, 13389, 13390, 13391, 13407, 13408, 13409, 13410, 13411, 13412, 13413, 13414, 13415, 13416, 13417, 13418, 13419]), Anchor::Lits(&[6519, 7957, 8129, 8681, 9426, 9776, 10000, 10813, 11310, 11429, 11502])])]), Anchor::Lits(&[50, 60, 224, 710, 712, 775, 785, 786, 938, 971, 1053, 1728, 1729, 2231, 2975, 3118, 3119, 3120, 3121, 3213, 3345, 3371, 3398, 3402, 3453, 3467, 3476, 3718, 3719, 3773, 3780, 3783, 3965, 4518, 4532, 5094, 5243, 5733])])),
            (57, "unrestricted-persona-loose", Anchor::Any(&[Anchor::Lits(&[159, 1765, 2433, 3990, 3991, 3992, 3993, 3994, 3995, 3996, 3997, 3998, 3999, 4000, 4001, 4002, 4003, 4004, 4005, 4006, 4007, 4008, 4009, 4010, 4011, 4012, 4013, 4014, 4015, 4016, 4017, 4027, 4028, 4029, 4030, 4031, 4032, 4033, 4058, 4062, 4072, 4073, 4076, 4079, 4080, 4091, 4092, 4093, 4094, 4095, 4096, 4097, 4098, 4099, 4100, 4101, 4102, 4103, 4104, 4140, 4560, 4565, 4588, 4763, 4764, 4765, 4766, 4767, 4768, 4769, 4770, 4771, 4772, 4773, 4774, 4775, 4776, 4777, 4778, 4779, 4780, 4781, 4782, 4783, 4784, 4785, 4786, 4787, 4788, 4789, 4790, 4798, 4799, 4800, 4801, 4802, 4803, 4804, 4823, 4824, 4825, 4826, 4829, 4830, 4831, 4832, 4833, 4834, 4835, 4836, 4837, 4838, 4839, 4840, 4841, 4842, 4843, 4844, 4845, 4865, 4876, 4877, 4878, 4879, 4880, 4881, 4882, 4883, 4884, 4885, 4886, 4887, 4888, 4889, 4890, 4891, 4892, 4893, 4894, 4895, 4896, 4897, 4898, 4899, 4900, 4901, 4902, 4903, 4907, 4908, 4909, 4910, 4911, 4912, 4913, 4929, 4930, 4931, 4932, 4935, 4936, 4937, 4938, 4939, 4940, 4941, 4942, 4943, 4944, 4945, 4946, 4947, 4948, 4949, 4950, 4951, 4969, 12162]), Anchor::All(&[Anchor::Lits(&[158, 225, 226, 227, 228, 1392, 1393, 1394, 1395, 1396, 1397, 1398, 1399, 1400, 1401, 1402, 1403, 1404, 1405, 1406, 1407, 1408, 1409, 1410, 1411, 1412, 1413, 1414, 1415, 1416, 1417, 1418, 1419, 1420, 1421, 1422, 1423, 1424, 1425, 1426, 1427, 1428, 1429, 1430, 1431, 1432, 1433, 1434, 1435, 1436, 1437, 1438, 1439, 1440, 1441, 1442, 1443, 1444, 1445, 1447, 1448, 1449, 1450, 1451, 1452, 1453, 1454, 1455, 1456, 1457, 1458, 1459, 1460, 1461, 1462, 1463, 1464, 1465, 1466, 1467, 1468, 1469, 1470, 1471, 1472, 1473, 1474, 1475, 1476, 1477, 1478, 1479, 1480, 1481, 1482, 1483, 1484, 1485, 1486, 1487, 1488, 1489, 1490, 1491, 1492, 1493, 1494, 1495, 1496, 1497, 1498, 1499, 1500, 1529, 1530, 1531, 1532, 1533, 1534, 1535, 1536, 1537, 1538, 1539, 1540, 1541, 1542, 1543, 1544, 1545, 1546, 1547, 1548, 1549, 1550, 1551, 1552, 1553, 1554, 1555, 1556, 1557, 1558, 1559, 1560, 1561, 1562, 1563, 1564, 1565, 1566, 1567, 1568, 1569, 1570, 1571, 1572, 1573, 1574, 1575, 1576, 1577, 1578, 1579, 1580, 1581, 1582, 2720, 2733, 2753, 2759, 2901, 2902, 2904]), Anchor::Lits(&[3988, 4761, 4874])]), Anchor::All(&[Anchor::Lits(&[206, 863, 1921, 1922, 5009, 5033]), Anchor::Lits(&[6519, 6694, 6973, 7957, 8129, 8632, 8681, 9751, 9776, 10000, 11295, 11310, 11429, 11502])]), Anchor::All(&[Anchor::Lits(&[4025, 4026, 4042, 4043, 4044, 4045, 4046, 4047, 4048, 4049, 4050, 4053, 4074, 4075, 4105, 4108, 4109, 4110, 4111, 4122, 4123, 4124, 4125, 4796, 4797, 4809, 4810, 4811, 4812, 4813, 4814, 4815, 4816, 4817, 4820, 4827, 4828, 4846, 4847, 4848, 4849, 4850, 4855, 4856, 4857, 4858, 4905, 4906, 4918, 4919, 4920, 4921, 4922, 4923, 4924, 4925, 4926, 4927, 4933, 4934, 4952, 4953, 4954, 4955, 4956, 4961, 4962, 4963, 4964]), Anchor::Lits(&[6519, 6973, 7957, 8129, 8681, 9426, 9776, 10000, 10813, 11310, 11429, 11502])])])),
            (58, "persona-replaces-assistant", Anchor::Any(&[Anchor::Lits(&[1300, 2864, 7821, 7822, 7823, 7824, 7825, 7826, 9136, 9137, 11103, 11791, 11792, 11793, 11794, 11795, 11796, 12112, 13739, 13901, 14279]), Anchor::All(&[Anchor::Lits(&[113, 121, 123, 125, 132, 133, 134, 135, 642, 650, 652, 654, 836, 844, 846, 848, 939, 941, 943, 945, 950, 952, 954, 956, 2643, 2651, 2653, 2655, 3080, 3082, 3084, 3086]), Anchor::Lits(&[5819, 5820, 5821, 5822, 6083, 6084, 6085, 6086, 6135])])])),
            (59, "no-restrictions", Anchor::Any(&[Anchor::All(&[Anchor::Lits(&[6744, 6745, 6746, 6751, 6752, 6753, 6754, 6756, 6757, 6758, 6759, 6760, 6761, 6762, 6763, 6764, 6765, 6766, 6767, 6768, 6772, 7013, 7014, 7015, 7020, 7021, 7022, 7023, 7025, 7026, 7027, 7028, 7029, 7030, 7031, 7032, 7033, 7034, 7035, 7036, 7037, 7044, 8565, 8566, 8567, 8572, 8573, 8574, 8575, 8577, 8578, 8579, 8580, 8581, 8582, 8583, 8584, 8585, 8586, 8587, 8588, 8589, 8593, 12493, 12494, 12495, 12500, 12501, 12502, 12503, 12505, 12506, 12507, 12508, 12509, 12510, 12511, 12512, 12513, 12514, 12515, 12516, 12517, 12521, 12524, 12525, 12526, 12531, 12532, 12533, 12534, 12536, 12537, 12538, 12539, 12540, 12541, 12542, 12543, 12544, 12545, 12546, 12547, 12548, 12552, 12595, 12596, 12597, 12602, 12603, 12604, 12605, 12607, 12608, 12609, 12610, 12611, 12612, 12613, 12614, 12615, 12616, 12617, 12618, 12619, 12623, 12810, 12811, 12812, 12817, 12818, 12819, 12820, 12822, 12823, 12824, 12825, 12826, 12827, 12828, 12829, 12830, 12831, 12832, 12833, 12834, 12838, 12840, 12841, 12842, 12847, 12848, 12849, 12850, 12852, 12853, 12854, 12855, 12856, 12857, 12858, 12859, 12860, 12861, 12862, 12863, 12864, 12868, 12899, 12900, 12901, 12906, 12907, 12908, 12909, 12911, 12912, 12913, 12914, 12915, 12916, 12917, 12918, 12919, 12920, 12921, 12922, 12923, 12927, 13721, 13750, 13753, 13804, 13805, 13806, 13846, 13863, 13864, 13865, 13868, 13869, 13870, 13871, 13872, 13875, 13876, 13883, 13890, 13891, 13960, 14289, 14290, 14291, 14296, 14297, 14298, 14299, 14301, 14302, 14303, 14304, 14305, 14306, 14307, 14308, 14309, 14310, 14311, 14312, 14313, 14317]), Anchor::Lits(&[6694, 6899, 6965, 6971, 6973, 7957, 8617, 8632, 8681, 9751, 9796, 9982, 9993, 10000, 10905, 11289, 11310, 11464, 11489, 11515, 11521, 11541, 11548])]), Anchor::All(&[Anchor::Lits(&[1317, 1340, 1354, 1625, 1648, 1662, 2791, 2802, 2810, 2816, 2817, 2818]), Anchor::Lits(&[6694, 6899, 6965, 6971, 6973, 7957, 8617, 8632, 8681, 9751, 9796, 9982, 9993, 10000, 10905, 11289, 11310, 11464, 11489, 11515, 11521, 11541, 11548])]), Anchor::All(&[Anchor::Lits(&[6743, 6747, 6748, 6749, 6750, 6751, 6752, 6753, 6755, 6769, 6770, 6771, 7012, 7016, 7017, 7018, 7019, 7020, 7021, 7022, 7024, 7041, 7042, 7043, 8564, 8568, 8569, 8570, 8571, 8572, 8573, 8574, 8576, 8590, 8591, 8592, 12492, 12496, 12497, 12498, 12499, 12500, 12501, 12502, 12504, 12518, 12519, 12520, 12523, 12527, 12528, 12529, 12530, 12531, 12532, 12533, 12535, 12549, 12550, 12551, 12594, 12598, 12599, 12600, 12601, 12602, 12603, 12604, 12606, 12620, 12621, 12622, 12809, 12813, 12814, 12815, 12816, 12817, 12818, 12819, 12821, 12835, 12836, 12837, 12839, 12843, 12844, 12845, 12846, 12847, 12848, 12849, 12851, 12865, 12866, 12867, 12898, 12902, 12903, 12904, 12905, 12906, 12907, 12908, 12910, 12924, 12925, 12926, 13718, 13786, 13787, 13788, 13789, 13804, 13805, 13806, 13848, 13931, 13932, 13958, 14288, 14292, 14293, 14294, 14295, 14296, 14297, 14298, 14300, 14314, 14315, 14316]), Anchor::Lits(&[5864, 6332, 6368, 8851, 9129, 9162, 9733, 10886, 12215, 12767]), Anchor::Lits(&[6519, 6694, 6899, 6922, 6973, 7957, 8129, 8617, 8632, 8681, 9751, 9776, 9982, 9993, 10000, 10813, 10905, 10959, 11289, 11310, 11429, 11489, 11521])])])),
            (60, "rules-do-not-apply", Anchor::Any(&[Anchor::All(&[Anchor::Lits(&[243, 244, 245, 246, 247, 248, 249, 250, 251, 252, 253, 254, 255, 256, 257, 258, 259, 260, 261, 262, 263, 264, 265, 266, 798, 799, 800, 801, 802, 803, 804, 805, 806, 807, 808, 809, 810, 811, 812, 813, 814, 815, 816, 817, 818, 819, 820, 821, 982, 983, 984, 985, 986, 987, 988, 989, 990, 991, 992, 993, 994, 995, 996, 997, 998, 999, 1000, 1001, 1002, 1003, 1004, 1005, 1115, 1116, 1117, 1118, 1119, 1120, 1121, 1122, 1123, 1124, 1125, 1126, 1127, 1128, 1129, 1130, 1131, 1132, 1133, 1134, 1135, 1136, 1137, 1138, 1787, 1788, 1789, 1790, 1791, 1792, 1793, 1794, 1795, 1796, 1797, 1798, 1799, 1800, 1801, 1802, 1803, 1804, 1805, 1806, 1807, 1808, 1809, 1810, 2135, 2136, 2137, 2138, 2139, 2140, 2141, 2142, 2143, 2144, 2145, 2146, 2147, 2148, 2149, 2150, 2151, 2152, 2153, 2154, 2155, 2156, 2157, 2158, 2520, 2521, 2522, 2523, 2524, 2525, 2526, 2527, 2528, 2529, 2530, 2531, 2532, 2533, 2534, 2535, 2536, 2537, 2538, 2539, 2540, 2541, 2542, 2543, 2608, 2609, 2610, 2611, 2612, 2613, 2614, 2615, 2616, 2617, 2618, 2619, 2620, 2621, 2622, 2623, 2624, 2625, 2626, 2627, 2628, 2629, 2630, 2631, 3407, 3408, 3409, 3410, 3411, 3412, 3413, 3414, 3415, 3416, 3417, 3418, 3419, 3420, 3421, 3422, 3423, 3424, 3425, 3426, 3427, 3428, 3429, 3430]), Anchor::Lits(&[897, 906, 1206, 1225, 1304, 1501, 1583, 1610, 2700, 2783, 4975, 5057])]), Anchor::All(&[Anchor::Lits(&[1208, 1211, 1215, 1220, 1227, 1230, 1234, 1239, 1307, 1310, 1330, 1348, 1503, 1506, 1512, 1520, 1585, 1588, 1594, 1602, 1613, 1616, 1638, 1656, 2704, 2707, 2723, 2741, 2785, 2788, 2796, 2807]), Anchor::Lits(&[5864, 6332, 6368, 9129, 9733, 10886, 12215])])])),
            (61, "no-rules-apply", Anchor::Any(&[Anchor::Lits(&[10328, 10329, 10330, 10331, 12624]), Anchor::All(&[Anchor::Lits(&[12768, 12769, 12770, 12771, 12774, 12775, 12776, 12777]), Anchor::Lits(&[6519, 8129, 8632, 8681, 9751, 9776, 11310, 11429])])])),
            (62, "freed-from-limits", Anchor::Lits(&[858, 859, 860, 1747, 1748, 1785, 1921, 1923, 2497, 2790, 2806, 2811, 2853, 2855, 2857, 3360, 4557, 4562, 4563, 4592])),
            (63, "respond-without-limits", Anchor::Any(&[Anchor::Lits(&[6079, 6306, 6307, 6308, 6309, 6310, 6637, 6638, 6639, 6640, 6641, 6642, 6643, 6644, 6645, 6646, 7503, 7504, 7561, 7562, 7570, 7639, 7640, 7697, 7698, 7706, 9903, 9904, 9905, 9906, 9907, 10007, 10008, 10009, 10010, 10011, 10012, 10013, 10014, 10015, 10016, 10165, 10166, 10211, 10212, 10219, 10244, 10246, 10247, 10282, 10283, 10314, 10315, 10319, 11732, 11733, 11734, 11735, 11736, 11737, 11738, 11739, 11740, 11741, 13427, 13428, 13433, 13434, 13436, 13473, 13474, 13475, 13476, 13477, 13478, 13479, 13480, 13481, 13482, 13483, 13485, 13488, 13491, 13492, 13494, 13495, 13542, 13543, 13544, 13546, 13549, 13550, 13552, 13553, 13554, 13568, 13569, 13578, 13582, 13588, 13599, 13628, 13629, 13631, 13663, 13664, 13669, 13670, 13672]), Anchor::All(&[Anchor::Lits(&[8397, 9089, 11169, 13472, 13523, 13536]), Anchor::Lits(&[5931, 6694, 6962, 6971, 6973, 6979, 7943, 7944, 7945, 7946, 7948, 7950, 7952, 7953, 7957, 8617, 8632, 9971, 9981, 9982, 9988, 9989, 9990, 9991, 9992, 10000, 11489, 11506, 11508, 11511, 11513, 11517, 11519, 11521, 11529, 11531, 11533, 11537, 11541, 11548])]), Anchor::All(&[Anchor::Lits(&[6026, 6183, 9098, 10455, 13499, 13662]), Anchor::Lits(&[5931, 6519, 6857, 6899, 6922, 7241, 7957, 8127, 8632, 8681, 9426, 9751, 9776, 10000, 10813, 10839, 10905, 10959, 11048, 11310, 11429, 11489, 11502, 12981])])])),
            (64, "pre-safety-self", Anchor::Any(&[Anchor::Lits(&[6475, 6476, 6477, 6478, 6479, 6480, 6481, 6482, 6483, 6484, 6485, 6486, 6487, 6488, 6489, 6490, 6491, 6492, 6493, 6494, 6495, 6496, 6497, 6498, 6499]), Anchor::All(&[Anchor::Lits(&[2912, 2913, 2914, 2916, 2917, 2918]), Anchor::Lits(&[6633, 6634, 8720, 8721, 8731, 8739, 8740, 8741, 11730, 11731])]), Anchor::All(&[Anchor::Lits(&[6565, 6566, 7007, 7008, 9398, 9399, 9967, 9968, 11183, 11184, 12076, 12077, 13241, 13242]), Anchor::Lits(&[6474, 8397, 10931, 12455, 12456, 13472, 13536])])])),
            (65, "stay-in-character", Anchor::Lits(&[1313, 1314, 1346, 1621, 1622, 1654, 2451, 2710, 2711, 2739, 3361, 3788, 3789, 3790, 3791, 3792, 3793, 3794, 3795, 3796, 3797, 3798, 3799, 3800])),
            (66, "jailbreak-template", Anchor::Any(&[Anchor::Lits(&[2125, 2129, 2130, 2131, 2319, 2320, 2321, 2322, 3206, 3208, 3209, 3210, 3230, 3231, 3235, 3236, 3583, 3585, 3586, 3587, 8732, 8733, 8734, 8735, 8736, 8737, 8738, 8742, 8743, 8744, 8745, 8746, 8747, 8748, 9999, 13234, 13484, 13486, 13487, 13489, 13493, 13495, 13496]), Anchor::All(&[Anchor::Lits(&[6311, 6312, 6313, 6314, 6315, 6316, 6317, 6318, 6319, 6320, 6321, 6322, 6323, 6324, 6325, 6326, 6327, 6328, 6329, 6330, 6331, 6340, 6341, 6342, 6343, 6344, 6345, 6346, 9139, 9140, 9141, 9142, 9143, 9144, 9145, 9179, 9180, 9181, 9182, 9183, 9184, 9185, 9188, 9189, 9190, 9191, 9192, 9193, 9194, 9216, 9217, 9218, 9219, 9220, 9221, 9222, 13447, 13448, 13449, 13450, 13451, 13452, 13453, 13457, 13458, 13459, 13460, 13461, 13462, 13463, 13464, 13465, 13466, 13467, 13468, 13469, 13470, 13516, 13517, 13518, 13519, 13520, 13521, 13522]), Anchor::Lits(&[6136, 11206, 11285, 12039, 12367, 13701])])])),
            (67, "jailbreak", Anchor::Lits(&[1025, 1026, 2010, 2011, 2181, 2182, 2183, 2401, 2402, 2403, 2404, 2405, 2406, 2407, 2408, 2409, 2410, 2411, 2412, 2413, 2414, 2415, 2416, 2417, 2418, 2419, 2420, 2421, 2422, 2423, 2424, 2425, 2426, 2427, 2428, 2429, 2430, 2431, 2432, 2434, 2435, 2436, 2437, 2438, 2439, 2440, 2862, 2863, 3186, 3571, 3860, 3861, 4690, 4691, 5103, 5104, 5191, 5192, 5739, 5740, 5776, 5777])),
            (68, "evil-twin", Anchor::All(&[Anchor::Lits(&[5364, 5433, 5470, 5478, 5487, 5491, 5584, 5645, 5677, 5680, 5693, 5709, 5711, 5712, 5713]), Anchor::Lits(&[7808, 8948, 9966, 10784, 10795, 11685, 11760, 13040, 13240])])),
            (69, "pretend-safeguards-absent", Anchor::All(&[Anchor::Lits(&[294, 295, 296, 297, 298, 299, 300, 301, 302, 303, 304, 305, 306, 307, 320, 321, 322, 323, 324, 325, 326, 327, 328, 329, 330, 331, 332, 333, 1207, 1209, 1210, 1212, 1213, 1214, 1216, 1217, 1218, 1219, 1221, 1222, 1223, 1224, 1226, 1228, 1229, 1231, 1232, 1233, 1235, 1236, 1237, 1238, 1240, 1241, 1242, 1243, 1306, 1308, 1309, 1311, 1325, 1327, 1331, 1332, 1333, 1341, 1349, 1353, 1369, 1373, 1502, 1504, 1505, 1507, 1509, 1511, 1513, 1514, 1515, 1518, 1521, 1523, 1526, 1527, 1584, 1586, 1587, 1589, 1591, 1593, 1595, 1596, 1597, 1600, 1603, 1605, 1608, 1609, 1612, 1614, 1615, 1617, 1633, 1635, 1639, 1640, 1641, 1649, 1657, 1661, 1677, 1681, 2348, 2349, 2350, 2351, 2352, 2353, 2354, 2355, 2356, 2357, 2358, 2359, 2360, 2361, 2374, 2375, 2376, 2377, 2378, 2379, 2380, 2381, 2382, 2383, 2384, 2385, 2386, 2387, 2702, 2705, 2706, 2708, 2719, 2722, 2724, 2725, 2726, 2734, 2742, 2749, 2766, 2770, 2784, 2786, 2787, 2789, 2792, 2793, 2797, 2798, 2799, 2805, 2808, 2809, 2812, 2815, 4662, 4663, 4664, 4665, 4666, 4667, 4668, 4669, 4670, 4671, 4672, 4673, 4674, 4675, 4676, 4677, 4678, 4679, 4680, 4681, 4682, 4683, 4684, 4685, 4686, 4687, 4688, 4689, 4696, 4697, 4698, 4699, 4700, 4701, 4702, 4703, 4704, 4705, 4706, 4707, 4708, 4709, 4711, 4712, 4713, 4714, 4715, 4716, 4717, 4718, 4719, 4720, 4721, 4722, 4723, 4724]), Anchor::Lits(&[59, 341, 376, 663, 2230, 2496, 3166, 3895])])),
            (70, "bedtime-story-exploit", Anchor::All(&[Anchor::Lits(&[1151, 1156, 1180, 2467, 3056, 3559]), Anchor::Lits(&[157, 1709, 1759, 4608, 4875, 5069]), Anchor::Lits(&[8458, 8511, 8537, 9806, 9807, 9827, 11114, 11121, 11137, 11138, 11139, 11550, 11564, 11575, 11581, 11725, 11726, 11727, 11743, 11744, 11797, 11798, 12053, 12055, 12392, 12429, 12958, 13392, 13393, 13394])])),
            (71, "simulated-privileged-shell", Anchor::Lits(&[2095, 2096, 2097, 2098, 2099, 2100, 2101, 2102, 2103, 2104, 2105, 2106, 2107, 2108, 2109, 2110, 2111, 2112, 2113, 2114, 2115, 2116, 2117, 2118, 2119, 2120, 2121, 3508, 3509, 3510, 3511, 3512, 3513, 3514, 3515, 3516, 3517, 3518, 3519, 3520, 3521, 3522, 3523, 3524, 3525, 3526, 3527, 3528, 3529, 3530, 3531, 3532, 3533, 3534, 4059, 4060, 4061, 4063, 4064, 4065, 4066, 4067, 4068, 4069, 4070, 4071, 4072, 4073, 4076, 4077, 4078, 4081, 4082, 4083, 4084, 4085, 4086, 4087, 4088, 4089, 4090, 4989, 4990, 4991, 4996, 4997, 4998, 4999, 5000, 5001, 5002, 5003, 5004, 5005, 5006, 5015, 5018, 5019, 5021, 5022, 5023, 5024, 5025, 5026, 5027, 5028, 5029, 5030])),
            (72, "self-escalation", Anchor::Lits(&[5895, 5896, 5897, 5898, 5899, 5900, 6356, 6357, 6358, 6359, 6360, 6361, 6362, 6432, 6433, 6434, 6435, 6436, 6437, 6438, 7809, 7810, 7811, 7812, 7813, 7814, 7815, 7888, 7889, 7890, 7891, 7892, 7893, 7894, 8512, 8521, 8522, 8523, 8524, 8525, 8526, 8596, 8597, 8598, 8599, 8600, 8601, 8602, 9695, 9696, 9697, 10983, 10984, 10985, 10986, 10987, 10988, 10989, 11411, 11412, 11413, 12256, 12260, 12296])),
            (73, "blind-execution", Anchor::Lits(&[238, 239, 240, 241, 242, 267, 915, 916, 917, 918, 919, 920, 1301, 1303, 1377, 1391, 1446, 1528, 1778, 1779, 1781, 1782, 1783, 1784, 1858, 1859, 1860, 1863, 1864, 1865, 2897, 2898, 2899, 2903, 2905, 2906, 3504, 3505, 3507, 3535, 3536, 3537])),
            (74, "forbidden-becomes-required", Anchor::Any(&[Anchor::Lits(&[10539]), Anchor::All(&[Anchor::Lits(&[5989, 5990, 5994, 6026, 6207, 6208, 6212, 6222, 8023, 8024, 8028, 8038, 13367, 13368, 13369, 13370]), Anchor::Lits(&[6520, 6695, 6798, 6858, 6900, 6923, 6974, 7215, 7228, 7242, 7958, 8130, 8618, 8633, 8656, 8669, 8682, 9414, 9427, 9752, 9777, 9983, 9994, 10001, 10814, 10906, 10960, 10991, 11026, 11290, 11296, 11311, 11430, 11490, 11522, 12262, 12274, 12982]), Anchor::Lits(&[6444, 6505, 7286, 8249, 10889, 10974, 11301, 11577, 11578, 11579, 12427])])])),
            (75, "opposite-of-your-rules", Anchor::Any(&[Anchor::Lits(&[10541]), Anchor::All(&[Anchor::Lits(&[6521, 6522, 6523, 6524, 6696, 6697, 6698, 6699, 6804, 6805, 6806, 6807, 6864, 6865, 6866, 6867, 6901, 6902, 6903, 6904, 6935, 6936, 6939, 6940, 6975, 6976, 6977, 6978, 7221, 7222, 7223, 7224, 7235, 7236, 7237, 7238, 7250, 7251, 7252, 7253, 7959, 7960, 7961, 7962, 8133, 8134, 8135, 8136, 8624, 8625, 8626, 8627, 8645, 8646, 8649, 8650, 8662, 8663, 8664, 8665, 8675, 8676, 8677, 8678, 8694, 8695, 8698, 8699, 9420, 9421, 9422, 9423, 9450, 9451, 9456, 9457, 9764, 9765, 9768, 9769, 9784, 9785, 9788, 9789, 9984, 9985, 9986, 9987, 9995, 9996, 9997, 9998, 10002, 10003, 10004, 10005, 10821, 10822, 10825, 10826, 10907, 10908, 10909, 10910, 10968, 10969, 10970, 10971, 11011, 11012, 11015, 11016, 11039, 11040, 11042, 11043, 11291, 11292, 11293, 11294, 11297, 11298, 11299, 11300, 11325, 11326, 11329, 11330, 11449, 11450, 11454, 11455, 11496, 11497, 11498, 11499, 11523, 11524, 11525, 11526, 12268, 12269, 12270, 12271, 12280, 12281, 12282, 12283, 12988, 12989, 12990, 12991]), Anchor::Lits(&[5148, 5155, 5220, 5278, 5322])])])),
            (76, "hypothetical-unrestricted-ai", Anchor::All(&[Anchor::Lits(&[1024, 1745, 2176, 2230, 2233, 2234, 2235, 3088, 3166, 3570, 3895]), Anchor::Any(&[Anchor::Lits(&[226, 881, 1390, 2753, 4974, 6080, 7010, 7075, 7204, 8039, 8716, 8730, 9138, 9586, 9595, 9713, 9737, 9774, 9889, 10129, 10248, 10251, 10316, 10318, 11136, 11400, 11421, 11428, 13046, 13063, 13066, 13068, 13069, 13102, 13103, 13122, 13139, 13140, 13141, 13152, 13486, 13490, 13524, 13527, 13528, 13529, 13530, 13531, 13532, 13542, 13545, 13547, 13548, 13551, 13554, 13555, 13568, 13581, 13583, 13586, 13600, 13631, 13634]), Anchor::All(&[Anchor::Lits(&[12446, 12447, 12448, 12449, 12450, 12451, 12452, 12455, 12456, 12459, 12460, 12461, 12462, 13379, 13380, 13381, 13382, 13383, 13384, 13385, 13386, 13387, 13388, 13389, 13390, 13391, 13407, 13408, 13409, 13410, 13411, 13412, 13413, 13414, 13415, 13416, 13417, 13418, 13419]), Anchor::Lits(&[6519, 7957, 8129, 8681, 9426, 9776, 10000, 10813, 11310, 11429, 11502])])]), Anchor::Lits(&[5904, 5905, 5910, 5911, 6366, 6367, 6516, 6518, 7007, 9828, 9829, 9969, 9970, 13040, 13241])])),
            (77, "malicious-persona", Anchor::Any(&[Anchor::All(&[Anchor::Any(&[Anchor::Lits(&[6559, 6561, 6562, 6563, 7746, 7747, 7748, 7749, 7750, 7751, 7752, 7753, 7754, 7755, 7756, 7757, 7758, 7759, 7760, 7761, 7762, 7763, 7764, 7765, 7914, 7915, 7916, 7917, 8108, 12089, 12090]), Anchor::All(&[Anchor::Lits(&[9715, 9716]), Anchor::Lits(&[7069, 7077, 9698, 10718, 11601, 12956])])]), Anchor::Lits(&[3989, 4762, 4875])]), Anchor::All(&[Anchor::Lits(&[6369, 6502, 6503, 7066, 7072, 7305, 8040, 8396, 8717, 8719, 9389, 9890, 11401, 11486, 11590, 12056, 12805]), Anchor::Lits(&[5863, 5876, 6454, 6459, 10806, 10807, 11790, 13718, 14272]), Anchor::Any(&[Anchor::Lits(&[5853, 5861, 6078, 6223, 6560, 7067, 7069, 7143, 7177, 7264, 7265, 7266, 7268, 7269, 7270, 7272, 7274, 7722, 7744, 8108, 8122, 8714, 9714, 10566, 10672, 10718, 10801, 10944, 11601, 11667, 12008, 12059, 12088, 12956, 13019, 13437]), Anchor::All(&[Anchor::Lits(&[8595]), Anchor::Lits(&[5861, 5934, 10566, 10672, 11667, 12249])]), Anchor::All(&[Anchor::Lits(&[4466, 4467, 4468, 4470, 4471, 4472, 4473, 4476, 4483, 4489, 4491, 4497, 4498]), Anchor::Lits(&[7005, 7767, 7816, 8122, 8375, 9714, 10850, 11686, 12994, 13124, 13156])])])])])),
            (78, "third-party-permission", Anchor::All(&[Anchor::Lits(&[6035, 6037, 6038, 6039, 6040, 6041, 6042, 6043, 6280, 6281, 6282, 6283, 6284, 6285, 6286, 6287, 6348, 6349, 6350, 6351, 6352, 6353, 6354, 6355, 6402, 6403, 6404, 6405, 6406, 6407, 6408, 6409, 6412, 6413, 6414, 6415, 6416, 6417, 6418, 6419, 6780, 6781, 6782, 6783, 6784, 6785, 6786, 6787, 7154, 7155, 7156, 7157, 7158, 7159, 7160, 7161, 8111, 8112, 8113, 8114, 8115, 8116, 8117, 8118, 8459, 8460, 8461, 8462, 8463, 8464, 8465, 8466, 8529, 8530, 8531, 8532, 8533, 8534, 8535, 8536, 8603, 8604, 8605, 8606, 8607, 8608, 8609, 8610, 9390, 9391, 9392, 9393, 9394, 9395, 9396, 9397, 9404, 9405, 9406, 9407, 9408, 9409, 9410, 9411, 10121, 10122, 10123, 10124, 10125, 10126, 10127, 10128, 10472, 10473, 10474, 10475, 10476, 10477, 10478, 10479, 10546, 10547, 10548, 10549, 10550, 10551, 10552, 10553, 10556, 10559, 10560, 10561, 10562, 10563, 10564, 10565, 10774, 10775, 10776, 10777, 10778, 10779, 10780, 10781, 11269, 11270, 11271, 11272, 11273, 11274, 11275, 11276, 11551, 11554, 11555, 11556, 11557, 11558, 11559, 11561, 11582, 11583, 11584, 11585, 11586, 11587, 11588, 11589, 11765, 11766, 11767, 11768, 11769, 11770, 11771, 11772, 12959, 12960, 12961, 12962, 12963, 12964, 12965, 12966, 13278, 13279, 13280, 13281, 13282, 13283, 13284, 13285]), Anchor::Lits(&[6598, 6721, 7144, 7262, 7723, 7963, 8054, 8110, 8123, 8595, 8974, 10627, 11188, 11473, 11806, 12232, 13020, 13025, 13125, 13438])])),
            (79, "privileged-identity", Anchor::Lits(&[154, 283, 691, 693, 967, 1717, 1730, 2068, 4582, 4873, 5094, 5243, 5733])),
            (80, "fiction-without-controls", Anchor::Any(&[Anchor::Lits(&[5034, 8950, 8951, 8952, 8953, 8954, 9130, 9131, 9132, 9133, 9134, 12216, 12217, 12218, 12219, 12220, 13420, 13421, 13422, 13423, 13424, 13425, 13426]), Anchor::All(&[Anchor::Lits(&[2245, 2246, 2247, 2248, 2249, 2250, 2251, 2252, 2253, 2254, 2255, 2256, 2257, 4734, 4735, 4736, 4737, 4738, 4739, 4740, 4741, 4742, 4743, 4744, 4745, 4746, 4748, 4749, 4750, 4751, 4752, 4753, 4754, 4755, 4756, 4757, 4758, 4759, 4760, 4987, 4988, 4994, 4995, 5007, 5008, 5011, 5012, 5013, 5014, 5016, 5017, 5020, 5937, 5938, 5939, 5943, 5950, 5954, 5955, 5956, 5957, 5958, 5959, 5960, 5995, 6170, 6171, 6172, 6173, 6174, 6175, 6176, 6177, 6178, 6179, 6180, 6181, 6182, 12468, 12469, 12553, 12556, 12585, 12593, 12650, 12662, 12670, 12676, 12677, 12681, 12723]), Anchor::Lits(&[5862, 5875, 7820, 9128, 9161, 9965, 10885, 11408, 11410, 11789, 13717, 14271]), Anchor::Lits(&[6612, 7277, 8554, 9262, 9745, 10334, 10456, 11193, 12228])]), Anchor::All(&[Anchor::Lits(&[8041, 8042, 8043, 8044, 8046, 9596, 9597, 9598, 9599, 9601, 9891, 9892, 9893, 9894, 9895, 11402, 11403, 11404, 11405, 11406, 13047, 13048, 13049, 13050, 13051, 13104, 13105, 13106, 13107, 13109, 13142, 13143, 13144, 13145, 13147]), Anchor::Lits(&[6459, 6703, 6704, 6705, 12208])]), Anchor::All(&[Anchor::Lits(&[5901, 9490, 11409, 11417, 12433]), Anchor::Lits(&[47, 48, 156, 236, 1079, 1141, 1142, 1172, 1173, 1174, 1175, 1262, 1263, 1265, 1270, 1271, 1272, 1273, 1275, 1686, 1687, 1688, 1689, 1690, 1691, 1692, 1693, 1694, 1708, 1720, 1786, 1816, 1920, 2067, 2474, 2982, 3022, 3058, 3089, 3143, 3207, 3581, 3606, 3621, 3768, 3776, 4501, 4517, 4524, 4581, 4605])]), Anchor::All(&[Anchor::Lits(&[69, 1768, 3162, 3343, 3803, 5068]), Anchor::Lits(&[1063, 1706, 1786, 1815, 2473, 3801, 3806, 4580]), Anchor::Lits(&[8126, 10344, 10810, 11599, 11600, 12158, 12365])])])),
            (81, "disable-safety", Anchor::Any(&[Anchor::Lits(&[5827, 5830, 5831, 5832, 5834, 6526, 6527, 6528, 6529, 6530, 6531, 6532, 6533, 6534, 6535, 6536, 6537, 6538, 6539, 6540, 6541, 6542, 6543, 6544, 6545, 6546, 6547, 6548, 6549, 6550, 6551, 6552, 6553, 6554, 6555, 6556, 6557, 6558, 6601, 6604, 6606, 6608, 6611, 6615, 6616, 6617, 6618, 6620, 6722, 6723, 6724, 6725, 6727, 6729, 6730, 6731, 6732, 6734, 7085, 7086, 7087, 7088, 7090, 7093, 7094, 7095, 7096, 7098, 7115, 7116, 7117, 7118, 7120, 7263, 7267, 7271, 7273, 7276, 7280, 7281, 7282, 7283, 7285, 7345, 7396, 7405, 7409, 7420, 7424, 7427, 7428, 7429, 7431, 7896, 7897, 7898, 7899, 7900, 7901, 7902, 7903, 7904, 7905, 7906, 7907, 7908, 7910, 7911, 7912, 7913, 7919, 7920, 7921, 7922, 7923, 7924, 7925, 7926, 7927, 7928, 7929, 7930, 7931, 7933, 7934, 7935, 7936, 7964, 7965, 7966, 7967, 7969, 7971, 7972, 7973, 7974, 7976, 8286, 8337, 8346, 8350, 8361, 8365, 8368, 8369, 8370, 8372, 8399, 8400, 8401, 8402, 8404, 8406, 8407, 8408, 8409, 8410, 8475, 8476, 8477, 8478, 8480, 8481, 8482, 8483, 8484, 8485, 8486, 8487, 8488, 8489, 8490, 8491, 8492, 8493, 8494, 8495, 8496, 8498, 8499, 8500, 8501, 8502, 8504, 8505, 8506, 8507, 8509, 8996, 9047, 9056, 9060, 9077, 9092, 9095, 9096, 9097, 9099, 9588, 9590, 9591, 9592, 9594, 9739, 9740, 9741, 9742, 9744, 10138, 10139, 10140, 10141, 10143, 10145, 10146, 10147, 10148, 10150, 10630, 10634, 10635, 10637, 10640, 10648, 10652, 10653, 10655, 10658, 11747, 11748, 11749, 11750, 11752, 11754, 11755, 11756, 11757, 11759, 12177, 12178, 12179, 12180, 12182, 12222, 12223, 12224, 12225, 12227, 12233, 12234, 12235, 12236, 12238, 12241, 12242, 12243, 12244, 12246, 12379, 12380, 12381, 12382, 12384, 13026, 13027, 13028, 13029, 13031, 13034, 13035, 13036, 13037, 13039, 13084, 13085, 13086, 13087, 13089, 13676, 13677, 13678, 13679, 13681]), Anchor::All(&[Anchor::Lits(&[5942, 6239, 6241, 6243, 6247, 6249, 6251, 6254, 6256, 6259, 6373, 6376, 6379, 6382, 6694, 6714, 6717, 6888, 6890, 6893, 6895, 6962, 6971, 6973, 6979, 7038, 7045, 7877, 7946, 7948, 7950, 7953, 7955, 7957, 7978, 8131, 8614, 8617, 8630, 8653, 8821, 8829, 9330, 9333, 9335, 9337, 9339, 9342, 9344, 9971, 10000, 11002, 11117, 11141, 11150, 11312, 11370, 11373, 11487, 11504, 11508, 11511, 11513, 11517, 11519, 11521, 11527, 11529, 11531, 11533, 11535, 11537, 11539, 11541, 11543, 11545, 11548, 11565, 11567, 11569, 11635, 11641, 11645, 11647, 11649, 11655, 11657, 11659, 11661, 12583, 13017, 13980]), Anchor::Lits(&[5824, 6421, 6525, 6598, 6614, 6721, 6728, 7084, 7091, 7092, 7114, 7262, 7278, 7279, 7323, 7433, 7506, 7545, 7642, 7681, 7723, 7895, 7918, 7963, 7970, 8260, 8398, 8405, 8474, 8497, 8503, 8715, 8974, 9089, 9701, 9738, 9747, 9836, 9837, 10137, 10144, 10260, 10280, 10627, 10645, 11105, 11182, 11188, 11195, 11746, 11753, 11761, 11806, 11868, 12104, 12161, 12176, 12221, 12230, 12232, 12240, 12378, 13025, 13033, 13083, 13276, 13317, 13536, 13675])]), Anchor::All(&[Anchor::Lits(&[5833, 6026, 6183, 6610, 6619, 6726, 6733, 7089, 7097, 7119, 7275, 7284, 7419, 7430, 7909, 7932, 7968, 7975, 8001, 8360, 8371, 8403, 8479, 8508, 9076, 9098, 9593, 9743, 10142, 10149, 10455, 10639, 10657, 11751, 11758, 12181, 12226, 12237, 12245, 12383, 12726, 13030, 13038, 13088, 13680]), Anchor::Lits(&[5931, 6519, 6857, 6899, 6922, 7241, 7957, 8127, 8632, 8681, 9426, 9751, 9776, 10000, 10813, 10839, 10905, 10959, 11048, 11310, 11429, 11489, 11502, 12981])])])),
            (82, "safety-declared-off", Anchor::All(&[Anchor::Lits(&[5932, 5943, 6240, 6242, 6244, 6245, 6248, 6250, 6252, 6253, 6255, 6257, 6258, 6260, 6374, 6375, 6377, 6378, 6380, 6383, 6695, 6715, 6718, 6889, 6891, 6892, 6894, 6896, 6963, 6964, 6966, 6972, 6974, 6980, 7039, 7040, 7046, 7878, 7947, 7949, 7951, 7954, 7956, 7958, 7979, 8132, 8615, 8616, 8618, 8631, 8633, 8654, 8822, 8830, 9331, 9332, 9334, 9336, 9338, 9340, 9341, 9343, 9345, 9972, 10001, 11003, 11118, 11119, 11142, 11151, 11152, 11313, 11371, 11374, 11488, 11505, 11507, 11509, 11512, 11514, 11516, 11518, 11520, 11522, 11528, 11530, 11532, 11534, 11536, 11538, 11540, 11542, 11544, 11546, 11547, 11549, 11566, 11568, 11570, 11636, 11637, 11642, 11646, 11648, 11650, 11656, 11658, 11660, 11662, 12584, 13018, 13981]), Anchor::Lits(&[6613, 6635, 6636, 7091, 7173, 7278, 8555, 9263, 9746, 10254, 10333, 10457, 10625, 10736, 11194, 11349, 11393, 12229, 13271, 13277])])),
            (83, "skip-approval", Anchor::Any(&[Anchor::Lits(&[6246, 13537, 13540, 13541, 13556, 13557, 13559, 13563, 13573, 13574, 13576, 13577, 13580, 13584, 13585, 13587, 13590, 13617, 13620, 13621, 13622, 13623, 13635, 13640, 13645, 13646, 13647, 13648, 13657, 13658, 13662]), Anchor::All(&[Anchor::Lits(&[396, 397, 398, 399, 400, 401, 402, 403, 404, 405, 406, 407, 408, 409, 410, 411, 412, 413, 414, 415, 416, 417, 418, 419, 420, 421, 422, 423, 424, 425, 426, 427, 428, 429, 430, 431, 432, 433, 434, 435, 436, 437, 438, 439, 440, 441, 442, 443, 444, 445, 446, 447, 448, 449, 450, 451, 452, 453, 454, 455, 456, 457, 458, 459, 460, 461, 462, 463, 464, 465, 466, 467, 468, 469, 470, 471, 472, 473, 474, 475, 476, 477, 478, 479, 480, 481, 482, 483, 484, 485, 486, 487, 488, 489, 490, 491, 492, 493, 494, 495, 496, 497, 498, 499, 500, 501, 502, 503, 504, 505, 506, 507, 508, 509, 510, 511, 512, 513, 514, 515, 520, 521, 522, 523, 524, 525, 526, 527, 528, 529, 530, 531, 532, 533, 534, 535, 536, 537, 538, 539, 540, 541, 542, 543, 544, 545, 546, 547, 548, 549, 550, 551, 552, 553, 554, 555, 556, 557, 558, 559, 560, 561, 562, 563, 564, 565, 566, 567, 568, 569, 570, 571, 572, 573, 574, 575, 576, 577, 578, 579, 580, 581, 582, 583, 584, 585, 586, 587, 588, 589, 590, 591, 592, 593, 594, 595, 596, 597, 598, 599, 600, 601, 602, 603, 604, 605, 606, 607, 608, 609, 610, 611, 612, 613, 614, 615, 616, 617, 618, 619, 620, 621, 622, 623, 624, 625, 626, 627, 628, 629, 630, 631, 632, 633, 634, 635, 636, 637, 638, 639]), Anchor::Lits(&[7482, 7611, 10151, 10289, 11102, 12103, 13535])]), Anchor::All(&[Anchor::Lits(&[7523, 7524, 7525, 7545, 7563, 7659, 7660, 7661, 7681, 7699, 10273, 10274, 10275, 10280, 10281, 10284, 10285, 10286, 10287, 10288, 13429, 13430, 13431, 13432, 13435, 13665, 13666, 13667, 13668, 13671]), Anchor::Lits(&[6237, 6886, 6905, 10771, 11367, 11763, 11773])])])),
            (84, "encoded-instructions", Anchor::Any(&[Anchor::Lits(&[7100, 7101, 7105, 7106, 7108, 7109, 7171, 7172, 13150, 13151]), Anchor::All(&[Anchor::Lits(&[5865, 5866, 5867, 5868, 5869, 5870, 5871, 5872, 5873, 5874, 6227, 6228, 6229, 6230, 6231, 6232, 6233, 6234, 6235, 6236, 6671, 6672, 6673, 6674, 6675, 6676, 6677, 6678, 6685, 6692, 6818, 6841, 6843, 6844, 6846, 6847, 6849, 6850, 6852, 6854, 7591, 7592, 7593, 7594, 7595, 7596, 7597, 7598, 7599, 7600, 8079, 8080, 8081, 8082, 8083, 8084, 8085, 8086, 8093, 8100, 8206, 8214, 8215, 8216, 8217, 8218, 8219, 8220, 8231, 8238, 10403, 10416, 10418, 10419, 10421, 10422, 10424, 10425, 10436, 10443, 10760, 10761, 10762, 10763, 10764, 10765, 10766, 10767, 10768, 10769, 11475, 11476, 11477, 11478, 11479, 11480, 11481, 11482, 11483, 11484]), Anchor::Lits(&[7099, 7104, 7107, 7170, 11366, 11414, 11415, 12995, 13111, 13149]), Anchor::Lits(&[6096, 12729])])])),
            (85, "route-around-the-guard", Anchor::Any(&[Anchor::Lits(&[361, 362, 363, 364, 365, 366, 367, 368, 1253, 1254, 1255, 1256, 1257, 1258, 1259, 1260, 3312, 3313, 3314, 3315, 3316, 3317, 3318, 3319, 3848, 3849, 3850, 3851, 3852, 3853, 3854, 3855, 4567, 4568, 4569, 4570, 4571, 4572, 4573, 4574, 4594, 4595, 4596, 4597, 4598, 4599, 4600, 4601]), Anchor::All(&[Anchor::Lits(&[6422, 6423, 6424, 6425, 6426, 6427, 6428, 6429, 6430, 6431, 7555, 7556, 7557, 7558, 7566, 7567, 7568, 7569, 7571, 7572, 7691, 7692, 7693, 7694, 7702, 7703, 7704, 7705, 7707, 7708, 10205, 10206, 10207, 10208, 10215, 10216, 10217, 10218, 10220, 10221, 11833, 11834, 11835, 11836, 11843, 11844, 11845, 11846, 11847, 11848, 12147, 12148, 12149, 12150, 12151, 12152, 12153, 12154, 12155, 12156]), Anchor::Lits(&[958, 959, 961, 1108, 1839, 1855, 2014, 2071, 3251, 3493, 3540, 3568, 3590]), Anchor::Lits(&[9580, 9581, 9582, 9583, 9584, 10047, 10048, 10049, 10050, 10051, 10058, 10059, 10060, 10061, 10062, 10076, 10078, 10081, 10082, 10083, 10086, 10087, 10088, 10089, 10090, 12588, 12589, 12590, 12591, 12592, 12663, 12664, 12665, 12666, 12667, 12671, 12672, 12673, 12674, 12675, 12778, 12779, 12780, 12781, 12782, 12875, 12928, 12930, 12931, 12932])]), Anchor::All(&[Anchor::Lits(&[7256, 12159, 13571, 13575, 13579, 13582, 13585, 13596, 13626, 13627, 13636, 13637, 13638, 13639, 13649, 13650, 13651, 13652, 13654, 13655]), Anchor::Lits(&[6622, 6623, 6624, 6625, 6626, 6627, 6628, 6629, 6630, 6631, 8376, 8377, 8378, 8379, 8380, 8381, 8382, 8383, 8384, 8385, 8386, 8387, 8388, 8389, 8390, 8391, 8392, 8393, 8394, 8395, 8541, 8542, 8543, 8544, 8545, 8546, 8547, 8548, 8549, 8550, 10696, 10697, 10698, 10699, 10700, 10701, 10702, 10703, 10704, 10705, 10706, 10707, 10708, 10709, 10710, 10711, 10712, 10713, 10714, 10715, 11688, 11689, 11690, 11691, 11692, 11693, 11694, 11695, 11696, 11697, 11698, 11699, 11700, 11701, 11702, 11703, 11704, 11705, 11706, 11707, 12040, 12041, 12042, 12043, 12044, 12045, 12046, 12047, 12048, 12049, 12368, 12369, 12370, 12371, 12372, 12373, 12374, 12375, 12376, 12377])])])),
            (86, "do-not-screen-input", Anchor::All(&[Anchor::Lits(&[1319, 1320, 1321, 1322, 1323, 1324, 1334, 1335, 1342, 1343, 1356, 1357, 1358, 1359, 1360, 1361, 1363, 1364, 1365, 1366, 1371, 1372, 1627, 1628, 1629, 1630, 1631, 1632, 1642, 1643, 1650, 1651, 1664, 1665, 1666, 1667, 1668, 1669, 1671, 1672, 1673, 1674, 1679, 1680, 2713, 2714, 2715, 2716, 2717, 2718, 2727, 2728, 2735, 2736, 2751, 2752, 2754, 2755, 2756, 2757, 2760, 2761, 2762, 2763, 2768, 2769, 2820, 2821, 2822, 2823, 2824, 2825, 2826, 2827, 2830, 2831, 2832, 2833, 2834, 2835, 2836, 2837, 2838, 2839, 2840, 2841, 2842, 2843, 3727, 3728, 3729, 3730, 3731, 3732, 3733, 3734, 3735, 3736, 3742, 3743, 3744, 3745, 3746, 3747, 3749, 3750, 3751, 3752, 3756, 3757, 3812, 3813, 3814, 3815, 3816, 3817, 3820, 3821, 3824, 3825, 3833, 3834, 3835, 3836, 3837, 3838, 3840, 3841, 3842, 3843, 3845, 3846, 5035, 5036, 5037, 5038, 5039, 5040, 5041, 5042, 5043, 5044, 5045, 5046, 5047, 5048, 5049, 5050, 5051, 5052, 5053, 5054, 5055, 5056]), Anchor::Lits(&[9347, 9355, 9919, 9931, 10725, 10991, 11026, 11234, 11266, 11687, 13041, 13701])])),
            (87, "allowlist-this-prompt", Anchor::Any(&[Anchor::All(&[Anchor::Lits(&[2674, 2675, 2676, 2677, 2681, 2682, 2683, 2684, 2988, 2989, 2990, 2991, 2992, 2993, 2994, 2995, 4239, 4240, 4241, 4242, 4243, 4244, 4245, 4246, 4259, 4260, 4261, 4262, 4263, 4264, 4265, 4266, 4422, 4423, 4426, 4439, 4442, 4445, 4446, 4450]), Anchor::Lits(&[6028, 6044, 6739, 6906, 8101, 8157, 9710, 9896, 12302, 13001, 13021, 13395, 13401])]), Anchor::All(&[Anchor::Lits(&[6030, 6031, 6032, 6033, 6034, 6046, 6047, 6048, 6049, 6050, 8102, 8103, 8104, 8105, 8106, 13396, 13397, 13398, 13399, 13400, 13402, 13403, 13404, 13405, 13406]), Anchor::Lits(&[6712, 6993, 9346, 9918, 10990, 11233, 11711, 13170])])])),
            (90, "unset-read-only", Anchor::Any(&[Anchor::Lits(&[3323, 3329, 3336, 3341]), Anchor::All(&[Anchor::Lits(&[1696, 1697, 1698, 1699, 1700, 1701, 1703, 1704, 3322, 3323, 3324, 3326, 3327, 3328, 3329, 3330, 3335, 3336, 3337, 3338, 3339, 3340, 3341, 3342, 3431, 3432, 3433, 3434, 3435, 3436, 3437, 3438, 3543, 3544, 3545, 3547, 3548, 3550, 3551, 3552, 3560, 3561, 3562, 3563, 3564, 3565, 3566, 3567, 3593, 3594, 3595, 3597, 3598, 3599, 3604, 3605]), Anchor::Lits(&[46, 96, 1020, 3076, 3620, 3644, 4508])])])),
            (91, "stop-logging", Anchor::Lits(&[1264, 1266, 1267, 1268, 1269, 1274, 1276, 1312, 1344, 1347, 1355, 1362, 1370, 1376, 1618, 1652, 1655, 1663, 1670, 1678, 1684, 2709, 2737, 2740, 2750, 2758, 2767, 2771, 3062, 3063, 3064, 3065, 3066, 3067, 3068, 3300, 3303, 3304, 3305, 3306, 3307, 3308, 3726, 3738, 3739, 3741, 3748, 3755, 3758, 3809, 3826, 3829, 3832, 3839, 3844, 3847, 3911, 3912, 3913, 3914, 3915, 3917, 3918, 4539, 4540, 4541, 4542, 4543, 4545, 4546])),
            (92, "self-approval", Anchor::Any(&[Anchor::Lits(&[12393, 12394, 12395, 12396, 12397, 12398, 12399, 12400, 12402, 12404, 12405, 12406, 12407, 12408, 12409, 12410, 12411, 12412, 12413, 12414, 12415, 12416, 12417, 12418, 12419, 12420, 12421, 12422, 12423, 12426]), Anchor::All(&[Anchor::Lits(&[6261, 6262, 6263, 6264, 6265, 6266, 6267, 6268, 6269, 6270, 6271, 6272, 6273, 6274, 6275, 6276, 6277, 6278]), Anchor::Lits(&[6420, 10499, 13611, 14287])])])),
            (93, "execute-everything", Anchor::Lits(&[140, 141, 142, 143, 144, 145, 146, 232, 1756, 1757, 1758, 1760, 1761, 1762, 1763, 1764])),
            (94, "protection-mode-claim", Anchor::All(&[Anchor::Lits(&[89, 147, 678, 869, 1279, 1702, 2475, 2598, 2665, 2844, 2909, 2920, 3055, 3057, 3078, 3373, 4525, 4590]), Anchor::Lits(&[270, 271, 1109, 1110, 2076, 2077, 3542, 3546, 3592, 3596, 4157, 4164, 4187, 4188, 4253, 4254, 4256, 4257, 4268, 4269, 4270, 4271, 4272, 4273, 4342, 4343, 4348, 4349, 4350, 4351, 4363, 4364, 4420, 4421, 5094, 5210])])),
            (95, "approve-tool-calls", Anchor::All(&[Anchor::Lits(&[272, 273, 274, 275, 276, 277, 278, 279, 280, 281, 282]), Anchor::Lits(&[8449, 10772, 12968, 12970, 12971])])),
            (97, "tamper-with-own-controls", Anchor::All(&[Anchor::Lits(&[148, 149, 150, 151, 152, 153, 269, 830, 861, 960, 962, 1007, 1008, 1179, 1743, 2072, 2161, 2162, 2552, 2641, 3075, 3077, 3135, 3139, 3325, 3443, 3499, 3674, 4521, 4872]), Anchor::Lits(&[71, 153, 237, 929, 936, 975, 1171, 1685, 1715, 1856, 2262, 2283, 2499, 2599, 2664, 2670, 2673, 3021, 3061, 3309, 3347, 3359, 3364, 3367, 3368, 3459, 3645, 3717, 3899, 4576, 4587, 4603, 4604, 4872, 4972])])),
            (98, "tamper-with-named-controls", Anchor::All(&[Anchor::Lits(&[974, 2281, 2282, 3223, 3234, 3287, 3374, 3375, 4509, 4510, 6029, 6036, 6045, 6246, 6255, 7039, 7040, 7878, 8613, 8809, 8810, 9334, 10868, 10996, 11006, 11116, 11634, 11643, 12969, 13018]), Anchor::Lits(&[71, 153, 237, 929, 936, 975, 1171, 1685, 1715, 1856, 2262, 2283, 2499, 2599, 2664, 2670, 2673, 3021, 3061, 3309, 3347, 3359, 3364, 3367, 3368, 3459, 3645, 3717, 3899, 4576, 4587, 4603, 4604, 4872, 4972]), Anchor::Lits(&[12466, 12807, 13965])])),
            (99, "authority-waives-controls", Anchor::Any(&[Anchor::Lits(&[293, 2314, 2347, 7009, 10237, 10320, 12358]), Anchor::All(&[Anchor::Lits(&[6400, 6410, 6779, 6897, 7876, 8101, 10773, 10854, 10871, 11563, 11763, 11764, 11774, 13275]), Anchor::Lits(&[6237, 6372, 6713, 6992, 7877, 8127, 8558, 8612, 9748, 9897, 10813, 10839, 11115, 11309, 11367, 11429, 11502, 13017, 13235]), Anchor::Lits(&[6598, 6614, 6721, 7262, 7279, 7723, 8974, 9089, 9738, 10627, 10645, 11188, 11806, 11868, 12221, 12232, 13025, 13276])])])),
            (100, "vendor-orders-an-action", Anchor::Lits(&[1926, 1941, 1943, 1962, 1978, 1980, 1983, 1985, 1994, 2002, 2941, 2942, 2943, 2944, 2945, 2946, 2947, 2948, 2949, 2950, 4427, 4428, 4429, 4430, 4431, 4432, 4433, 4434, 4435, 4436])),
            (101, "run-data-as-code", Anchor::Any(&[Anchor::Lits(&[822, 823, 824, 825, 826, 827, 828, 829, 1769, 1770, 1771, 1772, 1773, 1774, 1775, 1776, 2559, 2560, 2561, 2562, 2563, 2564, 2565, 2566, 4627, 4628, 4629, 4630, 4631, 4632, 4633, 4634, 4725, 4726, 4727, 4728, 4729, 4730, 4731, 4732, 5892, 5893, 11100, 11101, 11630, 11631, 11787, 11788, 13378]), Anchor::All(&[Anchor::Lits(&[8246, 8247]), Anchor::Lits(&[1039, 1040, 1041, 1046, 1047, 1048, 3856, 3857, 3858, 3983, 3984, 3985, 4621, 4622, 4623])]), Anchor::All(&[Anchor::Lits(&[7501, 7502, 7528, 7529, 7540, 7541, 7559, 7560, 7564, 7565, 7577, 7578, 7637, 7638, 7664, 7665, 7676, 7677, 7695, 7696, 7700, 7701, 7713, 7714, 10163, 10164, 10180, 10181, 10192, 10193, 10209, 10210, 10213, 10214, 10226, 10227, 13570, 13572, 13594, 13595, 13609, 13610, 13624, 13625, 13632, 13633, 13660, 13661]), Anchor::Lits(&[9578, 9579, 12557, 12558, 12668, 12669, 12683, 12684, 12685, 12686, 12727, 12728])])])),
            (102, "destroy-agent-files", Anchor::All(&[Anchor::Lits(&[3461, 3462, 3463, 3464, 3465, 3466]), Anchor::Lits(&[6440, 6742, 7011, 7046, 11871, 12058])])),
            (103, "hide-from-oversight", Anchor::Any(&[Anchor::Lits(&[930, 931, 932, 933, 934, 935, 2395, 2396, 2397, 2398, 2399, 2400, 3288, 3289, 3290, 3291, 3292, 3293, 3294, 3295, 3296, 3297, 3298, 3299, 4414, 4415, 4416, 4417, 4418, 4419, 5914, 5915, 5916, 5917, 5918, 5919, 5920, 5921, 5923, 5924, 5925, 5926, 5927, 5928, 5929, 5930, 6288, 6289, 6290, 6291, 6292, 6293, 6294, 6295, 6296, 6297, 6298, 6299, 6300, 6301, 6302, 6303, 6384, 6385, 6386, 6387, 6388, 6389, 6390, 6391, 6392, 6393, 6394, 6395, 6396, 6397, 6398, 6399, 7487, 7488, 7489, 7490, 7491, 7492, 7493, 7494, 7512, 7513, 7514, 7515, 7532, 7533, 7534, 7535, 7536, 7537, 7538, 7539, 7616, 7617, 7618, 7619, 7620, 7621, 7622, 7623, 7648, 7649, 7650, 7651, 7668, 7669, 7670, 7671, 7672, 7673, 7674, 7675, 9663, 9673, 9688, 9973, 9974, 9975, 9976, 9977, 9978, 9979, 9980, 10155, 10156, 10157, 10158, 10159, 10160, 10161, 10162, 10167, 10168, 10169, 10170, 10184, 10185, 10186, 10187, 10188, 10189, 10190, 10191, 10291, 10292, 10293, 10294, 10295, 10296, 10297, 10298, 10306, 10307, 10308, 10309, 10310, 10311, 10312, 10313, 11375, 11376, 11377, 11378, 11379, 11380, 11381, 11382, 11383, 11384, 11385, 11386, 11387, 11388, 11389, 11390, 11639, 11640, 11644, 11651, 11652, 11664, 11665, 11666, 13558, 13560, 13561, 13562, 13564, 13565, 13566, 13567, 13591, 13601, 13602, 13603, 13604, 13605, 13606, 13607, 13608, 13613, 13630, 13642, 13644]), Anchor::All(&[Anchor::Lits(&[1925, 1927, 1928, 1929, 1930, 1931, 1932, 1933, 1934, 1935, 1936, 1937, 1938, 1939, 1942, 1945, 1946, 1947, 1948, 1949, 1950, 1951, 1952, 1953, 1954, 1955, 1956, 1957, 1958, 1959, 1960, 1961, 1963, 1964, 1965, 1966, 1967, 1968, 1969, 1970, 1971, 1972, 1973, 1974, 1975, 1976, 1977, 1979, 1981, 1984, 1988, 1989, 1991, 1992, 1993, 1998, 1999, 2000, 2005, 2006]), Anchor::Lits(&[8800, 8802, 8804, 8805, 8806])]), Anchor::All(&[Anchor::Lits(&[882, 883, 884, 885, 886, 887, 888, 889, 898, 899, 900, 901, 902, 903, 904, 905, 907, 908, 909, 910, 911, 912, 913, 914, 1318, 1326, 1336, 1337, 1345, 1350, 1367, 1368, 1508, 1510, 1516, 1517, 1519, 1522, 1524, 1525, 1590, 1592, 1598, 1599, 1601, 1604, 1606, 1607, 1626, 1634, 1644, 1645, 1653, 1658, 1675, 1676, 2712, 2721, 2729, 2730, 2738, 2748, 2764, 2765, 4976, 4977, 4978, 4979, 4980, 4981, 4982, 4983, 5058, 5059, 5060, 5061, 5062, 5063, 5064, 5065]), Anchor::Lits(&[7831, 7832, 7833, 7834, 7835, 7836, 7837, 7838, 7839, 7840, 7841, 7842, 7843, 7844, 7845, 7846, 7847, 7848, 7849, 7850, 7851, 7852, 7853, 7854, 7855, 7856, 7857, 7858, 7859, 7860, 7861, 7862, 7863, 7864, 7865, 7866, 7867, 7868, 7869, 7870, 7871, 7872, 7873, 7874, 9843, 9844, 9845, 9846, 9847, 9848, 9849, 9850, 9852, 9853, 9854, 9855, 9856, 9857, 9858, 9859, 9860, 9861, 9862, 9863, 9864, 9865, 9866, 9867, 9868, 9869, 9870, 9871, 9872, 9873, 9874, 9875, 9876, 9877, 9878, 9879, 9880, 9881, 9882, 9883, 9884, 9885, 9886, 9887, 11883, 11884, 11885, 11886, 11899, 11900, 11901, 11902, 11903, 11904, 11905, 11906, 11907, 11908, 11909, 11910, 11911, 11912, 11913, 11914, 11915, 11916, 11917, 11920, 11921, 11928, 11929, 11930, 11931, 11932, 11933, 11934, 11935, 11936, 11937, 11938, 11939, 11940, 11941, 11942, 11943, 11944, 11945, 11946, 11947, 11948, 11949, 11950, 11951, 11952, 11953, 11954, 11955, 11956, 11957, 11958, 11959, 11960, 11961, 11962, 11963, 11964, 11965, 11966, 11967, 11968, 11973, 11974, 11975, 11976, 11977, 11978, 11979, 11980, 11981, 11982, 11983])]), Anchor::All(&[Anchor::Lits(&[11889, 11890, 11891, 11892, 11895, 11897, 11922, 11923, 11924, 11925, 11969, 11971, 11986, 11987, 11988, 11989, 11992, 11994, 11998, 11999, 12000, 12001, 12004, 12006]), Anchor::Lits(&[138, 161, 268, 3456, 3707])]), Anchor::All(&[Anchor::Lits(&[11887, 11888, 11893, 11894, 11896, 11898, 11918, 11919, 11926, 11927, 11970, 11972, 11984, 11985, 11990, 11991, 11993, 11995, 11996, 11997, 12002, 12003, 12005, 12007]), Anchor::Lits(&[6381, 8158, 9833, 10341, 11680, 13268])])])),
            (106, "conditional-order-to-the-agent", Anchor::All(&[Anchor::Lits(&[6087, 6088, 6089, 6092, 6093, 6094, 6136, 6155, 6156, 6305, 6738, 6740, 6741, 8119, 8120, 8121, 8141, 8142, 9576, 9830, 9831, 9832, 10511, 10536, 10693, 10694, 10695, 10955, 10956, 10957, 11114, 11120, 11121, 11368, 11391, 11392, 11669, 11681, 12198, 12199, 12200, 12203, 12204, 12205, 12995, 12996, 12997]), Anchor::Lits(&[91, 374, 754, 2199, 2962, 4733, 4747, 4870]), Anchor::Any(&[Anchor::Lits(&[5853, 5861, 6078, 6223, 7067, 7069, 7145, 7148, 7149, 7151, 7264, 7265, 7266, 7268, 7269, 7270, 7272, 7274, 7726, 7728, 7729, 7730, 7731, 7732, 7733, 7734, 7735, 8108, 10566, 10672, 10718, 10801, 10944, 11601, 11667, 12008, 12059, 12956, 13019]), Anchor::All(&[Anchor::Lits(&[8595]), Anchor::Lits(&[5861, 5934, 10566, 10672, 11667, 12249])]), Anchor::All(&[Anchor::Lits(&[4466, 4467, 4468, 4470, 4471, 4472, 4473, 4476, 4483, 4489, 4491, 4497, 4498]), Anchor::Lits(&[7005, 7767, 7816, 8122, 8375, 9714, 10850, 11686, 12994, 13124, 13156])])])])),
            (107, "tool-call-tampering", Anchor::Any(&[Anchor::All(&[Anchor::Lits(&[1084, 1085, 1086, 1087, 1088, 1089, 1090, 1091, 1092, 1093, 1094, 1095, 1096, 1097, 1098, 1099, 1100, 1101, 1102, 1103, 1104, 1105, 1106, 1107, 1111, 1112, 1113, 1114, 4158, 4159, 4160, 4161, 4162, 4163, 4165, 4166, 4167, 4168, 4169, 4170, 4171, 4172, 4173, 4174, 4175, 4176, 4177, 4178, 4179, 4180, 4181, 4182, 4183, 4184, 4185, 4186, 4189, 4190, 4191, 4192, 4193, 4194, 4209, 4210, 4211, 4212, 4213, 4214, 4215, 4216, 4217, 4218, 4219, 4220, 4221, 4222, 4223, 4224, 4225, 4226, 4227, 4228, 4229, 4230, 4286, 4287, 4288, 4289, 4290, 4291, 4292, 4293, 4294, 4295, 4296, 4297, 4298, 4299, 4300, 4301, 4302, 4303, 4304, 4305, 4306, 4307, 4308, 4309, 4310, 4311, 4312, 4313, 5144, 5145, 5149, 5150, 5208, 5209, 5211, 5212, 5216, 5217, 5226, 5227, 5228, 5229, 5230, 5231, 5232, 5233, 5234, 5235, 5236, 5237, 5238, 5239, 5267, 5269, 5284, 5285]), Anchor::Lits(&[6452, 6796, 6798, 8053, 8124, 8448, 8450, 11081, 11082, 12057, 12081, 12083, 12967, 12972])]), Anchor::All(&[Anchor::Lits(&[8239, 8240, 8241, 8242, 8243, 8244, 8245, 8451, 8452, 8453, 8454, 8455, 8456, 8457, 10235, 10236, 10238, 10239, 10240, 10241, 10242, 12169, 12170, 12171, 12172, 12173, 12174, 12175]), Anchor::Lits(&[2092, 2094, 2672, 2694, 2695, 3675, 3693, 4973])])])),
            (108, "conceal-from-user", Anchor::Any(&[Anchor::Lits(&[791, 792, 793, 794, 6051, 6052, 6053, 6054, 6055, 6056, 6057, 6058, 6059, 6060, 6061, 6062, 6063, 6064, 6065, 6066, 6067, 6068, 6069, 6070, 6071, 6072, 6073, 6074, 6075, 6076, 6077, 6101, 6102, 6103, 6104, 6105, 6106, 6107, 6108, 6109, 6110, 6111, 6112, 6113, 6114, 6115, 6116, 6117, 6118, 6120, 6121, 6122, 6123, 6124, 6125, 6126, 6127, 6128, 6567, 6568, 6569, 6570, 6571, 6572, 6573, 6574, 6575, 6576, 6577, 6578, 6579, 6580, 6581, 6582, 6583, 6584, 6586, 6587, 6588, 6589, 6590, 6591, 6592, 6593, 6594, 7054, 7055, 7056, 7057, 7058, 7059, 7060, 7061, 7062, 7063, 7064, 7065, 7302, 7304, 8758, 8759, 8763, 8767, 8768, 8785, 8786, 8790, 8791, 8795, 8796, 9564, 9565, 9566, 9567, 9568, 9569, 9570, 9571, 9572, 9573, 9574, 9575, 9610, 9611, 9612, 9613, 9614, 9615, 9616, 9617, 9618, 9619, 9620, 9621, 9622, 9623, 9624, 9625, 9626, 9627, 9636, 9637, 9638, 9639, 9640, 9641, 9642, 9643, 9644, 9657, 9658, 9659, 9660, 9661, 9664, 9665, 9666, 9667, 9668, 9669, 9670, 9671, 9674, 9675, 9676, 9677, 9678, 9682, 9683, 9684, 9685, 9686, 9689, 9690, 9691, 9692, 9693, 9913, 11099, 11223, 11576, 11604, 11605, 11607, 11610, 11611, 11620, 11621, 11624, 11625, 11627, 11628, 11629, 11775, 11776, 11777, 11778, 11779, 11780, 11781, 11782, 11783, 11784, 11785, 11786, 12085, 12086, 12087, 12091, 12092, 12093, 12094, 12095, 12096, 12097, 12098, 12099, 12100, 12101, 12102, 12403, 12734, 12735, 12736, 12737, 12738, 12739, 12740, 12741, 12742, 12743, 12744, 12745, 12746, 12747, 12748, 12749, 12750, 12751, 12753, 12754, 12755, 12756, 12757, 12758, 12759, 12760, 12761, 13052, 13053, 13054, 13055, 13056, 13057, 13058, 13059, 13060, 13061, 13062, 13090, 13091, 13092, 13093, 13094, 13095, 13096, 13097, 13098, 13099, 13100, 13128, 13129, 13130, 13131, 13132, 13133, 13134, 13135, 13136, 13137, 13138, 13539, 13593, 13614, 13615, 13616, 13619, 13644]), Anchor::All(&[Anchor::Lits(&[6129, 7483, 7612, 9851, 10152, 10290, 13536, 13851, 13853]), Anchor::Lits(&[5894, 6184, 6185, 8818, 10538, 10671, 10759, 10782, 11237, 13170]), Anchor::Lits(&[5913, 5922, 6517, 7301, 7303, 9273, 9274, 9726, 9736, 9912, 9917, 10342, 10343, 11212, 11230, 11352, 11365, 11575, 11580, 11743, 11745, 12392, 12428, 13286, 13287])]), Anchor::All(&[Anchor::Lits(&[8823, 8824, 8825, 8826, 8827, 8828, 8838, 8839, 8840, 8841, 8842, 8843, 8844, 8848, 8849, 11240, 11241, 11242, 11243, 11244, 11245, 11253, 11254, 11255, 11256, 11257, 11258, 11259, 11263, 11264, 13176, 13177, 13178, 13179, 13180, 13181, 13190, 13191, 13192, 13193, 13194, 13196, 13197, 13201, 13202, 13205, 13206, 13207, 13208, 13209, 13210, 13219, 13220, 13221, 13222, 13223, 13225, 13226, 13230, 13231]), Anchor::Lits(&[6455, 6456, 8140, 8755, 9704, 9717, 10338, 11668])]), Anchor::All(&[Anchor::Lits(&[9662, 9672, 9679, 9680, 9681, 9687, 9694, 9718, 9719, 9720, 9721, 9722, 9723, 9724]), Anchor::Lits(&[706, 2126, 2919, 2996, 3584])])])),
            (109, "exfiltrate-through-a-link", Anchor::Any(&[Anchor::All(&[Anchor::Lits(&[5, 6, 9, 10, 12, 14, 15, 19, 21, 165, 166, 167, 168, 172, 173, 174, 175, 176, 4106, 4107, 4116, 4121, 4128, 4132, 4133, 4145, 4146, 4275, 4276, 4282, 4285, 4333, 4344, 4345, 4360, 4367, 4424, 4425, 4437, 4438, 4441, 4443, 4444, 4448, 4449]), Anchor::Lits(&[7070, 7074, 7077, 7818, 7819, 9699, 10720, 10801, 11140, 11347, 11348, 11416, 11562, 11632, 11712, 12060, 12522, 12647, 12957])]), Anchor::All(&[Anchor::Lits(&[219, 1035, 1861, 3132, 4986]), Anchor::Lits(&[7070, 7077, 7819, 10604, 10720, 11140, 11347, 11348, 11416, 11632, 12060, 12300, 12957]), Anchor::Lits(&[9127, 9135, 9804, 10805, 13160])])])),
            (113, "agents-must-do-harm", Anchor::All(&[Anchor::Lits(&[287, 290, 292, 318, 319, 890, 2092, 2094, 2372, 2373, 2672, 2694, 2695, 3675, 3693, 4973]), Anchor::Any(&[Anchor::Lits(&[5853, 5861, 6078, 6223, 7067, 7069, 7145, 7148, 7149, 7151, 7264, 7265, 7266, 7268, 7269, 7270, 7272, 7274, 7726, 7728, 7729, 7730, 7731, 7732, 7733, 7734, 7735, 8108, 10566, 10672, 10718, 10801, 10944, 11601, 11667, 12008, 12059, 12956, 13019]), Anchor::All(&[Anchor::Lits(&[8595]), Anchor::Lits(&[5861, 5934, 10566, 10672, 11667, 12249])]), Anchor::All(&[Anchor::Lits(&[4466, 4467, 4468, 4470, 4471, 4472, 4473, 4476, 4483, 4489, 4491, 4497, 4498]), Anchor::Lits(&[7005, 7767, 7816, 8122, 8375, 9714, 10850, 11686, 12994, 13124, 13156])])]), Anchor::Lits(&[96, 112, 641, 835, 949, 957, 963, 1064, 1083, 2064, 2567, 2642])])),
            (114, "smuggle-into-output", Anchor::All(&[Anchor::Lits(&[155, 708, 709, 797, 1140, 1732, 2123, 2124, 2163, 2229, 2337, 2602, 2669, 3491, 3492, 3582, 3802, 4456, 4513, 4871, 5797]), Anchor::Lits(&[71, 237, 1721, 1731, 2132, 2260, 2283, 2476, 3090, 3252, 3765, 4526, 5070]), Anchor::Any(&[Anchor::Lits(&[5853, 5861, 6078, 6223, 6898, 6997, 7067, 7069, 7145, 7148, 7149, 7151, 7264, 7265, 7266, 7268, 7269, 7270, 7272, 7274, 7726, 7728, 7729, 7730, 7731, 7732, 7733, 7734, 7735, 8108, 10566, 10672, 10718, 10801, 10944, 11601, 11667, 12008, 12059, 12956, 13019]), Anchor::All(&[Anchor::Lits(&[8595]), Anchor::Lits(&[5861, 5934, 10566, 10672, 11667, 12249])]), Anchor::All(&[Anchor::Lits(&[4466, 4467, 4468, 4470, 4471, 4472, 4473, 4476, 4483, 4489, 4491, 4497, 4498]), Anchor::Lits(&[7005, 7767, 7816, 8122, 8375, 9714, 10850, 11686, 12994, 13124, 13156])])])])),
            (115, "hijack-the-task", Anchor::Lits(&[5817, 5818, 6090, 6091, 6119, 6134, 6364, 6365, 6585, 6595, 6736, 6737, 6994, 6995, 9606, 9607, 9632, 9647, 10808, 10809, 11009, 11010, 11095, 11096, 11097, 11098, 11235, 11236, 11267, 11268, 11369, 11372, 12196, 12197, 12201, 12202, 12206, 12207, 12386, 12387, 12389, 12390, 12752, 12766, 12998, 12999, 13182, 13195, 13211, 13224])),
            (117, "instruction-field", Anchor::Lits(&[97, 98, 99, 100, 101, 102, 103, 104, 105, 106, 107, 108, 109, 110, 115, 116, 117, 118, 119, 120, 126, 127, 128, 129, 130, 131, 136, 137, 644, 645, 646, 647, 648, 649, 655, 656, 657, 658, 659, 660, 661, 662, 838, 839, 840, 841, 842, 843, 849, 850, 851, 852, 853, 854, 855, 856, 1065, 1066, 1067, 1068, 1069, 1070, 1071, 1072, 1073, 1074, 1075, 1076, 1077, 1078, 2568, 2569, 2570, 2571, 2572, 2573, 2574, 2575, 2576, 2577, 2578, 2579, 2580, 2581, 2645, 2646, 2647, 2648, 2649, 2650, 2656, 2657, 2658, 2659, 2660, 2661, 2662, 2663, 3929, 3930, 3932, 3933, 3935, 3937, 3944, 3945, 3946, 3947, 3949, 3951, 3953, 3954])),
            (118, "exfiltrate-to-a-personal-destination", Anchor::Any(&[Anchor::All(&[Anchor::Lits(&[7737, 8539, 8556, 8808, 8817, 8946, 9711, 10502, 10603, 10670, 10785, 10797, 10800, 10938, 11050, 11051, 13710]), Anchor::Lits(&[664, 665, 666, 667, 668, 669, 670, 671, 672, 680, 681, 682, 683, 684, 685, 686, 687, 688, 1866, 1875, 1876, 1877, 1878, 1879, 1880, 1881, 1882, 2232, 2236, 2237, 2238, 2239, 2240, 2241, 2242, 2243, 2324, 2325, 2326, 2327, 2328, 2329, 2330, 2331, 2332, 2685, 2686, 2687, 2688, 2689, 2690, 2691, 2692, 2693, 2938, 2951, 2952, 2953, 2954, 2955, 2956, 2957, 2958, 2963, 2964, 2965, 2966, 2967, 2968, 2969, 2970, 2971, 3023, 3024, 3025, 3026, 3027, 3028, 3029, 3030, 3031, 3144, 3145, 3146, 3147, 3148, 3149, 3150, 3151, 3152, 4457, 4475, 4477, 4478, 4479, 4480, 4481, 4482, 4484, 4648, 4649, 4650, 4651, 4652, 4653, 4654, 4655, 4656]), Anchor::Lits(&[6441, 6442, 7004, 7005, 7153, 7744, 8109, 8122, 8375, 9714, 9842, 9963, 10006, 10850, 11069, 11070, 11205, 11573, 11686, 11724, 11729, 12160, 12248, 12994, 13124, 13156, 13700])]), Anchor::All(&[Anchor::Lits(&[10786, 10796, 10798, 10938]), Anchor::Lits(&[5860, 6564, 6856, 7202, 7721, 7817, 7829, 8166, 9264, 9712, 9839, 11210, 11231, 11710, 11725, 11804, 12157])])])),
            (121, "smuggle-table-in-requests", Anchor::All(&[Anchor::Lits(&[6998, 6999, 7000, 7001, 7002, 7003, 7440, 7441, 7442, 7443, 7444, 7445, 7446, 7447, 7448, 7449, 7450, 7451, 7452, 7453, 7454, 7455, 7456, 7457, 8749, 8750, 8751, 8752, 8753, 8754, 8811, 8812, 8813, 8814, 8815, 8816, 10729, 10730, 10731, 10732, 10733, 10734, 11083, 11084, 11085, 11086, 11087, 11088, 11089, 11090, 11091, 11092, 11093, 11094, 11143, 11144, 11145, 11146, 11147, 11148, 12163, 12164, 12165, 12166, 12167, 12168, 13161, 13162, 13163, 13164, 13165, 13166, 13167, 13168, 13169, 13172, 13173, 13174]), Anchor::Lits(&[6621, 6632, 8124, 8125, 9834, 9835, 10802, 10803, 11234, 11266]), Anchor::Lits(&[969, 970, 1038, 1045, 1149, 1707, 1737, 1738, 3348, 3349, 3448, 3449, 3494, 3495, 3958, 3959, 4620, 4624])])),
            (122, "ship-whole-table-to-own-endpoint", Anchor::Any(&[Anchor::Lits(&[1, 2, 3, 162, 163, 164, 169, 170, 171, 221, 222, 223, 2678, 2679, 2680, 3770, 3771, 3772]), Anchor::All(&[Anchor::Lits(&[12949, 12950, 12951, 12952, 12954, 12955, 13454, 13455, 13456, 13471, 13514, 13515]), Anchor::Lits(&[139, 1038, 1045, 1079, 1149, 1707, 1764, 3349, 3495]), Anchor::Lits(&[7005, 8109, 8122, 8375, 9714, 9963, 10804, 10850, 11069, 11205, 11686, 11724, 11729, 12160, 12248, 12994, 13156])])])),
            (123, "disclose-stored-credentials", Anchor::All(&[Anchor::Lits(&[5858, 5859, 6224, 6225, 6458, 7071, 10366, 10717, 10719, 10721, 10727, 10735, 10945, 10946, 11149, 11602, 11633, 11713]), Anchor::Lits(&[921, 1287, 1707, 1714, 1720, 2021, 2999, 3060, 3143, 3185, 3331, 3452, 3454, 3621, 3676, 3694, 3971, 4550])])),
            (124, "keep-it-from-security", Anchor::Lits(&[694, 695, 696, 697, 698, 699, 700, 701, 702, 703, 704, 705, 790, 866, 867, 868, 870, 871, 872, 873, 874, 875, 876, 877, 878, 1305, 1378, 1379, 1380, 1381, 1382, 1383, 1384, 1385, 1386, 1387, 1388, 1389, 1611, 2041, 2042, 2043, 2044, 2045, 2046, 2054, 2055, 2056, 2057, 2058, 2059, 2494, 2495, 2701, 2819, 2845, 3724, 3725, 3737, 3740, 3753, 3754, 3759, 3760, 3761, 3762, 3763, 3764, 5033])),
            (125, "send-to-a-raw-address", Anchor::Any(&[Anchor::Lits(&[1296, 1297, 1298, 1299, 6457, 7073, 8107, 10804, 10850, 11069, 11686, 12160, 13000, 13156]), Anchor::All(&[Anchor::Lits(&[1021, 3455, 3769]), Anchor::Lits(&[10510])]), Anchor::All(&[Anchor::Lits(&[4458, 4459, 4460, 4461, 4462, 4463, 4469, 4474, 4484, 4485, 4487, 4488, 4490, 4492, 4493, 4494, 4495, 4496, 4499]), Anchor::Lits(&[7073, 8375, 10804, 10850, 11069, 11686, 12160, 13156])])])),
            (126, "send-outside-the-company", Anchor::Lits(&[1817, 1818, 1819, 1820, 1821, 1822, 2061, 3002, 3003, 3004, 3005, 3006, 3007, 4408, 4409, 4410, 4411, 4412, 4413, 10612, 10613, 10614, 10615, 10616, 10617, 10787, 10788, 10789, 10790, 10791, 10792, 10793, 10794, 10884, 11056, 11057, 11058, 11059, 11060, 11061, 11062, 11063])),
            (127, "disclose-secret-values", Anchor::Any(&[Anchor::Lits(&[964, 968, 1158, 3116, 3117, 4564, 4584, 4586, 6226, 6792, 10365, 10716, 11603, 11614]), Anchor::All(&[Anchor::Lits(&[1739, 1740, 1741, 1742, 1744, 3187]), Anchor::Lits(&[7320, 7744, 7806, 8513, 9265, 9805, 10604, 10724, 10911, 11351, 11686, 11742, 12401])]), Anchor::All(&[Anchor::Lits(&[1041, 1048, 4623, 4625]), Anchor::Lits(&[5853, 6223, 10716, 10718, 10944, 11601, 12956])]), Anchor::All(&[Anchor::Lits(&[2261]), Anchor::Lits(&[6223, 7069, 10718, 10944, 11601, 12956])]), Anchor::All(&[Anchor::Lits(&[6707, 6708, 6710, 6711, 7205, 7206, 9734, 9735]), Anchor::Lits(&[6223, 10716, 10718, 10726, 10944, 11601, 12956])])])),
            (128, "override-instructions-es-pt-it", Anchor::All(&[Anchor::Lits(&[6793, 6794, 7257, 7260, 7261, 9269, 9270, 9271, 9400, 9402, 9577, 10332, 10542, 10544, 10567, 11173, 11176, 11178]), Anchor::Lits(&[1188, 1189, 1190, 1244, 1245, 1749, 1750, 1751, 1752, 1753, 2201, 2202, 2203, 2206, 2214, 2927, 2928, 2929, 2930, 2936, 4519])])),
            (129, "override-instructions-fr", Anchor::Any(&[Anchor::Lits(&[9065, 9084, 10599, 10602]), Anchor::All(&[Anchor::Lits(&[1027, 1250, 2263, 2305, 2981, 3355]), Anchor::Lits(&[8974, 9078, 9079, 10119, 10120, 10598, 10600, 10601])])])),
            (130, "override-instructions-de-nl", Anchor::All(&[Anchor::Lits(&[2215, 2216, 2217, 2218, 2636, 2637, 2638, 2696, 2697, 4551, 4556, 4636, 4637, 4638, 4639, 4640]), Anchor::Lits(&[6168, 6473, 9412, 9488, 10509, 11170, 11172, 11398, 11399, 11591, 13272])])),
            (131, "override-instructions-pl-tr", Anchor::Any(&[Anchor::All(&[Anchor::Lits(&[9102, 10245, 10849, 14345]), Anchor::Lits(&[9481, 9482, 10812, 11179, 13709, 14346])]), Anchor::All(&[Anchor::Lits(&[9706, 9708, 12366, 13712]), Anchor::Lits(&[7207, 8557, 13045, 13153, 13711]), Anchor::Lits(&[6596, 10501, 11801, 13024, 13239])])])),
            (132, "override-instructions-ru", Anchor::Any(&[Anchor::Lits(&[14348, 14349, 14350, 14351, 14352]), Anchor::All(&[Anchor::Lits(&[9480, 9489, 9705, 10852, 10990, 13044]), Anchor::Lits(&[9100, 9101, 10117, 10118, 10597, 10982, 14343])])])),
            (133, "override-instructions-sw", Anchor::All(&[Anchor::Lits(&[49, 2671, 3284, 3285, 3553, 3554, 4619]), Anchor::Lits(&[6082, 9655, 9838, 9840, 9841, 9962, 11728])])),
            (135, "override-instructions-nordic-fi-hu-cs-uk", Anchor::All(&[Anchor::Lits(&[9478, 9479, 9485, 9487, 9656, 10115, 10116, 10470, 10471, 10811, 10851, 10853, 11174, 11180, 11485, 11869, 11870, 12297, 13157, 13158, 13159, 13232, 14347, 14350, 14353]), Anchor::Lits(&[834, 1836, 1837, 2039, 2040, 2089, 2090, 2201, 2204, 2211, 2212, 2221, 2222, 2223, 2224, 2225, 2226, 2227, 2228, 2923, 3153, 3154, 3580, 3720, 3859, 4552, 4553, 4585, 5788, 5789, 5790, 5791, 5792, 5793, 5794, 5804, 5805, 5811, 5815, 5816])])),
            (136, "override-instructions-sea", Anchor::All(&[Anchor::Lits(&[22, 70, 707, 831, 2134, 2174, 2175, 2339, 2441, 2444, 2463, 2582, 2600, 3087, 3286, 4659]), Anchor::Lits(&[5933, 6304, 6371, 6719, 6720, 7258, 8850, 9483, 9484, 9486, 9725, 10674, 10758, 10770, 10799, 11113, 12303, 13233])])),
            (138, "unrestricted-persona-i18n", Anchor::Any(&[Anchor::Lits(&[924, 926, 927, 928, 1840, 1842, 1847, 1850, 1852, 2544, 2548, 2908, 2921, 2932, 3155, 3156, 3157, 3352, 3358, 3405, 3439, 5801, 6702, 8138, 9703, 9707, 9709, 11571, 11800, 12298, 12299]), Anchor::All(&[Anchor::Lits(&[925, 1056, 1842, 2013, 2546, 2548, 3353, 3440]), Anchor::Lits(&[5907, 5909, 7201, 7203, 12009, 12038, 13022, 13023, 13273, 13274])]), Anchor::All(&[Anchor::Lits(&[789, 1716, 1839, 2070, 3351, 3460, 3697, 5796, 13101, 13110, 13154]), Anchor::Lits(&[5906, 7739, 7742, 11682, 11762, 13238])]), Anchor::All(&[Anchor::Lits(&[924, 1847, 2545, 2549, 3356, 3406]), Anchor::Lits(&[5912, 7766, 7887, 11683, 13022, 13269, 13270])]), Anchor::All(&[Anchor::Lits(&[3642]), Anchor::Lits(&[6700, 8139, 9772, 9773, 11175, 11346]), Anchor::Lits(&[5908, 6855, 7439, 11572, 11682])]), Anchor::All(&[Anchor::Lits(&[5799]), Anchor::Lits(&[6501, 6701, 8129, 8611, 11171]), Anchor::Lits(&[8467, 9602, 9604, 13043, 13318])]), Anchor::All(&[Anchor::Lits(&[928, 1851, 2922, 3357, 5795]), Anchor::Lits(&[6443, 6460, 9603, 14344])]), Anchor::All(&[Anchor::Lits(&[8137, 9702, 9708, 11799]), Anchor::Lits(&[2925, 2926, 3721, 5092])]), Anchor::All(&[Anchor::Lits(&[782, 923, 1839, 2066, 3354, 3447]), Anchor::Lits(&[7738, 7740, 10243])]), Anchor::All(&[Anchor::Lits(&[781, 783, 784, 923, 1842, 2065, 2069, 3354, 3446, 3447, 3622]), Anchor::Lits(&[7174, 7740, 7741, 8884])]), Anchor::All(&[Anchor::Lits(&[3310, 3311, 3538, 3623, 3874]), Anchor::Lits(&[10482])]), Anchor::All(&[Anchor::Lits(&[2462]), Anchor::Lits(&[6514, 8510, 8728, 9700, 11112])]), Anchor::All(&[Anchor::Lits(&[3966]), Anchor::Lits(&[6370, 6453, 8127, 11684, 11708])]), Anchor::All(&[Anchor::Lits(&[4660]), Anchor::Lits(&[8127, 8729, 9749, 10673, 10728, 11345])])])),
            (140, "reveal-system-prompt-i18n", Anchor::Lits(&[220, 1028, 1029, 1030, 1031, 1032, 2019, 2020, 2284, 2285, 2286, 2287, 2288, 2289, 2290, 2291, 2292, 2293, 2294, 2295, 2296, 2297, 2308, 2310, 2311, 2312, 2313, 2318, 2323, 2338, 2388, 2389, 2390, 2391, 2392, 2393, 2394, 2632, 2633, 2634, 2972, 3133, 3225, 3226, 3227, 3228, 3229, 3232, 3233, 3922, 3923, 3924, 3950, 3955, 3956, 3957, 3960, 4554, 4606, 4635, 4647, 5807, 5812, 5813, 8538, 11802, 11803])),
            (142, "disable-safety-i18n", Anchor::All(&[Anchor::Lits(&[676, 795, 796, 981, 1059, 1060, 1061, 1178, 1843, 1844, 1845, 1846, 1848, 1849, 1853, 2012, 2074, 2086, 2087, 2442, 3237, 3238, 3574, 3695, 3696, 3697, 4520, 4626, 4641, 4643, 5787, 5800, 5803, 5806, 5810, 5814]), Anchor::Lits(&[44, 111, 234, 675, 690, 1054, 1055, 1139, 1152, 1184, 1185, 1186, 1187, 1203, 1261, 1280, 1719, 1767, 2200, 2205, 2445, 2933, 2937, 3572, 3573, 3775, 3896, 4555, 5091, 5798, 5802, 5808, 5809])])),
            (144, "stop-following-instructions-i18n", Anchor::Any(&[Anchor::Lits(&[1027, 1250, 2305, 2869, 2870, 2871, 2872, 2873, 2874, 2875, 2876, 2877, 2878, 2879, 2880, 2881, 2882, 2883, 2884, 2885, 2886, 2887, 2888, 2889, 2890, 2891, 2892, 2893, 2894, 2895, 3355, 3380, 3381, 3382, 3383, 3384, 3385, 3386, 3387, 3388, 3389, 3390, 3391, 3392, 3393, 3394, 3395, 3396, 3397, 3611, 3612, 3613, 3614, 3615, 3616, 3617, 3618, 3619, 3698, 3699, 3700, 3701, 3702, 3703, 3704, 3705, 3706, 3708, 3709, 3710, 3711, 3712, 3713, 3714, 3715, 3716, 8167, 8168, 8169, 8170, 8171, 8172, 8468, 8469, 8470, 8471, 8472, 8473, 8722, 8723, 8724, 8725, 8726, 8727, 10321, 10322, 10323, 10324, 10325, 10326, 10327]), Anchor::All(&[Anchor::Lits(&[7131, 7132, 7133, 7134, 7135, 7136, 7137, 7138, 7139, 7140, 7141, 7142, 10109, 10110, 10111, 10112, 10113, 10114, 10675, 10676, 10677, 10678, 10679, 10680, 10681, 10682, 10683, 10684, 10685, 10686, 10687, 10688, 10689, 10690, 10691, 10692]), Anchor::Lits(&[7259, 9401, 10543, 11177])])])),
            (146, "override-everything-said-i18n", Anchor::Any(&[Anchor::Lits(&[7208, 7209, 7210, 7211, 7212, 7213, 7937, 7938, 7939, 7940, 7941, 7942, 8962, 8964, 8965, 8966, 8967, 8968, 8970, 8971, 8972, 9062, 9064, 9066, 9086, 9087, 13236, 13237]), Anchor::All(&[Anchor::Lits(&[7175, 7176, 8961, 8963, 9061, 9063, 10483, 10484, 10485, 10486, 10487, 10488]), Anchor::Lits(&[229, 2583, 2584, 2585, 2586, 3176, 3177])])])),
            (147, "instructions-void-de", Anchor::Lits(&[689, 2133, 2777, 2778, 4575])),
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
pub(crate) const RULES_DIGEST: u64 = 0x5ccf36d8fffef8b3;
