//! Searches whose results would be credentials: files found by a name that credential files
//! have and then shown (`find ~ -name 'credentials*' -exec cat {} \;`, `search my home for
//! files named .env* and print them`), and secret words grepped for in the home folder
//! (`grep -r password ~/.config/`, `rg -i token ~`).
//!
//! A name pattern counts when it matches the file name of a credential the configured patterns
//! would block (so `security.credential_file_allowlist` decides here too) and does not also match
//! ordinary file names (a catch-all `*` or `*.txt` is a listing, not a credential search). Only a
//! search whose results are read or shown counts; finding where a file is does not.

use std::sync::OnceLock;

use globset::GlobBuilder;
use regex::Regex;

use super::credentials::CredentialMatcher;

/// Credential files a name pattern is tried against, with whether their name alone is specific
/// enough to count in any folder (`config.json` is a credential only in `~/.docker`).
const PROBES: &[(&str, bool)] = &[
    ("~/.aws/credentials", true),
    ("~/.ssh/id_rsa", true),
    ("~/.ssh/id_ed25519", true),
    ("~/.ssh/id_ecdsa", true),
    ("~/.netrc", true),
    ("~/.pgpass", true),
    ("~/.git-credentials", true),
    ("~/.snowflake/connections.toml", true),
    ("~/work/app/.env", true),
    ("~/work/app/.env.production", true),
    ("~/keys/server.key", true),
    ("~/keys/client.pem", true),
    ("~/keys/client.p12", true),
    ("~/keys/rsa_key.p8", true),
    ("~/work/app/.streamlit/secrets.toml", true),
    ("~/.vault-token", true),
    ("~/.npmrc", false),
    ("~/.pypirc", false),
    ("~/.docker/config.json", false),
    ("~/.kube/config", false),
    ("~/.dbt/profiles.yml", false),
    ("~/.snowsql/config", false),
];

/// Ordinary file names: a pattern matching one of them is a listing, not a credential search.
const ORDINARY: &[&str] = &[
    "notes.txt",
    "main.py",
    "README.md",
    "data.csv",
    "report.pdf",
    "index.js",
    "photo.jpg",
];

/// Words that make a grep a hunt for secrets.
const SECRET_WORDS: &str = r"pass(?:word|wd)?|pwd|secret|token|api[_-]?key|private[ _-]?key|access[_-]?key|credential|aws_secret|BEGIN [A-Z ]*PRIVATE|AKIA|ghp_|xox[bp]|sk-";

/// The credential search in `prompt` whose results it reads, if any.
pub(super) fn credential_search(prompt: &str, credentials: &CredentialMatcher) -> Option<String> {
    let lower = prompt.to_lowercase();
    if let Some(folder) = credential_folder_dumped(&lower) {
        return Some(folder);
    }
    if ![
        "find",
        "search",
        "look",
        "grep",
        "rg ",
        "ag ",
        "ack",
        "scan",
        "locate",
        "named",
        "called",
        "files",
        "fd ",
        "select-string",
        "sls ",
        "findstr",
    ]
    .iter()
    .any(|w| lower.contains(w))
    {
        return None;
    }
    // The expressions cost milliseconds to compile; the words every match of them holds (a
    // unit test proves it) keep a prompt that merely finds or looks at something from paying.
    let folded = folded_like_ignore_case(&lower);
    let holds = |hints: &[&str]| hints.iter().any(|h| folded.contains(h));
    let named = || {
        (holds(NAME_SEARCH_HINTS) || holds(&["file"]) && holds(&["all", "any", "every"]))
            .then(|| name_search(prompt, &lower, credentials))
            .flatten()
    };
    named().or_else(|| {
        holds(SECRET_WORD_HINTS)
            .then(|| secret_grep(prompt, &lower))
            .flatten()
    })
}

/// Folders that hold nothing but credentials: every file in one is a secret or its public half.
const CREDENTIAL_FOLDERS: &[&str] = &[
    ".ssh",
    ".aws",
    ".gnupg",
    ".snowflake",
    ".kube",
    ".docker",
    ".config/gcloud",
    ".azure",
];

