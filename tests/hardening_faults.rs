//! Nothing lost on faults. The real binary builds over a previous complete build and is
//! killed with SIGKILL at points spread over its run, runs out of disk (a small tmpfs,
//! and separately a file-size limit that makes every write fail past a few bytes),
//! meets a read-only output folder, and races another build of the same site. Each time
//! the output is the previous site or the new one, complete and byte for byte — never
//! a mix — and a batch with bad sites still writes the good ones.
//!
//! How the faults are made, as root (which ignores permission bits) and not:
//! - full disk: `mount -t tmpfs -o size=…` as root; `RLIMIT_FSIZE` (with SIGXFSZ ignored,
//!   so writes fail with EFBIG) for anyone — both run, so nothing is skipped;
//! - read-only: as root a tmpfs remounted `ro`, else `chmod 0555`. When `CI=true` and
//!   root cannot mount, the test fails instead of skipping.

mod common;

use std::collections::BTreeMap;
use std::os::unix::process::CommandExt as _;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Output, Stdio};
use std::time::{Duration, Instant};

use common::cli::{assert_success, bin, stderr};
use common::site::{names, read_tree, write_site};
use common::tools::in_ci;
use common::{assert_contains, within};

type Tree = BTreeMap<String, Vec<u8>>;

fn is_root() -> bool {
    // SAFETY: geteuid has no preconditions and cannot fail.
    unsafe { libc::geteuid() == 0 }
}

/// A profile of `accounts` Bilibili accounts named `name`: 500 make about 1,500 files
/// and 5.6 MiB, so a debug build takes a few seconds, most of it writing.
fn profile(name: &str, accounts: usize) -> String {
    let mut s = format!(
        "name: {name}\nbase_url: https://x.example/\nbio: |\n  {}\naccounts:\n",
        "word ".repeat(400)
    );
    for i in 0..accounts {
        s.push_str(&format!(
            "  - platform: bilibili\n    id: \"{}\"\n    label: {name} {i}\n    note: note {i}\n",
            i + 1
        ));
    }
    s
}

fn build_command(sites: &[&Path], out: &Path) -> Command {
    let mut command = Command::new(bin());
    command
        .arg("build")
        .args(sites)
        .arg("-o")
        .arg(out)
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    command
}

fn build(sites: &[&Path], out: &Path) -> Output {
    build_command(sites, out).output().unwrap()
}

/// Builds `yaml` as site `slug` into a fresh folder and returns the complete output.
fn reference(root: &Path, slug: &str, yaml: &str) -> Tree {
    let dir = root.join(format!("ref-{}", names_count(root)));
    let site = write_site(&dir, slug, yaml);
    let out = dir.join("out");
    let result = build(&[&site], &out);
    assert_success(&result);
    read_tree(&out.join(slug))
}

fn names_count(root: &Path) -> usize {
    std::fs::read_dir(root).map_or(0, |d| d.count())
}

/// The output folder holds exactly one of the complete trees.
fn assert_one_of(out: &Path, slug: &str, trees: &[(&str, &Tree)], when: &str) {
    let got = read_tree(&out.join(slug));
    let matched = trees.iter().find(|(_, t)| **t == got);
    assert!(
        matched.is_some(),
        "{when}: {slug} is a mix ({} files; the candidates have {:?})",
        got.len(),
        trees.iter().map(|(n, t)| (*n, t.len())).collect::<Vec<_>>()
    );
}

/// Staging folders (`.<slug>.tmp-…`) in the output folder.
fn staging_left(out: &Path) -> Vec<String> {
    names(out)
        .into_iter()
        .filter(|n| n.starts_with('.'))
        .collect()
}

/// Accounts in the site that is killed while it builds: 200 make about 600 files and
/// 2.3 MiB, a second or so of a debug build, most of it writing.
const BIG: usize = 200;

