//! `hutong serve`: preview a site while editing it.

use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::sync::Arc;

use anyhow::{Context, bail};
use hutong::build;
use hutong::serve::{self, Event, Port};

use hutong::{Lang, messages};

use super::locale::Langs;
use super::words::{self as w, count};

/// `hutong serve` (what it does is said in `super::help`).
#[derive(clap::Args, Debug)]
pub struct ServeArgs {
    #[arg(value_name = "SITE")]
    site: Option<PathBuf>,
    #[arg(short, long, value_name = "N")]
    port: Option<u16>,
    #[arg(long)]
    open: bool,
}

impl ServeArgs {
    pub fn run(self, langs: &Langs) -> anyhow::Result<ExitCode> {
        let lang = langs.cli;
        let site = match &self.site {
            Some(site) => super::site_dirs(std::slice::from_ref(site), lang)?.remove(0),
            None => only_site(lang)?,
        };
        // Ctrl-C (and SIGTERM, SIGHUP) end the wait below, so that the server stops and
        // its temporary folder is removed before hutong exits with 0.
        let (stop_tx, stop_rx) = std::sync::mpsc::channel::<()>();
        ctrlc::set_handler(move || {
            let _ = stop_tx.send(());
        })
        .context(w::SERVE_NO_CTRL_C.get(lang))?;

        let port = match self.port {
            Some(port) => Port::Exactly(port),
            None => Port::FirstFreeFrom(serve::DEFAULT_PORT),
        };
        let serving = serve::start(
            &serve::Options {
                site,
                port,
                lang: langs.diagnostics,
            },
            Arc::new(move |event| show(event, lang)),
        )?;
        let url = serving.url();
        if let Some(busy) = serving.busy_port() {
            let port = serving.addr().port().to_string();
            let text =
                w::SERVE_PORT_BUSY.fill(lang, &[("busy", &busy.to_string()), ("port", &port)]);
            eprintln!("{text}");
        }
        eprintln!("{}", w::SERVE_AT.fill(lang, &[("url", &url)]));
        eprintln!("{}", w::SERVE_PREVIEW_AS.fill(lang, &[("url", &url)]));
        if self.open {
            open_browser(&url, lang);
        }
        // Returns on Ctrl-C; an error would mean the handler is gone, which ends it too.
        let _ = stop_rx.recv();
        eprintln!("\n{}", w::SERVE_STOPPING.get(lang));
        serving.stop();
        Ok(ExitCode::SUCCESS)
    }
}

/// With no SITE: the one site in sites/, or an error naming them.
fn only_site(lang: Lang) -> anyhow::Result<PathBuf> {
    let mut sites = super::site_dirs(&[], lang)?;
    if sites.len() == 1 {
        return Ok(sites.remove(0));
    }
    let names: Vec<String> = sites
        .iter()
        .filter_map(|d| d.file_name())
        .map(|n| n.to_string_lossy().into_owned())
        .collect();
    bail!(w::SERVE_WHICH.fill(
        lang,
        &[
            ("sites", &count(lang, &w::SITES, sites.len())),
            ("dir", super::SITES_DIR),
            ("names", &names.join(", ")),
            ("first", &names[0]),
        ],
    ))
}

/// Shows a build's outcome on standard error.
fn show(event: Event, lang: Lang) {
    match event {
        Event::Built {
            report,
            changed,
            elapsed,
        } => {
            let cause = describe_change(&changed, &report.site.dir, lang);
            if let Some(written) = &report.written {
                let warnings = super::warning_count(&report.site);
                if warnings > 0 {
                    eprintln!("{}", report.site.render_diagnostics());
                }
                let verb = if changed.is_empty() {
                    &w::SERVE_BUILT
                } else {
                    &w::SERVE_REBUILT
                };
                let mut line = verb.fill(
                    lang,
                    &[
                        ("slug", &report.site.slug),
                        ("ms", &elapsed.as_millis().to_string()),
                        ("pages", &count(lang, &w::PAGES, written.counts.pages)),
                        ("codes", &count(lang, &w::QR_CODES, written.counts.qr_codes)),
                    ],
                );
                if warnings > 0 {
                    let what = count(lang, &w::WARNINGS, warnings);
                    line.push_str(&w::SERVE_ALSO.fill(lang, &[("what", &what)]));
                }
                eprintln!("{cause}{line}");
            } else {
                if let Some(text) = build::describe_failure(&report) {
                    eprintln!("{text}");
                }
                eprintln!("{cause}{}", w::SERVE_FAILED.get(lang));
            }
        }
        Event::WatchError(e) => {
            let text = w::SERVE_WATCH_ERROR.fill(lang, &[("why", &e.to_string())]);
            eprintln!("{}{text}", messages::LABEL_WARNING.get(lang));
        }
    }
}

/// "site.yaml changed: ": the first changed file, relative to the site folder.
fn describe_change(changed: &[PathBuf], dir: &Path, lang: Lang) -> String {
    let Some(first) = changed.first() else {
        return String::new();
    };
    let dir = dir.canonicalize().unwrap_or_else(|_| dir.to_path_buf());
    let name = first
        .strip_prefix(&dir)
        .unwrap_or(first)
        .display()
        .to_string();
    match changed.len() {
        1 => w::SERVE_CHANGED.fill(lang, &[("name", &name)]),
        n => w::SERVE_CHANGED_MORE.fill(
            lang,
            &[
                ("name", &name),
                ("others", &count(lang, &w::OTHER_FILES, n - 1)),
            ],
        ),
    }
}

/// Opens `url` in the default browser; a failure is only a warning.
fn open_browser(url: &str, lang: Lang) {
    let mut command = if cfg!(target_os = "macos") {
        std::process::Command::new("open")
    } else if cfg!(windows) {
        let mut c = std::process::Command::new("cmd");
        c.args(["/C", "start", ""]);
        c
    } else {
        std::process::Command::new("xdg-open")
    };
    let spawned = command
        .arg(url)
        .stdin(std::process::Stdio::null())
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .spawn();
    if let Err(e) = spawned {
        let text = w::SERVE_NO_BROWSER.fill(lang, &[("why", &e.to_string()), ("url", url)]);
        eprintln!("{}{text}", messages::LABEL_WARNING.get(lang));
    }
}
