//! `--help` in three languages: the command line's definition with every text taken
//! from one catalogue.
//!
//! Takes the clap definition (`Cli::command()`, which carries no words of its own: the
//! derive structs name commands and arguments, this table says what they do) and a
//! language; gives the same definition with each command's about, each argument's help
//! and value name, the headings, the usage lines and the `--help`/`--version` flags
//! and the `help` command in that language. Man pages and completions are made from
//! the English one. Keys: a command's path (`""` for hutong itself, `build`), `+` for
//! its long about, `:` and an argument's id for the argument.

use clap::builder::styling::Styles;
use clap::{Arg, ArgAction, Command};
use hutong::Lang;
use hutong::lang::Text;

/// A three-language text, written in one line of the table.
const fn t(en: &'static str, zh_hans: &'static str, zh_hant: &'static str) -> Text {
    Text {
        en,
        zh_hans,
        zh_hant,
    }
}

/// The SITE argument of the commands that take many sites.
const SITES: Text = t(
    "Site folders (or their site.yaml, or a slug under sites/); default: every site in sites/",
    "网站文件夹（或其中的 site.yaml，或 sites/ 下的 slug）；默认：sites/ 里的每个网站",
    "網站資料夾（或其中的 site.yaml，或 sites/ 下的 slug）；預設：sites/ 裡的每個網站",
);

/// `--verbose` of `build` and `check`.
const VERBOSE: Text = t(
    "Print every warning of every site; by default a kind of warning is shown for the first three sites and the rest are counted in one line (errors are always shown in full)",
    "列出每个网站的每条警告；默认同一种警告只完整显示前三个网站，其余合计为一行（错误总是完整显示）",
    "列出每個網站的每則警告；預設同一種警告只完整顯示前三個網站，其餘合計為一行（錯誤一律完整顯示）",
);

