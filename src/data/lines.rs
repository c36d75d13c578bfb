//! The lines of the records that have problems, found from where their JSON
//! text lies in the file: no search of the text for what looks like an id.

use serde::Deserialize;
use serde_json::value::RawValue;

/// Each list of the dataset as the JSON text of its records, borrowed from
/// the file: where each record starts is where its text does.
#[derive(Deserialize)]
struct Lists<'a> {
    #[serde(borrow, default)]
    sources: Vec<&'a RawValue>,
    #[serde(borrow, default)]
    actors: Vec<&'a RawValue>,
    #[serde(borrow, default)]
    terms: Vec<&'a RawValue>,
    #[serde(borrow, default)]
    events: Vec<&'a RawValue>,
    #[serde(borrow, default)]
    quotes: Vec<&'a RawValue>,
}

/// A record's id, as its JSON text, to tell the line where the record names
/// itself (a record spread over lines starts with a line of just `{`).
#[derive(Deserialize)]
struct Id<'a> {
    #[serde(borrow)]
    id: &'a RawValue,
}

/// The line (from 1) of each record named by its list and index in `json`:
/// the line of its `id` value if it has one, else of its first char. `None`
/// for a place that is no record (the dataset itself). One pass over the
/// file, however many records are asked for.
pub(super) fn of_records(json: &[u8], places: &[(&str, usize)]) -> Vec<Option<usize>> {
    // The file was read whole before it was checked, so it reads again; if it
    // did not, lines are left out rather than the problems.
    let Ok(lists) = serde_json::from_slice::<Lists>(json) else {
        return vec![None; places.len()];
    };
    let offsets: Vec<Option<usize>> = places
        .iter()
        .map(|&(list, index)| {
            let list = match list {
                "sources" => &lists.sources,
                "actors" => &lists.actors,
                "terms" => &lists.terms,
                "events" => &lists.events,
                "quotes" => &lists.quotes,
                _ => return None,
            };
            let record = list.get(index)?.get();
            let at = match serde_json::from_str::<Id>(record) {
                Ok(Id { id }) => id.get(),
                Err(_) => record,
            };
            // Both are slices of `json`, so where one starts is an offset in it.
            (at.as_ptr() as usize).checked_sub(json.as_ptr() as usize)
        })
        .collect();
    let mut order: Vec<usize> = (0..places.len())
        .filter(|&i| offsets[i].is_some())
        .collect();
    order.sort_unstable_by_key(|&i| offsets[i]);
    let mut lines = vec![None; places.len()];
    let (mut counted_to, mut line) = (0, 1);
    for i in order {
        let Some(at) = offsets[i].filter(|&at| at <= json.len()) else {
            continue;
        };
        line += json[counted_to..at].iter().filter(|&&b| b == b'\n').count();
        counted_to = at;
        lines[i] = Some(line);
    }
    lines
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_record_s_line_is_that_of_its_id_or_of_its_start() {
        let json = concat!(
            "{\"schema\": \"newsline/1\",\n",
            " \"actors\": [{\"id\": \"a\"},\n",
            "  {\n",
            "   \"name\": \"\\\"id\\\": \\\"b\\\"\",\n",
            "   \"id\": \"b\"}],\n",
            " \"events\": [\n",
            "  {\"date\": \"2025\"}],\n",
            " \"quotes\": [{\"text\": \"x\", \"id\":\n",
            "  \"a\"}]}\n",
        );
        let places = [
            ("quotes", 0),
            ("actors", 1),
            ("dataset", 0),
            ("events", 0),
            ("actors", 0),
            ("actors", 2),
        ];
        assert_eq!(
            of_records(json.as_bytes(), &places),
            vec![Some(9), Some(5), None, Some(7), Some(2), None]
        );
    }

    #[test]
    fn a_file_that_does_not_read_gives_no_lines() {
        assert_eq!(of_records(b"{\"actors\": [", &[("actors", 0)]), vec![None]);
    }
}
