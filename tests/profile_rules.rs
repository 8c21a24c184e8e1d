//! Every rule of the `site.yaml` format, fed a violating profile: the message, its line and
//! column, and the hint. Valid profiles come back with the values that were written.

mod common;

use common::{assert_contains, assert_starts_with, within};

use std::time::Duration;

use hutong::diagnostic::{Diagnostic, Severity};
use hutong::profile::{self, Parsed, ThemeMode};

const BASE: &str = "name: 小满\nbase_url: https://x.example.com/\n";

fn parse(yaml: &str) -> Parsed {
    profile::parse(yaml)
}

/// The errors of a profile that must fail.
fn errors(yaml: &str) -> Vec<Diagnostic> {
    let parsed = parse(yaml);
    assert!(parsed.profile.is_none(), "expected errors for:\n{yaml}");
    parsed
        .diagnostics
        .into_iter()
        .filter(Diagnostic::is_error)
        .collect()
}

/// The one error of a profile, with its line and column.
fn error(yaml: &str) -> (Diagnostic, usize, usize) {
    let errors = errors(yaml);
    assert_eq!(errors.len(), 1, "expected one error, got {errors:#?}");
    let d = errors.into_iter().next().unwrap();
    let at = d.at.expect("the error has a position");
    (d, at.line, at.col)
}

/// The one error of `yaml` says `message` at `at` (line, column), with the hint `hint`.
#[track_caller]
fn assert_error(yaml: &str, message: &str, at: (usize, usize), hint: &str) {
    let (d, line, col) = error(yaml);
    assert_eq!(d.message, message);
    assert_eq!((line, col), at);
    assert_eq!(d.hint.as_deref(), Some(hint), "{d:#?}");
}

fn with_accounts(accounts: &str) -> String {
    format!("{BASE}accounts:\n{accounts}")
}

fn hint(d: &Diagnostic) -> &str {
    d.hint.as_deref().expect("every error has a hint")
}

#[test]
fn unknown_top_level_key_says_did_you_mean() {
    let errors = errors(&format!(
        "{BASE}acounts:\n  - platform: bilibili\n    id: \"1\"\n"
    ));
    let d = &errors[1];
    assert_eq!(d.message, "unknown key `acounts` in the profile");
    assert_eq!(d.at.map(|at| (at.line, at.col)), Some((3, 1)));
    assert_eq!(hint(d), "did you mean `accounts`?");
    // …and the missing `accounts` is reported in the same run, at the top.
    assert_eq!(errors[0].message, "the profile has no `accounts`");
    assert_eq!(errors.len(), 2);
}

#[test]
fn unknown_account_key_says_did_you_mean() {
    assert_error(
        &with_accounts("  - platfrom: bilibili\n    id: \"1\"\n"),
        "unknown key `platfrom` in an account",
        (4, 5),
        "did you mean `platform`?",
    );
}

#[test]
fn unknown_platform_names_the_closest_ids() {
    let (d, line, col) = error(&with_accounts("  - platform: bilibilli\n    id: \"1\"\n"));
    assert_eq!(d.message, "unknown platform `bilibilli`");
    assert_eq!((line, col), (4, 15));
    assert!(
        hint(&d).starts_with("did you mean `bilibili`"),
        "{}",
        hint(&d)
    );
    let (d, ..) = error(&with_accounts("  - platform: twitter\n    id: jack\n"));
    assert_eq!(hint(&d), "did you mean `x`?");
}

#[test]
fn url_alone_is_recognised_with_its_id() {
    let parsed = parse(&with_accounts(
        "  - url: https://space.bilibili.com/12345678\n  - url: https://www.xiaohongshu.com/user/profile/5b1a2c3d4e5f607182930a1b\n  - url: https://github.com/octocat\n",
    ));
    let p = parsed.profile.expect("valid");
    let got: Vec<(&str, Option<&str>)> = p
        .accounts
        .iter()
        .map(|a| (a.platform.id, a.id.as_deref()))
        .collect();
    assert_eq!(
        got,
        [
            ("bilibili", Some("12345678")),
            ("xiaohongshu", Some("5b1a2c3d4e5f607182930a1b")),
            ("github", Some("octocat"))
        ]
    );
}

#[test]
fn url_of_unknown_site_needs_a_platform() {
    let (d, line, col) = error(&with_accounts("  - url: https://blog.example.com/\n"));
    assert!(d.message.contains("blog.example.com"), "{}", d.message);
    assert_eq!((line, col), (4, 10));
    assert!(hint(&d).contains("platform: link"));
}