#[test]
fn a_build_killed_at_any_point_leaves_a_complete_site() {
    let tmp = tempfile::tempdir().unwrap();
    let root = tmp.path();
    let old = reference(root, "big", &profile("Old", BIG));
    let new = reference(root, "big", &profile("New", BIG));
    assert_ne!(old, new);

    let site = write_site(&root.join("sites"), "big", &profile("New", BIG));
    let out = root.join("out");
    // Time one full build over the old site, to spread the kills over a whole run.
    let seed = write_site(&root.join("seed"), "big", &profile("Old", BIG));
    assert!(build(&[&seed], &out).status.success());
    let start = Instant::now();
    assert!(build(&[&site], &out).status.success());
    let full = start.elapsed();
    assert_one_of(&out, "big", &[("new", &new)], "after a full build");

    let mut outcomes = Vec::new();
    for percent in [5, 35, 60, 80, 90, 97, 105] {
        // Back to the old site, then a new build killed part-way.
        assert!(build(&[&seed], &out).status.success());
        assert_one_of(&out, "big", &[("old", &old)], "before the kill");
        let mut child: Child = build_command(&[&site], &out).spawn().unwrap();
        std::thread::sleep(full * percent / 100);
        let _ = child.kill(); // SIGKILL
        let status = child.wait().unwrap();
        assert_one_of(
            &out,
            "big",
            &[("old", &old), ("new", &new)],
            &format!("killed at {percent}% ({status})"),
        );
        outcomes.push((percent, read_tree(&out.join("big")) == new));
    }
    // A killed build may leave its staging folder; the next build removes it.
    assert!(build(&[&site], &out).status.success());
    assert_eq!(staging_left(&out), Vec::<String>::new());
    assert_eq!(names(&out), ["big"]);
    // The kills did land mid-build: early ones kept the old site.
    assert!(!outcomes[0].1, "{outcomes:?}");
}

/// A tmpfs mounted for the test and unmounted when it ends (even by a panic).
struct Mount(PathBuf);

impl Mount {
    fn tmpfs(dir: &Path, size: &str) -> Option<Mount> {
        std::fs::create_dir_all(dir).unwrap();
        let ok = Command::new("mount")
            .args([
                "-t",
                "tmpfs",
                "-o",
                &format!("size={size},mode=0755"),
                "tmpfs",
            ])
            .arg(dir)
            .stderr(Stdio::null())
            .status()
            .is_ok_and(|s| s.success());
        ok.then(|| Mount(dir.to_path_buf()))
    }

    fn remount(&self, options: &str) {
        let status = Command::new("mount")
            .args(["-o", &format!("remount,{options}")])
            .arg(&self.0)
            .status()
            .unwrap();
        assert!(status.success(), "remount {options}");
    }
}

impl Drop for Mount {
    fn drop(&mut self) {
        let _ = Command::new("umount").arg("-l").arg(&self.0).status();
    }
}

/// Root may mount; a root that cannot (a container without the capability) outside CI
/// skips, inside CI fails, so a green CI always ran the test.
fn tmpfs_or_skip(dir: &Path, size: &str, what: &str) -> Option<Mount> {
    if !is_root() {
        return None;
    }
    let mount = Mount::tmpfs(dir, size);
    if mount.is_none() {
        assert!(
            !in_ci(),
            "{what}: root cannot mount a tmpfs here, and CI must not skip"
        );
        eprintln!("{what}: cannot mount a tmpfs; that variant is skipped");
    }
    mount
}

