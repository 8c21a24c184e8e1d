//! `hutong qr`: any text as a QR code, drawn in the terminal or written to a file.

use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use anyhow::{Context, bail};
use hutong::Lang;
use hutong::qr::{self, Code};

use super::usage::Refused;
use super::words as w;

/// The longest text quoted in an SVG's accessible label; longer text is cut short.
const LABEL_CHARS: usize = 100;

/// `hutong qr` (what it does is said in `super::help`).
#[derive(clap::Args, Debug)]
pub struct QrArgs {
    #[arg(value_name = "TEXT")]
    text: String,
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
fn parse_output(arg: &str) -> Result<Output, Refused> {
    let path = PathBuf::from(arg);
    let extension = path
        .extension()
        .map(|e| e.to_string_lossy().to_ascii_lowercase());
    let format = match extension.as_deref() {
        Some("svg") => Format::Svg,
        Some("png") => Format::Png,
        _ => return Err(Refused(&w::VALUE_QR_EXTENSION)),
    };
    Ok(Output { path, format })
}

impl QrArgs {
    pub fn run(self, lang: Lang) -> anyhow::Result<ExitCode> {
        let text = if self.text == "-" {
            read_stdin(lang)?
        } else {
            self.text
        };
        if text.is_empty() {
            bail!(w::QR_EMPTY.get(lang));
        }
        let code = Code::new(&text)?;
        let Some(output) = self.output else {
            print!("{}", qr::terminal(&code));
            return Ok(ExitCode::SUCCESS);
        };
        let bytes = match output.format {
            Format::Svg => qr::svg(&code, &label(&text, lang)).into_bytes(),
            Format::Png => qr::png(&code, qr::PNG_SCALE),
        };
        write_file(&output.path, &bytes, lang)?;
        let said = w::QR_WROTE.fill(
            lang,
            &[
                ("path", &output.path.display().to_string()),
                ("size", &code.size().to_string()),
                ("bytes", &text.len().to_string()),
            ],
        );
        eprintln!("{said}");
        Ok(ExitCode::SUCCESS)
    }
}

/// Standard input as text, without the line break that `echo` and editors add.
fn read_stdin(lang: Lang) -> anyhow::Result<String> {
    let mut text = String::new();
    std::io::stdin()
        .read_to_string(&mut text)
        .context(w::QR_STDIN.get(lang))?;
    let trimmed = text
        .strip_suffix("\r\n")
        .or_else(|| text.strip_suffix('\n'))
        .unwrap_or(&text);
    Ok(trimmed.to_owned())
}

/// The SVG's accessible name: what the code says, cut short if long.
fn label(text: &str, lang: Lang) -> String {
    let mut chars = text.chars();
    let start: String = chars.by_ref().take(LABEL_CHARS).collect();
    let more = if chars.next().is_some() { "…" } else { "" };
    w::QR_LABEL.fill(lang, &[("text", &format!("{start}{more}"))])
}

/// Writes `bytes` to `path` atomically: into a temporary file beside it, then renamed
/// over it, so a reader (an editor watching the file, a web server) never sees half a
/// file. Errors name the file.
pub(super) fn write_file(path: &Path, bytes: &[u8], lang: Lang) -> anyhow::Result<()> {
    let shown = path.display().to_string();
    let name = path
        .file_name()
        .with_context(|| w::NOT_A_FILE_NAME.fill(lang, &[("path", &shown)]))?;
    let mut temporary_name = std::ffi::OsString::from(".");
    temporary_name.push(name);
    temporary_name.push(format!(".{}.tmp", std::process::id()));
    let temporary = path.with_file_name(temporary_name);
    let written =
        std::fs::write(&temporary, bytes).and_then(|()| std::fs::rename(&temporary, path));
    if let Err(e) = written {
        // Best effort: the temporary file may not exist if the write itself failed.
        let _ = std::fs::remove_file(&temporary);
        return Err(e).with_context(|| w::CANNOT_WRITE.fill(lang, &[("path", &shown)]));
    }
    Ok(())
}
