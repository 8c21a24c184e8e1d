//! Bytes in, a QR module matrix out: one byte-mode segment at error-correction
//! level M, in the smallest of the 40 versions that holds it (ISO/IEC 18004).
//!
//! The steps are the standard's: the data codewords (mode indicator `0100`, the
//! character count, the bytes, a terminator, padding to a byte, pad codewords
//! `0xEC 0x11`), Reed–Solomon error correction per block over GF(256) with the
//! polynomial `0x11D`, the blocks interleaved, the function patterns (finders and
//! their separators, timing, alignment patterns, the dark module, version
//! information from version 7), the codewords placed in the two-column zigzag, and
//! one of the eight masks, named in the format information.
//!
//! **The mask is chosen as `fast_qr` 0.14 chooses it**, so that our codes are the
//! ones we drew before, module for module (`tests.rs` checks this against it). Each
//! mask, 0 to 7, is scored on the masked matrix before the format information is
//! written (its modules still light), and the first with the lowest score wins:
//! - runs of five or more data modules of one colour in a row or column, the run
//!   broken by any function module: length − 2 each;
//! - 2×2 blocks of one colour whose four modules are data: 3 each (`fast_qr` asks
//!   only the right-hand two to be data in the first column, which changes nothing:
//!   columns 0 and 1 have their function modules in the same rows);
//! - `1011101` with four light modules before it, and again with four light after
//!   it, over all modules of a row or column with the quiet zone light: 40 each;
//! - the share of dark modules, in whole percent: 0 at 45–54 %, 10 more per 5 %
//!   further away.
//!
//! `score.rs` scores rows and columns as bitsets, one `u64` word a line up to
//! version 11 and three at most, so a run, a pattern or a block is a few shifts and a
//! population count; the unmasked matrix is built once and each mask is applied line
//! by line as it is scored.

mod score;

use std::sync::OnceLock;

/// An encoded symbol.
pub struct Symbol {
    /// Modules per side.
    pub size: usize,
    /// Row-major, `true` = dark.
    pub modules: Vec<bool>,
}

/// Encodes `data` in one byte-mode segment at level M; `None` when it is longer than
/// version 40 holds (2,331 bytes).
pub fn encode(data: &[u8]) -> Option<Symbol> {
    let version = (1..=40).find(|&v| header_bits(v) + 8 * data.len() <= 8 * data_codewords(v))?;
    let codewords = with_error_correction(&data_codewords_of(data, version), version);
    // The function patterns depend on the version alone: drawn once, copied per code.
    static EMPTY: [OnceLock<Matrix>; 41] = [const { OnceLock::new() }; 41];
    let mut matrix = EMPTY[version].get_or_init(|| Matrix::new(version)).clone();
    matrix.place(&codewords);
    let mask = matrix.best_mask();
    Some(matrix.finish(mask))
}

// ---------------------------------------------------------------------------
// Codewords

/// Error-correction codewords per block at level M, by version (index 0 unused).
const ECC_PER_BLOCK: [usize; 41] = [
    0, 10, 16, 26, 18, 24, 16, 18, 22, 22, 26, 30, 22, 22, 24, 24, 28, 28, 26, 26, 26, 26, 28, 28,
    28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28,
];

/// Error-correction blocks at level M, by version (index 0 unused).
const BLOCKS: [usize; 41] = [
    0, 1, 1, 1, 2, 2, 4, 4, 4, 5, 5, 5, 8, 9, 9, 10, 10, 11, 13, 14, 16, 17, 17, 18, 20, 21, 23,
    25, 26, 28, 29, 31, 33, 35, 37, 38, 40, 43, 45, 47, 49,
];

/// Modules per side of `version`.
fn size_of(version: usize) -> usize {
    17 + 4 * version
}

/// Modules left for codewords (and remainder bits) once the function patterns and
/// the format and version information are placed.
fn raw_data_modules(version: usize) -> usize {
    let mut modules = (16 * version + 128) * version + 64;
    if version >= 2 {
        let aligns = version / 7 + 2;
        modules -= (25 * aligns - 10) * aligns - 55;
        if version >= 7 {
            modules -= 36;
        }
    }
    modules
}

