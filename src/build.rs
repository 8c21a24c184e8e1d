//! The pipeline for one site: profile → links → QR codes → pages and files → output
//! folder.
//!
//! Takes a site folder and an output folder; gives a [`SiteReport`]: the profile as read
//! (with its diagnostics), what was written, the day its output next changes, and the
//! time spent in each stage. Each stage is one call, in order — [`profile::load_with`],
//! [`links::resolve_at`],
//! [`qr::files`], [`render`] and [`files`], [`output::write_site`] — in
//! [`build_site_with`] and [`generate`]. A site with errors is reported, and its
//! previous output left as it was.
//!
//! Many sites at once (all cores, CI shards, the JSON report) are [`crate::batch`]'s
//! business. This module never prints: the command line and the dev server show
//! the report ([`describe_failure`]).

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use sha2::{Digest, Sha256};

use jiff::Timestamp;
use jiff::civil::Date;
use serde::{Deserialize, Serialize};

use crate::Lang;
use crate::diagnostic::{Beside, Diagnostic, Severity};
use crate::keys::Lock;
use crate::messages;
use crate::output::{self, File, OutputError};
use crate::profile::{self, Assets, Profile, Site};
use crate::{files, links, qr, render, schedule};

/// Builds one site folder into `out_dir/<slug>/`, with the profile's diagnostics in its
/// own language.
pub fn build_site(dir: &Path, out_dir: &Path) -> SiteReport {
    build_site_with(dir, out_dir, None)
}

/// [`build_site`], with the profile's diagnostics in `lang` when given.
///
/// A failure after the profile (a QR code, a write) speaks `lang` too, else English:
/// it concerns the machine the build runs on, not the site, and quotes the system's
/// own error text, so the profile's `lang:` (its visitors' language) does not choose.
pub fn build_site_with(dir: &Path, out_dir: &Path, lang: Option<Lang>) -> SiteReport {
    build_site_at(dir, out_dir, lang, build_time())
}

/// [`build_site_with`] at the instant `now` (see [`generate_at`]), which a batch works
/// out once for all its sites; an error (a `SOURCE_DATE_EPOCH` that is no date) fails
/// the site once its profile is read.
pub fn build_site_at(
    dir: &Path,
    out_dir: &Path,
    lang: Option<Lang>,
    now: Result<Timestamp, String>,
) -> SiteReport {
    let mut timings = Timings::default();
    let start = Instant::now();
    let site = profile::load_with(dir, lang);
    timings.parse = start.elapsed();
    let mut report = SiteReport {
        site,
        failure: None,
        written: None,
        up_to_date: false,
        output_changes_on: None,
        timings,
    };
    let Some(profile) = report.site.profile() else {
        return report;
    };
    let failure_lang = lang.unwrap_or(Lang::En);
    let generated = match now
        .and_then(|now| generate_at(&report.site.assets, profile, now, &mut report.timings))
    {
        Ok(generated) => generated,
        Err(message) => {
            report.failure = Some(Failure {
                path: report.site.dir.clone(),
                code: "generate-failed",
                message,
                hint: None,
                lang: failure_lang,
            });
            return report;
        }
    };
    let start = Instant::now();
    report.output_changes_on = generated.changes_on;
    match output::write_site(out_dir, &report.site.slug, &generated.files) {
        Ok(dir) => {
            report.written = Some(Written {
                dir,
                counts: Counts {
                    pages: generated.pages,
                    qr_codes: generated.qr_codes,
                    files: generated.files.len(),
                    bytes: generated.files.iter().map(|f| f.bytes.len() as u64).sum(),
                },
            });
            // Only once the pages are out: the lock remembers keys that exist. A
            // read-only site folder (a checkout mounted read-only in CI) still builds.
            if generated.lock != report.site.assets.lock
                && let Err(e) = profile::write_lock(&report.site.dir, &generated.lock)
            {
                // The language of the profile's diagnostics (see `profile::parse_with`).
                let lang = profile::diagnostics_lang(lang, &report.site.source);
                let warning = Diagnostic::new(
                    Severity::Warning,
                    lang,
                    &messages::LOCK_NOT_WRITTEN,
                    &[("reason", &profile::io_reason(&e))],
                )
                .hint(messages::HINT_LOCK_NOT_WRITTEN.text(lang))
                .in_file(Beside::KeysLock);
                report.site.parsed.diagnostics.push(warning);
            }
        }
        Err(e) => {
            let failure = Failure::output(&e, out_dir, &report.site.slug, failure_lang);
            report.failure = Some(failure);
        }
    }
    report.timings.write = start.elapsed();
    report
}

