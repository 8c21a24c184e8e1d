//! Many sites at once: every core busy, one CI shard of a list, one report, and only
//! the sites whose inputs changed.
//!
//! Takes site folders, an output folder and how many sites to build at once; gives a
//! [`Report`] with each site's [`SiteReport`] in the order the folders were given. Each
//! site goes through [`build::build_site_with`], the pipeline for one site; a site with
//! errors is reported and its previous output left as it was, while the others are
//! written.
//!
//! Builds are incremental: a site whose folder holds the same bytes as when its output
//! was written ([`fingerprint`]), by the same hutong (version and sources), whose output
//! folder is still there and whose schedule has not turned, is reported up to date and
//! not touched; [`record`] keeps what was built, in the output folder. `force` builds all.
//!
//! For CI it also gives [`shard`] (a stable 1/N slice of the sites, for a matrix of
//! jobs), a progress callback ([`build_with_progress`]), in [`json`] the report for
//! machines, and in [`digest`] what to tell people of many sites' warnings. It never prints: the command line draws and writes.

pub mod digest;
pub mod fingerprint;
pub mod json;
pub mod record;

use std::path::{Path, PathBuf};
use std::sync::Mutex;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant};

use jiff::Timestamp;
use serde::Serialize;
use sha2::{Digest, Sha256};

use crate::Lang;
use crate::build::{self, SiteReport, Timings, Written};
use crate::diagnostic::{Beside, Diagnostic, Location, Severity};
use crate::output::{self, OutputError};
use crate::profile::{self, Assets, Parsed, Site};
use fingerprint::Inputs;

/// What to build and where.
#[derive(Debug, Clone, Default)]
pub struct Options {
    /// Site folders (each holding `site.yaml`).
    pub sites: Vec<PathBuf>,
    /// The output folder; each site goes to `out_dir/<slug>/`.
    pub out_dir: PathBuf,
    /// Sites built at once; 0 means one per core.
    pub jobs: usize,
    /// The language of the profiles' diagnostics; `None`: each profile's own (see
    /// `profile::parse_with`).
    pub lang: Option<Lang>,
    /// Build every site, even those the record says are up to date.
    pub force: bool,
    /// The build's "now" in Unix seconds (`SOURCE_DATE_EPOCH`, else the clock), against
    /// which a site's `rebuild_at` is compared and at which every site is made. `None`:
    /// not known, so every site with such a date is built, at `SOURCE_DATE_EPOCH` or the
    /// clock (a variable that is no date fails each site, saying so).
    pub now: Option<i64>,
}

/// The outcome of a batch.
#[derive(Debug)]
pub struct Report {
    pub sites: Vec<SiteReport>,
    pub timings: Timings,
    pub elapsed: Duration,
    /// The record of what was built could not be written. The sites are fine; the next
    /// build may rebuild some that were up to date, never keep a stale one.
    pub record_error: Option<OutputError>,
}

impl Report {
    pub fn failed(&self) -> usize {
        self.sites.iter().filter(|s| !s.ok()).count()
    }

    /// Sites that were up to date, and not built.
    pub fn up_to_date(&self) -> usize {
        self.sites.iter().filter(|s| s.up_to_date).count()
    }
}

/// Builds every site of `options`, in parallel, each into `out_dir/<slug>/`.
pub fn build(options: &Options) -> Report {
    build_with_progress(options, &|_| {})
}

