//! The top-level fields of a profile: `name`, `lang`, `base_url`, `avatar`, `theme`,
//! `filing` and the rest, each checked for what it means beyond being text. The
//! accounts are checked in `account`.

use std::path::Path;

use url::Url;

use crate::Lang;
use crate::messages;
use crate::schedule::{self, ScheduleError, Zone};
use crate::suggest;

use super::{Checker, Fields, Part, Place};
use crate::diagnostic::Location;
use crate::profile::fields::{
    ACCENT, AVATAR, AVATAR_EXTENSIONS, BASE_URL, BIO, CSS, FILING, Field, ICP, LANG, MODE, NAME,
    POLICE, STYLE, TAGLINE, THEME, TIMEZONE,
};
use crate::profile::yaml::{Node, Value};
use crate::profile::{Avatar, CssFile, Filing, Profile, Theme, ThemeMode, ThemeStyle};

impl Checker<'_> {
    pub(super) fn profile(&mut self, root: &Node) -> Option<Profile> {
        if root.value == Value::Null {
            return self.refuse(
                root.at,
                messages::PROFILE_EMPTY,
                &[],
                self.t(messages::HINT_PROFILE_EMPTY),
            );
        }
        let fields = self.fields(root, Part::Profile)?;
        self.required(&fields, root, Part::Profile);
        let name = self.text(&fields, &NAME);
        let tagline = self.text(&fields, &TAGLINE).map(|(t, _)| t);
        self.cut_at_hash(&fields, &TAGLINE);
        let lang = self
            .optional(&fields, &LANG, Self::lang)
            .map(|lang| lang.unwrap_or(Lang::ZhHans));
        let base_url = self.base_url(&fields);
        let avatar = self.avatar(&fields);
        let bio = self.text(&fields, &BIO).map(|(t, _)| t);
        let theme = self.theme(&fields);
        let filing = self.filing(&fields);
        let accounts = self.accounts(&fields);
        let timezone = match self.optional(&fields, &TIMEZONE, Self::timezone) {
            Some(None) => schedule::zone(None).ok(),
            given => given.flatten(),
        };
        Some(Profile {
            name: name?.0,
            tagline,
            lang: lang?,
            base_url: base_url?,
            avatar,
            bio,
            theme: theme?,
            accounts: accounts?,
            filing: filing?,
            timezone: timezone?,
        })
    }

    /// `timezone`: an IANA name (any case); a misspelt one gets the closest names.
    fn timezone(&mut self, text: String, at: Location) -> Option<Zone> {
        let hint = match schedule::zone(Some(&text)) {
            Ok(zone) => return Some(zone),
            Err(ScheduleError::UnknownZone { closest, .. }) if !closest.is_empty() => {
                let names: Vec<&str> = closest.iter().map(String::as_str).collect();
                let names = messages::or_list(self.lang, &names);
                self.f(messages::HINT_DID_YOU_MEAN, &[("name", &names)])
            }
            Err(_) => self.t(messages::HINT_TIMEZONES),
        };
        self.error(
            Some(at),
            messages::UNKNOWN_TIMEZONE,
            &[("zone", &text)],
            hint,
        );
        None
    }

    /// `lang`: one of the three tags; a near miss (`zh-CN`, `en-US`) gets the right one.
    fn lang(&mut self, text: String, at: Location) -> Option<Lang> {
        let lang = match text.as_str() {
            "zh-Hans" => Lang::ZhHans,
            "zh-Hant" => Lang::ZhHant,
            "en" => Lang::En,
            other => {
                let hint = match Lang::from_tag(other) {
                    Some(Lang::ZhHans) => messages::HINT_LANG_HANS,
                    Some(Lang::ZhHant) => messages::HINT_LANG_HANT,
                    Some(Lang::En) => messages::HINT_LANG_EN,
                    None if other.to_ascii_lowercase().starts_with("en") => messages::HINT_LANG_EN,
                    None => messages::HINT_LANGS,
                };
                return self.refuse(at, messages::UNKNOWN_LANG, &[("lang", other)], self.t(hint));
            }
        };
        Some(lang)
    }

    fn base_url(&mut self, fields: &Fields) -> Option<Url> {
        let (text, at) = self.text(fields, &BASE_URL)?;
        // An example built from what was written, when one can be.
        let like =
            |cx: &Self, example: &str| cx.f(messages::HINT_BASE_URL_LIKE, &[("example", example)]);
        let Ok(mut url) = Url::parse(&text) else {
            let hint = match text.split_once("://") {
                None if text.contains("：//") => {
                    let scheme = text.split("：//").next().unwrap_or("");
                    let fixed = text.replacen("：//", "://", 1);
                    self.f(
                        messages::HINT_FULLWIDTH_SCHEME,
                        &[("scheme", scheme), ("fixed", &fixed)],
                    )
                }
                None if !text.starts_with('/') && text.contains('.') && !text.contains(' ') => {
                    let mut example = format!("https://{text}");
                    if !text.contains('/') {
                        example.push('/');
                    }
                    like(self, &example)
                }
                _ => self.t(messages::HINT_BASE_URL),
            };
            return self.refuse(at, messages::BASE_URL_NOT_FULL, &[("text", &text)], hint);
        };
        if !matches!(url.scheme(), "http" | "https") || url.host_str().is_none_or(str::is_empty) {
            let hint = match url.host_str().filter(|h| !h.is_empty()) {
                Some(host) => like(self, &format!("https://{host}{}", url.path())),
                None => self.t(messages::HINT_BASE_URL),
            };
            return self.refuse(
                at,
                messages::BASE_URL_SCHEME,
                &[("scheme", url.scheme())],
                hint,
            );
        }
        if url.query().is_some()
            || url.fragment().is_some()
            || !url.username().is_empty()
            || url.password().is_some()
        {
            let mut clean = url.clone();
            clean.set_query(None);
            clean.set_fragment(None);
            let _ = clean.set_username("");
            let _ = clean.set_password(None);
            let hint = like(self, clean.as_str());
            self.error(Some(at), messages::BASE_URL_EXTRA, &[], hint);
            return None;
        }
        if !url.path().ends_with('/') {
            let path = format!("{}/", url.path());
            url.set_path(&path);
        }
        self.base_url_host(&url, at);
        Some(url)
    }

    /// `avatar`: a relative path to a picture inside the site folder, by what is
    /// written; the file itself is read by `disk`.
    fn avatar(&mut self, fields: &Fields) -> Option<Avatar> {
        let (path, at) = self.text(fields, &AVATAR)?;
        let file = path
            .rsplit(['/', '\\'])
            .next()
            .filter(|f| !f.is_empty() && *f != "..")
            .unwrap_or("avatar.jpg")
            .to_owned();
        let beside = self.f(messages::HINT_AVATAR_BESIDE, &[("file", &file)]);
        let ext = Path::new(&path)
            .extension()
            .map(|e| e.to_string_lossy().to_ascii_lowercase());
        let kind = ext
            .as_deref()
            .and_then(|e| AVATAR_EXTENSIONS.iter().find(|known| **known == e));
        match (super::place(&path), kind) {
            (Place::Url, _) => self.error(
                Some(at),
                messages::AVATAR_IS_URL,
                &[],
                self.t(messages::HINT_DOWNLOAD_AVATAR),
            ),
            (Place::Absolute, _) => self.error(
                Some(at),
                messages::AVATAR_ABSOLUTE,
                &[("path", &path)],
                beside,
            ),
            (Place::Leaves, _) => self.error(
                Some(at),
                messages::AVATAR_LEAVES,
                &[("path", &path)],
                beside,
            ),
            (Place::Inside, Some(ext)) => return Some(Avatar { path, ext, at }),
            (Place::Inside, None) => {
                let types = AVATAR_EXTENSIONS.join(", ");
                self.error(
                    Some(at),
                    messages::AVATAR_TYPE,
                    &[("path", &path)],
                    self.f(messages::HINT_AVATAR_TYPES, &[("types", &types)]),
                );
            }
        }
        None
    }

    fn theme(&mut self, fields: &Fields) -> Option<Theme> {
        let Some(node) = fields.get(THEME.key) else {
            return Some(Theme::default());
        };
        let theme_fields = self.fields(node, Part::Theme)?;
        // Every field is read, so that one run reports each of their problems.
        let mode = self.optional(&theme_fields, &MODE, Self::theme_mode);
        let accent = self.optional(&theme_fields, &ACCENT, Self::accent);
        let style = self.optional(&theme_fields, &STYLE, Self::theme_style);
        let css = self.optional(&theme_fields, &CSS, Self::css_file);
        Some(Theme {
            mode: mode?.unwrap_or_default(),
            accent: accent?,
            style: style?.unwrap_or_default(),
            css: css?,
        })
    }

    /// An optional field read by `read`: `Some(None)` when it is not there,
    /// `Some(Some(value))` when `read` takes its text, and `None` when it is there but
    /// refused (reported, by `read` or as no text).
    fn optional<T>(
        &mut self,
        fields: &Fields,
        field: &Field,
        read: fn(&mut Self, String, Location) -> Option<T>,
    ) -> Option<Option<T>> {
        match self.text(fields, field) {
            Some((text, at)) => read(self, text, at).map(Some),
            None => fields.get(field.key).is_none().then_some(None),
        }
    }

    fn theme_mode(&mut self, mode: String, at: Location) -> Option<ThemeMode> {
        match mode.as_str() {
            "auto" => Some(ThemeMode::Auto),
            "light" => Some(ThemeMode::Light),
            "dark" => Some(ThemeMode::Dark),
            other => {
                let close = suggest::closest(other, ["auto", "light", "dark"], 1);
                let hint = match close.first() {
                    Some(c) => self.f(messages::HINT_THEME_MODE_CLOSE, &[("mode", c)]),
                    None => self.t(messages::HINT_THEME_MODES),
                };
                self.refuse(at, messages::UNKNOWN_THEME_MODE, &[("mode", other)], hint)
            }
        }
    }

    fn accent(&mut self, accent: String, at: Location) -> Option<String> {
        parse_color(&accent).or_else(|| {
            let hint = self.t(messages::HINT_COLOUR);
            self.refuse(at, messages::BAD_COLOUR, &[("accent", &accent)], hint)
        })
    }

    fn theme_style(&mut self, style: String, at: Location) -> Option<ThemeStyle> {
        ThemeStyle::from_name(&style).or_else(|| {
            let names = ThemeStyle::ALL.map(|(_, name)| name);
            let close = suggest::closest(&style, names, 1);
            let hint = match close.first() {
                Some(c) => self.f(messages::HINT_THEME_STYLE_CLOSE, &[("style", c)]),
                None => self.t(messages::HINT_THEME_STYLES),
            };
            self.refuse(
                at,
                messages::UNKNOWN_THEME_STYLE,
                &[("style", &style)],
                hint,
            )
        })
    }

    fn css_file(&mut self, path: String, at: Location) -> Option<CssFile> {
        let is_css = Path::new(&path)
            .extension()
            .is_some_and(|e| e.eq_ignore_ascii_case("css"));
        if super::place(&path) == Place::Inside && is_css {
            return Some(CssFile { path, at });
        }
        let hint = self.t(messages::HINT_CSS_BESIDE);
        self.refuse(at, messages::CSS_PATH, &[("path", &path)], hint)
    }

    fn filing(&mut self, fields: &Fields) -> Option<Filing> {
        let Some(node) = fields.get(FILING.key) else {
            return Some(Filing::default());
        };
        let f = self.fields(node, Part::Filing)?;
        let icp = self.text(&f, &ICP).map(|(t, _)| t);
        let police = self.text(&f, &POLICE).map(|(t, _)| t);
        let ok = icp.is_some() == f.get(ICP.key).is_some()
            && police.is_some() == f.get(POLICE.key).is_some();
        ok.then_some(Filing { icp, police })
    }
}

/// `#rgb` or `#rrggbb` → `#rrggbb` in lowercase.
pub fn parse_color(text: &str) -> Option<String> {
    let hex = text.strip_prefix('#')?;
    if !hex.bytes().all(|b| b.is_ascii_hexdigit()) {
        return None;
    }
    let full = match hex.len() {
        3 => hex.chars().flat_map(|c| [c, c]).collect(),
        6 => hex.to_owned(),
        _ => return None,
    };
    Some(format!("#{}", full.to_ascii_lowercase()))
}
