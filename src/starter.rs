//! The commented starter profile that `hutong new` writes, in the language of the
//! command line that asked for it.

use crate::Lang;
use crate::lang::words;

// `Starter`, from words/starter.toml, which build.rs writes as Rust.
include!(concat!(env!("OUT_DIR"), "/words/starter.rs"));

/// A starter `site.yaml` for `slug` that passes `hutong check` as it is, its comments
/// and sample values in `lang`, and `lang:` set to it.
///
/// Its first line points yaml-language-server (VS Code's YAML extension, and editors
/// that use the same server) at the schema `hutong new` writes beside the site
/// folders, [`schema::FILE_NAME`](crate::schema::FILE_NAME), for completion and checks.
pub fn profile(slug: &str, lang: Lang) -> String {
    let schema = crate::schema::FILE_NAME;
    let w = Starter::of(lang);
    let about = crate::lang::fill(w.about, &[("slug", slug)]);
    let tag = lang.tag();
    format!(
        r##"# yaml-language-server: $schema=../{schema}
# {about}

# {name}
name: {slug}
# {tagline}
tagline: {tagline_value}
# {lang}
lang: {tag}
# {base_url}
base_url: https://{slug}.example.com/
# {avatar}
# avatar: avatar.jpg
# {bio}
bio: |
  {bio_value}
theme:
  mode: auto          # {mode}
  accent: "#e4572e"   # {accent}
  style: brand        # {style}
  # css: custom.css   # {css}

# {accounts}
accounts:
  - platform: wechat
    id: your_wechat_id            # {wechat_id}
    note: {wechat_note}
  - platform: bilibili
    id: "12345678"                # {bilibili_id}
  # {url}
  - url: https://github.com/your-name
  # {link}
  - platform: link
    url: https://example.com/
    label: {link_label}

# {filing}
# filing:
#   icp: 沪ICP备2023012345号-1
"##,
        name = w.name,
        tagline = w.tagline,
        tagline_value = w.tagline_value,
        lang = w.lang,
        base_url = w.base_url,
        avatar = w.avatar,
        bio = w.bio,
        bio_value = w.bio_value,
        mode = w.mode,
        accent = w.accent,
        style = w.style,
        css = w.css,
        accounts = w.accounts,
        wechat_id = w.wechat_id,
        wechat_note = w.wechat_note,
        bilibili_id = w.bilibili_id,
        url = w.url,
        link = w.link,
        link_label = w.link_label,
        filing = w.filing,
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_starter_words_are_complete_in_every_language() {
        crate::lang::check_table(Starter::TABLE, &["slug"]);
    }

    #[test]
    fn the_starter_parses_in_every_language_and_declares_it() {
        for lang in Lang::ALL {
            let source = profile("my-site", lang);
            let parsed = crate::profile::parse(&source);
            assert!(
                parsed.errors().next().is_none(),
                "{lang:?}: {:?}",
                parsed.diagnostics
            );
            let profile = parsed.profile.expect("the starter is a profile");
            assert_eq!(profile.lang, lang);
            assert_eq!(crate::profile::declared_lang(&source), Some(lang));
        }
        assert!(profile("a", Lang::ZhHant).contains("# 你的各個帳號"));
        assert!(profile("a", Lang::En).contains("# Your accounts"));
    }
}
