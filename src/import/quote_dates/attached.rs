//! What a date in a quote's sentence is attached to: a clause told in the
//! pluperfect (background), the verb of saying (when the words were said) or
//! what was said about, the phrase opening the sentence; and whether the
//! words are given in the present. Read by the strategies of `quote_dates`.

use super::super::dates::DateMention;
use super::super::lexicon::{
    RELATIVE_TO_EVENT, has_participle_ending, is_auxiliary, is_past_auxiliary,
    is_pluperfect_auxiliary, is_present_form, is_saying_verb,
};
use super::super::segment::{Article, Kind, Quotation};

/// Whether the date at token `at` is in a clause told in the pluperfect: its
/// auxiliary a few words before, with no punctuation between ("était arrivé
/// en France dès jeudi"; not "voted on Thursday, ending a dispute that had").
pub(super) fn in_pluperfect(a: &Article, at: usize) -> bool {
    const WINDOW: usize = 6;
    const HEAD: usize = 2;
    let s = &a.sentences[a.sentence_of(at)];
    let from = s.tokens.start.max(at.saturating_sub(WINDOW));
    let near = a.tokens[from..at]
        .iter()
        .rev()
        .take_while(|t| t.kind == Kind::Word)
        .any(|t| t.quote.is_none() && is_pluperfect_auxiliary(&t.key));
    if near {
        return true;
    }
    // Further off, the tense of the clause: the nearest auxiliary before the
    // date ("avait été rejeté par la Direction …, le 28 février"), or for a
    // date heading the sentence the first after it ("La veille, vers 19
    // heures, un corps avait été découvert").
    let before = (s.tokens.start..at).rev().find(|&t| compound_past(a, t));
    match before {
        Some(t) => is_pluperfect_auxiliary(&a.tokens[t].key),
        None if at < s.tokens.start + HEAD => (at..s.tokens.end)
            .find(|&t| compound_past(a, t))
            .is_some_and(|t| is_pluperfect_auxiliary(&a.tokens[t].key)),
        None => false,
    }
}

/// Whether the date at token `at` dates a participle set off by a comma
/// that is no verb of saying, a few words before it: "Maurice Boisart,
/// condamné vendredi dernier pour avoir giflé", "Jane Roe, convicted on
/// Friday of fraud". That is another event told of the speaker, not when
/// the words were said.
pub(super) fn in_apposed_participle(a: &Article, at: usize) -> bool {
    const WINDOW: usize = 3;
    let s = &a.sentences[a.sentence_of(at)];
    let from = s.tokens.start.max(at.saturating_sub(WINDOW));
    let Some(p) = (from..at)
        .rev()
        .take_while(|&t| a.tokens[t].kind == Kind::Word)
        .find(|&t| has_participle_ending(&a.tokens[t].text))
    else {
        return false;
    };
    let tok = &a.tokens[p];
    // "condamné" is also a verb of saying ("a condamné ces propos"); after
    // the sentence's own verb of saying it tells another event.
    let said_before = (s.tokens.start..p).any(|t| {
        let w = &a.tokens[t];
        w.kind == Kind::Word && w.quote.is_none() && is_saying_verb(&w.key)
    });
    tok.quote.is_none()
        && (!is_saying_verb(&tok.key) || said_before)
        && p.checked_sub(1).is_some_and(|c| a.tokens[c].is(','))
}

/// Whether token `t`, outside quotation marks, is an auxiliary of a past
/// tense with a participle within two words after it ("avait été", "a dit").
fn compound_past(a: &Article, t: usize) -> bool {
    let tok = &a.tokens[t];
    tok.kind == Kind::Word
        && tok.quote.is_none()
        && (is_past_auxiliary(&tok.key) || is_pluperfect_auxiliary(&tok.key))
        && a.tokens[t + 1..a.tokens.len().min(t + 3)]
            .iter()
            .any(|n| n.kind == Kind::Word && has_participle_ending(&n.text))
}

