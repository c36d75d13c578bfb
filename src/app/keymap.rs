//! The one table of keys: it dispatches key presses, and the help overlay and
//! the status line's hints are generated from it, so they cannot disagree.

use super::Mode;
use super::action::Action;
use crossterm::event::{KeyCode, KeyEvent, KeyEventKind, KeyModifiers};

/// A key with its modifiers, as written in the table.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Key {
    pub code: KeyCode,
    pub mods: KeyModifiers,
}

const fn k(c: char) -> Key {
    Key {
        code: KeyCode::Char(c),
        mods: KeyModifiers::NONE,
    }
}

const fn code(code: KeyCode) -> Key {
    Key {
        code,
        mods: KeyModifiers::NONE,
    }
}

const fn ctrl(c: char) -> Key {
    Key {
        code: KeyCode::Char(c),
        mods: KeyModifiers::CONTROL,
    }
}

impl Key {
    /// How the key is written in help and hints: `j`, `↓`, `Ctrl-d`, `PgDn`.
    pub fn label(&self) -> String {
        let base = match self.code {
            KeyCode::Char(' ') => "Space".to_string(),
            KeyCode::Char(c) => c.to_string(),
            KeyCode::Up => "↑".into(),
            KeyCode::Down => "↓".into(),
            KeyCode::Left => "←".into(),
            KeyCode::Right => "→".into(),
            KeyCode::PageUp => "PgUp".into(),
            KeyCode::PageDown => "PgDn".into(),
            KeyCode::Home => "Home".into(),
            KeyCode::End => "End".into(),
            KeyCode::Enter => "Enter".into(),
            KeyCode::Esc => "Esc".into(),
            KeyCode::Tab => "Tab".into(),
            KeyCode::Backspace => "Bksp".into(),
            other => format!("{other:?}"),
        };
        if self.mods.contains(KeyModifiers::CONTROL) {
            format!("Ctrl-{base}")
        } else {
            base
        }
    }

    fn matches(&self, ev: &KeyEvent) -> bool {
        // Shift is part of the char itself ('G'), so it is ignored for chars.
        let mods = match ev.code {
            KeyCode::Char(_) => ev.modifiers - KeyModifiers::SHIFT,
            _ => ev.modifiers,
        };
        self.code == ev.code && self.mods == mods
    }
}

/// One line of the table: in which modes which keys do what.
#[derive(Debug, Clone)]
pub struct Binding {
    pub modes: &'static [Mode],
    pub keys: &'static [Key],
    pub action: Action,
    /// What the help overlay says.
    pub help: &'static str,
    /// The short word for the status line, for the main keys only.
    pub hint: Option<&'static str>,
}

use Mode::*;

const LISTS: &[Mode] = &[
    Timeline,
    Search,
    Actors,
    Detail,
    Help,
    Bookmarks,
    Lanes,
    EditPick,
    Review,
    ReviewSpeaker,
];
const BROWSE: &[Mode] = &[Timeline, Detail, Help, Bookmarks, Review];
/// The modes where letters type into a prompt.
pub const PROMPTS: &[Mode] = &[
    Search,
    Actors,
    GoTo,
    DateRange,
    Export,
    EditText,
    EditPick,
    Import,
    ReviewSpeaker,
    ReviewActor,
    ReviewDate,
];
/// Every mode, for the keys that work everywhere.
const ALL: &[Mode] = &ORDER;
/// The order of the help overlay and of the README's key list.
const ORDER: [Mode; 19] = [
    Timeline,
    Detail,
    Search,
    Actors,
    GoTo,
    DateRange,
    Export,
    Bookmarks,
    Lanes,
    EditText,
    EditPick,
    Confirm,
    Import,
    Review,
    ReviewSpeaker,
    ReviewActor,
    ReviewDate,
    ReviewConfirm,
    Help,
];
/// The review's prompts, where the arrows move.
const PICK: &[Mode] = &[Search, Actors, EditPick, ReviewSpeaker, ReviewActor];

const fn b(
    modes: &'static [Mode],
    keys: &'static [Key],
    action: Action,
    help: &'static str,
    hint: Option<&'static str>,
) -> Binding {
    Binding {
        modes,
        keys,
        action,
        help,
        hint,
    }
}

