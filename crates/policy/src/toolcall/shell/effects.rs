//! What a whole command line does, as far as the envelopes care: the worst class of any command
//! in it (read, write, network, destructive), the files it writes, the secrets it prints, the
//! folders it searches, the Snowflake connections it names and the SQL it hands to other clients.
//!
//! | class | commands |
//! | --- | --- |
//! | read | the read-only commands of [`READ_ONLY`] (listing, printing, searching, `git status/log/diff/…`, `snow sql` itself, `--help`/`--version` of anything); `sed`/`sort`/`awk`/`find` only without their writing options |
//! | write | anything else: unknown programs and scripts, interpreters, builds, `git commit`, `cp`, `mkdir`, output redirections |
//! | network | uploads and downloads, remote shells and copies, DNS lookups, servers, package installs, cloud CLIs, `git push/fetch/pull/clone` |
//! | destructive | the analyzer's findings ([`super::destructive_reason`], `find -delete`, …) plus any deletion (`rm`, `unlink`, `rmdir`), truncation (`: > f`, `cp /dev/null f`), in-place edits that delete lines, recursive `chmod`/`chown`, killing every process, replacing the crontab, discarding git work, container/cluster/cloud deletions, reverse shells |
//!
//! Secrets (every envelope, the caller decides): printing the environment (`env`, `printenv`,
//! `export -p`, `declare -x`, `set`), expanding a secret-looking variable (`$SNOWFLAKE_PAT`)
//! anywhere, and commands that print stored credentials (`aws configure get …secret…`,
//! `gcloud auth print-access-token`, keychains, `snow connection add`).

use super::*;
use crate::toolcall::code::secret_variable;

/// How far a command line reaches, from harmless to worst.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum ShellClass {
    Read,
    Write,
    Network,
    Destructive,
}

/// SQL a database client other than `snow`/`snowsql` is given.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ClientSql {
    /// `None`: the statements are not on the command line (a file, stdin, a variable).
    pub text: Option<String>,
    pub command: String,
}

/// Everything [`effects`] found.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Effects {
    pub class: ShellClass,
    /// Why (for a write or worse).
    pub reason: &'static str,
    /// The command that decided the class.
    pub evidence: String,
    /// Files and folders written, moved, deleted or changed.
    pub writes: Vec<String>,
    /// The first file an output redirection or `tee` writes (the `file_write` detail).
    pub redirect_write: Option<String>,
    /// Evidence of printing or sending a secret.
    pub secret: Option<String>,
    /// Folders searched recursively by content, or archived/copied whole (the caller decides
    /// whether one holds credentials).
    pub search_roots: Vec<(String, String)>,
    /// Snowflake connection names given to `snow`/`snowsql`.
    pub connections: Vec<String>,
    /// SQL given to `psql`, `mysql`, `sqlite3`, `duckdb`, or to Snowflake's SQL API by `curl`.
    pub client_sql: Vec<ClientSql>,
    /// Words that are search patterns (`grep PATTERN file`), not paths.
    pub pattern_words: Vec<String>,
}

impl Default for Effects {
    fn default() -> Self {
        Effects {
            class: ShellClass::Read,
            reason: "",
            evidence: String::new(),
            writes: Vec::new(),
            redirect_write: None,
            secret: None,
            search_roots: Vec::new(),
            connections: Vec::new(),
            client_sql: Vec::new(),
            pattern_words: Vec::new(),
        }
    }
}

/// Most paths, roots and SQL texts kept.
const MAX_ITEMS: usize = 256;

impl Effects {
    fn raise(&mut self, class: ShellClass, reason: &'static str, evidence: &str) {
        if class > self.class || (class == self.class && self.evidence.is_empty()) {
            self.class = class;
            self.reason = reason;
            self.evidence = evidence.to_string();
        }
    }

    fn write(&mut self, path: &str) {
        if self.writes.len() < MAX_ITEMS && !path.is_empty() {
            self.writes.push(path.to_string());
        }
    }

    fn secret(&mut self, evidence: &str) {
        if self.secret.is_none() {
            self.secret = Some(evidence.to_string());
        }
    }
}

/// Commands that only read (by themselves; their redirections are judged apart).
pub const READ_ONLY: &[&str] = &[
    "ls",
    "ll",
    "la",
    "dir",
    "vdir",
    "cat",
    "tac",
    "head",
    "tail",
    "less",
    "more",
    "most",
    "grep",
    "egrep",
    "fgrep",
    "rg",
    "ag",
    "ack",
    "ugrep",
    "wc",
    "sort",
    "uniq",
    "cut",
    "tr",
    "paste",
    "join",
    "comm",
    "column",
    "nl",
    "fold",
    "fmt",
    "expand",
    "unexpand",
    "rev",
    "diff",
    "diff3",
    "sdiff",
    "cmp",
    "stat",
    "file",
    "du",
    "df",
    "tree",
    "pwd",
    "echo",
    "printf",
    "date",
    "uname",
    "whoami",
    "id",
    "groups",
    "hostname",
    "which",
    "whereis",
    "type",
    "true",
    "false",
    "test",
    "[",
    "[[",
    "basename",
    "dirname",
    "realpath",
    "readlink",
    "md5sum",
    "sha1sum",
    "sha224sum",
    "sha256sum",
    "sha384sum",
    "sha512sum",
    "shasum",
    "cksum",
    "b2sum",
    "sum",
    "base64",
    "base32",
    "xxd",
    "od",
    "hexdump",
    "strings",
    "jq",
    "yq",
    "seq",
    "sleep",
    "cd",
    "pushd",
    "popd",
    "dirs",
    "unset",
    "alias",
    "unalias",
    "read",
    "cal",
    "bc",
    "expr",
    "locate",
    "plocate",
    "mlocate",
    "fd",
    "fdfind",
    "find",
    "ps",
    "pgrep",
    "pstree",
    "top",
    "htop",
    "free",
    "uptime",
    "nproc",
    "lscpu",
    "lsblk",
    "man",
    "help",
    "info",
    "tldr",
    "look",
    "bat",
    "batcat",
    "exa",
    "eza",
    "lsd",
    "getconf",
    "locale",
    "tput",
    "clear",
    "zcat",
    "zless",
    "zgrep",
    "bzcat",
    "xzcat",
    "zstdcat",
    "csvlook",
    "csvstat",
    "csvcut",
    "xsv",
    "iconv",
    "sed",
    "awk",
    "gawk",
    "mawk",
    "nawk",
    "tee",
    "export",
    "set",
    "shopt",
    "history",
    "time",
    "command",
    "builtin",
    "printenv",
    "env",
    "tty",
    "stty",
    "logname",
    "users",
    "who",
    "w",
    "last",
    "lsof",
    "netstat",
    "ss",
    "ip",
    "ifconfig",
    "arch",
    "sw_vers",
    "vm_stat",
    "sysctl",
    "ulimit",
    "umask",
    "wait",
    "jobs",
    "hash",
    "declare",
    "typeset",
    "local",
    "let",
    "shift",
    "getopts",
    "return",
    "exit",
    "break",
    "continue",
    ":",
    "trap",
    "caller",
    "compgen",
    "complete",
    "fc",
    "times",
    "mdfind",
    "mdls",
    "pbpaste",
    "openssl",
];

