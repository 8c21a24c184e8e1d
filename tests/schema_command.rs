//! `hutong schema`, the JSON Schema editors validate `site.yaml` with: checked by an
//! independent validator (boon) in the two dialects editors use, against the example
//! sites, every platform's example ids and what the parser refuses; and the schema file
//! that `hutong new` writes beside the sites.

mod common;

use std::path::Path;

use common::cli::{assert_stderr_has, assert_success, run, run_in};
use hutong::profile::yaml::{self, Node, Value as Yaml};
use serde_json::{Value, json};

/// A YAML tree as an editor's YAML library reads it (YAML 1.2 core schema): plain
/// `true`/`false` are booleans, plain numbers are numbers, everything else is text.
/// hutong itself keeps every scalar as text; the schema must accept both readings.
fn to_json(node: &Node) -> Value {
    match &node.value {
        Yaml::Null => Value::Null,
        Yaml::Scalar { text, plain: false } => Value::String(text.clone()),
        Yaml::Scalar { text, plain: true } => core_scalar(text),
        Yaml::Seq(items) => Value::Array(items.iter().map(to_json).collect()),
        Yaml::Map(entries) => Value::Object(
            entries
                .iter()
                .map(|(k, v)| match &k.value {
                    Yaml::Scalar { text, .. } => (text.clone(), to_json(v)),
                    other => panic!("key {other:?}"),
                })
                .collect(),
        ),
    }
}

fn core_scalar(text: &str) -> Value {
    match text {
        "true" | "True" | "TRUE" => return json!(true),
        "false" | "False" | "FALSE" => return json!(false),
        _ => {}
    }
    let digits = text.strip_prefix(['-', '+']).unwrap_or(text);
    if !digits.is_empty()
        && digits.bytes().all(|b| b.is_ascii_digit())
        && let Ok(n) = text.parse::<i64>()
    {
        return json!(n);
    }
    if text.bytes().any(|b| b.is_ascii_digit())
        && text
            .bytes()
            .all(|b| b.is_ascii_digit() || b"+-.eE".contains(&b))
        && let Ok(n) = text.parse::<f64>()
    {
        return json!(n);
    }
    Value::String(text.to_owned())
}

fn yaml_to_json(source: &str) -> Value {
    to_json(&yaml::parse(source).expect("valid YAML"))
}

/// The schema compiled by an independent validator (boon), which also checks it
/// against the 2020-12 meta-schema. `draft7` compiles it as draft-07 instead, the
/// dialect yaml-language-server and VS Code validate with: the schema must mean the
/// same in both.
struct Validator {
    schemas: boon::Schemas,
    index: boon::SchemaIndex,
}

impl Validator {
    fn new(mut schema: Value, draft7: bool) -> Validator {
        if draft7 {
            schema["$schema"] = json!("http://json-schema.org/draft-07/schema#");
        }
        let mut schemas = boon::Schemas::new();
        let mut compiler = boon::Compiler::new();
        let url = "file:///site.schema.json";
        compiler.add_resource(url, schema).unwrap();
        let index = compiler
            .compile(url, &mut schemas)
            .unwrap_or_else(|e| panic!("the schema does not compile: {e:#}"));
        Validator { schemas, index }
    }

    fn check(&self, instance: &Value) -> Result<(), String> {
        self.schemas
            .validate(instance, self.index)
            .map_err(|e| format!("{e}"))
    }
}

fn printed_schema() -> Value {
    let out = run(&["schema"]);
    assert_success(&out);
    serde_json::from_slice(&out.stdout).expect("hutong schema prints JSON")
}

fn validators() -> [Validator; 2] {
    let schema = printed_schema();
    [
        Validator::new(schema.clone(), false),
        Validator::new(schema, true),
    ]
}

fn example_sites() -> Vec<(String, String)> {
    let mut sites: Vec<(String, String)> = std::fs::read_dir("sites")
        .unwrap()
        .map(|e| e.unwrap().path().join("site.yaml"))
        .filter(|p| p.is_file())
        .map(|p| {
            (
                p.display().to_string(),
                std::fs::read_to_string(&p).unwrap(),
            )
        })
        .collect();
    sites.sort();
    assert!(sites.len() >= 2, "the example sites are missing");
    sites
}

