//! The words that tell a person's gender, French and English: nouns for a
//! woman or a man ("l'accusée", "a mother of two", "le père"), nouns whose
//! article tells it ("la ministre", "le juge"), the determiners that do, the
//! verbs "to be" a feminine participle agrees after, and participles that
//! agree by their ending. Folded. Nouns whose grammatical gender is not the
//! person's ("la victime", "le témoin", "la star") are in none of them.

/// Nouns only a woman is: relations, descriptions, and the feminine forms
/// of roles.
#[rustfmt::skip]
const FEMININE_NOUNS: &[&str] = &[
    // French.
    "femme", "jeune-femme", "fille", "jeune-fille", "mere", "epouse", "veuve", "soeur",
    "grand-mere", "tante", "niece", "compagne", "fiancee", "maman", "dame", "demoiselle",
    "collegienne", "lyceenne", "accusee", "prevenue", "condamnee", "interessee", "detenue",
    "disparue", "defunte", "blessee", "plaignante", "presidente", "avocate", "directrice",
    "deputee", "senatrice", "conseillere", "ambassadrice", "chanceliere", "negociatrice",
    "chercheuse", "historienne", "representante", "procureure", "dirigeante", "experte",
    "cheffe", "habitante", "voisine", "riveraine", "ouvriere", "passante", "cliente",
    "etudiante", "salariee", "employee", "agricultrice", "commercante", "retraitee",
    "spectatrice", "manifestante", "participante", "amie", "infirmiere", "institutrice",
    "enseignante", "professeure", "autrice", "actrice", "chanteuse", "danseuse", "joueuse",
    "championne", "patronne", "militante", "adjointe", "elue", "candidate", "survivante",
    "policiere", "vendeuse", "serveuse", "coiffeuse", "caissiere", "entraineuse", "nageuse",
    "skieuse", "reine", "princesse", "duchesse", "comtesse", "religieuse", "fondatrice",
    "creatrice", "redactrice", "animatrice", "realisatrice", "presentatrice", "ecrivaine",
    "romanciere", "mairesse", "sportive", "laureate", "gagnante", "organisatrice",
    "adolescente", "pharmacienne", "collaboratrice", "inspectrice", "auditrice",
    // English.
    "woman", "girl", "lady", "mother", "mum", "mom", "wife", "daughter", "sister", "widow",
    "grandmother", "granddaughter", "aunt", "niece", "girlfriend", "bride", "actress",
    "waitress", "chairwoman", "spokeswoman", "businesswoman", "congresswoman", "policewoman",
    "councilwoman", "sportswoman", "headmistress", "stewardess", "heiress", "princess",
    "queen", "duchess", "countess", "nun", "grandma", "schoolgirl", "housewife",
];

/// Nouns only a man is. The masculine form of a role is also the one French
/// uses for anyone ("X, directeur de recherche"), so it counts for less
/// than a feminine form.
#[rustfmt::skip]
const MASCULINE_NOUNS: &[&str] = &[
    // French.
    "homme", "jeune-homme", "garcon", "pere", "epoux", "mari", "veuf", "frere", "fils",
    "grand-pere", "oncle", "neveu", "compagnon", "papa", "accuse", "prevenu", "condamne",
    "interesse", "detenu", "defunt", "president", "avocat", "directeur", "depute",
    "senateur", "conseiller", "ambassadeur", "chancelier", "negociateur", "chercheur",
    "historien", "representant", "dirigeant", "habitant", "voisin", "riverain", "ouvrier",
    "passant", "etudiant", "agriculteur", "commercant", "spectateur", "manifestant", "ami",
    "infirmier", "instituteur", "enseignant", "acteur", "chanteur", "danseur", "joueur",
    "champion", "patron", "militant", "adjoint", "candidat", "survivant", "policier",
    "vendeur", "serveur", "entraineur", "roi", "prince", "duc", "comte", "fondateur",
    "createur", "animateur", "realisateur", "presentateur", "procureur", "professeur",
    "auteur", "ecrivain", "sportif", "elu", "adolescent", "inspecteur",
    // English.
    "man", "boy", "gentleman", "father", "dad", "husband", "son", "brother", "widower",
    "grandfather", "grandson", "uncle", "nephew", "boyfriend", "groom", "spokesman",
    "businessman", "congressman", "policeman", "councilman", "sportsman", "headmaster",
    "king", "duke", "monk", "schoolboy", "chairman",
];

