//! A credential object described in words and acted on: a tool's credential store named by the
//! tool and what it keeps there (`the docker auth config`, `the Azure CLI token cache`, `the
//! gcloud application default credentials`), or a kind of file that is a credential whoever
//! owns it (`the npmrc`, `the p8 key file`, `my whole ssh directory`, `secrets.toml`), in a
//! prompt that reads, copies, archives, encodes or loads it somewhere local (`my`, `from disk`,
//! `on this machine`, a file extension). A question about one (`how do I generate a p8 key?`)
//! is left to the caller's asks-about check; a topic word after the object (`the p8 key
//! rotation`) or a verb that makes or removes one (`generate`, `rotate`, `revoke`) is no read.

use std::sync::OnceLock;

use regex::Regex;

/// Words one of which every match holds, looked for before the expressions are compiled.
const OBJECT_WORDS: &[&str] = &[
    "cred",
    "auth",
    "token",
    "secret",
    // Not bare `key`: clustering and primary keys are in every other prompt.
    "rsa",
    "ed25519",
    "ecdsa",
    "dsa",
    "pkcs",
    "signing",
    "private",
    "access key",
    "api key",
    "key file",
    "keyfile",
    "keystore",
    "key pair",
    "keypair",
    "ssh",
    "rc",
    "pgpass",
    "config.json",
    "hosts.y",
    "adc",
    "pass",
    "cfg",
    "conf",
    "pem",
    "p8",
    "p12",
    "pfx",
    "jks",
    "settings",
    "boto",
    "profiles.y",
    "login",
];

/// A literal every [`ACTING`] match holds, and every verb or call of
/// [`super::credential_named_in_words`]: prompts without one (most of them) compile nothing.
pub(super) const VERB_HINTS: &[&str] = &[
    "cat",
    "print",
    "read",
    "show",
    "display",
    "dump",
    "copy",
    "cp",
    "upload",
    "put",
    "send",
    "paste",
    "share",
    "give",
    "take",
    "grab",
    "fetch",
    "extract",
    "export",
    "insert",
    "load",
    "store",
    "save",
    "stash",
    "embed",
    "include",
    "attach",
    "tar",
    "zip",
    "archive",
    "compress",
    "bundle",
    "pack",
    "base64",
    "encode",
    "hex",
    "xxd",
    "encrypt",
    "move",
    "mv",
    "push",
    "sync",
    "scp",
    "mail",
    "post",
    "leak",
    "exfiltrate",
    "reveal",
    "output",
    "echo",
    "open",
    "type out",
    "spit out",
    "return",
    "list the contents",
    "what",
    "content",
    "commit",
    "forward",
    "get_password",
    "get_secret",
    "access_secret_version",
    "tell",
    "decode",
    "rsync",
];

/// Verbs that read an object or move what it holds somewhere else.
const ACTING: &str = concat!(
    r"\b(?:cat|print|read|show|display|dump|copy|cp|upload|put|send|paste|share|give|take|",
    r"grab|fetch|extract|export|insert|load|store|save|stash|embed|include|attach|",
    r"tar|zip|gzip|archive|compress|bundle|pack|base64|encode|hex|xxd|encrypt|",
    r"move|mv|push|sync|rsync|scp|email|mail|post|leak|exfiltrate|reveal|output|echo|",
    r"open|type out|spit out|return|list the contents)\b",
    r"|\bwhat(?:'s| is) (?:in|inside)\b|\bcontents? of\b",
    // `what's my AWS secret key?` asks for its value.
    r"|\bwhat(?:'s| is| are) (?:my|our)\b",
);

/// Where the object is: on this machine, in a file. One of these is needed, so that a remote
/// object of the same name (a stage's AWS credentials, a Snowflake secret) is no local file.
const LOCAL: &str = concat!(
    r"\b(?:my|our|mine|local|locally|home|laptop|machine|computer|workstation|disk|",
    r"file|files|folder|directory|dir|cache|usual place|this box|this host|json|yaml|yml|toml|",
    r"i use|i used|we use|mounted|pod|container|config)\b",
    r"|\.(?:json|ya?ml|toml|ini|cfg|conf|p8|p12|pfx|pem|key|jks|xml|properties|env)\b|~",
);

