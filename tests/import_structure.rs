#![allow(clippy::unwrap_used, clippy::expect_used)]
//! The structure around an attribution and a quotation's marks: appositions
//! between a name and its verb, an inverted subject of indirect speech, noun
//! phrases that stop where the speaker ends, quoted words that are speech by
//! their syntax, quotation marks the text got wrong (left open over
//! paragraphs, a closing mark alone, « inside «, an aside inside the marks),
//! and the dates a quote takes (background in the pluperfect, a period
//! holding the publication day, "la veille de", a weekday before an inverted
//! subject, a date in the phrase opening the sentence). Every sentence is
//! invented, in the shape of real news.
use chrono::NaiveDate;
#[allow(dead_code)]
#[path = "common/speakers.rs"]
mod speakers;

/// A Saturday.
fn published() -> NaiveDate {
    NaiveDate::from_ymd_opt(2011, 1, 15).unwrap()
}

fn run(headline: &str, body: &str) -> newsline::import::Proposal {
    speakers::run(published(), headline, body)
}

fn check(headline: &str, body: &str, want: &[(&str, &str)]) {
    speakers::check(published(), headline, body, want);
}

/// The date proposed for the quote whose text is `quote`.
fn quote_date(p: &newsline::import::Proposal, quote: &str) -> String {
    p.quotes
        .iter()
        .find(|q| q.text == quote)
        .unwrap_or_else(|| panic!("no quote {quote:?} in {:?}", p.quotes))
        .date
        .clone()
}

#[test]
fn an_apposition_between_the_name_and_the_verb_leaves_the_name_the_speaker() {
    check(
        "Forecast",
        "Anna Berg, Commissioner for Trade, also in charge of Customs Union and \
         Financial Markets, said: “The time to repair the roof is now.”",
        &[("The time to repair the roof is now.", "Anna Berg")],
    );
}

#[test]
fn a_role_phrase_stands_for_the_person_named_after_a_verb_of_saying_before() {
    check(
        "Départ",
        "Ils vont quitter le territoire, a fait savoir Marc Delorme. \
         « Ils partiront », a assuré le porte-parole du gouvernement, sur Radio Nord.",
        &[("Ils partiront", "Marc Delorme")],
    );
}

#[test]
fn a_role_noun_inside_a_quotation_is_not_the_role_of_who_said_it() {
    check(
        "Avoirs",
        "« Nous gelons les avoirs de l'ancien président Paul Rivière », a indiqué Marc \
         Delorme. « Ils partiront », a assuré le porte-parole du gouvernement.",
        &[
            (
                "Nous gelons les avoirs de l'ancien président Paul Rivière",
                "Marc Delorme",
            ),
            ("Ils partiront", "Marc Delorme"),
        ],
    );
}

#[test]
fn a_described_speaker_ends_before_sous_couvert_de_l_anonymat() {
    check(
        "Hôtel",
        "« Ils sont partis il y a une heure », a déclaré un responsable de l'hôtel \
         sous couvert de l'anonymat.",
        &[("Ils sont partis il y a une heure", "responsable de l'hôtel")],
    );
}

#[test]
fn quoted_words_after_a_verb_of_saying_or_a_copula_are_speech_a_name_after_an_article_a_label() {
    let p = run(
        "Crise",
        "Il a d'abord évoqué le « mouvement inédit » des manifestants. Le ministre \
         juge que la situation est d'une « extrême complexité ». Les élus saluaient \
         « une femme remarquable » et un « signe positif ». Le pays attend la suite \
         du « grand débat national ».",
    );
    let quotes: Vec<&str> = p.quotes.iter().map(|q| q.text.as_str()).collect();
    assert_eq!(
        quotes,
        [
            "mouvement inédit",
            "extrême complexité",
            "une femme remarquable",
            "signe positif"
        ]
    );
    let labels: Vec<&str> = p.labels.iter().map(|l| l.text.as_str()).collect();
    assert_eq!(labels, ["grand débat national"]);
}

#[test]
fn a_quotation_left_open_runs_on_to_the_closing_mark_paragraphs_later() {
    check(
        "Budget deal",
        "The leaders reached an agreement on Thursday.\n\n\
         \"I feel relieved there is an agreement on the budget.\n\n\
         It's key that the text has not been changed,\" Jane Roe said on Twitter.\n\n\
         Two countries had refused.",
        &[(
            "I feel relieved there is an agreement on the budget.\n\n\
             It's key that the text has not been changed,",
            "Jane Roe",
        )],
    );
}

