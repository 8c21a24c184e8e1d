//! QR codes: text in, a module matrix out, drawn as SVG, PNG or terminal text.
//!
//! [`Code::new`] takes one payload (an account's URL or a platform's own QR text,
//! as `links` produced it) and encodes it with `fast_qr`; [`svg`], [`png()`] and
//! [`terminal`] draw the matrix with its 4-module quiet zone, always dark on light.
//!
//! **Error correction is level M** (15 % of codewords recoverable), on purpose:
//! - Our codes carry no logo, so no modules are sacrificed on purpose; the damage
//!   to budget for is a smudge, a crease or a glare spot, which M covers.
//! - What does fail in practice is module size. A code is shown at a fixed size (on
//!   the page, on a print, as a chat thumbnail that WeChat downscales and
//!   recompresses before its long-press recognition runs), so a denser code means
//!   smaller modules. M keeps a typical 60-byte URL at version 4 (33 modules a
//!   side) where Q needs version 5 (37), an 80-byte URL at version 5 where Q needs
//!   version 7 (45), and a 1,000-byte platform text at version 26 (121) where Q
//!   needs version 31 (141).
//! - Our drawings are exact: crisp SVG edges and a lossless PNG of whole pixels per
//!   module, so rendering itself spends none of the error budget, and 10-pixel
//!   modules survive JPEG recompression by chat apps.
//!
//! Capacity at M in byte mode is 2,331 bytes (version 40), [`MAX_BYTES`].
//!
//! [`files`] gives a site's two files for one code, `qr/<key>.svg` and `qr/<key>.png`.
//!
//! This module does not choose payloads, write files, add colours or logos,
//! or pick numeric/alphanumeric segments: text is always one UTF-8 byte-mode
//! segment. No ECI header is written (`fast_qr` has none); the scanners in common
//! use detect UTF-8 from the bytes themselves, which is how most codes in
//! circulation carry non-ASCII text.

use std::fmt::{self, Write as _};

use fast_qr::{ECL, Mode, QRBuilder};

use crate::escape;
use crate::output::File;

/// Light modules drawn around the code on every side, as ISO/IEC 18004 requires.
pub const QUIET_ZONE: usize = 4;

/// The longest payload, in UTF-8 bytes, that fits: byte mode, level M, version 40.
pub const MAX_BYTES: usize = 2331;

/// Pixels per module in the PNGs: 10 px gives a 330–570 px image for typical
/// payloads, sharp in print and after a chat app recompresses it.
pub const PNG_SCALE: u32 = 10;

/// Why a payload could not be encoded.
#[derive(Debug, thiserror::Error)]
pub enum QrError {
    /// The payload is longer than a QR code holds at our error-correction level.
    #[error(
        "QR payload is {bytes} bytes, more than the {max} bytes a QR code holds \
         (byte mode, error correction M)"
    )]
    TooLong {
        /// Length of the payload in UTF-8 bytes.
        bytes: usize,
        /// The most bytes that fit ([`MAX_BYTES`]).
        max: usize,
    },
}

/// An encoded QR code: a square matrix of dark and light modules, without the
/// quiet zone.
#[derive(Clone, PartialEq, Eq)]
pub struct Code {
    size: usize,
    /// Row-major, `true` = dark.
    modules: Vec<bool>,
}

impl Code {
    /// Encodes `text` as UTF-8 in one byte-mode segment at error-correction level M,
    /// in the smallest version that holds it.
    ///
    /// Errors with [`QrError::TooLong`] if the text is longer than [`MAX_BYTES`].
    pub fn new(text: &str) -> Result<Code, QrError> {
        let bytes = text.len();
        let too_long = QrError::TooLong {
            bytes,
            max: MAX_BYTES,
        };
        if bytes > MAX_BYTES {
            return Err(too_long);
        }
        // fast_qr fails only when the data does not fit, which the check above
        // already rules out; map it anyway rather than panic.
        let qr = QRBuilder::new(text.as_bytes())
            .mode(Mode::Byte)
            .ecl(ECL::M)
            .build()
            .map_err(|_| too_long)?;
        let size = qr.size;
        let modules = qr.data[..size * size].iter().map(|m| m.value()).collect();
        Ok(Code { size, modules })
    }

    /// Modules per side, without the quiet zone (21 for version 1 … 177 for 40).
    pub fn size(&self) -> usize {
        self.size
    }