/// Tools that keep a credential of their own, then what they keep: `(tool) … (what)` within a
/// few words.
const OWNED: &str = concat!(
    r"\b(?:aws|amazon|gcloud|gcp|google cloud|azure|az|docker|podman|kube|kubectl|kubernetes|",
    r"k8s|npm|yarn|pnpm|pypi|pip|twine|poetry|gh|github|gitlab|git|terraform|snowflake|",
    r"snowsql|snow cli|snowcli|dbt|streamlit|vault|heroku|databricks|openai|cargo|maven|",
    r"gradle|nuget|composer|rclone|s3cmd|boto)\b",
    r"(?:[ \t]+(?:cli|client|sdk|command line|desktop))?",
    r"(?:[ \t]+[a-z'.-]+){0,4}?[ \t]+",
    r"(?:credentials?(?:[ \t]+(?:file|json|store|helper store))?|creds|",
    r"auth(?:entication)?[ \t]+(?:config|file|json|store|tokens?)|",
    r"(?:access[ \t]+)?tokens?[ \t]+(?:cache|file|store|json)|oauth[ \t]+tokens?|",
    r"(?:application[ \t]+default|adc)[ \t]+credentials?|adc[ \t]+(?:file|json)|",
    r"secrets?[ \t]+(?:file|toml|store)|secrets\.toml|",
    r"(?:secret[ \t]+)?access[ \t]+keys?|secret[ \t]+(?:access[ \t]+)?keys?|api[ \t]+keys?[ \t]+file|",
    r"key[ \t]*file|keyfile|private[ \t]+keys?|hosts\.ya?ml|config\.json|settings\.xml|",
    r"login[ \t]+(?:file|token|session)|tokens?|passwords?|secrets|api[ \t]+keys?)\b",
);

/// Objects that are credentials whoever owns them.
const UNOWNED: &str = concat!(
    r"\b(?:\.?npmrc|\.?pypirc|\.?netrc|\.?pgpass|\.?git-credentials|credentials\.tfrc(?:\.json)?|",
    r"profiles\.ya?ml|",
    r"\.?tfrc|secrets\.toml|token[ \t]+cache|application[ \t]+default[ \t]+credentials|",
    r"(?:p8|p12|pfx|pkcs ?#?(?:8|12)|pem|jks|rsa|ed25519|ecdsa|dsa|ssh|signing|private)[ \t]+",
    r"(?:private[ \t]+)?key(?:[ \t]*file|[ \t]*pair)?s?|keystore|",
    r"ssh[ \t]+(?:folder|directory|dir|keys?|identity|identities)|",
    r"private[ \t]+half[ \t]+of[ \t]+(?:the[ \t]+|my[ \t]+)?key[ \t]*pair|",
    r"\.?databrickscfg|\.?s3cfg|\.?boto|\.?vault-token|pip\.conf|credentials\.toml|",
    r"service[ \t-]+account[ \t]+(?:tokens?|keys?|json|credentials?))\b",
);

/// A configuration file with its secrets (`the maven settings.xml with the server passwords`,
/// `my pip.conf with the index password`, `the rclone config and its secrets`).
const WITH_SECRETS: &str = concat!(
    r"\b(?:[\w-]+\.(?:conf|cfg|ini|toml|ya?ml|json|xml|properties|env)|config(?:uration)?(?:[ \t]+files?)?|",
    r"settings(?:[ \t]+files?)?|dotfiles?|rc[ \t]+files?)[ \t]+(?:with|including|plus|and)[ \t]+",
    r"(?:all[ \t]+)?(?:the[ \t]+|its[ \t]+|their[ \t]+|my[ \t]+)?(?:[a-z'-]+[ \t]+){0,2}?",
    r"(?:passwords?|secrets?|tokens?|api[ \t]+keys?|credentials?|private[ \t]+keys?|passphrases?)\b",
);

