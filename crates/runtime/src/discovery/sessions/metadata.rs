//! Cortex's session metadata file, `<id>.json` in `~/.snowflake/cortex/conversations/` (or a
//! subfolder of it): `session_id`, `title`, `created_at`, `last_updated`, `connection_name`,
//! `working_directory`, and in files written before Cortex moved history into the
//! `<id>.history.jsonl` sidecar, a `history` array of conversation entries (GitHub
//! `dataprofessor/cortex-replay` `src/parser.mjs` and its commit `15fc54b0`; sessions in hashed
//! subfolders carry `creationDate` in epoch milliseconds instead of `created_at`, per
//! third-party notes measured on real installs).
//!
//! The file is read with a streaming visitor: only the fields above are kept, values of other
//! types are skipped rather than failing the file, and an embedded history is applied entry by
//! entry without holding the array.

use std::fmt;

use serde::Deserializer;
use serde::de::{DeserializeSeed, IgnoredAny, MapAccess, SeqAccess, Visitor};
use serde_json::Value;

use super::Facts;
use super::lines::{LineKind, apply_line, epoch_secs, safe_token, timestamp_secs};

/// Apply a metadata file's bytes to `facts`. An error means the file is not a session
/// metadata object at all (not JSON, or not an object).
pub(super) fn apply_metadata(bytes: &[u8], facts: &mut Facts) -> Result<(), String> {
    let mut de = serde_json::Deserializer::from_slice(bytes);
    de.deserialize_map(MetaVisitor { facts })
        .map_err(|e| format!("not a Cortex session file ({})", e.classify_name()))
}

/// `serde_json::error::Category` as a word (the error's text could quote the file).
trait Classify {
    fn classify_name(&self) -> &'static str;
}

impl Classify for serde_json::Error {
    fn classify_name(&self) -> &'static str {
        match self.classify() {
            serde_json::error::Category::Io => "unreadable",
            serde_json::error::Category::Syntax => "not JSON",
            serde_json::error::Category::Data => "not a JSON object",
            serde_json::error::Category::Eof => "cut short",
        }
    }
}

struct MetaVisitor<'a> {
    facts: &'a mut Facts,
}

impl<'de> Visitor<'de> for MetaVisitor<'_> {
    type Value = ();

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a session metadata object")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<(), A::Error> {
        let facts = self.facts;
        while let Some(key) = map.next_key::<String>()? {
            match key.as_str() {
                "session_id" => {
                    if let Scalar::Text(id) = map.next_value()? {
                        facts.session_id = safe_token(&id);
                    }
                }
                "title" => facts.title = map.next_value::<Scalar>()?.text(),
                "connection_name" => facts.connection = map.next_value::<Scalar>()?.text(),
                "working_directory" => {
                    facts.working_directory = map.next_value::<Scalar>()?.text();
                }
                "last_updated" => facts.updated = map.next_value::<Scalar>()?.time(),
                "created_at" | "creationDate" => {
                    if let Some(t) = map.next_value::<Scalar>()?.time() {
                        facts.created = Some(t);
                    }
                }
                "history" => map.next_value_seed(History { facts: &mut *facts })?,
                _ => {
                    map.next_value::<IgnoredAny>()?;
                }
            }
        }
        Ok(())
    }
}

/// An embedded `history` array, applied entry by entry.
struct History<'a> {
    facts: &'a mut Facts,
}

impl<'de> DeserializeSeed<'de> for History<'_> {
    type Value = ();

    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<(), D::Error> {
        d.deserialize_any(self)
    }
}

impl<'de> Visitor<'de> for History<'_> {
    type Value = ();

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a history array")
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<(), A::Error> {
        while let Some(entry) = seq.next_element::<Value>()? {
            let used = match &entry {
                Value::Object(fields) => matches!(apply_line(self.facts, fields), LineKind::Used),
                _ => false,
            };
            if !used {
                self.facts.skipped_lines += 1;
            }
        }
        Ok(())
    }

    // `history: null` or any other non-list: nothing embedded.
    fn visit_unit<E>(self) -> Result<(), E> {
        Ok(())
    }

    fn visit_none<E>(self) -> Result<(), E> {
        Ok(())
    }

    fn visit_bool<E>(self, _: bool) -> Result<(), E> {
        Ok(())
    }

    fn visit_i64<E>(self, _: i64) -> Result<(), E> {
        Ok(())
    }

    fn visit_u64<E>(self, _: u64) -> Result<(), E> {
        Ok(())
    }

    fn visit_f64<E>(self, _: f64) -> Result<(), E> {
        Ok(())
    }

    fn visit_str<E>(self, _: &str) -> Result<(), E> {
        Ok(())
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<(), A::Error> {
        while map.next_entry::<IgnoredAny, IgnoredAny>()?.is_some() {}
        Ok(())
    }
}

