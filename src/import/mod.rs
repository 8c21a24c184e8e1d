//! `hutong import`: a LittleLink page or a saved Linktree page → a new site folder.
//!
//! Takes the text of the page ([`read`]: which kind it is, its name, bio, picture and
//! links, or why it is neither), turns that into a [`Draft`] of the profile ([`draft`]:
//! the slug, the language, one account per link as the registry recognises it — see
//! `accounts` — each tried on the profile checker), and [`import`] does all of that for a
//! file and writes `sites/<slug>/site.yaml` with the picture beside it, into a staging
//! folder first, so that a refused import leaves nothing behind. The profile it writes
//! passes `hutong check`, with a warning only for its placeholder `base_url`. Nothing is
//! fetched: a picture on another host is named in a comment, not downloaded. The words
//! are in `words`; the command line (`src/commands/import.rs`) prints the [`Report`].

mod accounts;
mod folder;
mod html;
mod linktree;
mod littlelink;
#[cfg(test)]
mod tests;
pub mod words;
mod write;

use std::path::{Path, PathBuf};

use crate::Lang;
use crate::messages;
use crate::profile::fields::{BIO, NAME, TAGLINE};
use crate::profile::{MAX_ACCOUNTS, valid_slug};

pub use accounts::{Account, Note, Outcome, Skip};
pub use folder::{Options, Report, import};

use words::Errors;
use write::fill;

/// The largest page read: a saved Linktree page is a few hundred KiB.
pub const MAX_PAGE_BYTES: u64 = 10 * 1024 * 1024;

/// The kind of page imported.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Source {
    LittleLink,
    Linktree,
}

/// What a page says about its owner, before any of it is matched to the registry.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Page {
    pub source: Source,
    /// The name shown on the page.
    pub name: Option<String>,
    /// The account name (Linktree's `username`), which makes the best slug.
    pub username: Option<String>,
    /// The text under the name, its line breaks kept.
    pub about: Option<String>,
    /// Where the picture is, best first, as the page writes it (a path or a URL).
    pub avatar: Option<Vec<String>>,
    /// The page's `<html lang>`.
    pub lang_tag: Option<String>,
    pub links: Vec<Found>,
}

impl Page {
    fn new(source: Source) -> Page {
        Page {
            source,
            name: None,
            username: None,
            about: None,
            avatar: None,
            lang_tag: None,
            links: Vec::new(),
        }
    }
}

/// One link of the page, as written there.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Found {
    /// The button's text, white space squashed.
    pub text: String,
    pub href: String,
    /// The kind of button: LittleLink's brand class without `button-` (`github`), or
    /// Linktree's link or social type in lowercase (`instagram`); `None` for a plain one.
    pub kind: Option<String>,
    /// The heading it stands under (Linktree's `HEADER` links).
    pub group: Option<String>,
}

/// One link and what became of it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Entry {
    pub found: Found,
    pub outcome: Outcome,
}

/// The page's picture.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Avatar {
    None,
    /// Paths beside the page, best first, not yet looked for; and the address it was
    /// saved from, if the page gives one (a Linktree page saved with its files).
    Local {
        paths: Vec<String>,
        remote: Option<String>,
    },
    /// On another host: not downloaded.
    Remote(String),
    /// A `data:` URL inside the page.
    Inline,
    /// Found beside the page (inside its folder); written into the site folder as
    /// `file`.
    Copied {
        from: PathBuf,
        file: String,
        bytes: Vec<u8>,
    },
}

/// The profile to write, with what was guessed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Draft {
    /// The imported file's name, for the profile's first comment.
    pub file: String,
    pub source: Source,
    pub slug: String,
    pub name: String,
    pub tagline: Option<String>,
    /// Markdown, the page's text escaped.
    pub bio: Option<String>,
    pub lang: Lang,
    /// Whether `lang` was guessed from the page's text (rather than the command line's).
    pub lang_guessed: bool,
    pub base_url: String,
    pub avatar: Avatar,
    pub entries: Vec<Entry>,
}

impl Draft {
    /// The accounts to write, in the page's order.
    pub fn accounts(&self) -> impl Iterator<Item = &Account> {
        self.entries.iter().filter_map(|e| match &e.outcome {
            Outcome::Account(a) => Some(a),
            Outcome::Skipped(_) => None,
        })
    }

    /// The links left out, each with why, in the page's order.
    pub fn skipped(&self) -> impl Iterator<Item = (&Found, Skip)> {
        self.entries.iter().filter_map(|e| match e.outcome {
            Outcome::Skipped(why) => Some((&e.found, why)),
            Outcome::Account(_) => None,
        })
    }
}

/// Why a page could not be read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Unreadable {
    /// Neither LittleLink nor Linktree.
    Unknown,
    /// A Linktree page whose data is no valid JSON: the line, and why.
    BadData { line: usize, reason: String },
}

