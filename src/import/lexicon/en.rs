//! The English words the importer's rules look for, one table per kind of
//! word. Everything is folded (lower case, no accents). Adding a role noun
//! or a date cue means adding it to one table here (verbs of saying: saying_verbs.rs).

/// Auxiliaries before a participle.
#[rustfmt::skip]
pub const AUXILIARIES: &[&str] = &[
    "has", "have", "had", "was", "were", "is", "will", "would",
];

/// Adverbs between a quotation and its verb: "then said".
#[rustfmt::skip]
pub const VERB_FILLERS: &[&str] = &[
    "then", "also",
];

/// Object pronouns between a quotation and its verb: none in English, which
/// puts the listener after the verb.
#[rustfmt::skip]
pub const OBJECT_CLITICS: &[&str] = &[];

/// Prepositions: a noun phrase after one is a complement ("with the
/// police"), never a sentence's subject. Not "according to", which
/// introduces a speaker.
#[rustfmt::skip]
pub const PREPOSITIONS: &[&str] = &[
    "of", "for", "with", "by", "from", "in", "at", "on", "against", "among", "about", "behind",
    "before", "after", "during", "without", "near", "into", "over", "under",
];

/// Prepositions before whom a speaker talks to: "speaking to Reuters".
#[rustfmt::skip]
pub const LISTENER_PREPOSITIONS: &[&str] = &[
    "to",
];

/// Prepositions after which a name is an employer, never a person: none
/// that English does not also use for places and people.
#[rustfmt::skip]
pub const ORGANISATION_PREPOSITIONS: &[&str] = &[];

/// Words that join a second verb sharing the first one's subject.
#[rustfmt::skip]
pub const COORDINATORS: &[&str] = &[
    "but", "and",
];

/// Honorifics before a name, and whether they name a woman.
#[rustfmt::skip]
pub const HONORIFICS: &[(&str, bool)] = &[
    ("mr", false),
    ("mrs", true),
    ("ms", true),
    ("miss", true),
];

/// Titles and ranks written before a name ("Dr Jane Roe", "Sgt. Pepper"):
/// they say who the person is but are not part of the name.
#[rustfmt::skip]
pub const NAME_TITLES: &[&str] = &[
    "dr", "prof", "professor", "rev", "reverend", "sgt", "sergeant", "lt", "lieutenant",
    "capt", "captain", "col", "colonel", "gen", "cpl", "corporal", "det", "detective", "insp",
    "inspector", "supt", "superintendent", "rabbi", "imam", "bishop", "archbishop", "cardinal",
    "recorder", "judge", "magistrate", "coroner", "coun", "cllr", "councillor", "sen", "rep",
    "gov", "governor", "senator", "mayor", "councilman", "councilwoman", "alderman",
    "alderwoman", "assemblyman", "assemblywoman", "commissioner", "sheriff", "cr", "anchor",
    "coach", "chief", "president", "premier", "minister", "secretary", "ambassador", "speaker",
];

/// Letters of an honour, a degree or a seat after a name ("Caroline Goodwin
/// QC", "Jane Roe MP"): not part of the name.
#[rustfmt::skip]
pub const POSTNOMINALS: &[&str] = &[
    "qc", "kc", "mp", "mep", "msp", "obe", "mbe", "cbe", "kbe", "dbe", "phd",
];

/// Possessives of one person: "His message was clear:" is the words of the
/// person last named.
#[rustfmt::skip]
pub const PERSON_POSSESSIVES: &[&str] = &[
    "his", "her",
];

/// Pronouns for a person after a preposition: "according to him".
#[rustfmt::skip]
pub const STRESSED_PRONOUNS: &[&str] = &[
    "him", "her",
];

/// Subject pronouns that stand for a person.
#[rustfmt::skip]
pub const PERSON_PRONOUNS: &[&str] = &[
    "he", "she",
];

/// Pronouns that say the person is a woman.
pub const FEMALE_PRONOUNS: &[&str] = &["she", "her"];

/// The commonest function words, by which an article's language is guessed.
#[rustfmt::skip]
pub const LANGUAGE_MARKERS: &[&str] = &[
    "the", "and", "is", "of", "to", "was", "that", "said", "says", "with", "for", "has",
    "have", "will", "he", "she", "it", "are", "we",
];

