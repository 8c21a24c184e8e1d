//! `site.yaml` → a checked [`Profile`].
//!
//! Takes the text of a profile (or a site folder, with [`load`]); gives a `Profile` whose
//! values later stages can trust — a known `&'static Platform` per account, an id valid
//! for it, an http(s) URL on the platform's own hosts — or every problem in the file at
//! once, each with its line, column and a hint. Warnings (an app link that needs an id
//! the profile lacks) come with a valid profile too.
//!
//! The rules are those of `profile-format.md`. This stage does not build links or pages.

use std::path::{Path, PathBuf};

use url::Url;

use crate::Lang;
use crate::diagnostic::{Diagnostic, Location, Severity};
use crate::messages::{self, Msg};
use crate::platforms::{self, Kind, Platform};
use crate::suggest;
use crate::yaml::{self, Node, Value};

/// Largest profile file, in bytes.
pub const MAX_FILE_BYTES: u64 = 1024 * 1024;
/// Most accounts in one profile.
pub const MAX_ACCOUNTS: usize = 500;
/// Largest avatar, in bytes.
pub const MAX_AVATAR_BYTES: u64 = 5 * 1024 * 1024;
/// Most diagnostics reported for one file; the rest are counted in one last line.
pub const MAX_DIAGNOSTICS: usize = 200;
/// Largest `qr` text, in bytes.
pub const MAX_QR_BYTES: usize = 1000;
/// File types an avatar may have.
pub const AVATAR_EXTENSIONS: &[&str] = &["png", "jpg", "jpeg", "webp", "gif", "svg"];

/// Top-level keys of `site.yaml`.
pub const TOP_KEYS: &[&str] = &[
    "name", "tagline", "lang", "base_url", "avatar", "bio", "theme", "accounts", "filing",
];
/// Keys of one account.
pub const ACCOUNT_KEYS: &[&str] = &[
    "platform", "id", "url", "qr", "note", "app_id", "label", "group", "hidden",
];
/// Keys of `theme`.
pub const THEME_KEYS: &[&str] = &["mode", "accent"];
/// Keys of `filing`.
pub const FILING_KEYS: &[&str] = &["icp", "police"];

/// A checked site profile.
#[derive(Debug, Clone)]
pub struct Profile {
    pub name: String,
    pub tagline: Option<String>,
    pub lang: Lang,
    /// Absolute http(s) URL ending in `/`.
    pub base_url: Url,
    /// Path relative to the site folder, as written.
    pub avatar: Option<Avatar>,
    /// Markdown.
    pub bio: Option<String>,
    pub theme: Theme,
    /// Every account, hidden ones included, in file order.
    pub accounts: Vec<Account>,
    pub filing: Filing,
}

/// The avatar's path, relative to the site folder, and where the profile names it.
#[derive(Debug, Clone)]
pub struct Avatar {
    pub path: String,
    pub at: Location,
}

