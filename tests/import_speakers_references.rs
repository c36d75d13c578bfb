#![allow(clippy::unwrap_used, clippy::expect_used)]
//! Speakers named once and referred to after: a rank in lower case before a
//! surname, a title that is not part of the name, a possessive opening the
//! phrase before a colon, a person named in brackets who is an aside, not the
//! sentence's subject, the letters of an honour after a name (`QC`, `MP`).
//! Every sentence is invented, in the shape of real news.
use chrono::NaiveDate;
#[allow(dead_code)]
#[path = "common/speakers.rs"]
mod speakers;

fn check(headline: &str, body: &str, want: &[(&str, &str)]) {
    let published = NaiveDate::from_ymd_opt(2024, 3, 8).unwrap();
    speakers::check(published, headline, body, want);
}

#[test]
fn a_rank_in_lower_case_names_the_surname_after_it() {
    // "le capitaine Morvan": the surname alone is the person, and "le
    // capitaine" later stands for them.
    check(
        "Contrôles routiers",
        "Une dizaine de gendarmes ont participé à l'opération. « Nous voulons \
         être vus », explique le commandant Lebrec, de la brigade de Pouembout. \
         Les contrôles ont duré deux heures. « Trois conducteurs ont été \
         verbalisés », précise le commandant.",
        &[
            ("Nous voulons être vus", "Lebrec"),
            ("Trois conducteurs ont été verbalisés", "Lebrec"),
        ],
    );
}

#[test]
fn a_title_before_a_name_is_not_part_of_it() {
    check(
        "Procès en diffamation",
        "L'avocat de la plaignante, Me Paul Verdier, a dénoncé des propos tenus \
         « sans aucune enquête sérieuse ».",
        &[("sans aucune enquête sérieuse", "Paul Verdier")],
    );
}

#[test]
fn a_possessive_before_a_colon_is_the_person_last_named() {
    // Those spoken to ("aux maires") are not the subject.
    check(
        "Sécurité",
        "Quelque 200 maires ont répondu à l'invitation du préfet, Jacques Morel. \
         Il s'agissait pour ce dernier de rappeler les consignes.\n\n\
         Son message adressé aux maires est clair : « Il faut beaucoup de vigilance ».",
        &[("Il faut beaucoup de vigilance", "Jacques Morel")],
    );
}

#[test]
fn a_person_named_in_brackets_is_not_the_subject_a_pronoun_points_to() {
    check(
        "Séance à Genève",
        "Arrivé devant la presse (Laura Benz, malade, est restée chez elle), \
         Marco Rossi a ouvert la journée. « Ce sera une découverte », a-t-il assuré.",
        &[("Ce sera une découverte", "Marco Rossi")],
    );
}

#[test]
fn a_subject_set_off_by_commas_is_not_an_opening_adverbial() {
    // "The neighbour, on Elm Street, believed": the sentence opens on the
    // neighbour, and the quotation standing alone after it is theirs.
    check(
        "Police operation",
        "Officers closed the road on Tuesday.\n\n\
         The neighbour, on Elm Street, believed it happened before noon.\n\n\
         “I saw a shield and heard shouting.”",
        &[("I saw a shield and heard shouting.", "neighbour")],
    );
}

#[test]
fn the_role_noun_points_back_to_the_phrase_that_introduced_someone() {
    // "a local shopkeeper who said …" is named by that phrase, and "the
    // shopkeeper" later stands for the same person.
    check(
        "Flooding",
        "The reports were confirmed by a local shopkeeper who said the water \
         rose within minutes.\n\n\
         The shopkeeper, on Main Street, lost most of her stock.\n\n\
         “Everything on the floor is gone.”",
        &[("Everything on the floor is gone.", "local shopkeeper")],
    );
}

#[test]
fn a_country_opening_an_organisation_name_stays_in_it() {
    check(
        "Suspension",
        "Dans un communiqué, Belgique Médias Monde, maison mère des deux chaînes, \
         indique avoir « appris avec surprise la suspension ».",
        &[(
            "appris avec surprise la suspension",
            "Belgique Médias Monde",
        )],
    );
}

#[test]
fn selon_lui_is_the_person_the_pronoun_stands_for() {
    check(
        "Coronavirus",
        "« Nous devons agir ensemble », a ajouté M. Delvaux.\n\n\
         Le bourgmestre avait déjà réclamé des mesures.\n\n\
         Selon lui, les chiffres sont « très mauvais » partout.",
        &[
            ("Nous devons agir ensemble", "Delvaux"),
            ("très mauvais", "Delvaux"),
        ],
    );
}

#[test]
fn a_first_name_alone_is_the_person_named_in_full_with_it() {
    check(
        "Procès",
        "Karim Benali, 32 ans, se souvient d'un vendredi ordinaire.\n\n\
         « Elle m'a demandé de l'aider », raconte Karim à la barre.",
        &[("Elle m'a demandé de l'aider", "Karim Benali")],
    );
}

#[test]
fn a_common_given_name_alone_is_a_person() {
    // Vox pops name people by their first name only.
    check(
        "Sabotage",
        "Les habitants condamnent ce sabotage. Devant la boulangerie, il y a \
         Josiane. Elle habite ici depuis des années. « C'est inadmissible », \
         déplore-t-elle.",
        &[("C'est inadmissible", "Josiane")],
    );
}

