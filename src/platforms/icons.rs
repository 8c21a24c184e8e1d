/// A platform's mark.
#[derive(Debug, Clone, Copy)]
pub enum Icon {
    /// An SVG path in a 24×24 view box (simple-icons, or drawn for hutong).
    Path(&'static str),
    /// A fallback mark: one or two characters drawn on the brand colour.
    Mark(&'static str),
}
