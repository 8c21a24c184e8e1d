//! hutong turns `sites/<slug>/site.yaml` into a static link hub.

pub mod platforms;