/// Every key newsline knows. Earlier lines win when a key is bound twice.
#[rustfmt::skip]
pub const KEYMAP: &[Binding] = &[
    b(ALL, &[ctrl('c')], Action::Quit, "quit", None),
    b(ALL, &[ctrl('z')], Action::Suspend, "suspend to the shell (fg resumes)", None),
    b(BROWSE, &[k('j'), code(KeyCode::Down)], Action::Down, "down", Some("move")),
    b(BROWSE, &[k('k'), code(KeyCode::Up)], Action::Up, "up", None),
    b(PICK, &[code(KeyCode::Down), ctrl('n'), ctrl('j')], Action::Down, "down", Some("move")),
    b(PICK, &[code(KeyCode::Up), ctrl('p'), ctrl('k')], Action::Up, "up", None),
    b(LISTS, &[code(KeyCode::PageDown), ctrl('d'), ctrl('f')], Action::PageDown, "page down", None),
    b(LISTS, &[code(KeyCode::PageUp), ctrl('u'), ctrl('b')], Action::PageUp, "page up", None),
    b(BROWSE, &[k('g'), code(KeyCode::Home)], Action::Top, "first line", None),
    b(BROWSE, &[k('G'), code(KeyCode::End)], Action::Bottom, "last line", None),
    b(&[Lanes], &[k('j'), code(KeyCode::Down)], Action::Down, "next lane", Some("lane")),
    b(&[Lanes], &[k('k'), code(KeyCode::Up)], Action::Up, "previous lane", None),
    b(&[Lanes], &[k('l'), code(KeyCode::Right)], Action::Later, "next event of the lane (one by one where a column holds several)", Some("event")),
    b(&[Lanes], &[k('h'), code(KeyCode::Left)], Action::Earlier, "previous event of the lane", None),
    b(&[Lanes], &[k('g'), code(KeyCode::Home)], Action::Top, "first event of the lane", None),
    b(&[Lanes], &[k('G'), code(KeyCode::End)], Action::Bottom, "last event of the lane", None),
    b(&[Timeline, Lanes], &[k('['), k('{')], Action::PrevMonth, "previous month", None),
    b(&[Timeline, Lanes], &[k(']'), k('}')], Action::NextMonth, "next month", Some("month")),
    b(&[Lanes], &[code(KeyCode::Tab)], Action::SwitchLanes, "lanes of countries or of people", Some("countries/people")),
    b(&[Lanes], &[code(KeyCode::Enter)], Action::Confirm, "open the selected event (Esc comes back here)", Some("open")),
    b(&[Lanes], &[code(KeyCode::Esc), k('q')], Action::Back, "back to the timeline, at the selected event", Some("back")),
    b(&[Timeline], &[code(KeyCode::Enter), k('l'), code(KeyCode::Right)], Action::Confirm, "open the selected event or quote", Some("open")),
    b(&[Bookmarks], &[code(KeyCode::Enter), k('l'), code(KeyCode::Right)], Action::Confirm, "open the bookmarked item", Some("open")),
    b(&[Search], &[code(KeyCode::Enter)], Action::Confirm, "open the selected event or quote", Some("open")),
    b(&[Search], &[code(KeyCode::Tab)], Action::Complete, "complete the token under the cursor (actor:, country:, source: names); again: the next one", Some("complete")),
    b(&[Search], &[ctrl('t')], Action::SearchKinds, "show events and quotes, events only, quotes only", Some("kinds")),
    b(&[Actors], &[code(KeyCode::Enter)], Action::Confirm, "apply and close (nothing toggled: filter by the highlighted actor)", Some("done")),
    b(&[Actors], &[ctrl('a')], Action::CombineActors, "several actors: match all of them (AND) or any (OR)", Some("and/or")),
    b(&[Actors], &[ctrl('s')], Action::SortByShared, "one actor selected: sort by events shared with it (again: usual order)", None),
    b(&[GoTo], &[code(KeyCode::Enter)], Action::Confirm, "go to the date", Some("go")),
    b(&[DateRange], &[code(KeyCode::Enter)], Action::Confirm, "filter by the range (empty: no range)", Some("set")),
    b(&[Export], &[code(KeyCode::Enter)], Action::Confirm, "write the file (it must not exist yet)", Some("write")),
    b(&[Export], &[code(KeyCode::Tab)], Action::NextFormat, "next format: .md Markdown, .csv CSV, .json TimelineJS", Some("format")),
    b(&[Detail], &[k('n')], Action::NextItem, "next item (of the timeline, search or bookmarks)", Some("next")),
    b(&[Detail], &[k('p')], Action::PrevItem, "previous item", None),
    b(&[Detail], &[k('i')], Action::JumpToContext, "jump to the quote in its paragraph (again: back to the top)", Some("in context")),
    b(&[Detail], &[code(KeyCode::Esc), k('h'), code(KeyCode::Left), code(KeyCode::Backspace)], Action::Back, "back", Some("back")),
    b(&[Search, Actors, GoTo, DateRange, Export, Bookmarks, EditText, EditPick, Import, ReviewSpeaker, ReviewActor, ReviewDate], &[code(KeyCode::Esc)], Action::Back, "close, back to where you were", Some("back")),
    b(&[Detail], &[k('s')], Action::EditSpeaker, "correct the quote's speaker: pick an actor", Some("speaker")),
    b(&[Detail], &[k('d')], Action::EditDate, "correct the date of the quote or event (2025-08-09, aug 2025, 9 août 2025)", Some("date")),
    b(&[Detail], &[k('e')], Action::EditEvent, "move the quote to another event: pick it", None),
    b(&[Detail], &[k('r')], Action::EditTitle, "correct the event's title", None),
    b(&[Detail], &[k('w')], Action::EditActors, "correct the event's actors: tick who took part", None),
    b(&[Detail], &[k('D')], Action::DeleteItem, "delete the quote (asks first)", None),
    b(&[Detail], &[k('u')], Action::Undo, "undo the last correction of this session", Some("undo")),
    b(&[EditText], &[code(KeyCode::Enter)], Action::Confirm, "save the correction to the dataset file", Some("save")),
    b(&[EditPick], &[code(KeyCode::Enter)], Action::Confirm, "save: the highlighted one, or the actors ticked", Some("save")),
    b(&[EditPick], &[code(KeyCode::Tab)], Action::ToggleActor, "tick or untick the highlighted actor (an event's actors)", Some("tick")),
    b(&[Confirm], &[k('y'), code(KeyCode::Enter)], Action::Confirm, "yes, delete the quote", Some("delete")),
    b(&[Confirm], &[k('n'), code(KeyCode::Esc)], Action::Back, "no, keep it", Some("keep")),
    b(&[Help], &[code(KeyCode::Esc), k('?'), k('q')], Action::ToggleHelp, "close help", Some("close")),
    b(&[Timeline, Detail], &[k('/')], Action::OpenSearch, "search events and quotes (tokens: see Search tokens)", Some("search")),
    b(&[Timeline, Detail, Lanes], &[k('f'), k('a')], Action::OpenActors, "filter by actor or country", Some("filter")),
    b(&[Timeline], &[k(':'), k('t')], Action::OpenGoTo, "go to a date (2025-03, 2025-08-15, aug 2025)", Some("date")),
    b(&[Timeline, Lanes], &[k('R')], Action::OpenDateRange, "filter by dates: 2025-03..2025-08-15, aug 2025.., ..2025-06", None),
    b(&[Timeline, Detail, Bookmarks], &[k('b')], Action::ToggleBookmark, "bookmark the event or quote, or remove the bookmark", Some("mark")),
    b(&[Timeline, Detail], &[k('B'), k('\'')], Action::OpenBookmarks, "list the bookmarks", Some("marks")),
    b(&[Timeline, Detail, Lanes], &[k('c')], Action::ClearFilters, "clear all filters", None),
    b(&[Timeline, Detail, Bookmarks], &[k('y')], Action::Copy, "copy the quote and its citation (OSC 52)", Some("copy")),
    b(&[Search], &[ctrl('y')], Action::Copy, "copy the quote and its citation (OSC 52)", None),
    b(&[Timeline, Detail], &[k('x')], Action::OpenExport, "export the filtered timeline (.md, .csv, .json)", Some("export")),
    b(&[Timeline], &[k('L')], Action::OpenLanes, "lanes: who did what when, per country or person", Some("lanes")),
    b(&[Timeline], &[k('u')], Action::Undo, "undo the last correction of this session", None),
    b(&[Timeline], &[k('i')], Action::OpenImport, "import an article and review what it proposes", Some("import")),
    b(&[Import], &[code(KeyCode::Tab)], Action::Complete, "complete the file name (~ is your home folder)", Some("complete")),
    b(&[Import], &[code(KeyCode::Enter)], Action::Confirm, "next: its publication date; then import", Some("next")),
    b(&[Review], &[k('a')], Action::Accept, "accept the proposal", Some("accept")),
    b(&[Review], &[k('x'), k('d')], Action::Reject, "reject the proposal", Some("reject")),
    b(&[Review], &[k('A')], Action::AcceptAbove, "accept all pending at least as sure as this one", Some("accept ≥ this %")),
    b(&[Review], &[k('u')], Action::Unmark, "set the proposal back to pending", None),
    b(&[Review], &[k('s')], Action::EditSpeaker, "change the speaker (a known actor or a new one)", Some("speaker")),
    b(&[Review], &[k('t')], Action::EditDate, "change the date: 2025-08-09, aug 2025, 9 août 2025", Some("date")),
    b(&[Review], &[k('c')], Action::Commit, "commit: write what is accepted to the dataset", Some("commit")),
    b(&[Review], &[code(KeyCode::Enter)], Action::Confirm, "commit (on the last line)", None),
    b(&[Review], &[code(KeyCode::Esc), k('q')], Action::Back, "leave (asks before discarding decisions)", Some("leave")),
    b(&[ReviewSpeaker], &[code(KeyCode::Enter)], Action::Confirm, "choose; on the last line, create an actor", Some("choose")),
    b(&[ReviewActor], &[code(KeyCode::Enter)], Action::Confirm, "next field; on the last, create the actor", Some("next")),
    b(&[ReviewActor], &[code(KeyCode::Tab)], Action::Complete, "next field; in Kind, the next kind", Some("kind")),
    b(&[ReviewDate], &[code(KeyCode::Enter)], Action::Confirm, "set the date", Some("set")),
    b(&[ReviewConfirm], &[k('y')], Action::Confirm, "yes", Some("yes")),
    b(&[ReviewConfirm], &[k('n'), code(KeyCode::Esc)], Action::Back, "no, back to the review", Some("no")),
    b(&[Actors], &[k(' '), code(KeyCode::Tab)], Action::ToggleActor, "select or unselect the actor", Some("toggle")),
    b(&[Actors], &[ctrl('x')], Action::ClearFilters, "unselect all actors", None),
    b(&[Search], &[ctrl('x')], Action::ClearFilters, "clear the filters: search all quotes", None),
    b(PROMPTS, &[code(KeyCode::Backspace)], Action::Backspace, "delete a character", None),
    b(PROMPTS, &[ctrl('w')], Action::DeleteWord, "delete a word", None),
    b(PROMPTS, &[ctrl('l')], Action::ClearInput, "clear the prompt", None),
    b(PROMPTS, &[code(KeyCode::Left)], Action::CursorLeft, "cursor left", None),
    b(PROMPTS, &[code(KeyCode::Right)], Action::CursorRight, "cursor right", None),
    b(&[Timeline, Detail, Bookmarks, Lanes, Review], &[k('?')], Action::ToggleHelp, "show or hide this help", Some("help")),
    b(&[Timeline, Detail, Bookmarks], &[k('q')], Action::Quit, "quit", Some("quit")),
];

