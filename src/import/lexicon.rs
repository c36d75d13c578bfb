//! The words the importer's rules look for: verbs of saying in their inflected
//! forms, role nouns, determiners, pronouns, months and weekdays, in French and
//! English. Everything here is folded (lower case, no accents).

use crate::text::fold_key;
use std::collections::HashSet;
use std::sync::OnceLock;

/// French verbs of saying in `-er`, inflected by rule.
const FR_ER_VERBS: &[&str] = &[
    "declarer",
    "expliquer",
    "souligner",
    "estimer",
    "affirmer",
    "ajouter",
    "indiquer",
    "preciser",
    "assurer",
    "annoncer",
    "rappeler",
    "insister",
    "confier",
    "raconter",
    "marteler",
    "avouer",
    "noter",
    "observer",
    "jurer",
    "lancer",
    "plaider",
    "denoncer",
    "deplorer",
    "regretter",
    "confirmer",
    "demander",
    "evoquer",
    "parler",
    "appeler",
    "temoigner",
    "commenter",
    "reclamer",
    "exhorter",
    "rapporter",
    "relever",
    "resumer",
    "tweeter",
    "signaler",
    "constater",
    "juger",
    "considerer",
    "protester",
    "critiquer",
    "saluer",
    "ironiser",
    "tonner",
    "fustiger",
    "assener",
    "lacher",
    "glisser",
    "feliciter",
    "conclure",
    "developper",
    "detailler",
    "argumenter",
    "repliquer",
    "retorquer",
    "objecter",
    "suggerer",
    "proposer",
    "reconnaitre",
    "promettre",
    "menacer",
    "accuser",
    "condamner",
    "clamer",
    "proclamer",
    "souhaiter",
    "esperer",
    "interroger",
    "questionner",
    "exclamer",
    "enchainer",
    "opiner",
];

/// Irregular French forms, written out.
const FR_IRREGULAR: &[&str] = &[
    // dire
    "dit",
    "dis",
    "disent",
    "disait",
    "disaient",
    "dira",
    "diront",
    "dirait",
    "diraient",
    "disant",
    "dite",
    "dits",
    "dites",
    // répondre
    "repond",
    "repondent",
    "repondu",
    "repondait",
    "repondaient",
    "repondra",
    "repondant",
    // prévenir
    "previent",
    "previennent",
    "prevenu",
    "prevenait",
    "previendra",
    "prevenant",
    // avertir
    "avertit",
    "avertissent",
    "averti",
    "avertie",
    "avertissait",
    "avertira",
    "avertissant",
    // écrire
    "ecrit",
    "ecrivent",
    "ecrivait",
    "ecrira",
    "ecrivant",
    // reconnaître
    "reconnait",
    "reconnaissent",
    "reconnu",
    "reconnaissait",
    // promettre, admettre, soumettre
    "promet",
    "promettent",
    "promis",
    "admet",
    "admettent",
    "admis",
    // conclure
    "conclut",
    "concluent",
    "conclu",
    // soutenir
    "soutient",
    "soutiennent",
    "soutenu",
    "soutenait",
    // décrire
    "decrit",
    "decrivent",
    "decrivait",
    "decrira",
    "decrivant",
    // réagir
    "reagit",
    "reagi",
    "reagissent",
    // avancer (ç)
    "avanca",
];

/// English verbs of saying, every form written out.
const EN_VERBS: &[&str] = &[
    "say",
    "says",
    "said",
    "saying",
    "tell",
    "tells",
    "told",
    "telling",
    "add",
    "adds",
    "added",
    "adding",
    "warn",
    "warns",
    "warned",
    "warning",
    "explain",
    "explains",
    "explained",
    "state",
    "states",
    "stated",
    "insist",
    "insists",
    "insisted",
    "note",
    "notes",
    "noted",
    "claim",
    "claims",
    "claimed",
    "argue",
    "argues",
    "argued",
    "ask",
    "asks",
    "asked",
    "reply",
    "replies",
    "replied",
    "answer",
    "answered",
    "announce",
    "announces",
    "announced",
    "declare",
    "declares",
    "declared",
    "stress",
    "stresses",
    "stressed",
    "write",
    "writes",
    "wrote",
    "tweet",
    "tweeted",
    "posted",
    "acknowledged",
    "admitted",
    "conceded",
    "confirmed",
    "promised",
    "vowed",
    "urged",
    "called",
    "recalled",
    "remarked",
    "observed",
    "suggested",
    "predicted",
    "emphasised",
    "emphasized",
    "underlined",
    "cautioned",
    "complained",
    "concluded",
    "continued",
    "described",
    "opine",
    "opines",
    "opined",
];

