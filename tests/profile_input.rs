//! What creators paste from their phones, through the real `hutong check` and `build`:
//! share texts as each app's share button copies them, short links, QR images saved
//! from the app, WeChat and Official Account ids as WeChat gives them, full-width forms
//! typed by a Chinese input method, and the starter's placeholders. Each message is
//! checked for its line, column, language and hint.

mod common;

use common::assert_contains;

use std::path::{Path, PathBuf};

use common::cli::{run_in, stderr};
use common::site::write_project_site;
use common::{decode_png, read_codes};

const PNG_TEXT: &str = "https://u.wechat.com/EHxmXiaoman_art-Q1";
const JPEG_TEXT: &str = "https://u.wechat.com/MJx9_Zh2LqPw-jpeg";
const WEBP_GROUP_TEXT: &str = "https://weixin.qq.com/g/AQYAAGxmWebPgroup";

/// One diagnostic as `check` printed it.
#[derive(Debug, Clone)]
struct Shown {
    /// `warning: `, `错误：`, `說明：`…
    label: String,
    line: usize,
    col: usize,
    message: String,
    hint: String,
}

/// Every diagnostic in what `check` printed on standard error.
fn shown(err: &str) -> Vec<Shown> {
    let lines: Vec<&str> = err.lines().collect();
    let mut out = Vec::new();
    for (i, line) in lines.iter().enumerate() {
        let Some(path_at) = line.find("site.yaml:") else {
            continue;
        };
        let label = line[..path_at]
            .split("sites/")
            .next()
            .unwrap_or("")
            .trim_end()
            .to_owned();
        let mut rest = line[path_at + "site.yaml:".len()..].splitn(3, ':');
        let (Some(l), Some(c), Some(message)) = (rest.next(), rest.next(), rest.next()) else {
            continue;
        };
        let (Ok(l), Ok(c)) = (l.parse(), c.parse()) else {
            continue;
        };
        let hint = lines[i + 1..]
            .iter()
            .find_map(|h| h.strip_prefix("  = "))
            .unwrap_or("")
            .to_owned();
        out.push(Shown {
            label,
            line: l,
            col: c,
            message: message.trim().to_owned(),
            hint,
        });
    }
    out
}

/// A project folder with one site `me` holding `yaml` and the named fixture images.
fn project(yaml: &str, images: &[(&str, &str)]) -> (tempfile::TempDir, PathBuf) {
    let tmp = tempfile::tempdir().unwrap();
    let dir = write_project_site(tmp.path(), "me", yaml);
    for (fixture, name) in images {
        let from = Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("tests/fixtures/qr-images")
            .join(fixture);
        std::fs::copy(from, dir.join(name)).unwrap();
    }
    (tmp, dir)
}

/// Runs `hutong check me` in the project `root`, which must exit with `code` (what it
/// printed is shown when not); gives its standard error and the diagnostics in it.
#[track_caller]
fn check(root: &Path, code: i32) -> (String, Vec<Shown>) {
    let out = run_in(root, &["check", "me"]);
    let err = stderr(&out);
    assert_eq!(out.status.code(), Some(code), "{err}");
    let found = shown(&err);
    (err, found)
}

/// Checks a project of `yaml` and the named images (see [`project`]), which must
/// exit with `code`; gives the project, to keep it, and what check showed.
#[track_caller]
fn checked(yaml: &str, images: &[(&str, &str)], code: i32) -> (tempfile::TempDir, Vec<Shown>) {
    let (tmp, _) = project(yaml, images);
    let (_, all) = check(tmp.path(), code);
    (tmp, all)
}

/// Writes `yaml` over the profile of the project's site `me` and checks it again,
/// which must exit with `code`; gives what check showed.
#[track_caller]
fn rechecked(root: &Path, yaml: &str, code: i32) -> Vec<Shown> {
    std::fs::write(root.join("sites/me/site.yaml"), yaml).unwrap();
    check(root, code).1
}

/// The one diagnostic whose message holds `part`.
#[track_caller]
fn find<'a>(all: &'a [Shown], part: &str) -> &'a Shown {
    let found: Vec<&Shown> = all.iter().filter(|d| d.message.contains(part)).collect();
    assert_eq!(found.len(), 1, "{part:?} in {all:#?}");
    found[0]
}

/// The one diagnostic whose message holds `part`, labelled `label` (`error:`,
/// `错误：`…) at `line`:`col`.
#[track_caller]
fn find_at<'a>(all: &'a [Shown], part: &str, label: &str, line: usize, col: usize) -> &'a Shown {
    let d = find(all, part);
    assert_at(d, label, line, col);
    d
}

