//! The words "snowflake" and "cortex", read with their neighbours: Snowflake the product or a
//! shape, an ID scheme, the modelling term, an idiom; Snowflake Cortex or an ARM core, a brain
//! region, a metrics store, a security product.

use std::borrow::Cow;
use std::collections::HashSet;
use std::sync::LazyLock;

use super::{Analysis, Evidence, ev, is_word_byte};
use crate::routing::lexicon::{
    CORTEX_BRAIN_PREV, CORTEX_PRODUCT_NEXT, Group, ID_WORDS, MODELLING_WORDS, SHAPE_WORDS,
    SNOWFLAKE_LOCATIVE_PREV, SNOWFLAKE_PRODUCT_NEXT,
};

/// At most this many "snowflake" / "cortex" mentions are read.
const MAX_MENTIONS: usize = 32;
static SHAPE_SET: LazyLock<HashSet<&'static str>> =
    LazyLock::new(|| SHAPE_WORDS.iter().copied().collect());
static ID_SET: LazyLock<HashSet<&'static str>> =
    LazyLock::new(|| ID_WORDS.iter().copied().collect());

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
pub(super) fn read_snowflake_mentions(a: &mut Analysis<'_>) {
    const WORD: &str = "snowflake";
    let lower = a.lower.clone();
    let bytes = lower.as_bytes();
    let mut best_product: f32 = 0.0;
    let mut target = false;
    for (at, _) in lower.match_indices(WORD).take(MAX_MENTIONS) {
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

        let near = |list: &HashSet<&str>| {
            before
                .iter()
                .chain(after.iter())
                .flat_map(|w| std::iter::once(*w).chain(w.split('-')))
                .any(|w| list.contains(w) || list.contains(w.trim_end_matches('s')))
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
            || (near(&ID_SET) && lower.contains(" id"));
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
        let shape = plural || near(&SHAPE_SET);

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
pub(super) fn read_cortex_mentions(a: &mut Analysis<'_>) {
    const WORD: &str = "cortex";
    let lower = a.lower.clone();
    let bytes = lower.as_bytes();
    for (at, _) in lower.match_indices(WORD).take(MAX_MENTIONS) {
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