fn fr_er_forms(inf: &str, out: &mut HashSet<String>) {
    let Some(stem) = inf.strip_suffix("er") else {
        out.insert(inf.to_string());
        return;
    };
    // "appeler", "rappeler": the stem doubles its l before a mute e.
    let strong = if stem.ends_with("el") {
        format!("{stem}l")
    } else {
        stem.to_string()
    };
    for end in ["e", "es", "ent"] {
        out.insert(format!("{strong}{end}"));
    }
    for end in ["e", "ee", "es", "ees", "er", "ons", "ez"] {
        out.insert(format!("{stem}{end}"));
    }
    for end in ["ait", "aient", "ant", "a", "erent"] {
        out.insert(format!("{stem}{end}"));
    }
    for end in ["era", "eront", "erait", "eraient"] {
        out.insert(format!("{strong}{end}"));
        out.insert(format!("{stem}{end}"));
    }
    // Most "-eler" verbs double the l ("appelle"), some take an accent
    // ("martèle"), which folds to the plain stem: accept both.
    for end in ["e", "es", "ent"] {
        out.insert(format!("{stem}{end}"));
    }
}

fn verbs() -> &'static HashSet<String> {
    static SET: OnceLock<HashSet<String>> = OnceLock::new();
    SET.get_or_init(|| {
        let mut set = HashSet::new();
        for v in FR_ER_VERBS {
            fr_er_forms(v, &mut set);
        }
        set.extend(FR_IRREGULAR.iter().map(|s| s.to_string()));
        set.extend(EN_VERBS.iter().map(|s| s.to_string()));
        set
    })
}

/// Whether a folded word is a form of a verb of saying ("déclaré", "a-t-il
/// souligné" gives "souligne", "told").
pub fn is_saying_verb(folded: &str) -> bool {
    verbs().contains(folded)
}

/// French auxiliaries and the inverted forms that come before a participle:
/// "a déclaré", "ont appelé", "a-t-il souligné".
#[rustfmt::skip]
const AUXILIARY_WORDS: &[&str] = &[
    "a", "ont", "avait", "avaient", "aura", "aurait", "est", "sont", "s'est", "has", "have",
    "had", "was", "were", "is", "will", "would",
];

pub fn is_auxiliary(folded: &str) -> bool {
    AUXILIARY_WORDS.contains(&folded)
}

/// Words that may stand between a quotation and its verb of saying without
/// being its subject: the "t" of "a-t-il", the reflexive "s'" of "s'est
/// félicité", adverbs ("a encore dit", "then said").
#[rustfmt::skip]
const VERB_FILLER_WORDS: &[&str] = &[
    "t", "s", "se", "encore", "ensuite", "aussi", "egalement", "alors", "then", "also",
];

pub fn is_verb_filler(folded: &str) -> bool {
    VERB_FILLER_WORDS.contains(&folded)
}

/// Subject pronouns that stand for a person.
pub fn is_person_pronoun(folded: &str) -> bool {
    matches!(folded, "il" | "elle" | "he" | "she")
}

/// Words that join a second verb to the first, sharing its subject: "said
/// …, but said", "a déclaré … et a ajouté".
#[rustfmt::skip]
const COORDINATOR_WORDS: &[&str] = &["but", "and", "mais", "et"];

pub fn is_coordinator(folded: &str) -> bool {
    COORDINATOR_WORDS.contains(&folded)
}

/// Honorifics before a name, and whether they name a woman.
#[rustfmt::skip]
const HONORIFIC_WORDS: &[(&str, bool)] = &[
    ("m", false), ("monsieur", false), ("mr", false), ("mme", true), ("madame", true),
    ("mlle", true), ("mrs", true), ("ms", true), ("miss", true),
];

