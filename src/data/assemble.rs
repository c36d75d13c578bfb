//! The checked records put in order: events and quotes by date, each event
//! linked to its quotes, and the per-actor lists that make filters cheap.

use super::model::*;

/// The checked dataset before it is put in order.
pub(super) struct Unordered {
    pub(super) title: String,
    pub(super) description: Option<String>,
    pub(super) sources: Vec<Source>,
    pub(super) actors: Vec<Actor>,
    pub(super) events: Vec<Event>,
    pub(super) quotes: Vec<Quote>,
    pub(super) terms: Vec<Term>,
}

/// Puts events and quotes in date order and links each event to its quotes.
pub(super) fn assemble(u: Unordered) -> Dataset {
    let Unordered {
        title,
        description,
        sources,
        actors,
        events,
        quotes,
        terms,
    } = u;
    let position = |s: Option<&Span>| s.map_or((usize::MAX, 0), |s| (s.source, s.start));
    let mut events = events;
    let event_order = put_in_order(&mut events, |e| (e.date, position(e.sources.first())));
    let mut new_event_ix = vec![0; events.len()];
    for (new, &old) in event_order.iter().enumerate() {
        new_event_ix[old] = new;
    }

    let mut quotes = quotes;
    for q in &mut quotes {
        q.event = new_event_ix[q.event];
    }
    put_in_order(&mut quotes, |q| (q.date, q.source.source, q.source.start));
    for (qi, q) in quotes.iter().enumerate() {
        events[q.event].quotes.push(qi);
    }
    let actor_by_id = actor_index(&actors);
    let involving = involving(&actors, &events, &quotes);
    Dataset {
        title,
        description,
        sources,
        actors,
        events,
        quotes,
        terms,
        actor_by_id,
        involving,
    }
}

/// Sorts `items` by `key`, keeping the order of equal ones, as a stable sort
/// would, and gives where each item was: `order[new] == old`. The keys are
/// sorted and the items then moved once each: a sort of the items themselves
/// (192 bytes a quote) moves each many times, 0.43 s of a load at 1M quotes.
fn put_in_order<T, K: Ord>(items: &mut [T], key: impl Fn(&T) -> K) -> Vec<usize> {
    let mut keyed: Vec<(K, usize)> = items.iter().map(&key).zip(0..).collect();
    keyed.sort_unstable();
    let order: Vec<usize> = keyed.into_iter().map(|(_, i)| i).collect();
    // `from[i]`: where the item that goes to `i` is now. Each cycle of the
    // permutation is followed once, by swaps.
    let mut from = order.clone();
    for start in 0..from.len() {
        let mut at = start;
        while from[at] != start {
            let next = from[at];
            items.swap(at, next);
            from[at] = at;
            at = next;
        }
        from[at] = at;
    }
    order
}

/// Actors by id, for [`Dataset::actor_by_id`].
pub(crate) fn actor_index(actors: &[Actor]) -> std::collections::HashMap<String, ActorIx> {
    actors
        .iter()
        .enumerate()
        .map(|(i, a)| (a.id.clone(), i))
        .collect()
}

/// Who selecting matches an item that involves `a`: `a`, and its country.
fn matched_by(actors: &[Actor], a: ActorIx, into: &mut Vec<ActorIx>) {
    into.push(a);
    if let Some(c) = actors[a].country
        && c != a
        && actors[c].kind == ActorKind::Country
    {
        into.push(c);
    }
}

pub(crate) fn involving(actors: &[Actor], events: &[Event], quotes: &[Quote]) -> Vec<Involving> {
    let mut by_actor = vec![Involving::default(); actors.len()];
    let mut set = Vec::new();
    for (i, e) in events.iter().enumerate() {
        set.clear();
        for &a in &e.actors {
            matched_by(actors, a, &mut set);
        }
        set.sort_unstable();
        set.dedup();
        for &a in &set {
            by_actor[a].events.push(i);
        }
    }
    for (i, q) in quotes.iter().enumerate() {
        set.clear();
        for a in q.actors() {
            matched_by(actors, a, &mut set);
        }
        set.sort_unstable();
        set.dedup();
        for &a in &set {
            by_actor[a].quotes.push(i);
        }
    }
    by_actor
}

#[cfg(test)]
mod tests {
    use super::put_in_order;

    #[test]
    fn put_in_order_is_a_stable_sort() {
        let mut rng = fastrand::Rng::with_seed(11);
        for n in [0, 1, 2, 3, 10, 1000] {
            // Few distinct keys, so that many are equal; the second field
            // tells equal ones apart.
            let items: Vec<(u8, usize)> = (0..n).map(|i| (rng.u8(0..5), i)).collect();
            let mut stable = items.clone();
            stable.sort_by_key(|&(k, _)| k);
            let mut ours = items.clone();
            let order = put_in_order(&mut ours, |&(k, _)| k);
            assert_eq!(ours, stable, "{n} items");
            let moved: Vec<_> = order.iter().map(|&old| items[old]).collect();
            assert_eq!(moved, stable, "where each of {n} items was");
        }
    }
}
