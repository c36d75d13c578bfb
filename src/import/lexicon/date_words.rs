//! Date words of the lexicon, in both languages: phrases
//! counted from the last date mentioned, words that tie a
//! date to a statement. Words only; the date patterns match them.

/// Words after a count and a unit of time that count it from the last date
/// mentioned ("deux ans plus tard", "three days later"), and the sign.
#[rustfmt::skip]
pub const COUNTED_FROM_ANCHOR: &[(&[&str], i32)] = &[
    (&["plus", "tard"], 1), (&["plus", "tot"], -1), (&["auparavant"], -1),
    (&["apres"], 1), (&["later"], 1), (&["earlier"], -1), (&["after"], 1),
];

/// Of those, the words that count from the last date only at the end of a
/// clause ("quatre ans après,"): before a noun they count from the event it
/// names ("a day after the Cabinet decision").
pub const COUNTED_FROM_ANCHOR_AT_END: &[&str] = &["apres", "after"];

/// Words that make a date in a sentence's opening phrase the time of
/// another event, not of the sentence ("24 heures après l'attaque jeudi,
/// le parquet a confirmé"; "Days before the vote on Sunday, she said").
pub const RELATIVE_TO_EVENT: &[&str] = &["apres", "avant", "depuis", "after", "before", "since"];

/// Words before a count and a unit of time that count it forward from
/// publication ("dans trois jours", "in two weeks").
pub const FORWARD_COUNT_LEADS: &[&str] = &["dans", "in"];

/// Words after a weekday and a number that make the number an hour ("lundi
/// 9 h"), not the day of the month.
pub const HOUR_MARKS: &[&str] = &["h", "heures", "heure", "am", "pm"];

/// Words before a year that name the year something is for ("des perspectives
/// pour 2024", "the forecast for 2025").
pub const YEAR_PURPOSE_CUES: &[&str] = &["pour", "for"];

/// Two words before a year that make it a date: "d'ici à 2030", "à partir de
/// 2026", "à compter de 2026".
#[rustfmt::skip]
pub const YEAR_CUE_PAIRS: &[(&str, &str)] = &[
    ("ici", "a"), ("partir", "de"), ("compter", "de"), ("up", "to"),
];

/// Words that open and link a span of years ("entre 2019 et 2022", "de 2015
/// à 2020", "between 2019 and 2022", "from 2019 to 2022"): both are years.
pub const YEAR_RANGE_OPENS: &[&str] = &["entre", "de", "between", "from"];
pub const YEAR_RANGE_LINKS: &[&str] = &["et", "a", "and", "to"];

/// Words between two days of one month ("du 3 au 5 octobre", "les 7 et 8
/// septembre").
pub const DAY_RANGE_LINKS: &[&str] = &["au", "et", "to", "and"];

pub fn is_year_cue_pair(first: &str, second: &str) -> bool {
    YEAR_CUE_PAIRS.contains(&(first, second))
}

pub fn is_year_range_open(folded: &str) -> bool {
    YEAR_RANGE_OPENS.contains(&folded)
}

pub fn is_year_range_link(folded: &str) -> bool {
    YEAR_RANGE_LINKS.contains(&folded)
}

pub fn is_day_range_link(folded: &str) -> bool {
    DAY_RANGE_LINKS.contains(&folded)
}

/// Nouns for what someone said ("Putin made his remarks on February 23"): a
/// day in their sentence is when the speaker spoke.
#[rustfmt::skip]
pub const REMARK_NOUNS: &[&str] = &[
    "remarks", "comments", "propos", "declarations",
];

/// Words after a date written with an apostrophe and "s" ("last year's
/// rookie"): the date qualifies a noun.
pub const POSSESSIVE_MARKS: &[&str] = &["s"];

/// The words counting from the anchor that start `words`: their length and sign.
pub fn counted_from_anchor(words: &[&str]) -> Option<(usize, i32)> {
    let &(w, sign) = COUNTED_FROM_ANCHOR
        .iter()
        .find(|(w, _)| words.starts_with(w))?;
    let word_after = words
        .get(w.len())
        .is_some_and(|n| n.chars().next().is_some_and(char::is_alphanumeric));
    if word_after && w.iter().any(|x| COUNTED_FROM_ANCHOR_AT_END.contains(x)) {
        return None;
    }
    Some((w.len(), sign))
}

pub fn is_year_purpose_cue(folded: &str) -> bool {
    YEAR_PURPOSE_CUES.contains(&folded)
}

pub fn is_remark_noun(folded: &str) -> bool {
    REMARK_NOUNS.contains(&folded)
}

