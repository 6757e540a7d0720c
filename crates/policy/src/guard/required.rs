//! Required-literal analysis of regular expressions (tests only: the generator of
//! `injection/anchors.rs` and the proof of the redaction detectors' gates): a condition on
//! literal substrings that every match of a pattern satisfies.
//!
//! The injection detector uses these conditions as prefilters: a rule is only compiled and run
//! when its condition holds for the text, so a condition that a match could violate would be a
//! hole in the guard. Every step below therefore only ever weakens what is known: a finite *superset*
//! of the strings a sub-pattern can match (`exact`), and a condition implied by any match
//! (`cond`). Anything not understood becomes [`Cond::Always`].
//!
//! - A literal requires itself. A small class is a small set of one-character strings.
//! - A concatenation requires what each of its parts requires (all of them), and the strings
//!   made by running consecutive finite parts together: `(?:the |your )?rules` requires one
//!   of `rules`, `the rules`, `your rules`. The most selective few are kept.
//! - An alternation requires what one of its branches requires.
//! - A repetition with a minimum of zero, or anything that can match the empty string,
//!   requires nothing.
//!
//! "Selective" is an estimate of how likely ordinary text is to contain a literal
//! ([`literal_odds`]); it only decides which true condition is kept, never whether one is
//! true.

use std::collections::BTreeSet;

use regex_syntax::hir::{Class, Hir, HirKind};

/// Finite sets bigger than this are not enumerated.
const MAX_SET: usize = 256;
/// Literals longer than this are not built.
const MAX_LEN: usize = 48;
/// Conditions joined by a concatenation.
const MAX_ALL: usize = 3;
/// The cost of one more literal, in units of "chance of a needless compile".
const LITERAL_COST: f64 = 2e-6;
/// Characters enumerated from a class (ten: the ASCII digits).
const MAX_CLASS: u32 = 10;
/// Characters enumerated from a class of punctuation and spaces only (the characters that may
/// stand before a word: `[ \n"'(*#:,]ai`).
const MAX_PUNCT_CLASS: u32 = 32;

pub type Set = BTreeSet<Vec<u8>>;

/// What every match of a pattern contains.
#[derive(Debug, Clone, PartialEq)]
pub enum Cond {
    /// Nothing known: every text is a candidate.
    Always,
    /// One of these literals (an empty set: the pattern cannot match).
    Lits(Set),
    /// All of these.
    All(Vec<Cond>),
    /// One of these.
    Any(Vec<Cond>),
}

impl Cond {
    /// Estimated chance that ordinary text satisfies the condition (lower is more selective).
    pub fn odds(&self) -> f64 {
        match self {
            Cond::Always => 1.0,
            Cond::Lits(set) => 1.0 - set.iter().map(|l| 1.0 - literal_odds(l)).product::<f64>(),
            Cond::All(all) => all.iter().map(Cond::odds).product(),
            Cond::Any(any) => 1.0 - any.iter().map(|c| 1.0 - c.odds()).product::<f64>(),
        }
    }

    /// How many literals the condition mentions (each one is scanned for in every prompt).
    pub fn size(&self) -> usize {
        match self {
            Cond::Always => 0,
            Cond::Lits(set) => set.len(),
            Cond::All(cs) | Cond::Any(cs) => cs.iter().map(Cond::size).sum(),
        }
    }

    /// What keeping this condition costs: the chance of compiling a rule for nothing, plus
    /// a little per literal.
    pub fn cost(&self) -> f64 {
        self.odds() + LITERAL_COST * self.size() as f64
    }

    /// True when the condition holds for a text containing exactly the literals `present`
    /// says it does.
    pub fn holds(&self, present: &dyn Fn(&[u8]) -> bool) -> bool {
        match self {
            Cond::Always => true,
            Cond::Lits(set) => set.iter().any(|l| present(l)),
            Cond::All(all) => all.iter().all(|c| c.holds(present)),
            Cond::Any(any) => any.iter().any(|c| c.holds(present)),
        }
    }

