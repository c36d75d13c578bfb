//! The import review in the explorer: the review screen's state, its
//! geometry, and how the review's keys and the answers of its effects change
//! it. The review itself is [`crate::import::review::Review`]; reading the
//! article, importing and committing are effects the terminal layer performs.

use super::input::Input;
use super::{Action, ActorPicker, App, Effect, ListState, Mode, rows::Row};
use crate::data::{ActorIx, ActorKind, load::LoadOptions};
use crate::import::review::commit::LoadedFile;
use crate::import::review::{Decision, Review, Target};
use ratatui::layout::{Constraint, Layout, Rect};
use std::path::PathBuf;
use std::sync::Arc;

pub use super::review_answer::{Answer, CommitDone, Imported, Work};

/// The dataset file the explorer shows, and how its files may be read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Origin {
    pub path: PathBuf,
    pub options: LoadOptions,
    /// What the file held when the explorer loaded it (see
    /// [`LoadedFile`]): a review started from it checks, at commit, whether
    /// the file changed since.
    pub loaded: LoadedFile,
}

/// The dataset's file, the import prompt and the review under way.
#[derive(Debug, Default)]
pub struct Workbench {
    /// `None` for the built-in story, which is not changed.
    pub origin: Option<Origin>,
    pub prompt: super::path_prompt::ImportPrompt,
    pub screen: Option<ReviewScreen>,
}

/// A question the review asks before it acts.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Question {
    /// Discard the decisions taken (and quit newsline if `quit`)?
    Discard { quit: bool },
    /// Commit, leaving the pending items out?
    CommitPending,
}

/// The new-actor form: name, kind, country, role.
#[derive(Debug, Default)]
pub struct ActorForm {
    /// Name, country and role; the kind is chosen with Tab.
    pub name: Input,
    pub country: Input,
    pub role: Input,
    pub kind: Option<ActorKind>,
    /// The field with the cursor: 0 name, 1 kind, 2 country, 3 role.
    pub field: usize,
}

/// A line of the speaker picker: an actor of the dataset, or one the
/// article names that the dataset lacks (an index into the proposal's
/// actors), created on commit.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SpeakerChoice {
    Dataset(ActorIx),
    Article(usize),
}

/// The review screen and its prompts.
#[derive(Debug)]
pub struct ReviewScreen {
    pub review: Review,
    pub article: PathBuf,
    /// The article's chars, for the paragraphs shown beside the list.
    pub chars: Vec<char>,
    pub text: String,
    pub since: Option<u64>,
    /// The selected line: an item, or the commit line after the last item.
    pub list: ListState,
    pub picker: ActorPicker,
    /// The speaker picker's lines before its last ("+ new actor").
    pub choices: Vec<SpeakerChoice>,
    pub form: ActorForm,
    pub date: Input,
    /// What went wrong in the open prompt.
    pub error: Option<String>,
    pub asking: Option<Question>,
}

impl ReviewScreen {
    /// The selected item, unless the commit line is selected.
    pub fn selected(&self) -> Option<usize> {
        (self.list.selected < self.review.items.len()).then_some(self.list.selected)
    }

    /// Lines of the list: the items, then the commit line.
    pub fn lines(&self) -> usize {
        self.review.items.len() + 1
    }
}

/// The review screen's parts inside the body: a title line, the list on the
/// left and the selected proposal in its article on the right.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ReviewAreas {
    pub title: Rect,
    pub list: Rect,
    pub text: Rect,
}

impl ReviewAreas {
    pub fn new(body: Rect) -> ReviewAreas {
        let [title, rest] =
            Layout::vertical([Constraint::Length(1), Constraint::Fill(1)]).areas(body);
        let [list, text] =
            Layout::horizontal([Constraint::Percentage(55), Constraint::Percentage(45)])
                .areas(rest);
        ReviewAreas { title, list, text }
    }
}

