use std::path::PathBuf;
use std::process::ExitCode;

use hutong::batch::digest::Digest;
use hutong::{messages, profile, schedule};

use super::locale::Langs;
use super::words::{self as w, count};

/// `hutong check` (what it does is said in `super::help`).
#[derive(clap::Args, Debug)]
pub struct CheckArgs {
    #[arg(value_name = "SITE")]
    sites: Vec<PathBuf>,
    #[arg(short, long)]
    verbose: bool,
}

impl CheckArgs {
    pub fn run(self, langs: &Langs) -> anyhow::Result<ExitCode> {
        let dirs = super::site_dirs(&self.sites, langs.cli)?;
        let lang = langs.diagnostics;
        // "Today" for schedules, as the build reads it.
        let epoch = std::env::var("SOURCE_DATE_EPOCH").ok();
        let now = schedule::now(epoch.as_deref())?;
        let (mut errors, mut warnings, mut bad_sites) = (0, 0, 0);
        let mut digest = Digest::new(self.verbose);
        for dir in &dirs {
            let site = profile::load_with(dir, lang);
            let site_errors = site.parsed.errors().count();
            errors += site_errors;
            warnings += super::warning_count(&site);
            bad_sites += usize::from(site_errors > 0);
            let text = digest.site(&site);
            if !text.is_empty() {
                eprintln!("{text}");
            }
            if let Some(profile) = site.profile() {
                // The notes speak the diagnostics' language (see `profile::parse_with`).
                let lang = profile::diagnostics_lang(lang, &site.source);
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
        for line in digest.summary(langs.cli) {
            eprintln!("{line}");
        }
        let cli = langs.cli;
        let sites = count(cli, &w::SITES, dirs.len());
        let errors_text = count(cli, &w::ERRORS, errors);
        let warnings = count(cli, &w::WARNINGS, warnings);
        let mut args = vec![
            ("sites", sites.as_str()),
            ("errors", errors_text.as_str()),
            ("warnings", warnings.as_str()),
        ];
        if errors > 0 {
            let failed = count(cli, &w::SITES, bad_sites);
            args.push(("failed", &failed));
            eprintln!("{}", w::CHECKED_FAILED.fill(cli, &args));
            Ok(ExitCode::from(super::EXIT_SITE_ERROR))
        } else {
            eprintln!("{}", w::CHECKED.fill(cli, &args));
            Ok(ExitCode::SUCCESS)
        }
    }
}
