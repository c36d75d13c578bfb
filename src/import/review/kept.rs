//! What a review's decisions keep: the proposal to merge. Accepted and
//! edited items are kept, and a pending speaker or event that a kept quote
//! needs; the reviewer's speakers and dates replace the proposed ones.

use super::{Decision, Item, Review, Speaker, Target};
use crate::import::{Proposal, ProposedActor, ProposedQuote, ProposedSpeaker};
use crate::text::fold_key;

impl Review {
    /// The ids of the dataset's actors the kept quotes name, to check that
    /// they are still there when the review is committed.
    pub fn existing_actors(&self) -> Vec<String> {
        let p = self.to_proposal();
        let mut ids: Vec<String> = p.actors.iter().filter_map(|a| a.existing.clone()).collect();
        ids.sort();
        ids.dedup();
        ids
    }

    /// The proposal the decisions leave, for [`super::merge::merge_into`].
    /// Event 0, the article's own, stays first: the merge keeps it only when
    /// a quote is in it.
    pub fn to_proposal(&self) -> Proposal {
        let p = &self.proposal;
        let kept = |t| self.decision_of(t).kept();
        let pending = |t| self.decision_of(t) == Decision::Pending;
        let kept_quotes: Vec<(&Item, &ProposedQuote)> = self
            .items
            .iter()
            .filter(|i| i.decision.kept())
            .filter_map(|i| match i.target {
                Target::Quote(q) => Some((i, &p.quotes[q])),
                _ => None,
            })
            .collect();
        // A new actor is kept when accepted, or when pending and the
        // proposed speaker of a kept quote.
        let speaks = |a: usize| {
            kept_quotes.iter().any(|(i, q)| {
                i.speaker.is_none() && q.speaker.as_ref().is_some_and(|s| s.actor == a)
            })
        };
        let actor_kept = |a: usize| {
            p.actors[a].existing.is_some()
                || kept(Target::Actor(a))
                || (pending(Target::Actor(a)) && speaks(a))
        };
        // An event is kept when accepted, or when pending and a kept quote is in it.
        let event_kept = |e: usize| {
            e == 0
                || kept(Target::Event(e))
                || (pending(Target::Event(e)) && kept_quotes.iter().any(|(_, q)| q.event == e))
        };
        let events_kept: Vec<usize> = (0..p.events.len()).filter(|&e| event_kept(e)).collect();
        let mut out = Proposal {
            source: p.source.clone(),
            quotes: Vec::new(),
            dates: p.dates.clone(),
            actors: p.actors.clone(),
            events: events_kept
                .iter()
                .map(|&e| {
                    let mut ev = p.events[e].clone();
                    ev.actors.retain(|&a| actor_kept(a));
                    ev
                })
                .collect(),
            labels: p.labels.clone(),
            reviewed: true,
        };
        for (item, quote) in &kept_quotes {
            let mut q = (*quote).clone();
            if let Some(s) = &item.speaker {
                let actor = actor_for(&mut out.actors, s);
                q.speaker = Some(ProposedSpeaker {
                    name: s.name().to_string(),
                    actor,
                    existing: out.actors[actor].existing.clone(),
                    anonymous: false,
                    cue: super::CHOSEN,
                    confidence: 1.0,
                });
            }
            if let Some(d) = item.date {
                q.date = d.iso();
                q.precision = d.precision().as_str();
                q.date_rule = "given by the reviewer".into();
            }
            q.event = events_kept.iter().position(|&e| e == q.event).unwrap_or(0);
            q.confidence = 1.0;
            out.quotes.push(q);
        }
        out
    }
}

/// The index in `actors` of the reviewer's `speaker`, added when not there.
fn actor_for(actors: &mut Vec<ProposedActor>, speaker: &Speaker) -> usize {
    let found = actors.iter().position(|a| match speaker {
        Speaker::Existing { id, .. } => a.existing.as_deref() == Some(id.as_str()),
        Speaker::New(n) => a.existing.is_none() && fold_key(&a.name) == fold_key(&n.name),
    });
    if let Some(i) = found {
        if let (Speaker::New(n), Some(a)) = (speaker, actors.get_mut(i)) {
            a.kind = n.kind.as_str();
            a.country.clone_from(&n.country);
            a.role.clone_from(&n.role);
        }
        return i;
    }
    let (name, existing, kind, country, role) = match speaker {
        Speaker::Existing { id, name } => (name, Some(id.clone()), "person", None, None),
        Speaker::New(n) => (
            &n.name,
            None,
            n.kind.as_str(),
            n.country.clone(),
            n.role.clone(),
        ),
    };
    actors.push(ProposedActor {
        name: name.clone(),
        kind,
        existing,
        code: None,
        anonymous: false,
        mentions: Vec::new(),
        confidence: 1.0,
        rule: super::CHOSEN,
        country,
        role,
    });
    actors.len() - 1
}
