//! A YAML parser error → a message and a hint in a creator's words.
//!
//! Takes the source, the parser's error kind and the byte it points at; gives where to
//! point (byte and length), the message and a hint built from the line as written —
//! for the mistakes a creator makes (tabs, quotes, brackets, indentation, `: ` inside a
//! value). The rare rest gets `None` and keeps the parser's own words. It does not
//! parse: the tree is built in the parent module.

use granit_parser::ErrorKind;

use crate::Lang;
use crate::diagnostic::{Diagnostic, Severity};
use crate::messages::{self, Msg};

/// A syntax error said in a creator's words: where to point (byte offset and length),
/// the message, and a hint built from the line as written.
pub(super) struct Explained {
    pub byte: usize,
    pub len: usize,
    pub message: Diagnostic,
    pub hint: String,
}

impl Explained {
    /// An error of `len` bytes (at least one) from `byte`.
    fn error(
        lang: Lang,
        byte: usize,
        len: usize,
        msg: &Msg,
        args: &[(&str, &str)],
        hint: String,
    ) -> Self {
        Explained {
            byte,
            len: len.max(1),
            message: Diagnostic::new(Severity::Error, lang, msg, args),
            hint,
        }
    }
}

/// Explains the parser's error `kind` at byte `at` of `source`, for the kinds a creator
/// meets (tabs, quotes, brackets, indentation, `: ` inside a value); `None` for the rare
/// rest, which keep the parser's own words.
pub(super) fn explain(source: &str, kind: &ErrorKind, at: usize, lang: Lang) -> Option<Explained> {
    let at = floor_boundary(source, at.min(source.len()));
    let say = |byte: usize, len: usize, msg: Msg, args: &[(&str, &str)], hint: String| {
        Some(Explained::error(lang, byte, len, &msg, args, hint))
    };
    let line = Line::at(source, at);
    // A quoting mistake: the hint shows the line with the other quotes.
    let requote = |msg: Msg, hint: Msg| {
        let example = other_quotes_example(line.text);
        say(at, 1, msg, &[], hint.fill(lang, &[("example", &example)]))
    };
    match kind {
        ErrorKind::TabNotAllowed
        | ErrorKind::TabInBlockIndentation
        | ErrorKind::TabInIndentation
        | ErrorKind::TabInPlainScalar
        | ErrorKind::TabAtBlockScalarStart => {
            // The scanner reports where the scalar began; point at the tab itself.
            let tab = source[line.start..]
                .find('\t')
                .map_or(at, |i| line.start + i);
            say(
                tab,
                1,
                messages::YAML_TAB,
                &[],
                messages::HINT_TAB.text(lang),
            )
        }
        ErrorKind::UnclosedQuotedScalar => {
            let quote = source[at..]
                .chars()
                .next()
                .filter(|c| matches!(c, '"' | '\''))?;
            let example = format!("`{}{quote}`", line.text.trim());
            let quote = format!("`{quote}`");
            let hint =
                messages::HINT_CLOSE_QUOTE.fill(lang, &[("quote", &quote), ("example", &example)]);
            say(at, 1, messages::YAML_UNCLOSED_QUOTE, &[], hint)
        }
        ErrorKind::UnclosedFlowCollection { .. }
        | ErrorKind::InvalidColonPlacement
        | ErrorKind::ExpectedFlowSequenceSeparator
        | ErrorKind::ExpectedFlowMappingSeparator
        | ErrorKind::UnexpectedEofFlowSequence
        | ErrorKind::UnexpectedEofFlowMapping
        | ErrorKind::UnexpectedEofImplicitFlowMapping
        | ErrorKind::FlowMappingValueAdjacentCollection
        | ErrorKind::BlockEntryInFlowCollection => {
            let open = match kind {
                ErrorKind::UnclosedFlowCollection { .. } => Some(at),
                _ => unclosed_bracket_before(source, at),
            }?;
            let bracket = &source[open..open + 1];
            let example = quoted_example(Line::at(source, open).text);
            let hint = messages::HINT_BRACKET_QUOTE
                .fill(lang, &[("open", bracket), ("example", &example)]);
            say(
                open,
                1,
                messages::YAML_UNCLOSED_BRACKET,
                &[("open", bracket)],
                hint,
            )
        }
        ErrorKind::MisplacedFlowCollectionEnd | ErrorKind::MismatchedFlowCollectionEnd { .. } => {
            let close = source[at..]
                .chars()
                .next()
                .filter(|c| matches!(c, ']' | '}'))?;
            let hint =
                messages::HINT_QUOTE_VALUE.fill(lang, &[("example", &quoted_example(line.text))]);
            let close = close.to_string();
            say(
                at,
                1,
                messages::YAML_STRAY_BRACKET,
                &[("close", &close)],
                hint,
            )
        }
        ErrorKind::InvalidTrailingSingleQuotedScalar
        | ErrorKind::InvalidTrailingDoubleQuotedScalar => {
            requote(messages::YAML_AFTER_QUOTE, messages::HINT_OTHER_QUOTES)
        }
        ErrorKind::UnknownQuotedScalarEscape
        | ErrorKind::InvalidQuotedScalarHexEscape
        | ErrorKind::InvalidUnicodeEscape => {
            requote(messages::YAML_BAD_ESCAPE, messages::HINT_BAD_ESCAPE)
        }
        ErrorKind::InvalidLowSurrogateHexEscape
        | ErrorKind::InvalidLowSurrogate
        | ErrorKind::MissingLowSurrogate
        | ErrorKind::UnpairedLowSurrogate => say(
            at,
            1,
            messages::YAML_SURROGATE,
            &[],
            messages::HINT_WRITE_CHARACTER.text(lang),
        ),
        ErrorKind::UnknownAnchor => {
            let (message, hint) = unknown_anchor(source, at, lang);
            Some(Explained {
                byte: at,
                len: 1,
                message,
                hint,
            })
        }
        ErrorKind::UnexpectedCharacter { character } if matches!(character, '@' | '`' | '%') => {
            let hint =
                messages::HINT_QUOTE_VALUE.fill(lang, &[("example", &quoted_example(line.text))]);
            let c = character.to_string();
            say(at, 1, messages::YAML_RESERVED_START, &[("char", &c)], hint)
        }
        ErrorKind::MappingValueNotAllowed
        | ErrorKind::SimpleKeyExpected
        | ErrorKind::ExpectedBlockMappingKey
        | ErrorKind::ExpectedBlockSequenceEntry
        | ErrorKind::InvalidIndentation => structure(source, kind, at, &line, lang),
        _ => None,
    }
}