pub fn is_possessive_mark(folded: &str) -> bool {
    POSSESSIVE_MARKS.contains(&folded)
}

pub fn is_forward_count_lead(folded: &str) -> bool {
    FORWARD_COUNT_LEADS.contains(&folded)
}

pub fn is_hour_mark(folded: &str) -> bool {
    HOUR_MARKS.contains(&folded)
}

/// Seasons and other parts of a year named by a noun: vague alone (the gold
/// leaves them out), but "l'été 2023", "le premier trimestre 2024" say the
/// year.
#[rustfmt::skip]
pub const YEAR_PART_NOUNS: &[&str] = &[
    "ete", "hiver", "printemps", "automne", "summer", "winter", "spring", "autumn", "fall",
    "trimestre", "semestre", "quarter", "saison", "season", "rentree", "half", "moitie",
];

/// Verbs right after a year that make it the subject of its sentence ("2024
/// est une année clé", "2023 was a record year"): the year is a date.
#[rustfmt::skip]
pub const YEAR_SUBJECT_VERBS: &[&str] = &[
    "est", "sera", "fut", "etait", "restera", "marque", "marquera", "s'annonce", "is", "was",
    "will", "marks", "marked",
];

/// Words before a month or a year that put something within it ("courant
/// mars", "courant 2024", "in the course of March").
#[rustfmt::skip]
pub const WITHIN_LEADS: &[&[&str]] = &[
    &["courant"], &["dans", "le", "courant", "de"], &["dans", "le", "courant", "d"],
    &["au", "cours", "de"], &["au", "cours", "d"], &["in", "the", "course", "of"],
];

/// Words between "nuit" / "night" and the first of two days ("la nuit du 4
/// au 5", "la nuit de lundi à mardi", "the night of Monday to Tuesday"),
/// and the words between the two days.
#[rustfmt::skip]
pub const NIGHT_OPENS: &[&[&str]] = &[
    &["nuit", "du"], &["nuit", "de"], &["night", "of"], &["night", "from"],
];
pub const NIGHT_LINKS: &[&str] = &["au", "a", "to", "into"];

pub fn is_year_part_noun(folded: &str) -> bool {
    YEAR_PART_NOUNS.contains(&folded)
}

pub fn is_year_subject_verb(folded: &str) -> bool {
    YEAR_SUBJECT_VERBS.contains(&folded)
}

/// The length of the words putting something within a month or year that
/// start `words`.
pub fn within_lead(words: &[&str]) -> Option<usize> {
    WITHIN_LEADS
        .iter()
        .filter(|w| words.starts_with(w))
        .map(|w| w.len())
        .max()
}

/// The length of the words opening "la nuit du … au …" that start `words`.
pub fn night_open(words: &[&str]) -> Option<usize> {
    NIGHT_OPENS
        .iter()
        .find(|w| words.starts_with(w))
        .map(|w| w.len())
}

pub fn is_night_link(folded: &str) -> bool {
    NIGHT_LINKS.contains(&folded)
}

/// Endings of a verb of saying in the present, as written: "explique",
/// "racontent", "dit", "says". Checked after the ones that rule it out.
#[rustfmt::skip]
pub const PRESENT_ENDINGS: &[&str] = &[
    "e", "ent", "it", "ient", "ond", "ondent", "met", "ettent", "ut", "uent", "ît", "says", "tells",
    "adds", "explains", "insists", "recalls", "writes", "notes", "warns", "argues", "claims",
];

/// Endings that rule a present out: a participle, an imperfect, a gerund.
#[rustfmt::skip]
pub const NOT_PRESENT_ENDINGS: &[&str] = &[
    "é", "ée", "és", "ées", "ait", "aient", "ant", "ed", "ing",
];

/// Whether a verb of saying as written is in the present.
pub fn is_present_form(text: &str) -> bool {
    let w = text.to_lowercase();
    !NOT_PRESENT_ENDINGS.iter().any(|e| w.ends_with(e))
        && PRESENT_ENDINGS.iter().any(|e| w.ends_with(e))
}

/// Words besides the future ones that make the words around a date lean
/// ahead: "il sera jugé le 3 mars", "the fair is expected to open in May".
#[rustfmt::skip]
pub const TENSE_AHEAD_WORDS: &[&str] = &[
    "sera", "seront", "aura", "auront", "va", "vont", "devra", "devront", "pourra", "pourront",
    "attendu", "attendue", "attendus", "attendues", "programmee", "expected", "set",
    "would", "shall", "going",
];

