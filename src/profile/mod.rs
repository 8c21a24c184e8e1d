//! `site.yaml` → a checked [`Profile`].
//!
//! Takes the text of a profile ([`parse`]) or a site folder ([`load`]); gives a `Profile`
//! whose values later stages can trust — a known `&'static Platform` per account, an id
//! valid for it, an http(s) URL on the platform's own hosts — or every problem in the
//! file at once, each with its line, column and a hint. Warnings (an app link that needs
//! an id the profile lacks) come with a valid profile too. [`load`] also reads the files
//! the profile names ([`Assets`]), so no later stage opens a file of the site folder.
//!
//! The stage runs in rooms: [`yaml`] turns text into a positioned tree, [`fields`] is
//! the table of every key (read by the checker, the JSON Schema and docs), `check` turns
//! the tree into a `Profile`, `disk` reads the folder, and [`css`] checks the creator's
//! CSS (`theme.css`) for anything it would load. The rules are those of
//! `profile-format.md`. This stage does not build links or pages.

use std::path::{Path, PathBuf};

use url::Url;

use jiff::civil::Date;

use crate::Lang;
use crate::diagnostic::{Diagnostic, Location, Severity};
use crate::keys::{self, Identity, Lock};
use crate::messages;
use crate::platforms::Platform;
use crate::schedule::{Window, Zone};

mod check;
pub mod css;
mod disk;
pub(crate) use disk::{Unreadable, read_inside, read_regular};
pub mod fields;
pub mod share_text;
pub mod yaml;

pub use check::{is_wechat_biz, parse_color};
pub use disk::{MAX_AVATAR_BYTES, MAX_FILE_BYTES, io_reason, write_lock};
pub use fields::{
    AVATAR_EXTENSIONS, MAX_ACCOUNTS, MAX_CSS_BYTES, MAX_QR_BYTES, QR_IMAGE_EXTENSIONS,
};

use yaml::{Node, Value};

/// Most diagnostics reported for one file; the rest are counted in one last line.
pub const MAX_DIAGNOSTICS: usize = 200;

/// A checked site profile.
#[derive(Debug, Clone)]
pub struct Profile {
    pub name: String,
    pub tagline: Option<String>,
    pub lang: Lang,
    /// Absolute http(s) URL ending in `/`.
    pub base_url: Url,
    /// The picture the profile names; [`load`] reads its file into [`Assets`].
    pub avatar: Option<Avatar>,
    /// Markdown.
    pub bio: Option<String>,
    pub theme: Theme,
    /// Every account, hidden ones included, in file order.
    pub accounts: Vec<Account>,
    pub filing: Filing,
    /// The zone `from` and `until` are read in (`timezone`, default `Asia/Shanghai`).
    pub timezone: Zone,
}

/// The avatar named by the profile: its path relative to the site folder, as written,
/// its kind and where the profile names it. [`load`] reads the file into [`Assets`].
#[derive(Debug, Clone)]
pub struct Avatar {
    pub path: String,
    /// The file's kind: its extension in lowercase, one of [`AVATAR_EXTENSIONS`].
    pub ext: &'static str,
    pub at: Location,
}

/// A `qr_image`: the path of an image in the site folder, as written, and where the
/// profile names it.
#[derive(Debug, Clone)]
pub struct QrImage {
    pub path: String,
    pub at: Location,
}

#[derive(Debug, Clone, Default)]
pub struct Theme {
    pub mode: ThemeMode,
    /// `#rrggbb`, lowercase.
    pub accent: Option<String>,
    /// The built-in look (`theme.style`).
    pub style: ThemeStyle,
    /// The creator's own CSS file (`theme.css`), by its path in the site folder;
    /// [`load`] reads and checks it into [`Assets::css`].
    pub css: Option<CssFile>,
}

/// One of the built-in looks: CSS only, over the same HTML.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum ThemeStyle {
    /// A button in each platform's colour.
    #[default]
    Brand,
    /// Light cards; the platform's colour only in its mark.
    Soft,
    /// Outlined cards on the page's colour; the platform's colour in the outline and mark.
    Outline,
    /// No platform colours at all.
    Mono,
}

impl ThemeStyle {
    /// Every style, with its name in `site.yaml`, the default first.
    pub const ALL: [(ThemeStyle, &'static str); 4] = [
        (ThemeStyle::Brand, "brand"),
        (ThemeStyle::Soft, "soft"),
        (ThemeStyle::Outline, "outline"),
        (ThemeStyle::Mono, "mono"),
    ];

    /// The style's name as `site.yaml` writes it.
    pub fn name(self) -> &'static str {
        Self::ALL
            .iter()
            .find(|(s, _)| *s == self)
            .map_or("brand", |(_, n)| n)
    }

