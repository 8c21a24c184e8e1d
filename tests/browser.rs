//! The built sites in a real browser: Debian's Chromium, driven by `playwright-core`
//! from `tests/browser/*.test.mjs` under Node's own test runner.
//!
//! This test builds the two examples, the hostile fixture (`tests/fixtures/hostile`),
//! the WeChat fixtures (`tests/fixtures/in-wechat*`, one per page language) and the
//! style fixtures (`tests/fixtures/style-*`, one per `theme.style`, one with `theme.css`) with the
//! real binary into a folder of its own under `target/browser/`, writes what each site
//! should show (`manifest.json`, from the checked profile and its links) beside them,
//! and runs `node --test` on `tests/browser/`. Screenshots go to `target/screenshots/`.
//!
//! It needs `chromium`, `node`, `java`, `zbarimg` and `tests/browser/node_modules`
//! (`npm ci --prefix tests/browser`). Without them it prints a notice and passes,
//! except in CI (`CI=true`), where the suite must run: a missing tool is a failure
//! that names the install command.

mod common;

use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Instant;

use common::cli::assert_success;
use common::tools::{present_or_skip, runs};
use hutong::platforms::Kind;

const INSTALL: &str = "apt-get install -y chromium zbar-tools poppler-utils default-jre-headless nodejs npm \
     && npm ci --ignore-scripts --prefix tests/browser";

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

/// The browser: `$HUTONG_CHROMIUM`, else Debian's `/usr/bin/chromium`.
fn chromium() -> PathBuf {
    std::env::var_os("HUTONG_CHROMIUM")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from("/usr/bin/chromium"))
}

/// What is missing to run the suite, in words.
fn missing() -> Vec<String> {
    let mut missing = Vec::new();
    let browser = chromium();
    if !browser.is_file() {
        missing.push(format!("Chromium ({} not found)", browser.display()));
    }
    if !runs("node", "--version") {
        missing.push("Node.js (`node`)".to_owned());
    }
    if !runs("java", "-version") {
        missing.push("Java (`java`, for the Nu HTML Checker)".to_owned());
    }
    if !runs("zbarimg", "--version") {
        missing.push("zbar (`zbarimg`)".to_owned());
    }
    if !runs("pdftoppm", "-v") {
        missing.push("poppler (`pdftoppm`, to rasterise the printed PDF)".to_owned());
    }
    let modules = root().join("tests/browser/node_modules");
    for file in [
        "playwright-core/package.json",
        "axe-core/axe.min.js",
        "vnu-jar/build/dist/vnu.jar",
    ] {
        if !modules.join(file).is_file() {
            missing.push(format!("tests/browser/node_modules/{file}"));
        }
    }
    missing
}

/// Builds `sites` with the real binary into `out`.
fn build(sites: &[PathBuf], out: &Path) {
    let result = Command::new(env!("CARGO_BIN_EXE_hutong"))
        .arg("build")
        .args(sites)
        .arg("-o")
        .arg(out)
        .current_dir(root())
        .output()
        .expect("hutong runs");
    assert_success(&result);
}

/// What the pages of a site should show, for the tests to compare against: the
/// profile's texts, and per visible account its link data plus the QR payload the
/// issue gives (the account's `qr` text, else `<base_url>go/<key>/`).
fn manifest_entry(dir: &Path) -> (String, serde_json::Value) {
    let site = hutong::profile::load(dir);
    let profile = site
        .profile()
        .unwrap_or_else(|| panic!("{}:\n{}", dir.display(), site.render_diagnostics()));
    let links = hutong::links::resolve(profile);
    let visible = profile.accounts.iter().filter(|a| !a.hidden);
    let accounts: Vec<serde_json::Value> = visible
        .zip(&links)
        .map(|(account, link)| {
            let mut value = serde_json::to_value(link).unwrap();
            value["wx"] = (link.platform.kind == Kind::WechatNative).into();
            // The registry's name of the platform in the page's language, for the
            // redirect page's "<name>的<platform>".
            value["platform_name"] = link.platform.name(profile.lang).into();
            value["payload"] = account
                .qr
                .clone()
                .unwrap_or_else(|| format!("{}go/{}/", profile.base_url, link.key))
                .into();
            value
        })
        .collect();
    let entry = serde_json::json!({
        "name": profile.name,
        "avatar": profile.avatar.is_some(),
        "tagline": profile.tagline,
        "lang": profile.lang,
        "base_url": profile.base_url.as_str(),
        "mode": format!("{:?}", profile.theme.mode).to_lowercase(),
        "style": profile.theme.style.name(),
        "icp": profile.filing.icp,
        "police": profile.filing.police,
        "accounts": accounts,
    });
    (site.slug, entry)
}