#[track_caller]
fn assert_at(d: &Shown, label: &str, line: usize, col: usize) {
    assert_eq!(
        (d.label.as_str(), d.line, d.col),
        (label, line, col),
        "{d:#?}"
    );
}

const HEAD_EN: &str = "name: Lin Xiaoman\nlang: en\nbase_url: https://xiaoman.art/\naccounts:\n";
const HEAD_HANS: &str = "name: 林小满\nlang: zh-Hans\nbase_url: https://xiaoman.art/\naccounts:\n";
const HEAD_HANT: &str = "name: 林小滿\nlang: zh-Hant\nbase_url: https://xiaoman.art/\naccounts:\n";

#[test]
fn share_texts_of_seven_apps_give_their_addresses_with_a_note_each() {
    let shares = [
        (
            "7.94 复制打开抖音，看看【林小满的作品】今天画了一只猫 https://v.douyin.com/iRNBho6u/ 01/12 abc:/",
            "https://v.douyin.com/iRNBho6u/",
        ),
        (
            "【小红书】林小满的主页 http://xhslink.com/a/AbCdEf，复制本条信息，打开【小红书】App查看精彩内容！",
            "http://xhslink.com/a/AbCdEf",
        ),
        (
            "【林小满的个人空间-哔哩哔哩】 https://b23.tv/AbC123x",
            "https://b23.tv/AbC123x",
        ),
        (
            "【淘宝】https://m.tb.cn/h.5abcDEF 「小满的画室」点击链接直接打开",
            "https://m.tb.cn/h.5abcDEF",
        ),
        (
            "分享林小满的微博 http://t.cn/A6Off8Zx 快来看看吧",
            "http://t.cn/A6Off8Zx",
        ),
        (
            "https://v.kuaishou.com/GKTpYm 复制此消息，打开【快手】直接观看！",
            "https://v.kuaishou.com/GKTpYm",
        ),
        (
            "【京东】https://3.cn/1A-2bCdE 「小满的画室」点击链接直接打开",
            "https://3.cn/1A-2bCdE",
        ),
    ];
    let mut yaml = HEAD_EN.to_owned();
    for (text, _) in &shares {
        yaml.push_str(&format!("  - url: {text}\n"));
    }
    let (tmp, _) = project(&yaml, &[]);
    let (err, all) = check(tmp.path(), 0);
    for (i, (text, url)) in shares.iter().enumerate() {
        let line = 5 + i;
        let note = find(
            &all,
            &format!("took the address `{url}` out of the share text"),
        );
        // The note points at the address inside the text.
        let col = "  - url: ".chars().count() + text[..text.find(url).unwrap()].chars().count() + 1;
        assert_at(note, "note:", line, col);
        assert_eq!(
            note.hint,
            format!("hint: the rest of the text is left out; `url: {url}` says the same")
        );
        // Each is a short link: a warning, at the same place, that says what to do.
        let host = url::Url::parse(url).unwrap().host_str().unwrap().to_owned();
        let short = find(&all, &format!("`{host}` is a"));
        assert_at(short, "warning:", line, col);
        assert!(
            short.message.ends_with(
                "short link: it names no account, so phones get no app link, only the web page"
            ),
            "{short:#?}"
        );
        assert!(short.hint.contains("`hutong resolve`"), "{short:#?}");
    }
    // Notes are neither warnings nor errors: the 9 warnings are the 7 short links and
    // the Douyin and Kuaishou accounts without `app_id`.
    assert_contains(&err, "checked 1 site: 0 errors, 9 warnings");
}

