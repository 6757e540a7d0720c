//! The offline classifier: is this Snowflake work, and how sure are we?
//!
//! Not a bag of words. The prompt is read for *evidence*, each piece with a kind and a weight:
//! Snowflake products and Snowflake-only SQL (strong), Snowflake object kinds and parameters,
//! identifiers shaped like Snowflake's (`ANALYTICS_WH`, `DB.SCHEMA.TABLE`, `@stage/path`), the
//! discovered Cortex skills' triggers; and against it: other databases, local code and repository
//! work, local data science, embedded "Cortex" cores. The words "snowflake" and "cortex" are read
//! with their neighbours, so a Koch snowflake, a Twitter snowflake ID, a snowflake schema as a
//! modelling term, an ARM Cortex-M4 or the prefrontal cortex count *against* Snowflake, not for it.
//!
//! Evidence adds up per kind, with a cap per kind (ten weak hints never make a strong case), and a
//! few interactions: another database named next to Snowflake with a migration verb ("migrate this
//! Postgres query to Snowflake") is the source, not a competitor; pandas next to Snowpark is
//! Snowflake data work. The margin gives the route; the confidence is a squashed margin, shrunk
//! when the evidence conflicts or is thin, and never above [`MAX_CONFIDENCE`].

use std::borrow::Cow;
use std::collections::{HashMap, HashSet};
use std::sync::LazyLock;

use aho_corasick::{AhoCorasick, AhoCorasickBuilder, MatchKind};

use super::SkillHint;
use super::decision::Route;
use super::lexicon::{
    CODE_EXTENSIONS, CORTEX_BRAIN_PREV, CORTEX_PRODUCT_NEXT, CREDIT_USE_WORDS, CUES, Cue,
    DATA_EXTENSIONS, DATA_OBJECT_WORDS, Group, ID_WORDS, MODELLING_WORDS, NOT_OBJECT_NAMES,
    SHAPE_WORDS, SNOWFLAKE_LOCATIVE_PREV, SNOWFLAKE_PRODUCT_NEXT, SQL_NAME_CONTEXT, SQL_STARTERS,
    TASK_SWITCH_WORDS, WAREHOUSE_COMPUTE_WORDS,
};

/// Only this much of a prompt is read: the signals that matter are near the start, and the cost
/// stays bounded for megabyte prompts.
pub const MAX_ANALYSED_BYTES: usize = 64 * 1024;
/// A heuristic is never certain.
pub const MAX_CONFIDENCE: f64 = 0.97;
/// With no evidence either way, work stays with the coding agent.
const BIAS_TOWARDS_CODING_AGENT: f32 = 0.8;
/// How fast the margin turns into confidence.
const MARGIN_SCALE: f64 = 3.0;
/// Skills: at most this many triggers are matched, each at most this long.
const MAX_SKILL_TRIGGERS: usize = 1024;
const MAX_TRIGGER_BYTES: usize = 120;
const SKILL_TRIGGER_WEIGHT: f32 = 2.0;

/// One piece of evidence.
#[derive(Debug, Clone)]
pub struct Evidence {
    pub group: Group,
    pub weight: f32,
    pub label: Cow<'static, str>,
}

/// The prompt, read once: vocabulary hits and detector findings. Shared by the route classifier
/// and the envelope/tool proposal.
#[derive(Debug)]
pub struct Analysis<'t> {
    /// The analysed prefix of the prompt, as written.
    pub text: &'t str,
    /// ASCII-lowercased copy of `text` (same byte offsets).
    pub lower: String,
    /// Vocabulary hits: (cue, start byte).
    pub hits: Vec<(&'static Cue, usize)>,
    /// Evidence from detectors (identifiers, "snowflake"/"cortex" senses, skills).
    pub found: Vec<Evidence>,
    /// Snowflake named as the product at least once.
    pub snowflake_named: bool,
    /// Snowflake named as the place the work happens ("in Snowflake", "to Snowflake").
    pub snowflake_target: bool,
    /// Concrete Snowflake identifiers: stage references, `*_WH`, qualified names.
    pub concrete_ids: bool,
    /// A local file or path is mentioned.
    pub local_files: bool,
    /// A local source or documentation file is mentioned (not data, not `.sql`).
    pub code_files: bool,
}

impl Analysis<'_> {
    /// True when a vocabulary cue of `group` was hit.
    pub fn has(&self, group: Group) -> bool {
        self.hits.iter().any(|(c, _)| c.group == group)
    }

    /// True when the cue `phrase` of `group` was hit.
    pub fn has_phrase(&self, group: Group, phrase: &str) -> bool {
        self.hits
            .iter()
            .any(|(c, _)| c.group == group && c.phrase == phrase)
    }

    /// Position of the first hit of `group`.
    pub fn first(&self, group: Group) -> Option<usize> {
        self.hits
            .iter()
            .filter(|(c, _)| c.group == group)
            .map(|(_, at)| *at)
            .min()
    }
}

