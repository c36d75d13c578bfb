//! Roles that stand for someone named: a role phrase for the person in
//! focus, and the roles a person was given that do or do not rule it out.
//! Every text is invented, in the shape of real news.
use super::check;

#[test]
fn a_former_role_leaves_its_holder_free_to_be_named_by_another() {
    check(
        "« Le dialogue est la seule voie », Paul Mensah",
        "L'ancien président Paul Mensah a appelé vendredi à un dialogue national.\n\n\
         Le pays a besoin d'un « dialogue sincère et inclusif », a déclaré le \
         fondateur du Parti du renouveau dans un communiqué.",
        &[
            ("Le dialogue est la seule voie", "Paul Mensah"),
            ("dialogue sincère et inclusif", "Paul Mensah"),
        ],
    );
    check(
        "'We will not give up', says Anna Berg",
        "Former minister Anna Berg launched a petition on Friday.\n\n\
         \"We need a fair hearing for everyone,\" said the founder of the Green \
         Future movement.",
        &[
            ("We will not give up", "Anna Berg"),
            ("We need a fair hearing for everyone,", "Anna Berg"),
        ],
    );
}

#[test]
fn a_present_role_still_rules_out_another() {
    // Given one role now, she is not the holder of another.
    check(
        "Budget",
        "« Les comptes sont justes », a déclaré la ministre Claire Dumoulin.\n\n\
         « Nous voterons contre », a répondu le président de la commission des \
         finances.",
        &[
            ("Les comptes sont justes", "Claire Dumoulin"),
            (
                "Nous voterons contre",
                "président de la commission des finances",
            ),
        ],
    );
}

#[test]
fn a_name_after_an_office_in_capitals_begins_at_its_given_name() {
    check(
        "Croissance",
        "Le ministre de l'Economie Pierre Lemaire a indiqué vendredi que la \
         croissance serait de « 1 point au moins ».",
        &[("1 point au moins", "Pierre Lemaire")],
    );
    check(
        "Growth",
        "The minister of Finance John Harper said on Friday that growth would \
         reach \"one point at least\".",
        &[("one point at least", "John Harper")],
    );
}

#[test]
fn a_name_before_a_role_noun_qualifies_it_and_does_not_speak() {
    check(
        "Second goal was 'unlucky', says Hartford boss Dieter Vogel",
        "Hartford manager Dieter Vogel was not impressed. \"We started well,\" the \
         former Kesselberg coach said. \"In the last minutes we pressed them,\" he added.",
        &[
            ("unlucky", "Dieter Vogel"),
            ("We started well,", "Dieter Vogel"),
            ("In the last minutes we pressed them,", "Dieter Vogel"),
        ],
    );
}

#[test]
fn who_is_spoken_to_after_the_verb_is_not_the_speaker() {
    check(
        "Appel",
        "« Je fais appel », a déclaré au Parisien le maire Maurice Leroy. « Nous \
         restons mobilisés », a indiqué à l'Agence France-Presse la préfète Anne Morel.",
        &[
            ("Je fais appel", "Maurice Leroy"),
            ("Nous restons mobilisés", "Anne Morel"),
        ],
    );
    // Unaccented, "a" is the English article: "said a spokesman for the club".
    check(
        "Cup",
        "\"We will appeal,\" said a spokesman for the club.",
        &[("We will appeal,", "spokesman for the club")],
    );
}

#[test]
fn a_name_completing_the_subject_s_noun_is_not_the_speaker() {
    check(
        "Leaks",
        "\"There is nothing coming out today,\" Kristinn Hrafnsson told reporters. \"We \
         will publish something very soon,\" the close collaborator of WikiLeaks \
         founder Julian Assange added.",
        &[
            ("There is nothing coming out today,", "Kristinn Hrafnsson"),
            ("We will publish something very soon,", "Kristinn Hrafnsson"),
        ],
    );
}

#[test]
fn professions_and_abbreviated_titles_are_roles() {
    // "l'ex-enquêteur": a profession the role table holds, with its prefix.
    check(
        "Enquête",
        "Les engins saisis pourraient contenir des preuves, selon l'ex-enquêteur \
         Roger Ferland, maintenant enseignant.\n\n« Ils vont faire des prélèvements. »",
        &[("Ils vont faire des prélèvements.", "Roger Ferland")],
    );
    // "Cr" (councillor) and "Anchor" are titles, not part of the name.
    check(
        "Rates",
        "Deputy mayor Geraldine Conheady opened the meeting.\n\nA resident \
         interjected.\n\nLater Cr Conheady said the council was bound by the rate cap. \
         \"We do try to make the system fairer,\" she said.\n\n\"The director says \
         so,\" Anchor George Stephanopoulos said.",
        &[
            ("We do try to make the system fairer,", "Geraldine Conheady"),
            ("The director says so,", "George Stephanopoulos"),
        ],
    );
}

