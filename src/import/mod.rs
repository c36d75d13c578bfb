//! Import: turns a plain-text news article into proposed quotes (with their
//! speakers), dates, actors and events, each with the character span it came
//! from and a confidence. Rule-based; French conventions first, English too.
//! Pure: no I/O here ([`merge`] writes datasets).

pub mod attribute;
pub mod dates;
pub mod eval;
mod gazetteer;
mod labels;
mod lexicon;
pub mod merge;
pub mod names;
mod proposal;
mod quote_dates;
pub mod review;
mod roles;
mod runs;
pub mod segment;

/// Articles over this size are not news articles; refused while reading. The
/// importer's time grows faster than its text (release build: 0.08 s for
/// 256 KiB, 1.4 s for 1 MiB, about half a minute for 4 MiB), so the limit is
/// where an import still answers in a second or two.
pub const MAX_ARTICLE_BYTES: u64 = 1024 * 1024;

use crate::data::{Dataset, FuzzyDate, Precision};
use attribute::Verdict;
use chrono::NaiveDate;
use names::EntityKind;
use segment::Article;
use std::collections::BTreeSet;

/// The article's language. The rules know both; it is recorded with the source.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Lang {
    Fr,
    En,
}

impl Lang {
    pub fn code(self) -> &'static str {
        match self {
            Lang::Fr => "fr",
            Lang::En => "en",
        }
    }

    /// A guess from the commonest function words.
    pub fn detect(text: &str) -> Lang {
        let (mut fr, mut en) = (0, 0);
        for w in text.split(|c: char| !c.is_alphabetic()) {
            match lexicon::language_marker(w) {
                Some(Lang::Fr) => fr += 1,
                Some(Lang::En) => en += 1,
                None => {}
            }
        }
        if en > fr { Lang::En } else { Lang::Fr }
    }
}

/// What the user tells about the article.
#[derive(Debug, Clone)]
pub struct Options {
    pub published: NaiveDate,
    pub lang: Option<Lang>,
    pub outlet: Option<String>,
    pub title: Option<String>,
}

pub use proposal::{
    Proposal, ProposedActor, ProposedDate, ProposedEvent, ProposedLabel, ProposedQuote,
    ProposedSpeaker, SourceInfo,
};

/// How the importer came to name an actor, from what it found.
fn actor_rule(e: &names::Entity) -> &'static str {
    match (&e.actor, &e.code, e.anonymous, e.kind) {
        (Some(_), ..) => "a name or alias of an actor of the dataset",
        (None, Some(_), ..) => "a country's name",
        (None, None, true, _) => "a description of someone not named",
        (None, None, false, EntityKind::Organisation) => "capitalised words naming an organisation",
        _ => "capitalised words naming a person",
    }
}

fn span(r: &std::ops::Range<usize>) -> [usize; 2] {
    [r.start, r.end]
}

/// A sentence cut to a headline's length, at a word.
fn headline(text: &str) -> String {
    const MAX: usize = 90;
    let text = text.trim();
    if text.chars().count() <= MAX {
        return text.to_string();
    }
    let cut: String = text.chars().take(MAX).collect();
    match cut.rfind(' ') {
        Some(i) => format!("{}…", cut[..i].trim_end_matches([',', ';', ':'])),
        None => format!("{cut}…"),
    }
}

