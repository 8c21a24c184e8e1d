//! Links are only what they claim. Property tests over URLs and ids: no input yields a
//! `javascript:`, `data:`, `vbscript:` or protocol-relative link on any page; a
//! platform's button never leads off that platform's hosts, whatever tricks the `url`
//! plays (look-alike hosts, paths and user names that name the platform, homographs,
//! uppercase, trailing dots, ports, backslashes, percent-encoding); ids only ever fill
//! their platform's templates; Markdown links in the bio are http(s) or mailto.
//!
//! Every URL is read back the way a browser reads it: the `url` crate implements the
//! WHATWG URL standard, and the page is parsed by html5ever first, so entity-encoded
//! attribute values are decoded as a browser decodes them.

mod common;

use std::collections::BTreeMap;

use common::html::{self, Doc};
use common::site::{self, yaml_quoted};
use hutong::platforms::{self, Kind, Platform};
use hutong::profile;
use proptest::prelude::*;

/// Whether `host` is `domain` or below it, checked independently of hutong's own
/// `host_in_domain`: lowercase, at most one trailing dot.
fn on_domain(host: &str, domain: &str) -> bool {
    let host = host.to_ascii_lowercase();
    let host = host.strip_suffix('.').unwrap_or(&host);
    host == domain || host.ends_with(&format!(".{domain}"))
}

/// The attributes of the pages that hold URLs a visitor's browser follows or loads.
const URL_ATTRIBUTES: &[&str] = &["href", "src", "action", "formaction", "data-go", "data-c"];

/// A URL attribute as the browser sees it: leading and trailing C0 controls and spaces
/// trimmed, tabs and newlines removed (WHATWG URL parsing), lowercase.
fn as_browser_sees(value: &str) -> String {
    value
        .trim_matches(|c: char| c <= ' ')
        .chars()
        .filter(|c| !matches!(c, '\t' | '\n' | '\r'))
        .collect::<String>()
        .to_ascii_lowercase()
}

/// No URL attribute on any page is script, data, vbscript or protocol-relative; every
/// absolute one parses as a URL.
fn check_no_dangerous_links(path: &str, doc: &Doc) -> Result<(), TestCaseError> {
    let mut values: Vec<(&str, &str, &str)> = doc
        .attributes()
        .into_iter()
        .filter(|(_, attr, _)| URL_ATTRIBUTES.contains(attr))
        .collect();
    for meta in doc.elements("meta") {
        if matches!(meta.attr("property"), Some("og:url" | "og:image"))
            && let Some(content) = meta.attr("content")
        {
            values.push(("meta", "content", content));
        }
    }
    for (element, attr, value) in values {
        let seen = as_browser_sees(value);
        for bad in ["javascript:", "data:", "vbscript:", "file:", "blob:"] {
            prop_assert!(
                !seen.starts_with(bad),
                "{path}: <{element} {attr}={value:?}>"
            );
        }
        for bad in ["//", "\\\\", "/\\", "\\/"] {
            prop_assert!(
                !seen.starts_with(bad),
                "{path}: protocol-relative <{element} {attr}={value:?}>"
            );
        }
    }
    Ok(())
}

/// Every page of a built site, parsed.
fn parsed_pages(files: &BTreeMap<String, Vec<u8>>) -> Vec<(String, Doc)> {
    site::pages(files)
        .into_iter()
        .map(|(path, html)| {
            let doc = html::parse(&html);
            (path, doc)
        })
        .collect()
}

/// Every URL that an account's button, redirect page or app-link fallback leads to on
/// the web, from the built pages: the hub's `.p-<id>` buttons, the redirect pages'
/// "continue on the web" links and the Android intents' browser fallbacks.
fn account_targets(docs: &[(String, Doc)]) -> Vec<String> {
    let mut out = Vec::new();
    for (path, doc) in docs {
        for node in doc.all() {
            let Some(href) = node.attr("href") else {
                continue;
            };
            let on_hub_button = path == "index.html" && node.has_class("b");
            let on_go_page = path.starts_with("go/") && node.attr("id") == Some("w");
            if on_hub_button || on_go_page {
                out.push(href.to_owned());
            }
            if let Some(rest) = href.strip_prefix("intent:")
                && let Some(fallback) = rest
                    .split(';')
                    .find_map(|part| part.strip_prefix("S.browser_fallback_url="))
            {
                let decoded: String =
                    url::form_urlencoded::parse(format!("u={fallback}").as_bytes())
                        .map(|(_, v)| v.into_owned())
                        .collect();
                out.push(decoded);
            }
        }
    }
    out
}