/// What each command and argument does, by key (see the module's doc).
pub const HELP: &[(&str, Text)] = &[
    (
        "",
        t(
            "hutong (互通): one YAML file of your accounts → a fast personal link hub with app links and QR codes, for every platform from WeChat to GitHub",
            "hutong（互通）：用一个 YAML 文件写下你的各个账号 → 生成一个快速的个人链接主页，带 App 链接和二维码，从微信到 GitHub 各平台都支持",
            "hutong（互通）：用一個 YAML 檔案寫下你的各個帳號 → 產生一個快速的個人連結首頁，附 App 連結和 QR 碼，從微信到 GitHub 各平台都支援",
        ),
    ),
    (
        "build",
        t(
            "Build sites into static folders ready to upload: the hub page, a redirect page and a QR code per account, and the files static hosts expect",
            "把网站生成为可以直接上传的静态文件夹：主页、每个账号的跳转页和二维码，以及静态托管服务需要的文件",
            "把網站產生為可以直接上傳的靜態資料夾：首頁、每個帳號的跳轉頁和 QR 碼，以及靜態託管服務需要的檔案",
        ),
    ),
    ("build:sites", SITES),
    (
        "build:out",
        t(
            "The output folder; each site goes to DIR/<slug>/",
            "输出文件夹；每个网站写到其中的 <slug>/ 子文件夹",
            "輸出資料夾；每個網站寫到其中的 <slug>/ 子資料夾",
        ),
    ),
    (
        "build:jobs",
        t(
            "Sites to build at once (0: one per core)",
            "同时生成的网站数（0：每个 CPU 核心一个）",
            "同時產生的網站數（0：每個 CPU 核心一個）",
        ),
    ),
    (
        "build:shard",
        t(
            "Build only slice K of N (1 ≤ K ≤ N) of the sites, for a CI matrix: each site falls in the same slice on every machine, and the N slices build every site once",
            "只生成网站分成 N 份后的第 K 份（1 ≤ K ≤ N），用于 CI 矩阵：每个网站在任何机器上都落在同一份里，N 份合起来每个网站正好生成一次",
            "只產生網站分成 N 份後的第 K 份（1 ≤ K ≤ N），用於 CI 矩陣：每個網站在任何機器上都落在同一份裡，N 份合起來每個網站正好產生一次",
        ),
    ),
    (
        "build:format",
        t(
            "`json` prints a report for machines on standard output (per site: ok, errors, pages, bytes); the messages for people stay on standard error",
            "`json`：在标准输出打印给程序读的报告（每个网站：是否成功、错误、页面、字节数）；给人看的消息仍然输出到标准错误",
            "`json`：在標準輸出印出給程式讀的報告（每個網站：是否成功、錯誤、頁面、位元組數）；給人看的訊息仍然輸出到標準錯誤",
        ),
    ),
    (
        "build:force",
        t(
            "Build every site, even those whose files have not changed since DIR's last build (the record in DIR/.hutong/ says which)",
            "生成每个网站，包括自上次生成以来文件没有变化的网站（输出文件夹里的 .hutong/ 记录了哪些没变）",
            "產生每個網站，包括自上次產生以來檔案沒有變動的網站（輸出資料夾裡的 .hutong/ 記錄了哪些沒變）",
        ),
    ),
    ("build:verbose", VERBOSE),
    (
        "check",
        t(
            "Check site profiles without writing anything: reports every problem of each file, warnings included",
            "检查网站的 site.yaml，不写入任何文件：列出每个文件的所有问题，包括警告",
            "檢查網站的 site.yaml，不寫入任何檔案：列出每個檔案的所有問題，包括警告",
        ),
    ),
    ("check:sites", SITES),
    (
        "import",
        t(
            "Import a LittleLink or Linktree page: writes sites/<slug>/site.yaml with its name, bio, picture and every link",
            "导入 LittleLink 或 Linktree 页面：用它的名字、简介、头像和每个链接写出 sites/<slug>/site.yaml",
            "匯入 LittleLink 或 Linktree 頁面：用它的名稱、簡介、頭像和每個連結寫出 sites/<slug>/site.yaml",
        ),
    ),
    (
        "import:file",
        t(
            "The page: a LittleLink index.html, or a Linktree profile saved from the browser (Save page as… → Web page, HTML only)",
            "要导入的页面：LittleLink 的 index.html，或从浏览器保存的 Linktree 主页（网页另存为… → 网页，仅 HTML）",
            "要匯入的頁面：LittleLink 的 index.html，或從瀏覽器儲存的 Linktree 主頁（另存為… → 網頁，僅 HTML）",
        ),
    ),
    (
        "import:slug",
        t(
            "The new site's slug (default: made from the page's name)",
            "新网站的 slug（默认：根据页面上的名字生成）",
            "新網站的 slug（預設：根據頁面上的名稱產生）",
        ),
    ),
    (
        "import:dir",
        t(
            "The folder that holds the sites",
            "存放各网站的文件夹",
            "存放各網站的資料夾",
        ),
    ),
    ("check:verbose", VERBOSE),
    (
        "platforms",
        t(
            "List the platforms hutong knows: what each `id` means, how to find it, an example, and the links it produces",
            "列出 hutong 支持的平台：每个 `id` 是什么、在哪里找到、示例，以及生成的链接",
            "列出 hutong 支援的平台：每個 `id` 是什麼、在哪裡找到、範例，以及產生的連結",
        ),
    ),
    (
        "platforms:id",
        t(
            "Show one platform in detail: its id, or any of its names (抖音, b站, 公众号…)",
            "详细显示一个平台：写它的 id 或任何一个名字（抖音、b站、公众号…）",
            "詳細顯示一個平台：寫它的 id 或任何一個名稱（抖音、b站、公眾號…）",
        ),
    ),
    (
        "platforms:json",
        t(
            "Print JSON instead of text",
            "输出 JSON 而不是文字",
            "輸出 JSON 而不是文字",
        ),
    ),
    (
        "new",
        t(
            "Start a new site: writes sites/<slug>/site.yaml, a commented starter profile",
            "新建网站：写入 sites/<slug>/site.yaml，一份带注释的起始模板",
            "建立新網站：寫入 sites/<slug>/site.yaml，一份附註解的起始範本",
        ),
    ),
    (
        "new:slug",
        t(
            "The site's slug: lowercase letters, digits and `-` (it names the folder and the output)",
            "网站的 slug：小写字母、数字和 `-`（用作文件夹名和输出的名字）",
            "網站的 slug：小寫字母、數字和 `-`（用作資料夾名稱和輸出的名稱）",
        ),
    ),
    (
        "new:dir",
        t(
            "The folder that holds the sites",
            "存放网站的文件夹",
            "存放網站的資料夾",
        ),
    ),
    (
        "new:github_actions",
        t(
            "Also write .github/workflows/hutong.yml beside the sites folder: GitHub Actions builds the site on every push and publishes it to GitHub Pages (never overwritten; works for a site that exists already)",
            "同时在网站文件夹旁写入 .github/workflows/hutong.yml：每次 push 时由 GitHub Actions 生成网站并发布到 GitHub Pages（不会覆盖已有的文件；网站已经存在时也可以用）",
            "同時在網站資料夾旁寫入 .github/workflows/hutong.yml：每次 push 時由 GitHub Actions 產生網站並發布到 GitHub Pages（不會覆寫既有的檔案；網站已經存在時也可以用）",
        ),
    ),
    (
        "qr",
        t(
            "Draw a QR code of any text: in the terminal (scan it from the screen with a phone), or into an .svg or .png file",
            "把任意文字画成二维码：画在终端里（用手机直接扫屏幕），或写入 .svg 或 .png 文件",
            "把任意文字畫成 QR 碼：畫在終端機裡（用手機直接掃螢幕），或寫入 .svg 或 .png 檔案",
        ),
    ),
    (
        "qr:text",
        t(
            "The text to encode, at most 2331 bytes; `-` reads it from standard input (one trailing line break is dropped)",
            "要编码的文字，最多 2331 字节；写 `-` 则从标准输入读取（去掉末尾的一个换行）",
            "要編碼的文字，最多 2331 位元組；寫 `-` 則從標準輸入讀取（去掉結尾的一個換行）",
        ),
    ),
    (
        "qr:output",
        t(
            "Write the code to FILE instead of the terminal, as SVG or as PNG (10 pixels a module, as a build's codes) by the file's extension",
            "把二维码写入文件而不是终端，按扩展名写成 SVG 或 PNG（每个模块 10 像素，和生成网站时一样）",
            "把 QR 碼寫入檔案而不是終端機，依副檔名寫成 SVG 或 PNG（每個模組 10 像素，和產生網站時一樣）",
        ),
    ),
    (
        "schema",
        t(
            "Print the JSON Schema of site.yaml, for completion and checks in editors (yaml-language-server, VS Code's YAML extension, and others)",
            "输出 site.yaml 的 JSON Schema，供编辑器补全和检查（yaml-language-server、VS Code 的 YAML 扩展等）",
            "輸出 site.yaml 的 JSON Schema，供編輯器自動完成和檢查（yaml-language-server、VS Code 的 YAML 擴充功能等）",
        ),
    ),
    (
        "schema:output",
        t(
            "Write the schema to FILE instead of standard output",
            "把 schema 写入文件而不是标准输出",
            "把 schema 寫入檔案而不是標準輸出",
        ),
    ),
    (
        "serve",
        t(
            "Preview a site while you edit it, reloading the page on every save",
            "边编辑边预览网站，每次保存都会重新加载页面",
            "邊編輯邊預覽網站，每次儲存都會重新載入頁面",
        ),
    ),
    (
        "serve+",
        t(
            "Builds the site into a temporary folder (dist/ is left alone), serves it on 127.0.0.1 only, and rebuilds and reloads the page whenever site.yaml or a file beside it changes. Errors show in the terminal and in a panel over the last good build, which stays up. Add ?as=wechat (or iphone, android, desktop, wechat-android, qq, weibo, douyin) to an address to see the pages as that browser would, without ever leaving the site; ?as=off ends it. Ctrl-C stops.",
            "把网站生成到一个临时文件夹（不动 dist/），只在 127.0.0.1 上提供访问；site.yaml 或它旁边的文件一有改动，就重新生成并刷新页面。错误显示在终端里，也显示在页面的面板里，面板下面仍是上一次成功生成的网站。在网址后加上 ?as=wechat（或 iphone、android、desktop、wechat-android、qq、weibo、douyin），就能看到页面在该浏览器里的样子，而且始终停留在本网站内；?as=off 结束预览。按 Ctrl-C 停止。",
            "把網站產生到一個暫存資料夾（不動 dist/），只在 127.0.0.1 上提供存取；site.yaml 或它旁邊的檔案一有變動，就重新產生並重新整理頁面。錯誤顯示在終端機裡，也顯示在頁面的面板裡，面板下面仍是上一次成功產生的網站。在網址後加上 ?as=wechat（或 iphone、android、desktop、wechat-android、qq、weibo、douyin），就能看到頁面在該瀏覽器裡的樣子，而且始終停留在本網站內；?as=off 結束預覽。按 Ctrl-C 停止。",
        ),
    ),
    (
        "serve:site",
        t(
            "The site folder (or its site.yaml, or a slug under sites/); default: the only site in sites/",
            "网站文件夹（或其中的 site.yaml，或 sites/ 下的 slug）；默认：sites/ 里唯一的网站",
            "網站資料夾（或其中的 site.yaml，或 sites/ 下的 slug）；預設：sites/ 裡唯一的網站",
        ),
    ),
    (
        "serve:port",
        t(
            "The port on 127.0.0.1 (0: any free port); default: 8000, or the next free one",
            "127.0.0.1 上的端口（0：任意空闲端口）；默认：8000，被占用时用下一个空闲端口",
            "127.0.0.1 上的連接埠（0：任意可用的連接埠）；預設：8000，被佔用時用下一個可用的連接埠",
        ),
    ),
    (
        "serve:open",
        t(
            "Open the page in the default browser",
            "在默认浏览器中打开页面",
            "在預設瀏覽器中開啟頁面",
        ),
    ),
    (
        "resolve",
        t(
            "Follow the short links in site profiles (b23.tv, v.douyin.com, m.tb.cn…) once and write the profile addresses they lead to into site.yaml. The only command that uses the network",
            "打开 site.yaml 里的短链接（b23.tv、v.douyin.com、m.tb.cn…）一次，把它们指向的主页网址写回 site.yaml。这是唯一会联网的命令",
            "開啟 site.yaml 裡的短網址（b23.tv、v.douyin.com、m.tb.cn…）一次，把它們指向的主頁網址寫回 site.yaml。這是唯一會連網的指令",
        ),
    ),
    ("resolve:sites", SITES),
    (
        "resolve:dry_run",
        t(
            "Print the changes as a diff and write nothing",
            "以 diff 形式显示改动，不写入任何内容",
            "以 diff 形式顯示變更，不寫入任何內容",
        ),
    ),
    (
        "resolve:timeout",
        t(
            "Seconds to wait for one request; one link's whole chain gets four times as long",
            "单个请求最多等待的秒数；一个链接的整条跳转链最多等待四倍时间",
            "單一請求最多等待的秒數；一個連結的整條跳轉鏈最多等待四倍時間",
        ),
    ),
    (
        "completions",
        t(
            "Print a shell completion script for hutong",
            "输出 hutong 的 shell 补全脚本",
            "輸出 hutong 的 shell 自動完成腳本",
        ),
    ),
    (
        "completions+",
        t(
            "For example: `hutong completions bash > ~/.local/share/bash-completion/completions/hutong`, `hutong completions zsh > ~/.zfunc/_hutong` (with ~/.zfunc on $fpath), or `hutong completions fish > ~/.config/fish/completions/hutong.fish`. The completions' descriptions are in English.",
            "例如：`hutong completions bash > ~/.local/share/bash-completion/completions/hutong`、`hutong completions zsh > ~/.zfunc/_hutong`（并把 ~/.zfunc 加进 $fpath），或 `hutong completions fish > ~/.config/fish/completions/hutong.fish`。补全里的说明是英文的。",
            "例如：`hutong completions bash > ~/.local/share/bash-completion/completions/hutong`、`hutong completions zsh > ~/.zfunc/_hutong`（並把 ~/.zfunc 加進 $fpath），或 `hutong completions fish > ~/.config/fish/completions/hutong.fish`。自動完成裡的說明是英文的。",
        ),
    ),
    (
        "completions:shell",
        t(
            "The shell to complete in",
            "要补全的 shell",
            "要自動完成的 shell",
        ),
    ),
    (
        "man",
        t(
            "Print hutong's manual page (roff), or write one page per command into a folder",
            "输出 hutong 的手册页（roff），或者为每个命令各写一页到文件夹里",
            "輸出 hutong 的使用手冊頁面（roff），或者為每個指令各寫一頁到資料夾裡",
        ),
    ),
    (
        "man+",
        t(
            "For example: `hutong man | man -l -`, or `hutong man -o /usr/local/share/man/man1`. The manual is in English.",
            "例如：`hutong man | man -l -`，或 `hutong man -o /usr/local/share/man/man1`。手册页是英文的。",
            "例如：`hutong man | man -l -`，或 `hutong man -o /usr/local/share/man/man1`。使用手冊是英文的。",
        ),
    ),
    (
        "man:output",
        t(
            "Write hutong.1 and a hutong-<command>.1 for each command into DIR (created if missing) instead of printing hutong.1",
            "把 hutong.1 和每个命令的 hutong-<命令>.1 写进这个文件夹（没有就创建），而不是输出 hutong.1",
            "把 hutong.1 和每個指令的 hutong-<指令>.1 寫進這個資料夾（沒有就建立），而不是輸出 hutong.1",
        ),
    ),
    (
        "help",
        t(
            "Print this help, or the help of the given command",
            "显示本帮助，或指定命令的帮助",
            "顯示本說明，或指定指令的說明",
        ),
    ),
    (
        "help:command",
        t(
            "The command to show the help of",
            "要显示帮助的命令",
            "要顯示說明的指令",
        ),
    ),
];

