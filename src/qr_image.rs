//! QR images: the bytes of an image file in, the text of the one QR code in it out.
//!
//! A creator's `qr_image` is what a phone gives: a code saved from an app, or a
//! screenshot of one with a status bar, a name, a caption and buttons around it,
//! perhaps resized and recompressed by a chat app on the way. [`decode`] reads it:
//!
//! 1. **Refuse before working.** Files over [`MAX_FILE_BYTES`] are not looked at. The
//!    format is told from the magic bytes (PNG, JPEG, WebP, GIF), never from the file
//!    name. Each decoder reads only the header first, and an image over [`MAX_PIXELS`]
//!    is refused before a pixel buffer exists, so a small file that declares a huge
//!    image costs nothing.
//! 2. **Decode to 8-bit luma**, with transparency laid on white (codes are often
//!    saved as black modules on a transparent background). Only the first frame of an
//!    animation is read.
//! 3. **Look for codes in a few passes**, stopping at the first that reads any: the
//!    image as it is (box-averaged down to [`WORK_PIXELS`] when larger), with `rqrr`'s
//!    own adaptive threshold; at half size (averages out JPEG noise and halftone);
//!    at double size when small (modules of one or two pixels); with one global
//!    threshold (Otsu's) instead of the adaptive one; inverted (a light code on a
//!    dark background).
//! 4. **Exactly one code.** Codes that carry the same text count once; two different
//!    ones are an error, since which of them the creator meant cannot be guessed.
//!
//! This module does not read files, name them, print, or localise: it returns a
//! [`QrImageError`] that the caller turns into a message with the file's name. It does
//! not draw codes either (that is [`crate::qr`]).

use std::borrow::Cow;
use std::collections::BTreeSet;
use std::fmt;
use std::io::Cursor;
use std::num::NonZeroU64;

use rqrr::{DeQRError, PreparedImage};

/// The largest image file read: 5 MiB, as `profile-format.md` promises.
pub const MAX_FILE_BYTES: usize = 5 * 1024 * 1024;

/// The most pixels an image may declare: 25 million, above a 12-megapixel phone photo
/// (4032 × 3024) and a long scrolling screenshot (1290 × 19000), below what would make
/// the decoded buffer a worry (4 bytes a pixel while decoding, so at most 100 MB).
pub const MAX_PIXELS: u64 = 25_000_000;

/// Images larger than this many pixels are averaged down before the search: a code
/// that fills a fifth of a phone screenshot keeps modules of several pixels, and the
/// search (which copies the image for every candidate it checks) stays quick.
pub const WORK_PIXELS: usize = 4_000_000;

/// Images whose longer side is at most this are also searched at double size.
const SMALL_SIDE: usize = 1000;

/// An image format this module reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Png,
    Jpeg,
    WebP,
    Gif,
}

impl fmt::Display for Format {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Format::Png => "PNG",
            Format::Jpeg => "JPEG",
            Format::WebP => "WebP",
            Format::Gif => "GIF",
        })
    }
}

/// Why no text came out of an image. Each variant is one thing the creator can act
/// on, so the caller can give each its own message.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum QrImageError {
    /// The file is larger than [`MAX_FILE_BYTES`].
    #[error("the file is {bytes} bytes, more than the {max} bytes an image may have")]
    FileTooLarge { bytes: usize, max: usize },
    /// The bytes are not PNG, JPEG, WebP or GIF. `looks_like` names the format they
    /// seem to be in when that is easy to tell (`"HEIC"`, `"PDF"`, `"text"`…).
    #[error("not a PNG, JPEG, WebP or GIF image{}", looks_like.map(|l| format!(" (it looks like {l})")).unwrap_or_default())]
    NotAnImage { looks_like: Option<&'static str> },
    /// The header declares more than [`MAX_PIXELS`] pixels.
    #[error("the image is {width} × {height} pixels, more than the {max} pixels read")]
    TooManyPixels { width: u32, height: u32, max: u64 },
    /// The image's data is damaged, cut short or uses a feature the decoder lacks.
    #[error("the {format} image cannot be read: {reason}")]
    Undecodable { format: Format, reason: String },
    /// No pass found anything shaped like a QR code.
    #[error("no QR code found in the image")]
    NoCode,
    /// A code's finder patterns were found, but its modules could not be read
    /// (blurred, cut off, too small, or damaged beyond its error correction).
    #[error("a QR code was found but could not be read")]
    Unreadable,
    /// The code was read, but its bytes are not UTF-8 text.
    #[error("the QR code holds data that is not UTF-8 text")]
    NotText,
    /// More than one different code was read.
    #[error("the image holds {count} different QR codes, not one")]
    SeveralCodes { count: usize },
}

