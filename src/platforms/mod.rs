//! The platform registry: every platform hutong knows, compiled in.
//!
//! Takes nothing; gives `&'static Platform` records that say, for one platform, what its
//! `id` looks like (per id *form*: a YouTube handle and a YouTube channel id are two forms),
//! which hosts belong to it, how to build its web URL and app links from an id, and how it
//! looks (names, brand colour, icon). The data lives in `data.rs`, with where each fact
//! comes from; icons come from simple-icons (see `icons.rs`). `pages` says what an
//! address is — a profile, a short link, or one video, post or product that is nobody's
//! profile ([`classify`]); `names` finds a platform by any name people call it
//! ([`lookup`]).
//!
//! This module does not read profiles or decide what a page shows; `links` does that.

mod data;
mod icons;
mod names;
mod pages;

use std::sync::OnceLock;

use crate::escape::percent_decode;

pub use icons::Icon;
pub use names::lookup;
pub use pages::{Classified, NotProfile, classify};

pub use crate::lang::Text;

/// How `hutong platforms --json` writes the registry's texts. The shapes were published
/// before the texts shared one type, so they stay as they were: a name lists Simplified
/// first, a help text calls Simplified `zh`.
mod json {
    use super::Text;

    #[derive(serde::Serialize)]
    struct Name {
        zh_hans: &'static str,
        zh_hant: &'static str,
        en: &'static str,
    }

    #[derive(serde::Serialize)]
    struct Help {
        en: &'static str,
        zh: &'static str,
        zh_hant: &'static str,
    }

    pub fn name<S: serde::Serializer>(t: &Text, s: S) -> Result<S::Ok, S::Error> {
        serde::Serialize::serialize(
            &Name {
                zh_hans: t.zh_hans,
                zh_hant: t.zh_hant,
                en: t.en,
            },
            s,
        )
    }

    pub fn help<S: serde::Serializer>(t: &Text, s: S) -> Result<S::Ok, S::Error> {
        serde::Serialize::serialize(
            &Help {
                en: t.en,
                zh: t.zh_hans,
                zh_hant: t.zh_hant,
            },
            s,
        )
    }
}

/// How sure the public sources are about a fact.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Status {
    /// Seen stated in a source.
    Verified,
    /// Read between the lines or guessed; hutong does not act on it.
    Inferred,
}

/// Whether the platform's https link opens its app by itself (iOS Universal Link,
/// Android App Link).
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum UniversalLink {
    Yes,
    Likely,
    No,
    Unknown,
}

/// One shape an account identifier can take on a platform.
#[derive(Debug, Clone, Copy, serde::Serialize)]
pub struct IdForm {
    /// A `regex-lite` pattern, anchored with `^…$`. Named groups become placeholders of
    /// the templates below; a pattern without groups gives `{id}` (the whole id).
    pub pattern: &'static str,
    /// The web profile URL, e.g. `https://space.bilibili.com/{id}`; `None` where the
    /// platform has no public web profile (WeChat).
    pub web: Option<&'static str>,
    /// The app link on iOS (custom scheme), if any.
    pub ios: Option<&'static str>,
    /// The app link on Android (custom scheme; hutong wraps it in an `intent:` URL
    /// with the package and a browser fallback), if any.
    pub android: Option<&'static str>,
    /// Whether the app links above are verified (`Inferred` links are never used).
    pub app_status: Status,
    /// An example id of this form.
    pub example: &'static str,
}

/// The separate id the app link needs, where it differs from the web id (Douyin,
/// Kuaishou and Toutiao use a numeric uid in their schemes).
#[derive(Debug, Clone, Copy, serde::Serialize)]
pub struct AppIdRule {
    pub pattern: &'static str,
    #[serde(serialize_with = "json::help")]
    pub what: Text,
    #[serde(serialize_with = "json::help")]
    pub howto: Text,
    pub example: &'static str,
}

