//! A checked profile and its links → the site's pages, each with its Content-Security-Policy.
//!
//! Takes a [`SiteView`] (the [`Profile`], the [`Link`]s `links::resolve` gave, and the
//! file name the build gave the avatar); gives the HTML of the hub page ([`hub`]), of
//! one redirect page per account ([`go`]), of the page of a retired key ([`retired`]:
//! the account is no longer listed, on to the hub) and of the 404 page ([`not_found`]),
//! each as a
//! [`Page`] with the exact `Content-Security-Policy` it needs, plus `favicon.svg`
//! ([`favicon`]) and the bio's Markdown ([`markdown`]).
//!
//! Every page is one request to first paint: its CSS, icons (inline SVG) and JS are in
//! the page, there is no web font and no request to a third party, and it works with JS
//! off. The CSS and JS live in `templates/` and are compiled in; the page's style and
//! script are hashed into its policy (`'sha256-…'`, never `'unsafe-inline'`), so no
//! page has a `style=""` attribute or an inline event handler.
//!
//! The redirect logic is one pure function, `decide(userAgent, target)` in
//! `templates/common.js`, which both pages' scripts include (so every redirect page has
//! the same script, and one hash); `tests/js/decide.test.mjs` runs it, and the pages'
//! scripts in a fake browser, under Node (`tests/redirect_logic.rs`).
//!
//! How the pages behave (decided here where `design.md` is silent):
//! - On the hub, every account button is a plain link to its web profile. With JS, a tap
//!   on a phone browser that may open apps goes to the account's redirect page instead,
//!   which tries the app and keeps visible "open in app" / "continue on the web" buttons:
//!   the robust path when the app is missing (iOS then shows an error and the page stays
//!   put) or the browser wants a tap. In an in-app browser the link is followed as it is,
//!   and a banner says how to open the hub in the system browser; inside WeChat the
//!   WeChat accounts' QR codes start open.
//! - Accounts are listed in profile order, in sections: one per `group`, in order of
//!   first appearance, and one without heading for the ungrouped accounts, placed where
//!   the first ungrouped account is. `featured` accounts come before all of them, in a
//!   section of their own (in profile order, whatever their group), drawn larger.
//! - The redirect page shows the "open in browser" overlay only when the platform has an
//!   app; an in-app browser is sent straight to the web page when there is none. The copy-link button copies the redirect page's own
//!   address, so pasting it in a browser tries the app. A WeChat-native account's web
//!   page (an Official Account's) is used inside WeChat only; elsewhere its QR code shows.
//! - Inside an in-app browser the platform decides, not the form of the account: every
//!   account of a platform that has an app (on either system) gets the overlay, so a
//!   Taobao short link (no id, so no app link) behaves as a Taobao shop id does, and
//!   Xiaohongshu (an iOS link only) behaves on Android as on iOS. The hub's banner shows
//!   when any account's platform has an app.
//! - A WeChat-native account without the creator's QR code shows its ID to copy and how
//!   to find it in WeChat, never a code of its own redirect page. Under a code, a phone
//!   (and a page without JS) reads "long-press, or scan with WeChat", a desktop "scan
//!   with WeChat".
//! - The script only ever goes to an http(s) page by itself. A contact's `mailto:` or
//!   `tel:` opens an app, which in-app browsers block and other browsers refuse without
//!   a tap: its redirect page stays, with the link to tap and the address to copy.
//! - QQ Browser counts as a normal browser only without `TBS/` and `; wv)`: apps built on
//!   Tencent's X5 web-view carry `MQQBrowser/` too. Telegram's in-app browser cannot be
//!   told by its user agent and is treated as a normal browser.
//! - Bio images are never shown (their alt text is): they would be third-party requests.
//! - The accent colour is darkened (light theme) or lightened (dark theme) until it reads
//!   at 4.5:1 on the page. A brand button's label is white, the colour darkened until
//!   white reads at 4.5:1, except on the lightest colours (yellows), which keep their
//!   colour with near-black text ([`color::label`]); the other styles' colours are
//!   worked out in `theme`.
//! - On a screen at least 900 px wide the hub shows its own code beside the list, with
//!   no tap (a desktop visitor opens accounts with a phone); the creator's `theme.css`
//!   follows the style's CSS in a `<style>` of its own, hashed into the policy.
//! - The referrer policy is `strict-origin-when-cross-origin`: platforms see only the
//!   hub's origin, which is public anyway, and creators can still see where visits come
//!   from in the platforms' statistics.
//!
//! This stage does not read or write files, draw QR codes, or choose file names: the
//! pages refer to `qr/<key>.png`, `qr/site.png`, `favicon.svg` and the avatar by the
//! names the build gives them.

