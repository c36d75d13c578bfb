//! How newsline's costs grow with the dataset: load (from JSON and from the
//! cached copy), index, start, filter, search per keystroke, one frame and the
//! key echo, at 10k and 100k quotes (and 1M with
//! `NEWSLINE_BENCH_SIZES=10000,100000,1000000`), side by side in one run, on
//! two corpora: the generator's small vocabulary (`small`, about 2,000 words)
//! and words drawn from real French and English (`realistic`, 80,000 words
//! at a million quotes); `NEWSLINE_BENCH_TEXT=realistic` runs one of them.
//! Each measurement is named by its corpus and size: `realistic/1000000`.
//!
//! `cargo bench --bench scale`, timed by divan: each row gives the fastest,
//! slowest, median and mean of its samples. The index is also built on one
//! thread, the baseline that the same run's figure on every core is read
//! against. A search and a key echo are timed one keystroke a sample, so
//! their median and slowest are over every prefix of every query.
//! `cargo test --bench scale` runs each benchmark once at 10k quotes of each
//! corpus (unless `NEWSLINE_BENCH_SIZES` says otherwise), as a check that all
//! of them still work.

// A bench that cannot set itself up has failed; that is the point of it.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use divan::Bencher;
use newsline::app::{Action, App};
use newsline::cache::CachedCopy;
use newsline::data::generate::Text;
use newsline::data::{ActorKind, Dataset, load_path};
use newsline::query::find::PHRASE_CHECKS;
use newsline::query::{Filter, Finder, SearchIndex, timeline};
use newsline::ui::{self, Theme};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use std::cell::RefCell;
use std::collections::{BTreeSet, HashMap};
use std::path::PathBuf;
use std::sync::{Arc, Mutex, OnceLock};
use std::time::Duration;

fn main() {
    divan::main();
}

const QUERIES: [&str; 6] = [
    "securite",
    "troupes terrestres",
    "s",
    "garanties solides",
    "l'europe doit",
    "zzzz",
];

/// What the explorer is drawn at.
const SIZE: (u16, u16) = (200, 60);

/// A generated dataset: its text and its number of quotes.
#[derive(Clone, Copy)]
struct Corpus {
    text: Text,
    n: usize,
}

impl std::fmt::Display for Corpus {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let text = match self.text {
            Text::Small => "small",
            Text::Realistic => "realistic",
        };
        write!(f, "{text}/{}", self.n)
    }
}

/// Every corpus asked for, each text at each size.
fn sizes() -> Vec<Corpus> {
    // `cargo bench` passes `--bench`; `cargo test` does not, and checks at
    // the smallest size only, to stay quick.
    let benching = std::env::args().any(|a| a == "--bench");
    let default = if benching { "10000,100000" } else { "10000" };
    let texts: Vec<Text> = std::env::var("NEWSLINE_BENCH_TEXT")
        .unwrap_or_else(|_| "small,realistic".into())
        .split(',')
        .filter_map(|t| match t.trim() {
            "small" => Some(Text::Small),
            "realistic" => Some(Text::Realistic),
            _ => None,
        })
        .collect();
    let ns: Vec<usize> = std::env::var("NEWSLINE_BENCH_SIZES")
        .unwrap_or_else(|_| default.into())
        .split(',')
        .filter_map(|s| s.trim().parse().ok())
        .collect();
    texts
        .iter()
        .flat_map(|&text| ns.iter().map(move |&n| Corpus { text, n }))
        .collect()
}

/// Every prefix of every query: what a person typing them searches for.
fn keystrokes() -> Vec<&'static str> {
    QUERIES
        .iter()
        .flat_map(|q| q.char_indices().map(|(i, c)| &q[..i + c.len_utf8()]))
        .collect()
}

/// A generated dataset of `n` quotes: its file, its cached copy, and the
/// dataset itself, made once per run and shared by every benchmark.
struct Fixture {
    path: PathBuf,
    copy: Arc<CachedCopy>,
    ds: Dataset,
}

