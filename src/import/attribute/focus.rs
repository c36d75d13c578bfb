//! Who is in focus across sentences and paragraphs: a quotation continued
//! in the next paragraph, a quotation standing alone after indirect speech,
//! a colon introducing a quotation with no verb of saying, and the
//! attribution that closes a sentence.

use super::{ANCHORED, Ctx, Referent, Speaker, Verdict};
use crate::import::lexicon::{
    is_auxiliary, is_person_possessive, is_respectively, is_verb_filler, next_sentence_attribution,
    pointing_back,
};
use crate::import::names::EntityKind;
use crate::import::segment::{Article, Kind, Quotation};
use std::ops::Range;

/// A quotation left open at the end of its paragraph, the next paragraph
/// opening with a quotation mark (the press style for a quotation over several
/// paragraphs), is said by whoever says the continuation.
pub(super) fn continued_quotations(a: &Article, verdicts: &mut [Verdict]) {
    for q in (0..a.quotations.len().saturating_sub(1)).rev() {
        let (here, next) = (&a.quotations[q], &a.quotations[q + 1]);
        if here.closed || next.paragraph != here.paragraph + 1 {
            continue;
        }
        let first = a.sentence_of(next.open_token);
        let opens_next = a.sentences[first].tokens.start == next.open_token
            && (first == 0 || a.sentences[first - 1].paragraph != next.paragraph);
        if !opens_next {
            continue;
        }
        let Verdict::Speech(Some(sp)) = &verdicts[q + 1] else {
            continue;
        };
        if sp.confidence < ANCHORED {
            continue;
        }
        let weak = match &verdicts[q] {
            Verdict::Speech(None) => true,
            Verdict::Speech(Some(own)) => own.confidence <= 0.65,
            Verdict::Label => false,
        };
        if weak {
            verdicts[q] = Verdict::Speech(Some(Speaker {
                entity: sp.entity,
                cue: "a quotation continued in the next paragraph: the speaker of its continuation",
                confidence: sp.confidence * 0.9,
            }));
        }
    }
}

