//! A saved page as a flat list of tags and text, read by the HTML5 tokenizer.
//!
//! Takes the page's text; gives [`Token`]s in document order, with character
//! references decoded, attributes as the browser reads them, and the text of `<script>`,
//! `<style>`, `<title>` and `<textarea>` kept whole (as the tree builder would switch the
//! tokenizer, so a `<a>` written inside a script is script text, not a link). No tree is
//! built: the two readers walk the list with a little state of their own.

use std::cell::RefCell;

use html5ever::tokenizer::states::RawKind;
use html5ever::tokenizer::{
    BufferQueue, TagKind, Token as Raw, TokenSink, TokenSinkResult, Tokenizer, TokenizerOpts,
};

/// One piece of the page.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Token {
    Start(Tag),
    End(String),
    /// Text between tags (for a script or style: its whole text).
    Text(String),
}

/// A start tag: its lowercase name, its attributes, and the line it starts on.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Tag {
    pub name: String,
    pub attrs: Vec<(String, String)>,
    pub line: usize,
}

impl Tag {
    /// The value of an attribute (names are lowercase).
    pub fn attr(&self, name: &str) -> Option<&str> {
        self.attrs
            .iter()
            .find(|(n, _)| n == name)
            .map(|(_, v)| v.as_str())
    }

    /// Whether the `class` attribute lists `class`.
    pub fn has_class(&self, class: &str) -> bool {
        self.classes().any(|c| c == class)
    }

    /// The classes of the `class` attribute.
    pub fn classes(&self) -> impl Iterator<Item = &str> {
        self.attr("class").unwrap_or("").split_ascii_whitespace()
    }
}

#[derive(Default)]
struct Sink {
    tokens: RefCell<Vec<Token>>,
}

impl TokenSink for Sink {
    type Handle = ();

    fn process_token(&self, token: Raw, line: u64) -> TokenSinkResult<()> {
        let mut tokens = self.tokens.borrow_mut();
        match token {
            Raw::TagToken(tag) if tag.kind == TagKind::StartTag => {
                let name = tag.name.to_string();
                let raw = match name.as_str() {
                    "script" => Some(RawKind::ScriptData),
                    "style" | "xmp" | "iframe" | "noembed" | "noframes" => Some(RawKind::Rawtext),
                    "title" | "textarea" => Some(RawKind::Rcdata),
                    _ => None,
                };
                tokens.push(Token::Start(Tag {
                    name,
                    attrs: tag
                        .attrs
                        .iter()
                        .map(|a| (a.name.local.to_string(), a.value.to_string()))
                        .collect(),
                    line: usize::try_from(line).unwrap_or(usize::MAX),
                }));
                if let (Some(kind), false) = (raw, tag.self_closing) {
                    return TokenSinkResult::RawData(kind);
                }
            }
            Raw::TagToken(tag) => tokens.push(Token::End(tag.name.to_string())),
            Raw::CharacterTokens(text) => match tokens.last_mut() {
                Some(Token::Text(last)) => last.push_str(&text),
                _ => tokens.push(Token::Text(text.to_string())),
            },
            _ => {}
        }
        TokenSinkResult::Continue
    }
}

/// The page's tokens, in order.
pub fn tokens(html: &str) -> Vec<Token> {
    let input = BufferQueue::default();
    input.push_back(html.into());
    let tokenizer = Tokenizer::new(Sink::default(), TokenizerOpts::default());
    let _ = tokenizer.feed(&input);
    tokenizer.end();
    tokenizer.sink.tokens.take()
}

/// Text as a reader sees it: runs of white space (new lines included) made one space,
/// none at either end, and no invisible control character or noncharacter (which a
/// profile may not hold: they come from copying out of apps, not from the creator).
pub fn squash(text: &str) -> String {
    let visible: String = text
        .chars()
        .filter(|&c| (!c.is_control() || c.is_whitespace()) && !is_noncharacter(c))
        .collect();
    visible.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// U+FDD0…U+FDEF and the last two code points of every plane: no text at all.
fn is_noncharacter(c: char) -> bool {
    let n = c as u32;
    (0xFDD0..=0xFDEF).contains(&n) || n & 0xFFFE == 0xFFFE
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn attributes_and_references_are_read_as_a_browser_does() {
        let tokens = tokens(
            r#"<A Class="button  x" HREF='https://a.example/?a=1&amp;b=2'>Tom &amp; Jerry</a>"#,
        );
        let Token::Start(tag) = &tokens[0] else {
            panic!("{tokens:?}")
        };
        assert_eq!(tag.name, "a");
        assert!(tag.has_class("button") && tag.has_class("x"));
        assert_eq!(tag.attr("href"), Some("https://a.example/?a=1&b=2"));
        assert_eq!(tokens[1], Token::Text("Tom & Jerry".into()));
        assert_eq!(tokens[2], Token::End("a".into()));
    }

    #[test]
    fn a_script_is_one_text_even_with_tags_in_it() {
        let tokens = tokens(
            "<script id=x>var a = '<a class=\"button\" href=\"https://evil.example/\">';</script><p>hi",
        );
        assert_eq!(
            tokens[1],
            Token::Text("var a = '<a class=\"button\" href=\"https://evil.example/\">';".into())
        );
        assert_eq!(tokens[2], Token::End("script".into()));
        assert!(matches!(&tokens[3], Token::Start(t) if t.name == "p"));
    }

    #[test]
    fn lines_are_counted_from_one() {
        let tokens = tokens("<html>\n\n<body>");
        let lines: Vec<usize> = tokens
            .iter()
            .filter_map(|t| match t {
                Token::Start(tag) => Some(tag.line),
                _ => None,
            })
            .collect();
        assert_eq!(lines, [1, 3]);
    }

    #[test]
    fn white_space_is_squashed() {
        assert_eq!(squash("\n  Seth \t Cottle\n"), "Seth Cottle");
        assert_eq!(
            squash("bell\u{7}\u{85}and\u{FFFE} \u{202E}bidi"),
            "bell and \u{202E}bidi"
        );
    }
}
