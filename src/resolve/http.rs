//! One HTTP/1.1 GET at a time, over TCP or rustls, for [`Fetch`].
//!
//! Takes an http(s) address and a deadline; gives the status, the `Location` header and
//! the start of the body (at most [`BODY_CAP`] bytes; the rest is never read). Every
//! request is `GET` with `Connection: close`, an honest `User-Agent` naming hutong and
//! its version, and nothing else: no cookie, no referrer, no compression, no redirect
//! followed here (`follow` decides), no proxy setting read from the environment.
//!
//! With a via server (`HUTONG_RESOLVE_VIA=http://HOST:PORT`) every request goes over
//! plain HTTP to that server in proxy form: the request target is the absolute address
//! (`GET https://b23.tv/AbC123x HTTP/1.1`, `Host: b23.tv`). That is not an HTTP proxy's
//! `CONNECT` tunnel: the via server sees and answers the request itself, which is what a
//! gateway or a test server needs. It is why this is a few hundred lines of our own over
//! rustls rather than a client crate: the small blocking clients (ureq 3, minreq) send
//! https through a proxy only as a `CONNECT` tunnel.

use std::io::{self, Read, Write};
use std::net::{SocketAddr, TcpStream, ToSocketAddrs};
use std::sync::Arc;
use std::time::{Duration, Instant};

use anyhow::{Context, bail};
use url::{Host, Url};

use super::{Fetch, FetchError, Response};

/// Most bytes of a body read: enough for a script-redirect page, little enough that an
/// endless body costs nothing.
pub const BODY_CAP: usize = 256 * 1024;
/// Most bytes of a response's status line and headers.
const HEAD_CAP: usize = 64 * 1024;

/// The `User-Agent` hutong sends.
pub const USER_AGENT: &str = concat!(
    "hutong/",
    env!("CARGO_PKG_VERSION"),
    " (link-hub generator; resolves the short links its user gave it)"
);

/// A GET client: direct, or through a via server.
pub struct Client {
    via: Option<(String, u16)>,
    request_timeout: Duration,
    tls: Arc<rustls::ClientConfig>,
}

impl Client {
    /// A client that waits at most `request_timeout` for one request; `via` is the value
    /// of `HUTONG_RESOLVE_VIA` (`http://HOST:PORT`), if set.
    pub fn new(via: Option<&str>, request_timeout: Duration) -> anyhow::Result<Client> {
        let via = via.map(parse_via).transpose()?;
        // ring rather than rustls' aws-lc-rs default: a fraction of the build on 2 cores
        // and no C toolchain beyond cc. rustls 0.23.48 deprecates ring's provider for its
        // lack of post-quantum key exchange, which a one-off GET of a public short link
        // does not need.
        #[allow(deprecated)]
        let provider = Arc::new(rustls::crypto::ring::default_provider());
        let roots =
            rustls::RootCertStore::from_iter(webpki_roots::TLS_SERVER_ROOTS.iter().cloned());
        let tls = rustls::ClientConfig::builder_with_provider(provider)
            .with_safe_default_protocol_versions()
            .context("TLS set-up")?
            .with_root_certificates(roots)
            .with_no_client_auth();
        Ok(Client {
            via,
            request_timeout,
            tls: Arc::new(tls),
        })
    }
}

/// `http://HOST:PORT` (a trailing `/` allowed) → host and port.
fn parse_via(value: &str) -> anyhow::Result<(String, u16)> {
    let url = Url::parse(value)
        .ok()
        .filter(|u| u.scheme() == "http" && matches!(u.path(), "" | "/"))
        .filter(|u| u.query().is_none() && u.username().is_empty());
    let Some(url) = url else {
        bail!("HUTONG_RESOLVE_VIA={value:?} is not an address like http://127.0.0.1:8080");
    };
    let host = match url.host() {
        Some(Host::Ipv6(ip)) => ip.to_string(),
        Some(host) => host.to_string(),
        None => bail!("HUTONG_RESOLVE_VIA={value:?} names no host"),
    };
    Ok((host, url.port_or_known_default().unwrap_or(80)))
}

