use super::*;
use crate::platforms;
use crate::profile;

const BASE: &str = "name: 林小满\nbase_url: https://xiaoman.example.com/\n";

fn profile_with(theme: &str, accounts: &[&str]) -> Profile {
    let mut yaml = format!("{BASE}theme:\n{theme}accounts:\n");
    for platform in accounts {
        let p = platforms::get(platform).unwrap();
        yaml.push_str(&format!(
            "  - platform: {platform}\n    id: \"{}\"\n",
            p.examples()[0]
        ));
    }
    let parsed = profile::parse(&yaml);
    parsed
        .profile
        .unwrap_or_else(|| panic!("{yaml}\n{:?}", parsed.diagnostics))
}

/// Every colour a style gives a platform that is read (a label, a mark, an outline)
/// reaches 4.5:1 on what it is read on, for every platform of the registry, in every
/// style, on the light and the dark page.
#[test]
fn every_platform_reads_at_aa_in_every_style_and_scheme() {
    assert!(platforms::all().len() > 40, "the whole registry is checked");
    for (style, name) in ThemeStyle::ALL {
        for (scheme, mode) in [(&LIGHT, "light"), (&DARK, "dark")] {
            for p in platforms::all() {
                let props = platform_colors(style, p, scheme);
                for prop in &props {
                    let Some(on) = prop.on else { continue };
                    let ratio = color::contrast(prop.value, on);
                    assert!(
                        ratio >= color::AA,
                        "{name}/{mode}/{}: {} {} on {} is {ratio:.2}:1",
                        p.id,
                        prop.name,
                        prop.value.hex(),
                        on.hex()
                    );
                }
                // What each colour is read on is what the style's CSS puts under it.
                match style {
                    ThemeStyle::Brand => {
                        assert_eq!(props[1].on, Some(props[0].value), "{}", p.id);
                    }
                    ThemeStyle::Soft => assert_eq!(props[0].on, Some(scheme.card())),
                    ThemeStyle::Outline => assert_eq!(props[0].on, Some(scheme.bg())),
                    ThemeStyle::Mono => assert!(props.is_empty()),
                }
            }
        }
    }
}

/// The page's own text colours, which `soft`, `outline` and `mono` put on cards and the
/// page, read at AA on both.
#[test]
fn page_text_reads_at_aa_on_the_page_and_on_cards() {
    for scheme in [&LIGHT, &DARK] {
        let var = |name: &str| {
            let value = scheme.rest.split(&format!("{name}:")).nth(1).unwrap();
            Rgb::parse(&value[..7]).unwrap()
        };
        for text in [var("--fg"), var("--mu")] {
            for under in [scheme.bg(), scheme.card()] {
                assert!(color::contrast(text, under) >= color::AA, "{}", text.hex());
            }
        }
    }
}

/// Each style's CSS reads the properties its platforms get, and no other style's.
#[test]
fn each_style_css_uses_the_properties_it_is_given() {
    let github = platforms::get("github").unwrap();
    for (style, name) in ThemeStyle::ALL {
        let css = style_css(style);
        for prop in platform_colors(style, github, &LIGHT) {
            assert!(
                css.contains(&format!("var({})", prop.name)),
                "{name}: {}",
                prop.name
            );
        }
        for other in ["--b", "--f", "--m"] {
            let given = platform_colors(style, github, &LIGHT)
                .iter()
                .any(|p| p.name == other);
            assert_eq!(
                css.contains(&format!("var({other})")),
                given,
                "{name}: {other}"
            );
        }
    }
}

#[test]
fn platform_rules_follow_style_and_mode() {
    let accounts = ["xiaohongshu", "weibo", "github"];
    // brand: the same colours on both pages, so no dark block; both reds get white.
    let brand = platform_rules(&profile_with("  mode: auto\n", &accounts), &[]);
    assert_eq!(brand, "", "no platforms, no rules");
    let p: Vec<&'static Platform> = accounts
        .iter()
        .map(|id| platforms::get(id).unwrap())
        .collect();
    let brand = platform_rules(&profile_with("  mode: auto\n", &accounts), &p);
    assert!(!brand.contains("@media"), "{brand}");
    assert!(
        brand.contains(".p-xiaohongshu{--b:#") && brand.contains(";--f:#ffffff}"),
        "{brand}"
    );
    assert_eq!(brand.matches("--f:#ffffff").count(), 3, "{brand}");
    // soft under auto: light values, then the dark ones that differ (GitHub's black
    // mark is lightened on the dark card).
    let soft = platform_rules(&profile_with("  style: soft\n", &accounts), &p);
    let (light, dark) = soft
        .split_once("@media(prefers-color-scheme:dark){")
        .unwrap();
    assert!(light.contains(".p-github{--m:#181717}"), "{soft}");
    assert!(dark.contains(".p-github{--m:#"), "{soft}");
    assert!(!dark.contains("--m:#181717"), "{soft}");
    // A fixed mode: that scheme's values alone.
    let dark_only = platform_rules(
        &profile_with("  style: outline\n  mode: dark\n", &accounts),
        &p,
    );
    assert!(!dark_only.contains("@media") && dark_only.contains(".p-github{--m:#"));
    assert_eq!(
        platform_rules(&profile_with("  style: mono\n", &accounts), &p),
        ""
    );
}

#[test]
fn unknown_style_is_an_error_with_the_closest_name() {
    let yaml =
        format!("{BASE}theme:\n  style: sofft\naccounts:\n  - platform: github\n    id: octocat\n");
    let parsed = profile::parse(&yaml);
    assert!(parsed.profile.is_none());
    let d = parsed.errors().next().unwrap();
    assert_eq!(d.code, "unknown-theme-style");
    assert_eq!((d.at.unwrap().line, d.at.unwrap().col), (4, 10));
    assert!(d.hint.as_deref().unwrap().contains("`soft`"), "{d:?}");
    let yaml = yaml.replace("sofft", "neon");
    let d = profile::parse(&yaml).errors().next().unwrap().clone();
    assert!(d.hint.unwrap().contains("`brand`"));
}