/// Reads the text of the one QR code in an image file's bytes.
///
/// ```
/// use hutong::qr_image::{decode, QrImageError};
/// assert_eq!(decode(b"hello"), Err(QrImageError::NotAnImage { looks_like: Some("text") }));
/// ```
pub fn decode(bytes: &[u8]) -> Result<String, QrImageError> {
    if bytes.len() > MAX_FILE_BYTES {
        return Err(QrImageError::FileTooLarge {
            bytes: bytes.len(),
            max: MAX_FILE_BYTES,
        });
    }
    let luma = match sniff(bytes)? {
        Format::Png => png_luma(bytes),
        Format::Jpeg => jpeg_luma(bytes),
        Format::WebP => webp_luma(bytes),
        Format::Gif => gif_luma(bytes),
    }?;
    find_code(&luma)
}

/// Tells the format from the first bytes.
pub fn sniff(bytes: &[u8]) -> Result<Format, QrImageError> {
    let format = if bytes.starts_with(b"\x89PNG\r\n\x1a\n") {
        Format::Png
    } else if bytes.starts_with(&[0xFF, 0xD8, 0xFF]) {
        Format::Jpeg
    } else if bytes.len() >= 12 && &bytes[..4] == b"RIFF" && &bytes[8..12] == b"WEBP" {
        Format::WebP
    } else if bytes.starts_with(b"GIF87a") || bytes.starts_with(b"GIF89a") {
        Format::Gif
    } else {
        return Err(QrImageError::NotAnImage {
            looks_like: looks_like(bytes),
        });
    };
    Ok(format)
}

/// A guess at what a file that is not one of our formats is, for the message: the
/// formats a phone or a computer most often hands over instead.
fn looks_like(bytes: &[u8]) -> Option<&'static str> {
    if bytes.is_empty() {
        return Some("an empty file");
    }
    // ISO base media files (HEIC, AVIF) carry `ftyp` and a brand at offset 4.
    if bytes.len() >= 12 && &bytes[4..8] == b"ftyp" {
        return match &bytes[8..12] {
            b"avif" | b"avis" => Some("AVIF"),
            b"heic" | b"heix" | b"hevc" | b"heim" | b"heis" | b"mif1" | b"msf1" => Some("HEIC"),
            _ => Some("a video or HEIC file"),
        };
    }
    let head = &bytes[..bytes.len().min(1024)];
    let starts = |magic: &[u8]| head.starts_with(magic);
    if starts(b"%PDF") {
        Some("PDF")
    } else if starts(b"BM") {
        Some("BMP")
    } else if starts(b"II*\0") || starts(b"MM\0*") {
        Some("TIFF")
    } else if starts(b"PK\x03\x04") {
        Some("a ZIP archive")
    } else if head.windows(4).any(|w| w == b"<svg") {
        Some("SVG")
    } else if std::str::from_utf8(head).is_ok()
        // A character cut at the 1 KiB mark is an incomplete sequence, not bad text.
        || std::str::from_utf8(head).is_err_and(|e| e.error_len().is_none())
    {
        Some("text")
    } else {
        None
    }
}

/// An 8-bit greyscale image, row-major, 0 = black.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Luma {
    width: usize,
    height: usize,
    pixels: Vec<u8>,
}

impl Luma {
    fn get(&self, x: usize, y: usize) -> u8 {
        self.pixels[y * self.width + x]
    }
}

/// Refuses a declared size over the pixel budget (or an empty one).
fn check_size(format: Format, width: u32, height: u32) -> Result<(), QrImageError> {
    if width == 0 || height == 0 {
        return Err(QrImageError::Undecodable {
            format,
            reason: format!("it declares a size of {width} × {height} pixels"),
        });
    }
    if u64::from(width) * u64::from(height) > MAX_PIXELS {
        return Err(QrImageError::TooManyPixels {
            width,
            height,
            max: MAX_PIXELS,
        });
    }
    Ok(())
}

fn undecodable(format: Format) -> impl Fn(&dyn fmt::Display) -> QrImageError {
    move |e| QrImageError::Undecodable {
        format,
        reason: e.to_string(),
    }
}

