use std::io::{IsTerminal, Write};
use std::path::PathBuf;
use std::process::ExitCode;
use std::sync::Mutex;
use std::time::{Duration, Instant};

use hutong::batch::digest::Digest;
use hutong::batch::json::JsonReport;
use hutong::batch::{self, Options, Shard};
use hutong::build::SiteReport;
use hutong::schedule;

use super::check::plural;

/// Build sites into static folders ready to upload: the hub page, a redirect page and a
/// QR code per account, and the files static hosts expect.
#[derive(clap::Args, Debug)]
pub struct BuildArgs {
    /// Site folders (or their site.yaml, or a slug under sites/); default: every site in sites/
    #[arg(value_name = "SITE")]
    sites: Vec<PathBuf>,
    /// The output folder; each site goes to DIR/<slug>/
    #[arg(short, long, value_name = "DIR", default_value = "dist")]
    out: PathBuf,
    /// Sites to build at once (default: one per core)
    #[arg(short, long, value_name = "N", default_value_t = 0)]
    jobs: usize,
    /// Build only slice K of N (1 ≤ K ≤ N) of the sites, for a CI matrix: each site
    /// falls in the same slice on every machine, and the N slices build every site once
    #[arg(long, value_name = "K/N")]
    shard: Option<Shard>,
    /// `json` prints a report for machines on standard output (per site: ok, errors,
    /// pages, bytes); the messages for people stay on standard error
    #[arg(long, value_name = "FORMAT", default_value = "human")]
    format: Format,
    /// Build every site, even those whose files have not changed since DIR's last build
    /// (the record in DIR/.hutong/ says which)
    #[arg(long)]
    force: bool,
    /// Print every warning of every site; by default a kind of warning is shown for the
    /// first few sites and the rest are counted in one line (errors are always shown)
    #[arg(short, long)]
    verbose: bool,
}

#[derive(clap::ValueEnum, Clone, Copy, Debug, PartialEq, Eq)]
enum Format {
    Human,
    Json,
}

impl BuildArgs {
    pub fn run(self) -> anyhow::Result<ExitCode> {
        let mut sites = super::site_dirs(&self.sites)?;
        let all = sites.len();
        if let Some(shard) = self.shard {
            sites = batch::shard(&sites, shard);
            eprintln!("shard {shard}: {} of {}", sites.len(), plural(all, "site"));
        }
        let bar = Progress::new(sites.len());
        let report = batch::build_with_progress(
            &Options {
                sites,
                out_dir: self.out.clone(),
                jobs: self.jobs,
                lang: super::messages_lang(),
                force: self.force,
                // A date that cannot be read is no date: sites that change on a date are
                // then built every time.
                now: schedule::now(std::env::var("SOURCE_DATE_EPOCH").ok().as_deref())
                    .ok()
                    .map(|now| now.as_second()),
            },
            &|site| bar.tick(site),
        );
        bar.finish();
        if self.format == Format::Json {
            let json = JsonReport::new(&report, &self.out, self.shard);
            let mut text = serde_json::to_string_pretty(&json)?;
            text.push('\n');
            std::io::stdout().write_all(text.as_bytes())?;
        }
        let mut warnings = 0;
        let mut digest = Digest::new(self.verbose);
        for site in &report.sites {
            warnings += super::warning_count(&site.site);
            let mut text = digest.site(&site.site);
            if let Some(failure) = &site.failure {
                if !text.is_empty() {
                    text.push('\n');
                }
                text.push_str(&failure.diagnostic().render(&failure.path, ""));
            }
            if !text.is_empty() {
                eprintln!("{text}");
            }
        }
        for line in digest.summary(super::messages_lang().unwrap_or(hutong::Lang::En)) {
            eprintln!("{line}");
        }
        let built: Vec<_> = report
            .sites
            .iter()
            .filter(|s| !s.up_to_date)
            .filter_map(|s| s.written.as_ref())
            .collect();
        let pages: usize = built.iter().map(|w| w.pages).sum();
        let codes: usize = built.iter().map(|w| w.qr_codes).sum();
        let bytes: u64 = built.iter().map(|w| w.bytes).sum();
        let failed = report.failed();
        let fresh = report.up_to_date();
        let mut summary = if built.is_empty() && fresh > 0 && failed == 0 {
            format!(
                "{} in {} up to date, nothing to build ({:.2?})",
                plural(fresh, "site"),
                self.out.display(),
                report.elapsed
            )
        } else {
            let mut summary = format!(
                "built {} into {}: {}, {}, {} in {:.2?}",
                plural(built.len(), "site"),
                self.out.display(),
                plural(pages, "page"),
                plural(codes, "QR code"),
                human_bytes(bytes),
                report.elapsed
            );
            if fresh > 0 {
                summary.push_str(&format!("; {fresh} up to date"));
            }
            summary
        };
        if warnings > 0 {
            summary.push_str(&format!("; {}", plural(warnings, "warning")));
        }
        if failed > 0 {
            summary.push_str(&format!(
                "; {} failed (previous output kept)",
                plural(failed, "site")
            ));
        }
        if let Some(e) = &report.record_error {
            eprintln!(
                "warning: {} `{}`: {}; the next build may build again sites that are up to date",
                e.action,
                e.path.display(),
                hutong::profile::io_reason(&e.source)
            );
        }
        if std::io::stderr().is_terminal() && failed == 0 {
            eprintln!("\x1b[32m{summary}\x1b[0m");
        } else {
            eprintln!("{summary}");
        }
        Ok(if failed > 0 {
            ExitCode::from(super::EXIT_SITE_ERROR)
        } else {
            ExitCode::SUCCESS
        })
    }
}

