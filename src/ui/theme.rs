//! Every style the explorer uses, in one place. With `NO_COLOR` set only
//! attributes are used, and the selection is also marked by a glyph.

use crate::app::document::Role;
use ratatui::style::{Color, Modifier, Style};

/// The marker in front of the selected line: visible without colour.
pub const SELECTED_MARK: &str = "▶ ";
pub const UNSELECTED_MARK: &str = "  ";

#[derive(Debug, Clone, Copy)]
pub struct Theme {
    pub color: bool,
    pub title: Style,
    pub filter: Style,
    pub dim: Style,
    pub period: Style,
    pub date: Style,
    pub event: Style,
    pub badge: Style,
    pub quote: Style,
    pub speaker: Style,
    pub selected: Style,
    pub matched: Style,
    pub key: Style,
    pub error: Style,
    pub bar: Style,
    pub bar_selected: Style,
    pub border: Style,
    pub heading: Style,
    pub label: Style,
}

impl Theme {
    /// Colours unless `NO_COLOR` is set to anything non-empty (no-color.org).
    pub fn from_env() -> Theme {
        let no_color = std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty());
        if no_color {
            Theme::plain()
        } else {
            Theme::colored()
        }
    }

    pub fn colored() -> Theme {
        let s = Style::new();
        Theme {
            color: true,
            title: s.fg(Color::Cyan).add_modifier(Modifier::BOLD),
            filter: s.fg(Color::Yellow),
            dim: s.fg(Color::DarkGray),
            period: s.fg(Color::Cyan).add_modifier(Modifier::BOLD),
            date: s.fg(Color::Yellow),
            event: s.add_modifier(Modifier::BOLD),
            badge: s.fg(Color::Magenta),
            quote: s.fg(Color::Gray),
            speaker: s.fg(Color::Green),
            selected: s.bg(Color::Indexed(237)).add_modifier(Modifier::BOLD),
            matched: s.fg(Color::LightRed).add_modifier(Modifier::BOLD),
            key: s.fg(Color::Cyan).add_modifier(Modifier::BOLD),
            error: s.fg(Color::Red).add_modifier(Modifier::BOLD),
            bar: s.fg(Color::Green),
            bar_selected: s.fg(Color::Yellow).add_modifier(Modifier::REVERSED),
            border: s.fg(Color::DarkGray),
            heading: s.fg(Color::Cyan).add_modifier(Modifier::BOLD),
            label: s.fg(Color::Blue),
        }
    }

    pub fn plain() -> Theme {
        let s = Style::new();
        let bold = s.add_modifier(Modifier::BOLD);
        Theme {
            color: false,
            title: bold,
            filter: bold,
            dim: s,
            period: bold.add_modifier(Modifier::UNDERLINED),
            date: s,
            event: bold,
            badge: s,
            quote: s,
            speaker: s.add_modifier(Modifier::ITALIC),
            selected: s.add_modifier(Modifier::REVERSED),
            matched: s.add_modifier(Modifier::UNDERLINED | Modifier::BOLD),
            key: bold,
            error: bold,
            bar: s,
            bar_selected: s.add_modifier(Modifier::REVERSED),
            border: s,
            heading: bold.add_modifier(Modifier::UNDERLINED),
            label: bold,
        }
    }

    /// The theme with the user's colours from the settings file. Without
    /// colour (`NO_COLOR`) they are ignored.
    pub fn with_colors(mut self, c: &crate::store::settings::Colors) -> Theme {
        if !self.color {
            return self;
        }
        if let Some(a) = c.accent {
            for s in [
                &mut self.title,
                &mut self.period,
                &mut self.key,
                &mut self.heading,
            ] {
                *s = s.fg(a);
            }
        }
        if let Some(d) = c.date {
            self.date = self.date.fg(d);
        }
        if let Some(m) = c.matched {
            self.matched = self.matched.fg(m);
        }
        if let Some(bg) = c.selection {
            self.selected = self.selected.bg(bg);
        }
        if let Some(sp) = c.speaker {
            self.speaker = self.speaker.fg(sp);
        }
        if let Some(b) = c.badge {
            self.badge = self.badge.fg(b);
        }
        self
    }

    /// How a document role looks.
    pub fn role(&self, role: Role) -> Style {
        match role {
            Role::Plain => Style::new(),
            Role::Heading => self.heading,
            Role::Label => self.label,
            Role::Quote => self.quote.add_modifier(Modifier::ITALIC),
            Role::Highlight => self.matched,
            Role::Dim => self.dim,
        }
    }
}
