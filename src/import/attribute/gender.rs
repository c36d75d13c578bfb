//! What tells a person's gender anywhere in an article: an honorific ("Mme",
//! "Mr"), a common given name, a noun for them before or after their name or
//! as a predicate ("la ministre X", "X, la présidente de", "X, 45, a mother
//! of two", "X est avocate"), a participle agreeing with them ("X s'est dite
//! convaincue", "X, née en 1970"), a pronoun set after their name ("X, elle,
//! …"), and a description pointing back to them ("l'accusée", "the woman").
//! Evidence is weighed, not resolved: it names no speaker.

use super::Ctx;
use crate::import::lexicon::{
    age_participle_gender, article_gender, determiner_gender, given_name_gender, honorific_gender,
    is_agreement_filler, is_auxiliary, is_be_form, is_complement_link, is_complementizer,
    is_definite_article, is_demonstrative, is_en_be_form, is_epicene_noun, is_female_pronoun,
    is_feminine_noun, is_feminine_participle, is_indefinite_article, is_masculine_noun,
    is_person_noun, is_person_pronoun, is_role_noun, is_saying_verb, is_verb_filler, key,
};
use crate::import::names::{Entities, EntityKind, Mention};
use crate::import::roles::GivenRole;
use crate::import::segment::{Article, Kind};

/// How much each kind of evidence weighs, towards a woman when positive.
/// An honorific settles it; a given name, a noun only a woman or a man is,
/// the article of a role, a participle weigh the same; the masculine form
/// of a role, which French also uses for anyone, and a description that
/// only points back, weigh least.
const HONORIFIC: i32 = 8;
const STRONG: i32 = 2;
const WEAK: i32 = 1;

/// How far after a name an apposition or a predicate may say their gender.
const REACH: usize = 6;

/// How many sentences back a description may point to a person named.
const POINTS_BACK: usize = 3;

/// The gender of each entity, `Some(true)` for a woman.
pub(super) fn genders(a: &Article, ents: &Entities, roles: &[GivenRole]) -> Vec<Option<bool>> {
    let mut score = vec![0i32; ents.list.len()];
    for (e, entity) in ents.list.iter().enumerate() {
        if entity.kind != EntityKind::Person {
            continue;
        }
        if entity.anonymous {
            // "une voisine", "an autistic man": the description's own noun.
            score[e] += entity
                .name
                .split_whitespace()
                .map(|w| noun_weight(None, &key(w)))
                .sum::<i32>();
        } else if let Some(female) = entity
            .name
            .split_whitespace()
            .next()
            .and_then(|w| given_name_gender(&key(w)))
        {
            score[e] += signed(female, STRONG);
        }
    }
    for g in roles {
        // "la ministre Claire Dumoulin", "la porte-parole, Saïda Garrach".
        let article = g
            .token
            .checked_sub(1)
            .map(|t| &a.tokens[t])
            .filter(|t| t.kind == Kind::Word);
        if let Some(female) = article.and_then(|t| article_gender(&t.key)) {
            score[g.person] += signed(female, STRONG);
        } else {
            // A title in capitals may be English ("President Lena Ortiz"),
            // where a role has no gender: it says "man" only in lower case
            // ("président"); a feminine one ("Présidente") says "woman".
            let w = noun_weight(None, &a.tokens[g.token].key);
            if w > 0 || !a.tokens[g.token].capitalised() {
                score[g.person] += w;
            }
        }
    }
    for m in &ents.mentions {
        if ents.list[m.entity].kind != EntityKind::Person
            || a.tokens[m.tokens.start].quote.is_some()
        {
            continue;
        }
        if let Some(female) = honorific_before(a, m) {
            score[m.entity] += signed(female, HONORIFIC);
        }
        score[m.entity] += after_name(a, m) + participle_before(a, m);
    }
    pointing_back(a, ents, &mut score);
    score
        .into_iter()
        .map(|s| (s != 0).then_some(s > 0))
        .collect()
}

fn signed(female: bool, weight: i32) -> i32 {
    if female { weight } else { -weight }
}

/// "Mme Martin", "Mr. Smith": the honorific right before a mention.
fn honorific_before(a: &Article, m: &Mention) -> Option<bool> {
    let mut t = m.tokens.start.checked_sub(1)?;
    if a.tokens[t].is('.') {
        t = t.checked_sub(1)?;
    }
    let before = &a.tokens[t];
    (before.kind == Kind::Word)
        .then(|| honorific_gender(&before.key))
        .flatten()
}

/// What a noun for a person says of their gender, with the determiner
/// before it: a feminine noun, or any noun after "la", "une", is a woman's;
/// a masculine noun a man's ("homme", "father"), but the masculine of a
/// role only a little ("avocat", "chairman" are said of anyone), unless
/// "le", "un" says so too.
fn noun_weight(determiner: Option<bool>, noun: &str) -> i32 {
    if is_feminine_noun(noun) {
        STRONG
    } else if is_masculine_noun(noun) || is_epicene_noun(noun) {
        match determiner {
            Some(female) => signed(female, STRONG),
            None if is_masculine_noun(noun) && is_role_noun(noun) => -WEAK,
            None if is_masculine_noun(noun) => -STRONG,
            None => 0,
        }
    } else {
        0
    }
}

