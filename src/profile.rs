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
use crate::diagnostic::{Diagnostic, Location};
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
/// first, then every rule), and the avatar file.
pub fn load(dir: &Path) -> Site {
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
    let fail = |site: &mut Site, d: Diagnostic| site.parsed.diagnostics.push(d);
    if !valid_slug(&slug) {
        fail(
            &mut site,
            Diagnostic::error(format!("the folder name `{slug}` cannot be a site's slug (it becomes part of the address)"))
                .hint("rename the folder: lowercase letters a-z, digits and `-`, starting with a letter or digit, at most 63 characters"),
        );
        return site;
    }
    let bytes = match read_profile(dir, &path, &slug) {
        Ok(bytes) => bytes,
        Err(d) => {
            fail(&mut site, d);
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
                Diagnostic::error("the profile is not valid UTF-8 text")
                    .at(at)
                    .hint("save the file as UTF-8 (most editors offer it under \"Save with encoding\")"),
            );
            return site;
        }
    };
    let mut parsed = parse(&source);
    if let Some(profile) = &parsed.profile
        && let Some(avatar) = &profile.avatar
        && let Err(d) = check_avatar_file(dir, avatar)
    {
        parsed.diagnostics.push(d);
        parsed.profile = None;
    }
    site.source = source;
    site.parsed = parsed;
    site
}

/// Reads `site.yaml`: a regular file inside the site folder (symlinks resolved), at
/// most [`MAX_FILE_BYTES`]. The size is checked before reading — on the path, so a FIFO
/// or a device is refused without opening it, and again on the open file, whose read is
/// bounded too — so a 100 MB or endless file is refused at once, with bounded memory.
fn read_profile(dir: &Path, path: &Path, slug: &str) -> Result<Vec<u8>, Diagnostic> {
    use std::io::Read as _;
    let too_big = |len: u64| {
        Diagnostic::error(format!(
            "the profile is {len} bytes, over the limit of {MAX_FILE_BYTES} bytes (1 MiB)"
        ))
        .hint("a profile holds text only; images belong in files beside it")
    };
    let not_regular = || {
        Diagnostic::error("the profile is not a regular file")
            .hint("site.yaml must be a plain text file")
    };
    let cannot_read = |e: std::io::Error| {
        let hint = if e.kind() == std::io::ErrorKind::NotFound {
            format!("create it with `hutong new {slug}`, or check the folder name")
        } else {
            "check the file's permissions".to_owned()
        };
        Diagnostic::error(format!("cannot read the profile: {e}")).hint(hint)
    };
    let meta = std::fs::metadata(path).map_err(cannot_read)?;
    if !meta.is_file() {
        return Err(not_regular());
    }
    if meta.len() > MAX_FILE_BYTES {
        return Err(too_big(meta.len()));
    }
    if let (Ok(real), Ok(root)) = (path.canonicalize(), dir.canonicalize())
        && !real.starts_with(&root)
    {
        return Err(Diagnostic::error(format!(
            "site.yaml leads outside the site's folder, to `{}`",
            real.display()
        ))
        .hint("copy the profile into the site's folder instead of linking to it"));
    }
    let file = std::fs::File::open(path).map_err(cannot_read)?;
    let meta = file.metadata().map_err(cannot_read)?;
    if !meta.is_file() {
        return Err(not_regular());
    }
    if meta.len() > MAX_FILE_BYTES {
        return Err(too_big(meta.len()));
    }
    let mut bytes = Vec::with_capacity(meta.len() as usize);
    file.take(MAX_FILE_BYTES + 1)
        .read_to_end(&mut bytes)
        .map_err(cannot_read)?;
    if bytes.len() as u64 > MAX_FILE_BYTES {
        return Err(too_big(bytes.len() as u64));
    }
    Ok(bytes)
}

