//! Verbs of saying: the forms the lexicon inflects, and a present participle
//! after a quotation, whose subject comes before it. Every text is invented,
//! in the shape of real news.
use super::check;

#[test]
fn more_verbs_of_saying_and_their_forms() {
    check(
        "Usine",
        "« Nous avons tout donné pour ce site », se désole Marc Petit, délégué \
         syndical.\n\n« Le marché s'est effondré », analyse Claire Roux, économiste.",
        &[
            ("Nous avons tout donné pour ce site", "Marc Petit"),
            ("Le marché s'est effondré", "Claire Roux"),
        ],
    );
    check(
        "Stadium",
        "\"We were never in the game,\" conceded coach Tom Ashby.\n\n\
         \"It is the best day of my life,\" laughed goalkeeper Ben Carter.\n\n\
         \"Not a chance,\" quipped Lisa Grant when asked about a transfer.",
        &[
            ("We were never in the game,", "Tom Ashby"),
            ("It is the best day of my life,", "Ben Carter"),
            ("Not a chance,", "Lisa Grant"),
        ],
    );
}

#[test]
fn a_participle_after_a_quotation_keeps_the_subject_before_it() {
    // "reiterating the commitment to keep Britain": Britain is the object.
    check(
        "Summit",
        "President Anna Berg repeated that there was no deal, but added \"we share \
         a community of interest with the United Kingdom\", reiterating the \
         commitment to keep Britain as an ally.",
        &[(
            "we share a community of interest with the United Kingdom",
            "Anna Berg",
        )],
    );
}

#[test]
fn an_inverted_pronoun_after_a_quotation_attributes_it_whatever_the_verb() {
    // "se défendre" is in no list of verbs of saying; the inversion says the
    // words are an incise.
    check(
        "Procès",
        "« Mon client est innocent », a plaidé Me Ibrahima Sow.\n\n\
         Le procureur Marc Diallo a requis deux ans de prison. « Votre façon \
         d'interpeller les gens est indigne », s'est-il défendu.",
        &[
            ("Mon client est innocent", "Ibrahima Sow"),
            (
                "Votre façon d'interpeller les gens est indigne",
                "Marc Diallo",
            ),
        ],
    );
}

#[test]
fn a_participle_after_a_dash_keeps_the_subject_of_the_sentence() {
    // "- claiming the minister had made": the minister is what is claimed
    // about, not who claims.
    check(
        "Budget",
        "Leader of the council, Keith Wakefield, said the task was huge.\n\nHe \
         criticised the cuts and singled out Communities Secretary Eric Pickles - \
         claiming the Tory cabinet minister had made nothing but \"shallow \
         statements on executive pay\" when talking about savings.",
        &[("shallow statements on executive pay", "Keith Wakefield")],
    );
}

#[test]
fn a_fragment_carried_on_by_the_sentence_is_not_attributed_by_the_verb_after_it() {
    // "“maybe” call the FBI": the FBI is called, it says nothing.
    check(
        "Interview",
        "\"The director is wrong,\" Trump said, though he later said he would \
         \"maybe\" call the FBI.",
        &[("The director is wrong,", "Trump"), ("maybe", "Trump")],
    );
    // A speaker preposition after the fragment still attributes it.
    check(
        "Crue",
        "Le pont est effondré, faisant de la ville une « quasi île » selon les dires \
         de la gendarmerie.",
        &[("quasi île", "gendarmerie")],
    );
}

#[test]
fn a_name_after_one_word_following_a_quotation_is_an_incise() {
    // "frissonne" is no verb of saying; the shape «…», verb Name, is.
    check(
        "Drame",
        "« À cette heure-ci, elle est fermée », constate un riverain.\n\n« J'ai \
         entendu un grand boum », frissonne Emma, 30 ans.",
        &[
            ("À cette heure-ci, elle est fermée", "riverain"),
            ("J'ai entendu un grand boum", "Emma"),
        ],
    );
}

