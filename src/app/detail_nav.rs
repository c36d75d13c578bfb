//! Moving about the detail view: a key jumps to the quote in its paragraph
//! (below the fold on a small terminal), and `n`/`p` say where they are in
//! the list they walk (`3 of 12`) and say so at either end.

use super::App;
use super::Mode;
use super::document::Role;

/// Lines of the paragraph kept above the quote when jumping to it.
const CONTEXT_ABOVE: usize = 2;

impl App {
    /// Scrolls the detail view to the quote in its source paragraph, or back
    /// to the top when it is there already.
    pub(super) fn jump_to_context(&mut self) {
        let (_, height) = self.detail_area();
        let Some(d) = &mut self.detail else { return };
        let Some(at) = d
            .lines
            .iter()
            .position(|l| l.iter().any(|s| s.role == Role::Highlight))
        else {
            self.message = Some("no source paragraph to jump to".into());
            return;
        };
        let max = d.lines.len().saturating_sub(height);
        let target = at.saturating_sub(CONTEXT_ABOVE).min(max);
        d.scroll = if d.scroll == target { 0 } else { target };
    }

    /// Which item of the list under the detail view it shows, and how many
    /// there are: (1-based position, count).
    pub fn item_position(&self) -> Option<(usize, usize)> {
        match self.under() {
            Mode::Bookmarks => Some((self.marks().selected + 1, self.bookmarks.len())),
            Mode::Search => Some((self.search.list.selected + 1, self.search.len())),
            Mode::Lanes => self
                .lanes()
                .and_then(|v| Some((v.at + 1, v.lane()?.events.len()))),
            _ => {
                let selectable = |r: &super::rows::Row| r.selectable();
                let count = self.rows.iter().filter(|r| selectable(r)).count();
                let upto = self.list.selected.min(self.rows.len().checked_sub(1)?);
                let at = self.rows[..=upto].iter().filter(|r| selectable(r)).count();
                Some((at.max(1), count))
            }
        }
        .filter(|&(_, n)| n > 0)
    }

    /// `n` or `p`: the next or previous item, with where it is, or a word
    /// at the end of the list instead of doing nothing in silence.
    pub(super) fn step_item_told(&mut self, forward: bool) {
        let before = self.item_position();
        self.step_item(forward);
        let after = self.item_position();
        self.message = match (before, after) {
            (Some(b), Some((at, n))) if b == (at, n) => Some(if forward {
                format!("the last of {n}; p goes back")
            } else {
                format!("the first of {n}; n goes on")
            }),
            (_, Some((at, n))) => Some(format!("{at} of {n}")),
            _ => None,
        };
    }
}

#[cfg(test)]
mod tests {
    use crate::app::{Action, App, Item, Mode};
    use crate::data::load_builtin;

    #[test]
    fn a_key_jumps_to_the_quote_in_its_paragraph_and_back() {
        let mut a = App::new(load_builtin().expect("the built-in dataset"), (80, 24));
        a.update(Action::Down);
        a.update(Action::Down);
        a.update(Action::Confirm);
        assert!(matches!(a.detail().map(|d| d.item), Some(Item::Quote(_))));
        a.update(Action::JumpToContext);
        let d = a.detail().expect("open");
        assert!(d.scroll > 0, "the paragraph is below the fold at 80×24");
        let (_, height) = a.detail_area();
        let shown = &d.lines[d.scroll..(d.scroll + height).min(d.lines.len())];
        assert!(
            shown.iter().any(|l| l
                .iter()
                .any(|s| s.role == crate::app::document::Role::Highlight)),
            "the quote is on screen"
        );
        a.update(Action::JumpToContext);
        assert_eq!(a.detail().map(|d| d.scroll), Some(0));
    }

    #[test]
    fn n_and_p_say_where_they_are_and_when_at_an_end() {
        let mut a = App::new(load_builtin().expect("the built-in dataset"), (80, 24));
        let total = a.ds.events.len() + a.ds.quotes.len();
        a.update(Action::Confirm);
        assert_eq!(a.mode(), Mode::Detail);
        a.update(Action::PrevItem);
        assert_eq!(a.message, Some(format!("the first of {total}; n goes on")));
        a.update(Action::NextItem);
        assert_eq!(a.message, Some(format!("2 of {total}")));
        for _ in 0..total {
            a.update(Action::NextItem);
        }
        assert_eq!(a.message, Some(format!("the last of {total}; p goes back")));
    }
}