#[test]
fn bad_id_says_what_the_platform_expects_and_how_to_find_it() {
    let (d, line, col) = error(&with_accounts("  - platform: bilibili\n    id: xiaoman\n"));
    assert!(
        d.message == "`xiaoman` is not a valid Bilibili id",
        "{}",
        d.message
    );
    assert_eq!((line, col), (5, 9));
    assert_contains(hint(&d), "hutong platforms bilibili");
    let (d, ..) = error(&with_accounts(
        "  - platform: xiaohongshu\n    id: \"12345\"\n",
    ));
    assert_contains(hint(&d), "6864e7a5000000001d01546a");
    assert_contains(hint(&d), "E.g.");
}

#[test]
fn platform_urls_must_stay_on_the_platform() {
    for url in [
        "https://evil.example/space.bilibili.com/1",
        "https://bilibili.com.evil.example/1",
        "https://space.bilibili.com@evil.example/1",
        "https://xbilibili.com/1",
    ] {
        let errors = errors(&with_accounts(&format!(
            "  - platform: bilibili\n    url: {url}\n"
        )));
        assert_eq!(errors.len(), 1, "{url}: {errors:#?}");
        assert_eq!(errors[0].at.unwrap().line, 5);
    }
    // The platform's own hosts pass, whatever their case or a trailing dot.
    for url in [
        "https://SPACE.Bilibili.com/1",
        "https://space.bilibili.com./1",
        "https://b23.tv/abc",
    ] {
        let parsed = parse(&with_accounts(&format!(
            "  - platform: bilibili\n    url: {url}\n"
        )));
        assert!(parsed.profile.is_some(), "{url}: {:#?}", parsed.diagnostics);
    }
    // Any host for `link`.
    assert!(
        parse(&with_accounts(
            "  - platform: link\n    url: https://evil.example/\n"
        ))
        .profile
        .is_some()
    );
}

#[test]
fn only_http_and_https_urls_are_accepted() {
    for url in [
        "javascript:alert(1)",
        "ftp://x.example/",
        "data:text/html,hi",
        "bilibili://space/1",
        "//evil.example/x",
    ] {
        let (d, line, _) = error(&with_accounts(&format!(
            "  - platform: link\n    url: \"{url}\"\n"
        )));
        assert_eq!(line, 5, "{url}");
        assert!(
            d.message.contains("http") || d.message.contains("not a valid web address"),
            "{url}: {}",
            d.message
        );
    }
}

#[test]
fn app_id_is_checked_and_its_absence_warned() {
    let (d, ..) = error(&with_accounts(
        "  - platform: bilibili\n    id: \"1\"\n    app_id: \"2\"\n",
    ));
    assert_eq!(d.message, "Bilibili accounts take no `app_id`");
    let (d, line, _) = error(&with_accounts(
        "  - platform: douyin\n    id: MS4wLjABAAAAv7iSuuXDJGDvJkmH_vz1qkDZYo1apxgzaxdBSeIuPiM\n    app_id: abc\n",
    ));
    assert_eq!(line, 6);
    assert_contains(&d.message, "not a valid `app_id` for Douyin");
    let parsed = parse(&with_accounts(
        "  - platform: douyin\n    id: MS4wLjABAAAAv7iSuuXDJGDvJkmH_vz1qkDZYo1apxgzaxdBSeIuPiM\n",
    ));
    assert!(parsed.profile.is_some());
    // BASE's example.com base_url warns too; the count is of the others.
    let warnings: Vec<_> = parsed
        .diagnostics
        .iter()
        .filter(|d| d.severity == Severity::Warning && d.code != "base-url-example")
        .collect();
    assert_eq!(warnings.len(), 1);
    assert_contains(&warnings[0].message, "no `app_id`");
    assert!(hint(warnings[0]).contains("app_id"));
}

#[test]
fn qr_text_is_limited() {
    let (d, ..) = error(&with_accounts(
        "  - platform: wechat\n    id: xiaoman_art\n    qr: \"\"\n",
    ));
    assert_eq!(d.message, "`qr` is empty");
    let long = "a".repeat(1001);
    let (d, line, _) = error(&with_accounts(&format!(
        "  - platform: wechat\n    id: xiaoman_art\n    qr: {long}\n"
    )));
    assert_contains(&d.message, "over the limit of 1000");
    assert_eq!(line, 6);
    let ok = "好".repeat(333); // 999 bytes
    assert!(
        parse(&with_accounts(&format!(
            "  - platform: wechat\n    id: xiaoman_art\n    qr: {ok}\n"
        )))
        .profile
        .is_some()
    );
}