#[test]
fn schema_is_json_schema_2020_12_and_closed() {
    let schema = printed_schema();
    assert_eq!(
        schema["$schema"],
        "https://json-schema.org/draft/2020-12/schema"
    );
    assert_eq!(schema["additionalProperties"], false);
    assert_eq!(schema["required"], json!(["name", "base_url", "accounts"]));
    let accounts = &schema["properties"]["accounts"];
    assert_eq!(accounts["minItems"], 1);
    assert_eq!(accounts["maxItems"], 500);
    assert_eq!(accounts["items"]["additionalProperties"], false);
    assert_eq!(
        schema["properties"]["theme"]["properties"]["accent"]["pattern"],
        "^#([0-9a-fA-F]{3}|[0-9a-fA-F]{6})$"
    );
    assert_eq!(
        schema["properties"]["lang"]["enum"],
        json!(["zh-Hans", "zh-Hant", "en"])
    );
    // `-o` writes the same text.
    let tmp = tempfile::tempdir().unwrap();
    let out = run_in(tmp.path(), &["schema", "-o", "s.json"]);
    assert_success(&out);
    let written: Value =
        serde_json::from_str(&std::fs::read_to_string(tmp.path().join("s.json")).unwrap()).unwrap();
    assert_eq!(written, schema);
}

#[test]
fn schema_accepts_every_example_site_and_the_starter() {
    let mut profiles = example_sites();
    for lang in hutong::Lang::ALL {
        let starter = hutong::starter::profile("my-site", lang);
        profiles.push((format!("starter ({})", lang.tag()), starter));
    }
    for validator in validators() {
        for (name, source) in &profiles {
            assert!(
                hutong::profile::parse(source).profile.is_some(),
                "{name} is not valid for hutong itself"
            );
            if let Err(e) = validator.check(&yaml_to_json(source)) {
                panic!("{name} fails the schema: {e}");
            }
        }
    }
}

#[test]
fn schema_accepts_what_editors_read_as_numbers_and_booleans() {
    // Unquoted, `12345678` is a number to an editor and text to hutong; both accept it.
    let source = "name: 2077\nbase_url: https://x.example/\naccounts:\n  - platform: bilibili\n    id: 12345678\n    hidden: false\n";
    assert!(hutong::profile::parse(source).profile.is_some());
    let instance = yaml_to_json(source);
    assert_eq!(instance["accounts"][0]["id"], 12345678);
    for validator in validators() {
        validator.check(&instance).unwrap();
    }
}

#[test]
fn schema_accepts_every_platforms_example_ids() {
    let validators = validators();
    for p in hutong::platforms::all() {
        let mut accounts = Vec::new();
        for form in p.forms {
            let mut account = json!({ "platform": p.id, "id": form.example });
            if let Some(rule) = &p.app_id {
                account["app_id"] = json!(rule.example);
            }
            accounts.push(account);
        }
        if accounts.is_empty() {
            accounts.push(json!({ "platform": p.id, "url": "https://example.com/" }));
        }
        let instance =
            json!({ "name": "x", "base_url": "https://x.example/", "accounts": accounts });
        for validator in &validators {
            if let Err(e) = validator.check(&instance) {
                panic!("{}: {e}", p.id);
            }
        }
    }
}

