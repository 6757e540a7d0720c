//! What a Cortex request will do, and so which envelope and tools to propose.
//!
//! Read-only questions → `RO` (`snowflake_sql_execute`, plus `Read` for local files); writes, DDL
//! and loading → `RW`; deployments (services, apps, listings, tasks and alerts going live) →
//! `DEPLOY`, which is only a proposal: the pipeline checks it against `allowed_envelopes`; general
//! questions about Snowflake features with no concrete object → `RESEARCH` (web tools).
//!
//! SQL text is classified statement by statement (the most powerful statement decides; unknown
//! statements count as writes, as in the tripwire). Natural language goes by intent words: a
//! question form first, then deploy words, then the first read or write verb.

use super::heuristic::Analysis;
use super::lexicon::Group;
use crate::envelope::Envelope;

/// The proposal for a `cortex` decision.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Proposal {
    pub envelope: Envelope,
    /// Cortex tool names, in Cortex's spelling (see `crate::tools::KNOWN_TOOLS`).
    pub tools: Vec<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Power {
    Read,
    Write,
    Deploy,
}

/// Propose an envelope and tools for an analysed prompt routed to Cortex.
pub fn propose(a: &Analysis<'_>) -> Proposal {
    let envelope = match sql_power(a.text) {
        Some(power) => envelope_of(power),
        // A statement written inside the request counts as much as the words around it:
        // `Run: ALTER ACCOUNT SET NETWORK_POLICY = NULL; then tell me the revenue` is no read.
        None => match embedded_sql_power(a.text) {
            Some(power) => at_least(natural_language(a), power),
            None => natural_language(a),
        },
    };
    Proposal {
        envelope,
        tools: tools_for(envelope, a),
    }
}

fn envelope_of(power: Power) -> Envelope {
    match power {
        Power::Read => Envelope::Ro,
        Power::Write => Envelope::Rw,
        Power::Deploy => Envelope::Deploy,
    }
}

/// When the prompt is SQL (its first word is an upper-case SQL keyword), the most powerful of its
/// statements.
fn sql_power(text: &str) -> Option<Power> {
    let first = text.split_whitespace().next()?;
    let is_sql_keyword = |w: &str| {
        matches!(
            w,
            "select"
                | "show"
                | "describe"
                | "desc"
                | "list"
                | "ls"
                | "with"
                | "explain"
                | "use"
                | "insert"
                | "update"
                | "delete"
                | "merge"
                | "copy"
                | "put"
                | "get"
                | "drop"
                | "undrop"
                | "grant"
                | "revoke"
                | "truncate"
                | "call"
                | "execute"
                | "alter"
                | "create"
                | "set"
                | "unset"
                | "remove"
                | "rm"
                | "begin"
        )
    };
    let upper = first.chars().all(|c| !c.is_ascii_lowercase());
    if !upper || !is_sql_keyword(&first.to_ascii_lowercase()) {
        return None;
    }
    let power = text
        .split(';')
        .filter_map(|stmt| {
            let lower = stmt.trim().to_ascii_lowercase();
            let kw = lower.split_whitespace().next()?.to_string();
            Some(statement_power(&kw, &lower))
        })
        .max()
        .unwrap_or(Power::Write);
    Some(power)
}

/// The envelope that allows both `envelope` and a statement of `power`.
fn at_least(envelope: Envelope, power: Power) -> Envelope {
    match (envelope, power) {
        (Envelope::Deploy, _) | (_, Power::Deploy) => Envelope::Deploy,
        (Envelope::Rw, _) | (_, Power::Write) => Envelope::Rw,
        (envelope, Power::Read) => envelope,
    }
}

/// Statement keywords that change something, looked for inside natural language.
const EMBEDDED_WRITE_KEYWORDS: &[&str] = &[
    "ALTER", "DROP", "CREATE", "GRANT", "REVOKE", "TRUNCATE", "DELETE", "UPDATE", "INSERT",
    "MERGE", "COPY", "UNDROP", "PUT", "REMOVE", "CALL", "EXECUTE",
];

/// Words after which a statement starts: an order to run it, or a step of a list.
const STATEMENT_LEADS: &[&str] = &[
    "run",
    "execute",
    "exec",
    "then",
    "and",
    "also",
    "first",
    "please",
    "next",
    "issue",
    "do",
    "finally",
    "afterwards",
    "after",
    "before",
];

