//! The `hutong` command line: parses arguments, runs a command, prints what it
//! returns, and exits 0 (ok), 1 (a site has errors) or 2 (usage).

mod commands;

use std::process::ExitCode;

use clap::{CommandFactory, FromArgMatches, Parser, Subcommand};

// What hutong and each command and argument do is said in `commands::help`'s
// catalogue, in three languages; the derive structs only name them.
#[derive(Parser, Debug)]
#[command(name = "hutong", version)]
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
    let langs = commands::locale::from_process();
    let lang = langs.cli;
    let mut definition = commands::help::localize(Cli::command(), lang);
    let matches = match definition.try_get_matches_from_mut(std::env::args_os()) {
        Ok(matches) => matches,
        Err(error) => return usage_error(&error, lang),
    };
    if let Some(("help", help)) = matches.subcommand() {
        let name = help.get_one::<String>("command").map(String::as_str);
        return match commands::help::print(&mut definition, name, lang) {
            Ok(()) => ExitCode::SUCCESS,
            Err(text) => {
                eprint!("{text}");
                ExitCode::from(commands::EXIT_USAGE)
            }
        };
    }
    let cli = match Cli::from_arg_matches(&matches) {
        Ok(cli) => cli,
        Err(error) => return usage_error(&error.with_cmd(&definition), lang),
    };
    if let Some(value) = &langs.unknown {
        let text = commands::words::LANG_UNKNOWN.fill(
            lang,
            &[
                ("var", commands::locale::LANG_VAR),
                ("value", &format!("{value:?}")),
            ],
        );
        eprintln!("{}{text}", hutong::messages::LABEL_WARNING.get(lang));
    }
    #[cfg(feature = "serve")]
    let serving = matches!(cli.command, Command::Serve(_));
    #[cfg(not(feature = "serve"))]
    let serving = false;
    if !serving {
        die_quietly_on_closed_pipe();
    }
    // Manual pages and completion scripts are made in English.
    let english = || commands::help::localize(Cli::command(), hutong::Lang::En);
    let result = match cli.command {
        Command::Build(args) => args.run(&langs),
        Command::Check(args) => args.run(&langs),
        Command::Platforms(args) => args.run(lang),
        Command::New(args) => args.run(lang),
        Command::Import(args) => args.run(lang),
        Command::Qr(args) => args.run(lang),
        Command::Schema(args) => args.run(lang),
        #[cfg(feature = "serve")]
        Command::Serve(args) => args.run(&langs),
        #[cfg(feature = "resolve")]
        Command::Resolve(args) => args.run(lang),
        Command::Completions(args) => args.run(english()),
        Command::Man(args) => args.run(english(), lang),
    };
    match result {
        Ok(code) => code,
        Err(error) => {
            eprintln!("{}{error:#}", hutong::messages::LABEL_ERROR.get(lang));
            ExitCode::from(commands::EXIT_USAGE)
        }
    }
}

/// Prints a usage error (or the help or version asked for) and gives clap's exit
/// code: 2 for a usage error, 0 for help and version.
fn usage_error(error: &clap::Error, lang: hutong::Lang) -> ExitCode {
    match commands::usage::render(error, lang) {
        Some(text) => eprint!("{text}"),
        None => {
            let _ = error.print();
        }
    }
    ExitCode::from(u8::try_from(error.exit_code()).unwrap_or(commands::EXIT_USAGE))
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
        for lang in hutong::Lang::ALL {
            super::commands::help::localize(super::Cli::command(), lang).debug_assert();
        }
    }
}