/// The value names that are words (`N` and `K/N` are not), by their English name.
/// `SLUG` and `SHELL` stay as they are: a Chinese reader knows both by these names.
pub const VALUE_NAMES: &[(&str, Text)] = &[
    ("SHELL", t("SHELL", "SHELL", "SHELL")),
    ("SLUG", t("SLUG", "SLUG", "SLUG")),
    ("COMMAND", t("COMMAND", "命令", "指令")),
    ("DIR", t("DIR", "文件夹", "資料夾")),
    ("FILE", t("FILE", "文件", "檔案")),
    ("FORMAT", t("FORMAT", "格式", "格式")),
    ("NAME", t("NAME", "名字", "名稱")),
    ("SECONDS", t("SECONDS", "秒数", "秒數")),
    ("SITE", t("SITE", "网站", "網站")),
    ("TEXT", t("TEXT", "文字", "文字")),
];

/// The words clap would write in English around the catalogue's texts.
pub mod frame {
    use super::{Text, t};

    pub const USAGE: Text = t("Usage", "用法", "用法");
    pub const OPTIONS: Text = t("Options", "选项", "選項");
    pub const ARGUMENTS: Text = t("Arguments", "参数", "引數");
    pub const COMMANDS: Text = t("Commands", "命令", "指令");
    pub const HELP: Text = t("Print help", "显示帮助", "顯示說明");
    pub const HELP_MORE: Text = t(
        "Print help (see more with `--help`)",
        "显示帮助（用 `--help` 显示更多）",
        "顯示說明（用 `--help` 顯示更多）",
    );
    pub const HELP_SUMMARY: Text = t(
        "Print help (see a summary with `-h`)",
        "显示帮助（用 `-h` 只显示摘要）",
        "顯示說明（用 `-h` 只顯示摘要）",
    );
    pub const VERSION: Text = t("Print version", "显示版本", "顯示版本");
    pub const DEFAULT: Text = t("[default: {value}]", "[默认：{value}]", "[預設：{value}]");
    pub const POSSIBLE: Text = t(
        "[possible values: {values}]",
        "[可选值：{values}]",
        "[可選值：{values}]",
    );
}

