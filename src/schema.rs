//! The JSON Schema of `site.yaml`, for editors: completion, hover help and squiggles.
//!
//! Takes nothing; gives the schema as a `serde_json::Value`, built from the tables the
//! parser reads: the field table of [`profile::fields`] (every key, its kind, limit,
//! whether it is required and its help), and the ids, names and id patterns of the
//! [`platforms`](crate::platforms) registry. A key, a limit or a platform added there
//! appears here without another edit. What this module adds is what only an editor
//! needs: patterns, enums and their descriptions.
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
use crate::profile::ThemeStyle;
use crate::profile::fields::{self, Field, TOP_FIELDS};

/// The JSON Schema dialect the schema declares.
pub const DIALECT: &str = "https://json-schema.org/draft/2020-12/schema";

/// The file name `hutong new` gives the schema, in the folder that holds the sites;
/// each starter profile points at `../` + this.
pub const FILE_NAME: &str = "site.schema.json";

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

/// The values of `theme.style`, with what each looks like (the names are
/// [`ThemeStyle::ALL`]'s, in its order).
const THEME_STYLES: [&str; 4] = [
    "Each account a button in its platform's colour (the default).",
    "Light cards; the platform's colour only in its mark.",
    "Outlined cards; the platform's colour in the outline and the mark.",
    "No platform colours: the page's own colours only.",
];

/// The theme mode used when `mode` is left out.
const DEFAULT_THEME_MODE: &str = "auto";

/// Every interface language, in the order the schema lists them.
const LANGS: [Lang; 3] = [Lang::ZhHans, Lang::ZhHant, Lang::En];

/// The schema of `site.yaml`.
pub fn site_schema() -> Value {
    json!({
        "$schema": DIALECT,
        "title": "hutong site profile (site.yaml)",
        "description": "One creator's link hub: a name, where the site is served, and the accounts to list. `hutong check` checks every rule; `hutong platforms` lists the platform ids.",
        "type": "object",
        "properties": properties("", TOP_FIELDS),
        "required": TOP_FIELDS.iter().filter(|f| f.required.is_some()).map(|f| f.key).collect::<Vec<_>>(),
        "additionalProperties": false,
    })
}

/// The properties of a mapping with `fields`; `parent` is the mapping's dotted path
/// ("" at the top).
fn properties(parent: &str, fields: &[Field]) -> Value {
    let entries = fields.iter().map(|field| {
        let path = match parent {
            "" => field.key.to_owned(),
            _ => format!("{parent}.{}", field.key),
        };
        (field.key.to_owned(), property(&path, field))
    });
    Value::Object(entries.collect())
}

