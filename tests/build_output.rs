//! `hutong build` on the example sites, read back from disk: every file the format
//! promises, every QR code decoded with an independent decoder, size budgets, hosts,
//! the CSP against the inline blocks, and byte-identical rebuilds.

mod common;

use std::path::{Path, PathBuf};

use assert_cmd::Command;
use base64::Engine as _;
use sha2::Digest as _;

use common::gzip::gzipped;
use common::site::read_tree;
use common::{assert_contains, assert_contains_all};
use common::{decode_png, rasterise_svg, read_codes};

/// The visible accounts' keys of each example, read off its site.yaml by hand
/// (`taobao_shop-2` is hidden), and the `qr` text of the one account that gives one.
const XIAOMAN_KEYS: &[&str] = &[
    "wechat",
    "wechat_oa",
    "xiaohongshu",
    "douyin",
    "bilibili",
    "weibo",
    "taobao_shop",
    "link",
    "email",
];
const ALEX_KEYS: &[&str] = &[
    "github", "mastodon", "bluesky", "youtube", "x", "linkedin", "link", "email",
];
const XIAOMAN_WECHAT_QR: &str = "https://u.wechat.com/EM1xYz0aB2cD3eF4";

fn examples() -> [(&'static str, &'static str, &'static [&'static str]); 2] {
    [
        ("xiaoman", "https://xiaoman.example.com/", XIAOMAN_KEYS),
        ("alex-dev", "https://alex.example.dev/", ALEX_KEYS),
    ]
}

/// Builds both examples into a fresh folder with the real binary.
fn build() -> (tempfile::TempDir, PathBuf) {
    let tmp = tempfile::tempdir().unwrap();
    let out = tmp.path().join("dist");
    let status = Command::cargo_bin("hutong")
        .unwrap()
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .args(["build", "sites/xiaoman", "sites/alex-dev", "-o"])
        .arg(&out)
        .output()
        .unwrap();
    assert!(
        status.status.success(),
        "{}",
        String::from_utf8_lossy(&status.stderr)
    );
    let summary = String::from_utf8_lossy(&status.stderr);
    assert_contains(&summary, "built 2 sites");
    (tmp, out)
}

#[test]
fn every_promised_file_exists_and_nothing_else() {
    let (_tmp, out) = build();
    for (slug, _, keys) in examples() {
        let files = read_tree(&out.join(slug));
        let mut expected: Vec<String> = [
            "index.html",
            "404.html",
            "robots.txt",
            "sitemap.xml",
            "favicon.svg",
            "_headers",
            "contact.vcf",
            "qr/site.svg",
            "qr/site.png",
            "print/index.html",
        ]
        .map(String::from)
        .to_vec();
        for key in keys {
            expected.push(format!("go/{key}/index.html"));
            expected.push(format!("qr/{key}.svg"));
            expected.push(format!("qr/{key}.png"));
            // Each platform's mark once; every key of the examples is its platform's id.
            expected.push(format!("marks/{key}.svg"));
        }
        // A hidden account keeps its key: its go page stays and sends visitors to the
        // hub, and it has no QR code of its own on the site.
        if slug == "xiaoman" {
            expected.push("go/taobao_shop-2/index.html".to_owned());
        }
        let mut got: Vec<String> = files
            .keys()
            .filter(|p| !p.starts_with("avatar-"))
            .cloned()
            .collect();
        expected.sort();
        got.sort();
        assert_eq!(got, expected, "{slug}");
        let avatars: Vec<&String> = files.keys().filter(|p| p.starts_with("avatar-")).collect();
        if slug == "xiaoman" {
            let original = std::fs::read(
                Path::new(env!("CARGO_MANIFEST_DIR")).join("sites/xiaoman/avatar.png"),
            )
            .unwrap();
            assert_eq!(avatars.len(), 1);
            assert_eq!(files[avatars[0]], original, "the avatar is copied as it is");
            assert!(avatars[0].ends_with(".png"));
        } else {
            assert!(avatars.is_empty());
        }
    }
}

