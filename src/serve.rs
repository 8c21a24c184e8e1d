//! The dev server behind `hutong serve`: build, serve on 127.0.0.1, rebuild on change.
//!
//! Takes a site folder and a port; builds the site with [`build::build_site`] into a
//! temporary folder (so `dist/` is never touched), serves that folder on 127.0.0.1
//! only, watches the site folder (the profile and its assets) and rebuilds when
//! something changes, debounced. A build that fails keeps the last good one on disk
//! and in service; pages then show its errors in an overlay. Open pages reload when a
//! build finishes, through a long poll (`/__hutong/wait`), which needs nothing but
//! plain HTTP. What is added to pages, and why it is added as files, is in [`page`].
//!
//! It reports each build through a callback and never prints; stopping is the
//! caller's business ([`Serving::stop`]), so signal handling stays in the binary.

mod answer;
pub mod page;

use std::net::{SocketAddr, TcpListener};
use std::path::PathBuf;
use std::sync::mpsc;
use std::sync::{Arc, Condvar, Mutex, MutexGuard};
use std::thread::JoinHandle;
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

use notify::EventKind;
use notify_debouncer_full::{DebounceEventResult, new_debouncer};

use crate::Lang;
use crate::build::{self, SiteReport};
use crate::output;
use answer::{Answer, file};

/// The port tried first when none is asked for.
pub const DEFAULT_PORT: u16 = 8000;
/// How many ports after [`DEFAULT_PORT`] are tried when it is taken.
pub const PORT_TRIES: u16 = 20;
/// Quiet time after the last change before a rebuild: editors write a file in several
/// steps (a temporary file, a rename, a chmod), and one rebuild is enough.
pub const DEBOUNCE: Duration = Duration::from_millis(150);
/// The longest a reload request waits before answering "no change".
pub const LONG_POLL: Duration = Duration::from_secs(25);

/// Which port to listen on.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Port {
    /// This one, or an error when it is taken (`0`: any free port the system picks).
    Exactly(u16),
    /// This one, or the next free one of [`PORT_TRIES`].
    FirstFreeFrom(u16),
}

/// What to serve, and where.
#[derive(Debug, Clone)]
pub struct Options {
    /// The site folder (holding `site.yaml`).
    pub site: PathBuf,
    pub port: Port,
    /// The language of the profile's diagnostics; `None`: the profile's own.
    pub lang: Option<Lang>,
}

/// What happened, for the caller to show.
#[derive(Debug)]
pub enum Event {
    /// A build finished: the first one, or a rebuild after `changed` files changed.
    /// When it failed, the previous good build (if any) is still served.
    Built {
        report: Box<SiteReport>,
        changed: Vec<PathBuf>,
        elapsed: Duration,
    },
    /// The watcher reported a problem; the server goes on.
    WatchError(String),
}

/// Why the server could not start.
#[derive(Debug, thiserror::Error)]
pub enum ServeError {
    #[error(
        "port {0} on 127.0.0.1 is already in use (another `hutong serve`, or another server): stop it, or choose another port with `--port`"
    )]
    PortInUse(u16),
    #[error(
        "ports {0}–{1} on 127.0.0.1 are all in use: choose a port with `--port N`, or `--port 0` for any free one"
    )]
    NoFreePort(u16, u16),
    #[error("cannot listen on 127.0.0.1:{port}: {source}")]
    Bind {
        port: u16,
        #[source]
        source: std::io::Error,
    },
    #[error("cannot create the temporary folder `{}`: {source}", path.display())]
    TempFolder {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
    #[error("cannot watch `{}` for changes: {source}", path.display())]
    Watch {
        path: PathBuf,
        #[source]
        source: notify::Error,
    },
    #[error("cannot start the server: {0}")]
    Server(String),
}

/// A running server. Dropping it stops it too.
pub struct Serving {
    addr: SocketAddr,
    busy_port: Option<u16>,
    shared: Arc<Shared>,
    server: Arc<tiny_http::Server>,
    http: Option<JoinHandle<()>>,
    rebuild: Option<JoinHandle<()>>,
    watcher: Option<Box<dyn std::any::Any + Send>>,
}

/// The callback that receives [`Event`]s, from the server's threads.
pub type OnEvent = Arc<dyn Fn(Event) + Send + Sync>;