#[test]
fn a_role_phrase_is_not_someone_unnamed_described_by_another_role() {
    // The person in focus is "des responsables", a group: "le directeur de
    // l'hôpital" is someone else.
    check(
        "Séisme",
        "En Irak, le séisme a fait six morts, selon des responsables.\n\n\
         Et « un enfant a été tué » dans la région, a fait savoir le directeur de \
         l'hôpital.",
        &[("un enfant a été tué", "directeur de l'hôpital")],
    );
}

#[test]
fn a_role_before_a_name_is_not_given_to_the_next_name_too() {
    // "Mayor Jesse Arreguin told Jane Doe": "the mayor" is Arreguin.
    check(
        "Berkeley",
        "\"Having police helped,\" Berkeley Mayor Jesse Arreguin told Jane Doe on \
         Friday.\n\n\"But nobody crossed the line,\" the mayor said.",
        &[
            ("Having police helped,", "Jesse Arreguin"),
            ("But nobody crossed the line,", "Jesse Arreguin"),
        ],
    );
}

/// "Speaker" before a name is a title, and a generation after it ("III")
/// leaves the surname alone for the person: "Pimentel" is "Aquilino
/// Pimentel III".
#[test]
fn a_speaker_s_title_and_a_generation_after_a_name() {
    check(
        "Senate",
        "Lacson hit back at Speaker Pantaleon Alvarez for calling the Senate the “slow \
         chamber,” this week. Senate President Aquilino Pimentel III stayed calm. Senator \
         Franklin Drilon urged him to act. Reacting to the criticism, Pimentel reminded the Speaker of \
         the rules.\n\n“A measure must pass both chambers,” he said.",
        &[
            ("slow chamber,", "Pantaleon Alvarez"),
            (
                "A measure must pass both chambers,",
                "Aquilino Pimentel III",
            ),
        ],
    );
}

/// A pronoun right before the verb of saying is its subject, and in its own
/// sentence it stands for that sentence's subject, not for the last person
/// named: "Lacson lashed at Alvarez for what he described as …" is Lacson's.
#[test]
fn a_pronoun_before_the_verb_stands_for_its_sentence_s_subject() {
    check(
        "Senate",
        "Senator Panfilo Lacson lashed at Mayor Pantaleon Alvarez for what he described as an \
         “assault” on the Senate.",
        &[("assault", "Panfilo Lacson")],
    );
}

/// American party tags after a name ("Tim Knopp, R-Bend,") are no one's
/// name, and a state and a party before a name ("Alaska Republican Lisa
/// Murkowski") are a role held for the state.
#[test]
fn party_tags_and_parties_before_a_name() {
    check(
        "Walkout",
        "“That is not good faith,” House Speaker Dan Rayfield, D-Corvallis, told reporters on \
         Tuesday. “That is hostage taking.”\n\nAlaska Republican Lisa Murkowski called the trial “shameful and \
         wrong,” on Friday.",
        &[
            ("That is not good faith,", "Dan Rayfield"),
            ("That is hostage taking.", "Dan Rayfield"),
            ("shameful and wrong,", "Lisa Murkowski"),
        ],
    );
}

/// A pronoun past a conjunction opening a clause of its own may stand for
/// the person named last ("Reid sentenced Hart after he said"), and a
/// holder who only owns the subject ("Peter O'Mahony's wife Jessica") is
/// not whom a quotation alone after the sentence is given to.
#[test]
fn a_pronoun_after_a_conjunction_and_a_holder_who_owns_the_subject() {
    check(
        "Court",
        "Judge Alan Reid sentenced Tom Hart to six years after he said: “I am sorry.”",
        &[("I am sorry.", "Tom Hart")],
    );
    check(
        "Match",
        "Ireland captain Peter O'Mahony's wife Jessica was in the stands.\n\n“I was so \
         nervous.”",
        &[("I was so nervous.", "?")],
    );
}

