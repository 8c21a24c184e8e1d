//! Incremental builds: a site is built again when, and only when, something it is made
//! from changed — its profile, its avatar, `keys.lock`, any other file of its folder,
//! hutong's version, the date its schedule turns — or its output is gone; every other
//! site's files are left untouched, and the result is the same as a fresh build.

mod common;

use common::assert_contains;

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::Stdio;
use std::time::SystemTime;

use common::cli::{assert_success, bin, run_in, run_in_with, stderr};
use common::site::{read_tree_with, write_project_site};
use hutong::batch::{self, Options, Report, record};
use serde_json::Value;

const SLUGS: [&str; 4] = ["ana", "bo", "cai", "dong"];

fn profile(slug: &str, name: &str) -> String {
    format!(
        "name: {name}\nbase_url: https://{slug}.example.com/\naccounts:\n  - url: https://github.com/{slug}\n  - platform: bilibili\n    id: \"12345678\"\n"
    )
}

/// A project of four sites under `root/sites/`; `bo` has an avatar, `ana` its own CSS.
fn project(root: &Path) -> Vec<PathBuf> {
    for slug in SLUGS {
        write_project_site(root, slug, &profile(slug, slug));
    }
    let bo = root.join("sites/bo");
    let avatar =
        std::fs::read(Path::new(env!("CARGO_MANIFEST_DIR")).join("sites/xiaoman/avatar.png"))
            .unwrap();
    std::fs::write(bo.join("avatar.png"), avatar).unwrap();
    let yaml = std::fs::read_to_string(bo.join("site.yaml")).unwrap();
    std::fs::write(bo.join("site.yaml"), format!("avatar: avatar.png\n{yaml}")).unwrap();
    let ana = root.join("sites/ana");
    std::fs::write(ana.join("custom.css"), "h1 { letter-spacing: .1em }\n").unwrap();
    let yaml = std::fs::read_to_string(ana.join("site.yaml")).unwrap();
    std::fs::write(
        ana.join("site.yaml"),
        format!("theme:\n  css: custom.css\n{yaml}"),
    )
    .unwrap();
    SLUGS.iter().map(|s| root.join("sites").join(s)).collect()
}

fn options(sites: &[PathBuf], out: &Path) -> Options {
    Options {
        sites: sites.to_vec(),
        out_dir: out.to_path_buf(),
        jobs: 2,
        ..Options::default()
    }
}

/// A project (see [`project`]) in a temporary folder, built once into its `dist/`:
/// the folder, the output folder, and the options that built it.
fn built_project() -> (tempfile::TempDir, PathBuf, Options) {
    let tmp = tempfile::tempdir().unwrap();
    let sites = project(tmp.path());
    let out = tmp.path().join("dist");
    let options = options(&sites, &out);
    assert_eq!(
        built(&build(&options)),
        SLUGS,
        "a first build builds every site"
    );
    (tmp, out, options)
}

fn build(options: &Options) -> Report {
    let report = batch::build(options);
    assert_eq!(
        report.failed(),
        0,
        "{:?}",
        report
            .sites
            .iter()
            .map(hutong::build::describe_failure)
            .collect::<Vec<_>>()
    );
    assert!(report.record_error.is_none(), "{:?}", report.record_error);
    report
}

/// The slugs a batch built (rather than found up to date), sorted.
fn built(report: &Report) -> Vec<&str> {
    let mut slugs: Vec<&str> = report
        .sites
        .iter()
        .filter(|s| !s.up_to_date)
        .map(|s| s.site.slug.as_str())
        .collect();
    slugs.sort();
    slugs
}

/// A file's identity on disk: its modification time and, on Unix, its inode (a rewrite
/// through the staging folder makes new files, even within the clock's resolution).
type Stamp = (SystemTime, u64);

fn stamp(path: &Path) -> Stamp {
    let meta = std::fs::metadata(path).unwrap();
    #[cfg(unix)]
    let ino = std::os::unix::fs::MetadataExt::ino(&meta);
    #[cfg(not(unix))]
    let ino = 0;
    (meta.modified().unwrap(), ino)
}

/// `hutong build --format json` in the project `dir`, on the day of `epoch` (as
/// `SOURCE_DATE_EPOCH`): the JSON report.
fn build_json_at(dir: &Path, epoch: i64) -> Value {
    let out = run_in_with(
        dir,
        ("SOURCE_DATE_EPOCH", &epoch.to_string()),
        &["build", "--format", "json"],
    );
    assert_success(&out);
    serde_json::from_slice(&out.stdout).unwrap()
}

