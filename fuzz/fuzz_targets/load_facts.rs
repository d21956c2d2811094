//! Any bytes as a facts file: loading returns facts or an error, never panics.
#![no_main]
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    if let Ok(text) = std::str::from_utf8(data) {
        let _ = factlint::facts::Facts::default().add_file(std::path::Path::new("f.yaml"), text.to_string());
    }
});
