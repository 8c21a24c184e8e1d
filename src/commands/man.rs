//! `hutong man`: manual pages in roff, generated from the CLI definition.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use anyhow::Context;
use hutong::Lang;

use super::words as w;

/// `hutong man` (what it does is said in `super::help`).
#[derive(clap::Args, Debug)]
pub struct ManArgs {
    #[arg(short, long, value_name = "DIR", value_hint = clap::ValueHint::DirPath)]
    output: Option<PathBuf>,
}

impl ManArgs {
    /// `cli` is the whole command line's definition, in English; `lang` is the language
    /// of what `man` itself says.
    pub fn run(self, cli: clap::Command, lang: Lang) -> anyhow::Result<ExitCode> {
        let Some(dir) = self.output else {
            let mut page = Vec::new();
            clap_mangen::Man::new(cli)
                .render(&mut page)
                .context(w::MAN_CANNOT_RENDER.get(lang))?;
            match std::io::stdout().write_all(&page) {
                // `hutong man | head` closing the pipe early is not an error.
                Err(e) if e.kind() != std::io::ErrorKind::BrokenPipe => {
                    return Err(e).context(w::MAN_CANNOT_PRINT.get(lang));
                }
                _ => return Ok(ExitCode::SUCCESS),
            }
        };
        std::fs::create_dir_all(&dir).with_context(|| {
            w::CANNOT_CREATE.fill(lang, &[("path", &dir.display().to_string())])
        })?;
        let mut cli = cli;
        cli.build();
        let written = write_pages(&cli, &dir, lang)?;
        let text = w::MAN_WROTE.fill(
            lang,
            &[
                ("n", &written.to_string()),
                ("dir", &dir.display().to_string()),
            ],
        );
        eprintln!("{text}");
        Ok(ExitCode::SUCCESS)
    }
}

/// Writes the page of `cmd` and of each of its visible subcommands, named after their
/// display names (`hutong-build.1`); returns how many. `help` is not a command of
/// its own: no page for it.
fn write_pages(cmd: &clap::Command, dir: &Path, lang: Lang) -> anyhow::Result<usize> {
    let mut written = 0;
    for sub in cmd
        .get_subcommands()
        .filter(|s| !s.is_hide_set() && s.get_name() != "help")
    {
        written += write_pages(sub, dir, lang)?;
    }
    let man = clap_mangen::Man::new(cmd.clone());
    let path = dir.join(man.get_filename());
    let mut page = Vec::new();
    man.render(&mut page).with_context(|| {
        w::MAN_CANNOT_RENDER_FILE.fill(lang, &[("path", &path.display().to_string())])
    })?;
    super::qr::write_file(&path, &page, lang)?;
    Ok(written + 1)
}