/// Luma of interleaved 8-bit samples, `channels` per pixel (grey, grey + alpha, RGB,
/// RGBA), `stride` bytes per row; alpha is laid on white.
fn to_luma(samples: &[u8], width: usize, height: usize, channels: usize, stride: usize) -> Vec<u8> {
    let mut out = Vec::with_capacity(width * height);
    for row in samples.chunks(stride).take(height) {
        for px in row[..width * channels].chunks_exact(channels) {
            let (grey, alpha) = match *px {
                [g] => (g, 255),
                [g, a] => (g, a),
                [r, g, b] => (rgb_luma(r, g, b), 255),
                [r, g, b, a] => (rgb_luma(r, g, b), a),
                _ => unreachable!("1 to 4 channels"),
            };
            out.push(over_white(grey, alpha));
        }
    }
    out
}

/// ITU-R BT.601 luma, in fixed point (the weights sum to 256).
fn rgb_luma(r: u8, g: u8, b: u8) -> u8 {
    ((77 * u32::from(r) + 150 * u32::from(g) + 29 * u32::from(b) + 128) >> 8) as u8
}

fn over_white(grey: u8, alpha: u8) -> u8 {
    let (g, a) = (u32::from(grey), u32::from(alpha));
    ((g * a + 255 * (255 - a) + 127) / 255) as u8
}

fn png_luma(bytes: &[u8]) -> Result<Luma, QrImageError> {
    let bad = undecodable(Format::Png);
    let mut decoder = png::Decoder::new_with_limits(
        Cursor::new(bytes),
        // The budget, at 8 bytes a pixel (16-bit RGBA before stripping), plus room
        // for the decoder's own buffers; the pixel check below comes first anyway.
        png::Limits {
            bytes: (MAX_PIXELS * 8) as usize + (1 << 20),
        },
    );
    decoder.set_transformations(png::Transformations::normalize_to_color8());
    let info = decoder.read_header_info().map_err(|e| bad(&e))?;
    check_size(Format::Png, info.width, info.height)?;
    let mut reader = decoder.read_info().map_err(|e| bad(&e))?;
    let size = reader
        .output_buffer_size()
        .ok_or_else(|| bad(&"the image is too large for memory"))?;
    let mut buf = vec![0; size];
    let frame = reader.next_frame(&mut buf).map_err(|e| bad(&e))?;
    let channels = match frame.color_type {
        png::ColorType::Grayscale => 1,
        png::ColorType::GrayscaleAlpha => 2,
        png::ColorType::Rgb => 3,
        png::ColorType::Rgba => 4,
        // EXPAND turns palettes into RGB(A); this is never reached.
        png::ColorType::Indexed => return Err(bad(&"palette image left unexpanded")),
    };
    let (width, height) = (frame.width as usize, frame.height as usize);
    Ok(Luma {
        width,
        height,
        pixels: to_luma(&buf, width, height, channels, frame.line_size),
    })
}

fn jpeg_luma(bytes: &[u8]) -> Result<Luma, QrImageError> {
    use zune_jpeg::zune_core::colorspace::ColorSpace;
    use zune_jpeg::zune_core::options::DecoderOptions;

    let bad = undecodable(Format::Jpeg);
    let options = DecoderOptions::default()
        .jpeg_set_out_colorspace(ColorSpace::Luma)
        // Our pixel budget decides, not the decoder's default 16384-pixel sides.
        .set_max_width(usize::from(u16::MAX))
        .set_max_height(usize::from(u16::MAX));
    let mut decoder = zune_jpeg::JpegDecoder::new_with_options(Cursor::new(bytes), options);
    decoder.decode_headers().map_err(|e| bad(&e))?;
    let info = decoder
        .info()
        .ok_or_else(|| bad(&"no frame header in the file"))?;
    check_size(Format::Jpeg, info.width.into(), info.height.into())?;
    let pixels = decoder.decode().map_err(|e| bad(&e))?;
    let (width, height) = (usize::from(info.width), usize::from(info.height));
    if pixels.len() != width * height {
        return Err(bad(&"the decoder gave a buffer of an unexpected size"));
    }
    Ok(Luma {
        width,
        height,
        pixels,
    })
}

