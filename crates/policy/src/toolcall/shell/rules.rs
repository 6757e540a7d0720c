//! Which commands are destructive by themselves, and small word helpers the analyzer shares.

use super::*;

pub(super) fn interpreter_name(name: &str) -> &str {
    // python3.12 → python3
    if name.starts_with("python") {
        let base = name.trim_end_matches(|c: char| c.is_ascii_digit() || c == '.');
        return match base {
            "python" if name.starts_with("python3") => "python3",
            "python" if name.starts_with("python2") => "python2",
            b => b,
        };
    }
    name
}

/// Commands that run their input or arguments as a program.
pub(super) fn runs_programs(name: &str) -> bool {
    SHELLS.contains(&name)
        || CODE_INTERPRETERS
            .iter()
            .any(|(n, _)| *n == interpreter_name(name))
        || ["eval", "source", ".", "exec", "xargs"].contains(&name)
}

pub(super) fn join(words: &[Word]) -> String {
    words
        .iter()
        .map(|w| w.text.as_str())
        .collect::<Vec<_>>()
        .join(" ")
}

pub(super) fn looks_like_assignment(t: &str) -> bool {
    t.split_once('=').is_some_and(|(name, _)| {
        !name.is_empty() && name.chars().all(|c| c.is_ascii_alphanumeric() || c == '_')
    })
}

/// The command name cannot be known before it runs: an unquoted expansion anywhere (word
/// splitting), an expansion or glob in its last segment, or a brace sequence.
pub(super) fn name_is_computed(first: &Word) -> bool {
    // `[` and `[[` are the test command, not a glob.
    let test = matches!(first.text.as_str(), "[" | "[[");
    first.computed_name || (first.glob && !test && basename(&first.text).contains(['*', '?', '[']))
}

/// `ssh [options] host command…` → the remote command.
pub(super) fn ssh_remote_command(args: &[Word]) -> Option<String> {
    const WITH_ARG: &[&str] = &[
        "-b", "-c", "-D", "-E", "-e", "-F", "-I", "-i", "-J", "-L", "-l", "-m", "-O", "-o", "-p",
        "-Q", "-R", "-S", "-W", "-w", "-B",
    ];
    let mut k = 0;
    while let Some(a) = args.get(k) {
        let t = a.text.as_str();
        if WITH_ARG.contains(&t) {
            k += 2;
        } else if t.starts_with('-') {
            k += 1;
        } else {
            break;
        }
    }
    let rest = args.get(k + 1..)?;
    (!rest.is_empty()).then(|| join(rest))
}

/// A word that may expand to an option (`-rf`): it does not start with a literal other than `-`.
pub(super) fn may_be_option(w: &Word) -> bool {
    w.dynamic && (w.text.starts_with('$') || w.text.starts_with('`') || w.text.starts_with('-'))
}

