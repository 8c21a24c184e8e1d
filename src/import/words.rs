//! Every word `hutong import` writes — the comments in the profile it makes, its report,
//! its errors and its help — in the three languages, kept together so the command
//! line's catalogue can take them over whole.

use crate::lang::words;

words! {
    /// The comments written into the imported `site.yaml`.
    pub struct Comments;
    header {
        en: "Imported by `hutong import` from {file} ({source}). Read it through, then run `hutong check`.",
        zh_hans: "由 `hutong import` 从 {file}（{source}）导入。请通读一遍，然后运行 `hutong check`。",
        zh_hant: "由 `hutong import` 從 {file}（{source}）匯入。請通讀一遍，然後執行 `hutong check`。",
    }
    base_url {
        en: "A placeholder: set the address where this site will be served before printing any QR code (the imported page's own address cannot be the hub's).",
        zh_hans: "占位地址：打印二维码之前，请改成这个网站实际发布的地址（导入的那个页面的地址不能用作主页地址）。",
        zh_hant: "佔位網址：列印 QR 碼之前，請改成這個網站實際發布的網址（匯入的那個頁面的網址不能當作主頁網址）。",
    }
    lang_guessed {
        en: "guessed from the page's text",
        zh_hans: "根据页面文字猜测",
        zh_hant: "根據頁面文字猜測",
    }
    avatar_remote {
        en: "The page's picture is at {url}; hutong does not download it: save it beside this file and name it here.",
        zh_hans: "页面的头像在 {url}；hutong 不会下载它：请把它保存到本文件旁边，并在这里写上文件名。",
        zh_hant: "頁面的頭像在 {url}；hutong 不會下載它：請把它儲存到本檔案旁邊，並在這裡寫上檔名。",
    }
    avatar_missing {
        en: "The page's picture, {path}, was not found beside it (or is not a png, jpg, webp, gif or svg under 5 MiB): put one beside this file and name it here.",
        zh_hans: "没有在页面旁边找到它的头像 {path}（或者它不是 5 MiB 以内的 png、jpg、webp、gif、svg）：请把图片放到本文件旁边，并在这里写上文件名。",
        zh_hant: "沒有在頁面旁邊找到它的頭像 {path}（或者它不是 5 MiB 以內的 png、jpg、webp、gif、svg）：請把圖片放到本檔案旁邊，並在這裡寫上檔名。",
    }
    avatar_inline {
        en: "The page's picture is written inside it and was not copied: save it beside this file and name it here.",
        zh_hans: "页面的头像嵌在页面代码里，没有复制：请把它保存到本文件旁边，并在这里写上文件名。",
        zh_hant: "頁面的頭像嵌在頁面程式碼裡，沒有複製：請把它儲存到本檔案旁邊，並在這裡寫上檔名。",
    }
    guessed_text {
        en: "guessed from the button's text",
        zh_hans: "根据按钮文字猜测",
        zh_hant: "根據按鈕文字猜測",
    }
    guessed_kind {
        en: "guessed from the button's kind ({kind})",
        zh_hans: "根据按钮类型（{kind}）猜测",
        zh_hant: "根據按鈕類型（{kind}）猜測",
    }
    not_profile {
        en: "{what}, not a profile: kept as a plain link",
        zh_hans: "{what}，不是个人主页：保留为普通链接",
        zh_hant: "{what}，不是個人主頁：保留為普通連結",
    }
    refused {
        en: "{platform} does not take this address as an account: kept as a plain link",
        zh_hans: "{platform} 不接受这个地址作为账号：保留为普通链接",
        zh_hant: "{platform} 不接受這個網址作為帳號：保留為普通連結",
    }
    shortened {
        en: "shortened: the text on the page was longer than {max} characters",
        zh_hans: "已截短：页面上的文字超过 {max} 个字符",
        zh_hant: "已截短：頁面上的文字超過 {max} 個字元",
    }
    skipped {
        en: "Left out, since a hub cannot link to them:",
        zh_hans: "以下没有导入，因为主页无法链接到它们：",
        zh_hant: "以下沒有匯入，因為主頁無法連結到它們：",
    }
}

words! {
    /// What a page is, and why a link was left out.
    pub struct Kinds;
    littlelink {
        en: "a LittleLink page",
        zh_hans: "LittleLink 页面",
        zh_hant: "LittleLink 頁面",
    }
    linktree {
        en: "a Linktree page",
        zh_hans: "Linktree 页面",
        zh_hant: "Linktree 頁面",
    }
    placeholder {
        en: "an empty placeholder",
        zh_hans: "空的占位链接",
        zh_hant: "空的佔位連結",
    }
    relative {
        en: "a page of the imported site itself",
        zh_hans: "被导入网站自己的页面",
        zh_hant: "被匯入網站自己的頁面",
    }
    scheme {
        en: "not a web address",
        zh_hans: "不是网址",
        zh_hant: "不是網址",
    }
    invalid {
        en: "not a valid address",
        zh_hans: "不是有效的地址",
        zh_hant: "不是有效的網址",
    }
    too_many {
        en: "past the 500 accounts a profile holds",
        zh_hans: "超出了一个配置最多 500 个账号",
        zh_hant: "超出了一份設定最多 500 個帳號",
    }
}