/// The schema of one field, at its dotted path (`accounts.url`).
fn property(path: &str, field: &Field) -> Value {
    let description = field.describe();
    match field.kind {
        fields::Kind::Line => text(field, Lines::One),
        fields::Kind::Lines => text(field, Lines::Many),
        fields::Kind::Address => address(path, field),
        fields::Kind::File(extensions) => file(field, extensions),
        fields::Kind::Word => match path {
            "lang" => lang(&description),
            "theme.mode" => json!({
                "description": description,
                "type": "string",
                "enum": THEME_MODES.iter().map(|(mode, _)| mode).collect::<Vec<_>>(),
                "markdownEnumDescriptions": THEME_MODES.iter().map(|(_, what)| what).collect::<Vec<_>>(),
                "default": DEFAULT_THEME_MODE,
            }),
            "theme.style" => json!({
                "description": description,
                "type": "string",
                "enum": ThemeStyle::ALL.iter().map(|(_, name)| name).collect::<Vec<_>>(),
                "markdownEnumDescriptions": THEME_STYLES,
                "default": ThemeStyle::default().name(),
            }),
            "accounts.platform" => platform(&description),
            "timezone" => json!({
                "description": description,
                "type": "string",
                "maxLength": field.limit,
                "examples": [crate::schedule::DEFAULT_TIMEZONE, "Asia/Hong_Kong", "Asia/Taipei", "Europe/London", "UTC"],
                "default": crate::schedule::DEFAULT_TIMEZONE,
            }),
            _ => unknown(),
        },
        fields::Kind::Date => json!({
            "description": description,
            "type": "string",
            "pattern": r"^[0-9]{4}-[0-9]{2}-[0-9]{2}$",
            "patternErrorMessage": "a date as YYYY-MM-DD, such as 2026-11-01",
        }),
        // An unquoted `2024` is a number to an editor and a key to hutong.
        fields::Kind::Key => json!({
            "description": description,
            "type": ["string", "number"],
            "maxLength": field.limit,
            "pattern": "^[a-z0-9][a-z0-9-]*$",
            "patternErrorMessage": "lowercase letters, digits and -, starting with a letter or digit, such as wx or shop-2",
            "not": { "const": "site" },
        }),
        fields::Kind::Colour => json!({
            "description": description,
            "type": "string",
            "pattern": "^#([0-9a-fA-F]{3}|[0-9a-fA-F]{6})$",
            "patternErrorMessage": "a hex colour in quotes, such as \"#e4572e\"",
        }),
        fields::Kind::Boolean => json!({
            "description": description,
            "type": "boolean",
            "default": false,
        }),
        fields::Kind::Map(inner) => json!({
            "description": description,
            "type": "object",
            "properties": properties(path, inner),
            "additionalProperties": false,
        }),
        fields::Kind::List(inner) => json!({
            "description": description,
            "type": "array",
            "minItems": 1,
            "maxItems": field.limit,
            "items": account(path, inner),
        }),
    }
}

/// The schema of one entry of `accounts`, whose fields are `inner`.
fn account(path: &str, inner: &[Field]) -> Value {
    let mut schema = json!({
        "description": "One account: `platform` with `id`, or a `url` (with or without `platform`).",
        "type": "object",
        "properties": properties(path, inner),
        "additionalProperties": false,
    });
    schema["anyOf"] = json!([
        { "required": ["url"] },
        { "required": ["platform", "id"] },
    ]);
    schema["allOf"] = platforms::all().iter().map(platform_rules).collect();
    schema
}

/// An http(s) address: `base_url` takes no query or fragment; an account's `url` may.
fn address(path: &str, field: &Field) -> Value {
    let (pattern, message) = match path {
        "base_url" => (
            r"^[Hh][Tt][Tt][Pp][Ss]?://[^/?#@]+(/[^?#]*)?$",
            "an http(s) address without ?query or #fragment, such as https://xiaoman.example.com/",
        ),
        _ => (
            r"^[Hh][Tt][Tt][Pp][Ss]?://[^/?#@]+([/?#].*)?$",
            "an http(s) address such as https://github.com/your-name, without a user name",
        ),
    };
    json!({
        "description": field.describe(),
        "type": "string",
        "maxLength": field.limit,
        "pattern": pattern,
        "patternErrorMessage": message,
    })
}

