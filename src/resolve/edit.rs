//! New values for some scalars of a YAML file → the same file with only those bytes
//! changed, as text, as a diff, and written in place atomically.
//!
//! Takes the file's text and, per change, the byte range of a scalar (quotes included)
//! with its new value; gives the new text in which everything outside those ranges —
//! comments, blank lines, other quoting, CRLF line ends, a BOM, a comment after the
//! value — is byte-for-byte what it was. The new value keeps the old one's quoting
//! (plain, `'…'` or `"…"`) when YAML reads it back unchanged, and is double-quoted
//! otherwise; the result is parsed again and refused unless every other value is the
//! same. It does not decide what to change; `resolve` does.

use std::fmt::Write as _;
use std::io::Write as _;
use std::ops::Range;
use std::path::Path;

use anyhow::{Context, bail};

use crate::escape;
use crate::profile::yaml::{self, Node, Value};

/// One scalar to replace.
#[derive(Debug, Clone)]
pub struct Change {
    /// The scalar's bytes in the file (after any BOM is counted in), quotes included.
    pub span: Range<usize>,
    /// Its new value (YAML's reading of it, not its spelling).
    pub value: String,
}

/// The file with every change made. Refused (with the reason) when a change would alter
/// anything but its own value, or spans overlap.
pub fn apply(source: &str, changes: &[Change]) -> anyhow::Result<String> {
    let mut sorted: Vec<&Change> = changes.iter().collect();
    sorted.sort_by_key(|c| c.span.start);
    let mut out = String::with_capacity(source.len() + 64);
    let mut at = 0;
    for change in &sorted {
        if change.span.start < at || change.span.end > source.len() {
            bail!(
                "overlapping or out-of-range edit at byte {}",
                change.span.start
            );
        }
        out.push_str(&source[at..change.span.start]);
        let old = &source[change.span.clone()];
        out.push_str(&spell(old, &change.value));
        at = change.span.end;
    }
    out.push_str(&source[at..]);
    verify(source, &out, changes)?;
    Ok(out)
}

/// The new value written in the old one's quoting, or double-quoted where plain YAML
/// would read it differently.
fn spell(old: &str, value: &str) -> String {
    match old.as_bytes().first() {
        Some(b'\'') => format!("'{}'", value.replace('\'', "''")),
        Some(b'"') => escape::yaml_quoted(value, |_| false),
        _ => escape::yaml_scalar(value),
    }
}

/// Parses both texts and checks that they hold the same values, but for the changed
/// scalars, which must read back as their new values.
fn verify(old: &str, new: &str, changes: &[Change]) -> anyhow::Result<()> {
    let strip = |s: &str| -> (usize, String) {
        match s.strip_prefix('\u{feff}') {
            Some(rest) => (3, rest.to_owned()),
            None => (0, s.to_owned()),
        }
    };
    let (bom, old_text) = strip(old);
    let (_, new_text) = strip(new);
    let a = yaml::parse(&old_text).map_err(|d| anyhow::anyhow!("{}", d.message))?;
    let b = yaml::parse(&new_text)
        .map_err(|d| anyhow::anyhow!("the edited file would not parse: {}", d.message))?;
    let starts: Vec<(usize, &str)> = changes
        .iter()
        .map(|c| (c.span.start - bom, c.value.as_str()))
        .collect();
    if same(&a, &b, &starts) {
        Ok(())
    } else {
        bail!("the value could not be replaced without changing the file's meaning")
    }
}

/// Whether `b` is `a` with the scalars starting at `changed` offsets replaced.
fn same(a: &Node, b: &Node, changed: &[(usize, &str)]) -> bool {
    match (&a.value, &b.value) {
        (Value::Scalar { .. } | Value::Null, Value::Scalar { text, .. })
            if changed.iter().any(|(start, _)| *start == a.at.start) =>
        {
            changed
                .iter()
                .any(|(start, value)| *start == a.at.start && text == value)
        }
        (Value::Null, Value::Null) => true,
        (Value::Scalar { text: x, .. }, Value::Scalar { text: y, .. }) => x == y,
        (Value::Seq(x), Value::Seq(y)) => {
            x.len() == y.len() && x.iter().zip(y).all(|(p, q)| same(p, q, changed))
        }
        (Value::Map(x), Value::Map(y)) => {
            x.len() == y.len()
                && x.iter()
                    .zip(y)
                    .all(|((k, v), (l, w))| same(k, l, changed) && same(v, w, changed))
        }
        _ => false,
    }
}

