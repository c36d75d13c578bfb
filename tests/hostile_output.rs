//! Nothing a dataset, an article, a file name, a setting or an argument holds
//! reaches the terminal as a control: every command, every message, every
//! export and every `--json` is run on hostile input, and its stdout and
//! stderr must hold no control char (C0 but the newline, C1, DEL), no bidi or
//! invisible char, and no flood of combining marks.
// A test that cannot unwrap has failed; that is the point of it.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use common::home::Home;
use newsline::text::{MAX_MARKS, is_unsafe_char};
use std::path::PathBuf;
use unicode_normalization::char::is_combining_mark;

/// A valid dataset whose ids are plain and whose every other field holds
/// the attack: what the listings and exports are walked with.
const VALID: &str = "tests/fixtures/hostile/out-valid.json";
/// The same dataset with the attack in every id and reference: refused.
const HOSTILE_IDS: &str = "tests/fixtures/hostile/out-ids.json";
/// What the fixtures hold; `gnp` is in each, so a message that carries
/// the attack (cleaned) can be told from one that says nothing.
const ATTACK: &str = "\u{1b}]52;c;cHduZWQ=\u{7}\u{1b}]0;pwned\u{7}\u{9b}31m\u{1b}[2J\u{202e}gnp\u{2066}\u{200b}\u{ad}\u{13430}\u{600}\u{115f}\u{2800}\u{34f}\u{fe0f}\u{e0100}\u{e0041}\u{2028}\u{85}\u{7f}\r";
const MARKER: &str = "gnp";

/// Runs newsline with `args` in `home`, checks both streams and returns them.
fn run(home: &Home, args: &[&str]) -> Ran {
    let out = home.newsline().args(args).output().unwrap();
    let what = format!("newsline {args:?}");
    assert_safe(&format!("stdout of {what}"), &out.stdout);
    assert_safe(&format!("stderr of {what}"), &out.stderr);
    Ran {
        code: out.status.code(),
        stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
        what,
    }
}

struct Ran {
    code: Option<i32>,
    stdout: String,
    stderr: String,
    what: String,
}

impl Ran {
    /// The attack was in what this printed (so the check above meant something).
    /// `code` 0 is success; any other means a failure, whose exact code
    /// tests/cli.rs holds.
    fn carried(&self, code: i32) -> &Ran {
        let as_expected = match code {
            0 => self.code == Some(0),
            _ => self.code.is_some_and(|c| c != 0),
        };
        assert!(
            as_expected,
            "{}: exit {:?}: {}",
            self.what, self.code, self.stderr
        );
        assert!(
            self.stdout.contains(MARKER) || self.stderr.contains(MARKER),
            "{}: the hostile text is not in the output:\n{}\n{}",
            self.what,
            self.stdout,
            self.stderr
        );
        self
    }
}

/// Fails on any control but the newline, any unsafe char, and any run of
/// combining marks longer than newsline lets through.
fn assert_safe(what: &str, bytes: &[u8]) {
    let text = String::from_utf8_lossy(bytes);
    let mut marks = 0;
    for (i, c) in text.char_indices() {
        if c != '\n' && (c.is_control() || is_unsafe_char(c)) {
            let before: String = text[..i].chars().rev().take(40).collect();
            let before: String = before.chars().rev().collect();
            panic!("{what}: {c:?} at byte {i}, after {before:?}");
        }
        marks = if is_combining_mark(c) { marks + 1 } else { 0 };
        assert!(
            marks <= MAX_MARKS,
            "{what}: {marks} combining marks in a row at byte {i}"
        );
    }
}

#[test]
fn check_shows_hostile_ids_references_fields_dates_and_schemas_as_codes() {
    let home = Home::new();
    assert_eq!(run(&home, &["check", VALID]).code, Some(0));
    for bad in ["problems", "unknown-field", "schema", "date", "variant"] {
        let file = format!("tests/fixtures/hostile/out-{bad}.json");
        let ran = run(&home, &["check", &file]);
        ran.carried(1);
        // The user is told what is there, so they can find it.
        assert!(ran.stderr.contains(r"\u{1b}]52;c;"), "{}", ran.stderr);
        assert!(ran.stderr.contains(r"\u{202e}"), "{}", ran.stderr);
    }
    // The same messages when the file is opened by any command.
    run(
        &home,
        &[
            "--data",
            "tests/fixtures/hostile/out-problems.json",
            "events",
        ],
    )
    .carried(1);
}

