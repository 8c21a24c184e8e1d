use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Duration;

use hutong::resolve::{self, Limits, Outcome, edit, http};

use super::check::plural;

/// The environment variable naming an HTTP server that takes every request in proxy
/// form (`http://HOST:PORT`): a gateway, or a test server.
pub const VIA_VAR: &str = "HUTONG_RESOLVE_VIA";

/// Follow the short links in site profiles (b23.tv, v.douyin.com, m.tb.cn…) once and
/// write the profile addresses they lead to into site.yaml. The only command that uses
/// the network.
#[derive(clap::Args, Debug)]
pub struct ResolveArgs {
    /// Site folders (or their site.yaml, or a slug under sites/); default: every site in sites/
    #[arg(value_name = "SITE")]
    sites: Vec<PathBuf>,
    /// Print the changes as a diff and write nothing
    #[arg(long)]
    dry_run: bool,
    /// Seconds to wait for one request; one link's whole chain gets four times as long
    #[arg(long, value_name = "SECONDS", default_value = "5", value_parser = seconds)]
    timeout: Duration,
}

fn seconds(text: &str) -> Result<Duration, String> {
    text.parse::<f64>()
        .ok()
        .filter(|s| *s > 0.0 && *s <= 600.0)
        .and_then(|s| Duration::try_from_secs_f64(s).ok())
        .ok_or_else(|| format!("`{text}` is not a number of seconds between 0 and 600"))
}

impl ResolveArgs {
    pub fn run(self) -> anyhow::Result<ExitCode> {
        let dirs = super::site_dirs(&self.sites)?;
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
            let source = match read(&path) {
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
                    eprintln!("{shown}: {why} (run `hutong check` for details)");
                    failed_sites += 1;
                    continue;
                }
            };
            for account in &report.accounts {
                found += 1;
                let was = if account.from_text {
                    format!("{} (in a share text)", account.short)
                } else {
                    account.short.to_string()
                };
                let what = match &account.outcome {
                    Outcome::Resolved(url) => {
                        resolved += 1;
                        format!("→ {url}")
                    }
                    Outcome::Refused(why) => format!("left alone: {why}"),
                    Outcome::OtherPlatform(other) => format!(
                        "left alone: a {} short link on a {} account",
                        other.names.en, account.platform.names.en
                    ),
                    Outcome::NotEditable(why) => format!("left alone: {why}"),
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
                    eprintln!("error: {e:#}");
                    failed_sites += 1;
                    resolved -= report.changes.len();
                }
            }
        }
        let unresolved = found - resolved;
        let mut summary = format!(
            "resolved {resolved} of {} in {}",
            plural(found, "short link"),
            plural(dirs.len(), "site")
        );
        if unresolved > 0 {
            summary.push_str(&format!(", {unresolved} left alone"));
        }
        if failed_sites > 0 {
            summary.push_str(&format!(
                ", {} not read or written",
                plural(failed_sites, "site")
            ));
        }
        if self.dry_run {
            summary.push_str(" (dry run: nothing written)");
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
fn read(path: &std::path::Path) -> Result<String, String> {
    let meta = std::fs::metadata(path).map_err(|e| format!("cannot read: {e}"))?;
    if meta.len() > hutong::profile::MAX_FILE_BYTES {
        return Err(format!(
            "larger than {} bytes; `hutong check` says more",
            hutong::profile::MAX_FILE_BYTES
        ));
    }
    let bytes = std::fs::read(path).map_err(|e| format!("cannot read: {e}"))?;
    String::from_utf8(bytes).map_err(|_| "not UTF-8 text; save it as UTF-8".to_owned())
}
