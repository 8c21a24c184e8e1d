//! `hutong schema`: the JSON Schema of site.yaml, for editors.

use std::path::PathBuf;
use std::process::ExitCode;

/// Print the JSON Schema of site.yaml, for completion and checks in editors
/// (yaml-language-server, VS Code's YAML extension, and others)
#[derive(clap::Args, Debug)]
pub struct SchemaArgs {
    /// Write the schema to FILE instead of standard output
    #[arg(short, long, value_name = "FILE", value_hint = clap::ValueHint::FilePath)]
    output: Option<PathBuf>,
}

impl SchemaArgs {
    pub fn run(self) -> anyhow::Result<ExitCode> {
        let text = schema_text();
        match self.output {
            None => print!("{text}"),
            Some(path) => {
                super::qr::write_file(&path, text.as_bytes())?;
                eprintln!("wrote {}", path.display());
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
