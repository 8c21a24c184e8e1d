//! Usage errors in the command line's language.
//!
//! Takes a clap error (unknown argument, missing value, unknown command…) and a
//! language; gives the text clap would print, said again from the error's kind and
//! context with the catalogue's words: the message, a hint (`did you mean`), the usage
//! line and where to read more. Help and version requests pass through as clap renders
//! them (the help is already translated, see `super::help`).

use clap::error::{ContextKind, ContextValue, ErrorKind};
use hutong::lang::Text;
use hutong::{Lang, messages};

use super::words as w;

/// A reason a value parser refuses a value, in every language; the usage error shows
/// it in the command line's (clap itself only knows its English `Display`).
#[derive(Debug)]
pub struct Refused(pub &'static Text);

impl std::fmt::Display for Refused {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.0.en)
    }
}

impl std::error::Error for Refused {}

/// The text to print for `error`: for help and version, clap's own rendering; for a
/// usage error, the message in `lang`, or `None` for a kind this module does not
/// know (clap's English rendering then stands).
pub fn render(error: &clap::Error, lang: Lang) -> Option<String> {
    let message = message(error, lang)?;
    let mut out = format!("{}{message}\n", messages::LABEL_ERROR.get(lang));
    let mut hints = Vec::new();
    for kind in [
        ContextKind::SuggestedSubcommand,
        ContextKind::SuggestedArg,
        ContextKind::SuggestedValue,
    ] {
        if let Some(names) = strings(error, kind) {
            let names: Vec<&str> = names.iter().map(String::as_str).collect();
            hints.push(
                messages::HINT_DID_YOU_MEAN
                    .fill(lang, &[("name", &messages::or_list(lang, &names))]),
            );
        }
    }
    if let Some(ContextValue::StyledStrs(tips)) = error.get(ContextKind::Suggested) {
        for tip in tips {
            hints.push(dash_dash(&tip.to_string(), lang).unwrap_or_else(|| tip.to_string()));
        }
    }
    if let (ErrorKind::InvalidValue, Some(values)) =
        (error.kind(), strings(error, ContextKind::ValidValue))
    {
        let values = values.join(", ");
        hints.push(w::USAGE_POSSIBLE_VALUES.fill(lang, &[("values", &values)]));
    }
    for hint in hints {
        out.push_str(&format!("  = {}{hint}\n", messages::LABEL_HINT.get(lang)));
    }
    if let Some(ContextValue::StyledStr(usage)) = error.get(ContextKind::Usage) {
        let usage = usage.to_string();
        // clap's usage context starts with its English heading.
        let line = usage.strip_prefix("Usage:").unwrap_or(&usage).trim();
        out.push_str(&format!(
            "\n{}: {line}\n",
            super::help::frame::USAGE.get(lang)
        ));
    }
    out.push_str(&format!("\n{}\n", w::USAGE_MORE.get(lang)));
    Some(out)
}

/// The first line of a usage error, or `None` for a kind without one of ours.
fn message(error: &clap::Error, lang: Lang) -> Option<String> {
    let one = |kind| string(error, kind).unwrap_or_default();
    let arg = one(ContextKind::InvalidArg);
    let value = one(ContextKind::InvalidValue);
    let text = match error.kind() {
        ErrorKind::UnknownArgument => w::USAGE_UNKNOWN_ARGUMENT.fill(lang, &[("arg", &arg)]),
        ErrorKind::InvalidSubcommand => {
            w::USAGE_UNKNOWN_COMMAND.fill(lang, &[("name", &one(ContextKind::InvalidSubcommand))])
        }
        ErrorKind::MissingRequiredArgument => {
            let missing = strings(error, ContextKind::InvalidArg).unwrap_or_default();
            let missing: Vec<&str> = missing.iter().map(String::as_str).collect();
            w::USAGE_MISSING_ARGUMENT.fill(lang, &[("args", &messages::and_list(lang, &missing))])
        }
        ErrorKind::MissingSubcommand => {
            let names = strings(error, ContextKind::ValidSubcommand).unwrap_or_default();
            let names: Vec<&str> = names.iter().map(String::as_str).collect();
            w::USAGE_MISSING_COMMAND.fill(lang, &[("names", &messages::or_list(lang, &names))])
        }
        ErrorKind::InvalidValue if value.is_empty() => {
            w::USAGE_NO_VALUE.fill(lang, &[("arg", &arg)])
        }
        ErrorKind::InvalidValue => {
            w::USAGE_INVALID_VALUE.fill(lang, &[("arg", &arg), ("value", &value)])
        }
        ErrorKind::ValueValidation => {
            let why = match std::error::Error::source(error) {
                Some(source) => match source.downcast_ref::<Refused>() {
                    Some(Refused(text)) => text.get(lang).to_owned(),
                    None => source.to_string(),
                },
                None => String::new(),
            };
            w::USAGE_INVALID_VALUE_WHY
                .fill(lang, &[("arg", &arg), ("value", &value), ("why", &why)])
        }
        ErrorKind::TooManyValues => {
            w::USAGE_UNEXPECTED_VALUE.fill(lang, &[("arg", &arg), ("value", &value)])
        }
        ErrorKind::ArgumentConflict => match string(error, ContextKind::PriorArg) {
            Some(other) if other != arg => {
                w::USAGE_CONFLICT.fill(lang, &[("arg", &arg), ("other", &other)])
            }
            _ => w::USAGE_TWICE.fill(lang, &[("arg", &arg)]),
        },
        ErrorKind::InvalidUtf8 => w::USAGE_NOT_UTF8.get(lang).to_owned(),
        _ => return None,
    };
    Some(text)
}

/// clap's tip "to pass '-x' as a value, use '-- -x'", said in `lang`.
fn dash_dash(tip: &str, lang: Lang) -> Option<String> {
    let rest = tip.strip_prefix("to pass '")?;
    let (arg, rest) = rest.split_once('\'')?;
    rest.starts_with(" as a value")
        .then(|| w::USAGE_DASH_DASH.fill(lang, &[("arg", arg)]))
}

fn string(error: &clap::Error, kind: ContextKind) -> Option<String> {
    match error.get(kind)? {
        ContextValue::String(s) => Some(s.clone()),
        ContextValue::Strings(s) => s.first().cloned(),
        _ => None,
    }
}

fn strings(error: &clap::Error, kind: ContextKind) -> Option<Vec<String>> {
    match error.get(kind)? {
        ContextValue::Strings(s) if !s.is_empty() => Some(s.clone()),
        ContextValue::String(s) => Some(vec![s.clone()]),
        _ => None,
    }
}
