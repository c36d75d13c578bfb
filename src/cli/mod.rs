//! The command line: parses arguments, runs the explorer or a non-interactive
//! command, and turns every error into one clear message and an exit code
//! (0 fine, 1 invalid data, 2 wrong usage).

pub mod args;
mod cache;
mod dataset;
mod import;
pub use crate::export::json;
pub mod out;
pub mod table;

use dataset::{DataChoice, choose, index, index_kept_aside, load_file, with_dataset};

use crate::app::App;
use crate::cache::CachedCopy;
use crate::data::date::parse_human;
use crate::data::load::{BUILTIN_NAME, load_builtin, load_path_with};
use crate::data::{ActorKind, Dataset, LoadError};
use crate::query::actors::find_actor;
use crate::query::filter::actor_counts;
use crate::query::{Filter, timeline};
use crate::store::paths::{datasets_dir, resolve};
use crate::store::state::Store;
use crate::store::{paths, settings};
use args::{Cli, Command, FilterArgs, KindArg, OutputArgs};
use clap::Parser;
use out::{errln, outln};
use std::io::{self, IsTerminal, Write};
use std::process::ExitCode;

/// An error for the user: the message and the exit code it deserves.
#[derive(Debug)]
pub struct Failure {
    pub message: String,
    pub code: u8,
    /// Whoever read the output stopped reading (`newsline quotes | head`):
    /// not an error worth a word.
    pub closed_pipe: bool,
}

impl Failure {
    pub(crate) fn usage(message: impl Into<String>) -> Failure {
        Failure {
            message: message.into(),
            code: 2,
            closed_pipe: false,
        }
    }
}

impl From<LoadError> for Failure {
    fn from(e: LoadError) -> Failure {
        let code = match &e {
            LoadError::NotFound { .. } => 2,
            LoadError::Io { source, .. } if source.kind() == io::ErrorKind::NotFound => 2,
            _ => 1,
        };
        Failure {
            message: e.to_string(),
            code,
            closed_pipe: false,
        }
    }
}

impl From<io::Error> for Failure {
    fn from(e: io::Error) -> Failure {
        Failure {
            message: e.to_string(),
            code: 1,
            closed_pipe: e.kind() == io::ErrorKind::BrokenPipe,
        }
    }
}

impl From<serde_json::Error> for Failure {
    fn from(e: serde_json::Error) -> Failure {
        Failure {
            message: e.to_string(),
            code: 1,
            closed_pipe: e.io_error_kind() == Some(io::ErrorKind::BrokenPipe),
        }
    }
}

/// The binary's whole body.
pub fn main() -> ExitCode {
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        Err(e) => return wrong_arguments(e),
    };
    match run(cli) {
        Ok(code) => ExitCode::from(code),
        Err(f) if f.closed_pipe => ExitCode::SUCCESS,
        Err(f) => {
            // Messages quote ids, field names, file names and arguments: what
            // they hold is shown as codes, and the writer drops anything left.
            errln!("newsline: {}", crate::text::visible(&f.message));
            ExitCode::from(f.code)
        }
    }
}

/// clap's message for wrong arguments, `--help` or `--version`. It quotes the
/// arguments: when one holds what a terminal would act on, the message goes
/// plain (without clap's colours) through the cleaning writer, with such
/// chars shown as codes.
fn wrong_arguments(e: clap::Error) -> ExitCode {
    let hostile = std::env::args_os().any(|a| !crate::text::is_clean(&a.to_string_lossy()));
    if !hostile {
        e.exit();
    }
    let text = e.render().to_string();
    let text = crate::text::visible(text.trim_end());
    if e.use_stderr() {
        errln!("{text}");
    } else {
        let _ = outln!("{text}");
    }
    ExitCode::from(u8::try_from(e.exit_code()).unwrap_or(2))
}