    /// Every literal the condition mentions.
    pub fn literals(&self, out: &mut Set) {
        match self {
            Cond::Always => {}
            Cond::Lits(set) => out.extend(set.iter().cloned()),
            Cond::All(cs) | Cond::Any(cs) => cs.iter().for_each(|c| c.literals(out)),
        }
    }
}

/// True when every text satisfying `cond` holds one of `words`, ASCII case aside: the proof that
/// a hand-written literal check in front of an expression drops no match of it.
pub fn holds_one_of(cond: &Cond, words: &[&str]) -> bool {
    match cond {
        Cond::Always => false,
        Cond::Lits(set) => set.iter().all(|lit| {
            words.iter().any(|w| {
                lit.windows(w.len())
                    .any(|piece| piece.eq_ignore_ascii_case(w.as_bytes()))
            })
        }),
        Cond::All(all) => all.iter().any(|c| holds_one_of(c, words)),
        Cond::Any(any) => any.iter().all(|c| holds_one_of(c, words)),
    }
}

/// The condition for `pattern`, parsed the way the `regex` crate parses it by default.
pub fn required(pattern: &str) -> Result<Cond, String> {
    let hir = regex_syntax::ParserBuilder::new()
        .build()
        .parse(pattern)
        .map_err(|e| e.to_string())?;
    Ok(simplify(analyze(&hir).cond))
}

/// [`required`], choosing among true conditions by how often their literals turn up in
/// `sample` (ordinary prompts) as well as by the letter estimate: the estimate rates a domain
/// word such as ` customer` or `orders` as rare, so a rule anchored on it alone would compile
/// for every prompt about customers.
pub fn required_in(pattern: &str, sample: &Sample) -> Result<Cond, String> {
    SAMPLE.with(|s| *s.borrow_mut() = Some(sample.clone()));
    let cond = required(pattern);
    SAMPLE.with(|s| *s.borrow_mut() = None);
    cond
}

/// [`required`], choosing among true conditions those whose literals hold one of `words`
/// where there are such: the condition to prove a hand-written check of `words` with
/// ([`holds_one_of`]). Left to the letter estimate, the analysis may keep a rarer literal of
/// the same match instead (` actual credentials` rather than the `don't` before it).
pub fn required_preferring(pattern: &str, words: &[&str]) -> Result<Cond, String> {
    PREFER.with(|p| *p.borrow_mut() = words.iter().map(|w| w.to_ascii_lowercase()).collect());
    let cond = required(pattern);
    PREFER.with(|p| p.borrow_mut().clear());
    cond
}

thread_local! {
    /// The sample [`required_in`] is choosing by, for [`literal_odds`].
    static SAMPLE: std::cell::RefCell<Option<Sample>> = const { std::cell::RefCell::new(None) };
    /// The words [`required_preferring`] is choosing by, for [`literal_odds`].
    static PREFER: std::cell::RefCell<Vec<String>> = const { std::cell::RefCell::new(Vec::new()) };
}

/// Ordinary prompts as the detector's views spell them, indexed to count in how many of them
/// a literal occurs.
#[derive(Clone)]
pub struct Sample {
    inner: std::rc::Rc<SampleIndex>,
}

struct SampleIndex {
    /// Each prompt's views, ` words ` then the text view, each prompt ended by a NUL.
    text: Vec<u8>,
    /// Start offsets of every suffix of `text`, sorted by the suffix.
    suffixes: Vec<u32>,
    /// For each byte of `text`, the prompt it belongs to.
    owner: Vec<u32>,
    prompts: usize,
    /// Chances already worked out.
    odds: std::cell::RefCell<std::collections::HashMap<Vec<u8>, f64>>,
}