/// Words besides the auxiliaries and participles of the past that make the
/// words around a date lean back: "he was elected", "c'était".
#[rustfmt::skip]
pub const TENSE_BACK_WORDS: &[&str] = &[
    "etait", "etaient", "fut", "furent", "was", "were", "did", "said", "told", "took", "went",
    "came", "made", "began", "won", "lost", "met", "left", "died", "fell", "rose", "saw", "spoke",
    "wrote", "gave", "held", "found", "became", "brought", "ran", "struck", "shot", "hit",
    "fought", "thought", "felt", "kept", "led", "sent", "sold", "stood", "paid", "broke",
    "chose", "drove", "flew", "knew", "stole", "swore", "threw", "wore", "got", "caught",
    "beat", "built", "fled", "grew", "heard", "hid", "lay", "meant", "quit", "rang", "sank",
    "sat", "slept", "spent", "spread", "stuck", "taught", "tore", "understood", "woke",
];

/// A pronoun and auxiliary that tell a past ("s'est ouvert", "se sont
/// réunis"): "est" alone may be a present ("est fixée").
pub const PRONOMINAL_PASTS: &[(&str, &str)] = &[("s", "est"), ("se", "sont"), ("s", "etait")];

pub fn is_pronominal_past(pronoun: &str, auxiliary: &str) -> bool {
    PRONOMINAL_PASTS.contains(&(pronoun, auxiliary))
}

/// Words between two months that make the second one a month too ("en
/// juillet et août", "between March and May").
pub const MONTH_PAIR_LINKS: &[&str] = &["et", "ou", "a", "au", "and", "or", "to"];

pub fn is_month_pair_link(folded: &str) -> bool {
    MONTH_PAIR_LINKS.contains(&folded)
}

/// Words of "until" before a weekday, and the word that may stand between
/// ("jusqu'à dimanche", "until Sunday"): the coming weekday.
pub const UNTIL_WORDS: &[&str] = &["jusqu", "until", "till"];
pub const UNTIL_LINKS: &[&str] = &["a", "au"];

pub fn is_until_word(folded: &str) -> bool {
    UNTIL_WORDS.contains(&folded)
}

pub fn is_until_link(folded: &str) -> bool {
    UNTIL_LINKS.contains(&folded)
}

/// Forms of "be" before a participle that make it a passive, which says no
/// tense: "will be paid", "doit être jugé".
pub const PASSIVE_AUXILIARIES: &[&str] = &["be", "been", "being", "etre"];

/// Endings of a simple past as written (English has one, French news tells
/// the past with an auxiliary): "Poland refused".
pub const SIMPLE_PAST_ENDINGS: &[&str] = &["ed"];

pub fn has_simple_past_ending(text: &str) -> bool {
    let lower = text.to_lowercase();
    lower.chars().count() > 3 && SIMPLE_PAST_ENDINGS.iter().any(|e| lower.ends_with(e))
}

pub fn is_passive_auxiliary(folded: &str) -> bool {
    PASSIVE_AUXILIARIES.contains(&folded)
}

/// Words before a date that put it in the past, as the start of what lasts
/// since: "depuis mars", "since January".
pub const SINCE_WORDS: &[&str] = &["depuis", "since"];

pub fn is_tense_ahead_word(folded: &str) -> bool {
    TENSE_AHEAD_WORDS.contains(&folded)
}

pub fn is_tense_back_word(folded: &str) -> bool {
    TENSE_BACK_WORDS.contains(&folded)
}

pub fn is_since_word(folded: &str) -> bool {
    SINCE_WORDS.contains(&folded)
}

/// Conditionals that speak of what may come, besides the future words:
/// "les débats pourraient s'achever ce mercredi" is the coming Wednesday.
pub const CONDITIONAL_AHEAD: &[&str] = &["pourrait", "pourraient"];

pub fn is_conditional_ahead(folded: &str) -> bool {
    CONDITIONAL_AHEAD.contains(&folded)
}

/// Words before a month that carry something on into it: "production may
/// continue into August", "from October through March".
pub const MONTH_REACH_CUES: &[&str] = &["into", "through"];

/// Counts of days that French uses for whole weeks: "il y a quinze jours" is
/// two weeks ago, "dans huit jours" a week ahead.
pub const WEEK_DAY_COUNTS: &[(&str, u32)] = &[("quinze", 14), ("huit", 7)];

/// The days a spelled count of days stands for when it names weeks.
pub fn week_day_count(folded: &str) -> Option<u32> {
    WEEK_DAY_COUNTS
        .iter()
        .find(|(w, _)| *w == folded)
        .map(|&(_, n)| n)
}

