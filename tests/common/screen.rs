//! The explorer on the built-in dataset, and its screen drawn into ratatui's
//! test backend as text, for the render tests.

use newsline::app::App;
use newsline::data::load_builtin;
use newsline::ui::{self, Theme};
use ratatui::Terminal;
use ratatui::backend::TestBackend;

/// The explorer on the built-in dataset, at `w`×`h`.
pub fn app(w: u16, h: u16) -> App {
    App::new(load_builtin().unwrap(), (w, h))
}

/// What `app` draws, one line of text per row, trailing spaces cut.
pub fn screen(app: &App) -> String {
    let (w, h) = app.size();
    let mut term = Terminal::new(TestBackend::new(w, h)).unwrap();
    term.draw(|f| ui::draw(f, app, &Theme::colored())).unwrap();
    let buf = term.backend().buffer().clone();
    (0..h)
        .map(|y| {
            let line: String = (0..w).map(|x| buf[(x, y)].symbol()).collect();
            line.trim_end().to_string()
        })
        .collect::<Vec<_>>()
        .join("\n")
}