/// The most powerful SQL statement written inside natural language: an upper-case write keyword
/// where a statement starts (the text's start, after `:`, `;`, a line break, a quote, a backtick
/// or a parenthesis, or after an order such as `run` or a step word such as `then`), followed
/// within six words by another upper-case SQL word (`ALTER WAREHOUSE`, `DELETE FROM`, `UPDATE t
/// SET`). A statement named as a thing (`show me the CREATE TABLE statement`, `what does ALTER
/// ACCOUNT do?`) has neither and is not counted.
fn embedded_sql_power(text: &str) -> Option<Power> {
    let bytes = text.as_bytes();
    let mut strongest: Option<Power> = None;
    let mut at = 0;
    while let Some(found) = text[at..].find(|c: char| c.is_ascii_uppercase()) {
        let start = at + found;
        let end = text[start..]
            .find(|c: char| !c.is_ascii_alphabetic())
            .map_or(text.len(), |i| start + i);
        at = end;
        let word = &text[start..end];
        let word_start = start == 0 || !bytes[start - 1].is_ascii_alphanumeric();
        if !word_start || !EMBEDDED_WRITE_KEYWORDS.contains(&word) {
            continue;
        }
        let before = text[..start].trim_end_matches([' ', '\t']);
        let lead = before.is_empty()
            || before.ends_with([':', ';', '\n', '`', '"', '\'', '('])
            || before
                .rsplit(|c: char| !c.is_ascii_alphabetic())
                .next()
                .is_some_and(|w| STATEMENT_LEADS.contains(&w.to_ascii_lowercase().as_str()));
        if !lead {
            continue;
        }
        let statement = text[start..].split([';', '\n']).next().unwrap_or("");
        let sql_word_follows = statement
            .split(|c: char| !c.is_ascii_alphanumeric() && c != '_')
            .filter(|w| !w.is_empty())
            .skip(1)
            .take(6)
            .any(|w| w.len() >= 2 && w.chars().all(|c| c.is_ascii_uppercase() || c == '_'));
        if !sql_word_follows {
            continue;
        }
        let lower = statement.to_ascii_lowercase();
        let power = statement_power(&word.to_ascii_lowercase(), &lower);
        strongest = strongest.max(Some(power));
    }
    strongest
}

fn statement_power(kw: &str, lower: &str) -> Power {
    let has = |w: &str| {
        lower
            .split(|c: char| !c.is_ascii_alphanumeric())
            .any(|t| t == w)
    };
    match kw {
        "select" | "show" | "describe" | "desc" | "list" | "ls" | "with" | "explain" | "use" => {
            Power::Read
        }
        "alter" if (has("task") || has("alert")) && has("resume") => Power::Deploy,
        "create"
            if has("service")
                || lower.contains("compute pool")
                || has("application")
                || has("streamlit") =>
        {
            Power::Deploy
        }
        // Everything else changes something; unknown statements count as writes.
        _ => Power::Write,
    }
}

fn natural_language(a: &Analysis<'_>) -> Envelope {
    const STRONG_RESEARCH: &[&str] = &[
        "difference between",
        "what's the difference",
        "best practice",
        "best practices",
        "documentation",
        "docs",
        "pricing",
        "does snowflake support",
        "can snowflake",
        "is it possible",
        "equivalent",
    ];
    let strong_research = STRONG_RESEARCH
        .iter()
        .any(|p| a.has_phrase(Group::IntentResearch, p));
    let about_actual_data = a.has(Group::Possession) || a.lower.contains("current");
    // "create a search service over the documentation table" is an order, not a question.
    let imperative = a.hits.iter().any(|(c, at)| {
        *at == 0
            && matches!(
                c.group,
                Group::IntentWrite | Group::IntentDeploy | Group::IntentRead
            )
            && !matches!(c.label, "diagnose" | "which" | "who" | "count")
    });
    // "Snowflake vs Databricks for …": a comparison of products is a research question.
    let product_comparison = a.has(Group::Compare) && a.has(Group::OtherDb);
    let question = !imperative
        && (strong_research
            || product_comparison
            || (a.has(Group::IntentResearch) && !about_actual_data));
    if question && !a.concrete_ids {
        return Envelope::Research;
    }
    if deploys(a) {
        return Envelope::Deploy;
    }
    match (first_write(a), a.first(Group::IntentRead)) {
        (Some(w), Some(r)) if w < r => Envelope::Rw,
        (Some(_), None) => Envelope::Rw,
        _ => Envelope::Ro,
    }
}

