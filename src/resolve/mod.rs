//! `hutong resolve`: a profile's short links → the profile addresses they lead to.
//!
//! Takes a site's `site.yaml` text and something that performs a GET ([`Fetch`]); gives,
//! for every account whose `url` is one of its platform's short links (or a share text
//! holding one), what the link became or why it was left alone, and the file's new text
//! with only those values changed ([`edit`]). An address is written only when the chain
//! stays on the platform's own hosts and ends on an address the registry reads an
//! account id from; it is written in the registry's canonical form.
//!
//! This is the only part of hutong that uses the network, and only through the [`Fetch`]
//! it is given ([`http`] with the `resolve` feature); `build`, `check` and `serve` never
//! call it. It reads no `id`/`app_id` from the pages it lands on.

pub mod edit;
mod follow;
#[cfg(feature = "resolve")]
pub mod http;

use std::time::{Duration, Instant};

use url::Url;

pub use follow::{Fetch, FetchError, MAX_REDIRECTS, Refusal, Response, follow};

use crate::platforms::{self, Platform};
use crate::profile::share_text;
use crate::profile::yaml::{self, Node, Value};

/// How long to wait.
#[derive(Debug, Clone, Copy)]
pub struct Limits {
    /// For one request.
    pub request: Duration,
    /// For one short link's whole chain.
    pub chain: Duration,
}

impl Default for Limits {
    fn default() -> Self {
        Limits {
            request: Duration::from_secs(5),
            chain: Duration::from_secs(20),
        }
    }
}

