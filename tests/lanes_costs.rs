//! What the lanes and the picker's shared counts cost on a dataset of
//! 100,000 events and 300,000 quotes: each is asked again at every filter
//! change (the lanes) or toggle (the shared counts), so each must stay well
//! under a second. Slow to set up, so run on demand, in release:
//! `cargo test --release --test lanes_costs -- --ignored --nocapture`.
// A test that cannot unwrap has failed; that is the point of it.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use newsline::data::{ActorKind, Dataset};
use newsline::query::filter::actor_counts;
use newsline::query::lanes::{LaneKind, lanes};
use newsline::query::{Filter, cooccur, timeline};
use std::time::{Duration, Instant};

/// The most any one of them may take on a busy machine.
const LIMIT: Duration = Duration::from_secs(1);

fn large() -> Dataset {
    let file = newsline::data::generate::generate(100_000, 300_000, 2_000, 7);
    let json = serde_json::to_string(&file).unwrap();
    newsline::data::load::parse(std::path::Path::new("generated"), &json, |_| {
        Err("no files".into())
    })
    .unwrap()
}

/// The least of three runs of `f`, and what it gave.
fn timed<T>(f: impl Fn() -> T) -> (Duration, T) {
    let mut least = Duration::MAX;
    let mut out = None;
    for _ in 0..3 {
        let start = Instant::now();
        out = Some(f());
        least = least.min(start.elapsed());
    }
    (least, out.unwrap())
}

#[test]
#[ignore = "builds a dataset of 100,000 events; run in release on demand"]
fn lanes_and_shared_counts_stay_well_under_a_second_at_100k_events() {
    let ds = large();
    let shown = timeline(&ds, &Filter::default());
    for kind in [LaneKind::Country, LaneKind::Person] {
        let (took, made) = timed(|| lanes(&ds, &shown, kind, &Default::default()));
        eprintln!("lanes of {}: {} in {took:?}", kind.plural(), made.len());
        assert!(took < LIMIT, "lanes of {}: {took:?}", kind.plural());
    }
    let counts = actor_counts(&ds);
    let most = |kind: ActorKind| {
        (0..ds.actors.len())
            .filter(|&a| ds.actors[a].kind == kind)
            .max_by_key(|&a| counts[a].0)
            .unwrap()
    };
    for a in [most(ActorKind::Country), most(ActorKind::Person)] {
        let (took, shared) = timed(|| cooccur::shared_events(&ds, a));
        eprintln!(
            "shared with {} ({} events): {took:?}",
            ds.actors[a].name, shared[a]
        );
        assert!(took < LIMIT, "shared with {}: {took:?}", ds.actors[a].name);
    }
}