/// Runs what the arguments ask for and returns the exit code.
pub fn run(cli: Cli) -> Result<u8, Failure> {
    let data = DataChoice {
        name: cli.data.as_deref(),
        cache: !cli.no_cache,
        allow_outside_files: cli.allow_outside_files,
    };
    match cli.command {
        None => explore(data),
        Some(Command::Check { file }) => check(file, data),
        Some(Command::Datasets) => datasets(),
        Some(Command::Cache { clear }) => cache::run(clear),
        Some(Command::Generate {
            events,
            quotes,
            actors,
            seed,
            output,
        }) => generate(events, quotes, actors, seed, output.as_deref()),
        Some(Command::Export {
            format,
            filter,
            output,
        }) => with_dataset(data, |ds, _copy| {
            let f = build_filter(ds, &filter)?;
            export(ds, &f, format, output.as_deref())
        }),
        Some(Command::Import {
            article,
            published,
            lang,
            outlet,
            title,
            into,
            json,
        }) => {
            let opts = import::options(&published, lang, outlet, title)?;
            import::run(&article, &opts, into.as_deref(), data, json)
        }
        Some(Command::Events { filter, output }) => with_dataset(data, |ds, _copy| {
            let f = build_filter(ds, &filter)?;
            events(ds, &f, &output)
        }),
        Some(Command::Quotes {
            filter,
            search,
            plain,
            output,
        }) => with_dataset(data, |ds, _copy| {
            let f = build_filter(ds, &filter)?;
            quotes(ds, _copy, &f, search.as_deref(), plain, &output)
        }),
        Some(Command::Actors { kind, output }) => {
            with_dataset(data, |ds, _| actors(ds, kind, &output))
        }
    }
}

fn explore(data: DataChoice) -> Result<u8, Failure> {
    if !io::stdout().is_terminal() || !io::stdin().is_terminal() {
        return Err(Failure::usage(
            "the explorer needs a terminal; for scripts use `newsline events`, `newsline quotes` or `newsline actors` (see --help)",
        ));
    }
    if std::env::var("TERM").is_ok_and(|t| t == "dumb") {
        return Err(Failure::usage(
            "the explorer needs a terminal that understands escape sequences, and TERM=dumb says this one does not; the commands (`newsline events`, ...) work anywhere",
        ));
    }
    // Load before touching the terminal, so a bad dataset is reported plainly.
    let (settings, mut notices) = settings::load(paths::settings_file().as_deref());
    let path = choose(data.name, &settings)?;
    let (ds, key, copy) = match &path {
        Some(p) => {
            let key = std::fs::canonicalize(p).unwrap_or_else(|_| p.clone());
            let loaded = load_file(p, data.cache, data.options(&settings))?;
            // The copy, and whether it is still to be written.
            let copy = loaded
                .copy
                .map(|c| (std::sync::Arc::new(c), !loaded.from_copy));
            (loaded.dataset, key.display().to_string(), copy)
        }
        None => (load_builtin()?, "built-in".to_string(), None),
    };
    let (mut store, state_notices) = Store::open(paths::state_file(), &key);
    notices.extend(state_notices);
    let theme = crate::ui::Theme::from_env().with_colors(&settings.colors);
    let size = crossterm::terminal::size().unwrap_or((80, 24));
    let mut app = match &copy {
        Some((copy, write)) => {
            // The copy is written after the first frames rather than before
            // them, once the index is there.
            let (copy, write) = (std::sync::Arc::clone(copy), *write);
            App::new_in_background_with(ds, size, move |ds| index_kept_aside(ds, &copy, write))
        }
        None => App::new_in_background(ds, size),
    }
    .resumed(&store.get(), notices);
    crate::terminal::install_panic_hook();
    crate::terminal::capture_mouse(!settings.no_mouse);
    let outcome = crate::terminal::run(&mut app, &theme, &mut store);
    if let Some((copy, _)) = &copy {
        // A copy or index still being written when the explorer quits is
        // left unfinished: its side file is removed rather than left behind.
        copy.remove_unfinished();
    }
    let outcome = outcome?;
    if let Some(e) = outcome.save_error {
        errln!("newsline: {e}");
    }
    match outcome.exit {
        crate::terminal::Exit::Quit => Ok(0),
        crate::terminal::Exit::Signal(n) => Ok((128 + n).clamp(0, 255) as u8),
    }
}

