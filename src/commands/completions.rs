//! `hutong completions`: shell completion scripts, generated from the CLI definition.

use std::process::ExitCode;

use clap_complete::Shell;

/// Print a shell completion script for hutong
///
/// For example: `hutong completions bash > ~/.local/share/bash-completion/completions/hutong`,
/// `hutong completions zsh > ~/.zfunc/_hutong` (with ~/.zfunc on $fpath), or
/// `hutong completions fish > ~/.config/fish/completions/hutong.fish`.
#[derive(clap::Args, Debug)]
pub struct CompletionsArgs {
    /// The shell to complete in
    #[arg(value_name = "SHELL")]
    shell: Shell,
}

impl CompletionsArgs {
    /// `cli` is the whole command line's definition (`Cli::command()`).
    pub fn run(self, mut cli: clap::Command) -> anyhow::Result<ExitCode> {
        let name = cli.get_name().to_owned();
        clap_complete::generate(self.shell, &mut cli, name, &mut std::io::stdout());
        Ok(ExitCode::SUCCESS)
    }
}
