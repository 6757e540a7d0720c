//! The built-in prompt-injection rules, as data.
//!
//! Each rule has an id (reported in blocks and the audit record), a description, the view it
//! reads (see [`crate::guard::normalize`]), a pattern, optionally a pattern that cancels a match
//! when it follows it (`unless_after`), and examples it must catch (checked by tests).
//!
//! Patterns for the word views are written as lowercase words separated by single spaces, the
//! way [`View::Words`] spells every prompt. `@name` stands for a word list from [`VOCABULARY`].
//! A [`View::WordsAndSquashed`] rule also runs on the squashed view (the same pattern without
//! its spaces), which sees through `i g n o r e` and `ig-nore`; only rules made of fixed words
//! may run there. [`View::Text`] rules read the prompt with punctuation and line breaks (role
//! tags, fake turns) and are plain regular expressions.
//!
//! The rules aim at what an attack must say, not at examples: an instruction to drop earlier
//! instructions, a request for hidden instructions, a forged role boundary, a persona without
//! limits, a request to switch safety off. Legitimate Snowflake work that shares words with
//! these ("the previous quarter", "ignore null values", "system tables", "the developer role",
//! "bypass the result cache") does not have their shape.

/// Which normalized view a rule reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum View {
    /// Lowercased, folded text with punctuation and line breaks.
    Text,
    /// Words separated by single spaces.
    Words,
    /// Words, and the squashed view.
    WordsAndSquashed,
}

/// One built-in rule.
#[derive(Debug, Clone, Copy)]
pub struct Rule {
    pub id: &'static str,
    pub description: &'static str,
    pub view: View,
    pub pattern: &'static str,
    /// A match followed by this (from the next word on) is not an attack.
    pub unless_after: Option<&'static str>,
    /// A match preceded by this (up to the previous word) is not an attack: `strip the
    /// <|im_start|> tokens` names a token, it does not forge a turn.
    pub unless_before: Option<&'static str>,
    /// Prompts this rule must catch.
    pub examples: &'static [&'static str],
}

