//! The review of an import: every proposal (each quote with its speaker, date
//! and event; each new actor; each event) as an item with its confidence, the
//! rule that made it and the reviewer's decision, and the proposal to merge
//! that the decisions leave. Pure: no I/O and no terminal ([`commit`] writes).
//!
//! What is kept: accepted and edited items, and a speaker or an event that a
//! kept quote needs, unless it was rejected. Pending items nothing needs are
//! left out, so that no claim enters a dataset unseen. The article's labels
//! (words in quotation marks that name something) are not claims and go in
//! as terms, as with `import --into`.

pub mod commit;
mod kept;
#[cfg(test)]
mod tests;

use super::Proposal;
use crate::data::{ActorKind, FuzzyDate};
use crate::query::actors::scored;
use crate::text::fold_key;

/// The cue and rule of a speaker the reviewer chose.
pub const CHOSEN: &str = "chosen by the reviewer";

/// What the reviewer said of an item.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Decision {
    Pending,
    Accepted,
    Rejected,
    /// Accepted with a correction.
    Edited,
}

impl Decision {
    /// Whether the item goes into the dataset.
    pub fn kept(self) -> bool {
        matches!(self, Decision::Accepted | Decision::Edited)
    }

    pub fn as_str(self) -> &'static str {
        match self {
            Decision::Pending => "pending",
            Decision::Accepted => "accepted",
            Decision::Rejected => "rejected",
            Decision::Edited => "edited",
        }
    }
}

/// What an item proposes: an index into the proposal's quotes, actors or events.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Target {
    Quote(usize),
    Actor(usize),
    Event(usize),
}

/// A speaker the reviewer chose.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Speaker {
    /// An actor of the dataset.
    Existing { id: String, name: String },
    /// An actor to create.
    New(NewActor),
}

impl Speaker {
    pub fn name(&self) -> &str {
        match self {
            Speaker::Existing { name, .. } => name,
            Speaker::New(a) => &a.name,
        }
    }
}

/// An actor the reviewer creates as a quote's speaker.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewActor {
    pub name: String,
    pub kind: ActorKind,
    /// The id of a country actor of the dataset.
    pub country: Option<String>,
    pub role: Option<String>,
}

/// One line of the review.
#[derive(Debug, Clone)]
pub struct Item {
    pub target: Target,
    pub confidence: f32,
    /// The rule that produced it, in words.
    pub rule: String,
    pub decision: Decision,
    /// For a quote: the speaker the reviewer chose instead of the proposed one.
    pub speaker: Option<Speaker>,
    /// For a quote: the date the reviewer gave instead of the proposed one.
    pub date: Option<FuzzyDate>,
}

/// An import under review.
#[derive(Debug, Clone)]
pub struct Review {
    pub proposal: Proposal,
    pub items: Vec<Item>,
}

impl Review {
    /// Every quote, every new actor the merge would create, every event, in
    /// that order; all pending.
    pub fn new(proposal: Proposal) -> Review {
        let item = |target, confidence, rule: String| Item {
            target,
            confidence,
            rule,
            decision: Decision::Pending,
            speaker: None,
            date: None,
        };
        let mut items: Vec<Item> = proposal
            .quotes
            .iter()
            .enumerate()
            .map(|(i, q)| {
                let speaker = q.speaker.as_ref().map_or("no speaker found", |s| s.cue);
                let rule = format!("speaker: {speaker}; date: {}", q.date_rule);
                item(Target::Quote(i), q.confidence, rule)
            })
            .collect();
        let used = |a: usize| {
            proposal
                .quotes
                .iter()
                .any(|q| q.speaker.as_ref().is_some_and(|s| s.actor == a))
                || proposal.events.iter().any(|e| e.actors.contains(&a))
        };
        for (i, a) in proposal.actors.iter().enumerate() {
            if a.existing.is_none() && used(i) {
                items.push(item(Target::Actor(i), a.confidence, a.rule.to_string()));
            }
        }
        for (i, e) in proposal.events.iter().enumerate() {
            items.push(item(Target::Event(i), e.confidence, e.rule.clone()));
        }
        Review { proposal, items }
    }

    /// Whether the reviewer decided anything yet: then quitting loses work.
    pub fn has_decisions(&self) -> bool {
        self.items.iter().any(|i| i.decision != Decision::Pending)
    }

    /// How many items are pending, kept (accepted or edited) and rejected.
    pub fn counts(&self) -> (usize, usize, usize) {
        let n = |f: fn(Decision) -> bool| self.items.iter().filter(|i| f(i.decision)).count();
        (
            n(|d| d == Decision::Pending),
            n(Decision::kept),
            n(|d| d == Decision::Rejected),
        )
    }

    fn decision_of(&self, target: Target) -> Decision {
        self.items
            .iter()
            .find(|i| i.target == target)
            .map_or(Decision::Pending, |i| i.decision)
    }

    /// The people and bodies the article names that the dataset lacks (the
    /// actors the merge would create), as indices into the proposal's
    /// actors with their scores, narrowed by `query` as the dataset's actors
    /// are (all, by kind then name, and no score, when nothing is typed): a
    /// quote's speaker is most often one of them.
    pub fn named_in_article(&self, query: &str) -> Vec<(Option<i64>, usize)> {
        let actors = &self.proposal.actors;
        let pool = (0..actors.len()).filter(|&i| actors[i].existing.is_none());
        let key = fold_key(query.trim());
        if key.is_empty() {
            let mut all: Vec<usize> = pool.collect();
            all.sort_by_key(|&i| (actors[i].kind, fold_key(&actors[i].name)));
            return all.into_iter().map(|i| (None, i)).collect();
        }
        scored(&key, pool.map(|i| (i, vec![actors[i].name.as_str()])))
            .into_iter()
            .map(|(s, i)| (Some(s), i))
            .collect()
    }

