//! Printed codes that keep working: `keys.lock` keeps every account's address whatever
//! happens to the profile, retired keys send visitors to the hub, `key:` fixes an
//! address, schedules follow `SOURCE_DATE_EPOCH` in the site's time zone, featured
//! accounts come first, and WeChat's lasting links are recognised.

mod common;

use common::assert_contains;

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use common::cli::{self, assert_stderr_has, assert_success, stderr};
use common::site::{read_tree, write_site};
use hutong::build::{self, Timings};
use hutong::profile;

const HEAD: &str = "name: 林小满\nbase_url: https://xiaoman.cn/\n";

/// Where each go page of a built site leads: its "continue on the web" link, or the
/// hub for a retired key's page. By key.
fn targets(site: &Path) -> BTreeMap<String, String> {
    let files = read_tree(site);
    files
        .iter()
        .filter_map(|(path, bytes)| {
            let key = path.strip_prefix("go/")?.strip_suffix("/index.html")?;
            let html = String::from_utf8(bytes.clone()).unwrap();
            let target = if let Some(start) = html.find(r#"<a id="w" class="bt" href=""#) {
                let rest = &html[start + 27..];
                rest[..rest.find('"').unwrap()].to_owned()
            } else if html.contains(r#"location.replace("../../")"#) {
                "hub".to_owned()
            } else {
                panic!("{path} leads nowhere:\n{html}")
            };
            Some((key.to_owned(), target))
        })
        .collect()
}

/// Builds the site in `dir` into a new output folder under `root` with the library.
fn build_into(dir: &Path, root: &Path, name: &str) -> (hutong::SiteReport, PathBuf) {
    let out = root.join(name);
    let report = hutong::build_site(dir, &out);
    assert!(
        report.ok(),
        "{}",
        build::describe_failure(&report).unwrap_or_default()
    );
    let slug = dir.file_name().unwrap().to_string_lossy().into_owned();
    (report, out.join(slug))
}

const THREE_SHOPS: &str = "accounts:
  - platform: taobao_shop
    id: \"111\"
  - platform: taobao_shop
    id: \"222\"
  - platform: bilibili
    id: \"23456789\"
  - platform: taobao_shop
    id: \"333\"
";

#[test]
fn reordering_keeps_every_key_leading_where_it_did_and_the_memory_is_the_lock() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = write_site(tmp.path(), "shop", &format!("{HEAD}{THREE_SHOPS}"));
    let (_, first) = build_into(&dir, tmp.path(), "dist-1");
    let before = targets(&first);
    assert_eq!(
        before["taobao_shop-2"],
        "https://shop.m.taobao.com/shop/shop_index.htm?shop_id=222"
    );
    let lock = std::fs::read_to_string(dir.join("keys.lock")).unwrap();
    assert_contains(&lock, "taobao_shop-2 taobao_shop id \"222\"\n");

    // The last shop moves to the top: by position it would take `taobao_shop`.
    let reordered = "accounts:
  - platform: taobao_shop
    id: \"333\"
  - platform: bilibili
    id: \"23456789\"
  - platform: taobao_shop
    id: \"111\"
  - platform: taobao_shop
    id: \"222\"
";
    std::fs::write(dir.join("site.yaml"), format!("{HEAD}{reordered}")).unwrap();
    // A fresh output folder: nothing is remembered in dist/.
    let (_, second) = build_into(&dir, tmp.path(), "dist-2");
    assert_eq!(targets(&second), before);
    let hub = std::fs::read_to_string(second.join("index.html")).unwrap();
    let shop_333 = hub.find("shop_id=333").unwrap();
    assert!(
        shop_333 < hub.find("shop_id=111").unwrap(),
        "profile order on the hub"
    );
    assert_eq!(
        std::fs::read_to_string(dir.join("keys.lock")).unwrap(),
        lock,
        "nothing new to remember: the lock is left as it was"
    );
}

