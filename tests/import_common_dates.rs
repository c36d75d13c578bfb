#![allow(clippy::unwrap_used, clippy::expect_used)]
//! Common date expressions of French and English news that no article of the
//! corpus taught: invented sentences, each with what the gold conventions
//! (tests/fixtures/corpus/README.md) would list and resolve.
use chrono::NaiveDate;
use newsline::import::dates::find;
use newsline::import::segment::Article;

fn dates(text: &str, published: &str) -> Vec<(String, String)> {
    let a = Article::new(&format!("Titre\n\n{text}"));
    let p = NaiveDate::parse_from_str(published, "%Y-%m-%d").unwrap();
    find(&a, p)
        .into_iter()
        .map(|m| (a.text(m.chars), m.date.iso()))
        .collect()
}

/// Each case: a sentence, and an expression in it with what it means; the
/// expression is right when a date found overlaps it (as the corpus scores
/// them) with that meaning.
fn failures(published: &str, cases: &[(&str, &str, &str)]) -> Vec<String> {
    let mut out = Vec::new();
    for (text, expr, want) in cases {
        let got = dates(text, published);
        let hit = got.iter().find(|(t, _)| {
            t.to_lowercase().contains(&expr.to_lowercase())
                || expr.to_lowercase().contains(&t.to_lowercase())
        });
        if hit.is_none_or(|(_, d)| d != want) {
            out.push(format!("{expr:?} want {want}, got {got:?} in {text:?}"));
        }
    }
    out
}