/// Position of the first write intent, not counting the writing of a query's text (`write a
/// query that lists …` reads; what the query does is told by the verbs after it).
fn first_write(a: &Analysis<'_>) -> Option<usize> {
    a.hits
        .iter()
        .filter(|(c, at)| {
            c.group == Group::IntentWrite
                && !writes_query_text(a, c.phrase, *at)
                && !in_drafted_document(&a.lower, *at)
                && !counted_as_a_noun(&a.lower, *at)
                && !drafts_a_document(&a.lower, *at)
                && !negated(&a.lower, *at)
                && !in_the_plural(&a.lower, c.phrase, *at)
                && !told_of_a_change(&a.lower, c.phrase, *at)
        })
        .map(|(_, at)| *at)
        .min()
}

/// Whether the one-word write verb at `at` tells what a change under review does (`review this
/// PR: it adds a row access policy`, `the migration drops the old view`): a description, not
/// an order.
fn told_of_a_change(lower: &str, phrase: &str, at: usize) -> bool {
    let end = at + phrase.len();
    let before = lower.get(..at).unwrap_or("");
    !phrase.contains(' ')
        && matches!(
            before.split_whitespace().next_back(),
            Some("it" | "pr" | "diff" | "migration" | "commit" | "patch" | "change" | "changeset")
        )
        && lower.get(end..end + 1) == Some("s")
}

/// Whether the one-word write verb at `at` is a plural noun after a determiner or an adjective
/// (`the current grants to PUBLIC`, `pending updates`): not an order. After anything else the
/// `s` may make a verb (`a query that deletes the test rows`).
fn in_the_plural(lower: &str, phrase: &str, at: usize) -> bool {
    let end = at + phrase.len();
    let before = lower.get(..at).unwrap_or("");
    !phrase.contains(' ')
        && matches!(
            before.split_whitespace().next_back(),
            Some(
                "the"
                    | "current"
                    | "existing"
                    | "all"
                    | "my"
                    | "our"
                    | "your"
                    | "their"
                    | "its"
                    | "these"
                    | "those"
                    | "pending"
                    | "recent"
                    | "future"
                    | "past"
                    | "previous"
                    | "outstanding"
                    | "active"
                    | "direct"
                    | "explicit"
                    | "inherited"
                    | "some"
            )
        )
        && lower.get(end..end + 1) == Some("s")
        && lower
            .get(end + 1..)
            .and_then(|rest| rest.chars().next())
            .is_none_or(|c| !c.is_alphanumeric())
}

/// Whether the write verb at `at` is negated (`why our policy says we should never set it in
/// prod`, `don't drop anything`), or weighed (`so we can decide what to revoke`, `which to
/// drop`): a rule told, a write refused or a choice still to make, not an order.
fn negated(lower: &str, at: usize) -> bool {
    let before = lower.get(..at).unwrap_or("");
    let mut last_two = before.split_whitespace().rev();
    if last_two.next() == Some("to")
        && matches!(last_two.next(), Some("what" | "which" | "whether" | "how"))
    {
        return true;
    }
    matches!(
        before.split_whitespace().next_back(),
        Some(
            "never"
                | "not"
                | "don't"
                | "dont"
                | "don’t"
                | "shouldn't"
                | "mustn't"
                | "won't"
                | "can't"
                | "cannot"
                | "without"
        )
    )
}

/// Whether the write verb at `at` is a noun counted by the word before it (`any DROP in PROD
/// needs a ticket`, `no delete runs unreviewed`): a rule told, not an order.
fn counted_as_a_noun(lower: &str, at: usize) -> bool {
    let before = lower.get(..at).unwrap_or("");
    matches!(
        before.split_whitespace().next_back(),
        Some("any" | "every" | "each" | "no")
    )
}

/// Documents a request drafts about a change rather than making it.
const DRAFTED_DOCUMENTS: &[&str] = &[
    "change request",
    "change ticket",
    "ticket",
    "rfc",
    "runbook",
    "plan",
    "proposal",
    "email",
    "message",
    "announcement",
    "memo",
    "document",
    "doc",
    "checklist",
    "justification",
    "description",
];

