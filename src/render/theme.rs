//! The look of the pages, worked out once per site: the `:root` colours of the theme
//! mode (`theme.mode`), and the style (`theme.style`) — its CSS and each platform's
//! colours in it.
//!
//! Every style is CSS only over the same HTML: `templates/style-<name>.css` says which
//! custom property colours what, and [`platform_colors`] gives each platform's values
//! of those properties on a light and a dark page. Only the chosen style's CSS goes
//! into a page (the hub's `<body>` names it too, `class="s-soft"`, for the creator's
//! own CSS). Every colour [`platform_colors`] gives that is read as text or as a mark
//! reaches [`color::AA`] on what it is read on; `tests.rs` checks it for every platform
//! of the registry, every style and both schemes.

use std::sync::LazyLock;

use crate::platforms::Platform;
use crate::profile::{Profile, ThemeMode, ThemeStyle};

use super::color::{self, Rgb};
use super::head::compact;

/// The page colours of one scheme.
pub(super) struct Scheme {
    /// The page's background (`--bg`).
    pub bg: &'static str,
    /// A card's background (`--cd`).
    pub card: &'static str,
    /// The rest of the scheme's custom properties.
    rest: &'static str,
}

pub(super) const LIGHT: Scheme = Scheme {
    bg: "#f6f6f4",
    card: "#fff",
    rest: "--fg:#1b1b1b;--mu:#5c5c5c;--ln:rgba(0,0,0,.12)",
};
pub(super) const DARK: Scheme = Scheme {
    bg: "#141414",
    card: "#1f1f1f",
    rest: "--fg:#ececec;--mu:#a6a6a6;--ln:rgba(255,255,255,.16)",
};

impl Scheme {
    fn bg(&self) -> Rgb {
        Rgb::parse(self.bg).expect("scheme colours parse")
    }

    fn card(&self) -> Rgb {
        Rgb::parse(self.card).expect("scheme colours parse")
    }
}

/// The `:root` custom properties: page colours for the theme mode, and the accent made
/// readable (4.5:1) on that page, with a filled variant and the text colour for it.
pub(super) fn root_css(profile: &Profile, accent: Rgb) -> String {
    let vars = |scheme: &Scheme| {
        // `--a`: links, focus rings, outlined buttons (text on the page);
        // `--ab`/`--af`: a filled accent button and its text.
        let a = color::readable(accent, scheme.bg(), color::AA);
        let filled = color::on(a);
        format!(
            "--bg:{};--cd:{};{};--a:{};--ab:{};--af:{}",
            scheme.bg,
            scheme.card,
            scheme.rest,
            a.hex(),
            filled.bg.hex(),
            filled.fg.hex()
        )
    };
    match profile.theme.mode {
        ThemeMode::Auto => format!(
            ":root{{color-scheme:light dark;{}}}@media(prefers-color-scheme:dark){{:root{{{}}}}}\n",
            vars(&LIGHT),
            vars(&DARK)
        ),
        ThemeMode::Light => format!(":root{{color-scheme:light;{}}}\n", vars(&LIGHT)),
        ThemeMode::Dark => format!(":root{{color-scheme:dark;{}}}\n", vars(&DARK)),
    }
}

/// A platform's brand colour (a neutral grey when the registry's is not a colour).
pub(super) fn brand(platform: &Platform) -> Rgb {
    Rgb::parse(platform.color).unwrap_or(Rgb(0x4b, 0x55, 0x63))
}

/// One custom property a style sets per platform.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Prop {
    pub name: &'static str,
    pub value: Rgb,
    /// What the colour is read on, for a text or mark colour; `None` for a background.
    pub on: Option<Rgb>,
}

/// The custom properties `style` gives `platform`'s accounts on a page of `scheme`,
/// as `templates/style-<name>.css` uses them:
/// - `brand`: `--b`, the button, and `--f`, its label ([`color::label`]);
/// - `soft`: `--m`, the mark, readable on the card;
/// - `outline`: `--m`, the outline and the mark, readable on the page (the card is the
///   page's colour);
/// - `mono`: nothing: the page's own colours.
pub(super) fn platform_colors(
    style: ThemeStyle,
    platform: &Platform,
    scheme: &Scheme,
) -> Vec<Prop> {
    let brand = brand(platform);
    match style {
        ThemeStyle::Brand => {
            let pair = color::label(brand);
            vec![
                Prop {
                    name: "--b",
                    value: pair.bg,
                    on: None,
                },
                Prop {
                    name: "--f",
                    value: pair.fg,
                    on: Some(pair.bg),
                },
            ]
        }
        ThemeStyle::Soft => {
            let card = scheme.card();
            vec![Prop {
                name: "--m",
                value: color::readable(brand, card, color::AA),
                on: Some(card),
            }]
        }
        ThemeStyle::Outline => {
            let page = scheme.bg();
            vec![Prop {
                name: "--m",
                value: color::readable(brand, page, color::AA),
                on: Some(page),
            }]
        }
        ThemeStyle::Mono => Vec::new(),
    }
}

/// The style's CSS as it goes into the hub, without comments: compacted once per run,
/// as the hub's own CSS is, not once per site.
pub(super) fn style_css(style: ThemeStyle) -> &'static str {
    static CSS: LazyLock<[String; 4]> = LazyLock::new(|| {
        [
            include_str!("../../templates/style-brand.css"),
            include_str!("../../templates/style-soft.css"),
            include_str!("../../templates/style-outline.css"),
            include_str!("../../templates/style-mono.css"),
        ]
        .map(compact)
    });
    let index = match style {
        ThemeStyle::Brand => 0,
        ThemeStyle::Soft => 1,
        ThemeStyle::Outline => 2,
        ThemeStyle::Mono => 3,
    };
    &CSS[index]
}

/// The rules that give each of `platforms` its colours in the site's style and mode:
/// `.p-<id>{--b:…;--f:…}`; under `auto`, the dark scheme's values follow in a
/// `prefers-color-scheme: dark` block where they differ.
pub(super) fn platform_rules(profile: &Profile, platforms: &[&'static Platform]) -> String {
    let style = profile.theme.style;
    let rules = |scheme: &Scheme, except: Option<&Scheme>| {
        let mut out = String::new();
        for p in platforms {
            let props = platform_colors(style, p, scheme);
            if props.is_empty() || except.is_some_and(|e| platform_colors(style, p, e) == props) {
                continue;
            }
            let decls: Vec<String> = props
                .iter()
                .map(|prop| format!("{}:{}", prop.name, prop.value.hex()))
                .collect();
            out.push_str(&format!(".p-{}{{{}}}", p.id, decls.join(";")));
        }
        out
    };
    match profile.theme.mode {
        ThemeMode::Light => rules(&LIGHT, None),
        ThemeMode::Dark => rules(&DARK, None),
        ThemeMode::Auto => {
            let dark = rules(&DARK, Some(&LIGHT));
            match dark.is_empty() {
                true => rules(&LIGHT, None),
                false => format!(
                    "{}@media(prefers-color-scheme:dark){{{dark}}}",
                    rules(&LIGHT, None)
                ),
            }
        }
    }
}

#[cfg(test)]
mod tests;
