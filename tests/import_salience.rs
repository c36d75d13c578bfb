#![allow(clippy::unwrap_used, clippy::expect_used)]
//! Who is in focus across sentences and paragraphs: pronouns that skip a
//! person named as an object, quotations continued over paragraphs, the
//! attribution closing a sentence, a colon with no verb of saying, a
//! quotation standing alone after indirect speech, a coordinated verb, and a
//! quotation dated by the day its speaker was said to speak. Each sentence
//! shape is paraphrased from a real article.
use chrono::NaiveDate;
#[allow(dead_code)]
#[path = "common/speakers.rs"]
mod speakers;

fn published() -> NaiveDate {
    NaiveDate::from_ymd_opt(2022, 12, 1).unwrap()
}

fn run(headline: &str, body: &str) -> newsline::import::Proposal {
    speakers::run(published(), headline, body)
}

fn check(headline: &str, body: &str, want: &[(&str, &str)]) {
    speakers::check(published(), headline, body, want);
}

#[test]
fn a_pronoun_skips_a_person_named_as_the_object_of_a_pronoun_sentence() {
    check(
        "What the founder said",
        "Julian Assange started out by saying that the site had grown. \
         He mentioned Chelsea Manning among the sources. \
         “It teaches you something about power,” he said.",
        &[("It teaches you something about power,", "Julian Assange")],
    );
}

#[test]
fn a_pronoun_agrees_with_the_gender_an_honorific_gives() {
    check(
        "Budget",
        "Mme Claire Dumoulin a reçu M. Paul Girard mardi. \
         « Nous avancerons », a-t-elle déclaré.",
        &[("Nous avancerons", "Claire Dumoulin")],
    );
}

#[test]
fn a_quotation_left_open_takes_the_speaker_of_its_continuation() {
    check(
        "Détenu",
        "La famille n’a pas de nouvelles depuis le 23 novembre.\n\n\
         “Nous avons essayé d’obtenir plus d’informations.\n\n\
         “Nous n’avons pas de mise à jour”, a déclaré John Kirby aux journalistes.",
        &[
            (
                "Nous avons essayé d’obtenir plus d’informations.",
                "John Kirby",
            ),
            ("Nous n’avons pas de mise à jour", "John Kirby"),
        ],
    );
}

#[test]
fn the_attribution_closing_the_sentence_after_a_comma() {
    check(
        "Détenu",
        "Les États-Unis sont “profondément préoccupés” pour le détenu, a déclaré mercredi \
         le porte-parole de la Maison Blanche, John Kirby.",
        &[("profondément préoccupés", "John Kirby")],
    );
}

#[test]
fn a_colon_after_a_phrase_with_no_verb_of_saying() {
    check(
        "Press conference",
        "Julian Assange spoke for an hour. \
         Next he addressed the viewers at home: “Some of those expectations will be answered.”",
        &[(
            "Some of those expectations will be answered.",
            "Julian Assange",
        )],
    );
}

#[test]
fn a_quotation_standing_alone_after_indirect_speech_is_its_subjects() {
    check(
        "Anniversary",
        "Nora Lind met the board on Monday. Julian Assange said that the site had grown \
         over ten years. “That’s a hell of a lot of work.”",
        &[("That’s a hell of a lot of work.", "Julian Assange")],
    );
}

#[test]
fn a_verb_joined_by_but_shares_the_first_verbs_subject() {
    check(
        "Violence",
        "The White House said that President Obama is concerned, but said it is \
         premature “to comment further.”",
        &[("to comment further.", "White House")],
    );
}

#[test]
fn a_quote_paragraphs_later_is_dated_by_the_day_its_speaker_spoke() {
    let p = run(
        "Détenu",
        "Le pays est inquiet, a déclaré mercredi le porte-parole John Kirby.\n\n\
         La famille n’a pas de nouvelles du détenu.\n\n\
         “Cela nous préoccupe profondément”, a ajouté Kirby.",
    );
    let q = p
        .quotes
        .iter()
        .find(|q| q.text.starts_with("Cela"))
        .expect("the quote");
    // Wednesday before Thursday 1 December 2022.
    assert_eq!(q.date, "2022-11-30", "{}", q.date_rule);
}

