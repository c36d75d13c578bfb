//! Organisations speaking under their whole names: a head noun ("Bank",
//! "Office", "Autorité") goes on through connectors ("of", "for the", "de
//! l'", "et de la") to the capitalised words that finish the name, a
//! country closing such a name is part of it, and a title before a person
//! is still a title. Every sentence is invented, in the shape of real news.
use super::check;

#[test]
fn an_organisation_s_name_goes_on_through_its_connectors() {
    check(
        "Rates",
        "“Rates will stay,” the Bank of England said on Monday. “Prices rose,” the Office for \
         National Statistics said. The High Authority of Audiovisual and Communication said: \
         “The remarks were false.”",
        &[
            ("Rates will stay,", "Bank of England"),
            ("Prices rose,", "Office for National Statistics"),
            (
                "The remarks were false.",
                "High Authority of Audiovisual and Communication",
            ),
        ],
    );
    check(
        "Taux",
        "« Nous examinons le dossier », a indiqué la Banque de France. « Les propos sont faux », \
         a estimé la Haute Autorité de l’Audiovisuel et de la Communication lundi. « Aucune \
         décision », a précisé le Conseil d’État.",
        &[
            ("Nous examinons le dossier", "Banque de France"),
            (
                "Les propos sont faux",
                "Haute Autorité de l’Audiovisuel et de la Communication",
            ),
            ("Aucune décision", "Conseil d’État"),
        ],
    );
}

#[test]
fn a_role_word_inside_an_organisation_s_name_is_part_of_it() {
    check(
        "Case",
        "“It is over,” the Department of Justice said.",
        &[("It is over,", "Department of Justice")],
    );
}

#[test]
fn a_title_naming_an_organisation_still_leads_to_its_holder() {
    check(
        "Budget",
        "Vice President of the European Commission for Values and Transparency Vera Jourova \
         welcomed the deal. “I feel relieved,” Jourova said.",
        &[("I feel relieved,", "Vera Jourova")],
    );
    // An organisation's name qualifying a role is not the subject.
    check(
        "Accession",
        "This was stated by press secretary of the European Commission, Paula Pinho. “It \
         matters,” Pinho said. “So, this is important,” the European Commission press \
         secretary emphasized.",
        &[
            ("It matters,", "Paula Pinho"),
            ("So, this is important,", "Paula Pinho"),
        ],
    );
}

#[test]
fn a_role_after_an_organisation_s_name_heads_the_phrase() {
    check(
        "Judge",
        "Judge Peter Bowers made the remark while sentencing a thief. The Teesside Crown Court \
         judge also said prison did criminals “little good”.",
        &[("little good", "Peter Bowers")],
    );
}

#[test]
fn after_a_verb_the_holder_of_a_role_for_a_team_speaks_not_the_team() {
    check(
        "Cup",
        "\"We were unlucky,\" said Hartford boss Dieter Vogel. \"We will be back,\" said \
         Kesselberg Rovers captain Tom Ashby.",
        &[
            ("We were unlucky,", "Dieter Vogel"),
            ("We will be back,", "Tom Ashby"),
        ],
    );
}

#[test]
fn a_councillor_s_abbreviated_title_is_not_part_of_the_name() {
    check(
        "Council meeting",
        "Council leader Judith Blake spoke first. Coun Andrew Carter said: \"You have \
         been rumbled.\" Cllr Mary Hale replied: \"We are in the real world.\"",
        &[
            ("You have been rumbled.", "Andrew Carter"),
            ("We are in the real world.", "Mary Hale"),
        ],
    );
}

#[test]
fn titles_before_a_name_and_the_ends_of_place_and_firm_names() {
    // "City Councilman" is cut from the name; "Rivers State" is a place and
    // "Sime Development Bhd" a firm, never the "he" after them.
    check(
        "Meeting",
        "City Councilman Mitchell Congress will hold a ward meeting on Tuesday. \
         \"I promised I would meet with the people,\" Congress said.\n\n\
         Nyesom Wike spoke after him. Rivers State was not in his plans, he \
         said. \"I am not a spokesperson for the government.\"\n\n\
         Salleh Keruak met the press. Sime Development Bhd was fined on Monday. He \
         added: \"We don't ban anyone.\"",
        &[
            (
                "I promised I would meet with the people,",
                "Mitchell Congress",
            ),
            ("I am not a spokesperson for the government.", "Nyesom Wike"),
            ("We don't ban anyone.", "Salleh Keruak"),
        ],
    );
}

#[test]
fn a_broadcaster_or_a_paper_is_an_organisation_not_a_person() {
    // "San Francisco TV" opens the sentence before "he": no antecedent.
    check(
        "Berkeley",
        "Mayor Jesse Arreguin spoke on Friday.\n\nSan Francisco TV showed the \
         park.\n\n\"But nobody crossed the line,\" he said.",
        &[("But nobody crossed the line,", "Jesse Arreguin")],
    );
}

