//! The three interface languages and the one way hutong writes a text in them.
//!
//! Takes a language tag as people write it (`zh-CN`, `zh_TW.UTF-8`, `en-GB`) or a text
//! in three languages with `{name}` placeholders; gives a [`Lang`] and the text in that
//! language, filled in. Every table of words — diagnostics (`messages`), the registry's
//! names and help (`platforms`), the pages (`render`), the dev server (`serve`) — is made
//! of [`Text`]. This module holds no words itself and does not decide which language a
//! caller uses.
//!
//! The tables' words live in the catalogues of `words/` (`words/pages.toml`…), not in
//! Rust: `build.rs` writes each as a macro `<table>_words!` that hands its entries to the
//! table's own macro (`words!` here, `messages!`), and the module includes it. The
//! registry's words stay in `platforms`, beside the data they describe.

/// The language of a site's interface.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, serde::Serialize)]
pub enum Lang {
    #[default]
    #[serde(rename = "zh-Hans")]
    ZhHans,
    #[serde(rename = "zh-Hant")]
    ZhHant,
    #[serde(rename = "en")]
    En,
}

impl Lang {
    /// Every language, in the order tables list them.
    pub const ALL: [Lang; 3] = [Lang::En, Lang::ZhHans, Lang::ZhHant];

    /// The language for a tag as people write it: `zh-Hans`, `zh-Hant`, `en`, and the
    /// common region tags (`zh-CN`, `zh_TW`, `en-US`…), case-insensitive.
    pub fn from_tag(tag: &str) -> Option<Lang> {
        let tag = tag.trim().to_ascii_lowercase().replace('_', "-");
        let tag = tag.split('.').next().unwrap_or(""); // `zh_CN.UTF-8`
        match tag {
            "zh-hans" | "zh" | "zh-cn" | "zh-sg" | "zh-hans-cn" | "zh-my" => Some(Lang::ZhHans),
            "zh-hant" | "zh-tw" | "zh-hk" | "zh-mo" | "zh-hant-tw" | "zh-hant-hk" => {
                Some(Lang::ZhHant)
            }
            t if t == "en" || t.starts_with("en-") => Some(Lang::En),
            _ => None,
        }
    }

    /// The tag hutong writes: `zh-Hans`, `zh-Hant` or `en`.
    pub fn tag(self) -> &'static str {
        match self {
            Lang::ZhHans => "zh-Hans",
            Lang::ZhHant => "zh-Hant",
            Lang::En => "en",
        }
    }
}

/// One text in English, Simplified Chinese and Traditional Chinese. `{name}` marks a
/// placeholder, filled by [`Text::fill`] or [`fill`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Text {
    pub en: &'static str,
    pub zh_hans: &'static str,
    /// Traditional Chinese, in Taiwan's wording (帳號, 連結, 設定).
    pub zh_hant: &'static str,
}

impl Text {
    /// The text in `lang`, placeholders as written.
    pub const fn get(&self, lang: Lang) -> &'static str {
        match lang {
            Lang::En => self.en,
            Lang::ZhHans => self.zh_hans,
            Lang::ZhHant => self.zh_hant,
        }
    }

    /// The text in `lang` with its placeholders filled from `args` (name, value). In
    /// Chinese a space separates a value in Latin letters from the Han characters
    /// around it (`GitHub 账号`, not `GitHub账号`), as Chinese typesetting does.
    pub fn fill(&self, lang: Lang, args: &[(&str, &str)]) -> String {
        substitute(self.get(lang), args, lang != Lang::En)
    }
}

