//! Every word `hutong import` writes — the comments in the profile it makes, its report,
//! its errors and its help — in the three languages, kept together so the command
//! line's catalogue can take them over whole.

use crate::lang::words;

// `Comments`, from words/import-comments.toml, which build.rs writes as Rust.
include!(concat!(env!("OUT_DIR"), "/words/import-comments.rs"));

// `Kinds`, from words/import-kinds.toml, which build.rs writes as Rust.
include!(concat!(env!("OUT_DIR"), "/words/import-kinds.rs"));

// `Report`, from words/import-report.toml, which build.rs writes as Rust.
include!(concat!(env!("OUT_DIR"), "/words/import-report.rs"));

// `Errors`, from words/import-errors.toml, which build.rs writes as Rust.
include!(concat!(env!("OUT_DIR"), "/words/import-errors.rs"));

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