#[test]
fn a_weekday_right_after_a_verb_in_the_past_is_not_next_week() {
    // Published on Thursday 1 December 2022; "prochaine" later in the
    // sentence does not make the Thursday a coming one.
    let p = run(
        "Avenir",
        "Emmanuel Macron a assuré jeudi vouloir « se ficher de la prochaine élection ».",
    );
    let jeudi = p
        .dates
        .iter()
        .find(|d| d.text == "jeudi")
        .expect("the weekday");
    assert_eq!(jeudi.date, "2022-12-01", "{}", jeudi.rule);
}

#[test]
fn a_headline_quoting_words_of_the_body_is_speech_a_name_quoted_twice_a_label() {
    check(
        "Les États-Unis « profondément préoccupés » pour le détenu",
        "Les États-Unis sont « profondément préoccupés », a déclaré John Kirby.",
        &[
            ("profondément préoccupés", "John Kirby"),
            ("profondément préoccupés", "John Kirby"),
        ],
    );
    let p = run(
        "« Coalition des volontaires » : pas de troupes",
        "Les pays de la « coalition des volontaires » hésitent. \
         La « coalition des volontaires » rassemble 30 pays.",
    );
    assert!(p.quotes.is_empty(), "{:?}", p.quotes);
    assert_eq!(p.labels.len(), 3);
}

#[test]
fn a_possessor_before_the_subject_is_not_who_a_pronoun_stands_for() {
    check(
        "Hay Hill",
        "Catton Grove’s Councillor Eve Collishaw has asked the City Council for figures. \
         She said: “We have no idea about the costs.”",
        &[("We have no idea about the costs.", "Eve Collishaw")],
    );
}

#[test]
fn a_headline_in_single_quotes_is_a_quotation_a_single_quoted_word_in_the_body_is_not() {
    let p = run(
        "White House ‘deeply concerned’ over violence",
        "The force’s officers searched cannabis ‘farms’ in cellars. \
         “We are deeply concerned,” Robert Gibbs said.",
    );
    let texts: Vec<&str> = p.quotes.iter().map(|q| q.text.as_str()).collect();
    assert_eq!(texts, ["deeply concerned", "We are deeply concerned,"]);
    assert_eq!(
        p.quotes[0].speaker.as_ref().map(|s| s.name.as_str()),
        Some("Robert Gibbs")
    );
}

#[test]
fn words_quoted_with_no_attribution_paragraphs_later_are_the_person_in_focus() {
    // Two paragraphs after she last spoke, with no one else named: a weak
    // guess, said as such.
    let p = run(
        "Visite",
        "« Quel bonheur d'être ici », a déclaré la ministre Anne Morel à son arrivée.\n\n\
         La visite a duré trois heures sous la pluie.\n\n\
         Le soir, au dîner, elle a parlé du « Far West » de la région.\n\n\
         La délégation est repartie le lendemain matin pour Lyon.\n\n\
         « Une région magnifique », avant de remonter dans le train.",
    );
    let q = p
        .quotes
        .iter()
        .find(|q| q.text == "Une région magnifique")
        .unwrap();
    let sp = q.speaker.as_ref().expect("a speaker");
    assert_eq!(sp.name, "Anne Morel");
    assert!(sp.cue.contains("person in focus"), "{}", sp.cue);
    assert!(sp.confidence < 0.5);
}

#[test]
fn a_subheading_between_two_quotations_does_not_part_them() {
    let p = run(
        "Inondations",
        "« C'est du jamais vu depuis 1900 », a déclaré le maire Paul Morin.\n\n\
         Des maisons sous l'eau\n\n\
         Avec d'importantes conséquences : de nombreuses maisons sont inondées, ce qui \
         a entraîné « des dizaines de sorties en une nuit ».",
    );
    let q = p
        .quotes
        .iter()
        .find(|q| q.text.starts_with("des dizaines"))
        .unwrap();
    let sp = q.speaker.as_ref().expect("a speaker");
    assert_eq!(sp.name, "Paul Morin");
    assert!(sp.cue.contains("quotation before"), "{}", sp.cue);
}

