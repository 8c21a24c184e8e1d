//! The files of an import: the page read from disk (with a size limit), the picture
//! beside it looked for, and the new site folder written into a staging folder and
//! renamed into place, so that nothing is left half-written; and the [`Report`] of what
//! was done, in words.

use std::path::{Path, PathBuf};

use crate::Lang;
use crate::profile::{AVATAR_EXTENSIONS, MAX_AVATAR_BYTES, io_reason};

use super::words::Report as Said;
use super::write::{self, fill};
use super::{Account, Avatar, Draft, Error, MAX_PAGE_BYTES, Settings, Unreadable, draft, read};

/// What `hutong import` needs.
#[derive(Debug, Clone)]
pub struct Options {
    pub file: PathBuf,
    pub slug: Option<String>,
    /// The folder that holds the sites (`sites`).
    pub sites: PathBuf,
    /// The command line's language.
    pub lang: Lang,
}

/// What an import did.
#[derive(Debug, Clone)]
pub struct Report {
    /// The new site's folder and its `site.yaml`.
    pub dir: PathBuf,
    pub path: PathBuf,
    pub draft: Draft,
}

/// Reads the page at `options.file`, and writes the site folder it makes.
pub fn import(options: &Options) -> Result<Report, Error> {
    let file = &options.file;
    let html = read_page(file)?;
    let page = read(&html).map_err(|e| match e {
        Unreadable::Unknown => Error::Unknown { path: file.clone() },
        Unreadable::BadData { line, reason } => Error::BadData {
            path: file.clone(),
            line,
            reason,
        },
    })?;
    let source = page.source;
    let settings = Settings {
        file: file.clone(),
        slug: options.slug.clone(),
        lang: options.lang,
    };
    let mut draft = draft(page, &settings)?;
    // An untouched template (every button `#`) gives nothing to link to.
    if draft.accounts().next().is_none() {
        return Err(Error::NoLinks {
            path: file.clone(),
            source,
        });
    }
    let dir = options.sites.join(&draft.slug);
    if dir.symlink_metadata().is_ok() {
        return Err(Error::Exists { path: dir });
    }
    if let Avatar::Local { paths, remote } = &draft.avatar {
        let base = file.parent().unwrap_or(Path::new(""));
        draft.avatar = match (find_avatar(base, paths), remote) {
            (Some(copied), _) => copied,
            (None, Some(url)) => Avatar::Remote(url.clone()),
            (None, None) => draft.avatar.clone(),
        };
    }
    let yaml = write::profile(&draft, options.lang);
    let parsed = crate::profile::parse_with(&yaml, Some(options.lang));
    if parsed.errors().next().is_some() {
        let path = dir.join("site.yaml");
        let problems = parsed
            .errors()
            .map(|d| d.render(&path, &yaml))
            .collect::<Vec<_>>()
            .join("\n");
        return Err(Error::Unchecked {
            path: file.clone(),
            problems,
        });
    }
    write_site(&options.sites, &dir, &yaml, &draft.avatar)?;
    Ok(Report {
        path: dir.join("site.yaml"),
        dir,
        draft,
    })
}

fn read_page(file: &Path) -> Result<String, Error> {
    let read_error = |e: std::io::Error| Error::Read {
        path: file.to_owned(),
        reason: io_reason(&e),
    };
    // The profile's bounded read: a regular file (a FIFO would block for ever), no
    // larger than the limit however it grows while read.
    let bytes = crate::profile::read_regular(file, MAX_PAGE_BYTES).map_err(|e| match e {
        crate::profile::Unreadable::TooBig(_) => Error::TooBig {
            path: file.to_owned(),
        },
        crate::profile::Unreadable::NotFile => {
            read_error(std::io::Error::other("not a regular file"))
        }
        crate::profile::Unreadable::Io(e) => read_error(e),
    })?;
    Ok(String::from_utf8_lossy(&bytes).into_owned())
}

/// The first of the picture's paths that is a file inside the page's folder hutong can
/// use as an avatar (its kind, its size), read as the profile reads its avatar: links
/// resolved, nothing outside the folder (`../secret.png` is never taken), a bounded read.
fn find_avatar(base: &Path, sources: &[String]) -> Option<Avatar> {
    sources.iter().find_map(|source| {
        let path = source.split(['?', '#']).next()?;
        let path = crate::escape::percent_decode(path).unwrap_or_else(|| path.to_owned());
        let name = path.trim_start_matches("./").trim_start_matches('/');
        let ext = Path::new(name).extension()?.to_str()?.to_ascii_lowercase();
        let ext = AVATAR_EXTENSIONS.iter().find(|e| **e == ext)?;
        let bytes = crate::profile::read_inside(base, name, MAX_AVATAR_BYTES).ok()?;
        Some(Avatar::Copied {
            from: base.join(name),
            file: format!("avatar.{ext}"),
            bytes,
        })
    })
}

