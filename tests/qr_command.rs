//! `hutong qr` as a user meets it: the SVG, the PNG and the terminal drawing, each read
//! back by an independent decoder (with the helpers in `common/`), and its refusals.

mod common;

use common::assert_contains;
use common::cli::{assert_stderr_has, assert_success, failed, hutong, run, run_in, stderr, stdout};
use common::{Grey, decode_png, rasterise_svg, read_codes};

/// Rasterises the terminal drawing as a phone sees it on a dark-background terminal:
/// a block glyph is light, a space is dark, and each character is two modules high.
fn rasterise_terminal(text: &str, px: usize) -> Grey {
    let lines: Vec<Vec<char>> = text.lines().map(|l| l.chars().collect()).collect();
    let side = lines[0].len();
    let mut pixels = vec![0u8; side * px * side * px];
    for (row, line) in lines.iter().enumerate() {
        for (x, c) in line.iter().enumerate() {
            let (top, bottom) = match c {
                '█' => (true, true),
                '▀' => (true, false),
                '▄' => (false, true),
                ' ' => (false, false),
                other => panic!("unexpected {other:?}"),
            };
            for (y, light) in [(2 * row, top), (2 * row + 1, bottom)] {
                if y >= side || !light {
                    continue;
                }
                for py in y * px..(y + 1) * px {
                    pixels[py * side * px + x * px..py * side * px + (x + 1) * px].fill(255);
                }
            }
        }
    }
    Grey {
        side: side * px,
        pixels,
    }
}

const URL: &str = "https://xiaoman.example.com/go/wechat/?from=二维码";

#[test]
fn qr_svg_reads_back_to_the_text() {
    let tmp = tempfile::tempdir().unwrap();
    let out = run_in(tmp.path(), &["qr", URL, "-o", "code.svg"]);
    assert_success(&out);
    assert_stderr_has(&out, "wrote code.svg");
    let svg = std::fs::read_to_string(tmp.path().join("code.svg")).unwrap();
    assert!(svg.starts_with("<svg "), "{svg}");
    assert_eq!(read_codes(&rasterise_svg(&svg, 4)), [URL]);
}

#[test]
fn qr_png_reads_back_to_the_text_at_ten_pixels_a_module() {
    let tmp = tempfile::tempdir().unwrap();
    let out = run_in(tmp.path(), &["qr", URL, "-o", "code.PNG"]);
    assert_success(&out);
    let png = decode_png(&std::fs::read(tmp.path().join("code.PNG")).unwrap());
    let modules = hutong::qr::Code::new(URL).unwrap().size() + 2 * hutong::qr::QUIET_ZONE;
    assert_eq!(png.side, modules * 10);
    assert_eq!(read_codes(&png), [URL]);
}

#[test]
fn qr_reads_the_text_from_standard_input_without_the_final_line_break() {
    let tmp = tempfile::tempdir().unwrap();
    let out = hutong()
        .current_dir(tmp.path())
        .args(["qr", "-", "-o", "code.png"])
        .write_stdin(format!("{URL}\n"))
        .output()
        .unwrap();
    assert_success(&out);
    let png = decode_png(&std::fs::read(tmp.path().join("code.png")).unwrap());
    assert_eq!(read_codes(&png), [URL]);
}

#[test]
fn qr_in_the_terminal_has_a_line_per_two_module_rows_and_scans() {
    // 20 bytes: version 2 at level M, 25 modules + 2 × 4 quiet = 33 a side, so
    // 17 lines of 33 characters (the last one half quiet zone, half background).
    let text = "https://example.com/";
    let out = run(&["qr", text]);
    assert_success(&out);
    let drawing = stdout(&out);
    let lines: Vec<&str> = drawing.lines().collect();
    assert_eq!(lines.len(), 17, "{drawing}");
    assert!(lines.iter().all(|l| l.chars().count() == 33), "{drawing}");
    assert_eq!(read_codes(&rasterise_terminal(&drawing, 4)), [text]);
}

#[test]
fn qr_refuses_other_file_types_as_a_usage_error() {
    let tmp = tempfile::tempdir().unwrap();
    for name in ["code.jpg", "code", "svg"] {
        let out = run_in(tmp.path(), &["qr", "hello", "-o", name]);
        assert_eq!(out.status.code(), Some(2), "{name}");
        let err = stderr(&out);
        assert!(err.contains(".svg") && err.contains(".png"), "{err}");
        assert_contains(&err, name);
    }
    assert_eq!(std::fs::read_dir(tmp.path()).unwrap().count(), 0);
}

#[test]
fn qr_too_long_says_how_long_and_the_limit() {
    let max = hutong::qr::MAX_BYTES;
    let out = run(&["qr", &"微".repeat(800)]);
    let err = failed(&out, 2);
    assert!(
        err.contains("2400 bytes") && err.contains(&format!("{max} bytes")),
        "{err}"
    );
    assert!(out.stdout.is_empty());

    let out = hutong()
        .args(["qr", "-"])
        .write_stdin("\n")
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert_stderr_has(&out, "the text is empty");

    let help = run(&["qr", "--help"]);
    assert!(
        stdout(&help).contains(&format!("at most {max} bytes")),
        "the help states the limit: {}",
        stdout(&help)
    );
}
