//! Who said each quotation: attribution after it (« … », a déclaré X), before
//! it (X a déclaré : « … », selon X), later in the same sentence, a pronoun or
//! a role description standing for someone named earlier, a headline quoted
//! again in the body, or the speaker of the quotation just before. Labels in
//! quotation marks (« coalition des volontaires ») are told apart from speech.

use super::labels::{QuotedTexts, is_label};
use super::lexicon::is_saying_verb;
use super::names::{Entities, EntityKind};
use super::roles::{GivenRole, given_roles};
use super::segment::{Article, Kind};

mod about;
mod agents;
mod bodies;
mod cues;
mod focus;
mod gender;
mod headlines;
mod phrases;
mod resolve;
mod subject;

use focus::continued_quotations;
use gender::genders;

/// The least confidence of a speaker that the rules which only pass a
/// speaker on (the quotation before, a continuation, a headline said again)
/// may pass on.
pub(super) const ANCHORED: f32 = 0.6;

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
    /// "it said": an organisation, by the pronoun's token.
    BodyPronoun(usize),
    /// "le politologue": someone already named, by their role (folded), and
    /// its role noun's token.
    Definite(String, usize),
    /// "un haut responsable du ministère": someone new, unnamed; the token of
    /// its role noun.
    Described(String, usize),
    /// "le chef de l'Etat", "le ministre de l'Economie": a specific role no
    /// one was given by name; the role, the phrase and its role noun's token.
    Titled(String, String, usize),
    /// "the force said": the organisation it stands for, found once by
    /// `organisation_named_before` ("the Labour Party" for "the party").
    Organisation(usize),
    /// "le parquet de Paris", "la préfecture", "l'autopsie": a body or a
    /// document named by a common noun; the phrase without its article, the
    /// noun's token, and whether the phrase has a complement.
    Institution(String, usize, bool),
}

/// The entity a referent stands for, and which rule resolved it when that is
/// not the attribution itself.
struct Resolved {
    entity: usize,
    confidence: f32,
    rule: Option<&'static str>,
}

impl Resolved {
    fn new(entity: usize, confidence: f32) -> Resolved {
        Resolved {
            entity,
            confidence,
            rule: None,
        }
    }

    fn by(mut self, rule: &'static str) -> Resolved {
        self.rule = Some(rule);
        self
    }
}

struct Ctx<'a> {
    a: &'a Article,
    ents: &'a mut Entities,
    /// The person who last spoke or was said to speak.
    salient: Option<usize>,
    /// Roles given to people where they are named ("la ministre du Travail
    /// Claire Dumoulin", "Maria Keller, the United Nations envoy"): role
    /// noun, token, person.
    roles: Vec<GivenRole>,
    /// Each entity's gender where the article tells it (an honorific, a
    /// given name, a noun for them): `Some(true)` for a woman. Pronouns and
    /// role phrases agree with it.
    gender: Vec<Option<bool>>,
}

