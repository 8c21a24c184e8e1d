//! Hostile text never becomes markup. Arbitrary strings — markup, quotes, `</script>`,
//! comment ends, U+2028/2029, bidi controls, NUL, escaped lone surrogates — go into
//! every text field of a profile (name, tagline, bio, label, note, group, qr, filing);
//! every page of the built site is parsed with an HTML5 parser (html5ever, the tree
//! rules browsers follow) and must have exactly the elements and attributes it has with
//! harmless text, show the text as text, and keep its JSON-LD valid JSON. Text the
//! profile refuses (controls, line breaks in one-line fields, lone surrogates) must be
//! an error with a position, never a panic.

mod common;

use std::collections::BTreeMap;
use std::sync::LazyLock;

use common::assert_contains;
use common::html::{self, Doc, Node, collapse};
use common::site::{self, yaml_quoted};
use hutong::diagnostic::Diagnostic;
use hutong::profile;
use proptest::prelude::*;

/// Pieces that have broken HTML generators before, or that a careless one would let
/// through: markup, attribute breakers, raw-text and comment ends, entities, template
/// syntax, line and paragraph separators, bidi and zero-width controls, NUL and other
/// controls, a BOM, noncharacters, astral characters.
const PIECES: &[&str] = &[
    "<",
    ">",
    "\"",
    "'",
    "&",
    "`",
    "=",
    "/",
    "\\",
    "</script>",
    "<script>alert(1)</script>",
    "</style>",
    "</title>",
    "</textarea>",
    "<plaintext>",
    "<!--",
    "-->",
    "--!>",
    "<![CDATA[",
    "]]>",
    "<svg onload=alert(1)>",
    "<math><mi>",
    "<img src=x onerror=alert(1)>",
    "\" onmouseover=\"alert(1)",
    "' onfocus='alert(1)",
    "\"><b>",
    "javascript:alert(1)",
    "&amp;",
    "&lt;script&gt;",
    "&#0;",
    "&#x3C;",
    "&quot",
    "{{ name }}",
    "{% if %}",
    "${x}",
    "\\u003c",
    "\u{2028}",
    "\u{2029}",
    "\u{202E}",
    "\u{202A}",
    "\u{2066}",
    "\u{2069}",
    "\u{200E}",
    "\u{200B}",
    "\u{061C}",
    "\u{FEFF}",
    "\u{FFFD}",
    "\u{FFFE}",
    "\u{1F600}",
    "\u{10FFFF}",
    "林小满",
    " ",
    "\t",
    "\u{3000}",
    "\u{00A0}",
    "\0",
    "\u{1B}[31m",
    "\u{7F}",
    "\u{85}",
    "\n",
    "\r",
];

/// One text of `list`.
fn one_of(list: &'static [&'static str]) -> impl Strategy<Value = String> {
    prop::sample::select(list).prop_map(str::to_owned)
}

/// A text of `count` pieces, one after the other.
fn pieces(
    piece: impl Strategy<Value = String>,
    count: std::ops::Range<usize>,
) -> impl Strategy<Value = String> {
    prop::collection::vec(piece, count).prop_map(|v| v.concat())
}

fn hostile() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        6 => one_of(PIECES),
        2 => any::<char>().prop_map(String::from),
        3 => "[a-zA-Z0-9 林]{1,4}",
    ];
    pieces(piece, 1..10).prop_map(|s| s.chars().take(60).collect())
}

