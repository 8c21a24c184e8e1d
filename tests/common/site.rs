//! Making sites for tests: profiles as YAML text, built in memory with the library or
//! on disk for the real binary, and read back as a map of files.

#![allow(dead_code)] // each test crate uses some of these

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use hutong::build::{self, Timings};
use hutong::profile::{self, Assets};

/// A YAML double-quoted scalar holding `text` exactly, written in plain ASCII: every
/// character that is not printable ASCII is an escape (`\n`, `\t`, `\u`, `\U`), so
/// the file itself never holds a raw control or bidi character and the test reaches the
/// profile's rules, not YAML's.
pub fn yaml_quoted(text: &str) -> String {
    hutong::escape::yaml_quoted(text, |c| !c.is_ascii())
}

/// The files of a site built in memory from a profile's text (no avatar), by path.
/// Panics with the diagnostics when the profile has errors.
pub fn generate(yaml: &str) -> BTreeMap<String, Vec<u8>> {
    let parsed = profile::parse(yaml);
    let profile = parsed.profile.unwrap_or_else(|| {
        panic!(
            "expected a valid profile:\n{yaml}\n{:#?}",
            parsed.diagnostics
        )
    });
    let generated = build::generate(&Assets::default(), &profile, &mut Timings::default())
        .expect("a valid profile builds");
    generated
        .files
        .into_iter()
        .map(|f| (f.path, f.bytes))
        .collect()
}

/// The HTML pages of a built site (`index.html`, `go/*/index.html`, `404.html`).
pub fn pages(files: &BTreeMap<String, Vec<u8>>) -> Vec<(String, String)> {
    files
        .iter()
        .filter(|(path, _)| path.ends_with(".html"))
        .map(|(path, bytes)| {
            let html = String::from_utf8(bytes.clone()).expect("pages are UTF-8");
            (path.clone(), html)
        })
        .collect()
}

/// Writes `root/<slug>/site.yaml`: a site folder named by its path, as `hutong build
/// <path>` takes it. Returns the folder.
pub fn write_site(root: &Path, slug: &str, yaml: &str) -> PathBuf {
    let dir = root.join(slug);
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(dir.join("site.yaml"), yaml).unwrap();
    dir
}

/// Writes `project/sites/<slug>/site.yaml`: a site of a project, found by `hutong check`
/// and `hutong build` run in `project` by its slug alone. Returns the site's folder.
pub fn write_project_site(project: &Path, slug: &str, yaml: &str) -> PathBuf {
    write_site(&project.join("sites"), slug, yaml)
}

/// A temporary project holding one site, `sites/<slug>/site.yaml`: what `hutong check`
/// and `hutong build` run in its folder find. The folder goes when the value is dropped.
pub fn project_with_site(slug: &str, yaml: &str) -> tempfile::TempDir {
    let project = tempfile::tempdir().unwrap();
    write_project_site(project.path(), slug, yaml);
    project
}

/// Every file under `dir`, by path relative to it (with `/`).
pub fn read_tree(dir: &Path) -> BTreeMap<String, Vec<u8>> {
    read_tree_with(dir, &|path| std::fs::read(path).unwrap())
}

/// What `read` makes of every file under `dir`, by path relative to it (with `/`).
pub fn read_tree_with<T>(dir: &Path, read: &dyn Fn(&Path) -> T) -> BTreeMap<String, T> {
    let mut out = BTreeMap::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        for entry in std::fs::read_dir(&d).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                stack.push(path);
            } else {
                let rel = path
                    .strip_prefix(dir)
                    .unwrap()
                    .to_string_lossy()
                    .replace('\\', "/");
                out.insert(rel, read(&path));
            }
        }
    }
    out
}

/// The names in a folder, sorted, without the record of what was built (`.hutong`).
pub fn names(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        // The record of what was built, beside the sites of an output folder.
        .filter(|name| name != hutong::batch::record::DIR)
        .collect();
    names.sort();
    names
}