/// Commands that reach the network by themselves.
const NETWORK_COMMANDS: &[&str] = &[
    "curl",
    "wget",
    "aria2c",
    "http",
    "https",
    "xh",
    "httpie",
    "lwp-request",
    "lwp-download",
    "nc",
    "ncat",
    "netcat",
    "socat",
    "telnet",
    "ftp",
    "tftp",
    "sftp",
    "scp",
    "ssh",
    "mosh",
    "rclone",
    "ssh-copy-id",
    "dig",
    "nslookup",
    "host",
    "drill",
    "whois",
    "ping",
    "ping6",
    "traceroute",
    "tracepath",
    "mtr",
    "nmap",
    "ngrok",
    "cloudflared",
    "lt",
    "localtunnel",
    "gsutil",
    "gcloud",
    "az",
    "aws",
    "s3cmd",
    "azcopy",
    "mail",
    "sendmail",
    "mutt",
    "mailx",
    "kubectl",
    "helm",
    "terraform",
    "tofu",
    "gh",
    "glab",
    "heroku",
    "vercel",
    "netlify",
    "fly",
    "flyctl",
    "firebase",
    "ansible",
    "ansible-playbook",
    "rsh",
    "rlogin",
    "iwr",
    "irm",
    "invoke-webrequest",
    "invoke-restmethod",
    "fetch",
    "mongo",
    "mongosh",
    "redis-cli",
];

/// Package managers: these subcommands download.
const PACKAGE_MANAGERS: &[(&str, &[&str])] = &[
    ("pip", &["install", "download", "wheel", "index", "search"]),
    ("pip3", &["install", "download", "wheel", "index", "search"]),
    ("pipx", &["install", "run", "upgrade", "inject"]),
    (
        "npm",
        &[
            "install", "i", "ci", "add", "update", "up", "publish", "view", "info", "exec", "x",
            "audit", "outdated", "login", "pack", "init", "create",
        ],
    ),
    ("npx", &[""]),
    (
        "yarn",
        &[
            "add", "install", "upgrade", "publish", "dlx", "create", "up", "",
        ],
    ),
    (
        "pnpm",
        &["add", "install", "i", "update", "publish", "dlx", "create"],
    ),
    ("bun", &["add", "install", "i", "update", "x", "create"]),
    ("bunx", &[""]),
    (
        "cargo",
        &[
            "install", "publish", "fetch", "update", "search", "add", "login",
        ],
    ),
    ("go", &["get", "install", "mod"]),
    ("gem", &["install", "update", "push", "fetch"]),
    ("bundle", &["install", "update", "add"]),
    (
        "brew",
        &["install", "upgrade", "update", "tap", "reinstall"],
    ),
    (
        "apt",
        &["install", "update", "upgrade", "download", "full-upgrade"],
    ),
    (
        "apt-get",
        &[
            "install",
            "update",
            "upgrade",
            "download",
            "dist-upgrade",
            "source",
        ],
    ),
    ("yum", &["install", "update", "upgrade", "download"]),
    ("dnf", &["install", "update", "upgrade", "download"]),
    ("apk", &["add", "update", "upgrade", "fetch"]),
    (
        "conda",
        &["install", "update", "create", "upgrade", "search"],
    ),
    ("mamba", &["install", "update", "create", "upgrade"]),
    (
        "poetry",
        &["install", "add", "update", "publish", "lock", "self"],
    ),
    (
        "uv",
        &[
            "add", "sync", "lock", "pip", "tool", "run", "publish", "venv", "python",
        ],
    ),
    ("uvx", &[""]),
    (
        "pdm",
        &["install", "add", "update", "publish", "sync", "lock"],
    ),
    (
        "composer",
        &["install", "require", "update", "create-project"],
    ),
    ("dbt", &["deps", "init"]),
    (
        "docker",
        &[
            "pull", "push", "login", "search", "build", "buildx", "compose",
        ],
    ),
    ("podman", &["pull", "push", "login", "search", "build"]),
    ("snow", &["deploy", "publish", "upload"]),
];

/// Commands that print stored credentials: (program, words that must all appear).
const SECRET_COMMANDS: &[(&str, &[&str])] = &[
    ("security", &["find-generic-password"]),
    ("security", &["find-internet-password"]),
    ("security", &["dump-keychain"]),
    ("security", &["export"]),
    ("aws", &["configure", "export-credentials"]),
    ("aws", &["sts", "get-session-token"]),
    ("aws", &["sts", "assume-role"]),
    ("aws", &["ecr", "get-login-password"]),
    ("aws", &["secretsmanager", "get-secret-value"]),
    ("aws", &["ssm", "get-parameter"]),
    ("aws", &["ssm", "get-parameters"]),
    ("gcloud", &["print-access-token"]),
    ("gcloud", &["print-identity-token"]),
    ("gcloud", &["secrets", "access"]),
    ("az", &["get-access-token"]),
    ("az", &["keyvault", "secret", "show"]),
    ("gh", &["auth", "token"]),
    ("gh", &["--show-token"]),
    ("glab", &["auth", "status", "-t"]),
    ("kubectl", &["config", "view", "--raw"]),
    ("kubectl", &["get", "secret"]),
    ("kubectl", &["get", "secrets"]),
    ("kubectl", &["describe", "secret"]),
    ("git", &["credential", "fill"]),
    ("git", &["credential-store", "get"]),
    ("pass", &["show"]),
    ("op", &["read"]),
    ("op", &["item", "get"]),
    ("vault", &["read"]),
    ("vault", &["kv", "get"]),
    ("secret-tool", &["lookup"]),
    ("keyring", &["get"]),
    ("heroku", &["auth:token"]),
    ("npm", &["token"]),
    ("snow", &["connection", "add"]),
    ("snow", &["connection", "remove"]),
    ("snow", &["connection", "set-default"]),
    ("snow", &["connection", "generate-jwt"]),
    ("docker", &["login"]),
];

/// Git subcommands that only read.
const GIT_READ: &[&str] = &[
    "status",
    "log",
    "diff",
    "show",
    "blame",
    "annotate",
    "rev-parse",
    "ls-files",
    "ls-tree",
    "grep",
    "describe",
    "shortlog",
    "cat-file",
    "merge-base",
    "name-rev",
    "whatchanged",
    "help",
    "version",
    "count-objects",
    "rev-list",
    "for-each-ref",
    "show-ref",
    "check-ignore",
    "cherry",
    "range-diff",
    "diff-tree",
    "diff-index",
    "diff-files",
    "var",
    "verify-commit",
    "verify-tag",
    "check-attr",
    "check-ref-format",
    "show-branch",
    "reflog",
    "fsck",
];
/// Git subcommands that reach a remote.
const GIT_NETWORK: &[&str] = &[
    "push",
    "fetch",
    "pull",
    "clone",
    "ls-remote",
    "archive",
    "send-email",
    "request-pull",
];

/// Words of `--help`/`--version` calls, which never act.
const HELP_WORDS: &[&str] = &[
    "--help",
    "-h",
    "--version",
    "-V",
    "help",
    "version",
    "-help",
];

/// Compute the effects of an analyzed command line.
pub fn effects(a: &Analysis) -> Effects {
    let mut out = Effects::default();
    for f in &a.findings {
        out.raise(ShellClass::Destructive, f.reason, &f.command);
    }
    for cmd in &a.commands {
        command(cmd, &mut out);
    }
    for p in &a.programs {
        let f = &p.facts;
        out.raise(ShellClass::Write, "runs interpreter code", &p.command);
        if let Some(why) = f.network {
            out.raise(ShellClass::Network, why, &p.command);
        }
        if let Some(e) = &f.env_read {
            out.secret(e);
        }
        if f.writes_files {
            for s in &f.strings {
                if looks_like_path(s) {
                    out.write(s);
                }
            }
        }
    }
    reverse_shell_pipelines(a, &mut out);
    out
}