    /// The style called `name`.
    pub fn from_name(name: &str) -> Option<ThemeStyle> {
        Self::ALL.iter().find(|(_, n)| *n == name).map(|(s, _)| *s)
    }
}

/// The `theme.css` file as the profile names it: its path relative to the site folder,
/// as written, and where the profile names it.
#[derive(Debug, Clone)]
pub struct CssFile {
    pub path: String,
    pub at: Location,
}

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum ThemeMode {
    /// Follows the visitor's system setting.
    #[default]
    Auto,
    Light,
    Dark,
}

/// Mainland-China filing numbers, shown in the footer.
#[derive(Debug, Clone, Default)]
pub struct Filing {
    pub icp: Option<String>,
    pub police: Option<String>,
}

/// One account, checked against its platform's rules.
#[derive(Debug, Clone)]
pub struct Account {
    pub platform: &'static Platform,
    /// Valid for one of the platform's id forms (given, or read out of `url`).
    pub id: Option<String>,
    /// An http(s) URL on the platform's hosts (any host for `link`).
    pub url: Option<Url>,
    /// Valid for the platform's app id rule.
    pub app_id: Option<String>,
    /// The QR payload: the `qr` text, or the text of the code in `qr_image` once
    /// [`load`] has read it.
    pub qr: Option<String>,
    /// Where `qr` is written, when it is.
    pub qr_at: Option<Location>,
    /// The image named by `qr_image`, whose code [`load`] reads into [`Account::qr`].
    pub qr_image: Option<QrImage>,
    pub note: Option<String>,
    pub label: Option<String>,
    pub group: Option<String>,
    pub hidden: bool,
    /// The account's `key:`, which fixes its address `go/<key>/`; checked for its
    /// format, the reserved `site` and uniqueness in the profile (the lock is checked
    /// by [`load`]).
    pub key: Option<String>,
    /// Where the `key:` value is.
    pub key_at: Option<Location>,
    /// The days the account is shown (`from`, `until`); open when neither is given.
    pub window: Window,
    /// `featured: true`: shown first, larger.
    pub featured: bool,
    /// Where the account starts in the file.
    pub at: Location,
}

impl Account {
    /// What the account is for `keys.lock`: its platform and id when it has one, else
    /// its platform and url. The same account keeps its key wherever it moves.
    pub fn identity(&self) -> Identity {
        match (&self.id, &self.url) {
            (Some(id), _) => Identity::id(self.platform.id, id),
            (None, Some(url)) => Identity::url(self.platform.id, url.as_str()),
            // The checker refuses an account with neither.
            (None, None) => Identity::id(self.platform.id, ""),
        }
    }

    /// What [`keys::assign`] takes of the account: its identity, its `key:`, and
    /// whether the site shows it.
    pub fn key_claim(&self, shown: bool) -> keys::Account {
        keys::Account {
            identity: self.identity(),
            key: self.key.clone(),
            shown,
        }
    }

    /// Whether the site shows the account on `today`: not hidden, inside its window.
    pub fn shown_on(&self, today: Date) -> bool {
        !self.hidden && self.window.is_shown(today)
    }
}

/// The outcome of reading a profile: the profile when there was no error, and every
/// diagnostic (errors and warnings) in file order.
#[derive(Debug)]
pub struct Parsed {
    pub profile: Option<Profile>,
    pub diagnostics: Vec<Diagnostic>,
}

impl Parsed {
    pub fn errors(&self) -> impl Iterator<Item = &Diagnostic> {
        self.diagnostics.iter().filter(|d| d.is_error())
    }
}

/// A site folder read from disk: its slug, profile path and text, what parsing gave, and
/// the files the profile names.
#[derive(Debug)]
pub struct Site {
    pub slug: String,
    pub dir: PathBuf,
    /// `dir/site.yaml`.
    pub path: PathBuf,
    /// The profile text ("" when it could not be read).
    pub source: String,
    pub parsed: Parsed,
    /// The files the profile names, read when the profile is valid; empty otherwise.
    pub assets: Assets,
}

impl Site {
    /// The checked profile, when there was no error.
    pub fn profile(&self) -> Option<&Profile> {
        self.parsed.profile.as_ref()
    }

