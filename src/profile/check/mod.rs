//! A positioned YAML tree → a checked [`Profile`], or every problem found in it.
//!
//! Takes the tree of one profile, the language of its diagnostics and its text (to
//! quote lines in hints); gives the profile when nothing was wrong, and every error and
//! warning either way. The keys, limits and required keys come from the field table
//! ([`super::fields`]); this module says what each value means. The top-level fields
//! are checked in `top`, the accounts in `account`; here are the reading of a mapping and
//! of a text that every part shares.
//!
//! It does not read files, parse YAML or sort and cap the diagnostics: see
//! [`super::parse_with`].

use crate::Lang;
use crate::diagnostic::{Diagnostic, Location, Severity};
use crate::messages::{self, Msg};
use crate::platforms;
use crate::suggest;

use crate::profile::Profile;
use crate::profile::fields::{ACCOUNT_FIELDS, FILING_FIELDS, Field, THEME_FIELDS, TOP_FIELDS};
use crate::profile::yaml::{Node, Value};

mod account;
mod codes;
mod pasted;
mod top;

pub use pasted::is_wechat_biz;
pub(super) use pasted::is_wechat_group_code;
pub use top::parse_color;

/// Checks the tree of a profile whose diagnostics are in `lang`; `source` is its text
/// (after a BOM). Gives the profile (`None` when the tree is not one at all, or a part
/// of it could not be read) and the diagnostics, unsorted.
pub(super) fn check(root: &Node, lang: Lang, source: &str) -> (Option<Profile>, Vec<Diagnostic>) {
    let mut cx = Checker {
        diagnostics: Vec::new(),
        lang,
        source,
    };
    let profile = cx.profile(root);
    (profile, cx.diagnostics)
}

struct Checker<'s> {
    diagnostics: Vec<Diagnostic>,
    /// The language of the diagnostics.
    lang: Lang,
    /// The profile's text (after a BOM), to quote lines in hints.
    source: &'s str,
}

/// Where a mapping is, for messages: the profile itself, an account, `theme`, `filing`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Part {
    Profile,
    Account,
    Theme,
    Filing,
}

impl Part {
    fn name(self, lang: Lang) -> &'static str {
        match self {
            Part::Profile => messages::IN_PROFILE.get(lang),
            Part::Account => messages::IN_ACCOUNT.get(lang),
            Part::Theme => messages::IN_THEME.get(lang),
            Part::Filing => messages::IN_FILING.get(lang),
        }
    }

    /// The part's fields, from the field table.
    fn fields(self) -> &'static [Field] {
        match self {
            Part::Profile => TOP_FIELDS,
            Part::Account => ACCOUNT_FIELDS,
            Part::Theme => THEME_FIELDS,
            Part::Filing => FILING_FIELDS,
        }
    }

    fn knows(self, key: &str) -> bool {
        self.fields().iter().any(|f| f.key == key)
    }

    /// Where a key of this part is written, for a key found in the wrong part.
    fn place(self) -> Msg {
        match self {
            Part::Profile => messages::UNDER_TOP,
            Part::Account => messages::UNDER_ACCOUNT,
            Part::Theme => messages::UNDER_THEME,
            Part::Filing => messages::UNDER_FILING,
        }
    }
}

/// A mapping's entries by key, after unknown and duplicate keys were reported.
struct Fields<'n> {
    entries: Vec<(&'n str, &'n Node, &'n Node)>,
}

impl<'n> Fields<'n> {
    fn get(&self, key: &str) -> Option<&'n Node> {
        self.entries
            .iter()
            .find(|(k, _, v)| *k == key && v.value != Value::Null)
            .map(|(_, _, v)| *v)
    }
}

