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
