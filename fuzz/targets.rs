//! What the fuzz targets run, through the library's public API only. It is
//! not part of the library: the fuzz targets and the corpus replay in the main
//! crate's tests (`tests/fuzz_corpus.rs`) each include this one file, so
//! `cargo test` replays the saved corpus through the very same code on the
//! stable toolchain while the product ships no test hook.
// Each fuzz target includes this file and calls only one of its functions.
#![allow(dead_code)]

use newsline::app::{Action, App};
use newsline::data::load::parse;
use std::path::Path;

/// Any bytes as a dataset file: loading gives a dataset or an error, and a
/// dataset that loads can be explored and drawn.
pub fn loader(bytes: &[u8]) {
    let Ok(text) = std::str::from_utf8(bytes) else {
        return;
    };
    let Ok(ds) = parse(
        Path::new("fuzz.json"),
        text,
        |_| Err("no files here".into()),
    ) else {
        return;
    };
    let mut app = App::new(ds, (80, 24));
    for action in [
        Action::Down,
        Action::Confirm,
        Action::Bottom,
        Action::Back,
        Action::OpenSearch,
    ] {
        app.update(action);
    }
    draw(&app);
}

/// Any bytes as a search query and as typed keys, on the built-in dataset.
pub fn search(bytes: &[u8]) {
    let query = String::from_utf8_lossy(bytes);
    let Ok(ds) = newsline::data::load_builtin() else {
        return;
    };
    let index = newsline::query::SearchIndex::build(&ds);
    for hit in index.search(&query, None).iter().take(5) {
        let marks = newsline::query::search::highlights(&query, &ds.quotes[hit.quote].text);
        assert!(
            marks
                .iter()
                .all(|&m| m < ds.quotes[hit.quote].text.chars().count())
        );
    }
    let mut app = App::new(ds, (60, 20));
    app.update(Action::OpenSearch);
    for c in query.chars() {
        app.update(Action::Input(c));
    }
    app.update(Action::Confirm);
    draw(&app);
}

fn draw(app: &App) {
    let backend = ratatui::backend::TestBackend::new(app.size().0, app.size().1);
    // The test backend cannot fail (its error type has no values).
    let Ok(mut term) = ratatui::Terminal::new(backend);
    let theme = newsline::ui::Theme::colored();
    let _ = term.draw(|f| newsline::ui::draw(f, app, &theme));
}
