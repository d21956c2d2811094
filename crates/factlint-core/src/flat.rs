//! A read-only layout for a big lookup structure (the name index of a 10,000-person who's-who):
//! text, `u32` lists and string-keyed hash tables in one byte buffer, read where it lies. A
//! cached copy is a range of the mapped cache entry: loading it checks the sections' bounds and
//! the text's UTF-8, and allocates nothing per name. Every read is bounds-checked, so bytes
//! that pass the load's checks but were forged read as empty, never a panic.
//!
//! The buffer: the number of sections, each section's length in bytes (`u32`, little-endian),
//! then the sections. Section 0 is the text; the others are `u32` lists. A table is three
//! lists: its slots (an entry's number plus one, or 0 for none; a power of two of them, probed
//! in turn from the key's hash), its entries (the key's offset and length in the text, its
//! values' start and length) and the values.

use crate::lazy_list::Bytes;
use rustc_hash::{FxHashMap as HashMap, FxHasher};
use std::hash::Hasher;
use std::ops::Range;

/// Section numbers of one table.
#[derive(Clone, Copy)]
pub(crate) struct Table {
    slots: usize,
}

impl Table {
    /// The table whose three lists start at section `first`.
    pub(crate) const fn at(first: usize) -> Table {
        Table { slots: first }
    }

    const fn entries(self) -> usize {
        self.slots + 1
    }

    const fn values(self) -> usize {
        self.slots + 2
    }
}

/// The section of text.
const TEXT: usize = 0;

/// `u32`s per table entry: the key's offset and length, the values' start and length.
const ENTRY: usize = 4;

/// A layout read in place.
pub(crate) struct Flat {
    bytes: Bytes,
    sections: Vec<Range<usize>>,
}

impl Flat {
    /// The layout in `bytes`, when it holds `count` sections whose bounds, text and tables are
    /// well formed.
    pub(crate) fn read(bytes: Bytes, count: usize, tables: &[Table]) -> Option<Flat> {
        let buf = bytes.as_slice();
        let header = U32s(buf.get(..4)?);
        if header.get(0)? as usize != count {
            return None;
        }
        let lengths = U32s(buf.get(4..4 + 4 * count)?);
        let mut at = 4 + 4 * count;
        let mut sections = Vec::with_capacity(count);
        for len in lengths.iter() {
            let end = at.checked_add(len as usize)?;
            sections.push(at..end);
            at = end;
        }
        let words_whole = sections.iter().skip(1).all(|s| s.len() % 4 == 0);
        let text = sections.get(TEXT).and_then(|s| buf.get(s.clone()));
        if at != buf.len() || !words_whole || text.is_none_or(|t| std::str::from_utf8(t).is_err()) {
            return None;
        }
        let flat = Flat { bytes, sections };
        let view = flat.view();
        let tables_whole = tables.iter().all(|&t| {
            let slots = view.u32s(t.slots).len();
            (slots == 0 || slots.is_power_of_two()) && view.u32s(t.entries()).len() % ENTRY == 0
        });
        tables_whole.then_some(flat)
    }

    pub(crate) fn view(&self) -> View<'_> {
        let buf = self.bytes.as_slice();
        let text = self
            .sections
            .get(TEXT)
            .and_then(|s| buf.get(s.clone()))
            .unwrap_or_default();
        View {
            buf,
            // SAFETY: `read` checked this section is UTF-8, and the bytes never change after
            // (a buffer of our own, never written to, or a mapped cache entry, which writers
            // replace by renaming a new file over it, never in place)
            text: unsafe { std::str::from_utf8_unchecked(text) },
            sections: &self.sections,
        }
    }

    /// The whole buffer, as written.
    pub(crate) fn as_bytes(&self) -> &[u8] {
        self.bytes.as_slice()
    }
}

/// `u32`s, little-endian, in place.
#[derive(Clone, Copy, Default)]
pub(crate) struct U32s<'a>(&'a [u8]);

impl<'a> U32s<'a> {
    pub(crate) fn len(self) -> usize {
        self.0.len() / 4
    }

    pub(crate) fn get(self, i: usize) -> Option<u32> {
        let b = self.0.get(i.checked_mul(4)?..i.checked_mul(4)? + 4)?;
        Some(u32::from_le_bytes([b[0], b[1], b[2], b[3]]))
    }