/// Why an import was refused.
#[derive(Debug)]
pub enum Error {
    Read {
        path: PathBuf,
        reason: String,
    },
    TooBig {
        path: PathBuf,
    },
    Unknown {
        path: PathBuf,
    },
    NoLinks {
        path: PathBuf,
        source: Source,
    },
    BadData {
        path: PathBuf,
        line: usize,
        reason: String,
    },
    NoSlug {
        name: String,
        file: PathBuf,
    },
    BadSlug {
        slug: String,
    },
    Exists {
        path: PathBuf,
    },
    Write {
        path: PathBuf,
        reason: String,
    },
    /// The profile made does not pass the checker: a bug of the import.
    Unchecked {
        path: PathBuf,
        problems: String,
    },
}

impl Error {
    /// The message in `lang`.
    pub fn message(&self, lang: Lang) -> String {
        let e = Errors::of(lang);
        let path = |p: &Path| p.display().to_string();
        match self {
            Error::Read { path: p, reason } => {
                fill(lang, e.read, &[("path", &path(p)), ("reason", reason)])
            }
            Error::TooBig { path: p } => fill(
                lang,
                e.too_big,
                &[
                    ("path", &path(p)),
                    ("max", &(MAX_PAGE_BYTES >> 20).to_string()),
                ],
            ),
            Error::Unknown { path: p } => fill(lang, e.unknown, &[("path", &path(p))]),
            Error::NoLinks { path: p, source } => fill(
                lang,
                e.no_links,
                &[
                    ("path", &path(p)),
                    ("source", write::source_name(*source, lang)),
                ],
            ),
            Error::BadData {
                path: p,
                line,
                reason,
            } => fill(
                lang,
                e.bad_json,
                &[
                    ("path", &path(p)),
                    ("line", &line.to_string()),
                    ("reason", reason),
                ],
            ),
            Error::NoSlug { name, .. } => fill(lang, e.no_slug, &[("name", name)]),
            Error::BadSlug { slug } => fill(lang, e.bad_slug, &[("slug", slug)]),
            Error::Exists { path: p } => fill(lang, e.exists, &[("path", &path(p))]),
            Error::Write { path: p, reason } => {
                fill(lang, e.write, &[("path", &path(p)), ("reason", reason)])
            }
            Error::Unchecked { path: p, problems } => fill(
                lang,
                e.unchecked,
                &[("path", &path(p)), ("problems", problems)],
            ),
        }
    }

    /// What to do about it, in `lang`.
    pub fn hint(&self, lang: Lang) -> Option<String> {
        let e = Errors::of(lang);
        Some(match self {
            Error::Unknown { .. } => e.hint_unknown.to_owned(),
            Error::NoLinks { .. } => e.hint_no_links.to_owned(),
            Error::BadData { .. } => e.hint_bad_json.to_owned(),
            Error::NoSlug { file, .. } => {
                fill(lang, e.hint_slug, &[("file", &file.display().to_string())])
            }
            Error::Exists { .. } => e.hint_exists.to_owned(),
            Error::Unchecked { .. } => e.hint_unchecked.to_owned(),
            _ => return None,
        })
    }

    /// `error: …` and `  = hint: …`, in `lang`, laid out as every other diagnostic.
    pub fn render(&self, lang: Lang) -> String {
        let mut text = format!("{}{}", messages::LABEL_ERROR.get(lang), self.message(lang));
        if let Some(hint) = self.hint(lang) {
            text.push_str(&format!("\n  = {}{hint}", messages::LABEL_HINT.get(lang)));
        }
        text
    }
}

impl std::fmt::Display for Error {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.message(Lang::En))
    }
}

impl std::error::Error for Error {}

/// What kind of page `html` is, and what it says.
pub fn read(html: &str) -> Result<Page, Unreadable> {
    let tokens = html::tokens(html);
    match linktree::read(&tokens) {
        Ok(Some(page)) => return Ok(page),
        Ok(None) => {}
        Err(bad) => {
            return Err(Unreadable::BadData {
                line: bad.line,
                reason: bad.reason,
            });
        }
    }
    littlelink::read(&tokens).ok_or(Unreadable::Unknown)
}

/// What [`draft`] needs besides the page.
#[derive(Debug, Clone)]
pub struct Settings {
    /// The imported file, as the user named it.
    pub file: PathBuf,
    /// `--slug`, when given.
    pub slug: Option<String>,
    /// The command line's language: the comments' language, and the page's when its
    /// text does not tell.
    pub lang: Lang,
}

