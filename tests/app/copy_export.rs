//! `y` copies the selected quote with its citation and `x` exports the view
//! to the file typed, in the format of its extension.

use super::*;

#[test]
fn y_asks_to_copy_the_selected_quote_with_its_citation() {
    let mut a = app();
    // Down the timeline to its first quote.
    while !matches!(a.selected_row(), Some(Row::Quote(_))) {
        assert!(a.list().selected + 1 < a.rows().len(), "no quote");
        keys(&mut a, "j");
    }
    keys(&mut a, "y");
    let Some(newsline::app::Effect::Copy { text }) = a.effect().cloned() else {
        panic!("no copy asked for: {:?}", a.effect())
    };
    assert!(
        text.starts_with("«\u{202f}continueront à apporter"),
        "{text}"
    );
    assert!(text.contains("» — Boris Pistorius, "), "{text}");
    assert!(text.ends_with("25 Nov 2024"), "{text}");
    // The terminal layer reports back; the app confirms it on screen.
    a.update(Action::EffectDone(Ok(())));
    assert!(a.effect().is_none());
    assert!(a.message().unwrap().starts_with("copied"));
}

#[test]
fn x_exports_to_the_file_typed_with_the_format_of_its_extension() {
    use newsline::app::Effect;
    use newsline::export::Format;
    let mut a = app();
    keys(&mut a, "x");
    assert_eq!(a.mode(), Mode::Export);
    assert_eq!(a.export().input.text(), "newsline-export.md");
    keys(&mut a, "<Tab>");
    assert_eq!(a.export().input.text(), "newsline-export.csv");
    keys(&mut a, "<Tab><Tab>");
    assert_eq!(a.export().input.text(), "newsline-export.md");
    // A name without a known extension is refused, with the reason. (The
    // offered name is selected: an arrow keeps it to edit.)
    keys(&mut a, "<Right>");
    for _ in 0..3 {
        keys(&mut a, "<Bksp>");
    }
    keys(&mut a, "<Enter>");
    assert_eq!(a.mode(), Mode::Export);
    assert!(a.export().error.as_deref().unwrap().contains(".md"));
    keys(&mut a, ".json<Enter>");
    assert_eq!(a.mode(), Mode::Timeline);
    assert_eq!(
        a.effect().cloned(),
        Some(Effect::Export {
            // Relative to the current folder, made absolute for the confirmation.
            path: std::env::current_dir()
                .unwrap()
                .join("newsline-export.json"),
            format: Format::TimelineJs
        })
    );
    // The offered name exists: the next numbered one is asked for.
    a.update(Action::EffectDone(Err(std::io::ErrorKind::AlreadyExists)));
    assert_eq!(
        a.effect(),
        Some(&Effect::Export {
            path: std::env::current_dir()
                .unwrap()
                .join("newsline-export-2.json"),
            format: Format::TimelineJs
        })
    );
    a.update(Action::EffectDone(Ok(())));
    assert_eq!(a.mode(), Mode::Timeline);
    // A name the user typed that exists is not replaced: the prompt comes
    // back with why.
    keys(&mut a, "x");
    keys(&mut a, "mine.csv<Enter>");
    a.update(Action::EffectDone(Err(std::io::ErrorKind::AlreadyExists)));
    assert_eq!(a.effect(), None);
    assert_eq!(a.mode(), Mode::Export);
    assert!(a.export().error.as_deref().unwrap().contains("exists"));
    keys(&mut a, "<Esc>");
    assert_eq!(a.mode(), Mode::Timeline);
}
