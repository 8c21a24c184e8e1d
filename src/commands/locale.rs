//! Which language the command line speaks, decided once from the environment.
//!
//! Takes the values of `HUTONG_LANG`, `LC_ALL`, `LC_MESSAGES` and `LANG` (passed in,
//! so tests never touch the process's environment); gives the language of the CLI's
//! own words and the language, if any, that overrides each profile's `lang:` for its
//! diagnostics. Only `HUTONG_LANG` does the latter: the locale is the machine's, the
//! profile's `lang:` is the site's, and a profile's errors should read the same on
//! every machine unless someone asks otherwise.

use hutong::Lang;

/// The environment variable that sets hutong's language: the command line's words,
/// and the profiles' diagnostics (over each profile's `lang:`).
pub const LANG_VAR: &str = "HUTONG_LANG";

/// The variables that name the locale, in the order POSIX reads them for messages.
const LOCALE_VARS: [&str; 3] = ["LC_ALL", "LC_MESSAGES", "LANG"];

/// The environment values that decide the language; `None` for an unset variable.
#[derive(Debug, Default, Clone, Copy)]
pub struct LangEnv<'a> {
    pub hutong_lang: Option<&'a str>,
    pub lc_all: Option<&'a str>,
    pub lc_messages: Option<&'a str>,
    pub lang: Option<&'a str>,
}

/// What the environment decided.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Langs {
    /// The language of the command line's own words: help, usage errors, summaries.
    pub cli: Lang,
    /// The language of the profiles' diagnostics when `HUTONG_LANG` names one; `None`
    /// lets each profile's `lang:` decide.
    pub diagnostics: Option<Lang>,
    /// A `HUTONG_LANG` value hutong does not speak, to warn about (it is ignored).
    pub unknown: Option<String>,
}

/// Decides the languages: `HUTONG_LANG` when it names one of the three; else the
/// first non-empty of `LC_ALL`, `LC_MESSAGES`, `LANG` (as POSIX reads them), where
/// `zh_CN`/`zh_SG` give Simplified Chinese, `zh_TW`/`zh_HK`/`zh_MO` Traditional, and
/// anything else (`C`, `POSIX`, `en_US`, `fr_FR`) English; else English.
pub fn decide(env: LangEnv<'_>) -> Langs {
    let asked = set(env.hutong_lang);
    let chosen = asked.and_then(Lang::from_tag);
    let locale = [env.lc_all, env.lc_messages, env.lang]
        .into_iter()
        .find_map(set)
        .map_or(Lang::En, from_locale);
    Langs {
        cli: chosen.unwrap_or(locale),
        diagnostics: chosen,
        unknown: asked.filter(|_| chosen.is_none()).map(str::to_owned),
    }
}

/// A variable's value, `None` when it is unset or blank.
fn set(value: Option<&str>) -> Option<&str> {
    value.map(str::trim).filter(|v| !v.is_empty())
}

/// The languages this process's environment decides.
pub fn from_process() -> Langs {
    let var = |name: &str| std::env::var(name).ok();
    let [lc_all, lc_messages, lang] = LOCALE_VARS.map(var);
    let hutong_lang = var(LANG_VAR);
    decide(LangEnv {
        hutong_lang: hutong_lang.as_deref(),
        lc_all: lc_all.as_deref(),
        lc_messages: lc_messages.as_deref(),
        lang: lang.as_deref(),
    })
}

/// The language of a POSIX locale name, `language[_territory][.codeset][@modifier]`:
/// Chinese by its territory (or script, `zh_Hant`), everything else English.
fn from_locale(locale: &str) -> Lang {
    let name = locale.split(['.', '@']).next().unwrap_or("");
    let mut parts = name.split(['_', '-']);
    if !parts.next().is_some_and(|l| l.eq_ignore_ascii_case("zh")) {
        return Lang::En;
    }
    match parts.next().map(str::to_ascii_lowercase).as_deref() {
        Some("tw" | "hk" | "mo" | "hant") => Lang::ZhHant,
        _ => Lang::ZhHans,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cli(
        hutong_lang: Option<&str>,
        lc_all: Option<&str>,
        lc_messages: Option<&str>,
        lang: Option<&str>,
    ) -> Lang {
        decide(LangEnv {
            hutong_lang,
            lc_all,
            lc_messages,
            lang,
        })
        .cli
    }

    #[test]
    fn locales_name_the_chinese_of_their_territory() {
        for (locale, lang) in [
            ("zh_CN.UTF-8", Lang::ZhHans),
            ("zh_SG", Lang::ZhHans),
            ("zh_TW.UTF-8", Lang::ZhHant),
            ("zh_HK.Big5-HKSCS", Lang::ZhHant),
            ("zh_MO", Lang::ZhHant),
            ("zh_TW.UTF-8@stroke", Lang::ZhHant),
            ("C", Lang::En),
            ("C.UTF-8", Lang::En),
            ("POSIX", Lang::En),
            ("en_US.UTF-8", Lang::En),
            ("fr_FR.UTF-8", Lang::En),
            ("zhx_CN", Lang::En),
        ] {
            assert_eq!(cli(None, None, None, Some(locale)), lang, "{locale}");
        }
    }

    #[test]
    fn the_first_non_empty_locale_variable_wins_as_posix_reads_them() {
        let tw = Some("zh_TW.UTF-8");
        let cn = Some("zh_CN.UTF-8");
        assert_eq!(cli(None, tw, cn, cn), Lang::ZhHant, "LC_ALL first");
        assert_eq!(
            cli(None, Some(""), tw, cn),
            Lang::ZhHant,
            "an empty LC_ALL is unset"
        );
        assert_eq!(cli(None, None, None, tw), Lang::ZhHant, "then LANG");
        assert_eq!(
            cli(None, Some("C"), tw, tw),
            Lang::En,
            "LC_ALL=C is English"
        );
        assert_eq!(cli(None, None, None, None), Lang::En, "nothing set");
    }

    #[test]
    fn hutong_lang_comes_before_the_locale_and_alone_overrides_diagnostics() {
        let langs = decide(LangEnv {
            hutong_lang: Some("zh-Hans"),
            lc_all: Some("zh_TW.UTF-8"),
            ..LangEnv::default()
        });
        assert_eq!(langs.cli, Lang::ZhHans);
        assert_eq!(langs.diagnostics, Some(Lang::ZhHans));
        assert_eq!(langs.unknown, None);

        let langs = decide(LangEnv {
            lang: Some("zh_TW.UTF-8"),
            ..LangEnv::default()
        });
        assert_eq!(langs.cli, Lang::ZhHant);
        assert_eq!(
            langs.diagnostics, None,
            "the locale leaves the profile's lang: alone"
        );

        let langs = decide(LangEnv {
            hutong_lang: Some("fr"),
            lang: Some("zh_HK.UTF-8"),
            ..LangEnv::default()
        });
        assert_eq!(
            langs.cli,
            Lang::ZhHant,
            "an unknown HUTONG_LANG falls to the locale"
        );
        assert_eq!(langs.diagnostics, None);
        assert_eq!(langs.unknown.as_deref(), Some("fr"));

        let langs = decide(LangEnv {
            hutong_lang: Some(" "),
            ..LangEnv::default()
        });
        assert_eq!(
            (langs.cli, langs.unknown),
            (Lang::En, None),
            "empty is unset"
        );
    }
}
