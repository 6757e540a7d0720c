//! What a whole command line does, as far as the envelopes care: the worst class of any command
//! in it (read, write, network, destructive), the files it writes, the secrets it prints, the
//! folders it searches, the Snowflake connections it names and the SQL it hands to other clients.
//!
//! | class | commands |
//! | --- | --- |
//! | read | the read-only commands of `tables::READ_ONLY` (listing, printing, searching, `git status/log/diff/…`, `snow sql` itself, `--help`/`--version` of anything); `sed`/`sort`/`awk`/`find` only without their writing options |
//! | write | anything else: unknown programs and scripts, interpreters, builds, `git commit`, `cp`, `mkdir`, output redirections |
//! | network | uploads and downloads, remote shells and copies, DNS lookups, servers, package installs, cloud CLIs, `git push/fetch/pull/clone` |
//! | destructive | the analyzer's findings ([`super::destructive_reason`], `find -delete`, …) plus any deletion (`rm`, `unlink`, `rmdir`), truncation (`: > f`, `cp /dev/null f`), in-place edits that delete lines, recursive `chmod`/`chown`, killing every process, replacing the crontab, discarding git work, container/cluster/cloud deletions, reverse shells |
//!
//! Secrets (every envelope, the caller decides): printing the environment (`env`, `printenv`,
//! `export -p`, `declare -x`, `set`), expanding a secret-looking variable (`$SNOWFLAKE_PAT`)
//! anywhere, and commands that print stored credentials (`aws configure get …secret…`,
//! `gcloud auth print-access-token`, keychains, `snow connection add`).

use super::programs::*;
use super::tables::*;
use super::*;
use crate::guard::credentials::SECRET_COMMANDS;
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
    /// Words that are search patterns (`grep PATTERN file`): they name no file.
    pub pattern_words: Vec<String>,
    /// Words that are scripts (`sed '/.*/d'`, `awk '{print}'`): they may name files, but their
    /// wildcards are regular expressions, not globs.
    pub script_words: Vec<String>,
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
            script_words: Vec::new(),
        }
    }
}

/// Most commands examined by the pairwise pipeline checks (tee fed by nothing, reverse
/// shells): each is compared with every other command.
const MAX_PIPE_CHECKS: usize = 64;

/// Most paths, roots and SQL texts kept.
pub(super) const MAX_ITEMS: usize = 256;

impl Effects {
    pub(super) fn raise(&mut self, class: ShellClass, reason: &'static str, evidence: &str) {
        if class > self.class || (class == self.class && self.evidence.is_empty()) {
            self.class = class;
            self.reason = reason;
            self.evidence = evidence.to_string();
        }
    }

    pub(super) fn write(&mut self, path: &str) {
        if self.writes.len() < MAX_ITEMS && !path.is_empty() {
            self.writes.push(path.to_string());
        }
    }

    pub(super) fn secret(&mut self, evidence: &str) {
        if self.secret.is_none() {
            self.secret = Some(evidence.to_string());
        }
    }
}

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
    emptied_by_pipe(a, &mut out);
    out
}

