//! YAML text → a tree of positioned nodes.
//!
//! Takes the text of one YAML document; gives a [`Node`] tree in which every scalar is
//! kept as the exact text the author wrote (no `no` → false, no `0123` → 83: the profile
//! decides what a value means) and every node knows its place in the file. Anchors and
//! aliases are expanded under a node budget and nesting is capped, so hostile input
//! ("billion laughs", 10,000-deep brackets) is refused quickly with bounded memory.
//!
//! It does not know what a profile is; `profile` reads the tree. Syntax errors are
//! put in a creator's words by [`explain`], and full-width forms typed into the
//! structure (`key：`, ideographic spaces in indentation) are found by `fullwidth`
//! before the parser sees them.

use std::collections::HashSet;

use granit_parser::{ErrorKind, Event, Parser, ScalarStyle, Span};

use explain::{Explained, explain, unknown_anchor};

use crate::Lang;
use crate::diagnostic::{Diagnostic, Location, Severity};
use crate::messages::{self, Msg};

mod explain;
mod fullwidth;

/// Most nodes a document may expand to, aliases included.
pub const MAX_NODES: usize = 200_000;
/// Deepest nesting of sequences and mappings.
pub const MAX_DEPTH: usize = 32;

/// A YAML node and where it stands.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Node {
    pub value: Value,
    pub at: Location,
}

/// What a node holds.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Value {
    /// `~`, `null` or nothing.
    Null,
    /// A scalar's text after YAML's quoting and folding; `plain` when it was unquoted.
    Scalar {
        text: String,
        plain: bool,
    },
    Seq(Vec<Node>),
    /// Entries in file order, duplicates kept (the reader reports them).
    Map(Vec<(Node, Node)>),
}

impl Node {
    /// A word for the kind of node in `lang`, for messages ("expected text, found a
    /// list").
    pub fn kind_in(&self, lang: Lang) -> &'static str {
        match &self.value {
            Value::Null => messages::KIND_NOTHING.get(lang),
            Value::Scalar { .. } => messages::KIND_VALUE.get(lang),
            Value::Seq(_) => messages::KIND_LIST.get(lang),
            Value::Map(_) => messages::KIND_MAP.get(lang),
        }
    }

    /// How many nodes this subtree holds.
    fn weight(&self) -> usize {
        match &self.value {
            Value::Null | Value::Scalar { .. } => 1,
            Value::Seq(items) => 1 + items.iter().map(Node::weight).sum::<usize>(),
            Value::Map(entries) => {
                1 + entries
                    .iter()
                    .map(|(k, v)| k.weight() + v.weight())
                    .sum::<usize>()
            }
        }
    }
}

/// Parses one YAML document. An empty document gives a `Null` node. Errors are in
/// English; [`parse_in`] says them in another language.
pub fn parse(source: &str) -> Result<Node, Diagnostic> {
    parse_in(source, Lang::En)
}

/// [`parse`], with the error in `lang`.
pub fn parse_in(source: &str, lang: Lang) -> Result<Node, Diagnostic> {
    if let Some(problem) = fullwidth::scan(source, lang) {
        return Err(problem);
    }
    let mut builder = Builder {
        lang,
        source,
        parser: Parser::new_from_str(source),
        anchors: Vec::new(),
        nodes: 0,
        cursor: Cursor::default(),
    };
    builder.document()
}

struct Builder<'a> {
    lang: Lang,
    source: &'a str,
    parser: Parser<'a, granit_parser::StrInput<'a>>,
    /// Anchored nodes by anchor id, with their weight.
    anchors: Vec<Option<(Node, usize)>>,
    nodes: usize,
    cursor: Cursor,
}

/// The line and column of the last offset located. Events come in file order, so each
/// location is counted on from the previous one: counting from the start of the file
/// every time made 10,000 accounts take 30 s, and a 1 MiB one-line profile longer.
#[derive(Debug, Clone, Copy)]
struct Cursor {
    offset: usize,
    line: usize,
    col: usize,
}

impl Default for Cursor {
    fn default() -> Self {
        Cursor {
            offset: 0,
            line: 1,
            col: 1,
        }
    }
}

impl Cursor {
    /// The location of byte `offset` (1-based line, column in characters), in time
    /// proportional to the distance from the previous offset.
    fn locate(&mut self, source: &str, offset: usize) -> Location {
        let mut offset = offset.min(source.len());
        while !source.is_char_boundary(offset) {
            offset -= 1;
        }
        if offset < self.offset {
            *self = Cursor::default();
        }
        let between = &source[self.offset..offset];
        match between.rfind('\n') {
            Some(last) => {
                self.line += between.matches('\n').count();
                self.col = between[last + 1..].chars().count() + 1;
            }
            None => self.col += between.chars().count(),
        }
        self.offset = offset;
        Location {
            line: self.line,
            col: self.col,
            start: offset,
            end: offset,
        }
    }
}

