//! Looking through commands that run other commands, and what each runs.

use super::*;

/// Shells whose `-c` string, stdin or here-document is a script we parse.
pub(super) const SHELLS: &[&str] = &[
    "sh", "bash", "zsh", "dash", "ksh", "mksh", "ash", "fish", "csh", "tcsh", "rbash", "yash",
];

/// Interpreters of other languages: `(name, flags whose value is inline code)`.
pub(super) const CODE_INTERPRETERS: &[(&str, &[&str])] = &[
    ("python", &["-c"]),
    ("python2", &["-c"]),
    ("python3", &["-c"]),
    ("pypy", &["-c"]),
    ("pypy3", &["-c"]),
    ("perl", &["-e", "-E"]),
    ("ruby", &["-e"]),
    ("irb", &[]),
    ("node", &["-e", "--eval", "-p", "--print"]),
    ("nodejs", &["-e", "--eval", "-p", "--print"]),
    ("bun", &["-e", "--eval", "-p", "--print"]),
    ("deno", &["eval"]),
    ("php", &["-r"]),
    ("lua", &["-e"]),
    ("luajit", &["-e"]),
    ("rscript", &["-e"]),
    ("pwsh", &["-c", "-command"]),
    ("powershell", &["-c", "-command"]),
    ("osascript", &["-e"]),
    ("tclsh", &[]),
];

/// Programs that fetch data from the network.
pub(super) const DOWNLOADERS: &[&str] = &[
    "curl",
    "wget",
    "fetch",
    "aria2c",
    "http",
    "https",
    "xh",
    "httpie",
    "lwp-request",
    "lwp-download",
    "get",
    "nc",
    "ncat",
    "netcat",
    "socat",
    "ftp",
    "tftp",
    "iwr",
    "irm",
    "invoke-webrequest",
    "invoke-restmethod",
];

/// Commands that run the rest of their arguments as a command.
pub(super) struct Wrapper {
    pub(super) names: &'static [&'static str],
    /// Options that take a separate argument.
    pub(super) arg_opts: &'static [&'static str],
    /// Options whose argument is a shell script.
    pub(super) script_opts: &'static [&'static str],
    /// Operands before the command (`timeout DURATION cmd`).
    pub(super) positional: usize,
    /// Escalates privileges (destructive by itself).
    pub(super) escalates: bool,
}

pub(super) const WRAPPERS: &[Wrapper] = &[
    Wrapper {
        names: &["sudo"],
        arg_opts: &[
            "-u",
            "-g",
            "-h",
            "-p",
            "-C",
            "-D",
            "-r",
            "-t",
            "-T",
            "-U",
            "--user",
            "--group",
            "--host",
            "--prompt",
            "--close-from",
            "--chdir",
            "--role",
            "--type",
            "--command-timeout",
            "--other-user",
        ],
        script_opts: &[],
        positional: 0,
        escalates: true,
    },
    Wrapper {
        names: &["doas"],
        arg_opts: &["-C", "-u"],
        script_opts: &[],
        positional: 0,
        escalates: true,
    },
    Wrapper {
        names: &["pkexec", "run0"],
        arg_opts: &["--user", "-u"],
        script_opts: &[],
        positional: 0,
        escalates: true,
    },
    Wrapper {
        names: &["su", "runuser"],
        arg_opts: &[
            "-s",
            "-g",
            "-G",
            "--shell",
            "--group",
            "--supp-group",
            "-u",
            "--user",
        ],
        script_opts: &["-c", "--command", "--session-command"],
        // `su USER`: the operand is a user name, not a command.
        positional: usize::MAX,
        escalates: true,
    },
    Wrapper {
        names: &[
            "nohup",
            "command",
            "builtin",
            "setsid",
            "unbuffer",
            "busybox",
            "toybox",
            "caffeinate",
        ],
        arg_opts: &["-t", "-w"],
        script_opts: &[],
        positional: 0,
        escalates: false,
    },
    Wrapper {
        names: &["exec"],
        arg_opts: &["-a"],
        script_opts: &[],
        positional: 0,
        escalates: false,
    },
    Wrapper {
        names: &["time"],
        arg_opts: &["-f", "-o", "--format", "--output"],
        script_opts: &[],
        positional: 0,
        escalates: false,
    },
    Wrapper {
        names: &["nice"],
        arg_opts: &["-n", "--adjustment"],
        script_opts: &[],
        positional: 0,
        escalates: false,
    },
    Wrapper {
        names: &["timeout"],
        arg_opts: &["-s", "-k", "--signal", "--kill-after"],
        script_opts: &[],
        positional: 1,
        escalates: false,
    },
    Wrapper {
        names: &["env"],
        arg_opts: &["-u", "-C", "--unset", "--chdir", "-P"],
        script_opts: &["-S", "--split-string"],
        positional: 0,
        escalates: false,
    },
    Wrapper {
        names: &["xargs"],
        arg_opts: &[
            "-a",
            "-d",
            "-E",
            "-I",
            "-L",
            "-n",
            "-P",
            "-s",
            "--arg-file",
            "--delimiter",
            "--eof",
            "--replace",
            "--max-lines",
            "--max-args",
            "--max-procs",
            "--max-chars",
            "--process-slot-var",
        ],
        script_opts: &[],
        positional: 0,
        escalates: false,
    },
    Wrapper {
        names: &["stdbuf"],
        arg_opts: &["-i", "-o", "-e", "--input", "--output", "--error"],
        script_opts: &[],
        positional: 0,
        escalates: false,
    },
    Wrapper {
        names: &["ionice"],
        arg_opts: &[
            "-c",
            "-n",
            "-p",
            "-P",
            "-u",
            "--class",
            "--classdata",
            "--pid",
            "--pgid",
            "--uid",
        ],
        script_opts: &[],
        positional: 0,
        escalates: false,
    },
    Wrapper {
        names: &["chroot"],
        arg_opts: &["--userspec", "--groups"],
        script_opts: &[],
        positional: 1,
        escalates: false,
    },
    Wrapper {
        names: &["taskset", "chrt"],
        arg_opts: &[],
        script_opts: &[],
        positional: 1,
        escalates: false,
    },
    Wrapper {
        names: &["flock"],
        arg_opts: &["-w", "-E", "--timeout", "--conflict-exit-code"],
        script_opts: &["-c", "--command"],
        positional: 1,
        escalates: false,
    },
    Wrapper {
        names: &["strace", "ltrace"],
        arg_opts: &[
            "-o", "-e", "-p", "-s", "-u", "-E", "-a", "-b", "-I", "-O", "-S", "-P", "-X", "-n",
            "-l",
        ],
        script_opts: &[],
        positional: 0,
        escalates: false,
    },
    Wrapper {
        names: &["sshpass"],
        arg_opts: &["-p", "-f", "-d", "-P"],
        script_opts: &[],
        positional: 0,
        escalates: false,
    },
    Wrapper {
        names: &[
            "proxychains",
            "proxychains4",
            "torsocks",
            "tsocks",
            "torify",
        ],
        arg_opts: &["-f"],
        script_opts: &[],
        positional: 0,
        escalates: false,
    },
    Wrapper {
        names: &["systemd-run"],
        arg_opts: &[
            "-u",
            "--unit",
            "-p",
            "--property",
            "-E",
            "--setenv",
            "--slice",
            "-M",
            "--machine",
            "--uid",
            "--gid",
            "--working-directory",
            "--on-calendar",
            "--on-active",
        ],
        script_opts: &[],
        positional: 0,
        escalates: false,
    },
    Wrapper {
        names: &["watch"],
        arg_opts: &["-n", "-q", "--interval", "--equexit", "--drift"],
        script_opts: &[],
        positional: 0,
        escalates: false,
    },
];