#[test]
fn a_closing_mark_with_no_opening_one_quotes_its_sentence() {
    check(
        "Press conference",
        "“Some expectations will be answered,” Julian Assange said.\n\n\
         You have to understand that we are not doing it at 3 a.m.”",
        &[
            ("Some expectations will be answered,", "Julian Assange"),
            (
                "You have to understand that we are not doing it at 3 a.m.",
                "Julian Assange",
            ),
        ],
    );
}

#[test]
fn a_guillemet_opened_inside_an_open_one_ends_the_first_quotation() {
    let p = run(
        "Réunion",
        "« Nous viendrons demain, a promis Paul Girard. Plus tard, « Nous partirons », \
         a ajouté Claire Dumoulin.",
    );
    let got: Vec<(&str, &str)> = p
        .quotes
        .iter()
        .map(|q| {
            (
                q.text.as_str(),
                q.speaker.as_ref().map_or("?", |s| s.name.as_str()),
            )
        })
        .collect();
    assert!(
        got.contains(&("Nous partirons", "Claire Dumoulin")),
        "got {got:?}"
    );
}

#[test]
fn a_reporters_aside_inside_the_marks_is_taken_out() {
    check(
        "Réforme",
        "Le ministre Paul Girard était à Lyon. \
         « Nous ne céderons pas, a-t-il affirmé. Le texte sera voté. »",
        &[
            ("Nous ne céderons pas", "Paul Girard"),
            ("Le texte sera voté.", "Paul Girard"),
        ],
    );
}

#[test]
fn a_date_told_in_the_pluperfect_does_not_date_the_quotes_after_it() {
    let p = run(
        "Départ",
        "Ils ont quitté l'hôtel samedi après-midi. Le groupe était arrivé en France \
         dès jeudi. « Ils sont partis », a déclaré un responsable.",
    );
    assert_eq!(quote_date(&p, "Ils sont partis"), "2011-01-15");
}

#[test]
fn a_period_holding_the_publication_day_does_not_date_a_quote() {
    let p = speakers::run(
        NaiveDate::from_ymd_opt(2017, 11, 9).unwrap(),
        "Forecast",
        "The forecast published today shows growth at its fastest pace this year. \
         Anna Berg said: “Growth is back.”",
    );
    assert_eq!(quote_date(&p, "Growth is back."), "2017-11-09");
}

#[test]
fn la_veille_de_an_event_dated_after_it_is_the_day_before_that_date() {
    // Friday 9 May 2025: "jeudi" is the 8th, the eve of it the 7th.
    let p = speakers::run(
        NaiveDate::from_ymd_opt(2025, 5, 9).unwrap(),
        "Sommet",
        "Le ministre a parlé la veille du sommet de jeudi.",
    );
    let veille = p.dates.iter().find(|d| d.text == "la veille").unwrap();
    assert_eq!(veille.date, "2025-05-07");
}

#[test]
fn a_weekday_between_the_verb_and_an_inverted_subject_is_a_date() {
    let p = speakers::run(
        NaiveDate::from_ymd_opt(2025, 5, 9).unwrap(),
        "Budget",
        "« Nous viendrons », a déclaré mardi Jean Dupont.",
    );
    let dates: Vec<(&str, &str)> = p
        .dates
        .iter()
        .map(|d| (d.text.as_str(), d.date.as_str()))
        .collect();
    assert_eq!(dates, [("mardi", "2025-05-06")]);
    assert_eq!(quote_date(&p, "Nous viendrons"), "2025-05-06");
}

#[test]
fn the_sentence_after_a_quotation_can_attribute_it() {
    check(
        "Conseil",
        "Le conseil s’est réuni mardi. « Nous ne reculerons pas ». C’est ce qu’a \
         déclaré Paul Girard devant les élus.",
        &[("Nous ne reculerons pas", "Paul Girard")],
    );
}

#[test]
fn a_name_in_brackets_after_the_quotation_is_its_speaker() {
    check(
        "Commission",
        "« Nous sommes dans une phase parlementaire, démocratique et transparente. \
         Les nominations restent ouvertes. » (Déclaration de la présidente élue \
         Ursula von der Leyen).",
        &[(
            "Nous sommes dans une phase parlementaire, démocratique et transparente. \
             Les nominations restent ouvertes.",
            "Ursula von der Leyen",
        )],
    );
}

#[test]
fn respectivement_gives_each_quotation_to_the_people_named_before_in_order() {
    check(
        "Nomination",
        "Les dirigeants de l'époque, Paul Girard et Marc Delorme, saluaient alors \
         respectivement « un choix courageux » et « une erreur ».",
        &[
            ("un choix courageux", "Paul Girard"),
            ("une erreur", "Marc Delorme"),
        ],
    );
}

