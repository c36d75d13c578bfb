//! Speakers given by the layout rather than a verb of saying: a short line
//! naming the speaker above a paragraph of speech (round-ups of reactions,
//! interviews), and a name after a headline's quotation. Every text is
//! invented, in the shape of real news.
use super::{check, speakers};
use chrono::NaiveDate;

#[test]
fn a_short_line_naming_someone_gives_the_paragraph_of_speech_under_it() {
    check(
        "Les réactions après les matchs",
        "Retrouvez les principales réactions des entraîneurs après les matchs de samedi.\n\n\
         Le plus satisfait : Paul Durand (Lens)\n\n\
         « Nous avons fait un match sérieux. Les joueurs sont restés ensemble. »\n\n\
         Le plus déçu : Marc Petit (Brest)\n\n\
         « C'est une défaite qui fait mal. »",
        &[
            (
                "Nous avons fait un match sérieux. Les joueurs sont restés ensemble.",
                "Paul Durand",
            ),
            ("C'est une défaite qui fait mal.", "Marc Petit"),
        ],
    );
}

/// "– Neil Wilson, chief market analyst at Markets.com": a line opening on
/// a name described after a comma, with no full stop, names the speaker of
/// the paragraphs under it.
#[test]
fn a_line_opening_on_a_described_name_gives_the_speech_under_it() {
    check(
        "What the analysts say",
        "The regulator blocked the merger, and analysts gave their verdicts.\n\n\
         – Jane Roe, chief analyst at Markets.com\n\n\
         “The merger never looked like it would pass.\n\n\
         “Nobody fell for it.”\n\n\
         – John Poe, analyst at Shore Capital\n\n\
         “The referee has blown the whistle.”",
        &[
            ("The merger never looked like it would pass.", "Jane Roe"),
            ("Nobody fell for it.", "Jane Roe"),
            ("The referee has blown the whistle.", "John Poe"),
        ],
    );
}

#[test]
fn a_line_that_goes_on_past_the_name_names_no_one_by_layout() {
    // The name is not the line's last word: the line is narration, and
    // whatever gives the quotation a speaker, the layout rule does not.
    let cue = |line: &str| {
        speakers::run(
            super::published(),
            "Match",
            &format!("{line}\n\n« Nous avons fait un match sérieux. »"),
        )
        .quotes[0]
            .speaker
            .as_ref()
            .map_or("none", |s| s.cue)
    };
    let layout = "a short line naming the speaker before the quotation's paragraph";
    assert_eq!(cue("Le plus satisfait : Paul Durand (Lens)"), layout);
    assert_ne!(cue("Le plus satisfait : Paul Durand quitte Lens"), layout);
    assert_ne!(cue("Paul Durand a déclaré après le match"), layout);
    assert_ne!(cue("Paul Durand, l'entraîneur, est resté calme."), layout);
}

#[test]
fn a_name_after_a_headline_quotation_is_its_speaker() {
    speakers::check(
        NaiveDate::from_ymd_opt(2025, 4, 12).unwrap(),
        "« La commission est devenue l'instrument d'un pouvoir », Laurent Gbagbo",
        "L'ex-président Laurent Gbagbo a lancé vendredi un appel au dialogue.",
        &[(
            "La commission est devenue l'instrument d'un pouvoir",
            "Laurent Gbagbo",
        )],
    );
}

#[test]
fn a_headline_attributed_after_its_quotation_is_by_who_it_names() {
    check(
        "\"We will not give up\", says Anna Berg",
        "Anna Berg launched a petition on Friday against the closure of the port.",
        &[("We will not give up", "Anna Berg")],
    );
    check(
        "« Nous ne céderons pas », affirme Anna Berg",
        "Anna Berg a lancé vendredi une pétition contre la fermeture du port.",
        &[("Nous ne céderons pas", "Anna Berg")],
    );
}

#[test]
fn an_aside_inside_the_marks_names_the_speaker_when_a_mark_was_left_out() {
    // The source forgot the mark closing "exceptionnelles": the aside that
    // names the mayor is inside the quotation, too long to be split off, and
    // he speaks.
    check(
        "Inondations",
        "Les pluies ont été « exceptionnelles, souligne Paul Morin, maire de \
         Saint-Aubin, l'une des communes les plus touchées par les intempéries. \
         C'est du jamais vu depuis 1900. »",
        &[(
            "exceptionnelles, souligne Paul Morin, maire de Saint-Aubin, l'une des communes \
             les plus touchées par les intempéries. C'est du jamais vu depuis 1900.",
            "Paul Morin",
        )],
    );
}

