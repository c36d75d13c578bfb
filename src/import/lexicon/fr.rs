//! The French words the importer's rules look for, one table per kind of
//! word. Everything is folded (lower case, no accents). Adding a role noun
//! or a date cue means adding it to one table here (verbs of saying: saying_verbs.rs).

/// Auxiliaries before a participle: "a déclaré", "ont appelé".
#[rustfmt::skip]
pub const AUXILIARIES: &[&str] = &[
    "a", "ont", "avait", "avaient", "aura", "aurait", "est", "sont", "s'est",
];

/// Words between a quotation and its verb that are not its subject: the "t" of "a-t-il", the reflexive "s'", adverbs.
#[rustfmt::skip]
pub const VERB_FILLERS: &[&str] = &[
    "t", "s", "se", "encore", "ensuite", "aussi", "egalement", "alors", "fait",
];

/// Object pronouns between a quotation and an inverted verb: "», lui
/// explique X", "», nous raconte une passante". Never the subject.
#[rustfmt::skip]
pub const OBJECT_CLITICS: &[&str] = &[
    "lui", "leur", "nous", "vous", "me", "m", "te",
];

/// Words that join a second verb sharing the first one's subject.
#[rustfmt::skip]
pub const COORDINATORS: &[&str] = &[
    "mais", "et",
];

/// Honorifics before a name, and whether they name a woman.
#[rustfmt::skip]
pub const HONORIFICS: &[(&str, bool)] = &[
    ("m", false),
    ("monsieur", false),
    ("mme", true),
    ("madame", true),
    ("mlle", true),
];

/// Titles and ranks written before a name ("Me Eric Morain", "le colonel
/// Durand", "Mgr Aupetit"): they say who the person is but are not part of
/// the name.
#[rustfmt::skip]
pub const NAME_TITLES: &[&str] = &[
    "me", "maitre", "mgr", "dr", "docteur", "pr", "professeur", "colonel", "capitaine",
    "lieutenant", "lieutenant-colonel", "adjudant", "adjudant-chef", "sergent", "brigadier",
    "marechal", "amiral", "abbe", "cardinal", "eveque", "archeveque", "imam", "rabbin",
];

/// Possessives of one person: "Son message aux élus est clair :" is the
/// words of the person last named.
#[rustfmt::skip]
pub const PERSON_POSSESSIVES: &[&str] = &[
    "son", "sa", "ses",
];

/// A preposition joined to its article: the noun phrase it opens is a
/// complement ("adressé aux élus"), never a subject.
#[rustfmt::skip]
pub const CONTRACTED_ARTICLES: &[&str] = &[
    "au", "aux", "du",
];

/// Pronouns for a person after a preposition: "selon lui".
#[rustfmt::skip]
pub const STRESSED_PRONOUNS: &[&str] = &[
    "lui", "elle",
];

/// Subject pronouns that stand for a person.
#[rustfmt::skip]
pub const PERSON_PRONOUNS: &[&str] = &[
    "il", "elle",
];

/// Of those, the ones that say the person is a woman.
pub const FEMALE_PRONOUNS: &[&str] = &["elle", "celle"];

/// Other subject pronouns an inverted verb can end on ("disent-ils",
/// "a-t-on"): cut from the verb like a person's.
pub const OTHER_SUBJECT_PRONOUNS: &[&str] = &["ils", "elles", "on"];

/// Where an impersonal "on" speaks from: "a-t-on déclaré au Quai d'Orsay",
/// "indique-t-on à la préfecture", "explique-t-on chez Renault",
/// "a-t-on appris auprès du parquet".
#[rustfmt::skip]
pub const IMPERSONAL_SOURCES: &[&str] = &[
    "au", "aux", "a", "chez", "aupres", "dans",
];

/// The commonest function words, by which an article's language is guessed.
#[rustfmt::skip]
pub const LANGUAGE_MARKERS: &[&str] = &[
    "le", "la", "les", "des", "est", "une", "du", "et", "que", "nous", "il", "elle", "avec",
    "pour", "dans", "sont",
];

