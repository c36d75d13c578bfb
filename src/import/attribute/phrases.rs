//! The noun phrase at an attribution: a name, a pronoun, a role phrase
//! ("le ministre de l'Economie", "un haut responsable"), an organisation's
//! common noun ("the force"), or a speaker preposition ("selon X").

use super::{Ctx, Referent};
use crate::import::lexicon::{
    is_auxiliary, is_complement_link, is_definite_article, is_determiner, is_function_word,
    is_organisation_noun, is_person_pronoun, is_phrase_stop, is_saying_verb, is_title_connector,
    is_title_word,
};
use crate::import::names::EntityKind;
use crate::import::roles::role_of;
use crate::import::segment::Kind;
use std::ops::Range;

impl Ctx<'_> {
    /// "selon X", "d'après X", "pour X", "according to X" at `words[i]`.
    pub(super) fn preposition_at(&self, words: &[usize], i: usize) -> Option<Referent> {
        let tokens = &self.a.tokens;
        let key = |j: usize| words.get(j).map(|&t| tokens[t].key.as_str());
        let np = match key(i)? {
            "selon" | "pour" => i + 1,
            "apres" if i > 0 && key(i - 1) == Some("d") => i + 1,
            "according" if key(i + 1) == Some("to") => i + 2,
            _ => return None,
        };
        let start = *words.get(np)?;
        let end = self.a.sentences[self.a.sentence_of(start)].tokens.end;
        match self.noun_phrase(start, end)? {
            // "pour l'instant", "pour sa part": not a speaker.
            Referent::Entity(e, c)
                if matches!(
                    self.ents.list[e].kind,
                    EntityKind::Person | EntityKind::Organisation
                ) =>
            {
                Some(Referent::Entity(e, c))
            }
            r @ (Referent::Described(..) | Referent::Definite(..) | Referent::Titled(..)) => {
                Some(r)
            }
            _ => None,
        }
    }

    /// Who the noun phrase starting at token `t` names.
    pub(super) fn noun_phrase(&self, t: usize, end: usize) -> Option<Referent> {
        let tokens = &self.a.tokens;
        if let Some(m) = self.ents.at(t) {
            return Some(Referent::Entity(m.entity, 0.9));
        }
        if let Some(e) = self.titled_name(t, end) {
            return Some(Referent::Entity(e, 0.85));
        }
        let tok = &tokens[t];
        if is_person_pronoun(&tok.key) {
            return Some(Referent::Pronoun(t));
        }
        // Headlines drop the article: "envoy warns".
        let paragraph = self.a.sentences[self.a.sentence_of(t)].paragraph;
        let bare = self.a.paragraphs[paragraph].heading && role_of(&tok.key).is_some();
        if !is_determiner(&tok.key) && !bare {
            return None;
        }
        // "a protesté le chef de l'Etat": "a" is the auxiliary, not an article.
        if is_auxiliary(&tok.key)
            && tokens
                .get(t + 1)
                .is_some_and(|n| n.kind == Kind::Word && is_saying_verb(&n.key))
        {
            return None;
        }
        // "the force said": an organisation by its common noun.
        if let Some(next) = tokens.get(t + 1)
            && next.kind == Kind::Word
            && is_organisation_noun(&next.key)
            && is_definite_article(&tok.key)
        {
            return Some(Referent::Organisation(t));
        }
        // A role within the first words: "le ministre", "un haut responsable".
        let first = if bare { t } else { t + 1 };
        let mut j = first;
        let mut role: Option<(String, usize)> = None;
        let mut complement = false;
        let mut last = t;
        while j < end && tokens[j].kind == Kind::Word && tokens[j].quote.is_none() {
            let k = tokens[j].key.as_str();
            if role.is_none()
                && j <= t + 3
                && let Some(r) = role_of(k)
            {
                role = Some((r, j));
            }
            if j > t + 1 && (is_saying_verb(k) || is_auxiliary(k) || is_phrase_stop(k)) {
                break;
            }
            if role.is_some() && is_complement_link(k) {
                complement = true;
            }
            // A name inside the phrase is who it is: "le ministre ... John Healey".
            if let Some(m) = self.ents.at(j)
                && self.ents.list[m.entity].kind == EntityKind::Person
                && role.is_some()
            {
                return Some(Referent::Entity(m.entity, 0.85));
            }
            last = j;
            j += 1;
        }
        let (role, at) = role?;
        // An apposition names them: "le secrétaire général de l'Alliance, Henrik Solberg".
        if j < end
            && tokens[j].is(',')
            && let Some(m) = self.ents.at(j + 1)
            && self.ents.list[m.entity].kind == EntityKind::Person
        {
            return Some(Referent::Entity(m.entity, 0.85));
        }
        let definite = bare || is_definite_article(&tok.key);
        // "le politologue" points back; "le président de la commission des
        // Affaires sociales" is specific enough to be someone new, unless a
        // person was given that role.
        let known_role = self.roles.iter().any(|g| g.role == role);
        if definite && (!complement || known_role) {
            return Some(Referent::Definite(role, at));
        }
        let name = self.a.text(tokens[first].start..tokens[last].end);
        if definite {
            return Some(Referent::Titled(role, name, at));
        }
        Some(Referent::Described(name, at))
    }

    /// "Mayor Sandy Stimpson", "Minister for Communication and Information
    /// Technology Rekha Sharma": a title in capitals from token `t` (its
    /// connectors in lower case, organisations named inside it), holding a
    /// role word, then the person it belongs to.
    fn titled_name(&self, t: usize, end: usize) -> Option<usize> {
        const REACH: usize = 16;
        let tokens = &self.a.tokens;
        let mut titled = false;
        let mut j = t;
        while j < end.min(t + REACH) {
            let tok = &tokens[j];
            if tok.kind != Kind::Word || tok.quote.is_some() {
                return None;
            }
            if let Some(m) = self.ents.at(j) {
                if self.ents.list[m.entity].kind == EntityKind::Person {
                    return titled.then_some(m.entity);
                }
                j = m.tokens.end;
                continue;
            }
            if tok.capitalised() {
                titled |= is_title_word(&tok.key) || role_of(&tok.key).is_some();
            } else if j == t || !is_title_connector(&tok.key) {
                return None;
            }
            j += 1;
        }
        None
    }

    /// "Valdis Dombrovskis, Vice-President for …, also in charge of Financial
    /// Stability, said": an apposition set off by commas between the subject
    /// and its verb. The person before the first comma is the subject,
    /// whatever capitalised names the apposition holds.
    pub(super) fn apposition_head(&self, range: Range<usize>) -> Option<usize> {
        let tokens = &self.a.tokens;
        let last = (range.start..range.end)
            .rev()
            .find(|&t| !(tokens[t].kind == Kind::Word && is_auxiliary(&tokens[t].key)))?;
        if !tokens[last].is(',') {
            return None;
        }
        self.ents
            .mentions
            .iter()
            .skip_while(|m| m.tokens.start < range.start)
            .take_while(|m| m.tokens.end < last)
            .find(|m| {
                let opens = m.tokens.start == range.start
                    || tokens[m.tokens.start - 1].is(',')
                    || self.described_before(range.start..m.tokens.start);
                self.ents.list[m.entity].kind == EntityKind::Person
                    && tokens[m.tokens.start].quote.is_none()
                    && opens
                    && tokens[m.tokens.end].is(',')
            })
            .map(|m| m.entity)
    }

    /// "Billionaire activist investor Nelson Peltz, who …, said": the words
    /// before a name at the head of the clause describe them (a few words,
    /// none a preposition or other function word but an article), so the
    /// name still opens the subject.
    fn described_before(&self, range: Range<usize>) -> bool {
        const MAX: usize = 5;
        let tokens = &self.a.tokens;
        range.len() <= MAX
            && range.clone().all(|t| {
                let tok = &tokens[t];
                tok.kind == Kind::Word
                    && tok.quote.is_none()
                    && self.ents.at(t).is_none()
                    && (is_determiner(&tok.key) || !is_function_word(&tok.key))
                    && !is_saying_verb(&tok.key)
            })
    }
}
