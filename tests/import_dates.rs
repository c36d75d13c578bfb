#![allow(clippy::unwrap_used, clippy::expect_used)]
//! Date expressions of real news, one test per kind of pattern: what each is
//! found as and what it resolves to against the publication date.
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

fn check(text: &str, published: &str, want: &[(&str, &str)]) {
    let want: Vec<(String, String)> = want
        .iter()
        .map(|(a, b)| (a.to_string(), b.to_string()))
        .collect();
    assert_eq!(dates(text, published), want, "in: {text}");
}

#[test]
fn the_eve_of_an_event() {
    // Dated after it: the day before that date.
    check(
        "Il est arrivé la veille du sommet prévu le 12 juin.",
        "2025-06-10",
        &[("la veille", "2025-06-11"), ("le 12 juin", "2025-06-12")],
    );
    // Not dated: "à la veille de" is the day the story is at.
    check(
        "Questionné ce vendredi, à la veille de retrouver le Danemark, il a parlé.",
        "2022-11-25",
        &[("ce vendredi", "2022-11-25"), ("à la veille", "2022-11-25")],
    );
}

#[test]
fn a_weekday_after_a_past_participle_or_before_an_inverted_subject() {
    // A future word later in the sentence does not move it to next week.
    check(
        "Interrogé mardi sur la prochaine réforme, il doit répondre.",
        "2025-06-12",
        &[("mardi", "2025-06-10")],
    );
    check(
        "The suspect, arrested on Monday, will appear in court.",
        "2025-06-12",
        &[("on Monday", "2025-06-09")],
    );
    // Between the verb and its subject, a weekday is no name's first word.
    check(
        "Le texte a réagi mardi Jean Dupont, qui doit partir.",
        "2025-06-12",
        &[("mardi", "2025-06-10")],
    );
}

#[test]
fn parts_of_a_year_and_years_around() {
    check(
        "Il viendra début 2024. Le projet date de mi-2023. Ça a commencé vers 2020. Dès 1995, rien.",
        "2023-06-12",
        &[
            ("début 2024", "2024"),
            ("mi-2023", "2023"),
            ("vers 2020", "2020"),
            ("Dès 1995", "1995"),
        ],
    );
    check(
        "It will happen early 2024, by mid-2024 and at the end of 2023. It started around 2020. \
         The end of the year is near.",
        "2023-06-12",
        &[
            ("early 2024", "2024"),
            ("mid-2024", "2024"),
            ("the end of 2023", "2023"),
            ("around 2020", "2020"),
            ("The end of the year", "2023"),
        ],
    );
}

#[test]
fn months_as_modifiers_and_from_a_month() {
    check(
        "Before the March election, he spoke.",
        "2023-06-12",
        &[("March", "2023-03")],
    );
    check(
        "It will open in May of next year. Il a parlé en mars de l'an dernier.",
        "2022-11-20",
        &[
            ("in May of next year", "2023-05"),
            ("en mars de l'an dernier", "2021-03"),
        ],
    );
    // At six months either way, "from July" looks ahead.
    check(
        "He will replace her as chief executive from July.",
        "2023-01-30",
        &[("from July", "2023-07")],
    );
    // So does "until", "jusqu'en": how long something lasts from now.
    check(
        "He is taking over command until November.",
        "2009-05-26",
        &[("until November", "2009-11")],
    );
    check(
        "Il assure l'intérim jusqu'en novembre.",
        "2009-05-26",
        &[("en novembre", "2009-11")],
    );
}

#[test]
fn fixed_phrases_of_the_lexicon() {
    check(
        "L'an dernier, rien. Last year, nothing. Last night he said. On New Year's Eve they met.",
        "2023-01-02",
        &[
            ("L'an dernier", "2022"),
            ("Last year", "2022"),
            ("Last night", "2023-01-01"),
            ("New Year's Eve", "2022-12-31"),
        ],
    );
    check(
        "Le 9 janvier, ils ont voté. A day earlier, he left.",
        "2023-01-12",
        &[
            ("Le 9 janvier", "2023-01-09"),
            ("A day earlier", "2023-01-08"),
        ],
    );
    // Vague: no date.
    check(
        "In recent days, nothing. Ces derniers jours, rien.",
        "2023-06-12",
        &[],
    );
}

#[test]
fn days_written_out_in_figures_or_words() {
    check(
        "Le 1er juin, rien. Le premier juin, rien. Le 09/02/2024, rien. Le 11.09.2025 rien.",
        "2023-06-12",
        &[
            ("Le 1er juin", "2023-06-01"),
            ("Le premier juin", "2023-06-01"),
            ("Le 09/02/2024", "2024-02-09"),
            ("Le 11.09.2025", "2025-09-11"),
        ],
    );
    // "prochain" after a day and month: the next one, though the last is nearer.
    check(
        "Le procès est renvoyé au 28 octobre prochain.",
        "2021-11-03",
        &[("au 28 octobre prochain", "2022-10-28")],
    );
}

#[test]
fn years_in_brackets_for_a_purpose_and_counted_from_the_last_date() {
    check(
        "Les ventes avaient chuté en 2019 à un niveau inconnu depuis longtemps (2008). \
         Trois ans plus tard, elles reprennent, avec des objectifs pour 2023.",
        "2022-05-10",
        &[
            ("en 2019", "2019"),
            ("(2008)", "2008"),
            ("Trois ans plus tard", "2022"),
            ("pour 2023", "2023"),
        ],
    );
    check(
        "The plant opened on March 3, 2020. Two days later, it closed.",
        "2020-06-01",
        &[
            ("on March 3, 2020", "2020-03-03"),
            ("Two days later", "2020-03-05"),
        ],
    );
}