/// What became of one account's short link.
#[derive(Debug, Clone)]
pub enum Outcome {
    /// It leads to this profile address, which replaces the value.
    Resolved(Url),
    /// Following it gave no profile address.
    Refused(Refusal),
    /// The link is a short link of another platform than the account's.
    OtherPlatform(&'static Platform),
    /// The new address could not be written without changing something else.
    NotEditable(String),
}

/// One account whose `url` holds a short link.
#[derive(Debug, Clone)]
pub struct Account {
    /// 1-based line of the `url` value.
    pub line: usize,
    /// The account's platform (given, or the short link's).
    pub platform: &'static Platform,
    /// The short link.
    pub short: Url,
    /// Whether the value was a share text around the link.
    pub from_text: bool,
    pub outcome: Outcome,
}

/// One site's result.
#[derive(Debug, Clone)]
pub struct Report {
    pub accounts: Vec<Account>,
    /// The scalars to change (those of the resolved accounts).
    pub changes: Vec<edit::Change>,
    /// The file with the changes made; `None` when nothing changes.
    pub text: Option<String>,
}

impl Report {
    /// Accounts left alone.
    pub fn unresolved(&self) -> impl Iterator<Item = &Account> {
        self.accounts
            .iter()
            .filter(|a| !matches!(a.outcome, Outcome::Resolved(_)))
    }
}

/// A short link found in a profile, before it is followed.
#[derive(Debug, Clone)]
pub struct Found {
    pub line: usize,
    /// The `url` scalar's bytes in the file (BOM counted), quotes included.
    pub span: std::ops::Range<usize>,
    pub platform: &'static Platform,
    pub short: Url,
    pub from_text: bool,
    /// The short link belongs to this other platform, not the account's.
    pub other: Option<&'static Platform>,
}

/// The accounts of a profile text whose `url` holds a short link, in file order. A file
/// that is not YAML gives the parser's message; accounts `check` would refuse for other
/// reasons are still listed when their `url` holds a short link.
pub fn find(source: &str) -> Result<Vec<Found>, String> {
    let (bom, text) = match source.strip_prefix('\u{feff}') {
        Some(rest) => (3, rest),
        None => (0, source),
    };
    let root = yaml::parse(text).map_err(|d| match d.at {
        Some(at) => format!("line {}: {}", at.line, d.message),
        None => d.message,
    })?;
    let mut found = Vec::new();
    for account in field(&root, "accounts").map_or(&[][..], items) {
        let Some(url_node) = field(account, "url") else {
            continue;
        };
        let Value::Scalar { text: value, .. } = &url_node.value else {
            continue;
        };
        let Some(extracted) = share_text::extract(value) else {
            continue;
        };
        let Ok(short) = Url::parse(extracted.url) else {
            continue;
        };
        let Some(owner) = short.host_str().and_then(platforms::short_link_platform) else {
            continue;
        };
        let declared = match field(account, "platform").map(|n| &n.value) {
            Some(Value::Scalar { text, .. }) => match platforms::get(text.trim()) {
                Some(p) => Some(p),
                None => continue, // `check` names the unknown platform
            },
            _ => None,
        };
        if declared.is_some_and(|p| p.id == "link") {
            continue; // any short link is fine on a plain link
        }
        let platform = declared.unwrap_or(owner);
        found.push(Found {
            line: url_node.at.line,
            span: url_node.at.start + bom..url_node.at.end + bom,
            platform,
            short,
            from_text: extracted.from_text,
            other: (platform.id != owner.id).then_some(owner),
        });
    }
    Ok(found)
}

/// Follows every short link of a profile text and makes the file's new text.
pub fn site(source: &str, fetch: &mut dyn Fetch, limits: Limits) -> Result<Report, String> {
    let mut accounts = Vec::new();
    let mut changes = Vec::new();
    for found in find(source)? {
        let outcome = match found.other {
            Some(other) => Outcome::OtherPlatform(other),
            None => {
                let deadline = Instant::now() + limits.chain;
                match follow(found.platform, &found.short, fetch, deadline) {
                    Ok(url) => {
                        let change = edit::Change {
                            span: found.span.clone(),
                            value: url.to_string(),
                        };
                        // Checked alone, so one value that cannot be written leaves the
                        // others free to be.
                        match edit::apply(source, std::slice::from_ref(&change)) {
                            Ok(_) => {
                                changes.push(change);
                                Outcome::Resolved(url)
                            }
                            Err(e) => Outcome::NotEditable(e.to_string()),
                        }
                    }
                    Err(refusal) => Outcome::Refused(refusal),
                }
            }
        };
        accounts.push(Account {
            line: found.line,
            platform: found.platform,
            short: found.short,
            from_text: found.from_text,
            outcome,
        });
    }
    let text = if changes.is_empty() {
        None
    } else {
        Some(edit::apply(source, &changes).map_err(|e| e.to_string())?)
    };
    Ok(Report {
        accounts,
        changes,
        text,
    })
}

/// The value under `key` of a mapping node.
fn field<'a>(node: &'a Node, key: &str) -> Option<&'a Node> {
    let Value::Map(entries) = &node.value else {
        return None;
    };
    entries
        .iter()
        .find(|(k, _)| matches!(&k.value, Value::Scalar { text, .. } if text == key))
        .map(|(_, v)| v)
}

fn items(node: &Node) -> &[Node] {
    match &node.value {
        Value::Seq(items) => items,
        _ => &[],
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn short_links_and_share_texts_are_found_with_their_exact_bytes() {
        let source = "\u{feff}name: x\r\naccounts:\r\n  - url: \"【小满的个人空间-哔哩哔哩】 https://b23.tv/AbC\"  # c\r\n  - url: 'https://v.douyin.com/iRNBho6u/'\r\n  - platform: link\r\n    url: https://b23.tv/Other\r\n  - url: https://space.bilibili.com/1\r\n  - platform: douyin\r\n    url: https://b23.tv/Wrong\r\n";
        let found = find(source).unwrap();
        let spans: Vec<&str> = found.iter().map(|f| &source[f.span.clone()]).collect();
        assert_eq!(
            spans,
            [
                "\"【小满的个人空间-哔哩哔哩】 https://b23.tv/AbC\"",
                "'https://v.douyin.com/iRNBho6u/'",
                "https://b23.tv/Wrong",
            ]
        );
        assert_eq!(found[0].platform.id, "bilibili");
        assert!(found[0].from_text);
        assert_eq!(found[0].line, 3);
        assert_eq!(found[1].platform.id, "douyin");
        assert!(!found[1].from_text);
        assert_eq!(found[2].other.map(|p| p.id), Some("bilibili"));
    }

    #[test]
    fn a_file_that_is_not_yaml_is_an_error() {
        assert!(find("accounts: [\n").is_err());
    }
}
