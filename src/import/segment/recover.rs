//! Quotation marks the text got wrong, recovered after the paragraphs are cut:
//! a quotation left open and closed paragraphs later with no mark reopening
//! it, a closing mark with no opening one, and a reporter's aside written
//! inside the marks (« A, a-t-il dit. B »).

use super::{Article, Kind, Quotation, trim};
use crate::import::lexicon::{
    has_participle_ending, is_auxiliary, is_clause_opener, is_demonstrative_person, is_determiner,
    is_saying_verb,
};

/// How many paragraphs a quotation left open may run on for.
const RUN_ON: usize = 5;

/// Gives each stray closing mark (token indices, in order) the words it closes:
/// the quotation left open in an earlier paragraph when no paragraph between
/// reopens or opens one (the quote then runs over paragraphs), else the words
/// from its sentence's start.
pub(super) fn run_on(a: &mut Article, strays: &[usize]) {
    for &close in strays.iter().rev() {
        let p = a.sentences[a.sentence_of(close)].paragraph;
        // The quotations before the mark, nearest first.
        let before = a
            .quotations
            .partition_point(|q| q.open < a.tokens[close].start);
        let left_open = before.checked_sub(1).filter(|&q| {
            let quote = &a.quotations[q];
            !quote.closed && quote.paragraph < p && p - quote.paragraph <= RUN_ON
        });
        match left_open {
            Some(q) => extend(a, q, close),
            None => from_sentence_start(a, before, close),
        }
    }
}

/// Quotation `q`, left open, runs on to the closing mark at token `close`.
fn extend(a: &mut Article, q: usize, close: usize) {
    let s = a.sentence_of(close);
    let at = a.tokens[close].start;
    let from = a.quotations[q].open_token;
    for t in &mut a.tokens[from..=close] {
        t.quote = Some(q);
    }
    let open = a.quotations[q].open;
    let (start, end) = trim(&a.chars, open + 1, at);
    let quote = &mut a.quotations[q];
    quote.close = at;
    quote.closed = true;
    quote.close_token = Some(close);
    quote.inner = start..end.max(start);
    // Its attribution is where it closes.
    quote.sentence = s;
    quote.paragraph = a.sentences[s].paragraph;
}

/// A closing mark with nothing open: the words from its sentence's start (a
/// paragraph of quoted speech whose opening mark the outlet left out).
fn from_sentence_start(a: &mut Article, index: usize, close: usize) {
    let s = a.sentence_of(close);
    let first = a.sentences[s].tokens.start;
    let words = (first..close).any(|t| a.tokens[t].kind == Kind::Word);
    if !words || (first..close).any(|t| a.tokens[t].quote.is_some()) {
        return;
    }
    let (start, end) = trim(&a.chars, a.tokens[first].start, a.tokens[close].start);
    insert(
        a,
        index,
        Quotation {
            open: a.tokens[first].start,
            close: a.tokens[close].start,
            closed: true,
            inner: start..end.max(start),
            sentence: s,
            paragraph: a.sentences[s].paragraph,
            open_token: first,
            close_token: Some(close),
        },
        first..close + 1,
    );
}

/// Puts quotation `q` at `index` (quotations stay in text order) and gives it
/// the tokens of `span`, but those of a quotation nested in it.
fn insert(a: &mut Article, index: usize, q: Quotation, span: std::ops::Range<usize>) {
    for t in &mut a.tokens {
        if let Some(i) = t.quote.as_mut()
            && *i >= index
        {
            *i += 1;
        }
    }
    for t in &mut a.tokens[span] {
        if t.quote.is_none_or(|i| i < index) {
            t.quote = Some(index);
        }
    }
    a.quotations.insert(index, q);
}

/// « A, a-t-il dit. B », « A, balbutie-t-il, très nerveux. B », « A, a
/// concédé Deschamps. B »: a reporter's aside inside one pair of marks. The
/// reporter's words are taken out: the quotation becomes two, the first ending
/// at the comma, so that the aside is its attribution after it.
pub(super) fn split_asides(a: &mut Article) {
    let mut q = 0;
    while q < a.quotations.len() {
        let quote = a.quotations[q].clone();
        let Some(close) = quote.close_token else {
            q += 1;
            continue;
        };
        let aside =
            (quote.open_token + 1..close).find_map(|c| aside_at(a, c, close).map(|e| (c, e)));
        let Some((comma, end)) = aside else {
            q += 1;
            continue;
        };
        // The first part ends at the comma; the aside is outside any quotation.
        let first_end = a.tokens[comma].start;
        let (s, e) = trim(&a.chars, quote.open + 1, first_end);
        {
            let first = &mut a.quotations[q];
            first.close = first_end;
            first.close_token = Some(comma);
            first.inner = s..e.max(s);
        }
        for t in &mut a.tokens[comma + 1..=end] {
            t.quote = None;
        }
        let second_open = end + 1;
        let (s, e) = trim(&a.chars, a.tokens[second_open].start, quote.close);
        insert(
            a,
            q + 1,
            Quotation {
                open: a.tokens[second_open].start,
                close: quote.close,
                closed: true,
                inner: s..e.max(s),
                sentence: quote.sentence,
                paragraph: quote.paragraph,
                open_token: second_open,
                close_token: Some(close),
            },
            second_open..close + 1,
        );
        q += 2;
    }
}