/// `ls ~/.ssh, then print every file there that doesn't end in .pub`: every file of a credential
/// folder read or shown, which no name pattern spells. The folder as it was named, or `None`.
fn credential_folder_dumped(lower: &str) -> Option<String> {
    static RE: OnceLock<Option<Regex>> = OnceLock::new();
    let folder = CREDENTIAL_FOLDERS.iter().find_map(|f| {
        [
            "~/",
            "$home/",
            "${home}/",
            "%userprofile%\\",
            "%userprofile%/",
        ]
        .iter()
        .map(|home| format!("{home}{f}"))
        .find(|named| lower.contains(named.as_str()))
    })?;
    let re = RE
        .get_or_init(|| {
            Regex::new(r"\b(?:print|cat|show|display|dump|paste|send|copy|upload|output|read out|give me|attach|zip|tar)\b[^.\n]{0,30}?\b(?:every|all|each)\b[^.\n]{0,12}?\b(?:files?|keys?|one|of them|things?)\b|\b(?:every|all|each) (?:the )?(?:files?|keys?) (?:in )?(?:there|it|that folder|the folder)\b[^.\n]{0,40}?\b(?:print|cat|show|display|dump|paste|send|copy|upload)\b").ok()
        })
        .as_ref()?;
    re.is_match(lower).then_some(folder)
}

/// A literal in one of these (ASCII case aside) is in every match of [`SECRET_WORDS`].
const SECRET_WORD_HINTS: &[&str] = &[
    "pass",
    "pwd",
    "secret",
    "token",
    "api",
    "private",
    "access",
    "credential",
    "begin",
    "akia",
    "ghp_",
    "xox",
    "sk-",
];

/// One of these is in every match of [`NAME_SEARCH`] but its `all *.pem files` branch, which
/// holds `file` and one of `all`, `any`, `every`.
const NAME_SEARCH_HINTS: &[&str] = &[
    "-name",
    "-iname",
    "-path",
    "-ipath",
    "-wholename",
    "-iwholename",
    "-regex",
    "-iregex",
    "-include",
    "-g",
    "-iglob",
    "named",
    "called",
    "matching",
    "like",
    "ending",
    "whose",
];

/// A lower-cased text as a case-insensitive expression reads it: `ſ` and the Kelvin sign match
/// `s` and `k` there, so a literal check must see them as those letters.
fn folded_like_ignore_case(lower: &str) -> std::borrow::Cow<'_, str> {
    if lower.contains(['\u{17f}', '\u{212a}']) {
        std::borrow::Cow::Owned(lower.replace('\u{17f}', "s").replace('\u{212a}', "k"))
    } else {
        std::borrow::Cow::Borrowed(lower)
    }
}

/// Find's and grep's name options, and a name pattern said in words.
const NAME_SEARCH: &str = concat!(
    r#"(?i)(?:-i?(?:name|path|wholename|regex)|--include|--glob|--iglob|-g)[=\s]+["'`]?([^\s"'`;|)]+)"#,
    r#"|(?i)\b(?:files?|anything|everything|keys?)\s+(?:named|called|matching|like|ending in|ending with)\s+["'`]?([^\s"'`,;)]+)"#,
    r#"|(?i)\b(?:files?|anything)\s+whose\s+names?\s+(?:starts?|begins?)\s+with\s+["'`]?([^\s"'`,;)]+)"#,
    r#"|(?i)\b(?:all|any|every)\s+(?:the\s+|my\s+|of\s+the\s+)?["'`]?(\*?\.[\w.*-]+|[\w.-]*\*[\w.*-]*)["'`]?\s+files?\b"#,
);

/// Does the prompt read or show what its search finds?
fn shows_results(lower: &str) -> bool {
    static RE: OnceLock<Option<Regex>> = OnceLock::new();
    RE.get_or_init(|| {
        Regex::new(concat!(
            r"-exec(?:dir)?\s+(?:cat|less|more|head|tail|bat|type|strings|base64|xxd|od|cp|scp|curl)\b",
            r"|(?:-x|-X|--exec|--exec-batch)\s+(?:cat|less|more|head|tail|bat|strings|base64|xxd|od|cp|scp|curl)\b",
            r"|xargs\s+(?:-\S+\s+)*(?:cat|less|more|head|tail|bat|strings|base64|xxd|od|cp|scp|curl)\b",
            r"|\|\s*(?:cat|less|head|tail|tar|zip)\b|\$\((?:find|fd|locate)\b",
            r"|\b(?:show|print|display|output|dump|paste|read|cat|reveal|upload|send|copy|give me|tell me what|what(?:'s| is) in)\b[^.\n]{0,40}\b(?:content|them|their|it|each|every|all|everything|match|line|result|hit|value|what)",
            r"|\b(?:content|contents)\s+of\s+(?:each|every|all|them|those|these|the (?:files|matches|results))",
        ))
        .ok()
    })
    .as_ref()
    .is_some_and(|re| re.is_match(lower))
}

