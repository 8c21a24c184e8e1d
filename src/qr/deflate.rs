//! A zlib stream (RFC 1950/1951) for the raster of a QR code, made in one pass.
//!
//! Takes scanlines, their length, and how many times each is drawn; gives the zlib
//! bytes of one dynamic-Huffman block. A QR raster is made of few patterns: each module
//! row is one scanline drawn `scale` times, and within a scanline long runs of `0x00` or
//! `0xFF` bytes. So the only back-references tried are the scanline above (distance =
//! scanline length) and the previous byte (distance 1); a general-purpose deflater
//! searches a hash chain at every byte instead, and sets up ~300 KB of tables per
//! stream, which cost more than the rest of the code's drawing put together. Knowing
//! the repeats, the checksum is summed over each distinct scanline once. It does not
//! search other distances, split blocks or make stored blocks: any input comes out
//! correct, but only rasters like ours come out small.

/// Longest and shortest back-reference deflate can express.
const MAX_MATCH: usize = 258;
const MIN_MATCH: usize = 3;
/// Longest code deflate allows for literals/lengths and distances, and for the code
/// lengths' own code.
const MAX_BITS: u8 = 15;
const MAX_CL_BITS: u8 = 7;
/// Order in which the code-length code's lengths are written (RFC 1951 3.2.7).
const CL_ORDER: [usize; 19] = [
    16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15,
];
/// Length codes 257…285: base length and extra bits.
const LEN_BASE: [u16; 29] = [
    3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27, 31, 35, 43, 51, 59, 67, 83, 99, 115, 131,
    163, 195, 227, 258,
];
const LEN_EXTRA: [u8; 29] = [
    0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0,
];
/// Distance codes 0…29: base distance and extra bits.
const DIST_BASE: [u16; 30] = [
    1, 2, 3, 4, 5, 7, 9, 13, 17, 25, 33, 49, 65, 97, 129, 193, 257, 385, 513, 769, 1025, 1537,
    2049, 3073, 4097, 6145, 8193, 12289, 16385, 24577,
];
const DIST_EXTRA: [u8; 30] = [
    0, 0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7, 8, 8, 9, 9, 10, 10, 11, 11, 12, 12, 13,
    13,
];

/// One deflate symbol: a literal byte, or a back-reference of `len` bytes `dist` back.
#[derive(Clone, Copy)]
enum Token {
    Literal(u8),
    Match { len: u16, dist: u16 },
}