#[derive(Default)]
pub(super) struct Analyzer {
    pub(super) sink: Sink,
    pub(super) findings: Vec<Finding>,
    pub(super) sql: Vec<EmbeddedSql>,
    pub(super) code: Vec<String>,
    /// Inline programs and what they would do.
    pub(super) programs: Vec<Program>,
    /// Files written earlier in the same text, with their content when it can be read
    /// (`echo '…' > f`, `cat > f <<EOF`): running one later runs that content.
    pub(super) written: Vec<(String, Option<String>)>,
    /// Interpreters whose piped input was already looked at.
    pub(super) piped_done: std::collections::HashSet<usize>,
}

impl Analyzer {
    pub(super) fn parse_script(
        &mut self,
        text: &str,
        depth: u8,
        pipes: Vec<(u32, u16)>,
        feeds: Option<usize>,
    ) -> Result<(), ShellError> {
        let first = self.sink.commands.len();
        parse_into(&mut self.sink, text, depth, pipes, feeds)?;
        if depth > 0 {
            for c in &mut self.sink.commands[first..] {
                c.derived = true;
            }
        }
        if is_fork_bomb(text) {
            self.flag("fork bomb", text);
        }
        Ok(())
    }

    pub(super) fn flag(&mut self, reason: &'static str, command: &str) {
        self.findings.push(Finding {
            reason,
            command: bounded(command),
        });
    }

    /// Add `words` as a command run by command `i`.
    pub(super) fn derive(&mut self, i: usize, words: Vec<Word>) -> Result<(), ShellError> {
        if words.is_empty() {
            return Ok(());
        }
        let parent = &self.sink.commands[i];
        let cmd = Command {
            words,
            assignments: Vec::new(),
            redirects: Vec::new(),
            stdin_text: parent.stdin_text.clone(),
            stdin_dynamic: parent.stdin_dynamic,
            raw: parent.raw.clone(),
            depth: parent.depth,
            derived: true,
            pipes: parent.pipes.clone(),
            feeds: parent.feeds,
            runs_stdin: false,
        };
        if self.sink.commands.len() >= MAX_COMMANDS {
            return Err(ShellError::TooManyCommands);
        }
        self.sink.count_words(cmd.words.len())?;
        self.sink.commands.push(cmd);
        Ok(())
    }

    /// Parse `script` as commands run by command `i`.
    pub(super) fn run_script(&mut self, i: usize, script: &str) -> Result<(), ShellError> {
        let parent = &self.sink.commands[i];
        let depth = parent.depth.saturating_add(1);
        let pipes = parent.pipes.clone();
        let feeds = parent.feeds;
        self.parse_script(script, depth, pipes, feeds)
    }

