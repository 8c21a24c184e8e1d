//! The not-profile rules, per platform (sorted by id), and the words for what each
//! page is.

use super::{NotProfile, Pages};
use crate::lang::Text;

// What a page is. `{platform}` is the platform's name in the same language.

pub(super) static VIDEO: Text = Text {
    en: "one {platform} video",
    zh_hans: "一个{platform}视频",
    zh_hant: "一部{platform}影片",
};
pub(super) static NOTE: Text = Text {
    en: "one {platform} note",
    zh_hans: "一篇{platform}笔记",
    zh_hant: "一篇{platform}筆記",
};
pub(super) static POST: Text = Text {
    en: "one {platform} post",
    zh_hans: "一条{platform}帖子",
    zh_hant: "一則{platform}貼文",
};
pub(super) static ARTICLE: Text = Text {
    en: "one {platform} article",
    zh_hans: "一篇{platform}文章",
    zh_hant: "一篇{platform}文章",
};
pub(super) static ANSWER: Text = Text {
    en: "one {platform} answer",
    zh_hans: "一个{platform}回答",
    zh_hant: "一個{platform}回答",
};
pub(super) static QUESTION: Text = Text {
    en: "one {platform} question",
    zh_hans: "一个{platform}问题",
    zh_hant: "一個{platform}問題",
};
pub(super) static PRODUCT: Text = Text {
    en: "one product on {platform}",
    zh_hans: "{platform}上的一件商品",
    zh_hant: "{platform}上的一件商品",
};
pub(super) static MUSIC: Text = Text {
    en: "one song, album or playlist on {platform}",
    zh_hans: "{platform}上的一首歌、一张专辑或一个歌单",
    zh_hant: "{platform}上的一首歌、一張專輯或一個歌單",
};
pub(super) static SUBJECT: Text = Text {
    en: "one {platform} page about a film, book or record",
    zh_hans: "一个{platform}条目（电影、图书或唱片）",
    zh_hant: "一個{platform}條目（電影、圖書或唱片）",
};
pub(super) static SEARCH: Text = Text {
    en: "a {platform} search",
    zh_hans: "一个{platform}搜索结果页",
    zh_hant: "一個{platform}搜尋結果頁",
};
pub(super) static HOME: Text = Text {
    en: "the home page of {platform}",
    zh_hans: "{platform}的首页",
    zh_hant: "{platform}的首頁",
};
pub(super) static PLATFORM_PAGE: Text = Text {
    en: "one of {platform}’s own pages",
    zh_hans: "{platform}自己的页面",
    zh_hant: "{platform}自己的頁面",
};
pub(super) static SELF: Text = Text {
    en: "{platform}’s “my page”, which shows each visitor their own profile",
    zh_hans: "{platform}的“我的主页”入口，谁打开都只看到自己的主页",
    zh_hant: "{platform}的「我的主頁」入口，誰開啟都只看到自己的主頁",
};