#[test]
fn every_qr_code_decodes_to_its_payload_from_png_and_svg() {
    let (_tmp, out) = build();
    for (slug, base, keys) in examples() {
        let dir = out.join(slug);
        let mut cases: Vec<(String, String)> = vec![("site".into(), base.into())];
        for key in keys {
            let payload = if slug == "xiaoman" && *key == "wechat" {
                XIAOMAN_WECHAT_QR.to_owned()
            } else {
                format!("{base}go/{key}/")
            };
            cases.push((key.to_string(), payload));
        }
        for (key, payload) in cases {
            let png = std::fs::read(dir.join(format!("qr/{key}.png"))).unwrap();
            let img = decode_png(&png);
            assert!(
                img.side >= 290,
                "{slug}/{key}: a {} px PNG is too small to print",
                img.side
            );
            assert_eq!(
                read_codes(&img),
                std::slice::from_ref(&payload),
                "{slug}/qr/{key}.png"
            );
            let svg = std::fs::read_to_string(dir.join(format!("qr/{key}.svg"))).unwrap();
            assert!(svg.contains("shape-rendering=\"crispEdges\""));
            assert_eq!(
                read_codes(&rasterise_svg(&svg, 4)),
                [payload],
                "{slug}/qr/{key}.svg"
            );
        }
    }
}

#[test]
fn pages_fit_their_gzipped_budgets() {
    let (_tmp, out) = build();
    let hub = std::fs::read(out.join("xiaoman/index.html")).unwrap();
    let size = gzipped(&hub);
    assert!(
        size <= 14 * 1024,
        "the Chinese example's hub is {size} bytes gzipped, over 14 KB"
    );
    for (slug, _, keys) in examples() {
        for key in keys {
            let page = std::fs::read(out.join(format!("{slug}/go/{key}/index.html"))).unwrap();
            let size = gzipped(&page);
            assert!(
                size <= 4 * 1024,
                "{slug}/go/{key}/ is {size} bytes gzipped, over 4 KB"
            );
        }
    }
}

/// Every `http(s)://host` in a text.
fn hosts(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    for scheme in ["http://", "https://"] {
        let mut rest = text;
        while let Some(i) = rest.find(scheme) {
            rest = &rest[i + scheme.len()..];
            let end = rest
                .find(|c: char| !(c.is_ascii_alphanumeric() || c == '.' || c == '-'))
                .unwrap_or(rest.len());
            out.push(rest[..end].to_ascii_lowercase());
        }
    }
    out
}

#[test]
fn pages_name_no_host_but_the_accounts_own_and_load_nothing_from_anywhere() {
    let (_tmp, out) = build();
    for (slug, base, _) in examples() {
        let yaml = std::fs::read_to_string(
            Path::new(env!("CARGO_MANIFEST_DIR")).join(format!("sites/{slug}/site.yaml")),
        )
        .unwrap();
        // The hosts the profile itself names (its accounts, bio links, base_url), the
        // filing sites the footer must link, and schema.org / the SVG namespace.
        let mut allowed = hosts(&yaml);
        let profile = hutong::profile::parse(&yaml).profile.unwrap();
        for link in hutong::links::resolve(&profile) {
            allowed.extend(link.web.as_deref().map(hosts).unwrap_or_default());
        }
        allowed.extend(
            [
                "beian.miit.gov.cn",
                "beian.mps.gov.cn",
                "schema.org",
                "www.w3.org",
            ]
            .map(String::from),
        );
        for (path, bytes) in read_tree(&out.join(slug)) {
            if !(path.ends_with(".html") || path.ends_with(".svg")) {
                continue;
            }
            let text = String::from_utf8(bytes).unwrap();
            for host in hosts(&text) {
                assert!(allowed.contains(&host), "{slug}/{path} names {host}");
            }
            // Nothing is loaded from an absolute address: images, scripts and styles are
            // inline or on the site itself.
            for attr in [
                " src=\"",
                " srcset=\"",
                "<link rel=\"stylesheet\"",
                "<link rel=\"preload\"",
                "@import",
                "url(",
            ] {
                for (i, _) in text.match_indices(attr) {
                    let after = &text[i + attr.len()..];
                    assert!(
                        !after.starts_with("http") && !after.starts_with("//"),
                        "{slug}/{path} loads {}",
                        &after[..after.len().min(60)]
                    );
                }
            }
            assert!(!text.contains(&format!("src=\"{base}")), "{slug}/{path}");
        }
    }
}

