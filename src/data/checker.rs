//! Looking things up while a dataset is checked, and telling problems with
//! where they are: the record, its list and index, and its line in the file.

use super::date::FuzzyDate;
use super::error::Problem;
use super::model::*;
use super::schema::*;
use crate::text::{clean, is_clean};
use rustc_hash::FxHashMap;

/// What checking a record looks things up in. Read-only, so that both halves
/// of the quotes can be checked at once, each on its own core.
pub(super) struct Refs {
    pub(super) actor_ix: Ids,
    pub(super) source_ix: Ids,
    /// Each source's text as chars, to check spans by char: one copy for
    /// all the sources that have the same text.
    pub(super) source_chars: Vec<Option<std::sync::Arc<[char]>>>,
    /// Records whose id an earlier record of the same list has, by kind and
    /// index: which occurrence of the id each is (1 for the second).
    pub(super) repeats: FxHashMap<(&'static str, usize), usize>,
}

pub(super) struct Checker<'r> {
    pub(super) refs: &'r Refs,
    /// Problems with where they are; turned into [`Problem`]s (with lines,
    /// found only then) at the end.
    pub(super) problems: Vec<(At, String)>,
}

/// Where a record is, while it is checked: borrowed, so that a valid dataset
/// of a million records costs nothing here.
#[derive(Clone, Copy)]
pub(super) struct Where<'x> {
    pub(super) kind: &'static str,
    pub(super) list: &'static str,
    pub(super) index: usize,
    /// Its id, or a term's text.
    pub(super) id: &'x str,
    pub(super) has_id: bool,
}

/// Where a record with a problem is: its kind, position and id.
pub(super) struct At {
    kind: &'static str,
    list: &'static str,
    index: usize,
    id: Key,
    has_id: bool,
}

impl At {
    pub(super) fn top() -> At {
        At {
            kind: "dataset",
            list: "",
            index: 0,
            id: Key::default(),
            has_id: false,
        }
    }

    /// Its list and index, to find its line: ("dataset", 0) for the dataset.
    pub(super) fn place(&self) -> (&'static str, usize) {
        match self.kind {
            "dataset" => ("dataset", 0),
            _ => (self.list, self.index),
        }
    }

    pub(super) fn problem(&self, message: String, line: Option<usize>) -> Problem {
        let record = match (self.kind, self.has_id) {
            ("dataset", _) => "dataset".to_string(),
            (kind, true) => format!("{kind} `{}` ({}[{}])", self.id, self.list, self.index),
            (kind, false) => format!(
                "{kind} `{}` ({}[{}])",
                shorten(&self.id),
                self.list,
                self.index
            ),
        };
        Problem {
            record,
            line,
            message,
        }
    }
}

/// The records of one list whose id an earlier record has, each with which
/// occurrence of the id it is. Sorting hashes takes less memory and time than
/// a map of a million ids; equal hashes are then told apart by their ids.
pub(super) fn repeats(ids: &[&str]) -> Vec<(usize, usize)> {
    let hasher = rustc_hash::FxBuildHasher;
    let mut keyed: Vec<(u64, usize)> = ids
        .iter()
        .enumerate()
        .map(|(i, id)| (std::hash::BuildHasher::hash_one(&hasher, id), i))
        .collect();
    keyed.sort_unstable();
    let mut found = Vec::new();
    for run in keyed.chunk_by_mut(|a, b| a.0 == b.0) {
        if run.len() < 2 {
            continue;
        }
        // By id, then by place: an occurrence is its place among equal ids.
        run.sort_unstable_by(|a, b| ids[a.1].cmp(ids[b.1]).then(a.1.cmp(&b.1)));
        for group in run.chunk_by(|a, b| ids[a.1] == ids[b.1]) {
            found.extend(group.iter().enumerate().skip(1).map(|(n, &(_, i))| (i, n)));
        }
    }
    found
}

impl<'r> Checker<'r> {
    pub(super) fn new(refs: &'r Refs) -> Self {
        Checker {
            refs,
            problems: Vec::new(),
        }
    }

    pub(super) fn problem(&mut self, w: &Where, message: String) {
        let at = At {
            kind: w.kind,
            list: w.list,
            index: w.index,
            id: Key::from(w.id),
            has_id: w.has_id,
        };
        self.problems.push((at, message));
    }