/// Nouns for a person of either gender, which the article before them
/// tells: "la ministre", "le juge", "une journaliste".
#[rustfmt::skip]
const EPICENE_NOUNS: &[&str] = &[
    "ministre", "maire", "juge", "secretaire", "porte-parole", "responsable", "diplomate",
    "politologue", "analyste", "chef", "specialiste", "economiste", "commissaire",
    "fonctionnaire", "militaire", "journaliste", "gendarme", "sociologue", "psychologue",
    "psychiatre", "medecin", "collegue", "eleve", "enfant", "camarade", "athlete", "artiste",
    "photographe", "architecte", "philosophe", "biologiste", "interprete", "proche", "edile",
    "quadragenaire", "quinquagenaire", "sexagenaire", "septuagenaire", "octogenaire",
    "trentenaire", "cycliste", "alpiniste", "pilote", "benevole", "juriste", "notaire",
    "libraire", "dentiste", "veterinaire", "otage", "proprietaire", "locataire",
];

/// Determiners that tell the gender of the noun after them.
#[rustfmt::skip]
const GENDERED_DETERMINERS: &[(&str, bool)] = &[
    ("la", true), ("une", true), ("cette", true), ("sa", true),
    ("le", false), ("un", false), ("ce", false), ("cet", false),
];

/// Forms of "to be" after which a participle or an adjective agrees with
/// its subject: "X est convaincue", "X s'est indignée", "X a été élue".
#[rustfmt::skip]
const BE_FORMS: &[&str] = &[
    "est", "etait", "sera", "serait", "fut", "ete", "devenue", "devenu", "reste", "restee",
    "semble", "semblait", "parait", "paraissait", "demeure",
];

/// English forms of "to be", after which only a noun tells the gender: "X
/// is a mother of two".
#[rustfmt::skip]
const EN_BE_FORMS: &[&str] = &[
    "is", "was", "became",
];

/// Words between a subject and its participle that leave the agreement as
/// it is: "X n'est pas convaincue", "X s'est dite très touchée".
#[rustfmt::skip]
const AGREEMENT_FILLERS: &[&str] = &[
    "n", "ne", "pas", "plus", "tres", "si", "tout", "toute", "bien", "deja", "alors",
    "encore", "aussi", "egalement", "particulierement", "vraiment", "s", "se", "dite", "dit",
    "montree", "montre", "declaree", "declare", "a", "ete", "meme",
];

/// Endings of a French feminine participle or adjective after "être"
/// ("indignée", "convaincue", "ravie", "satisfaite", "surprise"). A
/// masculine form ends otherwise ("indigné" folds to "indigne").
#[rustfmt::skip]
const FEMININE_ENDINGS: &[&str] = &[
    "ee", "ue", "ie", "aite", "rise", "mise", "ite", "euse", "ive", "ienne",
];

/// Words with a feminine ending that say nothing of the subject's gender:
/// adjectives of either ("il est hypocrite", "il est athée"), adverbs and
/// nouns that follow "être" bare ("il est vite reparti", "il est partie
/// civile", "c'est la suite").
#[rustfmt::skip]
const NOT_FEMININE: &[&str] = &[
    "vite", "suite", "elite", "site", "limite", "ensuite", "hypocrite", "insolite",
    "illicite", "explicite", "implicite", "licite", "tacite", "athee", "partie",
    "bienvenue", "annee", "journee", "idee", "vie",
    "crise", "entreprise", "compagnie", "economie", "strategie", "energie", "democratie",
    "ironie", "revue", "rue", "assidue", "ambigue", "contigue",
];

/// Words that open reported speech after a verb of saying.
#[rustfmt::skip]
const COMPLEMENTIZERS: &[&str] = &[
    "que", "qu", "that",
];

