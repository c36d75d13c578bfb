//! Property tests that build VALID datasets (sources with article text,
//! countries and people, events and quotes whose spans hold their words),
//! check that they load, then damage them the ways a file gets damaged: a
//! required field deleted, a reference changed, the file cut, a byte flipped.
//! Every damage gives an error that says what is wrong, never a panic.
// A test that cannot unwrap has failed; that is the point of it.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use proptest::prelude::*;
use serde_json::{Value, json};
use std::path::Path;

const WORDS: [&str; 8] = [
    "troupes",
    "sécurité",
    "Europe",
    "l’Ukraine",
    "garanties",
    "paix",
    "sol",
    "cessez-le-feu",
];

/// One article: its words, as indexes into [`WORDS`].
fn article() -> impl Strategy<Value = Vec<usize>> {
    proptest::collection::vec(0..WORDS.len(), 4..30)
}

/// The char range of words `from..to` of `words` joined by spaces, and its text.
fn span_of(words: &[usize], from: usize, to: usize) -> ([usize; 2], String) {
    let chars = |ws: &[usize]| -> usize {
        ws.iter().map(|&w| WORDS[w].chars().count()).sum::<usize>() + ws.len().saturating_sub(1)
    };
    let start = if from == 0 {
        0
    } else {
        chars(&words[..from]) + 1
    };
    let text: Vec<&str> = words[from..to].iter().map(|&w| WORDS[w]).collect();
    let text = text.join(" ");
    ([start, start + text.chars().count()], text)
}

/// A valid dataset: 1–3 articles, 1–3 countries with 1–4 people, 1–4 events
/// and 0–6 quotes, every reference and span sound.
fn valid_dataset() -> impl Strategy<Value = Value> {
    (
        proptest::collection::vec(article(), 1..4),
        1usize..4,
        proptest::collection::vec(any::<usize>(), 1..5),
        proptest::collection::vec((any::<usize>(), 1u32..13, 1u32..29), 1..5),
        proptest::collection::vec(
            (any::<usize>(), any::<usize>(), any::<usize>(), any::<(usize, usize)>()),
            0..7,
        ),
    )
        .prop_map(|(articles, countries, people, events, quotes)| {
            let sources: Vec<Value> = articles
                .iter()
                .enumerate()
                .map(|(i, words)| {
                    let text: Vec<&str> = words.iter().map(|&w| WORDS[w]).collect();
                    json!({"id": format!("s{i}"), "title": format!("Article {i}"), "outlet": "Outlet",
                           "language": "fr", "published": "2025-03-04", "text": text.join(" ")})
                })
                .collect();
            let mut actors: Vec<Value> = (0..countries)
                .map(|i| json!({"id": format!("c{i}"), "name": format!("Country {i}"), "kind": "country", "code": format!("C{i}")}))
                .collect();
            actors.extend(people.iter().enumerate().map(|(i, c)| {
                json!({"id": format!("p{i}"), "name": format!("Person {i}"), "kind": "person", "country": format!("c{}", c % countries)})
            }));
            let n_actors = actors.len();
            let excerpt = |pick: usize, cut: (usize, usize)| -> Value {
                let s = pick % articles.len();
                let words = &articles[s];
                let from = cut.0 % words.len();
                let to = from + 1 + cut.1 % (words.len() - from);
                let (span, text) = span_of(words, from, to);
                json!({"source": format!("s{s}"), "span": span, "excerpt": text})
            };
            let events: Vec<Value> = events
                .iter()
                .enumerate()
                .map(|(i, &(a, month, day))| {
                    json!({"id": format!("e{i}"), "date": format!("2025-{month:02}-{day:02}"),
                           "title": format!("Event {i}"), "summary": "What happened.",
                           "actors": [format!("{}", actors[a % n_actors]["id"].as_str().unwrap())],
                           "sources": [excerpt(a, (a, a / 7))]})
                })
                .collect();
            let quotes: Vec<Value> = quotes
                .iter()
                .enumerate()
                .map(|(i, &(speaker, event, source, cut))| {
                    let place = excerpt(source, cut);
                    json!({"id": format!("q{i}"), "text": place["excerpt"],
                           "speaker": format!("p{}", speaker % people.len()),
                           "date": "2025", "event": format!("e{}", event % events.len()),
                           "source": {"source": place["source"], "span": place["span"]}})
                })
                .collect();
            json!({"schema": "newsline/1", "title": "Generated", "sources": sources,
                   "actors": actors, "events": events, "quotes": quotes})
        })
}

fn load(text: &str) -> Result<newsline::data::Dataset, String> {
    newsline::data::load::parse(Path::new("damaged.json"), text, |_| {
        Err("no files here".into())
    })
    .map_err(|e| e.to_string())
}

