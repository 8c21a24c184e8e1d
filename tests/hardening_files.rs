//! Files stay where they belong. An avatar is a regular file inside its site's folder —
//! `..`, absolute paths, URLs, symlinks out of the folder, device files, FIFOs,
//! folders and oversized files are refused with a clear error and exit 1 — and a build
//! writes nothing outside `-o DIR/<slug>`, whatever the site folder is called, whatever
//! the keys, and whatever already lies in the output folder.

mod common;

use std::path::Path;
use std::process::{Command, Output, Stdio};
use std::time::Duration;

use common::cli::bin;
use common::site::{names, read_tree, write_site};
use common::within;
use hutong::profile::{self, MAX_AVATAR_BYTES};

/// A 1×1 PNG.
const PNG: &[u8] = &[
    0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52,
    0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x01, 0x08, 0x06, 0x00, 0x00, 0x00, 0x1f, 0x15, 0xc4,
    0x89, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x44, 0x41, 0x54, 0x78, 0x9c, 0x63, 0xf8, 0xcf, 0xc0, 0xf0,
    0x1f, 0x00, 0x05, 0x00, 0x01, 0xff, 0x89, 0x99, 0x3d, 0x1d, 0x00, 0x00, 0x00, 0x00, 0x49, 0x45,
    0x4e, 0x44, 0xae, 0x42, 0x60, 0x82,
];

fn with_avatar(avatar: &str) -> String {
    format!(
        "name: x\nbase_url: https://x.example/\navatar: {avatar}\naccounts:\n  - platform: bilibili\n    id: \"1\"\n"
    )
}

fn build(root: &Path, slug: &str) -> Output {
    Command::new(bin())
        .args(["build", slug, "-o", "out"])
        .current_dir(root)
        .stdin(Stdio::null())
        .output()
        .unwrap()
}

/// `hutong build` refuses the site with exit 1 and an error saying `says`, at the
/// `avatar` line, and writes nothing for it.
fn refused(root: &Path, slug: &str, says: &str) {
    let out = within(Duration::from_secs(10), slug, || build(root, slug));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{slug}: {stderr}");
    assert!(
        stderr.contains(says),
        "{slug}: expected {says:?} in {stderr}"
    );
    assert!(
        stderr.contains(&format!("{slug}/site.yaml:3:9: ")),
        "{slug}: the error points at the avatar line: {stderr}"
    );
    assert!(!root.join("out").join(slug).exists(), "{slug} was written");
}

#[test]
fn avatar_paths_out_of_the_folder_are_refused_by_the_rules() {
    let tmp = tempfile::tempdir().unwrap();
    for (slug, avatar, says) in [
        (
            "dotdot",
            "../secret.png",
            "must stay inside the site's folder",
        ),
        (
            "dotdot-deep",
            "img/../../secret.png",
            "must stay inside the site's folder",
        ),
        (
            "dotdot-back",
            "img\\..\\..\\secret.png",
            "must stay inside the site's folder",
        ),
        (
            "absolute",
            "/etc/passwd.png",
            "must be a file name relative to site.yaml",
        ),
        (
            "windows",
            "'C:\\x.png'",
            "must be a file name relative to site.yaml",
        ),
        (
            "unc",
            "'\\\\server\\x.png'",
            "must be a file name relative to site.yaml",
        ),
        ("url", "https://evil.example/a.png", "not a web address"),
        ("file-url", "file:///etc/a.png", "not a web address"),
        ("not-image", "site.yaml", "not an image type"),
        ("no-ext", "avatar", "not an image type"),
    ] {
        write_site(tmp.path(), slug, &with_avatar(avatar));
        refused(tmp.path(), slug, says);
    }
}

#[test]
fn avatar_files_that_are_not_files_in_the_folder_are_refused() {
    use std::os::unix::fs::symlink;
    let tmp = tempfile::tempdir().unwrap();
    let root = tmp.path();
    let outside = root.join("outside");
    std::fs::create_dir(&outside).unwrap();
    std::fs::write(outside.join("secret.png"), PNG).unwrap();

    let site = |slug: &str| write_site(root, slug, &with_avatar("avatar.png"));

    let dir = site("link-out");
    symlink(outside.join("secret.png"), dir.join("avatar.png")).unwrap();
    refused(root, "link-out", "leads outside the site's folder");

    let dir = site("link-relative-out");
    symlink("../outside/secret.png", dir.join("avatar.png")).unwrap();
    refused(root, "link-relative-out", "leads outside the site's folder");

    let dir = write_site(root, "folder-link-out", &with_avatar("img/secret.png"));
    symlink(&outside, dir.join("img")).unwrap();
    refused(root, "folder-link-out", "leads outside the site's folder");

    let dir = site("link-dev");
    symlink("/dev/zero", dir.join("avatar.png")).unwrap();
    refused(root, "link-dev", "leads outside the site's folder");

    let dir = site("link-proc");
    symlink("/proc/self/environ", dir.join("avatar.png")).unwrap();
    refused(root, "link-proc", "leads outside the site's folder");

    let dir = site("dangling");
    symlink("nowhere.png", dir.join("avatar.png")).unwrap();
    refused(root, "dangling", "does not exist");

    site("missing");
    refused(root, "missing", "does not exist");

    let dir = site("a-folder");
    std::fs::create_dir(dir.join("avatar.png")).unwrap();
    refused(root, "a-folder", "is not a regular file");

    let dir = site("fifo");
    let ok = Command::new("mkfifo")
        .arg(dir.join("avatar.png"))
        .status()
        .unwrap();
    assert!(ok.success());
    refused(root, "fifo", "is not a regular file");

    // A character device inside the folder (only root can make one).
    // SAFETY: geteuid has no preconditions.
    if unsafe { libc::geteuid() } == 0 {
        let dir = site("device");
        let ok = Command::new("mknod")
            .arg(dir.join("avatar.png"))
            .args(["c", "1", "5"]) // /dev/zero's numbers
            .status()
            .unwrap();
        assert!(ok.success());
        refused(root, "device", "is not a regular file");
    }

    // Over 5 MiB (sparse: refused by its size, not read).
    let dir = site("huge");
    let file = std::fs::File::create(dir.join("avatar.png")).unwrap();
    file.set_len(MAX_AVATAR_BYTES + 1).unwrap();
    refused(root, "huge", "over the limit of 5242880 bytes");

    // What is fine: a file, and a link to a file, inside the folder.
    let dir = site("inside");
    std::fs::create_dir(dir.join("img")).unwrap();
    std::fs::write(dir.join("img/real.png"), PNG).unwrap();
    symlink("img/real.png", dir.join("avatar.png")).unwrap();
    let out = build(root, "inside");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let tree = read_tree(&root.join("out/inside"));
    let avatar: Vec<&String> = tree.keys().filter(|k| k.starts_with("avatar-")).collect();
    assert_eq!(avatar.len(), 1, "{avatar:?}");
    assert_eq!(tree[avatar[0]], PNG);
    assert!(profile::load(&dir).profile().is_some());
}