fn human_bytes(bytes: u64) -> String {
    match bytes {
        0..1024 => format!("{bytes} B"),
        1024..1_048_576 => format!("{:.1} KiB", bytes as f64 / 1024.0),
        _ => format!("{:.1} MiB", bytes as f64 / 1_048_576.0),
    }
}

/// A one-line progress bar on standard error, drawn only on a terminal outside CI and
/// only once a batch has run long enough to need one, so small builds and logs stay
/// clean. (A few lines here instead of `indicatif` and its five crates.)
struct Progress {
    state: Option<Mutex<Bar>>,
}

struct Bar {
    total: usize,
    done: usize,
    failed: usize,
    start: Instant,
    drawn: Option<Instant>,
}

/// How long a batch runs before the bar appears, and how often it is redrawn.
const BAR_DELAY: Duration = Duration::from_millis(300);
const BAR_EVERY: Duration = Duration::from_millis(80);
const BAR_WIDTH: usize = 30;

impl Progress {
    fn new(total: usize) -> Progress {
        let terminal = std::io::stderr().is_terminal()
            && std::env::var_os("CI").is_none()
            && std::env::var("TERM").map_or(true, |t| t != "dumb");
        Progress {
            state: (terminal && total > 1).then(|| {
                Mutex::new(Bar {
                    total,
                    done: 0,
                    failed: 0,
                    start: Instant::now(),
                    drawn: None,
                })
            }),
        }
    }

    fn tick(&self, site: &SiteReport) {
        let Some(state) = &self.state else { return };
        let mut bar = state.lock().unwrap_or_else(|e| e.into_inner());
        bar.done += 1;
        bar.failed += usize::from(!site.ok());
        let now = Instant::now();
        let due = now.duration_since(bar.start) >= BAR_DELAY
            && bar.drawn.is_none_or(|t| now.duration_since(t) >= BAR_EVERY);
        if due || (bar.done == bar.total && bar.drawn.is_some()) {
            bar.drawn = Some(now);
            let filled = BAR_WIDTH * bar.done / bar.total;
            let mut line = format!(
                "\r\x1b[K[{}{}] {}/{} sites",
                "#".repeat(filled),
                "-".repeat(BAR_WIDTH - filled),
                bar.done,
                bar.total
            );
            if bar.failed > 0 {
                line.push_str(&format!(", {} failed", bar.failed));
            }
            let _ = std::io::stderr().write_all(line.as_bytes());
        }
    }

    /// Clears the bar's line, if it was drawn, before the summary is printed.
    fn finish(&self) {
        if let Some(state) = &self.state
            && state
                .lock()
                .unwrap_or_else(|e| e.into_inner())
                .drawn
                .is_some()
        {
            let _ = std::io::stderr().write_all(b"\r\x1b[K");
        }
    }
}