#[test]
fn text_fields_have_limits() {
    let (d, ..) = error(&format!(
        "name: {}\nbase_url: https://x.example/\naccounts:\n  - url: https://github.com/a\n",
        "名".repeat(81)
    ));
    assert!(
        d.message
            .contains("`name` is 81 characters long, over the limit of 80"),
        "{}",
        d.message
    );
    let (d, ..) = error(&format!(
        "{BASE}tagline: {}\naccounts:\n  - url: https://github.com/a\n",
        "x".repeat(121)
    ));
    assert!(d.message.contains("over the limit of 120"));
    let (d, ..) = error(&with_accounts(&format!(
        "  - url: https://github.com/a\n    note: {}\n",
        "x".repeat(81)
    )));
    assert!(d.message.contains("`note` is 81 characters"));
    let (d, ..) = error("base_url: https://x.example/\naccounts:\n  - url: https://github.com/a\n");
    assert_eq!(d.message, "the profile has no `name`");
    let (d, ..) = error(
        "name: \"a\\nb\"\nbase_url: https://x.example/\naccounts:\n  - url: https://github.com/a\n",
    );
    assert_eq!(d.message, "`name` must be a single line");
}

#[test]
fn lang_theme_and_base_url_are_checked() {
    let (d, line, col) = error(&format!(
        "{BASE}lang: zh-CN\naccounts:\n  - url: https://github.com/a\n"
    ));
    assert_eq!((line, col), (3, 7));
    // `zh-CN` is read as a wish for Chinese, so the error is in Chinese.
    assert_eq!(hint(&d), "简体中文请写 `lang: zh-Hans`");
    let (d, ..) = error(&format!(
        "{BASE}lang: en-US\naccounts:\n  - url: https://github.com/a\n"
    ));
    assert_eq!(hint(&d), "for English write `lang: en`");
    let (d, ..) = error(&format!(
        "{BASE}theme:\n  mode: drak\naccounts:\n  - url: https://github.com/a\n"
    ));
    assert!(hint(&d).starts_with("did you mean `dark`?"));
    let (d, ..) = error(&format!(
        "{BASE}theme:\n  accent: red\naccounts:\n  - url: https://github.com/a\n"
    ));
    assert!(hint(&d).contains("#e4572e"));
    for bad in [
        "xiaoman.example.com",
        "ftp://x.example/",
        "/site/",
        "https://x.example/?a=1",
    ] {
        let (d, line, _) = error(&format!(
            "name: x\nbase_url: {bad}\naccounts:\n  - url: https://github.com/a\n"
        ));
        assert_eq!(line, 2, "{bad}");
        assert!(hint(&d).contains("https://"), "{bad}");
    }
}

#[test]
fn avatar_paths_stay_inside_the_site() {
    for (path, needle) in [
        ("../other/a.png", "leads out of it"),
        ("/etc/passwd.png", "relative to site.yaml"),
        ("https://x.example/a.png", "not a web address"),
        ("avatar.bmp", "not an image type"),
    ] {
        let (d, line, col) = error(&format!(
            "{BASE}avatar: {path}\naccounts:\n  - url: https://github.com/a\n"
        ));
        assert!(d.message.contains(needle), "{path}: {}", d.message);
        assert_eq!((line, col), (3, 9));
    }
}

#[test]
fn accounts_are_required_and_limited() {
    let (d, ..) = error(&format!("{BASE}accounts: []\n"));
    assert_eq!(d.message, "`accounts` is empty");
    let many: String = (0..501)
        .map(|i| format!("  - platform: bilibili\n    id: \"{i}\"\n"))
        .collect();
    let (d, ..) = error(&with_accounts(&many));
    assert_eq!(
        d.message,
        "the profile lists 501 accounts, over the limit of 500"
    );
    let (d, ..) = error(&with_accounts("  - platform: bilibili\n"));
    assert_eq!(
        d.message,
        "this Bilibili account has neither `id` nor `url`"
    );
    assert!(hint(&d).contains("hutong platforms bilibili"));
    let (d, ..) = error(&with_accounts("  - platform: link\n    id: x\n"));
    assert!(d.message.contains("takes a `url`"));
}

#[test]
fn duplicate_keys_and_wrong_types_are_errors() {
    let (d, line, _) = error(&with_accounts(
        "  - platform: bilibili\n    id: \"1\"\n    id: \"2\"\n",
    ));
    assert_eq!(d.message, "the key `id` appears twice in an account");
    assert_eq!(line, 6);
    let (d, ..) = error(&with_accounts("  - platform: bilibili\n    id: [1, 2]\n"));
    assert_eq!(d.message, "`id` must be text, but this is a list");
    let (d, ..) = error(&with_accounts(
        "  - platform: bilibili\n    id: \"1\"\n    hidden: yes\n",
    ));
    assert_eq!(d.message, "`hidden` must be `true` or `false`");
    let (d, ..) = error(&format!("{BASE}accounts: bilibili\n"));
    assert!(d.message.starts_with("`accounts` must be a list"));
}

