//! Posting lists as packed `u32`s, all end to end: built in memory, or read
//! where they lie in a mapped index file. Four bytes a posting, where a
//! `Vec` per word of two-field structs took eight and a header per word
//! (280 MB against 140 MB at a million quotes of real text).
//!
//! What a packed posting means is its index's business (a quote and a
//! speaker flag, an event and a field); here it is only a number.

use std::fmt;

/// Bytes that hold lists read in place: the index file's mapping, kept as
/// long as the lists are.
pub(crate) type Shared = Box<dyn AsRef<[u8]> + Send + Sync>;

enum Store {
    /// Built here: each word's list at `spans[w].0` postings into the vector.
    Built(Vec<u32>),
    /// Read in place: each word's list at `spans[w].0` bytes into these,
    /// little-endian and not aligned.
    Shared(Shared),
}

/// Every word's posting list.
pub(crate) struct Lists {
    store: Store,
    /// Per word: where its list starts (see [`Store`]) and how long it is.
    spans: Vec<(usize, u32)>,
}

/// One word's list.
#[derive(Clone, Copy)]
pub(crate) enum List<'a> {
    Native(&'a [u32]),
    Le(&'a [[u8; 4]]),
}

impl<'a> List<'a> {
    pub(crate) fn len(self) -> usize {
        match self {
            List::Native(l) => l.len(),
            List::Le(l) => l.len(),
        }
    }

    pub(crate) fn iter(self) -> ListIter<'a> {
        match self {
            List::Native(l) => ListIter::Native(l.iter()),
            List::Le(l) => ListIter::Le(l.iter()),
        }
    }
}

impl<'a> IntoIterator for List<'a> {
    type Item = u32;
    type IntoIter = ListIter<'a>;
    fn into_iter(self) -> ListIter<'a> {
        self.iter()
    }
}

/// The postings of a [`List`], in order.
pub(crate) enum ListIter<'a> {
    Native(std::slice::Iter<'a, u32>),
    Le(std::slice::Iter<'a, [u8; 4]>),
}

impl Iterator for ListIter<'_> {
    type Item = u32;

    fn next(&mut self) -> Option<u32> {
        match self {
            ListIter::Native(i) => i.next().copied(),
            ListIter::Le(i) => i.next().map(|b| u32::from_le_bytes(*b)),
        }
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        match self {
            ListIter::Native(i) => i.size_hint(),
            ListIter::Le(i) => i.size_hint(),
        }
    }

    // Which kind of list it is is decided once, not at each posting: the
    // search's inner loop goes through here (`for_each`).
    fn fold<B, F: FnMut(B, u32) -> B>(self, init: B, mut f: F) -> B {
        match self {
            ListIter::Native(i) => i.fold(init, |acc, &p| f(acc, p)),
            ListIter::Le(i) => i.fold(init, |acc, b| f(acc, u32::from_le_bytes(*b))),
        }
    }
}

impl ExactSizeIterator for ListIter<'_> {}

impl Lists {
    /// Lists built in memory: `all` end to end, `lengths` giving each's
    /// length in order. `None` unless the lengths add up to `all`.
    pub(crate) fn built(all: Vec<u32>, lengths: impl IntoIterator<Item = u32>) -> Option<Lists> {
        let mut at = 0usize;
        let spans = lengths
            .into_iter()
            .map(|n| {
                let span = (at, n);
                at += n as usize;
                span
            })
            .collect();
        (at == all.len()).then_some(Lists {
            store: Store::Built(all),
            spans,
        })
    }

    /// Lists read where they lie in `bytes`: each `(byte offset, length)`.
    /// `None` unless each lies within them.
    pub(crate) fn shared(bytes: Shared, spans: Vec<(usize, u32)>) -> Option<Lists> {
        let len = (*bytes).as_ref().len();
        let fits = spans.iter().all(|&(at, n)| {
            (n as usize)
                .checked_mul(4)
                .and_then(|b| b.checked_add(at))
                .is_some_and(|end| end <= len)
        });
        fits.then_some(Lists {
            store: Store::Shared(bytes),
            spans,
        })
    }

    /// How many words have a list.
    pub(crate) fn len(&self) -> usize {
        self.spans.len()
    }

    /// The list of word `w`; empty past the last word.
    pub(crate) fn get(&self, w: usize) -> List<'_> {
        let Some(&(at, n)) = self.spans.get(w) else {
            return List::Native(&[]);
        };
        let n = n as usize;
        // Both checked when the lists were made; `get` keeps a damaged
        // span from panicking all the same.
        match &self.store {
            Store::Built(all) => List::Native(all.get(at..at + n).unwrap_or_default()),
            Store::Shared(bytes) => {
                let bytes = (**bytes).as_ref().get(at..at + 4 * n).unwrap_or_default();
                List::Le(bytes.as_chunks::<4>().0)
            }
        }
    }

    /// Every list, in word order.
    pub(crate) fn iter(&self) -> impl Iterator<Item = List<'_>> + '_ {
        (0..self.spans.len()).map(|w| self.get(w))
    }

    /// The postings of the words in `words`, one list after the other.
    pub(crate) fn of(&self, words: std::ops::Range<usize>) -> impl Iterator<Item = u32> + '_ {
        words.flat_map(|w| self.get(w))
    }

    /// Whether the lists are read where they lie.
    #[cfg(test)]
    pub(crate) fn in_place(&self) -> bool {
        matches!(self.store, Store::Shared(_))
    }

    /// How many postings in all.
    pub(crate) fn postings(&self) -> usize {
        self.spans.iter().map(|&(_, n)| n as usize).sum()
    }
}

impl PartialEq for Lists {
    fn eq(&self, other: &Self) -> bool {
        self.len() == other.len() && self.iter().zip(other.iter()).all(|(a, b)| a.iter().eq(b))
    }
}

impl fmt::Debug for Lists {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Lists")
            .field("words", &self.len())
            .field("in_place", &matches!(self.store, Store::Shared(_)))
            .finish()
    }
}