#[test]
fn built_sites_behave_in_chromium() {
    if !present_or_skip("the browser suite", &missing(), INSTALL) {
        return;
    }

    // A folder of its own under target/browser/ (other runs may be going on at once),
    // removed when the suite passes and kept when it fails, so a test file can be rerun
    // by hand against the same build; `HUTONG_BROWSER_OUT` names a folder to keep instead.
    let target = root().join("target/browser");
    std::fs::create_dir_all(&target).unwrap();
    let tmp = tempfile::Builder::new()
        .prefix("run-")
        .tempdir_in(&target)
        .unwrap();
    let work = match std::env::var_os("HUTONG_BROWSER_OUT") {
        Some(dir) => {
            let dir = root().join(dir);
            let _ = std::fs::remove_dir_all(&dir);
            dir
        }
        None => tmp.path().to_path_buf(),
    };
    let dist = work.join("dist");
    let sites = [
        root().join("sites/xiaoman"),
        root().join("sites/alex-dev"),
        root().join("tests/fixtures/hostile"),
        root().join("tests/fixtures/in-wechat"),
        root().join("tests/fixtures/in-wechat-hant"),
        root().join("tests/fixtures/in-wechat-en"),
        root().join("tests/fixtures/style-soft"),
        root().join("tests/fixtures/style-outline"),
        root().join("tests/fixtures/style-mono"),
        root().join("tests/fixtures/style-custom"),
    ];
    build(&sites, &dist);
    let manifest: serde_json::Map<String, serde_json::Value> =
        sites.iter().map(|dir| manifest_entry(dir)).collect();
    let manifest_path = work.join("manifest.json");
    std::fs::write(
        &manifest_path,
        serde_json::to_string_pretty(&manifest).unwrap(),
    )
    .unwrap();

    let screenshots = root().join("target/screenshots");
    std::fs::create_dir_all(&screenshots).unwrap();

    // The files are listed rather than the folder given, which Node versions read
    // differently (a folder in Node 20, a glob from Node 21 on).
    let mut files: Vec<PathBuf> = std::fs::read_dir(root().join("tests/browser"))
        .unwrap()
        .map(|entry| entry.unwrap().path())
        .filter(|p| p.to_string_lossy().ends_with(".test.mjs"))
        .collect();
    files.sort();
    assert!(files.len() >= 6, "tests/browser has its tests: {files:?}");

    let browser = chromium();
    let start = Instant::now();
    let vars = [
        ("HUTONG_DIST", dist.as_os_str()),
        ("HUTONG_MANIFEST", manifest_path.as_os_str()),
        ("HUTONG_SCREENSHOTS", screenshots.as_os_str()),
        ("HUTONG_CHROMIUM", browser.as_os_str()),
    ];
    let out = Command::new("node")
        .args([
            "--test",
            "--test-concurrency=2",
            "--test-timeout=240000",
            "--test-reporter=spec",
        ])
        .args(&files)
        .current_dir(root())
        .envs(vars)
        .output()
        .expect("node starts");
    let report = format!(
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    if !out.status.success() {
        let kept = tmp.keep();
        let rerun: Vec<String> = vars
            .iter()
            .map(|(k, v)| format!("{k}={}", v.to_string_lossy()))
            .collect();
        panic!(
            "the browser suite failed (screenshots in {}; the build is kept in {}; rerun a file with `{} node --test tests/browser/<file>.test.mjs`):\n{report}",
            screenshots.display(),
            kept.display(),
            rerun.join(" ")
        );
    }
    println!("{report}");
    eprintln!(
        "browser suite passed in {:.0} s; screenshots in {}",
        start.elapsed().as_secs_f64(),
        screenshots.display()
    );
}