fn export(
    ds: &Dataset,
    f: &Filter,
    format: args::FormatArg,
    output: Option<&std::path::Path>,
) -> Result<u8, Failure> {
    use crate::export::{Format, View, render};
    let format = match format {
        args::FormatArg::Timelinejs => Format::TimelineJs,
        args::FormatArg::Markdown => Format::Markdown,
        args::FormatArg::Csv => Format::Csv,
        args::FormatArg::Json => Format::Json,
    };
    let tl = timeline(ds, f);
    let view = View {
        ds,
        timeline: &tl,
        described: f
            .describe(ds)
            .map_or("all events".into(), |w| format!("filter: {w}")),
    };
    let bytes = render(&view, format);
    match output {
        Some(path) => {
            crate::store::atomic::write(path, &bytes).map_err(|e| Failure {
                message: format!("cannot write {}: {e}", path.display()),
                code: 1,
                closed_pipe: false,
            })?;
            errln!(
                "newsline: wrote {} event{} and {} quote{} as {} to {}",
                tl.len(),
                if tl.len() == 1 { "" } else { "s" },
                view.quote_count(),
                if view.quote_count() == 1 { "" } else { "s" },
                format.name(),
                path.display()
            );
        }
        None => out::stdout().write_all(&bytes)?,
    }
    Ok(0)
}

/// Turns the filter arguments into a [`Filter`], naming any actor or date that
/// does not resolve.
pub fn build_filter(ds: &Dataset, args: &FilterArgs) -> Result<Filter, Failure> {
    let mut f = Filter::default();
    for name in &args.actor {
        let a = find_actor(ds, name, None).map_err(|e| Failure::usage(format!("--actor: {e}")))?;
        f.actors.insert(a);
    }
    for name in &args.country {
        let a = find_actor(ds, name, Some(ActorKind::Country))
            .map_err(|e| Failure::usage(format!("--country: {e}")))?;
        f.actors.insert(a);
    }
    let date = |flag: &str, text: &str| {
        parse_human(text).map_err(|e| Failure::usage(format!("{flag}: {e}")))
    };
    if let Some(from) = &args.from {
        f.from = Some(date("--from", from)?.first_day());
    }
    if let Some(to) = &args.to {
        f.to = Some(date("--to", to)?.last_day());
    }
    if let (Some(a), Some(b)) = (f.from, f.to)
        && a > b
    {
        return Err(Failure::usage(format!("--from {a} is after --to {b}")));
    }
    f.text = args.text.clone().unwrap_or_default();
    Ok(f)
}

pub(crate) fn print_json<T: serde::Serialize>(items: &[T]) -> Result<u8, Failure> {
    let mut out = out::stdout();
    json::to_writer_pretty(&mut out, items)?;
    writeln!(out)?;
    Ok(0)
}

fn events(ds: &Dataset, f: &Filter, output: &OutputArgs) -> Result<u8, Failure> {
    let limit = output.limit.unwrap_or(usize::MAX);
    let shown: Vec<usize> = timeline(ds, f)
        .iter()
        .map(|t| t.event)
        .take(limit)
        .collect();
    if output.json {
        return print_json(
            &shown
                .iter()
                .map(|&e| json::event(ds, e))
                .collect::<Vec<_>>(),
        );
    }
    if shown.is_empty() {
        // As `quotes` does: a bare header would look like a broken listing.
        errln!("no event matches");
        return Ok(0);
    }
    let rows: Vec<Vec<String>> = shown
        .iter()
        .map(|&e| {
            let ev = &ds.events[e];
            vec![
                ev.date.to_string(),
                ev.date.precision().as_str().to_string(),
                ev.quotes.len().to_string(),
                ev.title.clone(),
            ]
        })
        .collect();
    table::write(
        &mut out::stdout(),
        &["DATE", "PRECISION", "QUOTES", "EVENT"],
        &rows,
        table::output_width(),
    )?;
    Ok(0)
}

