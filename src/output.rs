//! Files in memory → a site folder on disk, all or nothing.
//!
//! Takes the complete list of a site's files; writes them into a staging folder beside
//! the target (`DIR/.<slug>.tmp-…`), then swaps it into place: on Linux with one atomic
//! `renameat2(RENAME_EXCHANGE)`, elsewhere with two renames. A build that fails or is
//! killed before the swap leaves the previous output untouched; readers never see a mix
//! of old and new files. It does not decide what the files are.
//!
//! Files are not fsynced: the swap protects against a failed or killed build (the
//! kernel keeps what was written), not against power loss mid-build, which would
//! cost an fsync per file — most of a batch build's time — for a folder that the
//! next build rewrites anyway. Static-site generators (zola, hugo) make the same
//! choice.

use std::io::Write;
use std::path::{Path, PathBuf};

/// One file of a site: its path relative to the site folder (with `/`), and its bytes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct File {
    pub path: String,
    pub bytes: Vec<u8>,
}

impl File {
    pub fn new(path: impl Into<String>, bytes: impl Into<Vec<u8>>) -> File {
        File {
            path: path.into(),
            bytes: bytes.into(),
        }
    }
}

/// An I/O failure, naming the file it happened to.
#[derive(Debug, thiserror::Error)]
#[error("{action} `{}`: {source}", path.display())]
pub struct OutputError {
    pub action: &'static str,
    pub path: PathBuf,
    #[source]
    pub source: std::io::Error,
}

fn fail(action: &'static str, path: &Path) -> impl FnOnce(std::io::Error) -> OutputError + use<> {
    let path = path.to_path_buf();
    move |source| OutputError {
        action,
        path,
        source,
    }
}

/// Writes `files` as the folder `out_dir/slug`, replacing what was there at once. The
/// slug must be a valid one (`profile::valid_slug`): whatever a caller passes, nothing is
/// written outside `out_dir`.
pub fn write_site(out_dir: &Path, slug: &str, files: &[File]) -> Result<PathBuf, OutputError> {
    if !crate::profile::valid_slug(slug) {
        return Err(OutputError {
            action: "refused to write the site",
            path: out_dir.join(slug),
            source: std::io::Error::new(
                std::io::ErrorKind::InvalidInput,
                "its name is not a valid slug ([a-z0-9][a-z0-9-]{0,62})",
            ),
        });
    }
    std::fs::create_dir_all(out_dir).map_err(fail("cannot create the output folder", out_dir))?;
    let target = out_dir.join(slug);
    let staging = out_dir.join(format!(".{slug}.tmp-{}-{}", std::process::id(), unique()));
    let result = write_all(&staging, files).and_then(|()| swap(&staging, &target));
    // Whatever happened, the staging folder (now holding the old site, or a failed
    // attempt) goes; an error removing it is less important than the one reported.
    let _ = std::fs::remove_dir_all(&staging);
    result.map(|()| target)
}

fn write_all(staging: &Path, files: &[File]) -> Result<(), OutputError> {
    std::fs::create_dir(staging).map_err(fail("cannot create the staging folder", staging))?;
    let folder = Folder::open(staging).map_err(fail("cannot open the staging folder", staging))?;
    // Folders made so far: a site's files share a few (`qr/`, one per `go/<key>/`), and
    // asking the file system again for each file was a failed `mkdir` per file. Named
    // as the files name them (`go/github`), which compares faster than paths.
    let mut made: Vec<&str> = Vec::new();
    for file in files {
        let path = safe_join(staging, &file.path).ok_or_else(|| OutputError {
            action: "refused to write outside the site folder",
            path: PathBuf::from(&file.path),
            source: std::io::Error::new(
                std::io::ErrorKind::InvalidInput,
                "the path leaves the site folder",
            ),
        })?;
        // Each folder on the way, parents first (`go`, then `go/github`).
        for (end, _) in file.path.match_indices('/') {
            let sub = &file.path[..end];
            if !made.contains(&sub) {
                folder
                    .create_dir(sub)
                    .map_err(fail("cannot create the folder", &staging.join(sub)))?;
                made.push(sub);
            }
        }
        let mut out = folder
            .create_file(&file.path)
            .map_err(fail("cannot create", &path))?;
        out.write_all(&file.bytes)
            .map_err(fail("cannot write", &path))?;
    }
    Ok(())
}

