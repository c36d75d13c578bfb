//! Tests of the quote search: the index, and ranking on the built-in dataset.

use super::*;
use crate::data::load_builtin;

#[test]
fn the_index_built_on_several_cores_is_the_one_built_on_one() {
    let file = crate::data::generate::generate(50, 3_000, 60, 7);
    let json = serde_json::to_string(&file).unwrap();
    let ds = crate::data::load::parse(std::path::Path::new("generated"), &json, |_| {
        Err("no files".into())
    })
    .unwrap();
    let whole = SearchIndex::build_with(&ds, 3);
    let one = SearchIndex::build_with(&ds, 1);
    assert_eq!(whole.vocabulary, one.vocabulary);
    assert_eq!(whole.postings, one.postings);
    assert_eq!(whole.quote_words, one.quote_words);
}

#[test]
fn a_query_of_300_words_that_one_quote_all_holds_finds_it() {
    // Three hundred different words, all in quote 0, none in quote 1.
    let letter = |i: usize| char::from(b'a' + (i % 26) as u8);
    let vocabulary: Vec<String> = (0..300)
        .map(|i| format!("q{}{}", letter(i / 26), letter(i)))
        .collect();
    let here = Posting {
        quote: 0,
        speaker: false,
    };
    let ix = SearchIndex {
        postings: vec![vec![here]; vocabulary.len()],
        vocabulary: Vocabulary::new(vocabulary.clone()).unwrap(),
        quote_words: vec![300, 1],
    };
    let hits = ix.search(&vocabulary.join(" "), None);
    assert_eq!(hits.iter().map(|h| h.quote).collect::<Vec<_>>(), [0]);
    assert_eq!(hits[0].score, 300 * 100);
}

fn top(query: &str) -> Vec<String> {
    let ds = load_builtin().unwrap();
    let ix = SearchIndex::build(&ds);
    ix.search(query, None)
        .into_iter()
        .map(|h| ds.quotes[h.quote].id.to_string())
        .collect()
}

#[test]
fn the_quote_a_person_means_comes_first() {
    assert_eq!(top("heure europe")[0], "heusgen-europes-hour");
    assert_eq!(top("solution repli")[0], "masala-fallback");
    assert_eq!(
        top("soldats mourir")[0],
        "uk-official-no-one-wants-headline"
    );
    assert_eq!(top("soldats mourir")[1], "uk-official-no-one-wants");
    assert_eq!(
        top("position de force")[0],
        "pistorius-position-of-strength"
    );
    assert_eq!(top("Poutine agressif")[0], "heusgen-putin-trump");
}

#[test]
fn accents_and_case_do_not_matter() {
    let plain = top("securite");
    assert!(plain.contains(&"eu-uk-vital-interests".to_string()));
    assert_eq!(plain, top("SÉCURITÉ"));
}

#[test]
fn short_words_do_not_match_scattered_letters() {
    // "troupes" is in one quote; long quotes that merely contain t-r-o-u-p-e-s
    // in order must not match.
    assert_eq!(top("troupes"), ["masala-coalition-ground-troops"]);
    assert!(top("zzz").is_empty());
}

#[test]
fn every_prefix_of_a_word_finds_it() {
    for n in 1..="solution".len() {
        let q = &"solution"[..n];
        assert!(top(q).contains(&"masala-fallback".to_string()), "{q}");
    }
}

#[test]
fn speaker_names_are_searched() {
    let hits = top("heusgen");
    assert_eq!(hits.len(), 4);
    assert!(hits.iter().all(|h| h.starts_with("heusgen-")));
    assert_eq!(top("masala repli")[0], "masala-fallback");
}

#[test]
fn respects_the_allowed_quotes() {
    let ds = load_builtin().unwrap();
    let ix = SearchIndex::build(&ds);
    let mut allowed = vec![false; ds.quotes.len()];
    let keep = ds
        .quotes
        .iter()
        .position(|q| q.id == "eu-uk-vital-interests")
        .unwrap();
    allowed[keep] = true;
    let hits = ix.search("securite", Some(&allowed));
    assert_eq!(hits.len(), 1);
    assert_eq!(hits[0].quote, keep);
}

#[test]
fn highlights_map_back_to_accented_text() {
    let text = "veiller à sa propre sécurité";
    let h = highlights("securite", text);
    let chars: Vec<char> = text.chars().collect();
    let lit: String = h.iter().map(|&i| chars[i]).collect();
    assert_eq!(lit, "sécurité");
    let fuzzy = highlights("scrt", "sécurité");
    assert_eq!(fuzzy.len(), 4);
}

#[test]
fn highlights_show_the_word_a_typo_found() {
    let lit = |query: &str, text: &str| -> String {
        let chars: Vec<char> = text.chars().collect();
        highlights(query, text).iter().map(|&i| chars[i]).collect()
    };
    assert_eq!(lit("secutite", "veiller à sa propre sécurité"), "sécurité");
    assert_eq!(lit("soldst", "ses soldats mourir"), "soldat");
    // The word as typed is in the text: its neighbours are not typos.
    assert_eq!(lit("pour", "le jour pour"), "pour");
    // Under four letters, no typos.
    assert_eq!(lit("jou", "pour"), "");
}

#[test]
fn typos_rank_below_the_word_as_typed() {
    let exact = top("securite");
    assert_eq!(top("secutite"), exact);
    assert!(top("massala").iter().all(|id| id.starts_with("masala-")));
    assert_eq!(top("soldst mourir")[0], "uk-official-no-one-wants-headline");
    let ds = load_builtin().unwrap();
    let ix = SearchIndex::build(&ds);
    let score = |q: &str| ix.search(q, None)[0].score;
    assert!(score("securite") > score("securi"));
    assert!(score("securi") > score("secutite"));
}