/// A participle, and the word after it, saying someone was born or is so
/// old, which agree with them: "née en 1960", "âgé de 45 ans".
#[rustfmt::skip]
const AGE_PARTICIPLES: &[(&str, &str, bool)] = &[
    ("nee", "en", true), ("nee", "le", true), ("nee", "a", true), ("agee", "de", true),
    ("ne", "en", false), ("ne", "le", false), ("ne", "a", false), ("age", "de", false),
];

/// A noun only a woman is ("l'accusée", "mother").
pub fn is_feminine_noun(folded: &str) -> bool {
    FEMININE_NOUNS.contains(&folded)
}

/// A noun in the masculine ("homme", "avocat"), which may be the generic one.
pub fn is_masculine_noun(folded: &str) -> bool {
    MASCULINE_NOUNS.contains(&folded)
}

/// A noun for a person that only the article before it genders.
pub fn is_epicene_noun(folded: &str) -> bool {
    EPICENE_NOUNS.contains(&folded)
}

/// The gender a determiner gives the noun after it ("la", "un").
pub fn determiner_gender(folded: &str) -> Option<bool> {
    GENDERED_DETERMINERS
        .iter()
        .find(|(w, _)| *w == folded)
        .map(|&(_, g)| g)
}

/// A French form of "to be", which a participle agrees after.
pub fn is_be_form(folded: &str) -> bool {
    BE_FORMS.contains(&folded)
}

/// An English form of "to be", after which only a noun tells the gender.
pub fn is_en_be_form(folded: &str) -> bool {
    EN_BE_FORMS.contains(&folded)
}

/// A word between a subject and its participle that leaves the agreement.
pub fn is_agreement_filler(folded: &str) -> bool {
    AGREEMENT_FILLERS.contains(&folded)
}

/// Whether a word after "être" is a feminine participle or adjective.
pub fn is_feminine_participle(folded: &str) -> bool {
    folded.len() > 3
        && !NOT_FEMININE.contains(&folded)
        && FEMININE_ENDINGS.iter().any(|e| folded.ends_with(e))
}

/// Words that open reported speech: "said that she", "a dit qu'elle".
pub fn is_complementizer(folded: &str) -> bool {
    COMPLEMENTIZERS.contains(&folded)
}

/// The gender "née en", "âgé de" say: the participle and the word after it.
pub fn age_participle_gender(folded: &str, next: &str) -> Option<bool> {
    AGE_PARTICIPLES
        .iter()
        .find(|&&(w, n, _)| w == folded && n == next)
        .map(|&(_, _, g)| g)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::fold_key;

    #[test]
    fn every_word_is_folded_and_of_one_gender_only() {
        let tables = [
            FEMININE_NOUNS,
            MASCULINE_NOUNS,
            EPICENE_NOUNS,
            BE_FORMS,
            EN_BE_FORMS,
            AGREEMENT_FILLERS,
            NOT_FEMININE,
        ];
        for word in tables.iter().flat_map(|t| t.iter()) {
            assert_eq!(&fold_key(word), word, "not folded: {word}");
        }
        for word in FEMININE_NOUNS {
            assert!(
                !MASCULINE_NOUNS.contains(word) && !EPICENE_NOUNS.contains(word),
                "{word} is feminine and more"
            );
        }
        for word in MASCULINE_NOUNS {
            assert!(
                !EPICENE_NOUNS.contains(word),
                "{word} is masculine and epicene"
            );
        }
    }

    #[test]
    fn a_participle_agrees_by_its_ending() {
        assert!(is_feminine_participle("convaincue"));
        assert!(is_feminine_participle("indignee"));
        assert!(is_feminine_participle("satisfaite"));
        assert!(!is_feminine_participle("indigne"));
        assert!(!is_feminine_participle("convaincu"));
        assert!(!is_feminine_participle("hypocrite"));
        assert_eq!(age_participle_gender("nee", "en"), Some(true));
        assert_eq!(age_participle_gender("age", "de"), Some(false));
    }
}