/// How hutong shows and links an account of a platform.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Kind {
    /// A profile on the web (and maybe in an app).
    Profile,
    /// A WeChat-native account: no web profile; shown as a QR code and an ID to copy.
    WechatNative,
    /// A contact address (mailto:, tel:): copied as well as opened.
    Contact,
    /// `link`: any http(s) URL.
    Link,
}

/// One platform of the registry.
#[derive(Debug, serde::Serialize)]
pub struct Platform {
    /// The id used in `site.yaml` (`platform: bilibili`).
    pub id: &'static str,
    /// The platform's name in each interface language.
    #[serde(serialize_with = "json::name")]
    pub names: Text,
    pub kind: Kind,
    /// Registrable domains whose hosts (the domain itself and every subdomain) belong to
    /// the platform. An account `url` must be on one of them.
    pub hosts: &'static [&'static str],
    /// URL shapes that carry an id, as `host/path?query#fragment` templates with `{id}` in
    /// one host label, path segment, query value or fragment part; e.g.
    /// `space.bilibili.com/{id}/**`. In a path, `x*y` stands for any one segment starting
    /// with `x` and ending with `y`, a last `**` for any sub-page, and `+` before a
    /// segment starts the id there (`+c/{id}` reads `c/<name>`). Used to read an id out
    /// of a `url`; the host must match exactly, or with `www.`.
    pub url_patterns: &'static [&'static str],
    /// The id forms, most specific first; an id is valid if one form matches.
    pub forms: &'static [IdForm],
    /// What the id is, in a sentence.
    #[serde(serialize_with = "json::help")]
    pub id_what: Text,
    /// How a creator finds the id.
    #[serde(serialize_with = "json::help")]
    pub id_howto: Text,
    /// The separate app id, where the app link needs one.
    pub app_id: Option<AppIdRule>,
    pub android_package: Option<&'static str>,
    pub universal_link: UniversalLink,
    /// Brand colour, `#rrggbb`.
    pub color: &'static str,
    #[serde(skip)]
    pub icon: Icon,
    /// Overall confidence in the sources of the record: "high", "medium" or "low".
    pub confidence: &'static str,
}

/// Every platform, sorted by id (`link` included).
pub fn all() -> &'static [Platform] {
    data::PLATFORMS
}

/// The platform with this id.
pub fn get(id: &str) -> Option<&'static Platform> {
    all()
        .binary_search_by(|p| p.id.cmp(id))
        .ok()
        .map(|i| &all()[i])
}

/// The ids closest to a mistyped id or name, best first (at most three); see
/// [`lookup`] for a name that is exact.
pub fn closest(name: &str) -> Vec<&'static str> {
    names::closest(name)
}

/// An id checked against one of a platform's forms, with the values its templates need.
#[derive(Debug, Clone)]
pub struct Matched {
    pub form: &'static IdForm,
    /// Placeholder values: `id` (the group named `id`, else the whole id) and every
    /// other named group of the form's pattern.
    pub values: Vec<(&'static str, String)>,
}

impl Platform {
    /// The index of this platform in [`all`].
    pub fn index(&self) -> usize {
        all()
            .binary_search_by(|p| p.id.cmp(self.id))
            .expect("every platform is in the registry")
    }

    /// Checks `id` against the platform's forms; `None` if no form accepts it.
    pub fn match_id(&'static self, id: &str) -> Option<Matched> {
        let regexes = &compiled()[self.index()].forms;
        self.forms.iter().zip(regexes).find_map(|(form, re)| {
            let caps = re.captures(id)?;
            let mut values = vec![("id", id.to_owned())];
            for name in re.capture_names().flatten() {
                let value = caps.name(name).map_or("", |m| m.as_str()).to_owned();
                match values.iter_mut().find(|(k, _)| *k == name) {
                    Some(slot) => slot.1 = value,
                    None => values.push((leak_name(form, name), value)),
                }
            }
            Some(Matched { form, values })
        })
    }

