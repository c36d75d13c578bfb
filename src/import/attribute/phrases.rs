//! The noun phrase at an attribution: a name, a pronoun, a role phrase
//! ("le ministre de l'Economie", "un haut responsable"), an organisation's
//! common noun ("the force"), or a speaker preposition ("selon X").

use super::agents::singular_of;
use super::{Ctx, Referent};
use crate::import::lexicon::{
    ends_description, is_auxiliary, is_bare_body, is_body_pronoun, is_complement_link,
    is_definite_article, is_demonstrative, is_demonstrative_person, is_describing_possessive,
    is_description_link, is_determiner, is_function_word, is_indefinite_article,
    is_institution_noun, is_ordinal_role_word, is_organisation_noun, is_other_word,
    is_partitive_one, is_person_pronoun, is_phrase_stop, is_pronoun_before_verb,
    is_relative_pronoun, is_role_noun, is_saying_verb, is_speaker_relative, is_stressed_pronoun,
    is_title_connector, is_title_word,
};
use crate::import::names::EntityKind;
use crate::import::roles::{heads_after, is_plural_person, person_noun_of, role_of};
use crate::import::runs::role_after;
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
            // "», d'après des témoins": the attribution's first word is "d".
            "d" if key(i + 1) == Some("apres") => i + 2,
            "according" if key(i + 1) == Some("to") => i + 2,
            _ => return None,
        };
        let start = *words.get(np)?;
        let sentence = &self.a.sentences[self.a.sentence_of(start)];
        // "Camille Miansoni, procureur de la République, selon qui": the
        // person the relative clause hangs on, the nearest named before it.
        if is_speaker_relative(&tokens[start].key) {
            return self
                .mentions_before(words[i])
                .iter()
                .rev()
                .take_while(|m| m.tokens.start >= sentence.tokens.start)
                .find(|m| {
                    self.ents.list[m.entity].kind == EntityKind::Person
                        && tokens[m.tokens.start].quote.is_none()
                })
                .map(|m| Referent::Entity(m.entity, 0.8));
        }
        // "selon lui", "according to her": whoever the pronoun stands for
        // ("pour lui" is as often who something is for).
        if is_stressed_pronoun(&tokens[start].key) && key(i) != Some("pour") {
            return Some(Referent::Pronoun(start));
        }
        let end = sentence.tokens.end;
        // "selon les dires de la gendarmerie": who said it, when named.
        let named = self
            .speech_noun_speaker(words, np)
            .and_then(|s| self.noun_phrase(words[s], end));
        // "pour l'instant", "pour sa part": not a speaker.
        self.able_to_speak(named.or_else(|| self.noun_phrase(start, end))?)
    }

    /// The phrase `r` when it can speak: a person or an organisation named,
    /// a phrase for a person or a body; not a place, a country or a pronoun.
    pub(super) fn able_to_speak(&self, r: Referent) -> Option<Referent> {
        match r {
            Referent::Entity(e, _)
                if matches!(
                    self.ents.list[e].kind,
                    EntityKind::Person | EntityKind::Organisation
                ) =>
            {
                Some(r)
            }
            Referent::Described(..)
            | Referent::Definite(..)
            | Referent::Titled(..)
            | Referent::Institution(..)
            | Referent::Organisation(..) => Some(r),
            _ => None,
        }
    }

    /// The person named right after a few lower-case words ending on a role
    /// noun from token `from` ("… quarterback C.J. Stroud", "… home affairs
    /// spokesperson Alistair Carmichael"): the name before holds the role
    /// for a team, a party or a firm, and the person speaks.
    fn holder_after(&self, from: usize, end: usize) -> Option<usize> {
        if let Some(j) = role_after(self.a, from).filter(|&j| j < end)
            && let Some(m) = self.ents.at(j + 1).filter(|m| m.tokens.start == j + 1)
            && self.ents.list[m.entity].kind == EntityKind::Person
        {
            return Some(m.entity);
        }
        // "Arsenal's sporting director, Edu Gaspar", "Holocaust survivor Eva
        // Schloss": past an owner's mark, lower-case words ending on a role
        // or a person's noun, and a comma, the person who holds it.
        const REACH: usize = 5;
        let tokens = &self.a.tokens;
        let start = if from > 0 && self.owns_next(from - 1) {
            from + 1
        } else {
            from
        };
        let mut noun = false;
        let window = tokens
            .get(start..(start + REACH).min(end))
            .unwrap_or_default();
        for (j, tok) in (start..).zip(window) {
            if tok.is(',') {
                continue;
            }
            if tok.kind != Kind::Word || tok.quote.is_some() || is_saying_verb(&tok.key) {
                return None;
            }
            if tok.capitalised() {
                let m = self.ents.at(j).filter(|m| m.tokens.start == j)?;
                return (noun && self.ents.list[m.entity].kind == EntityKind::Person)
                    .then_some(m.entity);
            }
            noun = role_of(&tok.key).is_some() || person_noun_of(&tok.key).is_some();
        }
        None
    }

    /// Whether token `j` is the "de" of a narrative infinitive of saying
    /// ("Et le procureur d'ajouter :", "une de ses consœurs de
    /// conclure"): it ends the subject before it, completing nothing.
    pub(super) fn infinitive_link(&self, j: usize) -> bool {
        let tokens = &self.a.tokens;
        tokens.get(j).is_some_and(|t| is_complement_link(&t.key))
            && tokens
                .get(j + 1)
                .is_some_and(|n| n.kind == Kind::Word && is_saying_verb(&n.key))
    }

    /// "one of her brothers", "l'un des témoins": one person of a group,
    /// someone new whom the whole phrase describes.
    fn one_of_a_group(&self, t: usize, end: usize) -> Option<Referent> {
        const REACH: usize = 3;
        let tokens = &self.a.tokens;
        let word = |j: usize| tokens.get(j).filter(|w| w.kind == Kind::Word && j < end);
        if !is_partitive_one(&tokens[t].key)
            || !word(t + 1).is_some_and(|w| is_complement_link(&w.key))
        {
            return None;
        }
        let group = (t + 2..t + 2 + REACH)
            .take_while(|&j| word(j).is_some_and(|w| w.quote.is_none()))
            .find(|&j| is_plural_person(&tokens[j].key))?;
        // "one of the witnesses' lawyers", "l'un des avocats des familles":
        // the group owns or is completed by more; the phrase rules decide.
        let owned = self
            .a
            .chars
            .get(tokens[group].end)
            .is_some_and(|&c| matches!(c, '\'' | '’'));
        let completed = word(group + 1).is_some_and(|w| is_complement_link(&w.key))
            && !self.infinitive_link(group + 1);
        if owned || completed {
            return None;
        }
        // The gold convention for an unnamed speaker is the description
        // without its article, so "one of the unnamed soldiers" is an
        // "unnamed soldier": the determiner goes, the group's noun is singular.
        let first = (t + 2..group)
            .find(|&j| !is_determiner(&tokens[j].key) && !is_describing_possessive(&tokens[j].key))
            .unwrap_or(group);
        let head = self.a.text(tokens[group].start..tokens[group].end);
        let head = singular_of(&head).unwrap_or(head);
        let name = if first < group {
            format!(
                "{} {head}",
                self.a.text(tokens[first].start..tokens[group - 1].end)
            )
        } else {
            head
        };
        Some(Referent::Described(name, group))
    }

    /// Whether the word at `t` owns the next: "team’s" is "team", "s".
    pub(super) fn owns_next(&self, t: usize) -> bool {
        self.a
            .tokens
            .get(t + 1)
            .is_some_and(|n| n.key == "s" && self.after_apostrophe(t + 1))
    }

    /// Whether token `t` follows an apostrophe (apostrophes part words:
    /// "event’s" is "event", "s").
    pub(super) fn after_apostrophe(&self, t: usize) -> bool {
        self.a.tokens[t]
            .start
            .checked_sub(1)
            .is_some_and(|c| matches!(self.a.chars[c], '\'' | '’' | 'ʼ'))
    }

    /// Who the noun phrase starting at token `t` names.
    pub(super) fn noun_phrase(&self, t: usize, end: usize) -> Option<Referent> {
        let tokens = &self.a.tokens;
        if let Some(m) = self.ents.at(t) {
            // "Houston Texans quarterback C.J. Stroud": the role's holder.
            let e = self.holder_after(m.tokens.end, end).unwrap_or(m.entity);
            return Some(Referent::Entity(e, 0.9));
        }
        if let Some(e) = self.titled_name(t, end) {
            return Some(Referent::Entity(e, 0.85));
        }
        let tok = &tokens[t];
        // "the Bank of England said", "a estimé la Haute Autorité de la
        // Communication": an article, then an organisation's whole name.
        if is_determiner(&tok.key)
            && let Some(m) = tokens.get(t + 1).and_then(|_| self.ents.at(t + 1))
            && m.tokens.start == t + 1
            && m.tokens.len() >= 2
            && self.ents.list[m.entity].kind == EntityKind::Organisation
            && !(m.tokens.end..(m.tokens.end + 2).min(end)).any(|j| self.role_follows(j - 1))
        {
            return Some(Referent::Entity(m.entity, 0.85));
        }
        // "affirme celui pour qui …" after a verb stands for a person as
        // "il" does.
        if is_person_pronoun(&tok.key) || is_demonstrative_person(&tok.key) {
            return Some(Referent::Pronoun(t));
        }
        if is_body_pronoun(&tok.key) {
            return Some(Referent::BodyPronoun(t));
        }
        if let Some(r) = self
            .one_of_a_group(t, end)
            .or_else(|| self.one_of_those_described(t, end))
        {
            return Some(r);
        }
        // Headlines drop the article: "envoy warns".
        let paragraph = self.a.sentences[self.a.sentence_of(t)].paragraph;
        let bare = self.a.paragraphs[paragraph].heading && role_of(&tok.key).is_some();
        // "police said", "officials said": a group named by a bare plural.
        let next_is_verb = tokens.get(t + 1).is_some_and(|n| {
            n.kind == Kind::Word && (is_saying_verb(&n.key) || is_auxiliary(&n.key))
        });
        if !is_determiner(&tok.key)
            && next_is_verb
            && (is_bare_body(&tok.key) || is_plural_person(&tok.key))
        {
            return Some(Referent::Described(tok.key.clone(), t));
        }
        // "his wife said", "their lawyer said": someone described by their
        // relation to another, someone new.
        let possessive = is_describing_possessive(&tok.key);
        if !is_determiner(&tok.key) && !bare && !possessive {
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
        if let Some(r) = self
            .body_after_article(t, end)
            .or_else(|| self.another_of_those_described(t))
        {
            return Some(r);
        }
        // "the force said", "the news agency said", "the sheriff's office
        // said": an organisation by its common noun, unless a role noun
        // after it heads the phrase, it owns what follows ("the team's
        // coach") or qualifies another body's noun ("the city statement").
        if is_definite_article(&tok.key)
            && let Some(noun) = (t + 1..(t + 4).min(end)).find(|&j| {
                tokens[j].kind == Kind::Word
                    && is_organisation_noun(&tokens[j].key)
                    && !self.owns_next(j)
                    && !tokens.get(j + 1).is_some_and(|n| {
                        n.kind == Kind::Word
                            && (is_institution_noun(&n.key) || is_organisation_noun(&n.key))
                    })
            })
            // "the Israeli military": a capitalised word before the noun
            // qualifies it, unless it names someone.
            && (t + 1..noun).all(|j| {
                tokens[j].kind == Kind::Word
                    && !is_function_word(&tokens[j].key)
                    && (!tokens[j].capitalised() || self.ents.at(j).is_none())
            })
            && !self.role_follows(noun)
        {
            return Some(self.organisation_or_body(t, noun, end));
        }
        if let Some(r) = self.institution(t, end) {
            return Some(r);
        }
        // A role within the first words: "le ministre", "un haut responsable".
        let first = if bare { t } else { t + 1 };
        let mut j = first;
        let mut role: Option<(String, usize)> = None;
        let mut complement = false;
        // The noun is a person's, not a role's: "un homme", "a neighbour".
        let mut person = false;
        let mut last = t;
        // A name of several words before the role counts as one word: "the
        // Teesside Crown Court judge".
        let name_words = self
            .ents
            .at(first)
            .filter(|m| m.tokens.start == first)
            .map_or(0, |m| m.tokens.len() - 1);
        // So does an owner before it: "the club's sporting director".
        let owner_words = if (first..(first + 2).min(end)).any(|i| self.owns_next(i)) {
            2
        } else {
            0
        };
        while j < end && tokens[j].kind == Kind::Word && tokens[j].quote.is_none() {
            let k = tokens[j].key.as_str();
            // "the boy's father": a noun owning the next is no head.
            if role.is_none() && j <= t + 3 + name_words + owner_words && !self.owns_next(j) {
                if let Some(r) = role_of(k).or_else(|| self.qualifier_heading(j)) {
                    role = Some((r, j));
                } else if let Some(r) = person_noun_of(k).filter(|_| self.heads_description(t, j)) {
                    // "un jeune homme": the later noun heads the description.
                    role = match tokens.get(j + 1) {
                        Some(n) if n.kind == Kind::Word && heads_after(&n.key) => {
                            Some((n.key.clone(), j + 1))
                        }
                        _ => Some((r, j)),
                    };
                    person = true;
                } else if is_plural_person(k) && self.heads_description(t, j) {
                    // "les policiers": a group the lexicon has in the singular.
                    role = Some((k.to_string(), j));
                    person = true;
                }
            }
            // "une personne qui souhaite garder l'anonymat": the relative
            // clause belongs to the description of someone new.
            if j > t + 1 && person && is_relative_pronoun(k) && is_indefinite_article(&tok.key) {
                if let Some(e) = self.relative_clause_end(t, j, end) {
                    last = e;
                }
                break;
            }
            // "a person close to the talks": a stop right after a word that
            // opens a description goes on with it.
            let stop = is_phrase_stop(k) && !is_description_link(&tokens[j - 1].key);
            // "les habitants l'ont interpellé": a pronoun before the verb
            // is its object, past the subject's end.
            let clitic = is_pronoun_before_verb(k)
                && tokens
                    .get(j + 1)
                    .is_some_and(|n| is_auxiliary(&n.key) || is_saying_verb(&n.key));
            if j > t + 1
                && (is_saying_verb(k)
                    || is_auxiliary(k)
                    || stop
                    || clitic
                    || self.infinitive_link(j))
            {
                break;
            }
            if person
                && role.as_ref().is_some_and(|&(_, at)| j > at)
                && ends_description(&tokens[j].text)
            {
                break;
            }
            if role.is_some() && is_complement_link(k) {
                complement = true;
            }
            // "the event’s organizer", "the club's director": whose role
            // it is, said before it, as specific as "of the event" after it.
            if role.is_none() && k == "s" && self.after_apostrophe(j) {
                complement = true;
            }
            // A name inside the phrase is who it is: "le ministre ... John Healey".
            // Not a name the phrase's noun is of: "cet habitant d'Anderlecht".
            if let Some(m) = self.ents.at(j)
                && self.ents.list[m.entity].kind == EntityKind::Person
                && role.is_some()
                && !self.noun_complement(m.tokens.start)
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
        // "les policiers", "officials": a group is someone new, never the
        // one person in focus.
        if is_plural_person(&tokens[at].key) {
            let name = self.a.text(tokens[first].start..tokens[last].end);
            return Some(Referent::Described(name, at));
        }
        // "cet homme" points back as "l'homme" does; "cet autre témoin" is new.
        let pointing = person
            && is_demonstrative(&tok.key)
            && !(first..=last).any(|i| is_other_word(&tokens[i].key));
        let definite = bare || pointing || is_definite_article(&tok.key);
        let name = self.a.text(tokens[first].start..tokens[last].end);
        // "la mère de la victime": a person noun with a complement is someone
        // new, never the person in focus as a role phrase would be.
        if person && (!definite || complement) {
            return Some(Referent::Described(name, at));
        }
        // "le politologue" points back; "le président de la commission des
        // Affaires sociales" is specific enough to be someone new, unless a
        // person was given that role.
        let known_role = self.roles.iter().any(|g| g.role == role);
        // "le procureur", "the judge": an office no one was named in speaks
        // for its body.
        if definite && !known_role && !person && self.office_speaks_for_body(&role) {
            return Some(self.institution_phrase(first, at, end));
        }
        if definite && (!complement || known_role) {
            return Some(Referent::Definite(role, at));
        }
        if definite {
            return Some(Referent::Titled(role, name, at));
        }
        Some(Referent::Described(name, at))
    }

    /// "the police chief", "the hospital director": a role or person noun
    /// right after the noun at `noun` heads the phrase (English puts the
    /// head last), which names a person, not the body.
    pub(super) fn role_follows(&self, noun: usize) -> bool {
        self.a.tokens.get(noun + 1).is_some_and(|n| {
            n.kind == Kind::Word
                && n.quote.is_none()
                && (is_role_noun(&n.key) || person_noun_of(&n.key).is_some())
        })
    }

    /// "the police chief said", "the head said": a word that qualifies a
    /// role ("chief executive", "haut responsable") names the role itself
    /// when no role noun follows it.
    fn qualifier_heading(&self, j: usize) -> Option<String> {
        let tokens = &self.a.tokens;
        let k = tokens[j].key.as_str();
        let qualifies_next = tokens
            .get(j + 1)
            .is_some_and(|n| n.kind == Kind::Word && is_role_noun(&n.key));
        // "la première face à un ténor": an ordinal in lower case before a
        // noun is no role of its own ("le Premier" in capitals is, and "le
        // premier a déclaré", "le premier s'est fait" stand for someone).
        let ordinal = is_ordinal_role_word(k)
            && !tokens[j].capitalised()
            && tokens.get(j + 1).is_some_and(|n| {
                n.kind == Kind::Word
                    && n.key.chars().count() >= 3
                    && !is_auxiliary(&n.key)
                    && !is_saying_verb(&n.key)
            });
        (is_role_noun(k) && !qualifies_next && !ordinal).then(|| k.to_string())
    }

    /// Whether the person noun at `noun` heads the phrase opened by the
    /// determiner at `t`: in lower case (a capital makes it part of a name,
    /// "Worker Adjustment Act"), and only qualifying words between ("un jeune
    /// homme", "an autistic man"), no preposition or verb ("un appel à
    /// témoins"); the determiner not a French "à".
    pub(super) fn heads_description(&self, t: usize, noun: usize) -> bool {
        let tokens = &self.a.tokens;
        // "à" folds to the English article "a": an accent says it is none.
        let article = tokens[t].text.to_lowercase() == tokens[t].key;
        article
            && !tokens[noun].capitalised()
            && (t + 1..noun).all(|i| {
                let k = tokens[i].key.as_str();
                tokens[i].kind == Kind::Word
                    && !is_function_word(k)
                    && !is_complement_link(k)
                    && !is_phrase_stop(k)
                    && !is_auxiliary(k)
            })
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
