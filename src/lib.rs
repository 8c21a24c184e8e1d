//! hutong turns `sites/<slug>/site.yaml` into a static link hub.

pub mod build;
pub mod diagnostic;
pub mod files;
pub mod links;
pub mod messages;
pub mod output;
pub mod platforms;
pub mod profile;
pub mod qr;
pub mod qr_image;
pub mod render;
pub mod schema;
#[cfg(feature = "serve")]
pub mod serve;
pub mod starter;
pub mod suggest;
pub mod yaml;

/// The language of a site's interface.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, serde::Serialize)]
pub enum Lang {
    #[default]
    #[serde(rename = "zh-Hans")]
    ZhHans,
    #[serde(rename = "zh-Hant")]
    ZhHant,
    #[serde(rename = "en")]
    En,
}