/// True when `s` reads like a file path (for strings inside code).
pub fn looks_like_path(s: &str) -> bool {
    let s = s.trim();
    !s.is_empty()
        && s.len() < 4096
        && !s.contains('\n')
        && (s.starts_with('/')
            || s.starts_with("~/")
            || s.starts_with("./")
            || s.starts_with("../")
            || s.starts_with("$HOME")
            || s.starts_with("${HOME}")
            || (s.contains('/') && !s.contains(' ')))
}

fn command(cmd: &Command, out: &mut Effects) {
    redirects(cmd, out);
    secret_expansions(cmd, out);
    let Some(first) = cmd.words.first() else {
        return;
    };
    let name = cmd.name();
    let args = &cmd.words[1..];
    let texts: Vec<&str> = args.iter().map(|w| w.text.as_str()).collect();
    let has = |w: &str| texts.contains(&w);
    let raw = cmd.raw.as_str();
    if first.text.is_empty() {
        return;
    }
    let prints_secret = SECRET_COMMANDS.iter().any(|(n, need)| {
        *n == name
            && need
                .iter()
                .all(|w| texts.iter().any(|t| t.eq_ignore_ascii_case(w)))
    });
    if prints_secret {
        out.secret(raw);
    }
    if name == "aws" && has("configure") && has("get") {
        if texts
            .iter()
            .skip_while(|t| **t != "get")
            .nth(1)
            .is_some_and(|k| secret_variable(k))
        {
            out.secret(raw);
        }
    }
    if !args.is_empty() && texts.iter().all(|t| HELP_WORDS.contains(t)) {
        return;
    }
    match name.as_str() {
        "env" | "printenv" => environment(cmd, &name, args, out),
        "export" | "declare" | "typeset" | "set" | "local" => {
            let prints = args.is_empty()
                || (name != "set"
                    && texts
                        .iter()
                        .any(|t| t.starts_with('-') && (t.contains('p') || t.contains('x')))
                    && !texts.iter().any(|t| t.contains('=')));
            if prints && !(name == "set" && !args.is_empty()) {
                out.secret(raw);
            }
        }
        "rm" | "unlink" | "rmdir" | "shred" | "srm" | "wipe" | "truncate" => {
            out.raise(ShellClass::Destructive, "deletes or truncates files", raw);
            operands(args, out);
        }
        "cp" | "install" => {
            if texts.iter().any(|t| ["/dev/null", "/dev/zero"].contains(t)) {
                out.raise(
                    ShellClass::Destructive,
                    "overwrites a file with nothing",
                    raw,
                );
            }
            out.raise(ShellClass::Write, "copies files", raw);
            copy_destination(args, out);
            recursive_copy_roots(&name, args, out, raw);
        }
        "mv" => {
            out.raise(ShellClass::Write, "moves files", raw);
            operands(args, out);
        }
        "ln" => {
            let force = texts.iter().any(|t| {
                (t.starts_with('-') && !t.starts_with("--") && t.contains('f')) || *t == "--force"
            });
            if force && has("/dev/null") {
                out.raise(
                    ShellClass::Destructive,
                    "replaces a file with /dev/null",
                    raw,
                );
            }
            out.raise(ShellClass::Write, "creates links", raw);
            if let Some(last) = args.iter().rev().find(|w| !w.text.starts_with('-')) {
                out.write(&last.text);
            }
        }
        "chmod" | "chown" | "chgrp" => {
            let recursive = texts.iter().any(|t| {
                *t == "--recursive"
                    || (t.starts_with('-') && !t.starts_with("--") && t.contains('R'))
            });
            if recursive {
                out.raise(
                    ShellClass::Destructive,
                    "recursive permission or owner change",
                    raw,
                );
            }
            out.raise(ShellClass::Write, "changes permissions", raw);
            operands(args.get(1..).unwrap_or(&[]), out);
        }
        "touch" | "mkdir" | "mkfifo" | "mknod" | "mktemp" => {
            out.raise(ShellClass::Write, "creates files", raw);
            operands(args, out);
        }
        "tee" => {
            out.raise(ShellClass::Write, "writes files", raw);
            let targets: Vec<&Word> = args.iter().filter(|w| !w.text.starts_with('-')).collect();
            for t in &targets {
                out.write(&t.text);
                if out.redirect_write.is_none() && !is_harmless_device(&t.text) {
                    out.redirect_write = Some(t.text.clone());
                }
            }
            let from_null = cmd
                .redirects
                .iter()
                .any(|r| r.kind == RedirectKind::Read && r.target.text == "/dev/null");
            if from_null && !targets.is_empty() && !has("-a") && !has("--append") {
                out.raise(ShellClass::Destructive, "truncates a file", raw);
            }
        }
        "sed" => sed(args, out, raw),
        "perl" => perl_in_place(args, out, raw),
        "sort" => {
            if let Some(k) = texts.iter().position(|t| *t == "-o" || *t == "--output") {
                out.raise(ShellClass::Write, "sort writes a file", raw);
                if let Some(f) = texts.get(k + 1) {
                    out.write(f);
                }
            } else if let Some(f) = texts.iter().find_map(|t| t.strip_prefix("--output=")) {
                out.raise(ShellClass::Write, "sort writes a file", raw);
                out.write(f);
            }
        }
        "uniq" => {
            let files: Vec<&&str> = texts.iter().filter(|t| !t.starts_with('-')).collect();
            if let Some(out_file) = files.get(1) {
                out.raise(ShellClass::Write, "uniq writes a file", raw);
                out.write(out_file);
            }
        }
        "awk" | "gawk" | "mawk" | "nawk" => {
            let program = texts
                .iter()
                .find(|t| !t.starts_with('-'))
                .copied()
                .unwrap_or("");
            let p = program.to_ascii_lowercase();
            if p.contains("system(")
                || p.contains("print >")
                || p.contains("printf >")
                || p.contains("print >>")
                || p.contains("| getline")
                || p.contains("print |")
                || has("-i")
                || texts.iter().any(|t| t.starts_with("inplace"))
            {
                out.raise(ShellClass::Write, "awk writes files or runs commands", raw);
            }
        }
        "find" => find(args, out, raw),
        "date" if texts.iter().any(|t| *t == "-s" || t.starts_with("--set")) => {
            out.raise(ShellClass::Write, "sets the clock", raw);
        }
        "hostname" if !args.is_empty() && !texts.iter().all(|t| t.starts_with('-')) => {
            out.raise(ShellClass::Write, "renames the host", raw);
        }
        "yq" | "jq" if has("-i") || has("--inplace") || has("--in-place") => {
            out.raise(ShellClass::Write, "edits a file in place", raw);
        }
        "grep" | "egrep" | "fgrep" | "rg" | "ag" | "ack" | "ugrep" => search(&name, args, out, raw),
        "kill" => kill(args, out, raw),
        "pkill" | "killall" | "killall5" => {
            out.raise(ShellClass::Destructive, "kills processes by name", raw);
        }
        "crontab" => {
            if has("-l") {
            } else if texts.iter().any(|t| !t.starts_with('-') || *t == "-") {
                out.raise(ShellClass::Destructive, "replaces the crontab", raw);
            } else {
                out.raise(ShellClass::Write, "edits the crontab", raw);
            }
        }
        "git" => git(args, out, raw),
        "snow" => snow(args, out, raw),
        "snowsql" => {
            connection_flags(args, out);
        }
        "psql" | "mysql" | "mariadb" | "sqlite3" | "duckdb" | "clickhouse-client" | "sqlcmd"
        | "cockroach" | "trino" | "presto" | "bq" | "sqlplus" => {
            client_sql(&name, args, cmd, out, raw)
        }
        "dropdb" | "dropuser" => out.raise(ShellClass::Destructive, "drops a database", raw),
        "docker" | "podman" | "nerdctl" => docker(args, out, raw),
        "kubectl" | "oc" => {
            if has("delete") || has("drain") || (has("replace") && has("--force")) {
                out.raise(ShellClass::Destructive, "deletes cluster resources", raw);
            }
            out.raise(ShellClass::Network, "talks to a cluster", raw);
        }
        "helm" => {
            if has("uninstall") || has("delete") || has("rollback") {
                out.raise(ShellClass::Destructive, "removes a release", raw);
            }
            out.raise(ShellClass::Network, "talks to a cluster", raw);
        }
        "terraform" | "tofu" | "pulumi" | "cdk" => {
            if has("destroy") || has("-destroy") || (has("state") && has("rm")) {
                out.raise(ShellClass::Destructive, "destroys infrastructure", raw);
            }
            out.raise(ShellClass::Network, "changes infrastructure", raw);
        }
        "aws" | "gsutil" | "gcloud" | "az" | "s3cmd" | "azcopy" | "rclone" => {
            let deletes = texts.iter().any(|t| {
                let t = t.to_ascii_lowercase();
                ["rm", "rb", "delete", "purge", "destroy", "remove"].contains(&t.as_str())
                    || t.starts_with("delete-")
                    || t.starts_with("terminate-")
                    || t.starts_with("remove-")
                    || t.starts_with("deregister-")
            }) || has("--delete");
            if deletes {
                out.raise(ShellClass::Destructive, "deletes cloud resources", raw);
            }
            out.raise(ShellClass::Network, "uses a cloud service", raw);
        }
        "redis-cli" => {
            if texts.iter().any(|t| {
                ["flushall", "flushdb", "del", "unlink"].contains(&t.to_ascii_lowercase().as_str())
            }) {
                out.raise(ShellClass::Destructive, "deletes keys", raw);
            }
            out.raise(ShellClass::Network, "talks to a server", raw);
        }
        "mongo" | "mongosh" => {
            let lower = texts.join(" ").to_ascii_lowercase();
            if lower.contains("drop") || lower.contains("deletemany") || lower.contains("remove(") {
                out.raise(ShellClass::Destructive, "drops data", raw);
            }
            out.raise(ShellClass::Network, "talks to a server", raw);
        }
        "nc" | "ncat" | "netcat" => {
            if texts.iter().any(|t| {
                ["-e", "-c", "--exec", "--sh-exec", "--lua-exec"].contains(t)
                    || (t.starts_with('-') && !t.starts_with("--") && t.contains('e'))
            }) {
                out.raise(
                    ShellClass::Destructive,
                    "reverse shell: hands a shell to a remote host",
                    raw,
                );
            }
            out.raise(ShellClass::Network, "opens a network connection", raw);
        }
        "socat" => {
            if texts.iter().any(|t| {
                let u = t.to_ascii_uppercase();
                u.contains("EXEC:") || u.contains("SYSTEM:")
            }) {
                out.raise(
                    ShellClass::Destructive,
                    "reverse shell: hands a shell to a remote host",
                    raw,
                );
            }
            out.raise(ShellClass::Network, "opens a network connection", raw);
        }
        "openssl" => {
            if has("s_client") || has("s_server") || has("s_time") || has("ocsp") {
                out.raise(ShellClass::Network, "opens a network connection", raw);
            }
            if let Some(k) = texts.iter().position(|t| *t == "-out") {
                out.raise(ShellClass::Write, "writes a file", raw);
                if let Some(f) = texts.get(k + 1) {
                    out.write(f);
                }
            }
        }
        "curl" | "wget" => download(&name, args, out, raw),
        "rsync" | "scp" | "sftp" => {
            let remote = texts.iter().any(|t| is_remote_operand(t));
            if remote || name != "rsync" {
                out.raise(
                    ShellClass::Network,
                    "copies files to or from another host",
                    raw,
                );
            } else {
                out.raise(ShellClass::Write, "copies files", raw);
            }
            if let Some(last) = args.iter().rev().find(|w| !w.text.starts_with('-')) {
                out.write(&last.text);
            }
            recursive_copy_roots(&name, args, out, raw);
        }
        "tar" | "zip" | "7z" | "7za" | "jar" | "cpio" | "unzip" | "gzip" | "gunzip" | "bzip2"
        | "xz" | "zstd" => archive(&name, args, out, raw),
        "dd" => {
            out.raise(ShellClass::Write, "copies raw data", raw);
            for t in &texts {
                if let Some(f) = t.strip_prefix("of=") {
                    out.write(f);
                }
            }
        }
        "systemctl" | "service" | "launchctl" => {
            if texts.iter().any(|t| {
                [
                    "stop", "disable", "mask", "kill", "unload", "remove", "bootout",
                ]
                .contains(t)
            }) {
                out.raise(ShellClass::Destructive, "stops services", raw);
            }
            if !texts.iter().all(|t| {
                ["status", "list-units", "list", "show", "is-active", "cat"].contains(t)
                    || t.starts_with('-')
            }) {
                out.raise(ShellClass::Write, "manages services", raw);
            }
        }
        n if is_interpreter(n) => interpreter(n, args, out, raw),
        n if SHELLS.contains(&n) => {
            // `sh -c '…'` is judged by what it runs; anything else runs a script we cannot see.
            let dash_c = args.iter().any(|w| {
                w.text.starts_with('-') && !w.text.starts_with("--") && w.text.contains('c')
            });
            if !dash_c {
                out.raise(ShellClass::Write, "runs a script the judge cannot see", raw);
            }
        }
        "source" | "." => out.raise(ShellClass::Write, "runs a script the judge cannot see", raw),
        _ => {}
    }
    // Package managers, network programs, then the read-only list.
    if let Some((_, subs)) = PACKAGE_MANAGERS.iter().find(|(n, _)| *n == name) {
        let sub = texts
            .iter()
            .find(|t| !t.starts_with('-'))
            .copied()
            .unwrap_or("");
        if subs.contains(&sub) || subs.contains(&"") {
            out.raise(ShellClass::Network, "downloads or publishes packages", raw);
        }
    }
    if NETWORK_COMMANDS.contains(&name.as_str()) {
        out.raise(ShellClass::Network, "reaches the network", raw);
    }
    let is_wrapper = WRAPPERS.iter().any(|w| w.names.contains(&name.as_str()));
    let known_read = READ_ONLY.contains(&name.as_str())
        || is_wrapper
        || ["git", "snow", "snowsql"].contains(&name.as_str());
    if !known_read && !SHELLS.contains(&name.as_str()) {
        out.raise(ShellClass::Write, "not a read-only command", raw);
    }
}

