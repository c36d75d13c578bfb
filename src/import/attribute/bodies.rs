//! Noun phrases for speakers that are bodies or unnamed people: a body named
//! by a common noun and its complements ("le parquet de Paris", "the
//! report"), by its acronym or its organisation's name after an article ("the FDA
//! said", "par la HAAC"), a ministry named by its phrase, an office that
//! speaks for its body ("le procureur"), a relative clause that belongs to a
//! description ("une personne qui souhaite garder l'anonymat"), and "un
//! autre" with no noun, which is another of the people just described.

use super::agents::singular_of;
use super::{Ctx, Referent};
use crate::import::lexicon::{
    is_auxiliary, is_claim_noun, is_complement_link, is_definite_article, is_determiner,
    is_function_word, is_indefinite_article, is_institution_noun, is_listener_preposition,
    is_office_noun, is_other_word, is_partitive_group, is_partitive_one, is_phrase_stop,
    is_saying_verb, is_speech_noun, is_speech_noun_link, is_title_connector, is_verb_filler,
    role_abbreviation,
};
use crate::import::names::{EntityKind, Mention};
use crate::import::roles::{person_noun_of, role_of};
use crate::import::runs::is_acronym;
use crate::import::segment::Kind;
use crate::text::fold_key;

impl Ctx<'_> {
    /// "le parquet de Paris", "the port operator", "l'autopsie": a body or
    /// a document named by a common noun right after the determiner at `t`
    /// (one qualifying word may come between), with no role before it.
    pub(super) fn institution(&self, t: usize, end: usize) -> Option<Referent> {
        let tokens = &self.a.tokens;
        let noun = (t + 1..(t + 3).min(end))
            .find(|&j| tokens[j].kind == Kind::Word && is_institution_noun(&tokens[j].key))?;
        let before_ok = (t + 1..noun).all(|j| {
            let k = tokens[j].key.as_str();
            role_of(k).is_none() && person_noun_of(k).is_none()
        });
        // "the family's lawyer": a noun owning the next heads nothing.
        if !before_ok
            || !self.heads_description(t, noun)
            || self.role_follows(noun)
            || self.owns_next(noun)
        {
            return None;
        }
        // "An RGP statement", "a UN report": an acronym before the noun
        // names who speaks through it.
        let acronym = self.a.text(tokens[t + 1].start..tokens[t + 1].end);
        if noun == t + 2 && is_acronym(&acronym) {
            return Some(Referent::Institution(acronym, noun, false));
        }
        Some(self.institution_phrase(t + 1, noun, end))
    }

    /// The phrase a body's noun at `noun` heads, from its first word after
    /// any article, `first` (a headline's bare "Judge" has none): the noun
    /// and its complements ("parquet de Paris").
    pub(super) fn institution_phrase(&self, first: usize, noun: usize, end: usize) -> Referent {
        let tokens = &self.a.tokens;
        let mut last = noun;
        let mut complement = false;
        let mut j = noun + 1;
        while j < end && tokens[j].kind == Kind::Word && tokens[j].quote.is_none() {
            let k = tokens[j].key.as_str();
            if is_saying_verb(k) || is_auxiliary(k) || is_phrase_stop(k) || self.infinitive_link(j)
            {
                break;
            }
            // Only a complement continues the phrase ("de Paris", "du maire",
            // "de la Somme"), and after its noun only a name in capitals or
            // another complement: "le parquet de Paris auprès de l'AFP" stops.
            let link = is_complement_link(k) || is_title_connector(k);
            let content = j > noun + 1 && !is_complement_link(&tokens[j - 1].key);
            let link_before =
                is_complement_link(&tokens[j - 1].key) || is_title_connector(&tokens[j - 1].key);
            if !(link || link_before || content && tokens[j].capitalised()) {
                break;
            }
            complement = true;
            last = j;
            j += 1;
        }
        let name = self.a.text(tokens[first].start..tokens[last].end);
        Referent::Institution(name, noun, complement)
    }

    /// The phrase an institution noun at token `at` had where it was last
    /// named with a complement before it ("la préfecture de la Somme" for a
    /// later "la préfecture").
    pub(super) fn institution_named_before(&self, at: usize) -> Option<String> {
        let tokens = &self.a.tokens;
        let key = tokens[at].key.as_str();
        let earlier = (0..at).rev().find(|&j| {
            tokens[j].key == key
                && tokens[j].quote.is_none()
                && tokens
                    .get(j + 1)
                    .is_some_and(|n| n.kind == Kind::Word && is_complement_link(&n.key))
        })?;
        let det = earlier.checked_sub(1)?;
        let sentence_end = self.a.sentences[self.a.sentence_of(earlier)].tokens.end;
        match self.institution(det, sentence_end)? {
            Referent::Institution(name, _, true) => Some(name),
            _ => None,
        }
    }

    /// "la HAAC", "the FDA said": a definite article right before an
    /// organisation's name that ends the phrase, or before an acronym that
    /// a verb of saying follows, names that body; not after "à" ("a
    /// indiqué à l'AFP le maire": who is told).
    pub(super) fn body_after_article(&self, t: usize, end: usize) -> Option<Referent> {
        let tokens = &self.a.tokens;
        let next = t + 1;
        let told = t.checked_sub(1).is_some_and(|p| {
            tokens[p].kind == Kind::Word && is_listener_preposition(&tokens[p].key)
        });
        if next >= end || told || !is_definite_article(&tokens[t].key) {
            return None;
        }
        let ends_phrase = |after: usize| {
            tokens.get(after).is_none_or(|n| {
                n.kind != Kind::Word || is_saying_verb(&n.key) || is_auxiliary(&n.key)
            })
        };
        if let Some(m) = self.ents.at(next)
            && self.ents.list[m.entity].kind == EntityKind::Organisation
            && ends_phrase(m.tokens.end)
        {
            return Some(Referent::Entity(m.entity, 0.85));
        }
        let acronym = &tokens[next].text;
        let verb_follows = tokens.get(next + 1).is_some_and(|n| {
            n.kind == Kind::Word && (is_saying_verb(&n.key) || is_auxiliary(&n.key))
        });
        // "the CM said": a role's initials are no body's.
        let role = role_abbreviation(&tokens[next].key).is_some();
        (tokens[next].kind == Kind::Word && is_acronym(acronym) && verb_follows && !role)
            .then(|| Referent::Institution(acronym.clone(), next, false))
    }

    /// "le ministère des Affaires étrangères", "the ministry": an
    /// organisation's common noun at `noun` (its article at `t`) stands for
    /// the organisation last named, unless a complement in capitals names
    /// the body itself or no organisation was named before it.
    pub(super) fn organisation_or_body(&self, t: usize, noun: usize, end: usize) -> Referent {
        // "the charity Asthma UK": an organisation named right after the
        // noun is the one it stands for.
        if let Some(m) = self
            .ents
            .at(noun + 1)
            .filter(|m| m.tokens.start == noun + 1)
            && noun + 1 < end
            && self.ents.list[m.entity].kind == EntityKind::Organisation
        {
            return Referent::Entity(m.entity, 0.85);
        }
        let phrase = self.institution_phrase(t + 1, noun, end);
        let named = matches!(&phrase, Referent::Institution(name, _, true)
            if name
                .split_whitespace()
                .skip(1)
                .any(|w| w.chars().next().is_some_and(char::is_uppercase)));
        match self.organisation_named_before(t, noun) {
            Some(e) if !named => Referent::Organisation(e),
            _ => phrase,
        }
    }

    /// The organisation that "the union" at `t`, its noun at `noun`, stands
    /// for: the last one named before whose name has the noun ("the Labour
    /// Party" for "the party"), else the last one named. Not a body itself
    /// named by another common noun: after "the union said", "the
    /// department" is someone else; nor one only a headline names.
    fn organisation_named_before(&self, t: usize, noun: usize) -> Option<usize> {
        let tokens = &self.a.tokens;
        let key = &tokens[noun].key;
        let named: Vec<_> = self
            .mentions_before(t)
            .iter()
            .rev()
            .filter(|m| {
                let e = &self.ents.list[m.entity];
                // A headline's capitals make no name the body did not give
                // ("Union anger at plan", then "the union said").
                let sentence = &self.a.sentences[self.a.sentence_of(m.tokens.start)];
                m.tokens.end <= t
                    && !self.a.paragraphs[sentence.paragraph].heading
                    && tokens[m.tokens.start].quote.is_none()
                    && e.kind == EntityKind::Organisation
                    && (!e.anonymous || fold_key(&e.name).split(' ').any(|w| w == key))
            })
            .collect();
        let has_noun = |m: &&&Mention| tokens[m.tokens.clone()].iter().any(|w| &w.key == key);
        named
            .iter()
            .find(has_noun)
            .or_else(|| named.first())
            .map(|m| m.entity)
    }

    /// The last word of a relative clause opened at `rel` ("qui souhaite
    /// aussi garder l'anonymat"), running to the next mark or to `end`,
    /// when the description it ends (its determiner at `det`) is the
    /// subject right after a verb of saying ("», raconte une personne qui
    /// …"); elsewhere the clause may report what they said ("confirmed by
    /// a shopkeeper who said the water rose").
    pub(super) fn relative_clause_end(&self, det: usize, rel: usize, end: usize) -> Option<usize> {
        let tokens = &self.a.tokens;
        let after_verb = (0..det)
            .rev()
            .find(|&t| !(tokens[t].kind == Kind::Word && is_verb_filler(&tokens[t].key)))
            .is_some_and(|t| tokens[t].kind == Kind::Word && is_saying_verb(&tokens[t].key));
        if !after_verb {
            return None;
        }
        (rel + 1..end)
            .take_while(|&i| tokens[i].kind == Kind::Word && tokens[i].quote.is_none())
            .last()
    }

    /// "D'ajouter pour un autre": an indefinite article and "autre" with no
    /// noun after them is another of the unnamed people described just
    /// before (in this paragraph or the one before), named by their noun:
    /// "autre travailleur".
    pub(super) fn another_of_those_described(&self, t: usize) -> Option<Referent> {
        let tokens = &self.a.tokens;
        let other = t + 1;
        let elliptic = is_indefinite_article(&tokens[t].key)
            && tokens
                .get(other)
                .is_some_and(|o| o.kind == Kind::Word && is_other_word(&o.key))
            && tokens.get(other + 1).is_none_or(|n| {
                n.kind != Kind::Word
                    || n.quote.is_some()
                    || is_function_word(&n.key)
                    || is_saying_verb(&n.key)
            });
        if !elliptic {
            return None;
        }
        let noun = self.group_described_before(t)?;
        let name = format!("{} {noun}", tokens[other].text);
        Some(Referent::Described(name, other))
    }

    /// "l'un d'eux", "one of them" (`t` at "un", "one"): one of the unnamed
    /// people described just before, by their noun in the singular.
    pub(super) fn one_of_those_described(&self, t: usize, end: usize) -> Option<Referent> {
        let tokens = &self.a.tokens;
        let word = |j: usize| tokens.get(j).filter(|w| w.kind == Kind::Word && j < end);
        let them = t + 2;
        if !is_partitive_one(&tokens[t].key)
            || !word(t + 1).is_some_and(|w| is_complement_link(&w.key))
            || !word(them).is_some_and(|w| is_partitive_group(&w.key))
        {
            return None;
        }
        Some(Referent::Described(self.group_described_before(t)?, them))
    }

    /// The noun, in the singular, of the unnamed people last described
    /// before token `t` (in its paragraph or the one before): "prévenu"
    /// after "les prévenus".
    fn group_described_before(&self, t: usize) -> Option<String> {
        let tokens = &self.a.tokens;
        let paragraph = |at: usize| self.a.sentences[self.a.sentence_of(at)].paragraph;
        let here = paragraph(t);
        let m = self
            .mentions_before(t)
            .iter()
            .rev()
            .take_while(|m| paragraph(m.tokens.start) + 1 >= here)
            .find(|m| {
                let key = &tokens[m.tokens.start].key;
                let e = &self.ents.list[m.entity];
                e.anonymous
                    && e.kind == EntityKind::Person
                    && (person_noun_of(key).is_some() || role_of(key).is_some())
            })?;
        // "les prévenus … un autre": one of them, so the noun in the singular.
        let noun = &tokens[m.tokens.start].text;
        Some(singular_of(noun).unwrap_or_else(|| noun.clone()))
    }

    /// "selon les dires de la gendarmerie", "according to a statement from
    /// Ardagh": after a determiner and a noun for what was said, the index
    /// in `words` of the phrase after its link, which names the speaker.
    pub(super) fn speech_noun_speaker(&self, words: &[usize], np: usize) -> Option<usize> {
        let key = |i: usize| words.get(i).map(|&t| self.a.tokens[t].key.as_str());
        let noun = if key(np).is_some_and(is_determiner) {
            np + 1
        } else {
            np
        };
        (key(noun).is_some_and(is_speech_noun)
            && key(noun + 1).is_some_and(is_speech_noun_link)
            && words.get(noun + 2).is_some())
        .then_some(noun + 2)
    }

    /// "the BJP's allegations that … “…”", "les accusations du BJP selon
    /// lesquelles « … »": the owner of a claim at `words[i]`, a person or a
    /// body named right before it with a possessive or right after it with a
    /// link, says what the claim quotes.
    pub(super) fn claim_owner(&self, words: &[usize], i: usize) -> Option<Referent> {
        let tokens = &self.a.tokens;
        let key = |j: usize| words.get(j).map(|&t| tokens[t].key.as_str());
        if !key(i).is_some_and(is_claim_noun) {
            return None;
        }
        let owner = if i >= 2 && key(i - 1) == Some("s") {
            self.ents.at(words[i - 2])
        } else if key(i + 1).is_some_and(is_speech_noun_link) {
            // Past an article: "the warning from the Met Office".
            let n = if key(i + 2).is_some_and(is_determiner) {
                i + 3
            } else {
                i + 2
            };
            self.ents
                .at(*words.get(n)?)
                .filter(|m| m.tokens.start == words[n])
        } else {
            None
        }?;
        matches!(
            self.ents.list[owner.entity].kind,
            EntityKind::Person | EntityKind::Organisation
        )
        .then_some(Referent::Entity(owner.entity, 0.75))
    }

    /// "A statement issued on behalf of the council said", "a statement
    /// from the ministry said": a statement as the subject, and who issued
    /// it named after a link a few words on. The phrase after the link, when
    /// a verb of saying follows it closely.
    /// `words` run up to the verb (`verb_after`) or on past it.
    pub(super) fn issued_statement(&self, words: &[usize], verb_after: bool) -> Option<Referent> {
        const LINK_REACH: usize = 6;
        const VERB_REACH: usize = 5;
        let tokens = &self.a.tokens;
        let key = |i: usize| words.get(i).map(|&t| tokens[t].key.as_str());
        if !(key(0).is_some_and(is_determiner) && key(1).is_some_and(is_speech_noun)) {
            return None;
        }
        let link = (2..LINK_REACH.min(words.len()))
            .take_while(|&i| key(i).is_some_and(|k| !is_saying_verb(k)))
            .find(|&i| key(i).is_some_and(is_speech_noun_link))?;
        // "du ministère": the link is also the phrase's article.
        let np = if key(link).is_some_and(is_determiner) {
            link
        } else {
            link + 1
        };
        let verb = if verb_after {
            words.len()
        } else {
            (np + 1..(np + VERB_REACH).min(words.len()))
                .find(|&i| key(i).is_some_and(is_saying_verb))?
        };
        if verb > np + VERB_REACH {
            return None;
        }
        let end = words.get(verb).map_or(words.last()? + 1, |&t| t);
        self.able_to_speak(self.noun_phrase(*words.get(np)?, end)?)
    }

    /// Whether an office that no one was named in ("le procureur") speaks
    /// for its body: not when someone in the article holds an office, as a
    /// role or a title before their name ("Recorder Caroline Goodwin" is
    /// "the judge").
    pub(super) fn office_speaks_for_body(&self, role: &str) -> bool {
        let tokens = &self.a.tokens;
        let titled = self.ents.mentions.iter().any(|m| {
            self.ents.list[m.entity].kind == EntityKind::Person
                && m.tokens
                    .start
                    .checked_sub(1)
                    .is_some_and(|p| tokens[p].kind == Kind::Word && is_office_noun(&tokens[p].key))
        });
        is_office_noun(role) && !titled && !self.roles.iter().any(|g| is_office_noun(&g.role))
    }
}
