//! A headline's quotation: the speaker of the same words in the body, of
//! the paragraph after a subheading, a name before a colon or after the
//! quotation, or the headline's own attribution. And a paragraph of speech
//! under a line that names its speaker ("Le plus satisfait : Leonardo Jardim
//! (Monaco)").

use super::{ANCHORED, Ctx, Speaker, Verdict};
use crate::import::lexicon::is_saying_verb;
use crate::import::names::EntityKind;
use crate::import::segment::{Kind, Quotation};
use std::ops::Range;

/// How many words a line naming the speaker of the paragraph after it may have.
const NAMING_LINE_WORDS: usize = 12;

/// The rule that gives a paragraph of speech the person a short line
/// above it names.
const NAMED_BY_LINE: &str = "a short line naming the speaker before the quotation's paragraph";
use crate::text::fold_key;

/// The rule for a headline said again in the body by someone only guessed at.
const GUESSED_AGAIN: &str =
    "a headline quoted again in the body, whose speaker there is only a guess";

impl Ctx<'_> {
    /// Gives each quotation of a heading (`headings`) its speaker.
    pub(super) fn headline_speakers(&mut self, headings: &[usize], verdicts: &mut [Verdict]) {
        let a = self.a;
        // A headline's quotation is usually said again in the body, with its speaker.
        let keys: Vec<String> = if headings.is_empty() {
            Vec::new()
        } else {
            a.quotations
                .iter()
                .map(|q| fold_key(&a.text(q.inner.clone())))
                .collect()
        };
        for &q in headings {
            let folded = &keys[q];
            // The same words said in the body, by a speaker given with at
            // least `floor` confidence.
            let said_again = |floor: f32, cue: &'static str, confidence: f32| {
                verdicts.iter().enumerate().find_map(|(i, v)| {
                    let Verdict::Speech(Some(sp)) = v else {
                        return None;
                    };
                    let text = &keys[i];
                    let same = i != q && (text.contains(folded) || folded.contains(text));
                    (same && sp.confidence >= floor).then_some(Speaker {
                        entity: sp.entity,
                        cue,
                        confidence: confidence.min(sp.confidence),
                    })
                })
            };
            let speaker = said_again(ANCHORED, "a headline quoted again in the body", 0.75);
            // A subheading quoting words is headed by who speaks in the paragraph after it.
            let subheading = || {
                let quote = &a.quotations[q];
                if quote.paragraph == 0 {
                    return None;
                }
                a.quotations
                    .iter()
                    .zip(&*verdicts)
                    .find(|(o, _)| o.paragraph == quote.paragraph + 1)
                    .and_then(|(_, v)| match v {
                        Verdict::Speech(Some(sp)) if sp.confidence >= ANCHORED => Some(Speaker {
                            entity: sp.entity,
                            cue: "a subheading: who speaks in the paragraph after it",
                            confidence: sp.confidence * 0.8,
                        }),
                        _ => None,
                    })
            };
            let speaker = speaker
                .or_else(subheading)
                .or_else(|| self.headline_name(&a.quotations[q]))
                .or_else(|| self.name_after_headline(&a.quotations[q]))
                .or_else(|| {
                    // "'We will not give up', says Anna Berg", then "Berg: …"
                    let quote = &a.quotations[q];
                    let r = self.after(quote).or_else(|| self.before(quote))?;
                    let res = self.resolve(r)?;
                    Some(Speaker {
                        entity: res.entity,
                        cue: res.rule.unwrap_or("attribution in the headline"),
                        confidence: res.confidence * 0.8,
                    })
                })
                // Said again in the body by someone only guessed at: the
                // same guess, rather than another.
                .or_else(|| said_again(0.0, GUESSED_AGAIN, 0.4))
                .or_else(|| self.main_speaker(verdicts));
            verdicts[q] = Verdict::Speech(speaker);
        }
    }

    /// The person the body quotes most by their own attribution, as a weak
    /// guess for a headline's quotation nothing else gives a speaker: a
    /// headline most often quotes the story's main voice. None on a tie.
    fn main_speaker(&self, verdicts: &[Verdict]) -> Option<Speaker> {
        let mut counts: Vec<(usize, usize)> = Vec::new();
        for (quote, v) in self.a.quotations.iter().zip(verdicts) {
            let Verdict::Speech(Some(sp)) = v else {
                continue;
            };
            if self.a.paragraphs[quote.paragraph].heading
                || sp.confidence < ANCHORED
                || self.ents.list[sp.entity].kind != EntityKind::Person
            {
                continue;
            }
            match counts.iter_mut().find(|(e, _)| *e == sp.entity) {
                Some((_, n)) => *n += 1,
                None => counts.push((sp.entity, 1)),
            }
        }
        counts.sort_by_key(|&(_, n)| std::cmp::Reverse(n));
        match counts.as_slice() {
            [(e, n), rest @ ..] if rest.first().is_none_or(|(_, m)| m < n) => Some(Speaker {
                entity: *e,
                cue: "a headline's quotation nothing else attributes: the person the body quotes most",
                confidence: 0.4,
            }),
            _ => None,
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

    /// "« La CEI est devenue l'instrument d'un pouvoir », Laurent Gbagbo" in
    /// a headline: a person's name after the quotation ends the headline.
    fn name_after_headline(&self, quote: &Quotation) -> Option<Speaker> {
        let tokens = &self.a.tokens;
        let close = quote.close_token?;
        let sep = tokens.get(close + 1)?;
        if !(sep.is(',') || sep.is('—') || sep.is('–') || sep.is('-')) {
            return None;
        }
        let m = self.ents.at(close + 2)?;
        let paragraph = self.paragraph_tokens(quote.paragraph);
        let rest_is_punct = (m.tokens.end..paragraph.end).all(|t| tokens[t].kind != Kind::Word);
        (m.tokens.start == close + 2
            && rest_is_punct
            && self.ents.list[m.entity].kind == EntityKind::Person)
            .then_some(Speaker {
                entity: m.entity,
                cue: "a name after the quotation in a headline",
                confidence: 0.7,
            })
    }

    /// A quotation opening a paragraph, with no attribution, under a short
    /// line with no quotation or verb of saying that ends on a person's name
    /// ("Le plus satisfait : Leonardo Jardim (Monaco)"; "Jane Roe, mayor:"):
    /// the layout of interviews and round-ups of reactions.
    pub(super) fn named_by_line_before(&self, quote: &Quotation) -> Option<Speaker> {
        let tokens = &self.a.tokens;
        let here = self.paragraph_tokens(quote.paragraph);
        if quote.paragraph == 0 || here.start != quote.open_token {
            return None;
        }
        let line = self.paragraph_tokens(quote.paragraph - 1);
        let words: Vec<usize> = line
            .clone()
            .filter(|&t| tokens[t].kind == Kind::Word)
            .collect();
        if words.is_empty()
            || words.len() > NAMING_LINE_WORDS
            || line
                .clone()
                .any(|t| tokens[t].quote.is_some() || is_saying_verb(&tokens[t].key))
        {
            return None;
        }
        // "– Neil Wilson, chief market analyst at Markets.com": a line that
        // opens on a person's name and describes them after a comma, with
        // no full stop to make it a sentence.
        let sentence_end = line
            .clone()
            .next_back()
            .is_some_and(|t| ['.', '!', '?'].iter().any(|&c| tokens[t].is(c)));
        if let Some(m) = self.ents.at(words[0]).filter(|m| {
            m.tokens.start == words[0]
                && self.ents.list[m.entity].kind == EntityKind::Person
                && tokens.get(m.tokens.end).is_some_and(|t| t.is(','))
        }) && !sentence_end
        {
            return Some(Speaker {
                entity: m.entity,
                cue: NAMED_BY_LINE,
                confidence: 0.7,
            });
        }
        // The last person named, then only punctuation or a bracket (a club,
        // a party, a town) to the line's end.
        let m = words.iter().rev().find_map(|&t| {
            self.ents
                .at(t)
                .filter(|m| self.ents.list[m.entity].kind == EntityKind::Person)
        })?;
        let mut depth = 0usize;
        let trailing_ok = (m.tokens.end..line.end).all(|t| {
            let tok = &tokens[t];
            if tok.is('(') {
                depth += 1;
            } else if tok.is(')') {
                depth = depth.saturating_sub(1);
            }
            depth > 0 || tok.is(')') || tok.kind != Kind::Word
        });
        trailing_ok.then_some(Speaker {
            entity: m.entity,
            cue: NAMED_BY_LINE,
            confidence: 0.7,
        })
    }

    /// The tokens of paragraph `p` (sentences are in text order: a search,
    /// not a scan, keeps long articles linear).
    fn paragraph_tokens(&self, p: usize) -> Range<usize> {
        let sentences = &self.a.sentences;
        let first = sentences.partition_point(|s| s.paragraph < p);
        let end = sentences.partition_point(|s| s.paragraph <= p);
        match (
            sentences.get(first),
            end.checked_sub(1).and_then(|l| sentences.get(l)),
        ) {
            (Some(f), Some(l)) if first < end => f.tokens.start..l.tokens.end,
            _ => 0..0,
        }
    }
}