/// Every ISO country is a country, not a person a pronoun could stand for:
/// "losses to South Africa" once took the "He" meant for McCaw. A first name
/// ISO also lists as a country ("Jordan") stays a person.
#[test]
fn every_country_is_a_place_and_a_first_name_stays_a_person() {
    check(
        "Reaction",
        "After losses to South Africa and Kenya, the returning Richie McCaw was happy. He said: \
         “We were hurting.” Jim Jordan spoke next. “It was close,” Jordan said.",
        &[
            ("We were hurting.", "Richie McCaw"),
            ("It was close,", "Jim Jordan"),
        ],
    );
}

/// "one witness" is someone described, as "a witness" is.
#[test]
fn one_before_a_noun_describes_someone() {
    check(
        "Crash",
        "“I don’t know what happened,” said one witness, who asked not to be named.",
        &[("I don’t know what happened,", "witness")],
    );
}

/// Names that are no one: a question word opening a subheading ("What Ken
/// Ofori-Atta said:") is not part of the name, an event's or a document's
/// name ("the 2023 Mid-Year Budget Review") is no one a pronoun stands for,
/// and "the Crown" is a body.
#[test]
fn question_words_events_documents_and_the_crown_are_no_one() {
    check(
        "Budget",
        "What Ken Ofori-Atta said:\n\nDuring the presentation of the 2023 Mid-Year Budget \
         Review in Parliament, Ofori-Atta had remarked, “We have avoided the worst.”\n\nHe \
         further added, “We kept the lights on.”",
        &[
            ("We have avoided the worst.", "Ken Ofori-Atta"),
            ("We kept the lights on.", "Ken Ofori-Atta"),
        ],
    );
    check(
        "Sentencing",
        "The youth should be sentenced as an adult, the Crown says. A statement was read by \
         Crown prosecutor Melissa Ernewein. “It was devastating,” she said.",
        &[("It was devastating,", "Melissa Ernewein")],
    );
}

/// A firm's name ending on a word for its trade ("Seaport Global
/// Securities", "WTRG Economics") is an organisation, so an apposition that
/// names the person's employer leaves the person the speaker.
#[test]
fn a_firm_named_by_its_trade_is_an_organisation() {
    check(
        "Oil",
        "Richard Hastings, macro strategist at Seaport Global Securities said, “The market is \
         diving.” James Williams, energy economist at WTRG Economics stated that “nothing \
         changed.”",
        &[
            ("The market is diving.", "Richard Hastings"),
            ("nothing changed.", "James Williams"),
        ],
    );
}

/// Counter-examples to the rules for countries, events and parties, found
/// in a review: an ISO name beside another capitalised word is part of a
/// person's name ("Patricia Scotland", "Tom Holland", "Kenya Moore", "Cuba
/// Gooding Jr"); a firm may end on "Games" or "Festival"; "Tory" may be a
/// first name.
#[test]
fn people_and_firms_named_like_countries_events_and_parties() {
    check(
        "Names",
        "“We stand together,” said Patricia Scotland, its secretary-general. Kenya Moore was \
         furious. “I was never told,” she said. “It was a privilege,” said Cuba Gooding Jr. \
         “We have no plans,” Epic Games said in a statement. “Women deserve more,” said Tory \
         Burch, the designer.",
        &[
            ("We stand together,", "Patricia Scotland"),
            ("I was never told,", "Kenya Moore"),
            ("It was a privilege,", "Cuba Gooding Jr."),
            ("We have no plans,", "Epic Games"),
            ("Women deserve more,", "Tory Burch"),
        ],
    );
}

#[test]
fn a_body_speaks_by_its_common_noun() {
    check(
        "Strike",
        "“We are furious,” the union said. The department said it was “reviewing the case”. \
         “No comment,” the embassy said. “It is unlawful,” the lawsuit said.",
        &[
            ("We are furious,", "union"),
            ("reviewing the case", "department"),
            ("No comment,", "embassy"),
            ("It is unlawful,", "lawsuit"),
        ],
    );
}

#[test]
fn a_body_s_noun_stands_for_the_organisation_named_with_it() {
    check(
        "Vote",
        "The Labour Party met the BBC on Monday. “We are ready,” the party said.",
        &[("We are ready,", "Labour Party")],
    );
}

#[test]
fn a_body_that_owns_the_phrase_does_not_head_it() {
    check(
        "Match",
        "“We are ready,” said the team’s coach, John Smith. “It was hard,” the sheriff's office \
         said.",
        &[
            ("We are ready,", "John Smith"),
            ("It was hard,", "sheriff's office"),
        ],
    );
}

#[test]
fn a_headline_word_is_no_organisation_a_body_s_noun_stands_for() {
    check(
        "Union anger at plan",
        "The union said members were “furious”. “No comment,” the company said.",
        &[("furious", "union"), ("No comment,", "company")],
    );
}

