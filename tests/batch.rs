//! Batch builds as an agency's CI runs them: the JSON report, shards across a matrix,
//! no progress bar in logs, and the GitHub Actions workflow `hutong new` writes.

mod common;

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use common::cli::{assert_stderr_has, assert_success, bin, run_in, run_in_with, stderr};
use common::site::{project_with_site, write_project_site};
use common::yaml::{at, get, items, parse, text};
use serde_json::Value;

fn simple_site(slug: &str) -> String {
    format!(
        "name: {slug}\nbase_url: https://{slug}.example.com/\naccounts:\n  - url: https://github.com/{slug}\n  - platform: bilibili\n    id: \"12345678\"\n"
    )
}

/// `n` sites `<prefix>0`, `<prefix>1`… under `project/sites/`, each a [`simple_site`].
fn write_simple_sites(project: &Path, prefix: &str, n: usize) {
    for i in 0..n {
        let slug = format!("{prefix}{i}");
        write_project_site(project, &slug, &simple_site(&slug));
    }
}

/// Every file under `dir`, with its size.
fn files(dir: &Path) -> Vec<(PathBuf, u64)> {
    let mut out = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        for entry in std::fs::read_dir(d).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                stack.push(path);
            } else {
                let size = std::fs::metadata(&path).unwrap().len();
                out.push((path, size));
            }
        }
    }
    out
}

fn keys(value: &Value) -> Vec<&str> {
    let mut keys: Vec<&str> = value
        .as_object()
        .unwrap()
        .keys()
        .map(String::as_str)
        .collect();
    keys.sort();
    keys
}

#[test]
fn the_json_report_is_valid_and_complete() {
    let tmp = tempfile::tempdir().unwrap();
    let root = tmp.path();
    write_project_site(root, "good", &simple_site("good"));
    // A warning: Douyin's app link needs an app_id the profile lacks.
    write_project_site(
        root,
        "warned",
        "name: W\nlang: en\nbase_url: https://w.example/\naccounts:\n  - platform: douyin\n    url: https://www.douyin.com/user/MS4wLjABAAAAv7iSuuXDJGDvJkmH_vz1qkDZYo1apxgzaxdBSeIuPiM\n",
    );
    write_project_site(
        root,
        "broken",
        "name: B\nbase_url: https://b.example/\nacounts: []\n",
    );
    let out = run_in(root, &["build", "--format", "json", "-o", "public"]);
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    let report: Value = serde_json::from_slice(&out.stdout).expect("stdout is JSON only");
    assert_eq!(
        keys(&report),
        [
            "elapsed_ms",
            "ok",
            "out_dir",
            "shard",
            "sites",
            "totals",
            "version"
        ]
    );
    assert_eq!(report["version"], 1);
    assert_eq!(report["ok"], false);
    assert_eq!(report["shard"], Value::Null);
    assert_eq!(report["out_dir"], "public");
    assert!(report["elapsed_ms"].as_f64().unwrap() > 0.0);

    let sites = report["sites"].as_array().unwrap();
    let slugs: Vec<&str> = sites.iter().map(|s| s["slug"].as_str().unwrap()).collect();
    assert_eq!(
        slugs,
        ["broken", "good", "warned"],
        "in the order given (sorted)"
    );
    for site in sites {
        assert_eq!(
            keys(site),
            [
                "bytes",
                "dir",
                "errors",
                "files",
                "ok",
                "out",
                "pages",
                "profile",
                "qr_codes",
                "slug",
                "timings_ms",
                "up_to_date",
                "warnings"
            ]
        );
        assert_eq!(
            keys(&site["timings_ms"]),
            ["links", "parse", "qr", "render", "write"]
        );
        let slug = site["slug"].as_str().unwrap();
        assert_eq!(site["dir"], format!("sites/{slug}"));
        assert_eq!(site["profile"], format!("sites/{slug}/site.yaml"));
        if slug == "broken" {
            assert_eq!(site["ok"], false);
            assert_eq!(site["out"], Value::Null);
            for zero in ["pages", "qr_codes", "files", "bytes"] {
                assert_eq!(site[zero], 0, "{zero}");
            }
            assert!(!root.join("public/broken").exists());
            let errors = site["errors"].as_array().unwrap();
            assert_eq!(errors.len(), 2, "{errors:?}");
            let unknown = errors
                .iter()
                .find(|e| e["message"] == "unknown key `acounts` in the profile")
                .unwrap();
            assert_eq!(keys(unknown), ["code", "column", "hint", "line", "message"]);
            assert_eq!(unknown["code"], "unknown-key");
            assert_eq!(
                (unknown["line"].as_u64(), unknown["column"].as_u64()),
                (Some(3), Some(1))
            );
            assert_eq!(unknown["hint"], "did you mean `accounts`?");
            continue;
        }
        assert_eq!(site["ok"], true);
        assert_eq!(site["errors"], Value::Array(vec![]));
        let out_dir = root.join(site["out"].as_str().unwrap());
        assert_eq!(out_dir, root.join("public").join(slug));
        // The numbers are what is on disk.
        let written = files(&out_dir);
        let html = written
            .iter()
            .filter(|(p, _)| p.extension().is_some_and(|e| e == "html"))
            .count();
        let pngs = written
            .iter()
            .filter(|(p, _)| p.extension().is_some_and(|e| e == "png"))
            .count();
        assert_eq!(site["pages"], html, "{slug}");
        assert_eq!(site["qr_codes"], pngs, "{slug}");
        assert_eq!(site["files"], written.len(), "{slug}");
        assert_eq!(
            site["bytes"],
            written.iter().map(|(_, n)| n).sum::<u64>(),
            "{slug}"
        );
        // Every site here keeps the starter's placeholders (an example.com base_url,
        // bilibili 12345678), which warn; the count below is of the other warnings.
        let warnings: Vec<_> = site["warnings"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|w| !matches!(w["code"].as_str(), Some("base-url-example" | "starter-id")))
            .collect();
        if slug == "warned" {
            assert_eq!(warnings.len(), 1);
            assert!(
                warnings[0]["message"]
                    .as_str()
                    .unwrap()
                    .contains("has no `app_id`"),
                "{warnings:?}"
            );
            assert_eq!(warnings[0]["line"], 5);
        } else {
            assert!(warnings.is_empty());
        }
    }
    let totals = &report["totals"];
    let sum = |key: &str| sites.iter().map(|s| s[key].as_u64().unwrap()).sum::<u64>();
    for key in ["pages", "qr_codes", "files", "bytes"] {
        assert_eq!(totals[key].as_u64().unwrap(), sum(key), "{key}");
    }
    // The placeholder warnings counted in too (see above).
    let warnings: u64 = sites
        .iter()
        .map(|s| s["warnings"].as_array().unwrap().len() as u64)
        .sum();
    assert!(warnings > 1);
    assert_eq!(
        (
            &totals["sites"],
            &totals["ok"],
            &totals["failed"],
            &totals["errors"],
            &totals["warnings"]
        ),
        (&3.into(), &2.into(), &1.into(), &2.into(), &warnings.into())
    );
    // People still get their messages, on standard error.
    assert!(stderr(&out).contains("unknown key `acounts`"));
    assert!(stderr(&out).contains("1 site failed"));
}

