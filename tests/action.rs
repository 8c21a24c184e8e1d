//! The GitHub Action (`action.yml`), run here as a runner would run it: each `run:` step
//! in `bash --noprofile --norc -eo pipefail`, with its `env:` and `working-directory:`,
//! the `${{ … }}` expressions filled in from the inputs, earlier steps' outputs and the
//! runner's folders, `$GITHUB_OUTPUT` and `$GITHUB_PATH` read back between steps.
//! `uses:` steps (GitHub's cache) are not run: the install step then finds no cached
//! binary and compiles one, as on a first run.
//!
//! The compile is `cargo install --path <this repository>` as the action does; to keep
//! the test's own build short it runs without optimisation
//! (`CARGO_PROFILE_RELEASE_OPT_LEVEL=0`) into `target/action/`, kept between runs, and
//! offline (`CARGO_NET_OFFLINE`): the crates are already there from building the tests.

mod common;

use std::collections::BTreeMap;
use std::path::Path;
use std::process::Command;

use common::yaml::{Node, at, get, items, parse, text};

const ROOT: &str = env!("CARGO_MANIFEST_DIR");

/// Fills in every `${{ name }}` of `template` from `values`; panics on one it does not
/// know, so a new expression in the action cannot go untested.
fn fill(template: &str, values: &BTreeMap<String, String>) -> String {
    let mut out = String::new();
    let mut rest = template;
    while let Some(start) = rest.find("${{") {
        out.push_str(&rest[..start]);
        let end = rest[start..].find("}}").expect("closed expression") + start;
        let name = rest[start + 3..end].trim();
        let value = values.get(name).unwrap_or_else(|| {
            panic!("action.yml uses `{name}`, which this test does not provide")
        });
        out.push_str(value);
        rest = &rest[end + 2..];
    }
    out.push_str(rest);
    out
}

/// Reads `NAME=value` lines of a `$GITHUB_OUTPUT` file.
fn outputs(file: &Path) -> BTreeMap<String, String> {
    std::fs::read_to_string(file)
        .unwrap_or_default()
        .lines()
        .filter_map(|line| line.split_once('='))
        .map(|(k, v)| (k.to_owned(), v.to_owned()))
        .collect()
}

/// Runs the action's steps in `workspace` with `inputs`; gives the runner's folder and
/// the action's outputs, after asserting every step succeeded.
fn run_action(workspace: &Path, inputs: &[(&str, &str)]) -> BTreeMap<String, String> {
    let action = std::fs::read_to_string(Path::new(ROOT).join("action.yml")).unwrap();
    let action = parse(&action).expect("action.yml is YAML");
    assert_eq!(text(at(&action, &["runs", "using"])), "composite");

    let runner = workspace.join("_runner");
    let tool_cache = runner.join("tool-cache");
    std::fs::create_dir_all(&tool_cache).unwrap();
    let mut values: BTreeMap<String, String> = BTreeMap::new();
    values.insert("github.action_path".into(), ROOT.into());
    values.insert("runner.tool_cache".into(), tool_cache.display().to_string());
    // Every input gets its default, then the ones given.
    let Node { value, .. } = at(&action, &["inputs"]);
    let common::yaml::Value::Map(declared) = value else {
        panic!("inputs is a mapping")
    };
    for (name, spec) in declared {
        let default = get(spec, "default").map_or("", text);
        values.insert(format!("inputs.{}", text(name)), default.to_owned());
    }
    for (name, value) in inputs {
        let key = format!("inputs.{name}");
        assert!(
            values.contains_key(&key),
            "action.yml has no input `{name}`"
        );
        values.insert(key, (*value).to_owned());
    }

    let mut path_dirs: Vec<String> = Vec::new();
    for (n, step) in items(at(&action, &["runs", "steps"])).iter().enumerate() {
        let Some(script) = get(step, "run") else {
            assert!(
                get(step, "uses").is_some(),
                "step {n} neither runs nor uses"
            );
            continue;
        };
        assert_eq!(text(at(step, &["shell"])), "bash", "step {n} runs in bash");
        let script = fill(text(script), &values);
        let output_file = runner.join(format!("output-{n}"));
        let path_file = runner.join(format!("path-{n}"));
        let dir = get(step, "working-directory").map_or(workspace.to_path_buf(), |d| {
            workspace.join(fill(text(d), &values))
        });
        let search_path = path_dirs
            .iter()
            .cloned()
            .chain(std::env::var("PATH").ok())
            .collect::<Vec<_>>()
            .join(":");
        let mut command = Command::new("bash");
        command
            .args(["--noprofile", "--norc", "-eo", "pipefail", "-c", &script])
            .current_dir(&dir)
            .env("PATH", search_path)
            .env("RUNNER_OS", "Linux")
            .env("RUNNER_TEMP", runner.join("temp"))
            .env("GITHUB_OUTPUT", &output_file)
            .env("GITHUB_PATH", &path_file)
            .env("CARGO_TARGET_DIR", Path::new(ROOT).join("target/action"))
            .env("CARGO_PROFILE_RELEASE_OPT_LEVEL", "0")
            // Tests stay off the network: the crates are there from building the tests.
            .env("CARGO_NET_OFFLINE", "true")
            .env_remove("CI");
        if let Some(common::yaml::Value::Map(env)) = get(step, "env").map(|e| &e.value) {
            for (k, v) in env {
                command.env(text(k), fill(text(v), &values));
            }
        }
        let out = command.output().unwrap();
        assert!(
            out.status.success(),
            "step {n} ({}) failed:\n{}{}",
            get(step, "name").map_or("", text),
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&out.stderr)
        );
        if let Some(id) = get(step, "id") {
            for (k, v) in outputs(&output_file) {
                values.insert(format!("steps.{}.outputs.{k}", text(id)), v);
            }
        }
        let added = std::fs::read_to_string(&path_file).unwrap_or_default();
        path_dirs.splice(0..0, added.lines().map(str::to_owned));
    }

    let Node { value, .. } = at(&action, &["outputs"]);
    let common::yaml::Value::Map(declared) = value else {
        panic!("outputs is a mapping")
    };
    declared
        .iter()
        .map(|(name, spec)| {
            let value = fill(text(at(spec, &["value"])), &values);
            (text(name).to_owned(), value)
        })
        .collect()
}

