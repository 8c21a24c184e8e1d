//! The helper commands as a user meets them: `qr` (read back by an independent
//! decoder, with the helpers in `common/`), `schema` (checked against the example
//! sites by an independent validator), `completions` and `man`, and the schema that
//! `new` writes.

mod common;

use std::path::Path;

use assert_cmd::Command;
use common::{Grey, decode_png, rasterise_svg, read_codes};
use hutong::profile::yaml::{self, Node, Value as Yaml};
use serde_json::{Value, json};

fn hutong() -> Command {
    Command::cargo_bin("hutong").unwrap()
}

fn stdout(out: &std::process::Output) -> String {
    String::from_utf8(out.stdout.clone()).unwrap()
}

fn stderr(out: &std::process::Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

// ---------------------------------------------------------------------------------
// qr

/// Rasterises the terminal drawing as a phone sees it on a dark-background terminal:
/// a block glyph is light, a space is dark, and each character is two modules high.
fn rasterise_terminal(text: &str, px: usize) -> Grey {
    let lines: Vec<Vec<char>> = text.lines().map(|l| l.chars().collect()).collect();
    let side = lines[0].len();
    let mut pixels = vec![0u8; side * px * side * px];
    for (row, line) in lines.iter().enumerate() {
        for (x, c) in line.iter().enumerate() {
            let (top, bottom) = match c {
                '█' => (true, true),
                '▀' => (true, false),
                '▄' => (false, true),
                ' ' => (false, false),
                other => panic!("unexpected {other:?}"),
            };
            for (y, light) in [(2 * row, top), (2 * row + 1, bottom)] {
                if y >= side || !light {
                    continue;
                }
                for py in y * px..(y + 1) * px {
                    pixels[py * side * px + x * px..py * side * px + (x + 1) * px].fill(255);
                }
            }
        }
    }
    Grey {
        side: side * px,
        pixels,
    }
}

const URL: &str = "https://xiaoman.example.com/go/wechat/?from=二维码";

#[test]
fn qr_svg_reads_back_to_the_text() {
    let tmp = tempfile::tempdir().unwrap();
    let out = hutong()
        .current_dir(tmp.path())
        .args(["qr", URL, "-o", "code.svg"])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(stderr(&out).contains("wrote code.svg"), "{}", stderr(&out));
    let svg = std::fs::read_to_string(tmp.path().join("code.svg")).unwrap();
    assert!(svg.starts_with("<svg "), "{svg}");
    assert_eq!(read_codes(&rasterise_svg(&svg, 4)), [URL]);
}

#[test]
fn qr_png_reads_back_to_the_text_at_ten_pixels_a_module() {
    let tmp = tempfile::tempdir().unwrap();
    let out = hutong()
        .current_dir(tmp.path())
        .args(["qr", URL, "-o", "code.PNG"])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    let png = decode_png(&std::fs::read(tmp.path().join("code.PNG")).unwrap());
    let modules = hutong::qr::Code::new(URL).unwrap().size() + 2 * hutong::qr::QUIET_ZONE;
    assert_eq!(png.side, modules * 10);
    assert_eq!(read_codes(&png), [URL]);
}

#[test]
fn qr_reads_the_text_from_standard_input_without_the_final_line_break() {
    let tmp = tempfile::tempdir().unwrap();
    let out = hutong()
        .current_dir(tmp.path())
        .args(["qr", "-", "-o", "code.png"])
        .write_stdin(format!("{URL}\n"))
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    let png = decode_png(&std::fs::read(tmp.path().join("code.png")).unwrap());
    assert_eq!(read_codes(&png), [URL]);
}

#[test]
fn qr_in_the_terminal_has_a_line_per_two_module_rows_and_scans() {
    // 20 bytes: version 2 at level M, 25 modules + 2 × 4 quiet = 33 a side, so
    // 17 lines of 33 characters (the last one half quiet zone, half background).
    let text = "https://example.com/";
    let out = hutong().args(["qr", text]).output().unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    let drawing = stdout(&out);
    let lines: Vec<&str> = drawing.lines().collect();
    assert_eq!(lines.len(), 17, "{drawing}");
    assert!(lines.iter().all(|l| l.chars().count() == 33), "{drawing}");
    assert_eq!(read_codes(&rasterise_terminal(&drawing, 4)), [text]);
}

#[test]
fn qr_refuses_other_file_types_as_a_usage_error() {
    let tmp = tempfile::tempdir().unwrap();
    for name in ["code.jpg", "code", "svg"] {
        let out = hutong()
            .current_dir(tmp.path())
            .args(["qr", "hello", "-o", name])
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(2), "{name}");
        let err = stderr(&out);
        assert!(err.contains(".svg") && err.contains(".png"), "{err}");
        assert!(err.contains(name), "{err}");
    }
    assert_eq!(std::fs::read_dir(tmp.path()).unwrap().count(), 0);
}

#[test]
fn qr_too_long_says_how_long_and_the_limit() {
    let max = hutong::qr::MAX_BYTES;
    let out = hutong().args(["qr", &"微".repeat(800)]).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    let err = stderr(&out);
    assert!(
        err.contains("2400 bytes") && err.contains(&format!("{max} bytes")),
        "{err}"
    );
    assert!(out.stdout.is_empty());

    let out = hutong()
        .args(["qr", "-"])
        .write_stdin("\n")
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).contains("the text is empty"),
        "{}",
        stderr(&out)
    );

    let help = hutong().args(["qr", "--help"]).output().unwrap();
    assert!(
        stdout(&help).contains(&format!("at most {max} bytes")),
        "the help states the limit: {}",
        stdout(&help)
    );
}

