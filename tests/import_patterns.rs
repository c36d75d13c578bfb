#![allow(clippy::unwrap_used, clippy::expect_used)]
//! The importer's quote and speaker patterns, one test per convention: who
//! said each quote of a short text written to show it.
use chrono::NaiveDate;
use newsline::import::{Options, import};

/// (quote text, speaker) for every quote proposed; labels are left out.
fn speakers(text: &str) -> Vec<(String, String)> {
    let opts = Options {
        published: NaiveDate::from_ymd_opt(2025, 5, 7).unwrap(),
        lang: None,
        outlet: None,
        title: None,
    };
    import(text, &opts, None)
        .quotes
        .into_iter()
        .map(|q| (q.text, q.speaker.map_or("?".into(), |s| s.name)))
        .collect()
}

fn check(text: &str, want: &[(&str, &str)]) {
    let got = speakers(&format!("Titre\n\n{text}"));
    let want: Vec<(String, String)> = want
        .iter()
        .map(|(q, s)| (q.to_string(), s.to_string()))
        .collect();
    assert_eq!(got, want, "in: {text}");
}

#[test]
fn attribution_after_the_quote_with_a_name_or_an_inverted_pronoun() {
    check(
        "« Nous resterons », a déclaré Marie Curie.",
        &[("Nous resterons", "Marie Curie")],
    );
    check(
        "Jean Moulin est arrivé. « Nous partirons demain », a-t-il souligné.",
        &[("Nous partirons demain", "Jean Moulin")],
    );
    check(
        "« C’est fini », estime Paul Durand.",
        &[("C’est fini", "Paul Durand")],
    );
}

#[test]
fn attribution_before_the_quote_and_without_a_verb() {
    check(
        "Paul Durand a déclaré : « Rien ne change. »",
        &[("Rien ne change.", "Paul Durand")],
    );
    check(
        "Selon Anne Morel, « la crise est finie ».",
        &[("la crise est finie", "Anne Morel")],
    );
    check(
        "D’après Anne Morel, « la crise est finie ».",
        &[("la crise est finie", "Anne Morel")],
    );
    check(
        "Pour Anne Morel, « la crise est finie ».",
        &[("la crise est finie", "Anne Morel")],
    );
}

#[test]
fn a_surname_alone_is_the_person_named_in_full() {
    check(
        "L’économiste Anne Morel a publié un rapport. « Le risque est réel », a ajouté Morel.",
        &[("Le risque est réel", "Anne Morel")],
    );
}

#[test]
fn a_fragment_in_indirect_speech_and_a_quote_over_several_sentences() {
    check(
        "Paul Durand a ajouté que le plan était « trop tardif ».",
        &[("trop tardif", "Paul Durand")],
    );
    check(
        "« Nous avons tout essayé. Rien n’a marché. Il faut changer », a expliqué Paul Durand.",
        &[(
            "Nous avons tout essayé. Rien n’a marché. Il faut changer",
            "Paul Durand",
        )],
    );
}

#[test]
fn role_descriptions() {
    // Indefinite: someone new, described.
    check(
        "« Personne ne veut payer », explique un haut responsable du ministère des Finances.",
        &[(
            "Personne ne veut payer",
            "haut responsable du ministère des Finances",
        )],
    );
    // Definite: the person given that role.
    check(
        "La ministre Claire Dumoulin est venue. « Je reste », a dit la ministre.",
        &[("Je reste", "Claire Dumoulin")],
    );
}

#[test]
fn nested_and_straight_quotes() {
    check(
        "« Il faut cesser de parler de “réveil” et agir », a dit Paul Durand.",
        &[(
            "Il faut cesser de parler de “réveil” et agir",
            "Paul Durand",
        )],
    );
    check(
        "Paul Durand a parlé d’un accord \"très solide\".",
        &[("très solide", "Paul Durand")],
    );
}

#[test]
fn a_quote_with_no_attribution_continues_the_speaker_before() {
    check(
        "« Nous viendrons », a dit Paul Durand. « Et nous resterons. »",
        &[
            ("Nous viendrons", "Paul Durand"),
            ("Et nous resterons.", "Paul Durand"),
        ],
    );
}

#[test]
fn labels_are_not_quotes() {
    check(
        "La « coalition des volontaires » se réunit. Une éventuelle « mission de paix » est prévue.",
        &[],
    );
}

#[test]
fn english_conventions() {
    check(
        "“We will stay,” said Mary Smith.",
        &[("We will stay,", "Mary Smith")],
    );
    check(
        "“We will stay,” Mary Smith told Reuters.",
        &[("We will stay,", "Mary Smith")],
    );
    check(
        "John Doe spoke briefly. “It is over,” he added.",
        &[("It is over,", "John Doe")],
    );
    check(
        "According to Mary Smith, \"the talks failed\".",
        &[("the talks failed", "Mary Smith")],
    );
    check(
        "Mary Smith warned that costs would \"rise sharply\".",
        &[("rise sharply", "Mary Smith")],
    );
}

#[test]
fn a_headline_quote_takes_the_speaker_of_the_same_words_in_the_body() {
    let got = speakers(
        "Crise : « personne ne veut payer »\n\n« Personne ne veut payer, voilà le problème », a dit Paul Durand.",
    );
    assert_eq!(
        got[0],
        (
            "personne ne veut payer".to_string(),
            "Paul Durand".to_string()
        )
    );
}
