//! The import from a page's text to the profile it writes, without the disk.

use super::*;

fn found(text: &str, href: &str, kind: Option<&str>) -> Found {
    Found {
        text: text.into(),
        href: href.into(),
        kind: kind.map(str::to_owned),
        group: None,
    }
}

fn settings(slug: Option<&str>) -> Settings {
    Settings {
        file: PathBuf::from("index.html"),
        slug: slug.map(str::to_owned),
        lang: Lang::ZhHant,
    }
}

fn account(outcome: &Outcome) -> &Account {
    match outcome {
        Outcome::Account(a) => a,
        Outcome::Skipped(why) => panic!("skipped: {why:?}"),
    }
}

fn littlelink(body: &str) -> Page {
    read(&format!(
        "<h1>Page</h1>{body}<a class=\"button button-x\" href=\"#\">x</a>"
    ))
    .unwrap()
}

#[test]
fn contacts_are_read_out_of_mailto_and_tel() {
    let mail = accounts::recognise(
        &found("Mail", "MAILTO:a%40b.example?subject=hi", None),
        Lang::En,
    );
    assert_eq!(account(&mail).platform, "email");
    assert_eq!(account(&mail).id.as_deref(), Some("a@b.example"));
    let phone = accounts::recognise(&found("电话", "tel:+86 (138) 0013-8000", None), Lang::En);
    assert_eq!(account(&phone).platform, "phone");
    assert_eq!(account(&phone).id.as_deref(), Some("+8613800138000"));
    // `电话` is the platform's name: no label needed.
    assert_eq!(account(&phone).label, None);
    let bad = accounts::recognise(&found("Mail", "mailto:nobody", None), Lang::En);
    assert_eq!(bad, Outcome::Skipped(Skip::Invalid));
}

#[test]
fn what_a_hub_cannot_link_to_is_left_out_with_its_reason() {
    let cases = [
        ("#", Skip::Placeholder),
        ("", Skip::Placeholder),
        ("privacy.html", Skip::Relative),
        ("/about/", Skip::Relative),
        ("javascript:alert(1)", Skip::Scheme),
        ("sms:+8613800138000", Skip::Scheme),
        ("https://exa mple.com/", Skip::Invalid),
    ];
    for (href, why) in cases {
        assert_eq!(
            accounts::recognise(&found("Text", href, None), Lang::En),
            Outcome::Skipped(why),
            "{href}"
        );
    }
}

#[test]
fn a_placeholder_is_not_guessed_into_an_account_from_its_name() {
    // LittleLink's template leaves `href="#"` on a Discord button saying "Discord".
    let outcome = accounts::recognise(&found("Discord", "#", Some("discord")), Lang::En);
    assert_eq!(outcome, Outcome::Skipped(Skip::Placeholder));
    // A WeChat button carries its id in the text: taken, and said to be a guess.
    let wechat = accounts::recognise(&found("lanlan_art", "#", Some("wechat")), Lang::En);
    assert_eq!(account(&wechat).platform, "wechat");
    assert_eq!(account(&wechat).id.as_deref(), Some("lanlan_art"));
    assert_eq!(account(&wechat).notes, [Note::GuessedKind("wechat".into())]);
}

#[test]
fn a_label_is_kept_only_where_it_says_more_than_the_platforms_name() {
    let same = accounts::recognise(&found("github", "https://github.com/a", None), Lang::En);
    assert_eq!(account(&same).label, None);
    let more = accounts::recognise(&found("My code", "https://github.com/a", None), Lang::En);
    assert_eq!(account(&more).label.as_deref(), Some("My code"));
    let long = "x".repeat(100);
    let cut = accounts::recognise(&found(&long, "https://shop.example/", None), Lang::En);
    assert_eq!(
        account(&cut).label.as_ref().map(|l| l.chars().count()),
        Some(80)
    );
    assert_eq!(account(&cut).notes, [Note::Shortened(80)]);
}

#[test]
fn what_the_checker_refuses_falls_back_to_a_plain_link_then_to_nothing() {
    let github = accounts::recognise(&found("Code", "https://github.com/a", None), Lang::En);
    let as_link = accounts::checked(github.clone(), Lang::En, |a| a.platform == "link");
    let link = account(&as_link);
    assert_eq!(link.url.as_deref(), Some("https://github.com/a"));
    assert_eq!(link.label.as_deref(), Some("Code"));
    assert_eq!(link.notes, [Note::Refused("github")]);
    let bare = accounts::checked(github.clone(), Lang::En, |a| {
        a.label.is_none() && a.platform == "github"
    });
    assert_eq!(account(&bare).id.as_deref(), Some("a"));
    assert_eq!(
        accounts::checked(github, Lang::En, |_| false),
        Outcome::Skipped(Skip::Invalid)
    );
}

