//! Corrections to a dataset file by hand: a quote's speaker, date or event, a
//! quote deleted, an event's title, date or actors. Each is made in the
//! file's text, replacing only the bytes of what changed (see `splice.rs`), marks
//! the record `edited` with the time, and gives the change that undoes it.
//! [`commit()`] writes a change under the dataset's lock, checked first.
//!
//! Above `data` and `store`, beside `import`; neither `data` nor `query`
//! imports it.

pub mod commit;
mod splice;
#[cfg(test)]
mod tests;

pub use commit::{Committed, commit};
pub use splice::List;

use serde_json::Value;

/// A value to put in a record.
#[derive(Debug, Clone, PartialEq)]
pub enum NewValue {
    /// A value the user chose, laid out like the one it replaces.
    Json(Value),
    /// Exactly this JSON text: what an undo puts back.
    Raw(String),
}

/// What a member must hold for a change to apply: a check that nobody
/// changed it on disk since the explorer showed it.
#[derive(Debug, Clone, PartialEq)]
pub enum Expect {
    Anything,
    Absent,
    /// This value, as the explorer shows it (text cleaned for the screen).
    Shown(Value),
}

/// One member of a record set to a value, or removed (`to: None`).
#[derive(Debug, Clone, PartialEq)]
pub struct SetField {
    pub name: String,
    pub expect: Expect,
    pub to: Option<NewValue>,
}

/// A change to a dataset file. Records are found by id, so a change still
/// applies when the file was changed elsewhere meanwhile, as long as what it
/// changes is as the explorer showed it.
#[derive(Debug, Clone, PartialEq)]
pub enum Change {
    /// Members of one record set; `mark` sets its `edited` to the time.
    Set {
        list: List,
        id: String,
        fields: Vec<SetField>,
        mark: bool,
    },
    /// A record removed.
    Delete { list: List, id: String },
    /// A removed record put back at `index`, as the JSON text it had.
    Restore {
        list: List,
        index: usize,
        id: String,
        text: String,
    },
}

impl Change {
    /// The user's change of one member of a record from `shown` to `to`.
    pub fn set(list: List, id: &str, name: &str, shown: Value, to: Value) -> Change {
        Change::Set {
            list,
            id: id.to_string(),
            fields: vec![SetField {
                name: name.to_string(),
                expect: Expect::Shown(shown),
                to: Some(NewValue::Json(to)),
            }],
            mark: true,
        }
    }
}