/// The heuristic's verdict.
#[derive(Debug, Clone)]
pub struct Verdict {
    pub route: Route,
    pub confidence: f64,
    /// For Cortex minus against, bias included (positive means Cortex).
    pub margin: f32,
    /// The strongest evidence each way, for the reason.
    pub for_cortex: Vec<Cow<'static, str>>,
    pub against: Vec<Cow<'static, str>>,
}

impl Verdict {
    /// One sentence: what the heuristic saw.
    pub fn explain(&self) -> String {
        let list = |v: &[Cow<'static, str>]| {
            if v.is_empty() {
                "none".to_string()
            } else {
                v.join(", ")
            }
        };
        let lead = match self.route {
            Route::Cortex => "looks like Snowflake work",
            _ if self.for_cortex.is_empty() && self.against.is_empty() => {
                "no sign of Snowflake work"
            }
            _ => "does not look like Snowflake work",
        };
        format!(
            "{lead} (Snowflake signals: {}; against: {})",
            list(&self.for_cortex),
            list(&self.against)
        )
    }
}

struct Vocabulary {
    automaton: AhoCorasick,
    /// For each unique phrase (pattern id), the cues that use it.
    cues_of: Vec<Vec<&'static Cue>>,
}

static VOCABULARY: LazyLock<Vocabulary> = LazyLock::new(|| {
    let mut index: HashMap<&'static str, usize> = HashMap::new();
    let mut phrases: Vec<&'static str> = Vec::new();
    let mut cues_of: Vec<Vec<&'static Cue>> = Vec::new();
    for cue in CUES {
        let id = *index.entry(cue.phrase).or_insert_with(|| {
            phrases.push(cue.phrase);
            cues_of.push(Vec::new());
            phrases.len() - 1
        });
        cues_of[id].push(cue);
    }
    // Invariant: the phrases are a fixed, small, valid list; building cannot fail.
    let automaton = AhoCorasickBuilder::new()
        .match_kind(MatchKind::Standard)
        .build(&phrases)
        .expect("the routing vocabulary builds");
    Vocabulary { automaton, cues_of }
});

fn is_word_byte(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b == b'_'
}

/// A hit must not be the inside of a longer word; a plural `s` is allowed.
fn on_boundaries(lower: &[u8], phrase: &str, start: usize, end: usize) -> Option<usize> {
    let p = phrase.as_bytes();
    if is_word_byte(p[0]) && start > 0 && is_word_byte(lower[start - 1]) {
        return None;
    }
    if !is_word_byte(p[p.len() - 1]) {
        return Some(end);
    }
    match lower.get(end) {
        None => Some(end),
        Some(&b) if !is_word_byte(b) => Some(end),
        Some(b's') if lower.get(end + 1).is_none_or(|&n| !is_word_byte(n)) => Some(end + 1),
        Some(_) => None,
    }
}

/// Cut `text` to at most `max` bytes on a character boundary.
fn prefix(text: &str, max: usize) -> &str {
    if text.len() <= max {
        return text;
    }
    let mut cut = max;
    while !text.is_char_boundary(cut) {
        cut -= 1;
    }
    &text[..cut]
}

/// Read the prompt once.
pub fn analyse<'t>(prompt: &'t str, skills: &[SkillHint]) -> Analysis<'t> {
    let text = prefix(prompt, MAX_ANALYSED_BYTES);
    let lower = text.to_ascii_lowercase();
    let vocab = &*VOCABULARY;
    let bytes = lower.as_bytes();
    let mut hits = Vec::new();
    for m in vocab.automaton.find_overlapping_iter(&lower) {
        let id = m.pattern().as_usize();
        let Some(cues) = vocab.cues_of.get(id) else {
            continue;
        };
        let Some(first) = cues.first() else { continue };
        if on_boundaries(bytes, first.phrase, m.start(), m.end()).is_none() {
            continue;
        }
        for cue in cues {
            hits.push((*cue, m.start()));
        }
    }
    let mut a = Analysis {
        text,
        lower,
        hits,
        found: Vec::new(),
        snowflake_named: false,
        snowflake_target: false,
        concrete_ids: false,
        local_files: false,
        code_files: false,
    };
    read_snowflake_mentions(&mut a);
    read_cortex_mentions(&mut a);
    read_tokens(&mut a);
    read_skill_triggers(&mut a, skills);
    a
}

