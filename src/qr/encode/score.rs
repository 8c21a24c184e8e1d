//! The mask choice, scored as `fast_qr` 0.14 scores it (see the parent module) on
//! rows and columns held as bitsets: bit `i` of a line is module `i`, and bits beyond
//! the symbol's size are always 0. A line is one `u64` word up to 64 modules a side
//! (version 11), two up to 128 and three for the largest, 177; the code is the same
//! for each width, compiled three times.

use super::mask_inverts;

/// The widest line, in words: version 40 is 177 modules a side.
const MAX_WORDS: usize = 3;

/// Every mask repeats every 12 modules both ways. `MASK_ROWS[m][r]`: the modules that
/// mask `m` inverts in a row `y` with `y % 12 == r`; `MASK_COLUMNS[m][c]`: in a column
/// `x` with `x % 12 == c`.
pub(super) const MASK_ROWS: [[[u64; MAX_WORDS]; 12]; 8] = mask_lines(false);
const MASK_COLUMNS: [[[u64; MAX_WORDS]; 12]; 8] = mask_lines(true);

const fn mask_lines(columns: bool) -> [[[u64; MAX_WORDS]; 12]; 8] {
    let mut out = [[[0u64; MAX_WORDS]; 12]; 8];
    let mut m = 0;
    while m < 8 {
        let mut r = 0;
        while r < 12 {
            let mut i = 0;
            while i < 64 * MAX_WORDS {
                let (x, y) = if columns { (r, i) } else { (i, r) };
                if mask_inverts(m as u8, x, y) {
                    out[m][r][i / 64] |= 1 << (i % 64);
                }
                i += 1;
            }
            r += 1;
        }
        m += 1;
    }
    out
}

/// The mask (0–7) with the lowest score for the unmasked symbol of `size` modules a
/// side, row-major, `dark` its values and `function` its function modules; the first
/// of equals.
pub(super) fn best_mask(size: usize, dark: &[bool], function: &[bool]) -> u8 {
    #[cfg(target_arch = "x86_64")]
    if std::arch::is_x86_feature_detected!("popcnt") {
        // SAFETY: the CPU has the one feature the function is compiled for.
        return unsafe { best_mask_popcnt(size, dark, function) };
    }
    best_mask_any(size, dark, function)
}

/// [`best_mask_any`] compiled for a CPU with the `popcnt` instruction. The scoring
/// counts set bits some 2,000 times a code; the x86-64 baseline has no instruction for
/// it, and counting in a dozen others took a third of the scoring's time.
#[cfg(target_arch = "x86_64")]
#[target_feature(enable = "popcnt")]
fn best_mask_popcnt(size: usize, dark: &[bool], function: &[bool]) -> u8 {
    best_mask_any(size, dark, function)
}

#[inline(always)]
fn best_mask_any(size: usize, dark: &[bool], function: &[bool]) -> u8 {
    match size {
        0..=64 => best_mask_in::<1>(size, dark, function),
        65..=128 => best_mask_in::<2>(size, dark, function),
        _ => best_mask_in::<3>(size, dark, function),
    }
}

/// A row or column of `W` words.
type Line<const W: usize> = [u64; W];

/// One line of every row (or column): its values and its data modules.
struct Lines<const W: usize> {
    values: Vec<Line<W>>,
    data: Vec<Line<W>>,
}

#[inline(always)]
fn best_mask_in<const W: usize>(n: usize, dark: &[bool], function: &[bool]) -> u8 {
    let empty = || Lines::<W> {
        values: vec![[0; W]; n],
        data: vec![[0; W]; n],
    };
    let (mut rows, mut columns) = (empty(), empty());
    for y in 0..n {
        for x in 0..n {
            let i = y * n + x;
            // Without branches: the values are as good as random.
            let (value, data) = (u64::from(dark[i]), u64::from(!function[i]));
            rows.values[y][x / 64] |= value << (x % 64);
            columns.values[x][y / 64] |= value << (y % 64);
            rows.data[y][x / 64] |= data << (x % 64);
            columns.data[x][y / 64] |= data << (y % 64);
        }
    }
    let mut best = (u32::MAX, 0);
    for mask in 0..8u8 {
        let words = |table: &[[u64; MAX_WORDS]; 12]| -> [Line<W>; 12] {
            std::array::from_fn(|r| std::array::from_fn(|w| table[r][w]))
        };
        let m = usize::from(mask);
        let (dark, by_rows) = score_lines(&rows, &words(&MASK_ROWS[m]), true);
        let (_, by_columns) = score_lines(&columns, &words(&MASK_COLUMNS[m]), false);
        let score = by_rows + by_columns + dark_share_score(dark, n);
        if score < best.0 {
            best = (score, mask);
        }
    }
    best.1
}

/// Bit `i` of the result is bit `i + k` of `line` (0 < `k` < 64).
#[inline(always)]
fn down<const W: usize>(line: &Line<W>, k: u32) -> Line<W> {
    std::array::from_fn(|w| {
        let carry = if w + 1 < W {
            line[w + 1] << (64 - k)
        } else {
            0
        };
        line[w] >> k | carry
    })
}

