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

mod deflate;

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
    let mut pen: Option<(usize, usize)> = None;
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
            // `M{px} {py}` or `m{dx}{sep}{dy}`, whichever is shorter (the absolute one
            // on a tie); the pen starts nowhere, so the first move is absolute.
            let absolute = 2 + digits(px) + digits(py);
            let relative = pen.map(|(qx, qy)| {
                let dx = px as isize - qx as isize;
                let dy = py as isize - qy as isize;
                // A minus sign separates the numbers by itself.
                let sep = usize::from(dy >= 0);
                let len = 1 + signed_digits(dx) + sep + signed_digits(dy);
                (dx, dy, sep == 1, len)
            });
            match relative {
                Some((dx, dy, sep, len)) if len < absolute => {
                    out.push('m');
                    push_signed(out, dx);
                    if sep {
                        out.push(' ');
                    }
                    push_signed(out, dy);
                }
                _ => {
                    out.push('M');
                    push_number(out, px);
                    out.push(' ');
                    push_number(out, py);
                }
            }
            let w = x - start;
            out.push('h');
            push_number(out, w);
            out.push_str("v1h-");
            push_number(out, w);
            pen = Some((px, py + 1));
        }
    }
}

/// Decimal digits of `n`. Coordinates are at most 185 (version 40 with its quiet zone),
/// so the path is written digit by digit rather than through `fmt`, which took a
/// tenth of the time spent drawing a code.
fn digits(n: usize) -> usize {
    match n {
        0..=9 => 1,
        10..=99 => 2,
        100..=999 => 3,
        _ => n.to_string().len(),
    }
}

/// Characters of `n` written in decimal, with its minus sign.
fn signed_digits(n: isize) -> usize {
    usize::from(n < 0) + digits(n.unsigned_abs())
}

fn push_number(out: &mut String, n: usize) {
    if n >= 10 {
        push_number(out, n / 10);
    }
    out.push(char::from(b'0' + (n % 10) as u8));
}

fn push_signed(out: &mut String, n: isize) {
    if n < 0 {
        out.push('-');
    }
    push_number(out, n.unsigned_abs());
}

/// Draws `code` as a PNG: 1-bit greyscale, `scale` pixels per module, quiet zone
/// included, so (size + 8) × scale pixels a side (the build uses scale 10).
///
/// The bytes depend only on the code and the scale: no time, text or physical-size
/// chunks, only `IHDR`, one `IDAT` and `IEND`. Scanlines are unfiltered (filters
/// predict bytes; on 1-bit pixels they only scramble the bit patterns) and compressed
/// by [`deflate`], which knows what a QR raster looks like: each module row is one
/// scanline repeated `scale` times, made of runs of `0x00` and `0xFF`. That takes a
/// few microseconds where a general deflater took most of a batch build's time, for a
/// file of about the same size (624 bytes for a 60-byte URL at scale 10, against 592
/// from the `png` crate's balanced level).
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
    // A scanline: the filter type byte (0, none), then 1 bit per pixel, most
    // significant first; 1 = white.
    let stride = 1 + width.div_ceil(8);

    let mut raw = Vec::with_capacity(stride * width);
    let mut line = vec![0u8; stride];
    for y in 0..modules {
        line.fill(0);
        let mut x = 0;
        while x < modules {
            // A run of light modules is one span of set bits.
            if code.dark_with_margin(x, y) {
                x += 1;
                continue;
            }
            let start = x;
            while x < modules && !code.dark_with_margin(x, y) {
                x += 1;
            }
            set_bits(&mut line[1..], start * scale, x * scale);
        }
        for _ in 0..scale {
            raw.extend_from_slice(&line);
        }
    }

    let idat = deflate::zlib(&raw, stride);
    let mut out = Vec::with_capacity(8 + 25 + 12 + idat.len() + 12);
    out.extend_from_slice(b"\x89PNG\r\n\x1a\n");
    let mut ihdr = [0u8; 13];
    ihdr[..4].copy_from_slice(&side.to_be_bytes());
    ihdr[4..8].copy_from_slice(&side.to_be_bytes());
    // Bit depth 1, colour type 0 (greyscale), deflate, adaptive filtering, no interlace.
    ihdr[8..].copy_from_slice(&[1, 0, 0, 0, 0]);
    push_chunk(&mut out, b"IHDR", &ihdr);
    push_chunk(&mut out, b"IDAT", &idat);
    push_chunk(&mut out, b"IEND", &[]);
    out
}

/// Sets bits `from..to` of `bits`, most significant bit of each byte first.
fn set_bits(bits: &mut [u8], from: usize, to: usize) {
    let (first, last) = (from / 8, (to - 1) / 8);
    let head = 0xffu8 >> (from % 8);
    let tail = 0xffu8 << (7 - (to - 1) % 8);
    if first == last {
        bits[first] |= head & tail;
        return;
    }
    bits[first] |= head;
    bits[first + 1..last].fill(0xff);
    bits[last] |= tail;
}

/// Appends a PNG chunk: length, type, data, and the CRC-32 of type and data.
fn push_chunk(out: &mut Vec<u8>, kind: &[u8; 4], data: &[u8]) {
    let len = u32::try_from(data.len()).expect("a chunk under 4 GiB");
    out.extend_from_slice(&len.to_be_bytes());
    let start = out.len();
    out.extend_from_slice(kind);
    out.extend_from_slice(data);
    let crc = crc32(&out[start..]);
    out.extend_from_slice(&crc.to_be_bytes());
}

/// CRC-32 as PNG uses it (ISO 3309, reflected, polynomial 0xEDB88320).
fn crc32(bytes: &[u8]) -> u32 {
    const TABLE: [u32; 256] = {
        let mut table = [0u32; 256];
        let mut n = 0;
        while n < 256 {
            let mut c = n as u32;
            let mut k = 0;
            while k < 8 {
                c = if c & 1 == 1 {
                    0xEDB8_8320 ^ (c >> 1)
                } else {
                    c >> 1
                };
                k += 1;
            }
            table[n] = c;
            n += 1;
        }
        table
    };
    !bytes.iter().fold(!0u32, |c, &b| {
        TABLE[((c ^ u32::from(b)) & 0xff) as usize] ^ (c >> 8)
    })
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
    fn crc32_matches_the_check_value() {
        // The CRC-32 catalogue's check value for "123456789".
        assert_eq!(crc32(b"123456789"), 0xCBF4_3926);
        // IEND's CRC, as every PNG ends.
        assert_eq!(crc32(b"IEND"), 0xAE42_6082);
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
}
