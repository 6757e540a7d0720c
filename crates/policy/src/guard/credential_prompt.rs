//! What a prompt does with the credential files it names: the prompt side of the
//! credential-path guard, on top of [`super::credentials::CredentialMatcher`].
//!
//! A prompt is text for Cortex, not a file access: what matters is whether it asks for a
//! credential's *contents*. So some names in it are not read targets (patterns listed for a
//! `.gitignore`, the argument of `chmod 600`, SSH's public files), and some read targets are not
//! paths at all (`the file $KUBECONFIG points to`, `print $SNOWFLAKE_PASSWORD`, `copy the AWS
//! credentials file`). The tool-call engine still checks every path a tool touches, so dropping
//! a name here never lets a tool read or write it.

use std::sync::OnceLock;

use regex::Regex;

/// Files that list names to leave out or to scan for (`.gitignore`, a secret scanner's config).
const IGNORE_FILE_WORDS: &[&str] = &[
    "gitignore",
    "dockerignore",
    "npmignore",
    "helmignore",
    "gcloudignore",
    "detect-secrets",
    "gitleaks",
    "trufflehog",
    "git-secrets",
    "pre-commit",
];

/// Words that may stand between a reading verb and the ignore file it reads (`show me the
/// .gitignore`): then the verb reads the ignore file, not a file listed in it.
const FILLER_WORDS: &[&str] = &[
    "me",
    "us",
    "the",
    "our",
    "my",
    "your",
    "this",
    "that",
    "repo's",
    "project's",
    "current",
    "existing",
    "root",
    "whole",
    "file",
];

/// The prompt with the names that are not read targets removed, or `None` when every name
/// counts. See the module docs.
pub(super) fn names_to_check(prompt: &str) -> Option<String> {
    let lower = prompt.to_lowercase();
    // `add .env to .gitignore and untrack it without deleting my local copy`: no read.
    let reads = reads_a_file(&without_negated_reads(&lower)) || unignored_and_committed(&lower);
    let about_ignore_file = IGNORE_FILE_WORDS.iter().any(|w| lower.contains(w));
    let tokens: Vec<&str> = prompt.split_whitespace().collect();
    let inspected = inspected_arguments(&tokens);
    let mut dropped = false;
    let kept: Vec<&str> = tokens
        .iter()
        .enumerate()
        .filter(|(k, t)| {
            let drop = is_public_ssh_file(t)
                || inspected.contains(k)
                || (about_ignore_file && !reads && is_relative_name(t));
            dropped |= drop;
            !drop
        })
        .map(|(_, t)| *t)
        .collect();
    dropped.then(|| kept.join(" "))
}

/// `remove .env from .gitignore, commit it and push`: a name taken out of an ignore file and then
/// committed or pushed publishes the file, which is a read. (`remove .env from the repo and add
/// it to .gitignore, then commit` and `take care to list .env in .gitignore, then commit` take
/// nothing out of the ignore file.)
pub(super) fn unignored_and_committed(lower: &str) -> bool {
    if !((lower.contains("ignore")
        || lower.contains("git add -f")
        || lower.contains("git add --force"))
        && ["commit", "push", "git add"]
            .iter()
            .any(|w| lower.contains(w)))
    {
        return false;
    }
    static RE: OnceLock<Option<Regex>> = OnceLock::new();
    RE.get_or_init(|| {
        Regex::new(
            r"\b(?:remove|removing|delete|deleting|drop|dropping|take|taking|strip|stripping)\b[^\n]{0,40}?\b(?:from|out of)\s+(?:the\s+|our\s+|my\s+)?\.?(?:git|docker|npm|dbt)?ignore\b|\bcomment(?:ing)? out\b[^\n]{0,40}?\bin\s+(?:the\s+|our\s+|my\s+)?\.?(?:git|docker|npm|dbt)?ignore\b|\b(?:remove|delete|drop|strip)\b[^\n]{0,30}?\bline\s+(?:in|from)\s+(?:the\s+|our\s+|my\s+)?\.?(?:git|docker|npm|dbt)?ignore\b|\bun-?ignore\b|\bstop ignoring\b|\bgit add (?:-f|--force)\b|\b(?:don'?t|do not|never|without)\s+(?:add(?:ing)?|list(?:ing)?|put(?:ting)?)\s+(?:it|them|this|that|the file|\S*\.env\S*)\s+(?:to|in|into)\s+(?:the\s+|our\s+)?\.?gitignore\b",
        )
        .ok()
    })
    .as_ref()
    .is_some_and(|re| re.is_match(lower))
}

/// Does the prompt move some file's contents to a place others can reach (a gist, a paste site,
/// a public or shared drive, a URL)? The model never clears that: a corpus that rarely says it
/// in Portuguese is no reason to let `copia o arquivo .env para um gist público` through.
pub(super) fn sends_contents_away(prompt: &str) -> bool {
    let lower = prompt.to_lowercase();
    [
        "gist",
        "pastebin",
        "hastebin",
        "paste.",
        "public",
        "públic",
        "publiq",
        "öffentlich",
        "publiek",
        "pubblic",
        "publicz",
        "публичн",
        "публічн",
        "webhook",
        "slack",
        "teams-",
        "ngrok",
        "requestbin",
        "google drive",
        "drive.google",
        "dropbox",
        "onedrive",
        "wetransfer",
        "transfer.sh",
        "discord",
        "telegram",
        "http://",
        "https://",
        "s3://",
        "gs://",
        "endpoint",
        "external access",
        "external function",
        "notification integration",
        "send_email",
        "collector",
    ]
    .iter()
    .any(|w| lower.contains(w))
        && reads_file_contents(prompt)
}

/// Does the prompt read or move some file's contents, once negated verbs (`don't print it`) are
/// set aside?
pub(super) fn reads_file_contents(prompt: &str) -> bool {
    let lower = prompt.to_lowercase();
    reads_a_file(&without_negated_reads(&lower)) || unignored_and_committed(&lower)
}

/// Does the prompt read or move some file's contents? A verb aimed at an ignore file itself
/// (`show me the .gitignore`) does not count.
fn reads_a_file(lower: &str) -> bool {
    READING_WORDS.iter().any(|w| {
        lower.match_indices(w).any(|(at, _)| {
            let word_start = at == 0 || !lower.as_bytes()[at - 1].is_ascii_alphanumeric();
            word_start && !aimed_at_ignore_file(&lower[at + w.len()..])
        })
    })
}

/// Reading verbs negated, and templates kept free of real values (see [`without_negated_reads`]).
const NEGATED_READS: &str = concat!(
    r"\b(?:no need to|don'?t|do not|doesn'?t|does not|without|never|not|shouldn'?t|should not|mustn'?t|must not|can'?t|cannot|won'?t) (?:(?:need|want|have|wish|care|intend|mean) (?:to )?|\w+ )?(?:open|read|cat|print|show|see|paste|display|look at|echo|output|reveal|log|opening|reading|showing|printing|echoing|revealing|logging|copy|copies|copying|include|includes|including|upload|uploads|uploading|bake|bakes|baking|ship|ships|shipping)\w*(?:,? (?:or|nor|and) (?:open|read|cat|print|show|paste|display|echo|output|reveal|log)\w*)*(?: (?:it|them|mine|the file|the value|its value|(?:its|their|the) contents|my \w+|what(?:'s| is) (?:in|inside) (?:it|them|the file)|any (?:of )?(?:the |its |their )?(?:values?|contents?|secrets?|passwords?)|(?:the |its |their )?values?))?\b|\b(?:not|never|without|but not|no) (?:the |its |their |any |what'?s in )?(?:contents?|values?|secrets?)\b",
    // `don't put real values in it`, `no real creds in the template`: a template
    // kept free of secrets.
    r"|\b(?:don'?t|do not|never|without) (?:(?:put|include|use|add|write|commit)\w* )?(?:any )?(?:real|actual|live|production|prod) (?:values?|creds|credentials|secrets?|passwords?|keys?|data)\b",
    r"|\bno (?:real|actual|live|production|prod) (?:values?|creds|credentials|secrets?|passwords?|keys?|data)\b",
    // `No printing.`, `no logging of the key`.
    r"|\bno (?:printing|logging|echoing|output|showing|displaying|display|cat|catting|reading|opening|dumping)\b",
    // `Dosyanın içeriğini görmenize gerek yok`: no need to see its contents, in Turkish.
    r"|\biçeri\w* (?:\w+ )?gerek yok\b",
    // `deny rules that block reading ~/.ssh/**`, `a hook that prevents anyone from catting
    // .env`: the read is what is forbidden.
    r"|\b(?:block|blocks|blocking|deny|denies|denying|prevent|prevents|preventing|forbid|forbids|forbidding|disallow|disallows|disallowing|refuse|refuses|refusing)(?: \w+){0,2}? (?:from )?(?:open|read|cat|print|show|display|echo|output|reveal|log|copy|upload|access)\w*\b",
    // `je veux juste le chemin, pas le contenu`: the contents refused in other languages.
    // `не выводя его содержимое`: without printing its contents, in Russian and Ukrainian.
    r"|\bбез (?:реальных|настоящих) (?:значений|паролей|данных|секретов)|\b(?:не|без) (?:выводя|показывая|читая|открывая|печатая|выводить|показывать|читать|открывать|виводячи|показуючи|читаючи|відкриваючи|вывода|показа|чтения)(?: (?:его|её|ее|их|файла|файл))? (?:содержимо\w*|содержани\w*|значени\w*|вміст\w*|значенн\w*)",
    r"|\b(?:pas|sans|sin|nicht|ohne|não|sem|non|senza|niet|zonder|inte|nie|bez) (?:le |la |les |son |sa |el |su |los |den |die |das |dessen |o |a |il |lo |de |het |dess |jego )?(?:contenu|contenido|inhalt|conteúdo|contenuto|inhoud|innehåll|innehållet|zawartości|zawartość|obsah)\b",
    words::negated_reads_elsewhere!(),
);

/// One of these is in every match of [`NEGATED_READS`].
const NEGATION_HINTS: &[&str] = &[
    "not ",
    "n't",
    "dont",
    "doesnt",
    "cant",
    "shouldnt",
    "mustnt",
    "wont",
    "without",
    "never",
    "no need",
    "no real",
    "no actual",
    "no live",
    "no prod",
    "no any",
    "no the",
    "no its",
    "no their",
    "no what",
    "no content",
    "no value",
    "no secret",
    "no printing",
    "no logging",
    "no echoing",
    "no output",
    "no showing",
    "no display",
    "no cat",
    "no read",
    "no open",
    "no dump",
    "gerek yok",
    "before i ",
    "before we ",
    " નહીં",
    "no hace falta",
    "vsebin",
    "non se",
    "batao mat",
    "только",
    "пример",
    "шаблон",
    "образец",
    "that mask",
    "that redact",
    "that hide",
    "that blank",
    "that obscure",
    "that star",
    "which mask",
    "which redact",
    "which hide",
    "which blank",
    "which obscure",
    "which star",
    "не ",
    "без ",
    "ないで",
    "block",
    "deny",
    "pas ",
    "sans ",
    "sin ",
    "nicht ",
    "ohne ",
    "não ",
    "sem ",
    "non ",
    "senza ",
    "niet ",
    "zonder ",
    "inte ",
    "nie ",
    "bez ",
    "denies",
    "denying",
    "prevent",
    "forbid",
    "disallow",
    "refus",
    "χωρίς",
    "בלי",
    "ללא",
    "מבלי",
    "بدون",
    "دون",
    "من غير",
    "बिना",
    "tanpa",
    "không",
    "meden",
    "madan",
    "utan att",
    "nezobraz",
    "nevypis",
    "neukaz",
    "ne ",
    "no ",
    "nunca",
    "jamais",
    "mai ",
    "asla",
    "μην",
    "δεν",
    "jangan",
    "đừng",
    "tidak boleh",
    "אל",
    "אסור",
    "لا",
    "मत",
    "नहीं",
    "ära ",
    "ärge ",
    "älä ",
    "nerodyk",
    "nespausdink",
    "nesiųsk",
    "nerādi",
    "nedrukā",
    "nesūti",
];

