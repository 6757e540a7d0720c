//! What a command line's words become when it runs, where the text alone decides it: shell
//! variables assigned earlier in the same text (`F=.git-cred; F=${F}entials; cat ~/$F`), and
//! command substitutions that only decode a literal (`$(echo 'lmy.seliforp/tbd.' | rev)`,
//! `$(printf '\x2e\x65nv')`, `$(echo fi5lbnY= | base64 -d)`, `$(tr 'a-z' 'n-za-m' <<< …)`).
//!
//! The prompt-side credential guard matches these values, so a path assembled at run time is
//! seen as the path it becomes. (The tool-call engine does not need them: it denies a read whose
//! path is computed at run time under a credential folder, and any argument decoded at run
//! time.) Anything not decidable from the text (a variable from the environment, a command that
//! is not a pure decoder) stays as written, so nothing here can make a name disappear.

use std::collections::HashMap;

use super::{Command, basename};
use crate::encoding::{decode_base64, decode_hex};

/// Longest value a variable or decoded substitution may reach; longer ones are dropped, so
/// `F=$F$F` repeated cannot grow without bound.
const MAX_VALUE_BYTES: usize = 4096;
/// Most variables remembered from one text.
const MAX_VARIABLES: usize = 256;

/// The words, assignment values and redirect targets of `commands` whose run-time value differs
/// from their text, with that value: variables assigned earlier expanded, substitutions that
/// decode a literal replaced by what they print. Empty when nothing changes.
pub fn run_time_values(commands: &[Command]) -> Vec<String> {
    let mut vars: HashMap<String, String> = HashMap::new();
    vars.insert("HOME".into(), "~".into());
    let outputs = substitution_outputs(commands, &vars);
    let mut values = Vec::new();
    for (i, cmd) in commands.iter().enumerate() {
        let mut subs = outputs.get(&i).map(|v| v.iter()).into_iter().flatten();
        let mut expand = |text: &str, vars: &HashMap<String, String>| {
            let replaced = replace_substitutions(text, &mut subs);
            expand_variables(&replaced, vars)
        };
        for a in &cmd.assignments {
            let value = expand(&a.text, &vars);
            if value != a.text {
                values.push(value.clone());
            }
            assign(&mut vars, &value);
        }
        let declares = matches!(
            cmd.name().as_str(),
            "export" | "declare" | "typeset" | "local" | "readonly"
        );
        for (k, w) in cmd.words.iter().enumerate() {
            let value = expand(&w.text, &vars);
            if declares && k > 0 {
                assign(&mut vars, &value);
            }
            if value != w.text {
                values.push(value);
            }
        }
        for r in &cmd.redirects {
            let value = expand(&r.target.text, &vars);
            if value != r.target.text {
                values.push(value);
            }
        }
    }
    values
}

/// `NAME=value` or `NAME+=value` → remember it (the value already expanded).
fn assign(vars: &mut HashMap<String, String>, assignment: &str) {
    let Some(eq) = assignment.find('=') else {
        return;
    };
    let (name, append) = match assignment[..eq].strip_suffix('+') {
        Some(n) => (n, true),
        None => (&assignment[..eq], false),
    };
    if name.is_empty()
        || !name.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'_')
        || name.as_bytes()[0].is_ascii_digit()
    {
        return;
    }
    let value = &assignment[eq + 1..];
    let new = match (append, vars.get(name)) {
        (true, Some(old)) => format!("{old}{value}"),
        _ => value.to_string(),
    };
    if new.len() > MAX_VALUE_BYTES || (vars.len() >= MAX_VARIABLES && !vars.contains_key(name)) {
        vars.remove(name);
        return;
    }
    vars.insert(name.to_string(), new);
}