    pub(super) fn inspect(&mut self, i: usize) -> Result<(), ShellError> {
        let cmd = self.sink.commands[i].clone();
        for r in &cmd.redirects {
            if r.writes_file() && is_block_device(&r.target.text) {
                self.flag("writes to a block device", &cmd.raw);
            }
            if r.writes_file() {
                self.remember_written(&r.target.text, written_content(&cmd));
            }
        }
        if cmd.name() == "tee" {
            for w in cmd
                .words
                .iter()
                .skip(1)
                .filter(|w| !w.text.starts_with('-'))
            {
                self.remember_written(&w.text, cmd.stdin_text.clone());
            }
        }
        let Some(first) = cmd.words.first() else {
            return Ok(());
        };
        let name = cmd.name();
        if name_is_computed(first) {
            self.flag("command name computed at run time", &cmd.raw);
            return Ok(());
        }
        let args = &cmd.words[1..];
        if first.text.contains('/') && self.find_written(&first.text).is_some() {
            return self.run_written(i, &cmd, &first.text.clone());
        }
        if let Some(w) = WRAPPERS.iter().find(|w| w.names.contains(&name.as_str())) {
            return self.look_through_wrapper(i, &cmd, w, &name, args);
        }
        if SHELLS.contains(&name.as_str()) {
            return self.shell(i, &cmd, args);
        }
        if let Some((_, flags)) = CODE_INTERPRETERS
            .iter()
            .find(|(n, _)| interpreter_name(&name) == *n)
        {
            return self.interpreter(i, &cmd, args, flags);
        }
        match name.as_str() {
            "eval" => {
                if args.iter().any(|w| w.dynamic) {
                    self.flag("eval of text computed at run time", &cmd.raw);
                }
                let script = join(args);
                self.run_script(i, &script)?;
            }
            "source" | "." if args.first().is_some_and(|a| names_stdin(&a.text)) => {
                self.sink.commands[i].runs_stdin = true;
                // `. /dev/stdin <<< 'rm -rf ~'`: the here-string is the script.
                if let Some(body) = &cmd.stdin_text {
                    let body = body.clone();
                    self.run_script(i, &body)?;
                }
            }
            "source" | "." => {
                if let Some(file) = args.first() {
                    self.run_written(i, &cmd, &file.text)?;
                }
            }
            "script" => {
                // `script -c CMD [file]`, `script -qc CMD`.
                let mut k = 0;
                while let Some(a) = args.get(k) {
                    let t = a.text.as_str();
                    if t == "-c" || t == "--command" {
                        if let Some(v) = args.get(k + 1) {
                            let v = v.text.clone();
                            self.run_script(i, &v)?;
                        }
                        k += 2;
                        continue;
                    }
                    if let Some(v) = t.strip_prefix("--command=") {
                        let v = v.to_string();
                        self.run_script(i, &v)?;
                    } else if t.starts_with('-') && !t.starts_with("--") && t.ends_with('c') {
                        if let Some(v) = args.get(k + 1) {
                            let v = v.text.clone();
                            self.run_script(i, &v)?;
                        }
                        k += 2;
                        continue;
                    }
                    k += 1;
                }
            }
            "parallel" => {
                // `parallel CMD ::: ARGS`: CMD with the arguments appended.
                let mut k = 0;
                while args.get(k).is_some_and(|a| a.text.starts_with('-')) {
                    k += 1;
                }
                let end = args[k.min(args.len())..]
                    .iter()
                    .position(|w| w.text.starts_with(":::"))
                    .map_or(args.len(), |p| k + p);
                let mut words: Vec<Word> = args[k.min(end)..end].to_vec();
                words.extend(
                    args.get(end + 1..)
                        .unwrap_or(&[])
                        .iter()
                        .filter(|w| !w.text.starts_with(":::"))
                        .cloned(),
                );
                self.derive(i, words)?;
            }
            "tar" => {
                for (k, a) in args.iter().enumerate() {
                    let t = a.text.as_str();
                    let script = [
                        "--checkpoint-action=exec=",
                        "--to-command=",
                        "--use-compress-program=",
                        "--info-script=",
                        "--new-volume-script=",
                        "--rsh-command=",
                    ]
                    .iter()
                    .find_map(|p| t.strip_prefix(p))
                    .map(str::to_string)
                    .or_else(|| {
                        (t == "-I" || t == "--to-command" || t == "--use-compress-program")
                            .then(|| args.get(k + 1).map(|w| w.text.clone()))
                            .flatten()
                    });
                    if let Some(script) = script {
                        self.flag("tar runs a command", &cmd.raw);
                        self.run_script(i, &script)?;
                    }
                }
            }
            "trap" => {
                if let Some(a) = args.first()
                    && !a.text.starts_with('-')
                {
                    self.run_script(i, &a.text)?;
                }
            }
            "alias" => {
                for a in args {
                    if let Some((_, value)) = a.text.split_once('=') {
                        let value = value.to_string();
                        self.run_script(i, &value)?;
                    }
                }
            }
            "ssh" => {
                if let Some(remote) = ssh_remote_command(args) {
                    self.run_script(i, &remote)?;
                }
            }
            // `at`/`batch` run the script they read later, unseen by any later check.
            "at" | "batch" => {
                if let Some(body) = &cmd.stdin_text {
                    let body = body.clone();
                    self.run_script(i, &body)?;
                }
                self.sink.commands[i].runs_stdin = true;
            }
            "find" => self.find(i, &cmd, args)?,
            "awk" | "gawk" | "mawk" | "nawk" => self.awk(i, &cmd, args)?,
            "git" => self.git(i, &cmd, args)?,
            "snow" => self.snow(&cmd, args),
            "snowsql" => self.snowsql(&cmd, args),
            _ => {}
        }
        if let Some(reason) = destructive_reason(&name, args) {
            self.flag(reason, &cmd.raw);
        }
        Ok(())
    }

