//! The fields of `site.yaml`, one row each: the key, the kind of value it takes, its
//! limit, whether it must be written, and its help.
//!
//! This table is the one place a key or a limit is written. The checker reads it for the
//! keys each part knows, the longest text of each key and the keys that must be given;
//! the JSON Schema ([`crate::schema`]) reads it for its properties, `maxLength`,
//! `maxItems`, `required` and descriptions; documentation can read the same text
//! through [`Field::describe`].
//!
//! It says what a field is, not what its value means: a platform's id rules, a URL's
//! hosts and a colour's spelling are the checker's; the patterns and enums an editor is
//! shown are the schema's.

use crate::messages::{self, Msg};

/// Most accounts in one profile.
pub const MAX_ACCOUNTS: usize = 500;
/// Largest `qr` text, in bytes (and in characters: it is one field's limit too).
pub const MAX_QR_BYTES: usize = 1000;
/// Most accounts with `featured: true` in one profile (the help of [`FEATURED`] says
/// "three").
pub const MAX_FEATURED: usize = 3;
/// File types an avatar may have, as lowercase extensions.
pub const AVATAR_EXTENSIONS: &[&str] = &["png", "jpg", "jpeg", "webp", "gif", "svg"];
/// File types a `qr_image` may have: the raster formats [`crate::qr_image`] reads.
pub const QR_IMAGE_EXTENSIONS: &[&str] = &["png", "jpg", "jpeg", "webp", "gif"];
/// File types `theme.css` may have.
pub const CSS_EXTENSIONS: &[&str] = &["css"];
/// Largest `theme.css`, in bytes (the help of [`CSS`] says "32 KiB").
pub const MAX_CSS_BYTES: u64 = 32 * 1024;

/// One key of `site.yaml`.
#[derive(Debug, Clone, Copy)]
pub struct Field {
    /// The key as written.
    pub key: &'static str,
    pub kind: Kind,
    /// The most characters of a text, the most items of a list; 0 for a value that has
    /// no length (`true`, a mapping).
    pub limit: usize,
    /// For a key that must be written: the hint for a profile that leaves it out.
    pub required: Option<Msg>,
    /// A paragraph for people, in English. `{max}` stands for [`Field::limit`], and
    /// `{types}` for the extensions of a [`Kind::File`].
    pub help: &'static str,
}