#[test]
fn a_firm_s_legal_form_ends_its_name() {
    let p = crate::speakers::run(
        crate::published(),
        "Deal",
        "“We are pleased,” Microsoft Corp. said. “It is done,” Acme Holdings LLC said.",
    );
    let kind = |name: &str| p.actors.iter().find(|a| a.name == name).map(|a| a.kind);
    assert_eq!(
        kind("Microsoft Corp"),
        Some("organization"),
        "{:?}",
        p.actors
    );
    assert_eq!(
        kind("Acme Holdings LLC"),
        Some("organization"),
        "{:?}",
        p.actors
    );
}

/// "it said": the body the nearest sentence opens on, or else the first
/// organisation it names; never a person, and not "It" inside a quotation.
#[test]
fn it_stands_for_the_body_named_before() {
    check(
        "Weather",
        "Dr Anna Berg warned of asthma. The Met Office issued a warning.\n\n\
         “Temperatures will drop,” it said.",
        &[("Temperatures will drop,", "Met Office")],
    );
    check(
        "Results",
        "Jane Roe, the chief executive, was pleased. The company said profits rose. \
         “It is a record,” it added.",
        &[("It is a record,", "company")],
    );
}

/// "Asthma UK", "Cancer Research UK": a country's code after a capitalised
/// word ends an organisation's name, and "the charity Asthma UK" is that
/// organisation; "UK Prime Minister Keir Starmer" is still the person.
#[test]
fn a_country_s_code_ends_an_organisation_s_name() {
    check(
        "Heat",
        "The charity Asthma UK warned of a “toxic cocktail” of pollution. “Act now,” \
         Cancer Research UK said. “It is grim,” said UK Prime Minister Keir Starmer.",
        &[
            ("toxic cocktail", "Asthma UK"),
            ("Act now,", "Cancer Research UK"),
            ("It is grim,", "Keir Starmer"),
        ],
    );
}

/// "House Democrats" is a party's group, no person whose first name
/// "House" would be: "House Speaker Nancy Pelosi" stays Pelosi; and
/// "(D-N.Y.)" holds no sentence's end.
#[test]
fn a_party_s_members_are_a_group_and_initials_in_brackets_end_no_sentence() {
    check(
        "Democrats",
        "• Pelosi says House Democrats have a “solid organization” in place\n\n\
         Washington (CNN) -- House Speaker Nancy Pelosi on Thursday played down reports of \
         strain between congressional Democrats and the White House, telling reporters the \
         administration has been “cooperative” this year. \
         “He needs to be more vocal,” Rep. Jamaal Bowman (D-N.Y.) told CNN.",
        &[
            ("solid organization", "Nancy Pelosi"),
            ("cooperative", "Nancy Pelosi"),
            ("He needs to be more vocal,", "Jamaal Bowman"),
        ],
    );
}

/// "Police said …", then "“He was armed,” they said": a bare body's noun
/// opening a sentence is no person's name, and "they" stands for the body
/// or group the sentence before opens on; "the family's lawyer, John Doe"
/// is the lawyer, not the family.
#[test]
fn they_stands_for_a_body_and_an_owner_heads_no_body() {
    check(
        "Arrest",
        "Dr Anna Berg saw it all. Police said the man was arrested. “He was armed,” they \
         said. “We will appeal,” the family's lawyer, John Doe, said.",
        &[("He was armed,", "Police"), ("We will appeal,", "John Doe")],
    );
}

#[test]
fn a_single_name_after_du_or_au_is_no_person() {
    // Were "Gontougo" a person, "il" would stand for it.
    check(
        "Grève",
        "« Nous restons sereins », a déclaré Paul Adjobi. Concernant la grève, \
         le natif du Gontougo a déploré ce mouvement. « Nous n'allons pas céder \
         », a-t-il prévenu.",
        &[
            ("Nous restons sereins", "Paul Adjobi"),
            ("Nous n'allons pas céder", "Paul Adjobi"),
        ],
    );
}

#[test]
fn a_body_named_after_someone_keeps_the_title_in_its_name() {
    check(
        "Logement",
        "La Fondation Abbé Pierre s'alarme de « l'aggravation de la crise » \
         dans son rapport.",
        &[("l'aggravation de la crise", "Fondation Abbé Pierre")],
    );
}

#[test]
fn a_name_after_a_common_noun_for_a_body_is_that_body() {
    // Were "Global Customer Care" a person, "elle" would stand for it.
    check(
        "Licenciements",
        "« Un drame », a dit Anna Berg. Le groupe ferme le département Global \
         Customer Care à Waremme. « Nous sommes abasourdis », a-t-elle ajouté.",
        &[
            ("Un drame", "Anna Berg"),
            ("Nous sommes abasourdis", "Anna Berg"),
        ],
    );
}
