//! What `hutong serve` adds to the pages it serves, as pure text transformations.
//!
//! Takes a built page's HTML and the server's state (build token, current error,
//! preview); gives the HTML the browser receives: the page's Content-Security-Policy
//! widened to allow the server's own files, a reload script, a preview bar, the error
//! overlay, and in a preview every link that leaves the site pointed at a page saying
//! where it would have gone. It never touches what `hutong build` writes: the build's
//! files stay exactly as they would be uploaded.
//!
//! Why files, not inline code: every page carries a strict CSP in a `<meta>` (hashes,
//! no `'unsafe-inline'`). Serving the reload script, the preview script and the styles
//! as `/__hutong/*` files and adding `'self'` to `script-src`, `style-src` and
//! `connect-src` keeps the page's own hashes in force, needs no hash recomputed when
//! the injected code changes, and keeps the overlay and bar visible with JavaScript off.

use crate::Lang;
use crate::escape;
use crate::lang::{Text, fill, words};

/// The URL prefix of the server's own files; no site file can start with it, since
/// a built site's paths start with a letter, a digit or `_headers`.
pub const PREFIX: &str = "/__hutong/";

/// A browser environment that `?as=` can preview.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Preview {
    /// The value of `?as=`.
    pub id: &'static str,
    /// Its name in each interface language.
    pub names: Text,
    /// The user agent the page's script sees. Shapes from `tests/js/user-agents.json`,
    /// where `decide()` is tested against them.
    pub user_agent: &'static str,
}

/// Every environment `?as=` knows, in the order the preview bar lists them.
pub const PREVIEWS: &[Preview] = &[
    Preview {
        id: "desktop",
        names: Text {
            en: "desktop",
            zh_hans: "电脑",
            zh_hant: "電腦",
        },
        user_agent: "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0.0.0 Safari/537.36",
    },
    Preview {
        id: "iphone",
        names: Text {
            en: "iPhone",
            zh_hans: "iPhone",
            zh_hant: "iPhone",
        },
        user_agent: "Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Mobile/15E148 Safari/604.1",
    },
    Preview {
        id: "android",
        names: Text {
            en: "Android",
            zh_hans: "安卓",
            zh_hant: "Android",
        },
        user_agent: "Mozilla/5.0 (Linux; Android 10; K) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/121.0.0.0 Mobile Safari/537.36",
    },
    Preview {
        id: "wechat",
        names: Text {
            en: "WeChat (iPhone)",
            zh_hans: "微信 (iPhone)",
            zh_hant: "微信 (iPhone)",
        },
        user_agent: "Mozilla/5.0 (iPhone; CPU iPhone OS 16_6 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 MicroMessenger/8.0.42(0x18002a2f) NetType/WIFI Language/zh_CN",
    },
    Preview {
        id: "wechat-android",
        names: Text {
            en: "WeChat (Android)",
            zh_hans: "微信 (安卓)",
            zh_hant: "微信 (Android)",
        },
        user_agent: "Mozilla/5.0 (Linux; Android 6.0.1; D6653 Build/23.5.A.0.575; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/58.0.3029.83 Mobile Safari/537.36 MicroMessenger/6.5.7.1041 NetType/WIFI Language/zh_CN",
    },
    Preview {
        id: "qq",
        names: Text {
            en: "QQ",
            zh_hans: "QQ",
            zh_hant: "QQ",
        },
        user_agent: "Mozilla/5.0 (iPhone; CPU iPhone OS 16_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 QQ/8.9.18.609 V1_IPH_SQ_8.9.18_1_APP_A Pixel/1170 Core/WKWebView Device/Apple(iPhone 13) NetType/WIFI QBWebViewType/1 WKType/1",
    },
    Preview {
        id: "weibo",
        names: Text {
            en: "Weibo",
            zh_hans: "微博",
            zh_hant: "微博",
        },
        user_agent: "Mozilla/5.0 (iPhone; CPU iPhone OS 16_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 Weibo (iPhone14,2__weibo__13.1.1__iphone__os16.0)",
    },
    Preview {
        id: "douyin",
        names: Text {
            en: "Douyin",
            zh_hans: "抖音",
            zh_hant: "抖音",
        },
        user_agent: "Mozilla/5.0 (Linux; Android 9; COL-TL10 Build/HUAWEICOL-TL10; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/75.0.3770.156 Mobile Safari/537.36 aweme_130400 JsSdk/1.0 NetType/WIFI Channel/huawei_1 AppName/aweme app_version/13.4.0 ByteLocale/zh-Hans-CN Region/CN",
    },
];

