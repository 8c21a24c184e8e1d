//! Reading QR codes out of image files as creators have them: the fixtures under
//! `tests/fixtures/qr-images/` (drawn by `scripts/qr-image-fixtures.py` with an encoder
//! other than ours), hostile headers built here, and our own codes read back.

mod common;

use std::io::Write as _;

use common::{decode_png, read_codes};
use hutong::qr::{self, Code};
use hutong::qr_image::{Format, MAX_FILE_BYTES, MAX_PIXELS, QrImageError, decode};

/// The fixtures that hold one code, one a format, and the payload the fixture script
/// draws in each (keep in step with it).
const ONE_CODE: [(&str, &str); 4] = [
    // A PNG screenshot with text around the code.
    ("screenshot.png", "https://u.wechat.com/EHxmXiaoman_art-Q1"),
    // A JPEG screenshot, resized, tilted and recompressed.
    ("screenshot.jpg", "https://u.wechat.com/MJx9_Zh2LqPw-jpeg"),
    // A lossy WebP.
    ("code.webp", "https://weixin.qq.com/g/AQYAAGxmWebPgroup"),
    // A palette GIF.
    ("code.gif", "http://weixin.qq.com/r/abcDEF-gif"),
];

fn fixture(name: &str) -> Vec<u8> {
    let path = format!(
        "{}/tests/fixtures/qr-images/{name}",
        env!("CARGO_MANIFEST_DIR")
    );
    std::fs::read(&path).unwrap_or_else(|e| panic!("{path}: {e}"))
}

#[test]
fn fixtures_are_small() {
    for name in [
        "screenshot.png",
        "screenshot.jpg",
        "code.webp",
        "code.gif",
        "two-codes.png",
        "no-code.png",
    ] {
        let len = fixture(name).len();
        assert!(len < 100 * 1024, "{name} is {len} bytes");
    }
}

#[test]
fn each_format_gives_the_text_of_its_code() {
    for (name, text) in ONE_CODE {
        assert_eq!(decode(&fixture(name)).as_deref(), Ok(text), "{name}");
    }
}

#[test]
fn two_different_codes_are_refused_with_their_count() {
    assert_eq!(
        decode(&fixture("two-codes.png")),
        Err(QrImageError::SeveralCodes { count: 2 })
    );
}

#[test]
fn a_screen_without_a_code() {
    assert_eq!(decode(&fixture("no-code.png")), Err(QrImageError::NoCode));
}

/// What the build does with a decoded text: draw a fresh code. That code, read by an
/// independent decoder, must give the same text back, and so must our own reader.
#[test]
fn decoded_text_redrawn_reads_back_the_same() {
    for (name, _) in ONE_CODE {
        let text = decode(&fixture(name)).unwrap_or_else(|e| panic!("{name}: {e}"));
        let png = qr::png(&Code::new(&text).expect("fits"), 8);
        assert_eq!(read_codes(&decode_png(&png)), vec![text.clone()], "{name}");
        assert_eq!(decode(&png), Ok(text), "{name} through qr_image");
    }
}

/// A code saved as black modules on a transparent background: transparency must read
/// as white, not as the black that its colour channels hold.
#[test]
fn transparent_background_reads_as_white() {
    let text = "https://xm.example/transparent";
    let code = Code::new(text).expect("fits");
    let (module, quiet) = (6, 4);
    let side = (code.size() + 2 * quiet) * module;
    let mut rgba = vec![0u8; side * side * 4]; // all black, all transparent
    for y in 0..side {
        for x in 0..side {
            let (mx, my) = (
                (x / module).wrapping_sub(quiet),
                (y / module).wrapping_sub(quiet),
            );
            if mx < code.size() && my < code.size() && code.dark(mx, my) {
                rgba[(y * side + x) * 4 + 3] = 255;
            }
        }
    }
    let mut bytes = Vec::new();
    let mut encoder = png::Encoder::new(&mut bytes, side as u32, side as u32);
    encoder.set_color(png::ColorType::Rgba);
    let mut writer = encoder.write_header().expect("header");
    writer.write_image_data(&rgba).expect("data");
    writer.finish().expect("finish");
    assert_eq!(decode(&bytes).as_deref(), Ok(text));
}

/// A large image of a code drawn big (a photo or a print scan): it is averaged down
/// before the search and still read.
#[test]
fn a_large_image_is_read_after_averaging_down() {
    let text = "https://xm.example/large";
    let png = qr::png(&Code::new(text).expect("fits"), 80); // 29 modules + quiet zone
    let side = decode_png(&png).side;
    assert!(
        side * side > hutong::qr_image::WORK_PIXELS,
        "{side} px a side"
    );
    assert_eq!(decode(&png).as_deref(), Ok(text));
}

