use super::*;

const URL: &str = "https://xiaoman.example.com/go/wechat-official/?from=qr&v=12";

fn code() -> Code {
    Code::new(URL).unwrap()
}

/// Reads our path data back into a grid of filled modules (quiet zone
/// included), checking that every subpath is a one-module-high rectangle and
/// that no module is filled twice. Subpaths may be closed by `z` or left open
/// (fill closes them).
fn parse_runs(d: &str, n: usize) -> Vec<bool> {
    let mut grid = vec![false; n * n];
    let mut fill = |corners: &[(i64, i64)]| {
        let [a, b, c, d] = corners[..] else {
            panic!("subpath with corners {corners:?} is not a rectangle");
        };
        assert!(
            a.1 == b.1 && b.0 == c.0 && c.1 == d.1 && d.0 == a.0,
            "subpath {corners:?} is not an axis-aligned rectangle"
        );
        let (x0, x1) = (a.0.min(c.0), a.0.max(c.0));
        let (y0, y1) = (a.1.min(c.1), a.1.max(c.1));
        assert_eq!(y1 - y0, 1, "a run is one module high");
        assert!(x1 > x0);
        for x in x0..x1 {
            let cell = &mut grid[y0 as usize * n + x as usize];
            assert!(!*cell, "module ({x}, {y0}) drawn twice");
            *cell = true;
        }
    };
    let mut tokens = Tokens(d);
    let (mut cx, mut cy) = (0i64, 0i64);
    let mut corners: Vec<(i64, i64)> = Vec::new();
    while let Some(cmd) = tokens.command() {
        match cmd {
            'M' | 'm' => {
                if !corners.is_empty() {
                    fill(&corners);
                }
                let (x, y) = (tokens.number(), tokens.number());
                (cx, cy) = if cmd == 'M' { (x, y) } else { (cx + x, cy + y) };
                corners = vec![(cx, cy)];
            }
            'h' => {
                cx += tokens.number();
                corners.push((cx, cy));
            }
            'v' => {
                cy += tokens.number();
                corners.push((cx, cy));
            }
            'z' => {
                fill(&corners);
                (cx, cy) = corners[0];
                corners.clear();
            }
            other => panic!("unexpected path command {other:?}"),
        }
    }
    if !corners.is_empty() {
        fill(&corners);
    }
    grid
}

struct Tokens<'a>(&'a str);

impl Tokens<'_> {
    fn command(&mut self) -> Option<char> {
        let c = self.0.chars().next()?;
        assert!(
            c.is_ascii_alphabetic(),
            "expected a command at {:?}",
            self.0
        );
        self.0 = &self.0[1..];
        Some(c)
    }

    fn number(&mut self) -> i64 {
        self.0 = self.0.trim_start_matches([' ', ',']);
        let end = self
            .0
            .char_indices()
            .find(|&(i, c)| !(c.is_ascii_digit() || (i == 0 && c == '-')))
            .map_or(self.0.len(), |(i, _)| i);
        let (number, rest) = self.0.split_at(end);
        self.0 = rest;
        number.parse().expect("a number")
    }
}

fn attr<'a>(svg: &'a str, name: &str) -> &'a str {
    let key = format!(" {name}=\"");
    let start = svg.find(&key).unwrap_or_else(|| panic!("no {name}")) + key.len();
    let len = svg[start..].find('"').unwrap();
    &svg[start..start + len]
}