/// Fails on any control but the newline, and any unsafe char, in a string
/// the JSON decodes to: what `jq -r '.[0].id'` would write to the terminal.
/// Combining marks are data, kept on load and escaped in the JSON; it is
/// the terminal's output that limits their runs.
fn assert_decoded_safe(what: &str, value: &serde_json::Value) {
    match value {
        serde_json::Value::String(s) => {
            let bad = s
                .chars()
                .find(|&c| c != '\n' && (c.is_control() || is_unsafe_char(c)));
            assert!(bad.is_none(), "{what}: {bad:?} in {s:?}");
        }
        serde_json::Value::Array(all) => all.iter().for_each(|v| assert_decoded_safe(what, v)),
        serde_json::Value::Object(all) => all.iter().for_each(|(k, v)| {
            assert_decoded_safe(what, &serde_json::Value::String(k.clone()));
            assert_decoded_safe(what, v);
        }),
        _ => {}
    }
}

#[test]
fn a_dataset_with_hostile_ids_is_refused_by_check_and_every_command() {
    let home = Home::new();
    let ran = run(&home, &["check", HOSTILE_IDS]);
    ran.carried(1);
    // One problem for each record (1 source, 3 actors, 2 events, 1 quote),
    // each naming the record with its id as codes; the references to those
    // ids add nothing.
    let why =
        "the id holds a control, bidi or invisible character; ids must be plain printable text";
    assert!(ran.stderr.contains("7 problems"), "{}", ran.stderr);
    assert_eq!(ran.stderr.matches(why).count(), 7, "{}", ran.stderr);
    assert_eq!(ran.stderr.matches("  - ").count(), 7, "{}", ran.stderr);
    for record in ["source `src", "actor `p", "event `e2", "quote `q"] {
        let named = format!(r"{record}\u{{1b}}]52;c;");
        assert!(ran.stderr.contains(&named), "{named}: {}", ran.stderr);
    }
    assert!(ran.stderr.contains("(quotes[0])"), "{}", ran.stderr);
    let commands: &[&[&str]] = &[
        &["check"],
        &["events"],
        &["events", "--json"],
        &["quotes", "--json"],
        &["quotes", "--plain"],
        &["actors", "--json"],
        &["export", "--format", "json"],
        &["export", "--format", "csv"],
        &["export", "--format", "markdown"],
        &["export", "--format", "timelinejs"],
        &[
            "import",
            "tests/fixtures/articles/fr-otan.txt",
            "--published",
            "2025-01-02",
        ],
    ];
    for args in commands {
        for cache in [&[][..], &["--no-cache"][..]] {
            let mut all = vec!["--data", HOSTILE_IDS];
            all.extend_from_slice(cache);
            all.extend_from_slice(args);
            let ran = run(&home, &all);
            assert_eq!(ran.code, Some(1), "{}: {}", ran.what, ran.stderr);
            ran.carried(1);
            assert!(ran.stdout.is_empty(), "{}: {}", ran.what, ran.stdout);
            assert!(ran.stderr.contains(why), "{}: {}", ran.what, ran.stderr);
        }
    }
    // Nor is an article merged into it.
    let into = home.join("into.json");
    std::fs::copy(HOSTILE_IDS, &into).unwrap();
    let into = into.to_str().unwrap();
    let args = [
        "import",
        "tests/fixtures/articles/fr-otan.txt",
        "--published",
        "2025-01-02",
        "--into",
        into,
    ];
    run(&home, &args).carried(1);
    assert_eq!(
        std::fs::read(into).unwrap(),
        std::fs::read(HOSTILE_IDS).unwrap()
    );
}

#[test]
fn every_listing_of_a_hostile_dataset_is_clean() {
    let home = Home::new();
    let listings: &[&[&str]] = &[
        &["events"],
        &["events", "--json"],
        &["events", "--limit", "1"],
        &["quotes"],
        &["quotes", "--plain"],
        &["quotes", "--json"],
        &["quotes", "--search", "Dit"],
        &["quotes", "--search", "Dit", "--json"],
        &["actors"],
        &["actors", "--json"],
        &["actors", "--kind", "country"],
    ];
    for args in listings {
        for cache in [&[][..], &["--no-cache"][..]] {
            let mut all = vec!["--data", VALID];
            all.extend_from_slice(cache);
            all.extend_from_slice(args);
            let ran = run(&home, &all);
            assert_eq!(ran.code, Some(0), "{}: {}", ran.what, ran.stderr);
        }
    }
    // What the JSON decodes to is clean too: a `jq -r` of any field writes
    // nothing that drives the terminal. Ids, which are not cleaned on load,
    // are plain or the dataset is refused (the test above); every text field
    // is cleaned on load, so no unsafe char reaches the JSON from a dataset
    // and their escaping is held by export::json's unit test
    // `unsafe_chars_are_escaped_and_read_back`.
    for args in [
        &["events", "--json"][..],
        &["quotes", "--json"],
        &["actors", "--json"],
    ] {
        let mut all = vec!["--data", VALID];
        all.extend_from_slice(args);
        let ran = run(&home, &all);
        ran.carried(0);
        let value: serde_json::Value = serde_json::from_str(&ran.stdout).unwrap();
        assert_decoded_safe(&ran.what, &value);
    }
    let ran = run(&home, &["--data", VALID, "events", "--json"]);
    let events: serde_json::Value = serde_json::from_str(&ran.stdout).unwrap();
    assert_eq!(events[0]["id"], "e");
}

