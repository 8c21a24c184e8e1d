//! The creator's CSS (`theme.css`) → what it would load from elsewhere, and the text to
//! put inside the hub's `<style>`.
//!
//! Takes the file's text; [`check`] gives every place where the CSS would load
//! something: an `@import` (a stylesheet the page's policy would block; refused
//! whatever it names), and a `url()`, or a string in a function that loads
//! (`image-set()`, `src()`, …), that names another host (`https://…`, `//host/…`) or
//! any other scheme (`data:`, which the page's policy blocks too). A relative address
//! stays on the site's own host, and is reported as [`Load::Local`]: the build does not
//! publish files the CSS names, so it loads only what the creator puts on the host. The CSS is read as a browser
//! tokenises it: comments are skipped and escapes decoded first, so `u\72l(` is a
//! `url(` and `"\68ttps://…"` an `https://` address. [`inline`] gives the text that
//! goes into the page, which cannot close the `<style>` element early.
//!
//! It does not judge what the CSS does to the page: the page is the creator's.

use std::ops::Range;

/// Something the CSS would load, and where: a byte range of the source.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Found {
    pub at: Range<usize>,
    pub what: Load,
}

/// What the CSS would load.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Load {
    /// An `@import` rule.
    Import,
    /// An address on another host or with a scheme, as the browser reads it (escapes
    /// decoded).
    Remote(String),
    /// A relative address (on the site's own host), as the browser reads it; empty
    /// addresses and fragments (`#id`, which name nothing to fetch) are not reported.
    Local(String),
}

impl Load {
    /// Whether the page's policy or its promise (nothing from other hosts) rules it out.
    pub fn is_refused(&self) -> bool {
        !matches!(self, Load::Local(_))
    }
}

/// The functions whose string arguments are addresses a browser fetches.
const LOADERS: &[&str] = &[
    "url",
    "src",
    "image",
    "image-set",
    "-webkit-image-set",
    "cross-fade",
    "-webkit-cross-fade",
];

/// Every place where `source` would load something, in order.
pub fn check(source: &str) -> Vec<Found> {
    let mut found = Vec::new();
    // The functions the scanner is inside, innermost last ("" for a plain bracket).
    let mut stack: Vec<String> = Vec::new();
    for token in tokens(source) {
        match token.kind {
            Kind::AtKeyword(name) if name.eq_ignore_ascii_case("import") => found.push(Found {
                at: token.at,
                what: Load::Import,
            }),
            Kind::Url(address) => found.extend(load(token.at, address)),
            Kind::Str(text) => {
                let loads = stack
                    .last()
                    .is_some_and(|f| LOADERS.contains(&f.to_ascii_lowercase().as_str()));
                if loads {
                    found.extend(load(token.at, text));
                }
            }
            Kind::Function(name) => stack.push(name),
            Kind::Open => stack.push(String::new()),
            Kind::Close => {
                stack.pop();
            }
            Kind::AtKeyword(_) | Kind::Other => {}
        }
    }
    found
}

/// What an address in a loading function fetches, if anything.
fn load(at: Range<usize>, address: String) -> Option<Found> {
    let what = if is_remote(&address) {
        Load::Remote(address)
    } else if address.trim().is_empty() || address.trim_start().starts_with('#') {
        return None;
    } else {
        Load::Local(address)
    };
    Some(Found { at, what })
}

/// `source` as it goes inside `<style>`: every `</` written `<\/`, so that no
/// `</style` in a comment or string ends the element. In a CSS string `\/` is `/`, so
/// the CSS means the same.
pub fn inline(source: &str) -> String {
    source.replace("</", "<\\/")
}

/// Whether a browser would fetch `address` from another host (or from no host at all,
/// `data:`): it has a scheme, or starts with two slashes (either way round, as URL
/// parsers read `\` as `/`). Tabs and line breaks are dropped first, as URL parsers do.
fn is_remote(address: &str) -> bool {
    let address: String = address
        .chars()
        .filter(|c| !matches!(c, '\t' | '\n' | '\r'))
        .collect();
    let address = address.trim_start_matches(|c: char| c <= ' ');
    let mut chars = address.chars();
    let two_slashes = matches!(
        (chars.next(), chars.next()),
        (Some('/' | '\\'), Some('/' | '\\'))
    );
    let scheme = address.split_once(':').is_some_and(|(scheme, _)| {
        scheme.starts_with(|c: char| c.is_ascii_alphabetic())
            && scheme
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || matches!(c, '+' | '-' | '.'))
    });
    two_slashes || scheme
}

