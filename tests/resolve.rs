//! `hutong resolve` against a local server on 127.0.0.1 that answers like the
//! platforms' short-link services, reached through `HUTONG_RESOLVE_VIA` (requests in
//! proxy form). Also: `build`, `check` and `serve` open no outbound connection.

#![cfg(feature = "resolve")]

use std::io::{BufRead, BufReader, Write};
use std::net::{TcpListener, TcpStream};
use std::path::Path;
use std::process::{Command, Output};
use std::sync::{Arc, Mutex};
use std::thread;
use std::time::{Duration, Instant};

const SEC_UID: &str = "MS4wLjABAAAAv7iSuuXDJGDvJkmH_vz1qkDZYo1apxgzaxdBSeIuPiM";

/// One request as the server saw it.
#[derive(Debug, Clone)]
struct Seen {
    /// `GET https://b23.tv/AbC123x HTTP/1.1`
    line: String,
    headers: Vec<(String, String)>,
}

impl Seen {
    fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(k, _)| k.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_str())
    }
}

/// A server that answers like the platforms, keyed by the absolute request target.
struct Platforms {
    addr: String,
    seen: Arc<Mutex<Vec<Seen>>>,
}

impl Platforms {
    fn start() -> Platforms {
        let listener = TcpListener::bind("127.0.0.1:0").unwrap();
        let addr = format!("http://{}", listener.local_addr().unwrap());
        let seen = Arc::new(Mutex::new(Vec::new()));
        let log = seen.clone();
        thread::spawn(move || {
            for stream in listener.incoming().flatten() {
                let log = log.clone();
                thread::spawn(move || answer(stream, &log));
            }
        });
        Platforms { addr, seen }
    }

    fn targets(&self) -> Vec<String> {
        self.seen
            .lock()
            .unwrap()
            .iter()
            .map(|s| s.line.split(' ').nth(1).unwrap_or("").to_owned())
            .collect()
    }
}

