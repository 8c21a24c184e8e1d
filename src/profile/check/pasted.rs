//! What a creator pastes from a phone, read for what it means: a whole share text in
//! `url`, a value that YAML cut at ` #`, a platform's short link, full-width forms an
//! input method typed into a value or an id, curly quotes, a WeChat group code, an
//! Official Account's `__biz` key, and the starter's placeholders left in.
//!
//! Each rule either takes the input as meant and says so (a note or a warning), or
//! says what to write instead (an error). The account's other rules are in `account`,
//! the top-level ones in `top`; the QR image itself is read by `disk`.

use url::Url;

use crate::diagnostic::{Diagnostic, Location, Severity};
use crate::escape;
use crate::messages;
use crate::platforms::{self, Kind, Platform};
use crate::profile::fields::Field;
use crate::profile::share_text;
use crate::profile::yaml::{Node, Value};

use super::{Checker, Fields};

/// The ids the starter profile (`hutong new`) shows as examples, by platform: left in,
/// they are no one's account.
const STARTER_IDS: &[(&str, &str)] = &[
    ("bilibili", "12345678"),
    ("github", "your-name"),
    ("wechat", "your_wechat_id"),
];

/// Hosts of sites WeChat's in-app browser is known to block or interrupt with a
/// warning page, with the reason they are listed.
const WECHAT_BLOCKED: &[&str] = &[
    // GitHub Pages: WeChat shows "无法打开此网页"/"非微信官方网页" for github.io sites;
    // widely reported by creators hosting there.
    "github.io",
];

/// Whether an Official Account id is a `__biz` key: base64 of a decimal number
/// (`MzI5MjIwNDUwNg==` is `3292204506`), which no name or WeChat ID is.
pub fn is_wechat_biz(id: &str) -> bool {
    let body = id.trim_end_matches('=');
    if body.len() < 8 || id.len() - body.len() > 2 {
        return false;
    }
    let mut bits: u32 = 0;
    let mut held = 0;
    let mut digits = 0;
    for c in body.bytes() {
        let value = match c {
            b'A'..=b'Z' => c - b'A',
            b'a'..=b'z' => c - b'a' + 26,
            b'0'..=b'9' => c - b'0' + 52,
            b'+' => 62,
            b'/' => 63,
            _ => return false,
        };
        bits = (bits << 6) | u32::from(value);
        held += 6;
        if held >= 8 {
            held -= 8;
            let byte = (bits >> held) & 0xFF;
            if !(u32::from(b'0')..=u32::from(b'9')).contains(&byte) {
                return false;
            }
            digits += 1;
        }
    }
    digits > 0
}

/// Whether a QR payload is a WeChat group code, which expires.
pub(in crate::profile) fn is_wechat_group_code(text: &str) -> bool {
    let lower = text.trim().to_ascii_lowercase();
    ["https://weixin.qq.com/g/", "http://weixin.qq.com/g/"]
        .iter()
        .any(|p| lower.starts_with(p))
}

/// `text` with each full-width ASCII form (`１`, `Ａ`, `＠`, U+FF01–U+FF5E) as its ASCII
/// character, and the distinct full-width characters found, in order.
fn ascii_of_fullwidth(text: &str) -> (String, Vec<char>) {
    let mut found = Vec::new();
    let ascii = text
        .chars()
        .map(|c| match c as u32 {
            n @ 0xFF01..=0xFF5E => {
                if !found.contains(&c) {
                    found.push(c);
                }
                char::from_u32(n - 0xFF01 + 0x21).unwrap_or(c)
            }
            _ => c,
        })
        .collect();
    (ascii, found)
}

