#![allow(clippy::unwrap_used, clippy::expect_used)]
//! Quoted words told apart as speech or as a label (a name, a title, a word
//! being defined) by the syntax around the marks, on short texts written in
//! the style of real news.
use chrono::NaiveDate;
use newsline::import::{Options, Proposal, import};

fn run(text: &str) -> Proposal {
    let opts = Options {
        published: NaiveDate::parse_from_str("2025-06-12", "%Y-%m-%d").unwrap(),
        lang: None,
        outlet: None,
        title: None,
    };
    import(&format!("Titre\n\n{text}"), &opts, None)
}

/// The quotes and the labels the importer proposes.
fn split(text: &str) -> (Vec<String>, Vec<String>) {
    let p = run(text);
    (
        p.quotes.iter().map(|q| q.text.clone()).collect(),
        p.labels.iter().map(|l| l.text.clone()).collect(),
    )
}

#[test]
fn words_after_an_article_are_speech_when_the_sentence_gives_them_to_someone() {
    // A verb of saying or a word such as "calling", "selon" within reach.
    let (quotes, labels) = split(
        "The party described the exit as the latest in a “carousel of chaos”. Musk backed \
         out, calling Twitter a “poorly managed business” on Friday.",
    );
    assert_eq!(quotes, ["carousel of chaos", "poorly managed business"]);
    assert!(labels.is_empty(), "{labels:?}");
    let (quotes, _) =
        split("Le pont est effondré, faisant de la ville une « quasi île » selon la gendarmerie.");
    assert_eq!(quotes, ["quasi île"]);
    // No one in the sentence says them: a label, after an article or after a
    // noun they qualify; with an article of their own they are a phrase said.
    let (quotes, labels) = split(
        "The company will hold a series of “internal” celebrations. Elle prévoit une série de \
         célébrations « internes ». L'inflation ira vers 2 % d'inflation « l'an prochain ».",
    );
    assert_eq!(quotes, ["l'an prochain"]);
    assert_eq!(labels, ["internal", "internes"]);
}

#[test]
fn a_verb_of_saying_that_belongs_to_another_quotation_or_is_negated_gives_nothing() {
    // "salué" has its own object; "n'a pas commenté" says nothing.
    let (quotes, labels) = split(
        "Il a évoqué le « mouvement inédit » des « gilets jaunes », dont il a salué les « justes \
         revendications ». Le gouvernement défend le « bouclier tarifaire », mais n'a pas \
         commenté la suite.",
    );
    assert_eq!(quotes, ["mouvement inédit", "justes revendications"]);
    assert_eq!(labels, ["gilets jaunes", "bouclier tarifaire"]);
}

#[test]
fn names_titles_and_defined_words_are_labels() {
    let (quotes, labels) = split(
        "Le gouvernement a défendu la loi « climat et résilience » mardi. The raid, dubbed \
         “Operation Sunrise”, ended on Monday. Shots rang out near the “Moon Pie over Mobile” \
         gathering, he said. In Danish, “hygge” means a cosy mood, she explained. Le projet, \
         baptisé « Grand Paris », a été salué. « Nous irons jusqu'au bout », a-t-il déclaré.",
    );
    assert_eq!(quotes, ["Nous irons jusqu'au bout"]);
    assert_eq!(
        labels,
        [
            "climat et résilience",
            "Operation Sunrise",
            "Moon Pie over Mobile",
            "hygge",
            "Grand Paris"
        ]
    );
}

#[test]
fn a_capitalised_phrase_that_opens_the_quote_with_lower_case_is_no_title() {
    // "le Far West" starts lower-case: words said, not a title.
    let (quotes, _) =
        split("Après « le Far West de la Suisse », ce sera Genève, a repris le ministre.");
    assert_eq!(quotes, ["le Far West de la Suisse"]);
}

#[test]
fn a_list_of_quoted_terms_is_labels_unless_the_list_is_attributed() {
    let (quotes, labels) = split(
        "Le dessin montrait un malade recevant des injections de « haine », « mensonges » \
         et « sanctions » de la part d'un médecin.",
    );
    assert!(quotes.is_empty(), "{quotes:?}");
    assert_eq!(labels, ["haine", "mensonges", "sanctions"]);
    // Given to someone as a whole, the list is what they said.
    let (quotes, labels) =
        split("The opposition leader called the ministers “lazy”, “corrupt” and “weak” on Friday.");
    assert_eq!(quotes, ["lazy", "corrupt", "weak"]);
    assert!(labels.is_empty(), "{labels:?}");
}