#[derive(Debug, Clone, Default)]
pub struct Theme {
    pub mode: ThemeMode,
    /// `#rrggbb`, lowercase.
    pub accent: Option<String>,
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
    pub qr: Option<String>,
    pub note: Option<String>,
    pub label: Option<String>,
    pub group: Option<String>,
    pub hidden: bool,
    /// Where the account starts in the file.
    pub at: Location,
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

/// A site folder read from disk: its slug, profile path and text, and what parsing gave.
#[derive(Debug)]
pub struct Site {
    pub slug: String,
    pub dir: PathBuf,
    /// `dir/site.yaml`.
    pub path: PathBuf,
    /// The profile text ("" when it could not be read).
    pub source: String,
    pub parsed: Parsed,
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

/// [`load`], with diagnostics in `lang` when given, whatever the profile says.
pub fn load_with(dir: &Path, lang: Option<Lang>) -> Site {
    let path = dir.join("site.yaml");
    let slug = dir
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let mut site = Site {
        slug: slug.clone(),
        dir: dir.to_path_buf(),
        path: path.clone(),
        source: String::new(),
        parsed: Parsed {
            profile: None,
            diagnostics: Vec::new(),
        },
    };
    // Read first, so that even the folder's name is reported in the profile's language.
    let bytes = read_profile(dir, &path, &slug);
    let lang = lang
        .or_else(|| {
            let bytes = bytes.as_ref().ok()?;
            declared_lang(&String::from_utf8_lossy(bytes))
        })
        .unwrap_or(Lang::En);
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
            fail(&mut site, problem.diagnostic(lang, &slug));
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
    if let Some(profile) = &parsed.profile
        && let Some(avatar) = &profile.avatar
        && let Err(d) = check_avatar_file(dir, avatar, lang)
    {
        parsed.diagnostics.push(d);
        parsed.profile = None;
    }
    site.source = source;
    site.parsed = parsed;
    site
}

/// A slug made from a folder name that is not one (`Bad_Name` → `bad-name`), if the
/// name has enough ASCII letters or digits to make one.
fn slug_for(name: &str) -> Option<String> {
    let mut slug = String::new();
    for c in name.chars() {
        match c {
            'a'..='z' | '0'..='9' => slug.push(c),
            'A'..='Z' => slug.push(c.to_ascii_lowercase()),
            '-' | '_' | ' ' | '.' if !slug.is_empty() && !slug.ends_with('-') => slug.push('-'),
            _ => {}
        }
    }
    let slug: String = slug.trim_end_matches('-').chars().take(63).collect();
    let slug = slug.trim_end_matches('-').to_owned();
    valid_slug(&slug).then_some(slug)
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

/// Why `site.yaml` could not be read.
enum ReadProblem {
    /// No file (a dangling link is an `Io` error: there is something to fix there).
    Missing,
    TooBig(u64),
    NotRegular,
    Io(std::io::Error),
    Outside(PathBuf),
}

impl ReadProblem {
    fn diagnostic(&self, lang: Lang, slug: &str) -> Diagnostic {
        let d = |msg: &Msg, args: &[(&str, &str)], hint: String| {
            Diagnostic::new(Severity::Error, lang, msg, args).hint(hint)
        };
        match self {
            ReadProblem::TooBig(len) => too_big(lang, *len),
            ReadProblem::NotRegular => d(
                &messages::PROFILE_NOT_FILE,
                &[],
                messages::HINT_PROFILE_NOT_FILE.text(lang),
            ),
            ReadProblem::Missing => d(
                &messages::PROFILE_MISSING,
                &[],
                messages::HINT_PROFILE_MISSING.fill(lang, &[("slug", slug)]),
            ),
            // A link to nothing.
            ReadProblem::Io(e) if e.kind() == std::io::ErrorKind::NotFound => d(
                &messages::PROFILE_UNREADABLE,
                &[("reason", &io_reason(e))],
                messages::HINT_PROFILE_OUTSIDE.text(lang),
            ),
            ReadProblem::Io(e) => d(
                &messages::PROFILE_UNREADABLE,
                &[("reason", &io_reason(e))],
                messages::HINT_PERMISSIONS.text(lang),
            ),
            ReadProblem::Outside(real) => d(
                &messages::PROFILE_OUTSIDE,
                &[("target", &real.display().to_string())],
                messages::HINT_PROFILE_OUTSIDE.text(lang),
            ),
        }
    }
}

fn too_big(lang: Lang, len: u64) -> Diagnostic {
    Diagnostic::new(
        Severity::Error,
        lang,
        &messages::PROFILE_TOO_BIG,
        &[
            ("len", &len.to_string()),
            ("max", &MAX_FILE_BYTES.to_string()),
        ],
    )
    .hint(messages::HINT_PROFILE_TOO_BIG.text(lang))
}

/// An I/O error's description without Rust's ` (os error N)` suffix.
pub fn io_reason(e: &std::io::Error) -> String {
    let text = e.to_string();
    match text.rfind(" (os error ") {
        Some(i) if text.ends_with(')') => text[..i].to_owned(),
        _ => text,
    }
}

/// Reads `site.yaml`: a regular file inside the site folder (symlinks resolved), at
/// most [`MAX_FILE_BYTES`]. The size is checked before reading — on the path, so a FIFO
/// or a device is refused without opening it, and again on the open file, whose read is
/// bounded too — so a 100 MB or endless file is refused at once, with bounded memory.
fn read_profile(dir: &Path, path: &Path, _slug: &str) -> Result<Vec<u8>, ReadProblem> {
    use std::io::Read as _;
    let meta = std::fs::metadata(path).map_err(|e| {
        if e.kind() == std::io::ErrorKind::NotFound && std::fs::symlink_metadata(path).is_err() {
            ReadProblem::Missing
        } else {
            ReadProblem::Io(e)
        }
    })?;
    if !meta.is_file() {
        return Err(ReadProblem::NotRegular);
    }
    if meta.len() > MAX_FILE_BYTES {
        return Err(ReadProblem::TooBig(meta.len()));
    }
    if let (Ok(real), Ok(root)) = (path.canonicalize(), dir.canonicalize())
        && !real.starts_with(&root)
    {
        return Err(ReadProblem::Outside(real));
    }
    let file = std::fs::File::open(path).map_err(ReadProblem::Io)?;
    let meta = file.metadata().map_err(ReadProblem::Io)?;
    if !meta.is_file() {
        return Err(ReadProblem::NotRegular);
    }
    if meta.len() > MAX_FILE_BYTES {
        return Err(ReadProblem::TooBig(meta.len()));
    }
    let mut bytes = Vec::with_capacity(meta.len() as usize);
    file.take(MAX_FILE_BYTES + 1)
        .read_to_end(&mut bytes)
        .map_err(ReadProblem::Io)?;
    if bytes.len() as u64 > MAX_FILE_BYTES {
        return Err(ReadProblem::TooBig(bytes.len() as u64));
    }
    Ok(bytes)
}

/// The avatar must be a regular file inside the site folder (symlinks resolved), at most
/// [`MAX_AVATAR_BYTES`].
fn check_avatar_file(dir: &Path, avatar: &Avatar, lang: Lang) -> Result<(), Diagnostic> {
    let name = avatar.path.as_str();
    let error = |msg: &Msg, args: &[(&str, &str)], hint: String| {
        Err(Diagnostic::new(Severity::Error, lang, msg, args)
            .at(avatar.at)
            .hint(hint))
    };
    let path = dir.join(&avatar.path);
    let (Ok(real), Ok(root)) = (path.canonicalize(), dir.canonicalize()) else {
        let file = Path::new(name)
            .file_name()
            .map_or_else(|| "avatar.jpg".into(), |f| f.to_string_lossy());
        return error(
            &messages::AVATAR_MISSING,
            &[("path", name)],
            messages::HINT_AVATAR_BESIDE.fill(lang, &[("file", &file)]),
        );
    };
    if !real.starts_with(&root) {
        return error(
            &messages::AVATAR_OUTSIDE,
            &[("path", name)],
            messages::HINT_COPY_AVATAR.text(lang),
        );
    }
    let meta = match std::fs::metadata(&real) {
        Ok(meta) => meta,
        Err(e) => {
            return error(
                &messages::AVATAR_UNREADABLE,
                &[("path", name), ("reason", &io_reason(&e))],
                messages::HINT_PERMISSIONS.text(lang),
            );
        }
    };
    if !meta.is_file() {
        return error(
            &messages::AVATAR_NOT_FILE,
            &[("path", name)],
            messages::HINT_AVATAR_FILE.text(lang),
        );
    }
    if meta.len() > MAX_AVATAR_BYTES {
        return error(
            &messages::AVATAR_TOO_BIG,
            &[
                ("len", &meta.len().to_string()),
                ("max", &MAX_AVATAR_BYTES.to_string()),
            ],
            messages::HINT_AVATAR_RESIZE.text(lang),
        );
    }
    Ok(())
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
    let lang = given.or_else(|| declared_lang(source)).unwrap_or(Lang::En);
    let text = source.strip_prefix('\u{feff}').unwrap_or(source);
    let mut cx = Checker {
        diagnostics: Vec::new(),
        lang,
        source: text,
    };
    let profile = if source.len() as u64 > MAX_FILE_BYTES {
        cx.diagnostics.push(too_big(lang, source.len() as u64));
        None
    } else {
        match yaml::parse_in(text, lang) {
            Ok(root) => {
                if given.is_none()
                    && let Some(declared) = lang_of_tree(&root)
                {
                    cx.lang = declared;
                }
                cx.profile(&root)
            }
            Err(d) => {
                cx.diagnostics.push(d);
                None
            }
        }
    };
    let lang = cx.lang;
    let mut diagnostics = cx.diagnostics;
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

struct Checker<'s> {
    diagnostics: Vec<Diagnostic>,
    /// The language of the diagnostics.
    lang: Lang,
    /// The profile's text (after a BOM), to quote lines in hints.
    source: &'s str,
}

/// Where a mapping is, for messages: the profile itself, an account, `theme`, `filing`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Part {
    Profile,
    Account,
    Theme,
    Filing,
}

impl Part {
    fn name(self, lang: Lang) -> &'static str {
        match self {
            Part::Profile => messages::IN_PROFILE.get(lang),
            Part::Account => messages::IN_ACCOUNT.get(lang),
            Part::Theme => messages::IN_THEME.get(lang),
            Part::Filing => messages::IN_FILING.get(lang),
        }
    }

