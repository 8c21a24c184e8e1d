//! The platform records, sorted by id. Facts come from public sources (platforms'
//! documentation, published URL schemes, observed links), not tested on devices.
//! Comments mark the values decided here rather than taken from those sources
//! ("Decided here", "hutong's addition", "Guessed").

use super::icons;
use super::*;

/// Neutral grey for the generic entries (email, phone, link): hutong's choice.
const NEUTRAL: &str = "#4B5563";

pub(super) static PLATFORMS: &[Platform] = &[
    Platform {
        id: "alipay",
        names: Text {
            zh_hans: "支付宝",
            zh_hant: "支付寶",
            en: "Alipay",
        },
        kind: Kind::Profile,
        hosts: &["alipay.com"],
        // The id is the whole qr.alipay.com URL, so there is nothing to extract from a URL.
        url_patterns: &[],
        forms: &[IdForm {
            pattern: r"^https://qr\.alipay\.com/(?P<code>[A-Za-z0-9]+)$",
            web: Some("https://qr.alipay.com/{code}"),
            ios: None,
            android: None,
            app_status: Status::Verified,
            example: "https://qr.alipay.com/fkx19183ykqsjqu8wiy2ha4",
        }],
        id_what: Text {
            en: "The link inside your Alipay payment QR code (收钱码), starting with https://qr.alipay.com/.",
            zh_hans: "你的支付宝收钱码里的链接，以 https://qr.alipay.com/ 开头。",
            zh_hant: "你的支付寶收錢碼裡的連結，以 https://qr.alipay.com/ 開頭。",
        },
        id_howto: Text {
            en: "In Alipay open Receive money (收钱), save the QR code, then read it with any QR scanner to get the qr.alipay.com link.",
            zh_hans: "在支付宝里打开“收钱”，保存收钱码，再用任意扫码工具识别，得到以 qr.alipay.com 开头的链接。",
            zh_hant: "在支付寶裡開啟「收錢」，儲存收錢碼，再用任意掃碼工具識別，得到以 qr.alipay.com 開頭的連結。",
        },
        app_id: None,
        android_package: Some("com.eg.android.AlipayGphone"),
        universal_link: UniversalLink::Unknown,
        color: "#1677FF",
        icon: icons::ALIPAY,
        confidence: "medium",
    },
    Platform {
        id: "apple_music",
        names: Text {
            zh_hans: "Apple Music",
            zh_hant: "Apple Music",
            en: "Apple Music",
        },
        kind: Kind::Profile,
        // Not apple.com: it belongs to every Apple product.
        hosts: &["music.apple.com"],
        // Artist URLs are music.apple.com/{country}/artist/{slug}/{id}: two free segments
        // before the id, which the url_patterns format cannot express.
        url_patterns: &[],
        forms: &[IdForm {
            pattern: r"^[0-9]+$",
            // Decided here: the published URL needs a storefront and a name slug; the
            // slug is decorative and "us" is a storefront every visitor can open.
            web: Some("https://music.apple.com/us/artist/{id}"),
            ios: None,
            android: None,
            app_status: Status::Verified,
            example: "159260351",
        }],
        id_what: Text {
            en: "The numeric artist ID at the end of your Apple Music artist link.",
            zh_hans: "Apple Music 艺人链接末尾的数字艺人 ID。",
            zh_hant: "Apple Music 藝人連結末尾的數字藝人 ID。",
        },
        id_howto: Text {
            en: "Open your artist page in Apple Music, choose Share → Copy Link: the digits at the end of music.apple.com/…/artist/<name>/<ID> are the ID.",
            zh_hans: "在 Apple Music 打开你的艺人页，选择“共享”→“拷贝链接”：music.apple.com/…/artist/<名字>/<ID> 末尾的数字就是 ID。",
            zh_hant: "在 Apple Music 開啟你的藝人頁，選擇「共享」→「複製連結」：music.apple.com/…/artist/<名字>/<ID> 末尾的數字就是 ID。",
        },
        app_id: None,
        android_package: Some("com.apple.android.music"),
        universal_link: UniversalLink::Likely,
        color: "#FA243C",
        icon: icons::APPLE_MUSIC,
        confidence: "medium",
    },
    Platform {
        id: "bilibili",
        names: Text {
            zh_hans: "哔哩哔哩",
            zh_hant: "嗶哩嗶哩",
            en: "Bilibili",
        },
        kind: Kind::Profile,
        hosts: &["bilibili.com", "b23.tv"],
        // Sub-pages (`/dynamic`, `/video`, `/favlist`…) are the same space.
        url_patterns: &["space.bilibili.com/{id}/**", "m.bilibili.com/space/{id}/**"],
        forms: &[IdForm {
            pattern: r"^[0-9]+$",
            web: Some("https://space.bilibili.com/{id}"),
            ios: Some("bilibili://space/{id}"),
            android: Some("bilibili://space/{id}"),
            app_status: Status::Verified,
            example: "546195",
        }],
        id_what: Text {
            en: "Your numeric UID (digits only).",
            zh_hans: "你的数字 UID（只含数字）。",
            zh_hant: "你的數字 UID（只含數字）。",
        },
        id_howto: Text {
            en: "Open your space page: the digits in space.bilibili.com/<UID> are your UID (the app also shows it on your profile).",
            zh_hans: "打开你的个人空间：space.bilibili.com/<UID> 中的数字就是 UID（App 的个人资料页也会显示）。",
            zh_hant: "開啟你的個人空間：space.bilibili.com/<UID> 中的數字就是 UID（App 的個人資料頁也會顯示）。",
        },
        app_id: None,
        android_package: Some("tv.danmaku.bili"),
        universal_link: UniversalLink::Unknown,
        color: "#00A1D6",
        icon: icons::BILIBILI,
        confidence: "high",
    },
    Platform {
        id: "bluesky",
        names: Text {
            zh_hans: "Bluesky",
            zh_hant: "Bluesky",
            en: "Bluesky",
        },
        kind: Kind::Profile,
        hosts: &["bsky.app"],
        url_patterns: &["bsky.app/profile/{id}"],
        forms: &[
            IdForm {
                pattern: r"^did:[a-z]+:[A-Za-z0-9._:%-]+$",
                web: Some("https://bsky.app/profile/{id}"),
                ios: Some("bluesky://profile/{id}"),
                android: None,
                app_status: Status::Inferred,
                example: "did:plc:z72i7hdynmk6r22z27h6tvur",
            },
            IdForm {
                pattern: r"^@?(?P<id>(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+[A-Za-z]{2,})$",
                web: Some("https://bsky.app/profile/{id}"),
                ios: Some("bluesky://profile/{id}"),
                android: None,
                app_status: Status::Inferred,
                example: "alice.bsky.social",
            },
        ],
        id_what: Text {
            en: "Your handle (such as name.bsky.social or your own domain), or your DID (did:plc:…).",
            zh_hans: "你的用户名（如 name.bsky.social 或你自己的域名），或你的 DID（did:plc:…）。",
            zh_hant: "你的使用者名稱（如 name.bsky.social 或你自己的域名），或你的 DID（did:plc:…）。",
        },
        id_howto: Text {
            en: "Your handle is shown under your name on your profile; it is also the last part of bsky.app/profile/<handle>.",
            zh_hans: "个人主页上名字下方显示的就是用户名，它也是 bsky.app/profile/<用户名> 的最后一段。",
            zh_hant: "個人主頁上名字下方顯示的就是使用者名稱，它也是 bsky.app/profile/<使用者名稱> 的最後一段。",
        },
        app_id: None,
        android_package: None,
        universal_link: UniversalLink::Likely,
        color: "#1185FE",
        icon: icons::BLUESKY,
        confidence: "medium",
    },
    Platform {
        id: "dianping",
        names: Text {
            zh_hans: "大众点评",
            zh_hant: "大眾點評",
            en: "Dianping",
        },
        kind: Kind::Profile,
        hosts: &["dianping.com"],
        url_patterns: &["www.dianping.com/shop/{id}", "m.dianping.com/shop/{id}"],
        forms: &[IdForm {
            pattern: r"^[A-Za-z0-9]+$",
            web: Some("https://www.dianping.com/shop/{id}"),
            ios: Some("dianping://shopinfo?shopid={id}"),
            android: Some("dianping://shopinfo?shopid={id}"),
            app_status: Status::Verified,
            example: "k9bNoD4dSmpvF6Eh",
        }],
        id_what: Text {
            en: "Your shop's ID on Dianping (letters and digits).",
            zh_hans: "你的店铺在大众点评上的商户 ID（字母和数字）。",
            zh_hant: "你的店鋪在大眾點評上的商戶 ID（字母和數字）。",
        },
        id_howto: Text {
            en: "Open your shop on dianping.com (or open its share link in a browser): the part after /shop/ in the address is the ID.",
            zh_hans: "在 dianping.com 打开你的店铺（或在浏览器中打开分享链接）：地址中 /shop/ 后面的部分就是 ID。",
            zh_hant: "在 dianping.com 開啟你的店鋪（或在瀏覽器中開啟分享連結）：地址中 /shop/ 後面的部分就是 ID。",
        },
        app_id: None,
        android_package: Some("com.dianping.v1"),
        universal_link: UniversalLink::Unknown,
        color: "#FF6633",
        icon: icons::DIANPING,
        confidence: "medium",
    },
    Platform {
        id: "discord",
        names: Text {
            zh_hans: "Discord",
            zh_hant: "Discord",
            en: "Discord",
        },
        kind: Kind::Profile,
        hosts: &["discord.com", "discord.gg"],
        url_patterns: &[
            "discord.com/users/{id}",
            "discord.gg/{id}",
            "discord.com/invite/{id}",
        ],
        forms: &[
            // A user id is also a well-formed invite code, so it goes first.
            IdForm {
                pattern: r"^[0-9]{17,20}$",
                web: Some("https://discord.com/users/{id}"),
                ios: Some("discord://discord.com/users/{id}"),
                android: None,
                app_status: Status::Verified,
                example: "80351110224678912",
            },
            IdForm {
                pattern: r"^[A-Za-z0-9-]{2,32}$",
                web: Some("https://discord.gg/{id}"),
                ios: Some("discord://-/invite/{id}"),
                android: None,
                app_status: Status::Verified,
                example: "rust-lang",
            },
        ],
        id_what: Text {
            en: "A server invite code (the part after discord.gg/), or your numeric user ID (17–20 digits).",
            zh_hans: "服务器邀请码（discord.gg/ 后面的部分），或你的数字用户 ID（17–20 位数字）。",
            zh_hant: "伺服器邀請碼（discord.gg/ 後面的部分），或你的數字使用者 ID（17–20 位數字）。",
        },
        id_howto: Text {
            en: "Server: open the server menu → Invite People, set the link to never expire and copy the code after discord.gg/. You: turn on Settings → Advanced → Developer Mode, then right-click your name → Copy User ID.",
            zh_hans: "服务器：打开服务器菜单 →“邀请其他人”，把链接设为永不过期，复制 discord.gg/ 后面的代码。个人：打开“设置 → 高级 → 开发者模式”，再右键点击你的名字 →“复制用户 ID”。",
            zh_hant: "伺服器：開啟伺服器選單 →「邀請其他人」，把連結設為永不過期，複製 discord.gg/ 後面的代碼。個人：開啟「設定 → 進階 → 開發者模式」，再右鍵點選你的名字 →「複製使用者 ID」。",
        },
        app_id: None,
        android_package: Some("com.discord"),
        universal_link: UniversalLink::Yes,
        color: "#5865F2",
        icon: icons::DISCORD,
        confidence: "medium",
    },
    Platform {
        id: "douban",
        names: Text {
            zh_hans: "豆瓣",
            zh_hant: "豆瓣",
            en: "Douban",
        },
        kind: Kind::Profile,
        hosts: &["douban.com"],
        url_patterns: &["www.douban.com/people/{id}", "m.douban.com/people/{id}"],
        forms: &[IdForm {
            pattern: r"^[A-Za-z0-9._-]+$",
            web: Some("https://www.douban.com/people/{id}/"),
            ios: Some("douban://douban.com/user/{id}"),
            android: Some("douban://douban.com/user/{id}"),
            app_status: Status::Inferred,
            example: "ahbei",
        }],
        id_what: Text {
            en: "Your Douban user ID: the number or custom name in your profile address.",
            zh_hans: "你的豆瓣用户 ID：个人主页地址里的数字或自定义名。",
            zh_hant: "你的豆瓣使用者 ID：個人主頁地址裡的數字或自訂名。",
        },
        id_howto: Text {
            en: "Open your profile on douban.com: the part after /people/ in douban.com/people/<ID>/ is the ID.",
            zh_hans: "在 douban.com 打开你的个人主页：douban.com/people/<ID>/ 中 /people/ 后面的部分就是 ID。",
            zh_hant: "在 douban.com 開啟你的個人主頁：douban.com/people/<ID>/ 中 /people/ 後面的部分就是 ID。",
        },
        app_id: None,
        android_package: Some("com.douban.frodo"),
        universal_link: UniversalLink::Unknown,
        color: "#2D963D",
        // simple-icons' douban icon carries a custom licence: not used.
        icon: Icon::Mark("豆"),
        confidence: "low",
    },
    Platform {
        id: "douyin",
        names: Text {
            zh_hans: "抖音",
            zh_hant: "抖音",
            en: "Douyin",
        },
        kind: Kind::Profile,
        // iesdouyin.com: Douyin's share-page domain (hutong's addition). A v.douyin.com
        // share link of a profile lands on www.iesdouyin.com/share/user/<sec_uid> or
        // m.douyin.com/share/user/<sec_uid> (share-link parsers, public code); where that
        // segment is the numeric uid instead, the id form refuses it and no id is read.
        hosts: &["douyin.com", "iesdouyin.com"],
        url_patterns: &[
            "www.douyin.com/user/{id}",
            "www.iesdouyin.com/share/user/{id}",
            "m.douyin.com/share/user/{id}",
        ],
        forms: &[IdForm {
            pattern: r"^MS4wLjABAAAA[A-Za-z0-9_-]+$",
            web: Some("https://www.douyin.com/user/{id}"),
            ios: Some("snssdk1128://user/profile/{app_id}"),
            android: Some("snssdk1128://user/profile/{app_id}"),
            app_status: Status::Verified,
            example: "MS4wLjABAAAAv7iSuuXDJGDvJkmH_vz1qkDZYo1apxgzaxdBSeIuPiM",
        }],
        id_what: Text {
            en: "Your sec_uid, a long code starting with MS4wLjABAAAA. Your visible Douyin ID (抖音号) is not it.",
            zh_hans: "你的 sec_uid，一串以 MS4wLjABAAAA 开头的长代码。页面上显示的抖音号不是它。",
            zh_hant: "你的 sec_uid，一串以 MS4wLjABAAAA 開頭的長代碼。頁面上顯示的抖音號不是它。",
        },
        id_howto: Text {
            en: "Open your profile on douyin.com (or open a v.douyin.com share link in a browser) and copy the part after /user/ in the address.",
            zh_hans: "在 douyin.com 打开你的主页（或在浏览器中打开 v.douyin.com 分享链接），复制地址中 /user/ 后面的部分。",
            zh_hant: "在 douyin.com 開啟你的主頁（或在瀏覽器中開啟 v.douyin.com 分享連結），複製地址中 /user/ 後面的部分。",
        },
        app_id: Some(AppIdRule {
            pattern: r"^[0-9]+$",
            what: Text {
                en: "The numeric uid the Douyin app uses to open your profile (not your 抖音号). Optional: without it the button opens the web page.",
                zh_hans: "抖音 App 打开主页用的数字 uid（不是抖音号）。可不填：不填时按钮打开网页。",
                zh_hant: "抖音 App 開啟主頁用的數字 uid（不是抖音號）。可不填：不填時按鈕開啟網頁。",
            },
            howto: Text {
                en: "On douyin.com open your profile and the browser's developer tools (Network tab), then find author.uid in the response of /aweme/v1/web/aweme/post/.",
                zh_hans: "在 douyin.com 打开你的主页和浏览器开发者工具（“网络”面板），在 /aweme/v1/web/aweme/post/ 的响应里找到 author.uid。",
                zh_hant: "在 douyin.com 開啟你的主頁和瀏覽器開發者工具（「網路」面板），在 /aweme/v1/web/aweme/post/ 的回應裡找到 author.uid。",
            },
            example: "3733569708763603",
        }),
        android_package: Some("com.ss.android.ugc.aweme"),
        universal_link: UniversalLink::Unknown,
        // Douyin's black app tile. Douyin and TikTok share one logo (the note), and
        // simple-icons has it as `tiktok` (CC0), not under Douyin's name.
        color: "#000000",
        icon: icons::TIKTOK,
        confidence: "medium",
    },
    Platform {
        id: "email",
        names: Text {
            zh_hans: "电子邮件",
            zh_hant: "電子郵件",
            en: "Email",
        },
        kind: Kind::Contact,
        hosts: &[],
        url_patterns: &[],
        forms: &[IdForm {
            pattern: r"^[^@\s]+@[^@\s]+\.[^@\s]+$",
            web: Some("mailto:{id}"),
            ios: None,
            android: None,
            app_status: Status::Verified,
            example: "hello@example.com",
        }],
        id_what: Text {
            en: "Your email address.",
            zh_hans: "你的电子邮箱地址。",
            zh_hant: "你的電子郵件地址。",
        },
        id_howto: Text {
            en: "Write the full address, such as name@example.com.",
            zh_hans: "填写完整地址，例如 name@example.com。",
            zh_hant: "填寫完整地址，例如 name@example.com。",
        },
        app_id: None,
        android_package: None,
        universal_link: UniversalLink::Unknown,
        color: NEUTRAL,
        icon: icons::EMAIL,
        confidence: "high",
    },
    Platform {
        id: "facebook",
        names: Text {
            zh_hans: "Facebook",
            zh_hant: "Facebook",
            en: "Facebook",
        },
        kind: Kind::Profile,
        hosts: &["facebook.com", "fb.com", "fb.me"],
        // profile.php first: "profile.php" is itself a well-formed username.
        url_patterns: &[
            "www.facebook.com/profile.php?id={id}",
            "m.facebook.com/profile.php?id={id}",
            "www.facebook.com/{id}",
            "m.facebook.com/{id}",
            "fb.com/{id}",
        ],
        forms: &[
            // A numeric id is also a well-formed username, so it goes first.
            IdForm {
                pattern: r"^[0-9]+$",
                web: Some("https://www.facebook.com/{id}"),
                ios: Some("fb://profile/{id}"),
                android: Some("fb://profile/{id}"),
                app_status: Status::Verified,
                example: "100064814165355",
            },
            IdForm {
                // 4–50 as in the OSINT source: the published 5 would reject old short
                // names such as "zuck".
                pattern: r"^[A-Za-z0-9.]{4,50}$",
                web: Some("https://www.facebook.com/{id}"),
                ios: None,
                android: None,
                app_status: Status::Verified,
                example: "zuck",
            },
        ],
        id_what: Text {
            en: "Your username (as in facebook.com/<username>) or, if you have none, your numeric profile or page ID.",
            zh_hans: "你的用户名（facebook.com/<用户名>）；没有用户名时填数字个人主页或公共主页 ID。",
            zh_hant: "你的使用者名稱（facebook.com/<使用者名稱>）；沒有使用者名稱時填數字個人主頁或公共主頁 ID。",
        },
        id_howto: Text {
            en: "Open your profile or page and copy the part after facebook.com/; if the address is profile.php?id=<digits>, use the digits.",
            zh_hans: "打开你的个人主页或公共主页，复制 facebook.com/ 后面的部分；如果地址是 profile.php?id=<数字>，就填这串数字。",
            zh_hant: "開啟你的個人主頁或公共主頁，複製 facebook.com/ 後面的部分；如果地址是 profile.php?id=<數字>，就填這串數字。",
        },
        app_id: None,
        android_package: Some("com.facebook.katana"),
        universal_link: UniversalLink::Yes,
        color: "#0866FF",
        icon: icons::FACEBOOK,
        confidence: "high",
    },
    Platform {
        id: "github",
        names: Text {
            zh_hans: "GitHub",
            zh_hant: "GitHub",
            en: "GitHub",
        },
        kind: Kind::Profile,
        hosts: &["github.com"],
        url_patterns: &["github.com/{id}"],
        forms: &[IdForm {
            // GitHub's rule without look-ahead: 1–39 characters, single hyphens only
            // between alphanumerics.
            pattern: r"^[A-Za-z0-9](?:-?[A-Za-z0-9]){0,38}$",
            web: Some("https://github.com/{id}"),
            ios: Some("github://user?username={id}"),
            android: None,
            app_status: Status::Inferred,
            example: "octocat",
        }],
        id_what: Text {
            en: "Your GitHub username.",
            zh_hans: "你的 GitHub 用户名。",
            zh_hant: "你的 GitHub 使用者名稱。",
        },
        id_howto: Text {
            en: "It is the part after github.com/ in your profile address, also shown under your name.",
            zh_hans: "它是个人主页地址中 github.com/ 后面的部分，也显示在你的名字下方。",
            zh_hant: "它是個人主頁地址中 github.com/ 後面的部分，也顯示在你的名字下方。",
        },
        app_id: None,
        android_package: Some("com.github.android"),
        universal_link: UniversalLink::Likely,
        color: "#181717",
        icon: icons::GITHUB,
        confidence: "medium",
    },
    Platform {
        id: "instagram",
        names: Text {
            zh_hans: "Instagram",
            zh_hant: "Instagram",
            en: "Instagram",
        },
        kind: Kind::Profile,
        hosts: &["instagram.com", "instagr.am"],
        url_patterns: &["www.instagram.com/{id}"],
        forms: &[IdForm {
            pattern: r"^@?(?P<id>[A-Za-z0-9._]{1,30})$",
            web: Some("https://www.instagram.com/{id}/"),
            ios: Some("instagram://user?username={id}"),
            // An App Link given to the app's package: `links` makes it
            // intent://instagram.com/_u/<name>#Intent;scheme=https;package=…;end, with the
            // web profile as the browser fallback. platforms.md's Android column; the same
            // `_u/` address with setPackage("com.instagram.android") in
            // Viya-Teknoloji/viyatek helper/…/OpenInstagram.kt, and the intent:// form in
            // amandeepnetweb/linksmash src/utils/handlers/instagramHandler.ts.
            android: Some("https://instagram.com/_u/{id}"),
            app_status: Status::Verified,
            example: "natgeo",
        }],
        id_what: Text {
            en: "Your Instagram username (with or without the @).",
            zh_hans: "你的 Instagram 用户名（带不带 @ 都可以）。",
            zh_hant: "你的 Instagram 使用者名稱（帶不帶 @ 都可以）。",
        },
        id_howto: Text {
            en: "It is shown at the top of your profile and in instagram.com/<username>.",
            zh_hans: "它显示在个人主页顶部，也是 instagram.com/<用户名> 中的部分。",
            zh_hant: "它顯示在個人主頁頂部，也是 instagram.com/<使用者名稱> 中的部分。",
        },
        app_id: None,
        android_package: Some("com.instagram.android"),
        universal_link: UniversalLink::Likely,
        color: "#FF0069",
        icon: icons::INSTAGRAM,
        confidence: "high",
    },
    Platform {
        id: "jd_shop",
        names: Text {
            zh_hans: "京东店铺",
            zh_hant: "京東店鋪",
            en: "JD shop",
        },
        kind: Kind::Profile,
        hosts: &["jd.com"],
        url_patterns: &["mall.jd.com/index-{id}.html", "shop.m.jd.com/?shopId={id}"],
        forms: &[IdForm {
            pattern: r"^[0-9]+$",
            web: Some("https://mall.jd.com/index-{id}.html"),
            // params={"category":"jump","des":"jshopMain","shopId":"{id}","sourceType":"M_sourceFrom","sourceValue":"dp"}
            ios: Some(
                "openapp.jdmobile://virtual?params=%7B%22category%22%3A%22jump%22%2C%22des%22%3A%22jshopMain%22%2C%22shopId%22%3A%22{id}%22%2C%22sourceType%22%3A%22M_sourceFrom%22%2C%22sourceValue%22%3A%22dp%22%7D",
            ),
            android: Some(
                "openapp.jdmobile://virtual?params=%7B%22category%22%3A%22jump%22%2C%22des%22%3A%22jshopMain%22%2C%22shopId%22%3A%22{id}%22%2C%22sourceType%22%3A%22M_sourceFrom%22%2C%22sourceValue%22%3A%22dp%22%7D",
            ),
            app_status: Status::Verified,
            example: "1000004123",
        }],
        id_what: Text {
            en: "Your JD shop ID (digits only).",
            zh_hans: "你的京东店铺 ID（只含数字）。",
            zh_hant: "你的京東店鋪 ID（只含數字）。",
        },
        id_howto: Text {
            en: "Open your shop on jd.com: the digits in mall.jd.com/index-<ID>.html (or after shopId= in a shop.m.jd.com link) are the ID.",
            zh_hans: "在 jd.com 打开你的店铺：mall.jd.com/index-<ID>.html 中的数字（或 shop.m.jd.com 链接里 shopId= 后面的数字）就是 ID。",
            zh_hant: "在 jd.com 開啟你的店鋪：mall.jd.com/index-<ID>.html 中的數字（或 shop.m.jd.com 連結裡 shopId= 後面的數字）就是 ID。",
        },
        app_id: None,
        android_package: Some("com.jingdong.app.mall"),
        universal_link: UniversalLink::Unknown,
        // Guessed: JD red.
        color: "#E1251B",
        icon: Icon::Mark("京"),
        confidence: "medium",
    },
    Platform {
        id: "kofi",
        names: Text {
            zh_hans: "Ko-fi",
            zh_hant: "Ko-fi",
            en: "Ko-fi",
        },
        kind: Kind::Profile,
        hosts: &["ko-fi.com"],
        url_patterns: &["ko-fi.com/{id}"],
        forms: &[IdForm {
            pattern: r"^[A-Za-z0-9_-]+$",
            web: Some("https://ko-fi.com/{id}"),
            ios: None,
            android: None,
            app_status: Status::Verified,
            example: "artbyjane",
        }],
        id_what: Text {
            en: "Your Ko-fi page name.",
            zh_hans: "你的 Ko-fi 页面名。",
            zh_hant: "你的 Ko-fi 頁面名。",
        },
        id_howto: Text {
            en: "It is the part after ko-fi.com/ in your page address.",
            zh_hans: "它是页面地址中 ko-fi.com/ 后面的部分。",
            zh_hant: "它是頁面地址中 ko-fi.com/ 後面的部分。",
        },
        app_id: None,
        android_package: None,
        universal_link: UniversalLink::Unknown,
        color: "#FF6433",
        icon: icons::KOFI,
        confidence: "medium",
    },
    Platform {
        id: "kuaishou",
        names: Text {
            zh_hans: "快手",
            zh_hant: "快手",
            en: "Kuaishou",
        },
        kind: Kind::Profile,
        hosts: &["kuaishou.com"],
        url_patterns: &[
            "www.kuaishou.com/profile/{id}",
            "live.kuaishou.com/profile/{id}",
            "live.kuaishou.com/u/{id}",
        ],
        forms: &[IdForm {
            // Observed shape only (from examples in the wild).
            pattern: r"^3x[a-z0-9]+$",
            web: Some("https://www.kuaishou.com/profile/{id}"),
            ios: Some("kwai://profile/{app_id}"),
            android: Some("kwai://profile/{app_id}"),
            app_status: Status::Verified,
            example: "3x84qugg4ch9zhs",
        }],
        id_what: Text {
            en: "Your web profile ID, a code like 3x84qugg4ch9zhs from your kuaishou.com profile address.",
            zh_hans: "你的网页主页 ID，形如 3x84qugg4ch9zhs，来自 kuaishou.com 主页地址。",
            zh_hant: "你的網頁主頁 ID，形如 3x84qugg4ch9zhs，來自 kuaishou.com 主頁地址。",
        },
        id_howto: Text {
            en: "Open your profile on kuaishou.com and copy the part after /profile/ in the address.",
            zh_hans: "在 kuaishou.com 打开你的主页，复制地址中 /profile/ 后面的部分。",
            zh_hant: "在 kuaishou.com 開啟你的主頁，複製地址中 /profile/ 後面的部分。",
        },
        app_id: Some(AppIdRule {
            pattern: r"^[0-9]+$",
            what: Text {
                en: "The numeric user id the Kuaishou app uses to open your profile. Optional: without it the button opens the web page.",
                zh_hans: "快手 App 打开主页用的数字用户 id。可不填：不填时按钮打开网页。",
                zh_hant: "快手 App 開啟主頁用的數字使用者 id。可不填：不填時按鈕開啟網頁。",
            },
            howto: Text {
                en: "Open your shared profile link in a browser, view the page source and search for kwai://profile/: the digits after it are the id.",
                zh_hans: "在浏览器中打开你分享的主页链接，查看网页源代码并搜索 kwai://profile/，后面的数字就是 id。",
                zh_hant: "在瀏覽器中開啟你分享的主頁連結，檢視網頁原始碼並搜尋 kwai://profile/，後面的數字就是 id。",
            },
            example: "18070291",
        }),
        android_package: Some("com.smile.gifmaker"),
        universal_link: UniversalLink::Unknown,
        color: "#FF4906",
        icon: icons::KUAISHOU,
        confidence: "medium",
    },
    Platform {
        id: "line",
        names: Text {
            zh_hans: "LINE",
            zh_hant: "LINE",
            en: "LINE",
        },
        kind: Kind::Profile,
        // lin.ee: LINE's short-link domain for Official Accounts (hutong's addition).
        hosts: &["line.me", "lin.ee"],
        // Whole segments, so that "~id" and "@id" / "%40id" keep their prefix and pick
        // the right form.
        url_patterns: &["line.me/R/ti/p/{id}", "line.me/ti/p/{id}"],
        forms: &[
            IdForm {
                pattern: r"^(?:@|%40)(?P<id>[A-Za-z0-9._-]{3,20})$",
                web: Some("https://line.me/R/ti/p/%40{id}"),
                ios: None,
                android: None,
                app_status: Status::Verified,
                example: "@linejapan",
            },
            IdForm {
                pattern: r"^~?(?P<id>[a-z0-9._-]{4,20})$",
                web: Some("https://line.me/ti/p/~{id}"),
                ios: None,
                android: None,
                app_status: Status::Verified,
                example: "taro.yamada",
            },
        ],
        id_what: Text {
            en: "Your LINE ID, or your Official Account ID starting with @.",
            zh_hans: "你的 LINE ID，或以 @ 开头的官方账号 ID。",
            zh_hant: "你的 LINE ID，或以 @ 開頭的官方帳號 ID。",
        },
        id_howto: Text {
            en: "Personal: LINE → Settings → Profile → ID. Official Account: the @ID shown at the top of LINE Official Account Manager.",
            zh_hans: "个人：LINE → 设置 → 个人资料 → ID。官方账号：LINE Official Account Manager 页面顶部显示的 @ID。",
            zh_hant: "個人：LINE → 設定 → 個人資料 → ID。官方帳號：LINE Official Account Manager 頁面頂部顯示的 @ID。",
        },
        app_id: None,
        android_package: Some("jp.naver.line.android"),
        universal_link: UniversalLink::Yes,
        color: "#00C300",
        icon: icons::LINE,
        confidence: "medium",
    },
    Platform {
        id: "link",
        names: Text {
            zh_hans: "链接",
            zh_hant: "連結",
            en: "Link",
        },
        kind: Kind::Link,
        hosts: &[],
        url_patterns: &[],
        forms: &[],
        id_what: Text {
            en: "Any web address starting with https://.",
            zh_hans: "任意以 https:// 开头的网址。",
            zh_hant: "任意以 https:// 開頭的網址。",
        },
        id_howto: Text {
            en: "Copy the address from your browser's address bar.",
            zh_hans: "从浏览器的地址栏复制网址。",
            zh_hant: "從瀏覽器的位址列複製網址。",
        },
        app_id: None,
        android_package: None,
        universal_link: UniversalLink::Unknown,
        color: NEUTRAL,
        icon: icons::LINK,
        confidence: "high",
    },
    Platform {
        id: "linkedin",
        names: Text {
            zh_hans: "领英",
            zh_hant: "領英",
            en: "LinkedIn",
        },
        kind: Kind::Profile,
        hosts: &["linkedin.com", "lnkd.in"],
        url_patterns: &["www.linkedin.com/in/{id}"],
        forms: &[IdForm {
            pattern: r"^[A-Za-z0-9-]{3,100}$",
            web: Some("https://www.linkedin.com/in/{id}"),
            ios: None,
            android: None,
            app_status: Status::Verified,
            example: "williamhgates",
        }],
        id_what: Text {
            en: "Your public profile name: the part after linkedin.com/in/.",
            zh_hans: "你的公开个人资料名：linkedin.com/in/ 后面的部分。",
            zh_hant: "你的公開個人資料名：linkedin.com/in/ 後面的部分。",
        },
        id_howto: Text {
            en: "On LinkedIn open your profile → Public profile & URL: the address shown ends with it.",
            zh_hans: "在领英打开你的个人主页 →“公开个人资料和网址”：显示的网址最后一段就是。",
            zh_hant: "在領英開啟你的個人主頁 →「公開個人資料和網址」：顯示的網址最後一段就是。",
        },
        app_id: None,
        android_package: Some("com.linkedin.android"),
        universal_link: UniversalLink::Yes,
        // Guessed: LinkedIn blue (simple-icons removed LinkedIn).
        color: "#0A66C2",
        icon: Icon::Mark("in"),
        confidence: "high",
    },
    Platform {
        id: "mastodon",
        names: Text {
            zh_hans: "Mastodon",
            zh_hant: "Mastodon",
            en: "Mastodon",
        },
        kind: Kind::Profile,
        // Any instance: an empty list means "any https host" for mastodon. No url pattern,
        // since the id (user@instance) spans the host and the path.
        hosts: &[],
        url_patterns: &[],
        forms: &[IdForm {
            pattern: r"^@?(?P<user>[A-Za-z0-9_]{1,30})@(?P<instance>[A-Za-z0-9.-]+\.[A-Za-z]{2,})$",
            web: Some("https://{instance}/@{user}"),
            ios: None,
            android: None,
            app_status: Status::Verified,
            example: "@Gargron@mastodon.social",
        }],
        id_what: Text {
            en: "Your full address @name@instance, such as @alice@mastodon.social.",
            zh_hans: "你的完整账号 @用户名@实例，例如 @alice@mastodon.social。",
            zh_hant: "你的完整帳號 @使用者名稱@實例，例如 @alice@mastodon.social。",
        },
        id_howto: Text {
            en: "It is shown under your display name on your profile.",
            zh_hans: "它显示在你个人主页的昵称下方。",
            zh_hant: "它顯示在你個人主頁的暱稱下方。",
        },
        app_id: None,
        android_package: None,
        universal_link: UniversalLink::Unknown,
        color: "#6364FF",
        icon: icons::MASTODON,
        confidence: "medium",
    },
    Platform {
        id: "medium",
        names: Text {
            zh_hans: "Medium",
            zh_hant: "Medium",
            en: "Medium",
        },
        kind: Kind::Profile,
        hosts: &["medium.com"],
        url_patterns: &["medium.com/@{id}"],
        forms: &[IdForm {
            pattern: r"^@?(?P<id>[A-Za-z0-9._-]{1,64})$",
            web: Some("https://medium.com/@{id}"),
            ios: None,
            android: None,
            app_status: Status::Verified,
            example: "ev",
        }],
        id_what: Text {
            en: "Your Medium username (with or without the @).",
            zh_hans: "你的 Medium 用户名（带不带 @ 都可以）。",
            zh_hant: "你的 Medium 使用者名稱（帶不帶 @ 都可以）。",
        },
        id_howto: Text {
            en: "It is the part after medium.com/@ in your profile address.",
            zh_hans: "它是个人主页地址中 medium.com/@ 后面的部分。",
            zh_hant: "它是個人主頁地址中 medium.com/@ 後面的部分。",
        },
        app_id: None,
        android_package: None,
        universal_link: UniversalLink::Likely,
        color: "#000000",
        icon: icons::MEDIUM,
        confidence: "medium",
    },
    Platform {
        id: "netease_music",
        names: Text {
            zh_hans: "网易云音乐",
            zh_hant: "網易雲音樂",
            en: "NetEase Cloud Music",
        },
        kind: Kind::Profile,
        // Not 163.com: it is NetEase's portal and mail too. 163cn.tv: the music app's
        // share short links (hutong's addition).
        hosts: &["music.163.com", "163cn.tv"],
        // y.music.163.com/m/user?id=: what the app's "share" of a profile copies.
        url_patterns: &[
            "music.163.com/#/user/home?id={id}",
            "music.163.com/user/home?id={id}",
            "y.music.163.com/m/user?id={id}",
        ],
        forms: &[IdForm {
            pattern: r"^[0-9]+$",
            web: Some("https://music.163.com/#/user/home?id={id}"),
            // Corrected from platforms.md's orpheus://nm/user/home?id= [WYT, INNEI]:
            // NetEase's own app-link page is m.music.163.com/m/applink/?scheme=orpheus://user/<id>
            // (seen in a NetEase web client's share button, public code), and a share-link
            // converter maps y.music.163.com/m/user?id=N to orpheus://user/N and sends
            // Android through 应用宝 with pkgname=com.netease.cloudmusic and the same
            // orpheus:// scheme (public code, repository not named).
            ios: Some("orpheus://user/{id}"),
            android: Some("orpheus://user/{id}"),
            app_status: Status::Verified,
            example: "1463586082",
        }],
        id_what: Text {
            en: "Your numeric user ID (digits only).",
            zh_hans: "你的数字用户 ID（只含数字）。",
            zh_hant: "你的數字使用者 ID（只含數字）。",
        },
        id_howto: Text {
            en: "Share your profile and copy the link: the digits after id= are your ID.",
            zh_hans: "分享你的个人主页并复制链接：id= 后面的数字就是 ID。",
            zh_hant: "分享你的個人主頁並複製連結：id= 後面的數字就是 ID。",
        },
        app_id: None,
        android_package: Some("com.netease.cloudmusic"),
        universal_link: UniversalLink::Unknown,
        color: "#D43C33",
        icon: icons::NETEASE_MUSIC,
        confidence: "medium",
    },
    Platform {
        id: "patreon",
        names: Text {
            zh_hans: "Patreon",
            zh_hant: "Patreon",
            en: "Patreon",
        },
        kind: Kind::Profile,
        hosts: &["patreon.com"],
        url_patterns: &["www.patreon.com/c/{id}", "www.patreon.com/{id}"],
        forms: &[IdForm {
            pattern: r"^[A-Za-z0-9_-]{1,64}$",
            web: Some("https://www.patreon.com/{id}"),
            ios: None,
            android: None,
            app_status: Status::Verified,
            example: "kurzgesagt",
        }],
        id_what: Text {
            en: "Your Patreon page name.",
            zh_hans: "你的 Patreon 页面名。",
            zh_hant: "你的 Patreon 頁面名。",
        },
        id_howto: Text {
            en: "It is the part after patreon.com/ (or patreon.com/c/) in your creator page address.",
            zh_hans: "它是创作者页面地址中 patreon.com/（或 patreon.com/c/）后面的部分。",
            zh_hant: "它是創作者頁面地址中 patreon.com/（或 patreon.com/c/）後面的部分。",
        },
        app_id: None,
        android_package: None,
        universal_link: UniversalLink::Likely,
        color: "#000000",
        icon: icons::PATREON,
        confidence: "medium",
    },
    Platform {
        id: "phone",
        names: Text {
            zh_hans: "电话",
            zh_hant: "電話",
            en: "Phone",
        },
        kind: Kind::Contact,
        hosts: &[],
        url_patterns: &[],
        forms: &[IdForm {
            pattern: r"^\+?[0-9]{6,15}$",
            web: Some("tel:{id}"),
            ios: None,
            android: None,
            app_status: Status::Verified,
            example: "+8613800138000",
        }],
        id_what: Text {
            en: "Your phone number, best in international form (+ and country code).",
            zh_hans: "你的电话号码，最好用国际格式（+ 加国家代码）。",
            zh_hant: "你的電話號碼，最好用國際格式（+ 加國家代碼）。",
        },
        id_howto: Text {
            en: "Write it like +8613800138000: digits only, no spaces or dashes.",
            zh_hans: "写成 +8613800138000 这样：只写数字，不要空格或横线。",
            zh_hant: "寫成 +8613800138000 這樣：只寫數字，不要空格或橫線。",
        },
        app_id: None,
        android_package: None,
        universal_link: UniversalLink::Unknown,
        color: NEUTRAL,
        icon: icons::PHONE,
        confidence: "high",
    },
    Platform {
        id: "pinduoduo",
        names: Text {
            zh_hans: "拼多多店铺",
            zh_hant: "拼多多店鋪",
            en: "Pinduoduo shop",
        },
        kind: Kind::Profile,
        hosts: &["yangkeduo.com", "pinduoduo.com"],
        url_patterns: &["mobile.yangkeduo.com/mall_page.html?mall_id={id}"],
        forms: &[IdForm {
            pattern: r"^[0-9]+$",
            web: Some("https://mobile.yangkeduo.com/mall_page.html?mall_id={id}"),
            ios: Some("pinduoduo://com.xunmeng.pinduoduo/mall_page.html?mall_id={id}"),
            android: Some("pinduoduo://com.xunmeng.pinduoduo/mall_page.html?mall_id={id}"),
            app_status: Status::Verified,
            example: "762345813",
        }],
        id_what: Text {
            en: "Your Pinduoduo shop ID (mall_id, digits only).",
            zh_hans: "你的拼多多店铺 ID（mall_id，只含数字）。",
            zh_hant: "你的拼多多店鋪 ID（mall_id，只含數字）。",
        },
        id_howto: Text {
            en: "Share your shop, open the link in a browser: the digits after mall_id= in the address are the ID.",
            zh_hans: "分享你的店铺并在浏览器中打开链接：地址中 mall_id= 后面的数字就是 ID。",
            zh_hant: "分享你的店鋪並在瀏覽器中開啟連結：地址中 mall_id= 後面的數字就是 ID。",
        },
        app_id: None,
        android_package: Some("com.xunmeng.pinduoduo"),
        universal_link: UniversalLink::Unknown,
        // Guessed: Pinduoduo red.
        color: "#E02E24",
        icon: Icon::Mark("拼"),
        confidence: "medium",
    },
    Platform {
        id: "pinterest",
        names: Text {
            zh_hans: "Pinterest",
            zh_hant: "Pinterest",
            en: "Pinterest",
        },
        kind: Kind::Profile,
        hosts: &["pinterest.com", "pin.it"],
        url_patterns: &["www.pinterest.com/{id}"],
        forms: &[IdForm {
            pattern: r"^[A-Za-z0-9_]{3,30}$",
            web: Some("https://www.pinterest.com/{id}/"),
            ios: Some("pinterest://user/{id}"),
            android: Some("pinterest://user/{id}"),
            app_status: Status::Verified,
            example: "pinterest",
        }],
        id_what: Text {
            en: "Your Pinterest username.",
            zh_hans: "你的 Pinterest 用户名。",
            zh_hant: "你的 Pinterest 使用者名稱。",
        },
        id_howto: Text {
            en: "It is the part after pinterest.com/ in your profile address, also shown under your name.",
            zh_hans: "它是个人主页地址中 pinterest.com/ 后面的部分，也显示在你的名字下方。",
            zh_hant: "它是個人主頁地址中 pinterest.com/ 後面的部分，也顯示在你的名字下方。",
        },
        app_id: None,
        android_package: Some("com.pinterest"),
        universal_link: UniversalLink::Likely,
        color: "#BD081C",
        icon: icons::PINTEREST,
        confidence: "high",
    },
    Platform {
        id: "qq",
        names: Text {
            zh_hans: "QQ",
            zh_hant: "QQ",
            en: "QQ",
        },
        kind: Kind::Profile,
        // Not qq.com: it also holds QQ Music (y.qq.com), WeChat (weixin.qq.com), etc.
        hosts: &["wpa.qq.com", "qm.qq.com"],
        // A chat link names the QQ number it opens a chat with: that number is the id.
        url_patterns: &["wpa.qq.com/msgrd?uin={id}"],
        forms: &[IdForm {
            pattern: r"^[1-9][0-9]{4,10}$",
            // Corrected: platforms.md lists this as QQ's web profile, but it is no profile:
            // it opens a chat (临时会话) with the number, "点击开始QQ交谈/留言" in the pages that
            // embed it (pangxieke/www.pangxieke.com 2017/网站集成QQ客服.md), and works only
            // where the number turned that on. QQ has no public web profile; the link stays
            // the button's web target (the page needs one, and a chat is what a visitor
            // who taps "QQ" wants), the card scheme below is the profile, and the number
            // is shown to copy.
            web: Some("https://wpa.qq.com/msgrd?v=3&uin={id}&site=qq&menu=yes"),
            ios: Some("mqqapi://card/show_pslcard?src_type=internal&version=1&uin={id}"),
            android: Some(
                "mqq://card/show_pslcard?src_type=internal&version=1&uin={id}&card_type=person&source=sharecard",
            ),
            app_status: Status::Verified,
            example: "123456789",
        }],
        id_what: Text {
            en: "Your QQ number (digits only).",
            zh_hans: "你的 QQ 号（只含数字）。",
            zh_hant: "你的 QQ 號（只含數字）。",
        },
        id_howto: Text {
            en: "It is shown on your profile card in QQ.",
            zh_hans: "在 QQ 的个人资料卡上可以看到。",
            zh_hant: "在 QQ 的個人資料卡上可以看到。",
        },
        app_id: None,
        android_package: Some("com.tencent.mobileqq"),
        universal_link: UniversalLink::Unknown,
        color: "#1EBAFC",
        icon: icons::QQ,
        confidence: "medium",
    },
    Platform {
        id: "qq_music",
        names: Text {
            zh_hans: "QQ音乐",
            zh_hant: "QQ音樂",
            en: "QQ Music",
        },
        kind: Kind::Profile,
        hosts: &["y.qq.com"],
        url_patterns: &[
            "y.qq.com/n/ryqq/singer/{id}",
            "y.qq.com/n/yqq/singer/{id}.html",
        ],
        forms: &[IdForm {
            pattern: r"^[0-9A-Za-z]{14}$",
            web: Some("https://y.qq.com/n/ryqq/singer/{id}"),
            ios: None,
            android: None,
            app_status: Status::Verified,
            example: "000sJpue1WR1Ae",
        }],
        id_what: Text {
            en: "Your singer ID (singer mid, 14 letters and digits). QQ Music has no public user page, so this works for artists only.",
            zh_hans: "你的歌手 ID（singer mid，14 位字母和数字）。QQ 音乐没有公开的用户主页，所以只适用于歌手。",
            zh_hant: "你的歌手 ID（singer mid，14 位字母和數字）。QQ 音樂沒有公開的使用者主頁，所以只適用於歌手。",
        },
        id_howto: Text {
            en: "Open your singer page on y.qq.com and copy the part after /singer/ in the address.",
            zh_hans: "在 y.qq.com 打开你的歌手页，复制地址中 /singer/ 后面的部分。",
            zh_hant: "在 y.qq.com 開啟你的歌手頁，複製地址中 /singer/ 後面的部分。",
        },
        app_id: None,
        android_package: Some("com.tencent.qqmusic"),
        universal_link: UniversalLink::Unknown,
        // Guessed: QQ Music green.
        color: "#31C27C",
        icon: Icon::Mark("Q"),
        confidence: "low",
    },
    Platform {
        id: "reddit",
        names: Text {
            zh_hans: "Reddit",
            zh_hant: "Reddit",
            en: "Reddit",
        },
        kind: Kind::Profile,
        hosts: &["reddit.com", "redd.it"],
        url_patterns: &[
            "www.reddit.com/user/{id}",
            "www.reddit.com/u/{id}",
            "old.reddit.com/user/{id}",
        ],
        forms: &[IdForm {
            pattern: r"^(?:/?u/)?(?P<id>[A-Za-z0-9_-]{3,20})$",
            web: Some("https://www.reddit.com/user/{id}"),
            ios: Some("reddit://user/{id}"),
            android: None,
            app_status: Status::Inferred,
            example: "spez",
        }],
        id_what: Text {
            en: "Your Reddit username (the u/ in front is optional).",
            zh_hans: "你的 Reddit 用户名（前面的 u/ 可写可不写）。",
            zh_hant: "你的 Reddit 使用者名稱（前面的 u/ 可寫可不寫）。",
        },
        id_howto: Text {
            en: "It is the part after reddit.com/user/ in your profile address.",
            zh_hans: "它是个人主页地址中 reddit.com/user/ 后面的部分。",
            zh_hant: "它是個人主頁地址中 reddit.com/user/ 後面的部分。",
        },
        app_id: None,
        android_package: Some("com.reddit.frontpage"),
        universal_link: UniversalLink::Likely,
        color: "#FF4500",
        icon: icons::REDDIT,
        confidence: "medium",
    },
    Platform {
        id: "snapchat",
        names: Text {
            zh_hans: "Snapchat",
            zh_hant: "Snapchat",
            en: "Snapchat",
        },
        kind: Kind::Profile,
        hosts: &["snapchat.com"],
        url_patterns: &["www.snapchat.com/add/{id}"],
        forms: &[IdForm {
            pattern: r"^[A-Za-z][A-Za-z0-9._-]{2,14}$",
            web: Some("https://www.snapchat.com/add/{id}"),
            ios: Some("snapchat://add/{id}"),
            android: None,
            app_status: Status::Verified,
            example: "teamsnapchat",
        }],
        id_what: Text {
            en: "Your Snapchat username.",
            zh_hans: "你的 Snapchat 用户名。",
            zh_hant: "你的 Snapchat 使用者名稱。",
        },
        id_howto: Text {
            en: "It is shown on your profile under your display name.",
            zh_hans: "它显示在个人主页的昵称下方。",
            zh_hant: "它顯示在個人主頁的暱稱下方。",
        },
        app_id: None,
        android_package: Some("com.snapchat.android"),
        universal_link: UniversalLink::Likely,
        color: "#FFFC00",
        icon: icons::SNAPCHAT,
        confidence: "medium",
    },
    Platform {
        id: "spotify",
        names: Text {
            zh_hans: "Spotify",
            zh_hant: "Spotify",
            en: "Spotify",
        },
        kind: Kind::Profile,
        // spotify.link: Spotify's share short links (hutong's addition).
        hosts: &["spotify.com", "spotify.link"],
        // open.spotify.com/intl-<lang>/…: the address Spotify's share button copies in
        // many regions (intl-de, intl-ja…).
        url_patterns: &[
            "open.spotify.com/artist/{id}",
            "open.spotify.com/user/{id}",
            "open.spotify.com/intl-*/artist/{id}",
            "open.spotify.com/intl-*/user/{id}",
        ],
        forms: &[
            // Artist ids are 22 base-62 characters (a user id of exactly that shape would
            // be read as an artist; the spotify:user: prefix avoids that).
            IdForm {
                pattern: r"^(?:spotify:artist:)?(?P<id>[A-Za-z0-9]{22})$",
                web: Some("https://open.spotify.com/artist/{id}"),
                ios: Some("spotify://artist/{id}"),
                android: None,
                app_status: Status::Verified,
                example: "06HL4z0CvFAxyc27GXpf02",
            },
            IdForm {
                pattern: r"^(?:spotify:user:)?(?P<id>[A-Za-z0-9._-]+)$",
                web: Some("https://open.spotify.com/user/{id}"),
                ios: Some("spotify:user:{id}"),
                android: None,
                app_status: Status::Inferred,
                example: "spotify",
            },
        ],
        id_what: Text {
            en: "Your Spotify user ID, or the 22-character ID of your artist page.",
            zh_hans: "你的 Spotify 用户 ID，或你艺人页的 22 位 ID。",
            zh_hant: "你的 Spotify 使用者 ID，或你藝人頁的 22 位 ID。",
        },
        id_howto: Text {
            en: "In Spotify open your profile (or artist page) → ··· → Share → Copy link: the part after /user/ (or /artist/) is the ID.",
            zh_hans: "在 Spotify 打开你的个人主页（或艺人页）→ ··· →“分享”→“复制链接”：/user/（或 /artist/）后面的部分就是 ID。",
            zh_hant: "在 Spotify 開啟你的個人主頁（或藝人頁）→ ··· →「分享」→「複製連結」：/user/（或 /artist/）後面的部分就是 ID。",
        },
        app_id: None,
        android_package: Some("com.spotify.music"),
        universal_link: UniversalLink::Yes,
        color: "#1ED760",
        icon: icons::SPOTIFY,
        confidence: "medium",
    },
    Platform {
        id: "substack",
        names: Text {
            zh_hans: "Substack",
            zh_hant: "Substack",
            en: "Substack",
        },
        kind: Kind::Profile,
        hosts: &["substack.com"],
        // Publication URLs ({name}.substack.com) carry the name in the host: not expressible.
        url_patterns: &["substack.com/@{id}"],
        forms: &[IdForm {
            pattern: r"^@?(?P<id>[A-Za-z0-9._-]{1,64})$",
            web: Some("https://substack.com/@{id}"),
            ios: None,
            android: None,
            app_status: Status::Verified,
            example: "platformer",
        }],
        id_what: Text {
            en: "Your Substack handle (with or without the @).",
            zh_hans: "你的 Substack 用户名（带不带 @ 都可以）。",
            zh_hant: "你的 Substack 使用者名稱（帶不帶 @ 都可以）。",
        },
        id_howto: Text {
            en: "It is the part after substack.com/@ in your profile address.",
            zh_hans: "它是个人主页地址中 substack.com/@ 后面的部分。",
            zh_hant: "它是個人主頁地址中 substack.com/@ 後面的部分。",
        },
        app_id: None,
        android_package: None,
        universal_link: UniversalLink::Likely,
        color: "#FF6719",
        icon: icons::SUBSTACK,
        confidence: "medium",
    },
    Platform {
        id: "taobao_shop",
        names: Text {
            zh_hans: "淘宝店铺",
            zh_hant: "淘寶店鋪",
            en: "Taobao shop",
        },
        kind: Kind::Profile,
        hosts: &["taobao.com", "tb.cn"],
        // shop<id>.taobao.com: a shop's own address (platforms.md "other URLs", inferred
        // there; the id is the same shop_id).
        url_patterns: &[
            "shop.m.taobao.com/shop/shop_index.htm?shop_id={id}",
            "shop.m.taobao.com/shop/shop_index.htm?shopId={id}",
            "shop{id}.taobao.com/**",
        ],
        forms: &[IdForm {
            pattern: r"^[0-9]+$",
            web: Some("https://shop.m.taobao.com/shop/shop_index.htm?shop_id={id}"),
            ios: Some("taobao://shop.m.taobao.com/shop/shop_index.htm?shop_id={id}"),
            android: Some("taobao://shop.m.taobao.com/shop/shop_index.htm?shop_id={id}"),
            app_status: Status::Verified,
            example: "104736810",
        }],
        id_what: Text {
            en: "Your Taobao shop ID (digits only).",
            zh_hans: "你的淘宝店铺 ID（只含数字）。",
            zh_hant: "你的淘寶店鋪 ID（只含數字）。",
        },
        id_howto: Text {
            en: "Open your shop in a browser (an m.tb.cn share link leads there): the digits in shop<ID>.taobao.com, or after shop_id= in the address, are the ID.",
            zh_hans: "在浏览器中打开你的店铺（m.tb.cn 分享链接会跳转过去）：shop<ID>.taobao.com 中的数字，或地址里 shop_id= 后面的数字，就是 ID。",
            zh_hant: "在瀏覽器中開啟你的店鋪（m.tb.cn 分享連結會跳轉過去）：shop<ID>.taobao.com 中的數字，或地址裡 shop_id= 後面的數字，就是 ID。",
        },
        app_id: None,
        android_package: Some("com.taobao.taobao"),
        universal_link: UniversalLink::Unknown,
        color: "#E94F20",
        icon: icons::TAOBAO,
        confidence: "medium",
    },
    Platform {
        id: "telegram",
        names: Text {
            zh_hans: "Telegram",
            zh_hant: "Telegram",
            en: "Telegram",
        },
        kind: Kind::Profile,
        hosts: &["t.me", "telegram.me"],
        url_patterns: &["t.me/{id}", "telegram.me/{id}"],
        forms: &[IdForm {
            pattern: r"^@?(?P<id>[A-Za-z0-9_]{5,32})$",
            web: Some("https://t.me/{id}"),
            ios: Some("tg://resolve?domain={id}"),
            android: Some("tg://resolve?domain={id}"),
            app_status: Status::Verified,
            example: "durov",
        }],
        id_what: Text {
            en: "Your Telegram username (with or without the @).",
            zh_hans: "你的 Telegram 用户名（带不带 @ 都可以）。",
            zh_hant: "你的 Telegram 使用者名稱（帶不帶 @ 都可以）。",
        },
        id_howto: Text {
            en: "Settings → Username; it is also the part after t.me/ in your link.",
            zh_hans: "设置 → 用户名；它也是你的链接中 t.me/ 后面的部分。",
            zh_hant: "設定 → 使用者名稱；它也是你的連結中 t.me/ 後面的部分。",
        },
        app_id: None,
        android_package: Some("org.telegram.messenger"),
        universal_link: UniversalLink::Yes,
        color: "#26A5E4",
        icon: icons::TELEGRAM,
        confidence: "high",
    },
    Platform {
        id: "threads",
        names: Text {
            zh_hans: "Threads",
            zh_hant: "Threads",
            en: "Threads",
        },
        kind: Kind::Profile,
        hosts: &["threads.com", "threads.net"],
        url_patterns: &["www.threads.com/@{id}", "www.threads.net/@{id}"],
        forms: &[IdForm {
            pattern: r"^@?(?P<id>[A-Za-z0-9._]{1,30})$",
            web: Some("https://www.threads.com/@{id}"),
            ios: Some("barcelona://user?username={id}"),
            // An App Link given to the app's package, as for Instagram (platforms.md: "https
            // link with package com.instagram.barcelona"). threads.net, not threads.com:
            // the domain the app has handled since its launch (threads.com followed in
            // 2025 and redirects from it), so older installs open it too.
            android: Some("https://www.threads.net/@{id}"),
            app_status: Status::Verified,
            example: "zuck",
        }],
        id_what: Text {
            en: "Your Threads username (the same as your Instagram one), with or without the @.",
            zh_hans: "你的 Threads 用户名（与 Instagram 相同），带不带 @ 都可以。",
            zh_hant: "你的 Threads 使用者名稱（與 Instagram 相同），帶不帶 @ 都可以。",
        },
        id_howto: Text {
            en: "It is shown at the top of your profile and in threads.com/@<username>.",
            zh_hans: "它显示在个人主页顶部，也是 threads.com/@<用户名> 中的部分。",
            zh_hant: "它顯示在個人主頁頂部，也是 threads.com/@<使用者名稱> 中的部分。",
        },
        app_id: None,
        android_package: Some("com.instagram.barcelona"),
        universal_link: UniversalLink::Yes,
        color: "#000000",
        icon: icons::THREADS,
        confidence: "high",
    },
    Platform {
        id: "tiktok",
        names: Text {
            zh_hans: "TikTok",
            zh_hant: "TikTok",
            en: "TikTok",
        },
        kind: Kind::Profile,
        hosts: &["tiktok.com"],
        url_patterns: &["www.tiktok.com/@{id}", "m.tiktok.com/@{id}"],
        forms: &[IdForm {
            pattern: r"^@?(?P<id>[A-Za-z0-9._]{2,24})$",
            web: Some("https://www.tiktok.com/@{id}"),
            // Use the universal link (snssdk1233:// needs a numeric uid).
            ios: None,
            android: None,
            app_status: Status::Verified,
            example: "khaby.lame",
        }],
        id_what: Text {
            en: "Your TikTok username (with or without the @).",
            zh_hans: "你的 TikTok 用户名（带不带 @ 都可以）。",
            zh_hant: "你的 TikTok 使用者名稱（帶不帶 @ 都可以）。",
        },
        id_howto: Text {
            en: "It is the @handle shown under your name on your profile.",
            zh_hans: "就是个人主页上名字下方显示的 @用户名。",
            zh_hant: "就是個人主頁上名字下方顯示的 @使用者名稱。",
        },
        app_id: None,
        android_package: Some("com.zhiliaoapp.musically"),
        universal_link: UniversalLink::Yes,
        color: "#000000",
        icon: icons::TIKTOK,
        confidence: "high",
    },
    Platform {
        id: "tmall_shop",
        names: Text {
            zh_hans: "天猫店铺",
            zh_hant: "天貓店鋪",
            en: "Tmall shop",
        },
        kind: Kind::Profile,
        hosts: &["tmall.com"],
        // The web form carries the id in the host ({name}.tmall.com): not expressible.
        url_patterns: &[],
        forms: &[IdForm {
            pattern: r"^(?P<id>[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)(?:\.tmall\.com)?$",
            web: Some("https://{id}.tmall.com"),
            // The scheme takes the numeric shop id, given as `app_id`: a Tmall button
            // must never lead to another platform's page, so the numeric id has no web
            // page of its own here.
            ios: Some("tmall://page.tm/shop?shopId={app_id}"),
            android: Some("tmall://page.tm/shop?shopId={app_id}"),
            app_status: Status::Verified,
            example: "nike",
        }],
        id_what: Text {
            en: "Your shop's name in its address <name>.tmall.com.",
            zh_hans: "店铺地址 <名字>.tmall.com 中的名字。",
            zh_hant: "店鋪地址 <名字>.tmall.com 中的名字。",
        },
        id_howto: Text {
            en: "The name is the first part of your shop's address <name>.tmall.com.",
            zh_hans: "名字是店铺地址 <名字>.tmall.com 的第一段。",
            zh_hant: "名字是店鋪地址 <名字>.tmall.com 的第一段。",
        },
        app_id: Some(AppIdRule {
            pattern: r"^[0-9]+$",
            what: Text {
                en: "The numeric shop ID the Tmall app uses to open your shop. Optional: without it the button opens the web page.",
                zh_hans: "天猫 App 打开店铺用的数字店铺 ID。可不填：不填时按钮打开网页。",
                zh_hant: "天貓 App 開啟店鋪用的數字店鋪 ID。可不填：不填時按鈕開啟網頁。",
            },
            howto: Text {
                en: "It appears after shopId= or shop_id= in links to your shop.",
                zh_hans: "它出现在店铺链接的 shopId= 或 shop_id= 后面。",
                zh_hant: "它出現在店鋪連結的 shopId= 或 shop_id= 後面。",
            },
            example: "62147762",
        }),
        android_package: Some("com.tmall.wireless"),
        universal_link: UniversalLink::Unknown,
        // Guessed: Tmall red.
        color: "#FF0036",
        icon: Icon::Mark("天"),
        confidence: "low",
    },
    Platform {
        id: "toutiao",
        names: Text {
            zh_hans: "今日头条",
            zh_hant: "今日頭條",
            en: "Toutiao",
        },
        kind: Kind::Profile,
        hosts: &["toutiao.com"],
        url_patterns: &["www.toutiao.com/c/user/token/{id}"],
        forms: &[IdForm {
            pattern: r"^MS4wLjABAAAA[A-Za-z0-9_-]+$",
            web: Some("https://www.toutiao.com/c/user/token/{id}/"),
            ios: Some("snssdk141://profile?uid={app_id}"),
            // Android form only inferred from the sources.
            android: None,
            app_status: Status::Verified,
            example: "MS4wLjABAAAAZ2Hy7RgkJYXk1nPe6XZrZxl_EUlQ8d5ETbzXv8TFmgQ",
        }],
        id_what: Text {
            en: "Your profile token, a long code starting with MS4wLjABAAAA.",
            zh_hans: "你的主页 token，一串以 MS4wLjABAAAA 开头的长代码。",
            zh_hant: "你的主頁 token，一串以 MS4wLjABAAAA 開頭的長代碼。",
        },
        id_howto: Text {
            en: "Open your profile on toutiao.com and copy the part after /c/user/token/ in the address.",
            zh_hans: "在 toutiao.com 打开你的主页，复制地址中 /c/user/token/ 后面的部分。",
            zh_hant: "在 toutiao.com 開啟你的主頁，複製地址中 /c/user/token/ 後面的部分。",
        },
        app_id: Some(AppIdRule {
            pattern: r"^[0-9]+$",
            what: Text {
                en: "The numeric user id the Toutiao app uses to open your profile. Optional: without it the button opens the web page.",
                zh_hans: "今日头条 App 打开主页用的数字用户 id。可不填：不填时按钮打开网页。",
                zh_hant: "今日頭條 App 開啟主頁用的數字使用者 id。可不填：不填時按鈕開啟網頁。",
            },
            howto: Text {
                en: "Open your profile on toutiao.com, view the page source and look for your numeric user_id; leave it out if you are not sure.",
                zh_hans: "在 toutiao.com 打开你的主页，查看网页源代码，找到你的数字 user_id；不确定就不要填。",
                zh_hant: "在 toutiao.com 開啟你的主頁，檢視網頁原始碼，找到你的數字 user_id；不確定就不要填。",
            },
            example: "6215497896",
        }),
        android_package: Some("com.ss.android.article.news"),
        universal_link: UniversalLink::Unknown,
        // Guessed: Toutiao red.
        color: "#F04142",
        icon: Icon::Mark("头"),
        confidence: "medium",
    },
    Platform {
        id: "twitch",
        names: Text {
            zh_hans: "Twitch",
            zh_hant: "Twitch",
            en: "Twitch",
        },
        kind: Kind::Profile,
        hosts: &["twitch.tv"],
        url_patterns: &["www.twitch.tv/{id}", "m.twitch.tv/{id}"],
        forms: &[IdForm {
            pattern: r"^[A-Za-z0-9_]{4,25}$",
            web: Some("https://www.twitch.tv/{id}"),
            ios: Some("twitch://stream/{id}"),
            android: None,
            app_status: Status::Verified,
            example: "shroud",
        }],
        id_what: Text {
            en: "Your Twitch login name.",
            zh_hans: "你的 Twitch 登录名。",
            zh_hant: "你的 Twitch 登入名。",
        },
        id_howto: Text {
            en: "It is the part after twitch.tv/ in your channel address.",
            zh_hans: "它是频道地址中 twitch.tv/ 后面的部分。",
            zh_hant: "它是頻道地址中 twitch.tv/ 後面的部分。",
        },
        app_id: None,
        android_package: Some("tv.twitch.android.app"),
        universal_link: UniversalLink::Yes,
        color: "#9146FF",
        icon: icons::TWITCH,
        confidence: "medium",
    },
    Platform {
        id: "wechat",
        names: Text {
            zh_hans: "微信",
            zh_hant: "微信",
            en: "WeChat",
        },
        kind: Kind::WechatNative,
        // u.wechat.com: the content of personal QR codes (it carries a code, not the id).
        hosts: &["wechat.com"],
        url_patterns: &[],
        forms: &[IdForm {
            pattern: r"^[a-zA-Z][a-zA-Z0-9_-]{5,19}$",
            web: None,
            ios: None,
            android: None,
            app_status: Status::Verified,
            example: "zhang_wei2024",
        }],
        id_what: Text {
            en: "Your WeChat ID (微信号): 6–20 letters, digits, _ or -, starting with a letter.",
            zh_hans: "你的微信号：6–20 位字母、数字、下划线或减号，以字母开头。",
            zh_hant: "你的微信號：6–20 位字母、數字、底線或減號，以字母開頭。",
        },
        id_howto: Text {
            en: "In WeChat go to Me and tap your profile: the WeChat ID is shown there. Save your QR code from Me → profile → My QR Code to show it too.",
            zh_hans: "在微信里进入“我”，点头像进入个人资料即可看到微信号。也可以在“我 → 个人资料 → 二维码名片”保存二维码一起展示。",
            zh_hant: "在微信裡進入「我」，點頭像進入個人資料即可看到微信號。也可以在「我 → 個人資料 → QR 碼名片」儲存 QR 碼一起展示。",
        },
        app_id: None,
        android_package: Some("com.tencent.mm"),
        universal_link: UniversalLink::No,
        color: "#07C160",
        icon: icons::WECHAT,
        confidence: "high",
    },
    Platform {
        id: "wechat_channels",
        names: Text {
            zh_hans: "视频号",
            zh_hant: "視頻號",
            en: "WeChat Channels",
        },
        kind: Kind::WechatNative,
        // No public web page (channels.weixin.qq.com is the creator console only).
        hosts: &[],
        url_patterns: &[],
        forms: &[IdForm {
            pattern: r"^sph[A-Za-z0-9]+$",
            web: None,
            ios: None,
            android: None,
            app_status: Status::Verified,
            example: "sphcqO59YEPCvoe",
        }],
        id_what: Text {
            en: "Your Channels ID (视频号ID), which starts with sph.",
            zh_hans: "你的视频号ID，以 sph 开头。",
            zh_hant: "你的視頻號ID，以 sph 開頭。",
        },
        id_howto: Text {
            en: "WeChat → Me → Channels → ··· → your Channels name → Channels ID; it is also on the home page of 视频号助手 (channels.weixin.qq.com).",
            zh_hans: "微信 → 我 → 视频号 → ··· → 视频号名字 → 视频号ID；也可以在视频号助手（channels.weixin.qq.com）首页看到。",
            zh_hant: "微信 → 我 → 視頻號 → ··· → 視頻號名字 → 視頻號ID；也可以在視頻號助手（channels.weixin.qq.com）首頁看到。",
        },
        app_id: None,
        android_package: Some("com.tencent.mm"),
        universal_link: UniversalLink::No,
        color: "#07C160",
        icon: icons::WECHAT,
        confidence: "high",
    },
    Platform {
        id: "wechat_miniprogram",
        names: Text {
            zh_hans: "微信小程序",
            zh_hant: "微信小程式",
            en: "WeChat Mini Program",
        },
        kind: Kind::WechatNative,
        // URL Links (https://wxaurl.cn/…, wxmpurl.cn) carry a ticket, not the AppID.
        hosts: &["wxaurl.cn", "wxmpurl.cn"],
        url_patterns: &[],
        forms: &[IdForm {
            pattern: r"^wx[0-9a-f]{16}$",
            web: None,
            // The 明文 scheme weixin://dl/business/?appid=…&path=… also needs a page path
            // the owner has declared; an AppID alone cannot build it.
            ios: None,
            android: None,
            app_status: Status::Verified,
            example: "wx4e1ba651bbe36d01",
        }],
        id_what: Text {
            en: "The mini program's AppID: wx followed by 16 characters (digits and a–f).",
            zh_hans: "小程序的 AppID：wx 加 16 位字符（数字和 a–f）。",
            zh_hant: "小程式的 AppID：wx 加 16 位字元（數字和 a–f）。",
        },
        id_howto: Text {
            en: "Owner: in the mini program admin, 设置 → 基本设置 shows the AppID. Anyone: open the mini program → ··· → 更多资料 (More info).",
            zh_hans: "管理员：在小程序后台“设置 → 基本设置”查看 AppID。任何人：打开小程序 → ··· →“更多资料”。",
            zh_hant: "管理員：在小程式後台「設定 → 基本設定」檢視 AppID。任何人：開啟小程式 → ··· →「更多資料」。",
        },
        app_id: None,
        android_package: Some("com.tencent.mm"),
        universal_link: UniversalLink::Unknown,
        color: "#07C160",
        icon: icons::WECHAT,
        confidence: "high",
    },
    Platform {
        id: "wechat_oa",
        names: Text {
            zh_hans: "微信公众号",
            zh_hant: "微信公眾號",
            en: "WeChat Official Account",
        },
        kind: Kind::WechatNative,
        // Not qq.com: it also holds QQ, QQ Music and more.
        hosts: &["weixin.qq.com"],
        url_patterns: &[
            "mp.weixin.qq.com/mp/profile_ext?__biz={id}",
            "mp.weixin.qq.com/s?__biz={id}",
        ],
        // The name or WeChat ID is what visitors search for (profile-format.md); the
        // __biz key of older profiles (base64 of a decimal number, told apart in code:
        // `profile::is_wechat_biz`) still gives the article list, but is never shown.
        forms: &[
            IdForm {
                pattern: r"^[A-Za-z0-9+/]{8,}={0,2}$",
                web: Some(
                    "https://mp.weixin.qq.com/mp/profile_ext?action=home&__biz={id}#wechat_redirect",
                ),
                ios: None,
                android: None,
                app_status: Status::Verified,
                example: "MzI5MjIwNDUwNg==",
            },
            IdForm {
                pattern: r"^[^\s/:@<>\\]([^/:@<>\\\n]{0,28}[^\s/:@<>\\])?$",
                web: None,
                ios: None,
                android: None,
                app_status: Status::Verified,
                example: "小满的画室",
            },
        ],
        id_what: Text {
            en: "The account's name or its WeChat ID (gh_… or a custom one): what visitors search for in WeChat.",
            zh_hans: "公众号的名称或微信号（gh_ 开头的原始 ID 或自定义的微信号），也就是访客在微信里搜索的内容。",
            zh_hant: "公眾號的名稱或微信號（gh_ 開頭的原始 ID 或自訂的微信號），也就是訪客在微信裡搜尋的內容。",
        },
        id_howto: Text {
            en: "In WeChat, open the account's profile: its name is at the top; tap ··· → More info for its WeChat ID.",
            zh_hans: "在微信里打开公众号主页：最上面是名称；点右上角 ··· → 更多资料 可以看到微信号。",
            zh_hant: "在微信裡開啟公眾號主頁：最上面是名稱；點右上角 ··· → 更多資料 可以看到微信號。",
        },
        app_id: None,
        android_package: Some("com.tencent.mm"),
        universal_link: UniversalLink::No,
        color: "#07C160",
        icon: icons::WECHAT,
        confidence: "medium",
    },
    // WeCom (企业微信) links that reach a person or a service inside WeChat and last as
    // long as the account does: the 活码 that WeChat itself offers. No app scheme: the
    // https link is the way in, so the go page goes to it everywhere.
    Platform {
        id: "wecom_contact",
        names: Text {
            zh_hans: "企业微信",
            zh_hant: "企業微信",
            en: "WeCom",
        },
        kind: Kind::Profile,
        hosts: &["work.weixin.qq.com"],
        // 获客链接 https://work.weixin.qq.com/ca/cawc… (developer.work.weixin.qq.com
        // document/path/97297, 获客链接管理: `link.url`, verified); a member's 联系我 card
        // https://work.weixin.qq.com/u/vc<16 hex>?v=… (the content of the card's QR code,
        // as published in public pages' code; shape inferred from those).
        url_patterns: &["work.weixin.qq.com/ca/{id}", "work.weixin.qq.com/u/{id}"],
        forms: &[
            IdForm {
                pattern: r"^ca[a-z0-9]{8,40}$",
                web: Some("https://work.weixin.qq.com/ca/{id}"),
                ios: None,
                android: None,
                app_status: Status::Verified,
                example: "cawcde991d07110000",
            },
            IdForm {
                pattern: r"^vc[0-9a-f]{16}$",
                web: Some("https://work.weixin.qq.com/u/{id}"),
                ios: None,
                android: None,
                app_status: Status::Verified,
                example: "vc3a10ae3518beb870",
            },
        ],
        id_what: Text {
            en: "A WeCom contact link: an acquisition link (获客链接, https://work.weixin.qq.com/ca/…) or a member's contact card (联系我, https://work.weixin.qq.com/u/vc…). Give the whole link as `url`.",
            zh_hans: "企业微信的联系链接：获客链接（https://work.weixin.qq.com/ca/…）或成员的联系我名片（https://work.weixin.qq.com/u/vc…）。把整个链接写进 `url`。",
            zh_hant: "企業微信的聯絡連結：獲客連結（https://work.weixin.qq.com/ca/…）或成員的聯絡我名片（https://work.weixin.qq.com/u/vc…）。把整個連結寫進 `url`。",
        },
        id_howto: Text {
            en: "Acquisition link: WeCom admin → 客户与上下游 → 获客助手 → create a link and copy it. Contact card: WeCom app → Me → the QR code of your card → share or copy its link. Inside WeChat the link opens the page to add the contact; in other browsers WeCom's page asks to open WeChat (not tested on devices). The link stays valid while the member or the link exists.",
            zh_hans: "获客链接：企业微信管理后台 → 客户与上下游 → 获客助手 → 新建链接并复制。联系我名片：企业微信 App → 我 → 名片二维码 → 分享或复制链接。在微信里打开会直接进入添加联系人页面；在其他浏览器里由企业微信的页面引导打开微信（未在手机上实测）。只要成员或链接还在，链接就一直有效。",
            zh_hant: "獲客連結：企業微信管理後台 → 客戶與上下游 → 獲客助手 → 新建連結並複製。聯絡我名片：企業微信 App → 我 → 名片 QR 碼 → 分享或複製連結。在微信裡開啟會直接進入新增聯絡人頁面；在其他瀏覽器裡由企業微信的頁面引導開啟微信（未在手機上實測）。只要成員或連結還在，連結就一直有效。",
        },
        app_id: None,
        android_package: None,
        universal_link: UniversalLink::Unknown,
        color: "#07C160",
        icon: icons::WECHAT,
        confidence: "medium",
    },
    Platform {
        id: "wecom_kf",
        names: Text {
            zh_hans: "微信客服",
            zh_hant: "微信客服",
            en: "WeChat Customer Service",
        },
        kind: Kind::Profile,
        hosts: &["work.weixin.qq.com"],
        // developer.work.weixin.qq.com document/path/96416 (获取客服账号链接): the link
        // https://work.weixin.qq.com/kf/kfc…, "可将链接嵌入到网页等场景中，微信用户点击链接即
        // 可向对应的客服账号发起咨询"; 客服接入概述 lists web pages inside WeChat and outside
        // it (微信外网页接入) as places to put it. Verified.
        url_patterns: &["work.weixin.qq.com/kf/{id}"],
        forms: &[IdForm {
            pattern: r"^kfc[0-9a-f]{8,32}$",
            web: Some("https://work.weixin.qq.com/kf/{id}"),
            ios: None,
            android: None,
            app_status: Status::Verified,
            example: "kfcbf8f8d07ac7215f",
        }],
        id_what: Text {
            en: "The customer service account's link id: kfc followed by letters and digits, the end of its link https://work.weixin.qq.com/kf/kfc…. Giving the whole link as `url` works too.",
            zh_hans: "客服账号链接的 id：kfc 开头的一串字母和数字，即链接 https://work.weixin.qq.com/kf/kfc… 的最后一段。也可以把整个链接写进 `url`。",
            zh_hant: "客服帳號連結的 id：kfc 開頭的一串字母和數字，即連結 https://work.weixin.qq.com/kf/kfc… 的最後一段。也可以把整個連結寫進 `url`。",
        },
        id_howto: Text {
            en: "WeCom admin → 应用管理 → 微信客服 → the account → 客服链接: copy it. Visitors who open it start a chat with the account in WeChat: inside WeChat at once, from any other browser by way of WeChat's own page. The link stays valid while the account exists.",
            zh_hans: "企业微信管理后台 → 应用管理 → 微信客服 → 客服账号 → 客服链接：复制它。访客打开后就在微信里和这个客服账号聊天：在微信里直接进入，在其他浏览器里经由微信的页面进入。只要客服账号还在，链接就一直有效。",
            zh_hant: "企業微信管理後台 → 應用管理 → 微信客服 → 客服帳號 → 客服連結：複製它。訪客開啟後就在微信裡和這個客服帳號聊天：在微信裡直接進入，在其他瀏覽器裡經由微信的頁面進入。只要客服帳號還在，連結就一直有效。",
        },
        app_id: None,
        android_package: None,
        universal_link: UniversalLink::Unknown,
        color: "#07C160",
        icon: icons::WECHAT,
        confidence: "medium",
    },
    Platform {
        id: "weibo",
        names: Text {
            zh_hans: "微博",
            zh_hant: "微博",
            en: "Weibo",
        },
        kind: Kind::Profile,
        hosts: &["weibo.com", "weibo.cn"],
        // weibo.com/<uid>: the older profile address, still served; a personal domain
        // (weibo.com/<name>) fails the id form and gives no id.
        url_patterns: &[
            "weibo.com/u/{id}",
            "weibo.com/{id}",
            "m.weibo.cn/u/{id}",
            "m.weibo.cn/profile/{id}",
        ],
        forms: &[IdForm {
            pattern: r"^[0-9]{5,11}$",
            web: Some("https://weibo.com/u/{id}"),
            ios: Some("sinaweibo://userinfo?uid={id}"),
            android: Some("sinaweibo://userinfo?uid={id}"),
            app_status: Status::Verified,
            example: "1669879400",
        }],
        id_what: Text {
            en: "Your numeric Weibo UID (usually 10 digits), not your custom profile name.",
            zh_hans: "你的数字微博 UID（通常 10 位），不是个性域名。",
            zh_hant: "你的數字微博 UID（通常 10 位），不是個性域名。",
        },
        id_howto: Text {
            en: "Open your profile on weibo.com: the digits in weibo.com/u/<UID> are the UID.",
            zh_hans: "在 weibo.com 打开你的主页：weibo.com/u/<UID> 中的数字就是 UID。",
            zh_hant: "在 weibo.com 開啟你的主頁：weibo.com/u/<UID> 中的數字就是 UID。",
        },
        app_id: None,
        android_package: Some("com.sina.weibo"),
        universal_link: UniversalLink::Unknown,
        color: "#E6162D",
        icon: icons::WEIBO,
        confidence: "high",
    },
    Platform {
        id: "whatsapp",
        names: Text {
            zh_hans: "WhatsApp",
            zh_hant: "WhatsApp",
            en: "WhatsApp",
        },
        kind: Kind::Profile,
        hosts: &["wa.me", "whatsapp.com"],
        url_patterns: &["wa.me/{id}", "api.whatsapp.com/send?phone={id}"],
        forms: &[IdForm {
            pattern: r"^\+?(?P<id>[1-9][0-9]{6,14})$",
            web: Some("https://wa.me/{id}"),
            ios: Some("whatsapp://send?phone={id}"),
            android: Some("whatsapp://send?phone={id}"),
            app_status: Status::Verified,
            example: "8613800138000",
        }],
        id_what: Text {
            en: "Your WhatsApp phone number in international form: country code first, digits only.",
            zh_hans: "你的 WhatsApp 手机号，国际格式：国家代码在前，只写数字。",
            zh_hant: "你的 WhatsApp 手機號，國際格式：國家代碼在前，只寫數字。",
        },
        id_howto: Text {
            en: "For example +86 138 0013 8000 is written 8613800138000 (a leading + is fine).",
            zh_hans: "例如 +86 138 0013 8000 写成 8613800138000（前面带 + 也可以）。",
            zh_hant: "例如 +86 138 0013 8000 寫成 8613800138000（前面帶 + 也可以）。",
        },
        app_id: None,
        android_package: Some("com.whatsapp"),
        universal_link: UniversalLink::Yes,
        color: "#25D366",
        icon: icons::WHATSAPP,
        confidence: "high",
    },
    Platform {
        id: "x",
        names: Text {
            zh_hans: "X",
            zh_hant: "X",
            en: "X",
        },
        kind: Kind::Profile,
        hosts: &["x.com", "twitter.com"],
        url_patterns: &["x.com/{id}", "twitter.com/{id}", "mobile.twitter.com/{id}"],
        forms: &[IdForm {
            pattern: r"^@?(?P<id>[A-Za-z0-9_]{1,15})$",
            web: Some("https://x.com/{id}"),
            ios: Some("twitter://user?screen_name={id}"),
            android: Some("twitter://user?screen_name={id}"),
            app_status: Status::Verified,
            example: "jack",
        }],
        id_what: Text {
            en: "Your X (Twitter) handle, with or without the @.",
            zh_hans: "你的 X（推特）用户名，带不带 @ 都可以。",
            zh_hant: "你的 X（推特）使用者名稱，帶不帶 @ 都可以。",
        },
        id_howto: Text {
            en: "It is the @handle shown under your name; it is also the part after x.com/ in your profile address.",
            zh_hans: "就是名字下方显示的 @用户名，也是个人主页地址中 x.com/ 后面的部分。",
            zh_hant: "就是名字下方顯示的 @使用者名稱，也是個人主頁地址中 x.com/ 後面的部分。",
        },
        app_id: None,
        android_package: Some("com.twitter.android"),
        universal_link: UniversalLink::Likely,
        color: "#000000",
        icon: icons::X,
        confidence: "high",
    },
    Platform {
        id: "xianyu",
        names: Text {
            zh_hans: "闲鱼",
            zh_hant: "閒魚",
            en: "Xianyu",
        },
        kind: Kind::Profile,
        hosts: &["goofish.com"],
        url_patterns: &["www.goofish.com/personal?userId={id}"],
        forms: &[IdForm {
            // The sources give no rule: numeric or an opaque (maybe URL-encoded) string.
            pattern: r"^[A-Za-z0-9%._~=+/-]{1,128}$",
            web: Some("https://www.goofish.com/personal?userId={id}"),
            ios: None,
            android: None,
            app_status: Status::Verified,
            example: "2206591358846",
        }],
        id_what: Text {
            en: "Your Xianyu user ID (userId) from your goofish.com home page address.",
            zh_hans: "你的闲鱼用户 ID（userId），来自 goofish.com 个人主页地址。",
            zh_hant: "你的閒魚使用者 ID（userId），來自 goofish.com 個人主頁地址。",
        },
        id_howto: Text {
            en: "Open your home page on goofish.com and copy the value after userId= in the address.",
            zh_hans: "在 goofish.com 打开你的个人主页，复制地址中 userId= 后面的值。",
            zh_hant: "在 goofish.com 開啟你的個人主頁，複製地址中 userId= 後面的值。",
        },
        app_id: None,
        android_package: Some("com.taobao.idlefish"),
        universal_link: UniversalLink::Unknown,
        // Guessed: Xianyu yellow.
        color: "#FFE60F",
        icon: Icon::Mark("闲"),
        confidence: "low",
    },
    Platform {
        id: "xiaohongshu",
        names: Text {
            zh_hans: "小红书",
            zh_hant: "小紅書",
            en: "Xiaohongshu",
        },
        kind: Kind::Profile,
        hosts: &["xiaohongshu.com", "xhslink.com"],
        url_patterns: &["www.xiaohongshu.com/user/profile/{id}"],
        forms: &[IdForm {
            pattern: r"^[0-9a-f]{24}$",
            web: Some("https://www.xiaohongshu.com/user/profile/{id}"),
            ios: Some("xhsdiscover://user/{id}"),
            // Android form only inferred from the sources.
            android: None,
            app_status: Status::Verified,
            example: "6864e7a5000000001d01546a",
        }],
        id_what: Text {
            en: "Your user ID: 24 characters of digits and letters a–f. Your visible Xiaohongshu ID (小红书号) is not it.",
            zh_hans: "你的用户 ID：24 位数字和 a–f 字母。页面上显示的小红书号不是它。",
            zh_hant: "你的使用者 ID：24 位數字和 a–f 字母。頁面上顯示的小紅書號不是它。",
        },
        id_howto: Text {
            en: "Open your profile on xiaohongshu.com (or open an xhslink.com share link in a browser) and copy the part after /user/profile/ in the address.",
            zh_hans: "在 xiaohongshu.com 打开你的主页（或在浏览器中打开 xhslink.com 分享链接），复制地址中 /user/profile/ 后面的部分。",
            zh_hant: "在 xiaohongshu.com 開啟你的主頁（或在瀏覽器中開啟 xhslink.com 分享連結），複製地址中 /user/profile/ 後面的部分。",
        },
        app_id: None,
        android_package: Some("com.xingin.xhs"),
        universal_link: UniversalLink::Unknown,
        color: "#FF2442",
        icon: icons::XIAOHONGSHU,
        confidence: "medium",
    },
    Platform {
        id: "xigua",
        names: Text {
            zh_hans: "西瓜视频",
            zh_hant: "西瓜視頻",
            en: "Xigua Video",
        },
        kind: Kind::Profile,
        hosts: &["ixigua.com"],
        url_patterns: &["www.ixigua.com/home/{id}"],
        forms: &[IdForm {
            pattern: r"^[0-9]+$",
            web: Some("https://www.ixigua.com/home/{id}"),
            // snssdk32:// only opens the app; no profile path is known.
            ios: None,
            android: None,
            app_status: Status::Verified,
            example: "3977160981",
        }],
        id_what: Text {
            en: "Your numeric Xigua user ID (digits only).",
            zh_hans: "你的西瓜视频数字用户 ID（只含数字）。",
            zh_hant: "你的西瓜視頻數字使用者 ID（只含數字）。",
        },
        id_howto: Text {
            en: "Open your home page on ixigua.com: the digits in ixigua.com/home/<ID> are the ID.",
            zh_hans: "在 ixigua.com 打开你的主页：ixigua.com/home/<ID> 中的数字就是 ID。",
            zh_hant: "在 ixigua.com 開啟你的主頁：ixigua.com/home/<ID> 中的數字就是 ID。",
        },
        app_id: None,
        android_package: Some("com.ss.android.article.video"),
        universal_link: UniversalLink::Unknown,
        // Guessed: Xigua red.
        color: "#FE0A37",
        icon: Icon::Mark("西"),
        confidence: "medium",
    },
    Platform {
        id: "youtube",
        names: Text {
            zh_hans: "YouTube",
            zh_hant: "YouTube",
            en: "YouTube",
        },
        kind: Kind::Profile,
        hosts: &["youtube.com", "youtu.be"],
        // Sub-pages (`/videos`, `/about`…) are the same channel.
        url_patterns: &[
            "www.youtube.com/channel/{id}/**",
            "www.youtube.com/@{id}/**",
            "www.youtube.com/+c/{id}/**",
            "www.youtube.com/+user/{id}/**",
            "m.youtube.com/channel/{id}/**",
            "m.youtube.com/@{id}/**",
            "m.youtube.com/+c/{id}/**",
            "m.youtube.com/+user/{id}/**",
        ],
        forms: &[
            // A channel id is also a well-formed handle, so it goes first.
            IdForm {
                pattern: r"^UC[A-Za-z0-9_-]{22}$",
                web: Some("https://www.youtube.com/channel/{id}"),
                ios: None,
                android: None,
                app_status: Status::Verified,
                example: "UC_x5XG1OV2P6uZZ5FSM9Ttw",
            },
            IdForm {
                pattern: r"^@?(?P<id>[A-Za-z0-9._-]{3,30})$",
                web: Some("https://www.youtube.com/@{id}"),
                ios: Some("vnd.youtube://www.youtube.com/@{id}"),
                // Android: the sources recommend the https App Link.
                android: None,
                app_status: Status::Verified,
                example: "@mkbhd",
            },
            // An older channel address, youtube.com/c/<custom name> or /user/<legacy
            // name>: neither name is the handle, so the id keeps its path and the links
            // keep the address (the https link opens the app where it can).
            IdForm {
                pattern: r"^(?P<kind>c|user)/(?P<name>[A-Za-z0-9._-]{1,100})$",
                web: Some("https://www.youtube.com/{kind}/{name}"),
                ios: None,
                android: None,
                app_status: Status::Verified,
                example: "user/marquesbrownlee",
            },
        ],
        id_what: Text {
            en: "Your channel handle (@name) or your channel ID (starting with UC); an older channel address gives c/<name> or user/<name>.",
            zh_hans: "你的频道用户名（@名字）或频道 ID（以 UC 开头）；较早的频道地址写作 c/<名字> 或 user/<名字>。",
            zh_hant: "你的頻道使用者名稱（@名字）或頻道 ID（以 UC 開頭）；較早的頻道地址寫作 c/<名字> 或 user/<名字>。",
        },
        id_howto: Text {
            en: "Your handle is shown on your channel page and in youtube.com/@<handle>; the channel ID is under Settings → Advanced settings.",
            zh_hans: "用户名显示在频道页上，也是 youtube.com/@<用户名> 中的部分；频道 ID 在“设置 → 高级设置”里。",
            zh_hant: "使用者名稱顯示在頻道頁上，也是 youtube.com/@<使用者名稱> 中的部分；頻道 ID 在「設定 → 進階設定」裡。",
        },
        app_id: None,
        android_package: Some("com.google.android.youtube"),
        universal_link: UniversalLink::Yes,
        color: "#FF0000",
        icon: icons::YOUTUBE,
        confidence: "high",
    },
    Platform {
        id: "zhihu",
        names: Text {
            zh_hans: "知乎",
            zh_hant: "知乎",
            en: "Zhihu",
        },
        kind: Kind::Profile,
        hosts: &["zhihu.com"],
        // Sub-pages (`/answers`, `/posts`…) are the same profile.
        url_patterns: &["www.zhihu.com/people/{id}/**"],
        forms: &[IdForm {
            pattern: r"^[A-Za-z0-9_-]+$",
            web: Some("https://www.zhihu.com/people/{id}"),
            ios: Some("zhihu://people/{id}"),
            // Android form only inferred from the sources.
            android: None,
            app_status: Status::Verified,
            example: "tofrankie",
        }],
        id_what: Text {
            en: "Your Zhihu profile token: the last part of your profile address.",
            zh_hans: "你的知乎个性域名：个人主页地址的最后一段。",
            zh_hant: "你的知乎個性域名：個人主頁地址的最後一段。",
        },
        id_howto: Text {
            en: "Open your profile on zhihu.com and copy the part after /people/ in zhihu.com/people/<token>.",
            zh_hans: "在 zhihu.com 打开你的个人主页，复制 zhihu.com/people/<token> 中 /people/ 后面的部分。",
            zh_hant: "在 zhihu.com 開啟你的個人主頁，複製 zhihu.com/people/<token> 中 /people/ 後面的部分。",
        },
        app_id: None,
        android_package: Some("com.zhihu.android"),
        universal_link: UniversalLink::Unknown,
        color: "#0084FF",
        icon: icons::ZHIHU,
        confidence: "medium",
    },
];

