//! Bad YAML of every kind gets a clear error and a non-zero exit, never a panic: syntax
//! errors, wrong types, duplicate keys, tabs, a BOM, invalid UTF-8, an empty file, a
//! 100 MB file (refused by its size before it is read), alias bombs, deep nesting,
//! 10,000 accounts, and files that are not files at all. Then a fuzz run: `profile::parse`
//! over arbitrary bytes, YAML-shaped token soup and byte-level mutations of the example
//! profiles, bounded by case count, must never panic, and every diagnostic it gives must
//! point inside the text and render.
//!
//! (cargo-fuzz needs a nightly toolchain, which this project's machines do not have and
//! cannot download; these proptests stand in for it and run in every `cargo test`.)

mod common;

use std::path::Path;
use std::process::{Command, Output, Stdio};
use std::time::Duration;

use common::cli::bin;
use common::site::write_site;
use common::{assert_contains, within};
use hutong::diagnostic::Diagnostic;
use hutong::profile::{self, MAX_ACCOUNTS, MAX_FILE_BYTES, Parsed};
use proptest::prelude::*;

const VALID: &str = "name: x\nbase_url: https://x.example/\naccounts:\n  - platform: bilibili\n    id: \"12345678\"\n";

/// Every diagnostic points inside `source` and renders; an invalid profile has an
/// error. This is what the fuzz targets assert besides "no panic".
fn check_diagnostics(source: &str, parsed: &Parsed) {
    if parsed.profile.is_none() {
        assert!(parsed.errors().next().is_some(), "no profile and no error");
    }
    let lines = source.split('\n').count();
    for d in &parsed.diagnostics {
        assert!(!d.message.trim().is_empty(), "{d:?}");
        if let Some(at) = d.at {
            assert!(
                at.line >= 1 && at.line <= lines + 1,
                "{d:?} in {lines} lines"
            );
            assert!(at.col >= 1, "{d:?}");
            assert!(at.start <= at.end && at.end <= source.len(), "{d:?}");
        }
        let text = d.render(Path::new("site.yaml"), source);
        let unsafe_char = |c: char| {
            (c.is_control() && !matches!(c, '\t' | '\n'))
                || matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
        };
        assert!(
            !text.chars().any(unsafe_char),
            "terminal controls in {text:?}"
        );
        if !d.message.chars().any(unsafe_char) {
            assert!(text.contains(&d.message));
        }
    }
}

/// The errors of a profile that must be refused, each with a message and a hint.
fn refused(source: &str) -> Vec<Diagnostic> {
    let parsed = profile::parse(source);
    check_diagnostics(source, &parsed);
    assert!(parsed.profile.is_none(), "accepted:\n{source}");
    let errors: Vec<Diagnostic> = parsed.errors().cloned().collect();
    for d in &errors {
        assert!(d.hint.is_some(), "no hint: {d:?}");
    }
    errors
}

fn run(args: &[&str], cwd: &Path) -> Output {
    Command::new(bin())
        .args(args)
        .current_dir(cwd)
        .stdin(Stdio::null())
        .output()
        .unwrap()
}

/// `hutong check` and `hutong build` on a site folder both exit 1 with an `error:` line
/// naming the file, and no panic.
fn cli_refuses(root: &Path, slug: &str, says: &str) {
    for command in ["check", "build"] {
        let out = run(
            &[command, slug, "-o", "out"][..if command == "check" { 2 } else { 4 }],
            root,
        );
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(1), "{command} {slug}: {stderr}");
        assert!(stderr.contains("error: "), "{command} {slug}: {stderr}");
        assert!(
            stderr.contains(says),
            "{command} {slug}: expected {says:?} in {stderr}"
        );
        assert!(!stderr.contains("panicked"), "{command} {slug}: {stderr}");
    }
    assert!(!root.join("out").join(slug).exists(), "{slug} was written");
}

