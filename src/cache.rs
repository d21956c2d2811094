//! The facts cache: a big who's-who parsed and indexed once, then read back on later runs (an
//! editor's save, a pre-commit hook) instead of parsed again.
//!
//! An entry is named by a hash of everything its contents follow from: this format's version,
//! factlint's version, a hash of the code the binary is built from (`build.rs`), the built-in
//! `rules/`, and every facts file's path and bytes in order. A changed file or binary (a new
//! version, or the same version built from other code) is a different name, so nothing is ever invalidated; old entries
//! are dropped beyond [`MAX_ENTRIES`]. An entry holds the parsed facts without the files' texts
//! (read anyway to hash them, and put back, so spans stay exact) and the checker's indexes.
//! Any error reading or validating an entry is a miss, and a failed write only costs the next
//! run a parse: the cache never fails a check.

use crate::check::{Checker, Indexes};
use crate::error::InputError;
use crate::facts::Facts;
use crate::files::{load_facts_with, read_text};
use crate::lazy_list::{sharing, Source};
use crate::Lexicon;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use xxhash_rust::xxh3::{xxh3_64, Xxh3};

include!(concat!(env!("OUT_DIR"), "/rules_files.rs"));

/// Facts and the checker built from them.
pub type Loaded = (Arc<Facts>, Checker<'static>);

/// Bump when the entry layout or the meaning of a cached field changes.
const FORMAT_VERSION: u32 = 3;

/// What an entry starts with: a magic word, then the format version.
const MAGIC: &[u8; 8] = b"factlint";

/// Facts files smaller than this together are parsed every time: a parse costs about as much
/// as hashing, reading and decoding an entry.
pub const MIN_CACHED_BYTES: usize = 64 * 1024;

/// The arena a decode is given: a share of the entry's payload. What a run may not need stays
/// in the mapped entry (the name index, the people, the re-casing tables), so the decoded rest
/// takes about a thirtieth of it (10k who's-who: 79 KB of 2.4 MB; 100k: 0.8 of 20.5 MB).
const PAYLOAD_BYTES_PER_ARENA_BYTE: usize = 8;

/// Entries kept in the folder; the oldest beyond this are removed after each write.
pub const MAX_ENTRIES: usize = 16;

/// The cache folder: `FACTLINT_CACHE_DIR`, else `$XDG_CACHE_HOME/factlint`, else
/// `~/.cache/factlint` (on Windows `%LOCALAPPDATA%\factlint`); `None` when none is known.
pub fn default_dir() -> Option<PathBuf> {
    let var = |name: &str| std::env::var_os(name).filter(|v| !v.is_empty()).map(PathBuf::from);
    if let Some(dir) = var("FACTLINT_CACHE_DIR") {
        return Some(dir);
    }
    let xdg = var("XDG_CACHE_HOME").filter(|d| d.is_absolute());
    let home_cache = || var("HOME").map(|home| home.join(".cache"));
    let windows = || var("LOCALAPPDATA");
    xdg.or_else(home_cache).or_else(windows).map(|dir| dir.join("factlint"))
}

/// The facts in `paths` with their checker: from the cache in `dir` when an entry is there,
/// else parsed (and stored, when they are big enough to be worth it).
pub fn load(paths: &[PathBuf], lexicon: &'static Lexicon, dir: Option<&Path>) -> Result<Loaded, InputError> {
    let parse = |paths: &[PathBuf]| {
        let facts = Arc::new(load_facts_with(paths, lexicon)?);
        Ok((facts.clone(), Checker::shared(facts)))
    };
    let Some(dir) = dir else {
        return parse(paths);
    };
    // an unreadable file is reported by the plain parse, in the order it reads files
    let Ok(texts) = paths.iter().map(|p| read_text(p)).collect::<Result<Vec<_>, _>>() else {
        return parse(paths);
    };
    if texts.iter().map(String::len).sum::<usize>() < MIN_CACHED_BYTES {
        return parse(paths);
    }
    let key = key(&build_identity(), lexicon, paths, &texts);
    let entry = dir.join(format!("{key:032x}.facts"));
    if let Some((facts, indexes)) = read_entry(&entry, key, paths, &texts) {
        let facts = Arc::new(with_texts(facts.cached_with(lexicon), texts));
        return Ok((facts.clone(), Checker::from_indexes(facts, indexes)));
    }
    let mut facts = Facts::with_lexicon(lexicon);
    for (path, text) in paths.iter().zip(texts) {
        facts.add_file(path, text)?;
    }
    let indexes = Indexes::new(&facts);
    // a cache that cannot be written is no reason to stop the check
    let _ = write_entry(dir, &entry, key, &facts, &indexes);
    let facts = Arc::new(facts);
    Ok((facts.clone(), Checker::from_indexes(facts, indexes)))
}

/// What a binary's parse of the same files follows from besides them: this format's version,
/// factlint's version, the hash of the code it is built from and the built-in rules.
fn build_identity() -> Vec<&'static [u8]> {
    const FORMAT: [u8; 4] = FORMAT_VERSION.to_le_bytes();
    const CODE: [u8; 16] = CODE_HASH.to_le_bytes();
    let version: &[&[u8]] = &[&FORMAT, env!("CARGO_PKG_VERSION").as_bytes(), &CODE];
    version.iter().chain(RULES_FILES).copied().collect()
}