/// Articles and determiners.
#[rustfmt::skip]
pub const DETERMINERS: &[&str] = &[
    "the", "a", "an", "this", "that", "its", "another", "one",
];

/// Nouns naming someone by their role.
#[rustfmt::skip]
pub const ROLE_NOUNS: &[&str] = &[
    "councillor", "councilor",
    "spokesman", "spokeswoman", "spokesperson", "official", "officials", "minister", "secretary",
    "adviser", "advisor", "diplomat", "analyst", "officer", "commander", "senator", "mayor",
    "chancellor", "prime", "director", "negotiator", "researcher", "economist", "representative",
    "envoy", "aide", "lawmaker", "ambassador", "head", "chief", "leader", "senior", "member",
    "resident", "witness", "lawyer", "prosecutor", "manager", "commissioner", "sergeant", "sgt",
    "detective", "inspector", "superintendent", "constable", "captain", "coach", "governor",
    "chairman", "chairwoman", "editor", "founder", "ceo", "counterpart", "republican",
    "democrat",
    "president", "chair", "attorney", "counsel", "activist", "campaigner", "professor",
    "doctor", "teacher", "principal", "coordinator", "organiser", "organizer", "trustee",
    "administrator", "secretary-general", "attorney-general", "director-general",
    "vice-president", "sheriff", "marshal", "mp", "congressman", "congresswoman",
    "delegate", "consul", "executive", "deputy", "premier", "treasurer", "auditor",
    "ombudsman", "regulator", "justice", "judge", "quarterback", "striker", "goalkeeper",
    "midfielder", "pitcher", "boss", "owner", "bishop", "pastor", "priest", "imam", "rabbi",
    "journalist", "columnist", "commentator", "defender", "winger", "solicitor", "barrister",
    "magistrate", "coroner", "headteacher", "headmaster", "headmistress", "surgeon",
    "policeman", "policewoman", "firefighter", "investigator", "criminologist", "sociologist",
    "psychologist", "consultant", "nurse", "pharmacist", "scientist", "physician", "lecturer",
    "instructor", "paramedic", "farmer", "correspondent", "anchor", "presenter", "insider",
];

/// Prefixes that keep a role noun's role: "deputy-minister", "ex-president".
#[rustfmt::skip]
pub const ROLE_PREFIXES: &[&str] = &[
    "vice", "ex", "co", "deputy",
];

/// Words that make a role a past one ("former minister", "ex-president"):
/// it does not stop its holder being given another now.
#[rustfmt::skip]
pub const FORMER_ROLE_WORDS: &[&str] = &[
    "ex", "former", "onetime", "one-time",
];

/// Role words that qualify a role rather than name it: "senior official", "chief executive".
#[rustfmt::skip]
pub const ROLE_QUALIFIERS: &[&str] = &[
    "senior", "prime", "member", "head", "chief",
];

/// Nouns for a person who holds no role: "said a neighbour", "an autistic
/// man told". Gold and proposal name such a speaker by the description
/// without its article.
#[rustfmt::skip]
pub const PERSON_NOUNS: &[&str] = &[
    "man", "men", "woman", "women", "boy", "girl", "neighbour", "neighbor", "neighbours",
    "neighbors", "residents", "witnesses", "worker", "workers", "passer-by", "passerby",
    "bystander", "onlooker", "customer", "customers", "mother", "father", "parents",
    "student", "pupil", "employee", "employees", "farmer", "shopkeeper", "retiree", "pensioner",
    "driver", "motorist", "spectator", "fan", "fans", "tourist", "victim", "protester",
    "protesters", "demonstrator", "participant", "friend", "relative", "relatives", "teenager",
    "patient", "nurse", "firefighter", "volunteer", "villager", "person",
    "youth", "mourner", "shopper", "commuter", "passenger", "traveller", "traveler", "veteran",
    "player", "reporter", "brother", "sister", "son", "daughter", "husband", "wife", "uncle",
    "aunt", "cousin", "grandmother", "grandfather", "grandson", "granddaughter", "nephew",
    "niece", "widow", "widower", "sibling", "siblings", "dad", "mum", "mom", "boyfriend",
    "girlfriend", "fiance", "fiancee", "child", "children", "eyewitness", "eyewitnesses",
    "soldier", "soldiers", "family", "families", "critic", "critics", "supporter",
    "supporters", "opponent", "opponents", "voter", "voters", "colleague", "colleagues",
    "teammate", "teammates", "survivor", "survivors",
    "associate", "associates", "ally", "allies", "confidant", "confidante", "partner",
    "candidate", "candidates", "defendant", "defendants", "suspect", "tenant", "tenants",
    "homeowner", "homeowners", "landlord", "parent", "champion",
];