/// The stamps of every site's output files, by slug.
fn stamps(out: &Path) -> BTreeMap<&'static str, BTreeMap<String, Stamp>> {
    SLUGS
        .iter()
        .map(|slug| (*slug, read_tree_with(&out.join(slug), &stamp)))
        .collect()
}

/// Asserts that every site but `changed` kept every output file as it was.
fn assert_untouched_but(
    before: &BTreeMap<&str, BTreeMap<String, Stamp>>,
    after: &BTreeMap<&str, BTreeMap<String, Stamp>>,
    changed: &str,
) {
    for slug in SLUGS.iter().filter(|s| **s != changed) {
        assert_eq!(before[slug], after[slug], "{slug}'s files were rewritten");
    }
    assert_ne!(
        before[changed], after[changed],
        "{changed} was not rewritten"
    );
}

fn record_text(out: &Path) -> String {
    std::fs::read_to_string(out.join(record::DIR).join(record::FILE)).unwrap()
}

/// An input changed: what, the site it belongs to, and how.
type Change<'a> = (&'a str, &'a str, Box<dyn Fn() + 'a>);

#[test]
fn each_kind_of_input_rebuilds_its_site_and_no_other() {
    let (tmp, out, options) = built_project();

    let again = build(&options);
    assert_eq!(built(&again), Vec::<&str>::new(), "nothing changed");
    assert_eq!(again.up_to_date(), 4);
    let bo = &again.sites[1];
    assert_eq!(bo.written.as_ref().unwrap().dir, out.join("bo"));
    assert!(
        bo.written.as_ref().unwrap().counts.files > 10,
        "the record keeps what was written"
    );

    let site = |slug: &str| tmp.path().join("sites").join(slug);
    let append = |path: PathBuf, extra: &[u8]| {
        let mut bytes = std::fs::read(&path).unwrap();
        bytes.extend_from_slice(extra);
        std::fs::write(path, bytes).unwrap();
    };
    let write = |path: PathBuf, bytes: &[u8]| {
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(path, bytes).unwrap();
    };
    let renamed = profile("ana", "Ana Renamed");
    #[rustfmt::skip]
    let changes: [Change; 6] = [
        ("the creator's CSS", "ana", Box::new(|| append(site("ana").join("custom.css"), b"p { color: red }\n"))),
        ("site.yaml", "ana", Box::new(|| write(site("ana").join("site.yaml"), renamed.as_bytes()))),
        // Bytes after a PNG's end: the same picture to a viewer, another file to hash.
        ("the avatar", "bo", Box::new(|| append(site("bo").join("avatar.png"), b"\0"))),
        ("keys.lock", "cai", Box::new(|| write(site("cai").join("keys.lock"), b"# keys.lock\n"))),
        ("keys.lock again", "cai", Box::new(|| append(site("cai").join("keys.lock"), b"# edited\n"))),
        ("another file of the folder", "dong", Box::new(|| write(site("dong").join("img/qr.png"), b"not yet named"))),
    ];
    for (what, slug, change) in changes {
        let before = stamps(&out);
        change();
        let report = build(&options);
        assert_eq!(built(&report), [slug], "after changing {what}");
        assert_untouched_but(&before, &stamps(&out), slug);
    }
    let ana = std::fs::read_to_string(out.join("ana/index.html")).unwrap();
    assert!(ana.contains("Ana Renamed"), "the new profile was built");
    assert_eq!(built(&build(&options)), Vec::<&str>::new());
}

#[test]
fn a_missing_or_altered_output_is_built_again() {
    let (tmp, out, options) = built_project();
    let before = stamps(&out);

    std::fs::remove_dir_all(out.join("ana")).unwrap();
    std::fs::remove_file(out.join("bo/index.html")).unwrap();
    std::fs::write(out.join("cai/index.html"), "shorter").unwrap();
    // A link where the folder was, even to a copy of it.
    let copy = tmp.path().join("copy");
    std::fs::rename(out.join("dong"), &copy).unwrap();
    #[cfg(unix)]
    std::os::unix::fs::symlink(&copy, out.join("dong")).unwrap();
    let report = build(&options);
    assert_eq!(built(&report), SLUGS);
    assert!(out.join("ana/index.html").is_file());
    assert!(out.join("bo/index.html").is_file());
    assert!(
        std::fs::read_to_string(out.join("cai/index.html"))
            .unwrap()
            .len()
            > 100
    );
    assert!(
        std::fs::symlink_metadata(out.join("dong"))
            .unwrap()
            .is_dir()
    );
    let after = stamps(&out);
    for slug in SLUGS {
        assert_ne!(before[slug], after[slug], "{slug} was rebuilt");
    }
}