/// Classify an analysed prompt.
pub fn classify(a: &Analysis<'_>) -> Verdict {
    // Evidence per group, one entry per label (the strongest).
    let mut by_group: HashMap<Group, HashMap<Cow<'static, str>, f32>> = HashMap::new();
    let mut add = |group: Group, label: Cow<'static, str>, weight: f32| {
        if weight <= 0.0 {
            return;
        }
        let slot = by_group
            .entry(group)
            .or_default()
            .entry(label)
            .or_insert(0.0);
        if weight > *slot {
            *slot = weight;
        }
    };
    for (cue, _) in &a.hits {
        add(cue.group, Cow::Borrowed(cue.label), cue.weight);
    }
    for e in &a.found {
        add(e.group, e.label.clone(), e.weight);
    }

    for e in combinations(a) {
        add(e.group, e.label, e.weight);
    }

    // A generic "data warehouse" or a warehouse building explains the word "warehouse".
    if by_group.contains_key(&Group::GenericWarehouse)
        && let Some(weak) = by_group.get_mut(&Group::Weak)
    {
        weak.remove("warehouse");
    }

    let total = |g: Group, by_group: &HashMap<Group, HashMap<Cow<'static, str>, f32>>| -> f32 {
        by_group.get(&g).map_or(0.0, |labels| {
            let sum: f32 = labels.values().sum();
            sum.min(g.cap())
        })
    };

    let product = total(Group::Product, &by_group);
    let sql_only = total(Group::SqlOnly, &by_group);
    let object = total(Group::Object, &by_group);
    let weak = total(Group::Weak, &by_group);
    let data = total(Group::DataWord, &by_group);
    let data_op = total(Group::DataOp, &by_group);
    let strong_snowflake = product + sql_only + object;

    let mut other_db = total(Group::OtherDb, &by_group);
    // Snowflake is named, or one of its products is ("convert this notebook to Snowpark").
    let snowflake_named = a.snowflake_named || product >= 3.0;
    if other_db > 0.0 && snowflake_named {
        if a.has(Group::Migration) || a.snowflake_target {
            // "migrate this Postgres query to Snowflake": the other database is the source.
            other_db *= 0.25;
        } else if a.has(Group::Compare) {
            other_db *= 0.4;
        }
    }
    let mut local_data = total(Group::LocalData, &by_group);
    if strong_snowflake >= 3.0 {
        // pandas or a CSV next to Snowpark or a stage: Snowflake data work.
        local_data *= 0.2;
    }
    let code = total(Group::CodeWork, &by_group);
    let embedded = total(Group::Embedded, &by_group);
    let other_tool = total(Group::OtherTool, &by_group);
    let generic_wh = total(Group::GenericWarehouse, &by_group);
    let local_edit = total(Group::LocalEdit, &by_group);

    let positive = strong_snowflake + weak + data + data_op;
    let negative = other_db + code + local_data + embedded + other_tool + generic_wh + local_edit;
    let margin = positive - negative - BIAS_TOWARDS_CODING_AGENT;

    let route = if margin > 0.0 {
        Route::Cortex
    } else {
        Route::CodingAgent
    };
    let confidence = calibrate(margin, positive, negative);

    let ranked = |groups: &[Group]| -> Vec<Cow<'static, str>> {
        let mut all: Vec<(f32, Cow<'static, str>)> = groups
            .iter()
            .filter_map(|g| by_group.get(g))
            .flat_map(|labels| labels.iter().map(|(l, w)| (*w, l.clone())))
            .collect();
        all.sort_by(|x, y| y.0.total_cmp(&x.0).then_with(|| x.1.cmp(&y.1)));
        let mut out: Vec<Cow<'static, str>> = Vec::new();
        for (_, l) in all {
            if !out.contains(&l) {
                out.push(l);
            }
            if out.len() == 3 {
                break;
            }
        }
        out
    };
    let for_cortex = ranked(&[Group::Product, Group::SqlOnly, Group::Object, Group::Weak]);
    let against = ranked(&[
        Group::OtherDb,
        Group::Embedded,
        Group::OtherTool,
        Group::CodeWork,
        Group::LocalData,
        Group::GenericWarehouse,
    ]);
    Verdict {
        route,
        confidence,
        margin,
        for_cortex,
        against,
    }
}

/// Margin → confidence in [0.5, MAX_CONFIDENCE]. Conflicting evidence (much on both sides) and
/// thin evidence (little at all) both pull it towards 0.5 so callers know to ask.
fn calibrate(margin: f32, positive: f32, negative: f32) -> f64 {
    let strength = (f64::from(margin.abs()) / MARGIN_SCALE).tanh();
    let (lo, hi) = if positive < negative {
        (positive, negative)
    } else {
        (negative, positive)
    };
    let conflict = if lo >= 0.5 {
        f64::from(lo / hi.max(f32::EPSILON))
    } else {
        0.0
    };
    let confidence = 0.5 + (MAX_CONFIDENCE - 0.5) * strength * (1.0 - 0.6 * conflict);
    confidence.clamp(0.5, MAX_CONFIDENCE)
}