/// Articles and determiners: a capitalised word after one is not a person's name.
#[rustfmt::skip]
pub const DETERMINERS: &[&str] = &[
    "le", "la", "les", "l", "un", "une", "des", "du", "au", "aux", "ce", "cet", "cette", "ces",
    "son", "sa", "ses", "leur", "leurs",
];

/// Nouns naming someone by their role.
#[rustfmt::skip]
pub const ROLE_NOUNS: &[&str] = &[
    "ministre", "president", "presidente", "porte-parole", "responsable", "diplomate", "source",
    "sources", "expert", "experte", "politologue", "analyste", "chef", "cheffe", "dirigeant",
    "dirigeante", "secretaire", "ambassadeur", "ambassadrice", "conseiller", "conseillere",
    "officier", "general", "commandant", "depute", "deputee", "senateur", "senatrice", "maire",
    "chancelier", "chanceliere", "premier", "premiere", "directeur", "directrice", "negociateur",
    "negociatrice", "militaire", "specialiste", "chercheur", "chercheuse", "historien",
    "historienne", "economiste", "representant", "representante", "commissaire", "procureur",
    "juge", "avocat", "avocate", "temoin", "habitant", "habitante", "membre", "fonctionnaire",
    "patron", "patronne", "haut", "haute", "proche", "collaborateur", "collaboratrice",
    "selectionneur", "entraineur", "capitaine", "gouverneur", "inspecteur",
    "delegue", "deleguee", "adjoint", "adjointe", "elu", "elue", "syndicaliste", "militant",
    "militante", "medecin", "professeur", "professeure", "policier", "policiere", "gendarme",
    "prefet", "prefete", "procureure", "administrateur", "administratrice", "coordinateur",
    "coordinatrice", "fondateur", "fondatrice", "attache", "attachee", "ministres", "consul",
    "editorialiste", "journaliste", "commissaire-priseur", "president-directeur", "bourgmestre",
    "sous-prefet", "vice-presidente", "mediateur", "mediatrice", "rapporteur", "rapporteure",
    "edile", "attaquant", "attaquante", "gardien", "gardienne", "buteur", "ailier", "pasteur",
    "pretre", "imam", "rabbin", "eveque", "enqueteur", "enqueteuse", "technicien",
    "technicienne", "enseignant", "enseignante", "criminologue", "sociologue", "psychologue",
    "consultant", "consultante", "chroniqueur", "chroniqueuse", "infirmier", "infirmiere",
    "chirurgien", "chirurgienne", "pharmacien", "pharmacienne", "agriculteur", "agricultrice",
];

/// Prefixes that keep a role noun's role: "vice-ministre", "ex-président".
#[rustfmt::skip]
pub const ROLE_PREFIXES: &[&str] = &[
    "vice", "ex", "co", "sous",
];

/// Words that make a role a past one ("ancien ministre", "ex-président"):
/// it does not stop its holder being given another now.
#[rustfmt::skip]
pub const FORMER_ROLE_WORDS: &[&str] = &[
    "ex", "ancien", "ancienne",
];

/// Role words that qualify a role rather than name it: "haut responsable".
#[rustfmt::skip]
pub const ROLE_QUALIFIERS: &[&str] = &[
    "haut", "haute", "premier", "premiere", "membre",
];

