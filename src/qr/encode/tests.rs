//! Our encoder against `fast_qr` 0.14, which drew every code before it: over a corpus
//! of payloads, the same version, the same mask and the same matrix, module for module.

use std::path::Path;

use fast_qr::{ECL, Mode, QRBuilder};

use super::{Symbol, encode};
use crate::qr::MAX_BYTES;
use crate::{links, profile};

/// `fast_qr`'s matrix (row-major) and the number of its mask.
fn reference(data: &[u8]) -> (usize, Vec<bool>, u8) {
    let qr = QRBuilder::new(data)
        .mode(Mode::Byte)
        .ecl(ECL::M)
        .build()
        .expect("fits");
    let mask = qr.mask.expect("a mask is always chosen") as u8;
    let modules = qr.data[..qr.size * qr.size]
        .iter()
        .map(|m| m.value())
        .collect();
    (qr.size, modules, mask)
}

/// The mask named in a symbol's format information, read from its first copy
/// (column 8 down to row 8, then row 8 leftwards).
fn mask_in_format_bits(size: usize, modules: &[bool]) -> u8 {
    let dark = |x: usize, y: usize| u16::from(modules[y * size + x]);
    let mut bits = 0;
    for (i, (x, y)) in (0..6)
        .map(|y| (8, y))
        .chain([(8, 7), (8, 8), (7, 8)])
        .chain((9..15).map(|i| (14 - i, 8)))
        .enumerate()
    {
        bits |= dark(x, y) << i;
    }
    ((bits ^ 0x5412) >> 10) as u8
}

/// Asserts our symbol for `data` is `fast_qr`'s; returns the mask both chose.
fn assert_same(data: &[u8]) -> u8 {
    let Symbol { size, modules } = encode(data).expect("fits");
    let mask = mask_in_format_bits(size, &modules);
    let (ref_size, ref_modules, ref_mask) = reference(data);
    let what = || format!("{} bytes: {:?}", data.len(), String::from_utf8_lossy(data));
    assert_eq!(size, ref_size, "size, {}", what());
    assert_eq!(mask, ref_mask, "mask, {}", what());
    if modules != ref_modules {
        let first = (0..size * size).find(|&i| modules[i] != ref_modules[i]);
        let (x, y) = first.map_or((0, 0), |i| (i % size, i / size));
        panic!("modules differ first at column {x}, row {y}, {}", what());
    }
    mask
}

/// Bytes that fit in `version` at level M in byte mode, from the standard's table.
const CAPACITY: [usize; 40] = [
    14, 26, 42, 62, 84, 106, 122, 152, 180, 213, 251, 287, 331, 362, 412, 450, 504, 560, 624, 666,
    711, 779, 857, 911, 997, 1059, 1125, 1190, 1264, 1370, 1452, 1538, 1628, 1722, 1809, 1911,
    1989, 2099, 2213, 2331,
];

fn url_like(len: usize) -> String {
    let pattern = "https://www.example.com/u/Xm_08?from=qr&v=12#top-";
    pattern.chars().cycle().take(len).collect()
}

#[test]
fn capacities_are_the_standards() {
    for (v, &capacity) in CAPACITY.iter().enumerate() {
        assert_eq!(encode(&vec![b'a'; capacity]).unwrap().size, 21 + 4 * v);
        if capacity < MAX_BYTES {
            assert_eq!(encode(&vec![b'a'; capacity + 1]).unwrap().size, 25 + 4 * v);
        }
    }
    assert!(encode(&vec![b'a'; MAX_BYTES + 1]).is_none());
}

#[test]
fn matches_fast_qr_on_the_example_sites_payloads() {
    let mut count = 0;
    for slug in ["xiaoman", "alex-dev"] {
        let dir = Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("sites")
            .join(slug);
        let site = profile::load(&dir);
        let profile = site.profile().expect("the example site is valid");
        let today = profile.timezone.today(jiff::Timestamp::now());
        let resolved = links::resolve_at(profile, &site.assets.lock, today).expect("keys");
        assert_same(profile.base_url.as_str().as_bytes());
        for link in &resolved.links {
            assert_same(link.qr.as_bytes());
            count += 1;
        }
    }
    assert!(count >= 10, "only {count} payloads");
}

#[test]
fn matches_fast_qr_on_url_like_text_of_every_length_to_200() {
    assert_same(b"");
    let mut masks = [0; 8];
    for len in 1..=200 {
        masks[usize::from(assert_same(url_like(len).as_bytes()))] += 1;
    }
    // The corpus exercises the choice: every mask wins somewhere.
    assert!(masks.iter().all(|&n| n > 0), "masks chosen: {masks:?}");
}

#[test]
fn matches_fast_qr_at_every_version_boundary() {
    for &capacity in &CAPACITY {
        for len in [capacity - 1, capacity, capacity + 1] {
            if len <= MAX_BYTES {
                assert_same(url_like(len).as_bytes());
            }
        }
    }
}

#[test]
fn matches_fast_qr_on_random_text_with_cjk() {
    // A fixed linear congruential generator: the same corpus on every run.
    let mut state: u64 = 0x2545_f491_4f6c_dd1d;
    let mut next = move || {
        state = state
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        (state >> 33) as usize
    };
    let pieces = [
        "小满",
        "插画",
        "微信号：",
        "帳號",
        "連結",
        "a",
        "Z",
        "0",
        "9",
        "-",
        "_",
        "/",
        "?",
        "=",
        "&",
        " ",
        "é",
        "🎨",
        "https://",
        ".com",
        "\n",
    ];
    for case in 0..300 {
        // Mostly short, like real payloads; some up to the limit.
        let limit = match case % 4 {
            0 => next() % MAX_BYTES + 1,
            1 => next() % 400 + 1,
            _ => next() % 120 + 1,
        };
        let mut text = String::new();
        loop {
            let piece = pieces[next() % pieces.len()];
            if text.len() + piece.len() > limit {
                break;
            }
            text.push_str(piece);
        }
        assert_same(text.as_bytes());
    }
}
