//! The core reads and writes no files, resolves no path, reads no clock, environment or
//! working directory, starts no threads or processes and knows no command line, so it runs
//! where there are none (WebAssembly in a browser): the CLI and the server do that, and pass
//! in what the core needs (absolute paths, the working directory, today's date).

use std::path::Path;

const FORBIDDEN: [&str; 25] = [
    // files, processes, threads, the environment, the network
    "std::fs",
    "std::process",
    "std::thread",
    "std::env",
    "std::net",
    "std::io::stdin",
    "std::io::stdout",
    "std::io::stderr",
    "println!",
    "eprintln!",
    // the disk through a path, and the working directory
    "std::path::absolute",
    "current_dir",
    "canonicalize(",
    ".metadata(",
    ".symlink_metadata(",
    ".exists(",
    ".try_exists(",
    ".is_file(",
    ".is_dir(",
    ".read_dir(",
    ".read_link(",
    // the clock
    "std::time",
    "::now(",
    // the command line and the CLI's parallelism
    "rayon",
    "clap",
];

#[test]
fn no_source_file_touches_files_threads_processes_or_the_command_line() {
    let mut offences = Vec::new();
    visit(&Path::new(env!("CARGO_MANIFEST_DIR")).join("src"), &mut offences);
    assert!(offences.is_empty(), "I/O in the core:\n{}", offences.join("\n"));
}

fn visit(folder: &Path, offences: &mut Vec<String>) {
    for entry in std::fs::read_dir(folder).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            visit(&path, offences);
        } else if path.extension().is_some_and(|e| e == "rs") {
            let text = std::fs::read_to_string(&path).unwrap();
            for (n, line) in text.lines().enumerate() {
                if FORBIDDEN.iter().any(|f| line.contains(f)) {
                    offences.push(format!("{}:{}: {}", path.display(), n + 1, line.trim()));
                }
            }
        }
    }
}