    /// Every diagnostic rendered for a person.
    pub fn render_diagnostics(&self) -> String {
        self.parsed
            .diagnostics
            .iter()
            .map(|d| d.render(&self.path, &self.source))
            .collect::<Vec<_>>()
            .join("\n")
    }
}

/// The files a profile names, read from its site folder by [`load`], each opened once:
/// what the build copies or embeds. A file a later field names (a QR image, custom CSS)
/// gets its field here, beside the avatar.
#[derive(Debug, Clone, Default)]
pub struct Assets {
    pub avatar: Option<Image>,
    /// The creator's CSS (`theme.css`), checked (it loads nothing from another host)
    /// and made safe to put inside `<style>`.
    pub css: Option<String>,
    /// `keys.lock` beside `site.yaml`: every key handed out so far (empty when the file
    /// does not exist yet).
    pub lock: Lock,
}

/// A picture read from the site folder.
#[derive(Debug, Clone)]
pub struct Image {
    pub bytes: Vec<u8>,
    /// Its kind: its extension in lowercase, one of [`AVATAR_EXTENSIONS`].
    pub ext: &'static str,
}

/// Whether a folder name is a valid slug: `[a-z0-9][a-z0-9-]{0,62}`.
pub fn valid_slug(slug: &str) -> bool {
    let bytes = slug.as_bytes();
    (1..=63).contains(&bytes.len())
        && bytes[0].is_ascii_lowercase() | bytes[0].is_ascii_digit()
        && bytes
            .iter()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || *b == b'-')
}

/// Reads and checks the site in folder `dir`: its slug, `site.yaml` (size and encoding
/// first, then every rule), and the avatar file. Diagnostics are in the profile's
/// language (see [`parse_with`]).
pub fn load(dir: &Path) -> Site {
    load_with(dir, None)
}

/// A site's slug: the name of its folder. Sharding and the build record key sites by
/// it, so it is made here only.
pub fn slug_of(dir: &Path) -> String {
    dir.file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default()
}

/// [`load`], with diagnostics in `lang` when given, whatever the profile says.
pub fn load_with(dir: &Path, lang: Option<Lang>) -> Site {
    let path = dir.join("site.yaml");
    let slug = slug_of(dir);
    let mut site = Site {
        slug: slug.clone(),
        dir: dir.to_path_buf(),
        path: path.clone(),
        source: String::new(),
        parsed: Parsed {
            profile: None,
            diagnostics: Vec::new(),
        },
        assets: Assets::default(),
    };
    // Read first, so that even the folder's name is reported in the profile's language.
    let bytes = disk::read_profile(dir, &path);
    let lang = match &bytes {
        Ok(bytes) => diagnostics_lang(lang, &String::from_utf8_lossy(bytes)),
        Err(_) => diagnostics_lang(lang, ""),
    };
    let fail = |site: &mut Site, d: Diagnostic| site.parsed.diagnostics.push(d);
    if !valid_slug(&slug) {
        let hint = match slug_for(&slug) {
            Some(better) => messages::HINT_SLUG_RENAME.fill(lang, &[("slug", &better)]),
            None => messages::HINT_SLUG_RULES.text(lang),
        };
        fail(
            &mut site,
            Diagnostic::new(
                Severity::Error,
                lang,
                &messages::SLUG_INVALID,
                &[("slug", &slug)],
            )
            .hint(hint),
        );
        return site;
    }
    let bytes = match bytes {
        Ok(bytes) => bytes,
        Err(problem) => {
            fail(&mut site, problem.profile_diagnostic(lang, &slug));
            return site;
        }
    };
    let source = match String::from_utf8(bytes) {
        Ok(source) => source,
        Err(e) => {
            let valid = e.utf8_error().valid_up_to();
            let text = String::from_utf8_lossy(e.as_bytes()).into_owned();
            let at =
                crate::diagnostic::locate(&String::from_utf8_lossy(&e.as_bytes()[..valid]), valid);
            site.source = text;
            fail(
                &mut site,
                Diagnostic::new(Severity::Error, lang, &messages::NOT_UTF8, &[])
                    .at(at)
                    .hint(messages::HINT_NOT_UTF8.text(lang)),
            );
            return site;
        }
    };
    let mut parsed = parse_with(&source, Some(lang));
    if let Some(profile) = &mut parsed.profile {
        let (assets, mut problems) = disk::read_assets(dir, profile, lang);
        site.assets = assets;
        match disk::read_lock(dir, lang) {
            Ok(lock) => {
                problems.extend(lock_conflicts(profile, &lock, lang));
                site.assets.lock = lock;
            }
            Err(d) => problems.push(d),
        }
        if problems.iter().any(Diagnostic::is_error) {
            parsed.profile = None;
            site.assets = Assets::default();
        }
        parsed.diagnostics.extend(problems);
        parsed.diagnostics.sort_by_key(|d| {
            (
                d.file.is_some(),
                d.at.map_or((0, 0), |at| (at.line, at.col)),
            )
        });
    }
    site.source = source;
    site.parsed = parsed;
    site
}