/// The canvas size a WebP file declares in its first chunk, read by hand: the decoder
/// would first look for the image data, and a header alone must already be refused.
fn webp_size(bytes: &[u8]) -> Option<(u32, u32)> {
    let chunk = bytes.get(12..16)?;
    let data = bytes.get(20..)?;
    let le = |b: &[u8]| {
        b.iter()
            .rev()
            .fold(0u32, |n, &byte| n << 8 | u32::from(byte))
    };
    match chunk {
        // Extended: canvas width and height minus one, 24 bits each.
        b"VP8X" => Some((le(data.get(4..7)?) + 1, le(data.get(7..10)?) + 1)),
        // Lossless: a signature byte, then width and height minus one, 14 bits each.
        b"VP8L" if data.first() == Some(&0x2F) => {
            let bits = le(data.get(1..5)?);
            Some(((bits & 0x3FFF) + 1, (bits >> 14 & 0x3FFF) + 1))
        }
        // Lossy: a frame tag and start code, then 14-bit width and height.
        b"VP8 " if data.get(3..6) == Some(&[0x9D, 0x01, 0x2A]) => {
            Some((le(data.get(6..8)?) & 0x3FFF, le(data.get(8..10)?) & 0x3FFF))
        }
        _ => None,
    }
}

fn webp_luma(bytes: &[u8]) -> Result<Luma, QrImageError> {
    let bad = undecodable(Format::WebP);
    if let Some((w, h)) = webp_size(bytes) {
        check_size(Format::WebP, w, h)?;
    }
    let mut decoder = image_webp::WebPDecoder::new(Cursor::new(bytes)).map_err(|e| bad(&e))?;
    let (w, h) = decoder.dimensions();
    check_size(Format::WebP, w, h)?;
    decoder.set_memory_limit((MAX_PIXELS * 4) as usize + (1 << 20));
    let channels = if decoder.has_alpha() { 4 } else { 3 };
    let size = decoder
        .output_buffer_size()
        .ok_or_else(|| bad(&"the image is too large for memory"))?;
    let mut buf = vec![0; size];
    decoder.read_image(&mut buf).map_err(|e| bad(&e))?;
    let (width, height) = (w as usize, h as usize);
    Ok(Luma {
        width,
        height,
        pixels: to_luma(&buf, width, height, channels, width * channels),
    })
}

fn gif_luma(bytes: &[u8]) -> Result<Luma, QrImageError> {
    let bad = undecodable(Format::Gif);
    // The logical screen's size follows the signature. The decoder reads on to the
    // first frame before it reports it, and a header alone must already be refused.
    if let Some(screen) = bytes.get(6..10) {
        let w = u16::from_le_bytes([screen[0], screen[1]]);
        let h = u16::from_le_bytes([screen[2], screen[3]]);
        check_size(Format::Gif, w.into(), h.into())?;
    }
    let mut options = gif::DecodeOptions::new();
    options.set_color_output(gif::ColorOutput::RGBA);
    options.set_memory_limit(gif::MemoryLimit::Bytes(
        NonZeroU64::new(MAX_PIXELS * 4).expect("non-zero budget"),
    ));
    let mut decoder = options.read_info(Cursor::new(bytes)).map_err(|e| bad(&e))?;
    let (width, height) = (usize::from(decoder.width()), usize::from(decoder.height()));
    check_size(Format::Gif, width as u32, height as u32)?;
    let frame = decoder
        .read_next_frame()
        .map_err(|e| bad(&e))?
        .ok_or_else(|| bad(&"the file holds no frame"))?;
    // The first frame may cover only part of the logical screen; the rest is shown
    // as the page behind, which for our purpose is white.
    let (fw, fh) = (usize::from(frame.width), usize::from(frame.height));
    let (left, top) = (usize::from(frame.left), usize::from(frame.top));
    if frame.buffer.len() < fw * fh * 4 {
        return Err(bad(&"the first frame is shorter than its size"));
    }
    let frame_luma = to_luma(&frame.buffer, fw, fh, 4, fw * 4);
    let mut pixels = vec![255; width * height];
    for y in 0..fh.min(height.saturating_sub(top)) {
        for x in 0..fw.min(width.saturating_sub(left)) {
            pixels[(top + y) * width + left + x] = frame_luma[y * fw + x];
        }
    }
    Ok(Luma {
        width,
        height,
        pixels,
    })
}

/// One way of looking at the image.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Pass {
    /// As it is, with rqrr's adaptive threshold.
    Plain,
    /// Averaged to half size.
    Half,
    /// Interpolated to double size (small images only).
    Double,
    /// One global threshold, chosen by Otsu's method.
    Global,
    /// Dark and light swapped.
    Inverted,
}

