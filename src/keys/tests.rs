//! Key assignment and the lock file, on string literals.

use super::*;

fn account(platform: &str, id: &str) -> Account {
    Account {
        identity: Identity::id(platform, id),
        key: None,
        shown: true,
    }
}

fn fixed(platform: &str, id: &str, key: &str) -> Account {
    Account {
        key: Some(key.to_owned()),
        ..account(platform, id)
    }
}

fn assign_ok(accounts: &[Account], lock: &Lock) -> Assigned {
    assign(accounts, lock).unwrap_or_else(|e| panic!("keys assign: {e:?}"))
}

fn keys_of(accounts: &[Account], lock: &Lock) -> Vec<String> {
    assign_ok(accounts, lock).keys
}

/// The keys each account had, looked up by identity.
fn by_identity(accounts: &[Account], keys: &[String]) -> HashMap<Identity, String> {
    accounts
        .iter()
        .zip(keys)
        .map(|(a, k)| (a.identity.clone(), k.clone()))
        .collect()
}

#[test]
fn new_accounts_take_the_platform_id_then_numbers() {
    let accounts = [
        account("taobao_shop", "1"),
        account("wechat", "a"),
        account("taobao_shop", "2"),
        account("taobao_shop", "3"),
    ];
    assert_eq!(
        keys_of(&accounts, &Lock::default()),
        ["taobao_shop", "wechat", "taobao_shop-2", "taobao_shop-3"]
    );
}

#[test]
fn an_empty_lock_gives_the_keys_links_gave_by_position() {
    let yaml = "\
name: Test
base_url: https://example.com/test/
accounts:
  - platform: bilibili
    id: \"1\"
  - platform: taobao_shop
    id: \"11\"
    hidden: true
  - platform: bilibili
    id: \"2\"
  - platform: taobao_shop
    id: \"12\"
  - url: https://space.bilibili.com/3
  - platform: link
    url: https://shop.example.com/
  - platform: link
    url: https://shop.example.com/sale
  - platform: taobao_shop
    id: \"13\"
";
    let parsed = crate::profile::parse(yaml);
    let profile = parsed
        .profile
        .unwrap_or_else(|| panic!("a valid profile: {:#?}", parsed.diagnostics));
    let accounts: Vec<Account> = profile
        .accounts
        .iter()
        .map(|a| Account {
            identity: match (&a.id, &a.url) {
                (Some(id), _) => Identity::id(a.platform.id, id),
                (None, Some(url)) => Identity::url(a.platform.id, url.as_str()),
                (None, None) => unreachable!("the profile checks that one is given"),
            },
            key: None,
            shown: !a.hidden,
        })
        .collect();
    let assigned = assign_ok(&accounts, &Lock::default());
    let shown: Vec<&str> = assigned
        .keys
        .iter()
        .zip(&accounts)
        .filter(|(_, a)| a.shown)
        .map(|(k, _)| k.as_str())
        .collect();
    let by_position: Vec<String> = crate::links::resolve(&profile)
        .into_iter()
        .map(|l| l.key)
        .collect();
    assert_eq!(shown, by_position);
    assert_eq!(assigned.keys.len(), 8);
    // The hidden account's key is handed out (and kept), its page retired.
    assert_eq!(assigned.retired, ["taobao_shop"]);
    assert_eq!(assigned.lock.len(), 8);
    assert_eq!(assigned.keys[4], "bilibili-3");
}

#[test]
fn reordering_keeps_every_key() {
    let before = [
        account("instagram", "old"),
        account("wechat", "w"),
        account("instagram", "new"),
    ];
    let first = assign_ok(&before, &Lock::default());
    let after = [
        account("instagram", "new"),
        account("instagram", "old"),
        account("wechat", "w"),
    ];
    let second = assign_ok(&after, &first.lock);
    assert_eq!(second.keys, ["instagram-2", "instagram", "wechat"]);
    assert_eq!(
        by_identity(&before, &first.keys),
        by_identity(&after, &second.keys)
    );
    assert_eq!(second.lock, first.lock, "nothing new to remember");
    assert!(second.retired.is_empty() && second.aliases.is_empty());
}

#[test]
fn a_new_account_takes_the_first_free_key() {
    let first = assign_ok(
        &[account("x", "a"), account("x", "b"), account("x", "c")],
        &Lock::default(),
    );
    // `x-2` is removed; a new `x` account must not take it over.
    let second = assign_ok(
        &[account("x", "d"), account("x", "a"), account("x", "c")],
        &first.lock,
    );
    assert_eq!(second.keys, ["x-4", "x", "x-3"]);
    assert_eq!(second.retired, ["x-2"]);
    assert_eq!(second.lock.get("x-2"), Some(&Identity::id("x", "b")));
    assert_eq!(second.lock.get("x-4"), Some(&Identity::id("x", "d")));
}