/// Defines a struct of words, one `&'static str` field per entry `name ("en", "zh_hans",
/// "zh_hant")`, as build.rs writes a catalogue of `words/` (see the module's doc);
/// `of(lang)` gives the words in a language, and `TABLE`, in tests, every entry by name
/// for [`check_table`].
macro_rules! words {
    ($(#[$meta:meta])* $vis:vis struct $ty:ident;
    $($(#[$doc:meta])* $name:ident ($en:literal, $hans:literal, $hant:literal))*) => {
        $(#[$meta])*
        #[derive(Debug)]
        $vis struct $ty {
            $($(#[$doc])* pub $name: &'static str,)*
        }

        impl $ty {
            /// The words in `lang`.
            pub const fn of(lang: $crate::Lang) -> $ty {
                $ty {
                    $($name: $crate::lang::Text { en: $en, zh_hans: $hans, zh_hant: $hant }
                        .get(lang),)*
                }
            }

            /// Every entry of the table, by name.
            #[cfg(test)]
            const TABLE: &[(&str, $crate::lang::Text)] = &[
                $((stringify!($name), $crate::lang::Text { en: $en, zh_hans: $hans, zh_hant: $hant }),)*
            ];
        }
    };
}
pub(crate) use words;

/// Checks a table of words: every entry has a text in each language, the same
/// placeholders in each, and only placeholders from `allowed`, which the code fills.
#[cfg(test)]
pub(crate) fn check_table(table: &[(&str, Text)], allowed: &[&str]) {
    for (name, text) in table {
        for lang in Lang::ALL {
            assert!(
                !text.get(lang).trim().is_empty(),
                "{name}: no {lang:?} text"
            );
            assert_eq!(
                placeholders(text.get(lang)),
                placeholders(text.en),
                "{name}: {lang:?}"
            );
        }
        assert!(
            placeholders(text.en).iter().all(|p| allowed.contains(p)),
            "{name}: only {allowed:?} are filled"
        );
    }
}

/// Replaces each `{name}` of `template` with its value in `args`, values set flush
/// against the text around them; unknown names and lone braces stay as written.
///
/// The pages' strings are filled this way: they have always set a label straight
/// against Han text, and a built page must not change under a site that did not.
pub fn fill(template: &str, args: &[(&str, &str)]) -> String {
    substitute(template, args, false)
}

/// [`fill`] with a space between a value in Latin letters and the Han characters
/// beside it (`前往 Lanlan 的主页`, not `前往Lanlan的主页`), as [`Text::fill`] does: for the
/// sentences built around the creator's name (the go pages' heading, the 404's link
/// home), which a name like `兰兰 Lanlan` would otherwise run into.
pub fn fill_spaced(template: &str, args: &[(&str, &str)]) -> String {
    substitute(template, args, true)
}

/// The one placeholder filler. With `space_han`, a space goes between a filled-in value
/// and a Han character beside it when the value starts or ends with a Latin letter,
/// digit or backtick (not after full-width punctuation, which carries its own space).
fn substitute(template: &str, args: &[(&str, &str)], space_han: bool) -> String {
    let latin = |c: Option<char>| c.is_some_and(|c| c.is_ascii_alphanumeric() || c == '`');
    let han = |c: Option<char>| {
        c.is_some_and(|c| matches!(c as u32, 0x3400..=0x4DBF | 0x4E00..=0x9FFF | 0xF900..=0xFAFF))
    };
    let mut out = String::with_capacity(template.len() + 32);
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        out.push_str(&rest[..open]);
        let after = &rest[open + 1..];
        let found = after
            .find('}')
            .and_then(|c| args.iter().find(|(k, _)| *k == &after[..c]));
        match found {
            Some((name, value)) => {
                rest = &after[name.len() + 1..];
                if space_han && han(out.chars().last()) && latin(value.chars().next()) {
                    out.push(' ');
                }
                out.push_str(value);
                if space_han && latin(value.chars().last()) && han(rest.chars().next()) {
                    out.push(' ');
                }
            }
            None => {
                out.push('{');
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out
}

/// The placeholder names of a template, sorted, each once.
pub fn placeholders(template: &str) -> Vec<&str> {
    let mut names: Vec<&str> = Vec::new();
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        let after = &rest[open + 1..];
        match after.find('}') {
            Some(close)
                if !after[..close].is_empty()
                    && after[..close]
                        .bytes()
                        .all(|b| b.is_ascii_lowercase() || b == b'_') =>
            {
                names.push(&after[..close]);
                rest = &after[close + 1..];
            }
            _ => rest = after,
        }
    }
    names.sort_unstable();
    names.dedup();
    names
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn language_tags_are_read_as_people_write_them() {
        assert_eq!(Lang::from_tag("zh-Hans"), Some(Lang::ZhHans));
        assert_eq!(Lang::from_tag("zh_CN.UTF-8"), Some(Lang::ZhHans));
        assert_eq!(Lang::from_tag("ZH-HANT"), Some(Lang::ZhHant));
        assert_eq!(Lang::from_tag("zh-TW"), Some(Lang::ZhHant));
        assert_eq!(Lang::from_tag("en-GB"), Some(Lang::En));
        assert_eq!(Lang::from_tag("fr"), None);
        assert_eq!(Lang::from_tag(""), None);
        for lang in Lang::ALL {
            assert_eq!(Lang::from_tag(lang.tag()), Some(lang));
        }
    }

    #[test]
    fn fill_replaces_named_placeholders_only() {
        assert_eq!(
            fill("`{key}` in {what} {x} {", &[("key", "a"), ("what", "b")]),
            "`a` in b {x} {"
        );
        assert_eq!(
            fill("{a}{a}", &[("a", "{a}")]),
            "{a}{a}",
            "values are not rescanned"
        );
        assert_eq!(placeholders("a {b} {c} {b} {D} {"), ["b", "c"]);
    }

    #[test]
    fn latin_values_are_spaced_from_han_characters_in_chinese_only() {
        let text = Text {
            en: "{platform} account",
            zh_hans: "{platform}账号",
            zh_hant: "「{platform}」帳號",
        };
        let args = [("platform", "GitHub")];
        assert_eq!(text.fill(Lang::ZhHans, &args), "GitHub 账号");
        assert_eq!(text.fill(Lang::ZhHans, &[("platform", "抖音")]), "抖音账号");
        assert_eq!(text.fill(Lang::En, &args), "GitHub account");
        // Not beside full-width punctuation.
        assert_eq!(text.fill(Lang::ZhHant, &args), "「GitHub」帳號");
        // The plain fill sets values flush, as the pages always have.
        assert_eq!(fill(text.zh_hans, &args), "GitHub账号");
    }
}
