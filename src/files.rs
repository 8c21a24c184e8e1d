//! The small files a static host and its visitors expect beside the pages:
//! `contact.vcf`, `robots.txt`, `sitemap.xml` and `_headers`.
//!
//! Takes the checked profile and links (and, for `_headers`, each page's policy); gives
//! their text. Nothing here touches the disk.

use crate::links::Link;
use crate::platforms::Kind;
use crate::profile::Profile;

/// A vCard 3.0 of the creator: name, note, the hub and every account's web address,
/// e-mail and phone numbers, and the avatar's address.
pub fn vcard(profile: &Profile, links: &[Link], avatar: Option<&str>) -> String {
    let mut lines = vec![
        "BEGIN:VCARD".to_owned(),
        "VERSION:3.0".to_owned(),
        format!("FN:{}", escape(&profile.name)),
        format!("N:{};;;;", escape(&profile.name)),
    ];
    if let Some(tagline) = &profile.tagline {
        lines.push(format!("NOTE:{}", escape(tagline)));
    }
    lines.push(format!("URL:{}", escape(profile.base_url.as_str())));
    for link in links {
        match (link.platform.kind, &link.id, &link.web) {
            (Kind::Contact, Some(id), _) if link.platform.id == "email" => {
                lines.push(format!("EMAIL;TYPE=INTERNET:{}", escape(id)))
            }
            (Kind::Contact, Some(id), _) if link.platform.id == "phone" => {
                lines.push(format!("TEL:{}", escape(id)))
            }
            (_, _, Some(web)) if web.starts_with("https://") || web.starts_with("http://") => {
                lines.push(format!("URL;TYPE={}:{}", link.platform.id, escape(web)))
            }
            _ => {}
        }
    }
    if let Some(avatar) = avatar {
        lines.push(format!("PHOTO;VALUE=URI:{}{avatar}", profile.base_url));
    }
    lines.push("END:VCARD".to_owned());
    lines.iter().map(|l| fold(l)).collect::<String>()
}

/// Escapes a vCard text value (RFC 6350 §3.4).
fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            ',' => out.push_str("\\,"),
            ';' => out.push_str("\\;"),
            '\n' => out.push_str("\\n"),
            '\r' => {}
            c => out.push(c),
        }
    }
    out
}

/// Folds a content line at 75 octets, never inside a character, and ends it with CRLF.
fn fold(line: &str) -> String {
    let mut out = String::with_capacity(line.len() + 8);
    let mut width = 0;
    for c in line.chars() {
        if width + c.len_utf8() > 75 {
            out.push_str("\r\n ");
            width = 1;
        }
        out.push(c);
        width += c.len_utf8();
    }
    out.push_str("\r\n");
    out
}

/// robots.txt: the hub may be indexed; redirect pages are not worth crawling.
pub fn robots(profile: &Profile) -> String {
    let path = profile.base_url.path();
    format!(
        "User-agent: *\nAllow: {path}\nDisallow: {path}go/\n\nSitemap: {}sitemap.xml\n",
        profile.base_url
    )
}

/// sitemap.xml with the hub page (no `lastmod`: output depends on the input only).
pub fn sitemap(profile: &Profile) -> String {
    let url = profile.base_url.as_str().replace('&', "&amp;");
    format!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n  <url><loc>{url}</loc></url>\n</urlset>\n"
    )
}

/// `_headers` (Cloudflare Pages / Netlify): security headers for every file, each page's
/// Content-Security-Policy, and caching — long for fingerprinted files, short for the rest.
/// `pages` are (path under the site, policy), with `index.html` pages given as their folder.
pub fn headers(pages: &[(String, String)], fingerprinted: &[String]) -> String {
    let mut out = String::from(
        "/*\n  X-Content-Type-Options: nosniff\n  Referrer-Policy: strict-origin-when-cross-origin\n  X-Frame-Options: DENY\n  Permissions-Policy: camera=(), microphone=(), geolocation=(), interest-cohort=()\n  Cache-Control: public, max-age=600\n",
    );
    for (path, csp) in pages {
        out.push_str(&format!("\n/{path}\n  Content-Security-Policy: {csp}\n"));
        if let Some(dir) = path.strip_suffix("index.html") {
            out.push_str(&format!("\n/{dir}\n  Content-Security-Policy: {csp}\n"));
        }
    }
    out.push_str("\n/qr/*\n  Cache-Control: public, max-age=86400\n");
    out.push_str(&format!(
        "\n/qr/*.svg\n  Content-Security-Policy: {SVG_POLICY}\n"
    ));
    out.push_str(&format!(
        "\n/marks/*\n  Content-Security-Policy: {SVG_POLICY}\n"
    ));
    for file in fingerprinted {
        out.push_str(&format!(
            "\n/{file}\n  Cache-Control: public, max-age=31536000, immutable\n"
        ));
        // An SVG avatar is the creator's file: opened on its own at the site's origin,
        // any script in it would run there. The policy lets it draw and nothing more.
        if file.ends_with(".svg") {
            out.push_str(&format!("  Content-Security-Policy: {SVG_POLICY}\n"));
        }
    }
    out
}

/// The policy for SVG files opened on their own: styles inside the file, no script,
/// no requests, in a sandbox.
const SVG_POLICY: &str = "default-src 'none'; style-src 'unsafe-inline'; sandbox";

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn vcard_lines_are_escaped_and_folded() {
        assert_eq!(escape("a,b;c\\d\ne"), "a\\,b\\;c\\\\d\\ne");
        let folded = fold(&format!("NOTE:{}", "好".repeat(40)));
        for line in folded.split("\r\n").filter(|l| !l.is_empty()) {
            assert!(line.len() <= 75, "{line}");
        }
        assert_eq!(
            folded.replace("\r\n ", ""),
            format!("NOTE:{}\r\n", "好".repeat(40))
        );
    }

    #[test]
    fn headers_give_each_page_its_policy() {
        let text = headers(
            &[("index.html".into(), "default-src 'none'".into())],
            &["avatar-1a2b.png".into()],
        );
        assert!(text.contains("\n/index.html\n  Content-Security-Policy: default-src 'none'\n"));
        assert!(text.contains("\n/\n  Content-Security-Policy: default-src 'none'\n"));
        assert!(
            text.contains("/avatar-1a2b.png\n  Cache-Control: public, max-age=31536000, immutable")
        );
        let avatar = &text[text.find("/avatar-1a2b.png").unwrap()..];
        assert!(
            !avatar.contains("Content-Security-Policy"),
            "a PNG avatar needs no policy"
        );
        assert!(text.contains("\n/qr/*.svg\n  Content-Security-Policy: default-src 'none'; style-src 'unsafe-inline'; sandbox\n"));
        // The go pages' platform marks are SVG files too, sandboxed the same way.
        assert!(text.contains("\n/marks/*\n  Content-Security-Policy: default-src 'none'; style-src 'unsafe-inline'; sandbox\n"));
    }

    #[test]
    fn an_svg_avatar_may_not_run_script() {
        let text = headers(&[], &["avatar-1a2b.svg".into()]);
        assert!(
            text.ends_with(
                "\n/avatar-1a2b.svg\n  Cache-Control: public, max-age=31536000, immutable\n  Content-Security-Policy: default-src 'none'; style-src 'unsafe-inline'; sandbox\n"
            ),
            "{text}"
        );
    }
}