#[test]
fn a_word_mentioned_after_le_terme_is_a_label_even_after_a_verb_of_saying() {
    // "le terme" names a word, not words said; "celui de" stands for it.
    let (quotes, labels) = split(
        "Invité vendredi, le ministre a déclaré préférer le terme « renforcement » à celui \
         de « remaniement ». « Nous avançons », a-t-il ajouté.",
    );
    assert_eq!(quotes, ["Nous avançons"]);
    assert_eq!(labels, ["renforcement", "remaniement"]);
    let (quotes, labels) =
        split("The minister said he preferred the word “reset” to that of “reshuffle” on Friday.");
    assert!(quotes.is_empty(), "{quotes:?}");
    assert_eq!(labels, ["reset", "reshuffle"]);
}

#[test]
fn a_capitalised_nickname_where_a_subject_stands_is_a_label() {
    let (quotes, labels) = split(
        "Speaking after the final whistle, “Geezer” immediately paid tribute to \
         Galway. He joked he had been “seen as a gobshite” for years.",
    );
    assert_eq!(quotes, ["seen as a gobshite"]);
    assert_eq!(labels, ["Geezer"]);
    // Followed by a comma, the same place holds speech: “Never,” he said.
    let (quotes, _) = split("Asked about a transfer, “Never,” he said.");
    assert_eq!(quotes, ["Never,"]);
}

#[test]
fn a_capitalised_word_before_a_copula_is_what_was_said() {
    let (quotes, labels) =
        split("Asked about the result, “Fantastic” was all manager Tom Reed would say.");
    assert_eq!(quotes, ["Fantastic"]);
    assert!(labels.is_empty(), "{labels:?}");
}

#[test]
fn a_single_quoted_letter_is_a_label() {
    let (quotes, labels) = split(
        "Inflation can occur under “n” shapes, the governor said. \"It is an \
         extremely tricky disease,\" he added.",
    );
    assert_eq!(quotes, ["It is an extremely tricky disease,"]);
    assert_eq!(labels, ["n"]);
}

/// A headline in capitals drops the article: one or two quoted words
/// between capitalised words qualify the noun after them ("Budget Veto In
/// 'Surprise' Vote"). Longer quoted words there are still speech.
#[test]
fn a_short_quote_qualifying_a_noun_in_a_title_case_headline_is_a_label() {
    let opts = Options {
        published: NaiveDate::parse_from_str("2019-09-11", "%Y-%m-%d").unwrap(),
        lang: None,
        outlet: None,
        title: None,
    };
    let p = import(
        "NC House Moves To Override Cooper's Budget Veto In 'Surprise' Vote\n\nThe House voted \
         on Wednesday. Democrats said the vote was a surprise.",
        &opts,
        None,
    );
    let labels: Vec<&str> = p.labels.iter().map(|l| l.text.as_str()).collect();
    let quotes: Vec<&str> = p.quotes.iter().map(|q| q.text.as_str()).collect();
    assert_eq!(labels, ["Surprise"], "quotes: {quotes:?}");
    let p = import(
        "Mayor Says 'We Will Not Back Down' After Vote\n\n“We will not back down,” the mayor \
         said.",
        &opts,
        None,
    );
    assert!(p.labels.is_empty(), "{:?}", p.labels);
}

#[test]
fn a_title_in_capitals_is_a_label_even_with_a_clitic_or_a_comma_inside() {
    // American style puts the comma inside the marks; "Let's" is two words.
    let (quotes, labels) = split(
        "A jury found Ed Sheeran did not copy the tune \"Let's Get It On\" when he wrote his \
         hit song \"Thinking Out Loud,\" prompting a joke. \"We won,\" said Ed Sheeran.",
    );
    assert_eq!(quotes, ["We won,"]);
    assert_eq!(labels, ["Let's Get It On", "Thinking Out Loud,"]);
}

#[test]
fn capitals_right_after_a_verb_of_saying_are_speech() {
    let (quotes, labels) = split(
        "Protesters chanted “Not In Our Name” outside parliament. He wrote his hit song \
         “Thinking Out Loud” in 2014.",
    );
    assert_eq!(quotes, ["Not In Our Name"]);
    assert_eq!(labels, ["Thinking Out Loud"]);
}

#[test]
fn a_nickname_inside_a_name_is_a_label() {
    let (quotes, labels) = split(
        "Senate President Juan Miguel “Migz” Zubiri on Monday urged colleagues to \
         act. “We will not wait,” Zubiri said.",
    );
    assert_eq!(quotes, ["We will not wait,"]);
    assert_eq!(labels, ["Migz"]);
}