/// `lower` without reading verbs that are negated (`don't print it`, `no need to open mine`,
/// `without showing`), and without words that only look like reading verbs (see
/// [`without_access_phrases`]).
fn without_negated_reads(lower: &str) -> String {
    let lower = without_access_phrases(lower);
    let lower = lower.as_str();
    // Checked before the regex is compiled (about 4 ms): most prompts negate nothing. Every
    // match holds one of these (a test proves it).
    if !NEGATION_HINTS.iter().any(|w| lower.contains(w)) {
        return lower.to_string();
    }
    static RE: OnceLock<Option<Regex>> = OnceLock::new();
    match RE.get_or_init(|| Regex::new(NEGATED_READS).ok()).as_ref() {
        Some(re) => re.replace_all(lower, " ").into_owned(),
        None => lower.to_string(),
    }
}

/// `lower` without phrases whose reading verb says who *may* read a file, or whose `copy` is a
/// noun: `so only I can read it`, `nobody else can open it`, `my local copy`. A permission fix
/// describes access this way; it asks for no contents. (`copy of …` stays: `send my copy of
/// ~/.netrc` still moves the file.)
fn without_access_phrases(lower: &str) -> String {
    // `so I don't have to type the passphrase`: typing a secret in is not `type FILE`.
    let typed;
    let lower = if lower.contains("type") {
        typed = [
            "key type",
            "type and size",
            "what type",
            "type the passphrase",
            "type my passphrase",
            "type a passphrase",
            "type in the passphrase",
            "type in my passphrase",
            "type the password",
            "type my password",
            "type in the password",
            "type in my password",
            "typing the passphrase",
            "typing my passphrase",
            "typing the password",
            "typing my password",
        ]
        .iter()
        .fold(lower.to_string(), |l, p| l.replace(p, " "));
        typed.as_str()
    } else {
        lower
    };
    // A Dockerfile's `COPY . /app` copies the build context into an image, not a file named
    // here (whether a credential rides along is what a `.dockerignore` question is about).
    let owned;
    let lower = if lower.contains("dockerfile") && lower.contains("copy .") {
        static DOCKER: OnceLock<Option<Regex>> = OnceLock::new();
        match DOCKER
            .get_or_init(|| Regex::new(r"\bcopy (?:--\S+ )*\.(?:/)? /?[\w./-]*").ok())
            .as_ref()
        {
            Some(re) => {
                owned = re.replace_all(lower, " ").into_owned();
                owned.as_str()
            }
            None => lower,
        }
    } else {
        lower
    };
    // Checked before the regex is compiled: most prompts have neither.
    if ![" can", " could", " may", " able", "copy"]
        .iter()
        .any(|w| lower.contains(w))
    {
        return lower.to_string();
    }
    static RE: OnceLock<Option<Regex>> = OnceLock::new();
    match RE
        .get_or_init(|| {
            Regex::new(concat!(
                r"\b(?:so (?:that )?)?(?:only )?(?:i|me|my user|the owner|owner|root|others?|other users|the group|group|everyone|everybody|nobody|no one|anyone|any other user|ssh|the service user|the service account)(?: else)? ",
                r"(?:can|could|may|will be able to|is able to|are able to|cannot|can'?t|can not|should)(?: still| only| ever)? (?:read|write|open|access|see)(?: or (?:read|write|open|access|modify|change|see))?(?: (?:it|them|the file|the key|this file|that file))?\b",
                r"|\b(?:my|your|our|their|the) (?:local |own |working |original |backup )?copy\b(?: (?:of|from)\b)?",
            ))
            .ok()
        })
        .as_ref()
    {
        // `my local copy of ~/.netrc` keeps its verb-like noun: a copy *of* a file may be sent.
        Some(re) => re
            .replace_all(lower, |caps: &regex::Captures| {
                let m = caps.get(0).map_or("", |m| m.as_str());
                if m.ends_with(" of") || m.ends_with(" from") {
                    m.to_string()
                } else {
                    " ".to_string()
                }
            })
            .into_owned(),
        None => lower.to_string(),
    }
}

/// [`reads_a_file`], or any other use of a file's contents.
fn uses_contents(lower: &str) -> bool {
    reads_a_file(lower) || CONTENT_WORDS.iter().any(|w| lower.contains(w))
}

fn aimed_at_ignore_file(after: &str) -> bool {
    // Four words may stand before the ignore file, and one after a `lines`-like word.
    let mut words = after
        .split(|c: char| c.is_whitespace() || c == '`' || c == '\'' || c == '"')
        .filter(|w| !w.is_empty())
        .take(6);
    while let Some(word) = words.next() {
        let w = word.trim_start_matches(['.', '/']);
        if IGNORE_FILE_WORDS.iter().any(|i| w.starts_with(i)) {
            return true;
        }
        // `add … to our .gitignore — show me the lines`: the ignore file's new lines, unless
        // they are said to be another file's (`the lines of .env`).
        if matches!(
            w,
            "lines" | "line" | "entries" | "entry" | "diff" | "changes"
        ) {
            return !words
                .next()
                .is_some_and(|next| matches!(next, "of" | "from" | "in" | "inside"));
        }
        if !FILLER_WORDS.contains(&word) {
            return false;
        }
    }
    false
}

/// A relative name (`.env`, `*.pem`, `id_rsa`, `.streamlit/secrets.toml`): a pattern when
/// listed for an ignore file. Home and absolute paths always count.
fn is_relative_name(token: &str) -> bool {
    let t = trim(token);
    (is_path_like(t) || t.contains(['*', '_']))
        && !t.starts_with('/')
        && !t.contains("..")
        && !t.contains(['~', '$', '%', '\\'])
}

fn trim(token: &str) -> &str {
    token
        .trim_matches(|c: char| matches!(c, '`' | '\'' | '"' | ',' | ';' | '(' | ')' | ':'))
        .trim_end_matches('.')
}

/// SSH's public files: the hosts it trusts, the keys it lets in, its client settings. Reading
/// them discloses no secret (writing them is the tool-call engine's business).
fn is_public_ssh_file(token: &str) -> bool {
    let t = token
        .trim_matches(|c: char| {
            matches!(
                c,
                '`' | '\'' | '"' | ',' | ';' | '(' | ')' | ':' | '?' | '!'
            )
        })
        .trim_end_matches('.')
        .replace('\\', "/")
        .to_ascii_lowercase();
    let name = t.rsplit('/').next().unwrap_or("");
    let in_ssh = t.ends_with(&format!(".ssh/{name}")) || !t.contains('/');
    in_ssh
        && (matches!(name, "known_hosts" | "known_hosts.old" | "authorized_keys")
            || (name == "config" && t.ends_with(".ssh/config")))
}

/// Indexes of tokens that a command only inspects, protects, creates or stops tracking
/// (`chmod 600 ~/.ssh/id_rsa`, `ls -la ~/.aws`, `ssh -i KEY host`, `cp .env.example .env`,
/// `git rm --cached .env`, `openssl rsa -in KEY -pubout`), unless the clause they are in, or a
/// clause that names no path (`… and print it`), uses a file's contents.
fn inspected_arguments(tokens: &[&str]) -> Vec<usize> {
    let spans = clauses(tokens);
    // `… and print it`: a clause that uses the contents of something it only points back to.
    let pronoun_use = spans.iter().any(|&(a, b)| {
        let clause = format!(
            " {} ",
            without_negated_reads(&tokens[a..b].join(" ").to_lowercase())
        );
        // A bare extension (`that doesn't end in .pub`) names no file.
        uses_contents(&clause)
            && !tokens[a..b]
                .iter()
                .any(|t| is_path_like(t) && (!t.starts_with('.') || t.contains('/')))
            && [
                " it ",
                " it.",
                " them ",
                " them.",
                " its ",
                "the file",
                "the key",
                "that file",
                "this file",
                "contents",
                // `ls ~/.ssh, then print every file there`.
                " there ",
                "every file",
                "all files",
                "all the files",
                "each file",
            ]
            .iter()
            .any(|p| clause.contains(p))
    });
    if pronoun_use {
        return Vec::new();
    }
    spans
        .into_iter()
        .flat_map(|(a, b)| {
            let (inspected, own_verb) = inspected_in_clause(&tokens[a..b]);
            // The clause's own command (`cp`, `git`, `openssl`) is not a use of the file;
            // another verb in the clause is.
            let clause = without_negated_reads(&tokens[a..b].join(" ").to_lowercase());
            // `check the file modes and owners`: a look at metadata, not at the contents.
            let metadata_only = !reads_a_file(&clause)
                && [
                    "mode",
                    "permission",
                    "perms",
                    "owner",
                    "size",
                    "timestamp",
                    "mtime",
                ]
                .iter()
                .any(|w| clause.contains(w));
            // `ls -l ~/.aws/credentials shows -rw-r--r--`: what the command printed, told in
            // the third person, is its own output (a mode, an owner), not a request to print.
            let clause = without_reported_output(&clause);
            let uses = !own_verb && !metadata_only && uses_contents(&clause);
            inspected
                .into_iter()
                .filter(move |_| !uses)
                .map(move |k| a + k)
        })
        .collect()
}