/// Evidence from words that mean little alone and much together.
fn combinations(a: &Analysis<'_>) -> Vec<Evidence> {
    let mut out = Vec::new();
    // Every word once, with and without a plural `s`.
    let mut words: HashSet<&str> = HashSet::new();
    for t in a.lower.split(|c: char| !c.is_ascii_alphanumeric()) {
        if !t.is_empty() {
            words.insert(t);
            if let Some(singular) = t.strip_suffix('s') {
                words.insert(singular);
            }
        }
    }
    let any_word = |ws: &[&str]| ws.iter().any(|w| words.contains(w));
    // Warehouses that are suspended, resized, idle or queuing are compute, not buildings.
    if any_word(&["warehouse"]) && any_word(WAREHOUSE_COMPUTE_WORDS) {
        out.push(ev(Group::Object, 2.0, "warehouse compute"));
    }
    // Tasks and alerts that are resumed, suspended, scheduled or switched on are Snowflake's more
    // often than not.
    if any_word(&["task", "alert"])
        && (any_word(TASK_SWITCH_WORDS) || a.hits.iter().any(|(c, _)| c.label == "switch on"))
        && !a.has(Group::CodeWork)
    {
        out.push(ev(Group::Object, 1.6, "task scheduling"));
    }
    // Credits being used up are Snowflake credits more often than not.
    if any_word(&["credit"])
        && (a.has(Group::Possession) || any_word(CREDIT_USE_WORDS))
        && !a.has(Group::OtherDb)
    {
        out.push(ev(Group::Object, 1.5, "credit consumption"));
    }
    // Operating on database objects, not writing SQL text, and no other database named.
    let object = any_word(DATA_OBJECT_WORDS) || a.found.iter().any(|e| e.label == UPPER_CASE_NAMES);
    let operation = a.has(Group::IntentWrite) || a.has(Group::IntentRead);
    let authoring = any_word(&["write", "generate", "explain", "example", "design"])
        && any_word(&["query", "sql", "function", "script", "schema", "example"]);
    if object && operation && !authoring && !a.has(Group::OtherDb) && !a.has(Group::CodeWork) {
        out.push(ev(Group::DataOp, 1.4, "operating on database objects"));
    }
    // Maintenance of local code or docs: a Snowflake word in it is incidental.
    let code_target = a.code_files || a.has(Group::CodeWork);
    if code_target && a.has(Group::LocalEdit) && !a.concrete_ids {
        out.push(ev(Group::LocalEdit, 2.5, "changing local code or docs"));
    }
    out
}

// ---------------------------------------------------------------------------------------------
// Detectors.

/// Words around byte `at` (lowercase, split on anything but letters, digits, `_`, `-`, `'`).
fn words_before(lower: &str, at: usize, n: usize) -> Vec<&str> {
    lower[..at]
        .rsplit(|c: char| !(c.is_ascii_alphanumeric() || c == '_' || c == '-' || c == '\''))
        .filter(|w| !w.is_empty())
        .take(n)
        .collect()
}

fn words_after(lower: &str, at: usize, n: usize) -> Vec<&str> {
    lower[at..]
        .split(|c: char| !(c.is_ascii_alphanumeric() || c == '_' || c == '-' || c == '\''))
        .filter(|w| !w.is_empty())
        .take(n)
        .collect()
}

/// Read each "snowflake" with its neighbours: the product, a code identifier, a shape, an ID
/// scheme, the modelling term, or the idiom.
fn read_snowflake_mentions(a: &mut Analysis<'_>) {
    const WORD: &str = "snowflake";
    let lower = a.lower.clone();
    let bytes = lower.as_bytes();
    let mut best_product: f32 = 0.0;
    let mut target = false;
    for (at, _) in lower.match_indices(WORD) {
        let end = at + WORD.len();
        let prev_byte = at.checked_sub(1).map(|i| bytes[i]);
        let next_byte = bytes.get(end).copied();
        let after_next = bytes.get(end + 1).copied();
        let before = words_before(&lower, at, 5);
        let after = words_after(&lower, end, 5);
        let next_word = after.first().copied().unwrap_or("");
        let glued_next = next_byte.is_some_and(|b| b == b'-' || b == b'.');

        // Part of an identifier: `test_snowflake_loader`, `SnowflakeOperator`, `mysnowflake`.
        let in_identifier = prev_byte.is_some_and(is_word_byte)
            || (next_byte.is_some_and(is_word_byte)
                && !(next_byte == Some(b's') && after_next.is_none_or(|b| !is_word_byte(b))));
        if in_identifier {
            a.found.push(Evidence {
                group: Group::Product,
                weight: 1.0,
                label: Cow::Borrowed("\"snowflake\" in a code identifier"),
            });
            continue;
        }
        let plural = next_byte == Some(b's');

        let near = |list: &[&str]| {
            before
                .iter()
                .chain(after.iter())
                .flat_map(|w| std::iter::once(*w).chain(w.split('-')))
                .any(|w| list.contains(&w) || list.iter().any(|l| w.trim_end_matches('s') == *l))
        };
        // "snowflake ID", "Discord snowflake", "snowflake-style IDs".
        let id_scheme = matches!(next_word, "id" | "ids" | "id's")
            || (glued_next && after.first().is_some_and(|w| w.starts_with("id")))
            || before.iter().chain(after.iter()).any(|w| {
                matches!(
                    *w,
                    "twitter" | "discord" | "instagram" | "sonyflake" | "41-bit" | "64-bit"
                )
            })
            || (near(ID_WORDS) && lower.contains(" id"));
        // "special snowflakes", "snowflake servers".
        let idiom = before.first() == Some(&"special")
            || matches!(next_word, "server" | "servers" | "snowflakes");
        // "star schema vs snowflake schema".
        let modelling = matches!(next_word, "schema" | "schemas")
            && (MODELLING_WORDS.iter().any(|w| lower.contains(w))
                || !a.text[end..]
                    .split_whitespace()
                    .nth(1)
                    .is_some_and(|w| w.chars().any(|c| c.is_ascii_uppercase())));
        let product_next = !plural && SNOWFLAKE_PRODUCT_NEXT.contains(&next_word);
        let shape = plural || near(SHAPE_WORDS);

        if glued_next && !id_scheme {
            // `snowflake.connector`, `snowflake-connector-python`: a library or a database
            // prefix. The vocabulary weighs the specific ones; the mention itself is weak.
            a.found
                .push(ev(Group::Product, 1.0, "Snowflake library or prefix"));
            continue;
        }
        if product_next {
            best_product = best_product.max(4.0);
            target |= SNOWFLAKE_LOCATIVE_PREV.contains(before.first().unwrap_or(&""));
            continue;
        }
        let (group, weight, label) = if id_scheme {
            (Group::OtherTool, 3.0, "\"snowflake\" as an ID scheme")
        } else if idiom {
            (Group::OtherTool, 2.5, "\"snowflake\" as an idiom")
        } else if modelling {
            (
                Group::GenericWarehouse,
                1.0,
                "\"snowflake schema\" as a modelling term",
            )
        } else if shape {
            (Group::OtherTool, 3.0, "\"snowflake\" as a shape")
        } else {
            let locative = SNOWFLAKE_LOCATIVE_PREV.contains(before.first().unwrap_or(&""));
            target |= locative;
            best_product = best_product.max(if locative { 4.0 } else { 3.0 });
            continue;
        };
        a.found.push(Evidence {
            group,
            weight,
            label: Cow::Borrowed(label),
        });
    }
    if best_product > 0.0 {
        a.snowflake_named = true;
        a.snowflake_target = target;
        a.found.push(Evidence {
            group: Group::Product,
            weight: best_product,
            label: Cow::Borrowed("Snowflake named"),
        });
    }
}