/// Makes every file of a site in memory, sorted by path, from its profile and the files
/// the profile names (`profile::load` read them, `keys.lock` among them), on the build's
/// day: the date of `SOURCE_DATE_EPOCH` when it is set, else today's, in the profile's
/// `timezone`. Errors name the file they concern.
pub fn generate(
    assets: &Assets,
    profile: &Profile,
    timings: &mut Timings,
) -> Result<Generated, String> {
    generate_at(assets, profile, build_time()?, timings)
}

/// The build's instant: `SOURCE_DATE_EPOCH` when it is set, else the clock's. An error
/// says the variable holds no number of seconds.
pub fn build_time() -> Result<Timestamp, String> {
    let epoch = std::env::var("SOURCE_DATE_EPOCH").ok();
    schedule::now(epoch.as_deref()).map_err(|e| e.to_string())
}

/// [`generate`] at the instant `now` (whose date in the profile's zone is "today").
pub fn generate_at(
    assets: &Assets,
    profile: &Profile,
    now: Timestamp,
    timings: &mut Timings,
) -> Result<Generated, String> {
    let start = Instant::now();
    let today = profile.timezone.today(now);
    let resolved = links::resolve_at(profile, &assets.lock, today).map_err(|errors| {
        let text: Vec<String> = errors.iter().map(ToString::to_string).collect();
        format!("{}: {}", crate::keys::FILE_NAME, text.join("; "))
    })?;
    let links = &resolved.links;
    timings.links += start.elapsed();

    let start = Instant::now();
    let mut out = Vec::with_capacity(links.len() * 3 + 12);
    let unmade = |key: &str, e| format!("the QR code `{key}` cannot be made: {e}");
    let site_qr = qr::files("site", profile.base_url.as_str(), &profile.name);
    out.extend(site_qr.map_err(|e| unmade("site", e))?);
    for link in links {
        let link_qr = qr::files(&link.key, &link.qr, &link.label);
        out.extend(link_qr.map_err(|e| unmade(&link.key, e))?);
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
    let view =
        render::SiteView::new(profile, links, avatar.as_deref()).with_css(assets.css.as_deref());
    let mut policies = Vec::with_capacity(links.len() + 2);
    let mut page = |path: String, page: render::Page| {
        policies.push((path.clone(), page.csp));
        out.push(File::new(path, page.html));
    };
    page("index.html".to_owned(), render::hub(&view));
    // A printed code keeps working: an older key leads where its account's does (the
    // same page, rendered once), and the key of an account no longer shown sends
    // visitors to the hub (one page for them all, rendered only when there is one).
    let go_pages: Vec<render::Page> = links.iter().map(|link| render::go(&view, link)).collect();
    let aliases: Vec<(String, render::Page)> = (resolved.aliases.iter())
        .map(|(key, index)| (format!("go/{key}/index.html"), go_pages[*index].clone()))
        .collect();
    for (link, go) in links.iter().zip(go_pages) {
        page(format!("go/{}/index.html", link.key), go);
    }
    for (path, go) in aliases {
        page(path, go);
    }
    if !resolved.retired.is_empty() {
        let retired = render::retired(&view);
        for key in &resolved.retired {
            page(format!("go/{key}/index.html"), retired.clone());
        }
    }
    page("404.html".to_owned(), render::not_found(&view));
    page("print/index.html".to_owned(), render::print(&view));
    let pages = links.len() + resolved.aliases.len() + resolved.retired.len() + 3;
    out.push(File::new("favicon.svg", render::favicon(&view)));
    for (path, svg) in render::marks(&view) {
        out.push(File::new(path, svg));
    }
    out.push(File::new(
        "contact.vcf",
        files::vcard(profile, links, avatar.as_deref()),
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
        lock: resolved.lock,
        changes_on: resolved.changes_on,
    })
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
    /// Adds `other`'s time to each stage (a batch sums its sites').
    pub fn add(&mut self, other: &Timings) {
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
    /// `keys.lock` as it must be now: the one read plus the keys handed out.
    pub lock: Lock,
    /// The first day after the build's on which a schedule changes the pages.
    pub changes_on: Option<Date>,
}

/// How one site went.
#[derive(Debug)]
pub struct SiteReport {
    /// The site as read, with its diagnostics (rendered with `site.render_diagnostics()`).
    pub site: Site,
    /// An error found after the profile was accepted (a QR code that cannot be made, a
    /// failed write), with the file or folder it concerns.
    pub failure: Option<Failure>,
    /// What was written, when it was; for a site that was up to date, what its last
    /// build wrote.
    pub written: Option<Written>,
    /// The site was not built: its output was made from the same inputs
    /// ([`crate::batch`]'s record says so).
    pub up_to_date: bool,
    /// The first day after the build's own (in the profile's `timezone`) on which this
    /// site's output would differ, because an account's `from` or `until` starts or
    /// ends its schedule: rebuild the site on that day. `None` when no schedule changes
    /// anything any more (or the site was not generated).
    pub output_changes_on: Option<Date>,
    pub timings: Timings,
}

/// What a successful site build wrote.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Written {
    pub dir: PathBuf,
    pub counts: Counts,
}

/// How much a site's build wrote, as the summary line, the build record and the JSON
/// report give it (the last two in this order, under these names).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Counts {
    pub pages: usize,
    pub qr_codes: usize,
    pub files: usize,
    pub bytes: u64,
}