enum Frame {
    Seq(Vec<Node>, Location, usize),
    Map(Vec<(Node, Node)>, Option<Node>, Location, usize),
}

impl<'a> Builder<'a> {
    fn next(&mut self) -> Result<(Event<'a>, Span), Diagnostic> {
        match self.parser.next_event() {
            Some(Ok(event)) => Ok(event),
            Some(Err(e)) => {
                let m = e.marker();
                let byte = m.byte_offset();
                if matches!(e.kind(), ErrorKind::RecursionLimitExceeded) {
                    let at = self.location_of(byte, m.line(), m.col(), 1);
                    return Err(too_deep(self.lang, at));
                }
                let explained = byte.and_then(|b| explain(self.source, e.kind(), b, self.lang));
                let Some(Explained {
                    byte,
                    len,
                    message,
                    hint,
                }) = explained
                else {
                    let at = self.location_of(byte, m.line(), m.col(), 1);
                    let info = e.info();
                    return Err(self
                        .error(messages::YAML_OTHER, &[("detail", &info)])
                        .at(at)
                        .hint(messages::HINT_YAML_OTHER.text(self.lang)));
                };
                let at = self.location_of(Some(byte), m.line(), m.col(), len);
                Err(Diagnostic {
                    at: Some(at),
                    hint: Some(hint),
                    ..message
                })
            }
            None => Err(self
                .error(messages::YAML_ENDED, &[])
                .hint(messages::HINT_CHECK_END.text(self.lang))),
        }
    }

    fn error(&self, msg: Msg, args: &[(&str, &str)]) -> Diagnostic {
        Diagnostic::new(Severity::Error, self.lang, &msg, args)
    }

    fn location_of(
        &mut self,
        byte: Option<usize>,
        line: usize,
        col: usize,
        len: usize,
    ) -> Location {
        let start = byte.unwrap_or(0).min(self.source.len());
        let mut at = self.cursor.locate(self.source, start);
        if byte.is_none() {
            at.line = line.max(1);
            at.col = col + 1;
        }
        at.end = (start + len).min(self.source.len());
        at
    }

    fn span_location(&mut self, span: &Span) -> Location {
        let start = span.start.byte_offset();
        let end = span.end.byte_offset().unwrap_or(0);
        let len = end.saturating_sub(start.unwrap_or(0));
        self.location_of(start, span.start.line(), span.start.col(), len)
    }

    fn document(&mut self) -> Result<Node, Diagnostic> {
        let mut root: Option<Node> = None;
        let mut stack: Vec<Frame> = Vec::new();
        loop {
            let (event, span) = self.next()?;
            let at = self.span_location(&span);
            let node = match event {
                Event::StreamStart | Event::DocumentEnd => continue,
                Event::DocumentStart(..) => {
                    if root.is_some() {
                        return Err(self
                            .error(messages::YAML_TWO_DOCUMENTS, &[])
                            .at(at)
                            .hint(messages::HINT_TWO_DOCUMENTS.text(self.lang)));
                    }
                    continue;
                }
                Event::StreamEnd => {
                    return Ok(root.unwrap_or(Node {
                        value: Value::Null,
                        at: Location {
                            line: 1,
                            col: 1,
                            start: 0,
                            end: 0,
                        },
                    }));
                }
                Event::Scalar(text, style, anchor, _tag) => {
                    let plain = matches!(style, ScalarStyle::Plain);
                    let value =
                        if plain && matches!(text.as_ref(), "" | "~" | "null" | "Null" | "NULL") {
                            Value::Null
                        } else {
                            Value::Scalar {
                                text: text.into_owned(),
                                plain,
                            }
                        };
                    let node = Node { value, at };
                    self.count(1, &node.at)?;
                    self.remember(anchor, &node);
                    node
                }
                Event::SequenceStart(_, anchor, _) => {
                    self.open(&mut stack, &at)?;
                    stack.push(Frame::Seq(Vec::new(), at, anchor));
                    continue;
                }
                Event::MappingStart(_, anchor, _) => {
                    self.open(&mut stack, &at)?;
                    stack.push(Frame::Map(Vec::new(), None, at, anchor));
                    continue;
                }
                Event::SequenceEnd => match stack.pop() {
                    Some(Frame::Seq(items, at, anchor)) => {
                        let node = Node {
                            value: Value::Seq(items),
                            at,
                        };
                        self.remember(anchor, &node);
                        node
                    }
                    _ => unreachable!("the parser balances sequences"),
                },
                Event::MappingEnd => match stack.pop() {
                    Some(Frame::Map(entries, _, at, anchor)) => {
                        let node = Node {
                            value: Value::Map(merge_keys(entries)),
                            at,
                        };
                        self.remember(anchor, &node);
                        node
                    }
                    _ => unreachable!("the parser balances mappings"),
                },
                Event::Alias(id) => {
                    let Some(Some((target, weight))) = self.anchors.get(id) else {
                        let (message, hint) = unknown_anchor(self.source, at.start, self.lang);
                        return Err(message.at(at).hint(hint));
                    };
                    let (mut node, weight) = (target.clone(), *weight);
                    self.count(weight, &at)?;
                    node.at = at;
                    node
                }
                _ => continue,
            };
            match stack.last_mut() {
                None => root = Some(node),
                Some(Frame::Seq(items, ..)) => items.push(node),
                Some(Frame::Map(entries, key, ..)) => match key.take() {
                    None => *key = Some(node),
                    Some(k) => entries.push((k, node)),
                },
            }
        }
    }