/// Backslash before every ASCII punctuation character: CommonMark then shows the text
/// as it is, so the bio can be checked for the exact text like the other fields.
fn markdown_escaped(text: &str) -> String {
    let mut out = String::with_capacity(text.len() * 2);
    for c in text.chars() {
        if c.is_ascii_punctuation() {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

/// A profile with `text` in every text field, four accounts of the kinds the pages
/// show differently (a web profile, a WeChat-native account, a contact, a plain link).
fn profile_with(text: &str) -> String {
    let q = yaml_quoted(text);
    let bio = yaml_quoted(&markdown_escaped(text.trim()));
    format!(
        "name: {q}\ntagline: {q}\nbase_url: https://x.example/\nbio: {bio}\naccounts:\n  - platform: bilibili\n    id: \"12345678\"\n    label: {q}\n    note: {q}\n    group: {q}\n    qr: {q}\n  - platform: wechat\n    id: wx_abcdef\n    label: {q}\n    note: {q}\n    group: {q}\n    qr: {q}\n  - platform: email\n    id: a@b.example\n    label: {q}\n    note: {q}\n  - platform: link\n    url: https://shop.example/\n    label: {q}\n    note: {q}\nfiling:\n  icp: {q}\n  police: {q}\n"
    )
}

/// Whether the profile rules accept `text` in a one-line field: not blank, no line
/// break once trailing space is trimmed, no control character but the tab, no
/// noncharacter (U+FFFE, U+FDD0…).
fn accepted(text: &str) -> bool {
    !text.trim().is_empty()
        && !text.trim_end().contains(['\n', '\r'])
        && !text.chars().any(|c| {
            (c.is_control() && !matches!(c, '\n' | '\t' | '\r'))
                || (0xFDD0..=0xFDEF).contains(&(c as u32))
                || c as u32 & 0xFFFE == 0xFFFE
        })
}

/// Whether every character of `text` may appear in an XML document (XML 1.0 `Char`).
fn xml_chars(text: &str) -> bool {
    text.chars().all(|c| {
        matches!(c as u32, 0x9 | 0xA | 0xD | 0x20..=0xD7FF | 0xE000..=0xFFFD | 0x10000..=0x10FFFF)
    })
}

struct Built {
    files: BTreeMap<String, Vec<u8>>,
    docs: BTreeMap<String, Doc>,
}

fn build(text: &str) -> Built {
    let files = site::generate(&profile_with(text));
    let mut docs = BTreeMap::new();
    for (path, bytes) in &files {
        if path.ends_with(".html") || path.ends_with(".svg") {
            docs.insert(
                path.clone(),
                html::parse(std::str::from_utf8(bytes).unwrap()),
            );
        }
    }
    Built { files, docs }
}

static BENIGN: LazyLock<Built> = LazyLock::new(|| build("x"));

fn one<'a>(doc: &'a Doc, name: &str, class: &str) -> &'a Node {
    doc.find(name, class)
        .unwrap_or_else(|| panic!("no <{name} class={class}>"))
}

fn meta<'a>(doc: &'a Doc, key: &str, value: &str) -> &'a str {
    doc.elements("meta")
        .into_iter()
        .find(|m| m.attr(key) == Some(value))
        .and_then(|m| m.attr("content"))
        .unwrap_or_else(|| panic!("no <meta {key}={value}>"))
}

fn title(doc: &Doc) -> String {
    doc.elements("title")[0].text()
}

/// vCard property names after unfolding, in order.
fn vcard_properties(bytes: &[u8]) -> Vec<String> {
    let text = String::from_utf8(bytes.to_vec())
        .unwrap()
        .replace("\r\n ", "");
    text.split("\r\n")
        .filter(|l| !l.is_empty())
        .map(|l| l.split([':', ';']).next().unwrap_or_default().to_owned())
        .collect()
}

