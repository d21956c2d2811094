//! factlint's command line: finding stories and their configs on disk, checking them in
//! parallel, writing fixes and baselines. The checker itself is `factlint-core` (re-exported
//! here under its module names), the language server `factlint-lsp`.

pub use factlint_core::{
    baseline, check, codes, config, error, facts, facts_check, finding, fix, import, lazy_list, learn, render,
    source_map, story, Lexicon,
};
pub use factlint_lsp as lsp;

pub mod arena;
// computed by build.rs; the tests compute it again
#[cfg(test)]
mod build_id;
pub mod cache;
pub mod discover;
pub mod files;
pub mod init;
pub mod run;
pub mod workspace;