/// A role with its complement after a quotation ("a spokesman for the fire
/// service said") is as near its verb as "a spokesman said", and a surname
/// opening a sentence with its verb of saying right after it is a person
/// ("Johnson told reporters").
#[test]
fn a_role_s_complement_and_a_surname_opening_a_sentence() {
    check(
        "Fire",
        "“We are assessing the damage,” a spokesman for the fire service said. Johnson told \
         reporters he was “absolutely confident” of victory.",
        &[
            (
                "We are assessing the damage,",
                "spokesman for the fire service",
            ),
            ("absolutely confident", "Johnson"),
        ],
    );
}

#[test]
fn a_single_name_a_role_gave_is_that_person_when_it_opens_a_sentence() {
    check(
        "Semifinal",
        "Captain Harmanpreet Singh and goalkeeper PR Sreejesh spoke after the match. Sreejesh, \
         who is playing his last tournament, said the focus was “the bronze”. He concurred with \
         his captain. “We cannot commit mistakes,” he said.",
        &[
            ("the bronze", "Sreejesh"),
            ("We cannot commit mistakes,", "Sreejesh"),
        ],
    );
}

#[test]
fn a_generation_after_a_name_keeps_its_full_stop() {
    check(
        "Rates",
        "Governor Eli M. Remolona Jr. said the shocks were “unusual”.",
        &[("unusual", "Eli M. Remolona Jr.")],
    );
}

#[test]
fn a_role_s_initials_stand_for_the_one_given_that_role() {
    check(
        "Funds",
        "Prime Minister Narendra Modi spoke in Bhopal. Chief Minister Siddaramaiah replied in \
         Bengaluru. “We are investigating,” the CM said. “They will lose,” the PM said.",
        &[
            ("We are investigating,", "Siddaramaiah"),
            ("They will lose,", "Narendra Modi"),
        ],
    );
}

#[test]
fn an_owner_before_a_qualified_role_still_leads_to_its_holder() {
    check(
        "Appeal",
        "“We will appeal,” said the club’s sporting director, Jane Roe.",
        &[("We will appeal,", "Jane Roe")],
    );
}

#[test]
fn a_prefixed_role_before_a_name_is_a_title_not_part_of_the_name() {
    check(
        "Plan",
        "Ex-minister Paul Jones said the plan was “doomed”.",
        &[("doomed", "Paul Jones")],
    );
}

#[test]
fn a_weekday_before_a_name_is_no_part_of_it() {
    check(
        "Court",
        "In a statement on Sunday Rana Sanaullah said, “Going to the court is wrong.” The \
         Sunday Times said it was “false”.",
        &[
            ("Going to the court is wrong.", "Rana Sanaullah"),
            ("false", "Sunday Times"),
        ],
    );
}

#[test]
fn a_word_qualifying_a_role_is_no_title_before_a_party() {
    check(
        "Court",
        "Rana Sanaullah said on Sunday the case was “a disgrace”. “Going to court is wrong,” \
         the senior Labour leader said.",
        &[
            ("a disgrace", "Rana Sanaullah"),
            ("Going to court is wrong,", "Rana Sanaullah"),
        ],
    );
}

#[test]
fn an_owner_or_a_description_before_a_name_after_the_verb_leads_to_the_name() {
    check(
        "Plan",
        "“We have a plan,” said Arsenal's sporting director, Edu Gaspar. “Never again,” said \
         Holocaust survivor Eva Schloss.",
        &[
            ("We have a plan,", "Edu Gaspar"),
            ("Never again,", "Eva Schloss"),
        ],
    );
}

#[test]
fn a_former_role_stands_for_the_one_who_held_it() {
    check(
        "Plan",
        "Former prime minister Boris Johnson attacked Prime Minister Keir Starmer. “He has no \
         plan,” the former PM said. “We have one,” the prime minister said.",
        &[
            ("He has no plan,", "Boris Johnson"),
            ("We have one,", "Keir Starmer"),
        ],
    );
}

#[test]
fn a_weekday_inside_a_run_ends_what_came_before_it() {
    check(
        "Primary",
        "After Super Tuesday Nikki Haley said: “I am staying in.”",
        &[("I am staying in.", "Nikki Haley")],
    );
}

