//! Every interface string of the pages, in zh-Hans, zh-Hant and en: one table.
//!
//! Takes a language; gives [`Strings`], the table's texts in that language, which the
//! templates read by name (`s.copy`). Each entry is a [`crate::lang::Text`]; `{name}` (the profile's
//! name), `{label}` (an account's label) and `{id}` (an account's id) are filled with
//! [`crate::lang::fill`].
//! Platform names are not here: the registry has them (`Platform::name`).

use crate::Lang;
use crate::lang::words;

words! {
    /// The interface strings of one language.
    pub struct Strings;

    /// The `<html lang>` value.
    html_lang { en: "en", zh_hans: "zh-Hans", zh_hant: "zh-Hant" }
    /// The `og:locale` value.
    og_locale { en: "en_US", zh_hans: "zh_CN", zh_hant: "zh_TW" }
    /// The meta description when the profile has neither a tagline nor a bio.
    description {
        en: "{name}’s accounts and contacts",
        zh_hans: "{name}的账号与联系方式",
        zh_hant: "{name}的帳號與聯絡方式",
    }
    /// The name of a QR code toggle.
    qr { en: "QR code", zh_hans: "二维码", zh_hant: "QR 碼" }
    /// Alt text of an account's QR code (`{label}`: the account's label).
    qr_alt { en: "QR code for {label}", zh_hans: "{label}的二维码", zh_hant: "{label}的 QR 碼" }
    /// The hub's own QR code toggle.
    site_qr { en: "QR code for this page", zh_hans: "本页二维码", zh_hant: "本頁 QR 碼" }
    /// Alt text of the hub's QR code (`{name}`: the profile's name).
    site_qr_alt {
        en: "QR code for {name}’s page",
        zh_hans: "{name}的主页二维码",
        zh_hant: "{name}的首頁 QR 碼",
    }
    /// Beside the hub's own QR code on a wide screen.
    scan_phone { en: "Scan with your phone", zh_hans: "用手机扫码打开", zh_hant: "用手機掃碼開啟" }
    /// The hub's link to `contact.vcf`.
    save_contact { en: "Save contact", zh_hans: "保存联系人", zh_hant: "儲存聯絡人" }
    copy { en: "Copy", zh_hans: "复制", zh_hant: "複製" }
    /// Accessible name of a copy button (`{label}`: the account's label).
    copy_what { en: "Copy {label}", zh_hans: "复制{label}", zh_hant: "複製{label}" }
    copied { en: "Copied", zh_hans: "已复制", zh_hant: "已複製" }
    copy_failed {
        en: "Couldn’t copy: select the text instead",
        zh_hans: "无法复制，请长按文字手动复制",
        zh_hant: "無法複製，請長按文字手動複製",
    }
    share { en: "Share", zh_hans: "分享", zh_hant: "分享" }
    /// Under a WeChat QR code, on a phone (and without JS).
    wechat_hint {
        en: "Long-press the code in WeChat, or scan it with WeChat",
        zh_hans: "长按识别二维码，或用微信扫一扫",
        zh_hant: "長按識別 QR 碼，或用微信掃一掃",
    }
    /// Under a WeChat QR code, on a desktop: there is nothing to long-press there.
    wechat_scan {
        en: "Scan the code with WeChat",
        zh_hans: "用微信扫码",
        zh_hant: "用微信掃碼",
    }
    /// Beside a personal WeChat ID when the creator gave no QR code.
    find_wechat {
        en: "In WeChat: Add Contacts → search for this ID",
        zh_hans: "在微信：添加朋友 → 搜索这个微信号",
        zh_hant: "在微信：新增朋友 → 搜尋這個微信號",
    }
    /// Beside an Official Account's name or WeChat ID (`{id}`) when there is no QR code.
    find_wechat_oa {
        en: "Search WeChat for the Official Account “{id}”",
        zh_hans: "在微信搜索公众号「{id}」",
        zh_hant: "在微信搜尋公眾號「{id}」",
    }
    /// Beside a Channels ID when the creator gave no QR code.
    find_wechat_channels {
        en: "In WeChat: Discover → Channels → search for this account",
        zh_hans: "在微信：发现 → 视频号 → 搜索这个视频号",
        zh_hant: "在微信：發現 → 視頻號 → 搜尋這個視頻號",
    }
    /// Beside another WeChat-native account (a mini program) without a QR code.
    find_wechat_other {
        en: "Search WeChat for “{label}”",
        zh_hans: "在微信搜索「{label}」",
        zh_hant: "在微信搜尋「{label}」",
    }
    /// On the hub, in an in-app browser: why to leave it.
    inapp_hub {
        en: "Open this page in your browser to jump straight into the apps.",
        zh_hans: "在浏览器中打开本页，即可直接跳转 App。",
        zh_hant: "在瀏覽器中開啟本頁，即可直接跳轉 App。",
    }
    /// How to leave an in-app browser on iOS.
    open_ios {
        en: "Tap ··· at the top right, then “Open in Safari”",
        zh_hans: "点击右上角 ··· 选择「在 Safari 中打开」",
        zh_hant: "點擊右上角 ··· 選擇「在 Safari 中開啟」",
    }
    /// How to leave an in-app browser on Android (and elsewhere).
    open_android {
        en: "Tap ··· at the top right, then “Open in browser”",
        zh_hans: "点击右上角 ··· 选择「在浏览器打开」",
        zh_hant: "點擊右上角 ··· 選擇「在瀏覽器開啟」",
    }
    open_app { en: "Open in the app", zh_hans: "在 App 中打开", zh_hant: "在 App 中開啟" }
    continue_web { en: "Continue to the website", zh_hans: "继续访问网页", zh_hant: "繼續前往網頁" }
    opening { en: "Opening the app…", zh_hans: "正在打开 App…", zh_hant: "正在開啟 App…" }
    copy_link { en: "Copy link", zh_hans: "复制链接", zh_hant: "複製連結" }
    back { en: "Back to the main page", zh_hans: "返回主页", zh_hant: "返回首頁" }
    not_found_title { en: "Page not found", zh_hans: "页面不存在", zh_hant: "找不到頁面" }
    not_found_text {
        en: "There is nothing at this address: it may have moved, or been mistyped.",
        zh_hans: "这个地址没有内容，可能已被移除或输错了。",
        zh_hant: "此網址沒有內容，可能已被移除或輸入錯誤。",
    }
    /// `{name}`: the profile's name.
    not_found_back { en: "Go to {name}’s page", zh_hans: "前往{name}的主页", zh_hant: "前往{name}的首頁" }
    /// The title of a retired key's page: the account it led to is no longer listed.
    retired_title {
        en: "No longer listed",
        zh_hans: "这个账号已不再列出",
        zh_hant: "這個帳號已不再列出",
    }
    /// The text of a retired key's page (`{name}`: the profile's name).
    retired_text {
        en: "The account this code led to is no longer listed on {name}’s page. Taking you there…",
        zh_hans: "这个二维码原来指向的账号已不在{name}的主页上列出。正在带你前往主页…",
        zh_hant: "這個 QR 碼原來指向的帳號已不在{name}的首頁上列出。正在帶你前往首頁…",
    }

    // The redirect page's identity, its contact buttons, and the print sheet.

    /// A redirect page's heading and title: whose account this is (`{name}`: the
    /// profile's name; `{label}`: the platform's name, or a plain link's label).
    go_heading { en: "{name}’s {label}", zh_hans: "{name}的{label}", zh_hant: "{name}的{label}" }
    /// An e-mail account's button on its redirect page (a `mailto:` link).
    write_email { en: "Write an e-mail", zh_hans: "写邮件", zh_hant: "寫郵件" }
    /// A phone number's button on its redirect page (a `tel:` link).
    call { en: "Call", zh_hans: "打电话", zh_hant: "打電話" }
    /// The print sheet's title and heading.
    print_title { en: "QR codes to print", zh_hans: "打印二维码", zh_hant: "列印 QR 碼" }
    /// What the print sheet is, for the creator (shown on screen, not printed).
    print_intro {
        en: "Print this page, or save it as a PDF (Ctrl+P or ⌘P, then “Save as PDF”): first an A4 sheet of every code, then business cards of 85 × 55 mm to cut out. Your page does not link here, and search engines do not list it.",
        zh_hans: "打印本页，或存为 PDF（按 Ctrl+P 或 ⌘P，再选「存储为 PDF」）：先是一张 A4 的全部二维码，然后是 85 × 55 毫米、可裁切的名片。主页不链接到这里，搜索引擎也不收录。",
        zh_hant: "列印本頁，或存成 PDF（按 Ctrl+P 或 ⌘P，再選「儲存為 PDF」）：先是一張 A4 的全部 QR 碼，接著是 85 × 55 公釐、可裁切的名片。首頁不連結到這裡，搜尋引擎也不收錄。",
    }
    /// The print sheet's first part: every code on A4.
    print_sheet { en: "A4 sheet", zh_hans: "A4 总表", zh_hant: "A4 總表" }
    /// The print sheet's second part: one card per code.
    print_cards { en: "Business cards (85 × 55 mm)", zh_hans: "名片（85 × 55 毫米）", zh_hant: "名片（85 × 55 公釐）" }
}

static EN: Strings = Strings::of(Lang::En);
static ZH_HANS: Strings = Strings::of(Lang::ZhHans);
static ZH_HANT: Strings = Strings::of(Lang::ZhHant);

/// The strings of a language.
pub fn strings(lang: Lang) -> &'static Strings {
    match lang {
        Lang::ZhHans => &ZH_HANS,
        Lang::ZhHant => &ZH_HANT,
        Lang::En => &EN,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lang::{check_table, fill};

    #[test]
    fn every_string_has_three_languages_with_the_same_placeholders() {
        check_table(Strings::TABLE, &["name", "label", "id"]);
    }

    #[test]
    fn each_language_reads_its_own_column() {
        assert_eq!(strings(Lang::ZhHant).html_lang, "zh-Hant");
        assert_eq!(strings(Lang::En).copy, "Copy");
        assert_eq!(
            fill(strings(Lang::ZhHans).qr_alt, &[("label", "GitHub")]),
            "GitHub的二维码"
        );
    }
}
