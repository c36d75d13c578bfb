//! Who said each quotation: attribution after it (« … », a déclaré X), before
//! it (X a déclaré : « … », selon X), later in the same sentence, a pronoun or
//! a role description standing for someone named earlier, a headline quoted
//! again in the body, or the speaker of the quotation just before. Labels in
//! quotation marks (« coalition des volontaires ») are told apart from speech.

use super::lexicon::{
    is_auxiliary, is_determiner, is_person_pronoun, is_role_noun, is_saying_verb,
};
use super::names::{Entities, EntityKind};
use super::segment::{Article, Kind, Quotation};
use crate::text::fold_key;
use std::ops::Range;

/// How a quotation's speaker was found.
#[derive(Debug, Clone)]
pub struct Speaker {
    pub entity: usize,
    /// The rule, in words.
    pub cue: &'static str,
    pub confidence: f32,
}

/// What a quotation is.
#[derive(Debug, Clone)]
pub enum Verdict {
    /// Words in quotation marks that nobody says: a name, a label.
    Label,
    Speech(Option<Speaker>),
}

/// Who the words at a place refer to.
enum Referent {
    Entity(usize, f32),
    Pronoun(usize),
    /// "le politologue": someone already named, by their role (folded).
    Definite(String),
    /// "un haut responsable du ministère": someone new, unnamed; the token of
    /// its role noun.
    Described(String, usize),
}

struct Ctx<'a> {
    a: &'a Article,
    ents: &'a mut Entities,
    /// The person who last spoke or was said to speak.
    salient: Option<usize>,
    /// Roles given to people where they are named ("la ministre du Travail
    /// Claire Dumoulin", "Maria Keller, the United Nations envoy"): role
    /// noun, token, person.
    roles: Vec<(String, usize, usize)>,
}

/// The role nouns next to each person's name: just before it, or in an
/// apposition just after it.
fn roles(a: &Article, ents: &Entities) -> Vec<(String, usize, usize)> {
    let mut out = Vec::new();
    for m in &ents.mentions {
        if ents.list[m.entity].kind != EntityKind::Person
            || a.tokens[m.tokens.start].quote.is_some()
        {
            continue;
        }
        let sentence = &a.sentences[a.sentence_of(m.tokens.start)];
        let before = sentence.tokens.start.max(m.tokens.start.saturating_sub(8))..m.tokens.start;
        let mut after = m.tokens.end..m.tokens.end;
        if a.tokens.get(m.tokens.end).is_some_and(|t| t.is(',')) {
            let mut e = m.tokens.end + 1;
            while e < sentence.tokens.end && e < m.tokens.end + 9 && a.tokens[e].kind == Kind::Word
            {
                e += 1;
            }
            after = m.tokens.end + 1..e;
        }
        for t in before.chain(after) {
            if let Some(r) = role_of(&a.tokens[t].key) {
                out.push((r, t, m.entity));
            }
        }
    }
    out
}

/// The role a word names, if it names one: "vice-ministre" is a "ministre".
fn role_of(key: &str) -> Option<String> {
    let k = ["vice-", "ex-", "co-", "sous-", "deputy-"]
        .iter()
        .find_map(|p| key.strip_prefix(p))
        .unwrap_or(key);
    // Words that qualify a role rather than name it.
    if matches!(
        k,
        "haut"
            | "haute"
            | "senior"
            | "premier"
            | "premiere"
            | "prime"
            | "membre"
            | "member"
            | "head"
            | "chief"
    ) {
        return None;
    }
    is_role_noun(k).then(|| k.to_string())
}

