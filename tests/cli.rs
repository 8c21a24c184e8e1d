//! The command line as a user meets it: exit codes, messages, files written.

mod common;

use common::cli::{
    assert_stderr_has, assert_success, failed, hutong, run, run_in, run_in_with, stderr, stdout,
};
use common::site::{project_with_site, write_project_site};
use common::{assert_contains, assert_contains_all, assert_starts_with};

/// The start of a profile: its name and address, no accounts yet.
const HEAD: &str = "name: x\nbase_url: https://x.example/\n";

#[test]
fn check_passes_on_the_examples() {
    let out = run(&["check", "sites/xiaoman", "sites/alex-dev"]);
    assert_success(&out);
    assert_stderr_has(&out, "checked 2 sites: 0 errors");
}

#[test]
fn check_reports_every_error_with_path_line_col_caret_and_hint() {
    let tmp = project_with_site("bad", &format!("{HEAD}acounts: []\ntheme:\n  mode: drak\n"));
    let out = run_in(tmp.path(), &["check", "bad"]);
    let err = failed(&out, 1);
    assert_contains_all(
        &err,
        &[
            "error: sites/bad/site.yaml:3:1: unknown key `acounts` in the profile\n  |\n3 | acounts: []\n  | ^^^^^^^\n  = hint: did you mean `accounts`?\n",
            "sites/bad/site.yaml:5:9: unknown theme mode `drak`",
            "the profile has no `accounts`",
            "checked 1 site: 3 errors, 0 warnings (1 site failed)",
        ],
    );
}

#[test]
fn check_shows_warnings_but_passes() {
    let tmp = project_with_site(
        "dy",
        &format!("{HEAD}accounts:\n  - url: https://www.douyin.com/user/MS4wLjABAAAAexample\n"),
    );
    let out = run_in(tmp.path(), &["check"]);
    assert_success(&out);
    assert_stderr_has(
        &out,
        "warning: sites/dy/site.yaml:4:5: this Douyin account has no `app_id`",
    );
}

#[test]
fn check_names_a_missing_site_and_exits_2() {
    let out = run(&["check", "sites/nope"]);
    assert_eq!(out.status.code(), Some(2));
    assert_stderr_has(&out, "no site folder `sites/nope`");
}

#[test]
fn bad_slug_folder_is_an_error() {
    let tmp = project_with_site("Bad_Name", "name: x\n");
    let out = run_in(tmp.path(), &["check", "sites/Bad_Name"]);
    assert_eq!(out.status.code(), Some(1));
    assert_stderr_has(&out, "cannot be a site's slug");
}

#[test]
fn new_writes_a_starter_that_passes_check_and_never_overwrites() {
    let tmp = tempfile::tempdir().unwrap();
    let out = run_in(tmp.path(), &["new", "my-site"]);
    assert_success(&out);
    let written = std::fs::read_to_string(tmp.path().join("sites/my-site/site.yaml")).unwrap();
    assert!(written.contains("base_url: https://my-site.example.com/"));
    let check = run_in(tmp.path(), &["check", "my-site"]);
    assert_success(&check);
    // The starter's placeholders warn until replaced: the example base_url, the three
    // example ids, and the WeChat account without a QR code.
    assert_stderr_has(&check, "0 errors, 5 warnings");
    assert_stderr_has(&check, "`your_wechat_id` is the starter's example");

    std::fs::write(tmp.path().join("sites/my-site/site.yaml"), "name: mine\n").unwrap();
    let again = run_in(tmp.path(), &["new", "my-site"]);
    assert_eq!(again.status.code(), Some(2));
    assert_stderr_has(&again, "never overwrites");
    assert_eq!(
        std::fs::read_to_string(tmp.path().join("sites/my-site/site.yaml")).unwrap(),
        "name: mine\n"
    );
}

/// `hutong new` in a Chinese locale writes the starter in that Chinese, with `lang:`
/// set to it, and it passes `check`, whose diagnostics then follow the profile.
#[test]
fn new_writes_the_starter_in_the_language_of_the_command_line() {
    for (locale, tag, comment, warning, summary) in [
        (
            "en_GB.UTF-8",
            "en",
            "# Your accounts",
            "is the starter's example",
            "0 errors, 5 warnings",
        ),
        (
            "zh_CN.UTF-8",
            "zh-Hans",
            "# 你的各个账号",
            "是模板里的示例",
            "0 个错误、5 条警告",
        ),
        (
            "zh_TW.UTF-8",
            "zh-Hant",
            "# 你的各個帳號",
            "是範本裡的範例",
            "0 個錯誤、5 則警告",
        ),
    ] {
        let tmp = tempfile::tempdir().unwrap();
        let out = run_in_with(tmp.path(), ("LANG", locale), &["new", "my-site"]);
        assert_success(&out);
        let written = std::fs::read_to_string(tmp.path().join("sites/my-site/site.yaml")).unwrap();
        assert_contains(&written, &format!("\nlang: {tag}\n"));
        assert_contains(&written, comment);
        let check = run_in_with(tmp.path(), ("LANG", locale), &["check", "my-site"]);
        assert_success(&check);
        assert_stderr_has(&check, warning);
        assert_stderr_has(&check, summary);
    }
}

