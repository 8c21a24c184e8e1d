//! The commented starter profile that `hutong new` writes, in the language of the
//! command line that asked for it.

use crate::Lang;
use crate::lang::words;

words! {
    /// The starter's comments and sample values.
    struct Starter;
    about {
        en: "The profile of the site `{slug}`. Every key is explained in hutong's README;\n# `hutong check sites/{slug}` checks this file, `hutong build sites/{slug}` builds the site.",
        zh_hans: "网站 `{slug}` 的资料。每个键的含义见 hutong 的 README；\n# `hutong check sites/{slug}` 检查这个文件，`hutong build sites/{slug}` 生成网站。",
        zh_hant: "網站 `{slug}` 的資料。每個鍵的意思請見 hutong 的 README；\n# `hutong check sites/{slug}` 檢查這個檔案，`hutong build sites/{slug}` 產生網站。",
    }
    name {
        en: "Your name as visitors see it (1-80 characters).",
        zh_hans: "访客看到的你的名字（1-80 个字符）。",
        zh_hant: "訪客看到的你的名稱（1-80 個字元）。",
    }
    tagline {
        en: "One line under the name (optional, at most 120 characters).",
        zh_hans: "名字下面的一行字（可选，最多 120 个字符）。",
        zh_hant: "名稱下面的一行字（可選，最多 120 個字元）。",
    }
    tagline_value {
        en: "Illustrator · Shanghai",
        zh_hans: "插画师 · 上海",
        zh_hant: "插畫家 · 台北",
    }
    lang {
        en: "The page's language: zh-Hans (default), zh-Hant or en.",
        zh_hans: "页面的语言：zh-Hans（默认）、zh-Hant 或 en。",
        zh_hant: "頁面的語言：zh-Hans（預設）、zh-Hant 或 en。",
    }
    base_url {
        en: "The address where the site will be served; QR codes point here, so set it before printing.",
        zh_hans: "网站将来的网址；二维码指向这里，所以打印之前要先设好。",
        zh_hant: "網站將來的網址；QR 碼指向這裡，所以列印之前要先設定好。",
    }
    avatar {
        en: "A picture beside this file (png, jpg, webp, gif or svg), optional.",
        zh_hans: "放在这个文件旁边的头像（png、jpg、webp、gif 或 svg），可选。",
        zh_hant: "放在這個檔案旁邊的大頭貼（png、jpg、webp、gif 或 svg），可選。",
    }
    bio {
        en: "A few lines about you, in Markdown (optional).",
        zh_hans: "几行自我介绍，用 Markdown 写（可选）。",
        zh_hant: "幾行自我介紹，用 Markdown 寫（可選）。",
    }
    bio_value {
        en: "I draw, make books, and stream now and then.",
        zh_hans: "画画、做书、偶尔直播。",
        zh_hant: "畫畫、做書、偶爾直播。",
    }
    mode {
        en: "auto (follows the visitor's system), light or dark",
        zh_hans: "auto（跟随访客的系统设置）、light 或 dark",
        zh_hant: "auto（跟隨訪客的系統設定）、light 或 dark",
    }
    accent {
        en: "quote colours: an unquoted # starts a comment",
        zh_hans: "颜色要加引号：不加引号的 # 会开始一段注释",
        zh_hant: "顏色要加引號：不加引號的 # 會開始一段註解",
    }
    accounts {
        en: "Your accounts, shown in this order. `hutong platforms` lists every platform and\n# `hutong platforms <id>` says how to find the id it needs.",
        zh_hans: "你的各个账号，按这里的顺序显示。`hutong platforms` 列出所有平台，\n# `hutong platforms <id>` 说明怎样找到它需要的 id。",
        zh_hant: "你的各個帳號，依這裡的順序顯示。`hutong platforms` 列出所有平台，\n# `hutong platforms <id>` 說明怎樣找到它需要的 id。",
    }
    wechat_id {
        en: "WeChat ID: Me → Profile → WeChat ID",
        zh_hans: "微信号：我 → 个人资料 → 微信号",
        zh_hant: "微信號：我 → 個人資料 → 微信號",
    }
    wechat_note {
        en: "Please say you found me through my page",
        zh_hans: "加好友请备注「来自主页」",
        zh_hant: "加好友請註明「來自首頁」",
    }
    bilibili_id {
        en: "your UID, in quotes",
        zh_hans: "你的 UID，加上引号",
        zh_hant: "你的 UID，加上引號",
    }
    url {
        en: "A profile URL works too: the platform and id are read from it.",
        zh_hans: "也可以直接写主页网址：平台和 id 会从网址里读出来。",
        zh_hant: "也可以直接寫主頁網址：平台和 id 會從網址裡讀出來。",
    }
    link {
        en: "Anything else on the web:",
        zh_hans: "网上的其他任何地方：",
        zh_hant: "網路上的其他任何地方：",
    }
    link_label {
        en: "Portfolio",
        zh_hans: "作品集",
        zh_hant: "作品集",
    }
    filing {
        en: "Mainland-China filing numbers (备案号), shown in the footer (optional):",
        zh_hans: "中国大陆的备案号，显示在页脚（可选）：",
        zh_hant: "中國大陸的備案號，顯示在頁尾（可選）：",
    }
}

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
