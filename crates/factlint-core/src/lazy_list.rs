//! A list that a cached copy of facts holds as its elements' encodings, each decoded when it is
//! asked for: checking one story against a 10,000-person who's-who reads the few people the
//! story names, not all of them. Used whole (iterated, changed), the list is decoded once into
//! a plain `Vec`, so code that reads every element sees a `Vec` as before.
//!
//! The encodings may stay where a cache entry was mapped (see [`sharing`]): nothing is copied
//! or decoded for the elements a run never reads. [`Lazy`] does the same for one value.

use serde::de::{self, DeserializeOwned, Deserializer, SeqAccess, Visitor};
use serde::ser::{SerializeTuple, Serializer};
use serde::{Deserialize, Serialize};
use std::borrow::Cow;
use std::cell::RefCell;
use std::ops::Range;
use std::sync::{Arc, OnceLock};

/// Bytes a decode may keep a share of instead of copying (a mapped cache entry).
pub type Source = Arc<dyn AsRef<[u8]> + Send + Sync>;

thread_local! {
    static SOURCE: RefCell<Option<Source>> = const { RefCell::new(None) };
}

/// Runs `decode` (a deserialization from `source`'s bytes) so that the lists it reads keep a
/// share of `source` for their encodings instead of a copy.
pub fn sharing<R>(source: Source, decode: impl FnOnce(&[u8]) -> R) -> R {
    /// Forgets the source however `decode` ends.
    struct Reset;
    impl Drop for Reset {
        fn drop(&mut self) {
            let _ = SOURCE.try_with(|s| s.borrow_mut().take());
        }
    }
    SOURCE.with(|s| *s.borrow_mut() = Some(source.clone()));
    let _reset = Reset;
    decode((*source).as_ref())
}

/// A list of `T`: plain, or encoded with each element decoded on first use (see the module).
pub struct LazyList<T> {
    state: State<T>,
}

enum State<T> {
    Plain(Vec<T>),
    Encoded { encoded: Encoded, whole: OnceLock<Vec<T>> },
}

/// Each element's postcard encoding, one after another, and where each ends.
#[derive(Clone)]
struct Encoded {
    bytes: Bytes,
    ends: Bytes,
}

/// Bytes of their own, or a range of a shared source.
#[derive(Clone)]
pub(crate) enum Bytes {
    Owned(Vec<u8>),
    Shared(Source, Range<usize>),
}

impl From<Vec<u8>> for Bytes {
    fn from(bytes: Vec<u8>) -> Bytes {
        Bytes::Owned(bytes)
    }
}

impl Bytes {
    pub(crate) fn as_slice(&self) -> &[u8] {
        match self {
            Bytes::Owned(bytes) => bytes,
            Bytes::Shared(source, range) => &(**source).as_ref()[range.clone()],
        }
    }
}

impl Encoded {
    fn of<T: Serialize>(items: &[T]) -> Result<Encoded, postcard::Error> {
        let mut bytes = Vec::new();
        let mut ends = Vec::with_capacity(items.len() * 4);
        for item in items {
            bytes = postcard::to_extend(item, bytes)?;
            let end = u32::try_from(bytes.len()).map_err(|_| postcard::Error::SerializeBufferFull)?;
            ends.extend_from_slice(&end.to_le_bytes());
        }
        Ok(Encoded {
            bytes: Bytes::Owned(bytes),
            ends: Bytes::Owned(ends),
        })
    }

    fn len(&self) -> usize {
        self.ends.as_slice().len() / 4
    }

    fn end(&self, i: usize) -> usize {
        let ends = self.ends.as_slice();
        ends.get(i * 4..i * 4 + 4)
            .map_or(0, |b| u32::from_le_bytes([b[0], b[1], b[2], b[3]]) as usize)
    }

    /// Element `i`, or `None` past the end or when its bytes do not decode (a cache entry is
    /// checked whole before it is read, so only a forged one could get here).
    fn decode<T: DeserializeOwned>(&self, i: usize) -> Option<T> {
        if i >= self.len() {
            return None;
        }
        let start = if i == 0 { 0 } else { self.end(i - 1) };
        postcard::from_bytes(self.bytes.as_slice().get(start..self.end(i))?).ok()
    }

    fn decode_all<T: DeserializeOwned>(&self) -> Vec<T> {
        (0..self.len()).filter_map(|i| self.decode(i)).collect()
    }

    /// Ends that never go back and stay inside the bytes.
    fn is_whole(&self) -> bool {
        let mut last = 0;
        (0..self.len()).all(|i| {
            let end = self.end(i);
            let ok = end >= last && end <= self.bytes.as_slice().len();
            last = end;
            ok
        })
    }
}

impl<T> Default for LazyList<T> {
    fn default() -> Self {
        LazyList {
            state: State::Plain(Vec::new()),
        }
    }
}

impl<T> From<Vec<T>> for LazyList<T> {
    fn from(items: Vec<T>) -> Self {
        LazyList {
            state: State::Plain(items),
        }
    }
}