mod color;
mod go;
mod head;
mod i18n;
mod markdown;
mod print;
mod theme;

use std::sync::LazyLock;

use askama::Template;

use crate::escape;
use crate::lang::{fill, fill_spaced};
use crate::links::Link;
use crate::platforms::{Icon, Platform};
use crate::profile::Profile;
use color::Rgb;
use head::{Script, compact, description, json_ld, policy};
use i18n::Strings;

pub use go::marks;
pub use markdown::markdown;
pub use print::print;

/// The accent colour when the profile sets none.
pub const DEFAULT_ACCENT: &str = "#2563eb";

/// The hub's CSS, the redirect and 404 pages' CSS, and the two pages' scripts, as they
/// go into pages: without comments (see [`compact`]).
static HUB_CSS: LazyLock<String> = LazyLock::new(|| compact(include_str!("../templates/hub.css")));
static PAGE_CSS: LazyLock<String> = LazyLock::new(|| compact(include_str!("../templates/go.css")));
static HUB_JS: LazyLock<Script> = LazyLock::new(|| {
    Script::new(compact(concat!(
        include_str!("../templates/common.js"),
        include_str!("../templates/hub.js")
    )))
});
static GO_JS: LazyLock<Script> = LazyLock::new(|| {
    Script::new(compact(concat!(
        include_str!("../templates/common.js"),
        include_str!("../templates/go.js")
    )))
});

/// A QR-code glyph (three finder patterns and a few modules), 24×24, even-odd.
const QR_GLYPH: &str = r#"<symbol id="qr" viewBox="0 0 24 24"><path fill-rule="evenodd" d="M3 3h8v8H3zm2 2v4h4V5zm8-2h8v8h-8zm2 2v4h4V5zM3 13h8v8H3zm2 2v4h4v-4zm8-2h3v3h-3zm5 0h3v3h-3zm-5 5h3v3h-3zm5 0h3v3h-3zm-2-2h2v2h-2z"/></symbol>"#;

/// One rendered page.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Page {
    pub html: String,
    /// The page's `Content-Security-Policy` header value (the page also carries it as a
    /// `<meta>`, without `frame-ancestors`, which a `<meta>` policy may not set).
    pub csp: String,
}

/// What the pages of one site are made from, and what they all share, worked out once
/// per site by [`SiteView::new`]: the interface strings, the accent, the theme's CSS and
/// each platform's button colours.
#[derive(Debug, Clone)]
pub struct SiteView<'a> {
    pub profile: &'a Profile,
    /// The visible accounts, as `links::resolve` gave them.
    pub links: &'a [Link],
    /// The site-relative file name of the copied avatar, e.g. `avatar-3f2a1b.jpg`.
    pub avatar: Option<&'a str>,
    /// The interface's words in the profile's language.
    strings: &'static Strings,
    /// The profile's accent colour, as written (the favicon's background).
    accent: Rgb,
    /// The `:root` custom properties every page starts its CSS with.
    theme_css: String,
    /// Each platform of the links once, in order of first appearance.
    platforms: Vec<&'static Platform>,
    /// The creator's CSS (`theme.css`), checked and safe inside `<style>`.
    custom_css: Option<&'a str>,
}

impl<'a> SiteView<'a> {
    /// The view of a site with these links and avatar file name.
    pub fn new(profile: &'a Profile, links: &'a [Link], avatar: Option<&'a str>) -> Self {
        let accent = accent(profile);
        SiteView {
            profile,
            links,
            avatar,
            strings: i18n::strings(profile.lang),
            accent,
            theme_css: theme::root_css(profile, accent),
            custom_css: None,
            platforms: distinct_platforms(links),
        }
    }

