//! The French fixed date phrases, the words that tell a label from speech
//! and the openings that point back at a quotation: the rest of the French
//! tables, split off to keep each file short.

use crate::import::lexicon::dates::{DatePhrase, Shift};

/// Fixed date phrases, what they mean and the rule they are reported with.
/// "la veille" and "le lendemain" followed by an event are read apart (the
/// event's own date counts).
#[rustfmt::skip]
pub const DATE_PHRASES: &[DatePhrase] = &[
    DatePhrase { words: &["le", "meme", "jour"], shift: Shift::AnchorDays(0), rule: "the same day as the last date mentioned" },
    DatePhrase { words: &["la", "veille"], shift: Shift::AnchorDays(-1), rule: "the day before the last date mentioned" },
    DatePhrase { words: &["le", "lendemain"], shift: Shift::AnchorDays(1), rule: "the day after the last date mentioned" },
    DatePhrase { words: &["un", "jour", "plus", "tot"], shift: Shift::AnchorDays(-1), rule: "the day before the last date mentioned" },
    DatePhrase { words: &["un", "jour", "plus", "tard"], shift: Shift::AnchorDays(1), rule: "the day after the last date mentioned" },
    DatePhrase { words: &["l", "an", "dernier"], shift: Shift::Years(-1), rule: "the year before publication" },
    DatePhrase { words: &["l", "annee", "derniere"], shift: Shift::Years(-1), rule: "the year before publication" },
    DatePhrase { words: &["l", "an", "passe"], shift: Shift::Years(-1), rule: "the year before publication" },
    DatePhrase { words: &["l", "annee", "passee"], shift: Shift::Years(-1), rule: "the year before publication" },
    DatePhrase { words: &["l", "an", "prochain"], shift: Shift::Years(1), rule: "the year after publication" },
    DatePhrase { words: &["l", "annee", "prochaine"], shift: Shift::Years(1), rule: "the year after publication" },
    DatePhrase { words: &["cette", "annee"], shift: Shift::Years(0), rule: "the year of publication" },
    DatePhrase { words: &["la", "fin", "de", "l", "annee"], shift: Shift::Years(0), rule: "the end of the year of publication" },
    DatePhrase { words: &["fin", "de", "l", "annee"], shift: Shift::Years(0), rule: "the end of the year of publication" },
    DatePhrase { words: &["le", "mois", "dernier"], shift: Shift::Months(-1), rule: "the month before publication" },
    DatePhrase { words: &["le", "mois", "prochain"], shift: Shift::Months(1), rule: "the month after publication" },
    DatePhrase { words: &["ce", "mois-ci"], shift: Shift::Months(0), rule: "the month of publication" },
    DatePhrase { words: &["avant-hier"], shift: Shift::Days(-2), rule: "two days before publication" },
    DatePhrase { words: &["hier"], shift: Shift::Days(-1), rule: "the day before publication" },
    DatePhrase { words: &["aujourd", "hui"], shift: Shift::Days(0), rule: "the publication date" },
    DatePhrase { words: &["cet", "apres-midi"], shift: Shift::Days(0), rule: "this part of the publication day" },
    DatePhrase { words: &["ce", "matin"], shift: Shift::Days(0), rule: "this part of the publication day" },
    DatePhrase { words: &["ce", "soir"], shift: Shift::Days(0), rule: "this part of the publication day" },
    DatePhrase { words: &["demain"], shift: Shift::Days(1), rule: "the day after publication" },
    DatePhrase { words: &["apres-demain"], shift: Shift::Days(2), rule: "two days after publication" },
    DatePhrase { words: &["la", "saint-sylvestre"], shift: Shift::Holiday(12, 31), rule: "a named day, the one nearest to publication" },
    DatePhrase { words: &["le", "jour", "de", "l", "an"], shift: Shift::Holiday(1, 1), rule: "a named day, the one nearest to publication" },
    DatePhrase { words: &["le", "soir", "de", "noel"], shift: Shift::Holiday(12, 24), rule: "a named day, the one nearest to publication" },
    DatePhrase { words: &["le", "jour", "de", "noel"], shift: Shift::Holiday(12, 25), rule: "a named day, the one nearest to publication" },
    DatePhrase { words: &["ce", "midi"], shift: Shift::Days(0), rule: "this part of the publication day" },
    DatePhrase { words: &["la", "nuit", "derniere"], shift: Shift::Days(-1), rule: "the night before publication" },
    DatePhrase { words: &["le", "surlendemain"], shift: Shift::AnchorDays(2), rule: "two days after the last date mentioned" },
    DatePhrase { words: &["l", "avant-veille"], shift: Shift::AnchorDays(-2), rule: "two days before the last date mentioned" },
    DatePhrase { words: &["le", "debut", "de", "l", "annee"], shift: Shift::Years(0), rule: "the start of the year of publication" },
    DatePhrase { words: &["debut", "de", "l", "annee"], shift: Shift::Years(0), rule: "the start of the year of publication" },
    // "à l'époque", "les dirigeants de l'époque": the time the article last
    // named, at the precision it was named with.
    DatePhrase { words: &["a", "l", "epoque"], shift: Shift::Anchor, rule: "the time last mentioned" },
    DatePhrase { words: &["de", "l", "epoque"], shift: Shift::Anchor, rule: "the time last mentioned" },
    // Parts of this year or month, and the month before, as news writes them.
    DatePhrase { words: &["en", "debut", "d", "annee"], shift: Shift::Years(0), rule: "the start of the year of publication" },
    DatePhrase { words: &["en", "fin", "d", "annee"], shift: Shift::Years(0), rule: "the end of the year of publication" },
    DatePhrase { words: &["fin", "d", "annee"], shift: Shift::Years(0), rule: "the end of the year of publication" },
    DatePhrase { words: &["debut", "d", "annee"], shift: Shift::Years(0), rule: "the start of the year of publication" },
    DatePhrase { words: &["en", "cours", "d", "annee"], shift: Shift::Years(0), rule: "the year of publication" },
    DatePhrase { words: &["au", "debut", "de", "l", "annee"], shift: Shift::Years(0), rule: "the start of the year of publication" },
    DatePhrase { words: &["la", "fin", "du", "mois"], shift: Shift::Months(0), rule: "the end of the month of publication" },
    DatePhrase { words: &["fin", "du", "mois"], shift: Shift::Months(0), rule: "the end of the month of publication" },
    DatePhrase { words: &["le", "debut", "du", "mois"], shift: Shift::Months(0), rule: "the start of the month of publication" },
    DatePhrase { words: &["debut", "du", "mois"], shift: Shift::Months(0), rule: "the start of the month of publication" },
    DatePhrase { words: &["en", "debut", "de", "mois"], shift: Shift::Months(0), rule: "the start of the month of publication" },
    DatePhrase { words: &["en", "fin", "de", "mois"], shift: Shift::Months(0), rule: "the end of the month of publication" },
    DatePhrase { words: &["le", "mois", "passe"], shift: Shift::Months(-1), rule: "the month before publication" },
    DatePhrase { words: &["l", "an", "d", "avant"], shift: Shift::Years(-1), rule: "the year before publication" },
    // Counted from the last date mentioned: the story's own days and years.
    DatePhrase { words: &["l", "annee", "suivante"], shift: Shift::AnchorYears(1), rule: "the year after the last date mentioned" },
    DatePhrase { words: &["l", "annee", "precedente"], shift: Shift::AnchorYears(-1), rule: "the year before the last date mentioned" },
    DatePhrase { words: &["ce", "jour-la"], shift: Shift::AnchorDays(0), rule: "the same day as the last date mentioned" },
    DatePhrase { words: &["le", "jour", "meme"], shift: Shift::AnchorDays(0), rule: "the same day as the last date mentioned" },
    DatePhrase { words: &["le", "soir", "meme"], shift: Shift::AnchorDays(0), rule: "the same day as the last date mentioned" },
    DatePhrase { words: &["le", "matin", "meme"], shift: Shift::AnchorDays(0), rule: "the same day as the last date mentioned" },
    DatePhrase { words: &["le", "jour", "suivant"], shift: Shift::AnchorDays(1), rule: "the day after the last date mentioned" },
    DatePhrase { words: &["le", "jour", "precedent"], shift: Shift::AnchorDays(-1), rule: "the day before the last date mentioned" },
    DatePhrase { words: &["la", "nuit", "precedente"], shift: Shift::AnchorDays(-1), rule: "the night before the last date mentioned" },
    DatePhrase { words: &["a", "noel"], shift: Shift::Holiday(12, 25), rule: "a named day, the one nearest to publication" },
    // "après-midi" is of either gender; "ce jour" is the formal "today".
    DatePhrase { words: &["cette", "apres-midi"], shift: Shift::Days(0), rule: "this part of the publication day" },
    DatePhrase { words: &["ce", "jour"], shift: Shift::Days(0), rule: "the publication date" },
];