/// Endings of a plural noun: "officials".
#[rustfmt::skip]
pub const PLURAL_ENDINGS: &[&str] = &[
    "s", "es",
];

/// Endings of a word that describes a person by their age: "the
/// 22-year-old said".
#[rustfmt::skip]
pub const AGE_SUFFIXES: &[&str] = &[
    "-year-old",
];

/// Words after a person noun that keep it the same person, so the later
/// noun heads the description.
#[rustfmt::skip]
pub const PERSON_NOUN_HEADS_AFTER: &[&str] = &[
    "man", "woman",
];

/// Demonstratives: "this man" points back to someone already in the
/// article, "this other witness" to someone new.
#[rustfmt::skip]
pub const DEMONSTRATIVES: &[&str] = &[
    "this", "that", "these", "those",
];

/// Words that make a description someone new: "another resident".
#[rustfmt::skip]
pub const OTHER_WORDS: &[&str] = &[
    "other", "another", "second", "third",
];

/// Relative pronouns after a speaker preposition: "…, according to whom".
#[rustfmt::skip]
pub const SPEAKER_RELATIVES: &[&str] = &[
    "whom",
];

/// Common nouns for a body or a document that speaks, named by the phrase
/// they head: "the port operator said", "the report says".
#[rustfmt::skip]
pub const INSTITUTION_NOUNS: &[&str] = &[
    "operator", "prosecutors", "police", "administration", "authorities", "statement",
    "report", "notice", "letter", "study", "survey", "autopsy", "hospital", "campaign",
    "prosecution", "defence", "defense", "court", "lawsuit", "complaint", "indictment",
    "ruling", "judgment", "judgement", "verdict", "filing", "affidavit", "memo", "document",
    "documents", "release", "email", "note", "analysis", "petition", "family", "families",
];

/// Verbs that say someone goes on speaking, only right after a quotation.
#[rustfmt::skip]
pub const CONTINUING_VERBS: &[&str] = &[
    "continued", "continues",
];

/// First words of organisations' names.
#[rustfmt::skip]
pub const ORGANISATION_HEADS: &[&str] = &[
    "commission", "union", "organisation", "organization", "agency", "bank", "foundation",
    "institute", "university", "party", "federation", "assembly", "court", "tribunal", "army",
    "nations", "ministry", "department", "council", "office", "bureau", "fund", "nato", "kremlin",
    "pentagon", "congress", "senate", "white", "group", "association", "committee", "company",
    "reuters", "afp", "bbc", "cnn", "politico", "force", "college", "school", "academy",
    "hospital", "directorate", "centers", "centres", "xinhua", "tass", "interfax", "anadolu", "kyodo", "yonhap",
];

/// Last words of organisations' names, where the head noun comes last: "European Commission", "West Midlands Police".
#[rustfmt::skip]
pub const ORGANISATION_TAILS: &[&str] = &[
    "commission", "council", "ministry", "agency", "office", "department", "committee", "union",
    "party", "bank", "court", "group", "association", "parliament", "government", "police",
    "force", "forces", "service", "services", "institute", "foundation", "company", "corporation",
    "club", "university", "cid", "fc", "inc", "ltd", "plc", "authority", "board", "army", "navy",
    "federation", "organisation", "organization", "partners", "holdings", "college", "school",
    "academy", "hospital", "trust", "society", "church", "museum", "charity", "network",
    "league", "bhd", "berhad", "tv", "radio", "television", "securities", "economics",
    "democrats", "republicans", "conservatives", "liberals", "socialists", "tories",
    "capital", "advisors", "advisers", "consulting", "research", "analytics", "associates",
    "investments", "markets", "international", "technologies", "airlines", "airways",
    "pharmaceuticals", "insurance", "exchange", "directorate", "corp", "llc", "gmbh",
];

