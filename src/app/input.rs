//! A one-line text prompt with a cursor, for search, the actor filter, dates
//! and file names. Editing costs time in proportion to the edit, not to the
//! text, and the text never grows past [`MAX_CHARS`].

/// The most chars a prompt holds. A query longer than this is no search a
/// person types; a paste past it is cut, and the app says so.
pub const MAX_CHARS: usize = 1_000;

/// The text typed so far and where the cursor is.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Input {
    text: String,
    /// A byte offset into `text`, always on a char boundary, so that typing
    /// does not count chars from the start each time.
    cursor: usize,
    /// Chars in `text`, kept so that the limit costs nothing to check.
    chars: usize,
    /// The whole text is selected, as a search box shows its last query: a
    /// char typed replaces it, a deletion removes it, an arrow keeps it.
    selected: bool,
}

/// What an edit did: whether the text changed, and whether some of what was
/// typed or pasted was dropped at [`MAX_CHARS`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Edit {
    pub changed: bool,
    pub cut: bool,
}

impl Input {
    /// A prompt holding `text`, cleaned and cut to [`MAX_CHARS`], with the
    /// cursor at its end.
    pub fn with_text(text: &str) -> Input {
        let mut i = Input::default();
        i.insert_str(text);
        i
    }

    /// A prompt holding `text` with the cursor after its first `cursor`
    /// bytes (or at the end, when that is not a char boundary in it).
    pub fn with_text_at(text: &str, cursor: usize) -> Input {
        let cut = if text.is_char_boundary(cursor) {
            cursor
        } else {
            text.len()
        };
        let mut i = Input::with_text(&text[..cut]);
        let at = i.cursor;
        i.insert_str(&text[cut..]);
        i.cursor = at;
        i
    }

    pub fn text(&self) -> &str {
        &self.text
    }

    /// The text before the cursor, for drawing the cursor where it is.
    pub fn before_cursor(&self) -> &str {
        &self.text[..self.cursor]
    }

    /// Selects the whole text, if there is any, with the cursor at its end.
    pub fn select_all(&mut self) {
        self.selected = !self.text.is_empty();
        self.cursor = self.text.len();
    }

    pub fn is_selected(&self) -> bool {
        self.selected
    }

    /// Where the cursor is, in chars from the start.
    pub fn cursor(&self) -> usize {
        self.before_cursor().chars().count()
    }

    /// Types one char at the cursor. Control chars never enter a prompt:
    /// they would reach the terminal. Returns false when the prompt is full.
    pub fn insert(&mut self, c: char) -> bool {
        if c.is_control() || crate::text::is_unsafe_char(c) {
            return true;
        }
        if self.chars >= MAX_CHARS {
            return false;
        }
        self.text.insert(self.cursor, c);
        self.cursor += c.len_utf8();
        self.chars += 1;
        true
    }

    /// Inserts pasted text at the cursor in one step: cleaned (line breaks
    /// and tabs become spaces, unsafe chars go) and cut at [`MAX_CHARS`].
    /// Returns false when some of it was dropped.
    pub fn insert_str(&mut self, pasted: &str) -> bool {
        let cleaned = crate::text::clean(pasted, false);
        let room = MAX_CHARS.saturating_sub(self.chars);
        let mut kept = String::with_capacity(cleaned.len().min(room * 4));
        let mut n = 0;
        // Control chars that `clean` leaves (none today) still never enter.
        for c in cleaned.chars().filter(|c| !c.is_control()) {
            if n == room {
                self.insert_kept(&kept, n);
                return false;
            }
            kept.push(c);
            n += 1;
        }
        self.insert_kept(&kept, n);
        true
    }

    fn insert_kept(&mut self, kept: &str, chars: usize) {
        self.text.insert_str(self.cursor, kept);
        self.cursor += kept.len();
        self.chars += chars;
    }

    pub fn backspace(&mut self) {
        if let Some(c) = self.before_cursor().chars().next_back() {
            self.cursor -= c.len_utf8();
            self.text.remove(self.cursor);
            self.chars -= 1;
        }
    }

    pub fn delete_word(&mut self) {
        let before = self.before_cursor();
        let trimmed = before.trim_end();
        let start = trimmed
            .char_indices()
            .rev()
            .find(|(_, c)| c.is_whitespace())
            .map_or(0, |(i, c)| i + c.len_utf8());
        let gone = before[start..].chars().count();
        self.text.replace_range(start..self.cursor, "");
        self.cursor = start;
        self.chars -= gone;
    }

    pub fn clear(&mut self) {
        self.text.clear();
        self.cursor = 0;
        self.chars = 0;
    }

    pub fn left(&mut self) {
        if let Some(c) = self.before_cursor().chars().next_back() {
            self.cursor -= c.len_utf8();
        }
    }

    pub fn right(&mut self) {
        if let Some(c) = self.text[self.cursor..].chars().next() {
            self.cursor += c.len_utf8();
        }
    }