/// Words before a year that make a part of it: "la fin de 2023".
#[rustfmt::skip]
pub const YEAR_PART_LEADS: &[&[&str]] = &[
    &["la", "fin", "de"], &["le", "debut", "de"], &["fin", "de"], &["debut", "de"], &["courant"],
];

/// Days of the month written as words: "le premier juin".
pub const DAY_WORDS: &[(&str, u32)] = &[("premier", 1)];

/// Vague phrases of time, which name no date: "ces derniers jours".
#[rustfmt::skip]
pub const VAGUE_TIMES: &[&[&str]] = &[
    &["ces", "derniers", "jours"], &["ces", "dernieres", "semaines"], &["ces", "derniers", "mois"],
    &["ces", "dernieres", "annees"], &["ces", "prochains", "jours"], &["ces", "prochaines", "semaines"],
    &["dans", "les", "prochains", "jours"], &["dans", "les", "jours", "a", "venir"],
    // "à ce jour": up to now, no day.
    &["a", "ce", "jour"],
];

/// Words before "la veille de" that make it the eve the story is at ("à la
/// veille de retrouver le Danemark"), not the day before the last date.
pub const EVE_LEADS: &[&str] = &["a"];

/// Endings of a past participle, on the word as written (lower case, accents
/// kept): a weekday right after one is past ("interrogé mardi").
pub const PARTICIPLE_ENDINGS: &[&str] = &["é", "ée", "és", "ées"];

