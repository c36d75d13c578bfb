#![allow(clippy::unwrap_used, clippy::expect_used)]
//! The importer's measured quality: it reads the two seed articles and is
//! scored against the hand-made built-in dataset, then reads articles written
//! for this test, in French and English, scored against their own gold files,
//! and a corpus of real published articles (tests/fixtures/corpus), whose
//! development and test parts are scored apart, per language.
//!
//! `cargo test --release --test import_eval -- --nocapture --test-threads=1`
//! prints the tables.

use chrono::NaiveDate;
use newsline::import::eval::{
    Counts, GoldDate, GoldQuote, Miss, Scores, load_dir, score, speaker_rules,
};
use newsline::import::{Options, import};
use std::collections::BTreeMap;
use std::path::Path;

const ROOT: &str = env!("CARGO_MANIFEST_DIR");

/// One article and its gold.
struct Case {
    name: String,
    published: String,
    text: String,
    quotes: Vec<GoldQuote>,
    dates: Vec<GoldDate>,
}

fn row(name: &str, c: &Counts) -> String {
    let opt = |v: Option<f64>| v.map_or("n/a".to_string(), |v| format!("{v:.2}"));
    let (p, r, f, sp, qd, d) = match c.scores() {
        Ok(s) => (
            format!("{:.2}", s.precision),
            format!("{:.2}", s.recall),
            format!("{:.2}", s.f1),
            opt(s.speaker),
            opt(s.quote_date),
            opt(s.dates),
        ),
        // No gold quote: no score at all rather than a free 1.00.
        Err(_) => Default::default(),
    };
    format!(
        "| {name} | {} | {} | {} | {p} | {r} | {f} | {sp} | {qd} | {d} |",
        c.gold, c.proposed, c.found
    )
}

const HEADER: &str = "| article | gold | proposed | found | precision | recall | F1 | speaker | quote date | date expr. |\n|---|---|---|---|---|---|---|---|---|---|";

fn run(
    text: &str,
    published: &str,
    quotes: &[GoldQuote],
    dates: &[GoldDate],
) -> (Counts, Vec<Miss>, Rules) {
    let opts = Options {
        published: NaiveDate::parse_from_str(published, "%Y-%m-%d").unwrap(),
        lang: None,
        outlet: None,
        title: None,
    };
    // No reference dataset: the importer sees only the text, as with a new story.
    let p = import(text, &opts, None);
    let (c, misses) = score(&p, quotes, dates, text);
    (c, misses, tally(speaker_rules(&p, quotes)))
}

/// For each rule that gave speakers: how many, and how many were right.
type Rules = BTreeMap<&'static str, [usize; 2]>;