    /// The `u32`s `start..start + len`; none when they lie outside.
    pub(crate) fn slice(self, start: usize, len: usize) -> U32s<'a> {
        let range = start
            .checked_mul(4)
            .zip(start.checked_add(len).and_then(|e| e.checked_mul(4)));
        U32s(range.and_then(|(s, e)| self.0.get(s..e)).unwrap_or_default())
    }

    pub(crate) fn iter(self) -> impl Iterator<Item = u32> + 'a {
        self.0
            .chunks_exact(4)
            .map(|b| u32::from_le_bytes([b[0], b[1], b[2], b[3]]))
    }
}

/// A table entry found by its key: its number and values.
pub(crate) struct Entry<'a> {
    pub(crate) number: usize,
    pub(crate) values: U32s<'a>,
}

/// Reads of a layout.
#[derive(Clone, Copy)]
pub(crate) struct View<'a> {
    buf: &'a [u8],
    /// Section 0, the text.
    text: &'a str,
    sections: &'a [Range<usize>],
}

impl<'a> View<'a> {
    /// Section `k` as `u32`s.
    pub(crate) fn u32s(self, k: usize) -> U32s<'a> {
        U32s(self.section(k))
    }

    fn section(self, k: usize) -> &'a [u8] {
        self.sections
            .get(k)
            .and_then(|s| self.buf.get(s.clone()))
            .unwrap_or_default()
    }

    /// The text at `offset`, `len` bytes of it ("" outside it or off a character's bounds).
    pub(crate) fn text(self, offset: u32, len: u32) -> &'a str {
        let start = offset as usize;
        self.text.get(start..start + len as usize).unwrap_or_default()
    }

    /// The entry of `key` in `table`.
    pub(crate) fn find(self, table: Table, key: &str) -> Option<Entry<'a>> {
        let slots = self.u32s(table.slots);
        let entries = self.u32s(table.entries());
        let mask = slots.len().checked_sub(1)?;
        let mut slot = slot_of(key) & mask;
        for _ in 0..slots.len() {
            let number = (slots.get(slot)? as usize).checked_sub(1)?;
            let entry = entries.slice(number * ENTRY, ENTRY);
            let (offset, len) = (entry.get(0)? as usize, entry.get(1)? as usize);
            if self.text.as_bytes().get(offset..offset + len) == Some(key.as_bytes()) {
                let (start, len) = (entry.get(2)? as usize, entry.get(3)? as usize);
                return Some(Entry {
                    number,
                    values: self.u32s(table.values()).slice(start, len),
                });
            }
            slot = (slot + 1) & mask;
        }
        None
    }

    /// Every key of `table`, in the order of its entries.
    pub(crate) fn keys(self, table: Table) -> impl Iterator<Item = &'a str> {
        let count = self.u32s(table.entries()).len() / ENTRY;
        (0..count).map(move |number| self.key(table, number))
    }

    /// Entry `number`'s key.
    pub(crate) fn key(self, table: Table, number: usize) -> &'a str {
        let entry = self.u32s(table.entries()).slice(number * ENTRY, ENTRY);
        self.text(entry.get(0).unwrap_or(0), entry.get(1).unwrap_or(0))
    }
}

/// A key's hash, which picks its first slot.
fn slot_of(key: &str) -> usize {
    let mut hasher = FxHasher::default();
    hasher.write(key.as_bytes());
    let hash = hasher.finish();
    (hash ^ (hash >> 32)) as usize
}

/// Builds a layout section by section, in the order its reader numbers them.
pub(crate) struct Writer {
    text: String,
    /// Where each text already written starts, so a repeated one is written once.
    interned: HashMap<String, (u32, u32)>,
    lists: Vec<Vec<u32>>,
}

impl Writer {
    pub(crate) fn new() -> Writer {
        Writer {
            text: String::new(),
            interned: HashMap::default(),
            lists: Vec::new(),
        }
    }

    /// `text`'s offset and length in the text, written once.
    pub(crate) fn text(&mut self, text: &str) -> (u32, u32) {
        if let Some(&at) = self.interned.get(text) {
            return at;
        }
        let at = (self.text.len() as u32, text.len() as u32);
        self.text.push_str(text);
        self.interned.insert(text.to_string(), at);
        at
    }

    /// Adds a list as the next section.
    pub(crate) fn list(&mut self, list: Vec<u32>) {
        self.lists.push(list);
    }

