//! Every interface string of the pages, in zh-Hans, zh-Hant and en: one table.
//!
//! Takes a language; gives [`Strings`], the table's texts in that language, which the
//! templates read by name (`s.copy`). Each entry is a [`crate::lang::Text`]; `{name}` (the profile's
//! name), `{label}` (an account's label) and `{id}` (an account's id) are filled with
//! [`crate::lang::fill`].
//! Platform names are not here: the registry has them (`Platform::name`).

use crate::Lang;
use crate::lang::words;

// `Strings`, from words/pages.toml, which build.rs writes as Rust.
include!(concat!(env!("OUT_DIR"), "/words/pages.rs"));

static EN: Strings = Strings::of(Lang::En);
static ZH_HANS: Strings = Strings::of(Lang::ZhHans);
static ZH_HANT: Strings = Strings::of(Lang::ZhHant);

/// The strings of a language.
pub fn strings(lang: Lang) -> &'static Strings {
    match lang {
        Lang::ZhHans => &ZH_HANS,
        Lang::ZhHant => &ZH_HANT,
        Lang::En => &EN,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lang::{check_table, fill};

    #[test]
    fn every_string_has_three_languages_with_the_same_placeholders() {
        check_table(Strings::TABLE, &["name", "label", "id"]);
    }

    #[test]
    fn each_language_reads_its_own_column() {
        assert_eq!(strings(Lang::ZhHant).html_lang, "zh-Hant");
        assert_eq!(strings(Lang::En).copy, "Copy");
        assert_eq!(
            fill(strings(Lang::ZhHans).qr_alt, &[("label", "GitHub")]),
            "GitHub的二维码"
        );
    }
}