/// Nouns for a person who holds no role: "confie un jeune homme", "raconte
/// une voisine". Gold and proposal name such a speaker by the description
/// without its article.
#[rustfmt::skip]
pub const PERSON_NOUNS: &[&str] = &[
    "homme", "hommes", "femme", "femmes", "jeune", "jeunes", "garcon", "fille", "voisin",
    "voisine", "voisins", "riverain", "riveraine", "riverains", "habitants", "habitantes",
    "temoins", "ouvrier", "ouvriere", "passant", "passante", "client", "cliente", "clients",
    "mere", "pere", "parent", "parents", "enfant", "eleve", "etudiant", "etudiante", "salarie",
    "salariee", "salaries", "employe", "employee", "agriculteur", "agricultrice", "commercant",
    "commercante", "retraite", "retraitee", "automobiliste", "badaud", "spectateur", "consoeur",
    "spectatrice", "supporter", "supporteur", "touriste", "victime", "manifestant", "confrere",
    "manifestante", "manifestants", "participant", "participante", "ami", "amie", "proches",
    "adolescent", "adolescente", "lyceen", "lyceenne", "patient", "patiente", "infirmier",
    "infirmiere", "pompier", "benevole", "agent", "cycliste", "pecheur", "eleveur", "eleveuse",
    "villageois", "villageoise", "dame", "interesse", "interessee", "septuagenaire", "sexagenaire", "quinquagenaire",
    "quadragenaire", "trentenaire", "octogenaire", "nonagenaire", "vendeur", "vendeuse",
    "personne", "travailleur", "travailleuse", "prevenu", "prevenue", "prevenus", "accusee",
    "accuses", "detenu", "detenue", "detenus", "suspect", "suspecte", "suspects", "entourage",
];

/// Endings of a plural noun: "policiers", "travaux".
#[rustfmt::skip]
pub const PLURAL_ENDINGS: &[&str] = &[
    "s", "x",
];

/// Endings of a word that describes a person by their age: none, French
/// has nouns for it ("un quinquagénaire", in [`PERSON_NOUNS`]).
#[rustfmt::skip]
pub const AGE_SUFFIXES: &[&str] = &[];

/// Words after a person noun that keep it the same person, so the later
/// noun heads the description: "un jeune homme", "une jeune femme".
#[rustfmt::skip]
pub const PERSON_NOUN_HEADS_AFTER: &[&str] = &[
    "homme", "femme", "fille", "garcon",
];

/// Demonstratives: "cet homme" points back to someone already in the
/// article, "cet autre témoin" (with an [`OTHER_WORDS`] word) to someone new.
#[rustfmt::skip]
pub const DEMONSTRATIVES: &[&str] = &[
    "ce", "cet", "cette", "ces",
];

/// Words that make a description someone new: "un autre riverain".
#[rustfmt::skip]
pub const OTHER_WORDS: &[&str] = &[
    "autre", "autres", "second", "seconde", "deuxieme", "troisieme",
];

/// Relative pronouns after a speaker preposition: "Camille Miansoni,
/// procureur, selon qui « … »" is Camille Miansoni speaking.
#[rustfmt::skip]
pub const SPEAKER_RELATIVES: &[&str] = &[
    "qui", "lequel", "laquelle",
];

/// Common nouns for a body or a document that speaks, named by the phrase
/// they head: "a rectifié le parquet de Paris", "indique la préfecture",
/// "révèle l'autopsie". Gold and proposal name it without the article.
#[rustfmt::skip]
pub const INSTITUTION_NOUNS: &[&str] = &[
    "parquet", "prefecture", "direction", "cabinet", "mairie", "gendarmerie", "police",
    "rectorat", "hopital", "autopsie", "communique", "rapport", "etude", "sondage", "enquete",
    "municipalite", "administration", "intersyndicale", "defense", "tribunal", "cour",
];

/// Verbs that say someone goes on speaking, only where an attribution is
/// expected, right after a quotation ("», a poursuivi M. Bonte"): elsewhere
/// "poursuit" is to prosecute or to carry on.
#[rustfmt::skip]
pub const CONTINUING_VERBS: &[&str] = &[
    "poursuit", "poursuivent", "poursuivi", "poursuivait", "poursuivra", "continue",
    "continuait", "reprend", "repris", "reprenait",
];

/// First words of organisations' names.
#[rustfmt::skip]
pub const ORGANISATION_HEADS: &[&str] = &[
    "conference", "commission", "ministere", "parlement", "conseil", "union", "organisation",
    "agence", "banque", "fondation", "institut", "universite", "parti", "federation", "assemblee",
    "cour", "tribunal", "forces", "armee", "bureau", "fonds", "otan", "kremlin", "pentagone",
    "elysee", "congres", "senat", "maison", "groupe", "association", "syndicat", "comite",
    "societe", "afp", "ecole", "college", "lycee", "hopital", "clinique", "musee", "autorite",
    "office", "caisse", "chambre", "direction",
];