/// Whether an honorific names a woman (`Some(true)`) or a man.
pub fn honorific_gender(folded: &str) -> Option<bool> {
    HONORIFIC_WORDS
        .iter()
        .find(|(w, _)| *w == folded)
        .map(|&(_, female)| female)
}

/// Articles and determiners: a capitalised word after one is not a person's
/// name in French ("le Sunday Times", "la Russie").
#[rustfmt::skip]
const DETERMINER_WORDS: &[&str] = &[
    "le", "la", "les", "l", "un", "une", "des", "du", "au", "aux", "ce", "cet", "cette", "ces",
    "son", "sa", "ses", "leur", "leurs", "the", "a", "an", "this", "that", "its",
];

pub fn is_determiner(folded: &str) -> bool {
    DETERMINER_WORDS.contains(&folded)
}

/// Words that start a noun phrase naming someone by their role, not their name.
#[rustfmt::skip]
const ROLE_NOUN_WORDS: &[&str] = &[
    "ministre", "president", "presidente", "porte-parole", "responsable", "diplomate",
    "source", "sources", "expert", "experte", "politologue", "analyste", "chef", "cheffe",
    "dirigeant", "dirigeante", "secretaire", "ambassadeur", "ambassadrice", "conseiller",
    "conseillere", "officier", "general", "commandant", "depute", "deputee", "senateur",
    "senatrice", "maire", "chancelier", "chanceliere", "premier", "premiere", "directeur",
    "directrice", "negociateur", "negociatrice", "militaire", "specialiste", "chercheur",
    "chercheuse", "historien", "historienne", "economiste", "representant", "representante",
    "commissaire", "procureur", "juge", "avocat", "avocate", "temoin", "habitant", "habitante",
    "membre", "fonctionnaire", "patron", "patronne", "haut", "haute", "proche",
    "collaborateur", "collaboratrice", "spokesman", "spokeswoman", "spokesperson", "official",
    "officials", "minister", "secretary", "adviser", "advisor", "diplomat", "analyst",
    "officer", "commander", "senator", "mayor", "chancellor", "prime", "director",
    "negotiator", "researcher", "economist", "representative", "envoy", "aide", "lawmaker",
    "ambassador", "head", "chief", "leader", "senior", "member", "resident", "witness",
    "lawyer", "prosecutor", "manager", "commissioner", "sergeant", "sgt", "detective",
    "inspector", "superintendent", "constable", "captain", "coach", "governor", "chairman",
    "chairwoman", "editor", "founder", "ceo", "selectionneur", "entraineur", "capitaine",
    "gouverneur", "inspecteur",
];

pub fn is_role_noun(folded: &str) -> bool {
    ROLE_NOUN_WORDS.contains(&folded)
}

/// Prefixes that keep a role noun's role: "vice-ministre", "ex-président".
const ROLE_PREFIX_WORDS: &[&str] = &["vice", "ex", "co", "sous", "deputy"];

pub fn is_role_prefix(folded: &str) -> bool {
    ROLE_PREFIX_WORDS.contains(&folded)
}

/// Role nouns that qualify a role rather than name it: "haut responsable",
/// "chief executive".
#[rustfmt::skip]
const ROLE_QUALIFIER_WORDS: &[&str] = &[
    "haut", "haute", "senior", "premier", "premiere", "prime", "membre", "member", "head",
    "chief",
];

pub fn is_role_qualifier(folded: &str) -> bool {
    ROLE_QUALIFIER_WORDS.contains(&folded)
}

/// First words of organisations' names.
#[rustfmt::skip]
const ORGANISATION_HEAD_WORDS: &[&str] = &[
    "conference", "commission", "ministere", "parlement", "conseil", "union", "organisation",
    "organization", "agence", "agency", "banque", "bank", "fondation", "foundation",
    "institut", "institute", "universite", "university", "parti", "party", "federation",
    "assemblee", "assembly", "cour", "court", "tribunal", "forces", "armee", "army", "nations",
    "ministry", "department", "council", "office", "bureau", "fonds", "fund", "otan", "nato",
    "kremlin", "pentagone", "pentagon", "elysee", "congres", "congress", "senat", "senate",
    "maison", "white", "groupe", "group", "association", "syndicat", "comite", "committee",
    "societe", "company", "reuters", "afp", "bbc", "cnn", "politico", "force",
];

