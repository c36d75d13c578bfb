//! How newsline's costs grow with the dataset: load (from JSON and from the
//! cached copy), index, filter, search per
//! keystroke and one frame, at 10k and 100k quotes (and 1M with
//! `NEWSLINE_BENCH_SIZES=10000,100000,1000000`), side by side in one run.
//!
//! `cargo bench --bench scale`. Each figure is the median of repeated runs; for
//! search, the median and the worst over every prefix of every query.

// A bench that cannot set itself up has failed; that is the point of it.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use newsline::app::{Action, App};
use newsline::cache::CachedCopy;
use newsline::data::{ActorKind, load_path};
use newsline::query::{Filter, SearchIndex, timeline};
use newsline::ui::{self, Theme};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use std::collections::BTreeSet;
use std::time::{Duration, Instant};

const QUERIES: [&str; 6] = [
    "securite",
    "troupes terrestres",
    "s",
    "garanties solides",
    "l'europe doit",
    "zzzz",
];

fn median(mut v: Vec<Duration>) -> Duration {
    v.sort();
    v[v.len() / 2]
}

fn time<T>(runs: usize, mut f: impl FnMut() -> T) -> (Duration, T) {
    let mut times = Vec::with_capacity(runs);
    let mut last = None;
    for _ in 0..runs {
        let start = Instant::now();
        let out = f();
        times.push(start.elapsed());
        last = Some(out);
    }
    (median(times), last.expect("at least one run"))
}

fn ms(d: Duration) -> String {
    format!("{:.2}", d.as_secs_f64() * 1000.0)
}

fn frame(app: &App) -> Duration {
    let mut term = Terminal::new(TestBackend::new(200, 60)).expect("a test backend");
    let theme = Theme::colored();
    time(9, || term.draw(|f| ui::draw(f, app, &theme)).map(|_| ())).0
}

/// The explorer's key echo while searches run on the worker: from a key press
/// to the frame that shows it, typing every query without waiting for hits.
/// The worst over every key.
fn key_echo(app: &mut App) -> Duration {
    let mut term = Terminal::new(TestBackend::new(200, 60)).expect("a test backend");
    let theme = Theme::colored();
    app.search_in_background();
    let mut worst = Duration::ZERO;
    for q in QUERIES {
        app.update(Action::Back);
        app.update(Action::OpenSearch);
        app.update(Action::ClearInput);
        for c in q.chars() {
            let start = Instant::now();
            app.update(Action::Input(c));
            app.update(Action::Poll);
            term.draw(|f| ui::draw(f, app, &theme)).expect("a frame");
            worst = worst.max(start.elapsed());
        }
        while app.search().pending {
            std::thread::sleep(Duration::from_millis(1));
            app.update(Action::Poll);
        }
    }
    worst
}

fn main() {
    let sizes: Vec<usize> = std::env::var("NEWSLINE_BENCH_SIZES")
        .unwrap_or_else(|_| "10000,100000".into())
        .split(',')
        .filter_map(|s| s.trim().parse().ok())
        .collect();
    let dir = std::env::temp_dir().join("newsline-bench");
    std::fs::create_dir_all(&dir).expect("a temporary folder");
    println!(
        "| quotes | file MB | load+check ms | load from copy ms | index ms | index 1 thread ms | app start ms | explorer start ms | filter actor ms | filter country ms | search median ms | search worst ms | frame timeline ms | frame search ms | frame detail ms | key echo worst ms |"
    );
    println!("|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|");
    for n in sizes {
        let path = dir.join(format!("q{n}.json"));
        if !path.exists() {
            let ds = newsline::data::generate::generate(n / 10, n, 1000, 1);
            let file = std::fs::File::create(&path).expect("a bench file");
            serde_json::to_writer(std::io::BufWriter::new(file), &ds).expect("written");
        }
        let mb = std::fs::metadata(&path).map_or(0.0, |m| m.len() as f64 / 1e6);
        let runs = if n >= 1_000_000 { 3 } else { 5 };
        let (load, ds) = time(runs, || {
            load_path(&path).expect("the generated dataset loads")
        });
        // The binary copy a later open reads instead (see cache), kept
        // beside the bench's files rather than in the user's cache folder.
        let copy = CachedCopy::at(&path, dir.join(format!("q{n}.bin"))).expect("a stamp");
        copy.write(&ds).expect("the copy is written");
        let (from_copy, _) = time(runs, || copy.read().expect("the copy reads back"));
        let (index, _) = time(runs, || SearchIndex::build(&ds));
        // The baseline, in the same run: the same index on one thread.
        let (index_one, _) = time(runs, || SearchIndex::build_with(&ds, 1));
        // The whole start of the explorer (index, counts, timeline), once: it
        // takes the dataset.
        let copy = ds.clone();
        let start = Instant::now();
        let mut app = App::new(copy, (200, 60));
        let app_start = start.elapsed();

        let person = ds
            .actors
            .iter()
            .position(|a| a.kind == ActorKind::Person)
            .expect("a person");
        let country = ds
            .actors
            .iter()
            .position(|a| a.kind == ActorKind::Country)
            .expect("a country");
        let by = |a| Filter {
            actors: BTreeSet::from([a]),
            ..Filter::default()
        };
        let (f_actor, _) = time(9, || timeline(&ds, &by(person)));
        let (f_country, _) = time(9, || timeline(&ds, &by(country)));
        let search_index = app.index().expect("built on this thread");
        let mut keystrokes = Vec::new();
        for q in QUERIES {
            for end in q.char_indices().map(|(i, c)| i + c.len_utf8()) {
                keystrokes.push(time(3, || search_index.search(&q[..end], None).len()).0);
            }
        }
        let worst = keystrokes.iter().max().copied().unwrap_or_default();
        let search_median = median(keystrokes);
        let f_timeline = frame(&app);
        app.update(Action::OpenSearch);
        for c in "securite".chars() {
            app.update(Action::Input(c));
        }
        let f_search = frame(&app);
        app.update(Action::Confirm);
        let f_detail = frame(&app);
        let echo = key_echo(&mut app);
        // Last, so its worker's index build disturbs no other figure: the
        // explorer's start, with the index built on the worker meanwhile.
        let copy = ds.clone();
        let start = Instant::now();
        let explorer = App::new_in_background(copy, (200, 60));
        let explorer_start = start.elapsed();
        drop(explorer);
        println!(
            "| {n} | {mb:.0} | {} | {} | {} | {} | {} | {} | {} | {} | {} | {} | {} | {} | {} | {} |",
            ms(load),
            ms(from_copy),
            ms(index),
            ms(index_one),
            ms(app_start),
            ms(explorer_start),
            ms(f_actor),
            ms(f_country),
            ms(search_median),
            ms(worst),
            ms(f_timeline),
            ms(f_search),
            ms(f_detail),
            ms(echo)
        );
    }
}
