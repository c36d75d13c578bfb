//! `newsline import`: reads an article, prints what the importer proposes, and
//! with `--into` merges it into a dataset file.

use super::args::LangArg;
use super::{Failure, print_json};
use crate::data::Precision;
use crate::data::date::parse_human;
use crate::data::load::{Kind, LoadOptions, load_path_with, read_text};
use crate::import::{Lang, MAX_ARTICLE_BYTES, Options, Proposal, import, merge};
use crate::store::lock::lock_dataset;
use crate::store::{paths, settings};
use crate::text::clean;
use std::io::{self, Write};
use std::path::Path;

pub fn options(
    published: &str,
    lang: Option<LangArg>,
    outlet: Option<String>,
    title: Option<String>,
) -> Result<Options, Failure> {
    let date = parse_human(published).map_err(|e| Failure::usage(format!("--published: {e}")))?;
    if date.precision() != Precision::Day {
        return Err(Failure::usage(format!(
            "--published: `{published}` is not a day; give the day the article came out (2025-08-10), relative dates count from it"
        )));
    }
    Ok(Options {
        published: date.first_day(),
        lang: lang.map(|l| match l {
            LangArg::Fr => Lang::Fr,
            LangArg::En => Lang::En,
        }),
        outlet: outlet.map(|s| clean(&s, false)),
        title: title.map(|s| clean(&s, false)),
    })
}

pub fn run(
    article: &Path,
    opts: &Options,
    into: Option<&Path>,
    data: super::DataChoice,
    json: bool,
) -> Result<u8, Failure> {
    // Control characters and carriage returns go: spans count the cleaned text,
    // which is what --into copies beside the dataset.
    let text = clean(&read_text(article, Kind::Article, MAX_ARTICLE_BYTES)?, true);
    if text.trim().is_empty() {
        return Err(Failure {
            message: format!("{}: the article is empty", article.display()),
            code: 1,
            closed_pipe: false,
        });
    }
    // A name as for --data; a dataset not there yet is started.
    let into = into.map(super::new::into_dataset).transpose()?;
    let into = into.as_deref();
    let mut options = LoadOptions::default();
    let reference = match into {
        Some(path) => {
            let (settings, notices) = settings::load(paths::settings_file().as_deref());
            for n in notices {
                eprintln!("newsline: {n}");
            }
            options = data.options(&settings);
            Some(load_path_with(path, options)?)
        }
        None => Some(
            super::dataset::load(super::DataChoice {
                cache: false,
                ..data
            })?
            .0,
        ),
    };
    let proposal = import(&text, opts, reference.as_ref());
    if let Some(path) = into {
        // Taken once the dataset is known to load (a dataset that does not
        // gets no lock file beside it); merge_into reads it again under it.
        let lock = lock_dataset(path, || {
            eprintln!(
                "newsline: waiting for another newsline writing {}…",
                path.display()
            );
        })
        .map_err(|e| Failure {
            message: format!("cannot write {}: {e}", path.display()),
            code: 1,
            closed_pipe: false,
        })?;
        let report =
            merge::merge_into(path, &lock, article, &text, &proposal, options).map_err(|e| {
                Failure {
                    message: e.to_string(),
                    code: 1,
                    closed_pipe: false,
                }
            })?;
        drop(lock);
        if json {
            return print_json(&[report]);
        }
        super::out::outln!("{}", report.message())?;
        return Ok(0);
    }
    if json {
        let mut out = super::out::stdout();
        super::json::to_writer_pretty(&mut out, &proposal)?;
        writeln!(out)?;
        out.flush()?;
        return Ok(0);
    }
    let mut out = super::out::stdout();
    summary(&mut out, &proposal)?;
    out.flush()?;
    Ok(0)
}

/// `import --review`: the explorer on the dataset to import into, with the
/// article's proposals open in the review screen.
pub fn review(
    article: &Path,
    opts: Options,
    into: Option<&Path>,
    data: super::DataChoice,
) -> Result<u8, Failure> {
    use crate::app::review::{Answer, Imported, Work};
    let text = crate::import::review::commit::read_article(article).map_err(|message| Failure {
        message,
        code: 1,
        closed_pipe: false,
    })?;
    let name = into.map(|p| p.to_string_lossy().into_owned());
    let data = super::DataChoice {
        name: name.as_deref().or(data.name),
        ..data
    };
    super::explore_then(data, |app| {
        let Some(origin) = &app.workbench.origin else {
            return Err(Failure::usage(
                "--review needs a dataset file to add to: give --into DATASET or --data DATASET",
            ));
        };
        let imported = Imported {
            article: article.to_path_buf(),
            proposal: import(&text, &opts, Some(app.ds())),
            since: origin.loaded.fingerprint(&origin.path),
            text,
        };
        let work = Work::Imported(Ok(imported));
        app.update(crate::app::Action::WorkDone(Answer(std::sync::Arc::new(
            work,
        ))));
        Ok(())
    })
}

fn percent(c: f32) -> String {
    format!("{:.0}%", c * 100.0)
}

/// The readable summary: what was found, where, and how sure.
pub fn summary(out: &mut impl Write, p: &Proposal) -> io::Result<()> {
    let s = &p.source;
    writeln!(
        out,
        "{}\n  {}, published {}, {} characters{}\n",
        s.title,
        s.language,
        s.published,
        s.chars,
        s.outlet
            .as_deref()
            .map(|o| format!(", {o}"))
            .unwrap_or_default()
    )?;
    writeln!(out, "QUOTES ({})", p.quotes.len())?;
    for q in &p.quotes {
        writeln!(
            out,
            "  [{}–{}] {}",
            q.span[0],
            q.span[1],
            crate::text::marks::quote(&q.text, s.language)
        )?;
        match &q.speaker {
            Some(sp) => writeln!(
                out,
                "      by {}{} ({}, {})",
                sp.name,
                sp.existing
                    .as_deref()
                    .map(|id| format!(" [{id}]"))
                    .unwrap_or_else(|| " [new]".into()),
                sp.cue,
                percent(sp.confidence)
            )?,
            None => writeln!(out, "      by ? (no speaker found)")?,
        }
        writeln!(out, "      on {} ({})", q.date, q.date_rule)?;
    }
    writeln!(out, "\nDATES ({})", p.dates.len())?;
    for d in &p.dates {
        writeln!(
            out,
            "  [{}–{}] {:<18} {:<10} {}",
            d.span[0], d.span[1], d.text, d.date, d.rule
        )?;
    }
    writeln!(out, "\nACTORS ({})", p.actors.len())?;
    for a in &p.actors {
        writeln!(
            out,
            "  {:<40} {:<12} {:>2}×  {}",
            a.name,
            a.kind,
            a.mentions.len(),
            a.existing
                .as_deref()
                .map(|id| format!("= {id}"))
                .unwrap_or_else(|| "new".into())
        )?;
    }
    writeln!(out, "\nEVENTS ({})", p.events.len())?;
    for e in &p.events {
        writeln!(out, "  {:<10} {}", e.date, e.title)?;
    }
    if !p.labels.is_empty() {
        let labels: Vec<String> = p.labels.iter().map(|l| format!("« {} »", l.text)).collect();
        writeln!(
            out,
            "\nLABELS, NOT SPEECH ({}): {}",
            p.labels.len(),
            labels.join(", ")
        )?;
    }
    writeln!(
        out,
        "\nTo add these to a dataset: newsline import ARTICLE --published DATE --into DATASET"
    )?;
    Ok(())
}