/// The zlib stream of `lines` (scanlines of `stride` bytes, the last one maybe shorter)
/// with each line written `times` over, trying back-references to the byte before and
/// to the byte `stride` before (the same place in the scanline above).
///
/// # Panics
/// If `stride` is 0 or over 32,768 (deflate's window), or `times` is 0.
pub(super) fn zlib(lines: &[u8], stride: usize, times: usize) -> Vec<u8> {
    assert!(
        (1..=32_768).contains(&stride),
        "stride outside deflate's window"
    );
    assert!(times > 0, "every line is written at least once");
    let mut raw = Vec::with_capacity(lines.len() * times);
    for line in lines.chunks(stride) {
        for _ in 0..times {
            raw.extend_from_slice(line);
        }
    }
    let tokens = tokens(&raw, stride);

    let mut lit_freq = [0u32; 286];
    let mut dist_freq = [0u32; 30];
    lit_freq[256] = 1; // end of block
    for token in &tokens {
        match *token {
            Token::Literal(b) => lit_freq[usize::from(b)] += 1,
            Token::Match { len, dist } => {
                lit_freq[257 + len_code(len)] += 1;
                dist_freq[dist_code(dist)] += 1;
            }
        }
    }
    // Two used symbols at least in each code, so that both are complete codes (zlib
    // rejects an incomplete literal/length code; one distance code is a special case
    // that some decoders get wrong).
    for freq in [&mut lit_freq[..], &mut dist_freq[..]] {
        for slot in 0..2 {
            if freq.iter().filter(|&&f| f > 0).count() < 2 && freq[slot] == 0 {
                freq[slot] = 1;
            }
        }
    }
    let lit_len = code_lengths(&lit_freq, MAX_BITS);
    let dist_len = code_lengths(&dist_freq, MAX_BITS);
    let lit_codes = codes(&lit_len);
    let dist_codes = codes(&dist_len);

    let mut out = Bits::with_capacity(raw.len() / 8 + 128);
    // CMF: deflate, 32 KiB window; FLG: fastest level, and the check bits making
    // CMF·256 + FLG a multiple of 31.
    out.bytes.extend_from_slice(&[0x78, 0x01]);
    out.put(1, 1); // BFINAL
    out.put(2, 2); // BTYPE: dynamic Huffman
    write_header(&mut out, &lit_len, &dist_len);
    for token in &tokens {
        match *token {
            Token::Literal(b) => out.put(lit_codes[usize::from(b)], lit_len[usize::from(b)]),
            Token::Match { len, dist } => {
                let lc = len_code(len);
                out.put(lit_codes[257 + lc], lit_len[257 + lc]);
                out.put(u32::from(len - LEN_BASE[lc]), LEN_EXTRA[lc]);
                let dc = dist_code(dist);
                out.put(dist_codes[dc], dist_len[dc]);
                out.put(u32::from(dist - DIST_BASE[dc]), DIST_EXTRA[dc]);
            }
        }
    }
    out.put(lit_codes[256], lit_len[256]);
    let mut bytes = out.finish();
    bytes.extend_from_slice(&adler32(lines, stride, times).to_be_bytes());
    bytes
}

/// Greedy parse: at each byte the longer of the two candidate matches, if it is long
/// enough to pay, else a literal.
fn tokens(raw: &[u8], stride: usize) -> Vec<Token> {
    // A QR raster comes to about one token per 25 bytes; other data grows the vector.
    let mut tokens = Vec::with_capacity(raw.len() / 16);
    let mut i = 0;
    while i < raw.len() {
        let limit = (raw.len() - i).min(MAX_MATCH);
        // The match at `dist`, or 0 when it is too short to use: how much shorter
        // does not matter, as a literal is written either way. Most literals fail the
        // first three bytes, so a full comparison is set up only past them.
        let run = |dist: usize| {
            if i < dist
                || limit < MIN_MATCH
                || raw[i..i + MIN_MATCH] != raw[i - dist..i - dist + MIN_MATCH]
            {
                return 0;
            }
            common_prefix(&raw[i..i + limit], &raw[i - dist..i - dist + limit])
        };
        // The scanline above wins ties; when it matches as far as a match can go (the
        // copies of a scanline), the previous byte cannot do better.
        let up = run(stride);
        let prev = if up == limit { 0 } else { run(1) };
        let (len, dist) = if up >= prev { (up, stride) } else { (prev, 1) };
        if len >= MIN_MATCH {
            // Both fit in u16: len ≤ 258, dist ≤ 32,768.
            tokens.push(Token::Match {
                len: len as u16,
                dist: dist as u16,
            });
            i += len;
        } else {
            tokens.push(Token::Literal(raw[i]));
            i += 1;
        }
    }
    tokens
}

/// How many leading bytes `a` and `b` (of equal length) share, eight at a time: the
/// scanlines a QR raster repeats are compared whole, and byte by byte that compare was
/// most of the compressor's time.
#[inline]
fn common_prefix(a: &[u8], b: &[u8]) -> usize {
    let mut n = 0;
    for (x, y) in a.chunks_exact(8).zip(b.chunks_exact(8)) {
        let x = u64::from_le_bytes(x.try_into().expect("chunks of 8"));
        let y = u64::from_le_bytes(y.try_into().expect("chunks of 8"));
        if x != y {
            // Little-endian: the first differing byte holds the lowest set bit.
            return n + ((x ^ y).trailing_zeros() / 8) as usize;
        }
        n += 8;
    }
    n + a[n..]
        .iter()
        .zip(&b[n..])
        .take_while(|(x, y)| x == y)
        .count()
}