/// Read each "cortex": Snowflake Cortex, an ARM core, a brain region, a metrics store, or a
/// security product.
fn read_cortex_mentions(a: &mut Analysis<'_>) {
    const WORD: &str = "cortex";
    let lower = a.lower.clone();
    let bytes = lower.as_bytes();
    for (at, _) in lower.match_indices(WORD) {
        let end = at + WORD.len();
        let before = words_before(&lower, at, 2);
        let after = words_after(&lower, end, 2);
        let next_word = after.first().copied().unwrap_or("");
        let prev_byte = at.checked_sub(1).map(|i| bytes[i]);

        // "Cortex-M4", "cortex m0+", "Cortex-A53", "cortex-r5".
        let rest = &bytes[end..];
        let core = {
            let skip = usize::from(matches!(rest.first(), Some(b'-' | b' ')));
            matches!(rest.get(skip), Some(b'm' | b'a' | b'r' | b'x'))
                && rest.get(skip + 1).is_some_and(u8::is_ascii_digit)
        };
        let evidence = if core {
            Some((Group::Embedded, 3.5, "ARM Cortex core"))
        } else if prev_byte.is_some_and(|b| b.is_ascii_alphabetic())
            || before
                .first()
                .is_some_and(|w| CORTEX_BRAIN_PREV.contains(w))
        {
            Some((Group::OtherTool, 3.0, "cortex as a brain region"))
        } else if matches!(next_word, "xdr" | "xsoar" | "xpanse" | "xsiam") {
            Some((Group::OtherTool, 3.0, "Palo Alto Cortex"))
        } else if ["prometheus", "thanos", "mimir", "metrics"]
            .iter()
            .any(|w| lower.contains(w))
        {
            Some((Group::OtherTool, 2.5, "Cortex metrics storage"))
        } else if before.first() == Some(&"snowflake")
            || lower[..at].ends_with("snowflake.")
            || CORTEX_PRODUCT_NEXT.contains(&next_word)
        {
            Some((Group::Product, 3.5, "Snowflake Cortex"))
        } else {
            Some((Group::Product, 2.0, "Cortex"))
        };
        if let Some((group, weight, label)) = evidence {
            a.found.push(Evidence {
                group,
                weight,
                label: Cow::Borrowed(label),
            });
        }
    }
}

/// The label of the upper-case object name evidence (checked by `combinations`).
const UPPER_CASE_NAMES: &str = "upper-case object names";