#[test]
fn a_foreign_or_corrupt_record_builds_everything() {
    let (_tmp, out, options) = built_project();
    let good = record_text(&out);
    let version = format!("\"hutong\":\"{}\"", record::VERSION);
    assert!(good.contains(&version), "{good}");
    let path = out.join(record::DIR).join(record::FILE);
    for bad in [
        // Written by another version of hutong.
        good.replace(&version, "\"hutong\":\"0.0.1\""),
        // Another output layout.
        good.replace(&format!("\"layout\":{}", record::LAYOUT), "\"layout\":0"),
        good[..good.len() - 10].to_owned(),
        String::from("garbage"),
        String::new(),
    ] {
        std::fs::write(&path, &bad).unwrap();
        let report = build(&options);
        assert_eq!(built(&report), SLUGS, "with the record {bad:?}");
        assert_eq!(record_text(&out), good, "the record is written afresh");
    }
    std::fs::remove_dir_all(out.join(record::DIR)).unwrap();
    assert_eq!(built(&build(&options)), SLUGS, "without a record");
}

#[test]
fn a_site_is_built_again_once_its_rebuild_date_has_come() {
    let (tmp, out, mut options) = built_project();
    // What a schedule's next change would record for `cai`: 2030-01-01T00:00:00Z.
    let at = 1_893_456_000_i64;
    let path = out.join(record::DIR).join(record::FILE);
    let text = record_text(&out);
    let line = text.lines().find(|l| l.starts_with("\"cai\":")).unwrap();
    let dated = text.replace(
        line,
        &line.replace("\"rebuild_at\":null", &format!("\"rebuild_at\":{at}")),
    );
    assert_ne!(dated, text);
    std::fs::write(&path, &dated).unwrap();

    options.now = Some(at - 1);
    assert_eq!(
        built(&build(&options)),
        Vec::<&str>::new(),
        "the day before"
    );
    let before = stamps(&out);
    options.now = Some(at);
    assert_eq!(built(&build(&options)), ["cai"], "on the day");
    assert_untouched_but(&before, &stamps(&out), "cai");
    assert_eq!(record_text(&out), text, "built now, it changes on no date");

    // An unknown "now" cannot tell: the dated site is built.
    std::fs::write(&path, &dated).unwrap();
    options.now = None;
    assert_eq!(built(&build(&options)), ["cai"]);

    // The command line takes the date from SOURCE_DATE_EPOCH.
    std::fs::write(&path, &dated).unwrap();
    let cli = |epoch: i64| {
        build_json_at(tmp.path(), epoch)["totals"]["up_to_date"]
            .as_u64()
            .unwrap()
    };
    assert_eq!(cli(at - 1), 4);
    assert_eq!(cli(at), 3);
}

#[test]
fn a_rebuild_ends_as_a_fresh_build_would() {
    let (tmp, out, options) = built_project();
    std::fs::write(
        tmp.path().join("sites/ana/site.yaml"),
        profile("ana", "Ana Again"),
    )
    .unwrap();
    std::fs::remove_dir_all(out.join("cai")).unwrap();
    let dong = tmp.path().join("sites/dong/site.yaml");
    let yaml = std::fs::read_to_string(&dong).unwrap();
    std::fs::write(&dong, yaml.replace("bilibili", "weibo")).unwrap();
    let report = build(&options);
    assert_eq!(built(&report), ["ana", "cai", "dong"]);

    let fresh = tmp.path().join("fresh");
    build(&Options {
        out_dir: fresh.clone(),
        ..options.clone()
    });
    let read = |p: &Path| std::fs::read(p).unwrap();
    let (rebuilt, fresh) = (read_tree_with(&out, &read), read_tree_with(&fresh, &read));
    assert_eq!(
        rebuilt.keys().collect::<Vec<_>>(),
        fresh.keys().collect::<Vec<_>>()
    );
    for (path, bytes) in &fresh {
        assert!(rebuilt[path] == *bytes, "{path} differs from a fresh build");
    }
    assert!(rebuilt.contains_key(".hutong/built.json"));
}