#[test]
fn every_export_to_stdout_is_clean() {
    let home = Home::new();
    for format in ["timelinejs", "markdown", "csv", "json"] {
        let ran = run(&home, &["--data", VALID, "export", "--format", format]);
        assert_eq!(ran.code, Some(0), "{}: {}", ran.what, ran.stderr);
        assert!(
            ran.stdout.contains("Zalgo") || ran.stdout.contains("Z\u{301}"),
            "{format}"
        );
    }
    let ran = run(&home, &["--data", VALID, "export", "--format", "json"]);
    ran.carried(0);
    let value: serde_json::Value = serde_json::from_str(&ran.stdout).unwrap();
    assert_decoded_safe(&ran.what, &value);
    // Written to a file: the message names it, the file name is hostile,
    // and what is published is as clean as what is printed.
    let formats = [
        ("timelinejs", "json"),
        ("markdown", "md"),
        ("csv", "csv"),
        ("json", "json"),
    ];
    for (format, ext) in formats {
        let out = home.join(format!("out{ATTACK}.{ext}"));
        let out = out.to_str().unwrap();
        run(
            &home,
            &["--data", VALID, "export", "--format", format, "-o", out],
        )
        .carried(0);
        assert_safe(&format!("the {format} file"), &std::fs::read(out).unwrap());
    }
}

#[test]
fn the_datasets_folder_listing_is_clean() {
    let home = Home::new();
    std::fs::create_dir_all(home.datasets()).unwrap();
    let name = format!("story{ATTACK}.json");
    std::fs::copy(VALID, home.datasets().join(&name)).unwrap();
    run(&home, &["datasets"]).carried(0);
    // And opened by its name, which the messages then quote.
    let stem = name.trim_end_matches(".json");
    run(&home, &["--data", stem, "check"]).carried(0);
    run(&home, &["--data", stem, "events"]);
}

#[test]
fn settings_with_hostile_content_give_clean_notices() {
    let home = Home::new();
    std::fs::create_dir_all(home.config_file().parent().unwrap()).unwrap();
    let toml_string = |s: &str| {
        s.chars()
            .map(|c| {
                if c.is_control() {
                    format!("\\u{:04X}", u32::from(c))
                } else {
                    c.to_string()
                }
            })
            .collect::<String>()
    };
    // A colour that is not one: a notice quoting it.
    std::fs::write(
        home.config_file(),
        format!("[theme]\naccent = \"red{}\"\n", toml_string(ATTACK)),
    )
    .unwrap();
    run(&home, &["events"]).carried(0);
    // A dataset name that is not found: the error quotes it.
    std::fs::write(
        home.config_file(),
        format!("data = \"nowhere{}\"\n", toml_string(ATTACK)),
    )
    .unwrap();
    run(&home, &["events"]).carried(2);
    run(&home, &["check"]).carried(2);
    // A broken file: toml's message quotes the unknown key, raw.
    std::fs::write(
        home.config_file(),
        format!("\"key{}\" = 1\n", toml_string(ATTACK)),
    )
    .unwrap();
    run(&home, &["events"]).carried(0);
}

#[test]
fn hostile_arguments_are_shown_as_codes() {
    let home = Home::new();
    let arg = |prefix: &str| format!("{prefix}{ATTACK}");
    let runs: Vec<(Vec<String>, i32)> = vec![
        (vec!["events".into(), "--actor".into(), arg("nobody")], 2),
        (vec!["events".into(), "--country".into(), arg("nowhere")], 2),
        (vec!["quotes".into(), "--from".into(), arg("2025")], 2),
        (vec!["events".into(), "--to".into(), arg("soon")], 2),
        (vec!["--data".into(), arg("missing"), "events".into()], 2),
        (vec!["check".into(), arg("missing.json")], 2),
        (
            vec![
                "import".into(),
                arg("missing.txt"),
                "--published".into(),
                "2025-01-02".into(),
            ],
            2,
        ),
        (
            vec![
                "import".into(),
                "tests/fixtures/articles/fr-otan.txt".into(),
                "--published".into(),
                arg("x"),
            ],
            2,
        ),
        (vec!["events".into(), arg("extra")], 2),
        (vec!["events".into(), "--limit".into(), arg("")], 2),
        (vec!["export".into(), "--format".into(), arg("pdf")], 2),
    ];
    for (args, code) in runs {
        let args: Vec<&str> = args.iter().map(String::as_str).collect();
        run(&home, &args).carried(code);
    }
    // A search for the attack itself.
    run(&home, &["quotes", "--search", &arg("x")]);
    run(&home, &["events", "--text", &arg("x")]);
}

