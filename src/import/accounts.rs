//! Each link of an imported page → an account of the profile, or a reason it is left out.
//!
//! Takes a [`Found`] link (its text, address, the kind of button and its heading); gives
//! an [`Outcome`]: the platform and id the registry recognises from the address (the same
//! recognition a profile's `url:` alone gets), `email`/`phone` for `mailto:`/`tel:`, a
//! platform guessed from the button where the address says nothing (noted, so the
//! profile says it was a guess), a plain `link` for everything else on the web, and
//! `Skipped` for what a hub cannot link to (a `#` placeholder, a page of the imported site,
//! `javascript:`). Every account is then tried on the profile checker itself
//! ([`checked`]): what the checker refuses falls back to a plain link, so the written
//! profile passes `hutong check`.

use crate::Lang;
use crate::escape::percent_decode;
use crate::platforms::{self, Classified, Kind, Platform};
use crate::profile::fields::{GROUP, LABEL};

use super::Found;

/// What became of one link.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Outcome {
    Account(Account),
    Skipped(Skip),
}

/// An account to write.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Account {
    pub platform: &'static str,
    pub id: Option<String>,
    pub url: Option<String>,
    pub label: Option<String>,
    pub group: Option<String>,
    /// What the profile's comment on this account says.
    pub notes: Vec<Note>,
}

/// Why an account is not quite what the page said, written as a comment beside it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Note {
    /// The platform was read from the button's text (`微信：lanlan_art`).
    GuessedText,
    /// The platform was read from the button's kind (`button-mastodon`, `MASTODON`).
    GuessedKind(String),
    /// The address is a page of the platform that is nobody's profile: what it is.
    NotProfile(String),
    /// The registry recognised the platform, but its checker refused the account.
    Refused(&'static str),
    /// The label or group was cut to its limit.
    Shortened(usize),
}

/// Why a link was left out.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Skip {
    /// `#`, or no address at all: a button the template left unfilled.
    Placeholder,
    /// A page of the imported site itself (`privacy.html`).
    Relative,
    /// Not http(s), mailto or tel (`javascript:`, `sms:`, `weixin://`).
    Scheme,
    /// An address that does not parse, or that nothing accepts.
    Invalid,
    /// Past the most accounts a profile holds.
    TooMany,
}

impl Account {
    fn new(platform: &'static Platform, found: &Found) -> Account {
        let label = Some(found.text.clone())
            .filter(|t| !t.is_empty())
            .filter(|t| platform.kind == Kind::Link || !names(platform, t));
        let mut account = Account {
            platform: platform.id,
            id: None,
            url: None,
            label,
            group: found.group.clone(),
            notes: Vec::new(),
        };
        account.fit();
        account
    }

    /// Cuts the label and group to their limits, noting it.
    fn fit(&mut self) {
        for (value, limit) in [
            (&mut self.label, LABEL.limit),
            (&mut self.group, GROUP.limit),
        ] {
            if let Some(text) = value
                && text.chars().count() > limit
            {
                *text = text.chars().take(limit - 1).collect::<String>() + "…";
                self.notes.push(Note::Shortened(limit));
            }
        }
    }

    /// The account as a plain link to `url`, keeping the page's text as its label.
    fn link(found: &Found, url: &str, note: Option<Note>) -> Account {
        let mut account = Account::new(link(), found);
        account.url = Some(url.to_owned());
        account.notes.extend(note);
        account
    }
}

/// Whether `text` is only the platform's name (`GitHub`, `微博`), which the hub shows
/// anyway: no label is needed then.
fn names(platform: &Platform, text: &str) -> bool {
    let text = text.trim().to_lowercase();
    text == platform.id
        || Lang::ALL
            .iter()
            .any(|l| platform.name(*l).to_lowercase() == text)
}

fn link() -> &'static Platform {
    platforms::get("link").expect("the registry has `link`")
}

/// What the link becomes, in `lang` for what the notes quote.
pub fn recognise(found: &Found, lang: Lang) -> Outcome {
    let href = found.href.trim();
    let lower = href.to_ascii_lowercase();
    if href.is_empty() || href.starts_with('#') || lower == "about:blank" {
        return guess(found).map_or(Outcome::Skipped(Skip::Placeholder), Outcome::Account);
    }
    if let Some(address) = strip_scheme(href, "mailto:") {
        return contact("email", address.split('?').next().unwrap_or(""), found);
    }
    if let Some(number) = strip_scheme(href, "tel:") {
        let number: String = number
            .chars()
            .filter(|c| !matches!(c, ' ' | '-' | '.' | '(' | ')'))
            .collect();
        return contact("phone", &number, found);
    }
    let web = lower.starts_with("http://") || lower.starts_with("https://");
    let protocol_relative = href.starts_with("//");
    if !web && !protocol_relative {
        let has_scheme = href.split_once(':').is_some_and(|(s, _)| {
            !s.is_empty()
                && s.chars()
                    .all(|c| c.is_ascii_alphanumeric() || "+.-".contains(c))
        });
        let skip = if has_scheme {
            Skip::Scheme
        } else {
            Skip::Relative
        };
        return guess(found).map_or(Outcome::Skipped(skip), Outcome::Account);
    }
    let text = if protocol_relative {
        format!("https:{href}")
    } else {
        href.to_owned()
    };
    let Ok(url) = url::Url::parse(&text) else {
        return Outcome::Skipped(Skip::Invalid);
    };
    let classified = platforms::classify(&url);
    let account = match &classified {
        Classified::Profile {
            platform,
            id: Some(id),
        } => {
            let mut account = Account::new(platform, found);
            account.id = Some(id.clone());
            account
        }
        Classified::Profile { platform, id: None } | Classified::Short { platform } => {
            let mut account = Account::new(platform, found);
            account.url = Some(url.to_string());
            account
        }
        Classified::NotProfile { .. } => {
            let what = classified.what(lang).unwrap_or_default();
            Account::link(found, url.as_str(), Some(Note::NotProfile(what)))
        }
        Classified::Unknown => match kind_platform(found) {
            Some(platform)
                if platform.kind == Kind::Profile
                    && platform.owns_host(url.host_str().unwrap_or("")) =>
            {
                let mut account = Account::new(platform, found);
                match platform.id_from_url(&url) {
                    Some(id) => account.id = Some(id),
                    None => account.url = Some(url.to_string()),
                }
                account
                    .notes
                    .push(Note::GuessedKind(found.kind.clone().unwrap_or_default()));
                account
            }
            _ => Account::link(found, url.as_str(), None),
        },
    };
    Outcome::Account(account)
}

