use std::io::IsTerminal;
use std::path::PathBuf;
use std::process::ExitCode;

use hutong::build::{self, Options};

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
}

impl BuildArgs {
    pub fn run(self) -> anyhow::Result<ExitCode> {
        let sites = super::site_dirs(&self.sites)?;
        let report = build::build(&Options {
            sites,
            out_dir: self.out.clone(),
            jobs: self.jobs,
        });
        let mut warnings = 0;
        for site in &report.sites {
            warnings += site
                .site
                .parsed
                .diagnostics
                .iter()
                .filter(|d| !d.is_error())
                .count();
            if let Some(text) = build::describe_failure(site) {
                eprintln!("{text}");
            }
        }
        let built: Vec<_> = report
            .sites
            .iter()
            .filter_map(|s| s.written.as_ref())
            .collect();
        let pages: usize = built.iter().map(|w| w.pages).sum();
        let codes: usize = built.iter().map(|w| w.qr_codes).sum();
        let bytes: u64 = built.iter().map(|w| w.bytes).sum();
        let failed = report.failed();
        let mut summary = format!(
            "built {} into {}: {}, {}, {} in {:.2?}",
            plural(built.len(), "site"),
            self.out.display(),
            plural(pages, "page"),
            plural(codes, "QR code"),
            human_bytes(bytes),
            report.elapsed
        );
        if warnings > 0 {
            summary.push_str(&format!("; {}", plural(warnings, "warning")));
        }
        if failed > 0 {
            summary.push_str(&format!(
                "; {} failed (previous output kept)",
                plural(failed, "site")
            ));
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