/// The staging folder, open. On Unix its files and folders are made relative to it
/// (`openat`, `mkdirat`), so the kernel does not walk the whole path from the root
/// again for each of a site's ninety-odd files and folders: 1.5 % of a batch build.
struct Folder {
    #[cfg(unix)]
    fd: std::os::fd::OwnedFd,
    #[cfg(not(unix))]
    path: PathBuf,
}

impl Folder {
    fn open(path: &Path) -> std::io::Result<Folder> {
        #[cfg(unix)]
        {
            Ok(Folder {
                fd: std::fs::File::open(path)?.into(),
            })
        }
        #[cfg(not(unix))]
        {
            Ok(Folder {
                path: path.to_path_buf(),
            })
        }
    }

    /// Makes the folder `relative`, whose parent exists.
    fn create_dir(&self, relative: &str) -> std::io::Result<()> {
        #[cfg(unix)]
        {
            use std::os::fd::AsRawFd as _;
            let name = std::ffi::CString::new(relative)?;
            // SAFETY: a NUL-terminated path and a folder descriptor this value owns, both
            // alive for the call.
            let rc = unsafe { libc::mkdirat(self.fd.as_raw_fd(), name.as_ptr(), 0o777) };
            if rc == 0 {
                Ok(())
            } else {
                Err(std::io::Error::last_os_error())
            }
        }
        #[cfg(not(unix))]
        {
            std::fs::create_dir(self.path.join(relative))
        }
    }

    /// Creates (or empties) the file `relative`, for writing, as `File::create` does.
    fn create_file(&self, relative: &str) -> std::io::Result<std::fs::File> {
        #[cfg(unix)]
        {
            use std::os::fd::{AsRawFd as _, FromRawFd as _, OwnedFd};
            let name = std::ffi::CString::new(relative)?;
            let flags = libc::O_WRONLY | libc::O_CREAT | libc::O_TRUNC | libc::O_CLOEXEC;
            // SAFETY: as in `create_dir`; O_CREAT makes it read the mode, given.
            let fd = unsafe {
                libc::openat(
                    self.fd.as_raw_fd(),
                    name.as_ptr(),
                    flags,
                    0o666 as libc::c_uint,
                )
            };
            if fd < 0 {
                return Err(std::io::Error::last_os_error());
            }
            // SAFETY: `openat` succeeded: `fd` is open, and nothing else owns it.
            Ok(std::fs::File::from(unsafe { OwnedFd::from_raw_fd(fd) }))
        }
        #[cfg(not(unix))]
        {
            std::fs::File::create(self.path.join(relative))
        }
    }
}

/// `root/relative` when `relative` is a plain relative path that stays inside `root`.
/// Plain: names between single slashes, none of them empty, `.` or `..`, and no
/// backslash; each folder on the way is then named by a prefix of it (`go`, `go/a`).
fn safe_join(root: &Path, relative: &str) -> Option<PathBuf> {
    let plain = !relative.contains('\\')
        && relative
            .split('/')
            .all(|name| !matches!(name, "" | "." | ".."));
    plain.then(|| root.join(relative))
}

/// Moves `staging` into `target`'s place; afterwards `staging` holds the old site (if any).
///
/// Two builds of the same site may race (two CI jobs, a watcher and a manual build): the
/// target can appear or vanish between a look and a rename. Each step that finds the
/// other build has moved first starts over, so both builds end with a complete site in
/// place — the one that swapped last.
fn swap(staging: &Path, target: &Path) -> Result<(), OutputError> {
    let raced = |e: &std::io::Error| {
        matches!(
            e.kind(),
            std::io::ErrorKind::DirectoryNotEmpty
                | std::io::ErrorKind::AlreadyExists
                | std::io::ErrorKind::NotFound
        )
    };
    let mut last = None;
    for _ in 0..8 {
        if std::fs::symlink_metadata(target).is_err() {
            match std::fs::rename(staging, target) {
                Ok(()) => return Ok(()),
                Err(e) if raced(&e) => {
                    last = Some(e);
                    continue;
                }
                Err(e) => return Err(fail("cannot move the new site into", target)(e)),
            }
        }
        #[cfg(target_os = "linux")]
        match exchange(staging, target) {
            Ok(()) => return Ok(()),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
                last = Some(e);
                continue;
            }
            // No RENAME_EXCHANGE on this file system: two renames instead.
            Err(_) => {}
        }
        // Beside the staging folder, named after it, so racing builds never share it.
        let old = PathBuf::from(format!("{}.old", staging.display()));
        match std::fs::rename(target, &old) {
            Ok(()) => {}
            Err(e) if raced(&e) => {
                last = Some(e);
                continue;
            }
            Err(e) => return Err(fail("cannot move the previous site aside", target)(e)),
        }
        if let Err(e) = std::fs::rename(staging, target) {
            let _ = std::fs::rename(&old, target);
            if raced(&e) {
                last = Some(e);
                continue;
            }
            return Err(fail("cannot move the new site into", target)(e));
        }
        return std::fs::rename(&old, staging).map_err(fail("cannot clean up", &old));
    }
    Err(fail("cannot move the new site into", target)(
        last.unwrap_or_else(|| std::io::Error::other("other builds kept replacing it")),
    ))
}