/// The text of `key` in the catalogue.
pub fn lookup(key: &str) -> Option<&'static Text> {
    HELP.iter().find(|(k, _)| *k == key).map(|(_, text)| text)
}

/// The whole command line in `lang`: `cli` (the definition without words) with the
/// catalogue's texts, translated headings, usage lines and help flags, and a `help`
/// command. A command or argument missing from the catalogue keeps what clap has (the
/// test of this module makes sure none is).
pub fn localize(cli: Command, lang: Lang) -> Command {
    let help = Command::new("help").arg(
        Arg::new("command")
            .value_name("COMMAND")
            .action(ArgAction::Set),
    );
    let cli = cli.disable_help_subcommand(true).subcommand(help);
    translate(cli, "", lang)
}

fn translate(mut cmd: Command, path: &str, lang: Lang) -> Command {
    if let Some(about) = lookup(path) {
        cmd = cmd.about(about.get(lang));
    }
    // A long about is the about followed by more, as clap shows it under `--help`.
    let long = lookup(&format!("{path}+"));
    if let (Some(about), Some(more)) = (lookup(path), long) {
        cmd = cmd.long_about(format!("{}\n\n{}", about.get(lang), more.get(lang)));
    }
    let ids: Vec<clap::Id> = cmd.get_arguments().map(|a| a.get_id().clone()).collect();
    for id in ids {
        let key = format!("{path}:{id}");
        cmd = cmd.mut_arg(id, |arg| translate_arg(arg, &key, lang));
    }
    let has_long = long.is_some();
    let (short_help, long_help) = if has_long {
        (frame::HELP_MORE, Some(frame::HELP_SUMMARY.get(lang)))
    } else {
        (frame::HELP, None)
    };
    let options = frame::OPTIONS.get(lang);
    cmd = cmd.disable_help_flag(true).disable_version_flag(true).arg(
        Arg::new("help")
            .short('h')
            .long("help")
            .action(ArgAction::Help)
            .help(short_help.get(lang))
            .long_help(long_help)
            .help_heading(options),
    );
    if path != "help" {
        cmd = cmd.version(env!("CARGO_PKG_VERSION")).arg(
            Arg::new("version")
                .short('V')
                .long("version")
                .action(ArgAction::Version)
                .help(frame::VERSION.get(lang))
                .help_heading(options),
        );
    }
    let names: Vec<String> = cmd
        .get_subcommands()
        .map(|s| s.get_name().to_owned())
        .collect();
    for name in names {
        let child = if path.is_empty() {
            name.clone()
        } else {
            format!("{path} {name}")
        };
        cmd = cmd.mut_subcommand(&name, |sub| translate(sub, &child, lang));
    }
    let usage = usage(&cmd, path, lang);
    let styles = Styles::default();
    let heading = styles.get_usage();
    cmd.override_usage(usage)
        .subcommand_help_heading(frame::COMMANDS.get(lang))
        .subcommand_value_name(word("COMMAND", lang))
        .help_template(format!(
            "{{about-with-newline}}\n{heading}{}:{heading:#} {{usage}}\n\n{{all-args}}{{after-help}}",
            frame::USAGE.get(lang)
        ))
}

