//! Words for speakers who are bodies or unnamed people: the offices a body
//! speaks through, the words that introduce an agent, the relative pronouns
//! that extend a description, the endings of a present participle. French
//! and English tables side by side; lookups only, no matching.

/// Offices of the justice and the state that speak for their body when no
/// one is named in them: "le procureur avait estimé", "the judge said".
#[rustfmt::skip]
const OFFICE_NOUNS: &[&str] = &[
    // French
    "procureur", "procureure", "juge", "magistrat",
    // English
    "prosecutor", "judge", "coroner", "recorder", "magistrate",
];

/// Words that introduce the agent of a passive: "jugées « fausses » par la
/// HAAC", "described as 'reckless' by the regulator".
#[rustfmt::skip]
const AGENT_WORDS: &[&str] = &[
    // French
    "par",
    // English
    "by",
];

/// Words between a participle and the quoted words it judges: "qualifiées
/// de « … »", "described as '…'".
#[rustfmt::skip]
const JUDGED_AS: &[&str] = &[
    // French
    "de", "d", "comme",
    // English
    "as",
];

/// Participles of verbs that judge or name what they quote, not in the
/// verbs of saying: "jugées « fausses »", "called 'reckless'".
#[rustfmt::skip]
const JUDGING_PARTICIPLES: &[&str] = &[
    // French
    "juge", "jugee", "juges", "jugees", "qualifie", "qualifiee", "qualifies", "qualifiees",
    "decrit", "decrite", "decrits", "decrites", "considere", "consideree", "consideres",
    "considerees", "estime", "estimee", "estimes", "estimees",
    // English
    "described", "called", "branded", "termed", "deemed", "labelled", "labeled", "judged",
];

/// Participles that put words in someone's mouth without being verbs of
/// saying: "le « dialogue social » prôné par le maire", "the “…” touted by
/// the mayor".
#[rustfmt::skip]
const ADVOCATED_PARTICIPLES: &[&str] = &[
    // French
    "prone", "pronee", "prones", "pronees", "vante", "vantee", "vantes", "vantees",
    "invoque", "invoquee", "invoques", "invoquees", "revendique", "revendiquee", "revendiques",
    "revendiquees", "brandi", "brandie", "brandis", "brandies",
    // English
    "touted", "advocated", "championed", "invoked", "trumpeted", "hailed",
];

/// Relative pronouns that open a clause describing the person before them:
/// "une personne qui souhaite garder l'anonymat", "a man who asked not to
/// be named".
#[rustfmt::skip]
const RELATIVE_PRONOUNS: &[&str] = &[
    // French
    "qui",
    // English
    "who",
];

/// Endings of a present participle: "…, précisant que", "…, adding that".
#[rustfmt::skip]
const PARTICIPLE_ENDINGS: &[&str] = &[
    // French
    "ant",
    // English
    "ing",
];

/// Pronouns for one person ("il", "selon lui", "she"): a group is never
/// theirs.
#[rustfmt::skip]
const SINGULAR_PRONOUNS: &[&str] = &[
    // French
    "il", "elle", "lui",
    // English
    "he", "she", "him", "her",
];

/// Participles of the passive auxiliary: "n'a pas été précisé", "was
/// not disclosed" have no speaker for subject.
#[rustfmt::skip]
const PASSIVE_MARKERS: &[&str] = &[
    // French
    "ete",
    // English
    "been", "being",
];

/// "été", "been": a verb of saying right after it is in the passive.
pub fn is_passive_marker(folded: &str) -> bool {
    PASSIVE_MARKERS.contains(&folded)
}

/// Nouns for what someone said, whose complement is the speaker: "selon
/// les dires de la gendarmerie", "according to a statement from Ardagh".
#[rustfmt::skip]
const SPEECH_NOUNS: &[&str] = &[
    // French
    "dires", "propos", "declarations", "termes", "mots", "communique",
    // English
    "statement", "words", "remarks",
];

