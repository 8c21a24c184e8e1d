//! Reviewed snapshots of the example sites' pages (`cargo insta review` after a change).
//!
//! The inline CSS and JS and the icons' path data are elided to their size, so the
//! snapshots show the structure and text a reviewer can read; the CSS and JS are
//! covered by their own tests and the CSP hashes.

use std::collections::BTreeMap;
use std::path::Path;

use hutong::build::{Timings, generate};

fn elide(html: &str) -> String {
    let mut text = html.to_owned();
    for (open_prefix, close) in [("<style", "</style>"), ("<script>", "</script>")] {
        let mut out = String::new();
        let mut rest = text.as_str();
        while let Some(i) = rest.find(open_prefix) {
            let body = i + rest[i..].find('>').unwrap() + 1;
            let end = body + rest[body..].find(close).unwrap();
            out.push_str(&rest[..body]);
            out.push_str(&format!("/* {} bytes */", end - body));
            rest = &rest[end..];
        }
        out.push_str(rest);
        text = out;
    }
    let path_data = regex_lite::Regex::new(r#" d="[^"]*""#).unwrap();
    let text = path_data.replace_all(&text, r#" d="…""#);
    let hashes = regex_lite::Regex::new(r"sha256-[A-Za-z0-9+/=]+").unwrap();
    let text = hashes.replace_all(&text, "sha256-…");
    // One element per line, so a change shows as a readable diff.
    text.replace("><", ">\n<")
}

/// The pages of example site `slug`, by path.
fn pages(slug: &str) -> BTreeMap<String, String> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("sites")
        .join(slug);
    let site = hutong::profile::load(&dir);
    let profile = site.profile().expect("the example is valid");
    let generated = generate(&site.assets, profile, &mut Timings::default()).unwrap();
    generated
        .files
        .into_iter()
        .filter(|f| f.path.ends_with(".html"))
        .map(|f| (f.path, String::from_utf8(f.bytes).unwrap()))
        .collect()
}

/// Compares each of `expected`, a page of example site `slug`, with its snapshot; a page
/// the site no longer makes fails the test instead of leaving its snapshot unread.
fn assert_snapshots(slug: &str, expected: &[&str]) {
    let pages = pages(slug);
    for path in expected {
        let html = pages.get(*path).unwrap_or_else(|| {
            panic!(
                "{slug} has no page {path}; it has {:?}",
                pages.keys().collect::<Vec<_>>()
            )
        });
        insta::assert_snapshot!(format!("{slug}__{}", path.replace('/', "_")), elide(html));
    }
}

#[test]
fn xiaoman_pages() {
    assert_snapshots(
        "xiaoman",
        &[
            "index.html",
            "404.html",
            "go/wechat/index.html",
            "go/douyin/index.html",
            "print/index.html",
        ],
    );
}

#[test]
fn alex_dev_pages() {
    assert_snapshots("alex-dev", &["index.html", "go/github/index.html"]);
}
