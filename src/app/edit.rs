//! Correcting the dataset from a detail view: the prompts and pickers that ask
//! for a quote's new speaker, date or event (or confirm its deletion), or an
//! event's new title, date or actors, and undo. The change itself is asked of
//! the terminal layer as [`Effect::Edit`], written by the dataset's worker
//! ([`super::reload`]), and shown when the worker answers.

use super::input::Input;
use super::reload::{EditRequest, Files};
use super::{Action, App, Effect, Item, ListState, Mode};
use crate::data::Dataset;
use crate::data::date::parse_human;
use crate::edit::{Change, List};
use serde_json::json;

/// What the built-in dataset answers to a correction.
pub const BUILT_IN: &str = "the built-in dataset cannot be changed (it is part of the program); \
     `newsline new mystory --from-builtin` copies it to a file you can correct, then `newsline --data mystory`";

/// What is being corrected.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Field {
    Speaker,
    Date,
    Event,
    Title,
    Actors,
    Delete,
}

impl Field {
    /// Whether the field is one `item` has.
    fn fits(self, item: Item) -> bool {
        match item {
            Item::Quote(_) => matches!(
                self,
                Field::Speaker | Field::Date | Field::Event | Field::Delete
            ),
            Item::Event(_) => matches!(self, Field::Date | Field::Title | Field::Actors),
        }
    }

    /// What the key does not do on the other kind of item.
    fn misfit(self) -> &'static str {
        match self {
            Field::Speaker => "an event has no speaker; w changes its actors",
            Field::Event => "this is an event; e moves a quote to another event",
            Field::Delete => "only a quote can be deleted here",
            Field::Title => "a quote has no title; only an event's title can be changed",
            Field::Actors => "a quote's actors are its speaker: s changes it",
            Field::Date => "nothing to date here",
        }
    }
}

/// The picker's state: what is typed, what it shows, and for an event's
/// actors, which are ticked (by id).
#[derive(Debug, Default)]
pub struct Pick {
    pub input: Input,
    /// Actors, or events for [`Field::Event`], by index.
    pub shown: Vec<usize>,
    pub list: ListState,
    pub ticked: Vec<String>,
}

/// The corrections' state in the app.
#[derive(Debug, Default)]
pub struct Editing {
    /// The dataset's worker; `None` for the built-in dataset.
    pub files: Option<Files>,
    /// Changes that undo this session's corrections, last one last, with
    /// what the status line said of each.
    pub undo: Vec<(Change, String)>,
    /// Corrections handed to the worker and not answered yet.
    pub saving: usize,
    pub field: Option<Field>,
    /// The date or title prompt, and what was wrong with the last try.
    pub prompt: Input,
    pub error: Option<String>,
    pub pick: Pick,
}

impl Editing {
    /// Narrows the picker's list again for what is typed (after typing, or
    /// when the dataset was replaced and indices changed).
    pub(super) fn refresh_pick(&mut self, ds: &Dataset) {
        let query = self.pick.input.text();
        self.pick.shown = match self.field {
            Some(Field::Event) => narrow_events(ds, query),
            Some(Field::Speaker | Field::Actors) => crate::query::actors::narrow(ds, query, None),
            _ => Vec::new(),
        };
        let last = self.pick.shown.len().saturating_sub(1);
        self.pick.list.selected = self.pick.list.selected.min(last);
        self.pick.list.offset = self.pick.list.offset.min(self.pick.list.selected);
    }
}

/// Events ranked for what the user typed (their date and title); all of
/// them, in date order, when nothing is typed.
pub fn narrow_events(ds: &Dataset, query: &str) -> Vec<usize> {
    use fuzzy_matcher::FuzzyMatcher;
    let key = crate::text::fold_key(query.trim());
    if key.is_empty() {
        return (0..ds.events.len()).collect();
    }
    let matcher = fuzzy_matcher::skim::SkimMatcherV2::default();
    let mut scored: Vec<(i64, usize)> = ds
        .events
        .iter()
        .enumerate()
        .filter_map(|(i, e)| {
            let text = crate::text::fold_key(&format!("{} {} {}", e.date, e.title, e.id));
            matcher.fuzzy_match(&text, &key).map(|s| (s, i))
        })
        .collect();
    scored.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)));
    scored.into_iter().map(|(_, i)| i).collect()
}