#[test]
fn a_removed_account_leaves_a_page_that_sends_visitors_to_the_hub() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = write_site(tmp.path(), "shop", &format!("{HEAD}{THREE_SHOPS}"));
    build_into(&dir, tmp.path(), "dist-1");
    let without = THREE_SHOPS.replace("  - platform: taobao_shop\n    id: \"222\"\n", "");
    std::fs::write(dir.join("site.yaml"), format!("{HEAD}{without}")).unwrap();
    let (report, site) = build_into(&dir, tmp.path(), "dist-2");
    let targets = targets(&site);
    assert_eq!(targets["taobao_shop-2"], "hub");
    assert_eq!(
        targets["taobao_shop-3"],
        "https://shop.m.taobao.com/shop/shop_index.htm?shop_id=333"
    );
    let page = std::fs::read_to_string(site.join("go/taobao_shop-2/index.html")).unwrap();
    assert!(page.contains(r#"<meta name="robots" content="noindex">"#));
    assert_contains(&page, "这个二维码原来指向的账号已不在林小满的主页上列出");
    assert!(page.contains(r#"<a class="bt pr" href="../../">前往林小满的主页</a>"#));
    // After a moment a script sends the visitor on: no timed meta refresh, which axe and
    // WCAG 2.2.1 count as a failure.
    assert!(
        page.contains(
            r#"<script>setTimeout(function(){location.replace("../../")},3000)</script>"#
        ),
        "{page}"
    );
    assert!(!page.contains("http-equiv=\"refresh\""), "{page}");
    // The page's policy covers its one style block, as every page's does.
    let headers = std::fs::read_to_string(site.join("_headers")).unwrap();
    let block = headers
        .split("\n\n")
        .find(|b| b.starts_with("/go/taobao_shop-2/\n"))
        .expect("the retired page has its policy");
    assert_contains(block, "Content-Security-Policy: default-src 'none';");
    assert!(block.contains("style-src 'sha256-"), "{block}");
    assert!(block.contains("script-src 'sha256-"), "{block}");
    assert!(!std::fs::exists(site.join("qr/taobao_shop-2.png")).unwrap());
    // Three accounts' pages, the retired one, the hub, the 404 and the print sheet.
    assert_eq!(report.written.unwrap().counts.pages, 3 + 1 + 3);
    // The hub and the vCard no longer list it.
    let hub = std::fs::read_to_string(site.join("index.html")).unwrap();
    assert!(!hub.contains("shop_id=222"));
}

#[test]
fn a_fixed_key_is_the_address_and_an_older_key_leads_to_the_same_account() {
    let tmp = tempfile::tempdir().unwrap();
    let yaml = "accounts:\n  - platform: wechat\n    id: xiaoman_art\n";
    let dir = write_site(tmp.path(), "wx", &format!("{HEAD}{yaml}"));
    build_into(&dir, tmp.path(), "dist-1");
    let fixed = format!("{HEAD}{yaml}    key: wx\n");
    std::fs::write(dir.join("site.yaml"), fixed).unwrap();
    let (_, site) = build_into(&dir, tmp.path(), "dist-2");
    let files = read_tree(&site);
    let wx = String::from_utf8(files["go/wx/index.html"].clone()).unwrap();
    assert!(wx.contains("xiaoman_art"));
    assert!(files.contains_key("qr/wx.png"));
    // The code printed before the key was fixed still shows the same account.
    assert_eq!(files["go/wechat/index.html"], files["go/wx/index.html"]);
    let lock = std::fs::read_to_string(dir.join("keys.lock")).unwrap();
    assert_contains(
        &lock,
        "\nwechat wechat id \"xiaoman_art\"\nwx wechat id \"xiaoman_art\"\n",
    );
}

#[test]
fn a_key_the_lock_gave_another_account_is_an_error_naming_both() {
    let tmp = tempfile::tempdir().unwrap();
    let yaml = format!(
        "{HEAD}lang: en\naccounts:\n  - platform: bilibili\n    id: \"1\"\n  - platform: bilibili\n    id: \"2\"\n    key: bilibili\n"
    );
    let dir = write_site(tmp.path(), "clash", &yaml);
    std::fs::write(dir.join("keys.lock"), "bilibili bilibili id \"1\"\n").unwrap();
    let site = profile::load(&dir);
    let text = site.render_diagnostics();
    assert!(site.profile().is_none(), "{text}");
    assert_contains(
        &text,
        r#"site.yaml:9:10: the key `bilibili` belongs to bilibili id "1" in keys.lock, not to this account (bilibili id "2")"#,
    );
    assert!(text.contains("pick another key"), "{text}");

    // Format, reserved and duplicate keys are the profile's own errors, with positions.
    let bad = format!(
        "{HEAD}lang: en\naccounts:\n  - platform: bilibili\n    id: \"1\"\n    key: Site_1\n  - platform: bilibili\n    id: \"2\"\n    key: site\n  - platform: bilibili\n    id: \"3\"\n    key: b\n  - platform: bilibili\n    id: \"4\"\n    key: b\n"
    );
    let parsed = profile::parse(&bad);
    let messages: Vec<String> = parsed
        .diagnostics
        .iter()
        .map(|d| d.message.clone())
        .collect();
    assert!(
        messages[0].starts_with("`Site_1` is not a valid key"),
        "{messages:?}"
    );
    assert_eq!(
        parsed.diagnostics[0].hint.as_deref(),
        Some("for example `site-1`")
    );
    assert!(
        messages[1].contains("`site` is used by the site itself"),
        "{messages:?}"
    );
    assert_eq!(
        messages[2],
        "the key `b` is already fixed on the account on line 13"
    );
    assert_eq!(parsed.diagnostics[2].at.unwrap().line, 16);
}

#[test]
fn a_hand_broken_lock_is_refused_naming_the_file_and_left_alone() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = write_site(tmp.path(), "broken", &format!("{HEAD}{THREE_SHOPS}"));
    let broken =
        "# edited by hand\ntaobao_shop taobao_shop id \"111\"\ntaobao_shop-2 taobao_shop id 222\n";
    std::fs::write(dir.join("keys.lock"), broken).unwrap();
    let out = cli::hutong()
        .env("HUTONG_LANG", "en")
        .args(["build", "-o"])
        .arg(tmp.path().join("dist"))
        .arg(&dir)
        .output()
        .unwrap();
    assert!(!out.status.success());
    let err = stderr(&out);
    let lock = dir.join("keys.lock").display().to_string();
    assert!(
        err.contains(&format!("{lock}:3:"))
            && err.contains(": keys.lock cannot be read: expected a value in double quotes"),
        "{err}"
    );
    assert!(err.contains("git checkout keys.lock"), "{err}");
    assert_eq!(
        std::fs::read_to_string(dir.join("keys.lock")).unwrap(),
        broken
    );
    assert!(!std::fs::exists(tmp.path().join("dist/broken")).unwrap());
}

#[test]
fn check_never_writes_the_lock_and_build_does() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = write_site(tmp.path(), "fresh", &format!("{HEAD}{THREE_SHOPS}"));
    assert_success(&cli::hutong().arg("check").arg(&dir).output().unwrap());
    assert!(!std::fs::exists(dir.join("keys.lock")).unwrap());
    let out = cli::hutong()
        .args(["build", "-o"])
        .arg(tmp.path().join("dist"))
        .arg(&dir)
        .output()
        .unwrap();
    assert_success(&out);
    let lock = std::fs::read_to_string(dir.join("keys.lock")).unwrap();
    assert_eq!(
        lock.lines().filter(|l| !l.starts_with('#')).count(),
        4,
        "{lock}"
    );
    let leftovers: Vec<_> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.contains("tmp"))
        .collect();
    assert!(leftovers.is_empty(), "{leftovers:?}");
}