    fn open(&mut self, stack: &mut [Frame], at: &Location) -> Result<(), Diagnostic> {
        self.count(1, at)?;
        if stack.len() >= MAX_DEPTH {
            return Err(too_deep(self.lang, *at));
        }
        Ok(())
    }

    fn count(&mut self, weight: usize, at: &Location) -> Result<(), Diagnostic> {
        self.nodes = self.nodes.saturating_add(weight);
        if self.nodes > MAX_NODES {
            return Err(self
                .error(
                    messages::YAML_TOO_MANY_NODES,
                    &[("max", &MAX_NODES.to_string())],
                )
                .at(*at)
                .hint(messages::HINT_TOO_MANY_NODES.text(self.lang)));
        }
        Ok(())
    }

    fn remember(&mut self, anchor: usize, node: &Node) {
        if anchor == 0 {
            return;
        }
        if self.anchors.len() <= anchor {
            self.anchors.resize(anchor + 1, None);
        }
        self.anchors[anchor] = Some((node.clone(), node.weight()));
    }
}

/// Applies YAML merge keys (`<<: *defaults`): the merged entries come after the
/// mapping's own, and only where the mapping does not set the key itself.
fn merge_keys(entries: Vec<(Node, Node)>) -> Vec<(Node, Node)> {
    let is_merge =
        |k: &Node| matches!(&k.value, Value::Scalar { text, plain: true } if text == "<<");
    if !entries.iter().any(|(k, _)| is_merge(k)) {
        return entries;
    }
    let (merges, mut own): (Vec<_>, Vec<_>) = entries.into_iter().partition(|(k, _)| is_merge(k));
    // The keys already set, looked up by hash: comparing each merged key with every own
    // key took 20 s for two 30,000-key mappings in a 640 KB file.
    let mut scalar_keys: HashSet<(String, bool)> = HashSet::new();
    let mut other_keys: Vec<Value> = Vec::new();
    let mut remember = |k: &Node| match &k.value {
        Value::Scalar { text, plain } => scalar_keys.insert((text.clone(), *plain)),
        other if other_keys.contains(other) => false,
        other => {
            other_keys.push(other.clone());
            true
        }
    };
    for (k, _) in &own {
        remember(k);
    }
    for (key, value) in merges {
        let sources = match value.value {
            Value::Map(_) => vec![value],
            Value::Seq(items) => items,
            _ => vec![Node {
                value: Value::Map(vec![(key, value)]),
                at: Location::default(),
            }],
        };
        for source in sources {
            let Value::Map(inner) = source.value else {
                continue;
            };
            for (k, v) in inner {
                if remember(&k) {
                    own.push((k, v));
                }
            }
        }
    }
    own
}