/// The avatar must be a regular file inside the site folder (symlinks resolved), at most
/// [`MAX_AVATAR_BYTES`].
fn check_avatar_file(dir: &Path, avatar: &Avatar) -> Result<(), Diagnostic> {
    let error =
        |message: String, hint: &str| Err(Diagnostic::error(message).at(avatar.at).hint(hint));
    let path = dir.join(&avatar.path);
    let (Ok(real), Ok(root)) = (path.canonicalize(), dir.canonicalize()) else {
        return error(
            format!("the avatar file `{}` does not exist", avatar.path),
            "put the image beside site.yaml and give its file name, e.g. avatar: avatar.jpg",
        );
    };
    if !real.starts_with(&root) {
        return error(
            format!(
                "the avatar `{}` leads outside the site's folder",
                avatar.path
            ),
            "copy the image into the site's folder instead of linking to it",
        );
    }
    let meta = match std::fs::metadata(&real) {
        Ok(meta) => meta,
        Err(e) => {
            return error(
                format!("cannot read the avatar: {e}"),
                "check the file's permissions",
            );
        }
    };
    if !meta.is_file() {
        return error(
            format!("the avatar `{}` is not a regular file", avatar.path),
            "name an image file",
        );
    }
    if meta.len() > MAX_AVATAR_BYTES {
        return error(
            format!(
                "the avatar is {} bytes, over the limit of {MAX_AVATAR_BYTES} bytes (5 MiB)",
                meta.len()
            ),
            "resize it: 512×512 pixels is plenty for a profile picture",
        );
    }
    Ok(())
}

/// Checks a profile's text against every rule, collecting every problem.
pub fn parse(source: &str) -> Parsed {
    let mut cx = Checker::default();
    let profile = if source.len() as u64 > MAX_FILE_BYTES {
        cx.error(
            None,
            format!(
                "the profile is {} bytes, over the limit of {MAX_FILE_BYTES} bytes (1 MiB)",
                source.len()
            ),
            "a profile holds text only; images belong in files beside it",
        );
        None
    } else {
        match yaml::parse(source.strip_prefix('\u{feff}').unwrap_or(source)) {
            Ok(root) => cx.profile(&root),
            Err(mut d) => {
                if source.starts_with('\u{feff}')
                    && let Some(at) = &mut d.at
                {
                    at.start += 3;
                    at.end += 3;
                }
                cx.diagnostics.push(d);
                None
            }
        }
    };
    let mut diagnostics = cx.diagnostics;
    diagnostics.sort_by_key(|d| d.at.map_or((0, 0), |at| (at.line, at.col)));
    let ok = !diagnostics.iter().any(Diagnostic::is_error);
    if diagnostics.len() > MAX_DIAGNOSTICS {
        // A file of 90,000 unknown keys gave 90,000 messages and took `hutong check`
        // a minute and a half to print: past a screenful, the rest is one line.
        let more = diagnostics.len() - MAX_DIAGNOSTICS;
        diagnostics.truncate(MAX_DIAGNOSTICS);
        diagnostics.push(
            Diagnostic::error(format!("… and {more} more problems in this file"))
                .hint("fix the ones above first; `hutong check` lists the rest"),
        );
    }
    Parsed {
        profile: profile.filter(|_| ok),
        diagnostics,
    }
}

#[derive(Default)]
struct Checker {
    diagnostics: Vec<Diagnostic>,
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

impl Checker {
    fn error(&mut self, at: Option<Location>, message: impl Into<String>, hint: impl Into<String>) {
        let mut d = Diagnostic::error(message).hint(hint);
        d.at = at;
        self.diagnostics.push(d);
    }

    fn warning(&mut self, at: Location, message: impl Into<String>, hint: impl Into<String>) {
        self.diagnostics
            .push(Diagnostic::warning(message).at(at).hint(hint));
    }