#[test]
#[rustfmt::skip]
fn common_french_expressions() {
    // Thursday 12 September 2024.
    let fr = failures(
        "2024-09-12",
        &[
            ("Il l'a dit mardi dernier à la presse.", "mardi dernier", "2024-09-10"),
            ("Dans la nuit de samedi à dimanche, un incendie a éclaté.", "nuit de samedi", "2024-09-07"),
            ("Il a été arrêté il y a deux semaines.", "il y a deux semaines", "2024-08-29"),
            ("Il a été arrêté il y a une semaine.", "il y a une semaine", "2024-09-05"),
            ("Il est mort il y a un an.", "il y a un an", "2023"),
            ("Il est parti il y a trois mois.", "il y a trois mois", "2024-06"),
            ("Les prix ont augmenté depuis le 1er janvier.", "depuis le 1er janvier", "2024-01-01"),
            ("La fête aura lieu le 14 juillet prochain.", "le 14 juillet prochain", "2025-07-14"),
            ("Les travaux commenceront mi-mars.", "mi-mars", "2025-03"),
            ("Les travaux ont commencé à la mi-mars.", "mi-mars", "2024-03"),
            ("Les travaux finiront fin 2023.", "fin 2023", "2023"),
            ("Il a été élu l'an dernier.", "l'an dernier", "2023"),
            ("Il a été élu l’année dernière.", "l’année dernière", "2023"),
            ("Cette année, la récolte est bonne.", "Cette année", "2024"),
            ("En 2019, il avait quitté le parti.", "En 2019", "2019"),
            ("Il a parlé jeudi 12 septembre devant les élus.", "jeudi 12 septembre", "2024-09-12"),
            ("Le décret du 12/09/2024 est paru.", "12/09/2024", "2024-09-12"),
            ("Le texte entre en vigueur le 1er octobre.", "le 1er octobre", "2024-10-01"),
            ("Il a été publié le premier septembre.", "le premier septembre", "2024-09-01"),
            ("Il est venu samedi soir.", "samedi soir", "2024-09-07"),
            ("Il est venu dimanche 8 septembre.", "dimanche 8 septembre", "2024-09-08"),
            ("Il est venu le 8 septembre dernier.", "le 8 septembre dernier", "2024-09-08"),
            ("Il a été condamné en juin dernier.", "en juin dernier", "2024-06"),
            ("Il a été condamné en mars 2023.", "en mars 2023", "2023-03"),
            ("Il a été condamné au mois de mars.", "au mois de mars", "2024-03"),
            ("La loi a été votée début juillet.", "début juillet", "2024-07"),
            ("La loi a été votée fin août.", "fin août", "2024-08"),
            ("Le chantier a débuté mi-août.", "mi-août", "2024-08"),
            ("Le chantier a débuté à la fin du mois d'août.", "fin du mois d'août", "2024-08"),
            ("Les ventes ont baissé depuis mars.", "depuis mars", "2024-03"),
            ("Le tarif s'applique à partir du 1er octobre.", "du 1er octobre", "2024-10-01"),
            ("L'offre court jusqu'au 30 septembre.", "30 septembre", "2024-09-30"),
            ("Le projet sera achevé d'ici 2030.", "d'ici 2030", "2030"),
            ("Le projet sera achevé d’ici à 2030.", "2030", "2030"),
            ("La neutralité carbone à l'horizon 2050 reste l'objectif.", "2050", "2050"),
            ("La réforme s'appliquera à partir de 2026.", "2026", "2026"),
            ("La réforme s'appliquera à compter de 2026.", "2026", "2026"),
            ("Il faut agir avant 2026.", "avant 2026", "2026"),
            ("Le taux a doublé entre 2019 et 2022.", "2019", "2019"),
            ("Le taux a doublé entre 2019 et 2022.", "2022", "2022"),
            ("Il a été condamné au printemps 2023.", "printemps 2023", "2023"),
            ("Il a parlé hier soir.", "hier soir", "2024-09-11"),
            ("Il a parlé hier après-midi.", "hier après-midi", "2024-09-11"),
            ("Il parlera demain matin.", "demain matin", "2024-09-13"),
            ("Il a parlé avant-hier.", "avant-hier", "2024-09-10"),
            ("Il a parlé ce jeudi matin.", "ce jeudi matin", "2024-09-12"),
            ("Il a parlé ce 12 septembre devant les élus.", "12 septembre", "2024-09-12"),
            ("Le 11 septembre 2001, les tours sont tombées.", "11 septembre 2001", "2001-09-11"),
            ("Il a été condamné en janvier dernier.", "en janvier dernier", "2024-01"),
            ("Il sera jugé en octobre prochain.", "en octobre prochain", "2024-10"),
            ("Il sera jugé dimanche prochain.", "dimanche prochain", "2024-09-15"),
            ("Il a parlé le lundi 9 septembre.", "lundi 9 septembre", "2024-09-09"),
            ("Le vote a eu lieu mardi 10 septembre 2024.", "mardi 10 septembre 2024", "2024-09-10"),
            ("Le 14-Juillet sera fêté.", "14-Juillet", "2025-07-14"),
            ("Il est mort en mars de l'année dernière.", "mars", "2023-03"),
            ("Il est mort en mars l'an dernier.", "mars", "2023-03"),
            ("Il est mort en novembre l'année dernière.", "novembre", "2023-11"),
            ("La dette a atteint un record l'année précédente.", "l'année précédente", "2023"),
            ("Il a été entendu lundi 2 septembre dernier.", "lundi 2 septembre", "2024-09-02"),
            ("Il a été entendu la semaine dernière, lundi.", "lundi", "2024-09-09"),
            ("Il a été interpellé dans la nuit du 4 au 5 septembre.", "nuit du 4", "2024-09-04"),
            ("Il a été interpellé vendredi 6 septembre au soir.", "vendredi 6 septembre", "2024-09-06"),
            ("Il doit être jugé courant octobre.", "courant octobre", "2024-10"),
            ("Elle a été créée en 1998.", "en 1998", "1998"),
            ("Depuis 2015, le nombre a doublé.", "Depuis 2015", "2015"),
            ("Il est en poste depuis janvier 2020.", "janvier 2020", "2020-01"),
            ("Il est en poste depuis l'an dernier.", "l'an dernier", "2023"),
            ("Il s'est exprimé à Noël.", "Noël", "2023-12-25"),
            ("Le 31 décembre 2023 au soir, il a tiré.", "31 décembre 2023", "2023-12-31"),
            ("Il est venu mercredi 11 septembre au matin.", "mercredi 11 septembre", "2024-09-11"),
            ("Il a été réélu en 2022 pour cinq ans.", "en 2022", "2022"),
            ("Il a démissionné le 2 septembre. Le lendemain, il est parti.", "Le lendemain", "2024-09-03"),
            ("Il a démissionné le 2 septembre. Deux jours plus tard, il est parti.", "Deux jours plus tard", "2024-09-04"),
            ("Il a démissionné le 2 septembre. Ce jour-là, il pleuvait.", "Ce jour-là", "2024-09-02"),
            ("Il a démissionné le 2 septembre. Le soir même, il est parti.", "Le soir même", "2024-09-02"),
            ("Il a démissionné en 2019. L'année suivante, il est parti.", "L'année suivante", "2020"),
            ("Il a démissionné en 2019. Un an plus tard, il est parti.", "Un an plus tard", "2020"),
            ("Il a démissionné le 2 septembre. Une semaine plus tard, il est parti.", "Une semaine plus tard", "2024-09-09"),
            ("Il a démissionné le 2 septembre 2020. Quatre ans après, il est revenu.", "Quatre ans après", "2024"),
            ("Le festival aura lieu du 3 au 5 octobre.", "3", "2024-10-03"),
            ("Le vote a eu lieu le mardi 3.", "mardi 3", "2024-09-03"),
            ("Il est arrivé en septembre 2024 à Paris.", "septembre 2024", "2024-09"),
            ("Il a parlé le 9 septembre à 14 h.", "le 9 septembre", "2024-09-09"),
            ("Il a parlé le 9 septembre à 14h30.", "le 9 septembre", "2024-09-09"),
            ("Il a parlé vendredi à 14 h.", "vendredi", "2024-09-06"),
            ("Il a parlé mercredi 11/09.", "mercredi", "2024-09-11"),
        ],
    );
    assert!(fr.is_empty(), "{}", fr.join("\n"));
}

