#![allow(clippy::unwrap_used, clippy::expect_used)]
//! The date finder on the sentences of real news pages (tests/fixtures/dates_fr
//! and dates_en): a gold expression is found when a proposed date's text holds
//! it or is held by it (as the corpus eval pairs them, each proposal used once),
//! and right when it also means the same day, month or year.
use chrono::NaiveDate;
use newsline::import::dates::find;
use newsline::import::segment::Article;
use newsline::text::fold_key;

/// One page: its publication date, its kept sentences as one text, and the
/// gold expressions with what they mean.
struct Page {
    url: String,
    published: NaiveDate,
    text: String,
    gold: Vec<(String, String)>,
}

fn load(path: &str) -> Vec<Page> {
    let raw = std::fs::read_to_string(path).expect(path);
    let mut pages: Vec<Page> = Vec::new();
    for line in raw.lines() {
        if let Some(head) = line.strip_prefix("@ ") {
            let parts: Vec<&str> = head.split('|').map(str::trim).collect();
            assert_eq!(parts.len(), 3, "bad header {line:?}");
            pages.push(Page {
                url: parts[2].to_string(),
                published: NaiveDate::parse_from_str(parts[0], "%Y-%m-%d").expect(line),
                text: "Titre".to_string(),
                gold: Vec::new(),
            });
        } else if let Some(s) = line.strip_prefix("> ") {
            let page = pages.last_mut().expect("a sentence before any page");
            page.text.push_str("\n\n");
            page.text.push_str(s);
        } else if let Some(g) = line.strip_prefix("= ") {
            let page = pages.last_mut().expect("a gold line before any page");
            let (expr, date) = g.rsplit_once('|').expect(line);
            let expr = expr.trim().to_string();
            assert!(page.text.contains(&expr), "{expr:?} not in {}", page.url);
            page.gold.push((expr, date.trim().to_string()));
        }
    }
    pages
}

/// Gold expressions, those found, those right, proposals paired with none,
/// and a line for each miss.
#[derive(Default)]
struct Tally {
    gold: usize,
    found: usize,
    right: usize,
    extra: usize,
    misses: Vec<String>,
}

fn tally(pages: &[Page]) -> Tally {
    let mut t = Tally::default();
    for page in pages {
        let article = Article::new(&page.text);
        let proposed: Vec<(String, String)> = find(&article, page.published)
            .into_iter()
            .map(|m| (fold_key(&article.text(m.chars)), m.date.iso()))
            .collect();
        let mut used = vec![false; proposed.len()];
        for (expr, want) in &page.gold {
            t.gold += 1;
            let key = fold_key(expr);
            let got = (0..proposed.len())
                .filter(|&i| !used[i])
                .filter(|&i| proposed[i].0.contains(&key) || key.contains(proposed[i].0.as_str()))
                .min_by_key(|&i| {
                    (
                        proposed[i].0 != key,
                        proposed[i].0.len().abs_diff(key.len()),
                    )
                });
            match got {
                Some(i) => {
                    used[i] = true;
                    t.found += 1;
                    if proposed[i].1 == *want {
                        t.right += 1;
                    } else {
                        t.misses.push(format!(
                            "wrong {expr:?}: want {want}, got {:?} = {} ({})",
                            proposed[i].0, proposed[i].1, page.published
                        ));
                    }
                }
                None => t.misses.push(format!(
                    "missed {expr:?} = {want} ({}, {})",
                    page.published, page.url
                )),
            }
        }
        for (i, (text, date)) in proposed.iter().enumerate() {
            if !used[i] {
                t.extra += 1;
                t.misses
                    .push(format!("extra {text:?} = {date} ({})", page.url));
            }
        }
    }
    t
}

fn report(lang: &str, t: &Tally) {
    eprintln!(
        "real dates, {lang}: {} gold, {} found, {} right ({:.2}), {} extra",
        t.gold,
        t.found,
        t.right,
        t.right as f64 / t.gold.max(1) as f64,
        t.extra
    );
    for m in &t.misses {
        eprintln!("  {lang} {m}");
    }
}