#[test]
fn the_shards_of_a_batch_are_disjoint_and_build_every_site_once() {
    let tmp = tempfile::tempdir().unwrap();
    let root = tmp.path();
    let all: BTreeSet<String> = (0..24).map(|i| format!("site-{i:02}")).collect();
    for slug in &all {
        write_project_site(root, slug, &simple_site(slug));
    }
    let count = 4;
    let mut built: Vec<String> = Vec::new();
    for index in 1..=count {
        let shard = format!("{index}/{count}");
        let out = run_in(
            root,
            &["build", "--shard", &shard, "--format", "json", "-o", "dist"],
        );
        assert_success(&out);
        let report: Value = serde_json::from_slice(&out.stdout).unwrap();
        assert_eq!(report["shard"]["index"], index);
        assert_eq!(report["shard"]["count"], count);
        let slugs: Vec<String> = report["sites"]
            .as_array()
            .unwrap()
            .iter()
            .map(|s| s["slug"].as_str().unwrap().to_owned())
            .collect();
        assert_stderr_has(&out, &format!("shard {shard}: {} of 24 sites", slugs.len()));
        built.extend(slugs);
    }
    let unique: BTreeSet<String> = built.iter().cloned().collect();
    assert_eq!(
        built.len(),
        unique.len(),
        "no site is in two shards: {built:?}"
    );
    assert_eq!(unique, all, "every site is in a shard");
    let mut on_disk: BTreeSet<String> = std::fs::read_dir(root.join("dist"))
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    assert!(on_disk.remove(".hutong"), "the record of what was built");
    assert_eq!(on_disk, all, "one folder per site, nothing else");

    // The same slice again is the same sites: a CI rerun builds what it built before.
    let again = run_in(
        root,
        &["build", "--shard", "2/4", "--format", "json", "-o", "dist"],
    );
    let first = run_in(
        root,
        &["build", "--shard", "2/4", "--format", "json", "-o", "dist"],
    );
    let slugs = |out: &Output| -> Vec<Value> {
        let report: Value = serde_json::from_slice(&out.stdout).unwrap();
        report["sites"]
            .as_array()
            .unwrap()
            .iter()
            .map(|s| s["slug"].clone())
            .collect()
    };
    assert_eq!(slugs(&again), slugs(&first));
}

