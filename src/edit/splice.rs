//! Where things are in a dataset file's text: the events' and quotes' records,
//! and the members of one record, as byte ranges. Changes are made by
//! replacing those ranges, so every byte outside them stays as it was (the
//! file's order, indentation and line breaks), and a `git diff` of the file
//! shows the change and nothing else. serde_json finds the ranges: a borrowed
//! `RawValue` is a slice of the text it was read from.

use serde::Deserialize;
use serde::de::{MapAccess, Visitor};
use serde_json::value::RawValue;
use std::ops::Range;

/// Which of the file's two lists of records.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum List {
    Events,
    Quotes,
}

impl List {
    pub fn noun(self) -> &'static str {
        match self {
            List::Events => "event",
            List::Quotes => "quote",
        }
    }
}

/// Why the text could not be read as a dataset's records.
pub type Shape = String;

/// Where `inner`, a slice of `outer`, starts in it.
fn offset(outer: &str, inner: &str) -> usize {
    inner.as_ptr() as usize - outer.as_ptr() as usize
}

fn range(outer: &str, inner: &str) -> Range<usize> {
    let start = offset(outer, inner);
    start..start + inner.len()
}

#[derive(Deserialize)]
struct Lists<'a> {
    #[serde(borrow)]
    events: Option<&'a RawValue>,
    #[serde(borrow)]
    quotes: Option<&'a RawValue>,
}

/// One list of the file: the range of the array (`[` to `]`) and of each record.
#[derive(Debug)]
pub struct Records {
    pub array: Option<Range<usize>>,
    pub items: Vec<Range<usize>>,
}

/// The records of `list` in `text`. A file with no `quotes` has an empty list
/// and no array.
pub fn records(text: &str, list: List) -> Result<Records, Shape> {
    let lists: Lists = serde_json::from_str(text).map_err(|e| e.to_string())?;
    let raw = match list {
        List::Events => lists.events,
        List::Quotes => lists.quotes,
    };
    let Some(raw) = raw else {
        return Ok(Records {
            array: None,
            items: Vec::new(),
        });
    };
    let items: Vec<&RawValue> = serde_json::from_str(raw.get()).map_err(|e| e.to_string())?;
    Ok(Records {
        array: Some(range(text, raw.get())),
        items: items.iter().map(|r| range(text, r.get())).collect(),
    })
}

#[derive(Deserialize)]
struct Id<'a> {
    #[serde(borrow)]
    id: std::borrow::Cow<'a, str>,
}

/// The index of the record whose id is `id`.
pub fn find(text: &str, records: &Records, id: &str) -> Option<usize> {
    records.items.iter().position(|r| {
        serde_json::from_str::<Id>(&text[r.clone()]).is_ok_and(|record| record.id == id)
    })
}

/// A member of a record: the ranges of its key (with its quotes) and value.
#[derive(Debug, Clone)]
pub struct Member {
    pub name: String,
    pub key: Range<usize>,
    pub value: Range<usize>,
}

/// The members of an object, in the order they are written.
struct Ordered<'a>(Vec<(String, &'a RawValue)>);

impl<'de> Deserialize<'de> for Ordered<'de> {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V;
        impl<'de> Visitor<'de> for V {
            type Value = Ordered<'de>;
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str("a record (a JSON object)")
            }
            fn visit_map<M: MapAccess<'de>>(self, mut map: M) -> Result<Self::Value, M::Error> {
                let mut members = Vec::new();
                while let Some(member) = map.next_entry::<String, &'de RawValue>()? {
                    members.push(member);
                }
                Ok(Ordered(members))
            }
        }
        d.deserialize_map(V)
    }
}

/// The members of the record `record` (an object's text, alone).
pub fn members(record: &str) -> Result<Vec<Member>, Shape> {
    let Ordered(found) = serde_json::from_str(record).map_err(|e| e.to_string())?;
    let mut out = Vec::with_capacity(found.len());
    for (name, value) in found {
        let value = range(record, value.get());
        // Back from the value over `"name" :`, which the parser has read.
        let before = record[..value.start].trim_end();
        let before = before
            .strip_suffix(':')
            .ok_or("a member without a colon")?
            .trim_end();
        let end = before.len();
        let quoted = format!("\"{name}\"");
        // Field names are plain words (the schema refuses others), so the
        // key is written as its name in quotes.
        if !before.ends_with(&quoted) {
            return Err(format!("the key of `{name}` is written with escapes"));
        }
        out.push(Member {
            name,
            key: end - quoted.len()..end,
            value,
        });
    }
    Ok(out)
}

/// The spaces that start the line `at` is on.
pub fn indent_at(text: &str, at: usize) -> &str {
    let line = text[..at].rfind('\n').map_or(0, |i| i + 1);
    let rest = &text[line..];
    &rest[..rest.len() - rest.trim_start_matches([' ', '\t']).len()]
}

/// `value` laid out for a member whose line is indented by `indent`: over
/// several lines (`multiline`), pretty, each step of nesting `unit` deeper, as
/// serde_json writes a dataset; else on one line.
pub fn layout(value: &serde_json::Value, indent: &str, multiline: bool, unit: &str) -> String {
    if !multiline {
        return value.to_string();
    }
    let mut out = Vec::new();
    let formatter = serde_json::ser::PrettyFormatter::with_indent(unit.as_bytes());
    let mut ser = serde_json::Serializer::with_formatter(&mut out, formatter);
    if serde::Serialize::serialize(value, &mut ser).is_err() {
        return value.to_string();
    }
    let pretty = String::from_utf8_lossy(&out).into_owned();
    pretty.replace('\n', &format!("\n{indent}"))
}
