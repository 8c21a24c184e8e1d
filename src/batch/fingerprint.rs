//! What a site was built from, in one digest, without reading the profile.
//!
//! Takes a site folder; gives a SHA-256 over every entry in it, recursively: each
//! entry's path relative to the folder, its kind, and a regular file's bytes or a
//! symbolic link's target. Also checks that a site's output folder is still there, as
//! far as two `stat`s can tell. It does not parse or check anything:
//! the fast path of an incremental build is a walk, some reads and a hash.
//!
//! Why the whole folder rather than the files the profile names: knowing those needs the
//! profile parsed, which is most of what a no-change rebuild would cost; and the whole
//! folder holds `site.yaml`, the avatar, `keys.lock`, and any file a later field names
//! (QR images, custom CSS) without this module learning about each. A file that no
//! field names (a README, a draft) costs one needless rebuild when it changes, never a
//! stale site.

use std::io::Read as _;
use std::path::Path;

use sha2::{Digest, Sha256};

use crate::keys;

/// Bumped when what goes into the digest changes, so older digests stop matching.
const SCHEME: &[u8] = b"hutong site inputs 2\0";

/// A site folder's contents in two parts: `keys.lock`, which a build writes when it
/// hands out keys, and everything else, which a build only reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Inputs {
    pub rest: [u8; 32],
    pub lock: [u8; 32],
}

impl Inputs {
    /// The one digest the record keeps, as lowercase hex.
    pub fn digest(&self) -> String {
        let mut hasher = Sha256::new();
        hasher.update(SCHEME);
        hasher.update(self.rest);
        hasher.update(self.lock);
        hex(&hasher.finalize())
    }
}

/// The digests of everything in the site folder `dir`; `None` when some entry cannot
/// be read (the site is then built, and reports the problem itself).
///
/// Entries are taken in byte order of their names, folders depth first, so the digest
/// is the same on every machine. Symbolic links are hashed by their target and, when
/// it is a file, its bytes; a link to a folder is not followed (the build accepts only
/// files inside the site folder, which the walk reaches under their own names). FIFOs,
/// sockets and devices are hashed by name and kind only: opening a FIFO would block.
///
/// `keys.lock` is hashed apart ([`lock`]): after a build that wrote it, the record
/// takes the lock as written with the rest as read before the build, so the next build
/// finds the site up to date, and a profile edited during the build does not.
pub fn inputs(dir: &Path) -> Option<Inputs> {
    let mut hasher = Sha256::new();
    let mut buf = vec![0u8; 64 * 1024];
    walk(dir, "", &mut hasher, &mut buf).ok()?;
    Some(Inputs {
        rest: hasher.finalize().into(),
        lock: lock(dir)?,
    })
}

/// The digest of the site folder's `keys.lock`, or of its absence.
pub fn lock(dir: &Path) -> Option<[u8; 32]> {
    let mut hasher = Sha256::new();
    let path = dir.join(keys::FILE_NAME);
    match std::fs::symlink_metadata(&path) {
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => hasher.update(b"none"),
        Err(_) => return None,
        Ok(meta) => {
            let mut buf = vec![0u8; 64 * 1024];
            entry(
                &path,
                keys::FILE_NAME,
                meta.file_type(),
                &mut hasher,
                &mut buf,
            )
            .ok()?;
        }
    }
    Some(hasher.finalize().into())
}

fn walk(dir: &Path, prefix: &str, hasher: &mut Sha256, buf: &mut [u8]) -> std::io::Result<()> {
    let mut entries: Vec<(String, std::fs::DirEntry)> = Vec::new();
    for entry in std::fs::read_dir(dir)? {
        let entry = entry?;
        let name = entry.file_name();
        let name = name.to_str().ok_or_else(|| {
            // A name that is not UTF-8 could not be named by the profile either, but two
            // such names must not hash alike: refuse, and let the site be built.
            std::io::Error::new(std::io::ErrorKind::InvalidData, "a file name is not UTF-8")
        })?;
        entries.push((format!("{prefix}{name}"), entry));
    }
    entries.sort_by(|a, b| a.0.cmp(&b.0));
    for (path, item) in entries {
        if path == keys::FILE_NAME {
            continue;
        }
        let kind = item.file_type()?;
        if kind.is_dir() {
            field(hasher, b'd', path.as_bytes());
            walk(&item.path(), &format!("{path}/"), hasher, buf)?;
        } else {
            entry(&item.path(), &path, kind, hasher, buf)?;
        }
    }
    Ok(())
}