/// `LEN_CODE[len - 3]`: the index of the length code (0 for code 257) of a match length
/// of 3…258, the table zlib uses in place of a search per match.
const LEN_CODE: [u8; 256] = code_table(&LEN_BASE, 3);

/// The distance code of every distance of 1…256 (`[dist - 1]`), then of every 128
/// distances from 257 on (`[256 + (dist - 1) >> 7]`): codes 16 and up each span a
/// multiple of 128 distances. zlib's table, for the same reason as [`LEN_CODE`].
const DIST_CODE: [u8; 512] = code_table(&DIST_BASE, 1);

/// The code of each value from `first`: entry `i` for the value `first + i` below 256,
/// then for every 128th value (`first + (i − 256)·128`). A value's code is the last of
/// `bases` (ascending) at or below it.
const fn code_table<const N: usize>(bases: &[u16], first: usize) -> [u8; N] {
    let mut table = [0u8; N];
    let mut i = 0;
    while i < N {
        let value = first + if i < 256 { i } else { (i - 256) << 7 };
        let mut code = 0;
        while code + 1 < bases.len() && bases[code + 1] as usize <= value {
            code += 1;
        }
        table[i] = code as u8;
        i += 1;
    }
    table
}

/// Index of the length code (0 for code 257) for a match length of 3…258.
fn len_code(len: u16) -> usize {
    usize::from(LEN_CODE[usize::from(len) - 3])
}

/// The distance code for a distance of 1…32,768.
fn dist_code(dist: u16) -> usize {
    let d = usize::from(dist) - 1;
    usize::from(if d < 256 {
        DIST_CODE[d]
    } else {
        DIST_CODE[256 + (d >> 7)]
    })
}

/// Writes the block header after BTYPE: the counts, the code-length code, and both
/// codes' lengths run-length encoded with it (RFC 1951 3.2.7).
fn write_header(out: &mut Bits, lit_len: &[u8], dist_len: &[u8]) {
    let hlit = 257.max(lit_len.iter().rposition(|&l| l > 0).map_or(0, |p| p + 1));
    let hdist = 1.max(dist_len.iter().rposition(|&l| l > 0).map_or(0, |p| p + 1));
    let lengths: Vec<u8> = lit_len[..hlit]
        .iter()
        .chain(&dist_len[..hdist])
        .copied()
        .collect();
    // (symbol 0–18, extra bits value)
    let mut cl_symbols: Vec<(u8, u8)> = Vec::with_capacity(lengths.len());
    let mut i = 0;
    while i < lengths.len() {
        let len = lengths[i];
        let same = lengths[i..].iter().take_while(|&&l| l == len).count();
        if len == 0 && same >= 11 {
            let n = same.min(138);
            cl_symbols.push((18, (n - 11) as u8));
            i += n;
        } else if len == 0 && same >= 3 {
            cl_symbols.push((17, (same - 3) as u8));
            i += same;
        } else if len != 0 && same >= 4 {
            // The length itself once, then repeats of it, 3 to 6 at a time.
            cl_symbols.push((len, 0));
            let mut left = same - 1;
            while left >= 3 {
                let n = left.min(6);
                cl_symbols.push((16, (n - 3) as u8));
                left -= n;
            }
            for _ in 0..left {
                cl_symbols.push((len, 0));
            }
            i += same;
        } else {
            cl_symbols.push((len, 0));
            i += 1;
        }
    }
    let mut cl_freq = [0u32; 19];
    for &(sym, _) in &cl_symbols {
        cl_freq[usize::from(sym)] += 1;
    }
    for slot in 0..2 {
        if cl_freq.iter().filter(|&&f| f > 0).count() < 2 && cl_freq[slot] == 0 {
            cl_freq[slot] = 1;
        }
    }
    let cl_len = code_lengths(&cl_freq, MAX_CL_BITS);
    let cl_codes = codes(&cl_len);
    let hclen = 4.max(
        CL_ORDER
            .iter()
            .rposition(|&s| cl_len[s] > 0)
            .map_or(0, |p| p + 1),
    );

    out.put((hlit - 257) as u32, 5);
    out.put((hdist - 1) as u32, 5);
    out.put((hclen - 4) as u32, 4);
    for &sym in &CL_ORDER[..hclen] {
        out.put(u32::from(cl_len[sym]), 3);
    }
    for (sym, extra) in cl_symbols {
        let s = usize::from(sym);
        out.put(cl_codes[s], cl_len[s]);
        match sym {
            16 => out.put(u32::from(extra), 2),
            17 => out.put(u32::from(extra), 3),
            18 => out.put(u32::from(extra), 7),
            _ => {}
        }
    }
}

