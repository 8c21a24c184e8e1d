//! How to copy one's own profile address in each platform's app, for the hint of a
//! `not-a-profile` error.

use crate::lang::Text;

pub(super) const BILIBILI: Text = Text {
    en: "Open your own space in the app (我的 → tap your avatar) and tap ··· → 分享 → 复制链接; or write the UID shown there as `id`. A video's share link is that video.",
    zh_hans: "在 App 里打开自己的空间（我的 → 点头像），点 ··· → 分享 → 复制链接；或者把空间里显示的 UID 写成 `id`。视频的分享链接只是那个视频。",
    zh_hant: "在 App 裡開啟自己的空間（我的 → 點頭像），點 ··· → 分享 → 複製連結；或者把空間裡顯示的 UID 寫成 `id`。影片的分享連結只是那部影片。",
};

pub(super) const DOUYIN: Text = Text {
    en: "In the Douyin app tap 我 (Me) to open your own profile, tap ··· at the top right → 分享主页 → 复制链接. A video's share link is that video.",
    zh_hans: "在抖音 App 里点「我」打开自己的主页，点右上角 ··· → 分享主页 → 复制链接。作品的分享链接只是那一个作品。",
    zh_hant: "在抖音 App 裡點「我」開啟自己的主頁，點右上角 ··· → 分享主頁 → 複製連結。作品的分享連結只是那一個作品。",
};

pub(super) const INSTAGRAM: Text = Text {
    en: "Open your profile in Instagram (your picture at the bottom right), tap Share profile → Copy link. A post's link is that post.",
    zh_hans: "在 Instagram 里打开自己的主页（右下角的头像），点“分享主页”→“复制链接”。帖子的链接只是那一条帖子。",
    zh_hant: "在 Instagram 裡開啟自己的主頁（右下角的頭像），點「分享個人檔案」→「複製連結」。貼文的連結只是那一則貼文。",
};

pub(super) const JD_SHOP: Text = Text {
    en: "Open your shop's home page in the JD app (not one product), tap share → 复制链接; or copy mall.jd.com/index-<ID>.html from a browser.",
    zh_hans: "在京东 App 里打开店铺首页（不是某件商品），点分享 → 复制链接；或者在浏览器中复制 mall.jd.com/index-<ID>.html。",
    zh_hant: "在京東 App 裡開啟店鋪首頁（不是某件商品），點分享 → 複製連結；或者在瀏覽器中複製 mall.jd.com/index-<ID>.html。",
};

pub(super) const KUAISHOU: Text = Text {
    en: "In the Kuaishou app open your own profile (我), tap share at the top right → 复制链接. A video's share link is that video.",
    zh_hans: "在快手 App 里打开自己的主页（我），点右上角的分享 → 复制链接。作品的分享链接只是那一个作品。",
    zh_hant: "在快手 App 裡開啟自己的主頁（我），點右上角的分享 → 複製連結。作品的分享連結只是那一個作品。",
};

pub(super) const NETEASE_MUSIC: Text = Text {
    en: "In NetEase Cloud Music open your own page (我的 → tap your avatar), tap ··· → 分享 → 复制链接. A song's or playlist's link is that song or playlist.",
    zh_hans: "在网易云音乐里打开自己的主页（我的 → 点头像），点 ··· → 分享 → 复制链接。歌曲或歌单的链接只是那首歌或那个歌单。",
    zh_hant: "在網易雲音樂裡開啟自己的主頁（我的 → 點頭像），點 ··· → 分享 → 複製連結。歌曲或歌單的連結只是那首歌或那個歌單。",
};

pub(super) const TAOBAO_SHOP: Text = Text {
    en: "Open your shop's home page in the Taobao app (not one product), tap ··· → 分享 → 复制链接; or copy shop<ID>.taobao.com from a browser.",
    zh_hans: "在淘宝 App 里打开店铺首页（不是某件商品），点 ··· → 分享 → 复制链接；或者在浏览器中复制 shop<ID>.taobao.com。",
    zh_hant: "在淘寶 App 裡開啟店鋪首頁（不是某件商品），點 ··· → 分享 → 複製連結；或者在瀏覽器中複製 shop<ID>.taobao.com。",
};

