//! The JSON Schema of `site.yaml`, for editors: completion, hover help and squiggles.
//!
//! Takes nothing; gives the schema as a `serde_json::Value`, built from the tables the
//! parser reads: the key lists and limits of [`profile`](crate::profile), and the ids,
//! names and id patterns of the [`platforms`](crate::platforms) registry. A key or a
//! platform added there appears here without another edit. The text limits that
//! `profile` writes as literals are repeated in [`TEXT_LIMITS`], and the tests below
//! parse a value at each limit and one past it to keep the two in step.
//!
//! The schema declares draft 2020-12 but uses only keywords that mean the same in
//! draft-07 (no `$defs`, `$ref`, `prefixItems` or `unevaluated*`), because
//! yaml-language-server and VS Code validate with draft-07 rules. It adds two
//! annotations those editors read and validators ignore: `markdownEnumDescriptions`
//! (shown beside each platform id in completion and on hover) and `patternErrorMessage`
//! (shown instead of a raw regular expression).
//!
//! The schema is a first check in the editor, not the rules: it cannot tell that a
//! URL's host belongs to its platform, count `qr` in bytes, see duplicate keys or open
//! the avatar file; `hutong check` does all that. Where the two differ the schema is
//! the more lenient, so it does not flag a profile the parser accepts (except for text
//! quoted with spaces around it, which the parser trims). Editors read unquoted `123`
//! as a number and `true` as a boolean while hutong keeps the text as written, so free
//! text accepts numbers and booleans too.

use serde_json::{Map, Value, json};

use crate::Lang;
use crate::platforms::{self, Kind, Platform};
use crate::profile::{
    ACCOUNT_KEYS, AVATAR_EXTENSIONS, FILING_KEYS, MAX_ACCOUNTS, MAX_QR_BYTES, THEME_KEYS, TOP_KEYS,
};

/// The JSON Schema dialect the schema declares.
pub const DIALECT: &str = "https://json-schema.org/draft/2020-12/schema";

/// The file name `hutong new` gives the schema, in the folder that holds the sites;
/// each starter profile points at `../` + this.
pub const FILE_NAME: &str = "site.schema.json";

/// The longest text, in characters, the parser accepts for each text key (a dotted
/// path for nested keys). `profile::Checker` writes these as literals, so the tests
/// tie each one to what the parser does.
pub const TEXT_LIMITS: &[(&str, usize)] = &[
    ("name", 80),
    ("tagline", 120),
    ("base_url", 2000),
    ("avatar", 255),
    ("bio", 4000),
    ("filing.icp", 64),
    ("filing.police", 64),
    ("accounts.id", 200),
    ("accounts.url", 2000),
    ("accounts.qr", MAX_QR_BYTES),
    ("accounts.note", 80),
    ("accounts.app_id", 64),
    ("accounts.label", 80),
    ("accounts.group", 80),
];

/// Characters the parser refuses in any text: control characters (Unicode Cc) other
/// than tab, line feed and carriage return; `SINGLE_LINE` refuses the line breaks too.
const CONTROLS: &str = r"\x00-\x08\x0B\x0C\x0E-\x1F\x7F-\x9F";
const LINE_BREAKS: &str = r"\x0A\x0D";

/// The values of `theme.mode`, with what each does.
const THEME_MODES: &[(&str, &str)] = &[
    ("auto", "Follow the visitor's system setting (the default)."),
    ("light", "Always light."),
    ("dark", "Always dark."),
];

/// The theme mode used when `mode` is left out.
const DEFAULT_THEME_MODE: &str = "auto";

/// Every interface language, in the order the schema lists them.
const LANGS: [Lang; 3] = [Lang::ZhHans, Lang::ZhHant, Lang::En];

/// The schema of `site.yaml`.
pub fn site_schema() -> Value {
    let properties = TOP_KEYS.iter().map(|&key| (key, top_property(key)));
    json!({
        "$schema": DIALECT,
        "title": "hutong site profile (site.yaml)",
        "description": "One creator's link hub: a name, where the site is served, and the accounts to list. `hutong check` checks every rule; `hutong platforms` lists the platform ids.",
        "type": "object",
        "properties": object(properties),
        "required": ["name", "base_url", "accounts"],
        "additionalProperties": false,
    })
}

