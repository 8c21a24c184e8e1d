//! Guards for the rules: every example is what its rule says, no rule takes a profile.

use super::rules::*;
use super::words::*;
use super::*;
use crate::Lang;
use crate::platforms::{all, get, url_from_template};

fn url(s: &str) -> url::Url {
    url::Url::parse(s).unwrap_or_else(|e| panic!("{s}: {e}"))
}

/// The same id as far as the platform's links go (`@mkbhd` and `mkbhd` are one).
fn same_id(p: &'static Platform, a: &str, b: &str) -> bool {
    match (p.match_id(a), p.match_id(b)) {
        (Some(a), Some(b)) => {
            a.values.iter().eq(b.values.iter())
                || a.values[1..] == b.values[1..] && !a.values[1..].is_empty()
        }
        _ => false,
    }
}

#[test]
fn pages_are_sorted_unique_and_name_registry_platforms() {
    let ids: Vec<&str> = PAGES.iter().map(|p| p.platform).collect();
    assert!(ids.windows(2).all(|w| w[0] < w[1]), "not sorted: {ids:?}");
    for id in ids {
        assert!(get(id).is_some(), "{id}: not a platform");
    }
}

#[test]
fn every_not_profile_example_is_that_page_of_its_own_platform() {
    let mut count = 0;
    for pages in PAGES {
        let platform = get(pages.platform).unwrap();
        for rule in pages.not_profiles {
            assert!(
                rule.pattern.starts_with('^'),
                "{}: {}",
                pages.platform,
                rule.pattern
            );
            regex_lite::Regex::new(rule.pattern)
                .unwrap_or_else(|e| panic!("{}: {}: {e}", pages.platform, rule.pattern));
            let got = classify(&url(rule.example));
            assert_eq!(
                got,
                Classified::NotProfile {
                    platform,
                    what: rule.what
                },
                "{}",
                rule.example
            );
            count += 1;
        }
    }
    assert!(count >= 60, "{count}");
}

#[test]
fn the_issues_addresses_are_not_profiles() {
    for (address, platform, what) in [
        (
            "https://www.bilibili.com/video/BV1GJ411x7h7/?spm_id_from=333",
            "bilibili",
            &VIDEO,
        ),
        (
            "https://m.bilibili.com/video/BV1GJ411x7h7",
            "bilibili",
            &VIDEO,
        ),
        (
            "https://www.xiaohongshu.com/discovery/item/64b1f2a3000000001203c4d5?xsec_token=x",
            "xiaohongshu",
            &NOTE,
        ),
        (
            "https://www.douyin.com/video/7301234567890123456",
            "douyin",
            &VIDEO,
        ),
        (
            "https://www.iesdouyin.com/share/video/7301234567890123456/?region=CN",
            "douyin",
            &VIDEO,
        ),
        ("https://www.douyin.com/user/self", "douyin", &SELF),
        (
            "https://m.youtube.com/watch?v=dQw4w9WgXcQ&feature=share",
            "youtube",
            &VIDEO,
        ),
        ("https://youtu.be/dQw4w9WgXcQ?si=abc", "youtube", &VIDEO),
        (
            "https://www.youtube.com/shorts/abcdefghijk",
            "youtube",
            &VIDEO,
        ),
        (
            "https://www.instagram.com/natgeo/p/C1a2B3c4D5e/",
            "instagram",
            &POST,
        ),
        (
            "https://www.instagram.com/reels/C1a2B3c4D5e/",
            "instagram",
            &VIDEO,
        ),
        ("https://instagram.com/explore", "instagram", &PLATFORM_PAGE),
        (
            "https://item.taobao.com/item.htm?spm=a1z10&id=712345678901",
            "taobao_shop",
            &PRODUCT,
        ),
        (
            "https://detail.m.tmall.com/item.htm?id=712345678901",
            "tmall_shop",
            &PRODUCT,
        ),
        (
            "https://item.m.jd.com/product/100012043978.html",
            "jd_shop",
            &PRODUCT,
        ),
        ("https://www.taobao.com/", "taobao_shop", &HOME),
        ("https://taobao.com", "taobao_shop", &HOME),
        ("https://m.taobao.com/", "taobao_shop", &HOME),
        ("https://www.bilibili.com/", "bilibili", &HOME),
        ("https://www.jd.com/", "jd_shop", &HOME),
        ("https://www.tmall.com/", "tmall_shop", &HOME),
        ("https://music.163.com/#/", "netease_music", &HOME),
        ("https://m.weibo.cn/status/4951234567890123", "weibo", &POST),
        ("https://twitter.com/jack/status/20", "x", &POST),
        (
            "https://www.tiktok.com/@khaby.lame/video/7012345678901234567?lang=en",
            "tiktok",
            &VIDEO,
        ),
    ] {
        let got = classify(&url(address));
        assert_eq!(
            got,
            Classified::NotProfile {
                platform: get(platform).unwrap(),
                what
            },
            "{address}"
        );
    }
}

