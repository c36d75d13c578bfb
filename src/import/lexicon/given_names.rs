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
    "yvonne",
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
pub fn is_given_name(folded: &str) -> bool {
    folded.split('-').all(|part| GIVEN_NAMES.contains(&part))
}