    /// Whether a URL host belongs to this platform. Without hosts, `link` and federated
    /// profiles (`mastodon`: any instance) accept every host; a WeChat-native or contact
    /// platform without hosts has no web address at all and accepts none (a 视频号
    /// button must not lead to any site its `url` names).
    pub fn owns_host(&self, host: &str) -> bool {
        if self.hosts.is_empty() {
            return matches!(self.kind, Kind::Link | Kind::Profile);
        }
        self.hosts
            .iter()
            .chain(self.short_hosts())
            .any(|d| host_in_domain(host, d))
    }

    /// The platform's own short-link hosts (`b23.tv`): its hosts too, but a URL on one
    /// names no account until it is followed.
    pub fn short_hosts(&self) -> &'static [&'static str] {
        data::SHORT_HOSTS
            .binary_search_by(|(id, _)| id.cmp(&self.id))
            .map_or(&[], |i| data::SHORT_HOSTS[i].1)
    }

    /// Whether `url` is one of this platform's short links.
    pub fn is_short_link(&self, url: &url::Url) -> bool {
        url.host_str()
            .is_some_and(|host| self.short_hosts().iter().any(|d| host_in_domain(host, d)))
    }

    /// Whether `url` is one of this platform's https links that open WeChat from any
    /// browser (a Mini Program URL Link on `wxaurl.cn`), so a WeChat-native account's
    /// go page can lead to it outside WeChat too.
    pub fn opens_wechat_anywhere(&self, url: &url::Url) -> bool {
        let hosts = data::OPENS_WECHAT_ANYWHERE
            .binary_search_by(|(id, _)| id.cmp(&self.id))
            .map_or(&[][..], |i| data::OPENS_WECHAT_ANYWHERE[i].1);
        url.host_str()
            .is_some_and(|host| hosts.iter().any(|d| host_in_domain(host, d)))
    }

    /// Whether `app_id` has the shape this platform's app links need.
    pub fn match_app_id(&'static self, app_id: &str) -> bool {
        compiled()[self.index()]
            .app_id
            .as_ref()
            .is_some_and(|re| re.is_match(app_id))
    }

    /// Reads an id out of a URL of this platform, if it has one of the known shapes
    /// and the id is valid.
    pub fn id_from_url(&'static self, url: &url::Url) -> Option<String> {
        let host = url.host_str()?;
        self.url_patterns
            .iter()
            .filter_map(|pattern| match_url_pattern(pattern, host, url))
            .find(|id| self.match_id(id).is_some())
    }

    /// A human-readable list of the example ids, for hints.
    pub fn examples(&self) -> Vec<&'static str> {
        self.forms.iter().map(|f| f.example).collect()
    }

    /// The platform's name in a language.
    pub fn name(&self, lang: crate::Lang) -> &'static str {
        self.names.get(lang)
    }
}

/// Finds the platform a URL belongs to, by host (the `link` platform is never returned).
///
/// When the hosts of two platforms nest (`weixin.qq.com` for Official Accounts,
/// `work.weixin.qq.com` for WeCom), the platform of the longest matching host wins.
pub fn recognise(url: &url::Url) -> Option<&'static Platform> {
    let host = url.host_str()?;
    let matched = |p: &Platform| {
        p.hosts
            .iter()
            .chain(p.short_hosts())
            .filter(|d| host_in_domain(host, d))
            .map(|d| d.len())
            .max()
    };
    // On one host (`work.weixin.qq.com` for both WeCom platforms), the platform that
    // reads an id out of the URL's path wins.
    all()
        .iter()
        .filter(|p| !p.hosts.is_empty())
        .filter_map(|p| Some(((matched(p)?, p.id_from_url(url).is_some()), p)))
        // `max_by_key` keeps the last of equals: reverse so the first in id order wins.
        .rev()
        .max_by_key(|(rank, _)| *rank)
        .map(|(_, p)| p)
}

/// The platform whose short-link host `host` is (`b23.tv` → bilibili).
pub fn short_link_platform(host: &str) -> Option<&'static Platform> {
    data::SHORT_HOSTS
        .iter()
        .find(|(_, hosts)| hosts.iter().any(|d| host_in_domain(host, d)))
        .and_then(|(id, _)| get(id))
}