/// Right expressions reached on each fixture: a rule removed must make this
/// fail, so the floors are the figures reached, not below.
const FR_RIGHT: usize = 266;
const EN_RIGHT: usize = 119;

#[test]
fn the_date_finder_on_real_news_sentences() {
    let fr = tally(&load("tests/fixtures/dates_fr/articles.txt"));
    let en = tally(&load("tests/fixtures/dates_en/articles.txt"));
    report("fr", &fr);
    report("en", &en);
    assert!(fr.right >= FR_RIGHT, "fr right {} < {FR_RIGHT}", fr.right);
    assert!(en.right >= EN_RIGHT, "en right {} < {EN_RIGHT}", en.right);
}

/// Whether the expression `expr` of `text`, published on `published`, is
/// found meaning `want`; a line saying what was found instead.
fn failure(published: &str, text: &str, expr: &str, want: &str) -> Option<String> {
    let a = Article::new(&format!("Titre\n\n{text}"));
    let p = NaiveDate::parse_from_str(published, "%Y-%m-%d").unwrap();
    let got: Vec<(String, String)> = find(&a, p)
        .into_iter()
        .map(|m| (a.text(m.chars), m.date.iso()))
        .collect();
    let key = fold_key(expr);
    let hit = got.iter().find(|(t, d)| {
        let t = fold_key(t);
        (t.contains(&key) || key.contains(t.as_str())) && d == want
    });
    hit.is_none()
        .then(|| format!("{expr:?} want {want}, got {got:?} in {text:?}"))
}

