//! A strict page. For the hub, every redirect page and the 404 of the example sites
//! (and of a profile with every theme mode), the Content-Security-Policy is asserted
//! word for word — `default-src 'none'`, then only what the page uses: its own images,
//! same-origin fetches (none of our scripts fetches; Lighthouse's SEO audit reads
//! `/robots.txt` from the page), the hashes of its own inline style and script, no base
//! or form target, no framing —
//! with the hashes computed here from the page's inline blocks as an HTML5 parser reads
//! them; the same policy is in `_headers`. Every page sets its referrer policy and has
//! no inline event handler, no `style` attribute and nothing that loads or frames
//! another document.

mod common;

use std::collections::BTreeMap;
use std::path::Path;

use base64::Engine as _;
use common::assert_contains;
use common::html::{self, Doc, Node};
use hutong::build::{self, Timings};
use hutong::profile::{self, Assets};
use sha2::Digest as _;

fn sha256(text: &str) -> String {
    base64::engine::general_purpose::STANDARD.encode(sha2::Sha256::digest(text.as_bytes()))
}

/// The policy a page must have, from its inline `<style>` and `<script>` blocks (the
/// JSON-LD block is data, not script, and needs no hash): `(meta, header)`.
fn expected_policy(doc: &Doc) -> (String, String) {
    let styles: Vec<String> = doc.elements("style").iter().map(|s| s.text()).collect();
    let scripts: Vec<String> = doc
        .elements("script")
        .iter()
        .filter(|s| s.attr("type").is_none())
        .map(|s| s.text())
        .collect();
    assert_eq!(styles.len(), 1, "one inline style per page");
    assert!(scripts.len() <= 1, "at most one inline script per page");
    let mut policy = format!(
        "default-src 'none'; img-src 'self'; connect-src 'self'; style-src 'sha256-{}'",
        sha256(&styles[0])
    );
    if let Some(script) = scripts.first() {
        policy.push_str(&format!("; script-src 'sha256-{}'", sha256(script)));
    }
    policy.push_str("; base-uri 'none'; form-action 'none'");
    let header = format!("{policy}; frame-ancestors 'none'");
    (policy, header)
}

fn meta<'a>(doc: &'a Doc, attr: &str, value: &str) -> Vec<&'a str> {
    doc.elements("meta")
        .into_iter()
        .filter(|m| m.attr(attr).is_some_and(|v| v.eq_ignore_ascii_case(value)))
        .filter_map(|m| m.attr("content"))
        .collect()
}

/// The `Content-Security-Policy` lines of `_headers`, by path.
fn header_policies(headers: &str) -> BTreeMap<String, String> {
    let mut out = BTreeMap::new();
    let mut path = String::new();
    for line in headers.lines() {
        if line.starts_with('/') {
            path = line.to_owned();
        } else if let Some(csp) = line.trim().strip_prefix("Content-Security-Policy: ") {
            out.insert(path.clone(), csp.to_owned());
        }
    }
    out
}

fn check_site(name: &str, files: &BTreeMap<String, Vec<u8>>) {
    let headers = String::from_utf8(files["_headers"].clone()).unwrap();
    let in_headers = header_policies(&headers);
    for needed in [
        "  X-Content-Type-Options: nosniff\n",
        "  Referrer-Policy: strict-origin-when-cross-origin\n",
        "  X-Frame-Options: DENY\n",
    ] {
        assert!(
            headers.starts_with("/*\n") && headers.contains(needed),
            "{name}: {needed}"
        );
    }
    let mut pages = 0;
    for (path, html) in common::site::pages(files) {
        pages += 1;
        let doc = html::parse(&html);
        assert!(doc.errors.is_empty(), "{name}/{path}: {:?}", doc.errors);
        let (policy, header) = expected_policy(&doc);
        assert_eq!(
            meta(&doc, "http-equiv", "Content-Security-Policy"),
            [policy.as_str()],
            "{name}/{path}"
        );
        assert_eq!(
            in_headers.get(&format!("/{path}")),
            Some(&header),
            "{name}/{path}"
        );
        if let Some(dir) = path.strip_suffix("index.html") {
            assert_eq!(
                in_headers.get(&format!("/{dir}")),
                Some(&header),
                "{name}/{dir}"
            );
        }
        assert_eq!(
            meta(&doc, "name", "referrer"),
            ["strict-origin-when-cross-origin"],
            "{name}/{path}"
        );
        // The policy's meta comes before anything it governs.
        let head: Vec<&str> = doc.elements("head")[0]
            .children()
            .iter()
            .filter_map(Node::name)
            .collect();
        let csp_at = doc.elements("head")[0]
            .children()
            .iter()
            .filter(|n| n.name().is_some())
            .position(|n| n.attr("http-equiv") == Some("Content-Security-Policy"))
            .unwrap();
        assert!(
            !head[..csp_at]
                .iter()
                .any(|n| matches!(*n, "style" | "script" | "link")),
            "{name}/{path}: {head:?}"
        );

        for node in doc.all() {
            let Node::Element {
                name: element,
                attrs,
                ..
            } = node
            else {
                continue;
            };
            for (attr, value) in attrs {
                assert!(
                    !attr.to_ascii_lowercase().starts_with("on"),
                    "{name}/{path}: inline handler <{element} {attr}={value:?}>"
                );
                assert_ne!(attr, "style", "{name}/{path}: <{element} style>");
                assert_ne!(attr, "srcdoc", "{name}/{path}");
            }
            assert!(
                !matches!(
                    element.as_str(),
                    "iframe" | "frame" | "object" | "embed" | "applet" | "form" | "base" | "portal"
                ),
                "{name}/{path}: <{element}>"
            );
            if element == "script" {
                assert!(node.attr("src").is_none(), "{name}/{path}: external script");
            }
            if element == "link" {
                let rel = node.attr("rel").unwrap_or("");
                assert!(
                    matches!(rel, "canonical" | "icon"),
                    "{name}/{path}: <link rel={rel}> would load something"
                );
            }
            // What `img-src 'self'` must cover: images and the icon, same origin.
            let loads = match element.as_str() {
                "img" => node.attr("src"),
                "link" if node.attr("rel") == Some("icon") => node.attr("href"),
                _ => None,
            };
            if let Some(src) = loads {
                let base = url::Url::parse("https://x.example/site/go/a/").unwrap();
                let resolved = base.join(src).unwrap();
                assert!(
                    !src.contains("://")
                        || src.starts_with("https://")
                        || src.starts_with("http://"),
                    "{name}/{path}: {src}"
                );
                if !src.contains("://") {
                    assert_eq!(resolved.origin(), base.origin(), "{name}/{path}: {src}");
                }
            }
        }
    }
    assert!(pages >= 3, "{name}: {pages} pages");
}