/// Whether date `m` stands in a sentence with a verb of saying (outside
/// quotation marks) without being attached to it: not within a few words of
/// the verb, nor at the head of the sentence. Such a date is what was said
/// about, not when.
pub(super) fn about_what_was_said(a: &Article, m: &DateMention) -> bool {
    const NEAR: usize = 4;
    const HEAD: usize = 4;
    const SUBJECT: usize = 12;
    let s = &a.sentences[a.sentence_of(m.tokens.start)];
    if a.tokens[m.tokens.start].quote.is_some() || m.tokens.start < s.tokens.start + HEAD {
        return false;
    }
    let verbs: Vec<usize> = s
        .tokens
        .clone()
        .filter(|&t| {
            let tok = &a.tokens[t];
            tok.kind == Kind::Word && tok.quote.is_none() && is_saying_verb(&tok.key)
        })
        .collect();
    if in_opening_phrase(a, m, &verbs) {
        return false;
    }
    let near = |v: usize| {
        let gap = if v < m.tokens.start {
            m.tokens.start - v - 1
        } else {
            v.saturating_sub(m.tokens.end)
        };
        let (lo, hi) = (v.min(m.tokens.start), v.max(m.tokens.end));
        let between = &a.tokens[lo + 1..hi.max(lo + 1)];
        let quoted = between.iter().any(|t| t.quote.is_some());
        // The subject named between the verb and its date: "a déclaré la
        // présidente de la Commission Ursula von der Leyen mercredi".
        let subject = v < m.tokens.start
            && gap <= SUBJECT
            && between.iter().all(|t| {
                t.kind == Kind::Word && !has_participle_ending(&t.text) && !is_saying_verb(&t.key)
            })
            && between.iter().any(|t| t.capitalised());
        (gap <= NEAR || subject) && !quoted
    };
    !verbs.is_empty() && !verbs.iter().any(|&v| near(v))
}

/// Whether date `m` is in the phrase that opens its sentence, before the
/// sentence's first comma, with every verb of saying after that comma: it
/// sets the scene of the whole sentence, speech included ("At a press
/// conference in Brussels on Thursday evening, the President said";
/// "Lors de son discours lundi soir, le ministre a déclaré"), unless a word
/// before it makes it the time of another event ("24 heures après
/// l'attaque jeudi, le parquet a confirmé").
fn in_opening_phrase(a: &Article, m: &DateMention, verbs: &[usize]) -> bool {
    let s = &a.sentences[a.sentence_of(m.tokens.start)];
    let comma = s.tokens.clone().find(|&t| {
        let tok = &a.tokens[t];
        tok.kind == Kind::Punct && tok.text == ","
    });
    let Some(comma) = comma else {
        return false;
    };
    let opening = s.tokens.start..comma;
    m.tokens.end <= comma
        && opening.clone().all(|t| {
            let tok = &a.tokens[t];
            tok.quote.is_none() && !is_saying_verb(&tok.key)
        })
        && !(s.tokens.start..m.tokens.start)
            .any(|t| RELATIVE_TO_EVENT.contains(&a.tokens[t].key.as_str()))
        && !verbs.is_empty()
        && verbs.iter().all(|&v| v > comma)
}

/// Whether the sentence of quote `q` gives it with a verb of saying in the
/// present, outside the marks: no auxiliary just before it, and a present
/// form as written ("explique", "dit cet autre témoin", "poursuit-il",
/// "says"), not a participle, an imperfect or a gerund.
pub(super) fn told_in_present(a: &Article, q: &Quotation) -> bool {
    let s = &a.sentences[q.sentence];
    s.tokens.clone().any(|i| {
        let t = &a.tokens[i];
        if t.kind != Kind::Word || t.quote.is_some() || !is_saying_verb(&t.key) {
            return false;
        }
        let aux = a.tokens[i.saturating_sub(3).max(s.tokens.start)..i]
            .iter()
            .any(|b| b.kind == Kind::Word && (is_past_auxiliary(&b.key) || is_auxiliary(&b.key)));
        !aux && is_present_form(&t.text)
    })
}
