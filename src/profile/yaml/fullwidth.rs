//! Full-width forms a Chinese input method types into the structure of a profile.
//!
//! Takes the text of a profile; gives the first line whose structure holds a full-width
//! character where YAML needs an ASCII one — a full-width colon `：` after a key, or an
//! ideographic space (U+3000) in the indentation — as an error that names the character,
//! at its line and column, with the line rewritten. This runs before the parser: the
//! parser reports `platform： bilibili` on the next line, in its own English, and reads
//! `　　id: x` as a key named `　　id`. Lines inside block scalars (`bio: |`) and comments
//! are text and are left alone. Full-width characters inside values are the checker's.

use crate::Lang;
use crate::diagnostic::{Diagnostic, Location, Severity, locate};
use crate::messages;

const IDEOGRAPHIC_SPACE: char = '\u{3000}';
const FULLWIDTH_COLON: char = '：';

/// The first full-width form in the structure of `source`, as an error in `lang`.
pub(super) fn scan(source: &str, lang: Lang) -> Option<Diagnostic> {
    // The indentation (in ASCII spaces) of the key whose block scalar the lines below
    // belong to, while inside one.
    let mut block: Option<usize> = None;
    let mut offset = 0;
    for raw in source.split_inclusive('\n') {
        let start = offset;
        offset += raw.len();
        let line = raw.trim_end_matches(['\n', '\r']);
        let spaces = line.len() - line.trim_start_matches(' ').len();
        if let Some(indent) = block {
            if line.trim().is_empty() || spaces > indent {
                continue;
            }
            block = None;
        }
        let content = line.trim_start_matches([' ', IDEOGRAPHIC_SPACE]);
        if content.is_empty() || content.starts_with('#') {
            continue;
        }
        let indentation = &line[..line.len() - content.len()];
        if let Some(i) = indentation.find(IDEOGRAPHIC_SPACE) {
            let fixed = format!("{}{content}", indentation.replace(IDEOGRAPHIC_SPACE, "  "));
            return Some(error(
                source,
                start + i,
                IDEOGRAPHIC_SPACE,
                Diagnostic::new(
                    Severity::Error,
                    lang,
                    &messages::FULLWIDTH_SPACE_INDENT,
                    &[],
                )
                .hint(messages::HINT_FULLWIDTH_SPACE.fill(lang, &[("fixed", &fixed)])),
            ));
        }
        let item = content.strip_prefix("- ").map_or(content, str::trim_start);
        if let Some((key, after)) = fullwidth_key(item) {
            let colon = start + (line.len() - item.len()) + key.len() + after;
            let value = item[key.len() + after + FULLWIDTH_COLON.len_utf8()..].trim();
            let fixed = format!("{key}: {value}");
            return Some(error(
                source,
                colon,
                FULLWIDTH_COLON,
                Diagnostic::new(
                    Severity::Error,
                    lang,
                    &messages::FULLWIDTH_COLON,
                    &[("key", key)],
                )
                .hint(messages::HINT_ASCII_COLON.fill(lang, &[("fixed", fixed.trim_end())])),
            ));
        }
        if opens_block_scalar(item) {
            block = Some(spaces);
        }
    }
    None
}

/// `key：…` (an ASCII key, blanks, a full-width colon): the key and the blanks' length.
fn fullwidth_key(item: &str) -> Option<(&str, usize)> {
    let key_len = item
        .find(|c: char| !(c.is_ascii_alphanumeric() || c == '_'))
        .unwrap_or(item.len());
    let key = &item[..key_len];
    if key.is_empty() || key.starts_with(|c: char| c.is_ascii_digit()) {
        return None;
    }
    let rest = &item[key_len..];
    let blanks = rest.len() - rest.trim_start_matches([' ', '\t']).len();
    rest[blanks..]
        .starts_with(FULLWIDTH_COLON)
        .then_some((key, blanks))
}

/// Whether a line's content ends in a block scalar's indicator (`bio: |`, `- >-`).
fn opens_block_scalar(item: &str) -> bool {
    let value = match item.find(": ") {
        Some(i) => &item[i + 2..],
        None => item.strip_prefix('-').unwrap_or(""),
    };
    let value = value.split(" #").next().unwrap_or("").trim();
    value.starts_with(['|', '>'])
        && value[1..]
            .chars()
            .all(|c| matches!(c, '-' | '+' | '1'..='9'))
}

/// `d` placed on the character `c` at byte `byte` of `source`.
fn error(source: &str, byte: usize, c: char, d: Diagnostic) -> Diagnostic {
    let mut at: Location = locate(source, byte);
    at.end = byte + c.len_utf8();
    d.at(at)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn found(source: &str) -> Option<(String, usize, usize, String)> {
        scan(source, Lang::ZhHans).map(|d| {
            let at = d.at.unwrap();
            (d.code.to_owned(), at.line, at.col, d.hint.unwrap())
        })
    }

    #[test]
    fn a_fullwidth_colon_after_a_key_is_found_where_it_is() {
        let (code, line, col, hint) =
            found("name: 小满\naccounts:\n  - platform： bilibili\n    id: \"1\"\n").unwrap();
        assert_eq!((code.as_str(), line, col), ("fullwidth-colon", 3, 13));
        assert!(hint.contains("`platform: bilibili`"), "{hint}");
    }

    #[test]
    fn ideographic_spaces_in_indentation_are_found() {
        let (code, line, col, hint) = found("accounts:\n  - platform: x\n　　id: y\n").unwrap();
        assert_eq!((code.as_str(), line, col), ("fullwidth-space-indent", 3, 1));
        assert!(hint.contains("`    id: y`"), "{hint}");
    }

    #[test]
    fn text_is_left_alone() {
        assert_eq!(
            found("bio: |\n  　　段落：开头\n  note： x\nname: a：b\n"),
            None
        );
        assert_eq!(found("# 名字：林小满\nname: 林小满 # 注：x\n"), None);
        assert_eq!(found("tagline: 插画师：上海\n"), None);
    }
}