struct Shared {
    site: PathBuf,
    lang: Option<Lang>,
    /// The temporary folder holding the built site (as `out/<slug>/`); removed on drop.
    out: TempFolder,
    state: Mutex<State>,
    news: Condvar,
    on_event: OnEvent,
}

struct State {
    /// Changes with every build, good or bad; pages reload when it does.
    token: String,
    /// The folder of the last good build.
    served: Option<PathBuf>,
    /// The last build's errors, when it failed.
    error: Option<String>,
    lang: Lang,
    stopping: bool,
}

/// Starts serving `options.site`: binds the port, starts watching, builds once
/// (reporting the build to `on_event` before returning) and answers requests on other
/// threads until [`Serving::stop`].
pub fn start(options: &Options, on_event: OnEvent) -> Result<Serving, ServeError> {
    let (listener, busy_port) = bind(options.port)?;
    let addr = listener
        .local_addr()
        .map_err(|e| ServeError::Server(e.to_string()))?;
    let shared = Arc::new(Shared {
        site: options.site.clone(),
        lang: options.lang,
        out: TempFolder::new()?,
        state: Mutex::new(State {
            token: String::new(),
            served: None,
            error: None,
            lang: Lang::default(),
            stopping: false,
        }),
        news: Condvar::new(),
        on_event,
    });

    // Watch before the first build, so that an edit made during it is not missed.
    let (tx, rx) = mpsc::channel::<DebounceEventResult>();
    let mut debouncer = new_debouncer(DEBOUNCE, None, tx).map_err(|source| ServeError::Watch {
        path: options.site.clone(),
        source,
    })?;
    debouncer
        .watch(&options.site, notify::RecursiveMode::Recursive)
        .map_err(|source| ServeError::Watch {
            path: options.site.clone(),
            source,
        })?;
    shared.rebuild(Vec::new());
    let rebuild = {
        let shared = Arc::clone(&shared);
        std::thread::spawn(move || {
            for result in rx {
                match result {
                    Ok(events) => {
                        let changed = relevant_changes(&events);
                        if !changed.is_empty() {
                            shared.rebuild(changed);
                        }
                    }
                    Err(errors) => {
                        for e in errors {
                            (shared.on_event)(Event::WatchError(e.to_string()));
                        }
                    }
                }
            }
        })
    };

    let server = Arc::new(
        tiny_http::Server::from_listener(listener, None)
            .map_err(|e| ServeError::Server(e.to_string()))?,
    );
    let http = {
        let (server, shared) = (Arc::clone(&server), Arc::clone(&shared));
        std::thread::spawn(move || {
            while let Ok(request) = server.recv() {
                if shared.lock().stopping {
                    break;
                }
                let shared = Arc::clone(&shared);
                if request.url().starts_with("/__hutong/wait") {
                    // A long poll holds its thread for up to LONG_POLL.
                    std::thread::spawn(move || respond(&shared, request));
                } else {
                    respond(&shared, request);
                }
            }
        })
    };
    Ok(Serving {
        addr,
        busy_port,
        shared,
        server,
        http: Some(http),
        rebuild: Some(rebuild),
        watcher: Some(Box::new(debouncer)),
    })
}

impl Serving {
    /// The address served, always on 127.0.0.1.
    pub fn addr(&self) -> SocketAddr {
        self.addr
    }

    /// `http://127.0.0.1:<port>/`.
    pub fn url(&self) -> String {
        format!("http://{}/", self.addr)
    }

    /// The port first tried, when it was taken and a later one is used instead.
    pub fn busy_port(&self) -> Option<u16> {
        self.busy_port
    }

    /// Stops watching and serving, answers the waiting reload requests, and removes the
    /// temporary folder.
    pub fn stop(mut self) {
        self.shutdown();
    }

    fn shutdown(&mut self) {
        self.shared.lock().stopping = true;
        self.shared.news.notify_all();
        // Dropping the watcher closes the channel, which ends the rebuild thread.
        drop(self.watcher.take());
        if let Some(rebuild) = self.rebuild.take() {
            let _ = rebuild.join();
        }
        self.server.unblock();
        if let Some(http) = self.http.take() {
            let _ = http.join();
        }
    }
}

impl Drop for Serving {
    fn drop(&mut self) {
        self.shutdown();
    }
}