const PASSES: [Pass; 5] = [
    Pass::Plain,
    Pass::Half,
    Pass::Double,
    Pass::Global,
    Pass::Inverted,
];

/// The outcome of the search, before it becomes a result.
#[derive(Debug, Default)]
struct Found {
    texts: BTreeSet<String>,
    unreadable: bool,
    not_text: bool,
}

fn find_code(luma: &Luma) -> Result<String, QrImageError> {
    let work = fit(luma, WORK_PIXELS);
    let mut seen = Found::default();
    for pass in PASSES {
        let Some(found) = search(&work, pass) else {
            continue;
        };
        seen.unreadable |= found.unreadable;
        seen.not_text |= found.not_text;
        if !found.texts.is_empty() {
            seen.texts = found.texts;
            break;
        }
    }
    let count = seen.texts.len();
    match seen.texts.into_iter().next() {
        Some(text) if count == 1 => Ok(text),
        Some(_) => Err(QrImageError::SeveralCodes { count }),
        None if seen.not_text => Err(QrImageError::NotText),
        None if seen.unreadable => Err(QrImageError::Unreadable),
        None => Err(QrImageError::NoCode),
    }
}

/// Searches the image one way, or returns `None` when the pass does not apply to it.
fn search(work: &Luma, pass: Pass) -> Option<Found> {
    // rqrr takes either grey levels (and thresholds them itself) or a bitmap.
    let (grey, threshold) = match pass {
        Pass::Plain => (Cow::Borrowed(work), None),
        Pass::Half => {
            if work.width.min(work.height) < 200 {
                return None;
            }
            (Cow::Owned(shrink(work, 2)), None)
        }
        Pass::Double => {
            if work.width.max(work.height) > SMALL_SIDE {
                return None;
            }
            (Cow::Owned(double(work)), None)
        }
        Pass::Global => (Cow::Borrowed(work), Some(otsu(work))),
        Pass::Inverted => {
            let pixels = work.pixels.iter().map(|p| 255 - p).collect();
            (Cow::Owned(Luma { pixels, ..*work }), None)
        }
    };
    let (width, height) = (grey.width, grey.height);
    let mut prepared = match threshold {
        None => PreparedImage::prepare_from_greyscale(width, height, |x, y| grey.get(x, y)),
        Some(t) => PreparedImage::prepare_from_bitmap(width, height, |x, y| grey.get(x, y) <= t),
    };
    let mut found = Found::default();
    for grid in prepared.detect_grids() {
        match grid.decode() {
            Ok((_meta, text)) => {
                found.texts.insert(text);
            }
            Err(DeQRError::EncodingError) => found.not_text = true,
            Err(_) => found.unreadable = true,
        }
    }
    Some(found)
}

/// The image averaged down by a whole factor so it has at most `max_pixels`, or a
/// copy when it already does.
fn fit(img: &Luma, max_pixels: usize) -> Luma {
    let pixels = img.width * img.height;
    let mut factor = 1;
    while pixels.div_ceil(factor * factor) > max_pixels {
        factor += 1;
    }
    shrink(img, factor)
}

/// Averages each `factor` × `factor` block into one pixel (blocks at the right and
/// bottom edges may be smaller).
fn shrink(img: &Luma, factor: usize) -> Luma {
    if factor <= 1 {
        return img.clone();
    }
    let width = img.width.div_ceil(factor);
    let height = img.height.div_ceil(factor);
    let mut sums = vec![0u32; width * height];
    let mut counts = vec![0u32; width * height];
    for y in 0..img.height {
        let row = &img.pixels[y * img.width..(y + 1) * img.width];
        let out_row = (y / factor) * width;
        for (x, &p) in row.iter().enumerate() {
            sums[out_row + x / factor] += u32::from(p);
            counts[out_row + x / factor] += 1;
        }
    }
    let pixels = sums
        .iter()
        .zip(&counts)
        .map(|(&s, &c)| ((s + c / 2) / c) as u8)
        .collect();
    Luma {
        width,
        height,
        pixels,
    }
}