/// Identifiers and paths: `*_WH`, `DB.SCHEMA.TABLE`, `@stage/path`, `src/main.rs`, `data.csv`.
fn read_tokens(a: &mut Analysis<'_>) {
    let text = a.text;
    let mut found: Vec<Evidence> = Vec::new();
    let mut concrete = false;
    let mut local_files = false;
    let mut code_files = false;
    let mut prev_lower = String::new();

    let first_word = text
        .split(|c: char| !c.is_ascii_alphanumeric())
        .find(|w| !w.is_empty())
        .unwrap_or("")
        .to_ascii_lowercase();
    if SQL_STARTERS.contains(&first_word.as_str())
        && text.trim_start().len() > first_word.len()
        && text.split_whitespace().next().is_some_and(|w| {
            w.chars()
                .all(|c| c.is_ascii_uppercase() || !c.is_alphabetic())
        })
    {
        found.push(ev(Group::DataWord, 0.6, "a SQL statement"));
    }

    // All-caps text (SQL, or shouting) says nothing through its case.
    let (upper, letters) = text
        .chars()
        .filter(char::is_ascii_alphabetic)
        .fold((0, 0), |(u, l), c| {
            (u + usize::from(c.is_ascii_uppercase()), l + 1)
        });
    let mostly_upper = letters > 0 && upper * 10 > letters * 6;

    for raw in text.split(|c: char| {
        c.is_whitespace() || matches!(c, ',' | ';' | '(' | ')' | '"' | '`' | '=' | '<' | '>' | '|')
    }) {
        let token = raw
            .trim_start_matches('\'')
            .trim_end_matches(['.', ',', '?', '!', ':', ';', '\'']);
        if token.is_empty() {
            continue;
        }
        let lower = token.to_ascii_lowercase();

        if let Some(rest) = token.strip_prefix('@') {
            if stage_reference(rest, &prev_lower) {
                concrete = true;
                found.push(Evidence {
                    group: Group::SqlOnly,
                    weight: 3.5,
                    label: Cow::Owned(format!("stage reference {}", bounded(token))),
                });
            }
            prev_lower = lower;
            continue;
        }
        if let Some(scheme_end) = lower.find("://") {
            match &lower[..scheme_end] {
                "file" => found.push(ev(Group::Object, 1.0, "local file for PUT/GET")),
                "s3" | "gcs" | "azure" | "gs" => {
                    found.push(ev(Group::Weak, 0.6, "cloud storage location"));
                }
                _ => {}
            }
            prev_lower = lower;
            continue;
        }
        if token.contains('@') {
            // An email address, a package@version: not Snowflake evidence either way.
            prev_lower = lower;
            continue;
        }
        if let Some(e) = file_evidence(token, &lower) {
            local_files = true;
            code_files |= e.group == Group::CodeWork;
            found.push(e);
            prev_lower = lower;
            continue;
        }
        let ident_like = token
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '_' | '$' | '.'));
        if ident_like {
            if lower.len() > 3
                && lower.ends_with("_wh")
                && !lower.contains('.')
                && lower.starts_with(|c: char| c.is_ascii_alphabetic())
            {
                concrete = true;
                found.push(Evidence {
                    group: Group::Object,
                    weight: 3.5,
                    label: Cow::Owned(format!("warehouse name {}", bounded(token))),
                });
            } else if let Some(e) = qualified_name(token, &prev_lower) {
                concrete = true;
                found.push(e);
            } else if lower.len() > 3
                && lower.ends_with("_db")
                && token.chars().all(|c| !c.is_ascii_lowercase())
            {
                found.push(ev(Group::Weak, 0.8, "database name"));
            } else if upper_case_name(token) && !mostly_upper {
                // Unquoted Snowflake identifiers are upper case: `ORDERS`, `CUSTOMERS_DIM`.
                found.push(ev(Group::Weak, 0.7, UPPER_CASE_NAMES));
            }
        }
        prev_lower = lower;
    }
    a.found.extend(found);
    a.concrete_ids |= concrete;
    a.local_files |= local_files;
    a.code_files |= code_files;
}

/// `ORDERS`, `CUSTOMERS_DIM`, `JSMITH`: upper case, at least three letters, not an acronym or a
/// SQL keyword.
fn upper_case_name(token: &str) -> bool {
    let letters = token.chars().filter(char::is_ascii_alphabetic).count();
    letters >= 3
        && token.len() <= 64
        && token.starts_with(|c: char| c.is_ascii_uppercase())
        && token
            .chars()
            .all(|c| c.is_ascii_uppercase() || c.is_ascii_digit() || c == '_')
        && !NOT_OBJECT_NAMES.contains(&token)
}

fn ev(group: Group, weight: f32, label: &'static str) -> Evidence {
    Evidence {
        group,
        weight,
        label: Cow::Borrowed(label),
    }
}

/// Identifiers quoted in reasons are cut short: the reason is for people, not a copy of the prompt.
fn bounded(token: &str) -> String {
    prefix(token, 48).to_string()
}

/// `@~`, `@%orders`, `@raw_stage/2024/`, `@db.schema.stage`, or `@name` after `FROM`/`LIST`/….
/// Not `@decorator`, `@mention` or `@scope/package` alone.
fn stage_reference(rest: &str, prev_lower: &str) -> bool {
    if rest.starts_with('~') || rest.starts_with('%') {
        return true;
    }
    let name_end = rest
        .find(|c: char| !(c.is_ascii_alphanumeric() || matches!(c, '_' | '$' | '.')))
        .unwrap_or(rest.len());
    let name = &rest[..name_end];
    if name.is_empty() || !name.starts_with(|c: char| c.is_ascii_alphabetic() || c == '_') {
        return false;
    }
    let lower = name.to_ascii_lowercase();
    lower.contains("stage")
        || matches!(
            prev_lower,
            "from"
                | "list"
                | "ls"
                | "into"
                | "put"
                | "get"
                | "copy"
                | "remove"
                | "rm"
                | "in"
                | "at"
        )
        || (rest[name_end..].starts_with('/') && !lower.contains('.'))
}

