//! The platform registry: every platform hutong knows, compiled in.
//!
//! Takes nothing; gives `&'static Platform` records that say, for one platform, what its
//! `id` looks like (per id *form*: a YouTube handle and a YouTube channel id are two forms),
//! which hosts belong to it, how to build its web URL and app links from an id, and how it
//! looks (names, brand colour, icon). The data lives in `data.rs` and follows
//! `platforms.md`; icons come from simple-icons (see `icons.rs`).
//!
//! This module does not read profiles or decide what a page shows; `links` does that.

mod data;
mod icons;

use std::sync::OnceLock;

pub use icons::Icon;

/// A platform's name in each UI language.
#[derive(Debug, Clone, Copy)]
pub struct Names {
    pub zh_hans: &'static str,
    pub zh_hant: &'static str,
    pub en: &'static str,
}

/// A help text in English and in Simplified Chinese.
#[derive(Debug, Clone, Copy)]
pub struct Text {
    pub en: &'static str,
    pub zh: &'static str,
}

/// How sure the research is about a fact (see `platforms.md`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Status {
    /// Seen stated in a source.
    Verified,
    /// Read between the lines or guessed; hutong does not act on it.
    Inferred,
}

/// Whether the platform's https link opens its app by itself (iOS Universal Link,
/// Android App Link).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum UniversalLink {
    Yes,
    Likely,
    No,
    Unknown,
}

/// An app link template, e.g. `bilibili://space/{id}`.
#[derive(Debug, Clone, Copy)]
pub struct AppLink {
    /// Placeholders are the named groups of the id form's pattern (`{id}` for most) and
    /// `{app_id}` when the link needs the separate app id.
    pub template: &'static str,
    pub status: Status,
}

/// One shape an account identifier can take on a platform.
#[derive(Debug, Clone, Copy)]
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
#[derive(Debug, Clone, Copy)]
pub struct AppIdRule {
    pub pattern: &'static str,
    pub what: Text,
    pub howto: Text,
    pub example: &'static str,
}

/// How hutong shows and links an account of a platform.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
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
#[derive(Debug)]
pub struct Platform {
    /// The id used in `site.yaml` (`platform: bilibili`).
    pub id: &'static str,
    pub names: Names,
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
    pub id_what: Text,
    /// How a creator finds the id.
    pub id_howto: Text,
    /// The separate app id, where the app link needs one.
    pub app_id: Option<AppIdRule>,
    pub android_package: Option<&'static str>,
    pub universal_link: UniversalLink,
    /// Brand colour, `#rrggbb`.
    pub color: &'static str,
    pub icon: Icon,
    /// Overall confidence of the research: "high", "medium" or "low".
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
