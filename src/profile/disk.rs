//! Reading a site folder: `site.yaml` itself, and the files the profile names.
//!
//! Takes the site folder; gives the profile's bytes, and [`Assets`] — every file the
//! profile names, each opened once, here, so that the build never opens a file of the
//! site folder again. Each is a regular file inside the folder (symlinks resolved) and
//! under its size limit, checked before reading and on the open file, so a FIFO, a
//! device or an endless file is refused at once with bounded memory. A problem is a
//! diagnostic in the profile's language. `keys.lock` is read here too, and written back
//! ([`write_lock`]) when a build handed out new keys. It does not check what the profile says:
//! that is [`check`](super::check).

use std::io::Read as _;
use std::path::{Path, PathBuf};

use crate::Lang;
use crate::diagnostic::{self, Beside, Diagnostic, Location, Severity};
use crate::keys::{self, Lock};
use crate::messages::{self, Msg};

use super::fields::MAX_CSS_BYTES;
use super::{Assets, Avatar, CssFile, Image, Profile, QrImage, check, css};
use crate::qr_image::{self, QrImageError};

/// Largest profile file, in bytes.
pub const MAX_FILE_BYTES: u64 = 1024 * 1024;
/// Largest avatar, in bytes.
pub const MAX_AVATAR_BYTES: u64 = 5 * 1024 * 1024;

/// Why a file the site folder holds could not be read: `site.yaml`, or a file the
/// profile names.
pub(crate) enum FileProblem {
    /// No file (a dangling link is an `Io` error: there is something to fix there).
    Missing,
    /// A link that resolves outside the site folder, to this path.
    Outside(PathBuf),
    /// A folder, a FIFO, a device…
    NotFile,
    TooBig(u64),
    Io(std::io::Error),
}

impl FileProblem {
    /// The problem as the diagnostic of the site's `site.yaml`.
    pub(super) fn profile_diagnostic(&self, lang: Lang, slug: &str) -> Diagnostic {
        let d = |msg: &Msg, args: &[(&str, &str)], hint: String| {
            Diagnostic::new(Severity::Error, lang, msg, args).hint(hint)
        };
        match self {
            FileProblem::TooBig(len) => too_big(lang, *len),
            FileProblem::NotFile => d(
                &messages::PROFILE_NOT_FILE,
                &[],
                messages::HINT_PROFILE_NOT_FILE.text(lang),
            ),
            FileProblem::Missing => d(
                &messages::PROFILE_MISSING,
                &[],
                messages::HINT_PROFILE_MISSING.fill(lang, &[("slug", slug)]),
            ),
            // A link to nothing.
            FileProblem::Io(e) if e.kind() == std::io::ErrorKind::NotFound => d(
                &messages::PROFILE_UNREADABLE,
                &[("reason", &io_reason(e))],
                messages::HINT_PROFILE_OUTSIDE.text(lang),
            ),
            FileProblem::Io(e) => d(
                &messages::PROFILE_UNREADABLE,
                &[("reason", &io_reason(e))],
                messages::HINT_PERMISSIONS.text(lang),
            ),
            FileProblem::Outside(real) => d(
                &messages::PROFILE_OUTSIDE,
                &[("target", &real.display().to_string())],
                messages::HINT_PROFILE_OUTSIDE.text(lang),
            ),
        }
    }
}