fn fixture(corpus: Corpus) -> Arc<Fixture> {
    static MADE: OnceLock<Mutex<HashMap<String, Arc<Fixture>>>> = OnceLock::new();
    let mut made = MADE.get_or_init(Default::default).lock().unwrap();
    Arc::clone(made.entry(corpus.to_string()).or_insert_with(|| {
        let Corpus { text, n } = corpus;
        let dir = std::env::temp_dir().join("newsline-bench");
        std::fs::create_dir_all(&dir).expect("a temporary folder");
        let stem = match text {
            Text::Small => format!("q{n}"),
            Text::Realistic => format!("r{n}"),
        };
        let path = dir.join(format!("{stem}.json"));
        if !path.exists() {
            let ds = newsline::data::generate::generate_with(n / 10, n, 1000, 1, text);
            let file = std::fs::File::create(&path).expect("a bench file");
            serde_json::to_writer(std::io::BufWriter::new(file), &ds).expect("written");
        }
        let ds = load_path(&path).expect("the generated dataset loads");
        // The binary copy a later open reads instead (see cache), kept
        // beside the bench's files rather than in the user's cache folder.
        let copy = CachedCopy::at(&path, dir.join(format!("{stem}.bin"))).expect("a stamp");
        copy.write(&ds).expect("the copy is written");
        Arc::new(Fixture {
            path,
            copy: Arc::new(copy),
            ds,
        })
    }))
}

mod load {
    use super::*;

    /// Reading and checking the JSON, as on a first open.
    #[divan::bench(args = sizes(), sample_count = 5, sample_size = 1)]
    fn json(bencher: Bencher, n: Corpus) {
        let f = fixture(n);
        bencher.bench(|| load_path(&f.path).expect("the generated dataset loads"));
    }

    /// Reading the cached copy, as on every later open.
    #[divan::bench(args = sizes(), sample_count = 5, sample_size = 1)]
    fn cached_copy(bencher: Bencher, n: Corpus) {
        let f = fixture(n);
        bencher.bench(|| f.copy.read().expect("the copy reads back"));
    }

    /// Reading the search index kept beside the copy, as a later search
    /// does (written once, here, before the samples).
    #[divan::bench(args = sizes(), sample_count = 5, sample_size = 1)]
    fn cached_index(bencher: Bencher, n: Corpus) {
        let f = fixture(n);
        let ix = SearchIndex::build(&f.ds);
        f.copy
            .write_index(&f.ds, &ix)
            .expect("the index is written");
        drop(ix);
        bencher.bench(|| f.copy.read_index(f.ds.quotes.len()).expect("it reads back"));
    }
}

mod index {
    use super::*;

    /// The search index, built on every core.
    #[divan::bench(args = sizes(), sample_count = 5, sample_size = 1)]
    fn all_cores(bencher: Bencher, n: Corpus) {
        let f = fixture(n);
        bencher.bench(|| SearchIndex::build(&f.ds));
    }

    /// The baseline, in the same run: the same index on one thread.
    #[divan::bench(args = sizes(), sample_count = 5, sample_size = 1)]
    fn one_thread(bencher: Bencher, n: Corpus) {
        let f = fixture(n);
        bencher.bench(|| SearchIndex::build_with(&f.ds, 1));
    }
}

mod start {
    use super::*;

    /// The whole start of the app on this thread: index, counts, timeline.
    #[divan::bench(args = sizes(), sample_count = 3, sample_size = 1)]
    fn app(bencher: Bencher, n: Corpus) {
        let f = fixture(n);
        bencher
            .with_inputs(|| f.ds.clone())
            .bench_values(|ds| App::new(ds, SIZE));
    }

