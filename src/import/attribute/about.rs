//! Who a sentence is about, for a quotation no verb of saying attributes:
//! the person its sentence opens on ("Les policiers ont constaté « … »"),
//! or, for a quotation standing alone, the person the sentence before it
//! opens on ("The resident … believed …" then "“…”"), or the one after it
//! when it opens its paragraph; or the subject of the main clause after a
//! participle of saying opening the sentence ("Calling it “reckless”, X …").

use super::{Ctx, Referent};
use crate::import::lexicon::{
    is_auxiliary, is_participle_lead, is_person_pronoun, is_present_participle, is_saying_verb,
    is_speech_cue, is_subordinator, object_clause_opener,
};
use crate::import::names::{EntityKind, Mention};
use crate::import::segment::{Kind, Quotation};
use std::ops::Range;

/// The rule that gives a quotation the person its own sentence opens on.
pub(super) const OWN_SENTENCE: &str =
    "no verb of saying: the person the quotation's sentence opens on";

/// The rule that gives a quotation inside a participle clause opening its
/// sentence the subject of the main clause.
pub(super) const FRONTED_PARTICIPLE: &str = "a participle of saying opens the sentence (Qualifiant …, Calling it …): the main clause's subject";

/// The rule that gives a quotation standing alone the person the sentence
/// before it opens on.
pub(super) const SENTENCE_BEFORE: &str =
    "a quotation standing alone: the person the sentence before it opens on";

/// The rule that gives a quotation opening its paragraph, standing alone,
/// the person the sentence after it opens on.
pub(super) const SENTENCE_AFTER: &str =
    "a quotation opening its paragraph: the person the sentence after it opens on";

