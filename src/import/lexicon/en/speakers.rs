//! English words that tell who a phrase names, added with the real-article
//! rounds twelve and thirteen: generations and party tags after a name, the
//! last words of events' names, the articles, possessives and bare plurals
//! that open a description of someone, and the conjunctions that open a
//! clause of its own.

/// Generations after a name ("Aquilino Pimentel III", "Martin Luther King
/// Jr"): part of the name, but the surname alone is the word before them.
#[rustfmt::skip]
pub const GENERATIONS: &[&str] = &["jr", "sr", "ii", "iii", "iv"];

/// Roles written by their initials, with the word that qualifies the role
/// and its noun: "the CM" is the one named "Chief Minister", not the one
/// named "Prime Minister"; never an organisation's acronym. Not "DA":
/// folded, it is the "da" of "Lula da Silva".
#[rustfmt::skip]
pub const ROLE_ABBREVIATIONS: &[(&str, &str, &str)] = &[
    ("pm", "prime", "minister"), ("cm", "chief", "minister"),
];

/// Words after a person's or a role's noun that open what describes them,
/// before the verb of saying: "a spokesman at the ministry said", "a
/// person close to the talks said".
#[rustfmt::skip]
pub const DESCRIPTION_LINKS: &[&str] = &[
    "at", "with", "from", "in", "close", "familiar", "near",
];

/// Articles before a single capitalised word that make it a body's name:
/// "the Crown", "the Treasury" (never a person's in news English).
#[rustfmt::skip]
pub const BODY_ARTICLES: &[&str] = &["the"];

/// "one of her brothers": one person of a group named after it.
#[rustfmt::skip]
pub const PARTITIVE_ONES: &[&str] = &["one"];

/// "one of them": the group a partitive one is taken from, in focus.
pub const PARTITIVE_GROUPS: &[&str] = &["them"];

/// Last words of the names of events and documents, which speak for no one
/// and are no one a pronoun stands for: "the 2023 Mid-Year Budget Review",
/// "the Rugby World Cup".
#[rustfmt::skip]
pub const THING_TAILS: &[&str] = &[
    "review", "report", "budget", "act", "bill", "plan", "strategy", "agreement", "treaty",
    "accord", "summit", "conference", "cup", "championship", "championships", "olympics",
    "awards", "trophy", "tournament", "prize", "war",
];

/// Prepositions of place: a single capitalised word after one is where,
/// not who ("needed in Telford, say councillors").
#[rustfmt::skip]
pub const PLACE_PREPOSITIONS: &[&str] = &["in", "at", "near", "across", "outside", "inside"];

/// Prepositions that put what follows in a place: a name of several words
/// after one is a place's when it opens on no given name ("a walkabout in
/// Chong Pang").
pub const INSIDE_PREPOSITIONS: &[&str] = &["in", "inside", "near", "outside"];

/// First letters of the party tags American news sets after a name ("Tim
/// Knopp, R-Bend", "Sen. Jane Roe, D-Ohio"): the party and the place, no
/// one's name.
#[rustfmt::skip]
pub const PARTY_TAG_LETTERS: &[&str] = &["r", "d", "i"];

/// Possessives that open a description of someone by their relation to
/// another: "his wife said", "their lawyer said".
#[rustfmt::skip]
pub const DESCRIBING_POSSESSIVES: &[&str] = &["his", "her", "their"];

/// Bodies named by a bare plural noun with no article: "police said",
/// "authorities said".
#[rustfmt::skip]
pub const BARE_BODIES: &[&str] = &["police", "authorities"];

/// Conjunctions opening a clause of its own: a pronoun after one may
/// stand for anyone the sentence named before it ("Judge Alan Reid
/// sentenced Tom Hart after he said"), not only for its subject.
#[rustfmt::skip]
pub const SUBORDINATORS: &[&str] = &[
    "after", "when", "because", "before", "since", "while", "although", "though", "as", "once",
    "until", "unless", "if", "whereas",
];

/// "“We are pleased,” it said": a pronoun standing for an organisation,
/// never for a person.
pub const BODY_PRONOUNS: &[&str] = &["it"];

/// "“He was armed,” they said" after "Police said": a pronoun standing for
/// a body or a group named in the plural.
pub const GROUP_PRONOUNS: &[&str] = &["they"];

/// The word joining two parts of one name ("Oldham West and Saddleworth").
pub const NAME_JOINERS: &[&str] = &["and"];