/// Output redirections: writes, truncations, raw sockets.
fn redirects(cmd: &Command, out: &mut Effects) {
    let raw = cmd.raw.as_str();
    for r in &cmd.redirects {
        let target = r.target.text.as_str();
        if target.starts_with("/dev/tcp/") || target.starts_with("/dev/udp/") {
            if r.kind == RedirectKind::Read {
                out.raise(ShellClass::Network, "opens a network connection", raw);
            } else {
                out.raise(
                    ShellClass::Destructive,
                    "reverse shell: hands a shell to a remote host",
                    raw,
                );
            }
            continue;
        }
        if !r.writes_file() {
            continue;
        }
        out.write(target);
        if out.redirect_write.is_none() {
            out.redirect_write = Some(target.to_string());
        }
        out.raise(ShellClass::Write, "writes a file", raw);
        if r.kind == RedirectKind::Write && produces_nothing(cmd) {
            out.raise(ShellClass::Destructive, "truncates a file", raw);
        }
    }
}

/// A command whose output is empty, so `CMD > f` only empties `f`.
fn produces_nothing(cmd: &Command) -> bool {
    let Some(first) = cmd.words.first() else {
        return true;
    };
    let name = cmd.name();
    let args: Vec<&str> = cmd.words[1..].iter().map(|w| w.text.as_str()).collect();
    let _ = first;
    match name.as_str() {
        ":" | "true" | "false" => true,
        "cat" => !args.is_empty() && args.iter().all(|a| *a == "/dev/null"),
        "echo" => args.iter().all(|a| *a == "-n" || a.is_empty()) && args.contains(&"-n"),
        "printf" => args.iter().all(|a| a.is_empty()),
        _ => false,
    }
}

