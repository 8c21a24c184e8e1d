use std::path::PathBuf;
use std::process::ExitCode;

use hutong::Lang;
use hutong::import::{self, Error};

/// Import a LittleLink or Linktree page: writes sites/<slug>/site.yaml with its name,
/// bio, picture and every link
#[derive(clap::Args, Debug)]
pub struct ImportArgs {
    /// The page: a LittleLink index.html, or a Linktree profile saved from the browser
    /// (Save page as… → Web page, HTML only)
    file: PathBuf,
    /// The new site's slug (default: made from the page's name)
    #[arg(long)]
    slug: Option<String>,
    /// The folder that holds the sites
    #[arg(long, value_name = "DIR", default_value = super::SITES_DIR)]
    dir: PathBuf,
}

impl ImportArgs {
    pub fn run(self) -> anyhow::Result<ExitCode> {
        let lang = cli_lang();
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

/// The command line's language: `HUTONG_LANG`, else the locale (`LC_ALL`,
/// `LC_MESSAGES`, `LANG`), else English.
fn cli_lang() -> Lang {
    super::messages_lang()
        .or_else(|| {
            ["LC_ALL", "LC_MESSAGES", "LANG"]
                .iter()
                .find_map(|var| std::env::var(var).ok().filter(|v| !v.is_empty()))
                .and_then(|value| Lang::from_tag(&value))
        })
        .unwrap_or(Lang::En)
}

#[cfg(test)]
mod tests {
    use clap::{Args, Command};
    use hutong::import::words::{Help, localized};

    use super::*;

    /// The help clap shows by default is the table's English, so that the catalogue
    /// can swap the words without a change of meaning.
    #[test]
    fn the_definition_speaks_the_tables_english() {
        let command = ImportArgs::augment_args(Command::new("import"));
        let english = localized(command.clone(), Lang::En);
        for arg in ["file", "slug", "dir"] {
            let given = command.get_arguments().find(|a| a.get_id() == arg).unwrap();
            let table = english.get_arguments().find(|a| a.get_id() == arg).unwrap();
            assert_eq!(
                given.get_help().map(|h| h.to_string().replace('\n', " ")),
                table.get_help().map(ToString::to_string),
                "{arg}"
            );
        }
        let chinese = localized(command, Lang::ZhHant);
        assert_eq!(
            chinese.get_about().unwrap().to_string(),
            Help::of(Lang::ZhHant).about
        );
    }
}
