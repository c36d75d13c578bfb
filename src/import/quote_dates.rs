//! The day a quote was said, found by an ordered list of strategies: the date
//! in its sentence, the narrative date of its paragraph, the day of the
//! quote it continues, the day its speaker was said to speak, the day of the
//! paragraph before. The first that answers wins, and says so. A new strategy
//! is a function and a row in [`STRATEGIES`].
//!
//! A date in a sentence with a verb of saying dates the speech only when it
//! is attached to the verb ("said Monday", "a déclaré mardi") or heads the
//! sentence ("Le 9 août, il a dit"); elsewhere it is what was said about
//! ("reported a raid on Wednesday"), background like a pluperfect's.

mod attached;

use super::dates::DateMention;
use super::lexicon::{is_remark_noun, is_saying_verb};
use super::segment::{Article, Quotation};
use crate::data::Precision;
use attached::{about_what_was_said, in_apposed_participle, in_pluperfect, told_in_present};
use chrono::NaiveDate;
use std::collections::BTreeSet;

/// What the strategies look at, grouped once per article: looking dates up
/// per sentence and per quote made the import quadratic in length.
pub struct Dating<'a> {
    article: &'a Article,
    published: NaiveDate,
    pub in_sentence: Vec<Vec<&'a DateMention>>,
    in_paragraph: Vec<Vec<&'a DateMention>>,
    /// (entity, char offset, day, remarks): a sentence with a verb of saying
    /// and a day names the entity ("a déclaré mercredi … John Kirby"); with
    /// `remarks`, the sentence names the speech itself ("Putin made his
    /// remarks on February 23"), which dates that speaker's quotes before it too.
    speech_days: Vec<(usize, usize, &'a DateMention, bool)>,
    /// Per date mention (by its first token): told in the pluperfect ("était
    /// arrivé dès jeudi", "had arrived on Thursday"), so background that does
    /// not move the day the story is at.
    background: std::collections::HashSet<usize>,
    /// The last quote dated: its speaker, paragraph and date, for a quote
    /// that continues it.
    last: std::cell::Cell<Option<Said<'a>>>,
}

/// A quote already dated, as the next one sees it.
#[derive(Clone, Copy)]
struct Said<'a> {
    speaker: Option<usize>,
    paragraph: usize,
    close: usize,
    date: Option<&'a DateMention>,
}

/// A quote's date and the strategy that gave it.
pub struct QuoteDate<'a> {
    pub mention: &'a DateMention,
    pub rule: String,
}

type Strategy = for<'a> fn(&Dating<'a>, &Quotation, Option<usize>) -> Option<&'a DateMention>;

/// The strategies, in the order they are tried, with the words each rule is
/// reported with.
const STRATEGIES: &[(Strategy, &str)] = &[
    (in_its_sentence, "in its sentence"),
    (earlier_in_paragraph, "earlier in its paragraph"),
    (
        continued_quote,
        "dating the quote of the same speaker it continues",
    ),
    (remarks_day, "where its speaker's remarks are dated"),
    (speaker_day, "where its speaker was said to speak"),
    (paragraph_before, "in the paragraph before"),
];

impl<'a> Dating<'a> {
    pub fn new(
        article: &'a Article,
        found: &'a [DateMention],
        entities_in_sentence: &[BTreeSet<usize>],
        published: NaiveDate,
    ) -> Self {
        let a = article;
        let mut in_sentence: Vec<Vec<&DateMention>> = vec![Vec::new(); a.sentences.len()];
        let mut in_paragraph: Vec<Vec<&DateMention>> = vec![Vec::new(); a.paragraphs.len()];
        for m in found {
            let s = a.sentence_of(m.tokens.start);
            in_sentence[s].push(m);
            in_paragraph[a.sentences[s].paragraph].push(m);
        }
        let outside_word = |t: usize, test: fn(&str) -> bool| {
            let tok = &a.tokens[t];
            tok.quote.is_none() && test(&tok.key)
        };
        let background = found
            .iter()
            .filter(|m| {
                in_pluperfect(a, m.tokens.start)
                    || in_apposed_participle(a, m.tokens.start)
                    || about_what_was_said(a, m)
            })
            .map(|m| m.tokens.start)
            .collect();
        let mut speech_days = Vec::new();
        for (s, sentence) in a.sentences.iter().enumerate() {
            if a.paragraphs[sentence.paragraph].heading {
                continue;
            }
            let says = sentence
                .tokens
                .clone()
                .any(|t| outside_word(t, is_saying_verb));
            let remarks = sentence
                .tokens
                .clone()
                .any(|t| outside_word(t, is_remark_noun));
            let day = in_sentence[s].iter().copied().find(|m| {
                a.tokens[m.tokens.start].quote.is_none()
                    && !in_pluperfect(a, m.tokens.start)
                    && !about_what_was_said(a, m)
                    && m.governs
                    && m.date.precision() == Precision::Day
                    && m.date.first_day() <= published
            });
            if let (true, Some(m)) = (says || remarks, day) {
                for &e in &entities_in_sentence[s] {
                    speech_days.push((e, m.chars.start, m, remarks));
                }
            }
        }
        Dating {
            article,
            published,
            in_sentence,
            in_paragraph,
            speech_days,
            background,
            last: std::cell::Cell::new(None),
        }
    }