/// A quote's text, short, for the status line.
fn short(text: &str) -> String {
    match text.char_indices().nth(40) {
        Some((i, _)) => format!("« {}… »", &text[..i]),
        None => format!("« {text} »"),
    }
}

impl App {
    /// Opens the prompt or picker that corrects `field` of the item in the
    /// detail view.
    pub(super) fn start_edit(&mut self, field: Field) {
        let Some(item) = self.detail.as_ref().map(|d| d.item) else {
            return;
        };
        if self.edits.files.is_none() {
            self.message = Some(BUILT_IN.into());
            return;
        }
        if !field.fits(item) {
            self.message = Some(field.misfit().into());
            return;
        }
        let e = &mut self.edits;
        e.field = Some(field);
        e.error = None;
        e.pick = Pick::default();
        match (field, item) {
            (Field::Date, Item::Quote(q)) => {
                e.prompt = Input::with_text(&self.ds.quotes[q].date.iso());
            }
            (Field::Date, Item::Event(ev)) => {
                e.prompt = Input::with_text(&self.ds.events[ev].date.iso());
            }
            (Field::Title, Item::Event(ev)) => {
                e.prompt = Input::with_text(&self.ds.events[ev].title);
            }
            (Field::Actors, Item::Event(ev)) => {
                e.pick.ticked = self.ds.events[ev]
                    .actors
                    .iter()
                    .map(|&a| self.ds.actors[a].id.clone())
                    .collect();
            }
            _ => {}
        }
        match field {
            Field::Date | Field::Title => {
                e.prompt.select_all();
                self.open(Mode::EditText);
            }
            Field::Delete => self.open(Mode::Confirm),
            Field::Speaker | Field::Event | Field::Actors => {
                e.refresh_pick(&self.ds);
                // The current one is highlighted.
                let current = match item {
                    Item::Quote(q) if field == Field::Speaker => Some(self.ds.quotes[q].speaker),
                    Item::Quote(q) => Some(self.ds.quotes[q].event),
                    Item::Event(_) => None,
                };
                if let Some(i) = current.and_then(|c| e.pick.shown.iter().position(|&s| s == c)) {
                    e.pick.list.selected = i;
                }
                self.open(Mode::EditPick);
                let height = self.picker_height();
                self.edits.pick.list.follow(height);
            }
        }
    }

    /// Asks for a correction to be written, and goes back to the detail view.
    fn request(&mut self, change: Change, said: String) {
        self.effect = Some(Effect::Edit(EditRequest {
            change,
            said,
            undoing: false,
        }));
        self.back();
    }

    /// Asks for the last correction of the session to be undone.
    pub(super) fn undo(&mut self) {
        if self.edits.files.is_none() {
            self.message = Some(BUILT_IN.into());
            return;
        }
        if self.edits.saving > 0 {
            self.message =
                Some("a correction is still being saved; press u again in a moment".into());
            return;
        }
        match self.edits.undo.pop() {
            Some((change, said)) => {
                self.effect = Some(Effect::Edit(EditRequest {
                    change,
                    said,
                    undoing: true,
                }))
            }
            None => self.message = Some("nothing to undo in this session".into()),
        }
    }

    fn item(&self) -> Option<Item> {
        self.detail.as_ref().map(|d| d.item)
    }

    pub(super) fn on_edit_text(&mut self, action: Action) {
        let (Some(item), Some(field)) = (self.item(), self.edits.field) else {
            return self.back();
        };
        match action {
            Action::Back => self.back(),
            Action::Confirm => {
                let typed = self.edits.prompt.text().trim().to_string();
                match (field, item) {
                    (Field::Title, Item::Event(e)) => {
                        let ev = &self.ds.events[e];
                        if typed.is_empty() {
                            self.edits.error = Some("an event needs a title".into());
                        } else if typed == ev.title {
                            self.back();
                        } else {
                            let said = format!("title: {typed}");
                            let change = Change::set(
                                List::Events,
                                &ev.id,
                                "title",
                                json!(ev.title),
                                json!(typed),
                            );
                            self.request(change, said);
                        }
                    }
                    (_, item) => match parse_human(&typed) {
                        Err(e) => self.edits.error = Some(e.to_string()),
                        Ok(date) => {
                            let (list, id, old) = match item {
                                Item::Quote(q) => (
                                    List::Quotes,
                                    self.ds.quotes[q].id.to_string(),
                                    self.ds.quotes[q].date,
                                ),
                                Item::Event(e) => (
                                    List::Events,
                                    self.ds.events[e].id.to_string(),
                                    self.ds.events[e].date,
                                ),
                            };
                            if date == old {
                                return self.back();
                            }
                            let said = format!("date of the {}: {old} → {date}", list.noun());
                            let change =
                                Change::set(list, &id, "date", json!(old.iso()), json!(date.iso()));
                            self.request(change, said);
                        }
                    },
                }
            }
            edit => {
                if super::update::edit_prompt(&mut self.edits.prompt, &edit, &mut self.message) {
                    self.edits.error = None;
                }
            }
        }
    }

