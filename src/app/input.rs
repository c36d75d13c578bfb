//! A one-line text prompt with a cursor, for search, the actor filter and dates.

/// The text typed so far and where the cursor is (in chars).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Input {
    text: String,
    cursor: usize,
}

impl Input {
    pub fn text(&self) -> &str {
        &self.text
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
}
