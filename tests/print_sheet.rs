//! `print/index.html`: every shown account's code with whose it is, for A4 and for
//! business cards; hidden and scheduled-out accounts left out; `noindex`, in no
//! sitemap and linked from no page; its style hashed into its policy; the same bytes on
//! every build. Also the words the redirect and 404 pages gained with it: a contact's
//! button, and a name in Latin letters beside Han text.

mod common;

use base64::Engine as _;
use sha2::Digest as _;

use common::site::generate;
use common::{assert_contains, assert_contains_all};

const SITE: &str = "name: 兰兰 Lanlan
base_url: https://lanlan.example.com/
accounts:
  - platform: bilibili
    id: \"12345678\"
  - platform: douyin
    url: https://www.douyin.com/user/MS4wLjABAAAAexample
    label: 抖音 · 每周直播
  - platform: email
    id: hi@lanlan.example.com
  - platform: phone
    id: \"+8613800138000\"
  - platform: github
    id: lanlan
    hidden: true
  - platform: weibo
    id: \"1234567890\"
    until: 2001-01-01
  - platform: link
    url: https://shop.example.com/
    label: 作品与周边
";

fn text(files: &std::collections::BTreeMap<String, Vec<u8>>, path: &str) -> String {
    String::from_utf8(files[path].clone()).unwrap()
}

#[test]
fn the_sheet_has_every_shown_code_twice_and_nothing_else() {
    let files = generate(SITE);
    let sheet = text(&files, "print/index.html");
    for key in ["bilibili", "douyin", "email", "phone", "link"] {
        let img = format!(r#"<img src="../qr/{key}.svg""#);
        assert_eq!(sheet.matches(&img).count(), 2, "{key}: on A4 and as a card");
        assert!(
            files.contains_key(&format!("qr/{key}.svg")),
            "{key}'s code exists"
        );
    }
    // Hidden and out of schedule: no code, no name on the sheet.
    for (key, word) in [("github", "GitHub"), ("weibo", "微博")] {
        assert!(!sheet.contains(&format!("qr/{key}")), "{key}");
        assert!(!sheet.contains(word), "{key}");
    }
    assert_eq!(sheet.matches("<li class=\"cell\">").count(), 5);
    assert_eq!(sheet.matches("<li class=\"card\">").count(), 5);
    // Whose, which platform, which label, in the page's language.
    assert_contains_all(
        &sheet,
        &[
            "兰兰 Lanlan 的抖音",
            "<p class=\"lb\">抖音 · 每周直播</p>",
            "兰兰 Lanlan 的作品与周边",
            "<p class=\"nm\">兰兰 Lanlan</p>",
            "<p class=\"id\">hi@lanlan.example.com</p>",
            "存为 PDF",
        ],
    );
    // The layouts: A4 pages, cards of 85 × 55 mm, none split across pages.
    assert_contains(&sheet, "@page{size:A4;");
    assert_contains(&sheet, "width:85mm;height:55mm");
    assert!(sheet.matches("break-inside:avoid").count() >= 2);
    assert_contains(&sheet, "break-before:page");
    assert!(!sheet.contains("<script"), "no script needed");
}

#[test]
fn the_sheet_is_for_the_creator_only() {
    let files = generate(SITE);
    let sheet = text(&files, "print/index.html");
    assert_contains(&sheet, r#"<meta name="robots" content="noindex">"#);
    assert!(!text(&files, "sitemap.xml").contains("print"));
    for (path, bytes) in &files {
        if path.ends_with(".html") && path != "print/index.html" {
            let page = String::from_utf8_lossy(bytes);
            assert!(!page.contains("print/"), "{path} links the print sheet");
        }
    }
}

#[test]
fn the_sheets_style_is_in_its_policy_and_it_loads_only_the_sites_own_files() {
    let files = generate(SITE);
    let sheet = text(&files, "print/index.html");
    let start = sheet.find("<style>").unwrap() + "<style>".len();
    let end = sheet.find("</style>").unwrap();
    let hash = base64::engine::general_purpose::STANDARD
        .encode(sha2::Sha256::digest(&sheet.as_bytes()[start..end]));
    let headers = text(&files, "_headers");
    let rule = headers
        .split("\n\n")
        .find(|r| r.starts_with("/print/index.html\n"))
        .expect("_headers has the sheet's policy");
    let policy = rule
        .split("Content-Security-Policy: ")
        .nth(1)
        .unwrap()
        .trim();
    assert_eq!(
        policy,
        format!(
            "default-src 'none'; img-src 'self'; connect-src 'self'; style-src 'sha256-{hash}'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'"
        )
    );
    assert!(headers.contains("\n/print/\n"), "its folder too");
    // Every image is a file of the site.
    for src in sheet.split("src=\"").skip(1) {
        let src = &src[..src.find('"').unwrap()];
        let path = src.strip_prefix("../").expect("relative to the site");
        assert!(files.contains_key(path), "{src} is in the site");
    }
}

#[test]
fn the_sheet_is_the_same_on_every_build() {
    assert_eq!(
        generate(SITE)["print/index.html"],
        generate(SITE)["print/index.html"]
    );
}

#[test]
fn the_sheet_speaks_the_sites_language() {
    for (lang, title, of) in [
        ("en", "QR codes to print", "Ann’s Bilibili"),
        ("zh-Hant", "列印 QR 碼", "Ann 的嗶哩嗶哩"),
    ] {
        let yaml = format!(
            "name: Ann\nlang: {lang}\nbase_url: https://ann.example/\naccounts:\n  - platform: bilibili\n    id: \"1\"\n"
        );
        let sheet = text(&generate(&yaml), "print/index.html");
        assert_contains(&sheet, &format!("<title>{title} · Ann</title>"));
        assert_contains(&sheet, of);
    }
}

#[test]
fn contact_pages_say_what_their_button_does() {
    let files = generate(SITE);
    let email = text(&files, "go/email/index.html");
    assert_contains(
        &email,
        r#"href="mailto:hi@lanlan.example.com" rel="noopener">写邮件</a>"#,
    );
    let phone = text(&files, "go/phone/index.html");
    assert_contains(&phone, r#"rel="noopener">打电话</a>"#);
    for page in [&email, &phone] {
        assert!(!page.contains("继续访问网页"));
    }
    assert_contains(
        &text(&files, "go/bilibili/index.html"),
        "rel=\"noopener\">继续访问网页</a>",
    );
    let en = generate(&SITE.replace("name: 兰兰 Lanlan", "name: Lan\nlang: en"));
    assert_contains(&text(&en, "go/email/index.html"), ">Write an e-mail</a>");
    assert_contains(&text(&en, "go/phone/index.html"), ">Call</a>");
}

#[test]
fn a_name_in_latin_letters_stands_apart_from_han_text() {
    let files = generate(SITE);
    assert_contains(&text(&files, "404.html"), ">前往兰兰 Lanlan 的主页</a>");
    assert_contains(
        &text(&files, "go/weibo/index.html"),
        "已不在兰兰 Lanlan 的主页上列出",
    );
    let latin = generate(&SITE.replace("兰兰 Lanlan", "Lanlan"));
    assert_contains(&text(&latin, "404.html"), ">前往 Lanlan 的主页</a>");
    assert_contains(
        &text(&latin, "go/douyin/index.html"),
        "<h1>Lanlan 的抖音</h1>",
    );
    let han = generate(&SITE.replace("兰兰 Lanlan", "兰兰"));
    assert_contains(&text(&han, "404.html"), ">前往兰兰的主页</a>");
}