/// What a key press does in `mode`: a binding's action, or, in a prompt, typing.
pub fn action_for(mode: Mode, ev: &KeyEvent) -> Option<Action> {
    if ev.kind == KeyEventKind::Release {
        return None;
    }
    let bound = KEYMAP
        .iter()
        .find(|b| b.modes.contains(&mode) && b.keys.iter().any(|k| k.matches(ev)))
        .map(|b| b.action.clone());
    if bound.is_some() {
        return bound;
    }
    let typing = PROMPTS.contains(&mode);
    match ev.code {
        KeyCode::Char(c)
            if typing
                && !ev
                    .modifiers
                    .intersects(KeyModifiers::CONTROL | KeyModifiers::ALT) =>
        {
            Some(Action::Input(c))
        }
        _ => None,
    }
}

/// The bindings of `mode`, for the help overlay.
pub fn bindings(mode: Mode) -> impl Iterator<Item = &'static Binding> {
    KEYMAP.iter().filter(move |b| b.modes.contains(&mode))
}

/// The first key that does `action` in `mode`, as written in hints: for
/// messages that name a key, so they cannot name the wrong one.
pub fn first_key(mode: Mode, action: &Action) -> Option<String> {
    bindings(mode)
        .find(|b| b.action == *action)
        .map(|b| b.keys[0].label())
}