/// Common nouns standing for an organisation named before: "the force said".
#[rustfmt::skip]
pub const ORGANISATION_NOUNS: &[&str] = &[
    "force", "company", "firm", "ministry", "agency", "club", "council", "commission",
    "federation", "association", "military", "army", "government", "union", "unions", "group",
    "department", "board", "party", "embassy", "airline", "bank", "county", "district",
    "school", "university", "college", "team", "league", "charity", "trust", "watchdog",
    "regulator", "office", "committee", "authority", "network", "broadcaster", "newspaper",
    "lender", "insurer", "retailer", "carrier", "utility", "church", "museum", "coalition",
    "alliance", "organisation", "organization", "institute", "foundation", "parliament",
    "cabinet", "legislature", "city", "state", "zoo",
];

/// Lower-case words inside a title written in capitals: "Commissioner for Economic and Financial Affairs".
#[rustfmt::skip]
pub const TITLE_CONNECTORS: &[&str] = &[
    "for", "of", "and", "the",
];

/// Words ending the name of an office in a title before a name: "Financial Affairs Pierre Moscovici".
#[rustfmt::skip]
pub const OFFICE_WORDS: &[&str] = &[
    "affairs", "relations", "security", "defence", "defense", "interior", "finance", "trade",
    "policy",
];

/// Last words of newspapers' and agencies' names.
#[rustfmt::skip]
pub const MEDIA_TAILS: &[&str] = &[
    "times", "post", "journal", "news", "press", "tribune", "guardian", "herald", "telegraph",
    "express", "zeitung", "spiegel", "today", "telegraaf", "gazette", "jazeera", "welle",
    "novosti",
];

/// Particles inside people's names: "Ursula von der Leyen".
#[rustfmt::skip]
pub const NAME_PARTICLES: &[&str] = &[
    "von", "der", "van", "den", "da", "di", "del", "della", "dos", "bin", "ben", "al", "el",
    "ter", "zu",
];

/// Sentence openers and other function words: never part of a name.
#[rustfmt::skip]
pub const FUNCTION_WORDS: &[&str] = &[
    "the", "a", "an", "he", "she", "it", "they", "we", "i", "you", "in", "at", "of", "for",
    "with", "by", "from", "to", "and", "but", "or", "according", "after", "before", "since",
    "this", "that", "these", "those", "his", "her", "their", "our", "my", "your", "its", "mr",
    "mrs", "ms", "dr", "there", "here", "when", "while", "if", "as", "no", "not", "some", "all",
    "every", "each", "yet", "still", "also", "then", "now", "last", "next", "however",
    "meanwhile", "speaking", "asked", "despite", "because", "although", "though", "unless",
    "until", "once", "without", "during", "whether", "instead", "what", "who", "why", "how",
    "where", "which",
];

/// Indefinite articles: "a secretary … said" introduces someone whom "the
/// secretary" then stands for.
#[rustfmt::skip]
pub const INDEFINITE_ARTICLES: &[&str] = &[
    "a", "an", "another", "one",
];

/// Verbs of saying whose next noun phrase is who is told, never
/// the speaker: in "told the Post" the Post listens ("asked the reporter"
/// inverts a subject as often, so "ask" is not here).
#[rustfmt::skip]
pub const OBJECT_VERBS: &[&str] = &[
    "tell", "tells", "told", "telling", "urged", "informed",
];

/// First words of places' names: a run they open is a place, never a speaker.
#[rustfmt::skip]
pub const PLACE_HEADS: &[&str] = &[
    "mount", "lake", "port", "fort", "county", "cape", "isle",
];

/// Last words of places' names: "James S. Brady Briefing Room", "Oxford Street".
#[rustfmt::skip]
pub const PLACE_TAILS: &[&str] = &[
    "room", "street", "road", "avenue", "boulevard", "square", "airport", "station", "park",
    "bridge", "building", "lane", "drive", "county", "city", "valley", "river", "island",
    "islands", "beach", "district", "province", "stadium", "arena", "state", "territory",
    "courthouse", "prison", "jail", "constituency", "borough", "township", "parish",
];