/// [`build()`], calling `progress` with each site's report as soon as that site is done
/// (from the worker thread that built it, in completion order).
///
/// In three steps: every site folder is hashed and compared with the record (the
/// up-to-date sites are done then); the sites to build lose their entries in the record
/// before any is built, so that a batch killed halfway leaves no entry claiming an
/// output it replaced; the sites are built, and the record gets their new entries.
pub fn build_with_progress(options: &Options, progress: &(dyn Fn(&SiteReport) + Sync)) -> Report {
    let start = Instant::now();
    let out_dir = &options.out_dir;
    output::remove_stale_staging(out_dir);
    let recorded = match options.force {
        true => record::Entries::new(),
        false => record::read(out_dir),
    };
    let checked = parallel(options.sites.len(), options.jobs, |i| {
        let dir = &options.sites[i];
        let inputs = fingerprint::inputs(dir);
        let fresh = inputs
            .as_ref()
            .and_then(|inputs| up_to_date(dir, &inputs.digest(), &recorded, options));
        if let Some(report) = &fresh {
            progress(report);
        }
        (inputs, fresh)
    });

    let mut record_error = None;
    let to_build: Vec<usize> = (0..checked.len())
        .filter(|&i| checked[i].1.is_none())
        .collect();
    let stale: Vec<String> = to_build
        .iter()
        .map(|&i| profile::slug_of(&options.sites[i]))
        .collect();
    let stale: Vec<&str> = stale.iter().map(String::as_str).collect();
    if let Err(e) = record::update(out_dir, &stale, &record::Entries::new()) {
        // An entry that may outlive the output it describes must not stay: without the
        // record, everything is built next time.
        let _ = std::fs::remove_file(out_dir.join(record::DIR).join(record::FILE));
        record_error = Some(record_failure(out_dir, e));
    }

    // Every site is made at the batch's one instant, the one its record is read at.
    let now = match options.now {
        Some(second) => Timestamp::from_second(second).map_err(|e| e.to_string()),
        None => build::build_time(),
    };
    let built = parallel(to_build.len(), options.jobs, |j| {
        let dir = &options.sites[to_build[j]];
        let report = build::build_site_at(dir, out_dir, options.lang, now.clone());
        progress(&report);
        report
    });

    let mut entries = record::Entries::new();
    let mut built = built.into_iter();
    let mut sites = Vec::with_capacity(checked.len());
    for (inputs, fresh) in checked {
        let report = match fresh {
            Some(report) => report,
            None => {
                let report = built.next().expect("one build per site to build");
                if let (Some(inputs), Some(written)) = (inputs, &report.written)
                    && let Some(entry) = entry(inputs, written, &report)
                {
                    entries.insert(report.site.slug.clone(), entry);
                }
                report
            }
        };
        sites.push(report);
    }
    if let Err(e) = record::update(out_dir, &[], &entries) {
        record_error.get_or_insert(record_failure(out_dir, e));
    }

    let mut timings = Timings::default();
    for site in &sites {
        timings.add(&site.timings);
    }
    Report {
        sites,
        timings,
        elapsed: start.elapsed(),
        record_error,
    }
}

/// The report of a site that need not be built, or `None` when it must be: its inputs
/// differ from the record's (or it has no entry), its rebuild date has come, or its
/// output folder is missing or its hub page is not the one written.
fn up_to_date(
    dir: &Path,
    inputs: &str,
    recorded: &record::Entries,
    options: &Options,
) -> Option<SiteReport> {
    let slug = profile::slug_of(dir);
    let entry = recorded.get(&slug)?;
    if entry.inputs != inputs || !profile::valid_slug(&slug) {
        return None;
    }
    if let Some(at) = entry.rebuild_at
        && options.now.is_none_or(|now| now >= at)
    {
        return None;
    }
    let out = options.out_dir.join(&slug);
    if !fingerprint::output_intact(&out, entry.hub_bytes) {
        return None;
    }
    let start = Instant::now();
    // Warnings are shown on every build until they are fixed: from the record, or, when
    // they were made in another language than this build's, from the profile read again.
    let site = match replay(dir, slug, &entry.warnings, options.lang) {
        Some(site) => site,
        None => profile::load_with(dir, options.lang),
    };
    let timings = Timings {
        parse: start.elapsed(),
        ..Timings::default()
    };
    Some(SiteReport {
        site,
        failure: None,
        written: Some(Written {
            dir: out,
            counts: entry.wrote,
        }),
        up_to_date: true,
        output_changes_on: entry.changes_on.as_deref().and_then(|d| d.parse().ok()),
        timings,
    })
}

