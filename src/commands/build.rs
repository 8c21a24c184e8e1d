use std::io::{IsTerminal, Write};
use std::path::PathBuf;
use std::process::ExitCode;
use std::sync::Mutex;
use std::time::{Duration, Instant};

use hutong::batch::digest::Digest;
use hutong::batch::json::JsonReport;
use hutong::batch::{self, Options, Shard};
use hutong::build::{Counts, SiteReport};
use hutong::schedule;

use hutong::Lang;

use super::locale::Langs;
use super::usage::Refused;
use super::words::{self as w, count};

/// `hutong build` (what it does is said in `super::help`).
#[derive(clap::Args, Debug)]
pub struct BuildArgs {
    #[arg(value_name = "SITE")]
    sites: Vec<PathBuf>,
    #[arg(short, long, value_name = "DIR", default_value = "dist")]
    out: PathBuf,
    #[arg(short, long, value_name = "N", default_value_t = 0)]
    jobs: usize,
    #[arg(long, value_name = "K/N", value_parser = parse_shard)]
    shard: Option<Shard>,
    #[arg(long, value_name = "FORMAT", default_value = "human")]
    format: Format,
    #[arg(long)]
    force: bool,
    #[arg(short, long)]
    verbose: bool,
}

#[derive(clap::ValueEnum, Clone, Copy, Debug, PartialEq, Eq)]
enum Format {
    Human,
    Json,
}

impl BuildArgs {
    pub fn run(self, langs: &Langs) -> anyhow::Result<ExitCode> {
        let lang = langs.cli;
        let mut sites = super::site_dirs(&self.sites, lang)?;
        let all = sites.len();
        if let Some(shard) = self.shard {
            sites = batch::shard(&sites, shard);
            let text = w::BUILD_SHARD.fill(
                lang,
                &[
                    ("shard", &shard.to_string()),
                    ("n", &sites.len().to_string()),
                    ("sites", &count(lang, &w::SITES, all)),
                ],
            );
            eprintln!("{text}");
        }
        let bar = Progress::new(sites.len(), lang);
        let report = batch::build_with_progress(
            &Options {
                sites,
                out_dir: self.out.clone(),
                jobs: self.jobs,
                lang: langs.diagnostics,
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
        for line in digest.summary(langs.cli) {
            eprintln!("{line}");
        }
        let built: Vec<_> = report
            .sites
            .iter()
            .filter(|s| !s.up_to_date)
            .filter_map(|s| s.written.as_ref())
            .collect();
        let mut wrote = Counts::default();
        for w in &built {
            wrote += w.counts;
        }
        let Counts {
            pages,
            qr_codes: codes,
            bytes,
            ..
        } = wrote;
        let failed = report.failed();
        let fresh = report.up_to_date();
        let dir = self.out.display().to_string();
        let elapsed = format!("{:.2?}", report.elapsed);
        let mut summary = if built.is_empty() && fresh > 0 && failed == 0 {
            w::BUILD_UP_TO_DATE.fill(
                lang,
                &[
                    ("sites", &count(lang, &w::SITES, fresh)),
                    ("dir", &dir),
                    ("elapsed", &elapsed),
                ],
            )
        } else {
            let mut summary = w::BUILD_DONE.fill(
                lang,
                &[
                    ("sites", &count(lang, &w::SITES, built.len())),
                    ("dir", &dir),
                    ("pages", &count(lang, &w::PAGES, pages)),
                    ("codes", &count(lang, &w::QR_CODES, codes)),
                    ("size", &human_bytes(bytes)),
                    ("elapsed", &elapsed),
                ],
            );
            if fresh > 0 {
                summary
                    .push_str(&w::BUILD_ALSO_UP_TO_DATE.fill(lang, &[("n", &fresh.to_string())]));
            }
            summary
        };
        if warnings > 0 {
            let what = count(lang, &w::WARNINGS, warnings);
            summary.push_str(&w::BUILD_ALSO.fill(lang, &[("what", &what)]));
        }
        if failed > 0 {
            let sites = count(lang, &w::SITES, failed);
            summary.push_str(&w::BUILD_FAILED.fill(lang, &[("sites", &sites)]));
        }
        if let Some(e) = &report.record_error {
            let text = w::BUILD_RECORD_ERROR.fill(
                lang,
                &[
                    ("action", e.action),
                    ("path", &e.path.display().to_string()),
                    ("why", &hutong::profile::io_reason(&e.source)),
                ],
            );
            eprintln!("{}{text}", hutong::messages::LABEL_WARNING.get(lang));
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

/// `--shard K/N`, refused in the command line's language.
fn parse_shard(text: &str) -> Result<Shard, Refused> {
    text.parse().map_err(|_| Refused(&w::VALUE_SHARD))
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
    lang: Lang,
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
    fn new(total: usize, lang: Lang) -> Progress {
        let terminal = std::io::stderr().is_terminal()
            && std::env::var_os("CI").is_none()
            && std::env::var("TERM").map_or(true, |t| t != "dumb");
        Progress {
            lang,
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
                "\r\x1b[K[{}{}] {}",
                "#".repeat(filled),
                "-".repeat(BAR_WIDTH - filled),
                w::PROGRESS.fill(
                    self.lang,
                    &[
                        ("done", &bar.done.to_string()),
                        ("total", &bar.total.to_string())
                    ]
                )
            );
            if bar.failed > 0 {
                let failed = bar.failed.to_string();
                line.push_str(&w::PROGRESS_FAILED.fill(self.lang, &[("n", &failed)]));
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
