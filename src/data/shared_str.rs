//! A record's text that is either its own string or a run of bytes in a
//! file mapped into memory: a later open reads a million quotes' texts
//! where they lie in the cached copy instead of copying each into memory
//! of its own. At a million quotes of real text that was 210 MB of fresh
//! pages and a fifth of the open's CPU (see the README's Performance).

use super::mapped::FileBytes;
use serde::{Deserialize, Deserializer, Serialize, Serializer};
use std::fmt;
use std::ops::Deref;
use std::sync::Arc;

/// What a text in a file reads as if the file's bytes there are no longer
/// UTF-8 (another program wrote over the file after it was checked).
const DAMAGED: &str = "\u{FFFD}";

/// A text read as `&str` (it derefs to one) wherever it lies.
#[derive(Clone)]
pub struct SharedStr(Repr);

#[derive(Clone)]
enum Repr {
    Own(Box<str>),
    /// `len` bytes at `start` in `bytes`. `u32`s keep this as small as a
    /// `Box<str>`; a text further into its file than 4 GiB is copied.
    InFile {
        bytes: Arc<FileBytes>,
        start: u32,
        len: u32,
    },
}

impl SharedStr {
    /// `text`, read where it lies if it is a slice of `bytes`, else copied.
    pub(crate) fn in_file(bytes: &Arc<FileBytes>, text: &str) -> SharedStr {
        let base = bytes.bytes().as_ptr() as usize;
        let at = (text.as_ptr() as usize).wrapping_sub(base);
        let inside = text.as_ptr() as usize >= base
            && at
                .checked_add(text.len())
                .is_some_and(|end| end <= bytes.bytes().len());
        match (inside, u32::try_from(at), u32::try_from(text.len())) {
            (true, Ok(start), Ok(len)) => SharedStr(Repr::InFile {
                bytes: Arc::clone(bytes),
                start,
                len,
            }),
            _ => SharedStr::from(text),
        }
    }

    pub fn as_str(&self) -> &str {
        self
    }

    /// Whether it is read where it lies in a file rather than copied.
    #[cfg(test)]
    pub(crate) fn lies_in_file(&self) -> bool {
        matches!(self.0, Repr::InFile { .. })
    }
}

impl Deref for SharedStr {
    type Target = str;

    fn deref(&self) -> &str {
        match &self.0 {
            Repr::Own(s) => s,
            // Checked as UTF-8 again on every read, not trusted from the
            // check made when the copy was opened: the mapping shows the file
            // as it is now, and although newsline never writes a copy in
            // place, another program could. Trusting the first check would
            // need `unsafe` that such a write would make unsound; checking a
            // quote of 200 bytes again costs some 20 ns.
            Repr::InFile { bytes, start, len } => {
                let (start, len) = (*start as usize, *len as usize);
                bytes
                    .bytes()
                    .get(start..start + len)
                    .and_then(|b| simdutf8::basic::from_utf8(b).ok())
                    .unwrap_or(DAMAGED)
            }
        }
    }
}

impl Default for SharedStr {
    fn default() -> Self {
        SharedStr(Repr::Own(Box::default()))
    }
}

impl From<String> for SharedStr {
    fn from(s: String) -> Self {
        SharedStr(Repr::Own(s.into_boxed_str()))
    }
}

impl From<&str> for SharedStr {
    fn from(s: &str) -> Self {
        SharedStr(Repr::Own(s.into()))
    }
}

impl AsRef<str> for SharedStr {
    fn as_ref(&self) -> &str {
        self
    }
}

impl fmt::Debug for SharedStr {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(&**self, f)
    }
}

impl fmt::Display for SharedStr {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Display::fmt(&**self, f)
    }
}

impl PartialEq for SharedStr {
    fn eq(&self, other: &Self) -> bool {
        **self == **other
    }
}

impl Eq for SharedStr {}

impl PartialEq<str> for SharedStr {
    fn eq(&self, other: &str) -> bool {
        &**self == other
    }
}

impl PartialEq<&str> for SharedStr {
    fn eq(&self, other: &&str) -> bool {
        &**self == *other
    }
}

impl PartialEq<String> for SharedStr {
    fn eq(&self, other: &String) -> bool {
        **self == **other
    }
}

impl PartialEq<SharedStr> for String {
    fn eq(&self, other: &SharedStr) -> bool {
        **self == **other
    }
}

impl PartialEq<SharedStr> for &str {
    fn eq(&self, other: &SharedStr) -> bool {
        *self == &**other
    }
}

impl Serialize for SharedStr {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self)
    }
}

impl<'de> Deserialize<'de> for SharedStr {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        String::deserialize(deserializer).map(SharedStr::from)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Write;

    fn mapped(content: &[u8]) -> (tempfile::NamedTempFile, Arc<FileBytes>) {
        let mut file = tempfile::NamedTempFile::new().unwrap();
        file.write_all(content).unwrap();
        let bytes = FileBytes::of(file.reopen().unwrap(), u64::MAX).unwrap();
        (file, Arc::new(bytes))
    }

    #[test]
    fn a_text_inside_the_file_is_read_where_it_lies() {
        let (_file, bytes) = mapped("xx« Nous sommes prêts »yy".as_bytes());
        let all = std::str::from_utf8(bytes.bytes()).unwrap();
        let text = &all[2..all.len() - 2];
        let shared = SharedStr::in_file(&bytes, text);
        assert!(matches!(shared.0, Repr::InFile { start: 2, .. }));
        assert_eq!(shared, "« Nous sommes prêts »");
        assert_eq!(shared.clone().as_str(), text);
    }

    #[test]
    fn a_text_elsewhere_is_copied() {
        let (_file, bytes) = mapped(b"abc");
        let shared = SharedStr::in_file(&bytes, "abc");
        assert!(matches!(shared.0, Repr::Own(_)));
        assert_eq!(shared, "abc");
    }

    #[test]
    fn bytes_no_longer_utf8_read_as_a_mark_not_as_garbage() {
        let (file, bytes) = mapped(b"hello");
        let all = std::str::from_utf8(bytes.bytes()).unwrap();
        let shared = SharedStr::in_file(&bytes, all);
        // Another program writes over the file in place: a private mapping
        // shows pages it has not yet read as the file now is.
        drop(bytes);
        let mut f = std::fs::OpenOptions::new()
            .write(true)
            .open(file.path())
            .unwrap();
        f.write_all(&[b'h', 0xff, b'l', b'l', b'o']).unwrap();
        f.sync_all().unwrap();
        assert_eq!(shared.as_str(), DAMAGED);
    }

    #[test]
    fn serialises_as_a_plain_string() {
        let shared = SharedStr::from("a \"b\"");
        let json = serde_json::to_string(&shared).unwrap();
        assert_eq!(json, r#""a \"b\"""#);
        let back: SharedStr = serde_json::from_str(&json).unwrap();
        assert_eq!(back, shared);
    }
}