/// One token, as far as [`check`] needs to tell them apart.
struct Token {
    at: Range<usize>,
    kind: Kind,
}

enum Kind {
    /// `@name`, escapes decoded.
    AtKeyword(String),
    /// `name(`, escapes decoded.
    Function(String),
    /// An unquoted `url(…)`: the address, escapes decoded.
    Url(String),
    /// A quoted string's value, escapes decoded.
    Str(String),
    Open,
    Close,
    Other,
}

/// The tokens of `source`, after CSS Syntax Level 3 (§4), simplified: what is not an
/// at-keyword, function, url, string or bracket is `Other`, one character at a time.
fn tokens(source: &str) -> Vec<Token> {
    let chars: Vec<(usize, char)> = source.char_indices().collect();
    let end_of = |i: usize| chars.get(i).map_or(source.len(), |(at, _)| *at);
    let mut out = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        let (start, c) = chars[i];
        let next = chars.get(i + 1).map(|(_, c)| *c);
        if c == '/' && next == Some('*') {
            i += 2;
            while i < chars.len()
                && !(chars[i].1 == '*' && chars.get(i + 1).map(|p| p.1) == Some('/'))
            {
                i += 1;
            }
            i += 2;
            continue;
        }
        if c == '"' || c == '\'' {
            let (text, after) = string(&chars, i + 1, c);
            out.push(Token {
                at: start..end_of(after),
                kind: Kind::Str(text),
            });
            i = after;
            continue;
        }
        if c == '@' && starts_ident(&chars, i + 1) {
            let (name, after) = ident(&chars, i + 1);
            out.push(Token {
                at: start..end_of(after),
                kind: Kind::AtKeyword(name),
            });
            i = after;
            continue;
        }
        if starts_ident(&chars, i) {
            let (name, after) = ident(&chars, i);
            if chars.get(after).map(|p| p.1) != Some('(') {
                out.push(Token {
                    at: start..end_of(after),
                    kind: Kind::Other,
                });
                i = after;
                continue;
            }
            let mut j = after + 1;
            if name.eq_ignore_ascii_case("url") {
                while chars.get(j).is_some_and(|p| p.1.is_whitespace()) {
                    j += 1;
                }
                if !chars.get(j).is_some_and(|p| p.1 == '"' || p.1 == '\'') {
                    let (address, after) = unquoted_url(&chars, j);
                    out.push(Token {
                        at: start..end_of(after),
                        kind: Kind::Url(address),
                    });
                    i = after;
                    continue;
                }
            }
            j = after + 1;
            out.push(Token {
                at: start..end_of(j),
                kind: Kind::Function(name),
            });
            i = j;
            continue;
        }
        let kind = match c {
            '(' => Kind::Open,
            ')' => Kind::Close,
            _ => Kind::Other,
        };
        out.push(Token {
            at: start..end_of(i + 1),
            kind,
        });
        i += 1;
    }
    out
}

/// Whether an identifier starts at `i`: a letter, `_`, non-ASCII, an escape, or `-`
/// followed by one of those or another `-`.
fn starts_ident(chars: &[(usize, char)], i: usize) -> bool {
    let at = |k: usize| chars.get(k).map(|p| p.1);
    let name_start =
        |c: Option<char>| c.is_some_and(|c| c.is_ascii_alphabetic() || c == '_' || !c.is_ascii());
    match at(i) {
        Some('-') => name_start(at(i + 1)) || at(i + 1) == Some('-') || is_escape(chars, i + 1),
        Some('\\') => is_escape(chars, i),
        c => name_start(c),
    }
}

