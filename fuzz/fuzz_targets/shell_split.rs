//! The shell parser and analyzer never panic, never loop, and keep their invariants.
#![no_main]

use cortex_route_policy::toolcall::shell;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    if let Ok(commands) = shell::parse(&text) {
        assert!(
            commands.len() <= shell::MAX_COMMANDS,
            "command limit exceeded"
        );
        for command in &commands {
            assert!(
                command.depth <= shell::MAX_SHELL_DEPTH,
                "depth limit exceeded"
            );
            let _ = command.normalized();
        }
    }
    if let Ok(analysis) = shell::analyze(&text) {
        assert!(
            analysis.commands.len() <= shell::MAX_COMMANDS,
            "command limit exceeded"
        );
        for finding in &analysis.findings {
            assert!(!finding.reason.is_empty(), "finding without a reason");
        }
    }
});