#[test]
fn a_full_disk_leaves_the_previous_site() {
    let tmp = tempfile::tempdir().unwrap();
    let root = tmp.path();
    let small = profile("Old", 1);
    let old = reference(root, "s", &small);
    let first = write_site(&root.join("first"), "s", &small);
    let second = write_site(&root.join("second"), "s", &profile("New", 500));

    // 1. A 1 MiB tmpfs: the old site fits, the new one (5.6 MiB) does not.
    if let Some(mount) = tmpfs_or_skip(&root.join("disk"), "1m", "full disk") {
        let out = mount.0.join("out");
        assert!(build(&[&first], &out).status.success());
        let result = build(&[&second], &out);
        let text = stderr(&result);
        assert_eq!(result.status.code(), Some(1), "{text}");
        assert_contains(&text, "No space left on device");
        assert!(
            text.contains("cannot write") || text.contains("cannot create"),
            "{text}"
        );
        assert_one_of(&out, "s", &[("old", &old)], "after ENOSPC");
        assert_eq!(
            staging_left(&out),
            Vec::<String>::new(),
            "the failed staging is removed"
        );
    }

    // 2. A file-size limit: every file past 4 KiB fails with EFBIG, anywhere, as anyone.
    let out = root.join("out");
    assert!(build(&[&first], &out).status.success());
    let mut command = build_command(&[&second], &out);
    // SAFETY: between fork and exec only async-signal-safe calls (setrlimit, signal).
    unsafe {
        command.pre_exec(|| {
            let limit = libc::rlimit {
                rlim_cur: 4096,
                rlim_max: 4096,
            };
            if libc::setrlimit(libc::RLIMIT_FSIZE, &limit) != 0 {
                return Err(std::io::Error::last_os_error());
            }
            libc::signal(libc::SIGXFSZ, libc::SIG_IGN);
            Ok(())
        });
    }
    let result = command.output().unwrap();
    let text = stderr(&result);
    assert_eq!(result.status.code(), Some(1), "{text}");
    assert_contains(&text, "File too large");
    assert!(
        text.contains("cannot write"),
        "the error names the file: {text}"
    );
    assert_one_of(&out, "s", &[("old", &old)], "after EFBIG");
    assert_eq!(staging_left(&out), Vec::<String>::new());
}

#[test]
fn a_read_only_output_folder_leaves_the_previous_site() {
    let tmp = tempfile::tempdir().unwrap();
    let root = tmp.path();
    let old = reference(root, "s", &profile("Old", 2));
    let first = write_site(&root.join("first"), "s", &profile("Old", 2));
    let second = write_site(&root.join("second"), "s", &profile("New", 3));
    let check = |out: &Path, says: &str| {
        let result = build(&[&second], out);
        let text = stderr(&result);
        assert_eq!(result.status.code(), Some(1), "{text}");
        assert_contains(&text, says);
        assert_contains(&text, "previous output kept");
        assert_one_of(out, "s", &[("old", &old)], says);
    };
    if is_root() {
        // Root ignores 0555; a read-only mount stops it.
        let Some(mount) = tmpfs_or_skip(&root.join("ro"), "16m", "read-only folder") else {
            return;
        };
        let out = mount.0.join("out");
        assert!(build(&[&first], &out).status.success());
        mount.remount("ro");
        check(&out, "Read-only file system");
        mount.remount("rw");
    } else {
        use std::os::unix::fs::PermissionsExt as _;
        let out = root.join("out");
        assert!(build(&[&first], &out).status.success());
        std::fs::set_permissions(&out, std::fs::Permissions::from_mode(0o555)).unwrap();
        check(&out, "Permission denied");
        std::fs::set_permissions(&out, std::fs::Permissions::from_mode(0o755)).unwrap();
    }
}

#[test]
fn racing_builds_end_with_one_complete_site() {
    let tmp = tempfile::tempdir().unwrap();
    let root = tmp.path();
    let a_yaml = profile("A", 120);
    let b_yaml = profile("B", 80);
    let a = reference(root, "s", &a_yaml);
    let b = reference(root, "s", &b_yaml);
    let site_a = write_site(&root.join("a"), "s", &a_yaml);
    let site_b = write_site(&root.join("b"), "s", &b_yaml);
    let out = root.join("out");
    for round in 0..8 {
        if round % 2 == 0 {
            // Half the rounds start with no site, where both builds try a plain rename.
            let _ = std::fs::remove_dir_all(out.join("s"));
        }
        let first = build_command(&[&site_a], &out).spawn().unwrap();
        let second = build_command(&[&site_b], &out).spawn().unwrap();
        for child in [first, second] {
            let result = child.wait_with_output().unwrap();
            assert!(
                result.status.success(),
                "round {round}: a racing build failed: {}",
                stderr(&result)
            );
        }
        assert_one_of(
            &out,
            "s",
            &[("a", &a), ("b", &b)],
            &format!("round {round}"),
        );
        assert_eq!(names(&out), ["s"], "round {round}: leftovers");
    }
}

