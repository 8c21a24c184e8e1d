//! Reads the word catalogues of `words/` and writes each one as Rust; the build script
//! (`build.rs`) runs it, and the library's tests check it.
//!
//! Takes a catalogue's text, a small part of TOML a translator edits without reading
//! Rust. Its head names the macro of the table's module that takes the entries
//! (`macro = "words"`) and, for the macros that define one, the item it defines
//! (`item = "pub struct Strings"`, its doc the `#` lines straight above). Then one
//! `[name]` (or `["key"]`) per entry, then `en`, `zh_hans` and `zh_hant` (and for some
//! tables `code`, or `also`: more keys that share the text). Each value is a one-line
//! string in double quotes (escapes `\"`, `\\`, `\n`, `\t`, `\r`, `\uXXXX`,
//! `\UXXXXXXXX`) or single quotes (no escapes). The `#` lines straight above a header
//! are the entry's doc; other comments are the reader's. Gives the head and the
//! entries, or an error naming the file and line; and [`rust`], the whole table as one
//! invocation of its macro, which the module includes as it is.
//!
//! std only: this file is compiled into the build script as it is.

use std::fmt::Write as _;

/// The keys an entry may have: the three languages, and the optional ones.
const LANGS: [&str; 3] = ["en", "zh_hans", "zh_hant"];

/// A catalogue: the head, then the entries.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Catalogue {
    /// The macro of the table's module that takes the entries (`words`, `messages`…).
    pub macro_name: String,
    /// The item that macro defines (`pub struct Strings`), for the macros that define one.
    pub item: Option<String>,
    /// The comment lines straight above `item`, `#` taken off: the item's doc.
    pub doc: Vec<String>,
    /// The entries, in the file's order.
    pub entries: Vec<Entry>,
}

/// One entry of a catalogue.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Entry {
    /// The name in the header: a Rust name (`LABEL_ERROR`), or a key when quoted.
    pub name: String,
    /// Whether the header quoted the name (`["build:sites"]`): it is given as a string.
    pub quoted: bool,
    /// The comment lines straight above the header, `#` taken off.
    pub doc: Vec<String>,
    /// The stable code of a message (`code = "…"`), in the tables that have one.
    pub code: Option<String>,
    /// More keys with the same text (`also = "check:sites resolve:sites"`).
    pub also: Vec<String>,
    /// The text in English, Simplified and Traditional Chinese.
    pub text: [String; 3],
    /// The header's line, from 1.
    pub line: usize,
}

