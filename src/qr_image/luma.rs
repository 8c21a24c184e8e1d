//! Image bytes of a known format in, 8-bit luma out, or an error; an image over the
//! pixel budget is refused from its header, before any pixel buffer exists.
//!
//! Each format has its own small decoder (`png`, `zune-jpeg`, `image-webp`, `gif`);
//! this file asks each for the header, checks the size, then decodes and turns what it
//! gives into luma with transparency laid on white. It does not look for codes.

use std::fmt;
use std::io::Cursor;
use std::num::NonZeroU64;

use super::{Format, MAX_PIXELS, QrImageError};

/// An 8-bit greyscale image, row-major, 0 = black.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct Luma {
    pub(super) width: usize,
    pub(super) height: usize,
    pub(super) pixels: Vec<u8>,
}

impl Luma {
    pub(super) fn get(&self, x: usize, y: usize) -> u8 {
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

pub(super) fn png(bytes: &[u8]) -> Result<Luma, QrImageError> {
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

pub(super) fn jpeg(bytes: &[u8]) -> Result<Luma, QrImageError> {
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

pub(super) fn webp(bytes: &[u8]) -> Result<Luma, QrImageError> {
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

pub(super) fn gif(bytes: &[u8]) -> Result<Luma, QrImageError> {
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

#[cfg(test)]
mod tests {
    use super::*;

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
        let lossy = include_bytes!("../../tests/fixtures/qr-images/code.webp");
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
}
