//! `hutong man`: manual pages in roff, generated from the CLI definition.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use anyhow::Context;

/// Print hutong's manual page (roff), or write one page per command into a folder
///
/// For example: `hutong man | man -l -`, or `hutong man -o /usr/local/share/man/man1`.
#[derive(clap::Args, Debug)]
pub struct ManArgs {
    /// Write hutong.1 and a hutong-<command>.1 for each command into DIR (created if
    /// missing) instead of printing hutong.1
    #[arg(short, long, value_name = "DIR", value_hint = clap::ValueHint::DirPath)]
    output: Option<PathBuf>,
}

impl ManArgs {
    /// `cli` is the whole command line's definition (`Cli::command()`).
    pub fn run(self, cli: clap::Command) -> anyhow::Result<ExitCode> {
        let Some(dir) = self.output else {
            let mut page = Vec::new();
            clap_mangen::Man::new(cli)
                .render(&mut page)
                .context("cannot render the manual page")?;
            match std::io::stdout().write_all(&page) {
                // `hutong man | head` closing the pipe early is not an error.
                Err(e) if e.kind() != std::io::ErrorKind::BrokenPipe => {
                    return Err(e).context("cannot print the manual page");
                }
                _ => return Ok(ExitCode::SUCCESS),
            }
        };
        std::fs::create_dir_all(&dir)
            .with_context(|| format!("cannot create `{}`", dir.display()))?;
        // `help` is clap's, not a command of ours: no page for it.
        let mut cli = cli.disable_help_subcommand(true);
        cli.build();
        let written = write_pages(&cli, &dir)?;
        eprintln!("wrote {written} manual pages to {}", dir.display());
        Ok(ExitCode::SUCCESS)
    }
}

/// Writes the page of `cmd` and of each of its visible subcommands, named after their
/// display names (`hutong-build.1`); returns how many.
fn write_pages(cmd: &clap::Command, dir: &Path) -> anyhow::Result<usize> {
    let mut written = 0;
    for sub in cmd.get_subcommands().filter(|s| !s.is_hide_set()) {
        written += write_pages(sub, dir)?;
    }
    let man = clap_mangen::Man::new(cmd.clone());
    let path = dir.join(man.get_filename());
    let mut page = Vec::new();
    man.render(&mut page)
        .with_context(|| format!("cannot render `{}`", path.display()))?;
    super::qr::write_file(&path, &page)?;
    Ok(written + 1)
}
