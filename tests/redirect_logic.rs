//! The pages' JavaScript, checked by Node: the redirect logic's own tests
//! (`tests/js/*.test.mjs`, Node's built-in runner, the same as `node --test tests/js/`)
//! and a syntax check of the scripts exactly as `render` writes them into pages.
//!
//! Without a `node` program the tests print a notice and pass, except in CI
//! (`CI=true`), where a missing Node is a failure: the logic must not go untested there.

mod common;

use std::path::{Path, PathBuf};
use std::process::Command;

use common::tools::node_or_skip;

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

fn run(command: &mut Command) {
    let out = command.output().expect("node starts");
    assert!(
        out.status.success(),
        "{command:?} failed:\n{}\n{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
}

#[test]
fn redirect_logic_passes_its_node_tests() {
    if !node_or_skip("the redirect logic's tests") {
        return;
    }
    // The files are listed rather than the folder given, which Node versions read
    // differently (a folder in Node 20, a glob from Node 21 on).
    let mut files: Vec<PathBuf> = std::fs::read_dir(root().join("tests/js"))
        .expect("tests/js exists")
        .map(|entry| entry.unwrap().path())
        .filter(|p| p.to_string_lossy().ends_with(".test.mjs"))
        .collect();
    files.sort();
    assert!(!files.is_empty(), "tests/js has tests");
    run(Command::new("node")
        .arg("--test")
        .args(&files)
        .current_dir(root()));
}

#[test]
fn rendered_scripts_are_valid_javascript() {
    if !node_or_skip("the redirect logic's tests") {
        return;
    }
    let yaml = "name: Test\nbase_url: https://t.example/\naccounts:\n  - platform: bilibili\n    id: \"12345678\"\n  - platform: wechat\n    id: test_wechat\n";
    let parsed = hutong::profile::parse(yaml);
    let profile = parsed.profile.expect("a valid profile");
    let links = hutong::links::resolve(&profile);
    let site = hutong::render::SiteView::new(&profile, &links, None);
    let mut pages = vec![hutong::render::hub(&site)];
    pages.extend(links.iter().map(|l| hutong::render::go(&site, l)));
    let dir = tempfile::tempdir().unwrap();
    let mut checked = 0;
    for (i, page) in pages.iter().enumerate() {
        for (j, script) in page.html.split("<script>").skip(1).enumerate() {
            let body = &script[..script.find("</script>").expect("closed")];
            let file = dir.path().join(format!("page{i}-{j}.js"));
            std::fs::write(&file, body).unwrap();
            run(Command::new("node").arg("--check").arg(&file));
            checked += 1;
        }
    }
    assert_eq!(checked, pages.len(), "one script per page");
}
