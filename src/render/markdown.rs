//! The bio: Markdown (CommonMark + tables + strikethrough) → HTML safe to put in a page.
//!
//! Takes the profile's `bio` text; gives an HTML fragment, and the plain text of its
//! first line for the page's description. The fragment contains only markup that
//! pulldown-cmark writes itself, and:
//! - raw HTML (blocks and inline tags) is dropped; text between inline tags stays;
//! - links keep their target only when it is `http:`, `https:` or `mailto:` — any other
//!   (`javascript:`, `data:`, relative paths) renders the link text without a link;
//! - images are never shown: they would be requests to third parties (which the
//!   page's CSP blocks anyway) or to files the build does not copy. Their alt text is
//!   shown instead;
//! - headings move down one level (`#` → `<h2>`), so the page keeps one `<h1>`, the name;
//! - table column alignment is dropped: pulldown-cmark writes it as a `style`
//!   attribute, which the page's CSP forbids.

use pulldown_cmark::{Alignment, Event, HeadingLevel, LinkType, Options, Parser, Tag, TagEnd};

fn options() -> Options {
    Options::ENABLE_TABLES | Options::ENABLE_STRIKETHROUGH
}

/// Whether a link target may stay a link: an absolute `http(s)` URL with a host, or a
/// `mailto:` address, read as a browser reads it (the WHATWG parser of the `url` crate:
/// controls and spaces around it trimmed, tabs and newlines inside it dropped).
fn allowed(dest: &str, link_type: LinkType) -> bool {
    if link_type == LinkType::Email {
        // `<me@example.com>`: pulldown-cmark adds the `mailto:` itself.
        return true;
    }
    let lower = dest.trim_start().to_ascii_lowercase();
    if !["http://", "https://", "mailto:"]
        .iter()
        .any(|p| lower.starts_with(p))
    {
        return false;
    }
    match url::Url::parse(dest) {
        Ok(url) => match url.scheme() {
            "http" | "https" => url.host_str().is_some_and(|h| !h.is_empty()),
            "mailto" => true,
            _ => false,
        },
        Err(_) => false,
    }
}

fn demote(level: HeadingLevel) -> HeadingLevel {
    match level {
        HeadingLevel::H1 => HeadingLevel::H2,
        HeadingLevel::H2 => HeadingLevel::H3,
        HeadingLevel::H3 => HeadingLevel::H4,
        HeadingLevel::H4 => HeadingLevel::H5,
        HeadingLevel::H5 | HeadingLevel::H6 => HeadingLevel::H6,
    }
}

/// Renders a bio to an HTML fragment (see the module doc for what is dropped).
pub fn markdown(bio: &str) -> String {
    // For each open link/image: whether its start tag was kept.
    let mut kept_links: Vec<bool> = Vec::new();
    let events = Parser::new_ext(bio, options()).filter_map(|event| match event {
        Event::Html(_) | Event::InlineHtml(_) => None,
        Event::Start(Tag::HtmlBlock) | Event::End(TagEnd::HtmlBlock) => None,
        Event::Start(Tag::Image { .. }) | Event::End(TagEnd::Image) => None,
        Event::Start(Tag::Link {
            link_type,
            dest_url,
            title,
            id,
        }) => {
            let keep = allowed(&dest_url, link_type);
            kept_links.push(keep);
            keep.then_some(Event::Start(Tag::Link {
                link_type,
                dest_url,
                title,
                id,
            }))
        }
        Event::End(TagEnd::Link) => kept_links
            .pop()
            .unwrap_or(false)
            .then_some(Event::End(TagEnd::Link)),
        Event::Start(Tag::Heading {
            level,
            id,
            classes,
            attrs,
        }) => Some(Event::Start(Tag::Heading {
            level: demote(level),
            id,
            classes,
            attrs,
        })),
        Event::End(TagEnd::Heading(level)) => Some(Event::End(TagEnd::Heading(demote(level)))),
        Event::Start(Tag::Table(alignments)) => Some(Event::Start(Tag::Table(vec![
            Alignment::None;
            alignments
                .len()
        ]))),
        other => Some(other),
    });
    let mut html = String::with_capacity(bio.len() * 3 / 2);
    pulldown_cmark::html::push_html(&mut html, events);
    html
}

/// Whether a tag ends a block (inline tags such as emphasis and links do not).
fn is_block(end: TagEnd) -> bool {
    !matches!(
        end,
        TagEnd::Emphasis
            | TagEnd::Strong
            | TagEnd::Strikethrough
            | TagEnd::Link
            | TagEnd::Image
            | TagEnd::Superscript
            | TagEnd::Subscript
    )
}

