//! The programs some tests need beside Rust (Node.js, Chromium…) and the rule for them:
//! in CI (`CI=true`) every test must run, so a missing program fails the test and names
//! the command that installs it; elsewhere the test prints a notice and passes, and
//! writes one line to the file `HUTONG_SKIPPED_LOG` names (set by `scripts/test`, which
//! lists the skipped suites in its last line).

#![allow(dead_code)] // each test crate uses some of these

use std::process::Command;

/// How `scripts/test` installs Node.js (as root).
pub const NODE_INSTALL: &str = "apt-get install -y nodejs";

/// Whether the tests run in CI.
pub fn in_ci() -> bool {
    std::env::var("CI").is_ok_and(|v| v == "true")
}

/// Whether `program arg` starts and exits 0.
pub fn runs(program: &str, arg: &str) -> bool {
    Command::new(program)
        .arg(arg)
        .output()
        .is_ok_and(|out| out.status.success())
}

/// Whether `what` can run, `missing` listing in words what it lacks. When something is
/// missing: in CI, panics naming it and `install`; elsewhere prints a notice that `what`
/// was skipped and returns `false`.
#[track_caller]
pub fn present_or_skip(what: &str, missing: &[String], install: &str) -> bool {
    if missing.is_empty() {
        return true;
    }
    let message = format!(
        "{what} needs {}; install with `{install}` (`scripts/test` does this as root)",
        missing.join(", ")
    );
    if in_ci() {
        panic!("{message}");
    }
    eprintln!("notice: skipped: {message}");
    if let Some(log) = std::env::var_os("HUTONG_SKIPPED_LOG") {
        use std::io::Write;
        let line = format!("{message}\n");
        let written = std::fs::OpenOptions::new()
            .create(true)
            .append(true)
            .open(&log)
            .and_then(|mut file| file.write_all(line.as_bytes()));
        if let Err(error) = written {
            panic!("cannot note the skip in HUTONG_SKIPPED_LOG ({log:?}): {error}");
        }
    }
    false
}

/// Whether Node.js runs, for `what`; the rule above when it does not.
#[track_caller]
pub fn node_or_skip(what: &str) -> bool {
    let missing = if runs("node", "--version") {
        vec![]
    } else {
        vec!["Node.js (`node`)".to_owned()]
    };
    present_or_skip(what, &missing, NODE_INSTALL)
}