/// The preview named `id`, if there is one. Case does not matter: the bar shows
/// `iPhone`, and `?as=iPhone` must preview it, not quietly end the preview.
pub fn preview(id: &str) -> Option<&'static Preview> {
    let id = id.trim();
    PREVIEWS.iter().find(|p| p.id.eq_ignore_ascii_case(id))
}

// `Words`, from words/serve.toml, which build.rs writes as Rust.
include!(concat!(env!("OUT_DIR"), "/words/serve.rs"));

/// What the server knows when it serves a page.
#[derive(Debug, Clone, Copy)]
pub struct Context<'a> {
    /// Identifies the build being served; the reload script waits for it to change.
    pub token: &'a str,
    /// The current build's errors, rendered for a person, when it failed.
    pub error: Option<&'a str>,
    /// Whether the files served come from an earlier, good build.
    pub have_build: bool,
    pub lang: Lang,
    pub preview: Option<&'static Preview>,
}

/// A built page as served: policy widened, server files linked, bar and overlay added,
/// and in a preview the links that leave the site rewritten.
pub fn page(html: &str, cx: &Context) -> String {
    let mut html = widen_policy(html);
    if let Some(preview) = cx.preview {
        html = redirect_links(&html, preview);
    }
    let head = head_tags(cx);
    html = match find_ci(&html, "</head>") {
        Some(at) => format!("{}{head}{}", &html[..at], &html[at..]),
        None => format!("{head}{html}"),
    };
    let body = body_tags(cx);
    match find_ci(&html, "<body").and_then(|at| html[at..].find('>').map(|end| at + end + 1)) {
        Some(at) => format!("{}{body}{}", &html[..at], &html[at..]),
        None => format!("{html}{body}"),
    }
}

/// The page served for every page path before any build succeeded: the errors.
pub fn error_page(cx: &Context) -> String {
    standalone(cx, "hutong serve", "")
}

/// Where a link that leaves the site would have gone, said instead of going there.
pub fn away_page(to: &str, cx: &Context) -> String {
    let words = Words::of(cx.lang);
    let env = cx
        .preview
        .map_or(words.this_browser, |p| p.names.get(cx.lang));
    let web = to.starts_with("https://") || to.starts_with("http://");
    let said = if web { words.away_web } else { words.away_app };
    let mut main = format!(
        "<p>{}</p><p><code>{}</code></p>",
        escape::html(&fill(said, &[("env", env)])),
        escape::html(to)
    );
    if web {
        main.push_str(&format!(
            "<p><a href=\"{}\" rel=\"noopener noreferrer\">{}</a></p>",
            escape::html(to),
            escape::html(words.open_anyway)
        ));
    }
    main.push_str(&format!(
        "<p class=\"hutong-note\">{}</p><p><a href=\"/\">{}</a></p>",
        escape::html(words.away_note),
        escape::html(words.back)
    ));
    standalone(cx, "hutong serve", &main)
}

/// A page of the server's own, with the same bar, overlay and reload as a site page.
fn standalone(cx: &Context, title: &str, main: &str) -> String {
    let html_lang = cx.lang.tag();
    page(
        &format!(
            "<!doctype html>\n<html lang=\"{html_lang}\">\n<head>\n<meta charset=\"utf-8\">\n\
             <meta name=\"viewport\" content=\"width=device-width,initial-scale=1\">\n\
             <meta http-equiv=\"Content-Security-Policy\" content=\"default-src &#39;none&#39;\">\n\
             <title>{title}</title>\n</head>\n<body class=\"hutong-page\">\n<main>{main}</main>\n</body>\n</html>\n"
        ),
        &Context {
            preview: None,
            ..*cx
        },
    )
}

fn head_tags(cx: &Context) -> String {
    let mut tags = format!("<link rel=\"stylesheet\" href=\"{PREFIX}serve.css\">");
    if let Some(p) = cx.preview {
        // In the head, so it runs before the page's own script at the end of the body.
        tags.push_str(&format!(
            "<script src=\"{PREFIX}preview.js?as={}\"></script>",
            p.id
        ));
    }
    tags.push_str(&format!(
        "<script src=\"{PREFIX}reload.js\" data-v=\"{}\" defer></script>",
        escape::html(cx.token)
    ));
    tags
}