/// Bit `i` of the result is bit `i − k` of `line`, 0 below `k` (0 < `k` < 64).
#[inline(always)]
fn up<const W: usize>(line: &Line<W>, k: u32) -> Line<W> {
    std::array::from_fn(|w| {
        let carry = if w > 0 { line[w - 1] >> (64 - k) } else { 0 };
        line[w] << k | carry
    })
}

#[inline(always)]
fn and<const W: usize>(a: Line<W>, b: Line<W>) -> Line<W> {
    std::array::from_fn(|w| a[w] & b[w])
}

#[inline(always)]
fn or<const W: usize>(a: Line<W>, b: Line<W>) -> Line<W> {
    std::array::from_fn(|w| a[w] | b[w])
}

#[inline(always)]
fn xor<const W: usize>(a: Line<W>, b: Line<W>) -> Line<W> {
    std::array::from_fn(|w| a[w] ^ b[w])
}

#[inline(always)]
fn not<const W: usize>(a: Line<W>) -> Line<W> {
    std::array::from_fn(|w| !a[w])
}

#[inline(always)]
fn ones<const W: usize>(a: Line<W>) -> u32 {
    a.iter().map(|w| w.count_ones()).sum()
}

/// Lines of a mask: the dark modules over all `lines`, and the run, finder-lookalike
/// and (for rows, `blocks`) 2×2-block penalties. Each line is masked as it is read.
#[inline(always)]
fn score_lines<const W: usize>(lines: &Lines<W>, mask: &[Line<W>; 12], blocks: bool) -> (u32, u32) {
    let mut dark = 0;
    let mut score = 0;
    let mut previous: Option<(Line<W>, Line<W>)> = None;
    for (i, (line, data)) in lines.values.iter().zip(&lines.data).enumerate() {
        let line = xor(*line, and(mask[i % 12], *data));
        dark += ones(line);
        score += runs(and(line, *data)) + runs(and(not(line), *data));
        score += finder_lookalikes(&line);
        if blocks {
            if let Some((above, above_data)) = previous {
                score += same_colour_blocks(&above, &above_data, &line, data);
            }
            previous = Some((line, *data));
        }
    }
    (dark, score)
}

/// Runs of five or more set bits: length − 2 each.
#[inline(always)]
fn runs<const W: usize>(set: Line<W>) -> u32 {
    // Bit i: bits i to i + 4 are all set, so a run of length l has l − 4 of them.
    let five = and(
        and(and(set, down(&set, 1)), and(down(&set, 2), down(&set, 3))),
        down(&set, 4),
    );
    let first_of_run = and(five, not(up(&five, 1)));
    ones(five) + 2 * ones(first_of_run)
}

/// `1011101` with four light modules before it, and with four after it: 40 each.
#[inline(always)]
fn finder_lookalikes<const W: usize>(line: &Line<W>) -> u32 {
    let d = |k| down(line, k);
    let core = and(
        and(and(*line, not(d(1))), and(d(2), d(3))),
        and(and(d(4), not(d(5))), d(6)),
    );
    let before = not(or(
        or(up(line, 1), up(line, 2)),
        or(up(line, 3), up(line, 4)),
    ));
    let after = not(or(or(d(7), d(8)), or(d(9), d(10))));
    40 * (ones(and(core, before)) + ones(and(core, after)))
}

/// 2×2 blocks of one colour in two adjacent rows whose modules are all data: 3 each.
#[inline(always)]
fn same_colour_blocks<const W: usize>(
    above: &Line<W>,
    above_data: &Line<W>,
    below: &Line<W>,
    below_data: &Line<W>,
) -> u32 {
    let both = and(*above_data, *below_data);
    let counted = and(both, down(&both, 1));
    let alike = not(xor(*above, *below));
    let level = not(xor(*above, down(above, 1)));
    3 * ones(and(and(counted, alike), and(down(&alike, 1), level)))
}

/// 10 points for every whole 5 % the dark share (in whole percent, rounded down) is
/// away from 45–54 %.
fn dark_share_score(dark: u32, size: usize) -> u32 {
    let percent = dark as usize * 100 / (size * size);
    let steps = if percent < 50 {
        9 - percent / 5
    } else {
        (percent - 50) / 5
    };
    10 * steps as u32
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_cpu_specific_build_chooses_as_the_portable_one_does() {
        // Random modules at one, two and three words a line; on a CPU with popcnt,
        // `best_mask` runs the build for it and `best_mask_any` the baseline's.
        let mut state = 0x2545_f491_4f6c_dd1d_u64;
        let mut bit = || {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            state & 1 == 1
        };
        for size in [21, 57, 101, 177] {
            let mut masks = Vec::new();
            for _ in 0..8 {
                let dark: Vec<bool> = (0..size * size).map(|_| bit()).collect();
                let function: Vec<bool> = (0..size * size).map(|_| bit() && bit()).collect();
                let mask = best_mask(size, &dark, &function);
                assert_eq!(mask, best_mask_any(size, &dark, &function), "size {size}");
                masks.push(mask);
            }
            // Not one answer for everything: the scores tell the symbols apart.
            masks.dedup();
            assert!(masks.len() > 1, "size {size}: {masks:?}");
        }
    }
}