/// Decides, for every quotation of the article in order, label or speech and by whom.
pub fn attribute(a: &Article, ents: &mut Entities) -> Vec<Verdict> {
    let roles = roles(a, ents);
    let mut ctx = Ctx {
        a,
        ents,
        salient: None,
        roles,
    };
    let mut verdicts: Vec<Verdict> = Vec::with_capacity(a.quotations.len());
    let mut last_quote: Option<(usize, usize)> = None; // (paragraph, entity)
    let mut headings = Vec::new();
    for (s, sentence) in a.sentences.iter().enumerate() {
        let in_sentence: Vec<usize> = (0..a.quotations.len())
            .filter(|&q| a.quotations[q].sentence == s)
            .collect();
        for &q in &in_sentence {
            let quote = &a.quotations[q];
            if is_label(a, q) {
                verdicts.push(Verdict::Label);
                continue;
            }
            if a.paragraphs[quote.paragraph].heading {
                headings.push(q);
                verdicts.push(Verdict::Speech(None));
                continue;
            }
            let found = ctx
                .after(quote)
                .map(|r| (r, "attribution after the quotation"))
                .or_else(|| {
                    ctx.before(quote)
                        .map(|r| (r, "attribution before the quotation"))
                })
                .or_else(|| {
                    in_sentence
                        .iter()
                        .filter(|&&later| later > q)
                        .find_map(|&later| ctx.after(&a.quotations[later]))
                        .map(|r| (r, "attribution of a later quotation in the same sentence"))
                });
            let speaker = match found.and_then(|(r, cue)| ctx.resolve(r).map(|(e, c)| (e, c, cue)))
            {
                Some((entity, confidence, cue)) => Some(Speaker {
                    entity,
                    cue,
                    confidence,
                }),
                None => last_quote
                    .filter(|(p, _)| quote.paragraph <= p + 1)
                    .map(|(_, entity)| Speaker {
                        entity,
                        cue: "no attribution in its sentence: the speaker of the quotation before",
                        confidence: 0.6,
                    }),
            };
            if let Some(sp) = &speaker {
                last_quote = Some((quote.paragraph, sp.entity));
                if ctx.ents.list[sp.entity].kind == EntityKind::Person {
                    ctx.salient = Some(sp.entity);
                }
            }
            verdicts.push(Verdict::Speech(speaker));
        }
        // Indirect speech makes its subject the one "le politologue" refers to.
        for t in sentence.tokens.clone() {
            let tok = &a.tokens[t];
            if tok.quote.is_none()
                && tok.kind == Kind::Word
                && is_saying_verb(&tok.key)
                && let Some(e) = ctx.subject_person(sentence.tokens.start..t)
            {
                ctx.salient = Some(e);
            }
        }
    }
    // A headline's quotation is usually said again in the body, with its speaker.
    for q in headings {
        let folded = fold_key(&a.text(a.quotations[q].inner.clone()));
        let speaker = a
            .quotations
            .iter()
            .zip(&verdicts)
            .enumerate()
            .find_map(|(i, (other, v))| {
                let Verdict::Speech(Some(sp)) = v else {
                    return None;
                };
                let text = fold_key(&a.text(other.inner.clone()));
                (i != q && (text.contains(&folded) || folded.contains(&text))).then_some(Speaker {
                    entity: sp.entity,
                    cue: "a headline quoted again in the body",
                    confidence: 0.75,
                })
            });
        let speaker = speaker
            .or_else(|| ctx.headline_name(&a.quotations[q]))
            .or_else(|| {
                let r = ctx.before(&a.quotations[q])?;
                let (entity, confidence) = ctx.resolve(r)?;
                Some(Speaker {
                    entity,
                    cue: "attribution in the headline",
                    confidence: confidence * 0.8,
                })
            });
        verdicts[q] = Verdict::Speech(speaker);
    }
    verdicts
}

/// Words in quotation marks that name something rather than report speech:
/// short, with no verb of saying after them, and either quoted more than
/// once or right after an article ("la « coalition des volontaires »").
fn is_label(a: &Article, q: usize) -> bool {
    let quote = &a.quotations[q];
    let words: Vec<&str> = a
        .tokens
        .iter()
        .filter(|t| {
            t.kind == Kind::Word
                && t.quote == Some(q)
                && t.start >= quote.inner.start
                && t.end <= quote.inner.end
        })
        .map(|t| t.key.as_str())
        .collect();
    if words.is_empty() {
        return true;
    }
    if words.len() > 6
        || matches!(
            words[0],
            "tres"
                | "trop"
                | "plus"
                | "assez"
                | "si"
                | "vraiment"
                | "extremement"
                | "particulierement"
                | "totalement"
                | "very"
                | "too"
                | "so"
                | "deeply"
        )
        || a.text(quote.inner.clone()).ends_with(['.', '!', '?', '…'])
    {
        return false;
    }
    let text = fold_key(&a.text(quote.inner.clone()));
    let repeated = a
        .quotations
        .iter()
        .enumerate()
        .any(|(i, o)| i != q && fold_key(&a.text(o.inner.clone())) == text);
    let w = |i: usize| a.tokens.get(i).filter(|t| t.kind == Kind::Word);
    let before = quote.open_token.checked_sub(1).and_then(w);
    let adjective = |k: &str| {
        [
            "elle",
            "el",
            "ive",
            "if",
            "ale",
            "al",
            "ique",
            "aire",
            "euse",
            "eux",
            "ible",
            "able",
            "new",
            "so-called",
        ]
        .iter()
        .any(|s| k.ends_with(s))
    };
    let after_article = match before {
        Some(t) if is_determiner(&t.key) => true,
        Some(t) if adjective(&t.key) => quote
            .open_token
            .checked_sub(2)
            .and_then(w)
            .is_some_and(|d| is_determiner(&d.key)),
        _ => false,
    };
    repeated || after_article
}

