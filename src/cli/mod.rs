//! The command line: parses arguments, runs the explorer or a non-interactive
//! command, and turns every error into one clear message and an exit code
//! (0 fine, 1 invalid data, 2 wrong usage).

pub mod args;
mod cache;
mod dataset;
mod import;
mod lists;
mod new;
pub use crate::export::json;
pub mod out;
pub mod table;

use dataset::{DataChoice, choose, index_kept_aside, load_file, missing_articles, with_dataset};
pub(crate) use lists::print_json;
use lists::{actors, events, quotes};

use crate::app::App;
use crate::data::date::parse_human;
use crate::data::load::{BUILTIN_NAME, load_builtin, load_path_with};
use crate::data::{ActorKind, Dataset, LoadError};
use crate::query::actors::find_actor;
use crate::query::{Filter, timeline};
use crate::store::paths::resolve;
use crate::store::state::Store;
use crate::store::{paths, settings};
use args::{Cli, Command, FilterArgs};
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
        Some(Command::Datasets) => new::datasets(),
        Some(Command::New {
            target,
            title,
            from_builtin,
        }) => new::run(&target, title.as_deref(), from_builtin),
        Some(Command::Cache { clear }) => cache::run(clear),
        Some(Command::Generate {
            events,
            quotes,
            actors,
            seed,
            text,
            output,
        }) => generate(events, quotes, actors, seed, text, output.as_deref()),
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
            review,
        }) => {
            let opts = import::options(&published, lang, outlet, title)?;
            if review {
                return import::review(&article, opts, into.as_deref(), data);
            }
            import::run(&article, &opts, into.as_deref(), data, json)
        }
        Some(Command::Events {
            filter,
            search,
            output,
        }) => with_dataset(data, |ds, copy| {
            let f = build_filter(ds, &filter)?;
            events(ds, copy, &f, search.as_deref(), &output)
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
    explore_then(data, |_| Ok(()))
}

/// The explorer, with `then` done to the app before it is shown.
pub(crate) fn explore_then(
    data: DataChoice,
    then: impl FnOnce(&mut App) -> Result<(), Failure>,
) -> Result<u8, Failure> {
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
    let origin = path.as_ref().map(|p| crate::app::review::Origin {
        path: p.clone(),
        options: data.options(&settings),
        // One `stat`: the file is read whole only if a review begins.
        loaded: crate::import::review::commit::LoadedFile::before_loading(p),
    });
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
    if let Some((copy, _)) = &copy {
        notices.extend(copy.take_notices());
    }
    notices.extend(missing_articles(&ds).into_iter().chain(state_notices));
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
    .resumed(&store.get(), notices)
    .with_origin(origin);
    // A dataset file is watched, and can be corrected; the built-in one cannot.
    if let Some(p) = &path {
        app = app.with_file(p.clone(), data.options(&settings));
    }
    then(&mut app)?;
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
        None => {
            let mut out = out::stdout();
            out.write_all(&bytes)?;
            out.flush()?;
        }
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

fn check(file: Option<std::path::PathBuf>, choice: DataChoice) -> Result<u8, Failure> {
    // It always reads the JSON.
    crate::alloc::return_freed_memory_at_once();
    let (settings, _) = settings::load(paths::settings_file().as_deref());
    let options = crate::data::load::LoadOptions {
        missing_articles_are_problems: true,
        ..choice.options(&settings)
    };
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

fn generate(
    events: usize,
    quotes: usize,
    actors: usize,
    seed: u64,
    text: args::TextArg,
    output: Option<&std::path::Path>,
) -> Result<u8, Failure> {
    use crate::data::generate::{Text, generate_with};
    let text = match text {
        args::TextArg::Small => Text::Small,
        args::TextArg::Realistic => Text::Realistic,
    };
    let ds = generate_with(events, quotes, actors, seed, text);
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
        None => {
            let mut out = out::stdout();
            serde_json::to_writer(&mut out, &ds)?;
            writeln!(out)?;
            out.flush()?;
        }
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