#[test]
fn a_bad_shard_is_a_usage_error() {
    let tmp = project_with_site("a", &simple_site("a"));
    for bad in ["0/2", "3/2", "2", "a/b"] {
        let out = run_in(tmp.path(), &["build", "--shard", bad]);
        assert_eq!(out.status.code(), Some(2), "{bad}");
        assert_stderr_has(&out, "write K/N with 1 ≤ K ≤ N");
    }
}

#[test]
fn an_empty_shard_builds_nothing_and_succeeds() {
    let tmp = project_with_site("a", &simple_site("a"));
    let mut empty = 0;
    for index in 1..=8 {
        let out = run_in(
            tmp.path(),
            &[
                "build",
                "--shard",
                &format!("{index}/8"),
                "--format",
                "json",
            ],
        );
        assert_success(&out);
        let report: Value = serde_json::from_slice(&out.stdout).unwrap();
        empty += usize::from(report["sites"].as_array().unwrap().is_empty());
    }
    assert_eq!(empty, 7, "one site, in exactly one of eight shards");
}

#[test]
fn no_progress_bar_when_standard_error_is_not_a_terminal() {
    let tmp = tempfile::tempdir().unwrap();
    write_simple_sites(tmp.path(), "s", 40);
    let out = run_in(tmp.path(), &["build", "-j", "1"]);
    assert!(out.status.success());
    let err = stderr(&out);
    assert!(!err.contains('\r') && !err.contains("\x1b["), "{err:?}");
    // The sites' placeholder warnings come first; the summary is one plain line.
    assert!(err.contains("\nbuilt 40 sites into dist:"), "{err}");
}

#[test]
fn new_writes_a_github_pages_workflow_once() {
    let tmp = tempfile::tempdir().unwrap();
    let out = run_in(tmp.path(), &["new", "lin", "--github-actions"]);
    assert_success(&out);
    let path = tmp.path().join(".github/workflows/hutong.yml");
    let workflow = std::fs::read_to_string(&path).unwrap();
    let yaml = parse(&workflow).expect("valid YAML");
    let steps = items(at(&yaml, &["jobs", "build", "steps"]));
    let runs: Vec<&str> = steps
        .iter()
        .filter_map(|s| get(s, "run"))
        .map(text)
        .collect();
    // The build is the repository's own action at this version, given the site.
    let build = steps
        .iter()
        .find(|s| get(s, "name").is_some_and(|n| text(n) == "Build"))
        .expect("a Build step");
    let uses = text(at(build, &["uses"]));
    assert_eq!(
        uses,
        format!("hutong-ssg/hutong@v{}", env!("CARGO_PKG_VERSION"))
    );
    assert_eq!(
        format!("https://github.com/{}", uses.split('@').next().unwrap()),
        env!("CARGO_PKG_REPOSITORY")
    );
    assert_eq!(text(at(build, &["with", "sites"])), "sites/lin");
    assert_eq!(text(at(build, &["with", "output"])), "dist");
    // Every input it gives is one the action declares.
    let action =
        std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/action.yml")).unwrap();
    let action = parse(&action).unwrap();
    for (name, _) in match &at(build, &["with"]).value {
        common::yaml::Value::Map(entries) => entries,
        _ => panic!("with is a mapping"),
    } {
        get(at(&action, &["inputs"]), text(name)).expect("a declared input");
    }
    assert!(workflow.contains(
        "uses: actions/upload-pages-artifact@v3\n        with:\n          path: dist/lin\n"
    ));
    assert!(workflow.contains("uses: actions/deploy-pages@v4"));
    // A daily rebuild for schedules, and keys.lock kept in the repository.
    let crons = items(at(&yaml, &["on", "schedule"]));
    assert_eq!(text(at(&crons[0], &["cron"])), "5 16 * * *");
    assert!(
        runs.iter()
            .any(|r| r.starts_with("git add sites/lin/keys.lock\n") && r.contains("git push")),
        "{runs:?}"
    );
    assert_eq!(text(at(&yaml, &["permissions", "contents"])), "write");
    assert_eq!(text(at(&yaml, &["permissions", "pages"])), "write");
    assert_eq!(text(at(&yaml, &["permissions", "id-token"])), "write");
    assert!(stderr(&out).contains("created .github/workflows/hutong.yml"));
    assert!(stderr(&out).contains("Settings → Pages"));

    // Never overwritten; and `--github-actions` adds it to a site that exists already.
    std::fs::write(&path, "# mine\n").unwrap();
    let again = run_in(tmp.path(), &["new", "lin", "--github-actions"]);
    assert_success(&again);
    assert!(stderr(&again).contains("exists already; left as it is"));
    assert_eq!(std::fs::read_to_string(&path).unwrap(), "# mine\n");
    std::fs::remove_file(&path).unwrap();
    let added = run_in(tmp.path(), &["new", "lin", "--github-actions"]);
    assert!(added.status.success());
    assert!(path.exists());
    // Without the flag, an existing profile is still an error.
    assert_eq!(run_in(tmp.path(), &["new", "lin"]).status.code(), Some(2));
}