/// A metadata value as we take it: text, a number, or anything else (skipped).
enum Scalar {
    Text(String),
    Number(f64),
    Other,
}

impl Scalar {
    fn text(self) -> Option<String> {
        match self {
            Scalar::Text(t) if !t.trim().is_empty() => Some(t),
            _ => None,
        }
    }

    fn time(self) -> Option<i64> {
        match self {
            Scalar::Text(t) => timestamp_secs(&Value::String(t)),
            Scalar::Number(n) => epoch_secs(n),
            Scalar::Other => None,
        }
    }
}

impl<'de> serde::Deserialize<'de> for Scalar {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        d.deserialize_any(ScalarVisitor)
    }
}

struct ScalarVisitor;

impl<'de> Visitor<'de> for ScalarVisitor {
    type Value = Scalar;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("any value")
    }

    fn visit_str<E>(self, v: &str) -> Result<Scalar, E> {
        Ok(Scalar::Text(v.to_string()))
    }

    fn visit_string<E>(self, v: String) -> Result<Scalar, E> {
        Ok(Scalar::Text(v))
    }

    fn visit_i64<E>(self, v: i64) -> Result<Scalar, E> {
        Ok(Scalar::Number(v as f64))
    }

    fn visit_u64<E>(self, v: u64) -> Result<Scalar, E> {
        Ok(Scalar::Number(v as f64))
    }

    fn visit_f64<E>(self, v: f64) -> Result<Scalar, E> {
        Ok(Scalar::Number(v))
    }

    fn visit_bool<E>(self, _: bool) -> Result<Scalar, E> {
        Ok(Scalar::Other)
    }

    fn visit_unit<E>(self) -> Result<Scalar, E> {
        Ok(Scalar::Other)
    }

    fn visit_none<E>(self) -> Result<Scalar, E> {
        Ok(Scalar::Other)
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Scalar, A::Error> {
        while seq.next_element::<IgnoredAny>()?.is_some() {}
        Ok(Scalar::Other)
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Scalar, A::Error> {
        while map.next_entry::<IgnoredAny, IgnoredAny>()?.is_some() {}
        Ok(Scalar::Other)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn facts(text: &str) -> Result<Facts, String> {
        let mut f = Facts::default();
        apply_metadata(text.as_bytes(), &mut f).map(|()| f)
    }

    #[test]
    fn metadata_fields_are_read_and_odd_types_skipped() {
        let f = facts(
            r#"{"session_id":"6868f059-3b8a","title":"Warehouse costs","created_at":"2026-03-05T02:07:03.000Z",
                "last_updated":"2026-03-05T02:30:00Z","connection_name":"prod","working_directory":"/w",
                "history_length":14,"git_branch":{"x":[1,2]},"extra":[{"a":1}]}"#,
        )
        .unwrap();
        assert_eq!(f.session_id.as_deref(), Some("6868f059-3b8a"));
        assert_eq!(f.title.as_deref(), Some("Warehouse costs"));
        assert_eq!(f.connection.as_deref(), Some("prod"));
        assert_eq!(f.working_directory.as_deref(), Some("/w"));
        assert_eq!(f.created, Some(1_772_676_423));
        assert_eq!(f.updated, Some(1_772_677_800));

        let f =
            facts(r#"{"title": 5, "session_id": ["x"], "creationDate": 1772676423000}"#).unwrap();
        assert_eq!((f.title, f.session_id), (None, None));
        assert_eq!(f.created, Some(1_772_676_423));
    }

    #[test]
    fn an_embedded_history_is_applied_entry_by_entry() {
        let f = facts(
            r#"{"session_id":"s","history":[
                {"role":"user","content":[{"type":"text","text":"show tables"}]},
                "not an entry",
                {"role":"assistant","content":[{"type":"tool_use","tool_use":{"tool_use_id":"t","name":"snowflake_sql_execute","input":{}}},{"type":"text","text":"Three tables."}]}
            ]}"#,
        )
        .unwrap();
        assert_eq!(f.last_request.as_deref(), Some("show tables"));
        assert_eq!(f.last_answer.as_deref(), Some("Three tables."));
        assert_eq!(f.tools.len(), 1);
        assert_eq!(f.skipped_lines, 1);
        assert!(facts(r#"{"history": null}"#).is_ok());
    }

    #[test]
    fn what_is_not_an_object_is_refused_without_quoting_it() {
        for text in ["[1, 2]", "not json ghp_secret", "{\"title\": ", "\"x\""] {
            let err = facts(text).err().unwrap();
            assert!(err.starts_with("not a Cortex session file"), "{err}");
            assert!(!err.contains("ghp_"), "{err}");
        }
    }
}
