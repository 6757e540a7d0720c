//! `sanitize`: standard input to standard output with PII and secrets redacted. With `--json`,
//! one object: the redacted text, the findings (kind and byte span in the input, never the
//! value) and the count per kind.

use std::io::{Read, Write};

use super::Context;
use crate::error::{Error, Result, code};
use cortex_route_policy::guard::{finding_counts, redact};

/// Larger input is refused: `sanitize` holds the text in memory, and nothing we are asked to
/// clean is this big.
pub const MAX_SANITIZE_BYTES: usize = 16 << 20;

pub fn run(ctx: &Context) -> Result<u8> {
    let input = read_bounded(std::io::stdin().lock(), MAX_SANITIZE_BYTES)?;
    let text = match String::from_utf8(input) {
        Ok(text) => text,
        Err(e) => {
            // Invalid bytes cannot hold a secret we could recognize; they are replaced, and the
            // spans refer to the text as repaired.
            ctx.ui
                .warn("standard input is not valid UTF-8; invalid bytes were replaced with U+FFFD");
            String::from_utf8_lossy(e.as_bytes()).into_owned()
        }
    };
    let sanitized = redact(&text);
    let mut out = crate::ui::stdout();
    let written = if ctx.ui.json {
        let obj = serde_json::json!({
            "sanitized": sanitized.text,
            "findings": sanitized.findings,
            "counts": finding_counts(&sanitized.findings),
        });
        writeln!(out, "{obj}")
    } else {
        out.write_all(sanitized.text.as_bytes())
    };
    written
        .and_then(|()| out.flush())
        .map_err(|e| Error::Internal(format!("cannot write to standard output: {e}")))?;
    if !ctx.ui.json && !sanitized.findings.is_empty() {
        let counts = finding_counts(&sanitized.findings);
        let summary: Vec<String> = counts.iter().map(|(k, n)| format!("{k} ×{n}")).collect();
        ctx.ui.verbose(format!("redacted: {}", summary.join(", ")));
    }
    Ok(code::OK)
}

/// Read all of `reader`, refusing more than `limit` bytes with a usage error.
fn read_bounded(reader: impl Read, limit: usize) -> Result<Vec<u8>> {
    let mut buf = Vec::new();
    reader
        .take(limit as u64 + 1)
        .read_to_end(&mut buf)
        .map_err(|e| Error::Usage(format!("cannot read standard input: {e}")))?;
    if buf.len() > limit {
        return Err(Error::Usage(format!(
            "standard input is larger than {} MiB; sanitize it in parts (for example with `split`)",
            limit >> 20
        )));
    }
    Ok(buf)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn input_over_the_limit_is_a_usage_error() {
        let err = read_bounded(&b"0123456789"[..], 9).expect_err("too large");
        assert_eq!(err.exit_code(), code::USAGE);
        assert!(err.to_string().contains("larger than"), "{err}");
        assert_eq!(read_bounded(&b"012345678"[..], 9).expect("fits").len(), 9);
    }
}
