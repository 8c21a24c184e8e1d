//! Round trips through an independent decoder: every code we draw, as PNG and as
//! SVG, must read back to exactly the payload it was given.
//!
//! The PNG is decoded with the `png` crate; the SVG is rasterised by a few lines
//! below that read our own path format (one-module-high `h…v1h-…` rectangles),
//! which is simple and honest because the format is ours. Both images then go to
//! `rqrr`, a QR decoder written by others.

use hutong::qr::{self, Code, MAX_BYTES, QUIET_ZONE};
use proptest::prelude::*;

/// What rqrr reports as the error-correction level for M: the two format bits,
/// where M is `00`.
const ECC_LEVEL_M: u16 = 0;

/// A greyscale image, 0 = black, 255 = white.
struct Grey {
    side: usize,
    pixels: Vec<u8>,
}

/// Decodes every QR code rqrr finds in `img`, checking each is at level M.
fn read_codes(img: &Grey) -> Vec<String> {
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

fn decode_png(bytes: &[u8]) -> Grey {
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

fn attr<'a>(svg: &'a str, name: &str) -> &'a str {
    let key = format!(" {name}=\"");
    let start = svg.find(&key).unwrap_or_else(|| panic!("no {name}=")) + key.len();
    let len = svg[start..].find('"').expect("closing quote");
    &svg[start..start + len]
}

/// Rasterises our SVG at `px` pixels per unit: the white background, then every
/// rectangle of the black path.
fn rasterise_svg(svg: &str, px: usize) -> Grey {
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
fn assert_quiet_zone_light(img: &Grey, px: usize) {
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

/// `n` bytes of mixed ASCII and CJK text, like a platform's own long QR text.
fn text_of_bytes(n: usize) -> String {
    let mut text = String::from("https://example.com/qr?");
    let pieces = ["id=", "小满", "&sig=", "Zx9_", "插画", "-", "0123456789"];
    for piece in pieces.iter().cycle() {
        if text.len() + piece.len() > n {
            break;
        }
        text.push_str(piece);
    }
    while text.len() < n {
        text.push('a');
    }
    text
}

fn payloads() -> Vec<String> {
    let long_url = format!(
        "https://www.xiaohongshu.com/user/profile/5f2b?xsec_token={}&xsec_source=pc_search&ab=1",
        "AB1_cd-2".repeat(27)
    );
    vec![
        "https://xm.example/".to_owned(),
        long_url,
        "微信号：xiaoman_art".to_owned(),
        text_of_bytes(1000),
        "https://u.wechat.com/EO4bZ0xP-Xkn2Ne7ZzH2qXo".to_owned(),
        "https://xiaoman.example.com/go/wechat-official/?from=qr&v=12".to_owned(),
    ]
}

#[test]
fn payloads_have_the_lengths_the_cases_claim() {
    let lengths: Vec<usize> = payloads().iter().map(String::len).collect();
    assert_eq!(lengths, [19, 300, 23, 1000, 44, 60]);
}

#[test]
fn png_reads_back_to_the_payload() {
    for text in payloads() {
        let code = Code::new(&text).unwrap();
        let img = decode_png(&qr::png(&code, 10));
        assert_eq!(img.side, (code.size() + 2 * QUIET_ZONE) * 10);
        assert_quiet_zone_light(&img, 10);
        assert_eq!(read_codes(&img), [text]);
    }
}

#[test]
fn svg_reads_back_to_the_payload() {
    for text in payloads() {
        let code = Code::new(&text).unwrap();
        let svg = qr::svg(&code, "QR code");
        for px in [3, 4] {
            let img = rasterise_svg(&svg, px);
            assert_eq!(img.side, (code.size() + 2 * QUIET_ZONE) * px);
            assert_quiet_zone_light(&img, px);
            assert_eq!(
                read_codes(&img),
                std::slice::from_ref(&text),
                "at {px} px per module"
            );
        }
    }
}

#[test]
fn the_largest_payload_reads_back() {
    let text = text_of_bytes(MAX_BYTES);
    let code = Code::new(&text).unwrap();
    assert_eq!(code.size(), 177, "version 40");
    assert_eq!(read_codes(&decode_png(&qr::png(&code, 3))), [text]);
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(32))]

    #[test]
    fn any_text_up_to_200_bytes_reads_back(chars in prop::collection::vec(any::<char>(), 0..=50)) {
        // 50 chars of at most 4 bytes each: at most 200 bytes.
        let text: String = chars.into_iter().collect();
        let code = Code::new(&text).unwrap();
        let img = decode_png(&qr::png(&code, 4));
        prop_assert_eq!(read_codes(&img), vec![text]);
    }
}