/// Huffman code lengths for these symbol frequencies, none over `limit` bits; unused
/// symbols get 0. When the optimal code is too deep, the frequencies are flattened
/// (halved, keeping every used symbol at 1 or more) until it fits, which costs a little
/// compression on data skewed enough to need it and nothing otherwise.
fn code_lengths(freq: &[u32], limit: u8) -> Vec<u8> {
    let mut freq = freq.to_vec();
    loop {
        let lengths = huffman_lengths(&freq);
        if lengths.iter().all(|&l| l <= limit) {
            return lengths;
        }
        for f in freq.iter_mut().filter(|f| **f > 0) {
            *f = (*f / 2).max(1);
        }
    }
}

/// Optimal (unlimited) Huffman code lengths, by merging the two lightest trees.
fn huffman_lengths(freq: &[u32]) -> Vec<u8> {
    let mut lengths = vec![0u8; freq.len()];
    // Nodes: leaves first, then internal nodes; parent links to read the depths back.
    let mut weight: Vec<u64> = Vec::with_capacity(2 * freq.len());
    let mut parent: Vec<usize> = Vec::with_capacity(2 * freq.len());
    let mut leaves: Vec<usize> = Vec::new();
    for (sym, &f) in freq.iter().enumerate() {
        if f > 0 {
            leaves.push(sym);
            weight.push(u64::from(f));
            parent.push(usize::MAX);
        }
    }
    if leaves.len() < 2 {
        for &sym in &leaves {
            lengths[sym] = 1;
        }
        return lengths;
    }
    // Two queues: leaves sorted by weight, and internal nodes, which are made in
    // nondecreasing weight order; the lightest of their heads is the next to merge.
    let mut order: Vec<usize> = (0..leaves.len()).collect();
    order.sort_by_key(|&n| (weight[n], n));
    let (mut next_leaf, mut next_inner) = (0, leaves.len());
    let lightest = |next_leaf: &mut usize, next_inner: &mut usize, weight: &[u64]| {
        let take_leaf = *next_leaf < order.len()
            && (*next_inner >= weight.len() || weight[order[*next_leaf]] <= weight[*next_inner]);
        if take_leaf {
            *next_leaf += 1;
            order[*next_leaf - 1]
        } else {
            *next_inner += 1;
            *next_inner - 1
        }
    };
    for _ in 1..leaves.len() {
        let a = lightest(&mut next_leaf, &mut next_inner, &weight);
        let b = lightest(&mut next_leaf, &mut next_inner, &weight);
        let node = weight.len();
        weight.push(weight[a] + weight[b]);
        parent.push(usize::MAX);
        parent[a] = node;
        parent[b] = node;
    }
    // Depths, from the root (the last node) down: a parent always comes after its
    // children, so walking backwards sees every parent first.
    let mut depth = vec![0u8; weight.len()];
    for n in (0..weight.len() - 1).rev() {
        depth[n] = depth[parent[n]].saturating_add(1);
    }
    for (n, &sym) in leaves.iter().enumerate() {
        lengths[sym] = depth[n];
    }
    lengths
}

