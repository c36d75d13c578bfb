//! Speakers that are bodies or unnamed people: a court, a prosecutor or a
//! ministry speaking, the agent of a passive after a quotation, a person
//! described with a relative clause, "un autre" with no noun, one of a
//! group for a pronoun that stands for one person. Every sentence is
//! invented, in the shape of real news.
use super::check;

#[test]
fn an_office_no_one_is_named_in_speaks_for_its_body() {
    check(
        "Procès",
        "« Je suis innocente », a déclaré Sophie Lenoir. Dans ses réquisitions, le \
         procureur a estimé que la prévenue avait agi « sans le moindre remords ».",
        &[
            ("Je suis innocente", "Sophie Lenoir"),
            ("sans le moindre remords", "procureur"),
        ],
    );
}

#[test]
fn the_phrase_after_the_last_comma_is_the_subject_not_a_name_before_it() {
    check(
        "Permis annulé",
        "Sur le recours déposé par l'association de Marie Vasseur, le tribunal a \
         estimé que la décision était « entachée d'illégalité ».",
        &[("entachée d'illégalité", "tribunal")],
    );
}

#[test]
fn the_agent_of_a_passive_after_the_quotation_speaks() {
    check(
        "Audiovisuel",
        "Le reportage, qualifié de « partial » par la CNIL, a été retiré de \
         l'antenne.",
        &[("partial", "CNIL")],
    );
}

#[test]
fn a_ministry_no_organisation_was_named_before_is_named_by_its_phrase() {
    check(
        "Otages",
        "« Nous démentons formellement cette information », souligne le ministère \
         dans un communiqué.",
        &[("Nous démentons formellement cette information", "ministère")],
    );
}

#[test]
fn a_ministry_with_a_complement_in_capitals_is_that_ministry() {
    check(
        "Vaccins",
        "L'Organisation mondiale de la santé a publié son rapport mardi. « Aucun \
         lot n'est concerné », a indiqué le ministère de la Santé.",
        &[("Aucun lot n'est concerné", "ministère de la Santé")],
    );
}

#[test]
fn an_acronym_after_the_article_before_the_verb_is_a_body() {
    check(
        "Recall",
        "The drug “is being incorrectly prescribed to some patients,” the EMA said \
         in a notice on Tuesday.",
        &[("is being incorrectly prescribed to some patients,", "EMA")],
    );
}

#[test]
fn a_relative_clause_belongs_to_the_description_of_someone_new() {
    check(
        "Incendie",
        "« J'ai vu la fumée depuis ma fenêtre », confie un homme qui préfère rester \
         anonyme.",
        &[(
            "J'ai vu la fumée depuis ma fenêtre",
            "homme qui préfère rester anonyme",
        )],
    );
}

#[test]
fn un_autre_with_no_noun_is_another_of_those_just_described() {
    check(
        "Grève",
        "« Nous ne reculerons pas », lance un ouvrier. D'ajouter pour un autre que : \
         « la direction doit venir nous parler ».",
        &[
            ("Nous ne reculerons pas", "ouvrier"),
            ("la direction doit venir nous parler", "autre ouvrier"),
        ],
    );
}

#[test]
fn a_pronoun_for_one_person_is_one_of_a_group_named_before() {
    check(
        "Explosion à Lille : des voisins témoignent",
        "Il affirme avoir entendu une détonation, « comme un coup de canon ».",
        &[("comme un coup de canon", "voisin")],
    );
}

#[test]
fn a_name_a_role_noun_is_of_is_not_the_speaker() {
    check(
        "Procès",
        "L'avocat de Julien Morel a déclaré : « Mon client est innocent. »",
        &[("Mon client est innocent.", "avocat de Julien Morel")],
    );
}

#[test]
fn a_participle_after_a_comma_shares_the_subject_of_the_verb_before_it() {
    check(
        "Perquisition",
        "Comme l'avait annoncé Pierre Lagarde, « rien n'est retenu contre lui », a \
         rectifié le parquet de Nantes auprès de l'AFP, précisant qu'une perquisition \
         avait eu lieu « pour saisir le matériel ».",
        &[
            ("rien n'est retenu contre lui", "parquet de Nantes"),
            ("pour saisir le matériel", "parquet de Nantes"),
        ],
    );
}

#[test]
fn a_sentence_opening_on_selon_is_indirect_speech_for_the_quotation_after_it() {
    check(
        "Grève",
        "« On ne lâchera rien », lance une infirmière.\n\nSelon Paul Girard, la grève \
         durera. « Nous irons jusqu'au bout. »",
        &[
            ("On ne lâchera rien", "infirmière"),
            ("Nous irons jusqu'au bout.", "Paul Girard"),
        ],
    );
}