impl App {
    /// The review under way, if any.
    pub fn review(&self) -> Option<&ReviewScreen> {
        self.workbench.screen.as_ref()
    }

    /// Says where the explorer's dataset is, so that imports can go into it.
    pub fn with_origin(mut self, origin: Option<Origin>) -> App {
        self.workbench.origin = origin;
        self
    }

    pub(super) fn review_height(&self) -> usize {
        self.screen().map_or(1, |s| {
            usize::from(ReviewAreas::new(s.body).list.height).max(1)
        })
    }

    /// Keeps the review's selection in view, after a resize.
    pub(super) fn follow_review(&mut self) {
        let height = self.review_height();
        if let Some(r) = &mut self.workbench.screen {
            r.list.follow(height);
        }
    }

    /// Whether leaving the review now would lose decisions.
    pub fn review_unsaved(&self) -> bool {
        self.review().is_some_and(|r| r.review.has_decisions())
    }

    pub(super) fn ask(&mut self, question: Question) {
        if let Some(r) = &mut self.workbench.screen {
            r.asking = Some(question);
            self.open(Mode::ReviewConfirm);
        }
    }

    pub(super) fn on_review(&mut self, action: Action) {
        let height = self.review_height();
        let Some(r) = &mut self.workbench.screen else {
            return self.back();
        };
        let lines = r.lines();
        if super::update::navigate(&mut r.list, &action, lines, height) {
            return;
        }
        let selected = r.selected();
        let result = match (action, selected) {
            (Action::Back | Action::Quit, _) => {
                if r.review.has_decisions() {
                    self.ask(Question::Discard { quit: false });
                } else {
                    self.close_review();
                }
                return;
            }
            (Action::Commit, _) | (Action::Confirm, None) => return self.ask_commit(),
            (Action::Confirm, Some(_)) => {
                Err("Enter commits on the last line; a accepts, x rejects".to_string())
            }
            (Action::Accept, Some(i)) => r.review.decide(i, Decision::Accepted),
            (Action::Reject, Some(i)) => r.review.decide(i, Decision::Rejected),
            (Action::Unmark, Some(i)) => r.review.decide(i, Decision::Pending),
            (Action::AcceptAbove, Some(i)) => {
                let threshold = r.review.items[i].confidence;
                let (accepted, stayed) = r.review.accept_at_least(threshold);
                let mut m = format!(
                    "accepted {accepted} pending item{} at {:.0}% or more",
                    plural(accepted),
                    threshold * 100.0
                );
                if stayed > 0 {
                    m += &format!("; {stayed} need a speaker first (s)");
                }
                self.message = Some(m);
                return;
            }
            (Action::EditSpeaker, Some(i)) => return self.open_speaker_picker(i),
            (Action::EditDate, Some(i)) => return self.open_date_prompt(i),
            (_, None) => Ok(()),
            _ => Ok(()),
        };
        match result {
            Ok(()) => {
                // A decision moves on to the next item, as in a mail client.
                if let Some(r) = &mut self.workbench.screen {
                    let n = r.lines();
                    super::update::step(&mut r.list, n, 1, height);
                }
            }
            Err(why) => self.message = Some(why),
        }
    }

    /// Asks before a commit that leaves pending items out; commits otherwise.
    fn ask_commit(&mut self) {
        let Some(r) = &self.workbench.screen else {
            return;
        };
        let (pending, kept, _) = r.review.counts();
        if kept == 0 {
            self.message =
                Some("nothing accepted yet: a accepts, A accepts all at least as sure".into());
        } else if pending > 0 {
            self.ask(Question::CommitPending);
        } else {
            self.commit_now();
        }
    }

    /// Asks the terminal layer to commit, saying so while it works.
    fn commit_now(&mut self) {
        let name = self
            .workbench
            .origin
            .as_ref()
            .map(|o| o.path.display().to_string());
        self.message = Some(format!("writing into {}…", name.unwrap_or_default()));
        self.effect = Some(Effect::CommitReview);
    }

