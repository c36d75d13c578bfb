//! Names found in short texts: people, countries and organisations.
use super::*;

fn names(text: &str) -> Vec<(String, EntityKind)> {
    let a = Article::new(text);
    let e = find(&a, None);
    e.list.iter().map(|e| (e.name.clone(), e.kind)).collect()
}

#[test]
fn people_countries_and_organisations() {
    let found = names(
        "Titre\n\nSelon le Sunday Times, Ursula von der Leyen et la Russie ont parlé. \
         Le président de la Conférence de Munich, Christoph Heusgen, a parlé au RND. \
         « Bien », a dit Heusgen.",
    );
    use EntityKind::*;
    assert!(
        found.contains(&("Sunday Times".into(), Organisation)),
        "{found:?}"
    );
    assert!(found.contains(&("Ursula von der Leyen".into(), Person)));
    assert!(found.contains(&("Russia".into(), Country)));
    assert!(found.contains(&("Conférence de Munich".into(), Organisation)));
    assert!(found.contains(&("Christoph Heusgen".into(), Person)));
    assert!(found.contains(&("RND".into(), Organisation)));
    // "Heusgen" alone is the same person, not a new one.
    assert_eq!(
        found.iter().filter(|(n, _)| n.contains("Heusgen")).count(),
        1
    );
}

#[test]
fn a_headline_in_title_case_makes_no_name_of_its_capitals() {
    let found = names(
        "WikiLeaks Holds Off Posting Secret Military Reports\n\n\
         A spokesman, Kristinn Hrafnsson, said the site would publish soon.",
    );
    assert_eq!(
        found,
        [("Kristinn Hrafnsson".to_string(), EntityKind::Person)]
    );
    // A name the body gives is still found there.
    let found = names("Hrafnsson Says Leak Will Come Soon\n\nKristinn Hrafnsson spoke.");
    assert_eq!(
        found,
        [("Kristinn Hrafnsson".to_string(), EntityKind::Person)]
    );
}

#[test]
fn acronyms_match_only_in_capitals() {
    let found = names("Titre\n\nLet us talk, the US said.");
    assert_eq!(found, [("United States".to_string(), EntityKind::Country)]);
}