fn sha256(text: &str) -> String {
    format!(
        "'sha256-{}'",
        base64::engine::general_purpose::STANDARD.encode(sha2::Sha256::digest(text.as_bytes()))
    )
}

/// The contents of every executable `<script>` and every `<style>` of a page.
fn inline_blocks(html: &str) -> Vec<(&'static str, &str)> {
    let mut out = Vec::new();
    for (tag, kind) in [("script", "script-src"), ("style", "style-src")] {
        let open = format!("<{tag}");
        let close = format!("</{tag}>");
        let mut rest = html;
        while let Some(i) = rest.find(&open) {
            let start_tag_end = i + rest[i..].find('>').unwrap() + 1;
            let start_tag = &rest[i..start_tag_end];
            let end = start_tag_end + rest[start_tag_end..].find(&close).unwrap();
            if !start_tag.contains("application/ld+json") && !start_tag.contains("application/json")
            {
                out.push((kind, &rest[start_tag_end..end]));
            }
            rest = &rest[end..];
        }
    }
    out
}

#[test]
fn the_policy_hashes_every_inline_block_in_the_header_and_the_meta() {
    let (_tmp, out) = build();
    for (slug, _, _) in examples() {
        let headers = std::fs::read_to_string(out.join(slug).join("_headers")).unwrap();
        for (path, bytes) in read_tree(&out.join(slug)) {
            if !path.ends_with(".html") {
                continue;
            }
            let html = String::from_utf8(bytes).unwrap();
            let section = format!("\n/{path}\n  Content-Security-Policy: ");
            let at = headers
                .find(&section)
                .unwrap_or_else(|| panic!("{slug}: no policy for /{path}"))
                + section.len();
            let header = &headers[at..at + headers[at..].find('\n').unwrap()];
            let meta_start = html
                .find("http-equiv=\"Content-Security-Policy\" content=\"")
                .expect("a CSP meta")
                + 46;
            let meta = &html[meta_start..meta_start + html[meta_start..].find('"').unwrap()];
            // An attribute value: undo the escaping of quotes.
            let meta = &meta
                .replace("&#39;", "'")
                .replace("&#x27;", "'")
                .replace("&quot;", "\"");
            for policy in [header, meta.as_str()] {
                assert!(
                    !policy.contains("unsafe-inline") && !policy.contains("unsafe-eval"),
                    "{policy}"
                );
                assert_contains(policy, "default-src 'none'");
            }
            let blocks = inline_blocks(&html);
            assert!(!blocks.is_empty(), "{slug}/{path}");
            for (directive, content) in blocks {
                let hash = sha256(content);
                for policy in [header, meta.as_str()] {
                    let rule = policy
                        .split(';')
                        .map(str::trim)
                        .find(|r| r.starts_with(directive))
                        .unwrap_or_else(|| panic!("{policy}"));
                    assert!(
                        rule.contains(&hash),
                        "{slug}/{path}: {directive} lacks {hash}"
                    );
                }
            }
            // No inline event handlers or style attributes, which hashes cannot allow.
            assert!(!html.contains(" style=\""), "{slug}/{path}");
            for handler in [" onclick=", " onload=", " onerror=", " onmouseover="] {
                assert!(!html.contains(handler), "{slug}/{path}: {handler}");
            }
        }
        assert!(headers.contains("X-Content-Type-Options: nosniff"));
    }
}

