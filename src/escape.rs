//! Escaping text into HTML, XML and YAML, and decoding it back out of pages and URLs.
//!
//! Takes text; gives it escaped for the place it goes: [`html`] for HTML text and
//! attributes (the rule askama applies to the templates, so a page reads the same
//! whether a value went through a template or through code), [`push_xml_attr`] for an
//! attribute of a standalone XML document (the QR codes' SVG), [`yaml_scalar`] and
//! [`yaml_quoted`] for a value in a YAML file (the profiles `hutong import` writes, the
//! addresses `hutong resolve` puts back, the fixed lines of a hint), and the inverses the
//! dev server needs ([`unescape_html`], [`percent_decode`]).
//!
//! Each rule is written once here. vCard escaping (`files`) is another format, and the
//! JSON inside `<script>` (`render`) is JSON's own; neither belongs here. This module
//! does not decide where text goes: the caller picks the function for the place.

use std::fmt::Write as _;

/// `text` for HTML content or a quoted attribute: `&`, `<`, `>`, `"` and `'` (as
/// `&#39;`, which HTML 4 knows too, unlike `&apos;`), exactly as askama escapes.
pub fn html(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    // Runs without a character to escape are copied whole: most text has none (an
    // icon's path data, a name), and a character at a time was the slow part.
    let mut rest = text;
    while let Some(at) = rest.find(['&', '<', '>', '"', '\'']) {
        out.push_str(&rest[..at]);
        out.push_str(match rest.as_bytes()[at] {
            b'&' => "&amp;",
            b'<' => "&lt;",
            b'>' => "&gt;",
            b'"' => "&quot;",
            _ => "&#39;",
        });
        rest = &rest[at + 1..];
    }
    out.push_str(rest);
    out
}

/// Appends `text` escaped for a double-quoted attribute of an XML 1.0 document. Tab,
/// line feed and carriage return are kept as references, so attribute-value
/// normalisation does not turn them into spaces; the characters XML 1.0 does not allow
/// at all (the other C0 controls, U+FFFE, U+FFFF) become U+FFFD rather than break the
/// document.
pub fn push_xml_attr(out: &mut String, text: &str) {
    for c in text.chars() {
        match c {
            '\'' => out.push_str("&apos;"),
            '\t' => out.push_str("&#9;"),
            '\n' => out.push_str("&#10;"),
            '\r' => out.push_str("&#13;"),
            '\u{0}'..='\u{1f}' | '\u{fffe}' | '\u{ffff}' => out.push('\u{fffd}'),
            c => push_markup(out, c),
        }
    }
}

/// Appends `c`, as a reference if it is one of the four characters HTML and XML both
/// escape the same way (`&`, `<`, `>`, `"`). The apostrophe is not among them: HTML
/// writes `&#39;`, XML `&apos;`.
fn push_markup(out: &mut String, c: char) {
    match c {
        '&' => out.push_str("&amp;"),
        '<' => out.push_str("&lt;"),
        '>' => out.push_str("&gt;"),
        '"' => out.push_str("&quot;"),
        c => out.push(c),
    }
}

/// `text` as a YAML double-quoted scalar that reads back as exactly `text`: `"` and `\`
/// escaped, and so is every character [`yaml_escapes`] names or `also` picks (a test
/// that wants its file in plain ASCII picks the rest) — `\n` and `\t` by name, the
/// others as `\u`/`\U` and their code point.
pub fn yaml_quoted(text: &str, also: impl Fn(char) -> bool) -> String {
    let mut out = String::with_capacity(text.len() + 2);
    out.push('"');
    for c in text.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\t' => out.push_str("\\t"),
            c if yaml_escapes(c) || also(c) => {
                let code = c as u32;
                let _ = if code <= 0xFFFF {
                    write!(out, "\\u{code:04X}")
                } else {
                    write!(out, "\\U{code:08X}")
                };
            }
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// Whether a YAML file should hold `c` only as an escape: a control character (line
/// feed and carriage return among them), a Unicode line or paragraph separator, which
/// editors may take as the end of a line, or a byte-order mark.
pub fn yaml_escapes(c: char) -> bool {
    c.is_control() || matches!(c, '\u{2028}' | '\u{2029}' | '\u{feff}')
}

/// `value` as a YAML scalar that reads back as exactly this text: plain where that is
/// safe, else double-quoted ([`yaml_quoted`]).
pub fn yaml_scalar(value: &str) -> String {
    if plain_is_safe(value) {
        return value.to_owned();
    }
    yaml_quoted(value, |_| false)
}

/// Whether YAML reads `value` unquoted as this same string: it starts with a letter,
/// holds only letters, digits, inner spaces and the URL characters that mean nothing to
/// YAML inside a plain scalar (never `: ` or ` #`), and is no word YAML 1.1 reads as a
/// boolean or null.
fn plain_is_safe(value: &str) -> bool {
    let Some(first) = value.chars().next() else {
        return false;
    };
    const WORDS: &[&str] = &["y", "n", "yes", "no", "on", "off", "true", "false", "null"];
    first.is_alphabetic()
        && !value.ends_with([':', ' '])
        && !value.contains(": ")
        && !value.contains(" #")
        && !value.contains("  ")
        && value
            .chars()
            .all(|c| c.is_alphanumeric() || " _-./@:%?=&+~".contains(c))
        && !WORDS.contains(&value.to_ascii_lowercase().as_str())
}

/// Undoes the escapes askama (and [`html`]) write in attributes: the five characters,
/// by name or number. Other references stay as they are.
pub fn unescape_html(text: &str) -> String {
    if !text.contains('&') {
        return text.to_owned();
    }
    text.replace("&#39;", "'")
        .replace("&#x27;", "'")
        .replace("&quot;", "\"")
        .replace("&#34;", "\"")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&amp;", "&")
}

/// Decodes `%XX` escapes (exactly two hex digits each) in a URL's path segment or query
/// value. `+` stays a `+`: it means a space only in HTML form bodies, which nothing here
/// reads. `None` when an escape is malformed or the bytes are not UTF-8: every caller
/// wants text, and a name that is not text names nothing.
pub fn percent_decode(text: &str) -> Option<String> {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%' {
            let high = hex_digit(*bytes.get(i + 1)?)?;
            let low = hex_digit(*bytes.get(i + 2)?)?;
            out.push((high << 4) | low);
            i += 3;
        } else {
            out.push(bytes[i]);
            i += 1;
        }
    }
    String::from_utf8(out).ok()
}

