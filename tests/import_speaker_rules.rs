#![allow(clippy::unwrap_used, clippy::expect_used)]
//! The importer's speaker rules on invented text in the shape of real news,
//! one module per kind, in one test binary: gender agreement, bodies and
//! unnamed people, organisations' whole names, speakers given by the layout,
//! roles, verbs of saying.
#[allow(dead_code)]
#[path = "common/speakers.rs"]
mod speakers;

use chrono::NaiveDate;

/// The publication day of most invented articles here.
fn published() -> NaiveDate {
    NaiveDate::from_ymd_opt(2024, 3, 8).unwrap()
}

fn check(headline: &str, body: &str, want: &[(&str, &str)]) {
    speakers::check(published(), headline, body, want);
}

#[path = "import_speaker_rules/bodies.rs"]
mod bodies;
#[path = "import_speaker_rules/gender.rs"]
mod gender;
#[path = "import_speaker_rules/layouts.rs"]
mod layouts;
#[path = "import_speaker_rules/organisations.rs"]
mod organisations;
#[path = "import_speaker_rules/roles.rs"]
mod roles;
#[path = "import_speaker_rules/verbs.rs"]
mod verbs;