    /// Where the record is; complains if its id is empty, holds a char that
    /// is not plain printable text, or an earlier record of the same list has
    /// it: one problem at most, the first of these. Ids are keys, so they are
    /// not cleaned on load; one that is not plain would reach whatever reads
    /// an export or `--json` (a `jq -r` writes an escape sequence back out).
    pub(super) fn record<'x>(
        &mut self,
        kind: &'static str,
        list: &'static str,
        index: usize,
        id: &'x str,
    ) -> Where<'x> {
        let w = Where {
            kind,
            list,
            index,
            id,
            has_id: true,
        };
        if id.trim().is_empty() {
            self.problem(&w, "empty id".into());
        } else if !is_clean(id) {
            self.problem(&w, NOT_PLAIN.into());
        } else if self.refs.repeats.contains_key(&(kind, index)) {
            self.problem(&w, duplicate(id, kind));
        }
        w
    }

    pub(super) fn date(&mut self, w: &Where, field: &str, text: &str) -> FuzzyDate {
        FuzzyDate::parse_iso(text).unwrap_or_else(|e| {
            self.problem(w, format!("bad {field}: {e}"));
            FuzzyDate::year(1970).unwrap_or_else(|| FuzzyDate::day(chrono::NaiveDate::MIN))
        })
    }

    pub(super) fn actor(&mut self, w: &Where, field: &str, id: &str) -> Option<ActorIx> {
        let found = self.refs.actor_ix.get(id).copied();
        if found.is_none() {
            self.problem(w, format!("{field}: unknown actor `{id}`"));
        }
        found
    }

    pub(super) fn actors(&mut self, w: &Where, field: &str, ids: &[Key]) -> Vec<ActorIx> {
        ids.iter()
            .filter_map(|id| self.actor(w, field, id))
            .collect()
    }

    /// Checks a span against its source; `expected` is the text it must cover.
    pub(super) fn span(
        &mut self,
        w: &Where,
        field: &str,
        rec: &SpanRecord,
        expected: Option<&str>,
    ) -> Span {
        let [start, end] = rec.span;
        let Some(&source) = self.refs.source_ix.get(rec.source.as_str()) else {
            self.problem(w, format!("{field}: unknown source `{}`", rec.source));
            return Span {
                source: 0,
                start,
                end,
            };
        };
        if start > end {
            self.problem(
                w,
                format!("{field}: span [{start}, {end}] ends before it starts"),
            );
        } else if let Some(chars) = &self.refs.source_chars[source] {
            let mut wrong = Vec::new();
            if end > chars.len() {
                wrong.push(format!(
                    "{field}: span [{start}, {end}] is past the end of source `{}` ({} chars)",
                    rec.source,
                    chars.len()
                ));
            } else {
                let actual = &chars[start..end];
                for want in [expected, rec.excerpt.as_deref()].into_iter().flatten() {
                    // Compared char by char: a million quotes, no copies.
                    if !actual.iter().copied().eq(want.chars()) {
                        let actual: String = actual.iter().collect();
                        wrong.push(format!(
                            "{field}: span [{start}, {end}] of source `{}` reads «{}», not «{}»",
                            rec.source,
                            shorten(&actual),
                            shorten(want)
                        ));
                    }
                }
            }
            for message in wrong {
                self.problem(w, message);
            }
        }
        Span { source, start, end }
    }
}

pub(super) fn shorten(s: &str) -> String {
    let clean = clean(s, false);
    if clean.chars().count() <= 60 {
        clean
    } else {
        format!("{}…", clean.chars().take(59).collect::<String>())
    }
}

/// Each id's index; where ids repeat (a problem told elsewhere), the first.
/// The ids are copied into the map (inline, as most are short): a look-up
/// then reads the map alone, not the record each id is in, which at a million
/// look-ups was a tenth of a load.
pub(super) fn first_of<'a>(ids: impl ExactSizeIterator<Item = &'a str>) -> Ids {
    let mut map = FxHashMap::with_capacity_and_hasher(ids.len(), Default::default());
    for (i, id) in ids.enumerate() {
        map.entry(Key::from(id)).or_insert(i);
    }
    map
}

/// Records' indexes by id.
pub(super) type Ids = FxHashMap<Key, usize>;