    /// Whether the module in column `x`, row `y` (from the top left, without the
    /// quiet zone) is dark.
    ///
    /// # Panics
    /// If `x` or `y` is not below [`size`](Self::size).
    pub fn dark(&self, x: usize, y: usize) -> bool {
        assert!(
            x < self.size && y < self.size,
            "module ({x}, {y}) is outside the code"
        );
        self.modules[y * self.size + x]
    }

    /// Like [`dark`](Self::dark), in coordinates that include the quiet zone;
    /// anything outside the code is light.
    fn dark_with_margin(&self, x: usize, y: usize) -> bool {
        let (Some(x), Some(y)) = (x.checked_sub(QUIET_ZONE), y.checked_sub(QUIET_ZONE)) else {
            return false;
        };
        x < self.size && y < self.size && self.modules[y * self.size + x]
    }

    /// Modules per side including the quiet zone on both sides.
    fn outer_size(&self) -> usize {
        self.size + 2 * QUIET_ZONE
    }
}

impl fmt::Debug for Code {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Code")
            .field("size", &self.size)
            .finish_non_exhaustive()
    }
}

/// A site's files for the code of `payload`: `qr/<key>.svg`, labelled `label` for
/// screen readers, and `qr/<key>.png` at [`PNG_SCALE`]. The pages link to them by these
/// names.
pub fn files(key: &str, payload: &str, label: &str) -> Result<[File; 2], QrError> {
    let code = Code::new(payload)?;
    Ok([
        File::new(format!("qr/{key}.svg"), svg(&code, label)),
        File::new(format!("qr/{key}.png"), png(&code, PNG_SCALE)),
    ])
}