pub fn is_organisation_head(folded: &str) -> bool {
    ORGANISATION_HEAD_WORDS.contains(&folded)
}

/// Last words of organisations' names in English, where the head noun comes
/// last: "European Commission", "Neighbourhood Task Force", "West Midlands
/// Police".
#[rustfmt::skip]
const ORGANISATION_TAIL_WORDS: &[&str] = &[
    "commission", "council", "ministry", "agency", "office", "department", "committee",
    "union", "party", "bank", "court", "group", "association", "parliament", "government",
    "police", "force", "forces", "service", "services", "institute", "foundation", "company",
    "corporation", "club", "university", "cid", "fc", "inc", "ltd", "plc", "authority",
    "board", "army", "navy", "federation", "organisation", "organization",
];

pub fn is_organisation_tail(folded: &str) -> bool {
    ORGANISATION_TAIL_WORDS.contains(&folded)
}

/// Common nouns that stand for an organisation named before: "the force
/// said", "le ministère a indiqué".
#[rustfmt::skip]
const ORGANISATION_NOUN_WORDS: &[&str] = &[
    "force", "company", "firm", "ministry", "agency", "club", "council", "commission",
    "ministere", "societe", "entreprise", "agence", "groupe", "federation", "association",
];

pub fn is_organisation_noun(folded: &str) -> bool {
    ORGANISATION_NOUN_WORDS.contains(&folded)
}

/// Lower-case words inside a title written in capitals: "Commissioner for
/// Economic and Financial Affairs".
#[rustfmt::skip]
const TITLE_CONNECTOR_WORDS: &[&str] = &[
    "for", "of", "and", "the", "de", "du", "des", "d", "et", "la", "l",
];

pub fn is_title_connector(folded: &str) -> bool {
    TITLE_CONNECTOR_WORDS.contains(&folded)
}

/// Words that end the name of an office in a title before a person's name:
/// "Economic and Financial Affairs Pierre Moscovici".
#[rustfmt::skip]
const OFFICE_WORDS: &[&str] = &[
    "affairs", "relations", "security", "defence", "defense", "interior", "finance",
    "trade", "policy",
];

/// Whether a word ends a title written in capitals before a name: a role
/// noun ("Manager", "Commissioner") or an office ("Affairs").
pub fn is_title_word(folded: &str) -> bool {
    is_role_noun(folded) || OFFICE_WORDS.contains(&folded)
}

/// Last words of newspapers' and agencies' names.
#[rustfmt::skip]
const MEDIA_TAIL_WORDS: &[&str] = &[
    "times", "post", "journal", "news", "press", "tribune", "guardian", "herald", "telegraph",
    "monde", "figaro", "liberation", "express", "zeitung", "spiegel", "presse", "today",
    "telegraaf",
];

pub fn is_media_tail(folded: &str) -> bool {
    MEDIA_TAIL_WORDS.contains(&folded)
}

/// Particles inside people's names: "Ursula von der Leyen", "Charles de Gaulle".
#[rustfmt::skip]
const NAME_PARTICLE_WORDS: &[&str] = &[
    "von", "der", "van", "den", "de", "du", "da", "di", "del", "della", "dos", "bin", "ben",
    "al", "el", "ter", "zu", "le", "la",
];

pub fn is_name_particle(folded: &str) -> bool {
    NAME_PARTICLE_WORDS.contains(&folded)
}

/// Capitalised words that do not start a name: function words, months, roles.
pub fn is_common_word(folded: &str) -> bool {
    is_function_word(folded) || month(folded).is_some() || is_role_noun(folded)
}