/// A name that is not a slug is refused, as `cargo new` refuses a bad package name,
/// with the slug it would make, or (for a name in Han characters) how to write one.
#[test]
fn new_suggests_the_slug_for_a_name_with_capitals_spaces_or_underscores() {
    let tmp = tempfile::tempdir().unwrap();
    let new = |name: &str, lang: &str| {
        let out = run_in_with(tmp.path(), ("HUTONG_LANG", lang), &["new", name]);
        assert_eq!(out.status.code(), Some(2), "{name}");
        stderr(&out)
    };
    let err = new("LanLan", "en");
    assert_contains(&err, "`LanLan` cannot be a slug");
    assert_contains(&err, "  = hint: did you mean `hutong new lanlan`?");
    assert_contains(&new("Lan Lan", "en"), "did you mean `hutong new lan-lan`?");
    assert_contains(
        &new("lan_lan", "zh-Hans"),
        "  = 提示：是不是想写 `hutong new lan-lan`？",
    );
    assert_contains(
        &new("LanLan", "zh-Hant"),
        "是不是想寫 `hutong new lanlan`？",
    );
    let err = new("兰兰", "zh-Hans");
    assert_contains(&err, "`兰兰` 不能用作 slug");
    assert_contains(&err, "拼音");
    assert_contains(&new("兰兰", "en"), "Latin letters");
    assert!(
        !tmp.path().join("sites").exists(),
        "nothing is written for a refused name"
    );
}

#[test]
fn platforms_json_lists_every_platform() {
    let out = run(&["platforms", "--json"]);
    assert!(out.status.success());
    let list: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let list = list.as_array().unwrap();
    assert_eq!(list.len(), hutong::platforms::all().len());
    let bilibili = list.iter().find(|p| p["id"] == "bilibili").unwrap();
    assert_eq!(bilibili["names"]["zh_hans"], "哔哩哔哩");
    assert!(
        bilibili["examples"][0]["web"]
            .as_str()
            .unwrap()
            .starts_with("https://space.bilibili.com/")
    );
    assert!(list.iter().any(|p| p["id"] == "link"));
}

#[test]
fn platforms_detail_says_what_the_id_is_and_the_links_it_makes() {
    let out = run(&["platforms", "douyin"]);
    assert!(out.status.success());
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(text.starts_with("douyin — Douyin · 抖音"), "{text}");
    assert_contains_all(
        &text,
        &[
            "app_id:",
            "https://www.douyin.com/user/MS4wLjABAAAA",
            "snssdk1128://user/profile/",
        ],
    );

    let out = run(&["platforms", "bilibilli"]);
    assert_eq!(out.status.code(), Some(2));
    assert_stderr_has(&out, "did you mean `bilibili`");
}

#[test]
fn platforms_table_lists_every_id() {
    let out = run(&["platforms"]);
    let text = String::from_utf8(out.stdout).unwrap();
    for p in hutong::platforms::all() {
        assert!(text.lines().any(|l| l.starts_with(p.id)), "{}", p.id);
    }
    let count = format!("{} platforms.", hutong::platforms::all().len());
    assert!(text.contains(&count), "{text}");
}

#[test]
fn every_command_has_help_and_usage_errors_exit_2() {
    let out = run(&["--help"]);
    assert_success(&out);
    let help = stdout(&out);
    assert!(help.contains("Usage: hutong"));
    // The commands as the help lists them, each then asked for its own help.
    let commands: Vec<&str> = help
        .split("Commands:\n")
        .nth(1)
        .expect("a list of commands")
        .lines()
        .take_while(|line| line.starts_with("  "))
        .filter_map(|line| line.split_whitespace().next())
        .filter(|&command| command != "help")
        .collect();
    let mut expected = vec![
        "build",
        "check",
        "platforms",
        "new",
        "import",
        "qr",
        "schema",
    ];
    if cfg!(feature = "serve") {
        expected.push("serve");
    }
    if cfg!(feature = "resolve") {
        expected.push("resolve");
    }
    expected.extend(["completions", "man"]);
    assert_eq!(commands, expected);
    for command in commands {
        let out = run(&[command, "--help"]);
        assert!(out.status.success(), "{command}");
        assert!(
            stdout(&out).contains(&format!("Usage: hutong {command}")),
            "{command}"
        );
    }
    let out = run(&["frobnicate"]);
    assert_eq!(out.status.code(), Some(2));
}

