//! The review model on a real article: what each decision leaves to merge.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use super::*;
use crate::data::date::parse_human;
use crate::import::{Options, import};
use chrono::NaiveDate;

const FLOODS: &str = include_str!("../../../tests/fixtures/articles/en-floods.txt");

fn review() -> Review {
    let opts = Options {
        published: NaiveDate::from_ymd_opt(2024, 10, 11).unwrap(),
        lang: None,
        outlet: None,
        title: None,
    };
    let text = crate::text::clean(FLOODS, true);
    Review::new(import(&text, &opts, None))
}

/// The index of the item of quote `q`.
fn quote(r: &Review, q: usize) -> usize {
    r.items
        .iter()
        .position(|i| i.target == Target::Quote(q))
        .unwrap()
}

fn item_of(r: &Review, target: Target) -> usize {
    r.items.iter().position(|i| i.target == target).unwrap()
}

/// The actor index the proposal gives `name`.
fn actor(r: &Review, name: &str) -> usize {
    r.proposal
        .actors
        .iter()
        .position(|a| a.name == name)
        .unwrap()
}

#[test]
fn every_quote_new_actor_and_event_is_an_item_with_a_rule() {
    let r = review();
    let p = &r.proposal;
    let quotes = r
        .items
        .iter()
        .filter(|i| matches!(i.target, Target::Quote(_)));
    assert_eq!(quotes.count(), p.quotes.len());
    let events = r
        .items
        .iter()
        .filter(|i| matches!(i.target, Target::Event(_)));
    assert_eq!(events.count(), p.events.len());
    assert!(
        r.items
            .contains_item(Target::Actor(actor(&r, "Peter Hale")))
    );
    for item in &r.items {
        assert!(!item.rule.is_empty(), "{item:?}");
        assert!(item.confidence > 0.0 && item.confidence <= 1.0, "{item:?}");
        assert_eq!(item.decision, Decision::Pending);
    }
    assert!(!r.has_decisions());
}

trait Contains {
    fn contains_item(&self, t: Target) -> bool;
}

impl Contains for Vec<Item> {
    fn contains_item(&self, t: Target) -> bool {
        self.iter().any(|i| i.target == t)
    }
}

#[test]
fn nothing_decided_leaves_nothing_to_merge() {
    let p = review().to_proposal();
    assert!(p.quotes.is_empty());
    // Only the article's own event, which the merge drops when no quote is in it.
    assert_eq!(p.events.len(), 1);
    assert_eq!(p.events[0].kind, "publication");
}

#[test]
fn a_rejected_quote_is_left_out_and_an_accepted_one_kept_with_its_speaker_and_event() {
    let mut r = review();
    let (q0, q1) = (quote(&r, 1), quote(&r, 3));
    r.decide(q0, Decision::Accepted).unwrap();
    r.decide(q1, Decision::Rejected).unwrap();
    assert!(r.has_decisions());
    let p = r.to_proposal();
    assert_eq!(p.quotes.len(), 1);
    assert_eq!(p.quotes[0].text, r.proposal.quotes[1].text);
    // Its pending speaker and its pending dated event come with it.
    let speaker = p.quotes[0].speaker.as_ref().unwrap();
    assert_eq!(p.actors[speaker.actor].name, "Janet Okafor");
    let event = &p.events[p.quotes[0].event];
    assert_eq!(event.date, "2024-10-10");
    assert_eq!(event.kind, "dated sentence");
    assert_eq!(r.counts(), (r.items.len() - 2, 1, 1));
}

#[test]
fn a_speaker_changed_to_an_actor_of_the_dataset_or_a_new_one() {
    let mut r = review();
    let q = quote(&r, 3);
    r.set_speaker(
        q,
        Speaker::Existing {
            id: "macron".into(),
            name: "Emmanuel Macron".into(),
        },
    )
    .unwrap();
    assert_eq!(r.items[q].decision, Decision::Edited);
    let p = r.to_proposal();
    let s = p.quotes[0].speaker.as_ref().unwrap();
    assert_eq!(s.existing.as_deref(), Some("macron"));
    assert_eq!(p.actors[s.actor].existing.as_deref(), Some("macron"));
    // Peter Hale, its proposed speaker, is no longer needed: left out of
    // the events that named him, so the merge does not create him.
    let hale = actor(&r, "Peter Hale");
    assert!(p.events.iter().all(|e| !e.actors.contains(&hale)));

    let new = NewActor {
        name: "Councillor Hale".into(),
        kind: ActorKind::Person,
        country: Some("gb".into()),
        role: Some("Opposition councillor".into()),
    };
    r.set_speaker(q, Speaker::New(new)).unwrap();
    let p = r.to_proposal();
    let s = p.quotes[0].speaker.as_ref().unwrap();
    let a = &p.actors[s.actor];
    assert_eq!(
        (a.name.as_str(), a.existing.as_deref(), a.kind),
        ("Councillor Hale", None, "person")
    );
    assert_eq!(a.country.as_deref(), Some("gb"));
    assert_eq!(a.role.as_deref(), Some("Opposition councillor"));
    assert_eq!(r.speaker_name(&r.items[q]).unwrap(), "Councillor Hale");
}

