//! `hutong platforms NAME`: a platform by any of its names, and what it says about the
//! addresses that are not profiles.

mod common;

use common::assert_contains;

use common::cli::{failed, run, stdout};

fn platforms(name: &str) -> std::process::Output {
    run(&["platforms", name])
}

#[test]
fn names_and_nicknames_show_the_platform() {
    for (name, id) in [
        ("抖音", "douyin"),
        ("小红书", "xiaohongshu"),
        ("b站", "bilibili"),
        ("B站", "bilibili"),
        ("嗶哩嗶哩", "bilibili"),
        ("公众号", "wechat_oa"),
        ("视频号", "wechat_channels"),
        ("淘宝", "taobao_shop"),
        ("微博", "weibo"),
        ("YouTube", "youtube"),
    ] {
        let out = platforms(name);
        assert!(out.status.success(), "{name}: {out:?}");
        let text = stdout(&out);
        assert!(text.starts_with(&format!("{id} — ")), "{name}: {text}");
    }
}

#[test]
fn an_unknown_name_gets_the_closest_platforms() {
    let out = platforms("抖因");
    let err = failed(&out, 2);
    assert_contains(&err, "unknown platform `抖因`: did you mean `douyin`?");
    let out = platforms("zzzzzzzz");
    let err = failed(&out, 2);
    assert!(err.contains("run `hutong platforms` for the list"), "{err}");
}

#[test]
fn the_detail_names_the_pages_that_are_not_profiles() {
    let text = stdout(&platforms("bilibili"));
    assert_contains(
        &text,
        "one Bilibili video, e.g. https://www.bilibili.com/video/BV",
    );
    assert!(text.contains("copy your profile instead: "), "{text}");
    assert_contains(
        &text,
        "https://space.bilibili.com/546195/dynamic  →  id: 546195",
    );
}