    /// The view with the creator's CSS (`theme.css`, as `profile::load` read it),
    /// which the hub adds after its own.
    pub fn with_css(mut self, css: Option<&'a str>) -> Self {
        self.custom_css = css;
        self
    }
}

/// A section of the hub: a group heading (none for ungrouped accounts) and its accounts.
struct Section<'a> {
    heading: Option<&'a str>,
    /// The featured accounts' section: first, without heading, larger.
    featured: bool,
    items: Vec<Item<'a>>,
}

/// One account on the hub.
struct Item<'a> {
    key: &'a str,
    platform: &'static str,
    /// The `<symbol>` of its icon.
    icon: &'static str,
    label: &'a str,
    note: Option<&'a str>,
    web: Option<&'a str>,
    /// Which app links exist: `i` (iOS), `a` (Android); empty for none.
    app: &'static str,
    /// The platform has an app (see [`Link::has_app`]), even if this account has no link.
    has_app: bool,
    copy: Option<&'a str>,
    copy_name: String,
    qr_alt: String,
    /// Whether the account's QR code is shown (see [`shows_code`]).
    code: bool,
    /// How to find the account in WeChat, when it has no code (see [`find_in_wechat`]).
    find: Option<String>,
}

#[derive(Template)]
#[template(path = "hub.html")]
struct HubPage<'a> {
    s: &'static Strings,
    csp_meta: &'a str,
    title: String,
    description: String,
    canonical: &'a str,
    og_image: Option<String>,
    css: &'a str,
    /// The creator's CSS, in a `<style>` of its own after ours.
    custom_css: Option<&'a str>,
    /// The style's name, the `<body>`'s class `s-<name>`.
    style: &'static str,
    js: &'a str,
    json_ld: String,
    symbols: String,
    avatar: Option<&'a str>,
    name: &'a str,
    tagline: Option<&'a str>,
    bio: Option<String>,
    sections: Vec<Section<'a>>,
    site_qr_alt: String,
    icp: Option<&'a str>,
    police: Option<&'a str>,
}

#[derive(Template)]
#[template(path = "go.html")]
struct GoPage<'a> {
    s: &'static Strings,
    csp_meta: &'a str,
    css: &'a str,
    js: &'a str,
    key: &'a str,
    platform: &'static str,
    note: Option<&'a str>,
    wx: bool,
    has_app: bool,
    ios: Option<&'a str>,
    android: Option<&'a str>,
    web: Option<&'a str>,
    copy: Option<&'a str>,
    copy_name: String,
    qr_alt: String,
    code: bool,
    find: Option<String>,
    go_url: &'a str,
    /// Whose account this is: avatar, mark, "林小满的抖音".
    me: go::Identity,
    /// The web button's words ("continue to the website", "write an e-mail", "call").
    web_word: &'static str,
}

/// The 404 page and a retired key's page: one sentence and a link home.
#[derive(Template)]
#[template(path = "notice.html")]
struct NoticePage<'a> {
    s: &'static Strings,
    csp_meta: &'a str,
    css: &'a str,
    name: &'a str,
    title: &'a str,
    text: &'a str,
    home: &'a str,
    /// The favicon. The 404 names it by its path on the host (`/favicon.svg`,
    /// `/sub/favicon.svg`): the page is served at any missing path, and an absolute
    /// `home` URL would be another origin wherever the site is not served from
    /// `base_url` itself (a preview deployment, `www.` beside the bare domain), which
    /// `img-src 'self'` blocks.
    icon: &'a str,
    /// The page's one script, if it has one (the retired page's move to the hub).
    script: Option<&'static str>,
    back: String,
    /// The avatar's path from the page, when the site has one.
    avatar: Option<String>,
}

