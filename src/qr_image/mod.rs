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
//! [`decode`] checks the file size and the format; `luma` the pixel budget, then
//! decodes (steps 1 and 2); `search` does steps 3 and 4.
//!
//! This module does not read files, name them, print, or localise: it returns a
//! [`QrImageError`] that the caller turns into a message with the file's name. It does
//! not draw codes either (that is [`crate::qr`]).

mod luma;
mod search;

use std::fmt;

pub use search::WORK_PIXELS;

/// The largest image file read: 5 MiB, the limit the public profile format sets for
/// every image a profile names (the avatar's too).
pub const MAX_FILE_BYTES: usize = 5 * 1024 * 1024;

/// The most pixels an image may declare: 25 million, above a 12-megapixel phone photo
/// (4032 × 3024) and a long scrolling screenshot (1290 × 19000), below what would make
/// the decoded buffer a worry (4 bytes a pixel while decoding, so at most 100 MB).
pub const MAX_PIXELS: u64 = 25_000_000;

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
        Format::Png => luma::png(bytes),
        Format::Jpeg => luma::jpeg(bytes),
        Format::WebP => luma::webp(bytes),
        Format::Gif => luma::gif(bytes),
    }?;
    search::find_code(&luma)
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

#[cfg(test)]
mod tests {
    use super::*;

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