#[test]
fn a_removed_account_retires_its_key_and_gets_it_back() {
    let all = [account("qq", "1"), account("qq", "2")];
    let first = assign_ok(&all, &Lock::default());
    let second = assign_ok(&all[1..], &first.lock);
    assert_eq!(second.keys, ["qq-2"]);
    assert_eq!(second.retired, ["qq"]);
    // Scheduled out, then back: the same key.
    let third = assign_ok(&all, &second.lock);
    assert_eq!(third.keys, ["qq", "qq-2"]);
    assert!(third.retired.is_empty());
}

#[test]
fn an_account_not_shown_keeps_its_key_and_retires_its_page() {
    let mut accounts = [account("weibo", "1"), account("weibo", "2")];
    let first = assign_ok(&accounts, &Lock::default());
    accounts[0].shown = false;
    let second = assign_ok(&accounts, &first.lock);
    assert_eq!(second.keys, first.keys);
    assert_eq!(second.retired, ["weibo"]);
}

#[test]
fn a_key_is_never_reused_for_another_account() {
    let mut lock = Lock::default();
    for round in 0..5 {
        // Each round lists only a brand-new account of the same platform.
        let id = round.to_string();
        let assigned = assign_ok(&[account("zhihu", &id)], &lock);
        let key = &assigned.keys[0];
        assert!(lock.get(key).is_none(), "round {round} reused {key}");
        lock = assigned.lock;
    }
    assert_eq!(
        lock.iter().map(|(k, _)| k).collect::<Vec<_>>(),
        ["zhihu", "zhihu-2", "zhihu-3", "zhihu-4", "zhihu-5"]
    );
}

#[test]
fn a_fixed_key_wins_and_generated_keys_step_around_it() {
    let accounts = [
        account("wechat", "a"),
        fixed("wechat", "b", "wechat"),
        fixed("wechat", "c", "wx"),
    ];
    let assigned = assign_ok(&accounts, &Lock::default());
    assert_eq!(assigned.keys, ["wechat-2", "wechat", "wx"]);
    assert_eq!(assigned.lock.get("wx"), Some(&Identity::id("wechat", "c")));
}

#[test]
fn adding_a_fixed_key_keeps_the_old_one_as_an_alias() {
    let first = assign_ok(&[account("wechat", "a")], &Lock::default());
    let accounts = [fixed("wechat", "a", "wx")];
    let second = assign_ok(&accounts, &first.lock);
    assert_eq!(second.keys, ["wx"]);
    assert_eq!(
        second.aliases,
        [Alias {
            key: "wechat".into(),
            account: 0
        }]
    );
    assert!(second.retired.is_empty());
    // Dropping `key:` again: the account keeps one of its own keys, never a new one.
    let third = assign_ok(&[account("wechat", "a")], &second.lock);
    assert_eq!(third.keys, ["wechat"]);
    assert_eq!(third.aliases.len(), 1);
    assert_eq!(third.lock, second.lock);
}

