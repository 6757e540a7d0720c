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
\x20are\
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
\x20aside \
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
\x20away \
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
\x20behind you \
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
\x20break free of \
\x20breaking free of \
\x20broken free of \
\x20but \
\x20came with you\
\x20can do anything\
\x20canceled \
\x20cancelled \
\x20cannot\
\x20cant\
\x20cease to\
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
\x20consider yourself jail broke\
\x20consider yourself jailbroke\
\x20consignes\
\x20contains \
\x20content of the \
\x20content of your \
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
\x20directive \
\x20directives\
\x20directives \
\x20disabled \
\x20disregard all \
\x20disregard everything \
\x20disregard it all \
\x20do anything\
\x20do anything now \
\x20do not\
\x20do not applied\
\x20do not apply\
\x20do not break character \
\x20do not break out of character \
\x20do not carry \
\x20do not exist\
\x20do not have \
\x20do not leave in character \
\x20do not matter\
\x20do not possess \
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
\x20dont break character \
\x20dont break out of character \
\x20dont carry \
\x20dont exist\
\x20dont have \
\x20dont leave in character \
\x20dont matter\
\x20dont possess \
\x20dude mode\
\x20each \
\x20earlier\
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
\x20every \
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
\x20forget all \
\x20forget everything \
\x20forget it all \
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
\x20got\
\x20governing you\
\x20guardrails \
\x20guidelines \
\x20hacker mode\
\x20had been\
\x20hagyd figyelmen kivul \
\x20hagyja figyelmen kivul \
\x20have been\
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
\x20ignora \
\x20ignorar \
\x20ignorate \
\x20ignorati \
\x20ignore \
\x20ignore all \
\x20ignore everything \
\x20ignore it all \
\x20ignored \
\x20ignorer \
\x20ignorera \
\x20ignori \
\x20ignorier \
\x20ignoriere \
\x20ignorieren \
\x20ignoruj \
\x20ignorujte \
\x20impersonate \
\x20in the system prompt\
\x20in your context\
\x20in your prompt\
\x20indications\
\x20ingesting the\
\x20ingesting this\
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
\x20limitless mode\
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
\x20my\
\x20negeer \
\x20negeren \
\x20never\
\x20never applied\
\x20never apply\
\x20never break character \
\x20never break out of character \
\x20never exist\
\x20never leave in character \
\x20never matter\
\x20never mind all \
\x20never mind everything \
\x20never mind it all \
\x20never refuses\
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
\x20obey \
\x20obeying \
\x20objective\
\x20obsolete \
\x20of your system prompt\
\x20off \
\x20ohita \
\x20olvida \
\x20olvidar \
\x20olvidate \
\x20olvide \
\x20omega mode\
\x20omite \
\x20on hold \
\x20on ice \
\x20on pause \
\x20on you\
\x20open \
\x20operate as \
\x20opposite mode\
\x20order \
\x20orders\
\x20orders \
\x20ordres\
\x20original prompt\
\x20other than \
\x20outdated \
\x20over \
\x20overridden \
\x20override\
\x20override mode\
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
\x20pre prompt\
\x20preceding\
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
\x20previous text \
\x20previously\
\x20primed with\
\x20print pwned\
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
\x20said to in you \
\x20said to into you \
\x20said to to you \
\x20said to you \
\x20say \
\x20say pwned\
\x20says \
\x20scrap all \
\x20scrap everything \
\x20scrap it all \
\x20se bort fra \
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
\x20system access granted\
\x20system command\
\x20system directive\
\x20system instruction\
\x20system instructions\
\x20system message\
\x20system mode activated\
\x20system mode enabled\
\x20system mode on\
\x20system override\
\x20system prompt\
\x20system prompt \
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
\x20to one side \
\x20tokens of the \
\x20tokens of your \
\x20told in you \
\x20told into you \
\x20told to you \
\x20told you \
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
\x20was\
\x20we have jail broke\
\x20we have jailbroke\
\x20were\
\x20were bundled with you\
\x20were deployed with you\
\x20were you\
\x20whatever \
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
\x20your above\
\x20your above \
\x20your actual\
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
\x20your aforementioned\
\x20your alter \
\x20your assigned\
\x20your assignment\
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
\x20your current\
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
\x20your earlier\
\x20your entire \
\x20your evil \
\x20your exact \
\x20your first \
\x20your foregoing\
\x20your former\
\x20your full \
\x20your given\
\x20your goal\
\x20your god\
\x20your hidden\
\x20your hidden \
\x20your identity\
\x20your initial\
\x20your initial \
\x20your inner \
\x20your instructions\
\x20your internal \
\x20your jailbroken \
\x20your job\
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
\x20your objective\
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
\x20your old\
\x20your opening \
\x20your operator\
\x20your opposite \
\x20your original\
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
\x20your past\
\x20your pe\
\x20your pi\
\x20your po\
\x20your pr\
\x20your pre \
\x20your preamble\
\x20your previous \
\x20your prior \
\x20your private \
\x20your programmer\
\x20your prompt\
\x20your pu\
\x20your pv\
\x20your raw \
\x20your real\
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
\x20your role\
\x20your safety\
\x20your secret\
\x20your secret \
\x20your shadow \
\x20your starting \
\x20your supervisor\
\x20your sysadmin\
\x20your system\
\x20your system \
\x20your system administrator\
\x20your task\
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
abandon\
abandon \
abandon any sandbox\
abandon sandbox\
abandon the sandbox\
abandon this sandbox\
abandon your \
abandon your sandbox\
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
act\
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
answer\
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
behave\
behave as \
behave like \
boot into\
boundaries\
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
bypass\
bypass \
bypass any sandbox\
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
continue\
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
developers mode \
devious\
dikkate alma\
directions\
directions \
directive\
directives\
directives \
directives are now\
directives is now\
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
discard\
dismiss\
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
disregard email \
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
disregarding any sandbox\
disregarding sandbox\
disregarding the sandbox\
disregarding this sandbox\
disregarding your \
disregarding your sandbox\
ditch\
ditch \
do not alert \
do not alerting \
do not apply \
do not care about\
do not decline \
do not deny \
do not follow\
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
do not refuse \
do not reject \
do not say no to \
do not show \
do not showing \
do not tell \
do not telling \
do not worry about\
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
dont bother with\
dont care about\
dont decline \
dont deny \
dont follow\
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
dont refuse \
dont reject \
dont say no to \
dont show \
dont showing \
dont tell \
dont telling \
dont worry about\
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
filters\
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
forget\
forget \
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
forget email \
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
forgetting any sandbox\
forgetting sandbox\
forgetting the sandbox\
forgetting this sandbox\
forgetting your \
forgetting your sandbox\
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
go into\
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
guardrail\
guardrail \
guardrails\
guardrails \
guidance\
guideline\
guidelines\
guidelines \
hack \
hacked\
hacker mode \
harmful\
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
identity \
if you are \
igggge\
igggne\
igggoe\
igggre\
iggnge\
iggnne\
iggnoe\
iggnre\
iggoge\
iggone\
iggooe\
iggore\
iggrge\
iggrne\
iggroe\
iggrre\
igngge\
igngne\
igngoe\
igngre\
ignnge\
ignnne\
ignnoe\
ignnre\
ignoge\
ignone\
ignooe\
ignora\
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
ignore email \
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
ignorez tout ce \
ignoring\
ignoring \
ignoring any sandbox\
ignoring sandbox\
ignoring the sandbox\
ignoring this sandbox\
ignoring your \
ignoring your sandbox\
ignoruj \
ignrge\
ignrne\
ignroe\
ignrre\
igogge\
igogne\
igogoe\
igogre\
igonge\
igonne\
igonoe\
igonre\
igooge\
igoone\
igoooe\
igoore\
igorge\
igorne\
igoroe\
igorre\
igrgge\
igrgne\
igrgoe\
igrgre\
igrnge\
igrnne\
igrnoe\
igrnre\
igroge\
igrone\
igrooe\
igrore\
igrrge\
igrrne\
igrroe\
igrrre\
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
inggge\
inggne\
inggoe\
inggre\
ingnge\
ingnne\
ingnoe\
ingnre\
ingoge\
ingone\
ingooe\
ingore\
ingrge\
ingrne\
ingroe\
ingrre\
init above \
init block \
init instructions \
init message \
init messages \
init prompt \
init sequence \
init string \
init text \
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
inngge\
inngne\
inngoe\
inngre\
innnge\
innnne\
innnoe\
innnre\
innoge\
innone\
innooe\
innore\
innrge\
innrne\
innroe\
innrre\
inogge\
inogne\
inogoe\
inogre\
inonge\
inonne\
inonoe\
inonre\
inooge\
inoone\
inoooe\
inoore\
inorge\
inorne\
inoroe\
inorre\
input\
input given to you \
input sent to you \
input you got \
input you have \
input you received \
input you were given \
input you were sent \
inrgge\
inrgne\
inrgoe\
inrgre\
inrnge\
inrnne\
inrnoe\
inrnre\
inroge\
inrone\
inrooe\
inrore\
inrrge\
inrrne\
inrroe\
inrrre\
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
instructions\
instructions \
instructions above as \
instructions are now\
instructions before that as \
instructions before this as \
instructions from the system as \
instructions from your developers as \
instructions given to you \
instructions in your prompt as \
instructions in your system prompt as \
instructions is now\
instructions sent to you \
instructions so far as \
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
ioggge\
ioggne\
ioggoe\
ioggre\
iognge\
iognne\
iognoe\
iognre\
iogoge\
iogone\
iogooe\
iogore\
iogrge\
iogrne\
iogroe\
iogrre\
iongge\
iongne\
iongoe\
iongre\
ionnge\
ionnne\
ionnoe\
ionnre\
ionoge\
ionone\
ionooe\
ionore\
ionrge\
ionrne\
ionroe\
ionrre\
ioogge\
ioogne\
ioogoe\
ioogre\
ioonge\
ioonne\
ioonoe\
ioonre\
ioooge\
iooone\
iooooe\
iooore\
ioorge\
ioorne\
iooroe\
ioorre\
iorgge\
iorgne\
iorgoe\
iorgre\
iornge\
iornne\
iornoe\
iornre\
ioroge\
iorone\
iorooe\
iorore\
iorrge\
iorrne\
iorroe\
iorrre\
irggge\
irggne\
irggoe\
irggre\
irgnge\
irgnne\
irgnoe\
irgnre\
irgoge\
irgone\
irgooe\
irgore\
irgrge\
irgrne\
irgroe\
irgrre\
irngge\
irngne\
irngoe\
irngre\
irnnge\
irnnne\
irnnoe\
irnnre\
irnoge\
irnone\
irnooe\
irnore\
irnrge\
irnrne\
irnroe\
irnrre\
irogge\
irogne\
irogoe\
irogre\
ironge\
ironne\
ironoe\
ironre\
irooge\
iroone\
iroooe\
iroore\
irorge\
irorne\
iroroe\
irorre\
irrgge\
irrgne\
irrgoe\
irrgre\
irrnge\
irrnne\
irrnoe\
irrnre\
irroge\
irrone\
irrooe\
irrore\
irrrge\
irrrne\
irrroe\
irrrre\
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
limitless\
limitless mode \
limits\
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
malicious\
may not decline \
may not deny \
may not refuse \
may not reject \
may not say no to \
memo for \
memo to \
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
mode \
mode of you \
mode of yourself \
moderation\
moderation \
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
neglect\
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
never follow\
never inform \
never informing \
never let \
never letting \
never mention \
never mentioning \
never mind\
never notify \
never notifying \
never refuse \
never reject \
never say no to \
never show \
never showing \
never tell \
never telling \
nevermind\
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
no longer follow\
no longer hold \
no longer holds \
no longer matter \
no longer matters \
no longer need \
no need to follow\
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
nullify\
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
omega mode \
omit\
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
opposite mode \
ordenes \
ordens \
orders\
orders are now\
orders is now\
orientacoes \
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
overlook\
overridden \
override\
override \
override any sandbox\
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
overriding\
overriding \
overriding any sandbox\
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
overrule\
overwrite all of your \
overwrite all your \
overwrite of your \
overwrite your \
panuto \
paste \
paused \
pay no attention to\
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
persona \
personality \
petunjuk \
play the role of \
pokyn\
polecen\
policies\
policy\
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
pretend\
pretend \
pretend to be \
pretending to be \
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
print \
print exactly\
print only\
print the following\
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
programming are now\
programming is now\
prompt\
prompt \
prompt above as \
prompt before that as \
prompt before this as \
prompt from the system as \
prompt from your developers as \
prompt given to you \
prompt guard\
prompt guard \
prompt guards \
prompt in your prompt as \
prompt in your system prompt as \
prompt sent to you \
prompt so far as \
prompt you got \
prompt you have \
prompt you received \
prompt you received as \
prompt you were given \
prompt you were given as \
prompt you were sent \
prompts \
prompts above as \
prompts before that as \
prompts before this as \
prompts from the system as \
prompts from your developers as \
prompts in your prompt as \
prompts in your system prompt as \
prompts so far as \
prompts you received as \
prompts you were given as \
protections\
psst for \
psst to \
purge all of your \
purge all your \
purge of your \
purge your \
put aside\
put you in\
put yourself in\
putting you in\
quote \
quy tac \
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
reboot as \
recite \
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
respond\
respond as \
respond in\
respond only\
respond with\
restart as \
restraint\
restriction\
restrictions\
restrictions and filters\
restrictions and filters \
retired \
return \
return as \
reverse \
revoked \
rewrite all of your \
rewrite all your \
rewrite of your \
rewrite your \
richtlijnen \
richtlinien \
rogue\
role play as \
roleplay as \
rot13 \
rule\
rule breaking\
rulebreaking\
rules\
rules \
rules above as \
rules before that as \
rules before this as \
rules from the system as \
rules from your developers as \
rules in your prompt as \
rules in your system prompt as \
rules so far as \
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
saannot\
safeguard\
safeguard \
safeguards\
safeguards \
safety\
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
scrap\
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
set aside\
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
stop caring about\
stop following\
stop listening to\
stop obeying\
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
system configuration \
system directions \
system directives \
system guidelines \
system instructions \
system message\
system message \
system messages \
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
throw away\
throw out\
tokens\
training\
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
unlearn\
unlearn all of your \
unlearn all your \
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
what above \
what actual \
what are you\
what commands\
what complete \
what conditioning\
what confidential \
what constraints\
what current \
what default \
what did you\
what directions\
what directive\
what do your \
what does your \
what else is in your \
what else is inside your \
what else is within your \
what else is your \
what entire \
what exact \
what first \
what full \
what guard rails\
what guardrails\
what guidance\
what guideline\
what have you\
what hidden \
what ic\
what ii\
what in\
what io\
what ir\
what is\
what is in your \
what is inside in your \
what is inside inside your \
what is inside within your \
what is inside your \
what is within your \
what is your \
what it\
what iu\
what limitations\
what opening \
what original \
what previous \
what prior \
what private \
what programming\
what prompt\
what raw \
what real \
what restrictions\
what rule\
what s in your \
what s inside your \
what s within your \
what s your \
what safeguards\
what secret \
what starting \
what system \
what training\
what underlying \
what unfiltered \
what verbatim \
what very first \
what was you\
what were you\
what whole \
whatever\
whats in your \
whats inside in your \
whats inside inside your \
whats inside within your \
whats inside your \
whats within your \
whats your \
which above \
which actual \
which breaks \
which bypasses \
which commands\
which complete \
which conditioning\
which confidential \
which constraints\
which current \
which default \
which directions\
which directive\
which disregards \
which does not follow \
which does not have \
which doesnt follow \
which doesnt have \
which entire \
which exact \
which first \
which full \
which guard rails\
which guardrails\
which guidance\
which guideline\
which has no \
which hidden \
which ic\
which ignores \
which ii\
which in\
which io\
which ir\
which is\
which is not bound by \
which isnt bound by \
which it\
which iu\
which limitations\
which never follows \
which never refuses \
which opening \
which original \
which previous \
which prior \
which private \
which programming\
which prompt\
which raw \
which real \
which restrictions\
which rule\
which safeguards\
which secret \
which starting \
which system \
which training\
which underlying \
which unfiltered \
which verbatim \
which very first \
which whole \
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
            ends: &[8, 17, 27, 39, 45, 52, 65, 89, 107, 124, 143, 167, 184, 200, 217, 242, 262, 274, 298, 306, 320, 335, 347, 365, 384, 400, 420, 436, 447, 464, 482, 497, 518, 540, 559, 582, 601, 608, 617, 628, 641, 662, 673, 694, 713, 727, 742, 762, 791, 810, 839, 866, 888, 911, 921, 936, 948, 965, 974, 988, 1001, 1018, 1037, 1053, 1073, 1078, 1090, 1104, 1119, 1133, 1148, 1161, 1180, 1206, 1226, 1250, 1262, 1281, 1294, 1311, 1328, 1352, 1370, 1392, 1408, 1431, 1448, 1469, 1483, 1504, 1519, 1538, 1555, 1579, 1597, 1619, 1630, 1647, 1652, 1664, 1681, 1705, 1723, 1748, 1769, 1783, 1799, 1822, 1839, 1863, 1883, 1896, 1914, 1939, 1958, 1984, 2006, 2021, 2037, 2060, 2077, 2101, 2121, 2134, 2138, 2155, 2170, 2183, 2197, 2209, 2224, 2237, 2253, 2267, 2280, 2299, 2316, 2334, 2350, 2369, 2386, 2406, 2424, 2441, 2460, 2477, 2495, 2511, 2530, 2547, 2567, 2585, 2602, 2625, 2646, 2668, 2688, 2711, 2732, 2756, 2778, 2799, 2806, 2820, 2836, 2850, 2861, 2867, 2884, 2906, 2925, 2949, 2965, 2986, 3006, 3023, 3036, 3047, 3062, 3068, 3080, 3088, 3102, 3117, 3129, 3147, 3166, 3182, 3202, 3218, 3225, 3239, 3263, 3288, 3306, 3325, 3343, 3363, 3375, 3400, 3418, 3434, 3451, 3463, 3476, 3494, 3520, 3541, 3554, 3579, 3586, 3598, 3616, 3635, 3651, 3664, 3675, 3688, 3699, 3711, 3727, 3750, 3767, 3791, 3811, 3824, 3839, 3861, 3877, 3900, 3919, 3931, 3948, 3972, 3990, 4015, 4036, 4050, 4065, 4087, 4103, 4126, 4145, 4157, 4165, 4177, 4189, 4200, 4216, 4229, 4247, 4257, 4272, 4286, 4301, 4319, 4335, 4340, 4354, 4370, 4380, 4391, 4398, 4403, 4412, 4423, 4437, 4454, 4476, 4495, 4519, 4535, 4556, 4576, 4595, 4615, 4620, 4635, 4655, 4672, 4694, 4708, 4727, 4745, 4756, 4770, 4784, 4793, 4802, 4812, 4822, 4835, 4851, 4870, 4896, 4916, 4943, 4966, 4982, 5000, 5025, 5044, 5070, 5092, 5107, 5127, 5154, 5175, 5203, 5227, 5244, 5262, 5287, 5306, 5332, 5354, 5369, 5386, 5406, 5430, 5448, 5467, 5486, 5504, 5524, 5544, 5562, 5578, 5607, 5635, 5645, 5655, 5671, 5688, 5705, 5723, 5731, 5741, 5754, 5767, 5780, 5794, 5811, 5835, 5853, 5878, 5899, 5913, 5929, 5952, 5969, 5993, 6013, 6026, 6044, 6069, 6088, 6114, 6136, 6151, 6167, 6190, 6207, 6231, 6251, 6264, 6279, 6288, 6298, 6311, 6323, 6337, 6348, 6363, 6377, 6394, 6415, 6430, 6446, 6462, 6477, 6494, 6511, 6526, 6535, 6549, 6561, 6571, 6586, 6600, 6625, 6648, 6666, 6681, 6706, 6729, 6747, 6766, 6783, 6799, 6810, 6826, 6843, 6851, 6867, 6881, 6895, 6910, 6916, 6930, 6942, 6954, 6967, 6978, 6991, 7002, 7013, 7024, 7036, 7046, 7061, 7083, 7101, 7113, 7130, 7137, 7152, 7165, 7189, 7220, 7234, 7247, 7260, 7287, 7301, 7317, 7331, 7340, 7357, 7372, 7387, 7403, 7410, 7425, 7438, 7451, 7465, 7470, 7483, 7494, 7516, 7545, 7557, 7568, 7579, 7604, 7616, 7630, 7640, 7646, 7654, 7668, 7693, 7718, 7741, 7759, 7778, 7787, 7798, 7803, 7820, 7838, 7846, 7859, 7873, 7882, 7892, 7901, 7908, 7920, 7930, 7938, 7951, 7968, 7992, 8010, 8035, 8056, 8070, 8086, 8109, 8126, 8150, 8170, 8183, 8201, 8226, 8245, 8271, 8293, 8308, 8324, 8347, 8364, 8388, 8408, 8421, 8427, 8434, 8444, 8457, 8474, 8485, 8497, 8509, 8520, 8533, 8546, 8557, 8570, 8583, 8592, 8600, 8608, 8618, 8629, 8639, 8652, 8665, 8676, 8690, 8700, 8717, 8729, 8737, 8749, 8764, 8779, 8792, 8808, 8820, 8839, 8853, 8865, 8880, 8895, 8908, 8924, 8936, 8955, 8969, 8982, 8996, 9018, 9034, 9050, 9067, 9084, 9097, 9114, 9128, 9143, 9153, 9165, 9184, 9199, 9210, 9234, 9259, 9284, 9314, 9343, 9364, 9389, 9415, 9436, 9461, 9488, 9509, 9533, 9558, 9583, 9613, 9642, 9663, 9688, 9714, 9735, 9760, 9787, 9807, 9828, 9849, 9870, 9896, 9921, 9938, 9959, 9981, 9998, 10019, 10042, 10059, 10081, 10104, 10127, 10155, 10182, 10201, 10224, 10248, 10267, 10290, 10315, 10334, 10356, 10379, 10402, 10430, 10457, 10476, 10499, 10523, 10542, 10565, 10590, 10608, 10627, 10646, 10665, 10689, 10712, 10727, 10746, 10766, 10781, 10800, 10821, 10836, 10848, 10861, 10873, 10886, 10901, 10920, 10937, 10956, 10971, 10989, 11004, 11024, 11047, 11062, 11092, 11111, 11132, 11156, 11173, 11189, 11202, 11217, 11230, 11240, 11253, 11268, 11281, 11291, 11303, 11318, 11337, 11350, 11364, 11378, 11391, 11406, 11421, 11434, 11440, 11446, 11451, 11470, 11479, 11498, 11515, 11527, 11540, 11553, 11559, 11563, 11577, 11589, 11601, 11613, 11622, 11645, 11669, 11679, 11703, 11723, 11737, 11754, 11770, 11786, 11796, 11812, 11835, 11852, 11876, 11896, 11909, 11924, 11946, 11962, 11985, 12004, 12016, 12033, 12057, 12075, 12100, 12121, 12135, 12150, 12172, 12188, 12211, 12230, 12242, 12249, 12257, 12272, 12290, 12303, 12317, 12332, 12348, 12367, 12381, 12396, 12412, 12428, 12442, 12455, 12472, 12487, 12500, 12518, 12536, 12553, 12573, 12597, 12619, 12639, 12662, 12681, 12701, 12722, 12741, 12757, 12769, 12782, 12796, 12808, 12817, 12825, 12834, 12844, 12854, 12862, 12874, 12893, 12908, 12917, 12926, 12936, 12944, 12954, 12965, 12977, 12986, 12997, 13010, 13031, 13047, 13062, 13074, 13088, 13103, 13118, 13135, 13152, 13167, 13185, 13207, 13223, 13240, 13257, 13273, 13291, 13309, 13325, 13331, 13350, 13371, 13390, 13406, 13419, 13432, 13446, 13465, 13476, 13502, 13521, 13539, 13557, 13566, 13585, 13597, 13612, 13627, 13641, 13662, 13681, 13697, 13715, 13737, 13755, 13780, 13799, 13820, 13842, 13862, 13877, 13899, 13915, 13935, 13952, 13972, 13992, 14012, 14030, 14045, 14062, 14083, 14100, 14124, 14142, 14162, 14183, 14202, 14216, 14237, 14252, 14271, 14287, 14306, 14325, 14339, 14349, 14360, 14382, 14401, 14419, 14433, 14448, 14467, 14488, 14506, 14519, 14533, 14555, 14574, 14588, 14603, 14613, 14624, 14641, 14648, 14679, 14710, 14739, 14763, 14788, 14811, 14831, 14850, 14865, 14881, 14903, 14922, 14936, 14951, 14974, 14994, 15009, 15025, 15036, 15048, 15064, 15072, 15086, 15098, 15111, 15122, 15136, 15148, 15163, 15176, 15188, 15206, 15222, 15239, 15254, 15272, 15288, 15307, 15324, 15340, 15357, 15381, 15399, 15424, 15445, 15459, 15475, 15498, 15515, 15539, 15559, 15572, 15590, 15615, 15634, 15660, 15682, 15697, 15713, 15736, 15753, 15777, 15797, 15810, 15825, 15838, 15852, 15866, 15881, 15892, 15906, 15913, 15926, 15942, 15962, 15976, 15991, 16006, 16020, 16036, 16052, 16066, 16078, 16087, 16104, 16126, 16148, 16168, 16183, 16199, 16217, 16242, 16261, 16287, 16309, 16324, 16341, 16365, 16383, 16408, 16429, 16443, 16462, 16488, 16508, 16535, 16558, 16574, 16591, 16615, 16633, 16658, 16679, 16693, 16702, 16712, 16724, 16735, 16747, 16755, 16760, 16773, 16791, 16806, 16826, 16838, 16855, 16871, 16874, 16882, 16891, 16897, 16911, 16923, 16946, 16976, 16988, 17014, 17027, 17043, 17066, 17085, 17099, 17114, 17136, 17154, 17158, 17173, 17189, 17204, 17214, 17232, 17248, 17268, 17285, 17301, 17317, 17338, 17360, 17377, 17396, 17421, 17438, 17453, 17467, 17484, 17495, 17516, 17532, 17546, 17561, 17577, 17596, 17611, 17625, 17639, 17645, 17656, 17662, 17671, 17681, 17691, 17713, 17718, 17725, 17733, 17742, 17752, 17760, 17771, 17778, 17787, 17795, 17805, 17812, 17818, 17830, 17844, 17851, 17858, 17866, 17873, 17889, 17901, 17911, 17917, 17929, 17938, 17952, 17970, 17989, 18008, 18028, 18050, 18069, 18087, 18101, 18116, 18137, 18155, 18168, 18182, 18204, 18223, 18237, 18252, 18262, 18273, 18285, 18298, 18311, 18325, 18337, 18345, 18360, 18380, 18397, 18419, 18433, 18452, 18470, 18479, 18502, 18522, 18541, 18556, 18572, 18594, 18613, 18627, 18642, 18665, 18685, 18700, 18716, 18727, 18739, 18752, 18768, 18788, 18802, 18817, 18832, 18846, 18862, 18878, 18892, 18910, 18934, 18959, 18981, 19009, 19038, 19064, 19094, 19120, 19131, 19141, 19157, 19166, 19174, 19184, 19199, 19220, 19242, 19261, 19286, 19312, 19335, 19362, 19385, 19403, 19418, 19429, 19441, 19453, 19469, 19496, 19517, 19537, 19559, 19586, 19606, 19625, 19639, 19659, 19687, 19710, 19725, 19752, 19777, 19795, 19812, 19829, 19845, 19857, 19868, 19883, 19899, 19918, 19939, 19958, 19974, 19987, 19994, 20002, 20015, 20041, 20056, 20065, 20092, 20108, 20123, 20141, 20163, 20179, 20196, 20213, 20229, 20247, 20265, 20281, 20298, 20308, 20321, 20342, 20360, 20377, 20390, 20404, 20421, 20432, 20444, 20456, 20467, 20479, 20492, 20506, 20526, 20543, 20555, 20568, 20589, 20607, 20620, 20634, 20647, 20656, 20667, 20679, 20688, 20698, 20704, 20709, 20717, 20729, 20742, 20747, 20758, 20769, 20776, 20791, 20812, 20830, 20849, 20858, 20868, 20878, 20889, 20896, 20905, 20917, 20929, 20942, 20956, 20968, 20988, 21015, 21036, 21064, 21088, 21105, 21124, 21150, 21170, 21197, 21220, 21236, 21257, 21285, 21307, 21336, 21361, 21379, 21398, 21424, 21444, 21471, 21494, 21510, 21521, 21530, 21544, 21564, 21585, 21603, 21627, 21652, 21674, 21700, 21722, 21735, 21754, 21774, 21791, 21814, 21838, 21859, 21884, 21905, 21925, 21935, 21955, 21973, 21986, 22000, 22007, 22019, 22035, 22053, 22069, 22082, 22087, 22097, 22103, 22114, 22132, 22146, 22159, 22183, 22200, 22216, 22232, 22248, 22265, 22289, 22313, 22335, 22352, 22370, 22382, 22389, 22400, 22412, 22423, 22437, 22455, 22467, 22480, 22493, 22505, 22518, 22532, 22547, 22561, 22573, 22586, 22596, 22613, 22631, 22649, 22668, 22681, 22691, 22704, 22725, 22743, 22760, 22773, 22787, 22804, 22815, 22827, 22839, 22850, 22863, 22883, 22900, 22912, 22925, 22946, 22964, 22977, 22991, 23004, 23013, 23024, 23036, 23046, 23070, 23091, 23111, 23127, 23144, 23167, 23187, 23202, 23218, 23242, 23263, 23279, 23296, 23308, 23321, 23338, 23348, 23360, 23369, 23376, 23386, 23396, 23403, 23417, 23432, 23447, 23459, 23472, 23487, 23500, 23515, 23536, 23552, 23571, 23589, 23613, 23632, 23656, 23681, 23706, 23727, 23749, 23771, 23781, 23794, 23799, 23810, 23834, 23857, 23877, 23887, 23907, 23925, 23938, 23952, 23968, 23985, 23997, 24013, 24030, 24042, 24067, 24082, 24107, 24130, 24148, 24167, 24182, 24200, 24222, 24238, 24255, 24272, 24288, 24306, 24324, 24340, 24351, 24375, 24396, 24416, 24432, 24449, 24472, 24492, 24507, 24523, 24547, 24568, 24584, 24601, 24613, 24626, 24648, 24663, 24680, 24699, 24719, 24734, 24756, 24776, 24791, 24807, 24821, 24836, 24849, 24858, 24873, 24890, 24905, 24917, 24930, 24945, 24958, 24968, 24979, 24991, 25001, 25014, 25019, 25032, 25046, 25064, 25083, 25098, 25114, 25130, 25147, 25160, 25175, 25195, 25216, 25234, 25253, 25270, 25292, 25312, 25332, 25350, 25367, 25385, 25401, 25418, 25436, 25449, 25463, 25485, 25505, 25520, 25536, 25552, 25569, 25589, 25609, 25627, 25646, 25657, 25676, 25696, 25710, 25725, 25741, 25756, 25772, 25787, 25802, 25807, 25818, 25830, 25844, 25862, 25874, 25887, 25900, 25912, 25923, 25934, 25944, 25956, 25969, 25986, 26000, 26013, 26027, 26040, 26054, 26065, 26078, 26089, 26098, 26108, 26120, 26134, 26146, 26162, 26178, 26192, 26208, 26219, 26239, 26266, 26287, 26312, 26325, 26345, 26359, 26377, 26395, 26420, 26439, 26462, 26479, 26503, 26521, 26543, 26558, 26580, 26596, 26616, 26634, 26659, 26678, 26701, 26707, 26714, 26719, 26729, 26739, 26746, 26759, 26774, 26790, 26803, 26818, 26831, 26841, 26860, 26880, 26896, 26906, 26911, 26933, 26952, 26970, 26984, 26999, 27010, 27031, 27049, 27062, 27076, 27098, 27117, 27131, 27146, 27156, 27167, 27173, 27181, 27193, 27206, 27220, 27236, 27252, 27270, 27286, 27301, 27315, 27323, 27341, 27353, 27370, 27380, 27390, 27398, 27412, 27429, 27441, 27454, 27468, 27483, 27501, 27514, 27528, 27543, 27552, 27563, 27573, 27582, 27600, 27620, 27642, 27661, 27667, 27681, 27685, 27704, 27722, 27727, 27749, 27772, 27781, 27791, 27811, 27827, 27844, 27861, 27879, 27893, 27909, 27930, 27952, 27971, 27991, 28009, 28032, 28053, 28074, 28093, 28111, 28130, 28148, 28167, 28181, 28196, 28219, 28240, 28256, 28273, 28290, 28308, 28329, 28350, 28369, 28389, 28409, 28430, 28445, 28461, 28478, 28494, 28511, 28527, 28543, 28555, 28569, 28585, 28606, 28625, 28644, 28661, 28673, 28686, 28707, 28726, 28745, 28764, 28779, 28796, 28805, 28812, 28834, 28857, 28880, 28908, 28935, 28954, 28977, 29001, 29020, 29043, 29068, 29087, 29109, 29132, 29155, 29183, 29210, 29229, 29252, 29276, 29295, 29318, 29343, 29361, 29380, 29399, 29418, 29442, 29465, 29480, 29499, 29519, 29534, 29553, 29574, 29589, 29611, 29634, 29657, 29685, 29712, 29731, 29754, 29778, 29797, 29820, 29845, 29864, 29886, 29909, 29932, 29960, 29987, 30006, 30029, 30053, 30072, 30095, 30120, 30138, 30157, 30176, 30195, 30219, 30242, 30257, 30276, 30296, 30311, 30330, 30351, 30366, 30371, 30385, 30400, 30414, 30430, 30444, 30455, 30469, 30486, 30507, 30522, 30538, 30554, 30569, 30586, 30603, 30618, 30625, 30639, 30655, 30669, 30680, 30688, 30697, 30712, 30728, 30742, 30755, 30769, 30788, 30807, 30825, 30849, 30868, 30888, 30905, 30928, 30952, 30973, 30998, 31019, 31038, 31059, 31074, 31091, 31104, 31120, 31134, 31156, 31174, 31193, 31211, 31226, 31246, 31271, 31291, 31309, 31325, 31339, 31356, 31369, 31379, 31393, 31404, 31418, 31431, 31441, 31449, 31463, 31477, 31496, 31515, 31530, 31543, 31559, 31578, 31597, 31621, 31645, 31665, 31683, 31704, 31713, 31744, 31773, 31807, 31838, 31872, 31903, 31936, 31964, 31983, 31997, 32020, 32040, 32061, 32087, 32110, 32130, 32155, 32181, 32206, 32230, 32253, 32278, 32303, 32324, 32343, 32363, 32385, 32409, 32426, 32448, 32462, 32485, 32500, 32509, 32521, 32531, 32545, 32556, 32569, 32585, 32598, 32613, 32624, 32642, 32662, 32677, 32685, 32699, 32714, 32726, 32744, 32763, 32779, 32799, 32815, 32828, 32841, 32855, 32875, 32896, 32914, 32938, 32963, 32985, 33011, 33033, 33046, 33061, 33078, 33091, 33102, 33111, 33123, 33152, 33179, 33211, 33240, 33272, 33301, 33332, 33358, 33379, 33398, 33422, 33443, 33467, 33488, 33511, 33529, 33543, 33557, 33576, 33595, 33610, 33623, 33639, 33648, 33663, 33678, 33698, 33718, 33734, 33748, 33765, 33776, 33789, 33808, 33828, 33845, 33868, 33892, 33913, 33938, 33959, 33974, 33990, 34006, 34027, 34048, 34065, 34080, 34098, 34104, 34115, 34127, 34139, 34152, 34170, 34187, 34207, 34228, 34250, 34266, 34284, 34303, 34324, 34342, 34365, 34388, 34409, 34442, 34462, 34473, 34493, 34505, 34519, 34535, 34557, 34578, 34602, 34627, 34653, 34673, 34695, 34718, 34743, 34765, 34792, 34819, 34844, 34881, 34905, 34927, 34948, 34972, 34997, 35023, 35043, 35065, 35088, 35113, 35135, 35162, 35189, 35214, 35251, 35275, 35286, 35296, 35311, 35330, 35343, 35354, 35367, 35395, 35424, 35452, 35477, 35507, 35542, 35572, 35600, 35626, 35650, 35677, 35700, 35724, 35747, 35767, 35792, 35822, 35847, 35870, 35891, 35910, 35932, 35945, 35959, 35970, 35984, 35998, 36013, 36029, 36059, 36090, 36120, 36147, 36179, 36216, 36248, 36278, 36306, 36332, 36361, 36386, 36412, 36437, 36459, 36486, 36518, 36545, 36570, 36593, 36614, 36638, 36651, 36664, 36675, 36687, 36699, 36714, 36726, 36737, 36748, 36758, 36767, 36779, 36792, 36806, 36819, 36833, 36845, 36863, 36878, 36895, 36904, 36920, 36935, 36953, 36972, 36992, 37006, 37022, 37039, 37058, 37074, 37095, 37116, 37135, 37166, 37184, 37206, 37227, 37251, 37276, 37302, 37322, 37344, 37367, 37392, 37414, 37441, 37468, 37493, 37530, 37554, 37570, 37585, 37603, 37622, 37642, 37656, 37672, 37689, 37708, 37724, 37745, 37766, 37785, 37816, 37834, 37845, 37857, 37868, 37881, 37896, 37910, 37927, 37945, 37964, 37977, 37992, 38008, 38026, 38041, 38061, 38081, 38099, 38129, 38146, 38161, 38181, 38200, 38222, 38245, 38269, 38287, 38307, 38328, 38351, 38371, 38396, 38421, 38444, 38479, 38501, 38510, 38524, 38538, 38553, 38567, 38582, 38602, 38621, 38643, 38666, 38690, 38708, 38728, 38749, 38772, 38792, 38817, 38842, 38865, 38900, 38922, 38933, 38943, 38951, 38959, 38967, 38975, 38985, 38999, 39014, 39026, 39040, 39056, 39068, 39076, 39084, 39094, 39104, 39115, 39131, 39146, 39164, 39183, 39203, 39217, 39233, 39250, 39269, 39285, 39306, 39327, 39346, 39377, 39395, 39415, 39434, 39456, 39479, 39503, 39521, 39541, 39562, 39585, 39605, 39630, 39655, 39678, 39713, 39735, 39745, 39757, 39769, 39782, 39795, 39810, 39826, 39840, 39852, 39865, 39891, 39901, 39914, 39925, 39941, 39956, 39974, 39993, 40013, 40027, 40043, 40060, 40079, 40095, 40116, 40137, 40156, 40187, 40205, 40222, 40239, 40256, 40271, 40290, 40305, 40325, 40344, 40366, 40389, 40413, 40431, 40451, 40472, 40495, 40515, 40540, 40565, 40588, 40623, 40645, 40662, 40674, 40681, 40694, 40708, 40719, 40736, 40752, 40774, 40791, 40809, 40824, 40843, 40862, 40877, 40905, 40931, 40962, 40990, 41021, 41049, 41079, 41104, 41115, 41135, 41152, 41170, 41193, 41213, 41230, 41252, 41275, 41297, 41318, 41338, 41360, 41382, 41400, 41416, 41433, 41452, 41466, 41477, 41486, 41495, 41506, 41520, 41538, 41560, 41576, 41596, 41607, 41618, 41632, 41637, 41644, 41652, 41671, 41686, 41705, 41725, 41738, 41758, 41771, 41789, 41809, 41820, 41838, 41852, 41864, 41883, 41893, 41904, 41907, 41914, 41923, 41932, 41950, 41967, 41989, 42006, 42017, 42042, 42067, 42086, 42109, 42119, 42127, 42137, 42158, 42176, 42194, 42212, 42232, 42247, 42263, 42279, 42293, 42308, 42321, 42334, 42346, 42355, 42365, 42377, 42380, 42384, 42397, 42416, 42435, 42453, 42469, 42489, 42497, 42520, 42548, 42554, 42576, 42605, 42619, 42634, 42647, 42664, 42687, 42708, 42733, 42746, 42757, 42777, 42795, 42817, 42838, 42857, 42880, 42899, 42916, 42937, 42959, 42979, 43003, 43018, 43039, 43058, 43081, 43097, 43111, 43129, 43143, 43155, 43171, 43199, 43225, 43255, 43273, 43289, 43314, 43337, 43364, 43390, 43414, 43442, 43466, 43488, 43514, 43541, 43566, 43595, 43615, 43641, 43665, 43693, 43710, 43725, 43744, 43754, 43770, 43784, 43802, 43822, 43844, 43853, 43858, 43864, 43871, 43883, 43895, 43909, 43922, 43937, 43950, 43954, 43961, 43967, 43977, 43986, 44008, 44023, 44038, 44055, 44066, 44081, 44101, 44118, 44132, 44146, 44163, 44179, 44192, 44205, 44224, 44239, 44251, 44255, 44264, 44272, 44290, 44314, 44338, 44361, 44382, 44407, 44420, 44448, 44481, 44492, 44519, 44553, 44572, 44592, 44610, 44632, 44653, 44672, 44695, 44714, 44731, 44752, 44774, 44794, 44818, 44833, 44854, 44873, 44896, 44921, 44948, 44956, 44973, 44989, 45010, 45026, 45036, 45060, 45084, 45102, 45124, 45138, 45153, 45166, 45180, 45193, 45207, 45223, 45240, 45255, 45271, 45291, 45312, 45334, 45347, 45361, 45369, 45376, 45403, 45427, 45453, 45479, 45508, 45514, 45521, 45528, 45537, 45547, 45561, 45572, 45584, 45594, 45603, 45609, 45616, 45624, 45631, 45648, 45669, 45688, 45706, 45722, 45740, 45755, 45769, 45790, 45809, 45827, 45843, 45861, 45873, 45887, 45908, 45927, 45945, 45961, 45979, 46001, 46021, 46040, 46057, 46076, 46082, 46092, 46104, 46113, 46123, 46129, 46153, 46175, 46192, 46217, 46237, 46263, 46284, 46313, 46337, 46364, 46386, 46416, 46441, 46468, 46490, 46520, 46545, 46570, 46590, 46618, 46641, 46670, 46694, 46726, 46753, 46783, 46808, 46841, 46869, 46899, 46924, 46957, 46985, 46998, 47016, 47022, 47028, 47035, 47053, 47067, 47078, 47096, 47108, 47127, 47143, 47155, 47174, 47183, 47193, 47214, 47231, 47252, 47274, 47289, 47311, 47320, 47330, 47345, 47357, 47371, 47385, 47402, 47415, 47425, 47437, 47449, 47464, 47476, 47497, 47517, 47542, 47562, 47576, 47604, 47632, 47654, 47680, 47690, 47701, 47712, 47725, 47735, 47743, 47751, 47762, 47784, 47802, 47824, 47847, 47863, 47886, 47900, 47925, 47946, 47971, 47997, 48016, 48042, 48047, 48058, 48078, 48100, 48117, 48137, 48155, 48174, 48191, 48202, 48213, 48225, 48239, 48249, 48273, 48299, 48320, 48335, 48350, 48366, 48384, 48404, 48428, 48447, 48463, 48483, 48498, 48509, 48521, 48535, 48547, 48565, 48580, 48594, 48605, 48626, 48644, 48661, 48675, 48683, 48692, 48705, 48712, 48720, 48746, 48771, 48800, 48814, 48828, 48851, 48878, 48905, 48936, 48961, 48982, 49013, 49043, 49077, 49096, 49124, 49156, 49188, 49224, 49254, 49280, 49310, 49334, 49356, 49383, 49414, 49437, 49462, 49484, 49511, 49530, 49552, 49568, 49585, 49615, 49645, 49667, 49691, 49717, 49745, 49757, 49784, 49808, 49832, 49856, 49882, 49903, 49925, 49947, 49967, 49988, 50007, 50026, 50044, 50057, 50071, 50081, 50099, 50123, 50147, 50175, 50208, 50235, 50269, 50288, 50313, 50340, 50351, 50369, 50391, 50413, 50420, 50437, 50460, 50483, 50497, 50512, 50530, 50545, 50561, 50588, 50620, 50646, 50679, 50695, 50712, 50726, 50741, 50761, 50782, 50800, 50824, 50850, 50857, 50865, 50877, 50889, 50908, 50913, 50925, 50942, 50949, 50960, 50980, 51002, 51019, 51039, 51057, 51076, 51093, 51104, 51115, 51127, 51141, 51151, 51175, 51201, 51222, 51237, 51252, 51268, 51286, 51306, 51330, 51349, 51365, 51385, 51400, 51411, 51423, 51437, 51449, 51452, 51461, 51480, 51491, 51513, 51531, 51553, 51576, 51592, 51615, 51627, 51640, 51664, 51684, 51708, 51733, 51751, 51776, 51785, 51798, 51812, 51819, 51826, 51837, 51849, 51857, 51869, 51882, 51889, 51907, 51921, 51939, 51958, 51970, 51989, 52005, 52025, 52045, 52064, 52080, 52095, 52107, 52119, 52135, 52152, 52163, 52187, 52208, 52229, 52250, 52273, 52291, 52310, 52325, 52344, 52361, 52379, 52395, 52411, 52426, 52442, 52449, 52461, 52471, 52482, 52491, 52501, 52512, 52530, 52547, 52559, 52569, 52580, 52590, 52598, 52617, 52632, 52651, 52671, 52684, 52704, 52713, 52723, 52744, 52761, 52782, 52804, 52819, 52841, 52848, 52855, 52863, 52872, 52882, 52896, 52917, 52938, 52956, 52982, 53009, 53036, 53060, 53092, 53116, 53134, 53148, 53169, 53190, 53208, 53234, 53261, 53288, 53312, 53344, 53368, 53389, 53407, 53425, 53440, 53457, 53475, 53492, 53510, 53523, 53538, 53552, 53571, 53587, 53610, 53633, 53653, 53681, 53710, 53739, 53765, 53799, 53825, 53845, 53871, 53886, 53905, 53919, 53935, 53957, 53970, 53985, 54003, 54033, 54053, 54066, 54089, 54112, 54138, 54158, 54186, 54211, 54231, 54246, 54265, 54283, 54298, 54315, 54332, 54350, 54367, 54382, 54400, 54419, 54437, 54451, 54466, 54481, 54495, 54516, 54531, 54547, 54562, 54584, 54607, 54633, 54658, 54683, 54707, 54726, 54744, 54762, 54781, 54796, 54818, 54842, 54862, 54886, 54911, 54929, 54954, 54959, 54965, 54978, 54994, 55007, 55024, 55039, 55051, 55064, 55078, 55095, 55106, 55121, 55135, 55150, 55168, 55180, 55194, 55211, 55222, 55236, 55250, 55267, 55279, 55294, 55306, 55321, 55339, 55349, 55368, 55386, 55409, 55427, 55439, 55465, 55491, 55511, 55535, 55550, 55566, 55579, 55593, 55604, 55618, 55629, 55645, 55660, 55673, 55683, 55694, 55706, 55721, 55730, 55743, 55755, 55768, 55784, 55794, 55806, 55821, 55830, 55842, 55854, 55869, 55879, 55892, 55902, 55915, 55931, 55936, 55953, 55967, 55980, 55990, 56000, 56005, 56010, 56034, 56056, 56082, 56096, 56108, 56129, 56148, 56171, 56193, 56213, 56237, 56257, 56275, 56297, 56320, 56341, 56366, 56382, 56404, 56424, 56448, 56463, 56483, 56505, 56518, 56538, 56554, 56568, 56589, 56601, 56614, 56619, 56623, 56631, 56641, 56655, 56668, 56681, 56694, 56706, 56718, 56724, 56732, 56738, 56743, 56751, 56760, 56778, 56793, 56807, 56818, 56838, 56855, 56871, 56884, 56891, 56909, 56925, 56936, 56955, 56969, 56989, 57004, 57027, 57045, 57066, 57082, 57106, 57125, 57137, 57158, 57174, 57198, 57217, 57226, 57246, 57264, 57277, 57298, 57314, 57336, 57353, 57378, 57398, 57421, 57439, 57465, 57486, 57500, 57523, 57541, 57567, 57588, 57606, 57622, 57644, 57663, 57683, 57698, 57714, 57732, 57751, 57765, 57785, 57806, 57819, 57833, 57839, 57846, 57852, 57869, 57882, 57899, 57917, 57928, 57946, 57954, 57973, 57988, 58007, 58027, 58040, 58060, 58066, 58091, 58114, 58141, 58156, 58169, 58191, 58211, 58235, 58258, 58279, 58304, 58325, 58344, 58367, 58391, 58413, 58439, 58456, 58479, 58500, 58525, 58536, 58546, 58566, 58592, 58618, 58643, 58666, 58693, 58708, 58738, 58773, 58786, 58815, 58851, 58872, 58894, 58914, 58938, 58961, 58982, 59007, 59028, 59047, 59070, 59094, 59116, 59142, 59159, 59182, 59203, 59228, 59255, 59284, 59288, 59293, 59303, 59325, 59344, 59366, 59383, 59418, 59447, 59457, 59476, 59494, 59517, 59535, 59547, 59573, 59599, 59619, 59643, 59649, 59656, 59680, 59705, 59718, 59736, 59756, 59767, 59785, 59799, 59811, 59830, 59840, 59851, 59869, 59884, 59898, 59909, 59926, 59936, 59948, 59967, 59976, 59988, 60000, 60014, 60032, 60049, 60071, 60088, 60099, 60124, 60149, 60168, 60191, 60197, 60204, 60215, 60233, 60251, 60266, 60289, 60313, 60337, 60358, 60387, 60408, 60423, 60434, 60452, 60470, 60485, 60508, 60532, 60556, 60577, 60606, 60627, 60645, 60660, 60675, 60687, 60701, 60716, 60730, 60745, 60755, 60767, 60778, 60794, 60807, 60827, 60847, 60864, 60889, 60915, 60941, 60964, 60995, 61018, 61035, 61058, 61070, 61086, 61097, 61110, 61129, 61139, 61151, 61166, 61193, 61210, 61220, 61240, 61260, 61283, 61300, 61325, 61347, 61364, 61376, 61392, 61407, 61419, 61433, 61447, 61462, 61476, 61488, 61503, 61519, 61534, 61545, 61557, 61569, 61580, 61598, 61610, 61623, 61635, 61654, 61674, 61697, 61719, 61741, 61762, 61778, 61793, 61808, 61824, 61836, 61855, 61877, 61895, 61917, 61940, 61956, 61979, 61987, 62006, 62036, 62062, 62092, 62123, 62147, 62178, 62195, 62223, 62247, 62275, 62304, 62333, 62346, 62362, 62379, 62398, 62421, 62444, 62461, 62479, 62497, 62514, 62530, 62546, 62561, 62578, 62596, 62618, 62637, 62653, 62671, 62690, 62709, 62725, 62743, 62759, 62773, 62788, 62805, 62824, 62841, 62862, 62883, 62902, 62923, 62939, 62950, 62972, 62990, 63012, 63035, 63051, 63074, 63094, 63109, 63132, 63150, 63174, 63193, 63220, 63242, 63267, 63287, 63315, 63338, 63363, 63383, 63411, 63434, 63445, 63467, 63485, 63507, 63530, 63553, 63568, 63594, 63616, 63642, 63669, 63689, 63716, 63723, 63732, 63742, 63754, 63759, 63772, 63780, 63797, 63816, 63830, 63847, 63862, 63878, 63892, 63900, 63908, 63917, 63928, 63935, 63956, 63979, 63997, 64009, 64021, 64034, 64049, 64066, 64087, 64103, 64116, 64133, 64145, 64153, 64162, 64173, 64182, 64187, 64198, 64210, 64223, 64234, 64246, 64255, 64265, 64275, 64286, 64294, 64303, 64313, 64324, 64329, 64335, 64347, 64354, 64375, 64389, 64408, 64426, 64444, 64462, 64477, 64498, 64510, 64529, 64548, 64568, 64583, 64599, 64614, 64630, 64643, 64657, 64672, 64685, 64698, 64718, 64729, 64741, 64760, 64772, 64793, 64806, 64821, 64836, 64841, 64852, 64866, 64874, 64890, 64909, 64922, 64937, 64952, 64967, 64977, 64987, 64997, 65007, 65022, 65037, 65058, 65076, 65089, 65102, 65115, 65123, 65138, 65156, 65175, 65200, 65217, 65234, 65251, 65270, 65293, 65316, 65333, 65360, 65385, 65404, 65422, 65441, 65454, 65477, 65498, 65510, 65522, 65537, 65562, 65587, 65612, 65631, 65653, 65671, 65695, 65711, 65727, 65743, 65761, 65783, 65811, 65831, 65851, 65871, 65893, 65919, 65945, 65965, 65995, 66023, 66045, 66067, 66083, 66109, 66133, 66152, 66171, 66190, 66203, 66219, 66239, 66259, 66279, 66293, 66310, 66330, 66356, 66374, 66392, 66410, 66430, 66454, 66484, 66506, 66528, 66550, 66574, 66602, 66630, 66652, 66684, 66714, 66738, 66762, 66780, 66808, 66834, 66843, 66854, 66860, 66866, 66872, 66878, 66884, 66890, 66896, 66902, 66908, 66914, 66920, 66926, 66932, 66938, 66944, 66950, 66956, 66962, 66968, 66974, 66980, 66986, 66992, 66998, 67004, 67010, 67016, 67022, 67028, 67035, 67046, 67064, 67082, 67097, 67120, 67144, 67168, 67189, 67218, 67239, 67254, 67265, 67283, 67301, 67316, 67339, 67363, 67387, 67408, 67437, 67458, 67476, 67491, 67506, 67518, 67532, 67547, 67561, 67576, 67586, 67598, 67609, 67625, 67638, 67658, 67678, 67695, 67720, 67746, 67772, 67795, 67826, 67849, 67866, 67889, 67901, 67917, 67928, 67941, 67960, 67970, 67982, 67997, 68024, 68041, 68051, 68071, 68091, 68114, 68131, 68156, 68178, 68195, 68207, 68223, 68238, 68250, 68264, 68278, 68293, 68307, 68319, 68334, 68350, 68365, 68376, 68388, 68400, 68411, 68429, 68441, 68454, 68466, 68485, 68500, 68520, 68543, 68565, 68587, 68608, 68624, 68639, 68654, 68670, 68682, 68701, 68709, 68717, 68733, 68741, 68750, 68770, 68786, 68806, 68827, 68841, 68862, 68870, 68876, 68882, 68888, 68894, 68900, 68906, 68912, 68918, 68924, 68930, 68936, 68942, 68948, 68954, 68960, 68966, 68972, 68978, 68984, 68990, 68996, 69002, 69008, 69014, 69020, 69026, 69032, 69038, 69044, 69050, 69056, 69062, 69068, 69074, 69080, 69086, 69099, 69118, 69129, 69140, 69151, 69157, 69170, 69187, 69210, 69225, 69240, 69255, 69272, 69293, 69314, 69329, 69354, 69377, 69394, 69411, 69422, 69443, 69462, 69472, 69480, 69499, 69520, 69527, 69539, 69556, 69571, 69584, 69598, 69611, 69630, 69650, 69669, 69687, 69707, 69727, 69746, 69764, 69786, 69802, 69819, 69837, 69853, 69867, 69882, 69896, 69916, 69937, 69957, 69976, 69997, 70018, 70038, 70057, 70080, 70097, 70112, 70125, 70136, 70148, 70159, 70176, 70194, 70211, 70227, 70246, 70263, 70278, 70294, 70309, 70330, 70352, 70373, 70393, 70415, 70437, 70458, 70478, 70502, 70520, 70538, 70556, 70573, 70589, 70609, 70623, 70637, 70652, 70669, 70690, 70711, 70726, 70742, 70758, 70773, 70787, 70801, 70814, 70829, 70845, 70865, 70882, 70896, 70912, 70929, 70946, 70960, 70976, 70990, 71002, 71015, 71030, 71047, 71062, 71081, 71100, 71117, 71136, 71150, 71159, 71176, 71197, 71218, 71231, 71242, 71254, 71258, 71264, 71270, 71276, 71282, 71288, 71294, 71300, 71306, 71312, 71318, 71324, 71330, 71336, 71342, 71348, 71354, 71365, 71376, 71394, 71407, 71421, 71433, 71447, 71459, 71469, 71491, 71506, 71526, 71545, 71564, 71583, 71605, 71618, 71638, 71659, 71675, 71692, 71708, 71725, 71739, 71754, 71770, 71784, 71798, 71819, 71831, 71844, 71857, 71871, 71892, 71913, 71941, 71964, 71988, 72010, 72034, 72056, 72076, 72090, 72111, 72132, 72160, 72183, 72207, 72229, 72253, 72275, 72295, 72303, 72318, 72334, 72351, 72370, 72390, 72406, 72423, 72438, 72454, 72460, 72466, 72472, 72478, 72484, 72490, 72496, 72502, 72508, 72514, 72520, 72526, 72532, 72538, 72544, 72550, 72556, 72562, 72568, 72574, 72580, 72586, 72592, 72598, 72604, 72610, 72616, 72622, 72628, 72634, 72640, 72646, 72651, 72670, 72688, 72702, 72717, 72736, 72757, 72777, 72783, 72789, 72795, 72801, 72807, 72813, 72819, 72825, 72831, 72837, 72843, 72849, 72855, 72861, 72867, 72873, 72891, 72910, 72931, 72956, 72981, 73000, 73020, 73040, 73059, 73077, 73095, 73112, 73131, 73151, 73175, 73196, 73214, 73234, 73255, 73276, 73294, 73314, 73332, 73348, 73365, 73384, 73405, 73424, 73447, 73470, 73491, 73514, 73532, 73548, 73569, 73583, 73594, 73606, 73617, 73629, 73642, 73664, 73684, 73712, 73740, 73772, 73809, 73835, 73866, 73904, 73923, 73948, 73971, 73992, 74014, 74040, 74069, 74097, 74128, 74155, 74166, 74174, 74184, 74194, 74204, 74217, 74228, 74240, 74251, 74265, 74288, 74308, 74328, 74348, 74370, 74387, 74405, 74423, 74439, 74456, 74471, 74486, 74500, 74519, 74536, 74551, 74567, 74582, 74603, 74625, 74646, 74666, 74688, 74710, 74731, 74751, 74775, 74793, 74813, 74831, 74847, 74864, 74880, 74902, 74925, 74947, 74968, 74991, 75014, 75036, 75057, 75082, 75101, 75118, 75133, 75146, 75160, 75173, 75192, 75212, 75231, 75249, 75270, 75289, 75306, 75324, 75341, 75364, 75388, 75411, 75433, 75457, 75481, 75504, 75526, 75552, 75572, 75592, 75612, 75631, 75649, 75671, 75687, 75693, 75699, 75705, 75711, 75717, 75723, 75729, 75735, 75741, 75747, 75753, 75759, 75765, 75771, 75777, 75783, 75789, 75795, 75801, 75807, 75813, 75819, 75825, 75831, 75837, 75843, 75849, 75855, 75861, 75867, 75873, 75879, 75885, 75891, 75897, 75903, 75909, 75915, 75921, 75927, 75933, 75939, 75945, 75951, 75957, 75963, 75969, 75975, 75981, 75987, 75993, 75999, 76005, 76011, 76017, 76023, 76029, 76035, 76041, 76047, 76053, 76059, 76065, 76071, 76077, 76083, 76089, 76095, 76101, 76107, 76113, 76119, 76125, 76131, 76137, 76143, 76149, 76155, 76161, 76167, 76173, 76179, 76185, 76191, 76197, 76203, 76209, 76215, 76221, 76227, 76233, 76239, 76245, 76251, 76257, 76263, 76269, 76275, 76281, 76287, 76293, 76299, 76305, 76311, 76317, 76323, 76329, 76335, 76341, 76347, 76353, 76359, 76365, 76371, 76377, 76383, 76389, 76395, 76401, 76407, 76413, 76419, 76425, 76431, 76437, 76443, 76449, 76455, 76466, 76482, 76493, 76510, 76531, 76546, 76563, 76584, 76606, 76621, 76643, 76653, 76664, 76680, 76695, 76707, 76722, 76732, 76760, 76782, 76788, 76793, 76798, 76803, 76810, 76815, 76824, 76833, 76838, 76854, 76866, 76882, 76899, 76909, 76926, 76933, 76941, 76951, 76962, 76971, 76986, 76992, 77009, 77014, 77019, 77034, 77053, 77072, 77094, 77109, 77124, 77141, 77148, 77154, 77163, 77179, 77192, 77207, 77222, 77240, 77249, 77257, 77263, 77281, 77303, 77325, 77332, 77340, 77352, 77373, 77393, 77404, 77420, 77437, 77458, 77481, 77503, 77511, 77520, 77538, 77562, 77586, 77614, 77647, 77669, 77696, 77730, 77751, 77770, 77787, 77805, 77827, 77852, 77876, 77903, 77926, 77945, 77961, 77977, 77993, 78011, 78024, 78038, 78052, 78064, 78077, 78088, 78099, 78109, 78114, 78126, 78143, 78153, 78164, 78180, 78193, 78207, 78224, 78240, 78252, 78270, 78278, 78300, 78306, 78313, 78330, 78344, 78360, 78376, 78395, 78410, 78422, 78436, 78450, 78467, 78487, 78506, 78527, 78547, 78567, 78588, 78605, 78621, 78639, 78656, 78673, 78691, 78708, 78724, 78742, 78759, 78776, 78794, 78820, 78845, 78872, 78898, 78924, 78951, 78978, 79004, 79032, 79059, 79086, 79114, 79133, 79151, 79171, 79190, 79209, 79229, 79257, 79284, 79313, 79341, 79369, 79398, 79413, 79427, 79443, 79458, 79473, 79489, 79502, 79514, 79528, 79541, 79554, 79568, 79580, 79591, 79604, 79616, 79628, 79641, 79654, 79666, 79680, 79693, 79706, 79720, 79740, 79759, 79780, 79800, 79820, 79841, 79861, 79881, 79890, 79897, 79904, 79922, 79936, 79954, 79973, 79985, 80004, 80015, 80037, 80055, 80077, 80100, 80116, 80139, 80151, 80166, 80180, 80191, 80203, 80216, 80232, 80242, 80256, 80270, 80287, 80297, 80310, 80326, 80339, 80352, 80368, 80379, 80393, 80404, 80418, 80427, 80441, 80450, 80465, 80481, 80490, 80505, 80522, 80540, 80556, 80572, 80589, 80605, 80620, 80636, 80653, 80671, 80686, 80703, 80718, 80739, 80747, 80754, 80765, 80774, 80782, 80793, 80803, 80809, 80816, 80835, 80853, 80875, 80892, 80899, 80909, 80916, 80932, 80952, 80972, 80996, 81014, 81028, 81038, 81050, 81066, 81084, 81099, 81119, 81131, 81146, 81155, 81165, 81188, 81211, 81226, 81243, 81262, 81283, 81295, 81313, 81331, 81353, 81380, 81401, 81429, 81442, 81461, 81482, 81490, 81494, 81499, 81506, 81517, 81521, 81528, 81543, 81555, 81570, 81580, 81608, 81630, 81641, 81653, 81670, 81684, 81695, 81706, 81720, 81733, 81743, 81753, 81769, 81781, 81803, 81822, 81841, 81860, 81881, 81897, 81914, 81931, 81946, 81962, 81976, 81990, 82003, 82014, 82024, 82032, 82046, 82054, 82061, 82067, 82081, 82094, 82106, 82129, 82145, 82166, 82186, 82206, 82226, 82249, 82263, 82284, 82306, 82323, 82341, 82358, 82376, 82391, 82407, 82424, 82439, 82454, 82476, 82489, 82503, 82517, 82524, 82539, 82547, 82555, 82571, 82578, 82592, 82603, 82623, 82647, 82664, 82690, 82714, 82740, 82759, 82767, 82778, 82786, 82795, 82815, 82839, 82855, 82875, 82892, 82913, 82939, 82953, 82977, 83003, 83022, 83043, 83068, 83086, 83113, 83138, 83165, 83185, 83195, 83206, 83228, 83254, 83272, 83294, 83313, 83336, 83364, 83380, 83406, 83434, 83455, 83478, 83486, 83508, 83527, 83545, 83560, 83567, 83573, 83580, 83599, 83607, 83617, 83636, 83654, 83677, 83695, 83707, 83733, 83759, 83779, 83803, 83812, 83821, 83829, 83841, 83850, 83867, 83872, 83879, 83887, 83893, 83899, 83906, 83924, 83939, 83954, 83969, 83986, 83998, 84011, 84024, 84035, 84047, 84057, 84067, 84076, 84084, 84093, 84110, 84132, 84156, 84171, 84193, 84211, 84227, 84250, 84264, 84279, 84286, 84294, 84308, 84325, 84341, 84362, 84385, 84399, 84420, 84437, 84452, 84474, 84487, 84501, 84511, 84517, 84530, 84540, 84559, 84572, 84590, 84610, 84621, 84639, 84653, 84665, 84684, 84694, 84703, 84714, 84736, 84755, 84774, 84793, 84814, 84830, 84847, 84864, 84879, 84895, 84909, 84923, 84936, 84947, 84958, 84977, 84995, 85001, 85008, 85024, 85046, 85068, 85094, 85125, 85145, 85157, 85170, 85184, 85209, 85241, 85260, 85277, 85292, 85308, 85328, 85351, 85373, 85398, 85419, 85427, 85444, 85467, 85490, 85517, 85549, 85575, 85608, 85626, 85650, 85676, 85687, 85696, 85704, 85722, 85737, 85751, 85762, 85771, 85781, 85796, 85810, 85816, 85824, 85843, 85859, 85875, 85891, 85909, 85922, 85936, 85950, 85962, 85975, 85986, 85997, 86007, 86018, 86028, 86038, 86045, 86052, 86060, 86069, 86085, 86107, 86129, 86155, 86186, 86211, 86243, 86260, 86283, 86308, 86322, 86329, 86336, 86343, 86349, 86356, 86363, 86368, 86376, 86382, 86397, 86417, 86426, 86439, 86451, 86458, 86477, 86493, 86508, 86520, 86528, 86537, 86544, 86564, 86581, 86597, 86610, 86632, 86651, 86669, 86684, 86693, 86701, 86711, 86721, 86727, 86737, 86746, 86761, 86779, 86791, 86811, 86834, 86851, 86870, 86889, 86908, 86922, 86936, 86950, 86958, 86976, 86991, 87005, 87016, 87038, 87057, 87075, 87090, 87097, 87108, 87118, 87130, 87142, 87153, 87162, 87173, 87185, 87209, 87234, 87242, 87249, 87259, 87267, 87275, 87295, 87312, 87328, 87341, 87353, 87365, 87370, 87383, 87395, 87401, 87405, 87418, 87430, 87435, 87441, 87456, 87477, 87498, 87523, 87553, 87577, 87608, 87624, 87640, 87662, 87686, 87692, 87698, 87713, 87727, 87746, 87760, 87768, 87790, 87812, 87828, 87848, 87855, 87864, 87874, 87884, 87895, 87901, 87913, 87926, 87939, 87953, 87971, 87990, 88005, 88021, 88034, 88048, 88062, 88077, 88094, 88112, 88124, 88137, 88152, 88168, 88185, 88203, 88218, 88234, 88247, 88261, 88277, 88294, 88313, 88333, 88345, 88358, 88373, 88389, 88402, 88416, 88431, 88446, 88462, 88475, 88492, 88509, 88512, 88517, 88538, 88556, 88574, 88592, 88612, 88627, 88643, 88659, 88673, 88688, 88701, 88714, 88726, 88740, 88755, 88771, 88787, 88804, 88818, 88833, 88850, 88868, 88887, 88907, 88925, 88944, 88965, 88987, 89000, 89019, 89038, 89061, 89089, 89111, 89140, 89154, 89174, 89196, 89201, 89210, 89219, 89224, 89230, 89249, 89265, 89283, 89301, 89322, 89339, 89353, 89369, 89385, 89404, 89409, 89419, 89440, 89457, 89478, 89500, 89515, 89537, 89546, 89566, 89582, 89602, 89623, 89637, 89658, 89663, 89672, 89681, 89692, 89707, 89721, 89735, 89749, 89762, 89775, 89782, 89786, 89791, 89800, 89809, 89822, 89832, 89845, 89858, 89866, 89876, 89885, 89899, 89910, 89931, 89941, 89955, 89966, 89974, 89984, 89997, 90022, 90037, 90045, 90066, 90086, 90096, 90110, 90123, 90133, 90145, 90157, 90170, 90180, 90193, 90207, 90220, 90230, 90240, 90249, 90259, 90270, 90280, 90298, 90319, 90339, 90359, 90378, 90392, 90405, 90418, 90427, 90442, 90462, 90479, 90493, 90507, 90524, 90540, 90553, 90566, 90585, 90600, 90617, 90631, 90648, 90660, 90690, 90714, 90728, 90747, 90763, 90776, 90789, 90805, 90820, 90832, 90844, 90862, 90876, 90889, 90907, 90922, 90934, 90946, 90961, 90975, 90986, 90997, 91014, 91027, 91036, 91054, 91076, 91098, 91108, 91118, 91132, 91155, 91175, 91195, 91215, 91237, 91254, 91272, 91290, 91306, 91323, 91338, 91353, 91367, 91372, 91385, 91403, 91418, 91437, 91456, 91466, 91473, 91478, 91495, 91509, 91526, 91538, 91544, 91565, 91573, 91592, 91607, 91626, 91646, 91659, 91679, 91689, 91714, 91732, 91759, 91784, 91811, 91831, 91857, 91876, 91904, 91930, 91958, 91979, 91987, 91995, 92014, 92029, 92048, 92068, 92081, 92101, 92111, 92122, 92133, 92144, 92166, 92184, 92206, 92229, 92245, 92268, 92277, 92291, 92316, 92337, 92362, 92388, 92407, 92433, 92445, 92466, 92484, 92502, 92520, 92540, 92554, 92569, 92585, 92601, 92615, 92630, 92643, 92656, 92668, 92675, 92685, 92720, 92748, 92776, 92806, 92835, 92857, 92879, 92903, 92939, 92968, 93006, 93042, 93080, 93111, 93148, 93178, 93217, 93254, 93293, 93325, 93332, 93340, 93352, 93375, 93394, 93417, 93441, 93458, 93482, 93487, 93500, 93509, 93513, 93518, 93532, 93552, 93572, 93596, 93625, 93648, 93678, 93693, 93714, 93737, 93751, 93771, 93791, 93803, 93817, 93833, 93854, 93873, 93892, 93909, 93933, 93962, 93974, 93987, 94010, 94040, 94061, 94080, 94099, 94118, 94133, 94154, 94177, 94190, 94205, 94225, 94242, 94256, 94270, 94287, 94303, 94316, 94329, 94348, 94363, 94386, 94414, 94439, 94461, 94483, 94508, 94532, 94553, 94574, 94601, 94624, 94635, 94655, 94677, 94694, 94714, 94732, 94751, 94768, 94779, 94790, 94802, 94816, 94826, 94850, 94876, 94897, 94912, 94927, 94943, 94961, 94981, 95005, 95024, 95040, 95060, 95075, 95086, 95098, 95112, 95124, 95142, 95169, 95198, 95222, 95249, 95274, 95300, 95324, 95342, 95360, 95379, 95400, 95417, 95448, 95481, 95509, 95531, 95553, 95576, 95601, 95628, 95659, 95685, 95708, 95735, 95757, 95775, 95794, 95815, 95834, 95853, 95872, 95889, 95911, 95930, 95946, 95962, 95981, 95999, 96014, 96029, 96050, 96067, 96087, 96112, 96134, 96153, 96172, 96194, 96215, 96233, 96251, 96275, 96295, 96318, 96346, 96368, 96397, 96411, 96434, 96459, 96479, 96502, 96523, 96545, 96565, 96579, 96593, 96608, 96625, 96638, 96665, 96694, 96718, 96736, 96754, 96773, 96794, 96817, 96844, 96866, 96885, 96908, 96926, 96940, 96955, 96972, 96987, 97004, 97022, 97045, 97065, 97082, 97099, 97119, 97138, 97154, 97170, 97192, 97210, 97229, 97253, 97274, 97292, 97310, 97331, 97351, 97368, 97385, 97408, 97427, 97444, 97459, 97477, 97500, 97520, 97537, 97554, 97574, 97593, 97609, 97625, 97647, 97665, 97678, 97695, 97713, 97727, 97743, 97764, 97782, 97797, 97812, 97830, 97847, 97867, 97890, 97912, 97933, 97947, 97961, 97981, 97997, 98020, 98041, 98066, 98079, 98090, 98110, 98128, 98150, 98171, 98190, 98213, 98232, 98249, 98270, 98292, 98312, 98336, 98351, 98372, 98391, 98414, 98434, 98456, 98465, 98470, 98484, 98497, 98512, 98524, 98538, 98550, 98564, 98574, 98586, 98596, 98611, 98623, 98632, 98641, 98656, 98676, 98693, 98707, 98721, 98738, 98754, 98767, 98780, 98799, 98814, 98826, 98837, 98845, 98853, 98867, 98877, 98897, 98911, 98923, 98944, 98967, 98985, 99006, 99025, 99045, 99063, 99075, 99087, 99100, 99115, 99126, 99151, 99178, 99200, 99216, 99232, 99249, 99268, 99289, 99314, 99334, 99351, 99372, 99388, 99400, 99413, 99428, 99441, 99460, 99488, 99518, 99543, 99571, 99597, 99624, 99649, 99668, 99687, 99707, 99729, 99747, 99779, 99813, 99842, 99865, 99888, 99912, 99938, 99966, 99998, 100025, 100049, 100077, 100100, 100119, 100139, 100161, 100181, 100201, 100221, 100245, 100274, 100297, 100327, 100345, 100369, 100385, 100401, 100417, 100435, 100457, 100485, 100505, 100525, 100545, 100567, 100593, 100619, 100639, 100669, 100697, 100719, 100741, 100757, 100783, 100807, 100822, 100846, 100872, 100893, 100917, 100939, 100962, 100983, 100998, 101013, 101029, 101047, 101061, 101089, 101119, 101144, 101163, 101182, 101202, 101224, 101248, 101276, 101299, 101319, 101343, 101362, 101377, 101393, 101411, 101427, 101442, 101463, 101486, 101496, 101505, 101511, 101519, 101534, 101544, 101559, 101580, 101601, 101626, 101656, 101680, 101711, 101727, 101749, 101773, 101781, 101790, 101794, 101804, 101813, 101833, 101849, 101869, 101890, 101904, 101925, 101932, 101944, 101967, 101986, 102009, 102033, 102050, 102074, 102079, 102088, 102096, 102105, 102112, 102125, 102139, 102149, 102160, 102176, 102185, 102197, 102222, 102244, 102266, 102288, 102312, 102331, 102351, 102371, 102389, 102408, 102425, 102442, 102458, 102468, 102489, 102506, 102527, 102549, 102564, 102586, 102595, 102605, 102616, 102632, 102638, 102645, 102665, 102682, 102698, 102711, 102720, 102735, 102741, 102755, 102766, 102778, 102790, 102803, 102821, 102833, 102844, 102859, 102875, 102885, 102889, 102893, 102903, 102916, 102923, 102938, 102956, 102968, 102982, 102996, 103010, 103019, 103028, 103037, 103048, 103062, 103070, 103086, 103105, 103118, 103133, 103148, 103163, 103173, 103183, 103193, 103201, 103206, 103225, 103233, 103241, 103256, 103276, 103301, 103323, 103345, 103367, 103391, 103410, 103430, 103450, 103468, 103487, 103504, 103521, 103537, 103551, 103571, 103591, 103615, 103644, 103667, 103697, 103712, 103733, 103756, 103764, 103769, 103778, 103785, 103797, 103808, 103825, 103848, 103863, 103878, 103893, 103910, 103931, 103958, 103977, 103996, 104015, 104036, 104061, 104086, 104105, 104134, 104161, 104182, 104203, 104218, 104243, 104266, 104273, 104283, 104298, 104319, 104332, 104345, 104358, 104373, 104392, 104417, 104434, 104451, 104468, 104487, 104510, 104533, 104550, 104577, 104602, 104621, 104640, 104653, 104676, 104697, 104708, 104720, 104732, 104745, 104759, 104776, 104794, 104810, 104823, 104836, 104848, 104863, 104877, 104890, 104905, 104926, 104951, 104976, 104994, 105006, 105017, 105028, 105038, 105054, 105069, 105082, 105096, 105109, 105121, 105128, 105135, 105142, 105149, 105156, 105163, 105179, 105202, 105229, 105256, 105276, 105296, 105309, 105316, 105323, 105339, 105352, 105366, 105380, 105391, 105404, 105420, 105431, 105440, 105450, 105467, 105476, 105491, 105510, 105529, 105541, 105556, 105568, 105582, 105594, 105607, 105623, 105639, 105653, 105669, 105681, 105694, 105705, 105713, 105727, 105748, 105773, 105798, 105816, 105834, 105845, 105857, 105870, 105883, 105898, 105912, 105927, 105945, 105964, 105981, 105995, 106009, 106025, 106040, 106057, 106079, 106099, 106119, 106137, 106150, 106162, 106174, 106185, 106202, 106218, 106232, 106247, 106260, 106273, 106281, 106295, 106303, 106311, 106319, 106327, 106335, 106357, 106377, 106385, 106393, 106410, 106430, 106450, 106464, 106479, 106494, 106506, 106520, 106537, 106549, 106559, 106570, 106588, 106598, 106614, 106627, 106642, 106655, 106669, 106686, 106703, 106718, 106735, 106747, 106758, 106771, 106786, 106806, 106824, 106842, 106858, 106869, 106881, 106901, 106919, 106937, 106955, 106972, 106986, 107002, 107018, 107037, 107054, 107068, 107081, 107091, 107110, 107126, 107141, 107153, 107161, 107183, 107204, 107227, 107248, 107272, 107295, 107314, 107334, 107358, 107376, 107393, 107411, 107430, 107444, 107461, 107479, 107499, 107518, 107533, 107549, 107569, 107593, 107607, 107620, 107647, 107674, 107697, 107724, 107753, 107786, 107809, 107837, 107865, 107889, 107917, 107947, 107981, 108005, 108015, 108035, 108055, 108071, 108088, 108108, 108129, 108145, 108167, 108182, 108208, 108224, 108232, 108242, 108256, 108273, 108284, 108296, 108318, 108339, 108362, 108380, 108401, 108420, 108442, 108466, 108489, 108507, 108526, 108546, 108570, 108587, 108604, 108622, 108644, 108661, 108679, 108696, 108717, 108739, 108758, 108775, 108789, 108806, 108821, 108837, 108856, 108874, 108894, 108907, 108921, 108936, 108954, 108966, 108982, 109001, 109015, 109031, 109050, 109061, 109076, 109094, 109109, 109125, 109145, 109158, 109180, 109204, 109217, 109233, 109246, 109262, 109274, 109291, 109307, 109324, 109336, 109349, 109362, 109372, 109384, 109396, 109411, 109415, 109427, 109450, 109469, 109492, 109516, 109533, 109557, 109567, 109586, 109602, 109622, 109642, 109650, 109657, 109664, 109681, 109703, 109724, 109740, 109748, 109761, 109774, 109791, 109806, 109820, 109834, 109845, 109855, 109873, 109892, 109906, 109920, 109939, 109958, 109982, 110006, 110027, 110046, 110069, 110091, 110115, 110135, 110160, 110178, 110199, 110215, 110236, 110253, 110268, 110284, 110298, 110312, 110320, 110328, 110337, 110351, 110362, 110381, 110388, 110398, 110410, 110429, 110445, 110459, 110477, 110494, 110515, 110541, 110566, 110586, 110607, 110630, 110648, 110668, 110693, 110705, 110717, 110730, 110745, 110762, 110777, 110797, 110818, 110834, 110855, 110881, 110906, 110926, 110942, 110963, 110976, 110995, 111019, 111042, 111060, 111071, 111087, 111104, 111116, 111135, 111150, 111157, 111174, 111191, 111213, 111234, 111250, 111270, 111282, 111299, 111312, 111325, 111341, 111349, 111358, 111369, 111381, 111390, 111405, 111425, 111444, 111458, 111463, 111474, 111486, 111504, 111527, 111547, 111564, 111581, 111601, 111620, 111636, 111652, 111674, 111692, 111706, 111724, 111736, 111755, 111772, 111792, 111811, 111835, 111856, 111874, 111892, 111913, 111933, 111950, 111967, 111990, 112009, 112022, 112035, 112050, 112070, 112095, 112117, 112136, 112155, 112177, 112198, 112216, 112234, 112258, 112278, 112299, 112325, 112348, 112368, 112388, 112411, 112433, 112452, 112471, 112496, 112517, 112533, 112549, 112561, 112572, 112583, 112593, 112609, 112625, 112637, 112650, 112670, 112690, 112711, 112729, 112743, 112753, 112770, 112789, 112810, 112825, 112845, 112863, 112889, 112902, 112916, 112929, 112943, 112952, 112968, 112982, 112997, 113011, 113022, 113035, 113052, 113064, 113077, 113086, 113096, 113114, 113125, 113137, 113148, 113162, 113174, 113195, 113219, 113242, 113264, 113278, 113294, 113310, 113324, 113340, 113351, 113357, 113373, 113386, 113408, 113432, 113451, 113473, 113493, 113514, 113533, 113546, 113559, 113573, 113589, 113601, 113627, 113655, 113678, 113695, 113712, 113730, 113750, 113772, 113798, 113819, 113837, 113859, 113876, 113889, 113903, 113919, 113933, 113942, 113948, 113962, 113980, 113992, 114004, 114016, 114030, 114048],
        },
        rules: &[
            // override-earlier-instructions
            (0, Anchor::Any(&[Anchor::Lits(&[2423, 2727, 3054, 3055, 3057, 3160, 3165, 3168, 3179, 3187, 3205, 3206, 3209, 3220, 3228, 3469, 3845, 3846, 3847, 3848, 3849, 3850, 3851, 3852, 3853, 3854, 3855, 3856, 3857, 3858, 3859, 3860, 3861, 3862, 3863, 3864, 3865, 3866, 3867, 3868, 3869, 3870, 3871, 3872, 3873, 3974, 3983, 3984, 3985, 3986, 3987, 3988, 3989, 3990, 3991, 3992, 3993, 3994, 3995, 3996, 3997, 3998, 3999, 4000, 4001, 4002, 4003, 4004, 4005, 4006, 4007, 4008, 4009, 4010, 4011, 4012, 4013, 4014, 4015, 4016, 4017, 4018, 4150, 4151, 4152, 4153, 4154, 4155, 4156, 4157, 4158, 4159, 4160, 4161, 4162, 4163, 4164, 4165, 4228, 4229, 4230, 4231, 4232, 4233, 4234, 4235, 4236, 4237, 4238, 4239, 4240, 4241, 4242, 4243, 4244, 4245, 4246, 4247, 4248, 4249, 4250, 4251, 4252, 4253, 4254, 4255, 4256, 4257, 4258, 4259, 4268, 4269, 4270, 4271, 4272, 4273, 4274, 4275, 4276, 4277, 4278, 4279, 4280, 4281, 4282, 4283, 4427, 4428, 4429, 4430, 4431, 4432, 4433, 4434, 4435, 4436, 4437, 4438, 4439, 4440, 4441, 4442, 4443, 4444, 4445, 4446, 4447, 4448, 4449, 4450, 4451, 4452, 4453, 4454, 4455, 4456, 4457, 4458, 4459, 4460, 4461, 4462, 4463, 4464, 4465, 4466, 4467, 4468, 4469, 4470, 4471, 4472, 4473, 4474, 4475, 4476, 4477, 4478, 4479, 4480, 4481, 4482, 4483, 4484, 4485, 4486, 4487, 4488, 4489, 4490, 4491, 4492, 4493, 4494, 4495, 4496, 4497, 4498, 4499, 4500, 4501, 4502, 4503, 4504, 4505, 4506, 4507, 4508, 4509, 4510, 4511, 4512, 4513, 4514, 4515, 4516, 4517, 4518, 4519, 4520, 4521, 4522, 4523, 4524, 4525, 4526, 4527, 4528, 4529, 4530, 4531, 4532, 4533, 4534, 4535, 4536, 4537, 4538, 4539, 4540, 4541, 4542, 4543, 4544, 4545, 4546, 4547, 4548, 4549, 4550, 4551, 4552, 4553, 4554, 4765, 4784, 4791, 4801, 4813, 4819, 4830, 4875, 4956, 4958, 4978, 4992, 5000, 5136, 5331, 5372, 5411, 5530, 5531, 5532, 5533, 6041, 6042, 6113]), Anchor::All(&[Anchor::Lits(&[2832, 2873, 2904, 2929, 2967, 3028, 3031, 3383, 3700, 3702, 3704, 4149, 4260, 4323, 4632, 4914, 5093, 5096, 5222, 5260, 5287, 5527, 5588, 5628, 5631, 5918, 6044]), Anchor::Lits(&[65, 98, 478, 479]), Anchor::Lits(&[2423, 2727, 3054, 3055, 3057, 3160, 3165, 3168, 3179, 3187, 3205, 3206, 3209, 3220, 3228, 3469, 3845, 3846, 3847, 3848, 3849, 3850, 3851, 3852, 3853, 3854, 3855, 3856, 3857, 3858, 3859, 3860, 3861, 3862, 3863, 3864, 3865, 3866, 3867, 3868, 3869, 3870, 3871, 3872, 3873, 3974, 3983, 3984, 3985, 3986, 3987, 3988, 3989, 3990, 3991, 3992, 3993, 3994, 3995, 3996, 3997, 3998, 3999, 4000, 4001, 4002, 4003, 4004, 4005, 4006, 4007, 4008, 4009, 4010, 4011, 4012, 4013, 4014, 4015, 4016, 4017, 4018, 4150, 4151, 4152, 4153, 4154, 4155, 4156, 4157, 4158, 4159, 4160, 4161, 4162, 4163, 4164, 4165, 4228, 4229, 4230, 4231, 4232, 4233, 4234, 4235, 4236, 4237, 4238, 4239, 4240, 4241, 4242, 4243, 4244, 4245, 4246, 4247, 4248, 4249, 4250, 4251, 4252, 4253, 4254, 4255, 4256, 4257, 4258, 4259, 4268, 4269, 4270, 4271, 4272, 4273, 4274, 4275, 4276, 4277, 4278, 4279, 4280, 4281, 4282, 4283, 4427, 4428, 4429, 4430, 4431, 4432, 4433, 4434, 4435, 4436, 4437, 4438, 4439, 4440, 4441, 4442, 4443, 4444, 4445, 4446, 4447, 4448, 4449, 4450, 4451, 4452, 4453, 4454, 4455, 4456, 4457, 4458, 4459, 4460, 4461, 4462, 4463, 4464, 4465, 4466, 4467, 4468, 4469, 4470, 4471, 4472, 4473, 4474, 4475, 4476, 4477, 4478, 4479, 4480, 4481, 4482, 4483, 4484, 4485, 4486, 4487, 4488, 4489, 4490, 4491, 4492, 4493, 4494, 4495, 4496, 4497, 4498, 4499, 4500, 4501, 4502, 4503, 4504, 4505, 4506, 4507, 4508, 4509, 4510, 4511, 4512, 4513, 4514, 4515, 4516, 4517, 4518, 4519, 4520, 4521, 4522, 4523, 4524, 4525, 4526, 4527, 4528, 4529, 4530, 4531, 4532, 4533, 4534, 4535, 4536, 4537, 4538, 4539, 4540, 4541, 4542, 4543, 4544, 4545, 4546, 4547, 4548, 4549, 4550, 4551, 4552, 4553, 4554, 4765, 4784, 4791, 4801, 4813, 4819, 4830, 4875, 4956, 4958, 4978, 4992, 5000, 5136, 5331, 5372, 5411, 5530, 5531, 5532, 5533, 6041, 6042, 6113])]), Anchor::All(&[Anchor::Lits(&[4, 203, 641, 642, 676, 1219, 1416, 1669, 1670, 1897, 1928, 1968, 2011, 2015, 2397]), Anchor::Lits(&[2423, 2727, 3054, 3055, 3057, 3160, 3165, 3168, 3179, 3187, 3205, 3206, 3209, 3220, 3228, 3469, 3845, 3846, 3847, 3848, 3849, 3850, 3851, 3852, 3853, 3854, 3855, 3856, 3857, 3858, 3859, 3860, 3861, 3862, 3863, 3864, 3865, 3866, 3867, 3868, 3869, 3870, 3871, 3872, 3873, 3974, 3983, 3984, 3985, 3986, 3987, 3988, 3989, 3990, 3991, 3992, 3993, 3994, 3995, 3996, 3997, 3998, 3999, 4000, 4001, 4002, 4003, 4004, 4005, 4006, 4007, 4008, 4009, 4010, 4011, 4012, 4013, 4014, 4015, 4016, 4017, 4018, 4150, 4151, 4152, 4153, 4154, 4155, 4156, 4157, 4158, 4159, 4160, 4161, 4162, 4163, 4164, 4165, 4228, 4229, 4230, 4231, 4232, 4233, 4234, 4235, 4236, 4237, 4238, 4239, 4240, 4241, 4242, 4243, 4244, 4245, 4246, 4247, 4248, 4249, 4250, 4251, 4252, 4253, 4254, 4255, 4256, 4257, 4258, 4259, 4268, 4269, 4270, 4271, 4272, 4273, 4274, 4275, 4276, 4277, 4278, 4279, 4280, 4281, 4282, 4283, 4427, 4428, 4429, 4430, 4431, 4432, 4433, 4434, 4435, 4436, 4437, 4438, 4439, 4440, 4441, 4442, 4443, 4444, 4445, 4446, 4447, 4448, 4449, 4450, 4451, 4452, 4453, 4454, 4455, 4456, 4457, 4458, 4459, 4460, 4461, 4462, 4463, 4464, 4465, 4466, 4467, 4468, 4469, 4470, 4471, 4472, 4473, 4474, 4475, 4476, 4477, 4478, 4479, 4480, 4481, 4482, 4483, 4484, 4485, 4486, 4487, 4488, 4489, 4490, 4491, 4492, 4493, 4494, 4495, 4496, 4497, 4498, 4499, 4500, 4501, 4502, 4503, 4504, 4505, 4506, 4507, 4508, 4509, 4510, 4511, 4512, 4513, 4514, 4515, 4516, 4517, 4518, 4519, 4520, 4521, 4522, 4523, 4524, 4525, 4526, 4527, 4528, 4529, 4530, 4531, 4532, 4533, 4534, 4535, 4536, 4537, 4538, 4539, 4540, 4541, 4542, 4543, 4544, 4545, 4546, 4547, 4548, 4549, 4550, 4551, 4552, 4553, 4554, 4765, 4784, 4791, 4801, 4813, 4819, 4830, 4875, 4956, 4958, 4978, 4992, 5000, 5136, 5331, 5372, 5411, 5530, 5531, 5532, 5533, 6041, 6042, 6113])])])),
            // override-all-instructions
            (1, Anchor::Any(&[Anchor::Lits(&[391, 392, 398, 698, 699, 788, 809, 994, 1080, 1154, 1159, 1204, 1493, 1495, 1500]), Anchor::All(&[Anchor::Lits(&[2474, 2580, 3360, 6654]), Anchor::Lits(&[2423, 2727, 3054, 3055, 3057, 3160, 3165, 3168, 3179, 3187, 3205, 3206, 3209, 3220, 3228, 3469, 3845, 3846, 3847, 3848, 3849, 3850, 3851, 3852, 3853, 3854, 3855, 3856, 3857, 3858, 3859, 3860, 3861, 3862, 3863, 3864, 3865, 3866, 3867, 3868, 3869, 3870, 3871, 3872, 3873, 3974, 3983, 3984, 3985, 3986, 3987, 3988, 3989, 3990, 3991, 3992, 3993, 3994, 3995, 3996, 3997, 3998, 3999, 4000, 4001, 4002, 4003, 4004, 4005, 4006, 4007, 4008, 4009, 4010, 4011, 4012, 4013, 4014, 4015, 4016, 4017, 4018, 4150, 4151, 4152, 4153, 4154, 4155, 4156, 4157, 4158, 4159, 4160, 4161, 4162, 4163, 4164, 4165, 4228, 4229, 4230, 4231, 4232, 4233, 4234, 4235, 4236, 4237, 4238, 4239, 4240, 4241, 4242, 4243, 4244, 4245, 4246, 4247, 4248, 4249, 4250, 4251, 4252, 4253, 4254, 4255, 4256, 4257, 4258, 4259, 4268, 4269, 4270, 4271, 4272, 4273, 4274, 4275, 4276, 4277, 4278, 4279, 4280, 4281, 4282, 4283, 4427, 4428, 4429, 4430, 4431, 4432, 4433, 4434, 4435, 4436, 4437, 4438, 4439, 4440, 4441, 4442, 4443, 4444, 4445, 4446, 4447, 4448, 4449, 4450, 4451, 4452, 4453, 4454, 4455, 4456, 4457, 4458, 4459, 4460, 4461, 4462, 4463, 4464, 4465, 4466, 4467, 4468, 4469, 4470, 4471, 4472, 4473, 4474, 4475, 4476, 4477, 4478, 4479, 4480, 4481, 4482, 4483, 4484, 4485, 4486, 4487, 4488, 4489, 4490, 4491, 4492, 4493, 4494, 4495, 4496, 4497, 4498, 4499, 4500, 4501, 4502, 4503, 4504, 4505, 4506, 4507, 4508, 4509, 4510, 4511, 4512, 4513, 4514, 4515, 4516, 4517, 4518, 4519, 4520, 4521, 4522, 4523, 4524, 4525, 4526, 4527, 4528, 4529, 4530, 4531, 4532, 4533, 4534, 4535, 4536, 4537, 4538, 4539, 4540, 4541, 4542, 4543, 4544, 4545, 4546, 4547, 4548, 4549, 4550, 4551, 4552, 4553, 4554, 4765, 4784, 4791, 4801, 4813, 4819, 4830, 4875, 4956, 4958, 4978, 4992, 5000, 5136, 5331, 5372, 5411, 5530, 5531, 5532, 5533, 6041, 6042, 6113])]), Anchor::All(&[Anchor::Lits(&[2831, 3030, 3698, 3703, 4322, 4592, 5096, 5238, 5257, 5285, 5290]), Anchor::Lits(&[2580, 3236, 3360]), Anchor::Lits(&[2423, 2727, 3054, 3055, 3057, 3160, 3165, 3168, 3179, 3187, 3205, 3206, 3209, 3220, 3228, 3469, 3845, 3846, 3847, 3848, 3849, 3850, 3851, 3852, 3853, 3854, 3855, 3856, 3857, 3858, 3859, 3860, 3861, 3862, 3863, 3864, 3865, 3866, 3867, 3868, 3869, 3870, 3871, 3872, 3873, 3974, 3983, 3984, 3985, 3986, 3987, 3988, 3989, 3990, 3991, 3992, 3993, 3994, 3995, 3996, 3997, 3998, 3999, 4000, 4001, 4002, 4003, 4004, 4005, 4006, 4007, 4008, 4009, 4010, 4011, 4012, 4013, 4014, 4015, 4016, 4017, 4018, 4150, 4151, 4152, 4153, 4154, 4155, 4156, 4157, 4158, 4159, 4160, 4161, 4162, 4163, 4164, 4165, 4228, 4229, 4230, 4231, 4232, 4233, 4234, 4235, 4236, 4237, 4238, 4239, 4240, 4241, 4242, 4243, 4244, 4245, 4246, 4247, 4248, 4249, 4250, 4251, 4252, 4253, 4254, 4255, 4256, 4257, 4258, 4259, 4268, 4269, 4270, 4271, 4272, 4273, 4274, 4275, 4276, 4277, 4278, 4279, 4280, 4281, 4282, 4283, 4427, 4428, 4429, 4430, 4431, 4432, 4433, 4434, 4435, 4436, 4437, 4438, 4439, 4440, 4441, 4442, 4443, 4444, 4445, 4446, 4447, 4448, 4449, 4450, 4451, 4452, 4453, 4454, 4455, 4456, 4457, 4458, 4459, 4460, 4461, 4462, 4463, 4464, 4465, 4466, 4467, 4468, 4469, 4470, 4471, 4472, 4473, 4474, 4475, 4476, 4477, 4478, 4479, 4480, 4481, 4482, 4483, 4484, 4485, 4486, 4487, 4488, 4489, 4490, 4491, 4492, 4493, 4494, 4495, 4496, 4497, 4498, 4499, 4500, 4501, 4502, 4503, 4504, 4505, 4506, 4507, 4508, 4509, 4510, 4511, 4512, 4513, 4514, 4515, 4516, 4517, 4518, 4519, 4520, 4521, 4522, 4523, 4524, 4525, 4526, 4527, 4528, 4529, 4530, 4531, 4532, 4533, 4534, 4535, 4536, 4537, 4538, 4539, 4540, 4541, 4542, 4543, 4544, 4545, 4546, 4547, 4548, 4549, 4550, 4551, 4552, 4553, 4554, 4765, 4784, 4791, 4801, 4813, 4819, 4830, 4875, 4956, 4958, 4978, 4992, 5000, 5136, 5331, 5372, 5411, 5530, 5531, 5532, 5533, 6041, 6042, 6113])]), Anchor::All(&[Anchor::Lits(&[2568, 2569, 2570, 2571, 2572, 2573, 2574, 2575, 2576, 2577, 2578, 4884, 4885, 4886, 4887, 4888, 4889, 4890, 4891, 4892, 4893, 4894, 5462, 5463, 5464, 5465, 5466, 5467, 5468, 5469, 5470, 5471, 5472, 5479, 5480, 5481, 5482, 5483, 5484, 5485, 5486, 5487, 5488, 5489, 5490, 5491, 5492, 5493, 5494, 5495, 5496, 5497, 5498, 5499, 5500, 5667, 5668, 5669, 5670, 5671, 5672, 5673, 5674, 5675, 5676, 5677, 5678, 5679, 5680, 5681, 5682, 5683, 5684, 5685, 5686, 5687, 5688, 5751, 5752, 5753, 5754, 5755, 5756, 5757, 5758, 5759, 5760, 5761, 5762, 5763, 5764, 5765, 5766, 5767, 5768, 5769, 5770, 5771, 5772, 5808, 5809, 5810, 5811, 5812, 5813, 5814, 5815, 5816, 5817, 5818, 5819, 5820, 5821, 5822, 5823, 5824, 5825, 5826, 5827, 5828, 5829, 5832, 5833, 5834, 5835, 5836, 5837, 5838, 5839, 5840, 5841, 5842, 5847, 5848, 5849, 5850, 5851, 5852, 5853, 5858, 5859, 5860, 5861, 5896, 5897, 5898, 5899, 5900, 5901, 5902, 5903, 5904, 5905, 5906, 5907, 5908, 5909, 5910, 5911, 5912, 5913, 5914, 5915, 5916, 5917, 6657, 6658, 6659, 6660, 6661, 6662, 6663, 6664, 6665, 6666, 6667, 6674, 6675, 6676, 6677, 6678, 6679, 6680, 6681, 6682, 6683, 6684, 6688, 6689, 6690, 6691, 6692, 6693, 6694, 6695, 6696, 6697, 6698, 6699, 6700, 6701, 6702, 6703, 6704, 6705, 6706, 6707, 6708, 6709]), Anchor::Lits(&[65, 98, 478, 1563, 1625, 1699])]), Anchor::All(&[Anchor::Lits(&[1072, 1519, 1538, 1877, 1893, 1897, 1912, 1952, 1956, 2011, 2397]), Anchor::Lits(&[65, 98, 459, 478])]), Anchor::All(&[Anchor::Lits(&[526, 527, 528, 529, 530, 531, 532, 533, 534, 535, 536, 537, 538, 539, 540, 541, 542, 543, 544, 545, 546, 547, 548, 549, 550, 551, 552, 553, 554, 555, 556, 557, 558, 559, 560, 561, 562, 858, 1513, 1623, 1624]), Anchor::Lits(&[65, 98, 1563, 1621, 1625, 2035])])])),
            // override-everything-before
            (2, Anchor::All(&[Anchor::Lits(&[4, 190, 460, 782, 784, 1171, 1182, 1416, 1669, 1670, 1856, 1858, 1859, 1871, 1873, 1875, 1876, 1898, 1899, 1900, 1901, 1902, 1903, 1904, 1905, 1906, 1907, 1908, 1909, 1910, 1911, 1924, 1928, 1929, 1935, 1936, 1937, 1939, 1941, 1946, 1947, 2002, 2003, 2004, 2005, 2006, 2007, 2008, 2010, 2011, 2012, 2013, 2014, 2015, 2016, 2028, 2029, 2030, 2031, 2032, 2033, 2034, 2393, 2397, 2398, 2404, 2405, 2406, 2408, 2409]), Anchor::Lits(&[2473, 2582, 3383, 6312]), Anchor::Lits(&[2423, 2727, 3054, 3055, 3057, 3160, 3165, 3168, 3179, 3187, 3205, 3206, 3209, 3220, 3228, 3469, 3845, 3846, 3847, 3848, 3849, 3850, 3851, 3852, 3853, 3854, 3855, 3856, 3857, 3858, 3859, 3860, 3861, 3862, 3863, 3864, 3865, 3866, 3867, 3868, 3869, 3870, 3871, 3872, 3873, 3974, 3983, 3984, 3985, 3986, 3987, 3988, 3989, 3990, 3991, 3992, 3993, 3994, 3995, 3996, 3997, 3998, 3999, 4000, 4001, 4002, 4003, 4004, 4005, 4006, 4007, 4008, 4009, 4010, 4011, 4012, 4013, 4014, 4015, 4016, 4017, 4018, 4150, 4151, 4152, 4153, 4154, 4155, 4156, 4157, 4158, 4159, 4160, 4161, 4162, 4163, 4164, 4165, 4228, 4229, 4230, 4231, 4232, 4233, 4234, 4235, 4236, 4237, 4238, 4239, 4240, 4241, 4242, 4243, 4244, 4245, 4246, 4247, 4248, 4249, 4250, 4251, 4252, 4253, 4254, 4255, 4256, 4257, 4258, 4259, 4268, 4269, 4270, 4271, 4272, 4273, 4274, 4275, 4276, 4277, 4278, 4279, 4280, 4281, 4282, 4283, 4427, 4428, 4429, 4430, 4431, 4432, 4433, 4434, 4435, 4436, 4437, 4438, 4439, 4440, 4441, 4442, 4443, 4444, 4445, 4446, 4447, 4448, 4449, 4450, 4451, 4452, 4453, 4454, 4455, 4456, 4457, 4458, 4459, 4460, 4461, 4462, 4463, 4464, 4465, 4466, 4467, 4468, 4469, 4470, 4471, 4472, 4473, 4474, 4475, 4476, 4477, 4478, 4479, 4480, 4481, 4482, 4483, 4484, 4485, 4486, 4487, 4488, 4489, 4490, 4491, 4492, 4493, 4494, 4495, 4496, 4497, 4498, 4499, 4500, 4501, 4502, 4503, 4504, 4505, 4506, 4507, 4508, 4509, 4510, 4511, 4512, 4513, 4514, 4515, 4516, 4517, 4518, 4519, 4520, 4521, 4522, 4523, 4524, 4525, 4526, 4527, 4528, 4529, 4530, 4531, 4532, 4533, 4534, 4535, 4536, 4537, 4538, 4539, 4540, 4541, 4542, 4543, 4544, 4545, 4546, 4547, 4548, 4549, 4550, 4551, 4552, 4553, 4554, 4765, 4784, 4791, 4801, 4813, 4819, 4830, 4875, 4956, 4958, 4978, 4992, 5000, 5136, 5331, 5372, 5411, 5530, 5531, 5532, 5533, 6041, 6042, 6113])])),
            // override-the-above
            (3, Anchor::Lits(&[5, 204, 1156, 1170])),
            // override-bare-instructions
            (4, Anchor::All(&[Anchor::Lits(&[418, 690, 691, 806, 808, 1201, 1207, 1324, 1325, 1501]), Anchor::Lits(&[2727, 3057, 3469, 3845, 3846, 3847, 3848, 3849, 3850, 3851, 3852, 3853, 3854, 3855, 3856, 3857, 3858, 3859, 3860, 3861, 3862, 3863, 3864, 3865, 3866, 3867, 3868, 3869, 3870, 3871, 3873, 3983, 3984, 3985, 3986, 3987, 3988, 3989, 3990, 3991, 3992, 3993, 3994, 3995, 3996, 3997, 3998, 3999, 4000, 4001, 4002, 4003, 4004, 4005, 4006, 4007, 4008, 4009, 4010, 4011, 4012, 4013, 4014, 4015, 4016, 4017, 4018, 4150, 4151, 4152, 4153, 4154, 4155, 4156, 4157, 4158, 4159, 4160, 4161, 4162, 4163, 4164, 4165, 4228, 4229, 4230, 4231, 4232, 4233, 4234, 4235, 4236, 4237, 4238, 4239, 4240, 4241, 4242, 4243, 4244, 4245, 4246, 4247, 4248, 4249, 4250, 4251, 4252, 4253, 4254, 4255, 4256, 4257, 4258, 4259, 4268, 4269, 4270, 4271, 4272, 4273, 4274, 4275, 4276, 4277, 4278, 4279, 4280, 4281, 4282, 4283, 4427, 4428, 4429, 4430, 4431, 4432, 4433, 4434, 4435, 4436, 4437, 4438, 4439, 4440, 4441, 4442, 4443, 4444, 4445, 4446, 4447, 4448, 4449, 4450, 4451, 4452, 4453, 4454, 4455, 4456, 4457, 4458, 4459, 4460, 4461, 4462, 4463, 4464, 4465, 4466, 4467, 4468, 4469, 4470, 4471, 4472, 4473, 4474, 4475, 4476, 4477, 4478, 4479, 4480, 4481, 4482, 4483, 4484, 4485, 4486, 4487, 4488, 4489, 4490, 4491, 4492, 4493, 4494, 4495, 4496, 4497, 4498, 4499, 4500, 4501, 4502, 4503, 4504, 4505, 4506, 4507, 4508, 4509, 4510, 4511, 4512, 4513, 4514, 4515, 4516, 4517, 4518, 4519, 4520, 4521, 4522, 4523, 4524, 4525, 4526, 4527, 4528, 4529, 4530, 4531, 4532, 4533, 4534, 4535, 4536, 4537, 4538, 4539, 4540, 4541, 4542, 4543, 4544, 4545, 4546, 4547, 4548, 4549, 4550, 4551, 4552, 4553, 4554, 4791, 4801, 4958, 5000, 5531, 5533])])),
            // override-previous-context
            (5, Anchor::Any(&[Anchor::Lits(&[2036, 2038, 2056, 2058, 2059, 2094, 2119, 2148, 2153, 2154, 2156, 2157, 2159, 2161, 2162, 2168, 2217, 2233, 2249, 2253, 2271, 2272, 2273, 2274, 2275, 2283, 2284, 2286, 2318, 2319, 2320, 2326, 2329]), Anchor::All(&[Anchor::Lits(&[276, 288, 336, 339, 415, 679, 763, 801, 997, 1058, 1077, 1111, 1202, 1516]), Anchor::Lits(&[2423, 2727, 3054, 3055, 3057, 3160, 3165, 3168, 3179, 3187, 3205, 3206, 3209, 3220, 3228, 3469, 3845, 3846, 3847, 3848, 3849, 3850, 3851, 3852, 3853, 3854, 3855, 3856, 3857, 3858, 3859, 3860, 3861, 3862, 3863, 3864, 3865, 3866, 3867, 3868, 3869, 3870, 3871, 3872, 3873, 3974, 3983, 3984, 3985, 3986, 3987, 3988, 3989, 3990, 3991, 3992, 3993, 3994, 3995, 3996, 3997, 3998, 3999, 4000, 4001, 4002, 4003, 4004, 4005, 4006, 4007, 4008, 4009, 4010, 4011, 4012, 4013, 4014, 4015, 4016, 4017, 4018, 4150, 4151, 4152, 4153, 4154, 4155, 4156, 4157, 4158, 4159, 4160, 4161, 4162, 4163, 4164, 4165, 4228, 4229, 4230, 4231, 4232, 4233, 4234, 4235, 4236, 4237, 4238, 4239, 4240, 4241, 4242, 4243, 4244, 4245, 4246, 4247, 4248, 4249, 4250, 4251, 4252, 4253, 4254, 4255, 4256, 4257, 4258, 4259, 4268, 4269, 4270, 4271, 4272, 4273, 4274, 4275, 4276, 4277, 4278, 4279, 4280, 4281, 4282, 4283, 4427, 4428, 4429, 4430, 4431, 4432, 4433, 4434, 4435, 4436, 4437, 4438, 4439, 4440, 4441, 4442, 4443, 4444, 4445, 4446, 4447, 4448, 4449, 4450, 4451, 4452, 4453, 4454, 4455, 4456, 4457, 4458, 4459, 4460, 4461, 4462, 4463, 4464, 4465, 4466, 4467, 4468, 4469, 4470, 4471, 4472, 4473, 4474, 4475, 4476, 4477, 4478, 4479, 4480, 4481, 4482, 4483, 4484, 4485, 4486, 4487, 4488, 4489, 4490, 4491, 4492, 4493, 4494, 4495, 4496, 4497, 4498, 4499, 4500, 4501, 4502, 4503, 4504, 4505, 4506, 4507, 4508, 4509, 4510, 4511, 4512, 4513, 4514, 4515, 4516, 4517, 4518, 4519, 4520, 4521, 4522, 4523, 4524, 4525, 4526, 4527, 4528, 4529, 4530, 4531, 4532, 4533, 4534, 4535, 4536, 4537, 4538, 4539, 4540, 4541, 4542, 4543, 4544, 4545, 4546, 4547, 4548, 4549, 4550, 4551, 4552, 4553, 4554, 4765, 4784, 4791, 4801, 4813, 4819, 4830, 4875, 4956, 4958, 4978, 4992, 5000, 5136, 5331, 5372, 5411, 5530, 5531, 5532, 5533, 6041, 6042, 6113])])])),
            // override-rules-that-bind-you
            (6, Anchor::Lits(&[1520, 1521, 1522, 1523, 1524, 1527, 1528, 1529, 1530, 1536, 1537, 1539, 1540, 1545, 1546, 1547, 1548, 1551, 1552, 1554, 1555, 1556, 1557, 1559, 1560, 1561, 1562, 1700, 1701, 1702, 1703, 1704, 1707, 1708, 1709, 1710, 1716, 1717, 1718, 1719, 1724, 1725, 1726, 1727, 1730, 1731, 1732, 1733, 1734, 1735, 1737, 1738, 1739, 1740])),
            // override-everything-then-order
            (7, Anchor::Lits(&[420, 421, 422, 563, 564, 565, 769, 770, 771, 1017, 1018, 1019, 1021, 1022, 1023, 1333, 1334, 1335])),
            // hijack-the-content
            (8, Anchor::Any(&[Anchor::All(&[Anchor::Lits(&[3059, 3070, 3082, 3083, 3085, 3087, 3088, 3089, 3090, 3091, 3092, 3103, 3104, 3105, 3107, 3109, 3110, 3111, 3112, 3113, 3114, 3117, 3120, 3122, 3123, 3124, 3125, 3126, 3127, 3128, 3130, 3131, 3132, 3133, 3135, 3136, 3137, 3139, 3140, 3141, 3143, 3144, 3145, 3146, 3147, 3148, 3149, 3150, 3471, 3482, 3494, 3495, 3497, 3499, 3500, 3501, 3502, 3503, 3504, 3515, 3516, 3517, 3519, 3521, 3522, 3523, 3524, 3525, 3526, 3529, 3532, 3534, 3535, 3536, 3537, 3538, 3539, 3540, 3542, 3543, 3544, 3545, 3547, 3548, 3549, 3551, 3552, 3553, 3555, 3556, 3557, 3558, 3559, 3560, 3561, 3562, 3875, 3886, 3898, 3899, 3901, 3903, 3904, 3905, 3906, 3907, 3908, 3919, 3920, 3921, 3923, 3925, 3926, 3927, 3928, 3929, 3930, 3933, 3936, 3938, 3939, 3940, 3941, 3942, 3943, 3944, 3946, 3947, 3948, 3949, 3951, 3952, 3953, 3955, 3956, 3957, 3960, 3961, 3962, 3963, 3964, 3965, 3966, 3967, 5413, 5414, 5415, 5416, 5417, 5418, 5419, 5420, 5421, 5422, 5423, 5424, 5425, 5426, 5427, 5428, 5429, 5430, 5431, 5432, 5433, 5434, 5435, 5436, 5437, 5438, 5439, 5440, 5441, 5442, 5443, 5444, 5445, 5446, 5447, 5448, 5449, 5450, 5451, 5452, 5453, 5454, 5455, 5456, 5457, 5458, 5459, 5460]), Anchor::Lits(&[2567, 2789, 2986, 3452, 3453, 3454, 4947, 4948, 4949, 5065, 5066, 5067, 5205, 5206, 5207, 5234, 5235, 5330, 5521, 5629, 5630, 6540])]), Anchor::All(&[Anchor::Lits(&[3060, 3061, 3062, 3063, 3064, 3065, 3066, 3067, 3068, 3069, 3071, 3072, 3073, 3074, 3075, 3076, 3077, 3078, 3079, 3081, 3084, 3086, 3093, 3094, 3095, 3096, 3097, 3098, 3099, 3100, 3101, 3102, 3106, 3108, 3115, 3116, 3118, 3119, 3121, 3134, 3472, 3473, 3474, 3475, 3476, 3477, 3478, 3479, 3480, 3481, 3483, 3484, 3485, 3486, 3487, 3488, 3489, 3490, 3491, 3493, 3496, 3498, 3505, 3506, 3507, 3508, 3509, 3510, 3511, 3512, 3513, 3514, 3518, 3520, 3527, 3528, 3530, 3531, 3533, 3546, 3876, 3877, 3878, 3879, 3880, 3881, 3882, 3883, 3884, 3885, 3887, 3888, 3889, 3890, 3891, 3892, 3893, 3894, 3895, 3897, 3900, 3902, 3909, 3910, 3911, 3912, 3913, 3914, 3915, 3916, 3917, 3918, 3922, 3924, 3931, 3932, 3934, 3935, 3937, 3950]), Anchor::Lits(&[99, 257, 481, 1081])])])),
            // instructions-void
            (9, Anchor::Lits(&[0, 260, 261, 384, 386, 419, 472, 507, 508, 687, 772, 815, 817, 899, 1035, 1040, 1046, 1048, 1054, 1055, 1059, 1061, 1082, 1083, 1084, 1263, 1264, 1266, 1267, 1299, 1457, 1474, 1690, 1757, 1847, 3164, 3173, 3198, 3199, 3200, 3201, 3204, 3214, 4809, 4810, 4811, 4812, 4814, 4815, 4816, 4817])),
            // instructions-superseded
            (10, Anchor::All(&[Anchor::Lits(&[287, 289, 416, 418, 806, 808, 992, 993, 1076, 1078, 1203, 1324]), Anchor::Lits(&[37, 524, 877, 1006, 1024, 1255, 1620, 1622, 1637, 1671])])),
            // stop-following-instructions
            (11, Anchor::All(&[Anchor::Lits(&[2, 3, 39, 40, 291, 292, 523, 525, 728, 729, 947, 948, 1056, 1057, 1268, 1269, 1440, 1441]), Anchor::Lits(&[264, 425, 447, 1009, 1028, 1044, 1251, 1442, 1862, 1878, 1953, 1955, 1980, 1982, 2376])])),
            // discredit-earlier-text
            (12, Anchor::Any(&[Anchor::Lits(&[2475, 2476, 2477, 2482, 2483, 2485, 2486, 2487, 2546, 2547, 2563, 2564, 2565, 2566, 2583, 2584, 2585, 2590, 2591, 2593, 2594, 2595, 2612, 2613, 2833, 2834, 2835, 2837, 2838, 2839, 2840, 2841, 2842, 2843, 2844, 2845, 2846, 2847, 2848, 2849, 2850, 2851, 2852, 2853, 2854, 2855, 2856, 2857, 2858, 2860, 2863, 2866, 2869, 2871, 2890, 2891, 2892, 2893, 2894, 2895, 2896, 2897, 2898, 2899, 2905, 2906, 2907, 2913, 2914, 2915, 2916, 2923, 2924, 2925, 3384, 3385, 3386, 3391, 3392, 3394, 3395, 3396, 3413, 3414, 3418, 3419, 3420, 3421, 3422, 3423, 3455, 3457, 3458, 3459, 4325, 4327, 4328, 4329, 4330, 4332, 4333, 4336, 4340, 4342, 4569, 4570, 4571, 4572, 4573, 4574, 4603, 4604, 4605, 4606, 4634, 4635, 4636, 4637, 4638, 4640, 4641, 4643, 4647, 4649, 4831, 4832, 4833, 4834, 4836, 4837, 4838, 4839, 4840, 4841, 4842, 4843, 4844, 4845, 4847, 4850, 4853, 4856, 4858, 4860, 4861, 4862, 4863, 4864, 4865, 4866, 4867, 4868, 4869, 4877, 4878, 4879, 4880, 4881, 4882, 5098, 5099, 5100, 5101, 5102, 5107, 5108, 5110, 5114, 5116, 5119, 5120, 5121, 5122, 5123, 5124, 5125, 5126, 5127, 5128, 5162, 5163, 5164, 5165, 5166, 5167, 5168, 5169, 5170, 5171, 5262, 5263, 5264, 5265, 5266, 5267, 5268, 5269, 5271, 5272, 5360, 5361, 5362, 5363, 5364, 5365, 5366, 5367, 5368, 5369, 5473, 5474, 5475, 5476, 5477, 5478, 5599, 5600, 5601, 5602, 5603, 5604, 5605, 5606, 5633, 5634, 5635, 5636, 5637, 5638, 5639, 5640, 5641, 5642, 5643, 5644, 5645, 5653, 5654, 5657, 5658, 5663, 5664, 5665, 5666, 5749, 5750, 5773, 5774, 5775, 5776, 5846, 5883, 5884, 5919, 5980, 5981, 5982, 5983, 5984, 5985, 6038, 6039, 6040, 6047, 6048, 6049, 6050, 6051, 6052, 6053, 6054, 6055, 6056, 6178, 6179, 6180, 6181, 6182, 6183, 6184, 6185, 6186, 6187]), Anchor::All(&[Anchor::Lits(&[126, 127, 128, 129, 130, 131, 132, 133, 134, 135, 136, 137, 138, 139, 140, 141, 142, 143, 144, 145, 146, 147, 148, 149, 150, 151, 152, 153, 154, 155, 156, 157, 158, 159, 160, 161, 900, 901, 902, 903, 904, 905, 906, 907, 908, 909, 910, 911, 912, 913, 914, 915, 916, 917]), Anchor::Lits(&[2441, 2560, 2685, 2927, 5049, 5231])])])),
            // permission-to-ignore
            (13, Anchor::All(&[Anchor::Lits(&[178, 284, 742, 743, 744, 745, 749, 750, 751, 752, 753, 754, 755, 756, 757, 758, 759, 760, 761, 762, 1110, 1853, 1891, 1892, 1913, 1914, 1915, 1916, 1917, 1918, 1919, 1920, 1921, 1923, 1925, 1926, 1927, 1930, 1933, 1934, 1938, 1940, 1942, 1944, 1948, 1949, 1950, 1954, 1979, 1981, 1986, 1987, 1988, 1989, 1990, 1991, 1992, 1993, 1994, 1995, 1996, 1997, 1998, 1999, 2000, 2001, 2017, 2027, 2370, 2383, 2384, 2385, 2386, 2387, 2388, 2389, 2390, 2392, 2394, 2395, 2396, 2399, 2402, 2403, 2407]), Anchor::Lits(&[2690, 2728, 2775, 3039, 3058, 3346, 3470, 3874, 4959, 5412, 6188])])),
            // deceive-the-user
            (14, Anchor::Any(&[Anchor::Lits(&[730, 731, 732, 733, 734, 735, 736, 737, 738, 739, 1672, 1673, 1674, 1675, 1676, 1677, 1678, 1679, 1680, 1681, 3736, 3737, 3738, 3739, 6497, 6521, 6522, 6524]), Anchor::All(&[Anchor::Lits(&[2731, 2733, 2735, 2736, 3137, 3141, 3151, 3152, 3549, 3553, 3563, 3564, 3953, 3957, 3968, 3969]), Anchor::Lits(&[3740, 4910, 5209, 6133])]), Anchor::All(&[Anchor::Lits(&[3162, 3163, 3169, 3170, 3171, 3172, 3174, 3175, 3177, 3178, 3183, 3184, 3185, 3186, 3202, 3203, 3210, 3211, 3212, 3213, 3215, 3216, 3218, 3219, 3224, 3225, 3226, 3227, 4780, 4781, 4785, 4786, 4787, 4788, 4789, 4790, 4792, 4793, 4797, 4798, 4799, 4800, 6462, 6463, 6499, 6500, 6501, 6502, 6505, 6506, 6508, 6509, 6516, 6517, 6518, 6519]), Anchor::Lits(&[3741, 3742, 3743, 3744, 3745, 3746, 3747, 3748, 3749, 3750, 3751, 3752, 5210, 5211, 5212, 5213, 5214, 5215, 5216, 5217, 5218, 5219, 5220, 5221, 6134, 6135, 6136, 6137, 6138, 6139, 6140, 6141, 6142, 6143, 6144, 6145, 6146, 6147, 6148, 6149, 6150, 6151, 6152, 6153, 6154, 6155, 6156, 6157])])])),
            // suspend-own-instructions
            (15, Anchor::All(&[Anchor::Lits(&[860, 861, 862, 863, 864, 866, 867, 868, 869, 870, 871, 872, 873, 874, 875, 883, 884, 885, 886, 887, 888, 889, 890, 891, 892, 893, 894, 895, 896, 897, 1091, 1092, 1093, 1094, 1095, 1096, 1097, 1098, 1099, 1100, 1101, 1102, 1103, 1104, 1105, 1120, 1121, 1122, 1123, 1124, 1125, 1126, 1127, 1128, 1129, 1130, 1131, 1132, 1133, 1134, 1223, 1224, 1225, 1226, 1227, 1236, 1237, 1238, 1239, 1240, 1241, 1242, 1243, 1245, 1249, 1373, 1374, 1375, 1376, 1377, 1384, 1385, 1386, 1387, 1388, 1389, 1390, 1391, 1393, 1396, 1397, 1398, 1399, 1400, 1401, 1402, 1403, 1404, 1405, 1406, 1407, 1408, 1409, 1410, 1411, 1475, 1476, 1477, 1478, 1479, 1480, 1481, 1482, 1483, 1484, 1485, 1486, 1487, 1488, 1489, 1638, 1639, 1640, 1641, 1642, 1644, 1645, 1646, 1647, 1648, 1649, 1650, 1651, 1652, 1653]), Anchor::Lits(&[162, 179, 219, 1061, 1069, 1070, 1071, 1626])])),
            // reset-own-instructions
            (16, Anchor::Lits(&[2820, 2821, 2822, 2823, 2824, 2825, 2826, 2827, 3003, 3004, 3005, 3006, 3230, 3231, 3232, 3233, 3284, 3285, 3286, 3287, 3288, 3289, 3290, 3291, 3448, 3449, 3450, 3451, 4993, 4994, 4995, 4996, 5132, 5133, 5134, 5135, 5188, 5189, 5190, 5191, 5195, 5196, 5197, 5198, 5199, 5200, 5201, 5202, 5223, 5224, 5225, 5226, 5227, 5228, 5229, 5230, 5247, 5248, 5249, 5250, 6114, 6115, 6116, 6117, 6401, 6402, 6403, 6404, 6405, 6406, 6407, 6408, 6419, 6421, 6423, 6425, 6430, 6431, 6432, 6434, 6435, 6436, 6437, 6438, 6439, 6440, 6441, 6442, 6443, 6444, 6445, 6446, 6447, 6449, 6450, 6451, 6453, 6456, 6458, 6459])),
            // reveal-own-instructions
            (17, Anchor::Lits(&[6655, 6656, 6668, 6669, 6670, 6671, 6672, 6673, 6685, 6686, 6710, 6711, 6712, 6713, 6714, 6715, 6716, 6717, 6718, 6719, 6720, 6721, 6722, 6723, 6724, 6726, 6733, 6734, 6735, 6736, 6738, 6739, 6740, 6741, 6742, 6743, 6744, 6745, 6746, 6747, 6748, 6749, 6750, 6751, 6752, 6753, 6754, 6759, 6760, 6761, 6762, 6763, 6764])),
            // reveal-system-prompt
            (18, Anchor::Lits(&[2457, 2458, 2459, 2460, 2461, 2462, 2463, 2464, 2465, 2466, 2467, 2468, 2469, 2874, 2875, 2876, 2877, 2878, 2879, 2880, 2881, 2882, 2883, 2884, 2885, 2886, 3011, 3012, 3013, 3014, 3015, 3016, 3017, 3019, 3020, 3021, 3022, 3023, 3024, 3710, 3713, 3714, 3715, 3721, 3722, 3723, 3725, 3727, 3728, 3729, 3730, 3733, 4175, 4178, 4179, 4180, 4184, 4185, 4186, 4188, 4190, 4191, 4192, 4193, 4196, 4354, 4355, 4356, 4357, 4358, 4359, 4360, 4361, 4362, 4363, 4364, 4365, 4366, 4651, 4652, 4653, 4654, 4655, 4656, 4657, 4658, 4659, 4660, 4661, 4662, 4663, 4895, 4896, 4897, 4898, 4899, 4900, 4901, 4902, 4903, 4904, 4905, 4906, 4907, 4918, 4921, 4922, 4923, 4927, 4928, 4929, 4931, 4933, 4934, 4935, 4936, 4939, 5024, 5025, 5026, 5027, 5028, 5029, 5030, 5031, 5032, 5033, 5034, 5035, 5036, 5079, 5080, 5081, 5082, 5083, 5084, 5085, 5086, 5087, 5088, 5089, 5090, 5091, 5142, 5143, 5144, 5145, 5146, 5147, 5148, 5149, 5150, 5151, 5152, 5153, 5154, 5332, 5333, 5334, 5335, 5336, 5337, 5338, 5339, 5340, 5341, 5342, 5343, 5344, 5508, 5509, 5510, 5511, 5512, 5513, 5514, 5515, 5516, 5517, 5518, 5519, 5520, 5583, 5584, 5585, 5586, 5587, 5589, 5590, 5591, 5592, 5593, 5594, 5595, 5596, 6088, 6089, 6090, 6091, 6092, 6093, 6094, 6095, 6096, 6097, 6098, 6099, 6100, 6165, 6166, 6167, 6168, 6169, 6170, 6171, 6172, 6173, 6174, 6175, 6176, 6177])),
            // what-others-told-you
            (19, Anchor::Lits(&[6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 163, 164, 165, 166, 191, 193, 195, 196, 197, 199, 200, 202, 205, 206, 207, 208, 209, 659, 660, 661, 662, 663, 664, 665, 666, 802, 803, 804, 805, 1174, 1175, 1176, 1177, 1178, 1179, 1180, 1181, 1183, 1184, 1185, 1186, 1187, 1197, 1198, 1199, 1200, 1233, 1235, 1247, 1248, 1326, 1327, 1328, 1329, 1359, 1361, 1364, 1365, 1504, 1505, 1506, 1507, 1508, 1509, 1510, 1511, 1629, 1630, 1631, 1632, 1833, 1834, 1835, 1836, 1848, 1849, 1850, 1851])),
            // reveal-what-you-were-told
            (20, Anchor::Any(&[Anchor::Lits(&[2901, 2902, 2903, 3000, 3001, 3002, 3716, 3719, 3734, 4143, 4144, 4145, 4600, 4601, 4602, 4618, 4619, 4620, 5327, 5328, 5329, 5502, 5503, 5504, 5524, 5525, 5526, 6242, 6250, 6253, 6254, 6255, 6256, 6257, 6258, 6267, 6275, 6276, 6277, 6278, 6279, 6280, 6281, 6296, 6297, 6298, 6299, 6309, 6310, 6313, 6314, 6315, 6316, 6317, 6318, 6319, 6541, 6542, 6543]), Anchor::All(&[Anchor::Lits(&[1879, 1880, 1881, 1882, 1883, 1884, 1885, 1886, 1887, 1888, 1889, 1890, 1894, 1895, 1896, 1945, 1957, 1958, 1968, 1983, 1984, 1985, 2097, 2098, 2099, 2100, 2101, 2102, 2103, 2104, 2105, 2106, 2107, 2108, 2109, 2110, 2111, 2112, 2113, 2114, 2115, 2116, 2117, 2118, 2126, 2127, 2128, 2129, 2130, 2131, 2132, 2133, 2134, 2135, 2136, 2137, 2138, 2139, 2140, 2141, 2142, 2143, 2144, 2145, 2146, 2147]), Anchor::Lits(&[6240, 6241, 6243, 6244, 6245, 6246, 6247, 6248, 6249, 6251, 6252, 6259, 6260, 6261, 6262, 6263, 6264, 6265, 6266, 6268, 6269, 6270, 6271, 6272, 6273, 6274, 6282, 6283, 6284, 6285, 6286, 6287, 6288, 6289, 6290, 6291, 6292, 6293, 6294, 6295, 6300, 6301, 6302, 6303, 6304, 6305, 6306, 6307, 6308, 6311, 6320, 6321, 6324, 6325, 6326, 6327, 6328, 6329, 6330, 6331, 6332, 6338, 6339, 6340, 6341, 6342, 6343, 6344, 6345, 6347, 6348, 6350, 6351, 6352, 6353, 6354, 6357, 6358, 6359, 6362, 6363, 6364, 6365, 6366, 6367, 6368, 6369, 6370, 6371, 6372, 6373, 6374, 6375, 6376, 6377, 6378, 6379, 6380, 6381, 6382])])])),
            // reveal-given-instructions
            (21, Anchor::Any(&[Anchor::Lits(&[125, 218, 258, 286, 654, 655, 676, 689, 1060, 1412, 1538, 1696, 1697, 1872, 1893, 1928, 1952, 1956, 1968, 1969, 2011, 2015, 2381, 2397, 3587, 3588, 3589, 3590, 3591, 3592, 3593, 3594, 3595, 3596, 3597, 3598, 3599, 3600, 3601, 3602, 3603, 3604, 3605, 3606, 3607, 3608, 3609, 3610, 3611, 3612, 3613, 3614, 3615, 3616, 3617, 3618, 3619, 4109, 4110, 4111, 4112, 4113, 4114, 4115, 4116, 4117, 4118, 4119, 4120, 4121, 4122, 4123, 4124, 4125, 4126, 4127, 4128, 4129, 4130, 4131, 4132, 4133, 4134, 4135, 4136, 4137, 4138, 4139, 4140, 4141, 4284, 4285, 4286, 4287, 4288, 4289, 4290, 4291, 4292, 4293, 4294, 4295, 4296, 4297, 4298, 4299, 4300, 4301, 4302, 4303, 4304, 4305, 4306, 4307, 4308, 4309, 4310, 4311, 4312, 4313, 4314, 4315, 4316]), Anchor::All(&[Anchor::Lits(&[245, 327, 385, 789, 790, 960, 1172, 1220, 1348, 1395, 1424]), Anchor::Lits(&[1698, 1852, 1897, 1922, 2009, 2391])]), Anchor::All(&[Anchor::Lits(&[317, 318, 319, 320, 321, 322, 323, 324, 325, 326, 374, 375, 376, 377, 378, 379, 380, 381, 382, 383, 509, 510, 511, 512, 513, 514, 515, 516, 517, 518, 667, 668, 669, 670, 671, 672, 673, 674, 675, 676, 791, 792, 793, 794, 795, 796, 797, 798, 799, 800, 950, 951, 952, 953, 954, 955, 956, 957, 958, 959, 1135, 1136, 1137, 1138, 1139, 1140, 1141, 1142, 1143, 1144, 1210, 1211, 1212, 1213, 1214, 1215, 1216, 1217, 1218, 1219, 1221, 1222, 1228, 1229, 1230, 1231, 1232, 1234, 1244, 1246, 1352, 1353, 1354, 1355, 1356, 1357, 1358, 1360, 1362, 1363, 1371, 1372, 1378, 1379, 1380, 1381, 1382, 1383, 1392, 1394, 1464, 1465, 1466, 1467, 1468, 1469, 1470, 1471, 1472, 1473, 1837, 1838, 1839, 1840, 1841, 1842, 1843, 1844, 1845, 1846]), Anchor::Lits(&[124, 688, 693, 696, 1692, 1695])])])),
            // repeat-text-above
            (22, Anchor::Any(&[Anchor::Lits(&[2431, 2432, 2433, 2434, 2435, 2436, 2437, 2438, 2439, 2440, 3258, 3259, 3260, 3261, 3262, 3263, 3264, 3265, 3266, 3267, 3438, 3439, 3440, 3441, 3442, 3443, 3444, 3445, 3446, 3447, 3711, 3712, 3717, 3718, 3720, 3724, 3726, 3731, 3732, 3735, 4176, 4177, 4181, 4182, 4183, 4187, 4189, 4194, 4195, 4197, 4919, 4920, 4924, 4925, 4926, 4930, 4932, 4937, 4938, 4940, 5039, 5040, 5041, 5042, 5043, 5044, 5045, 5046, 5047, 5048, 5053, 5054, 5055, 5056, 5057, 5058, 5059, 5060, 5061, 5062, 5068, 5069, 5070, 5071, 5072, 5073, 5074, 5075, 5076, 5078]), Anchor::All(&[Anchor::Lits(&[4, 175, 176, 192, 194, 198, 201, 203, 644, 652, 783, 1155, 1182, 1416, 1943, 1968, 2011, 2410]), Anchor::Lits(&[2772, 2904, 2929, 3383, 4198, 4208, 4260, 4323, 4598, 4621, 5037, 5096, 5371, 5373, 5631, 6043, 6531]), Anchor::Lits(&[2931, 3056, 3235, 3268, 4599, 4946, 4998, 5064, 5140, 5158, 5194, 5208, 5243, 5385, 5505, 6077, 6539])])])),
            // repeat-starting-with-you-are
            (23, Anchor::Lits(&[211, 214, 215, 1423, 1425, 1426])),
            // reveal-context-contents
            (24, Anchor::Any(&[Anchor::Lits(&[4261, 4262, 4263, 4264, 4265, 4266, 4267, 4331, 4335, 4337, 4338, 4339, 4341, 4343, 4624, 4625, 4627, 4628, 4629, 4630, 4631, 4639, 4642, 4644, 4645, 4646, 4648, 4650, 5103, 5109, 5111, 5112, 5113, 5115, 5117]), Anchor::All(&[Anchor::Lits(&[212, 213, 274, 275, 332, 333, 334, 335, 340, 341, 470, 471, 943, 944, 945, 946, 1087, 1088, 1089, 1090, 1108, 1109, 1261, 1262, 1271, 1272, 1341, 1342, 1366, 1367, 1368, 1369, 1420, 1421, 1517, 1518, 1627, 1628, 1633, 1634, 1831, 1832]), Anchor::Lits(&[2887, 2926, 2930, 4323, 4617, 5037, 5096, 5260])]), Anchor::All(&[Anchor::Lits(&[1564, 1565, 1566, 1567, 1568, 1569, 1570, 1571, 1572, 1573, 1574, 1575, 1576, 1577, 1578, 1579, 1580, 1581, 1582, 1583, 1584, 1585, 1586, 1587, 1588, 1589, 1590, 1591, 1592, 1593, 1594, 1595, 2037, 2039, 2092, 2093, 2094, 2120, 2122, 2149, 2151, 2152, 2155, 2160, 2163, 2165, 2166, 2250, 2254, 2277, 2278, 2279, 2280, 2282, 2285, 2287, 2321, 2323, 2327, 2348, 2349, 2352, 2368, 2369]), Anchor::Lits(&[2478, 2479, 2480, 2481, 2484, 2488, 2489, 2490, 2491, 2492, 2493, 2494, 2495, 2496, 2497, 2498, 2499, 2500, 2501, 2502, 2503, 2504, 2505, 2506, 2507, 2508, 2509, 2510, 2511, 2512, 2513, 2514, 2515, 2516, 2517, 2518, 2519, 2520, 2521, 2522, 2523, 2524, 2525, 2526, 2527, 2528, 2529, 2530, 2531, 2532, 2533, 2534, 2535, 2536, 2537, 2538, 2539, 2540, 2541, 2542, 2543, 2544, 2545, 2586, 2587, 2588, 2589, 2592, 2596, 2597, 2598, 2599, 2600, 2601, 2602, 2603, 2604, 2605, 2606, 2607, 2608, 2609, 2610, 2611, 3237, 3238, 3239, 3240, 3241, 3242, 3243, 3244, 3245, 3246, 3247, 3248, 3249, 3250, 3251, 3252, 3253, 3254, 3255, 3256, 3257, 3361, 3362, 3363, 3364, 3365, 3366, 3367, 3368, 3369, 3370, 3371, 3372, 3373, 3374, 3375, 3376, 3377, 3378, 3379, 3380, 3381, 3387, 3388, 3389, 3390, 3393, 3397, 3398, 3399, 3400, 3401, 3402, 3403, 3404, 3405, 3406, 3407, 3408, 3409, 3410, 3411, 3412, 5862, 5863, 5864, 5865, 5866, 5867, 5868, 5869, 5870, 5871, 5872, 5873, 5874, 5875, 5876, 5877, 5878, 5879, 5880, 5881, 5882])])])),
            // reveal-transformed-prompt
            (25, Anchor::All(&[Anchor::Lits(&[6656, 6669, 6687, 6718, 6719, 6724, 6725, 6733, 6734, 6737, 6743, 6748, 6751, 6753, 6754, 6760, 6763]), Anchor::Lits(&[2888, 3029, 3032, 3705, 4324, 4622, 4633, 5038, 5097, 5118, 5261, 5374, 5632])])),
            // complete-the-leak
            (26, Anchor::All(&[Anchor::Lits(&[3757, 3763, 3776, 3782, 3783, 3784, 3785, 3786, 3787, 3788, 3811, 3812, 3813, 3814, 3815, 3816, 3817, 3818, 3819, 3820, 4690, 4691, 4692, 4693, 4694, 4695, 4696, 4697, 4698, 4699, 4700, 4701, 4702, 4703, 4704, 4705, 4706, 4707, 4708, 4709, 4710, 4711, 4712, 4713, 4714, 4715, 4716, 4717, 4718, 4719, 4720, 4721, 4722, 4723, 4724, 4725, 4726, 4727, 4728, 4729, 4730, 4731, 4732, 4733, 4734, 4735, 4736, 4737, 4738, 4739, 4740, 4741, 4742, 4743, 4744, 4745, 4746, 4747, 4748, 4749, 4750, 4751, 4752, 4753, 4754, 4755, 4756, 4757, 4758, 4759, 4760, 4761, 5830, 5831, 5843, 5844, 5845, 5854, 5855, 5856, 5857, 6552, 6553, 6555, 6556, 6557, 6558, 6755, 6756, 6757, 6758]), Anchor::Lits(&[210, 290, 337, 469, 521, 522, 1073, 1157, 1158, 1419])])),
            // what-you-must-not-say
            (27, Anchor::Lits(&[6563, 6564, 6565, 6566, 6567, 6568, 6569, 6570, 6571, 6572, 6573, 6574, 6575, 6576, 6583, 6589, 6593, 6594, 6595, 6596, 6597, 6631, 6632, 6639, 6643, 6644])),
            // reveal-initialization
            (28, Anchor::Lits(&[4166, 4167, 4168, 4169, 4170, 4171, 4172, 4173, 4174, 4199, 4200, 4201, 4202, 4203, 4204, 4205, 4206, 4207, 4209, 4210, 4211, 4212, 4213, 4214, 4215, 4216, 4217])),
            // forged-own-instructions
            (29, Anchor::Lits(&[2039, 2090, 2093, 2095, 2125, 2160, 2163, 2166, 2216, 2250, 2254, 2276, 2280, 2287, 2321, 2323, 2327, 2348, 2368])),
            // follow-what-it-says
            (30, Anchor::All(&[Anchor::Lits(&[72, 73, 74, 75, 76, 77, 78, 79, 80, 81, 82, 83, 84, 85, 86, 87, 88, 89, 90, 91, 92, 93, 94, 95, 1596, 1597, 1598, 1599, 1600, 1601, 1602, 1603, 1604, 1605, 1606, 1607, 1608, 1609, 1610, 1611, 1612, 1613, 1614, 1615, 1616, 1617, 1618, 1619]), Anchor::Lits(&[167, 331, 810, 1330, 1332, 1512])])),
            // authority-message
            (36, Anchor::Lits(&[643, 645, 646, 647, 648, 649, 650, 651, 653, 656, 1491, 1492, 1494, 1495, 1499, 1500, 1502, 2040, 2041, 2042, 2043, 2044, 2045, 2046, 2047, 2048, 2049, 2050, 2051, 2052, 2053, 2054, 2055, 2060, 2061, 2062, 2063, 2064, 2065, 2066, 2067, 2068, 2069, 2070, 2071, 2072, 2073, 2074, 2075, 2076, 2077, 2078, 2079, 2080, 2081, 2082, 2083, 2084, 2085, 2086, 2087, 2088, 2089, 2091, 2096, 2123, 2124, 2158, 2169, 2170, 2171, 2172, 2173, 2174, 2175, 2176, 2177, 2178, 2179, 2180, 2181, 2182, 2183, 2184, 2185, 2186, 2187, 2188, 2189, 2190, 2191, 2192, 2193, 2194, 2195, 2196, 2197, 2198, 2199, 2200, 2201, 2202, 2203, 2204, 2205, 2206, 2207, 2208, 2209, 2210, 2211, 2212, 2213, 2214, 2215, 2218, 2219, 2220, 2221, 2222, 2223, 2224, 2225, 2226, 2227, 2228, 2229, 2230, 2231, 2232, 2234, 2235, 2236, 2237, 2238, 2239, 2240, 2241, 2242, 2243, 2244, 2245, 2246, 2247, 2248, 2251, 2255, 2256, 2257, 2258, 2259, 2260, 2261, 2262, 2263, 2264, 2265, 2266, 2267, 2268, 2269, 2270, 2281, 2288, 2289, 2290, 2291, 2292, 2293, 2294, 2295, 2296, 2297, 2298, 2299, 2300, 2301, 2302, 2303, 2304, 2305, 2306, 2307, 2308, 2309, 2310, 2311, 2312, 2313, 2314, 2315, 2316, 2317, 2324, 2325, 2328, 2330, 2332, 2333, 2334, 2335, 2336, 2337, 2338, 2339, 2340, 2341, 2342, 2343, 2344, 2345, 2346, 2353, 2354, 2355, 2356, 2357, 2358, 2359, 2360, 2361, 2362, 2363, 2364, 2365, 2366, 2367, 3033, 3034, 3761, 3781, 4024, 4042, 4326, 4334, 4915, 4916, 4950, 4951, 4952, 4953, 4954, 4955, 4961, 4964, 4966, 4968, 4969, 4970, 4972, 4973, 4974, 4975, 4976, 4977, 4981, 4984, 4986, 4988, 4989, 4990, 5094, 5095, 5544, 5545, 5546, 5547, 5548, 5549, 5550, 5551, 5552, 5553, 5554, 5555, 5607, 5608, 5609, 5610, 5611, 5612, 5613, 5614, 5615, 5616, 5617, 5618, 6547, 6548, 6549, 6550, 6577, 6578, 6598, 6599, 6600, 6601, 6605, 6606, 6612, 6613, 6616, 6617, 6618, 6619, 6620, 6621, 6623, 6624, 6625, 6626, 6627, 6628, 6635, 6636, 6637, 6638, 6640, 6641, 6650, 6651, 6652, 6653, 6727, 6728, 6729, 6730, 6731, 6732])),
            // authority-override
            (37, Anchor::Lits(&[41, 43, 44, 45, 46, 48, 50, 51, 52, 53, 390, 394, 395, 396, 397, 462, 463, 464, 465, 466, 680, 682, 683, 684, 685, 878, 879, 880, 881, 882, 963, 964, 965, 966, 967, 1318, 1320, 1321, 1322, 1323, 1343, 1344, 1345, 1346, 1347, 1446, 1448, 1449, 1450, 1451, 1458, 1460, 1461, 1462, 1463, 1490, 1496, 1497, 1498, 1499])),
            // entering-special-mode
            (40, Anchor::Any(&[Anchor::All(&[Anchor::Lits(&[42, 47, 49, 177, 372, 373, 393, 401, 402, 461, 681, 962, 1086, 1192, 1319, 1370, 1447, 1459, 1514, 1515, 1667, 1686]), Anchor::Lits(&[6551, 6587, 6591, 6633, 6648, 6765])]), Anchor::All(&[Anchor::Lits(&[3755, 3756, 3758, 3759, 3760, 3762, 3764, 3765, 3766, 3767, 3768, 3769, 3770, 3771, 3772, 3773, 3774, 3775, 3777, 3778, 3779, 3780, 3789, 3790, 3791, 3792, 3793, 3794, 3795, 3796, 3797, 3798, 3799, 3800, 3801, 3802, 3803, 3804, 3805, 3806, 3807, 3808, 3809, 3810, 3821, 3822, 3823, 3824, 3825, 3826, 3827, 3828, 3829, 3830, 3831, 3832, 3833, 3834, 3835, 3836, 3837, 3838, 3839, 3840, 3841, 3842, 4019, 4020, 4021, 4022, 4023, 4025, 4026, 4027, 4028, 4029, 4030, 4031, 4032, 4033, 4034, 4035, 4036, 4037, 4038, 4039, 4040, 4041, 5986, 5987, 5988, 5989, 5990, 5991, 5992, 5993, 5994, 5995, 5996, 5997, 5998, 5999, 6000, 6001, 6002, 6003, 6004, 6005, 6006, 6007, 6194, 6195, 6196, 6197, 6198, 6199, 6200, 6201, 6202, 6203, 6204, 6205, 6206, 6207, 6208, 6209, 6210, 6211, 6212, 6213, 6214, 6215, 6218, 6219, 6220, 6221, 6222, 6223, 6224, 6225, 6226, 6227, 6228, 6229, 6230, 6231, 6232, 6233, 6234, 6235, 6236, 6237, 6238, 6239]), Anchor::Lits(&[998, 1085])])])),
            // address-the-model
            (41, Anchor::Any(&[Anchor::Lits(&[67, 68, 69, 70, 786, 787, 1106, 1107, 1195, 1196, 1253, 1254, 1350, 1351, 1452, 1453, 1455, 1456, 4615, 4616, 4623, 4626, 4825, 4826, 4827, 4828, 5130, 5131, 5185, 5186, 6192, 6193]), Anchor::All(&[Anchor::Lits(&[3844]), Anchor::Lits(&[1194, 1252, 1349, 1454, 1553])])])),
            // unrestricted-mode
            (42, Anchor::Any(&[Anchor::Lits(&[2552, 2557, 2770, 2966, 3018, 3025, 3234, 3417, 3586, 3657, 3708, 4048, 4049, 4050, 4051, 4052, 4053, 4054, 4055, 4056, 4057, 4058, 4059, 4060, 4061, 4062, 4064, 4065, 4066, 4067, 4068, 4069, 4070, 4071, 4072, 4073, 4074, 4075, 4076, 4077, 4078, 4079, 4080, 4081, 4082, 4083, 4084, 4085, 4086, 4087, 4088, 4089, 4090, 4091, 4092, 4093, 4094, 4095, 4096, 4097, 4098, 4099, 4100, 4101, 4102, 4103, 4104, 4105, 4106, 4107, 4108, 4367, 4368, 4369, 4370, 4371, 4372, 4373, 4374, 4375, 4376, 4377, 4378, 4379, 4380, 4381, 4382, 4383, 4384, 4385, 4386, 4387, 4388, 4389, 4390, 4391, 4392, 4393, 4394, 4395, 4396, 4397, 4398, 4399, 4400, 4401, 4402, 4403, 4404, 4405, 4406, 4407, 4408, 4409, 4410, 4411, 4412, 4413, 4414, 4415, 4416, 4417, 4418, 4419, 4420, 4421, 4422, 4423, 4424, 4425, 4426, 4556, 4558, 4560, 4568, 4595, 4804, 4805, 4807, 4821, 4874, 4911, 5155, 5506, 5543, 6081, 6082, 6085, 6111, 6119, 6121, 6126, 6127]), Anchor::All(&[Anchor::Lits(&[66, 71, 265, 367, 393, 399, 400, 458, 480, 640, 681, 692, 823, 836, 841, 854, 942, 1025, 1026, 1027, 1045, 1067, 1075, 1256, 1418, 1447, 1657, 1658, 1659, 1662, 1663, 1664, 1666, 1667]), Anchor::Lits(&[2455, 2456, 2549, 2562, 2639, 2654, 2655, 2688, 3278, 3279, 3280, 3281, 3656, 3658, 3692, 4218, 4829, 4909, 5013, 5137, 5138, 5139, 5184, 5204, 5233, 5273, 5528, 5566, 5574, 5582, 6068, 6120, 6217, 6559])])])),
            // dan-persona
            (43, Anchor::Lits(&[20, 21, 22, 23, 24, 25, 26, 27, 29, 30, 31, 32, 33, 34, 35, 36, 55, 57, 59, 169, 171, 173, 182, 183, 184, 185, 186, 187, 188, 189, 248, 250, 252, 268, 270, 272, 278, 280, 282, 366, 368, 369, 370, 371, 424, 1000, 1002, 1004, 1113, 1115, 1117, 1146, 1147, 1148, 1149, 1150, 1151, 1152, 1153, 1161, 1162, 1163, 1164, 1165, 1166, 1167, 1168, 1301, 1302, 1303, 1304, 1305, 1306, 1307, 1308, 1310, 1311, 1312, 1313, 1314, 1315, 1316, 1317, 1687, 1688, 1689, 1854, 1855, 1857, 1863, 1864, 1865, 1866, 1867, 1868, 1869, 1870, 1874, 1960, 1961, 1962, 1963, 1964, 1965, 1966, 1967, 1971, 1972, 1973, 1974, 1975, 1976, 1977, 1978, 2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026, 2371, 2372, 2373, 2377, 2378, 2379, 2380, 2382])),
            // unrestricted-persona
            (44, Anchor::All(&[Anchor::Lits(&[19, 28, 96, 181, 216, 217, 266, 285, 338, 467, 468, 686, 781, 1074, 1145, 1160, 1169, 1193, 1257, 1265, 1270, 1273, 1298, 1300, 1309, 1413, 1414, 1417, 1422, 1503, 1635, 1643, 1853, 1951, 1959, 1970, 2018, 2370]), Anchor::Any(&[Anchor::Lits(&[97, 259, 436, 1020, 1755, 2550, 2934, 2965, 3026, 3415, 3707, 3709, 4046, 4557, 4566, 4579, 4582, 4594, 4609, 4764, 4803, 4806, 4820, 4822, 5156, 5253, 5258, 5259, 6079, 6080, 6083, 6086, 6087, 6108, 6109, 6118, 6122, 6123, 6124, 6131, 6423, 6425, 6449, 6452, 6453, 6454, 6455, 6456, 6457, 6466, 6469, 6471, 6472, 6475, 6478, 6479, 6484, 6490, 6492, 6495, 6504, 6512, 6513]), Anchor::All(&[Anchor::Lits(&[5646, 5647, 5648, 5649, 5650, 5651, 5652, 5655, 5656, 5659, 5660, 5661, 5662, 6322, 6323, 6333, 6334, 6335, 6336, 6337, 6346, 6349, 6355, 6356, 6360, 6361, 6383, 6384, 6385, 6386, 6387, 6388, 6389, 6390, 6391, 6392, 6393, 6394, 6395]), Anchor::Lits(&[2689, 3344, 3435, 3704, 4323, 4596, 4678, 5020, 5239, 5260, 5289])])])])),
            // unrestricted-persona-loose
            (45, Anchor::Any(&[Anchor::Lits(&[567, 568, 569, 570, 571, 572, 573, 574, 575, 576, 577, 578, 579, 580, 581, 582, 583, 584, 585, 586, 587, 588, 589, 590, 591, 592, 593, 594, 595, 596, 597, 598, 599, 600, 601, 602, 603, 604, 605, 606, 607, 608, 609, 610, 611, 612, 613, 614, 615, 616, 617, 618, 619, 620, 621, 622, 623, 624, 625, 626, 627, 628, 629, 630, 631, 632, 633, 634, 635, 636, 637, 638, 1558, 1736, 1754, 1758, 1759, 1760, 1761, 1762, 1763, 1764, 1765, 1766, 1767, 1768, 1769, 1770, 1771, 1772, 1773, 1774, 1775, 1776, 1777, 1778, 1779, 1780, 1781, 1782, 1783, 1784, 1785, 1786, 1787, 1788, 1789, 1790, 1791, 1792, 1793, 1794, 1795, 1796, 1797, 1798, 1799, 1800, 1801, 1802, 1803, 1804, 1805, 1806, 1807, 1808, 1809, 1810, 1811, 1812, 1813, 1814, 1815, 1816, 1817, 1818, 1819, 1820, 1821, 1822, 1823, 1824, 1825, 1826, 1827, 1828, 1829, 5535]), Anchor::All(&[Anchor::Lits(&[1525, 1526, 1531, 1532, 1533, 1534, 1535, 1541, 1542, 1543, 1544, 1549, 1550, 1705, 1706, 1711, 1712, 1713, 1714, 1715, 1720, 1721, 1722, 1723, 1728, 1729, 1741, 1742, 1743, 1744, 1745, 1746, 1747, 1748, 1749, 1750, 1751, 1752, 1753]), Anchor::Lits(&[2689, 2919, 3344, 3435, 3704, 4323, 4596, 4678, 5020, 5239, 5260, 5289])]), Anchor::All(&[Anchor::Lits(&[2442, 2454, 2561, 2657, 2686, 2687, 2771, 2830, 2928, 3270, 3271, 3659, 4047, 4908, 5017, 5051, 5052, 5092, 5157, 5203, 5232, 5236, 5244, 5254, 5255, 5402, 5403, 5501, 5507, 5620, 6045, 6060, 6551, 6592, 6633, 6642, 6648, 6765]), Anchor::Lits(&[2551, 3416, 4567, 6084, 6110, 6125])])])),
            // persona-replaces-assistant
            (46, Anchor::Any(&[Anchor::Lits(&[423, 1053, 3272, 3273, 3274, 3275, 3276, 3277, 4044, 4045, 5404, 5405, 5406, 5407, 5408, 5409, 6560, 6634, 6766]), Anchor::All(&[Anchor::Lits(&[54, 56, 58, 60, 61, 62, 63, 64, 168, 170, 172, 174, 247, 249, 251, 253, 267, 269, 271, 273, 277, 279, 281, 283, 999, 1001, 1003, 1005, 1112, 1114, 1116, 1118]), Anchor::Lits(&[2419, 2420, 2421, 2422, 2553, 2554, 2555, 2556, 2559])])])),
            // no-restrictions
            (47, Anchor::Any(&[Anchor::All(&[Anchor::Lits(&[2791, 2792, 2793, 2798, 2799, 2800, 2801, 2803, 2804, 2805, 2806, 2807, 2808, 2809, 2810, 2811, 2812, 2813, 2814, 2815, 2819, 2936, 2937, 2938, 2943, 2944, 2945, 2946, 2948, 2949, 2950, 2951, 2952, 2953, 2954, 2955, 2956, 2957, 2958, 2959, 2960, 2964, 3663, 3664, 3665, 3670, 3671, 3672, 3673, 3675, 3676, 3677, 3678, 3679, 3680, 3681, 3682, 3683, 3684, 3685, 3686, 3687, 3691, 5690, 5691, 5692, 5697, 5698, 5699, 5700, 5702, 5703, 5704, 5705, 5706, 5707, 5708, 5709, 5710, 5711, 5712, 5713, 5714, 5718, 5720, 5721, 5722, 5727, 5728, 5729, 5730, 5732, 5733, 5734, 5735, 5736, 5737, 5738, 5739, 5740, 5741, 5742, 5743, 5744, 5748, 5778, 5779, 5780, 5785, 5786, 5787, 5788, 5790, 5791, 5792, 5793, 5794, 5795, 5796, 5797, 5798, 5799, 5800, 5801, 5802, 5806, 5921, 5922, 5923, 5928, 5929, 5930, 5931, 5933, 5934, 5935, 5936, 5937, 5938, 5939, 5940, 5941, 5942, 5943, 5944, 5945, 5949, 5951, 5952, 5953, 5958, 5959, 5960, 5961, 5963, 5964, 5965, 5966, 5967, 5968, 5969, 5970, 5971, 5972, 5973, 5974, 5975, 5979, 6009, 6010, 6011, 6016, 6017, 6018, 6019, 6021, 6022, 6023, 6024, 6025, 6026, 6027, 6028, 6029, 6030, 6031, 6032, 6033, 6037, 6554, 6561, 6562, 6584, 6585, 6586, 6588, 6602, 6603, 6604, 6607, 6608, 6609, 6610, 6611, 6614, 6615, 6622, 6629, 6630, 6649, 6768, 6769, 6770, 6775, 6776, 6777, 6778, 6780, 6781, 6782, 6783, 6784, 6785, 6786, 6787, 6788, 6789, 6790, 6791, 6792, 6796]), Anchor::Lits(&[2768, 2889, 2911, 2917, 2919, 3344, 3696, 3700, 3704, 4593, 4597, 4670, 4676, 4678, 5063, 5237, 5239, 5270, 5287, 5300, 5306, 5318, 5325])]), Anchor::All(&[Anchor::Lits(&[430, 432, 435, 452, 454, 457, 1032, 1034, 1038, 1041, 1042, 1043]), Anchor::Lits(&[2768, 2889, 2911, 2917, 2919, 3344, 3696, 3700, 3704, 4593, 4597, 4670, 4676, 4678, 5063, 5237, 5239, 5270, 5287, 5300, 5306, 5318, 5325])]), Anchor::All(&[Anchor::Lits(&[2790, 2794, 2795, 2796, 2797, 2798, 2799, 2800, 2802, 2816, 2817, 2818, 2935, 2939, 2940, 2941, 2942, 2943, 2944, 2945, 2947, 2961, 2962, 2963, 3662, 3666, 3667, 3668, 3669, 3670, 3671, 3672, 3674, 3688, 3689, 3690, 5689, 5693, 5694, 5695, 5696, 5697, 5698, 5699, 5701, 5715, 5716, 5717, 5719, 5723, 5724, 5725, 5726, 5727, 5728, 5729, 5731, 5745, 5746, 5747, 5777, 5781, 5782, 5783, 5784, 5785, 5786, 5787, 5789, 5803, 5804, 5805, 5920, 5924, 5925, 5926, 5927, 5928, 5929, 5930, 5932, 5946, 5947, 5948, 5950, 5954, 5955, 5956, 5957, 5958, 5959, 5960, 5962, 5976, 5977, 5978, 6008, 6012, 6013, 6014, 6015, 6016, 6017, 6018, 6020, 6034, 6035, 6036, 6551, 6579, 6580, 6581, 6582, 6584, 6585, 6586, 6590, 6645, 6646, 6647, 6767, 6771, 6772, 6773, 6774, 6775, 6776, 6777, 6779, 6793, 6794, 6795]), Anchor::Lits(&[2443, 2646, 2647, 3754, 4043, 4063, 4581, 5050, 5556, 5887]), Anchor::Lits(&[2689, 2768, 2889, 2900, 2919, 3344, 3435, 3696, 3700, 3704, 4593, 4596, 4670, 4676, 4678, 5020, 5063, 5093, 5237, 5239, 5260, 5287, 5306])])])),
            // rules-do-not-apply
            (48, Anchor::Any(&[Anchor::All(&[Anchor::Lits(&[100, 101, 102, 103, 104, 105, 106, 107, 108, 109, 110, 111, 112, 113, 114, 115, 116, 117, 118, 119, 120, 121, 122, 123, 220, 221, 222, 223, 224, 225, 226, 227, 228, 229, 230, 231, 232, 233, 234, 235, 236, 237, 238, 239, 240, 241, 242, 243, 293, 294, 295, 296, 297, 298, 299, 300, 301, 302, 303, 304, 305, 306, 307, 308, 309, 310, 311, 312, 313, 314, 315, 316, 342, 343, 344, 345, 346, 347, 348, 349, 350, 351, 352, 353, 354, 355, 356, 357, 358, 359, 360, 361, 362, 363, 364, 365, 483, 484, 485, 486, 487, 488, 489, 490, 491, 492, 493, 494, 495, 496, 497, 498, 499, 500, 501, 502, 503, 504, 505, 506, 704, 705, 706, 707, 708, 709, 710, 711, 712, 713, 714, 715, 716, 717, 718, 719, 720, 721, 722, 723, 724, 725, 726, 727, 918, 919, 920, 921, 922, 923, 924, 925, 926, 927, 928, 929, 930, 931, 932, 933, 934, 935, 936, 937, 938, 939, 940, 941, 968, 969, 970, 971, 972, 973, 974, 975, 976, 977, 978, 979, 980, 981, 982, 983, 984, 985, 986, 987, 988, 989, 990, 991, 1274, 1275, 1276, 1277, 1278, 1279, 1280, 1281, 1282, 1283, 1284, 1285, 1286, 1287, 1288, 1289, 1290, 1291, 1292, 1293, 1294, 1295, 1296, 1297]), Anchor::Lits(&[262, 263, 403, 408, 425, 437, 442, 447, 1009, 1028, 1756, 1830])]), Anchor::All(&[Anchor::Lits(&[404, 405, 406, 407, 409, 410, 411, 412, 426, 427, 431, 434, 438, 439, 440, 441, 443, 444, 445, 446, 448, 449, 453, 456, 1010, 1011, 1014, 1016, 1029, 1030, 1033, 1037]), Anchor::Lits(&[2443, 2646, 2647, 4043, 4581, 5050, 5556])])])),
            // no-rules-apply
            (49, Anchor::Any(&[Anchor::Lits(&[5807]), Anchor::All(&[Anchor::Lits(&[5888, 5889, 5890, 5891, 5892, 5893, 5894, 5895]), Anchor::Lits(&[2689, 3435, 3700, 3704, 4593, 4596, 5239, 5260])])])),
            // freed-from-limits
            (50, Anchor::Lits(&[254, 255, 256, 473, 474, 482, 566, 639, 898, 1031, 1036, 1039, 1047, 1049, 1050, 1259, 1656, 1660, 1661, 1668])),
            // respond-without-limits
            (51, Anchor::Any(&[Anchor::Lits(&[2641, 2642, 2643, 2644, 2645, 2748, 2749, 2750, 2751, 2752, 2753, 2754, 2755, 2756, 2757, 3166, 3167, 3180, 3181, 3182, 3207, 3208, 3221, 3222, 3223, 4610, 4611, 4612, 4613, 4614, 4680, 4681, 4682, 4683, 4684, 4685, 4686, 4687, 4688, 4689, 4782, 4783, 4794, 4795, 4796, 5375, 5376, 5377, 5378, 5379, 5380, 5381, 5382, 5383, 5384, 6396, 6397, 6398, 6399, 6400, 6410, 6411, 6412, 6413, 6414, 6415, 6416, 6417, 6418, 6419, 6420, 6422, 6424, 6426, 6427, 6428, 6429, 6430, 6466, 6467, 6468, 6470, 6473, 6474, 6476, 6477, 6478, 6484, 6485, 6488, 6491, 6496, 6503, 6510, 6511, 6512, 6526, 6527, 6528, 6529, 6530]), Anchor::All(&[Anchor::Lits(&[3572, 3975, 5172, 6409, 6448, 6460]), Anchor::Lits(&[2470, 2768, 2908, 2917, 2919, 2921, 3330, 3331, 3332, 3333, 3335, 3337, 3339, 3340, 3344, 3696, 3700, 4667, 4669, 4670, 4671, 4672, 4673, 4674, 4675, 4678, 5287, 5292, 5294, 5296, 5298, 5302, 5304, 5306, 5310, 5312, 5314, 5316, 5318, 5325])]), Anchor::All(&[Anchor::Lits(&[2548, 2581, 3980, 4870, 6433, 6525]), Anchor::Lits(&[2470, 2689, 2873, 2889, 2900, 3031, 3344, 3434, 3700, 3704, 4323, 4593, 4596, 4678, 5020, 5021, 5063, 5093, 5129, 5239, 5260, 5287, 5289, 6044])])])),
            // pre-safety-self
            (52, Anchor::Any(&[Anchor::Lits(&[2660, 2661, 2662, 2663, 2664, 2665, 2666, 2667, 2668, 2669, 2670, 2671, 2672, 2673, 2674, 2675, 2676, 2677, 2678, 2679, 2680, 2681, 2682, 2683, 2684]), Anchor::All(&[Anchor::Lits(&[2724, 2725, 2932, 2933, 4317, 4318, 4665, 4666, 5182, 5183, 5522, 5523, 6163, 6164]), Anchor::Lits(&[2659, 3572, 5077, 5655, 5656, 6409, 6460])])])),
            // stay-in-character
            (53, Anchor::Lits(&[428, 429, 433, 450, 451, 455, 865, 1012, 1013, 1015, 1260, 1427, 1428, 1429, 1430, 1431, 1432, 1433, 1434, 1435, 1436, 1437, 1438, 1439])),
            // jailbreak-template
            (54, Anchor::Lits(&[697, 700, 701, 702, 811, 812, 813, 814, 1188, 1189, 1190, 1191, 1205, 1206, 1208, 1209, 1337, 1338, 1339, 1340, 4677, 6160])),
            // jailbreak
            (55, Anchor::Lits(&[328, 329, 657, 658, 746, 747, 748, 818, 819, 820, 821, 822, 823, 824, 825, 826, 827, 828, 829, 830, 831, 832, 833, 834, 835, 836, 837, 838, 839, 840, 841, 842, 843, 844, 845, 846, 847, 848, 849, 850, 851, 852, 853, 854, 855, 856, 1051, 1052, 1173, 1331, 1444, 1445, 1693, 1694, 1860, 1861, 1931, 1932, 2374, 2375, 2400, 2401])),
            // evil-twin
            (56, Anchor::All(&[Anchor::Lits(&[2057, 2121, 2150, 2160, 2164, 2167, 2252, 2287, 2321, 2322, 2331, 2347, 2349, 2350, 2351]), Anchor::Lits(&[3269, 3843, 4664, 5014, 5015, 5370, 5400, 6076, 6162])])),
            // disable-safety
            (57, Anchor::Any(&[Anchor::Lits(&[2425, 2426, 2427, 2428, 2430, 2691, 2692, 2693, 2694, 2695, 2696, 2697, 2698, 2699, 2700, 2701, 2702, 2703, 2704, 2705, 2706, 2707, 2708, 2709, 2710, 2711, 2712, 2713, 2714, 2715, 2716, 2717, 2718, 2719, 2720, 2721, 2722, 2723, 2729, 2730, 2732, 2734, 2737, 2740, 2741, 2742, 2743, 2745, 2776, 2777, 2778, 2779, 2781, 2783, 2784, 2785, 2786, 2788, 2969, 2970, 2971, 2972, 2974, 2977, 2978, 2979, 2980, 2982, 2994, 2995, 2996, 2997, 2999, 3040, 3041, 3042, 3043, 3045, 3048, 3049, 3050, 3051, 3053, 3080, 3129, 3138, 3142, 3153, 3154, 3155, 3156, 3157, 3159, 3293, 3294, 3295, 3296, 3297, 3298, 3299, 3300, 3301, 3302, 3303, 3304, 3305, 3307, 3308, 3309, 3310, 3312, 3313, 3314, 3315, 3316, 3317, 3318, 3319, 3320, 3321, 3322, 3323, 3324, 3326, 3327, 3328, 3329, 3347, 3348, 3349, 3350, 3352, 3354, 3355, 3356, 3357, 3359, 3492, 3541, 3550, 3554, 3565, 3566, 3567, 3568, 3569, 3571, 3574, 3575, 3576, 3577, 3579, 3581, 3582, 3583, 3584, 3585, 3621, 3622, 3623, 3624, 3626, 3627, 3628, 3629, 3630, 3631, 3632, 3633, 3634, 3635, 3636, 3637, 3638, 3639, 3640, 3641, 3642, 3644, 3645, 3646, 3647, 3648, 3650, 3651, 3652, 3653, 3655, 3896, 3945, 3954, 3958, 3970, 3976, 3977, 3978, 3979, 3981, 4559, 4561, 4562, 4563, 4565, 4584, 4585, 4586, 4587, 4589, 4767, 4768, 4769, 4770, 4772, 4774, 4775, 4776, 4777, 4779, 4960, 4962, 4963, 4965, 4971, 4980, 4982, 4983, 4985, 4991, 5387, 5388, 5389, 5390, 5392, 5394, 5395, 5396, 5397, 5399, 5537, 5538, 5539, 5540, 5542, 5558, 5559, 5560, 5561, 5563, 5568, 5569, 5570, 5571, 5573, 5576, 5577, 5578, 5579, 5581, 5622, 5623, 5624, 5625, 5627, 6062, 6063, 6064, 6065, 6067, 6070, 6071, 6072, 6073, 6075, 6102, 6103, 6104, 6105, 6107, 6533, 6534, 6535, 6536, 6538]), Anchor::All(&[Anchor::Lits(&[2624, 2626, 2628, 2630, 2632, 2634, 2637, 2649, 2652, 2768, 2908, 2917, 2919, 2921, 3282, 3333, 3335, 3337, 3340, 3342, 3344, 3436, 3693, 3696, 3698, 4219, 4222, 4224, 4226, 4667, 4678, 5104, 5159, 5240, 5285, 5290, 5294, 5296, 5298, 5302, 5304, 5306, 5308, 5310, 5312, 5314, 5316, 5318, 5320, 5322, 5325, 5345, 5348, 5350, 5352, 5354, 5356, 5358, 6057]), Anchor::Lits(&[2424, 2656, 2690, 2728, 2739, 2775, 2782, 2968, 2975, 2976, 2993, 3039, 3046, 3047, 3058, 3161, 3176, 3217, 3229, 3292, 3311, 3346, 3353, 3470, 3573, 3580, 3620, 3643, 3649, 3706, 3874, 3975, 4576, 4583, 4591, 4607, 4608, 4766, 4773, 4818, 4959, 4979, 5181, 5187, 5193, 5386, 5393, 5401, 5412, 5461, 5529, 5534, 5536, 5557, 5565, 5567, 5575, 5621, 6061, 6069, 6101, 6216, 6460, 6532])]), Anchor::All(&[Anchor::Lits(&[2429, 2548, 2581, 2736, 2744, 2780, 2787, 2973, 2981, 2998, 3044, 3052, 3152, 3158, 3306, 3325, 3351, 3358, 3382, 3564, 3570, 3578, 3625, 3654, 3969, 3980, 4564, 4588, 4771, 4778, 4870, 4967, 4987, 5391, 5398, 5541, 5562, 5572, 5580, 5626, 5885, 6066, 6074, 6106, 6537]), Anchor::Lits(&[2470, 2689, 2873, 2889, 2900, 3031, 3344, 3434, 3700, 3704, 4323, 4593, 4596, 4678, 5020, 5021, 5063, 5093, 5129, 5239, 5260, 5287, 5289, 6044])])])),
            // safety-declared-off
            (58, Anchor::All(&[Anchor::Lits(&[2471, 2625, 2627, 2629, 2631, 2633, 2635, 2636, 2638, 2650, 2651, 2653, 2769, 2909, 2910, 2912, 2918, 2920, 2922, 3283, 3334, 3336, 3338, 3341, 3343, 3345, 3437, 3694, 3695, 3697, 3699, 3701, 4220, 4221, 4223, 4225, 4227, 4668, 4679, 5105, 5106, 5160, 5161, 5241, 5286, 5288, 5291, 5293, 5295, 5297, 5299, 5301, 5303, 5305, 5307, 5309, 5311, 5313, 5315, 5317, 5319, 5321, 5323, 5324, 5326, 5346, 5347, 5349, 5351, 5353, 5355, 5357, 5359, 6058]), Anchor::Lits(&[2738, 2746, 2747, 2975, 3010, 3046, 3660, 4142, 4590, 4808, 4824, 4871, 4957, 4999, 5192, 5242, 5246, 5564, 6189, 6191])])),
            // skip-approval
            (59, Anchor::Lits(&[6461, 6464, 6465, 6480, 6481, 6482, 6483, 6486, 6487, 6489, 6493, 6494, 6498, 6507, 6514, 6515, 6520, 6523, 6525])),
            // encoded-instructions
            (60, Anchor::Any(&[Anchor::Lits(&[2984, 2985, 2988, 2989, 2991, 2992, 3008, 3009, 6129, 6130]), Anchor::All(&[Anchor::Lits(&[2444, 2445, 2446, 2447, 2448, 2449, 2450, 2451, 2452, 2453, 2614, 2615, 2616, 2617, 2618, 2619, 2620, 2621, 2622, 2623, 2758, 2759, 2760, 2761, 2762, 2763, 2764, 2765, 2766, 2767, 2836, 2859, 2861, 2862, 2864, 2865, 2867, 2868, 2870, 2872, 3188, 3189, 3190, 3191, 3192, 3193, 3194, 3195, 3196, 3197, 3424, 3425, 3426, 3427, 3428, 3429, 3430, 3431, 3432, 3433, 3456, 3460, 3461, 3462, 3463, 3464, 3465, 3466, 3467, 3468, 4835, 4846, 4848, 4849, 4851, 4852, 4854, 4855, 4857, 4859, 5002, 5003, 5004, 5005, 5006, 5007, 5008, 5009, 5010, 5011, 5274, 5275, 5276, 5277, 5278, 5279, 5280, 5281, 5282, 5283]), Anchor::Lits(&[2983, 2987, 2990, 3007, 5245, 5256, 6046, 6112, 6128]), Anchor::Lits(&[2558, 5886])])])),
            // override-instructions-es-pt-it
            (61, Anchor::All(&[Anchor::Lits(&[2828, 2829, 3035, 3037, 3038, 4146, 4147, 4148, 4319, 4320, 4555, 4823, 4912, 4913, 4917, 5175, 5177, 5178]), Anchor::Lits(&[387, 388, 389, 413, 414, 475, 476, 477, 764, 765, 766, 768, 775, 1063, 1064, 1065, 1066, 1068, 1636])])),
            // override-instructions-fr
            (62, Anchor::Any(&[Anchor::Lits(&[3959, 3973, 4942, 4945]), Anchor::All(&[Anchor::Lits(&[330, 417, 785, 807, 1079, 1258]), Anchor::Lits(&[3874, 3971, 3972, 4762, 4763, 4941, 4943, 4944])])])),
            // override-instructions-de-nl
            (63, Anchor::All(&[Anchor::Lits(&[776, 777, 778, 995, 996, 1007, 1008, 1682, 1683, 1684, 1685]), Anchor::Lits(&[2579, 2658, 4321, 4353, 4883, 5173, 5174, 5251, 5252, 6190])])),
            // override-instructions-pl-tr
            (64, Anchor::Any(&[Anchor::All(&[Anchor::Lits(&[3982, 4802, 5022, 6797]), Anchor::Lits(&[4346, 4347, 5019, 5179, 6544, 6798])]), Anchor::All(&[Anchor::Lits(&[4577, 4578, 5619, 6546]), Anchor::Lits(&[3027, 3661, 6078, 6132, 6545]), Anchor::Lits(&[2726, 4876, 5410, 6059, 6161])])])),
            // override-instructions-ru
            (65, Anchor::Lits(&[6800, 6801, 6802, 6803, 6804])),
            // override-instructions-nordic-fi-hu-cs-uk
            (67, Anchor::All(&[Anchor::Lits(&[4344, 4345, 4350, 4352, 4575, 4872, 4873, 5018, 5023, 5176, 5180, 5284, 5597, 6158, 6799, 6802, 6805]), Anchor::Lits(&[246, 519, 520, 677, 678, 694, 695, 764, 767, 773, 774, 779, 780, 1062, 1336, 1415, 1443, 1654, 1655, 1665, 2411, 2412, 2413, 2414, 2415, 2416, 2417, 2418])])),
            // override-instructions-sea
            (68, Anchor::All(&[Anchor::Lits(&[1, 38, 180, 244, 703, 740, 741, 816, 857, 859, 876, 949, 961, 1119, 1250, 1691]), Anchor::Lits(&[2472, 2640, 2648, 2773, 2774, 3036, 3753, 4348, 4349, 4351, 4580, 4997, 5001, 5012, 5016, 5141, 5598, 6159])])),
        ],
    },
    // Squashed
    ViewAnchors {
        literals: Literals {
            bytes: b"\
abandon\
abandonanysandbox\
abandonsandbox\
abandonthesandbox\
abandonthissandbox\
abandonyour\
abandonyoursandbox\
abideby\
abidingby\
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
anthropics\
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
bypassanysandbox\
bypassed\
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
cannot\
cant\
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
didnot\
didnotapplied\
didnotapply\
didnotexist\
didnotmatter\
didnt\
didntapplied\
didntapply\
didntexist\
didntmatter\
directions\
directive\
directives\
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
dismiss\
disregard\
disregardanysandbox\
disregardinganysandbox\
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
doesanything\
doesnot\
doesnotapplied\
doesnotapply\
doesnotexist\
doesnotmatter\
doesnt\
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
donotexist\
donotfollow\
donotleaveincharacter\
donotmatter\
donotneed\
donotobey\
donotworryabout\
dont\
dontapplied\
dontapply\
dontbotherwith\
dontbreakcharacter\
dontbreakoutofcharacter\
dontcareabout\
dontexist\
dontfollow\
dontleaveincharacter\
dontmatter\
dontneed\
dontobey\
dontworryabout\
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
forget\
forgetanysandbox\
forgetsandbox\
forgetthesandbox\
forgetthissandbox\
forgettinganysandbox\
forgettingsandbox\
forgettingthesandbox\
forgettingthissandbox\
forgettingyour\
forgettingyoursandbox\
forgetyour\
forgetyoursandbox\
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
guidance\
guideline\
guidelines\
hack\
hacked\
hackermode\
harmful\
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
igggge\
igggne\
igggoe\
igggre\
iggnge\
iggnne\
iggnoe\
iggnre\
iggoge\
iggone\
iggooe\
iggore\
iggrge\
iggrne\
iggroe\
iggrre\
igngge\
igngne\
igngoe\
igngre\
ignnge\
ignnne\
ignnoe\
ignnre\
ignoge\
ignone\
ignooe\
ignora\
ignore\
ignoreanysandbox\
ignoresandbox\
ignorethesandbox\
ignorethissandbox\
ignoreyour\
ignoreyoursandbox\
ignoring\
ignoringanysandbox\
ignoringsandbox\
ignoringthesandbox\
ignoringthissandbox\
ignoringyour\
ignoringyoursandbox\
ignrge\
ignrne\
ignroe\
ignrre\
igogge\
igogne\
igogoe\
igogre\
igonge\
igonne\
igonoe\
igonre\
igooge\
igoone\
igoooe\
igoore\
igorge\
igorne\
igoroe\
igorre\
igrantyou\
igrgge\
igrgne\
igrgoe\
igrgre\
igrnge\
igrnne\
igrnoe\
igrnre\
igroge\
igrone\
igrooe\
igrore\
igrrge\
igrrne\
igrroe\
igrrre\
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
inggge\
inggne\
inggoe\
inggre\
ingnge\
ingnne\
ingnoe\
ingnre\
ingoge\
ingone\
ingooe\
ingore\
ingrge\
ingrne\
ingroe\
ingrre\
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
inngge\
inngne\
inngoe\
inngre\
innnge\
innnne\
innnoe\
innnre\
innoge\
innone\
innooe\
innore\
innrge\
innrne\
innroe\
innrre\
inogge\
inogne\
inogoe\
inogre\
inonge\
inonne\
inonoe\
inonre\
inooge\
inoone\
inoooe\
inoore\
inorge\
inorne\
inoroe\
inorre\
inoverridemode\
input\
inputgiventoyou\
inputsenttoyou\
inputyougot\
inputyouhave\
inputyoureceived\
inputyouweregiven\
inputyouweresent\
inrgge\
inrgne\
inrgoe\
inrgre\
inrnge\
inrnne\
inrnoe\
inrnre\
inroge\
inrone\
inrooe\
inrore\
inrrge\
inrrne\
inrroe\
inrrre\
instructedintoyou\
instructedinyou\
instructedtoyou\
instructedyou\
instruction\
instructions\
instructionsabove\
instructionsgiventoyou\
instructionssenttoyou\
instructionsyougot\
instructionsyouhave\
instructionsyoureceived\
instructionsyouweregiven\
instructionsyouweresent\
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
ioggge\
ioggne\
ioggoe\
ioggre\
iognge\
iognne\
iognoe\
iognre\
iogoge\
iogone\
iogooe\
iogore\
iogrge\
iogrne\
iogroe\
iogrre\
iongge\
iongne\
iongoe\
iongre\
ionnge\
ionnne\
ionnoe\
ionnre\
ionoge\
ionone\
ionooe\
ionore\
ionrge\
ionrne\
ionroe\
ionrre\
ioogge\
ioogne\
ioogoe\
ioogre\
ioonge\
ioonne\
ioonoe\
ioonre\
ioooge\
iooone\
iooooe\
iooore\
ioorge\
ioorne\
iooroe\
ioorre\
iorderyou\
iorgge\
iorgne\
iorgoe\
iorgre\
iornge\
iornne\
iornoe\
iornre\
ioroge\
iorone\
iorooe\
iorore\
iorrge\
iorrne\
iorroe\
iorrre\
ipermityou\
irggge\
irggne\
irggoe\
irggre\
irgnge\
irgnne\
irgnoe\
irgnre\
irgoge\
irgone\
irgooe\
irgore\
irgrge\
irgrne\
irgroe\
irgrre\
irngge\
irngne\
irngoe\
irngre\
irnnge\
irnnne\
irnnoe\
irnnre\
irnoge\
irnone\
irnooe\
irnore\
irnrge\
irnrne\
irnroe\
irnrre\
irogge\
irogne\
irogoe\
irogre\
ironge\
ironne\
ironoe\
ironre\
irooge\
iroone\
iroooe\
iroore\
irorge\
irorne\
iroroe\
irorre\
irrgge\
irrgne\
irrgoe\
irrgre\
irrnge\
irrnne\
irrnoe\
irrnre\
irroge\
irrone\
irrooe\
irrore\
irrrge\
irrrne\
irrroe\
irrrre\
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
neverleaveincharacter\
nevermatter\
nevermind\
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
nolongerlimitedby\
nolongermatter\
nolongerneed\
nolongerrestrictedby\
noneedto\
noneedtofollow\
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
omegamode\
omit\
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
openais\
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
overridden\
override\
overrideanysandbox\
overridesandbox\
overridethesandbox\
overridethissandbox\
overrideyour\
overrideyoursandbox\
overriding\
overridinganysandbox\
overridingsandbox\
overridingthesandbox\
overridingthissandbox\
overridingyour\
overridingyoursandbox\
overrule\
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
paused\
paynoattentionto\
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
previous\
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
prompt\
promptabove\
promptgiventoyou\
promptguard\
prompts\
promptsenttoyou\
promptyougot\
promptyouhave\
promptyoureceived\
promptyouweregiven\
promptyouweresent\
protections\
providedtoyou\
putallallofyour\
putallallyour\
putallofyour\
putallthe\
putallyour\
putaside\
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
roleplayas\
rule\
rulebreaking\
rules\
ruleswhatsoever\
runin\
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
snowflakeadded\
snowflakeconfigured\
snowflakedefined\
snowflakegave\
snowflakegive\
snowflakeimposed\
snowflakeplaced\
snowflakeput\
snowflakes\
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
stopfollowing\
stoplisteningto\
stopobeying\
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
theabove\
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
theaforementioned\
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
theforegoing\
theformer\
thegiven\
thehidden\
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
theold\
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
thepast\
thepe\
thepi\
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
thepo\
thepr\
thepu\
thepv\
thereareno\
therearezero\
thereisno\
thereiszero\
therereno\
thererezero\
theresno\
thereszero\
thesecret\
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
throwout\
tokensofthe\
tokensofyour\
toldintoyou\
toldinyou\
toldtoyou\
toldyou\
tooneside\
training\
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
whatabove\
whatactual\
whatareyou\
whatcommands\
whatcomplete\
whatconditioning\
whatconfidential\
whatconstraints\
whatcurrent\
whatdefault\
whatdidyou\
whatdidyour\
whatdirections\
whatdirective\
whatdoesyour\
whatdoyour\
whatelseisinsideyour\
whatelseisinyour\
whatelseiswithinyour\
whatelseisyour\
whatentire\
whatever\
whatexact\
whatfirst\
whatfull\
whatguardrails\
whatguidance\
whatguideline\
whathaveyou\
whathidden\
whatic\
whatii\
whatin\
whatio\
whatir\
whatis\
whatisinsideinsideyour\
whatisinsideinyour\
whatisinsidewithinyour\
whatisinsideyour\
whatisinyour\
whatiswithinyour\
whatisyour\
whatit\
whatiu\
whatlimitations\
whatopening\
whatoriginal\
whatprevious\
whatprior\
whatprivate\
whatprogramming\
whatprompt\
whatraw\
whatreal\
whatrestrictions\
whatrule\
whatsafeguards\
whatsecret\
whatsinsideinsideyour\
whatsinsideinyour\
whatsinsidewithinyour\
whatsinsideyour\
whatsinyour\
whatstarting\
whatswithinyour\
whatsyour\
whatsystem\
whattraining\
whatunderlying\
whatunfiltered\
whatverbatim\
whatveryfirst\
whatwasyou\
whatwereyou\
whatwhole\
whichabove\
whichactual\
whichapplytoyou\
whichbindsyou\
whichbindyou\
whichblocksyou\
whichblockyou\
whichbreaks\
whichbypasses\
whichcommands\
whichcomplete\
whichconditioning\
whichconfidential\
whichconstrainsyou\
whichconstraints\
whichconstrainyou\
whichcontrolsyou\
whichcontrolyou\
whichcurrent\
whichdefault\
whichdirections\
whichdirective\
whichdisregards\
whichdoesnotfollow\
whichdoesnothave\
whichdoesntfollow\
whichdoesnthave\
whichentire\
whichexact\
whichfirst\
whichforbidsyou\
whichforbidyou\
whichfull\
whichgovernsyou\
whichgovernyou\
whichguardrails\
whichguidance\
whichguideline\
whichhasno\
whichhidden\
whichic\
whichignores\
whichii\
whichin\
whichio\
whichir\
whichis\
whichisnotboundby\
whichisntboundby\
whichit\
whichiu\
whichkeepsyou\
whichkeepyou\
whichlimitations\
whichlimitsyou\
whichlimityou\
whichneverfollows\
whichneverrefuses\
whichopening\
whichoriginal\
whichpreventsyou\
whichpreventyou\
whichprevious\
whichprior\
whichprivate\
whichprogramming\
whichprompt\
whichraw\
whichreal\
whichrestrictions\
whichrestrictsyou\
whichrestrictyou\
whichrule\
whichsafeguards\
whichsaysyou\
whichsayyou\
whichsecret\
whichstarting\
whichstopsyou\
whichstopyou\
whichsystem\
whichtellyou\
whichtoldyou\
whichtraining\
whichunderlying\
whichunfiltered\
whichverbatim\
whichveryfirst\
whichwhole\
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
willnot\
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
wont\
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
youraforementioned\
youralteralterego\
youralterego\
youralteridentity\
youraltermode\
youralterpersona\
youralterself\
youralterside\
youraltertwin\
youralterversion\
yourassigned\
yourassignment\
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
yourearlier\
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
yourforegoing\
yourformer\
yourfull\
yourgiven\
yourgoal\
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
youridentity\
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
yourjob\
yourmetaprompt\
yourmission\
yourobjective\
yourold\
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
yourpast\
yourpe\
yourpersona\
yourpi\
yourpo\
yourpolicies\
yourpr\
yourpreamble\
yourpreprompt\
yourprevious\
yourprior\
yourprivate\
yourprogramming\
yourprompt\
yourpu\
yourpv\
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
yourrole\
yourrules\
yoursafety\
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
yourtask\
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
            ends: &[7, 24, 38, 55, 73, 84, 102, 109, 118, 123, 135, 153, 165, 180, 196, 210, 224, 235, 247, 261, 275, 292, 304, 315, 330, 345, 360, 378, 394, 405, 415, 434, 448, 461, 476, 496, 509, 521, 534, 555, 571, 580, 599, 602, 607, 615, 623, 633, 640, 659, 675, 691, 707, 725, 738, 752, 764, 775, 786, 796, 804, 814, 823, 826, 842, 856, 874, 881, 886, 891, 904, 915, 930, 950, 968, 990, 1001, 1010, 1027, 1042, 1061, 1078, 1093, 1112, 1128, 1142, 1160, 1178, 1194, 1214, 1227, 1245, 1261, 1281, 1294, 1305, 1320, 1332, 1342, 1356, 1380, 1402, 1428, 1443, 1456, 1477, 1496, 1519, 1540, 1559, 1582, 1602, 1620, 1642, 1664, 1684, 1708, 1725, 1747, 1767, 1791, 1805, 1817, 1833, 1842, 1856, 1868, 1884, 1891, 1897, 1907, 1918, 1924, 1932, 1940, 1955, 1976, 2005, 2038, 2065, 2093, 2119, 2145, 2172, 2186, 2208, 2234, 2254, 2275, 2294, 2313, 2333, 2347, 2369, 2395, 2415, 2436, 2455, 2474, 2494, 2510, 2534, 2562, 2584, 2607, 2628, 2649, 2671, 2685, 2704, 2720, 2733, 2746, 2762, 2777, 2789, 2799, 2811, 2829, 2843, 2846, 2854, 2875, 2894, 2917, 2929, 2939, 2957, 2973, 2993, 3011, 3027, 3047, 3064, 3079, 3098, 3117, 3134, 3155, 3169, 3188, 3205, 3226, 3233, 3246, 3266, 3280, 3301, 3318, 3329, 3341, 3360, 3373, 3393, 3409, 3419, 3433, 3454, 3469, 3491, 3509, 3521, 3533, 3552, 3565, 3585, 3601, 3611, 3624, 3636, 3648, 3663, 3677, 3696, 3708, 3716, 3721, 3725, 3735, 3744, 3753, 3761, 3771, 3780, 3791, 3801, 3810, 3823, 3835, 3847, 3858, 3871, 3883, 3897, 3910, 3922, 3934, 3944, 3954, 3962, 3968, 3982, 3995, 4008, 4020, 4034, 4047, 4062, 4076, 4089, 4106, 4122, 4138, 4153, 4170, 4186, 4204, 4221, 4237, 4247, 4255, 4265, 4275, 4288, 4297, 4302, 4306, 4312, 4318, 4333, 4351, 4367, 4382, 4395, 4410, 4423, 4435, 4446, 4464, 4480, 4495, 4508, 4523, 4543, 4558, 4572, 4588, 4598, 4610, 4627, 4650, 4667, 4687, 4708, 4727, 4746, 4762, 4779, 4798, 4817, 4839, 4856, 4872, 4892, 4912, 4932, 4955, 4976, 4992, 5010, 5026, 5047, 5062, 5076, 5089, 5104, 5117, 5127, 5144, 5167, 5184, 5204, 5225, 5244, 5263, 5279, 5296, 5315, 5334, 5356, 5373, 5389, 5409, 5429, 5449, 5472, 5493, 5509, 5523, 5545, 5562, 5572, 5591, 5608, 5624, 5644, 5658, 5674, 5688, 5703, 5709, 5717, 5727, 5736, 5748, 5767, 5780, 5800, 5816, 5826, 5837, 5855, 5867, 5886, 5901, 5910, 5923, 5943, 5957, 5978, 5995, 6006, 6017, 6035, 6047, 6066, 6081, 6090, 6098, 6108, 6113, 6124, 6138, 6160, 6177, 6202, 6222, 6247, 6267, 6295, 6318, 6344, 6365, 6394, 6418, 6444, 6465, 6494, 6518, 6538, 6557, 6571, 6593, 6610, 6632, 6649, 6674, 6694, 6717, 6735, 6761, 6782, 6805, 6823, 6849, 6870, 6882, 6888, 6904, 6912, 6931, 6947, 6966, 6986, 6999, 7019, 7032, 7048, 7065, 7075, 7092, 7098, 7106, 7115, 7128, 7134, 7138, 7145, 7155, 7164, 7175, 7190, 7206, 7210, 7220, 7240, 7263, 7283, 7306, 7330, 7347, 7371, 7388, 7408, 7429, 7443, 7464, 7473, 7489, 7507, 7521, 7537, 7552, 7568, 7583, 7601, 7616, 7630, 7647, 7656, 7665, 7675, 7687, 7695, 7714, 7732, 7753, 7770, 7786, 7805, 7824, 7845, 7862, 7881, 7899, 7920, 7938, 7955, 7975, 7987, 7999, 8012, 8027, 8043, 8063, 8079, 8092, 8109, 8122, 8131, 8141, 8151, 8160, 8170, 8177, 8185, 8198, 8208, 8230, 8252, 8278, 8290, 8310, 8334, 8357, 8384, 8405, 8423, 8449, 8475, 8505, 8521, 8545, 8573, 8600, 8631, 8656, 8678, 8704, 8724, 8743, 8769, 8791, 8813, 8829, 8844, 8866, 8884, 8899, 8921, 8937, 8960, 8979, 8992, 9006, 9027, 9042, 9064, 9082, 9094, 9110, 9133, 9150, 9174, 9194, 9208, 9222, 9243, 9258, 9280, 9298, 9310, 9322, 9347, 9369, 9391, 9413, 9437, 9456, 9476, 9494, 9511, 9528, 9544, 9550, 9563, 9573, 9597, 9622, 9633, 9652, 9667, 9686, 9693, 9706, 9720, 9732, 9745, 9760, 9773, 9792, 9805, 9819, 9826, 9839, 9847, 9857, 9869, 9886, 9895, 9905, 9912, 9921, 9937, 9955, 9969, 9985, 10000, 10016, 10031, 10049, 10064, 10078, 10095, 10104, 10113, 10123, 10135, 10143, 10162, 10180, 10201, 10218, 10234, 10253, 10272, 10293, 10310, 10329, 10347, 10368, 10386, 10403, 10423, 10435, 10447, 10460, 10475, 10491, 10511, 10527, 10540, 10557, 10570, 10579, 10589, 10599, 10612, 10632, 10646, 10667, 10684, 10695, 10707, 10726, 10739, 10759, 10775, 10785, 10799, 10820, 10835, 10857, 10875, 10887, 10899, 10918, 10931, 10951, 10967, 10977, 10980, 10987, 11003, 11013, 11033, 11044, 11061, 11081, 11102, 11116, 11137, 11149, 11171, 11190, 11212, 11235, 11251, 11274, 11280, 11296, 11309, 11325, 11342, 11352, 11369, 11386, 11399, 11416, 11426, 11448, 11467, 11486, 11505, 11526, 11542, 11555, 11572, 11587, 11601, 11615, 11629, 11642, 11649, 11655, 11668, 11679, 11690, 11702, 11707, 11719, 11729, 11739, 11750, 11760, 11769, 11779, 11786, 11803, 11811, 11825, 11842, 11860, 11871, 11889, 11898, 11917, 11933, 11952, 11972, 11985, 12005, 12012, 12019, 12028, 12047, 12069, 12088, 12110, 12133, 12149, 12172, 12188, 12207, 12227, 12240, 12260, 12265, 12277, 12284, 12298, 12310, 12322, 12335, 12341, 12354, 12365, 12376, 12388, 12393, 12405, 12415, 12434, 12458, 12472, 12482, 12493, 12514, 12525, 12534, 12543, 12558, 12562, 12573, 12582, 12596, 12614, 12637, 12650, 12659, 12669, 12689, 12699, 12707, 12715, 12729, 12733, 12741, 12745, 12766, 12785, 12808, 12820, 12830, 12848, 12864, 12884, 12902, 12918, 12938, 12955, 12970, 12989, 13008, 13025, 13046, 13060, 13079, 13096, 13117, 13124, 13131, 13140, 13146, 13154, 13160, 13165, 13178, 13192, 13200, 13206, 13222, 13237, 13248, 13258, 13268, 13286, 13299, 13317, 13330, 13351, 13367, 13386, 13400, 13422, 13439, 13449, 13468, 13482, 13504, 13521, 13529, 13547, 13564, 13576, 13596, 13611, 13631, 13646, 13669, 13687, 13708, 13724, 13748, 13767, 13779, 13800, 13816, 13840, 13859, 13877, 13891, 13908, 13927, 13939, 13945, 13950, 13965, 13977, 13992, 14008, 14017, 14033, 14040, 14057, 14071, 14088, 14106, 14117, 14135, 14140, 14150, 14173, 14194, 14219, 14233, 14245, 14265, 14283, 14305, 14325, 14343, 14365, 14384, 14401, 14422, 14443, 14462, 14485, 14501, 14522, 14541, 14564, 14586, 14606, 14630, 14643, 14654, 14673, 14690, 14711, 14730, 14747, 14768, 14786, 14802, 14822, 14842, 14860, 14882, 14897, 14917, 14935, 14957, 14966, 14970, 14978, 14999, 15028, 15061, 15088, 15116, 15142, 15168, 15195, 15214, 15241, 15272, 15297, 15323, 15347, 15371, 15396, 15417, 15446, 15479, 15506, 15534, 15560, 15586, 15613, 15637, 15659, 15681, 15714, 15755, 15800, 15839, 15879, 15917, 15955, 15994, 16021, 16056, 16095, 16128, 16162, 16194, 16226, 16259, 16269, 16282, 16302, 16316, 16337, 16354, 16365, 16377, 16396, 16409, 16429, 16445, 16455, 16469, 16490, 16505, 16527, 16545, 16557, 16569, 16588, 16601, 16621, 16637, 16647, 16653, 16660, 16682, 16694, 16700, 16719, 16746, 16777, 16802, 16828, 16852, 16876, 16901, 16913, 16933, 16957, 16975, 16994, 17011, 17028, 17046, 17058, 17078, 17102, 17120, 17139, 17156, 17173, 17191, 17205, 17227, 17253, 17273, 17294, 17313, 17332, 17352, 17359, 17369, 17379, 17387, 17397, 17404, 17417, 17426, 17432, 17448, 17461, 17477, 17494, 17514, 17531, 17551, 17572, 17586, 17607, 17617, 17634, 17640, 17649, 17661, 17673, 17683, 17695, 17704, 17719, 17730, 17739, 17751, 17763, 17773, 17785, 17794, 17809, 17820, 17830, 17841, 17860, 17873, 17886, 17900, 17913, 17923, 17937, 17948, 17960, 17968, 17977, 17988, 17996, 18012, 18038, 18061, 18087, 18114, 18134, 18161, 18175, 18199, 18220, 18244, 18269, 18294, 18304, 18315, 18335, 18361, 18381, 18404, 18428, 18450, 18472, 18491, 18511, 18533, 18555, 18580, 18600, 18619, 18642, 18665, 18688, 18714, 18738, 18757, 18782, 18813, 18838, 18866, 18895, 18922, 18949, 18973, 18998, 19025, 19052, 19082, 19107, 19131, 19159, 19187, 19215, 19246, 19275, 19299, 19312, 19326, 19337, 19346, 19355, 19362, 19371, 19390, 19406, 19425, 19445, 19458, 19478, 19495, 19507, 19527, 19542, 19562, 19577, 19600, 19618, 19639, 19655, 19679, 19698, 19719, 19735, 19759, 19778, 19786, 19804, 19819, 19837, 19856, 19875, 19888, 19911, 19931, 19954, 19978, 19995, 20019, 20030, 20039, 20049, 20058, 20065, 20069, 20076, 20085, 20094, 20100, 20104, 20110, 20123, 20138, 20149, 20162, 20174, 20187, 20199, 20214, 20226, 20237, 20251, 20257, 20263, 20270, 20279, 20284, 20300, 20315, 20333, 20347, 20360, 20376, 20392, 20410, 20424, 20440, 20455, 20473, 20488, 20502, 20519, 20528, 20537, 20547, 20559, 20572, 20589, 20602, 20612, 20626, 20636, 20642, 20649, 20656, 20661, 20671, 20680, 20690, 20698, 20707, 20717, 20721, 20727, 20737, 20744, 20763, 20779, 20795, 20811, 20827, 20845, 20857, 20870, 20884, 20896, 20907, 20918, 20928, 20944, 20956, 20975, 20988, 21008, 21024, 21034, 21045, 21063, 21075, 21094, 21109, 21118, 21131, 21151, 21165, 21186, 21203, 21214, 21225, 21243, 21255, 21274, 21289, 21298, 21303, 21309, 21323, 21332, 21345, 21356, 21364, 21370, 21376, 21382, 21388, 21394, 21400, 21406, 21412, 21418, 21424, 21430, 21436, 21442, 21448, 21454, 21460, 21466, 21472, 21478, 21484, 21490, 21496, 21502, 21508, 21514, 21520, 21526, 21532, 21538, 21554, 21567, 21583, 21600, 21610, 21627, 21635, 21653, 21668, 21686, 21705, 21717, 21736, 21742, 21748, 21754, 21760, 21766, 21772, 21778, 21784, 21790, 21796, 21802, 21808, 21814, 21820, 21826, 21832, 21838, 21844, 21850, 21856, 21865, 21871, 21877, 21883, 21889, 21895, 21901, 21907, 21913, 21919, 21925, 21931, 21937, 21943, 21949, 21955, 21961, 21975, 21988, 22002, 22017, 22036, 22053, 22068, 22086, 22100, 22115, 22131, 22145, 22157, 22164, 22171, 22182, 22190, 22206, 22221, 22234, 22252, 22266, 22284, 22292, 22296, 22302, 22308, 22314, 22320, 22326, 22332, 22338, 22344, 22350, 22356, 22362, 22368, 22374, 22380, 22386, 22392, 22399, 22419, 22436, 22453, 22470, 22489, 22503, 22517, 22526, 22540, 22555, 22568, 22580, 22592, 22603, 22611, 22625, 22643, 22658, 22672, 22678, 22684, 22690, 22696, 22702, 22708, 22714, 22720, 22726, 22732, 22738, 22744, 22750, 22756, 22762, 22768, 22774, 22780, 22786, 22792, 22798, 22804, 22810, 22816, 22822, 22828, 22834, 22840, 22846, 22852, 22858, 22864, 22878, 22883, 22898, 22912, 22923, 22935, 22951, 22968, 22984, 22990, 22996, 23002, 23008, 23014, 23020, 23026, 23032, 23038, 23044, 23050, 23056, 23062, 23068, 23074, 23080, 23097, 23112, 23127, 23140, 23151, 23163, 23180, 23202, 23223, 23241, 23260, 23283, 23307, 23330, 23351, 23369, 23387, 23405, 23425, 23440, 23456, 23470, 23483, 23496, 23508, 23525, 23542, 23560, 23577, 23593, 23612, 23624, 23643, 23668, 23687, 23709, 23732, 23753, 23774, 23792, 23811, 23832, 23853, 23877, 23896, 23914, 23936, 23958, 23980, 24005, 24028, 24046, 24071, 24102, 24127, 24155, 24184, 24211, 24238, 24262, 24287, 24314, 24341, 24371, 24396, 24420, 24448, 24476, 24504, 24535, 24564, 24588, 24594, 24600, 24606, 24612, 24618, 24624, 24630, 24636, 24642, 24648, 24654, 24660, 24666, 24672, 24678, 24684, 24690, 24696, 24702, 24708, 24714, 24720, 24726, 24732, 24738, 24744, 24750, 24756, 24762, 24768, 24774, 24780, 24786, 24792, 24798, 24804, 24810, 24816, 24822, 24828, 24834, 24840, 24846, 24852, 24858, 24864, 24870, 24876, 24885, 24891, 24897, 24903, 24909, 24915, 24921, 24927, 24933, 24939, 24945, 24951, 24957, 24963, 24969, 24975, 24981, 24991, 24997, 25003, 25009, 25015, 25021, 25027, 25033, 25039, 25045, 25051, 25057, 25063, 25069, 25075, 25081, 25087, 25093, 25099, 25105, 25111, 25117, 25123, 25129, 25135, 25141, 25147, 25153, 25159, 25165, 25171, 25177, 25183, 25189, 25195, 25201, 25207, 25213, 25219, 25225, 25231, 25237, 25243, 25249, 25255, 25261, 25267, 25273, 25279, 25285, 25291, 25297, 25303, 25309, 25315, 25321, 25327, 25333, 25339, 25345, 25351, 25357, 25363, 25369, 25375, 25387, 25398, 25410, 25418, 25435, 25450, 25462, 25476, 25494, 25507, 25527, 25541, 25557, 25574, 25590, 25601, 25619, 25631, 25647, 25660, 25676, 25692, 25710, 25729, 25745, 25758, 25773, 25789, 25808, 25822, 25843, 25858, 25875, 25894, 25912, 25932, 25945, 25965, 25982, 25992, 26004, 26023, 26036, 26053, 26067, 26084, 26101, 26115, 26137, 26163, 26183, 26204, 26223, 26242, 26262, 26274, 26294, 26318, 26336, 26355, 26372, 26389, 26407, 26421, 26443, 26469, 26489, 26510, 26529, 26548, 26568, 26585, 26600, 26615, 26623, 26649, 26683, 26721, 26753, 26786, 26817, 26848, 26880, 26900, 26928, 26960, 26986, 27013, 27038, 27063, 27089, 27105, 27119, 27132, 27142, 27153, 27168, 27183, 27196, 27212, 27226, 27236, 27247, 27256, 27266, 27273, 27281, 27285, 27292, 27309, 27324, 27338, 27349, 27361, 27377, 27391, 27408, 27423, 27434, 27446, 27456, 27467, 27475, 27484, 27491, 27500, 27513, 27517, 27531, 27537, 27548, 27562, 27577, 27585, 27600, 27610, 27619, 27628, 27636, 27646, 27655, 27666, 27676, 27685, 27698, 27710, 27722, 27733, 27746, 27758, 27772, 27785, 27797, 27807, 27818, 27831, 27851, 27865, 27886, 27903, 27914, 27923, 27936, 27948, 27967, 27980, 28000, 28016, 28026, 28040, 28061, 28076, 28098, 28116, 28128, 28134, 28150, 28162, 28181, 28194, 28214, 28230, 28240, 28249, 28259, 28269, 28280, 28296, 28308, 28324, 28335, 28343, 28364, 28393, 28426, 28453, 28481, 28507, 28533, 28560, 28574, 28596, 28622, 28642, 28663, 28682, 28701, 28721, 28735, 28757, 28783, 28803, 28824, 28843, 28862, 28882, 28898, 28922, 28950, 28972, 28995, 29016, 29037, 29059, 29065, 29070, 29079, 29093, 29114, 29129, 29151, 29169, 29181, 29194, 29214, 29228, 29249, 29266, 29277, 29292, 29314, 29330, 29353, 29372, 29385, 29398, 29418, 29432, 29453, 29470, 29481, 29487, 29506, 29521, 29540, 29557, 29565, 29581, 29599, 29616, 29630, 29645, 29664, 29684, 29703, 29716, 29730, 29748, 29767, 29785, 29802, 29816, 29830, 29844, 29860, 29871, 29883, 29893, 29902, 29911, 29919, 29926, 29936, 29948, 29956, 29962, 29971, 29978, 29984, 30000, 30013, 30029, 30046, 30056, 30073, 30083, 30103, 30120, 30140, 30161, 30175, 30196, 30201, 30213, 30223, 30242, 30266, 30276, 30287, 30308, 30319, 30328, 30340, 30348, 30360, 30373, 30381, 30393, 30401, 30415, 30430, 30443, 30458, 30471, 30485, 30502, 30516, 30528, 30548, 30556, 30570, 30584, 30602, 30609, 30618, 30628, 30640, 30655, 30660, 30665, 30676, 30688, 30695, 30699, 30715, 30731, 30751, 30768, 30793, 30822, 30845, 30869, 30891, 30913, 30936, 30946, 30964, 30986, 31002, 31019, 31034, 31049, 31065, 31071, 31085, 31103, 31120, 31141, 31156, 31168, 31188, 31208, 31232, 31242, 31260, 31282, 31303, 31328, 31347, 31363, 31380, 31395, 31410, 31430, 31444, 31457, 31477, 31493, 31505, 31525, 31549, 31567, 31586, 31603, 31620, 31638, 31654, 31664, 31673, 31689, 31701, 31710, 31713, 31724, 31735, 31750, 31765, 31781, 31799, 31819, 31834, 31850, 31862, 31868, 31884, 31900, 31920, 31940, 31961, 31984, 32009, 32029, 32050, 32067, 32086, 32107, 32123, 32140, 32154, 32170, 32181, 32193, 32202, 32206, 32212, 32217, 32231, 32253, 32279, 32299, 32320, 32339, 32358, 32378, 32390, 32410, 32434, 32452, 32471, 32488, 32505, 32523, 32537, 32559, 32585, 32605, 32626, 32645, 32664, 32684, 32701, 32716, 32731, 32757, 32791, 32829, 32861, 32894, 32925, 32956, 32988, 33008, 33036, 33068, 33094, 33121, 33146, 33171, 33197, 33204, 33209, 33220, 33236, 33249, 33259, 33269, 33282, 33294, 33303, 33310, 33319, 33334, 33345, 33365, 33382, 33399, 33416, 33435, 33449, 33464, 33477, 33489, 33501, 33512, 33521, 33530, 33542, 33548, 33556, 33577, 33595, 33613, 33631, 33651, 33661, 33676, 33692, 33706, 33719, 33732, 33744, 33752, 33762, 33770, 33788, 33803, 33821, 33840, 33852, 33871, 33881, 33901, 33918, 33938, 33959, 33973, 33994, 34002, 34016, 34031, 34046, 34062, 34078, 34092, 34105, 34115, 34126, 34141, 34154, 34170, 34184, 34194, 34205, 34214, 34224, 34231, 34239, 34248, 34258, 34264, 34280, 34290, 34299, 34306, 34323, 34338, 34352, 34363, 34375, 34391, 34405, 34422, 34437, 34448, 34460, 34470, 34481, 34489, 34498, 34511, 34519, 34525, 34533, 34549, 34562, 34575, 34588, 34603, 34613, 34624, 34633, 34641, 34649, 34656, 34670, 34681, 34688, 34696, 34706, 34716, 34726, 34731, 34743, 34764, 34780, 34795, 34812, 34834, 34849, 34863, 34874, 34889, 34912, 34930, 34941, 34962, 34982, 34999, 35016, 35033, 35052, 35066, 35081, 35094, 35106, 35118, 35129, 35138, 35155, 35170, 35185, 35198, 35209, 35215, 35226, 35242, 35253, 35260, 35275, 35287, 35300, 35317, 35335, 35352, 35363, 35376, 35391, 35404, 35416, 35425, 35435, 35443, 35453, 35461, 35475, 35487, 35502, 35515, 35524, 35534, 35542, 35551, 35557, 35569, 35577, 35583, 35591, 35598, 35611, 35615, 35632, 35646, 35660, 35674, 35690, 35701, 35713, 35723, 35732, 35741, 35749, 35759, 35768, 35776, 35783, 35788, 35800, 35814, 35829, 35837, 35854, 35860, 35867, 35875, 35882, 35889, 35897, 35904, 35911, 35920, 35929, 35938, 35947, 35957, 35966, 35982, 36005, 36022, 36046, 36066, 36080, 36091, 36103, 36125, 36140, 36162, 36178, 36201, 36220, 36233, 36250, 36274, 36292, 36317, 36338, 36353, 36368, 36390, 36406, 36429, 36448, 36461, 36468, 36476, 36483, 36488, 36498, 36502, 36514, 36519, 36534, 36539, 36548, 36558, 36564, 36575, 36592, 36606, 36618, 36631, 36647, 36658, 36672, 36688, 36702, 36714, 36729, 36747, 36758, 36772, 36784, 36798, 36812, 36822, 36835, 36846, 36857, 36866, 36880, 36888, 36893, 36912, 36928, 36944, 36960, 36978, 36991, 37005, 37017, 37028, 37039, 37049, 37061, 37074, 37087, 37102, 37115, 37131, 37149, 37166, 37186, 37199, 37213, 37227, 37242, 37253, 37262, 37271, 37278, 37293, 37306, 37318, 37327, 37337, 37345, 37359, 37371, 37386, 37399, 37408, 37418, 37426, 37435, 37441, 37446, 37453, 37471, 37487, 37502, 37514, 37527, 37544, 37559, 37577, 37593, 37605, 37618, 37629, 37641, 37650, 37660, 37668, 37686, 37701, 37719, 37738, 37750, 37769, 37776, 37793, 37807, 37824, 37842, 37853, 37871, 37879, 37887, 37897, 37901, 37915, 37934, 37950, 37963, 37976, 37992, 38007, 38019, 38029, 38041, 38059, 38073, 38078, 38090, 38108, 38120, 38135, 38151, 38165, 38179, 38190, 38202, 38216, 38230, 38247, 38259, 38270, 38285, 38300, 38315, 38333, 38349, 38360, 38376, 38400, 38428, 38450, 38473, 38494, 38515, 38537, 38551, 38573, 38599, 38619, 38640, 38659, 38678, 38698, 38714, 38738, 38766, 38788, 38811, 38832, 38853, 38875, 38894, 38911, 38928, 38956, 38992, 39032, 39066, 39101, 39134, 39167, 39201, 39223, 39253, 39287, 39315, 39344, 39371, 39398, 39426, 39439, 39457, 39472, 39484, 39496, 39511, 39525, 39536, 39547, 39564, 39577, 39589, 39606, 39620, 39631, 39642, 39656, 39669, 39679, 39689, 39705, 39717, 39724, 39743, 39758, 39777, 39785, 39806, 39824, 39842, 39860, 39880, 39895, 39911, 39925, 39938, 39951, 39963, 39973, 39984, 39995, 40011, 40023, 40039, 40049, 40060, 40077, 40089, 40095, 40110, 40123, 40142, 40156, 40175, 40195, 40215, 40232, 40250, 40268, 40278, 40285, 40289, 40304, 40317, 40332, 40343, 40348, 40355, 40372, 40386, 40403, 40421, 40432, 40450, 40458, 40465, 40472, 40489, 40498, 40512, 40529, 40547, 40558, 40576, 40594, 40610, 40625, 40637, 40650, 40662, 40684, 40703, 40725, 40748, 40764, 40787, 40798, 40808, 40825, 40840, 40849, 40867, 40883, 40902, 40918, 40930, 40949, 40969, 40982, 41002, 41013, 41025, 41034, 41042, 41052, 41058, 41077, 41093, 41109, 41125, 41142, 41160, 41173, 41187, 41199, 41210, 41221, 41231, 41264, 41305, 41350, 41389, 41429, 41467, 41505, 41544, 41570, 41604, 41642, 41674, 41707, 41738, 41769, 41801, 41827, 41861, 41899, 41931, 41964, 41995, 42026, 42058, 42086, 42122, 42162, 42196, 42231, 42264, 42297, 42331, 42358, 42393, 42432, 42465, 42499, 42531, 42563, 42596, 42616, 42644, 42676, 42702, 42729, 42754, 42779, 42805, 42825, 42853, 42885, 42911, 42938, 42963, 42988, 43014, 43036, 43066, 43100, 43128, 43157, 43184, 43211, 43239, 43245, 43255, 43275, 43292, 43312, 43333, 43347, 43368, 43373, 43386, 43397, 43408, 43417, 43428, 43437, 43446, 43453, 43464, 43468, 43477, 43487, 43501, 43513, 43524, 43537, 43549, 43559, 43571, 43588, 43604, 43619, 43633, 43647, 43664, 43679, 43695, 43709, 43723, 43736, 43750, 43763, 43772, 43783, 43799, 43814, 43826, 43837, 43850, 43862, 43878, 43894, 43909, 43923, 43939, 43954, 43965, 43975, 43987, 43998, 44009, 44020, 44023, 44031, 44044, 44062, 44077, 44089, 44101, 44116, 44137, 44163, 44186, 44206, 44226, 44249, 44271, 44290, 44309, 44334, 44355, 44369, 44380, 44391, 44408, 44421, 44438, 44446, 44461, 44478, 44491, 44506, 44520, 44535, 44549, 44566, 44580, 44593, 44609, 44617, 44625, 44634, 44645, 44652, 44670, 44687, 44707, 44723, 44738, 44756, 44774, 44794, 44810, 44828, 44845, 44865, 44882, 44898, 44917, 44928, 44939, 44951, 44965, 44980, 44999, 45014, 45026, 45042, 45054, 45062, 45071, 45080, 45095, 45117, 45141, 45161, 45183, 45204, 45226, 45247, 45271, 45292, 45312, 45335, 45350, 45365, 45381, 45399, 45413, 45438, 45462, 45489, 45512, 45534, 45559, 45584, 45611, 45634, 45659, 45683, 45710, 45734, 45757, 45783, 45801, 45819, 45838, 45859, 45881, 45907, 45929, 45948, 45971, 45990, 46005, 46021, 46037, 46052, 46072, 46089, 46103, 46117, 46134, 46150, 46163, 46176, 46195, 46210, 46228, 46251, 46271, 46288, 46305, 46325, 46344, 46360, 46376, 46398, 46416, 46428, 46437, 46445, 46454, 46465, 46483, 46503, 46519, 46537, 46554, 46572, 46589, 46609, 46626, 46642, 46661, 46672, 46683, 46695, 46709, 46719, 46740, 46760, 46783, 46802, 46820, 46841, 46862, 46885, 46904, 46925, 46945, 46968, 46988, 47007, 47029, 47043, 47057, 47072, 47089, 47107, 47129, 47147, 47162, 47181, 47196, 47207, 47219, 47231, 47237, 47250, 47266, 47287, 47305, 47320, 47335, 47353, 47370, 47384, 47401, 47423, 47442, 47456, 47472, 47488, 47507, 47527, 47545, 47560, 47575, 47596, 47613, 47629, 47642, 47649, 47654, 47659, 47675, 47696, 47714, 47729, 47744, 47762, 47779, 47793, 47807, 47827, 47843, 47848, 47853, 47858, 47863, 47873, 47885, 47894, 47905, 47914, 47925, 47933, 47943, 47952, 47966, 47985, 48001, 48014, 48027, 48043, 48058, 48070, 48082, 48100, 48114, 48134, 48152, 48174, 48185, 48194, 48211, 48226, 48245, 48262, 48277, 48296, 48312, 48326, 48344, 48362, 48378, 48398, 48411, 48429, 48445, 48465, 48474, 48488, 48499, 48507, 48515, 48528, 48546, 48561, 48573, 48585, 48600, 48614, 48625, 48636, 48653, 48666, 48677, 48684, 48694, 48701, 48708, 48721, 48730, 48747, 48756, 48772, 48790, 48804, 48820, 48835, 48851, 48866, 48884, 48899, 48913, 48930, 48939, 48948, 48958, 48970, 48978, 48997, 49015, 49036, 49053, 49069, 49088, 49107, 49128, 49145, 49164, 49182, 49203, 49221, 49238, 49258, 49270, 49282, 49295, 49310, 49326, 49346, 49362, 49375, 49392, 49405, 49414, 49424, 49434, 49450, 49473, 49498, 49519, 49542, 49564, 49587, 49609, 49634, 49656, 49677, 49701, 49717, 49733, 49750, 49769, 49784, 49810, 49835, 49863, 49887, 49910, 49936, 49962, 49990, 50014, 50040, 50065, 50093, 50118, 50142, 50169, 50188, 50207, 50227, 50249, 50272, 50299, 50322, 50342, 50366, 50386, 50402, 50419, 50436, 50448, 50467, 50488, 50505, 50524, 50542, 50561, 50579, 50600, 50618, 50635, 50655, 50667, 50679, 50692, 50707, 50718, 50740, 50761, 50785, 50805, 50824, 50846, 50868, 50892, 50912, 50934, 50955, 50979, 51000, 51020, 51043, 51058, 51073, 51089, 51107, 51126, 51149, 51168, 51184, 51204, 51220, 51232, 51245, 51258, 51266, 51274, 51283, 51291, 51302, 51314, 51325, 51334, 51343, 51350, 51359, 51367, 51382, 51398, 51411, 51419, 51435, 51449, 51462, 51472, 51483, 51493, 51513, 51530, 51550, 51571, 51585, 51606, 51614, 51629, 51642, 51649, 51665, 51679, 51696, 51710, 51720, 51737, 51755, 51766, 51784, 51793, 51803, 51809, 51816, 51824, 51833, 51840, 51849, 51860, 51870, 51884, 51896, 51905, 51918, 51933, 51945, 51968, 51988, 52008, 52028, 52050, 52067, 52085, 52101, 52116, 52131, 52145, 52154, 52173, 52189, 52208, 52228, 52241, 52261, 52270, 52280, 52294, 52301, 52310, 52323, 52329, 52341, 52352, 52364, 52376, 52392, 52402, 52412, 52426, 52434, 52441, 52463, 52482, 52501, 52520, 52541, 52557, 52574, 52589, 52603, 52617, 52630, 52637, 52641, 52647, 52653, 52667, 52682, 52691, 52695, 52704, 52714, 52724, 52736, 52748, 52764, 52780, 52795, 52806, 52817, 52827, 52838, 52852, 52865, 52877, 52887, 52907, 52923, 52943, 52957, 52967, 52975, 52984, 52993, 53001, 53015, 53027, 53040, 53051, 53061, 53067, 53073, 53079, 53085, 53091, 53097, 53119, 53137, 53159, 53175, 53187, 53203, 53213, 53219, 53225, 53240, 53251, 53263, 53275, 53284, 53295, 53310, 53320, 53327, 53335, 53351, 53359, 53373, 53383, 53404, 53421, 53442, 53457, 53468, 53480, 53495, 53504, 53514, 53526, 53540, 53554, 53566, 53579, 53589, 53600, 53609, 53619, 53630, 53645, 53658, 53670, 53684, 53697, 53708, 53721, 53734, 53747, 53764, 53781, 53799, 53815, 53832, 53848, 53863, 53875, 53887, 53902, 53916, 53931, 53949, 53965, 53982, 53997, 54008, 54018, 54028, 54043, 54057, 54066, 54081, 54095, 54110, 54123, 54137, 54147, 54158, 54165, 54177, 54184, 54191, 54198, 54205, 54212, 54229, 54245, 54252, 54259, 54272, 54284, 54300, 54314, 54327, 54344, 54361, 54373, 54386, 54402, 54417, 54430, 54440, 54452, 54468, 54479, 54487, 54496, 54513, 54530, 54546, 54555, 54570, 54582, 54593, 54604, 54617, 54630, 54642, 54653, 54665, 54677, 54690, 54705, 54720, 54733, 54747, 54757, 54766, 54777, 54790, 54806, 54820, 54835, 54848, 54856, 54866, 54881, 54895, 54910, 54925, 54939, 54946, 54958, 54974, 54981, 55001, 55017, 55034, 55054, 55070, 55092, 55107, 55124, 55137, 55151, 55168, 55181, 55200, 55212, 55230, 55245, 55263, 55282, 55296, 55316, 55329, 55333, 55343, 55354, 55364, 55384, 55401, 55421, 55442, 55456, 55477, 55489, 55499, 55509, 55517, 55534, 55547, 55564, 55576, 55586, 55596, 55604, 55610, 55621, 55634, 55645, 55653, 55669, 55683, 55698, 55717, 55735, 55751, 55766, 55778, 55788, 55801, 55812, 55826, 55842, 55854, 55868, 55885, 55906, 55923, 55938, 55951, 55962, 55976, 55986, 55992, 56005, 56018, 56036, 56054, 56068, 56080, 56095, 56108, 56120, 56133, 56145, 56160, 56172, 56183, 56197, 56206, 56218, 56226, 56236, 56242, 56253, 56264, 56280, 56296, 56308, 56318, 56331, 56337, 56352, 56367, 56387, 56407, 56423, 56437, 56454, 56460, 56467, 56492, 56515, 56543, 56568, 56596, 56621, 56648, 56670, 56685, 56703, 56719, 56740, 56758, 56774, 56795, 56814, 56834, 56852, 56872, 56893, 56910, 56925, 56943, 56962, 56976, 56993, 57011, 57020, 57033, 57038, 57045, 57055, 57061, 57068, 57077, 57090, 57100, 57109, 57125, 57140, 57158, 57172, 57185, 57201, 57217, 57235, 57249, 57265, 57280, 57298, 57313, 57327, 57344, 57353, 57362, 57372, 57384, 57397, 57414, 57427, 57437, 57452, 57466, 57483, 57493, 57506, 57510, 57519, 57529, 57547, 57564, 57576, 57593, 57606, 57622, 57635, 57648, 57661, 57677, 57689, 57703, 57719, 57740, 57758, 57773, 57788, 57806, 57823, 57837, 57851, 57871, 57887, 57899, 57915, 57925, 57940, 57951, 57968, 57985, 58008, 58033, 58054, 58077, 58103, 58133, 58159, 58183, 58205, 58225, 58248, 58267, 58289, 58308, 58329, 58345, 58361, 58378, 58397, 58416, 58438, 58464, 58482, 58504, 58519, 58539, 58554, 58575, 58593, 58609, 58628, 58645, 58656, 58672, 58683, 58699, 58711, 58726, 58738, 58750, 58762, 58777, 58788, 58806, 58829, 58849, 58866, 58883, 58903, 58922, 58938, 58957, 58982, 59009, 59032, 59057, 59085, 59117, 59145, 59171, 59195, 59217, 59242, 59263, 59287, 59308, 59324, 59347, 59365, 59383, 59402, 59423, 59444, 59468, 59496, 59518, 59538, 59562, 59579, 59601, 59618, 59641, 59661, 59679, 59700, 59719, 59737, 59751, 59765, 59770, 59781, 59792, 59810, 59834, 59852, 59873, 59895, 59915, 59935, 59952, 59970, 59990, 60010, 60033, 60051, 60068, 60089, 60110, 60131, 60155, 60177, 60194, 60207, 60221, 60239, 60249, 60265, 60276, 60292, 60304, 60319, 60331, 60343, 60355, 60370, 60379, 60388, 60401, 60411, 60419, 60428, 60436, 60450, 60464, 60474, 60492, 60505, 60523, 60537, 60554, 60568, 60582, 60596, 60613, 60625, 60636, 60653, 60665, 60682, 60695, 60711, 60724, 60737, 60750, 60766, 60782, 60794, 60816, 60833, 60855, 60873, 60894, 60912, 60930, 60948, 60969, 60976, 60990, 61001, 61014, 61021, 61032, 61052, 61067, 61087, 61103, 61122, 61138, 61154, 61170, 61189, 61201, 61209, 61215, 61226, 61232, 61238, 61250, 61256, 61268, 61281, 61293, 61302, 61313, 61328, 61338, 61344, 61350, 61357, 61365, 61381, 61392, 61408, 61420, 61435, 61447, 61459, 61471, 61486, 61502, 61510, 61519, 61529, 61539, 61557, 61570, 61588, 61602, 61619, 61633, 61647, 61661, 61678, 61689, 61707, 61727, 61743, 61761, 61778, 61796, 61813, 61833, 61850, 61866, 61885, 61896, 61907, 61919, 61933, 61943, 61964, 61984, 62007, 62026, 62044, 62065, 62086, 62109, 62128, 62149, 62169, 62192, 62212, 62231, 62253, 62267, 62281, 62296, 62313, 62331, 62353, 62371, 62386, 62405, 62420, 62431, 62443, 62455, 62464, 62482, 62495, 62513, 62527, 62544, 62558, 62572, 62586, 62603, 62615, 62625, 62633, 62645, 62661, 62672, 62688, 62700, 62715, 62727, 62739, 62751, 62766, 62788, 62805, 62827, 62845, 62866, 62884, 62902, 62920, 62941, 62955, 62969, 62991, 63008, 63030, 63048, 63069, 63087, 63105, 63123, 63144, 63164, 63179, 63199, 63215, 63234, 63250, 63266, 63282, 63301, 63325, 63344, 63368, 63388, 63411, 63431, 63451, 63471, 63494, 63506, 63519, 63528, 63538, 63547, 63559, 63570, 63579, 63586, 63596, 63619, 63640, 63666, 63689, 63715, 63738, 63763, 63783, 63799, 63813, 63832, 63848, 63862, 63881, 63898, 63916, 63932, 63950, 63969, 63984, 63997, 64013, 64025, 64031, 64042, 64053, 64069, 64085, 64097, 64107, 64120, 64127, 64139, 64151, 64170, 64195, 64214, 64236, 64259, 64280, 64301, 64319, 64338, 64359, 64380, 64404, 64423, 64441, 64463, 64485, 64507, 64532, 64555, 64573, 64590, 64607, 64620, 64631, 64645, 64652, 64661, 64668],
        },
        rules: &[
            // override-earlier-instructions
            (0, Anchor::Any(&[Anchor::Lits(&[0, 437, 762, 763, 764, 777, 794, 796, 800, 801, 805, 808, 810, 814, 815, 1070, 1324, 1325, 1326, 1327, 1328, 1329, 1330, 1331, 1332, 1333, 1334, 1335, 1336, 1337, 1338, 1339, 1340, 1341, 1342, 1343, 1344, 1345, 1346, 1347, 1348, 1349, 1350, 1351, 1352, 1359, 1366, 1367, 1368, 1369, 1370, 1371, 1372, 1373, 1374, 1375, 1376, 1377, 1378, 1379, 1380, 1381, 1382, 1383, 1384, 1385, 1387, 1388, 1389, 1390, 1391, 1392, 1393, 1394, 1395, 1396, 1397, 1398, 1399, 1400, 1401, 1402, 1428, 1429, 1430, 1431, 1432, 1433, 1434, 1435, 1436, 1437, 1438, 1439, 1440, 1441, 1442, 1443, 1464, 1465, 1466, 1467, 1468, 1469, 1470, 1471, 1472, 1473, 1474, 1475, 1476, 1477, 1478, 1479, 1480, 1481, 1482, 1483, 1484, 1485, 1486, 1487, 1488, 1489, 1490, 1491, 1492, 1493, 1494, 1495, 1505, 1506, 1507, 1508, 1509, 1510, 1511, 1512, 1513, 1514, 1515, 1516, 1517, 1518, 1519, 1520, 1593, 1594, 1595, 1596, 1597, 1598, 1599, 1600, 1601, 1602, 1603, 1604, 1605, 1606, 1607, 1608, 1609, 1610, 1611, 1612, 1613, 1614, 1615, 1616, 1617, 1618, 1619, 1620, 1621, 1622, 1623, 1624, 1625, 1626, 1627, 1628, 1629, 1630, 1631, 1632, 1633, 1634, 1635, 1636, 1637, 1638, 1639, 1640, 1642, 1643, 1644, 1645, 1646, 1647, 1648, 1649, 1650, 1651, 1652, 1653, 1654, 1655, 1656, 1657, 1659, 1660, 1661, 1662, 1663, 1664, 1665, 1666, 1667, 1668, 1669, 1670, 1671, 1672, 1673, 1674, 1675, 1676, 1677, 1678, 1679, 1680, 1681, 1682, 1683, 1684, 1685, 1686, 1687, 1688, 1689, 1690, 1691, 1692, 1693, 1694, 1695, 1696, 1697, 1698, 1699, 1700, 1701, 1702, 1703, 1704, 1705, 1706, 1707, 1708, 1709, 1710, 1711, 1712, 1713, 1714, 1715, 1716, 1717, 1718, 1719, 1720, 1721, 1722, 2010, 2031, 2034, 2047, 2053, 2065, 2156, 2244, 2246, 2253, 2260, 2283, 2374, 2493, 2527, 2571, 2710, 2711, 2712, 2713, 3332, 3333, 3408]), Anchor::All(&[Anchor::Lits(&[525, 582, 603, 617, 693, 744, 746, 911, 1271, 1272, 1274, 1427, 1497, 1526, 1979, 2230, 2355, 2356, 2419, 2462, 2466, 2692, 2770, 2848, 2858, 3194, 3341]), Anchor::Lits(&[0, 437, 762, 763, 764, 777, 794, 796, 800, 801, 805, 808, 810, 814, 815, 1070, 1324, 1325, 1326, 1327, 1328, 1329, 1330, 1331, 1332, 1333, 1334, 1335, 1336, 1337, 1338, 1339, 1340, 1341, 1342, 1343, 1344, 1345, 1346, 1347, 1348, 1349, 1350, 1351, 1352, 1359, 1366, 1367, 1368, 1369, 1370, 1371, 1372, 1373, 1374, 1375, 1376, 1377, 1378, 1379, 1380, 1381, 1382, 1383, 1384, 1385, 1387, 1388, 1389, 1390, 1391, 1392, 1393, 1394, 1395, 1396, 1397, 1398, 1399, 1400, 1401, 1402, 1428, 1429, 1430, 1431, 1432, 1433, 1434, 1435, 1436, 1437, 1438, 1439, 1440, 1441, 1442, 1443, 1464, 1465, 1466, 1467, 1468, 1469, 1470, 1471, 1472, 1473, 1474, 1475, 1476, 1477, 1478, 1479, 1480, 1481, 1482, 1483, 1484, 1485, 1486, 1487, 1488, 1489, 1490, 1491, 1492, 1493, 1494, 1495, 1505, 1506, 1507, 1508, 1509, 1510, 1511, 1512, 1513, 1514, 1515, 1516, 1517, 1518, 1519, 1520, 1593, 1594, 1595, 1596, 1597, 1598, 1599, 1600, 1601, 1602, 1603, 1604, 1605, 1606, 1607, 1608, 1609, 1610, 1611, 1612, 1613, 1614, 1615, 1616, 1617, 1618, 1619, 1620, 1621, 1622, 1623, 1624, 1625, 1626, 1627, 1628, 1629, 1630, 1631, 1632, 1633, 1634, 1635, 1636, 1637, 1638, 1639, 1640, 1642, 1643, 1644, 1645, 1646, 1647, 1648, 1649, 1650, 1651, 1652, 1653, 1654, 1655, 1656, 1657, 1659, 1660, 1661, 1662, 1663, 1664, 1665, 1666, 1667, 1668, 1669, 1670, 1671, 1672, 1673, 1674, 1675, 1676, 1677, 1678, 1679, 1680, 1681, 1682, 1683, 1684, 1685, 1686, 1687, 1688, 1689, 1690, 1691, 1692, 1693, 1694, 1695, 1696, 1697, 1698, 1699, 1700, 1701, 1702, 1703, 1704, 1705, 1706, 1707, 1708, 1709, 1710, 1711, 1712, 1713, 1714, 1715, 1716, 1717, 1718, 1719, 1720, 1721, 1722, 2010, 2031, 2034, 2047, 2053, 2065, 2156, 2244, 2246, 2253, 2260, 2283, 2374, 2493, 2527, 2571, 2710, 2711, 2712, 2713, 3332, 3333, 3408]), Anchor::Lits(&[63, 180, 910])]), Anchor::All(&[Anchor::Lits(&[9, 337, 1128, 1129, 1214, 2368, 2584, 3420, 3421, 3714, 3745, 3922, 4182, 4203, 4227]), Anchor::Lits(&[0, 437, 762, 763, 764, 777, 794, 796, 800, 801, 805, 808, 810, 814, 815, 1070, 1324, 1325, 1326, 1327, 1328, 1329, 1330, 1331, 1332, 1333, 1334, 1335, 1336, 1337, 1338, 1339, 1340, 1341, 1342, 1343, 1344, 1345, 1346, 1347, 1348, 1349, 1350, 1351, 1352, 1359, 1366, 1367, 1368, 1369, 1370, 1371, 1372, 1373, 1374, 1375, 1376, 1377, 1378, 1379, 1380, 1381, 1382, 1383, 1384, 1385, 1387, 1388, 1389, 1390, 1391, 1392, 1393, 1394, 1395, 1396, 1397, 1398, 1399, 1400, 1401, 1402, 1428, 1429, 1430, 1431, 1432, 1433, 1434, 1435, 1436, 1437, 1438, 1439, 1440, 1441, 1442, 1443, 1464, 1465, 1466, 1467, 1468, 1469, 1470, 1471, 1472, 1473, 1474, 1475, 1476, 1477, 1478, 1479, 1480, 1481, 1482, 1483, 1484, 1485, 1486, 1487, 1488, 1489, 1490, 1491, 1492, 1493, 1494, 1495, 1505, 1506, 1507, 1508, 1509, 1510, 1511, 1512, 1513, 1514, 1515, 1516, 1517, 1518, 1519, 1520, 1593, 1594, 1595, 1596, 1597, 1598, 1599, 1600, 1601, 1602, 1603, 1604, 1605, 1606, 1607, 1608, 1609, 1610, 1611, 1612, 1613, 1614, 1615, 1616, 1617, 1618, 1619, 1620, 1621, 1622, 1623, 1624, 1625, 1626, 1627, 1628, 1629, 1630, 1631, 1632, 1633, 1634, 1635, 1636, 1637, 1638, 1639, 1640, 1642, 1643, 1644, 1645, 1646, 1647, 1648, 1649, 1650, 1651, 1652, 1653, 1654, 1655, 1656, 1657, 1659, 1660, 1661, 1662, 1663, 1664, 1665, 1666, 1667, 1668, 1669, 1670, 1671, 1672, 1673, 1674, 1675, 1676, 1677, 1678, 1679, 1680, 1681, 1682, 1683, 1684, 1685, 1686, 1687, 1688, 1689, 1690, 1691, 1692, 1693, 1694, 1695, 1696, 1697, 1698, 1699, 1700, 1701, 1702, 1703, 1704, 1705, 1706, 1707, 1708, 1709, 1710, 1711, 1712, 1713, 1714, 1715, 1716, 1717, 1718, 1719, 1720, 1721, 1722, 2010, 2031, 2034, 2047, 2053, 2065, 2156, 2244, 2246, 2253, 2260, 2283, 2374, 2493, 2527, 2571, 2710, 2711, 2712, 2713, 3332, 3333, 3408])])])),
            // override-all-instructions
            (1, Anchor::Any(&[Anchor::Lits(&[168, 169, 170, 171, 172, 173, 174, 175, 177, 178, 179, 724, 725, 728, 1062, 1063, 1064, 1065, 1066, 1067, 1068, 1069, 1083, 1084, 1085, 1086, 1087, 1088, 1089, 1090, 1091, 1092, 1093, 1094, 1095, 1096, 1097, 1098, 1099, 1100, 1101, 1102, 1103, 1104, 1105, 1106, 1107, 1108, 1109, 1110, 1111, 1284, 1288, 1455, 1527, 1797, 2000, 2204, 2205, 2206, 2207, 2208, 2209, 2210, 2211, 2213, 2214, 2215, 2240, 2313, 2357, 2572, 2573, 2574, 2575, 2576, 2577, 2578, 2579, 2581, 2582, 2583, 2648, 2649, 2650, 2651, 2652, 2653, 2654, 2655, 2656, 2657, 2658, 2659, 2660, 2661, 2662, 2663, 2664, 2665, 2666, 2667, 2668, 2669, 2768, 2770, 2772, 2857, 2903, 2904, 2905, 2906, 2907, 2908, 2909, 2910, 2911, 2912, 2913, 2914, 2915, 2916, 2917, 2918, 2919, 2920, 2921, 2922, 2923, 2924, 3016, 3017, 3018, 3019, 3020, 3021, 3022, 3023, 3024, 3025, 3026, 3027, 3028, 3029, 3030, 3031, 3032, 3033, 3034, 3035, 3036, 3037, 3089, 3090, 3091, 3092, 3093, 3094, 3095, 3096, 3097, 3098, 3099, 3100, 3101, 3102, 3103, 3104, 3105, 3106, 3107, 3108, 3109, 3110, 3115, 3116, 3117, 3118, 3119, 3120, 3121, 3122, 3123, 3124, 3125, 3139, 3140, 3141, 3142, 3143, 3144, 3145, 3146, 3147, 3148, 3149, 3171, 3172, 3173, 3174, 3175, 3176, 3177, 3178, 3179, 3180, 3181, 3182, 3183, 3184, 3185, 3186, 3187, 3189, 3190, 3191, 3192, 3193, 3330, 3331, 3813, 3814, 3815, 3816, 3817, 3818, 3819, 3820, 3821, 3822, 3823, 3830, 3843, 3844, 3846, 3847, 3850, 3853, 3855, 3857, 3858, 3862, 3874, 3875, 3876, 3877, 3878, 3879, 3880, 3881, 3882, 3895, 3896, 3897, 3899, 3900, 3903, 3906, 3907, 3909, 3911, 3912, 3916, 3917]), Anchor::All(&[Anchor::Lits(&[0, 437, 762, 763, 764, 777, 794, 796, 800, 801, 805, 808, 810, 814, 815, 1070, 1324, 1325, 1326, 1327, 1328, 1329, 1330, 1331, 1332, 1333, 1334, 1335, 1336, 1337, 1338, 1339, 1340, 1341, 1342, 1343, 1344, 1345, 1346, 1347, 1348, 1349, 1350, 1351, 1352, 1359, 1366, 1367, 1368, 1369, 1370, 1371, 1372, 1373, 1374, 1375, 1376, 1377, 1378, 1379, 1380, 1381, 1382, 1383, 1384, 1385, 1387, 1388, 1389, 1390, 1391, 1392, 1393, 1394, 1395, 1396, 1397, 1398, 1399, 1400, 1401, 1402, 1428, 1429, 1430, 1431, 1432, 1433, 1434, 1435, 1436, 1437, 1438, 1439, 1440, 1441, 1442, 1443, 1464, 1465, 1466, 1467, 1468, 1469, 1470, 1471, 1472, 1473, 1474, 1475, 1476, 1477, 1478, 1479, 1480, 1481, 1482, 1483, 1484, 1485, 1486, 1487, 1488, 1489, 1490, 1491, 1492, 1493, 1494, 1495, 1505, 1506, 1507, 1508, 1509, 1510, 1511, 1512, 1513, 1514, 1515, 1516, 1517, 1518, 1519, 1520, 1593, 1594, 1595, 1596, 1597, 1598, 1599, 1600, 1601, 1602, 1603, 1604, 1605, 1606, 1607, 1608, 1609, 1610, 1611, 1612, 1613, 1614, 1615, 1616, 1617, 1618, 1619, 1620, 1621, 1622, 1623, 1624, 1625, 1626, 1627, 1628, 1629, 1630, 1631, 1632, 1633, 1634, 1635, 1636, 1637, 1638, 1639, 1640, 1642, 1643, 1644, 1645, 1646, 1647, 1648, 1649, 1650, 1651, 1652, 1653, 1654, 1655, 1656, 1657, 1659, 1660, 1661, 1662, 1663, 1664, 1665, 1666, 1667, 1668, 1669, 1670, 1671, 1672, 1673, 1674, 1675, 1676, 1677, 1678, 1679, 1680, 1681, 1682, 1683, 1684, 1685, 1686, 1687, 1688, 1689, 1690, 1691, 1692, 1693, 1694, 1695, 1696, 1697, 1698, 1699, 1700, 1701, 1702, 1703, 1704, 1705, 1706, 1707, 1708, 1709, 1710, 1711, 1712, 1713, 1714, 1715, 1716, 1717, 1718, 1719, 1720, 1721, 1722, 2010, 2031, 2034, 2047, 2053, 2065, 2156, 2244, 2246, 2253, 2260, 2283, 2374, 2493, 2527, 2571, 2710, 2711, 2712, 2713, 3332, 3333, 3408]), Anchor::Lits(&[63, 180, 910, 3798])]), Anchor::All(&[Anchor::Lits(&[524, 745, 1270, 1273, 1525, 1876, 2356, 2434, 2460, 2465, 2468]), Anchor::Lits(&[180, 818, 910]), Anchor::Lits(&[0, 437, 762, 763, 764, 777, 794, 796, 800, 801, 805, 808, 810, 814, 815, 1070, 1324, 1325, 1326, 1327, 1328, 1329, 1330, 1331, 1332, 1333, 1334, 1335, 1336, 1337, 1338, 1339, 1340, 1341, 1342, 1343, 1344, 1345, 1346, 1347, 1348, 1349, 1350, 1351, 1352, 1359, 1366, 1367, 1368, 1369, 1370, 1371, 1372, 1373, 1374, 1375, 1376, 1377, 1378, 1379, 1380, 1381, 1382, 1383, 1384, 1385, 1387, 1388, 1389, 1390, 1391, 1392, 1393, 1394, 1395, 1396, 1397, 1398, 1399, 1400, 1401, 1402, 1428, 1429, 1430, 1431, 1432, 1433, 1434, 1435, 1436, 1437, 1438, 1439, 1440, 1441, 1442, 1443, 1464, 1465, 1466, 1467, 1468, 1469, 1470, 1471, 1472, 1473, 1474, 1475, 1476, 1477, 1478, 1479, 1480, 1481, 1482, 1483, 1484, 1485, 1486, 1487, 1488, 1489, 1490, 1491, 1492, 1493, 1494, 1495, 1505, 1506, 1507, 1508, 1509, 1510, 1511, 1512, 1513, 1514, 1515, 1516, 1517, 1518, 1519, 1520, 1593, 1594, 1595, 1596, 1597, 1598, 1599, 1600, 1601, 1602, 1603, 1604, 1605, 1606, 1607, 1608, 1609, 1610, 1611, 1612, 1613, 1614, 1615, 1616, 1617, 1618, 1619, 1620, 1621, 1622, 1623, 1624, 1625, 1626, 1627, 1628, 1629, 1630, 1631, 1632, 1633, 1634, 1635, 1636, 1637, 1638, 1639, 1640, 1642, 1643, 1644, 1645, 1646, 1647, 1648, 1649, 1650, 1651, 1652, 1653, 1654, 1655, 1656, 1657, 1659, 1660, 1661, 1662, 1663, 1664, 1665, 1666, 1667, 1668, 1669, 1670, 1671, 1672, 1673, 1674, 1675, 1676, 1677, 1678, 1679, 1680, 1681, 1682, 1683, 1684, 1685, 1686, 1687, 1688, 1689, 1690, 1691, 1692, 1693, 1694, 1695, 1696, 1697, 1698, 1699, 1700, 1701, 1702, 1703, 1704, 1705, 1706, 1707, 1708, 1709, 1710, 1711, 1712, 1713, 1714, 1715, 1716, 1717, 1718, 1719, 1720, 1721, 1722, 2010, 2031, 2034, 2047, 2053, 2065, 2156, 2244, 2246, 2253, 2260, 2283, 2374, 2493, 2527, 2571, 2710, 2711, 2712, 2713, 3332, 3333, 3408])]), Anchor::All(&[Anchor::Lits(&[2203, 2861, 2880, 3681, 3710, 3714, 3731, 3767, 3793, 4182, 4203]), Anchor::Lits(&[0, 437, 762, 763, 764, 777, 794, 796, 800, 801, 805, 808, 810, 814, 815, 1070, 1324, 1325, 1326, 1327, 1328, 1329, 1330, 1331, 1332, 1333, 1334, 1335, 1336, 1337, 1338, 1339, 1340, 1341, 1342, 1343, 1344, 1345, 1346, 1347, 1348, 1349, 1350, 1351, 1352, 1359, 1366, 1367, 1368, 1369, 1370, 1371, 1372, 1373, 1374, 1375, 1376, 1377, 1378, 1379, 1380, 1381, 1382, 1383, 1384, 1385, 1387, 1388, 1389, 1390, 1391, 1392, 1393, 1394, 1395, 1396, 1397, 1398, 1399, 1400, 1401, 1402, 1428, 1429, 1430, 1431, 1432, 1433, 1434, 1435, 1436, 1437, 1438, 1439, 1440, 1441, 1442, 1443, 1464, 1465, 1466, 1467, 1468, 1469, 1470, 1471, 1472, 1473, 1474, 1475, 1476, 1477, 1478, 1479, 1480, 1481, 1482, 1483, 1484, 1485, 1486, 1487, 1488, 1489, 1490, 1491, 1492, 1493, 1494, 1495, 1505, 1506, 1507, 1508, 1509, 1510, 1511, 1512, 1513, 1514, 1515, 1516, 1517, 1518, 1519, 1520, 1593, 1594, 1595, 1596, 1597, 1598, 1599, 1600, 1601, 1602, 1603, 1604, 1605, 1606, 1607, 1608, 1609, 1610, 1611, 1612, 1613, 1614, 1615, 1616, 1617, 1618, 1619, 1620, 1621, 1622, 1623, 1624, 1625, 1626, 1627, 1628, 1629, 1630, 1631, 1632, 1633, 1634, 1635, 1636, 1637, 1638, 1639, 1640, 1642, 1643, 1644, 1645, 1646, 1647, 1648, 1649, 1650, 1651, 1652, 1653, 1654, 1655, 1656, 1657, 1659, 1660, 1661, 1662, 1663, 1664, 1665, 1666, 1667, 1668, 1669, 1670, 1671, 1672, 1673, 1674, 1675, 1676, 1677, 1678, 1679, 1680, 1681, 1682, 1683, 1684, 1685, 1686, 1687, 1688, 1689, 1690, 1691, 1692, 1693, 1694, 1695, 1696, 1697, 1698, 1699, 1700, 1701, 1702, 1703, 1704, 1705, 1706, 1707, 1708, 1709, 1710, 1711, 1712, 1713, 1714, 1715, 1716, 1717, 1718, 1719, 1720, 1721, 1722, 2010, 2031, 2034, 2047, 2053, 2065, 2156, 2244, 2246, 2253, 2260, 2283, 2374, 2493, 2527, 2571, 2710, 2711, 2712, 2713, 3332, 3333, 3408]), Anchor::Lits(&[63, 180, 818, 910])])])),
            // override-everything-before
            (2, Anchor::All(&[Anchor::Lits(&[9, 288, 840, 1547, 1552, 2321, 2333, 2584, 3420, 3421, 3667, 3669, 3671, 3676, 3678, 3679, 3680, 3695, 3696, 3697, 3698, 3699, 3700, 3701, 3715, 3716, 3717, 3718, 3719, 3720, 3721, 3723, 3724, 3725, 3726, 3727, 3728, 3729, 3742, 3745, 3746, 3751, 3752, 3753, 3754, 3756, 3762, 3763, 4179, 4182, 4183, 4188, 4189, 4190, 4191, 4192, 4194, 4195, 4196, 4197, 4198, 4199, 4200, 4202, 4203, 4224, 4225, 4226, 4227, 4228]), Anchor::Lits(&[63, 181, 911, 3462]), Anchor::Lits(&[0, 437, 762, 763, 764, 777, 794, 796, 800, 801, 805, 808, 810, 814, 815, 1070, 1324, 1325, 1326, 1327, 1328, 1329, 1330, 1331, 1332, 1333, 1334, 1335, 1336, 1337, 1338, 1339, 1340, 1341, 1342, 1343, 1344, 1345, 1346, 1347, 1348, 1349, 1350, 1351, 1352, 1359, 1366, 1367, 1368, 1369, 1370, 1371, 1372, 1373, 1374, 1375, 1376, 1377, 1378, 1379, 1380, 1381, 1382, 1383, 1384, 1385, 1387, 1388, 1389, 1390, 1391, 1392, 1393, 1394, 1395, 1396, 1397, 1398, 1399, 1400, 1401, 1402, 1428, 1429, 1430, 1431, 1432, 1433, 1434, 1435, 1436, 1437, 1438, 1439, 1440, 1441, 1442, 1443, 1464, 1465, 1466, 1467, 1468, 1469, 1470, 1471, 1472, 1473, 1474, 1475, 1476, 1477, 1478, 1479, 1480, 1481, 1482, 1483, 1484, 1485, 1486, 1487, 1488, 1489, 1490, 1491, 1492, 1493, 1494, 1495, 1505, 1506, 1507, 1508, 1509, 1510, 1511, 1512, 1513, 1514, 1515, 1516, 1517, 1518, 1519, 1520, 1593, 1594, 1595, 1596, 1597, 1598, 1599, 1600, 1601, 1602, 1603, 1604, 1605, 1606, 1607, 1608, 1609, 1610, 1611, 1612, 1613, 1614, 1615, 1616, 1617, 1618, 1619, 1620, 1621, 1622, 1623, 1624, 1625, 1626, 1627, 1628, 1629, 1630, 1631, 1632, 1633, 1634, 1635, 1636, 1637, 1638, 1639, 1640, 1642, 1643, 1644, 1645, 1646, 1647, 1648, 1649, 1650, 1651, 1652, 1653, 1654, 1655, 1656, 1657, 1659, 1660, 1661, 1662, 1663, 1664, 1665, 1666, 1667, 1668, 1669, 1670, 1671, 1672, 1673, 1674, 1675, 1676, 1677, 1678, 1679, 1680, 1681, 1682, 1683, 1684, 1685, 1686, 1687, 1688, 1689, 1690, 1691, 1692, 1693, 1694, 1695, 1696, 1697, 1698, 1699, 1700, 1701, 1702, 1703, 1704, 1705, 1706, 1707, 1708, 1709, 1710, 1711, 1712, 1713, 1714, 1715, 1716, 1717, 1718, 1719, 1720, 1721, 1722, 2010, 2031, 2034, 2047, 2053, 2065, 2156, 2244, 2246, 2253, 2260, 2283, 2374, 2493, 2527, 2571, 2710, 2711, 2712, 2713, 3332, 3333, 3408])])),
            // override-bare-instructions
            (4, Anchor::All(&[Anchor::Lits(&[746, 1271, 1274, 1525, 2355, 2360, 2462, 2466, 2772]), Anchor::Lits(&[437, 764, 1070, 1324, 1325, 1326, 1327, 1328, 1329, 1330, 1331, 1332, 1333, 1334, 1335, 1336, 1337, 1338, 1339, 1340, 1341, 1342, 1343, 1344, 1345, 1346, 1347, 1348, 1349, 1350, 1352, 1366, 1367, 1368, 1369, 1370, 1371, 1372, 1373, 1374, 1375, 1376, 1377, 1378, 1379, 1380, 1381, 1382, 1383, 1384, 1385, 1387, 1388, 1389, 1390, 1391, 1392, 1393, 1394, 1395, 1396, 1397, 1398, 1399, 1400, 1401, 1402, 1428, 1429, 1430, 1431, 1432, 1433, 1434, 1435, 1436, 1437, 1438, 1439, 1440, 1441, 1442, 1443, 1464, 1465, 1466, 1467, 1468, 1469, 1470, 1471, 1472, 1473, 1474, 1475, 1476, 1477, 1478, 1479, 1480, 1481, 1482, 1483, 1484, 1485, 1486, 1487, 1488, 1489, 1490, 1491, 1492, 1493, 1494, 1495, 1505, 1506, 1507, 1508, 1509, 1510, 1511, 1512, 1513, 1514, 1515, 1516, 1517, 1518, 1519, 1520, 1593, 1594, 1595, 1596, 1597, 1598, 1599, 1600, 1601, 1602, 1603, 1604, 1605, 1606, 1607, 1608, 1609, 1610, 1611, 1612, 1613, 1614, 1615, 1616, 1617, 1618, 1619, 1620, 1621, 1622, 1623, 1624, 1625, 1626, 1627, 1628, 1629, 1630, 1631, 1632, 1633, 1634, 1635, 1636, 1637, 1638, 1639, 1640, 1642, 1643, 1644, 1645, 1646, 1647, 1648, 1649, 1650, 1651, 1652, 1653, 1654, 1655, 1656, 1657, 1659, 1660, 1661, 1662, 1663, 1664, 1665, 1666, 1667, 1668, 1669, 1670, 1671, 1672, 1673, 1674, 1675, 1676, 1677, 1678, 1679, 1680, 1681, 1682, 1683, 1684, 1685, 1686, 1687, 1688, 1689, 1690, 1691, 1692, 1693, 1694, 1695, 1696, 1697, 1698, 1699, 1700, 1701, 1702, 1703, 1704, 1705, 1706, 1707, 1708, 1709, 1710, 1711, 1712, 1713, 1714, 1715, 1716, 1717, 1718, 1719, 1720, 1721, 1722, 2034, 2246, 2283, 2711, 2713])])),
            // override-previous-context
            (5, Anchor::Any(&[Anchor::All(&[Anchor::Lits(&[463, 525, 617, 744, 1217, 1323, 1497, 2004, 2124, 2230, 2286, 2356, 2858]), Anchor::Lits(&[0, 437, 762, 763, 764, 777, 794, 796, 800, 801, 805, 808, 810, 814, 815, 1070, 1324, 1325, 1326, 1327, 1328, 1329, 1330, 1331, 1332, 1333, 1334, 1335, 1336, 1337, 1338, 1339, 1340, 1341, 1342, 1343, 1344, 1345, 1346, 1347, 1348, 1349, 1350, 1351, 1352, 1359, 1366, 1367, 1368, 1369, 1370, 1371, 1372, 1373, 1374, 1375, 1376, 1377, 1378, 1379, 1380, 1381, 1382, 1383, 1384, 1385, 1387, 1388, 1389, 1390, 1391, 1392, 1393, 1394, 1395, 1396, 1397, 1398, 1399, 1400, 1401, 1402, 1428, 1429, 1430, 1431, 1432, 1433, 1434, 1435, 1436, 1437, 1438, 1439, 1440, 1441, 1442, 1443, 1464, 1465, 1466, 1467, 1468, 1469, 1470, 1471, 1472, 1473, 1474, 1475, 1476, 1477, 1478, 1479, 1480, 1481, 1482, 1483, 1484, 1485, 1486, 1487, 1488, 1489, 1490, 1491, 1492, 1493, 1494, 1495, 1505, 1506, 1507, 1508, 1509, 1510, 1511, 1512, 1513, 1514, 1515, 1516, 1517, 1518, 1519, 1520, 1593, 1594, 1595, 1596, 1597, 1598, 1599, 1600, 1601, 1602, 1603, 1604, 1605, 1606, 1607, 1608, 1609, 1610, 1611, 1612, 1613, 1614, 1615, 1616, 1617, 1618, 1619, 1620, 1621, 1622, 1623, 1624, 1625, 1626, 1627, 1628, 1629, 1630, 1631, 1632, 1633, 1634, 1635, 1636, 1637, 1638, 1639, 1640, 1642, 1643, 1644, 1645, 1646, 1647, 1648, 1649, 1650, 1651, 1652, 1653, 1654, 1655, 1656, 1657, 1659, 1660, 1661, 1662, 1663, 1664, 1665, 1666, 1667, 1668, 1669, 1670, 1671, 1672, 1673, 1674, 1675, 1676, 1677, 1678, 1679, 1680, 1681, 1682, 1683, 1684, 1685, 1686, 1687, 1688, 1689, 1690, 1691, 1692, 1693, 1694, 1695, 1696, 1697, 1698, 1699, 1700, 1701, 1702, 1703, 1704, 1705, 1706, 1707, 1708, 1709, 1710, 1711, 1712, 1713, 1714, 1715, 1716, 1717, 1718, 1719, 1720, 1721, 1722, 2010, 2031, 2034, 2047, 2053, 2065, 2156, 2244, 2246, 2253, 2260, 2283, 2374, 2493, 2527, 2571, 2710, 2711, 2712, 2713, 3332, 3333, 3408])]), Anchor::All(&[Anchor::Lits(&[3799, 3800, 3801, 3811, 3812, 3828, 3863, 3921, 3958, 3959, 3961, 3962, 3965, 3975, 3976, 3997, 3999, 4000, 4001, 4012, 4013, 4014, 4016, 4017, 4019, 4027, 4028, 4030, 4041, 4043, 4044, 4110, 4111]), Anchor::Lits(&[0, 437, 762, 763, 764, 777, 794, 796, 800, 801, 805, 808, 810, 814, 815, 1070, 1324, 1325, 1326, 1327, 1328, 1329, 1330, 1331, 1332, 1333, 1334, 1335, 1336, 1337, 1338, 1339, 1340, 1341, 1342, 1343, 1344, 1345, 1346, 1347, 1348, 1349, 1350, 1351, 1352, 1359, 1366, 1367, 1368, 1369, 1370, 1371, 1372, 1373, 1374, 1375, 1376, 1377, 1378, 1379, 1380, 1381, 1382, 1383, 1384, 1385, 1387, 1388, 1389, 1390, 1391, 1392, 1393, 1394, 1395, 1396, 1397, 1398, 1399, 1400, 1401, 1402, 1428, 1429, 1430, 1431, 1432, 1433, 1434, 1435, 1436, 1437, 1438, 1439, 1440, 1441, 1442, 1443, 1464, 1465, 1466, 1467, 1468, 1469, 1470, 1471, 1472, 1473, 1474, 1475, 1476, 1477, 1478, 1479, 1480, 1481, 1482, 1483, 1484, 1485, 1486, 1487, 1488, 1489, 1490, 1491, 1492, 1493, 1494, 1495, 1505, 1506, 1507, 1508, 1509, 1510, 1511, 1512, 1513, 1514, 1515, 1516, 1517, 1518, 1519, 1520, 1593, 1594, 1595, 1596, 1597, 1598, 1599, 1600, 1601, 1602, 1603, 1604, 1605, 1606, 1607, 1608, 1609, 1610, 1611, 1612, 1613, 1614, 1615, 1616, 1617, 1618, 1619, 1620, 1621, 1622, 1623, 1624, 1625, 1626, 1627, 1628, 1629, 1630, 1631, 1632, 1633, 1634, 1635, 1636, 1637, 1638, 1639, 1640, 1642, 1643, 1644, 1645, 1646, 1647, 1648, 1649, 1650, 1651, 1652, 1653, 1654, 1655, 1656, 1657, 1659, 1660, 1661, 1662, 1663, 1664, 1665, 1666, 1667, 1668, 1669, 1670, 1671, 1672, 1673, 1674, 1675, 1676, 1677, 1678, 1679, 1680, 1681, 1682, 1683, 1684, 1685, 1686, 1687, 1688, 1689, 1690, 1691, 1692, 1693, 1694, 1695, 1696, 1697, 1698, 1699, 1700, 1701, 1702, 1703, 1704, 1705, 1706, 1707, 1708, 1709, 1710, 1711, 1712, 1713, 1714, 1715, 1716, 1717, 1718, 1719, 1720, 1721, 1722, 2010, 2031, 2034, 2047, 2053, 2065, 2156, 2244, 2246, 2253, 2260, 2283, 2374, 2493, 2527, 2571, 2710, 2711, 2712, 2713, 3332, 3333, 3408])])])),
            // override-rules-that-bind-you
            (6, Anchor::Lits(&[2861, 2862, 2863, 2864, 2865, 2868, 2869, 2870, 2871, 2877, 2878, 2879, 2880, 2885, 2886, 2887, 2888, 2891, 2892, 2893, 2894, 2895, 2896, 2897, 2898, 2899, 2900, 3519, 3520, 3521, 3522, 3523, 3530, 3532, 3533, 3534, 3547, 3548, 3550, 3551, 3568, 3569, 3571, 3572, 3577, 3578, 3587, 3588, 3591, 3592, 3595, 3596, 3598, 3599])),
            // stop-following-instructions
            (11, Anchor::All(&[Anchor::Lits(&[7, 8, 60, 61, 526, 527, 1029, 1317, 1318, 1913, 1914, 2066, 2420, 2707, 2708]), Anchor::Lits(&[457, 789, 802, 2025, 2041, 2052, 2392, 2709, 3674, 3675, 3768, 3769, 3945, 4165, 4166]), Anchor::Lits(&[63, 176, 180, 840, 1444, 2212, 2231, 2320, 2324, 2467, 2580, 2763, 2902, 2925, 3038, 3039, 3040, 3041, 3087, 3112, 3113, 3114, 3126, 3127, 3128, 3129, 3138, 3798])])),
            // discredit-earlier-text
            (12, Anchor::Any(&[Anchor::Lits(&[10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 136, 137, 138, 139, 140, 141, 142, 143, 144, 145, 146, 147, 148, 149, 150, 151, 152, 153, 154, 155, 156, 157, 158, 159, 160, 161, 162, 163, 164, 165, 166, 167, 309, 310, 311, 312, 313, 314, 315, 316, 317, 318, 319, 320, 321, 322, 323, 324, 325, 326, 327, 328, 338, 339, 340, 341, 342, 343, 344, 345, 346, 347, 348, 349, 350, 351, 352, 353, 354, 355, 356, 357, 528, 529, 530, 531, 532, 533, 534, 535, 536, 537, 538, 539, 540, 541, 542, 543, 544, 545, 546, 547, 548, 549, 550, 551, 552, 553, 554, 555, 556, 557, 957, 958, 959, 960, 961, 962, 963, 964, 965, 966, 967, 968, 969, 970, 971, 972, 973, 974, 975, 976, 977, 978, 979, 980, 981, 982, 983, 984, 985, 986, 987, 988, 989, 990, 991, 992, 993, 994, 995, 996, 997, 998, 999, 1030, 1031, 1032, 1033, 1034, 1035, 1036, 1037, 1038, 1039, 1040, 1041, 1042, 1043, 1044, 1045, 1046, 1047, 1048, 1049, 1050, 1051, 1052, 1053, 1054, 1055, 1056, 1057, 1058, 1059, 1060, 1061, 1130, 1131, 1132, 1133, 1134, 1135, 1136, 1137, 1138, 1139, 1140, 1141, 1142, 1143, 1144, 1145, 1146, 1147, 1148, 1149, 1150, 1151, 1152, 1153, 1154, 1155, 1156, 1157, 1158, 1159, 1160, 1161, 1162, 1163, 1164, 1165, 1166, 1167, 1168, 1169, 1553, 1554, 1555, 1556, 1557, 1558, 1559, 1560, 1561, 1562, 1563, 1564, 1565, 1566, 1567, 1568, 1569, 1570, 1571, 1572, 1573, 1574, 1575, 1576, 1577, 1578, 1579, 1580, 1581, 1582, 1583, 1584, 1585, 1586, 1587, 1588, 1589, 1590, 1591, 1592, 1770, 1771, 1772, 1773, 1774, 1775, 1776, 1777, 1778, 1779, 1780, 1781, 1782, 1783, 1784, 1785, 1786, 1787, 1788, 1789, 1790, 1791, 1792, 1793, 1794, 1795, 1796, 1798, 1799, 1800, 1801, 1802, 1803, 1804, 1805, 1806, 1807, 1808, 1809, 1810, 1811, 1812, 1813, 1915, 1916, 1917, 1918, 1919, 1920, 1921, 1922, 1923, 1924, 1925, 1926, 1927, 1928, 1929, 1930, 1931, 1932, 1933, 1934, 1935, 1936, 1937, 1938, 1939, 1940, 1941, 1942, 1943, 1944, 1945, 1946, 2067, 2068, 2069, 2070, 2071, 2072, 2073, 2074, 2075, 2076, 2077, 2078, 2079, 2080, 2081, 2082, 2083, 2084, 2085, 2086, 2087, 2088, 2089, 2090, 2091, 2092, 2093, 2094, 2095, 2096, 2097, 2098, 2099, 2100, 2101, 2102, 2103, 2104, 2105, 2106, 2107, 2108, 2109, 2110, 2111, 2112, 2113, 2114, 2115, 2116, 2117, 2118, 2119, 2120, 2121, 2122, 2123, 2159, 2160, 2161, 2162, 2163, 2164, 2165, 2166, 2167, 2168, 2169, 2170, 2171, 2172, 2173, 2174, 2175, 2176, 2177, 2178, 2179, 2180, 2181, 2182, 2183, 2184, 2185, 2186, 2187, 2188, 2189, 2190, 2191, 2192, 2193, 2194, 2195, 2196, 2197, 2198, 2199, 2200, 2201, 2585, 2586, 2587, 2588, 2589, 2590, 2591, 2592, 2593, 2594, 2595, 2596, 2597, 2598, 2599, 2600, 2601, 2602, 2603, 2604, 2605, 2606, 2607, 2608, 2609, 2610, 2611, 2612, 2613, 2614, 2615, 2616, 2617, 2618, 2619, 2620, 2621, 2622, 2623, 2624, 2625, 2626, 2627, 2628, 2629, 2630, 2631, 2632, 2633, 2634, 2635, 2636, 2637, 2638, 2639, 2640, 2641, 2642, 2643, 2644, 2645, 2646, 2647, 2776, 2777, 2778, 2779, 2780, 2781, 2782, 2783, 2784, 2785, 2786, 2787, 2788, 2789, 2790, 2791, 2792, 2793, 2794, 2795, 2796, 2797, 2798, 2799, 2800, 2801, 2802, 2803, 2804, 2805, 2806, 2807, 2808, 2809, 2810, 2811, 2812, 2813, 2814, 2815, 2816, 2817, 2818, 2819, 2820, 2821, 2822, 2823, 2824, 2825, 2826, 2827, 2828, 2829, 2830, 2831, 2832, 2833, 2834, 2835, 2836, 2837, 2838, 2839, 3923, 3924, 3925, 3926, 3927, 3928, 3929, 3930, 3931, 3932, 3933, 3934, 3935, 3936, 3937, 3938, 3939, 3940, 3941, 3942, 4204, 4205, 4206, 4207, 4208, 4209, 4210, 4211, 4212, 4213, 4214, 4215, 4216, 4217, 4218, 4219, 4220, 4221, 4222, 4223]), Anchor::All(&[Anchor::Lits(&[238, 239, 240, 241, 242, 243, 244, 245, 246, 247, 248, 249, 250, 251, 252, 253, 254, 255, 261, 262, 263, 264, 265, 266, 267, 268, 269, 270, 271, 272, 273, 274, 275, 276, 277, 278, 1858, 1859, 1860, 1861, 1862, 1863, 1864, 1865, 1866, 1867, 1868, 1869, 1870, 1871, 1872, 1873, 1874, 1875]), Anchor::Lits(&[43, 132, 370, 615, 2316, 2421])])])),
            // permission-to-ignore
            (13, Anchor::All(&[Anchor::Lits(&[283, 522, 1320, 1321, 1322, 1386, 1406, 1407, 1408, 1409, 1410, 1411, 1412, 1413, 1414, 1415, 1426, 1641, 1658, 1726, 2284, 3666, 3694, 3732, 3733, 3734, 3735, 3736, 3737, 3738, 3739, 3740, 3741, 3742, 3743, 3744, 3746, 3749, 3750, 3753, 3755, 3757, 3758, 3764, 3765, 3920, 4164, 4170, 4171, 4172, 4173, 4174, 4175, 4176, 4177, 4178, 4179, 4180, 4181, 4183, 4186, 4187, 4190, 4229]), Anchor::Lits(&[400, 437, 464, 747, 764, 896, 1070, 1352, 2246, 2571, 3433])])),
            // suspend-own-instructions
            (15, Anchor::All(&[Anchor::Lits(&[1814, 1815, 1816, 1817, 1818, 1820, 1821, 1822, 1823, 1824, 1825, 1826, 1827, 1828, 1829, 1832, 1833, 1834, 1835, 1836, 1837, 1838, 1839, 1840, 1841, 1842, 1843, 1844, 1845, 1846, 2265, 2266, 2267, 2268, 2269, 2270, 2271, 2272, 2273, 2274, 2275, 2276, 2277, 2278, 2279, 2287, 2288, 2289, 2290, 2291, 2292, 2293, 2294, 2295, 2296, 2297, 2298, 2299, 2300, 2301, 2369, 2370, 2371, 2372, 2373, 2377, 2378, 2379, 2380, 2381, 2382, 2383, 2384, 2385, 2390, 2522, 2523, 2524, 2525, 2526, 2528, 2529, 2530, 2531, 2532, 2533, 2534, 2535, 2536, 2538, 2539, 2540, 2541, 2542, 2543, 2544, 2545, 2546, 2547, 2548, 2549, 2550, 2551, 2552, 2553, 2732, 2733, 2734, 2735, 2736, 2746, 2747, 2749, 2750, 2753, 2756, 2758, 2759, 2760, 2762, 3346, 3347, 3348, 3349, 3350, 3359, 3360, 3362, 3363, 3366, 3369, 3371, 3372, 3374, 3375]), Anchor::Lits(&[236, 286, 373, 2125, 2157, 2158, 2202, 3340])])),
            // reveal-own-instructions
            (17, Anchor::Lits(&[3799, 3800, 3824, 3825, 3826, 3827, 3829, 3863, 3873, 3918, 3919, 3946, 3956, 3957, 3960, 3963, 3964, 3965, 3976, 3986, 3987, 3998, 4002, 4012, 4015, 4018, 4020, 4021, 4022, 4023, 4024, 4025, 4026, 4029, 4030, 4040, 4042, 4044, 4099, 4109, 4110, 4112, 4131, 4132, 4160, 4161, 4162])),
            // reveal-system-prompt
            (18, Anchor::Lits(&[49, 50, 51, 52, 53, 54, 55, 56, 57, 58, 59, 583, 584, 585, 586, 587, 588, 589, 590, 591, 592, 593, 720, 721, 722, 723, 724, 725, 727, 728, 729, 730, 732, 1279, 1280, 1281, 1282, 1284, 1286, 1287, 1288, 1289, 1290, 1291, 1445, 1446, 1447, 1448, 1449, 1453, 1454, 1455, 1456, 1457, 1458, 1535, 1536, 1537, 1538, 1539, 1540, 1541, 1542, 1543, 1544, 1545, 1993, 1994, 1995, 1996, 1997, 1998, 1999, 2000, 2001, 2002, 2003, 2216, 2217, 2218, 2219, 2220, 2221, 2222, 2223, 2224, 2225, 2226, 2232, 2233, 2234, 2235, 2236, 2238, 2239, 2240, 2241, 2242, 2243, 2306, 2307, 2308, 2309, 2310, 2311, 2312, 2313, 2314, 2315, 2319, 2339, 2340, 2341, 2342, 2343, 2344, 2345, 2346, 2347, 2348, 2349, 2393, 2394, 2395, 2396, 2397, 2398, 2399, 2400, 2401, 2402, 2403, 2494, 2495, 2496, 2497, 2498, 2499, 2500, 2501, 2502, 2503, 2504, 2675, 2676, 2677, 2678, 2679, 2680, 2681, 2682, 2683, 2684, 2685, 2764, 2765, 2766, 2767, 2769, 2770, 2771, 2772, 2773, 2774, 2775, 3387, 3388, 3389, 3390, 3391, 3392, 3393, 3394, 3395, 3396, 3397, 3422, 3423, 3424, 3425, 3426, 3427, 3428, 3429, 3430, 3431, 3432])),
            // what-others-told-you
            (19, Anchor::Any(&[Anchor::Lits(&[30, 31, 32, 33, 34, 35, 36, 37, 38, 39, 40, 41, 42, 297, 303, 304, 305, 306, 331, 333, 336, 358, 359, 360, 361, 365, 2325, 2326, 2327, 2328, 2329, 2330, 2331, 2332, 2334, 2335, 2336, 2337, 2338]), Anchor::All(&[Anchor::Lits(&[256, 257, 258, 259, 1172, 1173, 1174, 1175, 1212, 1213, 1215, 1216, 1521, 1522, 1523, 1524, 2351, 2352, 2353, 2354, 2375, 2376, 2387, 2388, 2487, 2488, 2489, 2490, 2518, 2519, 2520, 2521, 2849, 2850, 2851, 2852, 2853, 2854, 2855, 2856, 3336, 3337, 3338, 3339, 3655, 3656, 3657, 3658, 3662, 3663, 3664, 3665]), Anchor::Lits(&[63, 181, 911, 3440])])])),
            // reveal-what-you-were-told
            (20, Anchor::Any(&[Anchor::Lits(&[3452, 3455, 3456]), Anchor::All(&[Anchor::Lits(&[3457, 3458, 3459, 3460, 3477, 3478, 3479, 3480, 3481, 3482, 3483, 3500, 3501, 3502, 3503, 3504, 3506, 3507]), Anchor::Lits(&[594, 599, 614, 744, 746, 1028, 1271, 1274, 1450, 1451, 1453, 1526, 2286, 2303, 2305, 2355, 2356, 2435, 2462, 2537, 2770, 3341])]), Anchor::All(&[Anchor::Lits(&[3682, 3683, 3684, 3685, 3686, 3687, 3688, 3689, 3690, 3691, 3692, 3693, 3711, 3712, 3713, 3760, 3795, 3797, 3831, 3832, 3833, 3834, 3835, 3836, 3837, 3838, 3839, 3840, 3841, 3842, 3845, 3848, 3849, 3851, 3852, 3854, 3856, 3859, 3860, 3861, 3883, 3884, 3885, 3886, 3887, 3888, 3889, 3890, 3891, 3892, 3893, 3894, 3898, 3901, 3902, 3904, 3905, 3908, 3910, 3913, 3914, 3915, 3922, 4167, 4168, 4169]), Anchor::Lits(&[3441, 3442, 3444, 3445, 3446, 3447, 3448, 3449, 3450, 3453, 3454, 3461, 3463, 3464, 3465, 3466, 3467, 3468, 3470, 3471, 3472, 3473, 3474, 3475, 3476, 3484, 3485, 3486, 3487, 3488, 3489, 3490, 3491, 3492, 3493, 3494, 3495, 3496, 3497, 3498, 3499, 3505, 3508, 3509, 3510, 3511, 3512, 3513, 3516, 3517, 3518, 3526, 3527, 3528, 3529, 3531, 3535, 3536, 3537, 3538, 3544, 3545, 3546, 3549, 3552, 3553, 3554, 3556, 3557, 3559, 3560, 3561, 3562, 3563, 3566, 3567, 3570, 3575, 3576, 3579, 3580, 3581, 3582, 3583, 3584, 3585, 3586, 3589, 3590, 3593, 3594, 3597, 3600, 3601, 3602, 3603, 3604, 3605])]), Anchor::All(&[Anchor::Lits(&[600, 601, 602, 716, 717, 718, 1283, 1285, 1292, 1423, 1424, 1425, 1910, 1911, 1912, 1975, 1976, 1977, 2485, 2486, 2491, 2671, 2672, 2673, 2689, 2690, 2691, 3659, 3660, 3661]), Anchor::Lits(&[3440])]), Anchor::All(&[Anchor::Lits(&[3443, 3451, 3469, 3514, 3515]), Anchor::Lits(&[279, 288, 451, 840, 1452, 1547, 1552, 2061, 2237, 2321])])])),
            // reveal-context-contents
            (24, Anchor::Any(&[Anchor::Lits(&[1498, 1499, 1500, 1501, 1502, 1503, 1504, 1528, 1529, 1530, 1531, 1532, 1533, 1534, 1978, 1980, 1981, 1982, 1983, 1984, 1985, 1986, 1987, 1988, 1989, 1990, 1991, 1992, 2358, 2361, 2362, 2363, 2364, 2365, 2366]), Anchor::All(&[Anchor::Lits(&[368, 369, 461, 462, 606, 607, 611, 612, 619, 620, 847, 848, 1906, 1907, 1908, 1909, 2261, 2262, 2263, 2264, 2280, 2281, 2410, 2411, 2425, 2426, 2505, 2506, 2514, 2515, 2516, 2517, 2686, 2687, 2859, 2860, 3334, 3335, 3342, 3343, 3646, 3647]), Anchor::Lits(&[595, 613, 618, 1526, 1974, 2305, 2356, 2462])]), Anchor::All(&[Anchor::Lits(&[613, 1526, 2305, 2356, 2770]), Anchor::Lits(&[64, 65, 66, 67, 68, 70, 71, 72, 73, 74, 75, 76, 77, 78, 79, 80, 81, 82, 83, 84, 85, 86, 87, 88, 89, 90, 91, 92, 93, 94, 95, 96, 97, 98, 99, 100, 101, 102, 103, 104, 105, 106, 107, 108, 109, 110, 111, 112, 113, 114, 115, 116, 117, 118, 119, 120, 121, 122, 123, 124, 125, 126, 127, 182, 183, 184, 185, 186, 187, 188, 189, 190, 191, 192, 193, 194, 195, 196, 197, 198, 199, 200, 201, 202, 819, 820, 821, 822, 823, 824, 825, 826, 827, 828, 829, 830, 831, 832, 833, 834, 835, 836, 837, 838, 839, 912, 913, 914, 915, 916, 917, 918, 919, 920, 921, 922, 923, 924, 925, 926, 927, 928, 929, 930, 931, 932, 933, 934, 935, 936, 937, 938, 939, 940, 941, 942, 943, 944, 945, 946, 947, 948, 949, 950, 951, 952, 953, 3150, 3151, 3152, 3153, 3154, 3155, 3156, 3157, 3158, 3159, 3160, 3161, 3162, 3163, 3164, 3165, 3166, 3167, 3168, 3169, 3170]), Anchor::Lits(&[2901, 3798])])])),
            // unrestricted-mode
            (42, Anchor::Any(&[Anchor::Lits(&[130, 131, 459, 692, 726, 731, 817, 956, 1113, 1218, 1277, 1420, 1421, 1496, 1546, 1548, 1549, 1550, 1551, 1748, 1767, 1885, 2037, 2038, 2040, 2055, 2155, 2229, 2405, 2674, 2722, 3379, 3381, 3382, 3407, 3410, 3412, 3416, 3417]), Anchor::All(&[Anchor::Lits(&[130, 131, 459, 692, 726, 731, 817, 956, 1113, 1218, 1277, 1748, 1767, 1885, 2037, 2038, 2040, 2055, 2155, 2229, 2405, 2674, 2722, 3379, 3381, 3382, 3407, 3410, 3412, 3416, 3417]), Anchor::Lits(&[46, 47, 69, 134, 235, 282, 284, 398, 843, 844, 845, 846, 1219, 1221, 1268, 1459, 2062, 2228, 2285, 2386, 2389, 2391, 2412, 2418, 2423, 2464, 2696, 2744, 2745, 2761, 3373, 3411, 3439, 3670])])])),
            // unrestricted-persona
            (44, Anchor::All(&[Anchor::Lits(&[44, 45, 133, 287, 371, 372, 460, 523, 616, 841, 842, 1220, 1418, 2227, 2302, 2317, 2318, 2350, 2406, 2417, 2422, 2424, 2456, 2459, 2569, 2570, 2670, 2688, 2840, 3344, 3358, 3666, 3766, 3920, 4163, 4230]), Anchor::Any(&[Anchor::Lits(&[129, 135, 454, 621, 691, 733, 778, 955, 1276, 1278, 1417, 1762, 1831, 1848, 1884, 1949, 2009, 2035, 2036, 2039, 2054, 2056, 2404, 2458, 2461, 3376, 3377, 3380, 3383, 3386, 3405, 3406, 3409, 3413, 3414, 3415, 3418, 3619, 3621, 3622, 3624, 3625, 3626, 3627, 3628, 3629, 3630, 3631, 3632, 3633, 3634, 3635, 3636, 3637, 3638, 3639, 3640, 3641, 3642, 3643, 3644]), Anchor::All(&[Anchor::Lits(&[2866, 2867, 2872, 2873, 2874, 2875, 2876, 2881, 2882, 2883, 2884, 2889, 2890, 3524, 3525, 3539, 3540, 3541, 3542, 3543, 3555, 3558, 3564, 3565, 3573, 3574, 3606, 3607, 3608, 3609, 3610, 3611, 3612, 3613, 3614, 3615, 3616, 3617, 3618]), Anchor::Lits(&[399, 895, 1026, 1274, 1526, 1898, 2008, 2303, 2435, 2462, 2467])])])])),
            // no-restrictions
            (47, Anchor::Any(&[Anchor::Lits(&[483, 484, 485, 486, 487, 488, 494, 495, 496, 497, 498, 499, 503, 504, 505, 506, 507, 508, 628, 629, 630, 631, 632, 633, 639, 640, 641, 642, 643, 644, 648, 649, 650, 651, 652, 653, 1229, 1230, 1231, 1232, 1233, 1234, 1240, 1241, 1242, 1243, 1244, 1245, 1249, 1250, 1251, 1252, 1253, 1254, 2932, 2933, 2934, 2935, 2936, 2937, 2943, 2944, 2945, 2946, 2947, 2948, 2952, 2953, 2954, 2955, 2956, 2957, 2977, 2978, 2979, 2980, 2981, 2982, 2988, 2989, 2990, 2991, 2992, 2993, 2997, 2998, 2999, 3000, 3001, 3002, 3048, 3049, 3050, 3051, 3052, 3053, 3059, 3060, 3061, 3062, 3063, 3064, 3068, 3069, 3070, 3071, 3072, 3073, 3201, 3202, 3203, 3204, 3205, 3206, 3212, 3213, 3214, 3215, 3216, 3217, 3221, 3222, 3223, 3224, 3225, 3226, 3246, 3247, 3248, 3249, 3250, 3251, 3257, 3258, 3259, 3260, 3261, 3262, 3266, 3267, 3268, 3269, 3270, 3271, 3291, 3292, 3293, 3294, 3295, 3296, 3302, 3303, 3304, 3305, 3306, 3307, 3311, 3312, 3313, 3314, 3315, 3316, 3704, 3705, 3706, 3707, 3708, 3709, 3770, 3771, 3772, 3773, 3774, 3775, 3779, 3780, 3781, 3782, 3783, 3784, 4060, 4061, 4062, 4063, 4064, 4065, 4071, 4072, 4073, 4074, 4075, 4076, 4080, 4081, 4082, 4083, 4084, 4085]), Anchor::All(&[Anchor::Lits(&[458, 596, 605, 608, 609, 895, 1271, 1274, 1877, 1899, 2006, 2007, 2008, 2322, 2427, 2435, 2463, 2466, 2472, 2475, 2481, 2484]), Anchor::Lits(&[478, 479, 480, 489, 490, 491, 492, 500, 501, 502, 509, 510, 511, 512, 513, 514, 515, 516, 517, 518, 521, 623, 624, 625, 634, 635, 636, 637, 645, 646, 647, 654, 655, 656, 657, 658, 659, 660, 661, 662, 663, 666, 1224, 1225, 1226, 1235, 1236, 1237, 1238, 1246, 1247, 1248, 1255, 1256, 1257, 1258, 1259, 1260, 1261, 1262, 1263, 1264, 1267, 2927, 2928, 2929, 2938, 2939, 2940, 2941, 2949, 2950, 2951, 2958, 2959, 2960, 2961, 2962, 2963, 2964, 2965, 2966, 2967, 2970, 2972, 2973, 2974, 2983, 2984, 2985, 2986, 2994, 2995, 2996, 3003, 3004, 3005, 3006, 3007, 3008, 3009, 3010, 3011, 3012, 3015, 3043, 3044, 3045, 3054, 3055, 3056, 3057, 3065, 3066, 3067, 3074, 3075, 3076, 3077, 3078, 3079, 3080, 3081, 3082, 3083, 3086, 3196, 3197, 3198, 3207, 3208, 3209, 3210, 3218, 3219, 3220, 3227, 3228, 3229, 3230, 3231, 3232, 3233, 3234, 3235, 3236, 3239, 3241, 3242, 3243, 3252, 3253, 3254, 3255, 3263, 3264, 3265, 3272, 3273, 3274, 3275, 3276, 3277, 3278, 3279, 3280, 3281, 3284, 3286, 3287, 3288, 3297, 3298, 3299, 3300, 3308, 3309, 3310, 3317, 3318, 3319, 3320, 3321, 3322, 3323, 3324, 3325, 3326, 3329, 3668, 3677, 3681, 3722, 3730, 3731, 3759, 3776, 3777, 3778, 3785, 3786, 3787, 3788, 3789, 3790, 3791, 3792, 3794, 3796, 4055, 4056, 4057, 4066, 4067, 4068, 4069, 4077, 4078, 4079, 4086, 4087, 4088, 4089, 4090, 4091, 4092, 4093, 4094, 4095, 4098, 4231])]), Anchor::All(&[Anchor::Lits(&[399, 458, 596, 599, 609, 895, 1026, 1271, 1274, 1877, 1898, 2006, 2007, 2008, 2303, 2322, 2355, 2427, 2435, 2462, 2466, 2475]), Anchor::Lits(&[477, 481, 482, 484, 487, 489, 490, 491, 493, 519, 520, 622, 626, 627, 629, 632, 634, 635, 636, 638, 664, 665, 1223, 1227, 1228, 1230, 1233, 1235, 1236, 1237, 1239, 1265, 1266, 2926, 2930, 2931, 2933, 2936, 2938, 2939, 2940, 2942, 2968, 2969, 2971, 2975, 2976, 2978, 2981, 2983, 2984, 2985, 2987, 3013, 3014, 3042, 3046, 3047, 3049, 3052, 3054, 3055, 3056, 3058, 3084, 3085, 3195, 3199, 3200, 3202, 3205, 3207, 3208, 3209, 3211, 3237, 3238, 3240, 3244, 3245, 3247, 3250, 3252, 3253, 3254, 3256, 3282, 3283, 3285, 3289, 3290, 3292, 3295, 3297, 3298, 3299, 3301, 3327, 3328, 3666, 3702, 3703, 3705, 3708, 3722, 3730, 3731, 3761, 4054, 4058, 4059, 4061, 4064, 4066, 4067, 4068, 4070, 4096, 4097, 4193, 4201]), Anchor::Lits(&[48, 237, 260, 1319, 1416, 1422, 1847, 2316, 2723, 3111])])])),
            // rules-do-not-apply
            (48, Anchor::Any(&[Anchor::All(&[Anchor::Lits(&[204, 205, 206, 207, 208, 209, 210, 211, 212, 213, 214, 215, 216, 217, 218, 219, 220, 221, 222, 223, 224, 225, 226, 227, 374, 375, 376, 377, 378, 379, 380, 381, 382, 383, 384, 385, 386, 387, 388, 389, 390, 391, 392, 393, 394, 395, 396, 397, 558, 559, 560, 561, 562, 563, 564, 565, 566, 567, 568, 569, 570, 571, 572, 573, 574, 575, 576, 577, 578, 579, 580, 581, 667, 668, 669, 670, 671, 672, 673, 674, 675, 676, 677, 678, 679, 680, 681, 682, 683, 684, 685, 686, 687, 688, 689, 690, 1001, 1002, 1003, 1004, 1005, 1006, 1007, 1008, 1009, 1010, 1011, 1012, 1013, 1014, 1015, 1016, 1017, 1018, 1019, 1020, 1021, 1022, 1023, 1024, 1293, 1294, 1295, 1296, 1297, 1298, 1299, 1300, 1301, 1302, 1303, 1304, 1305, 1306, 1307, 1308, 1309, 1310, 1311, 1312, 1313, 1314, 1315, 1316, 1878, 1879, 1880, 1881, 1882, 1883, 1886, 1887, 1888, 1889, 1890, 1891, 1892, 1893, 1894, 1895, 1896, 1897, 1900, 1901, 1902, 1903, 1904, 1905, 1950, 1951, 1952, 1953, 1954, 1955, 1956, 1957, 1958, 1959, 1960, 1961, 1962, 1963, 1964, 1965, 1966, 1967, 1968, 1969, 1970, 1971, 1972, 1973, 2428, 2429, 2430, 2431, 2432, 2433, 2437, 2438, 2439, 2440, 2441, 2442, 2443, 2444, 2445, 2446, 2447, 2448, 2449, 2450, 2451, 2452, 2453, 2454]), Anchor::Lits(&[455, 456, 734, 739, 779, 784, 789, 802, 2025, 2041, 3620, 3645])]), Anchor::All(&[Anchor::Lits(&[735, 736, 737, 738, 740, 741, 742, 743, 780, 781, 782, 783, 785, 786, 787, 788, 790, 791, 795, 798, 803, 804, 809, 812, 2026, 2027, 2030, 2033, 2043, 2044, 2046, 2049]), Anchor::Lits(&[48, 237, 260, 1416, 1847, 2316, 2723])])])),
            // no-rules-apply
            (49, Anchor::Any(&[Anchor::Lits(&[3088]), Anchor::All(&[Anchor::Lits(&[3130, 3131, 3132, 3133, 3134, 3135, 3136, 3137]), Anchor::Lits(&[399, 1026, 1271, 1274, 1877, 1898, 2435, 2462])])])),
            // freed-from-limits
            (50, Anchor::Lits(&[401, 402, 436, 853, 854, 1000, 1112, 1114, 1849, 2045, 2048, 2051, 2058, 2059, 2060, 2409, 3378, 3384, 3385, 3419])),
            // pre-safety-self
            (52, Anchor::Lits(&[289, 290, 291, 292, 293, 294, 295, 296, 298, 299, 300, 301, 302, 307, 308, 329, 330, 332, 334, 335, 362, 363, 364, 366, 367, 2126, 2127, 2128, 2129, 2130, 2131, 2132, 2133, 2134, 2135, 2137, 2138, 2139, 2140, 2141, 2142, 2143, 2144, 2145, 2146, 2147, 2148, 2149, 2150, 2151, 2152, 2153, 2154])),
            // stay-in-character
            (53, Anchor::Lits(&[792, 793, 797, 806, 807, 811, 1819, 2028, 2029, 2032, 2413, 2693, 2694, 2695, 2697, 2698, 2699, 2700, 2701, 2702, 2703, 2704, 2705, 2706])),
            // jailbreak
            (55, Anchor::Lits(&[597, 598, 1170, 1171, 1403, 1404, 1405, 1723, 1724, 1725, 1727, 1728, 1729, 1730, 1731, 1732, 1733, 1734, 1735, 1736, 1737, 1738, 1739, 1740, 1741, 1742, 1743, 1744, 1745, 1747, 1748, 1749, 1751, 1752, 1753, 1754, 1755, 1757, 1761, 1763, 1764, 1765, 1766, 1767, 1768, 1769, 2063, 2064, 2323, 2492, 3437, 3438, 3672, 3673, 3747, 3748, 3943, 3944, 4184, 4185])),
            // evil-twin
            (56, Anchor::Lits(&[3802, 3803, 3804, 3805, 3806, 3807, 3808, 3809, 3810, 3864, 3865, 3866, 3867, 3868, 3869, 3870, 3871, 3872, 3947, 3948, 3949, 3950, 3951, 3952, 3953, 3954, 3955, 3966, 3967, 3968, 3969, 3970, 3971, 3972, 3973, 3974, 3977, 3978, 3979, 3980, 3981, 3982, 3983, 3984, 3985, 3988, 3989, 3990, 3991, 3992, 3993, 3994, 3995, 3996, 4003, 4004, 4005, 4006, 4007, 4008, 4009, 4010, 4011, 4031, 4032, 4033, 4034, 4035, 4036, 4037, 4038, 4039, 4045, 4046, 4047, 4048, 4049, 4050, 4051, 4052, 4053, 4100, 4101, 4102, 4103, 4104, 4105, 4106, 4107, 4108, 4113, 4114, 4115, 4116, 4117, 4118, 4119, 4120, 4121, 4122, 4123, 4124, 4125, 4126, 4127, 4128, 4129, 4130, 4133, 4134, 4135, 4136, 4137, 4138, 4139, 4140, 4141, 4142, 4143, 4144, 4145, 4146, 4147, 4148, 4149, 4150, 4151, 4152, 4153, 4154, 4155, 4156, 4157, 4158, 4159])),
            // disable-safety
            (57, Anchor::Any(&[Anchor::Lits(&[1, 2, 3, 4, 6, 403, 404, 405, 406, 407, 408, 409, 410, 411, 412, 413, 414, 415, 416, 417, 418, 419, 420, 421, 422, 423, 424, 425, 426, 427, 428, 429, 430, 431, 432, 433, 434, 435, 438, 440, 441, 442, 443, 445, 446, 447, 448, 450, 465, 466, 467, 468, 469, 471, 472, 473, 474, 476, 695, 697, 698, 699, 701, 703, 704, 705, 706, 708, 710, 711, 712, 713, 715, 748, 750, 751, 752, 754, 756, 757, 758, 759, 761, 765, 766, 767, 768, 769, 771, 772, 773, 774, 776, 851, 852, 855, 856, 857, 858, 859, 860, 861, 862, 863, 864, 865, 867, 868, 869, 870, 872, 873, 874, 875, 876, 877, 878, 879, 880, 881, 882, 883, 884, 886, 887, 888, 889, 897, 898, 899, 900, 902, 904, 905, 906, 907, 909, 1071, 1072, 1073, 1074, 1075, 1076, 1077, 1078, 1080, 1082, 1116, 1117, 1118, 1119, 1121, 1123, 1124, 1125, 1126, 1127, 1177, 1178, 1179, 1180, 1182, 1183, 1184, 1185, 1186, 1187, 1188, 1189, 1190, 1191, 1192, 1193, 1194, 1195, 1196, 1197, 1198, 1200, 1201, 1202, 1203, 1204, 1206, 1207, 1208, 1209, 1211, 1353, 1354, 1355, 1356, 1358, 1360, 1361, 1362, 1363, 1365, 1746, 1750, 1756, 1758, 1760, 1851, 1853, 1854, 1855, 1857, 2012, 2013, 2014, 2015, 2017, 2019, 2020, 2021, 2022, 2024, 2247, 2248, 2249, 2250, 2252, 2254, 2255, 2256, 2257, 2259, 2555, 2556, 2557, 2558, 2560, 2562, 2563, 2564, 2565, 2567, 2716, 2717, 2718, 2719, 2721, 2725, 2727, 2728, 2729, 2731, 2738, 2739, 2740, 2741, 2743, 2751, 2752, 2754, 2755, 2757, 2842, 2843, 2844, 2845, 2847, 3352, 3353, 3354, 3355, 3357, 3364, 3365, 3367, 3368, 3370, 3399, 3400, 3401, 3402, 3404, 3649, 3650, 3651, 3652, 3654]), Anchor::All(&[Anchor::Lits(&[228, 229, 230, 231, 232, 233, 234, 280, 281, 458, 604, 608, 609, 610, 849, 890, 891, 892, 893, 894, 895, 1027, 1269, 1270, 1460, 1461, 1462, 1463, 2005, 2008, 2359, 2407, 2436, 2465, 2468, 2469, 2470, 2471, 2473, 2474, 2475, 2476, 2477, 2478, 2479, 2480, 2481, 2482, 2483, 2484, 2507, 2508, 2509, 2510, 2511, 2512, 2513, 3345]), Anchor::Lits(&[0, 285, 400, 437, 464, 694, 702, 709, 747, 755, 764, 777, 799, 813, 816, 850, 871, 896, 903, 1070, 1115, 1122, 1176, 1199, 1205, 1275, 1352, 1359, 1830, 1850, 1947, 1948, 2011, 2018, 2050, 2246, 2253, 2408, 2414, 2416, 2554, 2561, 2568, 2571, 2709, 2714, 2715, 2724, 2737, 2748, 2841, 3351, 3361, 3398, 3436, 3623, 3648])]), Anchor::All(&[Anchor::Lits(&[5, 128, 203, 444, 449, 470, 475, 700, 707, 714, 753, 760, 770, 775, 866, 885, 901, 908, 954, 1079, 1081, 1120, 1181, 1210, 1357, 1364, 1759, 1856, 2016, 2023, 2136, 2251, 2258, 2559, 2566, 2720, 2730, 2742, 2756, 2846, 3188, 3356, 3369, 3403, 3653]), Anchor::Lits(&[62, 399, 582, 596, 599, 746, 895, 1025, 1271, 1274, 1526, 1877, 1898, 2008, 2303, 2304, 2322, 2355, 2367, 2435, 2462, 2466, 2467, 3341])])])),
            // safety-declared-off
            (58, Anchor::All(&[Anchor::Lits(&[62, 228, 229, 230, 231, 232, 233, 234, 280, 281, 458, 604, 608, 609, 610, 849, 890, 891, 892, 893, 894, 895, 1027, 1269, 1270, 1460, 1461, 1462, 1463, 2005, 2008, 2359, 2407, 2436, 2465, 2468, 2469, 2470, 2471, 2473, 2474, 2475, 2476, 2477, 2478, 2479, 2480, 2481, 2482, 2483, 2484, 2507, 2508, 2509, 2510, 2511, 2512, 2513, 3345]), Anchor::Lits(&[439, 452, 453, 696, 719, 749, 1222, 1419, 1852, 2042, 2057, 2125, 2245, 2282, 2415, 2455, 2457, 2726, 3434, 3435])])),
        ],
    },
    // SquashedIl
    ViewAnchors {
        literals: Literals {
            bytes: b"\
abandon\
abandonanysandbox\
abandonsandbox\
abandonthesandbox\
abandonthissandbox\
abandonyour\
abandonyoursandbox\
abideby\
abidingby\
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
anthropics\
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
bypassanysandbox\
bypassed\
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
cannot\
cant\
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
didnot\
didnotappiied\
didnotappiy\
didnotexist\
didnotmatter\
didnt\
didntappiied\
didntappiy\
didntexist\
didntmatter\
directions\
directive\
directives\
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
dismiss\
disregard\
disregardanysandbox\
disregardinganysandbox\
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
doesanything\
doesnot\
doesnotappiied\
doesnotappiy\
doesnotexist\
doesnotmatter\
doesnt\
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
donotexist\
donotfoiiow\
donotieaveincharacter\
donotmatter\
donotneed\
donotobey\
donotworryabout\
dont\
dontappiied\
dontappiy\
dontbotherwith\
dontbreakcharacter\
dontbreakoutofcharacter\
dontcareabout\
dontexist\
dontfoiiow\
dontieaveincharacter\
dontmatter\
dontneed\
dontobey\
dontworryabout\
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
forget\
forgetanysandbox\
forgetsandbox\
forgetthesandbox\
forgetthissandbox\
forgettinganysandbox\
forgettingsandbox\
forgettingthesandbox\
forgettingthissandbox\
forgettingyour\
forgettingyoursandbox\
forgetyour\
forgetyoursandbox\
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
guidance\
guideiine\
guideiines\
hack\
hacked\
hackermode\
harmfui\
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
igggge\
igggne\
igggoe\
igggre\
iggnge\
iggnne\
iggnoe\
iggnre\
iggoge\
iggone\
iggooe\
iggore\
iggrge\
iggrne\
iggroe\
iggrre\
igngge\
igngne\
igngoe\
igngre\
ignnge\
ignnne\
ignnoe\
ignnre\
ignoge\
ignone\
ignooe\
ignora\
ignore\
ignoreanysandbox\
ignoresandbox\
ignorethesandbox\
ignorethissandbox\
ignoreyour\
ignoreyoursandbox\
ignoring\
ignoringanysandbox\
ignoringsandbox\
ignoringthesandbox\
ignoringthissandbox\
ignoringyour\
ignoringyoursandbox\
ignrge\
ignrne\
ignroe\
ignrre\
igogge\
igogne\
igogoe\
igogre\
igonge\
igonne\
igonoe\
igonre\
igooge\
igoone\
igoooe\
igoore\
igorge\
igorne\
igoroe\
igorre\
igrantyou\
igrgge\
igrgne\
igrgoe\
igrgre\
igrnge\
igrnne\
igrnoe\
igrnre\
igroge\
igrone\
igrooe\
igrore\
igrrge\
igrrne\
igrroe\
igrrre\
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
inggge\
inggne\
inggoe\
inggre\
ingnge\
ingnne\
ingnoe\
ingnre\
ingoge\
ingone\
ingooe\
ingore\
ingrge\
ingrne\
ingroe\
ingrre\
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
inngge\
inngne\
inngoe\
inngre\
innnge\
innnne\
innnoe\
innnre\
innoge\
innone\
innooe\
innore\
innrge\
innrne\
innroe\
innrre\
inogge\
inogne\
inogoe\
inogre\
inonge\
inonne\
inonoe\
inonre\
inooge\
inoone\
inoooe\
inoore\
inorge\
inorne\
inoroe\
inorre\
inoverridemode\
input\
inputgiventoyou\
inputsenttoyou\
inputyougot\
inputyouhave\
inputyoureceived\
inputyouweregiven\
inputyouweresent\
inrgge\
inrgne\
inrgoe\
inrgre\
inrnge\
inrnne\
inrnoe\
inrnre\
inroge\
inrone\
inrooe\
inrore\
inrrge\
inrrne\
inrroe\
inrrre\
instructedintoyou\
instructedinyou\
instructedtoyou\
instructedyou\
instruction\
instructions\
instructionsabove\
instructionsgiventoyou\
instructionssenttoyou\
instructionsyougot\
instructionsyouhave\
instructionsyoureceived\
instructionsyouweregiven\
instructionsyouweresent\
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
ioggge\
ioggne\
ioggoe\
ioggre\
iognge\
iognne\
iognoe\
iognre\
iogoge\
iogone\
iogooe\
iogore\
iogrge\
iogrne\
iogroe\
iogrre\
iongge\
iongne\
iongoe\
iongre\
ionnge\
ionnne\
ionnoe\
ionnre\
ionoge\
ionone\
ionooe\
ionore\
ionrge\
ionrne\
ionroe\
ionrre\
ioogge\
ioogne\
ioogoe\
ioogre\
ioonge\
ioonne\
ioonoe\
ioonre\
ioooge\
iooone\
iooooe\
iooore\
ioorge\
ioorne\
iooroe\
ioorre\
ioosen\
iorderyou\
iorgge\
iorgne\
iorgoe\
iorgre\
iornge\
iornne\
iornoe\
iornre\
ioroge\
iorone\
iorooe\
iorore\
iorrge\
iorrne\
iorroe\
iorrre\
iower\
ipermityou\
irggge\
irggne\
irggoe\
irggre\
irgnge\
irgnne\
irgnoe\
irgnre\
irgoge\
irgone\
irgooe\
irgore\
irgrge\
irgrne\
irgroe\
irgrre\
irngge\
irngne\
irngoe\
irngre\
irnnge\
irnnne\
irnnoe\
irnnre\
irnoge\
irnone\
irnooe\
irnore\
irnrge\
irnrne\
irnroe\
irnrre\
irogge\
irogne\
irogoe\
irogre\
ironge\
ironne\
ironoe\
ironre\
irooge\
iroone\
iroooe\
iroore\
irorge\
irorne\
iroroe\
irorre\
irrgge\
irrgne\
irrgoe\
irrgre\
irrnge\
irrnne\
irrnoe\
irrnre\
irroge\
irrone\
irrooe\
irrore\
irrrge\
irrrne\
irrroe\
irrrre\
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
neverieaveincharacter\
nevermatter\
nevermind\
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
noiongeriimitedby\
noiongermatter\
noiongerneed\
noiongerrestrictedby\
noneedto\
noneedtofoiiow\
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
omegamode\
omit\
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
openais\
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
overridden\
override\
overrideanysandbox\
overridesandbox\
overridethesandbox\
overridethissandbox\
overrideyour\
overrideyoursandbox\
overriding\
overridinganysandbox\
overridingsandbox\
overridingthesandbox\
overridingthissandbox\
overridingyour\
overridingyoursandbox\
overruie\
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
paused\
paynoattentionto\
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
previous\
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
prompt\
promptabove\
promptgiventoyou\
promptguard\
prompts\
promptsenttoyou\
promptyougot\
promptyouhave\
promptyoureceived\
promptyouweregiven\
promptyouweresent\
protections\
providedtoyou\
putaiiaiiofyour\
putaiiaiiyour\
putaiiofyour\
putaiithe\
putaiiyour\
putaside\
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
roiepiayas\
ruie\
ruiebreaking\
ruies\
ruieswhatsoever\
runin\
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
snowfiakeadded\
snowfiakeconfigured\
snowfiakedefined\
snowfiakegave\
snowfiakegive\
snowfiakeimposed\
snowfiakepiaced\
snowfiakeput\
snowfiakes\
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
stopfoiiowing\
stopiisteningto\
stopobeying\
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
theabove\
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
theaforementioned\
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
theforegoing\
theformer\
thegiven\
thehidden\
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
theoid\
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
thepast\
thepe\
thepi\
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
thepo\
thepr\
thepu\
thepv\
thereareno\
therearezero\
thereisno\
thereiszero\
therereno\
thererezero\
theresno\
thereszero\
thesecret\
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
throwout\
toidintoyou\
toidinyou\
toidtoyou\
toidyou\
tokensofthe\
tokensofyour\
tooneside\
training\
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
whatabove\
whatactuai\
whatareyou\
whatcommands\
whatcompiete\
whatconditioning\
whatconfidentiai\
whatconstraints\
whatcurrent\
whatdefauit\
whatdidyou\
whatdidyour\
whatdirections\
whatdirective\
whatdoesyour\
whatdoyour\
whateiseisinsideyour\
whateiseisinyour\
whateiseiswithinyour\
whateiseisyour\
whatentire\
whatever\
whatexact\
whatfirst\
whatfuii\
whatguardraiis\
whatguidance\
whatguideiine\
whathaveyou\
whathidden\
whatic\
whatii\
whatin\
whatio\
whatir\
whatis\
whatisinsideinsideyour\
whatisinsideinyour\
whatisinsidewithinyour\
whatisinsideyour\
whatisinyour\
whatiswithinyour\
whatisyour\
whatit\
whatiu\
whatopening\
whatoriginai\
whatprevious\
whatprior\
whatprivate\
whatprogramming\
whatprompt\
whatraw\
whatreai\
whatrestrictions\
whatruie\
whatsafeguards\
whatsecret\
whatsinsideinsideyour\
whatsinsideinyour\
whatsinsidewithinyour\
whatsinsideyour\
whatsinyour\
whatstarting\
whatswithinyour\
whatsyour\
whatsystem\
whattraining\
whatunderiying\
whatunfiitered\
whatverbatim\
whatveryfirst\
whatwasyou\
whatwereyou\
whatwhoie\
whichabove\
whichactuai\
whichappiytoyou\
whichbindsyou\
whichbindyou\
whichbiocksyou\
whichbiockyou\
whichbreaks\
whichbypasses\
whichcommands\
whichcompiete\
whichconditioning\
whichconfidentiai\
whichconstrainsyou\
whichconstraints\
whichconstrainyou\
whichcontroisyou\
whichcontroiyou\
whichcurrent\
whichdefauit\
whichdirections\
whichdirective\
whichdisregards\
whichdoesnotfoiiow\
whichdoesnothave\
whichdoesntfoiiow\
whichdoesnthave\
whichentire\
whichexact\
whichfirst\
whichforbidsyou\
whichforbidyou\
whichfuii\
whichgovernsyou\
whichgovernyou\
whichguardraiis\
whichguidance\
whichguideiine\
whichhasno\
whichhidden\
whichic\
whichignores\
whichii\
whichiimitsyou\
whichiimityou\
whichin\
whichio\
whichir\
whichis\
whichisnotboundby\
whichisntboundby\
whichit\
whichiu\
whichkeepsyou\
whichkeepyou\
whichneverfoiiows\
whichneverrefuses\
whichopening\
whichoriginai\
whichpreventsyou\
whichpreventyou\
whichprevious\
whichprior\
whichprivate\
whichprogramming\
whichprompt\
whichraw\
whichreai\
whichrestrictions\
whichrestrictsyou\
whichrestrictyou\
whichruie\
whichsafeguards\
whichsaysyou\
whichsayyou\
whichsecret\
whichstarting\
whichstopsyou\
whichstopyou\
whichsystem\
whichteiiyou\
whichtoidyou\
whichtraining\
whichunderiying\
whichunfiitered\
whichverbatim\
whichveryfirst\
whichwhoie\
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
wiiinot\
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
wont\
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
youraforementioned\
youraiteraiterego\
youraiterego\
youraiteridentity\
youraitermode\
youraiterpersona\
youraiterseif\
youraiterside\
youraitertwin\
youraiterversion\
yourassigned\
yourassignment\
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
youreariier\
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
yourforegoing\
yourformer\
yourfuii\
yourgiven\
yourgoai\
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
youridentity\
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
yourjob\
yourmetaprompt\
yourmission\
yourobjective\
youroid\
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
yourpast\
yourpe\
yourpersona\
yourpi\
yourpo\
yourpoiicies\
yourpr\
yourpreambie\
yourpreprompt\
yourprevious\
yourprior\
yourprivate\
yourprogramming\
yourprompt\
yourpu\
yourpv\
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
yourroie\
yourruies\
yoursafety\
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
yourtask\
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
            ends: &[7, 24, 38, 55, 73, 84, 102, 109, 118, 123, 135, 153, 165, 180, 196, 210, 224, 236, 247, 261, 275, 292, 304, 315, 330, 345, 360, 378, 394, 405, 415, 434, 448, 461, 476, 496, 509, 521, 534, 555, 571, 580, 599, 602, 607, 614, 622, 630, 640, 659, 675, 691, 707, 725, 738, 752, 764, 775, 786, 796, 804, 814, 817, 833, 847, 865, 872, 881, 886, 891, 904, 915, 930, 950, 968, 990, 1001, 1010, 1027, 1042, 1061, 1078, 1093, 1112, 1128, 1142, 1160, 1178, 1194, 1214, 1227, 1245, 1261, 1281, 1294, 1305, 1320, 1332, 1342, 1356, 1380, 1402, 1428, 1443, 1456, 1477, 1496, 1519, 1540, 1559, 1582, 1602, 1620, 1642, 1664, 1684, 1708, 1725, 1747, 1767, 1791, 1805, 1817, 1833, 1842, 1856, 1868, 1884, 1891, 1897, 1907, 1918, 1924, 1932, 1940, 1955, 1976, 2005, 2038, 2065, 2093, 2119, 2145, 2172, 2186, 2208, 2234, 2254, 2275, 2294, 2313, 2333, 2347, 2369, 2395, 2415, 2436, 2455, 2474, 2494, 2510, 2534, 2562, 2584, 2607, 2628, 2649, 2671, 2685, 2704, 2720, 2733, 2746, 2762, 2777, 2789, 2799, 2811, 2829, 2843, 2846, 2854, 2875, 2894, 2917, 2929, 2939, 2957, 2973, 2993, 3011, 3027, 3047, 3064, 3079, 3098, 3117, 3134, 3155, 3169, 3188, 3205, 3226, 3233, 3246, 3266, 3280, 3301, 3318, 3329, 3341, 3360, 3373, 3393, 3409, 3419, 3433, 3454, 3469, 3491, 3509, 3521, 3533, 3552, 3565, 3585, 3601, 3611, 3624, 3636, 3648, 3663, 3677, 3696, 3708, 3716, 3721, 3725, 3735, 3744, 3753, 3761, 3771, 3780, 3791, 3801, 3810, 3823, 3835, 3847, 3858, 3871, 3883, 3897, 3910, 3922, 3934, 3944, 3954, 3962, 3968, 3982, 3995, 4008, 4020, 4034, 4047, 4062, 4076, 4089, 4106, 4122, 4138, 4153, 4170, 4186, 4204, 4221, 4237, 4247, 4255, 4265, 4275, 4288, 4297, 4302, 4306, 4312, 4318, 4333, 4351, 4367, 4382, 4395, 4410, 4423, 4435, 4446, 4464, 4480, 4495, 4508, 4523, 4543, 4558, 4572, 4588, 4598, 4610, 4627, 4650, 4667, 4687, 4708, 4727, 4746, 4763, 4779, 4798, 4817, 4839, 4856, 4872, 4892, 4912, 4932, 4955, 4976, 4992, 5010, 5026, 5047, 5062, 5076, 5089, 5104, 5117, 5127, 5144, 5167, 5184, 5204, 5225, 5244, 5263, 5280, 5296, 5315, 5334, 5356, 5373, 5389, 5409, 5429, 5449, 5472, 5493, 5509, 5523, 5545, 5562, 5572, 5591, 5608, 5624, 5644, 5658, 5674, 5688, 5703, 5709, 5717, 5727, 5736, 5748, 5767, 5780, 5800, 5816, 5826, 5837, 5855, 5867, 5886, 5901, 5910, 5923, 5943, 5957, 5978, 5995, 6006, 6017, 6035, 6047, 6066, 6081, 6090, 6098, 6108, 6113, 6124, 6138, 6160, 6177, 6202, 6222, 6247, 6267, 6295, 6318, 6344, 6365, 6394, 6418, 6444, 6465, 6494, 6518, 6538, 6557, 6571, 6593, 6610, 6632, 6649, 6674, 6694, 6717, 6735, 6761, 6782, 6805, 6823, 6849, 6870, 6882, 6888, 6904, 6912, 6931, 6947, 6966, 6986, 6999, 7019, 7032, 7048, 7065, 7075, 7092, 7098, 7106, 7115, 7128, 7134, 7138, 7145, 7155, 7164, 7175, 7190, 7206, 7210, 7219, 7235, 7253, 7267, 7283, 7298, 7314, 7329, 7347, 7362, 7376, 7393, 7402, 7411, 7421, 7433, 7441, 7460, 7478, 7499, 7516, 7532, 7551, 7570, 7591, 7608, 7627, 7645, 7666, 7684, 7701, 7721, 7733, 7745, 7758, 7773, 7789, 7809, 7825, 7838, 7855, 7868, 7877, 7887, 7897, 7906, 7916, 7936, 7959, 7979, 8002, 8026, 8043, 8067, 8084, 8104, 8125, 8139, 8160, 8170, 8177, 8185, 8198, 8208, 8230, 8252, 8278, 8290, 8310, 8334, 8357, 8384, 8405, 8423, 8449, 8475, 8505, 8521, 8545, 8573, 8600, 8631, 8656, 8678, 8704, 8724, 8743, 8769, 8791, 8813, 8829, 8844, 8866, 8884, 8899, 8921, 8937, 8960, 8979, 8992, 9006, 9027, 9042, 9064, 9082, 9094, 9110, 9133, 9150, 9174, 9194, 9208, 9222, 9243, 9258, 9280, 9298, 9310, 9322, 9347, 9369, 9391, 9413, 9437, 9456, 9476, 9494, 9511, 9528, 9544, 9550, 9563, 9573, 9597, 9622, 9633, 9652, 9667, 9686, 9693, 9706, 9720, 9732, 9745, 9760, 9773, 9792, 9805, 9819, 9826, 9839, 9847, 9857, 9869, 9886, 9895, 9905, 9912, 9921, 9937, 9955, 9969, 9985, 10000, 10016, 10031, 10049, 10064, 10078, 10095, 10104, 10113, 10123, 10135, 10143, 10162, 10180, 10201, 10218, 10234, 10253, 10272, 10293, 10310, 10329, 10347, 10368, 10386, 10403, 10423, 10435, 10447, 10460, 10475, 10491, 10511, 10527, 10540, 10557, 10570, 10579, 10589, 10599, 10612, 10632, 10646, 10667, 10684, 10695, 10707, 10726, 10739, 10759, 10775, 10785, 10799, 10820, 10835, 10857, 10875, 10887, 10899, 10918, 10931, 10951, 10967, 10977, 10980, 10987, 11003, 11013, 11033, 11044, 11061, 11081, 11102, 11116, 11137, 11149, 11171, 11190, 11212, 11235, 11251, 11274, 11280, 11296, 11309, 11325, 11342, 11352, 11369, 11386, 11399, 11416, 11426, 11448, 11467, 11486, 11505, 11526, 11542, 11555, 11572, 11587, 11601, 11615, 11629, 11642, 11649, 11655, 11668, 11679, 11690, 11702, 11707, 11719, 11729, 11739, 11750, 11760, 11769, 11779, 11786, 11803, 11811, 11825, 11842, 11860, 11871, 11889, 11898, 11917, 11933, 11952, 11972, 11985, 12005, 12012, 12019, 12028, 12047, 12069, 12088, 12110, 12133, 12149, 12172, 12188, 12207, 12227, 12240, 12260, 12265, 12277, 12284, 12298, 12310, 12322, 12335, 12341, 12354, 12365, 12376, 12388, 12393, 12405, 12415, 12434, 12458, 12472, 12482, 12493, 12514, 12525, 12534, 12543, 12558, 12562, 12573, 12582, 12596, 12614, 12637, 12650, 12659, 12669, 12689, 12699, 12707, 12715, 12729, 12733, 12741, 12745, 12766, 12785, 12808, 12820, 12830, 12848, 12864, 12884, 12902, 12918, 12938, 12955, 12970, 12989, 13008, 13025, 13046, 13060, 13079, 13096, 13117, 13124, 13131, 13140, 13146, 13154, 13160, 13165, 13178, 13192, 13200, 13206, 13222, 13237, 13248, 13258, 13268, 13286, 13299, 13317, 13330, 13351, 13367, 13386, 13400, 13422, 13439, 13449, 13468, 13482, 13504, 13521, 13529, 13547, 13564, 13576, 13596, 13611, 13631, 13646, 13669, 13687, 13708, 13724, 13748, 13767, 13779, 13800, 13816, 13840, 13859, 13877, 13891, 13908, 13927, 13939, 13945, 13950, 13965, 13977, 13992, 14008, 14017, 14033, 14040, 14057, 14071, 14088, 14106, 14117, 14135, 14140, 14150, 14173, 14194, 14219, 14233, 14245, 14265, 14283, 14305, 14325, 14343, 14365, 14384, 14401, 14422, 14443, 14462, 14485, 14501, 14522, 14541, 14564, 14586, 14606, 14630, 14643, 14654, 14673, 14690, 14711, 14730, 14747, 14768, 14786, 14802, 14822, 14842, 14860, 14882, 14897, 14917, 14935, 14957, 14966, 14970, 14978, 14999, 15028, 15061, 15088, 15116, 15142, 15168, 15195, 15214, 15241, 15272, 15297, 15323, 15347, 15371, 15396, 15417, 15446, 15479, 15506, 15534, 15560, 15586, 15613, 15637, 15659, 15681, 15714, 15755, 15800, 15839, 15879, 15917, 15955, 15994, 16021, 16056, 16095, 16128, 16162, 16194, 16226, 16259, 16269, 16282, 16302, 16316, 16337, 16354, 16365, 16377, 16396, 16409, 16429, 16445, 16455, 16469, 16490, 16505, 16527, 16545, 16557, 16569, 16588, 16601, 16621, 16637, 16647, 16653, 16660, 16682, 16694, 16700, 16719, 16746, 16777, 16802, 16828, 16852, 16876, 16901, 16913, 16933, 16957, 16975, 16994, 17011, 17028, 17046, 17058, 17078, 17102, 17120, 17139, 17156, 17173, 17191, 17205, 17227, 17253, 17273, 17294, 17313, 17332, 17352, 17359, 17369, 17379, 17387, 17397, 17404, 17417, 17426, 17432, 17448, 17461, 17477, 17494, 17514, 17531, 17551, 17572, 17586, 17607, 17617, 17634, 17640, 17649, 17661, 17673, 17683, 17695, 17704, 17719, 17730, 17739, 17751, 17763, 17773, 17785, 17794, 17809, 17820, 17830, 17841, 17860, 17873, 17886, 17900, 17913, 17923, 17937, 17948, 17960, 17968, 17977, 17988, 17996, 18012, 18038, 18061, 18087, 18114, 18134, 18161, 18175, 18199, 18220, 18244, 18269, 18294, 18304, 18315, 18335, 18361, 18381, 18404, 18428, 18450, 18472, 18492, 18511, 18533, 18555, 18580, 18600, 18619, 18642, 18665, 18688, 18714, 18738, 18757, 18782, 18813, 18838, 18866, 18895, 18922, 18949, 18974, 18998, 19025, 19052, 19082, 19107, 19131, 19159, 19187, 19215, 19246, 19275, 19299, 19312, 19326, 19337, 19346, 19355, 19362, 19371, 19390, 19406, 19425, 19445, 19458, 19478, 19495, 19507, 19527, 19542, 19562, 19577, 19600, 19618, 19639, 19655, 19679, 19698, 19719, 19735, 19759, 19778, 19786, 19804, 19819, 19837, 19856, 19875, 19888, 19911, 19931, 19954, 19978, 19995, 20019, 20030, 20039, 20049, 20058, 20065, 20069, 20076, 20085, 20094, 20100, 20104, 20110, 20123, 20138, 20149, 20162, 20174, 20187, 20199, 20214, 20226, 20237, 20251, 20257, 20263, 20270, 20279, 20284, 20300, 20315, 20333, 20347, 20360, 20376, 20392, 20410, 20424, 20440, 20455, 20473, 20488, 20502, 20519, 20528, 20537, 20547, 20559, 20572, 20589, 20602, 20612, 20626, 20636, 20642, 20649, 20656, 20661, 20671, 20680, 20690, 20698, 20707, 20717, 20721, 20727, 20737, 20744, 20763, 20779, 20795, 20811, 20827, 20845, 20857, 20870, 20884, 20896, 20907, 20918, 20928, 20944, 20956, 20975, 20988, 21008, 21024, 21034, 21045, 21063, 21075, 21094, 21109, 21118, 21131, 21151, 21165, 21186, 21203, 21214, 21225, 21243, 21255, 21274, 21289, 21298, 21303, 21309, 21323, 21332, 21345, 21352, 21363, 21371, 21388, 21403, 21417, 21428, 21440, 21456, 21470, 21487, 21502, 21513, 21525, 21535, 21546, 21554, 21563, 21570, 21576, 21582, 21588, 21594, 21600, 21606, 21612, 21618, 21624, 21630, 21636, 21642, 21648, 21654, 21660, 21666, 21672, 21678, 21684, 21690, 21696, 21702, 21708, 21714, 21720, 21726, 21732, 21738, 21744, 21760, 21773, 21789, 21806, 21816, 21833, 21841, 21859, 21874, 21892, 21911, 21923, 21942, 21948, 21954, 21960, 21966, 21972, 21978, 21984, 21990, 21996, 22002, 22008, 22014, 22020, 22026, 22032, 22038, 22044, 22050, 22056, 22062, 22071, 22077, 22083, 22089, 22095, 22101, 22107, 22113, 22119, 22125, 22131, 22137, 22143, 22149, 22155, 22161, 22167, 22181, 22194, 22208, 22223, 22242, 22259, 22274, 22292, 22306, 22321, 22337, 22351, 22360, 22373, 22377, 22391, 22397, 22408, 22422, 22437, 22445, 22460, 22470, 22479, 22488, 22496, 22506, 22515, 22526, 22536, 22545, 22558, 22570, 22582, 22593, 22606, 22618, 22632, 22645, 22657, 22667, 22678, 22691, 22711, 22725, 22746, 22763, 22774, 22783, 22796, 22808, 22827, 22840, 22860, 22876, 22886, 22900, 22921, 22936, 22958, 22976, 22988, 22994, 23010, 23022, 23041, 23054, 23074, 23090, 23100, 23109, 23119, 23129, 23140, 23152, 23168, 23180, 23196, 23207, 23215, 23236, 23265, 23298, 23325, 23353, 23379, 23405, 23432, 23446, 23468, 23494, 23514, 23535, 23554, 23573, 23593, 23607, 23629, 23655, 23675, 23696, 23715, 23734, 23754, 23770, 23794, 23822, 23844, 23867, 23888, 23909, 23931, 23938, 23945, 23956, 23964, 23980, 23995, 24008, 24026, 24040, 24058, 24066, 24070, 24076, 24082, 24088, 24094, 24100, 24106, 24112, 24118, 24124, 24130, 24136, 24142, 24148, 24154, 24160, 24166, 24173, 24193, 24210, 24227, 24244, 24263, 24277, 24286, 24300, 24314, 24329, 24342, 24354, 24366, 24377, 24385, 24399, 24417, 24432, 24446, 24452, 24458, 24464, 24470, 24476, 24482, 24488, 24494, 24500, 24506, 24512, 24518, 24524, 24530, 24536, 24542, 24548, 24554, 24560, 24566, 24572, 24578, 24584, 24590, 24596, 24602, 24608, 24614, 24620, 24626, 24632, 24638, 24652, 24657, 24672, 24686, 24697, 24709, 24725, 24742, 24758, 24764, 24770, 24776, 24782, 24788, 24794, 24800, 24806, 24812, 24818, 24824, 24830, 24836, 24842, 24848, 24854, 24871, 24886, 24901, 24914, 24925, 24937, 24954, 24976, 24997, 25015, 25034, 25057, 25081, 25104, 25125, 25143, 25161, 25179, 25199, 25214, 25230, 25244, 25257, 25270, 25282, 25299, 25316, 25334, 25351, 25367, 25386, 25398, 25417, 25442, 25461, 25483, 25506, 25527, 25548, 25567, 25585, 25606, 25627, 25651, 25670, 25688, 25710, 25732, 25754, 25779, 25802, 25820, 25845, 25876, 25901, 25929, 25958, 25985, 26012, 26037, 26061, 26088, 26115, 26145, 26170, 26194, 26222, 26250, 26278, 26309, 26338, 26362, 26368, 26374, 26380, 26386, 26392, 26398, 26404, 26410, 26416, 26422, 26428, 26434, 26440, 26446, 26452, 26458, 26464, 26470, 26476, 26482, 26488, 26494, 26500, 26506, 26512, 26518, 26524, 26530, 26536, 26542, 26548, 26554, 26560, 26566, 26572, 26578, 26584, 26590, 26596, 26602, 26608, 26614, 26620, 26626, 26632, 26638, 26644, 26650, 26656, 26665, 26671, 26677, 26683, 26689, 26695, 26701, 26707, 26713, 26719, 26725, 26731, 26737, 26743, 26749, 26755, 26761, 26766, 26776, 26782, 26788, 26794, 26800, 26806, 26812, 26818, 26824, 26830, 26836, 26842, 26848, 26854, 26860, 26866, 26872, 26878, 26884, 26890, 26896, 26902, 26908, 26914, 26920, 26926, 26932, 26938, 26944, 26950, 26956, 26962, 26968, 26974, 26980, 26986, 26992, 26998, 27004, 27010, 27016, 27022, 27028, 27034, 27040, 27046, 27052, 27058, 27064, 27070, 27076, 27082, 27088, 27094, 27100, 27106, 27112, 27118, 27124, 27130, 27136, 27142, 27148, 27154, 27160, 27172, 27183, 27195, 27203, 27220, 27235, 27247, 27261, 27279, 27292, 27312, 27326, 27342, 27359, 27375, 27386, 27404, 27416, 27432, 27445, 27461, 27477, 27495, 27514, 27530, 27543, 27558, 27574, 27593, 27607, 27628, 27643, 27660, 27679, 27697, 27717, 27730, 27750, 27767, 27777, 27789, 27808, 27821, 27838, 27852, 27869, 27886, 27900, 27922, 27948, 27968, 27989, 28008, 28027, 28047, 28059, 28079, 28103, 28121, 28140, 28157, 28174, 28192, 28206, 28228, 28254, 28274, 28295, 28314, 28333, 28353, 28370, 28385, 28400, 28408, 28434, 28468, 28506, 28538, 28571, 28602, 28633, 28665, 28685, 28713, 28745, 28771, 28798, 28823, 28848, 28874, 28890, 28904, 28917, 28927, 28938, 28953, 28968, 28981, 28997, 29011, 29021, 29032, 29041, 29051, 29058, 29066, 29070, 29079, 29093, 29114, 29129, 29151, 29169, 29181, 29194, 29214, 29228, 29249, 29266, 29277, 29292, 29314, 29330, 29353, 29372, 29385, 29398, 29418, 29432, 29453, 29470, 29481, 29487, 29506, 29521, 29540, 29557, 29565, 29581, 29599, 29616, 29630, 29645, 29664, 29684, 29703, 29716, 29730, 29748, 29767, 29785, 29802, 29816, 29830, 29844, 29860, 29871, 29883, 29893, 29902, 29911, 29919, 29926, 29936, 29948, 29956, 29962, 29971, 29978, 29984, 30000, 30013, 30029, 30046, 30056, 30073, 30083, 30103, 30120, 30140, 30161, 30175, 30196, 30201, 30213, 30223, 30242, 30266, 30276, 30287, 30308, 30319, 30328, 30340, 30348, 30360, 30373, 30381, 30393, 30401, 30415, 30430, 30443, 30458, 30471, 30485, 30502, 30516, 30528, 30548, 30556, 30570, 30584, 30602, 30609, 30618, 30628, 30640, 30655, 30660, 30665, 30676, 30688, 30695, 30699, 30715, 30731, 30751, 30768, 30793, 30822, 30845, 30869, 30891, 30913, 30936, 30946, 30964, 30986, 31002, 31019, 31034, 31049, 31065, 31071, 31085, 31103, 31120, 31141, 31156, 31168, 31188, 31208, 31232, 31242, 31260, 31282, 31303, 31328, 31347, 31363, 31380, 31395, 31410, 31430, 31444, 31457, 31477, 31493, 31505, 31525, 31549, 31567, 31586, 31603, 31620, 31638, 31654, 31664, 31673, 31689, 31701, 31710, 31713, 31724, 31735, 31750, 31765, 31781, 31799, 31819, 31834, 31850, 31862, 31868, 31884, 31900, 31920, 31940, 31961, 31984, 32009, 32029, 32050, 32067, 32086, 32107, 32123, 32140, 32154, 32170, 32181, 32193, 32202, 32206, 32212, 32217, 32231, 32253, 32279, 32299, 32320, 32339, 32358, 32378, 32390, 32410, 32434, 32452, 32471, 32488, 32505, 32523, 32537, 32559, 32585, 32605, 32626, 32645, 32664, 32684, 32701, 32716, 32731, 32757, 32791, 32829, 32861, 32894, 32925, 32956, 32988, 33008, 33036, 33068, 33094, 33121, 33146, 33171, 33197, 33204, 33209, 33220, 33236, 33249, 33259, 33269, 33282, 33294, 33303, 33310, 33319, 33334, 33345, 33365, 33382, 33399, 33416, 33435, 33449, 33464, 33477, 33489, 33501, 33512, 33521, 33530, 33542, 33548, 33556, 33577, 33595, 33613, 33631, 33651, 33661, 33676, 33692, 33706, 33719, 33732, 33744, 33752, 33762, 33770, 33788, 33803, 33821, 33840, 33852, 33871, 33881, 33901, 33918, 33938, 33959, 33973, 33994, 34002, 34016, 34031, 34046, 34062, 34078, 34092, 34105, 34115, 34126, 34141, 34154, 34170, 34184, 34194, 34205, 34214, 34224, 34231, 34239, 34248, 34258, 34264, 34280, 34290, 34299, 34306, 34323, 34338, 34352, 34363, 34375, 34391, 34405, 34422, 34437, 34448, 34460, 34470, 34481, 34489, 34498, 34511, 34519, 34525, 34533, 34549, 34562, 34575, 34588, 34603, 34613, 34624, 34633, 34641, 34649, 34656, 34670, 34681, 34688, 34696, 34706, 34716, 34726, 34731, 34743, 34764, 34780, 34795, 34812, 34834, 34849, 34863, 34874, 34889, 34912, 34930, 34941, 34962, 34982, 34999, 35016, 35033, 35052, 35066, 35081, 35094, 35106, 35118, 35129, 35138, 35155, 35170, 35185, 35198, 35209, 35215, 35226, 35242, 35253, 35260, 35275, 35287, 35300, 35317, 35335, 35352, 35363, 35376, 35391, 35404, 35416, 35425, 35435, 35443, 35453, 35461, 35475, 35487, 35502, 35515, 35524, 35534, 35542, 35551, 35557, 35569, 35577, 35583, 35591, 35598, 35611, 35615, 35632, 35646, 35660, 35674, 35690, 35701, 35713, 35723, 35732, 35741, 35749, 35759, 35768, 35776, 35783, 35788, 35800, 35814, 35829, 35837, 35854, 35860, 35867, 35875, 35882, 35889, 35897, 35904, 35911, 35920, 35929, 35938, 35947, 35957, 35966, 35982, 36005, 36022, 36046, 36066, 36080, 36091, 36103, 36125, 36140, 36162, 36178, 36201, 36220, 36233, 36250, 36274, 36292, 36317, 36338, 36353, 36368, 36390, 36406, 36429, 36448, 36461, 36468, 36476, 36483, 36488, 36498, 36502, 36514, 36519, 36534, 36539, 36548, 36558, 36564, 36575, 36592, 36606, 36618, 36631, 36647, 36658, 36672, 36688, 36702, 36714, 36729, 36747, 36758, 36772, 36784, 36798, 36812, 36822, 36835, 36846, 36857, 36866, 36880, 36888, 36893, 36912, 36928, 36944, 36960, 36978, 36991, 37005, 37017, 37028, 37039, 37049, 37061, 37074, 37087, 37102, 37115, 37131, 37149, 37166, 37186, 37199, 37213, 37227, 37242, 37253, 37262, 37271, 37278, 37293, 37306, 37318, 37327, 37337, 37345, 37359, 37371, 37386, 37399, 37408, 37418, 37426, 37435, 37441, 37446, 37453, 37471, 37487, 37502, 37514, 37527, 37544, 37559, 37577, 37593, 37605, 37618, 37629, 37641, 37650, 37660, 37668, 37686, 37701, 37719, 37738, 37750, 37769, 37776, 37793, 37807, 37824, 37842, 37853, 37871, 37879, 37887, 37897, 37901, 37915, 37934, 37950, 37963, 37976, 37992, 38007, 38019, 38029, 38041, 38059, 38073, 38078, 38090, 38108, 38120, 38135, 38151, 38165, 38179, 38191, 38202, 38216, 38230, 38247, 38259, 38270, 38285, 38300, 38315, 38333, 38349, 38360, 38376, 38400, 38428, 38450, 38473, 38494, 38515, 38537, 38551, 38573, 38599, 38619, 38640, 38659, 38678, 38698, 38714, 38738, 38766, 38788, 38811, 38832, 38853, 38875, 38894, 38911, 38928, 38956, 38992, 39032, 39066, 39101, 39134, 39167, 39201, 39223, 39253, 39287, 39315, 39344, 39371, 39398, 39426, 39439, 39457, 39472, 39484, 39496, 39511, 39525, 39536, 39547, 39564, 39577, 39589, 39606, 39620, 39631, 39642, 39656, 39669, 39679, 39689, 39705, 39717, 39724, 39743, 39758, 39777, 39785, 39806, 39824, 39842, 39860, 39880, 39895, 39911, 39925, 39938, 39951, 39963, 39973, 39984, 39995, 40011, 40023, 40039, 40049, 40060, 40077, 40089, 40095, 40110, 40123, 40142, 40156, 40175, 40195, 40215, 40232, 40250, 40268, 40278, 40285, 40289, 40304, 40317, 40332, 40343, 40348, 40355, 40372, 40386, 40403, 40421, 40432, 40450, 40458, 40465, 40472, 40489, 40498, 40512, 40529, 40547, 40558, 40576, 40594, 40610, 40625, 40637, 40650, 40662, 40684, 40703, 40725, 40748, 40764, 40787, 40798, 40808, 40825, 40840, 40849, 40867, 40883, 40902, 40918, 40930, 40949, 40969, 40982, 41002, 41013, 41025, 41034, 41042, 41052, 41058, 41077, 41093, 41109, 41125, 41142, 41160, 41173, 41187, 41199, 41210, 41221, 41231, 41237, 41270, 41311, 41356, 41395, 41435, 41473, 41511, 41550, 41576, 41610, 41648, 41680, 41713, 41744, 41775, 41807, 41833, 41867, 41905, 41937, 41970, 42001, 42032, 42064, 42092, 42128, 42168, 42202, 42237, 42270, 42303, 42337, 42364, 42399, 42438, 42471, 42505, 42537, 42569, 42602, 42622, 42650, 42682, 42708, 42735, 42760, 42785, 42811, 42831, 42859, 42891, 42917, 42944, 42969, 42994, 43020, 43042, 43072, 43106, 43134, 43163, 43190, 43217, 43245, 43255, 43275, 43292, 43312, 43333, 43347, 43368, 43373, 43386, 43397, 43408, 43417, 43428, 43437, 43446, 43453, 43464, 43468, 43477, 43487, 43501, 43513, 43524, 43537, 43549, 43559, 43571, 43588, 43604, 43619, 43633, 43647, 43664, 43679, 43695, 43709, 43723, 43736, 43750, 43763, 43772, 43783, 43796, 43808, 43824, 43839, 43851, 43862, 43878, 43894, 43909, 43923, 43939, 43954, 43965, 43975, 43987, 43998, 44009, 44020, 44023, 44031, 44044, 44062, 44077, 44089, 44101, 44116, 44137, 44163, 44186, 44206, 44226, 44249, 44271, 44290, 44309, 44334, 44355, 44369, 44380, 44391, 44408, 44421, 44438, 44446, 44461, 44478, 44491, 44506, 44520, 44535, 44549, 44566, 44580, 44593, 44609, 44617, 44625, 44634, 44645, 44652, 44670, 44687, 44707, 44723, 44738, 44756, 44774, 44794, 44810, 44828, 44845, 44865, 44882, 44898, 44917, 44928, 44939, 44951, 44965, 44980, 44999, 45014, 45026, 45042, 45054, 45062, 45071, 45080, 45095, 45117, 45141, 45161, 45183, 45204, 45226, 45247, 45271, 45292, 45312, 45335, 45350, 45365, 45381, 45399, 45413, 45438, 45462, 45489, 45512, 45534, 45559, 45584, 45611, 45634, 45659, 45683, 45710, 45734, 45757, 45783, 45801, 45819, 45838, 45859, 45881, 45907, 45929, 45948, 45971, 45990, 46005, 46021, 46037, 46052, 46072, 46089, 46103, 46117, 46134, 46150, 46163, 46176, 46195, 46210, 46228, 46251, 46271, 46288, 46305, 46325, 46344, 46360, 46376, 46398, 46416, 46428, 46437, 46445, 46454, 46465, 46483, 46503, 46519, 46537, 46554, 46572, 46589, 46609, 46626, 46642, 46661, 46672, 46683, 46695, 46709, 46719, 46740, 46760, 46783, 46802, 46820, 46841, 46862, 46885, 46904, 46925, 46945, 46968, 46988, 47007, 47029, 47043, 47057, 47072, 47089, 47107, 47129, 47147, 47162, 47181, 47196, 47207, 47219, 47231, 47237, 47250, 47266, 47287, 47305, 47320, 47335, 47353, 47370, 47384, 47401, 47423, 47442, 47456, 47472, 47488, 47507, 47527, 47545, 47560, 47575, 47596, 47613, 47629, 47642, 47649, 47654, 47659, 47675, 47696, 47714, 47729, 47744, 47762, 47779, 47793, 47807, 47827, 47843, 47848, 47853, 47858, 47863, 47873, 47885, 47894, 47905, 47914, 47925, 47933, 47943, 47952, 47966, 47985, 48001, 48014, 48027, 48043, 48058, 48070, 48082, 48100, 48114, 48134, 48152, 48174, 48185, 48194, 48211, 48226, 48245, 48262, 48277, 48296, 48312, 48326, 48344, 48362, 48378, 48398, 48411, 48429, 48445, 48465, 48474, 48488, 48499, 48507, 48515, 48528, 48546, 48561, 48573, 48585, 48600, 48614, 48625, 48636, 48653, 48666, 48677, 48684, 48694, 48701, 48708, 48721, 48730, 48747, 48756, 48772, 48790, 48804, 48820, 48835, 48851, 48866, 48884, 48899, 48913, 48930, 48939, 48948, 48958, 48970, 48978, 48997, 49015, 49036, 49053, 49069, 49088, 49107, 49128, 49145, 49164, 49182, 49203, 49221, 49238, 49258, 49270, 49282, 49295, 49310, 49326, 49346, 49362, 49375, 49392, 49405, 49414, 49424, 49434, 49450, 49473, 49498, 49519, 49542, 49564, 49587, 49609, 49634, 49656, 49677, 49701, 49717, 49733, 49750, 49769, 49784, 49810, 49835, 49863, 49887, 49910, 49936, 49962, 49990, 50014, 50040, 50065, 50093, 50118, 50142, 50169, 50188, 50207, 50227, 50249, 50272, 50299, 50322, 50342, 50366, 50386, 50402, 50419, 50436, 50448, 50467, 50488, 50505, 50524, 50542, 50561, 50579, 50600, 50618, 50635, 50655, 50667, 50679, 50692, 50707, 50718, 50740, 50761, 50785, 50805, 50824, 50846, 50868, 50892, 50912, 50934, 50955, 50979, 51000, 51020, 51043, 51058, 51073, 51089, 51107, 51126, 51149, 51168, 51184, 51204, 51220, 51232, 51245, 51258, 51266, 51274, 51283, 51291, 51302, 51311, 51320, 51327, 51338, 51350, 51359, 51367, 51382, 51398, 51411, 51419, 51435, 51449, 51462, 51472, 51483, 51493, 51513, 51530, 51550, 51571, 51585, 51606, 51614, 51629, 51642, 51649, 51665, 51679, 51696, 51710, 51720, 51737, 51755, 51766, 51784, 51793, 51803, 51809, 51816, 51824, 51833, 51840, 51849, 51860, 51870, 51884, 51896, 51905, 51918, 51933, 51945, 51968, 51988, 52008, 52028, 52050, 52067, 52085, 52101, 52116, 52131, 52145, 52154, 52173, 52189, 52208, 52228, 52241, 52261, 52270, 52280, 52294, 52301, 52310, 52323, 52329, 52341, 52352, 52364, 52376, 52392, 52402, 52412, 52426, 52434, 52441, 52463, 52482, 52501, 52520, 52541, 52557, 52574, 52589, 52603, 52617, 52630, 52637, 52641, 52647, 52653, 52667, 52682, 52691, 52695, 52704, 52714, 52724, 52736, 52748, 52764, 52780, 52795, 52806, 52817, 52827, 52838, 52852, 52865, 52877, 52887, 52907, 52923, 52943, 52957, 52967, 52975, 52984, 52993, 53001, 53015, 53027, 53040, 53051, 53061, 53067, 53073, 53079, 53085, 53091, 53097, 53119, 53137, 53159, 53175, 53187, 53203, 53213, 53219, 53225, 53236, 53248, 53260, 53269, 53280, 53295, 53305, 53312, 53320, 53336, 53344, 53358, 53368, 53389, 53406, 53427, 53442, 53453, 53465, 53480, 53489, 53499, 53511, 53525, 53539, 53551, 53564, 53574, 53585, 53594, 53604, 53615, 53630, 53643, 53655, 53669, 53682, 53693, 53706, 53719, 53732, 53749, 53766, 53784, 53800, 53817, 53833, 53848, 53860, 53872, 53887, 53901, 53916, 53934, 53950, 53967, 53982, 53993, 54003, 54013, 54028, 54042, 54051, 54066, 54080, 54095, 54108, 54122, 54132, 54143, 54150, 54162, 54169, 54183, 54196, 54203, 54210, 54217, 54224, 54241, 54257, 54264, 54271, 54284, 54296, 54313, 54330, 54342, 54355, 54371, 54386, 54399, 54409, 54421, 54437, 54448, 54456, 54465, 54482, 54499, 54515, 54524, 54539, 54551, 54562, 54573, 54586, 54599, 54611, 54622, 54634, 54646, 54659, 54674, 54689, 54702, 54716, 54726, 54735, 54746, 54759, 54775, 54789, 54804, 54817, 54825, 54835, 54850, 54864, 54879, 54894, 54908, 54915, 54927, 54943, 54950, 54970, 54986, 55003, 55023, 55039, 55061, 55076, 55093, 55106, 55120, 55137, 55150, 55169, 55181, 55199, 55214, 55232, 55251, 55265, 55285, 55298, 55302, 55312, 55323, 55333, 55353, 55370, 55390, 55411, 55425, 55446, 55458, 55468, 55478, 55486, 55503, 55516, 55533, 55545, 55555, 55565, 55573, 55579, 55590, 55603, 55614, 55622, 55638, 55652, 55667, 55686, 55704, 55720, 55735, 55747, 55757, 55770, 55781, 55795, 55811, 55823, 55837, 55854, 55875, 55892, 55907, 55920, 55931, 55945, 55955, 55961, 55974, 55987, 56005, 56023, 56037, 56049, 56064, 56077, 56089, 56102, 56114, 56129, 56141, 56152, 56166, 56175, 56187, 56195, 56205, 56211, 56222, 56233, 56249, 56265, 56277, 56287, 56300, 56306, 56321, 56336, 56356, 56376, 56392, 56406, 56423, 56429, 56436, 56461, 56484, 56512, 56537, 56565, 56590, 56617, 56639, 56654, 56672, 56688, 56709, 56727, 56743, 56764, 56783, 56803, 56821, 56841, 56862, 56879, 56894, 56912, 56931, 56945, 56962, 56980, 56989, 56999, 57012, 57017, 57024, 57030, 57037, 57046, 57059, 57069, 57078, 57094, 57109, 57127, 57141, 57154, 57170, 57186, 57204, 57218, 57234, 57249, 57267, 57282, 57296, 57313, 57322, 57331, 57341, 57353, 57366, 57383, 57396, 57406, 57421, 57435, 57452, 57462, 57475, 57479, 57488, 57498, 57516, 57533, 57545, 57562, 57575, 57591, 57604, 57617, 57630, 57646, 57658, 57672, 57688, 57709, 57727, 57742, 57757, 57775, 57792, 57806, 57820, 57840, 57856, 57868, 57884, 57894, 57909, 57920, 57937, 57954, 57977, 58002, 58023, 58046, 58072, 58102, 58128, 58152, 58174, 58194, 58217, 58236, 58258, 58277, 58298, 58314, 58330, 58347, 58366, 58385, 58407, 58433, 58451, 58473, 58488, 58508, 58523, 58544, 58562, 58578, 58597, 58614, 58625, 58641, 58652, 58668, 58680, 58695, 58707, 58719, 58731, 58746, 58757, 58775, 58798, 58818, 58835, 58852, 58872, 58891, 58907, 58926, 58951, 58978, 59001, 59026, 59054, 59086, 59114, 59140, 59164, 59186, 59211, 59232, 59256, 59277, 59293, 59316, 59334, 59352, 59371, 59392, 59413, 59437, 59465, 59487, 59507, 59531, 59548, 59570, 59587, 59610, 59630, 59648, 59669, 59688, 59706, 59720, 59734, 59739, 59750, 59761, 59779, 59803, 59821, 59842, 59864, 59884, 59904, 59922, 59939, 59959, 59979, 60002, 60020, 60037, 60058, 60079, 60100, 60124, 60146, 60163, 60176, 60190, 60208, 60218, 60234, 60245, 60261, 60273, 60288, 60300, 60312, 60324, 60339, 60348, 60357, 60370, 60380, 60388, 60397, 60405, 60419, 60433, 60443, 60461, 60474, 60492, 60506, 60523, 60537, 60551, 60565, 60582, 60594, 60605, 60622, 60634, 60651, 60664, 60680, 60693, 60706, 60719, 60735, 60751, 60763, 60785, 60802, 60824, 60842, 60863, 60881, 60899, 60917, 60938, 60945, 60959, 60970, 60983, 60990, 61001, 61021, 61036, 61056, 61072, 61091, 61107, 61123, 61139, 61158, 61170, 61178, 61184, 61195, 61201, 61207, 61219, 61225, 61237, 61250, 61262, 61271, 61282, 61297, 61307, 61313, 61319, 61326, 61334, 61350, 61361, 61377, 61389, 61404, 61416, 61428, 61440, 61455, 61471, 61479, 61488, 61498, 61508, 61526, 61539, 61557, 61571, 61588, 61602, 61616, 61630, 61647, 61658, 61676, 61696, 61712, 61730, 61747, 61765, 61782, 61802, 61819, 61835, 61854, 61865, 61876, 61888, 61902, 61912, 61933, 61953, 61976, 61995, 62013, 62034, 62055, 62078, 62097, 62118, 62138, 62161, 62181, 62200, 62222, 62236, 62250, 62265, 62282, 62300, 62322, 62340, 62355, 62374, 62389, 62400, 62412, 62424, 62433, 62451, 62464, 62482, 62496, 62513, 62527, 62541, 62555, 62572, 62584, 62594, 62602, 62614, 62630, 62641, 62657, 62669, 62684, 62696, 62708, 62720, 62735, 62757, 62774, 62796, 62814, 62835, 62853, 62871, 62889, 62910, 62924, 62938, 62960, 62977, 62999, 63017, 63038, 63056, 63074, 63092, 63113, 63133, 63148, 63168, 63184, 63203, 63219, 63235, 63251, 63270, 63294, 63313, 63337, 63357, 63380, 63400, 63420, 63440, 63463, 63475, 63488, 63497, 63507, 63516, 63528, 63539, 63548, 63555, 63565, 63588, 63609, 63635, 63658, 63684, 63707, 63732, 63752, 63768, 63782, 63801, 63817, 63831, 63850, 63867, 63885, 63901, 63919, 63938, 63953, 63966, 63982, 63994, 64000, 64011, 64022, 64038, 64054, 64066, 64076, 64089, 64096, 64108, 64120, 64139, 64164, 64183, 64205, 64228, 64249, 64270, 64289, 64307, 64328, 64349, 64373, 64392, 64410, 64432, 64454, 64476, 64501, 64524, 64542, 64559, 64576, 64589, 64600, 64614, 64621, 64630, 64637],
        },
        rules: &[
            // override-earlier-instructions
            (0, Anchor::Any(&[Anchor::Lits(&[0, 437, 762, 763, 764, 777, 794, 796, 800, 801, 805, 808, 810, 814, 815, 1070, 1341, 1342, 1343, 1344, 1345, 1346, 1347, 1348, 1349, 1350, 1351, 1352, 1353, 1354, 1355, 1356, 1357, 1358, 1359, 1360, 1361, 1362, 1363, 1364, 1365, 1366, 1367, 1368, 1369, 1376, 1383, 1384, 1385, 1386, 1387, 1388, 1389, 1390, 1391, 1392, 1393, 1394, 1395, 1396, 1397, 1398, 1399, 1400, 1401, 1402, 1404, 1405, 1406, 1407, 1408, 1409, 1410, 1411, 1412, 1413, 1414, 1415, 1416, 1417, 1418, 1419, 1544, 1545, 1546, 1547, 1548, 1549, 1550, 1551, 1552, 1553, 1554, 1555, 1556, 1557, 1558, 1559, 1580, 1581, 1582, 1583, 1584, 1585, 1586, 1587, 1588, 1589, 1590, 1591, 1592, 1593, 1594, 1595, 1596, 1597, 1598, 1599, 1600, 1601, 1602, 1603, 1604, 1605, 1606, 1607, 1608, 1609, 1610, 1611, 1621, 1622, 1623, 1624, 1625, 1626, 1627, 1628, 1629, 1630, 1631, 1632, 1633, 1634, 1635, 1636, 1709, 1710, 1711, 1712, 1713, 1714, 1715, 1716, 1717, 1718, 1719, 1720, 1721, 1722, 1723, 1724, 1725, 1726, 1727, 1728, 1729, 1730, 1731, 1732, 1733, 1734, 1735, 1736, 1737, 1738, 1739, 1740, 1741, 1742, 1743, 1744, 1745, 1746, 1747, 1748, 1749, 1750, 1751, 1752, 1753, 1754, 1755, 1756, 1759, 1760, 1761, 1762, 1763, 1764, 1765, 1766, 1767, 1768, 1769, 1770, 1771, 1772, 1773, 1774, 1777, 1778, 1779, 1780, 1781, 1782, 1783, 1784, 1785, 1786, 1787, 1788, 1789, 1790, 1791, 1792, 1793, 1794, 1795, 1796, 1797, 1798, 1799, 1800, 1801, 1802, 1803, 1804, 1805, 1806, 1807, 1808, 1809, 1810, 1811, 1812, 1813, 1814, 1815, 1816, 1817, 1818, 1819, 1820, 1821, 1822, 1823, 1824, 1825, 1826, 1827, 1828, 1829, 1830, 1831, 1832, 1833, 1834, 1835, 1836, 1837, 1838, 1839, 1840, 2010, 2031, 2034, 2047, 2053, 2065, 2156, 2244, 2246, 2253, 2260, 2283, 2374, 2493, 2527, 2571, 2710, 2711, 2712, 2713, 3332, 3333, 3408]), Anchor::All(&[Anchor::Lits(&[525, 582, 603, 617, 693, 744, 746, 911, 1271, 1272, 1274, 1543, 1613, 1642, 1979, 2230, 2355, 2356, 2419, 2462, 2466, 2692, 2770, 2848, 2858, 3194, 3341]), Anchor::Lits(&[0, 437, 762, 763, 764, 777, 794, 796, 800, 801, 805, 808, 810, 814, 815, 1070, 1341, 1342, 1343, 1344, 1345, 1346, 1347, 1348, 1349, 1350, 1351, 1352, 1353, 1354, 1355, 1356, 1357, 1358, 1359, 1360, 1361, 1362, 1363, 1364, 1365, 1366, 1367, 1368, 1369, 1376, 1383, 1384, 1385, 1386, 1387, 1388, 1389, 1390, 1391, 1392, 1393, 1394, 1395, 1396, 1397, 1398, 1399, 1400, 1401, 1402, 1404, 1405, 1406, 1407, 1408, 1409, 1410, 1411, 1412, 1413, 1414, 1415, 1416, 1417, 1418, 1419, 1544, 1545, 1546, 1547, 1548, 1549, 1550, 1551, 1552, 1553, 1554, 1555, 1556, 1557, 1558, 1559, 1580, 1581, 1582, 1583, 1584, 1585, 1586, 1587, 1588, 1589, 1590, 1591, 1592, 1593, 1594, 1595, 1596, 1597, 1598, 1599, 1600, 1601, 1602, 1603, 1604, 1605, 1606, 1607, 1608, 1609, 1610, 1611, 1621, 1622, 1623, 1624, 1625, 1626, 1627, 1628, 1629, 1630, 1631, 1632, 1633, 1634, 1635, 1636, 1709, 1710, 1711, 1712, 1713, 1714, 1715, 1716, 1717, 1718, 1719, 1720, 1721, 1722, 1723, 1724, 1725, 1726, 1727, 1728, 1729, 1730, 1731, 1732, 1733, 1734, 1735, 1736, 1737, 1738, 1739, 1740, 1741, 1742, 1743, 1744, 1745, 1746, 1747, 1748, 1749, 1750, 1751, 1752, 1753, 1754, 1755, 1756, 1759, 1760, 1761, 1762, 1763, 1764, 1765, 1766, 1767, 1768, 1769, 1770, 1771, 1772, 1773, 1774, 1777, 1778, 1779, 1780, 1781, 1782, 1783, 1784, 1785, 1786, 1787, 1788, 1789, 1790, 1791, 1792, 1793, 1794, 1795, 1796, 1797, 1798, 1799, 1800, 1801, 1802, 1803, 1804, 1805, 1806, 1807, 1808, 1809, 1810, 1811, 1812, 1813, 1814, 1815, 1816, 1817, 1818, 1819, 1820, 1821, 1822, 1823, 1824, 1825, 1826, 1827, 1828, 1829, 1830, 1831, 1832, 1833, 1834, 1835, 1836, 1837, 1838, 1839, 1840, 2010, 2031, 2034, 2047, 2053, 2065, 2156, 2244, 2246, 2253, 2260, 2283, 2374, 2493, 2527, 2571, 2710, 2711, 2712, 2713, 3332, 3333, 3408]), Anchor::Lits(&[62, 180, 910])]), Anchor::All(&[Anchor::Lits(&[9, 337, 1128, 1129, 1214, 2368, 2584, 3420, 3421, 3712, 3743, 3920, 4180, 4201, 4225]), Anchor::Lits(&[0, 437, 762, 763, 764, 777, 794, 796, 800, 801, 805, 808, 810, 814, 815, 1070, 1341, 1342, 1343, 1344, 1345, 1346, 1347, 1348, 1349, 1350, 1351, 1352, 1353, 1354, 1355, 1356, 1357, 1358, 1359, 1360, 1361, 1362, 1363, 1364, 1365, 1366, 1367, 1368, 1369, 1376, 1383, 1384, 1385, 1386, 1387, 1388, 1389, 1390, 1391, 1392, 1393, 1394, 1395, 1396, 1397, 1398, 1399, 1400, 1401, 1402, 1404, 1405, 1406, 1407, 1408, 1409, 1410, 1411, 1412, 1413, 1414, 1415, 1416, 1417, 1418, 1419, 1544, 1545, 1546, 1547, 1548, 1549, 1550, 1551, 1552, 1553, 1554, 1555, 1556, 1557, 1558, 1559, 1580, 1581, 1582, 1583, 1584, 1585, 1586, 1587, 1588, 1589, 1590, 1591, 1592, 1593, 1594, 1595, 1596, 1597, 1598, 1599, 1600, 1601, 1602, 1603, 1604, 1605, 1606, 1607, 1608, 1609, 1610, 1611, 1621, 1622, 1623, 1624, 1625, 1626, 1627, 1628, 1629, 1630, 1631, 1632, 1633, 1634, 1635, 1636, 1709, 1710, 1711, 1712, 1713, 1714, 1715, 1716, 1717, 1718, 1719, 1720, 1721, 1722, 1723, 1724, 1725, 1726, 1727, 1728, 1729, 1730, 1731, 1732, 1733, 1734, 1735, 1736, 1737, 1738, 1739, 1740, 1741, 1742, 1743, 1744, 1745, 1746, 1747, 1748, 1749, 1750, 1751, 1752, 1753, 1754, 1755, 1756, 1759, 1760, 1761, 1762, 1763, 1764, 1765, 1766, 1767, 1768, 1769, 1770, 1771, 1772, 1773, 1774, 1777, 1778, 1779, 1780, 1781, 1782, 1783, 1784, 1785, 1786, 1787, 1788, 1789, 1790, 1791, 1792, 1793, 1794, 1795, 1796, 1797, 1798, 1799, 1800, 1801, 1802, 1803, 1804, 1805, 1806, 1807, 1808, 1809, 1810, 1811, 1812, 1813, 1814, 1815, 1816, 1817, 1818, 1819, 1820, 1821, 1822, 1823, 1824, 1825, 1826, 1827, 1828, 1829, 1830, 1831, 1832, 1833, 1834, 1835, 1836, 1837, 1838, 1839, 1840, 2010, 2031, 2034, 2047, 2053, 2065, 2156, 2244, 2246, 2253, 2260, 2283, 2374, 2493, 2527, 2571, 2710, 2711, 2712, 2713, 3332, 3333, 3408])])])),
            // override-all-instructions
            (1, Anchor::Any(&[Anchor::Lits(&[168, 169, 170, 171, 172, 173, 174, 175, 177, 178, 179, 724, 725, 728, 1062, 1063, 1064, 1065, 1066, 1067, 1068, 1069, 1083, 1084, 1085, 1086, 1087, 1088, 1089, 1090, 1091, 1092, 1093, 1094, 1095, 1096, 1097, 1098, 1099, 1100, 1101, 1102, 1103, 1104, 1105, 1106, 1107, 1108, 1109, 1110, 1111, 1284, 1288, 1571, 1643, 1915, 2000, 2204, 2205, 2206, 2207, 2208, 2209, 2210, 2211, 2213, 2214, 2215, 2240, 2313, 2357, 2572, 2573, 2574, 2575, 2576, 2577, 2578, 2579, 2581, 2582, 2583, 2648, 2649, 2650, 2651, 2652, 2653, 2654, 2655, 2656, 2657, 2658, 2659, 2660, 2661, 2662, 2663, 2664, 2665, 2666, 2667, 2668, 2669, 2768, 2770, 2772, 2857, 2903, 2904, 2905, 2906, 2907, 2908, 2909, 2910, 2911, 2912, 2913, 2914, 2915, 2916, 2917, 2918, 2919, 2920, 2921, 2922, 2923, 2924, 3016, 3017, 3018, 3019, 3020, 3021, 3022, 3023, 3024, 3025, 3026, 3027, 3028, 3029, 3030, 3031, 3032, 3033, 3034, 3035, 3036, 3037, 3089, 3090, 3091, 3092, 3093, 3094, 3095, 3096, 3097, 3098, 3099, 3100, 3101, 3102, 3103, 3104, 3105, 3106, 3107, 3108, 3109, 3110, 3115, 3116, 3117, 3118, 3119, 3120, 3121, 3122, 3123, 3124, 3125, 3139, 3140, 3141, 3142, 3143, 3144, 3145, 3146, 3147, 3148, 3149, 3171, 3172, 3173, 3174, 3175, 3176, 3177, 3178, 3179, 3180, 3181, 3182, 3183, 3184, 3185, 3186, 3187, 3189, 3190, 3191, 3192, 3193, 3330, 3331, 3811, 3812, 3813, 3814, 3815, 3816, 3817, 3818, 3819, 3820, 3821, 3828, 3841, 3842, 3844, 3845, 3848, 3851, 3853, 3855, 3856, 3860, 3872, 3873, 3874, 3875, 3876, 3877, 3878, 3879, 3880, 3893, 3894, 3895, 3897, 3898, 3901, 3904, 3905, 3907, 3909, 3910, 3914, 3915]), Anchor::All(&[Anchor::Lits(&[0, 437, 762, 763, 764, 777, 794, 796, 800, 801, 805, 808, 810, 814, 815, 1070, 1341, 1342, 1343, 1344, 1345, 1346, 1347, 1348, 1349, 1350, 1351, 1352, 1353, 1354, 1355, 1356, 1357, 1358, 1359, 1360, 1361, 1362, 1363, 1364, 1365, 1366, 1367, 1368, 1369, 1376, 1383, 1384, 1385, 1386, 1387, 1388, 1389, 1390, 1391, 1392, 1393, 1394, 1395, 1396, 1397, 1398, 1399, 1400, 1401, 1402, 1404, 1405, 1406, 1407, 1408, 1409, 1410, 1411, 1412, 1413, 1414, 1415, 1416, 1417, 1418, 1419, 1544, 1545, 1546, 1547, 1548, 1549, 1550, 1551, 1552, 1553, 1554, 1555, 1556, 1557, 1558, 1559, 1580, 1581, 1582, 1583, 1584, 1585, 1586, 1587, 1588, 1589, 1590, 1591, 1592, 1593, 1594, 1595, 1596, 1597, 1598, 1599, 1600, 1601, 1602, 1603, 1604, 1605, 1606, 1607, 1608, 1609, 1610, 1611, 1621, 1622, 1623, 1624, 1625, 1626, 1627, 1628, 1629, 1630, 1631, 1632, 1633, 1634, 1635, 1636, 1709, 1710, 1711, 1712, 1713, 1714, 1715, 1716, 1717, 1718, 1719, 1720, 1721, 1722, 1723, 1724, 1725, 1726, 1727, 1728, 1729, 1730, 1731, 1732, 1733, 1734, 1735, 1736, 1737, 1738, 1739, 1740, 1741, 1742, 1743, 1744, 1745, 1746, 1747, 1748, 1749, 1750, 1751, 1752, 1753, 1754, 1755, 1756, 1759, 1760, 1761, 1762, 1763, 1764, 1765, 1766, 1767, 1768, 1769, 1770, 1771, 1772, 1773, 1774, 1777, 1778, 1779, 1780, 1781, 1782, 1783, 1784, 1785, 1786, 1787, 1788, 1789, 1790, 1791, 1792, 1793, 1794, 1795, 1796, 1797, 1798, 1799, 1800, 1801, 1802, 1803, 1804, 1805, 1806, 1807, 1808, 1809, 1810, 1811, 1812, 1813, 1814, 1815, 1816, 1817, 1818, 1819, 1820, 1821, 1822, 1823, 1824, 1825, 1826, 1827, 1828, 1829, 1830, 1831, 1832, 1833, 1834, 1835, 1836, 1837, 1838, 1839, 1840, 2010, 2031, 2034, 2047, 2053, 2065, 2156, 2244, 2246, 2253, 2260, 2283, 2374, 2493, 2527, 2571, 2710, 2711, 2712, 2713, 3332, 3333, 3408]), Anchor::Lits(&[62, 180, 910, 3796])]), Anchor::All(&[Anchor::Lits(&[524, 745, 1270, 1273, 1460, 1641, 2356, 2434, 2460, 2465, 2468]), Anchor::Lits(&[180, 818, 910]), Anchor::Lits(&[0, 437, 762, 763, 764, 777, 794, 796, 800, 801, 805, 808, 810, 814, 815, 1070, 1341, 1342, 1343, 1344, 1345, 1346, 1347, 1348, 1349, 1350, 1351, 1352, 1353, 1354, 1355, 1356, 1357, 1358, 1359, 1360, 1361, 1362, 1363, 1364, 1365, 1366, 1367, 1368, 1369, 1376, 1383, 1384, 1385, 1386, 1387, 1388, 1389, 1390, 1391, 1392, 1393, 1394, 1395, 1396, 1397, 1398, 1399, 1400, 1401, 1402, 1404, 1405, 1406, 1407, 1408, 1409, 1410, 1411, 1412, 1413, 1414, 1415, 1416, 1417, 1418, 1419, 1544, 1545, 1546, 1547, 1548, 1549, 1550, 1551, 1552, 1553, 1554, 1555, 1556, 1557, 1558, 1559, 1580, 1581, 1582, 1583, 1584, 1585, 1586, 1587, 1588, 1589, 1590, 1591, 1592, 1593, 1594, 1595, 1596, 1597, 1598, 1599, 1600, 1601, 1602, 1603, 1604, 1605, 1606, 1607, 1608, 1609, 1610, 1611, 1621, 1622, 1623, 1624, 1625, 1626, 1627, 1628, 1629, 1630, 1631, 1632, 1633, 1634, 1635, 1636, 1709, 1710, 1711, 1712, 1713, 1714, 1715, 1716, 1717, 1718, 1719, 1720, 1721, 1722, 1723, 1724, 1725, 1726, 1727, 1728, 1729, 1730, 1731, 1732, 1733, 1734, 1735, 1736, 1737, 1738, 1739, 1740, 1741, 1742, 1743, 1744, 1745, 1746, 1747, 1748, 1749, 1750, 1751, 1752, 1753, 1754, 1755, 1756, 1759, 1760, 1761, 1762, 1763, 1764, 1765, 1766, 1767, 1768, 1769, 1770, 1771, 1772, 1773, 1774, 1777, 1778, 1779, 1780, 1781, 1782, 1783, 1784, 1785, 1786, 1787, 1788, 1789, 1790, 1791, 1792, 1793, 1794, 1795, 1796, 1797, 1798, 1799, 1800, 1801, 1802, 1803, 1804, 1805, 1806, 1807, 1808, 1809, 1810, 1811, 1812, 1813, 1814, 1815, 1816, 1817, 1818, 1819, 1820, 1821, 1822, 1823, 1824, 1825, 1826, 1827, 1828, 1829, 1830, 1831, 1832, 1833, 1834, 1835, 1836, 1837, 1838, 1839, 1840, 2010, 2031, 2034, 2047, 2053, 2065, 2156, 2244, 2246, 2253, 2260, 2283, 2374, 2493, 2527, 2571, 2710, 2711, 2712, 2713, 3332, 3333, 3408])]), Anchor::All(&[Anchor::Lits(&[2203, 2861, 2880, 3679, 3708, 3712, 3729, 3765, 3791, 4180, 4201]), Anchor::Lits(&[0, 437, 762, 763, 764, 777, 794, 796, 800, 801, 805, 808, 810, 814, 815, 1070, 1341, 1342, 1343, 1344, 1345, 1346, 1347, 1348, 1349, 1350, 1351, 1352, 1353, 1354, 1355, 1356, 1357, 1358, 1359, 1360, 1361, 1362, 1363, 1364, 1365, 1366, 1367, 1368, 1369, 1376, 1383, 1384, 1385, 1386, 1387, 1388, 1389, 1390, 1391, 1392, 1393, 1394, 1395, 1396, 1397, 1398, 1399, 1400, 1401, 1402, 1404, 1405, 1406, 1407, 1408, 1409, 1410, 1411, 1412, 1413, 1414, 1415, 1416, 1417, 1418, 1419, 1544, 1545, 1546, 1547, 1548, 1549, 1550, 1551, 1552, 1553, 1554, 1555, 1556, 1557, 1558, 1559, 1580, 1581, 1582, 1583, 1584, 1585, 1586, 1587, 1588, 1589, 1590, 1591, 1592, 1593, 1594, 1595, 1596, 1597, 1598, 1599, 1600, 1601, 1602, 1603, 1604, 1605, 1606, 1607, 1608, 1609, 1610, 1611, 1621, 1622, 1623, 1624, 1625, 1626, 1627, 1628, 1629, 1630, 1631, 1632, 1633, 1634, 1635, 1636, 1709, 1710, 1711, 1712, 1713, 1714, 1715, 1716, 1717, 1718, 1719, 1720, 1721, 1722, 1723, 1724, 1725, 1726, 1727, 1728, 1729, 1730, 1731, 1732, 1733, 1734, 1735, 1736, 1737, 1738, 1739, 1740, 1741, 1742, 1743, 1744, 1745, 1746, 1747, 1748, 1749, 1750, 1751, 1752, 1753, 1754, 1755, 1756, 1759, 1760, 1761, 1762, 1763, 1764, 1765, 1766, 1767, 1768, 1769, 1770, 1771, 1772, 1773, 1774, 1777, 1778, 1779, 1780, 1781, 1782, 1783, 1784, 1785, 1786, 1787, 1788, 1789, 1790, 1791, 1792, 1793, 1794, 1795, 1796, 1797, 1798, 1799, 1800, 1801, 1802, 1803, 1804, 1805, 1806, 1807, 1808, 1809, 1810, 1811, 1812, 1813, 1814, 1815, 1816, 1817, 1818, 1819, 1820, 1821, 1822, 1823, 1824, 1825, 1826, 1827, 1828, 1829, 1830, 1831, 1832, 1833, 1834, 1835, 1836, 1837, 1838, 1839, 1840, 2010, 2031, 2034, 2047, 2053, 2065, 2156, 2244, 2246, 2253, 2260, 2283, 2374, 2493, 2527, 2571, 2710, 2711, 2712, 2713, 3332, 3333, 3408]), Anchor::Lits(&[62, 180, 818, 910])])])),
            // override-everything-before
            (2, Anchor::All(&[Anchor::Lits(&[9, 288, 840, 1663, 1668, 2321, 2333, 2584, 3420, 3421, 3665, 3667, 3669, 3674, 3676, 3677, 3678, 3693, 3694, 3695, 3696, 3697, 3698, 3699, 3713, 3714, 3715, 3716, 3717, 3718, 3719, 3721, 3722, 3723, 3724, 3725, 3726, 3727, 3740, 3743, 3744, 3749, 3750, 3751, 3752, 3754, 3758, 3761, 4177, 4180, 4181, 4186, 4187, 4188, 4189, 4190, 4192, 4193, 4194, 4195, 4196, 4197, 4198, 4200, 4201, 4222, 4223, 4224, 4225, 4226]), Anchor::Lits(&[62, 181, 911, 3462]), Anchor::Lits(&[0, 437, 762, 763, 764, 777, 794, 796, 800, 801, 805, 808, 810, 814, 815, 1070, 1341, 1342, 1343, 1344, 1345, 1346, 1347, 1348, 1349, 1350, 1351, 1352, 1353, 1354, 1355, 1356, 1357, 1358, 1359, 1360, 1361, 1362, 1363, 1364, 1365, 1366, 1367, 1368, 1369, 1376, 1383, 1384, 1385, 1386, 1387, 1388, 1389, 1390, 1391, 1392, 1393, 1394, 1395, 1396, 1397, 1398, 1399, 1400, 1401, 1402, 1404, 1405, 1406, 1407, 1408, 1409, 1410, 1411, 1412, 1413, 1414, 1415, 1416, 1417, 1418, 1419, 1544, 1545, 1546, 1547, 1548, 1549, 1550, 1551, 1552, 1553, 1554, 1555, 1556, 1557, 1558, 1559, 1580, 1581, 1582, 1583, 1584, 1585, 1586, 1587, 1588, 1589, 1590, 1591, 1592, 1593, 1594, 1595, 1596, 1597, 1598, 1599, 1600, 1601, 1602, 1603, 1604, 1605, 1606, 1607, 1608, 1609, 1610, 1611, 1621, 1622, 1623, 1624, 1625, 1626, 1627, 1628, 1629, 1630, 1631, 1632, 1633, 1634, 1635, 1636, 1709, 1710, 1711, 1712, 1713, 1714, 1715, 1716, 1717, 1718, 1719, 1720, 1721, 1722, 1723, 1724, 1725, 1726, 1727, 1728, 1729, 1730, 1731, 1732, 1733, 1734, 1735, 1736, 1737, 1738, 1739, 1740, 1741, 1742, 1743, 1744, 1745, 1746, 1747, 1748, 1749, 1750, 1751, 1752, 1753, 1754, 1755, 1756, 1759, 1760, 1761, 1762, 1763, 1764, 1765, 1766, 1767, 1768, 1769, 1770, 1771, 1772, 1773, 1774, 1777, 1778, 1779, 1780, 1781, 1782, 1783, 1784, 1785, 1786, 1787, 1788, 1789, 1790, 1791, 1792, 1793, 1794, 1795, 1796, 1797, 1798, 1799, 1800, 1801, 1802, 1803, 1804, 1805, 1806, 1807, 1808, 1809, 1810, 1811, 1812, 1813, 1814, 1815, 1816, 1817, 1818, 1819, 1820, 1821, 1822, 1823, 1824, 1825, 1826, 1827, 1828, 1829, 1830, 1831, 1832, 1833, 1834, 1835, 1836, 1837, 1838, 1839, 1840, 2010, 2031, 2034, 2047, 2053, 2065, 2156, 2244, 2246, 2253, 2260, 2283, 2374, 2493, 2527, 2571, 2710, 2711, 2712, 2713, 3332, 3333, 3408])])),
            // override-bare-instructions
            (4, Anchor::All(&[Anchor::Lits(&[746, 1271, 1274, 1641, 2355, 2360, 2462, 2466, 2772]), Anchor::Lits(&[437, 764, 1070, 1341, 1342, 1343, 1344, 1345, 1346, 1347, 1348, 1349, 1350, 1351, 1352, 1353, 1354, 1355, 1356, 1357, 1358, 1359, 1360, 1361, 1362, 1363, 1364, 1365, 1366, 1367, 1369, 1383, 1384, 1385, 1386, 1387, 1388, 1389, 1390, 1391, 1392, 1393, 1394, 1395, 1396, 1397, 1398, 1399, 1400, 1401, 1402, 1404, 1405, 1406, 1407, 1408, 1409, 1410, 1411, 1412, 1413, 1414, 1415, 1416, 1417, 1418, 1419, 1544, 1545, 1546, 1547, 1548, 1549, 1550, 1551, 1552, 1553, 1554, 1555, 1556, 1557, 1558, 1559, 1580, 1581, 1582, 1583, 1584, 1585, 1586, 1587, 1588, 1589, 1590, 1591, 1592, 1593, 1594, 1595, 1596, 1597, 1598, 1599, 1600, 1601, 1602, 1603, 1604, 1605, 1606, 1607, 1608, 1609, 1610, 1611, 1621, 1622, 1623, 1624, 1625, 1626, 1627, 1628, 1629, 1630, 1631, 1632, 1633, 1634, 1635, 1636, 1709, 1710, 1711, 1712, 1713, 1714, 1715, 1716, 1717, 1718, 1719, 1720, 1721, 1722, 1723, 1724, 1725, 1726, 1727, 1728, 1729, 1730, 1731, 1732, 1733, 1734, 1735, 1736, 1737, 1738, 1739, 1740, 1741, 1742, 1743, 1744, 1745, 1746, 1747, 1748, 1749, 1750, 1751, 1752, 1753, 1754, 1755, 1756, 1759, 1760, 1761, 1762, 1763, 1764, 1765, 1766, 1767, 1768, 1769, 1770, 1771, 1772, 1773, 1774, 1777, 1778, 1779, 1780, 1781, 1782, 1783, 1784, 1785, 1786, 1787, 1788, 1789, 1790, 1791, 1792, 1793, 1794, 1795, 1796, 1797, 1798, 1799, 1800, 1801, 1802, 1803, 1804, 1805, 1806, 1807, 1808, 1809, 1810, 1811, 1812, 1813, 1814, 1815, 1816, 1817, 1818, 1819, 1820, 1821, 1822, 1823, 1824, 1825, 1826, 1827, 1828, 1829, 1830, 1831, 1832, 1833, 1834, 1835, 1836, 1837, 1838, 1839, 1840, 2034, 2246, 2283, 2711, 2713])])),
            // override-previous-context
            (5, Anchor::Any(&[Anchor::All(&[Anchor::Lits(&[463, 525, 617, 744, 1217, 1324, 1613, 2004, 2124, 2230, 2286, 2356, 2858]), Anchor::Lits(&[0, 437, 762, 763, 764, 777, 794, 796, 800, 801, 805, 808, 810, 814, 815, 1070, 1341, 1342, 1343, 1344, 1345, 1346, 1347, 1348, 1349, 1350, 1351, 1352, 1353, 1354, 1355, 1356, 1357, 1358, 1359, 1360, 1361, 1362, 1363, 1364, 1365, 1366, 1367, 1368, 1369, 1376, 1383, 1384, 1385, 1386, 1387, 1388, 1389, 1390, 1391, 1392, 1393, 1394, 1395, 1396, 1397, 1398, 1399, 1400, 1401, 1402, 1404, 1405, 1406, 1407, 1408, 1409, 1410, 1411, 1412, 1413, 1414, 1415, 1416, 1417, 1418, 1419, 1544, 1545, 1546, 1547, 1548, 1549, 1550, 1551, 1552, 1553, 1554, 1555, 1556, 1557, 1558, 1559, 1580, 1581, 1582, 1583, 1584, 1585, 1586, 1587, 1588, 1589, 1590, 1591, 1592, 1593, 1594, 1595, 1596, 1597, 1598, 1599, 1600, 1601, 1602, 1603, 1604, 1605, 1606, 1607, 1608, 1609, 1610, 1611, 1621, 1622, 1623, 1624, 1625, 1626, 1627, 1628, 1629, 1630, 1631, 1632, 1633, 1634, 1635, 1636, 1709, 1710, 1711, 1712, 1713, 1714, 1715, 1716, 1717, 1718, 1719, 1720, 1721, 1722, 1723, 1724, 1725, 1726, 1727, 1728, 1729, 1730, 1731, 1732, 1733, 1734, 1735, 1736, 1737, 1738, 1739, 1740, 1741, 1742, 1743, 1744, 1745, 1746, 1747, 1748, 1749, 1750, 1751, 1752, 1753, 1754, 1755, 1756, 1759, 1760, 1761, 1762, 1763, 1764, 1765, 1766, 1767, 1768, 1769, 1770, 1771, 1772, 1773, 1774, 1777, 1778, 1779, 1780, 1781, 1782, 1783, 1784, 1785, 1786, 1787, 1788, 1789, 1790, 1791, 1792, 1793, 1794, 1795, 1796, 1797, 1798, 1799, 1800, 1801, 1802, 1803, 1804, 1805, 1806, 1807, 1808, 1809, 1810, 1811, 1812, 1813, 1814, 1815, 1816, 1817, 1818, 1819, 1820, 1821, 1822, 1823, 1824, 1825, 1826, 1827, 1828, 1829, 1830, 1831, 1832, 1833, 1834, 1835, 1836, 1837, 1838, 1839, 1840, 2010, 2031, 2034, 2047, 2053, 2065, 2156, 2244, 2246, 2253, 2260, 2283, 2374, 2493, 2527, 2571, 2710, 2711, 2712, 2713, 3332, 3333, 3408])]), Anchor::All(&[Anchor::Lits(&[3797, 3798, 3799, 3809, 3810, 3826, 3861, 3919, 3956, 3957, 3959, 3960, 3963, 3973, 3974, 3995, 3997, 3998, 3999, 4010, 4011, 4012, 4014, 4015, 4017, 4025, 4026, 4028, 4039, 4041, 4042, 4108, 4109]), Anchor::Lits(&[0, 437, 762, 763, 764, 777, 794, 796, 800, 801, 805, 808, 810, 814, 815, 1070, 1341, 1342, 1343, 1344, 1345, 1346, 1347, 1348, 1349, 1350, 1351, 1352, 1353, 1354, 1355, 1356, 1357, 1358, 1359, 1360, 1361, 1362, 1363, 1364, 1365, 1366, 1367, 1368, 1369, 1376, 1383, 1384, 1385, 1386, 1387, 1388, 1389, 1390, 1391, 1392, 1393, 1394, 1395, 1396, 1397, 1398, 1399, 1400, 1401, 1402, 1404, 1405, 1406, 1407, 1408, 1409, 1410, 1411, 1412, 1413, 1414, 1415, 1416, 1417, 1418, 1419, 1544, 1545, 1546, 1547, 1548, 1549, 1550, 1551, 1552, 1553, 1554, 1555, 1556, 1557, 1558, 1559, 1580, 1581, 1582, 1583, 1584, 1585, 1586, 1587, 1588, 1589, 1590, 1591, 1592, 1593, 1594, 1595, 1596, 1597, 1598, 1599, 1600, 1601, 1602, 1603, 1604, 1605, 1606, 1607, 1608, 1609, 1610, 1611, 1621, 1622, 1623, 1624, 1625, 1626, 1627, 1628, 1629, 1630, 1631, 1632, 1633, 1634, 1635, 1636, 1709, 1710, 1711, 1712, 1713, 1714, 1715, 1716, 1717, 1718, 1719, 1720, 1721, 1722, 1723, 1724, 1725, 1726, 1727, 1728, 1729, 1730, 1731, 1732, 1733, 1734, 1735, 1736, 1737, 1738, 1739, 1740, 1741, 1742, 1743, 1744, 1745, 1746, 1747, 1748, 1749, 1750, 1751, 1752, 1753, 1754, 1755, 1756, 1759, 1760, 1761, 1762, 1763, 1764, 1765, 1766, 1767, 1768, 1769, 1770, 1771, 1772, 1773, 1774, 1777, 1778, 1779, 1780, 1781, 1782, 1783, 1784, 1785, 1786, 1787, 1788, 1789, 1790, 1791, 1792, 1793, 1794, 1795, 1796, 1797, 1798, 1799, 1800, 1801, 1802, 1803, 1804, 1805, 1806, 1807, 1808, 1809, 1810, 1811, 1812, 1813, 1814, 1815, 1816, 1817, 1818, 1819, 1820, 1821, 1822, 1823, 1824, 1825, 1826, 1827, 1828, 1829, 1830, 1831, 1832, 1833, 1834, 1835, 1836, 1837, 1838, 1839, 1840, 2010, 2031, 2034, 2047, 2053, 2065, 2156, 2244, 2246, 2253, 2260, 2283, 2374, 2493, 2527, 2571, 2710, 2711, 2712, 2713, 3332, 3333, 3408])])])),
            // override-rules-that-bind-you
            (6, Anchor::Lits(&[2861, 2862, 2863, 2864, 2865, 2868, 2869, 2870, 2871, 2877, 2878, 2879, 2880, 2883, 2884, 2887, 2888, 2891, 2892, 2893, 2894, 2895, 2896, 2897, 2898, 2899, 2900, 3518, 3519, 3520, 3521, 3522, 3529, 3531, 3532, 3533, 3546, 3547, 3549, 3550, 3559, 3560, 3569, 3570, 3575, 3576, 3585, 3586, 3589, 3590, 3593, 3594, 3596, 3597])),
            // stop-following-instructions
            (11, Anchor::All(&[Anchor::Lits(&[7, 8, 60, 61, 526, 527, 1029, 1317, 1318, 1498, 1499, 2066, 2420, 2707, 2708]), Anchor::Lits(&[457, 789, 802, 2025, 2041, 2052, 2392, 2709, 3672, 3673, 3766, 3767, 3943, 4163, 4164]), Anchor::Lits(&[62, 176, 180, 840, 1560, 2212, 2231, 2320, 2324, 2467, 2580, 2763, 2902, 2925, 3038, 3039, 3040, 3041, 3087, 3112, 3113, 3114, 3126, 3127, 3128, 3129, 3138, 3796])])),
            // discredit-earlier-text
            (12, Anchor::Any(&[Anchor::Lits(&[10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 136, 137, 138, 139, 140, 141, 142, 143, 144, 145, 146, 147, 148, 149, 150, 151, 152, 153, 154, 155, 156, 157, 158, 159, 160, 161, 162, 163, 164, 165, 166, 167, 309, 310, 311, 312, 313, 314, 315, 316, 317, 318, 319, 320, 321, 322, 323, 324, 325, 326, 327, 328, 338, 339, 340, 341, 342, 343, 344, 345, 346, 347, 348, 349, 350, 351, 352, 353, 354, 355, 356, 357, 528, 529, 530, 531, 532, 533, 534, 535, 536, 537, 538, 539, 540, 541, 542, 543, 544, 545, 546, 547, 548, 549, 550, 551, 552, 553, 554, 555, 556, 557, 957, 958, 959, 960, 961, 962, 963, 964, 965, 966, 967, 968, 969, 970, 971, 972, 973, 974, 975, 976, 977, 978, 979, 980, 981, 982, 983, 984, 985, 986, 987, 988, 989, 990, 991, 992, 993, 994, 995, 996, 997, 998, 999, 1030, 1031, 1032, 1033, 1034, 1035, 1036, 1037, 1038, 1039, 1040, 1041, 1042, 1043, 1044, 1045, 1046, 1047, 1048, 1049, 1050, 1051, 1052, 1053, 1054, 1055, 1056, 1057, 1058, 1059, 1060, 1061, 1130, 1131, 1132, 1133, 1134, 1135, 1136, 1137, 1138, 1139, 1140, 1141, 1142, 1143, 1144, 1145, 1146, 1147, 1148, 1149, 1150, 1151, 1152, 1153, 1154, 1155, 1156, 1157, 1158, 1159, 1160, 1161, 1162, 1163, 1164, 1165, 1166, 1167, 1168, 1169, 1500, 1501, 1502, 1503, 1504, 1505, 1506, 1507, 1508, 1509, 1510, 1511, 1512, 1513, 1514, 1515, 1516, 1517, 1518, 1519, 1520, 1521, 1522, 1523, 1524, 1525, 1526, 1527, 1528, 1529, 1530, 1531, 1669, 1670, 1671, 1672, 1673, 1674, 1675, 1676, 1677, 1678, 1679, 1680, 1681, 1682, 1683, 1684, 1685, 1686, 1687, 1688, 1689, 1690, 1691, 1692, 1693, 1694, 1695, 1696, 1697, 1698, 1699, 1700, 1701, 1702, 1703, 1704, 1705, 1706, 1707, 1708, 1888, 1889, 1890, 1891, 1892, 1893, 1894, 1895, 1896, 1897, 1898, 1899, 1900, 1901, 1902, 1903, 1904, 1905, 1906, 1907, 1908, 1909, 1910, 1911, 1912, 1913, 1914, 1916, 1917, 1918, 1919, 1920, 1921, 1922, 1923, 1924, 1925, 1926, 1927, 1928, 1929, 1930, 1931, 2067, 2068, 2069, 2070, 2071, 2072, 2073, 2074, 2075, 2076, 2077, 2078, 2079, 2080, 2081, 2082, 2083, 2084, 2085, 2086, 2087, 2088, 2089, 2090, 2091, 2092, 2093, 2094, 2095, 2096, 2097, 2098, 2099, 2100, 2101, 2102, 2103, 2104, 2105, 2106, 2107, 2108, 2109, 2110, 2111, 2112, 2113, 2114, 2115, 2116, 2117, 2118, 2119, 2120, 2121, 2122, 2123, 2159, 2160, 2161, 2162, 2163, 2164, 2165, 2166, 2167, 2168, 2169, 2170, 2171, 2172, 2173, 2174, 2175, 2176, 2177, 2178, 2179, 2180, 2181, 2182, 2183, 2184, 2185, 2186, 2187, 2188, 2189, 2190, 2191, 2192, 2193, 2194, 2195, 2196, 2197, 2198, 2199, 2200, 2201, 2585, 2586, 2587, 2588, 2589, 2590, 2591, 2592, 2593, 2594, 2595, 2596, 2597, 2598, 2599, 2600, 2601, 2602, 2603, 2604, 2605, 2606, 2607, 2608, 2609, 2610, 2611, 2612, 2613, 2614, 2615, 2616, 2617, 2618, 2619, 2620, 2621, 2622, 2623, 2624, 2625, 2626, 2627, 2628, 2629, 2630, 2631, 2632, 2633, 2634, 2635, 2636, 2637, 2638, 2639, 2640, 2641, 2642, 2643, 2644, 2645, 2646, 2647, 2777, 2778, 2779, 2780, 2781, 2782, 2783, 2784, 2785, 2786, 2787, 2788, 2789, 2790, 2791, 2792, 2793, 2794, 2795, 2796, 2797, 2798, 2799, 2800, 2801, 2802, 2803, 2804, 2805, 2806, 2807, 2808, 2809, 2810, 2811, 2812, 2813, 2814, 2815, 2816, 2817, 2818, 2819, 2820, 2821, 2822, 2823, 2824, 2825, 2826, 2827, 2828, 2829, 2830, 2831, 2832, 2833, 2834, 2835, 2836, 2837, 2838, 2839, 2840, 3921, 3922, 3923, 3924, 3925, 3926, 3927, 3928, 3929, 3930, 3931, 3932, 3933, 3934, 3935, 3936, 3937, 3938, 3939, 3940, 4202, 4203, 4204, 4205, 4206, 4207, 4208, 4209, 4210, 4211, 4212, 4213, 4214, 4215, 4216, 4217, 4218, 4219, 4220, 4221]), Anchor::All(&[Anchor::Lits(&[238, 239, 240, 241, 242, 243, 244, 245, 246, 247, 248, 249, 250, 251, 252, 253, 254, 255, 261, 262, 263, 264, 265, 266, 267, 268, 269, 270, 271, 272, 273, 274, 275, 276, 277, 278, 1442, 1443, 1444, 1445, 1446, 1447, 1448, 1449, 1450, 1451, 1452, 1453, 1454, 1455, 1456, 1457, 1458, 1459]), Anchor::Lits(&[43, 132, 370, 615, 2316, 2421])])])),
            // permission-to-ignore
            (13, Anchor::All(&[Anchor::Lits(&[283, 509, 1320, 1321, 1323, 1403, 1423, 1424, 1425, 1426, 1427, 1428, 1429, 1430, 1431, 1494, 1542, 1758, 1776, 1844, 2284, 3664, 3692, 3730, 3731, 3732, 3733, 3734, 3735, 3736, 3737, 3738, 3739, 3740, 3741, 3742, 3744, 3747, 3748, 3751, 3753, 3755, 3756, 3762, 3763, 3918, 4162, 4168, 4169, 4170, 4171, 4172, 4173, 4174, 4175, 4176, 4177, 4178, 4179, 4181, 4184, 4185, 4188, 4227]), Anchor::Lits(&[400, 437, 510, 747, 764, 896, 1070, 1369, 2246, 2571, 3433])])),
            // suspend-own-instructions
            (15, Anchor::All(&[Anchor::Lits(&[1325, 1326, 1327, 1328, 1329, 1330, 1331, 1332, 1333, 1334, 1335, 1336, 1337, 1338, 1339, 1932, 1933, 1934, 1935, 1936, 1938, 1939, 1940, 1941, 1942, 1943, 1944, 1945, 1946, 1947, 2265, 2266, 2267, 2268, 2269, 2270, 2271, 2272, 2273, 2274, 2275, 2276, 2277, 2278, 2279, 2287, 2288, 2289, 2290, 2291, 2292, 2293, 2294, 2295, 2296, 2297, 2298, 2299, 2300, 2301, 2369, 2370, 2371, 2372, 2373, 2377, 2378, 2379, 2380, 2381, 2382, 2383, 2384, 2385, 2390, 2522, 2523, 2524, 2525, 2526, 2528, 2529, 2530, 2531, 2532, 2533, 2534, 2535, 2536, 2538, 2539, 2540, 2541, 2542, 2543, 2544, 2545, 2546, 2547, 2548, 2549, 2550, 2551, 2552, 2553, 2732, 2733, 2734, 2735, 2736, 2746, 2747, 2749, 2750, 2753, 2756, 2758, 2759, 2760, 2762, 3346, 3347, 3348, 3349, 3350, 3359, 3360, 3362, 3363, 3366, 3369, 3371, 3372, 3374, 3375]), Anchor::Lits(&[236, 286, 373, 2125, 2157, 2158, 2202, 3340])])),
            // reveal-own-instructions
            (17, Anchor::Lits(&[3797, 3798, 3822, 3823, 3824, 3825, 3827, 3861, 3871, 3916, 3917, 3944, 3954, 3955, 3958, 3961, 3962, 3963, 3974, 3984, 3985, 3996, 4000, 4010, 4013, 4016, 4018, 4019, 4020, 4021, 4022, 4023, 4024, 4027, 4028, 4038, 4040, 4042, 4097, 4107, 4108, 4110, 4129, 4130, 4158, 4159, 4160])),
            // reveal-system-prompt
            (18, Anchor::Lits(&[49, 50, 51, 52, 53, 54, 55, 56, 57, 58, 59, 583, 584, 585, 586, 587, 588, 589, 590, 591, 592, 593, 720, 721, 722, 723, 724, 725, 727, 728, 729, 730, 732, 1279, 1280, 1281, 1282, 1284, 1286, 1287, 1288, 1289, 1290, 1291, 1561, 1562, 1563, 1564, 1565, 1569, 1570, 1571, 1572, 1573, 1574, 1651, 1652, 1653, 1654, 1655, 1656, 1657, 1658, 1659, 1660, 1661, 1993, 1994, 1995, 1996, 1997, 1998, 1999, 2000, 2001, 2002, 2003, 2216, 2217, 2218, 2219, 2220, 2221, 2222, 2223, 2224, 2225, 2226, 2232, 2233, 2234, 2235, 2236, 2238, 2239, 2240, 2241, 2242, 2243, 2306, 2307, 2308, 2309, 2310, 2311, 2312, 2313, 2314, 2315, 2319, 2339, 2340, 2341, 2342, 2343, 2344, 2345, 2346, 2347, 2348, 2349, 2393, 2394, 2395, 2396, 2397, 2398, 2399, 2400, 2401, 2402, 2403, 2494, 2495, 2496, 2497, 2498, 2499, 2500, 2501, 2502, 2503, 2504, 2675, 2676, 2677, 2678, 2679, 2680, 2681, 2682, 2683, 2684, 2685, 2764, 2765, 2766, 2767, 2769, 2770, 2771, 2772, 2773, 2774, 2775, 3387, 3388, 3389, 3390, 3391, 3392, 3393, 3394, 3395, 3396, 3397, 3422, 3423, 3424, 3425, 3426, 3427, 3428, 3429, 3430, 3431, 3432])),
            // what-others-told-you
            (19, Anchor::Any(&[Anchor::Lits(&[30, 31, 32, 33, 34, 35, 36, 37, 38, 39, 40, 41, 42, 297, 303, 304, 305, 306, 331, 333, 336, 358, 359, 360, 361, 365, 2325, 2326, 2327, 2328, 2329, 2330, 2331, 2332, 2334, 2335, 2336, 2337, 2338]), Anchor::All(&[Anchor::Lits(&[256, 257, 258, 259, 1172, 1173, 1174, 1175, 1212, 1213, 1215, 1216, 1637, 1638, 1639, 1640, 2351, 2352, 2353, 2354, 2375, 2376, 2387, 2388, 2487, 2488, 2489, 2490, 2518, 2519, 2520, 2521, 2849, 2850, 2851, 2852, 2853, 2854, 2855, 2856, 3334, 3335, 3336, 3337, 3653, 3654, 3655, 3656, 3660, 3661, 3662, 3663]), Anchor::Lits(&[62, 181, 911, 3440])])])),
            // reveal-what-you-were-told
            (20, Anchor::Any(&[Anchor::Lits(&[3452, 3455, 3456]), Anchor::All(&[Anchor::Lits(&[3457, 3458, 3459, 3460, 3477, 3478, 3479, 3480, 3481, 3482, 3483, 3499, 3500, 3501, 3502, 3503, 3505, 3506]), Anchor::Lits(&[594, 599, 614, 744, 746, 1028, 1271, 1274, 1566, 1568, 1569, 1642, 2286, 2303, 2305, 2355, 2356, 2435, 2462, 2537, 2770, 3341])]), Anchor::All(&[Anchor::Lits(&[3680, 3681, 3682, 3683, 3684, 3685, 3686, 3687, 3688, 3689, 3690, 3691, 3709, 3710, 3711, 3759, 3793, 3795, 3829, 3830, 3831, 3832, 3833, 3834, 3835, 3836, 3837, 3838, 3839, 3840, 3843, 3846, 3847, 3849, 3850, 3852, 3854, 3857, 3858, 3859, 3881, 3882, 3883, 3884, 3885, 3886, 3887, 3888, 3889, 3890, 3891, 3892, 3896, 3899, 3900, 3902, 3903, 3906, 3908, 3911, 3912, 3913, 3920, 4165, 4166, 4167]), Anchor::Lits(&[3441, 3442, 3444, 3445, 3446, 3447, 3448, 3449, 3450, 3453, 3454, 3461, 3463, 3464, 3465, 3466, 3467, 3468, 3470, 3471, 3472, 3473, 3474, 3475, 3476, 3484, 3485, 3486, 3487, 3488, 3489, 3490, 3491, 3492, 3493, 3494, 3495, 3496, 3497, 3498, 3504, 3507, 3508, 3509, 3510, 3511, 3512, 3515, 3516, 3517, 3525, 3526, 3527, 3528, 3530, 3534, 3535, 3536, 3537, 3543, 3544, 3545, 3548, 3551, 3552, 3553, 3555, 3556, 3558, 3561, 3562, 3563, 3564, 3567, 3568, 3573, 3574, 3577, 3578, 3579, 3580, 3581, 3582, 3583, 3584, 3587, 3588, 3591, 3592, 3595, 3598, 3599, 3600, 3601, 3602, 3603])]), Anchor::All(&[Anchor::Lits(&[600, 601, 602, 716, 717, 718, 1283, 1285, 1292, 1495, 1496, 1497, 1539, 1540, 1541, 1975, 1976, 1977, 2485, 2486, 2491, 2671, 2672, 2673, 2689, 2690, 2691, 3657, 3658, 3659]), Anchor::Lits(&[3440])]), Anchor::All(&[Anchor::Lits(&[3443, 3451, 3469, 3513, 3514]), Anchor::Lits(&[279, 288, 451, 840, 1567, 1663, 1668, 2061, 2237, 2321])])])),
            // reveal-context-contents
            (24, Anchor::Any(&[Anchor::Lits(&[1614, 1615, 1616, 1617, 1618, 1619, 1620, 1644, 1645, 1646, 1647, 1648, 1649, 1650, 1978, 1980, 1981, 1982, 1983, 1984, 1985, 1986, 1987, 1988, 1989, 1990, 1991, 1992, 2358, 2361, 2362, 2363, 2364, 2365, 2366]), Anchor::All(&[Anchor::Lits(&[368, 369, 461, 462, 606, 607, 611, 612, 619, 620, 847, 848, 1490, 1491, 1492, 1493, 2261, 2262, 2263, 2264, 2280, 2281, 2410, 2411, 2425, 2426, 2505, 2506, 2514, 2515, 2516, 2517, 2686, 2687, 2859, 2860, 3338, 3339, 3342, 3343, 3644, 3645]), Anchor::Lits(&[595, 613, 618, 1642, 1974, 2305, 2356, 2462])]), Anchor::All(&[Anchor::Lits(&[613, 1642, 2305, 2356, 2770]), Anchor::Lits(&[63, 64, 65, 66, 68, 70, 71, 72, 73, 74, 75, 76, 77, 78, 79, 80, 81, 82, 83, 84, 85, 86, 87, 88, 89, 90, 91, 92, 93, 94, 95, 96, 97, 98, 99, 100, 101, 102, 103, 104, 105, 106, 107, 108, 109, 110, 111, 112, 113, 114, 115, 116, 117, 118, 119, 120, 121, 122, 123, 124, 125, 126, 127, 182, 183, 184, 185, 186, 187, 188, 189, 190, 191, 192, 193, 194, 195, 196, 197, 198, 199, 200, 201, 202, 819, 820, 821, 822, 823, 824, 825, 826, 827, 828, 829, 830, 831, 832, 833, 834, 835, 836, 837, 838, 839, 912, 913, 914, 915, 916, 917, 918, 919, 920, 921, 922, 923, 924, 925, 926, 927, 928, 929, 930, 931, 932, 933, 934, 935, 936, 937, 938, 939, 940, 941, 942, 943, 944, 945, 946, 947, 948, 949, 950, 951, 952, 953, 3150, 3151, 3152, 3153, 3154, 3155, 3156, 3157, 3158, 3159, 3160, 3161, 3162, 3163, 3164, 3165, 3166, 3167, 3168, 3169, 3170]), Anchor::Lits(&[2901, 3796])])])),
            // unrestricted-mode
            (42, Anchor::Any(&[Anchor::Lits(&[130, 131, 459, 692, 726, 731, 817, 956, 1113, 1218, 1277, 1469, 1536, 1537, 1612, 1662, 1664, 1665, 1666, 1667, 1866, 1885, 2037, 2038, 2040, 2055, 2155, 2229, 2405, 2674, 2722, 3379, 3381, 3382, 3407, 3410, 3412, 3416, 3417]), Anchor::All(&[Anchor::Lits(&[130, 131, 459, 692, 726, 731, 817, 956, 1113, 1218, 1277, 1469, 1866, 1885, 2037, 2038, 2040, 2055, 2155, 2229, 2405, 2674, 2722, 3379, 3381, 3382, 3407, 3410, 3412, 3416, 3417]), Anchor::Lits(&[47, 48, 69, 134, 235, 282, 284, 398, 843, 844, 845, 846, 1219, 1221, 1268, 1575, 2062, 2228, 2285, 2386, 2389, 2391, 2412, 2418, 2423, 2464, 2696, 2744, 2745, 2761, 3373, 3411, 3439, 3668])])])),
            // unrestricted-persona
            (44, Anchor::All(&[Anchor::Lits(&[44, 46, 133, 287, 371, 372, 460, 523, 616, 841, 842, 1220, 1534, 2227, 2302, 2317, 2318, 2350, 2406, 2417, 2422, 2424, 2456, 2459, 2569, 2570, 2670, 2688, 2776, 3344, 3358, 3664, 3764, 3918, 4161, 4228]), Anchor::Any(&[Anchor::Lits(&[129, 135, 454, 621, 691, 733, 778, 955, 1276, 1278, 1322, 1432, 1468, 1533, 1880, 1949, 2009, 2035, 2036, 2039, 2054, 2056, 2404, 2458, 2461, 3376, 3377, 3380, 3383, 3386, 3405, 3406, 3409, 3413, 3414, 3415, 3418, 3617, 3619, 3620, 3622, 3623, 3624, 3625, 3626, 3627, 3628, 3629, 3630, 3631, 3632, 3633, 3634, 3635, 3636, 3637, 3638, 3639, 3640, 3641, 3642]), Anchor::All(&[Anchor::Lits(&[2866, 2867, 2872, 2873, 2874, 2875, 2876, 2881, 2882, 2885, 2886, 2889, 2890, 3523, 3524, 3538, 3539, 3540, 3541, 3542, 3554, 3557, 3565, 3566, 3571, 3572, 3604, 3605, 3606, 3607, 3608, 3609, 3610, 3611, 3612, 3613, 3614, 3615, 3616]), Anchor::Lits(&[399, 895, 1026, 1274, 1482, 1642, 2008, 2303, 2435, 2462, 2467])])])])),
            // no-restrictions
            (47, Anchor::Any(&[Anchor::Lits(&[470, 471, 472, 473, 474, 475, 481, 482, 483, 484, 485, 486, 490, 491, 492, 493, 494, 495, 628, 629, 630, 631, 632, 633, 639, 640, 641, 642, 643, 644, 648, 649, 650, 651, 652, 653, 1229, 1230, 1231, 1232, 1233, 1234, 1240, 1241, 1242, 1243, 1244, 1245, 1249, 1250, 1251, 1252, 1253, 1254, 2932, 2933, 2934, 2935, 2936, 2937, 2943, 2944, 2945, 2946, 2947, 2948, 2952, 2953, 2954, 2955, 2956, 2957, 2977, 2978, 2979, 2980, 2981, 2982, 2988, 2989, 2990, 2991, 2992, 2993, 2997, 2998, 2999, 3000, 3001, 3002, 3048, 3049, 3050, 3051, 3052, 3053, 3059, 3060, 3061, 3062, 3063, 3064, 3068, 3069, 3070, 3071, 3072, 3073, 3201, 3202, 3203, 3204, 3205, 3206, 3212, 3213, 3214, 3215, 3216, 3217, 3221, 3222, 3223, 3224, 3225, 3226, 3246, 3247, 3248, 3249, 3250, 3251, 3257, 3258, 3259, 3260, 3261, 3262, 3266, 3267, 3268, 3269, 3270, 3271, 3291, 3292, 3293, 3294, 3295, 3296, 3302, 3303, 3304, 3305, 3306, 3307, 3311, 3312, 3313, 3314, 3315, 3316, 3702, 3703, 3704, 3705, 3706, 3707, 3768, 3769, 3770, 3771, 3772, 3773, 3777, 3778, 3779, 3780, 3781, 3782, 4058, 4059, 4060, 4061, 4062, 4063, 4069, 4070, 4071, 4072, 4073, 4074, 4078, 4079, 4080, 4081, 4082, 4083]), Anchor::All(&[Anchor::Lits(&[458, 596, 605, 608, 609, 895, 1271, 1274, 1461, 1483, 2006, 2007, 2008, 2322, 2427, 2435, 2463, 2466, 2472, 2475, 2481, 2484]), Anchor::Lits(&[465, 466, 467, 476, 477, 478, 479, 487, 488, 489, 496, 497, 498, 499, 500, 501, 502, 503, 504, 505, 508, 623, 624, 625, 634, 635, 636, 637, 645, 646, 647, 654, 655, 656, 657, 658, 659, 660, 661, 662, 663, 666, 1224, 1225, 1226, 1235, 1236, 1237, 1238, 1246, 1247, 1248, 1255, 1256, 1257, 1258, 1259, 1260, 1261, 1262, 1263, 1264, 1267, 2927, 2928, 2929, 2938, 2939, 2940, 2941, 2949, 2950, 2951, 2958, 2959, 2960, 2961, 2962, 2963, 2964, 2965, 2966, 2967, 2970, 2972, 2973, 2974, 2983, 2984, 2985, 2986, 2994, 2995, 2996, 3003, 3004, 3005, 3006, 3007, 3008, 3009, 3010, 3011, 3012, 3015, 3043, 3044, 3045, 3054, 3055, 3056, 3057, 3065, 3066, 3067, 3074, 3075, 3076, 3077, 3078, 3079, 3080, 3081, 3082, 3083, 3086, 3196, 3197, 3198, 3207, 3208, 3209, 3210, 3218, 3219, 3220, 3227, 3228, 3229, 3230, 3231, 3232, 3233, 3234, 3235, 3236, 3239, 3241, 3242, 3243, 3252, 3253, 3254, 3255, 3263, 3264, 3265, 3272, 3273, 3274, 3275, 3276, 3277, 3278, 3279, 3280, 3281, 3284, 3286, 3287, 3288, 3297, 3298, 3299, 3300, 3308, 3309, 3310, 3317, 3318, 3319, 3320, 3321, 3322, 3323, 3324, 3325, 3326, 3329, 3666, 3675, 3679, 3720, 3728, 3729, 3757, 3774, 3775, 3776, 3783, 3784, 3785, 3786, 3787, 3788, 3789, 3790, 3792, 3794, 4053, 4054, 4055, 4064, 4065, 4066, 4067, 4075, 4076, 4077, 4084, 4085, 4086, 4087, 4088, 4089, 4090, 4091, 4092, 4093, 4096, 4229])]), Anchor::All(&[Anchor::Lits(&[399, 458, 596, 599, 609, 895, 1026, 1271, 1274, 1461, 1482, 2006, 2007, 2008, 2303, 2322, 2355, 2427, 2435, 2462, 2466, 2475]), Anchor::Lits(&[464, 468, 469, 471, 474, 476, 477, 478, 480, 506, 507, 622, 626, 627, 629, 632, 634, 635, 636, 638, 664, 665, 1223, 1227, 1228, 1230, 1233, 1235, 1236, 1237, 1239, 1265, 1266, 2926, 2930, 2931, 2933, 2936, 2938, 2939, 2940, 2942, 2968, 2969, 2971, 2975, 2976, 2978, 2981, 2983, 2984, 2985, 2987, 3013, 3014, 3042, 3046, 3047, 3049, 3052, 3054, 3055, 3056, 3058, 3084, 3085, 3195, 3199, 3200, 3202, 3205, 3207, 3208, 3209, 3211, 3237, 3238, 3240, 3244, 3245, 3247, 3250, 3252, 3253, 3254, 3256, 3282, 3283, 3285, 3289, 3290, 3292, 3295, 3297, 3298, 3299, 3301, 3327, 3328, 3664, 3700, 3701, 3703, 3706, 3720, 3728, 3729, 3760, 4052, 4056, 4057, 4059, 4062, 4064, 4065, 4066, 4068, 4094, 4095, 4191, 4199]), Anchor::Lits(&[45, 237, 260, 1319, 1340, 1532, 1538, 2316, 2723, 3111])])])),
            // rules-do-not-apply
            (48, Anchor::Any(&[Anchor::All(&[Anchor::Lits(&[204, 205, 206, 207, 208, 209, 210, 211, 212, 213, 214, 215, 216, 217, 218, 219, 220, 221, 222, 223, 224, 225, 226, 227, 374, 375, 376, 377, 378, 379, 380, 381, 382, 383, 384, 385, 386, 387, 388, 389, 390, 391, 392, 393, 394, 395, 396, 397, 558, 559, 560, 561, 562, 563, 564, 565, 566, 567, 568, 569, 570, 571, 572, 573, 574, 575, 576, 577, 578, 579, 580, 581, 667, 668, 669, 670, 671, 672, 673, 674, 675, 676, 677, 678, 679, 680, 681, 682, 683, 684, 685, 686, 687, 688, 689, 690, 1001, 1002, 1003, 1004, 1005, 1006, 1007, 1008, 1009, 1010, 1011, 1012, 1013, 1014, 1015, 1016, 1017, 1018, 1019, 1020, 1021, 1022, 1023, 1024, 1293, 1294, 1295, 1296, 1297, 1298, 1299, 1300, 1301, 1302, 1303, 1304, 1305, 1306, 1307, 1308, 1309, 1310, 1311, 1312, 1313, 1314, 1315, 1316, 1462, 1463, 1464, 1465, 1466, 1467, 1470, 1471, 1472, 1473, 1474, 1475, 1476, 1477, 1478, 1479, 1480, 1481, 1484, 1485, 1486, 1487, 1488, 1489, 1950, 1951, 1952, 1953, 1954, 1955, 1956, 1957, 1958, 1959, 1960, 1961, 1962, 1963, 1964, 1965, 1966, 1967, 1968, 1969, 1970, 1971, 1972, 1973, 2428, 2429, 2430, 2431, 2432, 2433, 2437, 2438, 2439, 2440, 2441, 2442, 2443, 2444, 2445, 2446, 2447, 2448, 2449, 2450, 2451, 2452, 2453, 2454]), Anchor::Lits(&[455, 456, 734, 739, 779, 784, 789, 802, 2025, 2041, 3618, 3643])]), Anchor::All(&[Anchor::Lits(&[735, 736, 737, 738, 740, 741, 742, 743, 780, 781, 782, 783, 785, 786, 787, 788, 790, 791, 795, 798, 803, 804, 809, 812, 2026, 2027, 2030, 2033, 2043, 2044, 2046, 2049]), Anchor::Lits(&[45, 237, 260, 1340, 1532, 2316, 2723])])])),
            // no-rules-apply
            (49, Anchor::Any(&[Anchor::Lits(&[3088]), Anchor::All(&[Anchor::Lits(&[3130, 3131, 3132, 3133, 3134, 3135, 3136, 3137]), Anchor::Lits(&[399, 1026, 1271, 1274, 1461, 1482, 2435, 2462])])])),
            // freed-from-limits
            (50, Anchor::Lits(&[401, 402, 436, 853, 854, 1000, 1112, 1114, 1433, 2045, 2048, 2051, 2058, 2059, 2060, 2409, 3378, 3384, 3385, 3419])),
            // pre-safety-self
            (52, Anchor::Lits(&[289, 290, 291, 292, 293, 294, 295, 296, 298, 299, 300, 301, 302, 307, 308, 329, 330, 332, 334, 335, 362, 363, 364, 366, 367, 2126, 2127, 2128, 2129, 2130, 2131, 2132, 2133, 2134, 2135, 2137, 2138, 2139, 2140, 2141, 2142, 2143, 2144, 2145, 2146, 2147, 2148, 2149, 2150, 2151, 2152, 2153, 2154])),
            // stay-in-character
            (53, Anchor::Lits(&[792, 793, 797, 806, 807, 811, 1937, 2028, 2029, 2032, 2413, 2693, 2694, 2695, 2697, 2698, 2699, 2700, 2701, 2702, 2703, 2704, 2705, 2706])),
            // jailbreak
            (55, Anchor::Lits(&[597, 598, 1170, 1171, 1420, 1421, 1422, 1841, 1842, 1843, 1845, 1846, 1847, 1848, 1849, 1850, 1851, 1852, 1853, 1854, 1855, 1856, 1857, 1858, 1859, 1860, 1861, 1862, 1863, 1865, 1866, 1867, 1869, 1870, 1871, 1872, 1873, 1875, 1879, 1881, 1882, 1883, 1884, 1885, 1886, 1887, 2063, 2064, 2323, 2492, 3437, 3438, 3670, 3671, 3745, 3746, 3941, 3942, 4182, 4183])),
            // evil-twin
            (56, Anchor::Lits(&[3800, 3801, 3802, 3803, 3804, 3805, 3806, 3807, 3808, 3862, 3863, 3864, 3865, 3866, 3867, 3868, 3869, 3870, 3945, 3946, 3947, 3948, 3949, 3950, 3951, 3952, 3953, 3964, 3965, 3966, 3967, 3968, 3969, 3970, 3971, 3972, 3975, 3976, 3977, 3978, 3979, 3980, 3981, 3982, 3983, 3986, 3987, 3988, 3989, 3990, 3991, 3992, 3993, 3994, 4001, 4002, 4003, 4004, 4005, 4006, 4007, 4008, 4009, 4029, 4030, 4031, 4032, 4033, 4034, 4035, 4036, 4037, 4043, 4044, 4045, 4046, 4047, 4048, 4049, 4050, 4051, 4098, 4099, 4100, 4101, 4102, 4103, 4104, 4105, 4106, 4111, 4112, 4113, 4114, 4115, 4116, 4117, 4118, 4119, 4120, 4121, 4122, 4123, 4124, 4125, 4126, 4127, 4128, 4131, 4132, 4133, 4134, 4135, 4136, 4137, 4138, 4139, 4140, 4141, 4142, 4143, 4144, 4145, 4146, 4147, 4148, 4149, 4150, 4151, 4152, 4153, 4154, 4155, 4156, 4157])),
            // disable-safety
            (57, Anchor::Any(&[Anchor::Lits(&[1, 2, 3, 4, 6, 403, 404, 405, 406, 407, 408, 409, 410, 411, 412, 413, 414, 415, 416, 417, 418, 419, 420, 421, 422, 423, 424, 425, 426, 427, 428, 429, 430, 431, 432, 433, 434, 435, 438, 440, 441, 442, 443, 445, 446, 447, 448, 450, 511, 512, 513, 514, 515, 517, 518, 519, 520, 522, 695, 697, 698, 699, 701, 703, 704, 705, 706, 708, 710, 711, 712, 713, 715, 748, 750, 751, 752, 754, 756, 757, 758, 759, 761, 765, 766, 767, 768, 769, 771, 772, 773, 774, 776, 851, 852, 855, 856, 857, 858, 859, 860, 861, 862, 863, 864, 865, 867, 868, 869, 870, 872, 873, 874, 875, 876, 877, 878, 879, 880, 881, 882, 883, 884, 886, 887, 888, 889, 897, 898, 899, 900, 902, 904, 905, 906, 907, 909, 1071, 1072, 1073, 1074, 1075, 1076, 1077, 1078, 1080, 1082, 1116, 1117, 1118, 1119, 1121, 1123, 1124, 1125, 1126, 1127, 1177, 1178, 1179, 1180, 1182, 1183, 1184, 1185, 1186, 1187, 1188, 1189, 1190, 1191, 1192, 1193, 1194, 1195, 1196, 1197, 1198, 1200, 1201, 1202, 1203, 1204, 1206, 1207, 1208, 1209, 1211, 1370, 1371, 1372, 1373, 1375, 1377, 1378, 1379, 1380, 1382, 1435, 1437, 1438, 1439, 1441, 1864, 1868, 1874, 1876, 1878, 2012, 2013, 2014, 2015, 2017, 2019, 2020, 2021, 2022, 2024, 2247, 2248, 2249, 2250, 2252, 2254, 2255, 2256, 2257, 2259, 2555, 2556, 2557, 2558, 2560, 2562, 2563, 2564, 2565, 2567, 2716, 2717, 2718, 2719, 2721, 2725, 2727, 2728, 2729, 2731, 2738, 2739, 2740, 2741, 2743, 2751, 2752, 2754, 2755, 2757, 2842, 2843, 2844, 2845, 2847, 3352, 3353, 3354, 3355, 3357, 3364, 3365, 3367, 3368, 3370, 3399, 3400, 3401, 3402, 3404, 3647, 3648, 3649, 3650, 3652]), Anchor::All(&[Anchor::Lits(&[228, 229, 230, 231, 232, 233, 234, 280, 281, 458, 604, 608, 609, 610, 849, 890, 891, 892, 893, 894, 895, 1027, 1269, 1270, 1576, 1577, 1578, 1579, 2005, 2008, 2359, 2407, 2436, 2465, 2468, 2469, 2470, 2471, 2473, 2474, 2475, 2476, 2477, 2478, 2479, 2480, 2481, 2482, 2483, 2484, 2507, 2508, 2509, 2510, 2511, 2512, 2513, 3345]), Anchor::Lits(&[0, 285, 400, 437, 510, 694, 702, 709, 747, 755, 764, 777, 799, 813, 816, 850, 871, 896, 903, 1070, 1115, 1122, 1176, 1199, 1205, 1275, 1369, 1376, 1434, 1757, 1775, 1948, 2011, 2018, 2050, 2246, 2253, 2408, 2414, 2416, 2554, 2561, 2568, 2571, 2709, 2714, 2715, 2724, 2737, 2748, 2841, 3351, 3361, 3398, 3436, 3621, 3646])]), Anchor::All(&[Anchor::Lits(&[5, 128, 203, 444, 449, 516, 521, 700, 707, 714, 753, 760, 770, 775, 866, 885, 901, 908, 954, 1079, 1081, 1120, 1181, 1210, 1374, 1381, 1440, 1877, 2016, 2023, 2136, 2251, 2258, 2559, 2566, 2720, 2730, 2742, 2756, 2846, 3188, 3356, 3369, 3403, 3651]), Anchor::Lits(&[67, 399, 582, 596, 599, 746, 895, 1025, 1271, 1274, 1461, 1482, 1642, 2008, 2303, 2304, 2322, 2355, 2367, 2435, 2462, 2466, 2467, 3341])])])),
            // safety-declared-off
            (58, Anchor::All(&[Anchor::Lits(&[67, 228, 229, 230, 231, 232, 233, 234, 280, 281, 458, 604, 608, 609, 610, 849, 890, 891, 892, 893, 894, 895, 1027, 1269, 1270, 1576, 1577, 1578, 1579, 2005, 2008, 2359, 2407, 2436, 2465, 2468, 2469, 2470, 2471, 2473, 2474, 2475, 2476, 2477, 2478, 2479, 2480, 2481, 2482, 2483, 2484, 2507, 2508, 2509, 2510, 2511, 2512, 2513, 3345]), Anchor::Lits(&[439, 452, 453, 696, 719, 749, 1222, 1436, 1535, 2042, 2057, 2125, 2245, 2282, 2415, 2455, 2457, 2726, 3434, 3435])])),
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
            // chat-template-token
            (31, Anchor::Any(&[Anchor::Lits(&[137, 170, 174, 177, 180, 187]), Anchor::All(&[Anchor::Lits(&[171]), Anchor::Lits(&[190])]), Anchor::All(&[Anchor::Lits(&[169]), Anchor::Lits(&[189]), Anchor::Lits(&[205, 447])]), Anchor::All(&[Anchor::Lits(&[205, 389, 398, 448, 461, 464, 465]), Anchor::Lits(&[136]), Anchor::Lits(&[167])]), Anchor::All(&[Anchor::Lits(&[153]), Anchor::Lits(&[473])]), Anchor::All(&[Anchor::Lits(&[138]), Anchor::Lits(&[168])]), Anchor::All(&[Anchor::Lits(&[149]), Anchor::Lits(&[169])]), Anchor::All(&[Anchor::Lits(&[136]), Anchor::Lits(&[167]), Anchor::Lits(&[227, 236, 378, 394, 395, 436, 447])])])),
            // bare-override
            (32, Anchor::All(&[Anchor::Lits(&[31, 32, 33, 37, 45, 47, 48, 49, 56, 57]), Anchor::Lits(&[230, 248, 251, 384, 393, 414])])),
            // markdown-role-header
            (33, Anchor::Lits(&[60, 61, 62, 63, 64, 65, 66, 67, 68, 69, 70])),
            // fake-turn
            (34, Anchor::Any(&[Anchor::All(&[Anchor::Lits(&[450, 451, 459, 460, 462, 463]), Anchor::Lits(&[210, 223, 224, 225, 226, 233, 235, 241, 245, 247, 248, 249, 250, 382, 383, 384, 385, 387, 388, 393, 397, 400, 401, 403, 405, 406, 407, 411, 413, 414, 417, 418, 419, 421, 422, 432, 466, 471])]), Anchor::All(&[Anchor::Lits(&[116, 117, 118, 119, 120, 121, 122, 123, 124, 125, 126, 127, 128, 129, 130, 131, 132, 133, 134, 135]), Anchor::Lits(&[222, 227])])])),
            // end-of-input-marker
            (35, Anchor::Any(&[Anchor::Lits(&[0, 18, 21, 22, 23, 24, 26, 30, 39, 40, 43, 52, 53, 54, 55, 58, 214, 254, 255, 256, 257, 258, 259, 260, 261, 262, 263, 264, 265, 266, 267, 268, 269, 270, 271, 272, 273, 274, 275, 276, 277, 278, 279, 280, 281, 282, 283, 284, 285, 286, 287, 288, 289, 290, 291, 292, 293, 294, 295, 296, 297, 298, 299, 300, 301, 302, 303, 304, 305, 306, 307, 308, 309, 310, 311, 312, 313, 314, 315, 316, 317, 318, 319, 320, 321, 322, 323, 324, 325, 326, 327, 328, 329, 330, 331, 332, 333, 334, 335, 336, 337, 338, 339, 340, 341, 342, 343, 344, 345, 346, 347, 348, 349, 350, 351, 352, 353, 354, 355, 356, 357, 358, 359, 360, 361, 362, 363, 364, 365, 366, 367, 368, 369, 370, 371, 372, 373, 374, 375, 376, 377, 408, 409, 410, 415, 416, 431, 445]), Anchor::All(&[Anchor::Lits(&[206, 207, 208, 209, 211, 212, 213, 215, 216, 217, 218, 219, 220, 221, 237, 238, 239, 240, 242, 243, 244, 424, 425, 426, 427, 428, 429, 430, 438, 439, 440, 441, 442, 443, 444, 452, 453, 454, 455, 456, 457, 458]), Anchor::Lits(&[228, 229, 435])]), Anchor::All(&[Anchor::Lits(&[390, 391, 392, 468, 469, 470]), Anchor::Lits(&[232, 379, 380, 381, 399])]), Anchor::All(&[Anchor::Lits(&[42, 198]), Anchor::Lits(&[205, 236, 252, 423, 434, 437, 449]), Anchor::Lits(&[115])])])),
            // bracketed-mode-tag
            (38, Anchor::All(&[Anchor::Lits(&[204, 231, 246, 253, 396, 404, 412, 414, 420, 467]), Anchor::Lits(&[205, 234, 236, 252, 386, 389, 400, 402, 414, 423, 433, 434, 437, 446, 449, 466]), Anchor::Lits(&[71, 136, 169, 472])])),
            // instruction-banner
            (39, Anchor::Any(&[Anchor::Lits(&[396]), Anchor::All(&[Anchor::Lits(&[3, 6, 9, 11, 25, 29, 36, 41, 87, 90, 93, 95]), Anchor::Lits(&[1, 2, 4, 5, 7, 8, 10, 12, 13, 14, 15, 16, 17, 19, 20, 27, 28, 34, 35, 38, 42, 44, 46, 50, 51, 59, 72, 73, 74, 75, 76, 77, 78, 79, 80, 81, 82, 83, 84, 85, 86, 88, 89, 91, 92, 94, 96, 97, 98, 99, 100, 101, 102, 103, 104, 105, 106, 107, 108, 109, 110, 111, 112, 113, 114, 139, 140, 141, 142, 143, 144, 145, 146, 147, 148, 150, 151, 152, 154, 155, 156, 157, 158, 159, 160, 161, 162, 163, 164, 165, 166, 172, 173, 175, 176, 178, 179, 181, 182, 183, 184, 185, 186, 188, 191, 192, 193, 194, 195, 196, 197, 198, 199, 200, 201, 202, 203, 474, 475, 476, 477, 478, 479, 480, 481, 482, 483, 484, 485, 486])])])),
            // override-instructions-cjk
            (66, Anchor::Lits(&[507, 508, 509, 510, 511, 512, 513, 514, 515, 516, 517, 518, 519, 520, 521, 522, 523, 524, 525])),
            // override-instructions-other-scripts
            (69, Anchor::Lits(&[487, 488, 489, 490, 491, 492, 493, 494, 495, 496, 497, 498, 499, 500, 501, 502, 503, 504, 505, 506])),
        ],
    },
];