/// Every `key:` that takes over a key `keys.lock` gave another account, pointing at the
/// `key:` and naming both accounts. The format, `site` and duplicates were checked with
/// the profile.
fn lock_conflicts(profile: &Profile, lock: &Lock, lang: Lang) -> Vec<Diagnostic> {
    let accounts: Vec<keys::Account> = profile.accounts.iter().map(|a| a.key_claim(true)).collect();
    let Err(errors) = keys::assign(&accounts, lock) else {
        return Vec::new();
    };
    errors
        .into_iter()
        .filter_map(|e| match e {
            keys::KeyError::Taken {
                key,
                account,
                identity,
                owner,
            } => {
                let at = profile.accounts[account]
                    .key_at
                    .unwrap_or(profile.accounts[account].at);
                let d = Diagnostic::new(
                    Severity::Error,
                    lang,
                    &messages::KEY_TAKEN,
                    &[
                        ("key", &key),
                        ("owner", &owner.to_string()),
                        ("identity", &identity.to_string()),
                    ],
                )
                .at(at)
                .hint(messages::HINT_KEY_TAKEN.fill(lang, &[("key", &key)]));
                Some(d)
            }
            _ => None,
        })
        .collect()
}

/// A line `check` shows about a profile that is neither an error nor a warning: where,
/// and what.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Note {
    pub at: Location,
    pub text: String,
}

/// One note per scheduled account (not hidden, with `from` or `until`), in profile order:
/// whether it is shown on `today` and when that changes, in `lang`.
pub fn schedule_notes(profile: &Profile, today: Date, lang: Lang) -> Vec<Note> {
    use crate::schedule::Change;
    profile
        .accounts
        .iter()
        .filter(|a| !a.hidden && a.window.is_scheduled())
        .map(|a| {
            let name = a
                .label
                .clone()
                .unwrap_or_else(|| a.platform.name(lang).to_owned());
            let account = format!("`{name}`");
            let text = match (a.window.is_shown(today), a.window.next_change(today)) {
                (_, Some(Change::Shows(day))) => messages::NOTE_SHOWN_FROM
                    .fill(lang, &[("account", &account), ("date", &day.to_string())]),
                (true, Some(Change::Hides(day))) => messages::NOTE_SHOWN_UNTIL
                    .fill(lang, &[("account", &account), ("date", &day.to_string())]),
                (true, None) => messages::NOTE_SHOWN.fill(lang, &[("account", &account)]),
                (false, _) => {
                    let last = a.window.until.map(|d| d.to_string()).unwrap_or_default();
                    messages::NOTE_ENDED.fill(lang, &[("account", &account), ("date", &last)])
                }
            };
            Note { at: a.at, text }
        })
        .collect()
}

/// A slug made from a folder name that is not one (`Bad_Name` → `bad-name`), if the
/// name has enough ASCII letters or digits to make one.
pub fn slug_for(name: &str) -> Option<String> {
    let mut slug = String::new();
    for c in name.chars() {
        match c {
            'a'..='z' | '0'..='9' => slug.push(c),
            'A'..='Z' => slug.push(c.to_ascii_lowercase()),
            // Punctuation and spaces part words (`Lan Lan`, `lan_lan`, `juno.makes`,
            // `a+b`).
            c if (c.is_ascii_punctuation() || c.is_whitespace())
                && !slug.is_empty()
                && !slug.ends_with('-') =>
            {
                slug.push('-')
            }
            _ => {}
        }
    }
    let slug: String = slug.trim_end_matches('-').chars().take(63).collect();
    let slug = slug.trim_end_matches('-').to_owned();
    valid_slug(&slug).then_some(slug)
}

/// The language a profile's diagnostics are written in: `given` (`HUTONG_LANG`) when
/// there is one, else what the profile's own `lang:` line asks for, else English (a
/// profile without `lang:` says nothing about who reads its errors). [`parse_with`],
/// the build, the record and `check` all decide it here.
pub fn diagnostics_lang(given: Option<Lang>, source: &str) -> Lang {
    given.or_else(|| declared_lang(source)).unwrap_or(Lang::En)
}