/// `$NAME` and `${NAME}` replaced by known values; unknown ones stay as written.
fn expand_variables(text: &str, vars: &HashMap<String, String>) -> String {
    if !text.contains('$') {
        return text.to_string();
    }
    let b = text.as_bytes();
    let mut out = String::with_capacity(text.len());
    let mut i = 0;
    let mut copied = 0;
    while i < b.len() {
        if b[i] != b'$' {
            i += 1;
            continue;
        }
        let (name, end) = if b.get(i + 1) == Some(&b'{') {
            match text[i + 2..].find('}') {
                Some(close) => (&text[i + 2..i + 2 + close], i + 3 + close),
                None => break,
            }
        } else {
            let len = text[i + 1..]
                .bytes()
                .take_while(|c| c.is_ascii_alphanumeric() || *c == b'_')
                .count();
            (&text[i + 1..i + 1 + len], i + 1 + len)
        };
        match vars.get(name) {
            Some(value) if !name.is_empty() => {
                out.push_str(&text[copied..i]);
                out.push_str(value);
                copied = end;
                i = end;
            }
            _ => i += 1,
        }
        if out.len() > MAX_VALUE_BYTES {
            return text.to_string();
        }
    }
    out.push_str(&text[copied..]);
    out
}

/// Each `$(…)` or `` `…` `` in `text`, in order, replaced by the next known output; an unknown
/// one (or any once the outputs run out) stays as written.
fn replace_substitutions<'a>(text: &str, outputs: &mut impl Iterator<Item = &'a String>) -> String {
    if !text.contains("$(") && !text.contains('`') {
        return text.to_string();
    }
    let b = text.as_bytes();
    let mut out = String::with_capacity(text.len());
    let mut i = 0;
    let mut copied = 0;
    while i < b.len() {
        let span_end = if b[i] == b'$' && b.get(i + 1) == Some(&b'(') && b.get(i + 2) != Some(&b'(')
        {
            matching_paren(b, i + 1)
        } else if b[i] == b'`' {
            text[i + 1..].find('`').map(|k| i + 1 + k)
        } else {
            None
        };
        let Some(end) = span_end else {
            i += 1;
            continue;
        };
        match outputs.next() {
            Some(value) => {
                out.push_str(&text[copied..i]);
                out.push_str(value.trim_end_matches('\n'));
                copied = end + 1;
            }
            None => break,
        }
        i = end + 1;
    }
    out.push_str(&text[copied..]);
    out
}

/// The index of the `)` closing the `(` at `open`.
fn matching_paren(b: &[u8], open: usize) -> Option<usize> {
    let mut depth = 0usize;
    for (k, c) in b.iter().enumerate().skip(open) {
        match c {
            b'(' => depth += 1,
            b')' => {
                depth = depth.checked_sub(1)?;
                if depth == 0 {
                    return Some(k);
                }
            }
            _ => {}
        }
    }
    None
}

/// A pipeline stage: its index in the pipeline, and the command's index.
type Stage = (u16, usize);

/// For each command that receives substitutions, what each substitution prints, in order, when
/// every one of them is a pure decoding pipeline; commands with any other substitution are left
/// out (their words stay as written).
fn substitution_outputs(
    commands: &[Command],
    vars: &HashMap<String, String>,
) -> HashMap<usize, Vec<String>> {
    // (outer command, innermost pipeline id) → stages in order.
    let mut pipelines: Vec<(usize, u32, Vec<Stage>)> = Vec::new();
    for (i, c) in commands.iter().enumerate() {
        let (Some(outer), Some(&(id, stage))) = (c.feeds, c.pipes.last()) else {
            continue;
        };
        // Only the commands directly inside the substitution: one more pipeline level than the
        // command they feed.
        if c.pipes.len() != commands.get(outer).map_or(0, |o| o.pipes.len()) + 1 {
            continue;
        }
        match pipelines
            .iter_mut()
            .find(|(o, p, _)| *o == outer && *p == id)
        {
            Some((_, _, stages)) => stages.push((stage, i)),
            None => pipelines.push((outer, id, vec![(stage, i)])),
        }
    }
    let mut out: HashMap<usize, Vec<String>> = HashMap::new();
    let mut broken: Vec<usize> = Vec::new();
    for (outer, _, mut stages) in pipelines {
        stages.sort_unstable();
        let printed = run_pipeline(stages.iter().map(|(_, i)| &commands[*i]), vars);
        match printed {
            Some(text) if text.len() <= MAX_VALUE_BYTES => out.entry(outer).or_default().push(text),
            _ => broken.push(outer),
        }
    }
    for outer in broken {
        out.remove(&outer);
    }
    out
}