/// An up-to-date site as its last build reported it: its profile unread (its text too,
/// unless a warning quotes it) and its warnings. `None` when the warnings are not in the
/// language this build speaks (`lang`, else the profile's own), or one is not
/// understood.
fn replay(
    dir: &Path,
    slug: String,
    warnings: &[record::Warning],
    lang: Option<Lang>,
) -> Option<Site> {
    let path = dir.join("site.yaml");
    let source = match warnings.is_empty() {
        true => String::new(),
        false => std::fs::read_to_string(&path).ok()?,
    };
    let lang = profile::diagnostics_lang(lang, &source);
    let diagnostics = warnings
        .iter()
        .map(|w| {
            let code = match w.code.as_str() {
                "" => "",
                code => crate::messages::ALL
                    .iter()
                    .map(|m| m.code)
                    .find(|known| *known == code)?,
            };
            (Lang::from_tag(&w.lang)? == lang).then_some(())?;
            let file = match w.file.as_deref() {
                None => None,
                Some(name) if name == Beside::KeysLock.name() => Some(Box::new(Beside::KeysLock)),
                Some(_) => return None,
            };
            Some(Diagnostic {
                severity: Severity::Warning,
                code,
                message: w.message.clone(),
                at: w.at.map(|[line, col, start, end]| Location {
                    line,
                    col,
                    start,
                    end,
                }),
                hint: w.hint.clone(),
                lang,
                excerpt: w.excerpt,
                file,
            })
        })
        .collect::<Option<Vec<_>>>()?;
    Some(Site {
        slug,
        dir: dir.to_path_buf(),
        path,
        source,
        parsed: Parsed {
            profile: None,
            diagnostics,
        },
        assets: Assets::default(),
    })
}

/// A warning as the record keeps it.
fn warning(d: &Diagnostic) -> record::Warning {
    record::Warning {
        code: d.code.to_owned(),
        lang: d.lang.tag().to_owned(),
        file: d.file.as_ref().map(|f| f.name().to_owned()),
        message: d.message.clone(),
        hint: d.hint.clone(),
        at: d.at.map(|at| [at.line, at.col, at.start, at.end]),
        excerpt: d.excerpt,
    }
}

/// The record's entry for a site just built from `inputs` (with `keys.lock` as the
/// build left it); `None` when its lock or its hub page cannot be looked at, or the
/// day its output changes cannot be placed in time (it will be built again).
fn entry(inputs: Inputs, written: &Written, report: &SiteReport) -> Option<record::Entry> {
    let inputs = Inputs {
        lock: fingerprint::lock(&report.site.dir)?,
        ..inputs
    };
    let hub = std::fs::symlink_metadata(written.dir.join(fingerprint::HUB)).ok()?;
    let rebuild_at = match report.output_changes_on {
        None => None,
        Some(day) => Some(report.site.profile()?.timezone.start_of(day)?.as_second()),
    };
    Some(record::Entry {
        inputs: inputs.digest(),
        rebuild_at,
        changes_on: report.output_changes_on.map(|day| day.to_string()),
        wrote: written.counts,
        warnings: report
            .site
            .parsed
            .diagnostics
            .iter()
            // Warnings only: a record keeps no severity, so a note (what was taken out of
            // a share text) would come back from it as a warning.
            .filter(|d| d.is_warning())
            .map(warning)
            .collect(),
        hub_bytes: hub.len(),
    })
}

fn record_failure(out_dir: &Path, source: std::io::Error) -> OutputError {
    OutputError {
        action: "cannot update the record of what was built",
        path: out_dir.join(record::DIR).join(record::FILE),
        source,
    }
}

/// `work(0) … work(n - 1)` on up to `jobs` threads (0: one per core), results in index
/// order.
fn parallel<T: Send>(n: usize, jobs: usize, work: impl Fn(usize) -> T + Sync) -> Vec<T> {
    let jobs = match jobs {
        0 => std::thread::available_parallelism().map_or(1, |n| n.get()),
        n => n,
    }
    .min(n.max(1));
    let next = AtomicUsize::new(0);
    let done: Mutex<Vec<(usize, T)>> = Mutex::new(Vec::with_capacity(n));
    std::thread::scope(|scope| {
        for _ in 0..jobs {
            scope.spawn(|| {
                loop {
                    let i = next.fetch_add(1, Ordering::Relaxed);
                    if i >= n {
                        break;
                    }
                    let result = work(i);
                    done.lock()
                        .expect("no worker panics while holding the lock")
                        .push((i, result));
                }
            });
        }
    });
    let mut done = done.into_inner().expect("workers have finished");
    done.sort_by_key(|(i, _)| *i);
    done.into_iter().map(|(_, r)| r).collect()
}

/// One slice of a batch: shard `index` of `count`, both counted from 1, as CI systems
/// number their parallel jobs (GitHub Actions matrix values, GitLab's
/// `CI_NODE_INDEX`/`CI_NODE_TOTAL`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Shard {
    pub index: u32,
    pub count: u32,
}

/// Why `K/N` is not a shard.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("`{0}` is not a shard: write K/N with 1 ≤ K ≤ N, e.g. 2/4 for the second of four")]
pub struct ShardError(pub String);

impl std::str::FromStr for Shard {
    type Err = ShardError;