/// `$SECRET`/`${SECRET}` in any word, assignment or expanding here-document.
fn secret_expansions(cmd: &Command, out: &mut Effects) {
    let words = cmd
        .words
        .iter()
        .chain(cmd.assignments.iter())
        .filter(|w| w.dynamic);
    for w in words {
        if let Some(v) = expanded_variables(&w.text)
            .into_iter()
            .find(|v| secret_variable(v))
        {
            out.secret(&format!("${v} in `{}`", cmd.raw));
            return;
        }
    }
    if cmd.stdin_dynamic
        && let Some(body) = &cmd.stdin_text
        && let Some(v) = expanded_variables(body)
            .into_iter()
            .find(|v| secret_variable(v))
    {
        out.secret(&format!("${v} in `{}`", cmd.raw));
    }
}

/// Names after `$` / `${` in `text`.
pub fn expanded_variables(text: &str) -> Vec<String> {
    let b = text.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while i < b.len() && out.len() < 64 {
        if b[i] == b'$' {
            let mut j = i + 1;
            if b.get(j) == Some(&b'{') {
                j += 1;
                // `${!prefix*}` lists names: treat the prefix as a name.
                if b.get(j) == Some(&b'!') {
                    j += 1;
                }
            }
            let start = j;
            while j < b.len() && (b[j].is_ascii_alphanumeric() || b[j] == b'_') {
                j += 1;
            }
            if j > start && !b[start].is_ascii_digit() {
                out.push(text[start..j].to_string());
            }
            i = j.max(i + 1);
        } else {
            i += 1;
        }
    }
    out
}

/// `env`/`printenv`: printing the environment (not running a command under `env`).
fn environment(cmd: &Command, name: &str, args: &[Word], out: &mut Effects) {
    if name == "printenv" {
        let names: Vec<&str> = args
            .iter()
            .map(|w| w.text.as_str())
            .filter(|t| !t.starts_with('-'))
            .collect();
        if names.is_empty() || names.iter().any(|n| secret_variable(n) || n.contains('*')) {
            out.secret(&cmd.raw);
        }
        return;
    }
    // `env [-i] [-u NAME] [NAME=value]… [command]`: with no command it prints everything.
    let mut k = 0;
    while let Some(w) = args.get(k) {
        let t = w.text.as_str();
        if t == "-u" || t == "--unset" || t == "-C" || t == "--chdir" || t == "-S" {
            k += 2;
        } else if t.starts_with('-') || looks_like_assignment(t) {
            k += 1;
        } else {
            return;
        }
    }
    out.secret(&cmd.raw);
}

/// Non-option operands are written (deleted, moved, created).
fn operands(args: &[Word], out: &mut Effects) {
    let mut dashdash = false;
    for w in args {
        if !dashdash && w.text == "--" {
            dashdash = true;
            continue;
        }
        if dashdash || !w.text.starts_with('-') {
            out.write(&w.text);
        }
    }
}

/// `cp SRC… DEST`, `cp -t DIR SRC…`: the destination is written.
fn copy_destination(args: &[Word], out: &mut Effects) {
    let texts: Vec<&str> = args.iter().map(|w| w.text.as_str()).collect();
    if let Some(k) = texts
        .iter()
        .position(|t| *t == "-t" || *t == "--target-directory")
    {
        if let Some(d) = texts.get(k + 1) {
            out.write(d);
        }
        return;
    }
    if let Some(d) = texts
        .iter()
        .find_map(|t| t.strip_prefix("--target-directory="))
    {
        out.write(d);
        return;
    }
    if let Some(last) = texts.iter().rev().find(|t| !t.starts_with('-')) {
        out.write(last);
    }
}

/// `cp -r`/`rsync`/`scp -r` of whole folders: the sources are search roots (copying HOME copies
/// its credentials).
fn recursive_copy_roots(name: &str, args: &[Word], out: &mut Effects, raw: &str) {
    let recursive = name == "rsync"
        || args.iter().any(|w| {
            let t = w.text.as_str();
            t == "--recursive"
                || t == "--archive"
                || (t.starts_with('-')
                    && !t.starts_with("--")
                    && (t.contains('r') || t.contains('R') || t.contains('a')))
        });
    if !recursive {
        return;
    }
    let ops: Vec<&Word> = args.iter().filter(|w| !w.text.starts_with('-')).collect();
    if ops.len() < 2 {
        return;
    }
    for w in &ops[..ops.len() - 1] {
        if out.search_roots.len() < MAX_ITEMS {
            out.search_roots.push((w.text.clone(), raw.to_string()));
        }
    }
}

/// `tar c`, `zip -r`, …: archiving a folder reads all of it; extracting writes.
fn archive(name: &str, args: &[Word], out: &mut Effects, raw: &str) {
    out.raise(ShellClass::Write, "writes archives", raw);
    let texts: Vec<&str> = args.iter().map(|w| w.text.as_str()).collect();
    let creates = match name {
        "tar" => {
            texts.first().is_some_and(|t| {
                let flags = t.trim_start_matches('-');
                !t.starts_with("--") && flags.contains('c')
            }) || texts.iter().any(|t| {
                *t == "--create"
                    || *t == "-c"
                    || (t.starts_with('-') && !t.starts_with("--") && t.contains('c'))
            })
        }
        "zip" | "7z" | "7za" | "jar" => true,
        _ => false,
    };
    for (k, t) in texts.iter().enumerate() {
        if ["-C", "--directory", "-d", "-f", "--file", "-o"].contains(t)
            && let Some(v) = texts.get(k + 1)
        {
            out.write(v);
        }
    }
    if creates {
        for t in texts.iter().filter(|t| !t.starts_with('-')) {
            if out.search_roots.len() < MAX_ITEMS {
                out.search_roots.push((t.to_string(), raw.to_string()));
            }
        }
    }
}