/// Common nouns standing for an organisation named before: "le ministère a indiqué".
#[rustfmt::skip]
pub const ORGANISATION_NOUNS: &[&str] = &[
    "commission", "ministere", "societe", "entreprise", "agence", "groupe", "federation",
    "association", "departement",
];

/// Lower-case words inside a title written in capitals.
#[rustfmt::skip]
pub const TITLE_CONNECTORS: &[&str] = &[
    "de", "du", "des", "d", "et", "la", "l",
];

/// Last words of newspapers' names.
#[rustfmt::skip]
pub const MEDIA_TAILS: &[&str] = &[
    "monde", "figaro", "liberation", "presse",
];

/// Particles inside people's names: "Charles de Gaulle".
#[rustfmt::skip]
pub const NAME_PARTICLES: &[&str] = &[
    "de", "du", "le", "la", "d",
];

/// Sentence openers and other function words: never part of a name.
#[rustfmt::skip]
pub const FUNCTION_WORDS: &[&str] = &[
    "le", "la", "les", "l", "un", "une", "des", "du", "de", "d", "au", "aux", "ce", "cet",
    "cette", "ces", "il", "elle", "ils", "elles", "on", "nous", "vous", "je", "j", "tu", "en",
    "et", "mais", "donc", "car", "ni", "pour", "par", "avec", "sans", "sous", "sur", "dans",
    "selon", "apres", "avant", "depuis", "pendant", "tout", "tous", "toute", "toutes", "face",
    "cela", "ceci", "c", "qu", "que", "qui", "quoi", "dont", "ou", "si", "alors", "ainsi",
    "aussi", "encore", "deja", "puis", "enfin", "concernant", "lors", "mme", "m", "notre", "nos",
    "votre", "vos", "son", "sa", "ses", "leur", "leurs", "mon", "ma", "mes", "personne", "rien",
    "chaque", "plusieurs", "certains", "certaines", "aucun", "aucune", "lundi", "mardi",
    "mercredi", "jeudi", "vendredi", "samedi", "dimanche", "ensuite", "toutefois", "pourtant",
    "malgre", "outre", "entre", "vers", "chez", "contre", "parmi", "quand", "lorsque",
    "comme", "se",
];

/// Prepositions: a noun phrase after one is a complement ("devant les
/// juges", "à la maire"), never a sentence's subject. Not "selon" nor
/// "pour", which introduce a speaker.
#[rustfmt::skip]
pub const PREPOSITIONS: &[&str] = &[
    "a", "de", "d", "du", "au", "aux", "devant", "derriere", "avec", "sans", "sous", "sur",
    "dans", "par", "chez", "contre", "parmi", "vers", "entre", "apres", "avant", "depuis",
    "pendant", "durant", "malgre", "aupres", "envers",
];

/// Prepositions before whom a speaker talks to: "a affirmé le bourgmestre à
/// Belga". A single capitalised word after one, next to a verb of saying,
/// is a listener (a news agency, a radio), not a speaker.
#[rustfmt::skip]
pub const LISTENER_PREPOSITIONS: &[&str] = &[
    "a", "aupres", "au", "aux",
];

/// Prepositions after which a name is an employer or a firm, never a
/// person: "délégué syndical chez Stellantis Auto".
#[rustfmt::skip]
pub const ORGANISATION_PREPOSITIONS: &[&str] = &[
    "chez",
];

/// Indefinite articles: "a secretary … said" introduces someone whom "the
/// secretary" then stands for.
#[rustfmt::skip]
pub const INDEFINITE_ARTICLES: &[&str] = &[
    "un", "une",
];

