//! Turns each catalogue of words, `words/<table>.toml`, into `$OUT_DIR/words/<table>.rs`
//! ([`catalogue`]): the whole table as one invocation of the macro its head names, which
//! the module of that table includes as it is; a malformed catalogue stops the build
//! with its file and line.
//!
//! Gives the build an id of the sources it is compiled from (`HUTONG_BUILD_ID`): a hash
//! of every file under `src/`, `templates/` and `words/`, of `Cargo.lock` and of this
//! script. The incremental build's record ([`batch::record`]) keeps it, so a hutong
//! built from other sources — a new version, or a changed template between two
//! releases — rebuilds every site instead of calling the old output up to date. The same sources give the same id on
//! every machine, so CI caches of `dist/` stay valid across fresh installs.

use std::path::{Path, PathBuf};

#[path = "src/catalogue.rs"]
mod catalogue;

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

/// Writes the Rust of every catalogue in `words/`, or panics naming the file and line
/// of the first mistake.
fn words(root: &Path) {
    let out = PathBuf::from(std::env::var_os("OUT_DIR").expect("set by cargo")).join("words");
    std::fs::create_dir_all(&out).expect("OUT_DIR is writable");
    let mut paths = Vec::new();
    files(&root.join("words"), &mut paths);
    for path in paths {
        let Some(table) = path.file_stem().and_then(|s| s.to_str()) else {
            continue;
        };
        if path.extension().is_none_or(|e| e != "toml") {
            continue;
        }
        let source = format!("words/{table}.toml");
        let text = std::fs::read_to_string(&path)
            .unwrap_or_else(|e| panic!("{source}: cannot read it: {e}"));
        let catalogue = catalogue::parse(&source, &text).unwrap_or_else(|e| panic!("{e}"));
        let rust = catalogue::rust(&source, &catalogue);
        std::fs::write(out.join(format!("{table}.rs")), rust).expect("OUT_DIR is writable");
    }
}

fn main() {
    let root = PathBuf::from(std::env::var_os("CARGO_MANIFEST_DIR").expect("set by cargo"));
    let mut paths = vec![root.join("Cargo.lock"), root.join("build.rs")];
    words(&root);
    for dir in ["src", "templates", "words"] {
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
