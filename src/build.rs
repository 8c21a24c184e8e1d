//! The pipeline for one site and for many: profile → links → QR codes → pages → files
//! → output folder.
//!
//! Takes site folders and an output folder; gives a report per site (diagnostics, files,
//! bytes, time per stage). Sites build in parallel on every core; a site with errors is
//! reported and its previous output left as it was, while the others are written.
//!
//! For batches it also gives [`shard`] (a stable 1/N slice of the sites, for CI
//! matrices), a progress callback ([`build_with_progress`]) and a machine-readable
//! report ([`JsonReport`]). It never prints: the command line draws and writes.

use std::path::{Path, PathBuf};
use std::sync::Mutex;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant};

use serde::Serialize;
use sha2::{Digest, Sha256};

use crate::Lang;
use crate::diagnostic::Diagnostic;
use crate::links;
use crate::output::{self, File, OutputError};
use crate::profile::{self, Assets, Profile, Site};
use crate::{files, qr, render};

/// Pixels per QR module in the PNGs: 10 px gives a 330–570 px image for typical
/// payloads, sharp in print and after a chat app recompresses it.
pub const QR_PNG_SCALE: u32 = 10;

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

/// Time spent in each stage (summed over sites in a batch).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Timings {
    pub parse: Duration,
    pub links: Duration,
    pub qr: Duration,
    pub render: Duration,
    pub write: Duration,
}

impl Timings {
    fn add(&mut self, other: &Timings) {
        self.parse += other.parse;
        self.links += other.links;
        self.qr += other.qr;
        self.render += other.render;
        self.write += other.write;
    }
}

/// A site's files, made in memory.
#[derive(Debug)]
pub struct Generated {
    pub files: Vec<File>,
    pub pages: usize,
    pub qr_codes: usize,
}

/// How one site went.
#[derive(Debug)]
pub struct SiteReport {
    /// The site as read, with its diagnostics (rendered with `site.render_diagnostics()`).
    pub site: Site,
    /// An error found after the profile was accepted (a QR code that cannot be made, a
    /// failed write), with the file or folder it concerns.
    pub failure: Option<Failure>,
    /// What was written, when it was.
    pub written: Option<Written>,
    pub timings: Timings,
}

/// What a successful site build wrote.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Written {
    pub dir: PathBuf,
    pub files: usize,
    pub pages: usize,
    pub qr_codes: usize,
    pub bytes: u64,
}

/// A failure after the profile was accepted. It concerns a file or folder other than
/// the profile — the site's output folder — and is reported against it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Failure {
    /// The file or folder that failed: the site's output folder for a failed write.
    pub path: PathBuf,
    /// Stable identifier, as a diagnostic's code: `output-failed` or `generate-failed`.
    pub code: &'static str,
    pub message: String,
    pub hint: Option<String>,
}

impl Failure {
    /// A failed write of the site `slug` into `out_dir`, reported against the site's
    /// output folder: the file named is where it would have been (not the staging
    /// folder it was written to), and the OS error reads without `(os error N)`.
    pub fn output(e: &OutputError, out_dir: &Path, slug: &str) -> Failure {
        let target = out_dir.join(slug);
        let staging = format!(".{slug}.tmp-");
        let shown = match e.path.strip_prefix(out_dir) {
            Ok(rest) => {
                let mut parts = rest.components();
                match parts.next() {
                    Some(first) if first.as_os_str().to_string_lossy().starts_with(&staging) => {
                        target.join(parts.as_path())
                    }
                    _ => e.path.clone(),
                }
            }
            Err(_) => e.path.clone(),
        };
        let shown = shown.display().to_string();
        let shown = shown.trim_end_matches('/');
        use std::io::ErrorKind as K;
        let hint = match e.source.kind() {
            K::StorageFull | K::QuotaExceeded => {
                "the disk is full: free some space, or build into another folder with `-o DIR`"
            }
            K::ReadOnlyFilesystem | K::PermissionDenied => {
                "hutong cannot write there: build into a folder you can write to, with `-o DIR`"
            }
            K::FileTooLarge => {
                "a limit on file size stopped the write (see `ulimit -f`): raise it, or build elsewhere with `-o DIR`"
            }
            K::NotADirectory | K::AlreadyExists | K::IsADirectory => {
                "something that is not a folder stands in the way: move it, or build elsewhere with `-o DIR`"
            }
            _ => "the previous output is kept; fix the output folder and build again",
        };
        Failure {
            path: target.clone(),
            code: "output-failed",
            message: format!("{} `{shown}`: {}", e.action, profile::io_reason(&e.source)),
            hint: Some(hint.to_owned()),
        }
    }