#[test]
fn every_kind_of_bad_yaml_is_a_clear_error() {
    #[rustfmt::skip]
    let cases: &[(&str, &str, &str)] = &[
        ("unclosed-list", "name: [x\nbase_url: y\n", "`[` opened here is never closed"),
        ("unclosed-quote", "name: \"x\nbase_url: y\n", "the quote opened here is never closed"),
        ("stray-colon", "name: x\n: y\n", ""),
        ("bad-indent", "name: x\n  base_url: y\n", "indented under `name`"),
        ("mapping-in-scalar", "name: a: b\n", "contains `: `"),
        ("seq-then-map", "- a\nb: c\n", "does not start with `- `"),
        ("tab-indent", "name: x\naccounts:\n\t- platform: github\n", "tabs"),
        ("two-docs", "name: x\n---\nname: y\n", "more than one YAML document"),
        ("undefined-alias", "name: *nope\n", "is not defined above it"),
        ("name-list", "name: [a, b]\nbase_url: https://x.example/\naccounts: []\n", "`name` must be text"),
        ("accounts-map", "name: x\nbase_url: https://x.example/\naccounts: {a: b}\n", "`accounts` must be a list"),
        ("accounts-text", "name: x\nbase_url: https://x.example/\naccounts: github\n", "`accounts` must be a list"),
        ("account-text", "name: x\nbase_url: https://x.example/\naccounts:\n  - github\n", "must be indented `key: value` lines"),
        ("theme-text", &format!("{VALID}theme: dark\n"), "must be indented `key: value` lines"),
        ("hidden-yes", &format!("{VALID}    hidden: yes\n"), "`hidden` must be `true` or `false`"),
        ("id-map", "name: x\nbase_url: https://x.example/\naccounts:\n  - platform: github\n    id: {a: b}\n", "`id` must be text"),
        ("key-list", "[a]: x\n", "must be a plain name"),
        ("complex-key", "? [a, b]\n: x\n", "must be a plain name"),
        ("dup-top", &format!("{VALID}name: y\n"), "appears twice"),
        ("dup-account", &format!("{VALID}    id: \"2\"\n"), "appears twice"),
        ("top-list", "- a\n- b\n", "must be indented `key: value` lines"),
        ("top-scalar", "just text\n", "must be indented `key: value` lines"),
        ("empty", "", "the profile is empty"),
        ("blank", "\n\n   \n", "the profile is empty"),
        ("comments", "# nothing\n# here\n", "the profile is empty"),
        ("tilde", "~\n", "the profile is empty"),
        ("bom-only", "\u{feff}", "the profile is empty"),
        ("merge-junk", &format!("{VALID}<<: 5\n"), "unknown key `<<`"),
        ("tagged", "name: !!binary aGk=\nbase_url: https://x.example/\naccounts: []\n", "empty"),
        ("raw-escape", "name: a\u{1b}[31mb\n", ""),
        ("raw-nul", "name: a\u{0}b\n", ""),
        ("raw-c1", "name: a\u{85}b\nbase_url: https://x.example/\n", ""),
        ("lone-surrogate", "name: \"\\ud800\"\n", "surrogate"),
        ("bad-escape", "name: \"\\q\"\n", "a backslash starts an escape"),
        ("deep-flow", &("a: ".to_owned() + &"[".repeat(10_000) + &"]".repeat(10_000)), "nests deeper"),
        ("deep-block", &(0..200) .map(|i| format!("{}k{i}:\n", " ".repeat(i))) .collect::<String>(), "nests deeper"),
    ];
    let tmp = tempfile::tempdir().unwrap();
    for (slug, source, says) in cases {
        let errors = refused(source);
        let all: String = errors
            .iter()
            .map(|d| d.message.as_str())
            .collect::<Vec<_>>()
            .join("\n");
        assert!(all.contains(says), "{slug}: expected {says:?} in\n{all}");
        write_site(tmp.path(), slug, source);
    }
    // The binary on a few of them, end to end.
    for (slug, _, says) in cases.iter().step_by(5) {
        cli_refuses(tmp.path(), slug, says);
    }
}

#[test]
fn a_bom_is_read_and_positions_still_count_from_the_text() {
    let parsed = profile::parse(&format!("\u{feff}{VALID}"));
    assert!(parsed.profile.is_some(), "{:#?}", parsed.diagnostics);
    let source = "\u{feff}name: x\nbogus: 1\n";
    let errors = refused(source);
    let unknown = errors.iter().find(|d| d.message.contains("bogus")).unwrap();
    assert_eq!(unknown.at.map(|at| (at.line, at.col)), Some((2, 1)));
}

#[test]
fn alias_bombs_are_refused_fast() {
    // Nine levels of ten aliases each: 10^9 nodes if expanded.
    let mut doc = String::from("a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n");
    for i in 1..10 {
        let p = i - 1;
        doc.push_str(&format!(
            "a{i}: &a{i} [*a{p}, *a{p}, *a{p}, *a{p}, *a{p}, *a{p}, *a{p}, *a{p}, *a{p}, *a{p}]\n"
        ));
    }
    // And the same through mappings and merge keys.
    let mut merge = String::from("m0: &m0 {a: 1, b: 2, c: 3, d: 4}\n");
    for i in 1..12 {
        let p = i - 1;
        merge.push_str(&format!(
            "m{i}: &m{i} [*m{p}, *m{p}, *m{p}, *m{p}, {{<<: *m{p}}}]\n"
        ));
    }
    for bomb in [doc, merge] {
        let errors = within(Duration::from_secs(2), "alias bomb", || refused(&bomb));
        assert!(
            errors[0].message.contains("expands to more than"),
            "{errors:?}"
        );
    }
}