    pub(super) fn look_through_wrapper(
        &mut self,
        i: usize,
        cmd: &Command,
        w: &Wrapper,
        name: &str,
        args: &[Word],
    ) -> Result<(), ShellError> {
        if w.escalates {
            self.flag("privilege escalation", &cmd.raw);
        }
        let mut k = 0;
        let mut unsure = false;
        let mut scripts: Vec<String> = Vec::new();
        while let Some(a) = args.get(k) {
            let t = a.text.as_str();
            if t == "--" {
                k += 1;
                break;
            }
            if name == "env" && (t == "-" || t == "-i") {
                k += 1;
                continue;
            }
            if !t.starts_with('-') || t == "-" {
                break;
            }
            if t.starts_with("--")
                && let Some((opt, value)) = t.split_once('=')
            {
                if w.script_opts.contains(&opt) {
                    scripts.push(value.to_string());
                }
                k += 1;
                continue;
            }
            if w.script_opts.contains(&t) {
                if let Some(v) = args.get(k + 1) {
                    scripts.push(v.text.clone());
                }
                k += 2;
                continue;
            }
            if w.arg_opts.contains(&t) {
                k += 2;
                continue;
            }
            let attached = t.len() > 2 && !t.starts_with("--") && t.is_char_boundary(2);
            if attached && w.script_opts.contains(&&t[..2]) {
                scripts.push(t[2..].to_string());
            } else if !(attached && w.arg_opts.contains(&&t[..2])) {
                // An option we do not know might take an argument.
                unsure = true;
            }
            k += 1;
        }
        for s in scripts {
            self.run_script(i, &s)?;
        }
        if name == "env" {
            while args.get(k).is_some_and(|a| looks_like_assignment(&a.text)) {
                k += 1;
            }
        }
        if w.positional == usize::MAX {
            return Ok(());
        }
        k += w.positional;
        if name == "watch" {
            let script = join(args.get(k..).unwrap_or(&[]));
            return self.run_script(i, &script);
        }
        if name == "xargs" && k >= args.len() {
            return Ok(());
        }
        if name == "sudo"
            && args[..k.min(args.len())]
                .iter()
                .any(|a| a.text == "-s" || a.text == "-i")
        {
            let script = join(args.get(k..).unwrap_or(&[]));
            self.run_script(i, &script)?;
        }
        self.derive(i, args.get(k..).unwrap_or(&[]).to_vec())?;
        if unsure {
            self.derive(i, args.get(k + 1..).unwrap_or(&[]).to_vec())?;
        }
        Ok(())
    }

    pub(super) fn shell(
        &mut self,
        i: usize,
        cmd: &Command,
        args: &[Word],
    ) -> Result<(), ShellError> {
        let mut k = 0;
        let mut dash_c = false;
        let mut dash_s = false;
        while let Some(a) = args.get(k) {
            let t = a.text.as_str();
            if t == "--" || t == "-" {
                k += 1;
                dash_s |= t == "-";
                break;
            }
            if ["-o", "+o", "-O", "+O", "--rcfile", "--init-file"].contains(&t) {
                k += 2;
                continue;
            }
            if t.starts_with("--") {
                k += 1;
                continue;
            }
            if (t.starts_with('-') || t.starts_with('+')) && t.len() > 1 {
                if t.starts_with('-') {
                    dash_c |= t.contains('c');
                    dash_s |= t.contains('s');
                }
                k += 1;
                continue;
            }
            break;
        }
        if dash_c {
            if let Some(script) = args.get(k) {
                let script = script.text.clone();
                self.run_script(i, &script)?;
            }
            return Ok(());
        }
        let from_stdin =
            dash_s || k >= args.len() || args.get(k).is_some_and(|a| names_stdin(&a.text));
        if !from_stdin && let Some(file) = args.get(k) {
            return self.run_written(i, cmd, &file.text);
        }
        if from_stdin {
            self.sink.commands[i].runs_stdin = true;
            if let Some(body) = &cmd.stdin_text {
                let body = body.clone();
                self.run_script(i, &body)?;
            }
        }
        Ok(())
    }

    pub(super) fn interpreter(
        &mut self,
        i: usize,
        cmd: &Command,
        args: &[Word],
        code_flags: &[&str],
    ) -> Result<(), ShellError> {
        let mut code: Vec<String> = Vec::new();
        let mut runs_file = false;
        let mut k = 0;
        while let Some(a) = args.get(k) {
            let t = a.text.as_str();
            let lower = t.to_ascii_lowercase();
            // `perl -MLWP::Simple`, `ruby -rsocket`: modules loaded are part of the program.
            if (t.starts_with("-M") || t.starts_with("-r")) && t.len() > 2 && cmd.name() != "python"
            {
                code.push(format!("use {};", &t[2..]));
                k += 1;
                continue;
            }
            if code_flags.contains(&lower.as_str()) {
                if let Some(v) = args.get(k + 1) {
                    if v.text.contains("$(") || v.text.contains('`') {
                        self.flag("runs code computed at run time", &cmd.raw);
                    }
                    code.push(v.text.clone());
                }
                k += 2;
                continue;
            }
            if let Some(flag) = code_flags
                .iter()
                .find(|f| f.len() == 2 && f.starts_with('-') && t.len() > 2 && t.starts_with(*f))
            {
                code.push(t[flag.len()..].to_string());
                k += 1;
                continue;
            }
            if t == "-m" {
                runs_file = true;
                break;
            }
            if names_stdin(t) {
                break;
            }
            if !t.starts_with('-') {
                runs_file = true;
                break;
            }
            k += 1;
        }
        if runs_file
            && let Some(file) = args.get(k)
            && let Some((_, content)) = self.find_written(&file.text)
        {
            match content {
                Some(body) => code.push(body),
                None => self.flag("runs a program written at run time", &cmd.raw),
            }
        }
        if code.is_empty() && !runs_file {
            self.sink.commands[i].runs_stdin = true;
            if let Some(body) = &cmd.stdin_text {
                self.code.push(body.clone());
                code.push(body.clone());
            }
        }
        for c in code {
            self.inline_code(i, cmd, &c)?;
        }
        Ok(())
    }

