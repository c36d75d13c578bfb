//! Tab completion of the search line's token under the cursor, from the
//! dataset: a key (`ac` → `actor:`), an actor's name, a country's name, a
//! source's outlet. One Tab completes what all candidates share, or the one
//! candidate; Tab again goes through them one by one.

use super::tokens::{KEYS, pieces};
use crate::data::{ActorKind, Dataset};
use crate::text::{fold_key, words};

/// The most candidates offered for one Tab: past this, typing more letters
/// finds faster than reading them.
const MAX_CANDIDATES: usize = 40;

/// Where repeated Tabs are in their candidates.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Cycle {
    pub candidates: Vec<String>,
    /// The candidate the next Tab puts in.
    pub next: usize,
    /// Where the completed piece starts (bytes).
    pub start: usize,
    /// The line and cursor this cycle left: any other edit ends the cycle.
    pub line: String,
    pub cursor: usize,
}

/// What a Tab did: the new line and cursor (bytes), the cycle to go on with,
/// and a note for the status line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Tab {
    pub line: String,
    pub cursor: usize,
    pub cycle: Option<Cycle>,
    pub note: String,
}

/// A value as a token holds it: in quotes when it has a space or a quote.
fn token_value(key: &str, value: &str) -> String {
    let value = value.replace('"', "");
    if value.contains(char::is_whitespace) {
        format!("{key}:\"{value}\"")
    } else {
        format!("{key}:{value}")
    }
}

/// Whether `typed` (folded) begins `name` or one of its words.
fn begins(name: &str, typed: &str) -> bool {
    let folded = fold_key(name);
    typed.is_empty()
        || folded.starts_with(typed)
        || words(&folded).any(|w| w.text.starts_with(typed))
}

/// The completions of `key:typed`, most used first.
fn values(ds: &Dataset, key: &str, typed: &str) -> Vec<String> {
    let typed = fold_key(typed);
    let weight = |a: usize| {
        ds.involving
            .get(a)
            .map_or(0, |i| i.events.len() + i.quotes.len())
    };
    let mut out: Vec<(usize, String)> = match key {
        "actor" | "country" => ds
            .actors
            .iter()
            .enumerate()
            .filter(|(_, a)| key == "actor" || a.kind == ActorKind::Country)
            .filter(|(_, a)| {
                std::iter::once(&a.name)
                    .chain(&a.aliases)
                    .chain(&a.code)
                    .any(|n| begins(n, &typed))
            })
            .map(|(i, a)| (weight(i), a.name.clone()))
            .collect(),
        "source" => {
            // Outlets short enough to be names, and the outlets sources relay.
            let mut names: Vec<(usize, String)> = Vec::new();
            for s in &ds.sources {
                if s.outlet.chars().count() <= 40 {
                    names.push((0, s.outlet.clone()));
                }
                for &a in &s.relays {
                    if let Some(actor) = ds.actors.get(a) {
                        names.push((weight(a), actor.name.clone()));
                    }
                }
            }
            names.retain(|(_, n)| begins(n, &typed));
            names
        }
        _ => Vec::new(),
    };
    out.sort_by(|a, b| b.0.cmp(&a.0).then_with(|| a.1.cmp(&b.1)));
    let mut seen = std::collections::HashSet::new();
    out.into_iter()
        .map(|(_, n)| token_value(key, &n))
        .filter(|v| seen.insert(fold_key(v)))
        .take(MAX_CANDIDATES)
        .collect()
}

/// What `a` and `b` start with alike, case and accents aside, as `a` has it.
fn common_start(a: &str, b: &str) -> String {
    a.chars()
        .zip(b.chars())
        .take_while(|(x, y)| fold_key(&x.to_string()) == fold_key(&y.to_string()))
        .map(|(x, _)| x)
        .collect()
}

/// `line` with `start..cursor` replaced by `with`, and the cursor after it.
fn put(line: &str, start: usize, cursor: usize, with: &str) -> (String, usize) {
    let mut out = String::with_capacity(line.len() + with.len());
    out.push_str(&line[..start]);
    out.push_str(with);
    let at = out.len();
    out.push_str(&line[cursor..]);
    (out, at)
}

/// The note that lists candidates, the current one first.
fn list_note(candidates: &[String], current: Option<usize>) -> String {
    let shown: Vec<String> = candidates
        .iter()
        .enumerate()
        .take(8)
        .map(|(i, c)| {
            // The value alone: the key is the one typed.
            let c = c
                .split_once(':')
                .map_or(c.as_str(), |(_, v)| v)
                .trim_matches('"');
            if Some(i) == current {
                format!("[{c}]")
            } else {
                c.to_string()
            }
        })
        .collect();
    let more = candidates.len().saturating_sub(8);
    let more = if more > 0 {
        format!(" · {more} more")
    } else {
        String::new()
    };
    format!(
        "{} to choose from: {}{more} · Tab: next",
        candidates.len(),
        shown.join(" · ")
    )
}