    fn keys(self) -> &'static [&'static str] {
        match self {
            Part::Profile => TOP_KEYS,
            Part::Account => ACCOUNT_KEYS,
            Part::Theme => THEME_KEYS,
            Part::Filing => FILING_KEYS,
        }
    }

    /// Where a key of this part is written, for a key found in the wrong part.
    fn place(self) -> Msg {
        match self {
            Part::Profile => messages::UNDER_TOP,
            Part::Account => messages::UNDER_ACCOUNT,
            Part::Theme => messages::UNDER_THEME,
            Part::Filing => messages::UNDER_FILING,
        }
    }
}

/// A mapping's entries by key, after unknown and duplicate keys were reported.
struct Fields<'n> {
    entries: Vec<(&'n str, &'n Node, &'n Node)>,
}

impl<'n> Fields<'n> {
    fn get(&self, key: &str) -> Option<&'n Node> {
        self.entries
            .iter()
            .find(|(k, _, v)| *k == key && v.value != Value::Null)
            .map(|(_, _, v)| *v)
    }
}

impl Checker<'_> {
    fn error(&mut self, at: Option<Location>, msg: Msg, args: &[(&str, &str)], hint: String) {
        let mut d = Diagnostic::new(Severity::Error, self.lang, &msg, args).hint(hint);
        d.at = at;
        self.diagnostics.push(d);
    }

    fn warning(&mut self, at: Location, msg: Msg, args: &[(&str, &str)], hint: String) {
        self.diagnostics.push(
            Diagnostic::new(Severity::Warning, self.lang, &msg, args)
                .at(at)
                .hint(hint),
        );
    }

    fn t(&self, msg: Msg) -> String {
        msg.text(self.lang)
    }

    fn f(&self, msg: Msg, args: &[(&str, &str)]) -> String {
        msg.fill(self.lang, args)
    }

    /// The line of the source that holds `at`, without its line break.
    fn line_of(&self, at: Location) -> &str {
        let start = at.start.min(self.source.len());
        let from = self.source[..start].rfind('\n').map_or(0, |i| i + 1);
        let to = self.source[start..]
            .find('\n')
            .map_or(self.source.len(), |i| start + i);
        self.source[from..to].trim_end_matches('\r')
    }

    /// Reads a mapping, reporting unknown keys (with the closest known one), duplicate
    /// keys and keys that are not plain text.
    fn fields<'n>(&mut self, node: &'n Node, part: Part) -> Option<Fields<'n>> {
        let known = part.keys();
        let what = part.name(self.lang);
        let Value::Map(map) = &node.value else {
            let hint = self.map_hint(node, part);
            self.error(
                Some(node.at),
                messages::NOT_KEY_VALUE_LINES,
                &[("what", what), ("kind", node.kind_in(self.lang))],
                hint,
            );
            return None;
        };
        let mut entries: Vec<(&str, &Node, &Node)> = Vec::with_capacity(map.len());
        for (key, value) in map {
            let Value::Scalar { text, .. } = &key.value else {
                self.error(
                    Some(key.at),
                    messages::KEY_NOT_NAME,
                    &[("what", what), ("kind", key.kind_in(self.lang))],
                    self.t(messages::HINT_KEY_NAMES),
                );
                continue;
            };
            if !known.contains(&text.as_str()) {
                let hint = self.unknown_key_hint(text, part);
                self.error(
                    Some(key.at),
                    messages::UNKNOWN_KEY,
                    &[("key", text), ("what", what)],
                    hint,
                );
                continue;
            }
            if let Some((_, first, _)) = entries.iter().find(|(k, _, _)| *k == text.as_str()) {
                let line = first.at.line.to_string();
                self.error(
                    Some(key.at),
                    messages::DUPLICATE_KEY,
                    &[("key", text), ("what", what)],
                    self.f(
                        messages::HINT_DUPLICATE_KEY,
                        &[("key", text), ("line", &line)],
                    ),
                );
                continue;
            }
            entries.push((text.as_str(), key, value));
        }
        Some(Fields { entries })
    }

    /// How to write a part that is not `key: value` lines, from what was written.
    fn map_hint(&self, node: &Node, part: Part) -> String {
        let scalar = match &node.value {
            Value::Scalar { text, .. } => Some(text.trim()),
            _ => None,
        };
        match (part, scalar) {
            (Part::Theme, Some(mode @ ("auto" | "light" | "dark"))) => self.f(
                messages::HINT_THEME_LINES,
                &[("key", "mode"), ("value", mode)],
            ),
            (Part::Theme, Some(colour)) if parse_color(colour).is_some() => {
                let quoted = format!("\"{colour}\"");
                self.f(
                    messages::HINT_THEME_LINES,
                    &[("key", "accent"), ("value", &quoted)],
                )
            }
            (Part::Account, Some(text)) if platforms::get(text).is_some() => self.f(
                messages::HINT_ACCOUNT_LINES,
                &[("key", "platform"), ("value", text)],
            ),
            (Part::Account, Some(text)) if text.starts_with("http") => self.f(
                messages::HINT_ACCOUNT_LINES,
                &[("key", "url"), ("value", text)],
            ),
            (Part::Profile, Some(text)) if text.contains('：') => {
                let line = self.line_of(node.at).trim();
                let fixed = match line.split_once('：') {
                    Some((k, v)) => format!("{}: {}", k.trim_end(), v.trim_start()),
                    None => line.to_owned(),
                };
                self.f(messages::HINT_ASCII_COLON, &[("fixed", &fixed)])
            }
            (Part::Profile, _) => self.t(messages::HINT_PROFILE_EMPTY),
            _ => self.f(messages::HINT_KEY_LINES, &[("key", part.keys()[0])]),
        }
    }

    /// "did you mean `x`?", or where a key of another part belongs, or the keys known.
    fn unknown_key_hint(&self, key: &str, part: Part) -> String {
        let known = part.keys();
        let close = suggest::closest(key, known.iter().copied(), 1);
        if let Some(c) = close.first()
            && (c.len() > 2 || key.len() <= c.len() + 1)
        {
            let name = format!("`{c}`");
            return self.f(messages::HINT_DID_YOU_MEAN, &[("name", &name)]);
        }
        let elsewhere = [Part::Profile, Part::Account, Part::Theme, Part::Filing]
            .into_iter()
            .find(|p| *p != part && p.keys().contains(&key));
        if let Some(other) = elsewhere {
            let under = other.place().text(self.lang);
            return self.f(
                messages::HINT_KEY_BELONGS,
                &[("key", key), ("under", &under)],
            );
        }
        let keys = messages::or_list(self.lang, known);
        self.f(
            messages::HINT_KEYS_ARE,
            &[("what", part.name(self.lang)), ("keys", &keys)],
        )
    }

    /// A text value: a scalar, at most `max` characters, on one line unless `multiline`.
    fn text(
        &mut self,
        fields: &Fields,
        key: &str,
        max: usize,
        multiline: bool,
    ) -> Option<(String, Location)> {
        let node = fields.get(key)?;
        let Value::Scalar { text, .. } = &node.value else {
            let written = self.line_of(node.at).get(node.at.col.saturating_sub(1)..);
            let hint = match written.map(str::trim) {
                // `name: [a] b` or `id: {x}`: brackets the creator meant as text.
                Some(rest) if rest.starts_with(['[', '{']) => {
                    let example = format!("`{key}: \"{}\"`", rest.replace('"', "\\\""));
                    self.f(messages::HINT_QUOTE_VALUE, &[("example", &example)])
                }
                _ => self.f(messages::HINT_SAME_LINE, &[("key", key)]),
            };
            self.error(
                Some(node.at),
                messages::NOT_TEXT,
                &[("key", key), ("kind", node.kind_in(self.lang))],
                hint,
            );
            return None;
        };
        let count = text.chars().count();
        if text.trim().is_empty() {
            self.error(
                Some(node.at),
                messages::EMPTY_VALUE,
                &[("key", key)],
                self.f(messages::HINT_EMPTY_VALUE, &[("key", key)]),
            );
            return None;
        }
        if count > max {
            let max = max.to_string();
            self.error(
                Some(node.at),
                messages::TOO_LONG,
                &[("key", key), ("count", &count.to_string()), ("max", &max)],
                self.f(messages::HINT_SHORTEN, &[("max", &max)]),
            );
            return None;
        }
        if !multiline && text.trim_end().contains(['\n', '\r']) {
            self.error(
                Some(node.at),
                messages::NOT_ONE_LINE,
                &[("key", key)],
                self.t(messages::HINT_JOIN_LINES),
            );
            return None;
        }
        if let Some(c) = text
            .chars()
            .find(|c| c.is_control() && !matches!(c, '\n' | '\t' | '\r'))
        {
            let code = format!("U+{:04X}", c as u32);
            self.error(
                Some(node.at),
                messages::CONTROL_CHARACTER,
                &[("key", key), ("code", &code)],
                self.t(messages::HINT_CONTROL_CHARACTER),
            );
            return None;
        }
        // Noncharacters (U+FFFE, U+FDD0…) are no text at all, and XML forbids some of
        // them: a name starting with U+FFFE made favicon.svg unreadable.
        if let Some(c) = text.chars().find(|&c| is_noncharacter(c)) {
            let code = format!("U+{:04X}", c as u32);
            self.error(
                Some(node.at),
                messages::NONCHARACTER,
                &[("key", key), ("code", &code)],
                self.t(messages::HINT_NONCHARACTER),
            );
            return None;
        }
        let value = if multiline {
            text.clone()
        } else {
            text.trim().to_owned()
        };
        Some((value, node.at))
    }

    /// Reports a top-level key that is missing. It has no text to point at: the
    /// diagnostic keeps the profile's first line as its position but shows no source
    /// line, so no unrelated key is underlined.
    fn required<'n>(
        &mut self,
        fields: &Fields<'n>,
        map: &Node,
        key: &str,
        hint: Msg,
    ) -> Option<&'n Node> {
        let node = fields.get(key);
        if node.is_none() {
            let d = Diagnostic::new(
                Severity::Error,
                self.lang,
                &messages::MISSING_KEY,
                &[("key", key)],
            )
            .at(first_line(map))
            .hint(self.t(hint))
            .without_excerpt();
            self.diagnostics.push(d);
        }
        node
    }

    fn profile(&mut self, root: &Node) -> Option<Profile> {
        if root.value == Value::Null {
            self.error(
                Some(root.at),
                messages::PROFILE_EMPTY,
                &[],
                self.t(messages::HINT_PROFILE_EMPTY),
            );
            return None;
        }
        let fields = self.fields(root, Part::Profile)?;
        self.required(&fields, root, "name", messages::HINT_ADD_NAME);
        let name = self.text(&fields, "name", 80, false);
        let tagline = self.text(&fields, "tagline", 120, false).map(|(t, _)| t);
        let lang = self.lang(&fields);
        self.required(&fields, root, "base_url", messages::HINT_ADD_BASE_URL);
        let base_url = self.base_url(&fields);
        let avatar = self.avatar(&fields);
        let bio = self.text(&fields, "bio", 4000, true).map(|(t, _)| t);
        let theme = self.theme(&fields);
        let filing = self.filing(&fields);
        let accounts = self.accounts(&fields, root);
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
        })
    }

    fn lang(&mut self, fields: &Fields) -> Option<Lang> {
        let Some((text, at)) = self.text(fields, "lang", 16, false) else {
            return fields.get("lang").is_none().then_some(Lang::ZhHans);
        };
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
                self.error(
                    Some(at),
                    messages::UNKNOWN_LANG,
                    &[("lang", other)],
                    self.t(hint),
                );
                return None;
            }
        };
        Some(lang)
    }

    fn base_url(&mut self, fields: &Fields) -> Option<Url> {
        let (text, at) = self.text(fields, "base_url", 2000, false)?;
        // An example built from what was written, when one can be.
        let like =
            |cx: &Self, example: &str| cx.f(messages::HINT_BASE_URL_LIKE, &[("example", example)]);
        let Ok(mut url) = Url::parse(&text) else {
            let hint = match text.split_once("://") {
                None if !text.starts_with('/') && text.contains('.') && !text.contains(' ') => {
                    let mut example = format!("https://{text}");
                    if !text.contains('/') {
                        example.push('/');
                    }
                    like(self, &example)
                }
                _ => self.t(messages::HINT_BASE_URL),
            };
            self.error(
                Some(at),
                messages::BASE_URL_NOT_FULL,
                &[("text", &text)],
                hint,
            );
            return None;
        };
        if !matches!(url.scheme(), "http" | "https") || url.host_str().is_none_or(str::is_empty) {
            let hint = match url.host_str().filter(|h| !h.is_empty()) {
                Some(host) => like(self, &format!("https://{host}{}", url.path())),
                None => self.t(messages::HINT_BASE_URL),
            };
            self.error(
                Some(at),
                messages::BASE_URL_SCHEME,
                &[("scheme", url.scheme())],
                hint,
            );
            return None;
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
        Some(url)
    }

    fn avatar(&mut self, fields: &Fields) -> Option<Avatar> {
        let (path, at) = self.text(fields, "avatar", 255, false)?;
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
        if path.contains("://") {
            self.error(
                Some(at),
                messages::AVATAR_IS_URL,
                &[],
                self.t(messages::HINT_DOWNLOAD_AVATAR),
            );
        } else if path.starts_with('/')
            || path.starts_with('\\')
            || path.get(1..3) == Some(":\\")
            || path.get(1..3) == Some(":/")
        {
            self.error(
                Some(at),
                messages::AVATAR_ABSOLUTE,
                &[("path", &path)],
                beside,
            );
        } else if path.split(['/', '\\']).any(|part| part == "..") {
            self.error(
                Some(at),
                messages::AVATAR_LEAVES,
                &[("path", &path)],
                beside,
            );
        } else if !ext
            .as_deref()
            .is_some_and(|e| AVATAR_EXTENSIONS.contains(&e))
        {
            let types = AVATAR_EXTENSIONS.join(", ");
            self.error(
                Some(at),
                messages::AVATAR_TYPE,
                &[("path", &path)],
                self.f(messages::HINT_AVATAR_TYPES, &[("types", &types)]),
            );
        } else {
            return Some(Avatar { path, at });
        }
        None
    }

    fn theme(&mut self, fields: &Fields) -> Option<Theme> {
        let Some(node) = fields.get("theme") else {
            return Some(Theme::default());
        };
        let theme_fields = self.fields(node, Part::Theme)?;
        let mut theme = Theme::default();
        let mut ok = true;
        if let Some((mode, at)) = self.text(&theme_fields, "mode", 16, false) {
            theme.mode = match mode.as_str() {
                "auto" => ThemeMode::Auto,
                "light" => ThemeMode::Light,
                "dark" => ThemeMode::Dark,
                other => {
                    let close = suggest::closest(other, ["auto", "light", "dark"], 1);
                    let hint = match close.first() {
                        Some(c) => self.f(messages::HINT_THEME_MODE_CLOSE, &[("mode", c)]),
                        None => self.t(messages::HINT_THEME_MODES),
                    };
                    self.error(
                        Some(at),
                        messages::UNKNOWN_THEME_MODE,
                        &[("mode", other)],
                        hint,
                    );
                    ok = false;
                    ThemeMode::Auto
                }
            };
        } else {
            ok &= theme_fields.get("mode").is_none();
        }
        if let Some((accent, at)) = self.text(&theme_fields, "accent", 16, false) {
            match parse_color(&accent) {
                Some(color) => theme.accent = Some(color),
                None => {
                    self.error(
                        Some(at),
                        messages::BAD_COLOUR,
                        &[("accent", &accent)],
                        self.t(messages::HINT_COLOUR),
                    );
                    ok = false;
                }
            }
        } else {
            ok &= theme_fields.get("accent").is_none();
        }
        ok.then_some(theme)
    }

    fn filing(&mut self, fields: &Fields) -> Option<Filing> {
        let Some(node) = fields.get("filing") else {
            return Some(Filing::default());
        };
        let f = self.fields(node, Part::Filing)?;
        let icp = self.text(&f, "icp", 64, false).map(|(t, _)| t);
        let police = self.text(&f, "police", 64, false).map(|(t, _)| t);
        let ok = icp.is_some() == f.get("icp").is_some()
            && police.is_some() == f.get("police").is_some();
        ok.then_some(Filing { icp, police })
    }

    fn accounts(&mut self, fields: &Fields, root: &Node) -> Option<Vec<Account>> {
        let node = self.required(fields, root, "accounts", messages::HINT_ADD_ACCOUNTS)?;
        let Value::Seq(items) = &node.value else {
            self.error(
                Some(node.at),
                messages::ACCOUNTS_NOT_LIST,
                &[("kind", node.kind_in(self.lang))],
                self.t(messages::HINT_ACCOUNTS_LIST),
            );
            return None;
        };
        if items.is_empty() {
            self.error(
                Some(node.at),
                messages::ACCOUNTS_EMPTY,
                &[],
                self.t(messages::HINT_ACCOUNTS_EMPTY),
            );
            return None;
        }
        if items.len() > MAX_ACCOUNTS {
            self.error(
                Some(node.at),
                messages::TOO_MANY_ACCOUNTS,
                &[
                    ("count", &items.len().to_string()),
                    ("max", &MAX_ACCOUNTS.to_string()),
                ],
                self.t(messages::HINT_SPLIT_SITES),
            );
            return None;
        }
        let accounts: Vec<Option<Account>> = items.iter().map(|item| self.account(item)).collect();
        accounts.into_iter().collect()
    }

    /// A help text of the registry in the diagnostics' language.
    fn help(&self, text: &platforms::Text) -> &'static str {
        text.get(self.lang)
    }

    fn account(&mut self, node: &Node) -> Option<Account> {
        let errors_before = self.error_count();
        let fields = self.fields(node, Part::Account)?;
        let platform = self.platform(&fields);
        let url = self.url(&fields);
        let id = self.text(&fields, "id", 200, false);
        let app_id = self.text(&fields, "app_id", 64, false);
        let qr = self.text(&fields, "qr", MAX_QR_BYTES, false);
        let note = self.text(&fields, "note", 80, false).map(|(t, _)| t);
        let label = self.text(&fields, "label", 80, false).map(|(t, _)| t);
        let group = self.text(&fields, "group", 80, false).map(|(t, _)| t);
        let hidden = self.boolean(&fields, "hidden");
        if let Some((qr, at)) = &qr
            && qr.len() > MAX_QR_BYTES
        {
            self.error(
                Some(*at),
                messages::QR_TOO_LONG,
                &[
                    ("len", &qr.len().to_string()),
                    ("max", &MAX_QR_BYTES.to_string()),
                ],
                self.t(messages::HINT_QR_TOO_LONG),
            );
        }
        if self.error_count() > errors_before {
            return None;
        }
        let platform = match (platform, &url) {
            (Some(p), _) => p,
            (None, Some((url, at))) => match platforms::recognise(url) {
                Some(p) => p,
                None => {
                    self.error(
                        Some(*at),
                        messages::UNKNOWN_SITE,
                        &[("host", url.host_str().unwrap_or(""))],
                        self.t(messages::HINT_UNKNOWN_SITE),
                    );
                    return None;
                }
            },
            (None, None) => {
                self.error(
                    Some(first_line(node)),
                    messages::ACCOUNT_EMPTY,
                    &[],
                    self.t(messages::HINT_ACCOUNT_EMPTY),
                );
                return None;
            }
        };
        let name = platform.name(self.lang);
        let mut account = Account {
            platform,
            id: None,
            url: None,
            app_id: None,
            qr: qr.map(|(t, _)| t),
            note,
            label,
            group,
            hidden: hidden.unwrap_or(false),
            at: node.at,
        };
        if let Some((url, at)) = url {
            self.check_account_url(platform, &url, at)?;
            account.id = platform.id_from_url(&url);
            account.url = Some(url);
        }
        if let Some((id, at)) = id {
            if platform.kind == Kind::Link {
                let url = if id.contains("://") {
                    id.clone()
                } else if id.contains('.') && !id.contains(char::is_whitespace) {
                    format!("https://{id}")
                } else {
                    "https://…".to_owned()
                };
                self.error(
                    Some(at),
                    messages::LINK_WITH_ID,
                    &[],
                    self.f(messages::HINT_WRITE_URL, &[("url", &url)]),
                );
                return None;
            }
            if platform.match_id(&id).is_none() {
                self.bad_id(platform, &id, at);
                return None;
            }
            if let Some(from_url) = &account.id
                && from_url != &id
            {
                self.warning(
                    at,
                    messages::ID_URL_DIFFER,
                    &[("id", &id), ("from_url", from_url)],
                    self.t(messages::HINT_ID_URL_DIFFER),
                );
            }
            account.id = Some(id);
        }
        if account.id.is_none() && account.url.is_none() {
            let hint = match platform.kind {
                Kind::Link => self.t(messages::HINT_ADD_URL),
                _ => self.f(
                    messages::HINT_ADD_ID,
                    &[("what", self.help(&platform.id_what)), ("id", platform.id)],
                ),
            };
            self.error(
                Some(first_line(node)),
                messages::ACCOUNT_NO_ID,
                &[("platform", name)],
                hint,
            );
            return None;
        }
        match (&platform.app_id, app_id) {
            (None, Some((_, at))) => {
                let users: Vec<&str> = platforms::all()
                    .iter()
                    .filter(|p| p.app_id.is_some())
                    .map(|p| p.name(self.lang))
                    .collect();
                let users = messages::and_list(self.lang, &users);
                self.error(
                    Some(at),
                    messages::APP_ID_UNNEEDED,
                    &[("platform", name)],
                    self.f(messages::HINT_APP_ID_UNNEEDED, &[("platforms", &users)]),
                );
                return None;
            }
            (Some(rule), Some((app_id, at))) => {
                if !platform.match_app_id(&app_id) {
                    let hint = self.f(
                        messages::HINT_APP_ID,
                        &[
                            ("what", self.help(&rule.what)),
                            ("howto", self.help(&rule.howto)),
                            ("example", rule.example),
                        ],
                    );
                    self.error(
                        Some(at),
                        messages::BAD_APP_ID,
                        &[("app_id", &app_id), ("platform", name)],
                        hint,
                    );
                    return None;
                }
                account.app_id = Some(app_id);
            }
            (Some(rule), None) if !account.hidden => {
                let hint = self.f(
                    messages::HINT_NO_APP_ID,
                    &[
                        ("what", self.help(&rule.what)),
                        ("howto", self.help(&rule.howto)),
                    ],
                );
                self.warning(
                    first_line(node),
                    messages::NO_APP_ID,
                    &[("platform", name)],
                    hint,
                );
            }
            _ => {}
        }
        Some(account)
    }

    fn error_count(&self) -> usize {
        self.diagnostics.iter().filter(|d| d.is_error()).count()
    }

    fn platform(&mut self, fields: &Fields) -> Option<&'static Platform> {
        let (id, at) = self.text(fields, "platform", 64, false)?;
        if let Some(p) = platforms::get(&id) {
            return Some(p);
        }
        let aliases = [
            ("twitter", "x"),
            ("weixin", "wechat"),
            ("xhs", "xiaohongshu"),
            ("red", "xiaohongshu"),
            ("tiktok_cn", "douyin"),
            ("b站", "bilibili"),
            ("bili", "bilibili"),
            ("taobao", "taobao_shop"),
            ("tmall", "tmall_shop"),
            ("jd", "jd_shop"),
            ("mail", "email"),
            ("tel", "phone"),
            ("website", "link"),
            ("web", "link"),
            ("url", "link"),
            ("gongzhonghao", "wechat_oa"),
            ("shipinhao", "wechat_channels"),
            ("公众号", "wechat_oa"),
            ("公眾號", "wechat_oa"),
            ("网站", "link"),
            ("網站", "link"),
            ("邮箱", "email"),
            ("電郵", "email"),
            ("电话", "phone"),
            ("電話", "phone"),
        ];
        let lower = id.to_lowercase();
        // A platform's display name (`抖音`, `小红书`, `YouTube`) instead of its id.
        let by_name = platforms::all().iter().find(|p| {
            [p.names.zh_hans, p.names.zh_hant, p.names.en]
                .iter()
                .any(|n| n.to_lowercase() == lower)
        });
        let real = aliases
            .iter()
            .find(|(a, _)| *a == lower)
            .map(|(_, real)| *real)
            .or(by_name.map(|p| p.id));
        let hint = match real {
            Some(real) => {
                let name = format!("`{real}`");
                self.f(messages::HINT_DID_YOU_MEAN, &[("name", &name)])
            }
            None => match platforms::closest(&lower).as_slice() {
                [] => self.t(messages::HINT_PLATFORMS),
                close => {
                    let ids = messages::or_list(self.lang, close);
                    self.f(messages::HINT_PLATFORMS_CLOSE, &[("ids", &ids)])
                }
            },
        };
        self.error(
            Some(at),
            messages::UNKNOWN_PLATFORM,
            &[("platform", &id)],
            hint,
        );
        None
    }

    fn url(&mut self, fields: &Fields) -> Option<(Url, Location)> {
        let (text, at) = self.text(fields, "url", 2000, false)?;
        match Url::parse(&text) {
            Ok(url)
                if matches!(url.scheme(), "http" | "https")
                    && url.host_str().is_some_and(|h| !h.is_empty()) =>
            {
                if !url.username().is_empty() || url.password().is_some() {
                    let mut clean = url.clone();
                    let _ = clean.set_username("");
                    let _ = clean.set_password(None);
                    self.error(
                        Some(at),
                        messages::URL_USER_NAME,
                        &[],
                        self.f(messages::HINT_URL_USER_NAME, &[("url", clean.as_str())]),
                    );
                    return None;
                }
                Some((url, at))
            }
            Ok(url) => {
                self.error(
                    Some(at),
                    messages::URL_SCHEME,
                    &[("scheme", url.scheme())],
                    self.t(messages::HINT_URL_SCHEME),
                );
                None
            }
            Err(_) => {
                let hint = if !text.contains("://") {
                    let url = format!("https://{}", text.trim_start_matches('/'));
                    self.f(messages::HINT_URL_FULL, &[("url", &url)])
                } else {
                    self.t(messages::HINT_URL_COPY)
                };
                self.error(Some(at), messages::URL_INVALID, &[("text", &text)], hint);
                None
            }
        }
    }

    fn check_account_url(
        &mut self,
        platform: &'static Platform,
        url: &Url,
        at: Location,
    ) -> Option<()> {
        let host = url.host_str().unwrap_or("");
        let allowed = match platform.kind {
            Kind::Link => true,
            Kind::Contact => false,
            _ => platform.owns_host(host),
        };
        if allowed {
            return Some(());
        }
        let name = platform.name(self.lang);
        match platform.kind {
            Kind::Contact => {
                let hint = self.f(
                    messages::HINT_CONTACT_URL,
                    &[("example", platform.forms[0].example)],
                );
                self.error(
                    Some(at),
                    messages::CONTACT_URL,
                    &[("platform", name), ("host", host)],
                    hint,
                );
            }
            // WeChat accounts live in the app: a web address can only be wrong.
            Kind::WechatNative => {
                let hint = if platform.id == "wechat" {
                    self.t(messages::HINT_WECHAT_ID_QR)
                } else {
                    self.f(messages::HINT_NO_WEB_PAGE, &[("id", platform.id)])
                };
                self.error(
                    Some(at),
                    messages::NO_WEB_PAGE,
                    &[("platform", name), ("host", host)],
                    hint,
                );
            }
            _ => {
                let hosts = messages::or_list(self.lang, platform.hosts);
                self.error(
                    Some(at),
                    messages::WRONG_HOST,
                    &[("host", host), ("platform", name)],
                    self.f(
                        messages::HINT_WRONG_HOST,
                        &[("platform", name), ("hosts", &hosts)],
                    ),
                );
            }
        }
        None
    }

    fn bad_id(&mut self, platform: &'static Platform, id: &str, at: Location) {
        let examples: Vec<String> = platform
            .examples()
            .iter()
            .map(|e| format!("`{e}`"))
            .collect();
        let examples = match self.lang {
            Lang::En => examples.join(", "),
            _ => examples.join("、"),
        };
        let mut hint = self.f(
            messages::HINT_BAD_ID,
            &[
                ("what", self.help(&platform.id_what)),
                ("examples", &examples),
                ("howto", self.help(&platform.id_howto)),
                ("platform", platform.id),
            ],
        );
        if id.starts_with("http://") || id.starts_with("https://") {
            hint = self.f(messages::HINT_ID_IS_ADDRESS, &[("rest", &hint)]);
        }
        self.error(
            Some(at),
            messages::BAD_ID,
            &[("id", id), ("platform", platform.name(self.lang))],
            hint,
        );
    }

    fn boolean(&mut self, fields: &Fields, key: &str) -> Option<bool> {
        let node = fields.get(key)?;
        match &node.value {
            Value::Scalar { text, plain: true }
                if matches!(text.as_str(), "true" | "True" | "TRUE") =>
            {
                Some(true)
            }
            Value::Scalar { text, plain: true }
                if matches!(text.as_str(), "false" | "False" | "FALSE") =>
            {
                Some(false)
            }
            _ => {
                self.error(
                    Some(node.at),
                    messages::NOT_BOOLEAN,
                    &[("key", key)],
                    self.f(messages::HINT_BOOLEAN, &[("key", key)]),
                );
                None
            }
        }
    }
}

/// Where a mapping's first key is, for "missing key" errors; the node itself otherwise.
fn first_line(node: &Node) -> Location {
    match &node.value {
        Value::Map(entries) if !entries.is_empty() => entries[0].0.at,
        _ => node.at,
    }
}

/// Unicode's 66 noncharacters: U+FDD0–U+FDEF and the last two code points of every plane.
fn is_noncharacter(c: char) -> bool {
    let n = c as u32;
    (0xFDD0..=0xFDEF).contains(&n) || n & 0xFFFE == 0xFFFE
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