#[test]
fn after_comme_le_the_subject_follows_the_verb() {
    // "comme le révèle le parquet": the prosecutor speaks, not the witnesses
    // the sentence opens on.
    check(
        "Drame",
        "D'après des témoins, le conducteur était agité, et, comme le révèle le \
         parquet de Toulouse, « il a percuté la voiture ».",
        &[("il a percuté la voiture", "parquet de Toulouse")],
    );
    // "« … », d'après des témoins": the preposition opens the attribution.
    check(
        "Drame",
        "« Dans un état second », d'après des témoins, le conducteur tient des \
         propos confus.",
        &[("Dans un état second", "témoins")],
    );
}

#[test]
fn the_shapes_near_an_incise_that_are_none() {
    // Words before the quotation: the name after it is someone else.
    check(
        "Stadium",
        "Council leader Tom Reed called the vote \"a great day for the city\", unlike \
         Jane Doe, who voted against.",
        &[("a great day for the city", "Tom Reed")],
    );
    // No comma after a fragment that follows "was": the attribution after
    // it still counts.
    check(
        "Strike",
        "The company's offer was \"simply not good enough\" union leader Sharon Graham \
         said.",
        &[("simply not good enough", "Sharon Graham")],
    );
    // "comme l'avait annoncé X :" introduces no one's words after the colon.
    check(
        "Conseil",
        "Le préfet Paul Martin a pris la parole, comme l'avait annoncé Claire Petit : \
         « L'Etat sera vigilant. »",
        &[("L'Etat sera vigilant.", "Paul Martin")],
    );
}

#[test]
fn branding_something_is_saying_it() {
    // "a trial he branded a … “charade”": his word for it.
    check(
        "Court",
        "A Dutch court has convicted politician Geert Wilders at the end of a trial \
         he branded a politically motivated \"charade\".",
        &[("charade", "Geert Wilders")],
    );
}

/// A verb of saying's form after a possessive or an article is a noun
/// ("in response to Zakharova’s comments"): it reports no one's speech, so
/// the quotation standing alone after it stays with who was quoted. And a
/// sentence opening on someone's words ("Les mots de Franck Bizet … sont
/// durs") reports that person's speech, whatever its verb.
#[test]
fn a_verb_s_form_used_as_a_noun_and_a_sentence_opening_on_someone_s_words() {
    check(
        "Talks",
        "“Not the first time,” spokesperson Heorhii Tykhyi said on X in response to Maria \
         Zakharova’s comments.\n\n“Their role is to bark from Moscow.”",
        &[
            ("Not the first time,", "Heorhii Tykhyi"),
            ("Their role is to bark from Moscow.", "Heorhii Tykhyi"),
        ],
    );
    check(
        "Usine",
        "Les mots de Franck Bizet, représentant du personnel, sont aussi durs que l’annonce \
         faite lundi. « Nous avions une réunion à 10 heures. »",
        &[("Nous avions une réunion à 10 heures.", "Franck Bizet")],
    );
}

/// "a d'ailleurs reconnu X", "a pour sa part estimé X": a phrase set
/// between the auxiliary and its participle hides neither; "fait valoir X"
/// says as "fait savoir X" does; "affirme celui pour qui …" stands for the
/// person in focus.
#[test]
fn a_phrase_between_auxiliary_and_participle_and_a_demonstrative_subject() {
    check(
        "Conseil",
        "« Ça ne va pas bien », a d’ailleurs reconnu François Limoges. « C'est faux », a \
         pour sa part estimé Anne Roy. « Nous avons accueilli onze élèves », fait valoir \
         Juliette, maman de Mathilda.",
        &[
            ("Ça ne va pas bien", "François Limoges"),
            ("C'est faux", "Anne Roy"),
            ("Nous avons accueilli onze élèves", "Juliette"),
        ],
    );
    check(
        "Match",
        "René Weiler a apprécié les compliments. «Je ne regarde pas le classement, affirme \
         celui pour qui cette place de leader provisoire n’est qu’un détail. Je me concentre.»",
        &[
            ("Je ne regarde pas le classement", "René Weiler"),
            ("Je me concentre.", "René Weiler"),
        ],
    );
}