/// The rules the real sentences taught, each on a sentence of its kind.
#[test]
#[rustfmt::skip]
fn rules_the_real_sentences_taught() {
    let cases: &[(&str, &str, &str, &str)] = &[
        // A participle that looks ahead right before a weekday.
        ("2022-06-27", "Le verdict est attendu mercredi.", "mercredi", "2022-06-29"),
        // A conditional of what may come.
        ("2022-06-27", "Les débats pourraient s'achever mercredi.", "mercredi", "2022-06-29"),
        // The weekday of publication is that day, whatever the tense.
        ("2022-06-29", "La cour doit rendre mercredi soir son verdict.", "mercredi soir", "2022-06-29"),
        ("2019-09-04", "The notice went out Wednesday that the plant will shut down.", "Wednesday", "2019-09-04"),
        ("2015-03-15", "A news conference is scheduled for later in the day on Sunday.", "on Sunday", "2015-03-15"),
        // A past verb, the name of who speaks, then the day.
        ("2022-06-27", "L'élection aura lieu en 2027, a déclaré Jean-Marie Le Pen vendredi.", "vendredi", "2022-06-24"),
        // A weekday after the day it names.
        ("2019-04-05", "Il devrait remettre sa démission aujourd'hui vendredi.", "vendredi", "2019-04-05"),
        // A month after "depuis", "since": the last one up to publication.
        ("2022-06-29", "Ils sont jugés depuis septembre.", "depuis septembre", "2021-09"),
        ("2020-11-10", "He was the fourth officer to be killed since December.", "since December", "2019-12"),
        // "quinze jours", "huit jours": whole weeks.
        ("2020-07-08", "La LFP avait donné des indications il y a quinze jours.", "il y a quinze jours", "2020-06-24"),
        ("2020-07-08", "Le calendrier sera connu dans huit jours.", "huit jours", "2020-07-15"),
        // A span of months written with a hyphen: both months.
        ("2018-05-16", "Le bilan du plan (juin 2017-mai 2018) sera fait.", "juin", "2017-06"),
        ("2018-05-16", "Le bilan du plan (juin 2017-mai 2018) sera fait.", "mai 2018", "2018-05"),
        // A list of years after a plural noun of years.
        ("2021-12-01", "Le plan vaut pour les années 2021, 2022 et 2023.", "2022", "2022"),
        ("2021-12-01", "Le plan vaut pour les années 2021, 2022 et 2023.", "2023", "2023"),
        ("2021-12-01", "The plan covers the years 2021 and 2022.", "2022", "2022"),
        // The English article "a" is no French auxiliary of the past.
        ("2019-09-04", "Layoffs will occur in a second phase from December 15 to 29.", "December 15", "2019-12-15"),
        // A day and month, a comma, then the year.
        ("2019-10-01", "She complained to the police on the 12th June, 2018, when she was 28.", "12th June, 2018", "2018-06-12"),
        // "dès" before a weekday looks ahead, unless the sentence tells a past.
        ("2020-10-28", "L'Allemagne ferme restaurants et salles de sport dès lundi.", "dès lundi", "2020-11-02"),
        ("2021-08-02", "Dès vendredi, un accident s'est produit à Tournai.", "vendredi", "2021-07-30"),
        // A year in two figures, this year's, before an hour.
        ("2021-05-24", "Publié le 24 Mai 21 à 8:02 par la rédaction.", "24 Mai 21", "2021-05-24"),
        // "into" before a month.
        ("2025-05-28", "Layoffs will run into August.", "into August", "2025-08"),
        // Third batch. A weekday no tense places: the nearest one, so the
        // coming one up to three days ahead.
        ("2021-12-03", "Le championnat reprend ce samedi avec trois matchs.", "ce samedi", "2021-12-04"),
        ("2011-11-18", "Samedi 19 heures", "Samedi", "2011-11-19"),
        ("2023-03-08", "Heavy rain could cause flooding on Thursday.", "on Thursday", "2023-03-09"),
        // A word that looks ahead before it: the coming one.
        ("2011-11-18", "L'entraîneur va diriger son premier match lundi soir.", "lundi soir", "2011-11-21"),
        // A simple past anywhere in its sentence: the last one.
        ("2018-01-29", "Residents attended a meeting on Tuesday to set out their proposals.", "on Tuesday", "2018-01-23"),
        // A weekday ending its line is no name of the next line's words.
        ("2011-11-18", "Dimanche\n\nBrest reçoit Sochaux à 17 heures.", "Dimanche", "2011-11-20"),
        // "a lieu", "il y a", "has to": presents, no past.
        ("2021-12-03", "Il y a sept matchs dimanche.", "dimanche", "2021-12-05"),
        ("2022-05-18", "La répétition générale a lieu vendredi au stade.", "vendredi", "2022-05-20"),
        ("2023-08-17", "City has to play on Saturday.", "on Saturday", "2023-08-19"),
        // "cette après-midi" (either gender), "ce jour" (the formal today).
        ("2018-12-20", "Il a donné une conférence cette après-midi à Kinshasa.", "cette après-midi", "2018-12-20"),
        ("2019-10-03", "La décision est intervenue ce jour à Yaoundé.", "ce jour", "2019-10-03"),
        // A weekday compared with takes no tense: the nearest one.
        ("2025-11-20", "Winds will be lighter than on Wednesday.", "on Wednesday", "2025-11-19"),
        // A year ending a noun phrase an English article opens; "approach".
        ("2018-11-06", "The firm is on track for a solid 2018 and an even better 2019.", "2018", "2018"),
        ("2018-11-06", "The firm is on track for a solid 2018 and an even better 2019.", "2019", "2019"),
        ("2017-10-29", "Business needs certainty as we approach 2018, she said.", "2018", "2018"),
        // "est survenu", "sont partis": a past with "être".
        ("2019-10-03", "Le drame est survenu samedi soir à Yaoundé.", "samedi soir", "2019-09-28"),
        // A word after a determiner that ends like a participle is a noun
        // ("la 11e journée"): no past.
        ("2021-10-23", "La 11e journée se poursuit ce samedi, avant un dimanche de grands matchs.", "dimanche", "2021-10-24"),
        // A numeric date with a two-figure year after slashes.
        ("2021-12-03", "Mis à jour le 02/12/21 à 18:45.", "02/12/21", "2021-12-02"),
    ];
    let fails: Vec<String> = cases
        .iter()
        .filter_map(|(p, text, expr, want)| failure(p, text, expr, want))
        .collect();
    assert!(fails.is_empty(), "{}", fails.join("\n"));
}