/// Checks every page and SVG of the site built with `text` against the benign one.
fn check_site(text: &str) -> Result<(), TestCaseError> {
    let t = text.trim();
    let built = build(text);
    let benign = &*BENIGN;
    prop_assert_eq!(
        built.docs.keys().collect::<Vec<_>>(),
        benign.docs.keys().collect::<Vec<_>>()
    );
    for (path, doc) in &built.docs {
        let base = &benign.docs[path];
        prop_assert_eq!(
            doc.skeleton(&|_| false),
            base.skeleton(&|_| false),
            "{} changed shape with {:?}",
            path,
            text
        );
        prop_assert_eq!(
            &doc.errors,
            &base.errors,
            "{} parse errors with {:?}",
            path,
            text
        );
        for (element, attr, _) in doc.attributes() {
            prop_assert!(
                !attr.starts_with("on"),
                "{path}: <{element} {attr}> with {text:?}"
            );
        }
    }

    let hub = &built.docs["index.html"];
    prop_assert_eq!(hub.elements("h1")[0].text(), t);
    prop_assert_eq!(title(hub), format!("{t} · {t}"));
    prop_assert_eq!(meta(hub, "name", "description"), t);
    prop_assert_eq!(meta(hub, "property", "og:title"), t);
    prop_assert_eq!(meta(hub, "property", "og:description"), t);
    prop_assert_eq!(one(hub, "p", "tg").text(), t);
    prop_assert_eq!(collapse(&one(hub, "div", "bio").text()), collapse(t));
    prop_assert_eq!(one(hub, "h2", "g").text(), t);
    let all = hub.all();
    let of_class = |name: &str, class: &str| -> Vec<String> {
        all.iter()
            .filter(|n| n.name() == Some(name) && n.has_class(class))
            .map(|n| n.text())
            .collect()
    };
    prop_assert_eq!(of_class("span", "l"), vec![t.to_owned(); 4]);
    prop_assert_eq!(of_class("span", "n"), vec![t.to_owned(); 4]);
    let footer: Vec<String> = hub.elements("footer")[0]
        .children()
        .iter()
        .map(Node::text)
        .collect();
    prop_assert_eq!(footer, vec![t.to_owned(); 2]);
    for img in hub.elements("img") {
        prop_assert!(img.attr("alt").is_some_and(|a| a.contains(t)), "{:?}", img);
    }
    for button in all
        .iter()
        .filter(|n| n.has_class("cp") && n.attr("data-c").is_some())
    {
        prop_assert!(button.attr("aria-label").is_some_and(|a| a.contains(t)));
    }
    // The JSON-LD as the page holds it, and as the parser saw it.
    let page = std::str::from_utf8(&built.files["index.html"]).unwrap();
    let raw = page
        .split_once(r#"<script type="application/ld+json">"#)
        .and_then(|(_, rest)| rest.split_once("</script>"))
        .expect("JSON-LD block")
        .0;
    let parsed = hub
        .elements("script")
        .into_iter()
        .find(|s| s.attr("type") == Some("application/ld+json"))
        .expect("JSON-LD")
        .text();
    prop_assert_eq!(parsed, raw);
    let ld: serde_json::Value = serde_json::from_str(raw)
        .map_err(|e| TestCaseError::fail(format!("JSON-LD is not JSON ({e}): {raw}")))?;
    prop_assert_eq!(ld["name"].as_str(), Some(t));
    prop_assert_eq!(ld["description"].as_str(), Some(t));

    for (path, doc) in built.docs.iter().filter(|(p, _)| p.starts_with("go/")) {
        // "<name>的<platform>": the name as typed, then the page's own words.
        let heading = doc.elements("h1")[0].text();
        prop_assert!(heading.starts_with(t), "{}: {:?}", path, heading);
        prop_assert_eq!(title(doc), heading, "{}", path);
        prop_assert_eq!(one(doc, "p", "n").text(), t, "{}", path);
        let code = doc
            .elements("img")
            .into_iter()
            .find(|i| i.attr("alt").is_some_and(|a| !a.is_empty()));
        prop_assert!(
            code.and_then(|i| i.attr("alt"))
                .is_some_and(|a| a.contains(t)),
            "{}",
            path
        );
    }
    let not_found = &built.docs["404.html"];
    let suffix = format!(" · {t}");
    prop_assert!(title(not_found).ends_with(&suffix), "{:?}", text);
    prop_assert!(one(not_found, "a", "bt").text().contains(t));
    // The print sheet names the creator on every card, as typed.
    let print = &built.docs["print/index.html"];
    prop_assert!(title(print).ends_with(&suffix), "{:?}", text);
    let names: Vec<String> = print
        .elements("p")
        .into_iter()
        .filter(|p| p.attr("class") == Some("nm"))
        .map(|p| p.text())
        .collect();
    prop_assert_eq!(
        names,
        vec![t.to_owned(); 4],
        "a card for each of the four accounts"
    );

    for key in ["bilibili", "wechat", "email", "link", "site"] {
        let svg = &built.docs[&format!("qr/{key}.svg")];
        prop_assert_eq!(svg.elements("svg")[0].attr("aria-label"), Some(t));
    }
    for (path, bytes) in built.files.iter().filter(|(p, _)| p.ends_with(".svg")) {
        prop_assert!(
            xml_chars(std::str::from_utf8(bytes).unwrap()),
            "{} has a character XML forbids, with {:?}",
            path,
            text
        );
    }
    let initial: String = t
        .chars()
        .find(|c| !c.is_whitespace())
        .map(|c| c.to_uppercase().collect())
        .unwrap_or_default();
    prop_assert_eq!(
        built.docs["favicon.svg"].elements("text")[0].text(),
        initial
    );
    prop_assert_eq!(
        vcard_properties(&built.files["contact.vcf"]),
        vcard_properties(&benign.files["contact.vcf"])
    );
    Ok(())
}

fn check_refused(text: &str) -> Result<(), TestCaseError> {
    let parsed = profile::parse(&profile_with(text));
    prop_assert!(parsed.profile.is_none(), "{:?} was accepted", text);
    let errors: Vec<&Diagnostic> = parsed.errors().collect();
    prop_assert!(!errors.is_empty());
    for d in errors {
        prop_assert!(d.at.is_some() && d.hint.is_some(), "{:?}", d);
    }
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, failure_persistence: None, ..ProptestConfig::default() })]

    /// The property of this file: any text in every field, the same page structure,
    /// the text shown as text — or, for text the rules refuse, an error with a place.
    #[test]
    fn hostile_text_stays_text_on_every_page(text in hostile()) {
        if accepted(&text) {
            check_site(&text)?;
        } else {
            check_refused(&text)?;
        }
    }
}

