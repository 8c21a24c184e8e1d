//! A `url:` value that may be a whole share text → the web address inside it.
//!
//! Takes the text a phone's share button copies (`7.94 复制打开抖音，看看【…】…
//! https://v.douyin.com/iRNBho6u/ 01/12 abc:/`); gives its first http(s) address and
//! whether that address came out of a larger text (so `check` can say which one it
//! took). The address ends at whitespace or at the first full-width punctuation mark,
//! CJK character or emoji after it: share texts glue Chinese words and `，` straight onto
//! the link. It does not parse or judge the address; `url::Url` and the registry do.

/// The address found in a `url:` value.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Found<'a> {
    /// The first http(s) address, as written.
    pub url: &'a str,
    /// Whether the value held more than the address (a share text), not counting the
    /// blanks around it.
    pub from_text: bool,
}

/// The first `http://` or `https://` address in `value` (scheme letters in any case);
/// `None` when there is none.
pub fn extract(value: &str) -> Option<Found<'_>> {
    let lower = value.to_ascii_lowercase();
    let mut from = 0;
    while let Some(at) = find_scheme(&lower[from..]).map(|i| i + from) {
        let rest = &value[at..];
        let scheme_len = if lower[at..].starts_with("https://") {
            8
        } else {
            7
        };
        let end = rest.find(ends_address).unwrap_or(rest.len());
        if end > scheme_len {
            let url = &rest[..end];
            return Some(Found {
                url,
                from_text: value.trim() != url,
            });
        }
        from = at + scheme_len;
    }
    None
}

/// The offset of the first `http://` or `https://` in a lowercased text.
fn find_scheme(lower: &str) -> Option<usize> {
    let http = lower.find("http://");
    let https = lower.find("https://");
    match (http, https) {
        (Some(a), Some(b)) => Some(a.min(b)),
        (a, b) => a.or(b),
    }
}

/// Whether `c` cannot be part of an address copied out of a share text.
fn ends_address(c: char) -> bool {
    c.is_whitespace()
        || matches!(c as u32,
            0x2000..=0x206F     // general punctuation: “ ” … — and the wide spaces
            | 0x2E80..=0x9FFF   // CJK radicals, 。、「」【】, kana, ideographs
            | 0xA000..=0xA4CF   // Yi
            | 0xAC00..=0xD7AF   // Hangul
            | 0xF900..=0xFAFF   // CJK compatibility ideographs
            | 0xFE30..=0xFE4F   // CJK compatibility forms
            | 0xFF00..=0xFFEF   // full-width forms: ，！：（）
            | 0x1F000..         // emoji, and CJK extensions past plane 1
        )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn found(value: &str) -> (&str, bool) {
        let f = extract(value).unwrap_or_else(|| panic!("no address in {value:?}"));
        (f.url, f.from_text)
    }

    #[test]
    fn douyin_share_text_gives_the_short_link() {
        assert_eq!(
            found(
                "7.94 复制打开抖音，看看【林小满的作品】每周五直播 # 插画 https://v.douyin.com/iRNBho6u/ 01/12 abc:/ mQk:/"
            ),
            ("https://v.douyin.com/iRNBho6u/", true)
        );
        // The profile share text Douyin copies from a user page.
        assert_eq!(
            found(
                "长按复制此条消息，打开抖音搜索，查看TA的更多作品。 https://v.douyin.com/iRNBho6u/ 3@5.com :9pm"
            ),
            ("https://v.douyin.com/iRNBho6u/", true)
        );
    }

    #[test]
    fn xiaohongshu_address_stops_at_the_full_width_comma() {
        assert_eq!(
            found(
                "【小红书】林小满的个人主页 😆 XpQ7CLMlNt9hbdw 😆 http://xhslink.com/a/AbC123xYz，复制本条信息，打开【小红书】App查看精彩内容！"
            ),
            ("http://xhslink.com/a/AbC123xYz", true)
        );
    }

    #[test]
    fn bilibili_space_share_text() {
        assert_eq!(
            found("【林小满的个人空间-哔哩哔哩】 https://b23.tv/AbC123x"),
            ("https://b23.tv/AbC123x", true)
        );
    }

    #[test]
    fn taobao_link_stops_at_the_corner_bracket() {
        assert_eq!(
            found("【淘宝】https://m.tb.cn/h.5abcDEF?tk=xYz12 「小满的画室」点击链接直接打开"),
            ("https://m.tb.cn/h.5abcDEF?tk=xYz12", true)
        );
        // The ￥ token form, with the address glued to CJK text.
        assert_eq!(
            found("￥AbCdEfGh￥ https://m.tb.cn/h.5abcDEF「小满的画室」点击链接直接打开"),
            ("https://m.tb.cn/h.5abcDEF", true)
        );
    }

    #[test]
    fn weibo_kuaishou_and_jd_share_texts() {
        assert_eq!(
            found("分享@林小满的微博主页 http://t.cn/A6xYzAbC（来自微博）"),
            ("http://t.cn/A6xYzAbC", true)
        );
        assert_eq!(
            found("https://v.kuaishou.com/GKTpYm 林小满 复制此消息，打开【快手】直接观看！"),
            ("https://v.kuaishou.com/GKTpYm", true)
        );
        assert_eq!(
            found("【京东】https://3.cn/-2AbCdEf「小满的画室旗舰店」点击链接直接打开"),
            ("https://3.cn/-2AbCdEf", true)
        );
        assert_eq!(
            found("【京东】https://u.jd.com/AbC1dEf\u{3000}快来看看"),
            ("https://u.jd.com/AbC1dEf", true)
        );
    }

    #[test]
    fn a_bare_address_is_not_a_share_text() {
        assert_eq!(
            found("https://space.bilibili.com/12345678"),
            ("https://space.bilibili.com/12345678", false)
        );
        assert_eq!(
            found("  https://b23.tv/AbC  "),
            ("https://b23.tv/AbC", false)
        );
        assert_eq!(
            found("HTTPS://B23.TV/AbC"),
            ("HTTPS://B23.TV/AbC", false),
            "the scheme in capitals is still an address"
        );
    }

    #[test]
    fn the_first_address_wins_and_empty_schemes_are_skipped() {
        assert_eq!(
            found("看这个 https:// 不对，http://t.cn/A 和 https://b23.tv/B"),
            ("http://t.cn/A", true)
        );
    }

    #[test]
    fn no_address_gives_none() {
        assert_eq!(extract("复制打开抖音，看看【林小满的作品】"), None);
        assert_eq!(extract(""), None);
        assert_eq!(extract("ftp://example.com/file"), None);
        assert_eq!(extract("https://"), None);
    }
}