impl<T: DeserializeOwned + Clone> LazyList<T> {
    /// Element `i`, decoding only it when the list is still encoded.
    pub fn get(&self, i: usize) -> Option<Cow<'_, T>> {
        match &self.state {
            State::Plain(items) => items.get(i).map(Cow::Borrowed),
            State::Encoded { whole, .. } if whole.get().is_some() => whole.get()?.get(i).map(Cow::Borrowed),
            State::Encoded { encoded, .. } => encoded.decode(i).map(Cow::Owned),
        }
    }
}

impl<T: DeserializeOwned> std::ops::Deref for LazyList<T> {
    type Target = Vec<T>;

    /// The whole list, decoded on first use.
    fn deref(&self) -> &Vec<T> {
        match &self.state {
            State::Plain(items) => items,
            State::Encoded { encoded, whole } => whole.get_or_init(|| encoded.decode_all()),
        }
    }
}

impl<T: DeserializeOwned> std::ops::DerefMut for LazyList<T> {
    fn deref_mut(&mut self) -> &mut Vec<T> {
        if let State::Encoded { encoded, whole } = &mut self.state {
            let items = whole.take().unwrap_or_else(|| encoded.decode_all());
            self.state = State::Plain(items);
        }
        match &mut self.state {
            State::Plain(items) => items,
            State::Encoded { .. } => unreachable!("made plain just above"),
        }
    }
}

impl<'a, T: DeserializeOwned> IntoIterator for &'a LazyList<T> {
    type Item = &'a T;
    type IntoIter = std::slice::Iter<'a, T>;

    fn into_iter(self) -> Self::IntoIter {
        self.iter()
    }
}

impl<T: DeserializeOwned + Clone> Clone for LazyList<T> {
    fn clone(&self) -> Self {
        let state = match &self.state {
            State::Plain(items) => State::Plain(items.clone()),
            State::Encoded { encoded, whole } => State::Encoded {
                encoded: encoded.clone(),
                whole: whole.clone(),
            },
        };
        LazyList { state }
    }
}

impl<T: DeserializeOwned + std::fmt::Debug> std::fmt::Debug for LazyList<T> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_list().entries(self.iter()).finish()
    }
}

/// Bytes written as one byte string (postcard: a length and the bytes, read back in place).
struct RawBytes<'a>(&'a [u8]);

impl Serialize for RawBytes<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_bytes(self.0)
    }
}

impl<T: Serialize> Serialize for LazyList<T> {
    /// Always the encoded form: the elements' encodings, then their ends.
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let encoded = match &self.state {
            State::Encoded { encoded, .. } => Cow::Borrowed(encoded),
            State::Plain(items) => Cow::Owned(Encoded::of(items).map_err(serde::ser::Error::custom)?),
        };
        let mut tuple = serializer.serialize_tuple(2)?;
        tuple.serialize_element(&RawBytes(encoded.bytes.as_slice()))?;
        tuple.serialize_element(&RawBytes(encoded.ends.as_slice()))?;
        tuple.end()
    }
}

impl<'de> Deserialize<'de> for Bytes {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Bytes, D::Error> {
        struct BytesVisitor;
        impl<'de> Visitor<'de> for BytesVisitor {
            type Value = Bytes;

            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str("bytes")
            }

            fn visit_borrowed_bytes<E: de::Error>(self, v: &'de [u8]) -> Result<Bytes, E> {
                Ok(shared_range(v).unwrap_or_else(|| Bytes::Owned(v.to_vec())))
            }

            fn visit_bytes<E: de::Error>(self, v: &[u8]) -> Result<Bytes, E> {
                Ok(Bytes::Owned(v.to_vec()))
            }

            fn visit_byte_buf<E: de::Error>(self, v: Vec<u8>) -> Result<Bytes, E> {
                Ok(Bytes::Owned(v))
            }
        }
        deserializer.deserialize_bytes(BytesVisitor)
    }
}

/// `v` as a range of the source [`sharing`] set, when it lies inside it.
fn shared_range(v: &[u8]) -> Option<Bytes> {
    let source = SOURCE.try_with(|s| s.borrow().clone()).ok()??;
    let whole = (*source).as_ref();
    let start = (v.as_ptr() as usize).checked_sub(whole.as_ptr() as usize)?;
    let end = start.checked_add(v.len())?;
    (end <= whole.len()).then(|| Bytes::Shared(source.clone(), start..end))
}

impl<'de, T> Deserialize<'de> for LazyList<T> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<LazyList<T>, D::Error> {
        struct EncodedVisitor;
        impl<'de> Visitor<'de> for EncodedVisitor {
            type Value = Encoded;

            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str("a list's encodings and their ends")
            }

            fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Encoded, A::Error> {
                let missing = || de::Error::custom("a list's encodings and their ends");
                let bytes = seq.next_element()?.ok_or_else(missing)?;
                let ends = seq.next_element()?.ok_or_else(missing)?;
                let encoded = Encoded { bytes, ends };
                if !encoded.is_whole() {
                    return Err(de::Error::custom("a list's ends outside its encodings"));
                }
                Ok(encoded)
            }
        }
        let encoded = deserializer.deserialize_tuple(2, EncodedVisitor)?;
        Ok(LazyList {
            state: State::Encoded {
                encoded,
                whole: OnceLock::new(),
            },
        })
    }
}

/// A value a cached copy holds encoded until it is first used: the checker's re-casing tables
/// are read only for copy in capitals or all in lower case, so most runs never decode them.
pub struct Lazy<T> {
    encoded: Option<Bytes>,
    value: OnceLock<T>,
}

impl<T> From<T> for Lazy<T> {
    fn from(value: T) -> Self {
        Lazy {
            encoded: None,
            value: OnceLock::from(value),
        }
    }
}

impl<T: DeserializeOwned + Default> std::ops::Deref for Lazy<T> {
    type Target = T;

    /// The value, decoded on first use; bytes that do not decode (only a forged cache entry's,
    /// as an entry is checked whole before it is read) give the default value.
    fn deref(&self) -> &T {
        self.value.get_or_init(|| {
            let decoded = self.encoded.as_ref().map(|b| postcard::from_bytes(b.as_slice()));
            decoded.and_then(Result::ok).unwrap_or_default()
        })
    }
}

impl<T: Serialize> Serialize for Lazy<T> {
    /// The value's encoding, as one byte string.
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match (&self.encoded, self.value.get()) {
            (Some(bytes), _) => RawBytes(bytes.as_slice()).serialize(serializer),
            (None, Some(value)) => {
                let bytes = postcard::to_allocvec(value).map_err(serde::ser::Error::custom)?;
                RawBytes(&bytes).serialize(serializer)
            }
            (None, None) => Err(serde::ser::Error::custom("a lazy value with neither bytes nor value")),
        }
    }
}

impl<'de, T> Deserialize<'de> for Lazy<T> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Lazy<T>, D::Error> {
        Ok(Lazy {
            encoded: Some(Bytes::deserialize(deserializer)?),
            value: OnceLock::new(),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn round_trip(list: &LazyList<String>) -> Vec<u8> {
        postcard::to_allocvec(list).unwrap()
    }

    #[test]
    fn a_read_back_list_gives_each_element_and_the_whole() {
        let words: Vec<String> = ["alpha", "", "gamma"].map(String::from).to_vec();
        let bytes = round_trip(&LazyList::from(words.clone()));
        let read: LazyList<String> = postcard::from_bytes(&bytes).unwrap();
        assert_eq!(read.get(2).as_deref(), Some(&words[2]), "one element alone");
        assert_eq!(read.get(1).as_deref(), Some(&words[1]));
        assert_eq!(read.get(3), None, "past the end");
        assert_eq!(*read, words, "the whole list");
        assert_eq!(round_trip(&read), bytes, "written back the same");
        let mut changed = read.clone();
        changed.push("delta".into());
        assert_eq!(changed.len(), 4);
        assert_eq!(changed.get(3).as_deref().map(String::as_str), Some("delta"));
    }

    #[test]
    fn a_shared_source_is_not_copied() {
        let bytes = round_trip(&LazyList::from(vec!["x".to_string(); 3]));
        let source: Source = Arc::new(bytes);
        let read: LazyList<String> = sharing(source, |b| postcard::from_bytes(b).unwrap());
        let State::Encoded { encoded, .. } = &read.state else {
            panic!("read back encoded")
        };
        assert!(matches!(encoded.bytes, Bytes::Shared(..)) && matches!(encoded.ends, Bytes::Shared(..)));
        assert_eq!(read.get(0).as_deref().map(String::as_str), Some("x"));
    }

    #[test]
    fn a_lazy_value_is_decoded_on_first_use() {
        let bytes = postcard::to_allocvec(&Lazy::from(vec![3u32, 1, 2])).unwrap();
        let read: Lazy<Vec<u32>> = sharing(Arc::new(bytes.clone()), |b| postcard::from_bytes(b).unwrap());
        assert!(read.value.get().is_none(), "not decoded by reading it back");
        assert_eq!(*read, [3, 1, 2]);
        assert_eq!(postcard::to_allocvec(&read).unwrap(), bytes, "written back the same");
        let forged: Lazy<Vec<u32>> = postcard::from_bytes(&[2, 0xff, 0xff]).unwrap();
        assert!(forged.is_empty(), "bytes that do not decode give the default");
    }

    #[test]
    fn ends_outside_the_encodings_are_an_error() {
        let mut bytes = round_trip(&LazyList::from(vec!["word".to_string()]));
        let last = bytes.len() - 1;
        bytes[last] = 0xff; // the one end, far past the encodings
        assert!(postcard::from_bytes::<LazyList<String>>(&bytes).is_err());
    }
}