impl Ctx<'_> {
    /// Word tokens of `range` outside quotations.
    fn words(&self, range: Range<usize>) -> Vec<usize> {
        range
            .filter(|&t| self.a.tokens[t].kind == Kind::Word && self.a.tokens[t].quote.is_none())
            .collect()
    }

    /// « … », a déclaré X / a-t-il dit / estime X / selon X / said X / X said.
    fn after(&self, quote: &Quotation) -> Option<Referent> {
        let close = quote.close_token?;
        let sentence = &self.a.sentences[quote.sentence];
        let tokens = &self.a.tokens;
        // Up to the next quotation.
        let mut end = close + 1;
        while end < sentence.tokens.end && tokens[end].quote.is_none() {
            end += 1;
        }
        // The attribution comes right after the closing mark or its comma.
        let first = (close + 1..end).find(|&t| tokens[t].kind == Kind::Word)?;
        if (close + 1..first).any(|t| !matches!(tokens[t].text.as_str(), "," | "—" | "–" | "-"))
        {
            return None;
        }
        let words = self.words(first..end);
        let w = |i: usize| words.get(i).map(|&t| tokens[t].key.as_str());
        // "selon X", "d'après X", "according to X".
        if let Some(r) = self.preposition_at(&words, 0) {
            return Some(r);
        }
        let v = (0..words.len().min(5)).find(|&i| w(i).is_some_and(is_saying_verb))?;
        // Only auxiliaries, inverted pronouns or a name may come before the verb.
        let mut subject = None;
        for (i, &t) in words[..v].iter().enumerate() {
            let tok = &tokens[t];
            if tok.inverted {
                return Some(Referent::Pronoun(t));
            }
            if is_person_pronoun(&tok.key) {
                subject = Some(Referent::Pronoun(t));
            } else if let Some(m) = self.ents.at(t) {
                subject.get_or_insert(Referent::Entity(m.entity, 0.9));
            } else if !is_auxiliary(&tok.key)
                && !matches!(
                    tok.key.as_str(),
                    "t" | "encore" | "ensuite" | "aussi" | "egalement" | "alors" | "then" | "also"
                )
            {
                // "the minister said": a noun phrase, then the verb.
                if i == 0
                    && let Some(r) = self.noun_phrase(t, words[v])
                {
                    subject = Some(r);
                    break;
                }
                return None;
            }
        }
        if let Some(s) = subject {
            return Some(s);
        }
        if let Some(&t) = words.get(v + 1)
            && tokens[t].inverted
        {
            return Some(Referent::Pronoun(t));
        }
        // The subject after the verb, past a few words: "estime pour sa part
        // le vice-ministre", "said council leader Janet Okafor".
        words[v + 1..words.len().min(v + 6)]
            .iter()
            .find_map(|&t| self.noun_phrase(t, end))
    }

    /// X a déclaré : « … » / selon X, « … »: the last verb of saying or
    /// speaker preposition before the quotation, and its subject.
    fn before(&self, quote: &Quotation) -> Option<Referent> {
        let sentence = &self.a.sentences[quote.sentence];
        let words = self.words(sentence.tokens.start..quote.open_token);
        for i in (0..words.len()).rev() {
            if let Some(r) = self.preposition_at(&words, i) {
                return Some(r);
            }
            if is_saying_verb(&self.a.tokens[words[i]].key) {
                return self.subject(sentence.tokens.start..words[i]);
            }
        }
        None
    }

    /// The subject of a verb whose clause spans `range`: a person nearest the
    /// verb, else a described person, else a pronoun, else an organisation.
    fn subject(&self, range: Range<usize>) -> Option<Referent> {
        let words = self.words(range.clone());
        let mention = |kinds: &[EntityKind]| {
            words.iter().rev().find_map(|&t| {
                self.ents
                    .at(t)
                    .filter(|m| kinds.contains(&self.ents.list[m.entity].kind))
                    .map(|m| m.entity)
            })
        };
        if let Some(e) = mention(&[EntityKind::Person]) {
            return Some(Referent::Entity(e, 0.85));
        }
        for &t in words.iter() {
            if let Some(r @ (Referent::Described(..) | Referent::Definite(_))) =
                self.noun_phrase(t, range.end)
            {
                return Some(r);
            }
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

    fn subject_person(&self, range: Range<usize>) -> Option<usize> {
        let words = self.words(range);
        words.iter().rev().find_map(|&t| {
            self.ents
                .at(t)
                .filter(|m| self.ents.list[m.entity].kind == EntityKind::Person)
                .map(|m| m.entity)
        })
    }

    /// "il s'agit", "il faut", "il y a", "il se passe": no one speaks.
    fn impersonal(&self, t: usize) -> bool {
        let next: Vec<&str> = self.a.tokens[t + 1..(t + 3).min(self.a.tokens.len())]
            .iter()
            .map(|t| t.key.as_str())
            .collect();
        matches!(
            next.first().copied(),
            Some("faut" | "y" | "agit" | "semble" | "reste" | "est" | "was" | "is")
        ) || next.as_slice() == ["s", "agit"]
            || next.first() == Some(&"se")
    }

    /// "selon X", "d'après X", "pour X", "according to X" at `words[i]`.
    fn preposition_at(&self, words: &[usize], i: usize) -> Option<Referent> {
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
            r @ (Referent::Described(..) | Referent::Definite(_)) => Some(r),
            _ => None,
        }
    }

    /// Who the noun phrase starting at token `t` names.
    fn noun_phrase(&self, t: usize, end: usize) -> Option<Referent> {
        let tokens = &self.a.tokens;
        if let Some(m) = self.ents.at(t) {
            return Some(Referent::Entity(m.entity, 0.9));
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
            if j > t + 1
                && (is_saying_verb(k)
                    || is_auxiliary(k)
                    || matches!(
                        k,
                        "qui" | "que" | "cite" | "citee" | "selon" | "who" | "to" | "on"
                    ))
            {
                break;
            }
            if role.is_some() && matches!(k, "de" | "du" | "des" | "d" | "of") {
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
        let definite = bare || matches!(tok.key.as_str(), "le" | "la" | "l" | "the");
        // "le politologue" points back; "le président de la commission des
        // Affaires sociales" is specific enough to be someone new, unless a
        // person was given that role.
        let known_role = self.roles.iter().any(|(r, _, _)| *r == role);
        if definite && (!complement || known_role) {
            return Some(Referent::Definite(role));
        }
        let name = self.a.text(tokens[first].start..tokens[last].end);
        Some(Referent::Described(name, at))
    }

    /// The entity a referent stands for, with a confidence.
    fn resolve(&mut self, r: Referent) -> Option<(usize, f32)> {
        match r {
            Referent::Entity(e, c) => Some((e, c)),
            Referent::Pronoun(p) => self
                .ents
                .mentions
                .iter()
                .rev()
                .filter(|m| m.tokens.end <= p && self.a.tokens[m.tokens.start].quote.is_none())
                .find(|m| self.ents.list[m.entity].kind == EntityKind::Person)
                .map(|m| (m.entity, 0.8)),
            Referent::Definite(role) => {
                // The person last given that role, or anywhere in the article
                // (a headline comes before the name); else whoever spoke last.
                let given = self
                    .roles
                    .iter()
                    .filter(|(r, _, _)| *r == role)
                    .max_by_key(|(_, t, _)| *t)
                    .map(|(_, _, e)| *e);
                given.map(|e| (e, 0.75)).or(self.salient.map(|e| (e, 0.7)))
            }
            Referent::Described(name, at) => {
                let e = self.ents.described(&name, None);
                // Named like this, they can be "il" in the next sentence.
                if self.ents.at(at).is_none() {
                    let i = self.ents.mentions.partition_point(|m| m.tokens.start < at);
                    self.ents.mentions.insert(
                        i,
                        super::names::Mention {
                            tokens: at..at + 1,
                            entity: e,
                        },
                    );
                }
                Some((e, 0.75))
            }
        }
    }

    /// "Macron : « … »" in a headline.
    fn headline_name(&self, quote: &Quotation) -> Option<Speaker> {
        let open = quote.open_token;
        if open < 2 || !self.a.tokens[open - 1].is(':') {
            return None;
        }
        let m = self.ents.at(open - 2)?;
        (self.ents.list[m.entity].kind == EntityKind::Person).then_some(Speaker {
            entity: m.entity,
            cue: "a name before a colon in a headline",
            confidence: 0.7,
        })
    }
}