/// Explains a line that does not fit the structure around it: a `: ` inside a value,
/// a line indented under a key that has a value already, a line that is not
/// `key: value`, a list item without a key, an indentation that matches no level.
fn structure(
    source: &str,
    kind: &ErrorKind,
    at: usize,
    line: &Line,
    lang: Lang,
) -> Option<Explained> {
    let say = |byte: usize, len: usize, msg: Msg, args: &[(&str, &str)], hint: String| {
        Some(Explained::error(lang, byte, len, &msg, args, hint))
    };
    let previous = line.previous(source);
    let this = line.key_value();
    let content = line.start + line.indent();
    if matches!(kind, ErrorKind::MappingValueNotAllowed) {
        // A `: ` after the key's own colon: the value holds it.
        if let Some(kv) = &this
            && at > kv.colon
        {
            let hint =
                messages::HINT_QUOTE_VALUE.fill(lang, &[("example", &quoted_example(line.text))]);
            return say(
                at,
                1,
                messages::YAML_COLON_IN_VALUE,
                &[("key", kv.key)],
                hint,
            );
        }
        if let (Some(kv), Some(prev)) = (&this, &previous)
            && let Some(pkv) = prev.key_value()
            && line.indent() > pkv.column
            && pkv.has_value()
        {
            let hint = messages::HINT_REMOVE_INDENT.fill(
                lang,
                &[
                    ("this", kv.key),
                    ("key", pkv.key),
                    ("line", &prev.number(source).to_string()),
                ],
            );
            return say(
                content,
                kv.key.len(),
                messages::YAML_INDENTED_UNDER_VALUE,
                &[("key", pkv.key)],
                hint,
            );
        }
        if let Some(prev) = previous.filter(|p| p.key_value().is_none() && !p.is_item()) {
            return not_key_value(source, &prev, lang);
        }
        return None;
    }
    if matches!(kind, ErrorKind::SimpleKeyExpected) {
        return not_key_value(source, line, lang);
    }
    let levels = line.levels_above(source);
    if line.is_item() && at <= content + 2 {
        let dash = levels.iter().rev().find(|l| l.dash);
        return match dash {
            Some(level) if level.column != line.indent() => {
                let hint = messages::HINT_ALIGN_WITH
                    .fill(lang, &[("other", "-"), ("line", &level.line.to_string())]);
                say(content, 1, messages::YAML_BAD_INDENT, &[], hint)
            }
            _ => say(
                content,
                1,
                messages::YAML_ITEM_WITHOUT_KEY,
                &[],
                messages::HINT_ITEM_UNDER_KEY.text(lang),
            ),
        };
    }
    if at > content {
        // Inside the line: what follows a `[…]` or `{…}` value.
        let value = this.as_ref().map_or(line.text, |kv| kv.value).trim_start();
        let open = value.chars().next().filter(|c| matches!(c, '[' | '{'))?;
        let hint =
            messages::HINT_QUOTE_VALUE.fill(lang, &[("example", &quoted_example(line.text))]);
        // Point at the bracket that made the value a list: `value` is part of the line.
        let bracket = line.start + (value.as_ptr() as usize - line.text.as_ptr() as usize);
        let open = open.to_string();
        return say(
            bracket,
            1,
            messages::YAML_FLOW_NOT_TEXT,
            &[("open", &open)],
            hint,
        );
    }
    let width = this.as_ref().map_or(1, |kv| kv.key.len());
    if levels.iter().any(|l| l.dash && l.column == line.indent()) {
        return say(
            content,
            width,
            messages::YAML_NOT_AN_ITEM,
            &[],
            messages::HINT_MAKE_ITEM.text(lang),
        );
    }
    // The nearest level, the deeper one on a tie, the latest line of it.
    let nearest = levels
        .iter()
        .filter(|l| !l.dash && l.column != line.indent())
        .min_by_key(|l| {
            (
                l.column.abs_diff(line.indent()),
                usize::MAX - l.column,
                usize::MAX - l.line,
            )
        });
    let hint = match nearest {
        Some(level) => messages::HINT_ALIGN_WITH.fill(
            lang,
            &[("other", level.key), ("line", &level.line.to_string())],
        ),
        None => messages::HINT_INDENT_LEVELS.text(lang),
    };
    say(content, width, messages::YAML_BAD_INDENT, &[], hint)
}

