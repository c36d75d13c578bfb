#![allow(clippy::unwrap_used, clippy::expect_used)]
//! Where quotes start and end, which quoted words are labels, and the day each
//! quote was said, on short texts written in the style of real news.
use chrono::NaiveDate;
use newsline::import::{Options, Proposal, import};

fn run(text: &str, published: &str) -> Proposal {
    let opts = Options {
        published: NaiveDate::parse_from_str(published, "%Y-%m-%d").unwrap(),
        lang: None,
        outlet: None,
        title: None,
    };
    import(&format!("Titre\n\n{text}"), &opts, None)
}

fn quotes(p: &Proposal) -> Vec<&str> {
    p.quotes.iter().map(|q| q.text.as_str()).collect()
}

#[test]
fn an_aside_inside_the_marks_is_split_off() {
    // By the inverted pronoun alone, with words of manner up to the full stop.
    let p = run(
        "Karim B. parle. « Ben, je regrette, balbutie-t-il, très nerveux. Je ne vais pas mentir. »",
        "2024-11-19",
    );
    assert_eq!(quotes(&p), ["Ben, je regrette", "Je ne vais pas mentir."]);
    // By a verb of saying and a name, up to the full stop.
    let p = run(
        "« On a concédé une situation, a concédé Deschamps. Il y a des choses à améliorer. »",
        "2022-11-25",
    );
    assert_eq!(
        quotes(&p),
        [
            "On a concédé une situation",
            "Il y a des choses à améliorer."
        ]
    );
    // A question inside the marks is no aside.
    let p = run(
        "« Alors, que fait-il ici ? » demande Paul Durand.",
        "2022-11-25",
    );
    assert_eq!(quotes(&p), ["Alors, que fait-il ici ?"]);
}

#[test]
fn glosses_and_noun_modifiers_are_labels() {
    let p = run(
        "Police found cannabis and MDMA (“ecstasy”) in boxes. The president praised his “one big, \
         beautiful” bill on Monday. “We will win,” he said.",
        "2025-06-30",
    );
    assert_eq!(quotes(&p), ["We will win,"]);
    let labels: Vec<&str> = p.labels.iter().map(|l| l.text.as_str()).collect();
    assert_eq!(labels, ["ecstasy", "one big, beautiful"]);
}

#[test]
fn a_date_the_verb_of_saying_does_not_govern_does_not_date_the_quote() {
    // "on Wednesday" is the raid's day, in a sentence whose verb of saying
    // ("reported") it is not attached to.
    let p = run(
        "In what an officer described as “one of the largest seizures in our history”, police \
         reported recovering drugs in a raid on Wednesday.",
        "2013-12-02",
    );
    assert_eq!(p.quotes[0].date, "2013-12-02");
}

#[test]
fn a_continuing_quote_keeps_the_day_of_the_quote_it_continues() {
    let p = run(
        "England on Saturday made an exit from the World Cup.\n\n\
         “It hurts a lot,” said Buttler after the match.\n\n\
         “My own form has been the biggest concern.” England will now play two more games.",
        "2023-11-05",
    );
    let dates: Vec<&str> = p.quotes.iter().map(|q| q.date.as_str()).collect();
    assert_eq!(dates, ["2023-11-04", "2023-11-04"]);
}

#[test]
fn an_aside_with_a_present_verb_and_its_subject_is_split_off() {
    // A determiner opens the subject; no name, no inversion.
    let p = run(
        "« La route était fermée, raconte une habitante du quartier. Nous avons attendu. »",
        "2024-05-02",
    );
    assert_eq!(quotes(&p), ["La route était fermée", "Nous avons attendu."]);
    // A name in apposition up to the full stop.
    let p = run(
        "« Le service est suspendu, confirme Jeanne Roux, la directrice. Il reprendra lundi. »",
        "2024-05-02",
    );
    assert_eq!(
        quotes(&p),
        ["Le service est suspendu", "Il reprendra lundi."]
    );
}

