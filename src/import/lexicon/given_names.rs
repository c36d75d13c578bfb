//! Common given names in French and English news, folded: a single name
//! that is one of them is a person's first name ("Josette", "Bruno est
//! scandalisé"), where a single capitalised word is otherwise likely a
//! place. Names that are also places, months or common words at a
//! sentence's start (Florence, Victoria, June, Will, Grace, Christian) are
//! left out on purpose.

#[rustfmt::skip]
const GIVEN_NAMES: &[&str] = &[
    // French.
    "alain", "albert", "alexandre", "alice", "alexis", "amandine", "andre", "anne", "annie",
    "antoine", "arnaud", "arthur", "audrey", "aurelie", "baptiste", "benoit", "bernard",
    "bertrand", "brigitte", "bruno", "camille", "caroline", "catherine", "cecile", "celine",
    "chantal", "christelle", "christiane", "christine", "christophe", "claire", "claude",
    "claudine", "clement", "colette", "corinne", "cyril", "damien", "daniel", "danielle",
    "david", "delphine", "denis", "denise", "didier", "dominique", "eliane", "elodie",
    "emilie", "emmanuel", "eric", "estelle", "etienne", "fabien", "fabienne", "fabrice",
    "florent", "franck", "francois", "francoise", "frederic", "gabriel", "gael", "genevieve",
    "georges", "gerard", "gilbert", "gilles", "ginette", "guillaume", "guy", "helene", "henri",
    "herve", "hugo", "isabelle", "jacqueline", "jacques", "jean", "jeanne", "jeannine",
    "jerome", "joelle", "josette", "josiane", "julie", "julien", "juliette", "karim", "karine",
    "laetitia", "laurence", "laurent", "lea", "lucas", "lucie", "lucien", "manon", "marc",
    "marcel", "marie", "marine", "martine", "mathieu", "mathilde", "maxime", "michel",
    "micheline", "michele", "monique", "mohamed", "nadia", "nadine", "nathalie", "nicolas",
    "nicole", "noel", "odette", "olivier", "pascal", "pascale", "patrice", "patricia",
    "patrick", "paul", "paulette", "philippe", "pierre", "quentin", "raymond", "regis",
    "remi", "rene", "renee", "robert", "roger", "romain", "sandrine", "sebastien", "serge",
    "simone", "sophie", "stephane", "stephanie", "suzanne", "sylvie", "thierry", "thomas",
    "valerie", "veronique", "vincent", "virginie", "xavier", "yannick", "yves", "yvette",
    "yvonne", "chloe", "ines", "jules", "nathan", "enzo", "theo", "raphael", "adam", "yasmine",
    // English.
    "andrew", "angela", "anthony", "barbara", "betty", "brian", "carol", "charles", "chris",
    "daniel", "deborah", "donald", "donna", "dorothy", "edward", "elizabeth", "emily", "emma",
    "gary", "george", "helen", "james", "jane", "janet", "jason", "jennifer", "jessica",
    "john", "joseph", "joshua", "karen", "kevin", "laura", "linda", "lisa", "margaret",
    "matthew", "michael", "michelle", "nancy", "olivia", "peter", "rachel", "rebecca",
    "richard", "robert", "ruth", "sarah", "sharon", "steven", "susan", "thomas", "timothy",
    "william",
];

/// Whether `folded` is a common given name, or a compound of them
/// ("marie-francoise").
/// Month words that are also first names: with a surname after them and no
/// preposition or number before ("le ministre Jan Jambon", "April Ryan
/// asked"), they open a person's name.
#[rustfmt::skip]
const MONTH_FIRST_NAMES: &[&str] = &["jan", "june", "april"];

pub fn is_month_first_name(folded: &str) -> bool {
    MONTH_FIRST_NAMES.contains(&folded)
}

pub fn is_given_name(folded: &str) -> bool {
    folded.split('-').all(|part| GIVEN_NAMES.contains(&part))
}