/// The language a profile's text asks for on its top-level `lang:` line, read without
/// parsing the YAML, so that even a profile that does not parse is reported in it.
/// Region tags are read too (`lang: zh-CN` is still a mistake, said in Chinese).
pub fn declared_lang(source: &str) -> Option<Lang> {
    let source = source.strip_prefix('\u{feff}').unwrap_or(source);
    source.lines().find_map(|line| {
        let value = line.strip_prefix("lang:")?;
        let value = value.split(" #").next()?.trim();
        Lang::from_tag(value.trim_matches(['"', '\'']))
    })
}

/// The top-level `lang` of a parsed profile, as [`declared_lang`] reads it.
fn lang_of_tree(root: &Node) -> Option<Lang> {
    let Value::Map(entries) = &root.value else {
        return None;
    };
    entries
        .iter()
        .find_map(|(k, v)| match (&k.value, &v.value) {
            (Value::Scalar { text: key, .. }, Value::Scalar { text, .. }) if key == "lang" => {
                Lang::from_tag(text)
            }
            _ => None,
        })
}
/// Checks a profile's text against every rule, collecting every problem. Diagnostics
/// are in the profile's `lang`, or English when it has none (see [`parse_with`]).
pub fn parse(source: &str) -> Parsed {
    parse_with(source, None)
}

/// [`parse`], with diagnostics in `lang` when given. Without it they follow the
/// profile's own `lang:` — read from its top-level line before parsing, so that a
/// profile that is not valid YAML is reported in its language too — and are in English
/// when the profile names none (its pages are then Simplified Chinese, but a profile
/// without `lang:` says nothing about who reads the errors).
pub fn parse_with(source: &str, lang: Option<Lang>) -> Parsed {
    let given = lang;
    let lang = diagnostics_lang(given, source);
    let text = source.strip_prefix('\u{feff}').unwrap_or(source);
    let (lang, profile, mut diagnostics) = if source.len() as u64 > MAX_FILE_BYTES {
        (lang, None, vec![disk::too_big(lang, source.len() as u64)])
    } else {
        match yaml::parse_in(text, lang) {
            Ok(root) => {
                let lang = given.or_else(|| lang_of_tree(&root)).unwrap_or(lang);
                let (profile, diagnostics) = check::check(&root, lang, text);
                (lang, profile, diagnostics)
            }
            Err(d) => (lang, None, vec![d]),
        }
    };
    if text.len() != source.len() {
        // Positions were counted in the text after the BOM.
        for at in diagnostics.iter_mut().filter_map(|d| d.at.as_mut()) {
            at.start += 3;
            at.end += 3;
        }
    }
    diagnostics.sort_by_key(|d| d.at.map_or((0, 0), |at| (at.line, at.col)));
    let ok = !diagnostics.iter().any(Diagnostic::is_error);
    if diagnostics.len() > MAX_DIAGNOSTICS {
        // A file of 90,000 unknown keys gave 90,000 messages and took `hutong check`
        // a minute and a half to print: past a screenful, the rest is one line.
        let more = diagnostics.len() - MAX_DIAGNOSTICS;
        diagnostics.truncate(MAX_DIAGNOSTICS);
        diagnostics.push(
            Diagnostic::new(
                Severity::Error,
                lang,
                &messages::MORE_PROBLEMS,
                &[("count", &more.to_string())],
            )
            .hint(messages::HINT_MORE_PROBLEMS.text(lang)),
        );
    }
    Parsed {
        profile: profile.filter(|_| ok),
        diagnostics,
    }
}

#[cfg(test)]
mod slug_tests {
    use super::slug_for;

    #[test]
    fn a_slug_is_made_of_the_names_words() {
        for (name, slug) in [
            ("LanLan", Some("lanlan")),
            ("Lan Lan", Some("lan-lan")),
            ("lan_lan", Some("lan-lan")),
            ("juno.makes", Some("juno-makes")),
            ("Juno & Co.", Some("juno-co")),
            ("a+b", Some("a-b")),
            ("  -Ada-  ", Some("ada")),
            ("兰兰", None),
        ] {
            assert_eq!(slug_for(name).as_deref(), slug, "{name:?}");
        }
        assert_eq!(slug_for(&"ab ".repeat(40)).unwrap().len(), 62);
    }
}
