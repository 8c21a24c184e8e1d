//! `--help` in three languages: the command line's definition with every text taken
//! from one catalogue.
//!
//! Takes the clap definition (`Cli::command()`, which carries no words of its own: the
//! derive structs name commands and arguments, this table says what they do) and a
//! language; gives the same definition with each command's about, each argument's help
//! and value name, the headings, the usage lines and the `--help`/`--version` flags
//! and the `help` command in that language. Man pages and completions are made from
//! the English one. Keys: a command's path (`""` for hutong itself, `build`), `+` for
//! its long about, `:` and an argument's id for the argument.

use clap::builder::styling::Styles;
use clap::{Arg, ArgAction, Command};
use hutong::Lang;
use hutong::lang::Text;

/// A three-language text, written in one line of the table.
const fn t(en: &'static str, zh_hans: &'static str, zh_hant: &'static str) -> Text {
    Text {
        en,
        zh_hans,
        zh_hant,
    }
}

/// Defines `$table`, a list of (key, text), from a catalogue whose headers are quoted
/// keys (`["build:sites"]`); an entry's doc is for the translator only.
macro_rules! keyed {
    ($(#[$meta:meta])* $vis:vis const $table:ident;
    $($(#[$doc:meta])* $key:literal ($en:literal, $hans:literal, $hant:literal))*) => {
        $(#[$meta])*
        $vis const $table: &[(&str, Text)] = &[$(($key, t($en, $hans, $hant))),*];
    };
}

// `HELP`, from words/help.toml, which build.rs writes as Rust.
include!(concat!(env!("OUT_DIR"), "/words/help.rs"));

// `VALUE_NAMES`, from words/help-values.toml, which build.rs writes as Rust.
include!(concat!(env!("OUT_DIR"), "/words/help-values.rs"));

/// The words clap would write in English around the catalogue's texts.
pub mod frame {
    use super::super::words::texts;
    use hutong::lang::Text;

    // The texts of words/help-frame.toml, which build.rs writes as Rust.
    include!(concat!(env!("OUT_DIR"), "/words/help-frame.rs"));
}

/// The text of `key` in the catalogue.
pub fn lookup(key: &str) -> Option<&'static Text> {
    HELP.iter().find(|(k, _)| *k == key).map(|(_, text)| text)
}

/// The whole command line in `lang`: `cli` (the definition without words) with the
/// catalogue's texts, translated headings, usage lines and help flags, and a `help`
/// command. A command or argument missing from the catalogue keeps what clap has (the
/// test of this module makes sure none is).
pub fn localize(cli: Command, lang: Lang) -> Command {
    let help = Command::new("help").arg(
        Arg::new("command")
            .value_name("COMMAND")
            .action(ArgAction::Set),
    );
    let cli = cli.disable_help_subcommand(true).subcommand(help);
    translate(cli, "", lang)
}

fn translate(mut cmd: Command, path: &str, lang: Lang) -> Command {
    if let Some(about) = lookup(path) {
        cmd = cmd.about(about.get(lang));
    }
    // A long about is the about followed by more, as clap shows it under `--help`.
    let long = lookup(&format!("{path}+"));
    if let (Some(about), Some(more)) = (lookup(path), long) {
        cmd = cmd.long_about(format!("{}\n\n{}", about.get(lang), more.get(lang)));
    }
    let ids: Vec<clap::Id> = cmd.get_arguments().map(|a| a.get_id().clone()).collect();
    for id in ids {
        let key = format!("{path}:{id}");
        cmd = cmd.mut_arg(id, |arg| translate_arg(arg, &key, lang));
    }
    let has_long = long.is_some();
    let (short_help, long_help) = if has_long {
        (frame::HELP_MORE, Some(frame::HELP_SUMMARY.get(lang)))
    } else {
        (frame::HELP, None)
    };
    let options = frame::OPTIONS.get(lang);
    cmd = cmd.disable_help_flag(true).disable_version_flag(true).arg(
        Arg::new("help")
            .short('h')
            .long("help")
            .action(ArgAction::Help)
            .help(short_help.get(lang))
            .long_help(long_help)
            .help_heading(options),
    );
    if path != "help" {
        cmd = cmd.version(env!("CARGO_PKG_VERSION")).arg(
            Arg::new("version")
                .short('V')
                .long("version")
                .action(ArgAction::Version)
                .help(frame::VERSION.get(lang))
                .help_heading(options),
        );
    }
    let names: Vec<String> = cmd
        .get_subcommands()
        .map(|s| s.get_name().to_owned())
        .collect();
    for name in names {
        let child = if path.is_empty() {
            name.clone()
        } else {
            format!("{path} {name}")
        };
        cmd = cmd.mut_subcommand(&name, |sub| translate(sub, &child, lang));
    }
    let usage = usage(&cmd, path, lang);
    let styles = Styles::default();
    let heading = styles.get_usage();
    cmd.override_usage(usage)
        .subcommand_help_heading(frame::COMMANDS.get(lang))
        .subcommand_value_name(word("COMMAND", lang))
        .help_template(format!(
            "{{about-with-newline}}\n{heading}{}:{heading:#} {{usage}}\n\n{{all-args}}{{after-help}}",
            frame::USAGE.get(lang)
        ))
}

fn translate_arg(mut arg: Arg, key: &str, lang: Lang) -> Arg {
    let mut help = lookup(key).map(|text| text.get(lang).to_owned());
    let takes_values = arg.get_action().takes_values();
    let values: Vec<String> = arg
        .get_possible_values()
        .iter()
        .filter(|v| !v.is_hide_set())
        .map(|v| v.get_name().to_owned())
        .collect();
    let defaults: Vec<String> = arg
        .get_default_values()
        .iter()
        .map(|v| v.to_string_lossy().into_owned())
        .collect();
    if let Some(help) = &mut help {
        if !defaults.is_empty() {
            help.push(' ');
            help.push_str(&frame::DEFAULT.fill(lang, &[("value", &defaults.join(","))]));
        }
        if takes_values && !values.is_empty() {
            help.push(' ');
            help.push_str(&frame::POSSIBLE.fill(lang, &[("values", &values.join(", "))]));
        }
    }
    let heading = if arg.is_positional() {
        frame::ARGUMENTS
    } else {
        frame::OPTIONS
    };
    let names: Vec<clap::builder::Str> = arg
        .get_value_names()
        .unwrap_or_default()
        .iter()
        .map(|name| word(name.as_str(), lang).map_or_else(|| name.clone(), Into::into))
        .collect();
    if !names.is_empty() {
        arg = arg.value_names(names);
    }
    if let Some(help) = help {
        arg = arg.help(help).long_help(None);
    }
    if takes_values {
        arg = arg.hide_default_value(true).hide_possible_values(true);
    }
    arg.help_heading(heading.get(lang))
}

/// A value name in `lang`, if it is a word of the catalogue (`N` is not).
fn word(name: &str, lang: Lang) -> Option<&'static str> {
    VALUE_NAMES
        .iter()
        .find(|(n, _)| *n == name)
        .map(|(_, text)| text.get(lang))
}

/// A value name in `lang`: the catalogue's word, or the name as written.
fn value_name(name: &str, lang: Lang) -> String {
    word(name, lang).unwrap_or(name).to_owned()
}

/// The usage line of `cmd`, clap's layout with translated words: the path, then
/// `<COMMAND>` for a command with subcommands, or `[OPTIONS]` when it has options and
/// then each positional argument.
fn usage(cmd: &Command, path: &str, lang: Lang) -> String {
    let mut out = String::from("hutong");
    if !path.is_empty() {
        out.push(' ');
        out.push_str(path);
    }
    if cmd.has_subcommands() {
        out.push_str(&format!(" <{}>", value_name("COMMAND", lang)));
        return out;
    }
    let has_options = cmd.get_arguments().any(|a| {
        !a.is_positional()
            && !a.is_hide_set()
            && !matches!(a.get_action(), ArgAction::Help | ArgAction::Version)
    });
    if has_options {
        out.push_str(&format!(" [{}]", frame::OPTIONS.get(lang).to_uppercase()));
    }
    for arg in cmd.get_positionals() {
        let names = arg.get_value_names().unwrap_or_default();
        let name = names
            .first()
            .map_or_else(|| arg.get_id().as_str().to_uppercase(), |n| n.to_string());
        let many = matches!(arg.get_action(), ArgAction::Append);
        let dots = if many { "..." } else { "" };
        if arg.is_required_set() {
            out.push_str(&format!(" <{name}>{dots}"));
        } else {
            out.push_str(&format!(" [{name}]{dots}"));
        }
    }
    out
}

/// `hutong help [COMMAND]`: prints the long help of hutong or of one command, or gives
/// the usage error to print for a command that does not exist.
pub fn print(cli: &mut Command, name: Option<&str>, lang: Lang) -> Result<(), String> {
    let Some(name) = name else {
        let _ = cli.print_long_help();
        return Ok(());
    };
    let names: Vec<String> = cli
        .get_subcommands()
        .map(|c| c.get_name().to_owned())
        .filter(|n| n != "help")
        .collect();
    let close = hutong::suggest::closest(name, names.iter().map(String::as_str), 1);
    let Some(sub) = cli.find_subcommand_mut(name) else {
        let mut text = format!(
            "{}{}\n",
            hutong::messages::LABEL_ERROR.get(lang),
            super::words::USAGE_UNKNOWN_COMMAND.fill(lang, &[("name", name)])
        );
        let hint = if close.is_empty() {
            super::words::USAGE_MORE.get(lang).to_owned()
        } else {
            hutong::messages::HINT_DID_YOU_MEAN
                .fill(lang, &[("name", &hutong::messages::or_list(lang, &close))])
        };
        text.push_str(&format!(
            "  = {}{hint}\n",
            hutong::messages::LABEL_HINT.get(lang)
        ));
        return Err(text);
    };
    let _ = sub.print_long_help();
    Ok(())
}

#[cfg(test)]
mod tests;
