//! Tests of the quote search: the index, and ranking on the built-in dataset.

use super::*;
use crate::data::{Dataset, load_builtin};
use crate::text::fold_key;

/// The index as it was built before counting: `fold_key` and `words` on
/// each quote, a list per word pushed onto, the words sorted at the end;
/// kept as the reference for what the index holds.
fn plain(ds: &Dataset) -> (Vec<String>, Vec<Vec<Posting>>, Vec<u32>) {
    // The actors' words as the index takes them: what is compared is the
    // lists built from them.
    let speakers = crate::query::index_build::actor_words(ds);
    let mut lists: std::collections::BTreeMap<String, Vec<Posting>> = Default::default();
    let mut add = |w: &str, p: Posting| {
        let list = lists.entry(w.to_string()).or_default();
        if list.last() != Some(&p) {
            list.push(p);
        }
    };
    let mut quote_words = Vec::new();
    for (i, q) in ds.quotes.iter().enumerate() {
        let text = fold_key(&q.text);
        let mut n = 0;
        for w in words(&text) {
            add(w.text, Posting::new(i as u32, false));
            n += 1;
        }
        quote_words.push(n);
        for w in &speakers[q.speaker] {
            add(w, Posting::new(i as u32, true));
        }
    }
    let (words, lists) = lists.into_iter().unzip();
    (words, lists, quote_words)
}

fn parts(ix: &SearchIndex) -> (Vec<String>, Vec<Vec<Posting>>, Vec<u32>) {
    let (words, lists, quote_words) = ix.parts();
    let lists = lists
        .iter()
        .map(|l| l.iter().map(Posting::unpacked).collect())
        .collect();
    (words.to_vec(), lists, quote_words.to_vec())
}

fn generated(text: crate::data::generate::Text) -> Dataset {
    let file = crate::data::generate::generate_with(50, 3_000, 60, 7, text);
    let json = serde_json::to_string(&file).unwrap();
    crate::data::load::parse(std::path::Path::new("generated"), &json, |_| {
        Err("no files".into())
    })
    .unwrap()
}

#[test]
fn the_index_is_the_plain_one_on_any_number_of_cores() {
    use crate::data::generate::Text;
    let mut hostile = generated(Text::Small);
    // Accents composed and not, ligatures, other scripts, apostrophes,
    // digits, marks alone, chars that fold to several.
    let texts = [
        "Sécurité SÉCURITÉ se\u{301}curite\u{301} Œuvre cœur STRAẞE Łódź Ørsted Đoàn",
        "l’Europe l'Europe aujourd`hui ﬁn ½ Ⅻ x²  ΑΘΗΝΑ Москва 東京 ١٢٣",
        "\u{301}\u{301}mark a\u{308}\u{308} İstanbul ǅemal ﬀ Ǆ — «citation» 3,14",
    ];
    for (i, q) in hostile.quotes.iter_mut().enumerate() {
        q.text = texts[i % texts.len()].into();
    }
    for ds in [generated(Text::Small), generated(Text::Realistic), hostile] {
        let want = plain(&ds);
        for threads in [1, 2, 3, 7] {
            let ix = SearchIndex::build_with(&ds, threads);
            assert!(parts(&ix) == want, "{threads} threads");
        }
    }
}

proptest::proptest! {
    #[test]
    fn any_text_is_split_as_fold_key_and_words_split_it(
        texts in proptest::collection::vec("(?s).{0,40}", 1..6)
    ) {
        static FEW: std::sync::OnceLock<Dataset> = std::sync::OnceLock::new();
        let mut ds = FEW.get_or_init(|| generated(crate::data::generate::Text::Small)).clone();
        ds.quotes.truncate(texts.len());
        for (q, t) in ds.quotes.iter_mut().zip(&texts) {
            q.text = t.as_str().into();
        }
        proptest::prop_assert!(parts(&SearchIndex::build_with(&ds, 2)) == plain(&ds));
    }
}

#[test]
fn a_query_of_300_words_that_one_quote_all_holds_finds_it() {
    // Three hundred different words, all in quote 0, none in quote 1.
    let letter = |i: usize| char::from(b'a' + (i % 26) as u8);
    let vocabulary: Vec<String> = (0..300)
        .map(|i| format!("q{}{}", letter(i / 26), letter(i)))
        .collect();
    let here = Posting::new(0, false);
    let lists = Lists::built(vec![flat_pack(here); 300], vec![1; 300]).unwrap();
    let ix = SearchIndex::from_parts(vocabulary.clone(), lists, vec![300, 1]).unwrap();
    let hits = ix.search(&vocabulary.join(" "), None);
    assert_eq!(hits.iter().map(|h| h.quote).collect::<Vec<_>>(), [0]);
    assert_eq!(hits[0].score, 300 * 100);
}

/// A posting packed as the index keeps it.
fn flat_pack(p: Posting) -> u32 {
    (p.quote << 1) | u32::from(p.speaker)
}

#[test]
fn postings_pack_as_the_index_reads_them() {
    for n in [0, 1, 2, 12345, u32::MAX] {
        assert_eq!(flat_pack(Posting::unpacked(n)), n);
    }
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