    /// Reads a mapping, reporting unknown keys (with the closest known one), duplicate
    /// keys and keys that are not plain text.
    fn fields<'n>(&mut self, node: &'n Node, known: &[&str], what: &str) -> Option<Fields<'n>> {
        let Value::Map(map) = &node.value else {
            self.error(
                Some(node.at),
                format!(
                    "{what} must be a mapping of `key: value` lines, but this is {}",
                    node.kind()
                ),
                format!("write it as lines like `{}: …` indented under it", known[0]),
            );
            return None;
        };
        let mut entries = Vec::with_capacity(map.len());
        for (key, value) in map {
            let Value::Scalar { text, .. } = &key.value else {
                self.error(
                    Some(key.at),
                    format!(
                        "a key in {what} must be a plain name, but this is {}",
                        key.kind()
                    ),
                    "keys are names like `name` or `id`",
                );
                continue;
            };
            if !known.contains(&text.as_str()) {
                let close = suggest::closest(text, known.iter().copied(), 1);
                let hint = match close.first() {
                    Some(c) => format!("did you mean `{c}`?"),
                    None => format!("the keys of {what} are {}", suggest::or_list(known)),
                };
                self.error(
                    Some(key.at),
                    format!("unknown key `{text}` in {what}"),
                    hint,
                );
                continue;
            }
            if entries.iter().any(|(k, _, _)| *k == text.as_str()) {
                self.error(
                    Some(key.at),
                    format!("the key `{text}` appears twice in {what}"),
                    "keep one of them: YAML would silently use only one",
                );
                continue;
            }
            entries.push((text.as_str(), key, value));
        }
        Some(Fields { entries })
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
            self.error(
                Some(node.at),
                format!("`{key}` must be text, but this is {}", node.kind()),
                format!("write it on the same line: `{key}: …`"),
            );
            return None;
        };
        let count = text.chars().count();
        if text.trim().is_empty() {
            self.error(
                Some(node.at),
                format!("`{key}` is empty"),
                format!("write a value, or remove the `{key}` line"),
            );
            return None;
        }
        if count > max {
            self.error(
                Some(node.at),
                format!("`{key}` is {count} characters long, over the limit of {max}"),
                "shorten it",
            );
            return None;
        }
        if !multiline && text.trim_end().contains(['\n', '\r']) {
            self.error(
                Some(node.at),
                format!("`{key}` must be a single line"),
                "join the lines into one",
            );
            return None;
        }
        if let Some(c) = text
            .chars()
            .find(|c| c.is_control() && !matches!(c, '\n' | '\t' | '\r'))
        {
            self.error(
                Some(node.at),
                format!(
                    "`{key}` contains the invisible control character U+{:04X}",
                    c as u32
                ),
                "remove it (it often comes from copying text out of an app)",
            );
            return None;
        }
        // Noncharacters (U+FFFE, U+FDD0…) are no text at all, and XML forbids some of
        // them: a name starting with U+FFFE made favicon.svg unreadable.
        if let Some(c) = text.chars().find(|&c| is_noncharacter(c)) {
            self.error(
                Some(node.at),
                format!(
                    "`{key}` contains U+{:04X}, which is not a character",
                    c as u32
                ),
                "remove it (it often comes from a broken copy or a wrong encoding)",
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

    fn required<'n>(
        &mut self,
        fields: &Fields<'n>,
        map: &Node,
        key: &str,
        what: &str,
        hint: &str,
    ) -> Option<&'n Node> {
        let node = fields.get(key);
        if node.is_none() {
            self.error(
                Some(first_line(map)),
                format!("{what} has no `{key}`"),
                hint,
            );
        }
        node
    }

    fn profile(&mut self, root: &Node) -> Option<Profile> {
        if root.value == Value::Null {
            self.error(Some(root.at), "the profile is empty", "start from `hutong new <slug>`, or write at least `name:`, `base_url:` and `accounts:`");
            return None;
        }
        let fields = self.fields(root, TOP_KEYS, "the profile")?;
        self.required(
            &fields,
            root,
            "name",
            "the profile",
            "add a line like `name: 林小满` (1-80 characters)",
        );
        let name = self.text(&fields, "name", 80, false);
        let tagline = self.text(&fields, "tagline", 120, false).map(|(t, _)| t);
        let lang = self.lang(&fields);
        self.required(&fields, root, "base_url", "the profile", "add the address where the site will be served, e.g. `base_url: https://xiaoman.example.com/`");
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
                let lower = other.to_ascii_lowercase();
                let hint = if ["zh-cn", "zh", "zh-sg", "zh_cn", "cn", "zh-hans-cn"]
                    .contains(&lower.as_str())
                {
                    "for Simplified Chinese write `lang: zh-Hans`".to_owned()
                } else if ["zh-tw", "zh-hk", "zh-mo", "zh_tw", "tw", "hk", "zh-hant-tw"]
                    .contains(&lower.as_str())
                {
                    "for Traditional Chinese write `lang: zh-Hant`".to_owned()
                } else if lower.starts_with("en") {
                    "for English write `lang: en`".to_owned()
                } else {
                    "hutong's pages come in `zh-Hans`, `zh-Hant` and `en`".to_owned()
                };
                self.error(Some(at), format!("unknown language `{other}`"), hint);
                return None;
            }
        };
        Some(lang)
    }

    fn base_url(&mut self, fields: &Fields) -> Option<Url> {
        let (text, at) = self.text(fields, "base_url", 2000, false)?;
        let hint = "write the full address where the site will be served, e.g. https://xiaoman.example.com/ or https://name.github.io/site/";
        let Ok(mut url) = Url::parse(&text) else {
            self.error(Some(at), format!("`{text}` is not an absolute URL"), hint);
            return None;
        };
        if !matches!(url.scheme(), "http" | "https") || url.host_str().is_none_or(str::is_empty) {
            self.error(
                Some(at),
                format!("`base_url` must be an http or https address, not `{text}`"),
                hint,
            );
            return None;
        }
        if url.query().is_some()
            || url.fragment().is_some()
            || !url.username().is_empty()
            || url.password().is_some()
        {
            self.error(
                Some(at),
                "`base_url` must not have a query (`?…`), fragment (`#…`) or user name",
                hint,
            );
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
        let hint = "give the name of an image file beside site.yaml, e.g. avatar: avatar.jpg";
        let ext = Path::new(&path)
            .extension()
            .map(|e| e.to_string_lossy().to_ascii_lowercase());
        if path.contains("://") {
            self.error(
                Some(at),
                "`avatar` must be a file in the site's folder, not a URL",
                "download the image into the site's folder and give its file name",
            );
        } else if path.starts_with('/')
            || path.starts_with('\\')
            || path.get(1..3) == Some(":\\")
            || path.get(1..3) == Some(":/")
        {
            self.error(
                Some(at),
                format!("`avatar` must be a path relative to site.yaml, not `{path}`"),
                hint,
            );
        } else if path.split(['/', '\\']).any(|part| part == "..") {
            self.error(
                Some(at),
                format!(
                    "`avatar` must stay inside the site's folder, but `{path}` leads out of it"
                ),
                hint,
            );
        } else if !ext
            .as_deref()
            .is_some_and(|e| AVATAR_EXTENSIONS.contains(&e))
        {
            self.error(
                Some(at),
                format!("`{path}` is not an image type hutong accepts"),
                format!("use one of: {}", AVATAR_EXTENSIONS.join(", ")),
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
        let theme_fields = self.fields(node, THEME_KEYS, "`theme`")?;
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
                        Some(c) => {
                            format!("did you mean `{c}`? (`auto` follows the visitor's system)")
                        }
                        None => "use `auto` (follows the visitor's system), `light` or `dark`"
                            .to_owned(),
                    };
                    self.error(Some(at), format!("unknown theme mode `{other}`"), hint);
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
                        format!("`{accent}` is not a colour hutong understands"),
                        "write a hex colour in quotes, e.g. accent: \"#e4572e\" (without quotes YAML reads `#` as a comment)",
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
        let f = self.fields(node, FILING_KEYS, "`filing`")?;
        let icp = self.text(&f, "icp", 64, false).map(|(t, _)| t);
        let police = self.text(&f, "police", 64, false).map(|(t, _)| t);
        let ok = icp.is_some() == f.get("icp").is_some()
            && police.is_some() == f.get("police").is_some();
        ok.then_some(Filing { icp, police })
    }

    fn accounts(&mut self, fields: &Fields, root: &Node) -> Option<Vec<Account>> {
        let node = self.required(fields, root, "accounts", "the profile", "add `accounts:` with at least one account, e.g.\n    accounts:\n      - platform: bilibili\n        id: \"12345678\"")?;
        let Value::Seq(items) = &node.value else {
            self.error(
                Some(node.at),
                format!("`accounts` must be a list, but this is {}", node.kind()),
                "start each account with `- ` on its own line, e.g. `  - platform: bilibili`",
            );
            return None;
        };
        if items.is_empty() {
            self.error(
                Some(node.at),
                "`accounts` is empty",
                "add at least one account",
            );
            return None;
        }
        if items.len() > MAX_ACCOUNTS {
            self.error(
                Some(node.at),
                format!(
                    "the profile lists {} accounts, over the limit of {MAX_ACCOUNTS}",
                    items.len()
                ),
                "split them over several sites",
            );
            return None;
        }
        let accounts: Vec<Option<Account>> = items.iter().map(|item| self.account(item)).collect();
        accounts.into_iter().collect()
    }

    fn account(&mut self, node: &Node) -> Option<Account> {
        let errors_before = self.error_count();
        let fields = self.fields(node, ACCOUNT_KEYS, "an account")?;
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
                format!(
                    "`qr` is {} bytes long, over the limit of {MAX_QR_BYTES} bytes",
                    qr.len()
                ),
                "a QR code that long is hard to scan; use the link the platform gives you",
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
                        format!("hutong does not know which platform `{}` belongs to", url.host_str().unwrap_or("")),
                        "add `platform:` with a platform id (`hutong platforms` lists them), or `platform: link` for any other web page",
                    );
                    return None;
                }
            },
            (None, None) => {
                self.error(
                    Some(first_line(node)),
                    "this account has neither `platform` with `id`, nor `url`",
                    "give `platform:` and `id:`, or the profile's `url:`",
                );
                return None;
            }
        };
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
                self.error(
                    Some(at),
                    "a `link` account takes a `url`, not an `id`",
                    "write `url: https://…` instead",
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
                    format!("the `id` `{id}` differs from the one in `url` (`{from_url}`)"),
                    "the button uses `url`; check which of the two is right",
                );
            }
            account.id = Some(id);
        }
        if account.id.is_none() && account.url.is_none() {
            let hint = match platform.kind {
                Kind::Link => "add `url: https://…`".to_owned(),
                _ => format!(
                    "add `id:` ({}); `hutong platforms {}` shows how to find it",
                    platform.id_what.en, platform.id
                ),
            };
            self.error(
                Some(first_line(node)),
                format!("this {} account has neither `id` nor `url`", platform.id),
                hint,
            );
            return None;
        }
        match (&platform.app_id, app_id) {
            (None, Some((_, at))) => {
                let users: Vec<&str> = platforms::all().iter().filter(|p| p.app_id.is_some()).map(|p| p.id).collect();
                self.error(
                    Some(at),
                    format!("`app_id` means nothing for {}", platform.id),
                    format!("only {} links need a separate app id; remove the line", suggest::or_list(&users)),
                );
                return None;
            }
            (Some(rule), Some((app_id, at))) => {
                if !platform.match_app_id(&app_id) {
                    self.error(
                        Some(at),
                        format!("`{app_id}` is not a valid app id for {}: it should be {}", platform.id, rule.what.en),
                        format!("{} (for example `{}`)", rule.howto.en, rule.example),
                    );
                    return None;
                }
                account.app_id = Some(app_id);
            }
            (Some(rule), None) if !account.hidden => self.warning(
                first_line(node),
                format!("this {} account has no `app_id`, so on phones it opens the web profile instead of the app", platform.id),
                format!("to open the app, add `app_id:` — {}: {}", rule.what.en, rule.howto.en),
            ),
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
        ];
        let lower = id.to_lowercase();
        let hint = match aliases.iter().find(|(a, _)| *a == lower) {
            Some((_, real)) => format!("did you mean `{real}`?"),
            None => match platforms::closest(&lower).as_slice() {
                [] => "`hutong platforms` lists every platform id; for any other web page use `platform: link`".to_owned(),
                close => format!("did you mean {}? (`hutong platforms` lists them all)", suggest::or_list(close)),
            },
        };
        self.error(Some(at), format!("unknown platform `{id}`"), hint);
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
                    self.error(
                        Some(at),
                        "the `url` has a user name in it (`…@`), which can disguise where it leads",
                        "remove the part before `@`",
                    );
                    return None;
                }
                Some((url, at))
            }
            Ok(url) => {
                self.error(
                    Some(at),
                    format!(
                        "only http and https addresses are accepted, not `{}:`",
                        url.scheme()
                    ),
                    "give the profile's web address (https://…); hutong makes the app links itself",
                );
                None
            }
            Err(_) => {
                let hint = if !text.contains("://") {
                    format!(
                        "write the full address, e.g. https://{}",
                        text.trim_start_matches('/')
                    )
                } else {
                    "copy the address from the browser's address bar".to_owned()
                };
                self.error(
                    Some(at),
                    format!("`{text}` is not a valid web address"),
                    hint,
                );
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
        let hint = match platform.kind {
            _ if platform.hosts.is_empty() && platform.kind != Kind::Contact => format!(
                "{} has no web address: give the account's `id:` instead (`hutong platforms {}` says what it is)",
                platform.names.en, platform.id
            ),
            Kind::Contact => format!(
                "write the address as `id:` instead (for example `{}`)",
                platform.forms[0].example
            ),
            _ => format!(
                "a {} link must be on {}; for another site use `platform: link`",
                platform.names.en,
                suggest::or_list(platform.hosts)
            ),
        };
        self.error(
            Some(at),
            format!("`{host}` is not a {} address", platform.names.en),
            hint,
        );
        None
    }

    fn bad_id(&mut self, platform: &'static Platform, id: &str, at: Location) {
        let examples = suggest::or_list(&platform.examples());
        let mut hint = format!(
            "{} (for example {examples}); `hutong platforms {}` says more",
            platform.id_howto.en, platform.id
        );
        if id.starts_with("http://") || id.starts_with("https://") {
            hint =
                format!("this looks like an address: write it as `url:` instead of `id:`; {hint}");
        }
        self.error(
            Some(at),
            format!(
                "`{id}` is not a valid {} id: it should be {}",
                platform.id, platform.id_what.en
            ),
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
                    format!("`{key}` must be `true` or `false`"),
                    format!("write `{key}: true` or remove the line"),
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