#[cfg(unix)]
#[test]
fn a_read_only_site_folder_warns_and_the_build_goes_on() {
    use std::os::unix::fs::PermissionsExt;
    let tmp = tempfile::tempdir().unwrap();
    let dir = write_site(tmp.path(), "ro", &format!("{HEAD}lang: en\n{THREE_SHOPS}"));
    // As root, permissions do not stop a write: the temporary file's name is taken by
    // a folder as well, which stops it for everyone.
    let temp = dir.join(format!(".keys.lock.tmp-{}", std::process::id()));
    std::fs::create_dir(&temp).unwrap();
    std::fs::set_permissions(&dir, std::fs::Permissions::from_mode(0o555)).unwrap();
    let out = tmp.path().join("dist");
    let report = hutong::build_site(&dir, &out);
    std::fs::set_permissions(&dir, std::fs::Permissions::from_mode(0o755)).unwrap();
    assert!(report.ok());
    assert!(std::fs::exists(out.join("ro/go/taobao_shop-3/index.html")).unwrap());
    assert!(!std::fs::exists(dir.join("keys.lock")).unwrap());
    let text = build::describe_failure(&report).unwrap();
    assert!(text.starts_with("warning: "), "{text}");
    assert_contains(&text, "ro/keys.lock: keys.lock could not be written");
    assert!(text.contains("the site was built"), "{text}");
    assert!(report.site.parsed.errors().next().is_none());
}