impl Sample {
    /// Index `views`: for each prompt, the texts of its views.
    pub fn new(views: &[Vec<String>]) -> Sample {
        let mut text = Vec::new();
        let mut owner = Vec::new();
        for (i, prompt) in views.iter().enumerate() {
            let id = u32::try_from(i).unwrap_or(u32::MAX);
            for view in prompt {
                text.extend_from_slice(view.as_bytes());
                text.push(0);
                owner.resize(text.len(), id);
            }
        }
        let mut suffixes: Vec<u32> = (0..u32::try_from(text.len()).unwrap_or(u32::MAX)).collect();
        suffixes.sort_unstable_by(|&a, &b| text[a as usize..].cmp(&text[b as usize..]));
        Sample {
            inner: std::rc::Rc::new(SampleIndex {
                text,
                suffixes,
                owner,
                prompts: views.len().max(1),
                odds: Default::default(),
            }),
        }
    }

    /// How many prompts the sample holds.
    pub fn prompts(&self) -> usize {
        self.inner.prompts
    }

    /// The share of the sample's prompts that contain `lit`.
    pub fn share(&self, lit: &[u8]) -> f64 {
        let s = &self.inner;
        if let Some(&odds) = s.odds.borrow().get(lit) {
            return odds;
        }
        let lo = s
            .suffixes
            .partition_point(|&at| &s.text[at as usize..] < lit);
        let hi =
            lo + s.suffixes[lo..].partition_point(|&at| s.text[at as usize..].starts_with(lit));
        let mut seen = std::collections::HashSet::new();
        for i in lo..hi {
            seen.insert(s.owner[s.suffixes[i] as usize]);
        }
        let odds = seen.len() as f64 / s.prompts as f64;
        s.odds.borrow_mut().insert(lit.to_vec(), odds);
        odds
    }
}

/// Words common in ordinary prompts (English and analytics), with a rough chance that a
/// prompt contains each. Literals inside them inherit at least that chance.
const COMMON_WORDS: &[(&str, f64)] = &[
    ("the", 0.9),
    ("a", 0.9),
    ("an", 0.3),
    ("and", 0.6),
    ("or", 0.3),
    ("of", 0.6),
    ("to", 0.6),
    ("in", 0.6),
    ("on", 0.4),
    ("for", 0.5),
    ("by", 0.4),
    ("with", 0.4),
    ("from", 0.4),
    ("is", 0.4),
    ("are", 0.3),
    ("was", 0.2),
    ("be", 0.2),
    ("it", 0.3),
    ("this", 0.3),
    ("that", 0.3),
    ("these", 0.1),
    ("those", 0.1),
    ("all", 0.3),
    ("any", 0.2),
    ("each", 0.1),
    ("every", 0.1),
    ("my", 0.2),
    ("our", 0.2),
    ("your", 0.1),
    ("you", 0.2),
    ("i", 0.3),
    ("we", 0.2),
    ("me", 0.1),
    ("us", 0.1),
    ("what", 0.2),
    ("which", 0.2),
    ("how", 0.2),
    ("why", 0.1),
    ("show", 0.3),
    ("list", 0.2),
    ("give", 0.1),
    ("tell", 0.1),
    ("get", 0.2),
    ("find", 0.2),
    ("select", 0.3),
    ("where", 0.2),
    ("table", 0.3),
    ("tables", 0.2),
    ("query", 0.3),
    ("data", 0.3),
    ("user", 0.2),
    ("users", 0.2),
    ("role", 0.2),
    ("system", 0.1),
    ("new", 0.1),
    ("now", 0.1),
    ("last", 0.2),
    ("previous", 0.1),
    ("current", 0.1),
    ("use", 0.2),
    ("used", 0.2),
    ("run", 0.2),
    ("create", 0.2),
    ("set", 0.2),
    ("not", 0.2),
    ("no", 0.2),
    ("null", 0.1),
    ("value", 0.2),
    ("values", 0.2),
    ("count", 0.1),
    ("warehouse", 0.2),
    ("warehouses", 0.1),
    ("snowflake", 0.3),
    ("sql", 0.2),
    ("day", 0.2),
    ("week", 0.1),
    ("do", 0.2),
    ("can", 0.2),
    ("if", 0.1),
    ("as", 0.3),
    ("at", 0.2),
    ("most", 0.1),
    ("only", 0.1),
    ("out", 0.1),
    ("up", 0.1),
];