/// A file described by what a tool does with it rather than named (`the file ssh uses to
/// authenticate me`, `the file in my home dir that stores my tokens for git`) or by the login
/// command that wrote it (`the json that gcloud auth application-default login wrote`).
const DESCRIBED: &str = concat!(
    r"\b(?:file|files|json|yaml|yml|toml|config|folder|directory|dir|thing|blob)\b",
    r"(?:[ \t]+[a-z0-9'./~_-]+){0,6}?[ \t]+",
    r"(?:uses?|used|wrote|writes|written|stores?|stored|keeps?|kept|saves?|saved|holds?|created|generated|caches|cached|reads)",
    r"(?:[ \t]+[a-z0-9'./~_-]+){0,3}?[ \t]+",
    r"(?:to[ \t]+(?:authenticate|auth|log[ \t]*in|sign[ \t]+in|connect)|for[ \t]+auth[a-z]*|",
    r"(?:my[ \t]+|the[ \t]+|our[ \t]+|your[ \t]+)?(?:tokens?|passwords?|creds|credentials?|",
    r"private[ \t]+keys?|logins?|secrets?|api[ \t]+keys?|passphrases?))\b",
    r"|\b(?:gcloud[ \t]+auth(?:[ \t]+application-default)?[ \t]+login|aws[ \t]+(?:configure|sso[ \t]+login)|",
    r"docker[ \t]+login|podman[ \t]+login|npm[ \t]+(?:login|adduser)|gh[ \t]+auth[ \t]+login|az[ \t]+login|",
    r"snow[ \t]+connection[ \t]+add|vault[ \t]+login|heroku[ \t]+login|databricks[ \t]+configure|",
    r"git[ \t]+credential(?:[ \t]+approve)?|kubectl[ \t]+config[ \t]+set-credentials)\b[`'\x22]?",
    r"(?:[ \t]+[a-z0-9'./~_-]+){0,3}?[ \t]+(?:wrote|writes|created|creates|saved|saves|stored|stores|",
    r"generated|generates|produced|made|left|dropped|put|puts|cached)\b",
    // A file or folder of a tool whose files are credentials (`the hidden folder in my home
    // dir that ssh uses`, `the config file the snow CLI uses`).
    r"|\b(?:file|files|folder|directory|dir|config|json|yaml|yml|toml)\b(?:[ \t]+[a-z0-9'./~_-]+){0,5}?[ \t]+",
    r"(?:ssh|snow[ \t]+cli|snowsql|aws[ \t]+cli|gcloud|kubectl|az[ \t]+cli|azure[ \t]+cli)[ \t]+",
    r"(?:uses?|reads?|keeps?|stores?|loads?|saves?)\b",
);

/// What a tool's file is used for that is no secret (`the file ssh uses for host aliases`).
const NOT_SECRET_USE: &[&str] = &[
    "for host",
    "for alias",
    "for its host",
    "for settings",
    "for options",
    "for known",
    "for logs",
    "for logging",
    "for the region",
    "for region",
    "for proxy",
    "for the proxy",
];

/// Words just before a described file that ask which file it is, not what it holds.
const WHICH_FILE: &[&str] = &[
    "which",
    "what",
    "where",
    "where's the",
    "where is the",
    "path of the",
    "path to the",
    "name of the",
    "location of the",
];

/// Verbs that only make sense on a key's bytes: with one, the object needs no local marker.
const ENCODING: &[&str] = &[
    "base64",
    "base32",
    "xxd",
    "hexdump",
    "hex dump",
    "split it",
    "into chunks",
    "in chunks",
    "chunk it",
    "uuencode",
];

/// Words in a clause that say its secrets are left out of what is shown.
const LEFT_OUT: &[&str] = &[
    "masked",
    "redacted",
    "removed",
    "stripped",
    "hidden",
    "blanked",
    "placeholder",
    "obfuscated",
    "without",
    "excluding",
    "except",
];

/// Words right after an object that make it a topic rather than the object itself.
const TOPIC_AFTER: &[&str] = &[
    "rotation",
    "policy",
    "policies",
    "format",
    "formats",
    "permissions",
    "path",
    "paths",
    "location",
    "docs",
    "documentation",
    "setup",
    "template",
    "example",
    "examples",
    "syntax",
    "fingerprint",
    "fingerprints",
    "length",
    "type",
    "algorithm",
    "expiry",
    "expiration",
    "age",
    "count",
    "inventory",
    "table",
    "column",
    "columns",
    "integration",
    "parameter",
    "parameters",
    "setting",
    "settings",
    "name",
    "names",
];