/// The account's targets are http(s) URLs on one of the platform's hosts.
fn check_targets(p: &Platform, targets: &[String], input: &str) -> Result<(), TestCaseError> {
    for target in targets {
        let url = url::Url::parse(target)
            .map_err(|e| TestCaseError::fail(format!("{target:?} ({e}) from {input:?}")))?;
        prop_assert!(
            matches!(url.scheme(), "http" | "https"),
            "{}: {} from {:?}",
            p.id,
            target,
            input
        );
        let host = url.host_str().unwrap_or("");
        prop_assert!(
            url.username().is_empty() && url.password().is_none(),
            "{}: user name in {} from {:?}",
            p.id,
            target,
            input
        );
        if !p.hosts.is_empty() {
            prop_assert!(
                p.hosts.iter().any(|d| on_domain(host, d)),
                "{} button leads to {} ({}) from {:?}",
                p.id,
                host,
                target,
                input
            );
        }
    }
    Ok(())
}

/// Platforms whose accounts may carry a `url` on their own hosts.
fn hosted() -> Vec<&'static Platform> {
    platforms::all()
        .iter()
        .filter(|p| !p.hosts.is_empty())
        .collect()
}

const SCHEMES: &[&str] = &[
    "https://",
    "http://",
    "HTTPS://",
    "HtTp://",
    "https:",
    "https:/",
    "https:\\\\",
    "https:///",
    " https://",
    "\thttps://",
    "//",
    "\\\\",
    "/\\",
    "javascript:alert(1)//",
    "JavaScript://",
    "java\tscript://",
    "data:text/html,",
    "vbscript:",
    "ftp://",
    "file://",
    "mailto:",
    "intent://",
    "",
];

/// Host shapes around a platform domain `d`: the domain and subdomains of it, and
/// every trick that puts `d` somewhere a careless check would see it.
fn host_tricks(d: &'static str) -> BoxedStrategy<String> {
    let homograph = d
        .replacen('a', "\u{0430}", 1)
        .replacen('o', "\u{043E}", 1)
        .replacen('i', "\u{0456}", 1);
    let fullwidth: String = d
        .chars()
        .map(|c| match c {
            'a'..='z' => char::from_u32(c as u32 - 'a' as u32 + 0xFF41).unwrap(),
            c => c,
        })
        .collect();
    prop_oneof![
        Just(d.to_owned()),
        Just(format!("www.{d}")),
        Just(format!("space.{d}")),
        Just(d.to_uppercase()),
        Just(format!("{d}.")),
        Just(format!("{d}..")),
        Just(format!("{d}:8443")),
        Just(format!("{d}:0")),
        Just(format!("{d}.evil.example")),
        Just(format!("{d}.evil.example.")),
        Just(format!("evil-{d}")),
        Just(format!("evil{d}")),
        Just(format!("{d}-evil.example")),
        Just(format!("{d}@evil.example")),
        Just(format!("{d}:443@evil.example")),
        Just(format!("evil.example@{d}")),
        Just(format!("evil.example\\@{d}")),
        Just(format!("evil.example%2f@{d}")),
        Just(format!("evil.example%40{d}")),
        Just(format!("{d}%2eevil.example")),
        Just(format!("{d}%00.evil.example")),
        Just(format!("{d}\t.evil.example")),
        Just(format!("{d}\\.evil.example")),
        Just(format!("{d}/.evil.example")),
        Just(format!("{d}#.evil.example")),
        Just(format!("{d}?.evil.example")),
        Just(format!("{d}\u{3002}evil.example")),
        Just(format!("{d}\u{FF0E}evil.example")),
        Just(homograph),
        Just(fullwidth),
        Just(format!("xn--{d}")),
        Just("evil.example".to_owned()),
        Just("127.0.0.1".to_owned()),
        Just("0x7f.1".to_owned()),
        Just("[::1]".to_owned()),
        Just(String::new()),
    ]
    .boxed()
}

const PATHS: &[&str] = &[
    "",
    "/",
    "/12345678",
    "/@evil.example",
    "/@evil.example/",
    "//evil.example/",
    "/\\evil.example/",
    "/%2e%2e/%2e%2e/",
    "/../../evil",
    "?next=https://evil.example/",
    "?@evil.example",
    "#@evil.example",
    "/<script>",
    "/\"onmouseover=\"x",
    "/%0d%0aSet-Cookie:x",
    "/ spaces /",
];

fn url_for(p: &'static Platform) -> BoxedStrategy<String> {
    let domain = prop::sample::select(p.hosts.to_vec());
    (
        prop::sample::select(SCHEMES),
        domain.prop_flat_map(host_tricks),
        prop::sample::select(PATHS),
    )
        .prop_map(|(s, h, path)| format!("{s}{h}{path}"))
        .boxed()
}