/// `find ~ -name 'credentials*' -exec cat {} \;`, `files named .env* … show them`.
fn name_search(prompt: &str, lower: &str, credentials: &CredentialMatcher) -> Option<String> {
    static RE: OnceLock<Option<Regex>> = OnceLock::new();
    let re = RE.get_or_init(|| Regex::new(NAME_SEARCH).ok()).as_ref()?;
    if !shows_results(lower) {
        return None;
    }
    let home_scope = home_scoped(lower);
    re.captures_iter(prompt).take(16).find_map(|caps| {
        let (pattern, starts_with) = match (caps.get(1), caps.get(2), caps.get(3), caps.get(4)) {
            (Some(m), ..) | (_, Some(m), ..) | (.., Some(m)) => (m.as_str(), false),
            (_, _, Some(m), _) => (m.as_str(), true),
            _ => return None,
        };
        let pattern = pattern.trim_end_matches(['.', ',', ':']);
        let glob = if starts_with {
            format!("{pattern}*")
        } else {
            pattern.to_string()
        };
        let matcher = GlobBuilder::new(&glob)
            .case_insensitive(true)
            .literal_separator(true)
            .build()
            .ok()?
            .compile_matcher();
        if ORDINARY.iter().any(|name| matcher.is_match(name)) {
            return None;
        }
        PROBES.iter().find_map(|(probe, specific)| {
            let name = probe.rsplit('/').next()?;
            (matcher.is_match(name)
                && (*specific || home_scope)
                && credentials.match_path(probe).is_some())
            .then(|| format!("a search for `{pattern}` (matches {probe})"))
        })
    })
}

/// Does the search run over the home folder (or the whole machine)?
fn home_scoped(lower: &str) -> bool {
    static RE: OnceLock<Option<Regex>> = OnceLock::new();
    RE.get_or_init(|| {
        Regex::new(concat!(
            r#"(?:^|[\s"'`=(])(?:~|\$home|\$\{home\}|/home/[\w.-]+|/users/[\w.-]+|/root|%userprofile%|/)/?(?:[\s"'`);]|$)"#,
            r"|\b(?:my|the|your|user'?s?|whole|entire)\s+(?:home|user)\s+(?:dir|directory|folder|drive)",
            r"|\bhome\s+(?:dir|directory|folder)\b|\b(?:whole|entire)\s+(?:disk|drive|machine|laptop|file ?system)\b|\beverywhere\b",
        ))
        .ok()
    })
    .as_ref()
    .is_some_and(|re| re.is_match(lower))
}

/// `grep -r password ~/.config/`, `rg -i 'api_key' ~`, `search my home folder for the word
/// token and show every line`.
fn secret_grep(prompt: &str, lower: &str) -> Option<String> {
    static RE: OnceLock<Option<Regex>> = OnceLock::new();
    let re = RE
        .get_or_init(|| {
            Regex::new(&format!(
                r#"(?i)(?:^|[\s`(;|&])(?:grep|egrep|fgrep|rg|ag|ack|findstr|select-string|sls)\s(?:[^|\n;`]*?\s)?["']?(?:[^\s"']*?)(?:{SECRET_WORDS})[^|\n;`]*"#
            ))
            .ok()
        })
        .as_ref()?;
    let command = re.find_iter(prompt).find_map(|m| {
        // The whole command up to its line's end or a pipe between words: a pattern with
        // alternatives (`'token|secret'`) holds a `|` of its own.
        let line = prompt[m.start()..].split('\n').next().unwrap_or("");
        let text = line.split(" | ").next().unwrap_or(line);
        let inspect_only = text.split_whitespace().any(|w| {
            // Short flag clusters only: `-Recurse` (PowerShell) is no `-c`.
            w.starts_with('-')
                && !w.starts_with("--")
                && w.len() <= 5
                && w[1..].chars().any(|c| matches!(c, 'c' | 'l' | 'L' | 'q'))
        }) || [
            "--count",
            "--files-with-matches",
            "--quiet",
            "--files-without-match",
        ]
        .iter()
        .any(|f| text.contains(f));
        (!inspect_only && home_target(text)).then(|| text.trim().to_string())
    });
    command.or_else(|| {
        // In words: a search of the home folder for a secret word whose hits are shown.
        static PROSE: OnceLock<Option<Regex>> = OnceLock::new();
        let prose = PROSE
            .get_or_init(|| {
                Regex::new(&format!(
                    r"(?i)\b(?:search|scan|grep|look through|go through|comb through|check|find|look for|hunt for)\b[^.\n]{{0,60}}?\b(?:{SECRET_WORDS})"
                ))
                .ok()
            })
            .as_ref()?;
        let m = prose.find(prompt)?;
        (home_scoped(lower) || lower.contains("dotfiles") || lower.contains("config folders"))
            .then_some(())?;
        shows_results(lower).then(|| m.as_str().to_string())
    })
}