#[test]
fn ten_thousand_accounts_name_the_limit() {
    let mut source = String::from("name: x\nbase_url: https://x.example/\naccounts:\n");
    for i in 0..10_000 {
        source.push_str(&format!("  - platform: bilibili\n    id: \"{}\"\n", i + 1));
    }
    assert!(source.len() as u64 <= MAX_FILE_BYTES);
    let errors = within(Duration::from_secs(5), "10000 accounts", || {
        refused(&source)
    });
    assert_eq!(errors.len(), 1, "{errors:?}");
    assert!(
        errors[0]
            .message
            .contains(&format!("10000 accounts, over the limit of {MAX_ACCOUNTS}")),
        "{}",
        errors[0].message
    );
    // 500 is fine.
    let mut ok = String::from("name: x\nbase_url: https://x.example/\naccounts:\n");
    for i in 0..MAX_ACCOUNTS {
        ok.push_str(&format!("  - platform: bilibili\n    id: \"{}\"\n", i + 1));
    }
    assert!(profile::parse(&ok).profile.is_some());
}

/// The file checks of `profile::load`: what is not a small UTF-8 regular file inside the
/// site folder is refused before it is parsed — a 100 MB file without being read.
#[test]
fn files_that_are_not_small_text_are_refused_before_reading() {
    let tmp = tempfile::tempdir().unwrap();
    let root = tmp.path();
    // An empty site folder, for each case to put its own kind of site.yaml in.
    let folder = |slug: &str| {
        let dir = root.join(slug);
        std::fs::create_dir(&dir).unwrap();
        dir
    };

    // 100 MB, sparse: refused by its size, at once.
    let dir = folder("huge");
    let file = std::fs::File::create(dir.join("site.yaml")).unwrap();
    file.set_len(100 * 1024 * 1024).unwrap();
    drop(file);
    let site = within(Duration::from_millis(500), "100 MB", || profile::load(&dir));
    let message = &site.parsed.diagnostics[0].message;
    assert_contains(message, "104857600 bytes, over the limit of 1048576 bytes");
    assert!(site.source.is_empty(), "the file was read");
    cli_refuses(root, "huge", "over the limit of 1048576 bytes");

    // One byte over the limit, and exactly at it.
    write_site(
        root,
        "over",
        &format!("{VALID}#{}\n", "x".repeat(MAX_FILE_BYTES as usize)),
    );
    cli_refuses(root, "over", "over the limit of 1048576 bytes");
    let mut at_limit = format!("{VALID}#");
    at_limit.push_str(&"x".repeat(MAX_FILE_BYTES as usize - at_limit.len() - 1));
    at_limit.push('\n');
    write_site(root, "at-limit", &at_limit);
    assert!(profile::load(&root.join("at-limit")).profile().is_some());

    // Invalid UTF-8, with the place of the first bad byte.
    let dir = folder("latin1");
    std::fs::write(dir.join("site.yaml"), b"name: caf\xe9\nbase_url: x\n").unwrap();
    let site = profile::load(&dir);
    let d = &site.parsed.diagnostics[0];
    assert!(d.message.contains("not valid UTF-8"), "{d:?}");
    assert_eq!(d.at.map(|at| (at.line, at.col)), Some((1, 10)));
    cli_refuses(root, "latin1", "not valid UTF-8");

    // UTF-16 (what some Windows editors save): not UTF-8 either.
    let dir = folder("utf16");
    let utf16: Vec<u8> = "\u{feff}name: x\n"
        .encode_utf16()
        .flat_map(u16::to_le_bytes)
        .collect();
    std::fs::write(dir.join("site.yaml"), utf16).unwrap();
    cli_refuses(root, "utf16", "not valid UTF-8");

    // Not a regular file: a folder, a FIFO (opening it would block), a device.
    std::fs::create_dir(folder("folder").join("site.yaml")).unwrap();
    cli_refuses(root, "folder", "not a regular file");
    let dir = folder("fifo");
    let fifo = dir.join("site.yaml");
    let status = Command::new("mkfifo").arg(&fifo).status().unwrap();
    assert!(status.success());
    within(Duration::from_secs(5), "fifo", || {
        cli_refuses(root, "fifo", "not a regular file")
    });
    let dir = folder("device");
    std::os::unix::fs::symlink("/dev/zero", dir.join("site.yaml")).unwrap();
    cli_refuses(root, "device", "not a regular file");

    // A symlink to a profile outside the site folder: its lines would be echoed in
    // error messages (CI logs), so it is refused like an avatar outside the folder.
    let secret = root.join("secret.yaml");
    std::fs::write(&secret, "password: hunter2\n").unwrap();
    let dir = folder("linked");
    std::os::unix::fs::symlink(&secret, dir.join("site.yaml")).unwrap();
    cli_refuses(root, "linked", "leads outside the site's folder");
    let out = run(&["check", "linked"], root);
    assert!(!String::from_utf8_lossy(&out.stderr).contains("hunter2"));
    // A link inside the folder is fine.
    let dir = folder("inside");
    std::fs::write(dir.join("real.yaml"), VALID).unwrap();
    std::os::unix::fs::symlink("real.yaml", dir.join("site.yaml")).unwrap();
    assert!(profile::load(&dir).profile().is_some());
    // A dangling link and a missing file say so.
    let dir = folder("dangling");
    std::os::unix::fs::symlink("nowhere.yaml", dir.join("site.yaml")).unwrap();
    cli_refuses(root, "dangling", "cannot read the profile");
}