/// The dock at the bottom of the window: the error panel, when the build failed, above
/// the preview bar. The panel takes at most part of the window and scrolls within it,
/// so the last good build shows above it, and a click on its title folds it away
/// (`<details>`, with or without JavaScript).
fn body_tags(cx: &Context) -> String {
    let words = Words::of(cx.lang);
    let mut dock = String::from("<div id=\"hutong-dock\">");
    if let Some(error) = cx.error {
        let title = if cx.have_build {
            words.errors_kept
        } else {
            words.errors_none
        };
        dock.push_str(&format!(
            "<details id=\"hutong-error\" role=\"alert\" open><summary>{}</summary><pre>{}</pre><p>{}</p></details>",
            escape::html(title),
            escape::html(error),
            escape::html(words.fix)
        ));
    }
    dock.push_str(&format!(
        "<nav id=\"hutong-bar\" aria-label=\"hutong serve\"><b>{}</b>",
        words.preview
    ));
    let current = |yes: bool| if yes { " aria-current=\"true\"" } else { "" };
    dock.push_str(&format!(
        "<a href=\"?as=off\"{}>{}</a>",
        current(cx.preview.is_none()),
        words.this_browser
    ));
    for p in PREVIEWS {
        dock.push_str(&format!(
            "<a href=\"?as={}\"{}>{}</a>",
            p.id,
            current(cx.preview.is_some_and(|c| c.id == p.id)),
            escape::html(p.names.get(cx.lang))
        ));
    }
    dock.push_str("</nav></div>");
    dock
}

/// Adds `'self'` to the `script-src`, `style-src` and `connect-src` of the page's
/// `<meta>` policy (adding the directives when missing), so the server's files load
/// and the reload script can ask for news. The page's hashes stay as they are.
pub fn widen_policy(html: &str) -> String {
    rewrite_attr(html, "<meta", "content", |tag, policy| {
        let is_csp = find_ci(tag, "http-equiv=\"content-security-policy\"").is_some();
        is_csp.then(|| escape::html(&widen(&escape::unescape_html(policy))))
    })
}

fn widen(policy: &str) -> String {
    let mut directives: Vec<String> = policy
        .split(';')
        .map(str::trim)
        .filter(|d| !d.is_empty())
        .map(str::to_owned)
        .collect();
    for name in ["script-src", "style-src", "connect-src"] {
        match directives
            .iter_mut()
            .find(|d| d.split_whitespace().next() == Some(name))
        {
            Some(d) if d.split_whitespace().any(|s| s == "'self'") => {}
            Some(d) => {
                let sources: Vec<&str> = d
                    .split_whitespace()
                    .skip(1)
                    .filter(|s| *s != "'none'")
                    .collect();
                *d = format!("{name} {} 'self'", sources.join(" ")).replace("  ", " ");
            }
            None => directives.push(format!("{name} 'self'")),
        }
    }
    directives.join("; ")
}

/// Points every `<a href>` that leaves the site (any address with a scheme: web pages,
/// app schemes, `intent:` links) at `/__hutong/away`, which says where it leads. The
/// pages' scripts read their targets from these links, so an automatic redirect in the
/// preview lands there too, and never on a third-party host.
pub fn redirect_links(html: &str, preview: &Preview) -> String {
    rewrite_attr(html, "<a", "href", |tag, href| {
        // `<a` and a space: not `<abbr` or `<aside`.
        let anchor = tag.as_bytes().get(2).is_some_and(u8::is_ascii_whitespace);
        let to = escape::unescape_html(href);
        (anchor && leaves(&to)).then(|| {
            let encoded: String = url::form_urlencoded::byte_serialize(to.as_bytes()).collect();
            format!("{PREFIX}away?as={}&amp;to={encoded}", preview.id)
        })
    })
}

/// `html` with one attribute of each tag that opens with `open` rewritten: `rewrite`
/// takes the whole tag and the attribute's value as written (escaped), and gives the
/// new value as written, or `None` to leave the tag as it is.
fn rewrite_attr(
    html: &str,
    open: &str,
    attr: &str,
    rewrite: impl Fn(&str, &str) -> Option<String>,
) -> String {
    let mut out = String::with_capacity(html.len() + 256);
    let mut rest = html;
    while let Some(start) = find_ci(rest, open) {
        let Some(len) = rest[start..].find('>') else {
            break;
        };
        let tag = &rest[start..start + len + 1];
        out.push_str(&rest[..start]);
        let rewritten =
            attr_range(tag, attr).and_then(|(a, b)| Some((a, b, rewrite(tag, &tag[a..b])?)));
        match rewritten {
            Some((a, b, value)) => {
                out.push_str(&tag[..a]);
                out.push_str(&value);
                out.push_str(&tag[b..]);
            }
            None => out.push_str(tag),
        }
        rest = &rest[start + len + 1..];
    }
    out.push_str(rest);
    out
}