/// One mistake alone in its profile: the one message check shows, at its place, in the
/// profile's language (a full-width colon or space is named as such, not in the YAML
/// parser's English), with the whole hint.
#[test]
fn a_lone_mistake_gives_one_message_at_its_place_with_its_hint() {
    // (the case, the profile, check's exit code, the message's label, line and column,
    // the message, the hint)
    let cases = [
        (
            "a share text without an address says what to copy",
            format!(
                "{HEAD_HANS}  - platform: douyin\n    url: 复制打开抖音，看看【林小满的作品】\n"
            ),
            1,
            ("错误：", 6, 10),
            "这段文字里没有网址（`https://…`）",
            "提示：在 App 里打开你的主页，点“分享”→“复制链接”，把复制到的整段文字粘贴在这里；也可以在浏览器里打开主页，复制地址栏里的网址",
        ),
        (
            "a short link warns, but not for a plain link",
            format!(
                "{HEAD_EN}  - platform: taobao_shop\n    url: https://m.tb.cn/h.5abcDEF\n  - platform: link\n    url: https://b23.tv/AnyLink\n"
            ),
            0,
            ("warning:", 6, 10),
            "`m.tb.cn` is a Taobao shop short link: it names no account, so phones get no app link, only the web page",
            "hint: open the link in a browser and put the profile address from its address bar in `url:`; `hutong resolve` does that for you",
        ),
        (
            "a WeChat account without a code warns",
            format!("{HEAD_EN}  - platform: wechat\n    id: xiaoman_art\n"),
            0,
            ("warning:", 5, 5),
            "this WeChat account has no QR code: the page can only show the WeChat ID for visitors to search",
            "hint: save your code in WeChat (Me → profile → My QR Code → ··· → Save image), put it beside site.yaml and add `qr_image: wechat-qr.jpg`",
        ),
        (
            "a full-width colon",
            format!("{HEAD_HANS}  - platform： bilibili\n    id: \"87654321\"\n"),
            1,
            ("错误：", 5, 13),
            "`platform` 后面是全角冒号 `：`，YAML 要用半角冒号 `:`",
            "提示：冒号要用半角的 `:` 加一个空格，不能用全角的 `：`：`platform: bilibili`",
        ),
        (
            "full-width spaces in the indentation",
            format!("{HEAD_HANS}  - platform: bilibili\n　　id: \"87654321\"\n"),
            1,
            ("错误：", 6, 1),
            "缩进里有全角空格（U+3000）：YAML 只能用半角空格缩进",
            "提示：用半角空格缩进，每个全角空格换成两个半角空格：`    id: \"87654321\"`",
        ),
    ];
    for (case, yaml, code, (label, line, col), message, hint) in cases {
        let (_tmp, all) = checked(&yaml, &[], code);
        let [d] = &all[..] else {
            panic!("{case}: expected one message, got {all:#?}");
        };
        assert_eq!(
            (
                d.label.as_str(),
                d.line,
                d.col,
                d.message.as_str(),
                d.hint.as_str()
            ),
            (label, line, col, message, hint),
            "{case}"
        );
    }
}

#[test]
fn a_value_cut_at_a_hash_is_an_error_for_url_and_a_warning_for_text() {
    let yaml = format!(
        "{HEAD_HANT}  - url: 日常 #插画 https://b23.tv/AbC123x\n  - platform: bilibili\n    id: \"87654321\"\n    note: 每週五直播 # 歡迎\n    label: B 站  # a comment meant as one\n"
    );
    let (_tmp, all) = checked(&yaml, &[], 1);
    let d = find_at(&all, "文字在 ` #` 處被截斷了", "錯誤：", 5, 10);
    assert_eq!(
        d.hint,
        "提示：把整個值放進引號裡：`url: \"日常 #插画 https://b23.tv/AbC123x\"`"
    );
    let w = find(&all, "`note` 在 ` #` 處就結束了");
    assert!(w.message.contains("`# 歡迎`"), "{w:#?}");
    assert_at(w, "警告：", 8, 17);
    assert!(w.hint.contains("`note: \"每週五直播 # 歡迎\"`"), "{w:#?}");
    // Two blanks before `#`: a comment meant as one, not warned.
    assert!(
        !all.iter().any(|d| d.message.contains("`label`")),
        "{all:#?}"
    );
}

#[test]
fn qr_images_are_read_and_drawn_afresh() {
    // (the fixture, saved as, the key of its account, the text of its code)
    let codes = [
        ("screenshot.png", "wechat-qr.png", "wechat", PNG_TEXT),
        (
            "screenshot.jpg",
            "Screenshot 2026-01-02.JPG",
            "wechat-2",
            JPEG_TEXT,
        ),
    ];
    let mut yaml = HEAD_EN.to_owned();
    for (i, (_, name, _, _)) in codes.iter().enumerate() {
        yaml.push_str(&format!(
            "  - platform: wechat\n    id: xiaoman_{i}\n    qr_image: {name}\n"
        ));
    }
    let images: Vec<(&str, &str)> = codes.iter().map(|c| (c.0, c.1)).collect();
    let (tmp, all) = checked(&yaml, &images, 0);
    assert!(all.is_empty(), "{all:#?}");
    let build = run_in(tmp.path(), &["build", "me"]);
    assert_eq!(build.status.code(), Some(0), "{}", stderr(&build));
    let qr = tmp.path().join("dist/me/qr");
    for (_, _, key, text) in codes {
        let png = std::fs::read(qr.join(format!("{key}.png"))).unwrap();
        assert_eq!(read_codes(&decode_png(&png)), [text], "{key}");
        let svg = std::fs::read_to_string(qr.join(format!("{key}.svg"))).unwrap();
        assert!(svg.starts_with("<svg"), "{key}");
    }
}

