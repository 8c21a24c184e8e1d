//! The platform registry: every platform hutong knows, compiled in.
//!
//! Takes nothing; gives `&'static Platform` records that say, for one platform, what its
//! `id` looks like (per id *form*: a YouTube handle and a YouTube channel id are two forms),
//! which hosts belong to it, how to build its web URL and app links from an id, and how it
//! looks (names, brand colour, icon). The data lives in `data.rs`, with where each fact
//! comes from; icons come from simple-icons (see `icons.rs`).
//!
//! This module does not read profiles or decide what a page shows; `links` does that.

mod data;
mod icons;

use std::sync::OnceLock;

use crate::escape::percent_decode;

pub use icons::Icon;

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
    /// one path segment, query value or fragment part; e.g. `space.bilibili.com/{id}`.
    /// Used to read an id out of a `url`; the host must match exactly, or with `www.`.
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

/// The ids closest to a mistyped one, best first (at most three).
pub fn closest(id: &str) -> Vec<&'static str> {
    crate::suggest::closest(id, all().iter().map(|p| p.id), 3)
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
    fn index(&self) -> usize {
        all()
            .binary_search_by(|p| p.id.cmp(self.id))
            .expect("every platform is in the registry")
    }

    /// Checks `id` against the platform's forms; `None` if no form accepts it.
    pub fn match_id(&'static self, id: &str) -> Option<Matched> {
        let regexes = &compiled()[self.index()];
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
        app_id_regexes()[self.index()]
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

fn compiled() -> &'static [Vec<regex_lite::Regex>] {
    static CELL: OnceLock<Vec<Vec<regex_lite::Regex>>> = OnceLock::new();
    CELL.get_or_init(|| {
        all()
            .iter()
            .map(|p| {
                p.forms
                    .iter()
                    .map(|f| {
                        regex_lite::Regex::new(f.pattern).expect("registry patterns are tested")
                    })
                    .collect()
            })
            .collect()
    })
}