words! {
    /// What the command says when it is done.
    pub struct Report;
    created {
        en: "created {path} from {source}",
        zh_hans: "已根据{source}创建 {path}",
        zh_hant: "已根據{source}建立 {path}",
    }
    counts {
        en: "{links} links: {recognised} recognised as accounts on their platforms, {plain} kept as plain links",
        zh_hans: "{links} 个链接：{recognised} 个识别为各平台的账号，{plain} 个保留为普通链接",
        zh_hant: "{links} 個連結：{recognised} 個識別為各平台的帳號，{plain} 個保留為普通連結",
    }
    plain {
        en: "kept as plain links:",
        zh_hans: "保留为普通链接：",
        zh_hant: "保留為普通連結：",
    }
    skipped {
        en: "left out (a hub cannot link to them):",
        zh_hans: "没有导入（主页无法链接到它们）：",
        zh_hant: "沒有匯入（主頁無法連結到它們）：",
    }
    avatar_copied {
        en: "copied the picture {from} to {to}",
        zh_hans: "已把头像 {from} 复制为 {to}",
        zh_hant: "已把頭像 {from} 複製為 {to}",
    }
    avatar_remote {
        en: "the picture is on {host} and was not downloaded: save it beside site.yaml and name it in `avatar:`",
        zh_hans: "头像在 {host} 上，没有下载：请把它保存到 site.yaml 旁边，并写进 `avatar:`",
        zh_hant: "頭像在 {host} 上，沒有下載：請把它儲存到 site.yaml 旁邊，並寫進 `avatar:`",
    }
    avatar_missing {
        en: "the picture {path} was not found beside the page (or cannot be an avatar): add one with `avatar:`",
        zh_hans: "没有在页面旁边找到头像 {path}（或者它不能用作头像）：请用 `avatar:` 加一张",
        zh_hant: "沒有在頁面旁邊找到頭像 {path}（或者它不能當作頭像）：請用 `avatar:` 加一張",
    }
    base_url {
        en: "base_url is a placeholder ({url}): set it to the address where the site will be served",
        zh_hans: "base_url 是占位地址（{url}）：请改成网站实际发布的地址",
        zh_hant: "base_url 是佔位網址（{url}）：請改成網站實際發布的網址",
    }
    lang {
        en: "lang: {lang}, guessed from the page's text",
        zh_hans: "lang：{lang}，根据页面文字猜测",
        zh_hant: "lang：{lang}，根據頁面文字猜測",
    }
    next {
        en: "next: `hutong serve {slug}` to see it, `hutong check {slug}` to check it",
        zh_hans: "下一步：`hutong serve {slug}` 预览，`hutong check {slug}` 检查",
        zh_hant: "下一步：`hutong serve {slug}` 預覽，`hutong check {slug}` 檢查",
    }
}

