//! `hutong import`: real-shaped LittleLink and Linktree pages (tests/fixtures/import/)
//! become site folders that `hutong check` passes, every link on its platform; what
//! cannot be imported is refused with a reason and leaves nothing behind; hostile text
//! in a page stays text in the profile.

mod common;

use std::path::{Path, PathBuf};

use common::cli::{assert_success, failed, hutong, run_in, run_in_with, stderr};
use common::{assert_contains, assert_contains_all};
use hutong::Lang;
use hutong::profile::{self, Profile};

fn fixture(path: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/import")
        .join(path)
}

/// Runs `hutong import` in `dir` in English.
fn import(dir: &Path, args: &[&str]) -> std::process::Output {
    hutong()
        .current_dir(dir)
        .env("HUTONG_LANG", "en")
        .arg("import")
        .args(args)
        .output()
        .expect("hutong runs")
}

/// The written profile, checked: no error, and the warnings it has by their codes.
fn written(dir: &Path) -> (String, Profile, Vec<&'static str>) {
    let text = std::fs::read_to_string(dir.join("site.yaml")).expect("site.yaml written");
    let parsed = profile::parse(&text);
    let warnings = parsed.diagnostics.iter().map(|d| d.code).collect();
    let profile = parsed
        .profile
        .unwrap_or_else(|| panic!("{text}\n{:#?}", parsed.diagnostics));
    (text, profile, warnings)
}

/// A fixture page imported into a new project, and what that wrote.
struct Imported {
    /// The project; the folder goes when this is dropped.
    tmp: tempfile::TempDir,
    /// `sites/<slug>` in it.
    site: PathBuf,
    /// The profile written there: its text, checked, and its warnings' codes.
    text: String,
    profile: Profile,
    warnings: Vec<&'static str>,
    /// What the command said on standard error.
    err: String,
}

/// Imports the fixture `page` (then `args`) into a new project, which must succeed,
/// and reads back the site `slug` it wrote.
fn import_fixture(page: &str, args: &[&str], slug: &str) -> Imported {
    let tmp = tempfile::tempdir().unwrap();
    let page = fixture(page);
    let args = [&[page.to_str().unwrap()], args].concat();
    let out = import(tmp.path(), &args);
    assert_success(&out);
    let site = tmp.path().join("sites").join(slug);
    let (text, profile, warnings) = written(&site);
    Imported {
        tmp,
        site,
        text,
        profile,
        warnings,
        err: stderr(&out),
    }
}

/// The profile's head as (name, tagline, bio, lang).
type Head<'a> = (&'a str, Option<&'a str>, Option<&'a str>, Lang);

/// The head of `profile`, as a [`Head`].
fn head(profile: &Profile) -> Head<'_> {
    (
        &profile.name,
        profile.tagline.as_deref(),
        profile.bio.as_deref(),
        profile.lang,
    )
}

/// One account as (platform, id, url, label, group).
type Row = (
    String,
    Option<String>,
    Option<String>,
    Option<String>,
    Option<String>,
);

/// Each account as a [`Row`].
fn accounts(profile: &Profile) -> Vec<Row> {
    profile
        .accounts
        .iter()
        .map(|a| {
            (
                a.platform.id.to_owned(),
                a.id.clone(),
                a.url.as_ref().map(|u| u.to_string()),
                a.label.clone(),
                a.group.clone(),
            )
        })
        .collect()
}

fn acc(
    platform: &str,
    id: Option<&str>,
    url: Option<&str>,
    label: Option<&str>,
    group: Option<&str>,
) -> Row {
    let own = |s: Option<&str>| s.map(str::to_owned);
    (
        platform.to_owned(),
        own(id),
        own(url),
        own(label),
        own(group),
    )
}

