//! The `hutong` command line: parses arguments, runs a command, prints what it
//! returns, and exits 0 (ok), 1 (a site has errors) or 2 (usage).

mod commands;

use std::process::ExitCode;

use clap::{CommandFactory, Parser, Subcommand};

/// hutong (互通): one YAML file of your accounts → a fast personal link hub with app
/// links and QR codes, for every platform from WeChat to GitHub.
#[derive(Parser, Debug)]
#[command(name = "hutong", version, about, long_about = None, propagate_version = true)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand, Debug)]
enum Command {
    Build(commands::build::BuildArgs),
    Check(commands::check::CheckArgs),
    Platforms(commands::platforms::PlatformsArgs),
    New(commands::new::NewArgs),
    Import(commands::import::ImportArgs),
    Qr(commands::qr::QrArgs),
    Schema(commands::schema::SchemaArgs),
    #[cfg(feature = "serve")]
    Serve(commands::serve::ServeArgs),
    #[cfg(feature = "resolve")]
    Resolve(commands::resolve::ResolveArgs),
    Completions(commands::completions::CompletionsArgs),
    Man(commands::man::ManArgs),
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    #[cfg(feature = "serve")]
    let serving = matches!(cli.command, Command::Serve(_));
    #[cfg(not(feature = "serve"))]
    let serving = false;
    if !serving {
        die_quietly_on_closed_pipe();
    }
    let result = match cli.command {
        Command::Build(args) => args.run(),
        Command::Check(args) => args.run(),
        Command::Platforms(args) => args.run(),
        Command::New(args) => args.run(),
        Command::Import(args) => args.run(),
        Command::Qr(args) => args.run(),
        Command::Schema(args) => args.run(),
        #[cfg(feature = "serve")]
        Command::Serve(args) => args.run(),
        #[cfg(feature = "resolve")]
        Command::Resolve(args) => args.run(),
        Command::Completions(args) => args.run(Cli::command()),
        Command::Man(args) => args.run(Cli::command()),
    };
    match result {
        Ok(code) => code,
        Err(error) => {
            eprintln!("error: {error:#}");
            ExitCode::from(commands::EXIT_USAGE)
        }
    }
}

/// `hutong platforms | head` should end quietly when `head` stops reading, as `cat`
/// does, instead of panicking on the broken pipe: Rust ignores SIGPIPE, so restore the
/// default. Not for `serve`, which writes to sockets a browser may close at any time.
fn die_quietly_on_closed_pipe() {
    #[cfg(unix)]
    // SAFETY: called once, before any thread starts; SIG_DFL is a valid disposition.
    unsafe {
        libc::signal(libc::SIGPIPE, libc::SIG_DFL);
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn cli_definition_is_consistent() {
        use clap::CommandFactory;
        super::Cli::command().debug_assert();
    }
}