impl std::ops::AddAssign for Counts {
    fn add_assign(&mut self, other: Counts) {
        self.pages += other.pages;
        self.qr_codes += other.qr_codes;
        self.files += other.files;
        self.bytes += other.bytes;
    }
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
    /// The language of the hint, and of the labels when the failure is shown.
    pub lang: Lang,
}

impl Failure {
    /// A failed write of the site `slug` into `out_dir`, reported against the site's
    /// output folder: the file named is where it would have been (not the staging
    /// folder it was written to), and the OS error reads without `(os error N)`. The
    /// hint, which says what to do about the OS error, is in `lang`.
    pub fn output(e: &OutputError, out_dir: &Path, slug: &str, lang: Lang) -> Failure {
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
            K::StorageFull | K::QuotaExceeded => messages::HINT_DISK_FULL,
            K::ReadOnlyFilesystem | K::PermissionDenied => messages::HINT_CANNOT_WRITE,
            K::FileTooLarge => messages::HINT_FILE_SIZE_LIMIT,
            K::NotADirectory | K::AlreadyExists | K::IsADirectory => messages::HINT_NOT_A_FOLDER,
            _ => messages::HINT_OUTPUT_KEPT,
        };
        Failure {
            path: target.clone(),
            code: "output-failed",
            message: format!("{} `{shown}`: {}", e.action, profile::io_reason(&e.source)),
            hint: Some(hint.text(lang)),
            lang,
        }
    }

    /// The failure as a diagnostic (without a position: it is not in the profile).
    pub fn diagnostic(&self) -> Diagnostic {
        let mut d = Diagnostic::error(self.message.clone()).code(self.code);
        d.lang = self.lang;
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_output_failure_names_the_target_and_hints_in_the_language_asked() {
        let e = OutputError {
            action: "cannot write",
            path: PathBuf::from("dist/.s.tmp-7-0/index.html"),
            source: std::io::Error::from(std::io::ErrorKind::StorageFull),
        };
        let en = Failure::output(&e, Path::new("dist"), "s", Lang::En);
        assert_eq!(en.path, PathBuf::from("dist/s"));
        assert!(
            en.message.starts_with("cannot write `dist/s/index.html`: "),
            "{}",
            en.message
        );
        let text = en.diagnostic().render(&en.path, "");
        assert!(text.starts_with("error: dist/s: "), "{text}");
        assert!(text.contains("the disk is full"), "{text}");

        let zh = Failure::output(&e, Path::new("dist"), "s", Lang::ZhHans);
        let text = zh.diagnostic().render(&zh.path, "");
        assert!(text.starts_with("错误：dist/s: "), "{text}");
        assert!(text.contains("磁盘已满"), "{text}");
    }
}