#[test]
fn benign_pages_parse_without_errors() {
    for (path, doc) in BENIGN.docs.iter().filter(|(p, _)| p.ends_with(".html")) {
        assert!(doc.errors.is_empty(), "{path}: {:?}", doc.errors);
    }
}

#[test]
fn the_classic_payloads_stay_text() {
    for text in PIECES.iter().filter(|t| accepted(t)).copied().chain([
        "</script><script>alert(1)</script>",
        "\"><img src=x onerror=alert(1)>",
        "--><script>alert(1)</script><!--",
        "</style><script>alert(1)</script>",
        "\u{2028}\u{2029}<\u{202E}>&'\"",
        "a\u{202E}gpj.exe",
        "&lt;b&gt; &amp;amp; &#x26;",
        "<!DOCTYPE html><html><body onload=alert(1)>",
    ]) {
        check_site(text).unwrap_or_else(|e| panic!("{text:?}: {e}"));
    }
}

/// YAML `\ud800`-style escapes that do not make a character: refused by the YAML reader
/// with a position, for every field, never a panic or a replacement character.
#[test]
fn lone_surrogate_escapes_are_errors() {
    for escape in [
        r"\ud800",
        r"\udfff",
        r"a\ud800b",
        r"\ud800\ud800",
        r"\udc00\ud800",
        r"\uDBFF",
    ] {
        let yaml = profile_with("x").replace("\"x\"", &format!("\"{escape}\""));
        let parsed = profile::parse(&yaml);
        assert!(parsed.profile.is_none(), "{escape}");
        let d = parsed.errors().next().expect("an error");
        assert!(d.message.contains("surrogate"), "{escape}: {d:?}");
        assert!(d.at.is_some_and(|at| at.line > 0), "{escape}: {d:?}");
    }
    // A proper pair is one astral character.
    let yaml = profile_with("x").replace("\"x\"", r#""\ud83d\ude00""#);
    let profile = profile::parse(&yaml)
        .profile
        .expect("a surrogate pair is valid");
    assert_eq!(profile.name, "\u{1F600}");
}

/// What the rules refuse in one-line fields, field by field: each an error naming the
/// field, at its line.
#[test]
fn refused_text_names_the_field() {
    let fields = [
        "name", "tagline", "label", "note", "group", "qr", "icp", "police",
    ];
    for (text, says) in [
        ("a\0b", "control character U+0000"),
        ("\u{1B}[2J", "control character U+001B"),
        ("a\u{85}b", "control character U+0085"),
        ("\u{FFFE}", "U+FFFE, which is not a character"),
        ("a\u{FDD0}", "U+FDD0, which is not a character"),
        ("\u{10FFFF}", "U+10FFFF, which is not a character"),
        ("a\nb", "single line"),
        ("a\rb", "single line"),
        ("  ", "is empty"),
    ] {
        for field in fields {
            let yaml = profile_with("x").replacen(
                &format!("{field}: \"x\""),
                &format!("{field}: {}", yaml_quoted(text)),
                1,
            );
            assert_ne!(yaml, profile_with("x"), "{field} is in the profile");
            let parsed = profile::parse(&yaml);
            let errors: Vec<&Diagnostic> = parsed.errors().collect();
            assert_eq!(errors.len(), 1, "{field} = {text:?}: {errors:#?}");
            assert!(
                errors[0].message.contains(&format!("`{field}`"))
                    && errors[0].message.contains(says),
                "{field} = {text:?}: {}",
                errors[0].message
            );
            let line = yaml
                .lines()
                .position(|l| {
                    l.trim_start().starts_with(&format!("{field}: ")) && !l.ends_with("\"x\"")
                })
                .unwrap()
                + 1;
            assert_eq!(errors[0].at.unwrap().line, line, "{field} = {text:?}");
        }
    }
}

/// Markdown that tries to get markup, styles, scripts, images or odd links into the bio.
const MARKDOWN: &[&str] = &[
    "# ",
    "###### ",
    "**",
    "_",
    "~~",
    "`",
    "\n```js\n",
    "\n    indented\n",
    "\n\n",
    "\n",
    "> ",
    "- ",
    "1. ",
    "\n| a | b |\n|:--|--:|\n| <i>c</i> | d |\n",
    "\n---\n",
    "  \n",
    "\\",
    "[x](",
    "](",
    ")",
    "[link](https://ok.example/a?b=\"c\"&d='e' \"title\")",
    "[js](javascript:alert(1))",
    "[js](JaVaScRiPt:alert(1))",
    "[js](&#106;avascript:alert(1))",
    "[js](java&#x09;script:alert(1))",
    "[js](<javascript:alert(1)>)",
    "[d](data:text/html;base64,PHNjcmlwdD4=)",
    "[v](vbscript:msgbox)",
    "[p](//evil.example/)",
    "[r][ref]",
    "\n\n[ref]: javascript:alert(1)\n",
    "\n\n[ref2]: https://ok.example/\n",
    "[ok][ref2]",
    "<https://ok.example/>",
    "<javascript:alert(1)>",
    "<a@b.example>",
    "<mailto:a@b.example>",
    "![alt](https://evil.example/x.png)",
    "![x](javascript:alert(1))",
    "<script>alert(1)</script>",
    "<style>*{}</style>",
    "<b onclick=alert(1)>",
    "</b>",
    "<img src=x onerror=alert(1)>",
    "<a href=\"javascript:alert(1)\">",
    "</a>",
    "<!-- c -->",
    "<?php x ?>",
    "<![CDATA[x]]>",
    "<div\nstyle=\"x\">",
    "<iframe src=//evil.example>",
    "&lt;script&gt;",
    "&amp;",
    "{{x}}",
    "\u{2028}",
    "\u{202E}",
    "林",
    " word ",
];

fn markdown_bio() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        8 => one_of(MARKDOWN),
        1 => one_of(PIECES),
        2 => "[a-z ]{1,6}",
    ];
    pieces(piece, 1..24)
}

