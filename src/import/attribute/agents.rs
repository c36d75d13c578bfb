//! Attributions the main rules miss: the agent of a passive after the
//! quotation ("jugées « fausses » par la HAAC"), a present participle joined
//! to an earlier verb of saying ("a rectifié le parquet, précisant que
//! « … »"), a verb that attributes the quotation before it, a sentence
//! opening on "selon X", and one of a group for a pronoun that stands for one person ("des témoins
//! racontent … Il dit …").

use super::{Ctx, Referent, Resolved};
use crate::import::lexicon::{
    is_advocated_participle, is_agent_word, is_auxiliary, is_determiner, is_judged_as,
    is_judging_participle, is_passive_marker, is_person_possessive, is_present_participle,
    is_relative_pronoun, is_saying_verb, is_singular_pronoun, is_speech_noun,
    is_uttered_participle, is_verb_filler, singulars,
};
use crate::import::names::EntityKind;
use crate::import::roles::{person_noun_of, role_of};
use crate::import::segment::{Kind, Quotation};
use crate::text::fold_key;

/// The rule that names one of a group for a pronoun standing for one person.
const ONE_OF_GROUP: &str = "a pronoun for one person whose antecedent is a group (des témoins … il): one of them, by the noun in the singular";

impl Ctx<'_> {
    /// "« fausses » par la HAAC", "'reckless' by the regulator": the agent
    /// right after a quotation that a judging participle or a verb of saying
    /// opens ("jugées", "qualifiées de", "described as").
    pub(super) fn passive_agent(&self, quote: &Quotation, first: usize) -> Option<Referent> {
        let tokens = &self.a.tokens;
        let close = quote.close_token?;
        if first != close + 1 || !is_agent_word(&tokens[first].key) {
            return None;
        }
        let start = self.a.sentences[quote.sentence].tokens.start;
        let before = self.words(start..quote.open_token);
        let mut back = before.iter().rev().map(|&t| tokens[t].key.as_str());
        let judged = match back.next()? {
            k if is_judged_as(k) => back.next()?,
            k => k,
        };
        if !is_judging_participle(judged) && !is_saying_verb(judged) {
            return None;
        }
        let end = self.a.sentences[quote.sentence].tokens.end;
        self.able_to_speak(self.noun_phrase(first + 1, end)?)
    }

    /// "le « dialogue social » prôné par le maire", "the “…” announced by
    /// the minister": a participle of saying (or of advocating) right after
    /// the quotation, then its agent.
    pub(super) fn participle_agent(&self, quote: &Quotation, first: usize) -> Option<Referent> {
        let tokens = &self.a.tokens;
        let close = quote.close_token?;
        let k = tokens[first].key.as_str();
        let by = first + 1;
        if first != close + 1
            || !(is_saying_verb(k) || is_advocated_participle(k))
            || !tokens.get(by).is_some_and(|t| is_agent_word(&t.key))
        {
            return None;
        }
        // "touted by council leader Jane Roe": a role without its article
        // may come before the name, as after "said".
        const REACH: usize = 3;
        let end = self.a.sentences[quote.sentence].tokens.end;
        let r = (by + 1..end)
            .take_while(|&t| tokens[t].kind == Kind::Word)
            .take(REACH)
            .find_map(|t| self.noun_phrase(t, end))?;
        self.able_to_speak(r)
    }

    /// "a rectifié le parquet de Paris auprès de l'AFP, précisant que
    /// « … »": a present participle after a comma (`words[i]`) has the
    /// subject of the verb of saying before it, which a quotation earlier
    /// in the sentence may have after it.
    pub(super) fn participle_joined(
        &self,
        words: &[usize],
        i: usize,
        quote: &Quotation,
    ) -> Option<Referent> {
        let tokens = &self.a.tokens;
        let verb = words[i];
        // "…, précisant", "… - claiming": a comma or a dash sets it apart.
        let after_comma = verb
            .checked_sub(1)
            .is_some_and(|p| tokens[p].is(',') || is_dash(&tokens[p].text));
        if !is_present_participle(&tokens[verb].key) || !after_comma {
            return None;
        }
        let &earlier = words[..i]
            .iter()
            .rev()
            .find(|&&t| is_saying_verb(&tokens[t].key))?;
        let sentence = &self.a.sentences[quote.sentence];
        let attributed = self
            .a
            .quotations
            .iter()
            .rfind(|q| q.sentence == quote.sentence && q.close_token.is_some_and(|c| c < earlier))
            .and_then(|q| self.after(q));
        attributed.or_else(|| self.subject(sentence.tokens.start..earlier))
    }

    /// "n'a pas été précisé": a verb of saying right after a passive
    /// auxiliary, whose subject is what is said, not who says it.
    pub(super) fn in_passive(&self, verb: usize) -> bool {
        let tokens = &self.a.tokens;
        (verb.saturating_sub(2)..verb)
            .rev()
            .find(|&t| tokens[t].kind == Kind::Word)
            .is_some_and(|t| is_passive_marker(&tokens[t].key))
    }

    /// "répondu à une journaliste qui l'interrogeait": a verb of saying
    /// right after a relative pronoun (past auxiliaries, fillers and object
    /// pronouns) says what the one the clause describes did; it reports no
    /// speech of the sentence's subject.
    pub(super) fn in_relative_clause(&self, verb: usize) -> bool {
        const REACH: usize = 4;
        let tokens = &self.a.tokens;
        (verb.saturating_sub(REACH)..verb)
            .rev()
            .find(|&t| {
                let k = tokens[t].key.as_str();
                !(tokens[t].kind == Kind::Word
                    && (is_auxiliary(k) || is_verb_filler(k) || is_determiner(k)))
            })
            .is_some_and(|t| tokens[t].kind == Kind::Word && is_relative_pronoun(&tokens[t].key))
    }

    /// Whether the verb of saying at `verb` comes right after a quotation
    /// (past a comma, auxiliaries and fillers): it attributes that
    /// quotation, and its subject follows it.
    /// "in response to Zakharova's comments", "his remarks": an English
    /// verb of saying's form after a possessive or an article is a noun,
    /// and tells no one's indirect speech ("a déclaré": the French
    /// auxiliary is no article; "il le dit": nor is a clitic).
    pub(super) fn used_as_noun(&self, verb: usize) -> bool {
        let tokens = &self.a.tokens;
        let Some(b) = verb.checked_sub(1) else {
            return false;
        };
        let before = &tokens[b];
        // Apostrophes part words: "Zakharova’s" is "Zakharova", "s".
        let possessive_s = before.key == "s" && self.after_apostrophe(b);
        // (A possessive "s" folds like the French clitic of "s'est".)
        before.kind == Kind::Word
            && (possessive_s
                || (!is_auxiliary(&before.key)
                    && !is_verb_filler(&before.key)
                    && (is_person_possessive(&before.key) || is_determiner(&before.key))))
    }

    /// "Les mots de Franck Bizet … sont aussi durs que …", "The words of X
    /// were …": a sentence opening on what someone said reports their
    /// speech, whatever its verb.
    pub(super) fn speech_noun_subject(&self, s: usize) -> Option<usize> {
        let words = self.words(self.a.sentences[s].tokens.clone());
        let at = self.speech_noun_speaker(&words, 0)?;
        let m = self
            .ents
            .at(words[at])
            .filter(|m| m.tokens.start == words[at])?;
        (self.ents.list[m.entity].kind == EntityKind::Person).then_some(m.entity)
    }

    /// "Une déclaration qui faisait référence aux propos tenus un peu plus
    /// tôt par Christophe Castaner", "remarks made on Monday by X": words
    /// someone uttered, named by a speech noun, a participle and its agent.
    pub(super) fn speech_noun_agent(&self, s: usize) -> Option<usize> {
        // Words after the participle up to "par", "par" included: "un peu
        // plus tôt par".
        const REACH: usize = 5;
        let words = self.words(self.a.sentences[s].tokens.clone());
        let key = |i: usize| self.a.tokens[words[i]].key.as_str();
        let noun = (0..words.len().saturating_sub(1))
            .find(|&i| is_speech_noun(key(i)) && is_uttered_participle(key(i + 1)))?;
        let by = (noun + 2..words.len())
            .take(REACH)
            .find(|&i| is_agent_word(key(i)))?;
        let m = self
            .ents
            .at(*words.get(by + 1)?)
            .filter(|m| m.tokens.start == words[by + 1])?;
        (self.ents.list[m.entity].kind == EntityKind::Person).then_some(m.entity)
    }

    pub(super) fn attributes_quote_before(&self, verb: usize) -> bool {
        let tokens = &self.a.tokens;
        (0..verb)
            .rev()
            .find(|&t| {
                let tok = &tokens[t];
                tok.quote.is_some()
                    || match tok.kind {
                        Kind::Word => !is_auxiliary(&tok.key) && !is_verb_filler(&tok.key),
                        Kind::Punct => !tok.is(','),
                    }
            })
            .is_some_and(|t| tokens[t].quote.is_some() || is_closing_mark(&tokens[t].text))
    }

    /// The person a speaker preposition names in a sentence: opening it
    /// ("Selon Barka Michel, …", "According to her, …") or after a comma
    /// ("… des preuves importantes, selon l'ex-enquêteur Roger Ferland").
    /// Mid-sentence "pour" is left out: it is as often whom something is for.
    pub(super) fn preposition_speaker(&mut self, s: usize) -> Option<usize> {
        let sentence = &self.a.sentences[s];
        let words = self.words(sentence.tokens.clone());
        let tokens = &self.a.tokens;
        // "d'après" is found at its "d", as "selon" is at itself.
        let after_comma = |i: usize| {
            tokens[words[i]].key != "pour"
                && words[i] > sentence.tokens.start
                && tokens[words[i] - 1].is(',')
        };
        let (i, r) = (0..words.len())
            .filter(|&i| i == 0 || after_comma(i))
            .find_map(|i| self.preposition_at(&words, i).map(|r| (i, r)))?;
        let e = self.resolve(r)?.entity;
        let person = &self.ents.list[e];
        // After a comma only a person named: "according to a witness
        // statement read in court" puts no one in focus.
        (person.kind == EntityKind::Person && (i == 0 || !person.anonymous)).then_some(e)
    }

    /// The speaker a singular pronoun at `pronoun` resolved to, or, when
    /// that is a group described in the plural ("témoins"), one of them.
    pub(super) fn one_of_group(&mut self, pronoun: Option<usize>, res: Resolved) -> Resolved {
        let Some(p) = pronoun else {
            return res;
        };
        if !is_singular_pronoun(&self.a.tokens[p].key) {
            return res;
        }
        let entity = &self.ents.list[res.entity];
        if !entity.anonymous || entity.kind != EntityKind::Person {
            return res;
        }
        let Some(name) = singular_of(&entity.name) else {
            return res;
        };
        let e = self.ents.described(&name, None);
        Resolved::new(e, res.confidence).by(ONE_OF_GROUP)
    }
}

/// A dash setting a phrase apart, as a comma would.
fn is_dash(text: &str) -> bool {
    matches!(text, "-" | "–" | "—")
}

/// A closing quotation mark, in case the mark itself is not inside its quotation.
fn is_closing_mark(text: &str) -> bool {
    matches!(text, "»" | "”" | "\"")
}

/// "témoin" for "témoins", "habitant du quartier" for "habitants du
/// quartier": the description with its head noun in the singular, when
/// the head is the plural of a role or person noun.
pub(super) fn singular_of(name: &str) -> Option<String> {
    let (head, rest) = name.split_once(' ').unwrap_or((name, ""));
    let key = fold_key(head);
    let single = singulars(&key).find(|s| role_of(s).is_some() || person_noun_of(s).is_some())?;
    let drop = key.chars().count() - single.chars().count();
    let kept = head.chars().count().checked_sub(drop)?;
    let head: String = head.chars().take(kept).collect();
    Some(if rest.is_empty() {
        head
    } else {
        format!("{head} {rest}")
    })
}