/// Removes the staging folders (`.<slug>.tmp-<pid>-…`) that builds which were killed
/// left in `out_dir`. Called once per batch, before its sites are written: once per
/// site, listing an output folder of N sites made a batch cost N² directory entries.
pub fn remove_stale_staging(out_dir: &Path) {
    sweep(out_dir, |name| {
        let (slug, rest) = name.strip_prefix('.')?.split_once(".tmp-")?;
        crate::profile::valid_slug(slug).then_some(rest)
    });
}

/// Removes the folders in `dir` named `<prefix><pid>-…` whose process is gone, such as
/// the temporary folders of dev servers that were killed (`hutong-serve-`).
pub fn sweep_stale(dir: &Path, prefix: &str) {
    sweep(dir, |name| name.strip_prefix(prefix));
}

/// The one sweep: removes each folder of `dir` whose name `after_prefix` reads as
/// `<pid>-…` with that process gone. A killed process cannot clean up after itself, and
/// such folders would pile up, or be uploaded with the output. Best effort: a folder is
/// removed only when its process is surely gone, and errors are ignored.
fn sweep(dir: &Path, after_prefix: impl Fn(&str) -> Option<&str>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let name = entry.file_name();
        let Some(pid) = name
            .to_str()
            .and_then(&after_prefix)
            .and_then(|rest| rest.split('-').next())
            .and_then(|pid| pid.parse::<u32>().ok())
        else {
            continue;
        };
        if pid != std::process::id() && process_gone(pid) {
            let _ = std::fs::remove_dir_all(entry.path());
        }
    }
}

/// Whether no process with this id runs on this machine. Asked with signal 0, which
/// sends nothing: only "no such process" (`ESRCH`) counts, so another user's live
/// process (`EPERM`) is not taken for a dead one, as a look in a `/proc` mounted with
/// `hidepid` would. Where it cannot be told, no.
fn process_gone(pid: u32) -> bool {
    #[cfg(unix)]
    {
        // Zero and values over `pid_t` name process groups or nothing, not a process.
        let Some(pid) = libc::pid_t::try_from(pid).ok().filter(|&p| p > 0) else {
            return false;
        };
        // SAFETY: `kill` with signal 0 only checks that the process exists.
        let rc = unsafe { libc::kill(pid, 0) };
        rc != 0 && std::io::Error::last_os_error().raw_os_error() == Some(libc::ESRCH)
    }
    #[cfg(not(unix))]
    {
        let _ = pid;
        false
    }
}

/// Atomically exchanges two paths (Linux ≥ 3.15; fails on file systems without support).
#[cfg(target_os = "linux")]
fn exchange(a: &Path, b: &Path) -> std::io::Result<()> {
    use std::ffi::CString;
    use std::os::unix::ffi::OsStrExt;
    let a = CString::new(a.as_os_str().as_bytes())?;
    let b = CString::new(b.as_os_str().as_bytes())?;
    // SAFETY: both arguments are valid NUL-terminated paths that outlive the call;
    // AT_FDCWD makes them relative to the working directory like std's rename.
    let rc = unsafe {
        libc::syscall(
            libc::SYS_renameat2,
            libc::AT_FDCWD,
            a.as_ptr(),
            libc::AT_FDCWD,
            b.as_ptr(),
            libc::RENAME_EXCHANGE,
        )
    };
    if rc == 0 {
        Ok(())
    } else {
        Err(std::io::Error::last_os_error())
    }
}