/// Reads `text` and proposes what it holds. `reference` is the dataset the
/// proposals are meant for: its actors are recognised by name and alias.
pub fn import(text: &str, opts: &Options, reference: Option<&Dataset>) -> Proposal {
    let a = Article::new(text);
    let mut ents = names::find(&a, reference);
    let verdicts = attribute::attribute(&a, &mut ents);
    let found_dates = dates::find(&a, opts.published);
    let published = FuzzyDate::day(opts.published);
    let outside = |m: &dates::DateMention| a.tokens[m.tokens.start].quote.is_none();

    // Actors: every entity named, and every speaker.
    let mut mentions: Vec<Vec<[usize; 2]>> = vec![Vec::new(); ents.list.len()];
    for m in &ents.mentions {
        mentions[m.entity].push([
            a.tokens[m.tokens.start].start,
            a.tokens[m.tokens.end - 1].end,
        ]);
    }
    let actors: Vec<ProposedActor> = ents
        .list
        .iter()
        .zip(mentions)
        .map(|(e, mentions)| ProposedActor {
            name: e.name.clone(),
            kind: e.kind.as_str(),
            existing: e.actor.clone(),
            code: e.code.clone(),
            anonymous: e.anonymous,
            mentions,
            confidence: e.confidence,
            rule: actor_rule(e),
            country: None,
            role: None,
        })
        .collect();

    // Events: the article's own, then one per dated sentence.
    let title = opts
        .title
        .clone()
        .or_else(|| a.paragraphs.first().map(|p| a.text(p.chars.clone())))
        .unwrap_or_default();
    let mut events = vec![ProposedEvent {
        kind: "publication",
        date: published.iso(),
        precision: Precision::Day.as_str(),
        title: headline(&title),
        actors: Vec::new(),
        span: a.paragraphs.first().map_or([0, 0], |p| span(&p.chars)),
        confidence: 1.0,
        rule: "the article itself, on its publication date".into(),
    }];
    let mut entities_in_sentence: Vec<BTreeSet<usize>> = vec![BTreeSet::new(); a.sentences.len()];
    for m in &ents.mentions {
        entities_in_sentence[a.sentence_of(m.tokens.start)].insert(m.entity);
    }
    let dating = quote_dates::Dating::new(&a, &found_dates, &entities_in_sentence, opts.published);
    let sentence_of = |m: &dates::DateMention| a.sentence_of(m.tokens.start);
    let mut event_of_sentence = vec![None; a.sentences.len()];
    for (s, sentence) in a.sentences.iter().enumerate() {
        if a.paragraphs[sentence.paragraph].heading {
            continue;
        }
        let Some(best) = dating.in_sentence[s]
            .iter()
            .filter(|m| outside(m))
            .max_by_key(|m| (m.date.precision(), std::cmp::Reverse(m.tokens.start)))
        else {
            continue;
        };
        let actors = std::mem::take(&mut entities_in_sentence[s]);
        event_of_sentence[s] = Some(events.len());
        events.push(ProposedEvent {
            kind: "dated sentence",
            date: best.date.iso(),
            precision: best.date.precision().as_str(),
            title: headline(&a.text(sentence.chars.clone())),
            actors: actors.into_iter().collect(),
            span: span(&sentence.chars),
            confidence: best.confidence * 0.8,
            rule: format!(
                "a sentence dated by '{}': {}",
                a.text(best.chars.clone()),
                best.rule
            ),
        });
    }

    // Quotes, dated by the past date in force where they stand.
    let mut quotes = Vec::new();
    let mut labels = Vec::new();
    // Which quotes stand in a headline.
    let mut in_heading = Vec::new();
    for (q, verdict) in a.quotations.iter().zip(&verdicts) {
        let speaker = match verdict {
            Verdict::Label => {
                labels.push(ProposedLabel {
                    text: a.text(q.inner.clone()),
                    span: span(&q.inner),
                });
                continue;
            }
            Verdict::Speech(s) => s.as_ref().map(|s| {
                let e = &ents.list[s.entity];
                ProposedSpeaker {
                    name: e.name.clone(),
                    actor: s.entity,
                    existing: e.actor.clone(),
                    anonymous: e.anonymous,
                    cue: s.cue,
                    confidence: s.confidence,
                }
            }),
        };
        let (date, rule, event) = match dating.date(q, speaker.as_ref().map(|s| s.actor)) {
            Some(d) => (
                d.mention.date,
                d.rule,
                event_of_sentence[sentence_of(d.mention)],
            ),
            None => (
                published,
                "no past date governs it: the publication date".to_string(),
                None,
            ),
        };
        let confidence =
            speaker.as_ref().map_or(0.3, |s| s.confidence) * if q.closed { 1.0 } else { 0.7 };
        in_heading.push(a.paragraphs[q.paragraph].heading);
        quotes.push(ProposedQuote {
            text: a.text(q.inner.clone()),
            span: span(&q.inner),
            speaker,
            date: date.iso(),
            precision: date.precision().as_str(),
            date_rule: rule,
            event: event.unwrap_or(0),
            confidence,
        });
    }
    // A headline's quote was said when the body says it was.
    let keys: Vec<String> = quotes
        .iter()
        .map(|q| crate::text::fold_key(&q.text))
        .collect();
    for h in 0..quotes.len() {
        if !in_heading[h] {
            continue;
        }
        let body = (0..quotes.len()).find(|&b| b != h && keys[b].contains(&keys[h]));
        if let Some(b) = body {
            let (date, precision, event) =
                (quotes[b].date.clone(), quotes[b].precision, quotes[b].event);
            let q = &mut quotes[h];
            q.date = date;
            q.precision = precision;
            q.event = event;
            q.date_rule = "the date of the same words quoted in the body".into();
        }
    }
    // The article's own event involves whoever its undated quotes quote.
    let speakers: BTreeSet<usize> = quotes
        .iter()
        .filter(|q| q.event == 0)
        .filter_map(|q| q.speaker.as_ref().map(|s| s.actor))
        .collect();
    events[0].actors = speakers.into_iter().collect();

    let dates = found_dates
        .iter()
        .map(|m| ProposedDate {
            text: a.text(m.chars.clone()),
            span: span(&m.chars),
            date: m.date.iso(),
            precision: m.date.precision().as_str(),
            rule: m.rule,
            confidence: m.confidence,
        })
        .collect();
    Proposal {
        source: SourceInfo {
            title,
            outlet: opts.outlet.clone(),
            published: published.iso(),
            language: opts.lang.unwrap_or_else(|| Lang::detect(text)).code(),
            chars: a.chars.len(),
        },
        quotes,
        dates,
        actors,
        events,
        labels,
        reviewed: false,
    }
}

impl EntityKind {
    /// The dataset's kind for it.
    pub fn actor_kind(self) -> crate::data::schema::ActorKindRecord {
        use crate::data::schema::ActorKindRecord as K;
        match self {
            EntityKind::Person => K::Person,
            EntityKind::Country => K::Country,
            EntityKind::Organisation => K::Organization,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::Lang;

    #[test]
    fn a_short_text_is_guessed_by_its_function_words() {
        // Neither text has "the" or "le": the guess rests on the rest of the table.
        let en = "'We will not give up', says Anna Berg\n\nFormer minister Anna Berg launched a petition on Friday.";
        assert_eq!(Lang::detect(en), Lang::En);
        let fr = "« Nous ne céderons pas », dit Anna Berg\n\nElle a lancé vendredi une pétition pour son port.";
        assert_eq!(Lang::detect(fr), Lang::Fr);
    }
}
