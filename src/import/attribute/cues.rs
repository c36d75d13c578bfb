//! Where a quotation's attribution is and what its subject is: the words
//! after the quotation (« … », a déclaré X), before it (X a déclaré : « … »,
//! selon X), a long title or description before a name, and a parenthetical
//! between the subject and its verb.

use super::{Ctx, Referent};
use crate::import::lexicon::{
    ends_inverting_clause, inserted_adverbial, is_auxiliary, is_benefactive, is_complement_link,
    is_continuing_verb, is_coordinator, is_description_link, is_determiner, is_function_word,
    is_impersonal_pronoun, is_impersonal_source, is_institution_noun, is_listener_preposition,
    is_object_verb, is_organisation_noun, is_person_pronoun, is_preposition, is_present_participle,
    is_relative_pronoun, is_role_noun, is_saying_verb, is_subordinator, is_title_connector,
    is_verb_filler, weekday,
};
use crate::import::names::EntityKind;
use crate::import::roles::{person_noun_of, role_of};
use crate::import::segment::{Kind, Quotation};
use std::ops::Range;

impl Ctx<'_> {
    /// Word tokens of `range` outside quotations.
    pub(super) fn words(&self, range: Range<usize>) -> Vec<usize> {
        range
            .filter(|&t| self.a.tokens[t].kind == Kind::Word && self.a.tokens[t].quote.is_none())
            .collect()
    }

    /// Where the words after a quotation's closing mark `close` end: at the
    /// next quotation or the sentence's end.
    pub(super) fn words_after_end(&self, quote: &Quotation, close: usize) -> usize {
        let sentence_end = self.a.sentences[quote.sentence].tokens.end;
        (close + 1..sentence_end)
            .find(|&t| self.a.tokens[t].quote.is_some())
            .unwrap_or(sentence_end)
    }

    /// « … », a déclaré X / a-t-il dit / estime X / selon X / said X / X said.
    pub(super) fn after(&self, quote: &Quotation) -> Option<Referent> {
        let close = quote.close_token?;
        let tokens = &self.a.tokens;
        let end = self.words_after_end(quote, close);
        // The attribution comes right after the closing mark or its comma.
        let first = (close + 1..end).find(|&t| tokens[t].kind == Kind::Word)?;
        if let Some(r) = self
            .passive_agent(quote, first)
            .or_else(|| self.participle_agent(quote, first))
        {
            return Some(r);
        }
        // "he would “maybe” call the FBI": a fragment between an auxiliary
        // and the verb right after it, with no comma, belongs to that verb
        // phrase, whose subject is before it ("was “…” union leader X said"
        // is still attributed after).
        let after_auxiliary = quote
            .open_token
            .checked_sub(1)
            .is_some_and(|b| tokens[b].kind == Kind::Word && is_auxiliary(&tokens[b].key));
        if after_auxiliary && first == close + 1 && is_saying_verb(&tokens[first].key) {
            return None;
        }
        // "“…” , while cllr Ken Murnane remarked: “…”": a clause of its own
        // whose verb introduces the next quotation is not this one's.
        // "“…”, while opposition leader Kemi Badenoch called it “…”": after a
        // conjunction opening a clause of its own, any quotation later in the
        // sentence is the clause's.
        let subordinate = is_subordinator(&tokens[first].key);
        let own_clause = subordinate || is_coordinator(&tokens[first].key);
        let next_quote = end < self.a.sentences[quote.sentence].tokens.end;
        let introduces_next = end > first && tokens[end - 1].is(':');
        if own_clause && introduces_next || subordinate && next_quote {
            return None;
        }
        // A comma or dash, or what a nested quotation leaves: « … ‘…»… » dit X.
        if (close + 1..first).any(|t| {
            !matches!(
                tokens[t].text.as_str(),
                "," | "—" | "–" | "-" | "…" | "»" | "”"
            )
        }) {
            return None;
        }
        // "“…” pour le détenu, a déclaré X": a complement after the
        // quotation, set off by a comma, is no subject; the attribution
        // starts after it. Not a speaker's preposition ("d'après X");
        // "pour" right after a quotation is whom it is for.
        let k = tokens[first].key.as_str();
        if is_benefactive(k)
            || (is_preposition(k)
                && !is_auxiliary(k)
                && self.preposition_at(&self.words(first..end), 0).is_none())
        {
            let comma = (first..end).find(|&t| tokens[t].is(','))?;
            let after = (comma + 1..end).find(|&t| tokens[t].kind == Kind::Word)?;
            return self.attribution_at(after, end);
        }
        self.attribution_at(first, end)
    }

    /// A reporter's aside within the quotation's first words, set off by a
    /// comma, a verb of saying then a person's name (« exceptionnelles,
    /// souligne Christophe Langouët, maire de … »): a mark left out by the
    /// source, and the name is who speaks.
    pub(super) fn aside_inside(&self, quote: &Quotation) -> Option<Referent> {
        const REACH: usize = 12;
        let tokens = &self.a.tokens;
        let q = tokens[quote.open_token].quote;
        let inside: Vec<usize> = (quote.open_token + 1..quote.close_token.unwrap_or(tokens.len()))
            .take_while(|&t| tokens[t].quote == q)
            .take(REACH * 2)
            .collect();
        inside.windows(3).find_map(|w| {
            let (comma, verb, name) = (&tokens[w[0]], &tokens[w[1]], w[2]);
            if !comma.is(',') || verb.kind != Kind::Word || !is_saying_verb(&verb.key) {
                return None;
            }
            let m = self.ents.at(name).filter(|m| m.tokens.start == name)?;
            let set_off = tokens
                .get(m.tokens.end)
                .is_some_and(|t| t.is(',') || t.is('.'));
            (set_off && self.ents.list[m.entity].kind == EntityKind::Person)
                .then_some(Referent::Entity(m.entity, 0.8))
        })
    }

    /// The attribution whose first word is token `first`, up to `end`: a
    /// preposition ("selon X"), or a verb of saying with its subject before
    /// or after it.
    pub(super) fn attribution_at(&self, first: usize, end: usize) -> Option<Referent> {
        let tokens = &self.a.tokens;
        let words = self.without_inserted(self.without_parenthetical(first, end));
        let w = |i: usize| words.get(i).map(|&t| tokens[t].key.as_str());
        // "selon X", "d'après X", "according to X".
        if let Some(r) = self.preposition_at(&words, 0) {
            return Some(r);
        }
        if let Some(r) = self.issued_statement(&words, false) {
            return Some(r);
        }
        // "», a poursuivi X": a continuing verb counts right after a quotation.
        let says = |k: &str| is_saying_verb(k) || is_continuing_verb(k);
        // A name of several words counts as one: "the Office for National
        // Statistics said" has its verb as near as "the office said".
        // So does a role's or a noun's complement: "a spokesman for the
        // fire service said", "the family of the victim said", "a person
        // close to the talks said" have their verb as near as "a spokesman
        // said".
        // An adjective may stand before the noun: "a close ally of the
        // president said".
        let heads = |k: &str| {
            role_of(k).is_some()
                || is_role_noun(k)
                || person_noun_of(k).is_some()
                || is_institution_noun(k)
                || is_organisation_noun(k)
        };
        let adjective = w(1).is_some_and(|k| !heads(k) && !is_function_word(k) && !says(k))
            && !tokens[words[1]].capitalised();
        let noun = if adjective { 2 } else { 1 };
        let complement = words.len() > noun + 1
            && w(0).is_some_and(is_determiner)
            && w(noun).is_some_and(heads)
            && w(noun + 1).is_some_and(|k| is_complement_link(k) || is_description_link(k));
        // And an owner: "the club's sporting director said".
        let owner = words.iter().take(3).any(|&t| self.owns_next(t));
        let reach = 5
            + if complement { 2 + noun } else { 0 }
            + if owner { 2 } else { 0 }
            + words
                .iter()
                .take(5)
                .filter_map(|&t| self.ents.at(t).filter(|m| m.tokens.start == t))
                .map(|m| m.tokens.len() - 1)
                .sum::<usize>();
        let Some(v) = (0..words.len().min(reach)).find(|&i| w(i).is_some_and(says)) else {
            // "», s'est-il justifié", "», tranche-t-elle": a verb with its
            // subject pronoun inverted right after a quotation is an
            // attribution, whatever the verb.
            const INVERTED_REACH: usize = 3;
            if let Some(i) = words
                .iter()
                .take(INVERTED_REACH)
                .position(|&t| tokens[t].inverted && is_person_pronoun(&tokens[t].key))
                && i > 0
            {
                return self.pronoun_subject(words[i], &words[i + 1..], end);
            }
            // "« … », frissonne Emma, 30 ans.": after a quotation opening its
            // sentence, one word, then a person's name set off by a comma or
            // the sentence's end, is an incise, whatever the verb.
            if let Some(r) = self.incise_name(&words, end) {
                return Some(r);
            }
            if let Some(r) = self.named_with_relative_clause(&words) {
                return Some(r);
            }
            return self.titled_subject(&words).or_else(|| {
                // A longer description before the name: "Lib Dem home affairs
                // spokesperson Alistair Carmichael said".
                const REACH: usize = 10;
                let v = (0..words.len().min(REACH)).find(|&i| w(i).is_some_and(is_saying_verb))?;
                self.named_right_before(&words[..v])
            });
        };
        // "», adding the commitment to keep Britain": a present participle
        // opening the attribution has the subject of the clause before the
        // quotation; the noun phrase after it is its object.
        if v == 0 && w(0).is_some_and(is_present_participle) {
            return None;
        }
        // Only auxiliaries, inverted pronouns or a name may come before the verb.
        let mut subject = None;
        for (i, &t) in words[..v].iter().enumerate() {
            let tok = &tokens[t];
            if tok.inverted {
                return self.pronoun_subject(t, &words[v + 1..], end);
            }
            if is_person_pronoun(&tok.key) {
                subject = Some(Referent::Pronoun(t));
            } else if let Some(m) = self.ents.at(t) {
                subject.get_or_insert(Referent::Entity(m.entity, 0.9));
            } else if i == 0
                && v > 1
                && let Some(r) = self.noun_phrase(t, words[v])
            {
                // "a reporter asked": the English article folds like the
                // French auxiliary "a", but a phrase follows it.
                subject = Some(r);
                break;
            } else if !is_auxiliary(&tok.key) && !is_verb_filler(&tok.key) {
                // "the minister said": a noun phrase, then the verb.
                if i == 0
                    && let Some(r) = self.noun_phrase(t, words[v])
                {
                    subject = Some(r);
                    break;
                }
                return self.named_right_before(&words[..v]);
            }
        }
        if let Some(s) = subject {
            return Some(s);
        }
        if let Some(&t) = words.get(v + 1)
            && tokens[t].inverted
        {
            return self.pronoun_subject(t, &words[v + 2..], end);
        }
        // "told the Post": who is told, not who speaks.
        if is_object_verb(&tokens[words[v]].key) {
            return None;
        }
        // The subject after the verb, past a few words: "estime pour sa part
        // le vice-ministre", "said council leader Janet Okafor"; not who is
        // spoken to ("a déclaré au Parisien le maire").
        let (mut i, reach) = self.past_aside_after_verb(&words, v);
        while i < reach {
            let t = words[i];
            // "a" unaccented is the English article or the French auxiliary.
            if !is_listener_preposition(&tokens[t].key) || tokens[t].text.eq_ignore_ascii_case("a")
            {
                if let Some(r) = self.noun_phrase(t, end) {
                    return Some(r);
                }
                i += 1;
                continue;
            }
            // Past the listener's article and name: "à l'Agence France-Presse".
            i += 1;
            while i < reach && is_determiner(&tokens[words[i]].key) {
                i += 1;
            }
            let after = words.get(i).and_then(|&w| self.ents.at(w)).map_or(1, |m| {
                words[i..].iter().take_while(|&&w| w < m.tokens.end).count()
            });
            i += after.max(1);
        }
        None
    }

    /// The subject of an inverted verb, pronoun `t`: whom "il", "elle"
    /// stands for; for the impersonal "on", the body named after the verb
    /// ("a-t-on déclaré au Quai d'Orsay"), or no one (`after`: the words
    /// after the verb and its pronoun).
    fn pronoun_subject(&self, t: usize, after: &[usize], end: usize) -> Option<Referent> {
        let tokens = &self.a.tokens;
        if !is_impersonal_pronoun(&tokens[t].key) {
            return Some(Referent::Pronoun(t));
        }
        let at = after
            .iter()
            .position(|&w| is_impersonal_source(&tokens[w].key))
            .filter(|&i| i <= 1)?;
        // "auprès du parquet", "auprès de la préfecture": past the "de".
        let np = after[at + 1..]
            .iter()
            .copied()
            .find(|&w| !is_complement_link(&tokens[w].key))?;
        self.able_to_speak(self.noun_phrase(np, end)?)
    }

    /// "Detroit police Chief James White said", "Lib Dem home affairs
    /// spokesperson Alistair Carmichael said": a description of any shape,
    /// then a person's name right before the verb (past auxiliaries): the
    /// name is the subject.
    pub(super) fn named_right_before(&self, words: &[usize]) -> Option<Referent> {
        let tokens = &self.a.tokens;
        // "Pervez Rasheed Sunday told": past the day too.
        let &last = words.iter().rev().find(|&&t| {
            let k = &tokens[t].key;
            !is_auxiliary(k) && !is_verb_filler(k) && weekday(k).is_none()
        })?;
        let m = self.ents.at(last)?;
        // "the close collaborator of WikiLeaks founder Julian Assange added":
        // whom the subject is named by, not the subject.
        (self.ents.list[m.entity].kind == EntityKind::Person
            && m.tokens.end == last + 1
            && !self.completes_a_noun(m.tokens.start))
        .then_some(Referent::Entity(m.entity, 0.85))
    }

    /// "», Mr Munya who is a lawyer by profession, said.": a person's name,
    /// then a relative clause describing them up to the comma before the
    /// verb of saying; the name is the subject, however long the clause. (A
    /// phrase for a person there, "the event’s organizer, who declined to be
    /// identified, told", is found by the rules for role phrases.)
    fn named_with_relative_clause(&self, words: &[usize]) -> Option<Referent> {
        const REACH: usize = 16;
        let tokens = &self.a.tokens;
        // Past an honorific: "Mr Munya".
        let m = words.iter().take(2).find_map(|&t| self.ents.at(t))?;
        let after = words.iter().position(|&t| t >= m.tokens.end)?;
        let v =
            (after + 1..words.len().min(REACH)).find(|&i| is_saying_verb(&tokens[words[i]].key))?;
        let relative = is_relative_pronoun(&tokens[words[after]].key);
        let comma_before_verb = tokens[words[v] - 1].is(',');
        (self.ents.list[m.entity].kind == EntityKind::Person && relative && comma_before_verb)
            .then_some(Referent::Entity(m.entity, 0.8))
    }

    /// "comme le révèle le parquet de Toulouse, « … »": after "comme le" the
    /// subject of the verb of saying at `words[i]` follows it.
    fn inverted_by_clause(&self, words: &[usize], i: usize, end: usize) -> Option<Referent> {
        const LOOK_BACK: usize = 4;
        let keys: Vec<&str> = words[i.saturating_sub(LOOK_BACK)..i]
            .iter()
            .map(|&t| self.a.tokens[t].key.as_str())
            .filter(|k| !is_auxiliary(k))
            .collect();
        // Only for the quotation right after the clause's comma: "comme
        // l'avait annoncé X : « … »" quotes whoever the sentence opened on.
        let just_before = end.checked_sub(1).is_some_and(|b| self.a.tokens[b].is(','));
        if !ends_inverting_clause(&keys) || !just_before {
            return None;
        }
        self.able_to_speak(self.noun_phrase(*words.get(i + 1)?, end)?)
    }

    /// "« … », frissonne Emma,": a quotation opening its sentence, then a
    /// lower-case word that is no article, function word or participle, then
    /// a person's name ending the clause. Words before the quotation would
    /// make the name after it anyone else ("called it “…”, unlike Jane Doe").
    fn incise_name(&self, words: &[usize], end: usize) -> Option<Referent> {
        let tokens = &self.a.tokens;
        let (&verb, &name) = (words.first()?, words.get(1)?);
        let sentence = &self.a.sentences[self.a.sentence_of(verb)];
        let opened = (sentence.tokens.start..verb)
            .find(|&t| tokens[t].kind == Kind::Word)
            .is_none_or(|t| tokens[t].quote.is_some());
        let v = &tokens[verb];
        if !opened
            || v.capitalised()
            || is_determiner(&v.key)
            || is_function_word(&v.key)
            || is_present_participle(&v.key)
            || is_listener_preposition(&v.key)
        {
            return None;
        }
        let m = self.ents.at(name).filter(|m| m.tokens.start == name)?;
        let closes = m.tokens.end >= end
            || tokens
                .get(m.tokens.end)
                .is_some_and(|t| t.is(',') || t.is('.'));
        (closes && self.ents.list[m.entity].kind == EntityKind::Person)
            .then_some(Referent::Entity(m.entity, 0.7))
    }

    /// The words of `first..end` outside quotations, less a parenthetical set
    /// off by commas between the subject and its verb of saying: "the
    /// secretary, who is privy to the discussions, told", "Jane Roe, lawyer
    /// for Acme, said".
    pub(super) fn without_parenthetical(&self, first: usize, end: usize) -> Vec<usize> {
        let tokens = &self.a.tokens;
        let comma = |from: usize| (from..end).find(|&t| tokens[t].is(','));
        let verb_after = |c: usize| {
            (c + 1..end)
                .find(|&t| {
                    tokens[t].kind == Kind::Word
                        && !is_auxiliary(&tokens[t].key)
                        && !is_verb_filler(&tokens[t].key)
                })
                .is_some_and(|t| is_saying_verb(&tokens[t].key))
        };
        if let Some(open) = comma(first).filter(|&c| c > first)
            && let Some(close) = comma(open + 1)
            && verb_after(close)
            && !self
                .words(first..open)
                .iter()
                .any(|&t| is_saying_verb(&tokens[t].key))
        {
            let mut words = self.words(first..open);
            words.extend(self.words(close + 1..end));
            return self.outside_brackets(words);
        }
        self.outside_brackets(self.words(first..end))
    }

    /// Where the subject after the verb `words[v]` may be looked for, and
    /// how far: past an aside set off by commas right after the verb
    /// ("», confirmait, un large sourire aux lèvres, Patrick Arlettaz"),
    /// when it names no one.
    fn past_aside_after_verb(&self, words: &[usize], v: usize) -> (usize, usize) {
        const ASIDE: usize = 8;
        const REACH: usize = 5;
        let tokens = &self.a.tokens;
        let verb = words[v];
        let aside_end = tokens
            .get(verb + 1)
            .filter(|t| t.is(','))
            .and_then(|_| {
                (verb + 2..(verb + 2 + ASIDE).min(tokens.len())).find(|&t| tokens[t].is(','))
            })
            .filter(|&c| (verb + 2..c).all(|t| self.ents.at(t).is_none()));
        match aside_end.and_then(|c| words.iter().position(|&w| w > c)) {
            Some(i) => (i, words.len().min(i + REACH)),
            // Past a listener too: "racontait à chaud pour beIN SPORTS
            // Tamara Horacek".
            None => (v + 1, words.len().min(v + 9)),
        }
    }

    /// `words` without a phrase set between an auxiliary and its
    /// participle ("a d'ailleurs reconnu", "a pour sa part estimé").
    fn without_inserted(&self, words: Vec<usize>) -> Vec<usize> {
        let tokens = &self.a.tokens;
        let keys: Vec<&str> = words.iter().map(|&t| tokens[t].key.as_str()).collect();
        let mut kept = Vec::with_capacity(words.len());
        let mut i = 0;
        while i < words.len() {
            kept.push(words[i]);
            if is_auxiliary(keys[i]) {
                while let Some(n) = inserted_adverbial(&keys[i + 1..]) {
                    i += n;
                }
            }
            i += 1;
        }
        kept
    }

    /// `words` without those in brackets: "Sen. Josh Hawley (R-Mo.) told
    /// Axios", "Jane Roe (Labour) said" put an aside between name and verb.
    fn outside_brackets(&self, words: Vec<usize>) -> Vec<usize> {
        let tokens = &self.a.tokens;
        let (Some(&first), Some(&last)) = (words.first(), words.last()) else {
            return words;
        };
        let mut depth = 0usize;
        let mut inside = vec![false; last + 1 - first];
        for t in first..=last {
            if tokens[t].is('(') {
                depth += 1;
            } else if tokens[t].is(')') {
                depth = depth.saturating_sub(1);
            } else {
                inside[t - first] = depth > 0;
            }
        }
        words.into_iter().filter(|&t| !inside[t - first]).collect()
    }

    /// "European Commissioner for Economic and Financial Affairs Pierre
    /// Moscovici told": a long title in capitals, the name, then the verb.
    pub(super) fn titled_subject(&self, words: &[usize]) -> Option<Referent> {
        let tokens = &self.a.tokens;
        let v = (0..words.len().min(16)).find(|&i| is_saying_verb(&tokens[words[i]].key))?;
        let title = words[..v]
            .iter()
            .all(|&t| tokens[t].capitalised() || is_title_connector(&tokens[t].key));
        let m = self.ents.at(*words[..v].last()?)?;
        (title && self.ents.list[m.entity].kind == EntityKind::Person)
            .then_some(Referent::Entity(m.entity, 0.85))
    }

    /// X a déclaré : « … » / selon X, « … »: the last verb of saying or
    /// speaker preposition before the quotation, and its subject.
    pub(super) fn before(&self, quote: &Quotation) -> Option<Referent> {
        let sentence = &self.a.sentences[quote.sentence];
        let words = self.words(sentence.tokens.start..quote.open_token);
        for i in (0..words.len()).rev() {
            if let Some(r) = self
                .preposition_at(&words, i)
                .or_else(|| self.claim_owner(&words, i))
            {
                return Some(r);
            }
            if is_saying_verb(&self.a.tokens[words[i]].key) {
                if let Some(r) = self.participle_joined(&words, i, quote) {
                    return Some(r);
                }
                if let Some(r) = self.inverted_by_clause(&words, i, quote.open_token) {
                    return Some(r);
                }
                // "X said …, but said “…”": a verb joined to an earlier one
                // shares its subject.
                let joined =
                    (i.saturating_sub(2)..i).any(|j| is_coordinator(&self.a.tokens[words[j]].key));
                if joined
                    && let Some(&earlier) = words[..i.saturating_sub(1)]
                        .iter()
                        .rev()
                        .find(|&&t| is_saying_verb(&self.a.tokens[t].key))
                {
                    return self.subject(sentence.tokens.start..earlier);
                }
                return self.subject(sentence.tokens.start..words[i]);
            }
        }
        None
    }
}
