//! Tests of the dataset's checks: problems in order with their lines, a file read in pieces, a quote that is not one.

use super::*;
use crate::data::error::LoadError;

#[test]
fn problems_in_both_halves_of_the_quotes_come_in_order_with_their_lines() {
    let n = 3 * PIECE;
    let mut file = crate::data::generate::generate(50, n, 40, 5);
    assert_eq!(file.quotes.len(), n);
    file.quotes[3].event = "nowhere".into();
    file.quotes[n - 1].speaker = "nobody".into();
    let twice = file.quotes[7].id.clone();
    file.quotes[2 * PIECE].id = twice.clone();
    file.quotes[2 * PIECE].speaker = "nobody either".into();
    let json = serde_json::to_string_pretty(&file).unwrap();
    let path = std::path::Path::new("generated.json");
    let Err(LoadError::Invalid { problems, .. }) =
        crate::data::load::parse(path, &json, |_| Err("no files".into()))
    else {
        panic!("the broken dataset loads");
    };
    let said: Vec<(&str, &str)> = problems
        .iter()
        .map(|p| (p.record.as_str(), p.message.as_str()))
        .collect();
    let dup = format!("quote `{twice}` (quotes[{}])", 2 * PIECE);
    let last = format!("quote `{}` (quotes[{}])", file.quotes[n - 1].id, n - 1);
    assert_eq!(
        said,
        vec![
            (
                format!("quote `{}` (quotes[3])", file.quotes[3].id).as_str(),
                "event: unknown event `nowhere`"
            ),
            (
                dup.as_str(),
                format!("duplicate id `{twice}`: another quote has it").as_str()
            ),
            (dup.as_str(), "speaker: unknown actor `nobody either`"),
            (last.as_str(), "speaker: unknown actor `nobody`"),
        ]
    );
    // Both problems of the duplicate are told at the line of its second record.
    let key = format!("\"id\": \"{twice}\"");
    let at = json.match_indices(&key).nth(1).unwrap().0;
    let line = json[..at].matches('\n').count() + 1;
    assert_eq!(problems[1].line, Some(line));
    assert_eq!(problems[2].line, Some(line));

    // From a file, mapped and its pages given back while the quotes are
    // read, the lines are found in it all the same.
    let dir = tempfile::tempdir().unwrap();
    let Err(LoadError::Invalid {
        problems: from_file,
        ..
    }) = crate::data::load_path(&write(dir.path(), &json))
    else {
        panic!("the broken dataset loads from its file");
    };
    assert_eq!(from_file, problems);
}

fn write(dir: &std::path::Path, json: &str) -> std::path::PathBuf {
    let path = dir.join("generated.json");
    std::fs::write(&path, json).unwrap();
    path
}

#[test]
fn a_file_read_in_pieces_gives_the_dataset_its_text_gives() {
    let file = crate::data::generate::generate(50, 3 * PIECE + 7, 40, 9);
    let json = serde_json::to_string_pretty(&file).unwrap();
    let dir = tempfile::tempdir().unwrap();
    // The file is mapped and its pages given back as its quotes are read.
    let read = crate::data::load_path(&write(dir.path(), &json)).unwrap();
    let parsed = crate::data::load::parse(dir.path(), &json, |_| Err("none".into())).unwrap();
    let quotes = |ds: &Dataset| -> Vec<(String, String, String, usize)> {
        ds.quotes
            .iter()
            .map(|q| {
                (
                    q.id.to_string(),
                    q.text.to_string(),
                    q.date.to_string(),
                    q.event,
                )
            })
            .collect()
    };
    assert_eq!(read.quotes.len(), 3 * PIECE + 7);
    assert_eq!(quotes(&read), quotes(&parsed));
}

#[test]
fn a_quote_that_is_not_one_is_told_where_as_a_syntax_error() {
    let file = crate::data::generate::generate(50, 3 * PIECE, 40, 5);
    let mut value = serde_json::to_value(&file).unwrap();
    let broken = 2 * PIECE + 5;
    value["quotes"][broken]
        .as_object_mut()
        .unwrap()
        .remove("speaker");
    let json = serde_json::to_string_pretty(&value).unwrap();
    let whole = serde_json::from_str::<DatasetFile>(&json).unwrap_err();
    let dir = tempfile::tempdir().unwrap();
    let Err(LoadError::Syntax {
        line,
        column,
        message,
        ..
    }) = crate::data::load_path(&write(dir.path(), &json))
    else {
        panic!("a quote without a speaker loads");
    };
    assert_eq!(message, "missing field `speaker`");
    assert_eq!((line, column), (whole.line(), whole.column()));
    // Its line is in the broken quote, not at the start of the list.
    let id = format!("\"id\": \"{}\"", file.quotes[broken].id);
    assert!(line > json[..json.find(&id).unwrap()].matches('\n').count());
}