fn built(slug: &str, assets: &Assets, yaml: &str) -> BTreeMap<String, Vec<u8>> {
    let profile = profile::parse(yaml)
        .profile
        .unwrap_or_else(|| panic!("{slug} is valid"));
    build::generate(assets, &profile, &mut Timings::default())
        .unwrap()
        .files
        .into_iter()
        .map(|f| (f.path, f.bytes))
        .collect()
}

#[test]
fn every_page_has_exactly_the_policy_it_needs() {
    let sites = Path::new(env!("CARGO_MANIFEST_DIR")).join("sites");
    for slug in ["xiaoman", "alex-dev"] {
        let dir = sites.join(slug);
        let yaml = std::fs::read_to_string(dir.join("site.yaml")).unwrap();
        check_site(slug, &built(slug, &profile::load(&dir).assets, &yaml));
    }
    for mode in ["auto", "light", "dark"] {
        let yaml = format!(
            "name: x\nbase_url: https://x.example/site/\ntheme:\n  mode: {mode}\n  accent: \"#123\"\nbio: \"**b** [l](https://l.example/)\"\nfiling:\n  icp: i\naccounts:\n  - platform: wechat\n    id: wx_abcdef\n  - platform: douyin\n    url: https://www.douyin.com/user/MS4wLjABAAAAexample\n    app_id: \"3733569708763603\"\n  - platform: email\n    id: a@b.example\n"
        );
        check_site(mode, &built("t", &Assets::default(), &yaml));
    }
}

/// The exact policy text, spelled out once, for the 404 page (no script) — so that a
/// change to the policy's shape shows up here as a diff a reviewer reads.
#[test]
fn the_policy_reads_as_intended() {
    let yaml =
        "name: x\nbase_url: https://x.example/\naccounts:\n  - platform: bilibili\n    id: \"1\"\n";
    let files = built("t", &Assets::default(), yaml);
    let doc = html::parse(std::str::from_utf8(&files["404.html"]).unwrap());
    let style = sha256(&doc.elements("style")[0].text());
    assert_eq!(
        meta(&doc, "http-equiv", "Content-Security-Policy"),
        [format!(
            "default-src 'none'; img-src 'self'; connect-src 'self'; style-src 'sha256-{style}'; base-uri 'none'; form-action 'none'"
        )
        .as_str()]
    );
    let hub = html::parse(std::str::from_utf8(&files["index.html"]).unwrap());
    let style = sha256(&hub.elements("style")[0].text());
    let script = hub
        .elements("script")
        .into_iter()
        .find(|s| s.attr("type").is_none())
        .unwrap()
        .text();
    let headers = String::from_utf8(files["_headers"].clone()).unwrap();
    assert_contains(
        &headers,
        &format!(
            "\n/index.html\n  Content-Security-Policy: default-src 'none'; img-src 'self'; connect-src 'self'; style-src 'sha256-{style}'; script-src 'sha256-{}'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'\n",
            sha256(&script)
        ),
    );
}