fn quotes(
    ds: &Dataset,
    copy: Option<&CachedCopy>,
    f: &Filter,
    search: Option<&str>,
    plain: bool,
    output: &OutputArgs,
) -> Result<u8, Failure> {
    let limit = output.limit.unwrap_or(usize::MAX);
    let allowed = (!f.is_empty()).then(|| f.matcher(ds).quote_mask());
    let hits: Vec<(usize, Option<i64>)> = match search {
        Some(q) => index(ds, copy)
            .search(q, allowed.as_deref())
            .into_iter()
            .map(|h| (h.quote, Some(h.score)))
            .take(limit)
            .collect(),
        None => (0..ds.quotes.len())
            .filter(|&q| allowed.as_ref().is_none_or(|a| a[q]))
            .map(|q| (q, None))
            .take(limit)
            .collect(),
    };
    if output.json {
        return print_json(
            &hits
                .iter()
                .map(|&(q, s)| json::quote(ds, q, s))
                .collect::<Vec<_>>(),
        );
    }
    if plain {
        // Buffered before the cleaning, which then sees large pieces.
        let mut out = io::BufWriter::new(out::stdout());
        for &(q, _) in &hits {
            writeln!(out, "{}", ds.quotes[q].text)?;
        }
        out.flush()?;
        return Ok(0);
    }
    if hits.is_empty() {
        errln!("no quote matches");
        return Ok(0);
    }
    let rows: Vec<Vec<String>> = hits
        .iter()
        .map(|&(qi, _)| {
            let q = &ds.quotes[qi];
            vec![
                q.date.to_string(),
                ds.actors[q.speaker].name.clone(),
                crate::text::marks::quoted(&q.text, &ds.sources[q.source.source].language),
            ]
        })
        .collect();
    table::write(
        &mut out::stdout(),
        &["DATE", "SPEAKER", "QUOTE"],
        &rows,
        table::output_width(),
    )?;
    Ok(0)
}

fn actors(ds: &Dataset, kind: Option<KindArg>, output: &OutputArgs) -> Result<u8, Failure> {
    let kind = kind.map(|k| match k {
        KindArg::Person => ActorKind::Person,
        KindArg::Country => ActorKind::Country,
        KindArg::Organization => ActorKind::Organization,
    });
    let counts = actor_counts(ds);
    let shown: Vec<usize> = crate::query::actors::narrow(ds, "", kind)
        .into_iter()
        .take(output.limit.unwrap_or(usize::MAX))
        .collect();
    if output.json {
        return print_json(
            &shown
                .iter()
                .map(|&a| json::actor(ds, a, counts[a]))
                .collect::<Vec<_>>(),
        );
    }
    let rows: Vec<Vec<String>> = shown
        .iter()
        .map(|&a| {
            let actor = &ds.actors[a];
            let country = match (actor.kind, actor.country) {
                (ActorKind::Country, _) => actor.code.clone().unwrap_or_default(),
                (_, Some(c)) => ds.actors[c].name.clone(),
                _ => String::new(),
            };
            vec![
                actor.kind.as_str().to_string(),
                actor.name.clone(),
                country,
                counts[a].0.to_string(),
                counts[a].1.to_string(),
                actor.role.clone().unwrap_or_default(),
            ]
        })
        .collect();
    table::write(
        &mut out::stdout(),
        &["KIND", "NAME", "COUNTRY", "EVENTS", "QUOTES", "ROLE"],
        &rows,
        table::output_width(),
    )?;
    Ok(0)
}