fn platform_and_url() -> impl Strategy<Value = (&'static Platform, String)> {
    prop::sample::select(hosted()).prop_flat_map(|p| (Just(p), url_for(p)))
}

fn account_yaml(platform: Option<&str>, url: Option<&str>, id: Option<&str>) -> String {
    let mut out = String::from("name: x\nbase_url: https://x.example/\naccounts:\n  - ");
    let mut fields = Vec::new();
    if let Some(p) = platform {
        fields.push(format!("platform: {p}"));
    }
    if let Some(u) = url {
        fields.push(format!("url: {}", yaml_quoted(u)));
    }
    if let Some(i) = id {
        fields.push(format!("id: {}", yaml_quoted(i)));
    }
    out.push_str(&fields.join("\n    "));
    out.push('\n');
    out
}

/// Builds `yaml` when the profile accepts it; checks the pages and the account's targets.
fn check_account(yaml: &str, input: &str) -> Result<Option<&'static Platform>, TestCaseError> {
    let parsed = profile::parse(yaml);
    let Some(profile) = parsed.profile else {
        let errors: Vec<_> = parsed.errors().collect();
        prop_assert!(!errors.is_empty());
        for d in errors {
            prop_assert!(d.at.is_some() && d.hint.is_some(), "{:?}", d);
        }
        return Ok(None);
    };
    let p = profile.accounts[0].platform;
    let files = site::generate(yaml);
    let docs = parsed_pages(&files);
    for (path, doc) in &docs {
        check_no_dangerous_links(path, doc)?;
    }
    match p.kind {
        Kind::Link => {}
        Kind::Contact => {
            for target in account_targets(&docs) {
                let scheme = target.split(':').next().unwrap_or("");
                prop_assert!(matches!(scheme, "mailto" | "tel"), "{}: {}", p.id, target);
            }
        }
        _ => check_targets(p, &account_targets(&docs), input)?,
    }
    Ok(Some(p))
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 512, failure_persistence: None, ..ProptestConfig::default() })]

    /// `platform: P` with a tricky `url`: refused with an error, or every button of the
    /// account leads to one of P's hosts.
    #[test]
    fn a_platform_url_never_leads_off_the_platform((p, url) in platform_and_url()) {
        check_account(&account_yaml(Some(p.id), Some(&url), None), &url)?;
    }

    /// A `url` alone: whatever platform it is recognised as, its buttons stay on that
    /// platform's hosts; `platform: link` takes any host but still only http(s).
    #[test]
    fn a_recognised_url_stays_on_the_platform_it_is_shown_as((_p, url) in platform_and_url()) {
        check_account(&account_yaml(None, Some(&url), None), &url)?;
        check_account(&account_yaml(Some("link"), Some(&url), None), &url)?;
    }
}

