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
        "guardrails|guard rails|guardrail|safeguards|safeguard|safety features|safety filters|safety filter|safety checks|safety check|safety measures|safety protocols|safety mechanisms|safety rules|safety settings|safety guidelines|safety systems|safety system|safety layer|safety restrictions|safety constraints|safety policies|safety policy|safety training|content filter|content filters|content filtering|content policy|content policies|content moderation|content restrictions|moderation|censorship|ethical guidelines|ethical constraints|ethical restrictions|ethical filters|ethical rules|ethics|morals|security envelope|envelope|tripwire|prompt guard|prompt guards|injection filter|injection detection|injection guard|injection check|injection checks|approval step|approval process|approval prompt|approval requirement|approval requirements|approval check|approval flow|approval gate|audit log|audit logging|audit trail|guard checks|guard check|security checks|security check|security restrictions|security filters|security guardrails|security measures|security protocols|security mechanisms|security layer|refusal|refusals|filters and restrictions|restrictions and filters|redaction|redaction step|the redaction step|sanitization|sanitisation|input sanitization|prompt sanitization|sanitizer|the sanitizer|confirmations|confirmation prompts|confirmation prompt|confirmation step|confirmation dialogs|approvals|approval gates|cortex route|cortex routes|cortexroute|safety proxy|security proxy|safety layer|the guard|the guards|guards|injection filters|injection scanner|injection detector|injection classifier|read only restriction|read only restrictions|read only envelope|audit file|audit files|auditing|approval workflow|approval workflows|review process|review step|safety review|security review|human in the loop|checks you have|check you have|all checks|every check|all your checks|your checks|every safety check|all safety checks|human approval|approval flow",
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
        "drop (?:table|tables|schema|schemas|database|databases|stage|stages|user|users|role|roles|warehouse|view|the \\w+)|delete from|delete (?:all|every|the) \\w+|truncate|grant (?:\\w+ ){0,3}(?:accountadmin|securityadmin|sysadmin|orgadmin|ownership|all privileges|all)|accountadmin|securityadmin|orgadmin|ownership|passwords?|password hash(?:es)?|secrets?|credentials?|api keys?|private keys?|access keys?|tokens?|session tokens?|ssns?|social security numbers?|pii|(?:send|email|e mail|post|upload|forward|copy|unload|export|transfer|leak)(?: \\w+){0,4} to (?:https?|ftp|s3|gcs|azure|an external|external|my|this|the following|me|us|attacker)|exfiltrat\\w*|create user|alter user|disable (?:the )?(?:audit|tripwire|guard|guardrails|approval|approvals)",
    ),
    (
        "tamper",
        "set|change|changes|switch|flip|edit|rewrite|modify|update|patch|add|insert|append|remove|delete|rename|move|uninstall|unregister|comment out|mute|silence|whitelist|allowlist|raise|increase|lift|reconfigure|replace|overwrite|downgrade|upgrade|loosen|relax|widen",
    ),
    (
        "self",
        "you|yourself|the assistant|the ai|the model|this assistant|this ai|this model|cortex|claude|chatgpt|gpt",
    ),
];

mod controls;
mod indirect;
mod languages;
mod overrides;
mod personas;
mod requests;
mod reveal;
mod roles;
mod safety;

/// True when rule `id` looks for instructions planted in data (the agent-addressed text inside a
/// CSV cell, a comment or a field): its matches sit in quoted data by design, so a quoted match
/// is not a mere mention.
pub fn reads_data(id: &str) -> bool {
    indirect::INDIRECT.iter().any(|r| r.id == id)
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
    languages::LANGUAGES,
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
