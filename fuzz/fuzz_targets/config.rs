//! Any bytes as a factlint.yaml: a config or an error, never a panic.
#![no_main]
use libfuzzer_sys::fuzz_target;
use std::path::PathBuf;
use std::sync::OnceLock;

/// One folder for the run (a config is read from disk, as the CLI reads it).
fn config_path() -> &'static PathBuf {
    static PATH: OnceLock<PathBuf> = OnceLock::new();
    PATH.get_or_init(|| {
        let dir = std::env::temp_dir().join(format!("factlint-fuzz-config-{}", std::process::id()));
        std::fs::create_dir_all(&dir).expect("a temporary folder");
        dir.join("factlint.yaml")
    })
}

fuzz_target!(|data: &[u8]| {
    let path = config_path();
    std::fs::write(path, data).expect("write the config");
    if let Ok(config) = factlint::files::load_config(path) {
        let mut findings = Vec::new();
        config.apply_severity(&mut findings);
        let _ = config.includes(std::path::Path::new("news/a.md"));
        let _ = config.excludes(std::path::Path::new("news/a.md"));
    }
});