#[test]
fn force_builds_every_site_and_the_reports_say_which_were_up_to_date() {
    let tmp = tempfile::tempdir().unwrap();
    project(tmp.path());
    let run = |args: &[&str]| {
        let out = run_in(tmp.path(), args);
        assert_success(&out);
        out
    };
    let first = stderr(&run(&["build"]));
    assert!(first.contains("built 4 sites into dist:"), "{first}");

    let again = stderr(&run(&["build"]));
    assert_contains(&again, "4 sites in dist up to date, nothing to build");

    std::fs::write(tmp.path().join("sites/ana/notes.txt"), "draft").unwrap();
    let json = run(&["build", "--format", "json"]);
    let summary = stderr(&json);
    assert_contains(&summary, "built 1 site into dist:");
    assert_contains(&summary, "; 3 up to date");
    let report: Value = serde_json::from_slice(&json.stdout).unwrap();
    assert_eq!(report["totals"]["up_to_date"], 3);
    assert_eq!(report["totals"]["ok"], 4);
    let fresh: Vec<(&str, bool)> = report["sites"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| {
            (
                s["slug"].as_str().unwrap(),
                s["up_to_date"].as_bool().unwrap(),
            )
        })
        .collect();
    assert_eq!(
        fresh,
        [("ana", false), ("bo", true), ("cai", true), ("dong", true)]
    );
    // An up-to-date site still reports what its output holds.
    let bo = &report["sites"][1];
    assert_eq!(bo["out"], "dist/bo");
    assert!(bo["pages"].as_u64().unwrap() >= 3, "{bo}");

    let before = stamps(&tmp.path().join("dist"));
    let forced = stderr(&run(&["build", "--force"]));
    assert_contains(&forced, "built 4 sites into dist:");
    assert!(!forced.contains("up to date"), "{forced}");
    let after = stamps(&tmp.path().join("dist"));
    for slug in SLUGS {
        assert_ne!(before[slug], after[slug], "{slug} was rebuilt by --force");
    }
}

#[test]
fn an_up_to_date_site_still_shows_its_warnings_in_the_language_asked() {
    let tmp = tempfile::tempdir().unwrap();
    // Douyin's app link needs an app_id the profile lacks: a warning, not an error.
    write_project_site(
        tmp.path(),
        "warned",
        "name: W\nlang: en\nbase_url: https://w.example/\naccounts:\n  - platform: douyin\n    url: https://www.douyin.com/user/MS4wLjABAAAAv7iSuuXDJGDvJkmH_vz1qkDZYo1apxgzaxdBSeIuPiM\n",
    );
    let run = |lang: &str| {
        let out = run_in_with(tmp.path(), ("HUTONG_LANG", lang), &["build"]);
        assert_success(&out);
        let text = stderr(&out);
        // Everything but the summary line, which differs.
        let (warnings, summary) = text.trim_end().rsplit_once('\n').unwrap();
        (warnings.to_owned(), summary.to_owned())
    };
    let (first, _) = run("en");
    assert!(
        first.starts_with("warning: sites/warned/site.yaml:5:5: "),
        "{first}"
    );
    assert!(first.contains("^^^") && first.contains("hint: "), "{first}");
    let (again, summary) = run("en");
    assert!(summary.contains("1 site in dist up to date"), "{summary}");
    assert_eq!(again, first, "the same warning, from the record");
    let (zh, summary) = run("zh-Hans");
    // HUTONG_LANG is the command line's language too.
    assert!(
        summary.contains("dist 里的 1 个网站都是最新的"),
        "{summary}"
    );
    assert!(zh.starts_with("警告：sites/warned/site.yaml:5:5: "), "{zh}");
    assert_eq!(run("en").0, first);
}

/// A note (the address taken out of a pasted share text) is neither a warning nor an
/// error: the record keeps warnings only, so an up-to-date site never brings it back
/// as a warning.
#[test]
fn a_note_never_comes_back_from_the_record_as_a_warning() {
    let tmp = tempfile::tempdir().unwrap();
    write_project_site(
        tmp.path(),
        "noted",
        "name: N\nlang: en\nbase_url: https://noted.hutong.dev/\naccounts:\n  - url: \"my page https://github.com/octocat\"\n",
    );
    let first = run_in_with(tmp.path(), ("HUTONG_LANG", "en"), &["build"]);
    assert_success(&first);
    assert!(stderr(&first).contains("note: "), "{}", stderr(&first));
    let again = run_in_with(tmp.path(), ("HUTONG_LANG", "en"), &["build"]);
    assert_success(&again);
    let text = stderr(&again);
    assert!(text.contains("1 site in dist up to date"), "{text}");
    assert!(!text.contains("warning"), "{text}");
}