/// A profile whose one link is shown on 1–11 November 2026, in `zone`.
fn scheduled(zone: &str) -> String {
    format!(
        "{HEAD}timezone: {zone}\naccounts:
  - platform: bilibili
    id: \"23456789\"
  - platform: link
    url: https://shop.example.com/sale
    label: 双十一特卖
    from: 2026-11-01
    until: \"2026-11-11\"
    featured: true
"
    )
}

// Epochs worked out with GNU `date` and the system's zone files.
const SHANGHAI_NOV_1_START: i64 = 1_793_462_400; // 2026-11-01 00:00:00 +08
const SHANGHAI_NOV_11_END: i64 = 1_794_412_799; // 2026-11-11 23:59:59 +08
const LA_NOV_1_START: i64 = 1_793_516_400; // 2026-11-01 00:00:00 -07 (PDT)
const LA_NOV_11_END: i64 = 1_794_470_399; // 2026-11-11 23:59:59 -08 (PST)

/// Whether the sale is on the hub, vCard and JSON-LD of the site built at `epoch`, and
/// where its go page leads; built by the real binary with `SOURCE_DATE_EPOCH`.
fn sale_at(zone: &str, epoch: i64) -> (bool, String) {
    let tmp = tempfile::tempdir().unwrap();
    let dir = write_site(tmp.path(), "sale", &scheduled(zone));
    let out = tmp.path().join("dist");
    let run = cli::hutong()
        .env("SOURCE_DATE_EPOCH", epoch.to_string())
        .args(["build", "-o"])
        .arg(&out)
        .arg(&dir)
        .output()
        .unwrap();
    assert_success(&run);
    let site = out.join("sale");
    let hub = std::fs::read_to_string(site.join("index.html")).unwrap();
    let vcard = std::fs::read_to_string(site.join("contact.vcf")).unwrap();
    let on_hub = hub.contains("双十一特卖");
    assert_eq!(
        on_hub,
        vcard.contains("shop.example.com"),
        "hub and vCard agree"
    );
    let same_as = match on_hub {
        true => {
            r#""sameAs":["https://shop.example.com/sale","https://space.bilibili.com/23456789"]"#
        }
        false => r#""sameAs":["https://space.bilibili.com/23456789"]"#,
    };
    assert!(hub.contains(same_as), "the JSON-LD agrees");
    let sitemap = std::fs::read_to_string(site.join("sitemap.xml")).unwrap();
    assert!(!sitemap.contains("shop.example.com"));
    (on_hub, targets(&site)["link"].clone())
}

#[test]
fn a_schedule_holds_from_the_first_second_to_the_last_in_two_time_zones() {
    let sale = "https://shop.example.com/sale".to_owned();
    for (zone, start, end) in [
        ("Asia/Shanghai", SHANGHAI_NOV_1_START, SHANGHAI_NOV_11_END),
        ("America/Los_Angeles", LA_NOV_1_START, LA_NOV_11_END),
    ] {
        assert_eq!(
            sale_at(zone, start - 1),
            (false, "hub".into()),
            "{zone}: the eve"
        );
        assert_eq!(
            sale_at(zone, start),
            (true, sale.clone()),
            "{zone}: first second"
        );
        assert_eq!(
            sale_at(zone, end),
            (true, sale.clone()),
            "{zone}: last second"
        );
        assert_eq!(
            sale_at(zone, end + 1),
            (false, "hub".into()),
            "{zone}: the day after"
        );
    }
}