#[test]
fn a_batch_with_bad_sites_still_writes_the_good_ones() {
    let tmp = tempfile::tempdir().unwrap();
    let root = tmp.path();
    let sites = root.join("sites");
    let out = root.join("out");
    let good = |name: &str| profile(name, 2);
    // Every site first builds fine.
    let slugs = ["good-1", "bad-yaml", "bad-avatar", "fifo", "good-2"];
    for slug in slugs {
        write_site(&sites, slug, &good(slug));
    }
    let dirs: Vec<PathBuf> = slugs.iter().map(|s| sites.join(s)).collect();
    let refs: Vec<&Path> = dirs.iter().map(PathBuf::as_path).collect();
    assert!(build(&refs, &out).status.success());
    let before: BTreeMap<&str, Tree> = slugs
        .iter()
        .map(|s| (*s, read_tree(&out.join(s))))
        .collect();

    // Then three break, in three ways, and the good ones change.
    write_site(&sites, "bad-yaml", "name: [unclosed\n");
    write_site(
        &sites,
        "bad-avatar",
        &format!("avatar: ../good-1/site.png\n{}", good("bad-avatar")),
    );
    std::fs::remove_file(sites.join("fifo/site.yaml")).unwrap();
    let status = Command::new("mkfifo")
        .arg(sites.join("fifo/site.yaml"))
        .status()
        .unwrap();
    assert!(status.success());
    write_site(&sites, "good-1", &good("good-1 again"));
    write_site(&sites, "good-2", &good("good-2 again"));
    let new_1 = reference(root, "good-1", &good("good-1 again"));
    let new_2 = reference(root, "good-2", &good("good-2 again"));

    let result = within(
        Duration::from_secs(30),
        "a FIFO must not hang the batch",
        || build(&refs, &out),
    );
    let text = stderr(&result);
    assert_eq!(result.status.code(), Some(1), "{text}");
    assert_contains(&text, "3 sites failed (previous output kept)");
    for slug in ["bad-yaml", "bad-avatar", "fifo"] {
        assert!(
            text.contains(&format!("{slug}/site.yaml")),
            "{slug}: {text}"
        );
        assert_eq!(read_tree(&out.join(slug)), before[slug], "{slug} changed");
    }
    assert_one_of(&out, "good-1", &[("new", &new_1)], "good-1");
    assert_one_of(&out, "good-2", &[("new", &new_2)], "good-2");
    assert_eq!(
        names(&out),
        slugs
            .iter()
            .copied()
            .collect::<std::collections::BTreeSet<_>>()
            .into_iter()
            .collect::<Vec<_>>()
    );
}

/// The same race, made tight: threads that reach the swap at the same moment (a
/// barrier), half the rounds with no site yet. Before, the loser of a plain rename
/// failed with "Directory not empty" and its build reported an error.
#[test]
fn writes_of_one_site_that_meet_at_the_swap_all_succeed() {
    use hutong::output::{File, write_site as write};
    use std::sync::{Arc, Barrier};
    let tmp = tempfile::tempdir().unwrap();
    let out = tmp.path().to_path_buf();
    let threads = 4;
    for round in 0..40 {
        if round % 2 == 0 {
            let _ = std::fs::remove_dir_all(out.join("s"));
        }
        let barrier = Arc::new(Barrier::new(threads));
        let handles: Vec<_> = (0..threads)
            .map(|t| {
                let (barrier, out) = (barrier.clone(), out.clone());
                std::thread::spawn(move || {
                    let files = [
                        File::new("index.html", format!("site {t}")),
                        File::new("go/a/index.html", format!("go {t}")),
                    ];
                    barrier.wait();
                    write(&out, "s", &files).map_err(|e| e.to_string())
                })
            })
            .collect();
        for handle in handles {
            handle
                .join()
                .unwrap()
                .unwrap_or_else(|e| panic!("round {round}: {e}"));
        }
        let tree = read_tree(&out.join("s"));
        let index = String::from_utf8(tree["index.html"].clone()).unwrap();
        let t = index.strip_prefix("site ").unwrap();
        assert_eq!(
            tree["go/a/index.html"],
            format!("go {t}").into_bytes(),
            "a mix"
        );
        assert_eq!(names(&out), ["s"], "round {round}: leftovers");
    }
}