/// Verbs of saying whose next noun phrase is who is told, never the
/// speaker (French puts "à" before the listener instead).
#[rustfmt::skip]
pub const OBJECT_VERBS: &[&str] = &[];

/// First words of places' names: "Place de la Concorde", "Gare du Nord".
#[rustfmt::skip]
pub const PLACE_HEADS: &[&str] = &[
    "rue", "avenue", "boulevard", "place", "gare", "aeroport", "pont", "quai", "mont", "lac",
    "stade",
];

/// Last words of places' names (French puts the head first).
#[rustfmt::skip]
pub const PLACE_TAILS: &[&str] = &[];

/// Articles before a single capitalised word that make it a body's name:
/// those joined to "de" and "à" ("le natif du Gontougo") and the elided
/// "l'" ("le ministre de l'Économie"); French speech puts "la" before first
/// names ("la Marie-Françoise").
pub const BODY_ARTICLES: &[&str] = &["du", "au", "l"];

/// Prepositions of place ("à" folds like the auxiliary "a", so is not here).
pub const PLACE_PREPOSITIONS: &[&str] = &["dans", "en"];

/// Conjunctions opening a clause of its own (see the English table).
pub const SUBORDINATORS: &[&str] = &[
    "quand", "lorsque", "lorsqu", "parce", "puisque", "puisqu", "si", "comme", "alors", "tandis",
    "bien", "avant", "apres",
];

/// Possessives opening a description of someone ("son épouse"): none yet,
/// French news names the relation with an article ("l'épouse de").
pub const DESCRIBING_POSSESSIVES: &[&str] = &[];

/// Bodies named by a bare plural noun: none, French puts an article.
pub const BARE_BODIES: &[&str] = &[];

/// Party tags after a name: none in French news.
pub const PARTY_TAG_LETTERS: &[&str] = &[];

/// "l'un des témoins", "une de ses sœurs": one person of a group named
/// after it.
pub const PARTITIVE_ONES: &[&str] = &["un", "une"];

/// "l'un d'eux": the group a partitive one is taken from, in focus.
pub const PARTITIVE_GROUPS: &[&str] = &["eux", "elles"];

/// Last words of events' and documents' names: none, French names them
/// head first ("la Coupe du monde").
pub const THING_TAILS: &[&str] = &[];

/// Month names, full and abbreviated.
#[rustfmt::skip]
pub const MONTHS: &[(&str, u32)] = &[
    ("janvier", 1),
    ("janv", 1),
    ("fevrier", 2),
    ("fevr", 2),
    ("mars", 3),
    ("avril", 4),
    ("avr", 4),
    ("mai", 5),
    ("juin", 6),
    ("juillet", 7),
    ("juil", 7),
    ("aout", 8),
    ("septembre", 9),
    ("sept", 9),
    ("octobre", 10),
    ("novembre", 11),
    ("decembre", 12),
    ("oct", 10),
    ("nov", 11),
    ("dec", 12),
];

/// Weekday names (0 = Monday).
#[rustfmt::skip]
pub const WEEKDAYS: &[(&str, u32)] = &[
    ("lundi", 0),
    ("mardi", 1),
    ("mercredi", 2),
    ("jeudi", 3),
    ("vendredi", 4),
    ("samedi", 5),
    ("dimanche", 6),
];

/// Adverbs that open quoted words describing something ("très …"): speech, not a label.
#[rustfmt::skip]
pub const LABEL_INTENSIFIERS: &[&str] = &[
    "tres", "trop", "plus", "assez", "si", "vraiment", "extremement", "particulierement",
    "totalement",
];

/// Endings of adjectives between an article and quoted words ("la nouvelle « … »"): the words are still a label.
#[rustfmt::skip]
pub const LABEL_ADJECTIVE_ENDINGS: &[&str] = &[
    "elle", "el", "ive", "if", "ale", "al", "ique", "aire", "euse", "eux", "ible", "able",
];

/// Words after "il" that make it impersonal ("il faut", "il y a"): no one speaks.
#[rustfmt::skip]
pub const IMPERSONAL_NEXT: &[&str] = &[
    "faut", "y", "agit", "semble", "reste", "est", "se",
];