#[test]
fn a_headline_quotation_nothing_attributes_goes_to_the_body_s_main_voice() {
    let p = speakers::run(
        super::published(),
        "« Quel bonheur d'être ici ! »",
        "Le ministre Paul Morin était à Genève samedi. « La ville est belle », a-t-il \
         déclaré. « Nous reviendrons », a ajouté Paul Morin. « Bienvenue », a répondu \
         la maire Anne Roux.",
    );
    let sp = p.quotes[0].speaker.as_ref().expect("a speaker");
    assert_eq!(sp.name, "Paul Morin");
    assert!(sp.cue.contains("quotes most"), "{}", sp.cue);
    assert!(sp.confidence < 0.5);
    // On a tie, no one.
    let p = speakers::run(
        super::published(),
        "« Quel bonheur d'être ici ! »",
        "« La ville est belle », a déclaré le ministre Paul Morin. « Bienvenue », a \
         répondu la maire Anne Roux.",
    );
    assert!(p.quotes[0].speaker.is_none(), "{:?}", p.quotes[0].speaker);
}

#[test]
fn a_name_in_capitals_opening_a_paragraph_is_a_person() {
    // "DANIEL FARKE" opens on a given name: a person, written as a name, whom
    // "boss Farke" names again.
    check(
        "Results",
        "DANIEL FARKE could not hide his delight at the result.\n\n\
         Josh Murphy scored the winner and boss Farke said: “It was an emotional \
         moment.”",
        &[("It was an emotional moment.", "Daniel Farke")],
    );
}

#[test]
fn a_short_paragraph_ending_on_a_closing_single_mark_is_no_headline() {
    let p = speakers::run(
        super::published(),
        "Results",
        "Leeds won at home on Saturday.\n\n\
         Leeds manager Paul Heck said: ‘I didn’t enjoy the game one bit.’",
    );
    let sp = p.quotes[0].speaker.as_ref().expect("a speaker");
    assert_eq!(sp.name, "Paul Heck");
    assert_eq!(sp.cue, "attribution before the quotation");
}

#[test]
fn a_headline_said_again_by_someone_only_guessed_at_keeps_that_guess() {
    // The body's words go to the residents only by a guess; the headline
    // takes the same guess rather than the body's main voice.
    let p = speakers::run(
        super::published(),
        "“Tu viens ici, t’es mort” : une série de cambriolages",
        "Les habitants, excédés, sont convaincus de savoir qui est coupable. Certains \
         ont affiché des avertissements chez eux : \"Tu viens ici, t'es mort\".\n\n\
         \"Depuis un mois, on subit vingt vols\", explique le maire Jean Morel. \"Et ça \
         continue\", ajoute Jean Morel.",
    );
    let sp = p.quotes[0].speaker.as_ref().expect("a speaker");
    assert_eq!(sp.name, "habitants");
    assert_eq!(
        sp.cue,
        "a headline quoted again in the body, whose speaker there is only a guess"
    );
    assert!(sp.confidence < 0.5);
}

#[test]
fn a_quotation_opening_its_paragraph_goes_to_the_person_the_next_sentence_opens_on() {
    check(
        "Cambriolages",
        "Les habitants sont excédés par les vols.\n\n\
         \"On sait qui c'est, il habite à côté. C'est insupportable.\" Le maire du \
         village, Janny Siméon, a décidé d'alerter la presse.",
        &[(
            "On sait qui c'est, il habite à côté. C'est insupportable.",
            "Janny Siméon",
        )],
    );
    // Past adverbials one after the other.
    check(
        "Chantier",
        "Des habitants sous le choc.\n\n\
         « Quand j’ai vu les barrières, j’ai cru à des travaux. » Le lundi 15 avril au \
         matin, en entrant sur un chantier, un ouvrier est surpris par la scène.",
        &[(
            "Quand j’ai vu les barrières, j’ai cru à des travaux.",
            "ouvrier",
        )],
    );
    // Not when the sentence after it quotes someone itself.
    let p = speakers::run(
        super::published(),
        "Cambriolages",
        "Les habitants sont excédés.\n\n\
         \"On sait qui c'est.\" Le maire, Janny Siméon, a répété : \"Nous portons plainte\".",
    );
    let cue = p.quotes[0].speaker.as_ref().map_or("", |s| s.cue);
    assert!(!cue.contains("sentence after"), "{cue}");
}