/// Site folders whose names are not slugs never become output folders.
#[test]
fn folder_names_that_are_not_slugs_are_refused() {
    let tmp = tempfile::tempdir().unwrap();
    let root = tmp.path();
    let yaml = with_avatar("a.png").replace("avatar: a.png\n", "");
    for name in [
        "Upper",
        "a b",
        "-dash",
        ".hidden",
        "a.b",
        "a_b",
        "中文",
        &"a".repeat(64),
    ] {
        let dir = write_site(root, name, &yaml);
        let out = Command::new(bin())
            .arg("build")
            .arg(&dir)
            .args(["-o", "out"])
            .current_dir(root)
            .stdin(Stdio::null())
            .output()
            .unwrap();
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(1), "{name}: {stderr}");
        assert!(
            stderr.contains("cannot be a site's slug"),
            "{name}: {stderr}"
        );
    }
    // A path that ends in `..` or `.` has no folder name at all.
    for arg in ["Upper/..", "."] {
        let out = Command::new(bin())
            .args(["build", arg, "-o", "out"])
            .current_dir(root)
            .stdin(Stdio::null())
            .output()
            .unwrap();
        assert_ne!(out.status.code(), Some(0), "{arg}");
    }
    assert!(
        !root.join("out").exists() || names(&root.join("out")).is_empty(),
        "{:?}",
        names(&root.join("out"))
    );
}

/// Every platform in one site (keys from the registry, repeats numbered): every file
/// the build writes is inside `out/<slug>`, and `out` holds nothing else.
#[test]
fn output_stays_inside_the_site_folder() {
    use std::os::unix::fs::symlink;
    let tmp = tempfile::tempdir().unwrap();
    let root = tmp.path();
    let mut yaml = String::from("name: x\nbase_url: https://x.example/\naccounts:\n");
    for p in hutong::platforms::all() {
        for _ in 0..2 {
            if p.id == "link" {
                yaml.push_str("  - platform: link\n    url: https://a.example/\n");
            } else {
                yaml.push_str(&format!(
                    "  - platform: {}\n    id: {}\n",
                    p.id,
                    common::site::yaml_quoted(p.forms[0].example)
                ));
                if let Some(rule) = &p.app_id {
                    yaml.push_str(&format!("    app_id: \"{}\"\n", rule.example));
                }
            }
        }
    }
    write_site(root, "all", &yaml);
    // A trap: the site's output folder is a symlink to a folder outside `out`.
    let elsewhere = root.join("elsewhere");
    std::fs::create_dir(&elsewhere).unwrap();
    std::fs::write(elsewhere.join("keep.txt"), "untouched").unwrap();
    std::fs::create_dir(root.join("out")).unwrap();
    symlink(&elsewhere, root.join("out/all")).unwrap();

    let out = build(root, "all");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert_eq!(names(&root.join("out")), ["all"]);
    assert!(
        !std::fs::symlink_metadata(root.join("out/all"))
            .unwrap()
            .file_type()
            .is_symlink(),
        "the link was replaced by the site, not written through"
    );
    assert_eq!(names(&elsewhere), ["keep.txt"]);
    let tree = read_tree(&root.join("out/all"));
    for path in tree.keys() {
        assert!(
            !path.contains("..") && !path.starts_with('/') && !path.contains('\\'),
            "{path}"
        );
        let first = path.split('/').next().unwrap();
        assert!(
            matches!(
                first,
                "index.html"
                    | "404.html"
                    | "go"
                    | "qr"
                    | "marks"
                    | "print"
                    | "contact.vcf"
                    | "robots.txt"
                    | "sitemap.xml"
                    | "favicon.svg"
                    | "_headers"
            ),
            "{path}"
        );
    }
    let keys = tree
        .keys()
        .filter_map(|p| p.strip_prefix("go/")?.strip_suffix("/index.html"))
        .count();
    assert_eq!(keys, hutong::platforms::all().len() * 2);
}