pub(super) fn all_repeats(
    sources: &[SourceRecord],
    actors: &[ActorRecord],
    events: &[EventRecord],
) -> FxHashMap<(&'static str, usize), usize> {
    let mut all = FxHashMap::default();
    let mut add = |kind: &'static str, ids: Vec<&str>| {
        all.extend(repeats(&ids).into_iter().map(|(i, n)| ((kind, i), n)));
    };
    add("source", sources.iter().map(|r| r.id.as_str()).collect());
    add("actor", actors.iter().map(|r| r.id.as_str()).collect());
    add("event", events.iter().map(|r| r.id.as_str()).collect());
    all
}

/// The quotes' problems with their repeated ids added, each before the
/// record's other problems, as [`Checker::record`] tells them for the other
/// lists. Quotes are read and checked at once, so their ids are only known
/// afterwards.
pub(super) fn with_repeats(ids: &[&str], problems: Vec<(At, String)>) -> Vec<(At, String)> {
    let mut found = repeats(ids);
    if found.is_empty() {
        return problems;
    }
    found.sort_unstable();
    // An empty id or one that is not plain is told as that, not as a repeat.
    found.retain(|&(i, _)| !ids[i].trim().is_empty() && is_clean(ids[i]));
    let mut out = Vec::with_capacity(problems.len() + found.len());
    let mut found = found.into_iter().peekable();
    for (at, message) in problems {
        while let Some((i, _)) = found.next_if(|&(i, _)| i <= at.index) {
            out.push(duplicate_quote(ids[i], i));
        }
        out.push((at, message));
    }
    out.extend(found.map(|(i, _)| duplicate_quote(ids[i], i)));
    out
}

fn duplicate_quote(id: &str, index: usize) -> (At, String) {
    let at = At {
        kind: "quote",
        list: "quotes",
        index,
        id: Key::from(id),
        has_id: true,
    };
    (at, duplicate(id, "quote"))
}

/// What a record whose id holds a char [`is_clean`] refuses is told.
pub(super) const NOT_PLAIN: &str =
    "the id holds a control, bidi or invisible character; ids must be plain printable text";

/// What a record whose id an earlier `kind` has is told.
fn duplicate(id: &str, kind: &str) -> String {
    format!("duplicate id `{id}`: another {kind} has it")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn repeats_are_each_later_record_with_an_id_and_which_occurrence() {
        let ids = ["a", "b", "a", "c", "a", "b"];
        let mut found = repeats(&ids);
        found.sort_unstable();
        assert_eq!(found, vec![(2, 1), (4, 2), (5, 1)]);
        assert!(repeats(&["x", "y", "z"]).is_empty());
        // One id for every record takes a sort, not a comparison of each pair.
        let same = vec!["q"; 50_000];
        let mut found = repeats(&same);
        found.sort_unstable();
        assert_eq!(found.len(), 49_999);
        assert!(found.iter().all(|&(i, n)| i == n));
    }

    #[test]
    fn repeated_quote_ids_are_told_before_the_record_s_other_problems() {
        let ids = ["a", " ", "a", " ", "b", "b"];
        let at = |index: usize| duplicate_quote(ids[index], index).0;
        let problems = vec![
            (at(0), "first".to_string()),
            (at(2), "third".to_string()),
            (at(3), "empty id".to_string()),
        ];
        let told: Vec<(usize, String)> = with_repeats(&ids, problems)
            .into_iter()
            .map(|(at, m)| (at.index, m))
            .collect();
        let dup = |id: &str| format!("duplicate id `{id}`: another quote has it");
        assert_eq!(
            told,
            vec![
                (0, "first".into()),
                (2, dup("a")),
                (2, "third".into()),
                // A blank id is told as empty, not again as a repeat.
                (3, "empty id".into()),
                (5, dup("b")),
            ]
        );
        assert!(with_repeats(&["x", "y"], Vec::new()).is_empty());
    }

    #[test]
    fn a_repeated_id_that_is_not_plain_is_told_once_as_that() {
        // Its record tells it is not plain; a repeat would say it again.
        let ids = [
            "a\u{1b}]0;x\u{7}",
            "a\u{1b}]0;x\u{7}",
            "b\u{202e}",
            "b\u{202e}",
        ];
        assert!(with_repeats(&ids, Vec::new()).is_empty());
        assert!(!is_clean(ids[0]) && !is_clean(ids[2]));
    }
}