/// The keys of a binding as one label: `j/↓`.
pub fn keys_label(b: &Binding) -> String {
    b.keys.iter().map(Key::label).collect::<Vec<_>>().join("/")
}

/// The status line's hints for `mode`: (first key, word).
pub fn hints(mode: Mode) -> Vec<(String, &'static str)> {
    bindings(mode)
        .filter_map(|b| b.hint.map(|h| (b.keys[0].label(), h)))
        .collect()
}

/// The heading of the search line's token syntax, in help and README.
const TOKENS_TITLE: &str = "Search tokens (in the search line and `--search`)";

/// One line of the help overlay.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum HelpLine {
    Heading(&'static str),
    Key(String, &'static str),
    Blank,
    Note(&'static str),
}

/// The help overlay's lines: every mode's keys, the current mode first.
pub fn help_lines(current: Mode) -> Vec<HelpLine> {
    let mut modes = ORDER.to_vec();
    if let Some(i) = modes.iter().position(|m| *m == current) {
        let m = modes.remove(i);
        modes.insert(0, m);
    }
    let mut lines = Vec::new();
    for mode in modes {
        lines.push(HelpLine::Heading(mode.title()));
        lines.extend(bindings(mode).map(|b| HelpLine::Key(keys_label(b), b.help)));
        if PROMPTS.contains(&mode) {
            lines.push(HelpLine::Key("other keys".into(), "type into the prompt"));
        }
        lines.push(HelpLine::Blank);
        if mode == Search {
            lines.push(HelpLine::Heading(TOKENS_TITLE));
            lines.extend(
                crate::query::tokens::SYNTAX
                    .iter()
                    .map(|(t, what)| HelpLine::Key((*t).into(), what)),
            );
            lines.push(HelpLine::Blank);
        }
    }
    lines.push(HelpLine::Note(
        "Mouse: the wheel scrolls; a click selects a line in any list, a double click opens it. mouse = false in config.toml leaves the mouse to the terminal.",
    ));
    lines
}

/// The keys as a Markdown list per mode, for the README (a test keeps the two equal).
pub fn markdown() -> String {
    let mut out = String::new();
    for mode in ORDER {
        out.push_str(&format!(
            "**{}**\n\n| keys | action |\n|---|---|\n",
            mode.title()
        ));
        for b in bindings(mode) {
            let keys = keys_label(b).replace('|', "\\|");
            out.push_str(&format!("| `{keys}` | {} |\n", b.help));
        }
        if PROMPTS.contains(&mode) {
            out.push_str("| other keys | type into the prompt |\n");
        }
        out.push('\n');
        if mode == Search {
            out.push_str(&format!(
                "**{TOKENS_TITLE}**\n\n| token | finds |\n|---|---|\n"
            ));
            for (t, what) in crate::query::tokens::SYNTAX {
                out.push_str(&format!("| `{t}` | {what} |\n"));
            }
            out.push('\n');
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn press(code: KeyCode, mods: KeyModifiers) -> KeyEvent {
        KeyEvent::new(code, mods)
    }

    #[test]
    fn letters_move_in_lists_but_type_in_prompts() {
        let j = press(KeyCode::Char('j'), KeyModifiers::NONE);
        assert_eq!(action_for(Timeline, &j), Some(Action::Down));
        assert_eq!(action_for(Search, &j), Some(Action::Input('j')));
        assert_eq!(action_for(Actors, &j), Some(Action::Input('j')));
        let q = press(KeyCode::Char('q'), KeyModifiers::NONE);
        assert_eq!(action_for(Search, &q), Some(Action::Input('q')));
        assert_eq!(action_for(Timeline, &q), Some(Action::Quit));
    }

    #[test]
    fn ctrl_c_quits_everywhere_and_shift_is_part_of_the_letter() {
        let cc = press(KeyCode::Char('c'), KeyModifiers::CONTROL);
        for mode in ALL {
            assert_eq!(action_for(*mode, &cc), Some(Action::Quit), "{mode:?}");
        }
        let big_g = press(KeyCode::Char('G'), KeyModifiers::SHIFT);
        assert_eq!(action_for(Timeline, &big_g), Some(Action::Bottom));
    }

    #[test]
    fn no_key_is_bound_twice_in_a_mode() {
        for mode in ALL {
            let mut seen: Vec<Key> = Vec::new();
            for b in bindings(*mode) {
                for key in b.keys {
                    assert!(!seen.contains(key), "{mode:?}: {} bound twice", key.label());
                    seen.push(*key);
                }
            }
        }
    }

    #[test]
    fn every_mode_has_a_way_out_and_hints() {
        for mode in ALL {
            let actions: Vec<Action> = bindings(*mode).map(|b| b.action.clone()).collect();
            assert!(
                actions.contains(&Action::Back)
                    || actions.contains(&Action::ToggleHelp)
                    || *mode == Timeline,
                "{mode:?}"
            );
            assert!(!hints(*mode).is_empty(), "{mode:?}");
        }
    }
}