/// One entry that is not a folder: a file by its bytes, a link by its target (and its
/// file's bytes), anything else by its kind.
fn entry(
    path: &Path,
    name: &str,
    kind: std::fs::FileType,
    hasher: &mut Sha256,
    buf: &mut [u8],
) -> std::io::Result<()> {
    if kind.is_file() {
        field(hasher, b'f', name.as_bytes());
        file(path, hasher, buf)?;
    } else if kind.is_symlink() {
        field(hasher, b'l', name.as_bytes());
        let target = std::fs::read_link(path)?;
        field(hasher, b't', target.as_os_str().as_encoded_bytes());
        match std::fs::metadata(path) {
            Ok(meta) if meta.is_file() => file(path, hasher, buf)?,
            // A dangling link or one to a folder: its target text is all there is.
            _ => {}
        }
    } else if kind.is_dir() {
        field(hasher, b'd', name.as_bytes());
    } else {
        field(hasher, b'o', name.as_bytes());
    }
    Ok(())
}

/// A tagged, length-prefixed field, so that no two different folders feed the hash the
/// same bytes.
fn field(hasher: &mut Sha256, tag: u8, bytes: &[u8]) {
    hasher.update([tag]);
    hasher.update((bytes.len() as u64).to_le_bytes());
    hasher.update(bytes);
}

/// A file's bytes, length-prefixed (the length as read, after the bytes, since the file
/// may be growing), read in pieces so that a large file costs no memory.
fn file(path: &Path, hasher: &mut Sha256, buf: &mut [u8]) -> std::io::Result<()> {
    let mut file = std::fs::File::open(path)?;
    let mut len: u64 = 0;
    loop {
        let n = file.read(buf)?;
        if n == 0 {
            break;
        }
        hasher.update(&buf[..n]);
        len += n as u64;
    }
    hasher.update(b"\0len");
    hasher.update(len.to_le_bytes());
    Ok(())
}

/// Whether the site output folder `dir` is still there: a folder (not a link), whose
/// hub page `index.html` has the size the build wrote (`hub_bytes`). Two `stat`s: a
/// folder deleted, replaced or emptied, or a hub page removed or edited to another
/// size, is seen; a change deeper in the folder made by hand is not — walking every
/// site's 70 files would cost twice the rest of a no-change build (measured) — and
/// `--force` is there for it.
pub fn output_intact(dir: &Path, hub_bytes: u64) -> bool {
    let folder = std::fs::symlink_metadata(dir).is_ok_and(|m| m.is_dir());
    folder
        && std::fs::symlink_metadata(dir.join(HUB))
            .is_ok_and(|m| m.is_file() && m.len() == hub_bytes)
}

/// The hub page of a site's output folder, which [`output_intact`] looks at.
pub const HUB: &str = "index.html";

