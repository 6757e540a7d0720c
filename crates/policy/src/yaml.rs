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

/// A key written twice in one mapping.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DuplicateKey {
    /// `security.approval_mode`: the key with its enclosing keys.
    pub key: String,
    /// 1-based lines of the first and the last occurrence (the last one wins).
    pub first_line: usize,
    pub last_line: usize,
}

/// Parse `text` (named `source_name` in messages) into `T`.
///
/// An empty document is treated as `null`, so all-optional config structs parse from an empty file.
/// Duplicate keys are errors: a second `approval_mode` must not silently win.
pub fn from_str<T: DeserializeOwned>(text: &str, source_name: &str) -> Result<T, YamlError> {
    serde_saphyr::from_str::<T>(text).map_err(|err| render(&err, source_name))
}

/// Like [`from_str`], but a key written twice takes its last value, as the reference skill's
/// YAML loader (PyYAML) does — its own example config repeats keys — and every duplicate is
/// returned so the caller can warn about it by line.
pub fn from_str_last_wins<T: DeserializeOwned>(
    text: &str,
    source_name: &str,
) -> Result<(T, Vec<DuplicateKey>), YamlError> {
    let options = serde_saphyr::options! {
        duplicate_keys: serde_saphyr::DuplicateKeyPolicy::LastWins,
    };
    let value = serde_saphyr::from_str_with_options::<T>(text, options)
        .map_err(|err| render(&err, source_name))?;
    Ok((value, duplicate_keys(text)))
}

fn render(err: &serde_saphyr::Error, source_name: &str) -> YamlError {
    let location = err.location();
    let options = serde_saphyr::render_options! { source_name: Some(source_name) };
    YamlError {
        rendered: err.render_with_options(options),
        line: location.map(|l| l.line()),
        column: location.map(|l| l.column()),
    }
}

/// Keys repeated within one block mapping. A line scanner for the block style configuration files
/// use (`key: value` lines, nested by indentation); keys inside flow collections or block scalars
/// are not looked at. Only for warnings: the parser above decides the values.
fn duplicate_keys(text: &str) -> Vec<DuplicateKey> {
    /// One open mapping: its indentation (known once its first key is seen), its key path, and
    /// the keys seen in it with their first line.
    struct Mapping {
        indent: Option<usize>,
        path: String,
        seen: Vec<(String, usize)>,
    }
    let mut stack = vec![Mapping {
        indent: Some(0),
        path: String::new(),
        seen: Vec::new(),
    }];
    let mut out = Vec::new();
    let mut scalar_indent: Option<usize> = None;
    for (n, line) in text.lines().enumerate() {
        let content = line.trim_start();
        let indent = line.len() - content.len();
        if content.is_empty() || content.starts_with('#') {
            continue;
        }
        if let Some(si) = scalar_indent {
            if indent > si {
                continue;
            }
            scalar_indent = None;
        }
        let Some((key, rest)) = content.split_once(':') else {
            continue;
        };
        let key = key.trim().trim_matches(|c| c == '"' || c == '\'');
        if key.is_empty()
            || key.starts_with('-')
            || key.contains(|c: char| c.is_whitespace() || "{}[],&*!|>".contains(c))
            || !(rest.is_empty() || rest.starts_with(char::is_whitespace))
        {
            continue;
        }
        // Close the mappings this line is not inside of.
        while stack.len() > 1 {
            let parent_indent = stack[stack.len() - 2].indent.unwrap_or(0);
            let Some(top) = stack.last_mut() else { break };
            match top.indent {
                None if indent > parent_indent => top.indent = Some(indent),
                Some(i) if i <= indent => break,
                None | Some(_) => {
                    stack.pop();
                    continue;
                }
            }
            break;
        }
        if stack
            .last()
            .and_then(|m| m.indent)
            .is_some_and(|i| i < indent)
        {
            // A deeper key with no parent on record (e.g. under a list item): its own mapping.
            stack.push(Mapping {
                indent: Some(indent),
                path: String::new(),
                seen: Vec::new(),
            });
        }
        let Some(top) = stack.last_mut() else {
            continue;
        };
        let full = if top.path.is_empty() {
            key.to_string()
        } else {
            format!("{}.{key}", top.path)
        };
        match top.seen.iter().find(|(k, _)| k == key) {
            Some((_, first)) => out.push(DuplicateKey {
                key: full.clone(),
                first_line: *first,
                last_line: n + 1,
            }),
            None => top.seen.push((key.to_string(), n + 1)),
        }
        let value = rest.trim();
        if value.is_empty() || value.starts_with('#') {
            // A nested mapping (or list) follows.
            stack.push(Mapping {
                indent: None,
                path: full,
                seen: Vec::new(),
            });
        } else if value.starts_with('|') || value.starts_with('>') {
            scalar_indent = Some(indent);
        }
    }
    out
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
    fn duplicate_keys_can_take_the_last_value_and_are_reported_by_line() {
        let (doc, dups) =
            from_str_last_wins::<Doc>("key: 1\n# c\nkey: 2\n", "x.yaml").expect("accepted");
        assert_eq!(doc.key, Some(2));
        assert_eq!(
            dups,
            [DuplicateKey {
                key: "key".into(),
                first_line: 1,
                last_line: 3
            }]
        );
        let nested = "security:\n  a: 1\n  b: |\n    a: text\n  a: 2\nrouting:\n  a: 3\n";
        let dups = duplicate_keys(nested);
        assert_eq!(dups.len(), 1, "{dups:?}");
        assert_eq!(dups[0].key, "security.a");
        assert_eq!((dups[0].first_line, dups[0].last_line), (2, 5));
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
