//! `hutong completions`: shell completion scripts, generated from the CLI definition.

use std::process::ExitCode;

use clap_complete::Shell;

/// `hutong completions` (what it does is said in `super::help`).
#[derive(clap::Args, Debug)]
pub struct CompletionsArgs {
    #[arg(value_name = "SHELL")]
    shell: Shell,
}

impl CompletionsArgs {
    /// `cli` is the whole command line's definition, in English.
    pub fn run(self, mut cli: clap::Command) -> anyhow::Result<ExitCode> {
        let name = cli.get_name().to_owned();
        clap_complete::generate(self.shell, &mut cli, name, &mut std::io::stdout());
        Ok(ExitCode::SUCCESS)
    }
}
