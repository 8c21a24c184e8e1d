//! The record of what was built: `<out>/.hutong/built.json`.
//!
//! Takes the output folder; gives, per site slug, the [`Entry`] its last successful
//! build left: the digest of its inputs ([`super::fingerprint`]), the instant from which
//! its output changes by itself (a schedule), and what was written. A batch compares
//! its sites with it to skip those that are up to date, and merges its own builds into
//! it. It does not build or decide anything.
//!
//! The record sits beside the sites' folders, never in one: it is not deployed with a
//! site, and a CI cache of the output folder carries it. It is small (one line per
//! site, with the site's warnings) and deterministic (sites sorted, no times of day),
//! so a rebuild and a fresh build asked for the same language leave the same bytes. A record that does not parse, or was written by another
//! version of hutong or with another layout, reads as empty: everything is built
//! again, never a stale site kept.
//!
//! Writes are atomic (a temporary file renamed over the record) and read-merge-write
//! under an exclusive lock on `.hutong/lock`, so that batches of different shards
//! writing into one output folder at the same time keep each other's entries.

use std::collections::BTreeMap;
use std::io::Write as _;
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use crate::build::Counts;

/// The folder of the record, inside the output folder. Slugs never start with a dot,
/// so no site can be called this.
pub const DIR: &str = ".hutong";
/// The record's file, inside [`DIR`].
pub const FILE: &str = "built.json";

/// Bumped when the output folder's layout or this record's meaning changes in a way
/// hutong's version does not show: every site is then built again.
pub const LAYOUT: u32 = 2;

/// The hutong that writes the record: its version and the id of the sources it was
/// built from (`build.rs`). Pages, QR codes and the platform registry are compiled in,
/// so another version — or the same version built from changed templates — may write
/// any site differently.
pub const VERSION: &str = concat!(env!("CARGO_PKG_VERSION"), "+", env!("HUTONG_BUILD_ID"));

/// What a site's last successful build was made from and wrote.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Entry {
    /// The digest of everything in the site folder ([`super::fingerprint::inputs`]).
    pub inputs: String,
    /// From this instant (Unix seconds) the site's output differs from what was built,
    /// though no input changed: a scheduled account appears or leaves. `None`: never.
    pub rebuild_at: Option<i64>,
    /// That instant's day in the site's time zone (`YYYY-MM-DD`), as the build reported
    /// it.
    pub changes_on: Option<String>,
    pub wrote: Counts,
    /// The size of the hub page, `index.html`, which tells a deleted or edited output
    /// folder ([`super::fingerprint::output_intact`]).
    pub hub_bytes: u64,
    /// The build's warnings, shown again while the site is up to date (reading the
    /// profile again would cost most of what skipping the build saves).
    pub warnings: Vec<Warning>,
}

/// A warning of a site's build, as a diagnostic holds it (without the severity: errors
/// leave no entry, the build having failed).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Warning {
    pub code: String,
    /// The language tag of `message` and `hint` (`en`, `zh-Hans`, `zh-Hant`).
    pub lang: String,
    pub message: String,
    pub hint: Option<String>,
    /// The file beside `site.yaml` it is about (`keys.lock`), when not the profile.
    pub file: Option<String>,
    /// Line, column, and the byte range in `site.yaml`, when it has a place there.
    pub at: Option<[usize; 4]>,
    /// Whether the source line is shown with a caret.
    pub excerpt: bool,
}

#[derive(Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct File {
    layout: u32,
    hutong: String,
    sites: BTreeMap<String, Entry>,
}

/// The record's entries by slug.
pub type Entries = BTreeMap<String, Entry>;

fn path(out_dir: &Path) -> PathBuf {
    out_dir.join(DIR).join(FILE)
}

/// The entries recorded in `out_dir`; empty when there is no record, or one that does
/// not parse or belongs to another version or layout.
pub fn read(out_dir: &Path) -> Entries {
    let Ok(bytes) = std::fs::read(path(out_dir)) else {
        return Entries::new();
    };
    match serde_json::from_slice::<File>(&bytes) {
        Ok(file) if file.layout == LAYOUT && file.hutong == VERSION => file.sites,
        _ => Entries::new(),
    }
}

/// The record's text for `sites`: one site per line, in slug order.
fn text(sites: &Entries) -> String {
    let mut out = format!(
        "{{\"layout\":{LAYOUT},\"hutong\":{},\"sites\":{{",
        serde_json::to_string(VERSION).expect("a string serialises")
    );
    for (i, (slug, entry)) in sites.iter().enumerate() {
        out.push_str(if i == 0 { "\n" } else { ",\n" });
        out.push_str(&serde_json::to_string(slug).expect("a string serialises"));
        out.push(':');
        out.push_str(&serde_json::to_string(entry).expect("an entry serialises"));
    }
    out.push_str("\n}}\n");
    out
}