/// The schema of one top-level key.
fn top_property(key: &str) -> Value {
    match key {
        "name" => text(
            key,
            Lines::One,
            "Your name as visitors see it: the page title and heading.",
        ),
        "tagline" => text(key, Lines::One, "One line under the name."),
        "lang" => lang(),
        "base_url" => json!({
            "description": format!("The absolute http(s) address where the site will be served, such as https://xiaoman.example.com/ (a trailing `/` is added). QR codes point here, so set it before printing. No query, fragment or user name; at most {} characters.", text_limit(key)),
            "type": "string",
            "maxLength": text_limit(key),
            "pattern": r"^[Hh][Tt][Tt][Pp][Ss]?://[^/?#@]+(/[^?#]*)?$",
            "patternErrorMessage": "an http(s) address without ?query or #fragment, such as https://xiaoman.example.com/",
        }),
        "avatar" => avatar(),
        "bio" => text(
            key,
            Lines::Many,
            "A few lines about you, in Markdown (CommonMark with tables and strikethrough; raw HTML is left out).",
        ),
        "theme" => closed_object(
            "How the page looks.",
            THEME_KEYS.iter().map(|&key| (key, theme_property(key))),
        ),
        "accounts" => json!({
            "description": format!("Your accounts, shown in this order: at least 1, at most {MAX_ACCOUNTS}. The same platform may appear more than once."),
            "type": "array",
            "minItems": 1,
            "maxItems": MAX_ACCOUNTS,
            "items": account(),
        }),
        "filing" => closed_object(
            "Mainland-China filing numbers (备案号), shown in the footer.",
            FILING_KEYS.iter().map(|&key| (key, filing_property(key))),
        ),
        _ => unknown(),
    }
}

fn theme_property(key: &str) -> Value {
    match key {
        "mode" => json!({
            "description": "Light or dark colours.",
            "type": "string",
            "enum": THEME_MODES.iter().map(|(mode, _)| mode).collect::<Vec<_>>(),
            "markdownEnumDescriptions": THEME_MODES.iter().map(|(_, what)| what).collect::<Vec<_>>(),
            "default": DEFAULT_THEME_MODE,
        }),
        "accent" => json!({
            "description": "The accent colour: #rgb or #rrggbb, in quotes (unquoted, YAML reads # as a comment).",
            "type": "string",
            "pattern": "^#([0-9a-fA-F]{3}|[0-9a-fA-F]{6})$",
            "patternErrorMessage": "a hex colour in quotes, such as \"#e4572e\"",
        }),
        _ => unknown(),
    }
}

fn filing_property(key: &str) -> Value {
    let path = format!("filing.{key}");
    match key {
        "icp" => text(
            &path,
            Lines::One,
            "The ICP filing number (ICP备案号), such as 沪ICP备2023012345号-1; linked to the filing site.",
        ),
        "police" => text(
            &path,
            Lines::One,
            "The public-security filing number (公安备案号), such as 沪公网安备31010402000001号.",
        ),
        _ => unknown(),
    }
}

/// The schema of one entry of `accounts`.
fn account() -> Value {
    let properties = ACCOUNT_KEYS.iter().map(|&key| (key, account_property(key)));
    let mut schema = closed_object(
        "One account: `platform` with `id`, or a `url` (with or without `platform`).",
        properties,
    );
    schema["anyOf"] = json!([
        { "required": ["url"] },
        { "required": ["platform", "id"] },
    ]);
    schema["allOf"] = platforms::all().iter().map(platform_rules).collect();
    schema
}