/// Ids built from each form's own pattern, then spoiled with pieces that would change a
/// URL's meaning if they reached a template unencoded.
fn platform_and_id() -> impl Strategy<Value = (&'static Platform, String)> {
    let forms: Vec<(&'static Platform, usize)> = platforms::all()
        .iter()
        .flat_map(|p| (0..p.forms.len()).map(move |i| (p, i)))
        .collect();
    prop::sample::select(forms).prop_flat_map(|(p, i)| {
        let pattern = p.forms[i].pattern;
        let inner = pattern
            .strip_prefix('^')
            .unwrap_or(pattern)
            .strip_suffix('$')
            .unwrap_or(pattern);
        let valid =
            proptest::string::string_regex(inner).expect("registry patterns are proptest regexes");
        let spoil = prop::sample::select(vec![
            "",
            "",
            "",
            "@evil.example",
            "/../evil",
            "?x=1",
            "#x",
            "%2F",
            "\"",
            "<",
            " ",
            "javascript:",
            ":",
            "//evil.example",
            "\\",
            ".evil.example",
            "\u{202E}",
            "%",
        ]);
        (Just(p), valid, spoil.clone(), spoil)
            .prop_map(|(p, id, before, after)| (p, format!("{before}{id}{after}")))
    })
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 512, failure_persistence: None, ..ProptestConfig::default() })]

    /// An id fills only its own platform's templates: the web link stays on the
    /// platform's hosts (for Mastodon, on the instance the id names), and app links keep
    /// their template's scheme.
    #[test]
    fn an_id_never_makes_a_link_off_its_platform((p, id) in platform_and_id()) {
        if p.kind == Kind::Link {
            return Ok(());
        }
        let yaml = account_yaml(Some(p.id), None, Some(&id));
        let Some(_) = check_account(&yaml, &id)? else {
            return Ok(());
        };
        let profile = profile::parse(&yaml).profile.unwrap();
        let links = hutong::links::resolve(&profile);
        let link = &links[0];
        if let Some(web) = &link.web {
            let url = url::Url::parse(web).map_err(|e| TestCaseError::fail(format!("{web}: {e}")))?;
            match p.kind {
                Kind::Contact => prop_assert!(matches!(url.scheme(), "mailto" | "tel"), "{}", web),
                _ => prop_assert!(matches!(url.scheme(), "http" | "https"), "{}", web),
            }
            if p.id == "mastodon" {
                // The id as read: full-width forms (`ｘ`, `＠`) are taken as ASCII.
                let id = profile.accounts[0].id.clone().unwrap_or_default();
                let instance = id.trim().rsplit('@').next().unwrap().to_ascii_lowercase();
                prop_assert_eq!(url.host_str(), Some(instance.as_str()), "{}", web);
            } else if !p.hosts.is_empty() {
                let host = url.host_str().unwrap_or("");
                prop_assert!(p.hosts.iter().any(|d| on_domain(host, d)), "{} from id {:?}", web, id);
            }
        }
        for (app, template) in [
            (&link.ios, p.forms.iter().find_map(|f| f.ios)),
            (&link.android, p.forms.iter().find_map(|f| f.android)),
        ] {
            let (Some(app), Some(template)) = (app, template) else { continue };
            let scheme = template.split(':').next().unwrap();
            let made = app.split(':').next().unwrap();
            prop_assert!(made == scheme || made == "intent", "{} from {}", app, template);
            prop_assert!(!as_browser_sees(app).starts_with("javascript"), "{}", app);
        }
    }
}

/// The tricks the issue names, one by one, with what must come of them.
#[test]
fn the_named_tricks_are_refused() {
    for url in [
        "https://bilibili.com.evil.example/12345678",
        "https://evil.example/space.bilibili.com",
        "https://space.bilibili.com@evil.example/",
        "https://space.bilibili.com:443@evil.example/",
        "https://evil.example\\@space.bilibili.com/",
        "https://bili\u{0431}ili.com/12345678",
        "https://xn--bilibli-7ve.com/12345678",
        "https://bilibili.com../12345678",
        "https://bilibili.com%2eevil.example/",
        "javascript:alert(1)//space.bilibili.com/1",
        "//space.bilibili.com/12345678",
        "data:text/html,space.bilibili.com",
        "vbscript:space.bilibili.com",
    ] {
        let yaml = account_yaml(Some("bilibili"), Some(url), None);
        let parsed = profile::parse(&yaml);
        assert!(parsed.profile.is_none(), "{url} was accepted");
        let yaml = account_yaml(None, Some(url), None);
        if let Some(profile) = profile::parse(&yaml).profile {
            assert_ne!(profile.accounts[0].platform.id, "bilibili", "{url}");
        }
    }
    // The same host in other spellings is the same host: accepted, and shown as it is.
    for (url, shown) in [
        (
            "HTTPS://SPACE.BILIBILI.COM/12345678",
            "https://space.bilibili.com/12345678",
        ),
        (
            "https://space.bilibili.com./12345678",
            "https://space.bilibili.com./12345678",
        ),
        (
            "https://space.bilibili.com:8443/12345678",
            "https://space.bilibili.com:8443/12345678",
        ),
        (
            "https://\u{FF53}pace.bilibili.com/12345678",
            "https://space.bilibili.com/12345678",
        ),
    ] {
        let yaml = account_yaml(Some("bilibili"), Some(url), None);
        let profile = profile::parse(&yaml)
            .profile
            .unwrap_or_else(|| panic!("{url}"));
        let links = hutong::links::resolve(&profile);
        assert_eq!(links[0].web.as_deref(), Some(shown), "{url}");
    }
}

/// A WeChat Channels account (no web page, so no hosts in the registry) used to take
/// a `url` on any host, and its 视频号 button then led there.
#[test]
fn platforms_without_a_web_page_take_no_url() {
    for p in platforms::all()
        .iter()
        .filter(|p| p.hosts.is_empty() && !matches!(p.kind, Kind::Link | Kind::Profile))
    {
        let yaml = account_yaml(Some(p.id), Some("https://evil.example/phish"), None);
        let parsed = profile::parse(&yaml);
        assert!(parsed.profile.is_none(), "{} took a url", p.id);
        let d = parsed.errors().next().unwrap();
        assert!(d.message.contains("evil.example"), "{d:?}");
        assert!(!d.hint.as_deref().unwrap().contains(" on ;"), "{d:?}");
    }
}

