//! Reading built pages the way a browser does: html5ever's HTML5 parser (the tree
//! construction rules browsers follow, not a regular expression), turned into a small
//! owned tree that tests can walk and compare.

#![allow(dead_code)] // each test crate uses some of these

use html5ever::tendril::TendrilSink;
use markup5ever_rcdom::{Handle, NodeData, RcDom};

/// A node of a parsed page.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Node {
    Element {
        /// The local name, lowercase (`svg` children keep their SVG names).
        name: String,
        /// Attributes in source order, names as the parser gives them.
        attrs: Vec<(String, String)>,
        children: Vec<Node>,
    },
    Text(String),
    Comment(String),
    Doctype(String),
}

/// A parsed page: the document's children and the parse errors html5ever reported.
#[derive(Debug)]
pub struct Doc {
    pub nodes: Vec<Node>,
    pub errors: Vec<String>,
}

/// Parses a whole HTML document as a browser would.
pub fn parse(html: &str) -> Doc {
    let dom = html5ever::parse_document(RcDom::default(), Default::default()).one(html);
    let errors = dom.errors.borrow().iter().map(|e| e.to_string()).collect();
    Doc {
        nodes: children(&dom.document),
        errors,
    }
}

fn children(handle: &Handle) -> Vec<Node> {
    handle
        .children
        .borrow()
        .iter()
        .filter_map(convert)
        .collect()
}

fn convert(handle: &Handle) -> Option<Node> {
    Some(match &handle.data {
        NodeData::Element { name, attrs, .. } => Node::Element {
            name: name.local.to_string(),
            attrs: attrs
                .borrow()
                .iter()
                .map(|a| (a.name.local.to_string(), a.value.to_string()))
                .collect(),
            children: children(handle),
        },
        NodeData::Text { contents } => Node::Text(contents.borrow().to_string()),
        NodeData::Comment { contents } => Node::Comment(contents.to_string()),
        NodeData::Doctype { name, .. } => Node::Doctype(name.to_string()),
        NodeData::Document | NodeData::ProcessingInstruction { .. } => return None,
    })
}

impl Node {
    pub fn name(&self) -> Option<&str> {
        match self {
            Node::Element { name, .. } => Some(name),
            _ => None,
        }
    }

    pub fn attr(&self, key: &str) -> Option<&str> {
        match self {
            Node::Element { attrs, .. } => attrs
                .iter()
                .find(|(k, _)| k == key)
                .map(|(_, v)| v.as_str()),
            _ => None,
        }
    }

    pub fn children(&self) -> &[Node] {
        match self {
            Node::Element { children, .. } => children,
            _ => &[],
        }
    }

    /// Whether the element's `class` attribute lists `class`.
    pub fn has_class(&self, class: &str) -> bool {
        self.attr("class")
            .is_some_and(|c| c.split_ascii_whitespace().any(|c| c == class))
    }

    /// The concatenated text of the node and its descendants.
    pub fn text(&self) -> String {
        let mut out = String::new();
        self.push_text(&mut out);
        out
    }

    fn push_text(&self, out: &mut String) {
        match self {
            Node::Text(t) => out.push_str(t),
            Node::Element { children, .. } => children.iter().for_each(|c| c.push_text(out)),
            _ => {}
        }
    }

    /// This node and every descendant, in document order.
    pub fn walk<'a>(&'a self, out: &mut Vec<&'a Node>) {
        out.push(self);
        for child in self.children() {
            child.walk(out);
        }
    }
}

impl Doc {
    /// Every node of the document, in document order.
    pub fn all(&self) -> Vec<&Node> {
        let mut out = Vec::new();
        for node in &self.nodes {
            node.walk(&mut out);
        }
        out
    }

    /// Every element with this name.
    pub fn elements(&self, name: &str) -> Vec<&Node> {
        self.all()
            .into_iter()
            .filter(|n| n.name() == Some(name))
            .collect()
    }

    /// The first element with this name and class.
    pub fn find(&self, name: &str, class: &str) -> Option<&Node> {
        self.all()
            .into_iter()
            .find(|n| n.name() == Some(name) && n.has_class(class))
    }

    /// Every attribute value of every element, with the element and attribute names.
    pub fn attributes(&self) -> Vec<(&str, &str, &str)> {
        let mut out = Vec::new();
        for node in self.all() {
            if let Node::Element { name, attrs, .. } = node {
                for (k, v) in attrs {
                    out.push((name.as_str(), k.as_str(), v.as_str()));
                }
            }
        }
        out
    }

    /// The page's structure without its text: element names and attribute names,
    /// nested; text, comments and attribute values left out. Elements for which
    /// `leave_out` says yes are left out whole.
    pub fn skeleton(&self, leave_out: &dyn Fn(&Node) -> bool) -> String {
        fn go(node: &Node, skip: &dyn Fn(&Node) -> bool, out: &mut String) {
            if skip(node) {
                return;
            }
            if let Node::Element {
                name,
                attrs,
                children,
            } = node
            {
                out.push('<');
                out.push_str(name);
                for (k, _) in attrs {
                    out.push(' ');
                    out.push_str(k);
                }
                out.push('>');
                for child in children {
                    go(child, skip, out);
                }
                out.push_str("</");
                out.push_str(name);
                out.push('>');
            } else if let Node::Comment(_) = node {
                out.push_str("<!---->");
            }
        }
        let mut out = String::new();
        for node in &self.nodes {
            go(node, leave_out, &mut out);
        }
        out
    }
}

/// Collapses every run of whitespace to one space and trims the ends.
pub fn collapse(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}