/// One broken profile per rule of the format, through the real command: exit code 1,
/// `path:line:col: message`, and a hint.
#[test]
fn every_rule_fails_check_with_position_and_hint() {
    let cases: &[(&str, &str, &str)] = &[
        (
            "acounts: []\n",
            "3:1: unknown key `acounts` in the profile",
            "did you mean `accounts`?",
        ),
        (
            "accounts:\n  - platform: bilibilli\n    id: \"1\"\n",
            "4:15: unknown platform `bilibilli`",
            "did you mean `bilibili`",
        ),
        (
            "accounts:\n  - url: https://blog.example.com/\n",
            "4:10: hutong does not know which platform",
            "platform: link",
        ),
        (
            "accounts:\n  - platform: bilibili\n    id: abc\n",
            "5:9: `abc` is not a valid Bilibili id",
            "hutong platforms bilibili",
        ),
        (
            "accounts:\n  - platform: xiaohongshu\n    url: https://evil.example/user/profile/5b1a2c3d4e5f607182930a1b\n",
            "5:10: `evil.example` is not a Xiaohongshu address",
            "xiaohongshu.com",
        ),
        (
            "accounts:\n  - platform: link\n    url: \"javascript:alert(1)\"\n",
            "5:10: only http and https addresses are accepted",
            "hutong makes the app links itself",
        ),
        (
            "accounts:\n  - platform: bilibili\n    id: \"1\"\n    app_id: \"2\"\n",
            "6:13: Bilibili accounts take no `app_id`",
            "remove the `app_id` line",
        ),
        (
            "accounts:\n  - platform: wechat\n    id: xiaoman_art\n    qr: \"\"\n",
            "6:9: `qr` is empty",
            "remove the `qr` line",
        ),
        (
            "avatar: ../x.png\naccounts:\n  - url: https://github.com/a\n",
            "3:9: `avatar` must stay inside the site's folder",
            "beside site.yaml",
        ),
        (
            "avatar: missing.png\naccounts:\n  - url: https://github.com/a\n",
            "3:9: the avatar file `missing.png` does not exist",
            "beside site.yaml",
        ),
        (
            "lang: fr\naccounts:\n  - url: https://github.com/a\n",
            "3:7: unknown language `fr`",
            "zh-Hant",
        ),
        (
            "theme:\n  accent: red\naccounts:\n  - url: https://github.com/a\n",
            "4:11: `red` is not a colour",
            "#e4572e",
        ),
        (
            "filing:\n  icpp: x\naccounts:\n  - url: https://github.com/a\n",
            "4:3: unknown key `icpp` in `filing`",
            "did you mean `icp`?",
        ),
        (
            "accounts:\n  - platform: bilibili\n    id: \"1\"\n    hidden: yes\n",
            "6:13: `hidden` must be `true` or `false`",
            "hidden: true",
        ),
        (
            "accounts:\n  - platform: bilibili\n    id: \"1\"\n    id: \"2\"\n",
            "6:5: the key `id` appears twice",
            "keep one",
        ),
        (
            "accounts: []\n",
            "3:11: `accounts` is empty",
            "at least one account",
        ),
        (
            "accounts:\n\t- url: https://github.com/a\n",
            "4:1: YAML does not allow tabs here",
            "spaces",
        ),
    ];
    let tmp = tempfile::tempdir().unwrap();
    for (i, (body, located, hint)) in cases.iter().enumerate() {
        let slug = format!("case-{i}");
        write_project_site(tmp.path(), &slug, &format!("{HEAD}{body}"));
        let out = run_in(tmp.path(), &["check", &slug]);
        let err = stderr(&out);
        assert_eq!(out.status.code(), Some(1), "case {i}: {err}");
        let at = err
            .find(&format!("error: sites/{slug}/site.yaml:{located}"))
            .unwrap_or_else(|| panic!("case {i}: expected {located:?} in\n{err}"));
        let hint_line = err[at..]
            .lines()
            .find(|l| l.starts_with("  = hint: "))
            .unwrap_or_else(|| panic!("case {i}: no hint in\n{err}"));
        assert!(
            hint_line.contains(hint),
            "case {i}: expected {hint:?} in {hint_line:?}"
        );
    }
}