#[test]
fn qr_image_problems_name_the_file() {
    let yaml = format!(
        "{HEAD_EN}  - platform: wechat\n    id: wechat_one\n    qr_image: gone.png\n  - platform: wechat\n    id: wechat_two\n    qr_image: notes.png\n  - platform: wechat\n    id: wechat_three\n    qr_image: blank.png\n  - platform: wechat\n    id: wechat_four\n    qr_image: two.png\n  - platform: wechat\n    id: wechat_five\n    qr: hello\n    qr_image: code.png\n  - platform: wechat\n    id: wechat_six\n    qr: code.png\n  - platform: wechat\n    id: wechat_seven\n    qr_image: ../outside.png\n  - platform: wechat\n    id: wechat_eight\n    qr_image: code.heic\n"
    );
    let (tmp, dir) = project(
        &yaml,
        &[
            ("no-code.png", "blank.png"),
            ("two-codes.png", "two.png"),
            ("screenshot.png", "code.png"),
        ],
    );
    std::fs::write(dir.join("notes.png"), "not an image\n").unwrap();
    let (_, all) = check(tmp.path(), 1);
    // The path checks come first; the files are read once the profile is valid.
    let d = find_at(&all, "`qr` and `qr_image` both", "error:", 20, 15);
    assert!(d.hint.contains("delete the other line"), "{d:#?}");
    let d = find_at(&all, "not `../outside.png`", "error:", 26, 15);
    assert_eq!(
        d.hint,
        "hint: save the QR code from the app as an image, put it beside site.yaml and write its name: `qr_image: outside.png`"
    );
    let d = find(
        &all,
        "`qr_image` takes png, jpg, jpeg, webp, gif files, not `code.heic`",
    );
    assert_at(d, "error:", 29, 15);

    // The same without those three, so the files are read.
    let yaml: String = yaml.lines().take(23).collect::<Vec<_>>().join("\n");
    let yaml = yaml.replace("    qr: hello\n", "") + "\n";
    let all = rechecked(tmp.path(), &yaml, 1);
    let d = find(&all, "the QR image `gone.png` does not exist");
    assert_at(d, "error:", 7, 15);
    assert!(d.hint.ends_with("`qr_image: gone.png`"), "{d:#?}");
    let d = find(&all, "`notes.png` is not a PNG, JPEG, WebP or GIF image");
    assert_at(d, "error:", 10, 15);
    assert!(d.hint.contains("Save image"), "{d:#?}");
    let d = find_at(&all, "no readable QR code in `blank.png`", "error:", 13, 15);
    assert!(d.hint.contains("My QR Code"), "{d:#?}");
    let d = find(&all, "`two.png` holds 2 different QR codes");
    assert_at(d, "error:", 16, 15);
    assert_eq!(d.hint, "hint: crop the image to the one code you mean");
    let d = find(&all, "`qr: code.png` names a file beside site.yaml");
    assert_at(d, "error:", 22, 9);
    assert_eq!(
        d.hint,
        "hint: for an image of a QR code write `qr_image: code.png`: hutong reads the code in it"
    );
}

#[test]
fn wechat_group_codes_warn_in_qr_and_in_qr_image() {
    let yaml = format!(
        "{HEAD_HANS}  - platform: wechat\n    id: xiaoman_art\n    qr_image: group.webp\n  - platform: wechat\n    id: xiaoman_two\n    qr: {WEBP_GROUP_TEXT}\n"
    );
    let (_tmp, all) = checked(&yaml, &[("code.webp", "group.webp")], 0);
    let group: Vec<&Shown> = all
        .iter()
        .filter(|d| {
            d.message
                .starts_with("这是微信群二维码：生成 7 天后就会失效")
        })
        .collect();
    assert_eq!(group.len(), 2, "{all:#?}");
    assert_at(group[0], "警告：", 7, 15);
    assert_at(group[1], "警告：", 10, 9);
    assert!(group[0].hint.contains("企业微信"), "{group:#?}");
}