fn hex_digit(b: u8) -> Option<u8> {
    (b as char).to_digit(16).map(|d| d as u8)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_yaml_would_misread_are_quoted() {
        for value in [
            "no", "Yes", "0123", "1e3", "#tag", "a: b", "- x", "", " x", "~", "null", "[a]", "{a}",
            "*x", "&x", "!x", "|", ">", "'q'", "%x", "@x", "`x`", "a #b", "x:",
        ] {
            assert!(
                yaml_scalar(value).starts_with('"'),
                "{value:?} → {}",
                yaml_scalar(value)
            );
        }
        for value in [
            "github",
            "https://github.com/moling",
            "hi@moling.example",
            "kai.draws",
        ] {
            assert_eq!(yaml_scalar(value), value);
        }
    }

    #[test]
    fn quoted_text_escapes_what_would_end_it() {
        assert_eq!(yaml_scalar("say \"hi\"\\\n"), r#""say \"hi\"\\\n""#);
        assert_eq!(yaml_scalar("a\u{2028}b\u{7}"), r#""a\u2028b\u0007""#);
        assert_eq!(yaml_scalar("中文 · 标签"), "\"中文 · 标签\"");
        assert_eq!(yaml_scalar("Juno Park"), "Juno Park");
        assert_eq!(yaml_scalar("林小满"), "林小满");
    }

    #[test]
    fn html_escapes_the_five_characters_as_askama_does() {
        assert_eq!(
            html(r#"Tom & "Jerry" <b>'s'</b> 林"#),
            "Tom &amp; &quot;Jerry&quot; &lt;b&gt;&#39;s&#39;&lt;/b&gt; 林"
        );
        assert_eq!(html("plain"), "plain");
    }

    #[test]
    fn unescape_html_inverts_html() {
        for text in [r#"a&b<c>d"e'f"#, "&amp;", "&#39;", "plain 林"] {
            assert_eq!(unescape_html(&html(text)), text);
        }
        assert_eq!(unescape_html("&#x27;&#34;"), "'\"");
    }

    #[test]
    fn xml_attributes_keep_whitespace_and_drop_what_xml_forbids() {
        let mut out = String::new();
        push_xml_attr(&mut out, "Tom & \"Jerry\" <b>'s'</b>\t\n\r\u{7}\u{ffff}");
        assert_eq!(
            out,
            "Tom &amp; &quot;Jerry&quot; &lt;b&gt;&apos;s&apos;&lt;/b&gt;&#9;&#10;&#13;\u{fffd}\u{fffd}"
        );
    }

    #[test]
    fn yaml_quoted_escapes_what_yaml_would_not_keep_and_what_the_caller_picks() {
        assert_eq!(
            yaml_quoted("say \"hi\"\\\n\t\r\u{2028}\u{feff}林😀", |_| false),
            r#""say \"hi\"\\\n\t\u000D\u2028\uFEFF林😀""#
        );
        assert_eq!(
            yaml_quoted("林😀 a", |c| !c.is_ascii()),
            r#""\u6797\U0001F600 a""#
        );
    }

    #[test]
    fn percent_decode_takes_exactly_two_hex_digits_and_gives_text() {
        assert_eq!(percent_decode("a%20b%2Fc+d").as_deref(), Some("a b/c+d"));
        assert_eq!(percent_decode("%E6%9E%97").as_deref(), Some("林"));
        assert_eq!(percent_decode("%e6%9e%97").as_deref(), Some("林"));
        assert_eq!(percent_decode("").as_deref(), Some(""));
        // A sign is not a digit, though `u8::from_str_radix` would take `+1`.
        for bad in ["%", "%2", "%zz", "%+1", "%-1", "% 1", "%E6", "%FF", "%2林"] {
            assert_eq!(percent_decode(bad), None, "{bad}");
        }
    }
}
