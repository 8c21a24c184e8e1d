//! Diagnostics: what is wrong with an input, where, and how to fix it.
//!
//! Takes positions and messages from the stages that read input; gives text in the
//! form `path:line:col: message`, followed by the source line with a caret under the
//! offending part and a hint, in the diagnostic's language (the labels `error:`,
//! `warning:` and `hint:` too). It does not decide what is an error — the stages do —
//! nor which language to use: see `profile::parse_with`.

use std::fmt::Write as _;
use std::path::Path;

use crate::Lang;
use crate::messages::{self, Msg};

/// How bad a diagnostic is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    /// What hutong made of an input, said so the creator can check it (the address it
    /// took out of a share text); counts as neither a warning nor an error.
    Note,
    Warning,
    Error,
}

/// A place in a source text: 1-based line and column (in characters), and the byte
/// range of the offending text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, serde::Serialize)]
pub struct Location {
    pub line: usize,
    pub col: usize,
    #[serde(skip)]
    pub start: usize,
    #[serde(skip)]
    pub end: usize,
}

/// One problem found in an input.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Diagnostic {
    pub severity: Severity,
    /// What kind of problem, the same in every language (`unknown-key`); see
    /// [`messages`]. Empty for a diagnostic made from a bare message.
    pub code: &'static str,
    pub message: String,
    /// Where, when the problem has a place in the file.
    pub at: Option<Location>,
    /// What to do about it.
    pub hint: Option<String>,
    /// The language `message` and `hint` are written in; the labels follow it.
    #[serde(skip)]
    pub lang: Lang,
    /// Whether `at` points at the offending text, so that the source line is shown with
    /// a caret under it. Off for what is missing (a key never written): `at` then says
    /// only where the part that lacks it starts, and no unrelated word is underlined.
    #[serde(skip)]
    pub excerpt: bool,
    /// The file the diagnostic is about when it is not the profile but a file beside it
    /// (`keys.lock`). `at` is then a place in that file, and no line of the profile is
    /// quoted.
    /// Boxed: every diagnostic carries the field, and diagnostics travel in `Err`s.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub file: Option<Box<Beside>>,
}

/// A file beside `site.yaml` that a diagnostic can be about.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Beside {
    KeysLock,
    /// The creator's CSS (`theme.css`), by its path from `site.yaml`.
    Css(String),
}

impl Beside {
    /// The file's path from `site.yaml`.
    pub fn name(&self) -> &str {
        match self {
            Beside::KeysLock => crate::keys::FILE_NAME,
            Beside::Css(path) => path,
        }
    }
}

impl serde::Serialize for Beside {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.name())
    }
}

impl Diagnostic {
    /// An error with a message in English and no code.
    pub fn error(message: impl Into<String>) -> Self {
        Diagnostic {
            severity: Severity::Error,
            code: "",
            message: message.into(),
            at: None,
            hint: None,
            lang: Lang::En,
            excerpt: true,
            file: None,
        }
    }

    /// A diagnostic of `severity` whose message is `msg` in `lang`, filled with `args`;
    /// its code is the message's.
    pub fn new(severity: Severity, lang: Lang, msg: &Msg, args: &[(&str, &str)]) -> Self {
        Diagnostic {
            severity,
            code: msg.code,
            lang,
            ..Diagnostic::error(msg.fill(lang, args))
        }
    }

    pub fn at(mut self, at: Location) -> Self {
        self.at = Some(at);
        self
    }

    pub fn hint(mut self, hint: impl Into<String>) -> Self {
        self.hint = Some(hint.into());
        self
    }

    /// Sets the code, for a diagnostic made from a bare message.
    pub fn code(mut self, code: &'static str) -> Self {
        self.code = code;
        self
    }

    /// Keeps `at` for the position but shows no source line (see [`Diagnostic::excerpt`]).
    pub fn without_excerpt(mut self) -> Self {
        self.excerpt = false;
        self
    }

    /// Says the diagnostic is about `file`, beside the profile (see [`Diagnostic::file`]).
    pub fn in_file(mut self, file: Beside) -> Self {
        self.file = Some(Box::new(file));
        self.excerpt = false;
        self
    }