#[test]
fn official_accounts_by_name_are_shown_and_an_old_biz_still_builds() {
    let yaml = format!(
        "{HEAD_HANS}  - platform: wechat_oa\n    id: 小满的画室\n  - platform: wechat_oa\n    id: gh_0123456789ab\n  - platform: wechat_oa\n    id: MzI5MjIwNDUwNg==\n  - platform: wechat_oa\n    id: 小满的画室\n    url: https://mp.weixin.qq.com/s?__biz=MzA3MDM3NzQ0Mw==&mid=1\n"
    );
    let (tmp, all) = checked(&yaml, &[], 0);
    assert_eq!(all.len(), 1, "{all:#?}");
    let d = find(&all, "`MzI5MjIwNDUwNg==` 是公众号的 __biz 值");
    assert_at(d, "警告：", 10, 9);
    assert!(d.hint.contains("`id: 小满的画室`"), "{d:#?}");
    let build = run_in(tmp.path(), &["build", "me"]);
    assert_eq!(build.status.code(), Some(0), "{}", stderr(&build));
    let hub = std::fs::read_to_string(tmp.path().join("dist/me/index.html")).unwrap();
    assert!(hub.contains(r#"data-c="小满的画室""#), "the name is copied");
    assert!(
        hub.contains(r#"data-c="gh_0123456789ab""#),
        "the WeChat ID is copied"
    );
    assert!(!hub.contains("MzI5MjIwNDUwNg"), "a __biz is never shown");
    // One read from an article stays only in that article's address, the link.
    assert!(
        hub.contains("__biz=MzA3MDM3NzQ0Mw"),
        "the article link is kept"
    );
    assert_eq!(
        hub.matches("MzA3MDM3NzQ0Mw").count(),
        hub.matches("__biz=MzA3MDM3NzQ0Mw").count()
    );
}

#[test]
fn fullwidth_forms_inside_values_are_read_or_explained() {
    let yaml = format!(
        "{HEAD_EN}  - platform: bilibili\n    id: １２３４５６７８９\n  - platform: email\n    id: lanlan＠163.com\n"
    );
    let (tmp, all) = checked(&yaml, &[], 0);
    let d = find(
        &all,
        "the id `１２３４５６７８９` has full-width characters",
    );
    assert_at(d, "warning:", 6, 9);
    assert!(d.message.ends_with("it is read as `123456789`"), "{d:#?}");
    assert_eq!(
        d.hint,
        "hint: switch the input method to half-width (or English) and write `id: 123456789`"
    );
    let d = find(&all, "the id `lanlan＠163.com`");
    assert!(d.message.contains("(`＠`)"), "{d:#?}");

    let all = rechecked(
        tmp.path(),
        &format!(
            "{HEAD_HANS}  - platform: bilibili\n    id: “87654321”\n  - url: https：//space.bilibili.com/87654321\n"
        ),
        1,
    );
    let d = find_at(&all, "`id` 的值用了中文引号", "错误：", 6, 9);
    assert_eq!(d.hint, "提示：请用半角的直引号：`id: \"87654321\"`");
    let d = find_at(&all, "不是有效的网址", "错误：", 7, 10);
    assert_eq!(
        d.hint,
        "提示：`https` 后面的冒号是全角的 `：`，请写成 `https://space.bilibili.com/87654321`"
    );
}

#[test]
fn starter_placeholders_and_blocked_hosts_warn() {
    let tmp = tempfile::tempdir().unwrap();
    // In a Simplified Chinese locale the starter is in Simplified Chinese, `lang:` too.
    let new = common::cli::hutong()
        .current_dir(tmp.path())
        .env("LANG", "zh_CN.UTF-8")
        .args(["new", "me"])
        .output()
        .unwrap();
    assert_eq!(new.status.code(), Some(0));
    let (_, all) = check(tmp.path(), 0);
    let d = find(&all, "`https://me.example.com/` 是示例网址");
    assert_at(d, "警告：", 12, 11);
    assert!(d.hint.contains("`base_url`"), "{d:#?}");
    for (id, line, col) in [
        ("your_wechat_id", 28, 9),
        ("12345678", 31, 9),
        ("your-name", 33, 10),
    ] {
        let d = find(&all, &format!("`{id}` 是模板里的示例"));
        assert_at(d, "警告：", line, col);
        assert!(d.hint.starts_with("提示：换成你自己的"), "{d:#?}");
    }

    let yaml = "name: Lin\nlang: en\nbase_url: https://lin.github.io/hub/\naccounts:\n  - url: https://space.bilibili.com/87654321\n";
    let all = rechecked(tmp.path(), yaml, 0);
    assert_eq!(all.len(), 1, "{all:#?}");
    let d = find(
        &all,
        "visitors inside WeChat may not be able to open a site on `github.io`",
    );
    assert_at(d, "warning:", 3, 11);
    assert!(d.hint.contains("ICP filing"), "{d:#?}");
}
