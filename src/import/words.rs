//! Every word `hutong import` writes — the comments in the profile it makes, its report,
//! its errors and its help — in the three languages, kept together so the command
//! line's catalogue can take them over whole.

use crate::lang::words;

// The entries: words/import-comments.toml, as `import_comments_words!` (written by build.rs).
include!(concat!(env!("OUT_DIR"), "/words/import-comments.rs"));
import_comments_words!(words! {
    /// The comments written into the imported `site.yaml`.
    pub struct Comments;
});

// The entries: words/import-kinds.toml, as `import_kinds_words!` (written by build.rs).
include!(concat!(env!("OUT_DIR"), "/words/import-kinds.rs"));
import_kinds_words!(words! {
    /// What a page is, and why a link was left out.
    pub struct Kinds;
});

// The entries: words/import-report.toml, as `import_report_words!` (written by build.rs).
include!(concat!(env!("OUT_DIR"), "/words/import-report.rs"));
import_report_words!(words! {
    /// What the command says when it is done.
    pub struct Report;
});

// The entries: words/import-errors.toml, as `import_errors_words!` (written by build.rs).
include!(concat!(env!("OUT_DIR"), "/words/import-errors.rs"));
import_errors_words!(words! {
    /// Why an import was refused, and what to do.
    pub struct Errors;
});

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_text_is_in_three_languages_with_the_same_placeholders() {
        let filled = &[
            "file",
            "source",
            "url",
            "path",
            "kind",
            "what",
            "platform",
            "max",
            "links",
            "recognised",
            "plain",
            "from",
            "to",
            "host",
            "lang",
            "slug",
            "reason",
            "line",
            "name",
            "problems",
        ];
        crate::lang::check_table(Comments::TABLE, filled);
        crate::lang::check_table(Kinds::TABLE, filled);
        crate::lang::check_table(Report::TABLE, filled);
        crate::lang::check_table(Errors::TABLE, filled);
    }
}
