//! `hutong serve`: preview a site while editing it.

use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::sync::Arc;

use anyhow::{Context, bail};
use hutong::build;
use hutong::serve::{self, Event, Port};

use super::check::plural;

/// Preview a site while you edit it, reloading the page on every save
///
/// Builds the site into a temporary folder (dist/ is left alone), serves it on 127.0.0.1
/// only, and rebuilds and reloads the page whenever site.yaml or a file beside it
/// changes. Errors show in the terminal and over the page, and the last good build stays
/// up. Add ?as=wechat (or iphone, android, desktop, wechat-android, qq, weibo, douyin) to
/// an address to see the pages as that browser would, without ever leaving the site;
/// ?as=off ends it. Ctrl-C stops.
#[derive(clap::Args, Debug)]
pub struct ServeArgs {
    /// The site folder (or its site.yaml, or a slug under sites/); default: the only site in sites/
    #[arg(value_name = "SITE")]
    site: Option<PathBuf>,
    /// The port on 127.0.0.1 (0: any free port); default: 8000, or the next free one
    #[arg(short, long, value_name = "N")]
    port: Option<u16>,
    /// Open the page in the default browser
    #[arg(long)]
    open: bool,
}

impl ServeArgs {
    pub fn run(self) -> anyhow::Result<ExitCode> {
        let site = match &self.site {
            Some(site) => super::site_dirs(std::slice::from_ref(site))?.remove(0),
            None => only_site()?,
        };
        // Ctrl-C (and SIGTERM, SIGHUP) end the wait below, so that the server stops and
        // its temporary folder is removed before hutong exits with 0.
        let (stop_tx, stop_rx) = std::sync::mpsc::channel::<()>();
        ctrlc::set_handler(move || {
            let _ = stop_tx.send(());
        })
        .context("cannot listen for Ctrl-C")?;

        let port = match self.port {
            Some(port) => Port::Exactly(port),
            None => Port::FirstFreeFrom(serve::DEFAULT_PORT),
        };
        let serving = serve::start(
            &serve::Options {
                site,
                port,
                lang: super::messages_lang(),
            },
            Arc::new(show),
        )?;
        let url = serving.url();
        if let Some(busy) = serving.busy_port() {
            eprintln!(
                "port {busy} is in use; serving on port {} instead",
                serving.addr().port()
            );
        }
        eprintln!("serving at {url} (only this computer can open it); Ctrl-C stops");
        eprintln!(
            "preview as another browser: {url}?as=wechat (or iphone, android, desktop, …; ?as=off ends it)"
        );
        if self.open {
            open_browser(&url);
        }
        // Returns on Ctrl-C; an error would mean the handler is gone, which ends it too.
        let _ = stop_rx.recv();
        eprintln!("\nstopping");
        serving.stop();
        Ok(ExitCode::SUCCESS)
    }
}

/// With no SITE: the one site in sites/, or an error naming them.
fn only_site() -> anyhow::Result<PathBuf> {
    let mut sites = super::site_dirs(&[])?;
    if sites.len() == 1 {
        return Ok(sites.remove(0));
    }
    let names: Vec<String> = sites
        .iter()
        .filter_map(|d| d.file_name())
        .map(|n| n.to_string_lossy().into_owned())
        .collect();
    bail!(
        "{} in `{}/` ({}): name the one to serve, e.g. `hutong serve {}`",
        plural(sites.len(), "site"),
        super::SITES_DIR,
        names.join(", "),
        names[0]
    )
}

/// Shows a build's outcome on standard error.
fn show(event: Event) {
    match event {
        Event::Built {
            report,
            changed,
            elapsed,
        } => {
            let cause = describe_change(&changed, &report.site.dir);
            let verb = if changed.is_empty() {
                "built"
            } else {
                "rebuilt"
            };
            if let Some(written) = &report.written {
                let warnings = super::warning_count(&report.site);
                if warnings > 0 {
                    eprintln!("{}", report.site.render_diagnostics());
                }
                let mut line = format!(
                    "{cause}{verb} {} in {} ms: {}, {}",
                    report.site.slug,
                    elapsed.as_millis(),
                    plural(written.pages, "page"),
                    plural(written.qr_codes, "QR code")
                );
                if warnings > 0 {
                    line.push_str(&format!(", {}", plural(warnings, "warning")));
                }
                eprintln!("{line}");
            } else {
                if let Some(text) = build::describe_failure(&report) {
                    eprintln!("{text}");
                }
                eprintln!(
                    "{cause}the build failed: the page shows these errors over the last good build; fix them and save"
                );
            }
        }
        Event::WatchError(e) => eprintln!("warning: watching for changes: {e}"),
    }
}

/// "site.yaml changed: ": the first changed file, relative to the site folder.
fn describe_change(changed: &[PathBuf], dir: &Path) -> String {
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
        1 => format!("{name} changed: "),
        n => format!("{name} and {} changed: ", plural(n - 1, "other file")),
    }
}

/// Opens `url` in the default browser; a failure is only a warning.
fn open_browser(url: &str) {
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
        eprintln!("warning: cannot open a browser ({e}); open {url} yourself");
    }
}
