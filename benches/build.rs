//! Build benchmarks: `cargo bench --bench build`.
//!
//! Prints wall-clock figures for (1) building the example site `sites/xiaoman`, (2) a
//! cold batch of 1,000 generated sites of 20 accounts each into an empty folder, with
//! the process's CPU time (user and kernel: most of the kernel's is creating the 90,000
//! files) and peak RSS, (3) the time per stage (parse, links, QR, render, write)
//! summed over that batch, and (4) incremental rebuilds of that batch into the same
//! folder: with nothing changed, and after one profile of the 1,000 changed. Timings
//! are measured, never asserted: machines are shared and noisy.
//! `scripts/compare-hugo.py` times the same workload (`benches/accounts.txt`) against Hugo.

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use hutong::batch::{self, Options};
use hutong::build;

/// The accounts of every generated creator: `platform id` a line, `#` for a comment.
const ACCOUNTS: &str = include_str!("accounts.txt");

/// [`ACCOUNTS`] as (platform, id) pairs.
fn platforms() -> impl Iterator<Item = (&'static str, &'static str)> {
    ACCOUNTS
        .lines()
        .filter(|line| !line.is_empty() && !line.starts_with('#'))
        .map(|line| line.split_once(' ').expect("`platform id`"))
}

fn generated_profile(i: usize) -> String {
    let mut yaml = format!(
        "name: 创作者 {i}\ntagline: 插画 · 手作 · 直播\nbase_url: https://c{i}.example.com/\nbio: |\n  第 {i} 位创作者。**欢迎合作。**\naccounts:\n"
    );
    for (platform, id) in platforms() {
        yaml.push_str(&format!(
            "  - platform: {platform}\n    id: \"{id}\"\n    note: 账号备注\n"
        ));
    }
    yaml
}

/// The process's user and system CPU time so far, and its peak RSS in KiB (zeros where
/// there is no `getrusage`).
#[cfg(not(unix))]
fn cpu() -> (Duration, Duration, i64) {
    (Duration::ZERO, Duration::ZERO, 0)
}

#[cfg(unix)]
fn cpu() -> (Duration, Duration, i64) {
    // SAFETY: getrusage fills the struct it is given; a zeroed rusage is a valid value.
    let usage = unsafe {
        let mut usage: libc::rusage = std::mem::zeroed();
        libc::getrusage(libc::RUSAGE_SELF, &mut usage);
        usage
    };
    let time = |t: libc::timeval| Duration::new(t.tv_sec as u64, t.tv_usec as u32 * 1000);
    (time(usage.ru_utime), time(usage.ru_stime), usage.ru_maxrss)
}

fn median(mut samples: Vec<Duration>) -> Duration {
    samples.sort();
    samples[samples.len() / 2]
}

fn main() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let tmp = tempfile::tempdir().expect("temporary folder");

    // 1. The example site, one at a time.
    let example = root.join("sites/xiaoman");
    let samples: Vec<Duration> = (0..30)
        .map(|_| {
            let start = Instant::now();
            let report = build::build_site(&example, &tmp.path().join("one"));
            assert!(report.ok(), "{:?}", build::describe_failure(&report));
            start.elapsed()
        })
        .collect();
    println!(
        "example site (sites/xiaoman): median {:.2?} over {} builds",
        median(samples),
        30
    );

    // 2. A batch of 1,000 sites of 20 accounts each.
    let sites_dir = tmp.path().join("sites");
    let sites: Vec<PathBuf> = (0..1000)
        .map(|i| {
            let dir = sites_dir.join(format!("c{i:04}"));
            std::fs::create_dir_all(&dir).unwrap();
            std::fs::write(dir.join("site.yaml"), generated_profile(i)).unwrap();
            dir
        })
        .collect();
    let options = Options {
        sites,
        out_dir: tmp.path().join("dist"),
        jobs: 0,
        lang: None,
        ..Options::default()
    };
    let before = cpu();
    let report = batch::build(&options);
    let after = cpu();
    assert_eq!(report.failed(), 0);
    let (files, bytes) = report
        .sites
        .iter()
        .filter_map(|s| s.written.as_ref())
        .fold((0, 0), |(files, bytes), w| {
            (files + w.counts.files, bytes + w.counts.bytes)
        });
    println!(
        "1,000 sites × 20 accounts: {:.2?} wall ({:.2?} per site), {files} files, {:.1} MiB, {} threads",
        report.elapsed,
        report.elapsed / 1000,
        bytes as f64 / 1_048_576.0,
        std::thread::available_parallelism().map_or(1, |n| n.get())
    );
    println!(
        "  CPU {:.2?} user + {:.2?} system; peak RSS {:.1} MiB",
        after.0 - before.0,
        after.1 - before.1,
        after.2 as f64 / 1024.0
    );

    // 3. Where the time goes, summed over the batch's threads (wall time per stage, so
    // on a busy machine it includes waiting for a core).
    let t = report.timings;
    let total = t.parse + t.links + t.qr + t.render + t.write;
    for (stage, d) in [
        ("parse", t.parse),
        ("links", t.links),
        ("qr", t.qr),
        ("render", t.render),
        ("write", t.write),
    ] {
        println!(
            "  {stage:7} {:>10.2?} total  {:>9.2?} per site  {:>5.1}%",
            d,
            d / 1000,
            100.0 * d.as_secs_f64() / total.as_secs_f64()
        );
    }

    // 4. Incremental rebuilds into the same folder: nothing changed, then one profile of
    // the 1,000 changed (a different one each run, so each run rebuilds one site).
    let runs = 7;
    let samples: Vec<Duration> = (0..runs)
        .map(|_| {
            let report = batch::build(&options);
            assert_eq!(report.up_to_date(), 1000);
            report.elapsed
        })
        .collect();
    println!(
        "rebuild into the same folder, nothing changed: median {:.2?} over {runs} runs",
        median(samples)
    );
    let samples: Vec<Duration> = (0..runs)
        .map(|run| {
            let profile = options.sites[run * 97].join("site.yaml");
            let mut text = std::fs::read_to_string(&profile).unwrap();
            text = text.replacen("欢迎合作", "欢迎联系", 1);
            std::fs::write(&profile, text).unwrap();
            let report = batch::build(&options);
            assert_eq!((report.up_to_date(), report.failed()), (999, 0));
            report.elapsed
        })
        .collect();
    println!(
        "rebuild into the same folder, 1 of 1,000 profiles changed: median {:.2?} over {runs} runs",
        median(samples)
    );
}
