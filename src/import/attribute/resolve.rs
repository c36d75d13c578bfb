//! Who a referent stands for: a pronoun the last person named, a role the
//! person given it or the person in focus, "the force" the organisation last
//! named, a description someone new.

use super::{Ctx, Referent, Resolved};
use crate::import::lexicon::{
    is_auxiliary, is_bare_body, is_be_form, is_complementizer, is_definite_article,
    is_female_pronoun, is_group_pronoun, is_indefinite_article, is_person_possessive,
    is_person_pronoun, is_subordinator, role_abbreviation,
};
use crate::import::names::{Entity, EntityKind, Mention};
use crate::import::roles::{GivenRole, is_former, is_plural_person, person_noun_of, role_of};
use crate::import::segment::Kind;
use crate::text::fold_key;
use std::ops::Range;

/// The rule that names someone unnamed by a noun for a person.
const PERSON_DESCRIBED: &str = "someone unnamed, described by a noun for a person (un homme, a neighbour): the description without its article";

/// The rule that names a body or a document by its common noun.
const INSTITUTION: &str = "a body or a document named by a common noun (le parquet de Paris, the report): the phrase without its article";

impl Ctx<'_> {
    /// The entity a referent stands for, with a confidence.
    pub(super) fn resolve(&mut self, r: Referent) -> Option<Resolved> {
        match r {
            Referent::Entity(e, c) => Some(Resolved::new(e, c)),
            Referent::Pronoun(p) => {
                let female = Some(is_female_pronoun(&self.a.tokens[p].key));
                let found = self.pronoun(p).or_else(|| {
                    self.mentions_before(p)
                        .iter()
                        .rev()
                        .filter(|m| {
                            m.tokens.end <= p && self.a.tokens[m.tokens.start].quote.is_none()
                        })
                        .find(|m| {
                            self.ents.list[m.entity].kind == EntityKind::Person
                                && self.gender_agrees(m.entity, female)
                        })
                        .map(|m| Resolved::new(m.entity, 0.8))
                });
                if let Some(r) = &found {
                    self.learn_gender(r.entity, p);
                }
                found
            }
            Referent::BodyPronoun(p) => {
                let r = self.body_antecedent(p)?;
                self.resolve(r).map(|r| {
                    r.by("it, they: the body or group the nearest sentence opens on or names first")
                })
            }
            Referent::Definite(role, at) => {
                // The person last given that role before it, or else first
                // after it (a headline comes before the name); else someone
                // unnamed introduced by that role ("a secretary … said"); else
                // whoever spoke last; else someone new, described by the role.
                // "the CM": only the one given the role its initials stand
                // for ("Chief Minister X", "CM X"), not the "Prime Minister".
                let given = self.role_holder(&role, at);
                let found = given
                    .map(|e| Resolved::new(e, 0.75))
                    .or_else(|| self.described_as(&role, at));
                if found.is_none()
                    && let Some((name, t)) = self.introduced_as(&role, at)
                {
                    return self.resolve(Referent::Described(name, t)).map(|r| {
                        r.by("a role noun: the unnamed person an earlier phrase introduced by that role (an area resident … the resident)")
                    });
                }
                // "la ministre" is never a man known as one.
                let female = self.phrase_gender(at);
                // "Silvio Proto s'est alors présenté. « … », regrette le
                // capitaine": one the paragraph just named as its subject
                // goes before the last speaker.
                // Someone unnamed known by another role ("son avocat") is
                // not "le président".
                let may_hold = |e: usize| {
                    self.gender_agrees(e, female) && !self.unnamed_with_another_role(e, &role)
                };
                let introduced = || {
                    self.named_subject_before(at)
                        .filter(|&e| may_hold(e))
                        .map(|e| Resolved::new(e, 0.7))
                };
                found
                    .or_else(introduced)
                    .or(self
                        .salient
                        .filter(|&e| may_hold(e))
                        .map(|e| Resolved::new(e, 0.7)))
                    .or_else(|| {
                        self.in_focus_for(&role)
                            .filter(|r| self.gender_agrees(r.entity, female))
                    })
                    .or_else(|| {
                        // "the former Nurnberg coach said": no one is
                        // introduced by a role they no longer hold; nor is
                        // anyone by "l'intéressée", "the man", which point
                        // back at the one just spoken of.
                        let pointing_back = person_noun_of(&self.a.tokens[at].key).is_some();
                        if !is_former(self.a, at) && !pointing_back {
                            return None;
                        }
                        let rule = if pointing_back {
                            "a noun for a person pointing back (l'intéressée, the man): the subject of the nearest sentence that names a person first"
                        } else {
                            "a former role: the subject of the nearest sentence that names a person first"
                        };
                        self.antecedent(at, female).map(|r| r.by(rule))
                    })
                    .or_else(|| {
                        let name = self.a.tokens[at].text.clone();
                        self.resolve(Referent::Described(name, at)).map(|r| {
                            r.by(
                                "a role noun no one named was given: someone unnamed, by that role",
                            )
                        })
                    })
            }
            Referent::Titled(role, name, at) => self
                .in_focus_for(&role)
                .or_else(|| self.resolve(Referent::Described(name, at))),
            Referent::Organisation(e) => Some(
                Resolved::new(e, 0.7)
                    .by("\"the force\", \"the company\": the organisation last named"),
            ),
            Referent::Institution(name, at, complement) => {
                let name = if complement {
                    name
                } else {
                    self.institution_named_before(at).unwrap_or(name)
                };
                let e = self.ents.institution(&name);
                self.mention(at, e);
                Some(Resolved::new(e, 0.7).by(INSTITUTION))
            }
            Referent::Described(name, at) => {
                let e = self.ents.described(&name, None);
                self.describe_gender(e, at);
                // Named like this, they can be "il" in the next sentence.
                self.mention(at, e);
                let resolved = Resolved::new(e, 0.75);
                Some(if person_noun_of(&self.a.tokens[at].key).is_some() {
                    resolved.by(PERSON_DESCRIBED)
                } else {
                    resolved
                })
            }
        }
    }

    /// The person named with the role `role` that the phrase at token `at`
    /// stands for: the one last given it before, or else the first after
    /// (a headline comes before the name). "the CM": only one given the
    /// role its initials stand for ("Chief Minister X", "CM X"), not the
    /// "Prime Minister".
    fn role_holder(&self, role: &str, at: usize) -> Option<usize> {
        let initials = role_abbreviation(&self.a.tokens[at].key);
        let qualified = |g: &&GivenRole| {
            initials.is_none_or(|(qualifier, _)| {
                self.a.tokens[g.token].key == self.a.tokens[at].key
                    || g.token
                        .checked_sub(1)
                        .is_some_and(|b| self.a.tokens[b].key == qualifier)
            })
        };
        // "the former PM": one who held it, when the article names one.
        let former = is_former(self.a, at);
        let holders: Vec<&GivenRole> = self
            .roles
            .iter()
            .filter(|g| g.role == role)
            .filter(qualified)
            .collect();
        // "le ministre" is no one named "l'ancien ministre": that one no
        // longer holds it. "the former PM" may be one named "PM" then.
        let any_same_time = holders.iter().any(|g| g.former == former);
        let with_role = || {
            holders
                .iter()
                .copied()
                .filter(move |g| (former && !any_same_time) || g.former == former)
        };
        with_role()
            .filter(|g| g.token < at)
            .max_by_key(|g| g.token)
            .or_else(|| with_role().min_by_key(|g| g.token))
            .map(|g| g.person)
    }

    /// Who "il", "she" at token `p` is: a person named earlier in its own
    /// sentence; else, going back a few sentences, the subject of the nearest
    /// one that names a person first, skipping sentences whose subject is
    /// itself a pronoun (they continue the same chain: "He mentioned Chelsea
    /// Manning" does not make Manning the next "he") and people the article
    /// gives the other gender.
    fn pronoun(&self, p: usize) -> Option<Resolved> {
        self.antecedent(p, Some(is_female_pronoun(&self.a.tokens[p].key)))
    }

    /// The antecedent of the phrase at token `p`, as for a pronoun, of the
    /// gender `female` when it has one.
    fn antecedent(&self, p: usize, female: Option<bool>) -> Option<Resolved> {
        const LOOK_BACK: usize = 8;
        let agrees = |e: usize| self.gender_agrees(e, female);
        let person = |m: &&Mention| {
            self.ents.list[m.entity].kind == EntityKind::Person
                && self.a.tokens[m.tokens.start].quote.is_none()
                && agrees(m.entity)
        };
        let here = self.a.sentence_of(p);
        let start = self.a.sentences[here].tokens.start;
        let before = self.mentions_before(p);
        let from = before.partition_point(|m| m.tokens.start < start);
        // In its own sentence, its subject: in "Lacson lashed at Alvarez for
        // what he described", Lacson; a possessor is not it. Not past a
        // conjunction opening a clause of its own ("Reid sentenced Hart
        // after he said"): then the person named last.
        if let Some(m) = before[from..].iter().find(|m| {
            person(m)
                && !self.possessor(m.tokens.end)
                && !self.relation_of_another(m.tokens.start, start)
        }) && !(m.tokens.end..p).any(|t| {
            let tok = &self.a.tokens[t];
            tok.kind == Kind::Word && tok.quote.is_none() && is_subordinator(&tok.key)
        }) {
            return Some(Resolved::new(m.entity, 0.8));
        }
        if let Some(m) = before[from..].iter().rev().find(person) {
            return Some(Resolved::new(m.entity, 0.8));
        }
        for s in (here.saturating_sub(LOOK_BACK)..here).rev() {
            let tokens = self.a.sentences[s].tokens.clone();
            // "The PTI leader said that … Nawaz Sharif's daughter …": a
            // sentence opening on a role given to someone by name is that
            // person's when the people it names are in what they report.
            // "Interrogé sur …, le procureur général a invoqué …": so is
            // one whose role is its first mention of anyone.
            if let Some((role, at)) = self.role_subject(tokens.clone())
                && self.reported_before_a_name(at, tokens.end)
                // Given before: a pronoun looks back, never ahead.
                && self.roles.iter().any(|g| g.role == role && g.token < at)
                && let Some(e) = self.role_holder(&role, at).filter(|&e| agrees(e))
            {
                return Some(
                    Resolved::new(e, 0.8).by(
                        "a pronoun: the person given the role the nearest sentence names first",
                    ),
                );
            }
            // The first person or person pronoun outside quotations and
            // brackets: "(Simonetta Sommaruga, souffrante, est restée chez
            // elle)" is an aside, not the sentence's subject.
            let mut depth = 0usize;
            let first = tokens.clone().find_map(|t| {
                let tok = &self.a.tokens[t];
                if tok.is('(') {
                    depth += 1;
                } else if tok.is(')') {
                    depth = depth.saturating_sub(1);
                }
                if tok.quote.is_some() || depth > 0 {
                    return None;
                }
                // "Catton Grove's Councillor Eve Collishaw": a possessor
                // qualifies the subject and is not it.
                // A person of the other gender is passed over for the next
                // one: "Mme Royal a nommé Pierre Bérégovoy. Il …".
                if let Some(m) = self.ents.at(t)
                    && self.ents.list[m.entity].kind == EntityKind::Person
                    && !self.possessor(m.tokens.end)
                    && !self.relation_of_another(m.tokens.start, tokens.start)
                    && !self.fronted_agent(t, tokens.start)
                {
                    return agrees(m.entity).then_some(Some(m.entity));
                }
                // "Soixante-dix ans après qu'il a lancé son appel, sa phrase
                // est reprise par Christophe Robert": a pronoun opening a
                // clause put before the main one is not its subject.
                (is_person_pronoun(&tok.key) && !self.impersonal(t) && !self.opens_clause(t))
                    .then_some(None)
            });
            match first {
                Some(Some(e)) if agrees(e) => {
                    return Some(Resolved::new(e, 0.8).by(
                        "a pronoun: the subject of the nearest sentence that names a person first",
                    ));
                }
                _ => continue,
            }
        }
        // Every sentence back there continues a chain of pronouns: the person
        // in focus (who last spoke).
        self.salient
            .filter(|&e| agrees(e))
            .map(|e| Resolved::new(e, 0.7).by("a pronoun: the person in focus"))
    }

    /// The organisation "it" at token `p` stands for: the body a sentence
    /// opens on ("The company said …") or else the first organisation named
    /// outside quotations, in its own sentence before it, else in the
    /// nearest sentence before that has one.
    fn body_antecedent(&self, p: usize) -> Option<Referent> {
        const LOOK_BACK: usize = 4;
        let group = is_group_pronoun(&self.a.tokens[p].key);
        let here = self.a.sentence_of(p);
        let before = self.mentions_before(p);
        let in_sentence = |s: usize, end: usize| {
            let start = self.a.sentences[s].tokens.start;
            let opening = self
                .words(start..end)
                .first()
                .filter(|&&t| self.a.tokens[t].quote.is_none())
                .and_then(|&t| self.noun_phrase(t, end))
                .filter(|r| match r {
                    Referent::Organisation(_) | Referent::Institution(..) => true,
                    // "Police said …", "Officials said …" for "they".
                    Referent::Described(_, head) => {
                        group
                            && (is_plural_person(&self.a.tokens[*head].key)
                                || is_bare_body(&self.a.tokens[*head].key))
                    }
                    _ => false,
                });
            opening.or_else(|| {
                let lo = before.partition_point(|m| m.tokens.start < start);
                let hi = before.partition_point(|m| m.tokens.start < end);
                before[lo..hi]
                    .iter()
                    .find(|m| {
                        self.ents.list[m.entity].kind == EntityKind::Organisation
                            && self.a.tokens[m.tokens.start].quote.is_none()
                    })
                    .map(|m| Referent::Entity(m.entity, 0.7))
            })
        };
        in_sentence(here, p).or_else(|| {
            (here.saturating_sub(LOOK_BACK)..here)
                .rev()
                .find_map(|s| in_sentence(s, self.a.sentences[s].tokens.end))
        })
    }

    /// The role phrase ("le procureur général", "The PTI leader") that is
    /// the first mention of anyone in the sentence `range`, outside
    /// quotations and brackets, before any auxiliary: its role and noun
    /// token.
    fn role_subject(&self, range: Range<usize>) -> Option<(String, usize)> {
        let mut depth = 0usize;
        for t in range.clone() {
            let tok = &self.a.tokens[t];
            if tok.is('(') {
                depth += 1;
            } else if tok.is(')') {
                depth = depth.saturating_sub(1);
            }
            if tok.quote.is_some() || depth > 0 || tok.kind != Kind::Word {
                continue;
            }
            if self.fronted_agent(t, range.start) {
                continue;
            }
            // "…", avait déclaré le ministre: past a verb, no subject.
            if self.ents.at(t).is_some() || is_person_pronoun(&tok.key) || is_auxiliary(&tok.key) {
                return None;
            }
            if is_definite_article(&tok.key)
                && let Some(Referent::Definite(role, at)) = self.noun_phrase(t, range.end)
            {
                return Some((role, at));
            }
        }
        None
    }

    /// Whether entity `e` is someone unnamed whom the article knows only by
    /// a role other than `role` ("avocat" for "le président").
    fn unnamed_with_another_role(&self, e: usize, role: &str) -> bool {
        let entity = &self.ents.list[e];
        let head = entity.name.split_whitespace().next().map(fold_key);
        entity.anonymous
            && head
                .and_then(|h| role_of(&h))
                .is_some_and(|own| own != role)
    }

    /// Whether a word opening reported speech ("that", "que") comes after
    /// token `at` and before the first person named up to `end`, or no
    /// person is named there at all.
    fn reported_before_a_name(&self, at: usize, end: usize) -> bool {
        let mentions = &self.ents.mentions;
        let from = mentions.partition_point(|m| m.tokens.start <= at);
        let first_person = mentions[from..]
            .iter()
            .take_while(|m| m.tokens.start < end)
            .find(|m| self.ents.list[m.entity].kind == EntityKind::Person)
            .map_or(end, |m| m.tokens.start);
        first_person == end
            || self
                .words(at + 1..first_person)
                .iter()
                .any(|&t| is_complementizer(&self.a.tokens[t].key))
    }

    /// Whether the word at `t` comes right after a subordinating word
    /// ("after he", "quand il", "après qu'il").
    fn opens_clause(&self, t: usize) -> bool {
        let words = self.words(t.saturating_sub(2)..t);
        match words.as_slice() {
            [.., last] if is_subordinator(&self.a.tokens[*last].key) => true,
            [before, last] => {
                is_complementizer(&self.a.tokens[*last].key)
                    && is_subordinator(&self.a.tokens[*before].key)
            }
            _ => false,
        }
    }

    /// Whether the name ending before token `end` is a possessor, "Grove's
    /// Councillor", not the subject of "Berthier s'est dite", "s'était".
    pub(super) fn possessor(&self, end: usize) -> bool {
        let tokens = &self.a.tokens;
        tokens.get(end).is_some_and(|n| n.key == "s")
            && tokens
                .get(end + 1)
                .is_none_or(|v| !is_auxiliary(&v.key) && !is_be_form(&v.key))
    }

    /// Whether the name at `at` is tied by a possessive to someone else
    /// inside a clause of its sentence (starting at `start`): "paid tribute
    /// to his opposite number Padraic Joyce" names the subject's relation,
    /// not the subject. A possessive opening the sentence or a phrase after a
    /// comma ("His brother, Paul Smith, …", "After his release, John Smith
    /// phoned") leaves the name the subject.
    fn relation_of_another(&self, at: usize, start: usize) -> bool {
        const REACH: usize = 4;
        let tokens = &self.a.tokens;
        let words = self.words(start..at);
        words.iter().rev().take(REACH).any(|&p| {
            is_person_possessive(&tokens[p].key)
                && p > start
                && tokens[p - 1].kind == Kind::Word
                && !(p..at).any(|t| tokens[t].is(','))
        })
    }

    /// Records entity `e` as mentioned at token `at`, unless a mention is there.
    fn mention(&mut self, at: usize, e: usize) {
        if self.ents.at(at).is_none() {
            let i = self.ents.mentions.partition_point(|m| m.tokens.start < at);
            self.ents.mentions.insert(
                i,
                Mention {
                    tokens: at..at + 1,
                    entity: e,
                },
            );
        }
    }

    /// "the secretary" after "a secretary at the Office said": the unnamed
    /// person last introduced before token `at` by a phrase whose role noun
    /// is `role`.
    fn described_as(&self, role: &str, at: usize) -> Option<Resolved> {
        self.mentions_before(at)
            .iter()
            .rev()
            .find(|m| {
                let t = m.tokens.start;
                let paragraph = self.a.sentences[self.a.sentence_of(t)].paragraph;
                // Only an indefinite introduction in the body: a headline's
                // "Ce coach répond" teases someone the article names.
                let introduced = (t.saturating_sub(3)..t).any(|b| {
                    self.a.tokens[b].kind == Kind::Word
                        && is_indefinite_article(&self.a.tokens[b].key)
                });
                self.ents.list[m.entity].anonymous
                    && introduced
                    && !self.a.paragraphs[paragraph].heading
                    && role_of(&self.a.tokens[t].key)
                        .or_else(|| person_noun_of(&self.a.tokens[t].key))
                        .as_deref()
                        == Some(role)
            })
            .map(|m| {
                Resolved::new(m.entity, 0.75)
                    .by("a role noun: the unnamed person introduced earlier by that role")
            })
    }

    /// "an area resident who said …" then "The resident …": the phrase
    /// opened by an indefinite article, a few sentences before token `at`,
    /// whose role noun is `role` (its name and role noun's token), when no
    /// attribution made it a mention.
    fn introduced_as(&self, role: &str, at: usize) -> Option<(String, usize)> {
        const LOOK_BACK: usize = 6;
        let here = self.a.sentence_of(at);
        (here.saturating_sub(LOOK_BACK)..here).rev().find_map(|s| {
            let sentence = &self.a.sentences[s];
            if self.a.paragraphs[sentence.paragraph].heading {
                return None;
            }
            sentence.tokens.clone().find_map(|t| {
                let tok = &self.a.tokens[t];
                if tok.kind != Kind::Word || tok.quote.is_some() || !is_indefinite_article(&tok.key)
                {
                    return None;
                }
                match self.noun_phrase(t, sentence.tokens.end)? {
                    Referent::Described(name, k)
                        if role_of(&self.a.tokens[k].key)
                            .or_else(|| person_noun_of(&self.a.tokens[k].key))
                            .as_deref()
                            == Some(role) =>
                    {
                        Some((name, k))
                    }
                    _ => None,
                }
            })
        })
    }

    /// The mentions that start before token `t`, found by bisection: scanning
    /// them all for every pronoun made long articles quadratic.
    pub(super) fn mentions_before(&self, t: usize) -> &[Mention] {
        let i = self.ents.mentions.partition_point(|m| m.tokens.start < t);
        &self.ents.mentions[..i]
    }

    /// Who "le chef de l'Etat" is when no one was given that role by name:
    /// the person in focus (who last spoke), or before anyone spoke the person
    /// the headline names; in either case only someone given no other role ("Sophie
    /// Caradec, économiste" is not "le président de la commission").
    fn in_focus_for(&self, role: &str) -> Option<Resolved> {
        // A noun for a person ("the 22-year-old", "l'homme") names no role,
        // so it fits anyone.
        let agrees = |e: usize| {
            person_noun_of(role).is_some()
                || (self
                    .roles
                    .iter()
                    .filter(|g| g.person == e && !g.former)
                    .all(|g| g.role == role)
                    && !described_by_other_role(&self.ents.list[e], role))
        };
        if let Some(e) = self.salient {
            return agrees(e).then(|| {
                Resolved::new(e, 0.65).by("a role phrase standing for the person in focus")
            });
        }
        // Before anyone has spoken, the headline's person is in focus.
        self.ents
            .mentions
            .iter()
            .filter(|m| {
                let p = self.a.sentences[self.a.sentence_of(m.tokens.start)].paragraph;
                self.a.paragraphs[p].heading && self.a.tokens[m.tokens.start].quote.is_none()
            })
            .map(|m| m.entity)
            .find(|&e| self.ents.list[e].kind == EntityKind::Person && agrees(e))
            .map(|e| {
                Resolved::new(e, 0.6).by("a role phrase standing for the person the headline names")
            })
    }
}

/// Whether someone unnamed was described by another role than `role`, or as
/// a group ("responsables" is not "le directeur de l'hôpital").
fn described_by_other_role(entity: &Entity, role: &str) -> bool {
    if !entity.anonymous {
        return false;
    }
    let head = fold_key(entity.name.split(' ').next().unwrap_or_default());
    if is_plural_person(&head) {
        return true;
    }
    role_of(&head).is_some_and(|own| own != role)
}