#[test]
fn one_run_reports_every_problem_in_file_order() {
    let yaml = "nmae: x\nbase_url: nope\naccounts:\n  - platform: bilibili\n    id: abc\n  - platform: nope\n    id: x\n";
    let errors = errors(yaml);
    let lines: Vec<usize> = errors.iter().map(|d| d.at.unwrap().line).collect();
    assert_eq!(lines, [1, 1, 2, 5, 6], "{errors:#?}");
}

#[test]
fn bad_yaml_is_an_error_with_a_position() {
    let (d, line, _) = error("name: x\n  bad: [\n");
    assert_eq!(
        d.message,
        "this line is indented under `name`, which already has a value"
    );
    assert!(line >= 2);
    let (d, line, _) = error("name: x\n\tbase_url: y\n");
    assert_eq!(line, 2);
    assert!(hint(&d).contains("spaces"));
    let (d, ..) = error("");
    assert_eq!(d.message, "the profile is empty");
    let (d, ..) = error("- a\n- b\n");
    assert!(
        d.message
            .starts_with("the profile must be indented `key: value` lines")
    );
}

#[test]
fn a_bom_is_allowed() {
    let yaml = format!(
        "\u{feff}{}",
        with_accounts("  - url: https://github.com/a\n")
    );
    assert!(parse(&yaml).profile.is_some());
}

#[test]
fn limits_on_size_aliases_and_nesting_are_fast() {
    let big = format!("{BASE}bio: \"{}\"\n", "x".repeat(1024 * 1024));
    let (d, ..) = errors(&big)
        .into_iter()
        .map(|d| (d.clone(), 0, 0))
        .next()
        .unwrap();
    assert_contains(&d.message, "over the limit of 1048576 bytes");

    let mut bomb = String::from("name: &a0 [x, x, x, x, x, x, x, x, x, x]\n");
    for i in 1..15 {
        let p = i - 1;
        bomb.push_str(&format!(
            "k{i}: &a{i} [*a{p}, *a{p}, *a{p}, *a{p}, *a{p}, *a{p}, *a{p}, *a{p}, *a{p}, *a{p}]\n"
        ));
    }
    let deep = format!("name: {}{}\n", "[".repeat(10_000), "]".repeat(10_000));
    for (doc, needle) in [(bomb, "expands to more than"), (deep, "nests deeper than")] {
        let errors = within(Duration::from_secs(1), needle, || errors(&doc));
        assert!(errors[0].message.contains(needle), "{}", errors[0].message);
    }
}

#[test]
fn anchors_and_aliases_are_allowed() {
    let yaml = format!(
        "{BASE}accounts:\n  - &shop\n    platform: taobao_shop\n    id: \"1\"\n    group: 店铺\n  - <<: *shop\n    id: \"2\"\n"
    );
    let p = parse(&yaml).profile.expect("valid");
    let ids: Vec<_> = p
        .accounts
        .iter()
        .map(|a| (a.id.as_deref().unwrap(), a.group.as_deref().unwrap()))
        .collect();
    assert_eq!(ids, [("1", "店铺"), ("2", "店铺")]);
}