    pub(super) fn on_edit_pick(&mut self, action: Action) {
        let (Some(item), Some(field)) = (self.item(), self.edits.field) else {
            return self.back();
        };
        let height = self.picker_height();
        let pick = &mut self.edits.pick;
        if super::update::navigate(&mut pick.list, &action, pick.shown.len(), height) {
            return;
        }
        let highlighted = pick.shown.get(pick.list.selected).copied();
        match (action, field, item) {
            (Action::Back, ..) => self.back(),
            (Action::ToggleActor, Field::Actors, _) => {
                if let Some(a) = highlighted {
                    let id = self.ds.actors[a].id.clone();
                    let ticked = &mut self.edits.pick.ticked;
                    match ticked.iter().position(|t| *t == id) {
                        Some(i) => drop(ticked.remove(i)),
                        None => ticked.push(id),
                    }
                }
            }
            (Action::Confirm, Field::Actors, Item::Event(e)) => {
                let ev = &self.ds.events[e];
                let old: Vec<String> = ev
                    .actors
                    .iter()
                    .map(|&a| self.ds.actors[a].id.clone())
                    .collect();
                let new = self.edits.pick.ticked.clone();
                if new == old {
                    return self.back();
                }
                let names: Vec<&str> = new
                    .iter()
                    .filter_map(|id| {
                        self.ds
                            .actor_by_id(id)
                            .map(|a| self.ds.actors[a].name.as_str())
                    })
                    .collect();
                let said = format!("actors of the event: {}", names.join(", "));
                let change = Change::set(List::Events, &ev.id, "actors", json!(old), json!(new));
                self.request(change, said);
            }
            (Action::Confirm, _, Item::Quote(q)) => {
                let Some(chosen) = highlighted else {
                    self.message = Some("nothing matches what is typed".into());
                    return;
                };
                let quote = &self.ds.quotes[q];
                let (name, old, new, was, now) = if field == Field::Speaker {
                    let (old, new) = (&self.ds.actors[quote.speaker], &self.ds.actors[chosen]);
                    (
                        "speaker",
                        old.id.clone(),
                        new.id.clone(),
                        old.name.clone(),
                        new.name.clone(),
                    )
                } else {
                    let (old, new) = (&self.ds.events[quote.event], &self.ds.events[chosen]);
                    (
                        "event",
                        old.id.to_string(),
                        new.id.to_string(),
                        old.title.to_string(),
                        new.title.to_string(),
                    )
                };
                if old == new {
                    return self.back();
                }
                let said = format!("{name} of the quote: {was} → {now}");
                let change = Change::set(List::Quotes, &quote.id, name, json!(old), json!(new));
                self.request(change, said);
            }
            (edit, ..) => {
                if super::update::edit_prompt(&mut self.edits.pick.input, &edit, &mut self.message)
                {
                    self.edits.pick.list = ListState::default();
                    self.edits.refresh_pick(&self.ds);
                }
            }
        }
    }

    pub(super) fn on_confirm(&mut self, action: Action) {
        match (action, self.item()) {
            (Action::Confirm, Some(Item::Quote(q))) => {
                let quote = &self.ds.quotes[q];
                let said = format!("deleted the quote {}", short(&quote.text));
                let change = Change::Delete {
                    list: List::Quotes,
                    id: quote.id.to_string(),
                };
                self.request(change, said);
            }
            (Action::Back | Action::Confirm, _) => self.back(),
            _ => {}
        }
    }
}
