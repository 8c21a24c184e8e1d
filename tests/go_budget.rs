//! Every redirect page arrives within 4 KB gzipped with the creator's identity on it:
//! the avatar, "<name>的<platform>" and the platform's mark, for every platform of the
//! registry (the heaviest marks among them) in each page language, each account with a
//! note and a label of its own and the longest example id its platform has.
//!
//! The mark is `marks/<platform>.svg`, an image of the site, not inline SVG: a
//! redirect page without any mark already weighs up to ~3.9 KB gzipped (an Android
//! intent link and its fallback, both overlay hints, the shared script), and the
//! heaviest marks weigh 0.7–0.9 KB gzipped (Taobao's, Xiaohongshu's).

mod common;

use std::collections::BTreeMap;

use hutong::Lang;
use hutong::build::{Timings, generate};
use hutong::platforms::{self, Icon, Kind};
use hutong::profile::{self, Assets, Image};

use common::assert_contains;
use common::gzip::gzipped;
use common::site::yaml_quoted;

const BUDGET: usize = 4 * 1024;

/// A site with one account of every platform, in `lang`.
fn every_platform(lang: &str, name: &str) -> String {
    let mut yaml = format!(
        "name: {name}\nlang: {lang}\nbase_url: https://lanlan.example.com/\navatar: avatar.png\naccounts:\n"
    );
    for p in platforms::all() {
        if p.kind == Kind::Link {
            yaml.push_str("  - platform: link\n    url: https://shop.example.com/collections/autumn-2026?ref=hutong\n");
        } else {
            let id = p.examples().into_iter().max_by_key(|e| e.len()).unwrap();
            yaml.push_str(&format!(
                "  - platform: {}\n    id: {}\n",
                p.id,
                yaml_quoted(id)
            ));
            if let Some(rule) = &p.app_id {
                yaml.push_str(&format!("    app_id: {}\n", yaml_quoted(rule.example)));
            }
        }
        yaml.push_str("    label: 每周直播 · 周四晚\n    note: 每周更新，欢迎关注\n");
    }
    yaml
}

/// Builds `yaml` in memory, with a small PNG as its avatar.
fn build(yaml: &str) -> BTreeMap<String, Vec<u8>> {
    let parsed = profile::parse(yaml);
    let profile = parsed
        .profile
        .unwrap_or_else(|| panic!("{:#?}", parsed.diagnostics));
    let assets = Assets {
        avatar: Some(Image {
            bytes: std::fs::read(concat!(
                env!("CARGO_MANIFEST_DIR"),
                "/sites/xiaoman/avatar.png"
            ))
            .unwrap(),
            ext: "png",
        }),
        ..Assets::default()
    };
    generate(&assets, &profile, &mut Timings::default())
        .expect("the site builds")
        .files
        .into_iter()
        .map(|f| (f.path, f.bytes))
        .collect()
}

#[test]
fn every_platforms_redirect_page_shows_whose_it_is_within_4_kb() {
    for (lang, page_lang, name, of) in [
        ("zh-Hans", Lang::ZhHans, "兰兰 Lanlan", "兰兰 Lanlan 的"),
        ("zh-Hant", Lang::ZhHant, "蘇木木", "蘇木木的"),
        ("en", Lang::En, "Ada Lovelace", "Ada Lovelace’s "),
    ] {
        let files = build(&every_platform(lang, name));
        let avatar = files
            .keys()
            .find(|p| p.starts_with("avatar-"))
            .expect("the avatar is copied")
            .clone();
        let mut heaviest = (0, String::new());
        let pages: Vec<(&String, &Vec<u8>)> =
            files.iter().filter(|(p, _)| p.starts_with("go/")).collect();
        assert_eq!(pages.len(), platforms::all().len(), "{lang}");
        for (path, bytes) in pages {
            let html = std::str::from_utf8(bytes).unwrap();
            let key = &path["go/".len()..path.len() - "/index.html".len()];
            let platform = platforms::all().iter().find(|p| p.id == key).unwrap();
            let what = match platform.kind {
                Kind::Link => "每周直播 · 周四晚",
                _ => platform.name(page_lang),
            };
            // Chinese sets a name in Latin letters apart from the Han text by a space.
            let latin = what.starts_with(|c: char| c.is_ascii_alphanumeric());
            let gap = if latin && page_lang != Lang::En {
                " "
            } else {
                ""
            };
            assert_contains(html, &format!("<h1>{of}{gap}{what}</h1>"));
            assert_contains(html, &format!("<title>{of}{gap}{what}</title>"));
            assert_contains(html, &format!(r#"src="../../{avatar}""#));
            let mark = format!("marks/{key}.svg");
            assert_contains(html, &format!(r#"src="../../{mark}""#));
            assert!(files.contains_key(&mark), "{mark} is written");
            // The mark is the file, not inline: no icon path in the page.
            if let Icon::Path(d) = platform.icon {
                assert!(!html.contains(d), "{path}: the mark is inline");
                assert_contains(std::str::from_utf8(&files[&mark]).unwrap(), d);
            }
            let size = gzipped(bytes);
            if size > heaviest.0 {
                heaviest = (size, path.clone());
            }
            assert!(
                size <= BUDGET,
                "{lang} {path}: {size} B gzipped, over {BUDGET} B"
            );
        }
        eprintln!(
            "{lang}: heaviest redirect page {} at {} B gzipped",
            heaviest.1, heaviest.0
        );
    }
}
