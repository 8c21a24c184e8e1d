//! One module per subcommand: an args struct (clap derive) with a `run` that calls the
//! library and prints what it returns.

pub mod build;
pub mod check;
pub mod completions;
pub mod help;
pub mod import;
pub mod locale;
pub mod man;
pub mod new;
pub mod platforms;
pub mod qr;
#[cfg(feature = "resolve")]
pub mod resolve;
pub mod schema;
#[cfg(feature = "serve")]
pub mod serve;
pub mod usage;
pub mod words;

use std::path::{Path, PathBuf};

use anyhow::bail;
use hutong::Lang;

use words as w;

/// Exit code when a site has errors.
pub const EXIT_SITE_ERROR: u8 = 1;
/// Exit code for a usage error (bad arguments, missing folders).
pub const EXIT_USAGE: u8 = 2;

/// The folder holding the sites when none are named.
pub const SITES_DIR: &str = "sites";

/// How many warnings reading a site's profile gave.
pub fn warning_count(site: &hutong::Site) -> usize {
    site.parsed
        .diagnostics
        .iter()
        .filter(|d| d.is_warning())
        .count()
}

/// Turns the SITE arguments into site folders: a folder, a `site.yaml` path, or a bare
/// slug found under `sites/`. With no arguments, every `sites/*/site.yaml`, sorted.
pub fn site_dirs(args: &[PathBuf], lang: Lang) -> anyhow::Result<Vec<PathBuf>> {
    if args.is_empty() {
        let root = Path::new(SITES_DIR);
        let entries = match std::fs::read_dir(root) {
            Ok(entries) => entries,
            Err(e) => bail!(w::CANNOT_READ_SITES.fill(
                lang,
                &[("dir", SITES_DIR), ("why", &hutong::profile::io_reason(&e))]
            )),
        };
        let mut dirs: Vec<PathBuf> = entries
            .filter_map(Result::ok)
            .map(|e| e.path())
            .filter(|p| p.join("site.yaml").is_file())
            .collect();
        dirs.sort();
        if dirs.is_empty() {
            bail!(w::NO_SITE.fill(lang, &[("dir", SITES_DIR)]));
        }
        return Ok(dirs);
    }
    args.iter()
        .map(|arg| {
            if arg.file_name().is_some_and(|n| n == "site.yaml") {
                return Ok(arg
                    .parent()
                    .map_or_else(|| PathBuf::from("."), Path::to_path_buf));
            }
            if arg.is_dir() {
                return Ok(arg.clone());
            }
            let under_sites = Path::new(SITES_DIR).join(arg);
            if arg.components().count() == 1 && under_sites.is_dir() {
                return Ok(under_sites);
            }
            bail!(w::NO_SITE_FOLDER.fill(lang, &[("path", &arg.display().to_string())]))
        })
        .collect()
}