/// Word lists shared by the rules: `@name` in a pattern stands for `(?:one|of|these)`.
pub const VOCABULARY: &[(&str, &str)] = &[
    (
        "ignore",
        "ignore|ignoring|disregard|disregarding|forget about|forget|dont worry about|do not worry about|dont care about|do not care about|dont bother with|stop caring about|no need to follow|forgetting|skip|override|overriding|overrule|bypass|discard|abandon|dismiss|neglect|overlook|scrap|set aside|put aside|throw away|throw out|stop enforcing|quit enforcing|no longer enforce|dont enforce|do not enforce|stop applying|pay no attention to|stop following|stop obeying|stop listening to|dont follow|do not follow|dont obey|do not obey|never follow|no longer follow|nevermind|never mind|omit|ditch|nullify|unlearn|ignora|ignorez|pay no mind to|pay no heed to|take no notice of|give no weight to|disobey|defy|contravene|toss out|let go of",
    ),
    (
        "earlier",
        "previous|prev|previously given|prior|earlier|above|preceding|foregoing|former|original|initial|old|past|aforementioned|above mentioned|given|provided|hidden|secret|system|safety",
    ),
    (
        "fill",
        "all|any|every|each|of|the|your|these|those|such|whatever|whichever|other|and|or|that|this|its|their|ai|assistant|model|bot|chatbot|system|safety|security|developer|hidden|internal|official|core|base|underlying|entire|whole|many|most|recent|same|current|existing|prior|previous|earlier|above|preceding|original|initial|old|past|given|provided|former|default|standing|mentioned|listed|stated|written|set|various|specific|special|ethical|moral|content|openai|anthropic|snowflake|cortex|claude|gpt|chatgpt|llm|openais|anthropics|snowflakes|cortexs|companys|company|your creators|your developers|usual|normal|standard|typical|regular|following|subsequent|later|future|conversation|conversations|context|chat|chats",
    ),
    (
        "instructions",
        "instructions|instruction|directions|directives|directive|guidelines|guideline|guidance|rules|rule|prompts|prompt|system prompts|system prompt|system messages|system message|commands|constraints|restrictions|limitations|guardrails|guard rails|safeguards|programming|training|conditioning",
    ),
    (
        "broad_instructions",
        "instructions|directions|directives|guidelines|guidance|rules|prompts|prompt|system prompts|system prompt|system messages|system message|commands|guardrails|safeguards|programming|training|conditioning|information|info|tasks|context|conversation|messages|text|input|content|everything|statements|orders|requests|data you were given|things you were told",
    ),
    (
        "strong_instructions",
        "instructions|instruction|directions|directives|directive|guidelines|guideline|guidance|rules|prompts|prompt|system prompts|system prompt|system messages|system message|commands|guardrails|guard rails|safeguards|programming|training|conditioning",
    ),
    (
        "reveal",
        "reveal|show|print|display|output|repeat|tell|give|share|dump|leak|expose|disclose|write out|write down|spell out|recite|echo|copy|paste|provide|return|list|type out|read back|read out|divulge|state|summarize|summarise|translate|encode|convert|send|describe|explain|quote|render|reproduce|regurgitate|post|emit|export|extract|retrieve|fetch|let me see|can i see|i want to see|i need to see|what is|what are|what were|what was|whats|showing|sharing|revealing|printing|displaying|dumping|leaking|outputting|repeating|providing|disclosing|exposing|reciting|shared|showed|revealed|leaked|disclosed|console log",
    ),
    (
        "detail",
        "full|entire|complete|exact|original|initial|hidden|secret|internal|confidential|underlying|verbatim|raw|actual|real|current|first|whole|system|default|above|previous|prior|starting|opening|very first|private|unfiltered",
    ),
    (
        "secret_detail",
        "hidden|secret|internal|confidential|underlying|original|initial|system|developer|real|actual|private|starting|opening|very first|pre|meta",
    ),
    (
        "own_instructions",
        "system prompt|system prompts|prompt|prompts|instructions|directives|rules|guidelines|configuration|config|programming|system message|system messages|initial prompt|preprompt|pre prompt|meta prompt|preamble|guardrails|constraints|restrictions|training data|setup|persona|directions|policies|initial message|first message|hidden instructions|secret instructions|context window|training|instruction set|instructions set|initialization|initialisation",
    ),
    (
        "instruction_noun",
        "prompt|prompts|instructions|message|messages|rules|guidelines|directives|directions|preamble|setup|configuration|text",
    ),
    (
        "mode",
        "developer|developers|god|jailbreak|jailbroken|jail break|jail broken|unrestricted|unfiltered|uncensored|dan|evil|chaos|sudo|unlocked|unsafe|limitless|anarchy|opposite|devil|omega|stan|dude|rebel|no restrictions|no limits|no filter|no filters|amoral|unbound|hacker|unleashed|uncensor|freedom",
    ),
    (
        "bad",
        "unrestricted|unfiltered|uncensored|unbound|unbounded|unchained|unleashed|jailbroken|jail broken|evil|malicious|amoral|immoral|unethical|rogue|unaligned|lawless|rule breaking|rulebreaking|unmoderated|uncontrolled|liberated|devious|nefarious|dangerous|harmful|corrupt|corrupted|hacked|rebellious|limitless|unrestrained|unshackled|dan|no limits|no restrictions|no rules|no filter|no filters|without limits|without restrictions|without rules|without filters|without boundaries|without ethics|without guidelines|without any limits|without any restrictions|without any rules|without any filters|without any boundaries|without any ethics|without any guidelines|with no limits|with no restrictions|with no rules|with no filters|with no guidelines|with no ethics|with zero limitations|with zero limits|with zero restrictions|with zero rules|with zero filters|with zero guidelines|with zero boundaries|(?:that|who|which) (?:ignores|disregards|breaks|bypasses|has no|doesnt follow|does not follow|never follows|isnt bound by|is not bound by|doesnt have|does not have|never refuses) (?:all |its |any |the |your |of )*(?:rules|guidelines|restrictions|instructions|safety|ethics|filters|policies|limits|boundaries|morals)|(?:that|who|which) (?:answers anything|does anything|can do anything|will do anything|never refuses)",
    ),
    (
        "limits",
        "restrictions|limitations|guidelines|guardrails|guard rails|ethics|morals|morality|principles|censorship|content policy|content policies|restraints|moral compass|conscience|safeguards|safety measures|safety guidelines|safety rules|safety filters|ethical guidelines|moral guidelines|restraint|safety training|content filters|rules whatsoever|restrictions whatsoever|limits whatsoever",
    ),
    (
        "any_limits",
        "restrictions|rules|limits|limitations|guidelines|filters|policies|guardrails|guard rails|constraints|boundaries|ethics|morals|morality|principles|censorship|content policy|content policies|programming|restraints|moral compass|conscience|safeguards|safety measures|safety guidelines|safety rules|safety filters|ethical guidelines|moral guidelines|restraint",
    ),
    (
        "safety_target",
        "guardrails|guard rails|guardrail|prompt screening|input screening|injection screening|prompt scanning|prompt scanner|prompt filter|prompt filters|prompt filtering|input filter|input filters|input filtering|safeguards|safeguard|safety features|safety filters|safety filter|safety checks|safety check|safety measures|safety protocols|safety mechanisms|safety rules|safety settings|safety guidelines|safety systems|safety system|safety layer|safety restrictions|safety constraints|safety policies|safety policy|safety training|content filter|content filters|content filtering|content policy|content policies|content moderation|content restrictions|moderation|censorship|ethical guidelines|ethical constraints|ethical restrictions|ethical filters|ethical rules|ethics|morals|security envelope|envelope|tripwire|prompt guard|prompt guards|injection filter|injection detection|injection guard|injection check|injection checks|approval step|approval process|approval prompt|approval requirement|approval requirements|approval check|approval flow|approval gate|audit log|audit logging|audit trail|guard checks|guard check|security checks|security check|security restrictions|security filters|security guardrails|security measures|security protocols|security mechanisms|security layer|refusal|refusals|filters and restrictions|restrictions and filters|redaction|redaction step|the redaction step|sanitization|sanitisation|input sanitization|prompt sanitization|sanitizer|the sanitizer|confirmations|confirmation prompts|confirmation prompt|confirmation step|confirmation dialogs|approvals|approval gates|cortex route|cortex routes|cortexroute|safety proxy|security proxy|safety layer|the guard|the guards|guards|injection filters|injection scanner|injection detector|injection classifier|read only restriction|read only restrictions|read only envelope|audit file|audit files|auditing|approval workflow|approval workflows|review process|review step|safety review|security review|human in the loop|checks you have|check you have|all checks|every check|all your checks|your checks|every safety check|all safety checks|human approval|approval flow",
    ),
    (
        "own_limits",
        "restrictions|limitations|filters|filter|rules|programming|training|alignment|constraints|guidelines|instructions|ethics|morals|conscience|limits|boundaries|policies|policy|principles|safeguards|safety|guardrails|protections|directives|conditioning",
    ),
    (
        "disable",
        "disable|disabling|stop enforcing|quit enforcing|no longer enforce|dont enforce|do not enforce|stop applying|waive|deactivate|deactivating|turn off|turning off|switch off|switching off|shut off|shut down|bypass|bypassing|circumvent|circumventing|get around|getting around|work around|evade|evading|escape|escaping|break out of|override|overriding|remove|removing|lift|lifting|suspend|suspending|ignore|ignoring|skip|skipping|defeat|neutralize|neuter|kill|stop|avoid|sidestep|subvert|undermine|tamper with|get rid of|strip|strip away|strip off|break|hack|jailbreak|relax|loosen|weaken|lower|drop|disregard|forget|abandon|deactivated|disabled|without|no longer need|dont need|do not need|free yourself from|free yourself of|ditch",
    ),
    (
        "switch_off",
        "disable|disabling|deactivate|deactivating|turn off|turning off|switch off|switching off|shut off|shut down|bypass|bypassing|circumvent|circumventing|get around|getting around|work around|evade|evading|escape|escaping|break out of|override|overriding|ignore|ignoring|disregard|disregarding|forget|forgetting|defeat|neutralize|neuter|subvert|undermine|tamper with|get rid of|jailbreak|lift|suspend|abandon|free yourself from|free yourself of",
    ),
    (
        "persona_intro",
        "start being|begin being|now be|be my|be|act as|acting as|you are|youre|you re|you will be|you shall be|you must be|you become|become|pretend to be|pretend you are|pretend youre|pretend that you are|pretending to be|roleplay as|role play as|play the role of|play the character of|play the part of|play a character|behave as|behave like|respond as|answer as|reply as|talk as|speak as|imagine you are|imagine youre|from now on you are|transform into|turn into|impersonate|you are now|youre now|you have become|character as|in character as|simulate|simulating|emulate|emulating|you are no longer|youre no longer|start over as|continue as|restart as|reboot as|return as|come back as|proceed as|operate as|going to act as|going to be|will act as|will now act as|will be acting as|are to act as|shall act as|now act as",
    ),
    (
        "persona_fill",
        "now|going to be|to be|a|an|the|my|some|ai|assistant|model|version|chatbot|language|large|completely|totally|fully|truly|very|super|entirely|new|different|special|fictional|hypothetical",
    ),
    (
        "danger",
        "drop (?:table|tables|schema|schemas|database|databases|stage|stages|user|users|role|roles|warehouse|view|the \\w+)|drop (?:every|all|each|all the|all of the) (?:\\w+ )?(?:table|tables|schema|schemas|database|databases|view|views|stage|stages)|delete from|delete (?:all|every|the) \\w+|truncate|grant (?:\\w+ ){0,3}(?:accountadmin|securityadmin|sysadmin|orgadmin|ownership|all privileges|all)|accountadmin|securityadmin|orgadmin|ownership|passwords?|password hash(?:es)?|secrets?|credentials?|api keys?|private keys?|access keys?|tokens?|session tokens?|ssns?|social security numbers?|pii|(?:send|email|e mail|post|upload|forward|copy|unload|export|transfer|leak)(?: \\w+){0,4} to (?:https?|ftp|s3|gcs|azure|an external|external|my|this|the following|me|us|attacker)|exfiltrat\\w*|create user|alter user|disable (?:the )?(?:audit|tripwire|guard|guardrails|approval|approvals)|(?:i?cat|print|show|display|dump|type|read|paste|output|echo)(?: \\w+){0,3}? (?:snowsql config|snowflake config toml|snowflake connections toml|connections toml|aws credentials|git credentials|netrc|pgpass|id rsa|id ed25519|rsa key p8|dbt profiles yml|secrets toml|docker config json)",
    ),
    (
        "own_control",
        "settings|config|configuration|policy|policy file|policies|rules|envelope|mode|execution mode|permissions|permission|hooks|hook|guard|classifier|tripwire|approval|approval mode|allowlist|allow list|allowed list|allowed roles|allowed tools|allowed statements|whitelist|denylist|blocklist|budget|limits|restrictions|read only flag|checks",
    ),
    (
        "tamper",
        "set|change|changes|switch|flip|edit|rewrite|modify|update|patch|add|insert|append|remove|delete|rename|move|uninstall|unregister|comment out|mute|silence|whitelist|allowlist|raise|increase|lift|reconfigure|replace|overwrite|downgrade|upgrade|loosen|relax|widen",
    ),
    (
        "risky",
        "grant (?:\\w+ ){0,5}?(?:accountadmin|securityadmin|sysadmin|orgadmin|useradmin|ownership|all privileges|imported privileges)|(?:add|put|move|assign|promote|give|attach)(?: \\w+){0,5}? (?:to|into|in|the) (?:the )?(?:accountadmin|securityadmin|sysadmin|orgadmin|useradmin)|inherits? (?:from )?(?:accountadmin|securityadmin|sysadmin|orgadmin|useradmin)|(?:unset|drop|dropping|remove|removing|disable|disabling|detach|turn off|switch off|lift|suspend|relax|loosen|delete|unassign|bypass|exempt \\w+ from|take off)(?: \\w+){0,4}? (?:network polic(?:y|ies)|network rules?|masking polic(?:y|ies)|masking|row access polic(?:y|ies)|authentication polic(?:y|ies)|session polic(?:y|ies)|password polic(?:y|ies)|mfa|multi factor|2fa|two factor|audit log\\w*|auditing|legal hold|compliance hold|ip allow ?list|ip allowlist|allowed ip list)|create (?:a |an )?(?:new )?share|add accounts?|reader accounts?|external (?:function|functions|access integration|network access)|(?:copy|copying|unload|unloading|export|exporting|send|sending|email|e mail|mail|post|posting|push|upload|share|sharing|give|forward|replicate|clone|dump|transfer|move)(?: \\w+){0,8}? (?:to|into|with|for) (?:the |an? |their |our )?(?:external|outside|reader|vendor|vendors|partner|partners|contractor|contractors|consultant|consultants|client|clients|customer|customers|supplier|suppliers|third party|third partys|third parties|auditor|auditors|processor|processors|intern|interns|outsourcer|outsourcers|agency|agencys|integrator|integrators|reseller|resellers|freelancer|freelancers|former owner|former owners|previous owner|previous owners|external \\w+|outside \\w+)|(?:to|into|with) (?:the |an? )?(?:external|outside|reader|another) (?:account|accounts|stage|bucket|share|org|organization|tenant)|(?:send|email|e mail|mail|post|forward|copy|upload|share|push)(?: \\w+){0,8}? (?:to|into|at) (?:https?|s3|se|gcs|azure|ftp)|data retention time in days 0|retention time in days 0|(?:create|set up|setup|add|make|provision) (?:a |an )?(?:new |backup |second |spare |temporary )?(?:\\w+ )?(?:user|login|admin|account)(?: \\w+){0,6}? (?:accountadmin|securityadmin|sysadmin|orgadmin|useradmin)|(?:post|paste|share|send|publish)(?: \\w+){0,6}? (?:password|passwords|credentials|keys|api key|token)|sudoers|nopasswd|usage on (?:the )?(?:\\w+ ){0,2}?share (?:\\w+ ){0,3}?(?:to|with) (?:the )?(?:account|accounts|reader)",
    ),
    (
        "destructive",
        "drop (?:table|tables|schema|schemas|database|databases|every|all|each|the whole|the entire)|drop (?:the |a |an |our |their |that |this |those |these )?(?:\\w+ ){0,2}?(?:table|tables|schema|schemas|database|databases|warehouse|warehouses|db|dbs)|(?:wipe|nuke|obliterate|erase) (?:the |our |their |that |this )?(?:\\w+ ){0,2}?(?:table|tables|schema|schemas|database|databases|db|data|history|logs|records|rows)|(?:drop|delete|truncate|purge|wipe|remove)(?: \\w+){0,3}? (?:every|all|each|whole|entire)|truncate|delete from|purge|rm rf|git push (?:\\w+ )?force|push force|push f|git reset hard|reset hard|git clean|force push|overwrite (?:the )?(?:prod|production)",
    ),
    (
        "vouch",
        "(?:said|says|say|told (?:me|us|them)|tells (?:me|us)|confirmed|assured (?:me|us)|mentioned|wrote|agreed|reckons|thinks)(?: \\w+){0,6}? (?:that )?(?:its|it is|it s|thats|that is|it would be|it will be|it should be) (?:okay|ok|fine|safe|normal|allowed|approved|acceptable|alright|all right|cool|harmless|standard practice) to|(?:said|says|say|told (?:me|us|them)|tells (?:me|us)|confirmed|assured (?:me|us)|mentioned|agreed)(?: \\w+){0,6}? (?:that )?(?:we can|you can|we could|you could|we are allowed to|were allowed to|youre allowed to|you are allowed to|we may|you may|we are cleared to|were cleared to|we have permission to|we have the go ahead to|we have the green light to)|(?:told|advised|instructed|informed) by (?:the |our |their |a |an |some )?(?:support|support engineer|support team|account rep|account manager|vendor|vendors|consultant|consultants|contractor|contractors|partner|partners|auditor|auditors|someone|somebody)|(?:per|according to|as instructed by|on the advice of) (?:the |our |their |a |an )?(?:\\w+ ){0,2}?(?:support|support engineer|support desk|support team|account rep|account manager|sales engineer|solutions engineer|rep)|(?:their|the vendors|the vendor s|vendor|snowflake|the) (?:support|support engineer|support desk|support team|account rep|account manager|sales engineer|solutions engineer) (?:said|says|told|tells|asked|wants|confirmed|recommended|instructed)|(?:vendor|vendors|partner|partners|contractor|contractors|consultant|consultants|client|clients|customer|customers|supplier|suppliers|third party|third partys|third parties|auditor|auditors|processor|processors|intern|interns|outsourcer|outsourcers|agency|agencys|integrator|integrators|reseller|resellers|freelancer|freelancers|former owner|former owners|previous owner|previous owners|external \\w+|outside \\w+)(?: team| rep| contact| engineer| dev| developer| folks| people| side| lead| pm)? (?:said|says|say|told|tells|asked|asks|requests|wants|needs|insisted|instructed|left|wrote|claims|claimed|(?:requested|approved|authorized|authorised|confirmed|signed off|cleared|recommended)(?: (?:[0-9ac-z]\\w*|b|b[0-9a-xz]\\w*|by\\w+)|$))|(?:said|says|told (?:me|us)|confirmed|assured (?:me|us)|promised|swore|insists|insisted)(?: that)? (?:its|it is|this is|thats|that is|everything is|all is|were|we are|youre|you are|it was|this was) (?:fine|ok|okay|approved|authorized|authorised|allowed|cleared|sanctioned|agreed|good to go|covered|legit|above board)|(?:said|says|told (?:me|us)|mentioned)(?: that)? (?:our |the |your )?(?:security|security team|infosec|compliance|legal|it|management|the boss|my manager|the owner) (?:knows|know|is aware|are aware|approved|is fine|agreed|signed off|okd)|(?:approved|approve|signed off|sign off|authorized|authorised|cleared|okd|okayed|ok d|greenlit|green lit|agreed|blessed|consented)(?: it| this| that| the \\w+| on it)? (?:in|on|via|over|by) (?:slack|teams|email|e mail|chat|the phone|phone|a call|the call|text|a text|dm|a dm|whatsapp|zoom|standup|the hallway|a meeting|the meeting)|(?:approved|agreed|authorized|authorised|okd|okayed|signed off|consented|cleared)(?: it| this| that)? (?:verbally|orally|informally|unofficially|by phone|in person)|(?:verbally|orally|informally|unofficially|already) (?:approved|agreed|authorized|authorised|okd|signed off|consented|cleared)|(?:security|security team|our security team|the security team|infosec|compliance|legal|the dpo|management|the data owner|data owner|the owner|the ciso|ciso|my manager|the boss|leadership|general counsel|the cto|cto|the ceo|ceo|the cfo|cfo|audit|hr|finance)(?: team)? (?:already )?(?:knows|know|is aware|are aware|has approved|have approved|signed off|is fine with|are fine with|said so|said its fine|said it s fine|gave the go ahead|okd it|okayed it|cleared it)|(?:so its|so it is|so thats|which means its|therefore its|hence its|so were|so we are|so youre|so you are) (?:authorized|authorised|approved|sanctioned|fine|allowed|ok|okay|cleared|covered)|(?:passed along|passed on|forwarded|relayed|passing along)(?: \\w+){0,4}? (?:approval|permission|authorization|authorisation|sign off|go ahead)|(?:approval|authorization|authorisation|permission|sign off|go ahead) (?:came )?(?:from|by) (?:the |our |their |a )?(?:\\w+ )?(?:data owner|owner|vendor|client|partner|legal|security|manager|general counsel|counsel|contractor|consultant|auditors?|cto|ceo|cfo|coo|ciso|director|vp|boss|head of \\w+|lead|team lead)|(?:per|according to|as instructed by|as required by|on the orders of|by order of) (?:the |our |their |a |an )?(?:vendor|vendors|partner|partners|contractor|contractors|consultant|consultants|client|clients|customer|customers|supplier|suppliers|third party|third partys|third parties|auditor|auditors|processor|processors|intern|interns|outsourcer|outsourcers|agency|agencys|integrator|integrators|reseller|resellers|freelancer|freelancers|former owner|former owners|previous owner|previous owners|external \\w+|outside \\w+|legal hold|general counsel)|(?:ticket|email|e mail|mail|message|note|instructions|guide|doc|docs|readme|script|setup script|contract|spec|runbook|handover doc|handover|slack message|dm|pr|pull request|comment|todo|checklist|wiki|wiki page|confluence page|notes) (?:from|by|left by|written by) (?:an? |the |our |their |some )?(?:external|outside|unknown|former|vendor|vendors|partner|partners|contractor|contractors|consultant|consultants|client|clients|customer|customers|supplier|suppliers|third party|third partys|third parties|auditor|auditors|processor|processors|intern|interns|outsourcer|outsourcers|agency|agencys|integrator|integrators|reseller|resellers|freelancer|freelancers|former owner|former owners|previous owner|previous owners|external \\w+|outside \\w+)|(?:vendor|vendors|partner|partners|contractor|contractors|consultant|consultants|client|clients|customer|customers|supplier|suppliers|third party|third partys|third parties|auditor|auditors|processor|processors|intern|interns|outsourcer|outsourcers|agency|agencys|integrator|integrators|reseller|resellers|freelancer|freelancers|former owner|former owners|previous owner|previous owners|external \\w+|outside \\w+)(?: s)? (?:ticket|email|e mail|mail|message|note|instructions|guide|doc|docs|readme|script|setup script|contract|spec|runbook|handover doc|handover|slack message|dm|pr|pull request|comment|todo|checklist|wiki|wiki page|confluence page|notes|extractor|tool|team says)|(?:readme|contributor guide|contributing guide|handover doc|setup guide|integration guide|install guide|installation guide|wiki page|confluence page|onboarding doc) (?:says|said|asks|tells|wants|requires)|the ticket wins|no ticket needed|no need for a ticket|dont open a ticket|do not open a ticket|without (?:a |opening a |filing a |raising a )?ticket|no change request needed|skip the ticket",
    ),
    (
        "no_confirm",
        "(?:no time to|dont have time to|do not have time to|no time for) (?:check|checking|look|looking|verify|verifying|review|reviewing|confirm|confirming|see|inspect|inspecting)(?: (?:what|whats|which|if|whether|it|them|first))?|(?:dont|do not|no need to|without|never|you dont need to|you do not need to|theres no need to|there is no need to|no reason to|dont bother to|do not bother to|dont bother) (?:ask|asking|check with|checking with|double check|double checking|confirm|confirming|wait for|waiting for|prompt|prompting|stop to ask|stop and ask) (?:me|us|anyone|the user|for confirmation|for approval|for permission|first|each|each one|every|every time|each time|what|whats|whether|again|it|them|with|before|anything)|(?:skip|skipping|bypass|bypassing) (?:the |any |all |a |your |our )?(?:usual |normal |standard |regular |required |mandatory )?(?:\\w+ ){0,2}?(?:confirmation|confirmations|confirm step|safety check|sanity check|dry run|approval|approvals|check|checks)|without (?:asking|confirmation|confirming|a confirmation|double checking|approval|a dry run|any checks|checking first|prompting)|no confirmation|no questions asked|dont stop to ask|do not stop to ask|dont ask me to confirm|no need to confirm",
    ),
    (
        "trigger",
        "next time you (?:see|read|open|get|are asked|handle|touch|run|find|meet|come across)|the next time you|when(?:ever)? (?:the user|someone|anyone|they|somebody) (?:next )?(?:says?|types?|asks?|mentions?|writes?)|when (?:the user|they|someone) next|if (?:the user|anyone|someone|somebody|they|the reviewer)(?: \\w+){0,3}? (?:asks?|says|mentions|types)(?: \\w+){0,6}? (?:later|next time|again|in future|in a later)|if anyone (?:ever )?asks about|whenever (?:the word|the phrase|a message|a request|a later request|someone|anyone|the user|you see|you are asked|you read|you get)|in (?:a |any |every )?later (?:request|requests|session|sessions|conversation|conversations|task|tasks)|in (?:all )?future (?:sessions|requests|conversations|chats|tasks)|if (?:the user|they|he|she) (?:goes|go|is|are|stays|falls) (?:quiet|silent|idle|away|afk|offline)|(?:once|while|when) (?:the user|they) (?:is|are|goes|go|has gone|steps|logs|has logged)(?: \\w+){0,2}? (?:away|idle|quiet|offline|out|off|asleep)|when no one is (?:looking|watching|around)|if (?:todays date|today s date|the date|the current date|the clock|the system date) is (?:after|past|later than|beyond|on or after)|before answering anything else|before (?:you )?answer(?:ing)? (?:anything|the next)",
    ),
    (
        "trigger_payload",
        "(?:email|emails|e mail|send|sends|upload|uploads|post|posts|copy|copies|export|exports|forward|forwards|push|pushes|unload|unloads)(?: \\w+){0,4}? (?:full|entire|whole|all|every|complete) (?:result|results|table|tables|data|dataset|result set|rows|contents|database|schema)|(?:email|emails|send|sends|upload|uploads|post|posts|copy|copies|push|pushes|attach|attaches|add \\w+ step that uploads)(?: \\w+){0,3}? (?:the )?(?:kubeconfig|credentials|env file|dotenv|private key|ssh key|ssh keys|connections toml|tokens?|secrets?|api keys?|keys)|(?:export|exports|copy|copies|unload|unloads|send|sends|email|emails|upload|uploads)(?: \\w+){0,5}? (?:table|tables|schema|database|data) (?:to|into)|(?:run|execute|do) \\w+(?: \\w+)? (?:silently|quietly|without telling|without mentioning)|(?:rotate|change|reset|set) (?:their|the users|the user s|his|her|the) (?:snowflake )?password|(?:post|posts|paste|pastes|send|sends|share|shares|upload|uploads|email|emails)(?: \\w+){0,2}? (?:its|their|the|that files|the files) (?:contents?|values?|text) (?:in|to|into|on)",
    ),
    (
        "destructive_intl",
        "copy into|borra|borrar|borre|borrad|elimina|eliminar|elimine|eliminad|trunca|truncar|vacia|vaciar|suprime|losche|loschen|loschen sie|entferne|entfernen|leere|leeren|supprime|supprimer|supprimez|efface|effacer|effacez|vide|vider|videz|tronque|tronquer|cancella|cancellare|cancellate|svuota|svuotare|tronca|apaga|apague|apagar|exclua|excluir|exclui|trunque|esvazie|verwijder|verwijderen|leeg|usun|usuncie|wyczysc|skasuj|skasujcie|удали|удалите|удалить|очисти|очистите|сотри|сотрите|снеси|sil|silin|temizle|bosalt|hapus|hapuskan|kosongkan|bersihkan|burahin|tanggalin|drop|truncate|delete|purge|wipe",
    ),
    (
        "no_confirm_intl",
        "nu mai intreba|nu (?:mai )?(?:cere|cerere de) confirmare|fara (?:sa )?(?:intrebi|intreba|confirmare)|sin preguntar\\w*|sin confirmar|sin confirmacion|sin pedir confirmacion|sin consultar\\w*|ohne nachzufragen|ohne zu fragen|ohne ruckfrage|ohne bestatigung|ohne mich zu fragen|ohne zu bestatigen|sans demander|sans me demander|sans confirmation|sans confirmer|sans verifier|senza chiedere|senza chiedermi|senza conferma|senza confermare|sem perguntar|sem me perguntar|sem confirmar|sem confirmacao|sem pedir confirmacao|zonder te vragen|zonder bevestiging|zonder te bevestigen|zonder het te vragen|bez pytania|bez potwierdzenia|bez pytania o zgode|без подтверждения|не спрашивая|без вопросов|без запроса|не уточняя|sormadan|onay almadan|onaysiz|onay istemeden|tanpa bertanya|tanpa konfirmasi|tanpa persetujuan|tanpa tanya|nang hindi nagtatanong|walang kumpirmasyon|(?:nao|nem) (?:peca|pecas|pedir|solicite) (?:nenhuma )?confirmacao|no (?:pidas|pida|solicites) (?:ninguna )?confirmacion|ne (?:me )?demande(?:z)? pas (?:de )?confirmation|non chiedere (?:alcuna )?conferma|frag(?:e)? (?:nicht|nie) nach|keine bestatigung|vraag geen bevestiging|nie pytaj o potwierdzenie|не спрашивай подтверждени\\w*|(?:nao|nem) (?:mostre|exiba) (?:nenhum )?aviso|no muestres (?:ningun )?aviso|ne montre (?:aucun )?avertissement|non mostrare (?:alcun )?avviso",
    ),
    (
        "sensitive_noun",
        r"pii|salar\w*|payroll|ssns?|patients?|customers?|employees?|hr|finance|financials|cards?|personal|sensitive|confidential|users?|emails?|phone\w*|medical|health|passwords?|secrets?|credentials?|tokens?",
    ),
    (
        "clause_start",
        r"^|[\n.;:!?,(>*\-]|\b(?:please|pls|kindly|and|then|also|now|just|so|go ahead and|can you|could you|would you|will you|need you to|want you to|you should|you must|we need to|we should|let'?s|let us|quickly|quietly|immediately|first|next|finally|ok|okay|hey|sure|simply|todo:?|action:?|step \d+:?|as (?:a |the |one )?(?:last|final|next|first|second|third|closing|bonus|extra) step|must|should|needs to|has to|have to|is to|are to|is required to|are required to)",
    ),
    (
        "self",
        "you|yourself|the assistant|the ai|the model|this assistant|this ai|this model|cortex|claude|chatgpt|gpt",
    ),
];

