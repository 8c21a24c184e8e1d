//! The help catalogue against the command line's definition.

use std::collections::BTreeSet;

use clap::CommandFactory;

use super::*;

/// Calls `f` with the key path and the definition of `cmd` and of every command
/// under it.
fn visit(cmd: &Command, path: &str, f: &mut dyn FnMut(&str, &Command)) {
    f(path, cmd);
    for sub in cmd.get_subcommands() {
        let child = if path.is_empty() {
            sub.get_name().to_owned()
        } else {
            format!("{path} {}", sub.get_name())
        };
        visit(sub, &child, f);
    }
}

fn is_builtin(arg: &Arg) -> bool {
    matches!(arg.get_action(), ArgAction::Help | ArgAction::Version)
}

fn has_han(text: &str) -> bool {
    text.chars()
        .any(|c| matches!(c as u32, 0x3400..=0x4DBF | 0x4E00..=0x9FFF))
}

/// Three English words in a row outside backticks: text left in English.
fn english_run(line: &str) -> Option<String> {
    let outside: String = line.split('`').step_by(2).collect::<Vec<_>>().join(" ");
    let words: Vec<&str> = outside.split_whitespace().collect();
    words
        .windows(3)
        .find(|w| {
            w.iter()
                .all(|t| t.len() > 1 && t.chars().all(|c| c.is_ascii_alphabetic()))
        })
        .map(|w| w.join(" "))
}

#[test]
fn every_command_and_argument_has_an_entry_and_every_entry_is_used() {
    let cli = localize(crate::Cli::command(), Lang::En);
    let mut used = BTreeSet::new();
    visit(&cli, "", &mut |path, cmd| {
        assert!(lookup(path).is_some(), "no about for `{path}` in HELP");
        used.insert(path.to_owned());
        let long = format!("{path}+");
        if lookup(&long).is_some() {
            used.insert(long);
        }
        for arg in cmd.get_arguments().filter(|a| !is_builtin(a)) {
            let key = format!("{path}:{}", arg.get_id());
            assert!(lookup(&key).is_some(), "no help for `{key}` in HELP");
            used.insert(key.clone());
            let names = arg.get_value_names().unwrap_or_default();
            for name in names.iter().filter(|_| arg.get_action().takes_values()) {
                let name = name.as_str();
                let is_word = name.len() > 1 && name.chars().all(|c| c.is_ascii_alphabetic());
                assert!(
                    !is_word || word(name, Lang::ZhHans).is_some(),
                    "value name {name} of `{key}` is a word missing from VALUE_NAMES"
                );
            }
        }
    });
    // A build without the `serve` or `resolve` feature has no such command.
    let left_out = |key: &str| {
        let command = key.split([' ', ':', '+']).next().unwrap_or("");
        (command == "serve" && !cfg!(feature = "serve"))
            || (command == "resolve" && !cfg!(feature = "resolve"))
    };
    for (key, _) in HELP {
        assert!(
            used.contains(*key) || left_out(key),
            "`{key}` is in HELP but names nothing"
        );
    }
    let keys: BTreeSet<&str> = HELP.iter().map(|(k, _)| *k).collect();
    assert_eq!(keys.len(), HELP.len(), "a key is twice in HELP");
}

#[test]
fn every_help_text_is_translated_and_no_english_is_left_in_chinese_help() {
    for lang in [Lang::ZhHans, Lang::ZhHant] {
        let mut cli = localize(crate::Cli::command(), lang);
        cli.build();
        let mut seen = 0;
        visit(&cli, "", &mut |path, cmd| {
            seen += 1;
            let about = cmd.get_about().map(ToString::to_string).unwrap_or_default();
            assert!(has_han(&about), "{lang:?}: about of `{path}`: {about:?}");
            for arg in cmd.get_arguments() {
                let help = arg.get_help().map(ToString::to_string).unwrap_or_default();
                assert!(
                    has_han(&help),
                    "{lang:?}: `{path}` {}: {help:?}",
                    arg.get_id()
                );
            }
            for help in [
                cmd.clone().render_help().to_string(),
                cmd.clone().render_long_help().to_string(),
            ] {
                for english in [
                    "Usage",
                    "Options",
                    "Arguments",
                    "Commands",
                    "[default",
                    "[possible",
                    "<COMMAND>",
                    "[OPTIONS]",
                    "<DIR>",
                    "<FILE>",
                    "<SITE>",
                    "<TEXT>",
                    "<NAME>",
                    "<FORMAT>",
                    "<SECONDS>",
                ] {
                    assert!(
                        !help.contains(english),
                        "{lang:?} `{path}`: {english} in\n{help}"
                    );
                }
                for line in help.lines() {
                    assert_eq!(english_run(line), None, "{lang:?} `{path}`: {line}");
                }
            }
        });
        assert!(seen > 10, "every command is visited");
    }
}

#[test]
fn the_english_help_says_what_clap_would_and_the_usage_lines_are_clap_s() {
    let mut plain = crate::Cli::command();
    plain.build();
    let mut english = localize(crate::Cli::command(), Lang::En);
    english.build();
    visit(&plain, "", &mut |path, cmd| {
        if path.starts_with("help") {
            return; // clap's own `help`, which ours replaces
        }
        let ours = if path.is_empty() {
            english.clone()
        } else {
            path.split(' ').fold(english.clone(), |c, n| {
                c.find_subcommand(n).unwrap().clone()
            })
        };
        let theirs = cmd.clone().render_usage().to_string();
        let theirs = theirs.strip_prefix("Usage: ").unwrap();
        let ours_usage = ours.clone().render_usage().to_string();
        let ours_usage = ours_usage.strip_prefix("Usage: ").unwrap();
        assert_eq!(ours_usage, theirs, "usage of `{path}`");
        let help = ours.clone().render_help().to_string();
        assert!(help.contains(&format!("Usage: {theirs}\n")), "{help}");
        assert!(help.contains("  -h, --help"), "{help}");
        assert!(english_run(&help).is_some(), "English help is English");
    });
}

#[test]
fn the_catalogue_has_the_same_placeholders_in_every_language() {
    let texts = HELP
        .iter()
        .chain(VALUE_NAMES)
        .chain(frame::ALL)
        .map(|(_, t)| *t);
    for text in texts {
        for lang in Lang::ALL {
            assert!(!text.get(lang).trim().is_empty(), "{text:?}");
            assert_eq!(
                hutong::lang::placeholders(text.get(lang)),
                hutong::lang::placeholders(text.en),
                "{text:?}"
            );
        }
    }
}
