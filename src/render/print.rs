//! The print sheet, `print/index.html`: every shown account's QR code with whose it is,
//! laid out twice in one page, so that printing it (or saving it as a PDF) from any
//! browser gives both: an A4 sheet of every code, then business cards of 85 × 55 mm
//! to cut out.
//!
//! The codes are the site's own SVG files (`../qr/<key>.svg`): vector, so they stay
//! crisp at any print size, and on the same origin (`img-src 'self'`). The page needs
//! no script; its `@page` rules set A4 and the margins, and no card or cell breaks
//! across pages. It is for the creator, not for visitors: `noindex`, not in
//! `sitemap.xml`, not linked from the hub. A short text, shown on screen and never
//! printed, says what it is and how to print it to PDF.
//!
//! Every shown account has its code here, a WeChat account without the creator's own
//! code too: on paper its code leads to its redirect page, which shows the ID to copy
//! and how to find it in WeChat (the hub does not show that code, which would only lead
//! back to the page showing it).

use std::sync::LazyLock;

use askama::Template;

use super::head::{compact, policy};
use super::i18n::Strings;
use super::{Page, SiteView, fill, go};

static PRINT_CSS: LazyLock<String> =
    LazyLock::new(|| compact(include_str!("../../templates/print.css")));

/// One account's code on the sheet.
struct Code<'a> {
    key: &'a str,
    me: go::Identity,
    /// The ID a visitor would type or search for (a WeChat ID, an e-mail address).
    copy: Option<&'a str>,
    alt: String,
}

#[derive(Template)]
#[template(path = "print.html")]
struct PrintPage<'a> {
    s: &'static Strings,
    csp_meta: &'a str,
    css: &'a str,
    name: &'a str,
    codes: Vec<Code<'a>>,
}

/// The print sheet, `print/index.html`.
pub fn print(site: &SiteView) -> Page {
    let s = site.strings;
    let codes = site
        .links
        .iter()
        .map(|link| Code {
            key: &link.key,
            me: go::Identity::new(site, link, "../"),
            copy: link.copy.as_deref(),
            alt: fill(s.qr_alt, &[("label", &link.label)]),
        })
        .collect();
    let css: &str = &PRINT_CSS;
    let (csp, csp_meta) = policy(&[css], &[]);
    let page = PrintPage {
        s,
        csp_meta: &csp_meta,
        css,
        name: &site.profile.name,
        codes,
    };
    Page {
        html: page.render().expect("the print template renders"),
        csp,
    }
}