words! {
    /// Why an import was refused, and what to do.
    pub struct Errors;
    read {
        en: "cannot read `{path}`: {reason}",
        zh_hans: "无法读取 `{path}`：{reason}",
        zh_hant: "無法讀取 `{path}`：{reason}",
    }
    too_big {
        en: "`{path}` is larger than {max} MiB: that is no saved link page",
        zh_hans: "`{path}` 超过 {max} MiB：不是保存下来的链接页面",
        zh_hant: "`{path}` 超過 {max} MiB：不是儲存下來的連結頁面",
    }
    unknown {
        en: "`{path}` is neither a LittleLink page nor a Linktree page saved from the browser",
        zh_hans: "`{path}` 既不是 LittleLink 页面，也不是从浏览器保存的 Linktree 页面",
        zh_hant: "`{path}` 既不是 LittleLink 頁面，也不是從瀏覽器儲存的 Linktree 頁面",
    }
    hint_unknown {
        en: "hutong import reads a LittleLink index.html (its buttons are `<a class=\"button button-…\">`), or a Linktree profile as the browser saves it, which holds the page's data in `<script id=\"__NEXT_DATA__\">`: open linktr.ee/<name>, choose “Save page as…” → “Web page, HTML only”, and import that file",
        zh_hans: "hutong import 读取 LittleLink 的 index.html（按钮是 `<a class=\"button button-…\">`），或者浏览器保存的 Linktree 主页（页面数据在 `<script id=\"__NEXT_DATA__\">` 里）：打开 linktr.ee/<名字>，选择“网页另存为…” → “网页，仅 HTML”，再导入这个文件",
        zh_hant: "hutong import 讀取 LittleLink 的 index.html（按鈕是 `<a class=\"button button-…\">`），或者瀏覽器儲存的 Linktree 主頁（頁面資料在 `<script id=\"__NEXT_DATA__\">` 裡）：打開 linktr.ee/<名稱>，選擇「另存為…」→「網頁，僅 HTML」，再匯入這個檔案",
    }
    no_links {
        en: "`{path}` is {source}, but none of its links leads anywhere a hub can link to",
        zh_hans: "`{path}` 是{source}，但里面没有一个链接是主页能链接到的",
        zh_hant: "`{path}` 是{source}，但裡面沒有一個連結是主頁能連結到的",
    }
    hint_no_links {
        en: "fill in the buttons' addresses (`href=\"#\"` is the template's placeholder) or save the page again once it shows your links; or start with `hutong new <slug>`",
        zh_hans: "先填好按钮的地址（`href=\"#\"` 是模板里的占位），或者等页面显示出你的链接后再保存一次；也可以用 `hutong new <slug>` 从头开始",
        zh_hant: "先填好按鈕的網址（`href=\"#\"` 是範本裡的佔位），或者等頁面顯示出你的連結後再儲存一次；也可以用 `hutong new <slug>` 從頭開始",
    }
    bad_json {
        en: "{path}:{line}: the Linktree page's data (`__NEXT_DATA__`) cannot be read: {reason}",
        zh_hans: "{path}:{line}：Linktree 页面的数据（`__NEXT_DATA__`）无法读取：{reason}",
        zh_hant: "{path}:{line}：Linktree 頁面的資料（`__NEXT_DATA__`）無法讀取：{reason}",
    }
    hint_bad_json {
        en: "save the page again from the browser (“Save page as…” → “Web page, HTML only”) and import the new file unchanged",
        zh_hans: "请从浏览器重新保存页面（“网页另存为…” → “网页，仅 HTML”），不做修改直接导入新文件",
        zh_hant: "請從瀏覽器重新儲存頁面（「另存為…」→「網頁，僅 HTML」），不做修改直接匯入新檔案",
    }
    no_slug {
        en: "cannot make a slug out of the name `{name}`: it has no Latin letters or digits to use",
        zh_hans: "无法用名字 `{name}` 生成 slug：里面没有可用的拉丁字母或数字",
        zh_hant: "無法用名稱 `{name}` 產生 slug：裡面沒有可用的拉丁字母或數字",
    }
    hint_slug {
        en: "name the site yourself: `hutong import {file} --slug <slug>`, with lowercase letters a-z, digits and `-` (it names the folder and the site's address)",
        zh_hans: "请自己给网站起个名字：`hutong import {file} --slug <slug>`，用小写字母 a-z、数字和 `-`（它是文件夹名，也是网站地址的一部分）",
        zh_hant: "請自己替網站取個名字：`hutong import {file} --slug <slug>`，用小寫字母 a-z、數字和 `-`（它是資料夾名稱，也是網站網址的一部分）",
    }
    bad_slug {
        en: "`{slug}` cannot be a slug: use lowercase letters a-z, digits and `-`, starting with a letter or digit (at most 63 characters)",
        zh_hans: "`{slug}` 不能用作 slug：请用小写字母 a-z、数字和 `-`，以字母或数字开头（最多 63 个字符）",
        zh_hant: "`{slug}` 不能當作 slug：請用小寫字母 a-z、數字和 `-`，以字母或數字開頭（最多 63 個字元）",
    }
    exists {
        en: "`{path}` exists already; hutong import never overwrites a site",
        zh_hans: "`{path}` 已经存在；hutong import 从不覆盖已有的网站",
        zh_hant: "`{path}` 已經存在；hutong import 從不覆寫已有的網站",
    }
    hint_exists {
        en: "choose another slug with `--slug`, or move that folder away first",
        zh_hans: "用 `--slug` 换一个 slug，或者先把那个文件夹移走",
        zh_hant: "用 `--slug` 換一個 slug，或者先把那個資料夾移走",
    }
    write {
        en: "cannot write `{path}`: {reason}",
        zh_hans: "无法写入 `{path}`：{reason}",
        zh_hant: "無法寫入 `{path}`：{reason}",
    }
    unchecked {
        en: "the profile made from `{path}` does not pass `hutong check`, so it was not written:\n{problems}",
        zh_hans: "根据 `{path}` 生成的配置没有通过 `hutong check`，所以没有写入：\n{problems}",
        zh_hant: "根據 `{path}` 產生的設定沒有通過 `hutong check`，所以沒有寫入：\n{problems}",
    }
    hint_unchecked {
        en: "this is a bug in hutong import: please report it with the page",
        zh_hans: "这是 hutong import 的缺陷：请附上这个页面报告给我们",
        zh_hant: "這是 hutong import 的缺陷：請附上這個頁面回報給我們",
    }
    label_error {
        en: "error",
        zh_hans: "错误",
        zh_hant: "錯誤",
    }
    label_hint {
        en: "hint",
        zh_hans: "提示",
        zh_hant: "提示",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_text_is_in_three_languages_with_the_same_placeholders() {
        let filled = &[
            "file",
            "source",
            "url",
            "path",
            "kind",
            "what",
            "platform",
            "max",
            "links",
            "recognised",
            "plain",
            "from",
            "to",
            "host",
            "lang",
            "slug",
            "reason",
            "line",
            "name",
            "problems",
        ];
        crate::lang::check_table(Comments::TABLE, filled);
        crate::lang::check_table(Kinds::TABLE, filled);
        crate::lang::check_table(Report::TABLE, filled);
        crate::lang::check_table(Errors::TABLE, filled);
    }
}
