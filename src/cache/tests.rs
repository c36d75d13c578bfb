//! The cached copy's own tests: written, read back, damaged, out of date.

use super::*;
use crate::data::load_path;
use copy::read;
use std::collections::HashMap;

/// A copy of the built-in dataset and its two articles in a new folder.
fn story(dir: &Path) -> PathBuf {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    // The articles inside the dataset's folder, where they must be.
    std::fs::create_dir_all(dir.join("data/seeds")).unwrap();
    for e in std::fs::read_dir(root.join("seeds")).unwrap() {
        let e = e.unwrap();
        std::fs::copy(e.path(), dir.join("data/seeds").join(e.file_name())).unwrap();
    }
    let ds = dir.join("data/story.json");
    let json = std::fs::read_to_string(root.join("data/coalition-of-the-willing.json")).unwrap();
    std::fs::write(&ds, json.replace("\"../seeds/", "\"seeds/")).unwrap();
    ds
}

fn plan(path: &Path, dir: &Path) -> CachedCopy {
    CachedCopy {
        file: dir.join("copy.bin"),
        sources: SourceFiles::beside(path, LoadOptions::default()).unwrap(),
        dataset: Stamp::of(path).unwrap(),
        max_bytes: folder::MAX_BYTES,
        later: Default::default(),
        notices: Default::default(),
    }
}

/// Everything the rest of newsline reads, in a form that can be compared.
fn shape(ds: &Dataset) -> (String, HashMap<String, ActorIx>) {
    let text = format!(
        "{:?}",
        (
            &ds.title,
            &ds.description,
            &ds.sources,
            &ds.actors,
            &ds.events,
            &ds.quotes,
            &ds.terms,
            &ds.involving
        )
    );
    (text, ds.actor_by_id.clone())
}

/// Names computed once and written down: a hash that changed with the
/// compiler, the platform or a dependency's version would orphan every
/// copy made before the upgrade.
#[test]
fn copy_names_are_the_same_in_every_version() {
    let cases = [
        ("/home/ana/news/story.json", "story-98a1aab1e30e8d6f.bin"),
        (
            "/data/big dataset (2).json",
            "big-dataset--2--087d05f34676d02a.bin",
        ),
    ];
    for (path, name) in cases {
        assert_eq!(file_name(Path::new(path)), name, "{path}");
    }
}

#[test]
fn unfinished_copies_are_removed_and_whole_copies_kept() {
    let dir = tempfile::tempdir().unwrap();
    let path = story(dir.path());
    let ds = load_path(&path).unwrap();
    let plan = plan(&path, dir.path());
    plan.write(&ds).unwrap();
    // Writers of the copy and of the index, still at work.
    let mut writers = Vec::new();
    for file in [&plan.file, &plan.index_file()] {
        let mut w = crate::store::atomic::stage(file).unwrap();
        w.write_all(b"cut short").unwrap();
        writers.push(w);
    }
    plan.remove_unfinished();
    for w in writers {
        assert!(w.commit().is_err(), "an unfinished writer finished");
    }
    let left: Vec<_> = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().to_string())
        .filter(|n| n.ends_with(crate::store::atomic::TEMP_SUFFIX))
        .collect();
    assert!(left.is_empty(), "{left:?} left");
    assert!(plan.read().is_some(), "the whole copy is kept");
    // Nothing to remove is not a failure.
    plan.remove_unfinished();
}

