//! A checked profile + the registry → one [`Link`] per visible account.
//!
//! Takes a [`Profile`]; gives, for every account that is not hidden, what the pages need:
//! its key (`bilibili`, `taobao_shop-2`), button label, web URL (none for WeChat-native
//! accounts), app links for iOS and Android (only verified ones, and only when the
//! profile has the id they need: hutong never guesses), the text a copy button copies,
//! and the QR payload. It does not render anything.
//!
//! Keys count hidden accounts too, so hiding or showing one never renumbers the others
//! (their QR codes may already be printed).

use crate::platforms::{self, Kind, Platform, Status};
use crate::profile::{Account, Profile};

/// Everything the pages need to know about one account.
#[derive(Debug, Clone, serde::Serialize)]
pub struct Link {
    /// `<platform>`, or `<platform>-2`, `-3`… for repeats in profile order.
    pub key: String,
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

/// Resolves every visible account of a profile, in profile order.
pub fn resolve(profile: &Profile) -> Vec<Link> {
    let mut keys: Vec<String> = Vec::with_capacity(profile.accounts.len());
    let mut links = Vec::new();
    for account in &profile.accounts {
        let key = key_for(account.platform.id, &keys);
        keys.push(key.clone());
        if !account.hidden {
            links.push(link(profile, account, key));
        }
    }
    links
}

fn key_for(platform: &str, taken: &[String]) -> String {
    let count = taken
        .iter()
        .filter(|k| {
            k.as_str() == platform
                || k.strip_prefix(platform)
                    .and_then(|r| r.strip_prefix('-'))
                    .is_some_and(|n| n.bytes().all(|b| b.is_ascii_digit()))
        })
        .count();
    match count {
        0 => platform.to_owned(),
        n => format!("{platform}-{}", n + 1),
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
    Link {
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