impl NoticePage<'_> {
    /// Renders the page under the site's theme and its own content security policy.
    fn page(site: &SiteView, notice: Notice<'_>) -> Page {
        let profile = site.profile;
        let s = site.strings;
        let css = format!("{}{}", site.theme_css, *PAGE_CSS);
        let (csp, csp_meta) = policy(&[&css], notice.script.as_slice());
        let page = NoticePage {
            s,
            csp_meta: &csp_meta,
            css: &css,
            name: &profile.name,
            title: notice.title,
            text: notice.text,
            home: notice.home,
            icon: notice.icon,
            script: notice.script.map(|s| s.js.as_str()),
            back: fill_spaced(s.not_found_back, &[("name", &profile.name)]),
            avatar: site.avatar.map(|a| format!("{}{a}", notice.up)),
        };
        Page {
            html: page.render().expect("the notice template renders"),
            csp,
        }
    }
}

/// What differs between the notice pages; see [`NoticePage`].
struct Notice<'a> {
    title: &'a str,
    text: &'a str,
    home: &'a str,
    icon: &'a str,
    script: Option<&'static Script>,
    /// The way from the page to the site's root (`../../`, or the 404's `/sub/`).
    up: &'a str,
}

/// The hub page, `index.html`.
pub fn hub(site: &SiteView) -> Page {
    let profile = site.profile;
    let s = site.strings;
    let mut css = site.theme_css.clone();
    css.push_str(&theme::platform_rules(profile, &site.platforms));
    css.push('\n');
    css.push_str(&HUB_CSS);
    css.push_str(theme::style_css(profile.theme.style));
    let styles: Vec<&str> = std::iter::once(css.as_str())
        .chain(site.custom_css)
        .collect();
    let (csp, csp_meta) = policy(&styles, &[&HUB_JS]);
    let canonical = profile.base_url.as_str();
    let og_image = site
        .avatar
        .and_then(|a| profile.base_url.join(a).ok())
        .map(String::from);
    let description = description(profile, s);
    let symbols = Symbols::new(&site.platforms);
    let sections = sections(site.links, &symbols, s);
    let page = HubPage {
        s,
        csp_meta: &csp_meta,
        title: match &profile.tagline {
            Some(t) => format!("{} · {t}", profile.name),
            None => profile.name.clone(),
        },
        json_ld: json_ld(site, &description, og_image.as_deref()),
        description,
        canonical,
        og_image,
        css: &css,
        custom_css: site.custom_css,
        style: profile.theme.style.name(),
        js: &HUB_JS.js,
        symbols: symbols.svg,
        avatar: site.avatar,
        name: &profile.name,
        tagline: profile.tagline.as_deref(),
        bio: profile
            .bio
            .as_deref()
            .map(markdown)
            .filter(|h| !h.trim().is_empty()),
        sections,
        site_qr_alt: fill(s.site_qr_alt, &[("name", &profile.name)]),
        icp: profile.filing.icp.as_deref(),
        police: profile.filing.police.as_deref(),
    };
    Page {
        html: page.render().expect("the hub template renders"),
        csp,
    }
}

/// The redirect page of one account, `go/<key>/index.html`.
pub fn go(site: &SiteView, link: &Link) -> Page {
    let s = site.strings;
    let css = format!(
        "{}{}\n{}",
        site.theme_css,
        brand_rule(link.platform),
        *PAGE_CSS
    );
    let (csp, csp_meta) = policy(&[&css], &[&GO_JS]);
    let page = GoPage {
        s,
        csp_meta: &csp_meta,
        css: &css,
        js: &GO_JS.js,
        key: &link.key,
        platform: link.platform.id,
        note: link.note.as_deref(),
        wx: link.wechat_only,
        has_app: link.has_app,
        ios: link.ios.as_deref(),
        android: link.android.as_deref(),
        web: link.web.as_deref(),
        copy: link.copy.as_deref(),
        copy_name: fill(s.copy_what, &[("label", &link.label)]),
        qr_alt: fill(s.qr_alt, &[("label", &link.label)]),
        code: shows_code(link),
        find: find_in_wechat(link, s),
        go_url: &link.go,
        me: go::Identity::new(site, link, "../../"),
        web_word: go::web_word(link, s),
    };
    Page {
        html: page.render().expect("the redirect template renders"),
        csp,
    }
}