/// `hutong check` on the new site: it passes, warning only about what is listed.
fn check_passes(project: &Path, slug: &str, warnings: &[&str]) {
    let out = run_in(project, &["check", slug]);
    assert_success(&out);
    assert_contains(
        &stderr(&out),
        &format!("0 errors, {} warning", warnings.len()),
    );
}

#[test]
fn a_littlelink_page_becomes_a_site_with_every_button() {
    let got = import_fixture("littlelink/index.html", &[], "mara-quinn");
    assert_eq!(
        head(&got.profile),
        (
            "Mara Quinn",
            Some("Illustrator & printmaker. Riso zines, big murals."),
            None,
            Lang::En
        )
    );
    assert_eq!(got.warnings, ["base-url-example"]);
    assert_eq!(
        accounts(&got.profile),
        [
            acc("github", Some("maraquinn"), None, None, None),
            acc(
                "youtube",
                Some("maraquinn"),
                None,
                Some("YouTube Channel"),
                None
            ),
            acc("x", Some("maraquinn"), None, Some("Follow on X"), None),
            acc(
                "mastodon",
                None,
                Some("https://social.maraquinn.example/@mara"),
                None,
                None
            ),
            acc(
                "instagram",
                Some("maraquinn.draws"),
                None,
                Some("Sketchbook on Instagram"),
                None
            ),
            acc(
                "spotify",
                Some("1vCWHaC5f2uS3yhpwWbIA6"),
                None,
                Some("Studio playlist"),
                None
            ),
            acc(
                "substack",
                None,
                Some("https://maraquinn.substack.com/"),
                Some("Newsletter"),
                None
            ),
            acc(
                "link",
                None,
                Some("https://shop.maraquinn.example/"),
                Some("Prints & zines"),
                None
            ),
            acc(
                "link",
                None,
                Some("https://www.buymeacoffee.com/maraquinn"),
                Some("Buy Me A Coffee"),
                None
            ),
            acc(
                "link",
                None,
                Some("https://www.youtube.com/watch?v=aqz-KE-bpKQ"),
                Some("Mural timelapse"),
                None
            ),
            acc(
                "email",
                Some("hello@maraquinn.example"),
                None,
                Some("Email me"),
                None
            ),
            acc(
                "phone",
                Some("+49301234567"),
                None,
                Some("Call the studio"),
                None
            ),
        ]
    );
    // The guesses are said where they were made.
    assert_contains_all(
        &got.text,
        &[
            "  # guessed from the button's kind (mastodon)\n  - platform: mastodon\n",
            "  # one YouTube video, not a profile: kept as a plain link\n",
            "# - Discord: # (an empty placeholder)\n",
        ],
    );
    // The 2x picture of the srcset, copied byte for byte.
    assert_eq!(
        std::fs::read(got.site.join("avatar.png")).unwrap(),
        std::fs::read(fixture("littlelink/images/avatar@2x.png")).unwrap()
    );
    assert_eq!(
        got.profile.avatar.as_ref().map(|a| a.path.as_str()),
        Some("avatar.png")
    );
    assert_contains_all(
        &got.err,
        &[
            "created sites/mara-quinn/site.yaml from a LittleLink page\n",
            "12 links: 9 recognised as accounts on their platforms, 3 kept as plain links\n",
            "  - Buy Me A Coffee (https://www.buymeacoffee.com/maraquinn)\n",
            "  - Discord # (an empty placeholder)\n",
            "base_url is a placeholder (https://mara-quinn.example.com/)",
            "next: `hutong serve mara-quinn` to see it",
        ],
    );
    check_passes(got.tmp.path(), "mara-quinn", &["base-url-example"]);
}

