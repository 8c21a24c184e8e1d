//! Round trips through an independent decoder: every code we draw, as PNG and as
//! SVG, must read back to exactly the payload it was given.
//!
//! The PNG is decoded with the `png` crate; the SVG is rasterised by a few lines
//! below that read our own path format (one-module-high `h…v1h-…` rectangles),
//! which is simple and honest because the format is ours. Both images then go to
//! `rqrr`, a QR decoder written by others.

mod common;

use common::{assert_quiet_zone_light, decode_png, rasterise_svg, read_codes};
use hutong::qr::{self, Code, MAX_BYTES, QUIET_ZONE};
use proptest::prelude::*;

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