fn profile_with_bio(bio: &str) -> String {
    format!(
        "name: x\nbase_url: https://x.example/\nbio: {}\naccounts:\n  - platform: bilibili\n    id: \"12345678\"\n",
        yaml_quoted(bio)
    )
}

/// The elements and attributes Markdown may put in the bio: what pulldown-cmark writes
/// for CommonMark, tables and strikethrough, minus images, raw HTML and alignment styles.
const BIO_ELEMENTS: &[&str] = &[
    "p",
    "em",
    "strong",
    "del",
    "a",
    "code",
    "pre",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "ul",
    "ol",
    "li",
    "blockquote",
    "hr",
    "br",
    "table",
    "thead",
    "tbody",
    "tr",
    "th",
    "td",
];
const BIO_ATTRIBUTES: &[(&str, &str)] = &[
    ("a", "href"),
    ("a", "title"),
    ("ol", "start"),
    ("code", "class"),
];

static BENIGN_BIO: LazyLock<Doc> = LazyLock::new(|| {
    let files = site::generate(&profile_with_bio("x"));
    html::parse(std::str::from_utf8(&files["index.html"]).unwrap())
});

fn check_bio(bio: &str) -> Result<(), TestCaseError> {
    let parsed = profile::parse(&profile_with_bio(bio));
    let Some(_) = parsed.profile else {
        // Only text that is blank or holds controls is refused; it must say so.
        let errors: Vec<&Diagnostic> = parsed.errors().collect();
        prop_assert!(
            errors.iter().all(|d| d.message.contains("`bio`")),
            "{:?}: {:?}",
            bio,
            errors
        );
        return Ok(());
    };
    let files = site::generate(&profile_with_bio(bio));
    let doc = html::parse(std::str::from_utf8(&files["index.html"]).unwrap());
    let is_bio = |n: &Node| n.name() == Some("div") && n.has_class("bio");
    prop_assert_eq!(
        doc.skeleton(&is_bio),
        BENIGN_BIO.skeleton(&is_bio),
        "the page outside the bio changed with {:?}",
        bio
    );
    prop_assert!(doc.errors.is_empty(), "{:?}: {:?}", bio, doc.errors);
    let Some(div) = doc.find("div", "bio") else {
        return Ok(()); // a bio of only dropped markup shows nothing
    };
    let mut inside = Vec::new();
    for child in div.children() {
        child.walk(&mut inside);
    }
    for node in inside {
        if let Node::Element { name, attrs, .. } = node {
            prop_assert!(
                BIO_ELEMENTS.contains(&name.as_str()),
                "<{}> from {:?}",
                name,
                bio
            );
            for (attr, value) in attrs {
                prop_assert!(
                    BIO_ATTRIBUTES.contains(&(name.as_str(), attr.as_str())),
                    "<{} {}> from {:?}",
                    name,
                    attr,
                    bio
                );
                if attr == "href" {
                    // The URL as a browser reads it (WHATWG: leading spaces and
                    // controls trimmed, tabs and newlines removed).
                    let url = url::Url::parse(value).map_err(|e| {
                        TestCaseError::fail(format!(
                            "relative or bad href {value:?} ({e}) from {bio:?}"
                        ))
                    })?;
                    prop_assert!(
                        matches!(url.scheme(), "http" | "https" | "mailto"),
                        "href {:?} from {:?}",
                        value,
                        bio
                    );
                }
                if attr == "class" {
                    prop_assert!(value.starts_with("language-"), "class {:?}", value);
                }
            }
        }
    }
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 512, failure_persistence: None, ..ProptestConfig::default() })]

    /// Whatever Markdown the bio holds, the rest of the page keeps its shape and the
    /// bio holds only Markdown's own elements, with http(s) and mailto links only.
    #[test]
    fn bio_markdown_makes_only_markdown_markup(bio in markdown_bio()) {
        check_bio(&bio)?;
    }
}