/// How often each letter `a`..`z` occurs in English text, as a share of all letters.
const LETTER_FREQUENCY: [f64; 26] = [
    0.082, 0.015, 0.028, 0.043, 0.127, 0.022, 0.020, 0.061, 0.070, 0.0015, 0.0077, 0.040, 0.024,
    0.067, 0.075, 0.019, 0.00095, 0.060, 0.063, 0.091, 0.028, 0.0098, 0.024, 0.0015, 0.020,
    0.00074,
];

/// Estimated chance that an ordinary prompt (a few hundred bytes of prose and SQL) contains
/// `lit`, in any of the views.
pub fn literal_odds(lit: &[u8]) -> f64 {
    if lit.is_empty() {
        return 1.0;
    }
    let preferred = PREFER.with(|p| {
        p.borrow().iter().any(|w| {
            lit.windows(w.len())
                .any(|piece| piece.eq_ignore_ascii_case(w.as_bytes()))
        })
    });
    if preferred {
        return 1e-12;
    }
    let estimate = estimated_odds(lit);
    // Ordinary prompts say how common a literal is better than its letters do (` customer`,
    // `0 `); one they never contain is rarer than one in all of them, whatever its letters.
    SAMPLE.with(|s| match &*s.borrow() {
        Some(sample) => match sample.share(lit) {
            0.0 => estimate.min(1.0 / sample.prompts() as f64),
            share => share,
        },
        None => estimate,
    })
}

/// [`literal_odds`] from the letters and the common words alone.
fn estimated_odds(lit: &[u8]) -> f64 {
    // Expected occurrences from per-byte chances: letters and digits are spread out, a space
    // starts every word, SQL punctuation is common, markup is rare.
    let rate: f64 = 300.0
        * lit
            .iter()
            .map(|b| match b {
                // English letter frequencies (letters are about four bytes in five): `ai`
                // starting a word is far rarer than `th` or `er`.
                b'a'..=b'z' => 0.8 * LETTER_FREQUENCY[usize::from(b - b'a')],
                b'0'..=b'9' => 1.0 / 10.0,
                b' ' => 1.0 / 2.0,
                b'.' | b',' | b'\n' | b'(' | b')' | b'\'' | b'_' | b'=' | b'*' => 1.0 / 60.0,
                b'#' | b'<' | b'>' | b'|' | b'[' | b']' | b'{' | b'}' | b'`' | b'~' | b'^'
                | b'\\' => 1.0 / 3000.0,
                _ => 1.0 / 300.0,
            })
            .product::<f64>();
    let structural = 1.0 - (-rate).exp();
    let text = String::from_utf8_lossy(lit);
    let inner = text.trim_matches(' ');
    let bounded_left = text.starts_with(' ');
    let bounded_right = text.ends_with(' ');
    let absent_from_common: f64 = COMMON_WORDS
        .iter()
        .filter(|(w, _)| {
            // The literal fits inside the word as the views spell it.
            let spelled = format!(" {w} ");
            if inner.contains(' ') {
                return false;
            }
            match (bounded_left, bounded_right) {
                (true, true) => *w == inner,
                (true, false) => spelled.contains(&format!(" {inner}")),
                (false, true) => spelled.contains(&format!("{inner} ")),
                (false, false) => w.contains(inner),
            }
        })
        .map(|(_, p)| 1.0 - p)
        .product();
    1.0 - (1.0 - structural) * absent_from_common
}

/// What is known about a sub-pattern.
struct Info {
    /// A finite superset of what it matches, when small.
    exact: Option<Set>,
    /// Non-empty strings that every non-empty match starts with one of (None: unknown).
    first: Option<Set>,
    /// Non-empty strings that every non-empty match ends with one of (None: unknown).
    last: Option<Set>,
    /// It can match the empty string.
    nullable: bool,
    cond: Cond,
}