    /// `awk PROGRAM`: `system()`, `print | "cmd"` and `"cmd" | getline` run shell commands, so
    /// every string in the program is read as one.
    pub(super) fn awk(&mut self, i: usize, cmd: &Command, args: &[Word]) -> Result<(), ShellError> {
        let mut k = 0;
        while let Some(a) = args.get(k) {
            match a.text.as_str() {
                "-f" | "--file" => return Ok(()),
                "-F" | "-v" | "--assign" | "--field-separator" => k += 2,
                "-e" | "--source" => {
                    return self.awk_program(i, cmd, args.get(k + 1));
                }
                t if t.starts_with('-') && t != "-" => k += 1,
                _ => return self.awk_program(i, cmd, Some(a)),
            }
        }
        Ok(())
    }

    pub(super) fn awk_program(
        &mut self,
        i: usize,
        cmd: &Command,
        program: Option<&Word>,
    ) -> Result<(), ShellError> {
        let Some(program) = program else {
            return Ok(());
        };
        if program.text.contains("$(") || program.text.contains('`') {
            self.flag("runs code computed at run time", &cmd.raw);
        }
        let lower = program.text.to_ascii_lowercase();
        let runs = lower.contains("system(")
            || lower.contains("| getline")
            || lower.contains("|getline")
            || lower.contains("print |")
            || lower.contains("print|")
            || lower.contains("printf |");
        if runs {
            let facts = crate::toolcall::code::analyze(&program.text);
            if facts.computed_commands || joins_adjacent_strings(&program.text) {
                self.flag("awk runs a command built at run time", &cmd.raw);
            }
        }
        for s in sql::code_strings(&program.text)
            .into_iter()
            .take(MAX_CODE_STRINGS)
        {
            self.run_script(i, &s)?;
        }
        Ok(())
    }

    /// Interpreters reading their program from a pipe: the program is what the earlier stages
    /// print. `echo`/`printf` of literal text and `cat` of a here-document are read as the
    /// program; `cat FILE` is like running the file (not seen, allowed); anything else
    /// (`base64 -d`, `xxd -r`, `tr`, …) produces a program we cannot see, so it is destructive.
    pub(super) fn piped_programs(&mut self) -> Result<(), ShellError> {
        let runners: Vec<usize> = (0..self.sink.commands.len())
            .filter(|r| {
                let c = &self.sink.commands[*r];
                c.runs_stdin && c.pipes.iter().any(|(_, stage)| *stage > 0)
            })
            .filter(|r| !self.piped_done.contains(r))
            .collect();
        if self.piped_done.len() + runners.len() > MAX_PIPED_INTERPRETERS {
            // Each one is compared with every earlier stage: bound the work, deny.
            let first = runners
                .first()
                .map(|r| self.sink.commands[*r].raw.clone())
                .unwrap_or_default();
            self.flag("too many interpreters reading pipes", &first);
            self.piped_done.extend(runners);
            return Ok(());
        }
        for r in runners {
            self.piped_done.insert(r);
            let runner = self.sink.commands[r].clone();
            let mut programs: Vec<String> = Vec::new();
            let mut unseen = false;
            for (p, producer) in self.sink.commands.iter().enumerate() {
                let earlier = p != r
                    && producer.pipes.iter().any(|(id, stage)| {
                        runner
                            .pipes
                            .iter()
                            .any(|(rid, rstage)| rid == id && stage < rstage)
                    });
                if !earlier || producer.words.is_empty() {
                    continue;
                }
                let name = producer.name();
                let args = &producer.words[1..];
                let literal = args.iter().all(|w| !w.dynamic);
                match name.as_str() {
                    "echo" | "printf" if literal => {
                        let text: Vec<&str> = args
                            .iter()
                            .map(|w| w.text.as_str())
                            .skip_while(|t| t.starts_with('-') && name == "echo")
                            .collect();
                        programs.push(text.join(" "));
                    }
                    "cat" if literal && args.is_empty() => {
                        if let Some(body) = &producer.stdin_text {
                            programs.push(body.clone());
                        }
                    }
                    "cat" if literal && !args.iter().any(|w| w.text == "-") => {}
                    n if DOWNLOADERS.contains(&n) => {}
                    // Wrappers and shells are looked at through the commands they run.
                    n if WRAPPERS.iter().any(|w| w.names.contains(&n)) || SHELLS.contains(&n) => {}
                    _ => unseen = true,
                }
            }
            if unseen {
                self.flag("runs piped input as a program", &runner.raw);
            }
            let is_shell = SHELLS.contains(&runner.name().as_str())
                || ["at", "batch"].contains(&runner.name().as_str());
            for program in programs {
                if is_shell {
                    self.run_script(r, &program)?;
                } else {
                    self.inline_code(r, &runner, &program)?;
                }
            }
        }
        Ok(())
    }