fn too_deep(lang: Lang, at: Location) -> Diagnostic {
    Diagnostic::new(
        Severity::Error,
        lang,
        &messages::YAML_TOO_DEEP,
        &[("max", &MAX_DEPTH.to_string())],
    )
    .at(at)
    .hint(messages::HINT_TOO_DEEP.text(lang))
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::time::{Duration, Instant};

    fn scalar(node: &Node) -> &str {
        match &node.value {
            Value::Scalar { text, .. } => text,
            other => panic!("not a scalar: {other:?}"),
        }
    }

    #[test]
    fn keeps_scalars_as_written_with_positions() {
        let root = parse("a: 0123\nb: no\nc: '5'\n").unwrap();
        let Value::Map(entries) = &root.value else {
            panic!()
        };
        let values: Vec<&str> = entries.iter().map(|(_, v)| scalar(v)).collect();
        assert_eq!(values, ["0123", "no", "5"]);
        let (key, value) = &entries[1];
        assert_eq!((key.at.line, key.at.col), (2, 1));
        assert_eq!((value.at.line, value.at.col), (2, 4));
        assert_eq!(
            &"a: 0123\nb: no\nc: '5'\n"[value.at.start..value.at.end],
            "no"
        );
    }

    #[test]
    fn empty_and_tilde_are_null() {
        assert_eq!(parse("").unwrap().value, Value::Null);
        let root = parse("a:\nb: ~\nc: ''\n").unwrap();
        let Value::Map(entries) = &root.value else {
            panic!()
        };
        assert_eq!(entries[0].1.value, Value::Null);
        assert_eq!(entries[1].1.value, Value::Null);
        assert_eq!(scalar(&entries[2].1), "");
    }

    #[test]
    fn aliases_and_merge_keys_expand() {
        let root = parse("base: &b {x: 1, y: 2}\nother:\n  <<: *b\n  y: 3\n").unwrap();
        let Value::Map(entries) = &root.value else {
            panic!()
        };
        let Value::Map(other) = &entries[1].1.value else {
            panic!()
        };
        let pairs: Vec<(&str, &str)> = other.iter().map(|(k, v)| (scalar(k), scalar(v))).collect();
        assert_eq!(pairs, [("y", "3"), ("x", "1")]);
    }

    #[test]
    fn alias_bomb_is_refused_fast() {
        let mut doc = String::from("a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n");
        for i in 1..12 {
            let p = i - 1;
            doc.push_str(&format!("a{i}: &a{i} [*a{p}, *a{p}, *a{p}, *a{p}, *a{p}, *a{p}, *a{p}, *a{p}, *a{p}, *a{p}]\n"));
        }
        let start = Instant::now();
        let err = parse(&doc).unwrap_err();
        assert!(start.elapsed() < Duration::from_secs(1));
        assert!(
            err.message.contains("expands to more than"),
            "{}",
            err.message
        );
        assert!(err.at.is_some_and(|at| at.line > 1));
    }

    #[test]
    fn deep_nesting_is_refused() {
        for doc in [
            "[".repeat(10_000) + &"]".repeat(10_000),
            "{a: ".repeat(10_000) + &"}".repeat(10_000),
        ] {
            let err = parse(&doc).unwrap_err();
            assert!(err.message.contains("nests deeper"), "{}", err.message);
        }
    }

    #[test]
    fn syntax_errors_have_positions() {
        let err = parse("name: x\n\tbad: 1\n").unwrap_err();
        let at = err.at.unwrap();
        assert_eq!(at.line, 2, "{err:?}");
        assert!(err.hint.is_some());
    }

    #[test]
    fn locations_count_on_and_match_a_count_from_the_start() {
        let source = "a: 林x\n\nb: [1, 2]\n  # c\nd: é\n";
        let mut cursor = Cursor::default();
        let offsets: Vec<usize> = (0..=source.len())
            .filter(|&i| source.is_char_boundary(i))
            .collect();
        for &i in offsets.iter().chain(offsets.iter().rev().step_by(3)) {
            let got = cursor.locate(source, i);
            let want = crate::diagnostic::locate(source, i);
            assert_eq!(
                (got.line, got.col, got.start),
                (want.line, want.col, want.start),
                "{i}"
            );
        }
    }

    #[test]
    fn many_nodes_are_located_in_linear_time() {
        let doc = format!("a: [{}]\n", "1, ".repeat(150_000));
        let start = Instant::now();
        parse(&doc).unwrap();
        assert!(
            start.elapsed() < Duration::from_secs(5),
            "{:?}",
            start.elapsed()
        );
    }

    #[test]
    fn merging_large_mappings_takes_linear_time() {
        let keys =
            |prefix: &str| -> String { (0..30_000).map(|i| format!("{prefix}{i}: 1, ")).collect() };
        let doc = format!(
            "big: &b {{{}}}\nother: {{<<: *b, {}k7: 2}}\n",
            keys("k"),
            keys("j")
        );
        let start = Instant::now();
        let root = parse(&doc).unwrap();
        assert!(
            start.elapsed() < Duration::from_secs(5),
            "{:?}",
            start.elapsed()
        );
        let Value::Map(entries) = &root.value else {
            panic!()
        };
        let Value::Map(other) = &entries[1].1.value else {
            panic!()
        };
        assert_eq!(other.len(), 60_000, "k7 is set once, by `other` itself");
        let k7: Vec<&str> = other
            .iter()
            .filter(|(k, _)| scalar(k) == "k7")
            .map(|(_, v)| scalar(v))
            .collect();
        assert_eq!(k7, ["2"]);
    }

    #[test]
    fn two_documents_are_refused() {
        let err = parse("a: 1\n---\nb: 2\n").unwrap_err();
        assert!(err.message.contains("more than one"));
        assert_eq!(err.at.unwrap().line, 2);
    }
}