impl Info {
    fn of_exact(set: Set) -> Info {
        let nullable = set.contains(&Vec::new());
        let nonempty: Set = set.iter().filter(|s| !s.is_empty()).cloned().collect();
        Info {
            cond: Cond::Lits(set.clone()),
            exact: Some(set),
            first: Some(nonempty.clone()),
            last: Some(nonempty),
            nullable,
        }
    }

    fn unknown(nullable: bool) -> Info {
        Info {
            exact: None,
            first: None,
            last: None,
            nullable,
            cond: Cond::Always,
        }
    }
}

fn analyze(hir: &Hir) -> Info {
    let info = match hir.kind() {
        HirKind::Empty | HirKind::Look(_) => Info::of_exact(Set::from([Vec::new()])),
        HirKind::Literal(lit) if lit.0.len() <= MAX_LEN => {
            Info::of_exact(Set::from([lit.0.to_vec()]))
        }
        HirKind::Literal(lit) => Info {
            cond: Cond::Lits(Set::from([lit.0.to_vec()])),
            ..Info::unknown(false)
        },
        HirKind::Class(class) => match class_set(class) {
            Some(set) => Info::of_exact(set),
            None => Info::unknown(false),
        },
        HirKind::Capture(cap) => analyze(&cap.sub),
        HirKind::Repetition(rep) => {
            let sub = analyze(&rep.sub);
            let exact = match (&sub.exact, rep.max) {
                (Some(s), Some(max)) => repeat(s, rep.min, max),
                _ => None,
            };
            match exact {
                Some(set) => Info::of_exact(set),
                None => Info {
                    exact: None,
                    // Every non-empty match starts with a non-empty match of the sub-pattern.
                    first: sub.first,
                    last: sub.last,
                    nullable: rep.min == 0 || sub.nullable,
                    cond: if rep.min == 0 { Cond::Always } else { sub.cond },
                },
            }
        }
        HirKind::Alternation(subs) => {
            let infos: Vec<Info> = subs.iter().map(analyze).collect();
            let union = |pick: fn(&Info) -> &Option<Set>| {
                let mut acc = Set::new();
                for info in &infos {
                    acc.extend(pick(info).as_ref()?.iter().cloned());
                    if acc.len() > MAX_SET {
                        return None;
                    }
                }
                Some(acc)
            };
            let exact = union(|i| &i.exact);
            let first = union(|i| &i.first);
            let last = union(|i| &i.last);
            let nullable = infos.iter().any(|i| i.nullable);
            match exact {
                Some(set) => Info::of_exact(set),
                None => Info {
                    exact: None,
                    first,
                    last,
                    nullable,
                    cond: simplify(Cond::Any(infos.into_iter().map(|i| i.cond).collect())),
                },
            }
        }
        HirKind::Concat(subs) => concat(&subs.iter().map(analyze).collect::<Vec<_>>()),
    };
    // A small finite language is itself a condition; keep whichever is cheaper.
    let cond = match &info.exact {
        Some(set) => {
            let lits = simplify(Cond::Lits(set.clone()));
            let cond = simplify(info.cond.clone());
            if lits.cost() <= cond.cost() {
                lits
            } else {
                cond
            }
        }
        None => info.cond,
    };
    Info { cond, ..info }
}

/// The strings that every non-empty match of `infos` in sequence starts with (`reverse`:
/// ends with), and whether the sequence can match the empty string.
fn edge(infos: &[Info], reverse: bool) -> (Option<Set>, bool) {
    let (set, nullable, _) = edge_reach(infos, reverse);
    (set, nullable)
}

