#![allow(clippy::unwrap_used, clippy::expect_used)]
//! Exports of a dataset written to attack whoever publishes them, read back the
//! way a publisher's tools read them: TimelineJS's fields through an HTML
//! tokenizer, following what TimelineJS 3.9 does with each; the Markdown
//! through a CommonMark renderer, its HTML checked for tags and links; the CSV
//! through a CSV reader that trims cells, as a spreadsheet does.

mod common;

use common::home::Home;
use html5gum::{Token, Tokenizer};
use serde_json::Value;

const FIXTURE: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/tests/fixtures/hostile/export-markup.json"
);

fn export(format: &str) -> Vec<u8> {
    let out = Home::at(&std::env::temp_dir().join("newsline-hostile-export-home"))
        .newsline()
        .args(["export", "--data", FIXTURE, "--format", format])
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    out.stdout
}

/// What an HTML tokenizer makes of `html`: its tags (name and attributes, in
/// lower case as a browser has them), and its text with entities decoded.
#[derive(Debug, Default)]
struct Html {
    tags: Vec<(String, Vec<(String, String)>)>,
    text: String,
    /// Comments and doctypes: markup the data should never produce.
    other: usize,
}

fn tokenize(html: &str) -> Html {
    let mut out = Html::default();
    for token in Tokenizer::new(html) {
        match token.unwrap() {
            Token::StartTag(tag) => {
                let attrs = tag
                    .attributes
                    .iter()
                    .map(|(k, v)| {
                        (
                            String::from_utf8_lossy(k).into_owned(),
                            String::from_utf8_lossy(v).into_owned(),
                        )
                    })
                    .collect();
                out.tags
                    .push((String::from_utf8_lossy(&tag.name).into_owned(), attrs));
            }
            Token::String(s) => out.text += &String::from_utf8_lossy(&s),
            Token::EndTag(_) | Token::Error(_) => {}
            Token::Comment(_) | Token::Doctype(_) => out.other += 1,
        }
    }
    out
}

fn is_web(url: &str) -> bool {
    let lower = url.to_ascii_lowercase();
    lower.starts_with("http://") || lower.starts_with("https://")
}

/// Every tag is one the exporter writes itself, with no attribute a browser
/// would run or load from: only `href`, and only to a web address.
fn assert_only_our_tags(field: &str, html: &str, allowed: &[&str]) {
    let parsed = tokenize(html);
    assert_eq!(parsed.other, 0, "{field}: a comment or doctype in {html}");
    for (name, attrs) in &parsed.tags {
        assert!(
            allowed.contains(&name.as_str()),
            "{field}: a <{name}> tag the data made, in {html}"
        );
        for (k, v) in attrs {
            assert!(
                name == "a" && k == "href" && is_web(v),
                "{field}: attribute {k}={v:?} on <{name}>, in {html}"
            );
        }
    }
}

/// TimelineJS's `headline` and `text`: sanitised, then set as HTML, and (unless
/// the slide says `autolink: false`) "autolinked" in a way that copies quotes
/// into an attribute. `group`: decoded once (`stripMarkup`), then set as HTML
/// with no sanitiser.
#[test]
fn timelinejs_fields_hold_no_markup_from_the_data() {
    let v: Value = serde_json::from_slice(&export("timelinejs")).unwrap();
    let events = v["events"].as_array().unwrap();
    assert_eq!(events.len(), 6);
    let mut groups = Vec::new();
    for (i, slide) in std::iter::once(&v["title"]).chain(events).enumerate() {
        assert_eq!(slide["autolink"], false, "slide {i}: autolink is on");
        let headline = slide["text"]["headline"].as_str().unwrap();
        assert_only_our_tags("headline", headline, &[]);
        let text = slide["text"]["text"].as_str().unwrap();
        assert_only_our_tags(
            "text",
            text,
            &["p", "blockquote", "br", "cite", "small", "a"],
        );
        if let Some(group) = slide.get("group") {
            let group = group.as_str().unwrap();
            // stripMarkup: a DOMParser's textContent, entities decoded once.
            let stripped = tokenize(group).text;
            // Then innerHTML: it must hold no tag at all.
            let shown = tokenize(&stripped);
            assert!(
                shown.tags.is_empty() && shown.other == 0,
                "group {group:?} becomes the markup {stripped:?}"
            );
            groups.push(shown.text);
        }
        if let Some(id) = slide.get("unique_id") {
            let id = id.as_str().unwrap();
            assert!(
                id.chars()
                    .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_'),
                "{id}"
            );
        }
    }
    // The markup shows as the text it was, not as nothing.
    assert!(
        groups.contains(&"&lt;img src=x onerror=alert(1)&gt;".to_string()),
        "{groups:?}"
    );
    assert!(
        groups.contains(&"<img src=x onerror=alert(2)>".to_string()),
        "{groups:?}"
    );
    let e1 = events.iter().find(|e| e["unique_id"] == "e1").unwrap();
    assert_eq!(
        tokenize(e1["text"]["headline"].as_str().unwrap()).text,
        "<img src=x onerror=alert('title')>"
    );
    // Sources link to web addresses only: the one `http` source of e4 is a
    // link, its `javascript:` neighbour of e5 is not.
    let e4 = tokenize(
        events.iter().find(|e| e["unique_id"] == "e4").unwrap()["text"]["text"]
            .as_str()
            .unwrap(),
    );
    let hrefs: Vec<&str> = e4
        .tags
        .iter()
        .flat_map(|(_, a)| a.iter().map(|(_, v)| v.as_str()))
        .collect();
    assert_eq!(hrefs, ["http://example.org/ok?a=1&b=2"]);
}