#[test]
fn a_chinese_littlelink_page_guesses_its_language_and_wechat_id() {
    let got = import_fixture(
        "littlelink-zh/index.html",
        &["--slug", "xiaoman"],
        "xiaoman",
    );
    // Two lines under the name: a bio, Markdown escaped so it shows as written.
    assert_eq!(
        head(&got.profile),
        (
            "林小满",
            None,
            Some("插画师 · 上海\\\n画画、做书、偶尔直播。\\*合作\\*请加微信。"),
            Lang::ZhHans
        )
    );
    assert_contains(&got.text, "lang: zh-Hans  # guessed from the page's text\n");
    assert_eq!(
        accounts(&got.profile),
        [
            acc("bilibili", Some("20240618"), None, Some("B站"), None),
            acc("weibo", Some("1234567890"), None, None, None),
            acc(
                "xiaohongshu",
                Some("5b1a2c3d4e5f607182930a1b"),
                None,
                None,
                None
            ),
            acc("wechat", Some("xiaoman_art"), None, None, None),
            acc(
                "link",
                None,
                Some("https://xiaoman.example.com/shop"),
                Some("作品与周边"),
                None
            ),
        ]
    );
    assert_contains(
        &got.text,
        "  # guessed from the button's text\n  - platform: wechat\n",
    );
    assert_contains(
        &got.text,
        "# - 敬请期待: javascript:void(0) (not a web address)\n",
    );
    // The picture the page names is not there: said, and nothing copied.
    assert_contains(
        &got.text,
        "# The page's picture, ./img/%E5%A4%B4%E5%83%8F.jpg, was not found beside it",
    );
    assert_eq!(
        std::fs::read_dir(&got.site).unwrap().count(),
        1,
        "only site.yaml"
    );
    assert_eq!(got.warnings, ["base-url-example", "wechat-no-qr"]);
    check_passes(got.tmp.path(), "xiaoman", &got.warnings);
}

#[test]
fn a_saved_linktree_page_is_read_from_its_page_data() {
    let got = import_fixture("linktree/juno.makes.html", &[], "juno-makes");
    assert_eq!(
        head(&got.profile),
        (
            "Juno Park",
            None,
            Some("Ceramics \\& glaze experiments 🏺\\\nStudio in Busan — open Sat/Sun"),
            Lang::En
        )
    );
    assert_eq!(
        accounts(&got.profile),
        [
            acc(
                "link",
                None,
                Some("https://www.etsy.com/shop/JunoMakesStudio"),
                Some("Etsy shop – mugs & bowls"),
                Some("Shop")
            ),
            acc(
                "link",
                None,
                Some("https://forms.junomakes.example/commission"),
                Some("Commission form"),
                Some("Shop")
            ),
            acc(
                "link",
                None,
                Some("https://www.youtube.com/watch?v=aqz-KE-bpKQ"),
                Some("Throwing a moon jar"),
                Some("Watch")
            ),
            acc("patreon", Some("junomakes"), None, None, Some("Watch")),
            acc("instagram", Some("juno.makes"), None, None, None),
            acc("tiktok", Some("juno.makes"), None, None, None),
            acc("email", Some("studio@junomakes.example"), None, None, None),
            acc("youtube", Some("junomakes"), None, None, None),
        ]
    );
    // The picture is on Linktree's host: named, never fetched.
    assert!(got.profile.avatar.is_none());
    assert_contains(
        &got.text,
        "# The page's picture is at https://ugc.production.linktr.ee/0a1b2c3d-4e5f-6789-abcd-ef0123456789_juno.jpeg; hutong does not download it",
    );
    assert_eq!(
        std::fs::read_dir(&got.site).unwrap().count(),
        1,
        "only site.yaml"
    );
    assert_contains(
        &got.err,
        "the picture is on ugc.production.linktr.ee and was not downloaded",
    );
    assert_eq!(got.warnings, ["base-url-example"]);
    check_passes(got.tmp.path(), "juno-makes", &got.warnings);
}

