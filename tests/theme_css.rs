//! `theme.css`: the creator's CSS beside `site.yaml`, added after the style's CSS in a
//! `<style>` of its own and hashed into the policy; refused, at its line and column in
//! the CSS file, when it would load anything from another host; capped at 32 KiB.

mod common;

use std::path::PathBuf;
use std::process::Output;

use base64::Engine as _;
use hutong::build::{self, Timings};
use hutong::profile;
use sha2::{Digest as _, Sha256};

use common::assert_contains;
use common::cli::{assert_success, failed, stderr};

const PROFILE: &str = "name: Ada\nlang: en\nbase_url: https://ada.example.com/\n\
                       theme:\n  style: soft\n  css: look/custom.css\n\
                       accounts:\n  - platform: github\n    id: octocat\n";

/// A site folder holding `PROFILE` and `look/custom.css` with `css`.
fn site_with_css(css: &[u8]) -> tempfile::TempDir {
    let root = tempfile::tempdir().unwrap();
    let dir = common::site::write_site(root.path(), "ada", PROFILE);
    std::fs::create_dir(dir.join("look")).unwrap();
    std::fs::write(dir.join("look/custom.css"), css).unwrap();
    root
}

fn dir(root: &tempfile::TempDir) -> PathBuf {
    root.path().join("ada")
}

/// The CSS file, as messages name it.
fn css_file(root: &tempfile::TempDir) -> PathBuf {
    dir(root).join("look/custom.css")
}

/// `hutong check` on the site folder.
fn check(root: &tempfile::TempDir) -> Output {
    common::cli::run(&["check", dir(root).to_str().unwrap()])
}

/// The errors of loading the site, rendered as `hutong check` prints them.
fn errors(root: &tempfile::TempDir) -> Vec<(String, String)> {
    let site = profile::load(&dir(root));
    assert!(site.profile().is_none(), "the site has errors");
    site.parsed
        .errors()
        .map(|d| (d.code.to_owned(), d.render(&site.path, &site.source)))
        .collect()
}

fn hub(root: &tempfile::TempDir) -> String {
    let site = profile::load(&dir(root));
    let profile = site
        .profile()
        .unwrap_or_else(|| panic!("{}", site.render_diagnostics()));
    let generated = build::generate(&site.assets, profile, &mut Timings::default()).unwrap();
    let hub = generated
        .files
        .iter()
        .find(|f| f.path == "index.html")
        .unwrap();
    String::from_utf8(hub.bytes.clone()).unwrap()
}

fn sha256(text: &str) -> String {
    base64::engine::general_purpose::STANDARD.encode(Sha256::digest(text.as_bytes()))
}

#[test]
fn the_creators_css_follows_ours_in_its_own_hashed_style() {
    let css = ".c{border-radius:4px}\nh1{letter-spacing:.02em}\n";
    let root = site_with_css(css.as_bytes());
    let html = hub(&root);
    let ours = html.find("<style>").unwrap();
    let theirs = html
        .find(&format!("<style>{css}</style>"))
        .expect("inlined as written");
    assert!(ours < theirs, "after the style's CSS");
    let meta = html
        .split("Content-Security-Policy\" content=\"")
        .nth(1)
        .unwrap();
    let policy = meta.split('"').next().unwrap().replace("&#39;", "'");
    let style_src = policy
        .split("; ")
        .find(|d| d.starts_with("style-src"))
        .unwrap();
    assert!(
        style_src.contains(&format!("'sha256-{}'", sha256(css))),
        "{style_src}"
    );
    assert_eq!(
        style_src.matches("'sha256-").count(),
        2,
        "ours and theirs: {style_src}"
    );
    assert!(!policy.contains("unsafe-inline"));
}

