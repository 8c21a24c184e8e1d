//! A checked profile + the registry → one [`Link`] per visible account.
//!
//! Takes a [`Profile`], its `keys.lock` and the build's day; gives, for every account
//! shown that day, what the pages need:
//! its key (`bilibili`, `taobao_shop-2`), button label, web URL (none for WeChat-native
//! accounts), app links for iOS and Android (only verified ones, and only when the
//! profile has the id they need: hutong never guesses), the text a copy button copies,
//! and the QR payload. It does not render anything.
//!
//! Keys come from `keys.lock` ([`keys::assign`]): an account keeps its key whatever its
//! position, hidden and unscheduled accounts included, so hiding, reordering or removing
//! one never moves another's address (its QR code may already be printed). Accounts
//! outside their `from`/`until` window on the build's day are left out like hidden ones.

use jiff::civil::Date;

use crate::keys::{self, KeyError, Lock};
use crate::platforms::{self, Kind, Platform, Status};
use crate::profile::{Account, Profile};
use crate::schedule::Change;

/// Everything the pages need to know about one account.
#[derive(Debug, Clone, serde::Serialize)]
pub struct Link {
    /// The account's `key:`, else the key `keys.lock` holds for it, else a new one:
    /// `<platform>`, or `<platform>-2`, `-3`… (see [`keys::assign`]).
    pub key: String,
    /// `featured: true`: shown first, larger.
    pub featured: bool,
    /// Whether the web address works inside WeChat only (an Official Account's page):
    /// elsewhere the go page shows the QR code instead. False for WeChat's own https
    /// links that open WeChat from any browser (a Mini Program URL Link).
    pub wechat_only: bool,
    #[serde(serialize_with = "platform_id")]
    pub platform: &'static Platform,
    /// The button's text: the account's `label`, else the platform's name.
    pub label: String,
    pub note: Option<String>,
    pub group: Option<String>,
    /// The account id (given, or read from the URL).
    pub id: Option<String>,
    /// Where the button leads without JS; `None` for WeChat-native accounts without a URL.
    pub web: Option<String>,
    /// The app link for iOS.
    pub ios: Option<String>,
    /// The app link for Android: an `intent:` URL with the package and the web fallback
    /// when the platform has a package, the scheme otherwise.
    pub android: Option<String>,
    /// Whether the platform has an app to open, on iOS or Android, whether or not this
    /// account has the id its links need (a short link has none): inside an in-app
    /// browser, the platform decides whether the page says how to leave it, not the
    /// form the account was written in.
    pub has_app: bool,
    /// Text a copy button copies (WeChat ids, e-mail addresses, phone numbers, QQ numbers).
    /// Never an Official Account's `__biz` key: WeChat cannot be searched by it.
    pub copy: Option<String>,
    /// What this account's QR code encodes: its `qr` text, else [`Link::go`].
    pub qr: String,
    /// Whether [`Link::qr`] is the creator's own code. A WeChat-native account without
    /// one is shown by its ID, never by a code of its own redirect page.
    pub qr_given: bool,
    /// The absolute URL of the account's redirect page, `<base_url>go/<key>/`.
    pub go: String,
}

fn platform_id<S: serde::Serializer>(p: &&'static Platform, s: S) -> Result<S::Ok, S::Error> {
    s.serialize_str(p.id)
}

/// What [`resolve_at`] gives for one site on one day.
#[derive(Debug, Clone)]
pub struct Resolved {
    /// The accounts shown that day: the featured ones first, each part in profile order.
    pub links: Vec<Link>,
    /// Keys whose go page sends visitors to the hub: accounts removed from the profile,
    /// hidden, or outside their schedule. In the lock's order.
    pub retired: Vec<String>,
    /// Older keys of shown accounts (a `key:` added later), each with the index in
    /// [`Resolved::links`] of the account its go page leads to.
    pub aliases: Vec<(String, usize)>,
    /// `keys.lock` as it must be after this build: the old one plus the keys handed out.
    pub lock: Lock,
    /// The first day after `today` on which an account appears or disappears, so the
    /// site's pages differ: the day a scheduled rebuild must run. `None` when no
    /// schedule changes anything any more.
    pub changes_on: Option<Date>,
}

/// Resolves a site on `today` with the keys of `lock` (see [`keys::assign`]): a fixed
/// `key:` wins, a known account keeps its key, a new one takes the first free key.
/// Every account takes part, hidden and unscheduled ones too, so their keys stay
/// theirs. The errors are `key:`s the lock gave other accounts (`profile::load` reports
/// them with positions first).
pub fn resolve_at(profile: &Profile, lock: &Lock, today: Date) -> Result<Resolved, Vec<KeyError>> {
    let accounts: Vec<keys::Account> = profile
        .accounts
        .iter()
        .map(|a| a.key_claim(a.shown_on(today)))
        .collect();
    let assigned = keys::assign(&accounts, lock)?;
    // Featured first: a stable partition keeps profile order within each part.
    let mut order: Vec<usize> = (0..profile.accounts.len())
        .filter(|&i| accounts[i].shown)
        .collect();
    order.sort_by_key(|&i| !profile.accounts[i].featured);
    let links: Vec<Link> = order
        .iter()
        .map(|&i| link(profile, &profile.accounts[i], assigned.keys[i].clone()))
        .collect();
    let aliases = assigned
        .aliases
        .into_iter()
        .filter_map(|alias| {
            let at = order.iter().position(|&i| i == alias.account)?;
            Some((alias.key, at))
        })
        .collect();
    let changes_on = profile
        .accounts
        .iter()
        .filter(|a| !a.hidden)
        .filter_map(|a| a.window.next_change(today))
        .map(|change| match change {
            Change::Shows(day) | Change::Hides(day) => day,
        })
        .min();
    Ok(Resolved {
        links,
        retired: assigned.retired,
        aliases,
        lock: assigned.lock,
        changes_on,
    })
}