#[test]
#[rustfmt::skip]
fn common_english_expressions() {
    // Wednesday 11 September 2024.
    let en = failures(
        "2024-09-11",
        &[
            ("Prices rose earlier this month.", "earlier this month", "2024-09"),
            ("He spoke on Tuesday.", "on Tuesday", "2024-09-10"),
            ("He was elected last year.", "last year", "2023"),
            ("He was elected in March 2021.", "in March 2021", "2021-03"),
            ("He was elected on March 3.", "March 3", "2024-03-03"),
            ("He was elected on 3 March.", "3 March", "2024-03-03"),
            ("He was elected on March 3rd.", "March 3rd", "2024-03-03"),
            ("He was elected on the 3rd of March.", "3rd of March", "2024-03-03"),
            ("He was elected on the 3rd of March 2021.", "3rd of March 2021", "2021-03-03"),
            ("The plant will close by mid-2025.", "mid-2025", "2025"),
            ("He was arrested on September 2. He had called police the previous day.", "the previous day", "2024-09-01"),
            ("He was arrested a week ago.", "a week ago", "2024-09-04"),
            ("He was arrested a year ago.", "a year ago", "2023"),
            ("He was arrested a month ago.", "a month ago", "2024-08"),
            ("He was arrested two weeks ago.", "two weeks ago", "2024-08-28"),
            ("He spoke Tuesday night.", "Tuesday night", "2024-09-10"),
            ("He spoke late Tuesday.", "Tuesday", "2024-09-10"),
            ("He spoke early Wednesday.", "Wednesday", "2024-09-11"),
            ("He spoke on Tuesday evening.", "Tuesday evening", "2024-09-10"),
            ("He said last Friday that he would go.", "last Friday", "2024-09-06"),
            ("He will go next Friday.", "next Friday", "2024-09-13"),
            ("He spoke this past Monday.", "Monday", "2024-09-09"),
            ("He left in 2019.", "in 2019", "2019"),
            ("The forecast for 2025 is grim.", "for 2025", "2025"),
            ("Rates will fall before 2026.", "before 2026", "2026"),
            ("Rates have risen since 2019.", "since 2019", "2019"),
            ("Rates doubled between 2019 and 2022.", "2019", "2019"),
            ("Rates doubled between 2019 and 2022.", "2022", "2022"),
            ("Rates doubled from 2019 to 2022.", "2019", "2019"),
            ("The target is to be met by 2030.", "by 2030", "2030"),
            ("The plan ends in early 2025.", "early 2025", "2025"),
            ("The plan began in late 2023.", "late 2023", "2023"),
            ("The plan ends by the end of 2025.", "the end of 2025", "2025"),
            ("Sales fell in the first half of 2024.", "2024", "2024"),
            ("Sales fell in the third quarter of 2023.", "2023", "2023"),
            ("Sales fell in the summer of 2023.", "2023", "2023"),
            ("He was elected in October last year.", "October", "2023-10"),
            ("He was elected in March last year.", "March", "2023-03"),
            ("He will be sworn in in January next year.", "January", "2025-01"),
            ("He was elected in March this year.", "March", "2024-03"),
            ("He spoke on Jan. 5.", "Jan. 5", "2024-01-05"),
            ("He spoke on Sept. 10, 2024.", "Sept. 10, 2024", "2024-09-10"),
            ("He spoke on Tuesday, Sept. 10.", "Sept. 10", "2024-09-10"),
            ("He spoke on 5 January 2023.", "5 January 2023", "2023-01-05"),
            ("He spoke on January 5th.", "January 5th", "2024-01-05"),
            ("He spoke on 10/09/2024.", "10/09/2024", "2024-09-10"),
            ("He spoke on 2024-09-10.", "2024-09-10", "2024-09-10"),
            ("He spoke yesterday.", "yesterday", "2024-09-10"),
            ("He spoke yesterday afternoon.", "yesterday", "2024-09-10"),
            ("He will speak tomorrow.", "tomorrow", "2024-09-12"),
            ("He spoke the day before yesterday.", "the day before yesterday", "2024-09-09"),
            ("He was arrested on September 2. The next day, he was charged.", "The next day", "2024-09-03"),
            ("He was arrested on September 2. Later that day, he was charged.", "that day", "2024-09-02"),
            ("He was arrested on September 2. The following morning, he was charged.", "The following morning", "2024-09-03"),
            ("He was arrested on September 2. Two days later, he was charged.", "Two days later", "2024-09-04"),
            ("He was arrested in 2019. The following year, he was charged.", "The following year", "2020"),
            ("He was arrested in 2019. A year later, he was charged.", "A year later", "2020"),
            ("He was arrested on September 2. A week later, he was charged.", "A week later", "2024-09-09"),
            ("He was arrested in 2019. Two years later, he was charged.", "Two years later", "2021"),
            ("He said on Monday, September 9, that he would go.", "September 9", "2024-09-09"),
            ("The company said Tuesday it would cut jobs.", "Tuesday", "2024-09-10"),
            ("The company will report results on Thursday.", "on Thursday", "2024-09-12"),
            ("The law took effect on Jan. 1.", "Jan. 1", "2024-01-01"),
            ("He died on Christmas Day.", "Christmas Day", "2023-12-25"),
            ("He spoke in mid-March.", "mid-March", "2024-03"),
            ("He spoke in early March.", "early March", "2024-03"),
            ("He spoke at the end of August.", "end of August", "2024-08"),
            ("He spoke in late August.", "late August", "2024-08"),
            ("He has led since January.", "January", "2024-01"),
            ("He has led since last year.", "last year", "2023"),
            ("He spoke earlier this year.", "earlier this year", "2024"),
            ("He will speak later this month.", "later this month", "2024-09"),
            ("He spoke last month.", "last month", "2024-08"),
            ("He will speak next month.", "next month", "2024-10"),
            ("He will speak next year.", "next year", "2025"),
            ("He spoke on Monday morning.", "Monday morning", "2024-09-09"),
            ("He spoke overnight Monday.", "Monday", "2024-09-09"),
            ("The Sept. 11, 2001, attacks shocked the world.", "Sept. 11, 2001", "2001-09-11"),
            ("On Sept. 11, 2001, the towers fell.", "Sept. 11, 2001", "2001-09-11"),
            ("The two met in 2015 and again in 2018.", "2018", "2018"),
            ("In September, he resigned.", "In September", "2024-09"),
            ("He resigned in August.", "in August", "2024-08"),
            ("He spoke on Tuesday 10 September.", "10 September", "2024-09-10"),
            ("He spoke at 9am on Tuesday.", "on Tuesday", "2024-09-10"),
            ("Earlier on Tuesday, he spoke.", "Tuesday", "2024-09-10"),
            ("The talks are due on Friday.", "on Friday", "2024-09-13"),
            ("He spoke three days ago.", "three days ago", "2024-09-08"),
            ("He spoke 10 days ago.", "10 days ago", "2024-09-01"),
            ("He was born in the year 2000.", "2000", "2000"),
        ],
    );
    assert!(en.is_empty(), "{}", en.join("\n"));
}