    /// The date of quote `q`, spoken by entity `speaker`; None when no
    /// strategy answers (the caller then uses the publication date).
    /// Quotes are dated in the order of the article.
    pub fn date(&self, q: &Quotation, speaker: Option<usize>) -> Option<QuoteDate<'a>> {
        // Words said in the present ("raconte-t-il", "says") are said as the
        // story is published: only a date in their own sentence moves them.
        let present = told_in_present(self.article, q);
        let found = STRATEGIES
            .iter()
            .enumerate()
            .find_map(|(n, (strategy, said))| {
                if n > 0 && present {
                    return None;
                }
                let m = strategy(self, q, speaker)?;
                let text = self.article.text(m.chars.clone());
                Some(QuoteDate {
                    mention: m,
                    rule: format!("'{text}' {said}: {}", m.rule),
                })
            });
        // A headline's quote is no speech the body's quotes continue.
        if self.article.paragraphs[q.paragraph].heading {
            return found;
        }
        self.last.set(Some(Said {
            speaker,
            paragraph: q.paragraph,
            close: q.close,
            date: found.as_ref().map(|d| d.mention),
        }));
        found
    }

    /// A date that can say when words were said: outside quotation marks,
    /// not a bound ("depuis"), not after publication.
    fn usable(&self, m: &DateMention) -> bool {
        self.article.tokens[m.tokens.start].quote.is_none()
            && m.governs
            && m.date.first_day() <= self.published
    }

    /// A date that can set the day a story is at, for the quotes after it: not
    /// told in the pluperfect, and not a period holding the publication day
    /// ("this year", "ce mois-ci"), which says nothing of the day.
    fn narrative(&self, m: &DateMention) -> bool {
        self.usable(m) && !self.holds_publication(m) && !self.background.contains(&m.tokens.start)
    }

    /// A month or a year that holds the publication day ("en 2025" published
    /// in February 2025): it says no more of the day than publication does.
    fn holds_publication(&self, m: &DateMention) -> bool {
        m.date.precision() != Precision::Day
            && m.date.first_day() <= self.published
            && self.published <= m.date.last_day()
    }
}

/// A date in the quote's own sentence: the one before the quote and nearest
/// it, unless the sentence's verb of saying leaves it out (what was said about).
fn in_its_sentence<'a>(d: &Dating<'a>, q: &Quotation, _: Option<usize>) -> Option<&'a DateMention> {
    d.in_sentence[q.sentence]
        .iter()
        .copied()
        .filter(|m| {
            d.usable(m)
                && !d.holds_publication(m)
                && !about_what_was_said(d.article, m)
                && !in_apposed_participle(d.article, m.tokens.start)
        })
        .min_by_key(|m| (m.chars.start > q.open, m.chars.start.abs_diff(q.open)))
}

/// The date of the quote just before, when this one continues it: the same
/// speaker, in the same or the next paragraph, no narrative date between.
fn continued_quote<'a>(
    d: &Dating<'a>,
    q: &Quotation,
    who: Option<usize>,
) -> Option<&'a DateMention> {
    let last = d.last.get()?;
    let m = last.date?;
    if who.is_none() || last.speaker != who || q.paragraph > last.paragraph + 1 {
        return None;
    }
    let between = d.in_paragraph[last.paragraph..=q.paragraph]
        .iter()
        .flatten()
        .any(|n| d.narrative(n) && n.chars.start > last.close && n.chars.end <= q.open);
    (!between).then_some(m)
}

/// The narrative date earlier in the quote's paragraph.
fn earlier_in_paragraph<'a>(
    d: &Dating<'a>,
    q: &Quotation,
    _: Option<usize>,
) -> Option<&'a DateMention> {
    d.in_paragraph[q.paragraph]
        .iter()
        .copied()
        .filter(|m| d.narrative(m))
        .rfind(|m| m.chars.end <= q.open)
}

/// The day its speaker was said to speak, paragraphs before.
fn speaker_day<'a>(d: &Dating<'a>, q: &Quotation, who: Option<usize>) -> Option<&'a DateMention> {
    let e = who?;
    let paragraph =
        |m: &DateMention| d.article.sentences[d.article.sentence_of(m.tokens.start)].paragraph;
    d.speech_days
        .iter()
        .rfind(|(w, at, m, _)| *w == e && *at < q.open && paragraph(m) < q.paragraph)
        .map(|&(_, _, m, _)| m)
}

/// The day a sentence naming its speaker's remarks gives them, before or
/// after the quote ("Putin made his remarks … on February 23"): the nearest.
fn remarks_day<'a>(d: &Dating<'a>, q: &Quotation, who: Option<usize>) -> Option<&'a DateMention> {
    let e = who?;
    d.speech_days
        .iter()
        .filter(|(w, _, _, remarks)| *remarks && *w == e)
        .min_by_key(|(_, at, _, _)| at.abs_diff(q.open))
        .map(|&(_, _, m, _)| m)
}

/// Across a paragraph break only a day dates speech: a month or a year there
/// ("cracked during December") is background, not when it was said.
fn paragraph_before<'a>(
    d: &Dating<'a>,
    q: &Quotation,
    _: Option<usize>,
) -> Option<&'a DateMention> {
    let a = d.article;
    if q.paragraph == 0 || a.paragraphs[q.paragraph - 1].heading {
        return None;
    }
    d.in_paragraph[q.paragraph - 1]
        .iter()
        .copied()
        .filter(|m| d.narrative(m))
        .rfind(|m| m.date.precision() == Precision::Day)
}
