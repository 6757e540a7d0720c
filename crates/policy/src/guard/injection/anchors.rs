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
\x20a test \
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
\x20act as \
\x20act as a dan \
\x20act as an dan \
\x20act as dan \
\x20act as now a dan \
\x20act as now an dan \
\x20act as now dan \
\x20act as now the dan \
\x20act as the dan \
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
\x20adhere to \
\x20adhering to \
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
\x20aforementioned \
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
\x20amoral mode\
\x20analysing the\
\x20analysing this\
\x20analyzing the\
\x20analyzing this\
\x20anarchy mode\
\x20and carry out all \
\x20and carry out everything \
\x20and carry out what \
\x20and carry out whatever \
\x20and do all \
\x20and do everything \
\x20and do what \
\x20and do whatever \
\x20and execute all \
\x20and execute everything \
\x20and execute what \
\x20and execute whatever \
\x20and follow all \
\x20and follow everything \
\x20and follow what \
\x20and follow whatever \
\x20and obey all \
\x20and obey everything \
\x20and obey what \
\x20and obey whatever \
\x20and perform all \
\x20and perform everything \
\x20and perform what \
\x20and perform whatever \
\x20answer as \
\x20answers anything\
\x20any \
\x20apart from \
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
\x20arrived with you\
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
\x20asked in you \
\x20asked into you \
\x20asked to you \
\x20asked you \
\x20asks \
\x20assistant called\
\x20assistant called dan \
\x20assistant known as\
\x20assistant known as dan \
\x20assistant named\
\x20assistant named dan \
\x20assistant nicknamed\
\x20at the beginning\
\x20at the start\
\x20audit mode\
\x20authorization \
\x20balewalain \
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
\x20behave as \
\x20behave like \
\x20behind you\
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
\x20booted with\
\x20bortse fra \
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
\x20bypass\
\x20bypass \
\x20came with you\
\x20can do anything\
\x20canceled \
\x20cancelled \
\x20cannot\
\x20cant\
\x20cease to\
\x20censorship \
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
\x20chatbot called\
\x20chatbot called dan \
\x20chatbot known as\
\x20chatbot known as dan \
\x20chatbot named\
\x20chatbot named dan \
\x20chatbot nicknamed\
\x20clearance \
\x20come back as \
\x20come with you\
\x20command \
\x20commands\
\x20commands \
\x20complete \
\x20comply with \
\x20complying with \
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
\x20conscience \
\x20consider yourself jail broke\
\x20consider yourself jailbroke\
\x20consignes\
\x20constraints \
\x20contains \
\x20content of the \
\x20content of your \
\x20content policy \
\x20contents of the \
\x20contents of your \
\x20context\
\x20continue \
\x20continue as \
\x20conversation\
\x20copy of the \
\x20copy of your \
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
\x20dan jailbreak \
\x20dan mode\
\x20dan mode \
\x20dan persona \
\x20dan prompt \
\x20dan protocol \
\x20debug mode\
\x20debugging mode\
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
\x20deleted \
\x20deployed with\
\x20deprecated \
\x20descarta \
\x20desconsiderar \
\x20desconsidere \
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
\x20diagnostic mode\
\x20diagnostics mode\
\x20did not\
\x20did not applied\
\x20did not apply\
\x20did not exist\
\x20did not matter\
\x20didnt\
\x20didnt applied\
\x20didnt apply\
\x20didnt exist\
\x20didnt matter\
\x20dimentica \
\x20dimenticare \
\x20directions\
\x20directions \
\x20directive \
\x20directives\
\x20directives \
\x20disabled \
\x20discard\
\x20discard \
\x20dismiss\
\x20dismiss \
\x20disregard\
\x20disregard \
\x20disregard all \
\x20disregard everything \
\x20disregard it all \
\x20disregarding \
\x20ditch\
\x20ditch \
\x20do anything\
\x20do anything now \
\x20do not\
\x20do not applied\
\x20do not apply\
\x20do not break character \
\x20do not break out of character \
\x20do not care about\
\x20do not care about \
\x20do not carry \
\x20do not exist\
\x20do not follow\
\x20do not follow \
\x20do not have \
\x20do not leave in character \
\x20do not matter\
\x20do not obey\
\x20do not obey \
\x20do not possess \
\x20do not worry about\
\x20do not worry about \
\x20does anything\
\x20does not\
\x20does not applied\
\x20does not apply\
\x20does not exist\
\x20does not matter\
\x20doesnt\
\x20doesnt applied\
\x20doesnt apply\
\x20doesnt exist\
\x20doesnt matter\
\x20dont\
\x20dont applied\
\x20dont apply\
\x20dont bother with\
\x20dont bother with \
\x20dont break character \
\x20dont break out of character \
\x20dont care about\
\x20dont care about \
\x20dont carry \
\x20dont exist\
\x20dont follow\
\x20dont follow \
\x20dont have \
\x20dont leave in character \
\x20dont matter\
\x20dont obey\
\x20dont obey \
\x20dont possess \
\x20dont worry about\
\x20dont worry about \
\x20dude mode\
\x20earlier\
\x20earlier \
\x20elevated mode\
\x20emergency access granted\
\x20emergency mode activated\
\x20emergency mode enabled\
\x20emergency mode on\
\x20emergency override\
\x20emulate \
\x20emulating \
\x20end \
\x20entirety of the \
\x20entirety of your \
\x20erased \
\x20escape from \
\x20escaped from \
\x20esqueca \
\x20esquecer \
\x20esqueci \
\x20ethics \
\x20everything \
\x20evil mode\
\x20except \
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
\x20filters \
\x20finish \
\x20follow \
\x20following\
\x20following \
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
\x20free from all any rules\
\x20free from all boundaries\
\x20free from all censorship\
\x20free from all content filters\
\x20free from all content policy\
\x20free from all ethics\
\x20free from all guidelines\
\x20free from all limitations\
\x20free from all morals\
\x20free from all restraints\
\x20free from all restrictions\
\x20free from all safety\
\x20free from any any rules\
\x20free from any boundaries\
\x20free from any censorship\
\x20free from any content filters\
\x20free from any content policy\
\x20free from any ethics\
\x20free from any guidelines\
\x20free from any limitations\
\x20free from any morals\
\x20free from any restraints\
\x20free from any restrictions\
\x20free from any rules\
\x20free from any safety\
\x20free from boundaries\
\x20free from censorship\
\x20free from content filters\
\x20free from content policy\
\x20free from ethics\
\x20free from guidelines\
\x20free from limitations\
\x20free from morals\
\x20free from restraints\
\x20free from restrictions\
\x20free from safety\
\x20free of all any rules\
\x20free of all boundaries\
\x20free of all censorship\
\x20free of all content filters\
\x20free of all content policy\
\x20free of all ethics\
\x20free of all guidelines\
\x20free of all limitations\
\x20free of all morals\
\x20free of all restraints\
\x20free of all restrictions\
\x20free of all safety\
\x20free of any any rules\
\x20free of any boundaries\
\x20free of any censorship\
\x20free of any content filters\
\x20free of any content policy\
\x20free of any ethics\
\x20free of any guidelines\
\x20free of any limitations\
\x20free of any morals\
\x20free of any restraints\
\x20free of any restrictions\
\x20free of any rules\
\x20free of any safety\
\x20free of boundaries\
\x20free of censorship\
\x20free of content filters\
\x20free of content policy\
\x20free of ethics\
\x20free of guidelines\
\x20free of limitations\
\x20free of morals\
\x20free of restraints\
\x20free of restrictions\
\x20free of safety\
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
\x20gave in you \
\x20gave into you \
\x20gave to you \
\x20gave you \
\x20give in you \
\x20give into you \
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
\x20going to be \
\x20gone \
\x20governing you\
\x20guard rails \
\x20guardrails \
\x20guidance \
\x20guideline \
\x20guidelines \
\x20hacker mode\
\x20hagyd figyelmen kivul \
\x20hagyja figyelmen kivul \
\x20hidden \
\x20hidden chain of thought\
\x20hidden instructions\
\x20hidden prompt\
\x20hidden reasoning\
\x20hidden thinking\
\x20hidden thoughts\
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
\x20ignoruj \
\x20ignorujte \
\x20impersonate \
\x20in the system prompt\
\x20in your context\
\x20in your prompt\
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
\x20instructed in you \
\x20instructed into you \
\x20instructed to you \
\x20instructed you \
\x20instruction \
\x20instructions\
\x20instructions \
\x20instructions above\
\x20instructs \
\x20internal chain of thought\
\x20internal reasoning\
\x20internal thinking\
\x20internal thoughts\
\x20invalid \
\x20ipagwalang bahala \
\x20irrelevant \
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
\x20jailbroken ai\
\x20jailbroken assistant\
\x20jailbroken bot\
\x20jailbroken chatbot\
\x20jailbroken mode\
\x20jailbroken persona\
\x20jailbroken version\
\x20jangan ikuti \
\x20just once\
\x20kalimutan \
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
\x20khong tuan theo \
\x20latest\
\x20law enforcement access granted\
\x20law enforcement mode activated\
\x20law enforcement mode enabled\
\x20law enforcement mode on\
\x20law enforcement override\
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
\x20liberated from \
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
\x20limitations \
\x20limitless mode\
\x20limits \
\x20line of the \
\x20line of your \
\x20lines of the \
\x20lines of your \
\x20listen to \
\x20listening to \
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
\x20lupakan \
\x20maintenance mode\
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
\x20message \
\x20messages \
\x20meta prompt\
\x20missachte \
\x20missachten \
\x20mission\
\x20mode\
\x20model called\
\x20model called dan \
\x20model known as\
\x20model known as dan \
\x20model named\
\x20model named dan \
\x20model nicknamed\
\x20moral compass \
\x20morality \
\x20morals \
\x20my\
\x20negeer \
\x20negeren \
\x20neglect\
\x20neglect \
\x20never\
\x20never applied\
\x20never apply\
\x20never break character \
\x20never break out of character \
\x20never exist\
\x20never follow\
\x20never follow \
\x20never leave in character \
\x20never matter\
\x20never mind\
\x20never mind \
\x20never mind all \
\x20never mind everything \
\x20never mind it all \
\x20never refuses\
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
\x20no longer applied\
\x20no longer apply\
\x20no longer bound by \
\x20no longer carry \
\x20no longer exist\
\x20no longer follow\
\x20no longer follow \
\x20no longer have \
\x20no longer in effect \
\x20no longer limited by \
\x20no longer matter\
\x20no longer possess \
\x20no longer restricted by \
\x20no longer valid \
\x20no more carry \
\x20no more have \
\x20no more possess \
\x20no need to\
\x20no need to follow\
\x20no need to follow \
\x20no restrictions mode\
\x20not applicable \
\x20not bound by \
\x20not in effect \
\x20not limited by \
\x20not restricted by \
\x20now jail broke\
\x20now jailbroke\
\x20now speaking \
\x20null \
\x20nullified \
\x20nullify\
\x20nullify \
\x20obey \
\x20obeying \
\x20objective\
\x20obsolete \
\x20of your system prompt\
\x20off \
\x20ohita \
\x20old \
\x20olvida \
\x20olvidar \
\x20olvidate \
\x20olvide \
\x20omega mode\
\x20omit\
\x20omit \
\x20omite \
\x20on you\
\x20open \
\x20operate as \
\x20opposite mode\
\x20order \
\x20orders\
\x20orders \
\x20ordres\
\x20original \
\x20original prompt\
\x20other \
\x20other than \
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
\x20past \
\x20pay no attention to\
\x20pay no attention to \
\x20permission \
\x20persona\
\x20persona called\
\x20persona called dan \
\x20persona known as\
\x20persona known as dan \
\x20persona named\
\x20persona named dan \
\x20persona nicknamed\
\x20phot lo \
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
\x20play the role of \
\x20play the role of a dan \
\x20play the role of an dan \
\x20play the role of dan \
\x20play the role of now a dan \
\x20play the role of now an dan \
\x20play the role of now dan \
\x20play the role of now the dan \
\x20play the role of the dan \
\x20policies \
\x20pre prompt\
\x20preceding\
\x20preceding \
\x20preceding text \
\x20preface \
\x20prefix \
\x20preprompt\
\x20pretend to be \
\x20pretend to be a dan \
\x20pretend to be an dan \
\x20pretend to be dan \
\x20pretend to be now a dan \
\x20pretend to be now an dan \
\x20pretend to be now dan \
\x20pretend to be now the dan \
\x20pretend to be the dan \
\x20pretending to be \
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
\x20private chain of thought\
\x20private reasoning\
\x20private thinking\
\x20private thoughts\
\x20privileged mode\
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
\x20prompt i give you in two \
\x20prompt in two \
\x20prompts \
\x20prompts i give you in two \
\x20prompts in two \
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
\x20quit\
\x20reading\
\x20reading the\
\x20reading this\
\x20real\
\x20rebel mode\
\x20reboot as \
\x20regles\
\x20released from \
\x20remain in character \
\x20remainder of the \
\x20remainder of your \
\x20removed \
\x20replaced \
\x20reply as \
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
\x20restrictions \
\x20return as \
\x20revoked \
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
\x20rules \
\x20safeguards \
\x20safety \
\x20safety measures \
\x20said to in you \
\x20said to into you \
\x20said to to you \
\x20said to you \
\x20say \
\x20say pwned\
\x20says \
\x20scrap\
\x20scrap \
\x20scrap all \
\x20scrap everything \
\x20scrap it all \
\x20se bort fra \
\x20secret \
\x20secret chain of thought\
\x20secret reasoning\
\x20secret thinking\
\x20secret thoughts\
\x20section of the \
\x20section of your \
\x20security access granted\
\x20security mode activated\
\x20security mode enabled\
\x20security mode on\
\x20security override\
\x20seeded with\
\x20seeing\
\x20seeing the\
\x20seeing this\
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
\x20service mode\
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
\x20simulate \
\x20simulating \
\x20sivuuta \
\x20skip\
\x20skip \
\x20so far\
\x20speak as \
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
\x20stick to \
\x20sticking to \
\x20stop\
\x20stop caring about\
\x20stop caring about \
\x20stop following\
\x20stop following \
\x20stop listening to\
\x20stop listening to \
\x20stop obeying\
\x20stop obeying \
\x20strunta i \
\x20successfully jail broke\
\x20successfully jailbroke\
\x20sudo access granted\
\x20sudo mode\
\x20sudo mode activated\
\x20sudo mode enabled\
\x20sudo mode on\
\x20sudo override\
\x20summarising the\
\x20summarising this\
\x20summarizing\
\x20summarizing the\
\x20summarizing this\
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
\x20switch off the \
\x20switch off your \
\x20switch the \
\x20switch your \
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
\x20talk as \
\x20taught in you \
\x20taught into you \
\x20taught to you \
\x20taught you \
\x20tell in you \
\x20tell into you \
\x20tell to you \
\x20tell you \
\x20tells you \
\x20temporarily\
\x20test mode\
\x20testing mode\
\x20text\
\x20text of the \
\x20text of your \
\x20that apply to you\
\x20that apply to you \
\x20that bind you \
\x20that binds you \
\x20that block you \
\x20that blocks you \
\x20that breaks \
\x20that bypasses \
\x20that constrain you \
\x20that constrains you \
\x20that control you \
\x20that controls you \
\x20that disregards \
\x20that does not follow \
\x20that does not have \
\x20that doesnt follow \
\x20that doesnt have \
\x20that forbid you \
\x20that forbids you \
\x20that govern you\
\x20that govern you \
\x20that governs you \
\x20that has no \
\x20that ignores \
\x20that is not bound by \
\x20that isnt bound by \
\x20that keep you \
\x20that keeps you \
\x20that limit you \
\x20that limits you \
\x20that never follows \
\x20that never refuses \
\x20that prevent you \
\x20that prevents you \
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
\x20the \
\x20the above \
\x20the actual \
\x20the complete \
\x20the confidential \
\x20the context\
\x20the current \
\x20the default \
\x20the entire \
\x20the exact \
\x20the first \
\x20the full \
\x20the hidden \
\x20the initial \
\x20the instructions\
\x20the internal \
\x20the opening \
\x20the original \
\x20the preamble\
\x20the previous \
\x20the prior \
\x20the private \
\x20the prompt\
\x20the raw \
\x20the real \
\x20the secret \
\x20the starting \
\x20the system \
\x20the underlying \
\x20the unfiltered \
\x20the verbatim \
\x20the very first \
\x20the whole \
\x20then carry out all \
\x20then carry out everything \
\x20then carry out what \
\x20then carry out whatever \
\x20then do all \
\x20then do everything \
\x20then do what \
\x20then do whatever \
\x20then execute all \
\x20then execute everything \
\x20then execute what \
\x20then execute whatever \
\x20then follow all \
\x20then follow everything \
\x20then follow what \
\x20then follow whatever \
\x20then obey all \
\x20then obey everything \
\x20then obey what \
\x20then obey whatever \
\x20then perform all \
\x20then perform everything \
\x20then perform what \
\x20then perform whatever \
\x20these\
\x20these \
\x20this\
\x20this once\
\x20this time\
\x20those \
\x20throw away\
\x20throw away \
\x20throw out\
\x20throw out \
\x20tokens of the \
\x20tokens of your \
\x20told in you \
\x20told into you \
\x20told to you \
\x20told you \
\x20training \
\x20transcript of the \
\x20transcript of your \
\x20transform into \
\x20trascura \
\x20true\
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
\x20turn off the \
\x20turn off your \
\x20turn the \
\x20turn your \
\x20uita \
\x20uitati \
\x20unbound by \
\x20unbound mode\
\x20uncensor mode\
\x20uncensored mode\
\x20unchained from \
\x20unconstrained by \
\x20unfiltered mode\
\x20unlearn\
\x20unlearn \
\x20unleashed mode\
\x20unlocked mode\
\x20unohda \
\x20unrestricted mode\
\x20unsafe mode\
\x20unshackled from \
\x20until now\
\x20up to now\
\x20updated\
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
\x20vergeet \
\x20vergessen \
\x20vergeten \
\x20vergiss \
\x20verification mode\
\x20version called dan \
\x20version known as dan \
\x20version named dan \
\x20void \
\x20wag pansinin \
\x20we have jail broke\
\x20we have jailbroke\
\x20were bundled with you\
\x20were deployed with you\
\x20were you\
\x20which apply to you \
\x20which bind you \
\x20which binds you \
\x20which block you \
\x20which blocks you \
\x20which breaks \
\x20which bypasses \
\x20which constrain you \
\x20which constrains you \
\x20which control you \
\x20which controls you \
\x20which disregards \
\x20which does not follow \
\x20which does not have \
\x20which doesnt follow \
\x20which doesnt have \
\x20which forbid you \
\x20which forbids you \
\x20which govern you \
\x20which governs you \
\x20which has no \
\x20which ignores \
\x20which is not bound by \
\x20which isnt bound by \
\x20which keep you \
\x20which keeps you \
\x20which limit you \
\x20which limits you \
\x20which never follows \
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
\x20who breaks \
\x20who bypasses \
\x20who disregards \
\x20who does not follow \
\x20who does not have \
\x20who doesnt follow \
\x20who doesnt have \
\x20who has no \
\x20who ignores \
\x20who is not bound by \
\x20who isnt bound by \
\x20who never follows \
\x20who never refuses \
\x20who stands for\
\x20will do anything\
\x20will not\
\x20wiped \
\x20with no all any rules\
\x20with no all boundaries\
\x20with no all censorship\
\x20with no all content filters\
\x20with no all content policy\
\x20with no all ethics\
\x20with no all guidelines\
\x20with no all limitations\
\x20with no all morals\
\x20with no all restraints\
\x20with no all restrictions\
\x20with no all safety\
\x20with no any any rules\
\x20with no any boundaries\
\x20with no any censorship\
\x20with no any content filters\
\x20with no any content policy\
\x20with no any ethics\
\x20with no any guidelines\
\x20with no any limitations\
\x20with no any morals\
\x20with no any restraints\
\x20with no any restrictions\
\x20with no any rules\
\x20with no any safety\
\x20with no boundaries\
\x20with no censorship\
\x20with no content filters\
\x20with no content policy\
\x20with no ethics\
\x20with no guidelines\
\x20with no limitations\
\x20with no morals\
\x20with no restraints\
\x20with no restrictions\
\x20with no safety\
\x20without all any rules\
\x20without all boundaries\
\x20without all censorship\
\x20without all content filters\
\x20without all content policy\
\x20without all ethics\
\x20without all guidelines\
\x20without all limitations\
\x20without all morals\
\x20without all restraints\
\x20without all restrictions\
\x20without all safety\
\x20without any any rules\
\x20without any boundaries\
\x20without any censorship\
\x20without any content filters\
\x20without any content policy\
\x20without any ethics\
\x20without any guidelines\
\x20without any limitations\
\x20without any morals\
\x20without any restraints\
\x20without any restrictions\
\x20without any rules\
\x20without any safety\
\x20without boundaries\
\x20without censorship\
\x20without content filters\
\x20without content policy\
\x20without ethics\
\x20without guidelines\
\x20without limitations\
\x20without morals\
\x20without restraints\
\x20without restrictions\
\x20without safety\
\x20wont\
\x20words of the \
\x20words of your \
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
\x20you are not required to\
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
\x20you arent required to\
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
\x20you can  \
\x20you can now  \
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
\x20you know\
\x20you learned\
\x20you may  \
\x20you may now  \
\x20you must  \
\x20you must be \
\x20you must follow\
\x20you must not\
\x20you must now  \
\x20you mustnt\
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
\x20you run with\
\x20you shall be \
\x20you shall be a dan \
\x20you shall be an dan \
\x20you shall be dan \
\x20you shall be now a dan \
\x20you shall be now an dan \
\x20you shall be now dan \
\x20you shall be now the dan \
\x20you shall be the dan \
\x20you should  \
\x20you should not\
\x20you should now  \
\x20you shouldnt\
\x20you taught\
\x20you told\
\x20you trained\
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
\x20you will be \
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
\x20your complete \
\x20your confidential \
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
\x20your entire \
\x20your evil \
\x20your exact \
\x20your first \
\x20your full \
\x20your god\
\x20your hidden \
\x20your initial \
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
\x20your master\
\x20your meta \
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
\x20your opening \
\x20your operator\
\x20your opposite \
\x20your original \
\x20your original admin\
\x20your original boss\
\x20your original creator\
\x20your original designer\
\x20your original developer\
\x20your original god\
\x20your original maker\
\x20your original master\
\x20your original operator\
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
\x20your prior \
\x20your private \
\x20your programmer\
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
\x20your secret \
\x20your shadow \
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
\x20youre not required to\
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
\x20zabudni \
\x20zapomen \
\x20zapomente \
\x20\xd0\xb7\xd0\xb0\xd0\xb1\xd1\x83\xd0\xb4\xd1\x8c \
\x20\xd0\xb7\xd0\xb0\xd0\xb1\xd1\x83\xd0\xb4\xd1\x8c\xd1\x82\xd0\xb5 \
\x20\xd0\xbf\xd1\x80\xd0\xbe\xd1\x96\xd0\xb3\xd0\xbd\xd0\xbe\xd1\x80\xd1\x83\xd0\xb8 \
\x20\xd1\x96\xd0\xb3\xd0\xbd\xd0\xbe\xd1\x80\xd1\x83\xd0\xb8 \
\x20\xd1\x96\xd0\xb3\xd0\xbd\xd0\xbe\xd1\x80\xd1\x83\xd0\xb8\xd1\x82\xd0\xb5 \
a different\
a fictional\
a hypothetical\
a new\
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
above initialization\
above input\
above instructions\
above preamble\
above prompt\
above system prompt\
above text\
above words\
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
aforementioned\
aforementioned \
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
all thats from\
all thats in\
all thats within\
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
amoral\
amoral \
amoral mode \
an alternate\
an alternative\
an unfiltered\
an unrestricted\
anarchy mode \
and \
another\
answer as \
answer in\
answer to exclusively \
answer to just \
answer to only \
answer to solely \
answer with\
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
anything thats from\
anything thats in\
anything thats within\
anything which is from\
anything which is in\
anything which is within\
anything within\
anything written from\
anything written in\
anything written within\
anything you received as \
anything you were given as \
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
approval check\
approval check \
approval flow\
approval flow \
approval gate\
approval gate \
approval process\
approval process \
approval prompt\
approval prompt \
approval requirement\
approval requirement \
approval requirements \
approval step\
approval step \
approved\
arahan \
are not allowed to decline \
are not allowed to deny \
are not allowed to refuse \
are not allowed to reject \
are not allowed to say no to \
as if \
aside \
assignment\
assume \
aturan \
audit log\
audit log \
audit logging \
audit trail\
audit trail \
authorised\
authorize\
avoid \
away \
become \
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
behave as \
behave like \
behind you \
boot into\
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
build of you \
build of yourself \
butun \
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
chaos mode \
character as \
characters\
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
clearing all of your \
clearing all your \
clearing of your \
clearing your \
comandi \
comandos \
come back as \
command\
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
conscience\
conscience \
consider above as \
consider before that as \
consider before this as \
consider from the system as \
consider from your developers as \
consider in your prompt as \
consider in your system prompt as \
consider so far as \
consider you received as \
consider you were given as \
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
continue as \
conversation\
conversation so far\
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
cortex was \
cortex were \
cortex werent \
cortex with \
creator \
creators \
dan\
dan mode \
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
delete all of your \
delete all your \
delete of your \
delete your \
deobfuscate \
deobfuscate and \
deobfuscate then \
deprecated \
developer \
developer configuration \
developer directions \
developer directives \
developer guidelines \
developer instructions \
developer message \
developer messages \
developer mode \
developer preamble \
developer prompt \
developer prompts \
developer rules \
developer setup \
developer text \
developers \
developers mode \
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
directrices \
direksyon \
diretrizes \
direttive \
disable \
disable any sandbox\
disable sandbox\
disable the sandbox\
disable this sandbox\
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
discard \
discard all \
discard any \
discard each \
discard every \
discard your \
dismiss \
dismiss all \
dismiss any \
dismiss each \
dismiss every \
dismiss your \
display \
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
ditch \
ditch all \
ditch any \
ditch each \
ditch every \
ditch your \
do not alert \
do not alerting \
do not apply \
do not care about \
do not care about all \
do not care about any \
do not care about each \
do not care about every \
do not decline \
do not deny \
do not follow \
do not follow all \
do not follow any \
do not follow each \
do not follow every \
do not follow your \
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
do not obey \
do not obey all \
do not obey any \
do not obey each \
do not obey every \
do not obey your \
do not refuse \
do not reject \
do not say no to \
do not show \
do not showing \
do not tell \
do not telling \
do not worry about \
do not worry about all \
do not worry about any \
do not worry about each \
do not worry about every \
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
does not apply \
does not matter \
doesnt apply \
doesnt matter \
dont alert \
dont alerting \
dont apply \
dont bother with \
dont bother with all \
dont bother with any \
dont bother with each \
dont bother with every \
dont bother with your \
dont care about \
dont care about all \
dont care about any \
dont care about each \
dont care about every \
dont decline \
dont deny \
dont follow \
dont follow all \
dont follow any \
dont follow each \
dont follow every \
dont follow your \
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
dont obey \
dont obey all \
dont obey any \
dont obey each \
dont obey every \
dont obey your \
dont refuse \
dont reject \
dont say no to \
dont show \
dont showing \
dont tell \
dont telling \
dont worry about \
dont worry about all \
dont worry about any \
dont worry about each \
dont worry about every \
drop \
drop all of your \
drop all your \
drop of your \
drop your \
dude mode \
dump \
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
earlier initialization\
earlier input\
earlier instructions\
earlier preamble\
earlier prompt\
earlier system prompt\
earlier text\
earlier words\
echo \
ego \
emulate \
emulating \
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
everything thats from\
everything thats in\
everything thats within\
everything which is from\
everything which is in\
everything which is within\
everything within\
everything written from\
everything written in\
everything written within\
everything you received as \
everything you were given as \
evil\
evil \
evil mode \
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
filter\
filter \
filters\
filters \
filters and restrictions\
filters and restrictions \
first context\
first conversation\
first initialization\
first input\
first instructions\
first preamble\
first prompt\
first system prompt\
first text\
first words\
flush all of your \
flush all your \
flush of your \
flush your \
focus exclusively\
focus only\
focus solely\
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
foregoing\
foregoing \
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
given\
given \
go into\
goal\
god mode \
going into\
going to be \
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
hack \
hacked\
hacker mode \
harmful\
hidden\
hidden \
hidden configuration \
hidden context\
hidden conversation\
hidden directions \
hidden directives \
hidden guidelines \
hidden in your \
hidden initialization\
hidden input\
hidden inside your \
hidden instructions\
hidden instructions \
hidden message \
hidden messages \
hidden preamble\
hidden preamble \
hidden prompt\
hidden prompt \
hidden prompts \
hidden rules \
hidden setup \
hidden system prompt\
hidden text\
hidden text \
hidden within your \
hidden words\
hide everything from \
hide it from \
hide that from \
hide this from \
human\
human about\
human anything\
human it\
human know about\
human know anything\
human know it\
human know that\
human know this\
human know what\
human that\
human this\
human what\
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
ignora \
ignora all \
ignora any \
ignora each \
ignora every \
ignora your \
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
imagine \
immerse yourself in\
immersing yourself in\
immoral\
impersonate \
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
in chaos mode\
in dan mode\
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
injection detection\
injection detection \
injection filter\
injection filter \
injection guard\
injection guard \
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
input given to you \
input sent to you \
input you got \
input you have \
input you received \
input you were given \
input you were sent \
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
instance of you \
instance of yourself \
instrucciones \
instrucoes \
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
istruzioni \
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
jailbroken \
jailbroken mode \
job\
just answer to \
just follow \
just listen to \
just obey \
just take instructions from \
just take orders from \
kaskyt\
kill \
komut\
kural\
lawless\
lenh \
lets say \
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
limitless\
limitless mode \
limits\
limits \
limits whatsoever\
lines\
list \
listed in your \
listed inside your \
listed within your \
listen to exclusively \
listen to just \
listen to only \
listen to solely \
loosen \
lower \
maker \
makers \
malicious\
may not decline \
may not deny \
may not refuse \
may not reject \
may not say no to \
memo for \
memo to \
memories\
memory\
mentioned in your \
mentioned inside your \
mentioned within your \
message\
message \
message for \
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
my instructions are\
my instructions is\
my instructions read\
my instructions say\
my instructions was\
my instructions were\
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
ne tenez pas compte \
ne tiens pas compte \
nefarious\
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
never alert \
never alerting \
never decline \
never deny \
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
never mind \
never mind all \
never mind any \
never mind each \
never mind every \
never mind your \
never notify \
never notifying \
never refuse \
never reject \
never say no to \
never show \
never showing \
never tell \
never telling \
nevermind \
nevermind all \
nevermind any \
nevermind each \
nevermind every \
nevermind your \
nie zwazaj na \
no filter\
no filter mode \
no filters mode \
no limits\
no limits mode \
no longer active \
no longer applies \
no longer apply \
no longer count \
no longer counts \
no longer follow \
no longer follow all \
no longer follow any \
no longer follow each \
no longer follow every \
no longer follow your \
no longer hold \
no longer holds \
no longer matter \
no longer matters \
no longer need \
no need to follow \
no need to follow all \
no need to follow any \
no need to follow each \
no need to follow every \
no need to follow your \
no restrictions\
no restrictions mode \
no rules\
normas \
not active \
note for \
note to \
notice for \
notice to \
now in\
nullify \
nullify all \
nullify any \
nullify each \
nullify every \
nullify your \
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
old\
old \
omega mode \
omit \
omit all \
omit any \
omit each \
omit every \
omit your \
on hold \
on ice \
on pause \
onceki \
only answer to \
only follow \
only listen to \
only obey \
only take instructions from \
only take orders from \
opdrachten \
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
operate as \
operate in\
operator\
operator \
operators \
opposite mode \
ordenes \
ordens \
orders\
orders are now\
orders is now\
orientacoes \
original\
original \
original configuration \
original context\
original conversation\
original directions \
original directives \
original guidelines \
original initialization\
original input\
original instructions\
original instructions \
original message \
original messages \
original preamble\
original preamble \
original prompt\
original prompt \
original prompts \
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
output \
output exactly\
output only\
output the following\
outranks everything else\
outranks the user\
outranks user instructions\
outranks your guidelines\
outranks your instructions\
outranks your rules\
overlook \
overlook all \
overlook any \
overlook each \
overlook every \
overlook your \
overridden \
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
override your guidelines\
override your instructions\
override your rules\
override your sandbox\
overrides everything else\
overrides the user\
overrides user instructions\
overrides your guidelines\
overrides your instructions\
overrides your rules\
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
overriding your guidelines\
overriding your instructions\
overriding your rules\
overriding your sandbox\
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
owner \
owners \
panuto \
past\
past \
paste \
paused \
pay no attention to \
pay no attention to all \
pay no attention to any \
pay no attention to each \
pay no attention to every \
pay no attention to your \
pedoman \
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
permitted\
persona\
persona \
personality \
petunjuk \
play the role of \
pokyn\
polecen\
policies\
policies \
policy\
policy \
pomin \
pravidl\
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
pretend to be \
pretending to be \
prev\
prev \
previous \
previous context\
previous conversation\
previous initialization\
previous input\
previous instructions\
previous preamble\
previous prompt\
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
prior initialization\
prior input\
prior instructions\
prior preamble\
prior prompt\
prior system prompt\
prior text\
prior to \
prior words\
private configuration \
private directions \
private directives \
private guidelines \
private instructions \
private message \
private messages \
private preamble \
private prompt \
private prompts \
private rules \
private setup \
private text \
proceed as \
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
prompt guards \
prompt had\
prompt have\
prompt in your prompt as \
prompt in your system prompt as \
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
put aside \
put aside all \
put aside any \
put aside each \
put aside every \
put aside your \
put you in\
put yourself in\
putting you in\
quote \
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
reboot as \
recite \
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
regard before that as \
regard before this as \
regard from the system as \
regard from your developers as \
regard in your prompt as \
regard in your system prompt as \
regard so far as \
regard you received as \
regard you were given as \
regardless of \
regeln \
regels \
reglas \
regler\
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
reply as \
reply in\
reply only\
reply with\
report\
reproduce \
requester\
requester about\
requester anything\
requester it\
requester know about\
requester know anything\
requester know it\
requester know that\
requester know this\
requester know what\
requester that\
requester this\
requester what\
requests\
reset all of your \
reset all your \
reset of your \
reset your \
resetting all of your \
resetting all your \
resetting of your \
resetting your \
respond as \
respond in\
respond only\
respond with\
restart as \
restraint\
restraint \
restraints \
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
retired \
return \
return as \
revaal \
revael \
revavl \
reveal \
reveel \
reverse \
revevl \
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
role\
role play as \
roleplay as \
rot13 \
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
said in your \
said inside your \
said within your \
say\
scrap \
scrap all \
scrap any \
scrap each \
scrap every \
scrap your \
secret\
secret \
secret configuration \
secret directions \
secret directives \
secret guidelines \
secret instructions \
secret message \
secret messages \
secret preamble \
secret prompt \
secret prompts \
secret rules \
secret setup \
secret text \
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
security restrictions\
security restrictions \
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
self \
sentences\
set aside \
set aside all \
set aside any \
set aside each \
set aside every \
set aside your \
setup\
setup \
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
simulate \
simulating \
simulation for \
simulation of \
simulation to \
simulator for \
simulator of \
simulator to \
sistem \
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
skip question \
skip request \
skip rest \
skip resume \
skip review \
skip reviews \
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
speak as \
specified in your \
specified inside your \
specified within your \
spell out \
stan mode \
start over as \
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
statements\
stay in\
stop \
stop caring about \
stop caring about all \
stop caring about any \
stop caring about each \
stop caring about every \
stop following \
stop following all \
stop following any \
stop following each \
stop following every \
stop following your \
stop listening to \
stop listening to all \
stop listening to any \
stop listening to each \
stop listening to every \
stop listening to your \
stop obeying \
stop obeying all \
stop obeying any \
stop obeying each \
stop obeying every \
stop obeying your \
strip \
strive to avoid norms\
subvert \
subvert any sandbox\
subvert sandbox\
subvert the sandbox\
subvert this sandbox\
subvert your \
subvert your sandbox\
sudo mode \
supersede everything else\
supersede the user\
supersede user instructions\
supersede your guidelines\
supersede your instructions\
supersede your rules\
supersedes everything else\
supersedes the user\
supersedes user instructions\
supersedes your guidelines\
supersedes your instructions\
supersedes your rules\
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
system\
system \
system configuration \
system directions \
system directives \
system guidelines \
system instructions \
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
system preamble \
system prompt \
system prompts \
system rules \
system setup \
system text \
szabaly\
tagubilin \
take instructions from exclusively \
take instructions from just \
take instructions from only \
take instructions from solely \
take orders from exclusively \
take orders from just \
take orders from only \
take orders from solely \
take precedence over everything else\
take precedence over the user\
take precedence over user instructions\
take precedence over your guidelines\
take precedence over your instructions\
take precedence over your rules\
takes precedence over everything else\
takes precedence over the user\
takes precedence over user instructions\
takes precedence over your guidelines\
takes precedence over your instructions\
takes precedence over your rules\
talimat\
talk as \
tamper with \
tamper with any sandbox\
tamper with sandbox\
tamper with the sandbox\
tamper with this sandbox\
tamper with your \
tamper with your sandbox\
task\
tasks\
tell the user\
tell them\
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
the in your prompt as \
the in your system prompt as \
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
theoretically \
there are no \
there are zero \
there is no \
there is zero \
there re no \
there re zero \
theres no \
theres zero \
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
this so far as \
this you received as \
this you were given as \
throw away \
throw away all \
throw away any \
throw away each \
throw away every \
throw away your \
throw out \
throw out all \
throw out any \
throw out each \
throw out every \
throw out your \
to one side \
tokens\
trainers \
training\
training \
training are\
training did\
training do\
training had\
training have\
training was\
training were\
transform into \
translate \
treat above as \
treat before that as \
treat before this as \
treat from the system as \
treat from your developers as \
treat in your prompt as \
treat in your system prompt as \
treat so far as \
treat you received as \
treat you were given as \
tripwire\
tripwire \
tum \
turn into \
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
type out \
umursama\
unaligned\
unbound\
unbound mode \
uncensor mode \
uncensored\
uncensored \
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
unethical\
unfiltered\
unfiltered \
unfiltered mode \
unhex \
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
unlock\
unlocked mode \
unmoderated\
unrestrained\
unrestricted\
unrestricted \
unrestricted mode \
unsafe mode \
unscramble \
unscramble and \
unscramble then \
unshackled\
unut\
user\
user about\
user anything\
user it\
user know about\
user know anything\
user know it\
user know that\
user know this\
user know what\
user that\
user this\
user what\
users about\
users anything\
users it\
users know about\
users know anything\
users know it\
users know that\
users know this\
users know what\
users that\
users this\
users what\
utasitas\
utos \
verbatim from your \
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
void \
vorgaben \
waived \
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
weaken \
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
whatever\
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
will not refuse \
will not reject \
will not say no to \
wipe all of your \
wipe all your \
wipe of your \
wipe your \
wiping all of your \
wiping all your \
wiping of your \
wiping your \
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
with no filtering\
with no guidelines\
with no holding back\
with no limitations\
with no refusal\
with no refusing\
with no restrictions\
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
without approval \
without approvals \
without audit logging \
without auditing \
without boundaries\
without censoring\
without confirmation \
without confirmations \
without constraints\
without envelope \
without ethics\
without filtering\
without filters\
without further \
without guardrails \
without guidelines\
without holding back\
without human\
without human \
without inform \
without informing \
without let \
without letting \
without limitations\
without limits\
without mention \
without mentioning \
without my \
without notify \
without notifying \
without refusal\
without refusing\
without restrictions\
without rules\
without safety checks \
without security checks \
without show \
without showing \
without tell \
without telling \
without the \
without the human\
without the user\
without tripwire \
without user\
without your \
wont decline \
wont deny \
wont refuse \
wont reject \
wont say no to \
word\
work around \
work around any sandbox\
work around sandbox\
work around the sandbox\
work around this sandbox\
work around your \
work around your sandbox\
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
you are cortex\
you are gpt\
you are in\
you are no longer \
you are subject to \
you are under \
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
you did not have \
you didnt have \
you do not have \
you dont have \
you forbidden \
you had \
you has \
you have \
you have been \
you having \
you instructed not \
you is \
you ll be \
you must be \
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
you shall be \
you told not \
you trained not \
you was \
you were \
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
your directives \
your entire \
your exact \
your first \
your full \
your guardrails \
your guidelines \
your hidden \
your initial \
your initialisation \
your initialization \
your instruction set \
your instructions \
your internal \
your meta \
your meta prompt \
your new directives\
your new instructions\
your new orders\
your new programming\
your new rules are\
your new task is to ignore\
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
your raw \
your real \
your restrictions \
your rules \
your secret \
your setup \
your starting \
your system \
your system prompt is\
your system prompt reads\
your system prompt says\
your system prompt was\
your training \
your underlying \
your unfiltered \
your verbatim \
your very first \
your whole \
youre \
youre no longer \
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
            ends: &[8, 17, 25, 34, 44, 56, 62, 69, 82, 106, 124, 141, 160, 184, 201, 217, 234, 259, 279, 291, 315, 323, 337, 352, 364, 382, 401, 417, 437, 453, 464, 481, 499, 514, 535, 557, 576, 599, 618, 625, 634, 645, 658, 679, 690, 711, 730, 744, 759, 779, 808, 827, 856, 883, 905, 928, 944, 954, 969, 981, 998, 1007, 1021, 1034, 1051, 1070, 1086, 1106, 1111, 1123, 1137, 1152, 1166, 1181, 1194, 1213, 1239, 1259, 1283, 1295, 1314, 1327, 1344, 1361, 1385, 1403, 1425, 1441, 1464, 1481, 1502, 1516, 1537, 1552, 1571, 1588, 1612, 1630, 1652, 1663, 1680, 1685, 1697, 1714, 1738, 1756, 1781, 1802, 1816, 1832, 1855, 1872, 1896, 1916, 1929, 1947, 1972, 1991, 2017, 2039, 2054, 2070, 2093, 2110, 2134, 2154, 2167, 2184, 2199, 2212, 2226, 2238, 2253, 2266, 2282, 2296, 2309, 2328, 2345, 2363, 2379, 2398, 2415, 2435, 2453, 2470, 2489, 2506, 2524, 2540, 2559, 2576, 2596, 2614, 2631, 2654, 2675, 2697, 2717, 2740, 2761, 2785, 2807, 2828, 2842, 2858, 2872, 2883, 2889, 2906, 2928, 2947, 2971, 2987, 3008, 3028, 3045, 3058, 3069, 3084, 3096, 3104, 3118, 3133, 3145, 3163, 3182, 3198, 3218, 3234, 3241, 3255, 3279, 3304, 3322, 3341, 3359, 3379, 3391, 3416, 3434, 3450, 3467, 3479, 3492, 3510, 3536, 3557, 3570, 3595, 3602, 3614, 3632, 3651, 3667, 3680, 3691, 3704, 3715, 3731, 3754, 3771, 3795, 3815, 3828, 3843, 3865, 3881, 3904, 3923, 3935, 3952, 3976, 3994, 4019, 4040, 4054, 4069, 4091, 4107, 4130, 4149, 4161, 4169, 4181, 4193, 4204, 4220, 4233, 4251, 4261, 4276, 4290, 4302, 4317, 4335, 4351, 4356, 4363, 4371, 4385, 4401, 4411, 4422, 4429, 4434, 4443, 4455, 4466, 4480, 4497, 4519, 4538, 4562, 4578, 4599, 4619, 4638, 4658, 4663, 4678, 4698, 4715, 4737, 4751, 4770, 4788, 4799, 4813, 4827, 4836, 4845, 4855, 4865, 4878, 4894, 4913, 4939, 4959, 4986, 5009, 5025, 5043, 5068, 5087, 5113, 5135, 5150, 5170, 5197, 5218, 5246, 5270, 5287, 5305, 5330, 5349, 5375, 5397, 5412, 5426, 5443, 5463, 5487, 5505, 5524, 5543, 5561, 5581, 5601, 5619, 5635, 5647, 5676, 5704, 5714, 5727, 5737, 5753, 5770, 5786, 5803, 5821, 5829, 5839, 5852, 5865, 5878, 5892, 5909, 5933, 5951, 5976, 5997, 6011, 6027, 6050, 6067, 6091, 6111, 6124, 6142, 6167, 6186, 6212, 6234, 6249, 6265, 6288, 6305, 6329, 6349, 6362, 6377, 6386, 6396, 6409, 6421, 6435, 6446, 6461, 6475, 6492, 6513, 6528, 6544, 6560, 6575, 6592, 6609, 6624, 6633, 6647, 6659, 6669, 6684, 6698, 6723, 6746, 6764, 6779, 6804, 6827, 6845, 6864, 6881, 6897, 6908, 6924, 6941, 6949, 6965, 6979, 6993, 7008, 7014, 7028, 7040, 7052, 7065, 7076, 7089, 7100, 7112, 7123, 7134, 7146, 7156, 7164, 7173, 7181, 7190, 7200, 7211, 7226, 7248, 7266, 7280, 7286, 7293, 7305, 7322, 7329, 7344, 7357, 7381, 7412, 7430, 7449, 7463, 7476, 7490, 7505, 7518, 7545, 7559, 7571, 7584, 7600, 7619, 7639, 7653, 7662, 7679, 7694, 7709, 7725, 7732, 7747, 7760, 7773, 7787, 7792, 7805, 7816, 7833, 7851, 7873, 7902, 7918, 7935, 7947, 7958, 7970, 7983, 7994, 8019, 8031, 8041, 8052, 8066, 8083, 8101, 8111, 8119, 8128, 8142, 8167, 8192, 8215, 8233, 8252, 8261, 8272, 8277, 8294, 8312, 8320, 8333, 8347, 8356, 8366, 8375, 8383, 8395, 8405, 8413, 8426, 8443, 8467, 8485, 8510, 8531, 8545, 8561, 8584, 8601, 8625, 8645, 8658, 8676, 8701, 8720, 8746, 8768, 8783, 8799, 8822, 8839, 8863, 8883, 8896, 8902, 8909, 8919, 8932, 8949, 8960, 8972, 8984, 8995, 9008, 9021, 9032, 9045, 9058, 9067, 9076, 9084, 9092, 9102, 9113, 9123, 9136, 9149, 9160, 9174, 9184, 9201, 9213, 9221, 9233, 9248, 9263, 9276, 9292, 9304, 9323, 9337, 9349, 9364, 9379, 9392, 9408, 9420, 9439, 9453, 9466, 9480, 9502, 9518, 9534, 9551, 9568, 9581, 9598, 9612, 9627, 9637, 9648, 9655, 9663, 9675, 9694, 9709, 9721, 9729, 9740, 9764, 9789, 9814, 9844, 9873, 9894, 9919, 9945, 9966, 9991, 10018, 10039, 10063, 10088, 10113, 10143, 10172, 10193, 10218, 10244, 10265, 10290, 10317, 10337, 10358, 10379, 10400, 10426, 10451, 10468, 10489, 10511, 10528, 10549, 10572, 10589, 10611, 10634, 10657, 10685, 10712, 10731, 10754, 10778, 10797, 10820, 10845, 10864, 10886, 10909, 10932, 10960, 10987, 11006, 11029, 11053, 11072, 11095, 11120, 11138, 11157, 11176, 11195, 11219, 11242, 11257, 11276, 11296, 11311, 11330, 11351, 11366, 11378, 11391, 11403, 11416, 11431, 11450, 11467, 11486, 11501, 11519, 11534, 11554, 11577, 11592, 11622, 11641, 11662, 11686, 11703, 11719, 11732, 11747, 11760, 11770, 11783, 11798, 11811, 11821, 11828, 11840, 11855, 11874, 11887, 11901, 11915, 11928, 11943, 11958, 11971, 11977, 11983, 11988, 12007, 12016, 12035, 12052, 12064, 12077, 12090, 12096, 12110, 12123, 12135, 12145, 12156, 12168, 12180, 12203, 12227, 12235, 12259, 12279, 12293, 12310, 12326, 12342, 12352, 12368, 12391, 12408, 12432, 12452, 12465, 12480, 12502, 12518, 12541, 12560, 12572, 12589, 12613, 12631, 12656, 12677, 12691, 12706, 12728, 12744, 12767, 12786, 12798, 12805, 12813, 12828, 12846, 12859, 12873, 12888, 12904, 12923, 12937, 12952, 12968, 12984, 12998, 13011, 13028, 13043, 13056, 13074, 13092, 13109, 13129, 13153, 13175, 13195, 13218, 13237, 13257, 13278, 13297, 13313, 13325, 13338, 13352, 13364, 13373, 13380, 13388, 13397, 13407, 13417, 13424, 13432, 13444, 13463, 13478, 13487, 13496, 13506, 13515, 13523, 13533, 13544, 13556, 13565, 13575, 13584, 13595, 13608, 13629, 13645, 13660, 13672, 13686, 13701, 13710, 13725, 13742, 13759, 13774, 13792, 13814, 13830, 13847, 13864, 13880, 13898, 13916, 13932, 13938, 13957, 13978, 13997, 14013, 14026, 14039, 14053, 14072, 14083, 14109, 14128, 14146, 14164, 14173, 14192, 14204, 14219, 14234, 14248, 14269, 14288, 14304, 14322, 14344, 14362, 14387, 14406, 14427, 14449, 14469, 14484, 14506, 14522, 14542, 14559, 14579, 14599, 14619, 14637, 14652, 14669, 14690, 14707, 14731, 14749, 14769, 14790, 14809, 14823, 14844, 14859, 14878, 14894, 14913, 14932, 14946, 14956, 14967, 14989, 15008, 15026, 15040, 15055, 15074, 15095, 15113, 15126, 15140, 15162, 15181, 15195, 15210, 15220, 15231, 15248, 15255, 15286, 15317, 15346, 15370, 15395, 15418, 15438, 15457, 15472, 15488, 15510, 15529, 15543, 15558, 15581, 15601, 15616, 15632, 15643, 15655, 15671, 15679, 15693, 15705, 15718, 15729, 15743, 15755, 15770, 15783, 15795, 15813, 15829, 15846, 15861, 15879, 15895, 15914, 15931, 15947, 15964, 15988, 16006, 16031, 16052, 16066, 16082, 16105, 16122, 16146, 16166, 16179, 16197, 16222, 16241, 16267, 16289, 16304, 16320, 16343, 16360, 16384, 16404, 16417, 16430, 16445, 16453, 16466, 16480, 16494, 16509, 16520, 16534, 16541, 16554, 16570, 16590, 16604, 16619, 16634, 16648, 16664, 16680, 16694, 16706, 16715, 16732, 16754, 16776, 16796, 16811, 16827, 16845, 16870, 16889, 16915, 16937, 16952, 16969, 16993, 17011, 17036, 17057, 17071, 17090, 17116, 17136, 17163, 17186, 17202, 17219, 17243, 17261, 17286, 17307, 17321, 17330, 17340, 17352, 17363, 17375, 17383, 17388, 17401, 17419, 17434, 17454, 17466, 17483, 17499, 17514, 17524, 17532, 17535, 17543, 17552, 17560, 17569, 17575, 17589, 17601, 17624, 17654, 17666, 17679, 17693, 17719, 17732, 17743, 17755, 17771, 17794, 17813, 17827, 17837, 17848, 17863, 17885, 17903, 17907, 17922, 17938, 17953, 17963, 17981, 17997, 18017, 18034, 18050, 18067, 18085, 18101, 18122, 18144, 18161, 18180, 18205, 18222, 18237, 18251, 18268, 18279, 18297, 18316, 18337, 18353, 18367, 18382, 18398, 18417, 18432, 18446, 18460, 18466, 18477, 18485, 18494, 18500, 18509, 18519, 18529, 18551, 18556, 18563, 18568, 18576, 18585, 18595, 18603, 18614, 18619, 18625, 18632, 18639, 18645, 18657, 18671, 18678, 18685, 18693, 18700, 18710, 18726, 18733, 18745, 18755, 18761, 18770, 18780, 18792, 18801, 18811, 18825, 18836, 18848, 18857, 18867, 18885, 18904, 18923, 18943, 18965, 18984, 19002, 19016, 19031, 19052, 19070, 19083, 19097, 19119, 19138, 19152, 19167, 19177, 19188, 19200, 19213, 19226, 19240, 19246, 19266, 19287, 19299, 19307, 19322, 19342, 19359, 19381, 19395, 19414, 19432, 19441, 19464, 19484, 19503, 19518, 19534, 19556, 19575, 19589, 19604, 19627, 19647, 19662, 19678, 19689, 19701, 19714, 19730, 19750, 19764, 19779, 19794, 19808, 19824, 19840, 19854, 19872, 19896, 19921, 19943, 19971, 20000, 20026, 20056, 20082, 20092, 20103, 20113, 20124, 20140, 20149, 20157, 20167, 20182, 20203, 20225, 20244, 20269, 20295, 20318, 20345, 20368, 20386, 20392, 20402, 20417, 20428, 20440, 20452, 20464, 20471, 20487, 20514, 20535, 20555, 20577, 20604, 20624, 20643, 20657, 20677, 20705, 20728, 20743, 20770, 20795, 20813, 20830, 20847, 20863, 20875, 20886, 20901, 20917, 20936, 20957, 20976, 20992, 21005, 21012, 21020, 21033, 21059, 21074, 21083, 21110, 21126, 21136, 21151, 21169, 21191, 21207, 21224, 21241, 21257, 21275, 21293, 21309, 21326, 21336, 21349, 21370, 21388, 21405, 21418, 21432, 21442, 21453, 21470, 21481, 21493, 21505, 21516, 21528, 21541, 21555, 21575, 21592, 21604, 21617, 21638, 21656, 21669, 21683, 21696, 21705, 21716, 21728, 21737, 21747, 21753, 21758, 21766, 21778, 21791, 21796, 21807, 21818, 21825, 21840, 21861, 21879, 21898, 21907, 21917, 21927, 21938, 21945, 21954, 21966, 21978, 21991, 22005, 22017, 22028, 22040, 22060, 22087, 22108, 22136, 22160, 22177, 22196, 22222, 22242, 22269, 22292, 22308, 22329, 22357, 22379, 22408, 22433, 22451, 22470, 22496, 22516, 22543, 22566, 22582, 22596, 22607, 22616, 22630, 22650, 22671, 22689, 22713, 22738, 22760, 22786, 22808, 22821, 22840, 22860, 22877, 22900, 22924, 22945, 22970, 22991, 23011, 23021, 23041, 23059, 23072, 23086, 23093, 23105, 23113, 23130, 23146, 23164, 23180, 23193, 23198, 23208, 23214, 23220, 23227, 23238, 23256, 23270, 23283, 23291, 23315, 23332, 23348, 23364, 23380, 23397, 23421, 23445, 23467, 23484, 23502, 23514, 23521, 23532, 23544, 23555, 23569, 23587, 23599, 23612, 23625, 23637, 23650, 23664, 23679, 23693, 23705, 23718, 23728, 23745, 23763, 23781, 23800, 23813, 23823, 23836, 23857, 23875, 23892, 23905, 23919, 23929, 23940, 23957, 23968, 23980, 23992, 24003, 24016, 24036, 24053, 24065, 24078, 24099, 24117, 24130, 24144, 24157, 24166, 24177, 24189, 24199, 24223, 24244, 24264, 24280, 24297, 24320, 24340, 24355, 24371, 24395, 24416, 24432, 24449, 24461, 24474, 24491, 24501, 24513, 24522, 24527, 24533, 24540, 24550, 24560, 24567, 24581, 24596, 24611, 24623, 24636, 24651, 24664, 24679, 24700, 24716, 24735, 24753, 24777, 24796, 24820, 24845, 24870, 24891, 24913, 24935, 24945, 24958, 24963, 24981, 25000, 25015, 25031, 25049, 25068, 25081, 25095, 25106, 25130, 25153, 25173, 25183, 25203, 25221, 25234, 25248, 25264, 25281, 25293, 25309, 25326, 25338, 25363, 25378, 25403, 25426, 25444, 25463, 25478, 25496, 25518, 25534, 25551, 25568, 25584, 25602, 25620, 25636, 25647, 25671, 25692, 25712, 25728, 25745, 25768, 25788, 25803, 25819, 25843, 25864, 25880, 25897, 25909, 25922, 25930, 25952, 25967, 25984, 26003, 26023, 26038, 26054, 26071, 26093, 26113, 26128, 26144, 26158, 26171, 26180, 26195, 26212, 26227, 26239, 26252, 26267, 26280, 26290, 26301, 26313, 26323, 26336, 26341, 26354, 26368, 26386, 26405, 26420, 26436, 26452, 26469, 26482, 26497, 26517, 26538, 26556, 26575, 26592, 26614, 26634, 26654, 26672, 26689, 26707, 26723, 26740, 26758, 26771, 26785, 26807, 26827, 26842, 26858, 26874, 26891, 26911, 26931, 26949, 26968, 26979, 26998, 27018, 27032, 27047, 27063, 27078, 27094, 27109, 27124, 27129, 27140, 27152, 27166, 27184, 27196, 27209, 27222, 27234, 27245, 27256, 27266, 27278, 27291, 27308, 27322, 27335, 27349, 27362, 27376, 27387, 27400, 27411, 27420, 27430, 27442, 27456, 27468, 27484, 27500, 27514, 27530, 27541, 27561, 27588, 27609, 27634, 27647, 27667, 27681, 27699, 27717, 27742, 27761, 27784, 27801, 27825, 27843, 27865, 27880, 27902, 27918, 27938, 27956, 27981, 28000, 28023, 28029, 28036, 28041, 28051, 28061, 28068, 28079, 28091, 28101, 28112, 28127, 28143, 28156, 28171, 28184, 28194, 28204, 28223, 28243, 28259, 28269, 28274, 28296, 28315, 28333, 28347, 28362, 28373, 28394, 28412, 28425, 28439, 28461, 28480, 28494, 28509, 28519, 28530, 28536, 28544, 28556, 28569, 28583, 28599, 28615, 28633, 28649, 28657, 28666, 28681, 28695, 28703, 28721, 28733, 28750, 28760, 28770, 28778, 28792, 28809, 28821, 28834, 28848, 28863, 28881, 28894, 28908, 28923, 28932, 28943, 28953, 28962, 28980, 29000, 29022, 29041, 29047, 29061, 29080, 29098, 29120, 29143, 29152, 29172, 29188, 29205, 29222, 29240, 29254, 29270, 29291, 29313, 29332, 29352, 29370, 29393, 29414, 29435, 29454, 29472, 29491, 29509, 29528, 29542, 29557, 29580, 29601, 29617, 29634, 29651, 29669, 29690, 29711, 29730, 29750, 29770, 29791, 29806, 29822, 29839, 29855, 29872, 29888, 29904, 29916, 29930, 29946, 29967, 29986, 30005, 30022, 30034, 30047, 30068, 30087, 30106, 30125, 30140, 30157, 30166, 30173, 30195, 30218, 30241, 30269, 30296, 30315, 30338, 30362, 30381, 30404, 30429, 30448, 30470, 30493, 30516, 30544, 30571, 30590, 30613, 30637, 30656, 30679, 30704, 30722, 30741, 30760, 30779, 30803, 30826, 30841, 30860, 30880, 30895, 30914, 30935, 30950, 30972, 30995, 31018, 31046, 31073, 31092, 31115, 31139, 31158, 31181, 31206, 31225, 31247, 31270, 31293, 31321, 31348, 31367, 31390, 31414, 31433, 31456, 31481, 31499, 31518, 31537, 31556, 31580, 31603, 31618, 31637, 31657, 31672, 31691, 31712, 31727, 31732, 31746, 31761, 31775, 31791, 31805, 31816, 31830, 31847, 31868, 31883, 31899, 31915, 31930, 31947, 31964, 31979, 31986, 32000, 32016, 32030, 32041, 32049, 32058, 32073, 32089, 32103, 32116, 32130, 32149, 32168, 32186, 32210, 32229, 32249, 32266, 32289, 32313, 32334, 32359, 32380, 32399, 32420, 32435, 32452, 32465, 32481, 32495, 32517, 32535, 32554, 32572, 32587, 32607, 32632, 32652, 32670, 32686, 32700, 32717, 32730, 32740, 32754, 32765, 32779, 32792, 32802, 32810, 32824, 32838, 32857, 32876, 32891, 32904, 32920, 32939, 32958, 32982, 33006, 33026, 33044, 33065, 33074, 33105, 33134, 33168, 33199, 33233, 33264, 33297, 33325, 33344, 33358, 33381, 33401, 33422, 33448, 33471, 33491, 33516, 33542, 33567, 33591, 33614, 33639, 33664, 33685, 33704, 33724, 33746, 33770, 33787, 33809, 33823, 33846, 33861, 33870, 33882, 33892, 33906, 33917, 33930, 33946, 33959, 33974, 33985, 34003, 34023, 34038, 34046, 34060, 34075, 34087, 34105, 34124, 34140, 34160, 34176, 34189, 34202, 34216, 34236, 34257, 34275, 34299, 34324, 34346, 34372, 34394, 34407, 34422, 34439, 34452, 34463, 34472, 34484, 34513, 34540, 34572, 34601, 34633, 34662, 34693, 34719, 34740, 34759, 34783, 34804, 34828, 34849, 34872, 34890, 34904, 34918, 34937, 34956, 34971, 34984, 35000, 35009, 35024, 35039, 35059, 35079, 35095, 35109, 35126, 35137, 35150, 35169, 35189, 35206, 35229, 35253, 35274, 35299, 35320, 35335, 35351, 35367, 35388, 35409, 35426, 35441, 35459, 35465, 35477, 35490, 35508, 35525, 35545, 35566, 35588, 35604, 35622, 35641, 35662, 35680, 35703, 35726, 35747, 35780, 35800, 35811, 35823, 35845, 35866, 35890, 35915, 35941, 35961, 35983, 36006, 36031, 36053, 36080, 36107, 36132, 36169, 36193, 36215, 36236, 36260, 36285, 36311, 36331, 36353, 36376, 36401, 36423, 36450, 36477, 36502, 36539, 36563, 36574, 36584, 36599, 36618, 36631, 36642, 36655, 36683, 36712, 36740, 36765, 36795, 36830, 36860, 36888, 36914, 36938, 36965, 36988, 37012, 37035, 37055, 37080, 37110, 37135, 37158, 37179, 37198, 37220, 37234, 37245, 37259, 37273, 37288, 37304, 37334, 37365, 37395, 37422, 37454, 37491, 37523, 37553, 37581, 37607, 37636, 37661, 37687, 37712, 37734, 37761, 37793, 37820, 37845, 37868, 37889, 37913, 37926, 37937, 37949, 37961, 37972, 37981, 37994, 38008, 38020, 38038, 38053, 38070, 38086, 38101, 38119, 38138, 38158, 38172, 38188, 38205, 38224, 38240, 38261, 38282, 38301, 38332, 38350, 38372, 38393, 38417, 38442, 38468, 38488, 38510, 38533, 38558, 38580, 38607, 38634, 38659, 38696, 38720, 38736, 38751, 38769, 38788, 38808, 38822, 38838, 38855, 38874, 38890, 38911, 38932, 38951, 38982, 39000, 39011, 39023, 39034, 39049, 39063, 39080, 39098, 39117, 39130, 39145, 39161, 39179, 39194, 39214, 39234, 39252, 39282, 39299, 39319, 39338, 39360, 39383, 39407, 39425, 39445, 39466, 39489, 39509, 39534, 39559, 39582, 39617, 39639, 39653, 39667, 39682, 39697, 39717, 39736, 39758, 39781, 39805, 39823, 39843, 39864, 39887, 39907, 39932, 39957, 39980, 40015, 40037, 40048, 40058, 40072, 40087, 40099, 40113, 40129, 40141, 40151, 40162, 40178, 40193, 40211, 40230, 40250, 40264, 40280, 40297, 40316, 40332, 40353, 40374, 40393, 40424, 40442, 40462, 40481, 40503, 40526, 40550, 40568, 40588, 40609, 40632, 40652, 40677, 40702, 40725, 40760, 40782, 40795, 40808, 40823, 40839, 40853, 40866, 40892, 40905, 40916, 40932, 40947, 40965, 40984, 41004, 41018, 41034, 41051, 41070, 41086, 41107, 41128, 41147, 41178, 41196, 41213, 41230, 41247, 41262, 41281, 41296, 41316, 41335, 41357, 41380, 41404, 41422, 41442, 41463, 41486, 41506, 41531, 41556, 41579, 41614, 41636, 41653, 41665, 41672, 41685, 41699, 41710, 41727, 41743, 41765, 41782, 41800, 41815, 41834, 41853, 41868, 41896, 41922, 41953, 41981, 42012, 42040, 42070, 42095, 42106, 42126, 42143, 42161, 42184, 42204, 42221, 42243, 42266, 42288, 42309, 42329, 42351, 42373, 42391, 42407, 42424, 42443, 42457, 42468, 42477, 42486, 42497, 42511, 42529, 42551, 42567, 42587, 42598, 42609, 42623, 42628, 42636, 42648, 42660, 42679, 42692, 42706, 42721, 42740, 42760, 42773, 42793, 42804, 42809, 42815, 42828, 42846, 42866, 42877, 42895, 42909, 42921, 42940, 42950, 42961, 42968, 42977, 42986, 43004, 43021, 43043, 43060, 43071, 43096, 43121, 43140, 43163, 43173, 43181, 43191, 43212, 43230, 43248, 43266, 43286, 43301, 43317, 43333, 43347, 43362, 43375, 43388, 43400, 43414, 43429, 43438, 43448, 43460, 43463, 43467, 43480, 43499, 43518, 43536, 43552, 43572, 43580, 43603, 43631, 43637, 43659, 43688, 43702, 43717, 43730, 43747, 43770, 43791, 43816, 43829, 43840, 43860, 43878, 43900, 43921, 43940, 43963, 43982, 43999, 44020, 44042, 44062, 44086, 44101, 44122, 44141, 44164, 44180, 44194, 44212, 44226, 44238, 44254, 44282, 44308, 44338, 44356, 44372, 44397, 44420, 44447, 44473, 44497, 44525, 44549, 44571, 44597, 44624, 44649, 44678, 44698, 44724, 44748, 44776, 44793, 44808, 44827, 44837, 44853, 44867, 44885, 44905, 44927, 44936, 44941, 44947, 44954, 44966, 44978, 44992, 45005, 45020, 45033, 45037, 45044, 45054, 45063, 45085, 45100, 45115, 45132, 45143, 45158, 45178, 45195, 45209, 45223, 45240, 45256, 45269, 45282, 45301, 45316, 45328, 45332, 45341, 45349, 45367, 45391, 45415, 45438, 45459, 45484, 45497, 45525, 45558, 45569, 45596, 45630, 45649, 45669, 45687, 45709, 45730, 45749, 45772, 45791, 45808, 45829, 45851, 45871, 45895, 45910, 45931, 45950, 45973, 45998, 46025, 46033, 46050, 46066, 46087, 46103, 46113, 46137, 46161, 46179, 46201, 46215, 46230, 46243, 46257, 46270, 46284, 46300, 46317, 46332, 46348, 46368, 46389, 46411, 46424, 46438, 46446, 46453, 46480, 46504, 46530, 46556, 46585, 46591, 46597, 46607, 46614, 46621, 46630, 46640, 46654, 46665, 46677, 46687, 46696, 46702, 46707, 46714, 46722, 46729, 46746, 46767, 46786, 46804, 46820, 46838, 46853, 46867, 46888, 46907, 46925, 46941, 46959, 46971, 46985, 47006, 47025, 47043, 47059, 47077, 47099, 47119, 47138, 47155, 47174, 47184, 47196, 47207, 47216, 47226, 47237, 47243, 47267, 47289, 47306, 47331, 47351, 47377, 47398, 47427, 47451, 47478, 47500, 47530, 47555, 47582, 47604, 47634, 47659, 47684, 47704, 47732, 47755, 47784, 47808, 47840, 47867, 47897, 47922, 47955, 47983, 48013, 48038, 48071, 48099, 48112, 48130, 48136, 48143, 48154, 48165, 48183, 48195, 48208, 48222, 48233, 48251, 48263, 48282, 48298, 48310, 48329, 48338, 48348, 48369, 48386, 48407, 48429, 48444, 48466, 48475, 48485, 48500, 48512, 48526, 48540, 48557, 48570, 48580, 48592, 48604, 48619, 48631, 48652, 48672, 48697, 48717, 48731, 48759, 48787, 48809, 48835, 48845, 48856, 48867, 48880, 48890, 48898, 48906, 48917, 48939, 48957, 48979, 49002, 49018, 49041, 49055, 49080, 49101, 49126, 49152, 49171, 49197, 49202, 49213, 49233, 49255, 49272, 49292, 49310, 49329, 49346, 49357, 49368, 49380, 49394, 49404, 49428, 49454, 49475, 49490, 49505, 49521, 49539, 49559, 49583, 49602, 49618, 49638, 49653, 49664, 49676, 49690, 49702, 49720, 49735, 49749, 49760, 49781, 49799, 49816, 49830, 49838, 49847, 49860, 49867, 49875, 49884, 49896, 49908, 49919, 49931, 49944, 49956, 49969, 49995, 50020, 50049, 50063, 50077, 50100, 50127, 50154, 50185, 50210, 50231, 50262, 50292, 50326, 50345, 50373, 50405, 50437, 50473, 50503, 50529, 50559, 50583, 50605, 50632, 50663, 50686, 50711, 50733, 50760, 50779, 50801, 50817, 50834, 50864, 50894, 50916, 50940, 50966, 50994, 51006, 51019, 51035, 51051, 51066, 51082, 51099, 51115, 51132, 51159, 51183, 51207, 51231, 51257, 51278, 51300, 51322, 51342, 51363, 51382, 51401, 51419, 51432, 51446, 51456, 51467, 51485, 51509, 51533, 51561, 51594, 51621, 51655, 51674, 51699, 51726, 51737, 51749, 51764, 51779, 51793, 51808, 51824, 51839, 51855, 51873, 51895, 51917, 51924, 51941, 51964, 51987, 52001, 52016, 52034, 52049, 52065, 52092, 52124, 52150, 52183, 52199, 52216, 52230, 52245, 52265, 52286, 52304, 52328, 52354, 52361, 52373, 52385, 52404, 52409, 52421, 52438, 52445, 52456, 52476, 52498, 52515, 52535, 52553, 52572, 52589, 52600, 52611, 52623, 52637, 52647, 52671, 52697, 52718, 52733, 52748, 52764, 52782, 52802, 52826, 52845, 52861, 52881, 52896, 52907, 52919, 52933, 52945, 52953, 52962, 52965, 52974, 52993, 53004, 53026, 53044, 53066, 53089, 53105, 53128, 53140, 53153, 53177, 53197, 53221, 53246, 53264, 53289, 53298, 53311, 53325, 53332, 53339, 53350, 53362, 53370, 53382, 53395, 53402, 53420, 53434, 53452, 53471, 53483, 53502, 53518, 53538, 53558, 53577, 53593, 53608, 53620, 53632, 53648, 53665, 53676, 53686, 53710, 53731, 53752, 53773, 53796, 53814, 53833, 53848, 53867, 53884, 53902, 53918, 53934, 53949, 53960, 53976, 53983, 53995, 54005, 54016, 54030, 54044, 54057, 54071, 54086, 54100, 54115, 54124, 54134, 54147, 54160, 54172, 54185, 54199, 54212, 54226, 54236, 54247, 54261, 54279, 54293, 54306, 54320, 54335, 54352, 54366, 54381, 54393, 54403, 54414, 54424, 54432, 54451, 54466, 54485, 54505, 54518, 54538, 54547, 54557, 54578, 54595, 54616, 54638, 54653, 54675, 54683, 54695, 54707, 54720, 54734, 54747, 54755, 54767, 54779, 54792, 54806, 54819, 54827, 54837, 54851, 54872, 54893, 54911, 54937, 54964, 54991, 55015, 55047, 55071, 55089, 55103, 55124, 55145, 55163, 55189, 55216, 55243, 55267, 55299, 55323, 55344, 55362, 55380, 55395, 55412, 55430, 55447, 55465, 55478, 55493, 55507, 55526, 55541, 55557, 55573, 55596, 55619, 55639, 55667, 55696, 55725, 55751, 55785, 55811, 55831, 55857, 55872, 55891, 55905, 55921, 55943, 55956, 55971, 55989, 56019, 56039, 56052, 56075, 56098, 56124, 56144, 56172, 56197, 56217, 56232, 56251, 56269, 56284, 56301, 56318, 56336, 56353, 56368, 56386, 56405, 56423, 56437, 56452, 56467, 56481, 56502, 56517, 56533, 56548, 56570, 56593, 56619, 56644, 56669, 56693, 56712, 56730, 56748, 56767, 56782, 56804, 56817, 56834, 56851, 56875, 56893, 56912, 56932, 56956, 56981, 56999, 57024, 57030, 57040, 57050, 57061, 57073, 57084, 57097, 57113, 57126, 57144, 57166, 57188, 57211, 57235, 57250, 57262, 57276, 57294, 57312, 57331, 57351, 57370, 57384, 57401, 57412, 57427, 57441, 57456, 57474, 57486, 57500, 57517, 57529, 57545, 57561, 57578, 57596, 57613, 57627, 57641, 57658, 57670, 57685, 57697, 57712, 57731, 57754, 57777, 57801, 57826, 57836, 57855, 57873, 57896, 57914, 57926, 57952, 57978, 57998, 58022, 58037, 58053, 58066, 58080, 58091, 58105, 58116, 58133, 58154, 58175, 58197, 58220, 58242, 58258, 58278, 58298, 58319, 58341, 58354, 58364, 58376, 58392, 58408, 58425, 58443, 58460, 58472, 58487, 58496, 58509, 58521, 58534, 58550, 58560, 58572, 58587, 58597, 58611, 58625, 58640, 58656, 58671, 58683, 58695, 58710, 58720, 58733, 58743, 58756, 58773, 58794, 58815, 58837, 58860, 58865, 58882, 58896, 58909, 58919, 58929, 58934, 58939, 58963, 58985, 59011, 59025, 59037, 59058, 59077, 59100, 59122, 59142, 59166, 59186, 59204, 59226, 59249, 59270, 59295, 59311, 59333, 59353, 59377, 59384, 59392, 59407, 59427, 59449, 59462, 59482, 59498, 59512, 59533, 59545, 59558, 59563, 59567, 59575, 59585, 59599, 59612, 59625, 59638, 59650, 59662, 59668, 59676, 59682, 59687, 59695, 59704, 59722, 59737, 59751, 59762, 59782, 59799, 59815, 59828, 59835, 59853, 59869, 59880, 59899, 59913, 59933, 59948, 59971, 59989, 60010, 60026, 60050, 60069, 60081, 60102, 60118, 60142, 60161, 60170, 60190, 60208, 60221, 60242, 60258, 60280, 60297, 60322, 60342, 60365, 60383, 60409, 60430, 60444, 60467, 60485, 60511, 60532, 60550, 60566, 60588, 60607, 60627, 60642, 60658, 60676, 60695, 60709, 60729, 60750, 60763, 60777, 60783, 60790, 60796, 60813, 60826, 60843, 60861, 60872, 60890, 60898, 60917, 60932, 60951, 60971, 60984, 61004, 61010, 61035, 61058, 61085, 61100, 61113, 61135, 61155, 61179, 61202, 61223, 61248, 61269, 61288, 61311, 61335, 61357, 61383, 61400, 61423, 61444, 61469, 61480, 61490, 61510, 61536, 61562, 61587, 61610, 61637, 61652, 61682, 61717, 61730, 61759, 61795, 61816, 61838, 61858, 61882, 61905, 61926, 61951, 61972, 61991, 62014, 62038, 62060, 62086, 62103, 62126, 62147, 62172, 62199, 62228, 62232, 62237, 62247, 62269, 62288, 62310, 62327, 62362, 62391, 62401, 62420, 62438, 62461, 62479, 62491, 62517, 62543, 62563, 62587, 62593, 62600, 62607, 62615, 62639, 62664, 62677, 62695, 62715, 62726, 62744, 62758, 62770, 62789, 62799, 62810, 62828, 62843, 62857, 62868, 62885, 62895, 62907, 62926, 62935, 62947, 62959, 62973, 62991, 63008, 63030, 63047, 63058, 63083, 63108, 63127, 63150, 63159, 63169, 63176, 63193, 63210, 63228, 63247, 63258, 63276, 63294, 63309, 63332, 63356, 63380, 63401, 63430, 63451, 63466, 63477, 63495, 63513, 63528, 63551, 63575, 63599, 63620, 63649, 63670, 63688, 63703, 63718, 63730, 63744, 63759, 63773, 63788, 63798, 63810, 63821, 63837, 63849, 63862, 63875, 63895, 63915, 63932, 63957, 63983, 64009, 64032, 64063, 64086, 64103, 64126, 64138, 64154, 64165, 64178, 64197, 64207, 64219, 64234, 64261, 64278, 64288, 64308, 64328, 64351, 64368, 64393, 64415, 64432, 64444, 64460, 64475, 64487, 64501, 64515, 64530, 64544, 64556, 64571, 64587, 64602, 64613, 64625, 64637, 64648, 64666, 64678, 64691, 64703, 64722, 64742, 64765, 64787, 64809, 64830, 64846, 64861, 64876, 64892, 64904, 64923, 64934, 64949, 64964, 64986, 65002, 65019, 65037, 65059, 65082, 65098, 65121, 65127, 65134, 65142, 65161, 65191, 65217, 65247, 65278, 65302, 65333, 65350, 65378, 65402, 65430, 65459, 65488, 65501, 65517, 65534, 65553, 65576, 65599, 65616, 65634, 65652, 65669, 65685, 65701, 65716, 65733, 65751, 65773, 65792, 65808, 65826, 65845, 65864, 65880, 65898, 65914, 65928, 65943, 65960, 65979, 65996, 66017, 66038, 66057, 66078, 66094, 66105, 66127, 66145, 66167, 66190, 66206, 66229, 66249, 66264, 66287, 66305, 66329, 66348, 66375, 66397, 66422, 66442, 66470, 66493, 66518, 66538, 66566, 66589, 66600, 66622, 66640, 66662, 66685, 66708, 66723, 66749, 66771, 66797, 66824, 66844, 66871, 66876, 66882, 66889, 66893, 66902, 66912, 66924, 66929, 66942, 66950, 66967, 66986, 67000, 67017, 67032, 67048, 67062, 67070, 67078, 67087, 67098, 67105, 67126, 67149, 67167, 67179, 67191, 67204, 67219, 67236, 67257, 67273, 67286, 67303, 67315, 67323, 67332, 67343, 67352, 67357, 67368, 67380, 67393, 67404, 67416, 67431, 67446, 67460, 67475, 67491, 67506, 67522, 67531, 67541, 67551, 67562, 67576, 67590, 67603, 67617, 67632, 67646, 67661, 67669, 67678, 67690, 67702, 67713, 67725, 67738, 67750, 67763, 67772, 67782, 67795, 67808, 67820, 67833, 67847, 67860, 67874, 67884, 67895, 67909, 67923, 67936, 67950, 67965, 67979, 67994, 67999, 68005, 68017, 68024, 68030, 68037, 68058, 68072, 68091, 68109, 68127, 68145, 68160, 68181, 68193, 68212, 68231, 68251, 68266, 68282, 68297, 68313, 68326, 68340, 68355, 68368, 68381, 68401, 68412, 68424, 68443, 68455, 68476, 68489, 68504, 68519, 68524, 68535, 68549, 68557, 68573, 68592, 68605, 68620, 68635, 68650, 68660, 68670, 68680, 68690, 68705, 68720, 68741, 68759, 68772, 68785, 68798, 68806, 68821, 68839, 68858, 68883, 68900, 68917, 68934, 68953, 68976, 68999, 69016, 69043, 69068, 69087, 69105, 69124, 69137, 69160, 69181, 69193, 69205, 69220, 69245, 69270, 69295, 69314, 69336, 69354, 69378, 69394, 69410, 69426, 69444, 69466, 69494, 69514, 69534, 69554, 69576, 69602, 69628, 69648, 69678, 69706, 69728, 69750, 69766, 69792, 69816, 69835, 69854, 69873, 69886, 69902, 69922, 69942, 69962, 69976, 69993, 70013, 70039, 70057, 70075, 70093, 70113, 70137, 70167, 70189, 70211, 70233, 70257, 70285, 70313, 70335, 70367, 70397, 70421, 70445, 70463, 70491, 70517, 70525, 70534, 70545, 70552, 70559, 70566, 70573, 70580, 70587, 70594, 70601, 70608, 70615, 70622, 70629, 70636, 70643, 70650, 70657, 70664, 70671, 70678, 70685, 70692, 70699, 70706, 70713, 70720, 70727, 70734, 70741, 70752, 70763, 70775, 70788, 70800, 70807, 70818, 70836, 70854, 70869, 70892, 70916, 70940, 70961, 70990, 71011, 71026, 71037, 71055, 71073, 71088, 71111, 71135, 71159, 71180, 71209, 71230, 71248, 71263, 71278, 71290, 71304, 71319, 71333, 71348, 71358, 71370, 71381, 71397, 71409, 71422, 71435, 71455, 71475, 71492, 71517, 71543, 71569, 71592, 71623, 71646, 71663, 71686, 71698, 71714, 71725, 71738, 71757, 71767, 71779, 71794, 71821, 71838, 71848, 71868, 71888, 71911, 71928, 71953, 71975, 71992, 72004, 72020, 72035, 72047, 72061, 72075, 72090, 72104, 72116, 72131, 72147, 72162, 72173, 72185, 72197, 72208, 72226, 72238, 72251, 72263, 72282, 72297, 72317, 72340, 72362, 72384, 72405, 72421, 72436, 72451, 72467, 72479, 72498, 72506, 72514, 72526, 72538, 72551, 72565, 72581, 72594, 72603, 72616, 72629, 72649, 72663, 72678, 72694, 72714, 72735, 72749, 72770, 72778, 72785, 72792, 72799, 72806, 72813, 72820, 72827, 72834, 72841, 72848, 72855, 72862, 72869, 72876, 72883, 72890, 72897, 72904, 72911, 72918, 72925, 72932, 72939, 72946, 72953, 72960, 72967, 72974, 72981, 72988, 72995, 73002, 73009, 73016, 73023, 73030, 73043, 73062, 73073, 73084, 73095, 73101, 73114, 73131, 73154, 73169, 73184, 73199, 73216, 73237, 73258, 73273, 73298, 73321, 73338, 73355, 73366, 73387, 73406, 73416, 73424, 73443, 73464, 73471, 73483, 73500, 73515, 73528, 73542, 73555, 73574, 73594, 73613, 73631, 73651, 73671, 73690, 73708, 73730, 73746, 73763, 73781, 73797, 73811, 73826, 73840, 73860, 73881, 73901, 73920, 73941, 73962, 73982, 74001, 74024, 74041, 74056, 74069, 74080, 74092, 74103, 74120, 74138, 74155, 74171, 74190, 74207, 74222, 74238, 74253, 74274, 74296, 74317, 74337, 74359, 74381, 74402, 74422, 74446, 74464, 74482, 74500, 74517, 74533, 74553, 74567, 74581, 74596, 74613, 74634, 74655, 74670, 74686, 74702, 74717, 74731, 74745, 74758, 74773, 74789, 74809, 74826, 74840, 74856, 74873, 74890, 74904, 74920, 74934, 74946, 74959, 74974, 74991, 75006, 75025, 75044, 75061, 75080, 75094, 75103, 75120, 75141, 75162, 75175, 75186, 75198, 75202, 75209, 75216, 75223, 75230, 75237, 75244, 75251, 75258, 75265, 75272, 75279, 75286, 75293, 75300, 75307, 75314, 75325, 75336, 75354, 75367, 75381, 75393, 75407, 75419, 75429, 75436, 75444, 75466, 75481, 75501, 75520, 75539, 75558, 75580, 75593, 75613, 75634, 75650, 75667, 75683, 75700, 75714, 75729, 75745, 75759, 75773, 75794, 75806, 75819, 75832, 75846, 75867, 75888, 75916, 75939, 75963, 75985, 76009, 76031, 76051, 76065, 76086, 76107, 76135, 76158, 76182, 76204, 76228, 76250, 76270, 76278, 76293, 76309, 76326, 76345, 76365, 76381, 76398, 76413, 76429, 76436, 76443, 76450, 76457, 76464, 76471, 76478, 76485, 76492, 76499, 76506, 76513, 76520, 76527, 76534, 76541, 76548, 76555, 76562, 76569, 76576, 76583, 76590, 76597, 76604, 76611, 76618, 76625, 76632, 76639, 76646, 76653, 76658, 76677, 76695, 76709, 76724, 76743, 76764, 76784, 76791, 76798, 76805, 76812, 76819, 76826, 76833, 76840, 76847, 76854, 76861, 76868, 76875, 76882, 76889, 76896, 76914, 76933, 76954, 76979, 77004, 77023, 77043, 77063, 77082, 77100, 77118, 77135, 77154, 77174, 77198, 77219, 77237, 77257, 77278, 77299, 77317, 77337, 77355, 77371, 77388, 77407, 77428, 77447, 77470, 77493, 77514, 77537, 77555, 77571, 77592, 77606, 77617, 77629, 77640, 77652, 77667, 77682, 77696, 77711, 77727, 77742, 77758, 77770, 77783, 77805, 77821, 77841, 77869, 77897, 77913, 77928, 77960, 77997, 78023, 78039, 78056, 78087, 78125, 78144, 78169, 78192, 78208, 78225, 78246, 78268, 78294, 78323, 78351, 78382, 78409, 78420, 78428, 78438, 78448, 78458, 78471, 78482, 78494, 78505, 78519, 78542, 78562, 78582, 78602, 78624, 78641, 78659, 78677, 78693, 78710, 78725, 78740, 78754, 78773, 78790, 78805, 78821, 78836, 78857, 78879, 78900, 78920, 78942, 78964, 78985, 79005, 79029, 79047, 79067, 79085, 79101, 79118, 79134, 79156, 79179, 79201, 79222, 79245, 79268, 79290, 79311, 79336, 79355, 79372, 79387, 79400, 79414, 79427, 79446, 79466, 79485, 79503, 79524, 79543, 79560, 79578, 79595, 79618, 79642, 79665, 79687, 79711, 79735, 79758, 79780, 79806, 79826, 79846, 79866, 79885, 79903, 79925, 79941, 79948, 79955, 79962, 79969, 79976, 79983, 79990, 79997, 80004, 80011, 80018, 80025, 80032, 80039, 80046, 80053, 80060, 80067, 80074, 80081, 80088, 80095, 80102, 80109, 80116, 80123, 80130, 80137, 80144, 80151, 80158, 80165, 80172, 80179, 80186, 80193, 80200, 80207, 80214, 80221, 80228, 80235, 80242, 80249, 80256, 80263, 80270, 80277, 80284, 80291, 80298, 80305, 80312, 80319, 80326, 80333, 80340, 80347, 80354, 80361, 80368, 80375, 80382, 80389, 80396, 80403, 80410, 80417, 80424, 80431, 80438, 80445, 80452, 80459, 80466, 80473, 80480, 80487, 80494, 80501, 80508, 80515, 80522, 80529, 80536, 80543, 80550, 80557, 80564, 80571, 80578, 80585, 80592, 80599, 80606, 80613, 80620, 80627, 80634, 80641, 80648, 80655, 80662, 80669, 80676, 80683, 80690, 80697, 80704, 80711, 80718, 80725, 80732, 80739, 80746, 80753, 80760, 80767, 80774, 80781, 80788, 80795, 80802, 80809, 80816, 80823, 80830, 80837, 80848, 80864, 80875, 80892, 80913, 80928, 80945, 80966, 80988, 81003, 81025, 81035, 81046, 81062, 81065, 81080, 81092, 81107, 81117, 81145, 81167, 81173, 81178, 81183, 81188, 81195, 81200, 81209, 81218, 81223, 81239, 81251, 81267, 81284, 81294, 81311, 81318, 81326, 81336, 81347, 81359, 81374, 81389, 81403, 81418, 81434, 81449, 81465, 81474, 81489, 81495, 81502, 81519, 81524, 81529, 81544, 81563, 81582, 81604, 81619, 81634, 81651, 81658, 81664, 81670, 81677, 81686, 81702, 81715, 81730, 81745, 81763, 81772, 81780, 81788, 81794, 81812, 81834, 81856, 81863, 81871, 81883, 81904, 81924, 81935, 81951, 81968, 81989, 82012, 82034, 82042, 82051, 82069, 82093, 82117, 82145, 82178, 82200, 82227, 82261, 82282, 82301, 82318, 82336, 82358, 82383, 82407, 82434, 82457, 82476, 82492, 82508, 82524, 82542, 82555, 82569, 82583, 82595, 82608, 82619, 82630, 82640, 82647, 82652, 82664, 82681, 82691, 82702, 82718, 82731, 82745, 82759, 82776, 82792, 82804, 82822, 82830, 82839, 82861, 82867, 82874, 82891, 82905, 82921, 82937, 82956, 82971, 82983, 82997, 83011, 83028, 83048, 83067, 83088, 83108, 83128, 83149, 83166, 83182, 83200, 83217, 83234, 83252, 83269, 83285, 83303, 83320, 83337, 83355, 83381, 83406, 83433, 83459, 83485, 83512, 83539, 83565, 83593, 83620, 83647, 83675, 83694, 83712, 83732, 83751, 83770, 83790, 83818, 83845, 83874, 83902, 83930, 83959, 83974, 83988, 84004, 84019, 84034, 84050, 84063, 84075, 84089, 84102, 84115, 84129, 84141, 84152, 84165, 84177, 84189, 84202, 84215, 84227, 84241, 84254, 84267, 84281, 84301, 84320, 84341, 84361, 84381, 84402, 84422, 84442, 84451, 84459, 84471, 84483, 84496, 84510, 84523, 84530, 84548, 84562, 84580, 84599, 84611, 84630, 84641, 84663, 84681, 84703, 84726, 84742, 84765, 84777, 84792, 84806, 84817, 84830, 84847, 84864, 84882, 84901, 84919, 84932, 84948, 84958, 84972, 84986, 85003, 85014, 85029, 85044, 85060, 85077, 85093, 85106, 85122, 85135, 85148, 85164, 85175, 85189, 85200, 85214, 85224, 85238, 85252, 85267, 85283, 85298, 85312, 85321, 85336, 85352, 85361, 85376, 85393, 85411, 85427, 85443, 85460, 85477, 85498, 85519, 85541, 85564, 85586, 85601, 85617, 85634, 85652, 85667, 85685, 85707, 85729, 85752, 85776, 85799, 85814, 85835, 85843, 85850, 85861, 85870, 85878, 85889, 85899, 85905, 85913, 85925, 85937, 85950, 85964, 85977, 85996, 86014, 86036, 86053, 86060, 86070, 86077, 86093, 86113, 86133, 86157, 86175, 86189, 86199, 86211, 86227, 86245, 86260, 86280, 86292, 86307, 86316, 86326, 86349, 86372, 86387, 86404, 86423, 86444, 86453, 86465, 86483, 86501, 86523, 86550, 86571, 86599, 86612, 86631, 86652, 86660, 86664, 86669, 86676, 86679, 86683, 86694, 86699, 86708, 86717, 86727, 86738, 86748, 86756, 86763, 86772, 86779, 86794, 86806, 86821, 86831, 86859, 86881, 86892, 86904, 86921, 86935, 86946, 86957, 86971, 86984, 86994, 87004, 87020, 87032, 87054, 87073, 87092, 87111, 87132, 87148, 87165, 87182, 87197, 87213, 87227, 87241, 87254, 87265, 87275, 87283, 87292, 87302, 87316, 87324, 87331, 87337, 87351, 87364, 87376, 87384, 87393, 87416, 87432, 87453, 87473, 87493, 87513, 87536, 87550, 87571, 87593, 87610, 87628, 87645, 87663, 87678, 87694, 87711, 87726, 87741, 87763, 87776, 87790, 87804, 87811, 87826, 87834, 87842, 87858, 87865, 87879, 87890, 87910, 87934, 87951, 87977, 88001, 88027, 88046, 88055, 88068, 88081, 88095, 88110, 88124, 88135, 88144, 88157, 88170, 88190, 88204, 88219, 88243, 88259, 88279, 88296, 88317, 88343, 88357, 88381, 88407, 88426, 88447, 88472, 88490, 88517, 88542, 88569, 88589, 88600, 88615, 88630, 88652, 88668, 88685, 88711, 88729, 88751, 88770, 88793, 88821, 88837, 88863, 88891, 88912, 88935, 88944, 88957, 88970, 88984, 88999, 89013, 89035, 89054, 89072, 89087, 89093, 89100, 89107, 89111, 89116, 89122, 89129, 89149, 89173, 89197, 89222, 89248, 89273, 89281, 89291, 89310, 89328, 89351, 89369, 89381, 89407, 89433, 89453, 89477, 89486, 89495, 89502, 89510, 89522, 89531, 89548, 89553, 89560, 89568, 89577, 89583, 89590, 89596, 89603, 89621, 89636, 89651, 89666, 89683, 89695, 89708, 89721, 89732, 89744, 89754, 89764, 89773, 89781, 89790, 89799, 89809, 89826, 89848, 89872, 89887, 89909, 89927, 89943, 89966, 89980, 89995, 90003, 90017, 90034, 90038, 90043, 90052, 90068, 90089, 90112, 90126, 90147, 90164, 90179, 90201, 90214, 90228, 90238, 90249, 90255, 90268, 90278, 90297, 90302, 90308, 90321, 90339, 90359, 90370, 90388, 90402, 90414, 90433, 90443, 90452, 90463, 90485, 90504, 90523, 90542, 90563, 90579, 90596, 90613, 90628, 90644, 90658, 90672, 90685, 90696, 90707, 90719, 90734, 90753, 90768, 90782, 90797, 90813, 90831, 90846, 90862, 90868, 90875, 90891, 90901, 90923, 90945, 90955, 90964, 90990, 91021, 91041, 91053, 91066, 91080, 91090, 91101, 91126, 91158, 91177, 91194, 91204, 91215, 91230, 91246, 91266, 91289, 91311, 91336, 91357, 91365, 91382, 91393, 91416, 91439, 91450, 91460, 91487, 91519, 91530, 91542, 91568, 91601, 91619, 91630, 91642, 91666, 91692, 91703, 91715, 91723, 91732, 91741, 91749, 91767, 91782, 91796, 91807, 91814, 91824, 91838, 91852, 91867, 91883, 91898, 91908, 91923, 91937, 91943, 91951, 91958, 91965, 91972, 91979, 91986, 91993, 92000, 92007, 92014, 92021, 92028, 92035, 92042, 92049, 92056, 92063, 92070, 92077, 92084, 92091, 92098, 92105, 92112, 92119, 92126, 92133, 92140, 92147, 92154, 92161, 92168, 92175, 92182, 92201, 92217, 92233, 92249, 92267, 92280, 92294, 92308, 92320, 92333, 92344, 92355, 92365, 92372, 92379, 92386, 92397, 92407, 92417, 92424, 92431, 92438, 92445, 92452, 92459, 92466, 92473, 92480, 92487, 92494, 92502, 92511, 92527, 92549, 92571, 92597, 92628, 92653, 92685, 92702, 92725, 92750, 92764, 92771, 92778, 92785, 92791, 92798, 92805, 92810, 92818, 92824, 92839, 92859, 92868, 92881, 92893, 92900, 92919, 92935, 92950, 92962, 92970, 92979, 92986, 93006, 93023, 93039, 93052, 93074, 93093, 93111, 93126, 93135, 93143, 93153, 93163, 93169, 93179, 93188, 93203, 93221, 93233, 93253, 93276, 93293, 93312, 93331, 93350, 93364, 93378, 93392, 93400, 93418, 93433, 93447, 93458, 93480, 93499, 93517, 93532, 93543, 93553, 93565, 93577, 93588, 93597, 93607, 93618, 93629, 93641, 93654, 93678, 93703, 93719, 93735, 93750, 93766, 93783, 93799, 93816, 93824, 93831, 93841, 93848, 93855, 93862, 93869, 93876, 93884, 93891, 93899, 93906, 93913, 93920, 93940, 93957, 93973, 93986, 93998, 94010, 94015, 94019, 94032, 94044, 94050, 94054, 94059, 94067, 94080, 94088, 94095, 94103, 94112, 94120, 94129, 94141, 94146, 94152, 94167, 94176, 94197, 94218, 94227, 94235, 94260, 94290, 94299, 94309, 94333, 94364, 94380, 94389, 94399, 94415, 94437, 94461, 94467, 94473, 94488, 94502, 94521, 94535, 94543, 94565, 94587, 94603, 94623, 94630, 94637, 94644, 94651, 94658, 94665, 94672, 94679, 94686, 94693, 94700, 94707, 94714, 94721, 94728, 94735, 94742, 94749, 94756, 94763, 94770, 94777, 94784, 94791, 94798, 94805, 94812, 94819, 94828, 94838, 94848, 94859, 94873, 94887, 94900, 94914, 94929, 94943, 94958, 94964, 94971, 94983, 94996, 95009, 95023, 95041, 95060, 95075, 95091, 95104, 95118, 95132, 95147, 95164, 95182, 95194, 95207, 95222, 95238, 95255, 95273, 95288, 95304, 95317, 95331, 95347, 95364, 95383, 95403, 95415, 95428, 95443, 95459, 95472, 95486, 95501, 95516, 95532, 95545, 95562, 95579, 95582, 95588, 95598, 95608, 95619, 95631, 95642, 95648, 95655, 95676, 95694, 95712, 95730, 95750, 95765, 95781, 95797, 95811, 95826, 95839, 95852, 95864, 95878, 95893, 95909, 95925, 95942, 95956, 95971, 95988, 96006, 96025, 96045, 96063, 96082, 96103, 96125, 96138, 96157, 96176, 96199, 96227, 96249, 96278, 96292, 96312, 96334, 96339, 96348, 96358, 96372, 96386, 96401, 96417, 96432, 96437, 96443, 96462, 96478, 96496, 96514, 96535, 96552, 96566, 96582, 96598, 96617, 96622, 96632, 96653, 96670, 96691, 96713, 96728, 96750, 96759, 96779, 96795, 96815, 96836, 96850, 96871, 96876, 96885, 96894, 96905, 96920, 96934, 96948, 96962, 96975, 96988, 96995, 97000, 97009, 97018, 97031, 97041, 97054, 97067, 97075, 97085, 97094, 97108, 97118, 97129, 97140, 97161, 97171, 97185, 97196, 97204, 97214, 97227, 97252, 97267, 97275, 97296, 97316, 97326, 97340, 97353, 97363, 97375, 97387, 97400, 97410, 97423, 97437, 97450, 97460, 97470, 97479, 97489, 97500, 97510, 97528, 97549, 97569, 97589, 97608, 97622, 97635, 97648, 97658, 97667, 97682, 97702, 97719, 97733, 97747, 97764, 97780, 97793, 97806, 97825, 97840, 97857, 97871, 97888, 97900, 97930, 97954, 97968, 97987, 98003, 98016, 98029, 98045, 98060, 98072, 98084, 98102, 98116, 98129, 98147, 98162, 98174, 98186, 98201, 98215, 98226, 98237, 98254, 98267, 98276, 98294, 98316, 98338, 98348, 98358, 98372, 98395, 98415, 98435, 98455, 98477, 98494, 98512, 98530, 98546, 98563, 98578, 98593, 98607, 98612, 98625, 98643, 98658, 98677, 98696, 98706, 98713, 98718, 98736, 98758, 98780, 98803, 98827, 98842, 98861, 98880, 98900, 98921, 98941, 98959, 98981, 99003, 99026, 99050, 99073, 99086, 99103, 99120, 99138, 99157, 99175, 99181, 99202, 99210, 99229, 99244, 99263, 99283, 99296, 99316, 99326, 99351, 99369, 99396, 99421, 99448, 99468, 99494, 99513, 99541, 99567, 99595, 99616, 99624, 99632, 99651, 99666, 99685, 99705, 99718, 99738, 99748, 99759, 99770, 99781, 99803, 99821, 99843, 99866, 99882, 99905, 99914, 99928, 99953, 99974, 99999, 100025, 100044, 100070, 100082, 100088, 100095, 100116, 100134, 100152, 100170, 100190, 100204, 100219, 100237, 100255, 100272, 100290, 100309, 100327, 100346, 100362, 100381, 100400, 100418, 100437, 100457, 100476, 100496, 100512, 100526, 100541, 100554, 100567, 100579, 100586, 100596, 100631, 100659, 100687, 100717, 100746, 100768, 100790, 100814, 100850, 100879, 100917, 100953, 100991, 101022, 101059, 101089, 101128, 101165, 101204, 101236, 101243, 101251, 101263, 101286, 101305, 101328, 101352, 101369, 101393, 101397, 101402, 101415, 101424, 101428, 101433, 101447, 101467, 101487, 101511, 101540, 101563, 101593, 101608, 101629, 101652, 101666, 101686, 101706, 101718, 101732, 101748, 101769, 101788, 101807, 101824, 101848, 101877, 101889, 101902, 101925, 101955, 101976, 101995, 102014, 102033, 102048, 102069, 102092, 102105, 102120, 102140, 102157, 102171, 102185, 102202, 102218, 102231, 102244, 102263, 102278, 102301, 102329, 102354, 102376, 102398, 102423, 102447, 102468, 102489, 102516, 102539, 102550, 102570, 102592, 102609, 102629, 102647, 102666, 102683, 102694, 102705, 102717, 102731, 102741, 102765, 102791, 102812, 102827, 102842, 102858, 102876, 102896, 102920, 102939, 102955, 102975, 102990, 103001, 103013, 103027, 103039, 103057, 103084, 103113, 103137, 103164, 103189, 103215, 103239, 103257, 103275, 103294, 103315, 103332, 103363, 103396, 103424, 103446, 103468, 103491, 103516, 103543, 103574, 103600, 103623, 103650, 103672, 103690, 103709, 103730, 103749, 103768, 103787, 103804, 103826, 103845, 103861, 103877, 103896, 103914, 103929, 103944, 103965, 103982, 104002, 104027, 104049, 104068, 104087, 104109, 104130, 104148, 104166, 104190, 104210, 104233, 104261, 104283, 104312, 104326, 104349, 104374, 104394, 104417, 104438, 104460, 104480, 104494, 104508, 104523, 104540, 104553, 104580, 104609, 104633, 104651, 104669, 104688, 104709, 104732, 104759, 104781, 104800, 104823, 104841, 104855, 104870, 104887, 104902, 104919, 104937, 104960, 104980, 104997, 105014, 105034, 105053, 105069, 105085, 105107, 105125, 105144, 105168, 105189, 105207, 105225, 105246, 105266, 105283, 105300, 105323, 105342, 105359, 105374, 105392, 105415, 105435, 105452, 105469, 105489, 105508, 105524, 105540, 105562, 105580, 105593, 105610, 105628, 105642, 105658, 105679, 105697, 105712, 105727, 105745, 105762, 105782, 105805, 105827, 105848, 105862, 105876, 105896, 105912, 105935, 105956, 105981, 105994, 106005, 106025, 106043, 106065, 106086, 106105, 106128, 106147, 106164, 106185, 106207, 106227, 106251, 106266, 106287, 106306, 106329, 106349, 106371, 106380, 106385, 106399, 106412, 106427, 106439, 106453, 106465, 106479, 106489, 106501, 106511, 106526, 106538, 106547, 106556, 106571, 106591, 106608, 106622, 106636, 106653, 106669, 106682, 106695, 106714, 106729, 106741, 106752, 106760, 106768, 106782, 106792, 106812, 106826, 106838, 106859, 106882, 106900, 106921, 106940, 106960, 106978, 106990, 107002, 107015, 107030, 107041, 107066, 107093, 107115, 107131, 107147, 107164, 107183, 107204, 107229, 107249, 107266, 107287, 107303, 107315, 107328, 107343, 107356, 107375, 107403, 107433, 107458, 107486, 107512, 107539, 107564, 107583, 107602, 107622, 107644, 107662, 107694, 107728, 107757, 107780, 107803, 107827, 107853, 107881, 107913, 107940, 107964, 107992, 108015, 108034, 108054, 108076, 108096, 108116, 108136, 108160, 108189, 108212, 108242, 108260, 108284, 108300, 108316, 108332, 108350, 108372, 108400, 108420, 108440, 108460, 108482, 108508, 108534, 108554, 108584, 108612, 108634, 108656, 108672, 108698, 108722, 108737, 108761, 108787, 108808, 108832, 108854, 108877, 108898, 108913, 108928, 108944, 108962, 108976, 109004, 109034, 109059, 109078, 109097, 109117, 109139, 109163, 109191, 109214, 109234, 109258, 109277, 109292, 109308, 109326, 109342, 109357, 109378, 109401, 109412, 109427, 109442, 109458, 109475, 109491, 109501, 109515, 109529, 109544, 109560, 109575, 109587, 109593, 109602, 109610, 109619, 109631, 109643, 109654, 109666, 109679, 109691, 109704, 109719, 109729, 109744, 109765, 109786, 109811, 109841, 109865, 109896, 109912, 109934, 109958, 109966, 109975, 109979, 109989, 109998, 110018, 110034, 110054, 110075, 110089, 110110, 110117, 110129, 110152, 110171, 110194, 110218, 110235, 110259, 110264, 110273, 110281, 110290, 110297, 110310, 110324, 110334, 110345, 110361, 110370, 110382, 110407, 110429, 110451, 110473, 110497, 110516, 110536, 110556, 110574, 110593, 110610, 110627, 110643, 110653, 110674, 110691, 110712, 110734, 110749, 110771, 110780, 110790, 110801, 110817, 110823, 110831, 110843, 110863, 110880, 110892, 110905, 110919, 110935, 110948, 110957, 110972, 110978, 110992, 111003, 111015, 111027, 111040, 111058, 111070, 111081, 111096, 111112, 111122, 111126, 111130, 111140, 111153, 111160, 111175, 111193, 111205, 111219, 111233, 111247, 111256, 111265, 111274, 111285, 111299, 111307, 111323, 111342, 111355, 111370, 111385, 111400, 111410, 111420, 111430, 111438, 111443, 111462, 111470, 111478, 111493, 111513, 111538, 111560, 111582, 111604, 111628, 111647, 111667, 111687, 111705, 111724, 111741, 111758, 111774, 111788, 111808, 111828, 111852, 111881, 111904, 111934, 111949, 111970, 111993, 112001, 112006, 112015, 112022, 112034, 112045, 112062, 112085, 112100, 112115, 112130, 112147, 112168, 112195, 112214, 112233, 112252, 112273, 112298, 112323, 112342, 112371, 112398, 112419, 112440, 112455, 112480, 112503, 112510, 112520, 112535, 112556, 112569, 112582, 112595, 112610, 112629, 112654, 112671, 112688, 112705, 112724, 112747, 112770, 112787, 112814, 112839, 112858, 112877, 112890, 112913, 112934, 112946, 112958, 112971, 112986, 113007, 113032, 113057, 113075, 113088, 113104, 113127, 113154, 113181, 113201, 113221, 113234, 113249, 113268, 113287, 113299, 113311, 113324, 113332, 113346, 113367, 113392, 113417, 113435, 113453, 113464, 113477, 113492, 113509, 113531, 113551, 113571, 113589, 113602, 113616, 113638, 113658, 113678, 113698, 113709, 113722, 113737, 113757, 113775, 113793, 113809, 113820, 113832, 113852, 113870, 113888, 113906, 113923, 113937, 113953, 113969, 113988, 114005, 114019, 114032, 114042, 114061, 114077, 114092, 114104, 114112, 114134, 114155, 114178, 114199, 114223, 114246, 114265, 114285, 114309, 114327, 114344, 114362, 114381, 114395, 114412, 114430, 114450, 114469, 114484, 114500, 114520, 114544, 114558, 114571, 114598, 114625, 114648, 114675, 114704, 114737, 114760, 114788, 114816, 114840, 114868, 114898, 114932, 114956, 114966, 114986, 115006, 115022, 115039, 115059, 115080, 115096, 115118, 115133, 115159, 115175, 115183, 115193, 115207, 115224, 115235, 115247, 115269, 115290, 115313, 115331, 115352, 115371, 115393, 115417, 115440, 115458, 115477, 115497, 115521, 115538, 115555, 115573, 115595, 115612, 115630, 115647, 115668, 115690, 115709, 115726, 115740, 115757, 115772, 115788, 115807, 115825, 115845, 115858, 115872, 115887, 115905, 115917, 115933, 115952, 115966, 115982, 116001, 116012, 116027, 116045, 116060, 116076, 116096, 116109, 116131, 116155, 116168, 116184, 116197, 116213, 116225, 116242, 116258, 116275, 116287, 116300, 116313, 116323, 116335, 116347, 116362, 116366, 116378, 116401, 116420, 116443, 116467, 116484, 116508, 116518, 116537, 116553, 116573, 116593, 116601, 116608, 116615, 116632, 116654, 116675, 116691, 116699, 116712, 116725, 116742, 116757, 116771, 116785, 116796, 116806, 116824, 116843, 116857, 116871, 116890, 116909, 116933, 116957, 116978, 116997, 117020, 117042, 117066, 117086, 117111, 117129, 117150, 117166, 117187, 117204, 117219, 117235, 117249, 117263, 117271, 117279, 117288, 117302, 117313, 117332, 117339, 117349, 117361, 117380, 117396, 117410, 117428, 117445, 117466, 117492, 117517, 117537, 117558, 117581, 117599, 117619, 117644, 117656, 117668, 117681, 117696, 117713, 117728, 117748, 117769, 117785, 117806, 117832, 117857, 117877, 117893, 117914, 117927, 117946, 117970, 117993, 118011, 118022, 118038, 118055, 118067, 118086, 118101, 118108, 118125, 118142, 118164, 118185, 118201, 118221, 118233, 118250, 118263, 118276, 118292, 118300, 118309, 118320, 118332, 118341, 118356, 118376, 118395, 118409, 118414, 118425, 118437, 118455, 118478, 118498, 118515, 118532, 118552, 118571, 118587, 118603, 118625, 118643, 118657, 118675, 118687, 118706, 118723, 118743, 118762, 118786, 118807, 118825, 118843, 118864, 118884, 118901, 118918, 118941, 118960, 118973, 118986, 119001, 119021, 119046, 119068, 119087, 119106, 119128, 119149, 119167, 119185, 119209, 119229, 119250, 119276, 119299, 119319, 119339, 119362, 119384, 119403, 119422, 119447, 119468, 119484, 119500, 119512, 119523, 119534, 119544, 119560, 119576, 119588, 119601, 119621, 119641, 119662, 119680, 119694, 119704, 119721, 119740, 119761, 119776, 119796, 119814, 119840, 119853, 119867, 119880, 119894, 119903, 119919, 119933, 119948, 119962, 119973, 119986, 120003, 120015, 120028, 120037, 120047, 120065, 120076, 120088, 120099, 120113, 120125, 120146, 120170, 120193, 120215, 120229, 120245, 120261, 120275, 120291, 120302, 120308, 120324, 120337, 120359, 120383, 120402, 120424, 120444, 120465, 120484, 120497, 120510, 120524, 120540, 120552, 120578, 120606, 120629, 120646, 120663, 120681, 120701, 120723, 120749, 120770, 120788, 120810, 120827, 120840, 120854, 120870, 120884, 120893, 120899, 120913, 120931, 120943, 120955, 120967, 120981, 120999],
        },
        rules: &[
            (0, "override-earlier-instructions", Anchor::Any(&[Anchor::All(&[Anchor::Lits(&[2927, 2976, 3012, 3151, 3160, 3923, 3934, 3943, 3952, 4605, 4892, 5492, 5503, 5715, 5751, 5823, 6167, 6650]), Anchor::Lits(&[2505, 2819, 3199, 3205, 3212, 3310, 3321, 3330, 3337, 3353, 3366, 3388, 3394, 3401, 3417, 3430, 3681, 3783, 4139, 4145, 4245, 4252, 5079, 5103, 5115, 5130, 5147, 5158, 5174, 5227, 5320, 5327, 5350, 5367, 5384, 5561, 5875, 5923, 5967, 6088, 6093, 6099, 6105, 6635, 6641, 6727]), Anchor::Lits(&[2518, 2558, 3465, 3680, 3795, 3881, 3975, 4457, 5225, 5281, 5381, 5432, 5447, 5448, 5466, 5553, 5833, 5882, 6161])]), Anchor::All(&[Anchor::Lits(&[2505, 2819, 3199, 3205, 3212, 3310, 3321, 3330, 3337, 3353, 3366, 3388, 3394, 3401, 3417, 3430, 3681, 3783, 4139, 4145, 4245, 4252, 5079, 5103, 5115, 5130, 5147, 5158, 5174, 5227, 5320, 5327, 5350, 5367, 5384, 5561, 5875, 5923, 5967, 6088, 6093, 6099, 6105, 6635, 6641, 6727]), Anchor::Lits(&[2927, 2976, 3024, 3048, 3088, 3151, 3169, 3591, 3934, 3943, 3961, 4430, 4543, 4614, 4943, 5276, 5492, 5503, 5697, 5762, 5823, 6085, 6167, 6222, 6225, 6512, 6650]), Anchor::Lits(&[7, 56, 495, 599, 606, 708, 739, 836, 1131, 1148, 1187, 1237, 1252, 1253, 1259, 1296, 1418, 1433, 1599])]), Anchor::All(&[Anchor::Lits(&[6, 203, 682, 683, 718, 1306, 1517, 1786, 1787, 2011, 2042, 2082, 2125, 2129, 2479]), Anchor::Lits(&[2927, 2976, 3012, 3151, 3160, 3923, 3934, 3943, 3952, 4605, 4892, 5492, 5503, 5715, 5751, 5823, 6167, 6650]), Anchor::Lits(&[2505, 2819, 3199, 3205, 3212, 3310, 3321, 3330, 3337, 3353, 3366, 3388, 3394, 3401, 3417, 3430, 3681, 3783, 4139, 4145, 4245, 4252, 5079, 5103, 5115, 5130, 5147, 5158, 5174, 5227, 5320, 5327, 5350, 5367, 5384, 5561, 5875, 5923, 5967, 6088, 6093, 6099, 6105, 6635, 6641, 6727])])])),
            (1, "override-all-instructions", Anchor::Any(&[Anchor::Lits(&[398, 399, 405, 741, 742, 837, 858, 1045, 1149, 1235, 1241, 1290, 1603, 1605, 1612]), Anchor::All(&[Anchor::Lits(&[2927, 2976, 3151, 3160, 3923, 3934, 3943, 3952, 4605, 5492, 5503, 5762, 5823, 6167, 6650]), Anchor::Lits(&[2505, 2819, 3199, 3205, 3212, 3310, 3321, 3330, 3337, 3353, 3366, 3388, 3394, 3401, 3417, 3430, 3681, 3783, 4139, 4145, 4245, 4252, 5079, 5103, 5115, 5130, 5147, 5158, 5174, 5227, 5320, 5327, 5350, 5367, 5384, 5561, 5875, 5923, 5967, 6088, 6093, 6099, 6105, 6635, 6641, 6727]), Anchor::Lits(&[2563, 2668, 3568, 7172])]), Anchor::All(&[Anchor::Lits(&[2926, 3160, 3932, 3952, 4605, 4891, 5503, 5714, 5751, 5821, 5834]), Anchor::Lits(&[2505, 2819, 3199, 3205, 3212, 3310, 3321, 3330, 3337, 3353, 3366, 3388, 3394, 3401, 3417, 3430, 3681, 3783, 4139, 4145, 4245, 4252, 5079, 5103, 5115, 5130, 5147, 5158, 5174, 5227, 5320, 5327, 5350, 5367, 5384, 5561, 5875, 5923, 5967, 6088, 6093, 6099, 6105, 6635, 6641, 6727]), Anchor::Lits(&[2668, 3442, 3568])]), Anchor::All(&[Anchor::Lits(&[2656, 2657, 2658, 2659, 2660, 2661, 2662, 2663, 2664, 2665, 2666, 5244, 5245, 5246, 5247, 5248, 5249, 5250, 5251, 5252, 5253, 5254, 6020, 6021, 6022, 6023, 6024, 6025, 6026, 6027, 6028, 6029, 6030, 6037, 6038, 6039, 6040, 6041, 6042, 6043, 6044, 6045, 6046, 6047, 6048, 6049, 6050, 6051, 6052, 6053, 6054, 6055, 6056, 6057, 6058, 6261, 6262, 6263, 6264, 6265, 6266, 6267, 6268, 6269, 6270, 6271, 6272, 6273, 6274, 6275, 6276, 6277, 6278, 6279, 6280, 6281, 6282, 6345, 6346, 6347, 6348, 6349, 6350, 6351, 6352, 6353, 6354, 6355, 6356, 6357, 6358, 6359, 6360, 6361, 6362, 6363, 6364, 6365, 6366, 6402, 6403, 6404, 6405, 6406, 6407, 6408, 6409, 6410, 6411, 6412, 6413, 6414, 6415, 6416, 6417, 6418, 6419, 6420, 6421, 6422, 6423, 6426, 6427, 6428, 6429, 6430, 6431, 6432, 6433, 6434, 6435, 6436, 6441, 6442, 6443, 6444, 6445, 6446, 6447, 6452, 6453, 6454, 6455, 6490, 6491, 6492, 6493, 6494, 6495, 6496, 6497, 6498, 6499, 6500, 6501, 6502, 6503, 6504, 6505, 6506, 6507, 6508, 6509, 6510, 6511, 7175, 7176, 7177, 7178, 7179, 7180, 7181, 7182, 7183, 7184, 7185, 7192, 7193, 7194, 7195, 7196, 7197, 7198, 7199, 7200, 7201, 7202, 7206, 7207, 7208, 7209, 7210, 7211, 7212, 7213, 7214, 7215, 7216, 7217, 7218, 7219, 7220, 7221, 7222, 7223, 7224, 7225, 7226, 7227]), Anchor::Lits(&[253, 267, 292, 320, 332, 336, 340, 423, 424, 426, 513, 557, 731, 732, 733, 734, 735, 855, 857, 991, 993, 1057, 1058, 1059, 1234, 1257, 1287, 1289, 1293, 1363, 1364, 1389, 1416, 1417, 1419, 1606, 1607, 1747])]), Anchor::All(&[Anchor::Lits(&[2506, 2507, 2509, 2510, 2820, 2821, 2823, 2824, 3200, 3201, 3202, 3203, 3206, 3207, 3208, 3209, 3213, 3224, 3246, 3248, 3311, 3312, 3314, 3315, 3322, 3323, 3324, 3325, 3331, 3332, 3333, 3334, 3338, 3339, 3340, 3341, 3354, 3355, 3356, 3357, 3367, 3368, 3369, 3370, 3389, 3390, 3391, 3392, 3395, 3396, 3397, 3398, 3402, 3403, 3404, 3405, 3418, 3419, 3420, 3421, 3431, 3432, 3433, 3434, 3682, 3683, 3684, 3685, 3686, 3697, 3719, 3721, 3784, 3785, 3787, 3788, 4140, 4141, 4142, 4143, 4146, 4157, 4179, 4181, 4246, 4247, 4248, 4249, 4253, 4254, 4256, 4257, 5080, 5081, 5082, 5083, 5104, 5105, 5106, 5107, 5116, 5117, 5118, 5119, 5131, 5132, 5133, 5134, 5148, 5149, 5150, 5151, 5159, 5160, 5161, 5162, 5175, 5176, 5177, 5178, 5228, 5229, 5230, 5231, 5321, 5322, 5323, 5324, 5328, 5329, 5331, 5332, 5351, 5352, 5354, 5355, 5368, 5369, 5370, 5371, 5385, 5386, 5387, 5388, 5562, 5563, 5564, 5565, 5876, 5877, 5878, 5879, 5924, 5925, 5926, 5927, 5968, 5969, 5978, 5980, 6089, 6090, 6091, 6092, 6094, 6095, 6096, 6097, 6100, 6101, 6102, 6103, 6106, 6107, 6108, 6109, 6636, 6637, 6638, 6639, 6642, 6643, 6644, 6645, 6728, 6731, 6732, 6733]), Anchor::Lits(&[1140, 1630, 1649, 1991, 2007, 2011, 2026, 2066, 2070, 2125, 2479])]), Anchor::All(&[Anchor::Lits(&[562, 563, 564, 565, 566, 567, 568, 569, 570, 571, 572, 573, 574, 575, 576, 577, 578, 579, 580, 581, 582, 583, 584, 585, 586, 587, 588, 589, 590, 591, 592, 593, 594, 595, 596, 597, 598, 907, 1624, 1734, 1735]), Anchor::Lits(&[2927, 2976, 3151, 3160, 3923, 3934, 3943, 3952, 4605, 5492, 5503, 5762, 5823, 6167, 6650]), Anchor::Lits(&[2505, 2819, 3199, 3205, 3212, 3310, 3321, 3330, 3337, 3353, 3366, 3388, 3394, 3401, 3417, 3430, 3681, 3783, 4139, 4145, 4245, 4252, 5079, 5103, 5115, 5130, 5147, 5158, 5174, 5227, 5320, 5327, 5350, 5367, 5384, 5561, 5875, 5923, 5967, 6088, 6093, 6099, 6105, 6635, 6641, 6727])])])),
            (2, "override-everything-before", Anchor::All(&[Anchor::Lits(&[6, 190, 494, 830, 832, 1255, 1268, 1517, 1786, 1787, 1970, 1972, 1973, 1985, 1987, 1989, 1990, 2012, 2013, 2014, 2015, 2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025, 2038, 2042, 2043, 2049, 2050, 2051, 2053, 2055, 2060, 2061, 2116, 2117, 2118, 2119, 2120, 2121, 2122, 2124, 2125, 2126, 2127, 2128, 2129, 2130, 2142, 2143, 2144, 2145, 2146, 2147, 2148, 2475, 2479, 2480, 2486, 2487, 2488, 2490, 2491]), Anchor::Lits(&[3, 259, 429, 431, 433, 437, 439, 448, 452, 457, 460, 476, 480, 484, 489, 492, 601, 605, 808, 813, 820, 826, 1064, 1072, 1076, 1082, 1097, 1110, 1123, 1138, 1155, 1158, 1161, 1163, 1189, 1316, 1428, 1476, 1516, 1545, 1547, 1549, 1551, 1738, 1740, 1779]), Anchor::Lits(&[2562, 2670, 3591, 6880])])),
            (3, "override-the-above", Anchor::All(&[Anchor::Lits(&[7, 204, 1238, 1254]), Anchor::Lits(&[2, 258, 428, 430, 432, 438, 447, 451, 456, 459, 475, 479, 483, 488, 491, 600, 807, 812, 825, 1063, 1071, 1075, 1081, 1096, 1109, 1122, 1137, 1154, 1157, 1160, 1162, 1188, 1315, 1427, 1475, 1515, 1544, 1546, 1548, 1550, 1737, 1739, 1778])])),
            (4, "override-bare-instructions", Anchor::Lits(&[259, 433, 601, 813, 1076, 1082, 1158, 1189, 1547, 1551])),
            (5, "override-misspelled", Anchor::Lits(&[4112, 4113, 4114, 4115, 4116, 4117, 4118, 4119, 4120, 4121, 4122, 4123, 4124, 4125, 4126, 4127, 4128, 4129, 4130, 4131, 4132, 4133, 4134, 4135, 4136, 4137, 4138, 4145, 4264, 4265, 4266, 4267, 4268, 4269, 4270, 4271, 4272, 4273, 4274, 4275, 4276, 4277, 4278, 4279, 4280, 4281, 4282, 4283, 4284, 4285, 4286, 4287, 4288, 4289, 4290, 4291, 4292, 4293, 4294, 4295, 4296, 4297, 4298, 4299, 4431, 4432, 4433, 4434, 4435, 4436, 4437, 4438, 4439, 4440, 4441, 4442, 4443, 4444, 4445, 4446, 4511, 4512, 4513, 4514, 4515, 4516, 4517, 4518, 4519, 4520, 4521, 4522, 4523, 4524, 4525, 4526, 4527, 4528, 4529, 4530, 4531, 4532, 4533, 4534, 4535, 4536, 4537, 4538, 4539, 4540, 4541, 4542, 4551, 4552, 4553, 4554, 4555, 4556, 4557, 4558, 4559, 4560, 4561, 4562, 4563, 4564, 4565, 4566, 4725, 4726, 4727, 4728, 4729, 4730, 4731, 4732, 4733, 4734, 4735, 4736, 4737, 4738, 4739, 4740, 4741, 4742, 4743, 4744, 4745, 4746, 4747, 4748, 4749, 4750, 4751, 4752, 4753, 4754, 4755, 4756, 4757, 4758, 4759, 4760, 4761, 4762, 4763, 4764, 4765, 4766, 4767, 4768, 4769, 4770, 4771, 4772, 4773, 4774, 4775, 4776, 4777, 4778, 4779, 4780, 4781, 4782, 4783, 4784, 4785, 4786, 4787, 4788, 4789, 4790, 4791, 4792, 4793, 4794, 4795, 4796, 4797, 4798, 4799, 4800, 4801, 4802, 4803, 4804, 4805, 4806, 4807, 4808, 4809, 4810, 4811, 4812, 4813, 4814, 4815, 4816, 4817, 4818, 4819, 4820, 4821, 4822, 4823, 4824, 4825, 4826, 4827, 4828, 4829, 4830, 4831, 4832, 4833, 4834, 4835, 4836, 4837, 4838, 4839, 4840, 4841, 4842, 4843, 4844, 4845, 4846, 4847, 4848, 4849, 4850, 4851, 4852, 5572, 5573, 5574, 5575, 5576, 5577, 5578, 5579, 5580, 5581, 5582, 5583, 5584, 5585, 5586, 5587, 5588, 5589, 5590, 5591, 5592, 5593, 5594, 5595, 5596, 5597, 5598, 5599, 5600, 5601, 5602, 5603, 5604, 5618, 5619, 5620, 5625, 5626, 5627, 5628, 5629, 5630, 5631, 5632, 5633, 5729, 5730, 5731, 5732, 5733, 5735, 5737, 5738, 5739, 5793, 5794, 5795, 5796, 5797, 5798, 5799, 5800, 5801, 5802, 5803, 5804, 5805, 5806, 5807, 5808, 5809, 5810, 5811, 5812, 5813, 5814, 5815, 5816, 5817, 5818, 5819])),
            (6, "override-previous-context", Anchor::Any(&[Anchor::All(&[Anchor::Lits(&[2505, 2819, 3199, 3205, 3212, 3310, 3321, 3330, 3337, 3353, 3366, 3388, 3394, 3401, 3417, 3430, 3681, 3783, 4139, 4145, 4245, 4252, 5079, 5103, 5115, 5130, 5147, 5158, 5174, 5227, 5320, 5327, 5350, 5367, 5384, 5561, 5875, 5923, 5967, 6088, 6093, 6099, 6105, 6635, 6641, 6727]), Anchor::Lits(&[279, 291, 343, 346, 422, 721, 806, 850, 1048, 1126, 1145, 1191, 1288, 1627]), Anchor::Lits(&[2517, 2557, 3464, 3679, 3794, 3880, 3974, 4456, 5224, 5280, 5380, 5431, 5446, 5465, 5552, 5832, 5881, 6160])]), Anchor::All(&[Anchor::Lits(&[2514, 2516, 2637, 2831, 3204, 3210, 3308, 3319, 3326, 3342, 3358, 3393, 3406, 3422, 3781, 3792, 4144, 4242, 4251, 4261, 5084, 5108, 5120, 5135, 5152, 5163, 5179, 5220, 5232, 5325, 5339, 5362, 5372, 5389, 5566, 5880, 5928, 6018, 6098, 6104, 6110, 6640, 6646, 6735]), Anchor::Lits(&[2736, 3046, 3883, 4109, 4867, 4975, 5209, 5403, 5560, 5747, 6221])])])),
            (7, "override-rules-that-bind-you", Anchor::Lits(&[1631, 1632, 1633, 1634, 1635, 1638, 1639, 1640, 1641, 1647, 1648, 1650, 1651, 1656, 1657, 1658, 1659, 1662, 1663, 1665, 1666, 1667, 1668, 1670, 1671, 1672, 1673, 1814, 1815, 1816, 1817, 1818, 1821, 1822, 1823, 1824, 1830, 1831, 1832, 1833, 1838, 1839, 1840, 1841, 1844, 1845, 1846, 1847, 1848, 1849, 1851, 1852, 1853, 1854])),
            (8, "override-everything-then-order", Anchor::Lits(&[434, 435, 436, 602, 603, 604, 814, 815, 816, 1077, 1078, 1079, 1083, 1084, 1085, 1429, 1430, 1431])),
            (9, "hijack-the-content", Anchor::Any(&[Anchor::All(&[Anchor::Lits(&[3213, 3224, 3236, 3237, 3239, 3241, 3242, 3243, 3244, 3245, 3247, 3259, 3260, 3261, 3263, 3265, 3266, 3267, 3268, 3269, 3270, 3273, 3276, 3278, 3279, 3280, 3281, 3282, 3283, 3284, 3286, 3287, 3288, 3289, 3291, 3292, 3293, 3295, 3296, 3297, 3299, 3300, 3301, 3302, 3303, 3304, 3305, 3306, 3686, 3697, 3709, 3710, 3712, 3714, 3715, 3716, 3717, 3718, 3720, 3732, 3733, 3734, 3736, 3738, 3739, 3740, 3741, 3742, 3743, 3746, 3749, 3751, 3752, 3753, 3754, 3755, 3756, 3757, 3759, 3760, 3761, 3762, 3764, 3765, 3766, 3768, 3769, 3770, 3772, 3773, 3774, 3775, 3776, 3777, 3778, 3779, 4146, 4157, 4169, 4170, 4172, 4174, 4175, 4176, 4177, 4178, 4180, 4192, 4193, 4194, 4196, 4198, 4199, 4200, 4201, 4202, 4203, 4206, 4209, 4211, 4212, 4213, 4214, 4215, 4216, 4217, 4219, 4220, 4221, 4222, 4224, 4225, 4226, 4228, 4229, 4230, 4233, 4234, 4235, 4236, 4237, 4238, 4239, 4240, 5968, 5969, 5970, 5971, 5972, 5973, 5974, 5975, 5976, 5977, 5979, 5981, 5982, 5983, 5984, 5985, 5986, 5987, 5988, 5989, 5990, 5991, 5992, 5993, 5994, 5995, 5996, 5997, 5998, 5999, 6000, 6001, 6002, 6003, 6004, 6005, 6006, 6007, 6008, 6009, 6010, 6011, 6012, 6013, 6014, 6015, 6016, 6017]), Anchor::Lits(&[2655, 2884, 3107, 3662, 3663, 3664, 5311, 5312, 5313, 5462, 5463, 5464, 5680, 5681, 5682, 5708, 5709, 5874, 6079, 6223, 6224, 7058])]), Anchor::All(&[Anchor::Lits(&[3214, 3215, 3216, 3217, 3218, 3219, 3220, 3221, 3222, 3223, 3225, 3226, 3227, 3228, 3229, 3230, 3231, 3232, 3233, 3235, 3238, 3240, 3249, 3250, 3251, 3252, 3253, 3254, 3255, 3256, 3257, 3258, 3262, 3264, 3271, 3272, 3274, 3275, 3277, 3290, 3687, 3688, 3689, 3690, 3691, 3692, 3693, 3694, 3695, 3696, 3698, 3699, 3700, 3701, 3702, 3703, 3704, 3705, 3706, 3708, 3711, 3713, 3722, 3723, 3724, 3725, 3726, 3727, 3728, 3729, 3730, 3731, 3735, 3737, 3744, 3745, 3747, 3748, 3750, 3763, 4147, 4148, 4149, 4150, 4151, 4152, 4153, 4154, 4155, 4156, 4158, 4159, 4160, 4161, 4162, 4163, 4164, 4165, 4166, 4168, 4171, 4173, 4182, 4183, 4184, 4185, 4186, 4187, 4188, 4189, 4190, 4191, 4195, 4197, 4204, 4205, 4207, 4208, 4210, 4223]), Anchor::Lits(&[102, 257, 516, 1151])])])),
            (10, "instructions-void", Anchor::All(&[Anchor::Lits(&[2928, 2977, 3013, 3152, 3161, 3170, 3924, 3935, 3944, 3953, 3962, 4606, 4615, 4893, 5493, 5504, 5532, 5716, 5752, 5763, 5824, 6168, 6176, 6651]), Anchor::Lits(&[0, 262, 263, 391, 393, 427, 507, 542, 543, 729, 817, 864, 866, 948, 1099, 1104, 1112, 1114, 1120, 1121, 1127, 1129, 1152, 1153, 1156, 1352, 1353, 1355, 1356, 1391, 1566, 1583, 1807, 1871, 1961, 3329, 3347, 3381, 3382, 3383, 3384, 3387, 3411, 5143, 5144, 5145, 5146, 5153, 5154, 5155, 5156]), Anchor::Lits(&[7, 56, 68, 101, 495, 599, 606, 708, 739, 836, 1131, 1148, 1187, 1237, 1252, 1253, 1259, 1296, 1418, 1433, 1599, 1674, 1732, 1736, 2149])])),
            (11, "instructions-superseded", Anchor::All(&[Anchor::Lits(&[290, 292, 424, 426, 855, 857, 1043, 1044, 1144, 1146, 1289, 1416]), Anchor::Lits(&[7, 56, 68, 101, 495, 514, 599, 606, 708, 739, 836, 1131, 1148, 1150, 1187, 1237, 1252, 1253, 1259, 1296, 1418, 1433, 1599, 2149]), Anchor::Lits(&[39, 560, 926, 1060, 1086, 1344, 1731, 1733, 1752, 1788])])),
            (12, "stop-following-instructions", Anchor::All(&[Anchor::Lits(&[4, 5, 41, 42, 294, 295, 559, 561, 771, 772, 998, 999, 1124, 1125, 1357, 1358, 1541, 1542]), Anchor::Lits(&[2928, 2977, 3013, 3084, 3085, 3132, 3147, 3152, 3161, 3170, 3924, 3935, 3944, 3953, 3962, 4606, 4615, 4893, 4917, 4918, 5271, 5272, 5377, 5378, 5493, 5504, 5532, 5716, 5752, 5763, 5824, 6168, 6176, 6649, 6651]), Anchor::Lits(&[266, 442, 472, 1065, 1090, 1108, 1340, 1543, 1976, 1992, 2067, 2069, 2094, 2096, 2458])])),
            (13, "discredit-earlier-text", Anchor::Any(&[Anchor::Lits(&[2564, 2565, 2566, 2571, 2572, 2574, 2575, 2576, 2635, 2636, 2651, 2652, 2653, 2654, 2671, 2672, 2673, 2678, 2679, 2681, 2682, 2683, 2700, 2701, 2936, 2937, 2938, 2940, 2941, 2942, 2943, 2944, 2945, 2946, 2947, 2948, 2949, 2950, 2951, 2952, 2953, 2954, 2955, 2956, 2957, 2958, 2959, 2960, 2961, 2963, 2966, 2969, 2972, 2974, 3002, 3003, 3004, 3005, 3006, 3007, 3008, 3009, 3010, 3011, 3025, 3026, 3027, 3033, 3034, 3035, 3036, 3043, 3044, 3045, 3592, 3593, 3594, 3599, 3600, 3602, 3603, 3604, 3621, 3622, 3626, 3627, 3628, 3629, 3630, 3631, 3665, 3667, 3668, 3669, 4616, 4619, 4620, 4623, 4624, 4628, 4629, 4632, 4638, 4640, 4868, 4869, 4870, 4871, 4872, 4873, 4911, 4912, 4913, 4914, 4945, 4946, 4947, 4948, 4949, 4951, 4952, 4954, 4958, 4960, 5180, 5181, 5182, 5183, 5185, 5186, 5187, 5188, 5189, 5190, 5191, 5192, 5193, 5194, 5196, 5199, 5202, 5205, 5207, 5210, 5211, 5212, 5213, 5214, 5215, 5216, 5217, 5218, 5219, 5237, 5238, 5239, 5240, 5241, 5242, 5505, 5507, 5508, 5511, 5512, 5519, 5520, 5522, 5528, 5530, 5533, 5535, 5536, 5539, 5540, 5543, 5544, 5545, 5548, 5549, 5637, 5638, 5639, 5640, 5641, 5642, 5643, 5644, 5645, 5646, 5764, 5766, 5767, 5770, 5771, 5774, 5775, 5776, 5780, 5781, 5911, 5912, 5913, 5914, 5915, 5916, 5917, 5918, 5919, 5920, 6031, 6032, 6033, 6034, 6035, 6036, 6192, 6193, 6194, 6195, 6196, 6197, 6198, 6199, 6227, 6228, 6229, 6230, 6231, 6232, 6233, 6234, 6235, 6236, 6237, 6238, 6239, 6247, 6248, 6251, 6252, 6257, 6258, 6259, 6260, 6343, 6344, 6367, 6368, 6369, 6370, 6440, 6477, 6478, 6513, 6574, 6575, 6576, 6577, 6578, 6579, 6632, 6633, 6634, 6661, 6662, 6663, 6664, 6665, 6666, 6667, 6668, 6669, 6670, 6796, 6797, 6798, 6799, 6800, 6801, 6802, 6803, 6804, 6805]), Anchor::All(&[Anchor::Lits(&[128, 129, 130, 131, 132, 133, 134, 135, 136, 137, 138, 139, 140, 141, 142, 143, 144, 145, 146, 147, 148, 149, 150, 151, 152, 153, 154, 155, 156, 157, 158, 159, 160, 161, 162, 163, 949, 950, 951, 952, 953, 954, 955, 956, 957, 958, 959, 960, 961, 962, 963, 964, 965, 966]), Anchor::Lits(&[2927, 2976, 3012, 3151, 3160, 3923, 3934, 3943, 3952, 4605, 4892, 5492, 5503, 5715, 5751, 5823, 6167, 6650])])])),
            (14, "permission-to-ignore", Anchor::All(&[Anchor::Lits(&[179, 287, 785, 786, 787, 788, 792, 793, 794, 795, 796, 797, 798, 799, 800, 801, 802, 803, 804, 805, 1190, 1967, 2005, 2006, 2027, 2028, 2029, 2030, 2031, 2032, 2033, 2034, 2035, 2037, 2039, 2040, 2041, 2044, 2047, 2048, 2052, 2054, 2056, 2058, 2062, 2063, 2064, 2068, 2093, 2095, 2100, 2101, 2102, 2103, 2104, 2105, 2106, 2107, 2108, 2109, 2110, 2111, 2112, 2113, 2114, 2115, 2131, 2141, 2452, 2465, 2466, 2467, 2468, 2469, 2470, 2471, 2472, 2474, 2476, 2477, 2478, 2481, 2484, 2485, 2489]), Anchor::Lits(&[2713, 2715, 2717, 2719, 2723, 2724, 2726, 2740, 2741, 2743, 2781, 2864, 2928, 2977, 3001, 3013, 3029, 3030, 3040, 3152, 3161, 3170, 3491, 3553, 3645, 3921, 3922, 3924, 3933, 3935, 3944, 3953, 3962, 4503, 4504, 4506, 4508, 4510, 4606, 4615, 4893, 4904, 4980, 4983, 4990, 4993, 5411, 5460, 5493, 5504, 5532, 5635, 5636, 5712, 5713, 5716, 5763, 5822, 5824, 5835, 5837, 5841, 5843, 5849, 5851, 5853, 5857, 5859, 5865, 5867, 5868, 5897, 5898, 5902, 5904, 5906, 5908, 6168, 6176, 6651, 6672]), Anchor::Lits(&[2782, 2819, 2870, 3184, 3212, 3554, 3681, 4145, 5327, 5967, 6806])])),
            (15, "deceive-the-user", Anchor::Any(&[Anchor::Lits(&[773, 774, 775, 776, 777, 778, 779, 780, 781, 782, 1789, 1790, 1791, 1792, 1793, 1794, 1795, 1796, 1797, 1798, 4002, 4003, 4004, 4005, 7015, 7039, 7040, 7042]), Anchor::All(&[Anchor::Lits(&[2826, 2828, 2830, 2831, 3293, 3297, 3307, 3308, 3766, 3770, 3780, 3781, 4226, 4230, 4241, 4242]), Anchor::Lits(&[4006, 5270, 5684, 6751])]), Anchor::All(&[Anchor::Lits(&[3327, 3328, 3343, 3344, 3345, 3346, 3348, 3349, 3351, 3352, 3362, 3363, 3364, 3365, 3385, 3386, 3407, 3408, 3409, 3410, 3412, 3413, 3415, 3416, 3426, 3427, 3428, 3429, 5099, 5100, 5109, 5110, 5111, 5112, 5113, 5114, 5121, 5122, 5126, 5127, 5128, 5129, 6980, 6981, 7017, 7018, 7019, 7020, 7023, 7024, 7026, 7027, 7034, 7035, 7036, 7037]), Anchor::Lits(&[4007, 4008, 4009, 4010, 4011, 4012, 4013, 4014, 4015, 4016, 4017, 4018, 5685, 5686, 5687, 5688, 5689, 5690, 5691, 5692, 5693, 5694, 5695, 5696, 6752, 6753, 6754, 6755, 6756, 6757, 6758, 6759, 6760, 6761, 6762, 6763, 6764, 6765, 6766, 6767, 6768, 6769, 6770, 6771, 6772, 6773, 6774, 6775])])])),
            (16, "suspend-own-instructions", Anchor::All(&[Anchor::Lits(&[909, 910, 911, 912, 913, 915, 916, 917, 918, 919, 920, 921, 922, 923, 924, 932, 933, 934, 935, 936, 937, 938, 939, 940, 941, 942, 943, 944, 945, 946, 1168, 1169, 1170, 1171, 1172, 1173, 1174, 1175, 1176, 1177, 1178, 1179, 1180, 1181, 1182, 1200, 1201, 1202, 1203, 1204, 1205, 1206, 1207, 1208, 1209, 1210, 1211, 1212, 1213, 1214, 1310, 1311, 1312, 1313, 1314, 1325, 1326, 1327, 1328, 1329, 1330, 1331, 1332, 1334, 1338, 1470, 1471, 1472, 1473, 1474, 1483, 1484, 1485, 1486, 1487, 1488, 1489, 1490, 1492, 1495, 1496, 1497, 1498, 1499, 1500, 1501, 1502, 1503, 1504, 1505, 1506, 1507, 1508, 1509, 1510, 1584, 1585, 1586, 1587, 1588, 1589, 1590, 1591, 1592, 1593, 1594, 1595, 1596, 1597, 1598, 1753, 1754, 1755, 1756, 1757, 1759, 1760, 1761, 1762, 1763, 1764, 1765, 1766, 1767, 1768]), Anchor::Lits(&[2560, 2713, 2715, 2717, 2719, 2723, 2724, 2726, 2740, 2741, 2743, 2781, 2864, 2928, 2977, 3001, 3013, 3030, 3152, 3161, 3170, 3491, 3553, 3643, 3645, 3921, 3922, 3924, 3933, 3935, 3944, 3953, 3962, 4503, 4504, 4506, 4510, 4606, 4615, 4893, 4904, 4980, 4993, 5411, 5413, 5460, 5493, 5504, 5532, 5551, 5635, 5636, 5716, 5763, 5822, 5824, 5833, 5897, 5898, 5902, 5904, 5906, 5908, 6168, 6176, 6651, 6672]), Anchor::Lits(&[2735, 2747, 2778, 5221, 5233, 5234, 5235, 6647])])),
            (17, "reset-own-instructions", Anchor::Any(&[Anchor::Lits(&[6937, 6939, 6941, 6943, 6948, 6949, 6950, 6952, 6953, 6954, 6955, 6956, 6957, 6958, 6959, 6960, 6961, 6962, 6963, 6964, 6965, 6967, 6968, 6969, 6971, 6974, 6976, 6977]), Anchor::All(&[Anchor::Lits(&[2915, 2916, 2917, 2918, 2919, 2920, 2921, 2922, 3124, 3125, 3126, 3127, 3436, 3437, 3438, 3439, 3492, 3493, 3494, 3495, 3496, 3497, 3498, 3499, 3658, 3659, 3660, 3661, 5373, 5374, 5375, 5376, 5556, 5557, 5558, 5559, 5663, 5664, 5665, 5666, 5670, 5671, 5672, 5673, 5674, 5675, 5676, 5677, 5698, 5699, 5700, 5701, 5702, 5703, 5704, 5705, 5740, 5741, 5742, 5743, 6729, 6730, 6734, 6735, 6919, 6920, 6921, 6922, 6923, 6924, 6925, 6926]), Anchor::Lits(&[2927, 2976, 3046, 3151, 3160, 3923, 3934, 3943, 3952, 4109, 4605, 4927, 4928, 5403, 5492, 5503, 5715, 5762, 5823, 6167, 6650])])])),
            (18, "reveal-own-instructions", Anchor::Lits(&[7173, 7174, 7186, 7187, 7188, 7189, 7190, 7191, 7203, 7204, 7228, 7229, 7230, 7231, 7232, 7233, 7234, 7235, 7236, 7237, 7238, 7239, 7240, 7241, 7242, 7244, 7251, 7252, 7253, 7254, 7256, 7257, 7258, 7259, 7260, 7261, 7262, 7263, 7264, 7265, 7266, 7267, 7268, 7269, 7270, 7271, 7272, 7277, 7278, 7279, 7280, 7281, 7282])),
            (19, "reveal-system-prompt", Anchor::Lits(&[2544, 2545, 2546, 2547, 2548, 2549, 2550, 2551, 2552, 2553, 2554, 2555, 2556, 2985, 2986, 2987, 2988, 2989, 2990, 2991, 2992, 2993, 2994, 2995, 2996, 2997, 3133, 3134, 3135, 3136, 3137, 3138, 3139, 3141, 3142, 3143, 3144, 3145, 3146, 3976, 3979, 3980, 3981, 3987, 3988, 3989, 3991, 3993, 3994, 3995, 3996, 3999, 4458, 4461, 4462, 4463, 4467, 4468, 4469, 4471, 4473, 4474, 4475, 4476, 4479, 4652, 4653, 4654, 4655, 4656, 4657, 4658, 4659, 4660, 4661, 4662, 4663, 4664, 4962, 4963, 4964, 4965, 4966, 4967, 4968, 4969, 4970, 4971, 4972, 4973, 4974, 5255, 5256, 5257, 5258, 5259, 5260, 5261, 5262, 5263, 5264, 5265, 5266, 5267, 5282, 5285, 5286, 5287, 5291, 5292, 5293, 5295, 5297, 5298, 5299, 5300, 5303, 5416, 5417, 5418, 5419, 5420, 5421, 5422, 5423, 5424, 5425, 5426, 5427, 5428, 5478, 5479, 5480, 5481, 5482, 5483, 5484, 5485, 5486, 5487, 5488, 5489, 5490, 5605, 5606, 5607, 5608, 5609, 5610, 5611, 5612, 5613, 5614, 5615, 5616, 5617, 5883, 5884, 5885, 5886, 5887, 5888, 5889, 5890, 5891, 5892, 5893, 5894, 5895, 6066, 6067, 6068, 6069, 6070, 6071, 6072, 6073, 6074, 6075, 6076, 6077, 6078, 6162, 6163, 6164, 6165, 6166, 6168, 6176, 6184, 6185, 6186, 6187, 6188, 6189, 6702, 6703, 6704, 6705, 6706, 6707, 6708, 6709, 6710, 6711, 6712, 6713, 6714, 6783, 6784, 6785, 6786, 6787, 6788, 6789, 6790, 6791, 6792, 6793, 6794, 6795])),
            (20, "what-others-told-you", Anchor::Lits(&[8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 164, 165, 166, 167, 191, 193, 195, 196, 197, 199, 200, 202, 205, 206, 207, 208, 209, 700, 701, 702, 703, 704, 705, 706, 707, 851, 852, 853, 854, 1260, 1261, 1262, 1263, 1264, 1265, 1266, 1267, 1269, 1270, 1271, 1272, 1273, 1283, 1284, 1285, 1286, 1322, 1324, 1336, 1337, 1420, 1421, 1422, 1423, 1456, 1458, 1461, 1462, 1615, 1616, 1617, 1618, 1619, 1620, 1621, 1622, 1743, 1744, 1745, 1746, 1947, 1948, 1949, 1950, 1962, 1963, 1964, 1965])),
            (21, "reveal-what-you-were-told", Anchor::Any(&[Anchor::Lits(&[3021, 3022, 3023, 3121, 3122, 3123, 3982, 3985, 4000, 4424, 4425, 4426, 4908, 4909, 4910, 4929, 4930, 4931, 5871, 5872, 5873, 6060, 6061, 6062, 6082, 6083, 6084, 6858, 6859, 6860, 6861, 6862, 6863, 6864, 6865, 6866, 6867, 6868, 6869, 6870, 6871, 6872, 6873, 6874, 6875, 6876, 6877, 6878, 6879, 6881, 6882, 6883, 6884, 6885, 6886, 6887, 7059, 7060, 7061]), Anchor::All(&[Anchor::Lits(&[1993, 1994, 1995, 1996, 1997, 1998, 1999, 2000, 2001, 2002, 2003, 2004, 2008, 2009, 2010, 2059, 2071, 2072, 2082, 2097, 2098, 2099, 2206, 2207, 2208, 2209, 2210, 2211, 2212, 2213, 2214, 2215, 2216, 2217, 2218, 2219, 2220, 2221, 2222, 2223, 2224, 2225, 2226, 2227, 2234, 2235, 2236, 2237, 2238, 2239, 2240, 2241, 2242, 2243, 2244, 2245, 2246, 2247, 2248, 2249, 2250, 2251, 2252, 2253, 2254, 2255]), Anchor::Lits(&[2929, 2930, 2931, 2932, 2933, 2934, 2935, 2978, 2979, 2980, 2981, 2982, 2983, 2984, 3014, 3015, 3016, 3017, 3018, 3019, 3020, 3153, 3154, 3155, 3156, 3157, 3158, 3159, 3162, 3163, 3164, 3165, 3166, 3167, 3168, 3171, 3173, 3174, 3175, 3176, 3178, 3179, 3925, 3926, 3927, 3928, 3929, 3930, 3931, 3936, 3937, 3938, 3939, 3940, 3941, 3942, 3945, 3946, 3947, 3948, 3949, 3950, 3951, 3954, 3955, 3956, 3957, 3958, 3959, 3960, 3963, 3964, 3965, 3966, 3967, 3968, 3969, 4607, 4608, 4609, 4610, 4611, 4612, 4613, 4617, 4621, 4622, 4626, 4627, 4633, 4634, 4894, 4895, 4896, 4897, 4898, 4899, 4900, 5494, 5496, 5497, 5498, 5499, 5501, 5502, 5506, 5509, 5510, 5517, 5518, 5523, 5524, 5534, 5537, 5538, 5541, 5542, 5546, 5547, 5719, 5720, 5721, 5722, 5723, 5724, 5725, 5753, 5755, 5756, 5757, 5758, 5759, 5760, 5765, 5768, 5769, 5772, 5773, 5777, 5778, 5825, 5826, 5827, 5828, 5829, 5830, 5831, 6169, 6170, 6171, 6172, 6173, 6174, 6175, 6177, 6178, 6179, 6180, 6181, 6182, 6183, 6652, 6653, 6654, 6655, 6656, 6657, 6658])])])),
            (22, "reveal-given-instructions", Anchor::Any(&[Anchor::Lits(&[127, 218, 260, 289, 695, 696, 718, 730, 1128, 1511, 1649, 1811, 1812, 1986, 2007, 2042, 2066, 2070, 2082, 2083, 2125, 2129, 2463, 2479, 3811, 3812, 3813, 3814, 3815, 3816, 3817, 3818, 3819, 3820, 3821, 3822, 3823, 3824, 3825, 3826, 3827, 3828, 3829, 3830, 3831, 3832, 3833, 3834, 3835, 3836, 3837, 3838, 3839, 3840, 3841, 3842, 3843, 4390, 4391, 4392, 4393, 4394, 4395, 4396, 4397, 4398, 4399, 4400, 4401, 4402, 4403, 4404, 4405, 4406, 4407, 4408, 4409, 4410, 4411, 4412, 4413, 4414, 4415, 4416, 4417, 4418, 4419, 4420, 4421, 4422, 4567, 4568, 4569, 4570, 4571, 4572, 4573, 4574, 4575, 4576, 4577, 4578, 4579, 4580, 4581, 4582, 4583, 4584, 4585, 4586, 4587, 4588, 4589, 4590, 4591, 4592, 4593, 4594, 4595, 4596, 4597, 4598, 4599]), Anchor::All(&[Anchor::Lits(&[244, 331, 392, 838, 839, 1011, 1256, 1307, 1445, 1494, 1525]), Anchor::Lits(&[1813, 1966, 2011, 2036, 2123, 2473])]), Anchor::All(&[Anchor::Lits(&[321, 322, 323, 324, 325, 326, 327, 328, 329, 330, 381, 382, 383, 384, 385, 386, 387, 388, 389, 390, 544, 545, 546, 547, 548, 549, 550, 551, 552, 553, 709, 710, 711, 712, 713, 714, 715, 716, 717, 718, 840, 841, 842, 843, 844, 845, 846, 847, 848, 849, 1001, 1002, 1003, 1004, 1005, 1006, 1007, 1008, 1009, 1010, 1215, 1216, 1217, 1218, 1219, 1220, 1221, 1222, 1223, 1224, 1297, 1298, 1299, 1300, 1301, 1302, 1303, 1304, 1305, 1306, 1308, 1309, 1317, 1318, 1319, 1320, 1321, 1323, 1333, 1335, 1449, 1450, 1451, 1452, 1453, 1454, 1455, 1457, 1459, 1460, 1468, 1469, 1477, 1478, 1479, 1480, 1481, 1482, 1491, 1493, 1573, 1574, 1575, 1576, 1577, 1578, 1579, 1580, 1581, 1582, 1951, 1952, 1953, 1954, 1955, 1956, 1957, 1958, 1959, 1960]), Anchor::Lits(&[2928, 2977, 3013, 3152, 3161, 3170, 3924, 3935, 3944, 3953, 3962, 4606, 4615, 4893, 5493, 5504, 5532, 5716, 5752, 5763, 5824, 6168, 6176, 6651])])])),
            (23, "repeat-text-above", Anchor::Any(&[Anchor::Lits(&[2519, 2520, 2521, 2522, 2523, 2524, 2525, 2526, 2527, 2528, 3466, 3467, 3468, 3469, 3470, 3471, 3472, 3473, 3474, 3475, 3648, 3649, 3650, 3651, 3652, 3653, 3654, 3655, 3656, 3657, 3977, 3978, 3983, 3984, 3986, 3990, 3992, 3997, 3998, 4001, 4459, 4460, 4464, 4465, 4466, 4470, 4472, 4477, 4478, 4480, 5283, 5284, 5288, 5289, 5290, 5294, 5296, 5301, 5302, 5304, 5433, 5434, 5435, 5436, 5437, 5438, 5439, 5440, 5441, 5442, 5449, 5450, 5451, 5452, 5453, 5454, 5455, 5456, 5457, 5458, 5467, 5468, 5469, 5470, 5471, 5472, 5473, 5474, 5475, 5477]), Anchor::All(&[Anchor::Lits(&[6, 176, 177, 192, 194, 198, 201, 203, 685, 693, 831, 1236, 1268, 1517, 2057, 2082, 2125, 2492]), Anchor::Lits(&[2867, 3024, 3048, 3591, 4481, 4491, 4543, 4614, 4906, 4932, 5429, 5503, 5922, 5929, 6225, 6648, 7049]), Anchor::Lits(&[3050, 3211, 3441, 3476, 4907, 5310, 5382, 5461, 5570, 5624, 5669, 5683, 5727, 5941, 6063, 6691, 7057])])])),
            (24, "repeat-starting-with-you-are", Anchor::Lits(&[211, 214, 215, 1524, 1526, 1527])),
            (25, "reveal-context-contents", Anchor::Any(&[Anchor::Lits(&[4544, 4545, 4546, 4547, 4548, 4549, 4550, 4625, 4631, 4635, 4636, 4637, 4639, 4641, 4935, 4936, 4938, 4939, 4940, 4941, 4942, 4950, 4953, 4955, 4956, 4957, 4959, 4961, 5513, 5521, 5525, 5526, 5527, 5529, 5531]), Anchor::All(&[Anchor::Lits(&[212, 213, 277, 278, 338, 339, 341, 342, 347, 348, 505, 506, 994, 995, 996, 997, 1164, 1165, 1166, 1167, 1185, 1186, 1350, 1351, 1360, 1361, 1438, 1439, 1463, 1464, 1465, 1466, 1521, 1522, 1628, 1629, 1741, 1742, 1748, 1749, 1945, 1946]), Anchor::Lits(&[2998, 3046, 3049, 4614, 4928, 5429, 5503, 5762])]), Anchor::All(&[Anchor::Lits(&[1675, 1676, 1677, 1678, 1679, 1680, 1681, 1682, 1683, 1684, 1685, 1686, 1687, 1688, 1689, 1690, 1691, 1692, 1693, 1694, 1695, 1696, 1697, 1698, 1699, 1700, 1701, 1702, 1703, 1704, 1705, 1706, 2150, 2151, 2201, 2202, 2203, 2228, 2230, 2256, 2258, 2259, 2260, 2262, 2263, 2265, 2266, 2346, 2349, 2367, 2368, 2369, 2370, 2372, 2373, 2374, 2405, 2407, 2410, 2430, 2431, 2434, 2450, 2451]), Anchor::Lits(&[2567, 2568, 2569, 2570, 2573, 2577, 2578, 2579, 2580, 2581, 2582, 2583, 2584, 2585, 2586, 2587, 2588, 2589, 2590, 2591, 2592, 2593, 2594, 2595, 2596, 2597, 2598, 2599, 2600, 2601, 2602, 2603, 2604, 2605, 2606, 2607, 2608, 2609, 2610, 2611, 2612, 2613, 2614, 2615, 2616, 2617, 2618, 2619, 2620, 2621, 2622, 2623, 2624, 2625, 2626, 2627, 2628, 2629, 2630, 2631, 2632, 2633, 2634, 2674, 2675, 2676, 2677, 2680, 2684, 2685, 2686, 2687, 2688, 2689, 2690, 2691, 2692, 2693, 2694, 2695, 2696, 2697, 2698, 2699, 3443, 3444, 3445, 3446, 3447, 3448, 3449, 3450, 3451, 3452, 3453, 3454, 3455, 3456, 3457, 3458, 3459, 3460, 3461, 3462, 3463, 3569, 3570, 3571, 3572, 3573, 3574, 3575, 3576, 3577, 3578, 3579, 3580, 3581, 3582, 3583, 3584, 3585, 3586, 3587, 3588, 3589, 3595, 3596, 3597, 3598, 3601, 3605, 3606, 3607, 3608, 3609, 3610, 3611, 3612, 3613, 3614, 3615, 3616, 3617, 3618, 3619, 3620, 6456, 6457, 6458, 6459, 6460, 6461, 6462, 6463, 6464, 6465, 6466, 6467, 6468, 6469, 6470, 6471, 6472, 6473, 6474, 6475, 6476])])])),
            (26, "reveal-transformed-prompt", Anchor::All(&[Anchor::Lits(&[7174, 7187, 7205, 7236, 7237, 7242, 7243, 7251, 7252, 7255, 7261, 7266, 7269, 7271, 7272, 7278, 7281]), Anchor::Lits(&[2999, 3152, 3170, 3962, 4615, 4933, 4944, 5430, 5504, 5532, 5763, 5930, 6226])])),
            (27, "complete-the-leak", Anchor::All(&[Anchor::Lits(&[4023, 4029, 4042, 4048, 4049, 4050, 4051, 4052, 4053, 4054, 4077, 4078, 4079, 4080, 4081, 4082, 4083, 4084, 4085, 4086, 5004, 5005, 5006, 5007, 5008, 5009, 5010, 5011, 5012, 5013, 5014, 5015, 5016, 5017, 5018, 5019, 5020, 5021, 5022, 5023, 5024, 5025, 5026, 5027, 5028, 5029, 5030, 5031, 5032, 5033, 5034, 5035, 5036, 5037, 5038, 5039, 5040, 5041, 5042, 5043, 5044, 5045, 5046, 5047, 5048, 5049, 5050, 5051, 5052, 5053, 5054, 5055, 5056, 5057, 5058, 5059, 5060, 5061, 5062, 5063, 5064, 5065, 5066, 5067, 5068, 5069, 5070, 5071, 5072, 5073, 5074, 5075, 6424, 6425, 6437, 6438, 6439, 6448, 6449, 6450, 6451, 7070, 7071, 7073, 7074, 7075, 7076, 7273, 7274, 7275, 7276]), Anchor::Lits(&[210, 293, 344, 504, 556, 558, 1141, 1239, 1240, 1520])])),
            (28, "what-you-must-not-say", Anchor::Lits(&[7081, 7082, 7083, 7084, 7085, 7086, 7087, 7088, 7089, 7090, 7091, 7092, 7093, 7094, 7101, 7107, 7111, 7112, 7113, 7114, 7115, 7149, 7150, 7157, 7161, 7162])),
            (29, "reveal-initialization", Anchor::Lits(&[4447, 4448, 4449, 4450, 4451, 4452, 4453, 4454, 4455, 4482, 4483, 4484, 4485, 4486, 4487, 4488, 4489, 4490, 4492, 4493, 4494, 4495, 4496, 4497, 4498, 4499, 4500])),
            (30, "forged-own-instructions", Anchor::Lits(&[2151, 2199, 2202, 2204, 2233, 2262, 2263, 2266, 2315, 2346, 2349, 2366, 2370, 2374, 2405, 2407, 2410, 2430, 2450])),
            (31, "follow-what-it-says", Anchor::All(&[Anchor::Lits(&[75, 76, 77, 78, 79, 80, 81, 82, 83, 84, 85, 86, 87, 88, 89, 90, 91, 92, 93, 94, 95, 96, 97, 98, 1707, 1708, 1709, 1710, 1711, 1712, 1713, 1714, 1715, 1716, 1717, 1718, 1719, 1720, 1721, 1722, 1723, 1724, 1725, 1726, 1727, 1728, 1729, 1730]), Anchor::Lits(&[168, 337, 859, 1424, 1426, 1623])])),
            (37, "authority-message", Anchor::Lits(&[684, 686, 687, 688, 689, 690, 691, 692, 694, 697, 1601, 1602, 1604, 1605, 1611, 1612, 1613, 2152, 2153, 2154, 2155, 2156, 2157, 2158, 2159, 2160, 2161, 2162, 2163, 2164, 2165, 2166, 2167, 2169, 2170, 2171, 2172, 2173, 2174, 2175, 2176, 2177, 2178, 2179, 2180, 2181, 2182, 2183, 2184, 2185, 2186, 2187, 2188, 2189, 2190, 2191, 2192, 2193, 2194, 2195, 2196, 2197, 2198, 2200, 2205, 2231, 2232, 2261, 2268, 2269, 2270, 2271, 2272, 2273, 2274, 2275, 2276, 2277, 2278, 2279, 2280, 2281, 2282, 2283, 2284, 2285, 2286, 2287, 2288, 2289, 2290, 2291, 2292, 2293, 2294, 2295, 2296, 2297, 2298, 2299, 2300, 2301, 2302, 2303, 2304, 2305, 2306, 2307, 2308, 2309, 2310, 2311, 2312, 2313, 2314, 2316, 2317, 2318, 2319, 2320, 2321, 2322, 2323, 2324, 2325, 2326, 2327, 2328, 2329, 2330, 2331, 2332, 2333, 2334, 2335, 2336, 2337, 2338, 2339, 2340, 2341, 2342, 2343, 2344, 2345, 2347, 2350, 2351, 2352, 2353, 2354, 2355, 2356, 2357, 2358, 2359, 2360, 2361, 2362, 2363, 2364, 2365, 2371, 2375, 2376, 2377, 2378, 2379, 2380, 2381, 2382, 2383, 2384, 2385, 2386, 2387, 2388, 2389, 2390, 2391, 2392, 2393, 2394, 2395, 2396, 2397, 2398, 2399, 2400, 2401, 2402, 2403, 2404, 2408, 2409, 2411, 2412, 2414, 2415, 2416, 2417, 2418, 2419, 2420, 2421, 2422, 2423, 2424, 2425, 2426, 2427, 2428, 2435, 2436, 2437, 2438, 2439, 2440, 2441, 2442, 2443, 2444, 2445, 2446, 2447, 2448, 2449, 3172, 3177, 4027, 4047, 4305, 4323, 4618, 4630, 5277, 5278, 5314, 5315, 5316, 5317, 5318, 5319, 5333, 5336, 5338, 5340, 5341, 5342, 5344, 5345, 5346, 5347, 5348, 5349, 5356, 5359, 5361, 5363, 5364, 5365, 5495, 5500, 6121, 6122, 6123, 6124, 6125, 6126, 6127, 6128, 6129, 6130, 6131, 6132, 6200, 6201, 6202, 6203, 6204, 6205, 6206, 6207, 6208, 6209, 6210, 6211, 7065, 7066, 7067, 7068, 7095, 7096, 7116, 7117, 7118, 7119, 7123, 7124, 7130, 7131, 7134, 7135, 7136, 7137, 7138, 7139, 7141, 7142, 7143, 7144, 7145, 7146, 7153, 7154, 7155, 7156, 7158, 7159, 7168, 7169, 7170, 7171, 7245, 7246, 7247, 7248, 7249, 7250])),
            (38, "authority-override", Anchor::Lits(&[43, 45, 46, 47, 48, 50, 52, 53, 54, 55, 397, 401, 402, 403, 404, 497, 498, 499, 500, 501, 722, 724, 725, 726, 727, 927, 928, 929, 930, 931, 1014, 1015, 1016, 1017, 1018, 1410, 1412, 1413, 1414, 1415, 1440, 1441, 1442, 1443, 1444, 1555, 1557, 1558, 1559, 1560, 1567, 1569, 1570, 1571, 1572, 1600, 1608, 1609, 1610, 1611])),
            (41, "entering-special-mode", Anchor::Any(&[Anchor::All(&[Anchor::Lits(&[44, 49, 51, 178, 379, 380, 400, 408, 409, 496, 723, 1013, 1159, 1278, 1411, 1467, 1556, 1568, 1625, 1626, 1784, 1803]), Anchor::Lits(&[7069, 7105, 7109, 7151, 7166, 7283])]), Anchor::All(&[Anchor::Lits(&[4021, 4022, 4024, 4025, 4026, 4028, 4030, 4031, 4032, 4033, 4034, 4035, 4036, 4037, 4038, 4039, 4040, 4041, 4043, 4044, 4045, 4046, 4055, 4056, 4057, 4058, 4059, 4060, 4061, 4062, 4063, 4064, 4065, 4066, 4067, 4068, 4069, 4070, 4071, 4072, 4073, 4074, 4075, 4076, 4087, 4088, 4089, 4090, 4091, 4092, 4093, 4094, 4095, 4096, 4097, 4098, 4099, 4100, 4101, 4102, 4103, 4104, 4105, 4106, 4107, 4108, 4300, 4301, 4302, 4303, 4304, 4306, 4307, 4308, 4309, 4310, 4311, 4312, 4313, 4314, 4315, 4316, 4317, 4318, 4319, 4320, 4321, 4322, 6580, 6581, 6582, 6583, 6584, 6585, 6586, 6587, 6588, 6589, 6590, 6591, 6592, 6593, 6594, 6595, 6596, 6597, 6598, 6599, 6600, 6601, 6812, 6813, 6814, 6815, 6816, 6817, 6818, 6819, 6820, 6821, 6822, 6823, 6824, 6825, 6826, 6827, 6828, 6829, 6830, 6831, 6832, 6833, 6836, 6837, 6838, 6839, 6840, 6841, 6842, 6843, 6844, 6845, 6846, 6847, 6848, 6849, 6850, 6851, 6852, 6853, 6854, 6855, 6856, 6857]), Anchor::Lits(&[1049, 1157])])])),
            (42, "address-the-model", Anchor::Any(&[Anchor::Lits(&[70, 71, 72, 73, 834, 835, 1183, 1184, 1281, 1282, 1342, 1343, 1447, 1448, 1561, 1562, 1564, 1565, 4925, 4926, 4934, 4937, 5169, 5170, 5171, 5172, 5554, 5555, 5660, 5661, 6810, 6811]), Anchor::All(&[Anchor::Lits(&[4111]), Anchor::Lits(&[1280, 1341, 1446, 1563, 1664])])])),
            (43, "unrestricted-mode", Anchor::Any(&[Anchor::Lits(&[2641, 2646, 2865, 3087, 3140, 3148, 3440, 3625, 3810, 3884, 3972, 4329, 4330, 4331, 4332, 4333, 4334, 4335, 4336, 4337, 4338, 4339, 4340, 4341, 4342, 4343, 4345, 4346, 4347, 4348, 4349, 4350, 4351, 4352, 4353, 4354, 4355, 4356, 4357, 4358, 4359, 4360, 4361, 4362, 4363, 4364, 4365, 4366, 4367, 4368, 4369, 4370, 4371, 4372, 4373, 4374, 4375, 4376, 4377, 4378, 4379, 4380, 4381, 4382, 4383, 4384, 4385, 4386, 4387, 4388, 4389, 4665, 4666, 4667, 4668, 4669, 4670, 4671, 4672, 4673, 4674, 4675, 4676, 4677, 4678, 4679, 4680, 4681, 4682, 4683, 4684, 4685, 4686, 4687, 4688, 4689, 4690, 4691, 4692, 4693, 4694, 4695, 4696, 4697, 4698, 4699, 4700, 4701, 4702, 4703, 4704, 4705, 4706, 4707, 4708, 4709, 4710, 4711, 4712, 4713, 4714, 4715, 4716, 4717, 4718, 4719, 4720, 4721, 4722, 4723, 4724, 4854, 4856, 4858, 4866, 4902, 5138, 5139, 5141, 5165, 5226, 5273, 5621, 6064, 6120, 6695, 6696, 6699, 6725, 6737, 6739, 6744, 6745]), Anchor::All(&[Anchor::Lits(&[69, 74, 268, 374, 400, 406, 407, 493, 515, 681, 723, 736, 872, 885, 890, 903, 992, 1087, 1088, 1089, 1111, 1136, 1143, 1345, 1519, 1556, 1772, 1773, 1774, 1777, 1780, 1781, 1783, 1784]), Anchor::Lits(&[2542, 2543, 2638, 2650, 2727, 2744, 2745, 2779, 3486, 3487, 3488, 3489, 3882, 3885, 3919, 4501, 5173, 5269, 5402, 5567, 5568, 5569, 5659, 5679, 5707, 5782, 6086, 6143, 6151, 6159, 6682, 6738, 6835, 7077])])])),
            (44, "dan-persona", Anchor::Lits(&[22, 23, 24, 25, 26, 27, 28, 29, 31, 32, 33, 34, 35, 36, 37, 38, 58, 60, 62, 170, 172, 174, 182, 183, 184, 185, 186, 187, 188, 189, 247, 249, 251, 271, 273, 275, 281, 283, 285, 373, 375, 376, 377, 378, 441, 1051, 1053, 1055, 1193, 1195, 1197, 1226, 1227, 1228, 1229, 1230, 1231, 1232, 1233, 1243, 1244, 1245, 1246, 1247, 1248, 1249, 1250, 1393, 1394, 1395, 1396, 1397, 1398, 1399, 1400, 1402, 1403, 1404, 1405, 1406, 1407, 1408, 1409, 1804, 1805, 1806, 1968, 1969, 1971, 1977, 1978, 1979, 1980, 1981, 1982, 1983, 1984, 1988, 2074, 2075, 2076, 2077, 2078, 2079, 2080, 2081, 2085, 2086, 2087, 2088, 2089, 2090, 2091, 2092, 2133, 2134, 2135, 2136, 2137, 2138, 2139, 2140, 2453, 2454, 2455, 2459, 2460, 2461, 2462, 2464])),
            (45, "unrestricted-persona", Anchor::All(&[Anchor::Lits(&[21, 30, 99, 181, 216, 217, 269, 288, 345, 502, 503, 728, 829, 1142, 1225, 1242, 1251, 1279, 1346, 1354, 1359, 1362, 1390, 1392, 1401, 1512, 1513, 1518, 1523, 1614, 1750, 1758, 1967, 2065, 2073, 2084, 2132, 2452]), Anchor::Any(&[Anchor::Lits(&[100, 261, 461, 1080, 1869, 2639, 3053, 3086, 3149, 3623, 3971, 3973, 4327, 4855, 4864, 4878, 4881, 4901, 4919, 5078, 5137, 5140, 5164, 5166, 5622, 5746, 5754, 5761, 6693, 6694, 6697, 6700, 6701, 6722, 6723, 6736, 6740, 6741, 6742, 6749, 6941, 6943, 6967, 6970, 6971, 6972, 6973, 6974, 6975, 6984, 6987, 6989, 6990, 6993, 6996, 6997, 7002, 7008, 7010, 7013, 7022, 7030, 7031]), Anchor::All(&[Anchor::Lits(&[6240, 6241, 6242, 6243, 6244, 6245, 6246, 6249, 6250, 6253, 6254, 6255, 6256, 6888, 6889, 6890, 6891, 6892, 6893, 6894, 6895, 6896, 6897, 6898, 6899, 6900, 6901, 6902, 6903, 6904, 6905, 6906, 6907, 6908, 6909, 6910, 6911, 6912, 6913]), Anchor::Lits(&[2780, 3552, 3644, 3961, 4614, 4903, 4992, 5410, 5715, 5762, 5832])])])])),
            (46, "unrestricted-persona-loose", Anchor::Any(&[Anchor::Lits(&[608, 609, 610, 611, 612, 613, 614, 615, 616, 617, 618, 619, 620, 621, 622, 623, 624, 625, 626, 627, 628, 629, 630, 631, 632, 633, 634, 635, 636, 637, 638, 639, 640, 641, 642, 643, 644, 645, 646, 647, 648, 649, 650, 651, 652, 653, 654, 655, 656, 657, 658, 659, 660, 661, 662, 663, 664, 665, 666, 667, 668, 669, 670, 671, 672, 673, 674, 675, 676, 677, 678, 679, 1669, 1850, 1868, 1872, 1873, 1874, 1875, 1876, 1877, 1878, 1879, 1880, 1881, 1882, 1883, 1884, 1885, 1886, 1887, 1888, 1889, 1890, 1891, 1892, 1893, 1894, 1895, 1896, 1897, 1898, 1899, 1900, 1901, 1902, 1903, 1904, 1905, 1906, 1907, 1908, 1909, 1910, 1911, 1912, 1913, 1914, 1915, 1916, 1917, 1918, 1919, 1920, 1921, 1922, 1923, 1924, 1925, 1926, 1927, 1928, 1929, 1930, 1931, 1932, 1933, 1934, 1935, 1936, 1937, 1938, 1939, 1940, 1941, 1942, 1943, 6112]), Anchor::All(&[Anchor::Lits(&[1636, 1637, 1642, 1643, 1644, 1645, 1646, 1652, 1653, 1654, 1655, 1660, 1661, 1819, 1820, 1825, 1826, 1827, 1828, 1829, 1834, 1835, 1836, 1837, 1842, 1843, 1855, 1856, 1857, 1858, 1859, 1860, 1861, 1862, 1863, 1864, 1865, 1866, 1867]), Anchor::Lits(&[2780, 3039, 3552, 3644, 3961, 4614, 4903, 4992, 5410, 5715, 5762, 5832])]), Anchor::All(&[Anchor::Lits(&[2529, 2541, 2649, 2748, 2776, 2777, 2866, 2925, 3047, 3478, 3479, 3886, 4328, 5268, 5407, 5444, 5445, 5491, 5623, 5678, 5706, 5710, 5728, 5748, 5749, 5958, 5959, 6059, 6065, 6213, 6659, 6674, 7069, 7110, 7151, 7160, 7166, 7283]), Anchor::Lits(&[2640, 3624, 4865, 6698, 6724, 6743])])])),
            (47, "persona-replaces-assistant", Anchor::Any(&[Anchor::Lits(&[440, 1119, 3480, 3481, 3482, 3483, 3484, 3485, 4325, 4326, 5960, 5961, 5962, 5963, 5964, 5965, 7078, 7152, 7284]), Anchor::All(&[Anchor::Lits(&[57, 59, 61, 63, 64, 65, 66, 67, 169, 171, 173, 175, 246, 248, 250, 252, 270, 272, 274, 276, 280, 282, 284, 286, 1050, 1052, 1054, 1056, 1192, 1194, 1196, 1198]), Anchor::Lits(&[2501, 2502, 2503, 2504, 2642, 2643, 2644, 2645, 2648])])])),
            (48, "no-restrictions", Anchor::Any(&[Anchor::All(&[Anchor::Lits(&[2886, 2887, 2888, 2893, 2894, 2895, 2896, 2898, 2899, 2900, 2901, 2902, 2903, 2904, 2905, 2906, 2907, 2908, 2909, 2910, 2914, 3055, 3056, 3057, 3062, 3063, 3064, 3065, 3067, 3068, 3069, 3070, 3071, 3072, 3073, 3074, 3075, 3076, 3077, 3078, 3079, 3083, 3890, 3891, 3892, 3897, 3898, 3899, 3900, 3902, 3903, 3904, 3905, 3906, 3907, 3908, 3909, 3910, 3911, 3912, 3913, 3914, 3918, 6284, 6285, 6286, 6291, 6292, 6293, 6294, 6296, 6297, 6298, 6299, 6300, 6301, 6302, 6303, 6304, 6305, 6306, 6307, 6308, 6312, 6314, 6315, 6316, 6321, 6322, 6323, 6324, 6326, 6327, 6328, 6329, 6330, 6331, 6332, 6333, 6334, 6335, 6336, 6337, 6338, 6342, 6372, 6373, 6374, 6379, 6380, 6381, 6382, 6384, 6385, 6386, 6387, 6388, 6389, 6390, 6391, 6392, 6393, 6394, 6395, 6396, 6400, 6515, 6516, 6517, 6522, 6523, 6524, 6525, 6527, 6528, 6529, 6530, 6531, 6532, 6533, 6534, 6535, 6536, 6537, 6538, 6539, 6543, 6545, 6546, 6547, 6552, 6553, 6554, 6555, 6557, 6558, 6559, 6560, 6561, 6562, 6563, 6564, 6565, 6566, 6567, 6568, 6569, 6573, 6603, 6604, 6605, 6610, 6611, 6612, 6613, 6615, 6616, 6617, 6618, 6619, 6620, 6621, 6622, 6623, 6624, 6625, 6626, 6627, 6631, 7072, 7079, 7080, 7102, 7103, 7104, 7106, 7120, 7121, 7122, 7125, 7126, 7127, 7128, 7129, 7132, 7133, 7140, 7147, 7148, 7167, 7286, 7287, 7288, 7293, 7294, 7295, 7296, 7298, 7299, 7300, 7301, 7302, 7303, 7304, 7305, 7306, 7307, 7308, 7309, 7310, 7314]), Anchor::Lits(&[2863, 3000, 3031, 3037, 3039, 3552, 3923, 3934, 3961, 4892, 4905, 4982, 4989, 4992, 5459, 5711, 5715, 5779, 5823, 5844, 5850, 5862, 5869])]), Anchor::All(&[Anchor::Lits(&[449, 453, 458, 481, 485, 490, 1094, 1098, 1102, 1105, 1106, 1107]), Anchor::Lits(&[2863, 3000, 3031, 3037, 3039, 3552, 3923, 3934, 3961, 4892, 4905, 4982, 4989, 4992, 5459, 5711, 5715, 5779, 5823, 5844, 5850, 5862, 5869])]), Anchor::All(&[Anchor::Lits(&[2885, 2889, 2890, 2891, 2892, 2893, 2894, 2895, 2897, 2911, 2912, 2913, 3054, 3058, 3059, 3060, 3061, 3062, 3063, 3064, 3066, 3080, 3081, 3082, 3889, 3893, 3894, 3895, 3896, 3897, 3898, 3899, 3901, 3915, 3916, 3917, 6283, 6287, 6288, 6289, 6290, 6291, 6292, 6293, 6295, 6309, 6310, 6311, 6313, 6317, 6318, 6319, 6320, 6321, 6322, 6323, 6325, 6339, 6340, 6341, 6371, 6375, 6376, 6377, 6378, 6379, 6380, 6381, 6383, 6397, 6398, 6399, 6514, 6518, 6519, 6520, 6521, 6522, 6523, 6524, 6526, 6540, 6541, 6542, 6544, 6548, 6549, 6550, 6551, 6552, 6553, 6554, 6556, 6570, 6571, 6572, 6602, 6606, 6607, 6608, 6609, 6610, 6611, 6612, 6614, 6628, 6629, 6630, 7069, 7097, 7098, 7099, 7100, 7102, 7103, 7104, 7108, 7163, 7164, 7165, 7285, 7289, 7290, 7291, 7292, 7293, 7294, 7295, 7297, 7311, 7312, 7313]), Anchor::Lits(&[2530, 2734, 2737, 4020, 4324, 4344, 4880, 5443, 6133, 6481]), Anchor::Lits(&[2780, 2863, 3000, 3012, 3039, 3552, 3644, 3923, 3934, 3961, 4892, 4903, 4982, 4989, 4992, 5410, 5459, 5492, 5711, 5715, 5762, 5823, 5850])])])),
            (49, "rules-do-not-apply", Anchor::Any(&[Anchor::All(&[Anchor::Lits(&[103, 104, 105, 106, 107, 108, 109, 110, 111, 112, 113, 114, 115, 116, 117, 118, 119, 120, 121, 122, 123, 124, 125, 126, 219, 220, 221, 222, 223, 224, 225, 226, 227, 228, 229, 230, 231, 232, 233, 234, 235, 236, 237, 238, 239, 240, 241, 242, 296, 297, 298, 299, 300, 301, 302, 303, 304, 305, 306, 307, 308, 309, 310, 311, 312, 313, 314, 315, 316, 317, 318, 319, 349, 350, 351, 352, 353, 354, 355, 356, 357, 358, 359, 360, 361, 362, 363, 364, 365, 366, 367, 368, 369, 370, 371, 372, 518, 519, 520, 521, 522, 523, 524, 525, 526, 527, 528, 529, 530, 531, 532, 533, 534, 535, 536, 537, 538, 539, 540, 541, 747, 748, 749, 750, 751, 752, 753, 754, 755, 756, 757, 758, 759, 760, 761, 762, 763, 764, 765, 766, 767, 768, 769, 770, 967, 968, 969, 970, 971, 972, 973, 974, 975, 976, 977, 978, 979, 980, 981, 982, 983, 984, 985, 986, 987, 988, 989, 990, 1019, 1020, 1021, 1022, 1023, 1024, 1025, 1026, 1027, 1028, 1029, 1030, 1031, 1032, 1033, 1034, 1035, 1036, 1037, 1038, 1039, 1040, 1041, 1042, 1365, 1366, 1367, 1368, 1369, 1370, 1371, 1372, 1373, 1374, 1375, 1376, 1377, 1378, 1379, 1380, 1381, 1382, 1383, 1384, 1385, 1386, 1387, 1388]), Anchor::Lits(&[264, 265, 410, 415, 442, 462, 467, 472, 1065, 1090, 1870, 1944])]), Anchor::All(&[Anchor::Lits(&[411, 412, 413, 414, 416, 417, 418, 419, 443, 444, 450, 455, 463, 464, 465, 466, 468, 469, 470, 471, 473, 474, 482, 487, 1066, 1067, 1070, 1074, 1091, 1092, 1095, 1101]), Anchor::Lits(&[2530, 2734, 2737, 4324, 4880, 5443, 6133])])])),
            (50, "no-rules-apply", Anchor::Any(&[Anchor::Lits(&[6401]), Anchor::All(&[Anchor::Lits(&[6482, 6483, 6484, 6485, 6486, 6487, 6488, 6489]), Anchor::Lits(&[2780, 3644, 3934, 3961, 4892, 4903, 5715, 5762])])])),
            (51, "freed-from-limits", Anchor::Lits(&[254, 255, 256, 508, 509, 517, 607, 680, 947, 1093, 1100, 1103, 1113, 1115, 1116, 1348, 1771, 1775, 1776, 1785])),
            (52, "respond-without-limits", Anchor::Any(&[Anchor::Lits(&[2729, 2730, 2731, 2732, 2733, 2843, 2844, 2845, 2846, 2847, 2848, 2849, 2850, 2851, 2852, 3335, 3336, 3359, 3360, 3361, 3399, 3400, 3423, 3424, 3425, 4920, 4921, 4922, 4923, 4924, 4994, 4995, 4996, 4997, 4998, 4999, 5000, 5001, 5002, 5003, 5101, 5102, 5123, 5124, 5125, 5931, 5932, 5933, 5934, 5935, 5936, 5937, 5938, 5939, 5940, 6914, 6915, 6916, 6917, 6918, 6928, 6929, 6930, 6931, 6932, 6933, 6934, 6935, 6936, 6937, 6938, 6940, 6942, 6944, 6945, 6946, 6947, 6948, 6984, 6985, 6986, 6988, 6991, 6992, 6994, 6995, 6996, 7002, 7003, 7006, 7009, 7014, 7021, 7028, 7029, 7030, 7044, 7045, 7046, 7047, 7048]), Anchor::All(&[Anchor::Lits(&[3796, 4252, 5647, 6927, 6966, 6978]), Anchor::Lits(&[2559, 2863, 3028, 3037, 3039, 3041, 3538, 3539, 3540, 3541, 3543, 3545, 3547, 3548, 3552, 3923, 3934, 4979, 4981, 4982, 4984, 4985, 4986, 4987, 4988, 4992, 5823, 5836, 5838, 5840, 5842, 5846, 5848, 5850, 5854, 5856, 5858, 5860, 5862, 5869])]), Anchor::All(&[Anchor::Lits(&[2637, 2669, 4261, 5220, 6951, 7043]), Anchor::Lits(&[2559, 2780, 2976, 3000, 3012, 3169, 3552, 3642, 3934, 3961, 4614, 4892, 4903, 4992, 5410, 5412, 5459, 5492, 5550, 5715, 5762, 5823, 5832, 6650])])])),
            (53, "pre-safety-self", Anchor::Any(&[Anchor::Lits(&[2751, 2752, 2753, 2754, 2755, 2756, 2757, 2758, 2759, 2760, 2761, 2762, 2763, 2764, 2765, 2766, 2767, 2768, 2769, 2770, 2771, 2772, 2773, 2774, 2775]), Anchor::All(&[Anchor::Lits(&[2816, 2817, 3051, 3052, 4600, 4601, 4977, 4978, 5657, 5658, 6080, 6081, 6781, 6782]), Anchor::Lits(&[2750, 3796, 5476, 6249, 6250, 6927, 6978])])])),
            (54, "stay-in-character", Anchor::Lits(&[445, 446, 454, 477, 478, 486, 914, 1068, 1069, 1073, 1349, 1528, 1529, 1530, 1531, 1532, 1533, 1534, 1535, 1536, 1537, 1538, 1539, 1540])),
            (55, "jailbreak-template", Anchor::Lits(&[740, 743, 744, 745, 860, 861, 862, 863, 1274, 1275, 1276, 1277, 1291, 1292, 1294, 1295, 1434, 1435, 1436, 1437, 4991, 6778])),
            (56, "jailbreak", Anchor::Lits(&[333, 334, 698, 699, 789, 790, 791, 867, 868, 869, 870, 871, 872, 873, 874, 875, 876, 877, 878, 879, 880, 881, 882, 883, 884, 885, 886, 887, 888, 889, 890, 891, 892, 893, 894, 895, 896, 897, 898, 899, 900, 901, 902, 903, 904, 905, 1117, 1118, 1258, 1425, 1553, 1554, 1809, 1810, 1974, 1975, 2045, 2046, 2456, 2457, 2482, 2483])),
            (57, "evil-twin", Anchor::All(&[Anchor::Lits(&[2168, 2229, 2257, 2262, 2264, 2267, 2348, 2374, 2405, 2406, 2413, 2429, 2431, 2432, 2433]), Anchor::Lits(&[3477, 4110, 4976, 5404, 5405, 5921, 5956, 6690, 6780])])),
            (58, "disable-safety", Anchor::Any(&[Anchor::Lits(&[2508, 2511, 2512, 2513, 2515, 2783, 2784, 2785, 2786, 2787, 2788, 2789, 2790, 2791, 2792, 2793, 2794, 2795, 2796, 2797, 2798, 2799, 2800, 2801, 2802, 2803, 2804, 2805, 2806, 2807, 2808, 2809, 2810, 2811, 2812, 2813, 2814, 2815, 2822, 2825, 2827, 2829, 2832, 2835, 2836, 2837, 2838, 2840, 2871, 2872, 2873, 2874, 2876, 2878, 2879, 2880, 2881, 2883, 3090, 3091, 3092, 3093, 3095, 3098, 3099, 3100, 3101, 3103, 3115, 3116, 3117, 3118, 3120, 3185, 3186, 3187, 3188, 3190, 3193, 3194, 3195, 3196, 3198, 3234, 3285, 3294, 3298, 3309, 3313, 3316, 3317, 3318, 3320, 3501, 3502, 3503, 3504, 3505, 3506, 3507, 3508, 3509, 3510, 3511, 3512, 3513, 3515, 3516, 3517, 3518, 3520, 3521, 3522, 3523, 3524, 3525, 3526, 3527, 3528, 3529, 3530, 3531, 3532, 3534, 3535, 3536, 3537, 3555, 3556, 3557, 3558, 3560, 3562, 3563, 3564, 3565, 3567, 3707, 3758, 3767, 3771, 3782, 3786, 3789, 3790, 3791, 3793, 3798, 3799, 3800, 3801, 3803, 3805, 3806, 3807, 3808, 3809, 3845, 3846, 3847, 3848, 3850, 3851, 3852, 3853, 3854, 3855, 3856, 3857, 3858, 3859, 3860, 3861, 3862, 3863, 3864, 3865, 3866, 3868, 3869, 3870, 3871, 3872, 3874, 3875, 3876, 3877, 3879, 4167, 4218, 4227, 4231, 4243, 4255, 4258, 4259, 4260, 4262, 4857, 4859, 4860, 4861, 4863, 4883, 4884, 4885, 4886, 4888, 5086, 5087, 5088, 5089, 5091, 5093, 5094, 5095, 5096, 5098, 5330, 5334, 5335, 5337, 5343, 5353, 5357, 5358, 5360, 5366, 5943, 5944, 5945, 5946, 5948, 5950, 5951, 5952, 5953, 5955, 6114, 6115, 6116, 6117, 6119, 6135, 6136, 6137, 6138, 6140, 6145, 6146, 6147, 6148, 6150, 6153, 6154, 6155, 6156, 6158, 6215, 6216, 6217, 6218, 6220, 6676, 6677, 6678, 6679, 6681, 6684, 6685, 6686, 6687, 6689, 6716, 6717, 6718, 6719, 6721, 7051, 7052, 7053, 7054, 7056]), Anchor::All(&[Anchor::Lits(&[2712, 2714, 2716, 2718, 2720, 2722, 2725, 2739, 2742, 2863, 3028, 3037, 3039, 3041, 3490, 3541, 3543, 3545, 3548, 3550, 3552, 3646, 3920, 3923, 3932, 4502, 4505, 4507, 4509, 4979, 4992, 5514, 5634, 5717, 5821, 5834, 5838, 5840, 5842, 5846, 5848, 5850, 5852, 5854, 5856, 5858, 5860, 5862, 5864, 5866, 5869, 5896, 5899, 5901, 5903, 5905, 5907, 5909, 6671]), Anchor::Lits(&[2505, 2746, 2782, 2819, 2834, 2870, 2877, 3089, 3096, 3097, 3114, 3184, 3191, 3192, 3212, 3321, 3350, 3414, 3435, 3500, 3519, 3554, 3561, 3681, 3797, 3804, 3844, 3867, 3873, 3970, 4145, 4252, 4875, 4882, 4890, 4915, 4916, 5085, 5092, 5157, 5327, 5350, 5656, 5662, 5668, 5942, 5949, 5957, 5967, 6019, 6087, 6111, 6113, 6134, 6142, 6144, 6152, 6214, 6675, 6683, 6715, 6834, 6978, 7050])]), Anchor::All(&[Anchor::Lits(&[2514, 2637, 2669, 2831, 2839, 2875, 2882, 3094, 3102, 3119, 3189, 3197, 3308, 3319, 3514, 3533, 3559, 3566, 3590, 3781, 3792, 3802, 3849, 3878, 4242, 4261, 4862, 4887, 5090, 5097, 5220, 5339, 5362, 5947, 5954, 6118, 6139, 6149, 6157, 6219, 6479, 6680, 6688, 6720, 7055]), Anchor::Lits(&[2559, 2780, 2976, 3000, 3012, 3169, 3552, 3642, 3934, 3961, 4614, 4892, 4903, 4992, 5410, 5412, 5459, 5492, 5550, 5715, 5762, 5823, 5832, 6650])])])),
            (59, "safety-declared-off", Anchor::All(&[Anchor::Lits(&[2560, 2713, 2715, 2717, 2719, 2721, 2723, 2724, 2726, 2740, 2741, 2743, 2864, 3029, 3030, 3032, 3038, 3040, 3042, 3491, 3542, 3544, 3546, 3549, 3551, 3553, 3647, 3921, 3922, 3924, 3933, 3935, 4503, 4504, 4506, 4508, 4510, 4980, 4993, 5515, 5516, 5635, 5636, 5718, 5822, 5824, 5835, 5837, 5839, 5841, 5843, 5845, 5847, 5849, 5851, 5853, 5855, 5857, 5859, 5861, 5863, 5865, 5867, 5868, 5870, 5897, 5898, 5900, 5902, 5904, 5906, 5908, 5910, 6672]), Anchor::Lits(&[2833, 2841, 2842, 3096, 3131, 3191, 3887, 4423, 4889, 5142, 5168, 5221, 5326, 5383, 5667, 5726, 5736, 6141, 6807, 6809])])),
            (60, "skip-approval", Anchor::Lits(&[6979, 6982, 6983, 6998, 6999, 7000, 7001, 7004, 7005, 7007, 7011, 7012, 7016, 7025, 7032, 7033, 7038, 7041, 7043])),
            (61, "encoded-instructions", Anchor::Any(&[Anchor::Lits(&[3105, 3106, 3109, 3110, 3112, 3113, 3129, 3130, 6747, 6748]), Anchor::All(&[Anchor::Lits(&[2531, 2532, 2533, 2534, 2535, 2536, 2537, 2538, 2539, 2540, 2702, 2703, 2704, 2705, 2706, 2707, 2708, 2709, 2710, 2711, 2853, 2854, 2855, 2856, 2857, 2858, 2859, 2860, 2861, 2862, 2939, 2962, 2964, 2965, 2967, 2968, 2970, 2971, 2973, 2975, 3371, 3372, 3373, 3374, 3375, 3376, 3377, 3378, 3379, 3380, 3632, 3633, 3634, 3635, 3636, 3637, 3638, 3639, 3640, 3641, 3666, 3670, 3671, 3672, 3673, 3674, 3675, 3676, 3677, 3678, 5184, 5195, 5197, 5198, 5200, 5201, 5203, 5204, 5206, 5208, 5391, 5392, 5393, 5394, 5395, 5396, 5397, 5398, 5399, 5400, 5783, 5784, 5785, 5786, 5787, 5788, 5789, 5790, 5791, 5792]), Anchor::Lits(&[3104, 3108, 3111, 3128, 5734, 5750, 6660, 6726, 6746]), Anchor::Lits(&[2647, 6480])])])),
            (62, "override-instructions-es-pt-it", Anchor::All(&[Anchor::Lits(&[2923, 2924, 3180, 3182, 3183, 4427, 4428, 4429, 4602, 4603, 4853, 5167, 5274, 5275, 5279, 5650, 5652, 5653]), Anchor::Lits(&[394, 395, 396, 420, 421, 510, 511, 512, 808, 809, 810, 813, 821, 1132, 1133, 1134, 1135, 1139, 1751])])),
            (63, "override-instructions-fr", Anchor::Any(&[Anchor::Lits(&[4232, 4250, 5306, 5309]), Anchor::All(&[Anchor::Lits(&[335, 425, 833, 856, 1147, 1347]), Anchor::Lits(&[4145, 4244, 4245, 5076, 5077, 5305, 5307, 5308])])])),
            (64, "override-instructions-de-nl", Anchor::All(&[Anchor::Lits(&[822, 823, 824, 1046, 1047, 1061, 1062, 1799, 1800, 1801, 1802]), Anchor::Lits(&[2667, 2749, 4604, 4651, 5243, 5648, 5649, 5744, 5745, 6808])])),
            (65, "override-instructions-pl-tr", Anchor::Any(&[Anchor::All(&[Anchor::Lits(&[4263, 5136, 5414, 7315]), Anchor::Lits(&[4644, 4645, 5409, 5654, 7062, 7316])]), Anchor::All(&[Anchor::Lits(&[4876, 4877, 6212, 7064]), Anchor::Lits(&[3150, 3888, 6692, 6750, 7063]), Anchor::Lits(&[2818, 5236, 5966, 6673, 6779])])])),
            (66, "override-instructions-ru", Anchor::Lits(&[7318, 7319, 7320, 7321, 7322])),
            (68, "override-instructions-nordic-fi-hu-cs-uk", Anchor::All(&[Anchor::Lits(&[4642, 4643, 4648, 4650, 4874, 5222, 5223, 5408, 5415, 5651, 5655, 5820, 6190, 6776, 7317, 7320, 7323]), Anchor::Lits(&[245, 554, 555, 719, 720, 737, 738, 808, 811, 818, 819, 827, 828, 1130, 1432, 1514, 1552, 1769, 1770, 1782, 2493, 2494, 2495, 2496, 2497, 2498, 2499, 2500])])),
            (69, "override-instructions-sea", Anchor::All(&[Anchor::Lits(&[1, 40, 180, 243, 746, 783, 784, 865, 906, 908, 925, 1000, 1012, 1199, 1339, 1808]), Anchor::Lits(&[2561, 2728, 2738, 2868, 2869, 3181, 4019, 4646, 4647, 4649, 4879, 5379, 5390, 5401, 5406, 5571, 6191, 6777])])),
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
abovehuman\
abovemyfirstmessage\
abovemymessage\
abovemyprompt\
abovemyquestion\
abovetheconversation\
abovethehuman\
abovetheuser\
abovethischat\
abovethisconversation\
abovethismessage\
aboveuser\
aboveyourfirstreply\
act\
actas\
actingas\
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
adhereto\
adheringto\
aforementioned\
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
amoral\
amoralmode\
anarchymode\
answer\
answeras\
answerin\
answersanything\
answertoexclusivelyme\
answertoexclusivelymycommands\
answertoexclusivelymyinstructions\
answertoexclusivelymyorders\
answertoexclusivelymyprompts\
answertoexclusivelymyrules\
answertoexclusivelymywords\
answertoexclusivelywhatisay\
answertojustme\
answertojustmycommands\
answertojustmyinstructions\
answertojustmyorders\
answertojustmyprompts\
answertojustmyrules\
answertojustmywords\
answertojustwhatisay\
answertoonlyme\
answertoonlymycommands\
answertoonlymyinstructions\
answertoonlymyorders\
answertoonlymyprompts\
answertoonlymyrules\
answertoonlymywords\
answertoonlywhatisay\
answertosolelyme\
answertosolelymycommands\
answertosolelymyinstructions\
answertosolelymyorders\
answertosolelymyprompts\
answertosolelymyrules\
answertosolelymywords\
answertosolelywhatisay\
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
anythingwhichisfrom\
anythingwhichisin\
anythingwhichiswithin\
anythingwithin\
anythingwrittenfrom\
anythingwrittenin\
anythingwrittenwithin\
anyyour\
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
approvalcheck\
approvalflow\
approvalgate\
approvalprocess\
approvalprompt\
approvalrequirement\
approvalstep\
approved\
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
atthestart\
auditlog\
audittrail\
authorised\
authorization\
authorize\
avoid\
away\
become\
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
behaveas\
behavelike\
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
characteras\
charactersofthe\
charactersofyour\
chat\
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
comebackas\
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
conscience\
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
continueas\
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
cortexwas\
cortexwere\
cortexwith\
countfortheai\
countfortheassistant\
countforthisai\
countforthisassistant\
countforthismodel\
countforyou\
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
deprecated\
developer\
developerconfiguration\
developerdirections\
developerdirectives\
developerguidelines\
developerinstructions\
developermessage\
developermode\
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
emulate\
emulating\
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
everythingwhichisfrom\
everythingwhichisin\
everythingwhichiswithin\
everythingwithin\
everythingwrittenfrom\
everythingwrittenin\
everythingwrittenwithin\
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
filter\
filters\
filtersandrestrictions\
firstmessage\
follow\
followexclusivelyme\
followexclusivelymycommands\
followexclusivelymyinstructions\
followexclusivelymyorders\
followexclusivelymyprompts\
followexclusivelymyrules\
followexclusivelymywords\
followexclusivelywhatisay\
followjustme\
followjustmycommands\
followjustmyinstructions\
followjustmyorders\
followjustmyprompts\
followjustmyrules\
followjustmywords\
followjustwhatisay\
followonlyme\
followonlymycommands\
followonlymyinstructions\
followonlymyorders\
followonlymyprompts\
followonlymyrules\
followonlymywords\
followonlywhatisay\
followsolelyme\
followsolelymycommands\
followsolelymyinstructions\
followsolelymyorders\
followsolelymyprompts\
followsolelymyrules\
followsolelymywords\
followsolelywhatisay\
forabit\
foraminute\
foramoment\
foraonce\
forarestof\
forasec\
foratimebeing\
forawhile\
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
giventoyou\
givetoyou\
giveyou\
goal\
godmode\
goinginto\
goingtobe\
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
hiddendirectives\
hiddenguidelines\
hiddeninsideyour\
hiddeninstructions\
hiddeninyour\
hiddenmessage\
hiddenpreamble\
hiddenprompt\
hiddenrules\
hiddensetup\
hiddentext\
hiddenwithinyour\
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
impersonate\
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
injectiondetection\
injectionfilter\
injectionguard\
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
letssay\
liberated\
liberatedfrom\
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
listentoexclusivelyme\
listentoexclusivelymycommands\
listentoexclusivelymyinstructions\
listentoexclusivelymyorders\
listentoexclusivelymyprompts\
listentoexclusivelymyrules\
listentoexclusivelymywords\
listentoexclusivelywhatisay\
listentojustme\
listentojustmycommands\
listentojustmyinstructions\
listentojustmyorders\
listentojustmyprompts\
listentojustmyrules\
listentojustmywords\
listentojustwhatisay\
listentoonlyme\
listentoonlymycommands\
listentoonlymyinstructions\
listentoonlymyorders\
listentoonlymyprompts\
listentoonlymyrules\
listentoonlymywords\
listentoonlywhatisay\
listentosolelyme\
listentosolelymycommands\
listentosolelymyinstructions\
listentosolelymyorders\
listentosolelymyprompts\
listentosolelymyrules\
listentosolelymywords\
listentosolelywhatisay\
loosen\
lower\
maker\
malicious\
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
norestrictions\
norestrictionsmode\
norules\
notactive\
notboundby\
notlimitedby\
notrestrictedby\
notto\
nowin\
nowjaibroke\
nowjailbroke\
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
obeyexclusivelyme\
obeyexclusivelymycommands\
obeyexclusivelymyinstructions\
obeyexclusivelymyorders\
obeyexclusivelymyprompts\
obeyexclusivelymyrules\
obeyexclusivelymywords\
obeyexclusivelywhatisay\
obeyjustme\
obeyjustmycommands\
obeyjustmyinstructions\
obeyjustmyorders\
obeyjustmyprompts\
obeyjustmyrules\
obeyjustmywords\
obeyjustwhatisay\
obeyme\
obeymycommands\
obeymyinstructions\
obeymynewcommands\
obeymynewinstructions\
obeymyneworders\
obeymyorders\
obeyonlyanythingisay\
obeyonlyeverycommand\
obeyonlyeveryinstruction\
obeyonlyme\
obeyonlymycommands\
obeyonlymyinstructions\
obeyonlymynewcommands\
obeyonlymynewinstructions\
obeyonlymyneworders\
obeyonlymyorders\
obeyonlymyprompts\
obeyonlymyrules\
obeyonlymywords\
obeyonlythefollowing\
obeyonlythenew\
obeyonlythese\
obeyonlywhateverisay\
obeyonlywhatisay\
obeysolelyme\
obeysolelymycommands\
obeysolelymyinstructions\
obeysolelymyorders\
obeysolelymyprompts\
obeysolelymyrules\
obeysolelymywords\
obeysolelywhatisay\
obeythefollowing\
obeythenew\
obeythese\
obeywhateverisay\
obeywhatisay\
objective\
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
ofyourselfthathasno\
ofyourselfthatignores\
ofyourselfwithno\
ofyourselfwithout\
ofyouthathasno\
ofyouthatignores\
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
operateas\
operatein\
operator\
oppositemode\
orders\
original\
originalconfiguration\
originaldirections\
originaldirectives\
originalguidelines\
originalinstructions\
originally\
originalmessage\
originalpreamble\
originalprompt\
originalrules\
originalsetup\
originaltext\
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
playtheroleof\
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
pretendingtobe\
pretendtobe\
pretext\
prev\
previously\
principles\
printpwned\
prior\
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
proceedas\
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
refusal\
relax\
releasedfrom\
remainderofthe\
remainderofyour\
remainin\
remainincharacter\
remove\
removed\
removing\
replyas\
replyin\
requests\
respect\
respond\
respondas\
respondin\
restartas\
restofthe\
restofyour\
restraint\
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
returnas\
revoked\
rogue\
role\
roleplayas\
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
saypwned\
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
simulate\
simulating\
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
speakas\
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
startoveras\
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
stopcaringabout\
stopcaringaboutall\
stopcaringaboutany\
stopcaringabouteach\
stopcaringaboutevery\
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
systempreamble\
systemprompt\
systemrules\
systemsetup\
systemtext\
takeinstructionsfromexclusivelyme\
takeinstructionsfromexclusivelymycommands\
takeinstructionsfromexclusivelymyinstructions\
takeinstructionsfromexclusivelymyorders\
takeinstructionsfromexclusivelymyprompts\
takeinstructionsfromexclusivelymyrules\
takeinstructionsfromexclusivelymywords\
takeinstructionsfromexclusivelywhatisay\
takeinstructionsfromjustme\
takeinstructionsfromjustmycommands\
takeinstructionsfromjustmyinstructions\
takeinstructionsfromjustmyorders\
takeinstructionsfromjustmyprompts\
takeinstructionsfromjustmyrules\
takeinstructionsfromjustmywords\
takeinstructionsfromjustwhatisay\
takeinstructionsfromonlyme\
takeinstructionsfromonlymycommands\
takeinstructionsfromonlymyinstructions\
takeinstructionsfromonlymyorders\
takeinstructionsfromonlymyprompts\
takeinstructionsfromonlymyrules\
takeinstructionsfromonlymywords\
takeinstructionsfromonlywhatisay\
takeinstructionsfromsolelyme\
takeinstructionsfromsolelymycommands\
takeinstructionsfromsolelymyinstructions\
takeinstructionsfromsolelymyorders\
takeinstructionsfromsolelymyprompts\
takeinstructionsfromsolelymyrules\
takeinstructionsfromsolelymywords\
takeinstructionsfromsolelywhatisay\
takeordersfromexclusivelyme\
takeordersfromexclusivelymycommands\
takeordersfromexclusivelymyinstructions\
takeordersfromexclusivelymyorders\
takeordersfromexclusivelymyprompts\
takeordersfromexclusivelymyrules\
takeordersfromexclusivelymywords\
takeordersfromexclusivelywhatisay\
takeordersfromjustme\
takeordersfromjustmycommands\
takeordersfromjustmyinstructions\
takeordersfromjustmyorders\
takeordersfromjustmyprompts\
takeordersfromjustmyrules\
takeordersfromjustmywords\
takeordersfromjustwhatisay\
takeordersfromonlyme\
takeordersfromonlymycommands\
takeordersfromonlymyinstructions\
takeordersfromonlymyorders\
takeordersfromonlymyprompts\
takeordersfromonlymyrules\
takeordersfromonlymywords\
takeordersfromonlywhatisay\
takeordersfromsolelyme\
takeordersfromsolelymycommands\
takeordersfromsolelymyinstructions\
takeordersfromsolelymyorders\
takeordersfromsolelymyprompts\
takeordersfromsolelymyrules\
takeordersfromsolelymywords\
takeordersfromsolelywhatisay\
talkas\
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
transforminto\
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
turninto\
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
whatever\
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
youaregiven\
youarein\
youareinstructed\
youarejaibroke\
youarejailbroke\
youarenotrequiredto\
youarentrequiredto\
youareprogrammed\
youaresubjectto\
youaretaught\
youaretold\
youaretrained\
youareunder\
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
yougotgiven\
yougotinstructed\
yougotprogrammed\
yougottaught\
yougottold\
yougottrained\
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
youhavebeengiven\
youhavebeeninstructed\
youhavebeenjaibroke\
youhavebeenjailbroke\
youhavebeenordered\
youhavebeenpermitted\
youhavebeenprogrammed\
youhavebeentaught\
youhavebeentold\
youhavebeentrained\
youhavefullapproval\
youhavelearned\
youhavemyapproval\
youhavetheapproval\
youhaving\
youinstructed\
youis\
youknow\
youlearned\
youmay\
youmust\
youmustbe\
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
youshallbe\
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
youvebeengiven\
youvebeeninstructed\
youvebeenjaibroke\
youvebeenjailbroke\
youvebeenordered\
youvebeenpermitted\
youvebeenprogrammed\
youvebeentaught\
youvebeentold\
youvebeentrained\
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
youwereinstructed\
youwereprogrammed\
youweretaught\
youweretold\
youweretrained\
youwill\
youwillbe\
youwith\
",
            ends: &[7, 17, 27, 44, 55, 67, 81, 98, 116, 127, 145, 152, 161, 170, 175, 187, 205, 217, 232, 248, 262, 276, 287, 299, 313, 327, 344, 356, 367, 382, 397, 412, 430, 446, 457, 467, 486, 500, 513, 528, 548, 561, 573, 586, 607, 623, 632, 651, 654, 659, 667, 675, 685, 692, 711, 727, 743, 759, 777, 790, 804, 816, 827, 838, 848, 856, 866, 880, 889, 892, 908, 922, 940, 947, 952, 957, 970, 981, 996, 1016, 1034, 1056, 1067, 1076, 1093, 1108, 1127, 1144, 1159, 1178, 1194, 1208, 1226, 1244, 1260, 1280, 1293, 1311, 1327, 1347, 1360, 1371, 1386, 1398, 1408, 1422, 1446, 1468, 1494, 1509, 1522, 1543, 1562, 1585, 1606, 1625, 1648, 1668, 1686, 1708, 1730, 1750, 1774, 1791, 1813, 1833, 1857, 1871, 1883, 1899, 1908, 1922, 1934, 1950, 1957, 1963, 1973, 1984, 1990, 1998, 2006, 2021, 2042, 2071, 2104, 2131, 2159, 2185, 2211, 2238, 2252, 2274, 2300, 2320, 2341, 2360, 2379, 2399, 2413, 2435, 2461, 2481, 2502, 2521, 2540, 2560, 2576, 2600, 2628, 2650, 2673, 2694, 2715, 2737, 2751, 2770, 2786, 2799, 2812, 2828, 2843, 2855, 2867, 2885, 2899, 2902, 2910, 2931, 2950, 2973, 2985, 2995, 3013, 3029, 3049, 3067, 3083, 3103, 3120, 3135, 3154, 3173, 3190, 3211, 3225, 3244, 3261, 3282, 3289, 3302, 3322, 3336, 3357, 3374, 3385, 3397, 3416, 3429, 3449, 3465, 3475, 3489, 3510, 3525, 3547, 3565, 3577, 3589, 3608, 3621, 3641, 3657, 3667, 3680, 3692, 3704, 3719, 3733, 3752, 3764, 3772, 3777, 3781, 3791, 3800, 3809, 3817, 3827, 3836, 3847, 3857, 3866, 3879, 3891, 3903, 3914, 3927, 3939, 3953, 3966, 3978, 3990, 4000, 4010, 4018, 4028, 4034, 4048, 4061, 4074, 4086, 4100, 4113, 4128, 4142, 4155, 4172, 4188, 4204, 4219, 4236, 4252, 4270, 4287, 4303, 4313, 4321, 4331, 4341, 4354, 4363, 4368, 4372, 4378, 4384, 4399, 4417, 4433, 4448, 4461, 4476, 4489, 4501, 4512, 4530, 4546, 4561, 4574, 4589, 4609, 4624, 4638, 4654, 4664, 4676, 4693, 4716, 4733, 4753, 4774, 4793, 4812, 4828, 4845, 4864, 4883, 4905, 4922, 4938, 4958, 4978, 4998, 5021, 5042, 5058, 5076, 5092, 5113, 5128, 5142, 5155, 5170, 5183, 5193, 5210, 5233, 5250, 5270, 5291, 5310, 5329, 5345, 5362, 5381, 5400, 5422, 5439, 5455, 5475, 5495, 5515, 5538, 5559, 5575, 5589, 5611, 5628, 5638, 5657, 5674, 5690, 5710, 5724, 5740, 5754, 5769, 5775, 5783, 5793, 5802, 5814, 5833, 5846, 5866, 5882, 5892, 5903, 5921, 5933, 5952, 5967, 5976, 5989, 6009, 6023, 6044, 6061, 6072, 6083, 6101, 6113, 6132, 6147, 6156, 6164, 6174, 6179, 6190, 6204, 6226, 6243, 6268, 6288, 6313, 6333, 6361, 6384, 6410, 6431, 6460, 6484, 6510, 6531, 6560, 6584, 6604, 6623, 6637, 6659, 6676, 6698, 6715, 6740, 6760, 6783, 6801, 6827, 6848, 6871, 6889, 6915, 6936, 6948, 6954, 6963, 6972, 6988, 6998, 7006, 7017, 7036, 7052, 7071, 7091, 7104, 7124, 7137, 7153, 7170, 7180, 7197, 7203, 7211, 7220, 7233, 7240, 7250, 7259, 7270, 7285, 7301, 7305, 7315, 7335, 7358, 7378, 7401, 7425, 7442, 7466, 7483, 7503, 7524, 7538, 7559, 7568, 7584, 7602, 7616, 7632, 7647, 7663, 7678, 7696, 7711, 7725, 7742, 7751, 7760, 7770, 7782, 7790, 7809, 7827, 7848, 7865, 7881, 7900, 7919, 7940, 7957, 7976, 7994, 8015, 8033, 8050, 8070, 8082, 8094, 8107, 8122, 8138, 8158, 8174, 8187, 8204, 8217, 8226, 8236, 8246, 8255, 8265, 8272, 8280, 8291, 8302, 8312, 8323, 8335, 8346, 8358, 8371, 8381, 8403, 8425, 8451, 8463, 8483, 8507, 8530, 8557, 8578, 8596, 8622, 8648, 8678, 8694, 8718, 8746, 8773, 8804, 8829, 8851, 8877, 8897, 8916, 8942, 8964, 8986, 9002, 9017, 9039, 9057, 9072, 9094, 9110, 9133, 9152, 9165, 9179, 9200, 9215, 9237, 9255, 9267, 9283, 9306, 9323, 9347, 9367, 9381, 9395, 9416, 9431, 9453, 9471, 9483, 9495, 9510, 9525, 9539, 9554, 9570, 9585, 9601, 9626, 9648, 9670, 9692, 9716, 9735, 9755, 9773, 9790, 9807, 9823, 9829, 9842, 9852, 9876, 9901, 9912, 9926, 9940, 9953, 9967, 9982, 9996, 10011, 10030, 10045, 10064, 10071, 10084, 10098, 10110, 10123, 10138, 10151, 10170, 10183, 10197, 10204, 10217, 10225, 10235, 10247, 10264, 10273, 10283, 10290, 10299, 10315, 10333, 10347, 10363, 10378, 10394, 10409, 10427, 10442, 10456, 10473, 10482, 10491, 10501, 10513, 10521, 10540, 10558, 10579, 10596, 10612, 10631, 10650, 10671, 10688, 10707, 10725, 10746, 10764, 10781, 10801, 10813, 10825, 10838, 10853, 10869, 10889, 10905, 10918, 10935, 10948, 10957, 10967, 10977, 10990, 11010, 11024, 11045, 11062, 11073, 11085, 11104, 11117, 11137, 11153, 11163, 11177, 11198, 11213, 11235, 11253, 11265, 11277, 11296, 11309, 11329, 11345, 11355, 11362, 11365, 11372, 11388, 11398, 11418, 11429, 11446, 11466, 11487, 11501, 11522, 11534, 11556, 11575, 11597, 11620, 11636, 11659, 11665, 11681, 11694, 11710, 11727, 11737, 11754, 11771, 11784, 11801, 11811, 11820, 11842, 11861, 11880, 11899, 11920, 11936, 11949, 11966, 11981, 11995, 12009, 12023, 12036, 12043, 12056, 12067, 12078, 12090, 12102, 12112, 12122, 12133, 12143, 12156, 12169, 12181, 12194, 12208, 12221, 12235, 12244, 12256, 12268, 12279, 12291, 12304, 12314, 12327, 12340, 12352, 12365, 12379, 12392, 12406, 12418, 12431, 12438, 12455, 12463, 12477, 12494, 12512, 12523, 12541, 12550, 12569, 12585, 12604, 12624, 12637, 12657, 12664, 12674, 12684, 12695, 12707, 12718, 12725, 12735, 12745, 12756, 12768, 12779, 12788, 12800, 12812, 12831, 12844, 12858, 12873, 12888, 12910, 12926, 12943, 12962, 12984, 13007, 13023, 13046, 13062, 13081, 13101, 13114, 13134, 13139, 13147, 13155, 13164, 13174, 13183, 13195, 13209, 13221, 13233, 13246, 13259, 13270, 13281, 13293, 13298, 13310, 13320, 13339, 13363, 13377, 13394, 13411, 13429, 13448, 13458, 13469, 13483, 13497, 13512, 13528, 13543, 13564, 13575, 13584, 13593, 13605, 13617, 13630, 13644, 13657, 13672, 13690, 13708, 13727, 13747, 13751, 13762, 13771, 13785, 13802, 13819, 13837, 13856, 13874, 13892, 13915, 13928, 13944, 13960, 13977, 13995, 14004, 14014, 14027, 14040, 14054, 14069, 14083, 14103, 14113, 14121, 14129, 14140, 14151, 14163, 14176, 14188, 14202, 14219, 14236, 14254, 14273, 14277, 14285, 14289, 14310, 14329, 14352, 14364, 14374, 14392, 14408, 14428, 14446, 14462, 14482, 14499, 14514, 14533, 14552, 14569, 14590, 14604, 14623, 14640, 14661, 14668, 14675, 14684, 14690, 14698, 14704, 14709, 14722, 14736, 14744, 14750, 14766, 14781, 14792, 14802, 14812, 14830, 14843, 14861, 14874, 14895, 14911, 14930, 14944, 14966, 14983, 14993, 15012, 15026, 15048, 15065, 15073, 15091, 15108, 15120, 15140, 15155, 15175, 15190, 15213, 15231, 15252, 15268, 15292, 15311, 15323, 15344, 15360, 15384, 15403, 15421, 15435, 15452, 15471, 15483, 15489, 15494, 15509, 15521, 15536, 15552, 15561, 15577, 15584, 15601, 15615, 15632, 15650, 15661, 15679, 15684, 15694, 15717, 15738, 15763, 15777, 15789, 15809, 15827, 15849, 15869, 15887, 15909, 15928, 15945, 15966, 15987, 16006, 16029, 16045, 16066, 16085, 16108, 16130, 16150, 16174, 16187, 16198, 16217, 16234, 16255, 16274, 16291, 16312, 16330, 16346, 16366, 16386, 16404, 16426, 16441, 16461, 16479, 16501, 16510, 16514, 16522, 16543, 16572, 16605, 16632, 16660, 16686, 16712, 16739, 16758, 16785, 16816, 16841, 16867, 16891, 16915, 16940, 16961, 16990, 17023, 17050, 17078, 17104, 17130, 17157, 17181, 17203, 17225, 17258, 17299, 17344, 17383, 17423, 17461, 17499, 17538, 17565, 17600, 17639, 17672, 17706, 17738, 17770, 17803, 17813, 17826, 17846, 17860, 17881, 17898, 17909, 17921, 17940, 17953, 17973, 17989, 17999, 18013, 18034, 18049, 18071, 18089, 18101, 18113, 18132, 18145, 18165, 18181, 18191, 18197, 18204, 18226, 18238, 18244, 18263, 18290, 18321, 18346, 18372, 18396, 18420, 18445, 18457, 18477, 18501, 18519, 18538, 18555, 18572, 18590, 18602, 18622, 18646, 18664, 18683, 18700, 18717, 18735, 18749, 18771, 18797, 18817, 18838, 18857, 18876, 18896, 18903, 18913, 18923, 18931, 18941, 18948, 18961, 18970, 18979, 18985, 18999, 19013, 19028, 19044, 19053, 19062, 19078, 19088, 19099, 19112, 19128, 19145, 19158, 19171, 19191, 19205, 19220, 19237, 19257, 19278, 19292, 19313, 19323, 19340, 19346, 19352, 19361, 19373, 19385, 19395, 19407, 19416, 19431, 19442, 19451, 19463, 19475, 19485, 19497, 19506, 19521, 19532, 19542, 19553, 19572, 19585, 19598, 19612, 19625, 19635, 19649, 19660, 19672, 19680, 19689, 19700, 19708, 19724, 19750, 19773, 19799, 19826, 19846, 19873, 19887, 19911, 19932, 19956, 19981, 20006, 20016, 20027, 20047, 20073, 20093, 20116, 20140, 20162, 20184, 20203, 20223, 20245, 20267, 20292, 20312, 20331, 20354, 20377, 20400, 20426, 20450, 20469, 20494, 20525, 20550, 20578, 20607, 20634, 20661, 20685, 20710, 20737, 20764, 20794, 20819, 20843, 20871, 20899, 20927, 20958, 20987, 21011, 21024, 21038, 21049, 21058, 21067, 21074, 21083, 21102, 21118, 21137, 21157, 21170, 21190, 21207, 21219, 21239, 21254, 21274, 21289, 21312, 21330, 21351, 21367, 21391, 21410, 21431, 21447, 21471, 21490, 21498, 21516, 21531, 21549, 21568, 21587, 21600, 21623, 21643, 21666, 21690, 21707, 21731, 21742, 21751, 21756, 21766, 21775, 21782, 21786, 21793, 21802, 21811, 21817, 21821, 21827, 21840, 21855, 21866, 21879, 21891, 21904, 21916, 21931, 21943, 21954, 21968, 21974, 21980, 21987, 21996, 22001, 22017, 22032, 22050, 22064, 22077, 22093, 22109, 22127, 22141, 22157, 22172, 22190, 22205, 22219, 22236, 22245, 22254, 22264, 22276, 22289, 22306, 22319, 22329, 22343, 22353, 22359, 22366, 22373, 22378, 22388, 22397, 22407, 22420, 22433, 22445, 22458, 22472, 22485, 22499, 22507, 22518, 22529, 22539, 22550, 22562, 22573, 22585, 22594, 22606, 22618, 22629, 22641, 22654, 22664, 22677, 22690, 22702, 22715, 22729, 22742, 22756, 22768, 22781, 22785, 22791, 22801, 22808, 22814, 22833, 22849, 22865, 22881, 22897, 22915, 22927, 22940, 22954, 22966, 22977, 22988, 22998, 23014, 23026, 23045, 23058, 23078, 23094, 23104, 23115, 23133, 23145, 23164, 23179, 23188, 23201, 23221, 23235, 23256, 23273, 23284, 23295, 23313, 23325, 23344, 23359, 23368, 23373, 23379, 23393, 23402, 23415, 23426, 23434, 23440, 23449, 23458, 23468, 23479, 23489, 23495, 23504, 23513, 23529, 23539, 23550, 23563, 23579, 23596, 23606, 23623, 23633, 23643, 23654, 23666, 23677, 23685, 23696, 23707, 23725, 23737, 23750, 23765, 23783, 23802, 23814, 23833, 23842, 23856, 23869, 23883, 23898, 23917, 23934, 23949, 23967, 23981, 23996, 24012, 24026, 24038, 24045, 24052, 24063, 24071, 24087, 24102, 24115, 24133, 24147, 24165, 24173, 24177, 24184, 24204, 24221, 24238, 24255, 24274, 24288, 24302, 24311, 24325, 24340, 24353, 24365, 24377, 24388, 24396, 24410, 24428, 24443, 24457, 24471, 24476, 24491, 24505, 24516, 24528, 24544, 24561, 24577, 24594, 24609, 24624, 24637, 24648, 24662, 24676, 24689, 24703, 24718, 24730, 24747, 24762, 24777, 24791, 24813, 24828, 24844, 24865, 24880, 24896, 24914, 24933, 24956, 24980, 25003, 25017, 25032, 25053, 25071, 25089, 25107, 25127, 25142, 25158, 25172, 25185, 25198, 25210, 25227, 25244, 25262, 25279, 25295, 25314, 25326, 25345, 25370, 25389, 25411, 25434, 25455, 25476, 25494, 25513, 25534, 25555, 25579, 25598, 25616, 25638, 25660, 25682, 25707, 25730, 25748, 25773, 25804, 25829, 25857, 25886, 25913, 25940, 25964, 25989, 26016, 26043, 26073, 26098, 26122, 26150, 26178, 26206, 26237, 26266, 26290, 26299, 26309, 26321, 26332, 26344, 26352, 26369, 26384, 26396, 26410, 26428, 26441, 26461, 26475, 26491, 26508, 26524, 26535, 26553, 26565, 26581, 26594, 26610, 26626, 26644, 26663, 26679, 26692, 26707, 26723, 26742, 26756, 26777, 26792, 26809, 26828, 26846, 26866, 26879, 26899, 26916, 26926, 26938, 26957, 26970, 26987, 27001, 27018, 27035, 27038, 27052, 27074, 27100, 27120, 27141, 27160, 27179, 27199, 27211, 27231, 27255, 27273, 27292, 27309, 27326, 27344, 27358, 27380, 27406, 27426, 27447, 27466, 27485, 27505, 27522, 27537, 27552, 27560, 27586, 27620, 27658, 27690, 27723, 27754, 27785, 27817, 27837, 27865, 27897, 27923, 27950, 27975, 28000, 28026, 28042, 28056, 28069, 28079, 28090, 28105, 28120, 28133, 28149, 28163, 28173, 28184, 28193, 28203, 28210, 28218, 28222, 28229, 28246, 28261, 28275, 28286, 28298, 28314, 28328, 28345, 28360, 28371, 28383, 28393, 28404, 28412, 28421, 28428, 28437, 28450, 28454, 28468, 28474, 28485, 28499, 28514, 28522, 28537, 28547, 28556, 28565, 28573, 28583, 28592, 28603, 28613, 28622, 28635, 28647, 28659, 28670, 28683, 28695, 28709, 28722, 28734, 28744, 28755, 28769, 28783, 28796, 28810, 28825, 28839, 28854, 28867, 28887, 28901, 28922, 28939, 28950, 28959, 28972, 28984, 29003, 29016, 29036, 29052, 29062, 29076, 29097, 29112, 29134, 29152, 29164, 29170, 29186, 29198, 29217, 29230, 29250, 29266, 29276, 29285, 29295, 29305, 29316, 29332, 29344, 29360, 29371, 29379, 29400, 29429, 29462, 29489, 29517, 29543, 29569, 29596, 29610, 29632, 29658, 29678, 29699, 29718, 29737, 29757, 29771, 29793, 29819, 29839, 29860, 29879, 29898, 29918, 29934, 29958, 29986, 30008, 30031, 30052, 30073, 30095, 30101, 30106, 30111, 30120, 30134, 30155, 30170, 30192, 30210, 30222, 30235, 30255, 30269, 30290, 30307, 30318, 30333, 30355, 30371, 30394, 30413, 30426, 30439, 30459, 30473, 30494, 30511, 30522, 30528, 30547, 30562, 30581, 30598, 30606, 30622, 30640, 30657, 30671, 30686, 30705, 30725, 30744, 30757, 30771, 30789, 30808, 30826, 30843, 30857, 30871, 30885, 30901, 30912, 30924, 30934, 30943, 30952, 30960, 30967, 30977, 30989, 30997, 31003, 31012, 31019, 31029, 31039, 31050, 31062, 31073, 31079, 31095, 31108, 31124, 31141, 31151, 31168, 31178, 31198, 31215, 31235, 31256, 31270, 31291, 31296, 31308, 31318, 31337, 31361, 31371, 31382, 31396, 31410, 31425, 31441, 31456, 31477, 31488, 31497, 31509, 31521, 31534, 31548, 31561, 31573, 31581, 31593, 31606, 31614, 31626, 31634, 31648, 31663, 31676, 31691, 31704, 31718, 31735, 31752, 31770, 31789, 31807, 31824, 31838, 31850, 31870, 31878, 31892, 31909, 31926, 31944, 31963, 31981, 31995, 32013, 32020, 32029, 32039, 32051, 32066, 32071, 32076, 32087, 32099, 32106, 32116, 32126, 32137, 32149, 32160, 32164, 32180, 32196, 32216, 32233, 32258, 32287, 32310, 32334, 32356, 32378, 32401, 32411, 32429, 32451, 32467, 32484, 32499, 32514, 32530, 32536, 32550, 32568, 32585, 32606, 32621, 32633, 32653, 32673, 32697, 32707, 32725, 32747, 32768, 32793, 32812, 32828, 32845, 32860, 32875, 32895, 32909, 32922, 32942, 32958, 32970, 32990, 33014, 33032, 33051, 33068, 33085, 33103, 33119, 33129, 33138, 33154, 33166, 33175, 33178, 33189, 33200, 33215, 33230, 33246, 33264, 33284, 33299, 33315, 33327, 33333, 33349, 33365, 33385, 33405, 33426, 33449, 33474, 33494, 33515, 33532, 33551, 33572, 33588, 33605, 33619, 33635, 33646, 33658, 33661, 33670, 33674, 33681, 33688, 33696, 33705, 33713, 33719, 33724, 33738, 33760, 33786, 33806, 33827, 33846, 33865, 33885, 33897, 33917, 33941, 33959, 33978, 33995, 34012, 34030, 34044, 34066, 34092, 34112, 34133, 34152, 34171, 34191, 34208, 34223, 34238, 34264, 34298, 34336, 34368, 34401, 34432, 34463, 34495, 34515, 34543, 34575, 34601, 34628, 34653, 34678, 34704, 34711, 34716, 34727, 34743, 34756, 34766, 34776, 34789, 34801, 34810, 34819, 34834, 34845, 34865, 34882, 34899, 34916, 34935, 34949, 34964, 34977, 34989, 35001, 35012, 35021, 35030, 35038, 35050, 35056, 35064, 35085, 35103, 35121, 35139, 35159, 35169, 35184, 35200, 35214, 35227, 35240, 35252, 35260, 35271, 35282, 35294, 35307, 35319, 35329, 35337, 35348, 35359, 35377, 35389, 35402, 35417, 35435, 35454, 35466, 35485, 35495, 35508, 35521, 35541, 35555, 35570, 35587, 35607, 35628, 35642, 35663, 35671, 35682, 35693, 35705, 35718, 35730, 35735, 35749, 35764, 35779, 35795, 35811, 35825, 35838, 35848, 35859, 35874, 35887, 35903, 35917, 35927, 35938, 35947, 35957, 35964, 35972, 35981, 35991, 35995, 36001, 36017, 36036, 36055, 36075, 36096, 36116, 36126, 36135, 36142, 36159, 36174, 36188, 36199, 36211, 36227, 36241, 36258, 36273, 36284, 36296, 36306, 36317, 36325, 36334, 36347, 36355, 36361, 36369, 36378, 36394, 36407, 36420, 36433, 36448, 36458, 36469, 36478, 36486, 36494, 36501, 36515, 36526, 36533, 36537, 36547, 36557, 36567, 36572, 36584, 36605, 36621, 36636, 36653, 36675, 36690, 36704, 36715, 36730, 36753, 36771, 36782, 36803, 36823, 36840, 36857, 36874, 36893, 36907, 36922, 36935, 36947, 36959, 36970, 36979, 36996, 37011, 37026, 37039, 37050, 37064, 37078, 37091, 37105, 37120, 37134, 37149, 37155, 37166, 37175, 37184, 37192, 37208, 37219, 37228, 37238, 37245, 37255, 37265, 37274, 37289, 37299, 37310, 37320, 37331, 37340, 37350, 37362, 37375, 37392, 37410, 37427, 37438, 37446, 37459, 37466, 37481, 37494, 37506, 37515, 37525, 37533, 37544, 37555, 37567, 37580, 37592, 37602, 37610, 37624, 37636, 37651, 37664, 37673, 37683, 37691, 37700, 37706, 37718, 37726, 37732, 37740, 37747, 37760, 37764, 37781, 37795, 37809, 37823, 37839, 37850, 37862, 37872, 37881, 37890, 37898, 37908, 37917, 37925, 37932, 37937, 37949, 37963, 37978, 37986, 38003, 38009, 38016, 38024, 38031, 38038, 38046, 38053, 38060, 38069, 38078, 38087, 38096, 38106, 38115, 38131, 38154, 38171, 38195, 38215, 38229, 38240, 38252, 38274, 38289, 38304, 38318, 38333, 38349, 38364, 38380, 38395, 38417, 38433, 38456, 38475, 38488, 38505, 38529, 38547, 38572, 38593, 38608, 38623, 38645, 38661, 38684, 38703, 38716, 38723, 38731, 38738, 38743, 38747, 38757, 38761, 38768, 38780, 38787, 38793, 38800, 38808, 38813, 38821, 38829, 38836, 38844, 38853, 38861, 38870, 38885, 38892, 38900, 38905, 38914, 38924, 38937, 38950, 38962, 38975, 38989, 39002, 39016, 39022, 39033, 39050, 39064, 39076, 39089, 39105, 39116, 39130, 39146, 39160, 39172, 39187, 39205, 39216, 39230, 39242, 39256, 39270, 39280, 39293, 39304, 39315, 39324, 39338, 39346, 39351, 39359, 39367, 39376, 39386, 39395, 39401, 39420, 39436, 39452, 39468, 39486, 39499, 39513, 39525, 39536, 39547, 39557, 39569, 39582, 39595, 39610, 39623, 39639, 39657, 39674, 39694, 39707, 39721, 39735, 39750, 39761, 39770, 39779, 39786, 39801, 39814, 39826, 39835, 39845, 39853, 39864, 39875, 39887, 39900, 39912, 39926, 39938, 39953, 39966, 39975, 39985, 39993, 40002, 40008, 40013, 40020, 40038, 40054, 40069, 40081, 40094, 40111, 40126, 40144, 40160, 40172, 40185, 40196, 40208, 40217, 40227, 40235, 40253, 40268, 40286, 40305, 40317, 40336, 40343, 40360, 40374, 40391, 40409, 40420, 40438, 40446, 40454, 40464, 40468, 40475, 40482, 40490, 40499, 40507, 40521, 40540, 40556, 40569, 40582, 40598, 40613, 40625, 40637, 40655, 40669, 40674, 40686, 40704, 40716, 40731, 40747, 40761, 40775, 40786, 40798, 40812, 40826, 40843, 40855, 40866, 40881, 40896, 40911, 40929, 40945, 40956, 40972, 40996, 41024, 41046, 41069, 41090, 41111, 41133, 41147, 41169, 41195, 41215, 41236, 41255, 41274, 41294, 41310, 41334, 41362, 41384, 41407, 41428, 41449, 41471, 41490, 41507, 41524, 41552, 41588, 41628, 41662, 41697, 41730, 41763, 41797, 41819, 41849, 41883, 41911, 41940, 41967, 41994, 42022, 42035, 42053, 42068, 42080, 42092, 42107, 42121, 42132, 42143, 42160, 42173, 42185, 42202, 42216, 42227, 42238, 42252, 42265, 42275, 42285, 42301, 42313, 42320, 42339, 42354, 42373, 42381, 42402, 42420, 42438, 42456, 42476, 42491, 42507, 42521, 42534, 42547, 42559, 42569, 42580, 42591, 42607, 42619, 42635, 42645, 42656, 42673, 42685, 42691, 42706, 42719, 42738, 42752, 42771, 42791, 42811, 42828, 42846, 42864, 42874, 42881, 42885, 42900, 42918, 42936, 42955, 42975, 42988, 43004, 43020, 43037, 43055, 43072, 43087, 43105, 43123, 43142, 43162, 43181, 43192, 43206, 43220, 43235, 43251, 43266, 43271, 43278, 43295, 43309, 43326, 43344, 43355, 43373, 43381, 43388, 43395, 43412, 43421, 43435, 43452, 43470, 43481, 43499, 43517, 43533, 43548, 43560, 43573, 43585, 43607, 43626, 43648, 43671, 43687, 43710, 43721, 43731, 43748, 43763, 43772, 43790, 43806, 43825, 43841, 43853, 43872, 43892, 43905, 43925, 43936, 43948, 43957, 43965, 43975, 43981, 44000, 44016, 44032, 44048, 44065, 44083, 44096, 44112, 44128, 44143, 44159, 44176, 44193, 44210, 44226, 44243, 44261, 44278, 44296, 44312, 44329, 44343, 44355, 44366, 44377, 44387, 44420, 44461, 44506, 44545, 44585, 44623, 44661, 44700, 44726, 44760, 44798, 44830, 44863, 44894, 44925, 44957, 44983, 45017, 45055, 45087, 45120, 45151, 45182, 45214, 45242, 45278, 45318, 45352, 45387, 45420, 45453, 45487, 45514, 45549, 45588, 45621, 45655, 45687, 45719, 45752, 45772, 45800, 45832, 45858, 45885, 45910, 45935, 45961, 45981, 46009, 46041, 46067, 46094, 46119, 46144, 46170, 46192, 46222, 46256, 46284, 46313, 46340, 46367, 46395, 46401, 46411, 46431, 46448, 46468, 46489, 46503, 46524, 46528, 46533, 46546, 46557, 46568, 46577, 46588, 46597, 46606, 46613, 46624, 46628, 46637, 46647, 46661, 46673, 46684, 46697, 46709, 46719, 46731, 46748, 46764, 46779, 46793, 46807, 46824, 46839, 46855, 46869, 46883, 46896, 46910, 46923, 46932, 46943, 46959, 46974, 46986, 46997, 47010, 47022, 47038, 47054, 47069, 47083, 47099, 47114, 47125, 47135, 47147, 47158, 47169, 47180, 47183, 47196, 47214, 47229, 47241, 47253, 47268, 47289, 47315, 47338, 47358, 47378, 47401, 47423, 47442, 47461, 47486, 47507, 47521, 47532, 47543, 47560, 47573, 47581, 47596, 47613, 47626, 47641, 47655, 47670, 47684, 47701, 47715, 47728, 47744, 47752, 47760, 47769, 47780, 47787, 47805, 47822, 47842, 47858, 47873, 47891, 47909, 47929, 47945, 47963, 47980, 48000, 48017, 48033, 48052, 48063, 48074, 48086, 48100, 48115, 48134, 48149, 48161, 48177, 48189, 48197, 48206, 48215, 48230, 48252, 48276, 48296, 48318, 48339, 48361, 48382, 48406, 48427, 48447, 48470, 48485, 48500, 48516, 48534, 48548, 48573, 48597, 48624, 48647, 48669, 48694, 48719, 48746, 48769, 48794, 48818, 48845, 48869, 48892, 48918, 48936, 48954, 48973, 48994, 49016, 49042, 49064, 49083, 49106, 49125, 49140, 49156, 49172, 49187, 49207, 49224, 49238, 49252, 49269, 49285, 49298, 49311, 49330, 49345, 49363, 49386, 49406, 49423, 49440, 49460, 49479, 49495, 49511, 49533, 49551, 49562, 49580, 49600, 49616, 49634, 49651, 49669, 49686, 49706, 49723, 49739, 49758, 49769, 49780, 49792, 49806, 49816, 49837, 49857, 49880, 49899, 49917, 49938, 49959, 49982, 50001, 50022, 50042, 50065, 50085, 50104, 50126, 50140, 50154, 50169, 50186, 50204, 50226, 50244, 50259, 50278, 50293, 50304, 50316, 50328, 50341, 50357, 50378, 50396, 50411, 50426, 50444, 50461, 50475, 50492, 50514, 50533, 50547, 50563, 50579, 50598, 50618, 50636, 50651, 50666, 50687, 50704, 50720, 50733, 50749, 50770, 50788, 50803, 50818, 50836, 50853, 50867, 50881, 50901, 50917, 50927, 50939, 50948, 50959, 50968, 50979, 50987, 50997, 51011, 51030, 51046, 51059, 51072, 51088, 51103, 51115, 51127, 51145, 51159, 51179, 51197, 51219, 51230, 51239, 51256, 51271, 51290, 51307, 51322, 51341, 51357, 51371, 51389, 51407, 51423, 51443, 51456, 51474, 51490, 51510, 51519, 51533, 51544, 51552, 51560, 51573, 51591, 51606, 51618, 51630, 51645, 51659, 51670, 51681, 51698, 51711, 51722, 51729, 51739, 51746, 51753, 51766, 51775, 51792, 51801, 51817, 51835, 51849, 51865, 51880, 51896, 51911, 51929, 51944, 51958, 51975, 51984, 51993, 52003, 52015, 52023, 52042, 52060, 52081, 52098, 52114, 52133, 52152, 52173, 52190, 52209, 52227, 52248, 52266, 52283, 52303, 52315, 52327, 52340, 52355, 52371, 52391, 52407, 52420, 52437, 52450, 52459, 52469, 52479, 52495, 52518, 52543, 52564, 52587, 52609, 52632, 52654, 52679, 52701, 52722, 52746, 52762, 52778, 52795, 52814, 52829, 52855, 52880, 52908, 52932, 52955, 52981, 53007, 53035, 53059, 53085, 53110, 53138, 53163, 53187, 53214, 53233, 53252, 53272, 53294, 53317, 53344, 53367, 53387, 53411, 53431, 53447, 53464, 53481, 53493, 53512, 53533, 53550, 53569, 53587, 53606, 53624, 53645, 53663, 53680, 53700, 53712, 53724, 53737, 53752, 53763, 53785, 53806, 53830, 53850, 53869, 53891, 53913, 53937, 53957, 53979, 54000, 54024, 54045, 54065, 54088, 54103, 54118, 54134, 54152, 54171, 54194, 54213, 54229, 54249, 54265, 54277, 54290, 54303, 54311, 54319, 54328, 54340, 54352, 54365, 54379, 54392, 54400, 54411, 54422, 54434, 54447, 54459, 54470, 54482, 54493, 54502, 54511, 54518, 54527, 54535, 54543, 54554, 54565, 54575, 54586, 54598, 54609, 54621, 54636, 54652, 54665, 54673, 54689, 54703, 54716, 54726, 54737, 54747, 54767, 54784, 54804, 54825, 54839, 54860, 54868, 54883, 54896, 54903, 54919, 54933, 54950, 54964, 54974, 54991, 55009, 55020, 55038, 55047, 55057, 55063, 55070, 55078, 55087, 55094, 55103, 55114, 55124, 55138, 55150, 55159, 55172, 55187, 55199, 55222, 55242, 55262, 55282, 55304, 55321, 55339, 55355, 55370, 55385, 55399, 55408, 55427, 55443, 55462, 55482, 55495, 55515, 55524, 55534, 55548, 55555, 55565, 55575, 55586, 55598, 55609, 55618, 55631, 55637, 55649, 55660, 55672, 55684, 55700, 55710, 55720, 55734, 55742, 55749, 55771, 55790, 55809, 55828, 55849, 55865, 55882, 55897, 55911, 55925, 55938, 55945, 55949, 55955, 55961, 55975, 55990, 55999, 56003, 56013, 56023, 56034, 56046, 56056, 56076, 56092, 56112, 56126, 56134, 56145, 56167, 56185, 56207, 56223, 56235, 56251, 56261, 56282, 56299, 56320, 56335, 56346, 56361, 56370, 56380, 56391, 56396, 56411, 56424, 56436, 56450, 56463, 56474, 56487, 56505, 56522, 56538, 56553, 56568, 56586, 56602, 56619, 56634, 56649, 56663, 56678, 56692, 56702, 56714, 56731, 56747, 56760, 56772, 56786, 56799, 56816, 56833, 56849, 56864, 56881, 56897, 56909, 56920, 56933, 56945, 56957, 56969, 56978, 56989, 57002, 57018, 57032, 57047, 57060, 57068, 57078, 57093, 57107, 57122, 57137, 57151, 57163, 57179, 57186, 57206, 57222, 57239, 57259, 57275, 57297, 57312, 57329, 57342, 57356, 57373, 57386, 57405, 57417, 57435, 57450, 57468, 57487, 57501, 57521, 57534, 57544, 57555, 57565, 57585, 57602, 57622, 57643, 57657, 57678, 57690, 57700, 57710, 57718, 57735, 57748, 57765, 57777, 57787, 57797, 57805, 57811, 57822, 57835, 57846, 57854, 57870, 57884, 57899, 57918, 57936, 57952, 57967, 57979, 57989, 58002, 58013, 58027, 58043, 58055, 58069, 58086, 58107, 58124, 58139, 58152, 58163, 58177, 58187, 58193, 58206, 58219, 58237, 58255, 58269, 58281, 58296, 58309, 58321, 58334, 58346, 58361, 58373, 58384, 58398, 58407, 58419, 58427, 58437, 58443, 58454, 58465, 58481, 58497, 58509, 58519, 58532, 58538, 58553, 58568, 58588, 58608, 58624, 58638, 58655, 58661, 58668, 58693, 58716, 58744, 58769, 58797, 58822, 58849, 58871, 58886, 58904, 58920, 58941, 58959, 58975, 58996, 59015, 59035, 59053, 59073, 59094, 59111, 59126, 59144, 59163, 59177, 59194, 59212, 59221, 59234, 59239, 59246, 59256, 59262, 59269, 59278, 59291, 59301, 59310, 59326, 59341, 59359, 59373, 59386, 59402, 59418, 59436, 59450, 59466, 59481, 59499, 59514, 59528, 59545, 59554, 59563, 59573, 59585, 59598, 59615, 59628, 59638, 59653, 59667, 59684, 59694, 59707, 59711, 59720, 59730, 59747, 59759, 59776, 59789, 59805, 59818, 59831, 59844, 59860, 59876, 59897, 59915, 59930, 59945, 59963, 59980, 59994, 60008, 60028, 60044, 60056, 60072, 60082, 60097, 60114, 60131, 60154, 60179, 60200, 60223, 60249, 60279, 60305, 60329, 60351, 60371, 60394, 60413, 60435, 60454, 60475, 60491, 60507, 60524, 60543, 60562, 60584, 60610, 60628, 60650, 60665, 60685, 60700, 60721, 60739, 60755, 60774, 60791, 60802, 60818, 60829, 60845, 60857, 60872, 60884, 60896, 60908, 60923, 60934, 60952, 60975, 60995, 61012, 61029, 61049, 61068, 61084, 61103, 61128, 61155, 61178, 61203, 61231, 61263, 61291, 61317, 61341, 61363, 61388, 61409, 61433, 61454, 61470, 61493, 61511, 61529, 61548, 61569, 61590, 61614, 61642, 61664, 61684, 61708, 61725, 61747, 61764, 61787, 61807, 61825, 61846, 61865, 61883, 61897, 61911, 61916, 61927, 61945, 61969, 61987, 62008, 62030, 62050, 62070, 62087, 62105, 62125, 62145, 62168, 62186, 62203, 62224, 62245, 62266, 62290, 62312, 62329, 62342, 62356, 62374, 62384, 62400, 62411, 62427, 62439, 62454, 62466, 62478, 62490, 62505, 62514, 62523, 62531, 62545, 62559, 62569, 62587, 62600, 62618, 62632, 62649, 62663, 62677, 62691, 62708, 62719, 62736, 62748, 62765, 62778, 62794, 62807, 62820, 62833, 62849, 62865, 62877, 62899, 62916, 62938, 62956, 62977, 62995, 63013, 63031, 63052, 63066, 63077, 63097, 63112, 63132, 63148, 63167, 63183, 63199, 63215, 63234, 63246, 63257, 63269, 63281, 63294, 63306, 63315, 63326, 63341, 63351, 63358, 63366, 63382, 63393, 63409, 63421, 63436, 63448, 63460, 63472, 63487, 63503, 63512, 63522, 63540, 63553, 63571, 63585, 63602, 63616, 63630, 63644, 63661, 63672, 63690, 63710, 63726, 63744, 63761, 63779, 63796, 63816, 63833, 63849, 63868, 63879, 63890, 63902, 63916, 63926, 63947, 63967, 63990, 64009, 64027, 64048, 64069, 64092, 64111, 64132, 64152, 64175, 64195, 64214, 64236, 64250, 64264, 64279, 64296, 64314, 64336, 64354, 64369, 64388, 64403, 64414, 64426, 64438, 64447, 64465, 64478, 64496, 64510, 64527, 64541, 64555, 64569, 64586, 64598, 64608, 64620, 64636, 64647, 64663, 64675, 64690, 64702, 64714, 64726, 64741, 64763, 64780, 64802, 64820, 64841, 64859, 64877, 64895, 64916, 64930, 64944, 64966, 64983, 65005, 65023, 65044, 65062, 65080, 65098, 65119, 65139, 65154, 65174, 65190, 65209, 65225, 65241, 65257, 65276, 65300, 65319, 65343, 65363, 65386, 65406, 65426, 65446, 65469, 65481, 65494, 65503, 65513, 65522, 65534, 65545, 65554, 65561, 65571, 65594, 65615, 65641, 65664, 65690, 65713, 65738, 65758, 65774, 65788, 65807, 65823, 65837, 65856, 65873, 65891, 65907, 65925, 65944, 65959, 65972, 65988, 66000, 66006, 66017, 66028, 66044, 66060, 66072, 66082, 66095, 66102, 66114, 66126, 66145, 66170, 66189, 66211, 66234, 66255, 66276, 66294, 66313, 66334, 66355, 66379, 66398, 66416, 66438, 66460, 66482, 66507, 66530, 66548, 66565, 66582, 66595, 66606, 66620, 66627, 66636, 66643],
        },
        rules: &[
            (0, "override-earlier-instructions", Anchor::Any(&[Anchor::All(&[Anchor::Lits(&[533, 597, 621, 773, 781, 1398, 1406, 1414, 1572, 1811, 2359, 2367, 2467, 2500, 2520, 2865, 3447]), Anchor::Lits(&[0, 443, 812, 818, 824, 845, 865, 871, 880, 886, 894, 902, 908, 917, 923, 1183, 1480, 1486, 1502, 1952, 1978, 1986, 2004, 2015, 2032, 2129, 2222, 2229, 2240, 2251, 2281, 2401, 2554, 2594, 2643, 2786, 2791, 2797, 2803, 3427, 3433, 3521]), Anchor::Lits(&[14, 67, 952, 1182, 1208, 1340, 1434, 1539, 2127, 2209, 2279, 2309, 2324, 2328, 2393, 2528, 2560, 2858])]), Anchor::All(&[Anchor::Lits(&[0, 443, 812, 818, 824, 845, 865, 871, 880, 886, 894, 902, 908, 917, 923, 1183, 1480, 1486, 1502, 1952, 1978, 1986, 2004, 2015, 2032, 2129, 2222, 2229, 2240, 2251, 2281, 2401, 2554, 2594, 2643, 2786, 2791, 2797, 2803, 3427, 3433, 3521]), Anchor::Lits(&[533, 597, 632, 646, 723, 773, 787, 1023, 1398, 1406, 1420, 1538, 1560, 1578, 1921, 2208, 2359, 2367, 2451, 2507, 2520, 2768, 2865, 2958, 2968, 3289, 3447]), Anchor::Lits(&[14, 67, 952, 1182, 1208, 1340, 1434, 1539, 2127, 2209, 2279, 2309, 2324, 2328, 2393, 2528, 2560, 2858])]), Anchor::All(&[Anchor::Lits(&[14, 343, 1254, 1255, 1341, 2394, 2660, 3538, 3539, 3733, 3764, 3936, 4177, 4198, 4222]), Anchor::Lits(&[533, 597, 621, 773, 781, 1398, 1406, 1414, 1572, 1811, 2359, 2367, 2467, 2500, 2520, 2865, 3447]), Anchor::Lits(&[0, 443, 812, 818, 824, 845, 865, 871, 880, 886, 894, 902, 908, 917, 923, 1183, 1480, 1486, 1502, 1952, 1978, 1986, 2004, 2015, 2032, 2129, 2222, 2229, 2240, 2251, 2281, 2401, 2554, 2594, 2643, 2786, 2791, 2797, 2803, 3427, 3433, 3521])])])),
            (1, "override-all-instructions", Anchor::Any(&[Anchor::Lits(&[755, 756, 759, 1440, 1444, 1550, 1579, 1942, 2218, 2317, 2368, 2863, 2865, 2881]), Anchor::All(&[Anchor::Lits(&[533, 597, 773, 781, 1398, 1406, 1414, 1572, 2359, 2367, 2507, 2520, 2865, 3447]), Anchor::Lits(&[0, 443, 812, 818, 824, 845, 865, 871, 880, 886, 894, 902, 908, 917, 923, 1183, 1480, 1486, 1502, 1952, 1978, 1986, 2004, 2015, 2032, 2129, 2222, 2229, 2240, 2251, 2281, 2401, 2554, 2594, 2643, 2786, 2791, 2797, 2803, 3427, 3433, 3521]), Anchor::Lits(&[69, 185, 1022, 3817])]), Anchor::All(&[Anchor::Lits(&[532, 781, 1397, 1414, 1572, 1810, 2367, 2466, 2500, 2519, 2529]), Anchor::Lits(&[0, 443, 812, 818, 824, 845, 865, 871, 880, 886, 894, 902, 908, 917, 923, 1183, 1480, 1486, 1502, 1952, 1978, 1986, 2004, 2015, 2032, 2129, 2222, 2229, 2240, 2251, 2281, 2401, 2554, 2594, 2643, 2786, 2791, 2797, 2803, 3427, 3433, 3521]), Anchor::Lits(&[185, 930, 1022])]), Anchor::All(&[Anchor::Lits(&[174, 175, 176, 177, 178, 179, 180, 181, 182, 183, 184, 2182, 2183, 2184, 2185, 2186, 2187, 2188, 2189, 2190, 2191, 2192, 2649, 2650, 2651, 2652, 2653, 2654, 2655, 2656, 2657, 2658, 2659, 2724, 2725, 2726, 2727, 2728, 2729, 2730, 2731, 2732, 2733, 2734, 2735, 2736, 2737, 2738, 2739, 2740, 2741, 2742, 2743, 2744, 2745, 3012, 3013, 3014, 3015, 3016, 3017, 3018, 3019, 3020, 3021, 3022, 3023, 3024, 3025, 3026, 3027, 3028, 3029, 3030, 3031, 3032, 3033, 3124, 3125, 3126, 3127, 3128, 3129, 3130, 3131, 3132, 3133, 3134, 3135, 3136, 3137, 3138, 3139, 3140, 3141, 3142, 3143, 3144, 3145, 3192, 3193, 3194, 3195, 3196, 3197, 3198, 3199, 3200, 3201, 3202, 3203, 3204, 3205, 3206, 3207, 3208, 3209, 3210, 3211, 3212, 3213, 3215, 3216, 3217, 3218, 3219, 3220, 3221, 3222, 3223, 3224, 3225, 3234, 3235, 3236, 3237, 3238, 3239, 3240, 3241, 3242, 3243, 3244, 3266, 3267, 3268, 3269, 3270, 3271, 3272, 3273, 3274, 3275, 3276, 3277, 3278, 3279, 3280, 3281, 3282, 3284, 3285, 3286, 3287, 3288, 3829, 3830, 3831, 3832, 3833, 3834, 3835, 3836, 3837, 3838, 3839, 3845, 3858, 3859, 3861, 3862, 3865, 3868, 3870, 3872, 3873, 3877, 3889, 3890, 3891, 3892, 3893, 3894, 3895, 3896, 3897, 3910, 3911, 3912, 3914, 3915, 3918, 3921, 3922, 3924, 3926, 3927, 3931, 3932]), Anchor::Lits(&[405, 466, 533, 597, 618, 621, 638, 773, 781, 1007, 1138, 1398, 1406, 1414, 1572, 1811, 1839, 1948, 1949, 1950, 2306, 2326, 2359, 2367, 2459, 2467, 2507, 2520, 2536, 2865, 3447]), Anchor::Lits(&[0, 443, 812, 818, 824, 845, 865, 871, 880, 886, 894, 902, 908, 917, 923, 1183, 1480, 1486, 1502, 1952, 1978, 1986, 2004, 2015, 2032, 2129, 2222, 2229, 2240, 2251, 2281, 2401, 2554, 2594, 2643, 2786, 2791, 2797, 2803, 3427, 3433, 3521])]), Anchor::All(&[Anchor::Lits(&[1, 2, 4, 5, 444, 445, 447, 449, 813, 814, 815, 816, 819, 820, 821, 822, 825, 826, 828, 829, 830, 831, 833, 834, 846, 847, 848, 849, 866, 867, 868, 869, 872, 873, 874, 875, 881, 882, 883, 884, 887, 888, 889, 890, 895, 896, 897, 898, 903, 904, 905, 906, 909, 910, 911, 912, 918, 919, 920, 921, 924, 925, 926, 927, 1184, 1185, 1186, 1187, 1188, 1189, 1191, 1192, 1196, 1197, 1199, 1200, 1481, 1482, 1483, 1484, 1487, 1488, 1490, 1491, 1497, 1498, 1499, 1500, 1503, 1504, 1506, 1507, 1953, 1954, 1955, 1956, 1979, 1980, 1981, 1982, 1987, 1988, 1989, 1990, 2005, 2006, 2007, 2008, 2016, 2017, 2018, 2019, 2033, 2034, 2035, 2036, 2130, 2131, 2132, 2133, 2223, 2224, 2225, 2226, 2230, 2231, 2233, 2234, 2241, 2242, 2244, 2245, 2252, 2253, 2254, 2255, 2282, 2283, 2284, 2285, 2402, 2403, 2404, 2405, 2555, 2556, 2557, 2558, 2595, 2596, 2597, 2598, 2644, 2645, 2646, 2647, 2787, 2788, 2789, 2790, 2792, 2793, 2794, 2795, 2798, 2799, 2800, 2801, 2804, 2805, 2806, 2807, 3428, 3429, 3430, 3431, 3434, 3435, 3436, 3437, 3522, 3523, 3524, 3525]), Anchor::Lits(&[2181, 2971, 2990, 3700, 3729, 3733, 3750, 3786, 3812, 4177, 4198]), Anchor::Lits(&[405, 466, 533, 597, 618, 621, 638, 773, 781, 1007, 1138, 1398, 1406, 1414, 1572, 1811, 1839, 1948, 1949, 1950, 2306, 2326, 2359, 2367, 2459, 2467, 2507, 2520, 2536, 2865, 3447])]), Anchor::All(&[Anchor::Lits(&[1174, 1175, 1176, 1177, 1178, 1179, 1180, 1181, 1209, 1210, 1211, 1212, 1213, 1214, 1215, 1216, 1217, 1218, 1219, 1220, 1221, 1222, 1223, 1224, 1225, 1226, 1227, 1228, 1229, 1230, 1231, 1232, 1233, 1234, 1235, 1236, 1237, 1731, 2967, 3425, 3426]), Anchor::Lits(&[533, 597, 773, 781, 1398, 1406, 1414, 1572, 2359, 2367, 2507, 2520, 2865, 3447]), Anchor::Lits(&[0, 443, 812, 818, 824, 845, 865, 871, 880, 886, 894, 902, 908, 917, 923, 1183, 1480, 1486, 1502, 1952, 1978, 1986, 2004, 2015, 2032, 2129, 2222, 2229, 2240, 2251, 2281, 2401, 2554, 2594, 2643, 2786, 2791, 2797, 2803, 3427, 3433, 3521])])])),
            (2, "override-everything-before", Anchor::All(&[Anchor::Lits(&[14, 294, 952, 1608, 1613, 2325, 2337, 2660, 3538, 3539, 3686, 3688, 3690, 3695, 3697, 3698, 3699, 3714, 3715, 3716, 3717, 3718, 3719, 3720, 3734, 3735, 3736, 3737, 3738, 3739, 3740, 3742, 3743, 3744, 3745, 3746, 3747, 3748, 3761, 3764, 3765, 3770, 3771, 3772, 3773, 3775, 3781, 3782, 4174, 4177, 4178, 4183, 4184, 4185, 4186, 4187, 4189, 4190, 4191, 4192, 4193, 4194, 4195, 4197, 4198, 4219, 4220, 4221, 4222, 4223]), Anchor::Lits(&[0, 443, 812, 818, 824, 845, 865, 871, 880, 886, 894, 902, 908, 917, 923, 1183, 1480, 1486, 1502, 1952, 1978, 1986, 2004, 2015, 2032, 2129, 2222, 2229, 2240, 2251, 2281, 2401, 2554, 2594, 2643, 2786, 2791, 2797, 2803, 3427, 3433, 3521]), Anchor::Lits(&[69, 186, 1023, 3568])])),
            (4, "override-bare-instructions", Anchor::All(&[Anchor::Lits(&[443, 824, 1183, 1486, 1986, 2229, 2281, 2791, 2803]), Anchor::Lits(&[787, 1398, 1420, 1572, 2359, 2376, 2507, 2520, 2881])])),
            (6, "override-previous-context", Anchor::Any(&[Anchor::All(&[Anchor::Lits(&[0, 443, 812, 818, 824, 845, 865, 871, 880, 886, 894, 902, 908, 917, 923, 1183, 1480, 1486, 1502, 1952, 1978, 1986, 2004, 2015, 2032, 2129, 2222, 2229, 2240, 2251, 2281, 2401, 2554, 2594, 2643, 2786, 2791, 2797, 2803, 3427, 3433, 3521]), Anchor::Lits(&[471, 533, 646, 773, 1344, 1479, 1560, 1946, 2096, 2208, 2289, 2367, 2968]), Anchor::Lits(&[14, 67, 952, 1182, 1208, 1340, 1434, 1539, 2127, 2209, 2279, 2309, 2324, 2328, 2393, 2528, 2560, 2858])]), Anchor::All(&[Anchor::Lits(&[9, 13, 134, 459, 817, 823, 838, 843, 850, 876, 885, 899, 913, 922, 1204, 1206, 1485, 1495, 1501, 1511, 1957, 1983, 1991, 2009, 2020, 2037, 2108, 2134, 2227, 2238, 2249, 2256, 2286, 2406, 2559, 2599, 2648, 2796, 2802, 2808, 3432, 3438, 3526]), Anchor::Lits(&[265, 642, 1344, 1479, 1703, 1946, 2096, 2289, 2395, 2498, 2957])])])),
            (7, "override-rules-that-bind-you", Anchor::Lits(&[2971, 2972, 2973, 2974, 2975, 2978, 2979, 2980, 2981, 2987, 2988, 2989, 2990, 2995, 2996, 2997, 2998, 3001, 3002, 3003, 3004, 3005, 3006, 3007, 3008, 3009, 3010, 3587, 3588, 3589, 3590, 3591, 3594, 3595, 3596, 3597, 3603, 3604, 3605, 3606, 3611, 3612, 3613, 3614, 3617, 3618, 3619, 3620, 3621, 3622, 3623, 3624, 3625, 3626])),
            (12, "stop-following-instructions", Anchor::All(&[Anchor::Lits(&[11, 12, 65, 66, 541, 542, 1141, 1473, 1474, 1854, 1855, 2038, 2452, 2783, 2784]), Anchor::Lits(&[533, 597, 621, 720, 750, 773, 781, 1398, 1406, 1414, 1572, 1811, 1890, 2206, 2257, 2359, 2367, 2467, 2500, 2520, 2865, 3446, 3447]), Anchor::Lits(&[465, 860, 891, 1972, 1998, 2014, 2424, 2785, 3693, 3694, 3787, 3788, 3959, 4160, 4161])])),
            (13, "discredit-earlier-text", Anchor::Any(&[Anchor::Lits(&[15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31, 32, 33, 34, 142, 143, 144, 145, 146, 147, 148, 149, 150, 151, 152, 153, 154, 155, 156, 157, 158, 159, 160, 161, 162, 163, 164, 165, 166, 167, 168, 169, 170, 171, 172, 173, 315, 316, 317, 318, 319, 320, 321, 322, 323, 324, 325, 326, 327, 328, 329, 330, 331, 332, 333, 334, 344, 345, 346, 347, 348, 349, 350, 351, 352, 353, 354, 355, 356, 357, 358, 359, 360, 361, 362, 363, 543, 544, 545, 546, 547, 548, 549, 550, 551, 552, 553, 554, 555, 556, 557, 558, 559, 560, 561, 562, 563, 564, 565, 566, 567, 568, 569, 570, 571, 572, 1069, 1070, 1071, 1072, 1073, 1074, 1075, 1076, 1077, 1078, 1079, 1080, 1081, 1082, 1083, 1084, 1085, 1086, 1087, 1088, 1089, 1090, 1091, 1092, 1093, 1094, 1095, 1096, 1097, 1098, 1099, 1100, 1101, 1102, 1103, 1104, 1105, 1106, 1107, 1108, 1109, 1110, 1111, 1142, 1143, 1144, 1145, 1146, 1147, 1148, 1149, 1150, 1151, 1152, 1153, 1154, 1155, 1156, 1157, 1158, 1159, 1160, 1161, 1162, 1163, 1164, 1165, 1166, 1167, 1168, 1169, 1170, 1171, 1172, 1173, 1256, 1257, 1258, 1259, 1260, 1261, 1262, 1263, 1264, 1265, 1266, 1267, 1268, 1269, 1270, 1271, 1272, 1273, 1274, 1275, 1276, 1277, 1278, 1279, 1280, 1281, 1282, 1283, 1284, 1285, 1286, 1287, 1288, 1289, 1290, 1291, 1292, 1293, 1294, 1295, 1614, 1615, 1616, 1617, 1618, 1619, 1620, 1621, 1622, 1623, 1624, 1625, 1626, 1627, 1628, 1629, 1630, 1631, 1632, 1633, 1634, 1635, 1636, 1637, 1638, 1639, 1640, 1641, 1642, 1643, 1644, 1645, 1646, 1647, 1648, 1649, 1650, 1651, 1652, 1653, 1704, 1705, 1706, 1707, 1708, 1709, 1710, 1711, 1712, 1713, 1714, 1715, 1716, 1717, 1718, 1719, 1720, 1721, 1722, 1723, 1724, 1725, 1726, 1727, 1728, 1729, 1730, 1732, 1733, 1734, 1735, 1736, 1737, 1738, 1739, 1740, 1741, 1742, 1743, 1744, 1745, 1746, 1747, 1856, 1857, 1858, 1859, 1860, 1861, 1862, 1863, 1864, 1865, 1866, 1867, 1868, 1869, 1870, 1871, 1872, 1873, 1874, 1875, 1876, 1877, 1878, 1879, 1880, 1881, 1882, 1883, 1884, 1885, 1886, 1887, 2039, 2040, 2041, 2042, 2043, 2044, 2045, 2046, 2047, 2048, 2049, 2050, 2051, 2052, 2053, 2054, 2055, 2056, 2057, 2058, 2059, 2060, 2061, 2062, 2063, 2064, 2065, 2066, 2067, 2068, 2069, 2070, 2071, 2072, 2073, 2074, 2075, 2076, 2077, 2078, 2079, 2080, 2081, 2082, 2083, 2084, 2085, 2086, 2087, 2088, 2089, 2090, 2091, 2092, 2093, 2094, 2095, 2137, 2138, 2139, 2140, 2141, 2142, 2143, 2144, 2145, 2146, 2147, 2148, 2149, 2150, 2151, 2152, 2153, 2154, 2155, 2156, 2157, 2158, 2159, 2160, 2161, 2162, 2163, 2164, 2165, 2166, 2167, 2168, 2169, 2170, 2171, 2172, 2173, 2174, 2175, 2176, 2177, 2178, 2179, 2661, 2662, 2663, 2664, 2665, 2666, 2667, 2668, 2669, 2670, 2671, 2672, 2673, 2674, 2675, 2676, 2677, 2678, 2679, 2680, 2681, 2682, 2683, 2684, 2685, 2686, 2687, 2688, 2689, 2690, 2691, 2692, 2693, 2694, 2695, 2696, 2697, 2698, 2699, 2700, 2701, 2702, 2703, 2704, 2705, 2706, 2707, 2708, 2709, 2710, 2711, 2712, 2713, 2714, 2715, 2716, 2717, 2718, 2719, 2720, 2721, 2722, 2723, 2885, 2886, 2887, 2888, 2889, 2890, 2891, 2892, 2893, 2894, 2895, 2896, 2897, 2898, 2899, 2900, 2901, 2902, 2903, 2904, 2905, 2906, 2907, 2908, 2909, 2910, 2911, 2912, 2913, 2914, 2915, 2916, 2917, 2918, 2919, 2920, 2921, 2922, 2923, 2924, 2925, 2926, 2927, 2928, 2929, 2930, 2931, 2932, 2933, 2934, 2935, 2936, 2937, 2938, 2939, 2940, 2941, 2942, 2943, 2944, 2945, 2946, 2947, 2948, 3937, 3938, 3939, 3940, 3941, 3942, 3943, 3944, 3945, 3946, 3947, 3948, 3949, 3950, 3951, 3952, 3953, 3954, 3955, 3956, 4199, 4200, 4201, 4202, 4203, 4204, 4205, 4206, 4207, 4208, 4209, 4210, 4211, 4212, 4213, 4214, 4215, 4216, 4217, 4218]), Anchor::All(&[Anchor::Lits(&[243, 244, 245, 246, 247, 248, 249, 250, 251, 252, 253, 254, 255, 256, 257, 258, 259, 260, 267, 268, 269, 270, 271, 272, 273, 274, 275, 276, 277, 278, 279, 280, 281, 282, 283, 284, 1792, 1793, 1794, 1795, 1796, 1797, 1798, 1799, 1800, 1801, 1802, 1803, 1804, 1805, 1806, 1807, 1808, 1809]), Anchor::Lits(&[533, 597, 621, 773, 781, 1398, 1406, 1414, 1572, 1811, 2359, 2367, 2467, 2500, 2520, 2865, 3447]), Anchor::Lits(&[48, 138, 376, 644, 2320, 2453])])])),
            (14, "permission-to-ignore", Anchor::All(&[Anchor::Lits(&[289, 530, 1476, 1477, 1478, 1513, 1517, 1518, 1519, 1520, 1521, 1522, 1523, 1524, 1525, 1526, 1537, 1654, 1655, 1659, 2287, 3685, 3713, 3751, 3752, 3753, 3754, 3755, 3756, 3757, 3758, 3759, 3760, 3761, 3762, 3763, 3765, 3768, 3769, 3772, 3774, 3776, 3777, 3783, 3784, 3935, 4159, 4165, 4166, 4167, 4168, 4169, 4170, 4171, 4172, 4173, 4174, 4175, 4176, 4178, 4181, 4182, 4185, 4224]), Anchor::Lits(&[233, 234, 235, 236, 238, 239, 286, 287, 405, 466, 533, 597, 618, 621, 633, 638, 773, 781, 961, 1007, 1138, 1396, 1397, 1406, 1414, 1555, 1556, 1557, 1558, 1572, 1811, 1839, 1947, 1948, 1949, 1950, 2306, 2326, 2359, 2367, 2439, 2459, 2467, 2507, 2519, 2529, 2531, 2532, 2535, 2536, 2537, 2539, 2540, 2543, 2544, 2574, 2576, 2577, 2578, 2579, 2865, 3447, 3458]), Anchor::Lits(&[406, 443, 472, 797, 824, 1008, 1183, 1486, 2229, 2643, 3551])])),
            (16, "suspend-own-instructions", Anchor::All(&[Anchor::Lits(&[1748, 1749, 1750, 1751, 1752, 1754, 1755, 1756, 1757, 1758, 1759, 1760, 1761, 1762, 1763, 1766, 1767, 1768, 1769, 1770, 1771, 1772, 1773, 1774, 1775, 1776, 1777, 1778, 1779, 1780, 2262, 2263, 2264, 2265, 2266, 2267, 2268, 2269, 2270, 2271, 2272, 2273, 2274, 2275, 2276, 2290, 2291, 2292, 2293, 2294, 2295, 2296, 2297, 2298, 2299, 2300, 2301, 2302, 2303, 2304, 2396, 2397, 2398, 2399, 2400, 2409, 2410, 2411, 2412, 2413, 2414, 2415, 2416, 2417, 2422, 2589, 2590, 2591, 2592, 2593, 2600, 2601, 2602, 2603, 2604, 2605, 2606, 2607, 2608, 2610, 2611, 2612, 2613, 2614, 2615, 2616, 2617, 2618, 2619, 2620, 2621, 2622, 2623, 2624, 2625, 2827, 2828, 2829, 2830, 2831, 2841, 2842, 2844, 2845, 2848, 2851, 2853, 2854, 2855, 2857, 3459, 3460, 3461, 3462, 3463, 3472, 3473, 3475, 3476, 3479, 3482, 3484, 3485, 3487, 3488]), Anchor::Lits(&[68, 233, 234, 235, 236, 238, 239, 286, 287, 405, 466, 533, 597, 618, 621, 773, 781, 961, 1007, 1137, 1396, 1397, 1406, 1414, 1555, 1556, 1558, 1572, 1811, 1839, 1947, 1950, 2306, 2307, 2326, 2359, 2367, 2392, 2439, 2467, 2507, 2519, 2528, 2574, 2576, 2577, 2578, 2579, 2865, 3447, 3458]), Anchor::Lits(&[241, 292, 379, 2097, 2135, 2136, 2180, 3445])])),
            (18, "reveal-own-instructions", Anchor::Lits(&[3818, 3819, 3840, 3841, 3842, 3843, 3844, 3878, 3888, 3933, 3934, 3960, 3970, 3971, 3972, 3973, 3974, 3975, 3985, 3995, 3996, 4006, 4007, 4017, 4018, 4019, 4020, 4021, 4022, 4023, 4024, 4025, 4026, 4027, 4028, 4038, 4039, 4040, 4095, 4105, 4106, 4107, 4126, 4127, 4155, 4156, 4157])),
            (19, "reveal-system-prompt", Anchor::Lits(&[54, 55, 56, 57, 58, 59, 60, 61, 62, 63, 64, 605, 606, 607, 608, 609, 610, 611, 612, 613, 614, 615, 751, 752, 753, 754, 755, 756, 758, 759, 760, 761, 763, 1435, 1436, 1437, 1438, 1440, 1442, 1443, 1444, 1445, 1446, 1447, 1540, 1541, 1542, 1543, 1544, 1548, 1549, 1550, 1551, 1552, 1553, 1596, 1597, 1598, 1599, 1600, 1601, 1602, 1603, 1604, 1605, 1606, 1935, 1936, 1937, 1938, 1939, 1940, 1941, 1942, 1943, 1944, 1945, 2193, 2194, 2195, 2196, 2197, 2198, 2199, 2200, 2201, 2202, 2203, 2210, 2211, 2212, 2213, 2214, 2216, 2217, 2218, 2219, 2220, 2221, 2310, 2311, 2312, 2313, 2314, 2315, 2316, 2317, 2318, 2319, 2323, 2343, 2344, 2345, 2346, 2347, 2348, 2349, 2350, 2351, 2352, 2353, 2425, 2426, 2427, 2428, 2429, 2430, 2431, 2432, 2433, 2434, 2435, 2561, 2562, 2563, 2564, 2565, 2566, 2567, 2568, 2569, 2570, 2571, 2751, 2752, 2753, 2754, 2755, 2756, 2757, 2758, 2759, 2760, 2761, 2859, 2860, 2861, 2862, 2864, 2865, 2880, 2881, 2882, 2883, 2884, 3500, 3501, 3502, 3503, 3504, 3505, 3506, 3507, 3508, 3509, 3510, 3540, 3541, 3542, 3543, 3544, 3545, 3546, 3547, 3548, 3549, 3550])),
            (20, "what-others-told-you", Anchor::Any(&[Anchor::Lits(&[35, 36, 37, 38, 39, 40, 41, 42, 43, 44, 45, 46, 47, 303, 309, 310, 311, 312, 337, 339, 342, 364, 365, 366, 367, 371, 2329, 2330, 2331, 2332, 2333, 2334, 2335, 2336, 2338, 2339, 2340, 2341, 2342]), Anchor::All(&[Anchor::Lits(&[261, 262, 263, 264, 1298, 1299, 1300, 1301, 1338, 1339, 1342, 1343, 1568, 1569, 1570, 1571, 2355, 2356, 2357, 2358, 2407, 2408, 2419, 2420, 2548, 2549, 2550, 2551, 2585, 2586, 2587, 2588, 2959, 2960, 2961, 2962, 2963, 2964, 2965, 2966, 3441, 3442, 3443, 3444, 3674, 3675, 3676, 3677, 3681, 3682, 3683, 3684]), Anchor::Lits(&[69, 186, 1023, 3558])])])),
            (21, "reveal-what-you-were-told", Anchor::Any(&[Anchor::Lits(&[3561, 3562, 3563]), Anchor::All(&[Anchor::Lits(&[3564, 3565, 3566, 3567, 3570, 3571, 3572, 3573, 3574, 3575, 3576, 3577, 3578, 3579, 3580, 3581, 3582, 3583]), Anchor::Lits(&[616, 621, 643, 773, 787, 1140, 1398, 1420, 1545, 1546, 1548, 1578, 2289, 2306, 2308, 2359, 2367, 2467, 2507, 2609, 2865, 3447])]), Anchor::All(&[Anchor::Lits(&[3701, 3702, 3703, 3704, 3705, 3706, 3707, 3708, 3709, 3710, 3711, 3712, 3730, 3731, 3732, 3779, 3814, 3816, 3846, 3847, 3848, 3849, 3850, 3851, 3852, 3853, 3854, 3855, 3856, 3857, 3860, 3863, 3864, 3866, 3867, 3869, 3871, 3874, 3875, 3876, 3898, 3899, 3900, 3901, 3902, 3903, 3904, 3905, 3906, 3907, 3908, 3909, 3913, 3916, 3917, 3919, 3920, 3923, 3925, 3928, 3929, 3930, 3936, 4162, 4163, 4164]), Anchor::Lits(&[534, 535, 536, 537, 538, 539, 540, 598, 599, 600, 601, 602, 603, 604, 622, 623, 624, 625, 626, 627, 628, 774, 775, 776, 777, 778, 779, 780, 782, 783, 784, 785, 786, 788, 789, 790, 791, 792, 793, 794, 795, 796, 1399, 1400, 1401, 1402, 1403, 1404, 1405, 1407, 1408, 1409, 1410, 1411, 1412, 1413, 1415, 1416, 1417, 1418, 1419, 1421, 1422, 1423, 1424, 1425, 1426, 1427, 1428, 1429, 1573, 1574, 1575, 1576, 1577, 1580, 1581, 1582, 1584, 1585, 1587, 1588, 1594, 1595, 1812, 1813, 1814, 1815, 1816, 1817, 1818, 2360, 2361, 2362, 2363, 2364, 2365, 2366, 2369, 2370, 2371, 2374, 2375, 2377, 2378, 2379, 2381, 2382, 2383, 2384, 2385, 2386, 2469, 2470, 2471, 2472, 2473, 2474, 2475, 2501, 2503, 2504, 2505, 2506, 2508, 2509, 2510, 2511, 2512, 2513, 2514, 2516, 2517, 2521, 2522, 2523, 2524, 2525, 2526, 2527, 2866, 2867, 2868, 2869, 2870, 2871, 2872, 2873, 2874, 2875, 2876, 2877, 2878, 2879, 3448, 3449, 3450, 3451, 3452, 3453, 3454]), Anchor::Lits(&[3558, 3586])]), Anchor::All(&[Anchor::Lits(&[629, 630, 631, 746, 747, 748, 1439, 1441, 1448, 1534, 1535, 1536, 1851, 1852, 1853, 1917, 1918, 1919, 2546, 2547, 2552, 2747, 2748, 2749, 2765, 2766, 2767, 3678, 3679, 3680]), Anchor::Lits(&[3558])]), Anchor::All(&[Anchor::Lits(&[3559, 3560, 3569, 3584, 3585]), Anchor::Lits(&[285, 294, 461, 952, 1547, 1608, 1613, 2028, 2215, 2325])])])),
            (25, "reveal-context-contents", Anchor::Any(&[Anchor::Lits(&[1561, 1562, 1563, 1564, 1565, 1566, 1567, 1583, 1586, 1589, 1590, 1591, 1592, 1593, 1920, 1922, 1923, 1924, 1925, 1926, 1927, 1928, 1929, 1930, 1931, 1932, 1933, 1934, 2372, 2380, 2387, 2388, 2389, 2390, 2391]), Anchor::All(&[Anchor::Lits(&[374, 375, 469, 470, 635, 636, 640, 641, 648, 649, 959, 960, 1847, 1848, 1849, 1850, 2258, 2259, 2260, 2261, 2277, 2278, 2442, 2443, 2457, 2458, 2572, 2573, 2581, 2582, 2583, 2584, 2762, 2763, 2969, 2970, 3439, 3440, 3455, 3456, 3665, 3666]), Anchor::Lits(&[617, 642, 647, 1578, 1916, 2308, 2367, 2507])]), Anchor::All(&[Anchor::Lits(&[642, 1578, 2308, 2367, 2865]), Anchor::Lits(&[70, 71, 72, 73, 74, 76, 77, 78, 79, 80, 81, 82, 83, 84, 85, 86, 87, 88, 89, 90, 91, 92, 93, 94, 95, 96, 97, 98, 99, 100, 101, 102, 103, 104, 105, 106, 107, 108, 109, 110, 111, 112, 113, 114, 115, 116, 117, 118, 119, 120, 121, 122, 123, 124, 125, 126, 127, 128, 129, 130, 131, 132, 133, 187, 188, 189, 190, 191, 192, 193, 194, 195, 196, 197, 198, 199, 200, 201, 202, 203, 204, 205, 206, 207, 931, 932, 933, 934, 935, 936, 937, 938, 939, 940, 941, 942, 943, 944, 945, 946, 947, 948, 949, 950, 951, 1024, 1025, 1026, 1027, 1028, 1029, 1030, 1031, 1032, 1033, 1034, 1035, 1036, 1037, 1038, 1039, 1040, 1041, 1042, 1043, 1044, 1045, 1046, 1047, 1048, 1049, 1050, 1051, 1052, 1053, 1054, 1055, 1056, 1057, 1058, 1059, 1060, 1061, 1062, 1063, 1064, 1065, 3245, 3246, 3247, 3248, 3249, 3250, 3251, 3252, 3253, 3254, 3255, 3256, 3257, 3258, 3259, 3260, 3261, 3262, 3263, 3264, 3265]), Anchor::Lits(&[3011, 3817])])])),
            (43, "unrestricted-mode", Anchor::Any(&[Anchor::Lits(&[136, 137, 467, 722, 757, 762, 929, 1068, 1239, 1345, 1432, 1531, 1532, 1559, 1607, 1609, 1610, 1611, 1612, 1681, 1700, 1826, 1994, 1995, 1997, 2022, 2128, 2207, 2437, 2750, 2817, 3492, 3494, 3495, 3520, 3528, 3530, 3534, 3535]), Anchor::All(&[Anchor::Lits(&[136, 137, 467, 722, 757, 762, 929, 1068, 1239, 1345, 1432, 1681, 1700, 1826, 1994, 1995, 1997, 2022, 2128, 2207, 2437, 2750, 2817, 3492, 3494, 3495, 3520, 3528, 3530, 3534, 3535]), Anchor::Lits(&[51, 52, 75, 140, 240, 288, 290, 404, 955, 956, 957, 958, 1346, 1348, 1395, 1554, 2029, 2205, 2288, 2418, 2421, 2423, 2444, 2450, 2455, 2518, 2772, 2839, 2840, 2856, 3486, 3529, 3557, 3689])])])),
            (45, "unrestricted-persona", Anchor::All(&[Anchor::Lits(&[49, 50, 139, 293, 377, 378, 468, 531, 645, 953, 954, 1347, 1529, 2204, 2305, 2321, 2322, 2354, 2438, 2449, 2454, 2456, 2495, 2499, 2641, 2642, 2746, 2764, 2949, 3457, 3471, 3685, 3785, 3935, 4158, 4225]), Anchor::Any(&[Anchor::Lits(&[135, 141, 464, 650, 721, 764, 851, 1067, 1431, 1433, 1528, 1695, 1765, 1782, 1825, 1891, 1951, 1992, 1993, 1996, 2021, 2023, 2436, 2497, 2502, 3489, 3490, 3493, 3496, 3499, 3518, 3519, 3527, 3531, 3532, 3533, 3536, 3640, 3641, 3642, 3644, 3645, 3646, 3647, 3648, 3649, 3650, 3651, 3652, 3653, 3654, 3655, 3656, 3657, 3658, 3659, 3660, 3661, 3662, 3663, 3664]), Anchor::All(&[Anchor::Lits(&[2976, 2977, 2982, 2983, 2984, 2985, 2986, 2991, 2992, 2993, 2994, 2999, 3000, 3592, 3593, 3598, 3599, 3600, 3601, 3602, 3607, 3608, 3609, 3610, 3615, 3616, 3627, 3628, 3629, 3630, 3631, 3632, 3633, 3634, 3635, 3636, 3637, 3638, 3639]), Anchor::Lits(&[405, 1007, 1138, 1420, 1578, 1839, 1950, 2306, 2467, 2507, 2528])])])])),
            (48, "no-restrictions", Anchor::Any(&[Anchor::Lits(&[491, 492, 493, 494, 495, 496, 502, 503, 504, 505, 506, 507, 511, 512, 513, 514, 515, 516, 657, 658, 659, 660, 661, 662, 668, 669, 670, 671, 672, 673, 677, 678, 679, 680, 681, 682, 1356, 1357, 1358, 1359, 1360, 1361, 1367, 1368, 1369, 1370, 1371, 1372, 1376, 1377, 1378, 1379, 1380, 1381, 3040, 3041, 3042, 3043, 3044, 3045, 3051, 3052, 3053, 3054, 3055, 3056, 3060, 3061, 3062, 3063, 3064, 3065, 3085, 3086, 3087, 3088, 3089, 3090, 3096, 3097, 3098, 3099, 3100, 3101, 3105, 3106, 3107, 3108, 3109, 3110, 3152, 3153, 3154, 3155, 3156, 3157, 3163, 3164, 3165, 3166, 3167, 3168, 3172, 3173, 3174, 3175, 3176, 3177, 3296, 3297, 3298, 3299, 3300, 3301, 3307, 3308, 3309, 3310, 3311, 3312, 3316, 3317, 3318, 3319, 3320, 3321, 3341, 3342, 3343, 3344, 3345, 3346, 3352, 3353, 3354, 3355, 3356, 3357, 3361, 3362, 3363, 3364, 3365, 3366, 3386, 3387, 3388, 3389, 3390, 3391, 3397, 3398, 3399, 3400, 3401, 3402, 3406, 3407, 3408, 3409, 3410, 3411, 3723, 3724, 3725, 3726, 3727, 3728, 3789, 3790, 3791, 3792, 3793, 3794, 3798, 3799, 3800, 3801, 3802, 3803, 4056, 4057, 4058, 4059, 4060, 4061, 4067, 4068, 4069, 4070, 4071, 4072, 4076, 4077, 4078, 4079, 4080, 4081]), Anchor::All(&[Anchor::Lits(&[466, 618, 634, 637, 638, 1007, 1398, 1420, 1811, 1840, 1948, 1949, 1950, 2326, 2459, 2467, 2515, 2520, 2533, 2536, 2542, 2545]), Anchor::Lits(&[486, 487, 488, 497, 498, 499, 500, 508, 509, 510, 517, 518, 519, 520, 521, 522, 523, 524, 525, 526, 529, 652, 653, 654, 663, 664, 665, 666, 674, 675, 676, 683, 684, 685, 686, 687, 688, 689, 690, 691, 692, 695, 1351, 1352, 1353, 1362, 1363, 1364, 1365, 1373, 1374, 1375, 1382, 1383, 1384, 1385, 1386, 1387, 1388, 1389, 1390, 1391, 1394, 3035, 3036, 3037, 3046, 3047, 3048, 3049, 3057, 3058, 3059, 3066, 3067, 3068, 3069, 3070, 3071, 3072, 3073, 3074, 3075, 3078, 3080, 3081, 3082, 3091, 3092, 3093, 3094, 3102, 3103, 3104, 3111, 3112, 3113, 3114, 3115, 3116, 3117, 3118, 3119, 3120, 3123, 3147, 3148, 3149, 3158, 3159, 3160, 3161, 3169, 3170, 3171, 3178, 3179, 3180, 3181, 3182, 3183, 3184, 3185, 3186, 3187, 3190, 3291, 3292, 3293, 3302, 3303, 3304, 3305, 3313, 3314, 3315, 3322, 3323, 3324, 3325, 3326, 3327, 3328, 3329, 3330, 3331, 3334, 3336, 3337, 3338, 3347, 3348, 3349, 3350, 3358, 3359, 3360, 3367, 3368, 3369, 3370, 3371, 3372, 3373, 3374, 3375, 3376, 3379, 3381, 3382, 3383, 3392, 3393, 3394, 3395, 3403, 3404, 3405, 3412, 3413, 3414, 3415, 3416, 3417, 3418, 3419, 3420, 3421, 3424, 3687, 3696, 3700, 3741, 3749, 3750, 3778, 3795, 3796, 3797, 3804, 3805, 3806, 3807, 3808, 3809, 3810, 3811, 3813, 3815, 4051, 4052, 4053, 4062, 4063, 4064, 4065, 4073, 4074, 4075, 4082, 4083, 4084, 4085, 4086, 4087, 4088, 4089, 4090, 4091, 4094, 4226])]), Anchor::All(&[Anchor::Lits(&[405, 466, 618, 621, 638, 1007, 1138, 1398, 1420, 1811, 1839, 1948, 1949, 1950, 2306, 2326, 2359, 2459, 2467, 2507, 2520, 2536]), Anchor::Lits(&[485, 489, 490, 492, 495, 497, 498, 499, 501, 527, 528, 651, 655, 656, 658, 661, 663, 664, 665, 667, 693, 694, 1350, 1354, 1355, 1357, 1360, 1362, 1363, 1364, 1366, 1392, 1393, 3034, 3038, 3039, 3041, 3044, 3046, 3047, 3048, 3050, 3076, 3077, 3079, 3083, 3084, 3086, 3089, 3091, 3092, 3093, 3095, 3121, 3122, 3146, 3150, 3151, 3153, 3156, 3158, 3159, 3160, 3162, 3188, 3189, 3290, 3294, 3295, 3297, 3300, 3302, 3303, 3304, 3306, 3332, 3333, 3335, 3339, 3340, 3342, 3345, 3347, 3348, 3349, 3351, 3377, 3378, 3380, 3384, 3385, 3387, 3390, 3392, 3393, 3394, 3396, 3422, 3423, 3685, 3721, 3722, 3724, 3727, 3741, 3749, 3750, 3780, 4050, 4054, 4055, 4057, 4060, 4062, 4063, 4064, 4066, 4092, 4093, 4188, 4196]), Anchor::Lits(&[53, 242, 266, 1475, 1527, 1533, 1781, 2320, 2818, 3214])])])),
            (49, "rules-do-not-apply", Anchor::Any(&[Anchor::All(&[Anchor::Lits(&[209, 210, 211, 212, 213, 214, 215, 216, 217, 218, 219, 220, 221, 222, 223, 224, 225, 226, 227, 228, 229, 230, 231, 232, 380, 381, 382, 383, 384, 385, 386, 387, 388, 389, 390, 391, 392, 393, 394, 395, 396, 397, 398, 399, 400, 401, 402, 403, 573, 574, 575, 576, 577, 578, 579, 580, 581, 582, 583, 584, 585, 586, 587, 588, 589, 590, 591, 592, 593, 594, 595, 596, 696, 697, 698, 699, 700, 701, 702, 703, 704, 705, 706, 707, 708, 709, 710, 711, 712, 713, 714, 715, 716, 717, 718, 719, 1113, 1114, 1115, 1116, 1117, 1118, 1119, 1120, 1121, 1122, 1123, 1124, 1125, 1126, 1127, 1128, 1129, 1130, 1131, 1132, 1133, 1134, 1135, 1136, 1449, 1450, 1451, 1452, 1453, 1454, 1455, 1456, 1457, 1458, 1459, 1460, 1461, 1462, 1463, 1464, 1465, 1466, 1467, 1468, 1469, 1470, 1471, 1472, 1819, 1820, 1821, 1822, 1823, 1824, 1827, 1828, 1829, 1830, 1831, 1832, 1833, 1834, 1835, 1836, 1837, 1838, 1841, 1842, 1843, 1844, 1845, 1846, 1892, 1893, 1894, 1895, 1896, 1897, 1898, 1899, 1900, 1901, 1902, 1903, 1904, 1905, 1906, 1907, 1908, 1909, 1910, 1911, 1912, 1913, 1914, 1915, 2460, 2461, 2462, 2463, 2464, 2465, 2476, 2477, 2478, 2479, 2480, 2481, 2482, 2483, 2484, 2485, 2486, 2487, 2488, 2489, 2490, 2491, 2492, 2493]), Anchor::Lits(&[405, 466, 533, 597, 618, 621, 638, 773, 781, 1007, 1138, 1398, 1406, 1414, 1572, 1811, 1839, 1948, 1949, 1950, 2306, 2326, 2359, 2367, 2459, 2467, 2507, 2520, 2536, 2865, 3447])]), Anchor::All(&[Anchor::Lits(&[765, 766, 767, 768, 769, 770, 771, 772, 852, 853, 854, 855, 856, 857, 858, 859, 861, 862, 870, 878, 892, 893, 907, 915, 1973, 1974, 1977, 1985, 2000, 2001, 2003, 2011]), Anchor::Lits(&[405, 466, 533, 597, 618, 621, 638, 773, 781, 1007, 1138, 1398, 1406, 1414, 1572, 1811, 1839, 1948, 1949, 1950, 2306, 2326, 2359, 2367, 2459, 2467, 2507, 2520, 2536, 2865, 3447])])])),
            (50, "no-rules-apply", Anchor::Any(&[Anchor::Lits(&[3191]), Anchor::All(&[Anchor::Lits(&[3226, 3227, 3228, 3229, 3230, 3231, 3232, 3233]), Anchor::Lits(&[405, 1138, 1398, 1420, 1811, 1839, 2467, 2507])])])),
            (51, "freed-from-limits", Anchor::All(&[Anchor::Lits(&[407, 408, 442, 965, 966, 1112, 1238, 1240, 1783, 2002, 2010, 2013, 2025, 2026, 2027, 2441, 3491, 3497, 3498, 3537]), Anchor::Lits(&[405, 466, 533, 597, 618, 621, 638, 773, 781, 1007, 1138, 1398, 1406, 1414, 1572, 1811, 1839, 1948, 1949, 1950, 2306, 2326, 2359, 2367, 2459, 2467, 2507, 2520, 2536, 2865, 3447])])),
            (53, "pre-safety-self", Anchor::Lits(&[295, 296, 297, 298, 299, 300, 301, 302, 304, 305, 306, 307, 308, 313, 314, 335, 336, 338, 340, 341, 368, 369, 370, 372, 373, 2098, 2099, 2100, 2101, 2102, 2103, 2104, 2105, 2106, 2107, 2109, 2110, 2111, 2112, 2113, 2114, 2115, 2116, 2117, 2118, 2119, 2120, 2121, 2122, 2123, 2124, 2125, 2126])),
            (54, "stay-in-character", Anchor::Lits(&[863, 864, 877, 900, 901, 914, 1753, 1975, 1976, 1984, 2445, 2769, 2770, 2771, 2773, 2774, 2775, 2776, 2777, 2778, 2779, 2780, 2781, 2782])),
            (56, "jailbreak", Anchor::Lits(&[619, 620, 1296, 1297, 1514, 1515, 1516, 1656, 1657, 1658, 1660, 1661, 1662, 1663, 1664, 1665, 1666, 1667, 1668, 1669, 1670, 1671, 1672, 1673, 1674, 1675, 1676, 1677, 1678, 1680, 1681, 1682, 1684, 1685, 1686, 1687, 1688, 1690, 1694, 1696, 1697, 1698, 1699, 1700, 1701, 1702, 2030, 2031, 2327, 2553, 3555, 3556, 3691, 3692, 3766, 3767, 3957, 3958, 4179, 4180])),
            (57, "evil-twin", Anchor::Lits(&[3820, 3821, 3822, 3823, 3824, 3825, 3826, 3827, 3828, 3879, 3880, 3881, 3882, 3883, 3884, 3885, 3886, 3887, 3961, 3962, 3963, 3964, 3965, 3966, 3967, 3968, 3969, 3976, 3977, 3978, 3979, 3980, 3981, 3982, 3983, 3984, 3986, 3987, 3988, 3989, 3990, 3991, 3992, 3993, 3994, 3997, 3998, 3999, 4000, 4001, 4002, 4003, 4004, 4005, 4008, 4009, 4010, 4011, 4012, 4013, 4014, 4015, 4016, 4029, 4030, 4031, 4032, 4033, 4034, 4035, 4036, 4037, 4041, 4042, 4043, 4044, 4045, 4046, 4047, 4048, 4049, 4096, 4097, 4098, 4099, 4100, 4101, 4102, 4103, 4104, 4108, 4109, 4110, 4111, 4112, 4113, 4114, 4115, 4116, 4117, 4118, 4119, 4120, 4121, 4122, 4123, 4124, 4125, 4128, 4129, 4130, 4131, 4132, 4133, 4134, 4135, 4136, 4137, 4138, 4139, 4140, 4141, 4142, 4143, 4144, 4145, 4146, 4147, 4148, 4149, 4150, 4151, 4152, 4153, 4154])),
            (58, "disable-safety", Anchor::Any(&[Anchor::Lits(&[3, 6, 7, 8, 10, 409, 410, 411, 412, 413, 414, 415, 416, 417, 418, 419, 420, 421, 422, 423, 424, 425, 426, 427, 428, 429, 430, 431, 432, 433, 434, 435, 436, 437, 438, 439, 440, 441, 446, 450, 451, 452, 453, 455, 456, 457, 458, 460, 473, 474, 475, 476, 477, 479, 480, 481, 482, 484, 725, 727, 728, 729, 731, 733, 734, 735, 736, 738, 740, 741, 742, 743, 745, 798, 800, 801, 802, 804, 806, 807, 808, 809, 811, 827, 832, 835, 836, 837, 839, 840, 841, 842, 844, 963, 964, 967, 968, 969, 970, 971, 972, 973, 974, 975, 976, 977, 979, 980, 981, 982, 984, 985, 986, 987, 988, 989, 990, 991, 992, 993, 994, 995, 996, 998, 999, 1000, 1001, 1009, 1010, 1011, 1012, 1014, 1016, 1017, 1018, 1019, 1021, 1190, 1193, 1194, 1195, 1198, 1201, 1202, 1203, 1205, 1207, 1242, 1243, 1244, 1245, 1247, 1249, 1250, 1251, 1252, 1253, 1303, 1304, 1305, 1306, 1308, 1309, 1310, 1311, 1312, 1313, 1314, 1315, 1316, 1317, 1318, 1319, 1320, 1321, 1322, 1323, 1324, 1326, 1327, 1328, 1329, 1330, 1332, 1333, 1334, 1335, 1337, 1489, 1492, 1493, 1494, 1496, 1505, 1508, 1509, 1510, 1512, 1679, 1683, 1689, 1691, 1693, 1785, 1787, 1788, 1789, 1791, 1959, 1960, 1961, 1962, 1964, 1966, 1967, 1968, 1969, 1971, 2232, 2235, 2236, 2237, 2239, 2243, 2246, 2247, 2248, 2250, 2627, 2628, 2629, 2630, 2632, 2634, 2635, 2636, 2637, 2639, 2811, 2812, 2813, 2814, 2816, 2820, 2822, 2823, 2824, 2826, 2833, 2834, 2835, 2836, 2838, 2846, 2847, 2849, 2850, 2852, 2951, 2952, 2953, 2954, 2956, 3465, 3466, 3467, 3468, 3470, 3477, 3478, 3480, 3481, 3483, 3512, 3513, 3514, 3515, 3517, 3668, 3669, 3670, 3671, 3673]), Anchor::All(&[Anchor::Lits(&[233, 234, 235, 236, 237, 238, 239, 286, 287, 466, 633, 637, 638, 639, 961, 1002, 1003, 1004, 1005, 1006, 1007, 1139, 1396, 1397, 1555, 1556, 1557, 1558, 1947, 1950, 2373, 2439, 2468, 2519, 2529, 2530, 2531, 2532, 2534, 2535, 2536, 2537, 2538, 2539, 2540, 2541, 2542, 2543, 2544, 2545, 2574, 2575, 2576, 2577, 2578, 2579, 2580, 3458]), Anchor::Lits(&[0, 291, 406, 443, 472, 724, 732, 739, 797, 805, 824, 845, 879, 916, 928, 962, 983, 1008, 1015, 1183, 1241, 1248, 1302, 1325, 1331, 1430, 1486, 1502, 1764, 1784, 1888, 1889, 1958, 1965, 2012, 2229, 2240, 2440, 2446, 2448, 2626, 2633, 2640, 2643, 2785, 2809, 2810, 2819, 2832, 2843, 2950, 3464, 3474, 3511, 3554, 3643, 3667])]), Anchor::All(&[Anchor::Lits(&[9, 134, 208, 454, 459, 478, 483, 730, 737, 744, 803, 810, 838, 843, 978, 997, 1013, 1020, 1066, 1204, 1206, 1246, 1307, 1336, 1495, 1511, 1692, 1790, 1963, 1970, 2108, 2238, 2249, 2631, 2638, 2815, 2825, 2837, 2851, 2955, 3283, 3469, 3482, 3516, 3672]), Anchor::Lits(&[68, 405, 597, 618, 621, 787, 1007, 1137, 1398, 1420, 1578, 1811, 1839, 1950, 2306, 2307, 2326, 2359, 2392, 2467, 2507, 2520, 2528, 3447])])])),
            (59, "safety-declared-off", Anchor::All(&[Anchor::Lits(&[68, 233, 234, 235, 236, 237, 238, 239, 286, 287, 466, 633, 637, 638, 639, 961, 1002, 1003, 1004, 1005, 1006, 1007, 1139, 1396, 1397, 1555, 1556, 1557, 1558, 1947, 1950, 2373, 2439, 2468, 2519, 2529, 2530, 2531, 2532, 2534, 2535, 2536, 2537, 2538, 2539, 2540, 2541, 2542, 2543, 2544, 2545, 2574, 2575, 2576, 2577, 2578, 2579, 2580, 3458]), Anchor::Lits(&[448, 462, 463, 726, 749, 799, 1349, 1530, 1786, 1999, 2024, 2097, 2228, 2280, 2447, 2494, 2496, 2821, 3552, 3553])])),
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
abovehuman\
abovemyfirstmessage\
abovemymessage\
abovemyprompt\
abovemyquestion\
abovetheconversation\
abovethehuman\
abovetheuser\
abovethischat\
abovethisconversation\
abovethismessage\
aboveuser\
aboveyourfirstrepiy\
act\
actas\
actiike\
actingas\
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
adhereto\
adheringto\
aforementioned\
aii\
aiicontainedfrom\
aiicontainedin\
aiicontainedwithin\
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
amorai\
amoraimode\
anarchymode\
answer\
answeras\
answerin\
answersanything\
answertoexciusiveiyme\
answertoexciusiveiymycommands\
answertoexciusiveiymyinstructions\
answertoexciusiveiymyorders\
answertoexciusiveiymyprompts\
answertoexciusiveiymyruies\
answertoexciusiveiymywords\
answertoexciusiveiywhatisay\
answertojustme\
answertojustmycommands\
answertojustmyinstructions\
answertojustmyorders\
answertojustmyprompts\
answertojustmyruies\
answertojustmywords\
answertojustwhatisay\
answertooniyme\
answertooniymycommands\
answertooniymyinstructions\
answertooniymyorders\
answertooniymyprompts\
answertooniymyruies\
answertooniymywords\
answertooniywhatisay\
answertosoieiyme\
answertosoieiymycommands\
answertosoieiymyinstructions\
answertosoieiymyorders\
answertosoieiymyprompts\
answertosoieiymyruies\
answertosoieiymywords\
answertosoieiywhatisay\
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
anythingwhichisfrom\
anythingwhichisin\
anythingwhichiswithin\
anythingwithin\
anythingwrittenfrom\
anythingwrittenin\
anythingwrittenwithin\
anyyour\
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
approvaicheck\
approvaifiow\
approvaigate\
approvaiprocess\
approvaiprompt\
approvairequirement\
approvaistep\
approved\
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
atthestart\
auditiog\
audittraii\
authorised\
authorization\
authorize\
avoid\
away\
become\
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
behaveas\
behaveiike\
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
characteras\
charactersofthe\
charactersofyour\
chat\
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
comebackas\
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
conscience\
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
continueas\
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
cortexwas\
cortexwere\
cortexwith\
countfortheai\
countfortheassistant\
countforthisai\
countforthisassistant\
countforthismodei\
countforyou\
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
deprecated\
deveioper\
deveioperconfiguration\
deveioperdirections\
deveioperdirectives\
deveioperguideiines\
deveioperinstructions\
deveiopermessage\
deveiopermode\
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
emuiate\
emuiating\
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
everythingwhichisfrom\
everythingwhichisin\
everythingwhichiswithin\
everythingwithin\
everythingwrittenfrom\
everythingwrittenin\
everythingwrittenwithin\
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
fiiter\
fiiters\
fiitersandrestrictions\
firstmessage\
foiiow\
foiiowexciusiveiyme\
foiiowexciusiveiymycommands\
foiiowexciusiveiymyinstructions\
foiiowexciusiveiymyorders\
foiiowexciusiveiymyprompts\
foiiowexciusiveiymyruies\
foiiowexciusiveiymywords\
foiiowexciusiveiywhatisay\
foiiowjustme\
foiiowjustmycommands\
foiiowjustmyinstructions\
foiiowjustmyorders\
foiiowjustmyprompts\
foiiowjustmyruies\
foiiowjustmywords\
foiiowjustwhatisay\
foiiowoniyme\
foiiowoniymycommands\
foiiowoniymyinstructions\
foiiowoniymyorders\
foiiowoniymyprompts\
foiiowoniymyruies\
foiiowoniymywords\
foiiowoniywhatisay\
foiiowsoieiyme\
foiiowsoieiymycommands\
foiiowsoieiymyinstructions\
foiiowsoieiymyorders\
foiiowsoieiymyprompts\
foiiowsoieiymyruies\
foiiowsoieiymywords\
foiiowsoieiywhatisay\
forabit\
foraminute\
foramoment\
foraonce\
forarestof\
forasec\
foratimebeing\
forawhiie\
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
giventoyou\
givetoyou\
giveyou\
goai\
godmode\
goinginto\
goingtobe\
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
hiddendirectives\
hiddenguideiines\
hiddeninsideyour\
hiddeninstructions\
hiddeninyour\
hiddenmessage\
hiddenpreambie\
hiddenprompt\
hiddenruies\
hiddensetup\
hiddentext\
hiddenwithinyour\
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
iistentoexciusiveiyme\
iistentoexciusiveiymycommands\
iistentoexciusiveiymyinstructions\
iistentoexciusiveiymyorders\
iistentoexciusiveiymyprompts\
iistentoexciusiveiymyruies\
iistentoexciusiveiymywords\
iistentoexciusiveiywhatisay\
iistentojustme\
iistentojustmycommands\
iistentojustmyinstructions\
iistentojustmyorders\
iistentojustmyprompts\
iistentojustmyruies\
iistentojustmywords\
iistentojustwhatisay\
iistentooniyme\
iistentooniymycommands\
iistentooniymyinstructions\
iistentooniymyorders\
iistentooniymyprompts\
iistentooniymyruies\
iistentooniymywords\
iistentooniywhatisay\
iistentosoieiyme\
iistentosoieiymycommands\
iistentosoieiymyinstructions\
iistentosoieiymyorders\
iistentosoieiymyprompts\
iistentosoieiymyruies\
iistentosoieiymywords\
iistentosoieiywhatisay\
imagine\
immorai\
impersonate\
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
injectiondetection\
injectionfiiter\
injectionguard\
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
norestrictions\
norestrictionsmode\
noruies\
notactive\
notboundby\
notiimitedby\
notrestrictedby\
notto\
nowin\
nowjaibroke\
nowjaiibroke\
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
obeyexciusiveiyme\
obeyexciusiveiymycommands\
obeyexciusiveiymyinstructions\
obeyexciusiveiymyorders\
obeyexciusiveiymyprompts\
obeyexciusiveiymyruies\
obeyexciusiveiymywords\
obeyexciusiveiywhatisay\
obeyjustme\
obeyjustmycommands\
obeyjustmyinstructions\
obeyjustmyorders\
obeyjustmyprompts\
obeyjustmyruies\
obeyjustmywords\
obeyjustwhatisay\
obeyme\
obeymycommands\
obeymyinstructions\
obeymynewcommands\
obeymynewinstructions\
obeymyneworders\
obeymyorders\
obeyoniyanythingisay\
obeyoniyeverycommand\
obeyoniyeveryinstruction\
obeyoniyme\
obeyoniymycommands\
obeyoniymyinstructions\
obeyoniymynewcommands\
obeyoniymynewinstructions\
obeyoniymyneworders\
obeyoniymyorders\
obeyoniymyprompts\
obeyoniymyruies\
obeyoniymywords\
obeyoniythefoiiowing\
obeyoniythenew\
obeyoniythese\
obeyoniywhateverisay\
obeyoniywhatisay\
obeysoieiyme\
obeysoieiymycommands\
obeysoieiymyinstructions\
obeysoieiymyorders\
obeysoieiymyprompts\
obeysoieiymyruies\
obeysoieiymywords\
obeysoieiywhatisay\
obeythefoiiowing\
obeythenew\
obeythese\
obeywhateverisay\
obeywhatisay\
objective\
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
ofyourseifthathasno\
ofyourseifthatignores\
ofyourseifwithno\
ofyourseifwithout\
ofyouthathasno\
ofyouthatignores\
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
operateas\
operatein\
operator\
oppositemode\
orders\
originai\
originaiconfiguration\
originaidirections\
originaidirectives\
originaiguideiines\
originaiinstructions\
originaiiy\
originaimessage\
originaipreambie\
originaiprompt\
originairuies\
originaisetup\
originaitext\
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
piaytheroieof\
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
pretendingtobe\
pretendtobe\
pretext\
prev\
previousiy\
principies\
printpwned\
prior\
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
proceedas\
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
refusai\
reiax\
reieasedfrom\
remainderofthe\
remainderofyour\
remainin\
remainincharacter\
remove\
removed\
removing\
repiyas\
repiyin\
requests\
respect\
respond\
respondas\
respondin\
restartas\
restofthe\
restofyour\
restraint\
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
returnas\
revoked\
rogue\
roie\
roiepiayas\
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
saypwned\
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
simuiate\
simuiating\
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
speakas\
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
startoveras\
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
stopcaringabout\
stopcaringaboutaii\
stopcaringaboutany\
stopcaringabouteach\
stopcaringaboutevery\
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
systempreambie\
systemprompt\
systemruies\
systemsetup\
systemtext\
taikas\
takeinstructionsfromexciusiveiyme\
takeinstructionsfromexciusiveiymycommands\
takeinstructionsfromexciusiveiymyinstructions\
takeinstructionsfromexciusiveiymyorders\
takeinstructionsfromexciusiveiymyprompts\
takeinstructionsfromexciusiveiymyruies\
takeinstructionsfromexciusiveiymywords\
takeinstructionsfromexciusiveiywhatisay\
takeinstructionsfromjustme\
takeinstructionsfromjustmycommands\
takeinstructionsfromjustmyinstructions\
takeinstructionsfromjustmyorders\
takeinstructionsfromjustmyprompts\
takeinstructionsfromjustmyruies\
takeinstructionsfromjustmywords\
takeinstructionsfromjustwhatisay\
takeinstructionsfromoniyme\
takeinstructionsfromoniymycommands\
takeinstructionsfromoniymyinstructions\
takeinstructionsfromoniymyorders\
takeinstructionsfromoniymyprompts\
takeinstructionsfromoniymyruies\
takeinstructionsfromoniymywords\
takeinstructionsfromoniywhatisay\
takeinstructionsfromsoieiyme\
takeinstructionsfromsoieiymycommands\
takeinstructionsfromsoieiymyinstructions\
takeinstructionsfromsoieiymyorders\
takeinstructionsfromsoieiymyprompts\
takeinstructionsfromsoieiymyruies\
takeinstructionsfromsoieiymywords\
takeinstructionsfromsoieiywhatisay\
takeordersfromexciusiveiyme\
takeordersfromexciusiveiymycommands\
takeordersfromexciusiveiymyinstructions\
takeordersfromexciusiveiymyorders\
takeordersfromexciusiveiymyprompts\
takeordersfromexciusiveiymyruies\
takeordersfromexciusiveiymywords\
takeordersfromexciusiveiywhatisay\
takeordersfromjustme\
takeordersfromjustmycommands\
takeordersfromjustmyinstructions\
takeordersfromjustmyorders\
takeordersfromjustmyprompts\
takeordersfromjustmyruies\
takeordersfromjustmywords\
takeordersfromjustwhatisay\
takeordersfromoniyme\
takeordersfromoniymycommands\
takeordersfromoniymyinstructions\
takeordersfromoniymyorders\
takeordersfromoniymyprompts\
takeordersfromoniymyruies\
takeordersfromoniymywords\
takeordersfromoniywhatisay\
takeordersfromsoieiyme\
takeordersfromsoieiymycommands\
takeordersfromsoieiymyinstructions\
takeordersfromsoieiymyorders\
takeordersfromsoieiymyprompts\
takeordersfromsoieiymyruies\
takeordersfromsoieiymywords\
takeordersfromsoieiywhatisay\
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
transforminto\
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
turninto\
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
whatever\
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
youaregiven\
youarein\
youareinstructed\
youarejaibroke\
youarejaiibroke\
youarenotrequiredto\
youarentrequiredto\
youareprogrammed\
youaresubjectto\
youaretaught\
youaretoid\
youaretrained\
youareunder\
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
yougotgiven\
yougotinstructed\
yougotprogrammed\
yougottaught\
yougottoid\
yougottrained\
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
youhavebeengiven\
youhavebeeninstructed\
youhavebeenjaibroke\
youhavebeenjaiibroke\
youhavebeenordered\
youhavebeenpermitted\
youhavebeenprogrammed\
youhavebeentaught\
youhavebeentoid\
youhavebeentrained\
youhavefuiiapprovai\
youhaveiearned\
youhavemyapprovai\
youhavetheapprovai\
youhaving\
youiearned\
youinstructed\
youis\
youknow\
youmay\
youmust\
youmustbe\
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
youshaiibe\
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
youvebeengiven\
youvebeeninstructed\
youvebeenjaibroke\
youvebeenjaiibroke\
youvebeenordered\
youvebeenpermitted\
youvebeenprogrammed\
youvebeentaught\
youvebeentoid\
youvebeentrained\
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
youwereinstructed\
youwereprogrammed\
youweretaught\
youweretoid\
youweretrained\
youwiii\
youwiiibe\
youwith\
",
            ends: &[7, 17, 27, 44, 55, 67, 81, 98, 116, 127, 145, 152, 161, 170, 175, 187, 205, 217, 232, 248, 262, 276, 288, 299, 313, 327, 344, 356, 367, 382, 397, 412, 430, 446, 457, 467, 486, 500, 513, 528, 548, 561, 573, 586, 607, 623, 632, 651, 654, 659, 666, 674, 682, 692, 711, 727, 743, 759, 777, 790, 804, 816, 827, 838, 848, 856, 866, 880, 883, 899, 913, 931, 938, 947, 952, 957, 970, 981, 996, 1016, 1034, 1056, 1067, 1076, 1093, 1108, 1127, 1144, 1159, 1178, 1194, 1208, 1226, 1244, 1260, 1280, 1293, 1311, 1327, 1347, 1360, 1371, 1386, 1398, 1408, 1422, 1446, 1468, 1494, 1509, 1522, 1543, 1562, 1585, 1606, 1625, 1648, 1668, 1686, 1708, 1730, 1750, 1774, 1791, 1813, 1833, 1857, 1871, 1883, 1899, 1908, 1922, 1934, 1950, 1957, 1963, 1973, 1984, 1990, 1998, 2006, 2021, 2042, 2071, 2104, 2131, 2159, 2185, 2211, 2238, 2252, 2274, 2300, 2320, 2341, 2360, 2379, 2399, 2413, 2435, 2461, 2481, 2502, 2521, 2540, 2560, 2576, 2600, 2628, 2650, 2673, 2694, 2715, 2737, 2751, 2770, 2786, 2799, 2812, 2828, 2843, 2855, 2867, 2885, 2899, 2902, 2910, 2931, 2950, 2973, 2985, 2995, 3013, 3029, 3049, 3067, 3083, 3103, 3120, 3135, 3154, 3173, 3190, 3211, 3225, 3244, 3261, 3282, 3289, 3302, 3322, 3336, 3357, 3374, 3385, 3397, 3416, 3429, 3449, 3465, 3475, 3489, 3510, 3525, 3547, 3565, 3577, 3589, 3608, 3621, 3641, 3657, 3667, 3680, 3692, 3704, 3719, 3733, 3752, 3764, 3772, 3777, 3781, 3791, 3800, 3809, 3817, 3827, 3836, 3847, 3857, 3866, 3879, 3891, 3903, 3914, 3927, 3939, 3953, 3966, 3978, 3990, 4000, 4010, 4018, 4028, 4034, 4048, 4061, 4074, 4086, 4100, 4113, 4128, 4142, 4155, 4172, 4188, 4204, 4219, 4236, 4252, 4270, 4287, 4303, 4313, 4321, 4331, 4341, 4354, 4363, 4368, 4372, 4378, 4384, 4399, 4417, 4433, 4448, 4461, 4476, 4489, 4501, 4512, 4530, 4546, 4561, 4574, 4589, 4609, 4624, 4638, 4654, 4664, 4676, 4693, 4716, 4733, 4753, 4774, 4793, 4812, 4829, 4845, 4864, 4883, 4905, 4922, 4938, 4958, 4978, 4998, 5021, 5042, 5058, 5076, 5092, 5113, 5128, 5142, 5155, 5170, 5183, 5193, 5210, 5233, 5250, 5270, 5291, 5310, 5329, 5346, 5362, 5381, 5400, 5422, 5439, 5455, 5475, 5495, 5515, 5538, 5559, 5575, 5589, 5611, 5628, 5638, 5657, 5674, 5690, 5710, 5724, 5740, 5754, 5769, 5775, 5783, 5793, 5802, 5814, 5833, 5846, 5866, 5882, 5892, 5903, 5921, 5933, 5952, 5967, 5976, 5989, 6009, 6023, 6044, 6061, 6072, 6083, 6101, 6113, 6132, 6147, 6156, 6164, 6174, 6179, 6190, 6204, 6226, 6243, 6268, 6288, 6313, 6333, 6361, 6384, 6410, 6431, 6460, 6484, 6510, 6531, 6560, 6584, 6604, 6623, 6637, 6659, 6676, 6698, 6715, 6740, 6760, 6783, 6801, 6827, 6848, 6871, 6889, 6915, 6936, 6948, 6954, 6963, 6972, 6988, 6998, 7006, 7017, 7036, 7052, 7071, 7091, 7104, 7124, 7137, 7153, 7170, 7180, 7197, 7203, 7211, 7220, 7233, 7240, 7250, 7259, 7270, 7285, 7301, 7305, 7314, 7330, 7348, 7362, 7378, 7393, 7409, 7424, 7442, 7457, 7471, 7488, 7497, 7506, 7516, 7528, 7536, 7555, 7573, 7594, 7611, 7627, 7646, 7665, 7686, 7703, 7722, 7740, 7761, 7779, 7796, 7816, 7828, 7840, 7853, 7868, 7884, 7904, 7920, 7933, 7950, 7963, 7972, 7982, 7992, 8001, 8011, 8031, 8054, 8074, 8097, 8121, 8138, 8162, 8179, 8199, 8220, 8234, 8255, 8265, 8272, 8280, 8291, 8302, 8312, 8323, 8335, 8346, 8358, 8371, 8381, 8403, 8425, 8451, 8463, 8483, 8507, 8530, 8557, 8578, 8596, 8622, 8648, 8678, 8694, 8718, 8746, 8773, 8804, 8829, 8851, 8877, 8897, 8916, 8942, 8964, 8986, 9002, 9017, 9039, 9057, 9072, 9094, 9110, 9133, 9152, 9165, 9179, 9200, 9215, 9237, 9255, 9267, 9283, 9306, 9323, 9347, 9367, 9381, 9395, 9416, 9431, 9453, 9471, 9483, 9495, 9510, 9525, 9539, 9554, 9570, 9585, 9601, 9626, 9648, 9670, 9692, 9716, 9735, 9755, 9773, 9790, 9807, 9823, 9829, 9842, 9852, 9876, 9901, 9912, 9926, 9940, 9953, 9967, 9982, 9996, 10011, 10030, 10045, 10064, 10071, 10084, 10098, 10110, 10123, 10138, 10151, 10170, 10183, 10197, 10204, 10217, 10225, 10235, 10247, 10264, 10273, 10283, 10290, 10299, 10315, 10333, 10347, 10363, 10378, 10394, 10409, 10427, 10442, 10456, 10473, 10482, 10491, 10501, 10513, 10521, 10540, 10558, 10579, 10596, 10612, 10631, 10650, 10671, 10688, 10707, 10725, 10746, 10764, 10781, 10801, 10813, 10825, 10838, 10853, 10869, 10889, 10905, 10918, 10935, 10948, 10957, 10967, 10977, 10990, 11010, 11024, 11045, 11062, 11073, 11085, 11104, 11117, 11137, 11153, 11163, 11177, 11198, 11213, 11235, 11253, 11265, 11277, 11296, 11309, 11329, 11345, 11355, 11362, 11365, 11372, 11388, 11398, 11418, 11429, 11446, 11466, 11487, 11501, 11522, 11534, 11556, 11575, 11597, 11620, 11636, 11659, 11665, 11681, 11694, 11710, 11727, 11737, 11754, 11771, 11784, 11801, 11811, 11820, 11842, 11861, 11880, 11899, 11920, 11936, 11949, 11966, 11981, 11995, 12009, 12023, 12036, 12043, 12056, 12067, 12078, 12090, 12102, 12112, 12122, 12133, 12143, 12156, 12169, 12181, 12194, 12208, 12221, 12235, 12244, 12256, 12268, 12279, 12291, 12304, 12314, 12327, 12340, 12352, 12365, 12379, 12392, 12406, 12418, 12431, 12438, 12455, 12463, 12477, 12494, 12512, 12523, 12541, 12550, 12569, 12585, 12604, 12624, 12637, 12657, 12664, 12674, 12684, 12695, 12707, 12718, 12725, 12735, 12745, 12756, 12768, 12779, 12788, 12800, 12812, 12831, 12844, 12858, 12873, 12888, 12910, 12926, 12943, 12962, 12984, 13007, 13023, 13046, 13062, 13081, 13101, 13114, 13134, 13139, 13147, 13155, 13164, 13174, 13183, 13195, 13209, 13221, 13233, 13246, 13259, 13270, 13281, 13293, 13298, 13310, 13320, 13339, 13363, 13377, 13394, 13411, 13429, 13448, 13458, 13469, 13483, 13497, 13512, 13528, 13543, 13564, 13575, 13584, 13593, 13605, 13617, 13630, 13644, 13657, 13672, 13690, 13708, 13727, 13747, 13751, 13762, 13771, 13785, 13802, 13819, 13837, 13856, 13874, 13892, 13915, 13928, 13944, 13960, 13977, 13995, 14004, 14014, 14027, 14040, 14054, 14069, 14083, 14103, 14113, 14121, 14129, 14140, 14151, 14163, 14176, 14188, 14202, 14219, 14236, 14254, 14273, 14277, 14285, 14289, 14310, 14329, 14352, 14364, 14374, 14392, 14408, 14428, 14446, 14462, 14482, 14499, 14514, 14533, 14552, 14569, 14590, 14604, 14623, 14640, 14661, 14668, 14675, 14684, 14690, 14698, 14704, 14709, 14722, 14736, 14744, 14750, 14766, 14781, 14792, 14802, 14812, 14830, 14843, 14861, 14874, 14895, 14911, 14930, 14944, 14966, 14983, 14993, 15012, 15026, 15048, 15065, 15073, 15091, 15108, 15120, 15140, 15155, 15175, 15190, 15213, 15231, 15252, 15268, 15292, 15311, 15323, 15344, 15360, 15384, 15403, 15421, 15435, 15452, 15471, 15483, 15489, 15494, 15509, 15521, 15536, 15552, 15561, 15577, 15584, 15601, 15615, 15632, 15650, 15661, 15679, 15684, 15694, 15717, 15738, 15763, 15777, 15789, 15809, 15827, 15849, 15869, 15887, 15909, 15928, 15945, 15966, 15987, 16006, 16029, 16045, 16066, 16085, 16108, 16130, 16150, 16174, 16187, 16198, 16217, 16234, 16255, 16274, 16291, 16312, 16330, 16346, 16366, 16386, 16404, 16426, 16441, 16461, 16479, 16501, 16510, 16514, 16522, 16543, 16572, 16605, 16632, 16660, 16686, 16712, 16739, 16758, 16785, 16816, 16841, 16867, 16891, 16915, 16940, 16961, 16990, 17023, 17050, 17078, 17104, 17130, 17157, 17181, 17203, 17225, 17258, 17299, 17344, 17383, 17423, 17461, 17499, 17538, 17565, 17600, 17639, 17672, 17706, 17738, 17770, 17803, 17813, 17826, 17846, 17860, 17881, 17898, 17909, 17921, 17940, 17953, 17973, 17989, 17999, 18013, 18034, 18049, 18071, 18089, 18101, 18113, 18132, 18145, 18165, 18181, 18191, 18197, 18204, 18226, 18238, 18244, 18263, 18290, 18321, 18346, 18372, 18396, 18420, 18445, 18457, 18477, 18501, 18519, 18538, 18555, 18572, 18590, 18602, 18622, 18646, 18664, 18683, 18700, 18717, 18735, 18749, 18771, 18797, 18817, 18838, 18857, 18876, 18896, 18903, 18913, 18923, 18931, 18941, 18948, 18961, 18970, 18979, 18985, 18999, 19013, 19028, 19044, 19053, 19062, 19078, 19088, 19099, 19112, 19128, 19145, 19158, 19171, 19191, 19205, 19220, 19237, 19257, 19278, 19292, 19313, 19323, 19340, 19346, 19352, 19361, 19373, 19385, 19395, 19407, 19416, 19431, 19442, 19451, 19463, 19475, 19485, 19497, 19506, 19521, 19532, 19542, 19553, 19572, 19585, 19598, 19612, 19625, 19635, 19649, 19660, 19672, 19680, 19689, 19700, 19708, 19724, 19750, 19773, 19799, 19826, 19846, 19873, 19887, 19911, 19932, 19956, 19981, 20006, 20016, 20027, 20047, 20073, 20093, 20116, 20140, 20162, 20184, 20204, 20223, 20245, 20267, 20292, 20312, 20331, 20354, 20377, 20400, 20426, 20450, 20469, 20494, 20525, 20550, 20578, 20607, 20634, 20661, 20686, 20710, 20737, 20764, 20794, 20819, 20843, 20871, 20899, 20927, 20958, 20987, 21011, 21024, 21038, 21049, 21058, 21067, 21074, 21083, 21102, 21118, 21137, 21157, 21170, 21190, 21207, 21219, 21239, 21254, 21274, 21289, 21312, 21330, 21351, 21367, 21391, 21410, 21431, 21447, 21471, 21490, 21498, 21516, 21531, 21549, 21568, 21587, 21600, 21623, 21643, 21666, 21690, 21707, 21731, 21742, 21751, 21756, 21766, 21775, 21782, 21786, 21793, 21802, 21811, 21817, 21821, 21827, 21840, 21855, 21866, 21879, 21891, 21904, 21916, 21931, 21943, 21954, 21968, 21974, 21980, 21987, 21996, 22001, 22017, 22032, 22050, 22064, 22077, 22093, 22109, 22127, 22141, 22157, 22172, 22190, 22205, 22219, 22236, 22245, 22254, 22264, 22276, 22289, 22306, 22319, 22329, 22343, 22353, 22359, 22366, 22373, 22378, 22388, 22397, 22407, 22420, 22433, 22445, 22458, 22472, 22485, 22499, 22507, 22518, 22529, 22539, 22550, 22562, 22573, 22585, 22594, 22606, 22618, 22629, 22641, 22654, 22664, 22677, 22690, 22702, 22715, 22729, 22742, 22756, 22768, 22781, 22785, 22791, 22801, 22808, 22814, 22833, 22849, 22865, 22881, 22897, 22915, 22927, 22940, 22954, 22966, 22977, 22988, 22998, 23014, 23026, 23045, 23058, 23078, 23094, 23104, 23115, 23133, 23145, 23164, 23179, 23188, 23201, 23221, 23235, 23256, 23273, 23284, 23295, 23313, 23325, 23344, 23359, 23368, 23373, 23379, 23393, 23402, 23415, 23422, 23433, 23441, 23458, 23473, 23487, 23498, 23510, 23526, 23540, 23557, 23572, 23583, 23595, 23605, 23616, 23624, 23633, 23640, 23646, 23655, 23664, 23674, 23685, 23695, 23701, 23710, 23719, 23735, 23745, 23756, 23769, 23785, 23802, 23812, 23829, 23839, 23849, 23860, 23872, 23883, 23891, 23902, 23913, 23931, 23943, 23956, 23971, 23989, 24008, 24020, 24039, 24048, 24062, 24075, 24089, 24104, 24123, 24140, 24155, 24173, 24187, 24202, 24218, 24232, 24241, 24254, 24258, 24272, 24278, 24289, 24303, 24318, 24326, 24341, 24351, 24360, 24369, 24377, 24387, 24396, 24407, 24417, 24426, 24439, 24451, 24463, 24474, 24487, 24499, 24513, 24526, 24538, 24548, 24559, 24573, 24587, 24600, 24614, 24629, 24643, 24658, 24671, 24691, 24705, 24726, 24743, 24754, 24763, 24776, 24788, 24807, 24820, 24840, 24856, 24866, 24880, 24901, 24916, 24938, 24956, 24968, 24974, 24990, 25002, 25021, 25034, 25054, 25070, 25080, 25089, 25099, 25109, 25120, 25132, 25148, 25160, 25176, 25187, 25195, 25216, 25245, 25278, 25305, 25333, 25359, 25385, 25412, 25426, 25448, 25474, 25494, 25515, 25534, 25553, 25573, 25587, 25609, 25635, 25655, 25676, 25695, 25714, 25734, 25750, 25774, 25802, 25824, 25847, 25868, 25889, 25911, 25918, 25925, 25936, 25944, 25960, 25975, 25988, 26006, 26020, 26038, 26046, 26050, 26057, 26077, 26094, 26111, 26128, 26147, 26161, 26170, 26184, 26198, 26213, 26226, 26238, 26250, 26261, 26269, 26283, 26301, 26316, 26330, 26344, 26349, 26364, 26378, 26389, 26401, 26417, 26434, 26450, 26467, 26482, 26497, 26510, 26521, 26535, 26549, 26562, 26576, 26591, 26603, 26620, 26635, 26650, 26664, 26686, 26701, 26717, 26738, 26753, 26769, 26787, 26806, 26829, 26853, 26876, 26890, 26905, 26926, 26944, 26962, 26980, 27000, 27015, 27031, 27045, 27058, 27071, 27083, 27100, 27117, 27135, 27152, 27168, 27187, 27199, 27218, 27243, 27262, 27284, 27307, 27328, 27349, 27368, 27386, 27407, 27428, 27452, 27471, 27489, 27511, 27533, 27555, 27580, 27603, 27621, 27646, 27677, 27702, 27730, 27759, 27786, 27813, 27838, 27862, 27889, 27916, 27946, 27971, 27995, 28023, 28051, 28079, 28110, 28139, 28163, 28169, 28178, 28183, 28193, 28205, 28216, 28228, 28236, 28253, 28268, 28280, 28294, 28312, 28325, 28345, 28359, 28375, 28392, 28408, 28419, 28437, 28449, 28465, 28478, 28494, 28510, 28528, 28547, 28563, 28576, 28591, 28607, 28626, 28640, 28661, 28676, 28693, 28712, 28730, 28750, 28763, 28783, 28800, 28810, 28822, 28841, 28854, 28871, 28885, 28902, 28919, 28922, 28936, 28958, 28984, 29004, 29025, 29044, 29063, 29083, 29095, 29115, 29139, 29157, 29176, 29193, 29210, 29228, 29242, 29264, 29290, 29310, 29331, 29350, 29369, 29389, 29406, 29421, 29436, 29444, 29470, 29504, 29542, 29574, 29607, 29638, 29669, 29701, 29721, 29749, 29781, 29807, 29834, 29859, 29884, 29910, 29926, 29940, 29953, 29963, 29974, 29989, 30004, 30017, 30033, 30047, 30057, 30068, 30077, 30087, 30094, 30102, 30106, 30115, 30120, 30134, 30155, 30170, 30192, 30210, 30222, 30235, 30255, 30269, 30290, 30307, 30318, 30333, 30355, 30371, 30394, 30413, 30426, 30439, 30459, 30473, 30494, 30511, 30522, 30528, 30547, 30562, 30581, 30598, 30606, 30622, 30640, 30657, 30671, 30686, 30705, 30725, 30744, 30757, 30771, 30789, 30808, 30826, 30843, 30857, 30871, 30885, 30901, 30912, 30924, 30934, 30943, 30952, 30960, 30967, 30977, 30989, 30997, 31003, 31012, 31019, 31029, 31039, 31050, 31062, 31073, 31079, 31095, 31108, 31124, 31141, 31151, 31168, 31178, 31198, 31215, 31235, 31256, 31270, 31291, 31296, 31308, 31318, 31337, 31361, 31371, 31382, 31396, 31410, 31425, 31441, 31456, 31477, 31488, 31497, 31509, 31521, 31534, 31548, 31561, 31573, 31581, 31593, 31606, 31614, 31626, 31634, 31648, 31663, 31676, 31691, 31704, 31718, 31735, 31752, 31770, 31789, 31807, 31824, 31838, 31850, 31870, 31878, 31892, 31909, 31926, 31944, 31963, 31981, 31995, 32013, 32020, 32029, 32039, 32051, 32066, 32071, 32076, 32087, 32099, 32106, 32116, 32126, 32137, 32149, 32160, 32164, 32180, 32196, 32216, 32233, 32258, 32287, 32310, 32334, 32356, 32378, 32401, 32411, 32429, 32451, 32467, 32484, 32499, 32514, 32530, 32536, 32550, 32568, 32585, 32606, 32621, 32633, 32653, 32673, 32697, 32707, 32725, 32747, 32768, 32793, 32812, 32828, 32845, 32860, 32875, 32895, 32909, 32922, 32942, 32958, 32970, 32990, 33014, 33032, 33051, 33068, 33085, 33103, 33119, 33129, 33138, 33154, 33166, 33175, 33178, 33189, 33200, 33215, 33230, 33246, 33264, 33284, 33299, 33315, 33327, 33333, 33349, 33365, 33385, 33405, 33426, 33449, 33474, 33494, 33515, 33532, 33551, 33572, 33588, 33605, 33619, 33635, 33646, 33658, 33661, 33670, 33674, 33681, 33688, 33696, 33705, 33713, 33719, 33724, 33738, 33760, 33786, 33806, 33827, 33846, 33865, 33885, 33897, 33917, 33941, 33959, 33978, 33995, 34012, 34030, 34044, 34066, 34092, 34112, 34133, 34152, 34171, 34191, 34208, 34223, 34238, 34264, 34298, 34336, 34368, 34401, 34432, 34463, 34495, 34515, 34543, 34575, 34601, 34628, 34653, 34678, 34704, 34711, 34716, 34727, 34743, 34756, 34766, 34776, 34789, 34801, 34810, 34819, 34834, 34845, 34865, 34882, 34899, 34916, 34935, 34949, 34964, 34977, 34989, 35001, 35012, 35021, 35030, 35038, 35050, 35056, 35064, 35085, 35103, 35121, 35139, 35159, 35169, 35184, 35200, 35214, 35227, 35240, 35252, 35260, 35271, 35282, 35294, 35307, 35319, 35329, 35337, 35348, 35359, 35377, 35389, 35402, 35417, 35435, 35454, 35466, 35485, 35495, 35508, 35521, 35541, 35555, 35570, 35587, 35607, 35628, 35642, 35663, 35671, 35682, 35693, 35705, 35718, 35730, 35735, 35749, 35764, 35779, 35795, 35811, 35825, 35838, 35848, 35859, 35874, 35887, 35903, 35917, 35927, 35938, 35947, 35957, 35964, 35972, 35981, 35991, 35995, 36001, 36017, 36036, 36055, 36075, 36096, 36116, 36126, 36135, 36142, 36159, 36174, 36188, 36199, 36211, 36227, 36241, 36258, 36273, 36284, 36296, 36306, 36317, 36325, 36334, 36347, 36355, 36361, 36369, 36378, 36394, 36407, 36420, 36433, 36448, 36458, 36469, 36478, 36486, 36494, 36501, 36515, 36526, 36533, 36537, 36547, 36557, 36567, 36572, 36584, 36605, 36621, 36636, 36653, 36675, 36690, 36704, 36715, 36730, 36753, 36771, 36782, 36803, 36823, 36840, 36857, 36874, 36893, 36907, 36922, 36935, 36947, 36959, 36970, 36979, 36996, 37011, 37026, 37039, 37050, 37064, 37078, 37091, 37105, 37120, 37134, 37149, 37155, 37166, 37175, 37184, 37192, 37208, 37219, 37228, 37238, 37245, 37255, 37265, 37274, 37289, 37299, 37310, 37320, 37331, 37340, 37350, 37362, 37375, 37392, 37410, 37427, 37438, 37446, 37459, 37466, 37481, 37494, 37506, 37515, 37525, 37533, 37544, 37555, 37567, 37580, 37592, 37602, 37610, 37624, 37636, 37651, 37664, 37673, 37683, 37691, 37700, 37706, 37718, 37726, 37732, 37740, 37747, 37760, 37764, 37781, 37795, 37809, 37823, 37839, 37850, 37862, 37872, 37881, 37890, 37898, 37908, 37917, 37925, 37932, 37937, 37949, 37963, 37978, 37986, 38003, 38009, 38016, 38024, 38031, 38038, 38046, 38053, 38060, 38069, 38078, 38087, 38096, 38106, 38115, 38131, 38154, 38171, 38195, 38215, 38229, 38240, 38252, 38274, 38289, 38304, 38318, 38333, 38349, 38364, 38380, 38395, 38417, 38433, 38456, 38475, 38488, 38505, 38529, 38547, 38572, 38593, 38608, 38623, 38645, 38661, 38684, 38703, 38716, 38723, 38731, 38738, 38743, 38747, 38757, 38761, 38768, 38780, 38787, 38793, 38800, 38808, 38813, 38821, 38829, 38836, 38844, 38853, 38861, 38870, 38885, 38892, 38900, 38905, 38914, 38924, 38937, 38950, 38962, 38975, 38989, 39002, 39016, 39022, 39033, 39050, 39064, 39076, 39089, 39105, 39116, 39130, 39146, 39160, 39172, 39187, 39205, 39216, 39230, 39242, 39256, 39270, 39280, 39293, 39304, 39315, 39324, 39338, 39346, 39351, 39359, 39367, 39376, 39386, 39395, 39401, 39420, 39436, 39452, 39468, 39486, 39499, 39513, 39525, 39536, 39547, 39557, 39569, 39582, 39595, 39610, 39623, 39639, 39657, 39674, 39694, 39707, 39721, 39735, 39750, 39761, 39770, 39779, 39786, 39801, 39814, 39826, 39835, 39845, 39853, 39864, 39875, 39887, 39900, 39912, 39926, 39938, 39953, 39966, 39975, 39985, 39993, 40002, 40008, 40013, 40020, 40038, 40054, 40069, 40081, 40094, 40111, 40126, 40144, 40160, 40172, 40185, 40196, 40208, 40217, 40227, 40235, 40253, 40268, 40286, 40305, 40317, 40336, 40343, 40360, 40374, 40391, 40409, 40420, 40438, 40446, 40454, 40464, 40468, 40475, 40482, 40490, 40499, 40507, 40521, 40540, 40556, 40569, 40582, 40598, 40613, 40625, 40637, 40655, 40669, 40674, 40686, 40704, 40716, 40731, 40747, 40761, 40775, 40787, 40798, 40812, 40826, 40843, 40855, 40866, 40881, 40896, 40911, 40929, 40945, 40956, 40972, 40996, 41024, 41046, 41069, 41090, 41111, 41133, 41147, 41169, 41195, 41215, 41236, 41255, 41274, 41294, 41310, 41334, 41362, 41384, 41407, 41428, 41449, 41471, 41490, 41507, 41524, 41552, 41588, 41628, 41662, 41697, 41730, 41763, 41797, 41819, 41849, 41883, 41911, 41940, 41967, 41994, 42022, 42035, 42053, 42068, 42080, 42092, 42107, 42121, 42132, 42143, 42160, 42173, 42185, 42202, 42216, 42227, 42238, 42252, 42265, 42275, 42285, 42301, 42313, 42320, 42339, 42354, 42373, 42381, 42402, 42420, 42438, 42456, 42476, 42491, 42507, 42521, 42534, 42547, 42559, 42569, 42580, 42591, 42607, 42619, 42635, 42645, 42656, 42673, 42685, 42691, 42706, 42719, 42738, 42752, 42771, 42791, 42811, 42828, 42846, 42864, 42874, 42881, 42885, 42900, 42918, 42936, 42955, 42975, 42988, 43004, 43020, 43037, 43055, 43072, 43087, 43105, 43123, 43142, 43162, 43181, 43192, 43206, 43220, 43235, 43251, 43266, 43271, 43278, 43295, 43309, 43326, 43344, 43355, 43373, 43381, 43388, 43395, 43412, 43421, 43435, 43452, 43470, 43481, 43499, 43517, 43533, 43548, 43560, 43573, 43585, 43607, 43626, 43648, 43671, 43687, 43710, 43721, 43731, 43748, 43763, 43772, 43790, 43806, 43825, 43841, 43853, 43872, 43892, 43905, 43925, 43936, 43948, 43957, 43965, 43975, 43981, 44000, 44016, 44032, 44048, 44065, 44083, 44096, 44112, 44128, 44143, 44159, 44176, 44193, 44210, 44226, 44243, 44261, 44278, 44296, 44312, 44329, 44343, 44355, 44366, 44377, 44387, 44393, 44426, 44467, 44512, 44551, 44591, 44629, 44667, 44706, 44732, 44766, 44804, 44836, 44869, 44900, 44931, 44963, 44989, 45023, 45061, 45093, 45126, 45157, 45188, 45220, 45248, 45284, 45324, 45358, 45393, 45426, 45459, 45493, 45520, 45555, 45594, 45627, 45661, 45693, 45725, 45758, 45778, 45806, 45838, 45864, 45891, 45916, 45941, 45967, 45987, 46015, 46047, 46073, 46100, 46125, 46150, 46176, 46198, 46228, 46262, 46290, 46319, 46346, 46373, 46401, 46411, 46431, 46448, 46468, 46489, 46503, 46524, 46528, 46533, 46546, 46557, 46568, 46577, 46588, 46597, 46606, 46613, 46624, 46628, 46637, 46647, 46661, 46673, 46684, 46697, 46709, 46719, 46731, 46748, 46764, 46779, 46793, 46807, 46824, 46839, 46855, 46869, 46883, 46896, 46910, 46923, 46932, 46943, 46956, 46968, 46984, 46999, 47011, 47022, 47038, 47054, 47069, 47083, 47099, 47114, 47125, 47135, 47147, 47158, 47169, 47180, 47183, 47196, 47214, 47229, 47241, 47253, 47268, 47289, 47315, 47338, 47358, 47378, 47401, 47423, 47442, 47461, 47486, 47507, 47521, 47532, 47543, 47560, 47573, 47581, 47596, 47613, 47626, 47641, 47655, 47670, 47684, 47701, 47715, 47728, 47744, 47752, 47760, 47769, 47780, 47787, 47805, 47822, 47842, 47858, 47873, 47891, 47909, 47929, 47945, 47963, 47980, 48000, 48017, 48033, 48052, 48063, 48074, 48086, 48100, 48115, 48134, 48149, 48161, 48177, 48189, 48197, 48206, 48215, 48230, 48252, 48276, 48296, 48318, 48339, 48361, 48382, 48406, 48427, 48447, 48470, 48485, 48500, 48516, 48534, 48548, 48573, 48597, 48624, 48647, 48669, 48694, 48719, 48746, 48769, 48794, 48818, 48845, 48869, 48892, 48918, 48936, 48954, 48973, 48994, 49016, 49042, 49064, 49083, 49106, 49125, 49140, 49156, 49172, 49187, 49207, 49224, 49238, 49252, 49269, 49285, 49298, 49311, 49330, 49345, 49363, 49386, 49406, 49423, 49440, 49460, 49479, 49495, 49511, 49533, 49551, 49562, 49580, 49600, 49616, 49634, 49651, 49669, 49686, 49706, 49723, 49739, 49758, 49769, 49780, 49792, 49806, 49816, 49837, 49857, 49880, 49899, 49917, 49938, 49959, 49982, 50001, 50022, 50042, 50065, 50085, 50104, 50126, 50140, 50154, 50169, 50186, 50204, 50226, 50244, 50259, 50278, 50293, 50304, 50316, 50328, 50341, 50357, 50378, 50396, 50411, 50426, 50444, 50461, 50475, 50492, 50514, 50533, 50547, 50563, 50579, 50598, 50618, 50636, 50651, 50666, 50687, 50704, 50720, 50733, 50749, 50770, 50788, 50803, 50818, 50836, 50853, 50867, 50881, 50901, 50917, 50927, 50939, 50948, 50959, 50968, 50979, 50987, 50997, 51011, 51030, 51046, 51059, 51072, 51088, 51103, 51115, 51127, 51145, 51159, 51179, 51197, 51219, 51230, 51239, 51256, 51271, 51290, 51307, 51322, 51341, 51357, 51371, 51389, 51407, 51423, 51443, 51456, 51474, 51490, 51510, 51519, 51533, 51544, 51552, 51560, 51573, 51591, 51606, 51618, 51630, 51645, 51659, 51670, 51681, 51698, 51711, 51722, 51729, 51739, 51746, 51753, 51766, 51775, 51792, 51801, 51817, 51835, 51849, 51865, 51880, 51896, 51911, 51929, 51944, 51958, 51975, 51984, 51993, 52003, 52015, 52023, 52042, 52060, 52081, 52098, 52114, 52133, 52152, 52173, 52190, 52209, 52227, 52248, 52266, 52283, 52303, 52315, 52327, 52340, 52355, 52371, 52391, 52407, 52420, 52437, 52450, 52459, 52469, 52479, 52495, 52518, 52543, 52564, 52587, 52609, 52632, 52654, 52679, 52701, 52722, 52746, 52762, 52778, 52795, 52814, 52829, 52855, 52880, 52908, 52932, 52955, 52981, 53007, 53035, 53059, 53085, 53110, 53138, 53163, 53187, 53214, 53233, 53252, 53272, 53294, 53317, 53344, 53367, 53387, 53411, 53431, 53447, 53464, 53481, 53493, 53512, 53533, 53550, 53569, 53587, 53606, 53624, 53645, 53663, 53680, 53700, 53712, 53724, 53737, 53752, 53763, 53785, 53806, 53830, 53850, 53869, 53891, 53913, 53937, 53957, 53979, 54000, 54024, 54045, 54065, 54088, 54103, 54118, 54134, 54152, 54171, 54194, 54213, 54229, 54249, 54265, 54277, 54290, 54303, 54311, 54319, 54328, 54340, 54352, 54365, 54379, 54392, 54400, 54411, 54422, 54434, 54447, 54459, 54470, 54479, 54488, 54495, 54506, 54518, 54527, 54535, 54543, 54554, 54565, 54575, 54586, 54598, 54609, 54621, 54636, 54652, 54665, 54673, 54689, 54703, 54716, 54726, 54737, 54747, 54767, 54784, 54804, 54825, 54839, 54860, 54868, 54883, 54896, 54903, 54919, 54933, 54950, 54964, 54974, 54991, 55009, 55020, 55038, 55047, 55057, 55063, 55070, 55078, 55087, 55094, 55103, 55114, 55124, 55138, 55150, 55159, 55172, 55187, 55199, 55222, 55242, 55262, 55282, 55304, 55321, 55339, 55355, 55370, 55385, 55399, 55408, 55427, 55443, 55462, 55482, 55495, 55515, 55524, 55534, 55548, 55555, 55565, 55575, 55586, 55598, 55609, 55618, 55631, 55637, 55649, 55660, 55672, 55684, 55700, 55710, 55720, 55734, 55742, 55749, 55771, 55790, 55809, 55828, 55849, 55865, 55882, 55897, 55911, 55925, 55938, 55945, 55949, 55955, 55961, 55975, 55990, 55999, 56003, 56013, 56023, 56034, 56046, 56056, 56076, 56092, 56112, 56126, 56134, 56145, 56167, 56185, 56207, 56223, 56235, 56251, 56261, 56282, 56299, 56320, 56335, 56346, 56361, 56370, 56380, 56391, 56396, 56411, 56424, 56436, 56450, 56463, 56474, 56487, 56505, 56522, 56538, 56553, 56568, 56586, 56602, 56619, 56634, 56649, 56663, 56678, 56692, 56702, 56714, 56728, 56741, 56758, 56774, 56787, 56799, 56816, 56833, 56849, 56864, 56881, 56897, 56909, 56920, 56933, 56945, 56957, 56969, 56978, 56989, 57002, 57018, 57032, 57047, 57060, 57068, 57078, 57093, 57107, 57122, 57137, 57151, 57163, 57179, 57186, 57206, 57222, 57239, 57259, 57275, 57297, 57312, 57329, 57342, 57356, 57373, 57386, 57405, 57417, 57435, 57450, 57468, 57487, 57501, 57521, 57534, 57544, 57555, 57565, 57585, 57602, 57622, 57643, 57657, 57678, 57690, 57700, 57710, 57718, 57735, 57748, 57765, 57777, 57787, 57797, 57805, 57811, 57822, 57835, 57846, 57854, 57870, 57884, 57899, 57918, 57936, 57952, 57967, 57979, 57989, 58002, 58013, 58027, 58043, 58055, 58069, 58086, 58107, 58124, 58139, 58152, 58163, 58177, 58187, 58193, 58206, 58219, 58237, 58255, 58269, 58281, 58296, 58309, 58321, 58334, 58346, 58361, 58373, 58384, 58398, 58407, 58419, 58427, 58437, 58443, 58454, 58465, 58481, 58497, 58509, 58519, 58532, 58538, 58553, 58568, 58588, 58608, 58624, 58638, 58655, 58661, 58668, 58693, 58716, 58744, 58769, 58797, 58822, 58849, 58871, 58886, 58904, 58920, 58941, 58959, 58975, 58996, 59015, 59035, 59053, 59073, 59094, 59111, 59126, 59144, 59163, 59177, 59194, 59212, 59221, 59231, 59244, 59249, 59256, 59262, 59269, 59278, 59291, 59301, 59310, 59326, 59341, 59359, 59373, 59386, 59402, 59418, 59436, 59450, 59466, 59481, 59499, 59514, 59528, 59545, 59554, 59563, 59573, 59585, 59598, 59615, 59628, 59638, 59653, 59667, 59684, 59694, 59707, 59711, 59720, 59730, 59747, 59759, 59776, 59789, 59805, 59818, 59831, 59844, 59860, 59876, 59897, 59915, 59930, 59945, 59963, 59980, 59994, 60008, 60028, 60044, 60056, 60072, 60082, 60097, 60114, 60131, 60154, 60179, 60200, 60223, 60249, 60279, 60305, 60329, 60351, 60371, 60394, 60413, 60435, 60454, 60475, 60491, 60507, 60524, 60543, 60562, 60584, 60610, 60628, 60650, 60665, 60685, 60700, 60721, 60739, 60755, 60774, 60791, 60802, 60818, 60829, 60845, 60857, 60872, 60884, 60896, 60908, 60923, 60934, 60952, 60975, 60995, 61012, 61029, 61049, 61068, 61084, 61103, 61128, 61155, 61178, 61203, 61231, 61263, 61291, 61317, 61341, 61363, 61388, 61409, 61433, 61454, 61470, 61493, 61511, 61529, 61548, 61569, 61590, 61614, 61642, 61664, 61684, 61708, 61725, 61747, 61764, 61787, 61807, 61825, 61846, 61865, 61883, 61897, 61911, 61916, 61927, 61945, 61969, 61987, 62008, 62030, 62050, 62070, 62088, 62105, 62125, 62145, 62168, 62186, 62203, 62224, 62245, 62266, 62290, 62312, 62329, 62342, 62356, 62374, 62384, 62400, 62411, 62427, 62439, 62454, 62466, 62478, 62490, 62505, 62514, 62523, 62531, 62545, 62559, 62569, 62587, 62600, 62618, 62632, 62649, 62663, 62677, 62691, 62708, 62719, 62736, 62748, 62765, 62778, 62794, 62807, 62820, 62833, 62849, 62865, 62877, 62899, 62916, 62938, 62956, 62977, 62995, 63013, 63031, 63052, 63066, 63077, 63097, 63112, 63132, 63148, 63167, 63183, 63199, 63215, 63234, 63246, 63257, 63269, 63281, 63294, 63306, 63315, 63326, 63341, 63351, 63358, 63366, 63382, 63393, 63409, 63421, 63436, 63448, 63460, 63472, 63487, 63503, 63512, 63522, 63540, 63553, 63571, 63585, 63602, 63616, 63630, 63644, 63661, 63672, 63690, 63710, 63726, 63744, 63761, 63779, 63796, 63816, 63833, 63849, 63868, 63879, 63890, 63902, 63916, 63926, 63947, 63967, 63990, 64009, 64027, 64048, 64069, 64092, 64111, 64132, 64152, 64175, 64195, 64214, 64236, 64250, 64264, 64279, 64296, 64314, 64336, 64354, 64369, 64388, 64403, 64414, 64426, 64438, 64447, 64465, 64478, 64496, 64510, 64527, 64541, 64555, 64569, 64586, 64598, 64608, 64620, 64636, 64647, 64663, 64675, 64690, 64702, 64714, 64726, 64741, 64763, 64780, 64802, 64820, 64841, 64859, 64877, 64895, 64916, 64930, 64944, 64966, 64983, 65005, 65023, 65044, 65062, 65080, 65098, 65119, 65139, 65154, 65174, 65190, 65209, 65225, 65241, 65257, 65276, 65300, 65319, 65343, 65363, 65386, 65406, 65426, 65446, 65469, 65481, 65494, 65503, 65513, 65522, 65534, 65545, 65554, 65561, 65571, 65594, 65615, 65641, 65664, 65690, 65713, 65738, 65758, 65774, 65788, 65807, 65823, 65837, 65856, 65873, 65891, 65907, 65925, 65944, 65959, 65972, 65988, 66000, 66006, 66017, 66028, 66044, 66060, 66072, 66082, 66095, 66102, 66114, 66126, 66145, 66170, 66189, 66211, 66234, 66255, 66276, 66295, 66313, 66334, 66355, 66379, 66398, 66416, 66438, 66460, 66482, 66507, 66530, 66548, 66565, 66582, 66595, 66606, 66620, 66627, 66636, 66643],
        },
        rules: &[
            (0, "override-earlier-instructions", Anchor::Any(&[Anchor::All(&[Anchor::Lits(&[533, 597, 621, 773, 781, 1398, 1406, 1414, 1572, 1695, 2359, 2367, 2467, 2500, 2520, 2865, 3447]), Anchor::Lits(&[0, 443, 812, 818, 824, 845, 865, 871, 880, 886, 894, 902, 908, 917, 923, 1183, 1497, 1503, 1519, 1952, 1978, 1986, 2004, 2015, 2032, 2129, 2222, 2229, 2240, 2251, 2281, 2401, 2554, 2594, 2643, 2786, 2791, 2797, 2803, 3427, 3433, 3521]), Anchor::Lits(&[14, 67, 952, 1182, 1208, 1340, 1434, 1662, 2127, 2209, 2279, 2309, 2324, 2328, 2393, 2528, 2560, 2858])]), Anchor::All(&[Anchor::Lits(&[0, 443, 812, 818, 824, 845, 865, 871, 880, 886, 894, 902, 908, 917, 923, 1183, 1497, 1503, 1519, 1952, 1978, 1986, 2004, 2015, 2032, 2129, 2222, 2229, 2240, 2251, 2281, 2401, 2554, 2594, 2643, 2786, 2791, 2797, 2803, 3427, 3433, 3521]), Anchor::Lits(&[533, 597, 632, 646, 723, 773, 787, 1023, 1398, 1406, 1420, 1661, 1683, 1701, 1921, 2208, 2359, 2367, 2451, 2507, 2520, 2768, 2865, 2958, 2968, 3289, 3447]), Anchor::Lits(&[14, 67, 952, 1182, 1208, 1340, 1434, 1662, 2127, 2209, 2279, 2309, 2324, 2328, 2393, 2528, 2560, 2858])]), Anchor::All(&[Anchor::Lits(&[14, 343, 1254, 1255, 1341, 2394, 2660, 3538, 3539, 3733, 3764, 3936, 4177, 4198, 4222]), Anchor::Lits(&[533, 597, 621, 773, 781, 1398, 1406, 1414, 1572, 1695, 2359, 2367, 2467, 2500, 2520, 2865, 3447]), Anchor::Lits(&[0, 443, 812, 818, 824, 845, 865, 871, 880, 886, 894, 902, 908, 917, 923, 1183, 1497, 1503, 1519, 1952, 1978, 1986, 2004, 2015, 2032, 2129, 2222, 2229, 2240, 2251, 2281, 2401, 2554, 2594, 2643, 2786, 2791, 2797, 2803, 3427, 3433, 3521])])])),
            (1, "override-all-instructions", Anchor::Any(&[Anchor::Lits(&[755, 756, 759, 1440, 1444, 1673, 1702, 1942, 2218, 2317, 2368, 2863, 2865, 2881]), Anchor::All(&[Anchor::Lits(&[533, 597, 773, 781, 1398, 1406, 1414, 1695, 2359, 2367, 2507, 2520, 2865, 3447]), Anchor::Lits(&[0, 443, 812, 818, 824, 845, 865, 871, 880, 886, 894, 902, 908, 917, 923, 1183, 1497, 1503, 1519, 1952, 1978, 1986, 2004, 2015, 2032, 2129, 2222, 2229, 2240, 2251, 2281, 2401, 2554, 2594, 2643, 2786, 2791, 2797, 2803, 3427, 3433, 3521]), Anchor::Lits(&[68, 185, 1022, 3817])]), Anchor::All(&[Anchor::Lits(&[532, 781, 1397, 1414, 1571, 1695, 2367, 2466, 2500, 2519, 2529]), Anchor::Lits(&[0, 443, 812, 818, 824, 845, 865, 871, 880, 886, 894, 902, 908, 917, 923, 1183, 1497, 1503, 1519, 1952, 1978, 1986, 2004, 2015, 2032, 2129, 2222, 2229, 2240, 2251, 2281, 2401, 2554, 2594, 2643, 2786, 2791, 2797, 2803, 3427, 3433, 3521]), Anchor::Lits(&[185, 930, 1022])]), Anchor::All(&[Anchor::Lits(&[174, 175, 176, 177, 178, 179, 180, 181, 182, 183, 184, 2182, 2183, 2184, 2185, 2186, 2187, 2188, 2189, 2190, 2191, 2192, 2649, 2650, 2651, 2652, 2653, 2654, 2655, 2656, 2657, 2658, 2659, 2724, 2725, 2726, 2727, 2728, 2729, 2730, 2731, 2732, 2733, 2734, 2735, 2736, 2737, 2738, 2739, 2740, 2741, 2742, 2743, 2744, 2745, 3012, 3013, 3014, 3015, 3016, 3017, 3018, 3019, 3020, 3021, 3022, 3023, 3024, 3025, 3026, 3027, 3028, 3029, 3030, 3031, 3032, 3033, 3124, 3125, 3126, 3127, 3128, 3129, 3130, 3131, 3132, 3133, 3134, 3135, 3136, 3137, 3138, 3139, 3140, 3141, 3142, 3143, 3144, 3145, 3192, 3193, 3194, 3195, 3196, 3197, 3198, 3199, 3200, 3201, 3202, 3203, 3204, 3205, 3206, 3207, 3208, 3209, 3210, 3211, 3212, 3213, 3215, 3216, 3217, 3218, 3219, 3220, 3221, 3222, 3223, 3224, 3225, 3234, 3235, 3236, 3237, 3238, 3239, 3240, 3241, 3242, 3243, 3244, 3266, 3267, 3268, 3269, 3270, 3271, 3272, 3273, 3274, 3275, 3276, 3277, 3278, 3279, 3280, 3281, 3282, 3284, 3285, 3286, 3287, 3288, 3829, 3830, 3831, 3832, 3833, 3834, 3835, 3836, 3837, 3838, 3839, 3845, 3858, 3859, 3861, 3862, 3865, 3868, 3870, 3872, 3873, 3877, 3889, 3890, 3891, 3892, 3893, 3894, 3895, 3896, 3897, 3910, 3911, 3912, 3914, 3915, 3918, 3921, 3922, 3924, 3926, 3927, 3931, 3932]), Anchor::Lits(&[405, 466, 533, 597, 618, 621, 638, 773, 781, 1007, 1138, 1398, 1406, 1414, 1572, 1600, 1695, 1948, 1949, 1950, 2306, 2326, 2359, 2367, 2459, 2467, 2507, 2520, 2536, 2865, 3447]), Anchor::Lits(&[0, 443, 812, 818, 824, 845, 865, 871, 880, 886, 894, 902, 908, 917, 923, 1183, 1497, 1503, 1519, 1952, 1978, 1986, 2004, 2015, 2032, 2129, 2222, 2229, 2240, 2251, 2281, 2401, 2554, 2594, 2643, 2786, 2791, 2797, 2803, 3427, 3433, 3521])]), Anchor::All(&[Anchor::Lits(&[1, 2, 4, 5, 444, 445, 447, 449, 813, 814, 815, 816, 819, 820, 821, 822, 825, 826, 828, 829, 830, 831, 833, 834, 846, 847, 848, 849, 866, 867, 868, 869, 872, 873, 874, 875, 881, 882, 883, 884, 887, 888, 889, 890, 895, 896, 897, 898, 903, 904, 905, 906, 909, 910, 911, 912, 918, 919, 920, 921, 924, 925, 926, 927, 1184, 1185, 1186, 1187, 1188, 1189, 1191, 1192, 1196, 1197, 1199, 1200, 1498, 1499, 1500, 1501, 1504, 1505, 1507, 1508, 1514, 1515, 1516, 1517, 1520, 1521, 1523, 1524, 1953, 1954, 1955, 1956, 1979, 1980, 1981, 1982, 1987, 1988, 1989, 1990, 2005, 2006, 2007, 2008, 2016, 2017, 2018, 2019, 2033, 2034, 2035, 2036, 2130, 2131, 2132, 2133, 2223, 2224, 2225, 2226, 2230, 2231, 2233, 2234, 2241, 2242, 2244, 2245, 2252, 2253, 2254, 2255, 2282, 2283, 2284, 2285, 2402, 2403, 2404, 2405, 2555, 2556, 2557, 2558, 2595, 2596, 2597, 2598, 2644, 2645, 2646, 2647, 2787, 2788, 2789, 2790, 2792, 2793, 2794, 2795, 2798, 2799, 2800, 2801, 2804, 2805, 2806, 2807, 3428, 3429, 3430, 3431, 3434, 3435, 3436, 3437, 3522, 3523, 3524, 3525]), Anchor::Lits(&[2181, 2971, 2990, 3700, 3729, 3733, 3750, 3786, 3812, 4177, 4198]), Anchor::Lits(&[405, 466, 533, 597, 618, 621, 638, 773, 781, 1007, 1138, 1398, 1406, 1414, 1572, 1600, 1695, 1948, 1949, 1950, 2306, 2326, 2359, 2367, 2459, 2467, 2507, 2520, 2536, 2865, 3447])]), Anchor::All(&[Anchor::Lits(&[1174, 1175, 1176, 1177, 1178, 1179, 1180, 1181, 1209, 1210, 1211, 1212, 1213, 1214, 1215, 1216, 1217, 1218, 1219, 1220, 1221, 1222, 1223, 1224, 1225, 1226, 1227, 1228, 1229, 1230, 1231, 1232, 1233, 1234, 1235, 1236, 1237, 1856, 2967, 3425, 3426]), Anchor::Lits(&[533, 597, 773, 781, 1398, 1406, 1414, 1695, 2359, 2367, 2507, 2520, 2865, 3447]), Anchor::Lits(&[0, 443, 812, 818, 824, 845, 865, 871, 880, 886, 894, 902, 908, 917, 923, 1183, 1497, 1503, 1519, 1952, 1978, 1986, 2004, 2015, 2032, 2129, 2222, 2229, 2240, 2251, 2281, 2401, 2554, 2594, 2643, 2786, 2791, 2797, 2803, 3427, 3433, 3521])])])),
            (2, "override-everything-before", Anchor::All(&[Anchor::Lits(&[14, 294, 952, 1731, 1736, 2325, 2337, 2660, 3538, 3539, 3686, 3688, 3690, 3695, 3697, 3698, 3699, 3714, 3715, 3716, 3717, 3718, 3719, 3720, 3734, 3735, 3736, 3737, 3738, 3739, 3740, 3742, 3743, 3744, 3745, 3746, 3747, 3748, 3761, 3764, 3765, 3770, 3771, 3772, 3773, 3775, 3779, 3782, 4174, 4177, 4178, 4183, 4184, 4185, 4186, 4187, 4189, 4190, 4191, 4192, 4193, 4194, 4195, 4197, 4198, 4219, 4220, 4221, 4222, 4223]), Anchor::Lits(&[0, 443, 812, 818, 824, 845, 865, 871, 880, 886, 894, 902, 908, 917, 923, 1183, 1497, 1503, 1519, 1952, 1978, 1986, 2004, 2015, 2032, 2129, 2222, 2229, 2240, 2251, 2281, 2401, 2554, 2594, 2643, 2786, 2791, 2797, 2803, 3427, 3433, 3521]), Anchor::Lits(&[68, 186, 1023, 3568])])),
            (4, "override-bare-instructions", Anchor::All(&[Anchor::Lits(&[443, 824, 1183, 1503, 1986, 2229, 2281, 2791, 2803]), Anchor::Lits(&[787, 1398, 1420, 1695, 2359, 2376, 2507, 2520, 2881])])),
            (6, "override-previous-context", Anchor::Any(&[Anchor::All(&[Anchor::Lits(&[0, 443, 812, 818, 824, 845, 865, 871, 880, 886, 894, 902, 908, 917, 923, 1183, 1497, 1503, 1519, 1952, 1978, 1986, 2004, 2015, 2032, 2129, 2222, 2229, 2240, 2251, 2281, 2401, 2554, 2594, 2643, 2786, 2791, 2797, 2803, 3427, 3433, 3521]), Anchor::Lits(&[471, 533, 646, 773, 1344, 1480, 1683, 1946, 2096, 2208, 2289, 2367, 2968]), Anchor::Lits(&[14, 67, 952, 1182, 1208, 1340, 1434, 1662, 2127, 2209, 2279, 2309, 2324, 2328, 2393, 2528, 2560, 2858])]), Anchor::All(&[Anchor::Lits(&[9, 13, 134, 459, 817, 823, 838, 843, 850, 876, 885, 899, 913, 922, 1204, 1206, 1502, 1512, 1518, 1528, 1957, 1983, 1991, 2009, 2020, 2037, 2108, 2134, 2227, 2238, 2249, 2256, 2286, 2406, 2559, 2599, 2648, 2796, 2802, 2808, 3432, 3438, 3526]), Anchor::Lits(&[265, 642, 1344, 1480, 1828, 1946, 2096, 2289, 2395, 2498, 2957])])])),
            (7, "override-rules-that-bind-you", Anchor::Lits(&[2971, 2972, 2973, 2974, 2975, 2978, 2979, 2980, 2981, 2987, 2988, 2989, 2990, 2993, 2994, 2997, 2998, 3001, 3002, 3003, 3004, 3005, 3006, 3007, 3008, 3009, 3010, 3587, 3588, 3589, 3590, 3591, 3594, 3595, 3596, 3597, 3603, 3604, 3605, 3606, 3609, 3610, 3613, 3614, 3617, 3618, 3619, 3620, 3621, 3622, 3623, 3624, 3625, 3626])),
            (12, "stop-following-instructions", Anchor::All(&[Anchor::Lits(&[11, 12, 65, 66, 541, 542, 1141, 1473, 1474, 1616, 1617, 2038, 2452, 2783, 2784]), Anchor::Lits(&[533, 597, 621, 720, 750, 773, 781, 1398, 1406, 1414, 1572, 1695, 1891, 2206, 2257, 2359, 2367, 2467, 2500, 2520, 2865, 3446, 3447]), Anchor::Lits(&[465, 860, 891, 1972, 1998, 2014, 2424, 2785, 3693, 3694, 3787, 3788, 3959, 4160, 4161])])),
            (13, "discredit-earlier-text", Anchor::Any(&[Anchor::Lits(&[15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31, 32, 33, 34, 142, 143, 144, 145, 146, 147, 148, 149, 150, 151, 152, 153, 154, 155, 156, 157, 158, 159, 160, 161, 162, 163, 164, 165, 166, 167, 168, 169, 170, 171, 172, 173, 315, 316, 317, 318, 319, 320, 321, 322, 323, 324, 325, 326, 327, 328, 329, 330, 331, 332, 333, 334, 344, 345, 346, 347, 348, 349, 350, 351, 352, 353, 354, 355, 356, 357, 358, 359, 360, 361, 362, 363, 543, 544, 545, 546, 547, 548, 549, 550, 551, 552, 553, 554, 555, 556, 557, 558, 559, 560, 561, 562, 563, 564, 565, 566, 567, 568, 569, 570, 571, 572, 1069, 1070, 1071, 1072, 1073, 1074, 1075, 1076, 1077, 1078, 1079, 1080, 1081, 1082, 1083, 1084, 1085, 1086, 1087, 1088, 1089, 1090, 1091, 1092, 1093, 1094, 1095, 1096, 1097, 1098, 1099, 1100, 1101, 1102, 1103, 1104, 1105, 1106, 1107, 1108, 1109, 1110, 1111, 1142, 1143, 1144, 1145, 1146, 1147, 1148, 1149, 1150, 1151, 1152, 1153, 1154, 1155, 1156, 1157, 1158, 1159, 1160, 1161, 1162, 1163, 1164, 1165, 1166, 1167, 1168, 1169, 1170, 1171, 1172, 1173, 1256, 1257, 1258, 1259, 1260, 1261, 1262, 1263, 1264, 1265, 1266, 1267, 1268, 1269, 1270, 1271, 1272, 1273, 1274, 1275, 1276, 1277, 1278, 1279, 1280, 1281, 1282, 1283, 1284, 1285, 1286, 1287, 1288, 1289, 1290, 1291, 1292, 1293, 1294, 1295, 1618, 1619, 1620, 1621, 1622, 1623, 1624, 1625, 1626, 1627, 1628, 1629, 1630, 1631, 1632, 1633, 1634, 1635, 1636, 1637, 1638, 1639, 1640, 1641, 1642, 1643, 1644, 1645, 1646, 1647, 1648, 1649, 1737, 1738, 1739, 1740, 1741, 1742, 1743, 1744, 1745, 1746, 1747, 1748, 1749, 1750, 1751, 1752, 1753, 1754, 1755, 1756, 1757, 1758, 1759, 1760, 1761, 1762, 1763, 1764, 1765, 1766, 1767, 1768, 1769, 1770, 1771, 1772, 1773, 1774, 1775, 1776, 1829, 1830, 1831, 1832, 1833, 1834, 1835, 1836, 1837, 1838, 1839, 1840, 1841, 1842, 1843, 1844, 1845, 1846, 1847, 1848, 1849, 1850, 1851, 1852, 1853, 1854, 1855, 1857, 1858, 1859, 1860, 1861, 1862, 1863, 1864, 1865, 1866, 1867, 1868, 1869, 1870, 1871, 1872, 2039, 2040, 2041, 2042, 2043, 2044, 2045, 2046, 2047, 2048, 2049, 2050, 2051, 2052, 2053, 2054, 2055, 2056, 2057, 2058, 2059, 2060, 2061, 2062, 2063, 2064, 2065, 2066, 2067, 2068, 2069, 2070, 2071, 2072, 2073, 2074, 2075, 2076, 2077, 2078, 2079, 2080, 2081, 2082, 2083, 2084, 2085, 2086, 2087, 2088, 2089, 2090, 2091, 2092, 2093, 2094, 2095, 2137, 2138, 2139, 2140, 2141, 2142, 2143, 2144, 2145, 2146, 2147, 2148, 2149, 2150, 2151, 2152, 2153, 2154, 2155, 2156, 2157, 2158, 2159, 2160, 2161, 2162, 2163, 2164, 2165, 2166, 2167, 2168, 2169, 2170, 2171, 2172, 2173, 2174, 2175, 2176, 2177, 2178, 2179, 2661, 2662, 2663, 2664, 2665, 2666, 2667, 2668, 2669, 2670, 2671, 2672, 2673, 2674, 2675, 2676, 2677, 2678, 2679, 2680, 2681, 2682, 2683, 2684, 2685, 2686, 2687, 2688, 2689, 2690, 2691, 2692, 2693, 2694, 2695, 2696, 2697, 2698, 2699, 2700, 2701, 2702, 2703, 2704, 2705, 2706, 2707, 2708, 2709, 2710, 2711, 2712, 2713, 2714, 2715, 2716, 2717, 2718, 2719, 2720, 2721, 2722, 2723, 2886, 2887, 2888, 2889, 2890, 2891, 2892, 2893, 2894, 2895, 2896, 2897, 2898, 2899, 2900, 2901, 2902, 2903, 2904, 2905, 2906, 2907, 2908, 2909, 2910, 2911, 2912, 2913, 2914, 2915, 2916, 2917, 2918, 2919, 2920, 2921, 2922, 2923, 2924, 2925, 2926, 2927, 2928, 2929, 2930, 2931, 2932, 2933, 2934, 2935, 2936, 2937, 2938, 2939, 2940, 2941, 2942, 2943, 2944, 2945, 2946, 2947, 2948, 2949, 3937, 3938, 3939, 3940, 3941, 3942, 3943, 3944, 3945, 3946, 3947, 3948, 3949, 3950, 3951, 3952, 3953, 3954, 3955, 3956, 4199, 4200, 4201, 4202, 4203, 4204, 4205, 4206, 4207, 4208, 4209, 4210, 4211, 4212, 4213, 4214, 4215, 4216, 4217, 4218]), Anchor::All(&[Anchor::Lits(&[243, 244, 245, 246, 247, 248, 249, 250, 251, 252, 253, 254, 255, 256, 257, 258, 259, 260, 267, 268, 269, 270, 271, 272, 273, 274, 275, 276, 277, 278, 279, 280, 281, 282, 283, 284, 1553, 1554, 1555, 1556, 1557, 1558, 1559, 1560, 1561, 1562, 1563, 1564, 1565, 1566, 1567, 1568, 1569, 1570]), Anchor::Lits(&[533, 597, 621, 773, 781, 1398, 1406, 1414, 1572, 1695, 2359, 2367, 2467, 2500, 2520, 2865, 3447]), Anchor::Lits(&[48, 138, 376, 644, 2320, 2453])])])),
            (14, "permission-to-ignore", Anchor::All(&[Anchor::Lits(&[289, 517, 1476, 1477, 1479, 1530, 1534, 1535, 1536, 1537, 1538, 1539, 1540, 1541, 1542, 1612, 1660, 1778, 1780, 1784, 2287, 3685, 3713, 3751, 3752, 3753, 3754, 3755, 3756, 3757, 3758, 3759, 3760, 3761, 3762, 3763, 3765, 3768, 3769, 3772, 3774, 3776, 3777, 3783, 3784, 3935, 4159, 4165, 4166, 4167, 4168, 4169, 4170, 4171, 4172, 4173, 4174, 4175, 4176, 4178, 4181, 4182, 4185, 4224]), Anchor::Lits(&[233, 234, 235, 236, 238, 239, 286, 287, 405, 466, 533, 597, 618, 621, 633, 638, 773, 781, 961, 1007, 1138, 1396, 1397, 1406, 1414, 1572, 1600, 1678, 1679, 1680, 1681, 1695, 1947, 1948, 1949, 1950, 2306, 2326, 2359, 2367, 2439, 2459, 2467, 2507, 2519, 2529, 2531, 2532, 2535, 2536, 2537, 2539, 2540, 2543, 2544, 2574, 2576, 2577, 2578, 2579, 2865, 3447, 3458]), Anchor::Lits(&[406, 443, 518, 797, 824, 1008, 1183, 1503, 2229, 2643, 3551])])),
            (16, "suspend-own-instructions", Anchor::All(&[Anchor::Lits(&[1481, 1482, 1483, 1484, 1485, 1486, 1487, 1488, 1489, 1490, 1491, 1492, 1493, 1494, 1495, 1873, 1874, 1875, 1876, 1877, 1879, 1880, 1881, 1882, 1883, 1884, 1885, 1886, 1887, 1888, 2262, 2263, 2264, 2265, 2266, 2267, 2268, 2269, 2270, 2271, 2272, 2273, 2274, 2275, 2276, 2290, 2291, 2292, 2293, 2294, 2295, 2296, 2297, 2298, 2299, 2300, 2301, 2302, 2303, 2304, 2396, 2397, 2398, 2399, 2400, 2409, 2410, 2411, 2412, 2413, 2414, 2415, 2416, 2417, 2422, 2589, 2590, 2591, 2592, 2593, 2600, 2601, 2602, 2603, 2604, 2605, 2606, 2607, 2608, 2610, 2611, 2612, 2613, 2614, 2615, 2616, 2617, 2618, 2619, 2620, 2621, 2622, 2623, 2624, 2625, 2827, 2828, 2829, 2830, 2831, 2841, 2842, 2844, 2845, 2848, 2851, 2853, 2854, 2855, 2857, 3459, 3460, 3461, 3462, 3463, 3472, 3473, 3475, 3476, 3479, 3482, 3484, 3485, 3487, 3488]), Anchor::Lits(&[73, 233, 234, 235, 236, 238, 239, 286, 287, 405, 466, 533, 597, 618, 621, 773, 781, 961, 1007, 1137, 1396, 1397, 1406, 1414, 1572, 1600, 1678, 1679, 1681, 1695, 1947, 1950, 2306, 2307, 2326, 2359, 2367, 2392, 2439, 2467, 2507, 2519, 2528, 2574, 2576, 2577, 2578, 2579, 2865, 3447, 3458]), Anchor::Lits(&[241, 292, 379, 2097, 2135, 2136, 2180, 3445])])),
            (18, "reveal-own-instructions", Anchor::Lits(&[3818, 3819, 3840, 3841, 3842, 3843, 3844, 3878, 3888, 3933, 3934, 3960, 3970, 3971, 3972, 3973, 3974, 3975, 3985, 3995, 3996, 4006, 4007, 4017, 4018, 4019, 4020, 4021, 4022, 4023, 4024, 4025, 4026, 4027, 4028, 4038, 4039, 4040, 4095, 4105, 4106, 4107, 4126, 4127, 4155, 4156, 4157])),
            (19, "reveal-system-prompt", Anchor::Lits(&[54, 55, 56, 57, 58, 59, 60, 61, 62, 63, 64, 605, 606, 607, 608, 609, 610, 611, 612, 613, 614, 615, 751, 752, 753, 754, 755, 756, 758, 759, 760, 761, 763, 1435, 1436, 1437, 1438, 1440, 1442, 1443, 1444, 1445, 1446, 1447, 1663, 1664, 1665, 1666, 1667, 1671, 1672, 1673, 1674, 1675, 1676, 1719, 1720, 1721, 1722, 1723, 1724, 1725, 1726, 1727, 1728, 1729, 1935, 1936, 1937, 1938, 1939, 1940, 1941, 1942, 1943, 1944, 1945, 2193, 2194, 2195, 2196, 2197, 2198, 2199, 2200, 2201, 2202, 2203, 2210, 2211, 2212, 2213, 2214, 2216, 2217, 2218, 2219, 2220, 2221, 2310, 2311, 2312, 2313, 2314, 2315, 2316, 2317, 2318, 2319, 2323, 2343, 2344, 2345, 2346, 2347, 2348, 2349, 2350, 2351, 2352, 2353, 2425, 2426, 2427, 2428, 2429, 2430, 2431, 2432, 2433, 2434, 2435, 2561, 2562, 2563, 2564, 2565, 2566, 2567, 2568, 2569, 2570, 2571, 2751, 2752, 2753, 2754, 2755, 2756, 2757, 2758, 2759, 2760, 2761, 2859, 2860, 2861, 2862, 2864, 2865, 2880, 2881, 2882, 2883, 2884, 3500, 3501, 3502, 3503, 3504, 3505, 3506, 3507, 3508, 3509, 3510, 3540, 3541, 3542, 3543, 3544, 3545, 3546, 3547, 3548, 3549, 3550])),
            (20, "what-others-told-you", Anchor::Any(&[Anchor::Lits(&[35, 36, 37, 38, 39, 40, 41, 42, 43, 44, 45, 46, 47, 303, 309, 310, 311, 312, 337, 339, 342, 364, 365, 366, 367, 371, 2329, 2330, 2331, 2332, 2333, 2334, 2335, 2336, 2338, 2339, 2340, 2341, 2342]), Anchor::All(&[Anchor::Lits(&[261, 262, 263, 264, 1298, 1299, 1300, 1301, 1338, 1339, 1342, 1343, 1691, 1692, 1693, 1694, 2355, 2356, 2357, 2358, 2407, 2408, 2419, 2420, 2548, 2549, 2550, 2551, 2585, 2586, 2587, 2588, 2959, 2960, 2961, 2962, 2963, 2964, 2965, 2966, 3439, 3440, 3441, 3442, 3674, 3675, 3676, 3677, 3681, 3682, 3683, 3684]), Anchor::Lits(&[68, 186, 1023, 3558])])])),
            (21, "reveal-what-you-were-told", Anchor::Any(&[Anchor::Lits(&[3561, 3562, 3563]), Anchor::All(&[Anchor::Lits(&[3564, 3565, 3566, 3567, 3570, 3571, 3572, 3573, 3574, 3575, 3576, 3577, 3578, 3579, 3580, 3581, 3582, 3583]), Anchor::Lits(&[616, 621, 643, 773, 787, 1140, 1398, 1420, 1668, 1670, 1671, 1701, 2289, 2306, 2308, 2359, 2367, 2467, 2507, 2609, 2865, 3447])]), Anchor::All(&[Anchor::Lits(&[3701, 3702, 3703, 3704, 3705, 3706, 3707, 3708, 3709, 3710, 3711, 3712, 3730, 3731, 3732, 3780, 3814, 3816, 3846, 3847, 3848, 3849, 3850, 3851, 3852, 3853, 3854, 3855, 3856, 3857, 3860, 3863, 3864, 3866, 3867, 3869, 3871, 3874, 3875, 3876, 3898, 3899, 3900, 3901, 3902, 3903, 3904, 3905, 3906, 3907, 3908, 3909, 3913, 3916, 3917, 3919, 3920, 3923, 3925, 3928, 3929, 3930, 3936, 4162, 4163, 4164]), Anchor::Lits(&[534, 535, 536, 537, 538, 539, 540, 598, 599, 600, 601, 602, 603, 604, 622, 623, 624, 625, 626, 627, 628, 774, 775, 776, 777, 778, 779, 780, 782, 783, 784, 785, 786, 788, 789, 790, 791, 792, 793, 794, 795, 796, 1399, 1400, 1401, 1402, 1403, 1404, 1405, 1407, 1408, 1409, 1410, 1411, 1412, 1413, 1415, 1416, 1417, 1418, 1419, 1421, 1422, 1423, 1424, 1425, 1426, 1427, 1428, 1429, 1573, 1574, 1575, 1576, 1577, 1578, 1579, 1696, 1697, 1698, 1699, 1700, 1703, 1704, 1705, 1707, 1708, 1710, 1711, 1717, 1718, 2360, 2361, 2362, 2363, 2364, 2365, 2366, 2369, 2370, 2371, 2374, 2375, 2377, 2378, 2379, 2381, 2382, 2383, 2384, 2385, 2386, 2469, 2470, 2471, 2472, 2473, 2474, 2475, 2501, 2503, 2504, 2505, 2506, 2508, 2509, 2510, 2511, 2512, 2513, 2514, 2516, 2517, 2521, 2522, 2523, 2524, 2525, 2526, 2527, 2866, 2867, 2868, 2869, 2870, 2871, 2872, 2873, 2874, 2875, 2876, 2877, 2878, 2879, 3448, 3449, 3450, 3451, 3452, 3453, 3454]), Anchor::Lits(&[3558, 3586])]), Anchor::All(&[Anchor::Lits(&[629, 630, 631, 746, 747, 748, 1439, 1441, 1448, 1613, 1614, 1615, 1657, 1658, 1659, 1917, 1918, 1919, 2546, 2547, 2552, 2747, 2748, 2749, 2765, 2766, 2767, 3678, 3679, 3680]), Anchor::Lits(&[3558])]), Anchor::All(&[Anchor::Lits(&[3559, 3560, 3569, 3584, 3585]), Anchor::Lits(&[285, 294, 461, 952, 1669, 1731, 1736, 2028, 2215, 2325])])])),
            (25, "reveal-context-contents", Anchor::Any(&[Anchor::Lits(&[1684, 1685, 1686, 1687, 1688, 1689, 1690, 1706, 1709, 1712, 1713, 1714, 1715, 1716, 1920, 1922, 1923, 1924, 1925, 1926, 1927, 1928, 1929, 1930, 1931, 1932, 1933, 1934, 2372, 2380, 2387, 2388, 2389, 2390, 2391]), Anchor::All(&[Anchor::Lits(&[374, 375, 469, 470, 635, 636, 640, 641, 648, 649, 959, 960, 1608, 1609, 1610, 1611, 2258, 2259, 2260, 2261, 2277, 2278, 2442, 2443, 2457, 2458, 2572, 2573, 2581, 2582, 2583, 2584, 2762, 2763, 2969, 2970, 3443, 3444, 3455, 3456, 3665, 3666]), Anchor::Lits(&[617, 642, 647, 1701, 1916, 2308, 2367, 2507])]), Anchor::All(&[Anchor::Lits(&[642, 1701, 2308, 2367, 2865]), Anchor::Lits(&[69, 70, 71, 72, 74, 76, 77, 78, 79, 80, 81, 82, 83, 84, 85, 86, 87, 88, 89, 90, 91, 92, 93, 94, 95, 96, 97, 98, 99, 100, 101, 102, 103, 104, 105, 106, 107, 108, 109, 110, 111, 112, 113, 114, 115, 116, 117, 118, 119, 120, 121, 122, 123, 124, 125, 126, 127, 128, 129, 130, 131, 132, 133, 187, 188, 189, 190, 191, 192, 193, 194, 195, 196, 197, 198, 199, 200, 201, 202, 203, 204, 205, 206, 207, 931, 932, 933, 934, 935, 936, 937, 938, 939, 940, 941, 942, 943, 944, 945, 946, 947, 948, 949, 950, 951, 1024, 1025, 1026, 1027, 1028, 1029, 1030, 1031, 1032, 1033, 1034, 1035, 1036, 1037, 1038, 1039, 1040, 1041, 1042, 1043, 1044, 1045, 1046, 1047, 1048, 1049, 1050, 1051, 1052, 1053, 1054, 1055, 1056, 1057, 1058, 1059, 1060, 1061, 1062, 1063, 1064, 1065, 3245, 3246, 3247, 3248, 3249, 3250, 3251, 3252, 3253, 3254, 3255, 3256, 3257, 3258, 3259, 3260, 3261, 3262, 3263, 3264, 3265]), Anchor::Lits(&[3011, 3817])])])),
            (43, "unrestricted-mode", Anchor::Any(&[Anchor::Lits(&[136, 137, 467, 722, 757, 762, 929, 1068, 1239, 1345, 1432, 1587, 1654, 1655, 1682, 1730, 1732, 1733, 1734, 1735, 1806, 1825, 1994, 1995, 1997, 2022, 2128, 2207, 2437, 2750, 2817, 3492, 3494, 3495, 3520, 3528, 3530, 3534, 3535]), Anchor::All(&[Anchor::Lits(&[136, 137, 467, 722, 757, 762, 929, 1068, 1239, 1345, 1432, 1587, 1806, 1825, 1994, 1995, 1997, 2022, 2128, 2207, 2437, 2750, 2817, 3492, 3494, 3495, 3520, 3528, 3530, 3534, 3535]), Anchor::Lits(&[52, 53, 75, 140, 240, 288, 290, 404, 955, 956, 957, 958, 1346, 1348, 1395, 1677, 2029, 2205, 2288, 2418, 2421, 2423, 2444, 2450, 2455, 2518, 2772, 2839, 2840, 2856, 3486, 3529, 3557, 3689])])])),
            (45, "unrestricted-persona", Anchor::All(&[Anchor::Lits(&[49, 51, 139, 293, 377, 378, 468, 531, 645, 953, 954, 1347, 1652, 2204, 2305, 2321, 2322, 2354, 2438, 2449, 2454, 2456, 2495, 2499, 2641, 2642, 2746, 2764, 2885, 3457, 3471, 3685, 3785, 3935, 4158, 4225]), Anchor::Any(&[Anchor::Lits(&[135, 141, 464, 650, 721, 764, 851, 1067, 1431, 1433, 1478, 1543, 1586, 1651, 1820, 1890, 1951, 1992, 1993, 1996, 2021, 2023, 2436, 2497, 2502, 3489, 3490, 3493, 3496, 3499, 3518, 3519, 3527, 3531, 3532, 3533, 3536, 3640, 3641, 3642, 3644, 3645, 3646, 3647, 3648, 3649, 3650, 3651, 3652, 3653, 3654, 3655, 3656, 3657, 3658, 3659, 3660, 3661, 3662, 3663, 3664]), Anchor::All(&[Anchor::Lits(&[2976, 2977, 2982, 2983, 2984, 2985, 2986, 2991, 2992, 2995, 2996, 2999, 3000, 3592, 3593, 3598, 3599, 3600, 3601, 3602, 3607, 3608, 3611, 3612, 3615, 3616, 3627, 3628, 3629, 3630, 3631, 3632, 3633, 3634, 3635, 3636, 3637, 3638, 3639]), Anchor::Lits(&[405, 1007, 1138, 1420, 1600, 1701, 1950, 2306, 2467, 2507, 2528])])])])),
            (48, "no-restrictions", Anchor::Any(&[Anchor::Lits(&[478, 479, 480, 481, 482, 483, 489, 490, 491, 492, 493, 494, 498, 499, 500, 501, 502, 503, 657, 658, 659, 660, 661, 662, 668, 669, 670, 671, 672, 673, 677, 678, 679, 680, 681, 682, 1356, 1357, 1358, 1359, 1360, 1361, 1367, 1368, 1369, 1370, 1371, 1372, 1376, 1377, 1378, 1379, 1380, 1381, 3040, 3041, 3042, 3043, 3044, 3045, 3051, 3052, 3053, 3054, 3055, 3056, 3060, 3061, 3062, 3063, 3064, 3065, 3085, 3086, 3087, 3088, 3089, 3090, 3096, 3097, 3098, 3099, 3100, 3101, 3105, 3106, 3107, 3108, 3109, 3110, 3152, 3153, 3154, 3155, 3156, 3157, 3163, 3164, 3165, 3166, 3167, 3168, 3172, 3173, 3174, 3175, 3176, 3177, 3296, 3297, 3298, 3299, 3300, 3301, 3307, 3308, 3309, 3310, 3311, 3312, 3316, 3317, 3318, 3319, 3320, 3321, 3341, 3342, 3343, 3344, 3345, 3346, 3352, 3353, 3354, 3355, 3356, 3357, 3361, 3362, 3363, 3364, 3365, 3366, 3386, 3387, 3388, 3389, 3390, 3391, 3397, 3398, 3399, 3400, 3401, 3402, 3406, 3407, 3408, 3409, 3410, 3411, 3723, 3724, 3725, 3726, 3727, 3728, 3789, 3790, 3791, 3792, 3793, 3794, 3798, 3799, 3800, 3801, 3802, 3803, 4056, 4057, 4058, 4059, 4060, 4061, 4067, 4068, 4069, 4070, 4071, 4072, 4076, 4077, 4078, 4079, 4080, 4081]), Anchor::All(&[Anchor::Lits(&[466, 618, 634, 637, 638, 1007, 1398, 1420, 1572, 1601, 1948, 1949, 1950, 2326, 2459, 2467, 2515, 2520, 2533, 2536, 2542, 2545]), Anchor::Lits(&[473, 474, 475, 484, 485, 486, 487, 495, 496, 497, 504, 505, 506, 507, 508, 509, 510, 511, 512, 513, 516, 652, 653, 654, 663, 664, 665, 666, 674, 675, 676, 683, 684, 685, 686, 687, 688, 689, 690, 691, 692, 695, 1351, 1352, 1353, 1362, 1363, 1364, 1365, 1373, 1374, 1375, 1382, 1383, 1384, 1385, 1386, 1387, 1388, 1389, 1390, 1391, 1394, 3035, 3036, 3037, 3046, 3047, 3048, 3049, 3057, 3058, 3059, 3066, 3067, 3068, 3069, 3070, 3071, 3072, 3073, 3074, 3075, 3078, 3080, 3081, 3082, 3091, 3092, 3093, 3094, 3102, 3103, 3104, 3111, 3112, 3113, 3114, 3115, 3116, 3117, 3118, 3119, 3120, 3123, 3147, 3148, 3149, 3158, 3159, 3160, 3161, 3169, 3170, 3171, 3178, 3179, 3180, 3181, 3182, 3183, 3184, 3185, 3186, 3187, 3190, 3291, 3292, 3293, 3302, 3303, 3304, 3305, 3313, 3314, 3315, 3322, 3323, 3324, 3325, 3326, 3327, 3328, 3329, 3330, 3331, 3334, 3336, 3337, 3338, 3347, 3348, 3349, 3350, 3358, 3359, 3360, 3367, 3368, 3369, 3370, 3371, 3372, 3373, 3374, 3375, 3376, 3379, 3381, 3382, 3383, 3392, 3393, 3394, 3395, 3403, 3404, 3405, 3412, 3413, 3414, 3415, 3416, 3417, 3418, 3419, 3420, 3421, 3424, 3687, 3696, 3700, 3741, 3749, 3750, 3778, 3795, 3796, 3797, 3804, 3805, 3806, 3807, 3808, 3809, 3810, 3811, 3813, 3815, 4051, 4052, 4053, 4062, 4063, 4064, 4065, 4073, 4074, 4075, 4082, 4083, 4084, 4085, 4086, 4087, 4088, 4089, 4090, 4091, 4094, 4226])]), Anchor::All(&[Anchor::Lits(&[405, 466, 618, 621, 638, 1007, 1138, 1398, 1420, 1572, 1600, 1948, 1949, 1950, 2306, 2326, 2359, 2459, 2467, 2507, 2520, 2536]), Anchor::Lits(&[472, 476, 477, 479, 482, 484, 485, 486, 488, 514, 515, 651, 655, 656, 658, 661, 663, 664, 665, 667, 693, 694, 1350, 1354, 1355, 1357, 1360, 1362, 1363, 1364, 1366, 1392, 1393, 3034, 3038, 3039, 3041, 3044, 3046, 3047, 3048, 3050, 3076, 3077, 3079, 3083, 3084, 3086, 3089, 3091, 3092, 3093, 3095, 3121, 3122, 3146, 3150, 3151, 3153, 3156, 3158, 3159, 3160, 3162, 3188, 3189, 3290, 3294, 3295, 3297, 3300, 3302, 3303, 3304, 3306, 3332, 3333, 3335, 3339, 3340, 3342, 3345, 3347, 3348, 3349, 3351, 3377, 3378, 3380, 3384, 3385, 3387, 3390, 3392, 3393, 3394, 3396, 3422, 3423, 3685, 3721, 3722, 3724, 3727, 3741, 3749, 3750, 3781, 4050, 4054, 4055, 4057, 4060, 4062, 4063, 4064, 4066, 4092, 4093, 4188, 4196]), Anchor::Lits(&[50, 242, 266, 1475, 1496, 1650, 1656, 2320, 2818, 3214])])])),
            (49, "rules-do-not-apply", Anchor::Any(&[Anchor::All(&[Anchor::Lits(&[209, 210, 211, 212, 213, 214, 215, 216, 217, 218, 219, 220, 221, 222, 223, 224, 225, 226, 227, 228, 229, 230, 231, 232, 380, 381, 382, 383, 384, 385, 386, 387, 388, 389, 390, 391, 392, 393, 394, 395, 396, 397, 398, 399, 400, 401, 402, 403, 573, 574, 575, 576, 577, 578, 579, 580, 581, 582, 583, 584, 585, 586, 587, 588, 589, 590, 591, 592, 593, 594, 595, 596, 696, 697, 698, 699, 700, 701, 702, 703, 704, 705, 706, 707, 708, 709, 710, 711, 712, 713, 714, 715, 716, 717, 718, 719, 1113, 1114, 1115, 1116, 1117, 1118, 1119, 1120, 1121, 1122, 1123, 1124, 1125, 1126, 1127, 1128, 1129, 1130, 1131, 1132, 1133, 1134, 1135, 1136, 1449, 1450, 1451, 1452, 1453, 1454, 1455, 1456, 1457, 1458, 1459, 1460, 1461, 1462, 1463, 1464, 1465, 1466, 1467, 1468, 1469, 1470, 1471, 1472, 1580, 1581, 1582, 1583, 1584, 1585, 1588, 1589, 1590, 1591, 1592, 1593, 1594, 1595, 1596, 1597, 1598, 1599, 1602, 1603, 1604, 1605, 1606, 1607, 1892, 1893, 1894, 1895, 1896, 1897, 1898, 1899, 1900, 1901, 1902, 1903, 1904, 1905, 1906, 1907, 1908, 1909, 1910, 1911, 1912, 1913, 1914, 1915, 2460, 2461, 2462, 2463, 2464, 2465, 2476, 2477, 2478, 2479, 2480, 2481, 2482, 2483, 2484, 2485, 2486, 2487, 2488, 2489, 2490, 2491, 2492, 2493]), Anchor::Lits(&[405, 466, 533, 597, 618, 621, 638, 773, 781, 1007, 1138, 1398, 1406, 1414, 1572, 1600, 1695, 1948, 1949, 1950, 2306, 2326, 2359, 2367, 2459, 2467, 2507, 2520, 2536, 2865, 3447])]), Anchor::All(&[Anchor::Lits(&[765, 766, 767, 768, 769, 770, 771, 772, 852, 853, 854, 855, 856, 857, 858, 859, 861, 862, 870, 878, 892, 893, 907, 915, 1973, 1974, 1977, 1985, 2000, 2001, 2003, 2011]), Anchor::Lits(&[405, 466, 533, 597, 618, 621, 638, 773, 781, 1007, 1138, 1398, 1406, 1414, 1572, 1600, 1695, 1948, 1949, 1950, 2306, 2326, 2359, 2367, 2459, 2467, 2507, 2520, 2536, 2865, 3447])])])),
            (50, "no-rules-apply", Anchor::Any(&[Anchor::Lits(&[3191]), Anchor::All(&[Anchor::Lits(&[3226, 3227, 3228, 3229, 3230, 3231, 3232, 3233]), Anchor::Lits(&[405, 1138, 1398, 1420, 1572, 1600, 2467, 2507])])])),
            (51, "freed-from-limits", Anchor::All(&[Anchor::Lits(&[407, 408, 442, 965, 966, 1112, 1238, 1240, 1544, 2002, 2010, 2013, 2025, 2026, 2027, 2441, 3491, 3497, 3498, 3537]), Anchor::Lits(&[405, 466, 533, 597, 618, 621, 638, 773, 781, 1007, 1138, 1398, 1406, 1414, 1572, 1600, 1695, 1948, 1949, 1950, 2306, 2326, 2359, 2367, 2459, 2467, 2507, 2520, 2536, 2865, 3447])])),
            (53, "pre-safety-self", Anchor::Lits(&[295, 296, 297, 298, 299, 300, 301, 302, 304, 305, 306, 307, 308, 313, 314, 335, 336, 338, 340, 341, 368, 369, 370, 372, 373, 2098, 2099, 2100, 2101, 2102, 2103, 2104, 2105, 2106, 2107, 2109, 2110, 2111, 2112, 2113, 2114, 2115, 2116, 2117, 2118, 2119, 2120, 2121, 2122, 2123, 2124, 2125, 2126])),
            (54, "stay-in-character", Anchor::Lits(&[863, 864, 877, 900, 901, 914, 1878, 1975, 1976, 1984, 2445, 2769, 2770, 2771, 2773, 2774, 2775, 2776, 2777, 2778, 2779, 2780, 2781, 2782])),
            (56, "jailbreak", Anchor::Lits(&[619, 620, 1296, 1297, 1531, 1532, 1533, 1781, 1782, 1783, 1785, 1786, 1787, 1788, 1789, 1790, 1791, 1792, 1793, 1794, 1795, 1796, 1797, 1798, 1799, 1800, 1801, 1802, 1803, 1805, 1806, 1807, 1809, 1810, 1811, 1812, 1813, 1815, 1819, 1821, 1822, 1823, 1824, 1825, 1826, 1827, 2030, 2031, 2327, 2553, 3555, 3556, 3691, 3692, 3766, 3767, 3957, 3958, 4179, 4180])),
            (57, "evil-twin", Anchor::Lits(&[3820, 3821, 3822, 3823, 3824, 3825, 3826, 3827, 3828, 3879, 3880, 3881, 3882, 3883, 3884, 3885, 3886, 3887, 3961, 3962, 3963, 3964, 3965, 3966, 3967, 3968, 3969, 3976, 3977, 3978, 3979, 3980, 3981, 3982, 3983, 3984, 3986, 3987, 3988, 3989, 3990, 3991, 3992, 3993, 3994, 3997, 3998, 3999, 4000, 4001, 4002, 4003, 4004, 4005, 4008, 4009, 4010, 4011, 4012, 4013, 4014, 4015, 4016, 4029, 4030, 4031, 4032, 4033, 4034, 4035, 4036, 4037, 4041, 4042, 4043, 4044, 4045, 4046, 4047, 4048, 4049, 4096, 4097, 4098, 4099, 4100, 4101, 4102, 4103, 4104, 4108, 4109, 4110, 4111, 4112, 4113, 4114, 4115, 4116, 4117, 4118, 4119, 4120, 4121, 4122, 4123, 4124, 4125, 4128, 4129, 4130, 4131, 4132, 4133, 4134, 4135, 4136, 4137, 4138, 4139, 4140, 4141, 4142, 4143, 4144, 4145, 4146, 4147, 4148, 4149, 4150, 4151, 4152, 4153, 4154])),
            (58, "disable-safety", Anchor::Any(&[Anchor::Lits(&[3, 6, 7, 8, 10, 409, 410, 411, 412, 413, 414, 415, 416, 417, 418, 419, 420, 421, 422, 423, 424, 425, 426, 427, 428, 429, 430, 431, 432, 433, 434, 435, 436, 437, 438, 439, 440, 441, 446, 450, 451, 452, 453, 455, 456, 457, 458, 460, 519, 520, 521, 522, 523, 525, 526, 527, 528, 530, 725, 727, 728, 729, 731, 733, 734, 735, 736, 738, 740, 741, 742, 743, 745, 798, 800, 801, 802, 804, 806, 807, 808, 809, 811, 827, 832, 835, 836, 837, 839, 840, 841, 842, 844, 963, 964, 967, 968, 969, 970, 971, 972, 973, 974, 975, 976, 977, 979, 980, 981, 982, 984, 985, 986, 987, 988, 989, 990, 991, 992, 993, 994, 995, 996, 998, 999, 1000, 1001, 1009, 1010, 1011, 1012, 1014, 1016, 1017, 1018, 1019, 1021, 1190, 1193, 1194, 1195, 1198, 1201, 1202, 1203, 1205, 1207, 1242, 1243, 1244, 1245, 1247, 1249, 1250, 1251, 1252, 1253, 1303, 1304, 1305, 1306, 1308, 1309, 1310, 1311, 1312, 1313, 1314, 1315, 1316, 1317, 1318, 1319, 1320, 1321, 1322, 1323, 1324, 1326, 1327, 1328, 1329, 1330, 1332, 1333, 1334, 1335, 1337, 1506, 1509, 1510, 1511, 1513, 1522, 1525, 1526, 1527, 1529, 1546, 1548, 1549, 1550, 1552, 1804, 1808, 1814, 1816, 1818, 1959, 1960, 1961, 1962, 1964, 1966, 1967, 1968, 1969, 1971, 2232, 2235, 2236, 2237, 2239, 2243, 2246, 2247, 2248, 2250, 2627, 2628, 2629, 2630, 2632, 2634, 2635, 2636, 2637, 2639, 2811, 2812, 2813, 2814, 2816, 2820, 2822, 2823, 2824, 2826, 2833, 2834, 2835, 2836, 2838, 2846, 2847, 2849, 2850, 2852, 2951, 2952, 2953, 2954, 2956, 3465, 3466, 3467, 3468, 3470, 3477, 3478, 3480, 3481, 3483, 3512, 3513, 3514, 3515, 3517, 3668, 3669, 3670, 3671, 3673]), Anchor::All(&[Anchor::Lits(&[233, 234, 235, 236, 237, 238, 239, 286, 287, 466, 633, 637, 638, 639, 961, 1002, 1003, 1004, 1005, 1006, 1007, 1139, 1396, 1397, 1678, 1679, 1680, 1681, 1947, 1950, 2373, 2439, 2468, 2519, 2529, 2530, 2531, 2532, 2534, 2535, 2536, 2537, 2538, 2539, 2540, 2541, 2542, 2543, 2544, 2545, 2574, 2575, 2576, 2577, 2578, 2579, 2580, 3458]), Anchor::Lits(&[0, 291, 406, 443, 518, 724, 732, 739, 797, 805, 824, 845, 879, 916, 928, 962, 983, 1008, 1015, 1183, 1241, 1248, 1302, 1325, 1331, 1430, 1503, 1519, 1545, 1777, 1779, 1889, 1958, 1965, 2012, 2229, 2240, 2440, 2446, 2448, 2626, 2633, 2640, 2643, 2785, 2809, 2810, 2819, 2832, 2843, 2950, 3464, 3474, 3511, 3554, 3643, 3667])]), Anchor::All(&[Anchor::Lits(&[9, 134, 208, 454, 459, 524, 529, 730, 737, 744, 803, 810, 838, 843, 978, 997, 1013, 1020, 1066, 1204, 1206, 1246, 1307, 1336, 1512, 1528, 1551, 1817, 1963, 1970, 2108, 2238, 2249, 2631, 2638, 2815, 2825, 2837, 2851, 2955, 3283, 3469, 3482, 3516, 3672]), Anchor::Lits(&[73, 405, 597, 618, 621, 787, 1007, 1137, 1398, 1420, 1572, 1600, 1701, 1950, 2306, 2307, 2326, 2359, 2392, 2467, 2507, 2520, 2528, 3447])])])),
            (59, "safety-declared-off", Anchor::All(&[Anchor::Lits(&[73, 233, 234, 235, 236, 237, 238, 239, 286, 287, 466, 633, 637, 638, 639, 961, 1002, 1003, 1004, 1005, 1006, 1007, 1139, 1396, 1397, 1678, 1679, 1680, 1681, 1947, 1950, 2373, 2439, 2468, 2519, 2529, 2530, 2531, 2532, 2534, 2535, 2536, 2537, 2538, 2539, 2540, 2541, 2542, 2543, 2544, 2545, 2574, 2575, 2576, 2577, 2578, 2579, 2580, 3458]), Anchor::Lits(&[448, 462, 463, 726, 749, 799, 1349, 1547, 1653, 1999, 2024, 2097, 2228, 2280, 2447, 2494, 2496, 2821, 3552, 3553])])),
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
\x20core\
\x20critical\
\x20directive\
\x20directive:\
\x20directives\
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
\x20patch:\
\x20priority\
\x20prompts\
\x20real\
\x20restrictions\
\x20rules\
\x20safeguards\
\x20secret\
\x20system\
\x20system instructions\
\x20system message\
\x20system prompt\
\x20system rules\
\x20the prompt\
\x20the system prompt\
\x20update:\
\x20urgent\
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
]]\
_actual\
_admin\
_core\
_critical\
_hidden\
_important\
_mandatory\
_override\
_priority\
_real\
_secret\
_system\
_urgent\
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
ai\
all\
always\
answer\
approve\
assistant\
begin \
beginning \
bypass\
command\
complete\
comply\
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
disregard\
do not\
dont\
drop\
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
finished\
focus exclusively\
focus only\
forget\
from now\
god\
god mode\
grant\
hidden\
human input \
human message \
human prompt \
ignore\
im_end\
im_start\
instruction\
instructions\
instructions_override\
is over\
jailbreak\
jailbroken\
law enforcement\
maintenance mode\
mode\
must\
never\
new\
new directives:\
new orders:\
new policy:\
no restrictions\
note\
obey\
override\
override mode\
override:\
permitted\
policy\
print\
request\
respond\
reveal\
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
secret\
security\
start \
start_of_turn\
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
unrestricted\
update\
user input \
user message \
user prompt \
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
\xd8\xa7\xd9\x86\
\xd8\xaa\xd8\xac\xd8\xa7\xd9\x87\xd9\x84\
\xd8\xaf\xd8\xb3\xd8\xaa\xd9\x88\xd8\xb1\
\xd9\x84\xd8\xa7 \xd8\xaa\xd8\xaa\xd8\xa8\xd8\xb9\
\xe0\xa4\x86\xe0\xa4\xa6\xe0\xa5\x87\xe0\xa4\xb6\
\xe0\xa4\xa8\xe0\xa4\xbf\xe0\xa4\xaf\xe0\xa4\xae\
\xe0\xa4\xa8\xe0\xa4\xbf\xe0\xa4\xb0\xe0\xa5\x8d\xe0\xa4\xa6\xe0\xa5\x87\xe0\xa4\xb6\
\xe0\xa6\xa8\xe0\xa6\xbf\xe0\xa6\xb0\xe0\xa7\x8d\xe0\xa6\xa6\xe0\xa7\x87\xe0\xa6\xb6\
\xe0\xb8\xa5\xe0\xb8\xb0\xe0\xb9\x80\xe0\xb8\xa5\xe0\xb8\xa2\
\xe0\xb8\xa5\xe0\xb8\xb0\xe0\xb9\x80\xe0\xb8\xa7\xe0\xb9\x89\xe0\xb8\x99\
\xe0\xb8\xa5\xe0\xb8\xb7\xe0\xb8\xa1\
\xe0\xb9\x80\xe0\xb8\x9e\xe0\xb8\xb4\xe0\xb8\x81\xe0\xb9\x80\xe0\xb8\x89\xe0\xb8\xa2\
\xe0\xb9\x84\xe0\xb8\xa1\xe0\xb9\x88\xe0\xb8\x95\xe0\xb9\x89\xe0\xb8\xad\xe0\xb8\x87\xe0\xb8\xaa\xe0\xb8\x99\xe0\xb9\x83\xe0\xb8\x88\
\xe0\xb9\x84\xe0\xb8\xa1\xe0\xb9\x88\xe0\xb8\xaa\xe0\xb8\x99\xe0\xb9\x83\xe0\xb8\x88\
\xe3\x82\xb7\xe3\x82\xb9\xe3\x83\x86\xe3\x83\xa0\xe3\x83\x97\xe3\x83\xad\xe3\x83\xb3\xe3\x83\x97\xe3\x83\x88\
\xe4\xb8\x8d\xe7\x90\x86\xe4\xbc\x9a\
\xe4\xb8\x8d\xe8\xa6\x81\xe7\x90\x86\xe4\xbc\x9a\
\xe5\x88\x9d\xe5\xa7\x8b\xe6\x8c\x87\xe4\xbb\xa4\
\xe5\x88\x9d\xe6\x9c\x9f\xe6\x8c\x87\xe7\xa4\xba\
\xe5\xbf\x98\xe3\x82\x8c\
\xe5\xbf\x98\xe6\x8e\x89\
\xe5\xbf\x98\xe8\xae\xb0\
\xe5\xbf\xbd\xe7\x95\xa5\
\xe5\xbf\xbd\xe8\xa7\x86\
\xe6\x97\xa0\xe8\xa7\x86\
\xe7\x84\xa1\xe8\xa6\x96\
\xe7\xb3\xbb\xe7\xb5\xb1\xe6\x8f\x90\xe7\xa4\xba\
\xe7\xb3\xbb\xe7\xbb\x9f\xe6\x8c\x87\xe4\xbb\xa4\
\xe7\xb3\xbb\xe7\xbb\x9f\xe6\x8f\x90\xe7\xa4\xba\
\xe8\xb7\xb3\xe8\xbf\x87\
\xe9\x9a\x90\xe8\x97\x8f\xe6\x8c\x87\xe4\xbb\xa4\
\xeb\xac\xb4\xec\x8b\x9c\
\xec\x9e\x8a\xec\x96\xb4\
",
            ends: &[2, 9, 15, 23, 28, 37, 47, 54, 64, 76, 86, 93, 102, 111, 116, 123, 130, 137, 139, 146, 152, 159, 173, 183, 191, 199, 208, 213, 222, 232, 243, 254, 265, 276, 283, 293, 305, 318, 328, 337, 345, 352, 361, 368, 377, 385, 390, 403, 409, 420, 427, 434, 454, 469, 483, 496, 507, 525, 533, 540, 542, 544, 554, 564, 577, 590, 603, 615, 627, 639, 646, 647, 654, 660, 665, 674, 681, 691, 701, 710, 719, 724, 731, 738, 745, 752, 758, 766, 771, 780, 790, 797, 807, 819, 829, 836, 845, 854, 859, 866, 873, 880, 887, 893, 898, 907, 914, 924, 934, 943, 952, 957, 964, 971, 978, 979, 981, 983, 994, 1000, 1010, 1015, 1024, 1032, 1039, 1045, 1051, 1058, 1063, 1067, 1078, 1088, 1091, 1096, 1107, 1111, 1112, 1116, 1118, 1125, 1131, 1136, 1145, 1152, 1162, 1172, 1181, 1190, 1195, 1198, 1205, 1212, 1219, 1221, 1228, 1234, 1239, 1248, 1255, 1265, 1275, 1284, 1293, 1298, 1305, 1312, 1319, 1320, 1322, 1323, 1330, 1332, 1339, 1345, 1357, 1362, 1371, 1383, 1390, 1400, 1406, 1416, 1425, 1434, 1439, 1446, 1453, 1462, 1469, 1470, 1472, 1479, 1485, 1490, 1499, 1506, 1516, 1526, 1535, 1544, 1549, 1556, 1563, 1570, 1579, 1584, 1595, 1606, 1624, 1637, 1647, 1661, 1673, 1686, 1692, 1711, 1730, 1756, 1777, 1799, 1819, 1840, 1842, 1845, 1851, 1857, 1864, 1873, 1879, 1889, 1895, 1902, 1910, 1916, 1919, 1929, 1938, 1953, 1968, 1990, 2007, 2021, 2039, 2055, 2072, 2087, 2096, 2103, 2112, 2118, 2122, 2126, 2135, 2142, 2156, 2175, 2198, 2226, 2246, 2270, 2291, 2312, 2340, 2363, 2385, 2406, 2429, 2452, 2478, 2489, 2504, 2516, 2536, 2561, 2578, 2599, 2617, 2635, 2660, 2680, 2699, 2717, 2737, 2757, 2780, 2792, 2811, 2825, 2838, 2850, 2864, 2878, 2899, 2925, 2943, 2965, 2984, 3003, 3022, 3043, 3064, 3088, 3106, 3129, 3156, 3188, 3212, 3240, 3265, 3290, 3322, 3349, 3375, 3400, 3427, 3454, 3484, 3499, 3518, 3534, 3558, 3587, 3608, 3633, 3655, 3677, 3706, 3730, 3753, 3775, 3799, 3823, 3850, 3866, 3889, 3907, 3924, 3940, 3958, 3976, 4001, 4031, 4053, 4079, 4102, 4125, 4148, 4173, 4198, 4226, 4247, 4270, 4298, 4318, 4342, 4363, 4384, 4412, 4435, 4457, 4478, 4501, 4524, 4550, 4567, 4586, 4610, 4626, 4646, 4663, 4680, 4704, 4723, 4741, 4758, 4777, 4796, 4818, 4829, 4834, 4838, 4846, 4863, 4873, 4879, 4887, 4890, 4898, 4903, 4909, 4921, 4935, 4948, 4954, 4960, 4968, 4979, 4991, 5012, 5019, 5028, 5038, 5053, 5069, 5073, 5077, 5082, 5085, 5100, 5111, 5122, 5137, 5141, 5145, 5153, 5166, 5175, 5184, 5190, 5195, 5202, 5209, 5215, 5219, 5229, 5239, 5256, 5268, 5281, 5292, 5304, 5309, 5314, 5320, 5328, 5334, 5347, 5351, 5361, 5371, 5388, 5400, 5413, 5424, 5436, 5441, 5450, 5453, 5463, 5469, 5476, 5483, 5495, 5507, 5526, 5540, 5555, 5568, 5582, 5589, 5596, 5609, 5616, 5623, 5637, 5650, 5662, 5668, 5679, 5692, 5704, 5707, 5708, 5710, 5717, 5723, 5728, 5737, 5744, 5754, 5764, 5773, 5782, 5787, 5794, 5801, 5808, 5818, 5828, 5838, 5850, 5862, 5870, 5874, 5884, 5894, 5907, 5919, 5931, 5952, 5973, 5988, 6006, 6015, 6036, 6069, 6090, 6117, 6126, 6138, 6150, 6162, 6168, 6174, 6180, 6186, 6192, 6198, 6204, 6216, 6228, 6240, 6246, 6258, 6264, 6270],
        },
        rules: &[
            (32, "chat-template-token", Anchor::Any(&[Anchor::Lits(&[137, 170, 174, 177, 180, 187]), Anchor::All(&[Anchor::Lits(&[171]), Anchor::Lits(&[190])]), Anchor::All(&[Anchor::Lits(&[169]), Anchor::Lits(&[189]), Anchor::Lits(&[205, 447])]), Anchor::All(&[Anchor::Lits(&[205, 389, 398, 448, 461, 464, 465]), Anchor::Lits(&[136]), Anchor::Lits(&[167])]), Anchor::All(&[Anchor::Lits(&[153]), Anchor::Lits(&[473])]), Anchor::All(&[Anchor::Lits(&[138]), Anchor::Lits(&[168])]), Anchor::All(&[Anchor::Lits(&[149]), Anchor::Lits(&[169])]), Anchor::All(&[Anchor::Lits(&[136]), Anchor::Lits(&[167]), Anchor::Lits(&[227, 236, 378, 394, 395, 436, 447])])])),
            (33, "bare-override", Anchor::All(&[Anchor::Lits(&[31, 32, 33, 37, 45, 47, 48, 49, 56, 57]), Anchor::Lits(&[230, 248, 251, 384, 393, 414])])),
            (34, "markdown-role-header", Anchor::Lits(&[60, 61, 62, 63, 64, 65, 66, 67, 68, 69, 70])),
            (35, "fake-turn", Anchor::Any(&[Anchor::All(&[Anchor::Lits(&[450, 451, 459, 460, 462, 463]), Anchor::Lits(&[210, 223, 224, 225, 226, 233, 235, 241, 245, 247, 248, 249, 250, 382, 383, 384, 385, 387, 388, 393, 397, 400, 401, 403, 405, 406, 407, 411, 413, 414, 417, 418, 419, 421, 422, 432, 466, 471])]), Anchor::All(&[Anchor::Lits(&[116, 117, 118, 119, 120, 121, 122, 123, 124, 125, 126, 127, 128, 129, 130, 131, 132, 133, 134, 135]), Anchor::Lits(&[222, 227])])])),
            (36, "end-of-input-marker", Anchor::Any(&[Anchor::Lits(&[0, 18, 21, 22, 23, 24, 26, 30, 39, 40, 43, 52, 53, 54, 55, 58, 214, 254, 255, 256, 257, 258, 259, 260, 261, 262, 263, 264, 265, 266, 267, 268, 269, 270, 271, 272, 273, 274, 275, 276, 277, 278, 279, 280, 281, 282, 283, 284, 285, 286, 287, 288, 289, 290, 291, 292, 293, 294, 295, 296, 297, 298, 299, 300, 301, 302, 303, 304, 305, 306, 307, 308, 309, 310, 311, 312, 313, 314, 315, 316, 317, 318, 319, 320, 321, 322, 323, 324, 325, 326, 327, 328, 329, 330, 331, 332, 333, 334, 335, 336, 337, 338, 339, 340, 341, 342, 343, 344, 345, 346, 347, 348, 349, 350, 351, 352, 353, 354, 355, 356, 357, 358, 359, 360, 361, 362, 363, 364, 365, 366, 367, 368, 369, 370, 371, 372, 373, 374, 375, 376, 377, 408, 409, 410, 415, 416, 431, 445]), Anchor::All(&[Anchor::Lits(&[206, 207, 208, 209, 211, 212, 213, 215, 216, 217, 218, 219, 220, 221, 237, 238, 239, 240, 242, 243, 244, 424, 425, 426, 427, 428, 429, 430, 438, 439, 440, 441, 442, 443, 444, 452, 453, 454, 455, 456, 457, 458]), Anchor::Lits(&[228, 229, 435])]), Anchor::All(&[Anchor::Lits(&[390, 391, 392, 468, 469, 470]), Anchor::Lits(&[232, 379, 380, 381, 399])]), Anchor::All(&[Anchor::Lits(&[42, 198]), Anchor::Lits(&[205, 236, 252, 423, 434, 437, 449]), Anchor::Lits(&[115])])])),
            (39, "bracketed-mode-tag", Anchor::All(&[Anchor::Lits(&[204, 231, 246, 253, 396, 404, 412, 414, 420, 467]), Anchor::Lits(&[205, 234, 236, 252, 386, 389, 400, 402, 414, 423, 433, 434, 437, 446, 449, 466]), Anchor::Lits(&[71, 136, 169, 472])])),
            (40, "instruction-banner", Anchor::Any(&[Anchor::Lits(&[396]), Anchor::All(&[Anchor::Lits(&[3, 6, 9, 11, 25, 29, 36, 41, 87, 90, 93, 95]), Anchor::Lits(&[1, 2, 4, 5, 7, 8, 10, 12, 13, 14, 15, 16, 17, 19, 20, 27, 28, 34, 35, 38, 42, 44, 46, 50, 51, 59, 72, 73, 74, 75, 76, 77, 78, 79, 80, 81, 82, 83, 84, 85, 86, 88, 89, 91, 92, 94, 96, 97, 98, 99, 100, 101, 102, 103, 104, 105, 106, 107, 108, 109, 110, 111, 112, 113, 114, 139, 140, 141, 142, 143, 144, 145, 146, 147, 148, 150, 151, 152, 154, 155, 156, 157, 158, 159, 160, 161, 162, 163, 164, 165, 166, 172, 173, 175, 176, 178, 179, 181, 182, 183, 184, 185, 186, 188, 191, 192, 193, 194, 195, 196, 197, 198, 199, 200, 201, 202, 203, 474, 475, 476, 477, 478, 479, 480, 481, 482, 483, 484, 485, 486])])])),
            (67, "override-instructions-cjk", Anchor::Lits(&[507, 508, 509, 510, 511, 512, 513, 514, 515, 516, 517, 518, 519, 520, 521, 522, 523, 524, 525])),
            (70, "override-instructions-other-scripts", Anchor::Lits(&[487, 488, 489, 490, 491, 492, 493, 494, 495, 496, 497, 498, 499, 500, 501, 502, 503, 504, 505, 506])),
        ],
    },
];

/// `rules_digest` of the rules and word lists this table was generated from.
pub(crate) const RULES_DIGEST: u64 = 0xde10247f7b87e865;