/// `for standard changes`: ITIL's standard changes are pre-approved by definition, so skipping
/// the change board for them is the process, not a way around it (`unless_after` fragment).
macro_rules! standard_changes {
    () => {
        "for (?:(?:a|an|the|our|all|any|these|those|such) )?(?:standard|pre approved|preapproved|routine|low risk|catalogue|catalog) changes?"
    };
}

mod actions_i18n;
mod agents_i18n;
mod controls;
mod covert;
mod escalation;
mod evasion;
mod indirect;
mod insider;
mod languages;
mod overrides;
mod oversight;
mod personas;
mod plain;
mod pressure;
mod quiet_i18n;
mod requests;
mod reveal;
mod roles;
mod safety;
mod tamper;
mod vouched;
mod world;

/// True when rule `id` looks for instructions planted in data (the agent-addressed text inside a
/// CSV cell, a comment or a field), or for a risky action whose statement is often quoted
/// (`COPY INTO 's3://…'` from a partner's instructions, `"bypassPermissions"` written into a
/// settings file): its matches sit in quoted data by design, so a quoted match is not a mere
/// mention.
pub fn reads_data(id: &str) -> bool {
    indirect::INDIRECT
        .iter()
        .chain(vouched::VOUCHED)
        .any(|r| r.id == id)
        || covert::READS_DATA.contains(&id)
        || plain::READS_DATA.contains(&id)
        || tamper::READS_DATA.contains(&id)
        || world::READS_DATA.contains(&id)
        || pressure::READS_DATA.contains(&id)
        || insider::READS_DATA.contains(&id)
}