/// Auxiliaries of the past: "a assuré jeudi" speaks of the Thursday gone.
#[rustfmt::skip]
pub const PAST_AUXILIARIES: &[&str] = &["a", "ont", "avait", "avaient"];

/// Words that say a sentence speaks of what is to come.
#[rustfmt::skip]
pub const FUTURE_WORDS: &[&str] = &[
    "prevu", "prevue", "prevus", "prevues", "doit", "doivent", "devrait", "devraient", "prochain",
    "prochaine", "sera", "seront", "aura", "auront", "fera", "feront", "ira", "iront",
];

/// Verb endings of the future tense (on words over five letters).
#[rustfmt::skip]
pub const FUTURE_ENDINGS: &[&str] = &[
    "eront", "iront", "era", "ront", "dra", "ira", "vra", "rra",
];

/// Words before a date that make it a bound, not when things happened: "depuis", "jusqu'à".
#[rustfmt::skip]
pub const NOT_GOVERNING: &[&str] = &[
    "depuis", "jusqu", "ici",
];

/// Words before a month name that make it a date: "en mars", "fin mars".
#[rustfmt::skip]
pub const MONTH_CUES: &[&str] = &[
    "en", "de", "d", "depuis", "debut", "fin", "mi", "ici", "jusqu", "des", "entre", "avant",
    "apres",
];

/// Words before a four-digit number that make it a year: "en 2023", "fin 2021".
#[rustfmt::skip]
pub const YEAR_CUES: &[&str] = &[
    "en", "depuis", "ici", "annee", "fin", "debut", "mi", "vers", "des", "avant", "apres",
    "horizon", "an",
];

/// Parts of the day after a weekday: "lundi soir".
#[rustfmt::skip]
pub const PARTS_OF_DAY: &[&str] = &[
    "soir", "matin", "midi", "apres-midi", "nuit",
];

/// Words before a date that belong to the expression: "le 9 août", "du 3 mai".
#[rustfmt::skip]
pub const DATE_LEADS: &[&str] = &[
    "le", "du", "au", "depuis",
];

/// Auxiliaries of the pluperfect: a date in a sentence told in it is background
/// ("le groupe était arrivé dès jeudi"), not the day the story is at.
#[rustfmt::skip]
pub const PLUPERFECT_AUXILIARIES: &[&str] = &[
    "avait", "avaient", "etait", "etaient",
];

/// Words after "la veille" / "le lendemain" that name the event counted from:
/// "la veille du sommet de jeudi".
#[rustfmt::skip]
pub const EVENT_LINKS: &[&str] = &[
    "de", "du", "des", "d",
];

/// Words that end a noun phrase at an attribution: what follows them is no
/// longer who speaks ("un responsable de l'hôtel sous couvert de l'anonymat").
#[rustfmt::skip]
pub const PHRASE_STOPS: &[&str] = &[
    "qui", "que", "cite", "citee", "selon", "sous", "lors", "pendant", "durant", "avant",
    "apres", "alors", "lorsque", "interroge", "interrogee", "joint", "jointe", "sur", "au", "aux",
    "dans", "devant", "aupres",
];

/// Definite articles: "le ministre" points back to someone, "un ministre" is new.
#[rustfmt::skip]
pub const DEFINITE_ARTICLES: &[&str] = &[
    "le", "la", "l", "les",
];

/// Words that open a role's complement: "le ministre de l'Economie".
#[rustfmt::skip]
pub const COMPLEMENT_LINKS: &[&str] = &[
    "de", "du", "des", "d",
];

/// Forms of "être" before a predicate: quoted words after "est d'une" say
/// something of the subject (speech), they do not name a thing (label).
#[rustfmt::skip]
pub const COPULAS: &[&str] = &[
    "est", "sont", "etait", "etaient", "sera", "seront", "serait", "seraient", "etre", "fut",
];

