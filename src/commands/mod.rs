//! One module per subcommand: an args struct (clap derive) with a `run` that calls the
//! library and prints what it returns.

pub mod build;
pub mod check;
pub mod completions;
pub mod import;
pub mod man;
pub mod new;
pub mod platforms;
pub mod qr;
#[cfg(feature = "resolve")]
pub mod resolve;
pub mod schema;
#[cfg(feature = "serve")]
pub mod serve;

use std::path::{Path, PathBuf};

use anyhow::{Context, bail};
use hutong::Lang;

/// Exit code when a site has errors.
pub const EXIT_SITE_ERROR: u8 = 1;
/// Exit code for a usage error (bad arguments, missing folders).
pub const EXIT_USAGE: u8 = 2;

/// The folder holding the sites when none are named.
pub const SITES_DIR: &str = "sites";

/// The environment variable that sets the language of the profiles' diagnostics.
pub const LANG_VAR: &str = "HUTONG_LANG";

/// The language `HUTONG_LANG` asks for (`zh-Hans`, `zh-Hant`, `en`; `zh-CN`, `zh_TW`…
/// are read too); `None` when it is unset or empty, and then each profile's `lang:`
/// decides. A value hutong does not know is ignored with a warning.
pub fn messages_lang() -> Option<Lang> {
    let value = std::env::var(LANG_VAR).ok()?;
    if value.trim().is_empty() {
        return None;
    }
    let lang = Lang::from_tag(&value);
    if lang.is_none() {
        eprintln!(
            "warning: {LANG_VAR}={value:?} is not a language hutong speaks; it is ignored (use zh-Hans, zh-Hant or en)"
        );
    }
    lang
}

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
pub fn site_dirs(args: &[PathBuf]) -> anyhow::Result<Vec<PathBuf>> {
    if args.is_empty() {
        let root = Path::new(SITES_DIR);
        let entries = std::fs::read_dir(root)
            .with_context(|| format!("cannot read `{SITES_DIR}/`: run hutong in the folder that holds `sites/`, name site folders, or start one with `hutong new <slug>`"))?;
        let mut dirs: Vec<PathBuf> = entries
            .filter_map(Result::ok)
            .map(|e| e.path())
            .filter(|p| p.join("site.yaml").is_file())
            .collect();
        dirs.sort();
        if dirs.is_empty() {
            bail!("no site in `{SITES_DIR}/`: start one with `hutong new <slug>`");
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
            bail!(
                "no site folder `{}`: name a folder holding site.yaml, such as `sites/<slug>`",
                arg.display()
            )
        })
        .collect()
}