impl Shared {
    fn lock(&self) -> MutexGuard<'_, State> {
        // A panic while holding the lock leaves plain data behind; keep serving it.
        self.state.lock().unwrap_or_else(|e| e.into_inner())
    }

    /// Builds the site, records the outcome, wakes the reload requests and reports.
    ///
    /// The state stays locked during the build, and requests lock it while they read
    /// files, so a page is never served with files of one build and the token or
    /// errors of another. A build takes milliseconds; requests wait that long at most.
    fn rebuild(&self, changed: Vec<PathBuf>) {
        let start = Instant::now();
        {
            let mut state = self.lock();
            let report = build::build_site_with(&self.site, &self.out.0, self.lang);
            state.token = token();
            if let Some(written) = &report.written {
                state.served = Some(written.dir.clone());
                state.error = None;
            } else {
                state.error = Some(
                    build::describe_failure(&report).unwrap_or_else(|| "the build failed".into()),
                );
            }
            if let Some(lang) = report
                .site
                .profile()
                .map(|p| p.lang)
                .or_else(|| crate::profile::declared_lang(&report.site.source))
            {
                state.lang = lang;
            }
            drop(state);
            self.news.notify_all();
            (self.on_event)(Event::Built {
                report: Box::new(report),
                changed,
                elapsed: start.elapsed(),
            });
        }
    }

    /// Waits until the build token differs from `seen`, the server stops, or
    /// [`LONG_POLL`] passes; gives the current token.
    fn wait(&self, seen: &str) -> String {
        let deadline = Instant::now() + LONG_POLL;
        let mut state = self.lock();
        while state.token == seen && !state.stopping {
            let left = deadline.saturating_duration_since(Instant::now());
            if left.is_zero() {
                break;
            }
            state = self
                .news
                .wait_timeout(state, left)
                .unwrap_or_else(|e| e.into_inner())
                .0;
        }
        state.token.clone()
    }
}

/// A token unique to this build of this server process: restarting the server also
/// reloads the pages it served before.
fn token() -> String {
    use std::sync::atomic::{AtomicU64, Ordering};
    static BUILDS: AtomicU64 = AtomicU64::new(0);
    let n = BUILDS.fetch_add(1, Ordering::Relaxed) + 1;
    let boot = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |d| d.as_nanos() as u64);
    format!("{:x}-{}-{n}", std::process::id(), boot % 1_000_000_007)
}

/// The files whose change calls for a rebuild: anything but reads (the build itself
/// reads the profile) and editors' swap, backup and lock files.
fn relevant_changes(events: &[notify_debouncer_full::DebouncedEvent]) -> Vec<PathBuf> {
    let mut changed: Vec<PathBuf> = Vec::new();
    for event in events {
        if matches!(event.kind, EventKind::Access(_)) {
            continue;
        }
        for path in &event.paths {
            let name = path
                .file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_default();
            let scratch = name.starts_with('.')
                || name.starts_with('#')
                || name.ends_with('~')
                || name.ends_with(".swp")
                || name.ends_with(".swx")
                || name.ends_with(".tmp")
                || name == "4913";
            if !scratch && !changed.contains(path) {
                changed.push(path.clone());
            }
        }
    }
    changed
}

fn bind(port: Port) -> Result<(TcpListener, Option<u16>), ServeError> {
    let try_port = |port: u16| TcpListener::bind(("127.0.0.1", port));
    match port {
        Port::Exactly(port) => match try_port(port) {
            Ok(listener) => Ok((listener, None)),
            Err(e) if e.kind() == std::io::ErrorKind::AddrInUse => Err(ServeError::PortInUse(port)),
            Err(source) => Err(ServeError::Bind { port, source }),
        },
        Port::FirstFreeFrom(first) => {
            let last = first.saturating_add(PORT_TRIES - 1);
            for port in first..=last {
                match try_port(port) {
                    Ok(listener) => return Ok((listener, (port != first).then_some(first))),
                    Err(e) if e.kind() == std::io::ErrorKind::AddrInUse => continue,
                    Err(source) => return Err(ServeError::Bind { port, source }),
                }
            }
            Err(ServeError::NoFreePort(first, last))
        }
    }
}