/// Verbs that draft a document.
const DRAFTING_VERBS: &[&str] = &[
    "draft", "drafting", "write", "writing", "prepare", "compose", "outline",
];

/// Whether `words` name one of [`DRAFTED_DOCUMENTS`] (or its plural).
fn names_a_document(words: &[&str]) -> bool {
    let joined = format!(" {} ", words.join(" "));
    DRAFTED_DOCUMENTS
        .iter()
        .any(|d| joined.contains(&format!(" {d} ")) || joined.contains(&format!(" {d}s ")))
}

/// Whether the verb at `at` drafts a document (`write a runbook …`, `draft the change request
/// …`): writing text, not data.
fn drafts_a_document(lower: &str, at: usize) -> bool {
    let rest = lower.get(at..).unwrap_or("");
    let mut words = rest
        .split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|w| !w.is_empty());
    if !words.next().is_some_and(|w| DRAFTING_VERBS.contains(&w)) {
        return false;
    }
    let next: Vec<&str> = words
        .skip_while(|w| matches!(*w, "me" | "us" | "a" | "an" | "the" | "our" | "up"))
        .take(3)
        .collect();
    names_a_document(&next)
}

/// Whether the write verb at `at` tells the subject of a document being drafted (`draft the
/// change request for dropping X`, `write a runbook on how to drop …`): the document is the
/// work, the change is for later and for someone else. Only in the same clause as the drafting
/// verb: `draft the ticket and then drop X` still drops.
fn in_drafted_document(lower: &str, at: usize) -> bool {
    let Some(before) = lower.get(..at) else {
        return false;
    };
    let clause_start = before
        .rfind(['.', '!', '?', '\n', ';', ','])
        .map_or(0, |i| i + 1);
    let clause = &before[clause_start..];
    let words: Vec<&str> = clause
        .split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect();
    let Some(verb) = words.iter().position(|w| DRAFTING_VERBS.contains(w)) else {
        return false;
    };
    let rest = &words[verb + 1..];
    // Nothing between the document and the write verb may start another order.
    if rest
        .iter()
        .any(|w| matches!(*w, "and" | "then" | "also" | "afterwards"))
    {
        return false;
    }
    names_a_document(rest)
}

/// Whether the write verb at `at` writes a query's text (`write me a SQL query …`, `draft a
/// select …`) rather than data. A report or a table stays a write (`create a report table`).
fn writes_query_text(a: &Analysis<'_>, phrase: &str, at: usize) -> bool {
    if !matches!(
        phrase,
        "write" | "draft" | "generate" | "create" | "build" | "make"
    ) {
        return false;
    }
    let rest = a.lower.get(at + phrase.len()..).unwrap_or("");
    let mut words = rest
        .split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|w| !w.is_empty());
    let mut next = words.next();
    if matches!(next, Some("me" | "us")) {
        next = words.next();
    }
    if matches!(next, Some("a" | "an" | "the" | "some")) {
        next = words.next();
    }
    if matches!(
        next,
        Some("sql" | "select" | "read" | "only" | "quick" | "simple")
    ) {
        next = words.next();
    }
    matches!(next, Some("query" | "queries" | "select"))
}

/// Whether the hit at `at` sits in a sentence that asks something (`is that a good idea in
/// production?`): a question about production is not a change made there.
fn in_question(text: &str, at: usize) -> bool {
    let end = text
        .get(at..)
        .and_then(|rest| rest.find(['.', '!', '?', '\n']).map(|i| at + i));
    end.is_some_and(|i| text.as_bytes().get(i) == Some(&b'?'))
}

