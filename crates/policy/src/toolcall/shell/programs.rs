//! What individual programs do, for the effects pass: redirections, secrets, file operands,
//! `sed`/`perl` in-place edits, `find`, searches, `kill`, `git`, `snow`, database clients,
//! containers, downloads, archives, interpreters and reverse-shell pipelines.

use super::effects::{ClientSql, Effects, MAX_ITEMS, ShellClass};
use super::tables::*;
use super::*;
use crate::toolcall::code::secret_variable;

/// Output redirections: writes, truncations, raw sockets.
pub(super) fn redirects(cmd: &Command, out: &mut Effects) {
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
pub(super) fn produces_nothing(cmd: &Command) -> bool {
    if cmd.words.is_empty() {
        return true;
    }
    let name = cmd.name();
    let args: Vec<&str> = cmd.words[1..].iter().map(|w| w.text.as_str()).collect();
    let stdin_null = cmd
        .redirects
        .iter()
        .any(|r| r.kind == RedirectKind::Read && r.target.text == "/dev/null");
    match name.as_str() {
        ":" | "true" | "false" => true,
        "cat" => {
            (!args.is_empty() && args.iter().all(|a| *a == "/dev/null"))
                || (args.is_empty() && stdin_null)
        }
        // `echo > f` leaves one empty line: the content is gone.
        "echo" => args
            .iter()
            .all(|a| *a == "-n" || *a == "-e" || a.is_empty()),
        "printf" => args.iter().all(|a| a.is_empty()),
        _ => false,
    }
}

/// `$SECRET`/`${SECRET}` in any word, assignment or expanding here-document.
pub(super) fn secret_expansions(cmd: &Command, out: &mut Effects) {
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
pub(super) fn environment(cmd: &Command, name: &str, args: &[Word], out: &mut Effects) {
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
pub(super) fn operands(args: &[Word], out: &mut Effects) {
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
pub(super) fn copy_destination(args: &[Word], out: &mut Effects) {
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
pub(super) fn recursive_copy_roots(name: &str, args: &[Word], out: &mut Effects, raw: &str) {
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
pub(super) fn archive(name: &str, args: &[Word], out: &mut Effects, raw: &str) {
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
pub(super) fn sed(args: &[Word], out: &mut Effects, raw: &str) {
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
    out.script_words
        .extend(scripts.iter().map(|s| s.to_string()));
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
pub(super) fn sed_deletes(script: &str) -> bool {
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
pub(super) fn perl_in_place(args: &[Word], out: &mut Effects, raw: &str) {
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
pub(super) fn find(args: &[Word], out: &mut Effects, raw: &str) {
    let texts: Vec<&str> = args.iter().map(|w| w.text.as_str()).collect();
    // `-exec CMD` is judged by CMD (the analyzer derives it); find itself only writes with
    // `-delete` and the `-fprint` family.
    let writes = texts
        .iter()
        .any(|t| ["-delete", "-fprint", "-fprint0", "-fprintf", "-fls"].contains(t));
    if writes {
        out.raise(ShellClass::Write, "find acts on what it finds", raw);
    }
    let acts = writes
        || texts
            .iter()
            .any(|t| ["-exec", "-execdir", "-ok", "-okdir"].contains(t));
    if acts {
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
pub(super) fn search(name: &str, args: &[Word], out: &mut Effects, raw: &str) {
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
pub(super) fn is_directory_like(p: &str) -> bool {
    matches!(p, "~" | "$HOME" | "${HOME}" | "/" | "~/") || p.ends_with('/')
}

/// `kill -9 -1`, `kill 0`: every process (of the user).
pub(super) fn kill(args: &[Word], out: &mut Effects, raw: &str) {
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
    // Ids computed by a process search (`kill $(pgrep -f .)`) may be every process; a saved
    // id (`kill $PID`) is one process.
    let searched = args.get(k..).unwrap_or(&[]).iter().any(|w| {
        w.dynamic
            && ["pgrep", "pidof", "ps ", "ps\t", "lsof", "jobs", "fuser"]
                .iter()
                .any(|p| w.text.contains(p))
    });
    if searched {
        out.raise(
            ShellClass::Destructive,
            "kills processes chosen at run time",
            raw,
        );
        return;
    }
    let every = pids.iter().any(|p| {
        *p == "0" || p.starts_with('-') && p[1..].chars().all(|c| c.is_ascii_digit()) && p.len() > 1
    }) || (texts.first() == Some(&"-1") && pids.is_empty());
    if every {
        out.raise(ShellClass::Destructive, "kills every process", raw);
    } else {
        out.raise(ShellClass::Write, "signals processes", raw);
    }
}

/// Git: read, write, network or destructive by subcommand (forced pushes and other history
/// rewrites are the analyzer's findings).
/// Programs that only read with these arguments: (program, first argument).
const READ_FORMS: &[(&str, &[&str])] = &[
    (
        "pip",
        &[
            "list", "show", "freeze", "check", "config", "debug", "inspect",
        ],
    ),
    (
        "pip3",
        &[
            "list", "show", "freeze", "check", "config", "debug", "inspect",
        ],
    ),
    (
        "npm",
        &[
            "ls", "list", "ll", "la", "explain", "why", "prefix", "root", "bin", "config", "help",
            "query",
        ],
    ),
    ("yarn", &["list", "why", "config"]),
    ("pnpm", &["ls", "list", "why"]),
    ("conda", &["list", "info", "config"]),
    (
        "brew",
        &["list", "ls", "config", "doctor", "deps", "leaves"],
    ),
    (
        "cargo",
        &[
            "tree",
            "metadata",
            "version",
            "verify-project",
            "locate-project",
            "pkgid",
        ],
    ),
    ("go", &["version", "env", "list", "doc"]),
    ("poetry", &["show", "check", "version", "config"]),
    (
        "docker",
        &[
            "ps", "images", "inspect", "logs", "version", "info", "top", "stats", "port", "diff",
            "history",
        ],
    ),
    (
        "systemctl",
        &[
            "status",
            "list-units",
            "list-unit-files",
            "show",
            "is-active",
            "is-enabled",
            "cat",
        ],
    ),
    ("dbt", &["debug", "--version"]),
];

/// Database clients: the SQL they are given is judged as SQL; the client itself reads.
const SQL_CLIENTS: &[&str] = &[
    "psql",
    "mysql",
    "mariadb",
    "sqlite3",
    "duckdb",
    "clickhouse-client",
    "sqlcmd",
    "cockroach",
    "trino",
    "presto",
    "bq",
    "sqlplus",
];

/// True when `name` with these arguments only reads (see [`READ_FORMS`], [`SQL_CLIENTS`]).
pub(super) fn read_only_form(name: &str, texts: &[&str]) -> bool {
    if SQL_CLIENTS.contains(&name) {
        return true;
    }
    let first = texts
        .iter()
        .find(|t| !t.starts_with('-'))
        .copied()
        .unwrap_or("");
    READ_FORMS
        .iter()
        .any(|(n, subs)| *n == name && subs.contains(&first))
}

/// `cp`/`mv SRC… DIR/`: each source lands as `DIR/basename(SRC)` (when the destination is
/// surely a folder: a trailing `/`, `.`, several sources, or a recursive copy).
pub(super) fn into_folder(args: &[Word], out: &mut Effects) {
    let ops: Vec<&str> = args
        .iter()
        .map(|w| w.text.as_str())
        .filter(|t| !t.starts_with('-'))
        .collect();
    let Some((dest, sources)) = ops.split_last() else {
        return;
    };
    let recursive = args.iter().any(|w| {
        let t = w.text.as_str();
        t == "--recursive"
            || (t.starts_with('-')
                && !t.starts_with("--")
                && (t.contains('r') || t.contains('R') || t.contains('a')))
    });
    let folder =
        dest.ends_with('/') || matches!(*dest, "." | ".." | "~") || sources.len() > 1 || recursive;
    if !folder {
        return;
    }
    for src in sources {
        let base = src.trim_end_matches('/').rsplit('/').next().unwrap_or(src);
        if !base.is_empty() && base != "." && base != ".." {
            out.write(&format!("{}/{}", dest.trim_end_matches('/'), base));
        }
    }
}

pub(super) fn git(args: &[Word], out: &mut Effects, raw: &str) {
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
        if sub == "clone" {
            let ops: Vec<&&str> = rest.iter().filter(|t| !t.starts_with('-')).collect();
            if let Some(dest) = ops.get(1) {
                out.write(dest);
            }
        }
        return;
    }
    if sub == "config" {
        // Setting a value writes the repository's, the user's or the system's git config
        // (aliases and pagers there run commands).
        let reads = rest.iter().any(|t| {
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
        }) || rest.iter().filter(|t| !t.starts_with('-')).count() < 2;
        if !reads {
            if has("--global") {
                out.write("~/.gitconfig");
            } else if has("--system") {
                out.write("/etc/gitconfig");
            } else {
                out.write(".git/config");
            }
            out.raise(ShellClass::Write, "git changes its configuration", raw);
            return;
        }
    }
    let destructive = match sub {
        "checkout" => {
            has("--") && rest.iter().skip_while(|t| **t != "--").nth(1).is_some()
                || has(".")
                || has("-f")
                || has("--force")
        }
        "restore" => !(has("--staged") && !has("--worktree") && !short('W')),
        "rm" => !has("--cached"),
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
        || (sub == "config" && rest.iter().filter(|t| !t.starts_with('-')).count() < 2)
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
pub(super) fn snow(args: &[Word], out: &mut Effects, raw: &str) {
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
pub(super) fn connection_flags(args: &[Word], out: &mut Effects) {
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
pub(super) fn client_sql(name: &str, args: &[Word], cmd: &Command, out: &mut Effects, raw: &str) {
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

pub(super) fn docker(args: &[Word], out: &mut Effects, raw: &str) {
    let texts: Vec<&str> = args.iter().map(|w| w.text.as_str()).collect();
    let has = |w: &str| texts.contains(&w);
    let sub = texts
        .iter()
        .find(|t| !t.starts_with('-'))
        .copied()
        .unwrap_or("");
    let compose_down_volumes = has("down") && (has("-v") || has("--volumes"));
    if compose_down_volumes
        || ["rm", "rmi", "prune", "kill"].contains(&sub)
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
pub(super) fn download(name: &str, args: &[Word], out: &mut Effects, raw: &str) {
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
            && *f != "-"
        {
            out.write(f);
        }
        for f in out_flags.iter().filter(|f| f.starts_with("--")) {
            if let Some(v) = t.strip_prefix(&format!("{f}=")) {
                out.write(v);
            }
        }
        // Short flags run together: `-so FILE`, `-sSLo FILE`, `-oFILE`.
        if t.len() > 2 && t.starts_with('-') && !t.starts_with("--") {
            for f in out_flags.iter().filter(|f| f.len() == 2) {
                let letter = &f[1..];
                if let Some(at) = t[1..].find(letter) {
                    let value = &t[1 + at + 1..];
                    if value.is_empty() {
                        if let Some(file) = texts.get(k + 1).filter(|f| **f != "-") {
                            out.write(file);
                        }
                    } else if value != "-" {
                        out.write(value);
                    }
                    break;
                }
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
pub(super) fn is_remote_operand(t: &str) -> bool {
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

pub(super) fn is_interpreter(name: &str) -> bool {
    CODE_INTERPRETERS
        .iter()
        .any(|(n, _)| *n == interpreter_name(name))
}

/// Interpreters: code is never read-only; `-m http.server` serves, `-m pip install` downloads.
pub(super) fn interpreter(name: &str, args: &[Word], out: &mut Effects, raw: &str) {
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
    if name == "php" && texts.contains(&"-S") {
        out.raise(ShellClass::Network, "serves files to the network", raw);
    }
    if name == "ruby" && texts.iter().any(|t| t.contains("httpd")) {
        out.raise(ShellClass::Network, "serves files to the network", raw);
    }
    out.raise(ShellClass::Write, "runs interpreter code", raw);
}

/// A pipeline where a shell reads its program from a network connection (`mkfifo` reverse
/// shells: `cat f | sh -i | nc host port > f`).
pub(super) fn reverse_shell_pipelines(a: &Analysis, out: &mut Effects) {
    // Bounded: each check compares two commands, so only the first few of each kind.
    let nets: Vec<&Command> = a
        .commands
        .iter()
        .filter(|c| {
            ["nc", "ncat", "netcat", "socat", "telnet", "openssl"].contains(&c.name().as_str())
        })
        .take(64)
        .collect();
    if nets.is_empty() {
        return;
    }
    for shell in a
        .commands
        .iter()
        .filter(|c| c.runs_stdin || SHELLS.contains(&c.name().as_str()))
        .take(64)
    {
        for net in &nets {
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