    fn from_str(text: &str) -> Result<Shard, ShardError> {
        let error = || ShardError(text.to_owned());
        let (k, n) = text.split_once('/').ok_or_else(error)?;
        let index: u32 = k.trim().parse().map_err(|_| error())?;
        let count: u32 = n.trim().parse().map_err(|_| error())?;
        if index == 0 || index > count {
            return Err(error());
        }
        Ok(Shard { index, count })
    }
}

impl std::fmt::Display for Shard {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}/{}", self.index, self.count)
    }
}

impl Shard {
    /// Whether the site with this slug belongs to this shard. The choice depends on the
    /// slug alone (a SHA-256 of it, modulo the count), so it is the same on every
    /// machine and in every run, and adding or removing a site never moves another one
    /// to a different shard: a CI cache per shard stays warm.
    pub fn holds(&self, slug: &str) -> bool {
        let digest = Sha256::digest(slug.as_bytes());
        let first = u64::from_be_bytes(digest[..8].try_into().expect("SHA-256 has 32 bytes"));
        first % u64::from(self.count) == u64::from(self.index - 1)
    }
}

/// The site folders of `sites` that belong to `shard`, in their order. The shards
/// 1/N … N/N of a list are disjoint and together hold every folder exactly once.
/// A folder's slug is its last name, as [`crate::profile::load`] reads it.
pub fn shard(sites: &[PathBuf], shard: Shard) -> Vec<PathBuf> {
    sites
        .iter()
        .filter(|dir| shard.holds(&profile::slug_of(dir)))
        .cloned()
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn dirs(n: usize) -> Vec<PathBuf> {
        (0..n)
            .map(|i| PathBuf::from(format!("sites/site-{i}")))
            .collect()
    }

    #[test]
    fn shards_parse_from_k_slash_n_counted_from_one() {
        assert_eq!("2/4".parse(), Ok(Shard { index: 2, count: 4 }));
        assert_eq!("1/1".parse(), Ok(Shard { index: 1, count: 1 }));
        for bad in ["0/4", "5/4", "4", "/4", "a/b", "1/0", "-1/4", "1/4/2", ""] {
            assert!(bad.parse::<Shard>().is_err(), "{bad}");
        }
        let message = "0/4".parse::<Shard>().unwrap_err().to_string();
        assert!(message.contains("K/N"), "{message}");
        assert_eq!(Shard { index: 3, count: 8 }.to_string(), "3/8");
    }

    #[test]
    fn the_shards_of_a_list_are_disjoint_and_cover_it_once() {
        let sites = dirs(1000);
        for count in [1, 2, 3, 7, 16] {
            let mut seen: Vec<PathBuf> = Vec::new();
            for index in 1..=count {
                let part = shard(&sites, Shard { index, count });
                // Roughly even: within a third of the fair share for 1,000 sites.
                let fair = sites.len() / count as usize;
                assert!(
                    part.len().abs_diff(fair) <= fair / 3 + 5,
                    "{index}/{count}: {}",
                    part.len()
                );
                seen.extend(part);
            }
            seen.sort();
            let mut all = sites.clone();
            all.sort();
            assert_eq!(seen, all, "every site exactly once over {count} shards");
        }
    }

    #[test]
    fn a_site_stays_in_its_shard_when_others_come_and_go() {
        let s = Shard { index: 2, count: 5 };
        let before = shard(&dirs(100), s);
        let after = shard(&dirs(200), s);
        assert!(before.iter().all(|d| after.contains(d)));
        // The choice reads the slug only, not the folder above it.
        assert_eq!(
            s.holds("site-7"),
            !shard(&[PathBuf::from("/elsewhere/site-7")], s).is_empty()
        );
    }

    #[test]
    fn shard_choice_is_fixed_across_versions() {
        // A CI matrix relies on the same site landing in the same shard on every
        // runner and after an upgrade; this pins the hash.
        let picks: Vec<u32> = ["xiaoman", "alex-dev", "a", "site-1"]
            .iter()
            .map(|slug| {
                (1..=4)
                    .find(|&index| Shard { index, count: 4 }.holds(slug))
                    .unwrap()
            })
            .collect();
        assert_eq!(picks, PINNED_PICKS);
    }

    // Computed independently: int.from_bytes(sha256(slug)[:8], "big") % 4 + 1 in Python.
    const PINNED_PICKS: [u32; 4] = [4, 4, 3, 4];
}