#[test]
fn shards_keep_each_others_entries() {
    let tmp = tempfile::tempdir().unwrap();
    for i in 0..12 {
        let slug = format!("s{i:02}");
        write_project_site(tmp.path(), &slug, &profile(&slug, &slug));
    }
    let shard = |k: u32| {
        std::process::Command::new(bin())
            .current_dir(tmp.path())
            .env_remove("CI")
            .args(["build", "--shard", &format!("{k}/3"), "--format", "json"])
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap()
    };
    // Shards one after the other into one folder, then two at the same time.
    let first = shard(1).wait_with_output().unwrap();
    let (second, third) = (shard(2), shard(3));
    let outs = [
        first,
        second.wait_with_output().unwrap(),
        third.wait_with_output().unwrap(),
    ];
    let mut counts = 0;
    for out in outs {
        assert_success(&out);
        let report: Value = serde_json::from_slice(&out.stdout).unwrap();
        counts += report["totals"]["sites"].as_u64().unwrap();
    }
    assert_eq!(counts, 12);
    let text = record_text(&tmp.path().join("dist"));
    assert_eq!(
        text.lines().filter(|l| l.starts_with("\"s")).count(),
        12,
        "{text}"
    );

    let all = run_in(tmp.path(), &["build"]);
    assert_success(&all);
    assert_contains(&stderr(&all), "12 sites in dist up to date");
}

#[test]
fn a_scheduled_account_rebuilds_its_site_on_its_first_day_in_the_sites_zone() {
    let tmp = tempfile::tempdir().unwrap();
    write_project_site(tmp.path(), "plain", &profile("plain", "Plain"));
    write_project_site(
        tmp.path(),
        "sale",
        "name: Sale\nbase_url: https://sale.example.com/\ntimezone: Asia/Shanghai\naccounts:\n  - url: https://github.com/sale\n  - platform: bilibili\n    id: \"12345678\"\n    from: 2030-01-01\n",
    );
    // 2030-01-01 00:00 in Shanghai (UTC+8) is 2029-12-31 16:00 UTC.
    let midnight = 1_893_456_000_i64 - 8 * 3600;
    let build_at = |epoch: i64| {
        let report = build_json_at(tmp.path(), epoch);
        let built: Vec<String> = report["sites"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|s| s["up_to_date"] == false)
            .map(|s| s["slug"].as_str().unwrap().to_owned())
            .collect();
        built
    };
    let hub = || std::fs::read_to_string(tmp.path().join("dist/sale/index.html")).unwrap();
    assert_eq!(build_at(midnight - 86_400), ["plain", "sale"]);
    assert!(!hub().contains("bilibili.com"), "not shown before its day");
    let text = record_text(&tmp.path().join("dist"));
    assert!(
        text.contains(&format!(
            "\"rebuild_at\":{midnight},\"changes_on\":\"2030-01-01\""
        )),
        "{text}"
    );
    assert_eq!(
        build_at(midnight - 1),
        Vec::<String>::new(),
        "the evening before"
    );
    assert_eq!(build_at(midnight), ["sale"], "at midnight in Shanghai");
    assert!(hub().contains("bilibili.com"), "shown from its day");
    assert_eq!(
        build_at(midnight + 3600),
        Vec::<String>::new(),
        "and then up to date"
    );
}

#[test]
fn a_source_date_epoch_that_is_no_date_fails_each_site_saying_so() {
    let tmp = tempfile::tempdir().unwrap();
    project(tmp.path());
    let out = run_in_with(
        tmp.path(),
        ("SOURCE_DATE_EPOCH", "yesterday"),
        &["build", "--format", "json"],
    );
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    let report: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(report["totals"]["failed"], SLUGS.len());
    for site in report["sites"].as_array().unwrap() {
        assert_contains(
            &site["errors"][0]["message"].to_string(),
            "SOURCE_DATE_EPOCH is `yesterday`",
        );
    }
    assert!(!tmp.path().join("dist").join(SLUGS[0]).exists());
}

#[test]
fn a_batch_makes_every_site_at_its_own_now() {
    // An account shown from 2030-01-01 in Shanghai (2029-12-31T16:00:00Z): the batch's
    // `now`, not the clock or the environment, decides whether the hub shows it.
    let tmp = tempfile::tempdir().unwrap();
    let yaml = format!(
        "{}  - platform: github\n    id: later\n    from: 2030-01-01\n",
        profile("ana", "ana")
    );
    let site = write_project_site(tmp.path(), "ana", &yaml);
    let out = tmp.path().join("dist");
    let from = 1_893_427_200_i64;
    for (now, shown) in [(from - 1, false), (from, true)] {
        let options = Options {
            now: Some(now),
            force: true,
            ..options(std::slice::from_ref(&site), &out)
        };
        build(&options);
        let hub = std::fs::read_to_string(out.join("ana/index.html")).unwrap();
        assert_eq!(hub.contains("github.com/later"), shown, "at {now}");
    }
}
