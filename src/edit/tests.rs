//! The edit operations on real dataset text: each changes only its record's
//! lines, and its undo gives the file back byte for byte.

use super::*;
use serde_json::json;

const NOW: &str = "2026-01-02T03:04:05Z";
const BUILTIN: &str = include_str!("../../data/coalition-of-the-willing.json");

/// A small dataset as `serde_json::to_string_pretty` writes one (as an import does).
pub(crate) const STORY: &str = include_str!("../../tests/fixtures/valid/edit-story.json");

/// The lines a line diff of `a` to `b` removes and adds, in order, as
/// `git diff` would show them (a longest common subsequence of lines; the
/// common first and last lines are set aside first, so the table is small).
fn changed<'a>(a: &'a str, b: &'a str) -> (Vec<&'a str>, Vec<&'a str>) {
    let (a, b): (Vec<&str>, Vec<&str>) = (a.lines().collect(), b.lines().collect());
    let head = a.iter().zip(&b).take_while(|(x, y)| x == y).count();
    let tail = a[head..]
        .iter()
        .rev()
        .zip(b[head..].iter().rev())
        .take_while(|(x, y)| x == y)
        .count();
    let (a, b) = (&a[head..a.len() - tail], &b[head..b.len() - tail]);
    // lcs[i][j]: the longest common subsequence of a[i..] and b[j..].
    let mut lcs = vec![vec![0usize; b.len() + 1]; a.len() + 1];
    for i in (0..a.len()).rev() {
        for j in (0..b.len()).rev() {
            lcs[i][j] = if a[i] == b[j] {
                lcs[i + 1][j + 1] + 1
            } else {
                lcs[i + 1][j].max(lcs[i][j + 1])
            };
        }
    }
    let (mut i, mut j, mut removed, mut added) = (0, 0, Vec::new(), Vec::new());
    while i < a.len() || j < b.len() {
        if i < a.len() && j < b.len() && a[i] == b[j] {
            (i, j) = (i + 1, j + 1);
        } else if j < b.len() && (i == a.len() || lcs[i][j + 1] >= lcs[i + 1][j]) {
            added.push(b[j]);
            j += 1;
        } else {
            removed.push(a[i]);
            i += 1;
        }
    }
    (removed, added)
}

fn apply_ok(text: &str, change: &Change) -> Applied {
    apply(text, change, NOW).unwrap_or_else(|e| panic!("{change:?}: {e}"))
}

/// Applies `change`, checks the lines it changed, then undoes it and gets
/// `text` back exactly.
fn round_trip(text: &str, change: &Change, removed: &[&str], added: &[&str]) -> String {
    let done = apply_ok(text, change);
    let (was, now) = changed(text, &done.text);
    assert_eq!(was, removed, "lines removed");
    assert_eq!(now, added, "lines added");
    let undone = apply_ok(&done.text, &done.undo);
    assert_eq!(undone.text, text, "the undo does not give the file back");
    done.text
}

fn speaker(id: &str, from: &str, to: &str) -> Change {
    Change::set(List::Quotes, id, "speaker", json!(from), json!(to))
}