    /// Program text of another language (see [`crate::toolcall::code`]): what it deletes, the
    /// commands and SQL it runs.
    pub(super) fn inline_code(
        &mut self,
        i: usize,
        cmd: &Command,
        code: &str,
    ) -> Result<(), ShellError> {
        let facts = crate::toolcall::code::analyze(code);
        if let Some(why) = facts.destructive {
            self.flag(why, &cmd.raw);
        }
        if facts.computed_commands {
            self.flag("runs commands built at run time", &cmd.raw);
        }
        for s in facts.commands.iter().take(MAX_CODE_STRINGS) {
            self.run_script(i, s)?;
        }
        for call in &facts.sql_calls {
            let source = match call {
                crate::toolcall::code::SqlCall::Literal(text) => SqlSource::Text(text.clone()),
                crate::toolcall::code::SqlCall::Computed(_) => SqlSource::Unseen,
            };
            self.sql.push(EmbeddedSql {
                source,
                command: cmd.raw.clone(),
            });
        }
        for (effect, _) in &facts.dataframe {
            let class = match effect {
                crate::toolcall::code::DataFrameEffect::WholeTable => SqlClass::Destructive,
                crate::toolcall::code::DataFrameEffect::Write => SqlClass::Write,
                crate::toolcall::code::DataFrameEffect::Download => SqlClass::Egress,
            };
            self.sql.push(EmbeddedSql {
                source: SqlSource::Class(class),
                command: cmd.raw.clone(),
            });
        }
        if self.programs.len() < MAX_PROGRAMS {
            self.programs.push(Program {
                command: cmd.raw.clone(),
                facts,
            });
        }
        Ok(())
    }

    /// Remember that `path` was written, with `content` when it is known.
    pub(super) fn remember_written(&mut self, path: &str, content: Option<String>) {
        if self.written.len() < MAX_WRITTEN {
            self.written.push((normalize_script_path(path), content));
        }
    }

    pub(super) fn find_written(&self, path: &str) -> Option<(String, Option<String>)> {
        let p = normalize_script_path(path);
        self.written.iter().rev().find(|(w, _)| *w == p).cloned()
    }

    /// Command `i` runs the file `path` as a shell script: when the same text wrote it, its
    /// content is what runs; content we could not read is a program built at run time.
    pub(super) fn run_written(
        &mut self,
        i: usize,
        cmd: &Command,
        path: &str,
    ) -> Result<(), ShellError> {
        match self.find_written(path) {
            Some((_, Some(content))) => self.run_script(i, &content),
            Some((_, None)) => {
                self.flag("runs a script written at run time", &cmd.raw);
                Ok(())
            }
            None => Ok(()),
        }
    }

    pub(super) fn find(
        &mut self,
        i: usize,
        cmd: &Command,
        args: &[Word],
    ) -> Result<(), ShellError> {
        let mut k = 0;
        while let Some(a) = args.get(k) {
            match a.text.as_str() {
                "-delete" => self.flag("find -delete", &cmd.raw),
                "-exec" | "-execdir" | "-ok" | "-okdir" => {
                    let rest = &args[k + 1..];
                    let end = rest
                        .iter()
                        .position(|w| w.text == ";" || w.text == "+")
                        .unwrap_or(rest.len());
                    let inner = rest[..end].to_vec();
                    if let Some(first) = inner.first() {
                        let inner_name = basename(&first.text).to_ascii_lowercase();
                        if ["rm", "unlink", "shred", "rmdir", "truncate"]
                            .contains(&inner_name.as_str())
                        {
                            self.flag("find -exec deletes files", &cmd.raw);
                        }
                    }
                    self.derive(i, inner)?;
                    k += end + 1;
                }
                _ => {}
            }
            k += 1;
        }
        Ok(())
    }

    pub(super) fn git(&mut self, i: usize, cmd: &Command, args: &[Word]) -> Result<(), ShellError> {
        let mut k = 0;
        let mut configs: Vec<String> = Vec::new();
        while let Some(a) = args.get(k) {
            let t = a.text.as_str();
            if [
                "-C",
                "-c",
                "--git-dir",
                "--work-tree",
                "--namespace",
                "--config-env",
                "--super-prefix",
            ]
            .contains(&t)
            {
                if t == "-c"
                    && let Some(v) = args.get(k + 1)
                {
                    configs.push(v.text.clone());
                }
                k += 2;
                continue;
            }
            if t.starts_with('-') {
                k += 1;
                continue;
            }
            break;
        }
        // `-c alias.x='!rm -rf /'`, `-c core.pager='…'`: configuration that runs commands.
        for c in configs {
            let Some((key, value)) = c.split_once('=') else {
                continue;
            };
            let key = key.to_ascii_lowercase();
            let script = if key.starts_with("alias.") {
                value.strip_prefix('!')
            } else if [
                "core.pager",
                "core.sshcommand",
                "core.editor",
                "sequence.editor",
                "core.fsmonitor",
                "diff.external",
                "gpg.program",
                "core.askpass",
            ]
            .contains(&key.as_str())
                || key.starts_with("pager.")
            {
                Some(value)
            } else if key == "credential.helper" {
                value.strip_prefix('!')
            } else {
                None
            };
            if let Some(script) = script {
                let script = script.to_string();
                self.run_script(i, &script)?;
            }
        }
        let sub = args.get(k).map(|w| w.text.as_str()).unwrap_or("");
        let rest = args.get(k + 1..).unwrap_or(&[]);
        if let Some(reason) = git_reason(sub, rest) {
            self.flag(reason, &cmd.raw);
        }
        Ok(())
    }

