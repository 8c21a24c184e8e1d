//! A platform by any name people call it.
//!
//! Takes a name as a creator types it — an id (`bilibili`), a display name in any of
//! the three languages (`哔哩哔哩`, `嗶哩嗶哩`, `Bilibili`) or a common nickname (`b站`,
//! `公众号`, `油管`); gives the platform, or the ids closest to it. `hutong platforms NAME`
//! and the profile checker share this one table. It does not decide whether a name is
//! acceptable where an id is required: the checker still asks for the id.

use std::sync::OnceLock;

use super::{Platform, all, get};

/// Common names that are neither an id nor a display name, lower case, with the id
/// they mean.
static NICKNAMES: &[(&str, &str)] = &[
    ("b站", "bilibili"),
    ("bili", "bilibili"),
    ("小破站", "bilibili"),
    ("tiktok_cn", "douyin"),
    ("xhs", "xiaohongshu"),
    ("red", "xiaohongshu"),
    ("rednote", "xiaohongshu"),
    ("sina", "weibo"),
    ("新浪微博", "weibo"),
    ("头条", "toutiao"),
    ("頭條", "toutiao"),
    ("西瓜", "xigua"),
    ("网易云", "netease_music"),
    ("網易雲", "netease_music"),
    ("netease", "netease_music"),
    ("ncm", "netease_music"),
    ("taobao", "taobao_shop"),
    ("淘宝", "taobao_shop"),
    ("淘寶", "taobao_shop"),
    ("淘宝店", "taobao_shop"),
    ("淘寶店", "taobao_shop"),
    ("tmall", "tmall_shop"),
    ("天猫", "tmall_shop"),
    ("天貓", "tmall_shop"),
    ("jd", "jd_shop"),
    ("京东", "jd_shop"),
    ("京東", "jd_shop"),
    ("拼多多", "pinduoduo"),
    ("点评", "dianping"),
    ("點評", "dianping"),
    ("weixin", "wechat"),
    ("微信号", "wechat"),
    ("微信號", "wechat"),
    ("gongzhonghao", "wechat_oa"),
    ("公众号", "wechat_oa"),
    ("公眾號", "wechat_oa"),
    ("服务号", "wechat_oa"),
    ("服務號", "wechat_oa"),
    ("订阅号", "wechat_oa"),
    ("訂閱號", "wechat_oa"),
    ("shipinhao", "wechat_channels"),
    ("视频号", "wechat_channels"),
    ("視頻號", "wechat_channels"),
    ("視訊號", "wechat_channels"),
    ("小程序", "wechat_miniprogram"),
    ("twitter", "x"),
    ("推特", "x"),
    ("油管", "youtube"),
    ("yt", "youtube"),
    ("ig", "instagram"),
    ("ins", "instagram"),
    ("insta", "instagram"),
    ("fb", "facebook"),
    ("脸书", "facebook"),
    ("臉書", "facebook"),
    ("tg", "telegram"),
    ("电报", "telegram"),
    ("電報", "telegram"),
    ("wa", "whatsapp"),
    ("mail", "email"),
    ("e-mail", "email"),
    ("邮箱", "email"),
    ("郵箱", "email"),
    ("电邮", "email"),
    ("電郵", "email"),
    ("tel", "phone"),
    ("电话", "phone"),
    ("電話", "phone"),
    ("手机", "phone"),
    ("手機", "phone"),
    ("website", "link"),
    ("web", "link"),
    ("url", "link"),
    ("网站", "link"),
    ("網站", "link"),
    ("链接", "link"),
    ("連結", "link"),
];

/// The platform a name means: its id, one of its names in any language (case does not
/// matter), or a nickname.
pub fn lookup(name: &str) -> Option<&'static Platform> {
    let key = name.trim().to_lowercase();
    get(&key).or_else(|| {
        names()
            .iter()
            .find(|(n, _)| *n == key)
            .and_then(|(_, id)| get(id))
    })
}