    pub fn is_error(&self) -> bool {
        self.severity == Severity::Error
    }

    pub fn is_warning(&self) -> bool {
        self.severity == Severity::Warning
    }

    /// Renders the diagnostic for a person: `path:line:col: message`, the source line
    /// with a caret, and the hint. `source` is the text the location points into.
    pub fn render(&self, path: &Path, source: &str) -> String {
        let mut out = String::new();
        let label = match self.severity {
            Severity::Error => messages::LABEL_ERROR.get(self.lang),
            Severity::Warning => messages::LABEL_WARNING.get(self.lang),
            Severity::Note => messages::LABEL_NOTE.get(self.lang),
        };
        // Messages quote the input, and the input may hold terminal escapes (a key
        // written `"\e]0;…\a"` retitled the window, `\e[2J` cleared the screen of the
        // errors above): nothing from the input reaches the terminal as a control.
        let beside = self.file.as_ref().map(|f| path.with_file_name(f.name()));
        let path = escape_controls(&beside.as_deref().unwrap_or(path).display().to_string());
        let message = escape_controls(&self.message);
        let _ = match self.at {
            Some(at) => writeln!(out, "{label}{path}:{}:{}: {message}", at.line, at.col,),
            None => writeln!(out, "{label}{path}: {message}"),
        };
        if let Some(at) = self.at.filter(|_| self.excerpt)
            && let Some(line) = source.lines().nth(at.line.saturating_sub(1))
        {
            let number = at.line.to_string();
            let pad = " ".repeat(number.len());
            let line = line.trim_end_matches('\r');
            // One column per character as in the file, so the caret stays in place.
            let visible = |c: char| match c {
                '\t' => ' ',
                c if is_unsafe_for_terminal(c) => '\u{FFFD}',
                c => c,
            };
            let shown: String = line.chars().map(visible).collect();
            let before: String = line
                .chars()
                .take(at.col.saturating_sub(1))
                .map(visible)
                .collect();
            let width = at
                .end
                .checked_sub(at.start)
                .filter(|_| at.end > at.start)
                .and_then(|_| source.get(at.start..at.end))
                .map(|s| s.lines().next().unwrap_or(""))
                .map_or(1, |s| display_width(s).max(1));
            let _ = writeln!(out, "{pad} |");
            let _ = writeln!(out, "{number} | {shown}");
            let _ = writeln!(
                out,
                "{pad} | {}{}",
                " ".repeat(display_width(&before)),
                "^".repeat(width)
            );
        }
        if let Some(hint) = &self.hint {
            let label = messages::LABEL_HINT.get(self.lang);
            let _ = writeln!(out, "  = {label}{}", escape_controls(hint));
        }
        out
    }
}

/// Control characters (C0 but tab and line feed, DEL, C1) and the bidirectional
/// overrides and isolates, which reorder what a terminal shows ("Trojan Source").
fn is_unsafe_for_terminal(c: char) -> bool {
    (c.is_control() && !matches!(c, '\t' | '\n'))
        || matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}' | '\u{200E}' | '\u{200F}' | '\u{061C}')
}

/// `text` with every character [`is_unsafe_for_terminal`] written as `\u{…}`.
pub(crate) fn escape_controls(text: &str) -> String {
    if !text.chars().any(is_unsafe_for_terminal) {
        return text.to_owned();
    }
    let mut out = String::with_capacity(text.len() + 8);
    for c in text.chars() {
        if is_unsafe_for_terminal(c) {
            let _ = write!(out, "\\u{{{:x}}}", c as u32);
        } else {
            out.push(c);
        }
    }
    out
}

/// Terminal columns taken by `s`: East Asian wide characters count two.
fn display_width(s: &str) -> usize {
    s.chars().map(|c| if is_wide(c) { 2 } else { 1 }).sum()
}

fn is_wide(c: char) -> bool {
    let c = c as u32;
    WIDE.iter()
        .any(|&(first, last)| (first..=last).contains(&c))
}