#[test]
fn the_time_last_mentioned_and_noon() {
    // "à l'époque" is the time the article last named, at its precision.
    check(
        "Elle fut ministre il y a vingt ans. A l'époque, elle parlait peu. Ce midi, rien.",
        "2014-04-02",
        &[
            ("il y a vingt ans", "1994"),
            ("A l'époque", "1994"),
            ("Ce midi", "2014-04-02"),
        ],
    );
}

#[test]
fn a_weekday_with_its_day_a_holiday_in_one_word_and_counts_forward() {
    // Published on Tuesday 7 May 2024: "jeudi 9" is two days on, not last week.
    check(
        "Le conseil se réunira jeudi 9 pour voter.",
        "2024-05-07",
        &[("jeudi 9", "2024-05-09")],
    );
    // "lundi 9 h" is an hour, not a day of the month.
    check(
        "Rendez-vous lundi 9 h.",
        "2024-05-07",
        &[("lundi", "2024-05-06")],
    );
    check(
        "Le défilé du 14-Juillet aura lieu dans trois jours.",
        "2024-07-11",
        &[
            ("du 14-Juillet", "2024-07-14"),
            ("dans trois jours", "2024-07-14"),
        ],
    );
    check(
        "Le 2 mai, il est parti. Le surlendemain, il est revenu. La nuit dernière, rien.",
        "2024-05-07",
        &[
            ("Le 2 mai", "2024-05-02"),
            ("Le surlendemain", "2024-05-04"),
            ("La nuit dernière", "2024-05-06"),
        ],
    );
}

#[test]
fn the_night_from_one_day_to_the_next_is_the_day_it_starts() {
    check(
        "Il a été tué dans la nuit du 4 au 5 juin, puis la veille a été évoquée.",
        "2025-06-12",
        &[
            ("nuit du 4", "2025-06-04"),
            ("au 5 juin", "2025-06-05"),
            ("la veille", "2025-06-04"),
        ],
    );
    // Published on a Thursday: the Monday before, then that Tuesday.
    check(
        "Le mât a été scié dans la nuit de lundi à mardi.",
        "2025-06-12",
        &[("nuit de lundi", "2025-06-09"), ("mardi", "2025-06-10")],
    );
}

#[test]
fn the_day_after_an_event_seasons_with_a_year_and_parts_of_this_month() {
    // Published on Friday 4 October 2019: the attack was on Thursday.
    check(
        "Il a parlé au lendemain de l'attaque perpétrée jeudi.",
        "2019-10-04",
        &[("au lendemain", "2019-10-04"), ("jeudi", "2019-10-03")],
    );
    // With no dated event, the day the story is at.
    check(
        "Au lendemain de sa victoire, il a parlé.",
        "2025-06-12",
        &[("Au lendemain", "2025-06-12")],
    );
    // A season alone is vague; with a year, it says the year.
    check(
        "Il a parlé à l'été 2023, cet hiver et in the summer of 2021.",
        "2025-06-12",
        &[("été 2023", "2023"), ("summer of 2021", "2021")],
    );
    check(
        "Pour le groupe, 2024 est une année clé, et le premier trimestre 2025 aussi.",
        "2024-02-07",
        &[("2024", "2024"), ("trimestre 2025", "2025")],
    );
    check(
        "Il viendra courant mars, puis courant 2026, avant la fin du mois de mai.",
        "2025-02-12",
        &[
            ("courant mars", "2025-03"),
            ("courant 2026", "2026"),
            ("de mai", "2025-05"),
        ],
    );
    check(
        "Il a parlé le mois passé et en début d'année; he will speak later this month.",
        "2025-06-12",
        &[
            ("le mois passé", "2025-05"),
            ("en début d'année", "2025"),
            ("later this month", "2025-06"),
        ],
    );
}

#[test]
fn a_vague_phrase_is_passed_over_whole() {
    // "à ce jour" is up to now: no date, and its "ce jour" is not today.
    check(
        "À ce jour, aucune arrestation n'a été faite.",
        "2019-10-03",
        &[],
    );
    check(
        "La décision est intervenue ce jour, à Yaoundé.",
        "2019-10-03",
        &[("ce jour", "2019-10-03")],
    );
}

#[test]
fn a_year_after_an_article_only_when_it_ends_the_phrase() {
    check(
        "The club is on track for a solid 2018, its chief said.",
        "2018-11-06",
        &[("2018", "2018")],
    );
    // A year before its noun qualifies it: no date.
    check("The club had a record 2018 season.", "2018-11-06", &[]);
    // Two figures after dots may be a version: no date.
    check("La version 1.2.21 corrige le défaut.", "2021-12-03", &[]);
}

#[test]
fn a_weekday_with_a_part_of_the_day_or_a_comma_before_a_date_is_one_expression() {
    check(
        "Mardi matin 22 avril 2008, une collision a eu lieu.",
        "2008-04-22",
        &[("Mardi matin 22 avril 2008", "2008-04-22")],
    );
    check(
        "The election will be held on Saturday, September 14.",
        "2013-01-30",
        &[("on Saturday, September 14", "2013-09-14")],
    );
    check(
        "They met on Tuesday, 23 January, to talk.",
        "2018-01-29",
        &[("on Tuesday, 23 January", "2018-01-23")],
    );
}

#[test]
fn a_count_before_its_noun_is_no_month() {
    // "sept" is seven before a noun, September before a year.
    check(
        "La commission envisage un report de sept jours des élections.",
        "2018-12-20",
        &[],
    );
    check(
        "Le scrutin a eu lieu en sept 2018.",
        "2018-12-20",
        &[("en sept 2018", "2018-09")],
    );
}