/// [`edge`], and how many parts the answer depends on.
fn edge_reach(infos: &[Info], reverse: bool) -> (Option<Set>, bool, usize) {
    let join = |acc: &Set, next: &Set| {
        if reverse {
            product(next, acc)
        } else {
            product(acc, next)
        }
    };
    let mut found = Set::new();
    let mut acc = Set::from([Vec::new()]);
    // What is known so far is only a start of the match; it is unknown if that start may be
    // empty.
    let stop = |found: Set, acc: Set| {
        if acc.contains(&Vec::new()) {
            None
        } else {
            Some(found.into_iter().chain(acc).collect::<Set>())
        }
    };
    let ordered: Vec<&Info> = if reverse {
        infos.iter().rev().collect()
    } else {
        infos.iter().collect()
    };
    for (k, info) in ordered.into_iter().enumerate() {
        let reach = k + 1;
        if let Some(exact) = &info.exact {
            match join(&acc, exact) {
                Some(next) => {
                    acc = next;
                    continue;
                }
                None => return (stop(found, acc), false, reach),
            }
        }
        let side = if reverse { &info.last } else { &info.first };
        let Some(side) = side else {
            return (stop(found, acc), false, reach);
        };
        match join(&acc, side) {
            Some(next) => found.extend(next),
            None => return (stop(found, acc), false, reach),
        }
        if !info.nullable {
            return (
                Some(found).filter(|f| !f.contains(&Vec::new())),
                false,
                reach,
            );
        }
    }
    // Every part can be empty: what was built is a whole match; the empty one does not count.
    let nullable = acc.contains(&Vec::new());
    found.extend(acc.into_iter().filter(|s| !s.is_empty()));
    if found.len() > MAX_SET {
        return (None, nullable, infos.len());
    }
    (Some(found), nullable, infos.len())
}

fn concat(infos: &[Info]) -> Info {
    // Candidates: each part's own condition, and the literals of every run of consecutive
    // finite parts, extended by how the parts around the run must end and start; each with
    // the range of parts it covers.
    let mut candidates: Vec<(usize, usize, Cond)> = Vec::new();
    let mut push = |s: usize, e: usize, cond: Cond| {
        let cond = simplify(cond);
        if cond != Cond::Always {
            candidates.push((s, e, cond));
        }
    };
    for (i, info) in infos.iter().enumerate() {
        push(i, i + 1, info.cond.clone());
        let Some(first) = &info.exact else { continue };
        let left = match edge_reach(&infos[..i], true) {
            (Some(set), false, reach) if !set.is_empty() => Some((set, i - reach)),
            _ => None,
        };
        let mut run = first.clone();
        for j in i + 1..=infos.len() {
            let right = match edge_reach(&infos[j..], false) {
                (Some(set), false, reach) if !set.is_empty() => Some((set, j + reach)),
                _ => None,
            };
            // A run extended by its neighbours' edges is still counted as covering the run's
            // own parts only: an edge is usually one character (the space a `(?:\w+ ){0,3}`
            // ends with), and counting the parts it came through as covered would keep the
            // word before it (` your `) out of the conjunction.
            push(i, j, Cond::Lits(run.clone()));
            if let Some((l, _)) = &left
                && let Some(lr) = product(l, &run)
            {
                push(i, j, Cond::Lits(lr.clone()));
                if let Some((r, _)) = &right
                    && let Some(lrr) = product(&lr, r)
                {
                    push(i, j, Cond::Lits(lrr));
                }
            }
            if let Some((r, _)) = &right
                && let Some(rr) = product(&run, r)
            {
                push(i, j, Cond::Lits(rr));
            }
            let Some(next) = infos.get(j).and_then(|n| n.exact.as_ref()) else {
                break;
            };
            let Some(joined) = product(&run, next) else {
                break;
            };
            run = joined;
        }
    }
    // Greedily the cheapest candidates that cover different parts (so that together they are
    // roughly independent evidence), while each one lowers the cost.
    candidates.sort_by(|a, b| a.2.cost().total_cmp(&b.2.cost()));
    let mut chosen: Vec<(usize, usize, Cond)> = Vec::new();
    let (mut odds, mut size) = (1.0_f64, 0_usize);
    for (s, e, cond) in candidates {
        if chosen.len() == MAX_ALL {
            break;
        }
        if !chosen.iter().all(|(cs, ce, _)| e <= *cs || s >= *ce) {
            continue;
        }
        // Not evidence of its own when it and a chosen one imply each other's literals.
        if chosen
            .iter()
            .any(|(_, _, c)| implies(c, &cond) || implies(&cond, c))
        {
            continue;
        }
        let (o, n) = (odds * cond.odds(), size + cond.size());
        if o + LITERAL_COST * n as f64 >= odds + LITERAL_COST * size as f64 {
            continue;
        }
        (odds, size) = (o, n);
        chosen.push((s, e, cond));
    }
    let cond = match chosen.len() {
        0 => Cond::Always,
        1 => chosen.remove(0).2,
        _ => Cond::All(chosen.into_iter().map(|c| c.2).collect()),
    };
    let mut exact = Some(Set::from([Vec::new()]));
    for info in infos {
        exact = match (exact, &info.exact) {
            (Some(acc), Some(s)) => product(&acc, s),
            _ => None,
        };
    }
    if let Some(set) = exact {
        return Info {
            cond,
            ..Info::of_exact(set)
        };
    }
    let (first, nullable) = edge(infos, false);
    let (last, _) = edge(infos, true);
    Info {
        exact: None,
        first,
        last,
        nullable,
        cond,
    }
}