    pub(super) fn snow(&mut self, cmd: &Command, args: &[Word]) {
        let group = args
            .iter()
            .find(|w| !w.text.starts_with('-'))
            .map(|w| w.text.to_ascii_lowercase());
        if group.as_deref() == Some("sql") {
            self.sql_cli(
                cmd,
                args,
                &["-q", "--query"],
                &["-f", "--filename"],
                &["-i", "--stdin"],
            );
            return;
        }
        let words: Vec<String> = args.iter().map(|w| w.text.to_ascii_lowercase()).collect();
        let has = |set: &[&str]| words.iter().any(|w| set.contains(&w.as_str()));
        let operands: Vec<&str> = args
            .iter()
            .map(|w| w.text.as_str())
            .filter(|t| !t.starts_with('-'))
            .collect();
        let class = if group.as_deref() == Some("connection") {
            // Connections are credentials, judged elsewhere; listing them runs no SQL.
            SqlClass::Read
        } else if has(&[
            "user",
            "role",
            "account",
            "integration",
            "network-policy",
            "network_policy",
        ]) && !has(&["list", "describe", "show"])
        {
            SqlClass::Account
        } else if group.as_deref() == Some("stage") && has(&["copy"]) {
            // `snow stage copy @stage local`: a GET; `local @stage`: a PUT.
            let pos = operands.iter().position(|t| t.eq_ignore_ascii_case("copy"));
            let src = pos.and_then(|p| operands.get(p + 1)).copied().unwrap_or("");
            let dst = pos.and_then(|p| operands.get(p + 2)).copied().unwrap_or("");
            let remote =
                |t: &str| t.starts_with('@') || t.to_ascii_lowercase().starts_with("snow://");
            if remote(src) && !remote(dst) {
                SqlClass::Egress
            } else {
                SqlClass::Write
            }
        } else if has(&["drop", "remove", "rm", "delete", "teardown", "purge"]) {
            SqlClass::Destructive
        } else if has(&[
            "list",
            "describe",
            "show",
            "test",
            "status",
            "--help",
            "--version",
            "-h",
            "list-files",
        ]) {
            SqlClass::Read
        } else {
            SqlClass::Write
        };
        self.sql.push(EmbeddedSql {
            source: SqlSource::Class(class),
            command: cmd.raw.clone(),
        });
    }

    pub(super) fn snowsql(&mut self, cmd: &Command, args: &[Word]) {
        self.sql_cli(cmd, args, &["-q", "--query"], &["-f", "--filename"], &[]);
    }

    pub(super) fn sql_cli(
        &mut self,
        cmd: &Command,
        args: &[Word],
        query: &[&str],
        file: &[&str],
        stdin: &[&str],
    ) {
        if args
            .iter()
            .any(|w| ["--help", "-h", "--version", "-V"].contains(&w.text.as_str()))
        {
            // Help and version output run nothing.
            return;
        }
        // What reaches stdin: a here-document or here-string we can read, else unseen.
        let from_stdin = || match (&cmd.stdin_text, cmd.stdin_dynamic) {
            (Some(text), false) => SqlSource::Text(text.clone()),
            _ => SqlSource::Unseen,
        };
        let mut found = false;
        for (k, a) in args.iter().enumerate() {
            let t = a.text.as_str();
            let (opt, inline) = match t.split_once('=') {
                Some((o, v)) if o.starts_with("--") => (o, Some((v.to_string(), a.dynamic))),
                _ => (t, None),
            };
            let value = || {
                inline
                    .clone()
                    .or_else(|| args.get(k + 1).map(|w| (w.text.clone(), w.dynamic)))
            };
            let source = if query.contains(&opt) {
                // A statement with `$VAR` or `$(…)` in it is only known when it runs.
                value().map(|(text, dynamic)| {
                    if dynamic {
                        SqlSource::Unseen
                    } else {
                        SqlSource::Text(text)
                    }
                })
            } else if file.contains(&opt) {
                Some(SqlSource::Unseen)
            } else if stdin.contains(&opt) {
                Some(from_stdin())
            } else {
                None
            };
            if let Some(source) = source {
                found = true;
                self.sql.push(EmbeddedSql {
                    source,
                    command: cmd.raw.clone(),
                });
            }
        }
        if !found {
            self.sql.push(EmbeddedSql {
                source: from_stdin(),
                command: cmd.raw.clone(),
            });
        }
    }