    /// The explorer's start, with the index built on a worker meanwhile.
    #[divan::bench(args = sizes(), sample_count = 3, sample_size = 1)]
    fn explorer(bencher: Bencher, n: Corpus) {
        let f = fixture(n);
        bencher
            .with_inputs(|| f.ds.clone())
            .bench_values(|ds| App::new_in_background(ds, SIZE));
    }

    /// What a later open's first frame waits for, as `newsline --data FILE`
    /// opens the explorer: the cached copy read, the app started (its
    /// worker, which reads the index kept beside the copy, starts only once
    /// the first frame is drawn), the user's last state resumed, and the
    /// first frame drawn. Between samples, untimed, the last app is dropped
    /// and its worker and dataset given time to go, so that freeing a
    /// million quotes does not run beside the next sample.
    #[divan::bench(args = sizes(), sample_count = 5, sample_size = 1)]
    fn first_frame(bencher: Bencher, n: Corpus) {
        let f = fixture(n);
        let term =
            RefCell::new(Terminal::new(TestBackend::new(SIZE.0, SIZE.1)).expect("a test backend"));
        let theme = Theme::colored();
        let last: RefCell<Option<App>> = RefCell::new(None);
        bencher
            .with_inputs(|| {
                if last.borrow_mut().take().is_some() {
                    std::thread::sleep(Duration::from_secs(2));
                }
            })
            .bench_local_values(|()| {
                let ds = f.copy.read().expect("the copy reads back");
                let copy = Arc::clone(&f.copy);
                let mut app = App::new_in_background_with(ds, SIZE, move |ds| {
                    newsline::cache::index::index_kept_aside(ds, &copy, false)
                })
                .resumed(&Default::default(), Vec::new());
                app.update(Action::Resize(SIZE.0, SIZE.1));
                term.borrow_mut()
                    .draw(|f| ui::draw(f, &app, &theme))
                    .expect("a frame");
                *last.borrow_mut() = Some(app);
            });
    }
}

mod filter {
    use super::*;

    fn by_first(ds: &Dataset, kind: ActorKind) -> Filter {
        let actor = ds
            .actors
            .iter()
            .position(|a| a.kind == kind)
            .expect("an actor of that kind");
        Filter {
            actors: BTreeSet::from([actor]),
            ..Filter::default()
        }
    }

    /// The timeline of one person.
    #[divan::bench(args = sizes(), sample_count = 9, sample_size = 1)]
    fn actor(bencher: Bencher, n: Corpus) {
        let f = fixture(n);
        let filter = by_first(&f.ds, ActorKind::Person);
        bencher.bench(|| timeline(&f.ds, &filter));
    }

    /// The timeline of one country.
    #[divan::bench(args = sizes(), sample_count = 9, sample_size = 1)]
    fn country(bencher: Bencher, n: Corpus) {
        let f = fixture(n);
        let filter = by_first(&f.ds, ActorKind::Country);
        bencher.bench(|| timeline(&f.ds, &filter));
    }
}

/// One search a sample, each the next prefix of the queries in turn: three
/// rounds of 61 keystrokes. As the explorer's worker searches: in one session,
/// its letters prepared before the first key (see `SearchSession::prepare`).
#[divan::bench(args = sizes(), sample_count = 183, sample_size = 1)]
fn search_keystroke(bencher: Bencher, n: Corpus) {
    let f = fixture(n);
    let index = SearchIndex::build(&f.ds);
    let mut session = index.session();
    while session.prepare() {}
    let typed = keystrokes();
    let mut next = typed.iter().cycle();
    bencher
        .with_inputs(|| *next.next().expect("an endless cycle"))
        .bench_local_refs(|q| session.search(q, None).len());
}