/// Sentence openers and other function words ("Le", "Pour", "Selon", "Après"):
/// never part of a name.
#[rustfmt::skip]
const FUNCTION_WORD_WORDS: &[&str] = &[
    "le", "la", "les", "l", "un", "une", "des", "du", "de", "d", "au", "aux", "ce", "cet",
    "cette", "ces", "il", "elle", "ils", "elles", "on", "nous", "vous", "je", "j", "tu", "en",
    "et", "mais", "donc", "car", "ni", "pour", "par", "avec", "sans", "sous", "sur", "dans",
    "selon", "apres", "avant", "depuis", "pendant", "tout", "tous", "toute", "toutes", "face",
    "cela", "ceci", "c", "qu", "que", "qui", "quoi", "dont", "ou", "si", "alors", "ainsi",
    "aussi", "encore", "deja", "puis", "enfin", "concernant", "lors", "mme", "m", "notre",
    "nos", "votre", "vos", "son", "sa", "ses", "leur", "leurs", "mon", "ma", "mes", "personne",
    "rien", "chaque", "plusieurs", "certains", "certaines", "aucun", "aucune", "the", "a",
    "an", "he", "she", "it", "they", "we", "i", "you", "in", "at", "of", "for", "with", "by",
    "from", "to", "and", "but", "or", "according", "after", "before", "since", "this", "that",
    "these", "those", "his", "her", "their", "our", "my", "your", "its", "mr", "mrs", "ms",
    "dr", "there", "here", "when", "while", "if", "as", "no", "not", "some", "all", "every",
    "each", "yet", "still", "also", "then", "now", "last", "next", "lundi", "mardi",
    "mercredi", "jeudi", "vendredi", "samedi", "dimanche", "ensuite", "toutefois", "pourtant",
    "however", "meanwhile", "speaking", "asked", "despite", "malgre", "outre", "entre", "vers",
    "chez", "contre", "parmi",
];

pub fn is_function_word(folded: &str) -> bool {
    FUNCTION_WORD_WORDS.contains(&folded)
}

/// The month a folded word names, French or English, full or abbreviated.
pub fn month(folded: &str) -> Option<u32> {
    let w = folded.trim_end_matches('.');
    Some(match w {
        "janvier" | "january" | "jan" | "janv" => 1,
        "fevrier" | "february" | "feb" | "fevr" => 2,
        "mars" | "march" | "mar" => 3,
        "avril" | "april" | "apr" | "avr" => 4,
        "mai" | "may" => 5,
        "juin" | "june" | "jun" => 6,
        "juillet" | "july" | "jul" | "juil" => 7,
        "aout" | "august" | "aug" => 8,
        "septembre" | "september" | "sep" | "sept" => 9,
        "octobre" | "october" | "oct" => 10,
        "novembre" | "november" | "nov" => 11,
        "decembre" | "december" | "dec" => 12,
        _ => return None,
    })
}

/// The weekday a folded word names (0 = Monday).
pub fn weekday(folded: &str) -> Option<u32> {
    Some(match folded {
        "lundi" | "monday" => 0,
        "mardi" | "tuesday" => 1,
        "mercredi" | "wednesday" => 2,
        "jeudi" | "thursday" => 3,
        "vendredi" | "friday" => 4,
        "samedi" | "saturday" => 5,
        "dimanche" | "sunday" => 6,
        _ => return None,
    })
}

/// Folds a word as the lexicon stores it.
pub fn key(word: &str) -> String {
    fold_key(word)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn french_verbs_are_inflected() {
        for form in [
            "declare",
            "declarent",
            "declaree",
            "declarait",
            "declarera",
            "rappelle",
            "rappele",
            "annoncait",
            "souligne",
            "estime",
            "ajoute",
            "dit",
            "repond",
            "previent",
            "avertit",
            "insiste",
        ] {
            assert!(is_saying_verb(form), "{form}");
        }
        for not in ["maison", "agit", "poursuit", "rencontre"] {
            assert!(!is_saying_verb(not), "{not}");
        }
    }

    #[test]
    fn months_and_weekdays() {
        assert_eq!(month("aout"), Some(8));
        assert_eq!(month("sept."), Some(9));
        assert_eq!(weekday("lundi"), Some(0));
        assert_eq!(weekday("sunday"), Some(6));
    }
}