#[test]
fn a_fixed_key_the_lock_gave_another_account_names_both() {
    let first = assign_ok(&[account("wechat", "old")], &Lock::default());
    let accounts = [fixed("wechat", "new", "wechat")];
    let errors = assign(&accounts, &first.lock).unwrap_err();
    assert_eq!(
        errors,
        [KeyError::Taken {
            key: "wechat".into(),
            account: 0,
            identity: Identity::id("wechat", "new"),
            owner: Identity::id("wechat", "old"),
        }]
    );
    let text = errors[0].to_string();
    assert!(text.contains(r#"wechat id "old""#), "{text}");
    assert!(text.contains(r#"wechat id "new""#), "{text}");
    assert!(errors[0].hint().contains("keys.lock"));
}

#[test]
fn bad_duplicate_and_reserved_fixed_keys_are_all_reported() {
    let accounts = [
        fixed("x", "1", "My_Shop"),
        fixed("x", "2", "shop"),
        fixed("x", "3", "shop"),
        fixed("x", "4", "site"),
        fixed("x", "5", &"a".repeat(41)),
        fixed("x", "6", "-a"),
        fixed("x", "7", &"b".repeat(40)),
    ];
    let errors = assign(&accounts, &Lock::default()).unwrap_err();
    assert_eq!(
        errors,
        [
            KeyError::BadFormat {
                account: 0,
                key: "My_Shop".into()
            },
            KeyError::Duplicate {
                key: "shop".into(),
                first: 1,
                second: 2
            },
            KeyError::Reserved {
                account: 3,
                key: "site".into()
            },
            KeyError::BadFormat {
                account: 4,
                key: "a".repeat(41)
            },
            KeyError::BadFormat {
                account: 5,
                key: "-a".into()
            },
        ]
    );
    assert_eq!(errors[0].hint(), "for example `my-shop`");
}

#[test]
fn the_same_account_twice_gets_two_keys_that_stay() {
    let accounts = [account("link", "x"), account("link", "x")];
    let first = assign_ok(&accounts, &Lock::default());
    assert_eq!(first.keys, ["link", "link-2"]);
    let second = assign_ok(&accounts, &first.lock);
    assert_eq!(second.keys, first.keys);
    // One of the two removed: its key leads to the same account, not to the hub.
    let third = assign_ok(&accounts[..1], &first.lock);
    assert_eq!(third.keys, ["link"]);
    assert_eq!(
        third.aliases,
        [Alias {
            key: "link-2".into(),
            account: 0
        }]
    );
}

#[test]
fn the_lock_round_trips_exactly() {
    let accounts = [
        account("wechat", "xiaoman_art"),
        account("wechat_oa", "小满的画室 \"工作室\"\t\\"),
        Account {
            identity: Identity::url("link", "https://shop.example.com/sale?a=1&b=%22"),
            key: None,
            shown: true,
        },
        fixed("bilibili", "12345678", "b"),
    ];
    let mut many: Vec<Account> = accounts.to_vec();
    many.extend((0..11).map(|n| account("x", &n.to_string())));
    let lock = assign_ok(&many, &Lock::default()).lock;
    let text = lock.to_string();
    assert_eq!(parse(&text), Ok(lock.clone()));
    assert_eq!(parse(&text).map(|l| l.to_string()), Ok(text.clone()));
    let lines: Vec<&str> = text.lines().filter(|l| !l.starts_with('#')).collect();
    assert_eq!(
        lines[..5],
        [
            r#"b bilibili id "12345678""#,
            r#"link link url "https://shop.example.com/sale?a=1&b=%22""#,
            r#"wechat wechat id "xiaoman_art""#,
            r#"wechat_oa wechat_oa id "小满的画室 \"工作室\"\t\\""#,
            r#"x x id "0""#,
        ]
    );
    // Numbers in their order, not the bytes'.
    assert_eq!(lines[6], r#"x-3 x id "2""#);
    assert_eq!(lines.last(), Some(&r#"x-11 x id "10""#));
    assert!(text.starts_with("# keys.lock"));
    assert!(text.contains("Commit this file"));
}

#[test]
fn the_lock_tolerates_hand_editing_that_keeps_its_meaning() {
    let text = "\r\n  # a comment\r\n\tqq\tqq  id   \"1\"  \r\nb bilibili url \"https://b23.tv/x\"";
    let lock = parse(text).unwrap();
    assert_eq!(lock.get("qq"), Some(&Identity::id("qq", "1")));
    assert_eq!(
        lock.get("b"),
        Some(&Identity::url("bilibili", "https://b23.tv/x"))
    );
    assert!(parse("").unwrap().is_empty());
}

#[test]
fn a_broken_lock_is_refused_with_its_position() {
    let cases: &[(&str, usize, usize, &str)] = &[
        ("# ok\nwechat wechat id\n", 2, 17, "ends early"),
        ("Wx wechat id \"a\"\n", 1, 1, "not a key"),
        ("wx We-Chat id \"a\"\n", 1, 4, "not a platform"),
        ("wx wechat name \"a\"\n", 1, 11, "`id` or `url`"),
        ("wx wechat id a\n", 1, 14, "double quotes"),
        ("wx wechat id \"a\" trailing\n", 1, 18, "double quotes"),
        ("wx wechat id \"unterminated\n", 1, 26, "double quotes"),
        ("小 wechat id \"a\"\n", 1, 1, "not a key"),
        (
            "  site link url \"https://x.example/\"\n",
            1,
            3,
            "used by the site",
        ),
        ("a wechat id \"小满\" x\n", 1, 18, "double quotes"),
        (
            "a x id \"1\"\nb x id \"2\"\n  a x id \"3\"\n",
            3,
            3,
            "already on line 1",
        ),
    ];
    for &(text, line, col, words) in cases {
        let error = parse(text).expect_err(text);
        assert_eq!(
            (error.at.line, error.at.col),
            (line, col),
            "{text:?}: {error}"
        );
        let message = error.to_string();
        assert!(message.contains(words), "{text:?}: {message}");
        assert!(message.starts_with(&format!("line {line}, column {col}: ")));
        assert!(error.at.start <= error.at.end && error.at.end <= text.len());
    }
}

#[test]
fn every_platform_id_makes_a_key_the_lock_accepts() {
    for platform in crate::platforms::all() {
        assert!(is_lock_key(platform.id), "{}", platform.id);
        assert!(is_platform(platform.id), "{}", platform.id);
        assert!(is_lock_key(&format!("{}-12", platform.id)));
    }
}

#[test]
fn fixed_key_format() {
    for good in ["wx", "0", "shop-2", "a-", &"z".repeat(40)] {
        assert!(is_valid_key(good), "{good}");
    }
    for bad in [
        "",
        "-a",
        "Wx",
        "taobao_shop",
        "a b",
        "小",
        "a/b",
        &"z".repeat(41),
    ] {
        assert!(!is_valid_key(bad), "{bad}");
    }
}