/// The explorer's whole search per key: the line read for tokens, the events
/// searched (titles, summaries, places, actors) and the quotes in the
/// worker's session, as `search_keystroke` times the quotes alone.
#[divan::bench(args = sizes(), sample_count = 183, sample_size = 1)]
fn find_keystroke(bencher: Bencher, n: Corpus) {
    let f = fixture(n);
    let finder = Finder::new(&f.ds, Arc::new(SearchIndex::build(&f.ds)));
    let mut session = finder.quotes.session();
    while session.prepare() {}
    let typed = keystrokes();
    let mut next = typed.iter().cycle();
    bencher
        .with_inputs(|| *next.next().expect("an endless cycle"))
        .bench_local_refs(|q| {
            let found = finder.find_in(&mut session, &f.ds, q, PHRASE_CHECKS);
            found.quotes.len() + found.events.len()
        });
}

/// The same keystrokes searched one at a time, each from nothing, as the
/// command line searches (`quotes --search`), whose words are all new.
#[divan::bench(args = sizes(), sample_count = 183, sample_size = 1)]
fn search_alone(bencher: Bencher, n: Corpus) {
    let f = fixture(n);
    let index = SearchIndex::build(&f.ds);
    let typed = keystrokes();
    let mut next = typed.iter().cycle();
    bencher
        .with_inputs(|| *next.next().expect("an endless cycle"))
        .bench_local_refs(|q| index.search(q, None).len());
}

mod frame {
    use super::*;

    /// One frame of `app` as it is drawn, timed.
    fn draw(bencher: Bencher, app: &App) {
        let mut term = Terminal::new(TestBackend::new(SIZE.0, SIZE.1)).expect("a test backend");
        let theme = Theme::colored();
        bencher.bench_local(|| term.draw(|f| ui::draw(f, app, &theme)).map(|_| ()));
    }

    /// An explorer that has searched for "securite", confirmed if asked.
    fn searched(n: Corpus, confirm: bool) -> App {
        let mut app = App::new(fixture(n).ds.clone(), SIZE);
        app.update(Action::OpenSearch);
        for c in "securite".chars() {
            app.update(Action::Input(c));
        }
        if confirm {
            app.update(Action::Confirm);
        }
        app
    }

    #[divan::bench(args = sizes(), sample_count = 9, sample_size = 1)]
    fn timeline(bencher: Bencher, n: Corpus) {
        draw(bencher, &App::new(fixture(n).ds.clone(), SIZE));
    }

    #[divan::bench(args = sizes(), sample_count = 9, sample_size = 1)]
    fn search(bencher: Bencher, n: Corpus) {
        draw(bencher, &searched(n, false));
    }

    #[divan::bench(args = sizes(), sample_count = 9, sample_size = 1)]
    fn detail(bencher: Bencher, n: Corpus) {
        draw(bencher, &searched(n, true));
    }
}

/// The explorer's key echo while searches run on the worker: from a key press
/// to the frame that shows it, typing every query without waiting for hits
/// (one key a sample; between queries, untimed, the search box is cleared
/// and the last search let finish).
#[divan::bench(args = sizes(), sample_count = 61, sample_size = 1)]
fn key_echo(bencher: Bencher, n: Corpus) {
    let app = RefCell::new(App::new(fixture(n).ds.clone(), SIZE));
    app.borrow_mut().search_in_background();
    let mut term = Terminal::new(TestBackend::new(SIZE.0, SIZE.1)).expect("a test backend");
    let theme = Theme::colored();
    let mut keys = QUERIES.iter().flat_map(|q| q.chars().enumerate()).cycle();
    bencher
        .with_inputs(|| {
            let (i, c) = keys.next().expect("an endless cycle");
            if i == 0 {
                let mut app = app.borrow_mut();
                while app.search().pending {
                    std::thread::sleep(Duration::from_millis(1));
                    app.update(Action::Poll);
                }
                app.update(Action::Back);
                app.update(Action::OpenSearch);
                app.update(Action::ClearInput);
            }
            c
        })
        .bench_local_values(|c| {
            let mut app = app.borrow_mut();
            app.update(Action::Input(c));
            app.update(Action::Poll);
            term.draw(|f| ui::draw(f, &app, &theme)).expect("a frame");
        });
}