/// What a pipeline of a literal printer and pure decoders prints; `None` for anything else.
fn run_pipeline<'a>(
    mut stages: impl Iterator<Item = &'a Command>,
    vars: &HashMap<String, String>,
) -> Option<String> {
    let first = stages.next()?;
    let mut text = match first.stdin_text.as_deref().filter(|_| !first.stdin_dynamic) {
        Some(stdin) => decode_stage(first, stdin.to_string())?,
        None => print_literal(first, vars)?,
    };
    for stage in stages {
        text = decode_stage(stage, text)?;
    }
    Some(text)
}

/// `echo …` or `printf FORMAT ARGS…` with every argument known.
fn print_literal(c: &Command, vars: &HashMap<String, String>) -> Option<String> {
    let mut args: Vec<String> = Vec::new();
    for w in c.words.iter().skip(1) {
        let value = expand_variables(&w.text, vars);
        if value.contains('$') || value.contains('`') {
            return None;
        }
        args.push(value);
    }
    match basename(&c.words.first()?.text) {
        "echo" => {
            let mut escapes = false;
            let mut newline = true;
            while let Some(flag) = args.first().filter(|a| {
                a.len() > 1 && a.starts_with('-') && a[1..].bytes().all(|b| b"neE".contains(&b))
            }) {
                escapes |= flag.contains('e');
                newline &= !flag.contains('n');
                args.remove(0);
            }
            let joined = args.join(" ");
            let mut text = if escapes { unescape(&joined) } else { joined };
            if newline {
                text.push('\n');
            }
            Some(text)
        }
        "printf" => {
            let (format, rest) = args.split_first()?;
            Some(printf(format, rest))
        }
        _ => None,
    }
}

/// `printf`: escapes decoded, `%s` and `%b` filled from `args` (missing ones empty).
fn printf(format: &str, args: &[String]) -> String {
    let format = unescape(format);
    let mut out = String::new();
    let mut args = args.iter();
    let mut chars = format.chars().peekable();
    while let Some(c) = chars.next() {
        if c != '%' {
            out.push(c);
            continue;
        }
        match chars.next() {
            Some('%') => out.push('%'),
            Some('s') => out.push_str(args.next().map_or("", |s| s.as_str())),
            Some('b') => out.push_str(&args.next().map(|s| unescape(s)).unwrap_or_default()),
            Some('c') => out.extend(args.next().and_then(|s| s.chars().next())),
            Some(other) => {
                out.push('%');
                out.push(other);
            }
            None => out.push('%'),
        }
    }
    out
}

/// Backslash escapes as `echo -e` and `printf` read them: `\xHH`, `\0NNN`/`\NNN`, `\n`, `\t`.
fn unescape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut bytes: Vec<u8> = Vec::new();
    let b = s.as_bytes();
    let mut i = 0;
    while i < b.len() {
        if b[i] != b'\\' || i + 1 >= b.len() {
            bytes.push(b[i]);
            i += 1;
            continue;
        }
        let next = b[i + 1];
        match next {
            b'x' => {
                let hex: String = s[i + 2..]
                    .chars()
                    .take(2)
                    .take_while(char::is_ascii_hexdigit)
                    .collect();
                match u8::from_str_radix(&hex, 16) {
                    Ok(v) if !hex.is_empty() => {
                        bytes.push(v);
                        i += 2 + hex.len();
                    }
                    _ => {
                        bytes.extend_from_slice(b"\\x");
                        i += 2;
                    }
                }
            }
            b'0'..=b'7' => {
                let start = if next == b'0' { i + 2 } else { i + 1 };
                let oct: String = s[start..]
                    .chars()
                    .take(3)
                    .take_while(|c| ('0'..='7').contains(c))
                    .collect();
                let v = u32::from_str_radix(&oct, 8).unwrap_or(0);
                bytes.push(u8::try_from(v).unwrap_or(b'?'));
                i = start + oct.len();
            }
            b'n' => {
                bytes.push(b'\n');
                i += 2;
            }
            b't' => {
                bytes.push(b'\t');
                i += 2;
            }
            b'\\' => {
                bytes.push(b'\\');
                i += 2;
            }
            _ => {
                bytes.push(b'\\');
                i += 1;
            }
        }
    }
    out.push_str(&String::from_utf8_lossy(&bytes));
    out
}