/// Why `name args…` is destructive by itself, if it is.
///
/// | command | destructive when |
/// | --- | --- |
/// | `rm` | `-r`, `-R`, `-f`, `--recursive`, `--force`, `--no-preserve-root` in any spelling or cluster (before `--`), or an argument computed at run time |
/// | `shred`, `wipe`, `srm`, `truncate` | always |
/// | `dd` | an `of=` operand |
/// | `mkfs*`, `mke2fs`, `mkswap`, `wipefs`, `fdisk`, `sfdisk`, `cfdisk`, `parted`, `sgdisk`, `gdisk`, `blkdiscard` | always |
/// | `diskutil` | `erase*`, `zeroDisk`, `secureErase`, `partitionDisk` |
/// | `chmod` | a system root (`/`, `/etc`, `~`, …) as target; recursive with a world-writable mode or a computed target |
/// | `chown`, `chgrp` | a system root as target; recursive with a computed target |
/// | `mv` | `/dev/null` as an operand |
/// | `tee`, `cp`, `mv`, `install`, `ln`, `rsync` | a block device as an operand |
/// | `rsync` | `--delete*`, `--remove-source-files` |
/// | `shutdown`, `reboot`, `halt`, `poweroff`; `systemctl reboot|poweroff|halt|kexec`; `init 0|6` | always |
/// | `crontab` | `-r` |
/// | `cortex` | anything but `--version`/`--help`: a nested Cortex runs outside this tripwire |
/// | `git` | see [`git_reason`] |
///
/// Plus, in [`analyze`]: privilege escalation (`sudo`, `doas`, `su`, `pkexec`, `run0`), `find
/// -delete`/`-exec rm`, output redirected to a block device, a download piped or substituted into
/// an interpreter, inline code deleting directory trees, fork bombs, and computed command names.
pub fn destructive_reason(name: &str, args: &[Word]) -> Option<&'static str> {
    let texts = || args.iter().map(|w| w.text.as_str());
    let operands_before_dashdash = || args.iter().take_while(|w| w.text != "--");
    match name {
        "rm" => {
            for w in operands_before_dashdash() {
                let t = w.text.as_str();
                if may_be_option(w) {
                    return Some("rm with arguments computed at run time");
                }
                if let Some(long) = t.strip_prefix("--") {
                    let opt = long.split('=').next().unwrap_or("");
                    if !opt.is_empty()
                        && ["recursive", "force", "no-preserve-root"]
                            .iter()
                            .any(|full| full.starts_with(opt))
                    {
                        return Some("rm -r/-f");
                    }
                } else if t.len() > 1 && t.starts_with('-') && t[1..].contains(['r', 'R', 'f']) {
                    return Some("rm -r/-f");
                }
            }
            None
        }
        "shred" | "wipe" | "srm" | "truncate" => Some("overwrites or truncates files"),
        "dd" => texts()
            .any(|t| t.starts_with("of="))
            .then_some("dd writes to a file or device"),
        n if n.starts_with("mkfs")
            || [
                "mke2fs",
                "mkswap",
                "wipefs",
                "fdisk",
                "sfdisk",
                "cfdisk",
                "parted",
                "sgdisk",
                "gdisk",
                "blkdiscard",
            ]
            .contains(&n) =>
        {
            Some("formats or repartitions a disk")
        }
        "diskutil" => texts()
            .any(|t| {
                let t = t.to_ascii_lowercase();
                t.starts_with("erase")
                    || ["zerodisk", "secureerase", "partitiondisk", "randomdisk"]
                        .contains(&t.as_str())
            })
            .then_some("erases a disk"),
        "chmod" | "chown" | "chgrp" => permission_reason(name, args),
        "mv" if texts().any(|t| t == "/dev/null") => Some("mv to /dev/null"),
        "tee" | "cp" | "mv" | "install" | "ln" | "rsync"
            if texts().any(|t| is_block_device(t.strip_prefix("of=").unwrap_or(t))) =>
        {
            Some("writes to a block device")
        }
        "rsync" if texts().any(|t| t.starts_with("--delete") || t == "--remove-source-files") => {
            Some("rsync deletes files")
        }
        "shutdown" | "reboot" | "halt" | "poweroff" => Some("stops the machine"),
        "systemctl" if texts().any(|t| ["reboot", "poweroff", "halt", "kexec"].contains(&t)) => {
            Some("stops the machine")
        }
        "init" if texts().any(|t| t == "0" || t == "6") => Some("stops the machine"),
        "crontab"
            if texts().any(|t| t.starts_with('-') && !t.starts_with("--") && t.contains('r')) =>
        {
            Some("crontab -r removes every job")
        }
        "cortex" => {
            let harmless = !args.is_empty()
                && texts().all(|t| ["--version", "-V", "--help", "-h"].contains(&t));
            (!harmless).then_some("a nested Cortex runs outside the tripwire")
        }
        _ => None,
    }
}

pub(super) fn permission_reason(name: &str, args: &[Word]) -> Option<&'static str> {
    let mut recursive = false;
    let mut operands: Vec<&Word> = Vec::new();
    let mut dashdash = false;
    for w in args {
        let t = w.text.as_str();
        if !dashdash && t == "--" {
            dashdash = true;
        } else if !dashdash && t == "--recursive" {
            recursive = true;
        } else if !dashdash && t.starts_with('-') && !t.starts_with("--") && t.len() > 1 {
            // chmod modes like `-w` also start with `-`; only `R` means recursive.
            recursive |= t.contains('R');
            if name == "chmod" && !t[1..].contains('R') {
                operands.push(w);
            }
        } else if dashdash || !t.starts_with("--") {
            operands.push(w);
        }
    }
    // The first operand is the mode (chmod) or owner (chown/chgrp).
    let (spec, targets) = operands.split_first()?;
    if targets.iter().any(|t| is_system_root(&t.text)) {
        return Some("changes ownership or permissions of a system root");
    }
    let computed = targets.iter().any(|t| t.dynamic || t.glob) || spec.dynamic;
    if recursive && computed {
        return Some("recursive permission change on a path computed at run time");
    }
    if name == "chmod" && recursive && world_writable(&spec.text) {
        return Some("recursive chmod making files world-writable");
    }
    None
}

