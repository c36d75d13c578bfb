//! What the explorer keeps between runs: filter, search and bookmarks come back;
//! a state file cut by kill -9 or corrupt is kept aside and said once; without a
//! home nothing is saved and it says so.

use super::*;

#[test]
fn filter_search_and_bookmarks_are_there_next_time() {
    let home = Home::new();
    let mut s = Session::start_in(&home, &[], &[]);
    s.wait_for("Defence ministers");
    s.send("f");
    s.send("germany");
    s.send(" ");
    s.send("\r");
    s.wait_for("filter: Germany");
    s.send("j");
    s.send("b");
    s.wait_for("bookmarked");
    s.send("q");
    assert_eq!(s.wait_exit(), 0);
    let state: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(home.state_file()).unwrap()).unwrap();
    assert_eq!(state["datasets"]["built-in"]["actors"][0], "germany");

    let mut s = Session::start_in(&home, &[], &[]);
    s.wait_for("filter: Germany");
    s.wait_for("★");
    s.send("B");
    s.wait_for("Bookmarks · 1");
    s.send("q");
    assert_eq!(s.wait_exit(), 0);
}

#[test]
fn killed_while_saving_the_state_file_always_parses() {
    let home = Home::new();
    let path = home.state_file();
    let saved = || std::fs::read(&path).ok();
    for round in 0..10usize {
        let mut s = Session::start_in(&home, &[], &[]);
        s.wait_for("Defence ministers");
        // Every other press changes what is saved; saves land every 300 ms.
        // Press until a save has landed, then a few more times (more each
        // round), and kill at once: the kill falls at a different point of
        // the next save each round, with no clock in the test.
        let before = saved();
        let mut pressed = 0;
        while saved() == before {
            s.send("bj");
            pressed += 1;
            assert!(pressed < 20_000, "round {round}: no save landed");
            std::thread::sleep(POLL);
        }
        s.send(&"bj".repeat(round * 3));
        unsafe { libc::kill(s.pid(), libc::SIGKILL) };
        let _ = s.wait_exit();
        if path.exists() {
            let text = std::fs::read_to_string(&path).unwrap();
            let parsed: Result<serde_json::Value, _> = serde_json::from_str(&text);
            assert!(
                parsed.is_ok(),
                "round {round}: the state file does not parse:\n{text}"
            );
        }
    }
    assert!(path.exists(), "nothing was ever saved");
}

#[test]
fn a_corrupt_state_or_settings_file_is_kept_aside_and_said_once() {
    let home = Home::new();
    let state = home.state_file();
    std::fs::create_dir_all(state.parent().unwrap()).unwrap();
    std::fs::write(&state, "{\"version\": 1, \"datas").unwrap();
    home.settings("[theme\naccent = 3");
    let config = home.config_file();
    let mut s = Session::start_in(&home, &[], &[]);
    s.wait_for("Defence ministers");
    s.wait_for("kept it as");
    s.send("j");
    s.send("q");
    assert_eq!(s.wait_exit(), 0);
    let names: Vec<String> = std::fs::read_dir(state.parent().unwrap())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().to_string())
        .collect();
    assert!(
        names.iter().any(|n| n.starts_with("state.json.broken-")),
        "{names:?}"
    );
    let config_dir: Vec<String> = std::fs::read_dir(config.parent().unwrap())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().to_string())
        .collect();
    assert!(
        config_dir
            .iter()
            .any(|n| n.starts_with("config.toml.broken-")),
        "{config_dir:?}"
    );
    let kept = config_dir
        .iter()
        .find(|n| n.starts_with("config.toml.broken-"))
        .unwrap();
    assert_eq!(
        std::fs::read_to_string(config.parent().unwrap().join(kept)).unwrap(),
        "[theme\naccent = 3"
    );
}

#[test]
fn without_a_home_it_runs_saves_nothing_and_says_so() {
    let empty = tempfile::tempdir().unwrap();
    let mut cmd = CommandBuilder::new(env!("CARGO_BIN_EXE_newsline"));
    cmd.env_remove("HOME");
    for v in [
        "XDG_STATE_HOME",
        "XDG_CONFIG_HOME",
        "XDG_DATA_HOME",
        "XDG_CACHE_HOME",
    ] {
        cmd.env_remove(v);
    }
    cmd.cwd(empty.path());
    let mut s = Session::spawn_raw(cmd);
    s.wait_for("no home folder: filters and bookmarks will not be saved");
    s.send("b");
    s.send("q");
    assert_eq!(s.wait_exit(), 0);
    s.assert_restored();
    assert_eq!(
        std::fs::read_dir(empty.path()).unwrap().count(),
        0,
        "something was written"
    );
}