/// The plain text of the bio's first line (up to its first line break or the end of its
/// first block), whitespace collapsed; `None` when the bio has no text.
pub fn first_line(bio: &str) -> Option<String> {
    let mut text = String::new();
    for event in Parser::new_ext(bio, options()) {
        match event {
            Event::Text(t) | Event::Code(t) => text.push_str(&t),
            Event::SoftBreak | Event::HardBreak if !text.trim().is_empty() => break,
            Event::End(end) if is_block(end) && !text.trim().is_empty() => break,
            _ => {}
        }
    }
    let text = text.split_whitespace().collect::<Vec<_>>().join(" ");
    (!text.is_empty()).then_some(text)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn renders_commonmark_tables_and_strikethrough() {
        let html = markdown("**bold** ~~old~~\n\n| a | b |\n|:--|--:|\n| 1 | 2 |\n");
        assert!(html.contains("<strong>bold</strong>"), "{html}");
        assert!(html.contains("<del>old</del>"), "{html}");
        assert!(
            html.contains("<table>") && html.contains("<td>2</td>"),
            "{html}"
        );
        assert!(
            !html.contains("style"),
            "alignment must not become a style attribute: {html}"
        );
    }

    #[test]
    fn drops_raw_html() {
        let html = markdown(
            "<script>alert(1)</script>\n\nhi <b onclick=\"x()\">there</b> <img src=x onerror=alert(1)>\n\n<div>\nblock\n</div>\n",
        );
        for bad in [
            "<script", "alert(1)", "<b", "onclick", "<img", "onerror", "<div",
        ] {
            assert!(!html.contains(bad), "{bad} in {html}");
        }
        assert!(html.contains("hi") && html.contains("there"), "{html}");
    }

    #[test]
    fn keeps_only_web_and_mail_links() {
        let html = markdown(
            "[a](https://a.example/) [b](http://b.example/) [m](mailto:x@y.example) <z@y.example>\n\n\
             [js](javascript:alert(1)) [JS](  JavaScript:alert(2)) [d](data:text/html,x) [rel](page.html) [v](vbscript:x)",
        );
        assert!(
            html.contains(r#"<a href="https://a.example/">a</a>"#),
            "{html}"
        );
        assert!(
            html.contains(r#"<a href="http://b.example/">b</a>"#),
            "{html}"
        );
        assert!(
            html.contains(r#"<a href="mailto:x@y.example">m</a>"#),
            "{html}"
        );
        assert!(html.contains(r#"<a href="mailto:z@y.example">"#), "{html}");
        for bad in ["javascript", "JavaScript", "data:", "page.html", "vbscript"] {
            assert!(!html.contains(bad), "{bad} in {html}");
        }
        for text in [">js<", " JS ", " d ", " rel ", " v<"] {
            let plain = text.trim_matches(|c| c == '>' || c == '<');
            assert!(html.contains(plain), "link text {plain:?} kept: {html}");
        }
        assert_eq!(html.matches("<a ").count(), 4, "{html}");
    }

    #[test]
    fn web_links_need_a_host() {
        let html = markdown("[a](https://) [b](http://) [c](https://ok.example)");
        assert_eq!(html.matches("<a ").count(), 1, "{html}");
        assert!(
            html.contains(r#"<a href="https://ok.example">c</a>"#),
            "{html}"
        );
    }

    #[test]
    fn shows_alt_text_instead_of_images() {
        let html = markdown(
            "![a cat](https://evil.example/cat.png) [![logo](x.png)](https://ok.example/)",
        );
        assert!(!html.contains("<img") && !html.contains("evil"), "{html}");
        assert!(html.contains("a cat"), "{html}");
        assert!(
            html.contains(r#"<a href="https://ok.example/">logo</a>"#),
            "{html}"
        );
    }

    #[test]
    fn demotes_headings() {
        let html = markdown("# One\n\n## Two\n\n###### Six\n");
        assert!(html.contains("<h2>One</h2>"), "{html}");
        assert!(html.contains("<h3>Two</h3>"), "{html}");
        assert!(html.contains("<h6>Six</h6>"), "{html}");
        assert!(!html.contains("<h1"), "{html}");
    }

    #[test]
    fn first_line_is_plain_text() {
        assert_eq!(
            first_line("画画、**做书**、偶尔直播。\n第二行").as_deref(),
            Some("画画、做书、偶尔直播。")
        );
        assert_eq!(
            first_line("# Hello `world`\n\nmore").as_deref(),
            Some("Hello world")
        );
        assert_eq!(first_line("<b></b>\n\n   \n"), None);
        assert_eq!(first_line(""), None);
    }
}