fn answer(stream: TcpStream, log: &Mutex<Vec<Seen>>) {
    let mut reader = BufReader::new(stream.try_clone().unwrap());
    let mut line = String::new();
    if reader.read_line(&mut line).is_err() {
        return;
    }
    let mut headers = Vec::new();
    loop {
        let mut h = String::new();
        if reader.read_line(&mut h).is_err() || h.trim().is_empty() {
            break;
        }
        if let Some((k, v)) = h.trim_end().split_once(':') {
            headers.push((k.trim().to_owned(), v.trim().to_owned()));
        }
    }
    let line = line.trim_end().to_owned();
    let target = line.split(' ').nth(1).unwrap_or("").to_owned();
    log.lock().unwrap().push(Seen { line, headers });
    let mut out = stream;
    let redirect =
        |to: &str| format!("HTTP/1.1 302 Found\r\nLocation: {to}\r\nContent-Length: 0\r\n\r\n");
    let page = |status: &str, body: &str| {
        format!(
            "HTTP/1.1 {status}\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: {}\r\n\r\n{body}",
            body.len()
        )
    };
    let reply = match target.as_str() {
        // Bilibili: b23.tv → the mobile space page → the desktop one, with tracking.
        "https://b23.tv/AbC123x" => {
            redirect("https://m.bilibili.com/space/12345678?share_source=copy_web")
        }
        "https://m.bilibili.com/space/12345678?share_source=copy_web" => {
            redirect("https://space.bilibili.com/12345678?spm_id_from=333.1")
        }
        "https://space.bilibili.com/12345678?spm_id_from=333.1" => page("200 OK", "<html>space"),
        // Douyin: v.douyin.com → the web profile.
        "https://v.douyin.com/iRNBho6u/" => {
            redirect(&format!("https://www.douyin.com/user/{SEC_UID}?from_ssr=1"))
        }
        t if t.starts_with("https://www.douyin.com/user/") => page("200 OK", "<html>douyin"),
        // Taobao: 200 with a script that moves on.
        "https://m.tb.cn/h.5abcDEF" => page(
            "200 OK",
            "<html><script>\nvar url = 'https://shop.m.taobao.com/shop/shop_index.htm?shop_id=104736810&spm=a2141';\nlocation.replace(url);\n</script></html>",
        ),
        t if t.starts_with("https://shop.m.taobao.com/") => page("200 OK", "<html>shop"),
        // Off the platform, dead, a loop, one video.
        "http://t.cn/A6Off" => redirect("https://evil.example/landing"),
        "https://b23.tv/Dead404" => page("404 Not Found", "gone"),
        "https://xhslink.com/a/Loop" => redirect("https://xhslink.com/a/Loop2"),
        "https://xhslink.com/a/Loop2" => redirect("/a/Loop"),
        "https://b23.tv/Video" => redirect("https://www.bilibili.com/video/BV1xx411c7mD"),
        "https://www.bilibili.com/video/BV1xx411c7mD" => page("200 OK", "<html>video"),
        // Too slow: answers after the test's timeout (1.5 s; the margin keeps the endless
        // body below, which must reach the size cap, clear of the clock on a loaded machine).
        "https://v.kuaishou.com/Slow" => {
            thread::sleep(Duration::from_secs(3));
            redirect("https://www.kuaishou.com/profile/3x84qugg4ch9zhs")
        }
        // An endless body, chunked, from a short-link page.
        "https://m.tb.cn/h.Endless" => {
            let _ = out.write_all(b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n");
            let chunk = format!("{:x}\r\n{}\r\n", 8192, "x".repeat(8192));
            while out.write_all(chunk.as_bytes()).is_ok() {}
            return;
        }
        _ => page("404 Not Found", "unknown"),
    };
    let _ = out.write_all(reply.as_bytes());
}

fn hutong(dir: &Path, args: &[&str], via: Option<&str>) -> Output {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_hutong"));
    cmd.current_dir(dir).args(args).env_remove("HUTONG_LANG");
    match via {
        Some(via) => cmd.env("HUTONG_RESOLVE_VIA", via),
        None => cmd.env_remove("HUTONG_RESOLVE_VIA"),
    };
    cmd.output().unwrap()
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

fn site(root: &Path, yaml: &str) -> std::path::PathBuf {
    let dir = root.join("sites").join("xiaoman");
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join("site.yaml");
    std::fs::write(&path, yaml).unwrap();
    path
}

const HEAD: &str = "name: 林小满\nbase_url: https://xiaoman.example.com/\naccounts:\n";

#[test]
fn follows_each_chain_and_names_every_refusal() {
    let server = Platforms::start();
    let root = tempfile::tempdir().unwrap();
    let yaml = format!(
        "{HEAD}  - url: https://b23.tv/AbC123x
  - url: 7.94 复制打开抖音，看看【林小满的作品】 https://v.douyin.com/iRNBho6u/ 01/12 abc:/
  - url: 【淘宝】https://m.tb.cn/h.5abcDEF 「小满的画室」点击链接直接打开
  - platform: weibo
    url: http://t.cn/A6Off
  - url: https://b23.tv/Dead404
  - url: https://xhslink.com/a/Loop
  - url: https://v.kuaishou.com/Slow
  - url: https://m.tb.cn/h.Endless
  - url: https://b23.tv/Video
  - platform: douyin
    url: https://b23.tv/AbC123x
  - platform: link
    url: https://b23.tv/AnyLink
"
    );
    let path = site(root.path(), &yaml);
    let started = Instant::now();
    let out = hutong(
        root.path(),
        &["resolve", "--timeout", "1.5"],
        Some(&server.addr),
    );
    assert!(
        started.elapsed() < Duration::from_secs(8),
        "took {:?}",
        started.elapsed()
    );
    let stdout = text(&out.stdout);
    assert_eq!(
        out.status.code(),
        Some(1),
        "{stdout}\n{}",
        text(&out.stderr)
    );
    let file = "sites/xiaoman/site.yaml";
    let want = [
        format!("{file}:4: bilibili: https://b23.tv/AbC123x → https://space.bilibili.com/12345678"),
        format!(
            "{file}:5: douyin: https://v.douyin.com/iRNBho6u/ (in a share text) → https://www.douyin.com/user/{SEC_UID}"
        ),
        format!(
            "{file}:6: taobao_shop: https://m.tb.cn/h.5abcDEF (in a share text) → https://shop.m.taobao.com/shop/shop_index.htm?shop_id=104736810"
        ),
        format!(
            "{file}:8: weibo: http://t.cn/A6Off left alone: it leads off the platform, to https://evil.example/landing"
        ),
        format!(
            "{file}:9: bilibili: https://b23.tv/Dead404 left alone: the link is dead: https://b23.tv/Dead404 answered 404"
        ),
        format!(
            "{file}:10: xiaohongshu: https://xhslink.com/a/Loop left alone: the redirects loop (back to https://xhslink.com/a/Loop)"
        ),
        format!("{file}:11: kuaishou: https://v.kuaishou.com/Slow left alone: no answer in time"),
        format!(
            "{file}:12: taobao_shop: https://m.tb.cn/h.Endless left alone: it leads to https://m.tb.cn/h.Endless, which is not a profile address hutong reads an account from"
        ),
        format!(
            "{file}:13: bilibili: https://b23.tv/Video left alone: it leads to https://www.bilibili.com/video/BV1xx411c7mD, one Bilibili video, not a profile"
        ),
        format!(
            "{file}:15: douyin: https://b23.tv/AbC123x left alone: a Bilibili short link on a Douyin account"
        ),
    ];
    let got: Vec<&str> = stdout.lines().collect();
    assert_eq!(got, want);
    assert!(
        text(&out.stderr).contains("resolved 3 of 10 short links in 1 site, 7 left alone"),
        "{}",
        text(&out.stderr)
    );
    // Only the three resolved values changed.
    let expected = yaml
        .replace(
            "https://b23.tv/AbC123x\n  - url: 7.94",
            "https://space.bilibili.com/12345678\n  - url: 7.94",
        )
        .replace(
            "7.94 复制打开抖音，看看【林小满的作品】 https://v.douyin.com/iRNBho6u/ 01/12 abc:/",
            &format!("https://www.douyin.com/user/{SEC_UID}"),
        )
        .replace(
            "【淘宝】https://m.tb.cn/h.5abcDEF 「小满的画室」点击链接直接打开",
            "https://shop.m.taobao.com/shop/shop_index.htm?shop_id=104736810",
        );
    assert_eq!(std::fs::read_to_string(&path).unwrap(), expected);

    // What went over the wire: proxy form, the short link's own host, an honest
    // User-Agent, no cookie; never the host off the platform, nor the plain link.
    let seen = server.seen.lock().unwrap().clone();
    let first = seen
        .iter()
        .find(|s| s.line.contains("b23.tv/AbC123x"))
        .unwrap();
    assert_eq!(first.line, "GET https://b23.tv/AbC123x HTTP/1.1");
    assert_eq!(first.header("Host"), Some("b23.tv"));
    for s in &seen {
        let ua = s.header("User-Agent").unwrap_or("");
        assert!(
            ua.starts_with(concat!("hutong/", env!("CARGO_PKG_VERSION"))),
            "{ua}"
        );
        assert_eq!(s.header("Cookie"), None);
        assert!(s.line.starts_with("GET http"), "{}", s.line);
    }
    let targets = server.targets();
    assert!(
        !targets.iter().any(|t| t.contains("evil.example")),
        "{targets:?}"
    );
    assert!(
        !targets.iter().any(|t| t.contains("AnyLink")),
        "{targets:?}"
    );
}

#[test]
fn preserves_every_other_byte_and_a_second_run_changes_nothing() {
    let server = Platforms::start();
    let root = tempfile::tempdir().unwrap();
    let yaml = "\u{feff}# 林小满的主页\r\nname: \"林小满\"   # 名字\r\nbase_url: 'https://xiaoman.example.com/'\r\n\r\naccounts:\r\n  # 视频\r\n  - url: '【林小满的个人空间-哔哩哔哩】 https://b23.tv/AbC123x'   # B 站\r\n    note: \"每周五直播\"\r\n  - platform: douyin\r\n    url: \"https://v.douyin.com/iRNBho6u/\" # 抖音\r\n  - url: https://github.com/xiaoman\r\n";
    let path = site(root.path(), yaml);
    let out = hutong(root.path(), &["resolve", "xiaoman"], Some(&server.addr));
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let want = format!(
        "\u{feff}# 林小满的主页\r\nname: \"林小满\"   # 名字\r\nbase_url: 'https://xiaoman.example.com/'\r\n\r\naccounts:\r\n  # 视频\r\n  - url: 'https://space.bilibili.com/12345678'   # B 站\r\n    note: \"每周五直播\"\r\n  - platform: douyin\r\n    url: \"https://www.douyin.com/user/{SEC_UID}\" # 抖音\r\n  - url: https://github.com/xiaoman\r\n"
    );
    assert_eq!(std::fs::read_to_string(&path).unwrap(), want);
    let leftovers: Vec<_> = std::fs::read_dir(path.parent().unwrap())
        .unwrap()
        .map(|e| e.unwrap().file_name())
        .collect();
    assert_eq!(leftovers, ["site.yaml"], "no temporary file is left");

    let asked = server.targets().len();
    let again = hutong(root.path(), &["resolve", "xiaoman"], Some(&server.addr));
    assert_eq!(again.status.code(), Some(0));
    assert_eq!(std::fs::read_to_string(&path).unwrap(), want);
    assert_eq!(server.targets().len(), asked, "nothing left to follow");
    assert!(text(&again.stderr).contains("resolved 0 of 0 short links"));
}

#[test]
fn dry_run_prints_a_diff_and_writes_nothing() {
    let server = Platforms::start();
    let root = tempfile::tempdir().unwrap();
    let yaml = format!("{HEAD}  - url: https://b23.tv/AbC123x  # 我的 B 站\r\n");
    let path = site(root.path(), &yaml);
    let out = hutong(
        root.path(),
        &["resolve", "--dry-run", "sites/xiaoman"],
        Some(&server.addr),
    );
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    assert_eq!(
        text(&out.stdout),
        "sites/xiaoman/site.yaml:4: bilibili: https://b23.tv/AbC123x → https://space.bilibili.com/12345678\n\
         --- sites/xiaoman/site.yaml\n\
         +++ sites/xiaoman/site.yaml\n\
         @@ -4,1 +4,1 @@\n\
         -  - url: https://b23.tv/AbC123x  # 我的 B 站\n\
         +  - url: https://space.bilibili.com/12345678  # 我的 B 站\n"
    );
    assert!(text(&out.stderr).contains("dry run: nothing written"));
    assert_eq!(std::fs::read_to_string(&path).unwrap(), yaml);
}

#[test]
fn the_resolved_profile_passes_check_and_gets_its_app_link() {
    let server = Platforms::start();
    let root = tempfile::tempdir().unwrap();
    site(
        root.path(),
        &format!("{HEAD}  - url: 【林小满的个人空间-哔哩哔哩】 https://b23.tv/AbC123x\n"),
    );
    let out = hutong(root.path(), &["resolve"], Some(&server.addr));
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let check = hutong(root.path(), &["check"], None);
    assert_eq!(check.status.code(), Some(0), "{}", text(&check.stderr));
    // No short-link warning is left; the two warnings are HEAD's placeholders (the
    // example.com base_url, and 12345678, the starter's example bilibili id).
    assert!(
        text(&check.stderr).contains("0 errors, 2 warnings")
            && !text(&check.stderr).contains("short link"),
        "{}",
        text(&check.stderr)
    );
    let build = hutong(root.path(), &["build"], None);
    assert_eq!(build.status.code(), Some(0), "{}", text(&build.stderr));
    let go =
        std::fs::read_to_string(root.path().join("dist/xiaoman/go/bilibili/index.html")).unwrap();
    assert!(
        go.contains("bilibili://space/12345678"),
        "no app link:\n{go}"
    );
}

#[test]
fn usage_errors_exit_2() {
    let root = tempfile::tempdir().unwrap();
    site(
        root.path(),
        &format!("{HEAD}  - url: https://b23.tv/AbC123x\n"),
    );
    let out = hutong(root.path(), &["resolve"], Some("https://127.0.0.1:1"));
    assert_eq!(out.status.code(), Some(2));
    assert!(
        text(&out.stderr).contains("HUTONG_RESOLVE_VIA"),
        "{}",
        text(&out.stderr)
    );
    let out = hutong(root.path(), &["resolve", "--timeout", "0"], None);
    assert_eq!(out.status.code(), Some(2));
    let out = hutong(root.path(), &["resolve", "no-such-site"], None);
    assert_eq!(out.status.code(), Some(2));
}

/// A listener that counts the connections made to it.
fn counting_listener() -> (String, Arc<Mutex<usize>>) {
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    let addr = format!("http://{}", listener.local_addr().unwrap());
    let count = Arc::new(Mutex::new(0));
    let seen = count.clone();
    thread::spawn(move || {
        for _ in listener.incoming() {
            *seen.lock().unwrap() += 1;
        }
    });
    (addr, count)
}

#[test]
fn build_check_and_serve_open_no_connection() {
    let root = tempfile::tempdir().unwrap();
    site(
        root.path(),
        &format!("{HEAD}  - url: https://b23.tv/AbC123x\n  - url: http://t.cn/A6Off\n"),
    );
    let (via, count) = counting_listener();
    for args in [&["check"][..], &["build"][..]] {
        let out = hutong(root.path(), args, Some(&via));
        assert_eq!(
            out.status.code(),
            Some(0),
            "{args:?}: {}",
            text(&out.stderr)
        );
    }
    thread::sleep(Duration::from_millis(100));
    assert_eq!(
        *count.lock().unwrap(),
        0,
        "build or check used the resolver"
    );

    // Where strace runs, every connect(2) of the process and its children is seen: none
    // may be to an internet address.
    let probe = Command::new("strace")
        .args(["-o", "/dev/null", "true"])
        .output();
    if !probe.is_ok_and(|o| o.status.success()) {
        eprintln!("strace is not usable here: only the resolver's silence was checked");
        return;
    }
    for args in [&["check"][..], &["build"][..]] {
        let trace = root.path().join("trace.txt");
        let out = Command::new("strace")
            .arg("-f")
            .args(["-e", "trace=connect,sendto,sendmsg"])
            .arg("-o")
            .arg(&trace)
            .arg(env!("CARGO_BIN_EXE_hutong"))
            .args(args)
            .current_dir(root.path())
            .output()
            .unwrap();
        assert!(out.status.success(), "{args:?}: {}", text(&out.stderr));
        let calls = std::fs::read_to_string(&trace).unwrap();
        let inet: Vec<&str> = calls.lines().filter(|l| l.contains("AF_INET")).collect();
        assert!(inet.is_empty(), "{args:?} opened connections: {inet:?}");
    }
    #[cfg(feature = "serve")]
    serve_opens_no_connection(root.path());
    // The same trace does see the resolver's connection, so the method works.
    let trace = root.path().join("trace.txt");
    let server = Platforms::start();
    Command::new("strace")
        .arg("-f")
        .args(["-e", "trace=connect", "-o"])
        .arg(&trace)
        .arg(env!("CARGO_BIN_EXE_hutong"))
        .args(["resolve", "--dry-run"])
        .env("HUTONG_RESOLVE_VIA", &server.addr)
        .current_dir(root.path())
        .output()
        .unwrap();
    let calls = std::fs::read_to_string(&trace).unwrap();
    assert!(
        calls
            .lines()
            .any(|l| l.contains("AF_INET") && l.contains("127.0.0.1")),
        "{calls}"
    );
}

/// `hutong serve` under strace: it builds, serves one page, and stops on Ctrl-C without
/// connecting anywhere (it only listens).
#[cfg(feature = "serve")]
fn serve_opens_no_connection(root: &Path) {
    use std::io::Read;
    use std::process::Stdio;

    let trace = root.join("serve-trace.txt");
    let mut strace = Command::new("strace")
        .arg("-f")
        .args(["-e", "trace=connect,sendto,sendmsg", "-o"])
        .arg(&trace)
        .arg(env!("CARGO_BIN_EXE_hutong"))
        .args(["serve", "xiaoman", "--port", "0"])
        .current_dir(root)
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut stderr = strace.stderr.take().unwrap();
    let (tx, rx) = std::sync::mpsc::channel();
    thread::spawn(move || {
        let mut all = String::new();
        let mut buf = [0u8; 1024];
        while let Ok(n) = stderr.read(&mut buf) {
            if n == 0 {
                break;
            }
            all.push_str(&String::from_utf8_lossy(&buf[..n]));
            let _ = tx.send(all.clone());
        }
    });
    let marker = "serving at http://127.0.0.1:";
    let mut port = None;
    while port.is_none() {
        let Ok(text) = rx.recv_timeout(Duration::from_secs(30)) else {
            let _ = strace.kill();
            panic!("hutong serve printed no address");
        };
        if let Some(at) = text.find(marker) {
            let digits: String = text[at + marker.len()..]
                .chars()
                .take_while(char::is_ascii_digit)
                .collect();
            port = digits.parse::<u16>().ok();
        }
    }
    let mut page = TcpStream::connect(("127.0.0.1", port.unwrap())).unwrap();
    page.write_all(b"GET / HTTP/1.0\r\nHost: 127.0.0.1\r\n\r\n")
        .unwrap();
    let mut body = String::new();
    let _ = page.read_to_string(&mut body);
    assert!(body.starts_with("HTTP/1."), "{body}");
    // Stop hutong (strace's child) as Ctrl-C does; strace ends with it.
    let children = format!("/proc/{0}/task/{0}/children", strace.id());
    let hutong_pid = std::fs::read_to_string(children).unwrap_or_default();
    let hutong_pid = hutong_pid
        .split_whitespace()
        .next()
        .unwrap_or("")
        .to_owned();
    assert!(!hutong_pid.is_empty(), "no hutong process under strace");
    Command::new("kill")
        .args(["-INT", &hutong_pid])
        .status()
        .unwrap();
    let start = Instant::now();
    while strace.try_wait().unwrap().is_none() {
        if start.elapsed() > Duration::from_secs(20) {
            let _ = Command::new("kill").args(["-KILL", &hutong_pid]).status();
            let _ = strace.kill();
            panic!("hutong serve did not stop");
        }
        thread::sleep(Duration::from_millis(50));
    }
    // The one connection allowed is to itself (how it wakes its own accept loop).
    let own = format!(
        "sin_port=htons({}), sin_addr=inet_addr(\"127.0.0.1\")",
        port.unwrap()
    );
    let calls = std::fs::read_to_string(&trace).unwrap();
    let inet: Vec<&str> = calls
        .lines()
        .filter(|l| l.contains("AF_INET") && !l.contains(&own))
        .collect();
    assert!(inet.is_empty(), "serve opened connections: {inet:?}");
}