/// Each platform's own short-link hosts, by platform id (sorted): what a share button
/// copies (`b23.tv/…`). A URL on one belongs to the platform but names no account until
/// it is followed (`hutong resolve`). A host here covers its subdomains, as `hosts` do.
/// Sources: `platforms.md` keys, or "(public code)" for share-link parsers and tests read
/// in public repositories; several of these services shorten any address (`t.cn`,
/// `u.jd.com`), so what they lead to is checked, never assumed.
pub(super) static SHORT_HOSTS: &[(&str, &[&str])] = &[
    // b23.tv: [BADGER]. bili2233.cn: Bilibili's newer share domain, handled beside b23.tv
    // by share-link parsers (public code).
    ("bilibili", &["b23.tv", "bili2233.cn"]),
    // Dianping share texts end "@大众点评 http://dpurl.cn/…" (public code).
    ("dianping", &["dpurl.cn"]),
    // [BADGER]: "short domain v.douyin.com".
    ("douyin", &["v.douyin.com"]),
    // Facebook's own short domain (already one of its hosts).
    ("facebook", &["fb.me"]),
    // JD share texts "【京东】… https://3.cn/…"; u.jd.com: JD's union links (public code).
    ("jd_shop", &["3.cn", "u.jd.com"]),
    // Kuaishou share links, e.g. yt-dlp's test URL v.kuaishou.com/GKTpYm (public code).
    ("kuaishou", &["v.kuaishou.com"]),
    // LINE Official Account short links (already one of its hosts).
    ("line", &["lin.ee"]),
    ("linkedin", &["lnkd.in"]),
    // The music app's share links (already one of its hosts).
    ("netease_music", &["163cn.tv"]),
    ("pinterest", &["pin.it"]),
    ("reddit", &["redd.it"]),
    ("spotify", &["spotify.link"]),
    // m.tb.cn: platforms.md (taobao_shop, "share short links"); the whole tb.cn is
    // Taobao's (already one of its hosts).
    ("taobao_shop", &["tb.cn"]),
    // TikTok share links vm./vt.tiktok.com (public code).
    ("tiktok", &["vm.tiktok.com", "vt.tiktok.com"]),
    // Sina's short-link service, which Weibo share texts use (public code).
    ("weibo", &["t.cn"]),
    // [BADGER]: xhslink.com.
    ("xiaohongshu", &["xhslink.com"]),
    ("youtube", &["youtu.be"]),
];

