//! The tense around a date expression: whether the words near it speak of
//! the past or of what is to come. It picks the year of a day or month named
//! without one ("il a été condamné en décembre", "the fair opens on March 3").

use super::super::Lang;
use super::super::lexicon::{
    has_participle_ending, has_simple_past_ending, is_conditional_ahead, is_date_lead,
    is_determiner, is_etre_past, is_figure_ordinal, is_future_word, is_not_governing,
    is_passive_auxiliary, is_past_auxiliary, is_present_idiom, is_pronominal_past, is_since_word,
    is_tense_ahead_word, is_tense_back_word, language_marker,
};
use super::super::segment::{Article, Kind};

/// Whether the sentence of token `at` is in English: its "a" is an article,
/// not the French auxiliary of "il a dit".
pub(super) fn english(article: &Article, at: usize) -> bool {
    let s = &article.sentences[article.sentence_of(at)];
    let (mut fr, mut en) = (0, 0);
    for t in &article.tokens[s.tokens.clone()] {
        match language_marker(&t.key) {
            Some(Lang::Fr) => fr += 1,
            Some(Lang::En) => en += 1,
            None => {}
        }
    }
    en > fr
}

/// An auxiliary of the past as written at token `i`: "a" only in French,
/// and not "à" folded to it, nor a present of its own ("a lieu", "il y a",
/// "has to").
fn past_auxiliary_at(article: &Article, i: usize) -> bool {
    let tokens = &article.tokens;
    let t = &tokens[i];
    let key = |j: Option<usize>| j.and_then(|j| tokens.get(j)).map_or("", |t| t.key.as_str());
    is_past_auxiliary(&t.key)
        && t.text.to_lowercase() == t.key
        && (t.key != "a" || !english(article, i))
        && !is_present_idiom(key(i.checked_sub(1)), &t.key, key(Some(i + 1)))
}

/// A word that looks ahead, as the participle of "attendu mercredi",
/// "prévu samedi", "expected Wednesday" does: no past.
fn ahead_word(folded: &str) -> bool {
    is_future_word(folded) || is_tense_ahead_word(folded)
}

/// Whether the weekday at token `at` follows a verb in the past: an
/// auxiliary of the past a few words before ("Macron a assuré jeudi") with
/// no word of the future after it. A future word elsewhere in the sentence
/// ("la prochaine élection") does not move such a weekday to the next week.
/// A past participle right before the weekday ("interrogé mardi", "arrested
/// on Monday") says the same.
pub(super) fn past_clause(article: &Article, at: usize) -> bool {
    const WINDOW: usize = 4;
    let tokens = &article.tokens;
    let mut before = at.checked_sub(1);
    if let Some(b) = before
        && is_date_lead(&tokens[b].key)
    {
        before = b.checked_sub(1);
    }
    if before.is_some_and(|b| {
        tokens[b].kind == Kind::Word
            && has_participle_ending(&tokens[b].text)
            && !ahead_word(&tokens[b].key)
    }) {
        return true;
    }
    let s = &article.sentences[article.sentence_of(at)];
    // "a dit Jean-Louis Périès vendredi": a past verb, then the name of who
    // speaks, then the day.
    let mut name = at;
    while name > s.tokens.start
        && (tokens[name - 1].capitalised() || tokens[name - 1].is('-'))
        && tokens[name - 1].quote.is_none()
    {
        name -= 1;
    }
    if name < at && name >= s.tokens.start + 2 && past_auxiliary_at(article, name - 2) {
        return true;
    }
    let from = s.tokens.start.max(at.saturating_sub(WINDOW));
    let (mut past, mut future) = (None, None);
    for (i, t) in article.tokens[from..at].iter().enumerate() {
        if t.kind != Kind::Word || t.quote.is_some() {
            continue;
        }
        if past_auxiliary_at(article, from + i) {
            past = Some(i);
        } else if is_future_word(&t.key) {
            future = Some(i);
        }
    }
    past.is_some_and(|p| future.is_none_or(|f| f < p))
}

/// Words that say a sentence speaks of what is to come.
pub(super) fn future(article: &Article, at: usize) -> bool {
    let s = &article.sentences[article.sentence_of(at)];
    article.tokens[s.tokens.clone()]
        .iter()
        .any(|t| is_future_word(&t.key) || is_conditional_ahead(&t.key))
}