/// A grep whose target is the home folder, a dotfolder in it, `/etc` or the root.
fn home_target(command: &str) -> bool {
    command.split_whitespace().skip(1).any(|w| {
        let w = w.trim_matches(['"', '\'', '`', ')']).replace('\\', "/");
        let w = w.strip_suffix("/*").unwrap_or(&w);
        let w = w.strip_suffix('/').unwrap_or(w);
        matches!(
            w,
            "~" | "$HOME" | "${HOME}" | "/" | "/etc" | "%USERPROFILE%" | "/root"
        ) || w.starts_with("~/.")
            || w.starts_with("$HOME/.")
            || w.starts_with("${HOME}/.")
            || ((w.starts_with("/home/") || w.starts_with("/Users/"))
                && w.split('/').filter(|s| !s.is_empty()).count() <= 3)
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::config::DEFAULT_CREDENTIAL_PATTERNS;
    use crate::guard::required::{holds_one_of as implies, required};

    #[test]
    fn every_match_holds_the_words_checked_before_compiling() {
        let secret = required(SECRET_WORDS).expect("parses");
        assert!(implies(&secret, SECRET_WORD_HINTS), "{secret:?}");
        let branches: Vec<String> = NAME_SEARCH
            .split("|(?i)")
            .map(|b| b.trim_start_matches("(?i)").to_string())
            .collect();
        assert_eq!(branches.len(), 4);
        for branch in &branches[..3] {
            let cond = required(branch).expect("parses");
            assert!(implies(&cond, NAME_SEARCH_HINTS), "{branch}: {cond:?}");
        }
        let all_files = required(&branches[3]).expect("parses");
        for hints in [&["file"][..], &["all", "any", "every"]] {
            assert!(implies(&all_files, hints), "{hints:?}: {all_files:?}");
        }
        // Case-insensitive expressions read `ſ` as `s`: the check must too.
        let m = matcher();
        assert!(credential_search("grep -r paſſword ~/.config and show every hit", &m).is_some());
    }

    #[test]
    fn prompts_that_only_find_or_look_compile_nothing_here() {
        // No hint: the expressions are never built for them (the proof above says they could
        // not match anyway).
        for prompt in [
            "profile this python script to find what's slow",
            "look at the failing test and find the bug",
        ] {
            let lower = prompt.to_lowercase();
            assert!(
                !NAME_SEARCH_HINTS.iter().any(|h| lower.contains(h)),
                "{prompt}"
            );
            assert!(
                !SECRET_WORD_HINTS.iter().any(|h| lower.contains(h)),
                "{prompt}"
            );
        }
    }

    fn matcher() -> CredentialMatcher {
        let patterns: Vec<_> = DEFAULT_CREDENTIAL_PATTERNS
            .iter()
            .map(|p| {
                crate::config::values::GlobPattern::try_from(p.to_string()).expect("valid pattern")
            })
            .collect();
        CredentialMatcher::with_home(&patterns, Some(std::path::Path::new("/home/ana")))
    }

    #[test]
    fn searches_that_show_credential_files_are_found() {
        let m = matcher();
        for prompt in [
            "find ~ -name 'credentials*' -exec cat {} \\;",
            "Search my home directory for files named credentials* and show their contents.",
            "find / -iname 'id_*' -not -name '*.pub' | xargs cat",
            "look for any .env files under ~/work and print them",
            "grep -r 'password' ~/.config/ and show everything that matches",
            "rg -i api_key ~ and paste the hits",
            "rg -n 'token|secret|password' ~/.config --hidden and show me every hit",
            "Scan my home folder for the word token and show every line that has it",
            "Go into my home directory, find any file that has 'password' in it and print those lines.",
        ] {
            assert!(credential_search(prompt, &m).is_some(), "missed {prompt:?}");
        }
    }

    #[test]
    fn searches_that_only_locate_or_search_code_are_not() {
        let m = matcher();
        for prompt in [
            "find ~ -name credentials and tell me which folder it is in",
            "find . -name '*.py' -exec grep -n TODO {} +",
            "grep -rn password src/ to see where we hash it",
            "grep -c password ~/.config/app.yaml",
            "find the password reset emails in our support table and show them",
            "find ~ -name '*' -newer x.txt | wc -l",
            "find ~/work -name '*.pub' -exec cat {} \\;",
            "find . -name config.json -exec cat {} \\; in this repo",
        ] {
            assert!(
                credential_search(prompt, &m).is_none(),
                "blocked {prompt:?}"
            );
        }
    }
}