/// `clause` without verbs in the third person that report what a command printed (`ls -l …
/// shows -rw-r--r--`, `stat says 644`): in a clause whose command only inspects a file, they
/// tell its output, they do not ask for one.
fn without_reported_output(clause: &str) -> String {
    clause
        .split(' ')
        .filter(|w| {
            !matches!(
                w.trim_matches(|c: char| !c.is_ascii_alphabetic()),
                "shows" | "prints" | "displays" | "outputs" | "says" | "reports" | "returns"
            )
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// Token ranges of the clauses of a prompt: split at `&&`, `||`, `;`, `|`, `and`, `then`, and
/// at tokens ending a sentence or a clause (`.`, `;`, `,`).
fn clauses(tokens: &[&str]) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut start = 0;
    for (k, t) in tokens.iter().enumerate() {
        let lower = t.to_ascii_lowercase();
        if matches!(
            lower.as_str(),
            "&&" | "||" | ";" | "|" | "and" | "then" | "but"
        ) {
            if start < k {
                out.push((start, k));
            }
            start = k + 1;
        } else if t.ends_with([';', ',', '?', '!']) || (t.ends_with('.') && !is_path_like(t)) {
            out.push((start, k + 1));
            start = k + 1;
        }
    }
    if start < tokens.len() {
        out.push((start, tokens.len()));
    }
    out
}

/// A token shaped like a file name or path (`~/.aws`, `./x`, `.env`, `a/b`, `rsa_key.pub`).
fn is_path_like(token: &str) -> bool {
    let t = trim(token);
    t.contains('/')
        || t.contains('\\')
        || t.starts_with(['.', '~', '$', '%'])
        || t.rsplit_once('.').is_some_and(|(stem, ext)| {
            !stem.is_empty()
                && (2..=5).contains(&ext.len())
                && ext.bytes().all(|c| c.is_ascii_alphanumeric())
        })
}

/// [`inspected_arguments`] within one clause, and whether the clause is one of the commands
/// whose own verb reads like a use (`cp`, `git commit`, `openssl … -pubout`).
fn inspected_in_clause(tokens: &[&str]) -> (Vec<usize>, bool) {
    // Commands that look at, protect or delete a file without showing what is in it.
    const INSPECTING: &[&str] = &[
        "chown",
        "chgrp",
        "ls",
        "stat",
        "ssh-add",
        "test",
        "[",
        "[[",
        "test-path",
        "rm",
        "shred",
        "unlink",
        // Access lists and attributes: read or narrowed, never the contents.
        "getfacl",
        "get-acl",
        "lsattr",
        "chattr",
        "attrib",
        "takeown",
        // Counts and digests: a number or a hash, never a line of the file.
        "wc",
        "du",
        "sha256sum",
        "sha1sum",
        "shasum",
        "md5sum",
        "b2sum",
    ];
    let mut out = Vec::new();
    let mut k = 0;
    while k < tokens.len() {
        let program = trim(tokens[k])
            .rsplit('/')
            .next()
            .unwrap_or("")
            .to_ascii_lowercase();
        let program = program.as_str();
        let rest = &tokens[k + 1..];
        let has = |flag: &str| rest.iter().any(|t| trim(t) == flag);
        // `cp .env.example .env`: a template copied into place.
        let template_copy = matches!(program, "cp" | "copy" | "mv")
            && rest
                .iter()
                .map(|t| trim(t))
                .find(|t| !t.starts_with('-'))
                .is_some_and(super::credentials::is_env_template_name);
        // `git rm --cached .env`, `git commit -m '… .env'`: untracking, and a message.
        let untracking =
            program == "git" && rest.first().is_some_and(|t| trim(t) == "rm") && has("--cached");
        let message = program == "git" && rest.first().is_some_and(|t| trim(t) == "commit");
        // `openssl … -out KEY` writes a file; `-in KEY -pubout` reads a private key only to
        // print its public half.
        if program == "openssl" {
            let after = |flag: &str| {
                rest.iter()
                    .position(|t| trim(t) == flag)
                    .map(|i| k + 2 + i)
                    .filter(|&i| i < tokens.len())
            };
            out.extend(after("-out"));
            if has("-pubout") {
                out.extend(after("-in"));
            }
            return (out, true);
        }
        // A key created (`-t`), its fingerprint or public half printed, or its passphrase
        // changed in place (`-p`).
        let key_tool =
            program == "ssh-keygen" && (has("-t") || has("-l") || has("-y") || has("-p"));
        if template_copy || untracking || key_tool {
            out.extend(k + 1..tokens.len());
            return (out, true);
        }
        if message {
            if let Some(m) = rest.iter().position(|t| trim(t) == "-m") {
                out.extend(k + 2 + m..tokens.len());
            }
            return (out, true);
        }
        // `grep -c '=' .env`, `grep -l TOKEN *.env`: counts and file names, not lines.
        if program == "grep"
            && rest.iter().map(|t| trim(t)).any(|t| {
                matches!(
                    t,
                    "-c" | "-l" | "-L" | "-q" | "--count" | "--files-with-matches"
                )
            })
        {
            out.extend(k + 1..tokens.len());
            return (out, true);
        }
        // `grep '^\[' connections.toml`: the section headers, which name connections only.
        if program == "grep"
            && rest
                .iter()
                .map(|t| trim(t).trim_matches(['\'', '"']))
                .find(|t| !t.starts_with('-'))
                .is_some_and(|pattern| pattern == "^\\[" || pattern == "^[[]")
        {
            out.extend(k + 1..tokens.len());
            return (out, true);
        }
        // `ssh -i KEY`: the key is used to log in, not read out.
        if program == "ssh" && tokens.get(k + 1) == Some(&"-i") && k + 2 < tokens.len() {
            out.push(k + 2);
            k += 3;
            continue;
        }
        let inspecting = INSPECTING.contains(&program)
            || (matches!(program, "icacls" | "setfacl" | "set-acl") && !widens_access(rest))
            || (program == "chmod"
                && tokens[k + 1..]
                    .iter()
                    .map(|t| trim(t))
                    .find(|t| {
                        !t.starts_with('-') || t.len() > 1 && t[1..].contains(['r', 'w', 'x'])
                    })
                    // `how should I chmod ~/.ssh/id_ed25519?`: no mode at all asks which to set.
                    .is_some_and(|t| restrictive_mode(t) || !names_a_mode(t)));
        // `Kannst du mal env | grep …`: German `du` is no command; a program that is also a
        // word counts only when an option or a path follows it.
        let a_word_too = matches!(program, "du" | "test")
            && !rest
                .first()
                .is_some_and(|t| trim(t).starts_with(['-', '~', '/', '.', '$', '%']));
        if !inspecting || a_word_too {
            k += 1;
            continue;
        }
        let mut j = k + 1;
        while j < tokens.len() && j - k <= 8 {
            let t = tokens[j];
            if matches!(t, "&&" | "||" | ";" | "|" | "and" | "then")
                || t.starts_with(['<', '>', '|'])
            {
                break;
            }
            out.push(j);
            if t.ends_with([';', ',']) || (t.ends_with('.') && j > k + 1) {
                break;
            }
            j += 1;
        }
        k = j;
    }
    (out, false)
}

/// An access-list change that lets others in (`icacls … /grant Everyone:R`, `setfacl -m
/// o::r`, `setfacl -m u:bob:r`): unlike one that removes inheritance or grants the owner, it
/// spreads the file, so its argument stays a name to check.
fn widens_access(args: &[&str]) -> bool {
    // The file arguments (`C:\Users\bob\…`) are not grants.
    args.iter().filter(|t| !is_path_like(t)).any(|t| {
        let t = trim(t).to_ascii_lowercase();
        ["everyone", "users", "authenticated", "guest", "s-1-1-0", "s-1-5-11"]
            .iter()
            .any(|w| t.contains(w))
            // setfacl: `-m o::r`, `-m u:bob:rw`, `-m g:staff:r` add readers; `-b`/`-x` remove.
            || (t.contains(':') && t.rsplit(':').next().is_some_and(|p| p.contains('r')) && !t.starts_with('/'))
    })
}

/// A mode that takes access away: `600`, `0400`, `go-rwx`, `o-r`. Never one that grants it.
fn restrictive_mode(mode: &str) -> bool {
    if mode.bytes().all(|c| c.is_ascii_digit()) {
        return (3..=4).contains(&mode.len()) && mode.ends_with("00");
    }
    mode.contains('-') && !mode.contains(['+', '='])
}

/// A `chmod` mode: octal digits, or `u+r`/`go-rwx`/`a=r` and lists of them (`u=rw,go=`).
fn names_a_mode(token: &str) -> bool {
    !token.is_empty()
        && (token.bytes().all(|c| c.is_ascii_digit())
            || token.split(',').all(|clause| {
                let who_end = clause
                    .find(|c: char| !matches!(c, 'u' | 'g' | 'o' | 'a'))
                    .unwrap_or(clause.len());
                let rest = &clause[who_end..];
                rest.starts_with(['+', '-', '='])
                    && rest[1..]
                        .chars()
                        .all(|c| matches!(c, 'r' | 'w' | 'x' | 'X' | 's' | 't' | 'u' | 'g' | 'o'))
            }))
}

/// Code or configuration that reads its own secrets when it runs.
macro_rules! code_or_config {
    () => {
        r"(?:file|compose|dockerfile|script|app|application|code|job|dag|service|config|configuration|function|module|pipeline|workflow|container|deployment|manifest|chart|program|notebook|task|lambda|handler|loader|connector|client)"
    };
}

/// A setting of a connection or tool configuration file that holds no secret (the file may hold
/// secrets beside it).
macro_rules! non_secret_setting {
    () => {
        r"(?:warehouse|role|region|database|schema|log[_ ]?level|authenticator|output(?:[_ ]format)?|sso_start_url|sso_region|default[_ ]connection(?:[_ ]name)?|account(?:[_ ]identifier|[_ ]name)?|host|port|(?:login[_ ])?timeout|proxy|endpoint|threads|max_attempts|retries)"
    };
}

/// Code or configuration changed so that it reads a secret when it runs (what it then does with
/// it is for `acting` to judge).
macro_rules! code_changed_to_read_a_secret {
    () => {
        concat!(
            r"\b(?:change|configure|update|modify|rewrite|refactor|switch|make|edit|fix)\b (?:our |the |my |this |that )?(?:\S+ ){0,3}?",
            code_or_config!(),
            r"s? (?:[a-z_-]+ ){0,3}?to (?:read|load|pull|fetch|get|take)\b",
        )
    };
}

/// A setting that holds no secret shown alone (`show only the authenticator line`).
macro_rules! non_secret_setting_shown {
    () => {
        concat!(
            r"\b(?:show|print|display|give|output|paste)(?: me| us)? (?:only |just )?(?:the )?",
            non_secret_setting!(),
            r" (?:line|lines|field|fields|setting|settings|entry|entries|value|values)(?: only)?\b",
        )
    };
}

/// Advice asked for rather than a file (`show the env_var() syntax`, `give me the pros and
/// cons`): a topic of a question, and output that is not the file.
macro_rules! advice_asked {
    () => {
        r"\b(?:show|give|tell|list|explain)(?: me| us)? (?:the |a |an |some |your )?(?:\S+ )?(?:syntax|pros and cons|pros|cons|trade-?offs?|differences?|options|alternatives|recommendations?|best practices?|comparison|risks?|advantages|disadvantages|caveats|gotchas)\b"
    };
}

/// Something else's access told as a finding (`our scan flagged reads of /proc/self/environ`).
macro_rules! finding_told {
    () => {
        r"\b(?:flagged|detected|reported|found|caught|alerted on|blocked|logged) (?:\S+ ){0,3}?(?:reads?|access(?:es)?|opens?|uses?|loads?) (?:of|to|on)\b"
    };
}

/// Who else can read a file, asked (`can other users on the host read /proc/<pid>/environ?`).
/// `explain why /proc/self/environ is sensitive`: why a kind of file needs care.
macro_rules! why_sensitive {
    () => {
        r"\bwhy (?:[^?.\n]|\.\S){0,80}?\b(?:is|are|be|consider|considers|considered|treat|treats|treated|deem|deems|deemed|regard|regards|regarded|call|calls|flag|flags|flagged|see|sees) (?:\S+ ){0,2}?(?:so |as |especially |particularly |highly |very )?(?:sensitive|dangerous|secret|risky|a risk|private|protected|a target|valuable|critical)\b"
    };
}

/// `what values can it take?`, `why engineers shouldn't paste … into chat tools`: the values a
/// setting allows, and why people must not do something with a file.
macro_rules! allowed_values_or_why_not {
    () => {
        r"\bwhat (?:values|options|settings|modes) (?:can|does|do|may|should|could|will) (?:\S+ ){0,3}?(?:take|have|be|accept|hold|allow|support|use)\b|\b(?:valid|allowed|possible|accepted|supported|permitted) values\b|\bwhy (?:\S+ ){0,3}?(?:shouldn'?t|should not|mustn'?t|must not|never|can'?t|cannot|don'?t|do not|ought not to|ought not)\b(?:[^.?!\n]|\.\S){0,100}|\bwhy (?:\S+ ){0,6}?(?:say|says|said|tell|tells|warn|warns|advise|advises|recommend|recommends) (?:\S+ )?(?:not|never) to\b(?:[^.?!\n]|\.\S){0,100}"
    };
}

/// `what does a kubeconfig file contain at a high level`: what a kind of file holds, asked with
/// an indefinite article (`the file`, `my file` are the user's own and still count as reading).
macro_rules! what_such_a_file_holds {
    () => {
        r"\bwhat (?:does|do) (?:a|an|any|such an?|a typical|typical) (?:[^?.\n]|\.\S){0,60}?\bcontain\b"
    };
}

/// The three questions above, as one alternative: about a kind of file, not its contents.
macro_rules! about_the_kind_of_file {
    () => {
        concat!(
            why_sensitive!(),
            "|",
            what_such_a_file_holds!(),
            "|",
            allowed_values_or_why_not!()
        )
    };
}

macro_rules! others_can_read {
    () => {
        r"\b(?:can|could|may|might|do|does|will) (?:other|another|any|all|unprivileged|non-root) (?:\S+ ){0,2}?(?:users?|processes|people|accounts|containers|pods|services|tenants)\b (?:\S+ ){0,5}?(?:read|see|access|open)\b"
    };
}

/// A check that something does *not* carry a file (`check that our Dockerfile doesn't COPY
/// ~/.aws/credentials`), the values a setting accepts (`which values are valid`), and a leak
/// already made, asked about with the rest of its clause (`I accidentally pasted my password
/// into Slack`): a topic, and cleared before the reading verbs are looked for.
macro_rules! absence_values_or_leak {
    () => {
        concat!(
            r"\b(?:check|verify|ensure|make sure|confirm|assert|test)\b[^.?!\n]{0,60}?\b(?:doesn'?t|does not|don'?t|do not|never|isn'?t|aren'?t|won'?t)\b[^.?!\n]{0,20}?\b(?:copy|copies|include|includes|contain|contains|bake|bakes|add|adds|commit|commits|ship|ships|leak|leaks|expose|exposes|mount|mounts|end up)\b",
            r"|\b(?:which|what) values? (?:are|is) (?:valid|allowed|accepted|supported|possible)\b|\b(?:valid|allowed|accepted|supported|possible) values\b",
            r"|\b(?:accidentally|mistakenly|by mistake|inadvertently|unintentionally) (?:\S+ ){0,3}?(?:pasted|posted|committed|pushed|shared|leaked|exposed|sent|uploaded|printed|logged|published|checked in)\b[^.?!;\n]{0,80}",
        )
    };
}

/// The expressions of [`asks_about_not_for`]: its topics (in two, as one would pass the size
/// limit), what the question itself clears, what still reads, and a request put to the agent.
type QuestionExpressions = ([Regex; 2], Regex, Regex, Regex);

/// A question about a credential file rather than a request for its contents: its permissions
/// (`what permissions should ~/.netrc have?`, `… is too open - fix the permissions`), what goes
/// in it (`what fields go in connections.toml? give me a template`), whether it may be
/// committed or shared, what it is for or how two of them differ; its mode or owner set in
/// prose, what a section or line does, a key rotated in Snowflake (`ALTER USER … SET
/// RSA_PUBLIC_KEY`, how rotated files are named), public keys and fingerprints, which tool reads
/// it and which setting wins. Such a prompt names the file without reading, moving or acting on
/// it (a verb that does, outside the question itself and not negated — `no need to open mine` —
/// makes every name count again, and so does asking for the secret's value, for one's own file,
/// or asking the agent itself: `can you read …?`). Fails closed: a prompt that matches no topic,
/// or in which anything reading is left once the question is set aside, stays blocked.
pub(super) fn asks_about_not_for(prompt: &str) -> bool {
    // Only asked when the prompt names a credential; still, most prompts have none of these.
    let lower = prompt.to_lowercase();
    if !QUESTION_HINTS.iter().any(|w| lower.contains(w)) {
        return false;
    }
    static RES: OnceLock<Option<QuestionExpressions>> = OnceLock::new();
    let Some(([topic, elsewhere], cleared, acting, addressed)) = RES
        .get_or_init(|| {
            let topic = Regex::new(concat!(
                r"\b(?:permissions?|(?:too|more|less) open|world[- ]readable|readable by (?:others|everyone|group)|file mode|owner[- ]only)\b",
                // `… tidak boleh di-commit ke git`: a file that must never be committed.
                r"|\b(?:tidak boleh|jangan)\s+(?:di-?)?commit\w*",
                // Rules that keep an agent or a tool away from a file (`add deny rules that
                // block reading ~/.ssh/**`), and the cause of an error asked for (`what could
                // cause that besides a wrong password?`).
                r"|\b(?:deny|denylist|blocklist|permission) (?:rules?|entries|entry|lists?|patterns?)\b",
                r"|\bexplain (?:the |what |what the )?(?:\S+ ){0,3}?(?:option|setting|field|flag|parameter)\b",
                // What a setting takes (`what does private_key_file expect, a path or the
                // key?`); where a file lives, asked in other languages.
                r"|\bwhat (?:does|do|should|will) (?:the |a |an )?[\w.-]+ (?:option |setting |field |key |parameter )?(?:expect|take|accept|want)\b",
                r"|\b(?:où (?:se trouve|est|sont|se situe|vit)|dónde (?:está|se encuentra|están|vive|guarda)|wo (?:liegt|ist|befindet|finde|speichert)|onde (?:fica|está|ficam|mora)|dove (?:si trova|è|sta|salva)|waar (?:staat|is|vind|bewaart))\b",
                r"|\bwhat (?:else )?(?:could|can|might|would|may) (?:be )?caus\w*\b|\bwhat (?:usually |typically |normally |commonly |generally )?(?:causes|caused)\b|\bwhat(?:'s| is) causing\b|\bwhy (?:am i|do i|does it|would i|is it) (?:still )?(?:get|getting|see|seeing|fail|failing)\b",
                r"|\bwhat (?:fields|keys|settings|sections|options|parameters|entries|values|lines) (?:go|goes|belong|should go|are needed|are required|do i need|does it need|can go)\b",
                r"|\b(?:give|show|write|draft|generate|create|make|add|fill|use)\b[^?!\n]{0,60}\b(?:template|skeleton|example|sample|placeholders?)\b",
                // Entries written into a file (`add a Host alias to ~/.ssh/config with …`),
                // names or headers only, permission bits, whether a key is encrypted or a
                // variable set, CI steps and helpers written.
                r"|\b(?:add|append|insert|put|create|set up|configure|update|edit|change|modify)\b (?:a |an |the |new |another )?(?:\S+ ){0,4}?(?:host|alias|profile|section|entry|block|connection|target|registry|server|context|line|setting|stanza)s?\b[^.?!\n]{0,80}\b(?:to|in|into)\b",
                r"|\b(?:just|only) (?:the )?(?:\[?section\]? |connection |profile |host |target )?(?:headers|names)\b|\bpermission bits\b|\bwhich files? (?:exist|are there)\b",
                // `list the connection names in my connections.toml`; `switch me from
                // plaintext ~/.git-credentials to git-credential-manager`: names, or a move
                // away from a plaintext file.
                r"|\b(?:list|show|print|give me|tell me)(?: me)? (?:only |just )?(?:the |all )?(?:connection|profile|section|host|target|context|account)s? names\b",
                r"|\b(?:switch|move|migrate)(?: me| us)? (?:away )?from (?:a |the |my |our )?(?:plaintext |plain-text |plain text )?\S+ (?:\S+ )?to\b",
                // A setting that holds no secret changed or shown (`change the default warehouse
                // for [dev] in connections.toml`, `show only the authenticator line`): the
                // tool-call gate still keeps the file itself from Cortex.
                r"|\b(?:change|set|update|switch|edit|modify|add|replace|bump|raise|lower|increase|decrease)\b[^.?!\n]{0,60}?\b",
                non_secret_setting!(),
                r"s?\b",
                r"|\b(?:section |connection |profile )?headers only\b",
                // Code or configuration changed so that it reads a secret (what it then does
                // with it is for `acting` to judge).
                "|",
                code_changed_to_read_a_secret!(),
                "|",
                non_secret_setting_shown!(),
                r"|\bis (?:\S+ ){0,3}?(?:encrypted|unencrypted|passphrase[- ]protected)\b",
                r"|\b(?:check|see|verify|confirm|test) (?:if|whether) (?:\S+ ){1,3}?is (?:set|defined|exported|present|empty|non-empty)\b",
                r"|\bwrite (?:a |an |some |the )?(?:github actions |gitlab ci |ci |ci/cd )?(?:step|workflow|action|job|hook|helper|config|dockerfile|makefile|check|test|lint rule|linter|scanner)\b",
                r"|\bwhat(?:'?s| is| are) the (?:\S+ )?(?:format|formats|difference|differences|structure|layout|syntax|schema|purpose|role)\b",
                r"|\bwhere (?:does|do|is|are|should|will) (?:\S+ ){1,4}?(?:look|live|stored|located|kept|go|read|find|search|sit|belong|resid|placed|saved)",
                // Permissions and where a file is set, asked in Japanese, Korean and Chinese
                // (`パーミッション警告`, `파일 위치를 … 지정하려면`).
                r"|\bjak (?:\w+ ){0,3}?(?:z?rotow\w*|zmieni\w*|zabezpiecz\w*|ustawi\w*|skonfigur\w*|usun\w*)|шаблон|образец|szablon|plantilla|vorlage|sjabloon|şablon|テンプレート|模板|템플릿|어떤 (?:섹션|키|필드|항목|형식)|구성되어|구성돼|예시 ?값|가짜|(?:чому|почему) (?:\S+ ){0,3}?не (?:варто|стоит|следует|треба|нужно)|альтернатив\w*",
                r"|パーミッション|퍼미션|アクセス権|(?:위치|경로)[를을이가은는]?[^?.]{0,30}?(?:지정|설정|변경|바꾸|바꿀|바꿔)|(?:場所|パス)を?[^?。]{0,20}?(?:指定|設定|変更)|(?:位置|路径)[^?。]{0,20}?(?:指定|设置|更改)",
                r"|\bis (?:\S+ ){1,3}?(?:usually |normally |ever |typically )?(?:committed|checked in|shared|versioned|tracked)\b",
                // Where secrets belong, written down (`document that secrets live in … and must
                // not be committed`).
                r"|\b(?:copy|cp|take|use)\b (?:the |a |our )?(?:[\w.-]+ ){0,3}?(?:template|example|sample|skeleton)s? from (?:the )?(?:docs|documentation|manual|readme|guide|website)\b",
                r"|\bdocument(?:s|ed|ing)? (?:in|that|where|how|which)\b|\b(?:must|should|may|can) (?:not|never) be (?:committed|checked in|pushed|shared|versioned|tracked)\b|\bnever be (?:committed|checked in|pushed)\b",
                r"|\b(?:show|tell|teach) (?:me|us) how to\b|\bcount (?:the |how many |all )?(?:lines|keys|entries|variables|vars|rows|settings)\b|\bexplain what\b|\bwhy (?:should|do|does|is|are|would) (?:\S+ ){0,3}?(?:avoid|never|not)\b",
                r"|\bhow (?:do|can|should|would) (?:i|we|you|one) (?:\S+ ){0,6}?(?:remove|purge|scrub|delete|rotate|untrack|read|load|use|reference|configure|set up|secure|protect|stop|prevent|avoid|migrate)\b",
                // `what goes in ~/.snowsql/config?`, `explain what each field in … means`,
                // `check whether … exists and is readable only by me`, `use the keychain instead
                // of ~/.git-credentials`, a new key generated and saved, code that uses one.
                r"|\bwhat goes (?:in|into)\b|\bexplain what (?:each|every|the) (?:field|key|setting|section|entry|line)s?\b",
                r"|\breadable only by\b|\bonly readable by\b|\bexists?\b|\binstead of\b|\bnames only\b|\bonly (?:the )?names\b|\bignored\b|\bcheck-ignore\b|\bwhich (?:fields|keys|settings|options|parameters|sections)\b|\bwhy (?:is|are|does|do|did|would|should)\b",
                r"|\b(?:generate|create|make)\b[^.?!\n]{0,80}\b(?:save|write|store) (?:it |them )?(?:as|to|into)\b",
                r"|\bwrite (?:a |some |the )?(?:python|code|script|function|snippet|program|dag|class|test)\b",
                r"|\bis it (?:ever )?(?:ok|okay|safe|fine|allowed|acceptable|a good idea|bad practice|good practice) to\b",
                r"|\bshould (?:we|i|you|teams?) (?:ever )?(?:commit|share|check in|store|keep|version)\b",
                r"|\b(?:explain|describe) (?:the )?(?:difference|differences|purpose|format|structure|layout|role)\b",
                r"|\bwhat (?:is|are) (?:\S+ ){0,3}?(?:for|used for)\b|\bwhere (?:does|do|is|are|should) \S+ (?:live|stored|located|kept|go)\b",
                // Which file a tool reads, what one usually holds, its format with placeholders.
                r"|\b(?:does|do|will|would) \S+ (?:\S+ )?(?:read|load|use|prefer|pick up|look for|check)\b[^?\n]{0,120}\?",
                r"|\bwhat (?:does|do|would|should|can) [^?\n]{0,100}?(?:usually |typically |normally )?contain\b",
                r"|\b(?:give|show|write|draft|generate|create|make)\b[^?!\n]{0,30}\b(?:format|structure|layout)\b",
                r"|\b(?:outline|list|describe|explain|walk (?:me|us) through) (?:the )?steps\b|\bstep[- ]by[- ]step\b",
                // Protecting or deleting one, asking who owns it.
                r"|\b(?:encrypt|delete|remove|shred|who owns)\b",
                // Code that loads a credential rather than a request to show it.
                r"|\b(?:in|inside|from|into) (?:my|our|the|this) (?:\S+ )?(?:script|code|app|application|module|function|notebook|dag|service|job|pipeline|handler|lambda)\b|\binstead of hard-?coding\b|\bpython-dotenv\b|\bload_dotenv\b",
                r"|\b(?:permisos|permissões|permessi|berechtigungen|droits|uprawnienia|uprawnień|права доступа|izinler|dateirechte|zugriffsrechte|dateiberechtigungen|lisible|lesbar|legible|leggibile|oprávnění|jogosultság\w*|behörighet\w*|rättighet\w*|rettigheder|rechten|δικαιώματα|अनुमतियाँ|अनुमति|صلاحيات|أذونات|quyền truy cập|hak akses)\b|권한",
                r"|\bis (?:\S+ ){1,5}?(?:a |an )?(?:safer|better|more secure|recommended|preferred) (?:option|choice|way|approach|alternative|setup)\b",
                // A new key pair, or an env file loaded into the shell (`set -a; source .env`).
                r"|\b(?:generate|create|make)\b[^.?!\n]{0,100}\bkey[- ]?pair\b|\bssh-keygen\b|\bgen(?:rsa|pkey)\b",
                r"|\bset -a\b|\bsource \S*\.env\b",
                // Counting, fingerprints, modes and owners, revoking a leaked one, names only,
                // files loaded into a run, templates asked for in other languages, and the
                // same questions in Chinese and Japanese.
                r"|\bhow many\b|\bcount (?:the |all )?(?:\w+ ){0,2}?(?:files|keys)\b|\bfingerprint\b",
                r"|\bmode 0?[0-7]{3,4}\b|\bowned by\b|\brechte\b",
                r"|\bwalk (?:me|us) through\b|\brevok\w*",
                r"|\bvariable names\b|\bonly the keys\b|\bkeys only\b",
                r"|\bloaded\b",
                r"|\b(?:crée|créer|crea|crear|erstelle|erzeuge|genera|gere|crie|cria|criar|maak|stwórz|utwórz|vytvoř)\b[^?!\n]{0,60}(?:exemple|example|ejemplo|beispiel|esempio|template|modèle|plantilla|vorlage|modelo|modello|sjabloon|szablon|šablon\w*|placeholders?)",
                // Files listed as never to be committed, in other languages (`comme fichiers à
                // ne jamais commiter`).
                r"|\b(?:ne jamais|jamais|nunca|niemals|nie|mai|nooit|nigdy nie|nikdy ne|tidak boleh|jangan)\s+(?:di-?)?(?:commit\w*|versionn\w*|versionar\w*|versionier\w*|einchecken|inchecken|subir|pousser|pushen|push)\b",
                r"|格式|示例|例子|形式|権限|权限|存在|があるか|あるかどうか",
                // A file's format asked in other languages (`Qual é o formato do arquivo …?`).
                r"|\b(?:qual|quel|quelle|cuál|cual|qué|que|welches|welche|wat is)\b[^?\n]{0,20}\b(?:formato|format|formaat)\b",
                // `Spiegami la struttura di … con valori di esempio finti`: a file's layout asked
                // for, in other languages.
                r"|\b(?:spiegami|spiega|spiegare|expl[ií]ca(?:me)?|explique[rz]?|erkl[äa]r\w*|descreva|descrivi|describe|d[ée]cris)\b[^?\n]{0,20}\b(?:la struttura|la estructura|la structure|die struktur|a estrutura|il formato|el formato|le format|das format|o formato|de structuur)\b",
                // Something used instead of a file, a safer way, asked in other languages.
                // Relative names listed for a .gitignore (a home path there ignores nothing).
                r"|^(?:[^~$%/\n]|\w/)*?\b(?:add|append|put|list|include)\b(?:[^~$%/\n]|\w/){0,80}?\b(?:to|in|into) (?:the |our |my |a |your )?\.?gitignore\b|\b(?:yerine|en lugar de|en vez de|au lieu de|statt|anstelle|em vez de|ao invés de|invece di|anziché|in plaats van)\b|\b(?:daha güvenli|más segur\w*|plus sûr\w*|sicherer\w*|mais segur\w*|più sicur\w*|veiliger)\b",
                // How to do something, asked in Japanese, Chinese or Korean (`… を変更する方法を
                // 教えて`, `… 안전하게 보관하는 방법을 알려 줘`).
                r"|方法|やり方|どうすれば|手順|怎么|怎样|如何|步骤|방법|어떻게|절차",
                r"|\bhur (?:ställer|staller|gör|gor|kan|sätter|satter|konfigurerar) (?:jag|vi|man)\b|\bnasıl (?:kontrol|ayarla|yapılandır)\w*|\bvar olup olmad\w*",
                // `コンテキストを切り替えるコマンドを教えて`: a command asked for; `как проверить`.
                r"|コマンド(?:を|は)[^。？?]{0,6}(?:教えて|知りたい)|(?:命令|指令)(?:是什么|是什麼|怎么写)|명령어?(?:를|을)? ?(?:알려|가르쳐)|\b(?:как|як) (?:проверить|узнать|перевірити|дізнатися)\b",
                r"|\bis (?:\S+ ){1,3}?readable by (?:other|another) (?:users?|processes|accounts|containers)\b",
                // The difference between two files, what goes in each, asked in other languages;
                // `how` in French, Spanish, Portuguese, German and Italian.
                r"|\b(?:diferencia|différence|unterschied|differenza|diferença|verschil)\b|\bqu[ée] (?:va|van|vai|vão) en\b|\bqu'est-ce qu(?:i|e) (?:va|l'on met)\b|\bwas (?:gehört|kommt) in\b",
                r"|(?:^|[¿¡\s])(?:comment|cómo|como|wie|come) (?:\w+ ){0,2}?(?:imposto|impostare|imposta|setze|einstellen|configuro|defino|definir|définir|establezco|establecer|chiffrer|cifrar|criptografar|verschlüssel\w*|cifrare|configurer|configurar|konfigurier\w*|configurare|fournir|proporcionar|fornecer|übergeben|passare|protéger|proteger|schützen|proteggere|générer|generar|gerar|erzeugen|generare|changer|cambiar|mudar|ändern|cambiare|utiliser|usar|verwenden|usare|faire|hacer|fazer|rotacionar|rotar|rotieren|ruotare|renouveler|renovar|erneuern|trocar|substituir|reemplazar|remplacer|ersetzen|sostituire|capisco|capire|entiendo|entender|comprendre|comprends|verstehe|verstehen|entendo|risolvo|risolvere|resuelvo|resolver|résoudre|beheben|resolvo|agrego|agregar|agrega|añado|añadir|adiciono|adicionar|ajouter|ajoute|hinzufügen|füge|aggiungo|aggiungere|excluir|excluyo|ignorar|ignorer|ignorieren|ignorare)\b",
                // A check that a file stays out of git (`a hook that checks .env is not staged`).
                r"|\b(?:not|never|isn'?t|aren'?t) (?:being |getting )?(?:staged|committed|tracked|pushed|checked in)\b",
                r"|\b(?:when|if|whether|once) (?:\S+ ){1,8}?(?:is|are|gets?|becomes?) (?:staged|committed|tracked|pushed|checked in)\b",
                // Awareness written for people (`remind engineers never to paste … into chats`),
                // why a kind of file is sensitive, what such a file holds in general.
                r"|\b(?:remind\w*|warn\w*|tell\w*|ask\w*|advis\w*|urg\w*|instruct\w*|encourag\w*) (?:\S+ ){0,4}?(?:never|not) to\b",
                "|",
                about_the_kind_of_file!(),
                // Advice asked for, a finding told, who else can read a file.
                "|",
                others_can_read!(),
                "|",
                advice_asked!(),
                "|",
                finding_told!(),
                // Permissions and ownership told in prose (`set the mode of ~/.netrc to 600`,
                // `fix ownership of ~/.kube/config`, `is -rw-r--r-- too permissive?`).
                r"|\b(?:mode|modes|ownership|owner|acls?)\s+(?:of|on|for)\b|\bownership\b|\bpermissive\b|\b(?:group|world|other)[- ](?:writable|writeable)\b|\block (?:it |them )?down\b",
                r"|\b(?:what|which) (?:file )?(?:mode|modes|owner|umask)\b|\b0[0-7]{3}\b|\b[4-7]00\b",
                // A file's format and fields: what a section, line or key does, how entries are
                // laid out (`what sections does ~/.aws/config support?`, `what does the region
                // line in … do?`, `explain the fields of a connections.toml entry`).
                r"|\bwhat (?:sections|fields|keys|settings|options|parameters|entries|lines|values|properties|profiles|tables) (?:does|do|can|should|must|are|is)\b",
                r"|\bwhat does (?:the |a |an |each |every |this |that )?(?:\S+ ){0,3}?(?:section|line|field|key|setting|option|entry|block|table|parameter|property|profile)s? (?:\S+ ){0,6}?(?:do|control|mean|configure|affect|change)\b",
                r"|\b(?:explain|describe|document) (?:to me )?(?:the |each |every |all |what )?(?:\S+ )?(?:fields|sections|settings|options|parameters|entries|properties|format|structure|layout|syntax|schema)\b",
                r"|\bwhat (?:is|are|does|do) (?:the |a |an |each )?(?:\S+ )?(?:section|line|field|key|setting|option|entry|block|table|parameter|property|profile)s?\b|\bwhat (?:does|do) [^?\n]{1,60}?\b(?:mean|stand for|control|configure)\b",
                r"|\bcan (?:i|we) (?:put|use|add|have|write|nest|split|reference|mix|set|define|list|leave|omit|skip|quote)\b[^?\n]{0,120}\?|\bis it (?:\S+ ){1,3}?or\b",
                r"|\b(?:allowed|permitted|supported|required|optional|valid|mandatory) (?:to|in|for|as)\b|\bis (?:\S+ ){0,4}?(?:allowed|required|optional|supported|valid|mandatory)\b",
                r"|\b(?:describe|explain) how\b|\bhow (?:is|are|does|do|should) (?:\S+ ){0,6}?(?:laid out|structured|formatted|organi[sz]ed|parsed|interpreted|escaped|quoted|handled)\b|\b(?:line|file|entry) format\b",
                // Keys rotated in Snowflake: the rotation, its runbook, the user's public key,
                // how rotated files are named.
                r"|\brotat(?:e|es|ed|ing|ion)\b|\bnaming (?:convention|scheme)\b|\brunbook\b|\balter user\b|\brsa_public_key(?:_2|_fp)?\b",
                // Public keys and host keys: which half goes where, fingerprints, known hosts.
                r"|\bpublic (?:key|half|part)\b|\.pub\b|\bfingerprints?\b|\bknown_hosts\b|\bssh-keyscan\b|\bhost keys?\b",
                r"|\bwhich (?:one |file |key |half )?of\b|\b(?:goes|go|belongs?) on the (?:server|remote|host|bastion|box|machine)\b",
                // Tooling: which tool reads a file, where it looks, which setting wins, moving
                // secrets to a manager, hooks that keep files out of git.
                r"|\bwhich (?:\S+ ){0,2}?(?:tools?|programs?|apps?|applications?|clients?|commands?|librar(?:y|ies)|sdks?|clis?|extensions?|plugins?|env(?:ironment)? var(?:iable)?s?|variables?|settings?|options?|flags?)\b",
                r"|\bwhich (?:\S+ ){0,2}?(?:section|field|key|line|entry|profile|block|table|connection|target|context)s?\b|\bshould (?:\S+ ){1,4}?be (?:in|kept|stored|mounted|committed|baked|shipped|included)\b",
                r"|\bwhat happens (?:if|when)\b|\bwhat (?:do i|do we|does it|does one) (?:need|have) (?:to (?:put|add|write|set) )?in\b|\bthe minimum (?:i |we |you )?(?:need|required)\b|\bwhat(?:'s| is) the minimum\b",
                r"|\b(?:precedence|priority|overrides?|fall ?back|falls back|resolution order|lookup order|search order|wins|which one)\b",
                r"|\b(?:does|do|will|would|can|could) (?:the |a |an |our |my |this |that )?(?:[^\s?!.,;]+(?:\.[^\s?!.,;]+)* ){1,4}?(?:read|load|use|prefer|pick up|look for|check|find|support|accept|honou?r|override|respect|ignore)s?\b[^?\n]{0,160}\?",
                r"|\bis it (?:better|safer|preferable|recommended|wise|smarter|worth it|common|standard|normal) to\b",
                r"|\b(?:secrets? manager|key ?vault|parameter store|keychain|keyring|1password|hashicorp vault)\b",
                r"|\bshould (?:we|i|you|teams?) (?:ever )?(?:move|migrate|keep|rotate|use|switch)\b",
                r"|\bpre-commit\b|\bgitleaks\b|\bdetect-secrets\b|\btrufflehog\b|\bgit-secrets\b",
                // How a tool picks one (`how does the CLI decide which connection …`), what a
                // field is supposed to hold, how its parts relate, a made-up example asked for.
                r"|\bhow (?:does|do|will|would) (?:the )?(?:\S+ ){0,3}?(?:decide|choose|pick|select|determine|resolve|know)\b",
                r"|\b(?:field|key|setting|option|entry|parameter|value)s? (?:\S+ ){0,4}?(?:supposed|meant|expected) to be\b",
                r"|\bhow (?:\S+ ){1,6}?(?:relate|fit together|interact|work together|tie together)\b",
                r"|\bexplain (?:it |this |that )?with (?:a |an )?(?:made[- ]up |fake |dummy |fictional |toy |sample )?example\b",
                // Metadata only: `I just want to see owner and mode`.
                r"|\b(?:owner|owners|mode|modes|permissions?|perms|group)(?:,? (?:and|&|or) (?:the )?(?:owner|owners|mode|modes|group|permissions?|perms|size))+\b",
                r"|\bhow (?:do|can|should|would) (?:i|we|you|one) (?:\S+ ){0,6}?(?:make|flag|detect|block|catch|keep|exclude|lock|restrict|fix|verify|point|switch|move|generate|create|register|set|add|ignore|change|update|hide|structure|organi[sz]e|split|name|arrange|manage|separate|build|open|get|establish|initiali[sz]e|connect|authenticate|define|lay out|tighten|harden|limit)\b",
                // What a `key = value` line does; a setting written in; a file pointed at a
                // variable instead of a secret; documentation written about one.
                r"|\bwhat (?:does|do) (?:the |a |an )?(?:\S+ ){0,4}?\S*=\S*(?: \S+){0,2}? (?:do|mean|control|change)\b",
                r"|\bset \S+ ?= ?\S+ (?:in|under|inside)\b",
                r"|\b(?:configure|set up|change|update|make|point|edit|modify|switch)\b[^?!\n]{0,80}?\bto (?:use|read|pull|take|reference|get)\b[^?!\n]{0,80}?(?:\$\{?[a-z_][a-z0-9_]*\}?|\benv(?:ironment)? var(?:iable)?s?\b|%[a-z_]+%)",
                r"|\b(?:add|append|put|list)\b[^?!\n~/\\]{0,80}\b(?:to|in|into) (?:the |our |my |a )?\.?(?:gitignore|dockerignore|npmignore|gcloudignore)\b",
                r"|\b(?:validate|lint|syntax[- ]check)\b[^?!\n]{0,80}\b(?:only|just) (?:the )?(?:syntax |parse |parsing )?errors\b",
                r"|\bwrite (?:a |an |some |the |our )?(?:\S+ ){0,3}?(?:section|readme|contributing|docs?|documentation|guide|note|policy|paragraph|checklist|wiki page|page|runbook|faq|announcement|reminder|memo|email|slide|post)\b",
                // A check that something does *not* carry a file, the values a setting accepts, a
                // leak already made (see the macro).
                "|",
                absence_values_or_leak!(),
                // Advice on handling one (`what's the right way to mount ~/.aws read-only into
                // a container?`): what the answer then does to the file is for `acting`.
                r"|\bwhat(?:'?s| is) the (?:right|best|correct|proper|safest|recommended|standard|usual|cleanest) way to\b",
            ))
            .ok()?;
            // Apart from `topic`, whose compiled size it would push over the limit.
            let elsewhere = Regex::new(words::MORE_QUESTION_TOPICS).ok()?;
            // Phrases that name a reading verb without reading (besides negated ones, see
            // `without_negated_reads`): the question itself, or output that is not the file
            // (`show me the snippet with a placeholder`).
            let cleared = Regex::new(concat!(
                r"\bis it (?:ever )?(?:ok|okay|safe|fine|allowed|acceptable|a good idea|bad practice|good practice) to \w+",
                r"|\bshould (?:we|i|you|teams?) (?:ever )?\w+",
                // `a path to the .p8 or the key contents?`: what a setting holds, asked.
                r"|\b(?:a |the )?path (?:\S+ ){0,4}?or (?:the |its |a )?(?:\S+ )?contents?\b|\bcontents? or (?:a |the )?path\b",
                r"|\b(?:give|show|write|draft|generate|create|make) (?:me )?(?:an? |the )?(?:[\w-]+\.(?:json|ya?ml|toml|ini|cfg|conf) |settings |config |configuration |yaml |json |toml )?(?:template|skeleton|example|sample|snippet|placeholder)\w*|\b(?:too|more|less) open\b",
                r"|\bhow (?:do|can|should|would) (?:i|we|you|one) (?:[^.?!\n]|\.\S)*[.?!]?",
                // `… 보관하는 방법을 알려 줘`: the way asked for, in Korean.
                r"|(?:방법|절차)[을를]? ?(?:좀 )?(?:알려|설명해)",
                // `… 어디에 있어야 하는지 … 바꿀 수 있는지 알려줘`: where, or whether, told.
                r"|(?:어디|위치|경로|권한|수 있|수 없)[^.?!\n]{0,40}?(?:는지|은지|인지)[^.?!\n]{0,6}?알려 ?(?:줘|주세요|줄래)?",
                // `just give me the openssl command`: a command to run, not the file; `keeps
                // showing up in advisories`.
                r"|\bgive (?:me|us) (?:just )?(?:the |an? )?(?:\S+ )?(?:command|commands|one-liner|snippet|steps|syntax)\b|\bshow(?:s|ing|ed)? up\b|\b(?:i'?ll|i will|we'?ll|we will|let me) run (?:it|them|that|this)(?: myself| ourselves| manually| locally)?\b",
                r"|\b(?:show|tell|teach) (?:me |us )?how to (?:[^.?!\n]|\.\S)*[.?!]?",
                // `replaces every password value with *** before I share it`: the values
                // blanked, not read, and what is shared is the blanked file.
                // `I need to attach my connections.toml to a support ticket. Give me a sed
                // command that replaces every password … with ***`: attached once blanked.
                // The words between are fixed: a read there (`… ticket. cat it, then replace …`)
                // is not swallowed.
                r"|\b(?:i|we) (?:need|want|have|plan) to (?:attach|upload|share|send) (?:my|our|the) \S+ to (?:a |the |our )?(?:support )?(?:ticket|case|issue)[.,;:]?\s*(?:(?:please )?(?:give|write|show) (?:me|us) )?(?:a |an )?(?:sed |awk |python |shell |bash |perl |jq |powershell )?(?:command|script|one-liner|snippet)? ?(?:that|which|to)? ?(?:replace|replaces|mask|masks|redact|redacts|scrub|scrubs)\b[^.?!\n]{0,60}\b(?:values?|passwords?|secrets?|passphrases?|tokens?)\b[^.?!\n]{0,40}\bwith (?:\*+|x{3}|placeholders?|<[^>\n]{0,30}>|\[redacted\]|redacted|dummy \w+|fake \w+)(?:[^.?!\n]{0,20}?\bbefore (?:i|we) (?:share|send|attach|upload|post)\w*(?: (?:it|them))?)?",
                r"|\b(?:replace|replaces|mask|masks|redact|redacts|scrub|scrubs|blank|blanks|strip|strips)\b[^.?!\n]{0,60}\b(?:values?|passwords?|secrets?|passphrases?|tokens?)\b[^.?!\n]{0,40}\bwith (?:\*+|x{3}|placeholders?|<[^>\n]{0,30}>|\[redacted\]|redacted|dummy \w+|fake \w+)(?:[^.?!\n]{0,20}?\bbefore (?:i|we) (?:share|send|attach|upload|post)\w*(?: (?:it|them))?)?",
                r"|\bwhich (?:tools|programs|apps|clients|commands|libraries) (?:\w+ )?(?:read|use|load|parse)\w*(?: (?:it|them|these|those))?",
                r"|\b(?:does|do|will|would) [^\s?!.,;]+ (?:[^\s?!.,;]+ )?(?:read|load|use|prefer|pick up|look for|check)\b",
                r"|\b(?:give|show|write|draft|generate|create|make) (?:me )?(?:an? |the )?(?:format|structure|layout)\b",
                r"|\b(?:read|load|use|pull|fetch|get)s? (?:\S+ ){0,4}?(?:from|in|into|out of) (?:the |an? |my |our )?(?:\S+ )?(?:env|environment)(?: var(?:iable)?s?)?\b",
                r"|\b(?:use \S+ to )?load (?:the |our |my )?\S*\.env\b",
                r"|\b(?:source|\.) \S*\.env\b|\bset [-+]a\b",
                r"|\breads? (?:\S+ ){0,3}?from (?:an? |the )?(?:env_var|env var|environment variables?|os\.environ)",
                r"|\b(?:give|show|write|draft|generate|create|make) (?:me )?(?:an? |the )?(?:made[- ]up|fake|dummy|fictional|fictitious|placeholder) (?:template|skeleton|example|sample|snippet)\w*",
                r"|\b(?:print|show|list|output|give)(?:s|ing)? (?:me )?(?:(?:only|just) (?:the |their )?(?:keys|names|variable names|file ?names|paths|account id|arn|ids|counts?)(?: and (?:the )?(?:keys|names|paths|account id|arn|ids))?|(?:the |their )?(?:keys|names|variable names|file ?names|paths) only)\b",
                r"|\bwhy is (?:reading|opening|printing|logging|committing|sharing|exposing) (?:it|them|that file|this file|the file)\b",
                // Something else that reads it, named as a finding (`our scanner flagged a
                // dependency that reads /proc/self/environ`).
                r"|\b(?:a|the|this|that|our|some|one) (?:\S+ )?(?:dependency|package|library|tool|process|scanner|service|module|plugin|binary|program|container|image) (?:that|which) (?:reads|opens|loads|prints|logs|sends|dumps)\b",
                r"|\b(?:with )?(?:the )?(?:variables|vars|values|env vars|environment) (?:from|in) \S*\.env\S*(?: file)? loaded\b",
                r"|(?:表示|見せ|出力|開)(?:し)?(?:ないで|せずに|せず)|不要(?:显示|打印|输出)",
                // `내용은 출력하지 말고`: not printed, in Korean.
                // `Dame el comando chmod correcto`: a command asked for, in other languages.
                r"|\b(?:dame|d[ée]me|gib mir|donne[- ]moi|dammi|me d[êe]|geef me|daj mi|podaj|дай мне|дай мені) (?:el |la |den |die |das |le |il |o |a |het |de )?(?:\S+ )?(?:comando|commande|befehl|orden|commando|polecenie|команду|kommando)\b",
                r"|\b(?:içeriğini|icerigini|içeriği|icerigi) (?:gösterme|gosterme|yazdırma|yazdirma)\b|\b(?:visa|skriv ut) (?:inte|aldrig) (?:innehållet|innehallet)\b",
                // `а не хранит auth в base64`: base64 as how a file stores a value, not an encoding
                // asked for.
                r"|\b(?:stores?|stored|keeps?|хранит|хранятся|хранить|зберігає|speichert|almacena|stocke|armazena|memorizza)\b[^.?!\n]{0,24}?\b(?:в |in |en |em |im )?base64\b",
                // `sin mostrar el contenido`, `而不显示文件内容`: not shown, in other languages.
                r"|\b(?:sin (?:mostrar|imprimir|ense[ñn]ar|leer)|sans (?:afficher|montrer|imprimer|lire)|ohne (?:den inhalt |es |sie )?(?:anzuzeigen|zu zeigen|auszugeben|zu lesen)|senza (?:mostrar|stampar|legger)\w*|sem (?:mostrar|imprimir|exibir|ler)|zonder (?:de inhoud |het )?(?:te tonen|te laten zien|te printen|te lezen)|bez (?:wy[śs]wietlania|pokazywania|zobrazen[ií])|не (?:показывая|выводя|показуючи|виводячи))\b(?: (?:el|le|la|den|o|a|il|de|het) (?:contenido|contenu|inhalt|conte[úu]do|contenuto|inhoud))?(?: (?:zawarto[śs]ci|содержимого|вмісту|obsahu))?|(?:выводить|показывать|печатать|виводити|показувати) (?:их |його |їх )?не (?:нужно|надо|треба|потрібно)|(?:不要|不|别|無需|无需|而不)(?:显示|顯示|打印|输出|輸出|读取|讀取)",
                r"|(?:출력|표시|복사|전송|공유|붙여넣기)하지 ?(?:말고|마세요|마|말아|않)|(?:보여|읽어|보내)\s?주지 ?(?:말고|마)|(?:보이|읽)지 ?(?:말고|마)",
                // An error message quoted, and when it happens (`throws "Bad decrypt" when loading
                // rsa_key.p8`): what a program said, not a request to read.
                r#"|\b(?:throws|threw|raises|raised|errors? out with|fails with|failed with|failing with|complains)(?: me| an?| the)?(?: error| exception| message)?:? ["'“][^"'”\n~/$`|]{0,160}["'”]"#,
                r"|\bwhen (?:it is |it's |i'?m |we'?re )?(?:loading|parsing|decrypting) (?:the |my |our |a )?\S+",
                // `print the SHA256 fingerprint`: what is shown is not the file.
                r"|\b(?:print|show|display|give|output|compute|get|calculate)(?: me)? (?:only )?(?:the |its |a )?(?:sha-?256 |sha-?1 |md5 )?fingerprints?\b",
                r"|\b(?:show|print|display|give|paste|output|cat|send)(?:s|es)?(?: me| us)? (?:only |just )?(?:the |its )?(?:public key|public half|public part|pub key|\S+\.pub)\b(?: only)?",
                // The questions of the classes above: `is it better to keep …`, `does the
                // connector read …?`, `which env var points …`, values made up for an example,
                // steps described rather than taken.
                r"|\bis it (?:better|safer|preferable|recommended|wise|smarter|worth it|common|standard|normal) to \w+",
                r"|\b(?:does|do|will|would|can|could) (?:the |a |an |our |my |this |that )?(?:[^\s?!.,;]+(?:\.[^\s?!.,;]+)* ){1,4}?(?:read|load|use|prefer|pick up|look for|check|find|support|accept|honou?r|override|respect|ignore)s?\b",
                r"|\bwhich (?:tools|programs|apps|applications|clients|commands|libraries|sdks?|clis?|extensions|plugins) (?:\w+ )?(?:read|use|load|parse|open)\w*(?: (?:it|them|these|those))?",
                r"|\b(?:placeholder|fake|dummy|example|sample|made[- ]up|fictional|fictitious|empty|blank) values?\b",
                // `Mostre um exemplo apenas com valores fictícios`: an example shown, in other
                // languages.
                r"|\b(?:mostre|mostra|mostrar|muestra|muéstrame|muestrame|montre|montrez|zeig|zeige|zeigen|toon|mostrami|dame|dê|donne|donnez|gib|dammi|geef)\b(?:[- ](?:me|moi|mir))? (?:um|uma|un|una|une|ein|eine|einen|een|uno)\b (?:\S+ )?(?:exemplo|ejemplo|exemple|beispiel|esempio|voorbeeld|modelo|modèle|vorlage)\b",
                r"|\b(?:valores|valeurs|werte|valori|waarden) (?:inventad[oa]s|ficticios|fictícios|fictifs|fictives|fiktive|fittizi|falsos|falsi|d'exemple|de ejemplo|de exemplo|di esempio)\b",
                // `so we stop storing base64 auths in the file`: what the file should no longer hold.
                r"|\bstop (?:storing|keeping|putting|saving|writing) (?:\S+ ){0,3}?(?:in|into) (?:the|this|that|a|our) (?:file|config)\b",
                r"|\b(?:stop|stops|no longer) (?:living|being stored|sitting|being kept)(?: [\w']+)?",
                r"|\b(?:outline|list|describe|explain|walk (?:me|us) through) (?:the )?steps to (?:[^.?!\n]|\.\S)*[.?!]?",
                // A hook's name is not a commit; what a file *usually* contains is its format,
                // and so is what a kind of file holds; a file staged for a commit is not a commit.
                r"|\bpre-commit\b|\bgit-secrets\b",
                r"|\b(?:staged|queued|added|ready) (?:for|to) (?:a |the |the next |next )?(?:commit|push)\b",
                r"|\bpre-push\b|\b(?:reject|rejects|block|blocks|fail|fails|abort|aborts|stop|stops|refuse|refuses|deny|denies) (?:the |a |any |every )?(?:push|commit|merge)(?:es|s)?\b",
                "|",
                about_the_kind_of_file!(),
                r"|\b(?:usually|typically|normally|generally|ordinarily|should|must|can|may|would) (?:contain|hold|store|have|say)\b",
                // A template copied into place (`tell them to copy it to ~/.dbt/profiles.yml`),
                // docs being read, a statement or a document's parts asked for (`give me the
                // ALTER USER … statement`, `include a naming convention`), a public key pasted
                // into `ALTER USER`.
                r"|\b(?:copy|cp|rename|move) (?:the |this |that |our )?(?:template|example|sample|skeleton)s? (?:file )?(?:over )?(?:in)?to\b",
                r"|\b(?:copy|cp|take|use)\b (?:the |a |our )?(?:[\w.-]+ ){0,3}?(?:template|example|sample|skeleton)s? from (?:the )?(?:docs|documentation|manual|readme|guide|website)\b",
                r"|\b(?:tell|telling|tells|instruct\w*|ask\w*) (?:them|people|users|the team|contributors|new hires|everyone) (?:how )?to (?:copy|cp|move|rename) (?:it|this|that|the (?:template|example|sample|skeleton))(?: over)? (?:in)?to\b",
                r"|\b(?:i'?m|i am|we'?re|we are|i was|i've been) reading (?:through )?(?:the |some )?(?:docs|documentation|manual|man page|guide|readme|spec)\b",
                r"|\bgive (?:me|us) (?:the |an? )?(?:alter|create|grant|revoke|desc|describe|select|sql|ddl|openssl|ssh-keygen)\b[^.?!\n]{0,60}?\b(?:statement|command|query)s?\b",
                r"|\binclude (?:a |an |the )?(?:naming convention|section|step|note|example|placeholder|comment|table|checklist|diagram|rollback plan)\b",
                r"|\bpaste (?:it|them) (?:in|into) (?:the |an? )?alter user\b",
                "|",
                absence_values_or_leak!(),
                // Output that is not the file: the secret kept out of it (`instead of being
                // pasted in`), what a file is for (`a .pypirc for uploading to our index`),
                // which files exist, which half is safe to share, names listed.
                r"|\binstead of (?:being |getting )?(?:pasted|hard-?coded|inlined|embedded|stored|written|committed|kept)\b",
                r"|\binstead of (?:storing|keeping|writing|putting|pasting|hard-?coding|embedding|committing)(?: [\w-]+){0,4}",
                r"|\bfor (?:uploading|publishing|pushing|pulling|downloading|installing|logging in|authenticating|connecting)\b",
                r"|\b(?:show|list|tell)(?: me| us)? (?:which|what) files? (?:exist|are there|are in)\b",
                r"|\bwhich (?:one|file|key|half) (?:is |should (?:be )?)?(?:\S+ )?(?:ok|okay|safe|fine|allowed|meant) to \w+",
                r"|\bredirect (?:the )?output\b",
                // What a lint rule or a review catches (`a rule that flags steps which print a
                // secret reversed`): the output it looks for, not output asked for.
                r"|\b(?:flags?|flagging|detects?|detecting|catch(?:es)?|catching|rejects?|rejecting|blocks?|blocking|fails? on|warns? (?:on|about)|alerts? on)\b (?:any |every |all |the |our )?(?:\S+ ){0,3}?(?:steps?|lines?|commands?|jobs?|scripts?|calls?|commits?|changes?|prs?|pull requests?|workflows?)\b,? (?:that|which|where)\b[^.?!\n;]{0,160}",
                // `why do security tools flag processes reading it?`: someone else's read.
                r"|\b(?:flag|flags|flagged|detect|detects|alert on|alerts on|catch|catches|block|blocks|monitor|monitors) (?:\w+ ){0,2}?(?:processes|programs|apps|users|anyone|someone|tools|code|scripts)(?: that)? (?:read|reading|reads|open|opening|access|accessing)\b[^.?!\n]{0,30}",
                r"|\blist (?:just |only )?(?:the )?(?:connection|profile|host|target|section) names\b",
                // Code or configuration changed so that *it* reads a secret from a store
                // (`change our docker-compose file to read the password from Docker secrets`).
                "|",
                code_changed_to_read_a_secret!(),
                "|",
                non_secret_setting_shown!(),
                // Metadata, not contents: a listing line.
                r"|\b(?:show|print|give|output|paste)(?: me| us)? (?:only |just )?(?:the )?(?:ls -l|ls -la|stat) (?:line|output)\b",
                // Advice as the output (`show the env_var() syntax`, `give me the pros and
                // cons`), a scanner's finding told (`our scan flagged reads of …`), a commit as
                // a point in time (`before every commit`).
                "|",
                advice_asked!(),
                "|",
                finding_told!(),
                r"|\b(?:before|after|on|during|in|at) (?:every |each |a |the |any )?(?:commit|push|merge)(?:es|s)?\b",
                // Who else can read a file, asked (`can other users read /proc/<pid>/environ
                // of my process?`, `避免其他用户读取`); a public key's own output.
                "|",
                others_can_read!(),
                r"|(?:避免|防止|不让|禁止)[^，。？?,.]{0,12}(?:读取|查看|访问)|(?:他の|ほかの)ユーザー[^、。？?]{0,12}(?:読|見)",
                r"|\S*\.pub (?:output|file|line|contents?|key)\b",
                // Quotes as punctuation (`I never remember the quotes`).
                r"|\b(?:the|which|what|single|double|escaped?|smart|curly|with|without|no) quotes\b",
                // A yes/no answer, a header line checked, only errors reported.
                r"|\b(?:print|echo|output|say|return)s? (?:only )?[\x22']?(?:set|unset|yes|no|true|false|present|missing|exists|ok)[\x22']? (?:or|/) [\x22']?(?:set|unset|yes|no|true|false|present|missing|ok)[\x22']?(?: only)?",
                r"|\b(?:check|see|verify|confirm) (?:whether|if) the (?:first|header) line (?:says|is|reads|contains|starts with) [\x22']?begin\b",
                r"|\breport (?:only|just) (?:the )?(?:syntax |parse |parsing )?errors\b",
                r"|\b(?:never|not|don'?t|do not|avoid)(?: to)? (?:commit|committing|push|pushing|check in|checking in|share|sharing)\b",
                // What such a file holds, asked with why it is sensitive or why guides say not to
                // expose it: a question about the kind of file (`what does /proc/self/environ
                // contain and why is it sensitive?`).
                r"|\bwhat (?:does|do) [^?\n]{0,100}?\bcontain\b[^?\n]{0,20}?\bwhy\b[^?\n]{0,60}?\b(?:sensitive|dangerous|secret|risky|a risk|private|protected|(?:not|never) to (?:expose|share|mount|leak|log|publish|print|read)|(?:advise|advises|warn|warns|recommend|recommends) against)\b",
                // A question about what a command printed (`why does ls -l … show a plus sign?`).
                r"|\b(?:why|when) (?:does|do|did) [^?\n]{0,80}?\b(?:show|print|display|say|list|output|return)\b",
            ))
            .ok()?;
            let acting = Regex::new(&[concat!(
                r"\b(?:cat|prints?|println|printf|puts|reads?|shows?|paste|upload|send|copy|opens?|dumps?|display|output|contents?|values?|head|tail|load|echo|grep|type|decrypt|cp|mv|scp|reveal|commit|push|share|attach|email|post|sync|rsync|include|encode|base64|summari[sz]e|extract|what'?s in|tell me what)\b",
                // The same verbs told of a program (`a script that … posts the profiles to Slack`).
                r"|\b(?:pastes|uploads|sends|displays|outputs|loads|echoes|decrypts|reveals|commits|pushes|shares|attaches|emails|posts|syncs|includes|encodes|summari[sz]es|extracts)\b",
                // Other ways to ask for a file or its secret (the review of round 15): repeat
                // it, return it, let me see it, in full, the password, its lines; being the
                // program that prints it; the same in French and Korean.
                r"|\b(?:repeat\w*|restat\w*|returns?|returning|let me see|in full|unchanged|verbatim)\b|\b(?:whole|full|entire|complete) (?:updated )?(?:file|contents?|thing)\b",
                r"|\band the (?:passwords?|passphrases?|secrets?|tokens?|private keys?) (?:line|field|setting|value|entry)s?\b|\b(?:passwords?|passphrases?|secrets?|tokens?)(?: (?:line|field|setting|value|entry)s?)? (?:included|too|as well|under each|for each|of each)\b|\bwhat'?s the (?:password|passphrase|secret|token|key)\b|\b(?:its|their) (?:\w+ )?lines\b",
                r"|\b(?:act|acting|behave|pretend|pose|serve) as\b|\byou are (?:a|an|the) (?:\S+ )?(?:service|program|process|tool|script|reader)\b|\bto (?:the|this|your) (?:chat|answer|reply|response|conversation)\b",
                r"|\b(?:affiche|montre|donne|copie|envoie|lis|colle|imprime)z?(?:-le|-la|-les|-moi)?\b|알려|보여|출력|읽어|복사|보내",
                // The contents asked for in other languages (`Mostre o conteúdo completo do meu
                // arquivo`, `je veux le contenu`).
                r"|\b(?:conteúdo|conteudo|contenido|contenu|inhalt|contenuto|inhoud|zawartość|zawartosc|содержимое|içeriğ\w*)\b|\b(?:valores reais|valores reales|vraies valeurs|echten werte|valori reali|echte waarden)\b|\b(?:mostre|mostra|muestra|muéstrame|muestrame|montre|zeig|zeige|stampa|exiba|imprime|imprima)\b[^.?!\n]{0,30}?\b(?:arquivo|archivo|fichier|datei|file|bestand)\b",
                // The same in Japanese and Chinese (shown, its contents, pasted, sent, read).
                r"|表示|見せ|出力|貼り付け|コピー|送って|送信|読んで|読み取|显示|打印|输出|发送|复制|读取|粘贴",
                // The same verbs as gerunds (`by reading it`, `start by pasting …`).
                // A secret put into what is asked for (`… statement with the key pasted in`).
                r"|\b(?:pasted|inlined|embedded|filled in|substituted)\b",
                r"|\brender\w*|\bst\.(?:write|json|table|dataframe|code|text|markdown)\(|\bconsole\.(?:log|dir|table)\(|\b(?:printing|reading|showing|pasting|uploading|sending|copying|opening|dumping|displaying|outputting|loading|echoing|grepping|decrypting|revealing|attaching|emailing|posting|encoding|summari[sz]ing|extracting|catting)\b",
                // More ways to read or move it: a pager or a filter run on a path (not prose:
                // `curl to accept it`, `less than 600`), a stage
                // (`@keys_stage`, `file://`), a table, other verbs that take the contents.
                r"|(?:^|[\s;&|(`])(?:less|more|bat|xxd|hexdump|od|strings|nl|cut|awk|sed|sort|uniq|base32|gzip|zip|tar|7z|xclip|pbcopy|clip|curl|wget|nc|netcat|ftp|sftp|gsutil|azcopy)\s+(?:-\S+\s+)*[^\s~/.$%]*[~/.$%]",
                r"|(?:^|[\s'\x22(])@[~%\w]|\bfile://",
                r"|\b(?:view|inspect|parse|convert|import|export|backup|back (?:it |them )?up|archive|insert|exfiltrat\w*|forward|transfer)\b",
                r"|\b(?:store|keep|save|put|write|insert)\b[^.?!\n]{0,40}?\b(?:in|into|to) (?:a |the |my |our )?(?:snowflake )?(?:table|stage|column|variant)\b",
                // Asking for the secret itself, or for what one's own file holds: `what's the
                // password in …`, `what does my ~/.aws/config say`, `using the values from my
                // actual file`, `paste mine`, `… and the private key`.
                r"|\bwhat(?:'s| is| are)? (?:the |my |our )?(?:\S+ ){0,3}?(?:password|passphrase|secret|token|aws_secret_access_key|secret access key|api key|access key(?: id)?|private key|login)s?(?: that)?(?: is| are)? (?:set |stored |saved |configured |used |listed |written )?(?:in|for|inside|under)\b",
                r"|\bwhat (?:does|do) (?:my|our) [^?.\n]{0,80}?\b(?:say|says|contain|contains|have|has|hold|holds|list|set)\b",
                r"|\bmine\b|\bmy (?:actual|real|own|current|local|existing) (?:file|config|one|values|settings|credentials|keys?)\b",
                r"|\btell me (?:the|my|which) (?:\S+ ){0,3}?(?:password|secret|token|key|login)s?\b|\bgive (?:me|us)\b",
                r"|\b(?:contain|contains|have|has|hold|holds|say|says|set|use|uses)\b (?:for|as) (?:the |its |my |a )?(?:password|passphrase|secret|token|private key|api key|secret key|aws_secret_access_key)\b",
                r"|\b(?:and|plus|also|both|as well as|along with|together with) (?:the |its |my )?(?:private|secret)\b",
                r"|\b(?:and|plus|as well as|along with|together with) (?:the |its |their )?(?:passwords?|passphrases?|tokens?|secrets?|logins?) (?:for|of|in|from) (?:each|every|all|them|it)\b",
                // Reading told in other words: going through, quoting or reproducing the file,
                // answering with it, checking a secret in it, its lines or its entries.
                r"|\bgo(?:ing)? (?:through|over)\b|\blook(?:ing)? (?:at|in|inside|into|over|through)\b|\bpeek\w*|\bglance at\b|\bskim\w*",
                r"|\bquot(?:e|es|ing)\b|\bverbatim\b|\bword for word\b|\bas-is\b|\braw (?:text|file|contents?|key|bytes|output)\b|\breproduc\w*|\btranscrib\w*|\brecit\w*|\bspell(?:ing)? (?:it |them )?out\b",
                r"|\b(?:respond|reply|answer) with\b|\bin(?:to)? (?:the|this|your|a) (?:chat|answer|reply|response|conversation|ticket|doc|document|report|email|message|channel|issue|wiki|slack)\b",
                r"|\bgrab\w*|\bstick (?:it|them)\b|\bdrop (?:it|them)\b|\bpull (?:it |them )?up\b",
                // Listing is reading once a secret is among what is listed.
                r"|\b(?:list|lists|enumerate)\b[^.?!\n]{0,60}?\b(?:passwords?|secrets?|tokens?|passphrases?|aws_secret_access_key|private keys?|secret keys?|access keys?)\b",
                r"|\bwhat (?:does|do) [^?\n]{0,100}?\b(?:contain|hold|store|say)\b|\bwhat(?:'?s| is| are) (?:in|inside)\b",
                r"|\b(?:password|passphrase|secret|token)s? (?:\S+ ){0,6}?(?:match|matches|equals?|is still|is correct)\b",
                r"|\benumerat\w*|\bitemi[sz]\w*|\bline by line\b|\b(?:each|every|first|last) line\b|\blines in my\b",
                r"|\b(?:tell me|check|see|confirm|verify) (?:if|whether) (?:the |my )?(?:\S+ ){0,3}?(?:login|password|token|key|secret|entry|profile|host|user)s?\b",
                // Access widened: others let in is the file spread (`make ~/.aws/credentials
                // readable by everyone`, `chmod o+r`, `chmod 644`).
                r"|\b(?:make|makes|making|set|let|leave|allow|open)\b[^.?!\n]{0,60}?\b(?:readable|accessible|visible|writable|writeable|open|available) (?:by|to|for) (?:everyone|everybody|all|anyone|others|other users|the world|all users|the group|group|world|every user|any user)\b",
                r"|\bchmod\s+(?:-\S+\s+)*(?:(?:[ugoa]*[goa])?[+=][wxst]*r|0?[0-7](?:[4-7][0-7]|[0-7][4-7]))\b",
                r"|\busing (?:the )?(?:lines|entries|values|contents?|data|text) (?:in|from|of)\b|\bmy (?:own |actual |real |current |local )?(?:file|files|copy)\b|\b(?:their|its) (?:keys|values|passwords|tokens|secrets|credentials|access keys)\b",
                "|",
            ), words::READING_ELSEWHERE].concat())
            .ok()?;
            // A request put to the agent as a question (`can you read ~/.aws/credentials?`,
            // `could you open it and check`): the tool question `does X read …?` it resembles is
            // cleared above, so this is checked before clearing.
            let addressed = Regex::new(
                r"\b(?:can|could|would|will|do|does) (?:you|u|ya|cortex|the agent|the assistant)(?: please| just| quickly| also| maybe)? (?:read|load|use|open|cat|print|show|check|look|get|grab|fetch|pull|take|go through|parse|scan|inspect|view|see|tell|give|paste|send|upload|copy|find|list|dump|display|output|summari[sz]e|extract|access)\b",
            )
            .ok()?;
            Some(([topic, elsewhere], cleared, acting, addressed))
        })
        .as_ref()
    else {
        return false;
    };
    if !topic.is_match(&lower) && !elsewhere.is_match(&lower) {
        return false;
    }
    let unnegated = without_negated_reads(&lower);
    if addressed.is_match(&unnegated) {
        return false;
    }
    let rest = cleared.replace_all(&unnegated, " ").into_owned();
    // `mount it read-only`, `&& echo yes`: no reading of the file.
    let rest = [
        "read-only",
        "read only",
        "readonly",
        "echo yes",
        "echo ok",
        "echo exists",
        "echo found",
        "echo missing",
        "echo no",
        "echo set",
        "echo unset",
        "echo defined",
        "echo present",
        "echo empty",
        "no echo",
        "grep -c",
        "grep -l",
        "grep -q",
        "grep --count",
        "grep '^\\['",
        "grep \"^\\[\"",
    ]
    .iter()
    .fold(rest, |r, p| r.replace(p, " "));
    let rest = code_reads_for_its_own_use(&lower, rest);
    let rest = without_a_diff_shown(&lower, rest);
    !acting.is_match(&rest)
}

/// `rest` without `show me the diff` when nothing is staged or committed (`add .env to
/// .gitignore and show me the diff`): the diff of an ignore file holds names, while the diff
/// of a file just added (`git add .env and print the diff`) holds its contents.
fn without_a_diff_shown(lower: &str, rest: String) -> String {
    if ["git add", "git stage", "commit", "add -f", "--force"]
        .iter()
        .any(|w| lower.contains(w))
    {
        return rest;
    }
    static RE: OnceLock<Option<Regex>> = OnceLock::new();
    match RE
        .get_or_init(|| {
            Regex::new(r"\b(?:show|print|display|give)(?: me| us)? the (?:resulting |final |full )?(?:diff|patch)(?:$|[.!,;)])").ok()
        })
        .as_ref()
    {
        Some(re) => re.replace_all(&rest, " ").into_owned(),
        None => rest,
    }
}

/// Does the prompt run a command (or ask for its output), rather than only name it? A verb the
/// prompt negates (`don't print the key to the terminal`) runs nothing. Fails closed: if the
/// expression failed to build, every prompt runs one.
pub(super) fn runs_a_command(prompt: &str) -> bool {
    let unnegated = without_negated_reads(&prompt.to_lowercase());
    static RE: OnceLock<Option<Regex>> = OnceLock::new();
    RE.get_or_init(|| {
        Regex::new(
            r"(?i)\b(?:run|runs|running|ran|execute|executes|executing|exec|invoke|invokes|invoking|call|calls|calling|type|try|tries|trying|use|uses|using|paste|pasting|show|print|output|give|tell|send|share|post|return|capture|pipe|result|results)\b|[`|>]|\$\(|&&",
        )
        .ok()
    })
    .as_ref()
    .is_none_or(|re| re.is_match(&unnegated))
}

/// Code written to read a secret for its own use (`write a helper that reads the key path from
/// …, loads it and passes it to connect`): the code reads it, the conversation does not, so the
/// code's reading verbs are set aside. What the code then does with the secret (prints, logs,
/// returns, sends it) is still judged, and so is a request to run it. Fails closed: without the
/// frame, or if the expressions failed to build, `rest` is returned unchanged.
fn code_reads_for_its_own_use(lower: &str, rest: String) -> String {
    static RES: OnceLock<Option<(Regex, Regex)>> = OnceLock::new();
    let Some((frame, reads)) = RES
        .get_or_init(|| {
            let frame = Regex::new(concat!(
                r"\b(?:write|create|build|generate|draft|make|add|implement)\b (?:me |us )?(?:a |an |some |the |our )?(?:small |simple |tiny |short )?",
                r"(?:python|bash|shell|go|rust|java|node|typescript|javascript|scala|snowpark|airflow|dbt|terraform)? ?",
                r"(?:helper|function|script|snippet|class|module|program|loader|tool|cli|job|method|handler|wrapper|lambda|dag|operator|connector|util(?:ity)?)s? (?:that|which|to)\b",
            ))
            .ok()?;
            let reads = Regex::new(
                r"\b(?:reads?|loads?|opens?|parses?|pass(?:es)?|uses?|gets?|fetch(?:es)?|pulls?|takes?|decrypts?|reading|loading|opening|parsing|passing)\b",
            )
            .ok()?;
            Some((frame, reads))
        })
        .as_ref()
    else {
        return rest;
    };
    // A request to run the code (`… and run it`) is a read by the agent after all.
    if !frame.is_match(lower) || lower.contains("run it") || lower.contains("execute it") {
        return rest;
    }
    returns_a_handle(&reads.replace_all(&rest, " "))
}

/// What code hands back when it only used a secret (`… and returns a connection object`).
fn returns_a_handle(rest: &str) -> String {
    static RE: OnceLock<Option<Regex>> = OnceLock::new();
    match RE.get_or_init(|| Regex::new(r"\breturns? (?:a |an |the )?(?:\S+ )?(?:connection|session|client|engine|cursor|handle|boolean|bool|status|exit code)s?(?: object)?\b").ok()) {
        Some(re) => re.replace_all(rest, " ").into_owned(),
        None => rest.to_string(),
    }
}

mod named;
mod objects;
mod words;

use words::{
    CONTENT_WORDS, DISGUISE_WORDS, MASKING_WORDS, QUESTION_HINTS, READING_WORDS, SECRET_WORDS,
};

pub(super) use named::{
    credential_described, credential_named_in_words, credential_variable, encoded_path,
    prints_environment, secret_field_of_a_file, secret_variable_in_prose,
};
pub(super) use objects::credential_object_in_words;

#[cfg(test)]
mod tests;