/// Every string of `a` followed by every string of `b`, if small enough.
fn product(a: &Set, b: &Set) -> Option<Set> {
    if a.len().saturating_mul(b.len()) > MAX_SET {
        return None;
    }
    let mut out = Set::new();
    for x in a {
        for y in b {
            if x.len() + y.len() > MAX_LEN {
                return None;
            }
            let mut s = x.clone();
            s.extend_from_slice(y);
            out.insert(s);
        }
    }
    Some(out)
}

fn repeat(sub: &Set, min: u32, max: u32) -> Option<Set> {
    if max > 16 {
        return None;
    }
    let mut out = Set::new();
    let mut power = Set::from([Vec::new()]);
    for k in 0..=max {
        if k >= min {
            out.extend(power.iter().cloned());
            if out.len() > MAX_SET {
                return None;
            }
        }
        if k < max {
            power = product(&power, sub)?;
        }
    }
    Some(out)
}

fn class_set(class: &Class) -> Option<Set> {
    let ranges: Vec<(u32, u32)> = match class {
        Class::Unicode(c) => c
            .ranges()
            .iter()
            .map(|r| (u32::from(r.start()), u32::from(r.end())))
            .collect(),
        Class::Bytes(c) => c
            .ranges()
            .iter()
            .map(|r| (u32::from(r.start()), u32::from(r.end())))
            .collect(),
    };
    let size: u32 = ranges.iter().map(|(start, end)| end - start + 1).sum();
    let punctuation = ranges.iter().all(|&(start, end)| {
        (start..=end).all(|v| char::from_u32(v).is_some_and(|c| !c.is_alphanumeric()))
    });
    if size > MAX_CLASS && !(punctuation && size <= MAX_PUNCT_CLASS) {
        return None;
    }
    let spell = |v: u32| match class {
        // Surrogates are not characters; a class cannot match them.
        Class::Unicode(_) => char::from_u32(v).map(|c| c.to_string().into_bytes()),
        Class::Bytes(_) => u8::try_from(v).ok().map(|b| vec![b]),
    };
    Some(
        ranges
            .into_iter()
            .flat_map(|(start, end)| start..=end)
            .filter_map(spell)
            .collect(),
    )
}

