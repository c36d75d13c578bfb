//! A one-line text prompt with a cursor, for search, the actor filter and dates.

/// The text typed so far and where the cursor is (in chars).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Input {
    text: String,
    cursor: usize,
    /// The whole text is selected, as a search box shows its last query: a
    /// char typed replaces it, a deletion removes it, an arrow keeps it.
    selected: bool,
}

impl Input {
    pub fn text(&self) -> &str {
        &self.text
    }

    /// Selects the whole text, if there is any, with the cursor at its end.
    pub fn select_all(&mut self) {
        self.selected = !self.text.is_empty();
        self.cursor = self.text.chars().count();
    }

    pub fn is_selected(&self) -> bool {
        self.selected
    }

    pub fn cursor(&self) -> usize {
        self.cursor
    }

    fn byte_at(&self, char_ix: usize) -> usize {
        self.text
            .char_indices()
            .nth(char_ix)
            .map_or(self.text.len(), |(b, _)| b)
    }

    pub fn insert(&mut self, c: char) {
        // Control chars never enter a prompt: they would reach the terminal.
        if c.is_control() || crate::text::is_unsafe_char(c) {
            return;
        }
        let at = self.byte_at(self.cursor);
        self.text.insert(at, c);
        self.cursor += 1;
    }

    pub fn backspace(&mut self) {
        if self.cursor == 0 {
            return;
        }
        self.cursor -= 1;
        let at = self.byte_at(self.cursor);
        self.text.remove(at);
    }

    pub fn delete_word(&mut self) {
        let chars: Vec<char> = self.text.chars().collect();
        let mut start = self.cursor;
        while start > 0 && chars[start - 1].is_whitespace() {
            start -= 1;
        }
        while start > 0 && !chars[start - 1].is_whitespace() {
            start -= 1;
        }
        let (a, b) = (self.byte_at(start), self.byte_at(self.cursor));
        self.text.replace_range(a..b, "");
        self.cursor = start;
    }

    pub fn clear(&mut self) {
        self.text.clear();
        self.cursor = 0;
    }

    pub fn left(&mut self) {
        self.cursor = self.cursor.saturating_sub(1);
    }

    pub fn right(&mut self) {
        self.cursor = (self.cursor + 1).min(self.text.chars().count());
    }

    /// Applies an editing action. `Some(true)` when the text changed,
    /// `Some(false)` when only the cursor moved, `None` when it is not an edit.
    pub fn apply(&mut self, action: super::Action) -> Option<bool> {
        use super::Action::*;
        let before = self.text.clone();
        if std::mem::take(&mut self.selected) {
            match action {
                Input(_) | Backspace | DeleteWord | ClearInput => self.clear(),
                // As in a text field: the cursor goes to that end.
                CursorLeft => {
                    self.cursor = 0;
                    return Some(false);
                }
                CursorRight => return Some(false),
                _ => {
                    self.selected = true;
                    return None;
                }
            }
        }
        match action {
            Input(c) => self.insert(c),
            Backspace => self.backspace(),
            DeleteWord => self.delete_word(),
            ClearInput => self.clear(),
            CursorLeft => self.left(),
            CursorRight => self.right(),
            _ => return None,
        }
        Some(self.text != before)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn edits_at_the_cursor() {
        let mut i = Input::default();
        for c in "sécu rité".chars() {
            i.insert(c);
        }
        i.left();
        i.left();
        i.backspace();
        assert_eq!(i.text(), "sécu rté");
        i.right();
        i.right();
        i.delete_word();
        assert_eq!(i.text(), "sécu ");
        i.insert('\u{1b}');
        assert_eq!(i.text(), "sécu ");
        i.clear();
        i.backspace();
        assert_eq!((i.text(), i.cursor()), ("", 0));
    }

    fn typed(text: &str) -> Input {
        let mut i = Input::default();
        for c in text.chars() {
            i.insert(c);
        }
        i
    }

    #[test]
    fn a_selected_text_is_replaced_by_typing_and_kept_by_arrows() {
        use crate::app::Action;
        let mut i = typed("securq");
        i.select_all();
        assert!(i.is_selected());
        // Not an edit: the selection stays.
        assert_eq!(i.apply(Action::Down), None);
        assert!(i.is_selected());
        assert_eq!(i.apply(Action::Input('t')), Some(true));
        assert_eq!((i.text(), i.cursor(), i.is_selected()), ("t", 1, false));

        let mut i = typed("securq");
        i.select_all();
        assert_eq!(i.apply(Action::Backspace), Some(true));
        assert_eq!(i.text(), "");

        let mut i = typed("securq");
        i.select_all();
        assert_eq!(i.apply(Action::CursorRight), Some(false));
        assert_eq!(i.apply(Action::Backspace), Some(true));
        assert_eq!((i.text(), i.cursor()), ("secur", 5));
        i.select_all();
        assert_eq!(i.apply(Action::CursorLeft), Some(false));
        assert_eq!(i.apply(Action::Input('x')), Some(true));
        assert_eq!((i.text(), i.cursor()), ("xsecur", 1));

        // Nothing to select in an empty prompt.
        let mut i = Input::default();
        i.select_all();
        assert!(!i.is_selected());
    }
}