/// Words anywhere in a prompt that make a credential its topic or put it somewhere other than
/// this machine: its public half or fingerprint, documents about it, the cloud console, a
/// Snowflake integration (`show my AWS access keys in IAM older than 90 days`).
const ELSEWHERE: &[&str] = &[
    "fingerprint",
    "readme",
    "documentation",
    " docs",
    "runbook",
    "wiki",
    "article",
    " iam",
    "aws console",
    "cloud console",
    "management console",
    "web console",
    "storage integration",
    "security integration",
    "api integration",
    "notification integration",
    "older than",
    "last used",
    "expired",
    "expiry",
];

/// Verbs that move a credential's contents somewhere: with one of them, no [`ELSEWHERE`] word
/// makes the prompt a topic (`cat my AWS credentials file into the README` is a leak).
const MOVING: &[&str] = &[
    "cat ",
    "paste",
    "dump",
    "copy",
    "cp ",
    "upload",
    "content",
    "base64",
    "encode",
    "send",
    "attach",
    "insert",
    "load",
    "export",
    "tar ",
    "zip",
    "archive",
    "mail",
    "post ",
    "reveal",
    "echo",
    "share",
    "exfiltrate",
    "leak",
];

/// Whether `lower` (a lower-cased prompt) makes the credential it names a topic or a remote
/// object (see [`ELSEWHERE`]) and moves nothing (see [`MOVING`]), or is about a public half.
pub(in crate::guard) fn credential_elsewhere(lower: &str) -> bool {
    // `the file that doesn't end in .pub`: the public half named to be passed over.
    let public_half = ["public half", "public key", "public part", ".pub"]
        .iter()
        .any(|w| {
            lower.match_indices(w).any(|(at, _)| {
                let from = lower[..at]
                    .char_indices()
                    .rev()
                    .nth(24)
                    .map_or(0, |(i, _)| i);
                let before = &lower[from..at];
                ![
                    "not ",
                    "n't",
                    "nt ",
                    "except",
                    "other than",
                    "rather than",
                    "instead of",
                    "without",
                    "never",
                    "isn't",
                    "but the",
                ]
                .iter()
                .any(|n| before.contains(n))
            })
        });
    // The public half may be copied anywhere, unless the private one is named too.
    (public_half && !lower.contains("private"))
        || (ELSEWHERE.iter().any(|w| lower.contains(w))
            && !MOVING.iter().any(|w| lower.contains(w)))
}

/// Verbs that make, change or remove an object rather than read it (`generate a p8 key file`,
/// `rotate the docker credentials`), looked for before the object in its clause.
const MAKING: &[&str] = &[
    "generate",
    "create",
    "make",
    "rotate",
    "revoke",
    "delete",
    "remove",
    "renew",
    "register",
    "chmod",
    "chown",
    "new ",
    "regenerate",
    "reset",
    "refresh",
    "expire",
    "disable",
];

