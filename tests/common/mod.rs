//! Helpers shared by the integration tests: reading QR codes back out of the PNG and
//! SVG files hutong writes, with an independent decoder (`rqrr`); `html`, pages parsed
//! the way a browser parses them (html5ever); `site`, profiles built in memory or on
//! disk and read back; `gzip`, the size a page travels at; `cli`, the real binary run and its output read; `tools`, the
//! programs some tests need beside Rust, and what a test does when one is missing;
//! `yaml`, YAML files the project writes, walked by key.

#![allow(dead_code)] // each test crate uses some of these

pub mod cli;
pub mod gzip;
pub mod html;
pub mod site;
pub mod tools;
pub mod yaml;

use hutong::qr::QUIET_ZONE;

/// What rqrr reports as the error-correction level for M: the two format bits,
/// where M is `00`.
const ECC_LEVEL_M: u16 = 0;

/// A greyscale image, 0 = black, 255 = white.
pub struct Grey {
    pub side: usize,
    pub pixels: Vec<u8>,
}

/// Decodes every QR code rqrr finds in `img`, checking each is at level M.
pub fn read_codes(img: &Grey) -> Vec<String> {
    let mut prepared = rqrr::PreparedImage::prepare_from_greyscale(img.side, img.side, |x, y| {
        img.pixels[y * img.side + x]
    });
    prepared
        .detect_grids()
        .iter()
        .map(|grid| {
            let (meta, text) = grid.decode().expect("rqrr decodes the grid it found");
            assert_eq!(meta.ecc_level, ECC_LEVEL_M, "error-correction level");
            text
        })
        .collect()
}

pub fn decode_png(bytes: &[u8]) -> Grey {
    let mut decoder = png::Decoder::new(std::io::Cursor::new(bytes));
    decoder.set_transformations(png::Transformations::EXPAND);
    let mut reader = decoder.read_info().expect("a valid PNG");
    let mut pixels = vec![0; reader.output_buffer_size().expect("a sane size")];
    let info = reader.next_frame(&mut pixels).expect("one frame");
    assert_eq!(info.color_type, png::ColorType::Grayscale);
    assert_eq!(info.bit_depth, png::BitDepth::Eight, "expanded to 8 bits");
    assert_eq!(info.width, info.height);
    pixels.truncate(info.buffer_size());
    Grey {
        side: info.width as usize,
        pixels,
    }
}

pub fn attr<'a>(svg: &'a str, name: &str) -> &'a str {
    let key = format!(" {name}=\"");
    let start = svg.find(&key).unwrap_or_else(|| panic!("no {name}=")) + key.len();
    let len = svg[start..].find('"').expect("closing quote");
    &svg[start..start + len]
}

/// Rasterises our SVG at `px` pixels per unit: the white background, then every
/// rectangle of the black path.
pub fn rasterise_svg(svg: &str, px: usize) -> Grey {
    let view_box: Vec<usize> = attr(svg, "viewBox")
        .split(' ')
        .map(|n| n.parse().expect("integer viewBox"))
        .collect();
    let [0, 0, w, h] = view_box[..] else {
        panic!("viewBox {view_box:?} does not start at the origin");
    };
    assert_eq!(w, h, "square viewBox");
    assert!(svg.contains(r##"<rect width="100%" height="100%" fill="#fff"/>"##));
    assert!(svg.contains(r##"<path fill="#000" d=""##));

    let side = w * px;
    let mut pixels = vec![255u8; side * side];
    let mut fill = |x0: i64, y0: i64, x1: i64, y1: i64| {
        let (x0, x1) = (x0.min(x1) as usize, x0.max(x1) as usize);
        let (y0, y1) = (y0.min(y1) as usize, y0.max(y1) as usize);
        assert!(x1 <= w && y1 <= w, "rectangle leaves the viewBox");
        for y in y0 * px..y1 * px {
            pixels[y * side + x0 * px..y * side + x1 * px].fill(0);
        }
    };

    let d = attr(svg, "d");
    let mut rest = d;
    let number = |rest: &mut &str| -> i64 {
        *rest = rest.trim_start_matches([' ', ',']);
        let end = rest
            .char_indices()
            .find(|&(i, c)| !(c.is_ascii_digit() || (i == 0 && c == '-')))
            .map_or(rest.len(), |(i, _)| i);
        let (n, tail) = rest.split_at(end);
        *rest = tail;
        n.parse().expect("a number")
    };
    // A subpath ends at the next move, at `z`, or at the end; fill closes it.
    let mut finish = |corners: &mut Vec<(i64, i64)>| {
        if corners.is_empty() {
            return;
        }
        let [a, b, c, d] = corners[..] else {
            panic!("subpath {corners:?} is not four corners");
        };
        // An axis-aligned rectangle: opposite corners differ in both
        // coordinates, neighbours in one.
        assert!(a.0 != c.0 && a.1 != c.1 && b == (c.0, a.1) && d == (a.0, c.1));
        fill(a.0, a.1, c.0, c.1);
        corners.clear();
    };
    let (mut cx, mut cy) = (0, 0);
    let mut corners = Vec::new();
    while let Some(cmd) = rest.chars().next() {
        rest = &rest[1..];
        match cmd {
            'M' | 'm' => {
                finish(&mut corners);
                let (x, y) = (number(&mut rest), number(&mut rest));
                (cx, cy) = if cmd == 'M' { (x, y) } else { (cx + x, cy + y) };
                corners.push((cx, cy));
            }
            'h' => {
                cx += number(&mut rest);
                corners.push((cx, cy));
            }
            'v' => {
                cy += number(&mut rest);
                corners.push((cx, cy));
            }
            'z' => {
                (cx, cy) = corners[0];
                finish(&mut corners);
            }
            other => panic!("unexpected path command {other:?}"),
        }
    }
    finish(&mut corners);
    Grey { side, pixels }
}

/// The quiet zone of an image `px` pixels per module is entirely white.
pub fn assert_quiet_zone_light(img: &Grey, px: usize) {
    let margin = QUIET_ZONE * px;
    for y in 0..img.side {
        for x in 0..img.side {
            let inside = (margin..img.side - margin).contains(&x)
                && (margin..img.side - margin).contains(&y);
            if !inside {
                assert_eq!(
                    img.pixels[y * img.side + x],
                    255,
                    "quiet zone at ({x}, {y})"
                );
            }
        }
    }
}

/// Runs `f` and gives what it returns, failing when it took `limit` or longer: for input
/// that must be refused at once, not after a hang. `what` names the case.
#[track_caller]
pub fn within<T>(limit: std::time::Duration, what: &str, f: impl FnOnce() -> T) -> T {
    let start = std::time::Instant::now();
    let out = f();
    let took = start.elapsed();
    assert!(
        took < limit,
        "{what}: took {took:?}, the limit is {limit:?}"
    );
    out
}

/// `text` starts with `start`; `text` is shown when it does not.
#[track_caller]
pub fn assert_starts_with(text: &str, start: &str) {
    assert!(
        text.starts_with(start),
        "expected {start:?} first in\n{text}"
    );
}

/// `text` holds `part`; `text` is shown when it does not.
#[track_caller]
pub fn assert_contains(text: &str, part: &str) {
    assert!(text.contains(part), "expected {part:?} in\n{text}");
}

/// `text` holds each of `parts`; `text` is shown with the first it does not hold.
#[track_caller]
pub fn assert_contains_all(text: &str, parts: &[&str]) {
    for part in parts {
        assert_contains(text, part);
    }
}