/// Month names, full and abbreviated.
#[rustfmt::skip]
pub const MONTHS: &[(&str, u32)] = &[
    ("january", 1),
    ("jan", 1),
    ("february", 2),
    ("feb", 2),
    ("march", 3),
    ("mar", 3),
    ("april", 4),
    ("apr", 4),
    ("may", 5),
    ("june", 6),
    ("jun", 6),
    ("july", 7),
    ("jul", 7),
    ("august", 8),
    ("aug", 8),
    ("september", 9),
    ("sep", 9),
    ("sept", 9),
    ("october", 10),
    ("oct", 10),
    ("november", 11),
    ("nov", 11),
    ("december", 12),
    ("dec", 12),
];

/// Weekday names (0 = Monday).
#[rustfmt::skip]
pub const WEEKDAYS: &[(&str, u32)] = &[
    ("monday", 0),
    ("tuesday", 1),
    ("wednesday", 2),
    ("thursday", 3),
    ("friday", 4),
    ("saturday", 5),
    ("sunday", 6),
];

/// Adverbs that open quoted words describing something ("very …"): speech, not a label.
#[rustfmt::skip]
pub const LABEL_INTENSIFIERS: &[&str] = &[
    "very", "too", "so", "deeply",
];

/// Adjectives between an article and quoted words ("the so-called “…”"): the words are still a label.
#[rustfmt::skip]
pub const LABEL_ADJECTIVE_ENDINGS: &[&str] = &[
    "ive", "al", "ible", "able", "new", "so-called",
];

/// Words after "it"/"he" that make the pronoun no speaker.
#[rustfmt::skip]
pub const IMPERSONAL_NEXT: &[&str] = &[
    "was", "is",
];

/// Auxiliaries of the past: "has said on Monday".
#[rustfmt::skip]
pub const PAST_AUXILIARIES: &[&str] = &["has", "had", "have"];

/// Words that say a sentence speaks of what is to come.
#[rustfmt::skip]
pub const FUTURE_WORDS: &[&str] = &[
    "will", "scheduled", "due", "upcoming", "planned",
];

/// Words before a date that make it a bound, not when things happened: "since", "until", "by".
#[rustfmt::skip]
pub const NOT_GOVERNING: &[&str] = &[
    "since", "until", "by",
];

/// Words before a month name that make it a date: "in March", "early March".
#[rustfmt::skip]
pub const MONTH_CUES: &[&str] = &[
    "in", "since", "early", "late", "mid", "until", "of", "last", "next", "this", "during", "from",
    "between", "before", "after",
];

/// Words before a four-digit number that make it a year: "in 2023", "around 2020".
#[rustfmt::skip]
pub const YEAR_CUES: &[&str] = &[
    "in", "since", "by", "year", "until", "early", "late", "mid", "around", "before", "after",
    "through", "throughout", "during", "approach", "approaching",
];

/// Parts of the day after a weekday: "Monday night".
#[rustfmt::skip]
pub const PARTS_OF_DAY: &[&str] = &[
    "night", "morning", "afternoon", "evening",
];

/// Words before a date that belong to the expression: "on Monday".
#[rustfmt::skip]
pub const DATE_LEADS: &[&str] = &[
    "on", "since",
];

/// Auxiliaries of the pluperfect: a date in a sentence told in it is background
/// ("the group had arrived on Thursday"), not the day the story is at.
#[rustfmt::skip]
pub const PLUPERFECT_AUXILIARIES: &[&str] = &[
    "had",
];

/// Words after "the eve" / "the day after" that name the event counted from:
/// "on the eve of Thursday's summit".
#[rustfmt::skip]
pub const EVENT_LINKS: &[&str] = &[
    "of",
];

/// Words that end a noun phrase at an attribution: what follows them is no
/// longer who speaks ("an official speaking on condition of anonymity").
#[rustfmt::skip]
pub const PHRASE_STOPS: &[&str] = &[
    "who", "to", "on", "speaking", "during", "after", "before", "while", "when", "in",
    "at",
];

/// Definite articles: "the minister" points back to someone, "a minister" is new.
#[rustfmt::skip]
pub const DEFINITE_ARTICLES: &[&str] = &[
    "the",
];

/// Words that open a role's complement: "the minister of finance".
#[rustfmt::skip]
pub const COMPLEMENT_LINKS: &[&str] = &[
    "of", "for",
];

