//! The importer run on a headline and a body, and the (quote, speaker) pairs
//! it proposes: what the speaker-pattern tests compare.

use chrono::NaiveDate;
use newsline::import::{Options, Proposal, import};

/// The proposal for `headline` and `body`, published on `published`.
pub fn run(published: NaiveDate, headline: &str, body: &str) -> Proposal {
    let opts = Options {
        published,
        lang: None,
        outlet: None,
        title: None,
    };
    import(&format!("{headline}\n\n{body}"), &opts, None)
}

/// (quote text, speaker) for every quote proposed; `?` when none was found.
pub fn speakers(published: NaiveDate, headline: &str, body: &str) -> Vec<(String, String)> {
    run(published, headline, body)
        .quotes
        .into_iter()
        .map(|q| (q.text, q.speaker.map_or("?".into(), |s| s.name)))
        .collect()
}

/// Asserts the quotes and speakers proposed are exactly `want`.
pub fn check(published: NaiveDate, headline: &str, body: &str, want: &[(&str, &str)]) {
    let want: Vec<(String, String)> = want
        .iter()
        .map(|(q, s)| (q.to_string(), s.to_string()))
        .collect();
    assert_eq!(speakers(published, headline, body), want, "in: {body}");
}
