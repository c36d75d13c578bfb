#![allow(clippy::unwrap_used, clippy::expect_used)]
//! Speaker patterns met in real news articles, one test per rule, each from a
//! sentence shape of a real article (paraphrased): names with a capitalised
//! particle, titles written in capitals before a name, organisations in an
//! apposition, role phrases standing for a person, "the force said".
use chrono::NaiveDate;
use newsline::import::{Options, import};
#[allow(dead_code)]
#[path = "common/speakers.rs"]
mod speakers;

fn published() -> NaiveDate {
    NaiveDate::from_ymd_opt(2021, 10, 29).unwrap()
}

fn check(headline: &str, body: &str, want: &[(&str, &str)]) {
    speakers::check(published(), headline, body, want);
}

#[test]
fn a_capitalised_particle_is_part_of_the_name_not_a_role() {
    check(
        "Croissance : le ministre salue un résultat",
        "« C'est un résultat exceptionnel », a déclaré Bruno Le Maire vendredi.",
        &[("C'est un résultat exceptionnel", "Bruno Le Maire")],
    );
}

#[test]
fn the_name_is_what_follows_a_title_in_capitals() {
    check(
        "Drugs haul goes up in smoke",
        "Disposal Team Manager Mike Hall said: “The plant powers the city.”",
        &[("The plant powers the city.", "Mike Hall")],
    );
}

#[test]
fn a_long_title_then_the_name_then_the_verb_after_the_quote() {
    check(
        "Commission hails deal",
        "“The agreement is a crucial step,” European Commissioner for Economic and \
         Financial Affairs Pierre Moscovici told a news conference.",
        &[("The agreement is a crucial step,", "Pierre Moscovici")],
    );
}

#[test]
fn an_organisation_in_an_apposition_is_not_the_speaker() {
    check(
        "Neighbourhood Task Force finds a machete",
        "Sergeant Jason Phillips, of the Neighbourhood Task Force, said: “We found a machete.”",
        &[("We found a machete.", "Jason Phillips")],
    );
}

#[test]
fn a_pronoun_skips_an_organisation_named_after_the_person() {
    check(
        "European Commission welcomes deal",
        "This was stated by press secretary of the European Commission, Paula Pinho. \
         Pinho noted that the European Commission understood the concern. \
         “We have been in close contact,” she added.",
        &[("We have been in close contact,", "Paula Pinho")],
    );
}

#[test]
fn a_role_phrase_stands_for_the_person_the_headline_names() {
    check(
        "Emmanuel Macron dénonce un manque de professionnalisme",
        "« J’ai été stupéfait de lire tant de commentaires » a protesté le chef de l’Etat, \
         jeudi, évoquant des paroles « tronquées et transformées ».",
        &[
            (
                "J’ai été stupéfait de lire tant de commentaires",
                "Emmanuel Macron",
            ),
            ("tronquées et transformées", "Emmanuel Macron"),
        ],
    );
}

#[test]
fn a_role_phrase_stands_for_the_person_in_focus_unless_given_another_role() {
    check(
        "L'Insee prévoit 3% de croissance",
        "« C'est du jamais-vu », a déclaré Bruno Le Maire. \
         « C'est une performance qui doit tout aux Français. » a ajouté le ministre de l'Economie.",
        &[
            ("C'est du jamais-vu", "Bruno Le Maire"),
            (
                "C'est une performance qui doit tout aux Français.",
                "Bruno Le Maire",
            ),
        ],
    );
    // Someone given another role is not "le président de la commission".
    check(
        "Retraites : le débat",
        "Pour Sophie Caradec, économiste à l’OFCE, « le déficit reste modeste ». \
         La veille, le président de la commission des Affaires sociales avait averti que \
         le calendrier était « intenable pour tous les députés ».",
        &[
            ("le déficit reste modeste", "Sophie Caradec"),
            (
                "intenable pour tous les députés",
                "président de la commission des Affaires sociales",
            ),
        ],
    );
}

#[test]
fn a_reflexive_verb_of_saying_before_a_role_phrase() {
    check(
        "Bruno Le Maire salue un résultat exceptionnel",
        "« 3% de croissance en un trimestre », s'est félicité le ministre de l'Économie \
         ce vendredi. « C'est un résultat », a déclaré Bruno Le Maire, le ministre de l'Economie.",
        &[
            ("3% de croissance en un trimestre", "Bruno Le Maire"),
            ("C'est un résultat", "Bruno Le Maire"),
        ],
    );
}

#[test]
fn the_force_is_the_organisation_last_named() {
    check(
        "Police report drug haul",
        "In a press release, West Midlands Police described the raid. \
         “When officers opened the boxes they found foam”, the force said.",
        &[(
            "When officers opened the boxes they found foam",
            "West Midlands Police",
        )],
    );
}

#[test]
fn a_month_in_the_paragraph_before_does_not_date_a_quote() {
    let opts = Options {
        published: NaiveDate::from_ymd_opt(2013, 3, 11).unwrap(),
        lang: None,
        outlet: None,
        title: None,
    };
    let text = "Drugs haul goes up in smoke\n\n\
                The haul, taken from farms cracked during December, was burnt.\n\n\
                Manager Mike Hall said: “The plant is an energy-from-waste plant.”";
    let quotes = import(text, &opts, None).quotes;
    assert_eq!(quotes.len(), 1);
    assert_eq!(quotes[0].date, "2013-03-11", "{}", quotes[0].date_rule);
}