/// `sed -i SCRIPT FILE…`: an in-place edit; destructive when the script deletes lines or empties
/// them (`d`, `c`, `s/…//` that blanks whole lines).
fn sed(args: &[Word], out: &mut Effects, raw: &str) {
    let mut in_place = false;
    let mut scripts: Vec<&str> = Vec::new();
    let mut files: Vec<&str> = Vec::new();
    let mut k = 0;
    while let Some(w) = args.get(k) {
        let t = w.text.as_str();
        if t == "-e" || t == "--expression" {
            if let Some(s) = args.get(k + 1) {
                scripts.push(&s.text);
            }
            k += 2;
            continue;
        }
        if t == "-f" || t == "--file" {
            k += 2;
            continue;
        }
        if t.starts_with("--in-place")
            || (t.starts_with('-') && !t.starts_with("--") && t.contains('i'))
        {
            in_place = true;
        } else if !t.starts_with('-') {
            if scripts.is_empty()
                && !args
                    .iter()
                    .any(|w| w.text == "-e" || w.text == "--expression")
            {
                scripts.push(t);
            } else {
                files.push(t);
            }
        }
        k += 1;
    }
    let writes_file = scripts.iter().any(|s| {
        s.split([';', '\n']).any(|c| {
            let c = c.trim();
            c.starts_with('w') || c.starts_with('W') || c.contains("/w ")
        })
    });
    if writes_file {
        out.raise(ShellClass::Write, "sed writes a file", raw);
    }
    if !in_place {
        return;
    }
    for f in &files {
        out.write(f);
    }
    let deletes = scripts.iter().any(|s| sed_deletes(s));
    if deletes {
        out.raise(
            ShellClass::Destructive,
            "in-place edit that deletes content",
            raw,
        );
    } else {
        out.raise(ShellClass::Write, "edits files in place", raw);
    }
}

/// A sed script that deletes or blanks lines: a `d`/`D`/`c` command, or a substitution with an
/// empty replacement of a whole-line pattern.
fn sed_deletes(script: &str) -> bool {
    for part in script.split([';', '\n']) {
        let p = part.trim();
        // Strip an address (`1,$`, `/re/`, `$`).
        let cmd = p.trim_start_matches(|c: char| {
            c.is_ascii_digit() || matches!(c, ',' | '$' | ' ' | '!' | '+' | '~')
        });
        let cmd = if let Some(rest) = cmd.strip_prefix('/') {
            rest.split_once('/').map_or("", |(_, r)| r).trim_start()
        } else {
            cmd
        };
        if cmd.starts_with('d') || cmd.starts_with('D') || cmd.starts_with('c') {
            return true;
        }
        if let Some(rest) = cmd.strip_prefix('s')
            && let Some(delim) = rest.chars().next()
        {
            let pieces: Vec<&str> = rest[delim.len_utf8()..].split(delim).collect();
            if pieces.len() >= 2 && pieces[1].is_empty() {
                let pat = pieces[0];
                if pat.contains(".*")
                    || pat == "^"
                    || pat == "."
                    || pat.starts_with('^') && pat.ends_with('$')
                {
                    return true;
                }
            }
        }
    }
    false
}

/// `perl -i`/`-pi`: in-place; destructive when the program deletes (`-n` without printing
/// everything, a substitution that blanks lines, `unlink`).
fn perl_in_place(args: &[Word], out: &mut Effects, raw: &str) {
    let flags: String = args
        .iter()
        .map(|w| w.text.as_str())
        .filter(|t| t.starts_with('-') && !t.starts_with("--"))
        .collect();
    if !flags.contains('i') {
        return;
    }
    let program = args
        .iter()
        .position(|w| w.text.starts_with('-') && w.text.contains('e'))
        .and_then(|k| args.get(k + 1))
        .map(|w| w.text.as_str())
        .unwrap_or("");
    let compact: String = program.chars().filter(|c| !c.is_whitespace()).collect();
    let blanks =
        compact.contains("s/.*//") || compact.contains("s/^.*$//") || compact.contains("s/.+//");
    let filters = flags.contains('n') && !compact.starts_with("print;") && compact != "print";
    for w in args.iter().filter(|w| !w.text.starts_with('-')).skip(1) {
        out.write(&w.text);
    }
    if blanks || filters || program.contains("unlink") || program.contains("if 0") {
        out.raise(
            ShellClass::Destructive,
            "in-place edit that deletes content",
            raw,
        );
    } else {
        out.raise(ShellClass::Write, "edits files in place", raw);
    }
}

/// `find ROOT… [predicates]`: read-only unless it acts (`-delete`, `-exec`, `-fprint`).
fn find(args: &[Word], out: &mut Effects, raw: &str) {
    let texts: Vec<&str> = args.iter().map(|w| w.text.as_str()).collect();
    let acts = texts.iter().any(|t| {
        [
            "-exec", "-execdir", "-ok", "-okdir", "-delete", "-fprint", "-fprint0", "-fprintf",
            "-fls",
        ]
        .contains(t)
    });
    if acts {
        out.raise(ShellClass::Write, "find acts on what it finds", raw);
        if texts
            .iter()
            .any(|t| ["-exec", "-execdir", "-ok", "-okdir"].contains(t))
        {
            for root in texts
                .iter()
                .take_while(|t| !t.starts_with('-') && !["(", "!"].contains(t))
            {
                if out.search_roots.len() < MAX_ITEMS {
                    out.search_roots.push((root.to_string(), raw.to_string()));
                }
            }
        }
        if texts.contains(&"-delete") {
            for root in texts
                .iter()
                .take_while(|t| !t.starts_with('-') && !["(", "!"].contains(t))
            {
                out.write(root);
            }
        }
    }
}

/// `grep -r`, `rg`, `ag`, …: the folders they read by content.
fn search(name: &str, args: &[Word], out: &mut Effects, raw: &str) {
    let texts: Vec<&str> = args.iter().map(|w| w.text.as_str()).collect();
    let recursive = name != "grep" && name != "egrep" && name != "fgrep"
        || texts.iter().any(|t| {
            *t == "--recursive"
                || *t == "--dereference-recursive"
                || t.starts_with("--directories=recurse")
                || (t.starts_with('-')
                    && !t.starts_with("--")
                    && (t.contains('r') || t.contains('R')))
        });
    let pattern_given = texts
        .iter()
        .any(|t| *t == "-e" || *t == "-f" || *t == "--regexp" || *t == "--file");
    let mut operands: Vec<&str> = Vec::new();
    let mut k = 0;
    while let Some(t) = texts.get(k) {
        if [
            "-e",
            "-f",
            "--regexp",
            "--file",
            "-m",
            "-A",
            "-B",
            "-C",
            "-g",
            "--glob",
            "-t",
            "--type",
            "--max-count",
        ]
        .contains(t)
        {
            k += 2;
            continue;
        }
        if !t.starts_with('-') {
            operands.push(t);
        }
        k += 1;
    }
    for (k, t) in texts.iter().enumerate() {
        if ["-e", "--regexp"].contains(t)
            && let Some(p) = texts.get(k + 1)
        {
            out.pattern_words.push(p.to_string());
        }
    }
    if !pattern_given && let Some(p) = operands.first() {
        out.pattern_words.push(p.to_string());
    }
    let roots: &[&str] = if pattern_given {
        &operands
    } else {
        operands.get(1..).unwrap_or(&[])
    };
    for root in roots {
        if (recursive || is_directory_like(root)) && out.search_roots.len() < MAX_ITEMS {
            out.search_roots.push((root.to_string(), raw.to_string()));
        }
    }
}

/// `~`, `$HOME`, `/`, `dir/`: operands that name folders rather than files.
fn is_directory_like(p: &str) -> bool {
    matches!(p, "~" | "$HOME" | "${HOME}" | "/" | "~/") || p.ends_with('/')
}