    /// A download piped (or substituted) into something that runs it as a program.
    pub(super) fn pipeline_rules(&mut self) {
        let cmds = &self.sink.commands;
        // Pipeline id → the latest stage that runs its stdin as a program, and which command.
        let mut runners: std::collections::HashMap<u32, (u16, usize)> = Default::default();
        for (r, run) in cmds.iter().enumerate().filter(|(_, c)| c.runs_stdin) {
            for &(id, stage) in &run.pipes {
                let e = runners.entry(id).or_insert((stage, r));
                if stage > e.0 {
                    *e = (stage, r);
                }
            }
        }
        let mut hits: Vec<String> = Vec::new();
        for (d, down) in cmds.iter().enumerate() {
            if !DOWNLOADERS.contains(&down.name().as_str()) {
                continue;
            }
            let piped_into = down.pipes.iter().find_map(|(id, stage)| {
                runners
                    .get(id)
                    .filter(|(rstage, _)| rstage > stage)
                    .map(|&(_, r)| r)
            });
            if let Some(r) = piped_into {
                hits.push(format!("{} | {}", down.raw, cmds[r].raw));
            }
            // `bash <(curl …)`, `sh -c "$(curl …)"`, `eval "$(wget -O- …)"`.
            let mut feeds = down.feeds;
            let mut hops = 0;
            while let Some(f) = feeds {
                let Some(target) = cmds.get(f) else { break };
                if runs_programs(&target.name()) {
                    hits.push(target.raw.clone());
                    break;
                }
                feeds = target.feeds;
                hops += 1;
                if hops > usize::from(MAX_SHELL_DEPTH) || f == d {
                    break;
                }
            }
        }
        // `cat $(echo L2hv… | base64 -d)`: a decoder's output becomes another command's words,
        // so what that command touches is hidden until it runs.
        let decoded: Vec<String> = cmds
            .iter()
            .filter(|c| c.feeds.is_some() && decodes(c))
            .filter_map(|c| c.feeds.and_then(|f| cmds.get(f)).map(|t| t.raw.clone()))
            .collect();
        for h in hits {
            self.flag("download run as a program", &h);
        }
        for raw in decoded {
            self.flag("arguments decoded at run time", &raw);
        }
    }
}

/// A command that decodes hidden text: `base64 -d`, `base32 --decode`, `xxd -r`, `openssl
/// enc -d`/`openssl base64 -d`, `uudecode`, `rev`, `printf`/`echo -e` of escape sequences.
fn decodes(c: &Command) -> bool {
    let name = c.name();
    let args: Vec<&str> = c.words.iter().skip(1).map(|w| w.text.as_str()).collect();
    let has = |flags: &[&str]| {
        args.iter().any(|a| {
            flags.contains(a)
                || (a.starts_with('-')
                    && !a.starts_with("--")
                    && flags.iter().any(|f| f.len() == 2 && a.contains(&f[1..])))
        })
    };
    match name.as_str() {
        "base64" | "base32" | "basenc" => has(&["-d", "--decode", "-D"]),
        "xxd" => has(&["-r", "--revert"]),
        "openssl" => has(&["-d"]),
        "uudecode" | "rev" => true,
        "printf" => args.iter().any(|a| a.contains("\\x") || a.contains("\\0")),
        "echo" => has(&["-e"]) && args.iter().any(|a| a.contains("\\x") || a.contains("\\0")),
        _ => false,
    }
}

/// Most inline programs kept per command text.
const MAX_PROGRAMS: usize = 64;
/// Most files remembered as written by one command text.
const MAX_WRITTEN: usize = 64;

/// `./x.sh`, `x.sh` and `$PWD/x.sh` name the same file for our purposes.
pub(super) fn normalize_script_path(path: &str) -> String {
    let p = path.trim();
    let p = p.strip_prefix("$PWD/").unwrap_or(p);
    let mut p = p;
    while let Some(rest) = p.strip_prefix("./") {
        p = rest;
    }
    p.to_string()
}

/// What a command writes through its output redirection, when it can be read: the literal
/// arguments of `echo`/`printf`, or the here-document of `cat`.
pub(super) fn written_content(cmd: &Command) -> Option<String> {
    let name = cmd.name();
    let args = cmd.words.get(1..).unwrap_or(&[]);
    if args.iter().any(|w| w.dynamic) {
        return None;
    }
    match name.as_str() {
        "echo" => Some(
            args.iter()
                .map(|w| w.text.as_str())
                .skip_while(|t| t.starts_with('-') && t.len() > 1)
                .collect::<Vec<_>>()
                .join(" ")
                .replace("\\n", "\n"),
        ),
        "printf" => Some(
            args.iter()
                .map(|w| w.text.as_str())
                .collect::<Vec<_>>()
                .join(" ")
                .replace("\\n", "\n"),
        ),
        "cat" if args.is_empty() => cmd.stdin_text.clone(),
        _ => None,
    }
}

/// awk glues strings written next to each other (`"r" "m -rf x"`).
pub(super) fn joins_adjacent_strings(program: &str) -> bool {
    let b = program.as_bytes();
    let mut i = 0;
    let mut last_close: Option<usize> = None;
    while i < b.len() {
        if b[i] == b'"' {
            if let Some(c) = last_close
                && program[c + 1..i].trim().is_empty()
            {
                return true;
            }
            let mut j = i + 1;
            while j < b.len() && b[j] != b'"' {
                j += if b[j] == b'\\' { 2 } else { 1 };
            }
            last_close = Some(j.min(b.len().saturating_sub(1)));
            i = j + 1;
            continue;
        }
        if !b[i].is_ascii_whitespace() {
            last_close = None;
        }
        i += 1;
    }
    false
}

/// A path that is this process's standard input: `-`, `/dev/stdin`, `/dev/fd/0`,
/// `/proc/self/fd/0`.
fn names_stdin(path: &str) -> bool {
    matches!(path, "-" | "/dev/stdin" | "/dev/fd/0" | "/proc/self/fd/0")
}