impl Fetch for Client {
    fn get(&mut self, url: &Url, deadline: Instant) -> Result<Response, FetchError> {
        let deadline = deadline.min(Instant::now() + self.request_timeout);
        let host = url
            .host()
            .ok_or_else(|| FetchError::Failed(format!("{url} names no host")))?;
        let port = url
            .port_or_known_default()
            .ok_or_else(|| FetchError::Failed(format!("{url} is not http(s)")))?;
        let host_header = match url.port() {
            Some(port) => format!("{}:{port}", url.host_str().unwrap_or("")),
            None => url.host_str().unwrap_or("").to_owned(),
        };
        let mut absolute = url.clone();
        absolute.set_fragment(None);
        let target = match &self.via {
            Some(_) => absolute.to_string(),
            None => match absolute.query() {
                Some(q) => format!("{}?{q}", absolute.path()),
                None => absolute.path().to_owned(),
            },
        };
        let request = format!(
            "GET {target} HTTP/1.1\r\nHost: {host_header}\r\nUser-Agent: {USER_AGENT}\r\nAccept: text/html,*/*;q=0.8\r\nAccept-Encoding: identity\r\nConnection: close\r\n\r\n"
        );
        let tcp = match &self.via {
            Some((via_host, via_port)) => connect(via_host, *via_port, deadline)?,
            None => {
                let name = match &host {
                    Host::Ipv6(ip) => ip.to_string(),
                    other => other.to_string(),
                };
                connect(&name, port, deadline)?
            }
        };
        let socket = tcp.try_clone().map_err(failed)?;
        if self.via.is_none() && url.scheme() == "https" {
            let name = match host {
                Host::Domain(d) => rustls::pki_types::ServerName::try_from(d.to_owned())
                    .map_err(|e| FetchError::Failed(format!("{d}: {e}")))?,
                Host::Ipv4(ip) => rustls::pki_types::ServerName::IpAddress(ip.into()),
                Host::Ipv6(ip) => rustls::pki_types::ServerName::IpAddress(ip.into()),
            };
            let conn = rustls::ClientConnection::new(self.tls.clone(), name).map_err(failed)?;
            exchange(
                rustls::StreamOwned::new(conn, tcp),
                &socket,
                deadline,
                &request,
            )
        } else {
            exchange(tcp, &socket, deadline, &request)
        }
    }
}

fn failed(e: impl std::fmt::Display) -> FetchError {
    FetchError::Failed(e.to_string())
}

/// Time left before `deadline`, or a timeout.
fn left(deadline: Instant) -> Result<Duration, FetchError> {
    deadline
        .checked_duration_since(Instant::now())
        .filter(|d| !d.is_zero())
        .ok_or(FetchError::Timeout)
}

/// Connects to the first address of `host` that answers before the deadline. (Name
/// lookup itself has no timeout in the standard library.)
fn connect(host: &str, port: u16, deadline: Instant) -> Result<TcpStream, FetchError> {
    let addrs: Vec<SocketAddr> = (host, port)
        .to_socket_addrs()
        .map_err(|e| FetchError::Failed(format!("{host}: {e}")))?
        .collect();
    let mut last = None;
    for addr in addrs {
        match TcpStream::connect_timeout(&addr, left(deadline)?) {
            Ok(tcp) => return Ok(tcp),
            Err(e) if is_timeout(&e) => return Err(FetchError::Timeout),
            Err(e) => last = Some(e),
        }
    }
    Err(FetchError::Failed(match last {
        Some(e) => format!("{host}: {e}"),
        None => format!("{host}: no address"),
    }))
}

fn is_timeout(e: &io::Error) -> bool {
    matches!(
        e.kind(),
        io::ErrorKind::TimedOut | io::ErrorKind::WouldBlock
    )
}