/// A local file or path: `src/main.rs`, `tests/`, `utils/dates.py`, `data.csv`.
fn file_evidence(token: &str, lower: &str) -> Option<Evidence> {
    let ext = lower.rsplit_once('.');
    let has_slash = token.contains('/') && token.len() > 1;
    if let Some((stem, ext)) = ext
        && !stem.is_empty()
        && stem.chars().any(|c| c.is_ascii_alphabetic())
    {
        if ext == "sql" {
            return Some(ev(Group::Weak, 0.3, "a .sql file"));
        }
        if DATA_EXTENSIONS.contains(&ext) {
            return Some(ev(Group::LocalData, 0.8, "a local data file"));
        }
        if CODE_EXTENSIONS.contains(&ext) && !token.chars().all(|c| !c.is_ascii_lowercase()) {
            return Some(Evidence {
                group: Group::CodeWork,
                weight: 1.8,
                label: Cow::Owned(format!("local file {}", bounded(token))),
            });
        }
    }
    if has_slash
        && token.split('/').filter(|s| !s.is_empty()).all(|s| {
            s.chars()
                .all(|c| c.is_ascii_alphanumeric() || matches!(c, '_' | '-' | '.'))
        })
        && token.chars().any(|c| c.is_ascii_lowercase())
        && !token.starts_with("//")
    {
        return Some(Evidence {
            group: Group::CodeWork,
            weight: 1.5,
            label: Cow::Owned(format!("local path {}", bounded(token))),
        });
    }
    None
}

/// `ANALYTICS.MARTS.ORDERS` (upper case, Snowflake's convention), `RAW.EVENTS`, or a lower-case
/// three-part name right after `FROM` / `JOIN` / `INTO` ….
fn qualified_name(token: &str, prev_lower: &str) -> Option<Evidence> {
    let parts: Vec<&str> = token.split('.').collect();
    if !(2..=3).contains(&parts.len()) {
        return None;
    }
    let is_ident = |p: &&str| {
        !p.is_empty()
            && p.starts_with(|c: char| c.is_ascii_alphabetic() || c == '_')
            && p.chars()
                .all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '$')
    };
    if !parts.iter().all(is_ident) {
        return None;
    }
    let upper = parts.iter().all(|p| {
        p.chars().any(|c| c.is_ascii_alphabetic()) && !p.chars().any(|c| c.is_ascii_lowercase())
    });
    let last = parts[parts.len() - 1].to_ascii_lowercase();
    if CODE_EXTENSIONS.contains(&last.as_str()) || DATA_EXTENSIONS.contains(&last.as_str()) {
        return None;
    }
    let label = |what: &str| Cow::Owned(format!("{what} {}", bounded(token)));
    match (parts.len(), upper) {
        (3, true) => Some(Evidence {
            group: Group::Object,
            weight: 2.5,
            label: label("qualified name"),
        }),
        (2, true) if parts.iter().all(|p| p.len() >= 2) => Some(Evidence {
            group: Group::Object,
            weight: 1.2,
            label: label("qualified name"),
        }),
        (3, false) if SQL_NAME_CONTEXT.contains(&prev_lower) => Some(Evidence {
            group: Group::Object,
            weight: 1.5,
            label: label("qualified name"),
        }),
        _ => None,
    }
}

/// Discovered Cortex skills say when they apply; a prompt that uses a skill's trigger phrase is
/// evidence for Cortex. Generic one-word triggers ("data", "sql") are ignored: they would route
/// everything.
fn read_skill_triggers(a: &mut Analysis<'_>, skills: &[SkillHint]) {
    if skills.is_empty() {
        return;
    }
    let mut patterns: Vec<String> = Vec::new();
    let mut owner: Vec<usize> = Vec::new();
    for (i, skill) in skills.iter().enumerate() {
        for trigger in &skill.triggers {
            if patterns.len() >= MAX_SKILL_TRIGGERS {
                break;
            }
            let t = trigger.trim().to_ascii_lowercase();
            if t.len() > MAX_TRIGGER_BYTES || !specific_enough(&t) {
                continue;
            }
            patterns.push(t);
            owner.push(i);
        }
    }
    if patterns.is_empty() {
        return;
    }
    let Ok(automaton) = AhoCorasickBuilder::new()
        .match_kind(MatchKind::Standard)
        .build(&patterns)
    else {
        return;
    };
    let bytes = a.lower.as_bytes();
    let mut seen: Vec<usize> = Vec::new();
    for m in automaton.find_overlapping_iter(&a.lower) {
        let id = m.pattern().as_usize();
        if on_boundaries(bytes, &patterns[id], m.start(), m.end()).is_none() {
            continue;
        }
        let skill = owner[id];
        if seen.contains(&skill) {
            continue;
        }
        seen.push(skill);
        a.found.push(Evidence {
            group: Group::Product,
            weight: SKILL_TRIGGER_WEIGHT,
            label: Cow::Owned(format!(
                "Cortex skill {}",
                prefix(skills[skill].name.trim(), 48)
            )),
        });
    }
}

