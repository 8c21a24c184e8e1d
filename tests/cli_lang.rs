//! The command line in the user's language: help, usage errors and summaries under
//! `HUTONG_LANG` and the locale, through the real binary.

mod common;

use common::assert_contains;
use common::cli::{hutong, run_in_with, stderr, stdout};

/// Environment variables, name and value.
type Env<'a> = &'a [(&'a str, &'a str)];

/// Runs `hutong <args>` in the package's folder with the given environment.
fn run_with(env: &[(&str, &str)], args: &[&str]) -> std::process::Output {
    let mut command = hutong();
    command.args(args);
    for (name, value) in env {
        command.env(name, value);
    }
    command.output().unwrap()
}

#[test]
fn help_follows_hutong_lang_then_the_locale() {
    let cases: [(Env, &str, &str); 6] = [
        (&[], "Usage: hutong build [OPTIONS] [SITE]...", "Print help"),
        (
            &[("LANG", "zh_CN.UTF-8")],
            "用法: hutong build [选项] [网站]...",
            "显示帮助",
        ),
        (
            &[("LANG", "zh_TW.UTF-8")],
            "用法: hutong build [選項] [網站]...",
            "顯示說明",
        ),
        (
            &[("LC_ALL", "zh_HK.UTF-8"), ("LANG", "en_US.UTF-8")],
            "引數:",
            "預設：dist",
        ),
        (
            &[("LC_ALL", "C"), ("LANG", "zh_CN.UTF-8")],
            "Arguments:",
            "[default: dist]",
        ),
        (
            &[("HUTONG_LANG", "zh-Hans"), ("LANG", "zh_TW.UTF-8")],
            "选项:",
            "[可选值：human, json]",
        ),
    ];
    for (env, first, second) in cases {
        let out = run_with(env, &["build", "--help"]);
        assert!(out.status.success(), "{env:?}");
        let help = stdout(&out);
        assert_contains(&help, first);
        assert_contains(&help, second);
    }
    // `help COMMAND` is the command's long help, in the language too.
    let out = run_with(&[("HUTONG_LANG", "zh-Hant")], &["help", "serve"]);
    assert!(out.status.success());
    assert_contains(&stdout(&out), "用法: hutong serve [選項] [網站]");
    assert_contains(&stdout(&out), "面板下面仍是上一次成功產生的網站");
    let out = run_with(&[("HUTONG_LANG", "zh-Hans")], &["help", "biuld"]);
    assert_eq!(out.status.code(), Some(2));
    assert_contains(&stderr(&out), "是不是想写 `build`？");
}

/// Each kind of usage error a user meets, in the three languages: exit code 2, the
/// message, the hint, and the usage line.
#[test]
fn usage_errors_are_said_in_the_language_with_exit_code_2() {
    let cases: [(&str, &[&str], [&str; 3]); 6] = [
        (
            "unknown command",
            &["biuld"],
            [
                "error: unknown command `biuld`\n  = hint: did you mean `build`?\n\nUsage: hutong <COMMAND>",
                "错误：没有 `biuld` 这个命令\n  = 提示：是不是想写 `build`？\n\n用法: hutong <命令>",
                "錯誤：沒有 `biuld` 這個指令\n  = 提示：是不是想寫 `build`？\n\n用法: hutong <指令>",
            ],
        ),
        (
            "unknown argument",
            &["build", "--forse"],
            [
                "error: unexpected argument `--forse`\n  = hint: did you mean `--force`?",
                "错误：无法识别的参数 `--forse`\n  = 提示：是不是想写 `--force`？",
                "錯誤：無法識別的引數 `--forse`\n  = 提示：是不是想寫 `--force`？",
            ],
        ),
        (
            "missing argument",
            &["new"],
            [
                "error: missing <SLUG>\n\nUsage: hutong new [OPTIONS] <SLUG>",
                "错误：缺少 <SLUG>\n\n用法: hutong new [选项] <SLUG>",
                "錯誤：缺少 <SLUG>\n\n用法: hutong new [選項] <SLUG>",
            ],
        ),
        (
            "invalid value",
            &["build", "--format", "jsn"],
            [
                "error: `jsn` is not a valid value for `--format <FORMAT>`\n  = hint: did you mean `json`?\n  = hint: possible values: human, json",
                "错误：`jsn` 不是 `--format <格式>` 的有效值\n  = 提示：是不是想写 `json`？\n  = 提示：可选值：human, json",
                "錯誤：`jsn` 不是 `--format <格式>` 的有效值\n  = 提示：是不是想寫 `json`？\n  = 提示：可選值：human, json",
            ],
        ),
        (
            "value refused by hutong",
            &["qr", "hello", "-o", "code.jpg"],
            [
                "error: `code.jpg` is not a valid value for `--output <FILE>`: hutong qr writes .svg or .png files",
                "错误：`code.jpg` 不是 `--output <文件>` 的有效值：hutong qr 只写 .svg 或 .png 文件",
                "錯誤：`code.jpg` 不是 `--output <檔案>` 的有效值：hutong qr 只寫 .svg 或 .png 檔案",
            ],
        ),
        (
            "value missing",
            &["build", "--out"],
            [
                "error: `--out <DIR>` needs a value",
                "错误：`--out <文件夹>` 需要一个值",
                "錯誤：`--out <資料夾>` 需要一個值",
            ],
        ),
    ];
    for (what, args, expected) in cases {
        for (locale, text) in ["C.UTF-8", "zh_CN.UTF-8", "zh_TW.UTF-8"]
            .iter()
            .zip(expected)
        {
            let out = run_with(&[("LANG", locale)], args);
            assert_eq!(out.status.code(), Some(2), "{what} under {locale}");
            let err = stderr(&out);
            assert_contains(&err, text);
            assert!(
                !err.contains("Usage:") || *locale == "C.UTF-8",
                "{what}: {err}"
            );
            assert!(
                out.stdout.is_empty(),
                "{what}: a usage error prints nothing on stdout"
            );
        }
    }
    let out = run_with(&[("HUTONG_LANG", "zh-Hans")], &["build", "--forse"]);
    assert_contains(&stderr(&out), "加上 `--help` 可以查看更多说明。");
}

