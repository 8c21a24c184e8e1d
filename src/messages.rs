//! Every text a diagnostic can show, in English, Simplified and Traditional Chinese.
//!
//! Takes a message, a language and the values of its `{placeholders}`; gives the text.
//! Each entry is a [`Text`] (the one three-language type, filled by `lang`'s rules) with
//! a stable `code`; for a diagnostic message it is the diagnostic's code (`unknown-key`),
//! which the JSON report carries, so tools can match on it whatever the language. Hints
//! and the words that messages are built from (`in an account`, `a list`) live in the
//! same table, so a test can check that every entry has all three languages and the
//! same placeholders.
//!
//! Keys, values and commands stay untranslated, in backticks. This module does not
//! decide which language to use: the caller passes it (see `profile::parse_with`).

use std::fmt::Write as _;

use crate::Lang;
use crate::lang::Text;

/// One entry of the catalogue: a [`Text`] and the stable code it is known by.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Msg {
    /// Stable identifier; for diagnostic messages it is the diagnostic's code.
    pub code: &'static str,
    pub text: Text,
}

impl Msg {
    /// The template in `lang`.
    pub fn get(&self, lang: Lang) -> &'static str {
        self.text.get(lang)
    }

    /// The text in `lang` with its placeholders filled from `args` (see [`Text::fill`]:
    /// in Chinese, Latin values are spaced from Han characters).
    pub fn fill(&self, lang: Lang, args: &[(&str, &str)]) -> String {
        self.text.fill(lang, args)
    }

    /// The text in `lang`, for messages without placeholders.
    pub fn text(&self, lang: Lang) -> String {
        self.get(lang).to_owned()
    }
}

/// `` `a` ``, `` `a` or `b` ``, `` `a`, `b` or `c` `` (in Chinese `、` and 或), each
/// name in backticks.
pub fn or_list(lang: Lang, names: &[&str]) -> String {
    let quoted: Vec<String> = names.iter().map(|n| format!("`{n}`")).collect();
    join(lang, &quoted, &LIST_OR)
}

/// `a`, `a and b`, `a, b and c` (in Chinese `、` and 和), without backticks.
pub fn and_list(lang: Lang, names: &[&str]) -> String {
    let names: Vec<String> = names.iter().map(|n| (*n).to_owned()).collect();
    join(lang, &names, &LIST_AND)
}

fn join(lang: Lang, items: &[String], word: &Msg) -> String {
    let comma = if lang == Lang::En { ", " } else { "、" };
    match items.split_last() {
        None => String::new(),
        Some((last, [])) => last.clone(),
        Some((last, rest)) => {
            let mut out = rest.join(comma);
            let _ = write!(out, "{}{last}", word.get(lang));
            out
        }
    }
}

/// Defines each message as a constant and [`ALL`], the list the tests check.
macro_rules! messages {
    ($($(#[$doc:meta])* $name:ident = $code:literal ($en:literal, $hans:literal, $hant:literal))*) => {
        $(
            $(#[$doc])*
            pub const $name: Msg = Msg {
                code: $code,
                text: Text { en: $en, zh_hans: $hans, zh_hant: $hant },
            };
        )*
        /// Every message, hint and word of the table.
        pub const ALL: &[&Msg] = &[$(&$name),*];
    };
}

// The texts of words/messages.toml, which build.rs writes as Rust.
include!(concat!(env!("OUT_DIR"), "/words/messages.rs"));

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lang::placeholders;

    #[test]
    fn every_entry_has_three_languages_with_the_same_placeholders() {
        for m in ALL {
            for lang in Lang::ALL {
                let text = m.get(lang);
                assert!(!text.trim().is_empty(), "{} has no {lang:?} text", m.code);
                assert_eq!(
                    placeholders(text),
                    placeholders(m.text.en),
                    "{}: the {lang:?} text has other placeholders than the English one",
                    m.code
                );
            }
            let code_only = m.text.en.starts_with('`') && m.text.en.ends_with('`');
            assert!(
                code_only || m.text.zh_hans != m.text.en,
                "{}: the Chinese text is still English",
                m.code
            );
        }
    }

    #[test]
    fn codes_are_unique_and_kebab_case() {
        let mut codes: Vec<&str> = ALL.iter().map(|m| m.code).collect();
        for code in &codes {
            assert!(
                code.bytes()
                    .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-'),
                "{code}"
            );
        }
        codes.sort_unstable();
        let n = codes.len();
        codes.dedup();
        assert_eq!(codes.len(), n, "a code appears twice");
    }

    #[test]
    fn simplified_and_traditional_texts_are_written_in_their_own_script() {
        // Characters that differ between the scripts, as a spot check against pasting
        // one into the other: each pair is (Simplified, Traditional).
        let pairs = [
            ('个', '個'),
            ('这', '這'),
            ('写', '寫'),
            ('账', '帳'),
            ('号', '號'),
            ('网', '網'),
            ('键', '鍵'),
            ('没', '沒'),
            ('里', '裡'),
            ('缩', '縮'),
            ('开', '開'),
            ('删', '刪'),
            ('应', '應'),
            ('头', '頭'),
            ('图', '圖'),
            ('为', '為'),
            ('时', '時'),
            ('会', '會'),
            ('说', '說'),
            ('与', '與'),
        ];
        for m in ALL {
            for (hans, hant) in pairs {
                assert!(
                    !m.text.zh_hant.contains(hans),
                    "{}: `{hans}` in zh-Hant",
                    m.code
                );
                assert!(
                    !m.text.zh_hans.contains(hant),
                    "{}: `{hant}` in zh-Hans",
                    m.code
                );
            }
        }
    }

    #[test]
    fn fill_replaces_named_placeholders_only() {
        assert_eq!(
            UNKNOWN_KEY.fill(Lang::En, &[("key", "k"), ("what", "w")]),
            "unknown key `k` in w"
        );
    }

    #[test]
    fn latin_values_are_spaced_from_han_characters() {
        assert_eq!(
            APP_ID_UNNEEDED.fill(Lang::ZhHans, &[("platform", "GitHub")]),
            "GitHub 账号不需要 `app_id`"
        );
        assert_eq!(
            APP_ID_UNNEEDED.fill(Lang::ZhHans, &[("platform", "抖音")]),
            "抖音账号不需要 `app_id`"
        );
        assert_eq!(
            UNKNOWN_KEY.fill(Lang::ZhHant, &[("key", "x"), ("what", "site.yaml")]),
            "site.yaml 裡有未知的鍵 `x`"
        );
        // Not after full-width punctuation.
        assert_eq!(
            HINT_SPACE_AFTER_COLON.fill(Lang::ZhHans, &[("fixed", "a: b")]),
            "在冒号后面加一个空格：`a: b`"
        );
    }

    #[test]
    fn lists_read_naturally_in_each_language() {
        assert_eq!(or_list(Lang::En, &["a", "b", "c"]), "`a`, `b` or `c`");
        assert_eq!(or_list(Lang::ZhHans, &["a", "b", "c"]), "`a`、`b` 或 `c`");
        assert_eq!(and_list(Lang::En, &["A", "B"]), "A and B");
        assert_eq!(
            and_list(Lang::ZhHant, &["抖音", "快手", "今日頭條"]),
            "抖音、快手和今日頭條"
        );
        assert_eq!(or_list(Lang::En, &["a"]), "`a`");
    }
}