/// Reads an identifier from `i`: its name (escapes decoded) and the index after it.
fn ident(chars: &[(usize, char)], mut i: usize) -> (String, usize) {
    let mut name = String::new();
    while let Some(&(_, c)) = chars.get(i) {
        if is_escape(chars, i) {
            i = push_escape(&mut name, chars, i);
        } else if c.is_ascii_alphanumeric() || c == '-' || c == '_' || !c.is_ascii() {
            name.push(c);
            i += 1;
        } else {
            break;
        }
    }
    (name, i)
}

/// Reads a string's value from `i` (after its opening `quote`) to its closing quote or
/// the end of its line; gives the value and the index after the string.
fn string(chars: &[(usize, char)], mut i: usize, quote: char) -> (String, usize) {
    let mut text = String::new();
    while let Some(&(_, c)) = chars.get(i) {
        match c {
            c if c == quote => return (text, i + 1),
            '\n' => return (text, i),
            '\\' => match chars.get(i + 1).map(|p| p.1) {
                None => i += 1,
                // An escaped line break continues the string.
                Some('\n') => i += 2,
                Some(_) => i = push_escape(&mut text, chars, i),
            },
            c => {
                text.push(c);
                i += 1;
            }
        }
    }
    (text, i)
}

/// Reads an unquoted `url(` address from `i` to its `)`: the address (escapes decoded,
/// surrounding white space dropped) and the index after the `)`.
fn unquoted_url(chars: &[(usize, char)], mut i: usize) -> (String, usize) {
    let mut address = String::new();
    while let Some(&(_, c)) = chars.get(i) {
        match c {
            ')' => return (address.trim_end().to_owned(), i + 1),
            '\\' if is_escape(chars, i) => i = push_escape(&mut address, chars, i),
            c => {
                address.push(c);
                i += 1;
            }
        }
    }
    (address.trim_end().to_owned(), i)
}

/// Whether a valid escape starts at `i`: a `\` that is not followed by a line break
/// or the end of the text (CSS Syntax §4.3.8).
fn is_escape(chars: &[(usize, char)], i: usize) -> bool {
    chars.get(i).is_some_and(|p| p.1 == '\\') && chars.get(i + 1).is_some_and(|p| p.1 != '\n')
}

/// Decodes the escape whose `\` is at `i` onto `out`; gives the index after it.
fn push_escape(out: &mut String, chars: &[(usize, char)], i: usize) -> usize {
    let (decoded, after) = escape(chars, i + 1);
    out.push(decoded);
    after
}

