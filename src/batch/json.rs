//! A batch's report for machines: `hutong build --format json`.
//!
//! Takes a [`Report`] (and the output folder and shard it was built with); gives
//! [`JsonReport`], which serialises to the documented JSON: one entry per site, in the
//! order the sites were given, with its diagnostics by code, and the totals. It does
//! not build or print anything.

use std::path::Path;
use std::time::Duration;

use serde::ser::SerializeStruct as _;
use serde::{Serialize, Serializer};

use super::{Report, Shard};
use crate::build::{Counts, SiteReport, Timings};
use crate::diagnostic::Diagnostic;

/// A batch's outcome for machines (`hutong build --format json`): one entry per site,
/// in the order the sites were given, and the totals. `version` changes only when a
/// field changes meaning or disappears; new fields may be added.
#[derive(Debug, Clone, Serialize)]
pub struct JsonReport {
    pub version: u32,
    /// Every site was built.
    pub ok: bool,
    /// The slice built, when the batch was sharded.
    pub shard: Option<Shard>,
    pub out_dir: String,
    pub totals: JsonTotals,
    pub elapsed_ms: f64,
    pub sites: Vec<JsonSite>,
}

/// Sums over a batch's sites.
#[derive(Debug, Clone, Default, Serialize)]
pub struct JsonTotals {
    pub sites: usize,
    pub ok: usize,
    /// Sites not built because nothing they are made from changed.
    pub up_to_date: usize,
    pub failed: usize,
    #[serde(flatten)]
    pub wrote: Counts,
    pub errors: usize,
    pub warnings: usize,
}

/// One site of a [`JsonReport`]. A failed site has `ok: false`, `out: null`, zeros for
/// what it would have written, and at least one entry in `errors`.
#[derive(Debug, Clone, Serialize)]
pub struct JsonSite {
    pub slug: String,
    /// The site folder, as given.
    pub dir: String,
    /// Its `site.yaml`, as the diagnostics name it.
    pub profile: String,
    pub ok: bool,
    /// Not built: the output in `out` was made from the same files by the same hutong
    /// (its `pages` … `bytes` are that build's; its timings are zero but `parse`, spent
    /// reading the profile again when it had warnings).
    pub up_to_date: bool,
    /// The folder written, when the site was built.
    pub out: Option<String>,
    /// What was written (zeros for a failed site).
    #[serde(flatten)]
    pub wrote: Counts,
    pub errors: Vec<JsonDiagnostic>,
    pub warnings: Vec<JsonDiagnostic>,
    pub timings_ms: Timings,
}

/// A problem, with its place in the profile when it has one.
#[derive(Debug, Clone, Serialize)]
pub struct JsonDiagnostic {
    /// What kind of problem, the same in every language (`unknown-key`); see
    /// `hutong::messages`. Failures after the profile was read have `output-failed` or
    /// `generate-failed`.
    pub code: String,
    pub message: String,
    pub line: Option<usize>,
    pub column: Option<usize>,
    pub hint: Option<String>,
}

/// In the report, each stage's time is in milliseconds (`timings_ms`).
impl Serialize for Timings {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let stages = [
            ("parse", self.parse),
            ("links", self.links),
            ("qr", self.qr),
            ("render", self.render),
            ("write", self.write),
        ];
        let mut out = serializer.serialize_struct("Timings", stages.len())?;
        for (stage, time) in stages {
            out.serialize_field(stage, &ms(time))?;
        }
        out.end()
    }
}

fn ms(duration: Duration) -> f64 {
    // Rounded to microseconds: more digits are noise and make the report harder to read.
    (duration.as_secs_f64() * 1e6).round() / 1e3
}

impl From<&Diagnostic> for JsonDiagnostic {
    fn from(d: &Diagnostic) -> Self {
        JsonDiagnostic {
            code: d.code.to_owned(),
            message: d.message.clone(),
            line: d.at.map(|at| at.line),
            column: d.at.map(|at| at.col),
            hint: d.hint.clone(),
        }
    }
}

impl From<&SiteReport> for JsonSite {
    fn from(report: &SiteReport) -> Self {
        let diagnostics = &report.site.parsed.diagnostics;
        let mut errors: Vec<JsonDiagnostic> = diagnostics
            .iter()
            .filter(|d| d.is_error())
            .map(JsonDiagnostic::from)
            .collect();
        if let Some(failure) = &report.failure {
            errors.push(JsonDiagnostic::from(&failure.diagnostic()));
        }
        let written = report.written.as_ref();
        JsonSite {
            slug: report.site.slug.clone(),
            dir: report.site.dir.to_string_lossy().into_owned(),
            profile: report.site.path.to_string_lossy().into_owned(),
            ok: report.ok(),
            up_to_date: report.up_to_date,
            out: written.map(|w| w.dir.to_string_lossy().into_owned()),
            wrote: written.map(|w| w.counts).unwrap_or_default(),
            errors,
            warnings: diagnostics
                .iter()
                .filter(|d| d.is_warning())
                .map(JsonDiagnostic::from)
                .collect(),
            timings_ms: report.timings,
        }
    }
}

impl JsonReport {
    /// The report of a batch built into `out_dir`, which was `shard` of a larger list
    /// when given.
    pub fn new(report: &Report, out_dir: &Path, shard: Option<Shard>) -> JsonReport {
        let sites: Vec<JsonSite> = report.sites.iter().map(JsonSite::from).collect();
        let mut totals = JsonTotals {
            sites: sites.len(),
            ..JsonTotals::default()
        };
        for site in &sites {
            totals.up_to_date += usize::from(site.up_to_date);
            if site.ok {
                totals.ok += 1;
            } else {
                totals.failed += 1;
            }
            totals.wrote += site.wrote;
            totals.errors += site.errors.len();
            totals.warnings += site.warnings.len();
        }
        JsonReport {
            version: 1,
            ok: totals.failed == 0,
            shard,
            out_dir: out_dir.to_string_lossy().into_owned(),
            totals,
            elapsed_ms: ms(report.elapsed),
            sites,
        }
    }
}
