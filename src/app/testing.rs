//! What the app's unit tests share: the app on the built-in dataset, and text
//! typed into it a character at a time.

use crate::app::{Action, App};
use crate::data::load_builtin;

/// The app on the built-in dataset, at 100×30.
pub(crate) fn app() -> App {
    App::new(load_builtin().expect("the built-in dataset"), (100, 30))
}

/// Types `s` into whatever has the keyboard.
pub(crate) fn type_text(app: &mut App, s: &str) {
    for c in s.chars() {
        app.update(Action::Input(c));
    }
}