#[test]
fn two_builds_are_byte_identical() {
    let (_a, first) = build();
    let (_b, second) = build();
    assert_eq!(read_tree(&first), read_tree(&second));
}

#[test]
fn host_files_say_what_they_should() {
    let (_tmp, out) = build();
    let read = |p: &str| std::fs::read_to_string(out.join(p)).unwrap();
    assert_eq!(
        read("xiaoman/robots.txt"),
        "User-agent: *\nAllow: /\nDisallow: /go/\n\nSitemap: https://xiaoman.example.com/sitemap.xml\n"
    );
    assert!(read("xiaoman/sitemap.xml").contains("<loc>https://xiaoman.example.com/</loc>"));
    let vcf = read("xiaoman/contact.vcf");
    assert!(
        vcf.starts_with("BEGIN:VCARD\r\nVERSION:3.0\r\nFN:林小满\r\n"),
        "{vcf}"
    );
    assert!(vcf.contains("EMAIL;TYPE=INTERNET:hi@xiaoman.example.com\r\n"));
    assert!(vcf.contains("URL;TYPE=bilibili:https://space.bilibili.com/12345678\r\n"));
    assert!(vcf.contains("PHOTO;VALUE=URI:https://xiaoman.example.com/avatar-"));
    assert!(vcf.ends_with("END:VCARD\r\n"));
    assert!(!vcf.contains("987654321"), "hidden accounts are left out");
    assert!(read("xiaoman/favicon.svg").starts_with("<svg"));
    let not_found = read("alex-dev/404.html");
    // The 404 page links home absolutely.
    assert_contains(&not_found, "href=\"https://alex.example.dev/\"");
}

#[test]
fn a_batch_with_a_bad_site_builds_the_good_one_and_keeps_the_bad_ones_output() {
    let tmp = tempfile::tempdir().unwrap();
    let sites = tmp.path().join("sites");
    for slug in ["good", "bad"] {
        std::fs::create_dir_all(sites.join(slug)).unwrap();
        std::fs::write(
            sites.join(slug).join("site.yaml"),
            "name: x\nbase_url: https://x.example/\naccounts:\n  - url: https://github.com/a\n",
        )
        .unwrap();
    }
    let hutong = || {
        let mut cmd = Command::cargo_bin("hutong").unwrap();
        cmd.current_dir(tmp.path());
        cmd
    };
    assert!(hutong().arg("build").output().unwrap().status.success());
    let before = read_tree(&tmp.path().join("dist/bad"));
    std::fs::write(
        sites.join("bad").join("site.yaml"),
        "name: x\nbase_url: https://x.example/\naccounts:\n  - platform: nope\n",
    )
    .unwrap();
    std::fs::write(
        sites.join("good").join("site.yaml"),
        "name: changed\nbase_url: https://x.example/\naccounts:\n  - url: https://github.com/a\n",
    )
    .unwrap();
    let out = hutong().arg("build").output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8_lossy(&out.stderr);
    assert_contains_all(
        &err,
        &[
            "sites/bad/site.yaml:4:15: unknown platform `nope`",
            "built 1 site",
            "1 site failed (previous output kept)",
        ],
    );
    assert_eq!(
        read_tree(&tmp.path().join("dist/bad")),
        before,
        "the bad site's previous output is untouched"
    );
    let good = std::fs::read_to_string(tmp.path().join("dist/good/index.html")).unwrap();
    assert!(good.contains("changed"));
    let entries: Vec<_> = std::fs::read_dir(tmp.path().join("dist"))
        .unwrap()
        .map(|e| e.unwrap().file_name())
        .filter(|name| name != hutong::batch::record::DIR)
        .collect();
    assert_eq!(entries.len(), 2, "no staging folder is left: {entries:?}");
}