/// Plural nouns of years before a list of years ("pour les années 2021, 2022
/// et 2023", "for the years 2021 and 2022"); a round year after them is a
/// decade ("les années 2000"), no date.
pub const YEAR_LIST_NOUNS: &[&str] = &["annees", "years"];

pub fn is_year_list_noun(folded: &str) -> bool {
    YEAR_LIST_NOUNS.contains(&folded)
}

/// Words between the last two years of a list (a comma between the others):
/// "2021, 2022 et 2023", "2021 and 2022".
pub const YEAR_LIST_LINKS: &[&str] = &["et", "and"];

pub fn is_year_list_link(folded: &str) -> bool {
    YEAR_LIST_LINKS.contains(&folded)
}

/// Words between a date and its hour ("le 24 mai 21 à 8:02", "on May 24 at
/// 8:02"): after a two-figure number, they make it the year.
pub const HOUR_LEADS: &[&str] = &["a", "at"];

pub fn is_hour_lead(folded: &str) -> bool {
    HOUR_LEADS.contains(&folded)
}

/// Words after a present auxiliary that make it no past: "la répétition a
/// lieu ce mercredi", "il a besoin", "City has to play on Saturday".
#[rustfmt::skip]
pub const PRESENT_IDIOM_AFTER: &[&str] = &[
    "lieu", "besoin", "raison", "tort", "peur", "droit", "envie", "hate", "to",
];

/// The present auxiliaries those words follow ("had to leave" stays a past).
pub const PRESENT_IDIOM_AUXILIARIES: &[&str] = &["a", "ont", "has", "have"];

/// Words before "a" that make it "there is": "il y a sept matchs dimanche".
pub const THERE_IS_BEFORE: &[&str] = &["y"];

/// Whether the auxiliary `aux`, between the words `before` and `after`, is
/// a present of its own and not the past it looks like.
pub fn is_present_idiom(before: &str, aux: &str, after: &str) -> bool {
    PRESENT_IDIOM_AUXILIARIES.contains(&aux)
        && (PRESENT_IDIOM_AFTER.contains(&after)
            || (aux == "a" && THERE_IS_BEFORE.contains(&before)))
}

/// Words before a date (or its "on") that make it the second term of a
/// comparison, which takes no tense from its clause: "winds will be lighter
/// than on Wednesday" is the Wednesday just gone.
pub const COMPARISON_LEADS: &[&str] = &["than"];

pub fn is_comparison_lead(folded: &str) -> bool {
    COMPARISON_LEADS.contains(&folded)
}

/// English articles that may open a year's noun phrase: "a solid 2018",
/// "an even better 2019" (an adjective between, the year ending the phrase).
pub const YEAR_ARTICLES: &[&str] = &["a", "an"];

pub fn is_year_article(folded: &str) -> bool {
    YEAR_ARTICLES.contains(&folded)
}

/// Endings of an ordinal written in figures: "la 11e journée", "1re", "2nd".
pub const ORDINAL_SUFFIXES: &[&str] = &["e", "eme", "er", "re", "st", "nd", "rd", "th"];

/// Whether a folded word is an ordinal written in figures ("11e", "3rd").
pub fn is_figure_ordinal(folded: &str) -> bool {
    let rest = folded.trim_start_matches(|c: char| c.is_ascii_digit());
    rest.len() < folded.len() && ORDINAL_SUFFIXES.contains(&rest)
}

/// Past participles of the verbs that take "être" in the past, folded and
/// without their agreement ("est venu", "sont parties", "est intervenue"):
/// after "est", "sont", they tell a past, where "est fixée" may be a present.
#[rustfmt::skip]
pub const ETRE_PARTICIPLES: &[&str] = &[
    "venu", "revenu", "devenu", "intervenu", "survenu", "parvenu", "parti", "reparti", "sorti",
    "mort", "ne", "alle", "arrive", "tombe", "entre", "rentre", "monte", "descendu", "reste",
    "retourne", "decede", "passe",
];

/// Forms of "être" that make those participles a past.
pub const ETRE_AUXILIARIES: &[&str] = &["est", "sont"];

/// Whether `aux` then `word` is a past made with "être": "est venu".
pub fn is_etre_past(aux: &str, word: &str) -> bool {
    let stem = word.strip_suffix('s').unwrap_or(word);
    let stem = stem
        .strip_suffix('e')
        .filter(|s| s.len() > 2)
        .unwrap_or(stem);
    ETRE_AUXILIARIES.contains(&aux)
        && (ETRE_PARTICIPLES.contains(&stem) || ETRE_PARTICIPLES.contains(&word))
}