/// Hosts of a platform whose https links open WeChat from any browser, by platform id
/// (sorted): a WeChat-native account with such a `url` is led to it outside WeChat too.
/// wxaurl.cn: the Mini Program URL Link, which "适用于短信、邮件、网页、微信内等拉起小程序的
/// 业务场景" and, opened outside WeChat, shows a page from which the visitor enters the
/// mini program (developers.weixin.qq.com, urllink.generate and the 2022-03-09 notice on
/// links; verified). The same notice: a URL Link lasts at most 30 days, so `check` warns.
pub(super) static OPENS_WECHAT_ANYWHERE: &[(&str, &[&str])] =
    &[("wechat_miniprogram", &["wxaurl.cn", "wxmpurl.cn"])];

#[cfg(test)]
mod tests {
    //! Guards for the data above, using only the public fields of `mod.rs`.

    use super::*;
    use regex_lite::Regex;

    /// The 51 platforms hutong supports, plus `link`, in byte order.
    const IDS: &[&str] = &[
        "alipay",
        "apple_music",
        "bilibili",
        "bluesky",
        "dianping",
        "discord",
        "douban",
        "douyin",
        "email",
        "facebook",
        "github",
        "instagram",
        "jd_shop",
        "kofi",
        "kuaishou",
        "line",
        "link",
        "linkedin",
        "mastodon",
        "medium",
        "netease_music",
        "patreon",
        "phone",
        "pinduoduo",
        "pinterest",
        "qq",
        "qq_music",
        "reddit",
        "snapchat",
        "spotify",
        "substack",
        "taobao_shop",
        "telegram",
        "threads",
        "tiktok",
        "tmall_shop",
        "toutiao",
        "twitch",
        "wechat",
        "wechat_channels",
        "wechat_miniprogram",
        "wechat_oa",
        "wecom_contact",
        "wecom_kf",
        "weibo",
        "whatsapp",
        "x",
        "xianyu",
        "xiaohongshu",
        "xigua",
        "youtube",
        "zhihu",
    ];