/// Writes the site into a staging folder beside `dir`, then renames it into place.
fn write_site(sites: &Path, dir: &Path, yaml: &str, avatar: &Avatar) -> Result<(), Error> {
    let fail = |path: &Path, e: std::io::Error| Error::Write {
        path: path.to_owned(),
        reason: io_reason(&e),
    };
    std::fs::create_dir_all(sites).map_err(|e| fail(sites, e))?;
    let name = dir
        .file_name()
        .map_or_else(String::new, |n| n.to_string_lossy().into_owned());
    let staging = sites.join(format!(".{name}.import-{}", std::process::id()));
    std::fs::create_dir(&staging).map_err(|e| fail(&staging, e))?;
    let written = (|| {
        if let Avatar::Copied { file, bytes, .. } = avatar {
            let path = staging.join(file);
            std::fs::write(&path, bytes).map_err(|e| fail(&dir.join(file), e))?;
        }
        let path = staging.join("site.yaml");
        std::fs::write(&path, yaml).map_err(|e| fail(&dir.join("site.yaml"), e))?;
        if dir.symlink_metadata().is_ok() {
            return Err(Error::Exists {
                path: dir.to_owned(),
            });
        }
        std::fs::rename(&staging, dir).map_err(|e| fail(dir, e))
    })();
    if written.is_err() {
        let _ = std::fs::remove_dir_all(&staging);
    }
    written
}

impl Report {
    /// What the import did, a line each, in `lang`: the file written, how many links
    /// became accounts and which stayed plain links or were left out, the picture, the
    /// guesses to check, and what to run next.
    pub fn lines(&self, lang: Lang) -> Vec<String> {
        let s = Said::of(lang);
        let d = &self.draft;
        let mut lines = vec![fill(
            lang,
            s.created,
            &[
                ("path", &self.path.display().to_string()),
                ("source", write::source_name(d.source, lang)),
            ],
        )];
        let accounts: Vec<&Account> = d.accounts().collect();
        let plain: Vec<&Account> = accounts
            .iter()
            .copied()
            .filter(|a| a.platform == "link")
            .collect();
        lines.push(fill(
            lang,
            s.counts,
            &[
                ("links", &accounts.len().to_string()),
                ("recognised", &(accounts.len() - plain.len()).to_string()),
                ("plain", &plain.len().to_string()),
            ],
        ));
        if !plain.is_empty() {
            lines.push(s.plain.to_owned());
            for account in plain {
                let url = account.url.as_deref().unwrap_or("");
                lines.push(match &account.label {
                    Some(label) => format!("  - {}", write::aside(lang, label, url)),
                    None => format!("  - {url}"),
                });
            }
        }
        let skipped: Vec<_> = d.skipped().collect();
        if !skipped.is_empty() {
            lines.push(s.skipped.to_owned());
            for (found, why) in skipped {
                let href = if found.href.is_empty() {
                    "#"
                } else {
                    &found.href
                };
                let text = [found.text.as_str(), href].join(" ");
                lines.push(format!(
                    "  - {}",
                    write::aside(lang, text.trim(), write::skip_reason(why, lang))
                ));
            }
        }
        match &d.avatar {
            Avatar::Copied { from, file, .. } => lines.push(fill(
                lang,
                s.avatar_copied,
                &[
                    ("from", &from.display().to_string()),
                    ("to", &self.dir.join(file).display().to_string()),
                ],
            )),
            Avatar::Remote(url) => {
                let host = url::Url::parse(url)
                    .ok()
                    .and_then(|u| u.host_str().map(str::to_owned))
                    .unwrap_or_default();
                lines.push(fill(lang, s.avatar_remote, &[("host", &host)]));
            }
            Avatar::Local { paths, .. } => lines.push(fill(
                lang,
                s.avatar_missing,
                &[("path", paths.last().map_or("", String::as_str))],
            )),
            Avatar::Inline | Avatar::None => {}
        }
        if d.lang_guessed {
            lines.push(fill(lang, s.lang, &[("lang", d.lang.tag())]));
        }
        lines.push(fill(lang, s.base_url, &[("url", &d.base_url)]));
        // A bare slug is found under `sites/` only; elsewhere the folder is named.
        let site = if self.dir.parent() == Some(Path::new("sites")) {
            d.slug.clone()
        } else {
            self.dir.display().to_string()
        };
        lines.push(fill(lang, s.next, &[("slug", &site)]));
        lines
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A site folder that appears while the import writes (another import, a `hutong
    /// new`) is never replaced, and the staging folder goes: the check before writing
    /// cannot see this case, only the one before the rename.
    #[test]
    fn a_site_that_appears_while_writing_is_kept_and_the_staging_folder_removed() {
        let tmp = tempfile::tempdir().unwrap();
        let sites = tmp.path().join("sites");
        let dir = sites.join("ada");
        std::fs::create_dir_all(&dir).unwrap();
        std::fs::write(dir.join("site.yaml"), "# theirs\n").unwrap();
        let avatar = Avatar::Copied {
            from: tmp.path().join("a.png"),
            file: "avatar.png".to_owned(),
            bytes: b"png".to_vec(),
        };
        let result = write_site(&sites, &dir, "name: Ada\n", &avatar);
        assert!(matches!(result, Err(Error::Exists { .. })), "{result:?}");
        assert_eq!(
            std::fs::read_to_string(dir.join("site.yaml")).unwrap(),
            "# theirs\n"
        );
        let left: Vec<_> = std::fs::read_dir(&sites)
            .unwrap()
            .map(|e| e.unwrap().file_name().into_string().unwrap())
            .collect();
        assert_eq!(left, ["ada"], "no staging folder left");

        // And into a free place, both files land.
        let free = sites.join("lin");
        write_site(&sites, &free, "name: Lin\n", &avatar).unwrap();
        assert_eq!(std::fs::read(free.join("avatar.png")).unwrap(), b"png");
        assert_eq!(
            std::fs::read_to_string(free.join("site.yaml")).unwrap(),
            "name: Lin\n"
        );
    }
}