/// The links of every account shown today (by the clock, in the profile's zone), keyed
/// as a site without `keys.lock` would be: for tests and tools that look at one
/// profile alone. A build uses [`resolve_at`].
pub fn resolve(profile: &Profile) -> Vec<Link> {
    let today = profile.timezone.today(jiff::Timestamp::now());
    match resolve_at(profile, &Lock::default(), today) {
        Ok(resolved) => resolved.links,
        // Only a lock can make keys clash, and this one is empty; a profile that fixes
        // one key twice was refused when it was checked.
        Err(_) => Vec::new(),
    }
}

fn link(profile: &Profile, account: &Account, key: String) -> Link {
    let platform = account.platform;
    let matched = account.id.as_deref().and_then(|id| platform.match_id(id));
    let mut values = matched
        .as_ref()
        .map(|m| m.values.clone())
        .unwrap_or_default();
    if let Some(app_id) = &account.app_id {
        values.push(("app_id", app_id.clone()));
    }
    // WeChat-native pages (an Official Account's profile_ext) open only inside WeChat:
    // those accounts are shown as a QR code and an ID instead.
    let template = matched
        .as_ref()
        .and_then(|m| m.form.web)
        .filter(|_| platform.kind != Kind::WechatNative);
    let web = match (&account.url, template) {
        (Some(url), _) => Some(url.to_string()),
        (None, Some(template)) => Some(platforms::url_from_template(template, &values)),
        (None, None) => None,
    };
    let app = |template: Option<&'static str>| {
        let form = matched.as_ref()?.form;
        let template = template.filter(|_| form.app_status == Status::Verified)?;
        // A link that needs the app id is only made when the profile gives one.
        (!template.contains("{app_id}") || account.app_id.is_some())
            .then(|| platforms::url_from_template(template, &values))
    };
    let ios = app(matched.as_ref().and_then(|m| m.form.ios));
    let android = app(matched.as_ref().and_then(|m| m.form.android))
        .and_then(|app| intent(&app, platform.android_package, web.as_deref()));
    let copy = match platform.kind {
        // An Official Account's __biz key means nothing to visitors: not shown, not copied.
        Kind::WechatNative
            if platform.id == "wechat_oa"
                && account
                    .id
                    .as_deref()
                    .is_some_and(crate::profile::is_wechat_biz) =>
        {
            None
        }
        Kind::WechatNative | Kind::Contact => account.id.clone(),
        _ if platform.id == "qq" => account.id.clone(),
        _ => None,
    };
    let go = format!("{}go/{key}/", profile.base_url);
    let opens_anywhere = account
        .url
        .as_ref()
        .is_some_and(|url| platform.opens_wechat_anywhere(url));
    Link {
        featured: account.featured,
        wechat_only: platform.kind == Kind::WechatNative && !opens_anywhere,
        label: account
            .label
            .clone()
            .unwrap_or_else(|| platform.name(profile.lang).to_owned()),
        note: account.note.clone(),
        group: account.group.clone(),
        id: account.id.clone(),
        qr: account.qr.clone().unwrap_or_else(|| go.clone()),
        qr_given: account.qr.is_some(),
        has_app: has_app(platform),
        platform,
        web,
        ios,
        android,
        copy,
        go,
        key,
    }
}

/// Whether any id form of the platform has a verified app link, on either system.
fn has_app(platform: &Platform) -> bool {
    platform
        .forms
        .iter()
        .any(|f| f.app_status == Status::Verified && (f.ios.is_some() || f.android.is_some()))
}

/// Wraps an app link in an Android `intent:` URL, so Chrome opens the app when it is
/// installed and the web profile (not the Play Store) when it is not. An https app link
/// (Instagram's, Threads') is an App Link handed to the package the same way, with
/// `scheme=https`; without a package it would be a plain web page, so it is no app link.
fn intent(app_url: &str, package: Option<&str>, fallback: Option<&str>) -> Option<String> {
    let (Some(package), Some((scheme, rest))) = (package, app_url.split_once("://")) else {
        let web = app_url.starts_with("https://") || app_url.starts_with("http://");
        return (!web).then(|| app_url.to_owned());
    };
    let mut out = format!("intent://{rest}#Intent;scheme={scheme};package={package};");
    if let Some(fallback) =
        fallback.filter(|f| f.starts_with("https://") || f.starts_with("http://"))
    {
        out.push_str("S.browser_fallback_url=");
        out.extend(url::form_urlencoded::byte_serialize(fallback.as_bytes()));
        out.push(';');
    }
    out.push_str("end");
    Some(out)
}