/// Words before a month that look ahead: at six months either way, "à partir
/// de juillet" is the coming July.
pub const FORWARD_CUES: &[&str] = &["partir", "des", "jusqu"];

/// Words right before short quoted words that make them a label: a
/// preposition naming what something is about ("un discours sur « l'état de
/// l'Union »") or a possessive ("notre « bouclier »").
#[rustfmt::skip]
pub const LABEL_LEADS: &[&str] = &[
    "sur", "sous", "notre", "nos", "votre", "vos", "mon", "ma", "mes",
];

/// Nouns for a thing that bears a name, right before quoted words that are
/// that name ("l'opération « Wuambushu »", "la loi « climat et résilience »"):
/// a label, even in a sentence with a verb of saying.
#[rustfmt::skip]
pub const NAMED_THING_HEADS: &[&str] = &[
    "mot", "terme", "termes", "expression", "concept", "notion", "principe", "doctrine",
    "statut", "appellation", "denomination", "qualificatif", "slogan", "devise", "hashtag", "label",
    "surnom", "nom", "titre", "operation", "campagne", "evenement", "festival", "film", "livre",
    "roman", "album", "chanson", "emission", "serie", "podcast", "documentaire", "exposition",
    "programme", "dispositif", "projet", "plan", "loi", "lois", "mouvement", "collectif",
    "marque", "categorie", "mention", "rubrique", "hashtags",
];

/// Of those, nouns for a word itself ("le terme « renforcement »"): what
/// follows is a word mentioned, not said, even as the object of a verb of
/// saying ("a déclaré préférer le terme « … »").
#[rustfmt::skip]
pub const MENTION_HEADS: &[&str] = &[
    "mot", "mots", "terme", "termes", "expression", "expressions", "qualificatif", "vocable",
];

/// Pronouns standing for a noun said before, joined by "de" to quoted words
/// ("le terme « A » à celui de « B »"): the quoted words are what the
/// earlier ones are.
#[rustfmt::skip]
pub const STAND_IN_PRONOUNS: &[&str] = &["celui", "celle", "ceux", "celles"];

/// Participles that name what follows ("un groupe baptisé « X »").
#[rustfmt::skip]
pub const NAMING_PARTICIPLES: &[&str] = &[
    "baptise", "baptisee", "baptises", "baptisees", "surnomme", "surnommee", "surnommes",
    "surnommees", "intitule", "intitulee", "intitules", "intitulees", "denomme", "denommee",
    "denommes", "denommees", "classe", "classee", "classes", "classees", "etiquete",
    "etiquetee", "estampille", "estampillee", "labellise", "labellisee",
];

/// Two words that name what follows ("connu sous le nom de « X »").
#[rustfmt::skip]
pub const NAMING_PAIRS: &[(&str, &str)] = &[
    ("nom", "de"), ("nom", "d"), ("connu", "comme"), ("connue", "comme"),
];

/// Words of a sentence, besides the verbs of saying, that give what is quoted
/// in it to someone ("selon", "qualifiant de « … »", "tançant une « … »"):
/// quoted words after an article there are speech, not a label.
#[rustfmt::skip]
pub const SPEECH_CUES: &[&str] = &[
    "selon", "qualifie", "qualifiee", "qualifient", "qualifiant", "qualifiait", "tancant",
    "tance", "fustigeant", "epinglant", "lamente", "lamentant", "dires", "propos", "estimant",
    "jugeant", "evoquant", "denoncant", "deplorant", "reconnaissant", "ajoutant", "assurant",
    "affirmant", "expliquant", "soulignant", "precisant", "indiquant",
];