    /// Adds a table as the next three sections: each key with its values, entries numbered in
    /// this order.
    pub(crate) fn table<'k>(&mut self, entries: impl IntoIterator<Item = (&'k str, &'k [u32])>) {
        let (mut keys, mut table, mut values) = (Vec::new(), Vec::new(), Vec::new());
        for (key, list) in entries {
            let (offset, len) = self.text(key);
            table.extend([offset, len, values.len() as u32, list.len() as u32]);
            values.extend_from_slice(list);
            keys.push(key);
        }
        // at most half full, so a probe ends soon at an empty slot
        let size = if keys.is_empty() {
            0
        } else {
            (2 * keys.len()).next_power_of_two()
        };
        let mut slots = vec![0u32; size];
        for (number, key) in keys.iter().enumerate() {
            let mut slot = slot_of(key) & (size - 1);
            while slots[slot] != 0 {
                slot = (slot + 1) & (size - 1);
            }
            slots[slot] = number as u32 + 1;
        }
        self.lists.extend([slots, table, values]);
    }

    /// The layout's bytes: the section count and lengths, the text, the lists.
    pub(crate) fn finish(self) -> Vec<u8> {
        let count = 1 + self.lists.len();
        let lengths = std::iter::once(self.text.len()).chain(self.lists.iter().map(|l| 4 * l.len()));
        let mut out = Vec::with_capacity(4 * (1 + count) + lengths.clone().sum::<usize>());
        out.extend((count as u32).to_le_bytes());
        for len in lengths {
            out.extend((len as u32).to_le_bytes());
        }
        out.extend_from_slice(self.text.as_bytes());
        for value in self.lists.iter().flatten() {
            out.extend(value.to_le_bytes());
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn written() -> Vec<u8> {
        let mut w = Writer::new();
        w.list(vec![7, 8, 9]);
        let keys: Vec<String> = (0..100).map(|k| format!("key{k}")).collect();
        let values: Vec<Vec<u32>> = (0..100).map(|k| vec![k; k as usize % 3]).collect();
        w.table(keys.iter().map(String::as_str).zip(values.iter().map(Vec::as_slice)));
        w.finish()
    }

    const TABLE: Table = Table::at(2);

    #[test]
    fn a_layout_reads_back_its_lists_and_tables() {
        let flat = Flat::read(Bytes::from(written()), 5, &[TABLE]).expect("well formed");
        let view = flat.view();
        assert_eq!(view.u32s(1).iter().collect::<Vec<_>>(), [7, 8, 9]);
        for k in 0..100u32 {
            let entry = view.find(TABLE, &format!("key{k}")).expect("every key found");
            assert_eq!(entry.number, k as usize);
            assert_eq!(entry.values.iter().collect::<Vec<_>>(), vec![k; k as usize % 3]);
            assert_eq!(view.key(TABLE, entry.number), format!("key{k}"));
        }
        assert!(view.find(TABLE, "key100").is_none() && view.find(TABLE, "").is_none());
    }

    #[test]
    fn a_short_or_corrupt_layout_is_refused_or_reads_empty() {
        let whole = written();
        for len in [0, 3, 4, 20, whole.len() - 1] {
            assert!(
                Flat::read(Bytes::from(whole[..len].to_vec()), 5, &[TABLE]).is_none(),
                "cut at {len}"
            );
        }
        assert!(
            Flat::read(Bytes::from(whole.clone()), 6, &[TABLE]).is_none(),
            "another count"
        );
        let mut bad_text = whole.clone();
        let text_start = 4 + 4 * 5;
        bad_text[text_start] = 0xff;
        assert!(
            Flat::read(Bytes::from(bad_text), 5, &[TABLE]).is_none(),
            "text not UTF-8"
        );
        // every byte of the lists changed in turn: read or refused, never a panic
        for at in text_start..whole.len() {
            let mut forged = whole.clone();
            forged[at] ^= 0xa5;
            if let Some(flat) = Flat::read(Bytes::from(forged), 5, &[TABLE]) {
                let view = flat.view();
                for k in [0, 50, 99] {
                    if let Some(entry) = view.find(TABLE, &format!("key{k}")) {
                        let _ = entry.values.iter().count();
                        let _ = view.key(TABLE, entry.number);
                    }
                }
            }
        }
    }
}
