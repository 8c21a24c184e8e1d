//! What the dev server answers: an [`Answer`], and a built site's files as a static
//! host would serve them.
//!
//! Takes a request's path (and query) and the folder of the last good build; gives the
//! file, with its content type: `dir/` serves `dir/index.html`, a folder without its
//! final `/` is redirected, anything missing gets the site's own 404 page, and a path
//! that is not a plain relative one is refused. Pages go through [`page::page`] on the
//! way out. It does not listen, route the server's own files, or watch anything.

use std::path::{Path, PathBuf};

use super::page;
use crate::escape;

/// One answer: status, type, body and extra headers. Never cached: a preview changes
/// with every save.
pub struct Answer {
    pub status: u16,
    pub content_type: &'static str,
    pub body: Vec<u8>,
    pub headers: Vec<(&'static str, String)>,
}

impl Answer {
    pub fn new(status: u16, content_type: &'static str, body: impl Into<Vec<u8>>) -> Answer {
        Answer {
            status,
            content_type,
            body: body.into(),
            headers: Vec::new(),
        }
    }

    pub fn text(status: u16, text: &str) -> Answer {
        Answer::new(status, "text/plain; charset=utf-8", format!("{text}\n"))
    }
}

/// A file of the built site: `dir/` gives `dir/index.html`, a folder without its final
/// `/` is redirected to it (the pages' links are relative), and anything else missing
/// gives the site's own 404 page, as a static host would.
pub fn file(root: &Path, path: &str, query: &str, cx: &page::Context) -> Answer {
    let Some(relative) = decode_path(path) else {
        return Answer::text(400, "bad path");
    };
    let mut target = root.join(&relative);
    if target.is_dir() {
        if !path.ends_with('/') {
            let mut answer = Answer::text(301, "moved");
            let q = if query.is_empty() {
                String::new()
            } else {
                format!("?{query}")
            };
            answer.headers.push(("Location", format!("{path}/{q}")));
            return answer;
        }
        target = target.join("index.html");
    }
    let (status, target) = if target.is_file() {
        (200, target)
    } else {
        (404, root.join("404.html"))
    };
    let Ok(bytes) = std::fs::read(&target) else {
        return Answer::text(404, "not found");
    };
    let content_type = content_type(&target);
    if content_type.starts_with("text/html") {
        let text = String::from_utf8_lossy(&bytes);
        return Answer::new(status, content_type, page::page(&text, cx));
    }
    Answer::new(status, content_type, bytes)
}

/// The path of a request as a relative path, when every segment is a plain name.
fn decode_path(path: &str) -> Option<PathBuf> {
    let mut out = PathBuf::new();
    for segment in path.split('/').filter(|s| !s.is_empty()) {
        let name = escape::percent_decode(segment)?;
        if name == "." || name == ".." || name.contains(['\\', '\0', '/']) {
            return None;
        }
        out.push(name);
    }
    Some(out)
}

fn content_type(path: &Path) -> &'static str {
    let ext = path
        .extension()
        .map(|e| e.to_string_lossy().to_ascii_lowercase())
        .unwrap_or_default();
    match ext.as_str() {
        "html" => "text/html; charset=utf-8",
        "css" => "text/css; charset=utf-8",
        "js" => "text/javascript; charset=utf-8",
        "svg" => "image/svg+xml",
        "png" => "image/png",
        "jpg" | "jpeg" => "image/jpeg",
        "webp" => "image/webp",
        "gif" => "image/gif",
        "vcf" => "text/vcard; charset=utf-8",
        "xml" => "application/xml; charset=utf-8",
        "txt" | "" => "text/plain; charset=utf-8",
        "json" => "application/json",
        _ => "application/octet-stream",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn request_paths_become_plain_relative_paths() {
        assert_eq!(decode_path("/"), Some(PathBuf::new()));
        assert_eq!(decode_path("/go/github/"), Some(PathBuf::from("go/github")));
        assert_eq!(
            decode_path("/qr/a%2Db.png"),
            Some(PathBuf::from("qr/a-b.png"))
        );
        for bad in [
            "/../etc/passwd",
            "/go/%2e%2e/x",
            "/a%2Fb",
            "/a%5Cb",
            "/%zz",
            "/%00",
        ] {
            assert_eq!(decode_path(bad), None, "{bad}");
        }
    }
}