#[test]
fn a_build_says_when_its_output_next_changes() {
    let parsed = profile::parse(&scheduled("America/Los_Angeles"));
    let profile = parsed.profile.unwrap();
    let day = |text: &str| text.parse::<jiff::civil::Date>().unwrap();
    let at = |seconds: i64| jiff::Timestamp::from_second(seconds).unwrap();
    let changes = |seconds: i64| {
        let mut timings = Timings::default();
        build::generate_at(&Default::default(), &profile, at(seconds), &mut timings)
            .unwrap()
            .changes_on
    };
    assert_eq!(changes(LA_NOV_1_START - 1), Some(day("2026-11-01")));
    assert_eq!(changes(LA_NOV_1_START), Some(day("2026-11-12")));
    assert_eq!(changes(LA_NOV_11_END), Some(day("2026-11-12")));
    assert_eq!(changes(LA_NOV_11_END + 1), None);

    // And the site's report carries it.
    let tmp = tempfile::tempdir().unwrap();
    let dir = write_site(
        tmp.path(),
        "s",
        &format!("{HEAD}{THREE_SHOPS}    until: 9999-12-30\n"),
    );
    let (report, _) = build_into(&dir, tmp.path(), "dist");
    assert_eq!(report.output_changes_on, Some(day("9999-12-31")));
}

#[test]
fn check_notes_each_scheduled_account_in_the_profiles_language() {
    let tmp = tempfile::tempdir().unwrap();
    let yaml = format!("lang: zh-Hans\n{}", scheduled("Asia/Shanghai"));
    let dir = write_site(tmp.path(), "sale", &yaml);
    let out = cli::hutong()
        .env("SOURCE_DATE_EPOCH", SHANGHAI_NOV_1_START.to_string())
        .env_remove("HUTONG_LANG")
        .env("LANG", "C")
        .arg("check")
        .arg(&dir)
        .output()
        .unwrap();
    assert_success(&out);
    let err = stderr(&out);
    let notes: Vec<&str> = err.lines().filter(|l| l.starts_with("说明：")).collect();
    assert_eq!(notes.len(), 1, "{err}");
    assert!(
        notes[0]
            .ends_with("site.yaml:8:5: `双十一特卖` 设了时间：今天显示，从 2026-11-12 起不再显示"),
        "{err}"
    );
    assert_stderr_has(&out, "0 errors, 0 warnings");
}

#[test]
fn schedule_mistakes_are_errors_with_positions() {
    let yaml = format!(
        "{HEAD}lang: en\ntimezone: Asia/Beijing\naccounts:\n  - platform: bilibili\n    id: \"1\"\n    from: 2026-11-31\n  - platform: bilibili\n    id: \"2\"\n    from: 2026-11-02\n    until: 2026-11-01\n  - platform: bilibili\n    id: \"3\"\n    until: 11/11/2026\n"
    );
    let parsed = profile::parse(&yaml);
    let found: Vec<(usize, &str)> = parsed
        .diagnostics
        .iter()
        .map(|d| (d.at.unwrap().line, d.message.as_str()))
        .collect();
    assert_eq!(
        found,
        [
            (4, "`Asia/Beijing` is not an IANA time zone"),
            (8, "2026-11-31 is not a day of the calendar"),
            (12, "`until` (2026-11-01) is before `from` (2026-11-02)"),
            (15, "`until: 11/11/2026` is not a date"),
        ]
    );
    assert_eq!(
        parsed.diagnostics[0].hint.as_deref(),
        Some("did you mean `Asia/Shanghai`?")
    );
}