// ---- the fuzz targets ----

/// Tokens that make up YAML and profiles, for a soup that often gets deep into the
/// reader and the checker.
const TOKENS: &[&str] = &[
    "name",
    "tagline",
    "lang",
    "base_url",
    "avatar",
    "bio",
    "theme",
    "mode",
    "accent",
    "accounts",
    "platform",
    "id",
    "url",
    "qr",
    "note",
    "app_id",
    "label",
    "group",
    "hidden",
    "filing",
    "icp",
    "police",
    "bilibili",
    "wechat",
    "link",
    "github",
    "douyin",
    "mastodon",
    "https://x.example/",
    "https://space.bilibili.com/1",
    "\"12345678\"",
    "zh-Hans",
    "dark",
    "\"#e4572e\"",
    "true",
    "no",
    "~",
    "null",
    "0123",
    "1e3",
    ": ",
    ":",
    "- ",
    "-",
    "\n",
    "\n  ",
    "\n    ",
    "\n      ",
    "  ",
    " ",
    "\t",
    "[",
    "]",
    "{",
    "}",
    ",",
    "&a ",
    "*a",
    "&b ",
    "*b",
    "<<: ",
    "!!str ",
    "!!map ",
    "!x ",
    "? ",
    "|",
    "|-",
    ">",
    "\"",
    "'",
    "\\",
    "\\u",
    "\\ud800",
    "#",
    "# c",
    "---",
    "...",
    "%YAML 1.2\n",
    "%TAG ! x\n",
    "\r\n",
    "\r",
    "\u{feff}",
    "\u{85}",
    "\u{2028}",
    "\0",
    "\u{1b}",
    "林",
    "😀",
    "\u{202e}",
    "a.png",
    "../x.png",
    "/etc/passwd",
];

fn token_soup() -> impl Strategy<Value = String> {
    prop::collection::vec(prop::sample::select(TOKENS), 0..80).prop_map(|t| t.concat())
}

/// The example profiles and a few shapes of valid profile, for mutation.
fn seeds() -> Vec<String> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("sites");
    let mut seeds: Vec<String> = ["xiaoman", "alex-dev"]
        .iter()
        .map(|s| std::fs::read_to_string(root.join(s).join("site.yaml")).unwrap())
        .collect();
    seeds.push(VALID.to_owned());
    seeds.push(
        "name: x\nbase_url: https://x.example/\ndefaults: &d {platform: github}\naccounts:\n  - <<: *d\n    id: a\n  - {<<: *d, id: b, note: 'n'}\n"
            .to_owned(),
    );
    seeds
}

#[derive(Debug, Clone)]
enum Edit {
    Insert(usize, Vec<u8>),
    Delete(usize, usize),
    Replace(usize, u8),
    Duplicate(usize, usize),
}

fn edit() -> impl Strategy<Value = Edit> {
    let bytes = prop_oneof![
        prop::collection::vec(any::<u8>(), 1..4),
        prop::sample::select(TOKENS).prop_map(|t| t.as_bytes().to_vec()),
    ];
    prop_oneof![
        (any::<usize>(), bytes).prop_map(|(at, b)| Edit::Insert(at, b)),
        (any::<usize>(), 1..20usize).prop_map(|(at, n)| Edit::Delete(at, n)),
        (any::<usize>(), any::<u8>()).prop_map(|(at, b)| Edit::Replace(at, b)),
        (any::<usize>(), 1..200usize).prop_map(|(at, n)| Edit::Duplicate(at, n)),
    ]
}