/// The catalogue `text`; `file` names it in errors (`file:line: …`).
pub fn parse(file: &str, text: &str) -> Result<Catalogue, String> {
    let mut catalogue = Catalogue::default();
    let mut entries: Vec<Entry> = Vec::new();
    let mut seen: Vec<[Option<String>; 3]> = Vec::new();
    let mut doc: Vec<String> = Vec::new();
    let at = |line: usize, what: &str| format!("{file}:{line}: {what}");
    for (i, raw) in text.lines().enumerate() {
        let n = i + 1;
        let line = raw.trim();
        if line.is_empty() {
            doc.clear();
        } else if let Some(comment) = line.strip_prefix('#') {
            doc.push(comment.to_owned());
        } else if let Some(header) = line.strip_prefix('[') {
            let (name, quoted, rest) = if header.starts_with(['"', '\'']) {
                let (name, rest) = string(header).map_err(|e| at(n, &e))?;
                (name, true, rest)
            } else {
                let end = header.find(']').unwrap_or(header.len());
                let name = &header[..end];
                if !is_name(name) {
                    return Err(at(
                        n,
                        &format!(
                            "`[{name}]` is not a name: write letters, digits and `_` (or \
                             quote it, `[\"{name}\"]`)"
                        ),
                    ));
                }
                (name.to_owned(), false, &header[end..])
            };
            if rest.trim() != "]" {
                return Err(at(n, "a header is `[name]` alone on its line"));
            }
            finish(file, entries.last(), seen.last())?;
            entries.push(Entry {
                name,
                quoted,
                doc: std::mem::take(&mut doc),
                line: n,
                ..Entry::default()
            });
            seen.push(Default::default());
        } else {
            let Some((key, value)) = line.split_once('=') else {
                return Err(at(
                    n,
                    "expected `key = \"text\"`, a `[name]` or a `# comment`",
                ));
            };
            let key = key.trim();
            let (value, rest) = string(value.trim_start()).map_err(|e| at(n, &e))?;
            let rest = rest.trim_start();
            if !(rest.is_empty() || rest.starts_with('#')) {
                return Err(at(
                    n,
                    &format!("`{rest}` after the string: one value a line"),
                ));
            }
            let (Some(entry), Some(langs)) = (entries.last_mut(), seen.last_mut()) else {
                let doc = std::mem::take(&mut doc);
                head(&mut catalogue, key, value, doc).map_err(|e| at(n, &e))?;
                continue;
            };
            doc.clear();
            let slot = match key {
                "code" => &mut entry.code,
                "also" => {
                    if !entry.also.is_empty() {
                        return Err(at(n, &format!("`also` twice in `{}`", entry.name)));
                    }
                    entry.also = value.split_whitespace().map(str::to_owned).collect();
                    continue;
                }
                _ => match LANGS.iter().position(|l| *l == key) {
                    Some(i) => &mut langs[i],
                    None => {
                        return Err(at(
                            n,
                            &format!(
                                "unknown key `{key}`: an entry has `en`, `zh_hans`, `zh_hant`, \
                                 and in some tables `code` or `also`"
                            ),
                        ));
                    }
                },
            };
            if slot.replace(value).is_some() {
                return Err(at(n, &format!("`{key}` twice in `{}`", entry.name)));
            }
        }
    }
    finish(file, entries.last(), seen.last())?;
    for (entry, langs) in entries.iter_mut().zip(seen) {
        entry.text = langs.map(Option::unwrap_or_default);
    }
    let mut names: Vec<(&str, usize)> = Vec::new();
    for entry in &entries {
        for name in std::iter::once(&entry.name).chain(&entry.also) {
            if let Some((_, first)) = names.iter().find(|(n, _)| n == name) {
                return Err(at(
                    entry.line,
                    &format!("`{name}` is already an entry, at line {first}"),
                ));
            }
            names.push((name, entry.line));
        }
    }
    if catalogue.macro_name.is_empty() {
        return Err(at(
            1,
            "no `macro = \"…\"` in the head: name the macro that takes the entries, \
             e.g. `macro = \"words\"`, before the first `[name]`",
        ));
    }
    catalogue.entries = entries;
    Ok(catalogue)
}

/// Whether `s` is a Rust name: letters, digits and `_`, not first a digit.
fn is_name(s: &str) -> bool {
    s.starts_with(|c: char| c.is_ascii_alphabetic() || c == '_')
        && s.chars().all(|c| c.is_ascii_alphanumeric() || c == '_')
}

/// Takes `key = value`, a line of the head (before the first entry), into `catalogue`;
/// `doc` is the comment straight above it.
fn head(
    catalogue: &mut Catalogue,
    key: &str,
    value: String,
    doc: Vec<String>,
) -> Result<(), String> {
    match key {
        "macro" => {
            if !catalogue.macro_name.is_empty() {
                return Err("`macro` twice in the head".into());
            }
            if !is_name(&value) {
                return Err(format!(
                    "`macro = \"{value}\"` is not a macro's name: write it without `!`, \
                     e.g. `macro = \"words\"`"
                ));
            }
            catalogue.macro_name = value;
        }
        "item" => {
            if catalogue.item.is_some() {
                return Err("`item` twice in the head".into());
            }
            let mut words: Vec<&str> = value.split_whitespace().collect();
            let name = words.pop().filter(|n| is_name(n));
            let kind = words.pop().filter(|k| ["struct", "const"].contains(k));
            let vis = matches!(words[..], [] | ["pub" | "pub(crate)" | "pub(super)"]);
            if name.is_none() || kind.is_none() || !vis {
                return Err(format!(
                    "`item = \"{value}\"` is not an item: write `pub struct Name`, \
                     `const NAME`…"
                ));
            }
            catalogue.item = Some(
                words
                    .into_iter()
                    .chain(kind)
                    .chain(name)
                    .collect::<Vec<_>>()
                    .join(" "),
            );
            catalogue.doc = doc;
        }
        _ => {
            return Err(format!(
                "`{key}` before the first `[name]`: a catalogue opens with `macro = \"…\"` \
                 (and `item = \"…\"`), then its entries"
            ));
        }
    }
    Ok(())
}