/// The Markdown as a CommonMark renderer (with GitHub's extensions) shows it.
#[test]
fn markdown_renders_to_only_the_chronologys_own_html() {
    use pulldown_cmark::{Options, Parser, html};
    let md = String::from_utf8(export("markdown")).unwrap();
    let options = Options::ENABLE_FOOTNOTES
        | Options::ENABLE_TABLES
        | Options::ENABLE_STRIKETHROUGH
        | Options::ENABLE_TASKLISTS;
    let mut out = String::new();
    html::push_html(&mut out, Parser::new_ext(&md, options));
    for raw in ["<script", "<img", "<svg", "<iframe"] {
        assert!(!out.contains(raw), "{raw} in\n{out}");
    }
    let parsed = tokenize(&out);
    assert_eq!(parsed.other, 0, "{out}");
    let mut hrefs = Vec::new();
    for (name, attrs) in &parsed.tags {
        // What the chronology itself is made of: headings, paragraphs, block
        // quotes, emphasis, links, and footnotes (sup, div). No list, rule,
        // code, table or image can come from a field.
        assert!(
            ["h1", "h2", "h3", "p", "blockquote", "em", "a", "sup", "div"].contains(&name.as_str()),
            "a <{name}> in\n{out}"
        );
        for (k, v) in attrs {
            match k.as_str() {
                "href" => {
                    assert!(is_web(v) || v.starts_with('#'), "href={v:?} in\n{out}");
                    if is_web(v) {
                        hrefs.push(v.clone());
                    }
                }
                "class" | "id" => {}
                _ => panic!("attribute {k}={v:?} on <{name}> in\n{out}"),
            }
        }
    }
    let count = |tag: &str| parsed.tags.iter().filter(|(n, _)| n == tag).count();
    // One title, five sections (four months and the sources), six events:
    // no field made a heading of its own.
    assert_eq!((count("h1"), count("h2"), count("h3")), (1, 5, 6), "{out}");
    // Seven sources, each a footnote.
    assert_eq!(count("div"), 7, "{out}");
    // The two web addresses are links, whole; the five others are text.
    hrefs.sort();
    assert_eq!(
        hrefs,
        [
            "http://example.org/ok?a=1&b=2",
            "https://example.org/a%20b%3Cc%3E%22d'e)%5D(javascript:alert(1))",
        ]
    );
    // Markup in the data shows as the text it was.
    for shown in [
        "![x](http://evil.example/i.png)",
        "<script>alert('o')</script>",
        "javascript:alert(1)",
        "&lt;img src=x onerror=alert(1)&gt;",
        "- list # heading",
    ] {
        assert!(parsed.text.contains(shown), "{shown:?} not shown in\n{out}");
    }
}

/// A CSV reader that trims every cell, as spreadsheets do before deciding
/// that a cell is a formula.
#[test]
fn csv_cells_are_never_formulas_once_trimmed() {
    let bytes = export("csv");
    let mut reader = csv::ReaderBuilder::new()
        .trim(csv::Trim::All)
        .from_reader(&bytes[..]);
    let mut guarded = 0;
    let mut rows = 0;
    for record in reader.records() {
        rows += 1;
        for cell in record.unwrap().iter() {
            assert!(
                !cell.chars().any(newsline::text::is_unsafe_char),
                "a control in {cell:?}"
            );
            // Past ASCII trimming, also any Unicode space.
            let trimmed = cell.trim_start_matches(char::is_whitespace);
            if trimmed.starts_with('\'') {
                guarded += 1;
                continue;
            }
            assert!(
                !trimmed.starts_with(['=', '+', '-', '@', '＝', '＋', '－', '＠']),
                "a spreadsheet would run {cell:?}"
            );
        }
    }
    assert_eq!(rows, 8);
    // The fixture's formulas are there, guarded, not dropped.
    assert!(guarded >= 15, "{guarded} guarded cells");
}
