//! `hutong serve` as a creator meets it: the real binary, on a free port of 127.0.0.1,
//! serving a copy of an example site from a temporary folder. Requests are plain
//! HTTP/1.1 written here over a `TcpStream` (no client crate needed); every wait is
//! bounded, so a broken server fails the test instead of hanging it.
//!
//! One test runs the pages' own redirect logic in Node.js: without `node` it prints a
//! notice and passes, except in CI (`CI=true`), where it fails and names the install.
#![cfg(feature = "serve")]

mod common;

use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use common::assert_contains;
use common::cli::{bin, failed, run};
use common::tools::node_or_skip;

const PATIENCE: Duration = Duration::from_secs(30);

/// A running `hutong serve`, killed when dropped.
struct Server {
    child: Child,
    port: u16,
    stderr: Arc<Mutex<String>>,
    root: tempfile::TempDir,
}

impl Server {
    /// Copies the example site `sites/<slug>` into a temporary folder and serves it.
    fn start(slug: &str) -> Server {
        let root = tempfile::tempdir().unwrap();
        copy_dir(
            &Path::new(env!("CARGO_MANIFEST_DIR"))
                .join("sites")
                .join(slug),
            &root.path().join("sites").join(slug),
        );
        Server::start_in(root, slug)
    }

    fn start_in(root: tempfile::TempDir, slug: &str) -> Server {
        let mut child = Command::new(bin())
            .env_remove("HUTONG_LANG")
            .env_remove("LC_ALL")
            .env_remove("LC_MESSAGES")
            .env_remove("LANG")
            .current_dir(root.path())
            .args(["serve", slug, "--port", "0"])
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        let stderr = Arc::new(Mutex::new(String::new()));
        let pipe = child.stderr.take().unwrap();
        let sink = Arc::clone(&stderr);
        std::thread::spawn(move || {
            for line in BufReader::new(pipe).lines() {
                let Ok(line) = line else { break };
                let mut all = sink.lock().unwrap();
                all.push_str(&line);
                all.push('\n');
            }
        });
        let mut server = Server {
            child,
            port: 0,
            stderr,
            root,
        };
        let start = Instant::now();
        while server.port == 0 {
            let text = server.stderr();
            if let Some(at) = text.find("serving at http://127.0.0.1:") {
                let rest = &text[at + "serving at http://127.0.0.1:".len()..];
                let digits: String = rest.chars().take_while(char::is_ascii_digit).collect();
                server.port = digits.parse().unwrap();
            }
            if let Ok(Some(status)) = server.child.try_wait() {
                panic!("hutong serve exited with {status}:\n{text}");
            }
            assert!(start.elapsed() < PATIENCE, "no address printed:\n{text}");
            std::thread::sleep(Duration::from_millis(20));
        }
        server
    }

    fn stderr(&self) -> String {
        self.stderr.lock().unwrap().clone()
    }

    /// Waits until the server has printed `text`, for at most [`PATIENCE`].
    fn said(&self, text: &str) {
        let start = Instant::now();
        while !self.stderr().contains(text) {
            assert!(
                start.elapsed() < PATIENCE,
                "never printed {text:?}:\n{}",
                self.stderr()
            );
            std::thread::sleep(Duration::from_millis(20));
        }
    }

    fn profile(&self, slug: &str) -> PathBuf {
        self.root.path().join("sites").join(slug).join("site.yaml")
    }

    fn get(&self, path: &str) -> Response {
        get(self.port, path, "")
    }

    /// GETs `path` until `done` holds for the answer, for at most [`PATIENCE`].
    fn poll(&self, path: &str, what: &str, done: impl Fn(&Response) -> bool) -> Response {
        let start = Instant::now();
        loop {
            let response = self.get(path);
            if done(&response) {
                return response;
            }
            assert!(
                start.elapsed() < PATIENCE,
                "{path} never showed {what}; last answer {}:\n{}\nserver said:\n{}",
                response.status,
                response.body,
                self.stderr()
            );
            std::thread::sleep(Duration::from_millis(50));
        }
    }
}