pub(super) fn too_big(lang: Lang, len: u64) -> Diagnostic {
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
pub(super) fn read_profile(dir: &Path, path: &Path) -> Result<Vec<u8>, FileProblem> {
    let meta = std::fs::metadata(path).map_err(|e| {
        if e.kind() == std::io::ErrorKind::NotFound && std::fs::symlink_metadata(path).is_err() {
            FileProblem::Missing
        } else {
            FileProblem::Io(e)
        }
    })?;
    regular_within(&meta, MAX_FILE_BYTES)?;
    if let (Ok(real), Ok(root)) = (path.canonicalize(), dir.canonicalize())
        && !real.starts_with(&root)
    {
        return Err(FileProblem::Outside(real));
    }
    Ok(read_bounded(path, MAX_FILE_BYTES)?)
}

/// Reads every file `profile` names from the site folder `dir`, each opened once: the
/// avatar into [`Assets`], and each account's `qr_image`, whose code becomes the
/// account's `qr`. Gives the assets and every problem (errors, and warnings such as a
/// WeChat group code); the caller drops the profile when one is an error.
pub(super) fn read_assets(
    dir: &Path,
    profile: &mut Profile,
    lang: Lang,
) -> (Assets, Vec<Diagnostic>) {
    let mut assets = Assets::default();
    let mut problems = Vec::new();
    if let Some(avatar) = &profile.avatar {
        match read_avatar(dir, avatar, lang) {
            Ok(image) => assets.avatar = Some(image),
            Err(d) => problems.push(d),
        }
    }
    if let Some(css) = &profile.theme.css {
        match read_css(dir, css, lang) {
            Ok((text, mut warnings)) => {
                assets.css = Some(text);
                problems.append(&mut warnings);
            }
            Err(mut found) => problems.append(&mut found),
        }
    }
    for account in &mut profile.accounts {
        if let Some(image) = &account.qr_image {
            match read_qr_image(dir, image, lang) {
                Ok(text) => {
                    if check::is_wechat_group_code(&text) {
                        problems.push(
                            Diagnostic::new(Severity::Warning, lang, &messages::QR_GROUP_CODE, &[])
                                .at(image.at)
                                .hint(messages::HINT_QR_GROUP_CODE.text(lang)),
                        );
                    }
                    account.qr = Some(text);
                }
                Err(d) => problems.push(d),
            }
        } else if let Some(qr) = &account.qr
            && names_a_file(dir, qr)
        {
            problems.push(
                Diagnostic::new(
                    Severity::Error,
                    lang,
                    &messages::QR_IS_FILE,
                    &[("file", qr)],
                )
                .at(account.qr_at.unwrap_or(account.at))
                .hint(messages::HINT_USE_QR_IMAGE.fill(lang, &[("file", qr)])),
            );
        }
    }
    (assets, problems)
}

/// Whether a `qr` text is the name of a file beside `site.yaml` (a relative path
/// inside the folder, with a file there), which the creator meant as `qr_image`.
fn names_a_file(dir: &Path, qr: &str) -> bool {
    let looks_like_path = !qr.is_empty()
        && qr.len() <= 255
        && !qr.contains(['\n', '\0'])
        && check::place(qr) == check::Place::Inside;
    looks_like_path && std::fs::metadata(dir.join(qr)).is_ok_and(|m| m.is_file())
}

/// Reads `name`, a path relative to the site folder `dir`: a regular file inside the
/// folder (symlinks resolved), at most `max` bytes. The file is looked at before
/// opening (opening a FIFO would block), and again once open: the path may have been
/// swapped for a device or a bigger file in between; the read itself is bounded too.
pub(crate) fn read_inside(dir: &Path, name: &str, max: u64) -> Result<Vec<u8>, FileProblem> {
    let path = dir.join(name);
    let (Ok(real), Ok(root)) = (path.canonicalize(), dir.canonicalize()) else {
        return Err(FileProblem::Missing);
    };
    if !real.starts_with(&root) {
        return Err(FileProblem::Outside(real));
    }
    let meta = std::fs::metadata(&real).map_err(FileProblem::Io)?;
    regular_within(&meta, max)?;
    Ok(read_bounded(&real, max)?)
}

/// Why a file that was looked at could not be read: the part of [`FileProblem`] that
/// does not concern where the file is.
pub(crate) enum Unreadable {
    NotFile,
    TooBig(u64),
    Io(std::io::Error),
}

impl From<Unreadable> for FileProblem {
    fn from(problem: Unreadable) -> Self {
        match problem {
            Unreadable::NotFile => FileProblem::NotFile,
            Unreadable::TooBig(len) => FileProblem::TooBig(len),
            Unreadable::Io(e) => FileProblem::Io(e),
        }
    }
}

/// Whether `meta` is a regular file of at most `max` bytes.
fn regular_within(meta: &std::fs::Metadata, max: u64) -> Result<(), Unreadable> {
    if !meta.is_file() {
        return Err(Unreadable::NotFile);
    }
    if meta.len() > max {
        return Err(Unreadable::TooBig(meta.len()));
    }
    Ok(())
}

/// Reads the regular file `path` of at most `max` bytes: looked at before it is opened
/// (a FIFO or a device is refused without opening it, which could block), then read
/// with [`read_bounded`].
pub(crate) fn read_regular(path: &Path, max: u64) -> Result<Vec<u8>, Unreadable> {
    regular_within(&std::fs::metadata(path).map_err(Unreadable::Io)?, max)?;
    read_bounded(path, max)
}

/// Opens `path`, looked at already, and reads it if the open file is still a regular
/// file of at most `max` bytes (the path may have been swapped for a device or a bigger
/// file since); the read stops after `max + 1` bytes, for a file that grows.
pub(crate) fn read_bounded(path: &Path, max: u64) -> Result<Vec<u8>, Unreadable> {
    let file = std::fs::File::open(path).map_err(Unreadable::Io)?;
    let meta = file.metadata().map_err(Unreadable::Io)?;
    regular_within(&meta, max)?;
    let mut bytes = Vec::with_capacity(meta.len() as usize);
    file.take(max + 1)
        .read_to_end(&mut bytes)
        .map_err(Unreadable::Io)?;
    if bytes.len() as u64 > max {
        return Err(Unreadable::TooBig(bytes.len() as u64));
    }
    Ok(bytes)
}

/// Reads `keys.lock` beside `site.yaml`. No file is an empty lock (a site built for the
/// first time). A lock that cannot be read or does not parse is an error naming the file
/// (with the line and column of the first bad line): never a silent reset, which would
/// hand keys that printed codes lead to over to other accounts.
pub(super) fn read_lock(dir: &Path, lang: Lang) -> Result<Lock, Diagnostic> {
    let path = dir.join(keys::FILE_NAME);
    let error = |reason: &str| {
        Diagnostic::new(
            Severity::Error,
            lang,
            &messages::LOCK_INVALID,
            &[("reason", reason)],
        )
        .hint(messages::HINT_LOCK_INVALID.text(lang))
        .in_file(Beside::KeysLock)
    };
    let meta = match std::fs::metadata(&path) {
        Ok(meta) => meta,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(Lock::default()),
        Err(e) => return Err(error(&io_reason(&e))),
    };
    // A FIFO would block the read, and a lock is a few lines per account: checked
    // before the file is opened and again on the open file, whose read is bounded.
    let not_regular = || {
        error(&format!(
            "not a regular file of at most {MAX_FILE_BYTES} bytes"
        ))
    };
    regular_within(&meta, MAX_FILE_BYTES).map_err(|_| not_regular())?;
    let bytes = read_bounded(&path, MAX_FILE_BYTES).map_err(|e| match e {
        Unreadable::Io(e) => error(&io_reason(&e)),
        Unreadable::NotFile | Unreadable::TooBig(_) => not_regular(),
    })?;
    let text = String::from_utf8(bytes).map_err(|_| error("not UTF-8 text"))?;
    keys::parse(&text).map_err(|e| {
        let mut d = error(&e.kind.to_string());
        d.at = Some(e.at);
        d
    })
}

/// Writes `keys.lock` beside `site.yaml` by way of a temporary file renamed over it, so
/// a crash or a full disk never leaves half a lock behind.
pub fn write_lock(dir: &Path, lock: &Lock) -> std::io::Result<()> {
    let path = dir.join(keys::FILE_NAME);
    let temp = dir.join(format!(".{}.tmp-{}", keys::FILE_NAME, std::process::id()));
    let result =
        std::fs::write(&temp, lock.to_string()).and_then(|()| std::fs::rename(&temp, &path));
    if result.is_err() {
        let _ = std::fs::remove_file(&temp);
    }
    result
}

/// An error about a file the profile names, pointing at the line that names it.
fn file_error(
    lang: Lang,
    at: Location,
    msg: &Msg,
    args: &[(&str, &str)],
    hint: String,
) -> Diagnostic {
    Diagnostic::new(Severity::Error, lang, msg, args)
        .at(at)
        .hint(hint)
}

/// Reads the avatar: a regular file inside the site folder, at most
/// [`MAX_AVATAR_BYTES`]. Problems point at the profile's `avatar` line.
fn read_avatar(dir: &Path, avatar: &Avatar, lang: Lang) -> Result<Image, Diagnostic> {
    let name = avatar.path.as_str();
    let error = |msg: &Msg, args: &[(&str, &str)], hint: String| {
        file_error(lang, avatar.at, msg, args, hint)
    };
    match read_inside(dir, name, MAX_AVATAR_BYTES) {
        Ok(bytes) => Ok(Image {
            bytes,
            ext: avatar.ext,
        }),
        Err(FileProblem::Missing) => {
            let file = Path::new(name)
                .file_name()
                .map_or_else(|| "avatar.jpg".into(), |f| f.to_string_lossy());
            Err(error(
                &messages::AVATAR_MISSING,
                &[("path", name)],
                messages::HINT_AVATAR_BESIDE.fill(lang, &[("file", &file)]),
            ))
        }
        Err(FileProblem::Outside(_)) => Err(error(
            &messages::AVATAR_OUTSIDE,
            &[("path", name)],
            messages::HINT_COPY_AVATAR.text(lang),
        )),
        Err(FileProblem::NotFile) => Err(error(
            &messages::AVATAR_NOT_FILE,
            &[("path", name)],
            messages::HINT_AVATAR_FILE.text(lang),
        )),
        Err(FileProblem::TooBig(len)) => Err(error(
            &messages::AVATAR_TOO_BIG,
            &[
                ("len", &len.to_string()),
                ("max", &MAX_AVATAR_BYTES.to_string()),
            ],
            messages::HINT_AVATAR_RESIZE.text(lang),
        )),
        Err(FileProblem::Io(e)) => Err(error(
            &messages::AVATAR_UNREADABLE,
            &[("path", name), ("reason", &io_reason(&e))],
            messages::HINT_PERMISSIONS.text(lang),
        )),
    }
}

/// Reads a `qr_image` (a regular file inside the site folder, at most
/// [`qr_image::MAX_FILE_BYTES`]) and the text of the one QR code in it. Problems name
/// the file and point at the account's `qr_image` line.
fn read_qr_image(dir: &Path, image: &QrImage, lang: Lang) -> Result<String, Diagnostic> {
    let name = image.path.as_str();
    let error = |msg: &Msg, args: &[(&str, &str)], hint: String| {
        file_error(lang, image.at, msg, args, hint)
    };
    let file = Path::new(name)
        .file_name()
        .map_or_else(|| "wechat-qr.jpg".into(), |f| f.to_string_lossy());
    let beside = || messages::HINT_QR_IMAGE_BESIDE.fill(lang, &[("file", &file)]);
    let too_big = |size: String, max: String| {
        error(
            &messages::QR_IMAGE_TOO_BIG,
            &[("path", name), ("size", &size), ("max", &max)],
            messages::HINT_QR_IMAGE_SMALLER.text(lang),
        )
    };
    let max_bytes = qr_image::MAX_FILE_BYTES as u64;
    let bytes = match read_inside(dir, name, max_bytes) {
        Ok(bytes) => bytes,
        // Not there, elsewhere, or no file: each says to put the image beside site.yaml.
        Err(problem @ (FileProblem::Missing | FileProblem::Outside(_) | FileProblem::NotFile)) => {
            let msg = match problem {
                FileProblem::Missing => &messages::QR_IMAGE_MISSING,
                FileProblem::Outside(_) => &messages::QR_IMAGE_OUTSIDE,
                _ => &messages::QR_IMAGE_NOT_FILE,
            };
            return Err(error(msg, &[("path", name)], beside()));
        }
        Err(FileProblem::TooBig(len)) => {
            return Err(too_big(format!("{len} B"), format!("{max_bytes} B")));
        }
        Err(FileProblem::Io(e)) => {
            return Err(error(
                &messages::QR_IMAGE_UNREADABLE,
                &[("path", name), ("reason", &io_reason(&e))],
                messages::HINT_PERMISSIONS.text(lang),
            ));
        }
    };
    qr_image::decode(&bytes).map_err(|e| match e {
        QrImageError::FileTooLarge { bytes, max } => {
            too_big(format!("{bytes} B"), format!("{max} B"))
        }
        QrImageError::TooManyPixels { width, height, max } => {
            too_big(format!("{width} × {height} px"), format!("{max} px"))
        }
        QrImageError::NotAnImage { .. } | QrImageError::Undecodable { .. } => error(
            &messages::QR_IMAGE_NOT_IMAGE,
            &[("path", name)],
            messages::HINT_QR_IMAGE_RESAVE.text(lang),
        ),
        QrImageError::NoCode | QrImageError::Unreadable | QrImageError::NotText => error(
            &messages::QR_IMAGE_NO_CODE,
            &[("path", name)],
            messages::HINT_QR_IMAGE_NO_CODE.text(lang),
        ),
        QrImageError::SeveralCodes { count } => error(
            &messages::QR_IMAGE_SEVERAL,
            &[("path", name), ("count", &count.to_string())],
            messages::HINT_QR_IMAGE_CROP.text(lang),
        ),
    })
}

/// Reads and checks `theme.css`: a regular file inside the site folder, at most
/// [`MAX_CSS_BYTES`], UTF-8, that loads nothing from another host (see
/// [`super::css`]). Gives the text ready for `<style>`, or every problem: those about
/// the file point at the profile's `css` line, those inside it at their line and
/// column in the CSS file.
fn read_css(
    dir: &Path,
    css: &CssFile,
    lang: Lang,
) -> Result<(String, Vec<Diagnostic>), Vec<Diagnostic>> {
    let name = css.path.as_str();
    let error = |msg: &Msg, args: &[(&str, &str)], hint: String| {
        vec![file_error(lang, css.at, msg, args, hint)]
    };
    let unreadable = |reason: &str, hint: String| {
        error(
            &messages::CSS_UNREADABLE,
            &[("path", name), ("reason", reason)],
            hint,
        )
    };
    let bytes = match read_inside(dir, name, MAX_CSS_BYTES) {
        Ok(bytes) => bytes,
        Err(FileProblem::Missing) => {
            let reason = io_reason(&std::io::Error::from(std::io::ErrorKind::NotFound));
            return Err(unreadable(&reason, messages::HINT_CSS_BESIDE.text(lang)));
        }
        Err(FileProblem::Outside(_)) => {
            return Err(error(
                &messages::CSS_PATH,
                &[("path", name)],
                messages::HINT_CSS_BESIDE.text(lang),
            ));
        }
        Err(FileProblem::NotFile) => {
            return Err(error(
                &messages::CSS_PATH,
                &[("path", name)],
                messages::HINT_CSS_BESIDE.text(lang),
            ));
        }
        Err(FileProblem::TooBig(len)) => {
            return Err(error(
                &messages::CSS_TOO_BIG,
                &[
                    ("path", name),
                    ("len", &len.to_string()),
                    ("max", &MAX_CSS_BYTES.to_string()),
                ],
                messages::HINT_CSS_SMALLER.text(lang),
            ));
        }
        Err(FileProblem::Io(e)) => {
            return Err(unreadable(
                &io_reason(&e),
                messages::HINT_PERMISSIONS.text(lang),
            ));
        }
    };
    let text = match String::from_utf8(bytes) {
        Ok(text) => text,
        Err(_) => {
            return Err(error(
                &messages::CSS_NOT_UTF8,
                &[("path", name)],
                messages::HINT_CSS_UTF8.text(lang),
            ));
        }
    };
    let text = text.strip_prefix('\u{FEFF}').unwrap_or(&text);
    let found = css::check(text);
    let refused = found.iter().any(|f| f.what.is_refused());
    let diagnostics: Vec<Diagnostic> = found
        .into_iter()
        .map(|f| {
            let (severity, msg, args, hint) = match &f.what {
                css::Load::Import => (
                    Severity::Error,
                    &messages::CSS_IMPORT,
                    vec![],
                    &messages::HINT_CSS_IMPORT,
                ),
                css::Load::Remote(url) => (
                    Severity::Error,
                    &messages::CSS_REMOTE,
                    vec![("url", url.as_str())],
                    &messages::HINT_CSS_REMOTE,
                ),
                css::Load::Local(url) => (
                    Severity::Warning,
                    &messages::CSS_LOCAL,
                    vec![("url", url.as_str())],
                    &messages::HINT_CSS_LOCAL,
                ),
            };
            let mut at = diagnostic::locate(text, f.at.start);
            at.end = at.start + (f.at.end - f.at.start);
            Diagnostic::new(severity, lang, msg, &args)
                .at(at)
                .hint(hint.text(lang))
                .in_file(Beside::Css(name.to_owned()))
        })
        .collect();
    if refused {
        Err(diagnostics)
    } else {
        Ok((css::inline(text), diagnostics))
    }
}