impl Checker<'_> {
    fn error(&mut self, at: Option<Location>, msg: Msg, args: &[(&str, &str)], hint: String) {
        let mut d = Diagnostic::new(Severity::Error, self.lang, &msg, args).hint(hint);
        d.at = at;
        self.diagnostics.push(d);
    }

    fn warning(&mut self, at: Location, msg: Msg, args: &[(&str, &str)], hint: String) {
        self.diagnostics.push(
            Diagnostic::new(Severity::Warning, self.lang, &msg, args)
                .at(at)
                .hint(hint),
        );
    }

    /// Reports an error at `at` and gives `None`: for a value the profile cannot use.
    fn refuse<T>(
        &mut self,
        at: Location,
        msg: Msg,
        args: &[(&str, &str)],
        hint: String,
    ) -> Option<T> {
        self.error(Some(at), msg, args, hint);
        None
    }

    fn t(&self, msg: Msg) -> String {
        msg.text(self.lang)
    }

    fn f(&self, msg: Msg, args: &[(&str, &str)]) -> String {
        msg.fill(self.lang, args)
    }

    /// The line of the source that holds `at`, without its line break.
    fn line_of(&self, at: Location) -> &str {
        let start = at.start.min(self.source.len());
        let from = self.source[..start].rfind('\n').map_or(0, |i| i + 1);
        let to = self.source[start..]
            .find('\n')
            .map_or(self.source.len(), |i| start + i);
        self.source[from..to].trim_end_matches('\r')
    }

    /// Reads a mapping, reporting unknown keys (with the closest known one), duplicate
    /// keys and keys that are not plain text.
    fn fields<'n>(&mut self, node: &'n Node, part: Part) -> Option<Fields<'n>> {
        let what = part.name(self.lang);
        let Value::Map(map) = &node.value else {
            let hint = self.map_hint(node, part);
            return self.refuse(
                node.at,
                messages::NOT_KEY_VALUE_LINES,
                &[("what", what), ("kind", node.kind_in(self.lang))],
                hint,
            );
        };
        let mut entries: Vec<(&str, &Node, &Node)> = Vec::with_capacity(map.len());
        for (key, value) in map {
            let Value::Scalar { text, .. } = &key.value else {
                self.error(
                    Some(key.at),
                    messages::KEY_NOT_NAME,
                    &[("what", what), ("kind", key.kind_in(self.lang))],
                    self.t(messages::HINT_KEY_NAMES),
                );
                continue;
            };
            if !part.knows(text) {
                let hint = self.unknown_key_hint(text, part);
                self.error(
                    Some(key.at),
                    messages::UNKNOWN_KEY,
                    &[("key", text), ("what", what)],
                    hint,
                );
                continue;
            }
            if let Some((_, first, _)) = entries.iter().find(|(k, _, _)| *k == text.as_str()) {
                let line = first.at.line.to_string();
                self.error(
                    Some(key.at),
                    messages::DUPLICATE_KEY,
                    &[("key", text), ("what", what)],
                    self.f(
                        messages::HINT_DUPLICATE_KEY,
                        &[("key", text), ("line", &line)],
                    ),
                );
                continue;
            }
            entries.push((text.as_str(), key, value));
        }
        Some(Fields { entries })
    }

    /// How to write a part that is not `key: value` lines, from what was written.
    fn map_hint(&self, node: &Node, part: Part) -> String {
        let scalar = match &node.value {
            Value::Scalar { text, .. } => Some(text.trim()),
            _ => None,
        };
        match (part, scalar) {
            (Part::Theme, Some(mode @ ("auto" | "light" | "dark"))) => self.f(
                messages::HINT_THEME_LINES,
                &[("key", "mode"), ("value", mode)],
            ),
            (Part::Theme, Some(colour)) if parse_color(colour).is_some() => {
                let quoted = format!("\"{colour}\"");
                self.f(
                    messages::HINT_THEME_LINES,
                    &[("key", "accent"), ("value", &quoted)],
                )
            }
            (Part::Account, Some(text)) if platforms::get(text).is_some() => self.f(
                messages::HINT_ACCOUNT_LINES,
                &[("key", "platform"), ("value", text)],
            ),
            (Part::Account, Some(text)) if text.starts_with("http") => self.f(
                messages::HINT_ACCOUNT_LINES,
                &[("key", "url"), ("value", text)],
            ),
            (Part::Profile, Some(text)) if text.contains('：') => {
                let line = self.line_of(node.at).trim();
                let fixed = match line.split_once('：') {
                    Some((k, v)) => format!("{}: {}", k.trim_end(), v.trim_start()),
                    None => line.to_owned(),
                };
                self.f(messages::HINT_ASCII_COLON, &[("fixed", &fixed)])
            }
            (Part::Profile, _) => self.t(messages::HINT_PROFILE_EMPTY),
            _ => self.f(messages::HINT_KEY_LINES, &[("key", part.fields()[0].key)]),
        }
    }

    /// "did you mean `x`?", or where a key of another part belongs, or the keys known.
    fn unknown_key_hint(&self, key: &str, part: Part) -> String {
        let known: Vec<&str> = part.fields().iter().map(|f| f.key).collect();
        let close = suggest::closest(key, known.iter().copied(), 1);
        if let Some(c) = close.first()
            && (c.len() > 2 || key.len() <= c.len() + 1)
        {
            let name = format!("`{c}`");
            return self.f(messages::HINT_DID_YOU_MEAN, &[("name", &name)]);
        }
        let elsewhere = [Part::Profile, Part::Account, Part::Theme, Part::Filing]
            .into_iter()
            .find(|p| *p != part && p.knows(key));
        if let Some(other) = elsewhere {
            let under = other.place().text(self.lang);
            return self.f(
                messages::HINT_KEY_BELONGS,
                &[("key", key), ("under", &under)],
            );
        }
        let keys = messages::or_list(self.lang, &known);
        self.f(
            messages::HINT_KEYS_ARE,
            &[("what", part.name(self.lang)), ("keys", &keys)],
        )
    }

    /// A text value: a scalar, at most the field's limit in characters, on one line
    /// unless the field is [`Kind::Lines`](super::fields::Kind::Lines).
    fn text(&mut self, fields: &Fields, field: &Field) -> Option<(String, Location)> {
        let (key, max, multiline) = (field.key, field.limit, field.multiline());
        let node = fields.get(key)?;
        let Value::Scalar { text, .. } = &node.value else {
            let written = self.line_of(node.at).get(node.at.col.saturating_sub(1)..);
            let hint = match written.map(str::trim) {
                // `name: [a] b` or `id: {x}`: brackets the creator meant as text.
                Some(rest) if rest.starts_with(['[', '{']) => {
                    let example = format!("`{key}: \"{}\"`", rest.replace('"', "\\\""));
                    self.f(messages::HINT_QUOTE_VALUE, &[("example", &example)])
                }
                _ => self.f(messages::HINT_SAME_LINE, &[("key", key)]),
            };
            return self.refuse(
                node.at,
                messages::NOT_TEXT,
                &[("key", key), ("kind", node.kind_in(self.lang))],
                hint,
            );
        };
        let count = text.chars().count();
        if text.trim().is_empty() {
            return self.refuse(
                node.at,
                messages::EMPTY_VALUE,
                &[("key", key)],
                self.f(messages::HINT_EMPTY_VALUE, &[("key", key)]),
            );
        }
        if self.curly_quoted(node, key, text) {
            return None;
        }
        if count > max {
            let max = max.to_string();
            return self.refuse(
                node.at,
                messages::TOO_LONG,
                &[("key", key), ("count", &count.to_string()), ("max", &max)],
                self.f(messages::HINT_SHORTEN, &[("max", &max)]),
            );
        }
        if !multiline && text.trim_end().contains(['\n', '\r']) {
            return self.refuse(
                node.at,
                messages::NOT_ONE_LINE,
                &[("key", key)],
                self.t(messages::HINT_JOIN_LINES),
            );
        }
        // A control character first (line breaks and tabs are text), then a noncharacter
        // (U+FFFE, U+FDD0…): no text at all, and XML forbids some of them; a name
        // starting with U+FFFE made favicon.svg unreadable.
        let control = text
            .chars()
            .find(|c| c.is_control() && !matches!(c, '\n' | '\t' | '\r'));
        let not_text = match control {
            Some(c) => Some((
                c,
                messages::CONTROL_CHARACTER,
                messages::HINT_CONTROL_CHARACTER,
            )),
            None => text
                .chars()
                .find(|&c| is_noncharacter(c))
                .map(|c| (c, messages::NONCHARACTER, messages::HINT_NONCHARACTER)),
        };
        if let Some((c, msg, hint)) = not_text {
            let code = format!("U+{:04X}", c as u32);
            return self.refuse(node.at, msg, &[("key", key), ("code", &code)], self.t(hint));
        }
        let value = if multiline {
            text.clone()
        } else {
            text.trim().to_owned()
        };
        Some((value, node.at))
    }

    /// Reports each key of `part` that the field table requires and `map` lacks. A
    /// missing key has no text to point at: the diagnostic keeps the mapping's first
    /// line as its position but shows no source line, so no unrelated key is
    /// underlined.
    fn required(&mut self, fields: &Fields, map: &Node, part: Part) {
        for field in part.fields() {
            let Some(hint) = field.required else {
                continue;
            };
            if fields.get(field.key).is_some() {
                continue;
            }
            let d = Diagnostic::new(
                Severity::Error,
                self.lang,
                &messages::MISSING_KEY,
                &[("key", field.key)],
            )
            .at(first_line(map))
            .hint(self.t(hint))
            .without_excerpt();
            self.diagnostics.push(d);
        }
    }

    /// A help text of the registry in the diagnostics' language.
    fn help(&self, text: &platforms::Text) -> &'static str {
        text.get(self.lang)
    }

    fn error_count(&self) -> usize {
        self.diagnostics.iter().filter(|d| d.is_error()).count()
    }

    /// A `true` or `false` value, in any of YAML's three spellings, unquoted.
    fn boolean(&mut self, fields: &Fields, field: &Field) -> Option<bool> {
        let key = field.key;
        let node = fields.get(key)?;
        match &node.value {
            Value::Scalar { text, plain: true }
                if matches!(text.as_str(), "true" | "True" | "TRUE") =>
            {
                Some(true)
            }
            Value::Scalar { text, plain: true }
                if matches!(text.as_str(), "false" | "False" | "FALSE") =>
            {
                Some(false)
            }
            _ => {
                self.error(
                    Some(node.at),
                    messages::NOT_BOOLEAN,
                    &[("key", key)],
                    self.f(messages::HINT_BOOLEAN, &[("key", key)]),
                );
                None
            }
        }
    }
}

