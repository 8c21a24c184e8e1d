use super::head::sha256_base64;
// The integration tests' measure of a page's size, shared so that both gzip alike.
#[path = "../../tests/common/gzip.rs"]
mod gzip;
use super::*;
use crate::links::{self, Link};
use crate::platforms;
use crate::profile::{self, Profile};
use gzip::gzipped;
use serde::Deserialize as _;

/// A realistic 12-account Chinese profile (the `sites/xiaoman` example, grown).
const XIAOMAN: &str = include_str!("../../tests/fixtures/xiaoman-grown/site.yaml");

const BIO_LINK: &str = "https://shop.m.taobao.com/shop/shop_index.htm?shop_id=123456789";

const SCRIPT_NAME: &str = "</script><script>alert(1)</script>";
const ATTR_BREAK: &str = r#""><img src=x onerror=alert(1)>"#;

fn hostile_yaml() -> String {
    format!(
        r#"
name: '{SCRIPT_NAME}'
tagline: '{ATTR_BREAK}'
base_url: https://evil.example/
bio: |
  <script>alert(2)</script>

  [click](javascript:alert(3)) and <img src=x onerror=alert(4)>
accounts:
  - platform: bilibili
    id: "12345678"
    label: '{SCRIPT_NAME}'
    note: '{ATTR_BREAK}'
    group: '{SCRIPT_NAME}'
  - platform: wechat
    id: evil_name1
    label: '{ATTR_BREAK}'
    note: '{SCRIPT_NAME}'
  - platform: link
    url: https://example.com/?q=%22%3E%3Cscript%3E
    label: '{ATTR_BREAK}'
filing:
  icp: '{SCRIPT_NAME}'
"#
    )
}

fn parse(yaml: &str) -> (Profile, Vec<Link>) {
    let parsed = profile::parse(yaml);
    let profile = parsed
        .profile
        .unwrap_or_else(|| panic!("the fixture is a valid profile: {:#?}", parsed.diagnostics));
    let links = links::resolve(&profile);
    (profile, links)
}

fn view<'a>(profile: &'a Profile, links: &'a [Link], avatar: Option<&'a str>) -> SiteView<'a> {
    SiteView::new(profile, links, avatar)
}

/// Every page of a site: the hub, each redirect page, the 404.
fn pages(site: &SiteView) -> Vec<(String, Page)> {
    let mut out = vec![("index.html".to_owned(), hub(site))];
    for link in site.links {
        out.push((format!("go/{}/", link.key), go(site, link)));
    }
    out.push(("404.html".to_owned(), not_found(site)));
    out
}

/// The contents of every `<tag …>…</tag>` whose start tag is exactly `<tag>` (no
/// attributes); panics on a `<script>` with attributes other than the JSON-LD type.
fn inline_blocks<'a>(html: &'a str, tag: &str) -> Vec<&'a str> {
    let open = format!("<{tag}");
    let close = format!("</{tag}>");
    let mut out = Vec::new();
    let mut rest = html;
    while let Some(start) = rest.find(&open) {
        let after = &rest[start..];
        let tag_end = after.find('>').expect("the tag is closed");
        let start_tag = &after[..=tag_end];
        let body_and_rest = &after[tag_end + 1..];
        let end = body_and_rest.find(&close).expect("the element is closed");
        if start_tag == format!("<{tag}>") {
            out.push(&body_and_rest[..end]);
        } else {
            assert_eq!(
                start_tag, r#"<script type="application/ld+json">"#,
                "only JSON-LD may be a non-executable script"
            );
        }
        rest = &body_and_rest[end + close.len()..];
    }
    out
}

/// Decodes character references in one pass (so `&#38;amp;` gives `&amp;`).
fn unescape(html: &str) -> String {
    let reference =
        regex_lite::Regex::new(r"&(#[0-9]+|#x[0-9a-fA-F]+|lt|gt|amp|quot|apos);").unwrap();
    reference
        .replace_all(html, |c: &regex_lite::Captures| {
            let name = &c[1];
            let code = match name {
                "lt" => 60,
                "gt" => 62,
                "amp" => 38,
                "quot" => 34,
                "apos" => 39,
                _ if name.starts_with("#x") => u32::from_str_radix(&name[2..], 16).unwrap(),
                _ => name[1..].parse().unwrap(),
            };
            char::from_u32(code).unwrap().to_string()
        })
        .into_owned()
}

