//! Any text, with any line endings: each character boundary goes to a line and column and back
//! in bytes, characters and UTF-16 units, and any line and column a client sends is a character
//! boundary inside the text.
#![no_main]
use factlint::render::{LineIndex, Unit};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: (String, Vec<(u16, u16)>)| {
    let (text, asked) = data;
    let lines = LineIndex::new(&text);
    let bom = if text.starts_with('\u{feff}') { 3 } else { 0 };
    for unit in [Unit::Byte, Unit::Char, Unit::Utf16] {
        for k in (bom..=text.len()).filter(|&k| text.is_char_boundary(k)) {
            // between the \r and \n of one line break is no place of its own
            if text[..k].ends_with('\r') && text[k..].starts_with('\n') {
                continue;
            }
            let (line, column) = lines.position(k, unit);
            assert_eq!(lines.offset(line, column, unit), k, "{unit:?} at {k}");
        }
        for &(line, column) in &asked {
            let k = lines.offset(line as usize, column as usize, unit);
            assert!(k <= text.len() && text.is_char_boundary(k));
        }
    }
});