/// The changes as a unified-style diff of the lines they touch, with `name` as the
/// file's label. Line ends are shown without their `\r`.
pub fn diff(name: &str, source: &str, changes: &[Change]) -> String {
    let mut sorted: Vec<&Change> = changes.iter().collect();
    sorted.sort_by_key(|c| c.span.start);
    let mut out = format!("--- {name}\n+++ {name}\n");
    for change in sorted {
        let line_start = source[..change.span.start].rfind('\n').map_or(0, |i| i + 1);
        let line_end = source[change.span.end..]
            .find('\n')
            .map_or(source.len(), |i| change.span.end + i);
        let old = source[line_start..line_end].trim_end_matches('\r');
        let new = format!(
            "{}{}{}",
            &source[line_start..change.span.start],
            spell(&source[change.span.clone()], &change.value),
            &source[change.span.end..line_end]
        );
        let new = new.trim_end_matches('\r');
        let first = source[..line_start].matches('\n').count() + 1;
        let old_lines: Vec<&str> = old.lines().collect();
        let new_lines: Vec<&str> = new.lines().collect();
        let _ = writeln!(
            out,
            "@@ -{first},{} +{first},{} @@",
            old_lines.len(),
            new_lines.len()
        );
        for line in old_lines {
            let _ = writeln!(out, "-{}", line.trim_start_matches('\u{feff}'));
        }
        for line in new_lines {
            let _ = writeln!(out, "+{}", line.trim_start_matches('\u{feff}'));
        }
    }
    out
}

/// Writes `text` to `path` through a temporary file beside it and a rename, so a reader
/// sees the old file or the new one, never half of one. The file's permissions are kept.
pub fn write_atomically(path: &Path, text: &str) -> anyhow::Result<()> {
    let dir = path
        .parent()
        .filter(|d| !d.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    let name = path
        .file_name()
        .map_or_else(|| "site.yaml".into(), |n| n.to_string_lossy().into_owned());
    let temp = dir.join(format!(".{name}.hutong-{}.tmp", std::process::id()));
    let result = (|| -> std::io::Result<()> {
        let mut file = std::fs::File::create(&temp)?;
        file.write_all(text.as_bytes())?;
        if let Ok(meta) = std::fs::metadata(path) {
            file.set_permissions(meta.permissions())?;
        }
        file.sync_all()?;
        std::fs::rename(&temp, path)
    })();
    if result.is_err() {
        let _ = std::fs::remove_file(&temp);
    }
    result.with_context(|| format!("cannot write {}", path.display()))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The span of the first scalar spelled `needle` in `source`.
    fn change(source: &str, needle: &str, value: &str) -> Change {
        let start = source.find(needle).unwrap();
        Change {
            span: start..start + needle.len(),
            value: value.to_owned(),
        }
    }

    #[test]
    fn only_the_scalar_changes_and_its_quoting_is_kept() {
        let source = "\u{feff}# mine\r\naccounts:\r\n  - url: 'https://b23.tv/A'  # short\r\n  - url: \"https://b23.tv/B\"\r\n  - url: https://b23.tv/C # c\r\n";
        let changes = [
            change(source, "'https://b23.tv/A'", "https://space.bilibili.com/1"),
            change(
                source,
                "\"https://b23.tv/B\"",
                "https://space.bilibili.com/2",
            ),
            change(source, "https://b23.tv/C", "https://space.bilibili.com/3"),
        ];
        let out = apply(source, &changes).unwrap();
        assert_eq!(
            out,
            "\u{feff}# mine\r\naccounts:\r\n  - url: 'https://space.bilibili.com/1'  # short\r\n  - url: \"https://space.bilibili.com/2\"\r\n  - url: https://space.bilibili.com/3 # c\r\n"
        );
        let shown = diff("site.yaml", source, &changes[2..]);
        assert_eq!(
            shown,
            "--- site.yaml\n+++ site.yaml\n@@ -5,1 +5,1 @@\n-  - url: https://b23.tv/C # c\n+  - url: https://space.bilibili.com/3 # c\n"
        );
    }

    #[test]
    fn a_value_plain_yaml_would_misread_is_double_quoted() {
        let source = "url: x\n";
        let out = apply(source, &[change(source, "x", "a: b #c")]).unwrap();
        assert_eq!(out, "url: \"a: b #c\"\n");
    }

    #[test]
    fn an_edit_that_would_change_another_value_is_refused() {
        let source = "a: x\nb: y\n";
        // A span that eats the next key.
        let bad = Change {
            span: 3..9,
            value: "z".into(),
        };
        assert!(apply(source, &[bad]).is_err());
    }

    #[test]
    fn a_multi_line_share_text_becomes_one_line() {
        let source = "accounts:\n  - url: 【小满】\n      https://b23.tv/A\n    note: hi\n";
        let start = source.find("【").unwrap();
        let end = source.find("/A").unwrap() + 2;
        let out = apply(
            source,
            &[Change {
                span: start..end,
                value: "https://space.bilibili.com/1".into(),
            }],
        )
        .unwrap();
        assert_eq!(
            out,
            "accounts:\n  - url: https://space.bilibili.com/1\n    note: hi\n"
        );
    }

    #[test]
    fn writing_replaces_the_file_and_leaves_no_temporary() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("site.yaml");
        std::fs::write(&path, "old").unwrap();
        write_atomically(&path, "new").unwrap();
        assert_eq!(std::fs::read_to_string(&path).unwrap(), "new");
        assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 1);
    }
}
