//! Every text a diagnostic can show, in English, Simplified and Traditional Chinese.
//!
//! Takes a message, a language and the values of its `{placeholders}`; gives the text.
//! Each entry is a [`Text`] (the one three-language type, filled by `lang`'s rules) with
//! a stable `code`; for a diagnostic message it is the diagnostic's code (`unknown-key`),
//! which the JSON report carries, so tools can match on it whatever the language. Hints
//! and the words that messages are built from (`in an account`, `a list`) live in the
//! same table, so a test can check that every entry has all three languages and the
//! same placeholders.
//!
//! Keys, values and commands stay untranslated, in backticks. This module does not
//! decide which language to use: the caller passes it (see `profile::parse_with`).

use std::fmt::Write as _;

use crate::Lang;
use crate::lang::Text;

/// One entry of the catalogue: a [`Text`] and the stable code it is known by.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Msg {
    /// Stable identifier; for diagnostic messages it is the diagnostic's code.
    pub code: &'static str,
    pub text: Text,
}

impl Msg {
    /// The template in `lang`.
    pub fn get(&self, lang: Lang) -> &'static str {
        self.text.get(lang)
    }

    /// The text in `lang` with its placeholders filled from `args` (see [`Text::fill`]:
    /// in Chinese, Latin values are spaced from Han characters).
    pub fn fill(&self, lang: Lang, args: &[(&str, &str)]) -> String {
        self.text.fill(lang, args)
    }

    /// The text in `lang`, for messages without placeholders.
    pub fn text(&self, lang: Lang) -> String {
        self.get(lang).to_owned()
    }
}

/// `` `a` ``, `` `a` or `b` ``, `` `a`, `b` or `c` `` (in Chinese `、` and 或), each
/// name in backticks.
pub fn or_list(lang: Lang, names: &[&str]) -> String {
    let quoted: Vec<String> = names.iter().map(|n| format!("`{n}`")).collect();
    join(lang, &quoted, &LIST_OR)
}

/// `a`, `a and b`, `a, b and c` (in Chinese `、` and 和), without backticks.
pub fn and_list(lang: Lang, names: &[&str]) -> String {
    let names: Vec<String> = names.iter().map(|n| (*n).to_owned()).collect();
    join(lang, &names, &LIST_AND)
}

fn join(lang: Lang, items: &[String], word: &Msg) -> String {
    let comma = if lang == Lang::En { ", " } else { "、" };
    match items.split_last() {
        None => String::new(),
        Some((last, [])) => last.clone(),
        Some((last, rest)) => {
            let mut out = rest.join(comma);
            let _ = write!(out, "{}{last}", word.get(lang));
            out
        }
    }
}