/// The entry's name: a 128-bit hash of what the cached contents follow from. Every part is
/// preceded by its length, so no two inputs run together into one.
fn key(build: &[&[u8]], lexicon: &Lexicon, paths: &[PathBuf], texts: &[String]) -> u128 {
    let mut hasher = Xxh3::new();
    let mut part = |bytes: &[u8]| {
        hasher.update(&(bytes.len() as u64).to_le_bytes());
        hasher.update(bytes);
    };
    build.iter().for_each(|b| part(b));
    part(lexicon.fingerprint().as_bytes());
    for (path, text) in paths.iter().zip(texts) {
        part(path.to_string_lossy().as_bytes());
        part(text.as_bytes());
    }
    hasher.digest128()
}

/// The header: magic, format version, key, the payload's length and its hash.
const HEADER_LEN: usize = 8 + 4 + 16 + 8 + 8;

fn header(key: u128, payload: &[u8]) -> Vec<u8> {
    let mut header = Vec::with_capacity(HEADER_LEN);
    header.extend_from_slice(MAGIC);
    header.extend_from_slice(&FORMAT_VERSION.to_le_bytes());
    header.extend_from_slice(&key.to_le_bytes());
    header.extend_from_slice(&(payload.len() as u64).to_le_bytes());
    header.extend_from_slice(&xxh3_64(payload).to_le_bytes());
    header
}

/// The entry's facts and indexes, if it is there, whole, for this key and these files.
fn read_entry(entry: &Path, key: u128, paths: &[PathBuf], texts: &[String]) -> Option<(Facts, Indexes)> {
    let file = std::fs::File::open(entry).ok()?;
    // SAFETY: an entry is never written in place: writers rename a whole new file over it,
    // and removing it (pruning) leaves this mapping intact, so the bytes cannot change under us
    let mapped: Source = Arc::new(unsafe { memmap2::Mmap::map(&file) }.ok()?);
    let (facts, indexes) = sharing(mapped, |bytes| {
        let payload = bytes.get(HEADER_LEN..)?;
        if bytes[..HEADER_LEN] != header(key, payload)[..] {
            return None;
        }
        // the people stay encoded in the mapping (`LazyList`), each decoded when a story names them
        let decode = || postcard::from_bytes::<(Facts, Indexes)>(payload);
        crate::arena::decode_in_arena(payload.len() / PAYLOAD_BYTES_PER_ARENA_BYTE, decode).ok()
    })?;
    let same_files = facts.files.len() == texts.len() && facts.files.iter().zip(paths).all(|(f, p)| &f.path == p);
    same_files.then_some((facts, indexes))
}

/// The facts with their files' texts put back.
fn with_texts(mut facts: Facts, texts: Vec<String>) -> Facts {
    for (file, text) in facts.files.iter_mut().zip(texts) {
        file.text = text;
    }
    facts
}

/// Writes the entry through a temporary file renamed into place, so a reader (another run at
/// the same moment) sees the whole entry or none; then drops the oldest beyond the bound.
fn write_entry(dir: &Path, entry: &Path, key: u128, facts: &Facts, indexes: &Indexes) -> std::io::Result<()> {
    let payload = postcard::to_stdvec(&(facts, indexes)).map_err(std::io::Error::other)?;
    std::fs::create_dir_all(dir)?;
    let mut temp = tempfile::NamedTempFile::new_in(dir)?;
    temp.write_all(&header(key, &payload))?;
    temp.write_all(&payload)?;
    temp.persist(entry).map_err(|e| e.error)?;
    prune(dir)
}