fn translate_arg(mut arg: Arg, key: &str, lang: Lang) -> Arg {
    let mut help = lookup(key).map(|text| text.get(lang).to_owned());
    let takes_values = arg.get_action().takes_values();
    let values: Vec<String> = arg
        .get_possible_values()
        .iter()
        .filter(|v| !v.is_hide_set())
        .map(|v| v.get_name().to_owned())
        .collect();
    let defaults: Vec<String> = arg
        .get_default_values()
        .iter()
        .map(|v| v.to_string_lossy().into_owned())
        .collect();
    if let Some(help) = &mut help {
        if !defaults.is_empty() {
            help.push(' ');
            help.push_str(&frame::DEFAULT.fill(lang, &[("value", &defaults.join(","))]));
        }
        if takes_values && !values.is_empty() {
            help.push(' ');
            help.push_str(&frame::POSSIBLE.fill(lang, &[("values", &values.join(", "))]));
        }
    }
    let heading = if arg.is_positional() {
        frame::ARGUMENTS
    } else {
        frame::OPTIONS
    };
    let names: Vec<clap::builder::Str> = arg
        .get_value_names()
        .unwrap_or_default()
        .iter()
        .map(|name| word(name.as_str(), lang).map_or_else(|| name.clone(), Into::into))
        .collect();
    if !names.is_empty() {
        arg = arg.value_names(names);
    }
    if let Some(help) = help {
        arg = arg.help(help).long_help(None);
    }
    if takes_values {
        arg = arg.hide_default_value(true).hide_possible_values(true);
    }
    arg.help_heading(heading.get(lang))
}