pub(super) const THREADS: Text = Text {
    en: "Open your profile in Threads, tap Share profile → Copy link. A post's link is that post.",
    zh_hans: "在 Threads 里打开自己的主页，点“分享主页”→“复制链接”。帖子的链接只是那一条帖子。",
    zh_hant: "在 Threads 裡開啟自己的主頁，點「分享個人檔案」→「複製連結」。貼文的連結只是那一則貼文。",
};

pub(super) const TIKTOK: Text = Text {
    en: "Open your profile in TikTok (Profile), tap the share arrow at the top right → Copy link. A video's link is that video.",
    zh_hans: "在 TikTok 里打开自己的主页（个人主页），点右上角的分享箭头 → 复制链接。视频的链接只是那一个视频。",
    zh_hant: "在 TikTok 裡開啟自己的主頁（個人檔案），點右上角的分享箭頭 → 複製連結。影片的連結只是那一部影片。",
};

pub(super) const TMALL_SHOP: Text = Text {
    en: "Open your shop's home page in the Tmall or Taobao app (not one product), tap ··· → 分享 → 复制链接; or copy <name>.tmall.com from a browser.",
    zh_hans: "在天猫或淘宝 App 里打开店铺首页（不是某件商品），点 ··· → 分享 → 复制链接；或者在浏览器中复制 <名字>.tmall.com。",
    zh_hant: "在天貓或淘寶 App 裡開啟店鋪首頁（不是某件商品），點 ··· → 分享 → 複製連結；或者在瀏覽器中複製 <名字>.tmall.com。",
};

pub(super) const WEIBO: Text = Text {
    en: "In the Weibo app open your own profile (我 → your avatar), tap ··· → 复制链接; or copy weibo.com/u/<UID> from a browser. A post's link is that post.",
    zh_hans: "在微博 App 里打开自己的主页（我 → 头像），点 ··· → 复制链接；或者在浏览器中复制 weibo.com/u/<UID>。微博正文的链接只是那一条微博。",
    zh_hant: "在微博 App 裡開啟自己的主頁（我 → 頭像），點 ··· → 複製連結；或者在瀏覽器中複製 weibo.com/u/<UID>。微博內文的連結只是那一則微博。",
};

pub(super) const X: Text = Text {
    en: "Open your profile in X, tap ··· → Share → Copy link; or write your @handle as `id`. A post's link is that post.",
    zh_hans: "在 X 里打开自己的主页，点 ··· →“分享”→“复制链接”；或者把 @用户名 写成 `id`。帖子的链接只是那一条帖子。",
    zh_hant: "在 X 裡開啟自己的主頁，點 ··· →「分享」→「複製連結」；或者把 @使用者名稱 寫成 `id`。貼文的連結只是那一則貼文。",
};

pub(super) const XIAOHONGSHU: Text = Text {
    en: "In Xiaohongshu tap 我 (Me) to open your own profile, tap the share button at the top right → 复制链接. A note's share link is that note.",
    zh_hans: "在小红书里点「我」打开自己的主页，点右上角的分享按钮 → 复制链接。笔记的分享链接只是那一篇笔记。",
    zh_hant: "在小紅書裡點「我」開啟自己的主頁，點右上角的分享按鈕 → 複製連結。筆記的分享連結只是那一篇筆記。",
};

pub(super) const YOUTUBE: Text = Text {
    en: "Open your channel in YouTube (your picture → Your channel), tap ··· → Share → Copy link. A video's link is that video.",
    zh_hans: "在 YouTube 里打开自己的频道（头像 →“你的频道”），点 ··· →“分享”→“复制链接”。视频的链接只是那一个视频。",
    zh_hant: "在 YouTube 裡開啟自己的頻道（頭像 →「你的頻道」），點 ··· →「分享」→「複製連結」。影片的連結只是那一部影片。",
};

pub(super) const ZHIHU: Text = Text {
    en: "In Zhihu open your own profile (我的 → 个人主页), tap ··· → 分享 → 复制链接; or copy zhihu.com/people/<token> from a browser. An answer's link is that answer.",
    zh_hans: "在知乎里打开自己的个人主页（我的 → 个人主页），点 ··· → 分享 → 复制链接；或者在浏览器中复制 zhihu.com/people/<token>。回答的链接只是那一个回答。",
    zh_hant: "在知乎裡開啟自己的個人主頁（我的 → 個人主頁），點 ··· → 分享 → 複製連結；或者在瀏覽器中複製 zhihu.com/people/<token>。回答的連結只是那一個回答。",
};