#[test]
fn not_an_image() {
    assert_eq!(
        decode(b"weixin: xiaoman_art\n"),
        Err(QrImageError::NotAnImage {
            looks_like: Some("text")
        })
    );
    assert_eq!(
        decode(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n"),
        Err(QrImageError::NotAnImage {
            looks_like: Some("PDF")
        })
    );
}

#[test]
fn a_truncated_png() {
    let bytes = fixture("screenshot.png");
    let cut = &bytes[..bytes.len() / 2];
    assert!(
        matches!(
            decode(cut),
            Err(QrImageError::Undecodable {
                format: Format::Png,
                ..
            })
        ),
        "{:?}",
        decode(cut)
    );
}

#[test]
fn a_jpeg_cut_inside_its_header() {
    let bytes = fixture("screenshot.jpg");
    assert!(
        matches!(
            decode(&bytes[..64]),
            Err(QrImageError::Undecodable {
                format: Format::Jpeg,
                ..
            })
        ),
        "{:?}",
        decode(&bytes[..64])
    );
}

#[test]
fn a_file_over_five_mib_is_not_looked_at() {
    let mut bytes = fixture("screenshot.png");
    bytes.resize(MAX_FILE_BYTES + 1, 0);
    assert_eq!(
        decode(&bytes),
        Err(QrImageError::FileTooLarge {
            bytes: MAX_FILE_BYTES + 1,
            max: MAX_FILE_BYTES
        })
    );
}

fn too_many(width: u32, height: u32) -> Result<String, QrImageError> {
    Err(QrImageError::TooManyPixels {
        width,
        height,
        max: MAX_PIXELS,
    })
}

/// Headers that declare enormous images and hold no pixel data at all: refusing them
/// with the pixel-budget error (rather than a decoding error about missing data)
/// shows that the size was checked from the header, before any decoding or buffer.
#[test]
fn a_png_header_declaring_ten_billion_pixels() {
    let mut bytes = Vec::new();
    {
        let encoder = png::Encoder::new(&mut bytes, 100_000, 100_000);
        let writer = encoder.write_header().expect("header");
        drop(writer);
    }
    assert!(bytes.len() < 100, "a header only: {} bytes", bytes.len());
    assert_eq!(decode(&bytes), too_many(100_000, 100_000));
}

#[test]
fn a_gif_header_declaring_a_huge_screen() {
    let mut bytes = b"GIF89a".to_vec();
    bytes.extend(65_535u16.to_le_bytes());
    bytes.extend(65_535u16.to_le_bytes());
    bytes.extend([0x80, 0, 0]); // global colour table of two entries
    bytes.extend([0, 0, 0, 255, 255, 255]);
    bytes.push(0x3B); // trailer
    assert_eq!(decode(&bytes), too_many(65_535, 65_535));
}

#[test]
fn a_jpeg_header_declaring_a_huge_frame() {
    let mut bytes = vec![0xFF, 0xD8];
    // A quantisation table, then a baseline frame header of 60000 × 60000, one
    // component; nothing after it.
    bytes.extend([0xFF, 0xDB, 0x00, 0x43, 0x00]);
    bytes.extend([1u8; 64]);
    bytes.extend([0xFF, 0xC0, 0x00, 0x0B, 0x08]);
    bytes.extend(60_000u16.to_be_bytes());
    bytes.extend(60_000u16.to_be_bytes());
    bytes.extend([0x01, 0x01, 0x11, 0x00]);
    // A Huffman table and a start of scan, so the header reader reaches its end.
    bytes.extend([0xFF, 0xC4, 0x00, 0x14, 0x00]);
    bytes.extend([1u8]);
    bytes.extend([0u8; 15]);
    bytes.push(0);
    bytes.extend([0xFF, 0xDA, 0x00, 0x08, 0x01, 0x01, 0x00, 0x00, 0x3F, 0x00]);
    assert_eq!(decode(&bytes), too_many(60_000, 60_000));
}

#[test]
fn a_webp_header_declaring_a_huge_canvas() {
    // An extended (VP8X) header of 16384 × 16384, the format's largest, with no
    // image chunk after it.
    let mut chunk = vec![0u8; 4]; // flags and reserved
    chunk.extend(&(16_384u32 - 1).to_le_bytes()[..3]);
    chunk.extend(&(16_384u32 - 1).to_le_bytes()[..3]);
    let mut body = b"WEBPVP8X".to_vec();
    body.extend((chunk.len() as u32).to_le_bytes());
    body.extend(&chunk);
    let mut bytes = b"RIFF".to_vec();
    bytes.extend((body.len() as u32).to_le_bytes());
    bytes.write_all(&body).expect("in memory");
    assert_eq!(decode(&bytes), too_many(16_384, 16_384));
}

/// Damaged files of every format give an error or the intact file's text, never a
/// panic and never some other text: cut at several points, and with single bytes
/// changed in their headers.
#[test]
fn damaged_files_never_panic_nor_misread() {
    for name in ["screenshot.png", "screenshot.jpg", "code.webp", "code.gif"] {
        let bytes = fixture(name);
        let intact = decode(&bytes).expect("the intact file reads");
        let cuts = (0..bytes.len())
            .step_by(bytes.len() / 4)
            .chain([1, 5, 13, 40]);
        let damaged = [3, 8, 12, 16, 20, 26, 33, 60].map(|at| {
            let mut damaged = bytes.clone();
            damaged[at] ^= 0xA5;
            damaged
        });
        let cut_files = cuts.map(|cut| bytes[..cut].to_vec());
        for (i, file) in cut_files.chain(damaged).enumerate() {
            if let Ok(text) = decode(&file) {
                assert_eq!(text, intact, "{name}, damaged file {i}");
            }
        }
    }
}
