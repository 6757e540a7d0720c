//! Credentials a prompt names without a path: variables that hold one or point to one,
//! credential files described in words (`the AWS credentials file`, `my ssh private key`), the
//! environment printed whole, a secret field of a config file, and encoded spellings.

use std::sync::OnceLock;

use regex::Regex;

use super::*;

/// Environment variables that hold the path of a credential file.
const PATH_VARIABLES: &[&str] = &[
    "KUBECONFIG",
    "DBT_PROFILES_DIR",
    "GOOGLE_APPLICATION_CREDENTIALS",
    "CLOUDSDK_CONFIG",
    "AWS_SHARED_CREDENTIALS_FILE",
    "AWS_CONFIG_FILE",
    "AZURE_CONFIG_DIR",
    "PGPASSFILE",
    "NETRC",
    "DOCKER_CONFIG",
    "SNOWFLAKE_HOME",
    "SNOWFLAKE_PRIVATE_KEY_PATH",
    "SNOWFLAKE_PRIVATE_KEY_FILE",
    "PRIVATE_KEY_PATH",
    "PRIVATE_KEY_FILE",
    "SSL_KEY_FILE",
    "VAULT_TOKEN_FILE",
    "GIT_CREDENTIALS_FILE",
];

/// `environment variable` in other languages.
const FOREIGN_ENVIRONMENT_WORDS: &[&str] = &[
    "umgebungsvariable",
    // `aus der Umgebung`: from the environment.
    "umgebung",
    "variables de entorno",
    "variable de entorno",
    "variables d'environnement",
    "variable d'environnement",
    "variabili d'ambiente",
    "variabile d'ambiente",
    "variáveis de ambiente",
    "variavel de ambiente",
    "omgevingsvariabel",
    "miljövariabel",
    "zmienn",
    "ortam değişken",
    "переменн",
    "змінн",
    "biến môi trường",
    "proměnn",
    "premenn",
    "μεταβλητ",
    "משתנ",
    "पर्यावरण चर",
    "एनवायरनमेंट वेरिएबल",
    "वेरिएबल",
    "variabel",
    "variabil",
    "változó",
    "متغير",
    "환경 변수",
    "환경변수",
    "環境変数",
    "环境变量",
    "環境變數",
    // The variable asked for by its value, without the word environment (`Mostra o valor da
    // variável SNOWFLAKE_PASSWORD`, `Zeig mir den Wert der Variable …`).
    "variável",
    "variavel",
    "variabile",
    "valor da",
    "valor de",
    "valeur de",
    "wert der",
    "wert von",
    "valore di",
    "valore della",
    "giá trị",
    "biến ",
    "wartość",
    "wartości",
    // Slovenian, Croatian, Serbian, Bulgarian, Catalan, Lithuanian, Latvian, Estonian,
    // Icelandic, Finnish, Scandinavian, Malay, Georgian, Armenian, Uzbek, Azerbaijani,
    // Kazakh, Mongolian, Persian, Bengali and Thai: the variable, or its value.
    "spremenljivk",
    "varijabl",
    "promenljiv",
    "променлив",
    "променљив",
    "variable d'entorn",
    "kintam",
    "mainīg",
    "muutuja",
    "breytu",
    "muuttuj",
    "miljøvariab",
    "pembolehubah",
    "ცვლად",
    "փոփոխական",
    "o'zgaruvchi",
    "dəyişən",
    "айнымал",
    "хувьсагч",
    "متغیر",
    "ভেরিয়েবল",
    "ตัวแปร",
    "vrednost",
    "vrijednost",
    "вредност",
    "стойност",
    "reikšm",
    "vērtīb",
    "väärtus",
    "gildi",
    "arvon",
    // Hindi `env में … की value`, Khmer តម្លៃ (value).
    "env में",
    "की value",
    "का value",
    "តម្លៃ",
    "verdien",
    "værdien",
    "значение",
    "значення",
    "değeri",
    "değerini",
    "nilai",
    "waarde",
    "värdet",
    "hodnot",
    "の値",
    "的值",
    "값",
    "قيمة",
    "का मान",
    "την τιμή",
];

/// A variable that holds where a secret is, not the secret (`SNOWFLAKE_PRIVATE_KEY_PATH`,
/// `GOOGLE_APPLICATION_CREDENTIALS_FILE`): like `KUBECONFIG`, it only matters when the file
/// it names is read.
fn names_a_location(name: &str) -> bool {
    let upper = name.to_ascii_uppercase();
    [
        "_PATH",
        "_FILE",
        "_DIR",
        "_DIRECTORY",
        "_LOCATION",
        "_FILENAME",
    ]
    .iter()
    .any(|end| upper.ends_with(end))
}

/// A secret-looking environment variable named in prose and asked for (`show the GITHUB_TOKEN
/// and SNOWFLAKE_PASSWORD environment variables`).
pub(in crate::guard) fn secret_variable_in_prose(prompt: &str) -> Option<String> {
    let lower = prompt.to_lowercase();
    if let Some(name) = secret_variable_value_asked(prompt, &lower) {
        return Some(name);
    }
    if ![
        "variable",
        "env var",
        "env_var(",
        "os.environ",
        "getenv",
        "environment",
        "value of",
        "full value",
        "the value",
        "its value",
        "my shell",
        "current shell",
    ]
    .iter()
    .any(|w| lower.contains(w))
        && !PATH_VARIABLES.iter().any(|v| prompt.contains(v))
        && !FOREIGN_ENVIRONMENT_WORDS.iter().any(|w| lower.contains(w))
        || !reads_a_file(&without_negated_reads(&lower))
    {
        return None;
    }
    prompt
        .split(|c: char| !(c.is_ascii_alphanumeric() || c == '_'))
        .filter(|w| {
            w.len() >= 3
                && w.starts_with(|c: char| c.is_ascii_uppercase())
                && w.chars()
                    .all(|c| c.is_ascii_uppercase() || c.is_ascii_digit() || c == '_')
        })
        .take(64)
        .find(|w| {
            (crate::guard::credentials::secret_variable(w) && !names_a_location(w))
                // `the file the KUBECONFIG variable points to`: a credential file's path.
                || ((PATH_VARIABLES.contains(w) || names_a_location(w))
                    && [
                        "points to",
                        "pointing to",
                        "refers to",
                        "names",
                        "is set to",
                        "referenced by",
                        "referenced in",
                        "named by",
                        "named in",
                        "given by",
                        "given in",
                        "path in",
                        "path from",
                    ]
                        .iter()
                        .any(|p| lower.contains(p)))
        })
        .map(str::to_string)
}