#[test]
fn a_quotation_quoted_inside_another_is_both() {
    // « inside « closed twice: nesting, not a mark left open.
    let p = run(
        "Il raconte. « Il me répond : « attends un peu ». Puis il part. » Fin du récit.",
        "2024-05-02",
    );
    assert_eq!(
        quotes(&p),
        [
            "Il me répond : « attends un peu ». Puis il part.",
            "attends un peu"
        ]
    );
}

#[test]
fn background_dates_do_not_date_the_quotes_after_them() {
    // A pluperfect clause after a date heading the sentence: background.
    let p = run(
        "La veille, vers midi, un colis suspect avait été signalé à la gare. \
         « Nous avons tout bouclé », raconte un agent.",
        "2024-05-02",
    );
    assert_eq!(p.quotes[0].date, "2024-05-02");
    // A year that holds the publication day says no more than it.
    let p = run(
        "Avec dix lancements prévus en 2025, Jean Roux se dit « confiant ».",
        "2025-02-26",
    );
    assert_eq!(p.quotes[0].date, "2025-02-26");
    // A sentence naming the speaker's remarks dates the quotes before it.
    let p = run(
        "Jane Roe said \"the plan will work.\"\n\n\
         Jane Roe made her remarks at a conference on May 3.",
        "2024-05-06",
    );
    assert_eq!(p.quotes[0].date, "2024-05-03");
}

#[test]
fn straight_singles_in_a_headline_mixed_marks_and_a_fragment_ending_in_a_comma() {
    // A headline quoted in straight single quotes; the body's apostrophes stay.
    let p = run(
        "Mayor says rents 'will fall'\n\nThe city's mayor said rents would fall.",
        "2024-05-02",
    );
    assert_eq!(quotes(&p), ["will fall"]);
    // A straight opening mark closed by a curly one.
    let p = run(
        "The governor said that \"the cycle is not over yet,” and that rates would hold.",
        "2024-05-02",
    );
    assert_eq!(quotes(&p), ["the cycle is not over yet,"]);
    // After an article, a fragment whose comma is inside the marks is speech.
    let p = run(
        "He sees growth ahead, and that an \"early slowdown is likely,\" but no recession.",
        "2024-05-02",
    );
    assert_eq!(quotes(&p), ["early slowdown is likely,"]);
}

#[test]
fn words_said_in_the_present_are_dated_by_publication_not_by_the_story() {
    // The event is dated the day before; the witness speaks as the story is
    // published.
    let text = "Hier soir, un corps a été découvert près de la route. \
                « J'ai vu quelque chose d'inhabituel », raconte un voisin. \
                « Nous avons appelé la police », a déclaré le maire.";
    let p = run(text, "2024-04-15");
    let dates: Vec<&str> = p.quotes.iter().map(|q| q.date.as_str()).collect();
    // In the past tense, the story's day still dates the words.
    assert_eq!(dates, ["2024-04-15", "2024-04-14"]);
    // A date in the quote's own sentence still dates it.
    let p = run(
        "« Tout est calme », explique mardi le préfet.",
        "2024-04-18",
    );
    assert_eq!(p.quotes[0].date, "2024-04-16");
}

#[test]
fn a_closing_mark_standing_apart_with_nothing_open_opens_a_quote() {
    // The outlet typed ” for “: attached to no word, nothing open, and a ”
    // later in the paragraph to close it.
    let p = run(
        "The chief praised the patrol. He said, ” your training paid off. Well done.” \
         The mayor added, “only a few days ago we spoke.”",
        "2017-01-12",
    );
    assert_eq!(
        quotes(&p),
        [
            "your training paid off. Well done.",
            "only a few days ago we spoke."
        ]
    );
    // A ” after words, with nothing open, still closes them.
    let p = run("He was clear. We will stay,” he said.", "2017-01-12");
    assert_eq!(quotes(&p), ["We will stay,"]);
}