/// Decides, for every quotation of the article in order, label or speech and by whom.
pub fn attribute(a: &Article, ents: &mut Entities) -> Vec<Verdict> {
    let roles = given_roles(a, ents);
    let gender = genders(a, ents, &roles);
    let mut ctx = Ctx {
        a,
        ents,
        salient: None,
        roles,
        gender,
    };
    let mut verdicts: Vec<Verdict> = Vec::with_capacity(a.quotations.len());
    let mut last_quote: Option<(usize, usize)> = None; // (paragraph, entity)
    // The person whose words the last sentence reported indirectly, and that
    // sentence: a quotation standing alone right after it is theirs.
    let mut indirect: Option<(usize, usize)> = None; // (sentence, entity)
    let mut headings = Vec::new();
    let quoted = QuotedTexts::new(a);
    // Quotations grouped by sentence once: filtering them per sentence made
    // long articles quadratic.
    let mut by_sentence: Vec<Vec<usize>> = vec![Vec::new(); a.sentences.len()];
    for (q, quote) in a.quotations.iter().enumerate() {
        by_sentence[quote.sentence].push(q);
    }
    for (s, (sentence, in_sentence)) in a.sentences.iter().zip(&by_sentence).enumerate() {
        let respective = ctx.respectively(s, in_sentence);
        for &q in in_sentence {
            let quote = &a.quotations[q];
            if is_label(a, q, &quoted) {
                verdicts.push(Verdict::Label);
                continue;
            }
            if let Some(&(_, entity)) = respective.iter().find(|(rq, _)| *rq == q) {
                last_quote = Some((quote.paragraph, entity));
                verdicts.push(Verdict::Speech(Some(Speaker {
                    entity,
                    cue: "respectivement: the people named before it, in order",
                    confidence: 0.7,
                })));
                continue;
            }
            if a.paragraphs[quote.paragraph].heading {
                headings.push(q);
                verdicts.push(Verdict::Speech(None));
                continue;
            }
            let found = ctx
                .fronted_participle(quote)
                .map(|r| (r, about::FRONTED_PARTICIPLE))
                .or_else(|| {
                    ctx.after(quote)
                        .map(|r| (r, "attribution after the quotation"))
                })
                .or_else(|| {
                    ctx.before(quote)
                        .map(|r| (r, "attribution before the quotation"))
                })
                .or_else(|| {
                    ctx.aside_inside(quote).map(|r| {
                        (
                            r,
                            "an aside inside the marks names the speaker (« …, souligne X, … »)",
                        )
                    })
                })
                .or_else(|| {
                    in_sentence
                        .iter()
                        .filter(|&&later| later > q)
                        .find_map(|&later| ctx.after(&a.quotations[later]))
                        .map(|r| (r, "attribution of a later quotation in the same sentence"))
                })
                .or_else(|| {
                    ctx.sentence_end(quote)
                        .map(|r| (r, "attribution closing the sentence the quotation is in"))
                })
                .or_else(|| {
                    ctx.next_paragraph(quote)
                        .map(|r| (r, "attribution opening the next paragraph in lower case"))
                })
                .or_else(|| {
                    ctx.colon(quote).map(|r| {
                        (
                            r,
                            "a colon after a phrase with no verb of saying: its subject",
                        )
                    })
                })
                .or_else(|| {
                    ctx.bracketed(quote)
                        .map(|r| (r, "a name in brackets after the quotation"))
                })
                .or_else(|| {
                    ctx.next_sentence(quote).map(|r| {
                        (
                            r,
                            "the next sentence attributes it (c'est ce qu'a déclaré X)",
                        )
                    })
                })
                .or_else(|| {
                    ctx.sentence_opens_on(quote)
                        .map(|r| (r, about::OWN_SENTENCE))
                })
                .or_else(|| {
                    ctx.sentence_after_opens_on(quote)
                        .map(|r| (r, about::SENTENCE_AFTER))
                })
                .or_else(|| {
                    ctx.sentence_before_opens_on(quote)
                        .map(|r| (r, about::SENTENCE_BEFORE))
                });
            let speaker = match found.and_then(|(r, cue)| {
                let pronoun = match r {
                    Referent::Pronoun(p) => Some(p),
                    _ => None,
                };
                ctx.resolve(r)
                    .map(|res| (ctx.one_of_group(pronoun, res), cue))
            }) {
                Some((res, cue)) => Some(Speaker {
                    entity: res.entity,
                    cue: res.rule.unwrap_or(cue),
                    confidence: res.confidence,
                }),
                None => ctx
                    .named_by_line_before(quote)
                    .or_else(|| {
                        indirect
                            .filter(|&(at, _)| at + 1 == s && ctx.stands_alone(quote))
                    .map(|(_, entity)| Speaker {
                        entity,
                        cue: "a quotation standing alone after indirect speech: its subject",
                        confidence: 0.65,
                    })
                    .or_else(|| {
                        last_quote
                            // A subheading between does not part them.
                            .filter(|&(p, _)| {
                                (p + 1..quote.paragraph).all(|b| a.paragraphs[b].heading)
                            })
                            .map(|(_, entity)| Speaker {
                                entity,
                                cue: "no attribution in its sentence: the speaker of the quotation before",
                                confidence: 0.55,
                            })
                    })
                    .or_else(|| {
                        // A weak guess, said as such: words quoted with no
                        // attribution are most often the person the story
                        // is about at that point.
                        ctx.salient.map(|entity| Speaker {
                            entity,
                            cue: "no attribution found: the person in focus (who last spoke or was reported)",
                            confidence: 0.4,
                        })
                    })
                    }),
            };
            if let Some(sp) = &speaker {
                // Only a speaker its own attribution gave is passed on to the
                // quotations after it: a guess passed on spreads its error.
                if sp.confidence >= ANCHORED {
                    last_quote = Some((quote.paragraph, sp.entity));
                } else if let Some((p, _)) = &mut last_quote {
                    *p = quote.paragraph;
                }
                if ctx.ents.list[sp.entity].kind == EntityKind::Person {
                    ctx.salient = Some(sp.entity);
                }
            }
            verdicts.push(Verdict::Speech(speaker));
        }
        // "Selon Barka Michel, l'on ne peut …", "…, selon l'ex-enquêteur
        // Roger Ferland": a sentence with a speaker preposition that quotes
        // no one is that person's indirect speech.
        if in_sentence.is_empty()
            && let Some(e) = ctx
                .preposition_speaker(s)
                .or_else(|| ctx.speech_noun_subject(s))
                .or_else(|| ctx.speech_noun_agent(s))
        {
            ctx.salient = Some(e);
            indirect = Some((s, e));
        }
        // Indirect speech makes its subject the one "le politologue" refers to.
        for t in sentence.tokens.clone() {
            let tok = &a.tokens[t];
            if tok.quote.is_none()
                && tok.kind == Kind::Word
                && is_saying_verb(&tok.key)
                && !ctx.used_as_noun(t)
                && !ctx.in_passive(t)
                && !ctx.in_relative_clause(t)
                && let Some(e) = ctx.inverted_subject(t, sentence.tokens.end).or_else(|| {
                    // "« … », a déclaré un responsable": the verb attributes
                    // the quotation; what comes before it is no subject.
                    (!ctx.attributes_quote_before(t))
                        .then(|| ctx.indirect_subject(sentence.tokens.start..t))
                        .flatten()
                })
            {
                ctx.salient = Some(e);
                indirect = Some((s, e));
            }
        }
    }
    continued_quotations(a, &mut verdicts);
    ctx.headline_speakers(&headings, &mut verdicts);
    verdicts
}