fn app_id_regexes() -> &'static [Option<regex_lite::Regex>] {
    static CELL: OnceLock<Vec<Option<regex_lite::Regex>>> = OnceLock::new();
    CELL.get_or_init(|| {
        all()
            .iter()
            .map(|p| {
                p.app_id.as_ref().map(|r| {
                    regex_lite::Regex::new(r.pattern).expect("registry patterns are tested")
                })
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

/// Matches `host/path?query#fragment` patterns with one `{id}` against a URL.
fn match_url_pattern(pattern: &str, host: &str, url: &url::Url) -> Option<String> {
    let (p_host, p_rest) = pattern.split_once('/').unwrap_or((pattern, ""));
    let strip_www = |h: &str| h.strip_prefix("www.").unwrap_or(h).to_owned();
    if strip_www(p_host) != strip_www(&host.trim_end_matches('.').to_ascii_lowercase()) {
        return None;
    }
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

/// `Some(Some(id))` if the path matches and carries the id, `Some(None)` if it matches
/// without one, `None` if it does not match. Trailing slashes are ignored.
fn match_path(pattern: &str, path: &str) -> Option<Option<String>> {
    let p: Vec<&str> = pattern.split('/').filter(|s| !s.is_empty()).collect();
    let u: Vec<&str> = path.split('/').filter(|s| !s.is_empty()).collect();
    if p.len() != u.len() {
        return None;
    }
    let mut id = None;
    for (p, u) in p.iter().zip(&u) {
        match p.split_once("{id}") {
            Some((prefix, suffix)) => {
                let inner = u.strip_prefix(prefix)?.strip_suffix(suffix)?;
                id = Some(percent_decode(inner)?);
            }
            None if p == u => {}
            None => return None,
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
mod tests {
    use super::*;

    /// The web URL an example id makes, when it is an http(s) URL.
    fn example_urls() -> Vec<(&'static Platform, &'static IdForm, url::Url)> {
        let mut out = Vec::new();
        for p in all() {
            for form in p.forms {
                let Some(m) = p.match_id(form.example) else {
                    continue;
                };
                let Some(web) = form.web else { continue };
                let filled = url_from_template(web, &m.values);
                if filled.starts_with("https://") || filled.starts_with("http://") {
                    let url = url::Url::parse(&filled)
                        .unwrap_or_else(|e| panic!("{}: {filled}: {e}", p.id));
                    out.push((p, form, url));
                }
            }
        }
        out
    }

    #[test]
    fn every_example_id_matches_its_own_form() {
        for p in all() {
            for form in p.forms {
                let m = p
                    .match_id(form.example)
                    .unwrap_or_else(|| panic!("{}: {}", p.id, form.example));
                assert!(
                    std::ptr::eq(m.form, form),
                    "{}: {} is taken by an earlier form",
                    p.id,
                    form.example
                );
            }
        }
    }

    #[test]
    fn every_web_template_renders_a_url_on_the_platforms_hosts() {
        let urls = example_urls();
        assert!(urls.len() > 40, "{}", urls.len());
        for (p, _, url) in urls {
            let host = url.host_str().unwrap();
            assert!(p.owns_host(host), "{}: {url} is not on {:?}", p.id, p.hosts);
        }
    }

    #[test]
    fn every_example_url_is_recognised_back_to_its_platform_and_id() {
        for (p, form, url) in example_urls() {
            if p.hosts.is_empty() {
                continue; // mastodon: any instance; `platform:` must be given
            }
            let found = recognise(&url).unwrap_or_else(|| panic!("{url} is not recognised"));
            assert_eq!(found.id, p.id, "{url}");
            if p.url_patterns.is_empty() {
                continue;
            }
            let id = p
                .id_from_url(&url)
                .unwrap_or_else(|| panic!("{}: no id read from {url}", p.id));
            let (a, b) = (p.match_id(&id).unwrap(), p.match_id(form.example).unwrap());
            assert_eq!(
                a.values, b.values,
                "{}: {url} gives id {id}, not {}",
                p.id, form.example
            );
        }
    }

    /// Every help text in each language, with where it comes from.
    fn help_texts() -> Vec<(String, Text)> {
        let mut texts = Vec::new();
        for p in all() {
            texts.push((format!("{}.id_what", p.id), p.id_what));
            texts.push((format!("{}.id_howto", p.id), p.id_howto));
            if let Some(rule) = &p.app_id {
                texts.push((format!("{}.app_id.what", p.id), rule.what));
                texts.push((format!("{}.app_id.howto", p.id), rule.howto));
            }
        }
        texts
    }

    #[test]
    fn traditional_help_texts_are_traditional_and_keep_every_code_and_address() {
        // Characters that exist only in Simplified script, as a check against a text
        // copied from `zh_hans` unconverted.
        let simplified = "个这们号网开码设户页时书为与应头图说账链载单发关块条软备";
        let ascii = |text: &str| -> Vec<String> {
            text.split(|c: char| !c.is_ascii_graphic())
                .filter(|w| !w.is_empty() && *w != "QR")
                .map(str::to_owned)
                .collect()
        };
        for (place, text) in help_texts() {
            assert!(!text.zh_hant.trim().is_empty(), "{place}");
            if let Some(c) = text.zh_hant.chars().find(|c| simplified.contains(*c)) {
                panic!("{place}: `{c}` is Simplified: {}", text.zh_hant);
            }
            assert!(
                !text.zh_hant.contains(['“', '”']),
                "{place}: Traditional Chinese quotes with 「」"
            );
            // URLs, ids, paths and key names pass through unchanged.
            assert_eq!(ascii(text.zh_hant), ascii(text.zh_hans), "{place}");
        }
    }

    #[test]
    fn help_texts_come_in_each_language() {
        let wechat = get("wechat").unwrap();
        assert!(
            wechat
                .id_what
                .get(crate::Lang::En)
                .starts_with("Your WeChat ID")
        );
        assert!(
            wechat
                .id_what
                .get(crate::Lang::ZhHans)
                .starts_with("你的微信号")
        );
        assert!(
            wechat
                .id_what
                .get(crate::Lang::ZhHant)
                .starts_with("你的微信號")
        );
    }

    #[test]
    fn hosts_match_only_on_label_boundaries() {
        assert!(host_in_domain("space.bilibili.com", "bilibili.com"));
        assert!(host_in_domain("BILIBILI.COM.", "bilibili.com"));
        assert!(!host_in_domain("xbilibili.com", "bilibili.com"));
        assert!(!host_in_domain("bilibili.com.evil.example", "bilibili.com"));
        assert!(!host_in_domain("bilibili.com..", "bilibili.com"));
        assert!(!host_in_domain("evil.example.", "bilibili.com"));
    }

    #[test]
    fn only_link_and_federated_platforms_take_any_host() {
        for p in all().iter().filter(|p| p.hosts.is_empty()) {
            let any = p.owns_host("evil.example");
            assert_eq!(
                any,
                matches!(p.kind, Kind::Link | Kind::Profile),
                "{}",
                p.id
            );
        }
        assert!(!get("wechat_channels").unwrap().owns_host("evil.example"));
        assert!(get("mastodon").unwrap().owns_host("mastodon.social"));
    }

    #[test]
    fn url_templates_encode_values_but_keep_id_characters() {
        let values = vec![("id", "a b/ü@x".to_owned())];
        assert_eq!(
            url_from_template("https://x.example/{id}?q={id}", &values),
            "https://x.example/a%20b%2F%C3%BC@x?q=a%20b%2F%C3%BC@x"
        );
        assert_eq!(url_from_template("{missing}", &values), "{missing}");
    }

    #[test]
    fn url_patterns_read_ids_from_paths_queries_and_fragments() {
        let id = |u: &str| {
            let url = url::Url::parse(u).unwrap();
            recognise(&url).and_then(|p| p.id_from_url(&url).map(|id| (p.id, id)))
        };
        assert_eq!(
            id("https://space.bilibili.com/12345678/"),
            Some(("bilibili", "12345678".into()))
        );
        assert_eq!(
            id("https://m.weibo.cn/u/1234567890"),
            Some(("weibo", "1234567890".into()))
        );
        assert_eq!(
            id("https://www.tiktok.com/@someone"),
            Some(("tiktok", "someone".into()))
        );
        assert_eq!(
            id("https://music.163.com/#/user/home?id=42"),
            Some(("netease_music", "42".into()))
        );
        assert_eq!(
            id("https://shop.m.taobao.com/shop/shop_index.htm?spm=a&shop_id=123"),
            Some(("taobao_shop", "123".into()))
        );
        // A platform host without an id-carrying shape: recognised, no id.
        let url = url::Url::parse("https://b23.tv/AbCdE").unwrap();
        assert_eq!(recognise(&url).map(|p| p.id), Some("bilibili"));
        assert_eq!(recognise(&url).and_then(|p| p.id_from_url(&url)), None);
    }
}