/// The year of an abbreviated month's date, the coming weekday in the
/// future tense or after "until", and the year a tense gives a day or month.
#[test]
#[rustfmt::skip]
fn weekdays_and_days_by_tense() {
    let fr = failures(
        "2024-09-12",
        &[
            (
                "Publié le 12 sept. 2024 à 10h05.",
                "12 sept. 2024",
                "2024-09-12",
            ),
            (
                "Il a été nommé le 3 janv. 2023.",
                "3 janv. 2023",
                "2023-01-03",
            ),
            (
                "Le festival se tient jusqu'à dimanche.",
                "dimanche",
                "2024-09-15",
            ),
            (
                "Il se rendra jeudi prochain à Paris.",
                "jeudi prochain",
                "2024-09-19",
            ),
            ("Il se rendra lundi à Paris.", "lundi", "2024-09-16"),
            (
                "Le sommet se tiendra samedi à Rome.",
                "samedi",
                "2024-09-14",
            ),
            ("Le scrutin aura lieu dimanche.", "dimanche", "2024-09-15"),
            ("Les syndicats manifesteront mardi.", "mardi", "2024-09-17"),
            (
                "Le ministre réunira vendredi les préfets.",
                "vendredi",
                "2024-09-13",
            ),
            ("Il viendra samedi.", "samedi", "2024-09-14"),
            ("Il a été interpellé samedi à Lyon.", "samedi", "2024-09-07"),
            ("Il s'est rendu lundi à Paris.", "lundi", "2024-09-09"),
            ("Le président s'exprimera ce soir.", "ce soir", "2024-09-12"),
            ("Il a annoncé lundi qu'il partirait.", "lundi", "2024-09-09"),
            ("Il a été nommé au mois de mars dernier.", "mars", "2024-03"),
            ("La mesure date du 1er trimestre 2023.", "2023", "2023"),
            (
                "Il a été élu en juin 2022, puis réélu.",
                "juin 2022",
                "2022-06",
            ),
            (
                "Elle est morte le 2 septembre dernier.",
                "2 septembre",
                "2024-09-02",
            ),
            ("Les faits remontent au 15 août.", "15 août", "2024-08-15"),
            (
                "Les faits remontent à fin juillet.",
                "fin juillet",
                "2024-07",
            ),
            (
                "Les faits remontent à juillet 2023.",
                "juillet 2023",
                "2023-07",
            ),
            (
                "Le procès s'ouvrira le 4 novembre.",
                "4 novembre",
                "2024-11-04",
            ),
            ("Le procès s'est ouvert le 4 mars.", "4 mars", "2024-03-04"),
            ("Il a été condamné en décembre.", "en décembre", "2023-12"),
            ("Il sera jugé en février.", "en février", "2025-02"),
        ],
    );
    let en = failures(
        "2024-09-11",
        &[
            (
                "Posted Sept. 11, 2024 at 10:05 a.m.",
                "Sept. 11, 2024",
                "2024-09-11",
            ),
            ("The festival runs until Sunday.", "Sunday", "2024-09-15"),
            (
                "He will travel to Paris on Thursday.",
                "Thursday",
                "2024-09-12",
            ),
            ("He was found dead on Saturday.", "Saturday", "2024-09-07"),
            ("He died in December.", "December", "2023-12"),
            ("He was charged on Dec. 3.", "Dec. 3", "2023-12-03"),
            ("The trial is set for Nov. 4.", "Nov. 4", "2024-11-04"),
            ("The trial began on March 4.", "March 4", "2024-03-04"),
            // A past in another clause does not outweigh a word that looks
            // ahead nearest before the day (Wednesday 11 September 2024).
            (
                "The heat is expected to peak on Monday, however the forecaster said it would last.",
                "on Monday",
                "2024-09-16",
            ),
            ("He will be sentenced in February.", "February", "2025-02"),
            (
                "The law came into force on 1 January.",
                "1 January",
                "2024-01-01",
            ),
        ],
    );
    assert!(fr.is_empty(), "{}", fr.join("\n"));
    assert!(en.is_empty(), "{}", en.join("\n"));
}