/// Defines each message as a constant and [`ALL`], the list the tests check.
macro_rules! messages {
    ($($(#[$doc:meta])* $name:ident = $code:literal {
        en: $en:literal,
        zh_hans: $hans:literal,
        zh_hant: $hant:literal $(,)?
    })*) => {
        $(
            $(#[$doc])*
            pub const $name: Msg = Msg {
                code: $code,
                text: Text { en: $en, zh_hans: $hans, zh_hant: $hant },
            };
        )*
        /// Every message, hint and word of the table.
        pub const ALL: &[&Msg] = &[$(&$name),*];
    };
}

messages! {
    // ---- The words of a rendered diagnostic ----------------------------------------
    LABEL_ERROR = "label-error" { en: "error: ", zh_hans: "错误：", zh_hant: "錯誤：" }
    LABEL_WARNING = "label-warning" { en: "warning: ", zh_hans: "警告：", zh_hant: "警告：" }
    LABEL_NOTE = "label-note" { en: "note: ", zh_hans: "说明：", zh_hant: "說明：" }
    LABEL_HINT = "label-hint" { en: "hint: ", zh_hans: "提示：", zh_hant: "提示：" }
    LIST_OR = "list-or" { en: " or ", zh_hans: " 或 ", zh_hant: " 或 " }
    LIST_AND = "list-and" { en: " and ", zh_hans: "和", zh_hant: "和" }
    /// After a batch: a kind of warning shown for the first few sites only.
    DIGEST_MORE_SITES = "digest-more-sites" {
        en: "…and {count} more sites like this [{code}], e.g. {message} (`--verbose` lists them)",
        zh_hans: "……还有 {count} 个站点同样如此 [{code}]，例如：{message}（加 `--verbose` 全部列出）",
        zh_hant: "……還有 {count} 個網站同樣如此 [{code}]，例如：{message}（加 `--verbose` 全部列出）",
    }

    // ---- Where a key is, and what a value is ----------------------------------------
    IN_PROFILE = "in-profile" { en: "the profile", zh_hans: "site.yaml", zh_hant: "site.yaml" }
    IN_ACCOUNT = "in-account" { en: "an account", zh_hans: "账号", zh_hant: "帳號" }
    IN_THEME = "in-theme" { en: "`theme`", zh_hans: "`theme`", zh_hant: "`theme`" }
    IN_FILING = "in-filing" { en: "`filing`", zh_hans: "`filing`", zh_hant: "`filing`" }
    KIND_NOTHING = "kind-nothing" { en: "empty", zh_hans: "空的", zh_hant: "空的" }
    KIND_VALUE = "kind-value" { en: "a single value", zh_hans: "单个值", zh_hant: "單一值" }
    KIND_LIST = "kind-list" { en: "a list", zh_hans: "列表", zh_hant: "清單" }
    KIND_MAP = "kind-map" {
        en: "indented `key: value` lines",
        zh_hans: "缩进的 `key: value` 行",
        zh_hant: "縮排的 `key: value` 行",
    }

    // ---- YAML syntax ----------------------------------------------------------------
    YAML_TAB = "yaml-tab" {
        en: "YAML does not allow tabs here",
        zh_hans: "YAML 不允许在这里用 Tab",
        zh_hant: "YAML 不允許在這裡用 Tab",
    }
    HINT_TAB = "hint-tab" {
        en: "replace the tab with spaces (two per indentation level, like the lines above)",
        zh_hans: "把 Tab 换成空格（每一层缩进两个空格，和上面的行一样）",
        zh_hant: "把 Tab 換成空格（每一層縮排兩個空格，和上面的行一樣）",
    }
    YAML_UNCLOSED_QUOTE = "yaml-unclosed-quote" {
        en: "the quote opened here is never closed",
        zh_hans: "这里开始的引号没有结束",
        zh_hant: "這裡開始的引號沒有結束",
    }
    HINT_CLOSE_QUOTE = "hint-close-quote" {
        en: "end the value with {quote} on the same line, e.g. {example}",
        zh_hans: "在同一行的值末尾加上 {quote}，例如 {example}",
        zh_hant: "在同一行的值結尾加上 {quote}，例如 {example}",
    }
    YAML_UNCLOSED_BRACKET = "yaml-unclosed-bracket" {
        en: "the `{open}` opened here is never closed",
        zh_hans: "这里开始的 `{open}` 没有闭合",
        zh_hant: "這裡開始的 `{open}` 沒有閉合",
    }
    HINT_BRACKET_QUOTE = "hint-bracket-quote" {
        en: "a value starting with `{open}` is not read as text: put the whole value in quotes, e.g. {example}",
        zh_hans: "以 `{open}` 开头的值不会被当作文字：把整个值放进引号里，例如 {example}",
        zh_hant: "以 `{open}` 開頭的值不會被當作文字：把整個值放進引號裡，例如 {example}",
    }
    YAML_FLOW_NOT_TEXT = "yaml-flow-not-text" {
        en: "a value starting with `{open}` is not read as text",
        zh_hans: "以 `{open}` 开头的值不会被当作文字",
        zh_hant: "以 `{open}` 開頭的值不會被當作文字",
    }
    YAML_STRAY_BRACKET = "yaml-stray-bracket" {
        en: "this `{close}` has no matching opening bracket",
        zh_hans: "这个 `{close}` 没有对应的开括号",
        zh_hant: "這個 `{close}` 沒有對應的開括號",
    }
    HINT_QUOTE_VALUE = "hint-quote-value" {
        en: "put the whole value in quotes, e.g. {example}",
        zh_hans: "把整个值放进引号里，例如 {example}",
        zh_hant: "把整個值放進引號裡，例如 {example}",
    }
    YAML_AFTER_QUOTE = "yaml-after-quote" {
        en: "there is more text after the closing quote",
        zh_hans: "结束的引号后面还有文字",
        zh_hant: "結束的引號後面還有文字",
    }
    HINT_OTHER_QUOTES = "hint-other-quotes" {
        en: "put the whole value in the other kind of quotes, e.g. {example}",
        zh_hans: "换另一种引号把整个值括起来，例如 {example}",
        zh_hant: "換另一種引號把整個值括起來，例如 {example}",
    }
    YAML_COLON_IN_VALUE = "yaml-colon-in-value" {
        en: "the value of `{key}` contains `: `, which YAML reads as the start of another key",
        zh_hans: "`{key}` 的值里有 `: `，YAML 会把它当成另一个键的开头",
        zh_hant: "`{key}` 的值裡有 `: `，YAML 會把它當成另一個鍵的開頭",
    }
    YAML_INDENTED_UNDER_VALUE = "yaml-indented-under-value" {
        en: "this line is indented under `{key}`, which already has a value",
        zh_hans: "这一行缩进在 `{key}` 下面，但 `{key}` 已经有值了",
        zh_hant: "這一行縮排在 `{key}` 下面，但 `{key}` 已經有值了",
    }
    HINT_REMOVE_INDENT = "hint-remove-indent" {
        en: "remove the extra spaces: start `{this}` in the same column as `{key}` on line {line}",
        zh_hans: "删掉多余的空格：让 `{this}` 和第 {line} 行的 `{key}` 对齐",
        zh_hant: "刪掉多餘的空格：讓 `{this}` 和第 {line} 行的 `{key}` 對齊",
    }
    YAML_NOT_KEY_VALUE = "yaml-not-key-value" {
        en: "line {line} is not a `key: value` line",
        zh_hans: "第 {line} 行不是 `key: value` 的格式",
        zh_hant: "第 {line} 行不是 `key: value` 的格式",
    }
    HINT_SPACE_AFTER_COLON = "hint-space-after-colon" {
        en: "put a space after the colon: `{fixed}`",
        zh_hans: "在冒号后面加一个空格：`{fixed}`",
        zh_hant: "在冒號後面加一個空格：`{fixed}`",
    }
    HINT_ASCII_COLON = "hint-ascii-colon" {
        en: "write the colon as `:` followed by a space, not the full-width `：`: `{fixed}`",
        zh_hans: "冒号要用半角的 `:` 加一个空格，不能用全角的 `：`：`{fixed}`",
        zh_hant: "冒號要用半形的 `:` 加一個空格，不能用全形的 `：`：`{fixed}`",
    }
    HINT_WRITE_KEY_VALUE = "hint-write-key-value" {
        en: "write it as `key: value`, or delete the line",
        zh_hans: "写成 `key: value` 的形式，或者删掉这一行",
        zh_hant: "寫成 `key: value` 的形式，或者刪掉這一行",
    }
    YAML_BAD_INDENT = "yaml-bad-indent" {
        en: "the indentation of this line does not match the lines above",
        zh_hans: "这一行的缩进和上面的行对不上",
        zh_hant: "這一行的縮排和上面的行對不上",
    }
    HINT_ALIGN_WITH = "hint-align-with" {
        en: "start it in the same column as `{other}` on line {line}",
        zh_hans: "让它和第 {line} 行的 `{other}` 对齐",
        zh_hant: "讓它和第 {line} 行的 `{other}` 對齊",
    }
    HINT_INDENT_LEVELS = "hint-indent-levels" {
        en: "indent each line with as many spaces as the other lines at its level",
        zh_hans: "同一层的行要用同样多的空格缩进",
        zh_hant: "同一層的行要用同樣多的空格縮排",
    }
    YAML_ITEM_WITHOUT_KEY = "yaml-item-without-key" {
        en: "this list item (`- …`) does not belong to any key",
        zh_hans: "这个列表项（`- …`）不属于任何键",
        zh_hant: "這個清單項目（`- …`）不屬於任何鍵",
    }
    HINT_ITEM_UNDER_KEY = "hint-item-under-key" {
        en: "put it under a key that has nothing after its colon, such as `accounts:`, indented by two spaces",
        zh_hans: "把它放到冒号后面没有值的键下面（例如 `accounts:`），并缩进两个空格",
        zh_hant: "把它放到冒號後面沒有值的鍵下面（例如 `accounts:`），並縮排兩個空格",
    }
    YAML_NOT_AN_ITEM = "yaml-not-an-item" {
        en: "this line is at the level of the list items above, but does not start with `- `",
        zh_hans: "这一行和上面的列表项在同一层，却没有以 `- ` 开头",
        zh_hant: "這一行和上面的清單項目在同一層，卻沒有以 `- ` 開頭",
    }
    HINT_MAKE_ITEM = "hint-make-item" {
        en: "start it with `- ` to make it a new item, or indent it under the item it belongs to",
        zh_hans: "在开头加上 `- ` 变成新的一项，或者把它缩进到所属的那一项下面",
        zh_hant: "在開頭加上 `- ` 變成新的一項，或者把它縮排到所屬的那一項下面",
    }
    YAML_UNKNOWN_ANCHOR = "yaml-unknown-anchor" {
        en: "`*{name}` refers to an anchor `&{name}` that is not defined above it",
        zh_hans: "`*{name}` 引用的锚点 `&{name}` 在它上面没有定义",
        zh_hant: "`*{name}` 參照的錨點 `&{name}` 在它上面沒有定義",
    }
    HINT_UNKNOWN_ANCHOR = "hint-unknown-anchor" {
        en: "to write text that starts with `*`, put it in quotes, e.g. {example}; to reuse a value, mark it with `&{name}` before using `*{name}`",
        zh_hans: "要写以 `*` 开头的文字，请加引号，例如 {example}；要重复使用某个值，先用 `&{name}` 标记它，再写 `*{name}`",
        zh_hant: "要寫以 `*` 開頭的文字，請加引號，例如 {example}；要重複使用某個值，先用 `&{name}` 標記它，再寫 `*{name}`",
    }
    YAML_RESERVED_START = "yaml-reserved-start" {
        en: "a value cannot start with `{char}`",
        zh_hans: "值不能以 `{char}` 开头",
        zh_hant: "值不能以 `{char}` 開頭",
    }
    YAML_BAD_ESCAPE = "yaml-bad-escape" {
        en: "inside double quotes a backslash starts an escape, and this one is not valid",
        zh_hans: "双引号里的反斜杠表示转义，这个转义无效",
        zh_hant: "雙引號裡的反斜線表示跳脫，這個跳脫無效",
    }
    HINT_BAD_ESCAPE = "hint-bad-escape" {
        en: "write `\\\\` for a backslash, or use single quotes instead, e.g. {example}",
        zh_hans: "反斜杠请写成 `\\\\`，或者改用单引号，例如 {example}",
        zh_hant: "反斜線請寫成 `\\\\`，或者改用單引號，例如 {example}",
    }
    YAML_SURROGATE = "yaml-surrogate" {
        en: "this `\\u` escape is half of a surrogate pair, which is not a character",
        zh_hans: "这个 `\\u` 转义只是代理对（surrogate）的一半，不是字符",
        zh_hant: "這個 `\\u` 跳脫只是代理對（surrogate）的一半，不是字元",
    }
    HINT_WRITE_CHARACTER = "hint-write-character" {
        en: "write the character itself instead of its escape",
        zh_hans: "直接写出这个字符，不要用转义",
        zh_hant: "直接寫出這個字元，不要用跳脫",
    }
    YAML_TWO_DOCUMENTS = "yaml-two-documents" {
        en: "the file holds more than one YAML document",
        zh_hans: "文件里有不止一个 YAML 文档",
        zh_hant: "檔案裡有不只一個 YAML 文件",
    }
    HINT_TWO_DOCUMENTS = "hint-two-documents" {
        en: "remove the `---` line and everything after it, or merge the two parts into one",
        zh_hans: "删掉 `---` 这一行和它后面的内容，或者把两部分合并成一个",
        zh_hant: "刪掉 `---` 這一行和它後面的內容，或者把兩部分合併成一個",
    }
    YAML_ENDED = "yaml-ended" {
        en: "the YAML ended unexpectedly",
        zh_hans: "YAML 意外地结束了",
        zh_hant: "YAML 意外地結束了",
    }
    HINT_CHECK_END = "hint-check-end" {
        en: "check the last lines of the file",
        zh_hans: "检查文件最后几行",
        zh_hant: "檢查檔案最後幾行",
    }
    YAML_TOO_MANY_NODES = "yaml-too-many-nodes" {
        en: "the YAML expands to more than {max} values (anchors and aliases included)",
        zh_hans: "这份 YAML 展开后超过 {max} 个值（包括锚点和别名）",
        zh_hant: "這份 YAML 展開後超過 {max} 個值（包括錨點和別名）",
    }
    HINT_TOO_MANY_NODES = "hint-too-many-nodes" {
        en: "a site profile is far smaller; repeated aliases (`*name`) may be multiplying one another",
        zh_hans: "网站的 site.yaml 远没有这么大；可能是重复的别名（`*name`）在层层相乘",
        zh_hant: "網站的 site.yaml 遠沒有這麼大；可能是重複的別名（`*name`）在層層相乘",
    }
    YAML_TOO_DEEP = "yaml-too-deep" {
        en: "the YAML nests deeper than {max} levels",
        zh_hans: "这份 YAML 嵌套超过 {max} 层",
        zh_hant: "這份 YAML 巢狀超過 {max} 層",
    }
    HINT_TOO_DEEP = "hint-too-deep" {
        en: "a site profile needs only a few levels; check the brackets and indentation",
        zh_hans: "site.yaml 只需要几层；检查括号和缩进",
        zh_hant: "site.yaml 只需要幾層；檢查括號和縮排",
    }
    YAML_OTHER = "yaml-other" {
        en: "this is not valid YAML ({detail})",
        zh_hans: "这里不是有效的 YAML（{detail}）",
        zh_hant: "這裡不是有效的 YAML（{detail}）",
    }
    HINT_YAML_OTHER = "hint-yaml-other" {
        en: "check the indentation and quotes around here; text with `#` or `: `, or starting with `*`, `&`, `!`, `@`, `[` or `{`, must be in quotes",
        zh_hans: "检查这附近的缩进和引号；含有 `#`、`: `，或以 `*`、`&`、`!`、`@`、`[`、`{` 开头的文字必须加引号",
        zh_hant: "檢查這附近的縮排和引號；含有 `#`、`: `，或以 `*`、`&`、`!`、`@`、`[`、`{` 開頭的文字必須加引號",
    }

    // ---- The profile file -------------------------------------------------------------
    SLUG_INVALID = "slug-invalid" {
        en: "the folder name `{slug}` cannot be a site's slug (it becomes part of the address)",
        zh_hans: "文件夹名 `{slug}` 不能用作网站的 slug（它会成为网址的一部分）",
        zh_hant: "資料夾名稱 `{slug}` 不能當作網站的 slug（它會成為網址的一部分）",
    }
    HINT_SLUG_RULES = "hint-slug-rules" {
        en: "rename the folder: lowercase letters a-z, digits and `-`, starting with a letter or digit, at most 63 characters",
        zh_hans: "把文件夹改名：只用小写字母 a-z、数字和 `-`，以字母或数字开头，最多 63 个字符",
        zh_hant: "把資料夾改名：只用小寫字母 a-z、數字和 `-`，以字母或數字開頭，最多 63 個字元",
    }
    HINT_SLUG_RENAME = "hint-slug-rename" {
        en: "rename the folder, e.g. to `{slug}`: lowercase letters a-z, digits and `-` only",
        zh_hans: "把文件夹改名，例如改成 `{slug}`：只用小写字母 a-z、数字和 `-`",
        zh_hant: "把資料夾改名，例如改成 `{slug}`：只用小寫字母 a-z、數字和 `-`",
    }
    PROFILE_TOO_BIG = "profile-too-big" {
        en: "the profile is {len} bytes, over the limit of {max} bytes (1 MiB)",
        zh_hans: "site.yaml 有 {len} 字节，超过了 {max} 字节（1 MiB）的上限",
        zh_hant: "site.yaml 有 {len} 位元組，超過了 {max} 位元組（1 MiB）的上限",
    }
    HINT_PROFILE_TOO_BIG = "hint-profile-too-big" {
        en: "a profile holds text only; images belong in files beside it",
        zh_hans: "site.yaml 里只放文字；图片请存成它旁边的文件",
        zh_hant: "site.yaml 裡只放文字；圖片請存成它旁邊的檔案",
    }
    PROFILE_NOT_FILE = "profile-not-file" {
        en: "site.yaml is not a regular file",
        zh_hans: "site.yaml 不是普通文件",
        zh_hant: "site.yaml 不是一般檔案",
    }
    HINT_PROFILE_NOT_FILE = "hint-profile-not-file" {
        en: "site.yaml must be a plain text file",
        zh_hans: "site.yaml 必须是纯文本文件",
        zh_hant: "site.yaml 必須是純文字檔",
    }
    PROFILE_MISSING = "profile-missing" {
        en: "this folder has no site.yaml",
        zh_hans: "这个文件夹里没有 site.yaml",
        zh_hant: "這個資料夾裡沒有 site.yaml",
    }
    HINT_PROFILE_MISSING = "hint-profile-missing" {
        en: "create it with `hutong new {slug}`, or check the folder name",
        zh_hans: "用 `hutong new {slug}` 创建它，或者检查文件夹名",
        zh_hant: "用 `hutong new {slug}` 建立它，或者檢查資料夾名稱",
    }
    PROFILE_UNREADABLE = "profile-unreadable" {
        en: "cannot read the profile: {reason}",
        zh_hans: "无法读取 site.yaml：{reason}",
        zh_hant: "無法讀取 site.yaml：{reason}",
    }
    HINT_PERMISSIONS = "hint-permissions" {
        en: "check the file's permissions",
        zh_hans: "检查文件的权限",
        zh_hant: "檢查檔案的權限",
    }
    PROFILE_OUTSIDE = "profile-outside" {
        en: "site.yaml leads outside the site's folder, to `{target}`",
        zh_hans: "site.yaml 指向了网站文件夹之外的 `{target}`",
        zh_hant: "site.yaml 指向了網站資料夾之外的 `{target}`",
    }
    HINT_PROFILE_OUTSIDE = "hint-profile-outside" {
        en: "copy the profile into the site's folder instead of linking to it",
        zh_hans: "把 site.yaml 复制到网站文件夹里，不要用链接",
        zh_hant: "把 site.yaml 複製到網站資料夾裡，不要用連結",
    }
    NOT_UTF8 = "not-utf8" {
        en: "the profile is not valid UTF-8 text",
        zh_hans: "site.yaml 不是有效的 UTF-8 文本",
        zh_hant: "site.yaml 不是有效的 UTF-8 文字",
    }
    HINT_NOT_UTF8 = "hint-not-utf8" {
        en: "save the file as UTF-8 (most editors offer it under \"Save with encoding\")",
        zh_hans: "把文件存成 UTF-8 编码（多数编辑器在“另存为”或“编码”菜单里）",
        zh_hant: "把檔案存成 UTF-8 編碼（多數編輯器在「另存新檔」或「編碼」選單裡）",
    }
    PROFILE_EMPTY = "profile-empty" {
        en: "the profile is empty",
        zh_hans: "site.yaml 是空的",
        zh_hant: "site.yaml 是空的",
    }
    HINT_PROFILE_EMPTY = "hint-profile-empty" {
        en: "start from `hutong new <slug>`, or write at least `name:`, `base_url:` and `accounts:`",
        zh_hans: "用 `hutong new <slug>` 生成一份，或者至少写上 `name:`、`base_url:` 和 `accounts:`",
        zh_hant: "用 `hutong new <slug>` 產生一份，或者至少寫上 `name:`、`base_url:` 和 `accounts:`",
    }
    MORE_PROBLEMS = "more-problems" {
        en: "… and {count} more problems in this file",
        zh_hans: "……这个文件里还有 {count} 个问题",
        zh_hant: "……這個檔案裡還有 {count} 個問題",
    }
    HINT_MORE_PROBLEMS = "hint-more-problems" {
        en: "fix the ones above, then run `hutong check` again",
        zh_hans: "先修正上面这些，再运行一次 `hutong check`",
        zh_hant: "先修正上面這些，再執行一次 `hutong check`",
    }

    // ---- Keys and values --------------------------------------------------------------
    NOT_KEY_VALUE_LINES = "not-key-value-lines" {
        en: "{what} must be indented `key: value` lines, but this is {kind}",
        zh_hans: "{what}应该是缩进的 `key: value` 行，但这里是{kind}",
        zh_hant: "{what}應該是縮排的 `key: value` 行，但這裡是{kind}",
    }
    HINT_KEY_LINES = "hint-key-lines" {
        en: "write lines like `{key}: …` indented under it",
        zh_hans: "在它下面缩进写上 `{key}: …` 这样的行",
        zh_hant: "在它下面縮排寫上 `{key}: …` 這樣的行",
    }
    HINT_THEME_LINES = "hint-theme-lines" {
        en: "write `theme:` on its own line and `  {key}: {value}` indented under it",
        zh_hans: "`theme:` 单独写一行，在它下面缩进写 `  {key}: {value}`",
        zh_hant: "`theme:` 單獨寫一行，在它下面縮排寫 `  {key}: {value}`",
    }
    HINT_ACCOUNT_LINES = "hint-account-lines" {
        en: "write `- {key}: {value}` and put the account's other lines under it",
        zh_hans: "写成 `- {key}: {value}`，账号的其他行写在它下面",
        zh_hant: "寫成 `- {key}: {value}`，帳號的其他行寫在它下面",
    }
    KEY_NOT_NAME = "key-not-name" {
        en: "a key in {what} must be a plain name, but this is {kind}",
        zh_hans: "{what}里的键必须是简单的名字，但这里是{kind}",
        zh_hant: "{what}裡的鍵必須是簡單的名字，但這裡是{kind}",
    }
    HINT_KEY_NAMES = "hint-key-names" {
        en: "keys are names like `name` or `id`",
        zh_hans: "键是 `name`、`id` 这样的名字",
        zh_hant: "鍵是 `name`、`id` 這樣的名字",
    }
    UNKNOWN_KEY = "unknown-key" {
        en: "unknown key `{key}` in {what}",
        zh_hans: "{what}里有未知的键 `{key}`",
        zh_hant: "{what}裡有未知的鍵 `{key}`",
    }
    HINT_DID_YOU_MEAN = "hint-did-you-mean" {
        en: "did you mean {name}?",
        zh_hans: "是不是想写 {name}？",
        zh_hant: "是不是想寫 {name}？",
    }
    HINT_KEYS_ARE = "hint-keys-are" {
        en: "the keys of {what} are {keys}",
        zh_hans: "{what}的键有 {keys}",
        zh_hant: "{what}的鍵有 {keys}",
    }
    HINT_KEY_BELONGS = "hint-key-belongs" {
        en: "`{key}` belongs {under}",
        zh_hans: "`{key}` 应该写在{under}",
        zh_hant: "`{key}` 應該寫在{under}",
    }
    UNDER_ACCOUNT = "under-account" {
        en: "to an account: put it under `accounts:`, in an item that starts with `- `",
        zh_hans: "账号里：放到 `accounts:` 下面以 `- ` 开头的一项中",
        zh_hant: "帳號裡：放到 `accounts:` 下面以 `- ` 開頭的一項中",
    }
    UNDER_THEME = "under-theme" {
        en: "under `theme:`, indented by two spaces",
        zh_hans: "`theme:` 下面，缩进两个空格",
        zh_hant: "`theme:` 下面，縮排兩個空格",
    }
    UNDER_FILING = "under-filing" {
        en: "under `filing:`, indented by two spaces",
        zh_hans: "`filing:` 下面，缩进两个空格",
        zh_hant: "`filing:` 下面，縮排兩個空格",
    }
    UNDER_TOP = "under-top" {
        en: "at the top level of the profile, not indented",
        zh_hans: "site.yaml 的最外层，不要缩进",
        zh_hant: "site.yaml 的最外層，不要縮排",
    }
    DUPLICATE_KEY = "duplicate-key" {
        en: "the key `{key}` appears twice in {what}",
        zh_hans: "{what}里的键 `{key}` 出现了两次",
        zh_hant: "{what}裡的鍵 `{key}` 出現了兩次",
    }
    HINT_DUPLICATE_KEY = "hint-duplicate-key" {
        en: "`{key}` is already set on line {line}: keep one of them",
        zh_hans: "第 {line} 行已经写过 `{key}`：只保留一个",
        zh_hant: "第 {line} 行已經寫過 `{key}`：只保留一個",
    }
    NOT_TEXT = "not-text" {
        en: "`{key}` must be text, but this is {kind}",
        zh_hans: "`{key}` 应该是文字，但这里是{kind}",
        zh_hant: "`{key}` 應該是文字，但這裡是{kind}",
    }
    HINT_SAME_LINE = "hint-same-line" {
        en: "write the value on the same line: `{key}: …`",
        zh_hans: "把值写在同一行：`{key}: …`",
        zh_hant: "把值寫在同一行：`{key}: …`",
    }
    EMPTY_VALUE = "empty-value" {
        en: "`{key}` is empty",
        zh_hans: "`{key}` 是空的",
        zh_hant: "`{key}` 是空的",
    }
    HINT_EMPTY_VALUE = "hint-empty-value" {
        en: "write a value, or remove the `{key}` line",
        zh_hans: "写上一个值，或者删掉 `{key}` 这一行",
        zh_hant: "寫上一個值，或者刪掉 `{key}` 這一行",
    }
    TOO_LONG = "too-long" {
        en: "`{key}` is {count} characters long, over the limit of {max}",
        zh_hans: "`{key}` 有 {count} 个字符，超过了 {max} 个的上限",
        zh_hant: "`{key}` 有 {count} 個字元，超過了 {max} 個的上限",
    }
    HINT_SHORTEN = "hint-shorten" {
        en: "shorten it to at most {max} characters",
        zh_hans: "把它缩短到 {max} 个字符以内",
        zh_hant: "把它縮短到 {max} 個字元以內",
    }
    NOT_ONE_LINE = "not-one-line" {
        en: "`{key}` must be a single line",
        zh_hans: "`{key}` 只能有一行",
        zh_hant: "`{key}` 只能有一行",
    }
    HINT_JOIN_LINES = "hint-join-lines" {
        en: "join the lines into one",
        zh_hans: "把这几行合成一行",
        zh_hant: "把這幾行合成一行",
    }
    CONTROL_CHARACTER = "control-character" {
        en: "`{key}` contains the invisible control character {code}",
        zh_hans: "`{key}` 里有看不见的控制字符 {code}",
        zh_hant: "`{key}` 裡有看不見的控制字元 {code}",
    }
    HINT_CONTROL_CHARACTER = "hint-control-character" {
        en: "remove it (it often comes from copying text out of an app)",
        zh_hans: "删掉它（它常常是从 App 里复制文字时带进来的）",
        zh_hant: "刪掉它（它常常是從 App 裡複製文字時帶進來的）",
    }
    NONCHARACTER = "noncharacter" {
        en: "`{key}` contains {code}, which is not a character",
        zh_hans: "`{key}` 里有 {code}，它不是字符",
        zh_hant: "`{key}` 裡有 {code}，它不是字元",
    }
    HINT_NONCHARACTER = "hint-noncharacter" {
        en: "remove it (it often comes from a broken copy or a wrong encoding)",
        zh_hans: "删掉它（它常常来自出错的复制或错误的编码）",
        zh_hant: "刪掉它（它常常來自出錯的複製或錯誤的編碼）",
    }
    NOT_BOOLEAN = "not-boolean" {
        en: "`{key}` must be `true` or `false`",
        zh_hans: "`{key}` 只能是 `true` 或 `false`",
        zh_hant: "`{key}` 只能是 `true` 或 `false`",
    }
    HINT_BOOLEAN = "hint-boolean" {
        en: "write `{key}: true`, or remove the line",
        zh_hans: "写成 `{key}: true`，或者删掉这一行",
        zh_hant: "寫成 `{key}: true`，或者刪掉這一行",
    }
    MISSING_KEY = "missing-key" {
        en: "the profile has no `{key}`",
        zh_hans: "site.yaml 里缺少 `{key}`",
        zh_hant: "site.yaml 裡缺少 `{key}`",
    }
    HINT_ADD_NAME = "hint-add-name" {
        en: "add a line like `name: 林小满` (1-80 characters)",
        zh_hans: "加上一行，例如 `name: 林小满`（1-80 个字符）",
        zh_hant: "加上一行，例如 `name: 林小滿`（1-80 個字元）",
    }
    HINT_ADD_BASE_URL = "hint-add-base-url" {
        en: "add the address where the site will be served, e.g. `base_url: https://xiaoman.example.com/`",
        zh_hans: "加上网站将来的网址，例如 `base_url: https://xiaoman.example.com/`",
        zh_hant: "加上網站將來的網址，例如 `base_url: https://xiaoman.example.com/`",
    }
    HINT_ADD_ACCOUNTS = "hint-add-accounts" {
        en: "add `accounts:` with at least one account, e.g.\n    accounts:\n      - platform: bilibili\n        id: \"12345678\"",
        zh_hans: "加上 `accounts:` 和至少一个账号，例如\n    accounts:\n      - platform: bilibili\n        id: \"12345678\"",
        zh_hant: "加上 `accounts:` 和至少一個帳號，例如\n    accounts:\n      - platform: bilibili\n        id: \"12345678\"",
    }

    // ---- Top-level values -------------------------------------------------------------
    UNKNOWN_LANG = "unknown-lang" {
        en: "unknown language `{lang}`",
        zh_hans: "未知的语言 `{lang}`",
        zh_hant: "未知的語言 `{lang}`",
    }
    HINT_LANG_HANS = "hint-lang-hans" {
        en: "for Simplified Chinese write `lang: zh-Hans`",
        zh_hans: "简体中文请写 `lang: zh-Hans`",
        zh_hant: "簡體中文請寫 `lang: zh-Hans`",
    }
    HINT_LANG_HANT = "hint-lang-hant" {
        en: "for Traditional Chinese write `lang: zh-Hant`",
        zh_hans: "繁体中文请写 `lang: zh-Hant`",
        zh_hant: "繁體中文請寫 `lang: zh-Hant`",
    }
    HINT_LANG_EN = "hint-lang-en" {
        en: "for English write `lang: en`",
        zh_hans: "英文请写 `lang: en`",
        zh_hant: "英文請寫 `lang: en`",
    }
    HINT_LANGS = "hint-langs" {
        en: "write `zh-Hans` (Simplified Chinese), `zh-Hant` (Traditional Chinese) or `en` (English)",
        zh_hans: "可以写 `zh-Hans`（简体中文）、`zh-Hant`（繁体中文）或 `en`（英文）",
        zh_hant: "可以寫 `zh-Hans`（簡體中文）、`zh-Hant`（繁體中文）或 `en`（英文）",
    }
    BASE_URL_NOT_FULL = "base-url-not-full" {
        en: "`{text}` is not a full web address",
        zh_hans: "`{text}` 不是完整的网址",
        zh_hant: "`{text}` 不是完整的網址",
    }
    BASE_URL_SCHEME = "base-url-scheme" {
        en: "`base_url` must start with https:// (or http://), not `{scheme}:`",
        zh_hans: "`base_url` 必须以 https://（或 http://）开头，不能是 `{scheme}:`",
        zh_hant: "`base_url` 必須以 https://（或 http://）開頭，不能是 `{scheme}:`",
    }
    BASE_URL_EXTRA = "base-url-extra" {
        en: "`base_url` must not have a query (`?…`), a fragment (`#…`) or a user name",
        zh_hans: "`base_url` 不能带查询（`?…`）、片段（`#…`）或用户名",
        zh_hant: "`base_url` 不能帶查詢（`?…`）、片段（`#…`）或使用者名稱",
    }
    HINT_BASE_URL_LIKE = "hint-base-url-like" {
        en: "write the full address with https:// in front, e.g. `base_url: {example}`",
        zh_hans: "写完整的网址，前面带 https://，例如 `base_url: {example}`",
        zh_hant: "寫完整的網址，前面帶 https://，例如 `base_url: {example}`",
    }
    HINT_BASE_URL = "hint-base-url" {
        en: "write the full address where the site will be served, e.g. `base_url: https://xiaoman.example.com/` or `base_url: https://name.github.io/site/`",
        zh_hans: "写网站将来的完整网址，例如 `base_url: https://xiaoman.example.com/` 或 `base_url: https://name.github.io/site/`",
        zh_hant: "寫網站將來的完整網址，例如 `base_url: https://xiaoman.example.com/` 或 `base_url: https://name.github.io/site/`",
    }
    AVATAR_IS_URL = "avatar-is-url" {
        en: "`avatar` must be a file in the site's folder, not a web address",
        zh_hans: "`avatar` 必须是网站文件夹里的文件，不能是网址",
        zh_hant: "`avatar` 必須是網站資料夾裡的檔案，不能是網址",
    }
    HINT_DOWNLOAD_AVATAR = "hint-download-avatar" {
        en: "download the image into the site's folder and give its file name, e.g. `avatar: avatar.jpg`",
        zh_hans: "把图片下载到网站文件夹里，再写上文件名，例如 `avatar: avatar.jpg`",
        zh_hant: "把圖片下載到網站資料夾裡，再寫上檔名，例如 `avatar: avatar.jpg`",
    }
    AVATAR_ABSOLUTE = "avatar-absolute" {
        en: "`avatar` must be a file name relative to site.yaml, not `{path}`",
        zh_hans: "`avatar` 必须是相对于 site.yaml 的文件名，不能是 `{path}`",
        zh_hant: "`avatar` 必須是相對於 site.yaml 的檔名，不能是 `{path}`",
    }
    AVATAR_LEAVES = "avatar-leaves-folder" {
        en: "`avatar` must stay inside the site's folder, but `{path}` leads out of it",
        zh_hans: "`avatar` 必须在网站文件夹里面，但 `{path}` 指向了外面",
        zh_hant: "`avatar` 必須在網站資料夾裡面，但 `{path}` 指向了外面",
    }
    HINT_AVATAR_BESIDE = "hint-avatar-beside" {
        en: "put the image beside site.yaml and give its file name, e.g. `avatar: {file}`",
        zh_hans: "把图片放在 site.yaml 旁边，再写上文件名，例如 `avatar: {file}`",
        zh_hant: "把圖片放在 site.yaml 旁邊，再寫上檔名，例如 `avatar: {file}`",
    }
    AVATAR_TYPE = "avatar-type" {
        en: "`{path}` is not an image type hutong accepts",
        zh_hans: "hutong 不支持 `{path}` 这种图片格式",
        zh_hant: "hutong 不支援 `{path}` 這種圖片格式",
    }
    HINT_AVATAR_TYPES = "hint-avatar-types" {
        en: "save it as one of: {types}",
        zh_hans: "把它存成以下格式之一：{types}",
        zh_hant: "把它存成以下格式之一：{types}",
    }
    AVATAR_MISSING = "avatar-missing" {
        en: "the avatar file `{path}` does not exist",
        zh_hans: "头像文件 `{path}` 不存在",
        zh_hant: "頭像檔案 `{path}` 不存在",
    }
    AVATAR_OUTSIDE = "avatar-outside" {
        en: "the avatar `{path}` leads outside the site's folder",
        zh_hans: "头像 `{path}` 指向了网站文件夹之外",
        zh_hant: "頭像 `{path}` 指向了網站資料夾之外",
    }
    HINT_COPY_AVATAR = "hint-copy-avatar" {
        en: "copy the image into the site's folder instead of linking to it",
        zh_hans: "把图片复制到网站文件夹里，不要用链接",
        zh_hant: "把圖片複製到網站資料夾裡，不要用連結",
    }
    AVATAR_UNREADABLE = "avatar-unreadable" {
        en: "cannot read the avatar `{path}`: {reason}",
        zh_hans: "无法读取头像 `{path}`：{reason}",
        zh_hant: "無法讀取頭像 `{path}`：{reason}",
    }
    AVATAR_NOT_FILE = "avatar-not-file" {
        en: "the avatar `{path}` is not a regular file",
        zh_hans: "头像 `{path}` 不是普通文件",
        zh_hant: "頭像 `{path}` 不是一般檔案",
    }
    HINT_AVATAR_FILE = "hint-avatar-file" {
        en: "give the name of an image file, e.g. `avatar: avatar.jpg`",
        zh_hans: "写上一个图片文件的名字，例如 `avatar: avatar.jpg`",
        zh_hant: "寫上一個圖片檔的名稱，例如 `avatar: avatar.jpg`",
    }
    AVATAR_TOO_BIG = "avatar-too-big" {
        en: "the avatar is {len} bytes, over the limit of {max} bytes (5 MiB)",
        zh_hans: "头像有 {len} 字节，超过了 {max} 字节（5 MiB）的上限",
        zh_hant: "頭像有 {len} 位元組，超過了 {max} 位元組（5 MiB）的上限",
    }
    HINT_AVATAR_RESIZE = "hint-avatar-resize" {
        en: "resize it: 512×512 pixels is plenty for a profile picture",
        zh_hans: "把它缩小：头像有 512×512 像素就足够了",
        zh_hant: "把它縮小：頭像有 512×512 像素就足夠了",
    }
    UNKNOWN_THEME_MODE = "unknown-theme-mode" {
        en: "unknown theme mode `{mode}`",
        zh_hans: "未知的主题模式 `{mode}`",
        zh_hant: "未知的主題模式 `{mode}`",
    }
    HINT_THEME_MODE_CLOSE = "hint-theme-mode-close" {
        en: "did you mean `{mode}`? (`auto` follows the visitor's system)",
        zh_hans: "是不是想写 `{mode}`？（`auto` 跟随访客的系统设置）",
        zh_hant: "是不是想寫 `{mode}`？（`auto` 跟隨訪客的系統設定）",
    }
    HINT_THEME_MODES = "hint-theme-modes" {
        en: "use `auto` (follows the visitor's system), `light` or `dark`",
        zh_hans: "可以用 `auto`（跟随访客的系统设置）、`light` 或 `dark`",
        zh_hant: "可以用 `auto`（跟隨訪客的系統設定）、`light` 或 `dark`",
    }
    BAD_COLOUR = "bad-colour" {
        en: "`{accent}` is not a colour hutong understands",
        zh_hans: "hutong 看不懂颜色 `{accent}`",
        zh_hant: "hutong 看不懂顏色 `{accent}`",
    }
    HINT_COLOUR = "hint-colour" {
        en: "write a hex colour in quotes, e.g. `accent: \"#e4572e\"` (without quotes YAML reads `#` as a comment)",
        zh_hans: "用引号写十六进制颜色，例如 `accent: \"#e4572e\"`（不加引号的话，YAML 会把 `#` 当作注释）",
        zh_hant: "用引號寫十六進位顏色，例如 `accent: \"#e4572e\"`（不加引號的話，YAML 會把 `#` 當作註解）",
    }

    // ---- Accounts ---------------------------------------------------------------------
    ACCOUNTS_NOT_LIST = "accounts-not-list" {
        en: "`accounts` must be a list, but this is {kind}",
        zh_hans: "`accounts` 应该是列表，但这里是{kind}",
        zh_hant: "`accounts` 應該是清單，但這裡是{kind}",
    }
    HINT_ACCOUNTS_LIST = "hint-accounts-list" {
        en: "start each account with `- ` on its own line, e.g. `  - platform: bilibili`",
        zh_hans: "每个账号单独一行、以 `- ` 开头，例如 `  - platform: bilibili`",
        zh_hant: "每個帳號單獨一行、以 `- ` 開頭，例如 `  - platform: bilibili`",
    }
    ACCOUNTS_EMPTY = "accounts-empty" {
        en: "`accounts` is empty",
        zh_hans: "`accounts` 是空的",
        zh_hant: "`accounts` 是空的",
    }
    HINT_ACCOUNTS_EMPTY = "hint-accounts-empty" {
        en: "add at least one account, e.g. `  - platform: bilibili` and `    id: \"12345678\"` on the next line",
        zh_hans: "至少加上一个账号，例如 `  - platform: bilibili`，下一行写 `    id: \"12345678\"`",
        zh_hant: "至少加上一個帳號，例如 `  - platform: bilibili`，下一行寫 `    id: \"12345678\"`",
    }
    TOO_MANY_ACCOUNTS = "too-many-accounts" {
        en: "the profile lists {count} accounts, over the limit of {max}",
        zh_hans: "site.yaml 列了 {count} 个账号，超过了 {max} 个的上限",
        zh_hant: "site.yaml 列了 {count} 個帳號，超過了 {max} 個的上限",
    }
    HINT_SPLIT_SITES = "hint-split-sites" {
        en: "split them over several sites",
        zh_hans: "把它们分到几个网站里",
        zh_hant: "把它們分到幾個網站裡",
    }
    QR_TOO_LONG = "qr-too-long" {
        en: "`qr` is {len} bytes long, over the limit of {max} bytes",
        zh_hans: "`qr` 有 {len} 字节，超过了 {max} 字节的上限",
        zh_hant: "`qr` 有 {len} 位元組，超過了 {max} 位元組的上限",
    }
    HINT_QR_TOO_LONG = "hint-qr-too-long" {
        en: "a QR code that long is hard to scan; use the link the platform gives you",
        zh_hans: "这么长的二维码很难扫；请用平台给你的链接",
        zh_hant: "這麼長的 QR 碼很難掃描；請用平台給你的連結",
    }
    UNKNOWN_SITE = "unknown-site" {
        en: "hutong does not know which platform `{host}` belongs to",
        zh_hans: "hutong 不知道 `{host}` 属于哪个平台",
        zh_hant: "hutong 不知道 `{host}` 屬於哪個平台",
    }
    HINT_UNKNOWN_SITE = "hint-unknown-site" {
        en: "add `platform:` with a platform id (`hutong platforms` lists them), or `platform: link` for any other web page",
        zh_hans: "加上 `platform:` 和平台 id（`hutong platforms` 会列出全部），其他网页请用 `platform: link`",
        zh_hant: "加上 `platform:` 和平台 id（`hutong platforms` 會列出全部），其他網頁請用 `platform: link`",
    }
    ACCOUNT_EMPTY = "account-empty" {
        en: "this account has neither `platform` with `id`, nor `url`",
        zh_hans: "这个账号既没有 `platform` 和 `id`，也没有 `url`",
        zh_hant: "這個帳號既沒有 `platform` 和 `id`，也沒有 `url`",
    }
    HINT_ACCOUNT_EMPTY = "hint-account-empty" {
        en: "give `platform:` and `id:`, or the address of the profile page as `url:`",
        zh_hans: "写上 `platform:` 和 `id:`，或者把主页网址写成 `url:`",
        zh_hant: "寫上 `platform:` 和 `id:`，或者把個人頁面網址寫成 `url:`",
    }
    LINK_WITH_ID = "link-with-id" {
        en: "a `link` account takes a `url`, not an `id`",
        zh_hans: "`link` 账号要写 `url`，不是 `id`",
        zh_hant: "`link` 帳號要寫 `url`，不是 `id`",
    }
    HINT_WRITE_URL = "hint-write-url" {
        en: "write `url: {url}` instead",
        zh_hans: "改成 `url: {url}`",
        zh_hant: "改成 `url: {url}`",
    }
    ID_URL_DIFFER = "id-url-differ" {
        en: "the `id` `{id}` differs from the one in `url` (`{from_url}`)",
        zh_hans: "`id` 写的是 `{id}`，和 `url` 里的（`{from_url}`）不一样",
        zh_hant: "`id` 寫的是 `{id}`，和 `url` 裡的（`{from_url}`）不一樣",
    }
    HINT_ID_URL_DIFFER = "hint-id-url-differ" {
        en: "the button opens `url`; keep whichever of the two is right and remove the other",
        zh_hans: "按钮打开的是 `url`；保留正确的那个，删掉另一个",
        zh_hant: "按鈕開啟的是 `url`；保留正確的那個，刪掉另一個",
    }
    ACCOUNT_NO_ID = "account-no-id" {
        en: "this {platform} account has neither `id` nor `url`",
        zh_hans: "这个{platform}账号既没有 `id` 也没有 `url`",
        zh_hant: "這個{platform}帳號既沒有 `id` 也沒有 `url`",
    }
    HINT_ADD_ID = "hint-add-id" {
        en: "add `id:`. {what} `hutong platforms {id}` shows how to find it.",
        zh_hans: "加上 `id:`。{what}`hutong platforms {id}` 会告诉你怎么找到它。",
        zh_hant: "加上 `id:`。{what}`hutong platforms {id}` 會告訴你怎麼找到它。",
    }
    HINT_ADD_URL = "hint-add-url" {
        en: "add `url: https://…`",
        zh_hans: "加上 `url: https://…`",
        zh_hant: "加上 `url: https://…`",
    }
    APP_ID_UNNEEDED = "app-id-unneeded" {
        en: "{platform} accounts take no `app_id`",
        zh_hans: "{platform}账号不需要 `app_id`",
        zh_hant: "{platform}帳號不需要 `app_id`",
    }
    HINT_APP_ID_UNNEEDED = "hint-app-id-unneeded" {
        en: "remove the `app_id` line (only {platforms} use one)",
        zh_hans: "删掉 `app_id` 这一行（只有{platforms}用得到它）",
        zh_hant: "刪掉 `app_id` 這一行（只有{platforms}用得到它）",
    }
    BAD_APP_ID = "bad-app-id" {
        en: "`{app_id}` is not a valid `app_id` for {platform}",
        zh_hans: "`{app_id}` 不是有效的{platform} `app_id`",
        zh_hant: "`{app_id}` 不是有效的{platform} `app_id`",
    }
    HINT_APP_ID = "hint-app-id" {
        en: "{what} {howto} E.g. `{example}`",
        zh_hans: "{what}{howto}例如 `{example}`",
        zh_hant: "{what}{howto}例如 `{example}`",
    }
    NO_APP_ID = "no-app-id" {
        en: "this {platform} account has no `app_id`, so on phones it opens the web profile instead of the app",
        zh_hans: "这个{platform}账号没有 `app_id`，所以在手机上会打开网页主页，而不是 App",
        zh_hant: "這個{platform}帳號沒有 `app_id`，所以在手機上會開啟網頁個人頁面，而不是 App",
    }
    HINT_NO_APP_ID = "hint-no-app-id" {
        en: "to open the app, add `app_id:`. {what} {howto}",
        zh_hans: "要打开 App，请加上 `app_id:`。{what}{howto}",
        zh_hant: "要開啟 App，請加上 `app_id:`。{what}{howto}",
    }
    UNKNOWN_PLATFORM = "unknown-platform" {
        en: "unknown platform `{platform}`",
        zh_hans: "未知的平台 `{platform}`",
        zh_hant: "未知的平台 `{platform}`",
    }
    HINT_PLATFORMS_CLOSE = "hint-platforms-close" {
        en: "did you mean {ids}? (`hutong platforms` lists them all)",
        zh_hans: "是不是想写 {ids}？（`hutong platforms` 会列出全部平台）",
        zh_hant: "是不是想寫 {ids}？（`hutong platforms` 會列出全部平台）",
    }
    HINT_PLATFORMS = "hint-platforms" {
        en: "`hutong platforms` lists every platform id; for any other web page use `platform: link`",
        zh_hans: "`hutong platforms` 会列出所有平台 id；其他网页请用 `platform: link`",
        zh_hant: "`hutong platforms` 會列出所有平台 id；其他網頁請用 `platform: link`",
    }
    URL_USER_NAME = "url-user-name" {
        en: "the `url` has a user name in it (`…@`), which can disguise where it leads",
        zh_hans: "`url` 里带了用户名（`…@`），这会掩盖它真正指向的地方",
        zh_hant: "`url` 裡帶了使用者名稱（`…@`），這會掩蓋它真正指向的地方",
    }
    HINT_URL_USER_NAME = "hint-url-user-name" {
        en: "remove the part before `@`: `url: {url}`",
        zh_hans: "删掉 `@` 前面的部分：`url: {url}`",
        zh_hant: "刪掉 `@` 前面的部分：`url: {url}`",
    }
    URL_SCHEME = "url-scheme" {
        en: "only http and https addresses are accepted, not `{scheme}:`",
        zh_hans: "只接受 http 和 https 网址，不接受 `{scheme}:`",
        zh_hant: "只接受 http 和 https 網址，不接受 `{scheme}:`",
    }
    HINT_URL_SCHEME = "hint-url-scheme" {
        en: "give the address of the web page (https://…); hutong makes the app links itself",
        zh_hans: "写网页的网址（https://…）；打开 App 的链接由 hutong 自己生成",
        zh_hant: "寫網頁的網址（https://…）；開啟 App 的連結由 hutong 自己產生",
    }
    URL_INVALID = "url-invalid" {
        en: "`{text}` is not a valid web address",
        zh_hans: "`{text}` 不是有效的网址",
        zh_hant: "`{text}` 不是有效的網址",
    }
    HINT_URL_FULL = "hint-url-full" {
        en: "write the full address, e.g. `url: {url}`",
        zh_hans: "写完整的网址，例如 `url: {url}`",
        zh_hant: "寫完整的網址，例如 `url: {url}`",
    }
    HINT_URL_COPY = "hint-url-copy" {
        en: "copy the address from the browser's address bar",
        zh_hans: "从浏览器的地址栏复制网址",
        zh_hant: "從瀏覽器的網址列複製網址",
    }
    WRONG_HOST = "wrong-host" {
        en: "`{host}` is not a {platform} address",
        zh_hans: "`{host}` 不是{platform}的网址",
        zh_hant: "`{host}` 不是{platform}的網址",
    }
    HINT_WRONG_HOST = "hint-wrong-host" {
        en: "a {platform} link must be on {hosts}; for another site use `platform: link`",
        zh_hans: "{platform}链接必须在 {hosts} 上；其他网站请用 `platform: link`",
        zh_hant: "{platform}連結必須在 {hosts} 上；其他網站請用 `platform: link`",
    }
    NOT_A_PROFILE = "not-a-profile" {
        en: "not a profile: this address is {what}",
        zh_hans: "不是主页：这个地址是{what}",
        zh_hant: "不是主頁：這個地址是{what}",
    }
    HINT_NOT_A_PROFILE = "hint-not-a-profile" {
        en: "give the address of your profile itself: {howto}",
        zh_hans: "请改用你主页本身的地址：{howto}",
        zh_hant: "請改用你主頁本身的地址：{howto}",
    }
    NO_WEB_PAGE = "no-web-page" {
        en: "a {platform} account has no web page, so `url` cannot point to `{host}`",
        zh_hans: "{platform}账号没有网页，所以 `url` 不能指向 `{host}`",
        zh_hant: "{platform}帳號沒有網頁，所以 `url` 不能指向 `{host}`",
    }
    HINT_WECHAT_ID_QR = "hint-wechat-id-qr" {
        en: "give its 微信号 as `id:` and the text of its QR code as `qr:`, e.g. `qr: https://u.wechat.com/…`",
        zh_hans: "把微信号写成 `id:`，把二维码里的文字写成 `qr:`，例如 `qr: https://u.wechat.com/…`",
        zh_hant: "把微信號寫成 `id:`，把 QR 碼裡的文字寫成 `qr:`，例如 `qr: https://u.wechat.com/…`",
    }
    HINT_NO_WEB_PAGE = "hint-no-web-page" {
        en: "give its `id:` instead, and the text of its QR code as `qr:` if you have one; `hutong platforms {id}` says what the id is",
        zh_hans: "改写 `id:`，如果有二维码，再把里面的文字写成 `qr:`；`hutong platforms {id}` 会说明 id 是什么",
        zh_hant: "改寫 `id:`，如果有 QR 碼，再把裡面的文字寫成 `qr:`；`hutong platforms {id}` 會說明 id 是什麼",
    }
    CONTACT_URL = "contact-url" {
        en: "{platform} accounts take no `url` (this one points to `{host}`)",
        zh_hans: "{platform}账号不能用 `url`（这里指向 `{host}`）",
        zh_hant: "{platform}帳號不能用 `url`（這裡指向 `{host}`）",
    }
    HINT_CONTACT_URL = "hint-contact-url" {
        en: "write the address as `id:` instead, e.g. `id: {example}`",
        zh_hans: "把地址改写成 `id:`，例如 `id: {example}`",
        zh_hant: "把地址改寫成 `id:`，例如 `id: {example}`",
    }
    BAD_ID = "bad-id" {
        en: "`{id}` is not a valid {platform} id",
        zh_hans: "`{id}` 不是有效的{platform} id",
        zh_hant: "`{id}` 不是有效的{platform} id",
    }
    HINT_BAD_ID = "hint-bad-id" {
        en: "{what} E.g. {examples}. {howto} (`hutong platforms {platform}` says the same.)",
        zh_hans: "{what}例如 {examples}。{howto}（`hutong platforms {platform}` 里也有这些说明。）",
        zh_hant: "{what}例如 {examples}。{howto}（`hutong platforms {platform}` 裡也有這些說明。）",
    }
    HINT_ID_IS_ADDRESS = "hint-id-is-address" {
        en: "this looks like an address: write it as `url:` instead of `id:`. {rest}",
        zh_hans: "这看起来是一个网址：请写成 `url:`，不是 `id:`。{rest}",
        zh_hant: "這看起來是一個網址：請寫成 `url:`，不是 `id:`。{rest}",
    }
    // ---- What a phone gives: share texts, short links, QR images, full-width forms ----
    SHARE_TEXT_TAKEN = "share-text-taken" {
        en: "took the address `{url}` out of the share text",
        zh_hans: "从分享文字中取出了网址 `{url}`",
        zh_hant: "從分享文字中取出了網址 `{url}`",
    }
    HINT_SHARE_TEXT_TAKEN = "hint-share-text-taken" {
        en: "the rest of the text is left out; `url: {url}` says the same",
        zh_hans: "其余的文字不会用到；写成 `url: {url}` 也是一样的",
        zh_hant: "其餘的文字不會用到；寫成 `url: {url}` 也是一樣的",
    }
    SHARE_TEXT_NO_ADDRESS = "share-text-no-address" {
        en: "there is no web address (`https://…`) in this text",
        zh_hans: "这段文字里没有网址（`https://…`）",
        zh_hant: "這段文字裡沒有網址（`https://…`）",
    }
    HINT_SHARE_TEXT_NO_ADDRESS = "hint-share-text-no-address" {
        en: "in the app, open your profile, tap Share → Copy link and paste the whole text here; or open your profile in a browser and copy the address from its address bar",
        zh_hans: "在 App 里打开你的主页，点“分享”→“复制链接”，把复制到的整段文字粘贴在这里；也可以在浏览器里打开主页，复制地址栏里的网址",
        zh_hant: "在 App 裡開啟你的主頁，點「分享」→「複製連結」，把複製到的整段文字貼在這裡；也可以在瀏覽器裡開啟主頁，複製網址列裡的網址",
    }
    URL_CUT_AT_HASH = "url-cut-at-hash" {
        en: "the text was cut at ` #`: YAML reads the rest of the line, and the address in it, as a comment",
        zh_hans: "文字在 ` #` 处被截断了：YAML 把这一行剩下的部分（连同其中的网址）当成了注释",
        zh_hant: "文字在 ` #` 處被截斷了：YAML 把這一行剩下的部分（連同其中的網址）當成了註解",
    }
    HINT_WRAP_IN_QUOTES = "hint-wrap-in-quotes" {
        en: "wrap the whole value in quotes: `{fixed}`",
        zh_hans: "把整个值放进引号里：`{fixed}`",
        zh_hant: "把整個值放進引號裡：`{fixed}`",
    }
    TEXT_CUT_AT_HASH = "text-cut-at-hash" {
        en: "`{key}` ends at ` #`: YAML reads `{rest}` as a comment, so it is not shown",
        zh_hans: "`{key}` 在 ` #` 处就结束了：YAML 把 `{rest}` 当成注释，它不会显示出来",
        zh_hant: "`{key}` 在 ` #` 處就結束了：YAML 把 `{rest}` 當成註解，它不會顯示出來",
    }
    HINT_KEEP_AFTER_HASH = "hint-keep-after-hash" {
        en: "to show it, wrap the whole value in quotes: `{fixed}`; to keep a comment, put two spaces before the `#`",
        zh_hans: "要显示它，把整个值放进引号里：`{fixed}`；如果确实是注释，在 `#` 前面空两格",
        zh_hant: "要顯示它，把整個值放進引號裡：`{fixed}`；如果確實是註解，在 `#` 前面空兩格",
    }
    SHORT_LINK = "short-link" {
        en: "`{host}` is a {platform} short link: it names no account, so phones get no app link, only the web page",
        zh_hans: "`{host}` 是{platform}的短链接：里面没有账号 ID，所以手机上不能直接打开 App，只能打开网页",
        zh_hant: "`{host}` 是{platform}的短網址：裡面沒有帳號 ID，所以手機上不能直接開啟 App，只能開啟網頁",
    }
    HINT_SHORT_LINK = "hint-short-link" {
        en: "open the link in a browser and put the profile address from its address bar in `url:`; `hutong resolve` does that for you",
        zh_hans: "在浏览器里打开这个链接，把地址栏里主页的网址写到 `url:`；`hutong resolve` 可以替你完成",
        zh_hant: "在瀏覽器裡開啟這個連結，把網址列裡主頁的網址寫到 `url:`；`hutong resolve` 可以替你完成",
    }
    QR_IMAGE_PATH = "qr-image-path" {
        en: "`qr_image` must be an image file in the site's folder, not `{path}`",
        zh_hans: "`qr_image` 必须是网站文件夹里的图片文件，不能是 `{path}`",
        zh_hant: "`qr_image` 必須是網站資料夾裡的圖片檔案，不能是 `{path}`",
    }
    HINT_QR_IMAGE_BESIDE = "hint-qr-image-beside" {
        en: "save the QR code from the app as an image, put it beside site.yaml and write its name: `qr_image: {file}`",
        zh_hans: "在 App 里把二维码保存成图片，放在 site.yaml 旁边，再写上文件名：`qr_image: {file}`",
        zh_hant: "在 App 裡把 QR 碼儲存成圖片，放在 site.yaml 旁邊，再寫上檔名：`qr_image: {file}`",
    }
    QR_IMAGE_TYPE = "qr-image-type" {
        en: "`qr_image` takes {types} files, not `{path}`",
        zh_hans: "`qr_image` 只支持 {types} 文件，不支持 `{path}`",
        zh_hant: "`qr_image` 只支援 {types} 檔案，不支援 `{path}`",
    }
    HINT_QR_IMAGE_RESAVE = "hint-qr-image-resave" {
        en: "save the QR code from the app again (long-press it → Save image), or take a screenshot of it",
        zh_hans: "在 App 里重新保存二维码（长按二维码 → 保存图片），或者截一张图",
        zh_hant: "在 App 裡重新儲存 QR 碼（長按 QR 碼 → 儲存圖片），或者截一張圖",
    }
    QR_AND_QR_IMAGE = "qr-and-qr-image" {
        en: "`qr` and `qr_image` both say what this account's QR code holds: give one of them",
        zh_hans: "`qr` 和 `qr_image` 都在指定这个账号的二维码内容：只能写其中一个",
        zh_hant: "`qr` 和 `qr_image` 都在指定這個帳號的 QR 碼內容：只能寫其中一個",
    }
    HINT_QR_OR_IMAGE = "hint-qr-or-image" {
        en: "keep `qr_image` for a code saved from the app, or `qr` for the code's text, and delete the other line",
        zh_hans: "从 App 保存的二维码图片用 `qr_image`，二维码里的文字用 `qr`，删掉另一行",
        zh_hant: "從 App 儲存的 QR 碼圖片用 `qr_image`，QR 碼裡的文字用 `qr`，刪掉另一行",
    }
    QR_IS_FILE = "qr-is-file" {
        en: "`qr: {file}` names a file beside site.yaml: the QR code would hold the text `{file}`",
        zh_hans: "`qr: {file}` 是 site.yaml 旁边的一个文件名：二维码里只会有文字 `{file}`",
        zh_hant: "`qr: {file}` 是 site.yaml 旁邊的一個檔名：QR 碼裡只會有文字 `{file}`",
    }
    HINT_USE_QR_IMAGE = "hint-use-qr-image" {
        en: "for an image of a QR code write `qr_image: {file}`: hutong reads the code in it",
        zh_hans: "二维码图片请写 `qr_image: {file}`：hutong 会读出图片里的二维码",
        zh_hant: "QR 碼圖片請寫 `qr_image: {file}`：hutong 會讀出圖片裡的 QR 碼",
    }
    QR_IMAGE_MISSING = "qr-image-missing" {
        en: "the QR image `{path}` does not exist",
        zh_hans: "二维码图片 `{path}` 不存在",
        zh_hant: "QR 碼圖片 `{path}` 不存在",
    }
    QR_IMAGE_OUTSIDE = "qr-image-outside" {
        en: "the QR image `{path}` leads outside the site's folder",
        zh_hans: "二维码图片 `{path}` 指向网站文件夹以外",
        zh_hant: "QR 碼圖片 `{path}` 指向網站資料夾以外",
    }
    QR_IMAGE_NOT_FILE = "qr-image-not-file" {
        en: "the QR image `{path}` is not a regular file",
        zh_hans: "二维码图片 `{path}` 不是普通文件",
        zh_hant: "QR 碼圖片 `{path}` 不是一般檔案",
    }
    QR_IMAGE_UNREADABLE = "qr-image-unreadable" {
        en: "cannot read the QR image `{path}`: {reason}",
        zh_hans: "无法读取二维码图片 `{path}`：{reason}",
        zh_hant: "無法讀取 QR 碼圖片 `{path}`：{reason}",
    }
    QR_IMAGE_TOO_BIG = "qr-image-too-big" {
        en: "the QR image `{path}` is too large ({size}); the most hutong reads is {max}",
        zh_hans: "二维码图片 `{path}` 太大了（{size}），最多只读 {max}",
        zh_hant: "QR 碼圖片 `{path}` 太大了（{size}），最多只讀 {max}",
    }
    HINT_QR_IMAGE_SMALLER = "hint-qr-image-smaller" {
        en: "save the code again from the app, or crop the screenshot to the code",
        zh_hans: "从 App 重新保存二维码，或者把截图裁剪到只剩二维码",
        zh_hant: "從 App 重新儲存 QR 碼，或者把截圖裁切到只剩 QR 碼",
    }
    QR_IMAGE_NOT_IMAGE = "qr-image-not-image" {
        en: "`{path}` is not a PNG, JPEG, WebP or GIF image that can be read",
        zh_hans: "`{path}` 不是可以读取的 PNG、JPEG、WebP 或 GIF 图片",
        zh_hant: "`{path}` 不是可以讀取的 PNG、JPEG、WebP 或 GIF 圖片",
    }
    QR_IMAGE_NO_CODE = "qr-image-no-code" {
        en: "no readable QR code in `{path}`",
        zh_hans: "`{path}` 里没有能读出的二维码",
        zh_hant: "`{path}` 裡沒有能讀出的 QR 碼",
    }
    HINT_QR_IMAGE_NO_CODE = "hint-qr-image-no-code" {
        en: "use the image the app saves (WeChat: Me → profile → My QR Code → ··· → Save image), or a sharp screenshot that shows the whole code",
        zh_hans: "请用 App 保存的二维码图片（微信：我 → 个人资料 → 二维码名片 → ··· → 保存图片），或者一张完整清晰的截图",
        zh_hant: "請用 App 儲存的 QR 碼圖片（微信：我 → 個人資料 → QR 碼名片 → ··· → 儲存圖片），或者一張完整清晰的截圖",
    }
    QR_IMAGE_SEVERAL = "qr-image-several-codes" {
        en: "`{path}` holds {count} different QR codes, and which one is meant cannot be told",
        zh_hans: "`{path}` 里有 {count} 个不同的二维码，无法判断要用哪一个",
        zh_hant: "`{path}` 裡有 {count} 個不同的 QR 碼，無法判斷要用哪一個",
    }
    HINT_QR_IMAGE_CROP = "hint-qr-image-crop" {
        en: "crop the image to the one code you mean",
        zh_hans: "把图片裁剪到只剩你要用的那个二维码",
        zh_hant: "把圖片裁切到只剩你要用的那個 QR 碼",
    }
    QR_GROUP_CODE = "qr-group-code" {
        en: "this is a WeChat group code: it stops working 7 days after it was made, and once the group has 200 members",
        zh_hans: "这是微信群二维码：生成 7 天后就会失效，群满 200 人后也不能再扫码进群",
        zh_hant: "這是微信群 QR 碼：產生 7 天後就會失效，群滿 200 人後也不能再掃碼進群",
    }
    HINT_QR_GROUP_CODE = "hint-qr-group-code" {
        en: "for a code that lasts, make the group in WeCom (企业微信) and use its group code, or show your own WeChat code and invite people into the group",
        zh_hans: "想要长期有效的二维码，可以用企业微信建群并使用它的群二维码，或者放你自己的微信二维码，再拉人进群",
        zh_hant: "想要長期有效的 QR 碼，可以用企業微信建群並使用它的群 QR 碼，或者放你自己的微信 QR 碼，再拉人進群",
    }
    WECHAT_NO_QR = "wechat-no-qr" {
        en: "this WeChat account has no QR code: the page can only show the WeChat ID for visitors to search",
        zh_hans: "这个微信账号没有二维码：页面上只能显示微信号，让访客自己搜索",
        zh_hant: "這個微信帳號沒有 QR 碼：頁面上只能顯示微信號，讓訪客自己搜尋",
    }
    HINT_WECHAT_NO_QR = "hint-wechat-no-qr" {
        en: "save your code in WeChat (Me → profile → My QR Code → ··· → Save image), put it beside site.yaml and add `qr_image: wechat-qr.jpg`",
        zh_hans: "在微信里保存你的二维码（我 → 个人资料 → 二维码名片 → ··· → 保存图片），放在 site.yaml 旁边，再加上 `qr_image: wechat-qr.jpg`",
        zh_hant: "在微信裡儲存你的 QR 碼（我 → 個人資料 → QR 碼名片 → ··· → 儲存圖片），放在 site.yaml 旁邊，再加上 `qr_image: wechat-qr.jpg`",
    }
    OA_BIZ = "oa-biz" {
        en: "`{biz}` is the account's __biz key: visitors cannot search for it, so the page does not show it",
        zh_hans: "`{biz}` 是公众号的 __biz 值：访客不能用它搜索，所以页面上不会显示它",
        zh_hant: "`{biz}` 是公眾號的 __biz 值：訪客不能用它搜尋，所以頁面上不會顯示它",
    }
    HINT_OA_NAME = "hint-oa-name" {
        en: "write the account's name or WeChat ID, what visitors search for in WeChat, as `id:` (e.g. `id: 小满的画室`); an article address may stay in `url:` for the article list",
        zh_hans: "把公众号的名称或微信号（访客在微信里搜索的就是它）写在 `id:`，例如 `id: 小满的画室`；文章网址可以留在 `url:`，用来打开文章列表",
        zh_hant: "把公眾號的名稱或微信號（訪客在微信裡搜尋的就是它）寫在 `id:`，例如 `id: 小滿的畫室`；文章網址可以留在 `url:`，用來開啟文章列表",
    }
    FULLWIDTH_COLON = "fullwidth-colon" {
        en: "full-width colon `：` after `{key}`: YAML needs the ASCII colon `:`",
        zh_hans: "`{key}` 后面是全角冒号 `：`，YAML 要用半角冒号 `:`",
        zh_hant: "`{key}` 後面是全形冒號 `：`，YAML 要用半形冒號 `:`",
    }
    FULLWIDTH_SPACE_INDENT = "fullwidth-space-indent" {
        en: "full-width space (U+3000) in the indentation: YAML indents with ASCII spaces only",
        zh_hans: "缩进里有全角空格（U+3000）：YAML 只能用半角空格缩进",
        zh_hant: "縮排裡有全形空格（U+3000）：YAML 只能用半形空格縮排",
    }
    HINT_FULLWIDTH_SPACE = "hint-fullwidth-space" {
        en: "indent with ASCII spaces, two for each full-width one: `{fixed}`",
        zh_hans: "用半角空格缩进，每个全角空格换成两个半角空格：`{fixed}`",
        zh_hant: "用半形空格縮排，每個全形空格換成兩個半形空格：`{fixed}`",
    }
    CURLY_QUOTES = "curly-quotes" {
        en: "the value of `{key}` is in curly quotes `“ ”`, which YAML keeps as part of the text",
        zh_hans: "`{key}` 的值用了中文引号 `“ ”`，YAML 会把它们当成文字的一部分",
        zh_hant: "`{key}` 的值用了中文引號 `“ ”`，YAML 會把它們當成文字的一部分",
    }
    HINT_STRAIGHT_QUOTES = "hint-straight-quotes" {
        en: "use straight ASCII quotes: `{fixed}`",
        zh_hans: "请用半角的直引号：`{fixed}`",
        zh_hant: "請用半形的直引號：`{fixed}`",
    }
    FULLWIDTH_IN_ID = "fullwidth-in-id" {
        en: "the id `{id}` has full-width characters ({chars}); it is read as `{ascii}`",
        zh_hans: "ID `{id}` 里有全角字符（{chars}），按 `{ascii}` 处理",
        zh_hant: "ID `{id}` 裡有全形字元（{chars}），按 `{ascii}` 處理",
    }
    HINT_FULLWIDTH_IN_ID = "hint-fullwidth-in-id" {
        en: "switch the input method to half-width (or English) and write `id: {ascii}`",
        zh_hans: "把输入法切换到半角（或英文）后写成 `id: {ascii}`",
        zh_hant: "把輸入法切換到半形（或英文）後寫成 `id: {ascii}`",
    }
    HINT_FULLWIDTH_SCHEME = "hint-fullwidth-scheme" {
        en: "the colon after `{scheme}` is the full-width `：`; write `{fixed}`",
        zh_hans: "`{scheme}` 后面的冒号是全角的 `：`，请写成 `{fixed}`",
        zh_hant: "`{scheme}` 後面的冒號是全形的 `：`，請寫成 `{fixed}`",
    }
    BASE_URL_EXAMPLE = "base-url-example" {
        en: "`{url}` is an example address: QR codes and links to the site would lead there",
        zh_hans: "`{url}` 是示例网址：二维码和网站链接会指向那里",
        zh_hant: "`{url}` 是範例網址：QR 碼和網站連結會指向那裡",
    }
    HINT_BASE_URL_EXAMPLE = "hint-base-url-example" {
        en: "before printing a code, set `base_url` to the address the site will be served at (your domain, or the one your host gives)",
        zh_hans: "打印二维码之前，把 `base_url` 改成网站实际的网址（你的域名，或者托管服务给的网址）",
        zh_hant: "列印 QR 碼之前，把 `base_url` 改成網站實際的網址（你的網域，或者託管服務給的網址）",
    }
    BASE_URL_WECHAT_BLOCKED = "base-url-wechat-blocked" {
        en: "visitors inside WeChat may not be able to open a site on `{host}`: WeChat blocks many pages there",
        zh_hans: "微信里的访客可能打不开 `{host}` 上的网站：微信屏蔽了那里的很多网页",
        zh_hant: "微信裡的訪客可能打不開 `{host}` 上的網站：微信封鎖了那裡的很多網頁",
    }
    HINT_BASE_URL_WECHAT_BLOCKED = "hint-base-url-wechat-blocked" {
        en: "serve the site on a domain of your own (hosted in mainland China, it needs ICP filing, 备案, first) and set `base_url` to it",
        zh_hans: "把网站放在你自己的域名上（托管在中国大陆的话，需要先做 ICP 备案），再把 `base_url` 改成它",
        zh_hant: "把網站放在你自己的網域上（託管在中國大陸的話，需要先做 ICP 備案），再把 `base_url` 改成它",
    }
    STARTER_ID = "starter-id" {
        en: "`{id}` is the starter's example, not your account",
        zh_hans: "`{id}` 是模板里的示例，不是你的账号",
        zh_hant: "`{id}` 是範本裡的範例，不是你的帳號",
    }
    HINT_STARTER_ID = "hint-starter-id" {
        en: "replace it with your own, or delete the account. {what} {howto}",
        zh_hans: "换成你自己的，或者删掉这个账号。{what}{howto}",
        zh_hant: "換成你自己的，或者刪掉這個帳號。{what}{howto}",
    }

    // ---- Writing the output folder (hints of `build::Failure`) --------------------
    HINT_DISK_FULL = "hint-disk-full" {
        en: "the disk is full: free some space, or build into another folder with `-o DIR`",
        zh_hans: "磁盘已满：腾出一些空间，或者用 `-o DIR` 构建到另一个文件夹",
        zh_hant: "磁碟已滿：騰出一些空間，或者用 `-o DIR` 建置到另一個資料夾",
    }
    HINT_CANNOT_WRITE = "hint-cannot-write" {
        en: "hutong cannot write there: build into a folder you can write to, with `-o DIR`",
        zh_hans: "hutong 无法写入那里：用 `-o DIR` 构建到一个你能写入的文件夹",
        zh_hant: "hutong 無法寫入那裡：用 `-o DIR` 建置到一個你能寫入的資料夾",
    }
    HINT_FILE_SIZE_LIMIT = "hint-file-size-limit" {
        en: "a limit on file size stopped the write (see `ulimit -f`): raise it, or build elsewhere with `-o DIR`",
        zh_hans: "文件大小的限制中断了写入（见 `ulimit -f`）：调高限制，或者用 `-o DIR` 构建到别处",
        zh_hant: "檔案大小的限制中斷了寫入（見 `ulimit -f`）：調高限制，或者用 `-o DIR` 建置到別處",
    }
    HINT_NOT_A_FOLDER = "hint-not-a-folder" {
        en: "something that is not a folder stands in the way: move it, or build elsewhere with `-o DIR`",
        zh_hans: "路径上有个不是文件夹的东西挡着：把它移走，或者用 `-o DIR` 构建到别处",
        zh_hant: "路徑上有個不是資料夾的東西擋著：把它移走，或者用 `-o DIR` 建置到別處",
    }
    HINT_OUTPUT_KEPT = "hint-output-kept" {
        en: "the previous output is kept; fix the output folder and build again",
        zh_hans: "之前的输出保持不变；修好输出文件夹后再构建一次",
        zh_hant: "之前的輸出保持不變；修好輸出資料夾後再建置一次",
    }
    BAD_KEY = "bad-key" {
        en: "`{key}` is not a valid key: lowercase letters, digits and `-`, starting with a letter or digit, at most 40 characters",
        zh_hans: "`{key}` 不是有效的 key：只能用小写字母、数字和 `-`，以字母或数字开头，最多 40 个字符",
        zh_hant: "`{key}` 不是有效的 key：只能用小寫字母、數字和 `-`，以字母或數字開頭，最多 40 個字元",
    }
    HINT_KEY_LIKE = "hint-key-like" {
        en: "for example `{example}`",
        zh_hans: "例如 `{example}`",
        zh_hant: "例如 `{example}`",
    }
    RESERVED_KEY = "reserved-key" {
        en: "the key `{key}` is used by the site itself (qr/{key}.svg is the hub's own code)",
        zh_hans: "key `{key}` 被网站自己占用了（qr/{key}.svg 是主页本身的二维码）",
        zh_hant: "key `{key}` 被網站自己佔用了（qr/{key}.svg 是首頁本身的 QR 碼）",
    }
    HINT_OTHER_KEY = "hint-other-key" {
        en: "pick another key",
        zh_hans: "换一个 key",
        zh_hant: "換一個 key",
    }
    DUPLICATE_FIXED_KEY = "duplicate-fixed-key" {
        en: "the key `{key}` is already fixed on the account on line {line}",
        zh_hans: "key `{key}` 已经固定给了第 {line} 行的账号",
        zh_hant: "key `{key}` 已經固定給了第 {line} 行的帳號",
    }
    KEY_TAKEN = "key-taken" {
        en: "the key `{key}` belongs to {owner} in keys.lock, not to this account ({identity})",
        zh_hans: "在 keys.lock 里，key `{key}` 属于 {owner}，不属于这个账号（{identity}）",
        zh_hant: "在 keys.lock 裡，key `{key}` 屬於 {owner}，不屬於這個帳號（{identity}）",
    }
    HINT_KEY_TAKEN = "hint-key-taken" {
        en: "a printed code for go/{key}/ leads to that account: pick another key, or, to hand `{key}` over on purpose, change its line in keys.lock",
        zh_hans: "印出去的 go/{key}/ 二维码指向那个账号：换一个 key；如果确实要把 `{key}` 交给这个账号，请修改 keys.lock 里那一行",
        zh_hant: "印出去的 go/{key}/ QR 碼指向那個帳號：換一個 key；如果確實要把 `{key}` 交給這個帳號，請修改 keys.lock 裡那一行",
    }
    LOCK_INVALID = "lock-invalid" {
        en: "keys.lock cannot be read: {reason}",
        zh_hans: "无法读取 keys.lock：{reason}",
        zh_hant: "無法讀取 keys.lock：{reason}",
    }
    HINT_LOCK_INVALID = "hint-lock-invalid" {
        en: "fix this line by hand, or restore the file from version control (`git checkout keys.lock`); hutong never replaces a lock it cannot read, because printed codes depend on it",
        zh_hans: "手动修好这一行，或者从版本库恢复这个文件（`git checkout keys.lock`）；印出去的二维码依赖它，所以 hutong 不会替换读不懂的 keys.lock",
        zh_hant: "手動修好這一行，或者從版本庫還原這個檔案（`git checkout keys.lock`）；印出去的 QR 碼依賴它，所以 hutong 不會替換讀不懂的 keys.lock",
    }
    LOCK_NOT_WRITTEN = "lock-not-written" {
        en: "keys.lock could not be written ({reason}): the site was built, but the keys handed out now are not remembered",
        zh_hans: "无法写入 keys.lock（{reason}）：网站已经构建好，但这次分配的 key 没有被记下来",
        zh_hant: "無法寫入 keys.lock（{reason}）：網站已經建置好，但這次分配的 key 沒有被記下來",
    }
    HINT_LOCK_NOT_WRITTEN = "hint-lock-not-written" {
        en: "make the site's folder writable and build again, so that the addresses of new accounts stay the same for good",
        zh_hans: "让网站文件夹可写后再构建一次，新账号的地址才会一直保持不变",
        zh_hant: "讓網站資料夾可寫後再建置一次，新帳號的地址才會一直保持不變",
    }
    BAD_DATE = "bad-date" {
        en: "`{key}: {text}` is not a date",
        zh_hans: "`{key}: {text}` 不是日期",
        zh_hant: "`{key}: {text}` 不是日期",
    }
    HINT_DATE = "hint-date" {
        en: "write it as YYYY-MM-DD, for example `{key}: 2026-11-01` (in quotes or not)",
        zh_hans: "写成 YYYY-MM-DD，例如 `{key}: 2026-11-01`（加不加引号都可以）",
        zh_hant: "寫成 YYYY-MM-DD，例如 `{key}: 2026-11-01`（加不加引號都可以）",
    }
    NO_SUCH_DAY = "no-such-day" {
        en: "{text} is not a day of the calendar",
        zh_hans: "日历上没有 {text} 这一天",
        zh_hant: "日曆上沒有 {text} 這一天",
    }
    HINT_NO_SUCH_DAY = "hint-no-such-day" {
        en: "check the month and the day",
        zh_hans: "检查一下月份和日期",
        zh_hant: "檢查一下月份和日期",
    }
    UNTIL_BEFORE_FROM = "until-before-from" {
        en: "`until` ({until}) is before `from` ({from})",
        zh_hans: "`until`（{until}）早于 `from`（{from}）",
        zh_hant: "`until`（{until}）早於 `from`（{from}）",
    }
    HINT_UNTIL_BEFORE_FROM = "hint-until-before-from" {
        en: "both days are included; for one day, give the same date twice",
        zh_hans: "两天都包含在内；只显示一天的话，两个日期写成同一天",
        zh_hant: "兩天都包含在內；只顯示一天的話，兩個日期寫成同一天",
    }
    UNKNOWN_TIMEZONE = "unknown-timezone" {
        en: "`{zone}` is not an IANA time zone",
        zh_hans: "`{zone}` 不是 IANA 时区名",
        zh_hant: "`{zone}` 不是 IANA 時區名",
    }
    HINT_TIMEZONES = "hint-timezones" {
        en: "an IANA name such as `Asia/Shanghai` (the default), `Europe/London` or `UTC`",
        zh_hans: "写 IANA 时区名，例如 `Asia/Shanghai`（默认）、`Europe/London` 或 `UTC`",
        zh_hant: "寫 IANA 時區名，例如 `Asia/Shanghai`（預設）、`Europe/London` 或 `UTC`",
    }
    TOO_MANY_FEATURED = "too-many-featured" {
        en: "{count} accounts are `featured`, over the limit of {max}",
        zh_hans: "有 {count} 个账号设了 `featured`，超过了 {max} 个的上限",
        zh_hant: "有 {count} 個帳號設了 `featured`，超過了 {max} 個的上限",
    }
    HINT_TOO_MANY_FEATURED = "hint-too-many-featured" {
        en: "keep `featured: true` on the {max} accounts that matter most",
        zh_hans: "只在最重要的 {max} 个账号上保留 `featured: true`",
        zh_hant: "只在最重要的 {max} 個帳號上保留 `featured: true`",
    }
    NOTE_SHOWN_UNTIL = "note-shown-until" {
        en: "{account} is scheduled: shown today, left out from {date}",
        zh_hans: "{account}设了时间：今天显示，从 {date} 起不再显示",
        zh_hant: "{account}設了時間：今天顯示，從 {date} 起不再顯示",
    }
    NOTE_SHOWN = "note-shown" {
        en: "{account} is scheduled: shown today, with no end",
        zh_hans: "{account}设了时间：今天显示，没有结束日期",
        zh_hant: "{account}設了時間：今天顯示，沒有結束日期",
    }
    NOTE_SHOWN_FROM = "note-shown-from" {
        en: "{account} is scheduled: left out today, shown from {date}",
        zh_hans: "{account}设了时间：今天不显示，从 {date} 起显示",
        zh_hant: "{account}設了時間：今天不顯示，從 {date} 起顯示",
    }
    NOTE_ENDED = "note-ended" {
        en: "{account} is scheduled: its last day was {date}, so it is left out and its go page sends visitors to the hub",
        zh_hans: "{account}设了时间：最后一天是 {date}，所以不再显示，它的 go 页面会把访客送回主页",
        zh_hant: "{account}設了時間：最後一天是 {date}，所以不再顯示，它的 go 頁面會把訪客送回首頁",
    }
    URL_LINK_EXPIRES = "url-link-expires" {
        en: "a Mini Program URL Link (`{host}`) stops working at most 30 days after it was made",
        zh_hans: "小程序 URL Link（`{host}`）生成后最多 30 天就会失效",
        zh_hant: "小程式 URL Link（`{host}`）產生後最多 30 天就會失效",
    }
    HINT_URL_LINK_EXPIRES = "hint-url-link-expires" {
        en: "printed codes lead to this account's go page, not to the link: put a new URL Link in `url` before the old one expires, and rebuild",
        zh_hans: "印出去的二维码指向这个账号的 go 页面而不是这个链接：在旧链接失效前把新的 URL Link 写进 `url`，再构建一次",
        zh_hant: "印出去的 QR 碼指向這個帳號的 go 頁面而不是這個連結：在舊連結失效前把新的 URL Link 寫進 `url`，再建置一次",
    }
    // `theme.style` and `theme.css`.
    UNKNOWN_THEME_STYLE = "unknown-theme-style" {
        en: "unknown theme style `{style}`",
        zh_hans: "未知的主题样式 `{style}`",
        zh_hant: "未知的主題樣式 `{style}`",
    }
    HINT_THEME_STYLE_CLOSE = "hint-theme-style-close" {
        en: "did you mean `{style}`?",
        zh_hans: "是不是想写 `{style}`？",
        zh_hant: "是不是想寫 `{style}`？",
    }
    HINT_THEME_STYLES = "hint-theme-styles" {
        en: "use `brand` (the default), `soft`, `outline` or `mono`",
        zh_hans: "可以用 `brand`（默认）、`soft`、`outline` 或 `mono`",
        zh_hant: "可以用 `brand`（預設）、`soft`、`outline` 或 `mono`",
    }
    CSS_PATH = "css-path" {
        en: "`theme.css` must name a .css file inside the site's folder, but `{path}` does not",
        zh_hans: "`theme.css` 必须是网站文件夹里的一个 .css 文件，但 `{path}` 不是",
        zh_hant: "`theme.css` 必須是網站資料夾裡的一個 .css 檔案，但 `{path}` 不是",
    }
    HINT_CSS_BESIDE = "hint-css-beside" {
        en: "put the file beside site.yaml and give its file name, e.g. `css: custom.css`",
        zh_hans: "把文件放在 site.yaml 旁边，再写上文件名，例如 `css: custom.css`",
        zh_hant: "把檔案放在 site.yaml 旁邊，再寫上檔名，例如 `css: custom.css`",
    }
    CSS_UNREADABLE = "css-unreadable" {
        en: "cannot read the CSS file `{path}`: {reason}",
        zh_hans: "无法读取 CSS 文件 `{path}`：{reason}",
        zh_hant: "無法讀取 CSS 檔案 `{path}`：{reason}",
    }
    CSS_TOO_BIG = "css-too-big" {
        en: "the CSS file `{path}` is {len} bytes, over the limit of {max} bytes (32 KiB)",
        zh_hans: "CSS 文件 `{path}` 有 {len} 字节，超过了 {max} 字节（32 KiB）的上限",
        zh_hant: "CSS 檔案 `{path}` 有 {len} 位元組，超過了 {max} 位元組（32 KiB）的上限",
    }
    HINT_CSS_SMALLER = "hint-css-smaller" {
        en: "the CSS is inlined into every hub page: keep only the rules the page needs",
        zh_hans: "这些 CSS 会直接写进主页：只保留页面用得到的规则",
        zh_hant: "這些 CSS 會直接寫進首頁：只保留頁面用得到的規則",
    }
    CSS_NOT_UTF8 = "css-not-utf8" {
        en: "the CSS file `{path}` is not UTF-8 text",
        zh_hans: "CSS 文件 `{path}` 不是 UTF-8 文本",
        zh_hant: "CSS 檔案 `{path}` 不是 UTF-8 文字",
    }
    HINT_CSS_UTF8 = "hint-css-utf8" {
        en: "save it as UTF-8 in your editor",
        zh_hans: "在编辑器里把它另存为 UTF-8 编码",
        zh_hant: "在編輯器裡把它另存為 UTF-8 編碼",
    }
    CSS_IMPORT = "css-import" {
        en: "`@import` would load another stylesheet, which the page's security policy blocks",
        zh_hans: "`@import` 会加载另一个样式表，页面的安全策略不允许",
        zh_hant: "`@import` 會載入另一個樣式表，頁面的安全政策不允許",
    }
    HINT_CSS_IMPORT = "hint-css-import" {
        en: "copy the rules you need into this file instead",
        zh_hans: "把需要的规则直接复制到这个文件里",
        zh_hant: "把需要的規則直接複製到這個檔案裡",
    }
    CSS_REMOTE = "css-remote" {
        en: "`{url}` would load a file from another host; the site's pages load nothing from other hosts",
        zh_hans: "`{url}` 会从其他网站加载文件；本站的页面不从其他网站加载任何东西",
        zh_hant: "`{url}` 會從其他網站載入檔案；本站的頁面不從其他網站載入任何東西",
    }
    HINT_CSS_REMOTE = "hint-css-remote" {
        en: "remove it, or draw the effect with CSS itself (colours, gradients, borders)",
        zh_hans: "删掉它，或者直接用 CSS 实现（颜色、渐变、边框）",
        zh_hant: "刪掉它，或者直接用 CSS 實現（顏色、漸層、邊框）",
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lang::placeholders;

    #[test]
    fn every_entry_has_three_languages_with_the_same_placeholders() {
        for m in ALL {
            for lang in Lang::ALL {
                let text = m.get(lang);
                assert!(!text.trim().is_empty(), "{} has no {lang:?} text", m.code);
                assert_eq!(
                    placeholders(text),
                    placeholders(m.text.en),
                    "{}: the {lang:?} text has other placeholders than the English one",
                    m.code
                );
            }
            let code_only = m.text.en.starts_with('`') && m.text.en.ends_with('`');
            assert!(
                code_only || m.text.zh_hans != m.text.en,
                "{}: the Chinese text is still English",
                m.code
            );
        }
    }

    #[test]
    fn codes_are_unique_and_kebab_case() {
        let mut codes: Vec<&str> = ALL.iter().map(|m| m.code).collect();
        for code in &codes {
            assert!(
                code.bytes()
                    .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-'),
                "{code}"
            );
        }
        codes.sort_unstable();
        let n = codes.len();
        codes.dedup();
        assert_eq!(codes.len(), n, "a code appears twice");
    }

    #[test]
    fn simplified_and_traditional_texts_are_written_in_their_own_script() {
        // Characters that differ between the scripts, as a spot check against pasting
        // one into the other: each pair is (Simplified, Traditional).
        let pairs = [
            ('个', '個'),
            ('这', '這'),
            ('写', '寫'),
            ('账', '帳'),
            ('号', '號'),
            ('网', '網'),
            ('键', '鍵'),
            ('没', '沒'),
            ('里', '裡'),
            ('缩', '縮'),
            ('开', '開'),
            ('删', '刪'),
            ('应', '應'),
            ('头', '頭'),
            ('图', '圖'),
            ('为', '為'),
            ('时', '時'),
            ('会', '會'),
            ('说', '說'),
            ('与', '與'),
        ];
        for m in ALL {
            for (hans, hant) in pairs {
                assert!(
                    !m.text.zh_hant.contains(hans),
                    "{}: `{hans}` in zh-Hant",
                    m.code
                );
                assert!(
                    !m.text.zh_hans.contains(hant),
                    "{}: `{hant}` in zh-Hans",
                    m.code
                );
            }
        }
    }

    #[test]
    fn fill_replaces_named_placeholders_only() {
        assert_eq!(
            UNKNOWN_KEY.fill(Lang::En, &[("key", "k"), ("what", "w")]),
            "unknown key `k` in w"
        );
    }

    #[test]
    fn latin_values_are_spaced_from_han_characters() {
        assert_eq!(
            APP_ID_UNNEEDED.fill(Lang::ZhHans, &[("platform", "GitHub")]),
            "GitHub 账号不需要 `app_id`"
        );
        assert_eq!(
            APP_ID_UNNEEDED.fill(Lang::ZhHans, &[("platform", "抖音")]),
            "抖音账号不需要 `app_id`"
        );
        assert_eq!(
            UNKNOWN_KEY.fill(Lang::ZhHant, &[("key", "x"), ("what", "site.yaml")]),
            "site.yaml 裡有未知的鍵 `x`"
        );
        // Not after full-width punctuation.
        assert_eq!(
            HINT_SPACE_AFTER_COLON.fill(Lang::ZhHans, &[("fixed", "a: b")]),
            "在冒号后面加一个空格：`a: b`"
        );
    }

    #[test]
    fn lists_read_naturally_in_each_language() {
        assert_eq!(or_list(Lang::En, &["a", "b", "c"]), "`a`, `b` or `c`");
        assert_eq!(or_list(Lang::ZhHans, &["a", "b", "c"]), "`a`、`b` 或 `c`");
        assert_eq!(and_list(Lang::En, &["A", "B"]), "A and B");
        assert_eq!(
            and_list(Lang::ZhHant, &["抖音", "快手", "今日頭條"]),
            "抖音、快手和今日頭條"
        );
        assert_eq!(or_list(Lang::En, &["a"]), "`a`");
    }
}
