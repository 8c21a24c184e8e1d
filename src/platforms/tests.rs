use super::*;

/// The web URL an example id makes, when it is an http(s) URL.
fn example_urls() -> Vec<(&'static Platform, &'static IdForm, url::Url)> {
    let mut out = Vec::new();
    for p in all() {
        for form in p.forms {
            let Some(m) = p.match_id(form.example) else {
                continue;
            };
            let Some(web) = form.web else { continue };
            let filled = url_from_template(web, &m.values);
            if filled.starts_with("https://") || filled.starts_with("http://") {
                let url =
                    url::Url::parse(&filled).unwrap_or_else(|e| panic!("{}: {filled}: {e}", p.id));
                out.push((p, form, url));
            }
        }
    }
    out
}

#[test]
fn every_example_id_matches_its_own_form() {
    for p in all() {
        for form in p.forms {
            let m = p
                .match_id(form.example)
                .unwrap_or_else(|| panic!("{}: {}", p.id, form.example));
            assert!(
                std::ptr::eq(m.form, form),
                "{}: {} is taken by an earlier form",
                p.id,
                form.example
            );
        }
    }
}

#[test]
fn every_web_template_renders_a_url_on_the_platforms_hosts() {
    let urls = example_urls();
    assert!(urls.len() > 40, "{}", urls.len());
    for (p, _, url) in urls {
        let host = url.host_str().unwrap();
        assert!(p.owns_host(host), "{}: {url} is not on {:?}", p.id, p.hosts);
    }
}

#[test]
fn every_example_url_is_recognised_back_to_its_platform_and_id() {
    for (p, form, url) in example_urls() {
        if p.hosts.is_empty() {
            continue; // mastodon: any instance; `platform:` must be given
        }
        let found = recognise(&url).unwrap_or_else(|| panic!("{url} is not recognised"));
        assert_eq!(found.id, p.id, "{url}");
        if p.url_patterns.is_empty() {
            continue;
        }
        let id = p
            .id_from_url(&url)
            .unwrap_or_else(|| panic!("{}: no id read from {url}", p.id));
        let (a, b) = (p.match_id(&id).unwrap(), p.match_id(form.example).unwrap());
        assert_eq!(
            a.values, b.values,
            "{}: {url} gives id {id}, not {}",
            p.id, form.example
        );
    }
}

/// Every help text in each language, with where it comes from.
fn help_texts() -> Vec<(String, Text)> {
    let mut texts = Vec::new();
    for p in all() {
        texts.push((format!("{}.id_what", p.id), p.id_what));
        texts.push((format!("{}.id_howto", p.id), p.id_howto));
        if let Some(rule) = &p.app_id {
            texts.push((format!("{}.app_id.what", p.id), rule.what));
            texts.push((format!("{}.app_id.howto", p.id), rule.howto));
        }
    }
    texts
}

#[test]
fn traditional_help_texts_are_traditional_and_keep_every_code_and_address() {
    // Characters that exist only in Simplified script, as a check against a text
    // copied from `zh_hans` unconverted.
    let simplified = "个这们号网开码设户页时书为与应头图说账链载单发关块条软备";
    let ascii = |text: &str| -> Vec<String> {
        text.split(|c: char| !c.is_ascii_graphic())
            .filter(|w| !w.is_empty() && *w != "QR")
            .map(str::to_owned)
            .collect()
    };
    for (place, text) in help_texts() {
        assert!(!text.zh_hant.trim().is_empty(), "{place}");
        if let Some(c) = text.zh_hant.chars().find(|c| simplified.contains(*c)) {
            panic!("{place}: `{c}` is Simplified: {}", text.zh_hant);
        }
        assert!(
            !text.zh_hant.contains(['“', '”']),
            "{place}: Traditional Chinese quotes with 「」"
        );
        // URLs, ids, paths and key names pass through unchanged.
        assert_eq!(ascii(text.zh_hant), ascii(text.zh_hans), "{place}");
    }
}

#[test]
fn help_texts_come_in_each_language() {
    let wechat = get("wechat").unwrap();
    assert!(
        wechat
            .id_what
            .get(crate::Lang::En)
            .starts_with("Your WeChat ID")
    );
    assert!(
        wechat
            .id_what
            .get(crate::Lang::ZhHans)
            .starts_with("你的微信号")
    );
    assert!(
        wechat
            .id_what
            .get(crate::Lang::ZhHant)
            .starts_with("你的微信號")
    );
}

#[test]
fn hosts_match_only_on_label_boundaries() {
    assert!(host_in_domain("space.bilibili.com", "bilibili.com"));
    assert!(host_in_domain("BILIBILI.COM.", "bilibili.com"));
    assert!(!host_in_domain("xbilibili.com", "bilibili.com"));
    assert!(!host_in_domain("bilibili.com.evil.example", "bilibili.com"));
    assert!(!host_in_domain("bilibili.com..", "bilibili.com"));
    assert!(!host_in_domain("evil.example.", "bilibili.com"));
}

#[test]
fn only_link_and_federated_platforms_take_any_host() {
    for p in all().iter().filter(|p| p.hosts.is_empty()) {
        let any = p.owns_host("evil.example");
        assert_eq!(
            any,
            matches!(p.kind, Kind::Link | Kind::Profile),
            "{}",
            p.id
        );
    }
    assert!(!get("wechat_channels").unwrap().owns_host("evil.example"));
    assert!(get("mastodon").unwrap().owns_host("mastodon.social"));
}

#[test]
fn url_templates_encode_values_but_keep_id_characters() {
    let values = vec![("id", "a b/ü@x".to_owned())];
    assert_eq!(
        url_from_template("https://x.example/{id}?q={id}", &values),
        "https://x.example/a%20b%2F%C3%BC@x?q=a%20b%2F%C3%BC@x"
    );
    assert_eq!(url_from_template("{missing}", &values), "{missing}");
}

#[test]
fn url_patterns_read_ids_from_paths_queries_and_fragments() {
    let id = |u: &str| {
        let url = url::Url::parse(u).unwrap();
        recognise(&url).and_then(|p| p.id_from_url(&url).map(|id| (p.id, id)))
    };
    for (address, platform, platform_id) in [
        (
            "https://space.bilibili.com/12345678/",
            "bilibili",
            "12345678",
        ),
        ("https://m.weibo.cn/u/1234567890", "weibo", "1234567890"),
        ("https://www.tiktok.com/@someone", "tiktok", "someone"),
        (
            "https://music.163.com/#/user/home?id=42",
            "netease_music",
            "42",
        ),
        (
            "https://shop.m.taobao.com/shop/shop_index.htm?spm=a&shop_id=123",
            "taobao_shop",
            "123",
        ),
    ] {
        assert_eq!(
            id(address),
            Some((platform, platform_id.into())),
            "{address}"
        );
    }
    // A platform host without an id-carrying shape: recognised, no id.
    let url = url::Url::parse("https://b23.tv/AbCdE").unwrap();
    assert_eq!(recognise(&url).map(|p| p.id), Some("bilibili"));
    assert_eq!(recognise(&url).and_then(|p| p.id_from_url(&url)), None);
}

/// Douyin and TikTok are one logo: Douyin draws simple-icons' `tiktok` mark, not a
/// character.
#[test]
fn douyin_draws_the_tiktok_mark() {
    let mark = |id: &str| match get(id).unwrap().icon {
        Icon::Path(d) => d,
        Icon::Mark(text) => panic!("{id} has the text mark {text}"),
    };
    assert_eq!(mark("douyin"), mark("tiktok"));
}