/// Whether a link leaves the site: it has a scheme (`https:`, `weixin:`, `intent:`,
/// `mailto:`) or is protocol-relative.
fn leaves(href: &str) -> bool {
    if href.starts_with("//") {
        return true;
    }
    let Some(colon) = href.find(':') else {
        return false;
    };
    let scheme = &href[..colon];
    !scheme.is_empty()
        && scheme.as_bytes()[0].is_ascii_alphabetic()
        && scheme
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'+' | b'-' | b'.'))
}

/// The byte range of the value of `name="…"` in a tag.
fn attr_range(tag: &str, name: &str) -> Option<(usize, usize)> {
    let mut from = 0;
    while let Some(i) = find_ci(&tag[from..], name) {
        let at = from + i;
        let before = tag[..at].chars().next_back();
        let rest = &tag[at + name.len()..];
        if before.is_some_and(char::is_whitespace) && rest.starts_with("=\"") {
            let start = at + name.len() + 2;
            let len = tag[start..].find('"')?;
            return Some((start, start + len));
        }
        from = at + name.len();
    }
    None
}

/// `needle` (ASCII) in `haystack`, ignoring ASCII case.
fn find_ci(haystack: &str, needle: &str) -> Option<usize> {
    let (h, n) = (haystack.as_bytes(), needle.as_bytes());
    (0..(h.len() + 1).saturating_sub(n.len())).find(|&i| h[i..i + n.len()].eq_ignore_ascii_case(n))
}

/// The live-reload script: asks `/__hutong/wait` (a long poll that answers when the
/// build changes, or after 25 s) and reloads when the token differs from the page's.
/// When the server is gone it retries, slower and slower, and reloads once it is back.
pub const RELOAD_JS: &str = r#"(function(){
var v=document.currentScript.getAttribute('data-v'),d=500;
function poll(){fetch('/__hutong/wait?v='+encodeURIComponent(v),{cache:'no-store'}).then(function(r){if(!r.ok)throw r.status;return r.json()}).then(function(j){d=500;if(j.v!==v)location.reload();else poll()}).catch(function(){setTimeout(poll,d);d=Math.min(d*2,5000)})}
poll()})();
"#;

/// The preview script for `preview`: the page's scripts read `navigator.userAgent`
/// (`decide()` in templates/common.js), so it answers with the preview's user agent.
pub fn preview_js(preview: &Preview) -> String {
    let ua = serde_json::to_string(preview.user_agent).expect("a string serialises");
    format!(
        "(function(){{var u={ua};try{{Object.defineProperty(navigator,'userAgent',{{get:function(){{return u}},configurable:true}})}}catch(e){{}}}})();\n"
    )
}

