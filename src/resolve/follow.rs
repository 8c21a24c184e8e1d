//! A short link → the profile address it leads to, through any [`Fetch`].
//!
//! Takes a platform's short link and something that performs one GET; gives the
//! platform's canonical profile address (the registry's web template filled with the id
//! read from where the chain lands), or why there is none. It follows `Location`
//! redirects and the script redirects of the platforms that use them, requests only
//! http(s) addresses on the platform's own hosts (a hop to any other host ends the chain
//! before it is requested), and stops at [`MAX_REDIRECTS`], a loop, or the deadline. It
//! does not open connections itself; `http` does.

use std::collections::HashSet;
use std::fmt;
use std::time::Instant;

use url::Url;

use crate::platforms::{self, Platform};

/// Most redirects followed from one short link.
pub const MAX_REDIRECTS: usize = 10;

/// What one GET gave.
#[derive(Debug, Clone, Default)]
pub struct Response {
    pub status: u16,
    /// The `Location` header, as sent.
    pub location: Option<String>,
    /// The start of the body, up to the client's size cap.
    pub body: Vec<u8>,
}

/// Why one GET gave no response.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FetchError {
    /// The request's time, or the chain's, ran out.
    Timeout,
    /// Any other failure: the message says what (no such host, refused, TLS, a reply
    /// that is not HTTP).
    Failed(String),
}

/// Performs one GET without following redirects, sending no cookie.
pub trait Fetch {
    /// Requests `url`, giving up at `deadline`.
    fn get(&mut self, url: &Url, deadline: Instant) -> Result<Response, FetchError>;
}

/// Why a short link was left alone.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Refusal {
    /// A redirect to another host than the platform's (not requested).
    OffPlatform(String),
    /// A redirect to something other than http(s) (an app scheme, `javascript:`).
    NotHttp(String),
    /// An HTTP error status, with the address that gave it.
    Dead(u16, String),
    /// A status that is neither a page, a redirect nor an error (1xx, 300, 304).
    Unexpected(u16, String),
    /// A redirect without a usable `Location`.
    BadRedirect(String),
    /// An address seen before in the same chain.
    Loop(String),
    TooManyRedirects,
    Timeout,
    Unreachable(String),
    /// The chain ended on the platform, but not on an address the registry reads an
    /// account from; `what` names the page when the registry knows it ("one Bilibili
    /// video").
    NotProfile {
        at: String,
        what: Option<String>,
    },
}

impl fmt::Display for Refusal {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Refusal::OffPlatform(to) => write!(f, "it leads off the platform, to {to}"),
            Refusal::NotHttp(to) => write!(f, "it leads to {to}, which is not a web address"),
            Refusal::Dead(status, at) => write!(f, "the link is dead: {at} answered {status}"),
            Refusal::Unexpected(status, at) => {
                write!(f, "{at} answered {status}, which hutong does not follow")
            }
            Refusal::BadRedirect(at) => write!(f, "{at} redirects without a usable address"),
            Refusal::Loop(at) => write!(f, "the redirects loop (back to {at})"),
            Refusal::TooManyRedirects => write!(f, "more than {MAX_REDIRECTS} redirects"),
            Refusal::Timeout => write!(f, "no answer in time"),
            Refusal::Unreachable(why) => write!(f, "cannot be reached: {why}"),
            Refusal::NotProfile {
                at,
                what: Some(what),
            } => {
                write!(f, "it leads to {at}, {what}, not a profile")
            }
            Refusal::NotProfile { at, what: None } => write!(
                f,
                "it leads to {at}, which is not a profile address hutong reads an account from"
            ),
        }
    }
}

/// Follows `short` (a link on `platform`'s hosts) and gives the profile address it
/// leads to, in the registry's canonical form (tracking parameters dropped).
pub fn follow(
    platform: &'static Platform,
    short: &Url,
    fetch: &mut dyn Fetch,
    deadline: Instant,
) -> Result<Url, Refusal> {
    let mut url = short.clone();
    let mut seen = HashSet::from([url.clone()]);
    for _ in 0..=MAX_REDIRECTS {
        if Instant::now() >= deadline {
            return Err(Refusal::Timeout);
        }
        let response = fetch.get(&url, deadline).map_err(|e| match e {
            FetchError::Timeout => Refusal::Timeout,
            FetchError::Failed(why) => Refusal::Unreachable(why),
        })?;
        let next = match response.status {
            301 | 302 | 303 | 307 | 308 => {
                let location = response.location.as_deref().unwrap_or("").trim();
                match url.join(location) {
                    Ok(next) if !location.is_empty() => next,
                    _ => return Err(Refusal::BadRedirect(url.to_string())),
                }
            }
            200..=299 => match script_redirect(platform, &url, &response.body) {
                Some(next) => next,
                None => return profile_address(platform, &url),
            },
            status @ 400..=599 => return Err(Refusal::Dead(status, url.to_string())),
            status => return Err(Refusal::Unexpected(status, url.to_string())),
        };
        if !matches!(next.scheme(), "http" | "https") {
            return Err(Refusal::NotHttp(next.to_string()));
        }
        if !next.host_str().is_some_and(|h| platform.owns_host(h)) {
            return Err(Refusal::OffPlatform(next.to_string()));
        }
        if !seen.insert(next.clone()) {
            return Err(Refusal::Loop(next.to_string()));
        }
        url = next;
    }
    Err(Refusal::TooManyRedirects)
}