/// Where a mapping's first key is, for "missing key" errors; the node itself otherwise.
fn first_line(node: &Node) -> Location {
    match &node.value {
        Value::Map(entries) if !entries.is_empty() => entries[0].0.at,
        _ => node.at,
    }
}

/// Unicode's 66 noncharacters: U+FDD0–U+FDEF and the last two code points of every plane.
fn is_noncharacter(c: char) -> bool {
    let n = c as u32;
    (0xFDD0..=0xFDEF).contains(&n) || n & 0xFFFE == 0xFFFE
}

/// Where a path the profile names for a file beside `site.yaml` (the avatar, a QR
/// image, the theme's CSS, a `qr` text that names a file) points, as far as its text
/// tells: whether the file is there is `disk`'s question.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Place {
    /// An address (`https://…`), not a file.
    Url,
    /// From the root (`/x`, `\\x`) or a drive (`C:\\x`, `C:x`).
    Absolute,
    /// Up and out of the folder through `..`.
    Leaves,
    /// A relative path that stays in the folder.
    Inside,
}

pub(super) fn place(path: &str) -> Place {
    if path.contains("://") {
        Place::Url
    } else if path.starts_with(['/', '\\']) || path.get(1..2) == Some(":") {
        Place::Absolute
    } else if path.split(['/', '\\']).any(|part| part == "..") {
        Place::Leaves
    } else {
        Place::Inside
    }
}

#[cfg(test)]
mod tests {
    use super::{Place, place};

    #[test]
    fn a_path_is_told_by_where_it_points() {
        let cases: [(Place, &[&str]); 4] = [
            (Place::Inside, &["me.jpg", "img/me.jpg", "a..b.jpg"]),
            (Place::Url, &["https://x.example/me.jpg"]),
            (
                Place::Absolute,
                &[
                    "/home/me.jpg",
                    "\\\\server\\me.jpg",
                    "C:\\me.jpg",
                    "C:/me.jpg",
                    "C:me.jpg",
                ],
            ),
            (Place::Leaves, &["../me.jpg", "img\\..\\..\\me.jpg"]),
        ];
        for (expected, paths) in cases {
            for path in paths {
                assert_eq!(place(path), expected, "{path}");
            }
        }
    }
}