/// Why a change was not made. Nothing was written in any case.
#[derive(Debug, thiserror::Error)]
pub enum EditError {
    #[error("{noun} `{id}` is no longer in the dataset (it changed on disk); nothing was written")]
    Gone { noun: &'static str, id: String },
    #[error(
        "the {field} of {noun} `{id}` changed on disk since it was shown (it is now {now}); nothing was written"
    )]
    Conflict {
        noun: &'static str,
        id: String,
        field: String,
        now: String,
    },
    #[error("{noun} `{id}` is in the dataset again (it changed on disk); nothing was written")]
    Exists { noun: &'static str, id: String },
    #[error("the dataset file is not laid out as a dataset: {0}")]
    Shape(String),
    #[error(transparent)]
    Load(#[from] crate::data::LoadError),
    #[error("the changed dataset would not be valid, so nothing was written: {0}")]
    Invalid(crate::data::LoadError),
    #[error("cannot write {path}: {source}")]
    Write {
        path: std::path::PathBuf,
        #[source]
        source: std::io::Error,
    },
}

/// A change made to a file's text, and the change that undoes it.
#[derive(Debug)]
pub struct Applied {
    pub text: String,
    pub undo: Change,
}

/// Makes `change` in `text`, the dataset file's JSON; `now` is the time
/// (RFC 3339) an `edited` mark gets.
pub fn apply(text: &str, change: &Change, now: &str) -> Result<Applied, EditError> {
    match change {
        Change::Set {
            list,
            id,
            fields,
            mark,
        } => set(text, *list, id, fields, *mark, now),
        Change::Delete { list, id } => delete(text, *list, id),
        Change::Restore {
            list,
            index,
            id,
            text: record,
        } => restore(text, *list, *index, id, record),
    }
}

/// Whether a member's value is `shown`: text compared as the explorer
/// cleans it for the screen.
fn same(now: &Value, shown: &Value) -> bool {
    match (now, shown) {
        (Value::String(a), Value::String(b)) => {
            crate::text::clean(a, false) == crate::text::clean(b, false)
        }
        (Value::Array(a), Value::Array(b)) => {
            a.len() == b.len() && a.iter().zip(b).all(|(x, y)| same(x, y))
        }
        _ => now == shown,
    }
}

fn find(text: &str, list: List, id: &str) -> Result<(splice::Records, usize), EditError> {
    let records = splice::records(text, list).map_err(EditError::Shape)?;
    let i = splice::find(text, &records, id).ok_or_else(|| EditError::Gone {
        noun: list.noun(),
        id: id.to_string(),
    })?;
    Ok((records, i))
}

fn set(
    text: &str,
    list: List,
    id: &str,
    fields: &[SetField],
    mark: bool,
    now: &str,
) -> Result<Applied, EditError> {
    let (records, i) = find(text, list, id)?;
    let at = records.items[i].clone();
    let mut record = text[at.clone()].to_string();
    let edited = SetField {
        name: "edited".into(),
        expect: Expect::Anything,
        to: Some(NewValue::Json(Value::String(now.to_string()))),
    };
    let record_indent = splice::indent_at(text, at.start).to_string();
    let mut undo = Vec::new();
    for f in fields.iter().chain(mark.then_some(&edited)) {
        let members = splice::members(&record).map_err(EditError::Shape)?;
        let current = members.iter().find(|m| m.name == f.name);
        let value = |m: &splice::Member| record[m.value.clone()].to_string();
        let holds = match (&f.expect, current) {
            (Expect::Anything, _) | (Expect::Absent, None) => true,
            (Expect::Shown(shown), Some(m)) => {
                serde_json::from_str(&value(m)).is_ok_and(|v: Value| same(&v, shown))
            }
            _ => false,
        };
        if !holds {
            return Err(EditError::Conflict {
                noun: list.noun(),
                id: id.to_string(),
                field: f.name.clone(),
                now: current.map_or("absent".into(), |m| shorten(&value(m))),
            });
        }
        undo.push(SetField {
            name: f.name.clone(),
            expect: match &f.to {
                None => Expect::Absent,
                Some(NewValue::Json(v)) => Expect::Shown(v.clone()),
                Some(NewValue::Raw(raw)) => {
                    serde_json::from_str(raw).map_or(Expect::Anything, Expect::Shown)
                }
            },
            to: current.map(|m| NewValue::Raw(value(m))),
        });
        record = set_member(&record, &members, &record_indent, &f.name, f.to.as_ref());
    }
    Ok(Applied {
        text: [&text[..at.start], &record, &text[at.end..]].concat(),
        undo: Change::Set {
            list,
            id: id.to_string(),
            fields: undo,
            mark: false,
        },
    })
}

fn shorten(json: &str) -> String {
    let one_line: String = json.split_whitespace().collect::<Vec<_>>().join(" ");
    match one_line.char_indices().nth(60) {
        Some((i, _)) => format!("{}…", &one_line[..i]),
        None => one_line,
    }
}

/// `record` with its member `name` set to `to`, or removed.
fn set_member(
    record: &str,
    members: &[splice::Member],
    record_indent: &str,
    name: &str,
    to: Option<&NewValue>,
) -> String {
    let multiline = record.contains('\n');
    let key_indent = members.first().map_or(String::new(), |m| {
        splice::indent_at(record, m.key.start).to_string()
    });
    let unit = match key_indent.strip_prefix(record_indent) {
        Some(step) if !step.is_empty() => step.to_string(),
        _ => "  ".to_string(),
    };
    let written = |v: &NewValue, was_multiline: bool| match v {
        NewValue::Raw(raw) => raw.clone(),
        NewValue::Json(v) => splice::layout(v, &key_indent, was_multiline, &unit),
    };
    let i = members.iter().position(|m| m.name == name);
    let splice = |r: std::ops::Range<usize>, with: &str| {
        [&record[..r.start], with, &record[r.end..]].concat()
    };
    match (i, to) {
        (Some(i), Some(v)) => {
            let m = &members[i];
            let was = record[m.value.clone()].contains('\n') || (multiline && is_list(v));
            splice(m.value.clone(), &written(v, was))
        }
        (Some(i), None) => {
            let m = &members[i];
            let r = match (i.checked_sub(1), members.get(i + 1)) {
                (Some(prev), _) => members[prev].value.end..m.value.end,
                (None, Some(next)) => m.key.start..next.key.start,
                (None, None) => m.key.start..m.value.end,
            };
            splice(r, "")
        }
        (None, Some(v)) => {
            let Some(last) = members.last() else {
                let inner = record.trim_start_matches('{').len();
                let at = record.len() - inner;
                let member = format!("\"{name}\": {}", written(v, false));
                return splice(at..at, &member);
            };
            // Laid out as the record's last member is.
            let sep = match members.len() {
                1 => ", ".to_string(),
                n => record[members[n - 2].value.end..last.key.start].to_string(),
            };
            let colon = &record[last.key.end..last.value.start];
            let member = format!("{sep}\"{name}\"{colon}{}", written(v, multiline));
            splice(last.value.end..last.value.end, &member)
        }
        (None, None) => record.to_string(),
    }
}

fn is_list(v: &NewValue) -> bool {
    matches!(v, NewValue::Json(Value::Array(a)) if !a.is_empty())
}

fn delete(text: &str, list: List, id: &str) -> Result<Applied, EditError> {
    let (records, i) = find(text, list, id)?;
    let items = &records.items;
    let record = text[items[i].clone()].to_string();
    let (cut, with) = match (items.len(), i) {
        (1, _) => (records.array.clone().unwrap_or(items[0].clone()), "[]"),
        (_, 0) => (items[0].start..items[1].start, ""),
        _ => (items[i - 1].end..items[i].end, ""),
    };
    Ok(Applied {
        text: [&text[..cut.start], with, &text[cut.end..]].concat(),
        undo: Change::Restore {
            list,
            index: i,
            id: id.to_string(),
            text: record,
        },
    })
}

fn restore(
    text: &str,
    list: List,
    index: usize,
    id: &str,
    record: &str,
) -> Result<Applied, EditError> {
    let records = splice::records(text, list).map_err(EditError::Shape)?;
    if splice::find(text, &records, id).is_some() {
        return Err(EditError::Exists {
            noun: list.noun(),
            id: id.to_string(),
        });
    }
    let items = &records.items;
    let pretty = text.contains('\n');
    let (at, with) = match (items.first(), &records.array) {
        (None, Some(array)) => {
            let indent = splice::indent_at(text, array.start);
            let with = if pretty {
                format!("[\n{indent}  {record}\n{indent}]")
            } else {
                format!("[{record}]")
            };
            (array.clone(), with)
        }
        (None, None) => {
            return Err(EditError::Shape(format!(
                "it has no list of {}s to put the {} back in",
                list.noun(),
                list.noun()
            )));
        }
        (Some(first), _) => {
            let sep = match items.get(1) {
                Some(second) => text[first.end..second.start].to_string(),
                None if pretty => format!(",\n{}", splice::indent_at(text, first.start)),
                None => ",".to_string(),
            };
            match index.min(items.len()) {
                0 => (first.start..first.start, format!("{record}{sep}")),
                n => (items[n - 1].end..items[n - 1].end, format!("{sep}{record}")),
            }
        }
    };
    Ok(Applied {
        text: [&text[..at.start], &with, &text[at.end..]].concat(),
        undo: Change::Delete {
            list,
            id: id.to_string(),
        },
    })
}