/// Decodes the escape whose first character (after `\`) is at `i`: up to six hex
/// digits and one white space after them, or any other character as itself. Gives the
/// character (U+FFFD for zero, a surrogate or past U+10FFFF) and the index after it.
fn escape(chars: &[(usize, char)], mut i: usize) -> (char, usize) {
    let Some(&(_, first)) = chars.get(i) else {
        return ('\u{FFFD}', i);
    };
    if !first.is_ascii_hexdigit() {
        return (first, i + 1);
    }
    let mut value: u32 = 0;
    let mut digits = 0;
    while digits < 6
        && let Some(d) = chars.get(i).and_then(|p| p.1.to_digit(16))
    {
        value = value * 16 + d;
        digits += 1;
        i += 1;
    }
    if chars.get(i).is_some_and(|p| p.1.is_whitespace()) {
        i += 1;
    }
    let decoded = match value {
        0 => '\u{FFFD}',
        v => char::from_u32(v).unwrap_or('\u{FFFD}'),
    };
    (decoded, i)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// What `css` loads that is refused, with the text it was found in.
    fn loads(css: &str) -> Vec<(String, Load)> {
        check(css)
            .into_iter()
            .filter(|f| f.what.is_refused())
            .map(|f| (css[f.at].to_owned(), f.what))
            .collect()
    }

    /// The relative addresses `css` would fetch from the site's own host.
    fn locals(css: &str) -> Vec<String> {
        check(css)
            .into_iter()
            .filter_map(|f| match f.what {
                Load::Local(address) => Some(address),
                _ => None,
            })
            .collect()
    }

    fn remote(text: &str, address: &str) -> (String, Load) {
        (text.to_owned(), Load::Remote(address.to_owned()))
    }

    #[test]
    fn plain_css_loads_nothing() {
        let css = "body{background:#fdf6e3;color:#333}\n.c{border-radius:4px}\n\
                   a[href^=\"https://weibo.com\"]{font-weight:700}\n\
                   .x:before{content:\"http://not-loaded\"}\n\
                   .bg{background:url(paper.png) repeat;filter:url(#soft)}\n\
                   .y{background-image:image-set(\"a.png\" 1x,'b.png' 2x)}\n";
        assert_eq!(loads(css), vec![]);
        // Relative addresses are reported, to be said aloud (the build does not publish
        // them); a fragment (`#soft`, an SVG filter in the page) and text in `content`
        // fetch nothing.
        assert_eq!(locals(css), ["paper.png", "a.png", "b.png"]);
    }

    #[test]
    fn import_is_refused_in_every_spelling() {
        for css in [
            "@import \"theme.css\";",
            "@import url(https://fonts.example.com/x.css);",
            "@IMPORT 'a.css';",
            "@\\69mport 'a.css';",
        ] {
            let found = check(css);
            assert!(
                found.iter().any(|f| f.what == Load::Import),
                "{css}: {found:?}"
            );
            assert_eq!(found[0].at.start, 0, "{css}");
        }
    }

    #[test]
    fn addresses_on_other_hosts_are_found_where_they_are() {
        assert_eq!(
            loads("a{background:url(https://evil.example/x.png)}"),
            vec![remote(
                "url(https://evil.example/x.png)",
                "https://evil.example/x.png"
            )]
        );
        assert_eq!(
            loads("a{background:URL( '//evil.example/x.png' )}"),
            vec![remote("'//evil.example/x.png'", "//evil.example/x.png")]
        );
        // `\\\\` in CSS is two backslashes, which URL parsers read as `//`; one
        // (`\\`) is a path on the site's own host.
        assert_eq!(
            loads("a{background:url(\\\\\\\\evil.example/x.png)}"),
            vec![remote(
                "url(\\\\\\\\evil.example/x.png)",
                "\\\\evil.example/x.png"
            )]
        );
        assert_eq!(loads("a{background:url(\\\\evil.example/x.png)}"), vec![]);
        assert_eq!(
            locals("a{background:url(\\\\evil.example/x.png)}"),
            ["\\evil.example/x.png"]
        );
        assert_eq!(
            loads("a{background:-webkit-image-set(\"http://e.example/a.png\" 1x)}"),
            vec![remote(
                "\"http://e.example/a.png\"",
                "http://e.example/a.png"
            )]
        );
        assert_eq!(
            loads("@font-face{font-family:x;src:url(\"data:font/woff2;base64,AAAA\")}"),
            vec![remote(
                "\"data:font/woff2;base64,AAAA\"",
                "data:font/woff2;base64,AAAA"
            )]
        );
    }

    #[test]
    fn escapes_and_comments_do_not_hide_an_address() {
        // `u\72l(` is `url(`; `\68` is `h`; `\9` a tab, which URL parsers drop.
        assert_eq!(
            loads("a{background:u\\72l(\\68ttps://e.example/x)}"),
            vec![remote(
                "u\\72l(\\68ttps://e.example/x)",
                "https://e.example/x"
            )]
        );
        assert_eq!(
            loads("a{background:url(\"ht\\9tps://e.example/x\")}"),
            vec![remote(
                "\"ht\\9tps://e.example/x\"",
                "ht\ttps://e.example/x"
            )]
        );
        assert_eq!(
            loads("a{background:url/**/(\"x.png\")}/* url(https://e.example) */"),
            vec![],
            "a comment is not an address, and `url/**/(` is no function"
        );
        assert_eq!(
            loads("a{background:image-set(/*x*/'https://e.example/a.png' 1x)}"),
            vec![remote(
                "'https://e.example/a.png'",
                "https://e.example/a.png"
            )]
        );
    }

    #[test]
    fn inline_cannot_close_the_style_element() {
        let css = "a:after{content:\"</style><script>alert(1)</script>\"}/* </STYLE */";
        let safe = inline(css);
        assert!(!safe.contains("</"), "{safe}");
        assert_eq!(safe.matches("<\\/").count(), 3);
    }
}