#[test]
fn every_new_profile_form_reads_its_id() {
    for pages in PAGES {
        let platform = get(pages.platform).unwrap();
        for (address, id) in pages.profiles {
            let Classified::Profile {
                platform: p,
                id: Some(got),
            } = classify(&url(address))
            else {
                panic!("{address}: {:?}", classify(&url(address)));
            };
            assert_eq!(p.id, platform.id, "{address}");
            assert!(
                same_id(platform, &got, id),
                "{address}: read {got}, not {id}"
            );
        }
    }
}

/// Every profile address the registry knows: its own web templates filled with the
/// example ids, and the forms above.
fn profile_addresses() -> Vec<(&'static Platform, String)> {
    let mut out = Vec::new();
    for p in all().iter().filter(|p| !p.hosts.is_empty()) {
        for form in p.forms {
            let (Some(m), Some(web)) = (p.match_id(form.example), form.web) else {
                continue;
            };
            let address = url_from_template(web, &m.values);
            if address.starts_with("https://") {
                out.push((p, address));
            }
        }
    }
    for pages in PAGES {
        for (address, _) in pages.profiles {
            out.push((get(pages.platform).unwrap(), (*address).to_owned()));
        }
    }
    out
}

#[test]
fn no_not_profile_rule_takes_a_profile() {
    let addresses = profile_addresses();
    assert!(addresses.len() > 50, "{}", addresses.len());
    for (platform, address) in addresses {
        match classify(&url(&address)) {
            Classified::Profile { platform: p, .. } => {
                assert_eq!(p.id, platform.id, "{address}")
            }
            other => panic!("{address}: {other:?}"),
        }
        // The rules of every other platform leave it alone as well.
        for other in all() {
            assert!(
                other.not_profile(&url(&address)).is_none(),
                "{}: {address}",
                other.id
            );
        }
    }
}

#[test]
fn short_links_and_other_sites_are_told_apart() {
    let b23 = url("https://b23.tv/AbC123x");
    assert_eq!(
        classify(&b23),
        Classified::Short {
            platform: get("bilibili").unwrap()
        }
    );
    assert_eq!(
        classify(&url("https://example.com/video/1")),
        Classified::Unknown
    );
    // A live room or a profile the registry cannot read: a profile without an id.
    assert_eq!(
        classify(&url("https://live.bilibili.com/21452505")),
        Classified::Profile {
            platform: get("bilibili").unwrap(),
            id: None
        }
    );
    assert_eq!(
        classify(&url("https://music.163.com/#/user/home?id=42")),
        Classified::Profile {
            platform: get("netease_music").unwrap(),
            id: Some("42".into())
        }
    );
    // A root with an id in its host is the shop, not Taobao's home page.
    assert!(matches!(
        classify(&url("https://shop104736810.taobao.com/")),
        Classified::Profile { id: Some(_), .. }
    ));
}

#[test]
fn what_a_page_is_reads_in_each_language() {
    let video = classify(&url("https://www.bilibili.com/video/BV1GJ411x7h7"));
    assert_eq!(video.what(Lang::En).as_deref(), Some("one Bilibili video"));
    assert_eq!(
        video.what(Lang::ZhHans).as_deref(),
        Some("一个哔哩哔哩视频")
    );
    assert_eq!(
        video.what(Lang::ZhHant).as_deref(),
        Some("一部嗶哩嗶哩影片")
    );
    let home = classify(&url("https://www.taobao.com/"));
    assert_eq!(home.what(Lang::ZhHans).as_deref(), Some("淘宝店铺的首页"));
    assert_eq!(classify(&url("https://b23.tv/x")).what(Lang::En), None);
}

#[test]
fn every_platform_says_how_to_copy_its_profile() {
    let simplified = "个这们号网开码设户页时书为与应头图说账链载单发关块条软备";
    let ascii = |text: &str| -> Vec<String> {
        text.split(|c: char| !c.is_ascii_graphic())
            .filter(|w| !w.is_empty())
            .map(str::to_owned)
            .collect()
    };
    let whats = [
        &VIDEO,
        &NOTE,
        &POST,
        &ARTICLE,
        &ANSWER,
        &QUESTION,
        &PRODUCT,
        &MUSIC,
        &SUBJECT,
        &SEARCH,
        &HOME,
        &PLATFORM_PAGE,
        &SELF,
    ];
    let howtos = PAGES.iter().filter_map(|p| p.profile_howto.as_ref());
    for text in whats.into_iter().chain(howtos) {
        for s in [text.en, text.zh_hans, text.zh_hant] {
            assert!(!s.trim().is_empty(), "{text:?}");
        }
        if let Some(c) = text.zh_hant.chars().find(|c| simplified.contains(*c)) {
            panic!("`{c}` is Simplified: {}", text.zh_hant);
        }
        assert!(!text.zh_hant.contains(['“', '”']), "{}", text.zh_hant);
        assert_eq!(ascii(text.zh_hant), ascii(text.zh_hans), "{text:?}");
    }
    for p in all() {
        assert!(!p.profile_howto().en.is_empty(), "{}", p.id);
    }
    assert!(
        get("bilibili")
            .unwrap()
            .profile_howto()
            .zh_hans
            .contains("复制链接")
    );
    assert_eq!(
        get("github").unwrap().profile_howto(),
        &get("github").unwrap().id_howto
    );
}