#[test]
fn a_college_is_no_one_a_pronoun_points_to() {
    // "Having studied at the Heart of Wessex College, she": the college is
    // an organisation, and "Miss Hale" is Jane Hale.
    check(
        "Tribute",
        "The body of Jane Hale, 25, was found on Sunday. Miss Hale had worked \
         as a barmaid in the town. Having studied at the Heart of Wessex \
         College, she had started a new job.\n\n\
         She said she was at a pub, adding: “I have the best friends.”",
        &[("I have the best friends.", "Jane Hale")],
    );
}

#[test]
fn an_attribution_opening_the_next_line_in_lower_case_is_the_quotations() {
    // A line break cut the sentence after the closing mark.
    check(
        "La phrase du jour",
        "« Quand on fait les choses à moitié, on le paie jusqu’au bout. En \
         deuxième mi-temps, on a été maladroits. Beaucoup de joueurs marchaient »\n\
         s’est lamenté l’entraîneur Paul Mercier, samedi à Lyon.",
        &[(
            "Quand on fait les choses à moitié, on le paie jusqu’au bout. En \
             deuxième mi-temps, on a été maladroits. Beaucoup de joueurs marchaient",
            "Paul Mercier",
        )],
    );
}

#[test]
fn a_judges_title_and_the_letters_after_a_name_are_not_part_of_it() {
    check(
        "Officer jailed",
        "Recorder Anna Whitlow QC told him: “Your conduct was nothing short of \
         disgraceful.” Outside court, Tom Hale MP said: “Justice has been done.”",
        &[
            (
                "Your conduct was nothing short of disgraceful.",
                "Anna Whitlow",
            ),
            ("Justice has been done.", "Tom Hale"),
        ],
    );
}

#[test]
fn a_name_with_an_apostrophe_is_named_as_written() {
    check(
        "Rugby",
        "« Je prends ce carton rouge pour moi », a déclaré Ronan O'Gara après \
         le match. Sean O’Neill a répondu : « Ce n'était pas le plan. »",
        &[
            ("Je prends ce carton rouge pour moi", "Ronan O'Gara"),
            ("Ce n'était pas le plan.", "Sean O’Neill"),
        ],
    );
}

#[test]
fn a_participle_and_its_agent_after_a_quotation_name_the_speaker() {
    // "prôné par le maire": the words are the mayor's, not those of the
    // person quoted before.
    check(
        "Grève à la mairie",
        "« Nous ne lâcherons rien », prévient Claire Dumas, secrétaire du \
         syndicat. La réunion n'a rien donné, malgré « le dialogue social » \
         prôné par le maire, Paul Renard, dans un communiqué.\n\n\
         “We will not back down,” union rep Tom Hale said. Members rejected \
         “the best deal this council has ever offered” touted by council \
         leader Jane Roe.",
        &[
            ("Nous ne lâcherons rien", "Claire Dumas"),
            ("le dialogue social", "Paul Renard"),
            ("We will not back down,", "Tom Hale"),
            ("the best deal this council has ever offered", "Jane Roe"),
        ],
    );
}

#[test]
fn the_agent_of_an_opening_participle_is_not_whom_a_pronoun_points_to() {
    // "Interrogée par Maïtena Biraben …, la députée assure": the one asking
    // is named first, but the deputy is the subject.
    check(
        "Immigration",
        "La députée Huguette Tiegna a voté le projet de loi.\n\n\
         Interrogée par Maïtena Biraben sur le délit de solidarité, la députée \
         assure qu'elle accueillerait des migrants.\n\n\
         « Je le ferai par humanisme », salue-t-elle.",
        &[("Je le ferai par humanisme", "Huguette Tiegna")],
    );
}

#[test]
fn a_month_that_is_a_first_name_opens_a_name_but_not_after_a_preposition() {
    // "le ministre Jan Jambon" is the minister named, not the other one
    // given that role before; "in June Boris Johnson" is a date and a man.
    check(
        "Politique",
        "Le ministre de la Justice Koen Geens a indiqué mercredi que le Parquet \
         avait déconseillé toute communication. « Il y a eu des contacts », a \
         admis le ministre Jan Jambon.\n\n\
         In June Boris Johnson said “we will leave”.",
        &[
            ("Il y a eu des contacts", "Jan Jambon"),
            ("we will leave", "Boris Johnson"),
        ],
    );
}

#[test]
fn a_role_is_not_someone_unnamed_known_by_another_role() {
    // The lawyer spoke last, but "le président" is not "son avocat".
    check(
        "Tribunal",
        "« C'est un enfant », plaide son avocat.\n\n\
         « Cessez vos provocations ! », s'emporte le président.",
        &[
            ("C'est un enfant", "avocat"),
            ("Cessez vos provocations !", "président"),
        ],
    );
}

#[test]
fn a_weekday_after_a_full_name_is_the_day_not_a_third_name() {
    check(
        "Rally",
        "“Who really left the mark will be decided by the vote,” PML-N leader \
         Pervez Rasheed Sunday told Geo News.",
        &[(
            "Who really left the mark will be decided by the vote,",
            "Pervez Rasheed",
        )],
    );
}