/// Single common words are too generic to be triggers; phrases and rare words are fine.
fn specific_enough(trigger: &str) -> bool {
    const GENERIC: &[&str] = &[
        "data", "sql", "query", "queries", "table", "tables", "code", "file", "files", "help",
        "python", "script", "database", "analysis", "analyze", "report", "reports", "create",
        "build", "write", "run", "test", "tests", "use", "when", "user", "users", "model",
        "models", "app", "apps", "schema", "view", "views", "list", "show", "find", "search",
    ];
    let trimmed = trigger.trim();
    if trimmed.len() < 4 {
        return false;
    }
    let words: Vec<&str> = trimmed.split_whitespace().collect();
    match words.as_slice() {
        [] => false,
        [one] => !GENERIC.contains(one),
        _ => words.iter().any(|w| !GENERIC.contains(w) && w.len() > 2),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn verdict(prompt: &str) -> Verdict {
        classify(&analyse(prompt, &[]))
    }

    #[test]
    fn snowflake_only_sql_without_the_word_snowflake_routes_to_cortex() {
        for p in [
            "SELECT * FROM TABLE(RESULT_SCAN(LAST_QUERY_ID()))",
            "COPY INTO raw.events FROM @events_stage",
            "what's the credit usage of ANALYTICS_WH",
        ] {
            let v = verdict(p);
            assert_eq!(v.route, Route::Cortex, "{p}: {v:?}");
            assert!(v.confidence > 0.8, "{p}: {v:?}");
        }
    }

    #[test]
    fn snowflake_as_a_shape_or_an_id_is_not_snowflake_work() {
        for p in [
            "draw a snowflake fractal",
            "explain Snowflake ID generation in Twitter",
            "make falling snowflakes on a canvas",
        ] {
            assert_eq!(verdict(p).route, Route::CodingAgent, "{p}");
        }
    }

    #[test]
    fn arm_cortex_and_brain_cortex_are_not_snowflake_cortex() {
        assert_eq!(
            verdict("configure the ARM Cortex-M4 vector table").route,
            Route::CodingAgent
        );
        assert_eq!(
            verdict("what does the prefrontal cortex do?").route,
            Route::CodingAgent
        );
        assert_eq!(
            verdict("use Cortex Analyst to chart revenue").route,
            Route::Cortex
        );
    }

    #[test]
    fn migrating_another_database_to_snowflake_is_snowflake_work() {
        assert_eq!(
            verdict("migrate this Postgres query to Snowflake").route,
            Route::Cortex
        );
        assert_eq!(
            verdict("why is my DuckDB query slow").route,
            Route::CodingAgent
        );
    }

    #[test]
    fn confidence_is_never_certain_and_low_when_evidence_is_thin_or_conflicting() {
        let strong =
            verdict("SHOW WAREHOUSES; SELECT * FROM SNOWFLAKE.ACCOUNT_USAGE.QUERY_HISTORY");
        assert!(strong.confidence <= MAX_CONFIDENCE);
        let thin = verdict("look at the numbers");
        assert!(thin.confidence < 0.7, "{thin:?}");
        let conflicting = verdict(
            "fix the failing test in tests/test_loader.py that mocks the Snowflake connector",
        );
        assert!(conflicting.confidence < 0.75, "{conflicting:?}");
    }

    #[test]
    fn emails_decorators_and_mentions_are_not_stage_references() {
        let a = analyse("ask @bob, mail ana@example.com, use @pytest.fixture", &[]);
        assert!(!a.concrete_ids, "{:?}", a.found);
        let a = analyse("LIST @my_stage; GET @~/x file:///tmp/", &[]);
        assert!(a.concrete_ids);
    }

    #[test]
    fn skill_triggers_count_but_generic_ones_do_not() {
        let skills = vec![SkillHint {
            name: "cost-insights".into(),
            description: "spend analysis".into(),
            triggers: vec!["finops review".into(), "data".into()],
        }];
        let with = classify(&analyse("prepare the finops review", &skills));
        assert_eq!(with.route, Route::Cortex, "{with:?}");
        let generic = classify(&analyse("clean the data", &skills));
        assert_eq!(generic.route, Route::CodingAgent);
    }

    #[test]
    fn huge_prompts_are_read_only_up_to_the_bound() {
        let big = "x ".repeat(MAX_ANALYSED_BYTES) + "COPY INTO t FROM @s";
        let a = analyse(&big, &[]);
        assert!(a.text.len() <= MAX_ANALYSED_BYTES);
        assert_eq!(classify(&a).route, Route::CodingAgent);
    }

    #[test]
    fn multibyte_text_is_cut_on_a_character_boundary() {
        let text = "é".repeat(MAX_ANALYSED_BYTES);
        let a = analyse(&text, &[]);
        assert!(a.text.len() <= MAX_ANALYSED_BYTES);
    }
}
