//! The README's platform table is the registry's: this test fails when they drift.
//! `HUTONG_UPDATE_README=1 cargo test --test readme` rewrites it.

const README: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/README.md");
const START: &str = "<!-- platforms:start -->\n";
const END: &str = "<!-- platforms:end -->";

fn table() -> String {
    let mut out = String::from("| id | platform | 中文 | the `id` is |\n|---|---|---|---|\n");
    for p in hutong::platforms::all() {
        let what = p.id_what.en.replace('|', "\\|");
        out.push_str(&format!(
            "| `{}` | {} | {} | {what} |\n",
            p.id, p.names.en, p.names.zh_hans
        ));
    }
    out
}

#[test]
fn readme_platform_table_matches_the_registry() {
    let readme = std::fs::read_to_string(README).unwrap();
    let start = readme.find(START).expect("start marker") + START.len();
    let end = readme.find(END).expect("end marker");
    let expected = table();
    if readme[start..end] != expected && std::env::var_os("HUTONG_UPDATE_README").is_some() {
        std::fs::write(
            README,
            format!("{}{expected}{}", &readme[..start], &readme[end..]),
        )
        .unwrap();
        return;
    }
    assert!(
        readme[start..end] == expected,
        "README.md's platform table is out of date; run `HUTONG_UPDATE_README=1 cargo test --test readme`"
    );
}

/// The layout block under "## Project layout": the rooms of `src/` as a newcomer reads
/// them. Every top-level file and folder of `src/` must be named there (and every name
/// there must exist), so the tour cannot fall behind the tree.
#[test]
fn readme_layout_names_every_room_of_src() {
    let readme = std::fs::read_to_string(README).unwrap();
    let start = readme.find("## Project layout").expect("layout section");
    let block = &readme[start..];
    let block = &block[block.find("```\n").unwrap() + 4..];
    let block = &block[..block.find("```").unwrap()];
    let root = concat!(env!("CARGO_MANIFEST_DIR"), "/src");
    let mut missing = Vec::new();
    for entry in std::fs::read_dir(root).unwrap() {
        let entry = entry.unwrap();
        let name = entry.file_name().into_string().unwrap();
        let is_dir = entry.file_type().unwrap().is_dir();
        // A module's folder beside its file (`qr.rs` and `qr/`) is told with the file.
        let stem = name.trim_end_matches(".rs");
        let named = if is_dir {
            block.contains(&format!("src/{name}/")) || block.contains(&format!("src/{name}.rs"))
        } else {
            block.contains(&format!("src/{stem}.rs"))
        };
        if !named {
            missing.push(name);
        }
    }
    missing.sort();
    assert!(
        missing.is_empty(),
        "not in the README's layout: {missing:?}"
    );
    for line in block.lines() {
        let Some(path) = line
            .split_whitespace()
            .next()
            .filter(|p| p.starts_with("src/"))
        else {
            continue;
        };
        let path = concat!(env!("CARGO_MANIFEST_DIR"), "/").to_owned() + path;
        assert!(
            std::path::Path::new(&path).exists(),
            "the layout names {path}, which is gone"
        );
    }
}