/// Data codewords of `version` at level M.
fn data_codewords(version: usize) -> usize {
    raw_data_modules(version) / 8 - ECC_PER_BLOCK[version] * BLOCKS[version]
}

/// Bits of the mode indicator and the character count in byte mode.
fn header_bits(version: usize) -> usize {
    if version <= 9 { 4 + 8 } else { 4 + 16 }
}

/// Appends bits to a byte buffer, most significant first.
struct Bits {
    bytes: Vec<u8>,
    len: usize,
}

impl Bits {
    fn push(&mut self, value: usize, count: usize) {
        for i in (0..count).rev() {
            if self.len.is_multiple_of(8) {
                self.bytes.push(0);
            }
            if (value >> i) & 1 == 1 {
                *self.bytes.last_mut().expect("pushed above") |= 0x80 >> (self.len % 8);
            }
            self.len += 1;
        }
    }
}

/// The data codewords: header, bytes, terminator, zero bits to a byte, pad codewords.
fn data_codewords_of(data: &[u8], version: usize) -> Vec<u8> {
    let capacity = data_codewords(version);
    let mut bits = Bits {
        bytes: Vec::with_capacity(capacity),
        len: 0,
    };
    bits.push(0b0100, 4);
    bits.push(data.len(), header_bits(version) - 4);
    for &byte in data {
        bits.push(usize::from(byte), 8);
    }
    // The terminator (up to four zero bits) and the zero bits to the byte boundary
    // are the same zeros: pushing a partial byte already wrote them.
    let mut pads = [0xEC, 0x11].into_iter().cycle();
    while bits.bytes.len() < capacity {
        bits.bytes.push(pads.next().expect("endless"));
    }
    bits.bytes
}

/// GF(256) with the polynomial x⁸ + x⁴ + x³ + x² + 1: `EXP[i]` = αⁱ (doubled so a sum
/// of two logarithms indexes it directly), `LOG[αⁱ]` = i.
const EXP: [u8; 512] = {
    let mut exp = [0u8; 512];
    let mut x: u16 = 1;
    let mut i = 0;
    while i < 512 {
        exp[i] = x as u8;
        x <<= 1;
        if x & 0x100 != 0 {
            x ^= 0x11D;
        }
        i += 1;
    }
    exp
};

const LOG: [u8; 256] = {
    let mut log = [0u8; 256];
    let mut i = 0;
    while i < 255 {
        log[EXP[i] as usize] = i as u8;
        i += 1;
    }
    log
};

fn gf_mul(a: u8, b: u8) -> u8 {
    if a == 0 || b == 0 {
        0
    } else {
        EXP[usize::from(LOG[usize::from(a)]) + usize::from(LOG[usize::from(b)])]
    }
}

/// The Reed–Solomon generator of `degree`, (x − α⁰)…(x − α^(degree−1)), its
/// coefficients from the highest power down, the leading 1 left out.
fn generator(degree: usize) -> Vec<u8> {
    let mut poly = vec![0u8; degree];
    poly[degree - 1] = 1;
    let mut root = 1u8;
    for _ in 0..degree {
        for j in 0..degree {
            poly[j] = gf_mul(poly[j], root);
            if j + 1 < degree {
                poly[j] ^= poly[j + 1];
            }
        }
        root = gf_mul(root, 2);
    }
    poly
}

/// The remainder of `block`·x^degree divided by the generator: the block's
/// error-correction codewords.
fn remainder(block: &[u8], generator: &[u8]) -> Vec<u8> {
    let mut rem = vec![0u8; generator.len()];
    for &byte in block {
        let factor = byte ^ rem[0];
        rem.rotate_left(1);
        *rem.last_mut().expect("degree ≥ 1") = 0;
        for (r, &g) in rem.iter_mut().zip(generator) {
            *r ^= gf_mul(g, factor);
        }
    }
    rem
}

