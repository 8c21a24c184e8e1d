//! What a batch tells people: every error, but of each kind of warning only the first
//! few sites, then one line that counts the rest. An agency building a thousand sites
//! reads "…and 254 more sites" instead of 257 copies of one warning; `--verbose` and the
//! JSON report still have every one.
//!
//! Takes each site as it is reported, in order; gives the text to print for it, and at
//! the end the lines for what was counted instead of shown.

use std::collections::BTreeMap;

use crate::Lang;
use crate::diagnostic::Severity;
use crate::messages;
use crate::profile::Site;

/// How many sites show a warning (or note) of one kind in full before the rest are
/// counted.
pub const SHOWN_PER_KIND: usize = 3;

/// Warnings and notes of one kind: the same severity and the same stable code.
type Kind = (Severity, &'static str);

/// The sites of a batch, said in full or counted.
#[derive(Debug, Default)]
pub struct Digest {
    verbose: bool,
    /// How many sites showed each kind in full.
    shown: BTreeMap<Kind, usize>,
    /// Each kind counted instead of shown: how many sites, and the first such message.
    counted: BTreeMap<Kind, (usize, String)>,
}

impl Digest {
    /// A digest; `verbose` shows everything and counts nothing.
    pub fn new(verbose: bool) -> Digest {
        Digest {
            verbose,
            ..Digest::default()
        }
    }

    /// The diagnostics of `site` to print, rendered, one per paragraph: every error,
    /// and every warning or note of a site with errors (they may explain them); of the
    /// others, those whose kind fewer than [`SHOWN_PER_KIND`] earlier sites showed.
    /// Empty when there is nothing to print.
    pub fn site(&mut self, site: &Site) -> String {
        let failed = site.parsed.errors().next().is_some();
        // Whether each kind is shown in this site, decided at its first diagnostic.
        let mut here: BTreeMap<Kind, bool> = BTreeMap::new();
        let mut shown = Vec::new();
        for d in &site.parsed.diagnostics {
            if d.severity == Severity::Error || d.code.is_empty() {
                shown.push(d.render(&site.path, &site.source));
                continue;
            }
            let kind = (d.severity, d.code);
            let show = *here.entry(kind).or_insert_with(|| {
                let sites = self.shown.entry(kind).or_default();
                if failed || self.verbose || *sites < SHOWN_PER_KIND {
                    *sites += 1;
                    true
                } else {
                    self.counted
                        .entry(kind)
                        .or_insert_with(|| (0, d.message.clone()))
                        .0 += 1;
                    false
                }
            });
            if show {
                shown.push(d.render(&site.path, &site.source));
            }
        }
        shown.join("\n")
    }

    /// How many sites' diagnostics were counted rather than shown, all kinds together.
    pub fn counted_sites(&self) -> usize {
        self.counted.values().map(|(n, _)| n).sum()
    }

    /// One line per kind that was counted: "warning: …and 254 more sites: <the first
    /// such message> [code] (`--verbose` lists them)", in `lang`.
    pub fn summary(&self, lang: Lang) -> Vec<String> {
        self.counted
            .iter()
            .map(|(&(severity, code), (sites, message))| {
                let label = match severity {
                    Severity::Note => messages::LABEL_NOTE,
                    _ => messages::LABEL_WARNING,
                };
                let line = messages::DIGEST_MORE_SITES.fill(
                    lang,
                    &[
                        ("count", &sites.to_string()),
                        ("message", &crate::diagnostic::escape_controls(message)),
                        ("code", code),
                    ],
                );
                format!("{}{line}", label.get(lang))
            })
            .collect()
    }
}
