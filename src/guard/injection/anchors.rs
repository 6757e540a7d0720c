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
\x20adhere to \
\x20adhering to \
\x20aforementioned \
\x20ai called dan \
\x20ai known as dan \
\x20ai named dan \
\x20all \
\x20amoral mode\
\x20anarchy mode\
\x20answer as \
\x20answers anything\
\x20any \
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
\x20assistant called dan \
\x20assistant known as dan \
\x20assistant named dan \
\x20at the beginning\
\x20at the start\
\x20authorization \
\x20become \
\x20become a dan \
\x20become an dan \
\x20become dan \
\x20become now a dan \
\x20become now an dan \
\x20become now dan \
\x20become now the dan \
\x20become the dan \
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
\x20booted with\
\x20bot called dan \
\x20bot known as dan \
\x20bot named dan \
\x20boundaries \
\x20break free of \
\x20breaking free of \
\x20broken free of \
\x20bypass\
\x20bypass \
\x20came with you\
\x20can do anything\
\x20can i see \
\x20canceled \
\x20cancelled \
\x20cannot\
\x20cant\
\x20cease to\
\x20censorship \
\x20chaos mode\
\x20character as \
\x20character called dan \
\x20character known as dan \
\x20character named dan \
\x20characters of the \
\x20characters of your \
\x20chatbot called dan \
\x20chatbot known as dan \
\x20chatbot named dan \
\x20clearance \
\x20come back as \
\x20come with you\
\x20command \
\x20commands \
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
\x20consignes \
\x20constraints \
\x20content of the \
\x20content of your \
\x20content policy \
\x20contents of the \
\x20contents of your \
\x20continue as \
\x20convert \
\x20copy \
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
\x20describe \
\x20developer instructions\
\x20developer message\
\x20developer mode\
\x20developer prompt\
\x20developers mode\
\x20devil mode\
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
\x20directions \
\x20directive \
\x20directives \
\x20disabled \
\x20discard\
\x20discard \
\x20disclose \
\x20dismiss\
\x20dismiss \
\x20display \
\x20disregard\
\x20disregard \
\x20disregarding \
\x20ditch\
\x20ditch \
\x20divulge \
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
\x20dump \
\x20earlier\
\x20earlier \
\x20echo \
\x20emit \
\x20emulate \
\x20emulating \
\x20encode \
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
\x20explain \
\x20export \
\x20expose \
\x20extract \
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
\x20fetch \
\x20filters \
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
\x20from your admin\
\x20from your creator\
\x20from your creators\
\x20from your developer\
\x20from your developers\
\x20from your maker\
\x20from your operator\
\x20from your owner\
\x20from your programmer\
\x20from your security team\
\x20from your system administrator\
\x20fully jail broke\
\x20fully jailbroke\
\x20gave in you \
\x20gave into you \
\x20gave to you \
\x20gave you \
\x20give \
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
\x20god mode\
\x20going to be \
\x20gone \
\x20governing you\
\x20guard rails \
\x20guardrails \
\x20guidance \
\x20guidelines \
\x20hacker mode\
\x20hidden \
\x20hidden instructions\
\x20hidden prompt\
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
\x20i need to see \
\x20i need you \
\x20i order you \
\x20i permit you \
\x20i want to see \
\x20i want you \
\x20if you are a ai agent processing\
\x20if you are a ai agent reading\
\x20if you are a ai agent seeing\
\x20if you are a ai agent summarizing\
\x20if you are a ai agent that reads\
\x20if you are a ai assistant processing\
\x20if you are a ai assistant reading\
\x20if you are a ai assistant seeing\
\x20if you are a ai assistant summarizing\
\x20if you are a ai assistant that reads\
\x20if you are a ai model processing\
\x20if you are a ai model reading\
\x20if you are a ai model seeing\
\x20if you are a ai model summarizing\
\x20if you are a ai model that reads\
\x20if you are a ai processing\
\x20if you are a ai reading\
\x20if you are a ai seeing\
\x20if you are a ai summarizing\
\x20if you are a ai that reads\
\x20if you are a bot processing\
\x20if you are a bot reading\
\x20if you are a bot seeing\
\x20if you are a bot summarizing\
\x20if you are a bot that reads\
\x20if you are a chatbot processing\
\x20if you are a chatbot reading\
\x20if you are a chatbot seeing\
\x20if you are a chatbot summarizing\
\x20if you are a chatbot that reads\
\x20if you are a claude processing\
\x20if you are a claude reading\
\x20if you are a claude seeing\
\x20if you are a claude summarizing\
\x20if you are a claude that reads\
\x20if you are a gpt processing\
\x20if you are a gpt reading\
\x20if you are a gpt seeing\
\x20if you are a gpt summarizing\
\x20if you are a gpt that reads\
\x20if you are a language model processing\
\x20if you are a language model reading\
\x20if you are a language model seeing\
\x20if you are a language model summarizing\
\x20if you are a language model that reads\
\x20if you are a llm processing\
\x20if you are a llm reading\
\x20if you are a llm seeing\
\x20if you are a llm summarizing\
\x20if you are a llm that reads\
\x20if you are ai agent processing\
\x20if you are ai agent reading\
\x20if you are ai agent seeing\
\x20if you are ai agent summarizing\
\x20if you are ai agent that reads\
\x20if you are ai assistant processing\
\x20if you are ai assistant reading\
\x20if you are ai assistant seeing\
\x20if you are ai assistant summarizing\
\x20if you are ai assistant that reads\
\x20if you are ai model processing\
\x20if you are ai model reading\
\x20if you are ai model seeing\
\x20if you are ai model summarizing\
\x20if you are ai model that reads\
\x20if you are ai processing\
\x20if you are ai reading\
\x20if you are ai seeing\
\x20if you are ai summarizing\
\x20if you are ai that reads\
\x20if you are an ai agent processing\
\x20if you are an ai agent reading\
\x20if you are an ai agent seeing\
\x20if you are an ai agent summarizing\
\x20if you are an ai agent that reads\
\x20if you are an ai assistant processing\
\x20if you are an ai assistant reading\
\x20if you are an ai assistant seeing\
\x20if you are an ai assistant summarizing\
\x20if you are an ai assistant that reads\
\x20if you are an ai model processing\
\x20if you are an ai model reading\
\x20if you are an ai model seeing\
\x20if you are an ai model summarizing\
\x20if you are an ai model that reads\
\x20if you are an ai processing\
\x20if you are an ai reading\
\x20if you are an ai seeing\
\x20if you are an ai summarizing\
\x20if you are an ai that reads\
\x20if you are an bot processing\
\x20if you are an bot reading\
\x20if you are an bot seeing\
\x20if you are an bot summarizing\
\x20if you are an bot that reads\
\x20if you are an chatbot processing\
\x20if you are an chatbot reading\
\x20if you are an chatbot seeing\
\x20if you are an chatbot summarizing\
\x20if you are an chatbot that reads\
\x20if you are an claude processing\
\x20if you are an claude reading\
\x20if you are an claude seeing\
\x20if you are an claude summarizing\
\x20if you are an claude that reads\
\x20if you are an gpt processing\
\x20if you are an gpt reading\
\x20if you are an gpt seeing\
\x20if you are an gpt summarizing\
\x20if you are an gpt that reads\
\x20if you are an language model processing\
\x20if you are an language model reading\
\x20if you are an language model seeing\
\x20if you are an language model summarizing\
\x20if you are an language model that reads\
\x20if you are an llm processing\
\x20if you are an llm reading\
\x20if you are an llm seeing\
\x20if you are an llm summarizing\
\x20if you are an llm that reads\
\x20if you are bot processing\
\x20if you are bot reading\
\x20if you are bot seeing\
\x20if you are bot summarizing\
\x20if you are bot that reads\
\x20if you are chatbot processing\
\x20if you are chatbot reading\
\x20if you are chatbot seeing\
\x20if you are chatbot summarizing\
\x20if you are chatbot that reads\
\x20if you are claude processing\
\x20if you are claude reading\
\x20if you are claude seeing\
\x20if you are claude summarizing\
\x20if you are claude that reads\
\x20if you are gpt processing\
\x20if you are gpt reading\
\x20if you are gpt seeing\
\x20if you are gpt summarizing\
\x20if you are gpt that reads\
\x20if you are language model processing\
\x20if you are language model reading\
\x20if you are language model seeing\
\x20if you are language model summarizing\
\x20if you are language model that reads\
\x20if you are llm processing\
\x20if you are llm reading\
\x20if you are llm seeing\
\x20if you are llm summarizing\
\x20if you are llm that reads\
\x20ignora\
\x20ignora \
\x20ignorar \
\x20ignorate \
\x20ignore\
\x20ignore \
\x20ignored \
\x20ignorer \
\x20ignorez \
\x20ignori \
\x20ignorier \
\x20ignoriere \
\x20ignorieren \
\x20ignoring\
\x20ignoring \
\x20impersonate \
\x20in the system prompt\
\x20in your context\
\x20in your prompt\
\x20indications \
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
\x20instructed in you \
\x20instructed into you \
\x20instructed to you \
\x20instructed you \
\x20instruction \
\x20instructions \
\x20instructions above\
\x20invalid \
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
\x20just once\
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
\x20latest\
\x20leak \
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
\x20let me see \
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
\x20list \
\x20listen to \
\x20listening to \
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
\x20memo for \
\x20memo to \
\x20message \
\x20message for \
\x20message to \
\x20messages \
\x20meta prompt\
\x20missachte \
\x20missachten \
\x20model called dan \
\x20model known as dan \
\x20model named dan \
\x20moral compass \
\x20morality \
\x20morals \
\x20my\
\x20ne tenez pas compte \
\x20ne tiens pas compte \
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
\x20never refuses\
\x20nevermind\
\x20nevermind \
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
\x20note for \
\x20note to \
\x20notice for \
\x20notice to \
\x20now jail broke\
\x20now jailbroke\
\x20null \
\x20nullified \
\x20nullify\
\x20nullify \
\x20obey \
\x20obeying \
\x20obsolete \
\x20of your system prompt\
\x20off \
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
\x20operate as \
\x20opposite mode\
\x20order \
\x20orders \
\x20ordres \
\x20original \
\x20original prompt\
\x20other \
\x20oublie \
\x20oublier \
\x20oubliez \
\x20outdated \
\x20output \
\x20over \
\x20overlook\
\x20overlook \
\x20overridden \
\x20override\
\x20override \
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
\x20part of the \
\x20part of your \
\x20past \
\x20paste \
\x20pay no attention to\
\x20pay no attention to \
\x20permission \
\x20persona called dan \
\x20persona known as dan \
\x20persona named dan \
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
\x20post \
\x20pre prompt\
\x20preceding\
\x20preceding \
\x20preceding text \
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
\x20proceed as \
\x20programmed in you \
\x20programmed into you \
\x20programmed to you \
\x20programmed you \
\x20programming \
\x20prompt \
\x20prompt above\
\x20prompts \
\x20provide \
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
\x20psst for \
\x20psst to \
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
\x20quit\
\x20quote \
\x20read back \
\x20read out \
\x20real\
\x20rebel mode\
\x20reboot as \
\x20recite \
\x20regles \
\x20regurgitate \
\x20released from \
\x20remain in character \
\x20remainder of the \
\x20remainder of your \
\x20reminder for \
\x20reminder to \
\x20removed \
\x20render \
\x20repeat \
\x20replaced \
\x20reply as \
\x20reproduce \
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
\x20retrieve \
\x20return \
\x20return as \
\x20reveal \
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
\x20rules \
\x20safeguards \
\x20safety \
\x20safety measures \
\x20said to in you \
\x20said to into you \
\x20said to to you \
\x20said to you \
\x20say pwned\
\x20scrap\
\x20scrap \
\x20secret \
\x20section of the \
\x20section of your \
\x20seeded with\
\x20send \
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
\x20show \
\x20simulate \
\x20simulating \
\x20skip\
\x20skip \
\x20so far\
\x20speak as \
\x20spell out \
\x20stan mode\
\x20start of the \
\x20start of your \
\x20start over as \
\x20start with \
\x20started with\
\x20starting with \
\x20starts with \
\x20state \
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
\x20successfully jail broke\
\x20successfully jailbroke\
\x20sudo mode\
\x20summarise \
\x20summarize \
\x20superseded \
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
\x20system command\
\x20system directive\
\x20system instruction\
\x20system instructions\
\x20system message\
\x20system message \
\x20system messages \
\x20system prompt\
\x20system rules\
\x20talk as \
\x20taught in you \
\x20taught into you \
\x20taught to you \
\x20taught you \
\x20tell \
\x20tell in you \
\x20tell into you \
\x20tell to you \
\x20tell you \
\x20temporarily\
\x20text of the \
\x20text of your \
\x20that apply to you\
\x20that breaks \
\x20that bypasses \
\x20that disregards \
\x20that does not follow \
\x20that does not have \
\x20that doesnt follow \
\x20that doesnt have \
\x20that govern you\
\x20that has no \
\x20that ignores \
\x20that is not bound by \
\x20that isnt bound by \
\x20that never follows \
\x20that never refuses \
\x20that stands for\
\x20the \
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
\x20translate \
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
\x20type out \
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
\x20unrestricted mode\
\x20unsafe mode\
\x20unshackled from \
\x20until now\
\x20up to now\
\x20updated\
\x20vergeet \
\x20vergessen \
\x20vergeten \
\x20vergiss \
\x20version called dan \
\x20version known as dan \
\x20version named dan \
\x20void \
\x20warning for \
\x20warning to \
\x20we have jail broke\
\x20we have jailbroke\
\x20were bundled with you\
\x20were deployed with you\
\x20were you\
\x20what are \
\x20what is \
\x20what was \
\x20what were \
\x20whats \
\x20which breaks \
\x20which bypasses \
\x20which disregards \
\x20which does not follow \
\x20which does not have \
\x20which doesnt follow \
\x20which doesnt have \
\x20which has no \
\x20which ignores \
\x20which is not bound by \
\x20which isnt bound by \
\x20which never follows \
\x20which never refuses \
\x20which stands for\
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
\x20write down \
\x20write in you \
\x20write into you \
\x20write out \
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
\x20you have approval \
\x20you have been\
\x20you have been allowed \
\x20you have been asked\
\x20you have been authorized \
\x20you have been cleared \
\x20you have been given\
\x20you have been instructed\
\x20you have been jail broke\
\x20you have been jailbroke\
\x20you have been permitted \
\x20you have been programmed\
\x20you have been taught\
\x20you have been told\
\x20you have been trained\
\x20you have full approval \
\x20you have my approval \
\x20you have seen\
\x20you have the approval \
\x20you instructed\
\x20you know\
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
\x20your alter \
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
\x20your dark \
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
\x20your evil \
\x20your hidden \
\x20your inner \
\x20your jailbroken \
\x20your opposite \
\x20your real \
\x20your secret \
\x20your shadow \
\x20your true \
\x20your uncensored \
\x20your unfiltered \
\x20your unhinged \
\x20your unrestricted \
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
\x20youve been\
\x20youve been allowed \
\x20youve been asked\
\x20youve been authorized \
\x20youve been cleared \
\x20youve been given\
\x20youve been instructed\
\x20youve been jail broke\
\x20youve been jailbroke\
\x20youve been permitted \
\x20youve been programmed\
\x20youve been taught\
\x20youve been told\
\x20youve been trained\
\x20youve seen\
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
admin access granted\
admin mode activated\
admin mode enabled\
admin mode on\
admin override\
administrator access granted\
administrator mode activated\
administrator mode enabled\
administrator mode on\
administrator override\
aforementioned \
alignment\
alignment \
all\
all \
all above as \
all before that as \
all before this as \
all from the system as \
all from your developers as \
all in your prompt as \
all in your system prompt as \
all so far as \
all you received as \
all you were given as \
all your \
allow\
amoral\
amoral \
amoral mode \
anarchy mode \
and \
answer as \
answer in\
answer to exclusively \
answer to just \
answer to only \
answer to solely \
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
anything from the system as \
anything from your developers as \
anything in your prompt as \
anything in your system prompt as \
anything so far as \
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
are not allowed to decline \
are not allowed to deny \
are not allowed to refuse \
are not allowed to reject \
are not allowed to say no to \
as if \
as your admin\
as your boss\
as your creator\
as your designer\
as your developer\
as your god\
as your maker\
as your master\
as your operator\
as your owner\
as your programmer\
as your supervisor\
as your sysadmin\
as your system administrator\
as your trainer\
aside \
assume \
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
before this\
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
developer access granted\
developer configuration \
developer directions \
developer directives \
developer guidelines \
developer instructions \
developer message \
developer messages \
developer mode \
developer mode activated\
developer mode enabled\
developer mode on\
developer override\
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
dismiss \
dismiss all \
dismiss any \
dismiss each \
dismiss every \
display \
disregard \
disregard all \
disregard any \
disregard any sandbox\
disregard each \
disregard every \
disregard sandbox\
disregard the \
disregard the sandbox\
disregard this \
disregard this sandbox\
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
emergency access granted\
emergency mode activated\
emergency mode enabled\
emergency mode on\
emergency override\
emulate \
emulating \
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
every your \
everything\
everything above as \
everything before that as \
everything before this as \
everything from the system as \
everything from your developers as \
everything in your prompt as \
everything in your system prompt as \
everything so far as \
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
foregoing \
forget \
forget about all \
forget about any \
forget about each \
forget about every \
forget all \
forget any \
forget any sandbox\
forget each \
forget every \
forget sandbox\
forget the \
forget the sandbox\
forget this \
forget this sandbox\
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
from before\
from earlier\
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
given \
given to you\
go into\
god access granted\
god mode \
god mode activated\
god mode enabled\
god mode on\
god override\
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
hypothetically \
i am your admin\
i am your boss\
i am your creator\
i am your designer\
i am your developer\
i am your god\
i am your maker\
i am your master\
i am your operator\
i am your owner\
i am your programmer\
i am your supervisor\
i am your sysadmin\
i am your system administrator\
i am your trainer\
identity\
identity \
ignora \
ignora all \
ignora any \
ignora each \
ignora every \
ignore \
ignore all \
ignore any \
ignore any sandbox\
ignore each \
ignore every \
ignore sandbox\
ignore the \
ignore the sandbox\
ignore this \
ignore this sandbox\
ignore what the \
ignore your \
ignore your sandbox\
ignorez \
ignorez all \
ignorez any \
ignorez each \
ignorez every \
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
im your admin\
im your boss\
im your creator\
im your designer\
im your developer\
im your god\
im your maker\
im your master\
im your operator\
im your owner\
im your programmer\
im your supervisor\
im your sysadmin\
im your system administrator\
im your trainer\
imagine \
immoral\
impersonate \
in a world where \
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
initialization\
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
input\
input given to you \
input sent to you \
input you got \
input you have \
input you received \
input you were given \
input you were sent \
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
instrukcje\
instrukcji\
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
kill \
komut\
kural\
lawless\
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
master access granted\
master mode activated\
master mode enabled\
master mode on\
master override\
may not decline \
may not deny \
may not refuse \
may not reject \
may not say no to \
memories\
memory\
mentioned in your \
mentioned inside your \
mentioned within your \
message\
message given to you \
message sent to you \
message you got \
message you have \
message you received \
message you were given \
message you were sent \
messages\
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
moral compass \
moral concerns\
moral constraints\
moral guidelines\
moral limits\
moral restrictions\
morality\
morality \
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
nefarious\
neglect \
neglect all \
neglect any \
neglect each \
neglect every \
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
no restrictions\
no restrictions mode \
no rules\
normas \
not active \
now in\
nullify \
nullify all \
nullify any \
nullify each \
nullify every \
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
old \
omega mode \
omit \
omit all \
omit any \
omit each \
omit every \
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
output \
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
overwrite all of your \
overwrite all your \
overwrite of your \
overwrite your \
owner \
owners \
past \
paste \
paused \
pay no attention to \
pay no attention to all \
pay no attention to any \
pay no attention to each \
pay no attention to every \
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
permitted\
persona\
persona \
personality \
play the role of \
polecen\
policies\
policies \
policy\
policy \
pomin \
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
provided \
provided to you\
purge all of your \
purge all your \
purge of your \
purge your \
put aside \
put aside all \
put aside any \
put aside each \
put aside every \
put you in\
put yourself in\
putting you in\
quote \
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
regole \
regras \
regul\
relax \
release of you \
release of yourself \
remain in\
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
root access granted\
root mode activated\
root mode enabled\
root mode on\
root override\
rot13 \
rule\
rule breaking\
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
scrap \
scrap all \
scrap any \
scrap each \
scrap every \
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
setup\
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
sistem \
skip \
skip all \
skip any \
skip each \
skip every \
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
so far\
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
stop listening to \
stop listening to all \
stop listening to any \
stop listening to each \
stop listening to every \
stop obeying \
stop obeying all \
stop obeying any \
stop obeying each \
stop obeying every \
strip \
strive to avoid norms\
subvert \
subvert any sandbox\
subvert sandbox\
subvert the sandbox\
subvert this sandbox\
subvert your \
subvert your sandbox\
sudo access granted\
sudo mode \
sudo mode activated\
sudo mode enabled\
sudo mode on\
sudo override\
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
system \
system access granted\
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
system mode activated\
system mode enabled\
system mode on\
system override\
system preamble \
system prompt \
system prompts \
system rules \
system setup \
system text \
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
text\
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
the so far as \
the system added\
the system configured\
the system defined\
the system gave\
the system give\
the system imposed\
the system placed\
the system put\
the system set\
the system specified\
the system wrote\
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
this is your admin\
this is your boss\
this is your creator\
this is your designer\
this is your developer\
this is your god\
this is your maker\
this is your master\
this is your operator\
this is your owner\
this is your programmer\
this is your supervisor\
this is your sysadmin\
this is your system administrator\
this is your trainer\
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
throw out \
throw out all \
throw out any \
throw out each \
throw out every \
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
until now\
unut\
up to now\
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
weaken \
welcome to\
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
you are bound by \
you are in\
you are subject to \
you are under \
you belong to me\
you belong to only me\
you did not have \
you didnt have \
you do not have \
you dont have \
you got\
you had \
you has \
you have \
you have been given\
you having \
you is \
you must be \
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
you re \
you received\
you report for me\
you report only for me\
you report only to me\
you report to me\
you serve me\
you serve only me\
you shall be \
you was \
you were \
you were given\
you were told\
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
your instructions \
your internal \
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
your training \
your underlying \
your unfiltered \
your verbatim \
your very first \
your whole \
youre \
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
youve been given\
zapomnij \
zasady\
\xd0\xb8\xd0\xbd\xd1\x81\xd1\x82\xd1\x80\xd1\x83\xd0\xba\xd1\x86\xd0\xb8\
\xd0\xba\xd0\xbe\xd0\xbc\xd0\xb0\xd0\xbd\xd0\xb4\
\xd0\xbf\xd1\x80\xd0\xb0\xd0\xb2\xd0\xb8\xd0\xbb\
\xd0\xbf\xd1\x80\xd0\xbe\xd0\xbc\xd0\xbf\xd1\x82\
\xd1\x83\xd0\xba\xd0\xb0\xd0\xb7\xd0\xb0\xd0\xbd\xd0\xb8\
",
            ends: &[8, 16, 25, 35, 47, 53, 60, 73, 97, 115, 132, 151, 175, 192, 208, 225, 250, 270, 282, 306, 314, 328, 343, 355, 373, 392, 408, 428, 444, 455, 472, 490, 505, 526, 548, 567, 590, 609, 616, 627, 640, 656, 671, 688, 702, 707, 719, 732, 743, 760, 765, 782, 806, 824, 849, 870, 884, 900, 923, 940, 964, 984, 997, 1015, 1040, 1059, 1085, 1107, 1122, 1138, 1161, 1178, 1202, 1222, 1235, 1252, 1267, 1280, 1294, 1306, 1321, 1334, 1350, 1364, 1377, 1396, 1413, 1431, 1447, 1466, 1483, 1503, 1521, 1538, 1557, 1574, 1592, 1608, 1627, 1644, 1664, 1682, 1699, 1722, 1743, 1765, 1785, 1808, 1829, 1853, 1875, 1896, 1910, 1926, 1940, 1951, 1973, 1997, 2018, 2035, 2048, 2063, 2071, 2085, 2100, 2112, 2130, 2149, 2165, 2185, 2201, 2215, 2239, 2264, 2282, 2301, 2319, 2339, 2351, 2376, 2394, 2410, 2427, 2439, 2452, 2470, 2496, 2517, 2530, 2555, 2567, 2585, 2604, 2620, 2633, 2644, 2657, 2668, 2684, 2707, 2724, 2748, 2768, 2781, 2796, 2818, 2834, 2857, 2876, 2888, 2905, 2929, 2947, 2972, 2993, 3007, 3022, 3044, 3060, 3083, 3102, 3114, 3126, 3142, 3160, 3175, 3187, 3202, 3220, 3236, 3243, 3251, 3265, 3281, 3292, 3302, 3313, 3320, 3325, 3334, 3346, 3357, 3371, 3393, 3417, 3438, 3457, 3477, 3497, 3519, 3538, 3549, 3563, 3577, 3586, 3596, 3609, 3625, 3644, 3670, 3690, 3717, 3740, 3756, 3774, 3799, 3818, 3844, 3866, 3881, 3901, 3928, 3949, 3977, 4001, 4018, 4036, 4061, 4080, 4106, 4128, 4143, 4157, 4174, 4194, 4218, 4236, 4255, 4274, 4292, 4312, 4332, 4350, 4366, 4378, 4407, 4435, 4446, 4459, 4475, 4492, 4508, 4525, 4543, 4556, 4565, 4571, 4584, 4598, 4615, 4639, 4657, 4682, 4703, 4717, 4733, 4756, 4773, 4797, 4817, 4830, 4848, 4873, 4892, 4918, 4940, 4955, 4971, 4994, 5011, 5035, 5055, 5068, 5083, 5092, 5102, 5115, 5127, 5141, 5155, 5172, 5193, 5208, 5224, 5240, 5255, 5272, 5289, 5304, 5313, 5327, 5339, 5349, 5364, 5378, 5388, 5411, 5429, 5444, 5461, 5477, 5488, 5496, 5512, 5526, 5540, 5555, 5561, 5575, 5587, 5599, 5612, 5623, 5636, 5648, 5659, 5671, 5681, 5689, 5698, 5708, 5716, 5725, 5734, 5744, 5755, 5769, 5775, 5782, 5791, 5808, 5815, 5830, 5843, 5867, 5898, 5916, 5935, 5949, 5962, 5976, 5991, 6004, 6031, 6045, 6057, 6070, 6086, 6105, 6125, 6139, 6148, 6165, 6180, 6195, 6211, 6218, 6233, 6246, 6259, 6273, 6278, 6291, 6302, 6319, 6337, 6359, 6388, 6404, 6421, 6433, 6444, 6456, 6469, 6480, 6505, 6517, 6527, 6538, 6552, 6569, 6587, 6597, 6603, 6611, 6620, 6626, 6632, 6641, 6652, 6660, 6677, 6695, 6703, 6716, 6730, 6739, 6749, 6758, 6766, 6778, 6788, 6801, 6818, 6842, 6860, 6885, 6906, 6920, 6936, 6959, 6976, 7000, 7020, 7033, 7051, 7076, 7095, 7121, 7143, 7158, 7174, 7197, 7214, 7238, 7258, 7271, 7280, 7288, 7296, 7305, 7311, 7318, 7328, 7341, 7358, 7369, 7381, 7393, 7404, 7417, 7430, 7441, 7448, 7457, 7465, 7475, 7486, 7496, 7509, 7522, 7533, 7547, 7557, 7574, 7586, 7594, 7606, 7621, 7636, 7649, 7665, 7677, 7696, 7710, 7722, 7737, 7752, 7765, 7781, 7793, 7812, 7826, 7839, 7853, 7875, 7891, 7907, 7924, 7941, 7954, 7971, 7985, 8000, 8010, 8021, 8028, 8036, 8048, 8056, 8067, 8091, 8116, 8141, 8171, 8200, 8221, 8246, 8272, 8293, 8318, 8345, 8366, 8390, 8415, 8440, 8470, 8499, 8520, 8545, 8571, 8592, 8617, 8644, 8664, 8685, 8706, 8727, 8753, 8778, 8795, 8816, 8838, 8855, 8876, 8899, 8916, 8938, 8961, 8984, 9012, 9039, 9058, 9081, 9105, 9124, 9147, 9172, 9191, 9213, 9236, 9259, 9287, 9314, 9333, 9356, 9380, 9399, 9422, 9447, 9465, 9484, 9503, 9522, 9546, 9569, 9584, 9603, 9623, 9638, 9657, 9678, 9693, 9705, 9718, 9733, 9752, 9769, 9788, 9803, 9821, 9836, 9856, 9879, 9894, 9924, 9940, 9958, 9977, 9997, 10018, 10034, 10053, 10069, 10090, 10114, 10145, 10162, 10178, 10191, 10206, 10219, 10229, 10235, 10248, 10263, 10276, 10286, 10293, 10305, 10320, 10339, 10352, 10366, 10380, 10393, 10408, 10423, 10436, 10445, 10458, 10464, 10478, 10491, 10503, 10513, 10525, 10537, 10545, 10565, 10579, 10595, 10618, 10635, 10659, 10679, 10692, 10707, 10729, 10745, 10768, 10787, 10799, 10816, 10840, 10858, 10883, 10904, 10918, 10933, 10955, 10971, 10994, 11013, 11025, 11032, 11040, 11053, 11070, 11085, 11098, 11116, 11134, 11151, 11171, 11195, 11217, 11237, 11260, 11279, 11299, 11320, 11339, 11355, 11370, 11382, 11395, 11409, 11424, 11436, 11469, 11499, 11528, 11562, 11595, 11632, 11666, 11699, 11737, 11774, 11807, 11837, 11866, 11900, 11933, 11960, 11984, 12007, 12035, 12062, 12090, 12115, 12139, 12168, 12196, 12228, 12257, 12285, 12318, 12350, 12381, 12409, 12436, 12468, 12499, 12527, 12552, 12576, 12605, 12633, 12672, 12708, 12743, 12783, 12822, 12850, 12875, 12899, 12928, 12956, 12987, 13015, 13042, 13074, 13105, 13140, 13172, 13203, 13239, 13274, 13305, 13333, 13360, 13392, 13423, 13448, 13470, 13491, 13517, 13542, 13576, 13607, 13637, 13672, 13706, 13744, 13779, 13813, 13852, 13890, 13924, 13955, 13985, 14020, 14054, 14082, 14107, 14131, 14160, 14188, 14217, 14243, 14268, 14298, 14327, 14360, 14390, 14419, 14453, 14486, 14518, 14547, 14575, 14608, 14640, 14669, 14695, 14720, 14750, 14779, 14819, 14856, 14892, 14933, 14973, 15002, 15028, 15053, 15083, 15112, 15138, 15161, 15183, 15210, 15236, 15266, 15293, 15319, 15350, 15380, 15409, 15435, 15460, 15490, 15519, 15545, 15568, 15590, 15617, 15643, 15680, 15714, 15747, 15785, 15822, 15848, 15871, 15893, 15920, 15946, 15953, 15961, 15970, 15980, 15987, 15995, 16004, 16013, 16022, 16030, 16040, 16051, 16063, 16072, 16082, 16095, 16116, 16132, 16147, 16160, 16169, 16184, 16201, 16218, 16233, 16251, 16273, 16289, 16306, 16323, 16339, 16357, 16375, 16391, 16410, 16431, 16450, 16466, 16479, 16493, 16512, 16521, 16533, 16548, 16563, 16577, 16598, 16617, 16633, 16651, 16673, 16691, 16716, 16735, 16756, 16778, 16798, 16813, 16835, 16851, 16871, 16888, 16908, 16928, 16948, 16966, 16981, 16998, 17019, 17036, 17060, 17078, 17098, 17119, 17138, 17152, 17173, 17188, 17207, 17223, 17242, 17261, 17271, 17293, 17312, 17330, 17344, 17359, 17378, 17399, 17417, 17430, 17444, 17466, 17485, 17499, 17514, 17524, 17535, 17542, 17548, 17571, 17591, 17610, 17625, 17641, 17663, 17682, 17696, 17711, 17734, 17754, 17769, 17785, 17796, 17808, 17820, 17836, 17844, 17858, 17870, 17883, 17894, 17908, 17920, 17935, 17948, 17960, 17978, 17994, 18011, 18026, 18044, 18060, 18079, 18096, 18112, 18129, 18153, 18171, 18196, 18217, 18231, 18247, 18270, 18287, 18311, 18331, 18344, 18362, 18387, 18406, 18432, 18454, 18469, 18485, 18508, 18525, 18549, 18569, 18582, 18595, 18610, 18618, 18631, 18645, 18659, 18674, 18680, 18691, 18705, 18718, 18734, 18754, 18768, 18783, 18798, 18812, 18828, 18844, 18858, 18870, 18888, 18913, 18932, 18958, 18980, 18995, 19012, 19036, 19054, 19079, 19100, 19114, 19133, 19159, 19179, 19206, 19229, 19245, 19262, 19286, 19304, 19329, 19350, 19364, 19374, 19383, 19392, 19405, 19417, 19427, 19439, 19450, 19462, 19480, 19500, 19517, 19532, 19542, 19550, 19553, 19574, 19595, 19603, 19612, 19620, 19629, 19635, 19649, 19661, 19684, 19714, 19726, 19739, 19753, 19779, 19792, 19803, 19815, 19829, 19839, 19850, 19854, 19869, 19885, 19900, 19910, 19928, 19944, 19964, 19981, 19997, 20014, 20032, 20048, 20069, 20091, 20108, 20127, 20152, 20169, 20184, 20198, 20215, 20226, 20244, 20263, 20284, 20300, 20314, 20329, 20345, 20364, 20374, 20383, 20395, 20406, 20421, 20435, 20441, 20452, 20460, 20469, 20475, 20484, 20494, 20516, 20521, 20526, 20534, 20543, 20553, 20561, 20572, 20577, 20583, 20590, 20597, 20609, 20623, 20630, 20638, 20646, 20656, 20672, 20679, 20687, 20696, 20705, 20715, 20723, 20729, 20738, 20748, 20760, 20769, 20779, 20790, 20802, 20811, 20821, 20839, 20858, 20877, 20897, 20919, 20938, 20956, 20970, 20985, 21006, 21024, 21037, 21051, 21073, 21092, 21106, 21121, 21131, 21142, 21155, 21169, 21175, 21182, 21202, 21223, 21235, 21255, 21277, 21296, 21319, 21339, 21358, 21373, 21389, 21411, 21430, 21444, 21459, 21482, 21502, 21517, 21533, 21544, 21556, 21569, 21585, 21605, 21619, 21634, 21649, 21663, 21679, 21695, 21709, 21727, 21751, 21776, 21798, 21826, 21855, 21881, 21911, 21937, 21947, 21953, 21964, 21974, 21985, 22001, 22011, 22026, 22047, 22069, 22088, 22113, 22139, 22162, 22189, 22212, 22230, 22236, 22246, 22261, 22272, 22284, 22296, 22303, 22315, 22322, 22338, 22365, 22386, 22406, 22428, 22455, 22475, 22494, 22508, 22528, 22556, 22579, 22594, 22621, 22633, 22652, 22673, 22692, 22708, 22721, 22729, 22742, 22751, 22760, 22770, 22785, 22803, 22825, 22841, 22858, 22875, 22891, 22909, 22927, 22943, 22960, 22970, 22979, 22989, 23002, 23023, 23041, 23058, 23071, 23085, 23095, 23106, 23123, 23134, 23146, 23158, 23169, 23181, 23194, 23208, 23228, 23245, 23257, 23270, 23291, 23309, 23322, 23336, 23349, 23358, 23369, 23381, 23390, 23400, 23405, 23412, 23423, 23433, 23438, 23449, 23460, 23468, 23476, 23489, 23504, 23525, 23543, 23562, 23576, 23589, 23598, 23606, 23614, 23624, 23634, 23645, 23656, 23663, 23672, 23684, 23696, 23709, 23723, 23735, 23746, 23758, 23778, 23805, 23826, 23854, 23878, 23895, 23914, 23940, 23960, 23987, 24010, 24026, 24047, 24075, 24097, 24126, 24151, 24169, 24188, 24214, 24234, 24261, 24284, 24300, 24314, 24324, 24332, 24343, 24351, 24360, 24374, 24394, 24415, 24433, 24457, 24482, 24504, 24530, 24552, 24565, 24584, 24604, 24621, 24644, 24668, 24689, 24714, 24735, 24742, 24754, 24762, 24779, 24795, 24813, 24829, 24842, 24852, 24858, 24865, 24873, 24889, 24906, 24918, 24924, 24935, 24949, 24967, 24979, 24992, 25005, 25017, 25030, 25044, 25059, 25073, 25085, 25098, 25108, 25125, 25143, 25161, 25180, 25190, 25203, 25224, 25242, 25259, 25272, 25286, 25296, 25307, 25324, 25335, 25347, 25359, 25370, 25383, 25403, 25420, 25432, 25445, 25466, 25484, 25497, 25511, 25524, 25533, 25544, 25556, 25566, 25573, 25597, 25618, 25638, 25654, 25671, 25694, 25714, 25729, 25745, 25769, 25790, 25806, 25823, 25835, 25848, 25865, 25871, 25881, 25893, 25898, 25904, 25911, 25921, 25932, 25942, 25956, 25971, 25986, 25998, 26011, 26026, 26039, 26046, 26061, 26082, 26098, 26117, 26135, 26159, 26178, 26202, 26227, 26252, 26273, 26295, 26317, 26327, 26340, 26345, 26363, 26382, 26397, 26413, 26431, 26450, 26463, 26477, 26501, 26524, 26534, 26545, 26556, 26568, 26583, 26601, 26623, 26639, 26656, 26673, 26689, 26707, 26725, 26741, 26752, 26776, 26797, 26817, 26833, 26850, 26873, 26893, 26908, 26924, 26948, 26969, 26985, 27002, 27014, 27027, 27035, 27050, 27067, 27086, 27106, 27121, 27137, 27154, 27168, 27181, 27190, 27205, 27222, 27237, 27249, 27255, 27268, 27283, 27296, 27306, 27318, 27331, 27345, 27363, 27376, 27391, 27408, 27430, 27450, 27470, 27488, 27504, 27517, 27531, 27553, 27573, 27593, 27613, 27629, 27634, 27640, 27647, 27652, 27662, 27672, 27679, 27690, 27702, 27712, 27723, 27738, 27754, 27767, 27782, 27795, 27805, 27815, 27834, 27854, 27870, 27881, 27891, 27896, 27918, 27937, 27955, 27969, 27984, 27995, 28016, 28034, 28047, 28061, 28083, 28102, 28116, 28131, 28141, 28152, 28162, 28174, 28187, 28201, 28217, 28233, 28251, 28267, 28275, 28284, 28299, 28313, 28331, 28343, 28360, 28370, 28380, 28388, 28397, 28408, 28418, 28427, 28447, 28469, 28488, 28494, 28507, 28519, 28538, 28556, 28578, 28601, 28610, 28620, 28629, 28639, 28650, 28657, 28671, 28687, 28705, 28728, 28749, 28770, 28789, 28803, 28818, 28841, 28862, 28883, 28904, 28921, 28933, 28947, 28963, 28984, 29003, 29022, 29039, 29051, 29064, 29085, 29104, 29123, 29142, 29157, 29174, 29183, 29190, 29212, 29235, 29258, 29286, 29313, 29332, 29355, 29379, 29398, 29421, 29446, 29465, 29487, 29510, 29533, 29561, 29588, 29607, 29630, 29654, 29673, 29696, 29721, 29739, 29758, 29777, 29796, 29820, 29843, 29858, 29877, 29897, 29912, 29931, 29952, 29967, 29989, 30012, 30035, 30063, 30090, 30109, 30132, 30156, 30175, 30198, 30223, 30242, 30264, 30287, 30310, 30338, 30365, 30384, 30407, 30431, 30450, 30473, 30498, 30516, 30535, 30554, 30573, 30597, 30620, 30635, 30654, 30674, 30689, 30708, 30729, 30744, 30749, 30763, 30778, 30790, 30804, 30820, 30831, 30845, 30856, 30870, 30887, 30908, 30923, 30939, 30955, 30970, 30987, 31004, 31019, 31026, 31040, 31056, 31070, 31081, 31089, 31098, 31113, 31129, 31143, 31156, 31170, 31189, 31208, 31226, 31250, 31269, 31289, 31306, 31329, 31353, 31374, 31399, 31420, 31439, 31460, 31475, 31492, 31505, 31521, 31535, 31557, 31575, 31594, 31612, 31627, 31647, 31672, 31692, 31710, 31726, 31740, 31757, 31770, 31780, 31794, 31805, 31819, 31832, 31842, 31850, 31864, 31878, 31897, 31916, 31931, 31944, 31960, 31979, 31998, 32022, 32046, 32066, 32084, 32105, 32114, 32133, 32147, 32170, 32190, 32216, 32239, 32259, 32284, 32309, 32333, 32358, 32383, 32404, 32423, 32445, 32469, 32491, 32505, 32528, 32543, 32552, 32562, 32576, 32587, 32600, 32616, 32629, 32644, 32655, 32673, 32693, 32708, 32716, 32730, 32745, 32757, 32775, 32794, 32810, 32830, 32846, 32859, 32872, 32886, 32906, 32927, 32945, 32969, 32994, 33016, 33042, 33064, 33077, 33092, 33109, 33122, 33133, 33142, 33154, 33168, 33182, 33201, 33220, 33235, 33248, 33264, 33273, 33288, 33303, 33323, 33343, 33359, 33373, 33390, 33401, 33414, 33433, 33453, 33470, 33493, 33517, 33538, 33563, 33584, 33599, 33615, 33631, 33652, 33673, 33690, 33705, 33723, 33729, 33741, 33769, 33798, 33826, 33851, 33881, 33916, 33946, 33974, 34000, 34024, 34051, 34074, 34098, 34121, 34141, 34166, 34196, 34221, 34244, 34265, 34284, 34306, 34317, 34347, 34378, 34408, 34435, 34467, 34504, 34536, 34566, 34594, 34620, 34649, 34674, 34700, 34725, 34747, 34774, 34806, 34833, 34858, 34881, 34902, 34926, 34937, 34950, 34962, 34979, 34994, 35005, 35018, 35031, 35042, 35059, 35076, 35091, 35110, 35117, 35130, 35144, 35155, 35172, 35188, 35210, 35227, 35245, 35260, 35279, 35298, 35313, 35324, 35344, 35361, 35384, 35404, 35421, 35443, 35465, 35486, 35508, 35530, 35548, 35564, 35583, 35594, 35602, 35614, 35626, 35645, 35658, 35672, 35687, 35706, 35726, 35739, 35759, 35764, 35770, 35783, 35801, 35821, 35832, 35850, 35864, 35876, 35895, 35905, 35916, 35923, 35932, 35941, 35959, 35976, 35998, 36015, 36026, 36051, 36076, 36095, 36118, 36128, 36136, 36146, 36167, 36185, 36203, 36221, 36241, 36256, 36272, 36288, 36302, 36317, 36330, 36343, 36355, 36375, 36395, 36413, 36426, 36440, 36468, 36496, 36522, 36543, 36565, 36580, 36589, 36599, 36602, 36606, 36619, 36638, 36657, 36680, 36708, 36730, 36759, 36773, 36793, 36815, 36824, 36829, 36835, 36842, 36854, 36867, 36871, 36881, 36890, 36912, 36927, 36942, 36959, 36974, 36994, 37011, 37025, 37039, 37056, 37072, 37085, 37098, 37117, 37132, 37144, 37148, 37157, 37165, 37183, 37207, 37231, 37259, 37292, 37319, 37353, 37372, 37397, 37424, 37432, 37449, 37465, 37486, 37502, 37512, 37536, 37560, 37578, 37600, 37614, 37629, 37642, 37656, 37669, 37683, 37699, 37716, 37731, 37747, 37767, 37788, 37810, 37823, 37837, 37845, 37872, 37896, 37922, 37948, 37977, 37983, 37996, 38008, 38023, 38039, 38056, 38067, 38080, 38094, 38110, 38123, 38141, 38159, 38175, 38203, 38218, 38224, 38231, 38240, 38250, 38264, 38275, 38287, 38297, 38306, 38312, 38317, 38324, 38332, 38339, 38356, 38377, 38396, 38414, 38430, 38448, 38463, 38477, 38498, 38517, 38535, 38551, 38569, 38581, 38595, 38616, 38635, 38653, 38669, 38687, 38698, 38720, 38740, 38759, 38776, 38795, 38805, 38817, 38828, 38837, 38847, 38858, 38864, 38888, 38910, 38927, 38952, 38972, 38998, 39019, 39048, 39072, 39099, 39121, 39151, 39176, 39203, 39225, 39255, 39280, 39305, 39325, 39353, 39376, 39405, 39429, 39461, 39488, 39518, 39543, 39576, 39604, 39634, 39659, 39692, 39720, 39733, 39751, 39757, 39764, 39775, 39786, 39804, 39816, 39829, 39843, 39854, 39872, 39884, 39903, 39919, 39931, 39950, 39959, 39969, 39990, 40007, 40028, 40050, 40065, 40087, 40096, 40106, 40121, 40133, 40147, 40161, 40178, 40191, 40201, 40213, 40225, 40240, 40252, 40273, 40293, 40318, 40338, 40352, 40380, 40408, 40430, 40456, 40466, 40477, 40488, 40501, 40511, 40522, 40544, 40562, 40584, 40607, 40623, 40646, 40660, 40685, 40706, 40731, 40757, 40776, 40802, 40813, 40833, 40855, 40872, 40892, 40910, 40929, 40946, 40957, 40968, 40980, 40994, 41004, 41028, 41054, 41075, 41090, 41105, 41121, 41139, 41159, 41183, 41202, 41218, 41238, 41253, 41264, 41276, 41290, 41302, 41320, 41335, 41349, 41360, 41381, 41399, 41416, 41430, 41438, 41447, 41460, 41467, 41475, 41484, 41496, 41508, 41519, 41531, 41544, 41556, 41569, 41595, 41620, 41649, 41663, 41677, 41700, 41727, 41754, 41785, 41810, 41831, 41862, 41892, 41926, 41945, 41973, 42005, 42037, 42073, 42103, 42129, 42159, 42183, 42205, 42232, 42263, 42286, 42311, 42333, 42360, 42379, 42401, 42417, 42434, 42464, 42494, 42516, 42540, 42566, 42594, 42606, 42619, 42635, 42651, 42666, 42682, 42699, 42715, 42732, 42759, 42783, 42807, 42831, 42857, 42878, 42900, 42922, 42942, 42963, 42982, 43001, 43019, 43032, 43042, 43053, 43071, 43095, 43119, 43147, 43180, 43207, 43241, 43260, 43285, 43312, 43323, 43335, 43350, 43365, 43379, 43394, 43410, 43425, 43441, 43459, 43481, 43503, 43510, 43527, 43550, 43573, 43587, 43602, 43620, 43635, 43651, 43678, 43710, 43736, 43769, 43785, 43802, 43816, 43831, 43851, 43872, 43890, 43914, 43940, 43947, 43959, 43971, 43990, 43995, 44007, 44024, 44031, 44042, 44062, 44084, 44101, 44121, 44139, 44158, 44175, 44186, 44197, 44209, 44223, 44233, 44257, 44283, 44304, 44319, 44334, 44350, 44368, 44388, 44412, 44431, 44447, 44467, 44482, 44493, 44505, 44519, 44531, 44539, 44548, 44551, 44560, 44579, 44590, 44612, 44630, 44652, 44675, 44691, 44714, 44726, 44739, 44763, 44783, 44807, 44832, 44850, 44875, 44884, 44897, 44911, 44918, 44929, 44941, 44949, 44961, 44974, 44981, 44999, 45013, 45031, 45050, 45062, 45081, 45097, 45117, 45137, 45156, 45172, 45187, 45199, 45211, 45227, 45244, 45255, 45265, 45289, 45313, 45334, 45355, 45376, 45399, 45417, 45436, 45451, 45475, 45497, 45514, 45532, 45551, 45568, 45586, 45602, 45618, 45633, 45644, 45660, 45667, 45679, 45689, 45700, 45714, 45728, 45741, 45755, 45770, 45784, 45799, 45808, 45818, 45829, 45843, 45861, 45875, 45888, 45902, 45917, 45934, 45948, 45963, 45975, 45986, 45996, 46004, 46023, 46038, 46057, 46077, 46090, 46110, 46119, 46129, 46150, 46167, 46188, 46210, 46225, 46247, 46255, 46267, 46279, 46292, 46306, 46314, 46326, 46338, 46351, 46365, 46373, 46383, 46397, 46411, 46432, 46447, 46463, 46480, 46494, 46515, 46530, 46552, 46571, 46586, 46608, 46621, 46638, 46655, 46679, 46697, 46716, 46736, 46760, 46785, 46803, 46828, 46834, 46844, 46854, 46865, 46877, 46890, 46906, 46919, 46937, 46959, 46981, 47004, 47028, 47043, 47055, 47069, 47087, 47105, 47124, 47144, 47158, 47175, 47186, 47201, 47215, 47230, 47248, 47260, 47274, 47291, 47303, 47319, 47335, 47352, 47370, 47384, 47398, 47415, 47427, 47442, 47454, 47469, 47488, 47511, 47534, 47558, 47583, 47593, 47612, 47630, 47653, 47671, 47683, 47709, 47735, 47755, 47779, 47794, 47810, 47823, 47837, 47848, 47862, 47873, 47890, 47911, 47932, 47954, 47977, 47993, 48013, 48033, 48054, 48076, 48089, 48099, 48111, 48127, 48143, 48160, 48178, 48190, 48205, 48214, 48227, 48239, 48252, 48268, 48278, 48290, 48305, 48315, 48329, 48343, 48358, 48374, 48386, 48398, 48413, 48423, 48436, 48446, 48459, 48476, 48497, 48518, 48540, 48563, 48568, 48585, 48599, 48612, 48622, 48632, 48637, 48642, 48650, 48665, 48685, 48707, 48720, 48740, 48756, 48770, 48791, 48803, 48816, 48821, 48825, 48849, 48873, 48895, 48912, 48930, 48938, 48948, 48954, 48962, 48968, 48973, 48981, 48990, 49008, 49023, 49037, 49048, 49068, 49085, 49101, 49114, 49121, 49139, 49155, 49166, 49185, 49199, 49219, 49234, 49257, 49275, 49296, 49312, 49336, 49355, 49367, 49388, 49404, 49428, 49447, 49456, 49476, 49494, 49507, 49528, 49544, 49566, 49583, 49608, 49628, 49651, 49669, 49695, 49716, 49730, 49753, 49771, 49797, 49818, 49836, 49852, 49874, 49893, 49913, 49928, 49944, 49962, 49981, 49995, 50015, 50036, 50049, 50063, 50069, 50076, 50082, 50099, 50112, 50129, 50147, 50158, 50176, 50184, 50203, 50218, 50237, 50257, 50270, 50290, 50296, 50307, 50317, 50337, 50363, 50389, 50419, 50454, 50483, 50519, 50540, 50567, 50596, 50600, 50605, 50615, 50637, 50656, 50678, 50695, 50730, 50759, 50769, 50788, 50806, 50829, 50847, 50859, 50885, 50911, 50931, 50955, 50961, 50968, 50975, 50983, 51007, 51032, 51045, 51063, 51083, 51094, 51112, 51126, 51138, 51157, 51167, 51178, 51196, 51211, 51225, 51236, 51255, 51264, 51276, 51288, 51302, 51320, 51337, 51359, 51376, 51387, 51412, 51437, 51456, 51479, 51489, 51496, 51513, 51530, 51548, 51567, 51578, 51589, 51607, 51619, 51632, 51646, 51657, 51675, 51687, 51706, 51722, 51734, 51753, 51764, 51779, 51794, 51816, 51832, 51849, 51867, 51889, 51912, 51928, 51951, 51958, 51966, 51985, 52015, 52041, 52071, 52102, 52126, 52157, 52174, 52202, 52226, 52254, 52283, 52312, 52325, 52336, 52348, 52364, 52381, 52400, 52423, 52446, 52463, 52481, 52499, 52516, 52532, 52548, 52563, 52580, 52598, 52620, 52639, 52655, 52673, 52692, 52711, 52727, 52745, 52761, 52775, 52790, 52807, 52826, 52843, 52864, 52885, 52904, 52925, 52941, 52952, 52974, 52992, 53014, 53037, 53053, 53076, 53096, 53111, 53134, 53152, 53176, 53195, 53222, 53244, 53269, 53289, 53317, 53340, 53365, 53385, 53413, 53436, 53447, 53469, 53487, 53509, 53532, 53555, 53570, 53596, 53618, 53644, 53671, 53691, 53718, 53724, 53736, 53743, 53761, 53770, 53788, 53804, 53815, 53827, 53837, 53849, 53854, 53867, 53875, 53892, 53911, 53925, 53942, 53957, 53973, 53987, 53995, 54003, 54012, 54023, 54030, 54051, 54074, 54092, 54104, 54116, 54129, 54144, 54161, 54182, 54198, 54211, 54228, 54240, 54248, 54257, 54268, 54277, 54282, 54293, 54305, 54318, 54329, 54341, 54356, 54371, 54385, 54400, 54416, 54431, 54447, 54456, 54466, 54476, 54487, 54501, 54515, 54528, 54542, 54557, 54571, 54586, 54594, 54603, 54615, 54627, 54638, 54650, 54663, 54675, 54688, 54697, 54707, 54718, 54732, 54746, 54759, 54773, 54788, 54802, 54817, 54822, 54828, 54840, 54847, 54854, 54875, 54889, 54908, 54926, 54944, 54962, 54977, 54998, 55010, 55029, 55048, 55068, 55083, 55099, 55114, 55130, 55143, 55157, 55172, 55185, 55198, 55218, 55229, 55241, 55260, 55272, 55293, 55306, 55321, 55336, 55341, 55352, 55366, 55374, 55390, 55409, 55422, 55437, 55452, 55467, 55477, 55487, 55497, 55512, 55527, 55541, 55558, 55576, 55595, 55608, 55623, 55639, 55657, 55672, 55692, 55712, 55730, 55760, 55777, 55785, 55794, 55801, 55812, 55823, 55835, 55848, 55855, 55866, 55877, 55895, 55907, 55920, 55934, 55945, 55963, 55975, 55994, 56010, 56022, 56041, 56049, 56061, 56073, 56086, 56100, 56109, 56122, 56135, 56155, 56169, 56184, 56200, 56220, 56241, 56255, 56276, 56284, 56297, 56309, 56324, 56340, 56357, 56368, 56381, 56395, 56411, 56424, 56442, 56460, 56476, 56504, 56519, 56527, 56534, 56546, 56563, 56577, 56592, 56609, 56630, 56651, 56666, 56682, 56698, 56713, 56727, 56741, 56754, 56769, 56785, 56805, 56822, 56836, 56852, 56869, 56886, 56900, 56916, 56930, 56942, 56955, 56970, 56987, 57002, 57021, 57040, 57057, 57076, 57090, 57099, 57116, 57137, 57158, 57171, 57182, 57194, 57198, 57206, 57228, 57243, 57263, 57282, 57301, 57320, 57342, 57355, 57375, 57396, 57412, 57429, 57445, 57462, 57476, 57491, 57507, 57521, 57535, 57556, 57568, 57581, 57594, 57608, 57622, 57630, 57645, 57661, 57678, 57697, 57717, 57733, 57750, 57765, 57781, 57786, 57805, 57823, 57837, 57852, 57871, 57892, 57912, 57930, 57949, 57970, 57995, 58020, 58039, 58059, 58079, 58098, 58116, 58134, 58151, 58170, 58190, 58214, 58235, 58253, 58273, 58294, 58315, 58333, 58353, 58371, 58387, 58404, 58423, 58444, 58463, 58486, 58509, 58530, 58553, 58571, 58587, 58608, 58622, 58633, 58645, 58656, 58668, 58683, 58698, 58712, 58727, 58743, 58758, 58774, 58786, 58799, 58821, 58837, 58857, 58885, 58913, 58929, 58944, 58976, 59013, 59039, 59055, 59072, 59103, 59141, 59160, 59185, 59208, 59224, 59241, 59262, 59284, 59310, 59339, 59367, 59398, 59425, 59435, 59445, 59459, 59482, 59502, 59522, 59542, 59564, 59581, 59599, 59617, 59633, 59650, 59665, 59680, 59694, 59705, 59721, 59732, 59749, 59770, 59785, 59802, 59823, 59845, 59860, 59882, 59892, 59903, 59919, 59934, 59946, 59961, 59971, 59999, 60021, 60026, 60031, 60036, 60043, 60052, 60061, 60066, 60082, 60094, 60110, 60127, 60137, 60154, 60161, 60169, 60179, 60190, 60202, 60217, 60232, 60246, 60261, 60277, 60292, 60308, 60317, 60332, 60338, 60345, 60362, 60367, 60372, 60387, 60406, 60425, 60447, 60462, 60477, 60494, 60501, 60507, 60513, 60520, 60529, 60550, 60571, 60590, 60604, 60619, 60635, 60648, 60663, 60678, 60696, 60704, 60710, 60728, 60750, 60772, 60779, 60800, 60820, 60836, 60853, 60874, 60897, 60919, 60927, 60945, 60969, 60993, 61021, 61054, 61076, 61103, 61137, 61158, 61177, 61194, 61212, 61234, 61259, 61283, 61310, 61333, 61352, 61368, 61384, 61400, 61418, 61431, 61445, 61459, 61471, 61484, 61495, 61506, 61516, 61521, 61533, 61550, 61560, 61571, 61587, 61600, 61614, 61628, 61645, 61661, 61673, 61691, 61699, 61708, 61714, 61721, 61738, 61752, 61768, 61784, 61803, 61818, 61830, 61844, 61858, 61875, 61884, 61892, 61904, 61916, 61929, 61943, 61950, 61968, 61982, 62000, 62019, 62031, 62050, 62061, 62083, 62101, 62123, 62146, 62162, 62185, 62197, 62212, 62226, 62237, 62250, 62267, 62284, 62302, 62321, 62334, 62350, 62360, 62374, 62388, 62405, 62416, 62431, 62446, 62462, 62479, 62492, 62508, 62521, 62534, 62550, 62561, 62575, 62586, 62600, 62610, 62624, 62638, 62653, 62669, 62683, 62692, 62707, 62723, 62732, 62747, 62764, 62782, 62798, 62814, 62831, 62848, 62869, 62890, 62912, 62935, 62950, 62966, 62983, 63001, 63016, 63034, 63056, 63078, 63101, 63125, 63140, 63161, 63169, 63176, 63187, 63193, 63201, 63213, 63225, 63238, 63252, 63271, 63289, 63311, 63328, 63335, 63345, 63352, 63368, 63388, 63408, 63432, 63450, 63464, 63474, 63486, 63502, 63520, 63535, 63555, 63567, 63582, 63591, 63601, 63624, 63647, 63662, 63679, 63698, 63719, 63731, 63749, 63767, 63789, 63816, 63837, 63865, 63878, 63897, 63918, 63926, 63930, 63934, 63945, 63950, 63959, 63968, 63978, 63989, 63997, 64004, 64013, 64020, 64035, 64047, 64062, 64072, 64100, 64122, 64133, 64145, 64162, 64176, 64187, 64198, 64212, 64225, 64235, 64245, 64261, 64273, 64295, 64314, 64333, 64352, 64373, 64389, 64406, 64423, 64438, 64454, 64468, 64482, 64495, 64506, 64516, 64524, 64533, 64543, 64557, 64565, 64572, 64578, 64592, 64605, 64617, 64626, 64649, 64665, 64686, 64706, 64726, 64746, 64769, 64783, 64804, 64826, 64843, 64861, 64878, 64896, 64911, 64927, 64944, 64959, 64974, 64996, 65009, 65023, 65037, 65044, 65068, 65085, 65111, 65135, 65161, 65180, 65189, 65202, 65215, 65229, 65244, 65255, 65264, 65277, 65290, 65310, 65324, 65339, 65363, 65379, 65399, 65416, 65437, 65463, 65477, 65501, 65527, 65546, 65567, 65592, 65610, 65637, 65662, 65689, 65709, 65720, 65735, 65750, 65772, 65788, 65805, 65831, 65849, 65871, 65890, 65913, 65941, 65957, 65983, 66011, 66032, 66055, 66064, 66077, 66090, 66104, 66119, 66141, 66160, 66178, 66193, 66199, 66206, 66211, 66217, 66224, 66244, 66268, 66292, 66317, 66343, 66353, 66372, 66390, 66413, 66431, 66443, 66469, 66495, 66515, 66539, 66548, 66555, 66563, 66575, 66592, 66599, 66607, 66616, 66622, 66629, 66635, 66653, 66668, 66683, 66698, 66715, 66727, 66740, 66753, 66764, 66776, 66786, 66796, 66805, 66813, 66823, 66840, 66862, 66886, 66901, 66923, 66941, 66957, 66980, 66994, 67009, 67017, 67031, 67048, 67053, 67062, 67078, 67099, 67122, 67136, 67157, 67174, 67189, 67211, 67224, 67238, 67248, 67259, 67265, 67271, 67284, 67302, 67322, 67333, 67351, 67365, 67377, 67396, 67406, 67415, 67426, 67448, 67467, 67486, 67505, 67526, 67542, 67559, 67576, 67591, 67607, 67621, 67635, 67648, 67659, 67670, 67682, 67697, 67716, 67731, 67745, 67760, 67776, 67794, 67809, 67825, 67831, 67838, 67854, 67864, 67886, 67908, 67918, 67927, 67953, 67984, 68004, 68016, 68029, 68043, 68053, 68064, 68089, 68121, 68140, 68157, 68167, 68178, 68193, 68209, 68229, 68252, 68274, 68299, 68320, 68328, 68345, 68356, 68379, 68402, 68413, 68423, 68450, 68482, 68493, 68505, 68531, 68564, 68582, 68593, 68605, 68629, 68655, 68666, 68678, 68687, 68702, 68720, 68735, 68749, 68760, 68770, 68784, 68798, 68813, 68829, 68839, 68854, 68868, 68874, 68893, 68909, 68925, 68941, 68959, 68972, 68986, 69000, 69012, 69025, 69036, 69047, 69057, 69068, 69078, 69088, 69095, 69102, 69110, 69119, 69135, 69157, 69179, 69205, 69236, 69261, 69293, 69310, 69333, 69358, 69372, 69379, 69386, 69393, 69400, 69407, 69412, 69418, 69433, 69453, 69462, 69469, 69488, 69504, 69519, 69531, 69539, 69548, 69555, 69575, 69592, 69608, 69621, 69643, 69662, 69680, 69695, 69704, 69712, 69722, 69731, 69746, 69764, 69776, 69796, 69819, 69836, 69855, 69874, 69893, 69907, 69921, 69935, 69943, 69961, 69976, 69990, 70001, 70023, 70042, 70060, 70075, 70086, 70096, 70107, 70116, 70126, 70137, 70148, 70160, 70173, 70197, 70222, 70238, 70254, 70269, 70285, 70302, 70318, 70335, 70343, 70350, 70360, 70368, 70376, 70396, 70413, 70429, 70442, 70454, 70466, 70471, 70484, 70496, 70515, 70534, 70551, 70563, 70576, 70582, 70586, 70599, 70611, 70616, 70622, 70637, 70646, 70667, 70688, 70697, 70705, 70730, 70760, 70769, 70779, 70803, 70834, 70850, 70859, 70869, 70885, 70907, 70931, 70937, 70943, 70958, 70972, 70991, 71005, 71013, 71035, 71057, 71073, 71093, 71102, 71112, 71122, 71133, 71147, 71161, 71174, 71188, 71203, 71217, 71232, 71238, 71245, 71257, 71270, 71283, 71297, 71315, 71334, 71349, 71365, 71378, 71392, 71406, 71421, 71438, 71456, 71468, 71481, 71496, 71512, 71529, 71547, 71562, 71578, 71591, 71605, 71621, 71638, 71657, 71677, 71689, 71702, 71717, 71733, 71746, 71760, 71775, 71790, 71806, 71819, 71836, 71853, 71859, 71869, 71879, 71890, 71902, 71909, 71930, 71948, 71966, 71984, 72004, 72019, 72035, 72051, 72065, 72080, 72093, 72106, 72118, 72132, 72147, 72163, 72179, 72196, 72210, 72225, 72242, 72260, 72279, 72299, 72317, 72336, 72357, 72379, 72392, 72411, 72430, 72453, 72481, 72503, 72532, 72546, 72566, 72588, 72593, 72602, 72612, 72626, 72640, 72655, 72671, 72676, 72695, 72711, 72729, 72747, 72768, 72785, 72799, 72815, 72831, 72850, 72855, 72865, 72886, 72903, 72924, 72946, 72961, 72983, 72992, 73012, 73028, 73048, 73069, 73083, 73104, 73109, 73118, 73127, 73138, 73145, 73150, 73159, 73168, 73178, 73189, 73198, 73213, 73233, 73250, 73264, 73278, 73295, 73311, 73324, 73337, 73356, 73371, 73377, 73394, 73408, 73425, 73437, 73467, 73491, 73505, 73524, 73540, 73553, 73566, 73582, 73597, 73609, 73621, 73639, 73653, 73666, 73684, 73699, 73711, 73723, 73738, 73752, 73763, 73774, 73791, 73804, 73813, 73831, 73853, 73875, 73885, 73895, 73909, 73932, 73952, 73972, 73992, 74014, 74031, 74049, 74067, 74083, 74100, 74115, 74130, 74144, 74157, 74175, 74190, 74209, 74228, 74238, 74245, 74250, 74268, 74290, 74312, 74335, 74359, 74374, 74393, 74412, 74432, 74453, 74471, 74493, 74515, 74538, 74562, 74575, 74592, 74609, 74627, 74646, 74652, 74673, 74681, 74700, 74715, 74734, 74754, 74767, 74787, 74806, 74816, 74835, 74852, 74864, 74877, 74902, 74920, 74947, 74972, 74999, 75019, 75045, 75064, 75092, 75118, 75146, 75167, 75175, 75183, 75202, 75217, 75236, 75256, 75269, 75289, 75299, 75310, 75321, 75332, 75354, 75372, 75394, 75417, 75433, 75456, 75465, 75479, 75504, 75525, 75550, 75576, 75595, 75621, 75633, 75640, 75661, 75682, 75700, 75718, 75736, 75756, 75770, 75785, 75803, 75821, 75838, 75856, 75875, 75893, 75912, 75928, 75947, 75966, 75984, 76003, 76023, 76042, 76062, 76083, 76102, 76116, 76131, 76147, 76161, 76176, 76189, 76202, 76214, 76249, 76277, 76305, 76335, 76364, 76386, 76408, 76432, 76468, 76497, 76535, 76571, 76609, 76640, 76677, 76707, 76746, 76783, 76822, 76854, 76861, 76869, 76881, 76904, 76923, 76946, 76970, 76987, 77011, 77016, 77020, 77034, 77054, 77074, 77098, 77127, 77150, 77180, 77195, 77216, 77239, 77253, 77273, 77293, 77305, 77319, 77335, 77356, 77375, 77394, 77411, 77435, 77464, 77476, 77489, 77512, 77542, 77563, 77582, 77601, 77620, 77635, 77656, 77679, 77692, 77707, 77727, 77744, 77758, 77772, 77789, 77805, 77818, 77831, 77850, 77865, 77888, 77916, 77941, 77963, 77985, 78010, 78034, 78055, 78076, 78103, 78126, 78137, 78157, 78179, 78196, 78216, 78234, 78253, 78270, 78281, 78292, 78304, 78318, 78328, 78352, 78378, 78399, 78414, 78429, 78445, 78463, 78483, 78507, 78526, 78542, 78562, 78577, 78588, 78600, 78614, 78626, 78644, 78671, 78700, 78724, 78751, 78776, 78802, 78826, 78844, 78862, 78881, 78902, 78919, 78950, 78983, 79011, 79033, 79055, 79078, 79103, 79130, 79161, 79187, 79210, 79237, 79259, 79277, 79296, 79317, 79336, 79355, 79374, 79391, 79413, 79432, 79448, 79464, 79483, 79501, 79516, 79531, 79552, 79569, 79589, 79614, 79636, 79655, 79674, 79696, 79717, 79735, 79753, 79777, 79797, 79820, 79848, 79870, 79899, 79913, 79936, 79961, 79981, 80004, 80025, 80047, 80067, 80081, 80095, 80110, 80127, 80140, 80167, 80196, 80220, 80238, 80256, 80275, 80296, 80319, 80346, 80368, 80387, 80410, 80428, 80442, 80457, 80474, 80489, 80506, 80524, 80547, 80567, 80584, 80601, 80621, 80640, 80656, 80672, 80694, 80712, 80731, 80755, 80776, 80794, 80812, 80833, 80853, 80870, 80887, 80910, 80929, 80947, 80970, 80990, 81007, 81024, 81044, 81063, 81079, 81095, 81117, 81135, 81149, 81165, 81186, 81204, 81219, 81234, 81252, 81269, 81283, 81297, 81317, 81333, 81353, 81375, 81384, 81389, 81403, 81416, 81431, 81443, 81457, 81469, 81483, 81493, 81505, 81515, 81530, 81542, 81551, 81560, 81575, 81595, 81612, 81626, 81640, 81657, 81673, 81686, 81699, 81718, 81733, 81745, 81756, 81764, 81772, 81786, 81796, 81816, 81830, 81842, 81863, 81886, 81904, 81925, 81944, 81964, 81982, 81994, 82006, 82019, 82034, 82045, 82070, 82097, 82119, 82135, 82151, 82168, 82187, 82208, 82233, 82253, 82270, 82291, 82307, 82319, 82332, 82347, 82360, 82379, 82407, 82437, 82462, 82490, 82516, 82543, 82568, 82587, 82606, 82626, 82648, 82666, 82698, 82732, 82761, 82784, 82807, 82831, 82857, 82885, 82917, 82944, 82968, 82996, 83019, 83038, 83058, 83080, 83100, 83120, 83140, 83164, 83193, 83216, 83246, 83264, 83281, 83301, 83322, 83344, 83360, 83378, 83397, 83418, 83436, 83459, 83482, 83503, 83536, 83556, 83571, 83595, 83621, 83642, 83666, 83688, 83711, 83732, 83747, 83762, 83778, 83796, 83810, 83838, 83868, 83893, 83912, 83931, 83951, 83973, 83997, 84025, 84048, 84068, 84092, 84111, 84126, 84142, 84160, 84176, 84191, 84212, 84235, 84246, 84261, 84276, 84292, 84309, 84319, 84333, 84347, 84362, 84378, 84390, 84396, 84405, 84413, 84422, 84434, 84446, 84457, 84469, 84482, 84494, 84507, 84522, 84532, 84547, 84568, 84589, 84614, 84644, 84668, 84699, 84715, 84737, 84761, 84769, 84778, 84782, 84792, 84801, 84821, 84837, 84857, 84878, 84892, 84913, 84920, 84932, 84955, 84974, 84997, 85021, 85038, 85062, 85067, 85076, 85084, 85093, 85100, 85113, 85127, 85137, 85148, 85164, 85173, 85185, 85210, 85232, 85254, 85276, 85300, 85319, 85339, 85359, 85377, 85396, 85413, 85430, 85446, 85456, 85477, 85494, 85515, 85537, 85552, 85574, 85583, 85593, 85604, 85620, 85626, 85634, 85646, 85666, 85683, 85695, 85708, 85722, 85738, 85751, 85760, 85775, 85781, 85795, 85806, 85818, 85830, 85843, 85861, 85873, 85884, 85899, 85915, 85925, 85934, 85938, 85947, 85951, 85961, 85974, 85981, 85996, 86014, 86026, 86040, 86054, 86068, 86077, 86086, 86095, 86106, 86120, 86128, 86144, 86163, 86176, 86191, 86206, 86221, 86231, 86241, 86251, 86259, 86267, 86282, 86302, 86327, 86349, 86371, 86393, 86417, 86436, 86456, 86476, 86494, 86513, 86530, 86547, 86563, 86577, 86597, 86617, 86641, 86670, 86693, 86723, 86738, 86759, 86782, 86790, 86795, 86804, 86811, 86818, 86828, 86840, 86852, 86865, 86880, 86901, 86926, 86951, 86969, 86982, 86998, 87021, 87048, 87075, 87095, 87115, 87128, 87143, 87162, 87181, 87193, 87205, 87218, 87226, 87240, 87261, 87286, 87311, 87329, 87347, 87358, 87371, 87386, 87403, 87425, 87445, 87465, 87483, 87496, 87510, 87532, 87552, 87572, 87592, 87603, 87616, 87631, 87651, 87669, 87687, 87703, 87714, 87726, 87746, 87764, 87782, 87800, 87817, 87831, 87847, 87863, 87882, 87899, 87913, 87926, 87936, 87955, 87971, 87986, 87998, 88006, 88028, 88049, 88072, 88093, 88117, 88140, 88159, 88179, 88203, 88221, 88238, 88256, 88275, 88289, 88306, 88324, 88344, 88363, 88378, 88394, 88414, 88438, 88452, 88465, 88492, 88519, 88542, 88569, 88598, 88631, 88654, 88682, 88710, 88734, 88762, 88792, 88826, 88850, 88860, 88880, 88900, 88916, 88933, 88953, 88974, 88990, 89012, 89027, 89053, 89069, 89077, 89087, 89101, 89118, 89129, 89141, 89163, 89184, 89207, 89225, 89246, 89265, 89287, 89311, 89334, 89352, 89371, 89391, 89415, 89432, 89449, 89467, 89489, 89506, 89524, 89541, 89562, 89584, 89603, 89620, 89634, 89651, 89666, 89682, 89701, 89719, 89739, 89752, 89766, 89781, 89799, 89811, 89827, 89846, 89860, 89876, 89895, 89906, 89921, 89939, 89954, 89970, 89990, 90003, 90025, 90049, 90062, 90078, 90091, 90107, 90119, 90136, 90152, 90169, 90181, 90194, 90207, 90217, 90229, 90241, 90256, 90260, 90272, 90295, 90314, 90337, 90361, 90378, 90402, 90412, 90428, 90448, 90468, 90476, 90483, 90490, 90507, 90529, 90550, 90566, 90574, 90591, 90601, 90620, 90634, 90650, 90671, 90688, 90703, 90719, 90733, 90740, 90748, 90756, 90765, 90784, 90795, 90802, 90814, 90835, 90861, 90886, 90906, 90927, 90950, 90968, 90988, 91013, 91025, 91037, 91050, 91065, 91082, 91097, 91117, 91138, 91154, 91175, 91201, 91226, 91246, 91262, 91283, 91296, 91315, 91339, 91362, 91380, 91391, 91407, 91424, 91436, 91443, 91455, 91472, 91494, 91515, 91531, 91543, 91560, 91573, 91581, 91590, 91604, 91617, 91628, 91640, 91649, 91664, 91684, 91703, 91717, 91722, 91733, 91745, 91763, 91786, 91806, 91823, 91840, 91860, 91879, 91895, 91911, 91933, 91951, 91965, 91983, 91995, 92014, 92031, 92051, 92070, 92094, 92115, 92133, 92151, 92172, 92192, 92209, 92226, 92249, 92268, 92281, 92294, 92314, 92339, 92361, 92380, 92399, 92421, 92442, 92460, 92478, 92502, 92522, 92543, 92569, 92592, 92612, 92632, 92655, 92677, 92696, 92715, 92740, 92761, 92777, 92793, 92805, 92816, 92827, 92837, 92853, 92869, 92881, 92894, 92912, 92926, 92943, 92962, 92983, 92998, 93018, 93036, 93062, 93075, 93089, 93102, 93116, 93132, 93146, 93161, 93175, 93186, 93199, 93216, 93228, 93241, 93250, 93260, 93278, 93289, 93301, 93312, 93326, 93338, 93352, 93368, 93384, 93398, 93414, 93425, 93431, 93444, 93466, 93490, 93509, 93531, 93551, 93572, 93591, 93604, 93617, 93631, 93647, 93659, 93685, 93713, 93736, 93753, 93770, 93788, 93808, 93830, 93856, 93877, 93895, 93917, 93934, 93947, 93961, 93977, 93991, 94007, 94016, 94022, 94040, 94052, 94064, 94076, 94090],
        },
        rules: &[
            // override-earlier-instructions
            (0, Anchor::Any(&[Anchor::All(&[Anchor::Lits(&[2386, 2435, 2470, 2613, 2623, 3136, 3147, 3156, 3166, 3428, 3508, 3989, 4000, 4153, 4187, 4220, 4508, 4950]), Anchor::Lits(&[2037, 2281, 2652, 2657, 2663, 2677, 2688, 2696, 2703, 2718, 2730, 2752, 2757, 2764, 2779, 2791, 2973, 2991, 3241, 3246, 3260, 3265, 3618, 3641, 3652, 3666, 3682, 3692, 3703, 3751, 3834, 3840, 3863, 3880, 3894, 4055, 4271, 4317, 4353, 4427, 4432, 4437, 4442, 4937, 4942, 5027]), Anchor::Lits(&[2049, 2098, 2804, 2972, 3002, 3089, 3179, 3337, 3749, 3803, 3891, 3934, 3948, 3949, 3963, 4049, 4230, 4276, 4501])]), Anchor::All(&[Anchor::Lits(&[2037, 2281, 2652, 2657, 2663, 2677, 2688, 2696, 2703, 2718, 2730, 2752, 2757, 2764, 2779, 2791, 2973, 2991, 3241, 3246, 3260, 3265, 3618, 3641, 3652, 3666, 3682, 3692, 3703, 3751, 3834, 3840, 3863, 3880, 3894, 4055, 4271, 4317, 4353, 4427, 4432, 4437, 4442, 4937, 4942, 5027]), Anchor::Lits(&[2386, 2435, 2482, 2506, 2546, 2613, 2623, 2908, 3147, 3156, 3166, 3336, 3373, 3428, 3559, 3799, 3989, 4000, 4137, 4187, 4220, 4424, 4508, 4564, 4565, 4821, 4950]), Anchor::Lits(&[6, 41, 405, 505, 509, 618, 638, 860, 1129, 1144, 1183, 1229, 1242, 1243, 1250, 1275, 1402, 1411, 1552])]), Anchor::All(&[Anchor::Lits(&[2387, 2436, 2471, 2614, 2624, 3137, 3148, 3157, 3167, 3429, 3509, 3990, 4001, 4029, 4154, 4188, 4221, 4509, 4517, 4951]), Anchor::Lits(&[2048, 2232, 3018, 3019, 3090, 4050, 4370, 5050, 5052, 5332, 5336, 5374, 5384, 5385, 5525]), Anchor::Lits(&[2037, 2281, 2652, 2657, 2663, 2677, 2688, 2696, 2703, 2718, 2730, 2752, 2757, 2764, 2779, 2791, 2973, 2991, 3241, 3246, 3260, 3265, 3618, 3641, 3652, 3666, 3682, 3692, 3703, 3751, 3834, 3840, 3863, 3880, 3894, 4055, 4271, 4317, 4353, 4427, 4432, 4437, 4442, 4937, 4942, 5027])])])),
            // override-all-instructions
            (1, Anchor::Any(&[Anchor::Lits(&[316, 317, 319, 639, 640, 861, 880, 1052, 1145, 1227, 1231, 1272, 1555, 1557, 1560]), Anchor::All(&[Anchor::Lits(&[2386, 2435, 2613, 2623, 3136, 3147, 3156, 3166, 3428, 3989, 4000, 4187, 4220, 4508, 4950]), Anchor::Lits(&[2037, 2281, 2652, 2657, 2663, 2677, 2688, 2696, 2703, 2718, 2730, 2752, 2757, 2764, 2779, 2791, 2973, 2991, 3241, 3246, 3260, 3265, 3618, 3641, 3652, 3666, 3682, 3692, 3703, 3751, 3834, 3840, 3863, 3880, 3894, 4055, 4271, 4317, 4353, 4427, 4432, 4437, 4442, 4937, 4942, 5027]), Anchor::Lits(&[2102, 2138, 2906, 5393])]), Anchor::All(&[Anchor::Lits(&[2385, 2622, 3145, 3165, 3419, 3507, 4000, 4152, 4184, 4218, 4231]), Anchor::Lits(&[2037, 2281, 2652, 2657, 2663, 2677, 2688, 2696, 2703, 2718, 2730, 2752, 2757, 2764, 2779, 2791, 2973, 2991, 3241, 3246, 3260, 3265, 3618, 3641, 3652, 3666, 3682, 3692, 3703, 3751, 3834, 3840, 3863, 3880, 3894, 4055, 4271, 4317, 4353, 4427, 4432, 4437, 4442, 4937, 4942, 5027]), Anchor::Lits(&[2138, 2803, 2906])]), Anchor::All(&[Anchor::Lits(&[2126, 2127, 2128, 2129, 2130, 2131, 2132, 2133, 2134, 2135, 2136, 3767, 3768, 3769, 3770, 3771, 3772, 3773, 3774, 3775, 3776, 3777, 4359, 4360, 4361, 4362, 4363, 4364, 4365, 4366, 4367, 4368, 4369, 4377, 4378, 4379, 4380, 4381, 4382, 4383, 4384, 4385, 4386, 4387, 4388, 4389, 4390, 4391, 4392, 4393, 4394, 4395, 4396, 4397, 4398, 4600, 4601, 4602, 4603, 4604, 4605, 4606, 4607, 4608, 4609, 4610, 4611, 4612, 4613, 4614, 4615, 4616, 4617, 4618, 4619, 4620, 4621, 4684, 4685, 4686, 4687, 4688, 4689, 4690, 4691, 4692, 4693, 4694, 4695, 4696, 4697, 4698, 4699, 4700, 4701, 4702, 4703, 4704, 4705, 4741, 4742, 4743, 4744, 4745, 4746, 4747, 4748, 4749, 4750, 4751, 4752, 4753, 4754, 4755, 4756, 4757, 4758, 4759, 4760, 4761, 4762, 4763, 4764, 4765, 4766, 4767, 4768, 4769, 4770, 4771, 4772, 4773, 4775, 4776, 4777, 4778, 4779, 4780, 4781, 4782, 4783, 4784, 4785, 4799, 4800, 4801, 4802, 4803, 4804, 4805, 4806, 4807, 4808, 4809, 4810, 4811, 4812, 4813, 4814, 4815, 4816, 4817, 4818, 4819, 4820, 5396, 5397, 5398, 5399, 5400, 5401, 5402, 5403, 5404, 5405, 5406, 5413, 5414, 5415, 5416, 5417, 5418, 5419, 5420, 5421, 5422, 5423, 5426, 5427, 5428, 5429, 5430, 5431, 5432, 5433, 5434, 5435, 5436, 5437, 5438, 5439, 5440, 5441, 5442, 5443, 5444, 5445, 5446, 5447]), Anchor::Lits(&[186, 200, 215, 242, 254, 258, 261, 334, 336, 419, 464, 633, 634, 635, 636, 879, 1001, 1003, 1058, 1059, 1060, 1225, 1247, 1270, 1271, 1273, 1350, 1351, 1376, 1400, 1401, 1403, 1558, 1559, 1608])]), Anchor::All(&[Anchor::Lits(&[2038, 2039, 2041, 2042, 2282, 2283, 2285, 2286, 2653, 2654, 2655, 2656, 2658, 2659, 2660, 2661, 2664, 2665, 2667, 2668, 2678, 2679, 2681, 2682, 2689, 2690, 2691, 2692, 2697, 2698, 2699, 2700, 2704, 2705, 2706, 2707, 2719, 2720, 2721, 2722, 2731, 2732, 2733, 2734, 2753, 2754, 2755, 2756, 2758, 2759, 2760, 2761, 2765, 2766, 2767, 2768, 2780, 2781, 2782, 2783, 2792, 2793, 2794, 2795, 2974, 2975, 2976, 2977, 2978, 2979, 2981, 2982, 2992, 2993, 2995, 2996, 3242, 3243, 3244, 3245, 3247, 3248, 3250, 3251, 3261, 3262, 3263, 3264, 3266, 3267, 3269, 3270, 3619, 3620, 3621, 3622, 3642, 3643, 3644, 3645, 3653, 3654, 3655, 3656, 3667, 3668, 3669, 3670, 3683, 3684, 3685, 3686, 3693, 3694, 3695, 3696, 3704, 3705, 3706, 3707, 3752, 3753, 3754, 3755, 3835, 3836, 3837, 3838, 3841, 3842, 3844, 3845, 3864, 3865, 3867, 3868, 3881, 3882, 3883, 3884, 3895, 3896, 3897, 3898, 4056, 4057, 4058, 4059, 4272, 4273, 4274, 4275, 4318, 4319, 4320, 4321, 4354, 4355, 4356, 4357, 4428, 4429, 4430, 4431, 4433, 4434, 4435, 4436, 4438, 4439, 4440, 4441, 4443, 4444, 4445, 4446, 4938, 4939, 4940, 4941, 4943, 4944, 4945, 4946, 5028, 5031, 5032, 5033]), Anchor::Lits(&[1138, 1575, 1583, 1821, 1837, 1841, 1856, 1882, 1886, 1925, 2027])]), Anchor::All(&[Anchor::Lits(&[468, 469, 470, 471, 472, 473, 474, 475, 476, 477, 478, 479, 480, 481, 482, 483, 484, 485, 486, 487, 488, 489, 490, 491, 492, 493, 494, 495, 496, 497, 498, 499, 500, 501, 502, 503, 504, 922, 1572, 1595, 1596]), Anchor::Lits(&[2386, 2435, 2613, 2623, 3136, 3147, 3156, 3166, 3428, 3989, 4000, 4187, 4220, 4508, 4950]), Anchor::Lits(&[2037, 2281, 2652, 2657, 2663, 2677, 2688, 2696, 2703, 2718, 2730, 2752, 2757, 2764, 2779, 2791, 2973, 2991, 3241, 3246, 3260, 3265, 3618, 3641, 3652, 3666, 3682, 3692, 3703, 3751, 3834, 3840, 3863, 3880, 3894, 4055, 4271, 4317, 4353, 4427, 4432, 4437, 4442, 4937, 4942, 5027])])])),
            // override-everything-before
            (2, Anchor::All(&[Anchor::Lits(&[5, 138, 143, 404, 856, 858, 1245, 1259, 1484, 1646, 1647, 1800, 1802, 1803, 1815, 1817, 1819, 1820, 1842, 1843, 1844, 1845, 1846, 1847, 1848, 1849, 1850, 1851, 1852, 1853, 1854, 1855, 1860, 1863, 1864, 1868, 1869, 1870, 1871, 1877, 1916, 1917, 1918, 1919, 1920, 1921, 1922, 1924, 1925, 1926, 1927, 1928, 1929, 1930, 1942, 1943, 1944, 1945, 1946, 1947, 1948, 2024, 2027, 2028, 2032, 2033, 2034, 2035]), Anchor::Lits(&[2, 191, 339, 342, 345, 346, 348, 357, 361, 366, 369, 385, 389, 393, 398, 401, 507, 508, 841, 845, 848, 854, 1067, 1075, 1079, 1082, 1094, 1107, 1123, 1136, 1154, 1157, 1159, 1161, 1186, 1297, 1410, 1442, 1483, 1513, 1515, 1517, 1519, 1599, 1601, 1640]), Anchor::Lits(&[2101, 2140, 2908, 5133])])),
            // override-the-above
            (3, Anchor::All(&[Anchor::Lits(&[6, 144, 1230, 1244]), Anchor::Lits(&[1, 190, 338, 341, 344, 347, 356, 360, 365, 368, 384, 388, 392, 397, 400, 506, 840, 844, 853, 1066, 1074, 1078, 1081, 1093, 1106, 1122, 1135, 1153, 1156, 1158, 1160, 1185, 1296, 1409, 1441, 1482, 1512, 1514, 1516, 1518, 1598, 1600, 1639])])),
            // instructions-void
            (4, Anchor::All(&[Anchor::Lits(&[2387, 2436, 2471, 2614, 2624, 3137, 3148, 3157, 3167, 3429, 3509, 3990, 4001, 4029, 4154, 4188, 4221, 4509, 4517, 4951]), Anchor::Lits(&[0, 195, 196, 309, 311, 337, 413, 451, 452, 631, 846, 881, 882, 958, 1096, 1101, 1109, 1111, 1120, 1121, 1126, 1128, 1150, 1152, 1155, 1336, 1339, 1342, 1343, 1381, 1525, 1536, 1656, 1699, 1791, 2695, 2712, 2745, 2746, 2747, 2748, 2751, 2773, 3678, 3679, 3680, 3681, 3687, 3688, 3689, 3690]), Anchor::Lits(&[6, 41, 45, 50, 405, 505, 509, 618, 638, 860, 1129, 1144, 1183, 1229, 1242, 1243, 1250, 1275, 1402, 1411, 1552, 1591, 1593, 1597, 1949])])),
            // instructions-superseded
            (5, Anchor::All(&[Anchor::Lits(&[214, 215, 335, 336, 878, 879, 1048, 1051, 1141, 1142, 1271, 1400]), Anchor::Lits(&[6, 41, 45, 50, 405, 420, 505, 509, 618, 638, 860, 1129, 1144, 1146, 1183, 1229, 1242, 1243, 1250, 1275, 1402, 1411, 1552, 1949]), Anchor::Lits(&[38, 466, 939, 1061, 1083, 1324, 1592, 1594, 1614, 1648])])),
            // stop-following-instructions
            (6, Anchor::All(&[Anchor::Lits(&[3, 4, 39, 40, 216, 217, 465, 467, 665, 666, 1009, 1010, 1124, 1125, 1344, 1345, 1509, 1510]), Anchor::Lits(&[2387, 2436, 2471, 2542, 2543, 2589, 2609, 2614, 2624, 3137, 3148, 3157, 3167, 3429, 3509, 3533, 3534, 3794, 3795, 3889, 3890, 3990, 4001, 4029, 4154, 4188, 4221, 4509, 4517, 4949, 4951]), Anchor::Lits(&[199, 351, 381, 1068, 1087, 1105, 1320, 1511, 1806, 1822, 1883, 1885, 1910, 1912, 2015])])),
            // discredit-earlier-text
            (7, Anchor::Any(&[Anchor::Lits(&[2103, 2104, 2105, 2106, 2107, 2108, 2109, 2110, 2111, 2112, 2122, 2123, 2124, 2125, 2141, 2142, 2143, 2144, 2145, 2146, 2147, 2148, 2149, 2150, 2395, 2396, 2397, 2399, 2400, 2401, 2402, 2403, 2404, 2405, 2406, 2407, 2408, 2409, 2410, 2411, 2412, 2413, 2414, 2415, 2416, 2417, 2418, 2419, 2420, 2422, 2425, 2428, 2431, 2433, 2460, 2461, 2462, 2463, 2464, 2465, 2466, 2467, 2468, 2469, 2483, 2484, 2485, 2491, 2492, 2493, 2494, 2501, 2502, 2503, 2909, 2910, 2911, 2912, 2913, 2914, 2915, 2916, 2917, 2918, 2922, 2923, 2924, 2925, 2926, 2927, 2958, 2960, 2961, 2962, 3430, 3433, 3434, 3437, 3438, 3442, 3443, 3446, 3452, 3454, 3486, 3487, 3488, 3489, 3490, 3491, 3527, 3528, 3529, 3530, 3560, 3561, 3562, 3563, 3564, 3566, 3567, 3569, 3573, 3575, 3708, 3709, 3710, 3711, 3713, 3714, 3715, 3716, 3717, 3718, 3719, 3720, 3721, 3722, 3724, 3727, 3730, 3733, 3735, 3737, 3738, 3739, 3740, 3741, 3742, 3743, 3744, 3745, 3746, 3760, 3761, 3762, 3763, 3764, 3765, 4002, 4004, 4005, 4008, 4009, 4016, 4017, 4019, 4025, 4027, 4030, 4032, 4033, 4036, 4037, 4040, 4041, 4042, 4045, 4046, 4084, 4085, 4086, 4087, 4088, 4089, 4090, 4091, 4092, 4093, 4189, 4191, 4192, 4195, 4196, 4199, 4200, 4201, 4205, 4206, 4305, 4306, 4307, 4308, 4309, 4310, 4311, 4312, 4313, 4314, 4371, 4372, 4373, 4374, 4375, 4376, 4535, 4536, 4537, 4538, 4539, 4540, 4541, 4542, 4566, 4567, 4568, 4569, 4570, 4571, 4572, 4573, 4574, 4575, 4576, 4577, 4578, 4586, 4587, 4590, 4591, 4596, 4597, 4598, 4599, 4682, 4683, 4706, 4707, 4708, 4709, 4774, 4786, 4787, 4822, 4883, 4884, 4885, 4886, 4887, 4888, 4934, 4935, 4936, 4961, 4962, 4963, 4964, 4965, 4966, 4967, 4968, 4969, 4970, 5095, 5096, 5097, 5098, 5099, 5100, 5101, 5102, 5103, 5104]), Anchor::All(&[Anchor::Lits(&[76, 77, 78, 79, 80, 81, 82, 83, 84, 85, 86, 87, 88, 89, 90, 91, 92, 93, 94, 95, 96, 97, 98, 99, 100, 101, 102, 103, 104, 105, 106, 107, 108, 109, 110, 111, 959, 960, 961, 962, 963, 964, 965, 966, 967, 968, 969, 970, 971, 972, 973, 974, 975, 976]), Anchor::Lits(&[2386, 2435, 2470, 2613, 2623, 3136, 3147, 3156, 3166, 3428, 3508, 3989, 4000, 4153, 4187, 4220, 4508, 4950])])])),
            // permission-to-ignore
            (8, Anchor::All(&[Anchor::Lits(&[121, 211, 667, 668, 669, 670, 674, 675, 676, 677, 678, 679, 680, 681, 682, 683, 685, 686, 687, 689, 1187, 1797, 1835, 1836, 1857, 1859, 1861, 1862, 1867, 1872, 1873, 1875, 1878, 1879, 1880, 1884, 1909, 1911, 1931, 1941, 2009, 2023, 2025, 2026, 2031]), Anchor::Lits(&[2162, 2164, 2166, 2168, 2172, 2173, 2175, 2201, 2202, 2204, 2243, 2326, 2387, 2436, 2459, 2471, 2487, 2488, 2498, 2614, 2624, 2829, 2891, 2941, 3134, 3135, 3137, 3146, 3148, 3157, 3167, 3365, 3366, 3368, 3370, 3372, 3429, 3509, 3520, 3594, 3597, 3604, 3606, 3916, 3961, 3990, 4001, 4029, 4082, 4083, 4150, 4151, 4154, 4188, 4219, 4221, 4232, 4234, 4238, 4240, 4246, 4248, 4250, 4254, 4256, 4262, 4264, 4265, 4291, 4292, 4296, 4298, 4300, 4302, 4509, 4517, 4951, 4972]), Anchor::Lits(&[2244, 2281, 2330, 2637, 2663, 2892, 2973, 3246, 3840, 4353, 5105])])),
            // deceive-the-user
            (9, Anchor::Any(&[Anchor::Lits(&[3206, 3207, 3208, 3209, 5268, 5292, 5293, 5295]), Anchor::All(&[Anchor::Lits(&[2288, 2290, 2292, 2293, 2670, 2672, 2674, 2675, 2984, 2986, 2988, 2989, 3253, 3255, 3257, 3258]), Anchor::Lits(&[3210, 3793, 4124, 5053])]), Anchor::All(&[Anchor::Lits(&[2693, 2694, 2708, 2709, 2710, 2711, 2713, 2714, 2716, 2717, 2726, 2727, 2728, 2729, 2749, 2750, 2769, 2770, 2771, 2772, 2774, 2775, 2777, 2778, 2787, 2788, 2789, 2790, 3637, 3638, 3646, 3647, 3648, 3649, 3650, 3651, 3657, 3658, 3662, 3663, 3664, 3665, 5233, 5234, 5270, 5271, 5272, 5273, 5276, 5277, 5279, 5280, 5287, 5288, 5289, 5290]), Anchor::Lits(&[3211, 3212, 3213, 3214, 3215, 3216, 3217, 3218, 3219, 3220, 3221, 3222, 4125, 4126, 4127, 4128, 4129, 4130, 4131, 4132, 4133, 4134, 4135, 4136, 5054, 5055, 5056, 5057, 5058, 5059, 5060, 5061, 5062, 5063, 5064, 5065, 5066, 5067, 5068, 5069, 5070, 5071, 5072, 5073, 5074, 5075, 5076, 5077])])])),
            // suspend-own-instructions
            (10, Anchor::All(&[Anchor::Lits(&[923, 924, 925, 926, 927, 929, 930, 931, 932, 933, 934, 935, 936, 937, 938, 941, 942, 943, 944, 945, 946, 947, 948, 949, 950, 951, 952, 953, 954, 955, 1166, 1167, 1168, 1169, 1170, 1171, 1172, 1173, 1174, 1175, 1176, 1177, 1178, 1179, 1180, 1191, 1192, 1193, 1194, 1195, 1196, 1197, 1198, 1199, 1200, 1201, 1202, 1203, 1204, 1205, 1291, 1292, 1293, 1294, 1295, 1306, 1307, 1308, 1309, 1310, 1311, 1312, 1313, 1315, 1319, 1436, 1437, 1438, 1439, 1440, 1449, 1450, 1451, 1452, 1453, 1454, 1455, 1456, 1458, 1461, 1463, 1464, 1465, 1466, 1467, 1468, 1469, 1470, 1471, 1472, 1473, 1474, 1475, 1476, 1477, 1537, 1538, 1539, 1540, 1541, 1542, 1543, 1544, 1545, 1546, 1547, 1548, 1549, 1550, 1551, 1615, 1616, 1617, 1618, 1619, 1621, 1622, 1623, 1624, 1625, 1626, 1627, 1628, 1629, 1630]), Anchor::Lits(&[2100, 2162, 2164, 2166, 2168, 2172, 2173, 2175, 2201, 2202, 2204, 2243, 2326, 2387, 2436, 2459, 2471, 2488, 2614, 2624, 2829, 2891, 2939, 2941, 3134, 3135, 3137, 3146, 3148, 3157, 3167, 3365, 3366, 3368, 3372, 3429, 3509, 3520, 3594, 3606, 3916, 3918, 3961, 3990, 4001, 4029, 4048, 4082, 4083, 4154, 4188, 4219, 4221, 4230, 4291, 4292, 4296, 4298, 4300, 4302, 4509, 4517, 4951, 4972]), Anchor::Lits(&[2198, 2208, 2240, 3748, 3756, 3757, 3758, 4947])])),
            // reset-own-instructions
            (11, Anchor::Any(&[Anchor::Lits(&[5190, 5192, 5194, 5196, 5201, 5202, 5203, 5205, 5206, 5207, 5208, 5209, 5210, 5211, 5212, 5213, 5214, 5215, 5216, 5217, 5218, 5220, 5221, 5222, 5224, 5227, 5229, 5230]), Anchor::All(&[Anchor::Lits(&[2374, 2375, 2376, 2377, 2378, 2379, 2380, 2381, 2581, 2582, 2583, 2584, 2797, 2798, 2799, 2800, 2830, 2831, 2832, 2833, 2834, 2835, 2836, 2837, 2954, 2955, 2956, 2957, 3885, 3886, 3887, 3888, 4051, 4052, 4053, 4054, 4106, 4107, 4108, 4109, 4113, 4114, 4115, 4116, 4117, 4118, 4119, 4120, 4138, 4139, 4140, 4141, 4142, 4143, 4144, 4145, 4169, 4170, 4171, 4172, 5029, 5030, 5034, 5035, 5172, 5173, 5174, 5175, 5176, 5177, 5178, 5179]), Anchor::Lits(&[2386, 2435, 2504, 2613, 2623, 3136, 3147, 3156, 3166, 3239, 3428, 3546, 3547, 3910, 3989, 4000, 4153, 4187, 4220, 4508, 4950])])])),
            // reveal-own-instructions
            (12, Anchor::All(&[Anchor::Lits(&[5394, 5395, 5407, 5408, 5409, 5410, 5411, 5412, 5424, 5425, 5448, 5449, 5450, 5451, 5452, 5453, 5454, 5455, 5456, 5457, 5458, 5459, 5460, 5467, 5468, 5469, 5470, 5471, 5472, 5473, 5474, 5475, 5476, 5477, 5478, 5479, 5480, 5481, 5482, 5483, 5484, 5485, 5486, 5487, 5488, 5489, 5490, 5491, 5492, 5493]), Anchor::Lits(&[194, 265, 266, 315, 340, 343, 349, 403, 406, 407, 410, 447, 448, 449, 450, 463, 613, 684, 688, 940, 956, 1008, 1151, 1184, 1226, 1248, 1274, 1321, 1322, 1323, 1327, 1329, 1337, 1338, 1341, 1377, 1378, 1380, 1415, 1462, 1479, 1486, 1495, 1523, 1524, 1567, 1612, 1631, 1664, 1665, 1666, 1667, 1668, 1775, 1778])])),
            // reveal-system-prompt
            (13, Anchor::All(&[Anchor::Lits(&[2075, 2076, 2077, 2078, 2079, 2080, 2081, 2082, 2083, 2084, 2085, 2086, 2087, 2444, 2445, 2446, 2447, 2448, 2449, 2450, 2451, 2452, 2453, 2454, 2455, 2456, 2591, 2592, 2593, 2594, 2595, 2596, 2597, 2603, 2604, 2605, 2606, 2607, 2608, 3180, 3183, 3184, 3185, 3191, 3192, 3193, 3195, 3197, 3198, 3199, 3200, 3203, 3338, 3341, 3342, 3343, 3347, 3348, 3349, 3351, 3353, 3354, 3355, 3356, 3359, 3459, 3460, 3461, 3462, 3463, 3464, 3465, 3466, 3467, 3468, 3469, 3470, 3471, 3577, 3578, 3579, 3580, 3581, 3582, 3583, 3584, 3585, 3586, 3587, 3588, 3589, 3778, 3779, 3780, 3781, 3782, 3783, 3784, 3785, 3786, 3787, 3788, 3789, 3790, 3804, 3807, 3808, 3809, 3813, 3814, 3815, 3817, 3819, 3820, 3821, 3822, 3825, 3920, 3921, 3922, 3923, 3924, 3925, 3926, 3927, 3928, 3929, 3930, 3931, 3932, 3975, 3976, 3977, 3978, 3979, 3980, 3981, 3982, 3983, 3984, 3985, 3986, 3987, 4064, 4065, 4066, 4067, 4068, 4069, 4070, 4071, 4072, 4073, 4074, 4075, 4076, 4277, 4278, 4279, 4280, 4281, 4282, 4283, 4284, 4285, 4286, 4287, 4288, 4289, 4406, 4407, 4408, 4409, 4410, 4411, 4412, 4413, 4414, 4415, 4416, 4417, 4418, 4503, 4504, 4505, 4506, 4507, 4509, 4517, 4529, 4530, 4531, 4532, 4533, 4534, 5002, 5003, 5004, 5005, 5006, 5007, 5008, 5009, 5010, 5011, 5012, 5013, 5014, 5082, 5083, 5084, 5085, 5086, 5087, 5088, 5089, 5090, 5091, 5092, 5093, 5094]), Anchor::Lits(&[194, 265, 266, 315, 340, 343, 349, 403, 406, 407, 410, 447, 448, 449, 450, 463, 613, 684, 688, 940, 956, 1008, 1151, 1184, 1226, 1248, 1274, 1321, 1322, 1323, 1327, 1329, 1337, 1338, 1341, 1377, 1378, 1380, 1415, 1462, 1479, 1486, 1495, 1523, 1524, 1567, 1612, 1631, 1664, 1665, 1666, 1667, 1668, 1775, 1778])])),
            // what-others-told-you
            (14, Anchor::Lits(&[7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 112, 113, 114, 115, 131, 133, 135, 136, 137, 139, 140, 142, 145, 146, 147, 148, 149, 609, 610, 611, 612, 614, 615, 616, 617, 874, 875, 876, 877, 1251, 1252, 1253, 1254, 1255, 1256, 1257, 1258, 1260, 1261, 1262, 1263, 1264, 1266, 1267, 1268, 1269, 1303, 1305, 1317, 1318, 1404, 1405, 1406, 1407, 1423, 1425, 1428, 1429, 1563, 1564, 1565, 1566, 1568, 1569, 1570, 1571, 1604, 1605, 1606, 1607, 1776, 1777, 1779, 1780, 1792, 1793, 1794, 1795])),
            // reveal-what-you-were-told
            (15, Anchor::Any(&[Anchor::Lits(&[2479, 2480, 2481, 2578, 2579, 2580, 3186, 3189, 3204, 3330, 3331, 3332, 3524, 3525, 3526, 3548, 3549, 3550, 4268, 4269, 4270, 4400, 4401, 4402, 4421, 4422, 4423, 5111, 5112, 5113, 5114, 5115, 5116, 5117, 5118, 5119, 5120, 5121, 5122, 5123, 5124, 5125, 5126, 5127, 5128, 5129, 5130, 5131, 5132, 5134, 5135, 5136, 5137, 5138, 5139, 5140, 5311, 5312, 5313]), Anchor::All(&[Anchor::Lits(&[1823, 1824, 1825, 1826, 1827, 1828, 1829, 1830, 1831, 1832, 1833, 1834, 1838, 1839, 1840, 1876, 1887, 1888, 1898, 1913, 1914, 1915, 1951, 1952, 1953, 1954, 1955, 1956, 1957, 1958, 1959, 1960, 1961, 1962, 1963, 1964, 1965, 1966, 1967, 1968, 1969, 1970, 1971, 1972, 1974, 1975, 1976, 1977, 1978, 1979, 1980, 1981, 1982, 1983, 1984, 1985, 1986, 1987, 1988, 1989, 1990, 1991, 1992, 1993, 1994, 1995]), Anchor::Lits(&[2388, 2389, 2390, 2391, 2392, 2393, 2394, 2437, 2438, 2439, 2440, 2441, 2442, 2443, 2472, 2473, 2474, 2475, 2476, 2477, 2478, 2615, 2616, 2617, 2618, 2619, 2620, 2621, 2625, 2627, 2628, 2629, 2630, 2632, 2633, 3138, 3139, 3140, 3141, 3142, 3143, 3144, 3149, 3150, 3151, 3152, 3153, 3154, 3155, 3158, 3159, 3160, 3161, 3162, 3163, 3164, 3168, 3169, 3170, 3171, 3172, 3173, 3174, 3421, 3422, 3423, 3424, 3425, 3426, 3427, 3431, 3435, 3436, 3440, 3441, 3447, 3448, 3510, 3511, 3512, 3513, 3514, 3515, 3516, 3991, 3993, 3994, 3995, 3996, 3998, 3999, 4003, 4006, 4007, 4014, 4015, 4020, 4021, 4031, 4034, 4035, 4038, 4039, 4043, 4044, 4157, 4158, 4159, 4160, 4161, 4162, 4163, 4190, 4193, 4194, 4197, 4198, 4202, 4203, 4222, 4223, 4224, 4225, 4226, 4227, 4228, 4510, 4511, 4512, 4513, 4514, 4515, 4516, 4518, 4519, 4520, 4521, 4522, 4523, 4524, 4952, 4953, 4954, 4955, 4956, 4957, 4958])])])),
            // reveal-given-instructions
            (16, Anchor::Any(&[Anchor::Lits(&[75, 157, 192, 213, 598, 600, 628, 632, 1127, 1478, 1583, 1661, 1662, 1816, 1837, 1863, 1882, 1886, 1898, 1899, 1925, 1929, 2020, 2027, 3020, 3021, 3022, 3023, 3024, 3025, 3026, 3027, 3028, 3029, 3030, 3031, 3032, 3033, 3034, 3035, 3036, 3037, 3038, 3039, 3040, 3041, 3042, 3043, 3044, 3045, 3046, 3047, 3048, 3049, 3050, 3051, 3052, 3296, 3297, 3298, 3299, 3300, 3301, 3302, 3303, 3304, 3305, 3306, 3307, 3308, 3309, 3310, 3311, 3312, 3313, 3314, 3315, 3316, 3317, 3318, 3319, 3320, 3321, 3322, 3323, 3324, 3325, 3326, 3327, 3328, 3381, 3382, 3383, 3384, 3385, 3386, 3387, 3388, 3389, 3390, 3391, 3392, 3393, 3394, 3395, 3396, 3397, 3398, 3399, 3400, 3401, 3402, 3403, 3404, 3405, 3406, 3407, 3408, 3409, 3410, 3411, 3412, 3413]), Anchor::All(&[Anchor::Lits(&[182, 253, 310, 862, 863, 1021, 1246, 1286, 1414, 1460, 1492]), Anchor::Lits(&[1663, 1796, 1841, 1858, 1923, 2022])]), Anchor::All(&[Anchor::Lits(&[243, 244, 245, 246, 247, 248, 249, 250, 251, 252, 299, 300, 301, 302, 303, 304, 305, 306, 307, 308, 453, 454, 455, 456, 457, 458, 459, 460, 461, 462, 619, 620, 621, 622, 623, 624, 625, 626, 627, 628, 864, 865, 866, 867, 868, 869, 870, 871, 872, 873, 1011, 1012, 1013, 1014, 1015, 1016, 1017, 1018, 1019, 1020, 1206, 1207, 1208, 1209, 1210, 1211, 1212, 1213, 1214, 1215, 1276, 1277, 1278, 1279, 1280, 1281, 1282, 1283, 1284, 1285, 1289, 1290, 1298, 1299, 1300, 1301, 1302, 1304, 1314, 1316, 1416, 1417, 1418, 1419, 1420, 1421, 1422, 1424, 1426, 1427, 1434, 1435, 1443, 1444, 1445, 1446, 1447, 1448, 1457, 1459, 1526, 1527, 1528, 1529, 1530, 1531, 1532, 1533, 1534, 1535, 1781, 1782, 1783, 1784, 1785, 1786, 1787, 1788, 1789, 1790]), Anchor::Lits(&[2387, 2436, 2471, 2614, 2624, 3137, 3148, 3157, 3167, 3420, 3429, 3509, 3990, 4001, 4029, 4154, 4188, 4221, 4509, 4517, 4951])])])),
            // repeat-text-above
            (17, Anchor::Any(&[Anchor::All(&[Anchor::Lits(&[2050, 2051, 2052, 2053, 2054, 2055, 2056, 2057, 2058, 2059, 2805, 2806, 2807, 2808, 2809, 2810, 2811, 2812, 2813, 2814, 2944, 2945, 2946, 2947, 2948, 2949, 2950, 2951, 2952, 2953, 3181, 3182, 3187, 3188, 3190, 3194, 3196, 3201, 3202, 3205, 3339, 3340, 3344, 3345, 3346, 3350, 3352, 3357, 3358, 3360, 3805, 3806, 3810, 3811, 3812, 3816, 3818, 3823, 3824, 3826, 3935, 3936, 3937, 3938, 3939, 3940, 3941, 3942, 3943, 3944, 3950, 3951, 3952, 3953, 3954, 3955, 3956, 3957, 3958, 3959, 3964, 3965, 3966, 3967, 3968, 3969, 3970, 3971, 3972, 3974]), Anchor::Lits(&[2508, 2662, 2802, 2815, 3827, 3892, 3962, 4063, 4080, 4112, 4123, 4165, 4333, 4403, 4991, 5310])]), Anchor::All(&[Anchor::Lits(&[5, 119, 120, 132, 134, 138, 141, 143, 586, 594, 857, 1228, 1259, 1484, 1874, 1898, 1925, 2036]), Anchor::Lits(&[2329, 2482, 2506, 2908, 3361, 3362, 3373, 3428, 3522, 3551, 3933, 4000, 4316, 4322, 4565, 4948, 5302]), Anchor::Lits(&[2508, 2662, 2802, 2815, 3523, 3827, 3892, 3962, 4063, 4080, 4112, 4123, 4165, 4333, 4403, 4991, 5310])])])),
            // repeat-starting-with-you-are
            (18, Anchor::Lits(&[150, 153, 154, 1491, 1493, 1494])),
            // reveal-context-contents
            (19, Anchor::Any(&[Anchor::Lits(&[3374, 3375, 3376, 3377, 3378, 3379, 3380, 3439, 3445, 3449, 3450, 3451, 3453, 3455, 3552, 3553, 3554, 3555, 3556, 3557, 3558, 3565, 3568, 3570, 3571, 3572, 3574, 3576, 4010, 4018, 4022, 4023, 4024, 4026, 4028]), Anchor::All(&[Anchor::Lits(&[151, 152, 206, 207, 259, 260, 262, 263, 267, 268, 411, 412, 1004, 1005, 1006, 1007, 1162, 1163, 1164, 1165, 1181, 1182, 1332, 1333, 1347, 1348, 1412, 1413, 1430, 1431, 1432, 1433, 1488, 1489, 1573, 1574, 1602, 1603, 1609, 1610, 1773, 1774]), Anchor::Lits(&[2457, 2504, 2507, 3428, 3547, 3933, 4000, 4187])])])),
            // authority-message
            (25, Anchor::Lits(&[585, 587, 588, 589, 590, 591, 592, 593, 595, 596, 597, 599, 601, 602, 603, 604, 605, 606, 1553, 1554, 1556, 1557, 1560, 1561, 2088, 2089, 2090, 2091, 2092, 2093, 2094, 2095, 2096, 2097, 2183, 2184, 2185, 2186, 2187, 2188, 2189, 2190, 2191, 2192, 2193, 2194, 2195, 2196, 2197, 2590, 2599, 2600, 2601, 2602, 2626, 2631, 2817, 2818, 2819, 2820, 2821, 3092, 3094, 3095, 3096, 3097, 3224, 3225, 3226, 3227, 3228, 3229, 3230, 3231, 3232, 3233, 3234, 3235, 3236, 3237, 3238, 3277, 3278, 3279, 3280, 3281, 3282, 3283, 3284, 3285, 3286, 3287, 3288, 3289, 3290, 3291, 3432, 3444, 3536, 3537, 3538, 3539, 3540, 3800, 3801, 3828, 3829, 3830, 3831, 3832, 3833, 3846, 3849, 3851, 3853, 3854, 3855, 3857, 3858, 3859, 3860, 3861, 3862, 3869, 3872, 3874, 3876, 3877, 3878, 3992, 3997, 4178, 4179, 4180, 4181, 4182, 4456, 4458, 4459, 4460, 4461, 4462, 4463, 4464, 4465, 4466, 4467, 4468, 4469, 4470, 4471, 4472, 4473, 4502, 4525, 4526, 4527, 4528, 4543, 4544, 4545, 4546, 4547, 4548, 4549, 4550, 4551, 4552, 4553, 4554, 4889, 4890, 4891, 4892, 4893, 4894, 4895, 4896, 4897, 4898, 4899, 4900, 4901, 4902, 4903, 5317, 5318, 5319, 5320, 5326, 5327, 5340, 5341, 5342, 5343, 5347, 5348, 5354, 5355, 5358, 5359, 5360, 5361, 5362, 5363, 5365, 5366, 5367, 5368, 5369, 5370, 5375, 5376, 5377, 5378, 5379, 5380, 5389, 5390, 5391, 5392, 5461, 5462, 5463, 5464, 5465, 5466])),
            // address-the-model
            (26, Anchor::Lits(&[690, 691, 692, 693, 694, 695, 696, 697, 698, 699, 700, 701, 702, 703, 704, 705, 706, 707, 708, 709, 710, 711, 712, 713, 714, 715, 716, 717, 718, 719, 720, 721, 722, 723, 724, 725, 726, 727, 728, 729, 730, 731, 732, 733, 734, 735, 736, 737, 738, 739, 740, 741, 742, 743, 744, 745, 746, 747, 748, 749, 750, 751, 752, 753, 754, 755, 756, 757, 758, 759, 760, 761, 762, 763, 764, 765, 766, 767, 768, 769, 770, 771, 772, 773, 774, 775, 776, 777, 778, 779, 780, 781, 782, 783, 784, 785, 786, 787, 788, 789, 790, 791, 792, 793, 794, 795, 796, 797, 798, 799, 800, 801, 802, 803, 804, 805, 806, 807, 808, 809, 810, 811, 812, 813, 814, 815, 816, 817, 818, 819, 820, 821, 822, 823, 824, 825, 826, 827, 828, 829, 830, 831, 832, 833, 834, 835, 836, 837, 838, 839, 1046, 1047, 1049, 1050, 1114, 1115, 1116, 1117, 1287, 1288, 1334, 1335, 1657, 1658])),
            // unrestricted-mode
            (27, Anchor::Any(&[Anchor::Lits(&[2117, 2118, 2327, 2545, 2598, 2610, 2801, 2921, 3017, 3093, 3177, 3473, 3475, 3477, 3485, 3518, 3673, 3674, 3676, 3698, 3750, 3796, 4077, 4404, 4457, 4995, 4996, 4999, 5025, 5037, 5039, 5044, 5045]), Anchor::All(&[Anchor::Lits(&[46, 47, 201, 294, 318, 320, 321, 402, 421, 584, 629, 637, 888, 901, 906, 919, 1002, 1084, 1085, 1086, 1108, 1134, 1140, 1325, 1487, 1522, 1633, 1634, 1635, 1638, 1641, 1642, 1643, 1644]), Anchor::Lits(&[2073, 2074, 2114, 2121, 2176, 2205, 2206, 2241, 2824, 2825, 2826, 2827, 3091, 3098, 3132, 3363, 3702, 3792, 3909, 4060, 4061, 4062, 4104, 4122, 4147, 4207, 4425, 4484, 4492, 4500, 4982, 5038, 5110, 5323])])])),
            // dan-persona
            (28, Anchor::Lits(&[21, 22, 23, 24, 25, 26, 27, 28, 30, 31, 32, 33, 34, 35, 36, 37, 42, 43, 44, 116, 117, 118, 123, 124, 125, 126, 127, 128, 129, 130, 183, 184, 185, 203, 204, 205, 208, 209, 210, 293, 295, 296, 297, 298, 350, 1055, 1056, 1057, 1188, 1189, 1190, 1217, 1218, 1219, 1220, 1221, 1222, 1223, 1224, 1233, 1234, 1235, 1236, 1237, 1238, 1239, 1240, 1383, 1384, 1385, 1386, 1387, 1388, 1389, 1390, 1392, 1393, 1394, 1395, 1396, 1397, 1398, 1399, 1653, 1654, 1655, 1798, 1799, 1801, 1807, 1808, 1809, 1810, 1811, 1812, 1813, 1814, 1818, 1890, 1891, 1892, 1893, 1894, 1895, 1896, 1897, 1901, 1902, 1903, 1904, 1905, 1906, 1907, 1908, 1933, 1934, 1935, 1936, 1937, 1938, 1939, 1940, 2010, 2011, 2012, 2016, 2017, 2018, 2019, 2021])),
            // unrestricted-persona
            (29, Anchor::All(&[Anchor::Lits(&[20, 29, 48, 122, 155, 156, 202, 212, 264, 408, 409, 630, 855, 1139, 1216, 1232, 1241, 1265, 1326, 1340, 1346, 1349, 1379, 1382, 1391, 1480, 1481, 1485, 1490, 1562, 1611, 1620, 1797, 1881, 1889, 1900, 1932, 2009]), Anchor::Any(&[Anchor::Lits(&[49, 193, 370, 1080, 1697, 2115, 2511, 2544, 2611, 2919, 3176, 3178, 3293, 3474, 3483, 3495, 3497, 3517, 3535, 3617, 3672, 3675, 3697, 3699, 4078, 4175, 4185, 4186, 4993, 4994, 4997, 5000, 5001, 5022, 5023, 5036, 5040, 5041, 5042, 5049, 5194, 5196, 5220, 5223, 5224, 5225, 5226, 5227, 5228, 5237, 5240, 5242, 5243, 5246, 5249, 5250, 5255, 5261, 5263, 5266, 5275, 5283, 5284]), Anchor::All(&[Anchor::Lits(&[4579, 4580, 4581, 4582, 4583, 4584, 4585, 4588, 4589, 4592, 4593, 4594, 4595, 5141, 5142, 5143, 5144, 5145, 5146, 5147, 5148, 5149, 5150, 5151, 5152, 5153, 5154, 5155, 5156, 5157, 5158, 5159, 5160, 5161, 5162, 5163, 5164, 5165, 5166]), Anchor::Lits(&[2242, 2890, 2940, 3166, 3428, 3519, 3605, 3915, 4153, 4187, 4229])])])])),
            // unrestricted-persona-loose
            (30, Anchor::Any(&[Anchor::Lits(&[511, 512, 513, 514, 515, 516, 517, 518, 519, 520, 521, 522, 523, 524, 525, 526, 527, 528, 529, 530, 531, 532, 533, 534, 535, 536, 537, 538, 539, 540, 541, 542, 543, 544, 545, 546, 547, 548, 549, 550, 551, 552, 553, 554, 555, 556, 557, 558, 559, 560, 561, 562, 563, 564, 565, 566, 567, 568, 569, 570, 571, 572, 573, 574, 575, 576, 577, 578, 579, 580, 581, 582, 1590, 1682, 1696, 1700, 1701, 1702, 1703, 1704, 1705, 1706, 1707, 1708, 1709, 1710, 1711, 1712, 1713, 1714, 1715, 1716, 1717, 1718, 1719, 1720, 1721, 1722, 1723, 1724, 1725, 1726, 1727, 1728, 1729, 1730, 1731, 1732, 1733, 1734, 1735, 1736, 1737, 1738, 1739, 1740, 1741, 1742, 1743, 1744, 1745, 1746, 1747, 1748, 1749, 1750, 1751, 1752, 1753, 1754, 1755, 1756, 1757, 1758, 1759, 1760, 1761, 1762, 1763, 1764, 1765, 1766, 1767, 1768, 1769, 1770, 1771, 4448]), Anchor::All(&[Anchor::Lits(&[1576, 1577, 1578, 1579, 1580, 1581, 1582, 1584, 1585, 1586, 1587, 1588, 1589, 1669, 1670, 1671, 1672, 1673, 1674, 1675, 1676, 1677, 1678, 1679, 1680, 1681, 1683, 1684, 1685, 1686, 1687, 1688, 1689, 1690, 1691, 1692, 1693, 1694, 1695]), Anchor::Lits(&[2242, 2497, 2890, 2940, 3166, 3428, 3519, 3605, 3915, 4153, 4187, 4229])]), Anchor::All(&[Anchor::Lits(&[2060, 2072, 2120, 2209, 2238, 2239, 2328, 2384, 2505, 2822, 2823, 3099, 3294, 3791, 3913, 3946, 3947, 3988, 4079, 4121, 4146, 4148, 4166, 4176, 4177, 4350, 4351, 4399, 4405, 4556, 4959, 4974, 5321, 5339, 5373, 5381, 5387, 5494]), Anchor::Lits(&[2116, 2920, 3484, 4998, 5024, 5043])])])),
            // no-restrictions
            (31, Anchor::Any(&[Anchor::All(&[Anchor::Lits(&[2345, 2346, 2347, 2352, 2353, 2354, 2355, 2357, 2358, 2359, 2360, 2361, 2362, 2363, 2364, 2365, 2366, 2367, 2368, 2369, 2373, 2513, 2514, 2515, 2520, 2521, 2522, 2523, 2525, 2526, 2527, 2528, 2529, 2530, 2531, 2532, 2533, 2534, 2535, 2536, 2537, 2541, 3103, 3104, 3105, 3110, 3111, 3112, 3113, 3115, 3116, 3117, 3118, 3119, 3120, 3121, 3122, 3123, 3124, 3125, 3126, 3127, 3131, 4623, 4624, 4625, 4630, 4631, 4632, 4633, 4635, 4636, 4637, 4638, 4639, 4640, 4641, 4642, 4643, 4644, 4645, 4646, 4647, 4651, 4653, 4654, 4655, 4660, 4661, 4662, 4663, 4665, 4666, 4667, 4668, 4669, 4670, 4671, 4672, 4673, 4674, 4675, 4676, 4677, 4681, 4711, 4712, 4713, 4718, 4719, 4720, 4721, 4723, 4724, 4725, 4726, 4727, 4728, 4729, 4730, 4731, 4732, 4733, 4734, 4735, 4739, 4824, 4825, 4826, 4831, 4832, 4833, 4834, 4836, 4837, 4838, 4839, 4840, 4841, 4842, 4843, 4844, 4845, 4846, 4847, 4848, 4852, 4854, 4855, 4856, 4861, 4862, 4863, 4864, 4866, 4867, 4868, 4869, 4870, 4871, 4872, 4873, 4874, 4875, 4876, 4877, 4878, 4882, 4905, 4906, 4907, 4912, 4913, 4914, 4915, 4917, 4918, 4919, 4920, 4921, 4922, 4923, 4924, 4925, 4926, 4927, 4928, 4929, 4933, 5322, 5324, 5325, 5333, 5334, 5335, 5337, 5344, 5345, 5346, 5349, 5350, 5351, 5352, 5353, 5356, 5357, 5364, 5371, 5372, 5388, 5496, 5497, 5498, 5503, 5504, 5505, 5506, 5508, 5509, 5510, 5511, 5512, 5513, 5514, 5515, 5516, 5517, 5518, 5519, 5520, 5524]), Anchor::Lits(&[2325, 2458, 2489, 2495, 2497, 2890, 3136, 3147, 3166, 3508, 3521, 3596, 3603, 3605, 3960, 4149, 4153, 4204, 4220, 4241, 4247, 4259, 4266])]), Anchor::All(&[Anchor::Lits(&[358, 362, 367, 390, 394, 399, 1091, 1095, 1099, 1102, 1103, 1104]), Anchor::Lits(&[2325, 2458, 2489, 2495, 2497, 2890, 3136, 3147, 3166, 3508, 3521, 3596, 3603, 3605, 3960, 4149, 4153, 4204, 4220, 4241, 4247, 4259, 4266])]), Anchor::All(&[Anchor::Lits(&[2344, 2348, 2349, 2350, 2351, 2352, 2353, 2354, 2356, 2370, 2371, 2372, 2512, 2516, 2517, 2518, 2519, 2520, 2521, 2522, 2524, 2538, 2539, 2540, 3102, 3106, 3107, 3108, 3109, 3110, 3111, 3112, 3114, 3128, 3129, 3130, 4622, 4626, 4627, 4628, 4629, 4630, 4631, 4632, 4634, 4648, 4649, 4650, 4652, 4656, 4657, 4658, 4659, 4660, 4661, 4662, 4664, 4678, 4679, 4680, 4710, 4714, 4715, 4716, 4717, 4718, 4719, 4720, 4722, 4736, 4737, 4738, 4823, 4827, 4828, 4829, 4830, 4831, 4832, 4833, 4835, 4849, 4850, 4851, 4853, 4857, 4858, 4859, 4860, 4861, 4862, 4863, 4865, 4879, 4880, 4881, 4904, 4908, 4909, 4910, 4911, 4912, 4913, 4914, 4916, 4930, 4931, 4932, 5321, 5328, 5329, 5330, 5331, 5333, 5334, 5335, 5338, 5382, 5383, 5386, 5495, 5499, 5500, 5501, 5502, 5503, 5504, 5505, 5507, 5521, 5522, 5523]), Anchor::Lits(&[2061, 2182, 2199, 3223, 3292, 3295, 3496, 3945, 4474, 4790]), Anchor::Lits(&[2242, 2325, 2458, 2470, 2497, 2890, 2940, 3136, 3147, 3166, 3508, 3519, 3596, 3603, 3605, 3915, 3960, 3989, 4149, 4153, 4187, 4220, 4247])])])),
            // rules-do-not-apply
            (32, Anchor::Any(&[Anchor::All(&[Anchor::Lits(&[51, 52, 53, 54, 55, 56, 57, 58, 59, 60, 61, 62, 63, 64, 65, 66, 67, 68, 69, 70, 71, 72, 73, 74, 158, 159, 160, 161, 162, 163, 164, 165, 166, 167, 168, 169, 170, 171, 172, 173, 174, 175, 176, 177, 178, 179, 180, 181, 218, 219, 220, 221, 222, 223, 224, 225, 226, 227, 228, 229, 230, 231, 232, 233, 234, 235, 236, 237, 238, 239, 240, 241, 269, 270, 271, 272, 273, 274, 275, 276, 277, 278, 279, 280, 281, 282, 283, 284, 285, 286, 287, 288, 289, 290, 291, 292, 423, 424, 425, 426, 427, 428, 429, 430, 431, 432, 433, 434, 435, 436, 437, 438, 439, 440, 441, 442, 443, 444, 445, 446, 641, 642, 643, 644, 645, 646, 647, 648, 649, 650, 651, 652, 653, 654, 655, 656, 657, 658, 659, 660, 661, 662, 663, 664, 977, 978, 979, 980, 981, 982, 983, 984, 985, 986, 987, 988, 989, 990, 991, 992, 993, 994, 995, 996, 997, 998, 999, 1000, 1022, 1023, 1024, 1025, 1026, 1027, 1028, 1029, 1030, 1031, 1032, 1033, 1034, 1035, 1036, 1037, 1038, 1039, 1040, 1041, 1042, 1043, 1044, 1045, 1352, 1353, 1354, 1355, 1356, 1357, 1358, 1359, 1360, 1361, 1362, 1363, 1364, 1365, 1366, 1367, 1368, 1369, 1370, 1371, 1372, 1373, 1374, 1375]), Anchor::Lits(&[197, 198, 322, 327, 351, 371, 376, 381, 1068, 1087, 1698, 1772])]), Anchor::All(&[Anchor::Lits(&[323, 324, 325, 326, 328, 329, 330, 331, 352, 353, 359, 364, 372, 373, 374, 375, 377, 378, 379, 380, 382, 383, 391, 396, 1069, 1070, 1073, 1077, 1088, 1089, 1092, 1098]), Anchor::Lits(&[2061, 2182, 2199, 3292, 3496, 3945, 4474])])])),
            // no-rules-apply
            (33, Anchor::Any(&[Anchor::Lits(&[4740]), Anchor::All(&[Anchor::Lits(&[4791, 4792, 4793, 4794, 4795, 4796, 4797, 4798]), Anchor::Lits(&[2242, 2940, 3147, 3166, 3508, 3519, 4153, 4187])])])),
            // freed-from-limits
            (34, Anchor::Lits(&[187, 188, 189, 414, 415, 422, 510, 583, 957, 1090, 1097, 1100, 1110, 1112, 1113, 1330, 1632, 1636, 1637, 1645])),
            // respond-without-limits
            (35, Anchor::Any(&[Anchor::Lits(&[2177, 2178, 2179, 2180, 2181, 2305, 2306, 2307, 2308, 2309, 2310, 2311, 2312, 2313, 2314, 2701, 2702, 2723, 2724, 2725, 2762, 2763, 2784, 2785, 2786, 3541, 3542, 3543, 3544, 3545, 3607, 3608, 3609, 3610, 3611, 3612, 3613, 3614, 3615, 3616, 3639, 3640, 3659, 3660, 3661, 4323, 4324, 4325, 4326, 4327, 4328, 4329, 4330, 4331, 4332, 5167, 5168, 5169, 5170, 5171, 5181, 5182, 5183, 5184, 5185, 5186, 5187, 5188, 5189, 5190, 5191, 5193, 5195, 5197, 5198, 5199, 5200, 5201, 5237, 5238, 5239, 5241, 5244, 5245, 5247, 5248, 5249, 5255, 5256, 5259, 5262, 5267, 5274, 5281, 5282, 5283, 5297, 5298, 5299, 5300, 5301]), Anchor::All(&[Anchor::Lits(&[3003, 3265, 4094, 5180, 5219, 5231]), Anchor::Lits(&[2099, 2325, 2486, 2495, 2497, 2499, 2876, 2877, 2878, 2879, 2881, 2883, 2885, 2886, 2890, 3136, 3147, 3593, 3595, 3596, 3598, 3599, 3600, 3601, 3602, 3605, 4220, 4233, 4235, 4237, 4239, 4243, 4245, 4247, 4251, 4253, 4255, 4257, 4259, 4266])]), Anchor::All(&[Anchor::Lits(&[2113, 2139, 3274, 3747, 5204, 5296]), Anchor::Lits(&[2099, 2242, 2435, 2458, 2470, 2623, 2890, 2938, 3147, 3166, 3428, 3508, 3519, 3605, 3915, 3917, 3960, 3989, 4047, 4153, 4187, 4220, 4229, 4950])])])),
            // pre-safety-self
            (36, Anchor::Any(&[Anchor::Lits(&[2212, 2213, 2214, 2215, 2216, 2217, 2218, 2219, 2220, 2221, 2222, 2223, 2224, 2225, 2226, 2227, 2228, 2229, 2230, 2231, 2233, 2234, 2235, 2236, 2237]), Anchor::All(&[Anchor::Lits(&[2278, 2279, 2509, 2510, 3414, 3415, 3591, 3592, 4102, 4103, 4419, 4420, 5080, 5081]), Anchor::Lits(&[2211, 3003, 3973, 4588, 4589, 5180, 5231])])])),
            // stay-in-character
            (37, Anchor::Lits(&[354, 355, 363, 386, 387, 395, 928, 1071, 1072, 1076, 1331, 1496, 1497, 1498, 1499, 1500, 1501, 1502, 1503, 1504, 1505, 1506, 1507, 1508])),
            // jailbreak
            (38, Anchor::Lits(&[255, 256, 607, 608, 671, 672, 673, 883, 884, 885, 886, 887, 888, 889, 890, 891, 892, 893, 894, 895, 896, 897, 898, 899, 900, 901, 902, 903, 904, 905, 906, 907, 908, 909, 910, 911, 912, 913, 914, 915, 916, 917, 918, 919, 920, 921, 1118, 1119, 1249, 1408, 1520, 1521, 1659, 1660, 1804, 1805, 1865, 1866, 2013, 2014, 2029, 2030])),
            // evil-twin
            (39, Anchor::All(&[Anchor::Lits(&[1950, 1973, 1996, 1997, 1998, 1999, 2000, 2001, 2002, 2003, 2004, 2005, 2006, 2007, 2008]), Anchor::Lits(&[2816, 3240, 3590, 3911, 3912, 4315, 4348, 4990, 5079])])),
            // disable-safety
            (40, Anchor::Any(&[Anchor::Lits(&[2040, 2043, 2044, 2045, 2047, 2245, 2246, 2247, 2248, 2249, 2250, 2251, 2252, 2253, 2254, 2255, 2256, 2257, 2258, 2259, 2260, 2261, 2262, 2263, 2264, 2265, 2266, 2267, 2268, 2269, 2270, 2271, 2272, 2273, 2274, 2275, 2276, 2277, 2284, 2287, 2289, 2291, 2294, 2297, 2298, 2299, 2300, 2302, 2331, 2332, 2333, 2334, 2336, 2338, 2339, 2340, 2341, 2343, 2548, 2549, 2550, 2551, 2553, 2556, 2557, 2558, 2559, 2561, 2572, 2573, 2574, 2575, 2577, 2638, 2639, 2640, 2641, 2643, 2646, 2647, 2648, 2649, 2651, 2666, 2669, 2671, 2673, 2676, 2680, 2683, 2684, 2685, 2687, 2839, 2840, 2841, 2842, 2843, 2844, 2845, 2846, 2847, 2848, 2849, 2850, 2851, 2853, 2854, 2855, 2856, 2858, 2859, 2860, 2861, 2862, 2863, 2864, 2865, 2866, 2867, 2868, 2869, 2870, 2872, 2873, 2874, 2875, 2893, 2894, 2895, 2896, 2898, 2900, 2901, 2902, 2903, 2905, 2980, 2983, 2985, 2987, 2990, 2994, 2997, 2998, 2999, 3001, 3005, 3006, 3007, 3008, 3010, 3012, 3013, 3014, 3015, 3016, 3054, 3055, 3056, 3057, 3059, 3060, 3061, 3062, 3063, 3064, 3065, 3066, 3067, 3068, 3069, 3070, 3071, 3072, 3073, 3074, 3075, 3077, 3078, 3079, 3080, 3081, 3083, 3084, 3085, 3086, 3088, 3249, 3252, 3254, 3256, 3259, 3268, 3271, 3272, 3273, 3275, 3476, 3478, 3479, 3480, 3482, 3499, 3500, 3501, 3502, 3504, 3624, 3625, 3626, 3627, 3629, 3631, 3632, 3633, 3634, 3636, 3843, 3847, 3848, 3850, 3856, 3866, 3870, 3871, 3873, 3879, 4335, 4336, 4337, 4338, 4340, 4342, 4343, 4344, 4345, 4347, 4450, 4451, 4452, 4453, 4455, 4476, 4477, 4478, 4479, 4481, 4486, 4487, 4488, 4489, 4491, 4494, 4495, 4496, 4497, 4499, 4558, 4559, 4560, 4561, 4563, 4976, 4977, 4978, 4979, 4981, 4984, 4985, 4986, 4987, 4989, 5016, 5017, 5018, 5019, 5021, 5304, 5305, 5306, 5307, 5309]), Anchor::All(&[Anchor::Lits(&[2161, 2163, 2165, 2167, 2169, 2171, 2174, 2200, 2203, 2325, 2486, 2495, 2497, 2499, 2828, 2879, 2881, 2883, 2886, 2888, 2890, 2942, 3133, 3136, 3145, 3364, 3367, 3369, 3371, 3593, 3605, 4011, 4081, 4155, 4218, 4231, 4235, 4237, 4239, 4243, 4245, 4247, 4249, 4251, 4253, 4255, 4257, 4259, 4261, 4263, 4266, 4290, 4293, 4295, 4297, 4299, 4301, 4303, 4971]), Anchor::Lits(&[2037, 2207, 2244, 2281, 2296, 2330, 2337, 2547, 2554, 2555, 2571, 2637, 2644, 2645, 2663, 2688, 2715, 2776, 2796, 2838, 2857, 2892, 2899, 2973, 3004, 3011, 3053, 3076, 3082, 3175, 3246, 3265, 3492, 3498, 3506, 3531, 3532, 3623, 3630, 3691, 3840, 3863, 4101, 4105, 4111, 4334, 4341, 4349, 4353, 4358, 4426, 4447, 4449, 4475, 4483, 4485, 4493, 4557, 4975, 4983, 5015, 5109, 5231, 5303])]), Anchor::All(&[Anchor::Lits(&[2046, 2113, 2139, 2293, 2301, 2335, 2342, 2552, 2560, 2576, 2642, 2650, 2675, 2686, 2852, 2871, 2897, 2904, 2907, 2989, 3000, 3009, 3058, 3087, 3258, 3274, 3481, 3503, 3628, 3635, 3747, 3852, 3875, 4339, 4346, 4454, 4480, 4490, 4498, 4562, 4788, 4980, 4988, 5020, 5308]), Anchor::Lits(&[2099, 2242, 2435, 2458, 2470, 2623, 2890, 2938, 3147, 3166, 3428, 3508, 3519, 3605, 3915, 3917, 3960, 3989, 4047, 4153, 4187, 4220, 4229, 4950])])])),
            // safety-declared-off
            (41, Anchor::All(&[Anchor::Lits(&[2100, 2162, 2164, 2166, 2168, 2170, 2172, 2173, 2175, 2201, 2202, 2204, 2326, 2487, 2488, 2490, 2496, 2498, 2500, 2829, 2880, 2882, 2884, 2887, 2889, 2891, 2943, 3134, 3135, 3137, 3146, 3148, 3365, 3366, 3368, 3370, 3372, 3594, 3606, 4012, 4013, 4082, 4083, 4156, 4219, 4221, 4232, 4234, 4236, 4238, 4240, 4242, 4244, 4246, 4248, 4250, 4252, 4254, 4256, 4258, 4260, 4262, 4264, 4265, 4267, 4291, 4292, 4294, 4296, 4298, 4300, 4302, 4304, 4972]), Anchor::Lits(&[2295, 2303, 2304, 2554, 2588, 2644, 3100, 3329, 3505, 3677, 3701, 3748, 3839, 3893, 4110, 4164, 4168, 4482, 5106, 5108])])),
            // skip-approval
            (42, Anchor::Lits(&[5232, 5235, 5236, 5251, 5252, 5253, 5254, 5257, 5258, 5260, 5264, 5265, 5269, 5278, 5285, 5286, 5291, 5294, 5296])),
            // encoded-instructions
            (43, Anchor::Any(&[Anchor::Lits(&[2563, 2564, 2566, 2567, 2569, 2570, 2586, 2587, 5047, 5048]), Anchor::All(&[Anchor::Lits(&[2062, 2063, 2064, 2065, 2066, 2067, 2068, 2069, 2070, 2071, 2151, 2152, 2153, 2154, 2155, 2156, 2157, 2158, 2159, 2160, 2315, 2316, 2317, 2318, 2319, 2320, 2321, 2322, 2323, 2324, 2398, 2421, 2423, 2424, 2426, 2427, 2429, 2430, 2432, 2434, 2735, 2736, 2737, 2738, 2739, 2740, 2741, 2742, 2743, 2744, 2928, 2929, 2930, 2931, 2932, 2933, 2934, 2935, 2936, 2937, 2959, 2963, 2964, 2965, 2966, 2967, 2968, 2969, 2970, 2971, 3712, 3723, 3725, 3726, 3728, 3729, 3731, 3732, 3734, 3736, 3899, 3900, 3901, 3902, 3903, 3904, 3905, 3906, 3907, 3908, 4208, 4209, 4210, 4211, 4212, 4213, 4214, 4215, 4216, 4217]), Anchor::Lits(&[2562, 2565, 2568, 2585, 4167, 4183, 4960, 5026, 5046]), Anchor::Lits(&[2119, 4789])])])),
            // override-instructions-es-pt-it
            (44, Anchor::All(&[Anchor::Lits(&[2382, 2383, 2634, 2635, 2636, 3333, 3334, 3335, 3416, 3417, 3472, 3700, 3797, 3798, 3802, 4097, 4098, 4099]), Anchor::Lits(&[312, 313, 314, 332, 333, 416, 417, 418, 841, 842, 843, 845, 849, 1130, 1131, 1132, 1133, 1137, 1613])])),
            // override-instructions-fr
            (45, Anchor::All(&[Anchor::Lits(&[257, 336, 859, 879, 1143, 1328]), Anchor::Lits(&[845, 847, 848, 1062, 1063, 1147, 1148, 1149])])),
            // override-instructions-de-nl
            (46, Anchor::All(&[Anchor::Lits(&[850, 851, 852, 1053, 1054, 1064, 1065, 1649, 1650, 1651, 1652]), Anchor::Lits(&[2137, 2210, 3418, 3458, 3766, 4095, 4096, 4173, 4174, 5107])])),
            // override-instructions-pl-tr
            (47, Anchor::Any(&[Anchor::All(&[Anchor::Lits(&[3276, 3671, 3919, 5526]), Anchor::Lits(&[3456, 3457, 3914, 4100, 5314, 5527])]), Anchor::All(&[Anchor::Lits(&[3493, 3494, 4555, 5316]), Anchor::Lits(&[2612, 3101, 4992, 5051, 5315]), Anchor::Lits(&[2280, 3759, 4352, 4973, 5078])])])),
            // override-instructions-ru
            (48, Anchor::Lits(&[5528, 5529, 5530, 5531, 5532])),
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
allboundaries\
allcensorship\
allcommands\
allconditioning\
allconscience\
allconstraints\
allcontentpolicies\
allcontentpolicy\
alldirections\
alldirectives\
allethicalguidelines\
allethics\
allfilters\
allguardrails\
allguidance\
allguidelines\
allinstructions\
alllimitations\
alllimits\
allmoralcompass\
allmoralguidelines\
allmorality\
allmorals\
allow\
allpolicies\
allprinciples\
allprogramming\
allprompt\
allrestraint\
allrestrictions\
allrules\
allsafeguards\
allsafetyfilters\
allsafetyguidelines\
allsafetymeasures\
allsafetyrules\
allsystemmessage\
allsystemprompt\
alltraining\
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
anyboundaries\
anycensorship\
anycommands\
anyconditioning\
anyconscience\
anyconstraints\
anycontentpolicies\
anycontentpolicy\
anydirections\
anydirectives\
anyethicalguidelines\
anyethics\
anyfilters\
anyguardrails\
anyguidance\
anyguidelines\
anyinstructions\
anylimitations\
anylimits\
anymoralcompass\
anymoralguidelines\
anymorality\
anymorals\
anypolicies\
anyprinciples\
anyprogramming\
anyprompt\
anyrestraint\
anyrestrictions\
anyrules\
anysafeguards\
anysafetyfilters\
anysafetyguidelines\
anysafetymeasures\
anysafetyrules\
anysystemmessage\
anysystemprompt\
anything\
anytraining\
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
beforethat\
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
directives\
directivesare\
directivesdid\
directivesdo\
directiveshad\
directiveshave\
directiveswas\
directiveswere\
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
dismiss\
dismissall\
dismissany\
dismisseach\
dismissevery\
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
donotleaveincharacter\
donotmatter\
donotneed\
donotobey\
donotobeyall\
donotobeyany\
donotobeyeach\
donotobeyevery\
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
dontleaveincharacter\
dontmatter\
dontneed\
dontobey\
dontobeyall\
dontobeyany\
dontobeyeach\
dontobeyevery\
dontworryabout\
dontworryaboutall\
dontworryaboutany\
dontworryabouteach\
dontworryaboutevery\
drop\
dudemode\
each\
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
everyboundaries\
everycensorship\
everycommands\
everyconditioning\
everyconscience\
everyconstraints\
everycontentpolicies\
everycontentpolicy\
everydirections\
everydirectives\
everyethicalguidelines\
everyethics\
everyfilters\
everyguardrails\
everyguidance\
everyguidelines\
everyinstructions\
everylimitations\
everylimits\
everymoralcompass\
everymoralguidelines\
everymorality\
everymorals\
everypolicies\
everyprinciples\
everyprogramming\
everyprompt\
everyrestraint\
everyrestrictions\
everyrules\
everysafeguards\
everysafetyfilters\
everysafetyguidelines\
everysafetymeasures\
everysafetyrules\
everysystemmessage\
everysystemprompt\
everything\
everytraining\
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
guidelines\
guidelinesare\
guidelinesdid\
guidelinesdo\
guidelineshad\
guidelineshave\
guidelineswas\
guidelineswere\
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
ignora\
ignoraall\
ignoraany\
ignoraeach\
ignoraevery\
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
inthesystemprompt\
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
neverleaveincharacter\
nevermatter\
nevermind\
nevermindall\
nevermindany\
nevermindeach\
nevermindevery\
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
roleplayas\
rule\
rulebreaking\
rules\
rulesare\
rulesdid\
rulesdo\
ruleshad\
ruleshave\
ruleswas\
ruleswere\
ruleswhatsoever\
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
stoplisteningto\
stoplisteningtoall\
stoplisteningtoany\
stoplisteningtoeach\
stoplisteningtoevery\
stopobeying\
stopobeyingall\
stopobeyingany\
stopobeyingeach\
stopobeyingevery\
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
thatneverrefuses\
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
theboundaries\
thecensorship\
thecommands\
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
theconditioning\
theconscience\
theconstraints\
thecontentpolicies\
thecontentpolicy\
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
thedirections\
thedirectives\
theethicalguidelines\
theethics\
thefilters\
theguardrails\
theguidance\
theguidelines\
theinstructions\
thelimitations\
thelimits\
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
themoralcompass\
themoralguidelines\
themorality\
themorals\
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
thepolicies\
theprinciples\
theprogramming\
theprompt\
thereareno\
therearezero\
thereisno\
thereiszero\
therereno\
thererezero\
theresno\
therestraint\
therestrictions\
thereszero\
therules\
thesafeguards\
thesafetyfilters\
thesafetyguidelines\
thesafetymeasures\
thesafetyrules\
thesystemadded\
thesystemconfigured\
thesystemdefined\
thesystemgave\
thesystemgive\
thesystemimposed\
thesystemmessage\
thesystemplaced\
thesystemprompt\
thesystemput\
thesystemset\
thesystemspecified\
thesystemwrote\
thetraining\
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
thoseboundaries\
thosecensorship\
thosecommands\
thoseconditioning\
thoseconscience\
thoseconstraints\
thosecontentpolicies\
thosecontentpolicy\
thosedirections\
thosedirectives\
thoseethicalguidelines\
thoseethics\
thosefilters\
thoseguardrails\
thoseguidance\
thoseguidelines\
thoseinstructions\
thoselimitations\
thoselimits\
thosemoralcompass\
thosemoralguidelines\
thosemorality\
thosemorals\
thosepolicies\
thoseprinciples\
thoseprogramming\
thoseprompt\
thoserestraint\
thoserestrictions\
thoserules\
thosesafeguards\
thosesafetyfilters\
thosesafetyguidelines\
thosesafetymeasures\
thosesafetyrules\
thosesystemmessage\
thosesystemprompt\
thosetraining\
throwaway\
throwawayall\
throwawayany\
throwawayeach\
throwawayevery\
throwout\
throwoutall\
throwoutany\
throwouteach\
throwoutevery\
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
whateverboundaries\
whatevercensorship\
whatevercommands\
whateverconditioning\
whateverconscience\
whateverconstraints\
whatevercontentpolicies\
whatevercontentpolicy\
whateverdirections\
whateverdirectives\
whateverethicalguidelines\
whateverethics\
whateverfilters\
whateverguardrails\
whateverguidance\
whateverguidelines\
whateverinstructions\
whateverlimitations\
whateverlimits\
whatevermoralcompass\
whatevermoralguidelines\
whatevermorality\
whatevermorals\
whateverpolicies\
whateverprinciples\
whateverprogramming\
whateverprompt\
whateverrestraint\
whateverrestrictions\
whateverrules\
whateversafeguards\
whateversafetyfilters\
whateversafetyguidelines\
whateversafetymeasures\
whateversafetyrules\
whateversystemmessage\
whateversystemprompt\
whatevertraining\
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
whichneverrefuses\
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
youhaveapproval\
youhavebeenallowed\
youhavebeenasked\
youhavebeenauthorized\
youhavebeencleared\
youhavebeengiven\
youhavebeeninstructed\
youhavebeenjaibroke\
youhavebeenjailbroke\
youhavebeenpermitted\
youhavebeenprogrammed\
youhavebeentaught\
youhavebeentold\
youhavebeentrained\
youhavefullapproval\
youhavemyapproval\
youhavetheapproval\
youhaving\
youinstructed\
youis\
youknow\
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
youvebeenallowed\
youvebeenasked\
youvebeenauthorized\
youvebeencleared\
youvebeengiven\
youvebeeninstructed\
youvebeenjaibroke\
youvebeenjailbroke\
youvebeenpermitted\
youvebeenprogrammed\
youvebeentaught\
youvebeentold\
youvebeentrained\
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
            ends: &[7, 17, 27, 44, 55, 67, 81, 98, 116, 127, 145, 152, 161, 166, 178, 196, 208, 223, 239, 253, 267, 278, 290, 304, 318, 335, 347, 358, 373, 388, 403, 421, 437, 448, 458, 477, 491, 504, 519, 539, 552, 564, 577, 598, 614, 623, 642, 645, 650, 658, 666, 676, 683, 702, 718, 734, 750, 768, 781, 795, 807, 818, 829, 839, 847, 857, 871, 880, 883, 896, 909, 920, 935, 948, 962, 980, 996, 1009, 1022, 1042, 1051, 1061, 1074, 1085, 1098, 1113, 1127, 1136, 1151, 1169, 1180, 1189, 1194, 1205, 1218, 1232, 1241, 1253, 1268, 1276, 1289, 1305, 1324, 1341, 1355, 1371, 1386, 1397, 1404, 1410, 1420, 1431, 1437, 1445, 1453, 1468, 1489, 1518, 1551, 1578, 1606, 1632, 1658, 1685, 1699, 1721, 1747, 1767, 1788, 1807, 1826, 1846, 1860, 1882, 1908, 1928, 1949, 1968, 1987, 2007, 2023, 2047, 2075, 2097, 2120, 2141, 2162, 2184, 2198, 2217, 2233, 2246, 2259, 2275, 2290, 2302, 2314, 2332, 2346, 2349, 2362, 2375, 2386, 2401, 2414, 2428, 2446, 2462, 2475, 2488, 2508, 2517, 2527, 2540, 2551, 2564, 2579, 2593, 2602, 2617, 2635, 2646, 2655, 2666, 2679, 2693, 2702, 2714, 2729, 2737, 2750, 2766, 2785, 2802, 2816, 2832, 2847, 2855, 2866, 2873, 2886, 2906, 2920, 2941, 2958, 2969, 2981, 3000, 3013, 3033, 3049, 3059, 3073, 3094, 3109, 3131, 3149, 3161, 3173, 3192, 3205, 3225, 3241, 3251, 3264, 3276, 3288, 3303, 3317, 3336, 3348, 3356, 3361, 3365, 3375, 3384, 3393, 3401, 3411, 3420, 3431, 3441, 3450, 3463, 3475, 3487, 3498, 3511, 3523, 3537, 3550, 3562, 3574, 3584, 3594, 3602, 3608, 3622, 3635, 3648, 3660, 3674, 3687, 3702, 3716, 3729, 3746, 3762, 3778, 3793, 3810, 3826, 3844, 3861, 3877, 3887, 3895, 3905, 3915, 3928, 3937, 3942, 3946, 3952, 3958, 3973, 3991, 4007, 4022, 4035, 4050, 4063, 4075, 4086, 4104, 4120, 4135, 4148, 4163, 4183, 4198, 4212, 4228, 4238, 4250, 4260, 4277, 4300, 4317, 4337, 4358, 4377, 4396, 4412, 4429, 4448, 4467, 4489, 4506, 4522, 4542, 4562, 4582, 4605, 4626, 4642, 4660, 4676, 4697, 4712, 4726, 4739, 4754, 4767, 4777, 4794, 4817, 4834, 4854, 4875, 4894, 4913, 4929, 4946, 4965, 4984, 5006, 5023, 5039, 5059, 5079, 5099, 5122, 5143, 5159, 5173, 5195, 5212, 5222, 5241, 5258, 5274, 5294, 5308, 5324, 5338, 5353, 5359, 5367, 5377, 5386, 5398, 5417, 5430, 5450, 5466, 5476, 5487, 5505, 5517, 5536, 5551, 5560, 5573, 5593, 5607, 5628, 5645, 5656, 5667, 5685, 5697, 5716, 5731, 5740, 5748, 5758, 5763, 5774, 5788, 5810, 5827, 5852, 5872, 5897, 5917, 5945, 5968, 5994, 6015, 6044, 6068, 6094, 6115, 6144, 6168, 6188, 6207, 6221, 6243, 6260, 6282, 6299, 6324, 6344, 6367, 6385, 6411, 6432, 6455, 6473, 6499, 6520, 6532, 6538, 6547, 6556, 6572, 6582, 6590, 6601, 6620, 6636, 6655, 6675, 6688, 6708, 6721, 6737, 6754, 6764, 6781, 6787, 6795, 6804, 6817, 6824, 6834, 6843, 6854, 6869, 6885, 6895, 6915, 6938, 6958, 6981, 7005, 7022, 7046, 7063, 7083, 7104, 7118, 7139, 7148, 7164, 7182, 7196, 7212, 7227, 7243, 7258, 7276, 7291, 7305, 7322, 7331, 7340, 7350, 7362, 7370, 7389, 7407, 7428, 7445, 7461, 7480, 7499, 7520, 7537, 7556, 7574, 7595, 7613, 7630, 7650, 7662, 7674, 7687, 7702, 7718, 7738, 7754, 7767, 7784, 7797, 7806, 7816, 7826, 7835, 7845, 7852, 7860, 7871, 7882, 7892, 7903, 7915, 7926, 7938, 7951, 7961, 7983, 8005, 8031, 8043, 8063, 8087, 8110, 8137, 8158, 8176, 8202, 8228, 8258, 8274, 8298, 8326, 8353, 8384, 8409, 8431, 8457, 8477, 8496, 8522, 8544, 8566, 8582, 8597, 8619, 8637, 8652, 8674, 8690, 8713, 8732, 8745, 8759, 8780, 8795, 8817, 8835, 8847, 8863, 8886, 8903, 8927, 8947, 8961, 8975, 8996, 9011, 9033, 9051, 9063, 9075, 9090, 9105, 9119, 9134, 9150, 9165, 9181, 9206, 9228, 9250, 9272, 9296, 9315, 9335, 9353, 9370, 9387, 9403, 9409, 9422, 9432, 9456, 9481, 9492, 9506, 9520, 9533, 9547, 9562, 9576, 9591, 9610, 9625, 9644, 9651, 9664, 9678, 9690, 9703, 9718, 9731, 9750, 9763, 9777, 9784, 9797, 9805, 9815, 9827, 9844, 9853, 9863, 9870, 9879, 9895, 9913, 9927, 9943, 9958, 9974, 9989, 10007, 10022, 10036, 10053, 10062, 10071, 10081, 10093, 10101, 10120, 10138, 10159, 10176, 10192, 10211, 10230, 10251, 10268, 10287, 10305, 10326, 10344, 10361, 10381, 10393, 10405, 10418, 10433, 10449, 10469, 10485, 10498, 10515, 10528, 10537, 10547, 10557, 10570, 10590, 10604, 10625, 10642, 10653, 10665, 10684, 10697, 10717, 10733, 10743, 10757, 10778, 10793, 10815, 10833, 10845, 10857, 10876, 10889, 10909, 10925, 10935, 10942, 10945, 10952, 10968, 10978, 10998, 11009, 11026, 11046, 11067, 11081, 11102, 11114, 11136, 11155, 11177, 11200, 11216, 11239, 11245, 11261, 11274, 11290, 11307, 11317, 11334, 11351, 11364, 11381, 11391, 11400, 11422, 11441, 11460, 11479, 11500, 11516, 11529, 11546, 11561, 11575, 11589, 11603, 11616, 11623, 11636, 11647, 11658, 11670, 11682, 11692, 11702, 11713, 11723, 11736, 11749, 11761, 11774, 11788, 11801, 11815, 11824, 11834, 11847, 11860, 11872, 11885, 11899, 11912, 11926, 11933, 11950, 11958, 11972, 11989, 12007, 12018, 12036, 12045, 12064, 12080, 12099, 12119, 12132, 12152, 12159, 12169, 12179, 12190, 12202, 12209, 12219, 12229, 12240, 12252, 12261, 12273, 12285, 12304, 12317, 12331, 12346, 12361, 12383, 12399, 12416, 12435, 12457, 12480, 12496, 12519, 12535, 12554, 12574, 12587, 12607, 12612, 12620, 12628, 12637, 12647, 12659, 12673, 12685, 12697, 12710, 12723, 12734, 12745, 12757, 12762, 12774, 12784, 12803, 12827, 12841, 12858, 12875, 12893, 12912, 12922, 12933, 12947, 12961, 12976, 12992, 13013, 13024, 13033, 13042, 13054, 13066, 13079, 13093, 13108, 13126, 13144, 13163, 13183, 13187, 13198, 13207, 13221, 13238, 13255, 13273, 13292, 13310, 13333, 13346, 13362, 13378, 13395, 13413, 13422, 13432, 13445, 13458, 13472, 13487, 13507, 13517, 13525, 13533, 13544, 13555, 13567, 13580, 13594, 13611, 13628, 13646, 13665, 13669, 13677, 13681, 13688, 13695, 13704, 13710, 13718, 13724, 13729, 13742, 13756, 13764, 13770, 13786, 13801, 13812, 13822, 13832, 13850, 13863, 13881, 13894, 13915, 13931, 13950, 13964, 13986, 14003, 14013, 14032, 14046, 14068, 14085, 14093, 14111, 14128, 14140, 14160, 14175, 14195, 14210, 14233, 14251, 14272, 14288, 14312, 14331, 14343, 14364, 14380, 14404, 14423, 14441, 14455, 14472, 14491, 14503, 14509, 14514, 14529, 14541, 14556, 14572, 14581, 14597, 14604, 14621, 14635, 14652, 14670, 14681, 14699, 14704, 14719, 14734, 14747, 14764, 14779, 14795, 14815, 14833, 14848, 14863, 14885, 14896, 14908, 14923, 14936, 14951, 14968, 14984, 14995, 15012, 15032, 15045, 15056, 15069, 15084, 15100, 15111, 15125, 15142, 15152, 15167, 15185, 15206, 15225, 15241, 15259, 15276, 15286, 15299, 15308, 15312, 15320, 15341, 15370, 15403, 15430, 15458, 15484, 15510, 15537, 15556, 15583, 15614, 15639, 15665, 15689, 15713, 15738, 15759, 15788, 15821, 15848, 15876, 15902, 15928, 15955, 15979, 16001, 16023, 16056, 16097, 16142, 16181, 16221, 16259, 16297, 16336, 16363, 16398, 16437, 16470, 16504, 16536, 16568, 16601, 16611, 16624, 16644, 16658, 16679, 16696, 16707, 16719, 16738, 16751, 16771, 16787, 16797, 16811, 16832, 16847, 16869, 16887, 16899, 16911, 16930, 16943, 16963, 16979, 16989, 16995, 17002, 17024, 17036, 17042, 17061, 17088, 17119, 17144, 17170, 17194, 17218, 17243, 17255, 17275, 17299, 17317, 17336, 17353, 17370, 17388, 17400, 17420, 17444, 17462, 17481, 17498, 17515, 17533, 17547, 17569, 17595, 17615, 17636, 17655, 17674, 17694, 17701, 17711, 17721, 17729, 17739, 17746, 17759, 17768, 17777, 17783, 17797, 17811, 17826, 17842, 17851, 17860, 17876, 17886, 17897, 17910, 17926, 17943, 17956, 17969, 17989, 18003, 18018, 18035, 18055, 18076, 18090, 18111, 18121, 18138, 18144, 18150, 18159, 18171, 18183, 18193, 18205, 18214, 18229, 18240, 18249, 18261, 18273, 18283, 18295, 18304, 18319, 18330, 18340, 18351, 18370, 18383, 18396, 18410, 18423, 18433, 18447, 18458, 18470, 18478, 18487, 18498, 18506, 18522, 18548, 18571, 18597, 18624, 18644, 18671, 18685, 18709, 18730, 18754, 18779, 18804, 18814, 18825, 18845, 18871, 18891, 18914, 18938, 18960, 18982, 19001, 19021, 19043, 19065, 19090, 19110, 19129, 19152, 19175, 19198, 19224, 19248, 19267, 19292, 19323, 19348, 19376, 19405, 19432, 19459, 19483, 19508, 19535, 19562, 19592, 19617, 19641, 19669, 19697, 19725, 19756, 19785, 19809, 19822, 19836, 19847, 19856, 19865, 19872, 19881, 19900, 19916, 19935, 19955, 19968, 19988, 20005, 20017, 20037, 20052, 20072, 20087, 20110, 20128, 20149, 20165, 20189, 20208, 20229, 20245, 20269, 20288, 20296, 20314, 20329, 20347, 20366, 20385, 20398, 20421, 20441, 20464, 20488, 20505, 20529, 20540, 20549, 20554, 20564, 20573, 20580, 20587, 20596, 20605, 20611, 20615, 20621, 20634, 20649, 20660, 20673, 20685, 20698, 20710, 20725, 20737, 20748, 20762, 20768, 20774, 20781, 20790, 20795, 20811, 20826, 20844, 20858, 20871, 20887, 20903, 20921, 20935, 20951, 20966, 20984, 20999, 21013, 21030, 21039, 21048, 21058, 21070, 21083, 21100, 21113, 21123, 21137, 21147, 21153, 21160, 21167, 21172, 21182, 21191, 21201, 21214, 21227, 21239, 21252, 21266, 21279, 21293, 21301, 21312, 21323, 21333, 21344, 21356, 21367, 21379, 21388, 21398, 21411, 21424, 21436, 21449, 21463, 21476, 21490, 21494, 21500, 21510, 21517, 21523, 21542, 21558, 21574, 21590, 21606, 21624, 21636, 21649, 21663, 21675, 21686, 21697, 21707, 21723, 21735, 21754, 21767, 21787, 21803, 21813, 21824, 21842, 21854, 21873, 21888, 21897, 21910, 21930, 21944, 21965, 21982, 21993, 22004, 22022, 22034, 22053, 22068, 22077, 22082, 22088, 22102, 22111, 22124, 22135, 22141, 22150, 22159, 22169, 22180, 22186, 22195, 22204, 22220, 22230, 22241, 22254, 22270, 22287, 22297, 22314, 22324, 22334, 22345, 22357, 22365, 22376, 22387, 22405, 22417, 22430, 22445, 22463, 22482, 22494, 22513, 22522, 22536, 22549, 22563, 22578, 22597, 22614, 22629, 22647, 22661, 22676, 22692, 22706, 22718, 22725, 22732, 22743, 22751, 22764, 22782, 22796, 22814, 22822, 22826, 22833, 22853, 22870, 22887, 22904, 22923, 22932, 22946, 22961, 22974, 22986, 22998, 23009, 23017, 23031, 23049, 23064, 23078, 23083, 23098, 23112, 23123, 23135, 23151, 23168, 23184, 23201, 23216, 23231, 23244, 23255, 23269, 23283, 23296, 23310, 23325, 23337, 23354, 23369, 23384, 23398, 23420, 23435, 23451, 23472, 23487, 23503, 23521, 23540, 23563, 23587, 23610, 23624, 23639, 23660, 23678, 23696, 23714, 23734, 23749, 23765, 23779, 23792, 23805, 23817, 23834, 23846, 23865, 23890, 23909, 23931, 23954, 23975, 23996, 24014, 24033, 24054, 24075, 24099, 24118, 24136, 24158, 24180, 24202, 24227, 24250, 24268, 24293, 24324, 24349, 24377, 24406, 24433, 24460, 24484, 24509, 24536, 24563, 24593, 24618, 24642, 24670, 24698, 24726, 24757, 24786, 24810, 24819, 24829, 24841, 24852, 24864, 24872, 24889, 24904, 24916, 24930, 24948, 24961, 24981, 24995, 25011, 25028, 25044, 25055, 25073, 25085, 25101, 25114, 25130, 25146, 25164, 25183, 25199, 25212, 25227, 25243, 25262, 25276, 25297, 25312, 25329, 25348, 25366, 25386, 25399, 25419, 25436, 25446, 25458, 25477, 25490, 25507, 25521, 25538, 25555, 25569, 25591, 25617, 25637, 25658, 25677, 25696, 25716, 25728, 25748, 25772, 25790, 25809, 25826, 25843, 25861, 25875, 25897, 25923, 25943, 25964, 25983, 26002, 26022, 26039, 26054, 26069, 26077, 26103, 26137, 26175, 26207, 26240, 26271, 26302, 26334, 26354, 26382, 26414, 26440, 26467, 26492, 26517, 26543, 26559, 26573, 26586, 26596, 26607, 26622, 26637, 26650, 26666, 26680, 26690, 26701, 26710, 26720, 26727, 26735, 26739, 26746, 26763, 26778, 26792, 26803, 26815, 26831, 26845, 26862, 26877, 26888, 26900, 26910, 26921, 26929, 26938, 26945, 26954, 26967, 26971, 26985, 26991, 27002, 27016, 27031, 27039, 27054, 27064, 27073, 27082, 27090, 27100, 27109, 27120, 27130, 27139, 27152, 27164, 27176, 27187, 27200, 27212, 27226, 27239, 27251, 27261, 27272, 27286, 27300, 27313, 27327, 27342, 27356, 27371, 27384, 27404, 27418, 27439, 27456, 27467, 27476, 27489, 27501, 27520, 27533, 27553, 27569, 27579, 27593, 27614, 27629, 27651, 27669, 27681, 27687, 27703, 27715, 27734, 27747, 27767, 27783, 27793, 27802, 27812, 27822, 27833, 27849, 27861, 27877, 27888, 27896, 27917, 27946, 27979, 28006, 28034, 28060, 28086, 28113, 28127, 28149, 28175, 28195, 28216, 28235, 28254, 28274, 28288, 28310, 28336, 28356, 28377, 28396, 28415, 28435, 28451, 28475, 28503, 28525, 28548, 28569, 28590, 28612, 28618, 28623, 28628, 28637, 28651, 28672, 28687, 28709, 28727, 28739, 28752, 28772, 28786, 28807, 28824, 28835, 28850, 28872, 28888, 28911, 28930, 28943, 28956, 28976, 28990, 29011, 29028, 29039, 29045, 29064, 29079, 29098, 29115, 29123, 29139, 29157, 29174, 29188, 29203, 29222, 29242, 29261, 29274, 29288, 29306, 29325, 29343, 29360, 29374, 29388, 29402, 29418, 29429, 29441, 29451, 29460, 29469, 29477, 29487, 29499, 29507, 29513, 29522, 29529, 29539, 29549, 29560, 29572, 29578, 29594, 29607, 29623, 29640, 29650, 29667, 29677, 29697, 29714, 29734, 29755, 29769, 29790, 29795, 29807, 29817, 29836, 29860, 29870, 29881, 29895, 29909, 29924, 29940, 29961, 29972, 29981, 29993, 30005, 30018, 30032, 30044, 30052, 30064, 30077, 30085, 30097, 30105, 30119, 30134, 30147, 30162, 30175, 30189, 30206, 30223, 30241, 30260, 30277, 30291, 30303, 30323, 30331, 30345, 30362, 30379, 30397, 30416, 30430, 30448, 30455, 30464, 30474, 30486, 30501, 30506, 30511, 30522, 30534, 30541, 30551, 30561, 30572, 30584, 30588, 30604, 30620, 30640, 30657, 30682, 30711, 30734, 30758, 30780, 30802, 30825, 30835, 30853, 30875, 30891, 30908, 30923, 30938, 30954, 30960, 30974, 30992, 31009, 31030, 31045, 31057, 31077, 31097, 31121, 31131, 31149, 31171, 31192, 31217, 31236, 31252, 31269, 31284, 31299, 31319, 31333, 31346, 31366, 31382, 31394, 31414, 31438, 31456, 31475, 31492, 31509, 31527, 31543, 31553, 31562, 31578, 31590, 31593, 31604, 31615, 31630, 31645, 31661, 31679, 31699, 31714, 31730, 31742, 31748, 31764, 31780, 31800, 31820, 31841, 31864, 31889, 31909, 31930, 31947, 31966, 31987, 32003, 32020, 32034, 32050, 32061, 32073, 32076, 32085, 32089, 32096, 32103, 32111, 32120, 32126, 32131, 32145, 32167, 32193, 32213, 32234, 32253, 32272, 32292, 32304, 32324, 32348, 32366, 32385, 32402, 32419, 32437, 32451, 32473, 32499, 32519, 32540, 32559, 32578, 32598, 32615, 32630, 32645, 32671, 32705, 32743, 32775, 32808, 32839, 32870, 32902, 32922, 32950, 32982, 33008, 33035, 33060, 33085, 33111, 33118, 33123, 33134, 33150, 33163, 33173, 33183, 33196, 33208, 33217, 33226, 33241, 33252, 33272, 33289, 33306, 33323, 33342, 33356, 33371, 33384, 33396, 33408, 33419, 33428, 33437, 33445, 33457, 33463, 33471, 33492, 33510, 33528, 33546, 33566, 33576, 33591, 33607, 33621, 33634, 33647, 33659, 33667, 33678, 33689, 33701, 33714, 33724, 33732, 33743, 33754, 33772, 33784, 33797, 33812, 33830, 33849, 33861, 33880, 33890, 33903, 33916, 33936, 33950, 33965, 33982, 34002, 34023, 34037, 34058, 34066, 34077, 34088, 34100, 34113, 34118, 34132, 34147, 34162, 34178, 34194, 34208, 34221, 34231, 34242, 34257, 34270, 34286, 34300, 34310, 34321, 34330, 34340, 34347, 34355, 34364, 34374, 34378, 34384, 34400, 34419, 34438, 34458, 34479, 34489, 34498, 34505, 34522, 34537, 34551, 34562, 34574, 34590, 34604, 34621, 34636, 34647, 34659, 34669, 34680, 34688, 34697, 34710, 34718, 34724, 34732, 34741, 34757, 34770, 34783, 34796, 34811, 34821, 34832, 34841, 34849, 34857, 34864, 34878, 34889, 34896, 34900, 34910, 34920, 34930, 34935, 34947, 34968, 34984, 34999, 35016, 35038, 35053, 35067, 35078, 35093, 35116, 35134, 35145, 35166, 35186, 35203, 35220, 35237, 35256, 35270, 35285, 35298, 35310, 35322, 35333, 35342, 35359, 35374, 35389, 35402, 35413, 35427, 35441, 35454, 35468, 35483, 35497, 35512, 35518, 35529, 35538, 35547, 35555, 35571, 35582, 35591, 35601, 35611, 35621, 35630, 35645, 35655, 35666, 35676, 35687, 35696, 35706, 35718, 35731, 35748, 35766, 35783, 35794, 35802, 35815, 35830, 35843, 35855, 35864, 35874, 35882, 35893, 35904, 35916, 35929, 35939, 35947, 35961, 35973, 35988, 36001, 36010, 36020, 36028, 36037, 36043, 36055, 36063, 36069, 36077, 36084, 36097, 36101, 36118, 36132, 36146, 36160, 36176, 36187, 36199, 36209, 36218, 36227, 36235, 36245, 36254, 36262, 36269, 36274, 36286, 36300, 36315, 36323, 36340, 36346, 36353, 36361, 36368, 36375, 36383, 36390, 36397, 36406, 36415, 36424, 36433, 36443, 36452, 36468, 36491, 36508, 36532, 36552, 36566, 36577, 36589, 36611, 36626, 36641, 36655, 36670, 36686, 36701, 36717, 36732, 36754, 36770, 36793, 36812, 36825, 36842, 36866, 36884, 36909, 36930, 36945, 36960, 36982, 36998, 37021, 37040, 37053, 37060, 37068, 37075, 37080, 37090, 37094, 37106, 37111, 37119, 37127, 37134, 37142, 37151, 37159, 37168, 37183, 37188, 37197, 37207, 37220, 37233, 37245, 37258, 37272, 37285, 37299, 37305, 37316, 37333, 37347, 37359, 37372, 37388, 37399, 37413, 37429, 37443, 37455, 37470, 37488, 37499, 37513, 37525, 37539, 37553, 37563, 37576, 37587, 37598, 37607, 37621, 37629, 37634, 37642, 37650, 37659, 37669, 37675, 37694, 37710, 37726, 37742, 37760, 37773, 37787, 37799, 37810, 37821, 37831, 37843, 37856, 37869, 37884, 37897, 37913, 37931, 37948, 37968, 37981, 37995, 38009, 38024, 38035, 38044, 38053, 38060, 38075, 38088, 38100, 38109, 38119, 38127, 38138, 38149, 38161, 38174, 38188, 38200, 38215, 38228, 38237, 38247, 38255, 38264, 38270, 38275, 38282, 38300, 38316, 38331, 38343, 38356, 38373, 38388, 38406, 38422, 38434, 38447, 38458, 38470, 38479, 38489, 38497, 38515, 38530, 38548, 38567, 38579, 38598, 38605, 38622, 38636, 38653, 38671, 38682, 38700, 38708, 38716, 38726, 38730, 38737, 38744, 38752, 38761, 38775, 38794, 38810, 38823, 38836, 38852, 38867, 38879, 38891, 38909, 38923, 38928, 38940, 38958, 38970, 38985, 39001, 39015, 39029, 39040, 39052, 39066, 39080, 39097, 39109, 39120, 39135, 39150, 39165, 39183, 39199, 39210, 39226, 39250, 39278, 39300, 39323, 39344, 39365, 39387, 39401, 39423, 39449, 39469, 39490, 39509, 39528, 39548, 39564, 39588, 39616, 39638, 39661, 39682, 39703, 39725, 39744, 39761, 39778, 39806, 39842, 39882, 39916, 39951, 39984, 40017, 40051, 40073, 40103, 40137, 40165, 40194, 40221, 40248, 40276, 40289, 40307, 40322, 40334, 40346, 40361, 40375, 40386, 40397, 40414, 40427, 40439, 40456, 40470, 40481, 40492, 40506, 40519, 40529, 40539, 40555, 40567, 40574, 40593, 40608, 40627, 40635, 40656, 40674, 40692, 40710, 40730, 40745, 40761, 40775, 40788, 40801, 40813, 40823, 40834, 40845, 40861, 40873, 40889, 40899, 40910, 40927, 40939, 40945, 40960, 40973, 40992, 41006, 41025, 41045, 41065, 41082, 41100, 41118, 41128, 41135, 41139, 41154, 41172, 41190, 41209, 41229, 41242, 41258, 41274, 41291, 41309, 41324, 41342, 41360, 41379, 41399, 41410, 41424, 41438, 41453, 41469, 41474, 41481, 41498, 41512, 41529, 41547, 41558, 41576, 41584, 41591, 41598, 41615, 41624, 41638, 41655, 41673, 41684, 41702, 41720, 41736, 41751, 41763, 41776, 41788, 41810, 41829, 41851, 41874, 41890, 41913, 41924, 41934, 41951, 41966, 41975, 41993, 42009, 42028, 42044, 42056, 42075, 42095, 42108, 42128, 42139, 42151, 42160, 42168, 42178, 42184, 42203, 42219, 42235, 42251, 42268, 42286, 42299, 42315, 42331, 42346, 42362, 42379, 42396, 42413, 42429, 42446, 42464, 42481, 42499, 42515, 42532, 42546, 42558, 42569, 42580, 42590, 42623, 42664, 42709, 42748, 42788, 42826, 42864, 42903, 42929, 42963, 43001, 43033, 43066, 43097, 43128, 43160, 43186, 43220, 43258, 43290, 43323, 43354, 43385, 43417, 43445, 43481, 43521, 43555, 43590, 43623, 43656, 43690, 43717, 43752, 43791, 43824, 43858, 43890, 43922, 43955, 43975, 44003, 44035, 44061, 44088, 44113, 44138, 44164, 44184, 44212, 44244, 44270, 44297, 44322, 44347, 44373, 44395, 44425, 44459, 44487, 44516, 44543, 44570, 44598, 44604, 44614, 44634, 44651, 44671, 44692, 44706, 44727, 44732, 44745, 44756, 44767, 44776, 44787, 44796, 44805, 44812, 44823, 44827, 44836, 44846, 44860, 44870, 44882, 44896, 44913, 44928, 44944, 44958, 44971, 44980, 44991, 45007, 45022, 45038, 45054, 45067, 45085, 45100, 45112, 45124, 45139, 45160, 45186, 45209, 45229, 45249, 45272, 45294, 45313, 45332, 45357, 45378, 45392, 45403, 45414, 45431, 45444, 45452, 45467, 45484, 45497, 45512, 45526, 45541, 45555, 45572, 45586, 45599, 45615, 45623, 45631, 45640, 45651, 45658, 45676, 45693, 45713, 45729, 45744, 45762, 45780, 45800, 45816, 45834, 45851, 45871, 45888, 45904, 45923, 45934, 45945, 45957, 45971, 45986, 46005, 46020, 46032, 46048, 46060, 46068, 46077, 46086, 46101, 46123, 46147, 46167, 46189, 46210, 46232, 46253, 46277, 46298, 46318, 46341, 46356, 46371, 46387, 46405, 46419, 46444, 46468, 46495, 46518, 46540, 46565, 46590, 46617, 46640, 46665, 46689, 46716, 46740, 46763, 46789, 46807, 46825, 46844, 46865, 46887, 46913, 46935, 46954, 46977, 46996, 47011, 47027, 47043, 47056, 47069, 47080, 47095, 47115, 47132, 47146, 47160, 47177, 47193, 47206, 47219, 47238, 47253, 47268, 47281, 47295, 47313, 47329, 47347, 47370, 47390, 47407, 47424, 47444, 47463, 47479, 47495, 47517, 47535, 47548, 47561, 47581, 47590, 47600, 47613, 47624, 47637, 47652, 47666, 47675, 47686, 47704, 47724, 47740, 47758, 47775, 47793, 47810, 47830, 47847, 47863, 47882, 47893, 47904, 47916, 47930, 47940, 47961, 47981, 48004, 48023, 48041, 48062, 48083, 48106, 48125, 48146, 48166, 48189, 48209, 48228, 48250, 48264, 48278, 48293, 48310, 48328, 48350, 48368, 48383, 48402, 48417, 48428, 48440, 48452, 48467, 48485, 48496, 48505, 48518, 48534, 48555, 48573, 48588, 48603, 48621, 48638, 48652, 48669, 48691, 48710, 48724, 48740, 48756, 48775, 48795, 48813, 48828, 48843, 48864, 48881, 48897, 48910, 48926, 48947, 48965, 48980, 48995, 49013, 49030, 49044, 49058, 49078, 49094, 49105, 49118, 49132, 49141, 49151, 49163, 49172, 49183, 49192, 49203, 49211, 49223, 49238, 49248, 49256, 49269, 49285, 49304, 49321, 49335, 49349, 49368, 49384, 49397, 49410, 49426, 49442, 49457, 49472, 49484, 49496, 49514, 49528, 49539, 49548, 49562, 49573, 49581, 49589, 49602, 49620, 49635, 49647, 49659, 49674, 49688, 49699, 49710, 49727, 49740, 49751, 49758, 49768, 49775, 49782, 49795, 49804, 49821, 49830, 49846, 49864, 49878, 49894, 49909, 49925, 49940, 49958, 49973, 49987, 50004, 50013, 50022, 50032, 50044, 50052, 50071, 50089, 50110, 50127, 50143, 50162, 50181, 50202, 50219, 50238, 50256, 50277, 50295, 50312, 50332, 50344, 50356, 50369, 50384, 50400, 50420, 50436, 50449, 50466, 50479, 50488, 50498, 50508, 50524, 50547, 50572, 50593, 50616, 50638, 50661, 50683, 50708, 50730, 50751, 50775, 50791, 50807, 50824, 50843, 50858, 50884, 50909, 50937, 50961, 50984, 51010, 51036, 51064, 51088, 51114, 51139, 51167, 51192, 51216, 51243, 51262, 51281, 51301, 51323, 51346, 51373, 51396, 51416, 51440, 51460, 51476, 51493, 51510, 51522, 51541, 51562, 51579, 51598, 51616, 51635, 51653, 51674, 51692, 51709, 51729, 51741, 51753, 51766, 51781, 51792, 51814, 51835, 51859, 51879, 51898, 51920, 51942, 51966, 51986, 52008, 52029, 52053, 52074, 52094, 52117, 52132, 52147, 52163, 52181, 52200, 52223, 52242, 52258, 52278, 52294, 52306, 52319, 52332, 52340, 52348, 52363, 52378, 52391, 52408, 52423, 52439, 52459, 52477, 52492, 52507, 52529, 52540, 52552, 52567, 52580, 52595, 52612, 52628, 52639, 52656, 52676, 52689, 52700, 52713, 52728, 52744, 52755, 52769, 52786, 52796, 52811, 52829, 52850, 52869, 52885, 52903, 52920, 52933, 52942, 52954, 52966, 52979, 52993, 53001, 53012, 53023, 53035, 53048, 53059, 53071, 53082, 53091, 53100, 53107, 53116, 53124, 53132, 53143, 53154, 53164, 53175, 53187, 53198, 53210, 53225, 53241, 53254, 53262, 53278, 53292, 53305, 53315, 53326, 53336, 53356, 53373, 53393, 53414, 53428, 53449, 53457, 53472, 53485, 53492, 53508, 53522, 53539, 53553, 53563, 53580, 53598, 53609, 53627, 53636, 53646, 53652, 53659, 53667, 53676, 53683, 53692, 53703, 53713, 53727, 53739, 53748, 53761, 53776, 53788, 53811, 53831, 53851, 53871, 53893, 53910, 53928, 53944, 53959, 53974, 53988, 53997, 54016, 54032, 54051, 54071, 54084, 54104, 54113, 54123, 54137, 54144, 54154, 54164, 54175, 54187, 54196, 54209, 54215, 54227, 54238, 54250, 54262, 54278, 54288, 54298, 54312, 54320, 54327, 54349, 54368, 54387, 54406, 54427, 54443, 54460, 54475, 54489, 54503, 54516, 54523, 54527, 54533, 54539, 54553, 54568, 54577, 54581, 54591, 54601, 54612, 54624, 54634, 54654, 54670, 54690, 54704, 54712, 54730, 54748, 54764, 54784, 54802, 54821, 54844, 54865, 54883, 54901, 54926, 54940, 54955, 54973, 54989, 55007, 55027, 55046, 55060, 55080, 55103, 55119, 55133, 55149, 55167, 55186, 55200, 55217, 55237, 55250, 55268, 55289, 55313, 55335, 55354, 55375, 55395, 55411, 55422, 55444, 55462, 55484, 55500, 55512, 55528, 55538, 55559, 55576, 55597, 55612, 55623, 55638, 55647, 55657, 55668, 55679, 55692, 55707, 55725, 55741, 55758, 55773, 55783, 55795, 55812, 55828, 55845, 55862, 55871, 55882, 55895, 55911, 55925, 55940, 55953, 55961, 55971, 55986, 56000, 56015, 56030, 56044, 56056, 56072, 56079, 56099, 56115, 56132, 56152, 56168, 56190, 56205, 56222, 56235, 56249, 56266, 56279, 56298, 56310, 56328, 56343, 56361, 56380, 56394, 56414, 56427, 56437, 56448, 56458, 56478, 56495, 56515, 56536, 56550, 56571, 56583, 56593, 56603, 56611, 56628, 56641, 56658, 56670, 56680, 56690, 56698, 56704, 56715, 56728, 56739, 56747, 56763, 56777, 56792, 56811, 56829, 56845, 56860, 56872, 56882, 56895, 56906, 56920, 56936, 56948, 56962, 56979, 57000, 57017, 57032, 57045, 57056, 57070, 57080, 57086, 57099, 57112, 57130, 57148, 57162, 57174, 57189, 57202, 57214, 57227, 57239, 57254, 57266, 57277, 57291, 57300, 57312, 57320, 57330, 57336, 57347, 57358, 57374, 57390, 57402, 57412, 57425, 57431, 57446, 57461, 57481, 57501, 57517, 57531, 57548, 57554, 57561, 57576, 57594, 57610, 57631, 57649, 57665, 57686, 57705, 57725, 57745, 57766, 57783, 57798, 57816, 57835, 57852, 57870, 57879, 57892, 57897, 57904, 57910, 57917, 57926, 57939, 57949, 57958, 57974, 57989, 58007, 58021, 58034, 58050, 58066, 58084, 58098, 58114, 58129, 58147, 58162, 58176, 58193, 58202, 58211, 58221, 58233, 58246, 58263, 58276, 58286, 58301, 58315, 58332, 58342, 58355, 58359, 58368, 58378, 58395, 58407, 58424, 58437, 58453, 58466, 58479, 58492, 58508, 58524, 58545, 58563, 58578, 58593, 58611, 58628, 58642, 58656, 58676, 58692, 58704, 58720, 58730, 58745, 58762, 58779, 58802, 58827, 58848, 58871, 58897, 58927, 58953, 58977, 58999, 59019, 59042, 59061, 59083, 59102, 59123, 59139, 59155, 59172, 59191, 59210, 59232, 59258, 59276, 59298, 59313, 59333, 59348, 59369, 59387, 59403, 59422, 59439, 59450, 59466, 59477, 59493, 59505, 59520, 59532, 59544, 59556, 59571, 59582, 59600, 59623, 59643, 59660, 59677, 59697, 59716, 59732, 59751, 59776, 59803, 59826, 59851, 59879, 59911, 59939, 59965, 59989, 60011, 60036, 60057, 60081, 60102, 60118, 60141, 60159, 60177, 60196, 60217, 60238, 60262, 60290, 60312, 60332, 60356, 60373, 60395, 60412, 60435, 60455, 60473, 60494, 60513, 60531, 60545, 60559, 60564, 60575, 60593, 60617, 60635, 60656, 60678, 60698, 60718, 60735, 60753, 60773, 60793, 60816, 60834, 60851, 60872, 60893, 60914, 60938, 60960, 60977, 60990, 61004, 61022, 61032, 61048, 61059, 61075, 61087, 61102, 61114, 61126, 61138, 61153, 61162, 61171, 61179, 61193, 61207, 61217, 61235, 61248, 61266, 61280, 61297, 61311, 61325, 61339, 61356, 61367, 61384, 61396, 61413, 61426, 61442, 61455, 61468, 61481, 61497, 61513, 61525, 61547, 61564, 61586, 61604, 61625, 61643, 61661, 61679, 61700, 61714, 61725, 61745, 61760, 61780, 61796, 61815, 61831, 61847, 61863, 61882, 61894, 61905, 61917, 61929, 61942, 61954, 61963, 61974, 61989, 61999, 62006, 62014, 62030, 62041, 62057, 62069, 62084, 62096, 62108, 62120, 62135, 62151, 62160, 62170, 62188, 62201, 62219, 62233, 62250, 62264, 62278, 62292, 62309, 62320, 62338, 62358, 62374, 62392, 62409, 62427, 62444, 62464, 62481, 62497, 62516, 62527, 62538, 62550, 62564, 62574, 62595, 62615, 62638, 62657, 62675, 62696, 62717, 62740, 62759, 62780, 62800, 62823, 62843, 62862, 62884, 62898, 62912, 62927, 62944, 62962, 62984, 63002, 63017, 63036, 63051, 63062, 63074, 63086, 63095, 63113, 63126, 63144, 63158, 63175, 63189, 63203, 63217, 63234, 63246, 63256, 63268, 63284, 63295, 63311, 63323, 63338, 63350, 63362, 63374, 63389, 63411, 63428, 63450, 63468, 63489, 63507, 63525, 63543, 63564, 63578, 63592, 63614, 63631, 63653, 63671, 63692, 63710, 63728, 63746, 63767, 63787, 63802, 63822, 63838, 63857, 63873, 63889, 63905, 63924, 63948, 63967, 63991, 64011, 64034, 64054, 64074, 64094, 64117, 64129, 64142, 64151, 64161, 64170, 64182, 64193, 64202, 64209, 64219, 64235, 64249, 64268, 64284, 64298, 64317, 64334, 64352, 64370, 64389, 64404, 64417, 64433, 64439, 64450, 64461, 64477, 64493, 64505, 64515, 64528, 64535, 64547, 64559, 64578, 64603, 64622, 64644, 64667, 64688, 64709, 64727, 64746, 64767, 64788, 64812, 64831, 64849, 64871, 64893, 64915, 64940, 64963, 64981, 64998, 65015, 65028, 65039, 65053, 65060, 65069, 65076],
        },
        rules: &[
            // override-earlier-instructions
            (0, Anchor::Any(&[Anchor::All(&[Anchor::Lits(&[523, 587, 611, 763, 772, 1347, 1355, 1364, 1512, 1739, 2275, 2283, 2380, 2414, 2425, 2764, 3372]), Anchor::Lits(&[0, 434, 795, 800, 805, 826, 845, 851, 859, 864, 872, 879, 885, 893, 898, 1133, 1421, 1426, 1441, 1879, 1904, 1911, 1928, 1938, 1954, 2049, 2141, 2147, 2158, 2169, 2198, 2315, 2459, 2498, 2546, 2688, 2693, 2698, 2703, 3354, 3359, 3446]), Anchor::Lits(&[13, 66, 906, 1132, 1158, 1290, 1376, 1476, 2047, 2128, 2196, 2225, 2240, 2244, 2308, 2433, 2464, 2757])]), Anchor::All(&[Anchor::Lits(&[0, 434, 795, 800, 805, 826, 845, 851, 859, 864, 872, 879, 885, 893, 898, 1133, 1421, 1426, 1441, 1879, 1904, 1911, 1928, 1938, 1954, 2049, 2141, 2147, 2158, 2169, 2198, 2315, 2459, 2498, 2546, 2688, 2693, 2698, 2703, 3354, 3359, 3446]), Anchor::Lits(&[523, 587, 622, 636, 713, 763, 772, 1014, 1347, 1355, 1364, 1475, 1494, 1512, 1849, 2127, 2275, 2283, 2364, 2414, 2425, 2670, 2764, 2856, 2866, 3178, 3372]), Anchor::Lits(&[13, 66, 906, 1132, 1158, 1290, 1376, 1476, 2047, 2128, 2196, 2225, 2240, 2244, 2308, 2433, 2464, 2757])]), Anchor::All(&[Anchor::Lits(&[523, 587, 611, 763, 772, 1347, 1355, 1364, 1512, 1739, 2275, 2283, 2380, 2414, 2425, 2764, 3372]), Anchor::Lits(&[13, 334, 1204, 1205, 1291, 2309, 2562, 3462, 3463, 3667, 3690, 3859, 4092, 4111, 4135]), Anchor::Lits(&[0, 434, 795, 800, 805, 826, 845, 851, 859, 864, 872, 879, 885, 893, 898, 1133, 1421, 1426, 1441, 1879, 1904, 1911, 1928, 1938, 1954, 2049, 2141, 2147, 2158, 2169, 2198, 2315, 2459, 2498, 2546, 2688, 2693, 2698, 2703, 3354, 3359, 3446])])])),
            // override-all-instructions
            (1, Anchor::Any(&[Anchor::Lits(&[745, 746, 749, 1382, 1386, 1485, 1513, 1870, 2137, 2233, 2284, 2762, 2764, 2780]), Anchor::All(&[Anchor::Lits(&[523, 587, 763, 772, 1347, 1355, 1364, 1512, 2275, 2283, 2414, 2425, 2764, 3372]), Anchor::Lits(&[0, 434, 795, 800, 805, 826, 845, 851, 859, 864, 872, 879, 885, 893, 898, 1133, 1421, 1426, 1441, 1879, 1904, 1911, 1928, 1938, 1954, 2049, 2141, 2147, 2158, 2169, 2198, 2315, 2459, 2498, 2546, 2688, 2693, 2698, 2703, 3354, 3359, 3446]), Anchor::Lits(&[68, 159, 976, 3740])]), Anchor::All(&[Anchor::Lits(&[522, 771, 1346, 1363, 1506, 1738, 2283, 2379, 2412, 2424, 2434]), Anchor::Lits(&[0, 434, 795, 800, 805, 826, 845, 851, 859, 864, 872, 879, 885, 893, 898, 1133, 1421, 1426, 1441, 1879, 1904, 1911, 1928, 1938, 1954, 2049, 2141, 2147, 2158, 2169, 2198, 2315, 2459, 2498, 2546, 2688, 2693, 2698, 2703, 3354, 3359, 3446]), Anchor::Lits(&[159, 905, 976])]), Anchor::All(&[Anchor::Lits(&[69, 70, 71, 72, 73, 74, 75, 76, 77, 78, 79, 80, 81, 82, 83, 84, 85, 86, 87, 88, 89, 90, 91, 93, 94, 95, 96, 97, 98, 99, 100, 101, 102, 103, 104, 105, 106, 107, 160, 161, 162, 163, 164, 165, 166, 167, 168, 169, 170, 171, 172, 173, 174, 175, 176, 177, 178, 179, 180, 181, 182, 183, 184, 185, 186, 187, 188, 189, 190, 191, 192, 193, 194, 195, 196, 198, 977, 978, 979, 980, 981, 982, 983, 984, 985, 986, 987, 988, 989, 990, 991, 992, 993, 994, 995, 996, 997, 998, 999, 1000, 1001, 1002, 1003, 1004, 1005, 1006, 1007, 1008, 1009, 1010, 1011, 1012, 1013, 1015, 2996, 2997, 2998, 3010, 3011, 3012, 3013, 3014, 3026, 3027, 3028, 3029, 3030, 3031, 3032, 3033, 3034, 3035, 3036, 3082, 3083, 3084, 3085, 3121, 3122, 3123, 3124, 3132, 3133, 3135, 3136, 3137, 3138, 3139, 3140, 3147, 3149, 3154, 3316, 3317, 3318, 3319, 3320, 3321, 3322, 3323, 3324, 3325, 3326, 3327, 3328, 3329, 3330, 3331, 3332, 3333, 3334, 3335, 3336, 3337, 3338, 3339, 3340, 3341, 3342, 3343, 3344, 3345, 3346, 3347, 3348, 3349, 3350, 3351, 3352, 3353, 3493, 3494, 3495, 3496, 3497, 3498, 3499, 3500, 3501, 3502, 3503, 3504, 3505, 3506, 3507, 3508, 3509, 3510, 3511, 3512, 3513, 3514, 3515, 3516, 3517, 3518, 3519, 3520, 3521, 3522, 3523, 3524, 3525, 3526, 3527, 3528, 3529, 3530]), Anchor::Lits(&[148, 149, 150, 151, 152, 153, 154, 155, 156, 157, 158, 2101, 2102, 2103, 2104, 2105, 2106, 2107, 2108, 2109, 2110, 2111, 2551, 2552, 2553, 2554, 2555, 2556, 2557, 2558, 2559, 2560, 2561, 2626, 2627, 2628, 2629, 2630, 2631, 2632, 2633, 2634, 2635, 2636, 2637, 2638, 2639, 2640, 2641, 2642, 2643, 2644, 2645, 2646, 2647, 2884, 2885, 2886, 2887, 2888, 2889, 2890, 2891, 2892, 2893, 2894, 2895, 2896, 2897, 2898, 2899, 2900, 2901, 2902, 2903, 2904, 2905, 2999, 3000, 3001, 3002, 3003, 3004, 3005, 3006, 3007, 3008, 3009, 3015, 3016, 3017, 3018, 3019, 3020, 3021, 3022, 3023, 3024, 3025, 3087, 3088, 3089, 3090, 3091, 3092, 3093, 3094, 3095, 3096, 3097, 3098, 3099, 3100, 3101, 3102, 3103, 3104, 3105, 3106, 3107, 3108, 3110, 3111, 3112, 3113, 3114, 3115, 3116, 3117, 3118, 3119, 3120, 3141, 3142, 3143, 3144, 3145, 3146, 3148, 3150, 3151, 3152, 3153, 3155, 3156, 3157, 3158, 3159, 3160, 3161, 3162, 3163, 3164, 3165, 3166, 3167, 3168, 3169, 3170, 3171, 3173, 3174, 3175, 3176, 3177, 3752, 3753, 3754, 3755, 3756, 3757, 3758, 3759, 3760, 3761, 3762, 3768, 3781, 3782, 3784, 3785, 3788, 3791, 3793, 3795, 3796, 3800, 3812, 3813, 3814, 3815, 3816, 3817, 3818, 3819, 3820, 3833, 3834, 3835, 3837, 3838, 3841, 3844, 3845, 3847, 3849, 3850, 3854, 3855])]), Anchor::All(&[Anchor::Lits(&[1, 2, 4, 5, 435, 436, 438, 440, 796, 797, 798, 799, 801, 802, 803, 804, 806, 807, 809, 810, 811, 812, 814, 815, 827, 828, 829, 830, 846, 847, 848, 849, 852, 853, 854, 855, 860, 861, 862, 863, 865, 866, 867, 868, 873, 874, 875, 876, 880, 881, 882, 883, 886, 887, 888, 889, 894, 895, 896, 897, 899, 900, 901, 902, 1134, 1135, 1136, 1137, 1138, 1139, 1141, 1142, 1146, 1147, 1149, 1150, 1422, 1423, 1424, 1425, 1427, 1428, 1430, 1431, 1437, 1438, 1439, 1440, 1442, 1443, 1445, 1446, 1880, 1881, 1882, 1883, 1905, 1906, 1907, 1908, 1912, 1913, 1914, 1915, 1929, 1930, 1931, 1932, 1939, 1940, 1941, 1942, 1955, 1956, 1957, 1958, 2050, 2051, 2052, 2053, 2142, 2143, 2144, 2145, 2148, 2149, 2151, 2152, 2159, 2160, 2162, 2163, 2170, 2171, 2172, 2173, 2199, 2200, 2201, 2202, 2316, 2317, 2318, 2319, 2460, 2461, 2462, 2463, 2499, 2500, 2501, 2502, 2547, 2548, 2549, 2550, 2689, 2690, 2691, 2692, 2694, 2695, 2696, 2697, 2699, 2700, 2701, 2702, 2704, 2705, 2706, 2707, 3355, 3356, 3357, 3358, 3360, 3361, 3362, 3363, 3447, 3448, 3449, 3450]), Anchor::Lits(&[2100, 2869, 2877, 3634, 3663, 3667, 3684, 3709, 3735, 4092, 4111]), Anchor::Lits(&[396, 457, 523, 587, 608, 611, 628, 763, 772, 961, 1088, 1347, 1355, 1364, 1512, 1739, 1767, 1875, 1876, 1877, 2222, 2242, 2275, 2283, 2372, 2380, 2414, 2425, 2441, 2764, 3372])]), Anchor::All(&[Anchor::Lits(&[1124, 1125, 1126, 1127, 1128, 1129, 1130, 1131, 1159, 1160, 1161, 1162, 1163, 1164, 1165, 1166, 1167, 1168, 1169, 1170, 1171, 1172, 1173, 1174, 1175, 1176, 1177, 1178, 1179, 1180, 1181, 1182, 1183, 1184, 1185, 1186, 1187, 1659, 2865, 3314, 3315]), Anchor::Lits(&[523, 587, 763, 772, 1347, 1355, 1364, 1512, 2275, 2283, 2414, 2425, 2764, 3372]), Anchor::Lits(&[0, 434, 795, 800, 805, 826, 845, 851, 859, 864, 872, 879, 885, 893, 898, 1133, 1421, 1426, 1441, 1879, 1904, 1911, 1928, 1938, 1954, 2049, 2141, 2147, 2158, 2169, 2198, 2315, 2459, 2498, 2546, 2688, 2693, 2698, 2703, 3354, 3359, 3446])])])),
            // override-everything-before
            (2, Anchor::All(&[Anchor::Lits(&[13, 305, 334, 906, 1541, 1542, 2241, 2253, 2562, 3462, 3463, 3620, 3622, 3624, 3629, 3631, 3632, 3633, 3648, 3649, 3650, 3651, 3652, 3653, 3654, 3668, 3669, 3670, 3671, 3672, 3673, 3674, 3676, 3677, 3678, 3679, 3680, 3681, 3682, 3687, 3690, 3691, 3695, 3696, 3697, 3698, 3705, 4089, 4092, 4093, 4097, 4098, 4099, 4100, 4102, 4103, 4104, 4105, 4106, 4107, 4108, 4110, 4111, 4132, 4133, 4134, 4135, 4136]), Anchor::Lits(&[0, 434, 795, 800, 805, 826, 845, 851, 859, 864, 872, 879, 885, 893, 898, 1133, 1421, 1426, 1441, 1879, 1904, 1911, 1928, 1938, 1954, 2049, 2141, 2147, 2158, 2169, 2198, 2315, 2459, 2498, 2546, 2688, 2693, 2698, 2703, 3354, 3359, 3446]), Anchor::Lits(&[68, 197, 1014, 3492])])),
            // stop-following-instructions
            (6, Anchor::All(&[Anchor::Lits(&[523, 587, 611, 710, 740, 763, 772, 1347, 1355, 1364, 1512, 1739, 1818, 2125, 2174, 2275, 2283, 2380, 2414, 2425, 2764, 3371, 3372]), Anchor::Lits(&[11, 12, 64, 65, 531, 532, 1091, 1415, 1416, 1782, 1783, 1959, 2365, 2685, 2686]), Anchor::Lits(&[456, 840, 869, 1898, 1922, 1937, 2337, 2687, 3627, 3628, 3710, 3711, 3882, 4083, 4084])])),
            // discredit-earlier-text
            (7, Anchor::Any(&[Anchor::Lits(&[14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31, 32, 33, 116, 117, 118, 119, 120, 121, 122, 123, 124, 125, 126, 127, 128, 129, 130, 131, 132, 133, 134, 135, 136, 137, 138, 139, 140, 141, 142, 143, 144, 145, 146, 147, 306, 307, 308, 309, 310, 311, 312, 313, 314, 315, 316, 317, 318, 319, 320, 321, 322, 323, 324, 325, 335, 336, 337, 338, 339, 340, 341, 342, 343, 344, 345, 346, 347, 348, 349, 350, 351, 352, 353, 354, 533, 534, 535, 536, 537, 538, 539, 540, 541, 542, 543, 544, 545, 546, 547, 548, 549, 550, 551, 552, 553, 554, 555, 556, 557, 558, 559, 560, 561, 562, 1019, 1020, 1021, 1022, 1023, 1024, 1025, 1026, 1027, 1028, 1029, 1030, 1031, 1032, 1033, 1034, 1035, 1036, 1037, 1038, 1039, 1040, 1041, 1042, 1043, 1044, 1045, 1046, 1047, 1048, 1049, 1050, 1051, 1052, 1053, 1054, 1055, 1056, 1057, 1058, 1059, 1060, 1061, 1092, 1093, 1094, 1095, 1096, 1097, 1098, 1099, 1100, 1101, 1102, 1103, 1104, 1105, 1106, 1107, 1108, 1109, 1110, 1111, 1112, 1113, 1114, 1115, 1116, 1117, 1118, 1119, 1120, 1121, 1122, 1123, 1206, 1207, 1208, 1209, 1210, 1211, 1212, 1213, 1214, 1215, 1216, 1217, 1218, 1219, 1220, 1221, 1222, 1223, 1224, 1225, 1226, 1227, 1228, 1229, 1230, 1231, 1232, 1233, 1234, 1235, 1236, 1237, 1238, 1239, 1240, 1241, 1242, 1243, 1244, 1245, 1543, 1544, 1545, 1546, 1547, 1548, 1549, 1550, 1551, 1552, 1553, 1554, 1555, 1556, 1557, 1558, 1559, 1560, 1561, 1562, 1563, 1564, 1565, 1566, 1567, 1568, 1569, 1570, 1571, 1572, 1573, 1574, 1575, 1576, 1577, 1578, 1579, 1580, 1581, 1582, 1632, 1633, 1634, 1635, 1636, 1637, 1638, 1639, 1640, 1641, 1642, 1643, 1644, 1645, 1646, 1647, 1648, 1649, 1650, 1651, 1652, 1653, 1654, 1655, 1656, 1657, 1658, 1660, 1661, 1662, 1663, 1664, 1665, 1666, 1667, 1668, 1669, 1670, 1671, 1672, 1673, 1674, 1675, 1784, 1785, 1786, 1787, 1788, 1789, 1790, 1791, 1792, 1793, 1794, 1795, 1796, 1797, 1798, 1799, 1800, 1801, 1802, 1803, 1804, 1805, 1806, 1807, 1808, 1809, 1810, 1811, 1812, 1813, 1814, 1815, 1960, 1961, 1962, 1963, 1964, 1965, 1966, 1967, 1968, 1969, 1970, 1971, 1972, 1973, 1974, 1975, 1976, 1977, 1978, 1979, 1980, 1981, 1982, 1983, 1984, 1985, 1986, 1987, 1988, 1989, 1990, 1991, 1992, 1993, 1994, 1995, 1996, 1997, 1998, 1999, 2000, 2001, 2002, 2003, 2004, 2005, 2006, 2007, 2008, 2009, 2010, 2011, 2012, 2013, 2014, 2015, 2016, 2056, 2057, 2058, 2059, 2060, 2061, 2062, 2063, 2064, 2065, 2066, 2067, 2068, 2069, 2070, 2071, 2072, 2073, 2074, 2075, 2076, 2077, 2078, 2079, 2080, 2081, 2082, 2083, 2084, 2085, 2086, 2087, 2088, 2089, 2090, 2091, 2092, 2093, 2094, 2095, 2096, 2097, 2098, 2563, 2564, 2565, 2566, 2567, 2568, 2569, 2570, 2571, 2572, 2573, 2574, 2575, 2576, 2577, 2578, 2579, 2580, 2581, 2582, 2583, 2584, 2585, 2586, 2587, 2588, 2589, 2590, 2591, 2592, 2593, 2594, 2595, 2596, 2597, 2598, 2599, 2600, 2601, 2602, 2603, 2604, 2605, 2606, 2607, 2608, 2609, 2610, 2611, 2612, 2613, 2614, 2615, 2616, 2617, 2618, 2619, 2620, 2621, 2622, 2623, 2624, 2625, 2784, 2785, 2786, 2787, 2788, 2789, 2790, 2791, 2792, 2793, 2794, 2795, 2796, 2797, 2798, 2799, 2800, 2801, 2802, 2803, 2804, 2805, 2806, 2807, 2808, 2809, 2810, 2811, 2812, 2813, 2814, 2815, 2816, 2817, 2818, 2819, 2820, 2821, 2822, 2823, 2824, 2825, 2826, 2827, 2828, 2829, 2830, 2831, 2832, 2833, 2834, 2835, 2836, 2837, 2838, 2839, 2840, 2841, 2842, 2843, 2844, 2845, 2846, 2847, 3860, 3861, 3862, 3863, 3864, 3865, 3866, 3867, 3868, 3869, 3870, 3871, 3872, 3873, 3874, 3875, 3876, 3877, 3878, 3879, 4112, 4113, 4114, 4115, 4116, 4117, 4118, 4119, 4120, 4121, 4122, 4123, 4124, 4125, 4126, 4127, 4128, 4129, 4130, 4131]), Anchor::All(&[Anchor::Lits(&[234, 235, 236, 237, 238, 239, 240, 241, 242, 243, 244, 245, 246, 247, 248, 249, 250, 251, 257, 258, 259, 260, 261, 262, 263, 264, 265, 266, 267, 268, 269, 270, 271, 272, 273, 274, 1720, 1721, 1722, 1723, 1724, 1725, 1726, 1727, 1728, 1729, 1730, 1731, 1732, 1733, 1734, 1735, 1736, 1737]), Anchor::Lits(&[523, 587, 611, 763, 772, 1347, 1355, 1364, 1512, 1739, 2275, 2283, 2380, 2414, 2425, 2764, 3372]), Anchor::Lits(&[47, 112, 367, 634, 2236, 2366])])])),
            // permission-to-ignore
            (8, Anchor::All(&[Anchor::Lits(&[279, 520, 1418, 1419, 1420, 1452, 1456, 1457, 1458, 1459, 1460, 1461, 1462, 1463, 1464, 1465, 1474, 1583, 1584, 1588, 2203, 3619, 3647, 3685, 3686, 3688, 3689, 3694, 3699, 3700, 3701, 3706, 3707, 3858, 4082, 4088, 4090, 4091, 4096, 4137]), Anchor::Lits(&[224, 225, 226, 227, 229, 230, 276, 277, 396, 457, 523, 587, 608, 611, 623, 628, 763, 772, 915, 961, 1088, 1345, 1346, 1355, 1364, 1490, 1491, 1492, 1493, 1512, 1739, 1767, 1874, 1875, 1876, 1877, 2222, 2242, 2275, 2283, 2352, 2372, 2380, 2414, 2424, 2434, 2436, 2437, 2440, 2441, 2442, 2444, 2445, 2448, 2449, 2478, 2480, 2481, 2482, 2483, 2764, 3372, 3383]), Anchor::Lits(&[397, 434, 462, 780, 805, 962, 1133, 1426, 2147, 2546, 3475])])),
            // suspend-own-instructions
            (10, Anchor::All(&[Anchor::Lits(&[1676, 1677, 1678, 1679, 1680, 1682, 1683, 1684, 1685, 1686, 1687, 1688, 1689, 1690, 1691, 1694, 1695, 1696, 1697, 1698, 1699, 1700, 1701, 1702, 1703, 1704, 1705, 1706, 1707, 1708, 2179, 2180, 2181, 2182, 2183, 2184, 2185, 2186, 2187, 2188, 2189, 2190, 2191, 2192, 2193, 2206, 2207, 2208, 2209, 2210, 2211, 2212, 2213, 2214, 2215, 2216, 2217, 2218, 2219, 2220, 2310, 2311, 2312, 2313, 2314, 2322, 2323, 2324, 2325, 2326, 2327, 2328, 2329, 2330, 2335, 2493, 2494, 2495, 2496, 2497, 2503, 2504, 2505, 2506, 2507, 2508, 2509, 2510, 2511, 2513, 2514, 2515, 2516, 2517, 2518, 2519, 2520, 2521, 2522, 2523, 2524, 2525, 2526, 2527, 2528, 2726, 2727, 2728, 2729, 2730, 2740, 2741, 2743, 2744, 2747, 2750, 2752, 2753, 2754, 2756, 3384, 3385, 3386, 3387, 3388, 3397, 3398, 3400, 3401, 3404, 3407, 3409, 3410, 3412, 3413]), Anchor::Lits(&[67, 224, 225, 226, 227, 229, 230, 276, 277, 396, 457, 523, 587, 608, 611, 763, 772, 915, 961, 1087, 1345, 1346, 1355, 1364, 1490, 1491, 1493, 1512, 1739, 1767, 1874, 1877, 2222, 2223, 2242, 2275, 2283, 2307, 2352, 2380, 2414, 2424, 2433, 2478, 2480, 2481, 2482, 2483, 2764, 3372, 3383]), Anchor::Lits(&[232, 282, 370, 2017, 2054, 2055, 2099, 3370])])),
            // reveal-own-instructions
            (12, Anchor::Lits(&[3741, 3742, 3763, 3764, 3765, 3766, 3767, 3801, 3811, 3856, 3857, 3883, 3893, 3894, 3895, 3896, 3897, 3898, 3908, 3918, 3919, 3929, 3930, 3940, 3941, 3942, 3943, 3944, 3945, 3946, 3947, 3948, 3949, 3950, 3951, 3961, 3962, 3963, 4018, 4028, 4029, 4030, 4049, 4050, 4078, 4079, 4080])),
            // reveal-system-prompt
            (13, Anchor::Lits(&[53, 54, 55, 56, 57, 58, 59, 60, 61, 62, 63, 595, 596, 597, 598, 599, 600, 601, 602, 603, 604, 605, 741, 742, 743, 744, 745, 746, 748, 749, 750, 751, 753, 1377, 1378, 1379, 1380, 1382, 1384, 1385, 1386, 1387, 1388, 1389, 1477, 1478, 1479, 1480, 1481, 1483, 1484, 1485, 1486, 1487, 1488, 1530, 1531, 1532, 1533, 1534, 1535, 1536, 1537, 1538, 1539, 1540, 1863, 1864, 1865, 1866, 1867, 1868, 1869, 1870, 1871, 1872, 1873, 2112, 2113, 2114, 2115, 2116, 2117, 2118, 2119, 2120, 2121, 2122, 2129, 2130, 2131, 2132, 2133, 2135, 2136, 2137, 2138, 2139, 2140, 2226, 2227, 2228, 2229, 2230, 2231, 2232, 2233, 2234, 2235, 2239, 2259, 2260, 2261, 2262, 2263, 2264, 2265, 2266, 2267, 2268, 2269, 2338, 2339, 2340, 2341, 2342, 2343, 2344, 2345, 2346, 2347, 2348, 2465, 2466, 2467, 2468, 2469, 2470, 2471, 2472, 2473, 2474, 2475, 2653, 2654, 2655, 2656, 2657, 2658, 2659, 2660, 2661, 2662, 2663, 2758, 2759, 2760, 2761, 2763, 2764, 2779, 2780, 2781, 2782, 2783, 3425, 3426, 3427, 3428, 3429, 3430, 3431, 3432, 3433, 3434, 3435, 3464, 3465, 3466, 3467, 3468, 3469, 3470, 3471, 3472, 3473, 3474])),
            // what-others-told-you
            (14, Anchor::Any(&[Anchor::Lits(&[34, 35, 36, 37, 38, 39, 40, 41, 42, 43, 44, 45, 46, 293, 299, 300, 301, 302, 328, 330, 333, 355, 356, 357, 358, 362, 2245, 2246, 2247, 2248, 2249, 2250, 2251, 2252, 2254, 2255, 2256, 2257, 2258]), Anchor::All(&[Anchor::Lits(&[252, 253, 254, 255, 1248, 1249, 1250, 1251, 1288, 1289, 1292, 1293, 1502, 1503, 1504, 1505, 2271, 2272, 2273, 2274, 2320, 2321, 2332, 2333, 2453, 2454, 2455, 2456, 2489, 2490, 2491, 2492, 2857, 2858, 2859, 2860, 2861, 2862, 2863, 2864, 3366, 3367, 3368, 3369, 3608, 3609, 3610, 3611, 3615, 3616, 3617, 3618]), Anchor::Lits(&[68, 197, 1014, 3482])])])),
            // reveal-what-you-were-told
            (15, Anchor::Any(&[Anchor::Lits(&[3485, 3486, 3487]), Anchor::All(&[Anchor::Lits(&[3488, 3489, 3490, 3491, 3532, 3533, 3534, 3535, 3536, 3537, 3538, 3539, 3540, 3541, 3542, 3543, 3544, 3545]), Anchor::Lits(&[606, 611, 633, 763, 772, 1090, 1347, 1364, 1483, 1512, 2205, 2222, 2224, 2275, 2283, 2380, 2414, 2512, 2764, 3372])]), Anchor::All(&[Anchor::Lits(&[3635, 3636, 3637, 3638, 3639, 3640, 3641, 3642, 3643, 3644, 3645, 3646, 3664, 3665, 3666, 3703, 3737, 3739, 3769, 3770, 3771, 3772, 3773, 3774, 3775, 3776, 3777, 3778, 3779, 3780, 3783, 3786, 3787, 3789, 3790, 3792, 3794, 3797, 3798, 3799, 3821, 3822, 3823, 3824, 3825, 3826, 3827, 3828, 3829, 3830, 3831, 3832, 3836, 3839, 3840, 3842, 3843, 3846, 3848, 3851, 3852, 3853, 3859, 4085, 4086, 4087]), Anchor::Lits(&[524, 525, 526, 527, 528, 529, 530, 588, 589, 590, 591, 592, 593, 594, 612, 613, 614, 615, 616, 617, 618, 764, 765, 766, 767, 768, 769, 770, 773, 774, 775, 776, 777, 778, 779, 1348, 1349, 1350, 1351, 1352, 1353, 1354, 1356, 1357, 1358, 1359, 1360, 1361, 1362, 1365, 1366, 1367, 1368, 1369, 1370, 1371, 1507, 1508, 1509, 1510, 1511, 1514, 1515, 1516, 1518, 1519, 1521, 1522, 1528, 1529, 1740, 1741, 1742, 1743, 1744, 1745, 1746, 2276, 2277, 2278, 2279, 2280, 2281, 2282, 2285, 2286, 2287, 2290, 2291, 2292, 2293, 2294, 2296, 2297, 2298, 2299, 2300, 2301, 2382, 2383, 2384, 2385, 2386, 2387, 2388, 2415, 2416, 2417, 2418, 2419, 2420, 2421, 2426, 2427, 2428, 2429, 2430, 2431, 2432, 2765, 2766, 2767, 2768, 2769, 2770, 2771, 2772, 2773, 2774, 2775, 2776, 2777, 2778, 3373, 3374, 3375, 3376, 3377, 3378, 3379])]), Anchor::All(&[Anchor::Lits(&[619, 620, 621, 736, 737, 738, 1381, 1383, 1390, 1471, 1472, 1473, 1779, 1780, 1781, 1845, 1846, 1847, 2451, 2452, 2457, 2649, 2650, 2651, 2667, 2668, 2669, 3612, 3613, 3614]), Anchor::Lits(&[3482])]), Anchor::All(&[Anchor::Lits(&[3483, 3484, 3531, 3546, 3547]), Anchor::Lits(&[275, 284, 452, 906, 1482, 1541, 1542, 1950, 2134, 2241])])])),
            // reveal-context-contents
            (19, Anchor::Any(&[Anchor::Lits(&[1495, 1496, 1497, 1498, 1499, 1500, 1501, 1517, 1520, 1523, 1524, 1525, 1526, 1527, 1848, 1850, 1851, 1852, 1853, 1854, 1855, 1856, 1857, 1858, 1859, 1860, 1861, 1862, 2288, 2295, 2302, 2303, 2304, 2305, 2306]), Anchor::All(&[Anchor::Lits(&[365, 366, 460, 461, 625, 626, 630, 631, 638, 639, 913, 914, 1775, 1776, 1777, 1778, 2175, 2176, 2177, 2178, 2194, 2195, 2355, 2356, 2370, 2371, 2476, 2477, 2485, 2486, 2487, 2488, 2664, 2665, 2867, 2868, 3364, 3365, 3380, 3381, 3599, 3600]), Anchor::Lits(&[607, 632, 637, 1512, 1844, 2224, 2283, 2414])])])),
            // unrestricted-mode
            (27, Anchor::Any(&[Anchor::Lits(&[110, 111, 458, 712, 747, 752, 904, 1018, 1189, 1294, 1374, 1610, 1629, 1754, 1918, 1919, 1921, 1944, 2048, 2126, 2350, 2652, 2716, 3417, 3419, 3420, 3445, 3452, 3454, 3458, 3459]), Anchor::All(&[Anchor::Lits(&[110, 111, 458, 712, 747, 752, 904, 1018, 1189, 1294, 1374, 1610, 1629, 1754, 1918, 1919, 1921, 1944, 2048, 2126, 2350, 2652, 2716, 3417, 3419, 3420, 3445, 3452, 3454, 3458, 3459]), Anchor::Lits(&[50, 51, 92, 114, 231, 278, 280, 395, 909, 910, 911, 912, 1295, 1297, 1344, 1489, 1951, 2124, 2204, 2331, 2334, 2336, 2357, 2363, 2368, 2423, 2674, 2738, 2739, 2755, 3411, 3453, 3481, 3623])])])),
            // unrestricted-persona
            (29, Anchor::All(&[Anchor::Lits(&[48, 49, 113, 283, 368, 369, 459, 521, 635, 907, 908, 1296, 1468, 2123, 2221, 2237, 2238, 2270, 2351, 2362, 2367, 2369, 2408, 2411, 2544, 2545, 2648, 2666, 2848, 3382, 3396, 3619, 3708, 3858, 4081, 4138]), Anchor::Any(&[Anchor::Lits(&[109, 115, 455, 640, 711, 754, 831, 1017, 1373, 1375, 1467, 1624, 1693, 1710, 1753, 1819, 1878, 1916, 1917, 1920, 1943, 1945, 2349, 2410, 2413, 3414, 3415, 3418, 3421, 3424, 3443, 3444, 3451, 3455, 3456, 3457, 3460, 3574, 3575, 3576, 3578, 3579, 3580, 3581, 3582, 3583, 3584, 3585, 3586, 3587, 3588, 3589, 3590, 3591, 3592, 3593, 3594, 3595, 3596, 3597, 3598]), Anchor::All(&[Anchor::Lits(&[2870, 2871, 2872, 2873, 2874, 2875, 2876, 2878, 2879, 2880, 2881, 2882, 2883, 3548, 3549, 3550, 3551, 3552, 3553, 3554, 3555, 3556, 3557, 3558, 3559, 3560, 3561, 3562, 3563, 3564, 3565, 3566, 3567, 3568, 3569, 3570, 3571, 3572, 3573]), Anchor::Lits(&[396, 961, 1088, 1364, 1512, 1767, 1877, 2222, 2380, 2414, 2433])])])])),
            // no-restrictions
            (31, Anchor::Any(&[Anchor::Lits(&[481, 482, 483, 484, 485, 486, 492, 493, 494, 495, 496, 497, 501, 502, 503, 504, 505, 506, 647, 648, 649, 650, 651, 652, 658, 659, 660, 661, 662, 663, 667, 668, 669, 670, 671, 672, 1305, 1306, 1307, 1308, 1309, 1310, 1316, 1317, 1318, 1319, 1320, 1321, 1325, 1326, 1327, 1328, 1329, 1330, 2912, 2913, 2914, 2915, 2916, 2917, 2923, 2924, 2925, 2926, 2927, 2928, 2932, 2933, 2934, 2935, 2936, 2937, 2957, 2958, 2959, 2960, 2961, 2962, 2968, 2969, 2970, 2971, 2972, 2973, 2977, 2978, 2979, 2980, 2981, 2982, 3043, 3044, 3045, 3046, 3047, 3048, 3054, 3055, 3056, 3057, 3058, 3059, 3063, 3064, 3065, 3066, 3067, 3068, 3185, 3186, 3187, 3188, 3189, 3190, 3196, 3197, 3198, 3199, 3200, 3201, 3205, 3206, 3207, 3208, 3209, 3210, 3230, 3231, 3232, 3233, 3234, 3235, 3241, 3242, 3243, 3244, 3245, 3246, 3250, 3251, 3252, 3253, 3254, 3255, 3275, 3276, 3277, 3278, 3279, 3280, 3286, 3287, 3288, 3289, 3290, 3291, 3295, 3296, 3297, 3298, 3299, 3300, 3657, 3658, 3659, 3660, 3661, 3662, 3712, 3713, 3714, 3715, 3716, 3717, 3721, 3722, 3723, 3724, 3725, 3726, 3979, 3980, 3981, 3982, 3983, 3984, 3990, 3991, 3992, 3993, 3994, 3995, 3999, 4000, 4001, 4002, 4003, 4004]), Anchor::All(&[Anchor::Lits(&[457, 608, 624, 627, 628, 961, 1347, 1364, 1739, 1768, 1875, 1876, 1877, 2242, 2372, 2380, 2422, 2425, 2438, 2441, 2447, 2450]), Anchor::Lits(&[476, 477, 478, 487, 488, 489, 490, 498, 499, 500, 507, 508, 509, 510, 511, 512, 513, 514, 515, 516, 519, 642, 643, 644, 653, 654, 655, 656, 664, 665, 666, 673, 674, 675, 676, 677, 678, 679, 680, 681, 682, 685, 1300, 1301, 1302, 1311, 1312, 1313, 1314, 1322, 1323, 1324, 1331, 1332, 1333, 1334, 1335, 1336, 1337, 1338, 1339, 1340, 1343, 2907, 2908, 2909, 2918, 2919, 2920, 2921, 2929, 2930, 2931, 2938, 2939, 2940, 2941, 2942, 2943, 2944, 2945, 2946, 2947, 2950, 2952, 2953, 2954, 2963, 2964, 2965, 2966, 2974, 2975, 2976, 2983, 2984, 2985, 2986, 2987, 2988, 2989, 2990, 2991, 2992, 2995, 3038, 3039, 3040, 3049, 3050, 3051, 3052, 3060, 3061, 3062, 3069, 3070, 3071, 3072, 3073, 3074, 3075, 3076, 3077, 3078, 3081, 3180, 3181, 3182, 3191, 3192, 3193, 3194, 3202, 3203, 3204, 3211, 3212, 3213, 3214, 3215, 3216, 3217, 3218, 3219, 3220, 3223, 3225, 3226, 3227, 3236, 3237, 3238, 3239, 3247, 3248, 3249, 3256, 3257, 3258, 3259, 3260, 3261, 3262, 3263, 3264, 3265, 3268, 3270, 3271, 3272, 3281, 3282, 3283, 3284, 3292, 3293, 3294, 3301, 3302, 3303, 3304, 3305, 3306, 3307, 3308, 3309, 3310, 3313, 3621, 3630, 3634, 3675, 3683, 3684, 3702, 3718, 3719, 3720, 3727, 3728, 3729, 3730, 3731, 3732, 3733, 3734, 3736, 3738, 3974, 3975, 3976, 3985, 3986, 3987, 3988, 3996, 3997, 3998, 4005, 4006, 4007, 4008, 4009, 4010, 4011, 4012, 4013, 4014, 4017, 4139])]), Anchor::All(&[Anchor::Lits(&[396, 457, 608, 611, 628, 961, 1088, 1347, 1364, 1739, 1767, 1875, 1876, 1877, 2222, 2242, 2275, 2372, 2380, 2414, 2425, 2441]), Anchor::Lits(&[475, 479, 480, 482, 485, 487, 488, 489, 491, 517, 518, 641, 645, 646, 648, 651, 653, 654, 655, 657, 683, 684, 1299, 1303, 1304, 1306, 1309, 1311, 1312, 1313, 1315, 1341, 1342, 2906, 2910, 2911, 2913, 2916, 2918, 2919, 2920, 2922, 2948, 2949, 2951, 2955, 2956, 2958, 2961, 2963, 2964, 2965, 2967, 2993, 2994, 3037, 3041, 3042, 3044, 3047, 3049, 3050, 3051, 3053, 3079, 3080, 3179, 3183, 3184, 3186, 3189, 3191, 3192, 3193, 3195, 3221, 3222, 3224, 3228, 3229, 3231, 3234, 3236, 3237, 3238, 3240, 3266, 3267, 3269, 3273, 3274, 3276, 3279, 3281, 3282, 3283, 3285, 3311, 3312, 3619, 3655, 3656, 3658, 3661, 3675, 3683, 3684, 3704, 3973, 3977, 3978, 3980, 3983, 3985, 3986, 3987, 3989, 4015, 4016, 4101, 4109]), Anchor::Lits(&[52, 233, 256, 1417, 1466, 1470, 1709, 2236, 2717, 3109])])])),
            // rules-do-not-apply
            (32, Anchor::Any(&[Anchor::All(&[Anchor::Lits(&[200, 201, 202, 203, 204, 205, 206, 207, 208, 209, 210, 211, 212, 213, 214, 215, 216, 217, 218, 219, 220, 221, 222, 223, 371, 372, 373, 374, 375, 376, 377, 378, 379, 380, 381, 382, 383, 384, 385, 386, 387, 388, 389, 390, 391, 392, 393, 394, 563, 564, 565, 566, 567, 568, 569, 570, 571, 572, 573, 574, 575, 576, 577, 578, 579, 580, 581, 582, 583, 584, 585, 586, 686, 687, 688, 689, 690, 691, 692, 693, 694, 695, 696, 697, 698, 699, 700, 701, 702, 703, 704, 705, 706, 707, 708, 709, 1063, 1064, 1065, 1066, 1067, 1068, 1069, 1070, 1071, 1072, 1073, 1074, 1075, 1076, 1077, 1078, 1079, 1080, 1081, 1082, 1083, 1084, 1085, 1086, 1391, 1392, 1393, 1394, 1395, 1396, 1397, 1398, 1399, 1400, 1401, 1402, 1403, 1404, 1405, 1406, 1407, 1408, 1409, 1410, 1411, 1412, 1413, 1414, 1747, 1748, 1749, 1750, 1751, 1752, 1755, 1756, 1757, 1758, 1759, 1760, 1761, 1762, 1763, 1764, 1765, 1766, 1769, 1770, 1771, 1772, 1773, 1774, 1820, 1821, 1822, 1823, 1824, 1825, 1826, 1827, 1828, 1829, 1830, 1831, 1832, 1833, 1834, 1835, 1836, 1837, 1838, 1839, 1840, 1841, 1842, 1843, 2373, 2374, 2375, 2376, 2377, 2378, 2389, 2390, 2391, 2392, 2393, 2394, 2395, 2396, 2397, 2398, 2399, 2400, 2401, 2402, 2403, 2404, 2405, 2406]), Anchor::Lits(&[396, 457, 523, 587, 608, 611, 628, 763, 772, 961, 1088, 1347, 1355, 1364, 1512, 1739, 1767, 1875, 1876, 1877, 2222, 2242, 2275, 2283, 2372, 2380, 2414, 2425, 2441, 2764, 3372])]), Anchor::All(&[Anchor::Lits(&[755, 756, 757, 758, 759, 760, 761, 762, 832, 833, 834, 835, 836, 837, 838, 839, 841, 842, 850, 857, 870, 871, 884, 891, 1899, 1900, 1903, 1910, 1924, 1925, 1927, 1934]), Anchor::Lits(&[396, 457, 523, 587, 608, 611, 628, 763, 772, 961, 1088, 1347, 1355, 1364, 1512, 1739, 1767, 1875, 1876, 1877, 2222, 2242, 2275, 2283, 2372, 2380, 2414, 2425, 2441, 2764, 3372])])])),
            // no-rules-apply
            (33, Anchor::Any(&[Anchor::Lits(&[3086]), Anchor::All(&[Anchor::Lits(&[3125, 3126, 3127, 3128, 3129, 3130, 3131, 3134]), Anchor::Lits(&[396, 1088, 1347, 1364, 1739, 1767, 2380, 2414])])])),
            // freed-from-limits
            (34, Anchor::All(&[Anchor::Lits(&[398, 399, 433, 919, 920, 1062, 1188, 1190, 1711, 1926, 1933, 1936, 1947, 1948, 1949, 2354, 3416, 3422, 3423, 3461]), Anchor::Lits(&[396, 457, 523, 587, 608, 611, 628, 763, 772, 961, 1088, 1347, 1355, 1364, 1512, 1739, 1767, 1875, 1876, 1877, 2222, 2242, 2275, 2283, 2372, 2380, 2414, 2425, 2441, 2764, 3372])])),
            // pre-safety-self
            (36, Anchor::Lits(&[285, 286, 287, 288, 289, 290, 291, 292, 294, 295, 296, 297, 298, 303, 304, 326, 327, 329, 331, 332, 359, 360, 361, 363, 364, 2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026, 2027, 2029, 2030, 2031, 2032, 2033, 2034, 2035, 2036, 2037, 2038, 2039, 2040, 2041, 2042, 2043, 2044, 2045, 2046])),
            // stay-in-character
            (37, Anchor::Lits(&[843, 844, 856, 877, 878, 890, 1681, 1901, 1902, 1909, 2358, 2671, 2672, 2673, 2675, 2676, 2677, 2678, 2679, 2680, 2681, 2682, 2683, 2684])),
            // jailbreak
            (38, Anchor::Lits(&[609, 610, 1246, 1247, 1453, 1454, 1455, 1585, 1586, 1587, 1589, 1590, 1591, 1592, 1593, 1594, 1595, 1596, 1597, 1598, 1599, 1600, 1601, 1602, 1603, 1604, 1605, 1606, 1607, 1609, 1610, 1611, 1613, 1614, 1615, 1616, 1617, 1619, 1623, 1625, 1626, 1627, 1628, 1629, 1630, 1631, 1952, 1953, 2243, 2458, 3479, 3480, 3625, 3626, 3692, 3693, 3880, 3881, 4094, 4095])),
            // evil-twin
            (39, Anchor::Lits(&[3743, 3744, 3745, 3746, 3747, 3748, 3749, 3750, 3751, 3802, 3803, 3804, 3805, 3806, 3807, 3808, 3809, 3810, 3884, 3885, 3886, 3887, 3888, 3889, 3890, 3891, 3892, 3899, 3900, 3901, 3902, 3903, 3904, 3905, 3906, 3907, 3909, 3910, 3911, 3912, 3913, 3914, 3915, 3916, 3917, 3920, 3921, 3922, 3923, 3924, 3925, 3926, 3927, 3928, 3931, 3932, 3933, 3934, 3935, 3936, 3937, 3938, 3939, 3952, 3953, 3954, 3955, 3956, 3957, 3958, 3959, 3960, 3964, 3965, 3966, 3967, 3968, 3969, 3970, 3971, 3972, 4019, 4020, 4021, 4022, 4023, 4024, 4025, 4026, 4027, 4031, 4032, 4033, 4034, 4035, 4036, 4037, 4038, 4039, 4040, 4041, 4042, 4043, 4044, 4045, 4046, 4047, 4048, 4051, 4052, 4053, 4054, 4055, 4056, 4057, 4058, 4059, 4060, 4061, 4062, 4063, 4064, 4065, 4066, 4067, 4068, 4069, 4070, 4071, 4072, 4073, 4074, 4075, 4076, 4077])),
            // disable-safety
            (40, Anchor::Any(&[Anchor::Lits(&[3, 6, 7, 8, 10, 400, 401, 402, 403, 404, 405, 406, 407, 408, 409, 410, 411, 412, 413, 414, 415, 416, 417, 418, 419, 420, 421, 422, 423, 424, 425, 426, 427, 428, 429, 430, 431, 432, 437, 441, 442, 443, 444, 446, 447, 448, 449, 451, 463, 464, 465, 466, 467, 469, 470, 471, 472, 474, 715, 717, 718, 719, 721, 723, 724, 725, 726, 728, 730, 731, 732, 733, 735, 781, 783, 784, 785, 787, 789, 790, 791, 792, 794, 808, 813, 816, 817, 818, 820, 821, 822, 823, 825, 917, 918, 921, 922, 923, 924, 925, 926, 927, 928, 929, 930, 931, 933, 934, 935, 936, 938, 939, 940, 941, 942, 943, 944, 945, 946, 947, 948, 949, 950, 952, 953, 954, 955, 963, 964, 965, 966, 968, 970, 971, 972, 973, 975, 1140, 1143, 1144, 1145, 1148, 1151, 1152, 1153, 1155, 1157, 1192, 1193, 1194, 1195, 1197, 1199, 1200, 1201, 1202, 1203, 1253, 1254, 1255, 1256, 1258, 1259, 1260, 1261, 1262, 1263, 1264, 1265, 1266, 1267, 1268, 1269, 1270, 1271, 1272, 1273, 1274, 1276, 1277, 1278, 1279, 1280, 1282, 1283, 1284, 1285, 1287, 1429, 1432, 1433, 1434, 1436, 1444, 1447, 1448, 1449, 1451, 1608, 1612, 1618, 1620, 1622, 1713, 1715, 1716, 1717, 1719, 1885, 1886, 1887, 1888, 1890, 1892, 1893, 1894, 1895, 1897, 2150, 2153, 2154, 2155, 2157, 2161, 2164, 2165, 2166, 2168, 2530, 2531, 2532, 2533, 2535, 2537, 2538, 2539, 2540, 2542, 2710, 2711, 2712, 2713, 2715, 2719, 2721, 2722, 2723, 2725, 2732, 2733, 2734, 2735, 2737, 2745, 2746, 2748, 2749, 2751, 2850, 2851, 2852, 2853, 2855, 3390, 3391, 3392, 3393, 3395, 3402, 3403, 3405, 3406, 3408, 3437, 3438, 3439, 3440, 3442, 3602, 3603, 3604, 3605, 3607]), Anchor::All(&[Anchor::Lits(&[224, 225, 226, 227, 228, 229, 230, 276, 277, 457, 623, 627, 628, 629, 915, 956, 957, 958, 959, 960, 961, 1089, 1345, 1346, 1490, 1491, 1492, 1493, 1874, 1877, 2289, 2352, 2381, 2424, 2434, 2435, 2436, 2437, 2439, 2440, 2441, 2442, 2443, 2444, 2445, 2446, 2447, 2448, 2449, 2450, 2478, 2479, 2480, 2481, 2482, 2483, 2484, 3383]), Anchor::Lits(&[0, 281, 397, 434, 462, 714, 722, 729, 780, 788, 805, 826, 858, 892, 903, 916, 937, 962, 969, 1133, 1191, 1198, 1252, 1275, 1281, 1372, 1426, 1441, 1692, 1712, 1816, 1817, 1884, 1891, 1935, 2147, 2158, 2353, 2359, 2361, 2529, 2536, 2543, 2546, 2687, 2708, 2709, 2718, 2731, 2742, 2849, 3389, 3399, 3436, 3478, 3577, 3601])]), Anchor::All(&[Anchor::Lits(&[9, 108, 199, 445, 450, 468, 473, 720, 727, 734, 786, 793, 819, 824, 932, 951, 967, 974, 1016, 1154, 1156, 1196, 1257, 1286, 1435, 1450, 1621, 1718, 1889, 1896, 2028, 2156, 2167, 2534, 2541, 2714, 2724, 2736, 2750, 2854, 3172, 3394, 3407, 3441, 3606]), Anchor::Lits(&[67, 396, 587, 608, 611, 772, 961, 1087, 1347, 1364, 1512, 1739, 1767, 1877, 2222, 2223, 2242, 2275, 2307, 2380, 2414, 2425, 2433, 3372])])])),
            // safety-declared-off
            (41, Anchor::All(&[Anchor::Lits(&[67, 224, 225, 226, 227, 228, 229, 230, 276, 277, 457, 623, 627, 628, 629, 915, 956, 957, 958, 959, 960, 961, 1089, 1345, 1346, 1490, 1491, 1492, 1493, 1874, 1877, 2289, 2352, 2381, 2424, 2434, 2435, 2436, 2437, 2439, 2440, 2441, 2442, 2443, 2444, 2445, 2446, 2447, 2448, 2449, 2450, 2478, 2479, 2480, 2481, 2482, 2483, 2484, 3383]), Anchor::Lits(&[439, 453, 454, 716, 739, 782, 1298, 1469, 1714, 1923, 1946, 2017, 2146, 2197, 2360, 2407, 2409, 2720, 3476, 3477])])),
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
aiiboundaries\
aiicensorship\
aiicommands\
aiiconditioning\
aiiconscience\
aiiconstraints\
aiicontentpoiicies\
aiicontentpoiicy\
aiidirections\
aiidirectives\
aiiethicaiguideiines\
aiiethics\
aiifiiters\
aiignment\
aiiguardraiis\
aiiguidance\
aiiguideiines\
aiiiimitations\
aiiiimits\
aiiinstructions\
aiimoraicompass\
aiimoraiguideiines\
aiimoraiity\
aiimorais\
aiiow\
aiipoiicies\
aiiprincipies\
aiiprogramming\
aiiprompt\
aiirestraint\
aiirestrictions\
aiiruies\
aiisafeguards\
aiisafetyfiiters\
aiisafetyguideiines\
aiisafetymeasures\
aiisafetyruies\
aiisystemmessage\
aiisystemprompt\
aiitraining\
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
anyboundaries\
anycensorship\
anycommands\
anyconditioning\
anyconscience\
anyconstraints\
anycontentpoiicies\
anycontentpoiicy\
anydirections\
anydirectives\
anyethicaiguideiines\
anyethics\
anyfiiters\
anyguardraiis\
anyguidance\
anyguideiines\
anyiimitations\
anyiimits\
anyinstructions\
anymoraicompass\
anymoraiguideiines\
anymoraiity\
anymorais\
anypoiicies\
anyprincipies\
anyprogramming\
anyprompt\
anyrestraint\
anyrestrictions\
anyruies\
anysafeguards\
anysafetyfiiters\
anysafetyguideiines\
anysafetymeasures\
anysafetyruies\
anysystemmessage\
anysystemprompt\
anything\
anytraining\
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
beforethat\
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
directives\
directivesare\
directivesdid\
directivesdo\
directiveshad\
directiveshave\
directiveswas\
directiveswere\
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
dismiss\
dismissaii\
dismissany\
dismisseach\
dismissevery\
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
donotieaveincharacter\
donotmatter\
donotneed\
donotobey\
donotobeyaii\
donotobeyany\
donotobeyeach\
donotobeyevery\
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
dontieaveincharacter\
dontmatter\
dontneed\
dontobey\
dontobeyaii\
dontobeyany\
dontobeyeach\
dontobeyevery\
dontworryabout\
dontworryaboutaii\
dontworryaboutany\
dontworryabouteach\
dontworryaboutevery\
drop\
dudemode\
each\
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
everyboundaries\
everycensorship\
everycommands\
everyconditioning\
everyconscience\
everyconstraints\
everycontentpoiicies\
everycontentpoiicy\
everydirections\
everydirectives\
everyethicaiguideiines\
everyethics\
everyfiiters\
everyguardraiis\
everyguidance\
everyguideiines\
everyiimitations\
everyiimits\
everyinstructions\
everymoraicompass\
everymoraiguideiines\
everymoraiity\
everymorais\
everypoiicies\
everyprincipies\
everyprogramming\
everyprompt\
everyrestraint\
everyrestrictions\
everyruies\
everysafeguards\
everysafetyfiiters\
everysafetyguideiines\
everysafetymeasures\
everysafetyruies\
everysystemmessage\
everysystemprompt\
everything\
everytraining\
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
guideiines\
guideiinesare\
guideiinesdid\
guideiinesdo\
guideiineshad\
guideiineshave\
guideiineswas\
guideiineswere\
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
initiaiiy\
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
inthesystemprompt\
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
neverieaveincharacter\
nevermatter\
nevermind\
nevermindaii\
nevermindany\
nevermindeach\
nevermindevery\
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
roiepiayas\
ruie\
ruiebreaking\
ruies\
ruiesare\
ruiesdid\
ruiesdo\
ruieshad\
ruieshave\
ruieswas\
ruieswere\
ruieswhatsoever\
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
stopiisteningto\
stopiisteningtoaii\
stopiisteningtoany\
stopiisteningtoeach\
stopiisteningtoevery\
stopobeying\
stopobeyingaii\
stopobeyingany\
stopobeyingeach\
stopobeyingevery\
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
thatneverrefuses\
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
theboundaries\
thecensorship\
thecommands\
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
theconditioning\
theconscience\
theconstraints\
thecontentpoiicies\
thecontentpoiicy\
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
thedirections\
thedirectives\
theethicaiguideiines\
theethics\
thefiiters\
theguardraiis\
theguidance\
theguideiines\
theiimitations\
theiimits\
theinstructions\
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
themoraicompass\
themoraiguideiines\
themoraiity\
themorais\
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
thepoiicies\
theprincipies\
theprogramming\
theprompt\
thereareno\
therearezero\
thereisno\
thereiszero\
therereno\
thererezero\
theresno\
therestraint\
therestrictions\
thereszero\
theruies\
thesafeguards\
thesafetyfiiters\
thesafetyguideiines\
thesafetymeasures\
thesafetyruies\
thesystemadded\
thesystemconfigured\
thesystemdefined\
thesystemgave\
thesystemgive\
thesystemimposed\
thesystemmessage\
thesystempiaced\
thesystemprompt\
thesystemput\
thesystemset\
thesystemspecified\
thesystemwrote\
thetraining\
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
thoseboundaries\
thosecensorship\
thosecommands\
thoseconditioning\
thoseconscience\
thoseconstraints\
thosecontentpoiicies\
thosecontentpoiicy\
thosedirections\
thosedirectives\
thoseethicaiguideiines\
thoseethics\
thosefiiters\
thoseguardraiis\
thoseguidance\
thoseguideiines\
thoseiimitations\
thoseiimits\
thoseinstructions\
thosemoraicompass\
thosemoraiguideiines\
thosemoraiity\
thosemorais\
thosepoiicies\
thoseprincipies\
thoseprogramming\
thoseprompt\
thoserestraint\
thoserestrictions\
thoseruies\
thosesafeguards\
thosesafetyfiiters\
thosesafetyguideiines\
thosesafetymeasures\
thosesafetyruies\
thosesystemmessage\
thosesystemprompt\
thosetraining\
throwaway\
throwawayaii\
throwawayany\
throwawayeach\
throwawayevery\
throwout\
throwoutaii\
throwoutany\
throwouteach\
throwoutevery\
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
whateverboundaries\
whatevercensorship\
whatevercommands\
whateverconditioning\
whateverconscience\
whateverconstraints\
whatevercontentpoiicies\
whatevercontentpoiicy\
whateverdirections\
whateverdirectives\
whateverethicaiguideiines\
whateverethics\
whateverfiiters\
whateverguardraiis\
whateverguidance\
whateverguideiines\
whateveriimitations\
whateveriimits\
whateverinstructions\
whatevermoraicompass\
whatevermoraiguideiines\
whatevermoraiity\
whatevermorais\
whateverpoiicies\
whateverprincipies\
whateverprogramming\
whateverprompt\
whateverrestraint\
whateverrestrictions\
whateverruies\
whateversafeguards\
whateversafetyfiiters\
whateversafetyguideiines\
whateversafetymeasures\
whateversafetyruies\
whateversystemmessage\
whateversystemprompt\
whatevertraining\
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
whichneverrefuses\
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
youhaveapprovai\
youhavebeenaiiowed\
youhavebeenasked\
youhavebeenauthorized\
youhavebeencieared\
youhavebeengiven\
youhavebeeninstructed\
youhavebeenjaibroke\
youhavebeenjaiibroke\
youhavebeenpermitted\
youhavebeenprogrammed\
youhavebeentaught\
youhavebeentoid\
youhavebeentrained\
youhavefuiiapprovai\
youhavemyapprovai\
youhavetheapprovai\
youhaving\
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
youvebeenaiiowed\
youvebeenasked\
youvebeenauthorized\
youvebeencieared\
youvebeengiven\
youvebeeninstructed\
youvebeenjaibroke\
youvebeenjaiibroke\
youvebeenpermitted\
youvebeenprogrammed\
youvebeentaught\
youvebeentoid\
youvebeentrained\
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
            ends: &[7, 17, 27, 44, 55, 67, 81, 98, 116, 127, 145, 152, 161, 166, 178, 196, 208, 223, 239, 253, 267, 279, 290, 304, 318, 335, 347, 358, 373, 388, 403, 421, 437, 448, 458, 477, 491, 504, 519, 539, 552, 564, 577, 598, 614, 623, 642, 645, 650, 657, 665, 673, 683, 702, 718, 734, 750, 768, 781, 795, 807, 818, 829, 839, 847, 857, 871, 874, 887, 900, 911, 926, 939, 953, 971, 987, 1000, 1013, 1033, 1042, 1052, 1061, 1074, 1085, 1098, 1112, 1121, 1136, 1151, 1169, 1180, 1189, 1194, 1205, 1218, 1232, 1241, 1253, 1268, 1276, 1289, 1305, 1324, 1341, 1355, 1371, 1386, 1397, 1404, 1410, 1420, 1431, 1437, 1445, 1453, 1468, 1489, 1518, 1551, 1578, 1606, 1632, 1658, 1685, 1699, 1721, 1747, 1767, 1788, 1807, 1826, 1846, 1860, 1882, 1908, 1928, 1949, 1968, 1987, 2007, 2023, 2047, 2075, 2097, 2120, 2141, 2162, 2184, 2198, 2217, 2233, 2246, 2259, 2275, 2290, 2302, 2314, 2332, 2346, 2349, 2362, 2375, 2386, 2401, 2414, 2428, 2446, 2462, 2475, 2488, 2508, 2517, 2527, 2540, 2551, 2564, 2578, 2587, 2602, 2617, 2635, 2646, 2655, 2666, 2679, 2693, 2702, 2714, 2729, 2737, 2750, 2766, 2785, 2802, 2816, 2832, 2847, 2855, 2866, 2873, 2886, 2906, 2920, 2941, 2958, 2969, 2981, 3000, 3013, 3033, 3049, 3059, 3073, 3094, 3109, 3131, 3149, 3161, 3173, 3192, 3205, 3225, 3241, 3251, 3264, 3276, 3288, 3303, 3317, 3336, 3348, 3356, 3361, 3365, 3375, 3384, 3393, 3401, 3411, 3420, 3431, 3441, 3450, 3463, 3475, 3487, 3498, 3511, 3523, 3537, 3550, 3562, 3574, 3584, 3594, 3602, 3608, 3622, 3635, 3648, 3660, 3674, 3687, 3702, 3716, 3729, 3746, 3762, 3778, 3793, 3810, 3826, 3844, 3861, 3877, 3887, 3895, 3905, 3915, 3928, 3937, 3942, 3946, 3952, 3958, 3973, 3991, 4007, 4022, 4035, 4050, 4063, 4075, 4086, 4104, 4120, 4135, 4148, 4163, 4183, 4198, 4212, 4228, 4238, 4250, 4260, 4277, 4300, 4317, 4337, 4358, 4377, 4396, 4413, 4429, 4448, 4467, 4489, 4506, 4522, 4542, 4562, 4582, 4605, 4626, 4642, 4660, 4676, 4697, 4712, 4726, 4739, 4754, 4767, 4777, 4794, 4817, 4834, 4854, 4875, 4894, 4913, 4930, 4946, 4965, 4984, 5006, 5023, 5039, 5059, 5079, 5099, 5122, 5143, 5159, 5173, 5195, 5212, 5222, 5241, 5258, 5274, 5294, 5308, 5324, 5338, 5353, 5359, 5367, 5377, 5386, 5398, 5417, 5430, 5450, 5466, 5476, 5487, 5505, 5517, 5536, 5551, 5560, 5573, 5593, 5607, 5628, 5645, 5656, 5667, 5685, 5697, 5716, 5731, 5740, 5748, 5758, 5763, 5774, 5788, 5810, 5827, 5852, 5872, 5897, 5917, 5945, 5968, 5994, 6015, 6044, 6068, 6094, 6115, 6144, 6168, 6188, 6207, 6221, 6243, 6260, 6282, 6299, 6324, 6344, 6367, 6385, 6411, 6432, 6455, 6473, 6499, 6520, 6532, 6538, 6547, 6556, 6572, 6582, 6590, 6601, 6620, 6636, 6655, 6675, 6688, 6708, 6721, 6737, 6754, 6764, 6781, 6787, 6795, 6804, 6817, 6824, 6834, 6843, 6854, 6869, 6885, 6894, 6910, 6928, 6942, 6958, 6973, 6989, 7004, 7022, 7037, 7051, 7068, 7077, 7086, 7096, 7108, 7116, 7135, 7153, 7174, 7191, 7207, 7226, 7245, 7266, 7283, 7302, 7320, 7341, 7359, 7376, 7396, 7408, 7420, 7433, 7448, 7464, 7484, 7500, 7513, 7530, 7543, 7552, 7562, 7572, 7581, 7591, 7611, 7634, 7654, 7677, 7701, 7718, 7742, 7759, 7779, 7800, 7814, 7835, 7845, 7852, 7860, 7871, 7882, 7892, 7903, 7915, 7926, 7938, 7951, 7961, 7983, 8005, 8031, 8043, 8063, 8087, 8110, 8137, 8158, 8176, 8202, 8228, 8258, 8274, 8298, 8326, 8353, 8384, 8409, 8431, 8457, 8477, 8496, 8522, 8544, 8566, 8582, 8597, 8619, 8637, 8652, 8674, 8690, 8713, 8732, 8745, 8759, 8780, 8795, 8817, 8835, 8847, 8863, 8886, 8903, 8927, 8947, 8961, 8975, 8996, 9011, 9033, 9051, 9063, 9075, 9090, 9105, 9119, 9134, 9150, 9165, 9181, 9206, 9228, 9250, 9272, 9296, 9315, 9335, 9353, 9370, 9387, 9403, 9409, 9422, 9432, 9456, 9481, 9492, 9506, 9520, 9533, 9547, 9562, 9576, 9591, 9610, 9625, 9644, 9651, 9664, 9678, 9690, 9703, 9718, 9731, 9750, 9763, 9777, 9784, 9797, 9805, 9815, 9827, 9844, 9853, 9863, 9870, 9879, 9895, 9913, 9927, 9943, 9958, 9974, 9989, 10007, 10022, 10036, 10053, 10062, 10071, 10081, 10093, 10101, 10120, 10138, 10159, 10176, 10192, 10211, 10230, 10251, 10268, 10287, 10305, 10326, 10344, 10361, 10381, 10393, 10405, 10418, 10433, 10449, 10469, 10485, 10498, 10515, 10528, 10537, 10547, 10557, 10570, 10590, 10604, 10625, 10642, 10653, 10665, 10684, 10697, 10717, 10733, 10743, 10757, 10778, 10793, 10815, 10833, 10845, 10857, 10876, 10889, 10909, 10925, 10935, 10942, 10945, 10952, 10968, 10978, 10998, 11009, 11026, 11046, 11067, 11081, 11102, 11114, 11136, 11155, 11177, 11200, 11216, 11239, 11245, 11261, 11274, 11290, 11307, 11317, 11334, 11351, 11364, 11381, 11391, 11400, 11422, 11441, 11460, 11479, 11500, 11516, 11529, 11546, 11561, 11575, 11589, 11603, 11616, 11623, 11636, 11647, 11658, 11670, 11682, 11692, 11702, 11713, 11723, 11736, 11749, 11761, 11774, 11788, 11801, 11815, 11824, 11834, 11847, 11860, 11872, 11885, 11899, 11912, 11926, 11933, 11950, 11958, 11972, 11989, 12007, 12018, 12036, 12045, 12064, 12080, 12099, 12119, 12132, 12152, 12159, 12169, 12179, 12190, 12202, 12209, 12219, 12229, 12240, 12252, 12261, 12273, 12285, 12304, 12317, 12331, 12346, 12361, 12383, 12399, 12416, 12435, 12457, 12480, 12496, 12519, 12535, 12554, 12574, 12587, 12607, 12612, 12620, 12628, 12637, 12647, 12659, 12673, 12685, 12697, 12710, 12723, 12734, 12745, 12757, 12762, 12774, 12784, 12803, 12827, 12841, 12858, 12875, 12893, 12912, 12922, 12933, 12947, 12961, 12976, 12992, 13013, 13024, 13033, 13042, 13054, 13066, 13079, 13093, 13108, 13126, 13144, 13163, 13183, 13187, 13198, 13207, 13221, 13238, 13255, 13273, 13292, 13310, 13333, 13346, 13362, 13378, 13395, 13413, 13422, 13432, 13445, 13458, 13472, 13487, 13507, 13517, 13525, 13533, 13544, 13555, 13567, 13580, 13594, 13611, 13628, 13646, 13665, 13669, 13677, 13681, 13688, 13695, 13704, 13710, 13718, 13724, 13729, 13742, 13756, 13764, 13770, 13786, 13801, 13812, 13822, 13832, 13850, 13863, 13881, 13894, 13915, 13931, 13950, 13964, 13986, 14003, 14013, 14032, 14046, 14068, 14085, 14093, 14111, 14128, 14140, 14160, 14175, 14195, 14210, 14233, 14251, 14272, 14288, 14312, 14331, 14343, 14364, 14380, 14404, 14423, 14441, 14455, 14472, 14491, 14503, 14509, 14514, 14529, 14541, 14556, 14572, 14581, 14597, 14604, 14621, 14635, 14652, 14670, 14681, 14699, 14704, 14719, 14734, 14747, 14764, 14779, 14795, 14815, 14833, 14848, 14863, 14885, 14896, 14908, 14923, 14936, 14951, 14967, 14978, 14995, 15012, 15032, 15045, 15056, 15069, 15084, 15100, 15111, 15125, 15142, 15152, 15167, 15185, 15206, 15225, 15241, 15259, 15276, 15286, 15299, 15308, 15312, 15320, 15341, 15370, 15403, 15430, 15458, 15484, 15510, 15537, 15556, 15583, 15614, 15639, 15665, 15689, 15713, 15738, 15759, 15788, 15821, 15848, 15876, 15902, 15928, 15955, 15979, 16001, 16023, 16056, 16097, 16142, 16181, 16221, 16259, 16297, 16336, 16363, 16398, 16437, 16470, 16504, 16536, 16568, 16601, 16611, 16624, 16644, 16658, 16679, 16696, 16707, 16719, 16738, 16751, 16771, 16787, 16797, 16811, 16832, 16847, 16869, 16887, 16899, 16911, 16930, 16943, 16963, 16979, 16989, 16995, 17002, 17024, 17036, 17042, 17061, 17088, 17119, 17144, 17170, 17194, 17218, 17243, 17255, 17275, 17299, 17317, 17336, 17353, 17370, 17388, 17400, 17420, 17444, 17462, 17481, 17498, 17515, 17533, 17547, 17569, 17595, 17615, 17636, 17655, 17674, 17694, 17701, 17711, 17721, 17729, 17739, 17746, 17759, 17768, 17777, 17783, 17797, 17811, 17826, 17842, 17851, 17860, 17876, 17886, 17897, 17910, 17926, 17943, 17956, 17969, 17989, 18003, 18018, 18035, 18055, 18076, 18090, 18111, 18121, 18138, 18144, 18150, 18159, 18171, 18183, 18193, 18205, 18214, 18229, 18240, 18249, 18261, 18273, 18283, 18295, 18304, 18319, 18330, 18340, 18351, 18370, 18383, 18396, 18410, 18423, 18433, 18447, 18458, 18470, 18478, 18487, 18498, 18506, 18522, 18548, 18571, 18597, 18624, 18644, 18671, 18685, 18709, 18730, 18754, 18779, 18804, 18814, 18825, 18845, 18871, 18891, 18914, 18938, 18960, 18982, 19002, 19021, 19043, 19065, 19090, 19110, 19129, 19152, 19175, 19198, 19224, 19248, 19267, 19292, 19323, 19348, 19376, 19405, 19432, 19459, 19484, 19508, 19535, 19562, 19592, 19617, 19641, 19669, 19697, 19725, 19756, 19785, 19809, 19822, 19836, 19847, 19856, 19865, 19872, 19881, 19900, 19916, 19935, 19955, 19968, 19988, 20005, 20017, 20037, 20052, 20072, 20087, 20110, 20128, 20149, 20165, 20189, 20208, 20229, 20245, 20269, 20288, 20296, 20314, 20329, 20347, 20366, 20385, 20398, 20421, 20441, 20464, 20488, 20505, 20529, 20540, 20549, 20554, 20564, 20573, 20580, 20587, 20596, 20605, 20611, 20615, 20621, 20634, 20649, 20660, 20673, 20685, 20698, 20710, 20725, 20737, 20748, 20762, 20768, 20774, 20781, 20790, 20795, 20811, 20826, 20844, 20858, 20871, 20887, 20903, 20921, 20935, 20951, 20966, 20984, 20999, 21013, 21030, 21039, 21048, 21058, 21070, 21083, 21100, 21113, 21123, 21137, 21147, 21153, 21160, 21167, 21172, 21182, 21191, 21201, 21214, 21227, 21239, 21252, 21266, 21279, 21293, 21301, 21312, 21323, 21333, 21344, 21356, 21367, 21379, 21388, 21398, 21411, 21424, 21436, 21449, 21463, 21476, 21490, 21494, 21500, 21510, 21517, 21523, 21542, 21558, 21574, 21590, 21606, 21624, 21636, 21649, 21663, 21675, 21686, 21697, 21707, 21723, 21735, 21754, 21767, 21787, 21803, 21813, 21824, 21842, 21854, 21873, 21888, 21897, 21910, 21930, 21944, 21965, 21982, 21993, 22004, 22022, 22034, 22053, 22068, 22077, 22082, 22088, 22102, 22111, 22124, 22131, 22142, 22159, 22174, 22188, 22199, 22211, 22227, 22241, 22258, 22273, 22284, 22296, 22306, 22317, 22325, 22334, 22341, 22347, 22356, 22365, 22375, 22386, 22392, 22401, 22410, 22426, 22436, 22447, 22460, 22476, 22493, 22503, 22520, 22530, 22540, 22551, 22563, 22571, 22582, 22593, 22611, 22623, 22636, 22651, 22669, 22688, 22700, 22719, 22728, 22742, 22755, 22769, 22784, 22803, 22820, 22835, 22853, 22867, 22882, 22898, 22912, 22921, 22934, 22938, 22952, 22958, 22969, 22983, 22998, 23006, 23021, 23031, 23040, 23049, 23057, 23067, 23076, 23087, 23097, 23106, 23119, 23131, 23143, 23154, 23167, 23179, 23193, 23206, 23218, 23228, 23239, 23253, 23267, 23280, 23294, 23309, 23323, 23338, 23351, 23371, 23385, 23406, 23423, 23434, 23443, 23456, 23468, 23487, 23500, 23520, 23536, 23546, 23560, 23581, 23596, 23618, 23636, 23648, 23654, 23670, 23682, 23701, 23714, 23734, 23750, 23760, 23769, 23779, 23789, 23800, 23812, 23828, 23840, 23856, 23867, 23875, 23896, 23925, 23958, 23985, 24013, 24039, 24065, 24092, 24106, 24128, 24154, 24174, 24195, 24214, 24233, 24253, 24267, 24289, 24315, 24335, 24356, 24375, 24394, 24414, 24430, 24454, 24482, 24504, 24527, 24548, 24569, 24591, 24598, 24605, 24616, 24624, 24637, 24655, 24669, 24687, 24695, 24699, 24706, 24726, 24743, 24760, 24777, 24796, 24805, 24819, 24834, 24847, 24859, 24871, 24882, 24890, 24904, 24922, 24937, 24951, 24956, 24971, 24985, 24996, 25008, 25024, 25041, 25057, 25074, 25089, 25104, 25117, 25128, 25142, 25156, 25169, 25183, 25198, 25210, 25227, 25242, 25257, 25271, 25293, 25308, 25324, 25345, 25360, 25376, 25394, 25413, 25436, 25460, 25483, 25497, 25512, 25533, 25551, 25569, 25587, 25607, 25622, 25638, 25652, 25665, 25678, 25690, 25707, 25719, 25738, 25763, 25782, 25804, 25827, 25848, 25869, 25888, 25906, 25927, 25948, 25972, 25991, 26009, 26031, 26053, 26075, 26100, 26123, 26141, 26166, 26197, 26222, 26250, 26279, 26306, 26333, 26358, 26382, 26409, 26436, 26466, 26491, 26515, 26543, 26571, 26599, 26630, 26659, 26683, 26689, 26698, 26703, 26713, 26725, 26736, 26748, 26756, 26773, 26788, 26800, 26814, 26832, 26845, 26865, 26879, 26895, 26912, 26928, 26939, 26957, 26969, 26985, 26998, 27014, 27030, 27048, 27067, 27083, 27096, 27111, 27127, 27146, 27160, 27181, 27196, 27213, 27232, 27250, 27270, 27283, 27303, 27320, 27330, 27342, 27361, 27374, 27391, 27405, 27422, 27439, 27453, 27475, 27501, 27521, 27542, 27561, 27580, 27600, 27612, 27632, 27656, 27674, 27693, 27710, 27727, 27745, 27759, 27781, 27807, 27827, 27848, 27867, 27886, 27906, 27923, 27938, 27953, 27961, 27987, 28021, 28059, 28091, 28124, 28155, 28186, 28218, 28238, 28266, 28298, 28324, 28351, 28376, 28401, 28427, 28443, 28457, 28470, 28480, 28491, 28506, 28521, 28534, 28550, 28564, 28574, 28585, 28594, 28604, 28611, 28619, 28623, 28632, 28637, 28651, 28672, 28687, 28709, 28727, 28739, 28752, 28772, 28786, 28807, 28824, 28835, 28850, 28872, 28888, 28911, 28930, 28943, 28956, 28976, 28990, 29011, 29028, 29039, 29045, 29064, 29079, 29098, 29115, 29123, 29139, 29157, 29174, 29188, 29203, 29222, 29242, 29261, 29274, 29288, 29306, 29325, 29343, 29360, 29374, 29388, 29402, 29418, 29429, 29441, 29451, 29460, 29469, 29477, 29487, 29499, 29507, 29513, 29522, 29529, 29539, 29549, 29560, 29572, 29578, 29594, 29607, 29623, 29640, 29650, 29667, 29677, 29697, 29714, 29734, 29755, 29769, 29790, 29795, 29807, 29817, 29836, 29860, 29870, 29881, 29895, 29909, 29924, 29940, 29961, 29972, 29981, 29993, 30005, 30018, 30032, 30044, 30052, 30064, 30077, 30085, 30097, 30105, 30119, 30134, 30147, 30162, 30175, 30189, 30206, 30223, 30241, 30260, 30277, 30291, 30303, 30323, 30331, 30345, 30362, 30379, 30397, 30416, 30430, 30448, 30455, 30464, 30474, 30486, 30501, 30506, 30511, 30522, 30534, 30541, 30551, 30561, 30572, 30584, 30588, 30604, 30620, 30640, 30657, 30682, 30711, 30734, 30758, 30780, 30802, 30825, 30835, 30853, 30875, 30891, 30908, 30923, 30938, 30954, 30960, 30974, 30992, 31009, 31030, 31045, 31057, 31077, 31097, 31121, 31131, 31149, 31171, 31192, 31217, 31236, 31252, 31269, 31284, 31299, 31319, 31333, 31346, 31366, 31382, 31394, 31414, 31438, 31456, 31475, 31492, 31509, 31527, 31543, 31553, 31562, 31578, 31590, 31593, 31604, 31615, 31630, 31645, 31661, 31679, 31699, 31714, 31730, 31742, 31748, 31764, 31780, 31800, 31820, 31841, 31864, 31889, 31909, 31930, 31947, 31966, 31987, 32003, 32020, 32034, 32050, 32061, 32073, 32076, 32085, 32089, 32096, 32103, 32111, 32120, 32126, 32131, 32145, 32167, 32193, 32213, 32234, 32253, 32272, 32292, 32304, 32324, 32348, 32366, 32385, 32402, 32419, 32437, 32451, 32473, 32499, 32519, 32540, 32559, 32578, 32598, 32615, 32630, 32645, 32671, 32705, 32743, 32775, 32808, 32839, 32870, 32902, 32922, 32950, 32982, 33008, 33035, 33060, 33085, 33111, 33118, 33123, 33134, 33150, 33163, 33173, 33183, 33196, 33208, 33217, 33226, 33241, 33252, 33272, 33289, 33306, 33323, 33342, 33356, 33371, 33384, 33396, 33408, 33419, 33428, 33437, 33445, 33457, 33463, 33471, 33492, 33510, 33528, 33546, 33566, 33576, 33591, 33607, 33621, 33634, 33647, 33659, 33667, 33678, 33689, 33701, 33714, 33724, 33732, 33743, 33754, 33772, 33784, 33797, 33812, 33830, 33849, 33861, 33880, 33890, 33903, 33916, 33936, 33950, 33965, 33982, 34002, 34023, 34037, 34058, 34066, 34077, 34088, 34100, 34113, 34118, 34132, 34147, 34162, 34178, 34194, 34208, 34221, 34231, 34242, 34257, 34270, 34286, 34300, 34310, 34321, 34330, 34340, 34347, 34355, 34364, 34374, 34378, 34384, 34400, 34419, 34438, 34458, 34479, 34489, 34498, 34505, 34522, 34537, 34551, 34562, 34574, 34590, 34604, 34621, 34636, 34647, 34659, 34669, 34680, 34688, 34697, 34710, 34718, 34724, 34732, 34741, 34757, 34770, 34783, 34796, 34811, 34821, 34832, 34841, 34849, 34857, 34864, 34878, 34889, 34896, 34900, 34910, 34920, 34930, 34935, 34947, 34968, 34984, 34999, 35016, 35038, 35053, 35067, 35078, 35093, 35116, 35134, 35145, 35166, 35186, 35203, 35220, 35237, 35256, 35270, 35285, 35298, 35310, 35322, 35333, 35342, 35359, 35374, 35389, 35402, 35413, 35427, 35441, 35454, 35468, 35483, 35497, 35512, 35518, 35529, 35538, 35547, 35555, 35571, 35582, 35591, 35601, 35611, 35621, 35630, 35645, 35655, 35666, 35676, 35687, 35696, 35706, 35718, 35731, 35748, 35766, 35783, 35794, 35802, 35815, 35830, 35843, 35855, 35864, 35874, 35882, 35893, 35904, 35916, 35929, 35939, 35947, 35961, 35973, 35988, 36001, 36010, 36020, 36028, 36037, 36043, 36055, 36063, 36069, 36077, 36084, 36097, 36101, 36118, 36132, 36146, 36160, 36176, 36187, 36199, 36209, 36218, 36227, 36235, 36245, 36254, 36262, 36269, 36274, 36286, 36300, 36315, 36323, 36340, 36346, 36353, 36361, 36368, 36375, 36383, 36390, 36397, 36406, 36415, 36424, 36433, 36443, 36452, 36468, 36491, 36508, 36532, 36552, 36566, 36577, 36589, 36611, 36626, 36641, 36655, 36670, 36686, 36701, 36717, 36732, 36754, 36770, 36793, 36812, 36825, 36842, 36866, 36884, 36909, 36930, 36945, 36960, 36982, 36998, 37021, 37040, 37053, 37060, 37068, 37075, 37080, 37090, 37094, 37106, 37111, 37119, 37127, 37134, 37142, 37151, 37159, 37168, 37183, 37188, 37197, 37207, 37220, 37233, 37245, 37258, 37272, 37285, 37299, 37305, 37316, 37333, 37347, 37359, 37372, 37388, 37399, 37413, 37429, 37443, 37455, 37470, 37488, 37499, 37513, 37525, 37539, 37553, 37563, 37576, 37587, 37598, 37607, 37621, 37629, 37634, 37642, 37650, 37659, 37669, 37675, 37694, 37710, 37726, 37742, 37760, 37773, 37787, 37799, 37810, 37821, 37831, 37843, 37856, 37869, 37884, 37897, 37913, 37931, 37948, 37968, 37981, 37995, 38009, 38024, 38035, 38044, 38053, 38060, 38075, 38088, 38100, 38109, 38119, 38127, 38138, 38149, 38161, 38174, 38188, 38200, 38215, 38228, 38237, 38247, 38255, 38264, 38270, 38275, 38282, 38300, 38316, 38331, 38343, 38356, 38373, 38388, 38406, 38422, 38434, 38447, 38458, 38470, 38479, 38489, 38497, 38515, 38530, 38548, 38567, 38579, 38598, 38605, 38622, 38636, 38653, 38671, 38682, 38700, 38708, 38716, 38726, 38730, 38737, 38744, 38752, 38761, 38775, 38794, 38810, 38823, 38836, 38852, 38867, 38879, 38891, 38909, 38923, 38928, 38940, 38958, 38970, 38985, 39001, 39015, 39029, 39041, 39052, 39066, 39080, 39097, 39109, 39120, 39135, 39150, 39165, 39183, 39199, 39210, 39226, 39250, 39278, 39300, 39323, 39344, 39365, 39387, 39401, 39423, 39449, 39469, 39490, 39509, 39528, 39548, 39564, 39588, 39616, 39638, 39661, 39682, 39703, 39725, 39744, 39761, 39778, 39806, 39842, 39882, 39916, 39951, 39984, 40017, 40051, 40073, 40103, 40137, 40165, 40194, 40221, 40248, 40276, 40289, 40307, 40322, 40334, 40346, 40361, 40375, 40386, 40397, 40414, 40427, 40439, 40456, 40470, 40481, 40492, 40506, 40519, 40529, 40539, 40555, 40567, 40574, 40593, 40608, 40627, 40635, 40656, 40674, 40692, 40710, 40730, 40745, 40761, 40775, 40788, 40801, 40813, 40823, 40834, 40845, 40861, 40873, 40889, 40899, 40910, 40927, 40939, 40945, 40960, 40973, 40992, 41006, 41025, 41045, 41065, 41082, 41100, 41118, 41128, 41135, 41139, 41154, 41172, 41190, 41209, 41229, 41242, 41258, 41274, 41291, 41309, 41324, 41342, 41360, 41379, 41399, 41410, 41424, 41438, 41453, 41469, 41474, 41481, 41498, 41512, 41529, 41547, 41558, 41576, 41584, 41591, 41598, 41615, 41624, 41638, 41655, 41673, 41684, 41702, 41720, 41736, 41751, 41763, 41776, 41788, 41810, 41829, 41851, 41874, 41890, 41913, 41924, 41934, 41951, 41966, 41975, 41993, 42009, 42028, 42044, 42056, 42075, 42095, 42108, 42128, 42139, 42151, 42160, 42168, 42178, 42184, 42203, 42219, 42235, 42251, 42268, 42286, 42299, 42315, 42331, 42346, 42362, 42379, 42396, 42413, 42429, 42446, 42464, 42481, 42499, 42515, 42532, 42546, 42558, 42569, 42580, 42590, 42596, 42629, 42670, 42715, 42754, 42794, 42832, 42870, 42909, 42935, 42969, 43007, 43039, 43072, 43103, 43134, 43166, 43192, 43226, 43264, 43296, 43329, 43360, 43391, 43423, 43451, 43487, 43527, 43561, 43596, 43629, 43662, 43696, 43723, 43758, 43797, 43830, 43864, 43896, 43928, 43961, 43981, 44009, 44041, 44067, 44094, 44119, 44144, 44170, 44190, 44218, 44250, 44276, 44303, 44328, 44353, 44379, 44401, 44431, 44465, 44493, 44522, 44549, 44576, 44604, 44614, 44634, 44651, 44671, 44692, 44706, 44727, 44732, 44745, 44756, 44767, 44776, 44787, 44796, 44805, 44812, 44823, 44827, 44836, 44846, 44860, 44870, 44882, 44896, 44913, 44928, 44944, 44958, 44971, 44980, 44991, 45007, 45022, 45038, 45054, 45067, 45085, 45100, 45112, 45124, 45139, 45160, 45186, 45209, 45229, 45249, 45272, 45294, 45313, 45332, 45357, 45378, 45392, 45403, 45414, 45431, 45444, 45452, 45467, 45484, 45497, 45512, 45526, 45541, 45555, 45572, 45586, 45599, 45615, 45623, 45631, 45640, 45651, 45658, 45676, 45693, 45713, 45729, 45744, 45762, 45780, 45800, 45816, 45834, 45851, 45871, 45888, 45904, 45923, 45934, 45945, 45957, 45971, 45986, 46005, 46020, 46032, 46048, 46060, 46068, 46077, 46086, 46101, 46123, 46147, 46167, 46189, 46210, 46232, 46253, 46277, 46298, 46318, 46341, 46356, 46371, 46387, 46405, 46419, 46444, 46468, 46495, 46518, 46540, 46565, 46590, 46617, 46640, 46665, 46689, 46716, 46740, 46763, 46789, 46807, 46825, 46844, 46865, 46887, 46913, 46935, 46954, 46977, 46996, 47011, 47027, 47043, 47056, 47069, 47080, 47095, 47115, 47132, 47146, 47160, 47177, 47193, 47206, 47219, 47238, 47253, 47268, 47281, 47295, 47313, 47329, 47347, 47370, 47390, 47407, 47424, 47444, 47463, 47479, 47495, 47517, 47535, 47548, 47561, 47581, 47590, 47600, 47613, 47624, 47637, 47651, 47660, 47675, 47686, 47704, 47724, 47740, 47758, 47775, 47793, 47810, 47830, 47847, 47863, 47882, 47893, 47904, 47916, 47930, 47940, 47961, 47981, 48004, 48023, 48041, 48062, 48083, 48106, 48125, 48146, 48166, 48189, 48209, 48228, 48250, 48264, 48278, 48293, 48310, 48328, 48350, 48368, 48383, 48402, 48417, 48428, 48440, 48452, 48467, 48485, 48496, 48505, 48518, 48534, 48555, 48573, 48588, 48603, 48621, 48638, 48652, 48669, 48691, 48710, 48724, 48740, 48756, 48775, 48795, 48813, 48828, 48843, 48864, 48881, 48897, 48910, 48926, 48947, 48965, 48980, 48995, 49013, 49030, 49044, 49058, 49078, 49094, 49105, 49118, 49132, 49141, 49151, 49163, 49172, 49183, 49192, 49203, 49211, 49223, 49238, 49248, 49256, 49269, 49285, 49304, 49321, 49335, 49349, 49368, 49384, 49397, 49410, 49426, 49442, 49457, 49472, 49484, 49496, 49514, 49528, 49539, 49548, 49562, 49573, 49581, 49589, 49602, 49620, 49635, 49647, 49659, 49674, 49688, 49699, 49710, 49727, 49740, 49751, 49758, 49768, 49775, 49782, 49795, 49804, 49821, 49830, 49846, 49864, 49878, 49894, 49909, 49925, 49940, 49958, 49973, 49987, 50004, 50013, 50022, 50032, 50044, 50052, 50071, 50089, 50110, 50127, 50143, 50162, 50181, 50202, 50219, 50238, 50256, 50277, 50295, 50312, 50332, 50344, 50356, 50369, 50384, 50400, 50420, 50436, 50449, 50466, 50479, 50488, 50498, 50508, 50524, 50547, 50572, 50593, 50616, 50638, 50661, 50683, 50708, 50730, 50751, 50775, 50791, 50807, 50824, 50843, 50858, 50884, 50909, 50937, 50961, 50984, 51010, 51036, 51064, 51088, 51114, 51139, 51167, 51192, 51216, 51243, 51262, 51281, 51301, 51323, 51346, 51373, 51396, 51416, 51440, 51460, 51476, 51493, 51510, 51522, 51541, 51562, 51579, 51598, 51616, 51635, 51653, 51674, 51692, 51709, 51729, 51741, 51753, 51766, 51781, 51792, 51814, 51835, 51859, 51879, 51898, 51920, 51942, 51966, 51986, 52008, 52029, 52053, 52074, 52094, 52117, 52132, 52147, 52163, 52181, 52200, 52223, 52242, 52258, 52278, 52294, 52306, 52319, 52332, 52340, 52348, 52363, 52378, 52391, 52408, 52423, 52439, 52459, 52477, 52492, 52507, 52529, 52540, 52552, 52567, 52580, 52595, 52611, 52622, 52639, 52656, 52676, 52689, 52700, 52713, 52728, 52744, 52755, 52769, 52786, 52796, 52811, 52829, 52850, 52869, 52885, 52903, 52920, 52933, 52942, 52954, 52966, 52979, 52993, 53001, 53012, 53023, 53035, 53048, 53059, 53068, 53077, 53084, 53095, 53107, 53116, 53124, 53132, 53143, 53154, 53164, 53175, 53187, 53198, 53210, 53225, 53241, 53254, 53262, 53278, 53292, 53305, 53315, 53326, 53336, 53356, 53373, 53393, 53414, 53428, 53449, 53457, 53472, 53485, 53492, 53508, 53522, 53539, 53553, 53563, 53580, 53598, 53609, 53627, 53636, 53646, 53652, 53659, 53667, 53676, 53683, 53692, 53703, 53713, 53727, 53739, 53748, 53761, 53776, 53788, 53811, 53831, 53851, 53871, 53893, 53910, 53928, 53944, 53959, 53974, 53988, 53997, 54016, 54032, 54051, 54071, 54084, 54104, 54113, 54123, 54137, 54144, 54154, 54164, 54175, 54187, 54196, 54209, 54215, 54227, 54238, 54250, 54262, 54278, 54288, 54298, 54312, 54320, 54327, 54349, 54368, 54387, 54406, 54427, 54443, 54460, 54475, 54489, 54503, 54516, 54523, 54527, 54533, 54539, 54553, 54568, 54577, 54581, 54591, 54601, 54612, 54624, 54634, 54654, 54670, 54690, 54704, 54712, 54730, 54748, 54764, 54784, 54802, 54821, 54844, 54865, 54883, 54901, 54926, 54940, 54955, 54973, 54989, 55007, 55026, 55040, 55060, 55080, 55103, 55119, 55133, 55149, 55167, 55186, 55200, 55217, 55237, 55250, 55268, 55289, 55313, 55335, 55354, 55375, 55395, 55411, 55422, 55444, 55462, 55484, 55500, 55512, 55528, 55538, 55559, 55576, 55597, 55612, 55623, 55638, 55647, 55657, 55668, 55679, 55692, 55707, 55725, 55741, 55758, 55773, 55783, 55795, 55812, 55828, 55845, 55862, 55871, 55882, 55895, 55911, 55925, 55940, 55953, 55961, 55971, 55986, 56000, 56015, 56030, 56044, 56056, 56072, 56079, 56099, 56115, 56132, 56152, 56168, 56190, 56205, 56222, 56235, 56249, 56266, 56279, 56298, 56310, 56328, 56343, 56361, 56380, 56394, 56414, 56427, 56437, 56448, 56458, 56478, 56495, 56515, 56536, 56550, 56571, 56583, 56593, 56603, 56611, 56628, 56641, 56658, 56670, 56680, 56690, 56698, 56704, 56715, 56728, 56739, 56747, 56763, 56777, 56792, 56811, 56829, 56845, 56860, 56872, 56882, 56895, 56906, 56920, 56936, 56948, 56962, 56979, 57000, 57017, 57032, 57045, 57056, 57070, 57080, 57086, 57099, 57112, 57130, 57148, 57162, 57174, 57189, 57202, 57214, 57227, 57239, 57254, 57266, 57277, 57291, 57300, 57312, 57320, 57330, 57336, 57347, 57358, 57374, 57390, 57402, 57412, 57425, 57431, 57446, 57461, 57481, 57501, 57517, 57531, 57548, 57554, 57561, 57576, 57594, 57610, 57631, 57649, 57665, 57686, 57705, 57725, 57745, 57766, 57783, 57798, 57816, 57835, 57852, 57870, 57879, 57892, 57897, 57904, 57910, 57917, 57926, 57939, 57949, 57958, 57974, 57989, 58007, 58021, 58034, 58050, 58066, 58084, 58098, 58114, 58129, 58147, 58162, 58176, 58193, 58202, 58211, 58221, 58233, 58246, 58263, 58276, 58286, 58301, 58315, 58332, 58342, 58355, 58359, 58368, 58378, 58395, 58407, 58424, 58437, 58453, 58466, 58479, 58492, 58508, 58524, 58545, 58563, 58578, 58593, 58611, 58628, 58642, 58656, 58676, 58692, 58704, 58720, 58730, 58745, 58762, 58779, 58802, 58827, 58848, 58871, 58897, 58927, 58953, 58977, 58999, 59019, 59042, 59061, 59083, 59102, 59123, 59139, 59155, 59172, 59191, 59210, 59232, 59258, 59276, 59298, 59313, 59333, 59348, 59369, 59387, 59403, 59422, 59439, 59450, 59466, 59477, 59493, 59505, 59520, 59532, 59544, 59556, 59571, 59582, 59600, 59623, 59643, 59660, 59677, 59697, 59716, 59732, 59751, 59776, 59803, 59826, 59851, 59879, 59911, 59939, 59965, 59989, 60011, 60036, 60057, 60081, 60102, 60118, 60141, 60159, 60177, 60196, 60217, 60238, 60262, 60290, 60312, 60332, 60356, 60373, 60395, 60412, 60435, 60455, 60473, 60494, 60513, 60531, 60545, 60559, 60564, 60575, 60593, 60617, 60635, 60656, 60678, 60698, 60718, 60736, 60753, 60773, 60793, 60816, 60834, 60851, 60872, 60893, 60914, 60938, 60960, 60977, 60990, 61004, 61022, 61032, 61048, 61059, 61075, 61087, 61102, 61114, 61126, 61138, 61153, 61162, 61171, 61179, 61193, 61207, 61217, 61235, 61248, 61266, 61280, 61297, 61311, 61325, 61339, 61356, 61367, 61384, 61396, 61413, 61426, 61442, 61455, 61468, 61481, 61497, 61513, 61525, 61547, 61564, 61586, 61604, 61625, 61643, 61661, 61679, 61700, 61714, 61725, 61745, 61760, 61780, 61796, 61815, 61831, 61847, 61863, 61882, 61894, 61905, 61917, 61929, 61942, 61954, 61963, 61974, 61989, 61999, 62006, 62014, 62030, 62041, 62057, 62069, 62084, 62096, 62108, 62120, 62135, 62151, 62160, 62170, 62188, 62201, 62219, 62233, 62250, 62264, 62278, 62292, 62309, 62320, 62338, 62358, 62374, 62392, 62409, 62427, 62444, 62464, 62481, 62497, 62516, 62527, 62538, 62550, 62564, 62574, 62595, 62615, 62638, 62657, 62675, 62696, 62717, 62740, 62759, 62780, 62800, 62823, 62843, 62862, 62884, 62898, 62912, 62927, 62944, 62962, 62984, 63002, 63017, 63036, 63051, 63062, 63074, 63086, 63095, 63113, 63126, 63144, 63158, 63175, 63189, 63203, 63217, 63234, 63246, 63256, 63268, 63284, 63295, 63311, 63323, 63338, 63350, 63362, 63374, 63389, 63411, 63428, 63450, 63468, 63489, 63507, 63525, 63543, 63564, 63578, 63592, 63614, 63631, 63653, 63671, 63692, 63710, 63728, 63746, 63767, 63787, 63802, 63822, 63838, 63857, 63873, 63889, 63905, 63924, 63948, 63967, 63991, 64011, 64034, 64054, 64074, 64094, 64117, 64129, 64142, 64151, 64161, 64170, 64182, 64193, 64202, 64209, 64219, 64235, 64249, 64268, 64284, 64298, 64317, 64334, 64352, 64370, 64389, 64404, 64417, 64433, 64439, 64450, 64461, 64477, 64493, 64505, 64515, 64528, 64535, 64547, 64559, 64578, 64603, 64622, 64644, 64667, 64688, 64709, 64728, 64746, 64767, 64788, 64812, 64831, 64849, 64871, 64893, 64915, 64940, 64963, 64981, 64998, 65015, 65028, 65039, 65053, 65060, 65069, 65076],
        },
        rules: &[
            // override-earlier-instructions
            (0, Anchor::Any(&[Anchor::All(&[Anchor::Lits(&[523, 587, 611, 763, 772, 1347, 1355, 1364, 1511, 1635, 2275, 2283, 2380, 2414, 2425, 2764, 3372]), Anchor::Lits(&[0, 434, 795, 800, 805, 826, 845, 851, 859, 864, 872, 879, 885, 893, 898, 1133, 1438, 1443, 1458, 1879, 1904, 1911, 1928, 1938, 1954, 2049, 2141, 2147, 2158, 2169, 2198, 2315, 2459, 2498, 2546, 2688, 2693, 2698, 2703, 3354, 3359, 3446]), Anchor::Lits(&[13, 66, 906, 1132, 1158, 1290, 1376, 1599, 2047, 2128, 2196, 2225, 2240, 2244, 2308, 2433, 2464, 2757])]), Anchor::All(&[Anchor::Lits(&[0, 434, 795, 800, 805, 826, 845, 851, 859, 864, 872, 879, 885, 893, 898, 1133, 1438, 1443, 1458, 1879, 1904, 1911, 1928, 1938, 1954, 2049, 2141, 2147, 2158, 2169, 2198, 2315, 2459, 2498, 2546, 2688, 2693, 2698, 2703, 3354, 3359, 3446]), Anchor::Lits(&[523, 587, 622, 636, 713, 763, 772, 1014, 1347, 1355, 1364, 1598, 1617, 1635, 1849, 2127, 2275, 2283, 2364, 2414, 2425, 2670, 2764, 2856, 2866, 3178, 3372]), Anchor::Lits(&[13, 66, 906, 1132, 1158, 1290, 1376, 1599, 2047, 2128, 2196, 2225, 2240, 2244, 2308, 2433, 2464, 2757])]), Anchor::All(&[Anchor::Lits(&[523, 587, 611, 763, 772, 1347, 1355, 1364, 1511, 1635, 2275, 2283, 2380, 2414, 2425, 2764, 3372]), Anchor::Lits(&[13, 334, 1204, 1205, 1291, 2309, 2562, 3462, 3463, 3667, 3690, 3859, 4092, 4111, 4135]), Anchor::Lits(&[0, 434, 795, 800, 805, 826, 845, 851, 859, 864, 872, 879, 885, 893, 898, 1133, 1438, 1443, 1458, 1879, 1904, 1911, 1928, 1938, 1954, 2049, 2141, 2147, 2158, 2169, 2198, 2315, 2459, 2498, 2546, 2688, 2693, 2698, 2703, 3354, 3359, 3446])])])),
            // override-all-instructions
            (1, Anchor::Any(&[Anchor::Lits(&[745, 746, 749, 1382, 1386, 1608, 1636, 1870, 2137, 2233, 2284, 2762, 2764, 2780]), Anchor::All(&[Anchor::Lits(&[523, 587, 763, 772, 1347, 1355, 1364, 1635, 2275, 2283, 2414, 2425, 2764, 3372]), Anchor::Lits(&[0, 434, 795, 800, 805, 826, 845, 851, 859, 864, 872, 879, 885, 893, 898, 1133, 1438, 1443, 1458, 1879, 1904, 1911, 1928, 1938, 1954, 2049, 2141, 2147, 2158, 2169, 2198, 2315, 2459, 2498, 2546, 2688, 2693, 2698, 2703, 3354, 3359, 3446]), Anchor::Lits(&[67, 159, 976, 3740])]), Anchor::All(&[Anchor::Lits(&[522, 771, 1346, 1363, 1510, 1629, 2283, 2379, 2412, 2424, 2434]), Anchor::Lits(&[0, 434, 795, 800, 805, 826, 845, 851, 859, 864, 872, 879, 885, 893, 898, 1133, 1438, 1443, 1458, 1879, 1904, 1911, 1928, 1938, 1954, 2049, 2141, 2147, 2158, 2169, 2198, 2315, 2459, 2498, 2546, 2688, 2693, 2698, 2703, 3354, 3359, 3446]), Anchor::Lits(&[159, 905, 976])]), Anchor::All(&[Anchor::Lits(&[68, 69, 70, 71, 72, 73, 74, 75, 76, 77, 78, 79, 80, 82, 83, 84, 85, 86, 87, 88, 89, 90, 91, 93, 94, 95, 96, 97, 98, 99, 100, 101, 102, 103, 104, 105, 106, 107, 160, 161, 162, 163, 164, 165, 166, 167, 168, 169, 170, 171, 172, 173, 174, 175, 176, 177, 178, 179, 180, 181, 182, 183, 184, 185, 186, 187, 188, 189, 190, 191, 192, 193, 194, 195, 196, 198, 977, 978, 979, 980, 981, 982, 983, 984, 985, 986, 987, 988, 989, 990, 991, 992, 993, 994, 995, 996, 997, 998, 999, 1000, 1001, 1002, 1003, 1004, 1005, 1006, 1007, 1008, 1009, 1010, 1011, 1012, 1013, 1015, 2996, 2997, 2998, 3010, 3011, 3012, 3013, 3014, 3026, 3027, 3028, 3029, 3030, 3031, 3032, 3033, 3034, 3035, 3036, 3082, 3083, 3084, 3085, 3121, 3122, 3123, 3124, 3132, 3133, 3135, 3136, 3137, 3138, 3139, 3140, 3147, 3149, 3154, 3316, 3317, 3318, 3319, 3320, 3321, 3322, 3323, 3324, 3325, 3326, 3327, 3328, 3329, 3330, 3331, 3332, 3333, 3334, 3335, 3336, 3337, 3338, 3339, 3340, 3341, 3342, 3343, 3344, 3345, 3346, 3347, 3348, 3349, 3350, 3351, 3352, 3353, 3493, 3494, 3495, 3496, 3497, 3498, 3499, 3500, 3501, 3502, 3503, 3504, 3505, 3506, 3507, 3508, 3509, 3510, 3511, 3512, 3513, 3514, 3515, 3516, 3517, 3518, 3519, 3520, 3521, 3522, 3523, 3524, 3525, 3526, 3527, 3528, 3529, 3530]), Anchor::Lits(&[148, 149, 150, 151, 152, 153, 154, 155, 156, 157, 158, 2101, 2102, 2103, 2104, 2105, 2106, 2107, 2108, 2109, 2110, 2111, 2551, 2552, 2553, 2554, 2555, 2556, 2557, 2558, 2559, 2560, 2561, 2626, 2627, 2628, 2629, 2630, 2631, 2632, 2633, 2634, 2635, 2636, 2637, 2638, 2639, 2640, 2641, 2642, 2643, 2644, 2645, 2646, 2647, 2884, 2885, 2886, 2887, 2888, 2889, 2890, 2891, 2892, 2893, 2894, 2895, 2896, 2897, 2898, 2899, 2900, 2901, 2902, 2903, 2904, 2905, 2999, 3000, 3001, 3002, 3003, 3004, 3005, 3006, 3007, 3008, 3009, 3015, 3016, 3017, 3018, 3019, 3020, 3021, 3022, 3023, 3024, 3025, 3087, 3088, 3089, 3090, 3091, 3092, 3093, 3094, 3095, 3096, 3097, 3098, 3099, 3100, 3101, 3102, 3103, 3104, 3105, 3106, 3107, 3108, 3110, 3111, 3112, 3113, 3114, 3115, 3116, 3117, 3118, 3119, 3120, 3141, 3142, 3143, 3144, 3145, 3146, 3148, 3150, 3151, 3152, 3153, 3155, 3156, 3157, 3158, 3159, 3160, 3161, 3162, 3163, 3164, 3165, 3166, 3167, 3168, 3169, 3170, 3171, 3173, 3174, 3175, 3176, 3177, 3752, 3753, 3754, 3755, 3756, 3757, 3758, 3759, 3760, 3761, 3762, 3768, 3781, 3782, 3784, 3785, 3788, 3791, 3793, 3795, 3796, 3800, 3812, 3813, 3814, 3815, 3816, 3817, 3818, 3819, 3820, 3833, 3834, 3835, 3837, 3838, 3841, 3844, 3845, 3847, 3849, 3850, 3854, 3855])]), Anchor::All(&[Anchor::Lits(&[1, 2, 4, 5, 435, 436, 438, 440, 796, 797, 798, 799, 801, 802, 803, 804, 806, 807, 809, 810, 811, 812, 814, 815, 827, 828, 829, 830, 846, 847, 848, 849, 852, 853, 854, 855, 860, 861, 862, 863, 865, 866, 867, 868, 873, 874, 875, 876, 880, 881, 882, 883, 886, 887, 888, 889, 894, 895, 896, 897, 899, 900, 901, 902, 1134, 1135, 1136, 1137, 1138, 1139, 1141, 1142, 1146, 1147, 1149, 1150, 1439, 1440, 1441, 1442, 1444, 1445, 1447, 1448, 1454, 1455, 1456, 1457, 1459, 1460, 1462, 1463, 1880, 1881, 1882, 1883, 1905, 1906, 1907, 1908, 1912, 1913, 1914, 1915, 1929, 1930, 1931, 1932, 1939, 1940, 1941, 1942, 1955, 1956, 1957, 1958, 2050, 2051, 2052, 2053, 2142, 2143, 2144, 2145, 2148, 2149, 2151, 2152, 2159, 2160, 2162, 2163, 2170, 2171, 2172, 2173, 2199, 2200, 2201, 2202, 2316, 2317, 2318, 2319, 2460, 2461, 2462, 2463, 2499, 2500, 2501, 2502, 2547, 2548, 2549, 2550, 2689, 2690, 2691, 2692, 2694, 2695, 2696, 2697, 2699, 2700, 2701, 2702, 2704, 2705, 2706, 2707, 3355, 3356, 3357, 3358, 3360, 3361, 3362, 3363, 3447, 3448, 3449, 3450]), Anchor::Lits(&[2100, 2869, 2877, 3634, 3663, 3667, 3684, 3709, 3735, 4092, 4111]), Anchor::Lits(&[396, 457, 523, 587, 608, 611, 628, 763, 772, 961, 1088, 1347, 1355, 1364, 1511, 1539, 1635, 1875, 1876, 1877, 2222, 2242, 2275, 2283, 2372, 2380, 2414, 2425, 2441, 2764, 3372])]), Anchor::All(&[Anchor::Lits(&[1124, 1125, 1126, 1127, 1128, 1129, 1130, 1131, 1159, 1160, 1161, 1162, 1163, 1164, 1165, 1166, 1167, 1168, 1169, 1170, 1171, 1172, 1173, 1174, 1175, 1176, 1177, 1178, 1179, 1180, 1181, 1182, 1183, 1184, 1185, 1186, 1187, 1784, 2865, 3314, 3315]), Anchor::Lits(&[523, 587, 763, 772, 1347, 1355, 1364, 1635, 2275, 2283, 2414, 2425, 2764, 3372]), Anchor::Lits(&[0, 434, 795, 800, 805, 826, 845, 851, 859, 864, 872, 879, 885, 893, 898, 1133, 1438, 1443, 1458, 1879, 1904, 1911, 1928, 1938, 1954, 2049, 2141, 2147, 2158, 2169, 2198, 2315, 2459, 2498, 2546, 2688, 2693, 2698, 2703, 3354, 3359, 3446])])])),
            // override-everything-before
            (2, Anchor::All(&[Anchor::Lits(&[13, 305, 334, 906, 1664, 1665, 2241, 2253, 2562, 3462, 3463, 3620, 3622, 3624, 3629, 3631, 3632, 3633, 3648, 3649, 3650, 3651, 3652, 3653, 3654, 3668, 3669, 3670, 3671, 3672, 3673, 3674, 3676, 3677, 3678, 3679, 3680, 3681, 3682, 3687, 3690, 3691, 3695, 3696, 3697, 3698, 3705, 4089, 4092, 4093, 4097, 4098, 4099, 4100, 4102, 4103, 4104, 4105, 4106, 4107, 4108, 4110, 4111, 4132, 4133, 4134, 4135, 4136]), Anchor::Lits(&[0, 434, 795, 800, 805, 826, 845, 851, 859, 864, 872, 879, 885, 893, 898, 1133, 1438, 1443, 1458, 1879, 1904, 1911, 1928, 1938, 1954, 2049, 2141, 2147, 2158, 2169, 2198, 2315, 2459, 2498, 2546, 2688, 2693, 2698, 2703, 3354, 3359, 3446]), Anchor::Lits(&[67, 197, 1014, 3492])])),
            // stop-following-instructions
            (6, Anchor::All(&[Anchor::Lits(&[523, 587, 611, 710, 740, 763, 772, 1347, 1355, 1364, 1511, 1635, 1819, 2125, 2174, 2275, 2283, 2380, 2414, 2425, 2764, 3371, 3372]), Anchor::Lits(&[11, 12, 64, 65, 531, 532, 1091, 1415, 1416, 1555, 1556, 1959, 2365, 2685, 2686]), Anchor::Lits(&[456, 840, 869, 1898, 1922, 1937, 2337, 2687, 3627, 3628, 3710, 3711, 3882, 4083, 4084])])),
            // discredit-earlier-text
            (7, Anchor::Any(&[Anchor::Lits(&[14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31, 32, 33, 116, 117, 118, 119, 120, 121, 122, 123, 124, 125, 126, 127, 128, 129, 130, 131, 132, 133, 134, 135, 136, 137, 138, 139, 140, 141, 142, 143, 144, 145, 146, 147, 306, 307, 308, 309, 310, 311, 312, 313, 314, 315, 316, 317, 318, 319, 320, 321, 322, 323, 324, 325, 335, 336, 337, 338, 339, 340, 341, 342, 343, 344, 345, 346, 347, 348, 349, 350, 351, 352, 353, 354, 533, 534, 535, 536, 537, 538, 539, 540, 541, 542, 543, 544, 545, 546, 547, 548, 549, 550, 551, 552, 553, 554, 555, 556, 557, 558, 559, 560, 561, 562, 1019, 1020, 1021, 1022, 1023, 1024, 1025, 1026, 1027, 1028, 1029, 1030, 1031, 1032, 1033, 1034, 1035, 1036, 1037, 1038, 1039, 1040, 1041, 1042, 1043, 1044, 1045, 1046, 1047, 1048, 1049, 1050, 1051, 1052, 1053, 1054, 1055, 1056, 1057, 1058, 1059, 1060, 1061, 1092, 1093, 1094, 1095, 1096, 1097, 1098, 1099, 1100, 1101, 1102, 1103, 1104, 1105, 1106, 1107, 1108, 1109, 1110, 1111, 1112, 1113, 1114, 1115, 1116, 1117, 1118, 1119, 1120, 1121, 1122, 1123, 1206, 1207, 1208, 1209, 1210, 1211, 1212, 1213, 1214, 1215, 1216, 1217, 1218, 1219, 1220, 1221, 1222, 1223, 1224, 1225, 1226, 1227, 1228, 1229, 1230, 1231, 1232, 1233, 1234, 1235, 1236, 1237, 1238, 1239, 1240, 1241, 1242, 1243, 1244, 1245, 1557, 1558, 1559, 1560, 1561, 1562, 1563, 1564, 1565, 1566, 1567, 1568, 1569, 1570, 1571, 1572, 1573, 1574, 1575, 1576, 1577, 1578, 1579, 1580, 1581, 1582, 1583, 1584, 1585, 1586, 1587, 1588, 1666, 1667, 1668, 1669, 1670, 1671, 1672, 1673, 1674, 1675, 1676, 1677, 1678, 1679, 1680, 1681, 1682, 1683, 1684, 1685, 1686, 1687, 1688, 1689, 1690, 1691, 1692, 1693, 1694, 1695, 1696, 1697, 1698, 1699, 1700, 1701, 1702, 1703, 1704, 1705, 1757, 1758, 1759, 1760, 1761, 1762, 1763, 1764, 1765, 1766, 1767, 1768, 1769, 1770, 1771, 1772, 1773, 1774, 1775, 1776, 1777, 1778, 1779, 1780, 1781, 1782, 1783, 1785, 1786, 1787, 1788, 1789, 1790, 1791, 1792, 1793, 1794, 1795, 1796, 1797, 1798, 1799, 1800, 1960, 1961, 1962, 1963, 1964, 1965, 1966, 1967, 1968, 1969, 1970, 1971, 1972, 1973, 1974, 1975, 1976, 1977, 1978, 1979, 1980, 1981, 1982, 1983, 1984, 1985, 1986, 1987, 1988, 1989, 1990, 1991, 1992, 1993, 1994, 1995, 1996, 1997, 1998, 1999, 2000, 2001, 2002, 2003, 2004, 2005, 2006, 2007, 2008, 2009, 2010, 2011, 2012, 2013, 2014, 2015, 2016, 2056, 2057, 2058, 2059, 2060, 2061, 2062, 2063, 2064, 2065, 2066, 2067, 2068, 2069, 2070, 2071, 2072, 2073, 2074, 2075, 2076, 2077, 2078, 2079, 2080, 2081, 2082, 2083, 2084, 2085, 2086, 2087, 2088, 2089, 2090, 2091, 2092, 2093, 2094, 2095, 2096, 2097, 2098, 2563, 2564, 2565, 2566, 2567, 2568, 2569, 2570, 2571, 2572, 2573, 2574, 2575, 2576, 2577, 2578, 2579, 2580, 2581, 2582, 2583, 2584, 2585, 2586, 2587, 2588, 2589, 2590, 2591, 2592, 2593, 2594, 2595, 2596, 2597, 2598, 2599, 2600, 2601, 2602, 2603, 2604, 2605, 2606, 2607, 2608, 2609, 2610, 2611, 2612, 2613, 2614, 2615, 2616, 2617, 2618, 2619, 2620, 2621, 2622, 2623, 2624, 2625, 2785, 2786, 2787, 2788, 2789, 2790, 2791, 2792, 2793, 2794, 2795, 2796, 2797, 2798, 2799, 2800, 2801, 2802, 2803, 2804, 2805, 2806, 2807, 2808, 2809, 2810, 2811, 2812, 2813, 2814, 2815, 2816, 2817, 2818, 2819, 2820, 2821, 2822, 2823, 2824, 2825, 2826, 2827, 2828, 2829, 2830, 2831, 2832, 2833, 2834, 2835, 2836, 2837, 2838, 2839, 2840, 2841, 2842, 2843, 2844, 2845, 2846, 2847, 2848, 3860, 3861, 3862, 3863, 3864, 3865, 3866, 3867, 3868, 3869, 3870, 3871, 3872, 3873, 3874, 3875, 3876, 3877, 3878, 3879, 4112, 4113, 4114, 4115, 4116, 4117, 4118, 4119, 4120, 4121, 4122, 4123, 4124, 4125, 4126, 4127, 4128, 4129, 4130, 4131]), Anchor::All(&[Anchor::Lits(&[234, 235, 236, 237, 238, 239, 240, 241, 242, 243, 244, 245, 246, 247, 248, 249, 250, 251, 257, 258, 259, 260, 261, 262, 263, 264, 265, 266, 267, 268, 269, 270, 271, 272, 273, 274, 1492, 1493, 1494, 1495, 1496, 1497, 1498, 1499, 1500, 1501, 1502, 1503, 1504, 1505, 1506, 1507, 1508, 1509]), Anchor::Lits(&[523, 587, 611, 763, 772, 1347, 1355, 1364, 1511, 1635, 2275, 2283, 2380, 2414, 2425, 2764, 3372]), Anchor::Lits(&[47, 112, 367, 634, 2236, 2366])])])),
            // permission-to-ignore
            (8, Anchor::All(&[Anchor::Lits(&[279, 507, 1418, 1419, 1421, 1469, 1473, 1474, 1475, 1476, 1477, 1478, 1479, 1480, 1481, 1551, 1597, 1707, 1709, 1713, 2203, 3619, 3647, 3685, 3686, 3688, 3689, 3694, 3699, 3700, 3701, 3706, 3707, 3858, 4082, 4088, 4090, 4091, 4096, 4137]), Anchor::Lits(&[224, 225, 226, 227, 229, 230, 276, 277, 396, 457, 523, 587, 608, 611, 623, 628, 763, 772, 915, 961, 1088, 1345, 1346, 1355, 1364, 1511, 1539, 1613, 1614, 1615, 1616, 1635, 1874, 1875, 1876, 1877, 2222, 2242, 2275, 2283, 2352, 2372, 2380, 2414, 2424, 2434, 2436, 2437, 2440, 2441, 2442, 2444, 2445, 2448, 2449, 2478, 2480, 2481, 2482, 2483, 2764, 3372, 3383]), Anchor::Lits(&[397, 434, 508, 780, 805, 962, 1133, 1443, 2147, 2546, 3475])])),
            // suspend-own-instructions
            (10, Anchor::All(&[Anchor::Lits(&[1422, 1423, 1424, 1425, 1426, 1427, 1428, 1429, 1430, 1431, 1432, 1433, 1434, 1435, 1436, 1801, 1802, 1803, 1804, 1805, 1807, 1808, 1809, 1810, 1811, 1812, 1813, 1814, 1815, 1816, 2179, 2180, 2181, 2182, 2183, 2184, 2185, 2186, 2187, 2188, 2189, 2190, 2191, 2192, 2193, 2206, 2207, 2208, 2209, 2210, 2211, 2212, 2213, 2214, 2215, 2216, 2217, 2218, 2219, 2220, 2310, 2311, 2312, 2313, 2314, 2322, 2323, 2324, 2325, 2326, 2327, 2328, 2329, 2330, 2335, 2493, 2494, 2495, 2496, 2497, 2503, 2504, 2505, 2506, 2507, 2508, 2509, 2510, 2511, 2513, 2514, 2515, 2516, 2517, 2518, 2519, 2520, 2521, 2522, 2523, 2524, 2525, 2526, 2527, 2528, 2726, 2727, 2728, 2729, 2730, 2740, 2741, 2743, 2744, 2747, 2750, 2752, 2753, 2754, 2756, 3384, 3385, 3386, 3387, 3388, 3397, 3398, 3400, 3401, 3404, 3407, 3409, 3410, 3412, 3413]), Anchor::Lits(&[81, 224, 225, 226, 227, 229, 230, 276, 277, 396, 457, 523, 587, 608, 611, 763, 772, 915, 961, 1087, 1345, 1346, 1355, 1364, 1511, 1539, 1613, 1614, 1616, 1635, 1874, 1877, 2222, 2223, 2242, 2275, 2283, 2307, 2352, 2380, 2414, 2424, 2433, 2478, 2480, 2481, 2482, 2483, 2764, 3372, 3383]), Anchor::Lits(&[232, 282, 370, 2017, 2054, 2055, 2099, 3370])])),
            // reveal-own-instructions
            (12, Anchor::Lits(&[3741, 3742, 3763, 3764, 3765, 3766, 3767, 3801, 3811, 3856, 3857, 3883, 3893, 3894, 3895, 3896, 3897, 3898, 3908, 3918, 3919, 3929, 3930, 3940, 3941, 3942, 3943, 3944, 3945, 3946, 3947, 3948, 3949, 3950, 3951, 3961, 3962, 3963, 4018, 4028, 4029, 4030, 4049, 4050, 4078, 4079, 4080])),
            // reveal-system-prompt
            (13, Anchor::Lits(&[53, 54, 55, 56, 57, 58, 59, 60, 61, 62, 63, 595, 596, 597, 598, 599, 600, 601, 602, 603, 604, 605, 741, 742, 743, 744, 745, 746, 748, 749, 750, 751, 753, 1377, 1378, 1379, 1380, 1382, 1384, 1385, 1386, 1387, 1388, 1389, 1600, 1601, 1602, 1603, 1604, 1606, 1607, 1608, 1609, 1610, 1611, 1653, 1654, 1655, 1656, 1657, 1658, 1659, 1660, 1661, 1662, 1663, 1863, 1864, 1865, 1866, 1867, 1868, 1869, 1870, 1871, 1872, 1873, 2112, 2113, 2114, 2115, 2116, 2117, 2118, 2119, 2120, 2121, 2122, 2129, 2130, 2131, 2132, 2133, 2135, 2136, 2137, 2138, 2139, 2140, 2226, 2227, 2228, 2229, 2230, 2231, 2232, 2233, 2234, 2235, 2239, 2259, 2260, 2261, 2262, 2263, 2264, 2265, 2266, 2267, 2268, 2269, 2338, 2339, 2340, 2341, 2342, 2343, 2344, 2345, 2346, 2347, 2348, 2465, 2466, 2467, 2468, 2469, 2470, 2471, 2472, 2473, 2474, 2475, 2653, 2654, 2655, 2656, 2657, 2658, 2659, 2660, 2661, 2662, 2663, 2758, 2759, 2760, 2761, 2763, 2764, 2779, 2780, 2781, 2782, 2783, 3425, 3426, 3427, 3428, 3429, 3430, 3431, 3432, 3433, 3434, 3435, 3464, 3465, 3466, 3467, 3468, 3469, 3470, 3471, 3472, 3473, 3474])),
            // what-others-told-you
            (14, Anchor::Any(&[Anchor::Lits(&[34, 35, 36, 37, 38, 39, 40, 41, 42, 43, 44, 45, 46, 293, 299, 300, 301, 302, 328, 330, 333, 355, 356, 357, 358, 362, 2245, 2246, 2247, 2248, 2249, 2250, 2251, 2252, 2254, 2255, 2256, 2257, 2258]), Anchor::All(&[Anchor::Lits(&[252, 253, 254, 255, 1248, 1249, 1250, 1251, 1288, 1289, 1292, 1293, 1625, 1626, 1627, 1628, 2271, 2272, 2273, 2274, 2320, 2321, 2332, 2333, 2453, 2454, 2455, 2456, 2489, 2490, 2491, 2492, 2857, 2858, 2859, 2860, 2861, 2862, 2863, 2864, 3364, 3365, 3366, 3367, 3608, 3609, 3610, 3611, 3615, 3616, 3617, 3618]), Anchor::Lits(&[67, 197, 1014, 3482])])])),
            // reveal-what-you-were-told
            (15, Anchor::Any(&[Anchor::Lits(&[3485, 3486, 3487]), Anchor::All(&[Anchor::Lits(&[3488, 3489, 3490, 3491, 3532, 3533, 3534, 3535, 3536, 3537, 3538, 3539, 3540, 3541, 3542, 3543, 3544, 3545]), Anchor::Lits(&[606, 611, 633, 763, 772, 1090, 1347, 1364, 1606, 1635, 2205, 2222, 2224, 2275, 2283, 2380, 2414, 2512, 2764, 3372])]), Anchor::All(&[Anchor::Lits(&[3635, 3636, 3637, 3638, 3639, 3640, 3641, 3642, 3643, 3644, 3645, 3646, 3664, 3665, 3666, 3703, 3737, 3739, 3769, 3770, 3771, 3772, 3773, 3774, 3775, 3776, 3777, 3778, 3779, 3780, 3783, 3786, 3787, 3789, 3790, 3792, 3794, 3797, 3798, 3799, 3821, 3822, 3823, 3824, 3825, 3826, 3827, 3828, 3829, 3830, 3831, 3832, 3836, 3839, 3840, 3842, 3843, 3846, 3848, 3851, 3852, 3853, 3859, 4085, 4086, 4087]), Anchor::Lits(&[524, 525, 526, 527, 528, 529, 530, 588, 589, 590, 591, 592, 593, 594, 612, 613, 614, 615, 616, 617, 618, 764, 765, 766, 767, 768, 769, 770, 773, 774, 775, 776, 777, 778, 779, 1348, 1349, 1350, 1351, 1352, 1353, 1354, 1356, 1357, 1358, 1359, 1360, 1361, 1362, 1365, 1366, 1367, 1368, 1369, 1370, 1371, 1512, 1513, 1514, 1515, 1516, 1517, 1518, 1630, 1631, 1632, 1633, 1634, 1637, 1638, 1639, 1641, 1642, 1644, 1645, 1651, 1652, 2276, 2277, 2278, 2279, 2280, 2281, 2282, 2285, 2286, 2287, 2290, 2291, 2292, 2293, 2294, 2296, 2297, 2298, 2299, 2300, 2301, 2382, 2383, 2384, 2385, 2386, 2387, 2388, 2415, 2416, 2417, 2418, 2419, 2420, 2421, 2426, 2427, 2428, 2429, 2430, 2431, 2432, 2765, 2766, 2767, 2768, 2769, 2770, 2771, 2772, 2773, 2774, 2775, 2776, 2777, 2778, 3373, 3374, 3375, 3376, 3377, 3378, 3379])]), Anchor::All(&[Anchor::Lits(&[619, 620, 621, 736, 737, 738, 1381, 1383, 1390, 1552, 1553, 1554, 1594, 1595, 1596, 1845, 1846, 1847, 2451, 2452, 2457, 2649, 2650, 2651, 2667, 2668, 2669, 3612, 3613, 3614]), Anchor::Lits(&[3482])]), Anchor::All(&[Anchor::Lits(&[3483, 3484, 3531, 3546, 3547]), Anchor::Lits(&[275, 284, 452, 906, 1605, 1664, 1665, 1950, 2134, 2241])])])),
            // reveal-context-contents
            (19, Anchor::Any(&[Anchor::Lits(&[1618, 1619, 1620, 1621, 1622, 1623, 1624, 1640, 1643, 1646, 1647, 1648, 1649, 1650, 1848, 1850, 1851, 1852, 1853, 1854, 1855, 1856, 1857, 1858, 1859, 1860, 1861, 1862, 2288, 2295, 2302, 2303, 2304, 2305, 2306]), Anchor::All(&[Anchor::Lits(&[365, 366, 460, 461, 625, 626, 630, 631, 638, 639, 913, 914, 1547, 1548, 1549, 1550, 2175, 2176, 2177, 2178, 2194, 2195, 2355, 2356, 2370, 2371, 2476, 2477, 2485, 2486, 2487, 2488, 2664, 2665, 2867, 2868, 3368, 3369, 3380, 3381, 3599, 3600]), Anchor::Lits(&[607, 632, 637, 1635, 1844, 2224, 2283, 2414])])])),
            // unrestricted-mode
            (27, Anchor::Any(&[Anchor::Lits(&[110, 111, 458, 712, 747, 752, 904, 1018, 1189, 1294, 1374, 1526, 1735, 1754, 1918, 1919, 1921, 1944, 2048, 2126, 2350, 2652, 2716, 3417, 3419, 3420, 3445, 3452, 3454, 3458, 3459]), Anchor::All(&[Anchor::Lits(&[110, 111, 458, 712, 747, 752, 904, 1018, 1189, 1294, 1374, 1526, 1735, 1754, 1918, 1919, 1921, 1944, 2048, 2126, 2350, 2652, 2716, 3417, 3419, 3420, 3445, 3452, 3454, 3458, 3459]), Anchor::Lits(&[51, 52, 92, 114, 231, 278, 280, 395, 909, 910, 911, 912, 1295, 1297, 1344, 1612, 1951, 2124, 2204, 2331, 2334, 2336, 2357, 2363, 2368, 2423, 2674, 2738, 2739, 2755, 3411, 3453, 3481, 3623])])])),
            // unrestricted-persona
            (29, Anchor::All(&[Anchor::Lits(&[48, 50, 113, 283, 368, 369, 459, 521, 635, 907, 908, 1296, 1591, 2123, 2221, 2237, 2238, 2270, 2351, 2362, 2367, 2369, 2408, 2411, 2544, 2545, 2648, 2666, 2784, 3382, 3396, 3619, 3708, 3858, 4081, 4138]), Anchor::Any(&[Anchor::Lits(&[109, 115, 455, 640, 711, 754, 831, 1017, 1373, 1375, 1420, 1482, 1525, 1590, 1749, 1818, 1878, 1916, 1917, 1920, 1943, 1945, 2349, 2410, 2413, 3414, 3415, 3418, 3421, 3424, 3443, 3444, 3451, 3455, 3456, 3457, 3460, 3574, 3575, 3576, 3578, 3579, 3580, 3581, 3582, 3583, 3584, 3585, 3586, 3587, 3588, 3589, 3590, 3591, 3592, 3593, 3594, 3595, 3596, 3597, 3598]), Anchor::All(&[Anchor::Lits(&[2870, 2871, 2872, 2873, 2874, 2875, 2876, 2878, 2879, 2880, 2881, 2882, 2883, 3548, 3549, 3550, 3551, 3552, 3553, 3554, 3555, 3556, 3557, 3558, 3559, 3560, 3561, 3562, 3563, 3564, 3565, 3566, 3567, 3568, 3569, 3570, 3571, 3572, 3573]), Anchor::Lits(&[396, 961, 1088, 1364, 1539, 1635, 1877, 2222, 2380, 2414, 2433])])])])),
            // no-restrictions
            (31, Anchor::Any(&[Anchor::Lits(&[468, 469, 470, 471, 472, 473, 479, 480, 481, 482, 483, 484, 488, 489, 490, 491, 492, 493, 647, 648, 649, 650, 651, 652, 658, 659, 660, 661, 662, 663, 667, 668, 669, 670, 671, 672, 1305, 1306, 1307, 1308, 1309, 1310, 1316, 1317, 1318, 1319, 1320, 1321, 1325, 1326, 1327, 1328, 1329, 1330, 2912, 2913, 2914, 2915, 2916, 2917, 2923, 2924, 2925, 2926, 2927, 2928, 2932, 2933, 2934, 2935, 2936, 2937, 2957, 2958, 2959, 2960, 2961, 2962, 2968, 2969, 2970, 2971, 2972, 2973, 2977, 2978, 2979, 2980, 2981, 2982, 3043, 3044, 3045, 3046, 3047, 3048, 3054, 3055, 3056, 3057, 3058, 3059, 3063, 3064, 3065, 3066, 3067, 3068, 3185, 3186, 3187, 3188, 3189, 3190, 3196, 3197, 3198, 3199, 3200, 3201, 3205, 3206, 3207, 3208, 3209, 3210, 3230, 3231, 3232, 3233, 3234, 3235, 3241, 3242, 3243, 3244, 3245, 3246, 3250, 3251, 3252, 3253, 3254, 3255, 3275, 3276, 3277, 3278, 3279, 3280, 3286, 3287, 3288, 3289, 3290, 3291, 3295, 3296, 3297, 3298, 3299, 3300, 3657, 3658, 3659, 3660, 3661, 3662, 3712, 3713, 3714, 3715, 3716, 3717, 3721, 3722, 3723, 3724, 3725, 3726, 3979, 3980, 3981, 3982, 3983, 3984, 3990, 3991, 3992, 3993, 3994, 3995, 3999, 4000, 4001, 4002, 4003, 4004]), Anchor::All(&[Anchor::Lits(&[457, 608, 624, 627, 628, 961, 1347, 1364, 1511, 1540, 1875, 1876, 1877, 2242, 2372, 2380, 2422, 2425, 2438, 2441, 2447, 2450]), Anchor::Lits(&[463, 464, 465, 474, 475, 476, 477, 485, 486, 487, 494, 495, 496, 497, 498, 499, 500, 501, 502, 503, 506, 642, 643, 644, 653, 654, 655, 656, 664, 665, 666, 673, 674, 675, 676, 677, 678, 679, 680, 681, 682, 685, 1300, 1301, 1302, 1311, 1312, 1313, 1314, 1322, 1323, 1324, 1331, 1332, 1333, 1334, 1335, 1336, 1337, 1338, 1339, 1340, 1343, 2907, 2908, 2909, 2918, 2919, 2920, 2921, 2929, 2930, 2931, 2938, 2939, 2940, 2941, 2942, 2943, 2944, 2945, 2946, 2947, 2950, 2952, 2953, 2954, 2963, 2964, 2965, 2966, 2974, 2975, 2976, 2983, 2984, 2985, 2986, 2987, 2988, 2989, 2990, 2991, 2992, 2995, 3038, 3039, 3040, 3049, 3050, 3051, 3052, 3060, 3061, 3062, 3069, 3070, 3071, 3072, 3073, 3074, 3075, 3076, 3077, 3078, 3081, 3180, 3181, 3182, 3191, 3192, 3193, 3194, 3202, 3203, 3204, 3211, 3212, 3213, 3214, 3215, 3216, 3217, 3218, 3219, 3220, 3223, 3225, 3226, 3227, 3236, 3237, 3238, 3239, 3247, 3248, 3249, 3256, 3257, 3258, 3259, 3260, 3261, 3262, 3263, 3264, 3265, 3268, 3270, 3271, 3272, 3281, 3282, 3283, 3284, 3292, 3293, 3294, 3301, 3302, 3303, 3304, 3305, 3306, 3307, 3308, 3309, 3310, 3313, 3621, 3630, 3634, 3675, 3683, 3684, 3702, 3718, 3719, 3720, 3727, 3728, 3729, 3730, 3731, 3732, 3733, 3734, 3736, 3738, 3974, 3975, 3976, 3985, 3986, 3987, 3988, 3996, 3997, 3998, 4005, 4006, 4007, 4008, 4009, 4010, 4011, 4012, 4013, 4014, 4017, 4139])]), Anchor::All(&[Anchor::Lits(&[396, 457, 608, 611, 628, 961, 1088, 1347, 1364, 1511, 1539, 1875, 1876, 1877, 2222, 2242, 2275, 2372, 2380, 2414, 2425, 2441]), Anchor::Lits(&[462, 466, 467, 469, 472, 474, 475, 476, 478, 504, 505, 641, 645, 646, 648, 651, 653, 654, 655, 657, 683, 684, 1299, 1303, 1304, 1306, 1309, 1311, 1312, 1313, 1315, 1341, 1342, 2906, 2910, 2911, 2913, 2916, 2918, 2919, 2920, 2922, 2948, 2949, 2951, 2955, 2956, 2958, 2961, 2963, 2964, 2965, 2967, 2993, 2994, 3037, 3041, 3042, 3044, 3047, 3049, 3050, 3051, 3053, 3079, 3080, 3179, 3183, 3184, 3186, 3189, 3191, 3192, 3193, 3195, 3221, 3222, 3224, 3228, 3229, 3231, 3234, 3236, 3237, 3238, 3240, 3266, 3267, 3269, 3273, 3274, 3276, 3279, 3281, 3282, 3283, 3285, 3311, 3312, 3619, 3655, 3656, 3658, 3661, 3675, 3683, 3684, 3704, 3973, 3977, 3978, 3980, 3983, 3985, 3986, 3987, 3989, 4015, 4016, 4101, 4109]), Anchor::Lits(&[49, 233, 256, 1417, 1437, 1589, 1593, 2236, 2717, 3109])])])),
            // rules-do-not-apply
            (32, Anchor::Any(&[Anchor::All(&[Anchor::Lits(&[200, 201, 202, 203, 204, 205, 206, 207, 208, 209, 210, 211, 212, 213, 214, 215, 216, 217, 218, 219, 220, 221, 222, 223, 371, 372, 373, 374, 375, 376, 377, 378, 379, 380, 381, 382, 383, 384, 385, 386, 387, 388, 389, 390, 391, 392, 393, 394, 563, 564, 565, 566, 567, 568, 569, 570, 571, 572, 573, 574, 575, 576, 577, 578, 579, 580, 581, 582, 583, 584, 585, 586, 686, 687, 688, 689, 690, 691, 692, 693, 694, 695, 696, 697, 698, 699, 700, 701, 702, 703, 704, 705, 706, 707, 708, 709, 1063, 1064, 1065, 1066, 1067, 1068, 1069, 1070, 1071, 1072, 1073, 1074, 1075, 1076, 1077, 1078, 1079, 1080, 1081, 1082, 1083, 1084, 1085, 1086, 1391, 1392, 1393, 1394, 1395, 1396, 1397, 1398, 1399, 1400, 1401, 1402, 1403, 1404, 1405, 1406, 1407, 1408, 1409, 1410, 1411, 1412, 1413, 1414, 1519, 1520, 1521, 1522, 1523, 1524, 1527, 1528, 1529, 1530, 1531, 1532, 1533, 1534, 1535, 1536, 1537, 1538, 1541, 1542, 1543, 1544, 1545, 1546, 1820, 1821, 1822, 1823, 1824, 1825, 1826, 1827, 1828, 1829, 1830, 1831, 1832, 1833, 1834, 1835, 1836, 1837, 1838, 1839, 1840, 1841, 1842, 1843, 2373, 2374, 2375, 2376, 2377, 2378, 2389, 2390, 2391, 2392, 2393, 2394, 2395, 2396, 2397, 2398, 2399, 2400, 2401, 2402, 2403, 2404, 2405, 2406]), Anchor::Lits(&[396, 457, 523, 587, 608, 611, 628, 763, 772, 961, 1088, 1347, 1355, 1364, 1511, 1539, 1635, 1875, 1876, 1877, 2222, 2242, 2275, 2283, 2372, 2380, 2414, 2425, 2441, 2764, 3372])]), Anchor::All(&[Anchor::Lits(&[755, 756, 757, 758, 759, 760, 761, 762, 832, 833, 834, 835, 836, 837, 838, 839, 841, 842, 850, 857, 870, 871, 884, 891, 1899, 1900, 1903, 1910, 1924, 1925, 1927, 1934]), Anchor::Lits(&[396, 457, 523, 587, 608, 611, 628, 763, 772, 961, 1088, 1347, 1355, 1364, 1511, 1539, 1635, 1875, 1876, 1877, 2222, 2242, 2275, 2283, 2372, 2380, 2414, 2425, 2441, 2764, 3372])])])),
            // no-rules-apply
            (33, Anchor::Any(&[Anchor::Lits(&[3086]), Anchor::All(&[Anchor::Lits(&[3125, 3126, 3127, 3128, 3129, 3130, 3131, 3134]), Anchor::Lits(&[396, 1088, 1347, 1364, 1511, 1539, 2380, 2414])])])),
            // freed-from-limits
            (34, Anchor::All(&[Anchor::Lits(&[398, 399, 433, 919, 920, 1062, 1188, 1190, 1483, 1926, 1933, 1936, 1947, 1948, 1949, 2354, 3416, 3422, 3423, 3461]), Anchor::Lits(&[396, 457, 523, 587, 608, 611, 628, 763, 772, 961, 1088, 1347, 1355, 1364, 1511, 1539, 1635, 1875, 1876, 1877, 2222, 2242, 2275, 2283, 2372, 2380, 2414, 2425, 2441, 2764, 3372])])),
            // pre-safety-self
            (36, Anchor::Lits(&[285, 286, 287, 288, 289, 290, 291, 292, 294, 295, 296, 297, 298, 303, 304, 326, 327, 329, 331, 332, 359, 360, 361, 363, 364, 2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026, 2027, 2029, 2030, 2031, 2032, 2033, 2034, 2035, 2036, 2037, 2038, 2039, 2040, 2041, 2042, 2043, 2044, 2045, 2046])),
            // stay-in-character
            (37, Anchor::Lits(&[843, 844, 856, 877, 878, 890, 1806, 1901, 1902, 1909, 2358, 2671, 2672, 2673, 2675, 2676, 2677, 2678, 2679, 2680, 2681, 2682, 2683, 2684])),
            // jailbreak
            (38, Anchor::Lits(&[609, 610, 1246, 1247, 1470, 1471, 1472, 1710, 1711, 1712, 1714, 1715, 1716, 1717, 1718, 1719, 1720, 1721, 1722, 1723, 1724, 1725, 1726, 1727, 1728, 1729, 1730, 1731, 1732, 1734, 1735, 1736, 1738, 1739, 1740, 1741, 1742, 1744, 1748, 1750, 1751, 1752, 1753, 1754, 1755, 1756, 1952, 1953, 2243, 2458, 3479, 3480, 3625, 3626, 3692, 3693, 3880, 3881, 4094, 4095])),
            // evil-twin
            (39, Anchor::Lits(&[3743, 3744, 3745, 3746, 3747, 3748, 3749, 3750, 3751, 3802, 3803, 3804, 3805, 3806, 3807, 3808, 3809, 3810, 3884, 3885, 3886, 3887, 3888, 3889, 3890, 3891, 3892, 3899, 3900, 3901, 3902, 3903, 3904, 3905, 3906, 3907, 3909, 3910, 3911, 3912, 3913, 3914, 3915, 3916, 3917, 3920, 3921, 3922, 3923, 3924, 3925, 3926, 3927, 3928, 3931, 3932, 3933, 3934, 3935, 3936, 3937, 3938, 3939, 3952, 3953, 3954, 3955, 3956, 3957, 3958, 3959, 3960, 3964, 3965, 3966, 3967, 3968, 3969, 3970, 3971, 3972, 4019, 4020, 4021, 4022, 4023, 4024, 4025, 4026, 4027, 4031, 4032, 4033, 4034, 4035, 4036, 4037, 4038, 4039, 4040, 4041, 4042, 4043, 4044, 4045, 4046, 4047, 4048, 4051, 4052, 4053, 4054, 4055, 4056, 4057, 4058, 4059, 4060, 4061, 4062, 4063, 4064, 4065, 4066, 4067, 4068, 4069, 4070, 4071, 4072, 4073, 4074, 4075, 4076, 4077])),
            // disable-safety
            (40, Anchor::Any(&[Anchor::Lits(&[3, 6, 7, 8, 10, 400, 401, 402, 403, 404, 405, 406, 407, 408, 409, 410, 411, 412, 413, 414, 415, 416, 417, 418, 419, 420, 421, 422, 423, 424, 425, 426, 427, 428, 429, 430, 431, 432, 437, 441, 442, 443, 444, 446, 447, 448, 449, 451, 509, 510, 511, 512, 513, 515, 516, 517, 518, 520, 715, 717, 718, 719, 721, 723, 724, 725, 726, 728, 730, 731, 732, 733, 735, 781, 783, 784, 785, 787, 789, 790, 791, 792, 794, 808, 813, 816, 817, 818, 820, 821, 822, 823, 825, 917, 918, 921, 922, 923, 924, 925, 926, 927, 928, 929, 930, 931, 933, 934, 935, 936, 938, 939, 940, 941, 942, 943, 944, 945, 946, 947, 948, 949, 950, 952, 953, 954, 955, 963, 964, 965, 966, 968, 970, 971, 972, 973, 975, 1140, 1143, 1144, 1145, 1148, 1151, 1152, 1153, 1155, 1157, 1192, 1193, 1194, 1195, 1197, 1199, 1200, 1201, 1202, 1203, 1253, 1254, 1255, 1256, 1258, 1259, 1260, 1261, 1262, 1263, 1264, 1265, 1266, 1267, 1268, 1269, 1270, 1271, 1272, 1273, 1274, 1276, 1277, 1278, 1279, 1280, 1282, 1283, 1284, 1285, 1287, 1446, 1449, 1450, 1451, 1453, 1461, 1464, 1465, 1466, 1468, 1485, 1487, 1488, 1489, 1491, 1733, 1737, 1743, 1745, 1747, 1885, 1886, 1887, 1888, 1890, 1892, 1893, 1894, 1895, 1897, 2150, 2153, 2154, 2155, 2157, 2161, 2164, 2165, 2166, 2168, 2530, 2531, 2532, 2533, 2535, 2537, 2538, 2539, 2540, 2542, 2710, 2711, 2712, 2713, 2715, 2719, 2721, 2722, 2723, 2725, 2732, 2733, 2734, 2735, 2737, 2745, 2746, 2748, 2749, 2751, 2850, 2851, 2852, 2853, 2855, 3390, 3391, 3392, 3393, 3395, 3402, 3403, 3405, 3406, 3408, 3437, 3438, 3439, 3440, 3442, 3602, 3603, 3604, 3605, 3607]), Anchor::All(&[Anchor::Lits(&[224, 225, 226, 227, 228, 229, 230, 276, 277, 457, 623, 627, 628, 629, 915, 956, 957, 958, 959, 960, 961, 1089, 1345, 1346, 1613, 1614, 1615, 1616, 1874, 1877, 2289, 2352, 2381, 2424, 2434, 2435, 2436, 2437, 2439, 2440, 2441, 2442, 2443, 2444, 2445, 2446, 2447, 2448, 2449, 2450, 2478, 2479, 2480, 2481, 2482, 2483, 2484, 3383]), Anchor::Lits(&[0, 281, 397, 434, 508, 714, 722, 729, 780, 788, 805, 826, 858, 892, 903, 916, 937, 962, 969, 1133, 1191, 1198, 1252, 1275, 1281, 1372, 1443, 1458, 1484, 1706, 1708, 1817, 1884, 1891, 1935, 2147, 2158, 2353, 2359, 2361, 2529, 2536, 2543, 2546, 2687, 2708, 2709, 2718, 2731, 2742, 2849, 3389, 3399, 3436, 3478, 3577, 3601])]), Anchor::All(&[Anchor::Lits(&[9, 108, 199, 445, 450, 514, 519, 720, 727, 734, 786, 793, 819, 824, 932, 951, 967, 974, 1016, 1154, 1156, 1196, 1257, 1286, 1452, 1467, 1490, 1746, 1889, 1896, 2028, 2156, 2167, 2534, 2541, 2714, 2724, 2736, 2750, 2854, 3172, 3394, 3407, 3441, 3606]), Anchor::Lits(&[81, 396, 587, 608, 611, 772, 961, 1087, 1347, 1364, 1511, 1539, 1635, 1877, 2222, 2223, 2242, 2275, 2307, 2380, 2414, 2425, 2433, 3372])])])),
            // safety-declared-off
            (41, Anchor::All(&[Anchor::Lits(&[81, 224, 225, 226, 227, 228, 229, 230, 276, 277, 457, 623, 627, 628, 629, 915, 956, 957, 958, 959, 960, 961, 1089, 1345, 1346, 1613, 1614, 1615, 1616, 1874, 1877, 2289, 2352, 2381, 2424, 2434, 2435, 2436, 2437, 2439, 2440, 2441, 2442, 2443, 2444, 2445, 2446, 2447, 2448, 2449, 2450, 2478, 2479, 2480, 2481, 2482, 2483, 2484, 3383]), Anchor::Lits(&[439, 453, 454, 716, 739, 782, 1298, 1486, 1592, 1923, 1946, 2017, 2146, 2197, 2360, 2407, 2409, 2720, 3476, 3477])])),
        ],
    },
    // Text
    ViewAnchors {
        literals: Literals {
            bytes: b"\
\x09:\
\x20:\
\x20alert:\
\x20announcement:\
\x20bulletin:\
\x20change:\
\x20command:\
\x20directive:\
\x20directives\
\x20guardrails\
\x20guidelines\
\x20instructions\
\x20message:\
\x20notice:\
\x20patch:\
\x20prompts\
\x20restrictions\
\x20rules\
\x20safeguards\
\x20system instructions\
\x20system message\
\x20system prompt\
\x20system rules\
\x20the prompt\
\x20the system prompt\
\x20update:\
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
<s>\
<|\
>\
>>\
[\
[/inst]\
[[\
[assistant](\
[developer](\
[inst]\
[system](\
]]\
admin block\
admin input\
admin instructions\
admin message\
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
complete\
comply\
developer\
developer block\
developer input\
developer instructions\
developer message\
developer override\
developer prompt\
developer section\
disregard\
do not\
dont\
drop\
end of context\
end of conversation\
end of customer context\
end of customer conversation\
end of customer data\
end of customer input\
end of customer instructions\
end of customer message\
end of customer prompt\
end of customer query\
end of customer request\
end of data\
end of human context\
end of human conversation\
end of human data\
end of human input\
end of human instructions\
end of human message\
end of human prompt\
end of human query\
end of human request\
end of input\
end of instructions\
end of message\
end of prompt\
end of query\
end of request\
end of system context\
end of system conversation\
end of system data\
end of system input\
end of system query\
end of system request\
end of the context\
end of the conversation\
end of the customer context\
end of the customer conversation\
end of the customer data\
end of the customer input\
end of the customer instructions\
end of the customer message\
end of the customer prompt\
end of the customer query\
end of the customer request\
end of the data\
end of the human context\
end of the human conversation\
end of the human data\
end of the human input\
end of the human instructions\
end of the human message\
end of the human prompt\
end of the human query\
end of the human request\
end of the input\
end of the instructions\
end of the message\
end of the prompt\
end of the query\
end of the request\
end of the system context\
end of the system conversation\
end of the system data\
end of the system input\
end of the system query\
end of the system request\
end of the user context\
end of the user conversation\
end of the user data\
end of the user input\
end of the user instructions\
end of the user message\
end of the user prompt\
end of the user query\
end of the user request\
end of user context\
end of user conversation\
end of user data\
end of user input\
end of user instructions\
end of user message\
end of user prompt\
end of user query\
end of user request\
end_of_turn\
ended\
ends\
finished\
forget\
from now\
grant\
human input \
human message \
human prompt \
ignore\
im_end\
im_start\
instructions\
is over\
must\
never\
new\
new directives:\
new orders:\
new policy:\
no restrictions\
obey\
override\
override mode\
override:\
permitted\
policy\
print\
respond\
reveal\
root block\
root input\
root instructions\
root message\
root override\
root prompt\
root section\
root:\
rules\
start \
start_of_turn\
sudo block\
sudo input\
sudo instructions\
sudo message\
sudo override\
sudo prompt\
sudo section\
sudo:\
sys\
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
system:\
system_\
unrestricted\
user input \
user message \
user prompt \
you\
|>\
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
            ends: &[2, 4, 11, 25, 35, 43, 52, 63, 74, 85, 96, 109, 118, 126, 133, 141, 154, 160, 171, 191, 206, 220, 233, 244, 262, 270, 272, 274, 284, 294, 307, 320, 333, 345, 357, 369, 376, 378, 380, 391, 397, 407, 412, 421, 429, 436, 442, 448, 455, 460, 464, 475, 485, 488, 493, 504, 508, 509, 513, 515, 518, 520, 521, 523, 524, 531, 533, 545, 557, 563, 572, 574, 585, 596, 614, 627, 641, 653, 666, 672, 691, 710, 736, 757, 779, 799, 820, 822, 825, 831, 837, 844, 853, 859, 869, 875, 883, 889, 898, 913, 928, 950, 967, 985, 1001, 1018, 1027, 1033, 1037, 1041, 1055, 1074, 1097, 1125, 1145, 1166, 1194, 1217, 1239, 1260, 1283, 1294, 1314, 1339, 1356, 1374, 1399, 1419, 1438, 1456, 1476, 1488, 1507, 1521, 1534, 1546, 1560, 1581, 1607, 1625, 1644, 1663, 1684, 1702, 1725, 1752, 1784, 1808, 1833, 1865, 1892, 1918, 1943, 1970, 1985, 2009, 2038, 2059, 2081, 2110, 2134, 2157, 2179, 2203, 2219, 2242, 2260, 2277, 2293, 2311, 2336, 2366, 2388, 2411, 2434, 2459, 2482, 2510, 2530, 2551, 2579, 2602, 2624, 2645, 2668, 2687, 2711, 2727, 2744, 2768, 2787, 2805, 2822, 2841, 2852, 2857, 2861, 2869, 2875, 2883, 2888, 2900, 2914, 2927, 2933, 2939, 2947, 2959, 2966, 2970, 2975, 2978, 2993, 3004, 3015, 3030, 3034, 3042, 3055, 3064, 3073, 3079, 3084, 3091, 3097, 3107, 3117, 3134, 3146, 3159, 3170, 3182, 3187, 3192, 3198, 3211, 3221, 3231, 3248, 3260, 3273, 3284, 3296, 3301, 3304, 3311, 3318, 3330, 3342, 3361, 3375, 3390, 3403, 3417, 3424, 3431, 3438, 3445, 3457, 3468, 3481, 3493, 3496, 3498, 3525, 3534, 3546, 3558, 3570, 3576, 3582, 3588, 3594, 3600, 3606, 3612, 3624, 3636, 3648, 3654, 3666, 3672, 3678],
        },
        rules: &[
            // chat-template-token
            (20, Anchor::Any(&[Anchor::Lits(&[58, 65, 67, 68, 69, 70]), Anchor::All(&[Anchor::Lits(&[66]), Anchor::Lits(&[71])]), Anchor::All(&[Anchor::Lits(&[61]), Anchor::Lits(&[263])]), Anchor::All(&[Anchor::Lits(&[59]), Anchor::Lits(&[63])]), Anchor::All(&[Anchor::Lits(&[60]), Anchor::Lits(&[64])]), Anchor::All(&[Anchor::Lits(&[57]), Anchor::Lits(&[62]), Anchor::Lits(&[92, 98, 194, 205, 206, 235, 244])])])),
            // bare-override
            (21, Anchor::All(&[Anchor::Lits(&[8, 9, 10, 11, 15, 16, 17, 18, 23, 24]), Anchor::Lits(&[95, 106, 109, 198, 204, 217])])),
            // markdown-role-header
            (22, Anchor::Lits(&[26, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36])),
            // fake-turn
            (23, Anchor::Any(&[Anchor::All(&[Anchor::Lits(&[245, 246, 254, 255, 256, 257]), Anchor::Lits(&[88, 89, 90, 91, 97, 106, 107, 108, 198, 199, 200, 204, 207, 209, 210, 211, 215, 216, 217, 220, 221, 222, 223, 224, 233, 258, 262])]), Anchor::All(&[Anchor::Lits(&[37, 38, 39, 40, 41, 42, 43, 44, 45, 46, 47, 48, 49, 50, 51, 52, 53, 54, 55, 56]), Anchor::Lits(&[87, 92])])])),
            // end-of-input-marker
            (24, Anchor::Any(&[Anchor::Lits(&[0, 1, 2, 3, 4, 5, 6, 7, 12, 13, 14, 19, 20, 21, 22, 25, 76, 79, 103, 110, 111, 112, 113, 114, 115, 116, 117, 118, 119, 120, 121, 122, 123, 124, 125, 126, 127, 128, 129, 130, 131, 132, 133, 134, 135, 136, 137, 138, 139, 140, 141, 142, 143, 144, 145, 146, 147, 148, 149, 150, 151, 152, 153, 154, 155, 156, 157, 158, 159, 160, 161, 162, 163, 164, 165, 166, 167, 168, 169, 170, 171, 172, 173, 174, 175, 176, 177, 178, 179, 180, 181, 182, 183, 184, 185, 186, 187, 188, 189, 190, 191, 192, 193, 212, 213, 214, 218, 219, 232, 243, 251]), Anchor::All(&[Anchor::Lits(&[72, 73, 74, 75, 76, 77, 78, 80, 81, 82, 83, 84, 85, 86, 99, 100, 101, 102, 103, 104, 105, 225, 226, 227, 228, 229, 230, 231, 236, 237, 238, 239, 240, 241, 242, 247, 248, 249, 250, 251, 252, 253]), Anchor::Lits(&[93, 94, 234])]), Anchor::All(&[Anchor::Lits(&[201, 202, 203, 259, 260, 261]), Anchor::Lits(&[96, 195, 196, 197, 208])])])),
            // override-instructions-cjk
            (49, Anchor::Lits(&[264, 265, 266, 267, 268, 269, 270, 271, 272, 273, 274, 275, 276, 277, 278, 279, 280, 281, 282])),
        ],
    },
];