#[test]
fn the_slug_comes_from_the_username_or_name_else_is_asked_for() {
    let mut page = littlelink("");
    page.name = Some("Mara Quinn · Art!".into());
    assert_eq!(
        draft(page.clone(), &settings(None)).unwrap().slug,
        "mara-quinn-art"
    );
    page.username = Some("kai.draws_2".into());
    assert_eq!(
        draft(page.clone(), &settings(None)).unwrap().slug,
        "kai-draws-2"
    );
    page.username = Some("蓝蓝".into());
    assert!(
        matches!(draft(page.clone(), &settings(None)), Err(Error::NoSlug { name, .. }) if name == "蓝蓝")
    );
    assert_eq!(
        draft(page.clone(), &settings(Some("lanlan"))).unwrap().slug,
        "lanlan"
    );
    assert!(matches!(
        draft(page, &settings(Some("Lan Lan"))),
        Err(Error::BadSlug { .. })
    ));
}

#[test]
fn the_language_is_guessed_from_the_text_else_the_command_lines() {
    let mut page = littlelink("");
    page.name = Some("蓝蓝".into());
    let d = draft(page.clone(), &settings(Some("a"))).unwrap();
    assert_eq!((d.lang, d.lang_guessed), (Lang::ZhHans, true));
    page.lang_tag = Some("zh-TW".into());
    assert_eq!(
        draft(page.clone(), &settings(Some("a"))).unwrap().lang,
        Lang::ZhHant
    );
    page.name = Some("Blue".into());
    assert_eq!(
        draft(page.clone(), &settings(Some("a"))).unwrap().lang,
        Lang::En
    );
    page.name = Some("🎨 ✨".into());
    page.links.clear();
    let d = draft(page, &settings(Some("a"))).unwrap();
    assert_eq!((d.lang, d.lang_guessed), (Lang::ZhHant, false));
}

#[test]
fn one_short_line_is_a_tagline_and_more_is_a_bio_in_markdown() {
    let page = littlelink("<p>Painter</p>");
    let d = draft(page, &settings(Some("a"))).unwrap();
    assert_eq!((d.tagline.as_deref(), d.bio), (Some("Painter"), None));
    let page = littlelink("<p>1. *Big* <b>murals</b><br>- [shop] &amp;co</p>");
    let d = draft(page, &settings(Some("a"))).unwrap();
    assert_eq!(d.tagline, None);
    assert_eq!(
        d.bio.as_deref(),
        Some("1\\. \\*Big\\* murals\\\n\\- \\[shop\\] \\&co")
    );
}

#[test]
fn the_profile_written_reads_back_and_passes_the_checker() {
    let page = read(
        "<h1>Kai</h1><p>Comics</p>\
         <a class=\"button button-github\" href=\"https://github.com/kai\">GitHub</a>\
         <a class=\"button button-default\" href=\"https://kai.example/\">no</a>",
    )
    .unwrap();
    let d = draft(page, &settings(None)).unwrap();
    let text = write::profile(&d, Lang::ZhHant);
    assert!(
        text.starts_with("# 由 `hutong import` 從 index.html（LittleLink 頁面）匯入。"),
        "{text}"
    );
    let parsed = crate::profile::parse(&text);
    let profile = parsed.profile.expect("valid");
    assert_eq!(profile.name, "Kai");
    assert_eq!(profile.accounts[1].label.as_deref(), Some("no"));
    let codes: Vec<&str> = parsed.diagnostics.iter().map(|d| d.code).collect();
    assert_eq!(codes, ["base-url-example"]);
}

#[test]
fn links_past_the_accounts_limit_are_left_out_not_written() {
    let mut page = littlelink("");
    page.links = (0..MAX_ACCOUNTS + 2)
        .map(|i| found("Shop", &format!("https://shop.example/{i}"), None))
        .collect();
    let d = draft(page, &settings(Some("a"))).unwrap();
    let skipped: Vec<&Outcome> = d
        .entries
        .iter()
        .map(|e| &e.outcome)
        .filter(|o| matches!(o, Outcome::Skipped(_)))
        .collect();
    assert_eq!(skipped, [&Outcome::Skipped(Skip::TooMany); 2]);
    for lang in Lang::ALL {
        let why = write::skip_reason(Skip::TooMany, lang);
        assert!(why.contains(&MAX_ACCOUNTS.to_string()), "{why}");
    }
    assert!(
        crate::profile::parse(&write::profile(&d, Lang::En))
            .errors()
            .next()
            .is_none()
    );
}