/// Splits the data codewords into the version's blocks (the short ones first), adds
/// each block's error correction, and interleaves: data column by column, then
/// error correction column by column.
fn with_error_correction(data: &[u8], version: usize) -> Vec<u8> {
    let blocks = BLOCKS[version];
    let ecc = ECC_PER_BLOCK[version];
    let total = raw_data_modules(version) / 8;
    let short_len = total / blocks - ecc;
    let long_blocks = total % blocks;
    let generator = generator(ecc);

    let mut starts = Vec::with_capacity(blocks + 1);
    let mut at = 0;
    for b in 0..blocks {
        starts.push(at);
        at += short_len + usize::from(b >= blocks - long_blocks);
    }
    starts.push(at);
    let block = |b: usize| &data[starts[b]..starts[b + 1]];

    let mut out = Vec::with_capacity(total);
    for i in 0..=short_len {
        for b in 0..blocks {
            if let Some(&byte) = block(b).get(i) {
                out.push(byte);
            }
        }
    }
    let eccs: Vec<Vec<u8>> = (0..blocks)
        .map(|b| remainder(block(b), &generator))
        .collect();
    for i in 0..ecc {
        for ecc in &eccs {
            out.push(ecc[i]);
        }
    }
    out
}

// ---------------------------------------------------------------------------
// The matrix

/// Whether mask `mask` inverts the module in column `x`, row `y`.
const fn mask_inverts(mask: u8, x: usize, y: usize) -> bool {
    match mask {
        0 => (x + y).is_multiple_of(2),
        1 => y.is_multiple_of(2),
        2 => x.is_multiple_of(3),
        3 => (x + y).is_multiple_of(3),
        4 => (x / 3 + y / 2).is_multiple_of(2),
        5 => (x * y) % 2 + (x * y) % 3 == 0,
        6 => ((x * y) % 2 + (x * y) % 3).is_multiple_of(2),
        _ => ((x + y) % 2 + (x * y) % 3).is_multiple_of(2),
    }
}

/// A symbol under construction: module values and which modules are function
/// modules (everything that is not a codeword bit), row-major.
#[derive(Clone)]
struct Matrix {
    size: usize,
    dark: Vec<bool>,
    function: Vec<bool>,
}

impl Matrix {
    /// The function patterns of `version`, the format areas reserved and light.
    fn new(version: usize) -> Matrix {
        let size = size_of(version);
        let mut m = Matrix {
            size,
            dark: vec![false; size * size],
            function: vec![false; size * size],
        };
        // Finders with their light separators.
        for (cx, cy) in [(3, 3), (size - 4, 3), (3, size - 4)] {
            for dy in -4isize..=4 {
                for dx in -4isize..=4 {
                    let (x, y) = (cx as isize + dx, cy as isize + dy);
                    if (0..size as isize).contains(&x) && (0..size as isize).contains(&y) {
                        let ring = dx.abs().max(dy.abs());
                        m.set(x as usize, y as usize, ring != 2 && ring != 4);
                    }
                }
            }
        }
        for i in 8..size - 8 {
            m.set(i, 6, i % 2 == 0);
            m.set(6, i, i % 2 == 0);
        }
        let positions = alignment_positions(version);
        let last = positions.len().saturating_sub(1);
        for (i, &cy) in positions.iter().enumerate() {
            for (j, &cx) in positions.iter().enumerate() {
                // Not over the finders.
                if (i == 0 && (j == 0 || j == last)) || (i == last && j == 0) {
                    continue;
                }
                for dy in -2isize..=2 {
                    for dx in -2isize..=2 {
                        let ring = dx.abs().max(dy.abs());
                        let (x, y) = ((cx as isize + dx) as usize, (cy as isize + dy) as usize);
                        m.set(x, y, ring != 1);
                    }
                }
            }
        }
        if version >= 7 {
            let bits = version_information(version);
            for k in 0..18 {
                let dark = (bits >> k) & 1 == 1;
                let (a, b) = (size - 11 + k % 3, k / 3);
                m.set(a, b, dark);
                m.set(b, a, dark);
            }
        }
        m.set_format(0);
        m.set(8, size - 8, true);
        m
    }