/// Checks that the entry just ended has its three languages.
fn finish(
    file: &str,
    entry: Option<&Entry>,
    langs: Option<&[Option<String>; 3]>,
) -> Result<(), String> {
    let (Some(entry), Some(langs)) = (entry, langs) else {
        return Ok(());
    };
    match LANGS.iter().zip(langs).find(|(_, text)| text.is_none()) {
        Some((lang, _)) => Err(format!(
            "{file}:{}: `{}` has no `{lang}`: every entry has `en`, `zh_hans` and `zh_hant`",
            entry.line, entry.name
        )),
        None => Ok(()),
    }
}

/// The string at the start of `s` (in `"…"` or `'…'`) and what follows it.
fn string(s: &str) -> Result<(String, &str), String> {
    if s.starts_with("\"\"\"") || s.starts_with("'''") {
        return Err("a text is one line: write a line break as `\\n`".into());
    }
    let mut chars = s.char_indices();
    let quote = match chars.next() {
        Some((_, q @ ('"' | '\''))) => q,
        _ => return Err("a value is a text in double quotes, e.g. `en = \"Copy\"`".into()),
    };
    let mut out = String::new();
    while let Some((i, c)) = chars.next() {
        match c {
            c if c == quote => return Ok((out, &s[i + 1..])),
            '\\' if quote == '"' => {
                let escaped = match chars.next().map(|(_, e)| e) {
                    Some('"') => '"',
                    Some('\\') => '\\',
                    Some('n') => '\n',
                    Some('t') => '\t',
                    Some('r') => '\r',
                    Some(u @ ('u' | 'U')) => {
                        let len = if u == 'u' { 4 } else { 8 };
                        let hex: String = chars.by_ref().take(len).map(|(_, h)| h).collect();
                        u32::from_str_radix(&hex, 16)
                            .ok()
                            .filter(|_| hex.len() == len)
                            .and_then(char::from_u32)
                            .ok_or(format!("`\\{u}{hex}` is not a character"))?
                    }
                    other => {
                        let other = other.map(String::from).unwrap_or_default();
                        return Err(format!(
                            "unknown escape `\\{other}`: write `\\\\` for a backslash, `\\\"` \
                             for a quote, `\\n` for a line break"
                        ));
                    }
                };
                out.push(escaped);
            }
            c if c.is_control() && c != '\t' => {
                return Err(format!(
                    "a control character (U+{:04X}) in a text",
                    c as u32
                ));
            }
            c => out.push(c),
        }
    }
    Err(format!("the text has no closing {quote}"))
}