/// Whether `host` is `domain` or one of its subdomains (label-aligned, case-insensitive,
/// one trailing dot allowed: `bilibili.com.` is the same host, `bilibili.com..` is none).
pub fn host_in_domain(host: &str, domain: &str) -> bool {
    let host = host.strip_suffix('.').unwrap_or(host).to_ascii_lowercase();
    host == domain
        || host
            .strip_suffix(domain)
            .is_some_and(|rest| rest.ends_with('.'))
}

/// Builds a URL from a template of the registry (`https://space.bilibili.com/{id}`),
/// each `{name}` replaced by its value percent-encoded for its place in a URL — every
/// value here already passed a form's pattern. Not for words: see `lang::fill`.
pub fn url_from_template(template: &str, values: &[(&str, String)]) -> String {
    let mut out = String::with_capacity(template.len() + 32);
    let mut rest = template;
    while let Some(start) = rest.find('{') {
        out.push_str(&rest[..start]);
        let Some(len) = rest[start..].find('}') else {
            break;
        };
        let name = &rest[start + 1..start + len];
        match values.iter().find(|(k, _)| *k == name) {
            Some((_, v)) => encode_component(v, &mut out),
            None => out.push_str(&rest[start..=start + len]),
        }
        rest = &rest[start + len + 1..];
    }
    out.push_str(rest);
    out
}

/// Percent-encodes everything but unreserved characters and the few that ids use
/// legitimately (`@`, `+`, `/`, `=` for WeChat's base64 keys, `:` for DIDs).
fn encode_component(value: &str, out: &mut String) {
    for byte in value.bytes() {
        match byte {
            b'A'..=b'Z'
            | b'a'..=b'z'
            | b'0'..=b'9'
            | b'-'
            | b'.'
            | b'_'
            | b'~'
            | b'@'
            | b'+'
            | b'='
            | b':' => out.push(byte as char),
            _ => out.push_str(&format!("%{byte:02X}")),
        }
    }
}

/// A platform's patterns, compiled once on first use: one for each id form, in order,
/// and the app id's.
struct Compiled {
    forms: Vec<regex_lite::Regex>,
    app_id: Option<regex_lite::Regex>,
}

/// [`Compiled`] for every platform, in registry order.
fn compiled() -> &'static [Compiled] {
    static CELL: OnceLock<Vec<Compiled>> = OnceLock::new();
    let regex = |pattern| regex_lite::Regex::new(pattern).expect("registry patterns are tested");
    CELL.get_or_init(|| {
        all()
            .iter()
            .map(|p| Compiled {
                forms: p.forms.iter().map(|f| regex(f.pattern)).collect(),
                app_id: p.app_id.as_ref().map(|r| regex(r.pattern)),
            })
            .collect()
    })
}