fn check(file: Option<std::path::PathBuf>, choice: DataChoice) -> Result<u8, Failure> {
    // It always reads the JSON.
    crate::alloc::return_freed_memory_at_once();
    let (settings, _) = settings::load(paths::settings_file().as_deref());
    let options = choice.options(&settings);
    let data = choice.name.or(settings.data.as_deref());
    let (name, result) = match (file, data) {
        (Some(path), _) => (path.display().to_string(), load_path_with(&path, options)),
        (None, Some(d)) => {
            let path = resolve(d)?;
            (path.display().to_string(), load_path_with(&path, options))
        }
        (None, None) => (BUILTIN_NAME.to_string(), load_builtin()),
    };
    let ds = result?;
    let n =
        |count: usize, word: &str| format!("{count} {word}{}", if count == 1 { "" } else { "s" });
    outln!(
        "{name}: valid — {}, {}, {}, {}, {}",
        n(ds.sources.len(), "source"),
        n(ds.actors.len(), "actor"),
        n(ds.events.len(), "event"),
        n(ds.quotes.len(), "quote"),
        n(ds.terms.len(), "term")
    )?;
    Ok(0)
}

fn datasets() -> Result<u8, Failure> {
    let Some(dir) = datasets_dir() else {
        return Err(Failure::usage(
            "there is no home folder, so no datasets folder; use --data FILE",
        ));
    };
    outln!("Datasets folder: {}", dir.display())?;
    let mut found: Vec<(String, u64)> = match std::fs::read_dir(&dir) {
        Ok(entries) => entries
            .filter_map(Result::ok)
            .filter(|e| e.path().extension().is_some_and(|x| x == "json"))
            .filter_map(|e| {
                let size = e.metadata().ok()?.len();
                Some((e.file_name().to_string_lossy().to_string(), size))
            })
            .collect(),
        Err(_) => Vec::new(),
    };
    found.sort();
    if found.is_empty() {
        outln!(
            "No datasets there yet. Put a dataset file there (mkdir -p \"{}\" and copy it in), \
             then open it with `newsline --data NAME`.",
            dir.display()
        )?;
        return Ok(0);
    }
    let rows: Vec<Vec<String>> = found
        .iter()
        .map(|(name, size)| {
            let stem = name.trim_end_matches(".json").to_string();
            vec![stem, human_size(*size)]
        })
        .collect();
    table::write(
        &mut out::stdout(),
        &["NAME", "SIZE"],
        &rows,
        table::output_width(),
    )?;
    Ok(0)
}

fn generate(
    events: usize,
    quotes: usize,
    actors: usize,
    seed: u64,
    output: Option<&std::path::Path>,
) -> Result<u8, Failure> {
    let ds = crate::data::generate::generate(events, quotes, actors, seed);
    let json = |w: &mut dyn Write| -> Result<(), Failure> {
        let mut w = io::BufWriter::new(w);
        serde_json::to_writer(&mut w, &ds)?;
        writeln!(w)?;
        w.flush()?;
        Ok(())
    };
    match output {
        Some(path) => {
            crate::store::atomic::write_with(path, |w| {
                let mut w = io::BufWriter::new(w);
                serde_json::to_writer(&mut w, &ds)?;
                writeln!(w)?;
                w.flush()
            })
            .map_err(|e| Failure::usage(format!("cannot write {}: {e}", path.display())))?;
            errln!(
                "wrote {} ({} events, {} quotes, {} actors)",
                path.display(),
                ds.events.len(),
                ds.quotes.len(),
                ds.actors.len()
            );
        }
        None => json(&mut out::stdout())?,
    }
    Ok(0)
}

fn human_size(bytes: u64) -> String {
    match bytes {
        b if b >= 1 << 20 => format!("{:.1} MiB", b as f64 / (1u64 << 20) as f64),
        b if b >= 1 << 10 => format!("{:.1} KiB", b as f64 / 1024.0),
        b => format!("{b} B"),
    }
}
