//! What goes into a page's `<head>` besides its look: the meta description, the
//! schema.org JSON-LD, the Content-Security-Policy with the hashes of the page's inline
//! styles and scripts, and the compaction of those inline blocks.

use base64::Engine as _;
use sha2::{Digest as _, Sha256};

use super::i18n::Strings;
use super::{SiteView, markdown};
use crate::lang::fill;
use crate::profile::Profile;

/// The meta description: the tagline, else the bio's first line, else a sentence with
/// the name; at most 160 characters.
pub(super) fn description(profile: &Profile, s: &Strings) -> String {
    let text = profile
        .tagline
        .clone()
        .or_else(|| profile.bio.as_deref().and_then(markdown::first_line))
        .unwrap_or_else(|| fill(s.description, &[("name", &profile.name)]));
    if text.chars().count() > 160 {
        let mut cut: String = text.chars().take(159).collect();
        cut.push('…');
        cut
    } else {
        text
    }
}

/// schema.org `Person` as JSON-LD, safe inside `<script>`: `<`, `>` and `&` are written
/// as `\u003c`, `\u003e`, `\u0026` (they only occur inside JSON strings, where the
/// escape means the same character).
pub(super) fn json_ld(site: &SiteView, description: &str, image: Option<&str>) -> String {
    let mut same_as: Vec<&str> = Vec::new();
    for web in site.links.iter().filter_map(|l| l.web.as_deref()) {
        if (web.starts_with("https://") || web.starts_with("http://")) && !same_as.contains(&web) {
            same_as.push(web);
        }
    }
    let mut person = serde_json::json!({
        "@context": "https://schema.org",
        "@type": "Person",
        "name": site.profile.name,
        "description": description,
        "url": site.profile.base_url.as_str(),
        "sameAs": same_as,
    });
    if let Some(image) = image {
        person["image"] = image.into();
    }
    escape_json_for_script(&person.to_string())
}

fn escape_json_for_script(json: &str) -> String {
    json.replace('<', "\\u003c")
        .replace('>', "\\u003e")
        .replace('&', "\\u0026")
}

/// One of our inline scripts, with its source in a policy (`'sha256-…'`): worked out
/// once for all the pages that carry the script, not once a page.
pub(super) struct Script {
    pub(super) js: String,
    source: String,
}

impl Script {
    pub(super) fn new(js: String) -> Script {
        let source = format!("'sha256-{}'", sha256_base64(&js));
        Script { js, source }
    }
}

/// The policy for a page with these inline styles and scripts: `(header, meta)`. The
/// meta version leaves out `frame-ancestors`, which browsers ignore in a `<meta>`.
pub(super) fn policy(styles: &[&str], scripts: &[&Script]) -> (String, String) {
    let style_sources: Vec<String> = styles
        .iter()
        .map(|b| format!("'sha256-{}'", sha256_base64(b)))
        .collect();
    let script_sources: Vec<&str> = scripts.iter().map(|s| s.source.as_str()).collect();
    let mut directives = vec!["default-src 'none'".to_owned(), "img-src 'self'".to_owned()];
    // Lighthouse's SEO audit fetches /robots.txt from the page; no script of ours fetches.
    directives.push("connect-src 'self'".to_owned());
    if !styles.is_empty() {
        directives.push(format!("style-src {}", style_sources.join(" ")));
    }
    if !scripts.is_empty() {
        directives.push(format!("script-src {}", script_sources.join(" ")));
    }
    directives.push("base-uri 'none'".to_owned());
    directives.push("form-action 'none'".to_owned());
    let meta = directives.join("; ");
    (format!("{meta}; frame-ancestors 'none'"), meta)
}

/// CSS or JS without its `/* … */` comments and blank lines, and with each line's
/// indentation removed. Our CSS and JS never have `/*` inside a string or a regular
/// expression (`tests/redirect_logic.rs` checks the result with `node --check`).
pub(super) fn compact(source: &str) -> String {
    let mut out = String::with_capacity(source.len());
    let mut rest = source;
    while let Some(start) = rest.find("/*") {
        out.push_str(&rest[..start]);
        let end = rest[start..]
            .find("*/")
            .expect("every comment in templates/ is closed");
        rest = &rest[start + end + 2..];
    }
    out.push_str(rest);
    let mut lines = String::with_capacity(out.len());
    for line in out.lines().map(str::trim).filter(|l| !l.is_empty()) {
        lines.push_str(line);
        lines.push('\n');
    }
    lines
}

pub(super) fn sha256_base64(text: &str) -> String {
    base64::engine::general_purpose::STANDARD.encode(Sha256::digest(text.as_bytes()))
}
