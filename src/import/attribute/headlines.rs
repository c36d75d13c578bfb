//! A headline's quotation: the speaker of the same words in the body, of
//! the paragraph after a subheading, a name before a colon, or the
//! headline's own attribution.

use super::{ANCHORED, Ctx, Speaker, Verdict};
use crate::import::names::EntityKind;
use crate::import::segment::Quotation;
use crate::text::fold_key;

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
            let speaker =
                a.quotations
                    .iter()
                    .zip(&*verdicts)
                    .enumerate()
                    .find_map(|(i, (_, v))| {
                        let Verdict::Speech(Some(sp)) = v else {
                            return None;
                        };
                        if sp.confidence < ANCHORED {
                            return None;
                        }
                        let text = &keys[i];
                        (i != q && (text.contains(folded) || folded.contains(text))).then_some(
                            Speaker {
                                entity: sp.entity,
                                cue: "a headline quoted again in the body",
                                confidence: 0.75,
                            },
                        )
                    });
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
                .or_else(|| {
                    let r = self.before(&a.quotations[q])?;
                    let res = self.resolve(r)?;
                    Some(Speaker {
                        entity: res.entity,
                        cue: res.rule.unwrap_or("attribution in the headline"),
                        confidence: res.confidence * 0.8,
                    })
                });
            verdicts[q] = Verdict::Speech(speaker);
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