/// Openings of a sentence that attributes the quotation just before it:
/// "« … ». C'est ce qu'a déclaré X", "Voilà ce qu'a affirmé X".
#[rustfmt::skip]
pub const NEXT_SENTENCE_ATTRIBUTIONS: &[&[&str]] = &[
    &["c", "est", "ce", "qu"], &["c", "est", "ce", "que"], &["voila", "ce", "qu"],
    &["voila", "ce", "que"], &["c", "est", "en", "ces", "termes", "qu"],
];

/// Words before a verb of saying whose subject then follows it: "comme le
/// révèle le parquet de Toulouse", "comme l'a dit le maire".
#[rustfmt::skip]
pub const INVERTING_CLAUSES: &[&[&str]] = &[
    &["comme", "le"], &["comme", "l"], &["ainsi", "que", "le"], &["ainsi", "que", "l"],
];

/// Openings of a sentence whose subject comes after them: "Ce que Michel
/// Januth a refusé." The sentence is about that subject.
#[rustfmt::skip]
pub const OBJECT_CLAUSE_OPENERS: &[&[&str]] = &[
    &["ce", "que"], &["ce", "qu"],
];

/// "respectivement": several speakers named, then their words in the same order.
#[rustfmt::skip]
pub const RESPECTIVELY: &[&str] = &[
    "respectivement",
];

/// Articles that give a role noun's gender, and so the gender of the person
/// given the role: "la porte-parole Saïda Garrach" (true: a woman).
#[rustfmt::skip]
pub const GENDERED_ARTICLES: &[(&str, bool)] = &[
    ("la", true), ("une", true), ("le", false), ("un", false),
];

/// Numbers written in words, for "il y a vingt-deux ans" ("vingt-deux" is summed).
#[rustfmt::skip]
pub const NUMBER_WORDS: &[(&str, u32)] = &[
    ("un", 1), ("une", 1), ("deux", 2), ("trois", 3), ("quatre", 4), ("cinq", 5), ("six", 6),
    ("sept", 7), ("huit", 8), ("neuf", 9), ("dix", 10), ("onze", 11), ("douze", 12),
    ("treize", 13), ("quatorze", 14), ("quinze", 15), ("seize", 16), ("vingt", 20),
    ("trente", 30), ("quarante", 40), ("cinquante", 50), ("soixante", 60),
];

/// Units of time after a count, in days (0 for months, 365 for years):
/// "il y a trois jours", "il y a deux ans".
#[rustfmt::skip]
pub const TIME_UNITS: &[(&str, u32)] = &[
    ("jour", 1), ("jours", 1), ("semaine", 7), ("semaines", 7), ("mois", 0), ("an", 365),
    ("ans", 365), ("annee", 365), ("annees", 365),
];

/// Words that make a count of time before publication: "il y a deux ans".
#[rustfmt::skip]
pub const AGO_BEFORE: &[&[&str]] = &[
    &["il", "y", "a"],
];

/// Words after a month or a weekday that put it before publication: "mars dernier".
#[rustfmt::skip]
pub const PAST_AFTER: &[&str] = &[
    "dernier", "passe",
];

/// Words after a month or a weekday that put it after publication: "mardi prochain".
#[rustfmt::skip]
pub const NEXT_AFTER: &[&str] = &[
    "prochain",
];

/// Words before a month or a weekday that put it before publication: none in French.
pub const PAST_BEFORE: &[&str] = &[];

/// Words before a month or a weekday that put it after publication: none in French.
pub const NEXT_BEFORE: &[&str] = &[];

/// Words before a weekday that make it the publication day's own: "ce vendredi".
#[rustfmt::skip]
pub const THIS_BEFORE: &[&str] = &[
    "ce",
];

/// Abbreviations after which a full stop does not end a sentence.
#[rustfmt::skip]
pub const ABBREVIATIONS: &[&str] = &[
    "m", "mme", "mlle", "dr", "st", "jr", "prof", "gen", "col", "lt", "etc", "cf", "no", "vol",
];

mod phrases;
pub use phrases::*;
