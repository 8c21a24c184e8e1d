//! Every interface string of the pages, in zh-Hans, zh-Hant and en: one table.
//!
//! `{}` in a string is replaced with a name or label by [`Strings::fill`]. Platform names
//! are not here: the registry has them (`Platform::name`).

use crate::Lang;

/// The interface strings of one language.
#[derive(Debug)]
pub struct Strings {
    /// The `<html lang>` value.
    pub html_lang: &'static str,
    /// The `og:locale` value.
    pub og_locale: &'static str,
    /// The meta description when the profile has neither a tagline nor a bio.
    pub description: &'static str,
    /// The name of a QR code toggle.
    pub qr: &'static str,
    /// Alt text of an account's QR code (`{}` = the account's label).
    pub qr_alt: &'static str,
    /// The hub's own QR code toggle.
    pub site_qr: &'static str,
    /// Alt text of the hub's QR code (`{}` = the name).
    pub site_qr_alt: &'static str,
    pub copy: &'static str,
    /// Accessible name of a copy button (`{}` = the account's label).
    pub copy_what: &'static str,
    pub copied: &'static str,
    pub copy_failed: &'static str,
    pub share: &'static str,
    /// Under a WeChat QR code.
    pub wechat_hint: &'static str,
    /// On the hub, in an in-app browser: why to leave it.
    pub inapp_hub: &'static str,
    /// How to leave an in-app browser on iOS.
    pub open_ios: &'static str,
    /// How to leave an in-app browser on Android (and elsewhere).
    pub open_android: &'static str,
    pub open_app: &'static str,
    pub continue_web: &'static str,
    pub opening: &'static str,
    pub copy_link: &'static str,
    pub back: &'static str,
    pub not_found_title: &'static str,
    pub not_found_text: &'static str,
    /// `{}` = the name.
    pub not_found_back: &'static str,
}

impl Strings {
    /// `template` with `{}` replaced by `value`.
    pub fn fill(template: &str, value: &str) -> String {
        template.replacen("{}", value, 1)
    }
}

const ZH_HANS: Strings = Strings {
    html_lang: "zh-Hans",
    og_locale: "zh_CN",
    description: "{}的账号与联系方式",
    qr: "二维码",
    qr_alt: "{}的二维码",
    site_qr: "本页二维码",
    site_qr_alt: "{}的主页二维码",
    copy: "复制",
    copy_what: "复制{}",
    copied: "已复制",
    copy_failed: "无法复制，请长按文字手动复制",
    share: "分享",
    wechat_hint: "长按识别二维码，或用微信扫一扫",
    inapp_hub: "在浏览器中打开本页，即可直接跳转 App。",
    open_ios: "点击右上角 ··· 选择「在 Safari 中打开」",
    open_android: "点击右上角 ··· 选择「在浏览器打开」",
    open_app: "在 App 中打开",
    continue_web: "继续访问网页",
    opening: "正在打开 App…",
    copy_link: "复制链接",
    back: "返回主页",
    not_found_title: "页面不存在",
    not_found_text: "这个地址没有内容，可能已被移除或输错了。",
    not_found_back: "前往{}的主页",
};

const ZH_HANT: Strings = Strings {
    html_lang: "zh-Hant",
    og_locale: "zh_TW",
    description: "{}的帳號與聯絡方式",
    qr: "QR 碼",
    qr_alt: "{}的 QR 碼",
    site_qr: "本頁 QR 碼",
    site_qr_alt: "{}的首頁 QR 碼",
    copy: "複製",
    copy_what: "複製{}",
    copied: "已複製",
    copy_failed: "無法複製，請長按文字手動複製",
    share: "分享",
    wechat_hint: "長按識別 QR 碼，或用微信掃一掃",
    inapp_hub: "在瀏覽器中開啟本頁，即可直接跳轉 App。",
    open_ios: "點擊右上角 ··· 選擇「在 Safari 中開啟」",
    open_android: "點擊右上角 ··· 選擇「在瀏覽器開啟」",
    open_app: "在 App 中開啟",
    continue_web: "繼續前往網頁",
    opening: "正在開啟 App…",
    copy_link: "複製連結",
    back: "返回首頁",
    not_found_title: "找不到頁面",
    not_found_text: "此網址沒有內容，可能已被移除或輸入錯誤。",
    not_found_back: "前往{}的首頁",
};

const EN: Strings = Strings {
    html_lang: "en",
    og_locale: "en_US",
    description: "{}’s accounts and contacts",
    qr: "QR code",
    qr_alt: "QR code for {}",
    site_qr: "QR code for this page",
    site_qr_alt: "QR code for {}’s page",
    copy: "Copy",
    copy_what: "Copy {}",
    copied: "Copied",
    copy_failed: "Couldn’t copy: select the text instead",
    share: "Share",
    wechat_hint: "Long-press the code in WeChat, or scan it with WeChat",
    inapp_hub: "Open this page in your browser to jump straight into the apps.",
    open_ios: "Tap ··· at the top right, then “Open in Safari”",
    open_android: "Tap ··· at the top right, then “Open in browser”",
    open_app: "Open in the app",
    continue_web: "Continue to the website",
    opening: "Opening the app…",
    copy_link: "Copy link",
    back: "Back to the main page",
    not_found_title: "Page not found",
    not_found_text: "There is nothing at this address: it may have moved, or been mistyped.",
    not_found_back: "Go to {}’s page",
};

/// The strings of a language.
pub fn strings(lang: Lang) -> &'static Strings {
    match lang {
        Lang::ZhHans => &ZH_HANS,
        Lang::ZhHant => &ZH_HANT,
        Lang::En => &EN,
    }
}