#[test]
fn valid_profile_round_trips() {
    let yaml = r##"
name: 林小满
tagline: 插画师 · 上海
lang: zh-Hant
base_url: https://xiaoman.example.com/hub
bio: |
  画画、做书。
theme:
  mode: dark
  accent: "#E45"
accounts:
  - platform: wechat
    id: xiaoman_art
    qr: https://u.wechat.com/EM1xYz
    note: 加好友请备注「插画」
  - platform: douyin
    url: https://www.douyin.com/user/MS4wLjABAAAAexample
    app_id: "3733569708763603"
    label: 抖音 · 每周直播
    group: 视频
  - platform: taobao_shop
    id: "0123"
    hidden: true
filing:
  icp: 沪ICP备2023012345号-1
"##;
    let parsed = parse(yaml);
    let p = parsed
        .profile
        .unwrap_or_else(|| panic!("{:#?}", parsed.diagnostics));
    assert_eq!(p.name, "林小满");
    assert_eq!(p.tagline.as_deref(), Some("插画师 · 上海"));
    assert_eq!(p.lang, hutong::Lang::ZhHant);
    assert_eq!(p.base_url.as_str(), "https://xiaoman.example.com/hub/");
    assert_eq!(p.bio.as_deref(), Some("画画、做书。\n"));
    assert_eq!(p.theme.mode, ThemeMode::Dark);
    assert_eq!(p.theme.accent.as_deref(), Some("#ee4455"));
    assert_eq!(p.filing.icp.as_deref(), Some("沪ICP备2023012345号-1"));
    let [wechat, douyin, shop] = &p.accounts[..] else {
        panic!("three accounts")
    };
    assert_eq!(
        (wechat.platform.id, wechat.id.as_deref()),
        ("wechat", Some("xiaoman_art"))
    );
    assert_eq!(wechat.qr.as_deref(), Some("https://u.wechat.com/EM1xYz"));
    assert_eq!(wechat.note.as_deref(), Some("加好友请备注「插画」"));
    assert_eq!(douyin.id.as_deref(), Some("MS4wLjABAAAAexample"));
    assert_eq!(douyin.app_id.as_deref(), Some("3733569708763603"));
    assert_eq!(douyin.label.as_deref(), Some("抖音 · 每周直播"));
    assert_eq!(douyin.group.as_deref(), Some("视频"));
    // Unquoted `0123` stays the text that was written.
    assert_eq!((shop.id.as_deref(), shop.hidden), (Some("0123"), true));
    // Only the example.com base_url warns.
    let codes: Vec<&str> = parsed.diagnostics.iter().map(|d| d.code).collect();
    assert_eq!(codes, ["base-url-example"], "{:#?}", parsed.diagnostics);
}

#[test]
fn repeated_platforms_get_numbered_keys_and_hidden_ones_keep_theirs() {
    let p = parse(&with_accounts(
        "  - platform: taobao_shop\n    id: \"1\"\n  - platform: taobao_shop\n    id: \"2\"\n    hidden: true\n  - platform: taobao_shop\n    id: \"3\"\n  - platform: bilibili\n    id: \"4\"\n",
    ))
    .profile
    .unwrap();
    let links = hutong::links::resolve(&p);
    let keys: Vec<&str> = links.iter().map(|l| l.key.as_str()).collect();
    assert_eq!(keys, ["taobao_shop", "taobao_shop-3", "bilibili"]);
    assert_eq!(links[2].qr, "https://x.example.com/go/bilibili/");
}

// ---- The language of the diagnostics ----

/// The first error's message and hint.
fn first_error(parsed: &Parsed) -> (&str, &str) {
    let d = parsed.errors().next().expect("an error");
    (d.message.as_str(), d.hint.as_deref().unwrap_or(""))
}

#[test]
fn diagnostics_are_in_the_language_the_profile_names() {
    let body = "base_url: https://x.example/\nacounts: []\n";
    for (lang, message, hint) in [
        (
            "lang: zh-Hans\n",
            "site.yaml 里有未知的键 `acounts`",
            "是不是想写 `accounts`？",
        ),
        (
            "lang: zh-Hant\n",
            "site.yaml 裡有未知的鍵 `acounts`",
            "是不是想寫 `accounts`？",
        ),
        (
            "lang: en\n",
            "unknown key `acounts` in the profile",
            "did you mean `accounts`?",
        ),
        // No `lang:`: English, though the page itself defaults to Simplified Chinese.
        (
            "",
            "unknown key `acounts` in the profile",
            "did you mean `accounts`?",
        ),
    ] {
        let parsed = parse(&format!("name: 小满\n{lang}{body}"));
        let d = parsed
            .errors()
            .find(|d| d.code == "unknown-key")
            .unwrap_or_else(|| panic!("{lang}: {:#?}", parsed.diagnostics));
        assert_eq!(d.message, message, "{lang}");
        assert_eq!(d.hint.as_deref(), Some(hint), "{lang}");
        // Every diagnostic of the file is in the same language.
        let missing = parsed.errors().find(|d| d.code == "missing-key").unwrap();
        assert_eq!(missing.lang, d.lang, "{lang}");
    }
}

#[test]
fn a_profile_that_does_not_parse_is_still_reported_in_its_language() {
    let parsed = parse("lang: zh-Hant\nname: \"林小滿\n");
    assert_eq!(
        first_error(&parsed),
        (
            "這裡開始的引號沒有結束",
            "在同一行的值結尾加上 `\"`，例如 `name: \"林小滿\"`"
        )
    );
    // Quoted, with a comment, after a BOM.
    let parsed = parse("\u{feff}lang: \"zh-Hans\"  # 简体\nname: [x\n");
    assert_eq!(first_error(&parsed).0, "这里开始的 `[` 没有闭合");
}