/// The registry's profile address for where a chain landed, if it is one.
fn profile_address(platform: &'static Platform, landed: &Url) -> Result<Url, Refusal> {
    let not_profile = || Refusal::NotProfile {
        at: landed.to_string(),
        what: platform.classify(landed).what(crate::Lang::En),
    };
    if platform.is_short_link(landed) {
        return Err(not_profile());
    }
    let id = platform.id_from_url(landed).ok_or_else(not_profile)?;
    let matched = platform.match_id(&id).ok_or_else(not_profile)?;
    let web = matched.form.web.ok_or_else(not_profile)?;
    Url::parse(&platforms::url_from_template(web, &matched.values)).map_err(|_| not_profile())
}

/// Platforms whose short links answer 200 with a page that moves on by script, and the
/// assignment that holds the address. Taobao's `m.tb.cn` pages carry
/// `var url = 'https://…';` (and Xianyu's and Tmall's, which share the host).
const SCRIPT_REDIRECTS: &[(&str, &str)] = &[("taobao_shop", "var url = ")];

/// The address a short link's page sends the browser on to by script, if the platform
/// is known to do that. Only short-link pages are read: a profile page's scripts are not.
fn script_redirect(platform: &Platform, page: &Url, body: &[u8]) -> Option<Url> {
    if !platform.is_short_link(page) {
        return None;
    }
    let (_, marker) = SCRIPT_REDIRECTS.iter().find(|(id, _)| *id == platform.id)?;
    let body = String::from_utf8_lossy(body);
    let after = &body[body.find(marker)? + marker.len()..];
    let quote = after.chars().next().filter(|c| matches!(c, '\'' | '"'))?;
    let value = &after[1..];
    let value = &value[..value.find(quote)?];
    page.join(value.trim()).ok()
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashMap;
    use std::time::Duration;

    /// Answers from a table; counts requests per address.
    struct Table(HashMap<&'static str, Response>, Vec<String>);

    impl Fetch for Table {
        fn get(&mut self, url: &Url, _: Instant) -> Result<Response, FetchError> {
            self.1.push(url.to_string());
            self.0
                .get(url.as_str())
                .cloned()
                .ok_or_else(|| FetchError::Failed(format!("no route to {url}")))
        }
    }

    fn redirect(to: &str) -> Response {
        Response {
            status: 302,
            location: Some(to.to_owned()),
            body: Vec::new(),
        }
    }

    fn page(status: u16, body: &str) -> Response {
        Response {
            status,
            location: None,
            body: body.as_bytes().to_vec(),
        }
    }

    fn run(
        platform: &str,
        short: &str,
        table: &[(&'static str, Response)],
    ) -> (Result<String, Refusal>, Vec<String>) {
        let mut fetch = Table(table.iter().cloned().collect(), Vec::new());
        let deadline = Instant::now() + Duration::from_secs(5);
        let got = follow(
            platforms::get(platform).unwrap(),
            &Url::parse(short).unwrap(),
            &mut fetch,
            deadline,
        );
        (got.map(String::from), fetch.1)
    }

    /// Where Douyin's share links really land: its share page of the user.
    #[test]
    fn a_douyin_share_link_lands_on_the_share_page_and_gives_the_profile() {
        let share = "https://www.iesdouyin.com/share/user/MS4wLjABAAAAv7iSuuXDJGDvJkmH_vz1qkDZYo1apxgzaxdBSeIuPiM?u_code=abc";
        let (got, _) = run(
            "douyin",
            "https://v.douyin.com/iRNBho6u/",
            &[
                ("https://v.douyin.com/iRNBho6u/", redirect(share)),
                (share, page(200, "<html>")),
            ],
        );
        assert_eq!(
            got.unwrap(),
            "https://www.douyin.com/user/MS4wLjABAAAAv7iSuuXDJGDvJkmH_vz1qkDZYo1apxgzaxdBSeIuPiM"
        );
    }

    #[test]
    fn a_redirect_chain_to_a_space_gives_the_canonical_address() {
        let (got, asked) = run(
            "bilibili",
            "https://b23.tv/AbC123x",
            &[
                (
                    "https://b23.tv/AbC123x",
                    redirect("https://m.bilibili.com/space/12345678?share_source=copy"),
                ),
                (
                    "https://m.bilibili.com/space/12345678?share_source=copy",
                    page(200, "<html>"),
                ),
            ],
        );
        assert_eq!(got.unwrap(), "https://space.bilibili.com/12345678");
        assert_eq!(asked.len(), 2);
    }

    #[test]
    fn taobao_script_page_is_followed() {
        let (got, _) = run(
            "taobao_shop",
            "https://m.tb.cn/h.5abc",
            &[
                (
                    "https://m.tb.cn/h.5abc",
                    page(
                        200,
                        "<script>\nvar url = 'https://shop.m.taobao.com/shop/shop_index.htm?shop_id=104736810&spm=a';\nlocation.replace(url);</script>",
                    ),
                ),
                (
                    "https://shop.m.taobao.com/shop/shop_index.htm?shop_id=104736810&spm=a",
                    page(200, ""),
                ),
            ],
        );
        assert_eq!(
            got.unwrap(),
            "https://shop.m.taobao.com/shop/shop_index.htm?shop_id=104736810"
        );
    }

    #[test]
    fn leaving_the_platform_stops_before_the_other_host_is_asked() {
        let (got, asked) = run(
            "weibo",
            "http://t.cn/A6xYz",
            &[("http://t.cn/A6xYz", redirect("http://127.0.0.1:8080/admin"))],
        );
        assert_eq!(
            got.unwrap_err(),
            Refusal::OffPlatform("http://127.0.0.1:8080/admin".into())
        );
        assert_eq!(asked, ["http://t.cn/A6xYz"]);
    }

    #[test]
    fn dead_links_loops_app_schemes_and_non_profiles_are_refused() {
        let (got, _) = run(
            "bilibili",
            "https://b23.tv/x",
            &[("https://b23.tv/x", page(404, ""))],
        );
        assert_eq!(
            got.unwrap_err(),
            Refusal::Dead(404, "https://b23.tv/x".into())
        );
        let (got, _) = run(
            "bilibili",
            "https://b23.tv/x",
            &[
                ("https://b23.tv/x", redirect("/y")),
                ("https://b23.tv/y", redirect("https://b23.tv/x")),
            ],
        );
        assert_eq!(got.unwrap_err(), Refusal::Loop("https://b23.tv/x".into()));
        let (got, _) = run(
            "douyin",
            "https://v.douyin.com/x/",
            &[(
                "https://v.douyin.com/x/",
                redirect("snssdk1128://user/profile/1"),
            )],
        );
        assert!(matches!(got.unwrap_err(), Refusal::NotHttp(_)));
        let (got, _) = run(
            "bilibili",
            "https://b23.tv/x",
            &[
                (
                    "https://b23.tv/x",
                    redirect("https://www.bilibili.com/video/BV1xx411c7mD"),
                ),
                ("https://www.bilibili.com/video/BV1xx411c7mD", page(200, "")),
            ],
        );
        assert_eq!(
            got.unwrap_err(),
            Refusal::NotProfile {
                at: "https://www.bilibili.com/video/BV1xx411c7mD".into(),
                what: Some("one Bilibili video".into()),
            }
        );
        let (got, _) = run(
            "bilibili",
            "https://b23.tv/x",
            &[(
                "https://b23.tv/x",
                page(200, "var url = 'https://space.bilibili.com/1'"),
            )],
        );
        assert_eq!(
            got.unwrap_err(),
            Refusal::NotProfile {
                at: "https://b23.tv/x".into(),
                what: None,
            },
            "only platforms known to redirect by script are read"
        );
    }

    #[test]
    fn at_most_ten_redirects() {
        let hops: Vec<(&'static str, Response)> = (0..12)
            .map(|i| {
                let from: &'static str = format!("https://b23.tv/{i}").leak();
                (from, redirect(&format!("https://b23.tv/{}", i + 1)))
            })
            .collect();
        let (got, asked) = run("bilibili", "https://b23.tv/0", &hops);
        assert_eq!(got.unwrap_err(), Refusal::TooManyRedirects);
        assert_eq!(asked.len(), MAX_REDIRECTS + 1);
    }
}