/// "line N is not a `key: value` line", with the fix for its colon when it has one.
fn not_key_value(source: &str, line: &Line, lang: Lang) -> Option<Explained> {
    let text = line.text.trim();
    let hint = if let Some((key, value)) = text.split_once('：') {
        let fixed = format!("{}: {}", key.trim_end(), value.trim_start());
        messages::HINT_ASCII_COLON.fill(lang, &[("fixed", &fixed)])
    } else if let Some((key, value)) = text.split_once(':')
        && !value.is_empty()
        && !key.contains(['"', '\'', ' '])
    {
        let fixed = format!("{key}: {value}");
        messages::HINT_SPACE_AFTER_COLON.fill(lang, &[("fixed", &fixed)])
    } else {
        messages::HINT_WRITE_KEY_VALUE.text(lang)
    };
    let number = line.number(source).to_string();
    Some(Explained {
        byte: line.start + line.indent(),
        len: text.len(),
        message: Diagnostic::new(
            Severity::Error,
            lang,
            &messages::YAML_NOT_KEY_VALUE,
            &[("line", &number)],
        ),
        hint,
    })
}

/// The message and hint for `*name` whose anchor is not defined, `at` the `*`.
pub(super) fn unknown_anchor(source: &str, at: usize, lang: Lang) -> (Diagnostic, String) {
    let rest = source.get(at..).unwrap_or("");
    let rest = rest.strip_prefix('*').unwrap_or(rest);
    let end = rest
        .find(|c: char| c.is_whitespace() || matches!(c, ',' | ']' | '}'))
        .unwrap_or(rest.len());
    let name = &rest[..end];
    let example = quoted_example(Line::at(source, at).text);
    let message = Diagnostic::new(
        Severity::Error,
        lang,
        &messages::YAML_UNKNOWN_ANCHOR,
        &[("name", name)],
    );
    let hint = messages::HINT_UNKNOWN_ANCHOR.fill(lang, &[("name", name), ("example", &example)]);
    (message, hint)
}