/// Completes the piece of `line` that ends at `cursor` (a byte offset on a
/// char boundary), going on with `last` when the line is as it left it.
pub fn tab(ds: &Dataset, line: &str, cursor: usize, last: Option<&Cycle>) -> Tab {
    let cursor = cursor.min(line.len());
    if let Some(c) =
        last.filter(|c| c.line == line && c.cursor == cursor && !c.candidates.is_empty())
    {
        let i = c.next % c.candidates.len();
        let (new, at) = put(line, c.start, cursor, &c.candidates[i]);
        let note = list_note(&c.candidates, Some(i));
        return Tab {
            cycle: Some(Cycle {
                candidates: c.candidates.clone(),
                next: i + 1,
                start: c.start,
                line: new.clone(),
                cursor: at,
            }),
            line: new,
            cursor: at,
            note,
        };
    }
    let unchanged = |note: String| Tab {
        line: line.to_string(),
        cursor,
        cycle: None,
        note,
    };
    let Some(piece) = pieces(line)
        .into_iter()
        .find(|p| p.span.start < cursor && cursor <= p.span.end)
    else {
        return unchanged(
            "Tab completes a token: actor:, country:, source:, after:, before:".into(),
        );
    };
    let start = piece.span.start;
    let typed = &line[start..cursor];
    let candidates: Vec<String> = match piece.key {
        Some(key) => {
            let head = key.len() + 1;
            let value = typed.get(head..).unwrap_or("").trim_start_matches('"');
            values(ds, key, value)
        }
        None if !piece.minus && !typed.contains(['"', ':']) => KEYS
            .iter()
            .filter(|k| k.starts_with(&typed.to_ascii_lowercase()))
            .map(|k| format!("{k}:"))
            .collect(),
        None => Vec::new(),
    };
    match candidates.as_slice() {
        [] => unchanged(format!("nothing to complete `{typed}` with")),
        [one] => {
            // A whole value is followed by a space, to type the next token.
            let with = if one.ends_with(':') {
                one.clone()
            } else {
                format!("{one} ")
            };
            let (new, at) = put(line, start, cursor, &with);
            unchanged(String::new()).with(new, at, None)
        }
        many => {
            let shared = many[1..]
                .iter()
                .fold(many[0].clone(), |acc, c| common_start(&acc, c));
            let grows = shared.chars().count() > typed.chars().count()
                && fold_key(&shared).starts_with(&fold_key(typed));
            let cycle = |line: String, cursor: usize, next: usize| Cycle {
                candidates: many.to_vec(),
                next,
                start,
                line,
                cursor,
            };
            if grows {
                let (new, at) = put(line, start, cursor, &shared);
                let c = cycle(new.clone(), at, 0);
                unchanged(list_note(many, None)).with(new, at, Some(c))
            } else {
                let (new, at) = put(line, start, cursor, &many[0]);
                let c = cycle(new.clone(), at, 1);
                unchanged(list_note(many, Some(0))).with(new, at, Some(c))
            }
        }
    }
}

impl Tab {
    fn with(self, line: String, cursor: usize, cycle: Option<Cycle>) -> Tab {
        Tab {
            line,
            cursor,
            cycle,
            note: self.note,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::load_builtin;

    fn tab_end(ds: &Dataset, line: &str) -> Tab {
        tab(ds, line, line.len(), None)
    }

    #[test]
    fn a_unique_name_is_completed_whole_and_quoted() {
        let ds = load_builtin().unwrap();
        let t = tab_end(&ds, "troops actor:masa");
        assert_eq!(t.line, "troops actor:\"Carlo Masala\" ");
        assert_eq!(t.cursor, t.line.len());
        let t = tab_end(&ds, "country:germ");
        assert_eq!(t.line, "country:Germany ");
        let t = tab_end(&ds, "source:politi");
        assert_eq!(t.line, "source:Politico ");
    }

    #[test]
    fn keys_complete_and_the_cursor_may_be_inside_the_line() {
        let ds = load_builtin().unwrap();
        assert_eq!(tab_end(&ds, "coun").line, "country:");
        let line = "act troops";
        let t = tab(&ds, line, 3, None);
        assert_eq!((t.line.as_str(), t.cursor), ("actor: troops", 6));
    }

    #[test]
    fn several_candidates_share_their_start_then_cycle() {
        let ds = load_builtin().unwrap();
        // Ukraine, the United Kingdom, the United States: the first Tab lists them.
        let t = tab_end(&ds, "country:u");
        let c = t.cycle.clone().expect("several countries start with u");
        assert!(c.candidates.len() >= 3, "{:?}", c.candidates);
        assert!(
            t.note
                .starts_with("3 to choose from: [Ukraine] · United Kingdom"),
            "{}",
            t.note
        );
        // Tab again puts in the next candidate each time, and comes round.
        let mut line = t.line.clone();
        let mut last = Some(c.clone());
        let mut seen = Vec::new();
        for _ in 0..c.candidates.len() + 1 {
            let t = tab(&ds, &line, line.len(), last.as_ref());
            seen.push(t.line.clone());
            line = t.line;
            last = t.cycle;
        }
        assert_eq!(seen.first(), seen.last());
        // Each candidate in turn, not the first one again and again.
        assert!(
            seen.contains(&"country:\"United Kingdom\"".to_string()),
            "{seen:?}"
        );
        assert!(
            seen.contains(&"country:\"United States\"".to_string()),
            "{seen:?}"
        );
        assert!(seen.iter().all(|l| l.starts_with("country:")));
    }

    #[test]
    fn nothing_to_complete_says_so() {
        let ds = load_builtin().unwrap();
        let t = tab_end(&ds, "actor:zzzz");
        assert_eq!(t.line, "actor:zzzz");
        assert!(t.note.contains("nothing to complete"));
        assert!(tab_end(&ds, "").note.contains("Tab completes"));
        // Never a panic, wherever the cursor is.
        for line in ["\"", "actor:\"", "-", "é actor:é", "after:"] {
            for i in 0..=line.len() {
                if line.is_char_boundary(i) {
                    let _ = tab(&ds, line, i, None);
                }
            }
        }
    }
}
