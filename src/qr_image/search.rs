//! Luma in, the text of the one QR code in it out: `rqrr` looks at the image in a
//! few passes, stopping at the first that reads any code (see the parent module's
//! step 3 for the passes and why each is there).
//!
//! It does not decode files, and it keeps no image larger than [`WORK_PIXELS`] beyond
//! the one it is given.

use std::borrow::Cow;
use std::collections::BTreeSet;

use rqrr::{DeQRError, PreparedImage};

use super::QrImageError;
use super::luma::Luma;

/// Images larger than this many pixels are averaged down before the search: a code
/// that fills a fifth of a phone screenshot keeps modules of several pixels, and the
/// search (which copies the image for every candidate it checks) stays quick.
pub const WORK_PIXELS: usize = 4_000_000;

/// Images whose longer side is at most this are also searched at double size.
const SMALL_SIDE: usize = 1000;

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

pub(super) fn find_code(luma: &Luma) -> Result<String, QrImageError> {
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

    /// An image of one grey `level`.
    fn plain(width: usize, height: usize, level: u8) -> Luma {
        Luma {
            width,
            height,
            pixels: vec![level; width * height],
        }
    }

    fn first_pass_that_reads(luma: &Luma) -> Option<Pass> {
        PASSES
            .into_iter()
            .find(|&pass| search(luma, pass).is_some_and(|found| !found.texts.is_empty()))
    }

    /// `pass` is the first that reads `luma`, and the whole search reads [`TEXT`] from it.
    #[track_caller]
    fn assert_read_first_by(pass: Pass, luma: &Luma, case: &str) {
        assert_eq!(first_pass_that_reads(luma), Some(pass), "{case}");
        assert_eq!(find_code(luma).as_deref(), Ok(TEXT), "{case}");
    }

    // Each pass is there for a kind of image that only it reads; the order is cheapest
    // and likeliest first.

    #[test]
    fn a_crisp_code_is_read_as_it_is() {
        assert_read_first_by(Pass::Plain, &drawn(TEXT, CRISP, 200), "crisp");
    }

    #[test]
    fn a_halftone_code_is_read_at_half_size() {
        let look = Look {
            dotted: true,
            ..CRISP
        };
        assert_read_first_by(Pass::Half, &drawn(TEXT, look, 300), "dotted");
    }

    #[test]
    fn modules_under_two_pixels_are_read_at_double_size() {
        // 7-pixel modules averaged by 4: 1.75 pixels a module.
        let look = Look { module: 7, ..CRISP };
        let luma = shrink(&drawn(TEXT, look, 400), 4);
        assert_read_first_by(Pass::Double, &luma, "1.75 pixels a module");
    }

    #[test]
    fn a_washed_out_code_is_read_with_one_global_threshold() {
        for (dark, light) in [(118, 128), (200, 215)] {
            let look = Look {
                dark,
                light,
                ..CRISP
            };
            let case = format!("{dark}/{light}");
            assert_read_first_by(Pass::Global, &drawn(TEXT, look, 300), &case);
        }
    }

    #[test]
    fn a_light_code_on_dark_is_read_inverted() {
        let look = Look {
            dark: 235,
            light: 15,
            ..CRISP
        };
        assert_read_first_by(Pass::Inverted, &drawn(TEXT, look, 200), "235/15");
    }

    #[test]
    fn same_text_twice_is_one_code() {
        let one = drawn("https://xm.example/same", Look { module: 3, ..CRISP }, 150);
        let mut luma = plain(300, 150, 250);
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
        assert_eq!(find_code(&plain(64, 64, 255)), Err(QrImageError::NoCode));
    }

    #[test]
    fn fit_keeps_within_the_budget() {
        let small = fit(&plain(3000, 2000, 7), WORK_PIXELS);
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
}