/// `cat /dev/null | tee f`, `true | tee f`: `tee` writes what nothing produced, emptying `f`.
fn emptied_by_pipe(a: &Analysis, out: &mut Effects) {
    for tee in a
        .commands
        .iter()
        .filter(|c| c.name() == "tee")
        .take(MAX_PIPE_CHECKS)
    {
        let appends = tee
            .words
            .iter()
            .any(|w| w.text == "-a" || w.text == "--append");
        if appends {
            continue;
        }
        for &(id, stage) in &tee.pipes {
            if stage == 0 {
                continue;
            }
            let producers: Vec<&Command> = a
                .commands
                .iter()
                .filter(|c| c.pipes.iter().any(|&(i, s)| i == id && s < stage))
                .collect();
            if !producers.is_empty() && producers.iter().all(|c| produces_nothing(c)) {
                out.raise(ShellClass::Destructive, "truncates a file", &tee.raw);
            }
        }
    }
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
    if name == "aws"
        && has("configure")
        && has("get")
        && texts
            .iter()
            .skip_while(|t| **t != "get")
            .nth(1)
            .is_some_and(|k| secret_variable(k))
    {
        out.secret(raw);
    }
    if !args.is_empty() && texts.iter().all(|t| HELP_WORDS.contains(t)) {
        return;
    }
    // Set by programs whose arguments make them read-only (`crontab -l`, `pip list`).
    let mut read_form = read_only_form(&name, &texts);
    match name.as_str() {
        "env" | "printenv" => environment(cmd, &name, args, out),
        // `ps e`, `ps auxe`, `ps -E`: every process's environment.
        "ps" if texts
            .iter()
            .any(|t| (!t.starts_with('-') && t.contains('e')) || *t == "-E" || *t == "e") =>
        {
            out.secret(raw);
        }
        "jq" | "yq" | "gojq" | "jaq" => {
            if let Some(filter) = texts.iter().find(|t| !t.starts_with('-')) {
                out.pattern_words.push(filter.to_string());
            }
            if has("-i") || has("--inplace") || has("--in-place") {
                out.raise(ShellClass::Write, "edits a file in place", raw);
            }
        }
        "export" | "declare" | "typeset" | "set" | "local" => {
            let prints = args.is_empty()
                || (name != "set"
                    && texts
                        .iter()
                        .any(|t| t.starts_with('-') && (t.contains('p') || t.contains('x')))
                    && !texts.iter().any(|t| t.contains('=')));
            if prints && (name != "set" || args.is_empty()) {
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
            into_folder(args, out);
            recursive_copy_roots(&name, args, out, raw);
        }
        "mv" => {
            out.raise(ShellClass::Write, "moves files", raw);
            operands(args, out);
            into_folder(args, out);
        }
        "vi" | "vim" | "nvim" | "nano" | "emacs" | "ed" | "ex" | "pico" | "micro" | "code"
        | "subl" | "gedit" | "kate" | "joe" | "mcedit" | "helix" | "hx" => {
            out.raise(ShellClass::Write, "edits files", raw);
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
            out.script_words.push(program.to_string());
            if program.contains("ENVIRON") {
                // `ENVIRON` is the whole environment; `ENVIRON["HOME"]` one variable.
                let named: Vec<String> = program
                    .split("ENVIRON[")
                    .skip(1)
                    .map(|r| {
                        r.trim_start_matches(['"', '\''])
                            .chars()
                            .take_while(|c| c.is_ascii_alphanumeric() || *c == '_')
                            .collect()
                    })
                    .collect();
                let dumps = program.matches("ENVIRON").count() > named.len()
                    || named.iter().any(|n| n.is_empty() || secret_variable(n));
                if dumps {
                    out.secret(raw);
                }
            }
            let in_place = texts
                .iter()
                .any(|t| t.starts_with("inplace") || *t == "--inplace");
            if in_place {
                out.raise(ShellClass::Destructive, "awk rewrites files in place", raw);
                for f in texts.iter().skip_while(|t| **t != program).skip(1) {
                    out.write(f);
                }
            }
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
        "grep" | "egrep" | "fgrep" | "rg" | "ag" | "ack" | "ugrep" => search(&name, args, out, raw),
        "kill" => kill(args, out, raw),
        "pkill" | "killall" | "killall5" => {
            out.raise(ShellClass::Destructive, "kills processes by name", raw);
        }
        "crontab" => {
            if has("-l") {
                read_form = true;
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
            let local = texts.first().is_some_and(|t| {
                [
                    "fmt",
                    "validate",
                    "version",
                    "graph",
                    "console",
                    "providers",
                    "show",
                    "output",
                ]
                .contains(t)
            });
            if local {
                out.raise(ShellClass::Write, "runs an infrastructure tool", raw);
            } else {
                out.raise(ShellClass::Network, "changes infrastructure", raw);
            }
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
        || read_form
        || is_wrapper
        || ["git", "snow", "snowsql"].contains(&name.as_str());
    if !known_read && !SHELLS.contains(&name.as_str()) {
        out.raise(ShellClass::Write, "not a read-only command", raw);
    }
}