#[test]
fn an_article_that_quotes_with_single_marks_has_its_quotes_found() {
    // Some British papers print speech in single marks; the apostrophes of
    // "I’m" and "they’ve" inside stay part of the words, and a quote left open
    // at a paragraph's end goes on in the next one.
    let p = run(
        "Morais said: ‘I’m very proud of the team and happy for the fans.\n\n\
         ‘I think they always wanted it.’\n\n\
         ‘They’ve dug in and done what they had to do,’ he said.",
        "2018-05-06",
    );
    assert_eq!(
        quotes(&p),
        [
            "I’m very proud of the team and happy for the fans.",
            "I think they always wanted it.",
            "They’ve dug in and done what they had to do,",
        ]
    );
    // Where the body quotes with double marks, single ones stay labels or
    // nested quotes.
    let p = run(
        "The police raided three cannabis ‘farms’ on Friday. \"We found \
         plants everywhere,\" an officer said.",
        "2018-05-06",
    );
    assert_eq!(quotes(&p), ["We found plants everywhere,"]);
}

#[test]
fn single_marks_after_a_colon_quote_even_where_double_marks_are_used() {
    // The body quotes a phrase in double marks, then the interview in single
    // marks after a colon, going on in the next paragraph; the apostrophes of
    // "he’s" and "we’ll" stay part of the words.
    let p = run(
        "He joked he had been “seen as a gobshite” for ten years.\n\n\
         He told RTE: ‘I feel sorry for Joyce, he’s put his life into this.\n\n\
         ‘I suppose we’ll take this one.",
        "2024-07-28",
    );
    assert_eq!(
        quotes(&p),
        [
            "seen as a gobshite",
            "I feel sorry for Joyce, he’s put his life into this.",
            "I suppose we’ll take this one.",
        ]
    );
    // With no colon before it, a single mark still sets off a label.
    let p = run(
        "The police raided three cannabis ‘farms’ on Friday. \"We found \
         plants,\" an officer said.",
        "2018-05-06",
    );
    assert_eq!(quotes(&p), ["We found plants,"]);
}

#[test]
fn a_straight_single_mark_after_a_colon_opens_a_quotation_in_the_body() {
    // "The update read: '…'": the body's other apostrophes stay apostrophes.
    let p = run(
        "Fine\n\nThe woman's lawyer said on Monday: \"She didn't know.\"\n\nThe update read: \
         'Importantly, private gatherings in the home are still not permitted.'",
        "2022-08-04",
    );
    assert_eq!(
        quotes(&p),
        [
            "She didn't know.",
            "Importantly, private gatherings in the home are still not permitted."
        ]
    );
}

#[test]
fn two_apostrophes_typed_for_a_double_mark_quote() {
    // Some outlets still print ''…'' for “…”; a single apostrophe stays one.
    let p = run(
        "Azharuddin's team won, and he said ''it is a very satisfying win.'' Ranatunga said, \
         ''It was just another match that we lost.''",
        "1998-07-08",
    );
    assert_eq!(
        quotes(&p),
        [
            "it is a very satisfying win.",
            "It was just another match that we lost."
        ]
    );
}

#[test]
fn straight_single_marks_quote_where_a_mark_closes_after_punctuation() {
    // An article printing all its speech in straight single marks: a '
    // closing right after a comma or a full stop is no apostrophe, so the
    // body's other apostrophes ("players'", "didn't") stay words.
    let p = run(
        "Hugo Broos rued the players' missed chances. 'We were not clinical,' he said.\n\n\
         'It was hard. We didn't score.'",
        "2024-02-07",
    );
    assert_eq!(
        quotes(&p),
        ["We were not clinical,", "It was hard. We didn't score."]
    );
    // A standfirst opening on speech in straight singles, in an article
    // whose body uses double marks.
    let p = run(
        "'I know everyone knows us now as a good team,' said the head coach.\n\n\
         \"Football can be hard,\" said Broos. The fans' mood was low.",
        "2024-02-07",
    );
    assert_eq!(
        quotes(&p),
        [
            "I know everyone knows us now as a good team,",
            "Football can be hard,"
        ]
    );
    // Without a mark closing after punctuation, straight singles stay
    // apostrophes: "the '90s" and "the players' fault".
    let p = run(
        "It was the '90s and the players' fault, \"as always,\" he said.",
        "2024-02-07",
    );
    assert_eq!(quotes(&p), ["as always,"]);
}

