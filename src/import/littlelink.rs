//! A LittleLink page (github.com/sethcottle/littlelink): its buttons are
//! `<a class="button button-<brand>" href=…>` with an `<img class="icon">` and a text; the
//! name is the `<h1>`, the bio the `<p>` under it, the picture `<img class="avatar">`
//! (before 2022 the first `<img>` above the name, without a class).
//!
//! Takes the page's tokens; gives a [`Page`], or `None` when the page has no LittleLink
//! button. Renamed brands (`button-mybrand`) and custom buttons (`button-default`) are
//! read alike: the brand is only a hint for links the registry cannot place by address.

use super::html::{Tag, Token, squash};
use super::{Found, Page, Source};

/// The page, if it is a LittleLink page.
pub fn read(tokens: &[Token]) -> Option<Page> {
    if !tokens
        .iter()
        .any(|t| matches!(t, Token::Start(tag) if is_button(tag)))
    {
        return None;
    }
    let mut page = Page::new(Source::LittleLink);
    let mut title = String::new();
    let mut heading: Option<String> = None;
    let mut about: Option<String> = None;
    // What the reader is inside: the text collected so far, and the tag it ends with.
    let mut open: Option<(&Tag, String)> = None;
    let mut in_title = false;
    let mut seen_button = false;
    // The picture's candidates, and whether it was marked `class="avatar"`.
    let mut picture: Option<(Vec<String>, bool)> = None;
    for token in tokens {
        match token {
            Token::Start(tag) => match tag.name.as_str() {
                "html" => page.lang_tag = tag.attr("lang").map(str::to_owned),
                "title" => in_title = true,
                "a" if is_button(tag) => {
                    finish(&mut open, &mut heading, &mut about, &mut page);
                    seen_button = true;
                    open = Some((tag, String::new()));
                }
                "h1" if heading.is_none() && open.is_none() => open = Some((tag, String::new())),
                "p" if heading.is_some() && about.is_none() && !seen_button && open.is_none() => {
                    open = Some((tag, String::new()))
                }
                "img" => {
                    let above = !seen_button && heading.is_none();
                    avatar(tag, above, &mut picture);
                }
                "br" => {
                    if let Some((_, text)) = &mut open {
                        text.push('\n');
                    }
                }
                _ => {}
            },
            Token::End(name) => {
                if name == "title" {
                    in_title = false;
                }
                if open.as_ref().is_some_and(|(tag, _)| tag.name == *name) {
                    finish(&mut open, &mut heading, &mut about, &mut page);
                }
            }
            Token::Text(text) => {
                if let Some((_, collected)) = &mut open {
                    collected.push_str(text);
                } else if in_title {
                    title.push_str(text);
                }
            }
        }
    }
    finish(&mut open, &mut heading, &mut about, &mut page);
    page.name = heading
        .filter(|h| !h.is_empty())
        .or_else(|| Some(squash(&title)).filter(|t| !t.is_empty()));
    page.about = about.filter(|a| !a.is_empty());
    page.avatar = picture.map(|(sources, _)| sources);
    Some(page)
}

/// A LittleLink button: `<a class="button button-…">`.
fn is_button(tag: &Tag) -> bool {
    tag.name == "a" && tag.has_class("button") && tag.classes().any(|c| c.starts_with("button-"))
}

/// Ends what the reader was inside: a button becomes a link, a heading the name, the
/// paragraph under it the bio (its line breaks kept).
fn finish(
    open: &mut Option<(&Tag, String)>,
    heading: &mut Option<String>,
    about: &mut Option<String>,
    page: &mut Page,
) {
    let Some((tag, text)) = open.take() else {
        return;
    };
    match tag.name.as_str() {
        "a" => page.links.push(Found {
            text: squash(&text),
            href: tag.attr("href").unwrap_or("").trim().to_owned(),
            kind: tag
                .classes()
                .filter_map(|c| c.strip_prefix("button-"))
                .find(|b| !b.is_empty() && *b != "default")
                .map(str::to_owned),
            group: None,
        }),
        "h1" => *heading = Some(squash(&text)),
        _ => {
            let lines: Vec<String> = text.lines().map(squash).filter(|l| !l.is_empty()).collect();
            *about = Some(lines.join("\n"));
        }
    }
}

