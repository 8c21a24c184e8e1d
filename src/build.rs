//! The pipeline for one site and for many: profile → links → QR codes → pages → files
//! → output folder.
//!
//! Takes site folders and an output folder; gives a report per site (diagnostics, files,
//! bytes, time per stage). Sites build in parallel on every core; a site with errors is
//! reported and its previous output left as it was, while the others are written.

use std::path::{Path, PathBuf};
use std::sync::Mutex;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant};

use sha2::{Digest, Sha256};

use crate::diagnostic::Diagnostic;
use crate::links;
use crate::output::{self, File};
use crate::profile::{self, Profile, Site};
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
    /// Errors found after the profile was accepted (an avatar that cannot be read, a
    /// failed write), each naming its file.
    pub failure: Option<String>,
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
                    let report = build_site(dir, &options.out_dir);
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

/// Builds one site folder into `out_dir/<slug>/`.
pub fn build_site(dir: &Path, out_dir: &Path) -> SiteReport {
    let mut timings = Timings::default();
    let start = Instant::now();
    let site = profile::load(dir);
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
        &report.site.dir,
        profile,
        &mut report.timings,
    ) {
        Ok(generated) => generated,
        Err(e) => {
            report.failure = Some(e);
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
        Err(e) => report.failure = Some(e.to_string()),
    }
    report.timings.write = start.elapsed();
    report
}

/// Makes every file of a site in memory, sorted by path. `dir` is the site folder (for
/// the avatar). Errors name the file they concern.
pub fn generate(
    slug: &str,
    dir: &Path,
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
    let avatar = match &profile.avatar {
        Some(avatar) => {
            let path = dir.join(&avatar.path);
            let bytes = std::fs::read(&path)
                .map_err(|e| format!("cannot read the avatar `{}`: {e}", path.display()))?;
            let ext = Path::new(&avatar.path)
                .extension()
                .map_or_else(String::new, |e| e.to_string_lossy().to_ascii_lowercase());
            let name = format!("avatar-{}.{ext}", &hex(&Sha256::digest(&bytes))[..10]);
            out.push(File::new(name.clone(), bytes));
            Some(name)
        }
        None => None,
    };
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

/// Renders a report's diagnostics and failures for a person.
pub fn describe_failure(report: &SiteReport) -> Option<String> {
    let mut text = String::new();
    if !report.site.parsed.diagnostics.is_empty() {
        text.push_str(&report.site.render_diagnostics());
    }
    if let Some(failure) = &report.failure {
        text.push_str(&Diagnostic::error(failure.clone()).render(&report.site.path, ""));
    }
    (!text.is_empty()).then_some(text)
}