/// The bar's, the overlay's and the server pages' styles. Ids are prefixed so the
/// page's own styles do not reach them, and the page's cannot be reached by these.
pub const SERVE_CSS: &str = "\
#hutong-dock{position:fixed;z-index:2147483647;left:0;right:0;bottom:0;max-height:65vh;display:flex;flex-direction:column;align-items:flex-start;pointer-events:none;text-align:left}
#hutong-dock>*{pointer-events:auto;box-sizing:border-box}
#hutong-bar{flex:none;max-width:calc(100% - 16px);margin:0 8px 8px;padding:4px 8px;border-radius:8px;background:#1b1b1f;color:#ddd;font:12px/1.8 system-ui,-apple-system,\"PingFang SC\",\"Microsoft YaHei\",sans-serif;opacity:.94}
#hutong-bar b{margin-right:.4em;color:#fff}
#hutong-bar a{display:inline-block;margin:0 .15em;padding:0 .4em;border-radius:4px;color:#8cc8ff;text-decoration:none}
#hutong-bar a[aria-current]{background:#fff;color:#1b1b1f;font-weight:700}
#hutong-error{flex:0 1 auto;min-height:0;align-self:stretch;overflow:auto;overscroll-behavior:contain;margin:0 0 8px;padding:10px 16px;border-top:3px solid #e5484d;background:#2a0d0d;color:#ffe3e3;font:14px/1.5 system-ui,-apple-system,\"PingFang SC\",\"Microsoft YaHei\",sans-serif;box-shadow:0 -4px 16px rgba(0,0,0,.35)}
#hutong-error summary{cursor:pointer;font-weight:700;font-size:15px}
#hutong-error pre{margin:10px 0;padding:10px;white-space:pre-wrap;overflow-wrap:anywhere;border-radius:6px;background:#120404;color:#ffd0d0;font:13px/1.45 ui-monospace,Menlo,Consolas,\"Noto Sans Mono CJK SC\",monospace}
#hutong-error p{margin:0}
body.hutong-page{margin:0;padding:24px;font:16px/1.6 system-ui,-apple-system,\"PingFang SC\",\"Microsoft YaHei\",sans-serif;color:#222;background:#fafafa}
body.hutong-page main{max-width:40em;margin:0 auto}
body.hutong-page code{display:block;padding:8px;overflow-wrap:anywhere;background:#eee;border-radius:4px}
body.hutong-page .hutong-note{color:#666;font-size:14px}
";

#[cfg(test)]
mod tests {
    use super::*;

    const PAGE: &str = "<!doctype html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<meta http-equiv=\"Content-Security-Policy\" content=\"default-src &#39;none&#39;; img-src &#39;self&#39;; style-src &#39;sha256-AAA=&#39;; script-src &#39;sha256-BBB=&#39;; base-uri &#39;none&#39;\">\n<title>t</title>\n</head>\n<body>\n<a class=\"b\" href=\"https://github.com/a?x=1&amp;y=2\" rel=\"me\">gh</a><a href=\"go/github/\">go</a><a id=\"ai\" href=\"weixin://dl/x\">app</a>\n<script>x()</script>\n</body>\n</html>\n";

    fn cx() -> Context<'static> {
        Context {
            token: "t1",
            error: None,
            have_build: true,
            lang: Lang::En,
            preview: None,
        }
    }

    fn policy(html: &str) -> String {
        let (a, b) = attr_range(&html[html.find("http-equiv").unwrap()..], "content").unwrap();
        let start = html.find("http-equiv").unwrap();
        escape::unescape_html(&html[start + a..start + b])
    }

    #[test]
    fn the_policy_keeps_its_hashes_and_allows_the_servers_files() {
        let html = widen_policy(PAGE);
        assert_eq!(
            policy(&html),
            "default-src 'none'; img-src 'self'; style-src 'sha256-AAA=' 'self'; script-src 'sha256-BBB=' 'self'; base-uri 'none'; connect-src 'self'"
        );
        assert_eq!(
            widen("default-src 'none'; script-src 'none'"),
            "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'"
        );
        assert_eq!(widen(&widen("style-src 'self'")), widen("style-src 'self'"));
        let page_without_policy = "<html><head><meta charset=\"utf-8\"></head></html>";
        assert_eq!(widen_policy(page_without_policy), page_without_policy);
    }

    #[test]
    fn a_served_page_links_the_reload_script_in_the_head_and_the_bar_in_the_body() {
        let html = page(PAGE, &cx());
        let head = &html[..html.find("</head>").unwrap()];
        assert!(head.contains("<link rel=\"stylesheet\" href=\"/__hutong/serve.css\">"));
        assert!(head.contains("<script src=\"/__hutong/reload.js\" data-v=\"t1\" defer></script>"));
        assert!(!head.contains("preview.js"), "no preview unless asked");
        let body = &html[html.find("<body>").unwrap()..];
        assert!(body.starts_with("<body><div id=\"hutong-dock\"><nav id=\"hutong-bar\""));
        assert!(body.contains("<a href=\"?as=off\" aria-current=\"true\">this browser</a>"));
        assert!(!html.contains("hutong-error"));
        assert!(
            html.contains("href=\"https://github.com/a?x=1&amp;y=2\""),
            "links kept outside a preview"
        );
        assert!(
            html.contains("<script>x()</script>"),
            "the page's script is untouched"
        );
    }

    #[test]
    fn errors_show_escaped_in_an_overlay_in_the_pages_language() {
        let error = "error: sites/a/site.yaml:3:1: unknown key `<acounts>` & more";
        let html = page(
            PAGE,
            &Context {
                error: Some(error),
                lang: Lang::ZhHans,
                ..cx()
            },
        );
        assert!(html.contains("<div id=\"hutong-dock\"><details id=\"hutong-error\" role=\"alert\" open><summary>site.yaml 有错误：页面仍是上一次成功构建的样子</summary>"));
        let error_at = html.find("id=\"hutong-error\"").unwrap();
        assert!(
            error_at < html.find("id=\"hutong-bar\"").unwrap(),
            "the panel sits above the bar"
        );
        assert!(html.contains("unknown key `&lt;acounts&gt;` &amp; more"));
        let none = error_page(&Context {
            error: Some(error),
            have_build: false,
            ..cx()
        });
        assert!(none.contains("the site cannot be built until they are fixed"));
        assert!(
            none.contains("reload.js"),
            "the error page reloads when fixed"
        );
        assert!(policy(&none).contains("script-src 'self'"));
    }

    #[test]
    fn a_preview_overrides_the_user_agent_and_keeps_links_on_the_site() {
        let wechat = preview("wechat").unwrap();
        let html = page(
            PAGE,
            &Context {
                preview: Some(wechat),
                ..cx()
            },
        );
        let head = &html[..html.find("</head>").unwrap()];
        let preview_at = head.find("preview.js?as=wechat").unwrap();
        assert!(preview_at < html.find("<script>x()").unwrap());
        assert!(html.contains("<a class=\"b\" href=\"/__hutong/away?as=wechat&amp;to=https%3A%2F%2Fgithub.com%2Fa%3Fx%3D1%26y%3D2\" rel=\"me\">"));
        assert!(html.contains(
            "<a id=\"ai\" href=\"/__hutong/away?as=wechat&amp;to=weixin%3A%2F%2Fdl%2Fx\">"
        ));
        assert!(
            html.contains("<a href=\"go/github/\">"),
            "links within the site stay"
        );
        assert!(html.contains("<a href=\"?as=wechat\" aria-current=\"true\">WeChat (iPhone)</a>"));
        let js = preview_js(wechat);
        assert!(js.contains("MicroMessenger/8.0.42"));
        assert!(js.contains("defineProperty(navigator,'userAgent'"));
    }

    #[test]
    fn only_links_with_a_scheme_leave() {
        for yes in [
            "https://a.example/",
            "http://a",
            "weixin://dl/chat",
            "intent://x#Intent;end",
            "mailto:a@b.c",
            "tel:+861",
            "//cdn.example/x",
        ] {
            assert!(leaves(yes), "{yes}");
        }
        for no in ["go/x/", "../../", "/", "?as=off", "#top", "qr/site.png", ""] {
            assert!(!leaves(no), "{no}");
        }
    }

    #[test]
    fn the_away_page_says_where_and_offers_the_web_only() {
        let p = Some(preview("iphone").unwrap());
        let web = away_page(
            "https://space.bilibili.com/1",
            &Context { preview: p, ..cx() },
        );
        assert!(
            web.contains(
                "Previewed as iPhone: the page would now leave the site for this web page:"
            )
        );
        assert!(
            web.contains("<a href=\"https://space.bilibili.com/1\" rel=\"noopener noreferrer\">")
        );
        let app = away_page(
            "bilibili://space/1\"><script>",
            &Context { preview: p, ..cx() },
        );
        assert!(app.contains("try to open the app"));
        assert!(app.contains("<code>bilibili://space/1&quot;&gt;&lt;script&gt;</code>"));
        assert!(
            !app.contains("href=\"bilibili:"),
            "no link to an app scheme"
        );
    }

    #[test]
    fn every_preview_has_a_distinct_id_and_a_name_per_language() {
        for (i, p) in PREVIEWS.iter().enumerate() {
            assert!(PREVIEWS[..i].iter().all(|q| q.id != p.id));
            assert!(Lang::ALL.iter().all(|&l| !p.names.get(l).is_empty()));
            assert!(p.id.bytes().all(|b| b.is_ascii_lowercase() || b == b'-'));
        }
        for id in ["wechat", "iphone", "android", "desktop"] {
            assert!(preview(id).is_some(), "{id}");
        }
    }

    #[test]
    fn every_word_has_three_languages_with_the_same_placeholders() {
        crate::lang::check_table(Words::TABLE, &["env"]);
    }
}
