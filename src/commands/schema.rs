//! `hutong schema`: the JSON Schema of site.yaml, for editors.

use std::path::PathBuf;
use std::process::ExitCode;

use hutong::Lang;

use super::words as w;

/// `hutong schema` (what it does is said in `super::help`).
#[derive(clap::Args, Debug)]
pub struct SchemaArgs {
    #[arg(short, long, value_name = "FILE", value_hint = clap::ValueHint::FilePath)]
    output: Option<PathBuf>,
}

impl SchemaArgs {
    pub fn run(self, lang: Lang) -> anyhow::Result<ExitCode> {
        let text = schema_text();
        match self.output {
            None => print!("{text}"),
            Some(path) => {
                super::qr::write_file(&path, text.as_bytes(), lang)?;
                let path = path.display().to_string();
                eprintln!("{}", w::WROTE.fill(lang, &[("path", &path)]));
            }
        }
        Ok(ExitCode::SUCCESS)
    }
}

/// The schema as `hutong schema` prints it and `hutong new` writes it: pretty JSON
/// with a final line break.
pub fn schema_text() -> String {
    let mut text = serde_json::to_string_pretty(&hutong::schema::site_schema())
        .expect("a serde_json::Value always serialises");
    text.push('\n');
    text
}