#[test]
fn a_new_speaker_changes_its_line_and_marks_the_record() {
    let after = round_trip(
        STORY,
        &speaker("q2", "ben", "anna"),
        &[r#"      "speaker": "ben","#, "      }"],
        &[
            r#"      "speaker": "anna","#,
            "      },",
            r#"      "edited": "2026-01-02T03:04:05Z""#,
        ],
    );
    // A second change keeps the one mark, with the new time.
    let again = apply(
        &after,
        &speaker("q2", "anna", "ben"),
        "2026-02-02T00:00:00Z",
    )
    .unwrap();
    let (was, now) = changed(&after, &again.text);
    assert_eq!(
        was,
        [
            r#"      "speaker": "anna","#,
            r#"      "edited": "2026-01-02T03:04:05Z""#
        ]
    );
    assert_eq!(
        now,
        [
            r#"      "speaker": "ben","#,
            r#"      "edited": "2026-02-02T00:00:00Z""#
        ]
    );
    assert_eq!(apply_ok(&again.text, &again.undo).text, after);
}

#[test]
fn a_date_and_an_event_change_in_place() {
    round_trip(
        STORY,
        &Change::set(
            List::Quotes,
            "q1",
            "date",
            json!("2025-03-03"),
            json!("2025-08"),
        ),
        &[r#"      "date": "2025-03-03","#, "      }"],
        &[
            r#"      "date": "2025-08","#,
            "      },",
            r#"      "edited": "2026-01-02T03:04:05Z""#,
        ],
    );
    round_trip(
        STORY,
        &Change::set(List::Quotes, "q3", "event", json!("speech"), json!("reply")),
        &[r#"      "event": "speech","#, "      }"],
        &[
            r#"      "event": "reply","#,
            "      },",
            r#"      "edited": "2026-01-02T03:04:05Z""#,
        ],
    );
}

#[test]
fn an_event_s_title_date_and_actors_change_in_place() {
    round_trip(
        STORY,
        &Change::set(
            List::Events,
            "reply",
            "title",
            json!("Reply"),
            json!("Ben's « reply »"),
        ),
        &[r#"      "title": "Reply","#, r#"      "summary": """#],
        &[
            r#"      "title": "Ben's « reply »","#,
            r#"      "summary": "","#,
            r#"      "edited": "2026-01-02T03:04:05Z""#,
        ],
    );
    // A list is laid out as the file lays out lists.
    round_trip(
        STORY,
        &Change::set(
            List::Events,
            "speech",
            "actors",
            json!(["anna"]),
            json!(["anna", "ben"]),
        ),
        &[r#"        "anna""#, "      ]"],
        &[
            r#"        "anna","#,
            r#"        "ben""#,
            "      ],",
            r#"      "edited": "2026-01-02T03:04:05Z""#,
        ],
    );
    // An event that had no actors gets them as a new member.
    let text = round_trip(
        STORY,
        &Change::set(
            List::Events,
            "reply",
            "date",
            json!("2025-03"),
            json!("2025-03-05"),
        ),
        &[r#"      "date": "2025-03","#, r#"      "summary": """#],
        &[
            r#"      "date": "2025-03-05","#,
            r#"      "summary": "","#,
            r#"      "edited": "2026-01-02T03:04:05Z""#,
        ],
    );
    assert!(text.contains(r#""date": "2025-03-05""#));
}

#[test]
fn deleting_a_quote_removes_its_lines_and_the_undo_puts_them_back() {
    for (id, first_line) in [("q1", 0), ("q2", 1), ("q3", 2)] {
        let delete = Change::Delete {
            list: List::Quotes,
            id: id.into(),
        };
        let done = apply_ok(STORY, &delete);
        let (was, now) = changed(STORY, &done.text);
        assert!(now.is_empty() || now == ["    }"], "{id}: {now:?}");
        assert!(was.iter().any(|l| l.contains(&format!("\"{id}\""))), "{id}");
        assert!(!done.text.contains(&format!("\"id\": \"{id}\"")), "{id}");
        let _: serde_json::Value = serde_json::from_str(&done.text).expect("still JSON");
        assert_eq!(
            apply_ok(&done.text, &done.undo).text,
            STORY,
            "{id} ({first_line})"
        );
    }
    // The only quote: the list is left empty, and comes back as it was.
    let mut text = STORY.to_string();
    for id in ["q1", "q2"] {
        let delete = Change::Delete {
            list: List::Quotes,
            id: id.into(),
        };
        text = apply_ok(&text, &delete).text;
    }
    let last = apply_ok(
        &text,
        &Change::Delete {
            list: List::Quotes,
            id: "q3".into(),
        },
    );
    assert!(last.text.contains(r#""quotes": []"#));
    assert_eq!(apply_ok(&last.text, &last.undo).text, text);
}

#[test]
fn the_built_in_story_keeps_its_own_field_order() {
    // Its quotes list `mentions` after `source`, not in the schema's order.
    let text = round_trip(
        BUILTIN,
        &speaker("masala-fallback", "carlo-masala", "ukraine"),
        &[r#"      "speaker": "carlo-masala","#, "      ]"],
        &[
            r#"      "speaker": "ukraine","#,
            "      ],",
            r#"      "edited": "2026-01-02T03:04:05Z""#,
        ],
    );
    assert_eq!(
        text.len(),
        BUILTIN.len() + 40 - "carlo-masala".len() + "ukraine".len()
    );
}

#[test]
fn a_change_applies_to_a_file_changed_elsewhere_unless_its_own_field_changed() {
    // Someone else changed another quote: the change still applies.
    let elsewhere = STORY.replace(r#""text": "Never.""#, r#""text": "Never!""#);
    let done = apply_ok(&elsewhere, &speaker("q1", "anna", "ben"));
    assert!(done.text.contains(r#""text": "Never!""#));
    // Someone else changed this quote's speaker: refused, and says what it is now.
    let mine = STORY.replacen(r#""speaker": "anna""#, r#""speaker": "ben""#, 1);
    let err = apply(&mine, &speaker("q1", "anna", "ben"), NOW).unwrap_err();
    assert!(matches!(err, EditError::Conflict { .. }), "{err}");
    assert!(err.to_string().contains(r#"it is now "ben""#), "{err}");
    // Someone else deleted it.
    let err = apply(STORY, &speaker("q9", "anna", "ben"), NOW).unwrap_err();
    assert!(
        err.to_string().contains("`q9` is no longer in the dataset"),
        "{err}"
    );
    // An undo of a delete whose quote is back already.
    let done = apply_ok(
        STORY,
        &Change::Delete {
            list: List::Quotes,
            id: "q2".into(),
        },
    );
    let err = apply(STORY, &done.undo, NOW).unwrap_err();
    assert!(matches!(err, EditError::Exists { .. }), "{err}");
}

#[test]
fn a_compact_file_stays_compact() {
    let compact =
        serde_json::to_string(&serde_json::from_str::<serde_json::Value>(STORY).unwrap()).unwrap();
    let done = apply_ok(
        &compact,
        &Change::set(
            List::Events,
            "speech",
            "actors",
            json!(["anna"]),
            json!(["ben"]),
        ),
    );
    assert!(!done.text.contains('\n'));
    assert!(
        done.text.contains(r#""actors":["ben"],"date""#),
        "{}",
        done.text
    );
    assert!(
        done.text.contains(r#","edited":"2026-01-02T03:04:05Z"}"#),
        "{}",
        done.text
    );
    assert_eq!(apply_ok(&done.text, &done.undo).text, compact);
}

mod on_disk {
    use super::*;
    use crate::data::load::{LoadOptions, load_path};

    fn story() -> (tempfile::TempDir, std::path::PathBuf) {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("story.json");
        std::fs::write(&path, STORY).unwrap();
        (dir, path)
    }

    #[test]
    fn a_commit_writes_the_change_and_the_file_loads_with_its_mark() {
        let (_dir, path) = story();
        let done = commit(
            &path,
            &speaker("q2", "ben", "anna"),
            NOW,
            LoadOptions::default(),
        )
        .unwrap();
        let q = done.dataset.quotes.iter().find(|q| q.id == "q2").unwrap();
        assert_eq!(done.dataset.actors[q.speaker].id, "anna");
        let text = std::fs::read_to_string(&path).unwrap();
        assert!(text.contains(r#""edited": "2026-01-02T03:04:05Z""#));
        load_path(&path).expect("a dataset with `edited` loads");
        commit(&path, &done.undo, NOW, LoadOptions::default()).unwrap();
        assert_eq!(std::fs::read_to_string(&path).unwrap(), STORY);
    }

    #[test]
    fn a_change_that_would_make_the_dataset_invalid_writes_nothing() {
        let (_dir, path) = story();
        let err = commit(
            &path,
            &speaker("q2", "ben", "nobody"),
            NOW,
            LoadOptions::default(),
        )
        .err()
        .unwrap();
        assert!(matches!(err, EditError::Invalid(_)), "{err}");
        assert!(err.to_string().contains("nobody"), "{err}");
        assert_eq!(std::fs::read_to_string(&path).unwrap(), STORY);
    }

    #[test]
    fn a_read_only_dataset_is_told_and_left_alone() {
        use std::os::unix::fs::PermissionsExt;
        let (_dir, path) = story();
        std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o444)).unwrap();
        let err = commit(
            &path,
            &speaker("q2", "ben", "anna"),
            NOW,
            LoadOptions::default(),
        )
        .err()
        .unwrap();
        assert!(err.to_string().contains("read-only"), "{err}");
        assert_eq!(std::fs::read_to_string(&path).unwrap(), STORY);
    }
}
