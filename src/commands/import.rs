use std::path::PathBuf;
use std::process::ExitCode;

use hutong::Lang;
use hutong::import::{self, Error};

/// `hutong import` (what it does is said in `super::help`).
#[derive(clap::Args, Debug)]
pub struct ImportArgs {
    #[arg(value_name = "FILE")]
    file: PathBuf,
    #[arg(long, value_name = "SLUG")]
    slug: Option<String>,
    #[arg(long, value_name = "DIR", default_value = super::SITES_DIR)]
    dir: PathBuf,
}

impl ImportArgs {
    pub fn run(self, lang: Lang) -> anyhow::Result<ExitCode> {
        let options = import::Options {
            file: self.file,
            slug: self.slug,
            sites: self.dir,
            lang,
        };
        match import::import(&options) {
            Ok(report) => {
                for line in report.lines(lang) {
                    eprintln!("{line}");
                }
                Ok(ExitCode::SUCCESS)
            }
            Err(error) => {
                eprintln!("{}", error.render(lang));
                let code = match error {
                    // What the page holds: the input has a problem, as a site can.
                    Error::Unknown { .. }
                    | Error::NoLinks { .. }
                    | Error::BadData { .. }
                    | Error::Unchecked { .. } => super::EXIT_SITE_ERROR,
                    _ => super::EXIT_USAGE,
                };
                Ok(ExitCode::from(code))
            }
        }
    }
}
