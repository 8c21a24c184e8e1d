//! The commented starter profile that `hutong new` writes.

/// A starter `site.yaml` for `slug` that passes `hutong check` as it is.
///
/// Its first line points yaml-language-server (VS Code's YAML extension, and editors
/// that use the same server) at the schema `hutong new` writes beside the site
/// folders, [`schema::FILE_NAME`](crate::schema::FILE_NAME), for completion and checks.
pub fn profile(slug: &str) -> String {
    let schema = crate::schema::FILE_NAME;
    format!(
        r##"# yaml-language-server: $schema=../{schema}
# The profile of the site `{slug}`. Every key is explained in hutong's README;
# `hutong check sites/{slug}` checks this file, `hutong build sites/{slug}` builds the site.

# Your name as visitors see it (1-80 characters).
name: {slug}
# One line under the name (optional, at most 120 characters).
tagline: 插画师 · 上海
# The page's language: zh-Hans (default), zh-Hant or en.
lang: zh-Hans
# The address where the site will be served; QR codes point here, so set it before printing.
base_url: https://{slug}.example.com/
# A picture beside this file (png, jpg, webp, gif or svg), optional.
# avatar: avatar.jpg
# A few lines about you, in Markdown (optional).
bio: |
  画画、做书、偶尔直播。
theme:
  mode: auto          # auto (follows the visitor's system), light or dark
  accent: "#e4572e"   # quote colours: an unquoted # starts a comment

# Your accounts, shown in this order. `hutong platforms` lists every platform and
# `hutong platforms <id>` says how to find the id it needs.
accounts:
  - platform: wechat
    id: your_wechat_id            # 微信号: 我 → 个人资料 → 微信号
    note: 加好友请备注「来自主页」
  - platform: bilibili
    id: "12345678"                # your UID, in quotes
  # A profile URL works too: the platform and id are read from it.
  - url: https://github.com/your-name
  # Anything else on the web:
  - platform: link
    url: https://example.com/
    label: 作品集

# Mainland-China filing numbers (备案号), shown in the footer (optional):
# filing:
#   icp: 沪ICP备2023012345号-1
"##
    )
}