/// Canonical codes for these lengths (RFC 1951 3.2.2), bit-reversed for writing
/// least significant bit first.
fn codes(lengths: &[u8]) -> Vec<u32> {
    let mut count = [0u32; 16];
    for &l in lengths.iter().filter(|&&l| l > 0) {
        count[usize::from(l)] += 1;
    }
    let mut next = [0u32; 16];
    let mut code = 0;
    for bits in 1..16 {
        code = (code + count[bits - 1]) << 1;
        next[bits] = code;
    }
    lengths
        .iter()
        .map(|&l| {
            if l == 0 {
                return 0;
            }
            let c = next[usize::from(l)];
            next[usize::from(l)] += 1;
            c.reverse_bits() >> (32 - u32::from(l))
        })
        .collect()
}

/// A bit writer, least significant bit first, as deflate packs its bits.
struct Bits {
    bytes: Vec<u8>,
    acc: u64,
    count: u32,
}

impl Bits {
    fn with_capacity(capacity: usize) -> Bits {
        Bits {
            bytes: Vec::with_capacity(capacity),
            acc: 0,
            count: 0,
        }
    }

    /// Appends the low `bits` (at most 16) of `value`. Fewer than 32 bits wait in
    /// `acc`, written out four bytes at a time.
    #[inline]
    fn put(&mut self, value: u32, bits: u8) {
        debug_assert!(bits <= 16 && value >> bits == 0);
        self.acc |= u64::from(value) << self.count;
        self.count += u32::from(bits);
        if self.count >= 32 {
            self.bytes
                .extend_from_slice(&(self.acc as u32).to_le_bytes());
            self.acc >>= 32;
            self.count -= 32;
        }
    }

    fn finish(mut self) -> Vec<u8> {
        let left = self.count.div_ceil(8) as usize;
        self.bytes
            .extend_from_slice(&self.acc.to_le_bytes()[..left]);
        self.bytes
    }
}

