//! hutong turns `sites/<slug>/site.yaml` into a static link hub.
//!
//! The pipeline, one site at a time: [`profile::load`] reads the folder's `site.yaml`
//! (and its avatar) into a checked [`Profile`], or into diagnostics with positions when
//! the file has problems; each account names a platform from the registry in
//! [`platforms`]; [`links::resolve_at`] turns the profile, the registry and the keys
//! remembered in `keys.lock` ([`keys`]) into one [`Link`] per account shown on the
//! build's day ([`schedule`]) (web URL, app links, text to copy, QR payload); [`qr`] draws
//! each link's code as SVG and PNG; [`render`] makes the pages (the hub, a `go/` page per
//! link, the 404) and [`files`] the vCard, robots.txt, sitemap and headers; [`output`]
//! writes them into a staging folder and swaps it into place. [`build_site`] runs all
//! of that for one site, in that order ([`build`](mod@build)); [`build()`] runs it for
//! many sites in parallel ([`batch`]) and returns a [`Report`]; neither prints.
//!
//! On top sit the dev server (`serve`, behind the `serve` feature: build, serve on
//! 127.0.0.1, rebuild on change) and the `hutong` command line (`src/main.rs`), which
//! parses arguments, calls these entry points and prints what they return.

// The library returns text and reports; only the binary writes to the terminal.
#![warn(clippy::print_stdout, clippy::print_stderr)]

pub mod batch;
pub mod build;
#[cfg(test)]
mod catalogue;
pub mod diagnostic;
pub mod escape;
pub mod files;
pub mod import;
pub mod keys;
pub mod lang;
pub mod links;
pub mod messages;
pub mod output;
pub mod platforms;
pub mod profile;
pub mod qr;
pub mod qr_image;
pub mod render;
#[cfg(feature = "resolve")]
pub mod resolve;
pub mod schedule;
pub mod schema;
#[cfg(feature = "serve")]
pub mod serve;
pub mod starter;
pub mod suggest;

pub use batch::{Options, Report, build};
pub use build::{SiteReport, build_site};
pub use diagnostic::Diagnostic;
pub use lang::Lang;
pub use links::Link;
pub use profile::{Profile, Site, load};
