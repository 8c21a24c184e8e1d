//! Every word the command line prints of its own, in English, Simplified and
//! Traditional Chinese.
//!
//! Takes nothing; gives [`Text`] constants that the commands fill with
//! [`Text::fill`] in the language [`super::locale`] decided, and [`count`] for "3
//! sites". The profiles' diagnostics are not here (they are `hutong::messages`, in the
//! profile's language), nor the help texts (`super::help`, keyed by command). Paths,
//! commands and keys stay untranslated, in backticks.

// `serve`'s and `resolve`'s words are unused in a build without those features.
#![cfg_attr(not(all(feature = "serve", feature = "resolve")), allow(dead_code))]

use hutong::Lang;
use hutong::lang::Text;

/// Defines each text as a constant, and `ALL`, in tests, every one by name.
macro_rules! texts {
    ($($(#[$doc:meta])* $name:ident ($en:literal, $hans:literal, $hant:literal))*) => {
        $($(#[$doc])* pub const $name: Text = Text { en: $en, zh_hans: $hans, zh_hant: $hant };)*

        /// Every text of the catalogue, by name.
        #[cfg(test)]
        pub const ALL: &[(&str, Text)] = &[$((stringify!($name), $name)),*];
    };
}
pub(super) use texts;

/// `3 sites`, `1 site`; `3 个网站`: a [`count`] noun's English plural is its `{s}`.
pub fn count(lang: Lang, noun: &Text, n: usize) -> String {
    let s = if n == 1 { "" } else { "s" };
    noun.fill(lang, &[("n", &n.to_string()), ("s", s)])
}

// The texts of words/cli.toml, which build.rs writes as Rust.
include!(concat!(env!("OUT_DIR"), "/words/cli.rs"));

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_text_has_three_languages_with_the_same_placeholders() {
        for (name, text) in ALL {
            let mut english = hutong::lang::placeholders(text.en);
            // `{s}` is the English plural's; Chinese has none.
            english.retain(|p| *p != "s");
            for lang in [Lang::ZhHans, Lang::ZhHant] {
                let chinese = text.get(lang);
                assert!(!chinese.trim().is_empty(), "{name}: no {lang:?}");
                assert_eq!(
                    hutong::lang::placeholders(chinese),
                    english,
                    "{name}: {lang:?}"
                );
                assert!(
                    !chinese.is_ascii() || chinese.eq_ignore_ascii_case(text.en),
                    "{name}: {lang:?} looks untranslated"
                );
            }
        }
    }

    #[test]
    fn counts_are_plural_in_english_and_spaced_in_chinese() {
        assert_eq!(count(Lang::En, &SITES, 1), "1 site");
        assert_eq!(count(Lang::En, &SITES, 3), "3 sites");
        assert_eq!(count(Lang::ZhHans, &SITES, 3), "3 个网站");
        assert_eq!(count(Lang::ZhHant, &QR_CODES, 1), "1 個 QR 碼");
        assert_eq!(count(Lang::ZhHans, &OTHER_FILES, 2), "另外 2 个文件");
    }
}