#[test]
fn a_pronoun_opening_a_clause_put_first_is_not_the_sentence_subject() {
    // "qu'il" and "he" open a clause before the main one; its subject is
    // the person named after them, whom "lui" and "he" then stand for.
    check(
        "Logement",
        "« Loger d'abord », avait dit Jean Morel. Dix ans après qu'il a lancé \
         son appel, sa phrase est reprise par Paul Vidal. Selon lui, « rien \
         n'a changé ».",
        &[
            ("Loger d'abord", "Jean Morel"),
            ("rien n'a changé", "Paul Vidal"),
        ],
    );
    check(
        "Housing",
        "“Homes first,” John Marsh said in 1990. Years after he made the \
         call, his words were taken up by Carl Webb. “Nothing has changed,” \
         he said.",
        &[
            ("Homes first,", "John Marsh"),
            ("Nothing has changed,", "Carl Webb"),
        ],
    );
}

#[test]
fn a_full_stop_inside_an_amount_ends_no_sentence() {
    // Split at "N3." the sentence after would open on "7tn, as alleged by
    // Carl Obi" and make Obi the next "he".
    check(
        "Budget",
        "Jon Ade said the missing N3.7tn, as alleged by Carl Obi, had been \
         found. “I thought this issue should have ended,” he said.",
        &[("I thought this issue should have ended,", "Jon Ade")],
    );
}

#[test]
fn a_sentence_opening_on_a_role_reporting_others_is_that_role_holders() {
    // "Nawaz Sharif" is named first, but inside what the leader reports.
    check(
        "Press conference",
        "PTI leader Naeemul Haq spoke outside the building. The PTI leader \
         said that there are reports naming Prime Minister Nawaz Sharif. \
         “We demand the report,” he said.",
        &[("We demand the report,", "Naeemul Haq")],
    );
}

#[test]
fn a_sentence_whose_first_mention_of_anyone_is_a_role_is_the_holders() {
    // Back from "il", the nearest sentence names no one: its subject is the
    // role Paul Sow was given, not Amadou Bah named in the sentence before.
    check(
        "Procès",
        "Le procureur général, Paul Sow, a requis mardi. Amadou Bah est resté \
         silencieux.\n\n\
         Interrogé sur le huis clos, le procureur général a invoqué la loi. \
         « La cour a tranché », a-t-il expliqué.",
        &[("La cour a tranché", "Paul Sow")],
    );
}

#[test]
fn past_a_clause_opening_the_sentence_its_subject_is_after_the_last_comma() {
    // The journalist is inside "Alors que …"; the coach opens the main
    // clause, and the quotation standing alone after it is his.
    check(
        "Note",
        "« Zéro », a dit le sélectionneur, Didier Dupont. « Un 3 », a noté le \
         journaliste Paul Roux. Alors que Paul Roux, à l'antenne, attribuait un 3 \
         au joueur, le sélectionneur des Bleus est intervenu. « Trois ? C'est \
         inadmissible. »",
        &[
            ("Zéro", "Didier Dupont"),
            ("Un 3", "Paul Roux"),
            ("Trois ? C'est inadmissible.", "Didier Dupont"),
        ],
    );
}

#[test]
fn past_a_clause_opening_the_sentence_names_listed_after_the_verb_are_no_subject() {
    // The last stretch, "Jean Dupont et Marie Durand", holds no verb: the
    // subject is "le maire", before it.
    check(
        "Séance",
        "« Zéro », a dit le maire, Paul Roux. Alors que la séance commençait, \
         le maire a salué ses adjoints, Jean Dupont et Marie Durand. « Merci à \
         tous. »",
        &[("Zéro", "Paul Roux"), ("Merci à tous.", "Paul Roux")],
    );
}