/// The word tokens after `from`, outside quotations, up to the end of its
/// sentence or punctuation other than a comma.
fn words_after(a: &Article, from: usize) -> Vec<usize> {
    let end = a.sentences[a.sentence_of(from.min(a.tokens.len() - 1))]
        .tokens
        .end;
    (from..end)
        .take_while(|&t| {
            let tok = &a.tokens[t];
            tok.quote.is_none() && (tok.kind == Kind::Word || tok.is(','))
        })
        .filter(|&t| a.tokens[t].kind == Kind::Word)
        .take(REACH)
        .collect()
}

/// What follows a name says of the person's gender: an apposition after a
/// comma ("X, la présidente de", "X, 45, a mother of two", "X, née en
/// 1970", "X, elle, …"), or a predicate after "être" ("X est avocate", "X
/// s'est dite convaincue", "X is a mother").
fn after_name(a: &Article, m: &Mention) -> i32 {
    let Some(next) = a.tokens.get(m.tokens.end) else {
        return 0;
    };
    let words = words_after(a, m.tokens.end);
    let keys: Vec<&str> = words.iter().map(|&t| a.tokens[t].key.as_str()).collect();
    if next.is(',') {
        // Past an age: "X, 45, …".
        let skip = keys
            .iter()
            .take_while(|k| k.bytes().all(|b| b.is_ascii_digit()))
            .count();
        let keys = &keys[skip..];
        let Some(&first) = keys.first() else {
            return 0;
        };
        // "Dominique, elle, est consternée".
        if is_person_pronoun(first) && a.tokens.get(words[skip] + 1).is_some_and(|t| t.is(',')) {
            return signed(is_female_pronoun(first), STRONG + WEAK);
        }
        if let Some(female) = keys.get(1).and_then(|n| age_participle_gender(first, n)) {
            return signed(female, STRONG);
        }
        return described(keys);
    }
    if next.kind != Kind::Word {
        return 0;
    }
    if let Some(female) = reported_pronoun(&keys) {
        return signed(female, WEAK);
    }
    // "X n'est pas convaincue", "X s'est dite touchée", "X a été élue".
    let mut be = None;
    for (i, &k) in keys.iter().enumerate() {
        if is_be_form(k) {
            be = Some(true);
        } else if is_en_be_form(k) {
            be = Some(false);
        } else if be.is_some() && !is_agreement_filler(k) {
            if be == Some(true) && is_feminine_participle(k) {
                return STRONG;
            }
            return described(&keys[i..]);
        } else if !is_agreement_filler(k) {
            return 0;
        }
    }
    0
}

/// "X said she would", "X a expliqué qu'elle": the pronoun that opens what
/// the person named reports is most often themselves; it counts little, as
/// it may be someone else ("Trump said she should resign").
fn reported_pronoun(keys: &[&str]) -> Option<bool> {
    let v = keys
        .iter()
        .take(3)
        .position(|k| is_saying_verb(k))
        .filter(|&v| {
            keys[..v]
                .iter()
                .all(|k| is_auxiliary(k) || is_verb_filler(k))
        })?;
    let mut rest = keys[v + 1..].iter().skip_while(|k| is_complementizer(k));
    let &pronoun = rest.next()?;
    is_person_pronoun(pronoun).then(|| is_female_pronoun(pronoun))
}

/// "« … », s'est indignée X", "a été élue X": a feminine participle after
/// "être" right before the name, which is its subject.
fn participle_before(a: &Article, m: &Mention) -> i32 {
    let word = |t: Option<usize>| {
        t.map(|t| &a.tokens[t])
            .filter(|tok| tok.kind == Kind::Word && tok.quote.is_none())
            .map(|tok| tok.key.as_str())
    };
    let participle = word(m.tokens.start.checked_sub(1));
    let be = word(m.tokens.start.checked_sub(2));
    if participle.is_some_and(is_feminine_participle) && be.is_some_and(is_be_form) {
        STRONG
    } else {
        0
    }
}

/// "la présidente de …", "a mother of two", "avocate au barreau": a noun
/// for a person within the first words, after a determiner or none.
fn described(keys: &[&str]) -> i32 {
    let mut determiner = None;
    for (i, &k) in keys.iter().take(3).enumerate() {
        if i == 0 && (is_definite_article(k) || is_indefinite_article(k) || is_demonstrative(k)) {
            determiner = determiner_gender(k);
            continue;
        }
        if is_complement_link(k) {
            return 0;
        }
        let w = noun_weight(determiner, k);
        if w != 0 {
            return w;
        }
    }
    0
}