#[test]
fn a_language_given_by_the_caller_wins_over_the_profiles() {
    let yaml = "lang: zh-Hans\nname: x\nbase_url: https://x.example/\naccounts: x\n";
    for (caller, message) in [
        (
            Some(hutong::Lang::En),
            "`accounts` must be a list, but this is a single value",
        ),
        (
            Some(hutong::Lang::ZhHant),
            "`accounts` 應該是清單，但這裡是單一值",
        ),
        // None given: the profile's own.
        (None, "`accounts` 应该是列表，但这里是单个值"),
    ] {
        let parsed = profile::parse_with(yaml, caller);
        assert_eq!(first_error(&parsed).0, message, "{caller:?}");
    }
}

#[test]
fn labels_follow_the_language() {
    let yaml = "lang: zh-Hant\nname: x\nbase_url: https://x.example/\naccounts: []\n";
    let parsed = parse(yaml);
    let text = parsed.diagnostics[0].render(std::path::Path::new("a/site.yaml"), yaml);
    assert!(
        text.starts_with("錯誤：a/site.yaml:4:11: `accounts` 是空的\n"),
        "{text}"
    );
    assert!(text.contains("  = 提示：至少加上一個帳號"), "{text}");
    let parsed = parse(&yaml.replace("zh-Hant", "zh-Hans"));
    let text = parsed.diagnostics[0].render(std::path::Path::new("a/site.yaml"), yaml);
    assert!(text.starts_with("错误：a/site.yaml:4:11: "), "{text}");
    assert!(text.contains("  = 提示：至少加上一个账号"), "{text}");
}

#[test]
fn every_diagnostic_has_a_code_from_the_table() {
    let codes: Vec<&str> = hutong::messages::ALL.iter().map(|m| m.code).collect();
    for yaml in [
        "nmae: x\nbase_url: nope\naccounts:\n  - platform: bilibili\n    id: abc\n  - platform: nope\n    id: x\n",
        "name: x\n\tbase_url: y\n",
        "name: \"x\n",
        "",
        &with_accounts(
            "  - platform: douyin\n    url: https://www.douyin.com/user/MS4wLjABAAAAexample\n",
        ),
    ] {
        let parsed = parse(yaml);
        assert!(!parsed.diagnostics.is_empty(), "{yaml}");
        for d in &parsed.diagnostics {
            assert!(codes.contains(&d.code), "{yaml}: {d:?}");
        }
    }
}

// ---- YAML mistakes in plain words ----

#[test]
fn a_tab_is_pointed_at_and_named() {
    assert_error(
        "name: x\naccounts:\n\t- url: https://github.com/a\n",
        "YAML does not allow tabs here",
        (3, 1),
        "replace the tab with spaces (two per indentation level, like the lines above)",
    );
}

#[test]
fn an_unclosed_quote_shows_where_to_close_it() {
    assert_error(
        "name: \"林小满\nbase_url: https://x.example/\n",
        "the quote opened here is never closed",
        (1, 7),
        "end the value with `\"` on the same line, e.g. `name: \"林小满\"`",
    );
}

#[test]
fn a_value_starting_with_a_bracket_is_told_to_be_quoted() {
    // Never closed: the error points at the bracket, not at the next line.
    assert_error(
        "name: [x\nbase_url: y\n",
        "the `[` opened here is never closed",
        (1, 7),
        "a value starting with `[` is not read as text: put the whole value in quotes, e.g. `name: \"[x\"`",
    );
    // Closed, with text after it.
    assert_error(
        &format!("{BASE}tagline: [新作] 连载中\naccounts:\n  - url: https://github.com/a\n"),
        "a value starting with `[` is not read as text",
        (3, 10),
        "put the whole value in quotes, e.g. `tagline: \"[新作] 连载中\"`",
    );
}

#[test]
fn bad_indentation_says_which_line_to_align_with() {
    // Indented under a key that has a value: not the misleading "quote it".
    assert_error(
        "name: x\n  base_url: https://x.example/\n",
        "this line is indented under `name`, which already has a value",
        (2, 3),
        "remove the extra spaces: start `base_url` in the same column as `name` on line 1",
    );
    // Between two levels.
    let (d, line, _) = error(&with_accounts("  - platform: bilibili\n   id: \"1\"\n"));
    assert_eq!(
        d.message,
        "the indentation of this line does not match the lines above"
    );
    assert_eq!(line, 5);
    assert_eq!(
        hint(&d),
        "start it in the same column as `platform` on line 4"
    );
    // At the level of the list items.
    let (d, ..) = error(&with_accounts("  - platform: bilibili\n  id: \"1\"\n"));
    assert_eq!(
        d.message,
        "this line is at the level of the list items above, but does not start with `- `"
    );
}

