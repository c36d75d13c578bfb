//! Per actor, the events and quotes that selecting it alone shows. They are
//! for the actor picker, not for the first frame (at a million quotes they
//! cost a pass over every quote): the explorer counts them on a thread of
//! their own once its first frame is drawn, and anything else on the first
//! use. Derived from the dataset alone, and never changed once counted.

use crate::data::Dataset;
use crate::query::filter::actor_counts;
use std::sync::{Arc, Mutex, OnceLock};
use std::thread::JoinHandle;

type Counts = Vec<(usize, usize)>;

pub(super) struct ActorCounts {
    counted: OnceLock<Counts>,
    counting: Mutex<Option<JoinHandle<Counts>>>,
    /// To count on this thread if the other one could not.
    ds: Arc<Dataset>,
}

impl ActorCounts {
    /// The counts of `ds`'s actors, not counted yet.
    pub(super) fn of(ds: &Arc<Dataset>) -> ActorCounts {
        ActorCounts {
            counted: OnceLock::new(),
            counting: Mutex::new(None),
            ds: Arc::clone(ds),
        }
    }

    /// Starts counting on a thread of their own.
    pub(super) fn begin(&mut self) {
        let Ok(counting) = self.counting.get_mut() else {
            return;
        };
        if self.counted.get().is_none() && counting.is_none() {
            let of = Arc::clone(&self.ds);
            *counting = std::thread::Builder::new()
                .name("actor counts".into())
                .spawn(move || actor_counts(&of))
                .ok();
        }
    }

    /// The counts, one per actor, once counted.
    pub(super) fn get(&self) -> &[(usize, usize)] {
        self.counted.get_or_init(|| {
            let counting = self.counting.lock().ok().and_then(|mut c| c.take());
            // A thread that could not start or that failed: counted here.
            counting
                .and_then(|c| c.join().ok())
                .unwrap_or_else(|| actor_counts(&self.ds))
        })
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;

    #[test]
    fn the_counts_are_those_of_the_dataset_counted_here() {
        let file = crate::data::generate::generate(40, 300, 30, 7);
        let json = serde_json::to_string(&file).unwrap();
        let ds = crate::data::load::parse(std::path::Path::new("generated"), &json, |_| {
            Err("no files".into())
        })
        .unwrap();
        let ds = Arc::new(ds);
        let counts = ActorCounts::of(&ds);
        assert_eq!(counts.get(), actor_counts(&ds));
        let mut counts = ActorCounts::of(&ds);
        counts.begin();
        assert_eq!(counts.get(), actor_counts(&ds));
        // And again, without counting twice.
        assert_eq!(counts.get().as_ptr(), counts.get().as_ptr());
    }
}