/// Years written after a phrase of the year, two months linked, the second
/// too, and a month ahead in a sentence in the future.
#[test]
#[rustfmt::skip]
fn years_after_phrases_and_pairs_of_months() {
    let fr = failures(
        "2024-09-12",
        &[
            ("Il partira à la fin de l'année 2025.", "2025", "2025"),
            ("Il partira à la fin de l'année.", "la fin de l'année", "2024"),
            ("En cette fin d'année, il part.", "fin d'année", "2024"),
            ("Les travaux auront lieu en juillet et août.", "août", "2025-08"),
            ("Les ventes ont chuté entre mars et mai.", "mars", "2024-03"),
            ("Les ventes ont chuté entre mars et mai.", "mai", "2024-05"),
            ("Il est né en l'an 2000.", "2000", "2000"),
        ],
    );
    let en = failures(
        "2024-09-11",
        &[
            ("Sales fell between March and May.", "March", "2024-03"),
            ("Sales fell between March and May.", "May", "2024-05"),
            ("It will close by the end of the year 2025.", "2025", "2025"),
            ("The vote was held in June and July.", "July", "2024-07"),
        ],
    );
    assert!(fr.is_empty(), "{}", fr.join("\n"));
    assert!(en.is_empty(), "{}", en.join("\n"));
}