/// Nouns for a claim whose owner is its speaker, named before it with a
/// possessive ("the BJP's allegations that … “…”") or after it with a link
/// ("les accusations du BJP").
#[rustfmt::skip]
const CLAIM_NOUNS: &[&str] = &[
    // French
    "accusations", "allegations", "affirmations", "critiques", "propos", "declarations",
    "message", "avertissement", "verdict", "reponse", "conseil",
    // English
    "allegation", "allegations", "claim", "claims", "accusation", "accusations", "remarks",
    "comments", "statement", "words", "message", "warning", "verdict", "answer", "reply",
    "response", "advice", "assessment",
];

/// Participles saying words were uttered ("les propos tenus par X",
/// "remarks made by X").
#[rustfmt::skip]
const UTTERED_PARTICIPLES: &[&str] = &[
    // French
    "tenu", "tenus", "tenue", "tenues", "prononce", "prononces", "prononcee", "prononcees",
    // English
    "made", "delivered", "uttered",
];

/// "tenus", "made": a participle saying words were uttered.
pub fn is_uttered_participle(folded: &str) -> bool {
    UTTERED_PARTICIPLES.contains(&folded)
}

/// Words between a speech noun and its speaker: "de", "from".
#[rustfmt::skip]
const SPEECH_NOUN_LINKS: &[&str] = &[
    // French
    "de", "d", "du", "des",
    // English
    "from", "of", "by",
];

/// "dires", "statement": what someone said, their name after it.
pub fn is_speech_noun(folded: &str) -> bool {
    SPEECH_NOUNS.contains(&folded)
}

/// "allegations", "accusations": a claim, its owner the speaker.
pub fn is_claim_noun(folded: &str) -> bool {
    CLAIM_NOUNS.contains(&folded)
}

/// "de", "from": between a speech noun and who said it.
pub fn is_speech_noun_link(folded: &str) -> bool {
    SPEECH_NOUN_LINKS.contains(&folded)
}

/// An office that speaks for its body: "procureur", "judge".
pub fn is_office_noun(folded: &str) -> bool {
    OFFICE_NOUNS.contains(&folded)
}

/// "par", "by": the agent of a passive follows.
pub fn is_agent_word(folded: &str) -> bool {
    AGENT_WORDS.contains(&folded)
}

/// "de", "as": between a judging participle and what it quotes.
pub fn is_judged_as(folded: &str) -> bool {
    JUDGED_AS.contains(&folded)
}

/// "jugées", "described": a participle that judges the words it quotes.
pub fn is_judging_participle(folded: &str) -> bool {
    JUDGING_PARTICIPLES.contains(&folded)
}

/// "prôné", "touted": a participle that puts words in someone's mouth.
pub fn is_advocated_participle(folded: &str) -> bool {
    ADVOCATED_PARTICIPLES.contains(&folded)
}

/// "qui", "who": a relative clause describing the person before it.
pub fn is_relative_pronoun(folded: &str) -> bool {
    RELATIVE_PRONOUNS.contains(&folded)
}

/// "précisant", "adding": a present participle (at least three letters
/// before its ending).
pub fn is_present_participle(folded: &str) -> bool {
    PARTICIPLE_ENDINGS
        .iter()
        .any(|e| folded.len() > e.len() + 2 && folded.ends_with(e))
}

/// "il", "she": a pronoun for one person.
pub fn is_singular_pronoun(folded: &str) -> bool {
    SINGULAR_PRONOUNS.contains(&folded)
}

/// A country's code in capitals that ends an organisation's name ("Asthma
/// UK", "Cancer Research UK"), as written.
#[rustfmt::skip]
const COUNTRY_CODE_TAILS: &[&str] = &[
    "UK", "US", "USA", "GB", "NZ",
];

/// Whether `text`, as written, is a country's code that can end an
/// organisation's name.
pub fn is_country_code_tail(text: &str) -> bool {
    COUNTRY_CODE_TAILS.contains(&text)
}