/// "la jeune femme", "l'accusée", "the woman" in the body, with no name
/// beside it: a description pointing back to the person last named whose
/// gender does not say otherwise. Only a noun for a person, never a role
/// (« le président » is often someone else), and not when the article
/// introduced someone by that noun ("une femme", "a woman").
fn pointing_back(a: &Article, ents: &Entities, score: &mut [i32]) {
    let mut introduced: Vec<&str> = Vec::new();
    for (s, sentence) in a.sentences.iter().enumerate() {
        if a.paragraphs[sentence.paragraph].heading {
            continue;
        }
        for t in sentence.tokens.clone() {
            let tok = &a.tokens[t];
            if tok.kind != Kind::Word || tok.quote.is_some() {
                continue;
            }
            let Some(noun) = (t + 1..(t + 3).min(sentence.tokens.end))
                .find(|&n| a.tokens[n].kind == Kind::Word && gendered_person(&a.tokens[n].key))
            else {
                continue;
            };
            let k = a.tokens[noun].key.as_str();
            if is_indefinite_article(&tok.key) {
                introduced.push(k);
                continue;
            }
            if !(is_definite_article(&tok.key) || is_demonstrative(&tok.key))
                || introduced.contains(&k)
                || !(t + 1..noun).all(|j| a.tokens[j].kind == Kind::Word)
                || names_beside(a, ents, t, noun)
            {
                continue;
            }
            let female = noun_weight(determiner_gender(&tok.key), k) > 0;
            let agrees = |e: usize| score[e] == 0 || (score[e] > 0) == female;
            let first = a.sentences[s.saturating_sub(POINTS_BACK)].tokens.start;
            let i = ents.mentions.partition_point(|m| m.tokens.start < t);
            let Some(m) = ents.mentions[..i].iter().rev().find(|m| {
                ents.list[m.entity].kind == EntityKind::Person
                    && !ents.list[m.entity].anonymous
                    && a.tokens[m.tokens.start].quote.is_none()
                    && m.tokens.start >= first
                    && agrees(m.entity)
            }) else {
                continue;
            };
            if score[m.entity] == 0 {
                score[m.entity] = signed(female, WEAK);
            }
        }
    }
}

/// A noun for a person, no role, that only a woman or a man is: "femme",
/// "accusée", "man".
fn gendered_person(k: &str) -> bool {
    (is_feminine_noun(k) || is_masculine_noun(k)) && (is_person_noun(k) || !is_role_noun(k))
}

/// Whether a person is named right beside the description `t..=noun`: "la
/// jeune femme, Marie", "le père de Paul", "Paul, l'accusé": then it is
/// theirs by apposition, or someone else's.
fn names_beside(a: &Article, ents: &Entities, t: usize, noun: usize) -> bool {
    let person = |i: usize| {
        ents.at(i)
            .is_some_and(|m| ents.list[m.entity].kind == EntityKind::Person)
    };
    let before = t.checked_sub(1).filter(|&b| a.tokens[b].is(','));
    let after =
        (noun + 1..(noun + 4).min(a.tokens.len())).find(|&i| a.tokens[i].kind == Kind::Word);
    before.and_then(|b| b.checked_sub(1)).is_some_and(person)
        || after.is_some_and(|i| person(i) || is_complement_link(&a.tokens[i].key))
}

impl Ctx<'_> {
    /// The gender a role phrase says at its noun `at`: "la ministre", "the
    /// chairwoman", "le politologue".
    pub(super) fn phrase_gender(&self, at: usize) -> Option<bool> {
        let determiner = at
            .checked_sub(1)
            .map(|t| &self.a.tokens[t])
            .filter(|t| t.kind == Kind::Word)
            .and_then(|t| determiner_gender(&t.key));
        let w = noun_weight(determiner, &self.a.tokens[at].key);
        (w.abs() >= STRONG).then_some(w > 0)
    }

    /// Someone new, described by the phrase whose noun is `at` ("la jeune
    /// femme", "un homme"), is of the gender the phrase says.
    pub(super) fn describe_gender(&mut self, e: usize, at: usize) {
        let female = self.phrase_gender(at);
        if self.gender.len() <= e {
            self.gender.resize(e + 1, None);
        }
        if self.gender[e].is_none() {
            self.gender[e] = female;
        }
    }

    /// Whether entity `e` may be of the gender `female`: unknown, or the same.
    pub(super) fn gender_agrees(&self, e: usize, female: Option<bool>) -> bool {
        match (female, self.gender.get(e).copied().flatten()) {
            (Some(f), Some(g)) => f == g,
            _ => true,
        }
    }

    /// A pronoun resolved to someone of unknown gender gives them its own:
    /// after "« … », a-t-elle ajouté" said of X, "il" is someone else.
    pub(super) fn learn_gender(&mut self, e: usize, pronoun: usize) {
        if self.ents.list[e].kind == EntityKind::Person
            && let Some(slot) = self.gender.get_mut(e)
            && slot.is_none()
        {
            *slot = Some(is_female_pronoun(&self.a.tokens[pronoun].key));
        }
    }
}