/// What a field's value is.
#[derive(Debug, Clone, Copy)]
pub enum Kind {
    /// Free text on one line (trimmed).
    Line,
    /// Free text over several lines (Markdown).
    Lines,
    /// One word of a fixed set (`lang`, `theme.mode`, `platform`).
    Word,
    /// An absolute http(s) address.
    Address,
    /// A file in the site's folder, by its path from `site.yaml`, with one of these
    /// lowercase extensions.
    File(&'static [&'static str]),
    /// `#rgb` or `#rrggbb`.
    Colour,
    /// `true` or `false`.
    Boolean,
    /// A day, `YYYY-MM-DD`.
    Date,
    /// An account's address `go/<key>/`: `[a-z0-9][a-z0-9-]{0,39}`.
    Key,
    /// `key: value` lines with fields of their own.
    Map(&'static [Field]),
    /// A list of mappings with these fields.
    List(&'static [Field]),
}

impl Field {
    /// The field's help with its placeholders filled: what the schema and the
    /// documentation show.
    pub fn describe(&self) -> String {
        let types = match self.kind {
            Kind::File(extensions) => extensions.join(", "),
            _ => String::new(),
        };
        crate::lang::fill(
            self.help,
            &[("max", &self.limit.to_string()), ("types", &types)],
        )
    }

    /// Whether the value may span lines.
    pub fn multiline(&self) -> bool {
        matches!(self.kind, Kind::Lines)
    }
}

/// The top-level keys, in the order the schema lists them.
pub const TOP_FIELDS: &[Field] = &[
    NAME, TAGLINE, LANG, BASE_URL, AVATAR, BIO, THEME, ACCOUNTS, FILING, TIMEZONE,
];
/// The keys of one account.
pub const ACCOUNT_FIELDS: &[Field] = &[
    PLATFORM, ID, URL, QR, QR_IMAGE, NOTE, APP_ID, LABEL, GROUP, HIDDEN, KEY, FROM, UNTIL, FEATURED,
];
/// The keys of `theme`.
pub const THEME_FIELDS: &[Field] = &[MODE, ACCENT, STYLE, CSS];
/// The keys of `filing`.
pub const FILING_FIELDS: &[Field] = &[ICP, POLICE];

pub const NAME: Field = Field {
    key: "name",
    kind: Kind::Line,
    limit: 80,
    required: Some(messages::HINT_ADD_NAME),
    help: "Your name as visitors see it: the page title and heading. At most {max} characters.",
};

pub const TAGLINE: Field = Field {
    key: "tagline",
    kind: Kind::Line,
    limit: 120,
    required: None,
    help: "One line under the name. At most {max} characters.",
};

pub const LANG: Field = Field {
    key: "lang",
    kind: Kind::Word,
    limit: 16,
    required: None,
    help: "The language of the page's own words (buttons, hints, platform names).",
};

pub const BASE_URL: Field = Field {
    key: "base_url",
    kind: Kind::Address,
    limit: 2000,
    required: Some(messages::HINT_ADD_BASE_URL),
    help: "The absolute http(s) address where the site will be served, such as https://xiaoman.example.com/ (a trailing `/` is added). QR codes point here, so set it before printing. No query, fragment or user name; at most {max} characters.",
};

pub const AVATAR: Field = Field {
    key: "avatar",
    kind: Kind::File(AVATAR_EXTENSIONS),
    limit: 255,
    required: None,
    help: "A picture in the site's folder, by its path relative to site.yaml: {types}. Not a URL, not an absolute path, no `..`; at most {max} characters.",
};

pub const BIO: Field = Field {
    key: "bio",
    kind: Kind::Lines,
    limit: 4000,
    required: None,
    help: "A few lines about you, in Markdown (CommonMark with tables and strikethrough; raw HTML is left out). At most {max} characters.",
};

pub const THEME: Field = Field {
    key: "theme",
    kind: Kind::Map(THEME_FIELDS),
    limit: 0,
    required: None,
    help: "How the page looks.",
};

pub const ACCOUNTS: Field = Field {
    key: "accounts",
    kind: Kind::List(ACCOUNT_FIELDS),
    limit: MAX_ACCOUNTS,
    required: Some(messages::HINT_ADD_ACCOUNTS),
    help: "Your accounts, shown in this order: at least 1, at most {max}. The same platform may appear more than once.",
};

pub const FILING: Field = Field {
    key: "filing",
    kind: Kind::Map(FILING_FIELDS),
    limit: 0,
    required: None,
    help: "Mainland-China filing numbers (备案号), shown in the footer.",
};

pub const PLATFORM: Field = Field {
    key: "platform",
    kind: Kind::Word,
    limit: 64,
    required: None,
    help: "The platform the account is on: an id from `hutong platforms`, or `link` for any other web page. May be left out when `url` is given.",
};

pub const ID: Field = Field {
    key: "id",
    kind: Kind::Line,
    limit: 200,
    required: None,
    help: "The account's identifier on its platform; what it is depends on the platform (`hutong platforms <platform>` says, and how to find it). At most {max} characters.",
};

pub const URL: Field = Field {
    key: "url",
    kind: Kind::Address,
    limit: 2000,
    required: None,
    help: "The account's web address (http or https), on the platform's own site; any site for `platform: link`. With `url` alone the platform is recognised from it, and the id read out of it where possible. At most {max} characters.",
};

pub const QR: Field = Field {
    key: "qr",
    kind: Kind::Line,
    limit: MAX_QR_BYTES,
    required: None,
    help: "Text to put in this account's QR code instead of the link to its page, such as the contact-card link a platform gave you. At most {max} bytes of UTF-8 (a Chinese character takes 3). At most {max} characters.",
};

pub const QR_IMAGE: Field = Field {
    key: "qr_image",
    kind: Kind::File(QR_IMAGE_EXTENSIONS),
    limit: 255,
    required: None,
    help: "The QR code a platform gave you, as an image in the site's folder ({types}; at most 5 MiB), by its path relative to site.yaml: saved from the app or a screenshot of it. The build reads the code's text and draws a fresh code from it. Not together with `qr`; at most {max} characters.",
};

pub const NOTE: Field = Field {
    key: "note",
    kind: Kind::Line,
    limit: 80,
    required: None,
    help: "A short line shown with the account. At most {max} characters.",
};

pub const APP_ID: Field = Field {
    key: "app_id",
    kind: Kind::Line,
    limit: 64,
    required: None,
    help: "The separate id the app link needs, where it differs from the web id (Douyin, Kuaishou, Toutiao: the numeric uid). Without it, phones open the web profile. At most {max} characters.",
};

pub const LABEL: Field = Field {
    key: "label",
    kind: Kind::Line,
    limit: 80,
    required: None,
    help: "The button's text, instead of the platform's name. At most {max} characters.",
};

pub const GROUP: Field = Field {
    key: "group",
    kind: Kind::Line,
    limit: 80,
    required: None,
    help: "A heading: accounts with the same group are shown together under it. At most {max} characters.",
};

pub const HIDDEN: Field = Field {
    key: "hidden",
    kind: Kind::Boolean,
    limit: 0,
    required: None,
    help: "Keep the account in the file but leave it out of the site.",
};

pub const KEY: Field = Field {
    key: "key",
    kind: Kind::Key,
    limit: 40,
    required: None,
    help: "Fixes the account's address go/<key>/ (and so its QR code) for good: lowercase letters, digits and `-`, starting with a letter or digit, at most {max} characters, unique in the site. Without it hutong makes one and remembers it in keys.lock.",
};

pub const FROM: Field = Field {
    key: "from",
    kind: Kind::Date,
    limit: 10,
    required: None,
    help: "The first day the account is shown, YYYY-MM-DD, in the site's `timezone`. Before it, the account is left out and its go page sends visitors to the hub.",
};

pub const UNTIL: Field = Field {
    key: "until",
    kind: Kind::Date,
    limit: 10,
    required: None,
    help: "The last day the account is shown (included), YYYY-MM-DD, in the site's `timezone`. After it, the account is left out and its go page sends visitors to the hub.",
};

pub const FEATURED: Field = Field {
    key: "featured",
    kind: Kind::Boolean,
    limit: 0,
    required: None,
    help: "Show the account first, larger. At most three accounts of a site.",
};

pub const TIMEZONE: Field = Field {
    key: "timezone",
    kind: Kind::Word,
    limit: 64,
    required: None,
    help: "The IANA time zone the `from` and `until` dates are read in, such as Asia/Shanghai (the default) or Europe/London.",
};

pub const MODE: Field = Field {
    key: "mode",
    kind: Kind::Word,
    limit: 16,
    required: None,
    help: "Light or dark colours.",
};

pub const ACCENT: Field = Field {
    key: "accent",
    kind: Kind::Colour,
    limit: 16,
    required: None,
    help: "The accent colour: #rgb or #rrggbb, in quotes (unquoted, YAML reads # as a comment).",
};

pub const STYLE: Field = Field {
    key: "style",
    kind: Kind::Word,
    limit: 16,
    required: None,
    help: "The look of the account buttons: `brand` (each in its platform's colour, the default), `soft` (light cards, the colour only in the mark), `outline` or `mono`.",
};

pub const CSS: Field = Field {
    key: "css",
    kind: Kind::File(CSS_EXTENSIONS),
    limit: 255,
    required: None,
    help: "Your own CSS, added after the style's: a .css file in the site's folder, by its path relative to site.yaml, at most 32 KiB. It may not load anything from another host (`@import`, or `url()` to another site, are errors). At most {max} characters.",
};

pub const ICP: Field = Field {
    key: "icp",
    kind: Kind::Line,
    limit: 64,
    required: None,
    help: "The ICP filing number (ICP备案号), such as 沪ICP备2023012345号-1; linked to the filing site. At most {max} characters.",
};

pub const POLICE: Field = Field {
    key: "police",
    kind: Kind::Line,
    limit: 64,
    required: None,
    help: "The public-security filing number (公安备案号), such as 沪公网安备31010402000001号. At most {max} characters.",
};

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_are_unique_within_each_part() {
        for part in [TOP_FIELDS, ACCOUNT_FIELDS, THEME_FIELDS, FILING_FIELDS] {
            let mut seen = std::collections::HashSet::new();
            for field in part {
                assert!(seen.insert(field.key), "`{}` appears twice", field.key);
            }
        }
    }

    #[test]
    fn every_placeholder_is_filled() {
        for part in [TOP_FIELDS, ACCOUNT_FIELDS, THEME_FIELDS, FILING_FIELDS] {
            for field in part {
                let text = field.describe();
                assert!(!text.contains('{'), "{}: {text}", field.key);
                assert!(text.ends_with('.'), "{}: {text}", field.key);
            }
        }
    }

    #[test]
    fn text_has_a_limit_and_says_it() {
        for part in [TOP_FIELDS, ACCOUNT_FIELDS, THEME_FIELDS, FILING_FIELDS] {
            for field in part {
                if matches!(field.kind, Kind::Line | Kind::Lines | Kind::Address) {
                    assert!(field.limit > 0, "{}", field.key);
                    assert!(field.help.contains("{max}"), "{}", field.key);
                }
            }
        }
    }
}