    /// Applies an editing action. `None` when it is not an edit.
    pub fn apply(&mut self, action: &super::Action) -> Option<Edit> {
        use super::Action::*;
        let unchanged = Edit::default();
        // A selection is never empty, so clearing it is a change.
        let mut cleared = false;
        if std::mem::take(&mut self.selected) {
            match action {
                Input(_) | Paste(_) | Backspace | DeleteWord | ClearInput => {
                    self.clear();
                    cleared = true;
                }
                // As in a text field: the cursor goes to that end.
                CursorLeft => {
                    self.cursor = 0;
                    return Some(unchanged);
                }
                CursorRight => return Some(unchanged),
                _ => {
                    self.selected = true;
                    return None;
                }
            }
        }
        // Whether the text changed is told by its length and the cursor: an
        // edit here never changes the text without changing one of them.
        let before = (self.text.len(), self.cursor);
        let mut cut = false;
        match action {
            Input(c) => cut = !self.insert(*c),
            Paste(text) => cut = !self.insert_str(text),
            Backspace => self.backspace(),
            DeleteWord => self.delete_word(),
            ClearInput => self.clear(),
            CursorLeft | CursorRight => {
                if *action == CursorLeft {
                    self.left()
                } else {
                    self.right()
                }
                return Some(unchanged);
            }
            _ => return None,
        }
        Some(Edit {
            changed: cleared || self.text.len() != before.0 || self.cursor != before.1,
            cut,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::app::Action;

    const CHANGED: Option<Edit> = Some(Edit {
        changed: true,
        cut: false,
    });
    const MOVED: Option<Edit> = Some(Edit {
        changed: false,
        cut: false,
    });

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
        assert_eq!((i.cursor(), i.before_cursor()), (6, "sécu r"));
        i.right();
        i.right();
        i.right();
        i.delete_word();
        assert_eq!(i.text(), "sécu ");
        i.insert('\u{1b}');
        assert_eq!(i.text(), "sécu ");
        i.left();
        i.left();
        i.delete_word();
        assert_eq!((i.text(), i.cursor()), ("u ", 0));
        i.clear();
        i.backspace();
        i.left();
        assert_eq!((i.text(), i.cursor()), ("", 0));
    }

    #[test]
    fn a_paste_goes_in_at_the_cursor_cleaned_in_one_edit() {
        let mut i = Input::with_text("ab");
        i.left();
        let paste = Action::Paste("x\ny\r\tz\u{1b}]0;t\u{7}\u{202e}é".into());
        assert_eq!(i.apply(&paste), CHANGED);
        assert_eq!(i.text(), "ax y  z]0;téb");
        assert_eq!(i.before_cursor(), "ax y  z]0;té");
        // Typing goes on after what was pasted.
        i.insert('!');
        assert_eq!(i.text(), "ax y  z]0;té!b");
        // An empty paste, or one of nothing but unsafe chars, changes nothing.
        assert_eq!(i.apply(&Action::Paste("\u{200b}".into())), MOVED);
    }

    #[test]
    fn a_prompt_holds_at_most_max_chars_and_says_what_was_cut() {
        let long = "é".repeat(MAX_CHARS + 5);
        let mut i = Input::default();
        let edit = i.apply(&Action::Paste(long.clone()));
        assert_eq!(
            edit,
            Some(Edit {
                changed: true,
                cut: true
            })
        );
        assert_eq!(i.text().chars().count(), MAX_CHARS);
        assert_eq!(i.cursor(), MAX_CHARS);
        // Full: a typed char is cut too, and the text stays as it is.
        let typed = i.apply(&Action::Input('x'));
        assert_eq!(
            typed,
            Some(Edit {
                changed: false,
                cut: true
            })
        );
        // Room again after a deletion, for exactly one char.
        i.backspace();
        let edit = i.apply(&Action::Paste("xy".into()));
        assert_eq!(edit.map(|e| e.cut), Some(true));
        assert!(i.text().ends_with('x'));
        assert_eq!(Input::with_text(&long).text().chars().count(), MAX_CHARS);
        // What fits exactly is not cut.
        let mut i = Input::default();
        assert_eq!(i.apply(&Action::Paste("a".repeat(MAX_CHARS))), CHANGED);
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
        let mut i = typed("securq");
        i.select_all();
        assert!(i.is_selected());
        // Not an edit: the selection stays.
        assert_eq!(i.apply(&Action::Down), None);
        assert!(i.is_selected());
        assert_eq!(i.apply(&Action::Input('t')), CHANGED);
        assert_eq!((i.text(), i.cursor(), i.is_selected()), ("t", 1, false));

        let mut i = typed("securq");
        i.select_all();
        assert_eq!(i.apply(&Action::Backspace), CHANGED);
        assert_eq!(i.text(), "");

        // A paste replaces the selection too.
        let mut i = typed("securq");
        i.select_all();
        assert_eq!(i.apply(&Action::Paste("otan".into())), CHANGED);
        assert_eq!(i.text(), "otan");

        let mut i = typed("securq");
        i.select_all();
        assert_eq!(i.apply(&Action::CursorRight), MOVED);
        assert_eq!(i.apply(&Action::Backspace), CHANGED);
        assert_eq!((i.text(), i.cursor()), ("secur", 5));
        i.select_all();
        assert_eq!(i.apply(&Action::CursorLeft), MOVED);
        assert_eq!(i.apply(&Action::Input('x')), CHANGED);
        assert_eq!((i.text(), i.cursor()), ("xsecur", 1));

        // Nothing to select in an empty prompt.
        let mut i = Input::default();
        i.select_all();
        assert!(!i.is_selected());
    }
}
