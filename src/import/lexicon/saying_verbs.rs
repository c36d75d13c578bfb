//! Verbs of saying in both languages, and the rules that inflect them: the
//! one place to add a verb that introduces a quotation.

use std::collections::HashSet;
use std::sync::OnceLock;

/// French verbs of saying in `-er`, given in the infinitive and inflected by
/// rule.
#[rustfmt::skip]
const FR_ER: &[&str] = &[
    "declarer", "expliquer", "souligner", "estimer", "affirmer", "ajouter", "indiquer",
    "remarquer",
    "preciser", "assurer", "annoncer", "rappeler", "insister", "confier", "raconter", "marteler",
    "avouer", "noter", "observer", "jurer", "lancer", "plaider", "denoncer", "deplorer",
    "regretter", "confirmer", "demander", "evoquer", "parler", "appeler", "temoigner",
    "commenter", "reclamer", "exhorter", "rapporter", "relever", "resumer", "tweeter", "signaler",
    "constater", "juger", "considerer", "protester", "critiquer", "saluer", "ironiser", "tonner",
    "fustiger", "assener", "lacher", "glisser", "feliciter", "conclure", "developper",
    "detailler", "argumenter", "repliquer", "retorquer", "objecter", "suggerer", "proposer",
    "reconnaitre", "promettre", "menacer", "accuser", "condamner", "clamer", "proclamer",
    "souhaiter", "esperer", "interroger", "questionner", "exclamer", "enchainer", "opiner",
    "reveler", "conceder", "rectifier", "assumer", "balbutier", "lamenter", "insurger",
    "indigner", "inquieter", "alarmer", "etonner", "reprocher", "emporter",
    "agacer", "amuser", "desoler", "nuancer", "abonder", "analyser", "repeter",
    "temperer", "relativiser", "fulminer", "railler", "tacler", "cingler", "grincer", "raler",
    "soupirer", "ecrier", "alerter", "moquer", "rassurer", "plaisanter", "offusquer", "enerver",
    "esclaffer", "enthousiasmer", "interpeller", "completer", "illustrer", "confesser",
];

/// Irregular forms of French verbs of saying, written out (dire, répondre,
/// prévenir, écrire, …).
#[rustfmt::skip]
const FR_IRREGULAR: &[&str] = &[
    "dit", "dis", "disent", "disait", "disaient", "dira", "diront", "dirait", "diraient",
    "disant", "dite", "dits", "dites", "repond", "repondent", "repondu", "repondait",
    "repondaient", "repondra", "repondant", "previent", "previennent", "prevenu", "prevenait",
    "previendra", "prevenant", "avertit", "avertissent", "averti", "avertie", "avertissait",
    "avertira", "avertissant", "ecrit", "ecrivent", "ecrivait", "ecrira", "ecrivant", "reconnait",
    "reconnaissent", "reconnu", "reconnaissait", "promet", "promettent", "promis", "admet",
    "admettent", "admis", "conclut", "concluent", "conclu", "soutient", "soutiennent", "soutenu",
    "soutenait", "decrit", "decrivent", "decrivait", "decrira", "decrivant", "reagit", "reagi",
    "reagissent", "avanca", "savoir", "valoir", "dire", "rencherit", "rencherissent", "rencheri", "rencherissait",
    "souvient", "souviennent", "souvenait", "souvenaient", "rejouit", "rejouissent", "rejoui", "rejouie",
    "rejouissait", "sourit", "sourient", "souri", "souriait", "souriant", "convient", "convenu",
];

/// English verbs of saying in their base form, inflected by rule ("adds",
/// "added", "adding"; "replies", "replied").
#[rustfmt::skip]
const EN_REGULAR: &[&str] = &[
    "add", "warn", "explain", "state", "insist", "note", "claim", "argue", "ask", "reply",
    "answer", "announce", "declare", "stress", "tweet", "post", "acknowledge", "concede",
    "confirm", "promise", "vow", "urge", "call", "recall", "remark", "observe", "suggest",
    "predict", "emphasise", "emphasize", "underline", "caution", "complain", "conclude",
    "continue", "describe", "opine", "respond", "recount", "comment", "reveal", "disclose",
    "demand", "plead", "joke", "laugh", "sigh", "shout", "scream", "yell", "whisper", "mutter",
    "maintain", "assert", "contend", "retort", "testify", "allege", "boast", "agree", "echo",
    "summarise", "summarize", "elaborate", "reckon", "hint", "lament", "bemoan", "criticise",
    "criticize", "blast", "praise", "reiterate", "repeat", "reassure", "assure", "pledge",
    "threaten", "advise", "recommend", "propose", "confess", "exclaim", "muse", "mention",
    "wonder", "question", "query", "implore", "estimate", "apologise", "apologize", "inform",
    "counter", "surmise", "brand", "hail", "decry", "chant",
];