/// A value that differs between calls in one process (thread id and a counter).
fn unique() -> String {
    use std::sync::atomic::{AtomicU64, Ordering};
    static COUNTER: AtomicU64 = AtomicU64::new(0);
    COUNTER.fetch_add(1, Ordering::Relaxed).to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(dir: &Path, path: &str) -> String {
        std::fs::read_to_string(dir.join(path)).unwrap()
    }

    #[test]
    fn writes_then_replaces_whole_folders() {
        let tmp = tempfile::tempdir().unwrap();
        let first = [
            File::new("index.html", "one"),
            File::new("qr/a.svg", "a"),
            File::new("old.txt", "x"),
        ];
        let target = write_site(tmp.path(), "s", &first).unwrap();
        assert_eq!(read(&target, "qr/a.svg"), "a");
        let second = [File::new("index.html", "two")];
        write_site(tmp.path(), "s", &second).unwrap();
        assert_eq!(read(&target, "index.html"), "two");
        assert!(
            !target.join("old.txt").exists(),
            "files of the previous build are gone"
        );
        let left: Vec<_> = std::fs::read_dir(tmp.path())
            .unwrap()
            .map(|e| e.unwrap().file_name())
            .collect();
        assert_eq!(left, ["s"], "no staging folder is left behind");
    }

    #[test]
    fn a_failed_write_leaves_the_previous_site() {
        let tmp = tempfile::tempdir().unwrap();
        let target = write_site(tmp.path(), "s", &[File::new("index.html", "good")]).unwrap();
        let err = write_site(
            tmp.path(),
            "s",
            &[File::new("index.html", "new"), File::new("../escape", "x")],
        )
        .unwrap_err();
        assert_eq!(err.action, "refused to write outside the site folder");
        assert_eq!(read(&target, "index.html"), "good");
        assert!(!tmp.path().join("escape").exists());
        assert_eq!(std::fs::read_dir(tmp.path()).unwrap().count(), 1);
    }

    #[test]
    fn only_valid_slugs_are_written() {
        let tmp = tempfile::tempdir().unwrap();
        let out = tmp.path().join("out");
        for slug in [
            "", ".", "..", "../x", "/abs", "a/b", "A", "-a", ".a", "a\\b", "a\0",
        ] {
            let err = write_site(&out, slug, &[File::new("index.html", "x")]).unwrap_err();
            assert_eq!(err.action, "refused to write the site", "{slug:?}");
        }
        assert!(!tmp.path().join("x").exists() && !Path::new("/abs").exists());
    }

    #[test]
    fn staging_folders_of_dead_builds_are_removed() {
        let tmp = tempfile::tempdir().unwrap();
        // Pid 2^22 + 1 is above Linux's pid_max: no such process.
        let dead = tmp.path().join(".s.tmp-4194305-0");
        let dead_old = tmp.path().join(".s.tmp-4194305-1.old");
        let live = tmp.path().join(format!(".s.tmp-{}-99", std::process::id()));
        let other = tmp.path().join(".t.tmp-4194305-0");
        for dir in [&dead, &dead_old, &live, &other] {
            std::fs::create_dir_all(dir.join("go")).unwrap();
        }
        let not_staging = tmp.path().join(".s.tmpx-4194305-0");
        std::fs::create_dir_all(&not_staging).unwrap();
        remove_stale_staging(tmp.path());
        assert!(!dead.exists() && !dead_old.exists() && !other.exists());
        assert!(live.exists(), "this process's own folder stays");
        assert!(not_staging.exists(), "only staging folders are removed");
    }

    #[test]
    fn folders_of_killed_servers_are_swept_and_live_ones_kept() {
        let tmp = tempfile::tempdir().unwrap();
        let mut child = std::process::Command::new("true").spawn().unwrap();
        let dead = child.id();
        child.wait().unwrap();
        let stale = tmp.path().join(format!("hutong-serve-{dead}-1"));
        let live = tmp
            .path()
            .join(format!("hutong-serve-{}-1", std::process::id()));
        let other = tmp.path().join("hutong-serve-notapid");
        // Pid 1 lives, whoever owns it: `EPERM` does not mean gone.
        let init = tmp.path().join("hutong-serve-1-1");
        for dir in [&stale, &live, &other, &init] {
            std::fs::create_dir_all(dir.join("site")).unwrap();
        }
        sweep_stale(tmp.path(), "hutong-serve-");
        let left = (stale.exists(), live.exists(), other.exists(), init.exists());
        assert_eq!(left, (false, true, true, true));
    }

    #[test]
    fn only_plain_relative_paths_are_joined() {
        let root = Path::new("/out");
        assert_eq!(
            safe_join(root, "go/a/index.html"),
            Some(PathBuf::from("/out/go/a/index.html"))
        );
        for bad in [
            "",
            "/etc/x",
            "../x",
            "a/../../x",
            "./a",
            "a/./b",
            "a//b",
            "a/",
            "a\\..\\x",
        ] {
            assert_eq!(safe_join(root, bad), None, "{bad}");
        }
    }
}
