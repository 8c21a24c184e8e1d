//! The size a page travels at. Needs `flate2` alone, so that the library's unit tests
//! (`src/render/tests.rs`) include this file too and every size budget is measured the
//! same way.

use std::io::Write as _;

/// The size of `bytes` gzipped at level 6, what servers use by default for on-the-fly
/// gzip (nginx's `gzip_comp_level` is 1 by default, which the page would fit less well;
/// static hosts precompress at 6 or better, or serve Brotli, which is smaller still).
pub fn gzipped(bytes: &[u8]) -> usize {
    let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::new(6));
    gz.write_all(bytes).unwrap();
    gz.finish().unwrap().len()
}