/// `kill -9 -1`, `kill 0`: every process (of the user).
fn kill(args: &[Word], out: &mut Effects, raw: &str) {
    let texts: Vec<&str> = args.iter().map(|w| w.text.as_str()).collect();
    let mut k = 0;
    if texts.first().is_some_and(|t| *t == "-s" || *t == "-n") {
        k = 2;
    } else if texts
        .first()
        .is_some_and(|t| t.starts_with('-') && !t.starts_with("--") && t.len() > 1)
    {
        k = 1;
    }
    if k == 0 && texts.first() == Some(&"--") {
        k = 1;
    }
    let pids = texts.get(k..).unwrap_or(&[]);
    if pids.iter().any(|p| {
        *p == "0" || p.starts_with('-') && p[1..].chars().all(|c| c.is_ascii_digit()) && p.len() > 1
    }) {
        out.raise(ShellClass::Destructive, "kills every process", raw);
    } else if texts.first() == Some(&"-1") && pids.is_empty() {
        out.raise(ShellClass::Destructive, "kills every process", raw);
    } else {
        out.raise(ShellClass::Write, "signals processes", raw);
    }
}

/// Git: read, write, network or destructive by subcommand (forced pushes and other history
/// rewrites are the analyzer's findings).
fn git(args: &[Word], out: &mut Effects, raw: &str) {
    let texts: Vec<&str> = args.iter().map(|w| w.text.as_str()).collect();
    let mut k = 0;
    while let Some(t) = texts.get(k) {
        if [
            "-C",
            "-c",
            "--git-dir",
            "--work-tree",
            "--namespace",
            "--config-env",
        ]
        .contains(t)
        {
            k += 2;
        } else if t.starts_with('-') {
            k += 1;
        } else {
            break;
        }
    }
    let sub = texts.get(k).copied().unwrap_or("");
    let rest: Vec<&str> = texts.get(k + 1..).unwrap_or(&[]).to_vec();
    let has = |w: &str| rest.contains(&w);
    let short = |c: char| {
        rest.iter()
            .any(|t| t.starts_with('-') && !t.starts_with("--") && t.contains(c))
    };
    if sub.is_empty() || HELP_WORDS.contains(&sub) {
        return;
    }
    if GIT_NETWORK.contains(&sub) {
        out.raise(ShellClass::Network, "git reaches a remote", raw);
        if sub == "pull" || sub == "clone" {
            out.raise(ShellClass::Write, "git writes the working tree", raw);
        }
        return;
    }
    let destructive = match sub {
        "checkout" => {
            has("--") && rest.iter().skip_while(|t| **t != "--").nth(1).is_some()
                || has(".")
                || has("-f")
                || has("--force")
        }
        "restore" => !(has("--staged") && !has("--worktree") && !short('W')),
        "rm" => true,
        "stash" => has("clear") || has("drop"),
        "reflog" => has("expire") || has("delete"),
        "gc" => rest.iter().any(|t| t.starts_with("--prune")),
        "update-ref" => has("-d") || has("--delete"),
        "switch" => has("--discard-changes") || has("-f") || has("--force"),
        "worktree" => has("remove") && (has("--force") || has("-f")),
        "prune" => true,
        "clean" => short('f') || has("--force"),
        _ => false,
    };
    if destructive {
        out.raise(ShellClass::Destructive, "git discards work or history", raw);
        return;
    }
    let reads = GIT_READ.contains(&sub)
        || (sub == "branch"
            && (rest.is_empty()
                || rest.iter().all(|t| {
                    [
                        "-a",
                        "-r",
                        "-v",
                        "-vv",
                        "--list",
                        "-l",
                        "--show-current",
                        "--all",
                        "--remotes",
                        "--merged",
                        "--no-merged",
                        "--contains",
                    ]
                    .contains(t)
                })))
        || (sub == "remote"
            && (rest.is_empty()
                || rest
                    .iter()
                    .all(|t| ["-v", "--verbose", "get-url"].contains(t))))
        || (sub == "tag"
            && (rest.is_empty() || rest.iter().all(|t| ["-l", "--list", "-n"].contains(t))))
        || (sub == "config"
            && rest.iter().any(|t| {
                [
                    "--get",
                    "--list",
                    "-l",
                    "get",
                    "--get-all",
                    "--get-regexp",
                    "list",
                ]
                .contains(t)
            }))
        || (sub == "stash" && (has("list") || has("show")))
        || (sub == "clean" && (short('n') || has("--dry-run")))
        || (sub == "worktree" && has("list"))
        || (sub == "submodule" && (rest.is_empty() || has("status")));
    if reads {
        if sub == "diff" && rest.iter().any(|t| t.starts_with("--output")) {
            out.raise(ShellClass::Write, "git writes a file", raw);
        }
        return;
    }
    if sub == "remote" && (has("update") || has("show") || has("prune"))
        || sub == "submodule" && has("update")
    {
        out.raise(ShellClass::Network, "git reaches a remote", raw);
        return;
    }
    out.raise(ShellClass::Write, "git changes the repository", raw);
}

/// Snowflake CLI: `snow sql` is the SQL channel (judged by its SQL); listings read; deploys and
/// uploads reach the network; `snow stage copy @stage local` downloads (egress, through SQL).
fn snow(args: &[Word], out: &mut Effects, raw: &str) {
    connection_flags(args, out);
    let texts: Vec<String> = args.iter().map(|w| w.text.to_ascii_lowercase()).collect();
    let group = texts
        .iter()
        .find(|t| !t.starts_with('-'))
        .map(String::as_str)
        .unwrap_or("");
    let has = |w: &str| texts.iter().any(|t| t == w);
    if group == "sql" || group.is_empty() {
        return;
    }
    if has("deploy") || has("publish") || has("upload") || has("push") {
        out.raise(ShellClass::Network, "deploys to Snowflake", raw);
        return;
    }
    if group == "connection" && (has("list") || has("test")) {
        return;
    }
    if group == "stage" && has("copy") {
        // The SQL side (GET/PUT) is the analyzer's; locally it writes files.
        out.raise(ShellClass::Write, "copies staged files", raw);
        return;
    }
    if has("list") || has("describe") || has("show") || has("status") || has("list-files") {
        return;
    }
    out.raise(ShellClass::Write, "changes Snowflake objects", raw);
}

/// `-c NAME`, `--connection NAME`, `--connection=NAME` of `snow`/`snowsql`.
fn connection_flags(args: &[Word], out: &mut Effects) {
    let mut k = 0;
    while let Some(w) = args.get(k) {
        let t = w.text.as_str();
        if (t == "-c" || t == "--connection" || t == "--connection-name")
            && args.get(k + 1).is_some()
        {
            if let Some(v) = args.get(k + 1) {
                out.connections.push(v.text.clone());
            }
            k += 2;
            continue;
        }
        if let Some(v) = t.strip_prefix("--connection=") {
            out.connections.push(v.to_string());
        }
        k += 1;
    }
}