/// The Rust of a catalogue, read from `source`: one invocation of its macro,
/// `macro! { #[doc = "…"] item; entries }`, each entry
/// `#[doc = "…"] name = "code" ("en", "zh_hans", "zh_hant")` (a quoted name
/// as a string, `= "code"` where there is one), once more for each of `also`'s keys.
pub fn rust(source: &str, catalogue: &Catalogue) -> String {
    let mut out = format!(
        "// Written by build.rs from {source}: edit that file, not this one.\n{}! {{\n",
        catalogue.macro_name
    );
    if let Some(item) = &catalogue.item {
        for line in &catalogue.doc {
            let _ = writeln!(out, "    #[doc = {line:?}]");
        }
        let _ = writeln!(out, "    {item};");
    }
    for entry in &catalogue.entries {
        for name in std::iter::once(&entry.name).chain(&entry.also) {
            for line in &entry.doc {
                let _ = writeln!(out, "    #[doc = {line:?}]");
            }
            let name = if entry.quoted {
                format!("{name:?}")
            } else {
                name.clone()
            };
            let code = entry
                .code
                .as_ref()
                .map(|c| format!(" = {c:?}"))
                .unwrap_or_default();
            let [en, hans, hant] = &entry.text;
            let _ = writeln!(out, "    {name}{code} ({en:?}, {hans:?}, {hant:?})");
        }
    }
    out.push_str("}\n");
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    const GOOD: &str = r#"# A catalogue: this comment is the reader's.

macro = "words"
# The item's doc.
item = "pub struct  Strings"

# The first entry's doc,
# on two lines.
[LABEL_ERROR]
code = "label-error"
en = "error: "
zh_hans = "错误："   # a comment after a value
zh_hant = '錯誤：'

["build:sites"]
also = "check:sites resolve:sites"
en = "a \"quote\", a \\ and\na line \u00e9\U0001F600\tend"
zh_hans = "x"
zh_hant = "y"
"#;

    #[test]
    fn a_catalogue_gives_its_entries_with_docs_codes_and_escapes() {
        let catalogue = parse("t.toml", GOOD).unwrap();
        assert_eq!(catalogue.macro_name, "words");
        assert_eq!(catalogue.item.as_deref(), Some("pub struct Strings"));
        assert_eq!(catalogue.doc, [" The item's doc."]);
        let entries = &catalogue.entries;
        assert_eq!(entries.len(), 2);
        assert_eq!(entries[0].name, "LABEL_ERROR");
        assert_eq!(
            entries[0].doc,
            [" The first entry's doc,", " on two lines."]
        );
        assert_eq!(entries[0].code.as_deref(), Some("label-error"));
        assert_eq!(
            entries[0].text,
            ["error: ", "错误：", "錯誤："].map(String::from)
        );
        assert_eq!(entries[0].line, 9);
        assert!(entries[1].quoted && entries[1].doc.is_empty());
        assert_eq!(entries[1].also, ["check:sites", "resolve:sites"]);
        assert_eq!(entries[1].text[0], "a \"quote\", a \\ and\na line é😀\tend");
    }

    #[test]
    fn the_rust_holds_every_entry_and_key_as_literals() {
        let rust = rust("words/t.toml", &parse("t.toml", GOOD).unwrap());
        assert!(
            rust.starts_with(
                "// Written by build.rs from words/t.toml: edit that file, not this one.\n\
                 words! {\n    #[doc = \" The item's doc.\"]\n    pub struct Strings;\n"
            ),
            "{rust}"
        );
        assert!(rust.ends_with(")\n}\n"), "{rust}");
        assert!(rust.contains("#[doc = \" on two lines.\"]"), "{rust}");
        assert!(
            rust.contains("LABEL_ERROR = \"label-error\" (\"error: \", \"错误：\", \"錯誤：\")")
        );
        assert!(
            rust.contains("\"build:sites\" (\"a \\\"quote\\\", a \\\\ and\\na line é😀\\tend\"")
        );
        for key in ["\"check:sites\" (", "\"resolve:sites\" ("] {
            assert!(rust.contains(key), "{key} in {rust}");
        }
        assert_eq!(rust.matches("\", \"y\")").count(), 3);
    }

    #[test]
    fn a_malformed_catalogue_is_refused_with_its_file_and_line() {
        let cases = [
            (
                "[A]\nen = \"a\"\nzh_hans = \"b\"\n",
                "t.toml:1: `A` has no `zh_hant`",
            ),
            (
                "[A]\nen = \"a\"\nzh_hans = \"b\"\nzh_hant = \"c\"\n[A]\nen = \"a\"\nzh_hans = \"b\"\nzh_hant = \"c\"\n",
                "t.toml:5: `A` is already an entry, at line 1",
            ),
            ("[A]\nfr = \"a\"\n", "t.toml:2: unknown key `fr`"),
            ("[A]\nen = \"a\"\nen = \"b\"\n", "t.toml:3: `en` twice"),
            ("en = \"a\"\n", "t.toml:1: `en` before the first `[name]`"),
            ("[A]\nmacro = \"words\"\n", "t.toml:2: unknown key `macro`"),
            (
                "# no head\n[A]\nen = \"a\"\nzh_hans = \"b\"\nzh_hant = \"c\"\n",
                "t.toml:1: no `macro = \"…\"` in the head",
            ),
            (
                "macro = \"words!\"\n",
                "t.toml:1: `macro = \"words!\"` is not",
            ),
            ("macro = \"a\"\nmacro = \"b\"\n", "t.toml:2: `macro` twice"),
            (
                "item = \"pub enum X\"\n",
                "t.toml:1: `item = \"pub enum X\"` is not",
            ),
            ("item = \"pub(in a) const X\"\n", "t.toml:1: `item = "),
            ("item = \"struct X Y\"\n", "t.toml:1: `item = "),
            ("item = \"struct X-Y\"\n", "t.toml:1: `item = "),
            ("item = \"struct\"\n", "t.toml:1: `item = "),
            (
                "item = \"struct X\"\nitem = \"struct Y\"\n",
                "t.toml:2: `item` twice",
            ),
            ("[A]\nen = \"a\\x41\"\n", "t.toml:2: unknown escape `\\x`"),
            (
                "[A]\nen = \"a\\u12\"\n",
                "t.toml:2: `\\u12\"` is not a character",
            ),
            ("[A]\nen = \"a\n", "t.toml:2: the text has no closing \""),
            ("[A]\nen = \"\"\"a\n", "t.toml:2: a text is one line"),
            ("[A]\nen = a\n", "t.toml:2: a value is a text"),
            (
                "[A]\nen = \"a\" \"b\"\n",
                "t.toml:2: `\"b\"` after the string",
            ),
            ("[A B]\n", "t.toml:1: `[A B]` is not a name"),
            ("[A.b]\n", "t.toml:1: `[A.b]` is not a name"),
            ("[a-b]\n", "t.toml:1: `[a-b]` is not a name"),
            ("[1a]\n", "t.toml:1: `[1a]` is not a name"),
            ("[A] x\n", "t.toml:1: a header is `[name]` alone"),
            (
                "[A]\nalso = \"B\"\nen = \"a\"\nzh_hans = \"b\"\nzh_hant = \"c\"\n[B]\nen = \"a\"\nzh_hans = \"b\"\nzh_hant = \"c\"\n",
                "t.toml:6: `B` is already an entry, at line 1",
            ),
        ];
        for (text, error) in cases {
            let got = parse("t.toml", text).unwrap_err();
            assert!(got.starts_with(error), "{text:?}: {got}");
        }
    }

    #[test]
    fn every_catalogue_of_words_parses_and_reads_the_same_written_again() {
        let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/words");
        let mut files = 0;
        for file in std::fs::read_dir(dir).unwrap() {
            let path = file.unwrap().path();
            if path.extension().is_none_or(|e| e != "toml") {
                continue;
            }
            files += 1;
            let text = std::fs::read_to_string(&path).unwrap();
            let name = path.display().to_string();
            let catalogue = parse(&name, &text).unwrap_or_else(|e| panic!("{e}"));
            assert!(!catalogue.entries.is_empty(), "{name} has no entry");
            let again = parse(&name, &write(&catalogue)).unwrap();
            assert_eq!(
                (&again.macro_name, &again.item, &again.doc),
                (&catalogue.macro_name, &catalogue.item, &catalogue.doc),
                "{name}"
            );
            let (entries, again) = (&catalogue.entries, &again.entries);
            assert_eq!(again.len(), entries.len(), "{name}");
            for (a, b) in entries.iter().zip(again) {
                assert_eq!(
                    (&a.name, &a.doc, &a.code, &a.also, &a.text),
                    (&b.name, &b.doc, &b.code, &b.also, &b.text)
                );
            }
        }
        assert!(files >= 7, "only {files} catalogues in {dir}");
    }

    /// `catalogue` as a catalogue's text again, every text in double quotes.
    fn write(catalogue: &Catalogue) -> String {
        let quote = |s: &str| {
            let mut q = String::from('"');
            for c in s.chars() {
                match c {
                    '"' => q.push_str("\\\""),
                    '\\' => q.push_str("\\\\"),
                    '\n' => q.push_str("\\n"),
                    '\t' => q.push_str("\\t"),
                    '\r' => q.push_str("\\r"),
                    c => q.push(c),
                }
            }
            q + "\""
        };
        let mut out = format!("macro = {}\n", quote(&catalogue.macro_name));
        if let Some(item) = &catalogue.item {
            for line in &catalogue.doc {
                out += &format!("#{line}\n");
            }
            out += &format!("item = {}\n", quote(item));
        }
        out.push('\n');
        for e in &catalogue.entries {
            for line in &e.doc {
                out += &format!("#{line}\n");
            }
            out += &if e.quoted {
                format!("[{}]\n", quote(&e.name))
            } else {
                format!("[{}]\n", e.name)
            };
            if let Some(code) = &e.code {
                out += &format!("code = {}\n", quote(code));
            }
            if !e.also.is_empty() {
                out += &format!("also = {}\n", quote(&e.also.join(" ")));
            }
            for (lang, text) in LANGS.iter().zip(&e.text) {
                out += &format!("{lang} = {}\n", quote(text));
            }
            out.push('\n');
        }
        out
    }
}
