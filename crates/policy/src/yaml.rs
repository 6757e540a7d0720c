//! The one place YAML is parsed.
//!
//! `serde_yaml` is archived upstream; we use `serde-saphyr`, which is panic-free, bounds alias
//! expansion (no "billion laughs"), and reports errors with line, column and a snippet. Everything
//! else calls [`from_str`], so the parser can be swapped without touching callers.

use serde::de::DeserializeOwned;

/// A YAML error, already rendered for people: `file:line:column`, the message, and a snippet.
#[derive(Debug, Clone, thiserror::Error)]
#[error("{rendered}")]
pub struct YamlError {
    /// Human-readable text including the source name, position and a snippet.
    pub rendered: String,
    /// 1-based line of the error, when known.
    pub line: Option<u64>,
    /// 1-based column of the error, when known.
    pub column: Option<u64>,
}

/// Parse `text` (named `source_name` in messages) into `T`.
///
/// An empty document is treated as `null`, so all-optional config structs parse from an empty file.
/// Duplicate keys are errors: a second `approval_mode` must not silently win.
pub fn from_str<T: DeserializeOwned>(text: &str, source_name: &str) -> Result<T, YamlError> {
    serde_saphyr::from_str::<T>(text).map_err(|err| {
        let location = err.location();
        let options = serde_saphyr::render_options! { source_name: Some(source_name) };
        YamlError {
            rendered: err.render_with_options(options),
            line: location.map(|l| l.line()),
            column: location.map(|l| l.column()),
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde::Deserialize;

    #[derive(Debug, Deserialize)]
    #[serde(deny_unknown_fields)]
    struct Doc {
        #[allow(dead_code)]
        key: Option<u32>,
    }

    #[test]
    fn errors_name_the_file_line_and_column() {
        let err = from_str::<Doc>("key: 1\nkye: 2\n", "policy.yaml").expect_err("unknown key");
        assert_eq!((err.line, err.column), (Some(2), Some(1)));
        assert!(err.rendered.contains("policy.yaml:2:1"), "{}", err.rendered);
        assert!(
            err.rendered.contains("expected one of key"),
            "{}",
            err.rendered
        );
    }

    #[test]
    fn duplicate_keys_are_rejected() {
        assert!(from_str::<Doc>("key: 1\nkey: 2\n", "x.yaml").is_err());
    }

    #[test]
    fn alias_bombs_are_bounded() {
        let mut bomb = String::from("a: &a [x, x, x, x, x, x, x, x, x, x]\n");
        for i in 0..12 {
            let prev = if i == 0 {
                "a".to_string()
            } else {
                format!("l{}", i - 1)
            };
            bomb.push_str(&format!(
                "l{i}: &l{i} [*{prev}, *{prev}, *{prev}, *{prev}, *{prev}, *{prev}, *{prev}, *{prev}, *{prev}, *{prev}]\n"
            ));
        }
        let parsed = from_str::<serde_json::Value>(&bomb, "bomb.yaml");
        assert!(parsed.is_err(), "alias expansion must be bounded");
    }
}