/// Given names borne by women, for the gender of a person named with one
/// ("Karine Accassat", "Marie-Françoise"). Wider than [`GIVEN_NAMES`]: with
/// a surname after it, a name that is also a place or a word (Florence,
/// Grace) is no longer in doubt. Names borne by both (Dominique, Camille,
/// Claude, Andrea, Sacha, Alex, Sam, Jordan) are in neither list.
#[rustfmt::skip]
const FEMALE_NAMES: &[&str] = &[
    // French.
    "agnes", "alice", "aline", "amandine", "amelie", "anais", "angelique", "anne", "annick",
    "annie", "arlette", "audrey", "aurelie", "aurore", "barbara", "beatrice", "benedicte",
    "bernadette", "brigitte", "carole", "caroline", "catherine", "cecile", "celine",
    "chantal", "charlotte", "christelle", "christiane", "christine", "claire", "clarisse",
    "claudine", "clemence", "clementine", "colette", "corinne", "danielle", "delphine",
    "denise", "diane", "edith", "eliane", "elisabeth", "elise", "elodie", "eloise", "emilie",
    "emma", "emmanuelle", "estelle", "eugenie", "eve", "evelyne", "fabienne", "florence",
    "francine", "francoise", "gabrielle", "genevieve", "georgette", "geraldine", "ghislaine",
    "ginette", "gisele", "helene", "henriette", "ines", "irene", "isabelle", "jacqueline",
    "jeanne", "jeannine", "jocelyne", "josephine", "josette", "josiane", "juliette", "julie",
    "justine", "karine", "laetitia", "laure", "laurence", "lea", "lucie", "lucienne", "lydie",
    "madeleine", "manon", "marguerite", "marianne", "marie", "marine", "marion", "marthe",
    "martine", "mathilde", "melanie", "micheline", "michele", "mireille", "monique", "muriel",
    "myriam", "nadege", "nadine", "nathalie", "nicole", "noemie", "odette", "odile",
    "ophelie", "pascale", "patricia", "paulette", "pauline", "raymonde", "regine", "renee",
    "sabine", "sandrine", "segolene", "severine", "simone", "solange", "solene", "sophie",
    "stephanie", "suzanne", "sylvie", "therese", "valerie", "veronique", "virginie",
    "yvette", "yvonne", "zoe", "chloe", "oceane", "clara", "jade", "louise", "ambre", "rose",
    "anne-sophie", "marie-france", "agathe", "berenice", "capucine", "constance", "perrine",
    "margaux", "valentine", "elsa", "anna", "rachida", "najat", "fleur", "roselyne",
    // North African and African.
    "fatima", "fatiha", "leila", "samia", "nadia", "yasmina", "yasmine", "amina", "aicha",
    "malika", "karima", "naima", "latifa", "khadija", "zineb", "farida", "houria", "zohra",
    "dalila", "salima", "souad", "mariam", "aminata", "fatou", "awa", "mariama",
    // Other European.
    "maria", "ana", "carmen", "isabel", "lucia", "pilar", "giulia", "francesca", "chiara",
    "giorgia", "elena", "sofia", "sophia", "ursula", "angela", "annalena", "greta",
    "margrethe", "olga", "natalia", "tatiana", "svetlana", "irina", "ekaterina", "yulia",
    "julia", "ioulia", "maja", "marta", "agnieszka", "katarzyna", "simonetta", "doris",
    "micheline", "ruth", "ingrid", "astrid", "kristalina", "christine", "roberta", "giorgia",
    // English.
    "abigail", "alison", "amanda", "amy", "angela", "ann", "anna", "barbara", "betty",
    "beverley", "bridget", "carol", "caroline", "catherine", "charlotte", "chelsea", "cheryl",
    "christina", "claire", "deborah", "debbie", "diana", "donna", "dorothy", "eileen",
    "elizabeth", "ellen", "emily", "emma", "fiona", "gemma", "gillian", "hannah", "harriet",
    "hayley", "heather", "helen", "hillary", "holly", "jacqueline", "jane", "janet",
    "jennifer", "jessica", "jill", "joan", "joanne", "josephine", "judith", "judy", "julia",
    "julie", "karen", "kate", "katherine", "kathleen", "kathryn", "katie", "kimberly",
    "kirsty", "laura", "lauren", "linda", "lisa", "liz", "lorraine", "louise", "lucy",
    "margaret", "maria", "marie", "mary", "megan", "melissa", "michelle", "nancy",
    "natalie", "nicola", "olivia", "pamela", "patricia", "paula", "penny", "priti",
    "rachel", "rebecca", "samantha", "sandra", "sarah", "sharon", "shirley", "sophie",
    "stephanie", "susan", "suzanne", "tracey", "theresa", "valerie", "vanessa", "victoria",
    "wendy", "yvette", "kamala", "nikki", "elise", "kristi", "nadine", "grace", "alexandra",
    "sue", "sara", "nicole", "megyn", "oprah", "serena", "venus", "naomi", "meghan",
    "harriet", "ivanka", "melania", "liz", "penelope",
];