#[test]
fn every_markdown_trick_alone_stays_within_markdown() {
    for piece in MARKDOWN {
        for bio in [
            piece.to_string(),
            format!("a {piece} b"),
            format!("{piece}x{piece}"),
        ] {
            check_bio(&bio).unwrap_or_else(|e| panic!("{bio:?}: {e}"));
        }
    }
}

/// Error messages quote the input and show its line: a terminal escape in a key or
/// value must not reach the terminal (`"\e]0;…\a"` retitled it, `\e[2J` cleared the
/// errors above, a bidi override reordered the line shown).
#[test]
fn check_output_never_carries_terminal_controls() {
    let tmp = tempfile::tempdir().unwrap();
    let sites = [
        ("escaped-key", "\"\\e]0;pwned\\a\\e[2J\": x\nname: y\n".to_owned()),
        ("raw-value", "name: a\u{1b}[31mRED\u{7}\n".to_owned()),
        ("raw-bidi", "name: a\u{202e}b\nbogus: \u{2066}x\n".to_owned()),
        (
            "escaped-platform",
            "name: x\nbase_url: https://x.example/\naccounts:\n  - platform: \"\\e[2Jbili\"\n    id: \"1\"\n"
                .to_owned(),
        ),
        ("c1", "name: x\n\u{9b}31m: y\n".to_owned()),
    ];
    for (slug, yaml) in &sites {
        site::write_site(tmp.path(), slug, yaml);
    }
    let out = std::process::Command::new(common::cli::bin())
        .arg("check")
        .args(sites.iter().map(|(slug, _)| *slug))
        .current_dir(tmp.path())
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let stderr = String::from_utf8(out.stderr).unwrap();
    let bad: Vec<char> = stderr
        .chars()
        .filter(|&c| {
            (c.is_control() && !matches!(c, '\n' | '\t'))
                || matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
        })
        .collect();
    assert!(bad.is_empty(), "{bad:?} in\n{stderr}");
    assert_contains(&stderr, "\\u{1b}");
}
