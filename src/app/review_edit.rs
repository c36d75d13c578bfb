//! Corrections in a review: a quote's speaker, picked from the dataset's
//! actors with the fuzzy actor list or created (name, kind, country, role),
//! and its date, in the forms the go-to prompt reads.

use super::review::SpeakerChoice;
use super::update::{edit_prompt, navigate};
use super::{Action, App, Mode};
use crate::data::date::parse_human;
use crate::data::{ActorKind, Dataset};
use crate::import::review::{NewActor, Review, Speaker};
use crate::query::actors::{ActorLookupError, find_actor, narrow_scored};

/// The kinds Tab goes through in the new-actor form.
const KINDS: [ActorKind; 3] = [
    ActorKind::Person,
    ActorKind::Organization,
    ActorKind::Country,
];

impl App {
    pub(super) fn open_speaker_picker(&mut self, item: usize) {
        let ds = std::sync::Arc::clone(&self.ds);
        let Some(r) = &mut self.workbench.screen else {
            return;
        };
        r.list.selected = item;
        let proposed = r
            .review
            .speaker_name(&r.review.items[item])
            .unwrap_or_default();
        r.picker.input = super::input::Input::with_text(&proposed);
        r.picker.input.select_all();
        r.choices = speaker_choices(&ds, &r.review, &proposed);
        r.picker.list = Default::default();
        r.error = None;
        self.open(Mode::ReviewSpeaker);
    }

    /// The speaker picker: the dataset's actors narrowed by what is typed,
    /// then those the article names that the dataset lacks, then a last
    /// line that creates an actor of the name typed.
    pub(super) fn on_review_speaker(&mut self, action: Action) {
        let height = self.picker_height();
        let ds = std::sync::Arc::clone(&self.ds);
        let Some(r) = &mut self.workbench.screen else {
            return self.back();
        };
        let lines = r.choices.len() + 1;
        if navigate(&mut r.picker.list, &action, lines, height) {
            return;
        }
        match action {
            Action::Back => self.back(),
            Action::Confirm => {
                let Some(item) = r.selected() else {
                    return self.back();
                };
                let chosen = match r.choices.get(r.picker.list.selected) {
                    Some(&SpeakerChoice::Dataset(a)) => Some(Speaker::Existing {
                        id: ds.actors[a].id.clone(),
                        name: ds.actors[a].name.clone(),
                    }),
                    Some(&SpeakerChoice::Article(a)) => r.review.named_speaker(a),
                    None => None,
                };
                match chosen {
                    Some(speaker) => {
                        let done = r.review.set_speaker(item, speaker);
                        self.back();
                        self.after_edit(done);
                    }
                    None => {
                        let name = r.picker.input.text().trim().to_string();
                        r.form = Default::default();
                        r.form.name = super::input::Input::with_text(&name);
                        r.error = None;
                        self.back();
                        self.open(Mode::ReviewActor);
                    }
                }
            }
            edit => {
                if edit_prompt(&mut r.picker.input, &edit, &mut self.message) {
                    r.choices = speaker_choices(&ds, &r.review, r.picker.input.text());
                    r.picker.list = Default::default();
                }
            }
        }
    }