#[test]
fn a_speaker_preposition_after_a_comma_puts_its_person_in_focus() {
    // No verb of saying anywhere: "selon X" mid-sentence reports X, whose
    // quotations standing alone follow.
    check(
        "Enquête",
        "Les engins pourraient contenir des preuves importantes, selon le policier \
         Roger Ferland, maintenant enseignant au cégep.\n\n« Ils vont faire des \
         prélèvements. »\n\nLes Hells Angels ne collaborent pas aux enquêtes.\n\n« Ça \
         va compliquer l'enquête. »",
        &[
            ("Ils vont faire des prélèvements.", "Roger Ferland"),
            ("Ça va compliquer l'enquête.", "Roger Ferland"),
        ],
    );
}

#[test]
fn a_county_is_a_place_and_no_antecedent() {
    // "Limerick" alone names "County Limerick" again; a place is passed over
    // for the person before it.
    check(
        "Court",
        "A man from County Limerick was brought to Naas.\n\nJudge Miriam Walsh said \
         a judge was available.\n\nBut the matter should have gone to a court in \
         Limerick and she said no attempt was made.\n\nShe added that a judge is \
         available.\n\n\"I work six days a week.\"",
        &[("I work six days a week.", "Miriam Walsh")],
    );
}

#[test]
fn a_sentence_opening_on_ce_que_is_about_the_subject_after_it() {
    // "Ce que Michel Januth a refusé.": no verb of saying, and someone else
    // spoke in the paragraph before.
    check(
        "Conseil",
        "« Nous vous invitons à céder le relais », a ajouté Samuel D'Orazio.\n\n\
         Ce que Michel Januth a refusé. « Les citoyens méritent qu'on travaille pour \
         eux. »",
        &[
            ("Nous vous invitons à céder le relais", "Samuel D'Orazio"),
            (
                "Les citoyens méritent qu'on travaille pour eux.",
                "Michel Januth",
            ),
        ],
    );
}

#[test]
fn a_preposition_puts_someone_in_focus_only_where_it_reports_speech() {
    // "Victoire pour Marie Dupont": "pour" second in the sentence is whom the
    // victory is for; the words after are the outgoing mayor's.
    check(
        "Municipales",
        "Le maire sortant, Paul Martin, a reconnu sa défaite.\n\nVictoire pour Marie \
         Dupont, élue avec 54 % des voix.\n\n« C'est un moment difficile. »",
        &[("C'est un moment difficile.", "Paul Martin")],
    );
    // After a comma, an unnamed source is no one in focus.
    check(
        "Crash",
        "The van did not stop, according to a witness statement read in court.\n\n\
         \"He never stood a chance.\"",
        &[("He never stood a chance.", "?")],
    );
}

#[test]
fn a_first_name_and_its_verb_before_a_quotation_give_its_speaker() {
    // "Chloé" alone is a common first name; two words before the marks are
    // enough when they are the name and its verb.
    check(
        "Drame",
        "Chloé avait « pris des cachets pour dormir ». Cette jeune femme de 29 ans \
         découvre le dispositif.",
        &[("pris des cachets pour dormir", "Chloé")],
    );
}

/// After a quotation, a name with a relative clause describing it up to the
/// comma before the verb: the name speaks, however long the clause.
#[test]
fn a_name_with_a_relative_clause_after_a_quotation() {
    check(
        "Claims",
        "Deputy President William Ruto made the claims on Monday.\n\n“So far the claims are \
         not official,” Mr Peter Munya who is a lawyer by profession, said.",
        &[("So far the claims are not official,", "Peter Munya")],
    );
}

/// A quotation standing alone after a sentence that opens on a country's
/// name, a role and its holder ("New Zealand coach Graham Henry was
/// delighted"): the holder's words. "Counterpart" is a role, not part of
/// the name it opens a sentence with.
#[test]
fn a_quotation_alone_after_a_sentence_opening_on_a_role_s_holder() {
    check(
        "Reaction",
        "New Zealand coach Graham Henry was delighted at the response.\n\n“They played very \
         well.”\n\nCounterpart Robbie Deans felt the match was a “mirror image” of the first.",
        &[
            ("They played very well.", "Graham Henry"),
            ("mirror image", "Robbie Deans"),
        ],
    );
}

