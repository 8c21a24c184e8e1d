//! Gives the build an id of the sources it is compiled from (`HUTONG_BUILD_ID`): a hash
//! of every file under `src/` and `templates/` and of `Cargo.lock`. The incremental
//! build's record ([`batch::record`]) keeps it, so a hutong built from other sources —
//! a new version, or a changed template between two releases — rebuilds every site
//! instead of calling the old output up to date. The same sources give the same id on
//! every machine, so CI caches of `dist/` stay valid across fresh installs.

use std::path::{Path, PathBuf};

fn files(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            files(&path, out);
        } else {
            out.push(path);
        }
    }
}

/// FNV-1a, 64 bits: enough to tell two source trees apart, and no dependency.
fn fnv(hash: &mut u64, bytes: &[u8]) {
    for &b in bytes {
        *hash ^= u64::from(b);
        *hash = hash.wrapping_mul(0x0100_0000_01b3);
    }
}

fn main() {
    let root = PathBuf::from(std::env::var_os("CARGO_MANIFEST_DIR").expect("set by cargo"));
    let mut paths = vec![root.join("Cargo.lock")];
    for dir in ["src", "templates"] {
        files(&root.join(dir), &mut paths);
        println!("cargo:rerun-if-changed={dir}");
    }
    println!("cargo:rerun-if-changed=Cargo.lock");
    paths.sort();
    let mut hash = 0xcbf2_9ce4_8422_2325;
    for path in &paths {
        let Ok(bytes) = std::fs::read(path) else {
            continue;
        };
        let name = path.strip_prefix(&root).unwrap_or(path);
        fnv(
            &mut hash,
            name.to_string_lossy().replace('\\', "/").as_bytes(),
        );
        fnv(&mut hash, &(bytes.len() as u64).to_le_bytes());
        fnv(&mut hash, &bytes);
    }
    println!("cargo:rustc-env=HUTONG_BUILD_ID={hash:016x}");
}