    /// The new-actor form: Enter goes to the next field and, on the last,
    /// creates the actor; Tab changes the kind.
    pub(super) fn on_review_actor(&mut self, action: Action) {
        let ds = std::sync::Arc::clone(&self.ds);
        let Some(r) = &mut self.workbench.screen else {
            return self.back();
        };
        let form = &mut r.form;
        match action {
            Action::Back => return self.back(),
            Action::Complete | Action::Down | Action::Up if form.field == 1 => {
                let i = KINDS.iter().position(|k| Some(*k) == form.kind);
                let step = if action == Action::Up {
                    KINDS.len() - 1
                } else {
                    1
                };
                form.kind = Some(KINDS[i.map_or(0, |i| (i + step) % KINDS.len())]);
            }
            Action::Input(c) if form.field == 1 => {
                form.kind = match c.to_ascii_lowercase() {
                    'p' => Some(ActorKind::Person),
                    'o' => Some(ActorKind::Organization),
                    'c' => Some(ActorKind::Country),
                    _ => form.kind,
                };
            }
            Action::Down | Action::Complete => form.field = (form.field + 1).min(3),
            Action::Up => form.field = form.field.saturating_sub(1),
            Action::Confirm if form.field < 3 => {
                if form.field == 0 && form.name.text().trim().is_empty() {
                    r.error = Some("type the actor's name".into());
                    return;
                }
                form.field += 1;
            }
            Action::Confirm => {
                let country = form.country.text().trim();
                let country = if country.is_empty() {
                    None
                } else {
                    match find_actor(&ds, country, Some(ActorKind::Country)) {
                        Ok(c) => Some(ds.actors[c].id.clone()),
                        Err(e) => {
                            // The command line's hint (`newsline actors`) means
                            // nothing here: say what can be done in the form.
                            r.error = Some(match e {
                                ActorLookupError::NotFound { name, .. } => format!(
                                    "`{name}` is not a country of this dataset yet: leave Country empty, or give one it has"
                                ),
                                other => other.to_string(),
                            });
                            form.field = 2;
                            return;
                        }
                    }
                };
                let role = form.role.text().trim();
                let actor = NewActor {
                    name: form.name.text().trim().to_string(),
                    kind: form.kind.unwrap_or(ActorKind::Person),
                    country,
                    role: (!role.is_empty()).then(|| role.to_string()),
                };
                let Some(item) = r.selected() else {
                    return self.back();
                };
                let done = r.review.set_speaker(item, Speaker::New(actor));
                self.back();
                self.after_edit(done);
                return;
            }
            edit => {
                let input = match form.field {
                    0 => &mut form.name,
                    2 => &mut form.country,
                    3 => &mut form.role,
                    _ => return,
                };
                if edit_prompt(input, &edit, &mut self.message) {
                    r.error = None;
                }
                return;
            }
        }
        r.error = None;
    }

    pub(super) fn open_date_prompt(&mut self, item: usize) {
        let Some(r) = &mut self.workbench.screen else {
            return;
        };
        let Some(date) = r.review.date_text(&r.review.items[item]) else {
            self.message = Some("only a quote's date can be changed here".into());
            return;
        };
        r.date = super::input::Input::with_text(&date);
        r.date.select_all();
        r.error = None;
        self.open(Mode::ReviewDate);
    }

    pub(super) fn on_review_date(&mut self, action: Action) {
        let Some(r) = &mut self.workbench.screen else {
            return self.back();
        };
        match action {
            Action::Back => self.back(),
            Action::Confirm => match parse_human(r.date.text()) {
                Err(e) => r.error = Some(e.to_string()),
                Ok(date) => {
                    let Some(item) = r.selected() else {
                        return self.back();
                    };
                    let done = r.review.set_date(item, date);
                    self.back();
                    self.after_edit(done);
                }
            },
            edit => {
                if edit_prompt(&mut r.date, &edit, &mut self.message) {
                    r.error = None;
                }
            }
        }
    }

    /// Says what a correction did.
    fn after_edit(&mut self, done: Result<(), String>) {
        self.message = Some(match done {
            Ok(()) => "changed; the quote is kept (edited)".into(),
            Err(why) => why,
        });
    }
}

/// The speaker picker's lines for what is typed: the dataset's actors and
/// those the article names, each ranked by name, merged best first (the
/// dataset's first on a tie, and when nothing is typed).
fn speaker_choices(ds: &Dataset, review: &Review, typed: &str) -> Vec<SpeakerChoice> {
    let dataset = narrow_scored(ds, typed)
        .into_iter()
        .map(|(s, a)| (s, SpeakerChoice::Dataset(a)));
    let article = review
        .named_in_article(typed)
        .into_iter()
        .map(|(s, a)| (s, SpeakerChoice::Article(a)));
    let mut all: Vec<(Option<i64>, SpeakerChoice)> = dataset.chain(article).collect();
    // A stable sort on the score alone keeps each list's own order and puts
    // the dataset's first on a tie.
    all.sort_by_key(|c| std::cmp::Reverse(c.0));
    all.into_iter().map(|(_, c)| c).collect()
}
