//! Every word the command line prints of its own, in English, Simplified and
//! Traditional Chinese.
//!
//! Takes nothing; gives [`Text`] constants that the commands fill with
//! [`Text::fill`] in the language [`super::locale`] decided, and [`count`] for "3
//! sites". The profiles' diagnostics are not here (they are `hutong::messages`, in the
//! profile's language), nor the help texts (`super::help`, keyed by command). Paths,
//! commands and keys stay untranslated, in backticks.

// `serve`'s and `resolve`'s words are unused in a build without those features.
#![cfg_attr(not(all(feature = "serve", feature = "resolve")), allow(dead_code))]

use hutong::Lang;
use hutong::lang::Text;

/// Defines each text as a constant, and `ALL`, in tests, every one by name.
macro_rules! texts {
    ($($(#[$doc:meta])* $name:ident {
        en: $en:literal,
        zh_hans: $hans:literal,
        zh_hant: $hant:literal $(,)?
    })*) => {
        $($(#[$doc])* pub const $name: Text = Text { en: $en, zh_hans: $hans, zh_hant: $hant };)*

        /// Every text of the catalogue, by name.
        #[cfg(test)]
        pub const ALL: &[(&str, Text)] = &[$((stringify!($name), $name)),*];
    };
}

/// `3 sites`, `1 site`; `3 个网站`: a [`count`] noun's English plural is its `{s}`.
pub fn count(lang: Lang, noun: &Text, n: usize) -> String {
    let s = if n == 1 { "" } else { "s" };
    noun.fill(lang, &[("n", &n.to_string()), ("s", s)])
}

texts! {
    // ---- Nouns for `count` -----------------------------------------------------------
    SITES { en: "{n} site{s}", zh_hans: "{n}个网站", zh_hant: "{n}個網站" }
    PAGES { en: "{n} page{s}", zh_hans: "{n}个页面", zh_hant: "{n}個頁面" }
    QR_CODES { en: "{n} QR code{s}", zh_hans: "{n}个二维码", zh_hant: "{n}個 QR 碼" }
    ERRORS { en: "{n} error{s}", zh_hans: "{n}个错误", zh_hant: "{n}個錯誤" }
    WARNINGS { en: "{n} warning{s}", zh_hans: "{n}条警告", zh_hant: "{n}則警告" }
    SHORT_LINKS { en: "{n} short link{s}", zh_hans: "{n}个短链接", zh_hant: "{n}個短網址" }
    OTHER_FILES { en: "{n} other file{s}", zh_hans: "另外{n}个文件", zh_hant: "另外{n}個檔案" }

    // ---- Usage errors (clap's, said again) -----------------------------------------
    USAGE_UNKNOWN_ARGUMENT {
        en: "unexpected argument `{arg}`",
        zh_hans: "无法识别的参数 `{arg}`",
        zh_hant: "無法識別的引數 `{arg}`",
    }
    USAGE_UNKNOWN_COMMAND {
        en: "unknown command `{name}`",
        zh_hans: "没有 `{name}` 这个命令",
        zh_hant: "沒有 `{name}` 這個指令",
    }
    USAGE_MISSING_ARGUMENT {
        en: "missing {args}",
        zh_hans: "缺少 {args}",
        zh_hant: "缺少 {args}",
    }
    USAGE_MISSING_COMMAND {
        en: "no command given: name one of {names}",
        zh_hans: "没有给出命令：请写 {names} 之一",
        zh_hant: "沒有給出指令：請寫 {names} 之一",
    }
    USAGE_NO_VALUE {
        en: "`{arg}` needs a value",
        zh_hans: "`{arg}` 需要一个值",
        zh_hant: "`{arg}` 需要一個值",
    }
    USAGE_INVALID_VALUE {
        en: "`{value}` is not a valid value for `{arg}`",
        zh_hans: "`{value}` 不是 `{arg}` 的有效值",
        zh_hant: "`{value}` 不是 `{arg}` 的有效值",
    }
    USAGE_INVALID_VALUE_WHY {
        en: "`{value}` is not a valid value for `{arg}`: {why}",
        zh_hans: "`{value}` 不是 `{arg}` 的有效值：{why}",
        zh_hant: "`{value}` 不是 `{arg}` 的有效值：{why}",
    }
    USAGE_UNEXPECTED_VALUE {
        en: "`{arg}` takes no value, and was given `{value}`",
        zh_hans: "`{arg}` 不带值，却给了 `{value}`",
        zh_hant: "`{arg}` 不帶值，卻給了 `{value}`",
    }
    USAGE_CONFLICT {
        en: "`{arg}` cannot be used with `{other}`",
        zh_hans: "`{arg}` 不能和 `{other}` 一起用",
        zh_hant: "`{arg}` 不能和 `{other}` 一起使用",
    }
    USAGE_TWICE {
        en: "`{arg}` cannot be given twice",
        zh_hans: "`{arg}` 不能写两次",
        zh_hant: "`{arg}` 不能寫兩次",
    }
    USAGE_NOT_UTF8 {
        en: "an argument is not valid UTF-8",
        zh_hans: "有参数不是有效的 UTF-8",
        zh_hant: "有引數不是有效的 UTF-8",
    }
    USAGE_POSSIBLE_VALUES {
        en: "possible values: {values}",
        zh_hans: "可选值：{values}",
        zh_hant: "可選值：{values}",
    }
    USAGE_DASH_DASH {
        en: "to pass `{arg}` as a value, write `-- {arg}`",
        zh_hans: "要把 `{arg}` 当作值传入，请写 `-- {arg}`",
        zh_hant: "要把 `{arg}` 當作值傳入，請寫 `-- {arg}`",
    }
    USAGE_MORE {
        en: "For more information, try `--help`.",
        zh_hans: "加上 `--help` 可以查看更多说明。",
        zh_hant: "加上 `--help` 可以查看更多說明。",
    }

    // ---- Values the parsers refuse ---------------------------------------------------
    VALUE_QR_EXTENSION {
        en: "hutong qr writes .svg or .png files: end the name in one of them",
        zh_hans: "hutong qr 只写 .svg 或 .png 文件：文件名请以其中之一结尾",
        zh_hant: "hutong qr 只寫 .svg 或 .png 檔案：檔名請以其中之一結尾",
    }
    VALUE_SECONDS {
        en: "not a number of seconds between 0 and 600",
        zh_hans: "不是 0 到 600 之间的秒数",
        zh_hant: "不是 0 到 600 之間的秒數",
    }
    VALUE_SHARD {
        en: "write K/N with 1 ≤ K ≤ N, e.g. `2/4` for the second of four",
        zh_hans: "请写成 K/N，其中 1 ≤ K ≤ N，例如 `2/4` 表示四份中的第二份",
        zh_hant: "請寫成 K/N，其中 1 ≤ K ≤ N，例如 `2/4` 表示四份中的第二份",
    }

    // ---- Finding sites, and the language ---------------------------------------------
    LANG_UNKNOWN {
        en: "{var}={value} is not a language hutong speaks; it is ignored (use zh-Hans, zh-Hant or en)",
        zh_hans: "{var}={value} 不是 hutong 支持的语言，已忽略（可用 zh-Hans、zh-Hant 或 en）",
        zh_hant: "{var}={value} 不是 hutong 支援的語言，已忽略（可用 zh-Hans、zh-Hant 或 en）",
    }
    CANNOT_READ_SITES {
        en: "cannot read `{dir}/` ({why}): run hutong in the folder that holds `sites/`, name site folders, or start one with `hutong new <slug>`",
        zh_hans: "无法读取 `{dir}/`（{why}）：请在包含 `sites/` 的文件夹里运行 hutong，或写出网站文件夹，或用 `hutong new <slug>` 新建一个",
        zh_hant: "無法讀取 `{dir}/`（{why}）：請在包含 `sites/` 的資料夾裡執行 hutong，或寫出網站資料夾，或用 `hutong new <slug>` 建立一個",
    }
    NO_SITE {
        en: "no site in `{dir}/`: start one with `hutong new <slug>`",
        zh_hans: "`{dir}/` 里没有网站：用 `hutong new <slug>` 新建一个",
        zh_hant: "`{dir}/` 裡沒有網站：用 `hutong new <slug>` 建立一個",
    }
    NO_SITE_FOLDER {
        en: "no site folder `{path}`: name a folder holding site.yaml, such as `sites/<slug>`",
        zh_hans: "没有网站文件夹 `{path}`：请写一个含有 site.yaml 的文件夹，例如 `sites/<slug>`",
        zh_hant: "沒有網站資料夾 `{path}`：請寫一個含有 site.yaml 的資料夾，例如 `sites/<slug>`",
    }
    CANNOT_CREATE {
        en: "cannot create `{path}`",
        zh_hans: "无法创建 `{path}`",
        zh_hant: "無法建立 `{path}`",
    }
    CANNOT_WRITE {
        en: "cannot write `{path}`",
        zh_hans: "无法写入 `{path}`",
        zh_hant: "無法寫入 `{path}`",
    }
    NOT_A_FILE_NAME {
        en: "`{path}` is not a file name",
        zh_hans: "`{path}` 不是文件名",
        zh_hant: "`{path}` 不是檔案名稱",
    }
    WROTE {
        en: "wrote {path}",
        zh_hans: "已写入 {path}",
        zh_hant: "已寫入 {path}",
    }
    CREATED {
        en: "created {path}",
        zh_hans: "已创建 {path}",
        zh_hant: "已建立 {path}",
    }

    // ---- build -------------------------------------------------------------------
    BUILD_SHARD {
        en: "shard {shard}: {n} of {sites}",
        zh_hans: "分片 {shard}：共{sites}，这一片有{n}个",
        zh_hant: "分片 {shard}：共{sites}，這一片有{n}個",
    }
    BUILD_UP_TO_DATE {
        en: "{sites} in {dir} up to date, nothing to build ({elapsed})",
        zh_hans: "{dir}里的{sites}都是最新的，无需生成（{elapsed}）",
        zh_hant: "{dir}裡的{sites}都是最新的，無需產生（{elapsed}）",
    }
    BUILD_DONE {
        en: "built {sites} into {dir}: {pages}, {codes}, {size} in {elapsed}",
        zh_hans: "已生成{sites}到 {dir}：{pages}、{codes}、{size}，用时 {elapsed}",
        zh_hant: "已產生{sites}到 {dir}：{pages}、{codes}、{size}，耗時 {elapsed}",
    }
    BUILD_ALSO_UP_TO_DATE {
        en: "; {n} up to date",
        zh_hans: "；{n}个已是最新",
        zh_hant: "；{n}個已是最新",
    }
    BUILD_ALSO {
        en: "; {what}",
        zh_hans: "；{what}",
        zh_hant: "；{what}",
    }
    BUILD_FAILED {
        en: "; {sites} failed (previous output kept)",
        zh_hans: "；{sites}失败（保留了之前的输出）",
        zh_hant: "；{sites}失敗（保留了之前的輸出）",
    }
    BUILD_RECORD_ERROR {
        en: "{action} `{path}`: {why}; the next build may build again sites that are up to date",
        zh_hans: "{action} `{path}`：{why}；下次生成时可能会重新生成已是最新的网站",
        zh_hant: "{action} `{path}`：{why}；下次產生時可能會重新產生已是最新的網站",
    }
    PROGRESS {
        en: "{done}/{total} sites",
        zh_hans: "{done}/{total} 个网站",
        zh_hant: "{done}/{total} 個網站",
    }
    PROGRESS_FAILED {
        en: ", {n} failed",
        zh_hans: "，{n}个失败",
        zh_hant: "，{n}個失敗",
    }

    // ---- check ---------------------------------------------------------------------
    CHECKED {
        en: "checked {sites}: {errors}, {warnings}",
        zh_hans: "已检查{sites}：{errors}、{warnings}",
        zh_hant: "已檢查{sites}：{errors}、{warnings}",
    }
    CHECKED_FAILED {
        en: "checked {sites}: {errors}, {warnings} ({failed} failed)",
        zh_hans: "已检查{sites}：{errors}、{warnings}（{failed}未通过）",
        zh_hant: "已檢查{sites}：{errors}、{warnings}（{failed}未通過）",
    }

    // ---- man ---------------------------------------------------------------------
    MAN_CANNOT_RENDER {
        en: "cannot render the manual page",
        zh_hans: "无法生成手册页",
        zh_hant: "無法產生使用手冊頁面",
    }
    MAN_CANNOT_PRINT {
        en: "cannot print the manual page",
        zh_hans: "无法输出手册页",
        zh_hant: "無法輸出使用手冊頁面",
    }
    MAN_CANNOT_RENDER_FILE {
        en: "cannot render `{path}`",
        zh_hans: "无法生成 `{path}`",
        zh_hant: "無法產生 `{path}`",
    }
    MAN_WROTE {
        en: "wrote {n} manual pages to {dir}",
        zh_hans: "已把{n}个手册页写入 {dir}",
        zh_hant: "已把{n}個使用手冊頁面寫入 {dir}",
    }

    // ---- qr ------------------------------------------------------------------------
    QR_EMPTY {
        en: "the text is empty: give the text to encode, or pipe it in with `-`",
        zh_hans: "文字是空的：请给出要编码的文字，或用 `-` 从管道读入",
        zh_hant: "文字是空的：請給出要編碼的文字，或用 `-` 從管線讀入",
    }
    QR_STDIN {
        en: "cannot read the text from standard input (it must be UTF-8)",
        zh_hans: "无法从标准输入读取文字（必须是 UTF-8）",
        zh_hant: "無法從標準輸入讀取文字（必須是 UTF-8）",
    }
    QR_WROTE {
        en: "wrote {path} ({size} modules a side, {bytes} bytes of text)",
        zh_hans: "已写入 {path}（每边{size}个模块，文字共{bytes}字节）",
        zh_hant: "已寫入 {path}（每邊{size}個模組，文字共{bytes}位元組）",
    }
    /// The accessible name of a QR code's SVG.
    QR_LABEL {
        en: "QR code: {text}",
        zh_hans: "二维码：{text}",
        zh_hant: "QR 碼：{text}",
    }

    // ---- new -----------------------------------------------------------------------
    NEW_BAD_SLUG {
        en: "`{name}` cannot be a slug: use lowercase letters a-z, digits and `-`, starting with a letter or digit (at most 63 characters)",
        zh_hans: "`{name}` 不能用作 slug：只能用小写字母 a-z、数字和 `-`，以字母或数字开头（最多 63 个字符）",
        zh_hant: "`{name}` 不能當作 slug：只能用小寫字母 a-z、數字和 `-`，以字母或數字開頭（最多 63 個字元）",
    }
    NEW_HINT_LATIN {
        en: "a slug is written in Latin letters, as it becomes part of the address: the name in pinyin, for example (`hutong new <pinyin>`); the page shows any name you like (`name:` in site.yaml)",
        zh_hans: "slug 要用拉丁字母写，因为它会成为网址的一部分，比如用名字的拼音（`hutong new <拼音>`）；页面上显示的名字可以随意写（site.yaml 里的 `name:`）",
        zh_hant: "slug 要用拉丁字母寫，因為它會成為網址的一部分，例如用名字的拼音（`hutong new <拼音>`）；頁面上顯示的名稱可以隨意寫（site.yaml 裡的 `name:`）",
    }
    NEW_EXISTS {
        en: "`{path}` already exists; hutong new never overwrites a profile",
        zh_hans: "`{path}` 已经存在；hutong new 从不覆盖已有的 site.yaml",
        zh_hant: "`{path}` 已經存在；hutong new 從不覆寫既有的 site.yaml",
    }
    NEW_LEFT_AS_IT_IS {
        en: "{path} exists already; left as it is",
        zh_hans: "{path} 已经存在，保持原样",
        zh_hant: "{path} 已經存在，維持原樣",
    }
    NEW_NEXT {
        en: "next: fill it in, then run `hutong check {folder}`",
        zh_hans: "下一步：填好它，然后运行 `hutong check {folder}`",
        zh_hant: "下一步：填好它，然後執行 `hutong check {folder}`",
    }
    NEW_SCHEMA_DIFFERS {
        en: "{path} differs from this hutong's schema; refresh it with `hutong schema -o {path}`",
        zh_hans: "{path} 和这个版本 hutong 的 schema 不同；可用 `hutong schema -o {path}` 更新",
        zh_hant: "{path} 和這個版本 hutong 的 schema 不同；可用 `hutong schema -o {path}` 更新",
    }
    NEW_SCHEMA_CREATED {
        en: "created {path} (editors read it for completion in site.yaml)",
        zh_hans: "已创建 {path}（编辑器靠它在 site.yaml 里补全）",
        zh_hant: "已建立 {path}（編輯器靠它在 site.yaml 裡自動完成）",
    }
    NEW_SCHEMA_UNWRITTEN {
        en: "{why}; editors will not complete site.yaml",
        zh_hans: "{why}；编辑器将无法补全 site.yaml",
        zh_hant: "{why}；編輯器將無法自動完成 site.yaml",
    }
    NEW_SCHEMA_UNREAD {
        en: "cannot read `{path}`: {why}; editors may not complete site.yaml",
        zh_hans: "无法读取 `{path}`：{why}；编辑器可能无法补全 site.yaml",
        zh_hant: "無法讀取 `{path}`：{why}；編輯器可能無法自動完成 site.yaml",
    }
    NEW_WORKFLOW_EXISTS {
        en: "{path} exists already; left as it is (remove it to get a fresh one)",
        zh_hans: "{path} 已经存在，保持原样（删掉它即可重新生成）",
        zh_hant: "{path} 已經存在，維持原樣（刪掉它即可重新產生）",
    }
    NEW_WORKFLOW_CREATED {
        en: "created {path}: it publishes the site to GitHub Pages on every push to main.\nonce: on GitHub, open Settings → Pages and choose \"GitHub Actions\" as the source, and set base_url to https://<user>.github.io/<repository>/",
        zh_hans: "已创建 {path}：每次 push 到 main 时，它会把网站发布到 GitHub Pages。\n只需做一次：在 GitHub 上打开 Settings → Pages，把来源（Source）选为“GitHub Actions”，并把 base_url 设为 https://<用户名>.github.io/<仓库名>/",
        zh_hant: "已建立 {path}：每次 push 到 main 時，它會把網站發布到 GitHub Pages。\n只需做一次：在 GitHub 上開啟 Settings → Pages，把來源（Source）選為「GitHub Actions」，並把 base_url 設為 https://<使用者名稱>.github.io/<儲存庫名稱>/",
    }

    // ---- platforms -----------------------------------------------------------------
    PLATFORMS_UNKNOWN {
        en: "unknown platform `{name}`: {hint}",
        zh_hans: "未知的平台 `{name}`：{hint}",
        zh_hant: "未知的平台 `{name}`：{hint}",
    }
    PLATFORMS_LIST_HINT {
        en: "run `hutong platforms` for the list",
        zh_hans: "运行 `hutong platforms` 查看全部平台",
        zh_hant: "執行 `hutong platforms` 查看全部平台",
    }
    PLATFORMS_FOOTER {
        en: "{n} platforms. `hutong platforms <ID>` shows how to find an id and the links it makes.",
        zh_hans: "共{n}个平台。`hutong platforms <ID>` 会说明怎样找到 id，以及它生成的链接。",
        zh_hant: "共{n}個平台。`hutong platforms <ID>` 會說明怎樣找到 id，以及它產生的連結。",
    }
    PLATFORMS_ID { en: "id:", zh_hans: "id：", zh_hant: "id：" }
    PLATFORMS_FIND { en: "find it:", zh_hans: "在哪找：", zh_hant: "在哪找：" }
    PLATFORMS_APP_ID { en: "app_id:", zh_hans: "app_id：", zh_hant: "app_id：" }
    PLATFORMS_APP_ID_LINES {
        en: "{what} (e.g. {example})\n{indent}{howto}\n{indent}without it, phones open the web profile instead of the app",
        zh_hans: "{what}（例如 {example}）\n{indent}{howto}\n{indent}没有它，手机会打开网页主页，而不是 App",
        zh_hant: "{what}（例如 {example}）\n{indent}{howto}\n{indent}沒有它，手機會開啟網頁主頁，而不是 App",
    }
    PLATFORMS_HOSTS { en: "hosts:", zh_hans: "域名：", zh_hant: "網域：" }
    PLATFORMS_ALSO_READ {
        en: "also read:",
        zh_hans: "也能读懂：",
        zh_hant: "也能讀懂：",
    }
    PLATFORMS_NOT_A_PROFILE {
        en: "not a profile:",
        zh_hans: "不是主页：",
        zh_hant: "不是主頁：",
    }
    PLATFORMS_NOT_A_PROFILE_LINE {
        en: "{what}, e.g. {example}",
        zh_hans: "{what}，例如 {example}",
        zh_hant: "{what}，例如 {example}",
    }
    PLATFORMS_COPY_INSTEAD {
        en: "copy your profile instead: {howto}",
        zh_hans: "请改为复制你的主页：{howto}",
        zh_hant: "請改為複製你的主頁：{howto}",
    }
    PLATFORMS_EXAMPLE { en: "example:", zh_hans: "示例：", zh_hant: "範例：" }
    PLATFORMS_WEB { en: "web", zh_hans: "网页", zh_hant: "網頁" }
    PLATFORMS_IOS { en: "iOS app", zh_hans: "iOS App", zh_hant: "iOS App" }
    PLATFORMS_ANDROID { en: "Android", zh_hans: "安卓", zh_hant: "Android" }
    PLATFORMS_CONFIDENCE {
        en: "research confidence: {level}",
        zh_hans: "资料可信度：{level}",
        zh_hant: "資料可信度：{level}",
    }
    CONFIDENCE_HIGH { en: "high", zh_hans: "高", zh_hant: "高" }
    CONFIDENCE_MEDIUM { en: "medium", zh_hans: "中", zh_hant: "中" }
    CONFIDENCE_LOW { en: "low", zh_hans: "低", zh_hant: "低" }

    // ---- resolve ---------------------------------------------------------------------
    RESOLVE_UNREAD {
        en: "{why} (run `hutong check` for details)",
        zh_hans: "{why}（运行 `hutong check` 查看详情）",
        zh_hant: "{why}（執行 `hutong check` 查看詳情）",
    }
    RESOLVE_IN_TEXT {
        en: "{link} (in a share text)",
        zh_hans: "{link}（在分享文字里）",
        zh_hant: "{link}（在分享文字裡）",
    }
    RESOLVE_LEFT_ALONE {
        en: "left alone: {why}",
        zh_hans: "未改动：{why}",
        zh_hant: "未變更：{why}",
    }
    RESOLVE_OTHER_PLATFORM {
        en: "a {other} short link on a {platform} account",
        zh_hans: "{platform}账号上写的是{other}的短链接",
        zh_hant: "{platform}帳號上寫的是{other}的短網址",
    }
    RESOLVE_SUMMARY {
        en: "resolved {n} of {links} in {sites}",
        zh_hans: "{sites}里共{links}，已解析{n}个",
        zh_hant: "{sites}裡共{links}，已解析{n}個",
    }
    RESOLVE_SUMMARY_LEFT {
        en: ", {n} left alone",
        zh_hans: "，{n}个未改动",
        zh_hant: "，{n}個未變更",
    }
    RESOLVE_SUMMARY_FAILED {
        en: ", {sites} not read or written",
        zh_hans: "，{sites}无法读取或写入",
        zh_hant: "，{sites}無法讀取或寫入",
    }
    RESOLVE_SUMMARY_DRY {
        en: " (dry run: nothing written)",
        zh_hans: "（试运行：没有写入任何内容）",
        zh_hant: "（試執行：沒有寫入任何內容）",
    }
    RESOLVE_CANNOT_READ {
        en: "cannot read: {why}",
        zh_hans: "无法读取：{why}",
        zh_hant: "無法讀取：{why}",
    }
    RESOLVE_TOO_LARGE {
        en: "larger than {max} bytes; `hutong check` says more",
        zh_hans: "超过 {max} 字节；`hutong check` 会说明更多",
        zh_hant: "超過 {max} 位元組；`hutong check` 會說明更多",
    }
    RESOLVE_NOT_UTF8 {
        en: "not UTF-8 text; save it as UTF-8",
        zh_hans: "不是 UTF-8 文本；请存为 UTF-8",
        zh_hant: "不是 UTF-8 文字；請存成 UTF-8",
    }

    // ---- serve -----------------------------------------------------------------------
    SERVE_NO_CTRL_C {
        en: "cannot listen for Ctrl-C",
        zh_hans: "无法监听 Ctrl-C",
        zh_hant: "無法監聽 Ctrl-C",
    }
    SERVE_PORT_BUSY {
        en: "port {busy} is in use; serving on port {port} instead",
        zh_hans: "端口 {busy} 已被占用，改用端口 {port}",
        zh_hant: "連接埠 {busy} 已被佔用，改用連接埠 {port}",
    }
    SERVE_AT {
        en: "serving at {url} (only this computer can open it); Ctrl-C stops",
        zh_hans: "预览地址：{url}（只有这台电脑能打开）；按 Ctrl-C 停止",
        zh_hant: "預覽網址：{url}（只有這台電腦能開啟）；按 Ctrl-C 停止",
    }
    SERVE_PREVIEW_AS {
        en: "preview as another browser: {url}?as=wechat (or iphone, android, desktop, …; ?as=off ends it)",
        zh_hans: "模拟其他浏览器预览：{url}?as=wechat（或 iphone、android、desktop…；?as=off 结束）",
        zh_hant: "模擬其他瀏覽器預覽：{url}?as=wechat（或 iphone、android、desktop…；?as=off 結束）",
    }
    SERVE_STOPPING {
        en: "stopping",
        zh_hans: "正在停止",
        zh_hant: "正在停止",
    }
    SERVE_WHICH {
        en: "{sites} in `{dir}/` ({names}): name the one to serve, e.g. `hutong serve {first}`",
        zh_hans: "`{dir}/` 里有{sites}（{names}）：请写出要预览哪一个，例如 `hutong serve {first}`",
        zh_hant: "`{dir}/` 裡有{sites}（{names}）：請寫出要預覽哪一個，例如 `hutong serve {first}`",
    }
    SERVE_BUILT {
        en: "built {slug} in {ms} ms: {pages}, {codes}",
        zh_hans: "已生成 {slug}，用时 {ms} 毫秒：{pages}、{codes}",
        zh_hant: "已產生 {slug}，耗時 {ms} 毫秒：{pages}、{codes}",
    }
    SERVE_REBUILT {
        en: "rebuilt {slug} in {ms} ms: {pages}, {codes}",
        zh_hans: "已重新生成 {slug}，用时 {ms} 毫秒：{pages}、{codes}",
        zh_hant: "已重新產生 {slug}，耗時 {ms} 毫秒：{pages}、{codes}",
    }
    SERVE_ALSO {
        en: ", {what}",
        zh_hans: "、{what}",
        zh_hant: "、{what}",
    }
    SERVE_FAILED {
        en: "the build failed: the page shows these errors over the last good build; fix them and save",
        zh_hans: "生成失败：页面上会在上一次成功的结果之上显示这些错误；改好后保存即可",
        zh_hant: "產生失敗：頁面上會在上一次成功的結果之上顯示這些錯誤；改好後儲存即可",
    }
    SERVE_CHANGED {
        en: "{name} changed: ",
        zh_hans: "{name} 有改动：",
        zh_hant: "{name} 有變更：",
    }
    SERVE_CHANGED_MORE {
        en: "{name} and {others} changed: ",
        zh_hans: "{name} 和{others}有改动：",
        zh_hant: "{name} 和{others}有變更：",
    }
    SERVE_WATCH_ERROR {
        en: "watching for changes: {why}",
        zh_hans: "监视文件改动时出错：{why}",
        zh_hant: "監視檔案變更時出錯：{why}",
    }
    SERVE_NO_BROWSER {
        en: "cannot open a browser ({why}); open {url} yourself",
        zh_hans: "无法打开浏览器（{why}）；请自己打开 {url}",
        zh_hant: "無法開啟瀏覽器（{why}）；請自行開啟 {url}",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_text_has_three_languages_with_the_same_placeholders() {
        for (name, text) in ALL {
            let mut english = hutong::lang::placeholders(text.en);
            // `{s}` is the English plural's; Chinese has none.
            english.retain(|p| *p != "s");
            for lang in [Lang::ZhHans, Lang::ZhHant] {
                let chinese = text.get(lang);
                assert!(!chinese.trim().is_empty(), "{name}: no {lang:?}");
                assert_eq!(
                    hutong::lang::placeholders(chinese),
                    english,
                    "{name}: {lang:?}"
                );
                assert!(
                    !chinese.is_ascii() || chinese.eq_ignore_ascii_case(text.en),
                    "{name}: {lang:?} looks untranslated"
                );
            }
        }
    }

    #[test]
    fn counts_are_plural_in_english_and_spaced_in_chinese() {
        assert_eq!(count(Lang::En, &SITES, 1), "1 site");
        assert_eq!(count(Lang::En, &SITES, 3), "3 sites");
        assert_eq!(count(Lang::ZhHans, &SITES, 3), "3 个网站");
        assert_eq!(count(Lang::ZhHant, &QR_CODES, 1), "1 個 QR 碼");
        assert_eq!(count(Lang::ZhHans, &OTHER_FILES, 2), "另外 2 个文件");
    }
}