/// The ids closest to a name that is none (at most three, best first), by ids, names
/// and nicknames alike: `抖因` → `douyin`, `bilbili` → `bilibili`.
pub fn closest(name: &str) -> Vec<&'static str> {
    let candidates = names().iter().map(|(n, _)| n.as_str());
    let mut ids: Vec<&'static str> = Vec::new();
    for close in crate::suggest::closest(name.trim(), candidates, 12) {
        let (_, id) = names()
            .iter()
            .find(|(n, _)| n == close)
            .expect("a candidate");
        if !ids.contains(id) {
            ids.push(id);
        }
    }
    ids.truncate(3);
    ids
}

/// Every id, display name and nickname in lower case, with its id.
fn names() -> &'static [(String, &'static str)] {
    static CELL: OnceLock<Vec<(String, &'static str)>> = OnceLock::new();
    CELL.get_or_init(|| {
        let mut out: Vec<(String, &'static str)> = Vec::new();
        for p in all() {
            out.push((p.id.to_owned(), p.id));
            for name in [p.names.zh_hans, p.names.zh_hant, p.names.en] {
                out.push((name.to_lowercase(), p.id));
            }
        }
        out.extend(NICKNAMES.iter().map(|(n, id)| ((*n).to_owned(), *id)));
        out
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn nicknames_are_lower_case_unique_and_name_platforms() {
        for (i, (nick, id)) in NICKNAMES.iter().enumerate() {
            assert_eq!(*nick, nick.to_lowercase(), "{nick}");
            assert!(get(id).is_some(), "{nick}: {id} is not a platform");
            assert!(get(nick).is_none(), "{nick} is an id");
            assert!(
                NICKNAMES[i + 1..].iter().all(|(n, _)| n != nick),
                "{nick} twice"
            );
            // A nickname that is also a platform's name must mean that platform.
            for p in all() {
                let names = [p.names.zh_hans, p.names.zh_hant, p.names.en];
                if names.iter().any(|n| n.to_lowercase() == *nick) {
                    assert_eq!(p.id, *id, "{nick}");
                }
            }
        }
    }

    #[test]
    fn names_in_every_language_and_nicknames_find_the_platform() {
        let find = |name: &str| lookup(name).map(|p| p.id);
        for (name, id) in [
            ("bilibili", "bilibili"),
            ("哔哩哔哩", "bilibili"),
            ("嗶哩嗶哩", "bilibili"),
            ("b站", "bilibili"),
            ("B站", "bilibili"),
            (" BiliBili ", "bilibili"),
            ("抖音", "douyin"),
            ("Douyin", "douyin"),
            ("小红书", "xiaohongshu"),
            ("小紅書", "xiaohongshu"),
            ("公众号", "wechat_oa"),
            ("视频号", "wechat_channels"),
            ("淘宝", "taobao_shop"),
            ("淘宝店铺", "taobao_shop"),
            ("微博", "weibo"),
            ("快手", "kuaishou"),
            ("知乎", "zhihu"),
            ("YouTube", "youtube"),
            ("油管", "youtube"),
            ("twitter", "x"),
            ("网易云音乐", "netease_music"),
            ("網易雲音樂", "netease_music"),
            ("NetEase Cloud Music", "netease_music"),
        ] {
            assert_eq!(find(name), Some(id), "{name}");
        }
        assert_eq!(find("no-such-platform"), None);
        assert_eq!(find(""), None);
    }

    #[test]
    fn near_misses_get_ids_to_try() {
        assert_eq!(closest("bilbili").first(), Some(&"bilibili"));
        assert_eq!(closest("抖因").first(), Some(&"douyin"));
        assert_eq!(closest("小红"), ["xiaohongshu"]);
        assert!(closest("zzzzzzzz").is_empty());
        assert!(closest("wechat_o").contains(&"wechat_oa"));
        assert!(closest("x").len() <= 3);
    }
}
