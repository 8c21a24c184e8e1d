//! Many sites at once: every core busy, one CI shard of a list, one report.
//!
//! Takes site folders, an output folder and how many sites to build at once; gives a
//! [`Report`] with each site's [`SiteReport`] in the order the folders were given. Each
//! site goes through [`build::build_site_with`], the pipeline for one site; a site with
//! errors is reported and its previous output left as it was, while the others are
//! written.
//!
//! For CI it also gives [`shard`] (a stable 1/N slice of the sites, for a matrix of
//! jobs), a progress callback ([`build_with_progress`]) and, in [`json`], the report
//! for machines. It never prints: the command line draws and writes.

pub mod json;

use std::path::{Path, PathBuf};
use std::sync::Mutex;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant};

use serde::Serialize;
use sha2::{Digest, Sha256};

use crate::Lang;
use crate::build::{self, SiteReport, Timings};
use crate::output;

/// What to build and where.
#[derive(Debug, Clone)]
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
}

/// The outcome of a batch.
#[derive(Debug)]
pub struct Report {
    pub sites: Vec<SiteReport>,
    pub timings: Timings,
    pub elapsed: Duration,
}

impl Report {
    pub fn failed(&self) -> usize {
        self.sites.iter().filter(|s| !s.ok()).count()
    }
}

/// Builds every site of `options`, in parallel, each into `out_dir/<slug>/`.
pub fn build(options: &Options) -> Report {
    build_with_progress(options, &|_| {})
}

/// [`build()`], calling `progress` with each site's report as soon as that site is done
/// (from the worker thread that built it, in completion order).
pub fn build_with_progress(options: &Options, progress: &(dyn Fn(&SiteReport) + Sync)) -> Report {
    let start = Instant::now();
    let jobs = match options.jobs {
        0 => std::thread::available_parallelism().map_or(1, |n| n.get()),
        n => n,
    }
    .min(options.sites.len().max(1));
    output::remove_stale_staging(&options.out_dir);
    let next = AtomicUsize::new(0);
    let done: Mutex<Vec<(usize, SiteReport)>> = Mutex::new(Vec::with_capacity(options.sites.len()));
    std::thread::scope(|scope| {
        for _ in 0..jobs {
            scope.spawn(|| {
                loop {
                    let i = next.fetch_add(1, Ordering::Relaxed);
                    let Some(dir) = options.sites.get(i) else {
                        break;
                    };
                    let report = build::build_site_with(dir, &options.out_dir, options.lang);
                    progress(&report);
                    done.lock()
                        .expect("no worker panics while holding the lock")
                        .push((i, report));
                }
            });
        }
    });
    let mut done = done.into_inner().expect("workers have finished");
    done.sort_by_key(|(i, _)| *i);
    let sites: Vec<SiteReport> = done.into_iter().map(|(_, r)| r).collect();
    let mut timings = Timings::default();
    for site in &sites {
        timings.add(&site.timings);
    }
    Report {
        sites,
        timings,
        elapsed: start.elapsed(),
    }
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
        .filter(|dir| shard.holds(&slug_of(dir)))
        .cloned()
        .collect()
}

fn slug_of(dir: &Path) -> String {
    dir.file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default()
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