#[test]
fn an_existing_site_is_never_overwritten() {
    let tmp = tempfile::tempdir().unwrap();
    let page = fixture("linktree/juno.makes.html");
    assert_success(&import(tmp.path(), &[page.to_str().unwrap()]));
    let path = tmp.path().join("sites/juno-makes/site.yaml");
    std::fs::write(&path, "name: edited\n").unwrap();
    let out = import(tmp.path(), &[page.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(2));
    assert_contains(
        &stderr(&out),
        "error: `sites/juno-makes` exists already; hutong import never overwrites a site\n  = hint: choose another slug with `--slug`",
    );
    assert_eq!(std::fs::read_to_string(&path).unwrap(), "name: edited\n");
    assert_eq!(
        common::site::names(&tmp.path().join("sites")),
        ["juno-makes"],
        "no staging folder left"
    );
}

#[test]
fn a_page_that_cannot_be_imported_is_refused_saying_why_in_the_users_language() {
    // (the saved page, HUTONG_LANG, the exit code, what the error says)
    let cases: [(&str, &str, i32, &[&str]); 2] = [
        // A page of another kind: what was expected, and how to save one.
        (
            "not-a-link-page/index.html",
            "en",
            1,
            &[
                "not-a-link-page/index.html` is neither a LittleLink page nor a Linktree page saved from the browser\n",
                "  = hint: hutong import reads a LittleLink index.html",
                "“Save page as…” → “Web page, HTML only”",
            ],
        ),
        // A name in Chinese gives no slug: the user is told how to give one.
        (
            "littlelink-zh/index.html",
            "zh-Hant",
            2,
            &[
                "錯誤：無法用名稱 `林小满` 產生 slug",
                "  = 提示：請自己替網站取個名字：`hutong import ",
                " --slug <slug>`",
            ],
        ),
    ];
    for (page, lang, code, says) in cases {
        let tmp = tempfile::tempdir().unwrap();
        let path = fixture(page);
        let out = run_in_with(
            tmp.path(),
            ("HUTONG_LANG", lang),
            &["import", path.to_str().unwrap()],
        );
        assert_contains_all(&failed(&out, code), says);
        assert!(
            !tmp.path().join("sites").exists(),
            "{page}: nothing written"
        );
    }
}

#[test]
fn broken_linktree_data_is_reported_with_its_line() {
    let tmp = tempfile::tempdir().unwrap();
    let page = tmp.path().join("saved.html");
    std::fs::write(
        &page,
        "<!DOCTYPE html>\n<html><body>\n<script id=\"__NEXT_DATA__\" type=\"application/json\">{\"props\":\n{\"pageProps\":{\"account\":{\"username\":\"x\",}}}}</script>\n",
    )
    .unwrap();
    let out = import(tmp.path(), &["saved.html"]);
    assert_eq!(out.status.code(), Some(1));
    assert_contains(
        &stderr(&out),
        "error: saved.html:4: the Linktree page's data (`__NEXT_DATA__`) cannot be read: ",
    );
    assert!(!tmp.path().join("sites").exists());
}

/// Text YAML would take for something else, and text that tries to end the scalar,
/// the comment or the script it came in.
const HOSTILE: &[&str] = &[
    "no",
    "0123",
    "# not a comment",
    "key: value",
    "- platform: x\n  id: evil",
    "\"quoted\" and 'single'",
    "line one\nline two",
    "</script><script>alert(1)</script>",
    "&anchor *alias !tag {a: 1} [b]",
    "back\\slash \\n",
    "%YAML 1.2",
    "--- ...",
    "| > @ `",
    "tab\there",
    "para\u{2028}graph\u{85}next",
    "bell\u{7} and \u{202E}reversed",
];

/// A Linktree page whose name, description and link titles are each hostile text.
fn hostile_page() -> String {
    let links: Vec<serde_json::Value> = HOSTILE
        .iter()
        .enumerate()
        .map(|(i, title)| serde_json::json!({"type": "CLASSIC", "title": title, "url": format!("https://shop.example/{i}"), "position": i}))
        .collect();
    let data = serde_json::json!({"props": {"pageProps": {
        "account": {"username": "hostile", "pageTitle": "name: \"x\"\n# — </script>", "description": "bio: [1]\n- no"},
        "links": links,
    }}});
    // As Next.js writes it: `</` escaped, so the data cannot end its script.
    let json = data.to_string().replace("</", "<\\/");
    format!(
        "<html><body><script id=\"__NEXT_DATA__\" type=\"application/json\">{json}</script></body></html>"
    )
}

#[test]
fn hostile_text_comes_back_as_the_same_text() {
    let tmp = tempfile::tempdir().unwrap();
    std::fs::write(tmp.path().join("page.html"), hostile_page()).unwrap();
    let out = import(tmp.path(), &["page.html"]);
    assert_success(&out);
    let (text, profile, warnings) = written(&tmp.path().join("sites/hostile"));
    assert_eq!(warnings, ["base-url-example"], "{text}");
    assert_eq!(profile.name, "name: \"x\" # — </script>");
    assert_eq!(profile.bio.as_deref(), Some("bio: \\[1\\]\\\n\\- no"));
    let labels: Vec<Option<String>> = profile.accounts.iter().map(|a| a.label.clone()).collect();
    let expected: Vec<Option<String>> = HOSTILE
        .iter()
        .map(|t| {
            // White space squashed, the control character the checker refuses dropped.
            let t = t.replace('\u{7}', "");
            Some(t.split_whitespace().collect::<Vec<_>>().join(" "))
        })
        .collect();
    assert_eq!(labels, expected, "{text}");
    assert_eq!(profile.accounts.len(), HOSTILE.len(), "no account injected");
    for (i, account) in profile.accounts.iter().enumerate() {
        assert_eq!(
            account.url.as_ref().unwrap().as_str(),
            format!("https://shop.example/{i}")
        );
    }
    check_passes(tmp.path(), "hostile", &warnings);
}

#[test]
fn hostile_text_in_a_littlelink_page_stays_text() {
    let tmp = tempfile::tempdir().unwrap();
    std::fs::write(
        tmp.path().join("index.html"),
        "<h1>yes</h1><p>0123: #not-a-comment &lt;/p&gt;</p>\n\
         <a class=\"button button-default\" href=\"https://shop.example/?a=1&amp;b=2\">- platform: github\n  id: evil</a>",
    )
    .unwrap();
    let out = import(tmp.path(), &["index.html"]);
    assert_success(&out);
    let (text, profile, _) = written(&tmp.path().join("sites/yes"));
    assert_eq!(profile.name, "yes", "{text}");
    assert_eq!(
        profile.tagline.as_deref(),
        Some("0123: #not-a-comment </p>")
    );
    assert_eq!(
        accounts(&profile),
        [acc(
            "link",
            None,
            Some("https://shop.example/?a=1&b=2"),
            Some("- platform: github id: evil"),
            None
        )]
    );
}

#[test]
fn the_help_says_what_is_read() {
    let out = hutong().args(["import", "--help"]).output().unwrap();
    assert_success(&out);
    let help = String::from_utf8_lossy(&out.stdout);
    assert_contains(&help, "Import a LittleLink or Linktree page");
    assert_contains(&help, "--slug <SLUG>");
}

#[test]
fn an_untouched_template_has_nothing_to_import() {
    let tmp = tempfile::tempdir().unwrap();
    std::fs::write(
        tmp.path().join("index.html"),
        "<h1>LittleLink</h1><p>An open source DIY Linktree alternative.</p>\
         <a class=\"button button-default\" href=\"#\">LittleLink</a>\
         <a class=\"button button-github\" href=\"#\">GitHub</a>",
    )
    .unwrap();
    let out = import(tmp.path(), &["index.html"]);
    let err = failed(&out, 1);
    assert_contains(
        &err,
        "error: `index.html` is a LittleLink page, but none of its links leads anywhere a hub can link to\n",
    );
    assert_contains(
        &err,
        "  = hint: fill in the buttons' addresses (`href=\"#\"` is the template's placeholder)",
    );
    assert!(!tmp.path().join("sites").exists(), "nothing written");
}

#[test]
fn a_linktree_page_saved_complete_gives_its_picture_from_beside_it() {
    let got = import_fixture("linktree-complete/juno.makes.html", &[], "juno-makes");
    assert_eq!(
        got.profile.avatar.as_ref().map(|a| a.path.as_str()),
        Some("avatar.png")
    );
    assert_eq!(
        std::fs::read(got.site.join("avatar.png")).unwrap(),
        std::fs::read(fixture(
            "linktree-complete/juno.makes_files/0a1b2c3d-4e5f-6789-abcd-ef0123456789_juno.png"
        ))
        .unwrap()
    );
    // Only the picture: the page's saved scripts stay where they are.
    assert_eq!(common::site::names(&got.site), ["avatar.png", "site.yaml"]);
    assert_eq!(got.warnings, ["base-url-example"]);
    check_passes(got.tmp.path(), "juno-makes", &got.warnings);
}

/// The page's picture is taken only from inside the page's folder, as a profile's avatar
/// is: `../` (or a link leading out) would publish any picture on the disk. It is then
/// left out with a comment, and the import still succeeds.
#[test]
fn a_picture_outside_the_pages_folder_is_never_copied() {
    let tmp = tempfile::tempdir().unwrap();
    let secret = tmp.path().join("secret");
    std::fs::create_dir(&secret).unwrap();
    std::fs::copy(
        fixture("littlelink/images/avatar.png"),
        secret.join("private.png"),
    )
    .unwrap();
    let page_dir = tmp.path().join("a/b");
    std::fs::create_dir_all(&page_dir).unwrap();
    let page = std::fs::read_to_string(fixture("littlelink/index.html"))
        .unwrap()
        .replace(
            r#"src="images/avatar.png" srcset="images/avatar@2x.png 2x""#,
            r#"src="../../secret/private.png""#,
        );
    assert!(
        page.contains("../../secret/private.png"),
        "the fixture's avatar line"
    );
    std::fs::write(page_dir.join("index.html"), page).unwrap();
    #[cfg(unix)]
    std::os::unix::fs::symlink(&secret, page_dir.join("linked")).unwrap();

    let out = import(tmp.path(), &["a/b/index.html"]);
    assert_success(&out);
    let site = tmp.path().join("sites/mara-quinn");
    let names: Vec<_> = std::fs::read_dir(&site)
        .unwrap()
        .map(|e| e.unwrap().file_name().into_string().unwrap())
        .collect();
    assert_eq!(names, ["site.yaml"], "no picture copied");
    assert!(
        !stderr(&out).contains("copied the picture"),
        "{}",
        stderr(&out)
    );
}

/// The page is read as the profile is read: a regular file, within the size limit. A
/// FIFO used to block the import for ever; a page over 10 MiB is refused by size.
#[cfg(unix)]
#[test]
fn a_page_that_is_not_a_regular_file_or_too_big_is_refused() {
    let tmp = tempfile::tempdir().unwrap();
    let fifo = tmp.path().join("fifo.html");
    let status = std::process::Command::new("mkfifo")
        .arg(&fifo)
        .status()
        .unwrap();
    assert!(status.success());
    let started = std::time::Instant::now();
    let out = import(tmp.path(), &["fifo.html"]);
    assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
    assert!(
        started.elapsed() < std::time::Duration::from_secs(30),
        "no hang"
    );

    let big = tmp.path().join("big.html");
    std::fs::write(&big, vec![b' '; 10 * 1024 * 1024 + 1]).unwrap();
    let out = import(tmp.path(), &["big.html"]);
    assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
    assert!(!tmp.path().join("sites").exists(), "nothing written");
}