/// The page's markup with the contents of `<style>`/`<script>` elements and of quoted
/// attribute values emptied, leaving tag and attribute names.
fn markup_skeleton(html: &str) -> String {
    let mut text = html.to_owned();
    for tag in ["style", "script"] {
        let (open, close) = (format!("<{tag}"), format!("</{tag}>"));
        let mut kept = String::new();
        let mut rest = text.as_str();
        while let Some(start) = rest.find(&open) {
            let body = start + rest[start..].find('>').unwrap() + 1;
            let end = body + rest[body..].find(&close).unwrap();
            kept.push_str(&rest[..body]);
            rest = &rest[end..];
        }
        kept.push_str(rest);
        text = kept;
    }
    let quoted = regex_lite::Regex::new(r#""[^"]*""#).unwrap();
    quoted.replace_all(&text, "\"\"").into_owned()
}

fn json_ld_block(html: &str) -> &str {
    let open = r#"<script type="application/ld+json">"#;
    let start = html.find(open).expect("the hub has JSON-LD") + open.len();
    let end = start + html[start..].find("</script>").unwrap();
    &html[start..end]
}

fn meta_csp(html: &str) -> String {
    let open = r#"<meta http-equiv="Content-Security-Policy" content=""#;
    let start = html.find(open).expect("a CSP meta") + open.len();
    let end = start + html[start..].find('"').unwrap();
    html[start..end].replace("&#39;", "'")
}

#[test]
fn brand_text_reaches_aa_on_every_registry_colour() {
    assert!(
        !platforms::all().is_empty(),
        "the registry is compiled in and not empty"
    );
    for p in platforms::all() {
        let (bg, fg) = brand_colors(p);
        let ratio = color::contrast(Rgb::parse(&bg).unwrap(), Rgb::parse(&fg).unwrap());
        assert!(ratio >= 4.5, "{}: {fg} on {bg} is {ratio:.2}:1", p.id);
    }
    // Brand colours that stress both sides, whatever the registry holds.
    for hex in [
        "#FFFC00", "#07C160", "#00A1D6", "#000000", "#FF2442", "#FFFFFF", "#1677FF", "#E6162D",
        "#25D366", "#1ED760", "#FF0000", "#7A7A7A", "#FE0A37", "#FFE60F", "#0084FF", "#26A5E4",
    ] {
        let pair = color::label(Rgb::parse(hex).unwrap());
        let ratio = color::contrast(pair.bg, pair.fg);
        assert!(ratio >= 4.5, "{hex}: {ratio:.2}:1");
    }
}

#[test]
fn hostile_strings_are_escaped_everywhere() {
    let (profile, links) = parse(&hostile_yaml());
    let site = view(&profile, &links, None);
    for (name, page) in pages(&site) {
        let html = &page.html;
        for bad in [
            SCRIPT_NAME,
            ATTR_BREAK,
            "<script>alert",
            "<img src=x",
            "javascript:",
        ] {
            assert!(!html.contains(bad), "{name} contains {bad:?}:\n{html}");
        }
        let scripts = html.matches("<script").count();
        let expected = match name.as_str() {
            "index.html" => 2,
            "404.html" => 0,
            _ => 1,
        };
        assert_eq!(scripts, expected, "{name}: script elements");
        assert!(
            unescape(html).contains(SCRIPT_NAME),
            "{name} shows the name as text"
        );
    }
    let hub = hub(&site).html;
    assert!(unescape(&hub).contains(&format!(r#"<p class="tg">{ATTR_BREAK}</p>"#)));
    assert!(
        !hub.contains("alert(2)") && !hub.contains("alert(4)"),
        "raw HTML in the bio is dropped"
    );
    assert!(hub.contains("click"), "the link text stays");

    let ld = json_ld_block(&hub);
    assert!(
        !ld.contains('<') && !ld.contains('>') && !ld.contains('&'),
        "{ld}"
    );
    assert!(ld.contains(r"\u003c/script\u003e"), "{ld}");
    let value: serde_json::Value = serde_json::from_str(ld).expect("JSON-LD is valid JSON");
    assert_eq!(value["name"], SCRIPT_NAME);
    assert_eq!(value["description"], ATTR_BREAK);

    let icon = favicon(&site);
    assert!(icon.contains(">&lt;</text>"), "{icon}");
}

#[test]
fn every_inline_style_and_script_is_hashed_into_the_policy() {
    for yaml in [XIAOMAN.to_owned(), hostile_yaml()] {
        let (profile, links) = parse(&yaml);
        let site = view(&profile, &links, Some("avatar-3f2a1b.png"));
        for (name, page) in pages(&site) {
            let html = &page.html;
            let meta = meta_csp(html);
            assert_eq!(
                format!("{meta}; frame-ancestors 'none'"),
                page.csp,
                "{name}"
            );
            assert!(!page.csp.contains("unsafe"), "{name}: {}", page.csp);
            assert!(page.csp.starts_with(
                "default-src 'none'; img-src 'self'; connect-src 'self'; style-src 'sha256-"
            ));
            let styles = inline_blocks(html, "style");
            let scripts = inline_blocks(html, "script");
            assert_eq!(styles.len(), 1, "{name}: one <style>");
            for block in styles.iter().chain(&scripts) {
                let hash = format!("'sha256-{}'", sha256_base64(block));
                assert!(
                    page.csp.contains(&hash),
                    "{name}: {hash} not in {}",
                    page.csp
                );
            }
            let script_src = page.csp.split("; ").find(|d| d.starts_with("script-src"));
            match (scripts.len(), script_src) {
                (0, None) => {}
                (1, Some(d)) => assert_eq!(d.matches("'sha256-").count(), 1, "{name}: {d}"),
                other => panic!("{name}: scripts and script-src disagree: {other:?}"),
            }
            let handler = regex_lite::Regex::new(r#"(?i)<[^>]*\s(on[a-z]+|style)\s*="#).unwrap();
            let skeleton = markup_skeleton(html);
            let found = handler.find(&skeleton).map(|m| m.as_str().to_owned());
            assert_eq!(found, None, "{name}: an inline handler or style attribute");
        }
    }
}

#[test]
fn the_only_web_addresses_are_targets_base_filing_and_schema_org() {
    let (profile, links) = parse(XIAOMAN);
    let site = view(&profile, &links, Some("avatar-3f2a1b.png"));
    let webs: Vec<&str> = links.iter().filter_map(|l| l.web.as_deref()).collect();
    let url = regex_lite::Regex::new(r#"https?://[^\s"'<>]+"#).unwrap();
    for (name, page) in pages(&site) {
        for m in url.find_iter(&page.html) {
            let found = unescape(m.as_str()).replace(r"\u0026", "&");
            let ok = found.starts_with(profile.base_url.as_str())
                || webs.contains(&found.as_str())
                || found == BIO_LINK
                || found == "https://beian.miit.gov.cn/"
                || found == "https://beian.mps.gov.cn/"
                || found == "https://schema.org";
            assert!(ok, "{name} refers to {found}");
        }
    }
}

#[test]
fn a_redirect_page_has_app_links_only_when_the_link_has_them() {
    let (profile, links) = parse(XIAOMAN);
    let site = view(&profile, &links, None);
    let with_app: Vec<&Link> = links
        .iter()
        .filter(|l| l.ios.is_some() || l.android.is_some())
        .collect();
    assert!(
        !with_app.is_empty(),
        "the fixture has accounts with app links"
    );
    for link in with_app {
        let page = go(&site, link).html;
        assert!(
            page.contains(r#"class="bt pr""#),
            "{}: an open-in-app button",
            link.key
        );
        for app in [&link.ios, &link.android].into_iter().flatten() {
            let escaped = app.replace('&', "&#38;");
            assert!(
                page.contains(&format!("href=\"{escaped}\"")),
                "{}: {app}",
                link.key
            );
        }
        let mut bare = link.clone();
        bare.ios = None;
        bare.android = None;
        let page = go(&site, &bare).html;
        assert!(
            !page.contains(r#"id="ai""#) && !page.contains(r#"id="aa""#),
            "{page}"
        );
        assert!(
            !page.contains("intent:") && !page.contains("在 App 中打开"),
            "{page}"
        );
        for app in [&link.ios, &link.android].into_iter().flatten() {
            let scheme = &app[..app.find(':').unwrap() + 1];
            assert!(!page.contains(scheme), "{}: {scheme} in\n{page}", link.key);
        }
    }
}

#[test]
fn wechat_accounts_show_their_qr_code_and_id() {
    let (profile, links) = parse(XIAOMAN);
    let site = view(&profile, &links, None);
    let hub = hub(&site).html;
    let wechat = links.iter().find(|l| l.key == "wechat").unwrap();
    assert!(wechat.web.is_none());
    let card_start = hub.find(r#"<li class="c p-wechat">"#).unwrap();
    let card = &hub[card_start..card_start + hub[card_start..].find("</li>").unwrap()];
    assert!(card.contains(r#"<details class="w">"#), "{card}");
    assert!(card.contains(r#"<img src="qr/wechat.png""#), "{card}");
    assert!(card.contains("长按识别二维码"), "{card}");
    assert!(
        card.contains(r#"<span class="id">xiaoman_art</span>"#),
        "{card}"
    );
    assert!(card.contains(r#"data-c="xiaoman_art""#), "{card}");
    assert!(!card.contains("<a "), "no web link for WeChat: {card}");

    let page = go(&site, wechat).html;
    assert!(page.contains(r#"<main id="m" data-wx>"#));
    assert!(page.contains(r#"src="../../qr/wechat.png""#));
    assert!(
        !page.contains(r#"id="w""#),
        "no web button without a web profile"
    );
}

#[test]
fn wechat_accounts_without_a_code_show_their_id_and_how_to_find_it_never_a_code() {
    for (lang, find, oa, scan) in [
        (
            "zh-Hans",
            "添加朋友",
            "在微信搜索公众号「xiaomanhuahua」",
            "用微信扫码",
        ),
        (
            "zh-Hant",
            "新增朋友",
            "在微信搜尋公眾號「xiaomanhuahua」",
            "用微信掃碼",
        ),
        (
            "en",
            "Add Contacts",
            "Search WeChat for the Official Account “xiaomanhuahua”",
            "Scan the code with WeChat",
        ),
    ] {
        let yaml = format!(
            "name: 小满\nlang: {lang}\nbase_url: https://xiaoman.example.com/\naccounts:\n  \
             - platform: wechat\n    id: xiaoman_art\n  \
             - platform: wechat_oa\n    id: xiaomanhuahua\n  \
             - platform: wechat_oa\n    id: MzI5MjIwNDUwNg==\n  \
             - platform: wechat_channels\n    id: sphcqO59YEPCvoe\n  \
             - platform: wechat\n    id: xiaoman_two\n    qr: https://u.wechat.com/EM1xYz0aB2cD3eF4\n"
        );
        let (profile, links) = parse(&yaml);
        let site = view(&profile, &links, None);
        let hub = hub(&site).html;
        for key in ["wechat", "wechat_oa", "wechat_oa-2", "wechat_channels"] {
            assert!(
                !hub.contains(&format!("qr/{key}.png")),
                "{lang}: no code of {key}'s own page on the hub"
            );
            let page = go(&site, links.iter().find(|l| l.key == key).unwrap()).html;
            // The page's images are the platform's mark (and an avatar): no code.
            assert!(
                !page.contains("<figure") && !page.contains("qr/"),
                "{lang} {key}: no code on its page:\n{page}"
            );
            assert!(
                !page.contains("长按识别")
                    && !page.contains("長按識別")
                    && !page.contains("Long-press the code"),
                "{lang} {key}"
            );
        }
        assert!(
            hub.contains(r#"<span class="id">xiaoman_art</span>"#),
            "{lang}"
        );
        assert!(hub.contains(find), "{lang}: how to find a WeChat ID");
        assert!(
            hub.contains(&crate::escape::html(oa)),
            "{lang}: how to find an Official Account"
        );
        assert!(
            !hub.contains("MzI5MjIwNDUwNg=="),
            "{lang}: a __biz key is never shown"
        );
        let oa_page = go(&site, links.iter().find(|l| l.key == "wechat_oa").unwrap()).html;
        assert!(
            oa_page.contains(&crate::escape::html(oa)),
            "{lang}: {oa_page}"
        );
        // The account with its own code still shows it, with both wordings.
        assert!(hub.contains("qr/wechat-2.png"), "{lang}");
        assert!(hub.contains(&format!(r#"data-d="{scan}""#)), "{lang}");
        let coded = go(&site, links.iter().find(|l| l.key == "wechat-2").unwrap()).html;
        assert!(
            coded.contains(r#"src="../../qr/wechat-2.png""#)
                && coded.contains(&format!(r#"data-d="{scan}""#)),
            "{lang}"
        );
    }
}

#[test]
fn every_account_of_a_platform_with_an_app_is_marked_so_even_without_a_link() {
    let yaml = "name: 小满\nbase_url: https://xiaoman.example.com/\naccounts:\n  \
                - platform: taobao_shop\n    url: https://m.tb.cn/h.5Q1xYz\n  \
                - platform: douyin\n    url: https://v.douyin.com/iRNBho6u/\n  \
                - platform: xiaohongshu\n    id: 5b1a2c3d4e5f607182930a1b\n  \
                - platform: link\n    url: https://shop.example.com/\n";
    let (profile, links) = parse(yaml);
    let site = view(&profile, &links, None);
    let hub = hub(&site).html;
    for key in ["taobao_shop", "douyin", "xiaohongshu"] {
        let link = links.iter().find(|l| l.key == key).unwrap();
        assert!(link.has_app, "{key}");
        assert!(
            go(&site, link).html.contains(r#"<main id="m" data-app>"#),
            "{key}"
        );
        assert!(hub.contains(&format!(r#"data-go="go/{key}/""#)), "{key}");
    }
    let taobao = links.iter().find(|l| l.key == "taobao_shop").unwrap();
    assert!(
        taobao.ios.is_none() && taobao.android.is_none(),
        "a short link gives no app link"
    );
    assert!(
        hub.contains(r#"data-app="" data-go="go/taobao_shop/""#),
        "{hub}"
    );
    let plain = links.iter().find(|l| l.key == "link").unwrap();
    assert!(!plain.has_app);
    assert!(go(&site, plain).html.contains(r#"<main id="m">"#));
}

#[test]
fn hub_structure() {
    let (profile, links) = parse(XIAOMAN);
    let site = view(&profile, &links, Some("avatar-3f2a1b.png"));
    let html = hub(&site).html;
    assert_eq!(html.matches("<h1").count(), 1);
    assert!(html.starts_with("<!doctype html>\n<html lang=\"zh-Hans\">"));
    // Ungrouped accounts first (where the first one is), then groups in order.
    let headings: Vec<&str> = html
        .split(r#"<h2 class="g">"#)
        .skip(1)
        .map(|s| &s[..s.find("</h2>").unwrap()])
        .collect();
    assert_eq!(headings, ["视频与图文", "店铺", "联系"]);
    assert!(html.find("p-wechat").unwrap() < html.find("视频与图文</h2>").unwrap());
    // Zhihu has no group: it joins the ungrouped section at the top.
    assert!(html.find("p-zhihu").unwrap() < html.find("视频与图文</h2>").unwrap());
    // Every account has its QR code one tap away (but a WeChat account without the
    // creator's code: a code of its own page would lead nowhere), and every link is `rel=me`.
    for link in &links {
        assert_eq!(
            html.contains(&format!(r#"<img src="qr/{}.png""#, link.key)),
            link.qr_given || !link.wechat_only,
            "{}",
            link.key
        );
        if let Some(web) = &link.web {
            let escaped = web.replace('&', "&#38;");
            assert!(
                html.contains(&format!(r#"href="{escaped}" rel="me noopener""#)),
                "{}",
                link.key
            );
        }
    }
    // Copy and share buttons wait for JS.
    for button in html.split("<button").skip(1) {
        assert!(
            button[..button.find('>').unwrap()].contains(" hidden"),
            "{button}"
        );
    }
    assert!(html.contains(r#"<img class="av" src="avatar-3f2a1b.png""#));
    assert!(html.contains(
        r#"<meta property="og:image" content="https://xiaoman.example.com/avatar-3f2a1b.png">"#
    ));
    assert!(html.contains(r#"<link rel="canonical" href="https://xiaoman.example.com/">"#));
    assert!(html.contains(r#"<meta name="description" content="插画师 · 上海">"#));
    assert!(html.contains(
        r#"<a href="https://beian.miit.gov.cn/" rel="noopener">沪ICP备2023012345号-1</a>"#
    ));
    assert!(html.contains(
        r#"<a href="https://beian.mps.gov.cn/" rel="noopener">沪公网安备31010402000001号</a>"#
    ));
    assert!(html.contains(r#"<img src="qr/site.png""#));
    // One symbol per platform, even with two WeChat accounts.
    assert_eq!(html.matches(r#"<symbol id="i-wechat""#).count(), 1);
    assert!(
        !html.contains(r#"<symbol id="i-wechat_oa""#),
        "one symbol per distinct icon"
    );
    assert_eq!(html.matches(r##"<use href="#i-wechat"/>"##).count(), 2);
    // One label colour: white on WeChat's green too, the green darkened to read at AA.
    let rule = html.split(".p-wechat{").nth(1).unwrap();
    let rule = rule.split('}').next().unwrap();
    let (b, f) = rule
        .strip_prefix("--b:")
        .unwrap()
        .split_once(";--f:")
        .unwrap();
    assert_eq!(f, "#ffffff", "{rule}");
    assert!(
        color::contrast(Rgb::parse(b).unwrap(), color::WHITE) >= 4.5,
        "{rule}"
    );
    assert!(html.contains(r#"<body class="s-brand">"#));

    let ld: serde_json::Value = serde_json::from_str(json_ld_block(&html)).unwrap();
    assert_eq!(ld["@type"], "Person");
    assert_eq!(ld["url"], "https://xiaoman.example.com/");
    assert_eq!(ld["image"], "https://xiaoman.example.com/avatar-3f2a1b.png");
    let same_as = Vec::<&str>::deserialize(&ld["sameAs"]).unwrap();
    assert!(
        same_as.contains(&"https://space.bilibili.com/12345678"),
        "{same_as:?}"
    );
    assert!(same_as.iter().all(|u| u.starts_with("http")), "{same_as:?}");
    assert!(!same_as.iter().any(|u| u.contains("mailto")), "{same_as:?}");
}

#[test]
fn description_falls_back_to_the_bio_then_the_name() {
    let (profile, links) = parse(
        "name: Ann\nbase_url: https://a.example/\nlang: en\nbio: |\n  I *draw* things.\n  Second line.\naccounts:\n  - platform: github\n    id: octocat\n",
    );
    let html = hub(&view(&profile, &links, None)).html;
    assert!(
        html.contains(r#"<meta name="description" content="I draw things.">"#),
        "{html}"
    );
    assert!(!html.contains("og:image"));

    let (profile, links) = parse(
        "name: Ann\nbase_url: https://a.example/\nlang: en\naccounts:\n  - platform: github\n    id: octocat\n",
    );
    let html = hub(&view(&profile, &links, None)).html;
    assert!(
        html.contains("content=\"Ann’s accounts and contacts\""),
        "{html}"
    );
    assert!(!html.contains("<footer"), "no filing, no footer");
}

#[test]
fn interface_language_follows_lang() {
    let cases = [
        (
            "zh-Hans",
            "lang=\"zh-Hans\"",
            "复制",
            "继续访问网页",
            "页面不存在",
        ),
        (
            "zh-Hant",
            "lang=\"zh-Hant\"",
            "複製",
            "繼續前往網頁",
            "找不到頁面",
        ),
        (
            "en",
            "lang=\"en\"",
            "Copy",
            "Continue to the website",
            "Page not found",
        ),
    ];
    for (lang, attr, copy, web, missing) in cases {
        let yaml = XIAOMAN.replace("lang: zh-Hans", &format!("lang: {lang}"));
        let (profile, links) = parse(&yaml);
        let site = view(&profile, &links, None);
        let hub = hub(&site).html;
        assert!(hub.contains(attr), "{lang}");
        assert!(hub.contains(&format!(">{copy}</button>")), "{lang}");
        let bilibili = links.iter().find(|l| l.key == "bilibili").unwrap();
        assert!(go(&site, bilibili).html.contains(web), "{lang}");
        assert!(not_found(&site).html.contains(missing), "{lang}");
        for (other, ..) in cases.iter().filter(|c| c.0 != lang) {
            let other_copy = cases.iter().find(|c| c.0 == *other).unwrap().2;
            assert!(
                !hub.contains(&format!(">{other_copy}</button>")),
                "{lang} has {other}"
            );
        }
    }
}

#[test]
fn theme_mode_and_accent_reach_the_css() {
    let (profile, links) = parse(XIAOMAN);
    let html = hub(&view(&profile, &links, None)).html;
    assert!(html.contains("color-scheme:light dark"));
    assert!(html.contains("@media(prefers-color-scheme:dark)"));
    for (mode, has, lacks) in [
        ("light", "color-scheme:light;", "prefers-color-scheme"),
        ("dark", "color-scheme:dark;", "prefers-color-scheme"),
    ] {
        let (profile, links) = parse(&XIAOMAN.replace("mode: auto", &format!("mode: {mode}")));
        let html = hub(&view(&profile, &links, None)).html;
        assert!(html.contains(has) && !html.contains(lacks), "{mode}");
    }
    // #e4572e on the light page is 3.4:1: darkened until it reads at 4.5:1.
    let css = theme::root_css(&profile, accent(&profile));
    let a = css.split("--a:").nth(1).unwrap();
    let a = Rgb::parse(&a[..7]).unwrap();
    assert_ne!(a.hex(), "#e4572e");
    assert!(color::contrast(a, Rgb::parse(theme::LIGHT.bg).unwrap()) >= 4.5);
}

#[test]
fn not_found_links_home_absolutely_and_loads_its_icon_from_its_own_host() {
    let (profile, links) = parse(XIAOMAN);
    let html = not_found(&view(&profile, &links, None)).html;
    assert!(
        html.contains(r#"href="https://xiaoman.example.com/">前往林小满的主页</a>"#),
        "{html}"
    );
    // Served at any missing path, on whatever host serves the site (a preview
    // deployment too): an icon on base_url's host would be a CSP violation there.
    assert!(
        html.contains(r#"<link rel="icon" href="/favicon.svg""#),
        "{html}"
    );
    for href in html.split("href=\"").skip(1) {
        assert!(
            href.starts_with("https://xiaoman.example.com/") || href.starts_with("/favicon.svg"),
            "{href}"
        );
    }

    let yaml = XIAOMAN.replace(
        "https://xiaoman.example.com/",
        "https://user.example.io/xiaoman/",
    );
    let (profile, links) = parse(&yaml);
    let html = not_found(&view(&profile, &links, None)).html;
    assert!(
        html.contains(r#"<link rel="icon" href="/xiaoman/favicon.svg""#),
        "{html}"
    );
}

#[test]
fn pages_are_deterministic() {
    let (profile, links) = parse(XIAOMAN);
    let site = view(&profile, &links, Some("avatar-3f2a1b.png"));
    assert_eq!(pages(&site), pages(&site));
    assert_eq!(favicon(&site), favicon(&site));
}

#[test]
fn favicon_is_the_initial_on_the_accent() {
    let (profile, links) = parse(XIAOMAN);
    let icon = favicon(&view(&profile, &links, None));
    assert!(
        icon.starts_with(r#"<svg xmlns="http://www.w3.org/2000/svg""#),
        "{icon}"
    );
    assert!(icon.contains(r##"fill="#e4572e""##), "{icon}");
    assert!(icon.contains(">林</text>"), "{icon}");
    let (profile, links) = parse(
        "name: ann\nbase_url: https://a.example/\naccounts:\n  - platform: github\n    id: octocat\n",
    );
    assert!(favicon(&view(&profile, &links, None)).contains(">A</text>"));
}

#[test]
fn pages_fit_their_budgets() {
    let (profile, links) = parse(XIAOMAN);
    assert_eq!(links.len(), 12);
    let site = view(&profile, &links, Some("avatar-3f2a1b.png"));
    let hub = hub(&site).html;
    let hub_gz = gzipped(hub.as_bytes());
    assert!(hub_gz <= 14 * 1024, "hub: {hub_gz} bytes gzipped");
    for link in &links {
        let page = go(&site, link).html;
        let gz = gzipped(page.as_bytes());
        assert!(gz <= 4 * 1024, "go/{}: {gz} bytes gzipped", link.key);
    }
}

#[test]
fn compact_drops_comments_blank_lines_and_indentation() {
    assert_eq!(
        compact("/* a\n b */\n  x{y:z}\n\n\t/* c */w /* d */v\n"),
        "x{y:z}\nw v\n"
    );
    for (name, text) in [
        ("hub.js", &HUB_JS.js),
        ("go.js", &GO_JS.js),
        ("hub.css", &*HUB_CSS),
        ("go.css", &*PAGE_CSS),
    ] {
        assert!(!text.contains("/*") && !text.contains("*/"), "{name}");
        assert!(!text.contains("\n\n") && !text.contains("\n "), "{name}");
    }
}

/// The names of the elements of a page, in order (what a hostile string must not change).
fn tag_names(html: &str) -> Vec<String> {
    let skeleton = markup_skeleton(html);
    let tag = regex_lite::Regex::new(r"<(/?[A-Za-z][A-Za-z0-9-]*)").unwrap();
    tag.captures_iter(&skeleton)
        .map(|c| c[1].to_owned())
        .collect()
}

fn profile_with(text: &str) -> String {
    let q = crate::escape::yaml_quoted(text, |_| false);
    format!(
        "name: {q}\ntagline: {q}\nbase_url: https://x.example/\naccounts:\n  - platform: bilibili\n    id: \"1\"\n    label: {q}\n    note: {q}\n    group: {q}\n    qr: {q}\n  - platform: wechat\n    id: wx_abcdef\n    note: {q}\nfiling:\n  icp: {q}\n  police: {q}\n"
    )
}

proptest::proptest! {
    #![proptest_config(proptest::prelude::ProptestConfig::with_cases(64))]

    /// Whatever text goes into the profile's text fields, every page keeps exactly the
    /// elements it has with harmless text, and the text shows up as text.
    #[test]
    fn hostile_text_never_becomes_markup(
        text in r#"[a-z<>&"'/=`!\-\[\]{}()*#@:; 林]{0,12}(</script>|</style>|<!--|-->|<img src=x onerror=alert(1)>|javascript:|"><b>|&amp;|\\u2028)?[<>&"' a-z]{0,8}"#
    ) {
        let text = text.trim();
        proptest::prop_assume!(!text.is_empty());
        let (benign, benign_links) = parse(&profile_with("x"));
        let (hostile, hostile_links) = parse(&profile_with(text));
        let benign_view = view(&benign, &benign_links, None);
        let hostile_view = view(&hostile, &hostile_links, None);
        for ((name, a), (_, b)) in pages(&benign_view).into_iter().zip(pages(&hostile_view)) {
            proptest::prop_assert_eq!(tag_names(&a.html), tag_names(&b.html), "{} with {:?}", name, text);
            proptest::prop_assert!(unescape(&b.html).contains(text), "{} does not show {:?}", name, text);
        }
        let ld = json_ld_block(&hub(&hostile_view).html).to_owned();
        let value: serde_json::Value = serde_json::from_str(&ld).expect("JSON-LD stays valid JSON");
        proptest::prop_assert_eq!(value["name"].as_str(), Some(text));
    }
}