/// The rest of `href` after `scheme`, case-insensitive, percent-decoded.
fn strip_scheme(href: &str, scheme: &str) -> Option<String> {
    let rest = href
        .get(..scheme.len())?
        .eq_ignore_ascii_case(scheme)
        .then(|| &href[scheme.len()..])?;
    Some(
        percent_decode(rest)
            .unwrap_or_else(|| rest.to_owned())
            .trim()
            .to_owned(),
    )
}

/// An email or phone account, when the address fits the platform's rule.
fn contact(platform: &str, value: &str, found: &Found) -> Outcome {
    let platform = platforms::get(platform).expect("the registry has email and phone");
    if platform.match_id(value).is_none() {
        return Outcome::Skipped(Skip::Invalid);
    }
    let mut account = Account::new(platform, found);
    account.id = Some(value.to_owned());
    Outcome::Account(account)
}

/// The platform the button's kind names (`button-mastodon`, Linktree's `MASTODON`).
fn kind_platform(found: &Found) -> Option<&'static Platform> {
    let kind = found.kind.as_deref()?;
    platforms::lookup(kind)
        .or_else(|| platforms::lookup(&kind.replace(['-', '_'], "")))
        .filter(|p| p.kind != Kind::Link)
}

/// An account a button without a web address names in its text: `WeChat: lanlan_art`,
/// `微信：lanlan_art`, or the id alone on a button whose kind names the platform.
fn guess(found: &Found) -> Option<Account> {
    let text = found.text.trim();
    let split = text
        .split_once([':', '：'])
        .map(|(name, id)| (platforms::lookup(name.trim()), id.trim(), Note::GuessedText));
    let (platform, id, note) = match split {
        Some((Some(platform), id, note)) => (platform, id, note),
        // The text alone is taken for an id only on a button for an account that has no
        // web address to give (WeChat), and only when it is not the platform's name
        // (`Discord` on a Discord button the template left unfilled is no id).
        _ => (
            kind_platform(found).filter(|p| p.kind == Kind::WechatNative && !names(p, text))?,
            text,
            Note::GuessedKind(found.kind.clone().unwrap_or_default()),
        ),
    };
    if platform.kind == Kind::Link || id.is_empty() || platform.match_id(id).is_none() {
        return None;
    }
    let mut account = Account::new(
        platform,
        &Found {
            text: String::new(),
            ..found.clone()
        },
    );
    account.id = Some(id.to_owned());
    account.notes.push(note);
    Some(account)
}

/// The outcome as the profile checker accepts it: the account itself; else, for a web
/// address, a plain link to it (noting the refusal); else the same without the page's
/// text; else left out. `accepts` runs the checker on one account; a plain link with no
/// text of its own is labelled with the platform's name in `lang`, the page's language.
pub fn checked(outcome: Outcome, lang: Lang, accepts: impl Fn(&Account) -> bool) -> Outcome {
    let Outcome::Account(account) = outcome else {
        return outcome;
    };
    let mut tries = vec![account.clone()];
    let web = account.url.clone().or_else(|| {
        let platform = platforms::get(account.platform)?;
        let matched = platform.match_id(account.id.as_deref()?)?;
        let web = matched.form.web?;
        web.starts_with("http")
            .then(|| platforms::url_from_template(web, &matched.values))
    });
    if let Some(url) = web.filter(|_| account.platform != "link") {
        let mut plain = account.clone();
        plain.platform = "link";
        plain.id = None;
        plain.url = Some(url);
        plain.label = plain
            .label
            .or_else(|| platforms::get(account.platform).map(|p| p.name(lang).to_owned()));
        plain.notes = vec![Note::Refused(account.platform)];
        tries.push(plain);
    }
    for i in 0..tries.len() {
        let mut bare = tries[i].clone();
        bare.label = None;
        bare.group = None;
        tries.push(bare);
    }
    tries
        .into_iter()
        .find(|a| accepts(a))
        .map_or(Outcome::Skipped(Skip::Invalid), Outcome::Account)
}
