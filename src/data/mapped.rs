//! A dataset file's bytes, mapped into memory rather than copied: reading a
//! large file costs no copy, and the pages of records already moved into the
//! model can be given back while the rest are still being read.

use memmap2::{Mmap, MmapOptions, UncheckedAdvice};
use serde_json::value::RawValue;
use std::fs::File;

/// The bytes of a file: mapped, or read when the file cannot be mapped
/// (a pipe, say).
pub(crate) enum FileBytes {
    Mapped(Mmap),
    Read(Vec<u8>),
}

impl FileBytes {
    /// The bytes of `file`; when it cannot be mapped, at most `limit` and one
    /// more are read, so that a file larger than it says it is can be refused.
    pub(crate) fn of(file: File, limit: u64) -> std::io::Result<FileBytes> {
        // Its pages are read in at once (populate): all are read, and one
        // call costs less than a fault for each.
        // SAFETY: the mapping is private and only read. A program that
        // shortens the file while it is read can end this one (SIGBUS), as
        // with any mapped file; editors write a new file and rename it.
        match unsafe { MmapOptions::new().populate().map(&file) } {
            Ok(map) => Ok(FileBytes::Mapped(map)),
            Err(_) => {
                let mut bytes = Vec::new();
                std::io::Read::read_to_end(
                    &mut std::io::Read::take(file, limit.saturating_add(1)),
                    &mut bytes,
                )?;
                Ok(FileBytes::Read(bytes))
            }
        }
    }

    /// The bytes of `file`, mapped without reading its pages in first: for
    /// a file read a part at a time, each part given back once read
    /// ([`FileBytes::release_part`]), so that the whole file is never in
    /// memory at once. Read instead when it cannot be mapped.
    pub(crate) fn of_lazily(file: File, limit: u64) -> std::io::Result<FileBytes> {
        // SAFETY: as in `of`: private, only read; see there.
        match unsafe { MmapOptions::new().map(&file) } {
            Ok(map) => {
                // Read ahead, as it is read from start to end.
                let _ = map.advise(memmap2::Advice::Sequential);
                Ok(FileBytes::Mapped(map))
            }
            Err(_) => FileBytes::of(file, limit),
        }
    }

    pub(crate) fn bytes(&self) -> &[u8] {
        match self {
            FileBytes::Mapped(map) => map,
            FileBytes::Read(bytes) => bytes,
        }
    }

    /// Gives back the memory of the pages that only `records`, a run of
    /// records read from these bytes, lie on: they are no longer needed.
    pub(super) fn release(&self, records: &[&RawValue]) {
        let FileBytes::Mapped(map) = self else {
            return;
        };
        let (Some(first), Some(last)) = (records.first(), records.last()) else {
            return;
        };
        let start = first.get().as_ptr() as usize;
        self.release_range(map, start, last.get().as_ptr() as usize + last.get().len());
    }

    /// Gives back the memory of the pages that only `part`, a part of these
    /// bytes already read, lies on.
    pub(crate) fn release_part(&self, part: &[u8]) {
        if let FileBytes::Mapped(map) = self {
            let start = part.as_ptr() as usize;
            self.release_range(map, start, start + part.len());
        }
    }

    /// Gives back the whole pages between the addresses `start` and `end`.
    fn release_range(&self, map: &Mmap, start: usize, end: usize) {
        let base = map.as_ptr() as usize;
        let page = rustix::param::page_size();
        if start < base || end > base + map.len() {
            return;
        }
        // Whole pages only: the pages at either end hold other records too.
        let from = start.next_multiple_of(page) - base;
        let to = end / page * page - base;
        if to <= from {
            return;
        }
        // SAFETY: the mapping is private and never written, so its pages
        // hold nothing but the file's bytes: a page given back is read again
        // from the file, the same bytes, if it is ever read again.
        let _ = unsafe { map.unchecked_advise_range(UncheckedAdvice::DontNeed, from, to - from) };
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The resident size, in KiB, of the mapping that holds `addr`, from
    /// the system's own account of this process's memory.
    #[cfg(target_os = "linux")]
    fn resident_kib(addr: usize) -> usize {
        let smaps = std::fs::read_to_string("/proc/self/smaps").unwrap();
        let mut lines = smaps.lines();
        while let Some(line) = lines.next() {
            let Some((from, to)) = line
                .split_whitespace()
                .next()
                .and_then(|r| r.split_once('-'))
            else {
                continue;
            };
            let (Ok(from), Ok(to)) = (
                usize::from_str_radix(from, 16),
                usize::from_str_radix(to, 16),
            ) else {
                continue;
            };
            if (from..to).contains(&addr) {
                let rss = lines.find(|l| l.starts_with("Rss:")).unwrap();
                return rss.split_whitespace().nth(1).unwrap().parse().unwrap();
            }
        }
        panic!("no mapping holds {addr:#x}");
    }

    #[test]
    fn pages_given_back_leave_memory_and_read_again_as_the_same_bytes() {
        let records: Vec<String> = (0..40_000).map(|i| format!("{{\"n\":{i:>8}}}")).collect();
        let json = format!("[{}]", records.join(","));
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("list.json");
        std::fs::write(&path, &json).unwrap();
        let bytes = FileBytes::of(File::open(&path).unwrap(), u64::MAX).unwrap();
        assert!(matches!(bytes, FileBytes::Mapped(_)));
        let raw: Vec<&RawValue> = serde_json::from_slice(bytes.bytes()).unwrap();
        #[cfg(target_os = "linux")]
        let before = resident_kib(bytes.bytes().as_ptr() as usize);
        for piece in raw.chunks(5000) {
            bytes.release(piece);
        }
        // 600 KB in pieces of 75 KB: all but the pages where two meet go.
        #[cfg(target_os = "linux")]
        {
            let after = resident_kib(bytes.bytes().as_ptr() as usize);
            assert!(
                before > 500 && after < before / 4,
                "{before} KiB, then {after}"
            );
        }
        assert_eq!(bytes.bytes(), json.as_bytes());
        let again: Vec<String> = raw.iter().map(|r| r.get().to_string()).collect();
        assert_eq!(again, records);
    }
}