fn account_property(key: &str) -> Value {
    let path = format!("accounts.{key}");
    match key {
        "platform" => platform(),
        "id" => text(
            &path,
            Lines::One,
            "The account's identifier on its platform; what it is depends on the platform (`hutong platforms <platform>` says, and how to find it).",
        ),
        "url" => json!({
            "description": format!("The account's web address (http or https), on the platform's own site; any site for `platform: link`. With `url` alone the platform is recognised from it, and the id read out of it where possible. At most {} characters.", text_limit(&path)),
            "type": "string",
            "maxLength": text_limit(&path),
            "pattern": r"^[Hh][Tt][Tt][Pp][Ss]?://[^/?#@]+([/?#].*)?$",
            "patternErrorMessage": "an http(s) address such as https://github.com/your-name, without a user name",
        }),
        "qr" => text(
            &path,
            Lines::One,
            &format!(
                "Text to put in this account's QR code instead of the link to its page, such as the contact-card link a platform gave you. At most {MAX_QR_BYTES} bytes of UTF-8 (a Chinese character takes 3)."
            ),
        ),
        "note" => text(&path, Lines::One, "A short line shown with the account."),
        "app_id" => text(
            &path,
            Lines::One,
            "The separate id the app link needs, where it differs from the web id (Douyin, Kuaishou, Toutiao: the numeric uid). Without it, phones open the web profile.",
        ),
        "label" => text(
            &path,
            Lines::One,
            "The button's text, instead of the platform's name.",
        ),
        "group" => text(
            &path,
            Lines::One,
            "A heading: accounts with the same group are shown together under it.",
        ),
        "hidden" => json!({
            "description": "Keep the account in the file but leave it out of the site.",
            "type": "boolean",
            "default": false,
        }),
        _ => unknown(),
    }
}

/// `platform`: an enum of every registry id, each described by its names and what its
/// id is.
fn platform() -> Value {
    let all = platforms::all();
    let described = all.iter().map(|p| {
        format!(
            "**{}** · {} — {}",
            p.names.zh_hans,
            p.names.en,
            if p.kind == Kind::Link {
                "any web page: give its `url`."
            } else {
                p.id_what.en
            }
        )
    });
    json!({
        "description": "The platform the account is on: an id from `hutong platforms`, or `link` for any other web page. May be left out when `url` is given.",
        "type": "string",
        "enum": all.iter().map(|p| p.id).collect::<Vec<_>>(),
        "markdownEnumDescriptions": described.collect::<Vec<_>>(),
    })
}

/// What one platform asks of an account: its id forms, whether an `app_id` means
/// anything, and that `link` takes a `url` and contacts an `id`.
fn platform_rules(p: &'static Platform) -> Value {
    let mut then = Map::new();
    let mut required = Vec::new();
    match p.kind {
        Kind::Link => {
            then.insert("id".into(), Value::Bool(false));
            required.push("url");
        }
        _ => {
            let pattern = p
                .forms
                .iter()
                .map(|form| format!("(?:{})", ecma_pattern(form.pattern)))
                .collect::<Vec<_>>()
                .join("|");
            let examples = p.examples().join(", ");
            then.insert(
                "id".into(),
                json!({
                    "pattern": pattern,
                    "patternErrorMessage": format!("{} For example: {examples}.", p.id_what.en),
                }),
            );
        }
    }
    if p.kind == Kind::Contact {
        then.insert("url".into(), Value::Bool(false));
    }
    let app_id = match &p.app_id {
        Some(rule) => json!({
            "pattern": ecma_pattern(rule.pattern),
            "patternErrorMessage": format!("{} For example: {}.", rule.what.en, rule.example),
        }),
        None => Value::Bool(false),
    };
    then.insert("app_id".into(), app_id);
    let mut then = json!({ "properties": then });
    if !required.is_empty() {
        then["required"] = json!(required);
    }
    json!({
        "if": {
            "properties": { "platform": { "const": p.id } },
            "required": ["platform"],
        },
        "then": then,
    })
}

/// A registry pattern (`regex-lite` syntax) as an ECMA-262 one: named groups
/// `(?P<name>…)` become non-capturing `(?:…)`; everything else the registry uses
/// (anchors, classes, `\s`, `\.`, counted repetition) means the same in both.
fn ecma_pattern(pattern: &str) -> String {
    let mut out = String::with_capacity(pattern.len());
    let mut rest = pattern;
    while let Some(at) = rest.find("(?P<") {
        out.push_str(&rest[..at]);
        out.push_str("(?:");
        let after = &rest[at + 4..];
        rest = after.find('>').map_or(after, |end| &after[end + 1..]);
    }
    out.push_str(rest);
    out
}

fn lang() -> Value {
    let description = |lang: Lang| match lang {
        Lang::ZhHans => "Simplified Chinese (简体中文), the default.",
        Lang::ZhHant => "Traditional Chinese (繁體中文).",
        Lang::En => "English.",
    };
    json!({
        "description": "The language of the page's own words (buttons, hints, platform names).",
        "type": "string",
        "enum": LANGS.iter().map(|&l| lang_code(l)).collect::<Vec<_>>(),
        "markdownEnumDescriptions": LANGS.iter().map(|&l| description(l)).collect::<Vec<_>>(),
        "default": lang_code(Lang::default()),
    })
}