/// The blocks a terminal shows two columns wide: Unicode's East Asian Wide and
/// Fullwidth characters, and the emoji drawn as pictures.
const WIDE: [(u32, u32); 14] = [
    (0x1100, 0x115F),   // Hangul Jamo
    (0x2E80, 0x303E),   // CJK and Kangxi radicals, CJK symbols and punctuation
    (0x3041, 0x33FF),   // Kana, Bopomofo, Hangul compatibility jamo … CJK compatibility
    (0x3400, 0x4DBF),   // CJK extension A
    (0x4E00, 0x9FFF),   // CJK unified ideographs
    (0xA000, 0xA4CF),   // Yi
    (0xAC00, 0xD7A3),   // Hangul syllables
    (0xF900, 0xFAFF),   // CJK compatibility ideographs
    (0xFE30, 0xFE4F),   // CJK compatibility forms
    (0xFF00, 0xFF60),   // fullwidth forms
    (0xFFE0, 0xFFE6),   // fullwidth signs
    (0x1F300, 0x1F64F), // pictographs and emoticons
    (0x1F900, 0x1F9FF), // supplemental symbols and pictographs
    (0x20000, 0x3FFFD), // CJK extension B onwards (planes 2 and 3)
];

/// The location of byte `offset` in `source` (1-based line and character column).
pub fn locate(source: &str, offset: usize) -> Location {
    let offset = offset.min(source.len());
    let before = &source[..floor_char_boundary(source, offset)];
    let line = before.matches('\n').count() + 1;
    let line_start = before.rfind('\n').map_or(0, |i| i + 1);
    Location {
        line,
        col: before[line_start..].chars().count() + 1,
        start: offset,
        end: offset,
    }
}

fn floor_char_boundary(s: &str, mut i: usize) -> usize {
    while !s.is_char_boundary(i) {
        i -= 1;
    }
    i
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn renders_path_line_col_caret_and_hint() {
        let source = "name: x\nacounts: []\n";
        let d = Diagnostic::error("unknown key `acounts`")
            .at(Location {
                line: 2,
                col: 1,
                start: 8,
                end: 15,
            })
            .hint("did you mean `accounts`?");
        let text = d.render(Path::new("sites/a/site.yaml"), source);
        assert_eq!(
            text,
            "error: sites/a/site.yaml:2:1: unknown key `acounts`\n  |\n2 | acounts: []\n  | ^^^^^^^\n  = hint: did you mean `accounts`?\n"
        );
    }

    #[test]
    fn caret_accounts_for_wide_characters() {
        let source = "name: 林小满 bad\n";
        let start = source.find("bad").unwrap();
        let mut at = locate(source, start);
        at.end = start + 3;
        let text = Diagnostic::error("x").at(at).render(Path::new("f"), source);
        // "name: " is 6 columns and 林小满 plus a space 7 more.
        assert!(text.contains("\n  |              ^^^\n"), "{text}");
        assert_eq!(at.col, 11);
    }

    #[test]
    fn terminal_controls_from_the_input_are_never_printed() {
        let source = "\u{1b}]0;pwned\u{7}: x\nname: a\u{1b}[2J\u{202e}b\n";
        let mut at = locate(source, source.find("b\n").unwrap());
        at.end = at.start + 1;
        let d = Diagnostic::error("unknown key `\u{1b}]0;pwned\u{7}`")
            .at(at)
            .hint("not `\u{9b}31m`");
        let text = d.render(Path::new("a\u{1b}/site.yaml"), source);
        assert!(!text.chars().any(is_unsafe_for_terminal), "{text:?}");
        assert!(
            text.contains("unknown key `\\u{1b}]0;pwned\\u{7}`"),
            "{text}"
        );
        assert!(text.contains("a\\u{1b}/site.yaml"), "{text}");
        // The caret stays under the offending character.
        let caret = format!("2 | name: a\u{fffd}[2J\u{fffd}b\n  | {}^\n", " ".repeat(12));
        assert!(text.contains(&caret), "{text}");
    }

    #[test]
    fn locate_counts_lines_and_characters() {
        let source = "a: 1\nbé: 2\n";
        let at = locate(source, source.find('2').unwrap());
        assert_eq!((at.line, at.col), (2, 5));
    }
}