    /// The speaker an actor the article names would be, created on commit
    /// (once, with the proposal's actor of that name).
    pub fn named_speaker(&self, actor: usize) -> Option<Speaker> {
        let a = self.proposal.actors.get(actor)?;
        Some(Speaker::New(NewActor {
            name: a.name.clone(),
            kind: a.actor_kind(),
            country: a.country.clone(),
            role: a.role.clone(),
        }))
    }

    /// The speaker a quote has now: the reviewer's, or the proposed one.
    pub fn speaker_name(&self, item: &Item) -> Option<String> {
        let Target::Quote(q) = item.target else {
            return None;
        };
        match &item.speaker {
            Some(s) => Some(s.name().to_string()),
            None => self.proposal.quotes[q]
                .speaker
                .as_ref()
                .map(|s| s.name.clone()),
        }
    }

    /// The date a quote has now, as ISO text (`2025-08`).
    pub fn date_text(&self, item: &Item) -> Option<String> {
        let Target::Quote(q) = item.target else {
            return None;
        };
        Some(match item.date {
            Some(d) => d.iso(),
            None => self.proposal.quotes[q].date.clone(),
        })
    }

    /// What is wrong with the decisions as they stand, if anything: a kept
    /// quote with no speaker, or whose speaker or event the reviewer rejected
    /// with nowhere else to go.
    fn problem(&self) -> Option<String> {
        let publication_rejected = self.decision_of(Target::Event(0)) == Decision::Rejected;
        for item in self.items.iter().filter(|i| i.decision.kept()) {
            let Target::Quote(q) = item.target else {
                continue;
            };
            let quote = &self.proposal.quotes[q];
            let short = short(&quote.text);
            if item.speaker.is_none() {
                let Some(s) = &quote.speaker else {
                    return Some(format!(
                        "« {short} » has no speaker: choose one (s) before accepting it"
                    ));
                };
                if self.decision_of(Target::Actor(s.actor)) == Decision::Rejected {
                    return Some(format!(
                        "{} is rejected but speaks « {short} »: change its speaker (s) or reject it",
                        s.name
                    ));
                }
            }
            let own = self.decision_of(Target::Event(quote.event)) == Decision::Rejected;
            if (quote.event == 0 || own) && publication_rejected {
                return Some(format!(
                    "« {short} » needs the article's own event (its event is rejected): accept that event or reject the quote"
                ));
            }
        }
        None
    }

    /// Changes item `i` with `change`, unless the result has a problem: then
    /// nothing changes and the problem is told.
    fn change(&mut self, i: usize, change: impl FnOnce(&mut Item)) -> Result<(), String> {
        let Some(item) = self.items.get_mut(i) else {
            return Err("no such item".into());
        };
        let before = item.clone();
        change(item);
        match self.problem() {
            None => Ok(()),
            Some(why) => {
                self.items[i] = before;
                Err(why)
            }
        }
    }

    /// Accepts or rejects item `i` (or sets it back to pending).
    pub fn decide(&mut self, i: usize, decision: Decision) -> Result<(), String> {
        self.change(i, |item| {
            item.decision = match (decision, item.decision) {
                // Accepting an edited item keeps its corrections.
                (Decision::Accepted, Decision::Edited) => Decision::Edited,
                (d, _) => d,
            };
            if decision == Decision::Rejected {
                item.speaker = None;
                item.date = None;
            }
        })
    }

    /// Gives quote item `i` another speaker; the quote is then kept.
    pub fn set_speaker(&mut self, i: usize, speaker: Speaker) -> Result<(), String> {
        self.quote_only(i)?;
        self.change(i, |item| {
            item.speaker = Some(speaker);
            item.decision = Decision::Edited;
        })
    }

    /// Gives quote item `i` another date, at the precision it was given in;
    /// the quote is then kept.
    pub fn set_date(&mut self, i: usize, date: FuzzyDate) -> Result<(), String> {
        self.quote_only(i)?;
        self.change(i, |item| {
            item.date = Some(date);
            item.decision = Decision::Edited;
        })
    }

    fn quote_only(&self, i: usize) -> Result<(), String> {
        match self.items.get(i).map(|i| i.target) {
            Some(Target::Quote(_)) => Ok(()),
            _ => Err("only a quote's speaker and date can be changed here".into()),
        }
    }

    /// Accepts every pending item at least `threshold` sure, in list order;
    /// one that cannot be accepted yet (a quote with no speaker) stays
    /// pending. Returns how many were accepted and how many stayed.
    pub fn accept_at_least(&mut self, threshold: f32) -> (usize, usize) {
        let (mut accepted, mut stayed) = (0, 0);
        for i in 0..self.items.len() {
            let item = &self.items[i];
            if item.decision != Decision::Pending || item.confidence < threshold {
                continue;
            }
            match self.decide(i, Decision::Accepted) {
                Ok(()) => accepted += 1,
                Err(_) => stayed += 1,
            }
        }
        (accepted, stayed)
    }
}

/// The start of a quote, to name it in a message.
fn short(text: &str) -> String {
    let mut s: String = text.chars().take(30).collect();
    if s.len() < text.len() {
        s.push('…');
    }
    s
}