/// Sends the request and reads the answer, never past the deadline.
fn exchange(
    mut stream: impl Read + Write,
    socket: &TcpStream,
    deadline: Instant,
    request: &str,
) -> Result<Response, FetchError> {
    let io = |e: io::Error| {
        if is_timeout(&e) {
            FetchError::Timeout
        } else {
            failed(e)
        }
    };
    socket
        .set_write_timeout(Some(left(deadline)?))
        .map_err(io)?;
    stream.write_all(request.as_bytes()).map_err(io)?;
    stream.flush().map_err(io)?;
    let mut read = |buf: &mut Vec<u8>| -> Result<bool, FetchError> {
        socket.set_read_timeout(Some(left(deadline)?)).map_err(io)?;
        let mut chunk = [0u8; 16 * 1024];
        let n = match stream.read(&mut chunk) {
            Ok(n) => n,
            // A server that closes without TLS's close_notify: the end, not an error.
            Err(e) if e.kind() == io::ErrorKind::UnexpectedEof => 0,
            Err(e) => return Err(io(e)),
        };
        buf.extend_from_slice(&chunk[..n]);
        left(deadline)?;
        Ok(n > 0)
    };
    let mut raw = Vec::new();
    let head_end = loop {
        if let Some(i) = find(&raw, b"\r\n\r\n") {
            break i + 4;
        }
        if raw.len() > HEAD_CAP {
            return Err(FetchError::Failed("response headers too long".into()));
        }
        if !read(&mut raw)? {
            return Err(FetchError::Failed(
                "connection closed before a response".into(),
            ));
        }
    };
    let head = String::from_utf8_lossy(&raw[..head_end]).into_owned();
    let mut lines = head.split("\r\n");
    let status = lines
        .next()
        .and_then(|line| {
            let mut parts = line.splitn(3, ' ');
            let version = parts.next()?;
            version.starts_with("HTTP/1.").then_some(())?;
            parts.next()?.parse::<u16>().ok()
        })
        .ok_or_else(|| FetchError::Failed("not an HTTP/1 response".into()))?;
    let mut location = None;
    let mut length = None;
    let mut chunked = false;
    for line in lines {
        let Some((name, value)) = line.split_once(':') else {
            continue;
        };
        let value = value.trim();
        match name.trim().to_ascii_lowercase().as_str() {
            "location" => location = Some(value.to_owned()),
            "content-length" => length = value.parse::<usize>().ok(),
            "transfer-encoding" => chunked = value.to_ascii_lowercase().contains("chunked"),
            _ => {}
        }
    }
    let mut response = Response {
        status,
        location,
        body: Vec::new(),
    };
    if !(200..300).contains(&status) {
        return Ok(response); // a redirect or an error: its body is not read
    }
    let mut body = raw.split_off(head_end);
    let want = length.unwrap_or(usize::MAX).min(BODY_CAP);
    // Chunk sizes take room too: read a little past the cap before decoding.
    let raw_cap = if chunked {
        BODY_CAP + BODY_CAP / 8
    } else {
        want
    };
    while body.len() < raw_cap && !(chunked && find(&body, b"\r\n0\r\n").is_some()) {
        if !read(&mut body)? {
            break;
        }
    }
    response.body = if chunked { dechunk(&body) } else { body };
    response.body.truncate(BODY_CAP);
    Ok(response)
}

fn find(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    haystack.windows(needle.len()).position(|w| w == needle)
}

/// The data of a chunked body, as far as it was read.
fn dechunk(mut raw: &[u8]) -> Vec<u8> {
    let mut out = Vec::new();
    while let Some(eol) = find(raw, b"\r\n") {
        let size_text = String::from_utf8_lossy(&raw[..eol]);
        let size_text = size_text.split(';').next().unwrap_or("").trim();
        let Ok(size) = usize::from_str_radix(size_text, 16) else {
            break;
        };
        if size == 0 {
            break;
        }
        let data = &raw[eol + 2..];
        let take = size.min(data.len());
        out.extend_from_slice(&data[..take]);
        if take < size || data.len() < size + 2 {
            break;
        }
        raw = &data[size + 2..];
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn via_takes_only_a_plain_http_server_address() {
        assert_eq!(
            parse_via("http://127.0.0.1:8080").unwrap(),
            ("127.0.0.1".into(), 8080)
        );
        assert_eq!(
            parse_via("http://gw.local/").unwrap(),
            ("gw.local".into(), 80)
        );
        for bad in ["https://127.0.0.1:8080", "127.0.0.1:8080", "http://h/x", ""] {
            assert!(parse_via(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn chunked_bodies_are_decoded_even_when_cut_short() {
        assert_eq!(
            dechunk(b"5\r\nhello\r\n6;x=y\r\n world\r\n0\r\n\r\n"),
            b"hello world"
        );
        assert_eq!(dechunk(b"5\r\nhello\r\nff\r\nabc"), b"helloabc");
        assert_eq!(dechunk(b"zz\r\n"), b"");
    }

    #[test]
    fn the_user_agent_names_hutong_and_its_version() {
        assert!(USER_AGENT.starts_with(concat!("hutong/", env!("CARGO_PKG_VERSION"), " ")));
    }
}
