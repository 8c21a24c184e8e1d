//! Running the real `hutong` binary as a user does, and reading what it printed.

#![allow(dead_code)] // each test crate uses some of these

use std::path::Path;
use std::process::Output;

/// The built `hutong` binary.
pub fn bin() -> &'static str {
    env!("CARGO_BIN_EXE_hutong")
}

/// The `hutong` command, ready for arguments, without the `CI` variable or the locale
/// and `HUTONG_LANG` of the machine running the tests (so it speaks English): what the
/// command prints must not depend on where they run.
pub fn hutong() -> assert_cmd::Command {
    let mut command = assert_cmd::Command::new(bin());
    for var in ["CI", "HUTONG_LANG", "LC_ALL", "LC_MESSAGES", "LANG"] {
        command.env_remove(var);
    }
    command
}

/// Runs `hutong <args>` in the package's folder (where `sites/` holds the examples)
/// and waits for it.
pub fn run(args: &[&str]) -> Output {
    hutong().args(args).output().unwrap()
}

/// Runs `hutong <args>` in `dir` and waits for it.
pub fn run_in(dir: &Path, args: &[&str]) -> Output {
    hutong().current_dir(dir).args(args).output().unwrap()
}

/// Runs `hutong <args>` in `dir` with the environment variable `var` set to `value` (a
/// language, a fixed date) and waits for it.
pub fn run_in_with(dir: &Path, (var, value): (&str, &str), args: &[&str]) -> Output {
    hutong()
        .current_dir(dir)
        .env(var, value)
        .args(args)
        .output()
        .unwrap()
}

/// What the command wrote to standard output, which must be UTF-8.
pub fn stdout(out: &Output) -> String {
    String::from_utf8(out.stdout.clone()).expect("standard output is UTF-8")
}

/// What the command wrote to standard error.
pub fn stderr(out: &Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

/// The command exited 0; its standard error is shown when it did not.
#[track_caller]
pub fn assert_success(out: &Output) {
    assert!(out.status.success(), "{}", stderr(out));
}

/// The command exited with `code`; gives what it wrote to standard error, which is
/// shown when the code is another.
#[track_caller]
pub fn failed(out: &Output, code: i32) -> String {
    let err = stderr(out);
    assert_eq!(out.status.code(), Some(code), "{err}");
    err
}

/// The command's standard error holds `text`; it is shown when it does not.
#[track_caller]
pub fn assert_stderr_has(out: &Output, text: &str) {
    let err = stderr(out);
    assert!(err.contains(text), "expected {text:?} in\n{err}");
}