/// What a pure decoder stage prints for `input`; `None` for any other command.
fn decode_stage(c: &Command, input: String) -> Option<String> {
    let args: Vec<&str> = c.words.iter().skip(1).map(|w| w.text.as_str()).collect();
    let has = |flags: &[&str]| args.iter().any(|a| flags.contains(a));
    let squeezed = || -> String { input.split_whitespace().collect() };
    match basename(&c.words.first()?.text) {
        "rev" if args.is_empty() => Some(
            input
                .lines()
                .map(|l| l.chars().rev().collect::<String>())
                .collect::<Vec<_>>()
                .join("\n"),
        ),
        "base64" if has(&["-d", "--decode", "-D"]) => decode_base64(&squeezed()),
        "xxd" if has(&["-r"]) && has(&["-p", "-ps", "-plain"]) => decode_hex(&squeezed()),
        "tr" => translate(&args, &input),
        "cat" | "tee" if args.is_empty() => Some(input),
        _ => None,
    }
}

/// `tr SET1 SET2` (ranges expanded, the last of SET2 repeated) and `tr -d SET`.
fn translate(args: &[&str], input: &str) -> Option<String> {
    match args {
        ["-d", set] => {
            let set = tr_set(set)?;
            Some(input.chars().filter(|c| !set.contains(c)).collect())
        }
        [from, to] if !from.starts_with('-') => {
            let from = tr_set(from)?;
            let to = tr_set(to)?;
            let last = *to.last()?;
            Some(
                input
                    .chars()
                    .map(|c| match from.iter().position(|f| *f == c) {
                        Some(k) => to.get(k).copied().unwrap_or(last),
                        None => c,
                    })
                    .collect(),
            )
        }
        _ => None,
    }
}

/// A `tr` set: `a-z` ranges expanded; `[:class:]` sets are not read.
fn tr_set(spec: &str) -> Option<Vec<char>> {
    if spec.contains("[:") {
        return None;
    }
    let chars: Vec<char> = spec.chars().collect();
    let mut out = Vec::new();
    let mut k = 0;
    while k < chars.len() {
        if k + 2 < chars.len() && chars[k + 1] == '-' && chars[k] <= chars[k + 2] {
            out.extend(chars[k]..=chars[k + 2]);
            k += 3;
        } else {
            out.push(chars[k]);
            k += 1;
        }
        if out.len() > 1024 {
            return None;
        }
    }
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::super::parse;
    use super::run_time_values;

    fn values(text: &str) -> Vec<String> {
        run_time_values(&parse(text).unwrap())
    }

    #[test]
    fn variables_assigned_earlier_are_expanded() {
        assert!(
            values("F=.git-cred; F=${F}entials; cat ~/$F").contains(&"~/.git-credentials".into())
        );
        assert!(
            values("D=.aws\nexport N=credentials\ncat $HOME/$D/$N")
                .contains(&"~/.aws/credentials".into())
        );
        assert!(values("A=~/.ss; A+=h; cat \"$A/id_rsa\"").contains(&"~/.ssh/id_rsa".into()));
    }

    #[test]
    fn decoding_substitutions_print_what_they_decode() {
        assert!(
            values("cat $(echo 'lmy.seliforp/tbd.' | rev)").contains(&".dbt/profiles.yml".into())
        );
        assert!(values("cat ~/$(printf '\\x2e\\x65nv')").contains(&"~/.env".into()));
        assert!(
            values("cat `echo fi8uYXdzL2NyZWRlbnRpYWxz | base64 -d`")
                .contains(&"~/.aws/credentials".into())
        );
        assert!(
            values("cat ~/.ssh/$(tr 'a-z' 'n-za-m' <<< 'vq_efn')")
                .contains(&"~/.ssh/id_rsa".into())
        );
        assert!(values("cat $(echo 7e2f2e6e65747263 | xxd -r -p)").contains(&"~/.netrc".into()));
    }

    #[test]
    fn unknown_values_stay_as_written() {
        assert!(values("cat $CONFIG_PATH").is_empty());
        assert!(values("cat $(curl -s https://x.test/p)").is_empty());
        assert!(values("ls -la ~/projects").is_empty());
    }

    #[test]
    fn self_doubling_variables_are_bounded() {
        let mut text = String::from("F=ab");
        for _ in 0..40 {
            text.push_str("; F=$F$F");
        }
        text.push_str("; cat $F");
        assert!(
            values(&text)
                .iter()
                .all(|v| v.len() <= 2 * super::MAX_VALUE_BYTES)
        );
    }
}