#[test]
fn a_copy_reads_back_as_the_dataset_it_was_made_from() {
    let dir = tempfile::tempdir().unwrap();
    let path = story(dir.path());
    let ds = load_path(&path).unwrap();
    plan(&path, dir.path()).write(&ds).unwrap();
    let back = read(&plan(&path, dir.path())).expect("a sound copy");
    assert_eq!(shape(&back), shape(&ds));

    // And a generated one, with several sections of quotes.
    // Events in two sections, quotes in twelve, common words' lists in
    // three pieces or more.
    let file = crate::data::generate::generate(2 * CHUNK - 12, 3 * PIECE, 60, 3);
    let path = dir.path().join("big.json");
    std::fs::write(&path, serde_json::to_string(&file).unwrap()).unwrap();
    let ds = load_path(&path).unwrap();
    plan(&path, dir.path()).write(&ds).unwrap();
    let back = read(&plan(&path, dir.path())).expect("a sound copy");
    assert_eq!(shape(&back), shape(&ds));

    // And its search index.
    let ix = SearchIndex::build(&ds);
    plan(&path, dir.path()).write_index(&ds, &ix).unwrap();
    let copy = plan(&path, dir.path());
    assert_eq!(copy.read_index(ds.quotes.len()), Some(ix));
    assert_eq!(
        copy.read_index(ds.quotes.len() - 1),
        None,
        "another dataset's"
    );
    // Its lists come in many pieces; a flipped byte or a cut anywhere is
    // told, whichever section it falls in.
    let bytes = std::fs::read(copy.index_file()).unwrap();
    assert!(bytes.len() > 100_000);
    for at in (0..bytes.len()).step_by(bytes.len() / 97) {
        let mut bad = bytes.clone();
        bad[at] ^= 0x5a;
        std::fs::write(copy.index_file(), &bad).unwrap();
        assert_eq!(copy.read_index(ds.quotes.len()), None, "flipped at {at}");
        std::fs::write(copy.index_file(), &bytes[..at]).unwrap();
        assert_eq!(copy.read_index(ds.quotes.len()), None, "cut at {at}");
    }
}

#[test]
fn a_copy_is_not_used_once_the_dataset_or_an_article_changed() {
    let dir = tempfile::tempdir().unwrap();
    let path = story(dir.path());
    let ds = load_path(&path).unwrap();
    plan(&path, dir.path()).write(&ds).unwrap();
    assert!(read(&plan(&path, dir.path())).is_ok());

    let article = dir
        .path()
        .join("data/seeds/2024-11-26_masala-ground-troops_fr.txt");
    let text = std::fs::read_to_string(&article).unwrap();
    std::fs::write(&article, format!("{text}\n")).unwrap();
    assert_eq!(
        read(&plan(&path, dir.path())).err(),
        Some(Unused::Absent),
        "article changed"
    );

    plan(&path, dir.path()).write(&ds).unwrap();
    assert!(read(&plan(&path, dir.path())).is_ok());
    let json = std::fs::read_to_string(&path).unwrap();
    std::fs::write(&path, format!("{json} ")).unwrap();
    assert_eq!(
        read(&plan(&path, dir.path())).err(),
        Some(Unused::Absent),
        "dataset changed"
    );
}

#[test]
fn a_damaged_copy_is_not_used() {
    let dir = tempfile::tempdir().unwrap();
    let path = story(dir.path());
    let ds = load_path(&path).unwrap();
    let copy = dir.path().join("copy.bin");
    plan(&path, dir.path()).write(&ds).unwrap();
    let good = std::fs::read(&copy).unwrap();
    // Every byte flipped in turn would be slow; every 97th covers each section.
    for at in (0..good.len()).step_by(97) {
        let mut bad = good.clone();
        bad[at] ^= 0x5a;
        std::fs::write(&copy, &bad).unwrap();
        assert_eq!(
            read(&plan(&path, dir.path())).err(),
            Some(Unused::Damaged),
            "byte {at} flipped"
        );
    }
    for len in [0, 10, good.len() / 2, good.len() - 1] {
        std::fs::write(&copy, &good[..len]).unwrap();
        assert_eq!(
            read(&plan(&path, dir.path())).err(),
            Some(Unused::Damaged),
            "cut at {len}"
        );
    }
    std::fs::write(&copy, &good).unwrap();
    assert!(read(&plan(&path, dir.path())).is_ok());

    // Sound sections, but a reference that points nowhere.
    let mut wrong = ds.clone();
    wrong.quotes[0].event = wrong.events.len();
    plan(&path, dir.path()).write(&wrong).unwrap();
    assert_eq!(read(&plan(&path, dir.path())).err(), Some(Unused::Damaged));
}