#[cfg(unix)]
#[test]
fn a_closed_pipe_ends_output_quietly() {
    use std::io::Read;
    let mut child = Command::new(bin())
        .args(["platforms", "--json"])
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    let mut first = [0u8; 16];
    child.stdout.take().unwrap().read_exact(&mut first).unwrap();
    // stdout is closed now, as `| head -c 16` would.
    let mut err = String::new();
    child
        .stderr
        .take()
        .unwrap()
        .read_to_string(&mut err)
        .unwrap();
    let status = child.wait().unwrap();
    assert!(!err.contains("panicked"), "{err}");
    assert!(!err.contains("Broken pipe"), "{err}");
    use std::os::unix::process::ExitStatusExt;
    assert!(
        status.success() || status.signal() == Some(13),
        "{status:?}"
    );
}

/// A batch says each kind of warning in full for the first three sites and counts the
/// rest in one line; errors are always said in full; `--verbose` says everything; the
/// JSON report has every warning of every site.
#[test]
fn many_sites_warnings_of_one_kind_are_counted_after_the_first_few() {
    let tmp = tempfile::tempdir().unwrap();
    write_simple_sites(tmp.path(), "a", 8);
    write_project_site(
        tmp.path(),
        "bad",
        "name: bad\nbase_url: https://bad.example.com/\naccounts: []\n",
    );
    let paths = |err: &str| -> Vec<String> {
        (0..8)
            .map(|i| format!("sites/a{i}/site.yaml"))
            .filter(|p| err.contains(p.as_str()))
            .collect()
    };

    for command in ["build", "check"] {
        let out = run_in(tmp.path(), &[command]);
        assert_eq!(out.status.code(), Some(1), "{command}: the bad site fails");
        let err = stderr(&out);
        assert_eq!(
            paths(&err),
            [
                "sites/a0/site.yaml",
                "sites/a1/site.yaml",
                "sites/a2/site.yaml"
            ]
        );
        // Two kinds (the example.com address, the placeholder bilibili id), each counted
        // once for the five other sites.
        assert_eq!(
            err.matches("…and 5 more sites like this [").count(),
            2,
            "{command}:\n{err}"
        );
        assert!(err.contains("(`--verbose` lists them)"), "{err}");
        // The failing site: its error, and its warning too, in full.
        assert!(err.contains("error: sites/bad/site.yaml:3:"), "{err}");
        assert!(err.contains("warning: sites/bad/site.yaml:2:"), "{err}");

        let verbose = run_in(tmp.path(), &[command, "--verbose"]);
        let err = stderr(&verbose);
        assert_eq!(paths(&err).len(), 8, "{command} --verbose:\n{err}");
        assert!(!err.contains("more sites"), "{err}");
    }

    // In Chinese, with the same counts.
    let out = run_in_with(tmp.path(), ("HUTONG_LANG", "zh-Hans"), &["check"]);
    assert_eq!(stderr(&out).matches("……还有 5 个站点同样如此 [").count(), 2);

    let out = run_in(tmp.path(), &["build", "--force", "--format", "json"]);
    let report: Value = serde_json::from_slice(&out.stdout).unwrap();
    let sites = report["sites"].as_array().unwrap();
    let warned = sites
        .iter()
        .filter(|s| !s["warnings"].as_array().unwrap().is_empty())
        .count();
    assert_eq!(warned, 9, "every site's warnings are in the report");
}
