//! hutong turns `sites/<slug>/site.yaml` into a static link hub.

pub mod build;
pub mod diagnostic;
pub mod files;
pub mod keys;
pub mod lang;
pub mod links;
pub mod messages;
pub mod output;
pub mod platforms;
pub mod profile;
pub mod qr;
pub mod render;
pub mod schedule;
pub mod schema;
#[cfg(feature = "serve")]
pub mod serve;
pub mod starter;
pub mod suggest;
pub mod yaml;

pub use lang::Lang;
