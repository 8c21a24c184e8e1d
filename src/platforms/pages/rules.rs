//! The not-profile rules, per platform (sorted by id).

use super::howto;
use super::words::*;
use super::{NotProfile, Pages};

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
        profile_howto: Some(howto::BILIBILI),
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
        profile_howto: Some(howto::DOUYIN),
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
        profile_howto: Some(howto::INSTAGRAM),
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
        profile_howto: Some(howto::JD_SHOP),
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
        profile_howto: Some(howto::KUAISHOU),
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
        profile_howto: Some(howto::NETEASE_MUSIC),
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
        profile_howto: Some(howto::TAOBAO_SHOP),
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
        profile_howto: Some(howto::THREADS),
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
        profile_howto: Some(howto::TIKTOK),
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
        profile_howto: Some(howto::TMALL_SHOP),
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
        profile_howto: Some(howto::WEIBO),
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
        profile_howto: Some(howto::X),
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
        profile_howto: Some(howto::XIAOHONGSHU),
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
        profile_howto: Some(howto::YOUTUBE),
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
        profile_howto: Some(howto::ZHIHU),
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