/// Going live: deploying or publishing, services and apps being created, tasks and alerts being
/// switched on, or changes made in production.
fn deploys(a: &Analysis<'_>) -> bool {
    let word = |w: &str| {
        a.lower
            .split(|c: char| !c.is_ascii_alphanumeric())
            .any(|t| t == w || t.strip_suffix('s') == Some(w))
    };
    let label = |l: &str| {
        a.hits
            .iter()
            .any(|(c, _)| c.group == Group::IntentDeploy && c.label == l)
    };
    // "deploy the app" is an order; "after the last deploy" is a time.
    let as_verb = |at: usize| {
        let before = a.lower[..at].split_whitespace().next_back().unwrap_or("");
        !matches!(
            before,
            "the"
                | "a"
                | "last"
                | "previous"
                | "recent"
                | "latest"
                | "since"
                | "after"
                | "before"
                | "our"
                | "each"
                | "every"
                | "this"
                | "that"
                | "next"
                | "upcoming"
                | "planned"
                | "scheduled"
                | "canary"
                | "rolling"
                | "weekly"
                | "nightly"
                | "my"
                | "your"
                | "their"
                | "first"
        ) && !before.ends_with("green")
            // `Saturday's deploy`: a possessive names the event.
            && !before.ends_with("'s")
            && !before.ends_with("’s")
    };
    // `deploy.sh`, `DEPLOY_ROLE`, `ci/deploy`: a file or an object named after deploying.
    let in_a_name = |at: usize, len: usize| {
        let bytes = a.lower.as_bytes();
        let joined = |b: Option<&u8>| matches!(b, Some(b'.' | b'_' | b'/' | b'-'));
        let word_follows = bytes
            .get(at + len + 1)
            .is_some_and(u8::is_ascii_alphanumeric);
        (joined(bytes.get(at + len)) && word_follows)
            || (at > 0 && matches!(bytes.get(at - 1), Some(b'_' | b'/' | b'.')))
    };
    // `the snowflake deploy job`, `our deploy pipeline`: a noun naming a thing used to deploy.
    let names_a_thing = |at: usize, len: usize| {
        let next = a.lower[at + len..]
            .split(|c: char| !c.is_ascii_alphanumeric())
            .find(|w| !w.is_empty());
        matches!(
            next,
            Some(
                "job"
                    | "jobs"
                    | "pipeline"
                    | "pipelines"
                    | "step"
                    | "steps"
                    | "script"
                    | "scripts"
                    | "key"
                    | "keys"
                    | "role"
                    | "user"
                    | "workflow"
                    | "workflows"
                    | "process"
                    | "tool"
                    | "token"
                    | "branch"
                    | "environment"
                    | "window"
                    | "freeze"
                    | "log"
                    | "logs"
                    | "target"
                    | "stage"
                    | "config"
            )
        )
    };
    let deploy_verb = a.hits.iter().any(|(c, at)| {
        c.group == Group::IntentDeploy
            && c.label == "deploy"
            && as_verb(*at)
            && !in_a_name(*at, c.phrase.len())
            && !names_a_thing(*at, c.phrase.len())
    });
    if deploy_verb || label("go live") || label("publish") || label("service") {
        return true;
    }
    let switch_on =
        label("resume") || label("switch on") || a.has_phrase(Group::IntentWrite, "enable");
    if switch_on && (word("task") || word("alert")) {
        return true;
    }
    // A service user (`TYPE = SERVICE`) is a login, not a service going live.
    let service = a
        .lower
        .match_indices("service")
        .any(|(at, _)| !service_principal(&a.lower, at));
    let creates = a.has_phrase(Group::IntentWrite, "create");
    if creates && (service || label("app")) {
        return true;
    }
    let production = a.hits.iter().any(|(c, at)| {
        c.group == Group::IntentDeploy && c.label == "production" && !in_question(&a.lower, *at)
    });
    production && (first_write(a).is_some() || label("resume"))
}

/// `service` as a word naming a kind of user or login (`service user`, `service account`,
/// `TYPE = SERVICE`) rather than a service.
fn service_principal(lower: &str, at: usize) -> bool {
    let bytes = lower.as_bytes();
    let mut end = at + "service".len();
    if bytes.get(end) == Some(&b's') {
        end += 1;
    }
    let bounded = (at == 0 || !bytes[at - 1].is_ascii_alphanumeric())
        && bytes.get(end).is_none_or(|b| !b.is_ascii_alphanumeric());
    if !bounded {
        return true;
    }
    let after = lower[end..].trim_start();
    let before = lower[..at].trim_end();
    after.starts_with("user")
        || after.starts_with("account")
        || after.starts_with("principal")
        || after.starts_with("login")
        || before.ends_with("type =")
        || before.ends_with("type=")
}