/// The retired page's one script: after three seconds, long enough to read one sentence,
/// it sends the visitor to the hub. A script, not a meta refresh: a timed refresh is an
/// accessibility failure (WCAG 2.2.1, axe `meta-refresh`), and the visible link serves
/// visitors without JS.
static RETIRED_JS: LazyLock<Script> = LazyLock::new(|| {
    Script::new("setTimeout(function(){location.replace(\"../../\")},3000)".to_owned())
});

/// The page of a retired key, `go/<key>/index.html` for an account that was removed,
/// hidden or is outside its schedule: it says, in the page's language, that the account
/// is no longer listed, and sends visitors to the hub after a few seconds, with a link
/// to it.
pub fn retired(site: &SiteView) -> Page {
    let s = site.strings;
    let text = fill_spaced(s.retired_text, &[("name", &site.profile.name)]);
    let notice = Notice {
        title: s.retired_title,
        text: &text,
        home: "../../",
        icon: "../../favicon.svg",
        script: Some(&RETIRED_JS),
        up: "../../",
    };
    NoticePage::page(site, notice)
}

/// The 404 page, `404.html`. A host serves it at any missing path, so its link home is
/// absolute (`base_url`) and its favicon is named by its path from the host's root.
pub fn not_found(site: &SiteView) -> Page {
    let base = &site.profile.base_url;
    let icon = format!("{}favicon.svg", base.path());
    let notice = Notice {
        title: site.strings.not_found_title,
        text: site.strings.not_found_text,
        home: base.as_str(),
        icon: &icon,
        script: None,
        up: base.path(),
    };
    NoticePage::page(site, notice)
}

/// `favicon.svg`: the first letter of the name on the accent colour. The letter is
/// drawn with the visitor's system fonts (no font file).
pub fn favicon(site: &SiteView) -> String {
    let pair = color::on(site.accent);
    let initial: String = site
        .profile
        .name
        .chars()
        .find(|c| !c.is_whitespace())
        .map(|c| c.to_uppercase().collect())
        .unwrap_or_default();
    format!(
        concat!(
            r#"<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 64 64">"#,
            r#"<rect width="64" height="64" rx="14" fill="{bg}"/>"#,
            r#"<text x="32" y="32" dy=".35em" text-anchor="middle" font-size="38" font-weight="700" "#,
            r#"font-family="-apple-system,'PingFang SC','Hiragino Sans GB','Microsoft YaHei','Noto Sans CJK SC',sans-serif" "#,
            r#"fill="{fg}">{initial}</text></svg>"#,
            "\n"
        ),
        bg = pair.bg.hex(),
        fg = pair.fg.hex(),
        initial = escape::html(&initial),
    )
}

/// The profile's accent colour, or [`DEFAULT_ACCENT`].
fn accent(profile: &Profile) -> Rgb {
    profile
        .theme
        .accent
        .as_deref()
        .and_then(Rgb::parse)
        .or_else(|| Rgb::parse(DEFAULT_ACCENT))
        .expect("the default accent parses")
}

/// Each platform once, in order of first appearance.
fn distinct_platforms(links: &[Link]) -> Vec<&'static Platform> {
    let mut out: Vec<&'static Platform> = Vec::new();
    for link in links {
        if !out.iter().any(|p| p.id == link.platform.id) {
            out.push(link.platform);
        }
    }
    out
}

/// The background and text colour of a platform's buttons, readable at AA.
fn brand_colors(platform: &Platform) -> (String, String) {
    let pair = color::label(theme::brand(platform));
    (pair.bg.hex(), pair.fg.hex())
}

/// The CSS rule that gives a platform's buttons its brand colours.
fn brand_rule(platform: &Platform) -> String {
    let (bg, fg) = brand_colors(platform);
    format!(".p-{}{{background:{bg};color:{fg}}}", platform.id)
}

/// The inside of a 24×24 `<svg>` drawing a platform's icon: the same for every site,
/// so drawn once.
fn icon_svg(platform: &Platform) -> &'static str {
    static DRAWN: LazyLock<Vec<String>> = LazyLock::new(|| {
        crate::platforms::all()
            .iter()
            .map(|p| draw_icon(p.icon))
            .collect()
    });
    &DRAWN[platform.index()]
}