impl Checker<'_> {
    fn note(&mut self, at: Location, msg: messages::Msg, args: &[(&str, &str)], hint: String) {
        self.diagnostics.push(
            Diagnostic::new(Severity::Note, self.lang, &msg, args)
                .at(at)
                .hint(hint),
        );
    }

    /// The place of `part` inside the value at `at`, on its first line; `at` when the
    /// value does not hold it as written (escapes in quotes).
    fn within(&self, at: Location, part: &str) -> Location {
        let start = at.start.min(self.source.len());
        let line_end = self.source[start..]
            .find('\n')
            .map_or(self.source.len(), |i| start + i);
        match self.source[start..line_end].find(part) {
            Some(i) => Location {
                line: at.line,
                col: at.col + self.source[start..start + i].chars().count(),
                start: start + i,
                end: start + i + part.len(),
            },
            None => at,
        }
    }

    /// What follows a plain one-line value on its line when YAML made it a comment:
    /// the blanks before the `#`, the comment (from its `#`) and where it starts.
    fn comment_after(&self, node: &Node) -> Option<(usize, &str, Location)> {
        if !matches!(node.value, Value::Scalar { plain: true, .. }) {
            return None;
        }
        let end = node.at.end.min(self.source.len());
        if self.source[node.at.start.min(end)..end].contains('\n') {
            return None;
        }
        let line_end = self.source[end..]
            .find('\n')
            .map_or(self.source.len(), |i| end + i);
        let rest = self.source[end..line_end].trim_end_matches('\r');
        let comment = rest.trim_start_matches([' ', '\t']);
        let blanks = rest.len() - comment.len();
        if blanks == 0 || !comment.starts_with('#') {
            return None;
        }
        let hash = end + blanks;
        let at = Location {
            line: node.at.line,
            col: node.at.col + self.source[node.at.start..end].chars().count() + blanks,
            start: hash,
            end: hash + comment.len(),
        };
        Some((blanks, comment, at))
    }

    /// A `url` as pasted → the address to read: a share text gives the first address
    /// in it (with a note saying which); `https：//` and a text cut at ` #` are errors.
    pub(super) fn pasted_url(
        &mut self,
        node: &Node,
        text: String,
        at: Location,
    ) -> Option<(String, Location)> {
        if let Some((_, comment, _)) = self.comment_after(node)
            && share_text::extract(&text).is_none()
            && share_text::extract(comment).is_some()
        {
            let fixed = format!(
                "url: {}",
                escape::yaml_quoted(&format!("{text} {comment}"), |_| false)
            );
            return self.refuse(
                at,
                messages::URL_CUT_AT_HASH,
                &[],
                self.f(messages::HINT_WRAP_IN_QUOTES, &[("fixed", &fixed)]),
            );
        }
        if let Some((scheme, _)) = text.split_once("：//") {
            let fixed = text.replacen("：//", "://", 1);
            let scheme = scheme.rsplit(char::is_whitespace).next().unwrap_or(scheme);
            return self.refuse(
                at,
                messages::URL_INVALID,
                &[("text", &text)],
                self.f(
                    messages::HINT_FULLWIDTH_SCHEME,
                    &[("scheme", scheme), ("fixed", fixed.trim())],
                ),
            );
        }
        if Url::parse(&text).is_ok() && !text.contains(char::is_whitespace) {
            return Some((text, at));
        }
        match share_text::extract(&text) {
            Some(found) if found.from_text => {
                let url = found.url.to_owned();
                let place = self.within(at, &url);
                self.note(
                    place,
                    messages::SHARE_TEXT_TAKEN,
                    &[("url", &url)],
                    self.f(messages::HINT_SHARE_TEXT_TAKEN, &[("url", &url)]),
                );
                Some((url, place))
            }
            Some(_) => Some((text, at)),
            None if text.contains(char::is_whitespace) || !text.is_ascii() => {
                self.error(
                    Some(at),
                    messages::SHARE_TEXT_NO_ADDRESS,
                    &[],
                    self.t(messages::HINT_SHARE_TEXT_NO_ADDRESS),
                );
                None
            }
            None => Some((text, at)),
        }
    }

    /// A warning for a text field whose value YAML ended at ` #` (one blank before the
    /// `#`: two or more read as a comment meant as one).
    pub(super) fn cut_at_hash(&mut self, fields: &Fields, field: &Field) {
        let Some(node) = fields.get(field.key) else {
            return;
        };
        let Some((1, comment, at)) = self.comment_after(node) else {
            return;
        };
        let Value::Scalar { text, .. } = &node.value else {
            return;
        };
        let fixed = format!(
            "{}: {}",
            field.key,
            escape::yaml_quoted(&format!("{text} {comment}"), |_| false)
        );
        let comment = comment.to_owned();
        self.warning(
            at,
            messages::TEXT_CUT_AT_HASH,
            &[("key", field.key), ("rest", &comment)],
            self.f(messages::HINT_KEEP_AFTER_HASH, &[("fixed", &fixed)]),
        );
    }

    /// An error for a plain value wrapped in curly quotes (`“12345678”`); `true` when
    /// there was one.
    pub(super) fn curly_quoted(&mut self, node: &Node, key: &str, text: &str) -> bool {
        let plain = matches!(node.value, Value::Scalar { plain: true, .. });
        let inner = text
            .trim()
            .strip_prefix(['“', '‘'])
            .and_then(|t| t.strip_suffix(['”', '’']));
        let Some(inner) = inner.filter(|_| plain) else {
            return false;
        };
        let fixed = format!("{key}: {}", escape::yaml_quoted(inner, |_| false));
        self.error(
            Some(node.at),
            messages::CURLY_QUOTES,
            &[("key", key)],
            self.f(messages::HINT_STRAIGHT_QUOTES, &[("fixed", &fixed)]),
        );
        true
    }

    /// An id with full-width letters, digits or `＠` → its ASCII form, with a warning.
    pub(super) fn ascii_id(&mut self, id: String, at: Location) -> String {
        let (ascii, found) = ascii_of_fullwidth(&id);
        if found.is_empty() {
            return id;
        }
        let chars: Vec<String> = found.iter().map(|c| format!("`{c}`")).collect();
        let chars = chars.join(" ");
        self.warning(
            at,
            messages::FULLWIDTH_IN_ID,
            &[("id", &id), ("chars", &chars), ("ascii", &ascii)],
            self.f(messages::HINT_FULLWIDTH_IN_ID, &[("ascii", &ascii)]),
        );
        ascii
    }

    /// A warning for a platform's short link: it names no account.
    pub(super) fn short_link(&mut self, platform: &'static Platform, url: &Url, at: Location) {
        if platform.kind == Kind::Link || !platform.is_short_link(url) {
            return;
        }
        self.warning(
            at,
            messages::SHORT_LINK,
            &[
                ("host", url.host_str().unwrap_or("")),
                ("platform", platform.name(self.lang)),
            ],
            self.t(messages::HINT_SHORT_LINK),
        );
    }

    /// A warning for an Official Account known only by its `__biz` key, which the page
    /// cannot show.
    pub(super) fn oa_biz(&mut self, platform: &'static Platform, id: &str, at: Location) {
        if platform.id == "wechat_oa" && is_wechat_biz(id) {
            self.warning(
                at,
                messages::OA_BIZ,
                &[("biz", id)],
                self.t(messages::HINT_OA_NAME),
            );
        }
    }

    /// A warning for an id the starter profile shows as an example.
    pub(super) fn starter_id(&mut self, platform: &'static Platform, id: &str, at: Location) {
        if !STARTER_IDS.contains(&(platform.id, id)) {
            return;
        }
        let hint = self.f(
            messages::HINT_STARTER_ID,
            &[
                ("what", self.help(&platform.id_what)),
                ("howto", self.help(&platform.id_howto)),
            ],
        );
        self.warning(at, messages::STARTER_ID, &[("id", id)], hint);
    }

    /// A warning for a WeChat group code as a QR payload.
    pub(super) fn group_code(&mut self, qr: &str, at: Location) {
        if is_wechat_group_code(qr) {
            self.warning(
                at,
                messages::QR_GROUP_CODE,
                &[],
                self.t(messages::HINT_QR_GROUP_CODE),
            );
        }
    }

    /// Warnings for a `base_url` that is an example address, or on a host WeChat blocks.
    pub(super) fn base_url_host(&mut self, url: &Url, at: Location) {
        let host = url.host_str().unwrap_or("");
        let example = ["example.com", "example.org", "example.net"]
            .iter()
            .any(|d| platforms::host_in_domain(host, d));
        if example {
            self.warning(
                at,
                messages::BASE_URL_EXAMPLE,
                &[("url", url.as_str())],
                self.t(messages::HINT_BASE_URL_EXAMPLE),
            );
        }
        if let Some(domain) = WECHAT_BLOCKED
            .iter()
            .find(|d| platforms::host_in_domain(host, d))
        {
            self.warning(
                at,
                messages::BASE_URL_WECHAT_BLOCKED,
                &[("host", domain)],
                self.t(messages::HINT_BASE_URL_WECHAT_BLOCKED),
            );
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_biz_is_base64_of_a_decimal_number() {
        assert!(is_wechat_biz("MzI5MjIwNDUwNg=="));
        assert!(is_wechat_biz("MzA3MDM3NzQ0Mw=="));
        assert!(!is_wechat_biz("xiaoman_art"));
        assert!(!is_wechat_biz("gh_0123456789ab"));
        assert!(!is_wechat_biz("xiaomanart"));
        assert!(!is_wechat_biz("小满的画室"));
        assert!(!is_wechat_biz("MzI5"));
    }

    #[test]
    fn fullwidth_ascii_forms_become_ascii() {
        assert_eq!(
            ascii_of_fullwidth("１２３４５６７８"),
            ("12345678".to_owned(), "１２３４５６７８".chars().collect())
        );
        assert_eq!(ascii_of_fullwidth("lanlan＠163.com").0, "lanlan@163.com");
        assert!(ascii_of_fullwidth("小满").1.is_empty());
    }

    #[test]
    fn group_codes_are_told_from_other_codes() {
        assert!(is_wechat_group_code("https://weixin.qq.com/g/AQYAAGxm"));
        assert!(!is_wechat_group_code("https://u.wechat.com/EHxm"));
        assert!(!is_wechat_group_code("http://weixin.qq.com/r/abc"));
    }
}
