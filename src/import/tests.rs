//! The import from a page's text to the profile it writes, without the disk.

use super::*;