/// `platform`: an enum of every registry id, each described by its names and what its
/// id is.
fn platform(description: &str) -> Value {
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
        "description": description,
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

fn lang(description: &str) -> Value {
    let explain = |lang: Lang| match lang {
        Lang::ZhHans => "Simplified Chinese (简体中文), the default.",
        Lang::ZhHant => "Traditional Chinese (繁體中文).",
        Lang::En => "English.",
    };
    json!({
        "description": description,
        "type": "string",
        "enum": LANGS.iter().map(|&l| lang_code(l)).collect::<Vec<_>>(),
        "markdownEnumDescriptions": LANGS.iter().map(|&l| explain(l)).collect::<Vec<_>>(),
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

/// A file in the site folder (the avatar): a relative path with one of `extensions`.
fn file(field: &Field, extensions: &[&str]) -> Value {
    // Each extension in either case, as the parser lowercases it: `[Pp][Nn][Gg]`.
    let either_case = extensions
        .iter()
        .map(|ext| {
            ext.chars()
                .map(|c| format!("[{}{}]", c.to_ascii_uppercase(), c))
                .collect::<String>()
        })
        .collect::<Vec<_>>()
        .join("|");
    json!({
        "description": field.describe(),
        "type": "string",
        "maxLength": field.limit,
        "pattern": format!(r"\.({either_case})$"),
        "patternErrorMessage": format!("a file beside site.yaml ({})", extensions.join(", ")),
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

/// Free text: not blank, no control characters, at most the field's limit in
/// characters, on one line unless `Lines::Many`.
fn text(field: &Field, lines: Lines) -> Value {
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
        "description": field.describe(),
        "type": ["string", "number", "boolean"],
        "minLength": 1,
        "maxLength": field.limit,
        "pattern": pattern,
        "patternErrorMessage": message,
    })
}

/// A word the parser knows and this module has no enum for yet: accept anything rather
/// than refuse a valid profile. A test makes sure no field ends up here.
fn unknown() -> Value {
    json!({})
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::profile::fields::{ACCOUNT_FIELDS, FILING_FIELDS, Kind as FieldKind, THEME_FIELDS};
    use crate::profile::{self, AVATAR_EXTENSIONS, MAX_ACCOUNTS, ThemeMode, ThemeStyle};
    use serde::Deserialize as _;

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
            "avatar" | "accounts.qr_image" => ("", 'a', ".png"),
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
        // Every field whose limit counts characters, by its dotted path.
        let nested = [
            ("", TOP_FIELDS),
            ("filing.", FILING_FIELDS),
            ("accounts.", ACCOUNT_FIELDS),
        ];
        let limited = nested.iter().flat_map(|(prefix, fields)| {
            fields
                .iter()
                .filter(|f| {
                    matches!(
                        f.kind,
                        FieldKind::Line
                            | FieldKind::Lines
                            | FieldKind::Address
                            | FieldKind::File(_)
                    )
                })
                .map(move |f| (format!("{prefix}{}", f.key), f.limit))
        });
        for (path, max) in limited {
            let path = path.as_str();
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
        let tables: [(&Value, &[Field]); 4] = [
            (&schema, TOP_FIELDS),
            (&schema["properties"]["accounts"]["items"], ACCOUNT_FIELDS),
            (&schema["properties"]["theme"], THEME_FIELDS),
            (&schema["properties"]["filing"], FILING_FIELDS),
        ];
        for (object, fields) in tables {
            assert_eq!(object["additionalProperties"], false);
            let properties = object["properties"].as_object().unwrap();
            let mut described: Vec<&str> = properties.keys().map(String::as_str).collect();
            let mut known: Vec<&str> = fields.iter().map(|f| f.key).collect();
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
        let ids = Vec::<&str>::deserialize(&platform["enum"]).unwrap();
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
        let style = &schema["properties"]["theme"]["properties"]["style"];
        assert_eq!(style["enum"], json!(["brand", "soft", "outline", "mono"]));
        assert_eq!(style["default"], "brand");
        for (name, want) in [
            ("brand", ThemeStyle::Brand),
            ("soft", ThemeStyle::Soft),
            ("outline", ThemeStyle::Outline),
            ("mono", ThemeStyle::Mono),
        ] {
            let parsed = profile::parse(&format!("{BASE}theme:\n  style: {name}\n{ACCOUNT}"));
            assert_eq!(parsed.profile.unwrap().theme.style, want);
        }
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
        let avatar = file(&fields::AVATAR, AVATAR_EXTENSIONS);
        let pattern = avatar["pattern"].as_str().unwrap();
        assert!(pattern.starts_with(r"\.([Pp][Nn][Gg]|[Jj][Pp][Gg]|"));
        assert_eq!(pattern.matches('|').count(), AVATAR_EXTENSIONS.len() - 1);
    }
}