    /// Compiles an anchored pattern, or panics naming the platform.
    fn compile(platform: &str, pattern: &str) -> Regex {
        assert!(
            pattern.starts_with('^') && pattern.ends_with('$') && !pattern.ends_with("\\$"),
            "{platform}: pattern {pattern:?} is not anchored with ^…$"
        );
        Regex::new(pattern).unwrap_or_else(|e| panic!("{platform}: {pattern:?}: {e}"))
    }

    /// The `{name}` placeholders of a template; panics on a stray brace.
    fn placeholders(template: &str) -> Vec<&str> {
        let mut names = Vec::new();
        let mut rest = template;
        while let Some(open) = rest.find(['{', '}']) {
            assert_eq!(&rest[open..=open], "{", "stray '}}' in {template:?}");
            let after = &rest[open + 1..];
            let close = after
                .find('}')
                .unwrap_or_else(|| panic!("unclosed '{{' in {template:?}"));
            let name = &after[..close];
            assert!(
                !name.is_empty() && name.bytes().all(|b| b.is_ascii_lowercase() || b == b'_'),
                "bad placeholder {{{name}}} in {template:?}"
            );
            names.push(name);
            rest = &after[close + 1..];
        }
        names
    }

    fn templates(form: &IdForm) -> impl Iterator<Item = &'static str> {
        [form.web, form.ios, form.android].into_iter().flatten()
    }

    fn strip_www(host: &str) -> &str {
        host.strip_prefix("www.").unwrap_or(host)
    }

    #[test]
    fn ids_are_sorted_unique_and_exactly_the_supported_ones() {
        let ids: Vec<&str> = PLATFORMS.iter().map(|p| p.id).collect();
        assert!(
            ids.windows(2).all(|w| w[0] < w[1]),
            "not sorted and unique: {ids:?}"
        );
        assert_eq!(ids, IDS);
    }

    #[test]
    fn kinds_follow_the_ids() {
        for p in PLATFORMS {
            let want = match p.id {
                "wechat" | "wechat_oa" | "wechat_channels" | "wechat_miniprogram" => {
                    Kind::WechatNative
                }
                "email" | "phone" => Kind::Contact,
                "link" => Kind::Link,
                _ => Kind::Profile,
            };
            assert_eq!(p.kind, want, "{}", p.id);
            assert_eq!(p.forms.is_empty(), p.kind == Kind::Link, "{}: forms", p.id);
        }
    }

    #[test]
    fn patterns_compile_and_examples_pick_their_own_form() {
        for p in PLATFORMS {
            let regexes: Vec<Regex> = p.forms.iter().map(|f| compile(p.id, f.pattern)).collect();
            for (i, form) in p.forms.iter().enumerate() {
                assert!(
                    regexes[i].is_match(form.example),
                    "{}: example {:?} does not match {:?}",
                    p.id,
                    form.example,
                    form.pattern
                );
                // Forms are tried in order: no earlier form may take this example.
                let first = regexes.iter().position(|r| r.is_match(form.example));
                assert_eq!(
                    first,
                    Some(i),
                    "{}: example {:?} is taken by an earlier form",
                    p.id,
                    form.example
                );
            }
        }
    }

    #[test]
    fn templates_use_only_known_placeholders() {
        for p in PLATFORMS {
            for form in p.forms {
                let regex = compile(p.id, form.pattern);
                let groups: Vec<&str> = regex.capture_names().flatten().collect();
                for template in templates(form) {
                    for name in placeholders(template) {
                        assert!(
                            name == "id" || name == "app_id" || groups.contains(&name),
                            "{}: {{{name}}} in {template:?} is not a group of {:?}",
                            p.id,
                            form.pattern
                        );
                        if name == "app_id" {
                            assert!(
                                p.app_id.is_some(),
                                "{}: {{app_id}} without an app_id rule",
                                p.id
                            );
                            assert!(
                                form.web.is_none_or(|w| !w.contains("{app_id}")),
                                "{}: web needs app_id",
                                p.id
                            );
                        }
                    }
                }
            }
        }
    }

    #[test]
    fn app_id_rules_are_used_and_valid() {
        for p in PLATFORMS {
            let used = p
                .forms
                .iter()
                .flat_map(templates)
                .any(|t| placeholders(t).contains(&"app_id"));
            assert_eq!(
                p.app_id.is_some(),
                used,
                "{}: app_id rule vs {{app_id}} use",
                p.id
            );
            if let Some(rule) = &p.app_id {
                let regex = compile(p.id, rule.pattern);
                assert!(regex.is_match(rule.example), "{}: app_id example", p.id);
                for text in [rule.what, rule.howto] {
                    assert!(
                        !text.en.is_empty() && !text.zh_hans.is_empty(),
                        "{}: app_id text",
                        p.id
                    );
                }
            }
        }
        let with_app_id: Vec<&str> = PLATFORMS
            .iter()
            .filter(|p| p.app_id.is_some())
            .map(|p| p.id)
            .collect();
        assert_eq!(with_app_id, ["douyin", "kuaishou", "tmall_shop", "toutiao"]);
    }

    #[test]
    fn web_templates_are_https_or_contact_urls() {
        for p in PLATFORMS {
            for form in p.forms {
                if let Some(web) = form.web {
                    let ok = match p.kind {
                        Kind::Contact => web == "mailto:{id}" || web == "tel:{id}",
                        _ => web.starts_with("https://"),
                    };
                    assert!(ok, "{}: web {web:?}", p.id);
                }
                for (app, android) in [(form.ios, false), (form.android, true)] {
                    let Some(app) = app else { continue };
                    let scheme = app.split(':').next().unwrap_or_default();
                    // An https app link is an App Link handed to the app's package, which
                    // only an Android intent can do.
                    let app_link = scheme == "https" && android && p.android_package.is_some();
                    assert!(
                        app_link
                            || (!scheme.is_empty()
                                && !["http", "https", "intent"].contains(&scheme)),
                        "{}: app link {app:?} is not a custom scheme",
                        p.id
                    );
                    assert!(
                        app.contains('{'),
                        "{}: app link {app:?} targets no account",
                        p.id
                    );
                }
            }
        }
    }

    #[test]
    fn colours_are_uppercase_hex() {
        for p in PLATFORMS {
            let hex = p.color.strip_prefix('#').unwrap_or("");
            assert!(
                hex.len() == 6
                    && hex
                        .bytes()
                        .all(|b| b.is_ascii_digit() || (b'A'..=b'F').contains(&b)),
                "{}: colour {:?}",
                p.id,
                p.color
            );
        }
    }

    #[test]
    fn hosts_are_bare_lowercase_domains() {
        for p in PLATFORMS {
            for host in p.hosts {
                assert!(
                    host.contains('.')
                        && !host.starts_with(['.', '-'])
                        && !host.ends_with(['.', '-'])
                        && !host.starts_with("www.")
                        && host.bytes().all(|b| b.is_ascii_lowercase()
                            || b.is_ascii_digit()
                            || b == b'.'
                            || b == b'-'),
                    "{}: host {host:?}",
                    p.id
                );
            }
            if p.hosts.is_empty() {
                assert!(
                    ["email", "link", "mastodon", "phone", "wechat_channels"].contains(&p.id),
                    "{}: no hosts",
                    p.id
                );
            }
        }
    }

    #[test]
    fn url_patterns_carry_one_id_on_the_platforms_hosts() {
        for p in PLATFORMS {
            for pattern in p.url_patterns {
                assert!(
                    !pattern.contains("://"),
                    "{}: {pattern:?} has a scheme",
                    p.id
                );
                assert_eq!(placeholders(pattern), ["id"], "{}: {pattern:?}", p.id);
                let end = pattern.find(['/', '?', '#']).unwrap_or(pattern.len());
                // An id in a host label stands for some letters of that label.
                let host = strip_www(&pattern[..end]).replace("{id}", "x");
                let host = host.as_str();
                let owned = p.hosts.iter().any(|h| {
                    let h = strip_www(h);
                    host == h || host.strip_suffix(h).is_some_and(|sub| sub.ends_with('.'))
                });
                assert!(owned, "{}: {pattern:?} is not on {:?}", p.id, p.hosts);
            }
        }
    }

    #[test]
    fn short_hosts_are_lowercase_unique_and_name_no_account() {
        let ids: Vec<&str> = SHORT_HOSTS.iter().map(|(id, _)| *id).collect();
        assert!(ids.windows(2).all(|w| w[0] < w[1]), "not sorted: {ids:?}");
        let all: Vec<(&str, &str)> = SHORT_HOSTS
            .iter()
            .flat_map(|(id, hosts)| hosts.iter().map(move |h| (*id, *h)))
            .collect();
        for &(id, host) in &all {
            assert!(IDS.contains(&id), "{id}: not a platform");
            assert!(
                host.contains('.')
                    && !host.starts_with(['.', '-'])
                    && !host.ends_with(['.', '-'])
                    && host.bytes().all(|b| b.is_ascii_lowercase()
                        || b.is_ascii_digit()
                        || b == b'.'
                        || b == b'-'),
                "{id}: short host {host:?}"
            );
            // Unique across platforms: no other platform owns the host by its hosts
            // or its short hosts.
            for p in PLATFORMS
                .iter()
                .filter(|p| p.id != id && !p.hosts.is_empty())
            {
                assert!(!p.owns_host(host), "{id}: {host} is also {}'s", p.id);
            }
            let url = url::Url::parse(&format!("https://{host}/AbC123x")).unwrap();
            let found = recognise(&url).unwrap_or_else(|| panic!("{url} is not recognised"));
            assert_eq!(found.id, id, "{url}");
            assert!(found.is_short_link(&url), "{url}");
            assert_eq!(found.id_from_url(&url), None, "{url} gives an id");
            assert_eq!(short_link_platform(host).map(|p| p.id), Some(id));
        }
        let hosts: Vec<&str> = all.iter().map(|(_, h)| *h).collect();
        for (i, h) in hosts.iter().enumerate() {
            assert!(!hosts[i + 1..].contains(h), "{h} twice");
        }
        // The issue's list, each on its platform.
        for (host, id) in [
            ("v.douyin.com", "douyin"),
            ("xhslink.com", "xiaohongshu"),
            ("b23.tv", "bilibili"),
            ("m.tb.cn", "taobao_shop"),
            ("v.kuaishou.com", "kuaishou"),
            ("163cn.tv", "netease_music"),
            ("vm.tiktok.com", "tiktok"),
            ("u.jd.com", "jd_shop"),
            ("3.cn", "jd_shop"),
            ("t.cn", "weibo"),
            ("lin.ee", "line"),
        ] {
            assert_eq!(short_link_platform(host).map(|p| p.id), Some(id), "{host}");
        }
        // A platform's ordinary hosts are not short links.
        assert!(short_link_platform("www.douyin.com").is_none());
        assert!(short_link_platform("space.bilibili.com").is_none());
        assert!(short_link_platform("evil.example").is_none());
    }

    #[test]
    fn icons_are_plausible() {
        for p in PLATFORMS {
            match p.icon {
                Icon::Mark(mark) => {
                    let n = mark.chars().count();
                    assert!((1..=2).contains(&n), "{}: mark {mark:?}", p.id);
                }
                Icon::Path(d) => {
                    assert!(
                        d.starts_with(['M', 'm']),
                        "{}: path starts with {:?}",
                        p.id,
                        &d[..1]
                    );
                    assert!(
                        d.chars()
                            .all(|c| "MmLlHhVvCcSsQqTtAaZz0123456789.,-+eE ".contains(c)),
                        "{}: path has a foreign character",
                        p.id
                    );
                    assert!(
                        d.chars().any(|c| c.is_ascii_digit()),
                        "{}: path has no numbers",
                        p.id
                    );
                }
            }
        }
    }

    #[test]
    fn texts_names_and_confidence_are_filled() {
        for p in PLATFORMS {
            for s in [p.names.zh_hans, p.names.zh_hant, p.names.en] {
                assert!(!s.trim().is_empty(), "{}: empty name", p.id);
            }
            for t in [p.id_what, p.id_howto] {
                assert!(
                    !t.en.trim().is_empty() && !t.zh_hans.trim().is_empty(),
                    "{}: empty text",
                    p.id
                );
                assert!(
                    t.zh_hans
                        .chars()
                        .any(|c| ('\u{4e00}'..='\u{9fff}').contains(&c)),
                    "{}: zh text",
                    p.id
                );
            }
            assert!(
                ["high", "medium", "low"].contains(&p.confidence),
                "{}: confidence",
                p.id
            );
            if let Some(package) = p.android_package {
                assert!(
                    package.contains('.') && !package.contains(char::is_whitespace),
                    "{}: package {package:?}",
                    p.id
                );
            }
        }
    }
}