#[test]
fn schema_refuses_what_the_parser_refuses() {
    const GOOD: &str = "name: 林小满\nbase_url: https://x.example/\naccounts:\n  - platform: github\n    id: octocat\n";
    #[rustfmt::skip]
    let broken = [
        ("unknown key", GOOD.replace("name:", "nmae:")),
        ("unknown account key", GOOD.replace("    id:", "    idd:")),
        ("bad lang", format!("{GOOD}lang: zh-CN\n")),
        ("empty accounts", GOOD.split("accounts:").next().unwrap().to_owned() + "accounts: []\n"),
        ("platform not in the registry", GOOD.replace("github", "myspace")),
        ("missing base_url", GOOD.replace("base_url: https://x.example/\n", "")),
        ("bad theme mode", format!("{GOOD}theme:\n  mode: drak\n")),
        ("accent without #", format!("{GOOD}theme:\n  accent: \"e4572e\"\n")),
        ("name too long", GOOD.replace("林小满", &"名".repeat(81))),
        ("blank tagline", format!("{GOOD}tagline: \"  \"\n")),
        ("tagline on two lines", format!("{GOOD}tagline: \"one\\ntwo\"\n")),
        ("control character", format!("{GOOD}tagline: \"bell\\a\"\n")),
        ("bad bilibili id", GOOD.replace("github\n    id: octocat", "bilibili\n    id: abc")),
        ("account without id or url", GOOD.replace("    id: octocat\n", "    note: hi\n")),
        ("id without platform", GOOD.replace("  - platform: github\n    id:", "  - id:")),
        ("link with an id", GOOD.replace("github", "link")),
        ("app_id where it means nothing", format!("{GOOD}    app_id: \"123\"\n")),
        ("email as a url", GOOD.replace("platform: github\n    id: octocat", "platform: email\n    url: https://x.example/")),
        ("url with a user name", GOOD.replace("    id: octocat", "    url: https://me@github.com/octocat")),
        ("url not http", GOOD.replace("    id: octocat", "    url: javascript:alert(1)")),
        ("base_url with a query", GOOD.replace("x.example/", "x.example/?a=1")),
        ("avatar outside the folder", format!("{GOOD}avatar: ../me.png\n")),
        ("avatar as a URL", format!("{GOOD}avatar: https://x.example/me.png\n")),
        ("avatar of another type", format!("{GOOD}avatar: me.bmp\n")),
        ("hidden as text", format!("{GOOD}    hidden: \"yes\"\n")),
        ("filing key", format!("{GOOD}filing:\n  icpp: x\n")),
    ];
    assert!(hutong::profile::parse(GOOD).profile.is_some());
    let validators = validators();
    for validator in &validators {
        validator.check(&yaml_to_json(GOOD)).unwrap();
    }
    for (what, source) in &broken {
        assert!(
            hutong::profile::parse(source).profile.is_none(),
            "{what}: the parser accepts it, so the schema should too:\n{source}"
        );
        for validator in &validators {
            assert!(
                validator.check(&yaml_to_json(source)).is_err(),
                "{what}: the schema accepts\n{source}"
            );
        }
    }
}

#[test]
fn new_writes_the_schema_its_starter_points_at_once() {
    let tmp = tempfile::tempdir().unwrap();
    let out = run_in(tmp.path(), &["new", "my-site"]);
    assert_success(&out);
    assert_stderr_has(&out, "created sites/site.schema.json");
    let profile = std::fs::read_to_string(tmp.path().join("sites/my-site/site.yaml")).unwrap();
    let first = profile.lines().next().unwrap();
    assert_eq!(first, "# yaml-language-server: $schema=../site.schema.json");
    // The modeline's path, relative to the profile's folder, is the schema file.
    let target = Path::new("sites/my-site").join(first.rsplit_once('=').unwrap().1);
    let written: Value =
        serde_json::from_str(&std::fs::read_to_string(tmp.path().join(target)).unwrap()).unwrap();
    assert_eq!(written, printed_schema());

    // Another site leaves an up-to-date schema alone, and a changed one too (with a note).
    let schema_path = tmp.path().join("sites/site.schema.json");
    std::fs::write(&schema_path, "{}\n").unwrap();
    let out = run_in(tmp.path(), &["new", "second"]);
    assert_success(&out);
    assert_stderr_has(&out, "hutong schema -o sites/site.schema.json");
    assert_eq!(std::fs::read_to_string(&schema_path).unwrap(), "{}\n");

    let check = run_in(tmp.path(), &["check", "my-site", "second"]);
    assert_success(&check);
    // Each starter's five placeholders warn (see tests/cli.rs); no error.
    assert_stderr_has(&check, "0 errors, 10 warnings");
}