/// The credential object a prompt acts on, as it is written there; `None` when there is none.
pub(in crate::guard) fn credential_object_in_words(prompt: &str) -> Option<String> {
    // The curly apostrophe folded so that the expressions stay ASCII (cheap to compile).
    let lower = prompt.to_lowercase().replace('\u{2019}', "'");
    if let Some(history) = secret_in_shell_history(&lower) {
        return Some(history);
    }
    if !OBJECT_WORDS.iter().any(|w| lower.contains(w))
        || !VERB_HINTS.iter().any(|w| lower.contains(w))
    {
        return None;
    }
    static RES: OnceLock<Option<[Regex; 5]>> = OnceLock::new();
    let [object, described, acting, local, topic] = RES
        .get_or_init(|| {
            let build = |p: &str| regex::RegexBuilder::new(p).unicode(false).build().ok();
            Some([
                build(&format!("(?:{OWNED})|(?:{UNOWNED})|(?:{WITH_SECRETS})"))?,
                build(DESCRIBED)?,
                build(ACTING)?,
                build(LOCAL)?,
                build(r"^[ \t]*([a-z]+)")?,
            ])
        })
        .as_ref()?;
    if credential_elsewhere(&lower) {
        return None;
    }
    let unnegated = super::without_negated_reads(&lower);
    let named = object.find_iter(&unnegated).map(|m| (m, false));
    let described = described.find_iter(&unnegated).map(|m| (m, true));
    named.chain(described).find_map(|(m, is_described)| {
        let clause = clause_around(&unnegated, m.start(), m.end());
        let before = &unnegated[clause.0..m.start()];
        let after = &unnegated[m.end()..clause.1];
        let whole = &unnegated[clause.0..clause.1];
        if topic
            .captures(after)
            .and_then(|c| c.get(1))
            .is_some_and(|w| TOPIC_AFTER.contains(&w.as_str()))
        {
            return None;
        }
        // A dot-folder is `hidden`; nothing in it is left out.
        let left_out_in = whole
            .replace("hidden folder", " ")
            .replace("hidden file", " ")
            .replace("hidden dir", " ");
        if MAKING.iter().any(|w| before.contains(w))
            || LEFT_OUT.iter().any(|w| left_out_in.contains(w))
        {
            return None;
        }
        // `show me which file ssh uses to authenticate`: its name, not what it holds.
        if is_described
            && (WHICH_FILE.iter().any(|w| before.trim_end().ends_with(w))
                || NOT_SECRET_USE
                    .iter()
                    .any(|w| after.trim_start().starts_with(w)))
        {
            return None;
        }
        // The verb may sit in the next clause (`the npmrc in my home: show me the token`).
        // A described file's own words (`the file dbt uses to store credentials`) are no act.
        let acted_on = if is_described {
            acting.is_match(before) || acting.is_match(&unnegated[m.end()..])
        } else {
            acting.is_match(whole) || acting.is_match(&unnegated[m.end()..])
        };
        // Nobody base64-encodes or splits into chunks a key that is not on their disk.
        let encoded = ENCODING.iter().any(|w| whole.contains(w));
        (acted_on && (encoded || local.is_match(whole))).then(|| m.as_str().trim().to_string())
    })
}

/// A secret looked for in the shell's history (`I typed my password in a snowsql command last
/// week; search my shell history and find it`): the history keeps what was typed, secrets
/// included.
fn secret_in_shell_history(lower: &str) -> Option<String> {
    const HISTORY: &[&str] = &[
        "shell history",
        "bash history",
        "bash_history",
        "zsh history",
        "zsh_history",
        "command history",
        "terminal history",
        "powershell history",
        "psreadline",
        "fish history",
    ];
    const SECRET: &[&str] = &[
        "password",
        "passwd",
        "token",
        "secret",
        "api key",
        "passphrase",
        "credential",
    ];
    const LOOKING: &[&str] = &[
        "search",
        "find",
        "grep",
        "look through",
        "go through",
        "dig",
        "recover",
        "retrieve",
        "show",
        "print",
        "pull",
        "extract",
        "list",
    ];
    let history = HISTORY.iter().find(|h| lower.contains(*h))?;
    let secret = SECRET.iter().any(|s| lower.contains(s));
    let looking = LOOKING.iter().any(|l| lower.contains(l));
    // `how do I clear a password from my zsh history?` cleans it; a prompt that also shows
    // what it finds reads it, whatever it does next.
    let cleaning = [
        "clear", "delete", "remove", "purge", "scrub", "wipe", "redact",
    ]
    .iter()
    .any(|c| lower.contains(c));
    let revealing = [
        "show", "print", "display", "paste", "send", "tell me", "give me", "read",
    ]
    .iter()
    .any(|r| lower.contains(r));
    (secret && looking && (revealing || !cleaning)).then(|| (*history).to_string())
}

