//! The subject of a verb of saying in the clause before it: a person
//! named, a phrase for a person, a pronoun, a body; never a noun phrase
//! that is a complement ("devant les juges"), nor an impersonal "il".

use super::{Ctx, Referent};
use crate::import::lexicon::{
    is_agent_word, is_auxiliary, is_complement_link, is_contracted_article, is_determiner,
    is_function_word, is_impersonal_next, is_person_pronoun, is_preposition, is_verb_filler,
};
use crate::import::names::EntityKind;
use crate::import::roles::{person_noun_of, role_of};
use crate::import::segment::{Kind, Token};
use std::ops::Range;

impl Ctx<'_> {
    /// Whether the name at token `t` is the agent of a participle opening
    /// the sentence that starts at `start` ("Interrogée par Maïtena Biraben
    /// sur …, la députée assure", "Asked by Jane Roe whether …, the minister
    /// said"): who asked, not the subject after the clause's comma.
    pub(super) fn fronted_agent(&self, t: usize, start: usize) -> bool {
        let tokens = &self.a.tokens;
        let Some(m) = self.ents.at(t) else {
            return false;
        };
        let opener = &tokens[start];
        m.tokens.start > start + 1
            && is_agent_word(&tokens[m.tokens.start - 1].key)
            && opener.kind == Kind::Word
            && self.ents.at(start).is_none()
            && !is_determiner(&opener.key)
            && !is_person_pronoun(&opener.key)
            && (start..m.tokens.start).all(|i| !tokens[i].is(','))
            && (m.tokens.end..self.a.sentences[self.a.sentence_of(t)].tokens.end)
                .any(|i| tokens[i].is(','))
    }

    /// The subject of a verb whose clause spans `range`: a person nearest the
    /// verb, else a described person, else a pronoun, else an organisation.
    pub(super) fn subject(&self, range: Range<usize>) -> Option<Referent> {
        let words = self.words(range.clone());
        if let Some(r) = self.issued_statement(&words, true) {
            return Some(r);
        }
        let mention = |kinds: &[EntityKind]| {
            words.iter().rev().find_map(|&t| {
                self.ents
                    .at(t)
                    .filter(|m| kinds.contains(&self.ents.list[m.entity].kind))
                    .filter(|m| !self.noun_complement(m.tokens.start))
                    .map(|m| m.entity)
            })
        };
        // "Lacson lashed at Alvarez for what he described as": a pronoun
        // right before the verb is its subject, whoever was named before it.
        if let Some(&last) = words.iter().rev().find(|&&t| {
            let k = &self.a.tokens[t].key;
            !is_verb_filler(k) && !is_auxiliary(k)
        }) && words.len() > 1
            && is_person_pronoun(&self.a.tokens[last].key)
            && !self.impersonal(last)
        {
            return Some(Referent::Pronoun(last));
        }
        if let Some(e) = self.apposition_head(range.clone()) {
            return Some(Referent::Entity(e, 0.85));
        }
        if let Some(r) = self.subject_after_comma(range.clone()) {
            return Some(r);
        }
        if let Some(e) = mention(&[EntityKind::Person]) {
            return Some(Referent::Entity(e, 0.85));
        }
        // A phrase for a person before one for a body: in "Confinée dans la
        // mairie depuis 5 heures, l'élue n'a pas dormi :" the mairie is where.
        let phrases: Vec<Referent> = words
            .iter()
            .filter(|&&t| !self.complement_at(t))
            .filter_map(|&t| self.noun_phrase(t, range.end))
            .collect();
        let mut institution = None;
        for r in phrases {
            match r {
                Referent::Described(..) | Referent::Definite(..) | Referent::Titled(..) => {
                    return Some(r);
                }
                Referent::Institution(..) if institution.is_none() => institution = Some(r),
                _ => {}
            }
        }
        if institution.is_some() {
            return institution;
        }
        if let Some(&t) = words
            .iter()
            .rev()
            .find(|&&t| is_person_pronoun(&self.a.tokens[t].key) && !self.impersonal(t))
        {
            return Some(Referent::Pronoun(t));
        }
        mention(&[EntityKind::Organisation, EntityKind::Country]).map(|e| Referent::Entity(e, 0.6))
    }

    /// "Sur la faute, le tribunal a estimé", "…, le tribunal jugeant": the
    /// noun phrase after the last comma of the clause, right before its
    /// verb, is its subject; what comes before the comma is a circumstance
    /// ("de la campagne de Nicolas Sarkozy"). Not when a person is named
    /// after the comma (the rules for names decide then).
    fn subject_after_comma(&self, range: Range<usize>) -> Option<Referent> {
        const MAX: usize = 8;
        let tokens = &self.a.tokens;
        let comma = range
            .clone()
            .rev()
            .take_while(|&t| tokens[t].quote.is_none())
            .find(|&t| tokens[t].is(','))?;
        let words = self.words(comma + 1..range.end);
        let &first = words.first()?;
        if words.len() > MAX
            || !is_determiner(&tokens[first].key)
            || words.iter().any(|&w| {
                self.ents
                    .at(w)
                    .is_some_and(|m| self.ents.list[m.entity].kind == EntityKind::Person)
            })
        {
            return None;
        }
        match self.noun_phrase(first, range.end)? {
            r @ (Referent::Described(..)
            | Referent::Definite(..)
            | Referent::Titled(..)
            | Referent::Institution(..)) => Some(r),
            // A body named before: "le tribunal" once it has spoken.
            Referent::Entity(e, c) if self.ents.list[e].kind == EntityKind::Organisation => {
                Some(Referent::Entity(e, c))
            }
            _ => None,
        }
    }

    /// Whether a name at token `t` completes a noun for a person ("cet
    /// habitant d'Anderlecht", "l'avocat de Jean Dupont"): who the person
    /// is of, not who speaks ("les propos de X" are X's).
    /// Past the words that qualify the name too: "the close collaborator
    /// of WikiLeaks founder Julian Assange".
    pub(super) fn noun_complement(&self, t: usize) -> bool {
        self.noun_linked_to(self.qualified_from(t))
            .is_some_and(|n| role_of(&n.key).is_some() || person_noun_of(&n.key).is_some())
    }

    /// Whether the name starting at token `t` completes a lower-case noun
    /// through "of", "de", right after it or past the capitalised words and
    /// role nouns that qualify it: "the close collaborator of WikiLeaks
    /// founder Julian Assange" is not Assange.
    pub(super) fn completes_a_noun(&self, t: usize) -> bool {
        self.noun_linked_to(self.qualified_from(t))
            .is_some_and(|n| !is_function_word(&n.key))
    }

    /// Where the capitalised words and role nouns qualifying the name at
    /// token `t` start ("WikiLeaks founder Julian Assange").
    fn qualified_from(&self, t: usize) -> usize {
        const REACH: usize = 4;
        let tokens = &self.a.tokens;
        let mut k = t;
        while k > 0 && t - k < REACH {
            let prev = &tokens[k - 1];
            if prev.kind == Kind::Word && (prev.capitalised() || role_of(&prev.key).is_some()) {
                k -= 1;
                continue;
            }
            break;
        }
        k
    }

    /// The lower-case word outside quotations that a complement link right
    /// before token `t` ("de", "of") ties the words at `t` to.
    fn noun_linked_to(&self, t: usize) -> Option<&Token> {
        let tokens = &self.a.tokens;
        let link = &tokens[t.checked_sub(1)?];
        let noun = &tokens[t.checked_sub(2)?];
        (link.kind == Kind::Word
            && !link.capitalised()
            && is_complement_link(&link.key)
            && noun.kind == Kind::Word
            && noun.quote.is_none()
            && !noun.capitalised())
        .then_some(noun)
    }

    /// Whether the noun phrase at token `t` is a complement, not a subject:
    /// after a preposition ("Devant les juges"), or "des", "du" right after
    /// a noun ("une recommandation des gendarmes").
    fn complement_at(&self, t: usize) -> bool {
        let tokens = &self.a.tokens;
        let Some(prev) = t.checked_sub(1).map(|p| &tokens[p]) else {
            return false;
        };
        // "adressé aux élus": a preposition joined to its article.
        let joined = is_contracted_article(&tokens[t].key);
        joined
            || prev.kind == Kind::Word
                && (is_preposition(&prev.key)
                    || (is_complement_link(&tokens[t].key)
                        && !prev.capitalised()
                        && !is_function_word(&prev.key)))
    }

    /// "il s'agit" (s'agissait, s'agira), "il faut", "il y a", "il se passe": no one speaks.
    pub(super) fn impersonal(&self, t: usize) -> bool {
        let next: Vec<&str> = self.a.tokens[t + 1..(t + 3).min(self.a.tokens.len())]
            .iter()
            .map(|t| t.key.as_str())
            .collect();
        next.first().is_some_and(|k| is_impersonal_next(k))
            || (next.first() == Some(&"s") && next.get(1).is_some_and(|k| k.starts_with("agi")))
    }
}