/// A value name in `lang`, if it is a word of the catalogue (`N` is not).
fn word(name: &str, lang: Lang) -> Option<&'static str> {
    VALUE_NAMES
        .iter()
        .find(|(n, _)| *n == name)
        .map(|(_, text)| text.get(lang))
}

/// A value name in `lang`: the catalogue's word, or the name as written.
fn value_name(name: &str, lang: Lang) -> String {
    word(name, lang).unwrap_or(name).to_owned()
}

/// The usage line of `cmd`, clap's layout with translated words: the path, then
/// `<COMMAND>` for a command with subcommands, or `[OPTIONS]` when it has options and
/// then each positional argument.
fn usage(cmd: &Command, path: &str, lang: Lang) -> String {
    let mut out = String::from("hutong");
    if !path.is_empty() {
        out.push(' ');
        out.push_str(path);
    }
    if cmd.has_subcommands() {
        out.push_str(&format!(" <{}>", value_name("COMMAND", lang)));
        return out;
    }
    let has_options = cmd.get_arguments().any(|a| {
        !a.is_positional()
            && !a.is_hide_set()
            && !matches!(a.get_action(), ArgAction::Help | ArgAction::Version)
    });
    if has_options {
        out.push_str(&format!(" [{}]", frame::OPTIONS.get(lang).to_uppercase()));
    }
    for arg in cmd.get_positionals() {
        let names = arg.get_value_names().unwrap_or_default();
        let name = names
            .first()
            .map_or_else(|| arg.get_id().as_str().to_uppercase(), |n| n.to_string());
        let many = matches!(arg.get_action(), ArgAction::Append);
        let dots = if many { "..." } else { "" };
        if arg.is_required_set() {
            out.push_str(&format!(" <{name}>{dots}"));
        } else {
            out.push_str(&format!(" [{name}]{dots}"));
        }
    }
    out
}

