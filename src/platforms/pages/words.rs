//! The words for what a page that is not a profile is, in three languages.

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