fn hex(bytes: &[u8]) -> String {
    use std::fmt::Write as _;
    let mut out = String::with_capacity(bytes.len() * 2);
    for b in bytes {
        let _ = write!(out, "{b:02x}");
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn site(files: &[(&str, &[u8])]) -> tempfile::TempDir {
        let tmp = tempfile::tempdir().unwrap();
        for (path, bytes) in files {
            let path = tmp.path().join(path);
            std::fs::create_dir_all(path.parent().unwrap()).unwrap();
            std::fs::write(path, bytes).unwrap();
        }
        tmp
    }

    #[test]
    fn the_digest_follows_every_file_name_and_byte() {
        let base: &[(&str, &[u8])] = &[("site.yaml", b"name: a\n"), ("img/a.jpg", b"\xff\xd8")];
        let digest = inputs(site(base).path()).unwrap().digest();
        assert_eq!(digest.len(), 64);
        assert_eq!(
            inputs(site(base).path()).unwrap().digest(),
            digest,
            "stable"
        );
        let variants: &[&[(&str, &[u8])]] = &[
            &[("site.yaml", b"name: b\n"), ("img/a.jpg", b"\xff\xd8")],
            &[("site.yaml", b"name: a\n"), ("img/b.jpg", b"\xff\xd8")],
            &[("site.yaml", b"name: a\n"), ("img/a.jpg", b"\xff\xd9")],
            &[("site.yaml", b"name: a\n"), ("imga.jpg", b"\xff\xd8")],
            &[
                ("site.yaml", b"name: a\n"),
                ("img/a.jpg", b"\xff\xd8"),
                ("keys.lock", b""),
            ],
            // Bytes moved from one file to the next: lengths keep them apart.
            &[("site.yaml", b"name: a\n\xff"), ("img/a.jpg", b"\xd8")],
            // keys.lock, in its own part.
            &[
                ("site.yaml", b"name: a\n"),
                ("img/a.jpg", b"\xff\xd8"),
                ("keys.lock", b"# keys\n"),
            ],
        ];
        for files in variants {
            assert_ne!(
                inputs(site(files).path()).unwrap().digest(),
                digest,
                "{files:?}"
            );
        }
    }

    #[test]
    fn the_lock_is_a_part_of_its_own() {
        let tmp = site(&[("site.yaml", b"x")]);
        let without = inputs(tmp.path()).unwrap();
        std::fs::write(tmp.path().join("keys.lock"), "# keys\n").unwrap();
        let with = inputs(tmp.path()).unwrap();
        assert_eq!(with.rest, without.rest);
        assert_ne!(with.lock, without.lock);
        assert_eq!(with.lock, lock(tmp.path()).unwrap());
        assert_ne!(with.digest(), without.digest());
    }

    #[cfg(unix)]
    #[test]
    fn links_are_hashed_by_target_and_fifos_never_opened() {
        let tmp = site(&[("site.yaml", b"x"), ("a.png", b"1"), ("b.png", b"2")]);
        std::os::unix::fs::symlink("a.png", tmp.path().join("avatar.png")).unwrap();
        let to_a = inputs(tmp.path()).unwrap();
        std::fs::remove_file(tmp.path().join("avatar.png")).unwrap();
        std::os::unix::fs::symlink("b.png", tmp.path().join("avatar.png")).unwrap();
        assert_ne!(inputs(tmp.path()).unwrap(), to_a);

        let fifo = std::ffi::CString::new(
            tmp.path()
                .join("pipe")
                .into_os_string()
                .into_encoded_bytes(),
        )
        .unwrap();
        // SAFETY: a valid NUL-terminated path.
        assert_eq!(unsafe { libc::mkfifo(fifo.as_ptr(), 0o600) }, 0);
        // Returns (does not block on the FIFO) and sees it.
        assert_ne!(inputs(tmp.path()), None);
    }

    #[test]
    fn an_output_folder_is_intact_only_with_its_hub_page_as_written() {
        let out = site(&[("s/index.html", b"hello"), ("t/go/a/index.html", b"abc")]);
        assert!(output_intact(&out.path().join("s"), 5));
        assert!(!output_intact(&out.path().join("s"), 6));
        assert!(!output_intact(&out.path().join("t"), 0), "no hub page");
        assert!(!output_intact(&out.path().join("missing"), 0));
        #[cfg(unix)]
        {
            std::os::unix::fs::symlink(out.path().join("s"), out.path().join("link")).unwrap();
            assert!(
                !output_intact(&out.path().join("link"), 5),
                "a link is not the folder"
            );
        }
    }
}
