//! Drawing: one module per pane or overlay. Everything here reads `&App` and
//! writes into the frame; no state changes, no I/O.

mod actors;
mod bookmarks;
mod detail;
mod edit;
mod header;
mod help;
mod lanes;
mod notice;
mod review;
mod review_prompts;
mod search;
mod status;
mod strip;
pub mod text;
pub mod theme;
mod timeline;

use crate::app::layout::{MIN_HEIGHT, MIN_WIDTH, Screen};
use crate::app::{App, Mode};
use ratatui::Frame;
use ratatui::layout::{Alignment, Rect};
use ratatui::widgets::{Paragraph, Wrap};
pub use theme::Theme;

/// Draws the whole screen for the app's current state.
pub fn draw(frame: &mut Frame, app: &App, theme: &Theme) {
    draw_views(frame, app, theme);
    scrub(frame.buffer_mut());
}

/// Replaces any unsafe char left in a cell (see [`crate::text::is_unsafe_char`])
/// with U+FFFD, and cuts a cell's combining marks to
/// [`crate::text::MAX_MARKS`]. Text is cleaned on load already; this second
/// line of defence means no widget, ours or ratatui's, can pass an escape
/// sequence or a bidi override to the terminal, whatever a future version
/// filters. Marks are cut here rather than on load, where they count in the
/// source spans; a cell holds one char and the marks on it.
pub fn scrub(buf: &mut ratatui::buffer::Buffer) {
    for cell in buf.content.iter_mut() {
        let symbol = cell.symbol();
        if symbol.chars().any(crate::text::is_unsafe_char) {
            cell.set_symbol("\u{fffd}");
        } else if symbol.len() > 2 * crate::text::MAX_MARKS
            && let std::borrow::Cow::Owned(cut) = crate::text::scrubbed(symbol)
        {
            cell.set_symbol(&cut);
        }
    }
}

fn draw_views(frame: &mut Frame, app: &App, theme: &Theme) {
    let area = frame.area();
    let Some(screen) = Screen::new(area) else {
        too_small(frame, area, theme);
        return;
    };
    header::draw(frame, screen.header, app, theme);
    strip::draw(frame, screen.strip, app, theme);
    match app.mode() {
        Mode::Detail => detail::draw(frame, &screen, app, theme),
        Mode::Search => search::draw(frame, &screen, app, theme),
        Mode::Help => {
            underneath(frame, &screen, app, app.under(), theme);
            help::draw(frame, &screen, app, theme);
        }
        Mode::Actors => {
            underneath(frame, &screen, app, app.under(), theme);
            actors::draw(frame, &screen, app, theme);
        }
        Mode::Bookmarks => bookmarks::draw(frame, &screen, app, theme),
        Mode::Lanes => lanes::draw(frame, &screen, app, theme),
        Mode::DateRange => underneath(frame, &screen, app, app.under(), theme),
        Mode::Export => underneath(frame, &screen, app, app.under(), theme),
        Mode::Timeline | Mode::GoTo => timeline::draw(frame, screen.body, app, theme),
        Mode::EditText | Mode::Confirm => underneath(frame, &screen, app, app.under(), theme),
        Mode::EditPick => {
            underneath(frame, &screen, app, app.under(), theme);
            edit::draw_pick(frame, &screen, app, theme);
        }
        Mode::Import => {
            underneath(frame, &screen, app, app.under(), theme);
            review_prompts::import(frame, &screen, app, theme);
        }
        Mode::Review => review::draw(frame, screen.body, app, theme),
        Mode::ReviewSpeaker | Mode::ReviewActor | Mode::ReviewDate | Mode::ReviewConfirm => {
            review::draw(frame, screen.body, app, theme);
            match app.mode() {
                Mode::ReviewSpeaker => review_prompts::speaker(frame, &screen, app, theme),
                Mode::ReviewActor => review_prompts::actor_form(frame, &screen, app, theme),
                Mode::ReviewDate => review_prompts::date(frame, &screen, app, theme),
                _ => review_prompts::question(frame, &screen, app, theme),
            }
        }
    }
    if notice::is_long(app, area.width) {
        notice::draw(frame, screen.body, app, theme);
    }
    status::draw(frame, screen.status, app, theme);
    edit::draw_line(frame, screen.status, app, theme);
}

/// What the help overlay covers.
fn underneath(frame: &mut Frame, screen: &Screen, app: &App, mode: Mode, theme: &Theme) {
    match mode {
        Mode::Detail => detail::draw(frame, screen, app, theme),
        Mode::Search => search::draw(frame, screen, app, theme),
        Mode::Bookmarks => bookmarks::draw(frame, screen, app, theme),
        Mode::Review => review::draw(frame, screen.body, app, theme),
        Mode::Lanes => lanes::draw(frame, screen, app, theme),
        _ => timeline::draw(frame, screen.body, app, theme),
    }
}

fn too_small(frame: &mut Frame, area: Rect, theme: &Theme) {
    let msg = format!(
        "Terminal too small ({}×{}). newsline needs at least {MIN_WIDTH}×{MIN_HEIGHT}. Enlarge it, or press q to quit.",
        area.width, area.height
    );
    let y = area.height / 2;
    let rect = Rect::new(
        area.x,
        area.y + y.saturating_sub(1),
        area.width,
        area.height - y.saturating_sub(1),
    );
    frame.render_widget(
        Paragraph::new(msg)
            .style(theme.error)
            .alignment(Alignment::Center)
            .wrap(Wrap { trim: true }),
        rect,
    );
}
