//! What a redirect page shows of whose account it is, and the words on its buttons.
//!
//! A visitor who scanned a printed code lands on `go/<key>/` and must see at once whose
//! page it is: the creator's avatar (the file the hub shows, so a browser that saw the
//! hub has it cached), the platform's mark, and "苏木木的抖音" / "Ada’s GitHub" as the
//! heading and title. The retired and 404 pages show the avatar too (see
//! [`super::retired`]). Nothing here adds a request to another host: the avatar and
//! the mark are the site's own files (`img-src 'self'`).
//!
//! The mark is a file, `marks/<platform>.svg` ([`mark`]), not inline SVG as on the hub:
//! a redirect page must stay within 4 KB gzipped, the heaviest ones (an Android intent
//! link with its fallback, both overlay hints, the shared script) already weigh about
//! 3.9 KB, and a mark weighs 0.1–0.9 KB gzipped (Taobao's wordmark the most). As an
//! image it costs about 40 bytes of the page, and one request that nothing waits for:
//! the page's script runs, and the page paints, before it arrives.

use std::sync::LazyLock;

use super::i18n::Strings;
use super::{SiteView, brand_colors, icon_svg};
use crate::lang::fill_spaced;
use crate::links::Link;
use crate::platforms::{Kind, Platform};

/// Whose account a redirect page leads to, as the page shows it.
pub(super) struct Identity {
    /// "林小满的抖音": the heading and the page's title.
    pub heading: String,
    /// What of the creator's it is: the platform's name, or a plain link's label.
    pub what: String,
    /// The avatar's path from the page, when the site has one.
    pub avatar: Option<String>,
    /// The platform's mark, `marks/<platform>.svg`, as a path from the page.
    pub mark: String,
    /// The account's label, when it says more than the heading does (`抖音 · 每周直播`).
    pub label: Option<String>,
}

impl Identity {
    /// The identity of `link`'s account on a page `up` from the site's root (`../../`
    /// for `go/<key>/`).
    pub fn new(site: &SiteView, link: &Link, up: &str) -> Identity {
        let s = site.strings;
        // A plain link has no platform to name ("林小满的链接" says nothing): its label
        // says what it is ("林小满的作品与周边").
        let what = match link.platform.kind {
            Kind::Link => link.label.as_str(),
            _ => link.platform.names.get(site.profile.lang),
        };
        let heading = heading(s, &site.profile.name, what);
        Identity {
            label: (link.label != what).then(|| link.label.clone()),
            what: what.to_owned(),
            heading,
            avatar: site.avatar.map(|a| format!("{up}{a}")),
            mark: format!("{up}{}", mark_path(link.platform)),
        }
    }
}

/// Where a platform's mark is in the site.
pub fn mark_path(platform: &Platform) -> String {
    format!("marks/{}.svg", platform.id)
}

/// `marks/<platform>.svg`: the platform's mark in its brand colours, a round badge (the
/// colours of its buttons, readable at AA). A text mark is drawn in the system's fonts,
/// as the favicon is.
pub fn mark(platform: &Platform) -> &'static str {
    static DRAWN: LazyLock<Vec<String>> =
        LazyLock::new(|| crate::platforms::all().iter().map(draw_mark).collect());
    &DRAWN[platform.index()]
}

fn draw_mark(platform: &Platform) -> String {
    let (bg, fg) = brand_colors(platform);
    format!(
        concat!(
            r#"<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32">"#,
            r#"<circle cx="16" cy="16" r="16" fill="{bg}"/>"#,
            r#"<g transform="translate(6 6) scale(.8333)" fill="{fg}" "#,
            r#"font-family="-apple-system,'PingFang SC','Hiragino Sans GB','Microsoft YaHei','Noto Sans CJK SC',sans-serif">"#,
            "{inner}</g></svg>\n"
        ),
        bg = bg,
        fg = fg,
        inner = icon_svg(platform),
    )
}

/// The marks of the site's platforms, `(path, SVG)`, one per platform shown.
pub fn marks(site: &SiteView) -> Vec<(String, String)> {
    site.platforms
        .iter()
        .map(|p| (mark_path(p), mark(p).to_owned()))
        .collect()
}

/// "林小满的抖音", "Ada’s GitHub": `what` of the creator `name`, in the page's language,
/// with a space where a name in Latin letters meets Han text (`Lanlan 的抖音`).
pub(super) fn heading(s: &Strings, name: &str, what: &str) -> String {
    fill_spaced(s.go_heading, &[("name", name), ("label", what)])
}

/// The words of the button that leads to the account's web address: a contact's
/// `mailto:` or `tel:` link writes an e-mail or calls, it is not "the website".
pub(super) fn web_word(link: &Link, s: &'static Strings) -> &'static str {
    match link.web.as_deref() {
        Some(web) if web.starts_with("mailto:") => s.write_email,
        Some(web) if web.starts_with("tel:") => s.call,
        _ => s.continue_web,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Lang;
    use crate::render::i18n::strings;

    #[test]
    fn the_heading_says_whose_account_it_is_in_each_language() {
        let zh = strings(Lang::ZhHans);
        assert_eq!(heading(zh, "苏木木", "抖音"), "苏木木的抖音");
        assert_eq!(heading(zh, "兰兰 Lanlan", "抖音"), "兰兰 Lanlan 的抖音");
        assert_eq!(
            heading(strings(Lang::ZhHant), "蘇木木", "抖音"),
            "蘇木木的抖音"
        );
        assert_eq!(heading(strings(Lang::En), "Ada", "GitHub"), "Ada’s GitHub");
    }
}
