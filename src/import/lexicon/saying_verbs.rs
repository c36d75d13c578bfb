//! Verbs of saying in both languages, and the rules that inflect them: the
//! one place to add a verb that introduces a quotation.

use std::collections::HashSet;
use std::sync::OnceLock;

/// French verbs of saying in `-er`, given in the infinitive and inflected by
/// rule.
#[rustfmt::skip]
const FR_ER: &[&str] = &[
    "declarer", "expliquer", "souligner", "estimer", "affirmer", "ajouter", "indiquer",
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
    "indigner", "inquieter", "alarmer", "etonner", "reprocher",
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
    "reagissent", "avanca", "savoir", "rencherit", "rencherissent", "rencheri", "rencherissait",
    "souvient", "souviennent", "souvenait", "souvenaient",
];

/// English verbs of saying, every form written out.
#[rustfmt::skip]
const EN_IRREGULAR: &[&str] = &[
    "say", "says", "said", "saying", "tell", "tells", "told", "telling", "add", "adds", "added",
    "adding", "warn", "warns", "warned", "warning", "explain", "explains", "explained", "state",
    "states", "stated", "insist", "insists", "insisted", "note", "notes", "noted", "claim",
    "claims", "claimed", "argue", "argues", "argued", "ask", "asks", "asked", "reply", "replies",
    "replied", "answer", "answered", "announce", "announces", "announced", "declare", "declares",
    "declared", "stress", "stresses", "stressed", "write", "writes", "wrote", "tweet", "tweeted",
    "posted", "acknowledged", "admitted", "conceded", "confirmed", "promised", "vowed", "urged",
    "called", "recalled", "remarked", "observed", "suggested", "predicted", "emphasised",
    "emphasized", "underlined", "cautioned", "complained", "concluded", "continued", "described",
    "opine", "opines", "opined",
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

fn verbs() -> &'static HashSet<String> {
    static SET: OnceLock<HashSet<String>> = OnceLock::new();
    SET.get_or_init(|| {
        let mut set = HashSet::new();
        for v in FR_ER {
            fr_er_forms(v, &mut set);
        }
        set.extend(FR_IRREGULAR.iter().map(|s| s.to_string()));
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
pub(super) const TABLES: &[&[&str]] = &[FR_ER, FR_IRREGULAR, EN_IRREGULAR];