/// Negations before a verb of saying: "n'a pas commenté" attributes nothing.
#[rustfmt::skip]
pub const NEGATIONS: &[&str] = &[
    "pas", "jamais", "ni", "guere", "point",
];

/// Words right after quoted words that say what they mean: a word being defined.
#[rustfmt::skip]
pub const DEFINING_WORDS: &[&str] = &[
    "signifie", "signifiait", "designe", "designait", "veut", "voulait",
];

/// Openings of a sentence that points back at the quotation just before it
/// and names whose claim it was: "« … » Tel est le message du maire".
#[rustfmt::skip]
pub const POINTING_BACK: &[&[&str]] = &[
    &["tel", "est"], &["telle", "est"], &["c", "est"], &["voila"],
];

/// Words that open a clause of their own after a comma: inside a
/// quotation, after an aside's name ("…, affirme Jean Dupont, nous avons
/// tout fait", "…, précise le magistrat, mais pour être sûr"), the
/// quotation goes on; no apposition opens on them.
#[rustfmt::skip]
pub const CLAUSE_OPENERS: &[&str] = &[
    "je", "j", "tu", "nous", "vous", "on", "il", "elle", "ils", "elles", "c", "ce", "ca", "cela",
    "mais", "et", "car", "donc", "parce", "puisque", "sinon",
    "i", "we", "you", "he", "she", "it", "they", "this", "that", "but", "and", "because",
];

/// Phrases set between an auxiliary and its participle ("a d'ailleurs
/// reconnu", "a pour sa part estimé", "a quant à lui expliqué"): no
/// subject, so the attribution reads past them.
#[rustfmt::skip]
pub const INSERTED_ADVERBIALS: &[&[&str]] = &[
    &["d", "ailleurs"], &["pour", "sa", "part"], &["pour", "leur", "part"],
    &["de", "son", "cote"], &["de", "leur", "cote"], &["quant", "a", "lui"],
    &["quant", "a", "elle"], &["quant", "a", "eux"], &["lui", "aussi"], &["elle", "aussi"],
    &["a", "son", "tour"], &["toutefois"], &["cependant"], &["neanmoins"], &["pourtant"],
    &["notamment"], &["meme"], &["deja"], &["donc"], &["enfin"], &["aussitot"], &["ainsi"],
    &["finalement"], &["simplement"], &["clairement"], &["immediatement"], &["publiquement"],
    &["recemment"], &["longuement"], &["vivement"], &["fermement"], &["en", "effet"],
];

/// Demonstrative pronouns that stand for a person described after them
/// ("affirme celui pour qui cette place n'est qu'un détail"): the person
/// in focus, as "il" or "elle" would be.
#[rustfmt::skip]
pub const DEMONSTRATIVE_PERSONS: &[&str] = &[
    "celui", "celle",
];

/// Ordinals that are also role words: in lower case and alone ("la
/// première face à un ténor") they name no role; "le Premier" does.
#[rustfmt::skip]
pub const ORDINAL_ROLE_WORDS: &[&str] = &[
    "premier", "premiere",
];

/// Prepositions that put what follows in a place: a name of several words
/// after one is a place's when it opens on no given name ("dans Saint-Jean
/// Pied-de-Port").
pub const INSIDE_PREPOSITIONS: &[&str] = &["dans"];

/// Pronouns between a subject and its verb ("les habitants l'ont
/// interpellé", "les élus lui ont dit"): the subject's phrase ends before
/// them.
#[rustfmt::skip]
pub const PRONOUNS_BEFORE_VERB: &[&str] = &[
    "l", "le", "la", "les", "lui", "leur", "nous", "vous", "me", "m", "te", "t", "se", "s", "n",
    "ne",
];

/// First words of bodies often named after someone, title and all
/// ("Fondation Abbé Pierre", "Hôpital Professeur Christian Cabrol").
#[rustfmt::skip]
pub const NAMED_AFTER_HEADS: &[&str] = &[
    "fondation", "institut", "ecole", "college", "lycee", "hopital", "clinique", "musee",
    "centre", "universite", "stade",
];

/// Words before a present participle opening a sentence ("En annonçant
/// que", "Se disant").
pub const PARTICIPLE_LEADS: &[&str] = &["en", "se", "s", "tout"];

/// The word joining two parts of one name ("Seine et Marne").
pub const NAME_JOINERS: &[&str] = &["et"];

/// "pour": whom something is for, a complement that is not a preposition
/// of the table above because "pour X, …" may also give an opinion's holder.
pub const BENEFACTIVES: &[&str] = &["pour"];
