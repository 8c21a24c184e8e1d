//! The pages' JavaScript, checked by Node: the redirect logic's own tests
//! (`tests/js/*.test.mjs`, Node's built-in runner, the same as `node --test tests/js/`)
//! and a syntax check of the scripts exactly as `render` writes them into pages.
//!
//! Without a `node` program the tests print a notice and pass, except in CI
//! (`CI=true`), where a missing Node is a failure: the logic must not go untested there.

mod common;

use std::path::{Path, PathBuf};
use std::process::Command;

use common::cli::assert_success;
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

/// Instagram and Threads open in their apps on Android through an App Link given to the
/// app's package: the Android link hutong makes is that intent, with the web profile as
/// Chrome's fallback, and the pages' decide() tries it in Android Chrome (and shows the
/// "open in the browser" guide inside WeChat, where no app can be opened).
#[test]
fn instagram_and_threads_get_android_intents_that_the_pages_try() {
    let yaml = "name: Test\nbase_url: https://t.example/\naccounts:\n  - platform: instagram\n    id: natgeo\n  - url: https://www.threads.com/@zuck\n";
    let profile = hutong::profile::parse(yaml)
        .profile
        .expect("a valid profile");
    let links = hutong::links::resolve(&profile);
    let android: Vec<&str> = links.iter().filter_map(|l| l.android.as_deref()).collect();
    assert_eq!(
        android,
        [
            "intent://instagram.com/_u/natgeo#Intent;scheme=https;package=com.instagram.android;S.browser_fallback_url=https%3A%2F%2Fwww.instagram.com%2Fnatgeo%2F;end",
            "intent://www.threads.net/@zuck#Intent;scheme=https;package=com.instagram.barcelona;S.browser_fallback_url=https%3A%2F%2Fwww.threads.com%2F%40zuck;end",
        ]
    );
    if !node_or_skip("the redirect logic's tests") {
        return;
    }
    let targets: Vec<serde_json::Value> = links
        .iter()
        .map(|l| serde_json::json!({ "web": l.web, "ios": l.ios, "android": l.android }))
        .collect();
    // decide() for each target in three browsers, as [[mode, link], …] per target.
    let script = r#"
const fs = require('fs'), vm = require('vm');
const { decide } = vm.runInNewContext(fs.readFileSync('templates/common.js', 'utf8') + ';({ decide })', {});
const { agents } = JSON.parse(fs.readFileSync('tests/js/user-agents.json', 'utf8'));
const ua = (name) => agents.find((a) => a.name === name).ua;
const targets = JSON.parse(process.argv[1]);
console.log(JSON.stringify(targets.map((t) => ['Android Chrome', 'WeChat on Android', 'iPhone Safari']
  .map((name) => { const d = decide(ua(name), t); return [d.mode, d.link]; }))));
"#;
    let out = Command::new("node")
        .args(["-e", script, &serde_json::to_string(&targets).unwrap()])
        .current_dir(root())
        .output()
        .expect("node starts");
    assert_success(&out);
    let got: Vec<Vec<(String, Option<String>)>> = serde_json::from_slice(&out.stdout).unwrap();
    for (link, got) in links.iter().zip(&got) {
        let at = |i: usize| (got[i].0.as_str(), got[i].1.as_deref());
        assert_eq!(
            at(0),
            ("try-app", link.android.as_deref()),
            "{}: Android Chrome",
            link.key
        );
        assert_eq!(at(1), ("overlay", None), "{}: WeChat on Android", link.key);
        assert_eq!(
            at(2),
            ("try-app", link.ios.as_deref()),
            "{}: iPhone Safari",
            link.key
        );
    }
}