/// "Seven-time NBA champion Robert Horry": an adjective in a compound
/// opening a sentence is no name, and a champion is a person's noun whose
/// holder follows it; "Australian Council of Trade Unions President Sharon
/// Burrow": a role after an organisation's whole name leads to the person.
#[test]
fn an_adjective_or_an_organisation_before_a_role_is_no_part_of_the_name() {
    check(
        "Game",
        "Seven-time NBA champion Robert Horry said: “We lost.” “It hurts,” said \
         two-time NBA champion Pau Gasol.",
        &[("We lost.", "Robert Horry"), ("It hurts,", "Pau Gasol")],
    );
    check(
        "Film",
        "Award-winning Jane Roe said: “Cut.”",
        &[("Cut.", "Jane Roe")],
    );
    check(
        "Strike",
        "“Wages lag,” Australian Council of Trade Unions President Sharon Burrow told \
         reporters.",
        &[("Wages lag,", "Sharon Burrow")],
    );
}

/// "the boy's father wrote": the noun owning the next word does not head
/// the phrase; the father, someone new, does.
#[test]
fn a_noun_owning_the_next_does_not_head_the_phrase() {
    check(
        "Court",
        "Aranda was sentenced on Monday. “You intended evil,” the boy's father wrote.",
        &[("You intended evil,", "boy's father")],
    );
}

/// "said Sen. Roger Marshall (R-Kan.)": a title cut short before a name
/// names no one, and an aside in brackets between the name and its verb
/// ("Sen. Josh Hawley (R-Mo.) told Axios") leaves the verb within reach.
#[test]
fn an_abbreviated_title_and_a_bracket_after_the_name() {
    check(
        "Shutdown",
        "“I'm not a shutdown guy,” Sen. Josh Hawley (R-Mo.) told Axios. “I'm willing,” \
         said Sen. Roger Marshall (R-Kan.).",
        &[
            ("I'm not a shutdown guy,", "Josh Hawley"),
            ("I'm willing,", "Roger Marshall"),
        ],
    );
}

#[test]
fn a_party_in_mixed_capitals_before_a_name_is_no_part_of_it() {
    check(
        "Migrants",
        "La députée LaREM Huguette Tiegna a parlé mardi. « Je le ferai par \
         humanisme », a-t-elle assuré.",
        &[("Je le ferai par humanisme", "Huguette Tiegna")],
    );
}

#[test]
fn the_office_after_l_in_a_role_names_no_one() {
    // "Économie" after "de l'" is the ministry, not the person the role
    // phrase stands for.
    check(
        "Inflation",
        "« Le pic n'est pas passé », a dit Bruno Le Maire lundi. Le ministre \
         de l'Économie a estimé que l'inflation allait « refluer ».",
        &[
            ("Le pic n'est pas passé", "Bruno Le Maire"),
            ("refluer", "Bruno Le Maire"),
        ],
    );
}

#[test]
fn a_vice_president_is_not_who_the_president_stands_for() {
    check(
        "Mariage",
        "Le président du parti, Gaston Morel, a réagi à l'affaire du \
         vice-président, Paul Tehei. L'ancien président du Pays a dit avoir été \
         « choqué par ce comportement ».",
        &[("choqué par ce comportement", "Gaston Morel")],
    );
}

#[test]
fn a_role_held_now_is_not_one_named_as_its_former_holder() {
    // Gérard Morin no longer holds it: "le ministre" is the one in focus.
    check(
        "Colis",
        "« Je suis convaincu », a dit Paul Morel lundi. L'ancien ministre de \
         l'Intérieur Gérard Morin a été rappelé à l'ordre.\n\n\
         « L'enquête se poursuit », a déclaré le ministre de l'Intérieur.",
        &[
            ("Je suis convaincu", "Paul Morel"),
            ("L'enquête se poursuit", "Paul Morel"),
        ],
    );
}

#[test]
fn a_role_no_one_was_given_is_the_one_the_paragraph_just_named() {
    // The last speaker is Paul Morel; the paragraph turns to Silvio Proto,
    // whom "le capitaine" then stands for.
    check(
        "Défaite",
        "« Je veux me protéger », explique Paul Morel.\n\n\
         Silvio Proto s'est alors présenté. « Nous avons tout perdu », regrette \
         le capitaine.",
        &[
            ("Je veux me protéger", "Paul Morel"),
            ("Nous avons tout perdu", "Silvio Proto"),
        ],
    );
}

#[test]
fn a_hyphenated_first_name_with_three_capitals_is_no_party() {
    check(
        "Départ",
        "« Nous partons », a dit Jean-Marie-Aimé Le Gall Durand.",
        &[("Nous partons", "Jean-Marie-Aimé Le Gall Durand")],
    );
}