#[test]
fn svg_has_one_path_and_a_viewbox_with_the_quiet_zone() {
    let code = code();
    let svg = svg(&code, "QR");
    assert_eq!(svg.matches("<path").count(), 1);
    let n = code.size() + 2 * QUIET_ZONE;
    assert_eq!(attr(&svg, "viewBox"), format!("0 0 {n} {n}"));
    assert_eq!(attr(&svg, "shape-rendering"), "crispEdges");
    assert_eq!(attr(&svg, "role"), "img");
    assert!(svg.contains(r##"<rect width="100%" height="100%" fill="#fff"/>"##));
    assert!(svg.contains(r##"<path fill="#000" d=""##));
    // The top row opens with the finder pattern's 7-module bar at (4, 4).
    assert!(attr(&svg, "d").starts_with("M4 4h7v1h-7"));
    assert!(svg.starts_with("<svg ") && svg.ends_with("</svg>"));
}

#[test]
fn svg_path_covers_exactly_the_dark_modules() {
    for text in [URL, "", "a", &"長".repeat(300)] {
        let code = Code::new(text).unwrap();
        let n = code.size() + 2 * QUIET_ZONE;
        let grid = parse_runs(attr(&svg(&code, "QR"), "d"), n);
        for y in 0..n {
            for x in 0..n {
                assert_eq!(
                    grid[y * n + x],
                    code.dark_with_margin(x, y),
                    "module ({x}, {y}) of {:?}…",
                    &text.chars().take(10).collect::<String>()
                );
            }
        }
        // The quiet zone is empty and the code is not: a check on the check.
        assert!(grid.iter().any(|&d| d));
        assert!((0..n).all(|i| !grid[i] && !grid[(n - 1) * n + i]));
    }
}

#[test]
fn svg_escapes_the_label() {
    let svg = svg(&code(), "Tom & \"Jerry\" <b>'s'</b>\u{7}");
    assert_eq!(
        attr(&svg, "aria-label"),
        "Tom &amp; &quot;Jerry&quot; &lt;b&gt;&apos;s&apos;&lt;/b&gt;\u{fffd}"
    );
    assert_eq!(
        svg.matches('<').count(),
        4,
        "only svg, rect, path, /svg open tags"
    );
}

#[test]
fn dark_reads_the_finder_patterns() {
    let code = code();
    let s = code.size();
    // Each finder pattern: a dark 7×7 ring, a light ring inside, a dark 3×3 core,
    // and a light separator outside.
    for (ox, oy) in [(0, 0), (s - 7, 0), (0, s - 7)] {
        for i in 0..7 {
            assert!(code.dark(ox + i, oy) && code.dark(ox + i, oy + 6));
            assert!(code.dark(ox, oy + i) && code.dark(ox + 6, oy + i));
        }
        assert!(!code.dark(ox + 1, oy + 1) && code.dark(ox + 3, oy + 3));
    }
    assert!(!code.dark(7, 0) && !code.dark(s - 8, 0) && !code.dark(0, s - 8));
    // Version 4 (33 modules) for a 60-byte URL at level M; Q would need 37.
    assert_eq!(URL.len(), 60);
    assert_eq!(s, 33);
}

/// `dark(x, y)` is column x, row y, not the transpose. A transposed matrix is a
/// mirrored code, which rqrr reads anyway but many phone scanners do not, so
/// the round-trip tests cannot catch it; the format information can, since its
/// bits run in opposite directions along the two arms of the top-left finder.
#[test]
fn dark_is_column_then_row_with_format_bits_for_level_m() {
    let code = code();
    let s = code.size();
    // ISO/IEC 18004 §7.9: 15 bits, bit 14 first, in two copies.
    let first = (0..=5)
        .map(|i| (8, i))
        .chain([(8, 7), (8, 8), (7, 8)])
        .chain((9..15).map(|i| (14 - i, 8)));
    let second = (0..8)
        .map(|i| (s - 1 - i, 8))
        .chain((8..15).map(|i| (8, s - 15 + i)));
    let read = |cells: &mut dyn Iterator<Item = (usize, usize)>| {
        cells.enumerate().fold(0u16, |bits, (i, (x, y))| {
            bits | u16::from(code.dark(x, y)) << i
        })
    };
    let format = read(&mut first.into_iter());
    assert_eq!(format, read(&mut second.into_iter()));
    // Level M is 00 in the two level bits; any of the 8 masks.
    let valid_for_m: Vec<u16> = (0..8)
        .map(|mask: u16| {
            let mut rem = mask;
            for _ in 0..10 {
                rem = (rem << 1) ^ ((rem >> 9) * 0x537);
            }
            ((mask << 10) | rem) ^ 0x5412
        })
        .collect();
    assert!(valid_for_m.contains(&format), "format bits {format:015b}");
    assert!(code.dark(8, s - 8), "the always-dark module");
}

#[test]
#[should_panic(expected = "outside the code")]
fn dark_outside_the_code_panics() {
    let code = code();
    code.dark(code.size(), 0);
}

#[test]
fn png_header_has_the_scaled_size_and_one_bit_grey() {
    for scale in [1, 3, 10] {
        let code = code();
        let png = png(&code, scale);
        assert_eq!(&png[..8], b"\x89PNG\r\n\x1a\n");
        assert_eq!(&png[12..16], b"IHDR");
        let side = ((code.size() + 8) as u32 * scale).to_be_bytes();
        assert_eq!(&png[16..20], side);
        assert_eq!(&png[20..24], side);
        assert_eq!((png[24], png[25]), (1, 0), "bit depth 1, greyscale");
    }
}

/// A PNG read back by the `png` crate, expanded to one byte a pixel: its width
/// and its pixels, row by row.
fn decode_png(bytes: &[u8]) -> (usize, Vec<u8>) {
    let mut decoder = png::Decoder::new(std::io::Cursor::new(bytes));
    decoder.set_transformations(png::Transformations::EXPAND);
    let mut reader = decoder.read_info().unwrap();
    let mut buf = vec![0; reader.output_buffer_size().unwrap()];
    let info = reader.next_frame(&mut buf).unwrap();
    (info.width as usize, buf)
}

#[test]
fn png_pixels_match_the_modules() {
    let code = code();
    let scale = 3;
    let (w, buf) = decode_png(&png(&code, scale));
    for y in 0..w {
        for x in 0..w {
            let dark = code.dark_with_margin(x / scale as usize, y / scale as usize);
            assert_eq!(
                buf[y * w + x],
                if dark { 0 } else { 255 },
                "pixel ({x}, {y})"
            );
        }
    }
}

#[test]
fn png_has_only_the_chunks_it_needs() {
    let png = png(&code(), 10);
    let mut chunks = Vec::new();
    let mut at = 8;
    while at < png.len() {
        let len = u32::from_be_bytes(png[at..at + 4].try_into().unwrap()) as usize;
        chunks.push(
            std::str::from_utf8(&png[at + 4..at + 8])
                .unwrap()
                .to_owned(),
        );
        at += 12 + len;
    }
    assert_eq!(at, png.len());
    chunks.dedup();
    assert_eq!(chunks, ["IHDR", "IDAT", "IEND"]);
}

#[test]
fn set_bits_sets_exactly_the_span() {
    for from in 0..24 {
        for to in from + 1..=24 {
            let mut bits = [0u8; 3];
            set_bits(&mut bits, from, to);
            for px in 0..24 {
                let set = bits[px / 8] & (0x80 >> (px % 8)) != 0;
                assert_eq!(set, (from..to).contains(&px), "{from}..{to} at {px}");
            }
        }
    }
}

#[test]
fn png_chunks_end_with_the_crc_of_their_type_and_data() {
    let png = png(&Code::new(URL).unwrap(), 10);
    // IEND, as every PNG ends: no data, and the CRC every PNG ends with.
    assert_eq!(png[png.len() - 12..], *b"\0\0\0\0IEND\xAE\x42\x60\x82");
    // IHDR: 13 bytes of data; its CRC is the CRC-32 catalogue's algorithm over type and
    // data (its check value for "123456789" is 0xCBF43926).
    assert_eq!(crc32fast::hash(b"123456789"), 0xCBF4_3926);
    let ihdr = &png[8..8 + 4 + 4 + 13 + 4];
    assert_eq!(&ihdr[4..8], b"IHDR");
    assert_eq!(ihdr[21..], crc32fast::hash(&ihdr[4..21]).to_be_bytes());
}

#[test]
fn png_decodes_to_the_modules_at_every_size_and_scale() {
    for (text, scale) in [("", 1), ("a", 2), (URL, 10), (&"長".repeat(700) as &str, 4)] {
        let code = Code::new(text).unwrap();
        let (w, buf) = decode_png(&png(&code, scale));
        let s = scale as usize;
        assert_eq!(w, code.outer_size() * s);
        for (i, &pixel) in buf.iter().enumerate() {
            let dark = code.dark_with_margin(i % w / s, i / w / s);
            assert_eq!(pixel, if dark { 0 } else { 255 }, "pixel {i} of {w}²");
        }
    }
}

#[test]
fn output_is_deterministic() {
    let (a, b) = (code(), Code::new(URL).unwrap());
    assert_eq!(a, b);
    assert_eq!(png(&a, 10), png(&b, 10));
    assert_eq!(svg(&a, "x"), svg(&b, "x"));
    assert_eq!(terminal(&a), terminal(&b));
    assert_ne!(a, Code::new("https://xiaoman.example.com/").unwrap());
}

#[test]
fn too_long_names_the_length_and_the_limit() {
    assert!(Code::new(&"a".repeat(MAX_BYTES)).is_ok());
    let err = Code::new(&"a".repeat(MAX_BYTES + 1)).unwrap_err();
    assert!(matches!(
        err,
        QrError::TooLong {
            bytes: 2332,
            max: 2331
        }
    ));
    // Bytes, not characters: 800 three-byte characters.
    let err = Code::new(&"微".repeat(800)).unwrap_err();
    assert!(matches!(
        err,
        QrError::TooLong {
            bytes: 2400,
            max: 2331
        }
    ));
    assert_eq!(
        err.to_string(),
        "QR payload is 2400 bytes, more than the 2331 bytes a QR code holds \
         (byte mode, error correction M)"
    );
}

#[test]
fn terminal_draws_light_modules_as_blocks() {
    let code = code();
    let text = terminal(&code);
    let n = code.size() + 8;
    let lines: Vec<&str> = text.lines().collect();
    assert!(text.ends_with('\n'));
    assert_eq!(lines.len(), n.div_ceil(2));
    assert!(lines.iter().all(|l| l.chars().count() == n));
    // The top four quiet rows are two lines of full blocks; the last line holds
    // the final quiet row over the background.
    assert!(lines[..2].iter().all(|l| l.chars().all(|c| c == '█')));
    assert!(lines[lines.len() - 1].chars().all(|c| c == '▀'));
    // Undo the drawing and compare with the matrix.
    for (row, line) in lines.iter().enumerate() {
        for (x, c) in line.chars().enumerate() {
            let (top, bottom) = (2 * row, 2 * row + 1);
            let want_top_light = !code.dark_with_margin(x, top);
            let want_bottom_light = bottom < n && !code.dark_with_margin(x, bottom);
            let got = match c {
                '█' => (true, true),
                '▀' => (true, false),
                '▄' => (false, true),
                ' ' => (false, false),
                other => panic!("unexpected {other:?}"),
            };
            assert_eq!(
                got,
                (want_top_light, want_bottom_light),
                "column {x}, line {row}"
            );
        }
    }
}

#[test]
fn numbers_are_written_in_decimal_and_counted_alike() {
    for n in (0..2_000).chain([9_999, 10_000, 123_456, usize::MAX]) {
        let mut out = Vec::new();
        push_number(&mut out, n);
        assert_eq!(out, n.to_string().into_bytes(), "{n}");
        assert_eq!(digits(n), out.len(), "{n}");
    }
}