    /// The failure as a diagnostic (without a position: it is not in the profile).
    pub fn diagnostic(&self) -> Diagnostic {
        let d = Diagnostic::error(self.message.clone()).code(self.code);
        match &self.hint {
            Some(hint) => d.hint(hint.clone()),
            None => d,
        }
    }
}

impl SiteReport {
    pub fn ok(&self) -> bool {
        self.written.is_some()
    }
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

/// [`build`], calling `progress` with each site's report as soon as that site is done
/// (from the worker thread that built it, in completion order).
pub fn build_with_progress(options: &Options, progress: &(dyn Fn(&SiteReport) + Sync)) -> Report {
    let start = Instant::now();
    let jobs = match options.jobs {
        0 => std::thread::available_parallelism().map_or(1, |n| n.get()),
        n => n,
    }
    .min(options.sites.len().max(1));
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
                    let report = build_site_with(dir, &options.out_dir, options.lang);
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

/// Builds one site folder into `out_dir/<slug>/`, with the profile's diagnostics in its
/// own language.
pub fn build_site(dir: &Path, out_dir: &Path) -> SiteReport {
    build_site_with(dir, out_dir, None)
}

/// [`build_site`], with the profile's diagnostics in `lang` when given.
pub fn build_site_with(dir: &Path, out_dir: &Path, lang: Option<Lang>) -> SiteReport {
    let mut timings = Timings::default();
    let start = Instant::now();
    let site = profile::load_with(dir, lang);
    timings.parse = start.elapsed();
    let mut report = SiteReport {
        site,
        failure: None,
        written: None,
        timings,
    };
    let Some(profile) = report.site.profile() else {
        return report;
    };
    let generated = match generate(
        &report.site.slug,
        &report.site.assets,
        profile,
        &mut report.timings,
    ) {
        Ok(generated) => generated,
        Err(message) => {
            report.failure = Some(Failure {
                path: report.site.dir.clone(),
                code: "generate-failed",
                message,
                hint: None,
            });
            return report;
        }
    };
    let start = Instant::now();
    match output::write_site(out_dir, &report.site.slug, &generated.files) {
        Ok(dir) => {
            report.written = Some(Written {
                dir,
                files: generated.files.len(),
                pages: generated.pages,
                qr_codes: generated.qr_codes,
                bytes: generated.files.iter().map(|f| f.bytes.len() as u64).sum(),
            })
        }
        Err(e) => report.failure = Some(Failure::output(&e, out_dir, &report.site.slug)),
    }
    report.timings.write = start.elapsed();
    report
}

/// Makes every file of a site in memory, sorted by path, from its profile and the files
/// the profile names (`profile::load` read them). Errors name the file they concern.
pub fn generate(
    slug: &str,
    assets: &Assets,
    profile: &Profile,
    timings: &mut Timings,
) -> Result<Generated, String> {
    let start = Instant::now();
    let links = links::resolve(profile);
    timings.links += start.elapsed();

    let start = Instant::now();
    let mut out = Vec::with_capacity(links.len() * 3 + 12);
    let site_qr = qr_files("site", profile.base_url.as_str(), &profile.name)?;
    out.extend(site_qr);
    for link in &links {
        out.extend(qr_files(&link.key, &link.qr, &link.label)?);
    }
    let qr_codes = links.len() + 1;
    timings.qr += start.elapsed();

    let start = Instant::now();
    let avatar = assets.avatar.as_ref().map(|image| {
        let hash = hex(&Sha256::digest(&image.bytes));
        let name = format!("avatar-{}.{}", &hash[..10], image.ext);
        out.push(File::new(name.clone(), image.bytes.clone()));
        name
    });
    let view = render::SiteView {
        slug,
        profile,
        links: &links,
        avatar: avatar.as_deref(),
    };
    let mut policies = Vec::with_capacity(links.len() + 2);
    let mut page = |path: String, page: render::Page| {
        policies.push((path.clone(), page.csp));
        out.push(File::new(path, page.html));
    };
    page("index.html".to_owned(), render::hub(&view));
    for link in &links {
        page(
            format!("go/{}/index.html", link.key),
            render::go(&view, link),
        );
    }
    page("404.html".to_owned(), render::not_found(&view));
    let pages = links.len() + 2;
    out.push(File::new("favicon.svg", render::favicon(&view)));
    out.push(File::new(
        "contact.vcf",
        files::vcard(profile, &links, avatar.as_deref()),
    ));
    out.push(File::new("robots.txt", files::robots(profile)));
    out.push(File::new("sitemap.xml", files::sitemap(profile)));
    let fingerprinted: Vec<String> = avatar.into_iter().collect();
    out.push(File::new(
        "_headers",
        files::headers(&policies, &fingerprinted),
    ));
    timings.render += start.elapsed();

    out.sort_by(|a, b| a.path.cmp(&b.path));
    Ok(Generated {
        files: out,
        pages,
        qr_codes,
    })
}

/// `qr/<key>.svg` and `qr/<key>.png` for a payload.
fn qr_files(key: &str, payload: &str, label: &str) -> Result<[File; 2], String> {
    let code =
        qr::Code::new(payload).map_err(|e| format!("the QR code `{key}` cannot be made: {e}"))?;
    Ok([
        File::new(format!("qr/{key}.svg"), qr::svg(&code, label)),
        File::new(format!("qr/{key}.png"), qr::png(&code, QR_PNG_SCALE)),
    ])
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

/// Renders a report's diagnostics and failures for a person. The profile's diagnostics
/// name `site.yaml`; a failure names the file or folder it concerns (the output
/// folder of a failed write), not the profile, which has nothing to do with it.
pub fn describe_failure(report: &SiteReport) -> Option<String> {
    let mut text = String::new();
    if !report.site.parsed.diagnostics.is_empty() {
        text.push_str(&report.site.render_diagnostics());
    }
    if let Some(failure) = &report.failure {
        text.push_str(&failure.diagnostic().render(&failure.path, ""));
    }
    (!text.is_empty()).then_some(text)
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
/// A folder's slug is its last name, as [`profile::load`] reads it.
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

/// A batch's outcome for machines (`hutong build --format json`): one entry per site,
/// in the order the sites were given, and the totals. `version` changes only when a
/// field changes meaning or disappears; new fields may be added.
#[derive(Debug, Clone, Serialize)]
pub struct JsonReport {
    pub version: u32,
    /// Every site was built.
    pub ok: bool,
    /// The slice built, when the batch was sharded.
    pub shard: Option<Shard>,
    pub out_dir: String,
    pub totals: JsonTotals,
    pub elapsed_ms: f64,
    pub sites: Vec<JsonSite>,
}

/// Sums over a batch's sites.
#[derive(Debug, Clone, Default, Serialize)]
pub struct JsonTotals {
    pub sites: usize,
    pub ok: usize,
    pub failed: usize,
    pub pages: usize,
    pub qr_codes: usize,
    pub files: usize,
    pub bytes: u64,
    pub errors: usize,
    pub warnings: usize,
}

/// One site of a [`JsonReport`]. A failed site has `ok: false`, `out: null`, zeros for
/// what it would have written, and at least one entry in `errors`.
#[derive(Debug, Clone, Serialize)]
pub struct JsonSite {
    pub slug: String,
    /// The site folder, as given.
    pub dir: String,
    /// Its `site.yaml`, as the diagnostics name it.
    pub profile: String,
    pub ok: bool,
    /// The folder written, when the site was built.
    pub out: Option<String>,
    pub pages: usize,
    pub qr_codes: usize,
    pub files: usize,
    pub bytes: u64,
    pub errors: Vec<JsonDiagnostic>,
    pub warnings: Vec<JsonDiagnostic>,
    pub timings_ms: JsonTimings,
}

/// A problem, with its place in the profile when it has one.
#[derive(Debug, Clone, Serialize)]
pub struct JsonDiagnostic {
    /// What kind of problem, the same in every language (`unknown-key`); see
    /// `hutong::messages`. Failures after the profile was read have `output-failed` or
    /// `generate-failed`.
    pub code: String,
    pub message: String,
    pub line: Option<usize>,
    pub column: Option<usize>,
    pub hint: Option<String>,
}

/// Milliseconds spent in each stage of a site's build.
#[derive(Debug, Clone, Copy, Serialize)]
pub struct JsonTimings {
    pub parse: f64,
    pub links: f64,
    pub qr: f64,
    pub render: f64,
    pub write: f64,
}

fn ms(duration: Duration) -> f64 {
    // Rounded to microseconds: more digits are noise and make the report harder to read.
    (duration.as_secs_f64() * 1e6).round() / 1e3
}

impl From<&Diagnostic> for JsonDiagnostic {
    fn from(d: &Diagnostic) -> Self {
        JsonDiagnostic {
            code: d.code.to_owned(),
            message: d.message.clone(),
            line: d.at.map(|at| at.line),
            column: d.at.map(|at| at.col),
            hint: d.hint.clone(),
        }
    }
}

impl From<&SiteReport> for JsonSite {
    fn from(report: &SiteReport) -> Self {
        let diagnostics = &report.site.parsed.diagnostics;
        let mut errors: Vec<JsonDiagnostic> = diagnostics
            .iter()
            .filter(|d| d.is_error())
            .map(JsonDiagnostic::from)
            .collect();
        if let Some(failure) = &report.failure {
            errors.push(JsonDiagnostic::from(&failure.diagnostic()));
        }
        let written = report.written.as_ref();
        let t = &report.timings;
        JsonSite {
            slug: report.site.slug.clone(),
            dir: report.site.dir.to_string_lossy().into_owned(),
            profile: report.site.path.to_string_lossy().into_owned(),
            ok: report.ok(),
            out: written.map(|w| w.dir.to_string_lossy().into_owned()),
            pages: written.map_or(0, |w| w.pages),
            qr_codes: written.map_or(0, |w| w.qr_codes),
            files: written.map_or(0, |w| w.files),
            bytes: written.map_or(0, |w| w.bytes),
            errors,
            warnings: diagnostics
                .iter()
                .filter(|d| d.is_warning())
                .map(JsonDiagnostic::from)
                .collect(),
            timings_ms: JsonTimings {
                parse: ms(t.parse),
                links: ms(t.links),
                qr: ms(t.qr),
                render: ms(t.render),
                write: ms(t.write),
            },
        }
    }
}

impl JsonReport {
    /// The report of a batch built into `out_dir`, which was `shard` of a larger list
    /// when given.
    pub fn new(report: &Report, out_dir: &Path, shard: Option<Shard>) -> JsonReport {
        let sites: Vec<JsonSite> = report.sites.iter().map(JsonSite::from).collect();
        let mut totals = JsonTotals {
            sites: sites.len(),
            ..JsonTotals::default()
        };
        for site in &sites {
            if site.ok {
                totals.ok += 1;
            } else {
                totals.failed += 1;
            }
            totals.pages += site.pages;
            totals.qr_codes += site.qr_codes;
            totals.files += site.files;
            totals.bytes += site.bytes;
            totals.errors += site.errors.len();
            totals.warnings += site.warnings.len();
        }
        JsonReport {
            version: 1,
            ok: totals.failed == 0,
            shard,
            out_dir: out_dir.to_string_lossy().into_owned(),
            totals,
            elapsed_ms: ms(report.elapsed),
            sites,
        }
    }
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