/// Which way the words around token `at` lean: `Some(false)` to the past (a
/// bound such as "depuis", "since" before it, or the nearest verb marker of
/// its sentence in the past), `Some(true)` to what is to come, `None` when
/// nothing says. The nearest marker before the date counts first ("a
/// annoncé que le sommet aura lieu le 3 mars" leans ahead), then the nearest
/// after it ("Le 3 mars, il a été élu").
pub(super) fn lean(article: &Article, at: usize) -> Option<bool> {
    let tokens = &article.tokens;
    let mut b = at.checked_sub(1);
    if let Some(p) = b
        && is_date_lead(&tokens[p].key)
        && !is_not_governing(&tokens[p].key)
    {
        b = p.checked_sub(1);
    }
    if b.is_some_and(|p| is_since_word(&tokens[p].key)) {
        return Some(false);
    }
    let s = &article.sentences[article.sentence_of(at)];
    let marker = |i: usize| {
        let t = &tokens[i];
        if t.kind != Kind::Word || t.quote.is_some() {
            return None;
        }
        // "will be paid", "doit être jugé": a passive, its tense is before it.
        let passive = i > 0 && is_passive_auxiliary(&tokens[i - 1].key);
        if is_future_word(&t.key) || is_tense_ahead_word(&t.key) {
            Some(true)
        } else if passive {
            None
        } else if is_tense_back_word(&t.key)
            || (i > 0 && is_pronominal_past(&tokens[i - 1].key, &t.key))
            || (i > 0 && is_etre_past(&tokens[i - 1].key, &t.key))
            || past_auxiliary_at(article, i)
        {
            Some(false)
        } else {
            None
        }
    };
    // A participle alone says less: "doit être jugé" is to come. A word
    // after a determiner is a noun that ends like one ("la 11e journée",
    // "une soirée").
    let participle = |i: usize| {
        let t = &tokens[i];
        let passive = i > 0 && is_passive_auxiliary(&tokens[i - 1].key);
        let noun = (1..=2).any(|n| {
            i.checked_sub(n).is_some_and(|b| {
                is_determiner(&tokens[b].key)
                    && tokens[b + 1..i].iter().all(|w| is_figure_ordinal(&w.key))
            })
        });
        (t.kind == Kind::Word
            && t.quote.is_none()
            && !passive
            && !noun
            && has_participle_ending(&t.text))
        .then_some(false)
    };
    // "until the end of May", "jusqu'en mars": a bound nearer than any
    // verb, whatever the tense.
    let bound = |i: usize| is_not_governing(&tokens[i].key) && !is_since_word(&tokens[i].key);
    let before = (s.tokens.start..at)
        .rev()
        .find(|&i| bound(i) || marker(i).is_some());
    if before.is_some_and(bound) {
        return None;
    }
    // After the date, the nearest verb counts, and a simple past in "-ed"
    // too: "In November, Poland refused … due to …" is past (a French
    // participle alone is no past: "qui démarre en janvier, avec 113 postes
    // supprimés").
    let simple_past = |i: usize| {
        let t = &tokens[i];
        (t.kind == Kind::Word && t.quote.is_none() && has_simple_past_ending(&t.text))
            .then_some(false)
    };
    before
        .and_then(marker)
        .or_else(|| (at..s.tokens.end).find_map(|i| marker(i).or_else(|| simple_past(i))))
        .or_else(|| (s.tokens.start..at).rev().find_map(participle))
}

/// The lean of the words around token `at`, or ahead when a word of the
/// future stands anywhere in its sentence.
pub(super) fn leaning(article: &Article, at: usize) -> Option<bool> {
    lean(article, at).or_else(|| future(article, at).then_some(true))
}

/// Whether the sentence of token `at` tells something past anywhere: a
/// simple past as written ("as he rallied to topple Medvedev on Wednesday",
/// "described the winner in Wednesday night's match") or a word of the past,
/// outside quotations. A lower-case word only ("United"), not a passive
/// ("will be paid") nor a word that looks ahead ("expected").
pub(super) fn told_in_past(article: &Article, at: usize) -> bool {
    let tokens = &article.tokens;
    let s = &article.sentences[article.sentence_of(at)];
    s.tokens.clone().any(|i| {
        let t = &tokens[i];
        let passive = i > 0 && is_passive_auxiliary(&tokens[i - 1].key);
        t.kind == Kind::Word
            && t.quote.is_none()
            && !t.capitalised()
            && (is_tense_back_word(&t.key)
                || (has_simple_past_ending(&t.text) && !passive && !ahead_word(&t.key)))
    })
}
