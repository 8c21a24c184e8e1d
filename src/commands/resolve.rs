use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Duration;

use hutong::resolve::{self, Limits, Outcome, edit, http};

use hutong::{Lang, messages};

use super::usage::Refused;
use super::words::{self as w, count};

/// The environment variable naming an HTTP server that takes every request in proxy
/// form (`http://HOST:PORT`): a gateway, or a test server.
pub const VIA_VAR: &str = "HUTONG_RESOLVE_VIA";

/// `hutong resolve` (what it does is said in `super::help`).
#[derive(clap::Args, Debug)]
pub struct ResolveArgs {
    #[arg(value_name = "SITE")]
    sites: Vec<PathBuf>,
    #[arg(long)]
    dry_run: bool,
    #[arg(long, value_name = "SECONDS", default_value = "5", value_parser = seconds)]
    timeout: Duration,
}

fn seconds(text: &str) -> Result<Duration, Refused> {
    text.parse::<f64>()
        .ok()
        .filter(|s| *s > 0.0 && *s <= 600.0)
        .and_then(|s| Duration::try_from_secs_f64(s).ok())
        .ok_or(Refused(&w::VALUE_SECONDS))
}

impl ResolveArgs {
    pub fn run(self, lang: Lang) -> anyhow::Result<ExitCode> {
        let dirs = super::site_dirs(&self.sites, lang)?;
        let via = std::env::var(VIA_VAR).ok().filter(|v| !v.trim().is_empty());
        let mut client = http::Client::new(via.as_deref(), self.timeout)?;
        let limits = Limits {
            request: self.timeout,
            chain: self.timeout * 4,
        };
        let (mut found, mut resolved, mut failed_sites) = (0, 0, 0);
        for dir in &dirs {
            let path = dir.join("site.yaml");
            let shown = path.display();
            let source = match read(&path, lang) {
                Ok(source) => source,
                Err(why) => {
                    eprintln!("{shown}: {why}");
                    failed_sites += 1;
                    continue;
                }
            };
            let report = match resolve::site(&source, &mut client, limits) {
                Ok(report) => report,
                Err(why) => {
                    let text = w::RESOLVE_UNREAD.fill(lang, &[("why", &why.to_string())]);
                    eprintln!("{shown}: {text}");
                    failed_sites += 1;
                    continue;
                }
            };
            for account in &report.accounts {
                found += 1;
                let short = account.short.to_string();
                let was = if account.from_text {
                    w::RESOLVE_IN_TEXT.fill(lang, &[("link", &short)])
                } else {
                    short
                };
                let left = |why: &str| w::RESOLVE_LEFT_ALONE.fill(lang, &[("why", why)]);
                let what = match &account.outcome {
                    Outcome::Resolved(url) => {
                        resolved += 1;
                        format!("→ {url}")
                    }
                    Outcome::Refused(why) => left(&why.to_string()),
                    Outcome::OtherPlatform(other) => left(&w::RESOLVE_OTHER_PLATFORM.fill(
                        lang,
                        &[
                            ("other", other.names.get(lang)),
                            ("platform", account.platform.names.get(lang)),
                        ],
                    )),
                    Outcome::NotEditable(why) => left(&why.to_string()),
                };
                println!(
                    "{shown}:{}: {}: {was} {what}",
                    account.line, account.platform.id
                );
            }
            if let Some(text) = &report.text {
                if self.dry_run {
                    print!(
                        "{}",
                        edit::diff(&shown.to_string(), &source, &report.changes)
                    );
                } else if let Err(e) = edit::write_atomically(&path, text) {
                    eprintln!("{}{e:#}", messages::LABEL_ERROR.get(lang));
                    failed_sites += 1;
                    resolved -= report.changes.len();
                }
            }
        }
        let unresolved = found - resolved;
        let mut summary = w::RESOLVE_SUMMARY.fill(
            lang,
            &[
                ("n", &resolved.to_string()),
                ("links", &count(lang, &w::SHORT_LINKS, found)),
                ("sites", &count(lang, &w::SITES, dirs.len())),
            ],
        );
        if unresolved > 0 {
            let n = unresolved.to_string();
            summary.push_str(&w::RESOLVE_SUMMARY_LEFT.fill(lang, &[("n", &n)]));
        }
        if failed_sites > 0 {
            let sites = count(lang, &w::SITES, failed_sites);
            summary.push_str(&w::RESOLVE_SUMMARY_FAILED.fill(lang, &[("sites", &sites)]));
        }
        if self.dry_run {
            summary.push_str(w::RESOLVE_SUMMARY_DRY.get(lang));
        }
        eprintln!("{summary}");
        Ok(if unresolved > 0 || failed_sites > 0 {
            ExitCode::from(super::EXIT_SITE_ERROR)
        } else {
            ExitCode::SUCCESS
        })
    }
}

/// The profile's text, within the profile size limit.
fn read(path: &std::path::Path, lang: Lang) -> Result<String, String> {
    let unread = |e: std::io::Error| {
        w::RESOLVE_CANNOT_READ.fill(lang, &[("why", &hutong::profile::io_reason(&e))])
    };
    let meta = std::fs::metadata(path).map_err(unread)?;
    if meta.len() > hutong::profile::MAX_FILE_BYTES {
        let max = hutong::profile::MAX_FILE_BYTES.to_string();
        return Err(w::RESOLVE_TOO_LARGE.fill(lang, &[("max", &max)]));
    }
    let bytes = std::fs::read(path).map_err(unread)?;
    String::from_utf8(bytes).map_err(|_| w::RESOLVE_NOT_UTF8.get(lang).to_owned())
}