/// The start of the server's temporary folders' names: `hutong-serve-<pid>-<nanos>`.
const TEMP_PREFIX: &str = "hutong-serve-";

/// A folder in the system's temporary folder, removed with everything in it on drop.
struct TempFolder(PathBuf);

impl TempFolder {
    fn new() -> Result<TempFolder, ServeError> {
        let base = std::env::temp_dir();
        // A killed server cannot clean up after itself: its successor does.
        output::sweep_stale(&base, TEMP_PREFIX);
        let mut attempt = 0u32;
        loop {
            let nanos = SystemTime::now()
                .duration_since(UNIX_EPOCH)
                .map_or(0, |d| d.subsec_nanos());
            let path = base.join(format!("{TEMP_PREFIX}{}-{nanos}", std::process::id()));
            match std::fs::create_dir(&path) {
                Ok(()) => return Ok(TempFolder(path)),
                Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists && attempt < 10 => {
                    attempt += 1;
                }
                Err(source) => return Err(ServeError::TempFolder { path, source }),
            }
        }
    }
}

impl Drop for TempFolder {
    fn drop(&mut self) {
        // Best effort: a temporary folder left behind is the system's to clean.
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

fn respond(shared: &Shared, request: tiny_http::Request) {
    let answer = answer(shared, &request);
    let mut response = tiny_http::Response::from_data(answer.body).with_status_code(answer.status);
    let mut headers = answer.headers;
    headers.push(("Content-Type", answer.content_type.to_owned()));
    headers.push(("Cache-Control", "no-store".to_owned()));
    headers.push(("X-Content-Type-Options", "nosniff".to_owned()));
    for (name, value) in headers {
        if let Ok(header) = tiny_http::Header::from_bytes(name.as_bytes(), value.as_bytes()) {
            response.add_header(header);
        }
    }
    // The browser may have gone away; nothing to do about it.
    let _ = request.respond(response);
}

fn answer(shared: &Shared, request: &tiny_http::Request) -> Answer {
    if !matches!(
        request.method(),
        tiny_http::Method::Get | tiny_http::Method::Head
    ) {
        return Answer::text(405, "hutong serve only answers GET and HEAD");
    }
    // A page on another site can make the browser ask 127.0.0.1 under a name it
    // controls (DNS rebinding); answering only to local names keeps it out.
    let host = header(request, "Host").unwrap_or_default();
    if !local_host(&host) {
        return Answer::text(403, "hutong serve answers only to 127.0.0.1 and localhost");
    }
    let (path, query) = request.url().split_once('?').unwrap_or((request.url(), ""));
    let params: Vec<(String, String)> = url::form_urlencoded::parse(query.as_bytes())
        .into_owned()
        .collect();
    let param = |name: &str| {
        params
            .iter()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.as_str())
    };

    // `?as=` chooses a preview and a cookie keeps it while the visitor follows links
    // (the hub's script and relative links drop the query); `?as=off` ends it.
    let asked = param("as");
    let cookie = header(request, "Cookie").and_then(|c| {
        c.split(';')
            .find_map(|kv| kv.trim().strip_prefix("hutong-as=").map(str::to_owned))
    });
    let preview = match asked {
        Some(id) => page::preview(id),
        None => cookie.as_deref().and_then(page::preview),
    };
    let set_cookie = asked.map(|_| match preview {
        Some(p) => format!("hutong-as={}; Path=/; SameSite=Strict", p.id),
        None => "hutong-as=; Path=/; Max-Age=0; SameSite=Strict".to_owned(),
    });

    if path == format!("{}wait", page::PREFIX) {
        let token = shared.wait(param("v").unwrap_or(""));
        let body = serde_json::json!({ "v": token }).to_string();
        return Answer::new(200, "application/json", body);
    }
    // Held until the answer is made: see `Shared::rebuild`.
    let state = shared.lock();
    let cx = page::Context {
        token: &state.token,
        error: state.error.as_deref(),
        have_build: state.served.is_some(),
        lang: state.lang,
        preview,
    };
    let html = |status: u16, body: String| Answer::new(status, "text/html; charset=utf-8", body);

    let mut answer = if let Some(own) = path.strip_prefix(page::PREFIX) {
        match own {
            "reload.js" => Answer::new(200, "text/javascript; charset=utf-8", page::RELOAD_JS),
            "serve.css" => Answer::new(200, "text/css; charset=utf-8", page::SERVE_CSS),
            "preview.js" => match param("as").and_then(page::preview) {
                Some(p) => Answer::new(200, "text/javascript; charset=utf-8", page::preview_js(p)),
                None => Answer::text(404, "no such preview"),
            },
            "away" => html(200, page::away_page(param("to").unwrap_or(""), &cx)),
            _ => Answer::text(404, "not a file of hutong serve"),
        }
    } else {
        match &state.served {
            None => html(500, page::error_page(&cx)),
            Some(root) => file(root, path, query, &cx),
        }
    };
    if let Some(cookie) = set_cookie {
        answer.headers.push(("Set-Cookie", cookie));
    }
    answer
}

fn header(request: &tiny_http::Request, name: &str) -> Option<String> {
    request
        .headers()
        .iter()
        .find(|h| h.field.as_str().as_str().eq_ignore_ascii_case(name))
        .map(|h| h.value.as_str().to_owned())
}

/// Whether a `Host` header names this machine: 127.0.0.1, localhost or [::1], with any
/// port (or no header at all, as from HTTP/1.0 tools).
fn local_host(host: &str) -> bool {
    if host.is_empty() {
        return true;
    }
    let name = match host.strip_prefix('[') {
        Some(v6) => v6.split(']').next().unwrap_or(""),
        None => host.split(':').next().unwrap_or(""),
    };
    matches!(
        name.to_ascii_lowercase().as_str(),
        "127.0.0.1" | "localhost" | "::1"
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_local_host_names_are_answered() {
        for yes in [
            "127.0.0.1:8000",
            "localhost:8000",
            "LOCALHOST",
            "[::1]:8000",
            "",
        ] {
            assert!(local_host(yes), "{yes}");
        }
        for no in [
            "evil.example:8000",
            "127.0.0.1.evil.example",
            "10.0.0.1:8000",
        ] {
            assert!(!local_host(no), "{no}");
        }
    }

    #[test]
    fn the_language_of_a_broken_profile_is_read_from_its_lang_line() {
        let lang_in = crate::profile::declared_lang;
        assert_eq!(lang_in("name: x\nlang: en  # English\n"), Some(Lang::En));
        assert_eq!(lang_in("lang: \"zh-Hant\"\n"), Some(Lang::ZhHant));
        assert_eq!(lang_in("name: x\n"), None);
    }

    #[test]
    fn a_port_in_use_is_an_error_or_the_next_one() {
        let taken = TcpListener::bind(("127.0.0.1", 0)).unwrap();
        let port = taken.local_addr().unwrap().port();
        assert!(matches!(bind(Port::Exactly(port)), Err(ServeError::PortInUse(p)) if p == port));
        let message = bind(Port::Exactly(port)).unwrap_err().to_string();
        assert!(message.contains("--port"), "{message}");
        if let Ok((listener, busy)) = bind(Port::FirstFreeFrom(port)) {
            assert_eq!(busy, Some(port));
            assert_ne!(listener.local_addr().unwrap().port(), port);
        }
    }

    #[test]
    fn reads_and_scratch_files_do_not_rebuild() {
        use notify::event::{AccessKind, CreateKind, Event as NotifyEvent, ModifyKind};
        let event = |kind, path: &str| notify_debouncer_full::DebouncedEvent {
            event: NotifyEvent::new(kind).add_path(PathBuf::from(path)),
            time: Instant::now(),
        };
        let events = [
            event(EventKind::Access(AccessKind::Any), "/s/site.yaml"),
            event(EventKind::Create(CreateKind::File), "/s/.site.yaml.swp"),
            event(EventKind::Create(CreateKind::File), "/s/4913"),
            event(EventKind::Modify(ModifyKind::Any), "/s/site.yaml~"),
            event(EventKind::Modify(ModifyKind::Any), "/s/site.yaml"),
            event(EventKind::Create(CreateKind::File), "/s/avatar.png"),
            event(EventKind::Modify(ModifyKind::Any), "/s/site.yaml"),
        ];
        assert_eq!(
            relevant_changes(&events),
            [
                PathBuf::from("/s/site.yaml"),
                PathBuf::from("/s/avatar.png")
            ]
        );
    }
}