#[test]
fn a_date_changed_keeps_the_precision_it_was_given_in() {
    let mut r = review();
    let q = quote(&r, 3);
    for (typed, iso, precision) in [
        ("aug 2025", "2025-08", "month"),
        ("9 août 2025", "2025-08-09", "day"),
        ("2025", "2025", "year"),
    ] {
        r.set_date(q, parse_human(typed).unwrap()).unwrap();
        let p = r.to_proposal();
        assert_eq!(
            (p.quotes[0].date.as_str(), p.quotes[0].precision),
            (iso, precision)
        );
        assert_eq!(r.date_text(&r.items[q]).unwrap(), iso);
    }
}

#[test]
fn a_speaker_cannot_be_rejected_while_a_kept_quote_needs_it() {
    let mut r = review();
    let q = quote(&r, 3);
    r.decide(q, Decision::Accepted).unwrap();
    let hale = item_of(&r, Target::Actor(actor(&r, "Peter Hale")));
    let why = r.decide(hale, Decision::Rejected).unwrap_err();
    assert!(why.contains("Peter Hale"), "{why}");
    assert_eq!(r.items[hale].decision, Decision::Pending);
    // Once the quote has another speaker, he can go.
    r.set_speaker(
        q,
        Speaker::Existing {
            id: "x".into(),
            name: "X".into(),
        },
    )
    .unwrap();
    r.decide(hale, Decision::Rejected).unwrap();
}

#[test]
fn a_rejected_event_sends_its_quotes_to_the_articles_own_event() {
    let mut r = review();
    let q = quote(&r, 1);
    let e = r.proposal.quotes[1].event;
    assert_ne!(e, 0);
    r.decide(q, Decision::Accepted).unwrap();
    r.decide(item_of(&r, Target::Event(e)), Decision::Rejected)
        .unwrap();
    let p = r.to_proposal();
    assert_eq!(p.quotes[0].event, 0);
    assert!(p.events.iter().all(|ev| ev.date != "2024-10-10"));
    // With the article's own event rejected too, the quote has nowhere to go.
    let own = item_of(&r, Target::Event(0));
    assert!(r.decide(own, Decision::Rejected).is_err());
}

#[test]
fn accept_at_least_takes_the_pending_items_that_sure_and_no_others() {
    let mut r = review();
    let rejected = quote(&r, 1);
    r.decide(rejected, Decision::Rejected).unwrap();
    let (accepted, stayed) = r.accept_at_least(0.8);
    assert_eq!(stayed, 0);
    let expected = r
        .items
        .iter()
        .filter(|i| i.confidence >= 0.8 && i.decision != Decision::Rejected)
        .count();
    assert_eq!(accepted, expected);
    assert!(accepted > 0);
    for i in &r.items {
        let want = if i.decision == Decision::Rejected {
            Decision::Rejected
        } else if i.confidence >= 0.8 {
            Decision::Accepted
        } else {
            Decision::Pending
        };
        assert_eq!(i.decision, want, "{i:?}");
    }
    assert_eq!(r.items[rejected].decision, Decision::Rejected);
}

#[test]
fn a_quote_with_no_speaker_waits_for_one() {
    let mut r = review();
    r.proposal.quotes[0].speaker = None;
    let q = quote(&r, 0);
    assert!(
        r.decide(q, Decision::Accepted)
            .unwrap_err()
            .contains("no speaker")
    );
    assert_eq!(r.accept_at_least(0.0).1, 1);
    assert_eq!(r.items[q].decision, Decision::Pending);
    r.set_speaker(
        q,
        Speaker::Existing {
            id: "x".into(),
            name: "X".into(),
        },
    )
    .unwrap();
    assert!(r.to_proposal().quotes.iter().any(|p| p.speaker.is_some()));
}