#[test]
fn the_locale_does_not_override_a_profile_s_lang_but_hutong_lang_does() {
    let tmp = tempfile::tempdir().unwrap();
    common::site::write_project_site(
        tmp.path(),
        "plain",
        "name: x\nlang: en\nbase_url: https://x.example/\nacounts: []\n",
    );
    let check = |env: &[(&str, &str)]| {
        let mut command = hutong();
        command.current_dir(tmp.path()).args(["check", "plain"]);
        for (name, value) in env {
            command.env(name, value);
        }
        let out = command.output().unwrap();
        assert_eq!(out.status.code(), Some(1));
        stderr(&out)
    };
    // The profile says English; the summary follows the command line's language.
    let err = check(&[("LANG", "zh_CN.UTF-8")]);
    assert_contains(
        &err,
        "error: sites/plain/site.yaml:4:1: unknown key `acounts`",
    );
    assert_contains(
        &err,
        "已检查 1 个网站：2 个错误、0 条警告（1 个网站未通过）",
    );
    let err = check(&[("HUTONG_LANG", "zh-Hant")]);
    assert_contains(&err, "錯誤：sites/plain/site.yaml:4:1: ");
    assert_contains(
        &err,
        "已檢查 1 個網站：2 個錯誤、0 則警告（1 個網站未通過）",
    );
}

#[test]
fn missing_sites_and_unknown_platforms_are_said_in_the_language() {
    let tmp = tempfile::tempdir().unwrap();
    let out = run_in_with(tmp.path(), ("LANG", "zh_TW.UTF-8"), &["check"]);
    assert_eq!(out.status.code(), Some(2));
    assert_contains(&stderr(&out), "錯誤：無法讀取 `sites/`");
    let out = run_with(&[("HUTONG_LANG", "zh-Hans")], &["check", "sites/nope"]);
    assert_eq!(out.status.code(), Some(2));
    assert_contains(&stderr(&out), "错误：没有网站文件夹 `sites/nope`");
    let out = run_with(&[("HUTONG_LANG", "zh-Hans")], &["platforms", "biliblli"]);
    assert_eq!(out.status.code(), Some(2));
    assert_contains(
        &stderr(&out),
        "错误：未知的平台 `biliblli`：是不是想写 `bilibili`？",
    );
}

#[test]
fn the_platforms_listing_speaks_the_language() {
    let out = run_with(&[("HUTONG_LANG", "zh-Hans")], &["platforms"]);
    assert!(out.status.success());
    let text = stdout(&out);
    let count = hutong::platforms::all().len();
    assert_contains(&text, &format!("共 {count} 个平台。"));
    let bilibili = text.lines().find(|l| l.starts_with("bilibili ")).unwrap();
    assert_contains(bilibili, "哔哩哔哩 · Bilibili");

    let out = run_with(&[("LANG", "zh_TW.UTF-8")], &["platforms", "douyin"]);
    assert!(out.status.success());
    let text = stdout(&out);
    for part in ["id：", "在哪找：", "app_id：", "範例：", "資料可信度："] {
        assert_contains(&text, part);
    }
    assert!(!text.contains("find it:"), "{text}");
    // English keeps both texts of the registry, English first.
    let out = run_with(&[], &["platforms", "douyin"]);
    assert_contains(&stdout(&out), "find it:  ");
}