/// The fields each list's records cannot do without.
const REQUIRED: [(&str, &[&str]); 4] = [
    (
        "sources",
        &["id", "title", "outlet", "language", "published"],
    ),
    ("actors", &["id", "name", "kind"]),
    ("events", &["id", "date", "title"]),
    (
        "quotes",
        &["id", "text", "speaker", "date", "event", "source"],
    ),
];

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    #[test]
    fn a_generated_dataset_loads_whole(ds in valid_dataset()) {
        let loaded = load(&serde_json::to_string_pretty(&ds).unwrap());
        let loaded = loaded.map_err(|e| TestCaseError::fail(format!("{e}\n{ds:#}")))?;
        prop_assert_eq!(loaded.events.len(), ds["events"].as_array().unwrap().len());
        prop_assert_eq!(loaded.quotes.len(), ds["quotes"].as_array().unwrap().len());
        prop_assert_eq!(loaded.actors.len(), ds["actors"].as_array().unwrap().len());
    }

    #[test]
    fn a_required_field_deleted_is_named(ds in valid_dataset(), list in 0usize..4, pick in any::<usize>(), field in any::<usize>()) {
        let mut ds = ds;
        let (name, fields) = REQUIRED[list];
        let records = ds[name].as_array_mut().unwrap();
        prop_assume!(!records.is_empty());
        let n = records.len();
        let field = fields[field % fields.len()];
        let record = &mut records[pick % n];
        record.as_object_mut().unwrap().remove(field);
        let err = load(&serde_json::to_string_pretty(&ds).unwrap());
        let err = err.err().ok_or_else(|| TestCaseError::fail(format!("{name}.{field} deleted, and it loaded")))?;
        prop_assert!(err.contains(field), "{name}.{field} deleted: {err}");
        prop_assert!(err.contains("damaged.json:"), "no place given: {err}");
    }

    #[test]
    fn a_reference_to_nothing_is_named(ds in valid_dataset(), what in 0usize..4, pick in any::<usize>()) {
        let mut ds = ds;
        let (list, path): (&str, &[&str]) = [
            ("quotes", &["speaker"][..]),
            ("quotes", &["event"][..]),
            ("quotes", &["source", "source"][..]),
            ("actors", &["country"][..]),
        ][what];
        let records = ds[list].as_array_mut().unwrap();
        // Countries have no country; only people's references are changed.
        let candidates: Vec<usize> = (0..records.len())
            .filter(|&i| path.iter().try_fold(&records[i], |v, k| v.get(k)).is_some())
            .collect();
        prop_assume!(!candidates.is_empty());
        let i = candidates[pick % candidates.len()];
        let mut v = &mut records[i];
        for k in path {
            v = &mut v[*k];
        }
        *v = json!("nowhere-to-be-found");
        let err = load(&serde_json::to_string_pretty(&ds).unwrap());
        let err = err.err().ok_or_else(|| TestCaseError::fail(format!("{list} {path:?} changed, and it loaded")))?;
        prop_assert!(err.contains("nowhere-to-be-found"), "{err}");
    }

    #[test]
    fn a_cut_file_is_an_error_not_a_panic(ds in valid_dataset(), at in any::<usize>()) {
        let text = serde_json::to_string_pretty(&ds).unwrap();
        // Anywhere before its closing brace, on a char boundary.
        let mut at = at % (text.len() - 1);
        while !text.is_char_boundary(at) {
            at -= 1;
        }
        let err = load(&text[..at]);
        prop_assert!(err.is_err(), "cut at {at} and it loaded");
        prop_assert!(!err.unwrap_err().is_empty());
    }

    #[test]
    fn a_flipped_byte_is_an_error_or_a_dataset_never_a_panic(ds in valid_dataset(), at in any::<usize>(), bit in 0u8..8) {
        let mut bytes = serde_json::to_string_pretty(&ds).unwrap().into_bytes();
        let at = at % bytes.len();
        bytes[at] ^= 1 << bit;
        // A flip inside a string may leave it valid: then it must load, and
        // be drawn, like any dataset.
        if let Ok(text) = std::str::from_utf8(&bytes)
            && let Ok(loaded) = load(text)
        {
            let mut app = newsline::app::App::new(loaded, (80, 24));
            app.update(newsline::app::Action::Confirm);
            let mut term = ratatui::Terminal::new(ratatui::backend::TestBackend::new(80, 24)).unwrap();
            term.draw(|f| newsline::ui::draw(f, &app, &newsline::ui::Theme::colored())).unwrap();
        }
    }
}
