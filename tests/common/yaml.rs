//! Reading YAML files the project writes (workflows, the action) with hutong's own
//! positioned YAML reader.

#![allow(dead_code, unused_imports)] // each test crate uses some of these

pub use hutong::profile::yaml::{Node, Value, parse};

/// Walks a YAML mapping by keys; panics naming the key that is missing.
#[track_caller]
pub fn at<'a>(node: &'a Node, path: &[&str]) -> &'a Node {
    path.iter().fold(node, |node, key| match &node.value {
        Value::Map(entries) => {
            &entries
                .iter()
                .find(|(k, _)| matches!(&k.value, Value::Scalar { text, .. } if text == key))
                .unwrap_or_else(|| panic!("no `{key}`"))
                .1
        }
        _ => panic!("`{key}` is not in a mapping"),
    })
}

/// The value under `key` of a mapping, when there is one.
pub fn get<'a>(node: &'a Node, key: &str) -> Option<&'a Node> {
    match &node.value {
        Value::Map(entries) => entries.iter().find(|(k, _)| text(k) == key).map(|e| &e.1),
        _ => None,
    }
}

/// A scalar's text.
#[track_caller]
pub fn text(node: &Node) -> &str {
    match &node.value {
        Value::Scalar { text, .. } => text,
        _ => panic!("not a value"),
    }
}

/// A sequence's items.
#[track_caller]
pub fn items(node: &Node) -> &[Node] {
    match &node.value {
        Value::Seq(items) => items,
        _ => panic!("not a list"),
    }
}