/// The image at twice its size, interpolated bilinearly so that edges between
/// modules of one or two pixels fall between pixels rather than on them.
fn double(img: &Luma) -> Luma {
    let (width, height) = (img.width * 2, img.height * 2);
    let mut pixels = Vec::with_capacity(width * height);
    for y in 0..height {
        // Sample centres: output pixel y sits at (y + 0.5) / 2 - 0.5 in the source,
        // so in quarter pixels at 2y - 1.
        let (y0, fy) = split_quarter(2 * y as isize - 1, img.height);
        let y1 = (y0 + 1).min(img.height - 1);
        for x in 0..width {
            let (x0, fx) = split_quarter(2 * x as isize - 1, img.width);
            let x1 = (x0 + 1).min(img.width - 1);
            let top = u32::from(img.get(x0, y0)) * (4 - fx) + u32::from(img.get(x1, y0)) * fx;
            let bottom = u32::from(img.get(x0, y1)) * (4 - fx) + u32::from(img.get(x1, y1)) * fx;
            pixels.push(((top * (4 - fy) + bottom * fy + 8) / 16) as u8);
        }
    }
    Luma {
        width,
        height,
        pixels,
    }
}

/// A position in quarter pixels → the source pixel at or before it (clamped to the
/// image) and the weight, in quarters, of the next one.
fn split_quarter(quarters: isize, len: usize) -> (usize, u32) {
    if quarters < 0 {
        return (0, 0);
    }
    let whole = (quarters / 4) as usize;
    if whole >= len - 1 {
        return (len - 1, 0);
    }
    (whole, (quarters % 4) as u32)
}