#[test]
fn a_colon_in_a_value_and_colons_creators_type_are_explained() {
    assert_error(
        "tagline: 插画师: 上海\n",
        "the value of `tagline` contains `: `, which YAML reads as the start of another key",
        (1, 13),
        "put the whole value in quotes, e.g. `tagline: \"插画师: 上海\"`",
    );
    let (d, line, col) = error("name：林小满\nbase_url: https://x.example/\n");
    assert_eq!(
        d.message,
        "full-width colon `：` after `name`: YAML needs the ASCII colon `:`"
    );
    assert_eq!((line, col), (1, 5));
    assert!(hint(&d).ends_with("`name: 林小满`"), "{}", hint(&d));
    let (d, ..) = error("name: x\nbase_url:https://x.example/\n");
    assert_eq!(
        hint(&d),
        "put a space after the colon: `base_url: https://x.example/`"
    );
}

// ---- Other wording ----

#[test]
fn a_wechat_url_says_wechat_has_no_web_page() {
    assert_error(
        &with_accounts("  - platform: wechat\n    url: https://weixin.qq.com/x\n"),
        "a WeChat account has no web page, so `url` cannot point to `weixin.qq.com`",
        (5, 10),
        "give its 微信号 as `id:` and the text of its QR code as `qr:`, e.g. `qr: https://u.wechat.com/…`",
    );
    let accounts = with_accounts("  - platform: wechat\n    url: https://weixin.qq.com/x\n");
    let parsed = parse(&format!("lang: zh-Hans\n{accounts}"));
    assert_eq!(
        first_error(&parsed).0,
        "微信账号没有网页，所以 `url` 不能指向 `weixin.qq.com`"
    );
}

#[test]
fn id_errors_name_the_platform_in_the_messages_language() {
    let accounts = "  - platform: douyin\n    id: \"12345\"\n";
    let (d, ..) = error(&with_accounts(accounts));
    assert_eq!(d.message, "`12345` is not a valid Douyin id");
    // What the id is, as its own sentence, then an example without a stray full stop.
    assert!(
        hint(&d).starts_with("Your sec_uid, a long code starting with MS4wLjABAAAA."),
        "{}",
        hint(&d)
    );
    assert!(hint(&d).contains(" E.g. `MS4wLjABAAAA"), "{}", hint(&d));
    assert!(!hint(&d).contains(". (for example"), "{}", hint(&d));
    let parsed = parse(&format!("lang: zh-Hant\n{}", with_accounts(accounts)));
    assert_eq!(first_error(&parsed).0, "`12345` 不是有效的抖音 id");
    // The registry's help text in Traditional Chinese too.
    assert!(
        first_error(&parsed)
            .1
            .starts_with("你的 sec_uid，一串以 MS4wLjABAAAA 開頭的長代碼。"),
        "{}",
        first_error(&parsed).1
    );
}

#[test]
fn a_missing_key_underlines_nothing() {
    let yaml = "name: x\nbase_url: https://x.example/\n";
    let parsed = parse(yaml);
    let d = parsed.errors().next().unwrap();
    assert_eq!(d.message, "the profile has no `accounts`");
    // The position is the profile's first line, but no source line is shown under it.
    assert_eq!(d.at.map(|at| (at.line, at.col)), Some((1, 1)));
    let text = d.render(std::path::Path::new("s/site.yaml"), yaml);
    assert_starts_with(
        &text,
        "error: s/site.yaml:1:1: the profile has no `accounts`\n  = hint: add `accounts:`",
    );
    assert!(!text.contains(" | "), "{text}");
    assert!(!text.contains('^'), "{text}");
}

#[test]
fn plain_words_instead_of_jargon() {
    let (d, ..) = error(&format!(
        "{BASE}theme: dark\naccounts:\n  - url: https://github.com/a\n"
    ));
    assert_eq!(
        d.message,
        "`theme` must be indented `key: value` lines, but this is a single value"
    );
    assert_eq!(
        hint(&d),
        "write `theme:` on its own line and `  mode: dark` indented under it"
    );
    let (d, ..) =
        error("name: x\nbase_url: xiaoman.example.com\naccounts:\n  - url: https://github.com/a\n");
    assert_eq!(d.message, "`xiaoman.example.com` is not a full web address");
    assert_eq!(
        hint(&d),
        "write the full address with https:// in front, e.g. `base_url: https://xiaoman.example.com/`"
    );
    let (d, ..) = error(&with_accounts(
        "  - platform: github\n    id: octocat\n    app_id: \"1\"\n",
    ));
    assert_eq!(d.message, "GitHub accounts take no `app_id`");
    let (d, ..) = error(&format!(
        "{BASE}platform: github\naccounts:\n  - url: https://github.com/a\n"
    ));
    assert_eq!(
        hint(&d),
        "`platform` belongs to an account: put it under `accounts:`, in an item that starts with `- `"
    );
    let (d, ..) = error(&with_accounts("  - platform: 小红书\n    id: x\n"));
    assert_eq!(hint(&d), "did you mean `xiaohongshu`?");
}

