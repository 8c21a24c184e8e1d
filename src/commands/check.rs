use std::path::PathBuf;
use std::process::ExitCode;

use hutong::batch::digest::Digest;
use hutong::{Lang, messages, profile, schedule};

/// Check site profiles without writing anything: reports every problem of each file,
/// warnings included.
#[derive(clap::Args, Debug)]
pub struct CheckArgs {
    /// Site folders (or their site.yaml, or a slug under sites/); default: every site in sites/
    #[arg(value_name = "SITE")]
    sites: Vec<PathBuf>,
    /// Print every warning of every site; by default a kind of warning is shown for the
    /// first few sites and the rest are counted in one line (errors are always shown)
    #[arg(short, long)]
    verbose: bool,
}

impl CheckArgs {
    pub fn run(self) -> anyhow::Result<ExitCode> {
        let dirs = super::site_dirs(&self.sites)?;
        let lang = super::messages_lang();
        // "Today" for schedules, as the build reads it.
        let epoch = std::env::var("SOURCE_DATE_EPOCH").ok();
        let now = schedule::now(epoch.as_deref())?;
        let (mut errors, mut warnings, mut bad_sites) = (0, 0, 0);
        let mut digest = Digest::new(self.verbose);
        for dir in &dirs {
            let site = profile::load_with(dir, lang);
            let site_errors = site.parsed.errors().count();
            errors += site_errors;
            warnings += site
                .parsed
                .diagnostics
                .iter()
                .filter(|d| d.is_warning())
                .count();
            bad_sites += usize::from(site_errors > 0);
            let text = digest.site(&site);
            if !text.is_empty() {
                eprintln!("{text}");
            }
            if let Some(profile) = site.profile() {
                // The notes speak the diagnostics' language (see `profile::parse_with`).
                let lang = lang
                    .or_else(|| profile::declared_lang(&site.source))
                    .unwrap_or(Lang::En);
                let today = profile.timezone.today(now);
                for note in profile::schedule_notes(profile, today, lang) {
                    eprintln!(
                        "{}{}:{}:{}: {}",
                        messages::LABEL_NOTE.get(lang),
                        site.path.display(),
                        note.at.line,
                        note.at.col,
                        note.text
                    );
                }
            }
        }
        for line in digest.summary(lang.unwrap_or(Lang::En)) {
            eprintln!("{line}");
        }
        let sites = plural(dirs.len(), "site");
        let summary = format!(
            "{}, {}",
            plural(errors, "error"),
            plural(warnings, "warning")
        );
        if errors > 0 {
            eprintln!(
                "checked {sites}: {summary} ({} failed)",
                plural(bad_sites, "site")
            );
            Ok(ExitCode::from(super::EXIT_SITE_ERROR))
        } else {
            eprintln!("checked {sites}: {summary}");
            Ok(ExitCode::SUCCESS)
        }
    }
}

pub fn plural(n: usize, word: &str) -> String {
    if n == 1 {
        format!("1 {word}")
    } else {
        format!("{n} {word}s")
    }
}