impl Ctx<'_> {
    /// The person the quotation's own sentence opens on, when the quotation
    /// comes after the subject and its verb (three words at least).
    pub(super) fn sentence_opens_on(&self, quote: &Quotation) -> Option<Referent> {
        const LEAST: usize = 3;
        let sentence = &self.a.sentences[quote.sentence];
        let words = self.words(sentence.tokens.start..quote.open_token);
        // "Chloé avait « pris des cachets »": a one-word name and its verb.
        let named_first = words.len() == LEAST - 1
            && self
                .ents
                .at(words[0])
                .is_some_and(|m| m.tokens.end == words[1]);
        if words.len() < LEAST && !named_first {
            return None;
        }
        // "Le ministre Boris Pistorius « poursuit l'objectif … »": the quoted
        // words are the predicate, someone else's words about the person.
        if words.last().and_then(|&t| self.ents.at(t)).is_some() {
            return None;
        }
        self.opening_person(quote.sentence)
    }

    /// The person the sentence before a quotation standing alone opens on,
    /// when that sentence quotes no one itself and is in the same paragraph
    /// or the one before.
    pub(super) fn sentence_before_opens_on(&self, quote: &Quotation) -> Option<Referent> {
        if !self.stands_alone(quote) {
            return None;
        }
        let before = quote.sentence.checked_sub(1)?;
        if self.a.sentences[before].paragraph + 1 < quote.paragraph || self.quotes_anyone(before) {
            return None;
        }
        self.opening_person(before)
    }

    /// The person the sentence after a quotation standing alone opens on,
    /// when the quotation opens its paragraph and that sentence, in the same
    /// paragraph, quotes no one ("“…” Le maire, Janny Siméon, a décidé
    /// d'alerter la presse"): the words lead into the story of who said them.
    pub(super) fn sentence_after_opens_on(&self, quote: &Quotation) -> Option<Referent> {
        let opens_paragraph = quote
            .sentence
            .checked_sub(1)
            .is_none_or(|b| self.a.sentences[b].paragraph != quote.paragraph);
        if !opens_paragraph || !self.stands_alone(quote) {
            return None;
        }
        let after = quote.sentence + 1;
        if self.a.sentences.get(after)?.paragraph != quote.paragraph || self.quotes_anyone(after) {
            return None;
        }
        self.opening_person(after)
    }

    /// "Qualifiant la décision d'« inacceptable », le maire Jean Morin a
    /// saisi …", "Se disant « solidaire », la préfète …", "Calling the move
    /// “reckless”, Senator Jane Roe demanded …": a sentence opening on a
    /// participle of saying, the quotation inside its clause, quotes the
    /// subject of the main clause after that clause's comma.
    pub(super) fn fronted_participle(&self, quote: &Quotation) -> Option<Referent> {
        // Words from the sentence's start to the quotation.
        const REACH: usize = 12;
        let tokens = &self.a.tokens;
        let sentence = &self.a.sentences[quote.sentence];
        let words = self.words(sentence.tokens.start..quote.open_token);
        if words.len() > REACH
            || (sentence.tokens.start..quote.open_token).any(|t| tokens[t].is(','))
        {
            return None;
        }
        let participle = |t: usize| {
            let k = tokens[t].key.as_str();
            is_present_participle(k) && (is_saying_verb(k) || is_speech_cue(k))
        };
        let opens = match words.as_slice() {
            [first, ..] if participle(*first) => true,
            [lead, second, ..] => is_participle_lead(&tokens[*lead].key) && participle(*second),
            _ => false,
        };
        if !opens {
            return None;
        }
        let end = sentence.tokens.end;
        let comma = (quote.close_token? + 1..end)
            .find(|&t| tokens[t].is(',') && tokens[t].quote.is_none())?;
        self.person_at(quote.sentence, self.first_unquoted_word(comma + 1..end)?)
    }

    /// The person named by name that the sentence holding token `at`, or
    /// the one before it in the same paragraph, opens on.
    pub(super) fn named_subject_before(&self, at: usize) -> Option<usize> {
        let here = self.a.sentence_of(at);
        let paragraph = self.a.sentences[here].paragraph;
        [Some(here), here.checked_sub(1)]
            .into_iter()
            .flatten()
            .filter(|&s| self.a.sentences[s].paragraph == paragraph)
            .find_map(|s| match self.opening_person(s)? {
                Referent::Entity(e, _) => Some(e),
                _ => None,
            })
    }

    /// The first word in `range` outside quotations.
    fn first_unquoted_word(&self, range: Range<usize>) -> Option<usize> {
        range.into_iter().find(|&t| {
            let tok = &self.a.tokens[t];
            tok.kind == Kind::Word && tok.quote.is_none()
        })
    }

    /// The mentions whose first token is in `range`.
    fn mentions_in(&self, range: Range<usize>) -> &[Mention] {
        let mentions = &self.ents.mentions;
        let from = mentions.partition_point(|m| m.tokens.start < range.start);
        let to = mentions.partition_point(|m| m.tokens.start < range.end);
        &mentions[from..to]
    }

    /// Whether sentence `s` holds a quotation.
    fn quotes_anyone(&self, s: usize) -> bool {
        self.a.sentences[s]
            .tokens
            .clone()
            .any(|t| self.a.tokens[t].quote.is_some())
    }

    /// The first token of sentence `s`'s subject: its first word, or the
    /// first after a short opening adverbial set off by a comma ("Peu après
    /// 18 h, Anne-Françoise Piédallu a pris la parole"), which names no one.
    fn after_opening_adverbial(&self, s: usize) -> Option<usize> {
        const MAX: usize = 6;
        // "Le lundi 15 avril au matin, en entrant sur un chantier, un
        // ouvrier est surpris": adverbials may follow one another.
        const ADVERBIALS: usize = 3;
        let tokens = &self.a.tokens;
        let range = self.a.sentences[s].tokens.clone();
        if tokens[range.start].kind != Kind::Word || tokens[range.start].quote.is_some() {
            return None;
        }
        let mut start = range.start;
        for _ in 0..ADVERBIALS {
            let comma = (start..range.end)
                .take(MAX + 1)
                .take_while(|&t| tokens[t].quote.is_none())
                .find(|&t| tokens[t].is(','));
            let Some(c) = comma else {
                return Some(start);
            };
            let adverbial = (start..c).all(|t| {
                tokens[t].kind != Kind::Word
                    || (self.ents.at(t).is_none()
                        && !is_person_pronoun(&tokens[t].key)
                        && !is_saying_verb(&tokens[t].key))
            });
            if !adverbial {
                return Some(start);
            }
            start = self.first_unquoted_word(c + 1..range.end)?;
        }
        Some(start)
    }

    /// The person sentence `s` opens on: a person named by its first word,
    /// a person pronoun, or a phrase for a person ("les policiers", "the
    /// resident").
    fn opening_person(&self, s: usize) -> Option<Referent> {
        // "The resident, on Middle Road, believed": a subject set off by a
        // comma is no opening adverbial.
        let start = self.a.sentences[s].tokens.start;
        let subject_first = self.a.tokens[start].kind == Kind::Word
            && self.a.tokens[start].quote.is_none()
            && self.ents.at(start).is_none();
        if subject_first && let Some(r) = self.person_at(s, start) {
            return Some(r);
        }
        // "Ce que Michel Januth a refusé.": the subject after the opening.
        let words = self.words(self.a.sentences[s].tokens.clone());
        let keys: Vec<&str> = words
            .iter()
            .take(3)
            .map(|&t| self.a.tokens[t].key.as_str())
            .collect();
        if words.first() == Some(&start)
            && let Some(&subject) = object_clause_opener(&keys).and_then(|n| words.get(n))
        {
            return self.person_at(s, subject);
        }
        // "Alors que le journaliste Bertrand Latour, …, attribuait un 3, le
        // sélectionneur des Bleus est intervenu": past a clause opening on
        // a subordinator, the subject after the last comma whose stretch
        // holds a verb ("…, ses adjoints, Jean Dupont et …" holds none).
        if words
            .first()
            .is_some_and(|&t| t == start && is_subordinator(&self.a.tokens[t].key))
        {
            let range = self.a.sentences[s].tokens.clone();
            let outside = |t: usize| self.a.tokens[t].quote.is_none();
            let commas: Vec<usize> = range
                .clone()
                .filter(|&t| self.a.tokens[t].is(',') && outside(t))
                .collect();
            let found = commas.iter().enumerate().rev().find_map(|(i, &c)| {
                let stretch = c + 1..commas.get(i + 1).copied().unwrap_or(range.end);
                let verb = stretch.clone().any(|t| {
                    let k = &self.a.tokens[t].key;
                    outside(t) && (is_auxiliary(k) || is_saying_verb(k))
                });
                let first = self.first_unquoted_word(stretch)?;
                verb.then(|| self.person_at(s, first)).flatten()
            });
            if found.is_some() {
                return found;
            }
        }
        self.person_at(s, self.after_opening_adverbial(s)?)
    }

    /// The person named by the phrase at token `first` of sentence `s`.
    fn person_at(&self, s: usize, first: usize) -> Option<Referent> {
        let sentence = &self.a.sentences[s];
        if let Some(m) = self.ents.at(first)
            && self.ents.list[m.entity].kind == EntityKind::Person
        {
            return Some(Referent::Entity(m.entity, 0.6));
        }
        // "New Zealand coach Graham Henry": a country's or a team's name
        // opening a role held by the person named next (the phrase's rules
        // find the holder); else a place or a body opens no person.
        // Not a holder who only owns the subject ("Ireland captain Peter
        // O'Mahony's wife Jessica was in the stands").
        if self.ents.at(first).is_some() {
            return match self.noun_phrase(first, sentence.tokens.end)? {
                Referent::Entity(e, _)
                    if self.ents.list[e].kind == EntityKind::Person
                        && !self
                            .mentions_in(sentence.tokens.clone())
                            .iter()
                            .any(|m| m.entity == e && self.possessor(m.tokens.end)) =>
                {
                    Some(Referent::Entity(e, 0.6))
                }
                _ => None,
            };
        }
        if is_person_pronoun(&self.a.tokens[first].key) {
            return (!self.impersonal(first)).then_some(Referent::Pronoun(first));
        }
        match self.noun_phrase(first, sentence.tokens.end)? {
            r @ (Referent::Described(..) | Referent::Definite(..) | Referent::Titled(..)) => {
                Some(r)
            }
            Referent::Entity(e, _) if self.ents.list[e].kind == EntityKind::Person => {
                Some(Referent::Entity(e, 0.6))
            }
            _ => None,
        }
    }
}