/// The code a profile writes for `lang`, from `Lang`'s own serde names.
fn lang_code(lang: Lang) -> String {
    match serde_json::to_value(lang) {
        Ok(Value::String(code)) => code,
        _ => unreachable!("Lang serialises to a string"),
    }
}

fn avatar() -> Value {
    // Each extension in either case, as the parser lowercases it: `[Pp][Nn][Gg]`.
    let extensions = AVATAR_EXTENSIONS
        .iter()
        .map(|ext| {
            ext.chars()
                .map(|c| format!("[{}{}]", c.to_ascii_uppercase(), c))
                .collect::<String>()
        })
        .collect::<Vec<_>>()
        .join("|");
    json!({
        "description": format!("A picture in the site's folder, by its path relative to site.yaml: {}. Not a URL, not an absolute path, no `..`; at most {} characters.", AVATAR_EXTENSIONS.join(", "), text_limit("avatar")),
        "type": "string",
        "maxLength": text_limit("avatar"),
        "pattern": format!(r"\.({extensions})$"),
        "patternErrorMessage": format!("an image file beside site.yaml ({})", AVATAR_EXTENSIONS.join(", ")),
        "not": {
            "anyOf": [
                { "pattern": "://" },
                { "pattern": r"^([/\\]|.:[/\\])" },
                { "pattern": r"(^|[/\\])\.\.([/\\]|$)" },
            ],
        },
    })
}

/// Whether a text may span lines.
#[derive(Clone, Copy)]
enum Lines {
    One,
    Many,
}

/// Free text: not blank, no control characters, at most its limit in characters, on
/// one line unless `Lines::Many`.
fn text(path: &str, lines: Lines, description: &str) -> Value {
    let max = text_limit(path);
    // Something visible, with nothing refused before or after it; a single line may
    // end in line breaks, which the parser trims.
    let (pattern, message) = match lines {
        Lines::One => (
            format!(r"^[^{CONTROLS}{LINE_BREAKS}]*[^\s{CONTROLS}][^{CONTROLS}{LINE_BREAKS}]*\s*$"),
            "one line of text, not blank, without control characters",
        ),
        Lines::Many => (
            format!(r"^[^{CONTROLS}]*[^\s{CONTROLS}][^{CONTROLS}]*$"),
            "text that is not blank and has no control characters",
        ),
    };
    json!({
        "description": format!("{description} At most {max} characters."),
        "type": ["string", "number", "boolean"],
        "minLength": 1,
        "maxLength": max,
        "pattern": pattern,
        "patternErrorMessage": message,
    })
}

/// The limit of a text key from [`TEXT_LIMITS`].
fn text_limit(path: &str) -> usize {
    TEXT_LIMITS
        .iter()
        .find(|(p, _)| *p == path)
        .map(|&(_, max)| max)
        .unwrap_or_else(|| unreachable!("`{path}` is missing from TEXT_LIMITS"))
}

/// An object that takes only the given keys.
fn closed_object<'k>(
    description: &str,
    properties: impl Iterator<Item = (&'k str, Value)>,
) -> Value {
    json!({
        "description": description,
        "type": "object",
        "properties": object(properties),
        "additionalProperties": false,
    })
}

fn object<'k>(entries: impl Iterator<Item = (&'k str, Value)>) -> Value {
    Value::Object(entries.map(|(k, v)| (k.to_owned(), v)).collect())
}

