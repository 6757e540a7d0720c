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

use super::SkillHint;
use super::decision::Route;
use super::lexicon::{
    CREDIT_USE_WORDS, CUES, Cue, DATA_OBJECT_WORDS, Group, TASK_SWITCH_WORDS,
    WAREHOUSE_COMPUTE_WORDS,
};
use super::phrases::{PhraseSet, tokenize};

mod identifiers;
mod senses;
mod skills;

use identifiers::{UPPER_CASE_NAMES, read_tokens};
use senses::{read_cortex_mentions, read_snowflake_mentions};
use skills::skill_trigger_evidence;

/// Only this much of a prompt is read: the signals that matter are near the start, and the cost
/// stays bounded for megabyte prompts.
pub const MAX_ANALYSED_BYTES: usize = 16 * 1024;
/// A heuristic is never certain.
pub const MAX_CONFIDENCE: f64 = 0.97;
/// With no evidence either way, work stays with the coding agent.
const BIAS_TOWARDS_CODING_AGENT: f32 = 0.8;
/// How fast the margin turns into confidence.
const MARGIN_SCALE: f64 = 3.0;

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

/// The vocabulary as a phrase set; each match reports its index into [`CUES`].
static VOCABULARY: LazyLock<PhraseSet<usize>> =
    LazyLock::new(|| PhraseSet::new(CUES.iter().enumerate().map(|(i, c)| (c.phrase, i))));

fn is_word_byte(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b == b'_'
}

/// Evidence with a fixed label.
fn ev(group: Group, weight: f32, label: &'static str) -> Evidence {
    Evidence {
        group,
        weight,
        label: Cow::Borrowed(label),
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
    let tokens = tokenize(&lower);
    let mut hits: Vec<(&'static Cue, usize)> = Vec::new();
    VOCABULARY.find(&tokens, |i, at| hits.push((&CUES[i], at)));
    let skill_hits = skill_trigger_evidence(&tokens, skills);
    drop(tokens);
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
    a.found.extend(skill_hits);
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
    let for_cortex = ranked(&[
        Group::Product,
        Group::SqlOnly,
        Group::Object,
        Group::Weak,
        Group::DataOp,
    ]);
    let against = ranked(&[
        Group::OtherDb,
        Group::Embedded,
        Group::OtherTool,
        Group::CodeWork,
        Group::LocalData,
        Group::GenericWarehouse,
        Group::LocalEdit,
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
    // "How many orders did we get yesterday?": counting our own recent data. Weak on its own (it
    // could be any database), but it keeps the answer near 0.5 so callers ask.
    let counting = a
        .hits
        .iter()
        .any(|(c, _)| c.group == Group::IntentRead && matches!(c.label, "count" | "ranking"));
    let recent = a
        .hits
        .iter()
        .any(|(c, _)| c.group == Group::Possession && c.label == "time range");
    if counting && recent && !a.has(Group::OtherDb) && !a.has(Group::CodeWork) {
        out.push(ev(Group::DataOp, 0.7, "a question about live data"));
    }
    // Maintenance of local code or docs: a Snowflake word in it is incidental.
    let code_target = a.code_files || a.has(Group::CodeWork);
    if code_target && a.has(Group::LocalEdit) && !a.concrete_ids {
        out.push(ev(Group::LocalEdit, 2.5, "changing local code or docs"));
    }
    out
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
        // A stage named after the word stage, whatever its own name.
        let a = analyse(
            "unload yesterday's orders to our S3 stage @CORP_EXPORT",
            &[],
        );
        assert!(a.concrete_ids, "{:?}", a.found);
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
    fn a_lone_capitalized_name_is_not_a_database_object() {
        assert_eq!(
            verdict("list the NASA missions from 1969").route,
            Route::CodingAgent
        );
        assert_eq!(
            verdict("drop the old tables in the SCRATCH schema").route,
            Route::Cortex
        );
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
