//! The hub fits one round trip: a first TCP flight is 10 segments of 1,460 bytes
//! (14,336 B after headers, the usual initial congestion window), and a hub of 20
//! accounts must arrive gzipped within it, so that the page, its CSS, JS and icons
//! paint after one round trip. Measured on the worst case the registry allows: the
//! 20 platforms with the longest icon paths, each account with a note, in every
//! style and every theme mode.

mod common;

use hutong::platforms::{self, Icon};

use common::gzip::gzipped;

/// One TCP initial window: 10 × 1,460 B, less what HTTP headers may take.
const BUDGET: usize = 14_336;

/// Every `theme.style`.
const STYLES: [&str; 4] = ["brand", "soft", "outline", "mono"];

/// The 20 platforms whose icons are the longest paths, one per icon, heaviest first.
fn heaviest() -> Vec<&'static platforms::Platform> {
    let mut with_paths: Vec<(&'static platforms::Platform, &'static str)> = platforms::all()
        .iter()
        .filter_map(|p| match p.icon {
            Icon::Path(d) => Some((p, d)),
            Icon::Mark(_) => None,
        })
        .collect();
    with_paths.sort_by_key(|(p, d)| (std::cmp::Reverse(d.len()), p.id));
    with_paths.dedup_by_key(|(_, d)| *d);
    with_paths.into_iter().take(20).map(|(p, _)| p).collect()
}

fn profile(style: &str, mode: &str) -> String {
    let mut yaml = format!(
        "name: 林小满\ntagline: 插画师 · 上海\nbase_url: https://xiaoman.example.com/\n\
         theme:\n  style: {style}\n  mode: {mode}\n  accent: \"#e4572e\"\n\
         bio: |\n  画画、做书、偶尔直播。**合作请加微信。**\naccounts:\n"
    );
    for p in heaviest() {
        let id = p.examples()[0];
        yaml.push_str(&format!(
            "  - platform: {}\n    id: {}\n    note: 每周更新，欢迎关注\n",
            p.id,
            common::site::yaml_quoted(id)
        ));
    }
    yaml
}

#[test]
fn twenty_accounts_of_the_heaviest_icons_fit_one_round_trip() {
    let heaviest = heaviest();
    assert_eq!(
        heaviest.len(),
        20,
        "the registry has 20 distinct path icons"
    );
    for (style, mode) in STYLES
        .iter()
        .flat_map(|s| ["auto", "light", "dark"].map(|m| (*s, m)))
    {
        let files = common::site::generate(&profile(style, mode));
        let hub = &files["index.html"];
        let html = std::str::from_utf8(hub).unwrap();
        // Every icon is in the page: the budget is measured on the real worst case.
        for p in &heaviest {
            let Icon::Path(d) = p.icon else {
                unreachable!()
            };
            assert!(html.contains(d), "{}'s icon is inlined", p.id);
        }
        assert!(html.contains(&format!(r#"<body class="s-{style}">"#)));
        let size = gzipped(hub);
        println!("{style}/{mode}: {size} B gzipped, {} B raw", hub.len());
        assert!(
            size <= BUDGET,
            "theme.style {style}, theme.mode {mode}: index.html is {size} B gzipped ({} B raw), over {BUDGET} B",
            hub.len()
        );
    }
}