fn mutate(seed: &str, edits: &[Edit]) -> Vec<u8> {
    let mut bytes = seed.as_bytes().to_vec();
    for edit in edits {
        let len = bytes.len().max(1);
        match edit {
            Edit::Insert(at, b) => {
                let at = at % (bytes.len() + 1);
                bytes.splice(at..at, b.iter().copied());
            }
            Edit::Delete(at, n) => {
                let at = at % len;
                let end = (at + n).min(bytes.len());
                bytes.drain(at.min(end)..end);
            }
            Edit::Replace(at, b) => {
                if !bytes.is_empty() {
                    let at = at % bytes.len();
                    bytes[at] = *b;
                }
            }
            Edit::Duplicate(at, n) => {
                let at = at % len;
                let end = (at + n).min(bytes.len());
                let chunk = bytes[at.min(end)..end].to_vec();
                bytes.splice(end..end, chunk);
            }
        }
    }
    bytes
}

/// Parses bytes as `profile::load` would see them: invalid UTF-8 replaced (load refuses
/// it before parsing; the parser must survive the replacement characters anyway).
fn fuzz_one(bytes: &[u8]) {
    let source = String::from_utf8_lossy(bytes);
    let parsed = profile::parse(&source);
    check_diagnostics(&source, &parsed);
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 3000, failure_persistence: None, ..ProptestConfig::default() })]

    #[test]
    fn fuzz_parse_arbitrary_bytes(bytes in prop::collection::vec(any::<u8>(), 0..400)) {
        fuzz_one(&bytes);
    }

    #[test]
    fn fuzz_parse_yaml_token_soup(source in token_soup()) {
        fuzz_one(source.as_bytes());
    }

    #[test]
    fn fuzz_parse_mutated_profiles(
        seed in prop::sample::select(seeds()),
        edits in prop::collection::vec(edit(), 1..8),
    ) {
        fuzz_one(&mutate(&seed, &edits));
    }
}

/// Inputs under the 1 MiB limit that used to take time out of proportion: 90,000
/// unknown keys (90,000 messages, each rendered by counting lines from the top: 94 s in
/// a release build), two 30,000-key mappings merged (20 s), 150,000 values on one line.
///
/// The time bounds are a hang guard, not a speed check (speed is the benchmark's job):
/// the quadratic versions took minutes in a debug build, the fixed ones a few seconds of
/// CPU, so a bound six times that still tells them apart on a loaded shared machine.
#[test]
fn big_files_of_mistakes_are_reported_quickly() {
    let tmp = tempfile::tempdir().unwrap();
    let mut many = String::from("name: x\n");
    for i in 0..90_000 {
        many.push_str(&format!("k{i}: 1\n"));
    }
    let mut merged = String::from("name: x\nbig: &b {");
    for i in 0..30_000 {
        merged.push_str(&format!("k{i}: 1, "));
    }
    merged.push_str("}\nother: {<<: *b, ");
    for i in 0..30_000 {
        merged.push_str(&format!("j{i}: 1, "));
    }
    merged.push_str("}\n");
    let one_line = format!("name: x\nlist: [{}]\n", "1, ".repeat(150_000));
    for (slug, source) in [
        ("many", &many),
        ("merged", &merged),
        ("one-line", &one_line),
    ] {
        assert!(source.len() as u64 <= MAX_FILE_BYTES, "{slug}");
        let (parsed, rendered) = within(Duration::from_secs(60), slug, || {
            let parsed = profile::parse(source);
            let rendered: String = parsed
                .diagnostics
                .iter()
                .map(|d| d.render(Path::new("site.yaml"), source))
                .collect();
            (parsed, rendered)
        });
        assert!(parsed.profile.is_none() && !rendered.is_empty(), "{slug}");
        assert!(
            parsed.diagnostics.len() <= profile::MAX_DIAGNOSTICS + 1,
            "{slug}"
        );
        write_site(tmp.path(), slug, source);
    }
    let out = within(Duration::from_secs(90), "many", || {
        run(&["check", "many"], tmp.path())
    });
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1));
    assert!(
        stderr.contains("… and 89802 more problems in this file"),
        "{}",
        &stderr[stderr.len().saturating_sub(500)..]
    );
}