#[test]
fn a_verb_attributing_the_quotation_before_it_reports_no_indirect_speech() {
    check(
        "Hôtel",
        "Ces clients, dont le nombre n'a pas été précisé, « sont partis il y a une \
         heure », a déclaré un employé. « Personne ne sait où ils sont allés. »",
        &[
            ("sont partis il y a une heure", "employé"),
            ("Personne ne sait où ils sont allés.", "employé"),
        ],
    );
}

#[test]
fn the_speaker_of_a_speech_noun_after_selon_is_its_complement() {
    check(
        "Inondations",
        "Le pont central s'est effondré, faisant du village une « zone totalement \
         isolée » selon les dires de la gendarmerie.",
        &[("zone totalement isolée", "gendarmerie")],
    );
}

#[test]
fn a_participle_of_a_verb_in_ger_is_a_verb_of_saying() {
    check(
        "Relaxe",
        "L'élu a été relaxé mardi, le tribunal jugeant qu'il n'avait pas dépassé \
         « les limites du débat public ».",
        &[("les limites du débat public", "tribunal")],
    );
}

#[test]
fn a_verb_of_saying_in_a_relative_clause_reports_no_speech_of_the_subject() {
    check(
        "Conférence",
        "Emmanuel Macron a tenu une conférence jeudi. « Ce n'est pas mon sujet », \
         a-t-il répondu à une journaliste qui l'interrogeait. Le chef de l'État a \
         ensuite promis une baisse « significative » des impôts.",
        &[
            ("Ce n'est pas mon sujet", "Emmanuel Macron"),
            ("significative", "Emmanuel Macron"),
        ],
    );
}

#[test]
fn a_statement_issued_for_a_body_is_the_body_s() {
    // Who issued it, after a link a few words on: before and after the quote.
    check(
        "Car park",
        "Residents were appalled. A statement issued on behalf of the council said: “The \
         committee considered the proposal.”",
        &[("The committee considered the proposal.", "council")],
    );
    check(
        "Car park",
        "“The committee considered the proposal,” a statement issued on behalf of the council \
         said.",
        &[("The committee considered the proposal,", "council")],
    );
}

#[test]
fn an_impersonal_on_speaks_for_the_body_named_after_its_verb_or_for_no_one() {
    check(
        "Diplomatie",
        "Le ministre Paul Renard a reçu l'ambassadeur vendredi. « Ces propos sont \
         inacceptables », a-t-on déclaré au Quai d'Orsay.",
        &[("Ces propos sont inacceptables", "Quai d'Orsay")],
    );
    check(
        "Usine",
        "Le ministre Paul Renard a visité l'usine. « Les emplois seront maintenus », \
         indique-t-on auprès de la direction.",
        &[("Les emplois seront maintenus", "direction")],
    );
    // "dans l'entourage du ministre": the circle around him, not the man.
    check(
        "Remaniement",
        "Le ministre Paul Renard a quitté la réunion. « Nous ne céderons pas », \
         glisse-t-on dans l'entourage du ministre.",
        &[("Nous ne céderons pas", "entourage du ministre")],
    );
    // "on" alone is no one: not the minister named before.
    check(
        "Usine",
        "Le ministre Paul Renard a visité l'usine. « Les emplois seront maintenus », \
         affirme-t-on.",
        &[("Les emplois seront maintenus", "?")],
    );
}

#[test]
fn the_owner_of_a_claim_says_what_the_claim_quotes() {
    // "the BJP's allegations that … “…”": the party, not the chief minister
    // who answers it later in the sentence.
    check(
        "Bengaluru",
        "\"They couldn't even fill potholes,\" Siddaramaiah said.\n\nRegarding the \
         BJP's allegations that the governance has taken a beating as \"all the \
         ministers have camped\" in Telangana, Siddaramaiah clarified that only a few \
         have gone there.",
        &[
            ("They couldn't even fill potholes,", "Siddaramaiah"),
            ("all the ministers have camped", "BJP"),
        ],
    );
    check(
        "Bengaluru",
        "Siddaramaiah a répondu aux accusations du BJP, selon lequel « tous les \
         ministres sont partis » au Telangana.",
        &[("tous les ministres sont partis", "BJP")],
    );
}

/// "one of her brothers", "l'un des témoins": one person of a group,
/// someone new named by the group's noun in the singular with its
/// modifiers ("one of the unnamed soldiers" is an "unnamed soldier");
/// family nouns and plurals in "-es" count as the group's noun.
#[test]
fn one_of_a_group_is_someone_new() {
    check(
        "Court",
        "The woman had “an outlook on life like spring,” one of her brothers told the court. \
         One of the witnesses said: “It was chaos.”",
        &[
            ("an outlook on life like spring,", "brother"),
            ("It was chaos.", "witness"),
        ],
    );
    check(
        "Army",
        "“There were alerts all the time,” said one of the unnamed soldiers.",
        &[("There were alerts all the time,", "unnamed soldier")],
    );
    check(
        "Procès",
        "« C’est le chaos », a déclaré l’un des témoins.",
        &[("C’est le chaos", "témoin")],
    );
}