/// One line of the source: where it starts and its text (without the line break).
#[derive(Debug, Clone, Copy)]
struct Line<'s> {
    start: usize,
    text: &'s str,
}

/// `key: value` as read from one line (after its indentation and any `- `).
struct KeyValue<'s> {
    key: &'s str,
    /// The column the key starts in, counted in bytes from the line start.
    column: usize,
    /// The byte offset of the key's colon in the source.
    colon: usize,
    value: &'s str,
}

impl KeyValue<'_> {
    /// Whether the key has a value on its own line (not `key:`, `key: |` or `key: >`).
    fn has_value(&self) -> bool {
        let value = self.value.trim();
        !value.is_empty()
            && !value.starts_with('#')
            && !value.starts_with(['|', '>'])
            && !value.starts_with('&')
    }
}

/// One indentation level seen above a line: a key or a `- ` in some column.
struct Level<'s> {
    column: usize,
    line: usize,
    key: &'s str,
    dash: bool,
}

impl<'s> Line<'s> {
    fn at(source: &'s str, byte: usize) -> Line<'s> {
        let start = source[..byte].rfind('\n').map_or(0, |i| i + 1);
        let end = source[byte..].find('\n').map_or(source.len(), |i| byte + i);
        Line {
            start,
            text: source[start..end].trim_end_matches('\r'),
        }
    }

    /// Leading spaces.
    fn indent(&self) -> usize {
        self.text.len() - self.text.trim_start_matches(' ').len()
    }

    fn is_item(&self) -> bool {
        let t = self.text.trim_start();
        t == "-" || t.starts_with("- ")
    }

    /// Blank lines and comments hold no structure.
    fn is_content(&self) -> bool {
        let t = self.text.trim();
        !t.is_empty() && !t.starts_with('#')
    }

    /// 1-based line number.
    fn number(&self, source: &str) -> usize {
        source[..self.start].matches('\n').count() + 1
    }

    /// The nearest line above with content.
    fn previous(&self, source: &'s str) -> Option<Line<'s>> {
        let mut line = *self;
        while line.start > 0 {
            line = Line::at(source, line.start - 1);
            if line.is_content() {
                return Some(line);
            }
        }
        None
    }

    fn key_value(&self) -> Option<KeyValue<'s>> {
        let mut column = self.indent();
        let mut rest = &self.text[column..];
        while let Some(after) = rest.strip_prefix("- ") {
            let spaces = after.len() - after.trim_start_matches(' ').len();
            column += 2 + spaces;
            rest = &after[spaces..];
        }
        let colon = rest
            .find(": ")
            .or_else(|| rest.ends_with(':').then(|| rest.len() - 1))?;
        let key = rest[..colon].trim_end();
        if key.is_empty() || key.starts_with(['"', '\'', '[', '{', '#', '?']) || key.contains(" #")
        {
            return None;
        }
        Some(KeyValue {
            key,
            column,
            colon: self.start + column + colon,
            value: &rest[colon + 1..],
        })
    }

    /// The keys and `- ` of the lines above, each with its column and line number.
    fn levels_above(&self, source: &'s str) -> Vec<Level<'s>> {
        let mut levels = Vec::new();
        let mut line = *self;
        while let Some(above) = line.previous(source) {
            let number = above.number(source);
            if above.is_item() {
                levels.push(Level {
                    column: above.indent(),
                    line: number,
                    key: "-",
                    dash: true,
                });
            }
            if let Some(kv) = above.key_value() {
                levels.push(Level {
                    column: kv.column,
                    line: number,
                    key: kv.key,
                    dash: false,
                });
            }
            line = above;
            if levels.len() > 200 {
                break; // enough to find a level; a 1 MiB file must not make this slow
            }
        }
        levels.reverse();
        levels
    }
}

/// The innermost `[` or `{` that opens a value before `at` and is still open there,
/// skipping quoted text and comments.
fn unclosed_bracket_before(source: &str, at: usize) -> Option<usize> {
    let mut open: Vec<usize> = Vec::new();
    let mut quote: Option<char> = None;
    let mut comment = false;
    let mut prev = '\n';
    for (i, c) in source[..at].char_indices() {
        if comment {
            comment = c != '\n';
        } else if let Some(q) = quote {
            if c == q {
                quote = None;
            }
        } else {
            let starts_value = prev.is_whitespace() || matches!(prev, '[' | '{' | ',' | ':');
            match c {
                '#' if prev.is_whitespace() => comment = true,
                '"' | '\'' if starts_value => quote = Some(c),
                '[' | '{' if starts_value || !open.is_empty() => open.push(i),
                ']' | '}' => {
                    open.pop();
                }
                _ => {}
            }
        }
        prev = c;
    }
    open.first().copied()
}

/// `key: "value"` for the line's value in quotes, in backticks: double quotes unless the
/// value holds one.
fn quoted_example(line: &str) -> String {
    let (key, value) = split_value(line);
    let quoted = if !value.contains('"') {
        format!("\"{value}\"")
    } else {
        format!("'{}'", value.replace('\'', "''"))
    };
    format!("`{key}{quoted}`")
}

/// `key: 'value'` with the value's quotes swapped for the other kind (a value that
/// starts with a quote but has more after its closing one is wrapped whole).
fn other_quotes_example(line: &str) -> String {
    let (key, value) = split_value(line);
    let first = value.chars().next().unwrap_or('"');
    let inner = match value
        .strip_prefix(first)
        .and_then(|v| v.strip_suffix(first))
    {
        Some(inner) if matches!(first, '"' | '\'') => inner,
        _ => value,
    };
    let quoted = if first == '"' || !matches!(first, '\'') && inner.contains('"') {
        format!("'{}'", inner.replace('\'', "''"))
    } else {
        format!("\"{}\"", inner.replace('\\', "\\\\").replace('"', "\\\""))
    };
    format!("`{key}{quoted}`")
}

/// A line cut into `key: ` (without indentation or `- `) and its value.
fn split_value(line: &str) -> (&str, &str) {
    let mut rest = line.trim();
    while let Some(after) = rest.strip_prefix("- ") {
        rest = after.trim_start();
    }
    match rest.find(": ") {
        Some(colon) if !rest.starts_with(['"', '\'', '[', '{']) => {
            (&rest[..colon + 2], rest[colon + 2..].trim())
        }
        _ => ("", rest),
    }
}

fn floor_boundary(s: &str, mut i: usize) -> usize {
    while !s.is_char_boundary(i) {
        i -= 1;
    }
    i
}