    pub(super) fn on_review_confirm(&mut self, action: Action) {
        let asking = self.review().and_then(|r| r.asking);
        match action {
            Action::Confirm => {
                self.back();
                match asking {
                    Some(Question::Discard { quit }) => {
                        self.close_review();
                        self.should_quit = quit;
                    }
                    Some(Question::CommitPending) => self.commit_now(),
                    None => {}
                }
            }
            Action::Back => self.back(),
            _ => {}
        }
    }

    /// Leaves the review and forgets it.
    fn close_review(&mut self) {
        self.workbench.screen = None;
        while matches!(
            self.mode(),
            Mode::Review
                | Mode::ReviewSpeaker
                | Mode::ReviewActor
                | Mode::ReviewDate
                | Mode::ReviewConfirm
        ) {
            self.back();
        }
    }

    /// Applies the terminal layer's answer to the review's work.
    pub(super) fn work_done(&mut self, answer: Answer) {
        self.effect = None;
        // The answer is this action's alone: taken, not copied (a dataset is big).
        match Arc::unwrap_or_clone(answer.0) {
            Work::Listed { typed, entries } => self.complete_path(&typed, &entries),
            // Back to the file name, which is what is most likely wrong.
            Work::Imported(Err(why)) => {
                self.workbench.prompt.error = Some(why);
                self.workbench.prompt.on_date = false;
            }
            Work::Imported(Ok(imported)) => self.start_review(&imported),
            // The review stays open with its decisions: the user can fix the
            // cause (a read-only file, a full disk) and commit again.
            Work::Committed(Err(why)) => {
                self.message = Some(format!(
                    "{why} · nothing was written; the review is still open"
                ));
            }
            Work::Committed(Ok(done)) => self.committed(done),
        }
    }

    /// Opens the review screen on `imported`, in place of the import prompt.
    pub fn start_review(&mut self, imported: &Imported) {
        if self.mode() == Mode::Import {
            self.back();
        }
        let review = Review::new(imported.proposal.clone());
        let n = review.items.len();
        self.workbench.screen = Some(ReviewScreen {
            review,
            article: imported.article.clone(),
            chars: imported.text.chars().collect(),
            text: imported.text.clone(),
            since: imported.since,
            list: ListState::default(),
            picker: ActorPicker::default(),
            choices: Vec::new(),
            form: ActorForm::default(),
            date: Input::default(),
            error: None,
            asking: None,
        });
        self.open(Mode::Review);
        self.message = Some(format!("{n} proposal{} to review", plural(n)));
    }

    /// After a commit: the dataset as it is now, with the new records selected.
    fn committed(&mut self, done: CommitDone) {
        self.close_review();
        let mut message = done.message;
        match done.dataset {
            Ok(ds) => {
                if let Some(o) = &mut self.workbench.origin {
                    o.loaded = done.loaded;
                }
                // As a change made elsewhere is shown: the filter, search,
                // bookmarks, views, the corrections' worker and the
                // workbench all carry over.
                self.replace_dataset(ds);
                let first = self
                    .ds
                    .quotes
                    .iter()
                    .position(|q| self.ds.sources[q.source.source].id == done.source);
                if let Some(row) =
                    first.and_then(|q| self.rows.iter().position(|r| *r == Row::Quote(q)))
                {
                    self.list.selected = row;
                    self.follow();
                }
            }
            Err(why) => message += &format!(" · but it could not be shown again: {why}"),
        }
        self.message = Some(message);
    }
}

pub(super) fn plural(n: usize) -> &'static str {
    if n == 1 { "" } else { "s" }
}

/// What an item is, in one word.
pub fn kind_of(target: Target) -> &'static str {
    match target {
        Target::Quote(_) => "quote",
        Target::Actor(_) => "actor",
        Target::Event(_) => "event",
    }
}