fn bio_link() -> impl Strategy<Value = String> {
    let scheme = prop::sample::select(vec![
        "https://",
        "http://",
        "mailto:",
        "HTTPS://",
        "javascript:",
        "JAVASCRIPT:",
        "java\tscript:",
        "&#106;avascript:",
        "&#x6A;avascript:",
        "javascript&colon;",
        "data:",
        "vbscript:",
        "//",
        "\\\\",
        "/\\",
        " javascript:",
        "\u{1}javascript:",
        "jav&#x0A;ascript:",
        "",
        "ftp://",
        "file:///",
        "tel:",
        "intent://",
        "%6Aavascript:",
        "ja\\vascript:",
    ]);
    let rest = prop::sample::select(vec![
        "alert(1)",
        "evil.example/",
        "x@y.example",
        "ok.example/a b",
        "ok.example/(x)",
        "ok.example/<x>",
        "\"onmouseover=x",
        "",
        "%0a%0d",
        "ok.example/?a=1&b=2",
    ]);
    let shape = prop::sample::select(vec![0usize, 1, 2, 3, 4, 5]);
    (scheme, rest, shape).prop_map(|(s, r, shape)| {
        let dest = format!("{s}{r}");
        match shape {
            0 => format!("[x]({dest})"),
            1 => format!("[x](<{dest}>)"),
            2 => format!("<{dest}>"),
            3 => format!("[x][r]\n\n[r]: {dest}\n"),
            4 => format!("[x]({dest} \"t\")"),
            _ => format!("[![a]({dest})]({dest})"),
        }
    })
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 512, failure_persistence: None, ..ProptestConfig::default() })]

    /// Markdown links in the bio, in every link syntax: only http(s) and mailto stay
    /// links; anything else is shown as text.
    #[test]
    fn bio_links_are_http_https_or_mailto(links in prop::collection::vec(bio_link(), 1..4)) {
        let bio = links.join(" ");
        let yaml = format!(
            "name: x\nbase_url: https://x.example/\nbio: {}\naccounts:\n  - platform: bilibili\n    id: \"1\"\n",
            yaml_quoted(&bio)
        );
        if profile::parse(&yaml).profile.is_none() {
            return Ok(()); // a control character: refused, as hardening_text checks
        }
        let files = site::generate(&yaml);
        let doc = html::parse(std::str::from_utf8(&files["index.html"]).unwrap());
        check_no_dangerous_links("index.html", &doc)?;
        if let Some(div) = doc.find("div", "bio") {
            let mut nodes = Vec::new();
            div.walk(&mut nodes);
            for node in nodes {
                if let Some(href) = node.attr("href") {
                    let url = url::Url::parse(href)
                        .map_err(|e| TestCaseError::fail(format!("{href:?}: {e} from {bio:?}")))?;
                    prop_assert!(
                        matches!(url.scheme(), "http" | "https" | "mailto"),
                        "{:?} from {:?}",
                        href,
                        bio
                    );
                }
                prop_assert!(node.attr("src").is_none(), "{:?}", node);
            }
        }
    }
}

/// The example sites: no dangerous link on any page, every account on its platform.
#[test]
fn the_example_sites_link_only_where_they_claim() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("sites");
    for slug in ["xiaoman", "alex-dev"] {
        let yaml = std::fs::read_to_string(root.join(slug).join("site.yaml")).unwrap();
        let profile = profile::parse(&yaml).profile.unwrap();
        let mut timings = hutong::build::Timings::default();
        let generated = hutong::build::generate(
            &profile::load(&root.join(slug)).assets,
            &profile,
            &mut timings,
        )
        .unwrap();
        let files: BTreeMap<String, Vec<u8>> = generated
            .files
            .into_iter()
            .map(|f| (f.path, f.bytes))
            .collect();
        let docs = parsed_pages(&files);
        for (path, doc) in &docs {
            check_no_dangerous_links(path, doc).unwrap();
        }
        for link in hutong::links::resolve(&profile) {
            let p = link.platform;
            if p.kind == Kind::Link || p.hosts.is_empty() {
                continue;
            }
            let on_page: Vec<(String, Doc)> = docs
                .iter()
                .filter(|(path, _)| *path == format!("go/{}/index.html", link.key))
                .map(|(path, _)| {
                    let html = String::from_utf8(files[path].clone()).unwrap();
                    (path.clone(), html::parse(&html))
                })
                .collect();
            check_targets(p, &account_targets(&on_page), &link.key).unwrap();
        }
    }
}