/// Otsu's threshold: the grey level that best splits the histogram into two classes
/// (the largest variance between them). Pixels at or below it are dark.
fn otsu(img: &Luma) -> u8 {
    let mut histogram = [0u64; 256];
    for &p in &img.pixels {
        histogram[usize::from(p)] += 1;
    }
    let total = img.pixels.len() as f64;
    let sum_all: f64 = histogram
        .iter()
        .enumerate()
        .map(|(level, &n)| level as f64 * n as f64)
        .sum();
    let (mut weight_dark, mut sum_dark) = (0.0, 0.0);
    let (mut best, mut best_variance) = (127u8, -1.0);
    for (level, &n) in histogram.iter().enumerate() {
        weight_dark += n as f64;
        sum_dark += level as f64 * n as f64;
        let weight_light = total - weight_dark;
        if weight_dark == 0.0 || weight_light == 0.0 {
            continue;
        }
        let mean_dark = sum_dark / weight_dark;
        let mean_light = (sum_all - sum_dark) / weight_light;
        let variance = weight_dark * weight_light * (mean_dark - mean_light).powi(2);
        if variance > best_variance {
            best_variance = variance;
            best = level as u8;
        }
    }
    best
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::qr::{Code, QUIET_ZONE};

    const TEXT: &str = "https://u.wechat.com/EHxmXiaoman_art-Q1";

    /// How a test draws a code.
    #[derive(Clone, Copy)]
    struct Look {
        module: usize,
        dark: u8,
        light: u8,
        /// Dark modules as a checkerboard of dots, as in a halftone print.
        dotted: bool,
    }

    const CRISP: Look = Look {
        module: 4,
        dark: 20,
        light: 250,
        dotted: false,
    };

    /// `text` drawn with our own encoder, centred on a canvas of `side` pixels.
    fn drawn(text: &str, look: Look, side: usize) -> Luma {
        let code = Code::new(text).expect("encodable");
        let module = look.module;
        let span = (code.size() + 2 * QUIET_ZONE) * module;
        assert!(span <= side, "the code fits the canvas");
        let offset = (side - span) / 2 + QUIET_ZONE * module;
        let mut pixels = vec![look.light; side * side];
        for y in 0..code.size() * module {
            for x in 0..code.size() * module {
                let dot = !look.dotted || (x + y) % 2 == 0;
                if code.dark(x / module, y / module) && dot {
                    pixels[(offset + y) * side + offset + x] = look.dark;
                }
            }
        }
        Luma {
            width: side,
            height: side,
            pixels,
        }
    }

    fn first_pass_that_reads(luma: &Luma) -> Option<Pass> {
        PASSES
            .into_iter()
            .find(|&pass| search(luma, pass).is_some_and(|found| !found.texts.is_empty()))
    }

    /// Each pass is there for a kind of image that only it reads; the order is cheapest
    /// and likeliest first.
    #[test]
    fn a_crisp_code_is_read_as_it_is() {
        let luma = drawn(TEXT, CRISP, 200);
        assert_eq!(first_pass_that_reads(&luma), Some(Pass::Plain));
        assert_eq!(find_code(&luma).as_deref(), Ok(TEXT));
    }

    #[test]
    fn a_halftone_code_is_read_at_half_size() {
        let look = Look {
            dotted: true,
            ..CRISP
        };
        let luma = drawn(TEXT, look, 300);
        assert_eq!(first_pass_that_reads(&luma), Some(Pass::Half));
        assert_eq!(find_code(&luma).as_deref(), Ok(TEXT));
    }

    #[test]
    fn modules_under_two_pixels_are_read_at_double_size() {
        // 7-pixel modules averaged by 4: 1.75 pixels a module.
        let look = Look { module: 7, ..CRISP };
        let luma = shrink(&drawn(TEXT, look, 400), 4);
        assert_eq!(first_pass_that_reads(&luma), Some(Pass::Double));
        assert_eq!(find_code(&luma).as_deref(), Ok(TEXT));
    }

    #[test]
    fn a_washed_out_code_is_read_with_one_global_threshold() {
        for (dark, light) in [(118, 128), (200, 215)] {
            let look = Look {
                dark,
                light,
                ..CRISP
            };
            let luma = drawn(TEXT, look, 300);
            assert_eq!(
                first_pass_that_reads(&luma),
                Some(Pass::Global),
                "{dark}/{light}"
            );
            assert_eq!(find_code(&luma).as_deref(), Ok(TEXT));
        }
    }

    #[test]
    fn a_light_code_on_dark_is_read_inverted() {
        let look = Look {
            dark: 235,
            light: 15,
            ..CRISP
        };
        let luma = drawn(TEXT, look, 200);
        assert_eq!(first_pass_that_reads(&luma), Some(Pass::Inverted));
        assert_eq!(find_code(&luma).as_deref(), Ok(TEXT));
    }

    #[test]
    fn same_text_twice_is_one_code() {
        let one = drawn("https://xm.example/same", Look { module: 3, ..CRISP }, 150);
        let mut luma = Luma {
            width: 300,
            height: 150,
            pixels: vec![250; 300 * 150],
        };
        for y in 0..150 {
            for x in 0..150 {
                luma.pixels[y * 300 + x] = one.get(x, y);
                luma.pixels[y * 300 + 150 + x] = one.get(x, y);
            }
        }
        assert_eq!(find_code(&luma).as_deref(), Ok("https://xm.example/same"));
    }

    #[test]
    fn a_blank_image_has_no_code() {
        let luma = Luma {
            width: 64,
            height: 64,
            pixels: vec![255; 64 * 64],
        };
        assert_eq!(find_code(&luma), Err(QrImageError::NoCode));
    }

    #[test]
    fn fit_keeps_within_the_budget() {
        let luma = Luma {
            width: 3000,
            height: 2000,
            pixels: vec![7; 3000 * 2000],
        };
        let small = fit(&luma, WORK_PIXELS);
        assert_eq!((small.width, small.height), (1500, 1000));
        assert!(small.pixels.iter().all(|&p| p == 7));
        assert_eq!(fit(&small, WORK_PIXELS), small, "already small enough");
    }

    #[test]
    fn shrink_averages_blocks_and_keeps_partial_edges() {
        let luma = Luma {
            width: 3,
            height: 1,
            pixels: vec![0, 100, 31],
        };
        let half = shrink(&luma, 2);
        assert_eq!((half.width, half.height), (2, 1));
        assert_eq!(half.pixels, vec![50, 31]);
    }

    #[test]
    fn double_interpolates_between_pixels() {
        let luma = Luma {
            width: 2,
            height: 1,
            pixels: vec![0, 200],
        };
        let big = double(&luma);
        assert_eq!((big.width, big.height), (4, 2));
        // Edges are clamped; the inner samples sit a quarter from each source pixel.
        assert_eq!(&big.pixels[..4], &[0, 50, 150, 200]);
        assert_eq!(big.pixels[..4], big.pixels[4..]);
    }

    #[test]
    fn otsu_splits_two_levels() {
        let mut pixels = vec![30u8; 50];
        pixels.extend([220u8; 50]);
        let luma = Luma {
            width: 100,
            height: 1,
            pixels,
        };
        let t = otsu(&luma);
        assert!((30..220).contains(&t), "threshold {t}");
    }

    #[test]
    fn transparency_is_laid_on_white() {
        assert_eq!(over_white(0, 0), 255);
        assert_eq!(over_white(0, 255), 0);
        assert_eq!(over_white(0, 128), 127);
        assert_eq!(rgb_luma(255, 255, 255), 255);
        assert_eq!(rgb_luma(0, 0, 0), 0);
        // Black modules on a transparent background, as RGBA.
        let rgba = [0, 0, 0, 255, 0, 0, 0, 0];
        assert_eq!(to_luma(&rgba, 2, 1, 4, 8), vec![0, 255]);
    }

    #[test]
    fn formats_are_told_by_their_magic() {
        assert_eq!(sniff(b"\x89PNG\r\n\x1a\nrest"), Ok(Format::Png));
        assert_eq!(sniff(&[0xFF, 0xD8, 0xFF, 0xE0]), Ok(Format::Jpeg));
        assert_eq!(sniff(b"RIFF\0\0\0\0WEBPVP8 "), Ok(Format::WebP));
        assert_eq!(sniff(b"GIF89a"), Ok(Format::Gif));
        assert_eq!(sniff(b"GIF87a"), Ok(Format::Gif));
        let not = |looks_like| Err(QrImageError::NotAnImage { looks_like });
        assert_eq!(sniff(b""), not(Some("an empty file")));
        assert_eq!(sniff(b"\0\0\0\x18ftypheic\0\0\0\0"), not(Some("HEIC")));
        assert_eq!(sniff(b"\0\0\0\x1cftypavif\0\0\0\0"), not(Some("AVIF")));
        assert_eq!(sniff(b"%PDF-1.7\n"), not(Some("PDF")));
        assert_eq!(sniff(b"BM\x36\0"), not(Some("BMP")));
        assert_eq!(sniff(b"II*\0\x08\0"), not(Some("TIFF")));
        assert_eq!(
            sniff(b"<?xml version=\"1.0\"?>\n<svg xmlns"),
            not(Some("SVG"))
        );
        assert_eq!(sniff("微信号：xiaoman".as_bytes()), not(Some("text")));
        assert_eq!(sniff(&[0, 159, 146, 150, 1, 2]), not(None));
    }

    #[test]
    fn a_long_text_cut_inside_a_character_is_still_text() {
        let text = "二".repeat(400); // 1200 bytes; 1024 falls inside a character
        assert_eq!(
            sniff(text.as_bytes()),
            Err(QrImageError::NotAnImage {
                looks_like: Some("text")
            })
        );
    }

    #[test]
    fn the_pixel_budget_is_checked_before_decoding() {
        assert_eq!(check_size(Format::Png, 5000, 5000), Ok(()));
        assert_eq!(
            check_size(Format::Png, 5000, 5001),
            Err(QrImageError::TooManyPixels {
                width: 5000,
                height: 5001,
                max: MAX_PIXELS
            })
        );
        assert!(matches!(
            check_size(Format::Gif, 0, 10),
            Err(QrImageError::Undecodable { .. })
        ));
    }

    #[test]
    fn webp_sizes_are_read_from_each_kind_of_first_chunk() {
        let lossy = include_bytes!("../tests/fixtures/qr-images/code.webp");
        assert_eq!(&lossy[12..16], b"VP8 ");
        assert_eq!(webp_size(lossy), Some((300, 300)));
        // Lossless: 0x2F, then (width - 1) and (height - 1) in 14 bits each, LSB first.
        let bits: u32 = 99 | 49 << 14;
        let mut lossless = b"RIFF\0\0\0\0WEBPVP8L\0\0\0\0\x2f".to_vec();
        lossless.extend(bits.to_le_bytes());
        assert_eq!(webp_size(&lossless), Some((100, 50)));
        let extended = b"RIFF\0\0\0\0WEBPVP8X\x0a\0\0\0\0\0\0\0\x1f\0\0\x0f\0\0";
        assert_eq!(webp_size(extended), Some((32, 16)));
        assert_eq!(webp_size(b"RIFF\0\0\0\0WEBPVP8X"), None, "cut short");
    }

    #[test]
    fn errors_read_as_sentences() {
        let e = QrImageError::NotAnImage {
            looks_like: Some("HEIC"),
        };
        assert_eq!(
            e.to_string(),
            "not a PNG, JPEG, WebP or GIF image (it looks like HEIC)"
        );
        assert_eq!(
            QrImageError::SeveralCodes { count: 2 }.to_string(),
            "the image holds 2 different QR codes, not one"
        );
    }
}