/// The profile a page makes: every link recognised and tried on the checker.
pub fn draft(page: Page, settings: &Settings) -> Result<Draft, Error> {
    let slug = slug_for(&page, settings)?;
    let (lang, lang_guessed) = guess_lang(&page).map_or((settings.lang, false), |l| (l, true));
    let name = page
        .name
        .clone()
        .or_else(|| page.username.clone())
        .unwrap_or_else(|| slug.clone());
    let about = page.about.as_deref().map(|about| {
        let lines: Vec<String> = about
            .lines()
            .map(html::squash)
            .filter(|l| !l.is_empty())
            .collect();
        lines.join("\n")
    });
    let (tagline, bio) = match about.as_deref().filter(|a| !a.is_empty()) {
        Some(about) if !about.contains('\n') && about.chars().count() <= TAGLINE.limit => {
            (Some(about.to_owned()), None)
        }
        Some(about) => (None, Some(cut(&markdown_text(about), BIO.limit))),
        None => (None, None),
    };
    let avatar = match page.avatar.as_deref() {
        None | Some([]) => Avatar::None,
        Some(sources) => {
            let remote = |s: &&String| {
                let lower = s.to_ascii_lowercase();
                lower.starts_with("http://") || lower.starts_with("https://") || s.starts_with("//")
            };
            let inline = |s: &&String| s.to_ascii_lowercase().starts_with("data:");
            let paths: Vec<String> = sources
                .iter()
                .filter(|s| !remote(s) && !inline(s))
                .cloned()
                .collect();
            let remote = sources
                .iter()
                .find(remote)
                .map(|s| url::Url::parse(s).map_or_else(|_| s.clone(), String::from));
            match (paths.is_empty(), remote) {
                (false, remote) => Avatar::Local { paths, remote },
                (true, Some(url)) => Avatar::Remote(url),
                (true, None) => Avatar::Inline,
            }
        }
    };
    let mut kept = 0;
    let entries = page
        .links
        .into_iter()
        .map(|found| {
            let outcome = if kept == MAX_ACCOUNTS {
                Outcome::Skipped(Skip::TooMany)
            } else {
                accounts::checked(accounts::recognise(&found, settings.lang), lang, accepted)
            };
            kept += usize::from(matches!(outcome, Outcome::Account(_)));
            Entry { found, outcome }
        })
        .collect();
    Ok(Draft {
        file: settings
            .file
            .file_name()
            .map_or_else(String::new, |n| n.to_string_lossy().into_owned()),
        source: page.source,
        base_url: format!("https://{slug}.example.com/"),
        slug,
        name: cut(&name, NAME.limit),
        tagline,
        bio,
        lang,
        lang_guessed,
        avatar,
        entries,
    })
}

/// Whether the profile checker takes `account` without an error.
fn accepted(account: &Account) -> bool {
    let mut text = String::from("name: x\nbase_url: https://example.com/\naccounts:\n");
    write::write_account(&mut text, account, Lang::En);
    crate::profile::parse(&text).errors().next().is_none()
}

/// The text cut to `max` characters, an ellipsis marking the cut.
fn cut(text: &str, max: usize) -> String {
    if text.chars().count() <= max {
        return text.to_owned();
    }
    text.chars().take(max - 1).collect::<String>() + "…"
}

/// Plain text as Markdown that shows it as written: the characters Markdown acts on
/// escaped, each line break kept as a hard break.
fn markdown_text(text: &str) -> String {
    text.lines()
        .map(|line| {
            let mut out = String::with_capacity(line.len());
            for (i, c) in line.chars().enumerate() {
                let starts = i == 0 && matches!(c, '-' | '+' | '=');
                if starts || "\\`*_[]<>#|~!&".contains(c) {
                    out.push('\\');
                }
                out.push(c);
            }
            // `1. ` at the start of a line would begin a list.
            if let Some(dot) = out
                .find(". ")
                .filter(|&d| d > 0 && out[..d].bytes().all(|b| b.is_ascii_digit()))
            {
                out.insert(dot, '\\');
            }
            out
        })
        .collect::<Vec<_>>()
        .join("\\\n")
}

/// The slug: `--slug`, else made from the page's username or name.
fn slug_for(page: &Page, settings: &Settings) -> Result<String, Error> {
    if let Some(slug) = &settings.slug {
        return valid_slug(slug)
            .then(|| slug.clone())
            .ok_or_else(|| Error::BadSlug { slug: slug.clone() });
    }
    let base = page
        .username
        .as_deref()
        .or(page.name.as_deref())
        .unwrap_or("");
    let refuse = || Error::NoSlug {
        name: base.to_owned(),
        file: settings.file.clone(),
    };
    if base.chars().any(|c| !c.is_ascii() && c.is_alphanumeric()) {
        return Err(refuse());
    }
    crate::profile::slug_for(base).ok_or_else(refuse)
}

/// The page's language from its text: Chinese when it has Han characters (Traditional
/// when the page says `lang="zh-Hant"`, `zh-TW`…), English when it has Latin letters
/// only; `None` when it has neither.
fn guess_lang(page: &Page) -> Option<Lang> {
    let texts = [&page.name, &page.about]
        .into_iter()
        .flatten()
        .map(String::as_str)
        .chain(page.links.iter().map(|l| l.text.as_str()));
    let (mut han, mut latin) = (false, false);
    for c in texts.flat_map(str::chars) {
        han |= matches!(c as u32, 0x3400..=0x4DBF | 0x4E00..=0x9FFF | 0xF900..=0xFAFF);
        latin |= c.is_ascii_alphabetic();
    }
    if han {
        let tag = page.lang_tag.as_deref().and_then(Lang::from_tag);
        return Some(if tag == Some(Lang::ZhHant) {
            Lang::ZhHant
        } else {
            Lang::ZhHans
        });
    }
    latin.then_some(Lang::En)
}