/// Removes the entries written longest ago beyond [`MAX_ENTRIES`].
fn prune(dir: &Path) -> std::io::Result<()> {
    let mut entries: Vec<(std::time::SystemTime, PathBuf)> = std::fs::read_dir(dir)?
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "facts"))
        .filter_map(|p| Some((std::fs::metadata(&p).ok()?.modified().ok()?, p)))
        .collect();
    entries.sort();
    let excess = entries.len().saturating_sub(MAX_ENTRIES);
    for (_, old) in &entries[..excess] {
        // another run may have removed it first
        let _ = std::fs::remove_file(old);
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::story::Story;

    /// A who's-who big enough to be cached: the seed facts and `n` made-up people.
    fn big_facts(n: usize) -> String {
        let seed = include_str!("../fixtures/seed-blinken-gaza/facts.yaml");
        let (head, rest) = seed.split_once("people:\n").expect("the seed facts list people");
        let made_up: String = (0..n)
            .map(|k| format!("  - name: Person{k} Surname{k}\n    title: Deputy Minister of Affairs {k}\n"))
            .collect();
        format!("{head}people:\n{made_up}{rest}")
    }

    #[test]
    fn a_key_follows_the_build_and_every_file() {
        let paths = [PathBuf::from("a.yaml"), PathBuf::from("b.yaml")];
        let texts = ["people: []".to_string(), "figures: []".to_string()];
        let builtin = Lexicon::builtin();
        let base = key(&build_identity(), builtin, &paths, &texts);
        assert_eq!(base, key(&build_identity(), builtin, &paths, &texts));
        let mut other_rules = build_identity();
        other_rules.push(b"extra: rule");
        assert_ne!(
            base,
            key(&other_rules, builtin, &paths, &texts),
            "rules are part of the key"
        );
        let mut other_version = build_identity();
        other_version[1] = b"99.0.0";
        assert_ne!(
            base,
            key(&other_version, builtin, &paths, &texts),
            "the version is part of the key"
        );
        let mut other_code = build_identity();
        other_code[2] = &[0; 16];
        assert_ne!(
            base,
            key(&other_code, builtin, &paths, &texts),
            "the code is part of the key"
        );
        let swapped = [texts[1].clone(), texts[0].clone()];
        assert_ne!(
            base,
            key(&build_identity(), builtin, &paths, &swapped),
            "bytes in order"
        );
        let renamed = [PathBuf::from("c.yaml"), paths[1].clone()];
        assert_ne!(base, key(&build_identity(), builtin, &renamed, &texts));
        let config = "extend:\n  title_words: [alderman]\n".to_string();
        let extended = crate::config::Config::from_text(Path::new("factlint.yaml"), config)
            .unwrap()
            .lexicon;
        assert_ne!(
            base,
            key(&build_identity(), extended, &paths, &texts),
            "the lexicon is part of the key"
        );
        // lengths keep parts apart: "ab"+"c" is not "a"+"bc"
        let split = |a: &str, b: &str| key(&[], builtin, &paths, &[a.to_string(), b.to_string()]);
        assert_ne!(split("ab", "c"), split("a", "bc"));
    }

    #[test]
    fn a_binary_built_from_other_code_has_another_key() {
        let root = Path::new(env!("CARGO_MANIFEST_DIR"));
        assert_eq!(
            CODE_HASH,
            crate::build_id::code_hash(root),
            "the key's code hash is the sources' as they are"
        );
        let files = crate::build_id::code_files(root);
        for file in ["src/cache.rs", "crates/factlint-core/src/check.rs", "Cargo.lock"] {
            assert!(files.contains(&PathBuf::from(file)), "{file} is hashed");
        }
        // the same tree with one source changed hashes differently
        let copy = tempfile::tempdir().unwrap();
        for file in &files {
            let to = copy.path().join(file);
            std::fs::create_dir_all(to.parent().unwrap()).unwrap();
            std::fs::copy(root.join(file), &to).unwrap();
        }
        assert_eq!(crate::build_id::code_hash(copy.path()), CODE_HASH);
        let changed = copy.path().join("crates/factlint-core/src/check.rs");
        let mut text = std::fs::read_to_string(&changed).unwrap();
        text.push_str("\n// another build\n");
        std::fs::write(&changed, text).unwrap();
        assert_ne!(crate::build_id::code_hash(copy.path()), CODE_HASH);
    }

    #[test]
    fn cached_facts_check_a_story_as_parsed_ones_do() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("big.yaml");
        std::fs::write(&path, big_facts(2000)).unwrap();
        let cache = dir.path().join("cache");
        let story_text = include_str!("../fixtures/seed-blinken-gaza/story.txt");
        let findings = |dir: Option<&Path>| {
            let (facts, checker) = load(std::slice::from_ref(&path), Lexicon::builtin(), dir).unwrap();
            let story = Story::from_text(Path::new("story.txt"), story_text.to_string()).unwrap();
            let findings = checker.check(&story, &Default::default());
            (facts.files[0].text.clone(), format!("{findings:?}"))
        };
        let parsed = findings(None);
        assert!(parsed.1.contains("Minister of Strategic Affairs"), "{}", parsed.1);
        let written = findings(Some(&cache));
        assert_eq!(std::fs::read_dir(&cache).unwrap().count(), 1, "one entry written");
        let read = findings(Some(&cache));
        assert_eq!(parsed, written);
        assert_eq!(parsed, read, "same findings, same spans, same file text");
    }

    #[test]
    fn a_name_index_out_of_shape_behind_a_whole_header_is_a_miss() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("big.yaml");
        std::fs::write(&path, big_facts(1500)).unwrap();
        let cache = dir.path().join("cache");
        let paths = std::slice::from_ref(&path);
        let (facts, _) = load(paths, Lexicon::builtin(), Some(&cache)).unwrap();
        let entry = std::fs::read_dir(&cache).unwrap().next().unwrap().unwrap().path();
        let good = std::fs::read(&entry).unwrap();
        let key = u128::from_le_bytes(good[12..28].try_into().unwrap());
        // the index as the payload holds it: a length, then the flat layout, which opens with
        // its section count and the sections' lengths
        let names = factlint_core::internals::NameIndex::new(&facts.people);
        let written = postcard::to_allocvec(&names).unwrap();
        let payload = &good[HEADER_LEN..];
        let at = payload
            .windows(written.len())
            .position(|w| w == written)
            .expect("the index is in the entry");
        let layout = at + written.len() - names_layout_len(&written);
        let texts = [std::fs::read_to_string(&path).unwrap()];
        let forgeries: [(&str, fn(&mut [u8])); 3] = [
            ("another section count", |layout| layout[0] ^= 1),
            ("a section longer than the layout", |layout| layout[4] ^= 0x80),
            ("a name's text not UTF-8", |layout| layout[4 + 4 * 23] = 0xff),
        ];
        for (name, forge) in forgeries {
            let mut forged = payload.to_vec();
            forge(&mut forged[layout..]);
            let mut bytes = header(key, &forged);
            bytes.extend_from_slice(&forged);
            std::fs::write(&entry, &bytes).unwrap();
            assert!(read_entry(&entry, key, paths, &texts).is_none(), "{name}: a miss");
            let (reloaded, _) = load(paths, Lexicon::builtin(), Some(&cache)).unwrap();
            assert_eq!(reloaded.people.len(), facts.people.len(), "{name}: parsed again");
            assert_eq!(std::fs::read(&entry).unwrap(), good, "{name}: rewritten whole");
        }
    }

    /// The flat layout's length in a postcard byte string: what follows its varint length.
    fn names_layout_len(written: &[u8]) -> usize {
        let varint = written.iter().position(|b| b & 0x80 == 0).unwrap() + 1;
        written.len() - varint
    }

    #[test]
    fn small_facts_are_not_cached() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("small.yaml");
        std::fs::write(&path, big_facts(10)).unwrap();
        let cache = dir.path().join("cache");
        load(&[path], Lexicon::builtin(), Some(&cache)).unwrap();
        assert!(!cache.exists());
    }

    #[test]
    fn entries_beyond_the_bound_are_dropped_oldest_first() {
        let dir = tempfile::tempdir().unwrap();
        let cache = dir.path().join("cache");
        for k in 0..MAX_ENTRIES + 2 {
            let path = dir.path().join(format!("f{k}.yaml"));
            std::fs::write(&path, big_facts(1500)).unwrap();
            load(&[path], Lexicon::builtin(), Some(&cache)).unwrap();
        }
        assert_eq!(std::fs::read_dir(&cache).unwrap().count(), MAX_ENTRIES);
    }
}