#[test]
fn featured_accounts_come_first_in_profile_order_and_at_most_three() {
    let yaml = format!(
        "{HEAD}accounts:
  - platform: bilibili
    id: \"1\"
    group: 视频
  - platform: weibo
    id: \"2345678990\"
    featured: true
  - platform: github
    id: octocat
  - platform: douban
    id: xiaoman
    featured: true
    group: 视频
"
    );
    let files = common::site::generate(&yaml);
    let hub = String::from_utf8(files["index.html"].clone()).unwrap();
    // The page's body: the JSON-LD in the head lists the accounts too.
    let hub = &hub[hub.find("<main>").unwrap()..];
    let featured = hub.find(r#"<ul class="ft">"#).expect("a featured list");
    let order: Vec<usize> = ["weibo.com", "douban.com", "bilibili.com", "github.com"]
        .iter()
        .map(|host| hub.find(host).unwrap_or_else(|| panic!("{host}")))
        .collect();
    assert!(featured < order[0], "{hub}");
    assert!(order.windows(2).all(|w| w[0] < w[1]), "{order:?}");
    assert_eq!(hub.matches("<ul").count(), 3, "featured, 视频, the rest");

    let four = format!("{HEAD}lang: en\naccounts:\n{}", {
        let mut accounts = String::new();
        for n in 1..=4 {
            accounts.push_str(&format!(
                "  - platform: bilibili\n    id: \"{n}\"\n    featured: true\n"
            ));
        }
        accounts
    });
    let parsed = profile::parse(&four);
    assert!(parsed.profile.is_none());
    let error = &parsed.diagnostics[0];
    assert_eq!(
        error.message,
        "4 accounts are `featured`, over the limit of 3"
    );
    assert_eq!(error.at.unwrap().line, 14, "the fourth one");
}

#[test]
fn wechats_lasting_links_are_recognised_with_a_button_and_a_go_page_each() {
    let cases = [
        (
            "https://work.weixin.qq.com/kf/kfcbf8f8d07ac7215f?enc_scene=ENCGFSDF567DF",
            "wecom_kf",
            "微信客服",
        ),
        (
            "https://work.weixin.qq.com/ca/cawcde991d07110000",
            "wecom_contact",
            "企业微信",
        ),
        (
            "https://work.weixin.qq.com/u/vc3a10ae3518beb870?v=4.1.7.23550",
            "wecom_contact",
            "企业微信",
        ),
        (
            "https://wxaurl.cn/abcDEF123",
            "wechat_miniprogram",
            "微信小程序",
        ),
    ];
    let mut yaml = format!("{HEAD}accounts:\n");
    for (url, _, _) in cases {
        yaml.push_str(&format!("  - url: {url}\n"));
    }
    let parsed = profile::parse(&yaml);
    let profile = parsed.profile.as_ref().expect("recognised");
    let platforms: Vec<&str> = profile.accounts.iter().map(|a| a.platform.id).collect();
    assert_eq!(platforms, cases.map(|(_, p, _)| p));
    // The URL Link's 30 days are said, once.
    let warnings: Vec<&str> = parsed.diagnostics.iter().map(|d| d.code).collect();
    assert_eq!(warnings, ["url-link-expires"]);

    let files = common::site::generate(&yaml);
    let hub = String::from_utf8(files["index.html"].clone()).unwrap();
    let keys = [
        "wecom_kf",
        "wecom_contact",
        "wecom_contact-2",
        "wechat_miniprogram",
    ];
    for ((url, _, name), key) in cases.iter().zip(keys) {
        let href = url.replace('&', "&amp;");
        assert!(
            hub.contains(&format!(r#"<a class="b" href="{href}" rel="me noopener""#)),
            "{key}: no button"
        );
        assert!(hub.contains(name), "{name}");
        let page = String::from_utf8(files[&format!("go/{key}/index.html")].clone()).unwrap();
        assert!(
            page.contains(&format!(r#"<a id="w" class="bt" href="{href}""#)),
            "{key}: the go page leads to the link\n{page}"
        );
        // These links open WeChat from any browser: the go page goes to them everywhere.
        assert!(page.contains(r#"<main id="m">"#), "{key}");
    }
    // An Official Account's page stays WeChat-only.
    let oa = common::site::generate(&format!(
        "{HEAD}accounts:\n  - platform: wechat_oa\n    id: MzI5MjIwNDUwNg==\n"
    ));
    let page = String::from_utf8(oa["go/wechat_oa/index.html"].clone()).unwrap();
    assert!(page.contains(r#"<main id="m" data-wx>"#));
}