/// A key the parser knows and this module does not describe yet: accept anything
/// rather than refuse a valid profile. A test makes sure no key ends up here.
fn unknown() -> Value {
    json!({})
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::profile::{self, ThemeMode};

    const BASE: &str = "name: x\nbase_url: https://x.example/\n";
    const ACCOUNT: &str = "accounts:\n  - platform: github\n    id: octocat\n";

    fn accepts(yaml: &str) -> bool {
        let parsed = profile::parse(yaml);
        parsed.errors().next().is_none() && parsed.profile.is_some()
    }

    /// A profile with `path` set to `value` and everything else minimal and valid.
    fn profile_with(path: &str, value: &str) -> String {
        let quoted = serde_json::to_string(value).unwrap();
        match path.split_once('.') {
            None if path == "name" => {
                format!("name: {quoted}\nbase_url: https://x.example/\n{ACCOUNT}")
            }
            None if path == "base_url" => format!("name: x\nbase_url: {quoted}\n{ACCOUNT}"),
            None => format!("{BASE}{path}: {quoted}\n{ACCOUNT}"),
            Some(("filing", key)) => format!("{BASE}{ACCOUNT}filing:\n  {key}: {quoted}\n"),
            Some(("accounts", "id")) => {
                format!("{BASE}accounts:\n  - platform: bilibili\n    id: {quoted}\n")
            }
            Some(("accounts", "url")) => {
                format!("{BASE}accounts:\n  - platform: link\n    url: {quoted}\n")
            }
            Some(("accounts", "app_id")) => format!(
                "{BASE}accounts:\n  - platform: douyin\n    id: MS4wLjABAAAAx\n    app_id: {quoted}\n"
            ),
            Some(("accounts", key)) => format!("{BASE}{ACCOUNT}    {key}: {quoted}\n"),
            _ => unreachable!("{path}"),
        }
    }

    /// A value of exactly `len` characters that the key otherwise accepts.
    fn value_of_length(path: &str, len: usize) -> String {
        let (prefix, fill, suffix) = match path {
            "base_url" | "accounts.url" => ("https://x.example/", 'a', ""),
            "avatar" => ("", 'a', ".png"),
            "accounts.id" | "accounts.app_id" => ("", '1', ""),
            // `qr` counts bytes as well as characters: stay in ASCII for it.
            "accounts.qr" => ("", 'q', ""),
            _ => ("", '字', ""),
        };
        let fill_len = len - prefix.chars().count() - suffix.chars().count();
        format!("{prefix}{}{suffix}", fill.to_string().repeat(fill_len))
    }

    #[test]
    fn text_limits_are_what_the_parser_enforces() {
        for &(path, max) in TEXT_LIMITS {
            let at_limit = profile_with(path, &value_of_length(path, max));
            let over = profile_with(path, &value_of_length(path, max + 1));
            assert!(
                accepts(&at_limit),
                "{path}: the parser refuses {max} characters"
            );
            assert!(
                !accepts(&over),
                "{path}: the parser accepts {} characters",
                max + 1
            );
        }
    }

    #[test]
    fn name_limit_matches_the_schema() {
        // The limit at its edge, spelled out: 80 characters pass, 81 do not.
        let schema = site_schema();
        assert_eq!(schema["properties"]["name"]["maxLength"], 80);
        assert!(accepts(&profile_with("name", &"名".repeat(80))));
        assert!(!accepts(&profile_with("name", &"名".repeat(81))));
    }

    #[test]
    fn every_key_the_parser_knows_is_described() {
        let schema = site_schema();
        let tables: [(&Value, &[&str]); 4] = [
            (&schema, TOP_KEYS),
            (&schema["properties"]["accounts"]["items"], ACCOUNT_KEYS),
            (&schema["properties"]["theme"], THEME_KEYS),
            (&schema["properties"]["filing"], FILING_KEYS),
        ];
        for (object, keys) in tables {
            assert_eq!(object["additionalProperties"], false);
            let properties = object["properties"].as_object().unwrap();
            let mut described: Vec<&str> = properties.keys().map(String::as_str).collect();
            let mut known = keys.to_vec();
            described.sort_unstable();
            known.sort_unstable();
            assert_eq!(described, known);
            for (key, property) in properties {
                assert!(
                    property["description"]
                        .as_str()
                        .is_some_and(|d| !d.is_empty()),
                    "`{key}` has no description"
                );
            }
        }
    }

    #[test]
    fn required_keys_are_the_ones_the_parser_requires() {
        let schema = site_schema();
        assert_eq!(schema["required"], json!(["name", "base_url", "accounts"]));
        // The smallest profile holds exactly the required keys, and each is needed.
        let minimal = format!("{BASE}{ACCOUNT}");
        assert!(accepts(&minimal));
        for key in ["name", "base_url", "accounts"] {
            let without: String = minimal
                .lines()
                .filter(|l| !(l.starts_with(key) || key == "accounts" && l.starts_with(' ')))
                .map(|l| format!("{l}\n"))
                .collect();
            assert!(!accepts(&without), "the parser does not require `{key}`");
        }
    }

    #[test]
    fn platform_enum_is_the_registry_with_names_and_ids() {
        let schema = site_schema();
        let platform = &schema["properties"]["accounts"]["items"]["properties"]["platform"];
        let ids: Vec<&str> = platform["enum"]
            .as_array()
            .unwrap()
            .iter()
            .map(|v| v.as_str().unwrap())
            .collect();
        let registry: Vec<&str> = platforms::all().iter().map(|p| p.id).collect();
        assert_eq!(ids, registry);
        assert!(ids.contains(&"link"));
        let descriptions = platform["markdownEnumDescriptions"].as_array().unwrap();
        assert_eq!(descriptions.len(), ids.len());
        let bilibili = ids.iter().position(|&id| id == "bilibili").unwrap();
        assert_eq!(
            descriptions[bilibili],
            "**哔哩哔哩** · Bilibili — Your numeric UID (digits only)."
        );
    }

    #[test]
    fn enums_are_what_the_parser_accepts() {
        let schema = site_schema();
        for code in schema["properties"]["lang"]["enum"].as_array().unwrap() {
            let yaml = format!("{BASE}lang: {}\n{ACCOUNT}", code.as_str().unwrap());
            assert!(accepts(&yaml), "{code}");
        }
        assert_eq!(schema["properties"]["lang"]["default"], "zh-Hans");
        let modes = &schema["properties"]["theme"]["properties"]["mode"]["enum"];
        assert_eq!(*modes, json!(["auto", "light", "dark"]));
        for (mode, want) in [
            ("auto", ThemeMode::Auto),
            ("light", ThemeMode::Light),
            ("dark", ThemeMode::Dark),
        ] {
            let parsed = profile::parse(&format!("{BASE}theme:\n  mode: {mode}\n{ACCOUNT}"));
            assert_eq!(parsed.profile.unwrap().theme.mode, want);
        }
        let parsed = profile::parse(&format!("{BASE}{ACCOUNT}"));
        assert_eq!(parsed.profile.unwrap().theme.mode, ThemeMode::Auto);
        assert_eq!(DEFAULT_THEME_MODE, "auto");
    }

    #[test]
    fn accounts_limits_are_the_parsers() {
        let schema = site_schema();
        let accounts = &schema["properties"]["accounts"];
        assert_eq!(accounts["minItems"], 1);
        assert_eq!(accounts["maxItems"], MAX_ACCOUNTS);
        let many = |n: usize| {
            format!(
                "{BASE}accounts:\n{}",
                "  - platform: github\n    id: octocat\n".repeat(n)
            )
        };
        assert!(accepts(&many(MAX_ACCOUNTS)));
        assert!(!accepts(&many(MAX_ACCOUNTS + 1)));
        assert!(!accepts(&format!("{BASE}accounts: []\n")));
    }

    #[test]
    fn registry_patterns_translate_to_ecma_262() {
        assert_eq!(
            ecma_pattern(r"^@?(?P<user>[a-z]+)@(?P<instance>[a-z.]+)$"),
            r"^@?(?:[a-z]+)@(?:[a-z.]+)$"
        );
        assert_eq!(ecma_pattern(r"^[0-9]+$"), r"^[0-9]+$");
        // Flags and escapes that ECMA-262 reads differently, or not at all.
        let foreign = [
            "(?i", "(?s", "(?m", "(?x", "(?u", r"\A", r"\z", r"\p", r"\P", "(?P=",
        ];
        let patterns = platforms::all().iter().flat_map(|p| {
            p.forms
                .iter()
                .map(|f| f.pattern)
                .chain(p.app_id.iter().map(|r| r.pattern))
        });
        for pattern in patterns {
            let ecma = ecma_pattern(pattern);
            assert!(!ecma.contains("(?P<"), "{pattern}");
            for bad in foreign {
                assert!(!pattern.contains(bad), "{pattern} uses `{bad}`");
            }
        }
    }

    #[test]
    fn avatar_pattern_takes_each_extension_in_any_case() {
        let avatar = avatar();
        let pattern = avatar["pattern"].as_str().unwrap();
        assert!(pattern.starts_with(r"\.([Pp][Nn][Gg]|[Jj][Pp][Gg]|"));
        assert_eq!(pattern.matches('|').count(), AVATAR_EXTENSIONS.len() - 1);
    }
}