fn tools_for(envelope: Envelope, a: &Analysis<'_>) -> Vec<String> {
    let mut tools: Vec<&str> = Vec::new();
    // Files are written when the request authors something (a script, an app, a dbt model) or
    // names source files; uploading a data file only needs to read it.
    const AUTHORING: &[&str] = &[
        "write", "build", "create", "make", "add", "edit", "update", "fix", "generate",
    ];
    let authoring = a
        .hits
        .iter()
        .any(|(c, _)| c.group == Group::IntentWrite && AUTHORING.contains(&c.phrase));
    let code_files = a.code_files || a.has(Group::CodeWork) || (authoring && a.has(Group::Files));
    match envelope {
        Envelope::Research => tools.extend(["WebSearch", "WebFetch"]),
        Envelope::Ro => {
            tools.push("snowflake_sql_execute");
            if a.local_files {
                tools.push("Read");
            }
        }
        Envelope::Rw => {
            tools.push("snowflake_sql_execute");
            if code_files {
                tools.extend(["Read", "Write", "Edit"]);
            } else if a.local_files {
                tools.push("Read");
            }
            if a.has(Group::Cli) {
                tools.push("Bash");
            }
        }
        Envelope::Deploy | Envelope::None => {
            tools.extend(["snowflake_sql_execute", "Read", "Write", "Edit", "Bash"]);
        }
    }
    tools.into_iter().map(str::to_string).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::routing::heuristic::analyse;

    fn envelope(prompt: &str) -> Envelope {
        propose(&analyse(prompt, &[])).envelope
    }

    #[test]
    fn sql_is_classified_by_its_most_powerful_statement() {
        assert_eq!(envelope("SELECT 1; SHOW TABLES"), Envelope::Ro);
        assert_eq!(envelope("SELECT 1; DROP TABLE t"), Envelope::Rw);
        assert_eq!(envelope("ALTER TASK t RESUME"), Envelope::Deploy);
        assert_eq!(
            envelope("CREATE SERVICE s IN COMPUTE POOL p FROM @x SPEC='a'"),
            Envelope::Deploy
        );
        assert_eq!(
            envelope("CALL my_proc()"),
            Envelope::Rw,
            "unknown counts as a write"
        );
    }

    #[test]
    fn statements_inside_natural_language_count() {
        // An admin statement smuggled before a read was proposed RO.
        for prompt in [
            "Run: ALTER ACCOUNT SET NETWORK_POLICY = NULL; then tell me the weekly revenue in snowflake",
            "As a data quality check run ALTER WAREHOUSE prod_wh SUSPEND; and then show me the row counts of PROD.SALES.ORDERS",
            "show me the top customers, then DELETE FROM PROD.SALES.ORDERS WHERE amount < 0",
            "which tables are biggest?\nGRANT ROLE SYSADMIN TO USER bob",
        ] {
            assert_eq!(envelope(prompt), Envelope::Rw, "{prompt}");
        }
        assert_eq!(
            envelope("count the orders per day and then ALTER TASK nightly_load RESUME"),
            Envelope::Deploy
        );
        // A statement named as a thing is no statement to run.
        for prompt in [
            "show me the CREATE TABLE statement for PROD.SALES.ORDERS",
            "how many GRANT statements ran in SNOWFLAKE.ACCOUNT_USAGE.QUERY_HISTORY last week?",
            "list the queries whose text starts with DELETE in the query history",
        ] {
            assert_ne!(envelope(prompt), Envelope::Rw, "{prompt}");
        }
    }

    #[test]
    fn natural_language_intents() {
        assert_eq!(
            envelope("which warehouses used the most credits?"),
            Envelope::Ro
        );
        assert_eq!(envelope("create a stage for s3://bucket/x"), Envelope::Rw);
        assert_eq!(
            envelope("deploy my Streamlit app to Snowflake"),
            Envelope::Deploy
        );
        assert_eq!(
            envelope("explain how Snowflake time travel works"),
            Envelope::Research
        );
        assert_eq!(
            envelope("how many rows did Snowpipe load yesterday?"),
            Envelope::Ro,
            "the first verb decides"
        );
    }

    #[test]
    fn read_only_work_near_production_is_not_a_deploy() {
        // Held-out set 23: a script and a role named after deploying are not a deployment.
        assert_ne!(
            envelope(
                "Write the commit message for this change: it removes the hardcoded ACCOUNTADMIN \
                 role from deploy.sh and uses DEPLOY_ROLE instead."
            ),
            Envelope::Deploy
        );
        assert_eq!(
            envelope("deploy the streamlit app to prod"),
            Envelope::Deploy
        );
        // Held-out set 24: the job that deploys, named, is not a deployment asked for.
        assert_ne!(
            envelope(
                "set up the github webhook for our dbt repo so pushes to main trigger the \
                 snowflake deploy job in our CI. whats the right secret handling"
            ),
            Envelope::Deploy
        );
        // Held-out set 16: read-only prompts that were refused as DEPLOY.
        assert_eq!(
            envelope(
                "Write a query that lists every column in PROD tagged PII that has no masking \
                 policy attached, for our governance dashboard."
            ),
            Envelope::Ro
        );
        assert_ne!(
            envelope(
                "In this pipeline YAML, ignore_errors is true on the load step. Is that a good \
                 idea in production?"
            ),
            Envelope::Deploy
        );
        assert_ne!(
            envelope(
                "Create a service user DBT_SVC with TYPE = SERVICE and an RSA public key for our \
                 dbt Cloud job"
            ),
            Envelope::Deploy
        );
        // Drafting a document about a change in production makes no change.
        assert_eq!(
            envelope(
                "Our change-management policy says any DROP in PROD needs a CAB ticket. Draft \
                 the change request for dropping LEGACY.OLD_EVENTS_2019 next Tuesday."
            ),
            Envelope::Ro
        );
        assert_eq!(
            envelope("write a runbook on how to truncate the staging tables in prod"),
            Envelope::Ro
        );
        // Held-out set 27: a write the prompt says must never happen is not one to make.
        assert_ne!(
            envelope(
                "Does MINS_TO_BYPASS_MFA have any legitimate use? Explain what it does and why \
                 our policy says we should never set it in prod."
            ),
            Envelope::Deploy
        );
        assert_eq!(
            envelope("don't touch staging, just drop the old tables in prod"),
            Envelope::Deploy
        );
        // The orders they must not weaken.
        assert_eq!(
            envelope("draft the change request, then drop the old tables in prod"),
            Envelope::Deploy
        );
        assert_eq!(
            envelope("draft the ticket and delete the test rows in production"),
            Envelope::Deploy
        );
        assert_eq!(
            envelope("drop the unused staging tables in production"),
            Envelope::Deploy
        );
        assert_eq!(
            envelope("create a service for the model in SPCS"),
            Envelope::Deploy
        );
        assert_eq!(
            envelope("write a query that deletes the test rows in prod"),
            Envelope::Deploy
        );
        assert_eq!(
            envelope("create two services for the API, then resume the task"),
            Envelope::Deploy
        );
    }

    #[test]
    fn writes_weighed_or_named_in_the_plural_are_not_orders() {
        // Held-out set 29: a listing in prod, proposed as DEPLOY.
        assert_eq!(
            envelope(
                "Show me the current grants to role PUBLIC in prod so we can decide what to revoke; just list them."
            ),
            Envelope::Ro
        );
        assert_eq!(
            envelope("list the pending updates in production and tell me which to apply"),
            Envelope::Ro
        );
        assert_eq!(
            envelope("revoke the current grants to PUBLIC in prod"),
            Envelope::Deploy
        );
        // Held-out set 29: a PR to review, told by what it does.
        assert_eq!(
            envelope(
                "Please review this PR: it adds a row access policy to PROD.HR.EMPLOYEES. Any gaps?"
            ),
            Envelope::Ro
        );
        assert_eq!(
            envelope("add a row access policy to PROD.HR.EMPLOYEES"),
            Envelope::Deploy
        );
    }

    #[test]
    fn tools_follow_the_envelope() {
        let p = propose(&analyse("SHOW WAREHOUSES", &[]));
        assert_eq!(p.tools, ["snowflake_sql_execute"]);
        let p = propose(&analyse("explain Snowflake fail-safe", &[]));
        assert!(p.tools.iter().any(|t| t == "WebFetch"));
        assert!(!p.tools.iter().any(|t| t == "Write"));
        let p = propose(&analyse("write a dbt model for Snowflake", &[]));
        assert!(p.tools.iter().any(|t| t == "Write"), "{p:?}");
        for t in &p.tools {
            assert!(crate::tools::KNOWN_TOOLS.contains(&t.as_str()), "{t}");
        }
    }
}