#[test]
fn a_closing_style_tag_inside_cannot_break_out() {
    let css = "a:after{content:\"</style><script>alert(1)</script>\"}\n";
    let root = site_with_css(css.as_bytes());
    let html = hub(&root);
    assert_eq!(
        html.matches("</style>").count(),
        2,
        "only our two closing tags"
    );
    let style = html.split("<style>").nth(2).unwrap();
    assert!(style.starts_with("a:after{content:\"<\\/style>"), "{style}");
    assert!(html.contains(r#"content:"<\/style><script>alert(1)<\/script>""#));
}

#[test]
fn loading_from_elsewhere_is_refused_at_its_line_and_column() {
    let css = "/* my look */\n@import url(\"https://fonts.example.com/a.css\");\n\
               body{background:#fffaf0}\n.c{background-image:url(//cdn.example.net/p.png)}\n\
               h1{background:u\\72l(\"\\68ttps://e.example/x.png\")}\n\
               .x{background:image-set('data:image/png;base64,AAAA' 1x)}\n\
               .ok{background:url(paper.png);filter:url(#f)}\n";
    let root = site_with_css(css.as_bytes());
    let errors = errors(&root);
    let found: Vec<(&str, &str)> = errors
        .iter()
        .map(|(code, text)| (code.as_str(), text.lines().next().unwrap()))
        .collect();
    let at = |line: usize, col: usize| format!("{}:{line}:{col}: ", css_file(&root).display());
    // The @import, the address it names, and the three addresses after it.
    assert_eq!(found.len(), 5, "{errors:#?}");
    assert_eq!(found[0].0, "css-import");
    assert!(
        found[0].1.ends_with(&format!(
            "{}`@import` would load another stylesheet, which the page's security policy blocks",
            at(2, 1)
        )),
        "{}",
        found[0].1
    );
    assert_eq!(found[1].0, "css-remote");
    assert!(found[1].1.contains(&at(2, 13)), "{}", found[1].1);
    let found = &found[1..];
    assert!(
        found[1].1.contains(&at(4, 21)) && found[1].1.contains("`//cdn.example.net/p.png`"),
        "{}",
        found[1].1
    );
    assert!(
        found[2].1.contains(&at(5, 21)) && found[2].1.contains("`https://e.example/x.png`"),
        "{}",
        found[2].1
    );
    assert!(
        found[3].1.contains(&at(6, 25)) && found[3].1.contains("`data:image/png;base64,AAAA`"),
        "{}",
        found[3].1
    );
    for (_, text) in &errors {
        assert!(text.contains("hint: "), "{text}");
    }
}

#[test]
fn the_file_must_be_a_css_file_inside_the_folder_and_small() {
    // Too big: the limit is said.
    let root = site_with_css(&vec![b' '; 32 * 1024 + 1]);
    let too_big = errors(&root);
    assert_eq!(too_big[0].0, "css-too-big");
    assert_contains(
        &too_big[0].1,
        "32769 bytes, over the limit of 32768 bytes (32 KiB)",
    );
    assert_contains(&too_big[0].1, "site.yaml:6:8: ");
    // Exactly at the limit: fine.
    let root = site_with_css(&vec![b' '; 32 * 1024]);
    assert!(profile::load(&dir(&root)).profile().is_some());
    // Not UTF-8.
    let root = site_with_css(b"a{content:\"\xff\"}");
    assert_eq!(errors(&root)[0].0, "css-not-utf8");
    // Paths that leave the folder or are no CSS file, at the `css:` line.
    for path in [
        "../x.css",
        "/etc/x.css",
        "https://e.example/x.css",
        "look/custom.txt",
    ] {
        let yaml = PROFILE.replace("look/custom.css", path);
        let parsed = profile::parse(&yaml);
        let d = parsed.errors().next().unwrap_or_else(|| panic!("{path}"));
        assert_eq!(d.code, "css-path", "{path}");
        assert_eq!(d.at.map(|a| (a.line, a.col)), Some((6, 8)), "{path}");
    }
    // Missing.
    let root = site_with_css(b"");
    std::fs::remove_file(css_file(&root)).unwrap();
    assert_eq!(errors(&root)[0].0, "css-unreadable");
}

#[test]
fn check_prints_the_css_files_position() {
    let root = site_with_css(b"a{}\n  b{background:url(https://e.example/b.png)}\n");
    let err = failed(&check(&root), 1);
    assert_contains(&err, &format!("{}:2:16: ", css_file(&root).display()));
    assert_contains(
        &err,
        "`https://e.example/b.png` would load a file from another host",
    );
}

/// A relative address stays on the site's own host and is allowed; since a build writes
/// only the files site.yaml names, `check` says so at its place in the CSS file, as a
/// warning, and the site builds with the CSS as written.
#[test]
fn a_relative_address_builds_with_a_warning_that_it_is_not_published() {
    let css = ".bg{background:url(paper.png)}\n.f{filter:url(#soft)}\n";
    let root = site_with_css(css.as_bytes());
    let site = profile::load(&dir(&root));
    assert!(site.profile().is_some(), "no error");
    let warnings: Vec<_> = site
        .parsed
        .diagnostics
        .iter()
        .filter(|d| d.code == "css-local")
        .collect();
    assert_eq!(warnings.len(), 1, "paper.png only, not the #soft fragment");
    assert_eq!(
        (warnings[0].at.unwrap().line, warnings[0].at.unwrap().col),
        (1, 16)
    );
    assert!(hub(&root).contains(".bg{background:url(paper.png)}"));

    let out = check(&root);
    assert_success(&out);
    assert_contains(
        &stderr(&out),
        &format!(
            "warning: {}:1:16: `paper.png` is not published with the site",
            css_file(&root).display()
        ),
    );
}