/// The rules, sorted by platform id. Address forms follow the platforms' public pages
/// and the share links of their apps as public code parses them; the examples are
/// made-up ids in those forms.
pub(super) static PAGES: &[Pages] = &[
    Pages {
        platform: "apple_music",
        profile_howto: None,
        not_profiles: &[NotProfile {
            pattern: r"^music\.apple\.com/[a-z]{2}/(?:album|song|playlist|music-video)/",
            what: &MUSIC,
            example: "https://music.apple.com/us/album/thriller/269572838",
        }],
        profiles: &[],
    },
    Pages {
        platform: "bilibili",
        profile_howto: Some(Text {
            en: "Open your own space in the app (我的 → tap your avatar) and tap ··· → 分享 → 复制链接; or write the UID shown there as `id`. A video's share link is that video.",
            zh_hans: "在 App 里打开自己的空间（我的 → 点头像），点 ··· → 分享 → 复制链接；或者把空间里显示的 UID 写成 `id`。视频的分享链接只是那个视频。",
            zh_hant: "在 App 裡開啟自己的空間（我的 → 點頭像），點 ··· → 分享 → 複製連結；或者把空間裡顯示的 UID 寫成 `id`。影片的分享連結只是那部影片。",
        }),
        not_profiles: &[
            NotProfile {
                pattern: r"^(?:m\.)?bilibili\.com/(?:video|bangumi/play)/",
                what: &VIDEO,
                example: "https://www.bilibili.com/video/BV1GJ411x7h7",
            },
            NotProfile {
                pattern: r"^(?:m\.)?bilibili\.com/read/cv[0-9]",
                what: &ARTICLE,
                example: "https://www.bilibili.com/read/cv1234567",
            },
            NotProfile {
                pattern: r"^(?:t\.bilibili\.com/[0-9]|(?:m\.)?bilibili\.com/opus/[0-9])",
                what: &POST,
                example: "https://t.bilibili.com/912345678901234567",
            },
            NotProfile {
                pattern: r"^search\.bilibili\.com/",
                what: &SEARCH,
                example: "https://search.bilibili.com/all?keyword=abc",
            },
            // space.bilibili.com without a UID opens the signed-in visitor's own space.
            NotProfile {
                pattern: r"^space\.bilibili\.com/(?:[?#]|$)",
                what: &SELF,
                example: "https://space.bilibili.com/",
            },
        ],
        profiles: &[
            ("https://space.bilibili.com/546195/dynamic", "546195"),
            ("https://space.bilibili.com/546195/video?tid=0", "546195"),
            ("https://m.bilibili.com/space/546195", "546195"),
        ],
    },
    Pages {
        platform: "bluesky",
        profile_howto: None,
        not_profiles: &[
            NotProfile {
                pattern: r"^bsky\.app/profile/[^/]+/post/",
                what: &POST,
                example: "https://bsky.app/profile/jay.bsky.team/post/3k2abcdefgh2x",
            },
            NotProfile {
                pattern: r"^bsky\.app/search",
                what: &SEARCH,
                example: "https://bsky.app/search?q=abc",
            },
        ],
        profiles: &[],
    },
    Pages {
        platform: "douban",
        profile_howto: None,
        not_profiles: &[
            NotProfile {
                pattern: r"^(?:movie|book|music)\.douban\.com/subject/",
                what: &SUBJECT,
                example: "https://movie.douban.com/subject/1292052/",
            },
            NotProfile {
                pattern: r"^douban\.com/(?:note|group/topic|status)/",
                what: &POST,
                example: "https://www.douban.com/note/123456789/",
            },
        ],
        profiles: &[],
    },
    Pages {
        platform: "douyin",
        profile_howto: Some(Text {
            en: "In the Douyin app tap 我 (Me) to open your own profile, tap ··· at the top right → 分享主页 → 复制链接. A video's share link is that video.",
            zh_hans: "在抖音 App 里点「我」打开自己的主页，点右上角 ··· → 分享主页 → 复制链接。作品的分享链接只是那一个作品。",
            zh_hant: "在抖音 App 裡點「我」開啟自己的主頁，點右上角 ··· → 分享主頁 → 複製連結。作品的分享連結只是那一個作品。",
        }),
        not_profiles: &[
            NotProfile {
                pattern: r"^(?:douyin\.com/video/|(?:iesdouyin\.com|m\.douyin\.com)/share/video/)[0-9]",
                what: &VIDEO,
                example: "https://www.douyin.com/video/7301234567890123456",
            },
            NotProfile {
                pattern: r"^(?:douyin\.com/note/|(?:iesdouyin\.com|m\.douyin\.com)/share/note/)[0-9]",
                what: &NOTE,
                example: "https://www.douyin.com/note/7301234567890123457",
            },
            NotProfile {
                pattern: r"^douyin\.com/user/self(?:[/?#]|$)",
                what: &SELF,
                example: "https://www.douyin.com/user/self?from_tab_name=main",
            },
            NotProfile {
                pattern: r"^douyin\.com/(?:root/)?search/",
                what: &SEARCH,
                example: "https://www.douyin.com/search/abc",
            },
            NotProfile {
                pattern: r"^douyin\.com/(?:discover|jingxuan|follow|hot)(?:[/?#]|$)",
                what: &PLATFORM_PAGE,
                example: "https://www.douyin.com/discover",
            },
        ],
        profiles: &[
            (
                "https://www.iesdouyin.com/share/user/MS4wLjABAAAAv7iSuuXDJGDvJkmH_vz1qkDZYo1apxgzaxdBSeIuPiM?u_code=0",
                "MS4wLjABAAAAv7iSuuXDJGDvJkmH_vz1qkDZYo1apxgzaxdBSeIuPiM",
            ),
            (
                "https://m.douyin.com/share/user/MS4wLjABAAAAv7iSuuXDJGDvJkmH_vz1qkDZYo1apxgzaxdBSeIuPiM",
                "MS4wLjABAAAAv7iSuuXDJGDvJkmH_vz1qkDZYo1apxgzaxdBSeIuPiM",
            ),
            (
                "https://www.douyin.com/user/MS4wLjABAAAAv7iSuuXDJGDvJkmH_vz1qkDZYo1apxgzaxdBSeIuPiM?from_tab_name=main",
                "MS4wLjABAAAAv7iSuuXDJGDvJkmH_vz1qkDZYo1apxgzaxdBSeIuPiM",
            ),
        ],
    },
    Pages {
        platform: "facebook",
        profile_howto: None,
        not_profiles: &[
            NotProfile {
                pattern: r"^(?:m\.|web\.)?facebook\.com/(?:watch|reel/|photo|story\.php|permalink\.php|[^/]+/(?:posts|videos|photos)/)",
                what: &POST,
                example: "https://www.facebook.com/zuck/posts/10114466657423281",
            },
            NotProfile {
                pattern: r"^(?:m\.)?facebook\.com/search",
                what: &SEARCH,
                example: "https://www.facebook.com/search/top?q=abc",
            },
        ],
        profiles: &[],
    },
    Pages {
        platform: "github",
        profile_howto: None,
        not_profiles: &[NotProfile {
            pattern: r"^github\.com/(?:search|explore|settings|notifications|marketplace|topics|trending)(?:[/?#]|$)",
            what: &PLATFORM_PAGE,
            example: "https://github.com/explore",
        }],
        profiles: &[],
    },
    Pages {
        platform: "instagram",
        profile_howto: Some(Text {
            en: "Open your profile in Instagram (your picture at the bottom right), tap Share profile → Copy link. A post's link is that post.",
            zh_hans: "在 Instagram 里打开自己的主页（右下角的头像），点“分享主页”→“复制链接”。帖子的链接只是那一条帖子。",
            zh_hant: "在 Instagram 裡開啟自己的主頁（右下角的頭像），點「分享個人檔案」→「複製連結」。貼文的連結只是那一則貼文。",
        }),
        not_profiles: &[
            NotProfile {
                pattern: r"^instagram\.com/(?:[A-Za-z0-9._]+/)?(?:p|stories)/",
                what: &POST,
                example: "https://www.instagram.com/p/C1a2B3c4D5e/",
            },
            NotProfile {
                pattern: r"^instagram\.com/(?:[A-Za-z0-9._]+/)?(?:reels?|tv)/",
                what: &VIDEO,
                example: "https://www.instagram.com/reel/C1a2B3c4D5e/",
            },
            NotProfile {
                pattern: r"^instagram\.com/(?:explore|accounts|direct)(?:[/?#]|$)",
                what: &PLATFORM_PAGE,
                example: "https://www.instagram.com/explore/",
            },
        ],
        profiles: &[("https://www.instagram.com/natgeo/?hl=en", "natgeo")],
    },
    Pages {
        platform: "jd_shop",
        profile_howto: Some(Text {
            en: "Open your shop's home page in the JD app (not one product), tap share → 复制链接; or copy mall.jd.com/index-<ID>.html from a browser.",
            zh_hans: "在京东 App 里打开店铺首页（不是某件商品），点分享 → 复制链接；或者在浏览器中复制 mall.jd.com/index-<ID>.html。",
            zh_hant: "在京東 App 裡開啟店鋪首頁（不是某件商品），點分享 → 複製連結；或者在瀏覽器中複製 mall.jd.com/index-<ID>.html。",
        }),
        not_profiles: &[
            NotProfile {
                pattern: r"^(?:item\.jd\.com/[0-9]+\.html|item\.m\.jd\.com/product/[0-9]+\.html)",
                what: &PRODUCT,
                example: "https://item.jd.com/100012043978.html",
            },
            NotProfile {
                pattern: r"^(?:search\.jd\.com|so\.m\.jd\.com)/",
                what: &SEARCH,
                example: "https://search.jd.com/Search?keyword=abc",
            },
        ],
        profiles: &[],
    },
    Pages {
        platform: "kuaishou",
        profile_howto: Some(Text {
            en: "In the Kuaishou app open your own profile (我), tap share at the top right → 复制链接. A video's share link is that video.",
            zh_hans: "在快手 App 里打开自己的主页（我），点右上角的分享 → 复制链接。作品的分享链接只是那一个作品。",
            zh_hant: "在快手 App 裡開啟自己的主頁（我），點右上角的分享 → 複製連結。作品的分享連結只是那一個作品。",
        }),
        not_profiles: &[
            NotProfile {
                pattern: r"^kuaishou\.com/(?:short-video|photo)/",
                what: &VIDEO,
                example: "https://www.kuaishou.com/short-video/3xabc123def456",
            },
            NotProfile {
                pattern: r"^kuaishou\.com/search/",
                what: &SEARCH,
                example: "https://www.kuaishou.com/search/video?searchKey=abc",
            },
        ],
        profiles: &[],
    },
    Pages {
        platform: "linkedin",
        profile_howto: None,
        not_profiles: &[
            NotProfile {
                pattern: r"^linkedin\.com/(?:posts|pulse|feed)/",
                what: &POST,
                example: "https://www.linkedin.com/posts/someone_activity-7123456789012345678-abcd",
            },
            NotProfile {
                pattern: r"^linkedin\.com/search/",
                what: &SEARCH,
                example: "https://www.linkedin.com/search/results/all/?keywords=abc",
            },
        ],
        profiles: &[],
    },
    Pages {
        platform: "medium",
        profile_howto: None,
        not_profiles: &[NotProfile {
            pattern: r"^medium\.com/(?:@[^/?#]+/[^/?#]+|p/)",
            what: &ARTICLE,
            example: "https://medium.com/@someone/a-title-1a2b3c4d5e6f",
        }],
        profiles: &[],
    },
    Pages {
        platform: "netease_music",
        profile_howto: Some(Text {
            en: "In NetEase Cloud Music open your own page (我的 → tap your avatar), tap ··· → 分享 → 复制链接. A song's or playlist's link is that song or playlist.",
            zh_hans: "在网易云音乐里打开自己的主页（我的 → 点头像），点 ··· → 分享 → 复制链接。歌曲或歌单的链接只是那首歌或那个歌单。",
            zh_hant: "在網易雲音樂裡開啟自己的主頁（我的 → 點頭像），點 ··· → 分享 → 複製連結。歌曲或歌單的連結只是那首歌或那個歌單。",
        }),
        not_profiles: &[
            NotProfile {
                pattern: r"^(?:y\.)?music\.163\.com/(?:#/|m/)?(?:song|album|playlist|mv|video|program|djradio)(?:[/?#]|$)",
                what: &MUSIC,
                example: "https://music.163.com/#/song?id=1901371647",
            },
            NotProfile {
                pattern: r"^music\.163\.com/(?:#/)?search",
                what: &SEARCH,
                example: "https://music.163.com/#/search/m/?s=abc",
            },
        ],
        profiles: &[("https://y.music.163.com/m/user?id=1463586082", "1463586082")],
    },
    Pages {
        platform: "patreon",
        profile_howto: None,
        not_profiles: &[NotProfile {
            pattern: r"^patreon\.com/posts/",
            what: &POST,
            example: "https://www.patreon.com/posts/some-title-12345678",
        }],
        profiles: &[],
    },
    Pages {
        platform: "pinduoduo",
        profile_howto: None,
        not_profiles: &[NotProfile {
            pattern: r"^(?:mobile\.)?yangkeduo\.com/goods[0-9]?\.html",
            what: &PRODUCT,
            example: "https://mobile.yangkeduo.com/goods.html?goods_id=123456789",
        }],
        profiles: &[],
    },
    Pages {
        platform: "pinterest",
        profile_howto: None,
        not_profiles: &[NotProfile {
            pattern: r"^(?:[a-z]{2}\.)?pinterest\.com/pin/",
            what: &POST,
            example: "https://www.pinterest.com/pin/123456789012345678/",
        }],
        profiles: &[],
    },
    Pages {
        platform: "qq",
        profile_howto: None,
        not_profiles: &[],
        profiles: &[(
            "https://wpa.qq.com/msgrd?v=3&uin=123456789&site=qq&menu=yes",
            "123456789",
        )],
    },
    Pages {
        platform: "qq_music",
        profile_howto: None,
        not_profiles: &[NotProfile {
            pattern: r"^y\.qq\.com/n/ryqq/(?:songDetail|albumDetail|playlist|mv)/",
            what: &MUSIC,
            example: "https://y.qq.com/n/ryqq/songDetail/0039MnYb0qxYhV",
        }],
        profiles: &[],
    },
    Pages {
        platform: "reddit",
        profile_howto: None,
        not_profiles: &[
            NotProfile {
                pattern: r"^(?:old\.)?reddit\.com/r/[^/]+/comments/",
                what: &POST,
                example: "https://www.reddit.com/r/rust/comments/abc123/some_title/",
            },
            NotProfile {
                pattern: r"^reddit\.com/search",
                what: &SEARCH,
                example: "https://www.reddit.com/search/?q=abc",
            },
        ],
        profiles: &[],
    },
    Pages {
        platform: "spotify",
        profile_howto: None,
        not_profiles: &[
            NotProfile {
                pattern: r"^open\.spotify\.com/(?:intl-[a-z-]+/)?(?:track|album|playlist|episode)/",
                what: &MUSIC,
                example: "https://open.spotify.com/track/4cOdK2wGLETKBW3PvgPWqT",
            },
            NotProfile {
                pattern: r"^open\.spotify\.com/search",
                what: &SEARCH,
                example: "https://open.spotify.com/search/abc",
            },
        ],
        profiles: &[(
            "https://open.spotify.com/intl-de/artist/06HL4z0CvFAxyc27GXpf02?si=abc",
            "06HL4z0CvFAxyc27GXpf02",
        )],
    },
    Pages {
        platform: "substack",
        profile_howto: None,
        not_profiles: &[NotProfile {
            pattern: r"^(?:[a-z0-9-]+\.substack\.com/p/|substack\.com/@[^/]+/(?:p|note)-)",
            what: &ARTICLE,
            example: "https://platformer.substack.com/p/some-post",
        }],
        profiles: &[],
    },
    Pages {
        platform: "taobao_shop",
        profile_howto: Some(Text {
            en: "Open your shop's home page in the Taobao app (not one product), tap ··· → 分享 → 复制链接; or copy shop<ID>.taobao.com from a browser.",
            zh_hans: "在淘宝 App 里打开店铺首页（不是某件商品），点 ··· → 分享 → 复制链接；或者在浏览器中复制 shop<ID>.taobao.com。",
            zh_hant: "在淘寶 App 裡開啟店鋪首頁（不是某件商品），點 ··· → 分享 → 複製連結；或者在瀏覽器中複製 shop<ID>.taobao.com。",
        }),
        not_profiles: &[
            NotProfile {
                pattern: r"^(?:item\.taobao\.com/item\.htm|h5\.m\.taobao\.com/awp/core/detail\.htm|item\.m\.taobao\.com/)",
                what: &PRODUCT,
                example: "https://item.taobao.com/item.htm?id=712345678901",
            },
            NotProfile {
                pattern: r"^s\.(?:m\.)?taobao\.com/",
                what: &SEARCH,
                example: "https://s.taobao.com/search?q=abc",
            },
            NotProfile {
                pattern: r"^main\.m\.taobao\.com/(?:[?#]|$)",
                what: &HOME,
                example: "https://main.m.taobao.com/",
            },
        ],
        profiles: &[
            ("https://shop104736810.taobao.com/", "104736810"),
            (
                "https://shop104736810.taobao.com/index.htm?spm=a1z10.1",
                "104736810",
            ),
        ],
    },
    Pages {
        platform: "telegram",
        profile_howto: None,
        not_profiles: &[NotProfile {
            pattern: r"^(?:t|telegram)\.me/(?:s/)?[A-Za-z0-9_]+/[0-9]+",
            what: &POST,
            example: "https://t.me/durov/142",
        }],
        profiles: &[],
    },
    Pages {
        platform: "threads",
        profile_howto: Some(Text {
            en: "Open your profile in Threads, tap Share profile → Copy link. A post's link is that post.",
            zh_hans: "在 Threads 里打开自己的主页，点“分享主页”→“复制链接”。帖子的链接只是那一条帖子。",
            zh_hant: "在 Threads 裡開啟自己的主頁，點「分享個人檔案」→「複製連結」。貼文的連結只是那一則貼文。",
        }),
        not_profiles: &[
            NotProfile {
                pattern: r"^threads\.(?:com|net)/@[^/]+/post/",
                what: &POST,
                example: "https://www.threads.com/@zuck/post/C8abcDEFghi",
            },
            NotProfile {
                pattern: r"^threads\.(?:com|net)/search",
                what: &SEARCH,
                example: "https://www.threads.com/search?q=abc",
            },
        ],
        profiles: &[],
    },
    Pages {
        platform: "tiktok",
        profile_howto: Some(Text {
            en: "Open your profile in TikTok (Profile), tap the share arrow at the top right → Copy link. A video's link is that video.",
            zh_hans: "在 TikTok 里打开自己的主页（个人主页），点右上角的分享箭头 → 复制链接。视频的链接只是那一个视频。",
            zh_hant: "在 TikTok 裡開啟自己的主頁（個人檔案），點右上角的分享箭頭 → 複製連結。影片的連結只是那一部影片。",
        }),
        not_profiles: &[
            NotProfile {
                pattern: r"^(?:m\.)?tiktok\.com/@[^/]+/(?:video|photo)/",
                what: &VIDEO,
                example: "https://www.tiktok.com/@khaby.lame/video/7012345678901234567",
            },
            NotProfile {
                pattern: r"^(?:m\.)?tiktok\.com/search",
                what: &SEARCH,
                example: "https://www.tiktok.com/search?q=abc",
            },
            NotProfile {
                pattern: r"^(?:m\.)?tiktok\.com/(?:explore|foryou|following|tag/|music/)",
                what: &PLATFORM_PAGE,
                example: "https://www.tiktok.com/explore",
            },
        ],
        profiles: &[],
    },
    Pages {
        platform: "tmall_shop",
        profile_howto: Some(Text {
            en: "Open your shop's home page in the Tmall or Taobao app (not one product), tap ··· → 分享 → 复制链接; or copy <name>.tmall.com from a browser.",
            zh_hans: "在天猫或淘宝 App 里打开店铺首页（不是某件商品），点 ··· → 分享 → 复制链接；或者在浏览器中复制 <名字>.tmall.com。",
            zh_hant: "在天貓或淘寶 App 裡開啟店鋪首頁（不是某件商品），點 ··· → 分享 → 複製連結；或者在瀏覽器中複製 <名字>.tmall.com。",
        }),
        not_profiles: &[
            NotProfile {
                pattern: r"^detail\.(?:m\.)?tmall\.com/item\.htm",
                what: &PRODUCT,
                example: "https://detail.tmall.com/item.htm?id=712345678901",
            },
            NotProfile {
                pattern: r"^list\.(?:m\.)?tmall\.com/",
                what: &SEARCH,
                example: "https://list.tmall.com/search_product.htm?q=abc",
            },
        ],
        profiles: &[],
    },
    Pages {
        platform: "toutiao",
        profile_howto: None,
        not_profiles: &[NotProfile {
            pattern: r"^(?:m\.)?toutiao\.com/(?:article/|a[0-9]|group/|video/|w/)",
            what: &ARTICLE,
            example: "https://www.toutiao.com/article/7301234567890123456/",
        }],
        profiles: &[],
    },
    Pages {
        platform: "twitch",
        profile_howto: None,
        not_profiles: &[
            NotProfile {
                pattern: r"^(?:(?:m\.)?twitch\.tv/(?:videos/|[^/]+/clip/)|clips\.twitch\.tv/)",
                what: &VIDEO,
                example: "https://www.twitch.tv/videos/1234567890",
            },
            NotProfile {
                pattern: r"^(?:m\.)?twitch\.tv/(?:directory|search)(?:[/?#]|$)",
                what: &PLATFORM_PAGE,
                example: "https://www.twitch.tv/directory",
            },
        ],
        profiles: &[],
    },
    Pages {
        platform: "weibo",
        profile_howto: Some(Text {
            en: "In the Weibo app open your own profile (我 → your avatar), tap ··· → 复制链接; or copy weibo.com/u/<UID> from a browser. A post's link is that post.",
            zh_hans: "在微博 App 里打开自己的主页（我 → 头像），点 ··· → 复制链接；或者在浏览器中复制 weibo.com/u/<UID>。微博正文的链接只是那一条微博。",
            zh_hant: "在微博 App 裡開啟自己的主頁（我 → 頭像），點 ··· → 複製連結；或者在瀏覽器中複製 weibo.com/u/<UID>。微博內文的連結只是那一則微博。",
        }),
        not_profiles: &[
            NotProfile {
                pattern: r"^(?:weibo\.com/[0-9]+/[A-Za-z0-9]{9,16}(?:[/?#]|$)|weibo\.com/detail/|m\.weibo\.cn/(?:status|detail)/)",
                what: &POST,
                example: "https://weibo.com/1669879400/Mx8kD3Gz7",
            },
            NotProfile {
                pattern: r"^s\.weibo\.com/",
                what: &SEARCH,
                example: "https://s.weibo.com/weibo?q=abc",
            },
        ],
        profiles: &[("https://weibo.com/1669879400", "1669879400")],
    },
    Pages {
        platform: "x",
        profile_howto: Some(Text {
            en: "Open your profile in X, tap ··· → Share → Copy link; or write your @handle as `id`. A post's link is that post.",
            zh_hans: "在 X 里打开自己的主页，点 ··· →“分享”→“复制链接”；或者把 @用户名 写成 `id`。帖子的链接只是那一条帖子。",
            zh_hant: "在 X 裡開啟自己的主頁，點 ··· →「分享」→「複製連結」；或者把 @使用者名稱 寫成 `id`。貼文的連結只是那一則貼文。",
        }),
        not_profiles: &[
            NotProfile {
                pattern: r"^(?:mobile\.)?(?:x|twitter)\.com/[^/]+/status/[0-9]",
                what: &POST,
                example: "https://x.com/jack/status/20",
            },
            NotProfile {
                pattern: r"^(?:mobile\.)?(?:x|twitter)\.com/search",
                what: &SEARCH,
                example: "https://x.com/search?q=abc",
            },
            NotProfile {
                pattern: r"^(?:mobile\.)?(?:x|twitter)\.com/(?:home|explore|notifications|messages|settings|i)(?:[/?#]|$)",
                what: &PLATFORM_PAGE,
                example: "https://x.com/home",
            },
        ],
        profiles: &[("https://twitter.com/jack", "jack")],
    },
    Pages {
        platform: "xianyu",
        profile_howto: None,
        not_profiles: &[
            NotProfile {
                pattern: r"^goofish\.com/item",
                what: &PRODUCT,
                example: "https://www.goofish.com/item?id=712345678901",
            },
            NotProfile {
                pattern: r"^goofish\.com/search",
                what: &SEARCH,
                example: "https://www.goofish.com/search?q=abc",
            },
        ],
        profiles: &[],
    },
    Pages {
        platform: "xiaohongshu",
        profile_howto: Some(Text {
            en: "In Xiaohongshu tap 我 (Me) to open your own profile, tap the share button at the top right → 复制链接. A note's share link is that note.",
            zh_hans: "在小红书里点「我」打开自己的主页，点右上角的分享按钮 → 复制链接。笔记的分享链接只是那一篇笔记。",
            zh_hant: "在小紅書裡點「我」開啟自己的主頁，點右上角的分享按鈕 → 複製連結。筆記的分享連結只是那一篇筆記。",
        }),
        not_profiles: &[
            NotProfile {
                pattern: r"^xiaohongshu\.com/(?:explore|discovery/item)/[0-9a-f]{24}",
                what: &NOTE,
                example: "https://www.xiaohongshu.com/explore/64b1f2a3000000001203c4d5",
            },
            NotProfile {
                pattern: r"^xiaohongshu\.com/search_result",
                what: &SEARCH,
                example: "https://www.xiaohongshu.com/search_result?keyword=abc",
            },
            // The explore feed is where xiaohongshu.com itself lands.
            NotProfile {
                pattern: r"^xiaohongshu\.com/explore/?(?:[?#]|$)",
                what: &HOME,
                example: "https://www.xiaohongshu.com/explore",
            },
        ],
        profiles: &[],
    },
    Pages {
        platform: "xigua",
        profile_howto: None,
        not_profiles: &[NotProfile {
            pattern: r"^ixigua\.com/[0-9]+(?:[/?#]|$)",
            what: &VIDEO,
            example: "https://www.ixigua.com/7301234567890123456",
        }],
        profiles: &[],
    },
    Pages {
        platform: "youtube",
        profile_howto: Some(Text {
            en: "Open your channel in YouTube (your picture → Your channel), tap ··· → Share → Copy link. A video's link is that video.",
            zh_hans: "在 YouTube 里打开自己的频道（头像 →“你的频道”），点 ··· →“分享”→“复制链接”。视频的链接只是那一个视频。",
            zh_hant: "在 YouTube 裡開啟自己的頻道（頭像 →「你的頻道」），點 ··· →「分享」→「複製連結」。影片的連結只是那一部影片。",
        }),
        not_profiles: &[
            NotProfile {
                pattern: r"^(?:m\.|music\.)?youtube\.com/(?:watch|shorts/|live/|embed/|v/)",
                what: &VIDEO,
                example: "https://www.youtube.com/watch?v=dQw4w9WgXcQ",
            },
            NotProfile {
                pattern: r"^youtu\.be/[^/?#]",
                what: &VIDEO,
                example: "https://youtu.be/dQw4w9WgXcQ",
            },
            NotProfile {
                pattern: r"^(?:m\.|music\.)?youtube\.com/playlist",
                what: &MUSIC,
                example: "https://www.youtube.com/playlist?list=PLabc123",
            },
            NotProfile {
                pattern: r"^(?:m\.)?youtube\.com/results",
                what: &SEARCH,
                example: "https://www.youtube.com/results?search_query=abc",
            },
            NotProfile {
                pattern: r"^(?:m\.)?youtube\.com/feed(?:[/?#]|$)",
                what: &PLATFORM_PAGE,
                example: "https://www.youtube.com/feed/trending",
            },
        ],
        profiles: &[
            ("https://www.youtube.com/c/mkbhd", "c/mkbhd"),
            (
                "https://www.youtube.com/user/marquesbrownlee/videos",
                "user/marquesbrownlee",
            ),
            ("https://m.youtube.com/@mkbhd/videos", "@mkbhd"),
        ],
    },
    Pages {
        platform: "zhihu",
        profile_howto: Some(Text {
            en: "In Zhihu open your own profile (我的 → 个人主页), tap ··· → 分享 → 复制链接; or copy zhihu.com/people/<token> from a browser. An answer's link is that answer.",
            zh_hans: "在知乎里打开自己的个人主页（我的 → 个人主页），点 ··· → 分享 → 复制链接；或者在浏览器中复制 zhihu.com/people/<token>。回答的链接只是那一个回答。",
            zh_hant: "在知乎裡開啟自己的個人主頁（我的 → 個人主頁），點 ··· → 分享 → 複製連結；或者在瀏覽器中複製 zhihu.com/people/<token>。回答的連結只是那一個回答。",
        }),
        not_profiles: &[
            NotProfile {
                pattern: r"^zhihu\.com/question/[0-9]+/answer/",
                what: &ANSWER,
                example: "https://www.zhihu.com/question/19550225/answer/12345678",
            },
            NotProfile {
                pattern: r"^zhihu\.com/question/[0-9]",
                what: &QUESTION,
                example: "https://www.zhihu.com/question/19550225",
            },
            NotProfile {
                pattern: r"^(?:zhuanlan\.zhihu\.com/p/|zhihu\.com/pin/)",
                what: &ARTICLE,
                example: "https://zhuanlan.zhihu.com/p/123456789",
            },
            NotProfile {
                pattern: r"^zhihu\.com/zvideo/",
                what: &VIDEO,
                example: "https://www.zhihu.com/zvideo/1234567890123456789",
            },
            NotProfile {
                pattern: r"^zhihu\.com/search",
                what: &SEARCH,
                example: "https://www.zhihu.com/search?q=abc",
            },
        ],
        profiles: &[(
            "https://www.zhihu.com/people/tofrankie/answers",
            "tofrankie",
        )],
    },
];