fn draw_icon(icon: Icon) -> String {
    match icon {
        Icon::Path(d) => format!(r#"<path d="{}"/>"#, escape::html(d)),
        Icon::Mark(text) => {
            let size = match text.chars().count() {
                0 | 1 => 15,
                2 => 11,
                _ => 8,
            };
            format!(
                r#"<text x="12" y="12" dy=".35em" text-anchor="middle" font-size="{size}" font-weight="700">{}</text>"#,
                escape::html(text)
            )
        }
    }
}

/// The icons of a page: one `<symbol>` per distinct icon, named after the first platform
/// that has it (`#i-wechat` also serves `wechat_oa`), so an icon is in the page once.
struct Symbols {
    /// `(platform id, symbol id)`.
    ids: Vec<(&'static str, &'static str)>,
    svg: String,
}

impl Symbols {
    fn new(platforms: &[&'static Platform]) -> Symbols {
        let mut drawn: Vec<(&'static str, &'static str)> = Vec::new();
        let mut ids = Vec::new();
        let mut svg = String::from(QR_GLYPH);
        for p in platforms {
            let inner = icon_svg(p);
            let id = match drawn.iter().find(|(d, _)| *d == inner) {
                Some((_, id)) => id,
                None => {
                    svg.push_str(&format!(
                        r#"<symbol id="i-{}" viewBox="0 0 24 24">{inner}</symbol>"#,
                        p.id
                    ));
                    drawn.push((inner, p.id));
                    p.id
                }
            };
            ids.push((p.id, id));
        }
        Symbols { ids, svg }
    }

    fn id(&self, platform: &Platform) -> &'static str {
        self.ids
            .iter()
            .find(|(p, _)| *p == platform.id)
            .map_or(platform.id, |(_, id)| id)
    }
}

fn sections<'a>(links: &'a [Link], symbols: &Symbols, s: &'static Strings) -> Vec<Section<'a>> {
    let mut sections: Vec<Section<'a>> = Vec::new();
    for link in links {
        let heading = link.group.as_deref();
        let item = Item {
            key: &link.key,
            platform: link.platform.id,
            icon: symbols.id(link.platform),
            label: &link.label,
            note: link.note.as_deref(),
            web: link.web.as_deref(),
            app: match (link.ios.is_some(), link.android.is_some()) {
                (true, true) => "ia",
                (true, false) => "i",
                (false, true) => "a",
                (false, false) => "",
            },
            has_app: link.has_app,
            copy: link.copy.as_deref(),
            copy_name: fill(s.copy_what, &[("label", &link.label)]),
            qr_alt: fill(s.qr_alt, &[("label", &link.label)]),
            code: shows_code(link),
            find: find_in_wechat(link, s),
        };
        // Featured accounts come first in `links` and stay together at the top,
        // whatever their group.
        let (heading, featured) = match link.featured {
            true => (None, true),
            false => (heading, false),
        };
        match sections
            .iter_mut()
            .find(|sec| sec.heading == heading && sec.featured == featured)
        {
            Some(section) => section.items.push(item),
            None => sections.push(Section {
                heading,
                featured,
                items: vec![item],
            }),
        }
    }
    sections
}

/// Whether a page shows the account's QR code. A WeChat-native account's code is how
/// WeChat adds it; without the creator's own code, a code of the redirect page would
/// only lead back to the page that shows it, so the page shows the ID instead.
fn shows_code(link: &Link) -> bool {
    link.qr_given || !link.wechat_only
}

/// How to find a WeChat-native account in WeChat when the page shows no code of it;
/// `None` otherwise, and for accounts with no ID to search for (an Official Account
/// known only by its `__biz` key, which WeChat cannot search).
fn find_in_wechat(link: &Link, s: &Strings) -> Option<String> {
    if shows_code(link) {
        return None;
    }
    let id = link.copy.as_deref();
    match link.platform.id {
        "wechat" => id.map(|_| s.find_wechat.to_owned()),
        "wechat_oa" => id.map(|id| fill(s.find_wechat_oa, &[("id", id)])),
        "wechat_channels" => id.map(|_| s.find_wechat_channels.to_owned()),
        _ => Some(fill(s.find_wechat_other, &[("label", &link.label)])),
    }
}

#[cfg(test)]
mod tests;
