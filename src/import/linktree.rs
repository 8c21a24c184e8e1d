//! A Linktree profile page as the browser saves it: the page is drawn by script from
//! the data in `<script id="__NEXT_DATA__" type="application/json">`, so that data is
//! read, not the markup. Its `props.pageProps` holds `account` (`username`,
//! `pageTitle`, `description`, `profilePictureUrl`, and on newer pages `links` and
//! `socialLinks` too) and, beside it, `links` (`type`, `title`, `url`, `position`) and
//! `socialLinks` (`type`, `url`). A link of type `HEADER` has no address: it is a heading
//! over the links after it, which become a group. The picture is an address on
//! Linktree's host; a page saved "complete" also has it beside the page, named by the
//! `<img>` of the markup.
//!
//! Takes the page's tokens; gives a [`Page`], `None` when the page holds no such data,
//! or the line where the data starts when it is not valid JSON.

use serde_json::Value;

use super::html::{Token, squash};
use super::{Found, Page, Source};

/// Why the data could not be read: the line its script starts on, and serde's reason.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BadData {
    pub line: usize,
    pub reason: String,
}

/// The page, if it is a saved Linktree page.
pub fn read(tokens: &[Token]) -> Result<Option<Page>, BadData> {
    let Some((line, json)) = next_data(tokens) else {
        return Ok(None);
    };
    let data: Value = serde_json::from_str(json).map_err(|e| BadData {
        line: line + e.line().saturating_sub(1),
        reason: e.to_string(),
    })?;
    let props = &data["props"]["pageProps"];
    let account = &props["account"];
    if !account.is_object() && !props["links"].is_array() {
        return Ok(None);
    }
    let text = |key: &str| {
        [&account[key], &props[key]]
            .into_iter()
            .find_map(|v| v.as_str().map(str::trim).filter(|s| !s.is_empty()))
            .map(str::to_owned)
    };
    let mut page = Page::new(Source::Linktree);
    page.username = text("username");
    page.name = text("pageTitle")
        .map(|t| squash(&t))
        .or_else(|| page.username.clone());
    page.about = text("description");
    page.avatar = text("profilePictureUrl").map(|url| {
        // Saved "complete", the page's markup names the picture's copy beside it.
        saved_copy(tokens, &url).into_iter().chain([url]).collect()
    });
    let list = |key: &str| -> Vec<Value> {
        let mut items = [&props[key], &account[key]]
            .into_iter()
            .find_map(Value::as_array)
            .cloned()
            .unwrap_or_default();
        // Shown in `position` order; a list without positions keeps its own.
        items.sort_by_key(|item| item["position"].as_i64().unwrap_or(i64::MAX));
        items
    };
    let mut group: Option<String> = None;
    for link in list("links") {
        let kind = link["type"].as_str().unwrap_or("").to_ascii_lowercase();
        let title = link["title"].as_str().map(squash).unwrap_or_default();
        let url = link["url"].as_str().unwrap_or("").trim().to_owned();
        if kind == "header" {
            group = Some(title).filter(|t| !t.is_empty());
            continue;
        }
        page.links.push(Found {
            text: title,
            href: url,
            kind: Some(kind).filter(|k| !k.is_empty() && k != "classic"),
            group: group.clone(),
        });
    }
    for social in list("socialLinks") {
        let url = social["url"].as_str().unwrap_or("").trim().to_owned();
        if page.links.iter().any(|l| l.href == url) {
            continue;
        }
        page.links.push(Found {
            text: String::new(),
            href: url,
            kind: social["type"]
                .as_str()
                .map(str::to_ascii_lowercase)
                .filter(|k| !k.is_empty()),
            group: None,
        });
    }
    Ok(Some(page))
}

/// The `src` of an `<img>` of the markup that is a file beside the page (as a browser's
/// "Web page, complete" rewrites it: `./<page>_files/<name>`) with the same file name as
/// `url`, the picture's address.
fn saved_copy(tokens: &[Token], url: &str) -> Option<String> {
    let name = |address: &str| -> Option<String> {
        let path = address.split(['?', '#']).next()?;
        let last = path.rsplit('/').next().filter(|n| !n.is_empty())?;
        Some(crate::escape::percent_decode(last).unwrap_or_else(|| last.to_owned()))
    };
    let wanted = name(url)?;
    tokens.iter().find_map(|token| match token {
        Token::Start(tag) if tag.name == "img" => {
            let src = tag.attr("src")?.trim();
            let local = !src.contains("://") && !src.starts_with("//") && !src.starts_with("data:");
            (local && name(src)? == wanted).then(|| src.to_owned())
        }
        _ => None,
    })
}

/// The text of `<script id="__NEXT_DATA__">`, and the line it starts on.
fn next_data(tokens: &[Token]) -> Option<(usize, &str)> {
    tokens.windows(2).find_map(|pair| match pair {
        [Token::Start(tag), Token::Text(text)]
            if tag.name == "script" && tag.attr("id") == Some("__NEXT_DATA__") =>
        {
            Some((tag.line, text.as_str()))
        }
        _ => None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::import::html::tokens;

    fn page(data: &str) -> String {
        format!(
            "<html><head><title>x | Linktree</title></head><body><div id=\"__next\"></div>\n\
             <script id=\"__NEXT_DATA__\" type=\"application/json\">{data}</script></body></html>"
        )
    }

    #[test]
    fn the_account_links_headers_and_social_icons_are_read() {
        let html = page(
            r#"{"props":{"pageProps":{"account":{"username":"kai.draws","pageTitle":"Kai","description":"Comics","profilePictureUrl":"https://ugc.production.linktr.ee/a.jpg",
            "socialLinks":[{"type":"INSTAGRAM","url":"https://www.instagram.com/kai.draws","position":0}]},
            "links":[{"type":"CLASSIC","title":"Shop","url":"https://shop.example/","position":2},
                     {"type":"HEADER","title":"Watch","url":"","position":1},
                     {"type":"YOUTUBE_VIDEO","title":"New video","url":"https://www.youtube.com/watch?v=abc","position":0}]}},
            "page":"/[profile]"}"#,
        );
        let page = read(&tokens(&html)).unwrap().expect("a Linktree page");
        assert_eq!(page.username.as_deref(), Some("kai.draws"));
        assert_eq!(page.name.as_deref(), Some("Kai"));
        assert_eq!(page.about.as_deref(), Some("Comics"));
        let links: Vec<(&str, Option<&str>, Option<&str>)> = page
            .links
            .iter()
            .map(|l| (l.href.as_str(), l.kind.as_deref(), l.group.as_deref()))
            .collect();
        assert_eq!(
            links,
            [
                (
                    "https://www.youtube.com/watch?v=abc",
                    Some("youtube_video"),
                    None
                ),
                ("https://shop.example/", None, Some("Watch")),
                (
                    "https://www.instagram.com/kai.draws",
                    Some("instagram"),
                    None
                ),
            ]
        );
    }

    #[test]
    fn broken_data_is_reported_at_its_line() {
        let html = page("{\"props\":\n{\"pageProps\": oops}}");
        assert_eq!(read(&tokens(&html)).unwrap_err().line, 3);
    }

    #[test]
    fn another_next_js_page_is_not_linktree() {
        let html = page(r#"{"props":{"pageProps":{"post":{"title":"Hi"}}}}"#);
        assert_eq!(read(&tokens(&html)), Ok(None));
    }
}