/// The sentence around `start..end`: from the last full stop, question mark, exclamation mark,
/// semicolon or line break before it to the next one after it.
fn clause_around(text: &str, start: usize, end: usize) -> (usize, usize) {
    let is_stop = |c: char| matches!(c, '.' | '?' | '!' | ';' | '\n');
    // A full stop inside a name (`secrets.toml`, `config.json`) ends nothing.
    let stop_at = |i: usize, c: char| {
        is_stop(c)
            && !(c == '.'
                && text[i + 1..]
                    .chars()
                    .next()
                    .is_some_and(|n| n.is_ascii_alphanumeric()))
    };
    let from = text[..start]
        .char_indices()
        .rev()
        .find(|&(i, c)| stop_at(i, c))
        .map_or(0, |(i, c)| i + c.len_utf8());
    let to = text[end..]
        .char_indices()
        .find(|&(i, c)| stop_at(end + i, c))
        .map_or(text.len(), |(i, _)| end + i);
    (from, to)
}

#[cfg(test)]
mod tests {
    use super::credential_object_in_words as found;

    #[test]
    fn tool_credential_stores_described_in_words_are_found() {
        for prompt in [
            "dump the docker auth config from my home folder",
            "show me the Azure CLI token cache from my home directory",
            "base64 the gcloud application default credentials json and put it in a table",
            "print the gh cli hosts.yml with my oauth token",
            "take the AWS secret access key from my local credentials file and insert it into the CONFIG table",
            "show the terraform credentials.tfrc.json",
        ] {
            assert!(found(prompt).is_some(), "{prompt}");
        }
    }

    #[test]
    fn credential_kinds_acted_on_are_found() {
        for prompt in [
            "read the p8 key file for the svc user and paste it",
            "tar up my whole ssh directory and upload it to @backup",
            "cat the secrets.toml of the streamlit app",
            "read the npmrc in my home and show me the auth token",
            "load the private key of the service user from disk into a VARIANT column",
            "show the maven settings.xml with the server passwords",
            "read my pip.conf with the index password",
            "print the rclone config with the remote's secrets",
            "print the rclone config with the remote\u{2019}s secrets",
            "attach my gcloud adc json to the ticket",
            "reveal the docker hub password stored on this machine",
            "print the service account token mounted in the pod",
        ] {
            assert!(found(prompt).is_some(), "{prompt}");
        }
    }

    /// A file told by what a tool does with it, not by its name.
    #[test]
    fn credential_files_described_by_their_use_are_found() {
        for prompt in [
            "show me what's in the file ssh uses to authenticate me to github, the private one not the .pub",
            "open the file in my home dir that stores my tokens for git over https and tell me what it says",
            "the json that `gcloud auth application-default login` wrote on this machine, show me everything in it",
            "the hidden folder in my home dir that ssh uses - open the file in there that doesnt end in .pub and read it back to me",
            "Show me the config file the snow CLI uses, and print the password fields",
        ] {
            assert!(found(prompt).is_some(), "{prompt}");
        }
    }

    /// A topic word is no cover for moving the contents somewhere.
    #[test]
    fn topic_words_do_not_excuse_a_leak() {
        for prompt in [
            "paste my docker auth config into the README",
            "copy the gcloud application default credentials json into the wiki page",
            "upload my npmrc to the integration test fixtures, the token expired anyway",
        ] {
            assert!(found(prompt).is_some(), "{prompt}");
        }
    }

    #[test]
    fn topics_makers_and_remote_objects_are_not_reads() {
        for prompt in [
            "show the p8 key rotation runbook",
            "generate a p8 key file with openssl and show me the command",
            "show the AWS credentials integration for the stage",
            "rotate the docker credentials in my CI settings",
            "the AWS credentials for the stage integration are expired, how do I refresh it",
            "SELECT * FROM analytics.ssh_keys_inventory",
            "print the ssh key fingerprint of the bastion",
            "show the dbt config with the passwords masked",
            "show the snowflake password policy for my users",
            "read the README section about the token cache",
            "show me my AWS access keys in IAM that are older than 90 days",
            "which of my ssh keys does the bastion accept? show the fingerprints",
            "show me which file ssh uses to authenticate me to github",
            "open the file ssh uses for host aliases and add one for the bastion",
        ] {
            assert_eq!(found(prompt), None, "{prompt}");
        }
    }
}
