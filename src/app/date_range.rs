//! The filter's date range from the explorer: a prompt that takes `from..to`
//! (each end as the go-to-date prompt reads a date), sets the filter's days,
//! and says what it did; a bad range is said in the prompt's line.

use super::update::edit_prompt;
use super::{Action, App, Mode};
use crate::query::date_range::{parse_range, range_text};

impl App {
    /// The date-range prompt, holding the current range (selected: typing
    /// replaces it, an arrow keeps it to edit).
    pub fn range_prompt(&self) -> &super::GoToPrompt {
        &self.range
    }

    pub(super) fn open_date_range(&mut self) {
        self.range = Default::default();
        self.range.input =
            super::input::Input::with_text(&range_text(self.filter.from, self.filter.to));
        self.range.input.select_all();
        self.open(Mode::DateRange);
    }

    pub(super) fn on_date_range(&mut self, action: Action) {
        match action {
            Action::Back => self.back(),
            Action::Confirm => match parse_range(self.range.input.text()) {
                Err(e) => self.range.error = Some(e.to_string()),
                Ok((from, to)) => {
                    self.back();
                    let changed = (from, to) != (self.filter.from, self.filter.to);
                    self.filter.from = from;
                    self.filter.to = to;
                    if changed {
                        self.refilter();
                    }
                    let (events, _) = self.counts();
                    self.message = Some(match (from, to) {
                        (None, None) if changed => "date range cleared".to_string(),
                        (None, None) => "no date range".to_string(),
                        _ => format!(
                            "dates: {} · {events} event{}",
                            range_text(from, to).replace("..", " to "),
                            if events == 1 { "" } else { "s" }
                        ),
                    });
                }
            },
            edit => {
                if edit_prompt(&mut self.range.input, &edit, &mut self.message) {
                    self.range.error = None;
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::app::{Action, Mode};

    use crate::app::testing::{app, type_text};

    #[test]
    fn a_range_typed_filters_everything_and_c_clears_it() {
        let mut a = app();
        let all = a.counts();
        a.update(Action::OpenDateRange);
        assert_eq!(a.mode(), Mode::DateRange);
        type_text(&mut a, "2025-08..2025-08-10");
        a.update(Action::Confirm);
        assert_eq!(a.mode(), Mode::Timeline);
        let f = a.filter();
        assert_eq!(f.from.map(|d| d.to_string()).as_deref(), Some("2025-08-01"));
        assert_eq!(f.to.map(|d| d.to_string()).as_deref(), Some("2025-08-10"));
        let some = a.counts();
        assert!(some.0 > 0 && some.0 < all.0, "{some:?} of {all:?}");
        assert!(
            a.message()
                .unwrap_or("")
                .starts_with("dates: 2025-08-01 to 2025-08-10 · "),
            "{:?}",
            a.message()
        );
        // Opened again: the range is offered back; Enter keeps it.
        a.update(Action::OpenDateRange);
        assert_eq!(a.range_prompt().input.text(), "2025-08-01..2025-08-10");
        a.update(Action::Confirm);
        assert_eq!(a.counts(), some);
        // Kept for next time, with the actors.
        let kept = a.remembered();
        assert_eq!(kept.from.as_deref(), Some("2025-08-01"));
        assert_eq!(kept.to.as_deref(), Some("2025-08-10"));
        a.update(Action::ClearFilters);
        assert_eq!(a.counts(), all);
        assert_eq!((a.filter().from, a.filter().to), (None, None));
    }

    #[test]
    fn a_bad_range_is_said_in_the_prompt_and_changes_nothing() {
        let mut a = app();
        let all = a.counts();
        a.update(Action::OpenDateRange);
        type_text(&mut a, "2025-08..tomorrow");
        a.update(Action::Confirm);
        assert_eq!(a.mode(), Mode::DateRange);
        let error = a.range_prompt().error.clone().unwrap_or_default();
        assert!(error.starts_with("to: `tomorrow` is not a date"), "{error}");
        assert_eq!(a.counts(), all);
        // Typing again takes the error away; Esc leaves without a range.
        a.update(Action::Backspace);
        assert_eq!(a.range_prompt().error, None);
        a.update(Action::Back);
        assert_eq!(a.mode(), Mode::Timeline);
        assert_eq!(a.filter().from, None);
    }
}