/// Adler-32 (RFC 1950) of `lines` (of `stride` bytes) with each line written `times`
/// over, summing each line's bytes once: from a running `(a, b)`, a line of `n` bytes
/// `x` adds Σx to `a` and `n·a + Σ(n − j)·x[j]` to `b`, the same for every copy.
fn adler32(lines: &[u8], stride: usize, times: usize) -> u32 {
    const MOD: u64 = 65_521;
    let (mut a, mut b) = (1u64, 0u64);
    let k = times as u64;
    let pairs = ((u128::from(k) * u128::from(k.saturating_sub(1)) / 2) % u128::from(MOD)) as u64;
    let k = k % MOD;
    for line in lines.chunks(stride) {
        // Within u64: a line is at most 32,768 bytes, so Σ(n − j)·x[j] < 2^38.
        let (mut sum, mut weighted) = (0u64, 0u64);
        for &x in line {
            sum += u64::from(x);
            weighted += sum;
        }
        // k copies at once: b gains k·(n·a + Σ(n − j)·x[j]) + n·Σx·k(k − 1)/2, as each
        // copy finds `a` grown by Σx once more; then `a` gains k·Σx.
        let (sum, weighted, n) = (sum % MOD, weighted % MOD, line.len() as u64 % MOD);
        b = (b + k * ((n * a + weighted) % MOD) + (n * sum % MOD) * pairs) % MOD;
        a = (a + k * sum) % MOD;
    }
    ((b << 16) | a) as u32
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Read as _;

    fn inflate(z: &[u8]) -> Vec<u8> {
        let mut out = Vec::new();
        flate2::read::ZlibDecoder::new(z)
            .read_to_end(&mut out)
            .expect("a valid zlib stream");
        out
    }

    #[test]
    fn round_trips_through_a_standard_inflater() {
        let mut raster = Vec::new();
        for row in 0..40u8 {
            let line: Vec<u8> = (0..53u8)
                .map(|x| {
                    if (x / 5 + row / 10) % 3 == 0 {
                        0xff
                    } else {
                        0x3f
                    }
                })
                .collect();
            raster.extend_from_slice(&line);
        }
        let noise: Vec<u8> = (0..5000u32)
            .map(|i| (i.wrapping_mul(2_654_435_761) >> 13) as u8)
            .collect();
        for (data, stride) in [
            (raster.clone(), 53),
            (noise, 7),
            (Vec::new(), 1),
            (vec![0], 1),
            (vec![7; 100_000], 300),
            (b"abcabcabc".to_vec(), 3),
        ] {
            assert_eq!(inflate(&zlib(&data, stride, 1)), data, "stride {stride}");
        }
        assert!(zlib(&raster, 53, 1).len() < raster.len() / 10);
        // Lines written over: the stream holds each one `times` in a row, the last
        // (shorter) one too.
        let lines: Vec<u8> = (0..100u8).collect();
        let repeated: Vec<u8> = lines.chunks(30).flat_map(|line| line.repeat(4)).collect();
        assert_eq!(inflate(&zlib(&lines, 30, 4)), repeated);
        assert_eq!(zlib(&lines, 30, 4), zlib(&repeated, 30, 1));
    }

    #[test]
    fn skewed_frequencies_stay_within_fifteen_bits() {
        // Fibonacci frequencies make the optimal code as deep as there are symbols.
        let mut freq = vec![0u32; 30];
        let (mut a, mut b) = (1u32, 1u32);
        for f in &mut freq {
            *f = a;
            (a, b) = (b, a + b);
        }
        assert!(huffman_lengths(&freq).iter().any(|&l| l > 15));
        let lengths = code_lengths(&freq, 15);
        assert!(lengths.iter().all(|&l| (1..=15).contains(&l)));
        // Kraft equality: a complete prefix code.
        let kraft: f64 = lengths.iter().map(|&l| 0.5f64.powi(i32::from(l))).sum();
        assert!((kraft - 1.0).abs() < 1e-9, "{kraft}");
    }

    #[test]
    fn adler32_matches_the_reference_value() {
        // RFC 1950's example value for "Wikipedia", in lines of any length.
        for stride in [1, 4, 9, 100] {
            assert_eq!(adler32(b"Wikipedia", stride, 1), 0x11E6_0398);
        }
        assert_eq!(adler32(&[], 1, 3), 1);
        // Long lines written over, across the modulus many times: the plain definition
        // over every byte as written.
        let lines: Vec<u8> = (0..20_000u32).map(|i| (i * 7 % 251) as u8).collect();
        for (stride, times) in [(20_000, 1), (4_000, 3), (777, 10)] {
            let (mut a, mut b) = (1u64, 0u64);
            for line in lines.chunks(stride) {
                for _ in 0..times {
                    for &x in line {
                        a = (a + u64::from(x)) % 65_521;
                        b = (b + a) % 65_521;
                    }
                }
            }
            assert_eq!(
                adler32(&lines, stride, times),
                ((b << 16) | a) as u32,
                "{stride}×{times}"
            );
        }
    }

    #[test]
    fn code_tables_agree_with_the_bases() {
        // A code's base is the largest at or below the value, and the value's extra
        // bits reach from that base.
        for len in 3..=258u16 {
            let code = len_code(len);
            assert!(LEN_BASE[code] <= len && LEN_BASE.get(code + 1).is_none_or(|&b| b > len));
            assert!(u32::from(len - LEN_BASE[code]) < 1 << LEN_EXTRA[code] || len == 258);
        }
        for dist in 1..=32_768u32 {
            let code = dist_code(dist as u16);
            let base = u32::from(DIST_BASE[code]);
            assert!(base <= dist, "{dist}");
            assert!(dist - base < 1 << DIST_EXTRA[code], "{dist}");
        }
    }

    #[test]
    fn common_prefix_finds_the_first_difference() {
        let a: Vec<u8> = (0..40).collect();
        for at in 0..40 {
            let mut b = a.clone();
            b[at] ^= 0x10;
            assert_eq!(common_prefix(&a, &b), at);
        }
        assert_eq!(common_prefix(&a, &a), 40);
    }
}