/// Given names borne by men; see [`FEMALE_NAMES`].
#[rustfmt::skip]
const MALE_NAMES: &[&str] = &[
    // French.
    "adrien", "alain", "albert", "alexandre", "alexis", "alfred", "andre", "antoine",
    "arnaud", "arthur", "augustin", "aurelien", "baptiste", "benjamin", "benoit", "bernard",
    "bertrand", "bruno", "cedric", "charles", "christian", "christophe", "clement", "cyril",
    "damien", "daniel", "david", "denis", "didier", "edouard", "emile", "emmanuel", "eric",
    "etienne", "fabien", "fabrice", "felix", "fernand", "florent", "florian", "francis",
    "franck", "francois", "frederic", "gabriel", "gaetan", "gaston", "georges", "gerald",
    "gerard", "gilbert", "gilles", "gregoire", "gregory", "guillaume", "gustave", "guy",
    "henri", "herve", "hubert", "hugo", "hugues", "jacques", "jean", "jeremy", "jerome",
    "joel", "jonathan", "joseph", "jules", "julien", "kevin", "laurent", "leon",
    "lionel", "loic", "louis", "luc", "lucas", "lucien", "marc", "marcel", "mathieu",
    "matthieu", "maurice", "max", "maxime", "michel", "nicolas", "noel", "olivier", "pascal",
    "patrice", "patrick", "paul", "philippe", "pierre", "quentin", "raphael", "raymond",
    "regis", "remi", "remy", "rene", "richard", "robert", "roger", "roland", "romain",
    "sebastien", "serge", "simon", "stephane", "sylvain", "theo", "thibault", "thibaut",
    "thierry", "thomas", "tristan", "valentin", "victor", "vincent", "xavier", "yann",
    "yannick", "yves", "ludovic", "mickael", "michael", "jean-luc", "eloi", "gael", "gwenael",
    "renaud", "bastien", "corentin", "killian", "kylian", "enzo", "nathan", "mathis",
    "emmanuel", "edgar", "gerald", "jean-pierre", "fabien", "anthony", "dimitri", "marius",
    "octave", "lilian", "jeremie", "ignace", "lucas", "arnaud", "franck", "ronan", "erwan",
    "yoann", "johan", "steeve", "steve", "jacky", "joachim", "hadrien", "aymeric",
    // North African and African.
    "mohamed", "mohammed", "mohammad", "muhammad", "ahmed", "ahmad", "karim", "ali", "mehdi",
    "rachid", "farid", "nabil", "youssef", "omar", "samir", "hassan", "hussein", "abdel",
    "abdelkader", "abdallah", "abdelaziz", "mustapha", "moussa", "mamadou", "ibrahim",
    "ibrahima", "amadou", "ousmane", "idriss", "hicham", "mourad", "khaled", "walid",
    "bilal", "yassine", "sofiane", "riad", "malik", "kamel", "djamel", "slimane", "boualem",
    "abdelmadjid", "abdoulaye", "cheikh", "seydou", "issa", "yacine", "hamid", "tarek",
    // Other European.
    "juan", "carlos", "luis", "pedro", "miguel", "antonio", "jose", "manuel", "francisco",
    "javier", "pablo", "alberto", "giuseppe", "giovanni", "marco", "luca", "francesco",
    "matteo", "paolo", "sergio", "mario", "silvio", "giorgio", "enrico", "ignazio", "alain",
    "hans", "klaus", "jurgen", "wolfgang", "olaf", "friedrich", "helmut", "gerhard", "frank",
    "heinz", "dieter", "vladimir", "sergei", "sergey", "dmitri", "dmitry", "ivan", "alexei",
    "alexey", "mikhail", "nikolai", "volodymyr", "viktor", "igor", "oleg", "boris", "andrei",
    "andrzej", "piotr", "lars", "sven", "erik", "nils", "pedro", "rui", "joao",
    "recep", "mevlut", "benyamin", "binyamin", "yair", "naftali", "ehud",
    "ignacio", "emmanuel", "jens", "mark",
    // English.
    "aaron", "adam", "alan", "andrew", "andy", "anthony", "arthur", "barry", "ben", "bernie",
    "bill", "bob", "boris", "brandon", "brian", "bruce", "carl", "charles",
    "christopher", "colin", "craig", "dan", "daniel", "darren", "dave", "david", "dean",
    "dennis", "derek", "donald", "douglas", "duncan", "edward", "eric", "frank", "fred",
    "gary", "gavin", "geoff", "geoffrey", "george", "gordon", "graham", "greg", "harry",
    "henry", "ian", "jack", "jake", "james", "jason", "jeff", "jeffrey", "jeremy", "jim",
    "joe", "john", "jonathan", "joseph", "joshua", "justin", "keith", "ken", "kenneth",
    "kevin", "keir", "larry", "liam", "martin", "matt", "matthew", "michael", "mike",
    "neil", "nick", "nicholas", "nigel", "oliver", "patrick", "paul", "peter", "philip",
    "ralph", "raymond", "richard", "rishi", "rob", "robert", "roger", "ronald", "ross",
    "roy", "russell", "ryan", "scott", "sean", "simon", "stephen", "steve", "steven",
    "stuart", "terry", "thomas", "tim", "timothy", "tom", "tony", "vince", "walter",
    "william", "elon", "joe", "barack", "hunter", "mitch", "chuck", "ted", "rudy", "kyle",
    "tyler", "zach", "aiden", "ethan", "noah", "owen", "luke", "nathan", "ronan",
    "geert", "alistair", "jeremy", "rupert", "hugh", "angus", "fraser",
];

/// The gender a person's first name gives them: `Some(true)` a woman; none
/// for a name borne by both, or not listed. A compound name goes by its
/// first part ("Jean-Marie", "Marie-Françoise").
pub fn given_name_gender(folded: &str) -> Option<bool> {
    let lookup = |name: &str| {
        let female = FEMALE_NAMES.contains(&name);
        let male = MALE_NAMES.contains(&name);
        (female != male).then_some(female)
    };
    lookup(folded).or_else(|| lookup(folded.split('-').next()?))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::fold_key;

    #[test]
    fn a_given_name_is_folded_and_of_one_gender_only() {
        for name in FEMALE_NAMES.iter().chain(MALE_NAMES) {
            assert_eq!(&fold_key(name), name, "not folded: {name}");
        }
        for name in FEMALE_NAMES {
            assert!(!MALE_NAMES.contains(name), "{name} is in both lists");
        }
    }

    #[test]
    fn a_compound_name_goes_by_its_first_part() {
        assert_eq!(given_name_gender("marie-francoise"), Some(true));
        assert_eq!(given_name_gender("jean-marie"), Some(false));
        assert_eq!(given_name_gender("dominique"), None);
    }
}