#[test]
fn a_name_in_brackets_after_a_persons_name_is_an_organisation() {
    let p = run(
        "Écologie",
        "Paul Girard (Génération Nouvelle) a parlé. « Nous soutenons la ministre », \
         a-t-il déclaré.",
    );
    let kind = |name: &str| {
        p.actors
            .iter()
            .find(|a| a.name == name)
            .unwrap_or_else(|| panic!("no actor {name} in {:?}", p.actors))
            .kind
    };
    assert_eq!(kind("Génération Nouvelle"), "organization");
    assert_eq!(kind("Paul Girard"), "person");
    let speaker = p.quotes[0].speaker.as_ref().unwrap();
    assert_eq!(speaker.name, "Paul Girard");
}

#[test]
fn initials_in_capitals_stand_for_the_person_named_in_full() {
    check(
        "Procès",
        "Dominique Strauss-Kahn a parlé lundi devant le juge. « Je suis innocent », a \
         déclaré DSK.",
        &[("Je suis innocent", "Dominique Strauss-Kahn")],
    );
}

#[test]
fn the_article_of_a_role_gives_a_pronoun_its_person() {
    // No honorific: "la porte-parole" says Anne Morel is a woman and "le
    // ministre" that Paul Girard is a man, so "elle" is her, not him, the
    // subject of the sentence between.
    check(
        "Gouvernement",
        "La porte-parole Anne Morel a reçu les syndicats. Le ministre Paul Girard a \
         quitté la réunion. « Le dialogue continue », a-t-elle ajouté.",
        &[("Le dialogue continue", "Anne Morel")],
    );
}

#[test]
fn a_month_between_an_article_and_a_noun_is_a_date() {
    let p = speakers::run(
        NaiveDate::from_ymd_opt(2024, 5, 10).unwrap(),
        "Deal",
        "The March deal was signed by the leaders. The minister said the plan may work.",
    );
    let dates: Vec<(&str, &str)> = p
        .dates
        .iter()
        .map(|d| (d.text.as_str(), d.date.as_str()))
        .collect();
    assert_eq!(dates, [("March", "2024-03")]);
}

#[test]
fn a_time_counted_back_from_publication_keeps_its_unit() {
    let p = speakers::run(
        NaiveDate::from_ymd_opt(2014, 4, 2).unwrap(),
        "Retour",
        "Il y a vingt-deux ans, elle était ministre. Il y a trois jours, il a parlé. \
         Two years ago the deal failed.",
    );
    let dates: Vec<(&str, &str)> = p
        .dates
        .iter()
        .map(|d| (d.text.as_str(), d.date.as_str()))
        .collect();
    assert_eq!(
        dates,
        [
            ("Il y a vingt-deux ans", "1992"),
            ("Il y a trois jours", "2014-03-30"),
            ("Two years ago", "2012")
        ]
    );
}

#[test]
fn a_date_in_the_phrase_opening_the_sentence_dates_its_speech() {
    // Published on a Saturday: Thursday is the 13th.
    let p = run(
        "Accord",
        "At a press conference in Brussels on Thursday evening, the Commission's \
         President Anna Berg said the bloc had reached “a fair agreement” with London.",
    );
    assert_eq!(quote_date(&p, "a fair agreement"), "2011-01-13");
    let p = run(
        "Accord",
        "Lors de sa conférence de presse jeudi soir, la présidente Anna Berg a déclaré \
         que l'Union avait conclu « un accord équilibré » avec Londres.",
    );
    assert_eq!(quote_date(&p, "un accord équilibré"), "2011-01-13");
    // The time of another event, not of the speech.
    let p = run(
        "Attaque",
        "Saisi 24 heures après l'attaque de jeudi, le premier procureur du parquet \
         spécial, Jean Ricard, a déclaré que les faits étaient « prémédités ».",
    );
    assert_eq!(quote_date(&p, "prémédités"), "2011-01-15");
}

#[test]
fn a_date_of_a_participle_set_off_after_the_speaker_tells_another_event() {
    // Condemned last Friday, he speaks on the day of publication.
    let p = run(
        "Appel",
        "« J'ai perdu mon honneur », a déclaré le maire, Paul Morin, condamné vendredi \
         dernier pour avoir giflé un adolescent. \"I will appeal,\" said Jane Roe, \
         convicted on Monday of fraud.",
    );
    assert_eq!(quote_date(&p, "J'ai perdu mon honneur"), "2011-01-15");
    assert_eq!(quote_date(&p, "I will appeal,"), "2011-01-15");
    // Set off as the verb of saying's own time, the date stands.
    let p = run(
        "Appel",
        "« J'ai perdu mon honneur », a déclaré vendredi dernier le maire, Paul Morin.",
    );
    assert_eq!(quote_date(&p, "J'ai perdu mon honneur"), "2011-01-14");
}