/// Draws `code` as a standalone SVG document, one module per user unit.
///
/// The `viewBox` is the code plus its quiet zone (`0 0 n n` with n = size + 8),
/// filled by a white `<rect>`; the dark modules are one black `<path>` of
/// horizontal runs, each a rectangle `h{w}v1h-{w}` (left open: fill closes it),
/// reached by whichever of an absolute `M` or a relative `m` move is shorter,
/// e.g. `M4 4h7v1h-7m8-1h1v1h-1`. The colours are fixed so that the code stays
/// dark on light in a dark theme too, and `shape-rendering="crispEdges"` keeps
/// edges unblurred at any scale. There is no `width`/`height`: the page sizes
/// it. `label` becomes the `aria-label` (with `role="img"`), escaped for XML.
pub fn svg(code: &Code, label: &str) -> String {
    let n = code.outer_size();
    let mut out = String::with_capacity(256 + code.size * code.size / 2);
    write!(
        out,
        r##"<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {n} {n}" shape-rendering="crispEdges" role="img" aria-label=""##
    )
    .expect("writing to a String cannot fail");
    escape::push_xml_attr(&mut out, label);
    out.push_str(r##""><rect width="100%" height="100%" fill="#fff"/><path fill="#000" d=""##);
    push_path_data(&mut out, code);
    out.push_str(r#""/></svg>"#);
    out
}

/// Appends the path data for the dark modules, in quiet-zone-inclusive
/// coordinates: per horizontal run of `w` dark modules, a move to its top-left
/// corner and `h{w}v1h-{w}`.
///
/// The rectangles are left open: SVG fills an open subpath as if closed, and
/// leaving out `z` saves a byte per run (about 8 %). The pen therefore ends at
/// the run's bottom-left corner, and the next move is relative to that.
fn push_path_data(out: &mut String, code: &Code) {
    const INFALLIBLE: &str = "writing to a String cannot fail";
    let mut pen: Option<(usize, usize)> = None;
    let (mut absolute, mut relative) = (String::new(), String::new());
    for (y, row) in code.modules.chunks_exact(code.size).enumerate() {
        let mut x = 0;
        while x < row.len() {
            if !row[x] {
                x += 1;
                continue;
            }
            let start = x;
            while x < row.len() && row[x] {
                x += 1;
            }
            let (px, py) = (start + QUIET_ZONE, y + QUIET_ZONE);
            absolute.clear();
            write!(absolute, "M{px} {py}").expect(INFALLIBLE);
            let mut moveto = &absolute;
            if let Some((qx, qy)) = pen {
                let dx = px as isize - qx as isize;
                let dy = py as isize - qy as isize;
                // A minus sign separates the numbers by itself.
                let sep = if dy < 0 { "" } else { " " };
                relative.clear();
                write!(relative, "m{dx}{sep}{dy}").expect(INFALLIBLE);
                if relative.len() < absolute.len() {
                    moveto = &relative;
                }
            }
            out.push_str(moveto);
            let w = x - start;
            write!(out, "h{w}v1h-{w}").expect(INFALLIBLE);
            pen = Some((px, py + 1));
        }
    }
}

/// Draws `code` as a PNG: 1-bit greyscale, `scale` pixels per module, quiet zone
/// included, so (size + 8) × scale pixels a side (the build uses scale 10).
///
/// The bytes depend only on the code and the scale: no time, text or physical-size
/// chunks, only `IHDR`, `IDAT` and `IEND`. Compressed at the `png` crate's balanced
/// level, unfiltered: within a few bytes of its best level (593 against 588 bytes for
/// a 45-byte URL) at about two thirds of the time, which adds up over batch builds.
///
/// # Panics
/// If `scale` is 0, or so large that the image side overflows a `u32`.
pub fn png(code: &Code, scale: u32) -> Vec<u8> {
    assert!(scale > 0, "a PNG needs at least one pixel per module");
    let modules = code.outer_size();
    let side = u32::try_from(modules)
        .ok()
        .and_then(|m| m.checked_mul(scale))
        .expect("PNG side overflows u32");
    let scale = scale as usize;
    let width = side as usize;
    let row_bytes = width.div_ceil(8);

    let mut pixels = Vec::with_capacity(row_bytes * width);
    let mut row = vec![0u8; row_bytes];
    for y in 0..modules {
        // 1 bit per pixel, most significant first; 1 = white.
        row.fill(0);
        for x in (0..modules).filter(|&x| !code.dark_with_margin(x, y)) {
            for px in x * scale..(x + 1) * scale {
                row[px / 8] |= 0x80 >> (px % 8);
            }
        }
        for _ in 0..scale {
            pixels.extend_from_slice(&row);
        }
    }

    let mut out = Vec::new();
    let mut encoder = png::Encoder::new(&mut out, side, side);
    encoder.set_color(png::ColorType::Grayscale);
    encoder.set_depth(png::BitDepth::One);
    encoder.set_compression(png::Compression::Balanced);
    // Filters predict bytes; on 1-bit pixels they only scramble the bit patterns.
    // Unfiltered, deflate matches each module row's `scale` copies whole: 592
    // bytes for a 60-byte URL at scale 10, against 890 with adaptive filtering.
    encoder.set_filter(png::Filter::NoFilter);
    // Writing a valid header and exactly width × height pixels into a Vec cannot fail.
    let mut writer = encoder.write_header().expect("PNG header is valid");
    writer
        .write_image_data(&pixels)
        .expect("pixel data matches the header");
    writer.finish().expect("writing to a Vec cannot fail");
    out
}

/// Draws `code` for a terminal with Unicode half blocks: two module rows per line,
/// one module per column, quiet zone included, every line ending in `\n`.
///
/// Light modules (the quiet zone too) are drawn as block glyphs and dark modules
/// as spaces (`█` both light, `▀` top light, `▄` bottom light, space both dark).
/// The glyphs take the terminal's text colour and the spaces its background; a
/// scanner needs dark modules on a light ground with a light margin, so this is
/// right on the dark-background terminals most developers use, and the quiet zone
/// is drawn rather than left to the background. On a light-background terminal the
/// code appears inverted (light on dark), which many phone scanners read but not
/// all; forcing colours would need ANSI escapes, which this plain text avoids.
/// The last line's lower half, below the quiet zone when the side is odd, is left
/// to the background.
pub fn terminal(code: &Code) -> String {
    let n = code.outer_size();
    let light = |x: usize, y: usize| y < n && !code.dark_with_margin(x, y);
    let mut out = String::with_capacity(n.div_ceil(2) * (3 * n + 1));
    for y in (0..n).step_by(2) {
        for x in 0..n {
            out.push(match (light(x, y), light(x, y + 1)) {
                (true, true) => '█',
                (true, false) => '▀',
                (false, true) => '▄',
                (false, false) => ' ',
            });
        }
        out.push('\n');
    }
    out
}

#[cfg(test)]
mod tests {
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

    #[test]
    fn png_pixels_match_the_modules() {
        let code = code();
        let scale = 3;
        let bytes = png(&code, scale);
        let mut decoder = png::Decoder::new(std::io::Cursor::new(&bytes));
        decoder.set_transformations(png::Transformations::EXPAND);
        let mut reader = decoder.read_info().unwrap();
        let mut buf = vec![0; reader.output_buffer_size().unwrap()];
        let info = reader.next_frame(&mut buf).unwrap();
        let w = info.width as usize;
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
}
