//! Filters that never act unseen: a filter brought back from the last session
//! is said once, and a search narrowed by a filter says how many hits the
//! filter hides and which key clears it.

use super::keymap::first_key;
use super::{Action, App, Mode};
use crate::query::{EventHit, Hit};

/// `all` split into the hits the filter leaves (`allowed`; all when `None`),
/// in their order, and how many it hides.
pub fn split_by_filter(all: Vec<Hit>, allowed: Option<&[bool]>) -> (Vec<Hit>, usize) {
    let Some(allowed) = allowed else {
        return (all, 0);
    };
    let before = all.len();
    let kept: Vec<Hit> = all
        .into_iter()
        .filter(|h| allowed.get(h.quote).copied().unwrap_or(false))
        .collect();
    let hidden = before - kept.len();
    (kept, hidden)
}

/// [`split_by_filter`] for events.
pub fn split_events(all: Vec<EventHit>, allowed: Option<&[bool]>) -> (Vec<EventHit>, usize) {
    let Some(allowed) = allowed else {
        return (all, 0);
    };
    let before = all.len();
    let kept: Vec<EventHit> = all
        .into_iter()
        .filter(|h| allowed.get(h.event).copied().unwrap_or(false))
        .collect();
    let hidden = before - kept.len();
    (kept, hidden)
}

impl App {
    /// What the status line says when the session starts with a filter from
    /// the last one: the filter and the key that clears it.
    pub(super) fn restored_filter_notice(&self) -> Option<String> {
        let words = self.filter.describe(&self.ds)?;
        let key = first_key(Mode::Timeline, &Action::ClearFilters).unwrap_or_default();
        Some(format!(
            "filter kept from last time: {words} · {key} clears"
        ))
    }

    /// `4 more outside filter: France · Ctrl-X clears` when the search's
    /// query matches quotes the filter hides. Nothing for an empty query: it
    /// lists the filtered quotes, and hides nothing it was asked for.
    pub fn hidden_hits_notice(&self) -> Option<String> {
        let hidden = self.search.hidden;
        if hidden == 0 || self.search.input.text().trim().is_empty() {
            return None;
        }
        let words = self.filter.describe(&self.ds)?;
        let key = first_key(Mode::Search, &Action::ClearFilters).unwrap_or_default();
        Some(format!(
            "{hidden} more outside filter: {words} · {key} clears"
        ))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn hit(quote: usize) -> Hit {
        Hit { quote, score: 0 }
    }

    #[test]
    fn the_hits_a_filter_hides_are_counted_and_the_order_kept() {
        let all = vec![hit(3), hit(0), hit(2), hit(1)];
        let allowed = [true, false, true, false];
        let (kept, hidden) = split_by_filter(all.clone(), Some(&allowed));
        assert_eq!(kept, vec![hit(0), hit(2)]);
        assert_eq!(hidden, 2);
        // No filter hides nothing; a quote past the mask is outside it.
        assert_eq!(split_by_filter(all.clone(), None), (all, 0));
        assert_eq!(split_by_filter(vec![hit(9)], Some(&allowed)), (vec![], 1));
    }
}