impl Ctx<'_> {
    /// Whether a quotation is its sentence's only words: « … ». on its own.
    pub(super) fn stands_alone(&self, quote: &Quotation) -> bool {
        let sentence = &self.a.sentences[quote.sentence];
        self.words(sentence.tokens.clone()).is_empty()
    }

    /// "Next he addressed the viewers: “…”", "accompagnée de ces mots :" at
    /// the end of the paragraph before: a colon introduces the quotation
    /// though no verb of saying does; the subject of the phrase before it.
    pub(super) fn colon(&self, quote: &Quotation) -> Option<Referent> {
        let open = quote.open_token;
        let colon = open.checked_sub(1).filter(|&c| self.a.tokens[c].is(':'))?;
        let sentence = &self.a.sentences[self.a.sentence_of(colon)];
        if colon < self.a.sentences[quote.sentence].tokens.start
            && self.a.sentences[quote.sentence].paragraph != sentence.paragraph + 1
        {
            return None;
        }
        self.subject(sentence.tokens.start..colon).or_else(|| {
            // "Son message aux élus est clair :": whose message, when no one
            // else is the phrase's subject.
            // The person last named, else the person in focus.
            let first = *self.words(sentence.tokens.start..colon).first()?;
            if !is_person_possessive(&self.a.tokens[first].key) {
                return None;
            }
            let last_named = || {
                self.mentions_before(first)
                    .iter()
                    .rev()
                    .filter(|m| self.a.tokens[m.tokens.start].quote.is_none())
                    .find(|m| self.ents.list[m.entity].kind == EntityKind::Person)
                    .map(|m| m.entity)
            };
            let e = last_named().or(self.salient)?;
            Some(Referent::Entity(e, 0.7))
        })
    }

    /// "Les États-Unis sont « profondément préoccupés » par …, a déclaré
    /// mercredi le porte-parole …, John Kirby.": a quotation inside reported
    /// words, the attribution closing the sentence after a comma.
    pub(super) fn sentence_end(&self, quote: &Quotation) -> Option<Referent> {
        let close = quote.close_token?;
        let tokens = &self.a.tokens;
        let end = self.words_after_end(quote, close);
        (close + 2..end)
            .filter(|&t| tokens[t].is(','))
            .filter_map(|c| (c + 1..end).find(|&t| tokens[t].kind == Kind::Word))
            .find_map(|first| self.attribution_at(first, end))
    }

    /// "« … »" ending a paragraph, the next one opening in lower case on the
    /// attribution ("s'est lamenté l'entraîneur Marc Lièvremont"): a line
    /// break cut the sentence in two.
    pub(super) fn next_paragraph(&self, quote: &Quotation) -> Option<Referent> {
        let close = quote.close_token?;
        // The sentence the closing mark is in: a long quotation spans several.
        let at = self.a.sentence_of(close);
        let sentence = &self.a.sentences[at];
        let next = self.a.sentences.get(at + 1)?;
        let tokens = &self.a.tokens;
        let ends_there = (close + 1..sentence.tokens.end).all(|t| tokens[t].kind != Kind::Word);
        let first = next.tokens.start;
        if !ends_there
            || next.paragraph != sentence.paragraph + 1
            || tokens[first].kind != Kind::Word
            || tokens[first].capitalised()
            || tokens[first].quote.is_some()
        {
            return None;
        }
        self.attribution_at(first, next.tokens.end)
    }

    /// "« … » (Déclaration de la présidente Ursula von der Leyen)": the person
    /// named in brackets right after the closing mark.
    pub(super) fn bracketed(&self, quote: &Quotation) -> Option<Referent> {
        let close = quote.close_token?;
        let tokens = &self.a.tokens;
        let open = close + 1;
        if !tokens.get(open).is_some_and(|t| t.is('(')) {
            return None;
        }
        (open + 1..tokens.len())
            .take_while(|&t| !tokens[t].is(')'))
            .find_map(|t| {
                let m = self.ents.at(t)?;
                (self.ents.list[m.entity].kind == EntityKind::Person)
                    .then_some(Referent::Entity(m.entity, 0.8))
            })
    }

    /// "« … ». C'est ce qu'a déclaré X.": the sentence after the quotation's
    /// opens with words that point back to it, then an attribution; or
    /// "“…” That's Premier Doug Ford's message": then a claim and its owner,
    /// also from the next paragraph when the quotation stands alone.
    pub(super) fn next_sentence(&self, quote: &Quotation) -> Option<Referent> {
        let next = self.a.sentences.get(quote.sentence + 1)?;
        let same = next.paragraph == quote.paragraph;
        if !(same || next.paragraph == quote.paragraph + 1 && self.stands_alone(quote)) {
            return None;
        }
        let words = self.words(next.tokens.clone());
        let keys: Vec<&str> = words
            .iter()
            .take(8)
            .map(|&t| self.a.tokens[t].key.as_str())
            .collect();
        if same && let Some(n) = next_sentence_attribution(&keys) {
            return self.attribution_at(*words.get(n)?, next.tokens.end);
        }
        let n = pointing_back(&keys)?;
        (n..keys.len()).find_map(|i| self.claim_owner(&words, i))
    }

    /// "X et Y saluaient respectivement « A » et « B »": the people named before
    /// "respectivement", in order, for the quotations after it, when there are
    /// as many of each. (quotation, person) pairs.
    pub(super) fn respectively(&self, s: usize, quotes: &[usize]) -> Vec<(usize, usize)> {
        let sentence = &self.a.sentences[s];
        let Some(r) = self
            .words(sentence.tokens.clone())
            .into_iter()
            .find(|&t| is_respectively(&self.a.tokens[t].key))
        else {
            return Vec::new();
        };
        let after: Vec<usize> = quotes
            .iter()
            .copied()
            .filter(|&q| self.a.quotations[q].open_token > r)
            .collect();
        let mut people: Vec<usize> = Vec::new();
        for t in self.words(sentence.tokens.start..r) {
            if let Some(m) = self.ents.at(t)
                && self.ents.list[m.entity].kind == EntityKind::Person
                && !people.contains(&m.entity)
            {
                people.push(m.entity);
            }
        }
        if after.len() < 2 || people.len() != after.len() {
            return Vec::new();
        }
        after.into_iter().zip(people).collect()
    }

    /// The person who speaks indirectly with the verb ending `range`: a
    /// person named, else a pronoun or a role phrase standing for one, or
    /// someone unnamed a role describes ("a secretary at the Office said"),
    /// whom "the secretary" then stands for.
    pub(super) fn indirect_subject(&mut self, range: Range<usize>) -> Option<usize> {
        if let Some(e) = self.subject_person(range.clone()) {
            return Some(e);
        }
        let r = match self.subject(range)? {
            r @ (Referent::Pronoun(_) | Referent::Definite(..) | Referent::Described(..)) => r,
            _ => return None,
        };
        let e = self.resolve(r)?.entity;
        (self.ents.list[e].kind == EntityKind::Person).then_some(e)
    }

    /// The person named right after a verb of saying at `verb` that closes
    /// indirect speech: "Ils vont partir, a fait savoir François Baroin."
    /// Only after a comma (past auxiliaries and fillers): "…, a dit X"; in
    /// "X a prévenu Jean que …" Jean is the object.
    pub(super) fn inverted_subject(&self, verb: usize, end: usize) -> Option<usize> {
        const WINDOW: usize = 3;
        let tokens = &self.a.tokens;
        let before = (0..verb).rev().find(|&t| {
            let k = tokens[t].key.as_str();
            !(tokens[t].kind == Kind::Word && (is_auxiliary(k) || is_verb_filler(k)))
        })?;
        if !tokens[before].is(',') {
            return None;
        }
        let words = self.words(verb + 1..end.min(verb + 1 + WINDOW));
        let m = self.ents.at(*words.first()?)?;
        (self.ents.list[m.entity].kind == EntityKind::Person).then_some(m.entity)
    }

    /// The person named last before a verb, not one a noun's complement
    /// names: in "Carlo Buontempo, the director of Copernicus, told CNN",
    /// Buontempo.
    pub(super) fn subject_person(&self, range: Range<usize>) -> Option<usize> {
        let words = self.words(range);
        words.iter().rev().find_map(|&t| {
            self.ents
                .at(t)
                .filter(|m| self.ents.list[m.entity].kind == EntityKind::Person)
                .filter(|m| !self.noun_complement(m.tokens.start))
                .map(|m| m.entity)
        })
    }
}