/// `hutong help [COMMAND]`: prints the long help of hutong or of one command, or gives
/// the usage error to print for a command that does not exist.
pub fn print(cli: &mut Command, name: Option<&str>, lang: Lang) -> Result<(), String> {
    let Some(name) = name else {
        let _ = cli.print_long_help();
        return Ok(());
    };
    let names: Vec<String> = cli
        .get_subcommands()
        .map(|c| c.get_name().to_owned())
        .filter(|n| n != "help")
        .collect();
    let close = hutong::suggest::closest(name, names.iter().map(String::as_str), 1);
    let Some(sub) = cli.find_subcommand_mut(name) else {
        let mut text = format!(
            "{}{}\n",
            hutong::messages::LABEL_ERROR.get(lang),
            super::words::USAGE_UNKNOWN_COMMAND.fill(lang, &[("name", name)])
        );
        let hint = if close.is_empty() {
            super::words::USAGE_MORE.get(lang).to_owned()
        } else {
            hutong::messages::HINT_DID_YOU_MEAN
                .fill(lang, &[("name", &hutong::messages::or_list(lang, &close))])
        };
        text.push_str(&format!(
            "  = {}{hint}\n",
            hutong::messages::LABEL_HINT.get(lang)
        ));
        return Err(text);
    };
    let _ = sub.print_long_help();
    Ok(())
}

#[cfg(test)]
mod tests;