/// "said an eyewitness introduced to the Nation by Moses": a participle
/// after the person's noun opens a phrase about them, not part of the
/// description, and "the eyewitness" later is that person.
#[test]
fn a_participle_after_a_person_s_noun_ends_the_description() {
    check(
        "Crash",
        "His brother, Moses Maina, spoke first.\n\n“The vehicle kept moving,” said an \
         eyewitness introduced to the Nation by Moses.\n\n“No one was injured,” said the \
         eyewitness.",
        &[
            ("The vehicle kept moving,", "eyewitness"),
            ("No one was injured,", "eyewitness"),
        ],
    );
}

/// Soldiers, "the military" and a broadcaster: "One soldier said" is
/// someone new whom a later "he" stands for, "The Israeli military …,
/// saying" speaks as a body though a capitalised word qualifies it, and
/// "Al Jazeera" is a broadcaster, no one a pronoun stands for.
#[test]
fn soldiers_the_military_and_a_broadcaster() {
    check(
        "Gaza",
        "The Israeli military has rejected the criticisms, saying in a statement they were \
         “based on hearsay”.\n\nSpeaking to Al Jazeera, Avital Leibovich, an army spokesperson, \
         criticised the report.\n\n“We did many things,” she said.\n\nOne soldier said that his unit had received an order to “ignite” an \
         area.\n\n“The way to do that was to fire shells,” he said.",
        &[
            ("based on hearsay", "Israeli military"),
            ("We did many things,", "Avital Leibovich"),
            ("ignite", "soldier"),
            ("The way to do that was to fire shells,", "soldier"),
        ],
    );
}

/// A bare plural for a body or a group before its verb ("police said",
/// "residents said") and a possessive before a person's noun ("his wife
/// said", "His lawyer said") describe who speaks.
#[test]
fn bare_plurals_and_possessives_describe_who_speaks() {
    check(
        "Arrest",
        "“The man was known to officers,” police said. “We are scared,” residents said. “He \
         was a kind man,” his wife said. His lawyer said the charges were “baseless”.",
        &[
            ("The man was known to officers,", "police"),
            ("We are scared,", "residents"),
            ("He was a kind man,", "wife"),
            ("baseless", "lawyer"),
        ],
    );
}

#[test]
fn a_noun_with_its_complement_before_the_verb_still_attributes() {
    check(
        "Crash",
        "“We are furious,” the family of the victim said. “It hurts,” the mother of the boy said.",
        &[
            ("We are furious,", "family of the victim"),
            ("It hurts,", "mother of the boy"),
        ],
    );
}

#[test]
fn a_family_and_critics_speak_as_described() {
    check(
        "Crash",
        "“We are heartbroken,” his family said. “It is a disgrace,” critics said.",
        &[
            ("We are heartbroken,", "family"),
            ("It is a disgrace,", "critics"),
        ],
    );
}

#[test]
fn an_insider_or_someone_described_by_where_they_are_speaks() {
    check(
        "Ban",
        "An entertainment industry insider stated, “It is blocked.” “No one knows,” a person \
         close to the talks said. “We wait,” a lawyer with the firm said.",
        &[
            ("It is blocked.", "entertainment industry insider"),
            ("No one knows,", "person close to the talks"),
            ("We wait,", "lawyer with the firm"),
        ],
    );
}

/// "a close ally of the president said": an adjective before the noun
/// keeps the verb within reach, and a name qualified inside the
/// complement ("of WikiLeaks founder Julian Assange") is whom the person
/// is of, not who speaks.
#[test]
fn an_adjective_before_a_person_s_noun_with_its_complement() {
    check(
        "Leak",
        "“We will publish soon,” a close ally of the president said. “Not today,” a close \
         associate of WikiLeaks founder Julian Assange added.",
        &[
            ("We will publish soon,", "close ally of the president"),
            (
                "Not today,",
                "close associate of WikiLeaks founder Julian Assange",
            ),
        ],
    );
}

#[test]
fn a_pronoun_before_the_verb_ends_the_description_of_a_group() {
    // "l'" is the verb's object: no one is called "habitants l".
    check(
        "Visite",
        "Le ministre a visité le quartier dimanche. Les habitants l'ont \
         interpellé : « Rien n'a changé ».",
        &[("Rien n'a changé", "habitants")],
    );
}

#[test]
fn one_of_the_defendants_is_a_defendant() {
    check(
        "Procès",
        "« Je regrette », a dit Anna Berg. « C'est une amie », assure un des \
         prévenus.",
        &[("Je regrette", "Anna Berg"), ("C'est une amie", "prévenu")],
    );
}
