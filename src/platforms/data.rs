use super::*;
pub(super) static PLATFORMS: &[Platform] = &[];