/// HUTONG_LANG sets the language of the diagnostics over the profile's `lang:`; without
/// it the profile's `lang:` decides, and English stands in when it names none.
#[test]
fn check_speaks_the_language_of_hutong_lang_or_of_the_profile() {
    let tmp = tempfile::tempdir().unwrap();
    write_project_site(
        tmp.path(),
        "hans",
        "name: x\nlang: zh-Hans\nbase_url: https://x.example/\nacounts: []\n",
    );
    write_project_site(tmp.path(), "plain", &format!("{HEAD}acounts: []\n"));
    let check = |site: &str, lang: Option<&str>| {
        let mut cmd = hutong();
        cmd.current_dir(tmp.path()).args(["check", site]);
        cmd.env_remove("HUTONG_LANG");
        if let Some(lang) = lang {
            cmd.env("HUTONG_LANG", lang);
        }
        let out = cmd.output().unwrap();
        assert_eq!(out.status.code(), Some(1));
        stderr(&out)
    };
    let err = check("hans", None);
    assert_contains(
        &err,
        "错误：sites/hans/site.yaml:4:1: site.yaml 里有未知的键 `acounts`\n",
    );
    assert_contains(&err, "  = 提示：是不是想写 `accounts`？\n");
    let err = check("hans", Some("en"));
    assert_contains(
        &err,
        "error: sites/hans/site.yaml:4:1: unknown key `acounts` in the profile\n",
    );
    let err = check("plain", None);
    assert_contains(
        &err,
        "error: sites/plain/site.yaml:3:1: unknown key `acounts`",
    );
    let err = check("plain", Some("zh-Hant"));
    assert_contains(
        &err,
        "錯誤：sites/plain/site.yaml:3:1: site.yaml 裡有未知的鍵 `acounts`\n",
    );
    assert_contains(&err, "  = 提示：是不是想寫 `accounts`？\n");
    // A region tag is understood; an unknown value is ignored with a warning.
    assert!(check("plain", Some("zh_TW.UTF-8")).contains("錯誤："));
    let err = check("hans", Some("fr"));
    assert_contains(&err, "HUTONG_LANG=\"fr\" is not a language hutong speaks");
    // The profile's language stands.
    assert_contains(&err, "错误：");
}

/// `hutong build` passes HUTONG_LANG on, and its JSON report carries each
/// diagnostic's code, the same in every language.
#[test]
fn build_reports_in_hutong_lang_with_stable_codes() {
    let tmp = project_with_site("bad", &format!("{HEAD}acounts: []\n"));
    let out = run_in_with(
        tmp.path(),
        ("HUTONG_LANG", "zh-Hans"),
        &["build", "bad", "--format", "json"],
    );
    assert_eq!(out.status.code(), Some(1));
    let report: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let errors = report["sites"][0]["errors"].as_array().unwrap();
    let unknown = errors.iter().find(|e| e["code"] == "unknown-key").unwrap();
    assert_eq!(unknown["message"], "site.yaml 里有未知的键 `acounts`");
    assert!(errors.iter().any(|e| e["code"] == "missing-key"));
    assert!(stderr(&out).contains("错误：sites/bad/site.yaml:3:1: "));
}

/// A failed write names the output folder, not site.yaml, which has nothing to do with
/// it, and reads without the OS's `(os error N)`.
#[test]
fn an_output_failure_names_the_output_folder() {
    let tmp = project_with_site(
        "ok",
        &format!("{HEAD}accounts:\n  - url: https://github.com/a\n"),
    );
    std::fs::write(
        tmp.path().join("blocked"),
        "a file where a folder should be",
    )
    .unwrap();
    let out = run_in(tmp.path(), &["build", "ok", "-o", "blocked/dist"]);
    let err = stderr(&out);
    assert_eq!(out.status.code(), Some(1), "{err}");
    let line = err
        .lines()
        .find(|l| l.starts_with("error: "))
        .unwrap_or_else(|| panic!("{err}"));
    assert_starts_with(
        line,
        "error: blocked/dist/ok: cannot create the output folder `blocked/dist`: ",
    );
    assert!(!line.contains("site.yaml"), "{line}");
    assert!(!err.contains("os error"), "{err}");
    assert_contains(&err, "  = hint: ");
}

#[test]
fn completions_for_bash_zsh_and_fish_name_the_commands() {
    for shell in ["bash", "zsh", "fish", "elvish", "powershell"] {
        let out = run(&["completions", shell]);
        assert!(out.status.success(), "{shell}: {}", stderr(&out));
        let script = stdout(&out);
        assert!(script.contains("hutong"), "{shell}");
        for command in ["build", "check", "platforms", "qr", "schema"] {
            assert!(script.contains(command), "{shell} lacks `{command}`");
        }
    }
    let out = run(&["completions", "tcsh"]);
    assert_eq!(out.status.code(), Some(2));
}

#[test]
fn man_prints_a_roff_page_or_writes_one_per_command() {
    let out = run(&["man"]);
    assert_success(&out);
    let page = stdout(&out);
    assert_contains_all(&page, &[".TH hutong 1", ".SH NAME", "hutong\\-qr"]);

    let tmp = tempfile::tempdir().unwrap();
    let out = run_in(tmp.path(), &["man", "-o", "man/man1"]);
    assert_success(&out);
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