/// The hostile article: a file name holding the attack, a text holding it too.
fn hostile_article(home: &Home) -> PathBuf {
    let text = std::fs::read_to_string("tests/fixtures/articles/fr-otan.txt").unwrap();
    let path = home.join(format!("article{ATTACK}.txt"));
    std::fs::write(
        &path,
        format!("{text}\n« Nous {ATTACK} agirons », a déclaré Jean{ATTACK} Dupont.\n"),
    )
    .unwrap();
    path
}

#[test]
fn import_summaries_and_merges_are_clean() {
    let home = Home::new();
    let article = hostile_article(&home);
    let art = article.to_str().unwrap();
    // Against a dataset whose every text is hostile: the summary names them.
    let ran = run(
        &home,
        &["--data", VALID, "import", art, "--published", "2025-01-02"],
    );
    assert_eq!(ran.code, Some(0), "{}", ran.stderr);
    run(
        &home,
        &[
            "--data",
            VALID,
            "import",
            art,
            "--published",
            "2025-01-02",
            "--outlet",
            &format!("Le Monde{ATTACK}"),
            "--json",
        ],
    );
    // Into a copy, under a hostile name: the message names both files.
    let into = home.join(format!("into{ATTACK}.json"));
    std::fs::copy(VALID, &into).unwrap();
    let into = into.to_str().unwrap();
    let args = ["import", art, "--published", "2025-01-02", "--into", into];
    run(&home, &args).carried(0);
    // Again: "already a source", naming them again.
    run(&home, &args).carried(0);
    let mut json = args.to_vec();
    json.push("--json");
    let ran = run(&home, &json);
    ran.carried(0);
    serde_json::from_str::<serde_json::Value>(&ran.stdout).unwrap();
}

#[test]
fn a_flood_of_combining_marks_keeps_a_border_in_place() {
    use ratatui::Terminal;
    use ratatui::backend::TestBackend;
    use ratatui::widgets::{Block, Borders, Paragraph};
    let flood = format!("a{}b{}c", "\u{301}".repeat(50), "\u{20dd}".repeat(50));
    let mut term = Terminal::new(TestBackend::new(12, 3)).unwrap();
    term.draw(|f| {
        let area = f.area();
        f.render_widget(
            Paragraph::new(flood.as_str()).block(Block::default().borders(Borders::ALL)),
            area,
        );
        newsline::ui::scrub(f.buffer_mut());
    })
    .unwrap();
    let buf = term.backend().buffer();
    let corners = [("┌", "┐"), ("│", "│"), ("└", "┘")];
    for (y, (left, right)) in corners.into_iter().enumerate() {
        let y = y as u16;
        assert_eq!((buf[(0, y)].symbol(), buf[(11, y)].symbol()), (left, right));
    }
    for cell in buf.content() {
        let marks = cell
            .symbol()
            .chars()
            .filter(|&c| is_combining_mark(c))
            .count();
        assert!(marks <= MAX_MARKS, "{:?}", cell.symbol());
    }
    assert_eq!(
        buf[(1, 1)].symbol(),
        format!("a{}", "\u{301}".repeat(MAX_MARKS))
    );
}

#[test]
fn the_fixtures_hold_the_attack() {
    // Guard against a fixture rewritten without it.
    for f in [
        "valid",
        "ids",
        "problems",
        "unknown-field",
        "schema",
        "date",
        "variant",
    ] {
        let text = std::fs::read_to_string(format!("tests/fixtures/hostile/out-{f}.json")).unwrap();
        let value: serde_json::Value = serde_json::from_str(&text).unwrap();
        assert!(
            value
                .to_string()
                .contains(&serde_json::to_string(ATTACK).unwrap()[1..20]),
            "{f}"
        );
    }
    // Every id of the walked dataset is plain, every id of the refused one
    // holds the attack.
    for (file, hostile) in [(VALID, false), (HOSTILE_IDS, true)] {
        let value: serde_json::Value =
            serde_json::from_str(&std::fs::read_to_string(file).unwrap()).unwrap();
        for list in ["sources", "actors", "events", "quotes"] {
            for record in value[list].as_array().unwrap() {
                let id = record["id"].as_str().unwrap();
                assert_eq!(id.contains(ATTACK), hostile, "{file}: {id:?}");
            }
        }
    }
}