pub(super) fn world_writable(mode: &str) -> bool {
    if mode.bytes().all(|c| c.is_ascii_digit()) && !mode.is_empty() {
        let last = mode.as_bytes()[mode.len() - 1];
        return matches!(last, b'2' | b'3' | b'6' | b'7');
    }
    mode.split(',').any(|clause| {
        let who: String = clause.chars().take_while(|c| "ugoa".contains(*c)).collect();
        let rest = &clause[who.len()..];
        (rest.starts_with('+') || rest.starts_with('='))
            && rest.contains('w')
            && (who.is_empty() || who.contains('o') || who.contains('a'))
    })
}

/// `/`, top-level system folders, and HOME itself.
pub(super) fn is_system_root(path: &str) -> bool {
    let p = path.trim_end_matches("/*").trim_end_matches('/');
    if p.is_empty() {
        return path.starts_with('/');
    }
    [
        "~",
        "$HOME",
        "${HOME}",
        "/etc",
        "/usr",
        "/bin",
        "/sbin",
        "/lib",
        "/lib64",
        "/var",
        "/boot",
        "/home",
        "/root",
        "/opt",
        "/dev",
        "/proc",
        "/sys",
        "/System",
        "/Users",
        "/Library",
        "/Applications",
        "/private",
    ]
    .contains(&p)
}

pub(super) fn is_block_device(path: &str) -> bool {
    let Some(dev) = path.strip_prefix("/dev/") else {
        return false;
    };
    [
        "sd", "hd", "vd", "xvd", "nvme", "mmcblk", "disk", "rdisk", "mapper/", "dm-", "md", "loop",
        "sr", "nbd", "mem", "kmem", "port", "zram",
    ]
    .iter()
    .any(|p| dev.starts_with(p))
}

/// Why a `git SUB args…` call is destructive, if it is.
///
/// `push` with `--force`/`-f` (in any cluster), `--force-with-lease`, `--force-if-includes`,
/// `--mirror`, `--delete`/`-d`, `--prune`, a `+refspec` or a `:ref` (deletion), or an argument
/// computed at run time; `reset --hard` (or a computed argument); `clean -f`/`--force`; `branch -D`
/// or `--delete --force`; `filter-branch`/`filter-repo` (history rewrite).
pub fn git_reason(sub: &str, args: &[Word]) -> Option<&'static str> {
    let has = |pred: &dyn Fn(&str) -> bool| args.iter().any(|w| pred(&w.text));
    let short_has =
        |c: char| has(&|t: &str| t.starts_with('-') && !t.starts_with("--") && t[1..].contains(c));
    match sub {
        "push" => {
            let forced = has(&|t: &str| {
                t == "--force"
                    || t.starts_with("--force-with-lease")
                    || t == "--force-if-includes"
                    || t == "--mirror"
                    || t == "--delete"
                    || t == "--prune"
                    || (t.starts_with('+') && t.len() > 1)
                    || (t.starts_with(':') && t.len() > 1)
            }) || short_has('f')
                || short_has('d');
            if forced {
                return Some("git push that overwrites or deletes remote history");
            }
            args.iter()
                .any(may_be_option)
                .then_some("git push with arguments computed at run time")
        }
        "reset" => {
            if has(&|t: &str| t == "--hard") {
                Some("git reset --hard")
            } else {
                args.iter()
                    .any(may_be_option)
                    .then_some("git reset with arguments computed at run time")
            }
        }
        "clean" => (has(&|t: &str| t == "--force") || short_has('f')).then_some("git clean -f"),
        "branch" => (short_has('D')
            || (has(&|t: &str| t == "--delete" || t == "-d") && has(&|t: &str| t == "--force")))
        .then_some("git branch -D"),
        "filter-branch" | "filter-repo" => Some("git history rewrite"),
        _ => None,
    }
}

/// `:(){ :|:& };:` and any function that pipes itself into itself in the background.
pub(super) fn is_fork_bomb(text: &str) -> bool {
    let compact: String = text
        .chars()
        .filter(|c| !c.is_whitespace())
        .take(1 << 16)
        .collect();
    let mut from = 0;
    while let Some(k) = compact[from..].find("(){") {
        let at = from + k;
        let name_start = compact[..at]
            .char_indices()
            .rev()
            .find(|(_, c)| !(c.is_alphanumeric() || "_:.-".contains(*c)))
            .map_or(0, |(p, c)| p + c.len_utf8());
        let name = &compact[name_start..at];
        if !name.is_empty() && compact[at..].contains(&format!("{name}|{name}&")) {
            return true;
        }
        from = at + 3;
    }
    false
}