/// The picture: `<img class="avatar">`, else (older pages) the first picture above the
/// name that is no button's icon. The largest of its `srcset` is taken when given.
fn avatar(tag: &Tag, above_name: bool, picture: &mut Option<(Vec<String>, bool)>) {
    let classed = tag.has_class("avatar");
    let taken = match picture {
        Some((_, was_classed)) => !classed || *was_classed,
        None => !classed && !above_name,
    };
    if taken || tag.has_class("icon") {
        return;
    }
    let mut sources: Vec<String> = Vec::new();
    if let Some(best) = tag.attr("srcset").and_then(largest_candidate) {
        sources.push(best);
    }
    if let Some(src) = tag.attr("src").map(str::trim).filter(|s| !s.is_empty()) {
        sources.push(src.to_owned());
    }
    if !sources.is_empty() {
        *picture = Some((sources, classed));
    }
}

/// The candidate of a `srcset` with the largest density or width (`a.png 1x, b.png 2x`).
fn largest_candidate(srcset: &str) -> Option<String> {
    srcset
        .split(',')
        .filter_map(|candidate| {
            let mut parts = candidate.split_whitespace();
            let url = parts.next()?;
            let size = parts
                .next()
                .and_then(|d| d.trim_end_matches(['x', 'w']).parse::<f64>().ok())
                .unwrap_or(1.0);
            Some((size, url.to_owned()))
        })
        .max_by(|a, b| a.0.total_cmp(&b.0))
        .map(|(_, url)| url)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::import::html::tokens;

    #[test]
    fn the_template_is_read_name_bio_picture_and_buttons() {
        let page = read(&tokens(
            r#"<html lang="en"><title>Ignored</title>
            <img class="avatar avatar--rounded" src="images/avatar.png" srcset="images/avatar@2x.png 2x" alt="">
            <h1>
              <div>Mo Ling</div>
            </h1>
            <p>Sound designer.<br>Berlin</p>
            <div class="button-stack">
              <a class="button button-github" href="https://github.com/moling"><img class="icon" src="images/icons/github.svg" alt="GitHub Logo">GitHub</a>
              <a class="button button-default" href="mailto:hi@moling.example">Email me</a>
            </div>
            <footer><a href="privacy.html">Privacy</a></footer>"#,
        ))
        .expect("a LittleLink page");
        assert_eq!(page.name.as_deref(), Some("Mo Ling"));
        assert_eq!(page.about.as_deref(), Some("Sound designer.\nBerlin"));
        assert_eq!(
            page.avatar,
            Some(vec![
                "images/avatar@2x.png".into(),
                "images/avatar.png".into()
            ])
        );
        assert_eq!(page.lang_tag.as_deref(), Some("en"));
        assert_eq!(page.links.len(), 2);
        assert_eq!(page.links[0].text, "GitHub");
        assert_eq!(page.links[0].kind.as_deref(), Some("github"));
        assert_eq!(page.links[1].href, "mailto:hi@moling.example");
        assert_eq!(page.links[1].kind, None);
    }

    #[test]
    fn an_older_page_has_its_picture_first_and_a_plain_heading() {
        let page = read(&tokens(
            r#"<img src="images/me.jpg" alt="me"><h1>Old Page</h1><p>Bio</p>
            <a class="button button-twitter" href="https://twitter.com/old">Twitter</a>"#,
        ))
        .expect("a LittleLink page");
        assert_eq!(page.avatar, Some(vec!["images/me.jpg".into()]));
        assert_eq!(page.name.as_deref(), Some("Old Page"));
    }

    #[test]
    fn a_page_without_buttons_is_not_littlelink() {
        assert!(
            read(&tokens(
                "<h1>Blog</h1><a class=\"button\" href=\"/\">Home</a>"
            ))
            .is_none()
        );
    }
}