impl Drop for Server {
    /// Stops the server as Ctrl-C does, so that it removes its temporary folder; kills
    /// it if it does not end in time.
    fn drop(&mut self) {
        let _ = Command::new("kill")
            .args(["-INT", &self.child.id().to_string()])
            .status();
        let start = Instant::now();
        while start.elapsed() < Duration::from_secs(5) {
            if let Ok(Some(_)) = self.child.try_wait() {
                return;
            }
            std::thread::sleep(Duration::from_millis(20));
        }
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

#[derive(Debug)]
struct Response {
    status: u16,
    head: String,
    body: String,
}

impl Response {
    fn header(&self, name: &str) -> Option<&str> {
        self.head.lines().find_map(|line| {
            let (key, value) = line.split_once(':')?;
            key.eq_ignore_ascii_case(name).then(|| value.trim())
        })
    }
}

/// One HTTP/1.1 GET with `Connection: close`; `extra` holds more header lines.
fn get(port: u16, path: &str, extra: &str) -> Response {
    get_from_host(port, &format!("127.0.0.1:{port}"), path, extra)
}

/// [`get`] with the `Host` header saying `host`, as a browser that reached the server
/// under that name would send it.
fn get_from_host(port: u16, host: &str, path: &str, extra: &str) -> Response {
    let mut stream = TcpStream::connect(("127.0.0.1", port)).unwrap();
    stream.set_read_timeout(Some(PATIENCE)).unwrap();
    write!(
        stream,
        "GET {path} HTTP/1.1\r\nHost: {host}\r\nConnection: close\r\n{extra}\r\n"
    )
    .unwrap();
    let mut bytes = Vec::new();
    stream.read_to_end(&mut bytes).unwrap();
    let text = String::from_utf8_lossy(&bytes).into_owned();
    let (head, body) = text.split_once("\r\n\r\n").expect("a complete answer");
    let status = head
        .split(' ')
        .nth(1)
        .and_then(|s| s.parse().ok())
        .expect("a status line");
    Response {
        status,
        head: head.to_owned(),
        body: body.to_owned(),
    }
}

fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for entry in std::fs::read_dir(from).unwrap() {
        let entry = entry.unwrap();
        std::fs::copy(entry.path(), to.join(entry.file_name())).unwrap();
    }
}

/// Replaces a profile's text at once (write a temporary file, then rename it over),
/// as most editors save.
fn save(path: &Path, text: &str) {
    let temporary = path.with_extension("yaml.new");
    std::fs::write(&temporary, text).unwrap();
    std::fs::rename(&temporary, path).unwrap();
}

fn token(page: &str) -> String {
    let at = page.find("data-v=\"").expect("the reload script's token") + 8;
    page[at..at + page[at..].find('"').unwrap()].to_owned()
}

#[test]
fn serves_the_built_site_on_loopback_with_the_reload_script() {
    let server = Server::start("xiaoman");
    let hub = server.get("/");
    assert_eq!(hub.status, 200);
    assert_eq!(hub.header("Content-Type"), Some("text/html; charset=utf-8"));
    assert_eq!(hub.header("Cache-Control"), Some("no-store"));
    assert!(hub.body.contains("<h1>林小满</h1>"));
    assert!(hub.body.contains("<script src=\"/__hutong/reload.js\""));
    // The page's policy lets the server's own files in, and still nothing else.
    assert!(hub.body.contains("script-src &#39;sha256-"));
    assert!(hub.body.contains("&#39;self&#39;; base-uri"));
    assert!(hub.body.contains("connect-src &#39;self&#39;"));
    assert!(!hub.body.contains("unsafe-inline"));

    let reload = server.get("/__hutong/reload.js");
    assert_eq!(reload.status, 200);
    assert!(
        reload
            .header("Content-Type")
            .unwrap()
            .starts_with("text/javascript")
    );
    assert!(reload.body.contains("/__hutong/wait"));

    let png = server.get("/qr/site.png");
    assert_eq!(
        (png.status, png.header("Content-Type")),
        (200, Some("image/png"))
    );
    let redirect = server.get("/go/douyin");
    assert_eq!(redirect.status, 301);
    assert_eq!(redirect.header("Location"), Some("/go/douyin/"));
    assert_eq!(server.get("/go/douyin/").status, 200);
    let missing = server.get("/no/such/page");
    assert_eq!(missing.status, 404);
    assert!(
        missing.body.contains("reload.js"),
        "the site's own 404 page, served"
    );
    let escape = server.get("/../../etc/passwd");
    assert_eq!(escape.status, 400);
    assert!(!escape.body.contains("root:"));

    // Only local names: a page elsewhere cannot reach the server by DNS rebinding.
    let from_host = |host: &str| get_from_host(server.port, host, "/", "").status;
    assert_eq!(from_host("evil.example"), 403);
    assert_eq!(from_host(&format!("localhost:{}", server.port)), 200);
    // Served from 127.0.0.1, and said so.
    assert!(server.stderr().contains("serving at http://127.0.0.1:"));
    assert!(server.stderr().contains("built xiaoman in "));
}

#[test]
fn an_edit_to_the_profile_rebuilds_and_wakes_the_reload_request() {
    let server = Server::start("alex-dev");
    let before = server.get("/");
    assert!(before.body.contains("Rust, maps and open data"));
    let seen = token(&before.body);

    // The page's reload request waits for the next build.
    let port = server.port;
    let seen_in_wait = seen.clone();
    let waiting =
        std::thread::spawn(move || get(port, &format!("/__hutong/wait?v={seen_in_wait}"), ""));
    std::thread::sleep(Duration::from_millis(200));

    let profile = server.profile("alex-dev");
    let text = std::fs::read_to_string(&profile).unwrap();
    save(
        &profile,
        &text.replace("Rust, maps and open data", "Maps, now with more Rust"),
    );
    let after = server.poll("/", "the new tagline", |r| {
        r.body.contains("Maps, now with more Rust")
    });
    assert_ne!(token(&after.body), seen, "new files come with a new token");

    let woken = waiting.join().unwrap();
    assert_eq!(woken.status, 200);
    let answer: serde_json::Value = serde_json::from_str(&woken.body).unwrap();
    assert_ne!(answer["v"].as_str().unwrap(), seen);
    server.said("site.yaml changed: rebuilt alex-dev in ");
}

#[test]
fn a_broken_profile_shows_its_errors_over_the_last_good_build_until_fixed() {
    let server = Server::start("alex-dev");
    let profile = server.profile("alex-dev");
    let good = std::fs::read_to_string(&profile).unwrap();
    save(&profile, &good.replace("accounts:", "acounts:"));

    let broken = server.poll("/", "the error overlay", |r| {
        r.body.contains("id=\"hutong-error\"")
    });
    assert_eq!(broken.status, 200, "the last good build is still served");
    assert!(broken.body.contains("<h1>Alex Rivera</h1>"));
    assert!(
        broken
            .body
            .contains("site.yaml has errors: the page shows the last good build")
    );
    assert!(broken.body.contains("unknown key `acounts` in the profile"));
    assert!(broken.body.contains("did you mean `accounts`?"));
    // The terminal says it too.
    server.said("unknown key `acounts`");
    server.said("the build failed");

    save(&profile, &good.replace("Alex Rivera", "Alex R."));
    let fixed = server.poll("/", "the fixed page", |r| {
        r.body.contains("<h1>Alex R.</h1>")
    });
    assert!(!fixed.body.contains("hutong-error"), "the overlay is gone");
}

#[test]
fn a_profile_broken_from_the_start_gets_an_error_page_then_the_site() {
    let root = tempfile::tempdir().unwrap();
    let dir = root.path().join("sites").join("fresh");
    std::fs::create_dir_all(&dir).unwrap();
    let good = "name: 小林\nlang: zh-Hant\nbase_url: https://lin.example/\naccounts:\n  - url: https://github.com/lin\n";
    std::fs::write(dir.join("site.yaml"), good.replace("accounts", "acounts")).unwrap();
    let server = Server::start_in(root, "fresh");

    let page = server.get("/");
    assert_eq!(page.status, 500);
    assert!(
        page.body.contains("site.yaml 有錯誤：修正之前無法產生網站"),
        "in the profile's language"
    );
    // The errors themselves too.
    assert!(page.body.contains("site.yaml 裡有未知的鍵 `acounts`"));
    assert!(page.body.contains("reload.js"), "it reloads once fixed");
    assert_eq!(server.get("/go/github/").status, 500);

    save(&server.profile("fresh"), good);
    let fixed = server.poll("/", "the site", |r| r.status == 200);
    assert!(fixed.body.contains("<h1>小林</h1>"));
    assert!(!fixed.body.contains("hutong-error"));
}

#[test]
fn a_preview_shows_the_page_as_another_browser_without_leaving_the_site() {
    let server = Server::start("xiaoman");
    let page = server.get("/go/douyin/?as=wechat");
    assert_eq!(page.status, 200);
    assert_eq!(
        page.header("Set-Cookie"),
        Some("hutong-as=wechat; Path=/; SameSite=Strict")
    );
    let head = &page.body[..page.body.find("</head>").unwrap()];
    assert!(head.contains("<script src=\"/__hutong/preview.js?as=wechat\"></script>"));
    // Every way off the site goes to the page that says where it leads instead.
    assert!(page.body.contains("id=\"w\" class=\"bt\" href=\"/__hutong/away?as=wechat&amp;to=https%3A%2F%2Fwww.douyin.com%2Fuser%2F"));
    assert!(page.body.contains(
        "id=\"ai\" class=\"bt pr\" href=\"/__hutong/away?as=wechat&amp;to=snssdk1128%3A%2F%2F"
    ));
    assert!(!page.body.contains("href=\"https://www.douyin.com"));
    assert!(!page.body.contains("href=\"intent:"));

    let script = server.get("/__hutong/preview.js?as=wechat");
    assert!(script.body.contains("MicroMessenger/"));
    assert!(script.body.contains("'userAgent'"));

    // The cookie keeps the preview on pages reached without `?as=` (the hub's links).
    let hub = get(server.port, "/", "Cookie: hutong-as=iphone\r\n");
    assert!(hub.body.contains("preview.js?as=iphone"));
    assert!(
        hub.body
            .contains("<a href=\"?as=iphone\" aria-current=\"true\">iPhone</a>")
    );
    let off = get(server.port, "/?as=off", "Cookie: hutong-as=iphone\r\n");
    assert!(!off.body.contains("preview.js"));
    assert!(off.header("Set-Cookie").unwrap().contains("Max-Age=0"));
    assert!(
        !server.get("/").body.contains("/__hutong/away"),
        "no preview: links as built"
    );

    let away =
        server.get("/__hutong/away?as=desktop&to=https%3A%2F%2Fspace.bilibili.com%2F12345678");
    assert_eq!(away.status, 200);
    assert!(
        away.body
            .contains("<code>https://space.bilibili.com/12345678</code>")
    );
    assert!(away.body.contains("按「电脑」预览"));
}

#[test]
fn each_preview_is_the_environment_it_names_to_the_pages_own_logic() {
    // decide() from templates/common.js, run in Node as tests/js does.
    if !node_or_skip("comparing the previews with the pages' own logic") {
        return;
    }
    let expected = [
        ("desktop", "other", "", "desktop-web"),
        ("iphone", "ios", "", "try-app"),
        ("android", "android", "", "try-app"),
        ("wechat", "ios", "wechat", "overlay"),
        ("wechat-android", "android", "wechat", "overlay"),
        ("qq", "ios", "qq", "overlay"),
        ("weibo", "ios", "weibo", "overlay"),
        ("douyin", "android", "douyin", "overlay"),
    ];
    let previews = hutong::serve::page::PREVIEWS;
    assert_eq!(
        previews.len(),
        expected.len(),
        "a new preview needs a row here"
    );
    let agents: Vec<&str> = previews.iter().map(|p| p.user_agent).collect();
    let script = format!(
        "const vm=require('vm'),fs=require('fs');\
         const {{decide}}=vm.runInNewContext(fs.readFileSync({:?},'utf8')+';({{decide}})',{{}});\
         console.log(JSON.stringify({}.map(u=>decide(u,{{web:'https://a.example/',ios:'a://x',android:'intent://x#Intent;end'}}))))",
        Path::new(env!("CARGO_MANIFEST_DIR")).join("templates/common.js"),
        serde_json::to_string(&agents).unwrap()
    );
    let out = Command::new("node").args(["-e", &script]).output().unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let results: Vec<serde_json::Value> = serde_json::from_slice(&out.stdout).unwrap();
    for (preview, (id, os, app, mode)) in previews.iter().zip(expected) {
        let i = previews.iter().position(|p| p.id == preview.id).unwrap();
        assert_eq!(preview.id, id);
        assert_eq!(
            (
                results[i]["os"].as_str(),
                results[i]["app"].as_str(),
                results[i]["mode"].as_str()
            ),
            (Some(os), Some(app), Some(mode)),
            "?as={id}"
        );
    }
}

/// The preview bar marks the environment previewed, and only it, for every `?as=`
/// (in any case, as the bar writes `iPhone`), and "this browser" without one.
#[test]
fn the_preview_bar_highlights_the_previewed_browser_for_every_as() {
    let server = Server::start("alex-dev");
    let current = |query: &str| {
        let page = server.get(&format!("/{query}"));
        assert_eq!(page.status, 200, "{query}");
        let marked: Vec<String> = page
            .body
            .match_indices(" aria-current=\"true\">")
            .map(|(at, _)| {
                let start = page.body[..at].rfind("<a href=\"?as=").unwrap() + 13;
                page.body[start..at].trim_end_matches('"').to_owned()
            })
            .collect();
        assert_eq!(marked.len(), 1, "{query}: {marked:?}");
        marked[0].clone()
    };
    for preview in hutong::serve::page::PREVIEWS {
        assert_eq!(current(&format!("?as={}", preview.id)), preview.id);
        let upper = preview.id.to_ascii_uppercase();
        assert_eq!(current(&format!("?as={upper}")), preview.id, "?as={upper}");
    }
    assert_eq!(current("?as=iPhone"), "iphone");
    assert_eq!(current(""), "off");
    assert_eq!(current("?as=off"), "off");
    // A query chooses over the cookie of an earlier preview.
    let page = get(server.port, "/?as=android", "Cookie: hutong-as=iphone\r\n");
    assert_contains(&page.body, "<a href=\"?as=android\" aria-current=\"true\">");
    assert!(!page.body.contains("<a href=\"?as=iphone\" aria-current"));
}

/// On a phone-width window the error panel's lines wrap and the panel scrolls within
/// part of the window, above the bar, so the last good build shows above it.
#[test]
fn the_error_panel_wraps_scrolls_and_leaves_the_page_in_view() {
    let server = Server::start("alex-dev");
    let css = server.get("/__hutong/serve.css").body;
    let rule = |selector: &str| {
        let start = css
            .find(&format!("{selector}{{"))
            .unwrap_or_else(|| panic!("{selector}"));
        let end = start + css[start..].find('}').unwrap();
        css[start..end].to_owned()
    };
    let dock = rule("#hutong-dock");
    for part in [
        "position:fixed",
        "bottom:0",
        "max-height:65vh",
        "flex-direction:column",
    ] {
        assert_contains(&dock, part);
    }
    assert!(
        !dock.contains("top:"),
        "the dock is not a full cover: {dock}"
    );
    let panel = rule("#hutong-error");
    assert_contains(&panel, "overflow:auto");
    assert_contains(&panel, "min-height:0");
    let pre = rule("#hutong-error pre");
    assert_contains(&pre, "white-space:pre-wrap");
    assert_contains(&pre, "overflow-wrap:anywhere");
    assert_contains(&rule("#hutong-bar a[aria-current]"), "background:#fff");

    let profile = server.profile("alex-dev");
    let good = std::fs::read_to_string(&profile).unwrap();
    save(&profile, &good.replace("accounts:", "acounts:"));
    let broken = server.poll("/", "the error panel", |r| {
        r.body.contains("id=\"hutong-error\"")
    });
    assert_contains(
        &broken.body,
        "<div id=\"hutong-dock\"><details id=\"hutong-error\" role=\"alert\" open><summary>",
    );
    let panel_at = broken.body.find("id=\"hutong-error\"").unwrap();
    assert!(panel_at < broken.body.find("id=\"hutong-bar\"").unwrap());
    assert_contains(&broken.body, "<h1>Alex Rivera</h1>");
}

#[test]
fn ctrl_c_stops_the_server_cleanly() {
    let mut server = Server::start("alex-dev");
    assert_eq!(server.get("/").status, 200);
    let pid = server.child.id();
    let ours = |name: &std::ffi::OsStr| {
        name.to_string_lossy()
            .starts_with(&format!("hutong-serve-{pid}-"))
    };
    let temporary = || {
        std::fs::read_dir(std::env::temp_dir())
            .unwrap()
            .filter_map(Result::ok)
            .filter(|e| ours(&e.file_name()))
            .count()
    };
    assert_eq!(temporary(), 1, "the build is in a temporary folder");
    let sent = Command::new("kill")
        .args(["-INT", &pid.to_string()])
        .status()
        .unwrap();
    assert!(sent.success());
    let start = Instant::now();
    let status = loop {
        if let Some(status) = server.child.try_wait().unwrap() {
            break status;
        }
        assert!(start.elapsed() < PATIENCE, "still running after Ctrl-C");
        std::thread::sleep(Duration::from_millis(20));
    };
    assert!(status.success(), "{status}");
    assert_eq!(temporary(), 0, "the temporary folder is removed");
    assert!(
        TcpStream::connect(("127.0.0.1", server.port)).is_err(),
        "nothing listens any more"
    );
}

#[test]
fn a_port_in_use_is_a_clear_usage_error() {
    let taken = std::net::TcpListener::bind(("127.0.0.1", 0)).unwrap();
    let port = taken.local_addr().unwrap().port().to_string();
    let out = run(&["serve", "alex-dev", "--port", &port]);
    let err = failed(&out, 2);
    assert_contains(
        &err,
        &format!("error: port {port} on 127.0.0.1 is already in use"),
    );
    assert_contains(&err, "--port");
}

#[test]
fn several_sites_and_no_name_asks_which_one() {
    let out = run(&["serve", "--port", "0"]);
    let err = failed(&out, 2);
    assert_contains(&err, "name the one to serve, e.g. `hutong serve alex-dev`");
}

#[test]
fn build_output_never_carries_what_serve_injects() {
    let out = tempfile::tempdir().unwrap();
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let status = Command::new(bin())
        .args(["build", "-o"])
        .arg(out.path())
        .arg(root.join("sites/xiaoman"))
        .arg(root.join("sites/alex-dev"))
        .output()
        .unwrap();
    assert!(status.status.success());
    let mut checked = 0;
    let mut stack = vec![out.path().to_path_buf()];
    while let Some(dir) = stack.pop() {
        for entry in std::fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                stack.push(path);
                continue;
            }
            let bytes = std::fs::read(&path).unwrap();
            let text = String::from_utf8_lossy(&bytes);
            for injected in ["__hutong", "reload.js", "hutong-bar", "hutong-error"] {
                assert!(
                    !text.contains(injected),
                    "{} holds {injected}",
                    path.display()
                );
            }
            // serve widens scripts and styles to 'self' for its own; a built page's
            // policy allows only its hashes there (`connect-src 'self'` is in both,
            // for Lighthouse's robots.txt fetch).
            for directive in text.split([';', '"', '\n']).map(str::trim) {
                if directive.starts_with("script-src") || directive.starts_with("style-src") {
                    assert!(
                        !directive.contains("'self'") && !directive.contains("&#39;self&#39;"),
                        "{}: {directive}",
                        path.display()
                    );
                }
            }
            checked += 1;
        }
    }
    assert!(checked > 20, "{checked} files");
}