/// "», confirmait, un large sourire aux lèvres, Patrick Arlettaz": an aside
/// set off by commas right after the verb keeps the name within reach; "la
/// première face à un ténor" is an ordinal, no role.
#[test]
fn an_aside_after_the_verb_and_an_ordinal_before_a_noun() {
    check(
        "Rugby",
        "« Ce n’est pas une finalité », confirmait, un large sourire aux lèvres, Patrick \
         Arlettaz quelques minutes plus tard.\n\n\
         Heureux car cette victoire, la première face à un ténor, vient récompenser un projet : \
         « Ça reste un exploit. »",
        &[
            ("Ce n’est pas une finalité", "Patrick Arlettaz"),
            ("Ça reste un exploit.", "Patrick Arlettaz"),
        ],
    );
    // With no one in focus, the ordinal makes no one new either.
    let p = super::speakers::run(
        super::published(),
        "Rugby",
        "Cette victoire, la première face à un ténor, vient récompenser un projet : « Ça \
         reste un exploit. »",
    );
    let speaker = p.quotes[0].speaker.as_ref().map(|s| s.name.as_str());
    assert_ne!(speaker, Some("première"));
}

/// "racontait à chaud pour beIN SPORTS Tamara Horacek": past a listener the
/// name is still within reach; "le philosophe suisse Dominique Bourg": a
/// country's name in lower case is an adjective, no speaker.
#[test]
fn a_listener_or_a_nationality_between_the_verb_and_the_name() {
    check(
        "Mondial",
        "Les Bleues sont championnes. « On a commencé bas, racontait à chaud pour beIN SPORTS \
         Tamara Horacek. C’était une bagarre. »\n\n\
         « Aller occuper un tarmac c’est un acte de vérité », expliquait à l’aube le \
         philosophe suisse Dominique Bourg, invité à témoigner.",
        &[
            ("On a commencé bas", "Tamara Horacek"),
            ("C’était une bagarre.", "Tamara Horacek"),
            (
                "Aller occuper un tarmac c’est un acte de vérité",
                "Dominique Bourg",
            ),
        ],
    );
}

/// "souriait l'intéressée": the person in question, of the gender the
/// noun gives, is the one just spoken of, not the man who spoke last.
#[test]
fn the_person_in_question_is_the_one_just_spoken_of() {
    check(
        "Mondial",
        "« Elle a sauvé la France », résumait Olivier Krumbholz. La demi-centre Léna Grandveau \
         a marqué les quatre derniers buts.\n\n\
         « C’était un peu inattendu pour moi, souriait l’intéressée. Je suis arrivée l’an \
         dernier. »",
        &[
            ("Elle a sauvé la France", "Olivier Krumbholz"),
            ("C’était un peu inattendu pour moi", "Léna Grandveau"),
            ("Je suis arrivée l’an dernier.", "Léna Grandveau"),
        ],
    );
}

#[test]
fn a_participle_of_saying_opening_the_sentence_quotes_the_main_subject() {
    check(
        "Usine",
        "« Nous partons », a dit Luc Morel. Se disant « solidaire » avec les \
         salariés, la préfète de la région, Chantal Dumas, a exigé des réponses.\n\n\
         En annonçant que le suspect avait été « interpellé ce matin », le \
         ministre Paul Garnier s'est avancé.",
        &[
            ("Nous partons", "Luc Morel"),
            ("solidaire", "Chantal Dumas"),
            ("interpellé ce matin", "Paul Garnier"),
        ],
    );
}

#[test]
fn en_effet_between_the_auxiliary_and_the_verb_is_read_past() {
    check(
        "Colis",
        "« Zéro », a dit Anna Berg. « Rien ne change », avait en effet déclaré \
         Paul Morel.",
        &[("Zéro", "Anna Berg"), ("Rien ne change", "Paul Morel")],
    );
}

#[test]
fn words_uttered_by_someone_make_the_next_quotation_theirs() {
    // "les propos tenus … par X": X spoke, and the quotation standing alone
    // after it is theirs, not the last speaker's.
    check(
        "Colis",
        "« Zéro », a dit Anna Berg. La déclaration renvoyait aux propos tenus \
         un peu plus tôt par Paul Morel dans l'affaire.\n\n\
         « Je suis convaincu qu'il est l'auteur. »",
        &[
            ("Zéro", "Anna Berg"),
            ("Je suis convaincu qu'il est l'auteur.", "Paul Morel"),
        ],
    );
}
