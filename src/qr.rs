//! QR codes: text in, a module matrix out, drawn as SVG, PNG or terminal text.
//!
//! [`Code::new`] takes one payload (an account's URL or a platform's own QR text,
//! as `links` produced it) and encodes it with our own encoder (`encode.rs`, byte
//! mode at level M, the mask chosen as `fast_qr` 0.14 chose it, so codes are the same
//! as when we used that crate, but scored as bitsets); [`svg`], [`png()`] and
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
//! segment. No ECI header is written; the scanners in common use detect UTF-8
//! from the bytes themselves, which is how most codes in circulation carry
//! non-ASCII text.

use std::fmt::{self, Write as _};

use crate::escape;
use crate::output::File;

mod deflate;
mod encode;

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
        let symbol = encode::encode(text.as_bytes()).ok_or(QrError::TooLong {
            bytes: text.len(),
            max: MAX_BYTES,
        })?;
        Ok(Code {
            size: symbol.size,
            modules: symbol.modules,
        })
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
    // The path data is ASCII, written as bytes: a `char` at a time, each one's UTF-8
    // length asked for again, took as long as the rest of the drawing.
    let mut bytes = out.into_bytes();
    push_path_data(&mut bytes, code);
    bytes.extend_from_slice(br#""/></svg>"#);
    String::from_utf8(bytes).expect("the path data is ASCII")
}

/// Appends the path data for the dark modules, in quiet-zone-inclusive
/// coordinates: per horizontal run of `w` dark modules, a move to its top-left
/// corner and `h{w}v1h-{w}`.
///
/// The rectangles are left open: SVG fills an open subpath as if closed, and
/// leaving out `z` saves a byte per run (about 8 %). The pen therefore ends at
/// the run's bottom-left corner, and the next move is relative to that.
fn push_path_data(out: &mut Vec<u8>, code: &Code) {
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
                    out.push(b'm');
                    push_signed(out, dx);
                    if sep {
                        out.push(b' ');
                    }
                    push_signed(out, dy);
                }
                _ => {
                    out.push(b'M');
                    push_number(out, px);
                    out.push(b' ');
                    push_number(out, py);
                }
            }
            let w = x - start;
            out.push(b'h');
            push_number(out, w);
            out.extend_from_slice(b"v1h-");
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

fn push_number(out: &mut Vec<u8>, n: usize) {
    // The three digits a coordinate has at most, without a call per digit.
    if n >= 100 {
        if n >= 1000 {
            push_number(out, n / 1000);
        }
        out.push(b'0' + (n / 100 % 10) as u8);
    }
    if n >= 10 {
        out.push(b'0' + (n / 10 % 10) as u8);
    }
    out.push(b'0' + (n % 10) as u8);
}

fn push_signed(out: &mut Vec<u8>, n: isize) {
    if n < 0 {
        out.push(b'-');
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

    // One scanline per module row; the compressor draws each `scale` times.
    let mut lines = vec![0u8; stride * modules];
    for (y, line) in lines.chunks_exact_mut(stride).enumerate() {
        let pixels = &mut line[1..];
        let row = (y.checked_sub(QUIET_ZONE))
            .filter(|&r| r < code.size)
            .map(|r| &code.modules[r * code.size..(r + 1) * code.size]);
        let Some(row) = row else {
            // The quiet zone above and below: all light.
            set_bits(pixels, 0, width);
            continue;
        };
        // Each run of light modules (counted with the quiet zone) is one span of set
        // bits: from `light` to the next dark module.
        let mut light = 0;
        let mut x = 0;
        while x < row.len() {
            if !row[x] {
                x += 1;
                continue;
            }
            if light < QUIET_ZONE + x {
                set_bits(pixels, light * scale, (QUIET_ZONE + x) * scale);
            }
            while x < row.len() && row[x] {
                x += 1;
            }
            light = QUIET_ZONE + x;
        }
        set_bits(pixels, light * scale, width);
    }

    let idat = deflate::zlib(&lines, stride, scale);
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
    let crc = crc32fast::hash(&out[start..]);
    out.extend_from_slice(&crc.to_be_bytes());
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
mod tests;
