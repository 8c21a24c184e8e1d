//! Colours for the pages: WCAG 2.x relative luminance and contrast, and the text
//! colour (and, rarely, a nudged background) that makes a brand or accent colour
//! readable at AA (4.5:1 for body text).
//!
//! Works on `#rgb` / `#rrggbb` strings as the registry and `theme.accent` give them;
//! gives lowercase `#rrggbb`. Mixing happens in sRGB in fixed steps, so the output
//! depends only on the input.

use std::sync::LazyLock;

/// White text.
pub const WHITE: Rgb = Rgb(0xff, 0xff, 0xff);
/// Near-black text: softer than pure black on bright brand colours.
pub const INK: Rgb = Rgb(0x11, 0x11, 0x11);
/// WCAG AA for normal text.
pub const AA: f64 = 4.5;

/// An sRGB colour.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Rgb(pub u8, pub u8, pub u8);

impl Rgb {
    /// Parses `#rgb` or `#rrggbb` (case-insensitive).
    pub fn parse(hex: &str) -> Option<Rgb> {
        let digits = hex.strip_prefix('#')?;
        if !digits.bytes().all(|b| b.is_ascii_hexdigit()) {
            return None;
        }
        let channel = |s: &str| u8::from_str_radix(s, 16).ok();
        match digits.len() {
            3 => {
                let d: Vec<u8> = digits
                    .chars()
                    .map(|c| c.to_digit(16).map(|v| (v * 17) as u8))
                    .collect::<Option<_>>()?;
                Some(Rgb(d[0], d[1], d[2]))
            }
            6 => Some(Rgb(
                channel(&digits[0..2])?,
                channel(&digits[2..4])?,
                channel(&digits[4..6])?,
            )),
            _ => None,
        }
    }

    /// `#rrggbb`, lowercase.
    pub fn hex(self) -> String {
        format!("#{:02x}{:02x}{:02x}", self.0, self.1, self.2)
    }

    /// WCAG relative luminance, 0 (black) to 1 (white).
    pub fn luminance(self) -> f64 {
        // Each channel's linear value, worked out once: a site's colours are weighed
        // many times over (every platform's label, darkened a step at a time).
        static LINEAR: LazyLock<[f64; 256]> = LazyLock::new(|| {
            std::array::from_fn(|c| {
                let c = c as f64 / 255.0;
                if c <= 0.04045 {
                    c / 12.92
                } else {
                    ((c + 0.055) / 1.055).powf(2.4)
                }
            })
        });
        let lin = |c: u8| LINEAR[usize::from(c)];
        0.2126 * lin(self.0) + 0.7152 * lin(self.1) + 0.0722 * lin(self.2)
    }

    /// `self` moved `step`/64 of the way towards `to`.
    fn towards(self, to: Rgb, step: u32) -> Rgb {
        let mix = |a: u8, b: u8| {
            let (a, b) = (i64::from(a), i64::from(b));
            (a + (b - a) * i64::from(step) / 64) as u8
        };
        Rgb(mix(self.0, to.0), mix(self.1, to.1), mix(self.2, to.2))
    }
}

/// WCAG contrast ratio of two colours, 1 to 21.
pub fn contrast(a: Rgb, b: Rgb) -> f64 {
    let (la, lb) = (a.luminance(), b.luminance());
    let (hi, lo) = if la > lb { (la, lb) } else { (lb, la) };
    (hi + 0.05) / (lo + 0.05)
}

/// A background and the text colour to put on it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Pair {
    pub bg: Rgb,
    pub fg: Rgb,
}

/// The text colour for a filled button of colour `bg`: white when white reaches AA,
/// else near-black when it does; when neither does (mid-tones near 4.4:1 both ways),
/// the background is darkened step by step until white does. The result always has
/// a contrast of at least [`AA`].
pub fn on(bg: Rgb) -> Pair {
    for fg in [WHITE, INK] {
        if contrast(bg, fg) >= AA {
            return Pair { bg, fg };
        }
    }
    let bg = (1..=64)
        .map(|step| bg.towards(Rgb(0, 0, 0), step))
        .find(|c| contrast(*c, WHITE) >= AA)
        .unwrap_or(Rgb(0, 0, 0));
    Pair { bg, fg: WHITE }
}

/// Brand colours at least this light (relative luminance) keep their colour and get
/// near-black labels: darkening a yellow until white reads on it would leave an olive
/// no one knows as the brand. Every darker colour gets a white label.
pub const LIGHT_BRAND: f64 = 0.5;

/// The label rule of the `brand` style, one for every platform: a light brand colour
/// (see [`LIGHT_BRAND`]) as it is, with near-black text; any other with white text,
/// darkened step by step until white reads at [`AA`]. So two red buttons never differ in
/// their label's colour, as they did when each took whichever colour read better.
pub fn label(brand: Rgb) -> Pair {
    if brand.luminance() >= LIGHT_BRAND && contrast(brand, INK) >= AA {
        return Pair { bg: brand, fg: INK };
    }
    let bg = (0..=64)
        .map(|step| brand.towards(Rgb(0, 0, 0), step))
        .find(|c| contrast(*c, WHITE) >= AA)
        .unwrap_or(Rgb(0, 0, 0));
    Pair { bg, fg: WHITE }
}