/// An address that is not a profile, through the command line: where it is, what it is
/// and how to copy the profile instead, in the profile's language.
#[test]
fn an_address_that_is_not_a_profile_says_what_it_is_and_how_to_copy_the_profile() {
    let dir = tempfile::tempdir().unwrap();
    let check = |yaml: &str| {
        let site = common::site::write_site(dir.path(), "s", yaml);
        let out = common::cli::hutong()
            .env_remove("HUTONG_LANG")
            .arg("check")
            .arg(&site)
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(1), "{out:?}");
        common::cli::stderr(&out)
    };
    let err = check(
        "name: 小满\nlang: zh-Hans\nbase_url: https://x.example.com/\naccounts:\n  - platform: wechat\n    id: xiaoman_art\n  - url: https://www.bilibili.com/video/BV1GJ411x7h7/?share_source=copy_web\n",
    );
    assert_contains(
        &err,
        "site.yaml:7:10: 不是主页：这个地址是一个哔哩哔哩视频\n",
    );
    assert_contains(
        &err,
        "= 提示：请改用你主页本身的地址：在 App 里打开自己的空间（我的 → 点头像），点 ··· → 分享 → 复制链接",
    );
    let err = check(
        "name: Xiaoman\nlang: en\nbase_url: https://x.example.com/\naccounts:\n  - platform: douyin\n    url: https://www.douyin.com/user/self\n  - url: https://item.taobao.com/item.htm?id=712345678901\n",
    );
    assert_contains(
        &err,
        "site.yaml:6:10: not a profile: this address is Douyin’s “my page”, which shows each visitor their own profile\n",
    );
    assert_contains(
        &err,
        "site.yaml:7:10: not a profile: this address is one product on Taobao shop\n",
    );
    assert!(
        err.contains(
            "hint: give the address of your profile itself: In the Douyin app tap 我 (Me)"
        ),
        "{err}"
    );
    assert!(err.contains("2 errors"), "{err}");
    let err = check(
        "name: 小滿\nlang: zh-Hant\nbase_url: https://x.example.com/\naccounts:\n  - url: https://www.xiaohongshu.com/explore/64b1f2a3000000001203c4d5\n",
    );
    assert_contains(&err, "site.yaml:5:10: 不是主頁：這個地址是一篇小紅書筆記\n");
    assert!(err.contains("點右上角的分享按鈕 → 複製連結"), "{err}");
}

#[test]
fn profile_addresses_of_every_form_are_accepted_with_their_id() {
    for (url, platform, id) in [
        ("https://weibo.com/1669879400", "weibo", "1669879400"),
        (
            "https://space.bilibili.com/546195/dynamic",
            "bilibili",
            "546195",
        ),
        (
            "https://shop104736810.taobao.com/",
            "taobao_shop",
            "104736810",
        ),
        (
            "https://y.music.163.com/m/user?id=1463586082",
            "netease_music",
            "1463586082",
        ),
        ("https://www.youtube.com/c/mkbhd", "youtube", "c/mkbhd"),
        (
            "https://open.spotify.com/intl-ja/artist/06HL4z0CvFAxyc27GXpf02",
            "spotify",
            "06HL4z0CvFAxyc27GXpf02",
        ),
        (
            "https://www.iesdouyin.com/share/user/MS4wLjABAAAAv7iSuuXDJGDvJkmH_vz1qkDZYo1apxgzaxdBSeIuPiM?u_code=0",
            "douyin",
            "MS4wLjABAAAAv7iSuuXDJGDvJkmH_vz1qkDZYo1apxgzaxdBSeIuPiM",
        ),
    ] {
        let parsed = parse(&with_accounts(&format!("  - url: {url}\n")));
        let profile = parsed
            .profile
            .unwrap_or_else(|| panic!("{url}: {:#?}", parsed.diagnostics));
        let account = &profile.accounts[0];
        assert_eq!(account.platform.id, platform, "{url}");
        assert_eq!(account.id.as_deref(), Some(id), "{url}");
    }
}