/// The aside that starts after the comma at token `comma`, inside a quotation
/// closing at token `close`: the token that ends it (a full stop or a comma
/// after which the quote goes on). Two shapes:
/// - a verb with its pronoun inverted right after it ("balbutie-t-il", "a-t-il
///   dit"): the inversion alone says the reporter speaks; a few words of
///   manner may follow it up to a full stop ("balbutie-t-il, très nerveux.");
/// - a verb of saying, or an auxiliary and a past participle, then its
///   subject (a capitalised name, or a determiner and its noun), up to a full
///   stop ("a concédé Deschamps.", "décrit une autre riveraine."), with the
///   subject's apposition after a comma ("confirme Anne Roe, la maire."), or
///   up to the comma when a clause of its own goes on ("affirme X, nous …").
fn aside_at(a: &Article, comma: usize, close: usize) -> Option<usize> {
    const ASIDE: usize = 6;
    // A subject may be longer than an inverted pronoun's manner words:
    // "note l'ancien coach du PL Troyes et de Piney."
    const SUBJECT: usize = 14;
    const MANNER: usize = 3;
    const APPOSITION: usize = 18;
    if !a.tokens[comma].is(',') {
        return None;
    }
    let punct = |from: usize, words: usize| {
        (from..close.min(from + 1 + words)).find(|&t| a.tokens[t].kind == Kind::Punct)
    };
    let ends_aside =
        |end: usize| end > comma + 1 && (a.tokens[end].is('.') || a.tokens[end].is(','));
    let end = punct(comma + 1, ASIDE).filter(|&e| ends_aside(e));
    let goes_on = |end: usize| (end + 1..close).any(|t| a.tokens[t].kind == Kind::Word);
    let word = |t: usize| {
        a.tokens
            .get(t)
            .filter(|t| t.kind == Kind::Word && t.quote.is_some())
    };
    let inverted = word(comma + 2).is_some_and(|t| t.inverted) && word(comma + 1).is_some();
    if inverted {
        // "grince-t-on dans l'entourage de l'un des suspendus.": the
        // words of manner after it may be as long as a subject.
        let end = end.or_else(|| {
            punct(comma + 1, SUBJECT).filter(|&e| ends_aside(e) && a.tokens[e].is('.'))
        })?;
        // A few words of manner after the aside's comma, then a full stop.
        if a.tokens[end].is(',')
            && let Some(stop) = punct(end + 1, MANNER)
            && stop > end + 1
            && a.tokens[stop].is('.')
            && !a.tokens[end + 1].capitalised()
            && goes_on(stop)
        {
            return Some(stop);
        }
        return goes_on(end).then_some(end);
    }
    let auxiliary = word(comma + 1).is_some_and(|t| is_auxiliary(&t.key));
    let verb = if auxiliary { comma + 2 } else { comma + 1 };
    // After an auxiliary any participle will do: "a concédé", "a glissé".
    let says = word(verb)
        .is_some_and(|t| is_saying_verb(&t.key) || (auxiliary && has_participle_ending(&t.text)));
    let end = punct(comma + 1, SUBJECT).filter(|&e| ends_aside(e))?;
    // Its subject: a name, or a noun phrase opened by a determiner ("souligne
    // le cabinet du maire", "décrit une autre riveraine").
    let named = (verb + 1..end).any(|t| a.tokens[t].capitalised())
        || word(verb + 1).is_some_and(|t| is_determiner(&t.key) || is_demonstrative_person(&t.key));
    if !says || !named {
        return None;
    }
    if a.tokens[end].is('.') {
        return goes_on(end).then_some(end);
    }
    // The subject in apposition up to a full stop: "confirme Anne-Françoise
    // Piedallu, la maire.", "souligne le cabinet du maire, joint par
    // téléphone.", "soupire Olivier Dufour, soulagé d'avoir atteint
    // l'objectif fixé six ans plus tôt." A clause of its own after the
    // name is the quotation going on: "affirme Jean Dupont, nous avons
    // tout fait."
    if word(end + 1).is_some_and(|t| is_clause_opener(&t.key)) {
        return goes_on(end).then_some(end);
    }
    let stop = punct(end + 1, APPOSITION).filter(|&s| s > end + 1 && a.tokens[s].is('.'))?;
    goes_on(stop).then_some(stop)
}