/// `color` made readable as text on `page`: moved towards black (on a light page) or
/// white (on a dark page) until it reaches `ratio`.
pub fn readable(color: Rgb, page: Rgb, ratio: f64) -> Rgb {
    let target = if page.luminance() > 0.18 {
        Rgb(0, 0, 0)
    } else {
        Rgb(0xff, 0xff, 0xff)
    };
    (0..=64)
        .map(|step| color.towards(target, step))
        .find(|c| contrast(*c, page) >= ratio)
        .unwrap_or(target)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_short_and_long_forms() {
        assert_eq!(Rgb::parse("#fff"), Some(WHITE));
        assert_eq!(Rgb::parse("#07C160"), Some(Rgb(0x07, 0xc1, 0x60)));
        assert_eq!(Rgb::parse("07c160"), None);
        assert_eq!(Rgb::parse("#07c16"), None);
        assert_eq!(Rgb::parse("#gggggg"), None);
        assert_eq!(Rgb(0xab, 0, 0x0c).hex(), "#ab000c");
    }

    #[test]
    fn contrast_matches_known_values() {
        assert!((contrast(WHITE, Rgb(0, 0, 0)) - 21.0).abs() < 1e-9);
        assert!((contrast(WHITE, WHITE) - 1.0).abs() < 1e-9);
        // #767676 on white is the classic "just passes AA" grey.
        let grey = contrast(Rgb(0x76, 0x76, 0x76), WHITE);
        assert!((4.5..4.6).contains(&grey), "{grey}");
    }

    #[test]
    fn picks_white_then_ink_then_darkens() {
        assert_eq!(on(Rgb(0, 0, 0)).fg, WHITE);
        assert_eq!(on(Rgb::parse("#FFFC00").unwrap()).fg, INK);
        assert_eq!(on(Rgb::parse("#07C160").unwrap()).fg, INK);
        // A mid grey where neither white (≈4.3) nor #111 (≈4.4) reaches 4.5.
        let mid = Rgb(0x7a, 0x7a, 0x7a);
        assert!(contrast(mid, WHITE) < AA && contrast(mid, INK) < AA);
        let pair = on(mid);
        assert_ne!(pair.bg, mid, "the background had to move");
        assert_eq!(pair.fg, WHITE);
        assert!(contrast(pair.bg, pair.fg) >= AA);
    }

    /// `pick` gives a pair that reaches AA for each colour of a grid of 16 steps a
    /// channel (4,096 colours, greys and hues, from black to white).
    fn assert_aa_on_the_grid(pick: fn(Rgb) -> Pair) {
        for r in (0..=255).step_by(17) {
            for g in (0..=255).step_by(17) {
                for b in (0..=255).step_by(17) {
                    let p = pick(Rgb(r, g, b));
                    assert!(contrast(p.bg, p.fg) >= AA, "{}", Rgb(r, g, b).hex());
                }
            }
        }
    }

    #[test]
    fn every_grey_and_hue_gets_aa() {
        assert_aa_on_the_grid(on);
    }

    #[test]
    fn label_is_white_but_on_the_lightest_colours() {
        // Xiaohongshu's and Weibo's reds: both white, the lighter one darkened.
        let xhs = label(Rgb::parse("#FF2442").unwrap());
        let weibo = label(Rgb::parse("#E6162D").unwrap());
        assert_eq!((xhs.fg, weibo.fg), (WHITE, WHITE));
        assert_ne!(xhs.bg, Rgb::parse("#FF2442").unwrap());
        // Snapchat's yellow keeps its colour, with ink.
        let yellow = Rgb::parse("#FFFC00").unwrap();
        assert_eq!(
            label(yellow),
            Pair {
                bg: yellow,
                fg: INK
            }
        );
        // Already dark enough: unchanged.
        let blue = Rgb::parse("#0A66C2").unwrap();
        assert_eq!(
            label(blue),
            Pair {
                bg: blue,
                fg: WHITE
            }
        );
        assert_aa_on_the_grid(label);
    }

    #[test]
    fn readable_reaches_the_ratio_on_light_and_dark_pages() {
        for accent in ["#ffd400", "#2563eb", "#e4572e", "#000000", "#ffffff"] {
            let a = Rgb::parse(accent).unwrap();
            for page in [Rgb(0xf7, 0xf7, 0xf5), Rgb(0x12, 0x12, 0x12)] {
                let c = readable(a, page, AA);
                assert!(contrast(c, page) >= AA, "{accent} on {}", page.hex());
            }
        }
        // Already readable: unchanged.
        let blue = Rgb::parse("#1d4ed8").unwrap();
        assert_eq!(readable(blue, WHITE, AA), blue);
    }
}