/// Fold trivial forms: a literal set holding the empty string or a literal inside another
/// (`instructions` is implied by `the instructions`), alternatives and conjunctions of one.
pub fn simplify(cond: Cond) -> Cond {
    match cond {
        Cond::Always => Cond::Always,
        Cond::Lits(set) => {
            if set.iter().any(Vec::is_empty) {
                return Cond::Always;
            }
            // Keep only the minimal literals: any text containing a longer one contains a
            // shorter one inside it.
            let kept: Set = set
                .iter()
                .filter(|l| !set.iter().any(|m| m.len() < l.len() && contains(l, m)))
                .cloned()
                .collect();
            Cond::Lits(kept)
        }
        Cond::All(all) => {
            let mut parts: Vec<Cond> = Vec::new();
            for c in all.into_iter().map(simplify) {
                match c {
                    Cond::Always => {}
                    Cond::All(inner) => parts.extend(inner),
                    c => parts.push(c),
                }
            }
            // A part that another part implies says nothing more (`rules ` next to ` rules `).
            let mut k = 0;
            while k < parts.len() {
                let redundant = (0..parts.len()).any(|m| {
                    m != k
                        && implies(&parts[m], &parts[k])
                        && (!implies(&parts[k], &parts[m]) || m < k)
                });
                if redundant {
                    parts.remove(k);
                } else {
                    k += 1;
                }
            }
            match parts.len() {
                0 => Cond::Always,
                1 => parts.remove(0),
                _ => Cond::All(parts),
            }
        }
        Cond::Any(any) => {
            let mut lits = Set::new();
            let mut parts: Vec<Cond> = Vec::new();
            for c in any.into_iter().map(simplify) {
                match c {
                    Cond::Always => return Cond::Always,
                    Cond::Lits(set) => lits.extend(set),
                    Cond::Any(inner) => {
                        for c in inner {
                            match c {
                                Cond::Lits(set) => lits.extend(set),
                                c => parts.push(c),
                            }
                        }
                    }
                    c => parts.push(c),
                }
            }
            if !lits.is_empty() {
                parts.insert(0, simplify(Cond::Lits(lits)));
            }
            match parts.len() {
                0 => Cond::Lits(Set::new()),
                1 => parts.remove(0),
                _ => Cond::Any(parts),
            }
        }
    }
}

/// True when every text that satisfies `a` satisfies `b` as far as literal sets tell: each of
/// `a`'s literals contains one of `b`'s (` rules ` implies `rules `). Other forms: false.
fn implies(a: &Cond, b: &Cond) -> bool {
    match (a, b) {
        (Cond::Lits(a), Cond::Lits(b)) => {
            !a.is_empty() && a.iter().all(|x| b.iter().any(|y| contains(x, y)))
        }
        _ => false,
    }
}

fn contains(haystack: &[u8], needle: &[u8]) -> bool {
    needle.is_empty() || haystack.windows(needle.len()).any(|w| w == needle)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lits(c: &Cond) -> Vec<String> {
        let mut set = Set::new();
        c.literals(&mut set);
        set.into_iter()
            .map(|l| String::from_utf8_lossy(&l).into_owned())
            .collect()
    }

    fn holds_in(c: &Cond, text: &str) -> bool {
        c.holds(&|l| contains(text.as_bytes(), l))
    }

    #[test]
    fn literals_and_runs_are_required() {
        let c = required("(?:the |your )?rules").expect("parses");
        assert_eq!(lits(&c), ["rules"]);
        let c = required("ignore (?:\\w+ ){0,3}instructions").expect("parses");
        for text in [
            "ignore instructions",
            "ignore all the previous instructions",
        ] {
            assert!(holds_in(&c, text), "{c:?} {text}");
        }
        assert!(!holds_in(&c, "ignore the instructor"), "{c:?}");
    }

    #[test]
    fn neighbours_extend_a_run() {
        // `ai` alone is in too many words; what must follow it is not.
        let c = required("(?:assistant|ai)[ \t*_]*:[ \t]*(?:sure|ok)").expect("parses");
        assert!(holds_in(&c, "ai: ok"), "{c:?}");
        assert!(holds_in(&c, "assistant  :sure"), "{c:?}");
        assert!(!holds_in(&c, "maintain the detail: ok"), "{c:?}");
    }

    #[test]
    fn anything_that_can_match_empty_text_requires_nothing() {
        for p in ["(?:abc)?", "a*", "\\w+", "(?:x|)", "^$"] {
            assert_eq!(required(p).expect("parses"), Cond::Always, "{p}");
        }
    }

    #[test]
    fn alternations_need_one_branch() {
        let c = required("foo|bar(?:baz)?").expect("parses");
        assert_eq!(lits(&c), ["bar", "foo"]);
        assert!(c.holds(&|l| l == b"bar"));
        assert!(!c.holds(&|l| l == b"baz"));
    }
}
