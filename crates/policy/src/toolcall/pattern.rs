//! Cortex `--disallowed-tools` entries: a bare tool name (`Bash`, `web_fetch`) or `type(filter)`
//! (`bash(rm*)`, `Read(~/.ssh/**)`, `WebFetch(domain:example.com)`, the older `Bash(rm -rf *)`
//! and `Bash(npm run test:*)`).
//!
//! Cortex's documented grammar (managed settings, shared with the CLI; `/work/notes/docs.md`
//! A.2): "either a bare tool name or type(filter), where filter is a case-insensitive glob (* and
//! ?). For bash, the filter matches the first token of the command." Cortex may check a pattern
//! only against the start of a tool call; the engine checks it against every part, more widely
//! than Cortex does: each simple command of a shell call (after unwrapping `sudo`, `sh -c`, …),
//! each SQL statement, each path or URL, with `*` also crossing spaces.

/// One entry of the disallowed list.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Entry<'a> {
    /// The tool part (`Bash` in `Bash(rm -rf *)`).
    pub tool: &'a str,
    /// The pattern inside the parentheses; `None` for a whole-tool entry. An entry with an
    /// unbalanced `(` is read as a whole-tool entry: we cannot tell what it meant, so it blocks
    /// the whole tool.
    pub pattern: Option<&'a str>,
}

pub fn parse(entry: &str) -> Entry<'_> {
    let entry = entry.trim();
    match entry.split_once('(') {
        Some((tool, rest)) => match rest.strip_suffix(')') {
            Some(pattern) if !pattern.trim().is_empty() => Entry {
                tool: tool.trim(),
                pattern: Some(pattern.trim()),
            },
            _ => Entry {
                tool: tool.trim(),
                pattern: None,
            },
        },
        None => Entry {
            tool: entry,
            pattern: None,
        },
    }
}

/// Does `text` match `pattern`? Case-insensitive; `*` matches any run of characters (slashes
/// and spaces included), `?` one byte, a trailing `:*` means "starts with" (the older prefix
/// form), everything else is literal.
pub fn matches(pattern: &str, text: &str) -> bool {
    if let Some(prefix) = pattern.strip_suffix(":*") {
        let lower = text.to_ascii_lowercase();
        let prefix = prefix.to_ascii_lowercase();
        return lower == prefix
            || lower
                .strip_prefix(&prefix)
                .is_some_and(|rest| rest.starts_with(' '));
    }
    wildcard(pattern.as_bytes(), text.as_bytes())
}

/// Iterative `*`/`?` matching with single backtracking point: O(len(p) · len(t)) at worst.
fn wildcard(p: &[u8], t: &[u8]) -> bool {
    let (mut pi, mut ti) = (0usize, 0usize);
    let mut star: Option<(usize, usize)> = None;
    while ti < t.len() {
        if pi < p.len() && p[pi] == b'*' {
            star = Some((pi, ti));
            pi += 1;
        } else if pi < p.len() && (p[pi] == b'?' || p[pi].eq_ignore_ascii_case(&t[ti])) {
            pi += 1;
            ti += 1;
        } else if let Some((sp, st)) = star {
            pi = sp + 1;
            ti = st + 1;
            star = Some((sp, st + 1));
        } else {
            return false;
        }
    }
    p[pi..].iter().all(|&c| c == b'*')
}

/// `domain:example.com` against a URL: the host is the domain or one of its subdomains.
pub fn domain_matches(pattern: &str, url: &str) -> Option<bool> {
    let domain = pattern.strip_prefix("domain:")?.trim().to_ascii_lowercase();
    let host = url::Url::parse(url)
        .ok()
        .and_then(|u| u.host_str().map(str::to_ascii_lowercase));
    Some(match host {
        Some(host) => host == domain || host.ends_with(&format!(".{domain}")),
        // Not a URL we can read: deny when unsure.
        None => true,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn entries_split_into_tool_and_pattern() {
        assert_eq!(
            parse("Bash(rm -rf *)"),
            Entry {
                tool: "Bash",
                pattern: Some("rm -rf *")
            }
        );
        assert_eq!(
            parse("WebFetch"),
            Entry {
                tool: "WebFetch",
                pattern: None
            }
        );
        assert_eq!(parse("Bash(rm").pattern, None, "unbalanced: whole tool");
        assert_eq!(parse("Bash()").pattern, None, "empty: whole tool");
    }

    #[test]
    fn stars_match_anything_and_the_rest_is_literal() {
        assert!(matches("rm -rf *", "rm -rf /"));
        assert!(matches("rm -rf *", "rm -rf build dist"));
        assert!(!matches("rm -rf *", "rm -fr /"));
        assert!(!matches("rm -rf *", "echo rm -rf /"));
        assert!(matches(
            "git push --force *",
            "git push --force origin main"
        ));
        assert!(matches("*", "anything"));
        assert!(matches("a*b*c", "axxbyyc"));
        assert!(!matches("a*b*c", "axxbyy"));
        assert!(matches("npm run test:*", "npm run test -- --watch"));
        assert!(matches("npm run test:*", "npm run test"));
        assert!(!matches("npm run test:*", "npm run testing"));
        // Cortex's documented form: a case-insensitive glob on the first token.
        assert!(matches("rm*", "rm -rf build"));
        assert!(matches("rm*", "RMDIR x"));
        assert!(matches("r?", "rm"));
        assert!(!matches("rm*", "echo rm"));
    }

    #[test]
    fn domains_match_hosts_and_subdomains() {
        assert_eq!(
            domain_matches("domain:example.com", "https://example.com/x"),
            Some(true)
        );
        assert_eq!(
            domain_matches("domain:example.com", "https://api.example.com"),
            Some(true)
        );
        assert_eq!(
            domain_matches("domain:example.com", "https://badexample.com"),
            Some(false)
        );
        assert_eq!(
            domain_matches("domain:example.com", "not a url"),
            Some(true)
        );
        assert_eq!(domain_matches("example.com", "https://example.com"), None);
    }
}