/// Forms of "be" before a predicate: quoted words after "is a" say something
/// of the subject (speech), they do not name a thing (label).
#[rustfmt::skip]
pub const COPULAS: &[&str] = &[
    "is", "are", "was", "were", "be", "been",
];

/// Openings of a sentence that points back at the quotation just before it
/// and names whose claim it was: "“…” That's Premier Doug Ford's message to
/// …".
#[rustfmt::skip]
pub const POINTING_BACK: &[&[&str]] = &[
    &["that", "s"], &["that", "is"], &["that", "was"], &["this", "is"], &["such", "was"],
];

/// Openings of a sentence that attributes the quotation just before it:
/// "“…” That is what X said."
#[rustfmt::skip]
pub const NEXT_SENTENCE_ATTRIBUTIONS: &[&[&str]] = &[
    &["that", "is", "what"], &["that", "s", "what"], &["this", "is", "what"],
    &["so", "said"], &["thus", "spoke"],
];

/// Words before a verb of saying whose subject then follows it: none in
/// English, which keeps the subject first ("as the mayor said"). The table
/// stays so that each kind of word has its place in both languages.
#[rustfmt::skip]
pub const INVERTING_CLAUSES: &[&[&str]] = &[];

/// Openings of a sentence whose subject comes after them: none in English,
/// where "What Tom Reed's lawyers want" is about the lawyers, not Reed.
#[rustfmt::skip]
pub const OBJECT_CLAUSE_OPENERS: &[&[&str]] = &[];

/// "respectively": several speakers named, then their words in the same order.
#[rustfmt::skip]
pub const RESPECTIVELY: &[&str] = &[
    "respectively",
];

/// Articles that give a role noun's gender: none in English.
pub const GENDERED_ARTICLES: &[(&str, bool)] = &[];

/// Numbers written in words, for "twenty-two years ago" ("twenty-two" is summed).
#[rustfmt::skip]
pub const NUMBER_WORDS: &[(&str, u32)] = &[
    ("a", 1), ("an", 1), ("one", 1), ("two", 2), ("three", 3), ("four", 4), ("five", 5),
    ("six", 6), ("seven", 7),
    ("eight", 8), ("nine", 9), ("ten", 10), ("eleven", 11), ("twelve", 12), ("thirteen", 13),
    ("fourteen", 14), ("fifteen", 15), ("sixteen", 16), ("seventeen", 17), ("eighteen", 18),
    ("nineteen", 19), ("twenty", 20), ("thirty", 30), ("forty", 40), ("fifty", 50),
    ("sixty", 60),
];

/// Units of time after a count, in days (0 for months, 365 for years):
/// "three days ago", "two years ago".
#[rustfmt::skip]
pub const TIME_UNITS: &[(&str, u32)] = &[
    ("day", 1), ("days", 1), ("week", 7), ("weeks", 7), ("month", 0), ("months", 0),
    ("year", 365), ("years", 365),
];

/// The word after a count of time that puts it before publication: "two years ago".
#[rustfmt::skip]
pub const AGO_AFTER: &[&str] = &[
    "ago",
];

/// Words after a month or a weekday that put it before publication: none in English.
pub const PAST_AFTER: &[&str] = &[];

/// Words after a month or a weekday that put it after publication: none in English.
pub const NEXT_AFTER: &[&str] = &[];

/// Words before a month or a weekday that put it before publication: "last March".
#[rustfmt::skip]
pub const PAST_BEFORE: &[&str] = &[
    "last",
];

/// Words before a month or a weekday that put it after publication: "next Monday".
#[rustfmt::skip]
pub const NEXT_BEFORE: &[&str] = &[
    "next",
];

/// Words before a weekday that make it the publication day's own: "this Friday".
#[rustfmt::skip]
pub const THIS_BEFORE: &[&str] = &[
    "this",
];

/// Abbreviations after which a full stop does not end a sentence.
#[rustfmt::skip]
pub const ABBREVIATIONS: &[&str] = &[
    "mr", "mrs", "ms", "dr", "st", "jr", "prof", "gen", "col", "lt", "sgt", "gov", "sen", "rep", "no", "vol",
];

mod phrases;
mod speakers;
pub use phrases::*;
pub use speakers::*;
