//! A [`Draft`] → the text of its `site.yaml`.
//!
//! Every value is written so that YAML reads back exactly that text: plain only when it
//! is a word YAML cannot take for anything else (`github`, `https://github.com/x`),
//! otherwise double-quoted with escapes, so that `no`, `0123`, `#`, `: `, quotes, new
//! lines and `</script>` stay text. A bio of several lines is a literal block when that
//! is safe for its text. Comments are one line each, with no character that could end
//! them. This module does not decide what is written, only how.

use std::fmt::Write as _;

use crate::Lang;
use crate::escape;
use crate::lang::Text;
use crate::platforms;

use super::accounts::{Account, Note, Skip};
use super::words::{Comments, Kinds};
use super::{Avatar, Draft, Source};

/// The profile's text, its comments in `lang`.
pub fn profile(draft: &Draft, lang: Lang) -> String {
    let c = Comments::of(lang);
    let mut out = String::new();
    let source = source_name(draft.source, lang);
    comment(
        &mut out,
        "",
        &fill(lang, c.header, &[("file", &draft.file), ("source", source)]),
    );
    out.push('\n');
    field(&mut out, "name", &draft.name, &[]);
    if let Some(tagline) = &draft.tagline {
        field(&mut out, "tagline", tagline, &[]);
    }
    let lang_note = if draft.lang_guessed {
        vec![c.lang_guessed.to_owned()]
    } else {
        vec![]
    };
    field(&mut out, "lang", draft.lang.tag(), &lang_note);
    comment(&mut out, "", c.base_url);
    field(&mut out, "base_url", &draft.base_url, &[]);
    match &draft.avatar {
        Avatar::Copied { file, .. } => field(&mut out, "avatar", file, &[]),
        Avatar::Remote(url) => {
            commented_avatar(&mut out, &fill(lang, c.avatar_remote, &[("url", url)]))
        }
        Avatar::Local { paths, .. } => {
            let path = paths.last().map_or("", String::as_str);
            commented_avatar(&mut out, &fill(lang, c.avatar_missing, &[("path", path)]));
        }
        Avatar::Inline => commented_avatar(&mut out, c.avatar_inline),
        Avatar::None => {}
    }
    if let Some(bio) = &draft.bio {
        block(&mut out, "bio", bio);
    }
    out.push_str("\naccounts:\n");
    for account in draft.accounts() {
        write_account(&mut out, account, lang);
    }
    let skipped: Vec<_> = draft.skipped().collect();
    if !skipped.is_empty() {
        out.push('\n');
        comment(&mut out, "", c.skipped);
        for (found, why) in skipped {
            let text = if found.text.is_empty() {
                "—"
            } else {
                &found.text
            };
            let href = if found.href.is_empty() {
                "#"
            } else {
                &found.href
            };
            comment(
                &mut out,
                "",
                &format!(
                    "- {}",
                    aside(lang, &format!("{text}: {href}"), skip_reason(why, lang))
                ),
            );
        }
    }
    out
}

/// One account, as `- platform: …` with its fields, a comment above it for its notes.
pub fn write_account(out: &mut String, account: &Account, lang: Lang) {
    for note in &account.notes {
        comment(out, "  ", &note_text(note, lang));
    }
    let _ = writeln!(
        out,
        "  - platform: {}",
        escape::yaml_scalar(account.platform)
    );
    for (key, value) in [
        ("id", &account.id),
        ("url", &account.url),
        ("label", &account.label),
        ("group", &account.group),
    ] {
        if let Some(value) = value {
            let _ = writeln!(out, "    {key}: {}", escape::yaml_scalar(value));
        }
    }
}

/// What a note says, in `lang`.
fn note_text(note: &Note, lang: Lang) -> String {
    let c = Comments::of(lang);
    match note {
        Note::GuessedText => c.guessed_text.to_owned(),
        Note::GuessedKind(kind) => fill(lang, c.guessed_kind, &[("kind", kind)]),
        Note::NotProfile(what) => fill(lang, c.not_profile, &[("what", what)]),
        Note::Refused(id) => {
            let name = platforms::get(id).map_or(*id, |p| p.name(lang));
            fill(lang, c.refused, &[("platform", name)])
        }
        Note::Shortened(max) => fill(lang, c.shortened, &[("max", &max.to_string())]),
    }
}

/// A text of the tables in `lang`, filled in, spaced as [`Text::fill`] spaces Chinese.
pub fn fill(lang: Lang, template: &'static str, args: &[(&str, &str)]) -> String {
    Text {
        en: template,
        zh_hans: template,
        zh_hant: template,
    }
    .fill(lang, args)
}

/// `text (aside)`, with full-width parentheses in Chinese.
pub fn aside(lang: Lang, text: &str, aside: &str) -> String {
    match lang {
        Lang::En => format!("{text} ({aside})"),
        _ => format!("{text}（{aside}）"),
    }
}

/// Why a link was left out, in `lang`.
pub fn skip_reason(why: Skip, lang: Lang) -> &'static str {
    let k = Kinds::of(lang);
    match why {
        Skip::Placeholder => k.placeholder,
        Skip::Relative => k.relative,
        Skip::Scheme => k.scheme,
        Skip::Invalid => k.invalid,
        Skip::TooMany => k.too_many,
    }
}

/// What the imported page was, in `lang`.
pub fn source_name(source: Source, lang: Lang) -> &'static str {
    let k = Kinds::of(lang);
    match source {
        Source::LittleLink => k.littlelink,
        Source::Linktree => k.linktree,
    }
}

fn commented_avatar(out: &mut String, text: &str) {
    comment(out, "", text);
    out.push_str("# avatar: avatar.jpg\n");
}

/// `key: value`, with notes as a comment after it.
fn field(out: &mut String, key: &str, value: &str, notes: &[String]) {
    let _ = write!(out, "{key}: {}", escape::yaml_scalar(value));
    if !notes.is_empty() {
        out.push_str("  # ");
        out.push_str(&one_line(&notes.join("; ")));
    }
    out.push('\n');
}

/// A comment line (or lines, wrapped at new lines of `text`), with `indent` before it.
pub fn comment(out: &mut String, indent: &str, text: &str) {
    for line in text.split('\n') {
        let _ = writeln!(out, "{indent}# {}", one_line(line));
    }
}

/// The text with every character that could end or break a comment line made a space.
fn one_line(text: &str) -> String {
    text.chars()
        .map(|c| {
            if breaks_line(c) || c.is_control() {
                ' '
            } else {
                c
            }
        })
        .collect::<String>()
        .trim_end()
        .to_owned()
}

/// Characters YAML or an editor may take as the end of a line.
fn breaks_line(c: char) -> bool {
    matches!(c, '\n' | '\r' | '\u{85}' | '\u{2028}' | '\u{2029}')
}

/// A multi-line text under `key`: a literal block when every line can stand in one,
/// else a double-quoted scalar.
fn block(out: &mut String, key: &str, text: &str) {
    let safe = !text.starts_with([' ', '\t'])
        && !text.ends_with([' ', '\t', '\n'])
        && !text.chars().any(|c| c != '\n' && escape::yaml_escapes(c));
    if !text.contains('\n') || !safe {
        field(out, key, text, &[]);
        return;
    }
    let _ = writeln!(out, "{key}: |-");
    for line in text.split('\n') {
        if line.is_empty() {
            out.push('\n');
        } else {
            let _ = writeln!(out, "  {line}");
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_comment_cannot_be_broken_out_of() {
        let mut out = String::new();
        comment(&mut out, "  ", "one\rname: evil\u{2028}two");
        assert_eq!(out, "  # one name: evil two\n");
    }
}