/// Group names come from `'static` patterns; find the same name inside the pattern
/// text so the returned `&'static str` needs no allocation.
fn leak_name(form: &'static IdForm, name: &str) -> &'static str {
    let needle = format!("(?P<{name}>");
    let at = form
        .pattern
        .find(&needle)
        .expect("group name comes from this pattern")
        + 4;
    &form.pattern[at..at + name.len()]
}

/// Matches `host/path?query#fragment` patterns with one `{id}` against a URL (the
/// syntax is [`Platform::url_patterns`]'s).
fn match_url_pattern(pattern: &str, host: &str, url: &url::Url) -> Option<String> {
    let (p_host, p_rest) = pattern.split_once('/').unwrap_or((pattern, ""));
    let (p_rest, p_fragment) = match p_rest.split_once('#') {
        Some((a, b)) => (a, Some(b)),
        None => (p_rest, None),
    };
    let (p_path, p_query) = match p_rest.split_once('?') {
        Some((a, b)) => (a, Some(b)),
        None => (p_rest, None),
    };
    let mut found = None;
    let mut take = |v: Option<String>| -> Option<()> {
        if let Some(v) = v {
            found = Some(v);
        }
        Some(())
    };
    take(match_host(p_host, host)?)?;
    take(match_path(p_path, url.path())?)?;
    if let Some(q) = p_query {
        take(match_query(q, url.query().unwrap_or(""))?)?;
    }
    if let Some(f) = p_fragment {
        let fragment = url.fragment()?;
        let (f_path, f_query) = f.split_once('?').unwrap_or((f, ""));
        let (u_path, u_query) = fragment.split_once('?').unwrap_or((fragment, ""));
        take(match_path(f_path, u_path)?)?;
        take(match_query(f_query, u_query)?)?;
    }
    found.filter(|id| !id.is_empty())
}

/// A host against a pattern's host, `www.` ignored on both; one label may carry the id
/// (`shop{id}.taobao.com`). Same answers as [`match_path`].
fn match_host(pattern: &str, host: &str) -> Option<Option<String>> {
    let host = host.trim_end_matches('.').to_ascii_lowercase();
    let strip_www = |h: &str| h.strip_prefix("www.").unwrap_or(h).to_owned();
    let (p, u) = (strip_www(pattern), strip_www(&host));
    let (p, u): (Vec<&str>, Vec<&str>) = (p.split('.').collect(), u.split('.').collect());
    if p.len() != u.len() {
        return None;
    }
    let mut id = None;
    for (p, u) in p.iter().zip(&u) {
        match p.split_once("{id}") {
            Some((prefix, suffix)) => {
                let inner = u.strip_prefix(prefix)?.strip_suffix(suffix)?;
                if inner.is_empty() {
                    return None;
                }
                id = Some(inner.to_owned());
            }
            None if p == u => {}
            None => return None,
        }
    }
    Some(id)
}

/// `Some(Some(id))` if the path matches and carries the id, `Some(None)` if it matches
/// without one, `None` if it does not match. Trailing slashes are ignored. A segment
/// `x*y` matches any segment that starts with `x` and ends with `y`; a last segment `**`
/// matches whatever follows (the sub-pages of a profile); a segment written `+c` starts
/// the id there, so `+c/{id}` reads `c/<name>` (YouTube's older addresses).
fn match_path(pattern: &str, path: &str) -> Option<Option<String>> {
    let mut p: Vec<&str> = pattern.split('/').filter(|s| !s.is_empty()).collect();
    let segments: Vec<&str> = path.split('/').filter(|s| !s.is_empty()).collect();
    let rest = p.last() == Some(&"**");
    if rest {
        p.pop();
    }
    if segments.len() < p.len() || (!rest && segments.len() != p.len()) {
        return None;
    }
    let mut id = None;
    let mut start = None;
    for (i, (p, u)) in p.iter().zip(&segments).enumerate() {
        let p = match p.strip_prefix('+') {
            Some(literal) => {
                start = Some(i);
                literal
            }
            None => p,
        };
        if let Some((prefix, suffix)) = p.split_once("{id}") {
            let inner = percent_decode(u.strip_prefix(prefix)?.strip_suffix(suffix)?)?;
            let mut whole: Vec<String> = Vec::new();
            for literal in &segments[start.unwrap_or(i)..i] {
                whole.push(percent_decode(literal)?);
            }
            whole.push(inner);
            id = Some(whole.join("/"));
        } else if let Some((before, after)) = p.split_once('*') {
            let fits = u.len() >= before.len() + after.len()
                && u.starts_with(before)
                && u.ends_with(after);
            if !fits {
                return None;
            }
        } else if p != *u {
            return None;
        }
    }
    Some(id)
}

/// Every `key=value` of the pattern must be in the query; `key={id}` captures.
fn match_query(pattern: &str, query: &str) -> Option<Option<String>> {
    let pairs: Vec<(&str, &str)> = query
        .split('&')
        .filter_map(|kv| kv.split_once('='))
        .collect();
    let mut id = None;
    for part in pattern.split('&').filter(|s| !s.is_empty()) {
        let (key, want) = part.split_once('=')?;
        let (_, got) = pairs.iter().find(|(k, _)| *k == key)?;
        if want == "{id}" {
            id = Some(percent_decode(got)?);
        } else if want != *got {
            return None;
        }
    }
    Some(id)
}

#[cfg(test)]
mod tests;