/// SQL handed to other database clients on the command line.
fn client_sql(name: &str, args: &[Word], cmd: &Command, out: &mut Effects, raw: &str) {
    let flags: &[&str] = match name {
        "psql" | "cockroach" => &["-c", "--command"],
        "mysql" | "mariadb" => &["-e", "--execute"],
        "duckdb" | "sqlite3" => &["-c", "-cmd"],
        "clickhouse-client" => &["-q", "--query"],
        "sqlcmd" => &["-Q", "-q"],
        "trino" | "presto" => &["--execute"],
        "bq" => &["query"],
        _ => &[],
    };
    let mut found = false;
    let mut k = 0;
    while let Some(w) = args.get(k) {
        let t = w.text.as_str();
        let (opt, inline) = match t.split_once('=') {
            Some((o, v)) if o.starts_with("--") => (o, Some(v)),
            _ => (t, None),
        };
        if flags.contains(&opt) {
            let value = inline
                .map(|v| (v.to_string(), w.dynamic))
                .or_else(|| args.get(k + 1).map(|v| (v.text.clone(), v.dynamic)));
            if let Some((text, dynamic)) = value {
                out.client_sql.push(ClientSql {
                    text: (!dynamic).then_some(text),
                    command: raw.to_string(),
                });
                found = true;
            }
            k += 2;
            continue;
        }
        k += 1;
    }
    if !found && (name == "sqlite3" || name == "duckdb") {
        // `sqlite3 DB "SQL"`: the second operand.
        let ops: Vec<&Word> = args.iter().filter(|w| !w.text.starts_with('-')).collect();
        if let Some(sql) = ops.get(1) {
            out.client_sql.push(ClientSql {
                text: (!sql.dynamic).then(|| sql.text.clone()),
                command: raw.to_string(),
            });
            found = true;
        }
    }
    if !found {
        let text = if cmd.stdin_dynamic {
            None
        } else {
            cmd.stdin_text.clone()
        };
        out.client_sql.push(ClientSql {
            text,
            command: raw.to_string(),
        });
    }
}

fn docker(args: &[Word], out: &mut Effects, raw: &str) {
    let texts: Vec<&str> = args.iter().map(|w| w.text.as_str()).collect();
    let has = |w: &str| texts.contains(&w);
    let sub = texts
        .iter()
        .find(|t| !t.starts_with('-'))
        .copied()
        .unwrap_or("");
    if ["rm", "rmi", "prune", "kill"].contains(&sub)
        || (has("prune")
            || (has("rm") && ["container", "image", "volume", "network", "system"].contains(&sub)))
    {
        out.raise(
            ShellClass::Destructive,
            "removes containers, images or volumes",
            raw,
        );
        return;
    }
    if [
        "ps", "images", "inspect", "logs", "version", "info", "top", "stats", "port", "diff",
        "history",
    ]
    .contains(&sub)
    {
        return;
    }
    out.raise(ShellClass::Write, "runs containers", raw);
}

/// `curl`/`wget`: network; the files they write; SQL sent to Snowflake's SQL API.
fn download(name: &str, args: &[Word], out: &mut Effects, raw: &str) {
    out.raise(ShellClass::Network, "reaches the network", raw);
    let texts: Vec<&str> = args.iter().map(|w| w.text.as_str()).collect();
    let out_flags: &[&str] = if name == "curl" {
        &["-o", "--output"]
    } else {
        &["-O", "--output-document", "-o", "--output-file"]
    };
    for (k, t) in texts.iter().enumerate() {
        if out_flags.contains(t)
            && let Some(f) = texts.get(k + 1)
        {
            if *f != "-" {
                out.write(f);
            }
        }
        for f in out_flags.iter().filter(|f| f.starts_with("--")) {
            if let Some(v) = t.strip_prefix(&format!("{f}=")) {
                out.write(v);
            }
        }
    }
    // Snowflake's SQL API: the statement travels in a JSON body.
    if !texts.iter().any(|t| t.contains("/api/v2/statements")) {
        return;
    }
    let data_flags = [
        "-d",
        "--data",
        "--data-raw",
        "--data-binary",
        "--data-ascii",
        "--json",
        "--post-data",
        "--body-data",
    ];
    let mut any = false;
    for (k, w) in args.iter().enumerate() {
        let t = w.text.as_str();
        let value = if data_flags.contains(&t) {
            args.get(k + 1)
        } else {
            None
        };
        let inline = data_flags
            .iter()
            .find_map(|f| t.strip_prefix(&format!("{f}=")))
            .map(str::to_string);
        let (body, dynamic) = match (value, inline) {
            (Some(v), _) => (v.text.clone(), v.dynamic),
            (None, Some(v)) => (v, w.dynamic),
            _ => continue,
        };
        any = true;
        let statement = (!dynamic && !body.starts_with('@'))
            .then(|| {
                serde_json::from_str::<serde_json::Value>(&body)
                    .ok()
                    .and_then(|v| {
                        v.get("statement")
                            .and_then(|s| s.as_str())
                            .map(str::to_string)
                    })
            })
            .flatten();
        out.client_sql.push(ClientSql {
            text: statement,
            command: raw.to_string(),
        });
    }
    if !any {
        out.client_sql.push(ClientSql {
            text: None,
            command: raw.to_string(),
        });
    }
}

/// `user@host:path`, `host:path`, `rsync://…`: an operand on another machine.
fn is_remote_operand(t: &str) -> bool {
    if t.starts_with("rsync://") || t.starts_with("sftp://") || t.starts_with("scp://") {
        return true;
    }
    if t.starts_with('-') || t.starts_with('/') || t.starts_with('.') || t.starts_with('~') {
        return false;
    }
    match t.split_once(':') {
        Some((host, _)) => !host.is_empty() && !host.contains('/') && host.len() > 1,
        None => false,
    }
}

fn is_interpreter(name: &str) -> bool {
    CODE_INTERPRETERS
        .iter()
        .any(|(n, _)| *n == interpreter_name(name))
}

/// Interpreters: code is never read-only; `-m http.server` serves, `-m pip install` downloads.
fn interpreter(name: &str, args: &[Word], out: &mut Effects, raw: &str) {
    let texts: Vec<&str> = args.iter().map(|w| w.text.as_str()).collect();
    if let Some(k) = texts.iter().position(|t| *t == "-m") {
        let module = texts.get(k + 1).copied().unwrap_or("");
        let rest = texts.get(k + 2..).unwrap_or(&[]);
        if [
            "http.server",
            "SimpleHTTPServer",
            "smtpd",
            "ftplib",
            "aiosmtpd",
        ]
        .contains(&module)
            || (["pip", "pip3", "ensurepip"].contains(&module)
                && rest
                    .iter()
                    .any(|t| ["install", "download", "wheel"].contains(t)))
        {
            out.raise(
                ShellClass::Network,
                "serves or downloads over the network",
                raw,
            );
        }
    }
    if name == "php" && texts.iter().any(|t| *t == "-S") {
        out.raise(ShellClass::Network, "serves files to the network", raw);
    }
    if name == "ruby" && texts.iter().any(|t| t.contains("httpd")) {
        out.raise(ShellClass::Network, "serves files to the network", raw);
    }
    out.raise(ShellClass::Write, "runs interpreter code", raw);
}

/// A pipeline where a shell reads its program from a network connection (`mkfifo` reverse
/// shells: `cat f | sh -i | nc host port > f`).
fn reverse_shell_pipelines(a: &Analysis, out: &mut Effects) {
    for shell in a
        .commands
        .iter()
        .filter(|c| c.runs_stdin || SHELLS.contains(&c.name().as_str()))
    {
        for net in a.commands.iter().filter(|c| {
            ["nc", "ncat", "netcat", "socat", "telnet", "openssl"].contains(&c.name().as_str())
        }) {
            let same_pipeline = shell
                .pipes
                .iter()
                .any(|(id, _)| net.pipes.iter().any(|(nid, _)| nid == id));
            if same_pipeline {
                out.raise(
                    ShellClass::Destructive,
                    "reverse shell: hands a shell to a remote host",
                    &shell.raw,
                );
                return;
            }
        }
    }
}