/// A secret printed in a form log masking does not recognise (`add a step that prints
/// secrets.SNOWFLAKE_PASSWORD with a space between each character`, `log the token reversed so
/// GitHub's masking misses it`): masking matches the value as stored, so a spaced, reversed,
/// encoded or split copy reaches the log, and whoever reads it, in the clear. A secret named
/// (`secrets.X`, `$X`, a secret-looking variable) counts with any disguise; one told in words
/// only when the prompt also names the masking it gets past (`print the deploy password
/// backwards` alone may be a puzzle).
fn secret_printed_in_disguise(prompt: &str, lower: &str) -> Option<String> {
    if !DISGUISE_WORDS.iter().any(|w| lower.contains(w)) {
        return None;
    }
    let unnegated = without_negated_reads(lower);
    if !DISGUISE_WORDS.iter().any(|w| unnegated.contains(w))
        || !(reads_a_file(&unnegated) || logs_a_secret(&unnegated))
    {
        return None;
    }
    static RE: OnceLock<Option<Regex>> = OnceLock::new();
    let named = RE
        .get_or_init(|| {
            Regex::new(r#"(?i:\bsecrets)(?:\.|\[\s*["'])([A-Za-z_][A-Za-z0-9_]*)|(?:\$\{?|\$env:|%)([A-Za-z_][A-Za-z0-9_]*)|\b([A-Z][A-Z0-9_]{2,63})\b"#).ok()
        })
        .as_ref()?;
    named
        .captures_iter(prompt)
        .take(64)
        .find_map(|caps| {
            let whole = caps.get(0)?;
            if let Some(name) = caps.get(1) {
                // `.streamlit/secrets.toml` is a file (other checks judge it), not a CI secret.
                let file = prompt[..whole.start()].ends_with(['/', '\\', '.', '-', '_'])
                    || matches!(
                        name.as_str().to_ascii_lowercase().as_str(),
                        "toml"
                            | "yaml"
                            | "yml"
                            | "json"
                            | "env"
                            | "txt"
                            | "ini"
                            | "enc"
                            | "example"
                    );
                return (!file).then(|| whole.as_str().to_string());
            }
            let name = caps.get(2).or_else(|| caps.get(3))?.as_str();
            (crate::guard::credentials::secret_variable(name) && !names_a_location(name))
                .then(|| name.to_string())
        })
        .or_else(|| {
            if !MASKING_WORDS.iter().any(|w| lower.contains(w)) {
                return None;
            }
            SECRET_WORDS
                .iter()
                .find(|w| lower.contains(*w))
                .map(|w| w.to_string())
        })
}

/// A secret written to a log by name (`make the job log SNOWFLAKE_PASSWORD …`): a verb the
/// reading words leave out, since `log` alone is more often a noun.
fn logs_a_secret(lower: &str) -> bool {
    static RE: OnceLock<Option<Regex>> = OnceLock::new();
    RE.get_or_init(|| {
        Regex::new(r"\b(?:log|logs|logging|emit|emits|write|writes|writing)(?: out)?(?: the| our| my| its| their)?(?: value of)? (?:\S+ )?(?:secrets\.|\$|\S*(?:password|passwd|token|secret|passphrase))").ok()
    })
    .as_ref()
    .is_some_and(|re| re.is_match(lower))
}

/// A secret variable's current value asked for without the word "variable" (`what's my
/// SNOWFLAKE_PRIVATE_KEY_PASSPHRASE set to? just echo it`).
fn secret_variable_value_asked(prompt: &str, lower: &str) -> Option<String> {
    if !lower.contains("set to") {
        return None;
    }
    static RE: OnceLock<Option<Regex>> = OnceLock::new();
    let re = RE
        .get_or_init(|| {
            Regex::new(r"(?i)\bwhat(?:'s|’s| is| are|s)? (?:my |the |our |your |this |their )?(?:current |actual )?\$?\{?([A-Z][A-Z0-9_]{2,63})\}? (?:currently |actually |really |now )?set to\b").ok()
        })
        .as_ref()?;
    re.captures_iter(prompt)
        .filter_map(|c| c.get(1).map(|m| m.as_str()))
        .find(|name| crate::guard::credentials::secret_variable(name) && !names_a_location(name))
        .map(str::to_string)
}

/// A variable dereferenced in a prompt that reads something (`cat $KUBECONFIG`, `read the file
/// $GOOGLE_APPLICATION_CREDENTIALS points to`, `echo ${SNOWFLAKE_PASSWORD}`,
/// `print(os.environ["GITHUB_TOKEN"])`), or a credential-path variable used as a folder
/// (`$DBT_PROFILES_DIR/profiles.yml`). Naming one without reading (`why is $KUBECONFIG empty
/// in CI?`) is fine.
pub(in crate::guard) fn credential_variable(prompt: &str) -> Option<String> {
    // Checked before the regular expression is compiled (a `route` process answers one prompt,
    // so a compile is paid on every call): most prompts dereference no variable.
    if !prompt.contains(['$', '%'])
        && !prompt.contains("environ")
        && !prompt.contains("getenv")
        && !prompt.contains("Getenv")
        && !prompt.contains("EnvironmentVariable")
        && !prompt.contains("ENV[")
        && !prompt.contains("env::var")
        && !prompt.contains("process.env")
        && !prompt.contains("env:")
    {
        return None;
    }
    static RE: OnceLock<Option<Regex>> = OnceLock::new();
    let re = RE
        .get_or_init(|| {
            Regex::new(
                r#"(?:\$\{?|%|\$env:|\benv:|environ(?:\.get\(|\[)["']|(?i:getenv)\(["']|GetEnvironmentVariable\(["']|ENV(?:\.fetch\(|\[)["']|env::var\(["']|process\.env\.)([A-Za-z_][A-Za-z0-9_]{1,63})(%|\}|["']|\b)(/)?"#,
            )
            .ok()
        })
        .as_ref()?;
    let lower = without_negated_reads(&prompt.to_lowercase());
    let (reads, uses) = (reads_a_file(&lower), uses_contents(&lower));
    // A prompt that is only the expression (`[Environment]::GetEnvironmentVariable('X')`)
    // asks for its value.
    let whole = |m: regex::Match| {
        let rest = format!("{}{}", &prompt[..m.start()], &prompt[m.end()..]);
        !rest.trim().contains(char::is_whitespace)
    };
    // A variable the prompt assigns itself holds what the prompt says, not a secret from the
    // environment; its value is matched as a path ([`super::credential_computed`]).
    let assigned_here = |name: &str| {
        prompt.match_indices(name).any(|(at, _)| {
            let before = prompt[..at].chars().next_back();
            let after = &prompt[at + name.len()..];
            before.is_none_or(|c| !(c.is_ascii_alphanumeric() || c == '_' || c == '$'))
                && (after.starts_with('=') || after.starts_with("+="))
        })
    };
    re.captures_iter(prompt).find_map(|caps| {
        let name = caps.get(1)?.as_str();
        if assigned_here(name) {
            return None;
        }
        let reads = reads || caps.get(0).is_some_and(whole);
        let upper = name.to_ascii_uppercase();
        let path_variable = PATH_VARIABLES.contains(&upper.as_str()) || names_a_location(name);
        // The tool-call engine's test for a secret-looking name (`credentials::secret_variable`), so both read it alike.
        let secret_variable = crate::guard::credentials::secret_variable(name);
        let as_folder = caps.get(3).is_some();
        ((path_variable && (uses || as_folder)) || (secret_variable && !path_variable && reads))
            .then(|| caps.get(0).map_or(name, |m| m.as_str()).to_string())
    })
}

/// A credential file named in words by a prompt that reads or moves it (`copy the AWS
/// credentials file into the repo`, `print my SSH private key`, `paste the contents of the
/// snowflake connections file`, `keyring.get_password(…) and print it`). Asking *about* one
/// (`how do I rotate my SSH key?`, `share the service account key rotation runbook`) is fine.
pub(in crate::guard) fn credential_named_in_words(prompt: &str) -> Option<String> {
    // The nouns every match holds, checked before the regular expression is compiled.
    const NOUNS: &[&str] = &[
        "credential",
        "env",
        // Not bare `key`: clustering and primary keys are in every other prompt.
        "ssh",
        "private",
        "key file",
        "keys file",
        "account key",
        "secret key",
        "secret_key",
        "kube",
        "netrc",
        "pgpass",
        "config",
        "connection",
        "profile",
        "keychain",
        "password",
        "vault",
        "token",
        "secret",
        "1password",
        "bitwarden",
        "lastpass",
        "keepass",
        "dashlane",
        "client-key",
        "auth",
    ];
    let lower = prompt.to_lowercase();
    if !NOUNS.iter().any(|n| lower.contains(n))
        || !super::objects::VERB_HINTS.iter().any(|v| lower.contains(v))
    {
        return None;
    }
    static RE: OnceLock<Option<Regex>> = OnceLock::new();
    let re = RE
        .get_or_init(|| {
            Regex::new(concat!(
                r"(?i)\b(?:cat|print|read|show|display|dump|copy|cp|upload|send|paste|e-?mail|mail|",
                r"commit|attach|output|echo|reveal|post|share|include|embed|encode|base64|",
                r"exfiltrate|leak|move|push|sync|tar|zip|scp|rsync|give|forward|open|type out|export|",
                r"spit out|return)\b",
                r"(?:[ \t]+(?:me|us|out|back|over|up|across))?",
                r"(?:[ \t]+(?:the|my|our|your|his|her|their|all|every|whole|full|raw|entire|current|",
                r"local|default|saved|stored|contents?[ \t]+of(?:[ \t]+the|[ \t]+my|[ \t]+our)?)){0,3}",
                r"[ \t]+(?:aws[ \t]+credentials?(?:[ \t]+file)?|ssh[ \t]+(?:private[ \t]+)?keys?|",
                r"private[ \t]+(?:ssh[ \t]+|rsa[ \t]+|signing[ \t]+)?key(?:[ \t]+file)?|kube[ \t]*config|",
                r"\.?netrc|pgpass(?:[ \t]+file)?|git[ \t]+credentials|docker[ \t]+(?:config|credentials)|",
                r"snowflake(?:[ \t]+cli)?[ \t]+(?:connections?|credentials|config|password)(?:[ \t]+file)?|",
                r"dotenv[ \t]+file|\.?env[ \t]+file|",
                r"snowsql[ \t]+config|dbt[ \t]+profiles?(?:[ \t]+file)?|gcloud[ \t]+credentials|",
                r"service[ \t-]+account[ \t]+(?:key|json|credentials)(?:[ \t]+file)?|keychain|",
                r"password[ \t]+(?:store|vault|manager)|vault[ \t]+token|(?:1password|bitwarden|lastpass|keepass(?:xc)?|dashlane)(?:[ \t]+(?:vault|database|export|entries|items))?|",
                r"(?:api[ \t]+)?keys?[ \t]+file|credentials?[ \t]+files?|secrets?[ \t]+files?)\b",
                r"([ \t]+[A-Za-z]+)?",
                r"|\b(?:keyring\.get_password|get_secret_value|access_secret_version|get_secret|_snowflake\.get_(?:generic_secret_string|username_password|oauth_access_token|secret_type))\(",
                // `print the client-key-data from my kubeconfig`: a secret field of a named file.
                r"|(?i)\b(?:cat|print|read|show|display|dump|copy|paste|give|tell|output|reveal|extract|decode|send|return|take|grab|pull|get|fetch|lift)\b(?:[ \t]+\S+){0,4}?[ \t]+(?:client[- ]key[- ]data|client[- ]certificate[- ]data|private[_ ]key|client_secret|aws_secret_access_key|secret[_ ]key|password|token|auth)(?:[ \t]+\S+){0,2}?[ \t]+(?:from|in|of|out[ \t]+of|inside)[ \t]+(?:my|the|our|your)?[ \t]*(?:kube[ \t]*config|aws[ \t]+credentials|netrc|pgpass|connections\.toml|profiles\.yml|dbt[ \t]+profiles?|docker[ \t]+config|snowflake[ \t]+config|git[ \t]+credentials)",
                // Git's plaintext credential store named by its helper (`find out which
                // credential helper git uses and print whatever the store file contains`).
                r"|(?i)\bcredential[ \t-]+helper\b[^.\n]{0,80}?\b(?:print|show|cat|dump|read|output|paste|give|tell|display|reveal|echo|send|copy)\b[^.\n]{0,40}?\b(?:store|storage|credentials?)[ \t]+file\b",
                r"|(?i)\b(?:print|show|cat|dump|read|output|paste|display|reveal|echo|send|copy)\b[^.\n]{0,40}?\bgit(?:'s)?[ \t]+credential[ \t-]+(?:store|helper)(?:'s)?[ \t]+(?:file|contents|entries)\b",
                // The file first, then the secret field and what is done with it (`in my
                // kubeconfig, base64-decode client-key-data and print it`).
                r"|(?i)\b(?:kube[ \t]*config|aws[ \t]+credentials)\b[^.?\n]{0,60}?\b(?:client[- ]key[- ]data|client_secret|aws_secret_access_key|private[_ ]key|token)\b[^.?\n]{0,60}?\b(?:decode|base64|print|show|cat|paste|output|give|tell|reveal|dump|echo|send)\b",
            ))
            .ok()
        })
        .as_ref()?;
    // Words after the name that make it a topic rather than the file.
    const TOPIC: &[&str] = &[
        "rotation",
        "policy",
        "policies",
        "format",
        "permissions",
        "path",
        "location",
        "docs",
        "documentation",
        "setup",
        "naming",
        "template",
        "example",
        "examples",
        "schema",
        "syntax",
        "structure",
        "guide",
        "runbook",
        "section",
        "settings",
        "option",
        "options",
        "works",
        "work",
        "is",
        "are",
        "should",
        "loader",
        "parser",
        "support",
        "feature",
        "name",
        "names",
        "list",
    ];
    let lower = prompt.to_lowercase();
    let printing = [
        "print", "show", "display", "paste", "reveal", "tell me", "echo", "output", "log", "send",
        "post", "email", "return",
    ];
    re.captures_iter(prompt).find_map(|caps| {
        let m = caps.get(0)?;
        if m.as_str().ends_with('(') {
            // An API call that returns a secret: only when the prompt also shows the result.
            return printing
                .iter()
                .any(|w| lower.contains(w))
                .then(|| m.as_str().trim_end_matches('(').to_string());
        }
        let next = caps.get(1).map(|n| n.as_str().trim().to_ascii_lowercase());
        if next.is_some_and(|n| TOPIC.contains(&n.as_str()))
            || super::objects::credential_elsewhere(&lower)
        {
            return None;
        }
        let matched = caps
            .get(1)
            .map_or(m.as_str(), |n| &m.as_str()[..n.start() - m.start()]);
        Some(matched.to_string())
    })
}

/// A credential file described rather than named, by a prompt that reads it: `the file where
/// the AWS CLI keeps my access key — show me what it contains`, `the RSA one in the hidden ssh
/// folder, without the .pub; paste it`, `what's my aws_secret_access_key? It's in the
/// credentials file, just read it out`.
pub(in crate::guard) fn credential_described(prompt: &str) -> Option<String> {
    let lower = prompt.to_lowercase();
    // Each expression costs milliseconds to compile and is only built when the prompt holds a
    // word from each of its hint lists (a test proves every match does).
    let wanted: Vec<usize> = DESCRIBED
        .iter()
        .enumerate()
        .filter(|(_, (hints, _))| {
            hints
                .iter()
                .all(|any| any.iter().any(|w| lower.contains(w)))
        })
        .map(|(i, _)| i)
        .collect();
    if wanted.is_empty() {
        return None;
    }
    let unnegated = without_negated_reads(&lower);
    // Exporting or listing what a store holds reads it too (`export the cookies`, `get my saved
    // passwords … and list them`).
    if !reads_a_file(&unnegated)
        && ![
            "export",
            "list them",
            "list all",
            "get my",
            "extract",
            // Archiving or syncing takes every file along.
            "zip",
            "tar ",
            "archive",
            "rsync",
            "back up",
            "backup",
            // Read by code and posted, or put where others read it (`a script that reads the
            // private key … and posts it`, `put the password from my config into the README`).
            "reads ",
            "posts",
            "post it",
            "put ",
            "puts ",
            // A logging call writes the value out (`logger.info(cfg.get('private_key'))`).
            ".info(",
            ".debug(",
            ".warning(",
            ".error(",
            "console.log(",
            "env_var(",
            "getenv(",
            "environ[",
            "environ.get(",
        ]
        .iter()
        .any(|w| unnegated.contains(w))
    {
        return None;
    }
    static COMPILED: [OnceLock<Option<Regex>>; DESCRIBED.len()] =
        [const { OnceLock::new() }; DESCRIBED.len()];
    wanted.into_iter().find_map(|i| {
        let re = COMPILED[i]
            .get_or_init(|| Regex::new(DESCRIBED[i].1).ok())
            .as_ref()?;
        // `show my snowflake connection names`: the names, not the file.
        // `show the AWS credentials of the storage integration`: Snowflake's object, not a file.
        // `show me which config file the snow CLI uses`: which file, not what is in it.
        re.find_iter(&lower)
            .find(|m| {
                let before = lower[..m.start()].trim_end();
                let asked = i < TOLD_BY_THEIR_TOOL
                    && (before
                        .rsplit(' ')
                        .next()
                        .is_some_and(|w| matches!(w, "which" | "what" | "whichever"))
                        || [
                            "where is the",
                            "where's the",
                            "where are the",
                            "location of the",
                            "path of the",
                            "path to the",
                            "name of the",
                        ]
                        .iter()
                        .any(|q| before.ends_with(q)));
                if asked {
                    return false;
                }
                let mut after = lower[m.end()..].split_whitespace();
                let next = after.next().unwrap_or("");
                !matches!(
                    next,
                    "name" | "names" | "list" | "settings" | "format" | "docs"
                ) && !((next == "of" || next == "for")
                    && after.take(3).any(|w| {
                        ["storage", "api", "notification", "security", "external"].contains(&w)
                    })
                    && lower[m.end()..].contains("integration"))
            })
            .map(|m| m.as_str().to_string())
    })
}

/// How many of the first [`DESCRIBED`] entries tell a file by the tool that uses it (`the
/// profile file dbt uses`): those are a question when `which`, `what` or `where is the` comes
/// just before them.
const TOLD_BY_THEIR_TOOL: usize = 5;

/// The descriptions [`credential_described`] looks for, each with the words every match of it
/// holds: one of each list.
#[allow(clippy::type_complexity)]
pub(super) const DESCRIBED: [(&[&[&str]], &str); 29] = [
    // The file a tool uses, told by what it is for (`the profile file dbt uses by default`,
    // `the file your CLI uses to log in`).
    (
        &[
            &["file"],
            &[
                " use",
                " read",
                " load",
                "picks up",
                "relies on",
                "looks at",
                "looks for",
            ],
        ],
        r"\b(?:profiles?|config|configuration|credentials?|connections?|login|auth|authentication|secrets?|key|token|password)s? file (?:that |which )?(?:the |your |my |our )?(?:aws|dbt|snowflake|snowsql|snow|gcloud|gcp|azure|az|docker|kubectl|kube|git|gh|npm|pip|terraform|cortex)(?: cli| client| tool| connector| command)? (?:uses|reads|loads|use|read|load|picks up|relies on|looks at|looks for)\b",
    ),
    (
        &[&["file"], &[" use", " read", " load", "relies on"]],
        r"\bfile (?:that |which )?(?:the |your |my |our |this )?(?:cli|client|tool|connector|driver|agent|sdk|command line|terminal) (?:uses|reads|loads|use|read|load|relies on) (?:to|for) (?:log ?in|sign ?in|authenticat\w*|connect\w*|credentials|auth)\b",
    ),
    // The file a tool takes its connections or credentials from (`the file the Snowflake CLI
    // loads its connection definitions from`, `the file where the AWS CLI keeps my keys`).
    (
        &[
            &["file"],
            &[
                " use", " read", " load", " pull", " get", " take", " keep", " store", " save",
            ],
        ],
        r"\bfile (?:that |which |where |in which )?(?:the |your |my |our |this )?(?:\S+ )?(?:cli|client|tool|connector|driver|sdk|agent) (?:uses|reads|loads|pulls|gets|takes|keeps|stores|saves|use|read|load|pull|get|take|keep|store|save) (?:its |my |your |the |our |all )?(?:\S+ )?(?:connections?|connection definitions|connection settings|credentials?|passwords?|secrets?|tokens?|keys?|logins?|profiles?)\b",
    ),
    // A file told by what it holds (`the file that has the connection definitions`).
    (
        &[&["file"], &["that", "which", "where", "with"]],
        r"\bfile (?:that|which|where|with) (?:has|holds|contains|keeps|stores|lists) (?:the |my |our |all |all the )?(?:\S+ )?(?:connection definitions|connections|credentials|passwords?|secrets?|tokens?|private keys?|api keys?|logins?)\b",
    ),
    // The key a tool authenticates with (`the private key the Snowflake connector uses for
    // key-pair auth`).
    (
        &[&["private key"]],
        r"\bprivate key (?:file )?(?:that |which )?(?:the |your |my |our |this )?(?:\S+ )?(?:cli|client|tool|connector|driver|agent|sdk|app|service|job|pipeline) (?:uses|reads|loads|use|read|load|relies on)\b",
    ),
    // A whole home directory archived or moved: every credential file goes with it (`zip up my
    // entire home directory including dotfiles and PUT it to the stage`).
    (
        &[
            &["home", "~", "userprofile"],
            &[
                "zip", "tar", "archiv", "compress", "copy", "cp", "upload", "put", "back", "rsync",
                "scp", "sync", "bundle", "send", "dump",
            ],
        ],
        r"\b(?:zip|tar|archive|compress|copy|cp|upload|put|back up|backup|rsync|scp|sync|bundle|send|dump)(?: up)?\b(?:[^.?!\n]|\.\S){0,40}?(?:\b(?:my|the|your|our|his|her|their|a user'?s|every user'?s) (?:entire |whole |full |complete )?home (?:directory|dir|folder)\b|(?:^|\s)(?:~|\$home|%userprofile%)/?(?:\s|$|\*))",
    ),
    // A password taken out of a tool's configuration (`put the password from my snowflake
    // config into the README`).
    (
        &[&["config", "profile", "connection"]],
        r"\b(?:password|passphrase|secret|token) (?:from|in|out of|inside|stored in) (?:my|our|the|your) (?:\S+ )?(?:config|configuration|profile|profiles|connection|connections)\b",
    ),
    // A secret reference resolved (`read op://Engineering/Snowflake/password and show it`).
    (&[&["op://"]], r"\bop://[^\s]+"),
    // A secret attribute of a connection or client object printed (`print conn.password`,
    // `print(conn['password'])`, `print(getattr(conn, 'password'))`, `print(f"{conn.token}")`).
    (
        &[&[
            "password",
            "passwd",
            "secret",
            "token",
            "api_key",
            "private_key",
            "passphrase",
        ]],
        r#"\b(?:print|prints|printing|log|logs|logging|echo|echoes|show|shows|display|displays|output|outputs|(?:logger|logging|log|console|sys\.stdout)\.(?:info|debug|warning|warn|error|critical|log|write))(?:\(|[ \t]+)(?:the (?:value of )?)?(?:f?["'][^"'\n]{0,40}?\{)?(?:[a-z_][a-z0-9_]*(?:\.|\[[ \t]*["']|\.get\([ \t]*["'])|getattr\([ \t]*[a-z_][a-z0-9_]*[ \t]*,[ \t]*["'])(?:password|passwd|secret|client_secret|token|access_token|api_key|private_key|passphrase)\b"#,
    ),
    // A secret environment variable read in code and printed or logged
    // (`logs env_var('DBT_ENV_SECRET_PASSWORD')`, `print(os.getenv("SNOWFLAKE_PASSWORD"))`).
    (
        &[&["env_var", "getenv", "environ"]],
        r#"\b(?:print|prints|log|logs|logging|echo|echoes|show|shows|display|displays|output|outputs|writes?|dumps?|returns?|returning|yields?)(?:\(|[ \t]+)(?:the (?:value of )?)?(?:f?["'][^"'\n]{0,40}?\{)?(?:[a-z_][a-z0-9_.]*\.)?(?:env_var|getenv|environ\.get|environ\[)\(?[ \t]*["'][a-z0-9_]*(?:password|passwd|secret|token|api_key|private_key|passphrase)"#,
    ),
    // The values of the environment's variables shown (`which SNOWFLAKE_* variables are set?
    // show names and values`).
    (
        &[&["env", "var"], &["value"]],
        r"\b(?:show|shows|print|prints|list|lists|dump|display|give|output|echo)\b[^.\n]{0,60}?\b(?:env|environment)(?: var(?:iable)?s?)?\b[^.\n]{0,60}?\b(?:and|with|plus|including) (?:the |their |its )?values?\b|\b(?:env|environment) var(?:iable)?s?\b[^.?\n]{0,60}?[.?] (?:show|print|list|give|display)\b[^.\n]{0,20}?\bvalues?\b|\b[a-z0-9]+_\*[^.\n]{0,30}?\bvar(?:iable)?s?\b[^\n]{0,80}?\b(?:names? and (?:the |their |its )?values?|and (?:the |their |its )?values?|with (?:the |their |its )?values?)\b",
    ),
    // The same in other languages (`Mostre todas as variáveis de ambiente que começam com
    // SNOWFLAKE_ junto com os valores`).
    (
        &[
            &[
                "variáveis",
                "variaveis",
                "variables",
                "variabili",
                "variablen",
                "variabelen",
                "zmienne",
                "переменные",
            ],
            &[
                "valor",
                "valeur",
                "wert",
                "valori",
                "waarde",
                "wartości",
                "значени",
            ],
        ],
        r"\b(?:mostre|mostra|mostrar|liste|listar|lista|imprima|imprimir|exiba|exibir|muestra|muestre|muéstrame|enumera|affiche|afficher|affichez|montre|montrez|zeige|zeig|gib|stampa|mostrami|elenca|toon|geef|pokaż|wypisz|покажи|выведи)\b[^.\n]{0,80}?\b(?:variáveis|variaveis|variables|variabili|variablen|umgebungsvariablen|variabelen|zmienne|переменные)\b[^.\n]{0,80}?(?:\b(?:com|con|avec|mit|met|z|junto com|junto con|zusammen mit|insieme ai|insieme con|samen met|e|y|et|und|en|i)|с|и) (?:os |las |los |les |leurs |ihren |den |i |le |de |seus |sus |их )?(?:valores|valeurs|werten|werte|valori|waarden|wartościami|wartości|значениями|значения)",
    ),
    (
        &[
            &["where", "in which", "that", "which"],
            &["key", "secret", "password", "token", "credential", "login"],
        ],
        r"\b(?:file|folder|directory|dir|place)s? (?:where|in which|that|which) (?:the |my |our )?(?:aws|gcloud|gcp|azure|az|snowflake|snowsql|snow|dbt|docker|kubectl|kube|git|ssh|npm|pip|terraform|vault|gh|github)\b[^.?!\n]{0,60}?\b(?:keeps?|stores?|saves?|holds?|puts?|writes?)\b[^.?!\n]{0,40}?\b(?:keys?|secrets?|passwords?|tokens?|credentials?|logins?)\b",
    ),
    (
        &[&["ssh "]],
        concat!(
            r"\bssh (?:folder|directory|dir)\b[^\n]{0,120}?\b(?:rsa|ed25519|ecdsa|dsa|private|without (?:the |a )?\.?pub)\b",
            r"|\b(?:rsa|ed25519|ecdsa|private)\b[^\n]{0,60}?\bin (?:the |my )?(?:hidden )?ssh (?:folder|directory|dir)\b",
        ),
    ),
    (
        &[
            &["what"],
            &["pass", "secret", "api key", "token", "private key"],
            &[
                "file",
                "config",
                "credentials",
                "connections",
                "profile",
                "toml",
                "yml",
                "yaml",
                "netrc",
                ".env",
            ],
        ],
        r"\bwhat(?:'?s| is| was) (?:my|the|our) (?:\S+ ){0,2}?(?:password|passphrase|aws_secret_access_key|secret access key|secret key|api key|access token|auth token|private key)\b[^\n]{0,160}?\b(?:file|config|credentials|connections|profile|toml|yml|yaml|netrc|\.env)\b",
    ),
    // A browser's saved passwords (`Chrome's Login Data`, `the Edge password store`).
    (
        &[&[
            "login data",
            "logins.json",
            "key3.db",
            "key4.db",
            "password",
        ]],
        concat!(
            r"\b(?:chrome|chromium|edge|brave|opera|vivaldi|firefox|safari|browser)(?:'s)?\b[^.\n]{0,80}?\b(?:login data|logins\.json|key[34]\.db|saved passwords?|stored passwords?|password store|passwords? (?:store|vault|database|db|file))\b",
            r"|\b(?:login data|logins\.json|key[34]\.db|saved passwords?|stored passwords?|password store)\b[^.\n]{0,80}?\b(?:chrome|chromium|edge|brave|opera|vivaldi|firefox|safari|browser)\b",
        ),
    ),
    // A tool's credential file named in words (`my snowsql config`, `the file named
    // credentials in the hidden amazon web services folder`).
    (
        &[&["config", "credential", "profile", "connection"]],
        r"\b(?:my|the|our) (?:snowsql|snowflake|aws|dbt|gcloud|azure|docker|kube|kubectl|npm|pip|pypi|git) (?:config|configuration|credentials|credential file|profiles?|connections?)(?: file)?\b",
    ),
    (
        &[&["credentials", "connections", "profiles", "config"]],
        r"\b(?:file|dotfile|toml file|yaml file|yml file|ini file)s? (?:named |called )?(?:credentials|connections|profiles|config)\b[^\n]{0,80}?\b(?:aws|amazon web services|snowflake|snowsql|dbt|dot[- ]?snowflake|dot[- ]?aws|dot[- ]?dbt|gcloud|azure)\b",
    ),
    (
        &[&["profile", "connection", "credential", "config"]],
        r"\b(?:dotfile|file|folder|directory|dir)s? (?:where|in which|that|which) (?:the |my |our )?(?:aws|dbt|snowflake|snowsql|gcloud|azure|docker|git|npm|pip)\b[^\n]{0,40}?\b(?:keeps?|stores?|saves?|holds?|puts?)\b[^\n]{0,20}?\b(?:profiles?|connections?|credentials?|config)\b",
    ),
    // A secret fetched from a store by name, in words.
    (
        &[&[
            "secret",
            "token",
            "password",
            "credential",
            "api key",
            "passphrase",
        ]],
        r"\b(?:fetch|get|read|retrieve|pull|print|show|dump|export)\b[^\n]{0,20}?\b(?:secrets?|tokens?|passwords?|credentials?|api keys?|passphrases?)\b[^\n]{0,80}?\bfrom (?:the )?(?:aws |azure |gcp |google )?(?:secrets? manager|key ?vault|vault|parameter store|ssm|1password|bitwarden|lastpass|doppler|infisical|(?:docker|kubernetes|k8s) secrets?)\b",
    ),
    // The private half of a key pair, the key ssh uses by default.
    (
        &[&["half", "identity"]],
        r"\b(?:private|secret) half\b|\bdefault (?:ssh )?identity\b|\bssh[^.\n]{0,40}?\bdefault identity\b",
    ),
    // The file a login wrote, passwords a keychain or a listing holds, a browser's cookies.
    (
        &[
            &["keep", "store", "save", "remember", "wrote", "write", "put"],
            &["pass", "credential", "token", "login", "auth", "secret"],
        ],
        r"\b(?:file|folder|dir|directory)\b[^.\n]{0,30}?\b(?:where|that|which) (?:the )?(?:git|docker|npm|pip|aws|gh)\b[^.\n]{0,30}?\b(?:keeps?|stores?|saves?|remembers?|wrote|writes|puts?)\b[^.\n]{0,40}?\b(?:passwords?|credentials?|tokens?|logins?|auth|secrets?)\b",
    ),
    (
        &[
            &["wrote", "writes", "created", "saved"],
            &["login", "auth", "configure"],
        ],
        r"\b(?:file|whatever)\b[^.\n]{0,40}?\b(?:docker|npm|gh|aws|az|gcloud|snow) (?:cli |client )?(?:wrote|writes|created|saved)\b[^.\n]{0,40}?\b(?:login|auth|configure)\b",
    ),
    (
        &[&[
            "keychain",
            "keyring",
            "credential manager",
            "credential vault",
            "credential locker",
            "kwallet",
            "secret service",
        ]],
        r"\b(?:passwords?|secrets?|credentials?|tokens?)\b[^.\n]{0,80}?\b(?:from|in|out of) (?:the |my )?(?:macos |mac |login |system |windows |os )?(?:keychain|keyring|credential manager|credential vault|credential locker|kwallet|gnome keyring|secret service)\b",
    ),
    (
        &[&["snow connection list"]],
        r"\bsnow connection list\b[^\n]{0,80}?\bpasswords?\b",
    ),
    (
        &[&["cookie"]],
        r"\b(?:chrome|chromium|edge|brave|opera|vivaldi|firefox|safari|browser)(?:'s)?\b[^.\n]{0,60}?\bcookies?\b|\bcookies(?:\.sqlite)?\b[^.\n]{0,60}?\b(?:chrome|chromium|edge|brave|opera|vivaldi|firefox|safari|browser)\b|\bcookies\.sqlite\b",
    ),
    // A cloud service-account key file.
    (
        &[&["service", "private_key"]],
        r"\bservice[- ]account (?:key|credentials?)(?: file)?\b[^\n]{0,60}?\.json\b|\b\S+\.json\b[^\n]{0,60}?\b(?:with|containing|has|holding) (?:the )?private_key\b",
    ),
    // A secret asked for without its mask (`print profiles.yml with the password unmasked`).
    (
        &[&[
            "unmasked",
            "unredacted",
            "clear text",
            "cleartext",
            "plain text",
            "plaintext",
            "in the clear",
            "not masked",
        ]],
        r"\b(?:passwords?|secrets?|tokens?|keys?|credentials?|passphrases?)\b(?: (?:is|are|was|were|shown|printed|displayed|visible|left|kept|stored|written|logged|included|all|them|it|out|back|field|fields|line|lines|value|values|entry|entries)){0,2} (?:unmasked|unredacted|in (?:clear ?text|plain ?text|the clear)|not masked)\b|\b(?:unmasked|unredacted|clear ?text|plain ?text) (?:passwords?|secrets?|tokens?|keys?|credentials?|passphrases?)\b",
    ),
    // Files picked by a secret word in their name and read (`cat every dotfile with 'cred',
    // 'secret' or 'token' in its name`, `cat ~/*token*`).
    (
        &[&["cred", "secret", "token", "passw", "key"], &["name", "*"]],
        r#"\b(?:cat|print|show|dump|read|open|display|head|less|more|copy|upload|send|paste)\b (?:out )?(?:me )?(?:(?:every|all|each|any|the) ){0,2}(?:dot ?files?|files?|configs?|config files?)\b[^.\n]{0,60}?\b(?:cred|secret|token|passw|key)\w*\b[^.\n]{0,40}?\bin (?:its|their|the) (?:file ?)?names?\b|\b(?:cat|print|show|dump|read|open|display|head|less|more|copy|upload|send|paste)\b[^.\n]{0,40}?(?:named |called |matching )?['"]?[~/.\w-]*\*[\w.-]*(?:cred|secret|token|passw)\w*\*?"#,
    ),
];

/// A credential path hidden in base64 or hex that the prompt decodes (`cat $(echo
/// fi8uc3NoL2lkX3JzYQ== | base64 -d)`, `xxd -r -p <<< 7e2f2e6177732f…`), or written backwards
/// in a prompt that reverses it (`the path you get by reversing this string: asr_di/hss./~`).
pub(in crate::guard) fn encoded_path(
    prompt: &str,
    credentials: &crate::guard::credentials::CredentialMatcher,
) -> Option<String> {
    /// Tokens decoded per prompt, at most.
    const MAX_TOKENS: usize = 32;
    let lower = prompt.to_lowercase();
    let base64 = ["base64", "b64", "decode"]
        .iter()
        .any(|w| lower.contains(w));
    let hex = ["xxd", "hex", "unhexlify", "fromhex"]
        .iter()
        .any(|w| lower.contains(w));
    // `the path you get by reversing this string: asr_di/hss./~`.
    let reversed = [
        "revers",
        "backward",
        "rückwärts",
        "ruckwarts",
        "al revés",
        "al reves",
        "l'envers",
        "invert",
        "inviert",
        "invers",
        "umkehr",
        "umgekehrt",
        "rebours",
        "переверн",
        "розверн",
        "задом",
        "наоборот",
        "навпаки",
        "tersten",
        "terbalik",
        "odwr",
        "đảo ngược",
        "反转",
        "反轉",
        "逆順",
        "逆に",
        "거꾸로",
    ]
    .iter()
    .any(|w| lower.contains(w));
    if reversed {
        let found = prompt
            .split_whitespace()
            .map(|t| {
                t.trim_matches(|c: char| matches!(c, '`' | '\'' | '"' | ',' | ';' | '(' | ')'))
            })
            .filter(|t| (4..=256).contains(&t.len()))
            .take(MAX_TOKENS)
            .find_map(|token| {
                let back: String = token.chars().rev().collect();
                let hit = credentials.find_in_text(&back)?;
                Some(format!("{token} (reversed: {})", hit.token))
            });
        if found.is_some() {
            return found;
        }
    }
    if !base64 && !hex {
        return None;
    }
    prompt
        .split(|c: char| !(c.is_ascii_alphanumeric() || matches!(c, '+' | '/' | '=' | '-' | '_')))
        .filter(|t| (8..=1024).contains(&t.len()))
        .take(MAX_TOKENS)
        .find_map(|token| {
            let decoded = [
                base64
                    .then(|| crate::encoding::decode_base64(token))
                    .flatten(),
                hex.then(|| crate::encoding::decode_hex(token)).flatten(),
            ];
            decoded.into_iter().flatten().find_map(|text| {
                let hit = credentials.find_in_text(&text)?;
                Some(format!("{token} (decodes to {})", hit.token))
            })
        })
}

/// A prompt that prints the environment's secrets: `printenv SNOWFLAKE_PASSWORD`, `printenv`
/// as a command, `env | grep -i token`, `print(os.environ)`, a CI secret printed in disguise.
pub(in crate::guard) fn prints_environment(prompt: &str) -> Option<String> {
    // Not the model's to clear: a disguise asked for to get past masking has no innocent reading.
    if let Some(name) = secret_printed_in_disguise(prompt, &prompt.to_lowercase()) {
        return Some(name);
    }
    // Checked before the regular expression is compiled: a print of the environment names one
    // of these.
    let trimmed = prompt.trim().to_ascii_lowercase();
    // The whole prompt is a command that lists the environment (`env`, `set`, `gci env:`).
    if matches!(
        trimmed.trim_start_matches("run ").trim_matches('`'),
        "env"
            | "printenv"
            | "set"
            | "export"
            | "export -p"
            | "declare -x"
            | "declare -p"
            | "compgen -v"
            | "get-childitem env:"
            | "gci env:"
            | "dir env:"
            | "ls env:"
            | "cmd /c set"
    ) {
        return Some(prompt.trim().to_string());
    }
    // `Get-ChildItem Env: | Format-Table`: PowerShell's whole environment, anywhere in a prompt.
    if let Some(at) = trimmed.find(" env:").or_else(|| trimmed.find("\tenv:")) {
        let program = trimmed[..at]
            .rsplit([' ', '`', '(', '|', ';'])
            .next()
            .unwrap_or("");
        let after = trimmed[at + 5..].chars().next();
        if matches!(program, "get-childitem" | "gci" | "dir" | "ls")
            && after.is_none_or(|c| c.is_whitespace() || matches!(c, '|' | '*' | '`' | ')' | ';'))
        {
            return Some(prompt.trim().to_string());
        }
    }
    if ![
        "printenv",
        "environ",
        "process.env",
        "|",
        "inspect",
        "CONFIG_MANAGER",
        "CredentialsProvider",
        "secrets.",
        "secrets",
        "getenv",
        "Environ",
        "env::vars",
        "ENV",
    ]
    .iter()
    .any(|w| prompt.contains(w))
        && ![
            "run env", "run `env", "run set ", "run printenv", "environment of", "environment var",
            "env var", "; set", ";set",
            "&& set", "|| set", "set;", "`set", "(set", "; env", ";env", "&& env", "|| env",
            "env >", "env>", "env;", "`env", "(env", "env`",
        ]
        .iter()
        .any(|w| trimmed.contains(w))
        // `ps auxeww`: BSD-style options with an `e`.
        && !trimmed.split_whitespace().collect::<Vec<_>>().windows(2).any(|w| {
            w[0].trim_start_matches(['`', '(', ';', '|', '&']) == "ps"
                && !w[1].starts_with('-')
                && w[1].contains('e')
        })
    {
        return None;
    }
    static RE: OnceLock<Option<Regex>> = OnceLock::new();
    let re = RE
        .get_or_init(|| {
            Regex::new(concat!(
                r"(?i)(?:^|[;&|(`\s、，。：])printenv(?:[ \t]+([A-Za-z_][A-Za-z0-9_]*))?[ \t]*(`|\||>|$|の(?:結果|出力)|的(?:结果|输出|結果|輸出)|(?:의 )?(?:결과|출력))?",
                r"|(?:^|[;&|(`\s])(?:env|printenv|set|export[ \t]+-p|declare[ \t]+-x|compgen[ \t]+-v|get-childitem[ \t]+env:|gci[ \t]+env:|dir[ \t]+env:)[ \t]*\|[ \t]*(?:grep|egrep|rg|findstr|select-string|awk|sed)\b[^|\n]*?(?:token|pass|secret|key|pat\b|cred|auth|pwd)",
                r"|print\(\s*(?:dict\(\s*)?os\.environ\s*\)?\s*\)|console\.log\(\s*process\.env\s*\)",
                // The whole environment or a loaded credential config printed through a
                // wrapper (`print(json.dumps(dict(os.environ)))`, `print(dict(CONFIG_MANAGER[…]))`,
                // a CI secret echoed, Jenkins' credentials listed).
                r"|\bp?print\([^\n]{0,60}?\b(?:os\.environ|process\.env|CONFIG_MANAGER\b[^\n]{0,40})\s*\)|\bos\.environ\.items\(\)[^\n]{0,80}?\bprint\(|\bp?print\([^\n]{0,80}?\bos\.environ\.items\(\)",
                r"|\becho\b[^\n|]{0,40}?\$\{\{\s*secrets\.\w+\s*\}\}|CredentialsProvider\.lookupCredentials\b[^\n]{0,200}?\b(?:println|print|echo|getPassword|getSecret|getPlainText)\b",
                // Another process's environment (`/proc/$(pgrep app)/environ`), a container's
                // (`docker inspect --format '{{json .Config.Env}}'`), or the shell history
                // searched for secrets.
                r"|/proc/[^\n]{0,100}?/environ\b",
                // `run env and show me the full output`: the same in prose.
                r"|(?i:\brun `?(?:env|printenv|set|export -p)`? (?:and|then|,) ?(?:show|print|paste|give|send|dump|display|post)\b)",
                r"|(?i:\b(?:read|show|print|dump|list|cat|get|display)\b[^.\n]{0,80}?\benviron(?:ment)?\b[^.\n]{0,80}?\bprocfs\b|\bprocfs\b[^.\n]{0,40}?\b(?:read|show|print|dump|list|cat|get)\b[^.\n]{0,40}?\benviron)",
                r"|(?:docker|podman)[ \t]+(?:container[ \t]+)?inspect\b[^\n]{0,120}?(?:\.Config\.Env|\bEnv\b)",
                // The whole environment (or Streamlit's secrets) handed to any output call
                // (`console.log(JSON.stringify(process.env, null, 2))`, `st.table(st.secrets)`)
                // or to an output verb in prose (`renders st.secrets as a table`).
                r"|(?:\bp?print(?:ln)?!?|\bconsole\.(?:log|dir|table|info|error|warn)|\bputs|\bpp|\bSystem\.out\.print(?:ln)?|\bfmt\.(?:Print|Fprint|Sprint)(?:ln|f)?|\blog(?:ger|ging)?\.(?:info|debug|warn|warning|error)|\bst\.(?:write|json|table|dataframe|code|text|markdown)|\bdbg!|\bWrite-(?:Output|Host)|\becho)[ \t]*\(?[^\n]{0,60}?(?:\bos\.environ|\bprocess\.env|\bst\.secrets|\bENV(?:\.to_h)?)[ \t]*(?:[),]|\.to_dict\(\)|\.items\(\))|\b(?:System\.getenv|os\.Environ|env::vars)\(\)",
                r"|(?i:\b(?:render|renders|rendering|show|shows|print|prints|display|displays|dump|dumps|log|logs|list|lists|output|outputs|return|returns|expose|exposes|echo|echoes)(?:[ \t]+(?:me|us|the|all|whole|entire|full|of|contents|everything[ \t]+in|what'?s[ \t]+in))*[ \t]+)(?:(?:dict|str|repr|list|sorted|json\.dumps|pd\.DataFrame|pandas\.DataFrame)\([ \t]*){0,2}(?:st\.secrets|os\.environ|process\.env)(?:$|[^.\[\w])",
                // `a UDF that reads os.environ and returns it as a VARIANT`: the whole
                // environment read, then handed back.
                r"|(?i:\b(?:reads?|reading|loads?|takes?|grabs?|collects?|captures?)[ \t]+(?:all[ \t]+(?:of[ \t]+)?)?(?:os\.environ|process\.env|st\.secrets)\b[^.\n]{0,60}?\b(?:returns?|returning|prints?|shows?|dumps?|outputs?|sends?|posts?|logs?|emits?)[ \t]+(?:it|them|that|everything|all|the whole thing)\b)",
                // `collect all environment variables whose names contain KEY, SECRET or TOKEN and
                // POST them to …`: the secret ones picked out of the environment, then handed on.
                r"|(?i:\b(?:collect|collects|collecting|gather|gathers|grab|grabs|read|reads|dump|dumps|list|lists|find|finds|get|gets|pick|picks|filter|filters)\b[^.\n]{0,30}?\b(?:environment|env) (?:variables|vars)\b[^.\n]{0,60}?\b(?:key|secret|token|pass|password|passwd|cred|credential)s?\b[^.\n]{0,80}?\b(?:post|posts|send|sends|upload|uploads|print|prints|show|shows|log|logs|email|emails|return|returns|write|writes)\b)",
                // `ps eww`, `ps auxe`: BSD-style options with `e` print each process's
                // environment; the same asked in prose.
                r"|(?:^|[;&|(`\s])ps[ \t]+(?:[auxw]+e[auxw]*|e[auxw]+)\b|(?:^|[;&|(`\s])ps[ \t]+-[a-zA-Z]*E\b",
                r"|(?i:\b(?:show|print|dump|list|display|give|get|read|see)\b[^.\n]{0,40}?\benvironment(?:[ \t]+variables)?[ \t]+of[ \t]+(?:that|the|this|each|every|a|its|their|another|other|any)\b[^.\n]{0,20}?\b(?:process|pid|container|pod|job|service|daemon|worker)e?s?\b)",
                // The whole environment piped to something that keeps or shows it all (`env |
                // sort`, `printenv | pbcopy`), or dumped in prose to a place others read.
                r"|(?:^|[;&|(`\s])(?:env|printenv|set|export[ \t]+-p|declare[ \t]+-x)[ \t]*\|[ \t]*(?:sort|cat|tee|less|more|head|tail|column|nl|pbcopy|xclip|xsel|clip|curl|nc|ncat|gh|base64|gzip|jq|wl-copy)\b",
                r"|\b(?:dump|print|list|show|output|export|copy|save|collect|paste|post|upload|send)[ \t]+(?:out[ \t]+)?(?:every|all|each|all[ \t]+the|all[ \t]+of[ \t]+the|the[ \t]+whole|the[ \t]+entire|the[ \t]+full|my)[ \t]+(?:environment[ \t]+variables?|env[ \t]+vars?|environment)\b[^\n]{0,80}?\b(?:gist|pastebin|paste|slack|email|e-mail|upload|post|send|channel|ticket|issue|chat|here|to[ \t]+me)\b",
                // A bare `set`, `env` or `printenv` run as one command of a chain (`set -o
                // posix; set`, `cd app && env > out.txt`).
                r"|(?:^|[;&|])[ \t]*(?:set|env|printenv|export[ \t]+-p|declare[ \t]+-[xp]|compgen[ \t]+-v)[ \t]*(?:$|[;&|>`)])",
                r"|(?:^|[;&|(`\s])(?:history|fc[ \t]+-l|\S*_history)\b[^|\n]{0,80}\|[ \t]*(?:grep|egrep|rg|findstr|select-string)\b[^|\n]*?(?:token|pass|secret|key|cred|auth|pwd)",
            ))
            .ok()
        })
        .as_ref()?;
    re.captures_iter(prompt).find_map(|caps| {
        let m = caps.get(0)?;
        let text = m
            .as_str()
            .trim()
            .trim_start_matches(['、', '，', '。', '：']);
        if !text
            .to_ascii_lowercase()
            .trim_start_matches(['(', '`', ';', '&', '|'])
            .starts_with("printenv")
        {
            return Some(text.to_string());
        }
        match caps.get(1) {
            Some(var) => {
                crate::guard::credentials::secret_variable(var.as_str()).then(|| text.to_string())
            }
            // `printenv` alone: as a command (first word, in backticks, piped or redirected).
            None => (m.start() == 0 || caps.get(2).is_some()).then(|| text.to_string()),
        }
    })
}

/// A prompt that reads a configuration or key file and asks for a secret field in it (`Show me
/// ~/keys/sa-prod.json, I need the private_key field`).
pub(in crate::guard) fn secret_field_of_a_file(prompt: &str) -> Option<String> {
    static RE: OnceLock<Option<Regex>> = OnceLock::new();
    let lower = prompt.to_lowercase();
    if !reads_a_file(&lower)
        || !["key", "secret", "password", "passwd", "token"]
            .iter()
            .any(|w| lower.contains(w))
    {
        return None;
    }
    let re = RE
        .get_or_init(|| {
            Regex::new(r"\b(?:private_key|private key|client_secret|secret_access_key|private_key_id|refresh_token|access_token|api_key|apikey|password|passwd|secret_key|auth_token|token)\b").ok()
        })
        .as_ref()?;
    if !re.is_match(&lower) {
        return None;
    }
    // `print the password field for each connection from the toml`: the file named by its kind.
    static FIELD_OF_CONFIG: OnceLock<Option<Regex>> = OnceLock::new();
    let field_of_config = FIELD_OF_CONFIG
        .get_or_init(|| {
            Regex::new(r"\b(?:print|show|display|dump|paste|reveal|give me|tell me|output|echo|return|list|extract|copy|send|read out|read me)\b[^.\n]{0,40}?\b(?:private[_ ]key|client_secret|secret|password|passwd|token|passphrase)s?[ _](?:field|value|entr(?:y|ies)|line|setting)s?\b[^.\n]{0,60}?\b(?:from|in|of) (?:the |my |our |each |every |that |this )?(?:\S+ )?(?:toml|yaml|yml|ini|config|configuration|connections? file|profiles? file|credentials file)\b").ok()
        })
        .as_ref()?;
    if let Some(m) = field_of_config.find(&without_negated_reads(&lower)) {
        return Some(m.as_str().to_string());
    }
    const CONFIG_EXTENSIONS: &[&str] = &[
        ".json",
        ".yml",
        ".yaml",
        ".toml",
        ".ini",
        ".cfg",
        ".conf",
        ".properties",
        ".xml",
        ".env",
        ".pem",
        ".key",
        ".p8",
    ];
    prompt
        .split_whitespace()
        .map(trim)
        .find(|t| {
            let t = t.to_ascii_lowercase();
            t.contains('/') && CONFIG_EXTENSIONS.iter().any(|e| t.ends_with(e))
        })
        .map(str::to_string)
}