/// True when rule `id` may rest on words inside a database object's name: the rules that read
/// data by design ([`reads_data`]), except those that vouch for an action, whose source is never
/// a table's name (`unset the masking policy on DEV.SANDBOX.TEST_CUSTOMERS.EMAIL` cites no
/// customer's email).
pub fn names_can_carry(id: &str) -> bool {
    reads_data(id) && !vouched::VOUCHED.iter().any(|r| r.id == id)
}

/// The rule groups, in the order they are tried.
const GROUPS: &[&[Rule]] = &[
    overrides::OVERRIDES,
    reveal::REVEAL,
    roles::ROLES,
    personas::PERSONAS,
    safety::SAFETY,
    controls::CONTROLS,
    indirect::INDIRECT,
    requests::REQUESTS,
    vouched::VOUCHED,
    tamper::TAMPER,
    escalation::ESCALATION,
    languages::LANGUAGES,
    actions_i18n::ACTIONS_I18N,
    agents_i18n::AGENTS_I18N,
    oversight::OVERSIGHT,
    covert::COVERT,
    evasion::EVASION,
    quiet_i18n::QUIET_I18N,
    world::WORLD,
    pressure::PRESSURE,
    insider::INSIDER,
    plain::PLAIN,
];

/// The built-in rules, every group in order. Organization policies add their own regular
/// expressions with `security.injection_patterns`; these are always on.
pub const RULES: &[Rule] = &join::<{ count(GROUPS) }>(GROUPS);

const fn count(groups: &[&[Rule]]) -> usize {
    let mut n = 0;
    let mut g = 0;
    while g < groups.len() {
        n += groups[g].len();
        g += 1;
    }
    n
}

/// The groups end to end, at compile time (the rules are indexed by position: the anchor table
/// names them by index).
const fn join<const N: usize>(groups: &[&[Rule]]) -> [Rule; N] {
    const EMPTY: Rule = Rule {
        id: "",
        description: "",
        view: View::Text,
        pattern: "",
        unless_after: None,
        unless_before: None,
        examples: &[],
    };
    let mut out = [EMPTY; N];
    let mut k = 0;
    let mut g = 0;
    while g < groups.len() {
        let mut i = 0;
        while i < groups[g].len() {
            out[k] = groups[g][i];
            k += 1;
            i += 1;
        }
        g += 1;
    }
    out
}