    fn set(&mut self, x: usize, y: usize, dark: bool) {
        let i = y * self.size + x;
        self.dark[i] = dark;
        self.function[i] = true;
    }

    /// Writes the 15 format bits in both their places (bit 0 the least significant).
    fn set_format(&mut self, bits: u16) {
        let n = self.size;
        for i in 0..15 {
            let dark = (bits >> i) & 1 == 1;
            let first = match i {
                0..=5 => (8, i),
                6 => (8, 7),
                7 => (8, 8),
                8 => (7, 8),
                _ => (14 - i, 8),
            };
            let second = if i < 8 {
                (n - 1 - i, 8)
            } else {
                (8, n - 15 + i)
            };
            self.set(first.0, first.1, dark);
            self.set(second.0, second.1, dark);
        }
    }

    /// Places the codewords' bits, most significant first, in the zigzag: two columns
    /// at a time from the right, upwards then downwards, stepping over the vertical
    /// timing pattern; the remainder bits are light.
    fn place(&mut self, codewords: &[u8]) {
        let n = self.size;
        let mut bit = 0;
        let mut upwards = true;
        let mut right = n - 1;
        loop {
            for k in 0..n {
                let y = if upwards { n - 1 - k } else { k };
                for x in [right, right - 1] {
                    let i = y * n + x;
                    if !self.function[i] {
                        self.dark[i] = codewords
                            .get(bit / 8)
                            .is_some_and(|byte| (byte >> (7 - bit % 8)) & 1 == 1);
                        bit += 1;
                    }
                }
            }
            upwards = !upwards;
            match right {
                1 => break,
                8 => right = 5,
                _ => right -= 2,
            }
        }
    }

    /// The mask with the lowest score, the first of equals.
    fn best_mask(&self) -> u8 {
        score::best_mask(self.size, &self.dark, &self.function)
    }

    /// Applies `mask` to the data modules and writes the format information.
    fn finish(mut self, mask: u8) -> Symbol {
        let n = self.size;
        for y in 0..n {
            let inverts = &score::MASK_ROWS[usize::from(mask)][y % 12];
            for x in 0..n {
                let i = y * n + x;
                let inverted = (inverts[x / 64] >> (x % 64)) & 1 == 1;
                self.dark[i] ^= inverted & !self.function[i];
            }
        }
        self.set_format(format_information(mask));
        Symbol {
            size: n,
            modules: self.dark,
        }
    }
}

/// The centres of the alignment patterns along either axis (none for version 1).
fn alignment_positions(version: usize) -> Vec<usize> {
    if version == 1 {
        return Vec::new();
    }
    let count = version / 7 + 2;
    let step = if version == 32 {
        26
    } else {
        (version * 4 + count * 2 + 1) / (count * 2 - 2) * 2
    };
    let mut positions = vec![6; count];
    for (k, position) in positions[1..].iter_mut().rev().enumerate() {
        *position = size_of(version) - 7 - k * step;
    }
    positions
}

/// The 18 version bits: the version and its BCH(18, 6) check bits (generator 0x1F25).
fn version_information(version: usize) -> u32 {
    let data = version as u32;
    let mut rem = data;
    for _ in 0..12 {
        rem = (rem << 1) ^ ((rem >> 11) * 0x1F25);
    }
    data << 12 | (rem & 0xFFF)
}

/// The 15 format bits for level M (`00`) and `mask`: BCH(15, 5) with generator
/// 0x537, masked with 0x5412.
fn format_information(mask: u8) -> u16 {
    let data = u32::from(mask);
    let mut rem = data;
    for _ in 0..10 {
        rem = (rem << 1) ^ ((rem >> 9) * 0x537);
    }
    ((data << 10 | (rem & 0x3FF)) ^ 0x5412) as u16
}

#[cfg(test)]
mod tests;