/// A phrase for a person then a relative clause up to the comma before the
/// verb: "the event’s organizer, who declined to be identified, told RFA".
/// A possessive before the role makes it someone new, as a complement
/// after it would, not the spokesman quoted before.
#[test]
fn a_role_phrase_with_a_relative_clause_after_a_quotation() {
    check(
        "Protest",
        "“Things happened,” foreign ministry spokesman Qin Gang told reporters.\n\n“We want to \
         send a message,” the event’s organizer, who declined to be identified, told RFA’s \
         Vietnamese service.\n\n“We found out only through overseas media,” he said.",
        &[
            ("Things happened,", "Qin Gang"),
            ("We want to send a message,", "event’s organizer"),
            (
                "We found out only through overseas media,",
                "event’s organizer",
            ),
        ],
    );
}

/// Words quoted twice are a name, unless a verb of saying follows one of
/// the times they are quoted: "“Loud voices” are needed in Telford, say
/// councillors" is speech in the headline and the body alike. And a single
/// name after "in" is a place, not who says ("in Telford, say").
#[test]
fn words_quoted_twice_and_said_once_are_speech() {
    let quotes = speakers::speakers(
        super::published(),
        "Telford A&E row: 'Loud voices' sought for hospital",
        "“Loud voices” are needed in Telford, say councillors.\n\nCouncillor Richard Overton \
         called for “loud voices” from residents.",
    );
    assert_eq!(quotes.len(), 3, "{quotes:?}");
    assert!(quotes.iter().all(|(_, s)| s != "Telford"), "{quotes:?}");
}

/// "“…” , while cllr Ken Murnane remarked: “…”": a clause of its own after
/// a quotation, whose verb introduces the next quotation, is not the first
/// one's attribution; the colon before the first gives it its speaker.
#[test]
fn a_clause_introducing_the_next_quotation_is_not_the_first_one_s() {
    check(
        "Council",
        "However, cllr Fintan Phelan was adamant: “You are objecting to houses” , while cllr Ken \
         Murnane remarked: “People Before Profit are objecting.”",
        &[
            ("You are objecting to houses", "Fintan Phelan"),
            ("People Before Profit are objecting.", "Ken Murnane"),
        ],
    );
}

/// "…“long overdue”, while opposition leader Kemi Badenoch called it “a
/// gimmick”": a clause after a conjunction that quotes again is about its
/// own quotation; the first fragments keep the speaker of the sentence.
#[test]
fn fragments_before_a_while_clause_that_quotes_again() {
    check(
        "Plan",
        "Prime Minister Keir Starmer said the plan was “ambitious” and “long overdue”, while \
         opposition leader Kemi Badenoch called it “a gimmick”.",
        &[
            ("ambitious", "Keir Starmer"),
            ("long overdue", "Keir Starmer"),
            ("a gimmick", "Kemi Badenoch"),
        ],
    );
}

#[test]
fn a_sentence_pointing_back_at_a_lone_quotation_names_its_owner() {
    check(
        "Ford to Crombie",
        "Mississauga mayor exploring run for the leadership\n\n“Bring it on.”\n\nThat’s Premier Doug Ford’s message to Mississauga Mayor Bonnie \
         Crombie as she gears up to run.",
        &[("Bring it on.", "Doug Ford")],
    );
    check(
        "Maire",
        "Inquiétude à Lille\n\n« On ne lâchera rien. »\n\nTel est le message de Jean Dupont, le \
         maire, aux habitants.",
        &[("On ne lâchera rien.", "Jean Dupont")],
    );
}

#[test]
fn a_lone_quotation_after_an_apposition_is_the_named_person_s() {
    check(
        "Heat",
        "The world is “walking into uncharted territory,” Carlo Buontempo, the director of \
         Copernicus, told CNN. “We have never seen anything like this.”",
        &[
            ("walking into uncharted territory,", "Carlo Buontempo"),
            ("We have never seen anything like this.", "Carlo Buontempo"),
        ],
    );
}

#[test]
fn a_claim_pointing_back_names_its_owner_past_an_article() {
    check(
        "Storm warning",
        "Storm Darragh nears\n\n“Stay indoors.”\n\nThat was the warning from the Met Office on \
         Monday as the storm approached.",
        &[("Stay indoors.", "Met Office")],
    );
}
