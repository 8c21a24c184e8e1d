//! What a platform's address is: a profile, a short link, or a page that is nobody's
//! profile (one video, note, post or product, a search, the platform's own pages, the
//! logged-in "my page").
//!
//! Takes a URL; gives a [`Classified`], and per platform how a creator copies the address
//! of the profile itself. The rules are data (`PAGES`, sorted by platform id), each with
//! an example address that the tests below classify back. This module does not judge a
//! profile's accounts or print anything: the profile checker and `hutong resolve` read
//! its answer.

use std::sync::OnceLock;

use super::{Platform, Text, recognise};

mod howto;
mod rules;
#[cfg(test)]
mod tests;
mod words;

use rules::PAGES;
use words::HOME;

/// What a URL is, as far as the registry can tell without fetching it.
#[derive(Debug, Clone)]
pub enum Classified {
    /// A profile of the platform; `id` when the address carries a valid one.
    Profile {
        platform: &'static Platform,
        id: Option<String>,
    },
    /// One of the platform's short links (`b23.tv/…`): it names no account until followed.
    Short { platform: &'static Platform },
    /// A page of the platform that is nobody's profile; `what` says what it is, with
    /// `{platform}` for the platform's name (see [`Classified::what`]).
    NotProfile {
        platform: &'static Platform,
        what: &'static Text,
    },
    /// Not on any platform's hosts.
    Unknown,
}

/// Platforms are equal by id (there is one record per id).
impl PartialEq for Classified {
    fn eq(&self, other: &Self) -> bool {
        use Classified::*;
        match (self, other) {
            (Profile { platform: a, id: x }, Profile { platform: b, id: y }) => {
                a.id == b.id && x == y
            }
            (Short { platform: a }, Short { platform: b }) => a.id == b.id,
            (
                NotProfile {
                    platform: a,
                    what: x,
                },
                NotProfile {
                    platform: b,
                    what: y,
                },
            ) => a.id == b.id && x == y,
            (Unknown, Unknown) => true,
            _ => false,
        }
    }
}

impl Eq for Classified {}

impl Classified {
    /// For a [`Classified::NotProfile`], what the page is in `lang` ("one Bilibili video").
    pub fn what(&self, lang: crate::Lang) -> Option<String> {
        match self {
            Classified::NotProfile { platform, what } => {
                Some(what.fill(lang, &[("platform", platform.name(lang))]))
            }
            _ => None,
        }
    }
}

/// Classifies a URL on whichever platform owns its host.
pub fn classify(url: &url::Url) -> Classified {
    match recognise(url) {
        Some(platform) => platform.classify(url),
        None => Classified::Unknown,
    }
}

/// One kind of address on a platform that is not a profile.
#[derive(Debug)]
pub struct NotProfile {
    /// A `regex-lite` pattern over `host/path?query#fragment`, the host in lower case
    /// and without `www.`; anchored at the start with `^`.
    pub pattern: &'static str,
    pub what: &'static Text,
    /// An address of this kind, for the tests and for help.
    pub example: &'static str,
}

/// A platform's rules.
#[derive(Debug)]
pub(super) struct Pages {
    pub platform: &'static str,
    /// How to copy the profile's own address in the platform's app; the id help
    /// (`id_howto`) is used where this is `None`.
    pub profile_howto: Option<Text>,
    /// Tried in order; the first that matches decides.
    pub not_profiles: &'static [NotProfile],
    /// Profile addresses of forms the web templates do not make, with the id each
    /// gives (for the tests: every one classifies as a profile with that id).
    pub profiles: &'static [(&'static str, &'static str)],
}

impl Platform {
    /// What `url`, an address on this platform's hosts, is. A not-profile rule decides
    /// first (`youtu.be/<id>` is always one video, though youtu.be is a short host);
    /// then a short link; then an address with an id is a profile; a bare home page
    /// (`https://www.taobao.com/`) is not; anything else is taken as a profile without
    /// an id (a live room, a shop's custom domain), since refusing a real profile is
    /// worse than missing an app link.
    pub fn classify(&'static self, url: &url::Url) -> Classified {
        if let Some(what) = self.not_profile(url) {
            return Classified::NotProfile {
                platform: self,
                what,
            };
        }
        if self.is_short_link(url) {
            return Classified::Short { platform: self };
        }
        let id = self.id_from_url(url);
        if id.is_none() && self.is_home_page(url) {
            return Classified::NotProfile {
                platform: self,
                what: &HOME,
            };
        }
        Classified::Profile { platform: self, id }
    }

    /// How to copy the address of one's own profile on this platform.
    pub fn profile_howto(&'static self) -> &'static Text {
        match pages(self.id) {
            Some(Pages {
                profile_howto: Some(howto),
                ..
            }) => howto,
            _ => &self.id_howto,
        }
    }

    /// Profile addresses beyond the web templates' (`space.bilibili.com/<mid>/dynamic`),
    /// each with the id read from it.
    pub fn profile_examples(&self) -> &'static [(&'static str, &'static str)] {
        pages(self.id).map_or(&[], |p| p.profiles)
    }

    /// The platform's not-profile rules, in the order they are tried.
    pub fn not_profiles(&self) -> &'static [NotProfile] {
        pages(self.id).map_or(&[], |p| p.not_profiles)
    }

    fn not_profile(&self, url: &url::Url) -> Option<&'static Text> {
        let i = PAGES.binary_search_by(|p| p.platform.cmp(self.id)).ok()?;
        let subject = subject(url);
        PAGES[i]
            .not_profiles
            .iter()
            .zip(&regexes()[i])
            .find(|(_, re)| re.is_match(&subject))
            .map(|(rule, _)| rule.what)
    }

    /// The root of one of the platform's own hosts, bare or with `www.` or `m.`.
    fn is_home_page(&self, url: &url::Url) -> bool {
        let host = subject_host(url);
        let root =
            matches!(url.path(), "" | "/") && matches!(url.fragment(), None | Some("" | "/"));
        root && self
            .hosts
            .iter()
            .any(|d| host == *d || host.strip_prefix("m.") == Some(d))
    }
}

fn pages(id: &str) -> Option<&'static Pages> {
    PAGES
        .binary_search_by(|p| p.platform.cmp(id))
        .ok()
        .map(|i| &PAGES[i])
}

fn subject_host(url: &url::Url) -> String {
    let host = url
        .host_str()
        .unwrap_or("")
        .trim_end_matches('.')
        .to_ascii_lowercase();
    match host.strip_prefix("www.") {
        Some(rest) => rest.to_owned(),
        None => host,
    }
}

/// `host/path?query#fragment`, as the rules read it.
fn subject(url: &url::Url) -> String {
    let mut out = subject_host(url);
    out.push_str(url.path());
    if let Some(query) = url.query() {
        out.push('?');
        out.push_str(query);
    }
    if let Some(fragment) = url.fragment() {
        out.push('#');
        out.push_str(fragment);
    }
    out
}

fn regexes() -> &'static [Vec<regex_lite::Regex>] {
    static CELL: OnceLock<Vec<Vec<regex_lite::Regex>>> = OnceLock::new();
    CELL.get_or_init(|| {
        PAGES
            .iter()
            .map(|p| {
                p.not_profiles
                    .iter()
                    .map(|r| regex_lite::Regex::new(r.pattern).expect("rules are tested"))
                    .collect()
            })
            .collect()
    })
}