/// Updates the record in `out_dir`: the entries of `remove` go, those of `insert` are
/// set, and every other entry stays as the record on disk has it now (another shard's
/// batch may have written since this one read it). Does nothing when there is nothing
/// to change, so a batch that built nothing leaves no record behind.
pub fn update(out_dir: &Path, remove: &[&str], insert: &Entries) -> std::io::Result<()> {
    // Without a record there is nothing to remove: no folder is made for nothing (an
    // output folder that cannot be made is the sites' error to report, not the record's).
    if insert.is_empty() && (remove.is_empty() || !path(out_dir).exists()) {
        return Ok(());
    }
    let dir = out_dir.join(DIR);
    std::fs::create_dir_all(&dir)?;
    let _lock = Lock::take(&dir.join("lock"))?;
    // A temporary record is only written under the lock: one found now is what a killed
    // batch left.
    let prefix = format!("{FILE}.tmp-");
    for entry in std::fs::read_dir(&dir)?.flatten() {
        if entry.file_name().to_string_lossy().starts_with(&prefix) {
            let _ = std::fs::remove_file(entry.path());
        }
    }
    let mut sites = read(out_dir);
    let before = sites.clone();
    for slug in remove {
        sites.remove(*slug);
    }
    sites.extend(insert.iter().map(|(k, v)| (k.clone(), v.clone())));
    if sites == before {
        return Ok(());
    }
    let temp = dir.join(format!("{FILE}.tmp-{}", std::process::id()));
    let result = (|| {
        let mut file = std::fs::File::create(&temp)?;
        // Not fsynced, as the sites' files are not (see `output`): the rename protects
        // against a killed batch; after a power loss, `--force`.
        file.write_all(text(&sites).as_bytes())?;
        std::fs::rename(&temp, path(out_dir))
    })();
    if result.is_err() {
        let _ = std::fs::remove_file(&temp);
    }
    result
}

/// An exclusive advisory lock on a file, released when dropped (the file is closed).
struct Lock(#[allow(dead_code)] std::fs::File);

impl Lock {
    fn take(path: &Path) -> std::io::Result<Lock> {
        let file = std::fs::OpenOptions::new()
            .create(true)
            .truncate(false)
            .write(true)
            .open(path)?;
        file.lock()?;
        Ok(Lock(file))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn entry(inputs: &str) -> Entry {
        Entry {
            inputs: inputs.to_owned(),
            rebuild_at: None,
            changes_on: None,
            wrote: Counts {
                pages: 2,
                qr_codes: 1,
                files: 3,
                bytes: 100,
            },
            hub_bytes: 10,
            warnings: Vec::new(),
        }
    }

    fn entries(pairs: &[(&str, &str)]) -> Entries {
        pairs
            .iter()
            .map(|(slug, inputs)| (slug.to_string(), entry(inputs)))
            .collect()
    }

    #[test]
    fn entries_round_trip_and_merge_with_what_is_on_disk() {
        let tmp = tempfile::tempdir().unwrap();
        assert!(read(tmp.path()).is_empty());
        update(tmp.path(), &[], &Entries::new()).unwrap();
        assert!(
            !tmp.path().join(DIR).exists(),
            "nothing to record, no record"
        );

        update(tmp.path(), &[], &entries(&[("a", "1"), ("b", "2")])).unwrap();
        // Another shard's batch, which read the record before the first wrote it.
        update(tmp.path(), &["z"], &entries(&[("c", "3")])).unwrap();
        assert_eq!(
            read(tmp.path()),
            entries(&[("a", "1"), ("b", "2"), ("c", "3")])
        );
        update(tmp.path(), &["a"], &entries(&[("b", "4")])).unwrap();
        assert_eq!(read(tmp.path()), entries(&[("b", "4"), ("c", "3")]));
        let left: Vec<_> = std::fs::read_dir(tmp.path().join(DIR))
            .unwrap()
            .map(|e| e.unwrap().file_name().into_string().unwrap())
            .collect::<std::collections::BTreeSet<_>>()
            .into_iter()
            .collect();
        assert_eq!(left, [FILE, "lock"], "no temporary file left");
    }

    #[test]
    fn the_text_is_one_sorted_line_per_site() {
        let text = text(&entries(&[("b", "2"), ("a", "1")]));
        let lines: Vec<&str> = text.lines().collect();
        assert_eq!(lines.len(), 4, "{text}");
        assert!(lines[1].starts_with("\"a\":{\"inputs\":\"1\""), "{text}");
        assert!(lines[2].starts_with("\"b\":"), "{text}");
        let file: File = serde_json::from_str(&text).unwrap();
        assert_eq!(file.sites.len(), 2);
    }

    #[test]
    fn a_foreign_or_broken_record_reads_as_empty() {
        let tmp = tempfile::tempdir().unwrap();
        update(tmp.path(), &[], &entries(&[("a", "1")])).unwrap();
        let good = std::fs::read_to_string(path(tmp.path())).unwrap();
        for bad in [
            good.replace(
                &format!("\"hutong\":\"{VERSION}\""),
                "\"hutong\":\"0.0.0-other\"",
            ),
            good.replace(&format!("\"layout\":{LAYOUT}"), "\"layout\":999"),
            good.replace("\"warnings\"", "\"unknown\""),
            good[..good.len() / 2].to_owned(),
            "\u{0}\u{1}binary".to_owned(),
        ] {
            assert_ne!(bad, good);
            std::fs::write(path(tmp.path()), &bad).unwrap();
            assert!(read(tmp.path()).is_empty(), "{bad}");
        }
    }
}
