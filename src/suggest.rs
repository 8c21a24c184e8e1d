//! "Did you mean …?": the closest known names to a mistyped one.

/// Up to `n` candidates close to `name`, best first. Close means a small edit distance
/// relative to the length, or one being a prefix of the other.
pub fn closest<'a>(
    name: &str,
    candidates: impl IntoIterator<Item = &'a str>,
    n: usize,
) -> Vec<&'a str> {
    let lower = name.to_lowercase();
    let mut scored: Vec<(usize, &str)> = candidates
        .into_iter()
        .filter_map(|c| {
            let distance = strsim::damerau_levenshtein(&lower, c);
            let limit = (c.chars().count().max(lower.chars().count()) / 3).max(1);
            let related = !lower.is_empty()
                && (c.starts_with(&lower) || lower.starts_with(c) || c.contains(lower.as_str()));
            (distance <= limit || related).then_some((distance, c))
        })
        .collect();
    scored.sort();
    scored.into_iter().take(n).map(|(_, c)| c).collect()
}

/// "`a`", "`a` or `b`", "`a`, `b` or `c`".
pub fn or_list(names: &[&str]) -> String {
    let quoted: Vec<String> = names.iter().map(|n| format!("`{n}`")).collect();
    match quoted.split_last() {
        None => String::new(),
        Some((last, [])) => last.clone(),
        Some((last, rest)) => format!("{} or {last}", rest.join(", ")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_typos_and_prefixes() {
        let keys = ["accounts", "avatar", "name", "tagline"];
        assert_eq!(closest("acounts", keys, 3), ["accounts"]);
        assert_eq!(closest("tag", keys, 3), ["tagline"]);
        assert!(closest("zzzzzz", keys, 3).is_empty());
    }

    #[test]
    fn lists_read_naturally() {
        assert_eq!(or_list(&["a"]), "`a`");
        assert_eq!(or_list(&["a", "b", "c"]), "`a`, `b` or `c`");
    }
}