/// Irregular forms of English verbs of saying, and regular ones whose
/// consonant doubles, written out.
#[rustfmt::skip]
const EN_IRREGULAR: &[&str] = &[
    "say", "says", "said", "saying", "tell", "tells", "told", "telling", "write", "writes",
    "wrote", "writing", "admit", "admits", "admitted", "admitting", "quip", "quips", "quipped",
    "quipping", "snap", "snaps", "snapped", "beg", "begs", "begged", "concur", "concurs",
    "concurred", "slam", "slams", "slammed", "cry", "cries", "cried",
];

/// The forms of a French `-er` verb a news text uses: present, participles,
/// imperfect, simple past, future and conditional. A hand-written rule, not a
/// conjugation crate: the lexicon only needs these regular endings, folded.
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
    // "juger": a g keeps its sound with an e before a ("jugeant", "jugeait").
    let soft = if stem.ends_with('g') {
        format!("{stem}e")
    } else {
        stem.to_string()
    };
    for end in ["ait", "aient", "ant", "a"] {
        out.insert(format!("{soft}{end}"));
    }
    out.insert(format!("{stem}erent"));
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

/// The forms of a regular English verb: base, third person, past and
/// participle, gerund. Hand-written for the same reason as `fr_er_forms`:
/// four endings, with the spelling rules of a final e and a final y.
fn en_forms(base: &str, out: &mut HashSet<String>) {
    out.insert(base.to_string());
    let sibilant = ["s", "sh", "ch", "x", "z", "o"]
        .iter()
        .any(|e| base.ends_with(e));
    let consonant_y = base
        .strip_suffix('y')
        .filter(|stem| stem.chars().last().is_some_and(|c| !"aeiou".contains(c)));
    if let Some(stem) = consonant_y {
        out.insert(format!("{stem}ies"));
        out.insert(format!("{stem}ied"));
    } else if sibilant {
        out.insert(format!("{base}es"));
        out.insert(format!("{base}ed"));
    } else {
        out.insert(format!("{base}s"));
        out.insert(if base.ends_with('e') {
            format!("{base}d")
        } else {
            format!("{base}ed")
        });
    }
    let ing_stem = base
        .strip_suffix('e')
        .filter(|s| !s.ends_with('e'))
        .unwrap_or(base);
    out.insert(format!("{ing_stem}ing"));
}

fn verbs() -> &'static HashSet<String> {
    static SET: OnceLock<HashSet<String>> = OnceLock::new();
    SET.get_or_init(|| {
        let mut set = HashSet::new();
        for v in FR_ER {
            fr_er_forms(v, &mut set);
        }
        set.extend(FR_IRREGULAR.iter().map(|s| s.to_string()));
        for v in EN_REGULAR {
            en_forms(v, &mut set);
        }
        set.extend(EN_IRREGULAR.iter().map(|s| s.to_string()));
        set
    })
}

/// Whether a folded word is a form of a verb of saying ("déclaré", "a-t-il
/// souligné" gives "souligne", "told").
pub fn is_saying_verb(folded: &str) -> bool {
    verbs().contains(folded)
}

/// Every table of the module, for the check that all are folded.
#[cfg(test)]
pub(super) const TABLES: &[&[&str]] = &[FR_ER, FR_IRREGULAR, EN_REGULAR, EN_IRREGULAR];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn english_verbs_are_inflected_with_their_spelling_rules() {
        for form in [
            "replies",
            "replied",
            "replying",
            "agrees",
            "agreed",
            "agreeing",
            "argues",
            "arguing",
            "echoes",
            "echoed",
            "stresses",
            "testified",
            "laughed",
            "quipped",
        ] {
            assert!(is_saying_verb(form), "{form}");
        }
        for not in ["replys", "agreing", "echos", "argueing"] {
            assert!(!is_saying_verb(not), "{not}");
        }
    }
}