#[test]
fn two_single_curly_marks_set_for_a_double_one_quote() {
    // Some print editions set ‘‘…’’ for “…”, and one closes with ‘‘ after a
    // question mark; the apostrophe of "I’d" stays one.
    let p = run(
        "‘‘I’d be the biggest rate payer in the room,’’ he told councillors.\n\n\
         ‘‘Should we not keep it for projects?‘‘ he asked.",
        "2017-05-25",
    );
    assert_eq!(
        quotes(&p),
        [
            "I’d be the biggest rate payer in the room,",
            "Should we not keep it for projects?"
        ]
    );
}

#[test]
fn a_line_wrapped_by_hand_goes_on_in_the_next_one() {
    // A text whose paragraphs blank lines separate, its lines wrapped by
    // hand: a line ending mid-sentence goes on in the next, so a quotation
    // crossing the break is one; a short line before a blank one stays a
    // subheading of its own.
    let p = run(
        "Researchers found a new species in a museum.\n\n\
         “I knew\nright away that these fossils were something unusual,” said Andrew\n\
         Farke, who led the study.\n\n\
         The vaults\n\n\
         “It was a surprise,” said Paul Barrett.",
        "2011-12-07",
    );
    assert_eq!(
        quotes(&p),
        [
            "I knew\nright away that these fossils were something unusual,",
            "It was a surprise,"
        ]
    );
    let speakers: Vec<&str> = p
        .quotes
        .iter()
        .map(|q| q.speaker.as_ref().map_or("", |s| s.name.as_str()))
        .collect();
    assert_eq!(speakers, ["Andrew Farke", "Paul Barrett"]);
}

#[test]
fn a_long_aside_with_its_subject_s_apposition_is_split_off() {
    // The aside's subject may be a long role phrase, and its apposition
    // long too; a clause of its own after the name is the quote going on.
    let p = run(
        "« Les cinq dernières années, on a terminé troisièmes, soupire Olivier Dufour, \
         soulagé d'avoir atteint l'objectif fixé six ans plus tôt lors de son arrivée au \
         club. Je n'ai pas hésité. »\n\n\
         « Quand on a gagné à Charleville, on a marqué notre territoire, note l'ancien coach \
         du PL Troyes et de Piney. Ensuite, on a enchaîné. »\n\n\
         « Nous sommes prêts, affirme Jean Dupont, nous avons tout fait pour gagner. »",
        "2011-04-05",
    );
    assert_eq!(
        quotes(&p),
        [
            "Les cinq dernières années, on a terminé troisièmes",
            "Je n'ai pas hésité.",
            "Quand on a gagné à Charleville, on a marqué notre territoire",
            "Ensuite, on a enchaîné.",
            "Nous sommes prêts",
            "nous avons tout fait pour gagner."
        ]
    );
}

#[test]
fn an_aside_before_a_conjunction_or_with_long_words_of_manner_is_split_off() {
    // "…, précise le magistrat, mais …": the quote goes on after the
    // aside's comma; "grince-t-on dans l'entourage de l'un des suspendus."
    // ends its aside at the full stop, however long.
    let p = run(
        "«Non pas pour étouffer ce procès, précise le magistrat, mais pour qu'il soit jugé.»\n\n\
         «Ça montre où en est le parti, grince-t-on dans l’entourage de l’un des suspendus. \
         Un corps qui a du mal avec sa tête.»",
        "2025-10-22",
    );
    assert_eq!(
        quotes(&p),
        [
            "Non pas pour étouffer ce procès",
            "mais pour qu'il soit jugé.",
            "Ça montre où en est le parti",
            "Un corps qui a du mal avec sa tête."
        ]
    );
}