fn write_site(workspace: &Path, slug: &str) {
    let dir = workspace.join("sites").join(slug);
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(
        dir.join("site.yaml"),
        format!(
            "name: {slug}\nbase_url: https://{slug}.example.org/\nlang: en\naccounts:\n  - platform: github\n    id: {slug}\n"
        ),
    )
    .unwrap();
}

#[test]
fn the_action_installs_hutong_from_its_checkout_and_builds_the_named_sites() {
    let tmp = tempfile::tempdir().unwrap();
    let workspace = tmp.path();
    for slug in ["ada", "lin", "wu"] {
        write_site(workspace, slug);
    }
    let outputs = run_action(
        workspace,
        &[("sites", "sites/ada\n  lin"), ("output", "public")],
    );

    let public = workspace.join("public");
    assert!(public.join("ada/index.html").is_file());
    assert!(public.join("lin/go/github/index.html").is_file());
    assert!(!public.join("wu").exists(), "wu was not named");
    assert_eq!(
        outputs["output"],
        public.canonicalize().unwrap().display().to_string()
    );
    // The binary the action installed is this checkout's, into the tool cache.
    let installed: Vec<_> = std::fs::read_dir(workspace.join("_runner/tool-cache/hutong"))
        .unwrap()
        .map(|e| e.unwrap().path().join("bin/hutong"))
        .collect();
    assert_eq!(installed.len(), 1);
    let version = Command::new(&installed[0])
        .arg("--version")
        .output()
        .unwrap();
    assert_eq!(
        String::from_utf8_lossy(&version.stdout).trim(),
        format!("hutong {}", env!("CARGO_PKG_VERSION"))
    );
    // Without the dev server: the action's binary is build-only.
    let serve = Command::new(&installed[0]).arg("serve").output().unwrap();
    assert_eq!(serve.status.code(), Some(2), "no `serve` subcommand");

    // Empty `sites` builds every site; `args` are passed on; a second run finds the
    // binary in the tool cache and does not compile again.
    let before = std::fs::metadata(&installed[0])
        .unwrap()
        .modified()
        .unwrap();
    let outputs = run_action(workspace, &[("args", "--force")]);
    let dist = workspace.join("dist");
    for slug in ["ada", "lin", "wu"] {
        assert!(dist.join(slug).join("index.html").is_file(), "{slug} built");
    }
    assert_eq!(
        outputs["output"],
        dist.canonicalize().unwrap().display().to_string()
    );
    let after = std::fs::metadata(&installed[0])
        .unwrap()
        .modified()
        .unwrap();
    assert_eq!(before, after, "the cached binary was used");
}

#[test]
fn a_site_with_errors_fails_the_action_step() {
    let tmp = tempfile::tempdir().unwrap();
    let workspace = tmp.path();
    write_site(workspace, "ada");
    std::fs::write(
        workspace.join("sites/ada/site.yaml"),
        "name: ada\naccounts: []\n",
    )
    .unwrap();
    let result = std::panic::catch_unwind(|| run_action(workspace, &[]));
    let message = *result
        .expect_err("the build step fails")
        .downcast::<String>()
        .unwrap();
    assert!(message.contains("step 3 (Build) failed"), "{message}");
    assert!(message.contains("base_url"), "{message}");
}
