//! `hutong qr`: any text as a QR code, drawn in the terminal or written to a file.

use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use anyhow::{Context, bail};
use hutong::qr::{self, Code};

/// The longest text quoted in an SVG's accessible label; longer text is cut short.
const LABEL_CHARS: usize = 100;

/// Draw a QR code of any text: in the terminal (scan it from the screen with a phone),
/// or into an .svg or .png file.
#[derive(clap::Args, Debug)]
pub struct QrArgs {
    /// The text to encode, at most 2331 bytes; `-` reads it from standard input (one
    /// trailing line break is dropped)
    #[arg(value_name = "TEXT")]
    text: String,
    /// Write the code to FILE instead of the terminal, as SVG or as PNG (10 pixels a
    /// module, as a build's codes) by the file's extension
    #[arg(short, long, value_name = "FILE", value_parser = parse_output, value_hint = clap::ValueHint::FilePath)]
    output: Option<Output>,
}

/// Where `-o` writes, and in which format.
#[derive(Clone, Debug)]
struct Output {
    path: PathBuf,
    format: Format,
}

#[derive(Clone, Copy, Debug)]
enum Format {
    Svg,
    Png,
}

/// Reads the format from the file's extension, in any case.
fn parse_output(arg: &str) -> Result<Output, String> {
    let path = PathBuf::from(arg);
    let extension = path
        .extension()
        .map(|e| e.to_string_lossy().to_ascii_lowercase());
    let format = match extension.as_deref() {
        Some("svg") => Format::Svg,
        Some("png") => Format::Png,
        _ => return Err("hutong qr writes .svg or .png files: end the name in one of them".into()),
    };
    Ok(Output { path, format })
}

impl QrArgs {
    pub fn run(self) -> anyhow::Result<ExitCode> {
        let text = if self.text == "-" {
            read_stdin()?
        } else {
            self.text
        };
        if text.is_empty() {
            bail!("the text is empty: give the text to encode, or pipe it in with `-`");
        }
        let code = Code::new(&text)?;
        let Some(output) = self.output else {
            print!("{}", qr::terminal(&code));
            return Ok(ExitCode::SUCCESS);
        };
        let bytes = match output.format {
            Format::Svg => qr::svg(&code, &label(&text)).into_bytes(),
            Format::Png => qr::png(&code, qr::PNG_SCALE),
        };
        write_file(&output.path, &bytes)?;
        eprintln!(
            "wrote {} ({} modules a side, {} bytes of text)",
            output.path.display(),
            code.size(),
            text.len()
        );
        Ok(ExitCode::SUCCESS)
    }
}

/// Standard input as text, without the line break that `echo` and editors add.
fn read_stdin() -> anyhow::Result<String> {
    let mut text = String::new();
    std::io::stdin()
        .read_to_string(&mut text)
        .context("cannot read the text from standard input (it must be UTF-8)")?;
    let trimmed = text
        .strip_suffix("\r\n")
        .or_else(|| text.strip_suffix('\n'))
        .unwrap_or(&text);
    Ok(trimmed.to_owned())
}

/// The SVG's accessible name: what the code says, cut short if long.
fn label(text: &str) -> String {
    let mut chars = text.chars();
    let start: String = chars.by_ref().take(LABEL_CHARS).collect();
    let more = if chars.next().is_some() { "…" } else { "" };
    format!("QR code: {start}{more}")
}

/// Writes `bytes` to `path` atomically: into a temporary file beside it, then renamed
/// over it, so a reader (an editor watching the file, a web server) never sees half a
/// file. Errors name the file.
pub(super) fn write_file(path: &Path, bytes: &[u8]) -> anyhow::Result<()> {
    let name = path
        .file_name()
        .with_context(|| format!("`{}` is not a file name", path.display()))?;
    let mut temporary_name = std::ffi::OsString::from(".");
    temporary_name.push(name);
    temporary_name.push(format!(".{}.tmp", std::process::id()));
    let temporary = path.with_file_name(temporary_name);
    let written =
        std::fs::write(&temporary, bytes).and_then(|()| std::fs::rename(&temporary, path));
    if let Err(e) = written {
        // Best effort: the temporary file may not exist if the write itself failed.
        let _ = std::fs::remove_file(&temporary);
        return Err(e).with_context(|| format!("cannot write `{}`", path.display()));
    }
    Ok(())
}