// ---------------------------------------------------------------------------------
// schema

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
    let out = hutong().arg("schema").output().unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
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
    let out = hutong()
        .current_dir(tmp.path())
        .args(["schema", "-o", "s.json"])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    let written: Value =
        serde_json::from_str(&std::fs::read_to_string(tmp.path().join("s.json")).unwrap()).unwrap();
    assert_eq!(written, schema);
}

#[test]
fn schema_accepts_every_example_site_and_the_starter() {
    let mut profiles = example_sites();
    profiles.push(("starter".into(), hutong::starter::profile("my-site")));
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
    let broken = [
        ("unknown key", GOOD.replace("name:", "nmae:")),
        ("unknown account key", GOOD.replace("    id:", "    idd:")),
        ("bad lang", format!("{GOOD}lang: zh-CN\n")),
        (
            "empty accounts",
            GOOD.split("accounts:").next().unwrap().to_owned() + "accounts: []\n",
        ),
        (
            "platform not in the registry",
            GOOD.replace("github", "myspace"),
        ),
        (
            "missing base_url",
            GOOD.replace("base_url: https://x.example/\n", ""),
        ),
        ("bad theme mode", format!("{GOOD}theme:\n  mode: drak\n")),
        (
            "accent without #",
            format!("{GOOD}theme:\n  accent: \"e4572e\"\n"),
        ),
        ("name too long", GOOD.replace("林小满", &"名".repeat(81))),
        ("blank tagline", format!("{GOOD}tagline: \"  \"\n")),
        (
            "tagline on two lines",
            format!("{GOOD}tagline: \"one\\ntwo\"\n"),
        ),
        ("control character", format!("{GOOD}tagline: \"bell\\a\"\n")),
        (
            "bad bilibili id",
            GOOD.replace("github\n    id: octocat", "bilibili\n    id: abc"),
        ),
        (
            "account without id or url",
            GOOD.replace("    id: octocat\n", "    note: hi\n"),
        ),
        (
            "id without platform",
            GOOD.replace("  - platform: github\n    id:", "  - id:"),
        ),
        ("link with an id", GOOD.replace("github", "link")),
        (
            "app_id where it means nothing",
            format!("{GOOD}    app_id: \"123\"\n"),
        ),
        (
            "email as a url",
            GOOD.replace(
                "platform: github\n    id: octocat",
                "platform: email\n    url: https://x.example/",
            ),
        ),
        (
            "url with a user name",
            GOOD.replace("    id: octocat", "    url: https://me@github.com/octocat"),
        ),
        (
            "url not http",
            GOOD.replace("    id: octocat", "    url: javascript:alert(1)"),
        ),
        (
            "base_url with a query",
            GOOD.replace("x.example/", "x.example/?a=1"),
        ),
        (
            "avatar outside the folder",
            format!("{GOOD}avatar: ../me.png\n"),
        ),
        (
            "avatar as a URL",
            format!("{GOOD}avatar: https://x.example/me.png\n"),
        ),
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
    let out = hutong()
        .current_dir(tmp.path())
        .args(["new", "my-site"])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(
        stderr(&out).contains("created sites/site.schema.json"),
        "{}",
        stderr(&out)
    );
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
    let out = hutong()
        .current_dir(tmp.path())
        .args(["new", "second"])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(
        stderr(&out).contains("hutong schema -o sites/site.schema.json"),
        "{}",
        stderr(&out)
    );
    assert_eq!(std::fs::read_to_string(&schema_path).unwrap(), "{}\n");

    let check = hutong()
        .current_dir(tmp.path())
        .args(["check", "my-site", "second"])
        .output()
        .unwrap();
    assert!(check.status.success(), "{}", stderr(&check));
    assert!(
        stderr(&check).contains("0 errors, 0 warnings"),
        "{}",
        stderr(&check)
    );
}

// ---------------------------------------------------------------------------------
// completions and man

#[test]
fn completions_for_bash_zsh_and_fish_name_the_commands() {
    for shell in ["bash", "zsh", "fish", "elvish", "powershell"] {
        let out = hutong().args(["completions", shell]).output().unwrap();
        assert!(out.status.success(), "{shell}: {}", stderr(&out));
        let script = stdout(&out);
        assert!(script.contains("hutong"), "{shell}");
        for command in ["build", "check", "platforms", "qr", "schema"] {
            assert!(script.contains(command), "{shell} lacks `{command}`");
        }
    }
    let out = hutong().args(["completions", "tcsh"]).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
}

#[test]
fn man_prints_a_roff_page_or_writes_one_per_command() {
    let out = hutong().arg("man").output().unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    let page = stdout(&out);
    assert!(page.contains(".TH hutong 1"), "{page}");
    assert!(page.contains(".SH NAME"), "{page}");
    assert!(page.contains("hutong\\-qr"), "{page}");

    let tmp = tempfile::tempdir().unwrap();
    let out = hutong()
        .current_dir(tmp.path())
        .args(["man", "-o", "man/man1"])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    let dir = tmp.path().join("man/man1");
    for name in [
        "hutong.1",
        "hutong-build.1",
        "hutong-qr.1",
        "hutong-schema.1",
    ] {
        let page =
            std::fs::read_to_string(dir.join(name)).unwrap_or_else(|e| panic!("{name}: {e}"));
        assert!(page.contains(".SH NAME"), "{name}");
    }
    assert!(!dir.join("hutong-help.1").exists());
}

#[test]
fn the_new_commands_have_help() {
    for command in ["qr", "schema", "completions", "man"] {
        let out = hutong().args([command, "--help"]).output().unwrap();
        assert!(out.status.success(), "{command}");
        assert!(
            stdout(&out).contains(&format!("Usage: hutong {command}")),
            "{command}"
        );
    }
}