fn tally(found: Vec<(&'static str, bool)>) -> Rules {
    let mut t = Rules::new();
    for (rule, right) in found {
        let n = t.entry(rule).or_default();
        n[0] += 1;
        n[1] += usize::from(right);
    }
    t
}

fn add(to: &mut Rules, from: Rules) {
    for (rule, [n, right]) in from {
        let t = to.entry(rule).or_default();
        t[0] += n;
        t[1] += right;
    }
}

/// The rules by how many speakers they gave, with their share right.
fn rules_table(title: &str, rules: &Rules) -> String {
    let mut rows: Vec<_> = rules.iter().collect();
    rows.sort_by_key(|(rule, [n, _])| (std::cmp::Reverse(*n), *rule));
    let mut out = format!("\n{title}\n| rule | speakers | right | share |\n|---|---|---|---|\n");
    for (rule, [n, right]) in rows {
        out += &format!(
            "| {rule} | {n} | {right} | {:.2} |\n",
            *right as f64 / *n as f64
        );
    }
    out
}

/// The seeds' gold: the built-in dataset's quotes with their speakers' names
/// and aliases, and the date expressions its derivation notes resolve.
fn seeds() -> Vec<Case> {
    let ds: serde_json::Value = serde_json::from_str(
        &std::fs::read_to_string(Path::new(ROOT).join("data/coalition-of-the-willing.json"))
            .unwrap(),
    )
    .unwrap();
    let names = |id: &str| -> Vec<String> {
        let a = ds["actors"]
            .as_array()
            .unwrap()
            .iter()
            .find(|a| a["id"] == id)
            .unwrap();
        let mut n = vec![a["name"].as_str().unwrap().to_string()];
        n.extend(
            a["aliases"]
                .as_array()
                .into_iter()
                .flatten()
                .map(|s| s.as_str().unwrap().to_string()),
        );
        n
    };
    let date_gold: &[(&str, &[(&str, &str)])] = &[
        (
            "rnd-masala-2024-11-26",
            &[("lundi soir", "2024-11-25"), ("en janvier", "2025-01")],
        ),
        (
            "sunday-times-2025-08-10",
            &[
                ("Le 9 août", "2025-08-09"),
                ("le 15 août", "2025-08-15"),
                ("Le même jour", "2025-08-09"),
                ("en mars dernier", "2025-03"),
            ],
        ),
    ];
    ds["sources"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| {
            let id = s["id"].as_str().unwrap();
            let file = s["file"].as_str().unwrap();
            let text = std::fs::read_to_string(Path::new(ROOT).join("data").join(file)).unwrap();
            let quotes = ds["quotes"]
                .as_array()
                .unwrap()
                .iter()
                .filter(|q| q["source"]["source"] == id)
                .map(|q| GoldQuote {
                    span: [
                        q["source"]["span"][0].as_u64().unwrap() as usize,
                        q["source"]["span"][1].as_u64().unwrap() as usize,
                    ],
                    speakers: names(q["speaker"].as_str().unwrap()),
                    date: q["date"].as_str().unwrap().to_string(),
                })
                .collect();
            let dates = date_gold
                .iter()
                .find(|(s, _)| *s == id)
                .unwrap()
                .1
                .iter()
                .map(|(t, d)| GoldDate {
                    text: t.to_string(),
                    date: d.to_string(),
                })
                .collect();
            Case {
                name: id.to_string(),
                published: s["published"].as_str().unwrap().to_string(),
                text,
                quotes,
                dates,
            }
        })
        .collect()
}

/// The articles of a fixture folder, with spans found from the gold texts.
fn own(folder: &str) -> Vec<Case> {
    load_dir(&Path::new(ROOT).join(folder))
        .unwrap_or_else(|e| panic!("{e}"))
        .into_iter()
        .map(|a| Case {
            name: a.name,
            published: a.published.format("%Y-%m-%d").to_string(),
            text: a.text,
            quotes: a.quotes,
            dates: a.dates,
        })
        .collect()
}

fn report(title: &str, set: Vec<Case>) -> Scores {
    let (total, out, _) = table(title, &set);
    println!("{out}");
    total.scores().unwrap_or_else(|e| panic!("{title}: {e}"))
}

/// The table of one set: a row per article, the total, and every miss.
fn table(title: &str, set: &[Case]) -> (Counts, String, Rules) {
    let mut total = Counts::default();
    let mut rules = Rules::new();
    let mut out = format!("\n{title}\n{HEADER}\n");
    let mut misses = String::new();
    for case in set {
        let (c, found, r) = run(&case.text, &case.published, &case.quotes, &case.dates);
        add(&mut rules, r);
        out += &format!("{}\n", row(&case.name, &c));
        for m in found {
            misses += &format!("  {}: {m:?}\n", case.name);
        }
        total += c;
    }
    out += &format!("{}\n{misses}", row("**all**", &total));
    (total, out, rules)
}

/// A share that must exist for a floor to be checked.
fn some(v: Option<f64>, what: &str) -> f64 {
    v.unwrap_or_else(|| panic!("no {what} to measure"))
}

#[test]
fn the_importer_meets_its_targets_on_the_seed_articles() {
    let s = report("Seed articles against the built-in dataset", seeds());
    assert!(s.f1 >= 0.90, "quote F1 {:.2} < 0.90", s.f1);
    let speaker = some(s.speaker, "found quote");
    assert!(speaker >= 0.90, "speaker accuracy {speaker:.2}");
    let quote_date = some(s.quote_date, "found quote");
    assert!(quote_date >= 0.90, "quote date accuracy {quote_date:.2}");
    let dates = some(s.dates, "date expression");
    assert!(dates >= 0.90, "date accuracy {dates:.2}");
}

#[test]
fn the_importer_on_articles_written_for_it() {
    // Development articles: written to exercise the patterns the issue lists,
    // and the rules were improved after seeing their first scores.
    let s = report(
        "Development articles (tests/fixtures/articles)",
        own("tests/fixtures/articles"),
    );
    // Floors that catch a regression; the figures themselves are in the README.
    assert!(s.f1 >= 0.90, "quote F1 {:.2}", s.f1);
    let speaker = some(s.speaker, "found quote");
    assert!(speaker >= 0.90, "speaker accuracy {speaker:.2}");
    let dates = some(s.dates, "date expression");
    assert!(dates >= 0.90, "date accuracy {dates:.2}");
}

#[test]
fn the_importer_on_held_out_articles() {
    // Held out: written after the rules were last changed, never used to change them.
    let s = report(
        "Held-out articles (tests/fixtures/articles/held-out)",
        own("tests/fixtures/articles/held-out"),
    );
    assert!(s.f1 >= 0.80, "quote F1 {:.2}", s.f1);
    let speaker = some(s.speaker, "found quote");
    assert!(speaker >= 0.60, "speaker accuracy {speaker:.2}");
    let dates = some(s.dates, "date expression");
    assert!(dates >= 0.60, "date accuracy {dates:.2}");
}

/// A date at one of the gold's precisions: `2025-08-09`, `2025-08` or `2025`.
fn is_gold_date(d: &str) -> bool {
    let ok = |s: &str, n: usize| s.len() == n && s.bytes().all(|b| b.is_ascii_digit());
    match d.split('-').collect::<Vec<_>>()[..] {
        [y] => ok(y, 4),
        [y, m] => ok(y, 4) && ok(m, 2),
        [_, _, _] => NaiveDate::parse_from_str(d, "%Y-%m-%d").is_ok(),
        _ => false,
    }
}

#[test]
fn the_importer_on_the_real_article_corpus() {
    // Real published articles with hand-made gold (see tests/fixtures/corpus/README.md).
    // No floor is asserted: the targets are not met yet. What is asserted
    // is that the corpus is there and well formed, so that its figures mean something.
    const SUMMARY: &str = "| part | language | articles | gold | proposed | found | precision | recall | F1 | speaker | quote date | date expr. |\n|---|---|---|---|---|---|---|---|---|---|---|---|";
    let mut summary = format!("\nReal-article corpus (tests/fixtures/corpus)\n{SUMMARY}\n");
    let mut tables = String::new();
    let mut dev_rules = Rules::new();
    for part in ["dev", "test"] {
        let dir = Path::new(ROOT).join("tests/fixtures/corpus").join(part);
        // Fails on a missing folder or gold file, or a gold text not in its article.
        let articles = load_dir(&dir).unwrap_or_else(|e| panic!("{e}"));
        let mut part_total = Counts::default();
        for lang in ["fr", "en"] {
            let set: Vec<Case> = articles
                .iter()
                .filter(|a| a.lang.as_deref() == Some(lang))
                .map(|a| Case {
                    name: a.name.clone(),
                    published: a.published.format("%Y-%m-%d").to_string(),
                    text: a.text.clone(),
                    quotes: a.quotes.clone(),
                    dates: a.dates.clone(),
                })
                .collect();
            assert!(!set.is_empty(), "corpus/{part} has no {lang} article");
            for case in &set {
                assert!(
                    !case.quotes.is_empty(),
                    "{part}/{}: no gold quote",
                    case.name
                );
                for d in case
                    .quotes
                    .iter()
                    .map(|q| &q.date)
                    .chain(case.dates.iter().map(|d| &d.date))
                {
                    assert!(is_gold_date(d), "{part}/{}: bad gold date {d:?}", case.name);
                }
            }
            let (counts, mut t, rules) = table(&format!("Corpus {part}, {lang}"), &set);
            if part == "dev" {
                add(&mut dev_rules, rules);
            }
            if part == "test" && std::env::var_os("NEWSLINE_EVAL_OPEN_TEST").is_none() {
                // The held-out part shows its total only: neither its misses nor
                // its per-article rows, so that nobody tunes on them. The
                // variable opens them, to explain its misses once the rules
                // are frozen (the README says when that was done).
                let title = format!("\nCorpus {part}, {lang}\n{HEADER}\n");
                t = format!("{title}{}\n", row("**all**", &counts));
            }
            tables += &t;
            counts
                .scores()
                .unwrap_or_else(|e| panic!("corpus/{part} {lang}: {e}"));
            summary += &summary_row(part, lang, set.len(), &counts);
            part_total += counts;
        }
        assert!(
            articles
                .iter()
                .all(|a| matches!(a.lang.as_deref(), Some("fr" | "en"))),
            "corpus/{part}: every gold file needs \"lang\": \"fr\" or \"en\""
        );
        summary += &summary_row(part, "all", articles.len(), &part_total);
    }
    // Only on dev: the test part's misses stay unseen, rule by rule too.
    tables += &rules_table("Speaker rules on the dev part, both languages", &dev_rules);
    println!("{tables}{summary}");
}

fn summary_row(part: &str, lang: &str, n: usize, c: &Counts) -> String {
    let r = row(&format!("{part} | {lang} | {n}"), c);
    format!("{r}\n")
}

#[test]
fn the_import_of_every_corpus_article_is_the_same_on_every_run() {
    // Each map gets its own random order: a rule that read one in its order
    // would give two runs in this process two answers.
    for part in ["dev", "test"] {
        let dir = Path::new(ROOT).join("tests/fixtures/corpus").join(part);
        for a in load_dir(&dir).unwrap_or_else(|e| panic!("{e}")) {
            let opts = Options {
                published: a.published,
                lang: None,
                outlet: None,
                title: None,
            };
            let once = format!("{:?}", import(&a.text, &opts, None));
            let again = format!("{:?}", import(&a.text, &opts, None));
            assert_eq!(once, again, "{} differs from one run to the next", a.name);
        }
    }
}
