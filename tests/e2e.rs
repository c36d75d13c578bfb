//! The real binary in a pseudo-terminal, driven with keys and read through a
//! terminal emulator, as a person would use it; then the terminal's state after
//! it leaves.
#![cfg(unix)]
// A test that cannot unwrap has failed; that is the point of it.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;
#[path = "e2e/saved_state.rs"]
mod saved_state;

use common::dataset_copy;
use common::home::Home;
use common::pty::{COLS, PATIENCE, POLL, ROWS, Session, size};
use portable_pty::{CommandBuilder, native_pty_system};
use std::path::Path;
use std::time::Instant;

/// A file under `tests/fixtures/`, by its full path: sessions run in their
/// own home folder.
fn fixture(name: &str) -> String {
    format!("{}/tests/fixtures/{name}", env!("CARGO_MANIFEST_DIR"))
}

#[test]
fn filter_search_open_detail_and_quit_in_a_real_terminal() {
    let mut s = Session::start(&[], &[]);
    s.wait_for("Defence ministers of the Group of Five meet in Berlin");
    assert!(s.screen.lock().unwrap().screen().alternate_screen());
    s.wait_for("all 14 events · 15 quotes");

    // Filter by a country.
    s.send("f");
    s.wait_for("Filter by actor or country · 0 selected");
    s.send("france");
    s.send(" ");
    s.wait_for("Filter by actor or country · 1 selected");
    s.send("\r");
    s.wait_for("5 events · 2 quotes │ filter: France");

    // Search a quote within the filter.
    s.send("/");
    s.send("choses");
    s.wait_hits("choses");
    // One hit of the 5 events and 2 quotes in the filter.
    s.wait_for("1/7");
    s.wait_for("beaucoup de choses en France");

    // Open its detail.
    s.send("\r");
    s.wait_for("Carlo Masala (Military expert and political scientist, Germany)");
    s.send("G");
    s.wait_for("In context");
    s.wait_for("À cet égard, il se passe actuellement");

    // Back to the results, then back to the timeline where we were.
    // (Each Esc waits for the mode it leads to, by its bottom line, so the
    // next key does not run into it and read as an Alt chord.)
    s.key("\x1b", "↓ move  Enter open");
    s.wait_for(" / choses");
    s.key("\x1b", "] month");
    s.wait_for("filter: France");

    s.send("q");
    assert_eq!(s.wait_exit(), 0);
    s.assert_restored();
    let raw = s.raw.lock().unwrap();
    let tail = String::from_utf8_lossy(&raw[raw.len().saturating_sub(200)..]).to_string();
    assert!(
        tail.contains("\x1b[?1049l"),
        "did not leave the alternate screen: {tail:?}"
    );
}

#[test]
fn sigterm_restores_the_terminal_and_exits_143() {
    let mut s = Session::start(&[], &[]);
    s.wait_for("Defence ministers");
    let pid = s.pid();
    assert_eq!(unsafe { libc::kill(pid, libc::SIGTERM) }, 0);
    assert_eq!(s.wait_exit(), 128 + 15);
    s.assert_restored();
}

#[test]
fn ctrl_c_quits_from_a_prompt_and_restores() {
    let mut s = Session::start(&[], &[]);
    s.wait_for("Defence ministers");
    s.send("/");
    s.send("sold");
    // Two quotes and two events (`solid`, `should`) of 29 items.
    s.wait_for("4/29");
    s.send("\x03");
    assert_eq!(s.wait_exit(), 0);
    s.assert_restored();
}

#[test]
fn a_bad_dataset_is_reported_without_touching_the_screen() {
    let mut s = Session::start(&["--data", &fixture("invalid/unknown-actor.json")], &[]);
    s.wait_for("unknown actor `nobody`");
    assert_eq!(s.wait_exit(), 1);
    let raw = s.raw.lock().unwrap();
    assert!(
        !String::from_utf8_lossy(&raw).contains("\x1b[?1049h"),
        "the explorer started"
    );
}

/// Every escape sequence in `raw` that is not one newsline's drawing uses:
/// OSC (title, clipboard), DCS, APC, PM, SOS, the bell, and C1 controls.
fn forbidden(raw: &[u8]) -> Vec<String> {
    let text = String::from_utf8_lossy(raw);
    let mut found = Vec::new();
    for (i, c) in text.char_indices() {
        let next = text[i + c.len_utf8()..].chars().next();
        let bad = match (c, next) {
            ('\u{1b}', Some(']' | 'P' | '_' | '^' | 'X')) => true,
            ('\u{7}', _) => true,
            (c, _) if ('\u{80}'..='\u{9f}').contains(&c) => true,
            (c, _)
                if newsline::text::is_unsafe_char(c)
                    && !matches!(c, '\u{1b}' | '\r' | '\n' | '\u{8}') =>
            {
                true
            }
            _ => false,
        };
        if bad {
            found.push(format!(
                "{:?} at {i}: {:?}",
                c,
                &text[i..(i + 12).min(text.len())]
            ));
        }
    }
    found
}

#[test]
fn a_hostile_dataset_cannot_drive_the_terminal() {
    let mut s = Session::start(&["--data", &fixture("hostile/hostile.json")], &[]);
    s.wait_for("Event ]0;pwned-title");
    // Each key, then the mode it leads to (by its bottom line), so that no
    // Esc runs into the next key.
    let (timeline, detail, search, actors, help) = (
        "] month",
        "n next",
        "↓ move  Enter open",
        "Space toggle",
        "Esc close",
    );
    for (keys, mode) in [
        ("j", timeline),
        ("\r", detail),
        ("G", detail),
        ("\x1b", timeline),
        ("/", search),
        ("rev", search),
    ] {
        s.key(keys, mode);
    }
    s.wait_hits("rev");
    for (keys, mode) in [
        ("\r", detail),
        ("\x1b", search),
        ("\x1b", timeline),
        ("f", actors),
        ("a", actors),
        ("\x1b", timeline),
        ("?", help),
        ("\x1b", timeline),
    ] {
        s.key(keys, mode);
    }
    s.send("q");
    assert_eq!(s.wait_exit(), 0);
    let raw = s.raw.lock().unwrap();
    let bad = forbidden(&raw);
    assert!(
        bad.is_empty(),
        "escape sequences from the data reached the terminal: {bad:?}"
    );
    assert!(!String::from_utf8_lossy(&raw).contains("\u{202e}"));
}

#[test]
fn the_command_line_writes_no_escape_bytes_with_term_dumb_even_in_a_terminal() {
    for args in [["events"], ["quotes"], ["actors"]] {
        let hostile = fixture("hostile/hostile.json");
        let mut all = args.to_vec();
        all.extend(["--data", hostile.as_str()]);
        let mut s = Session::start(&all, &[("TERM", "dumb")]);
        assert_eq!(s.wait_exit(), 0);
        let raw = s.raw.lock().unwrap();
        assert!(
            !raw.contains(&0x1b),
            "{args:?}: {:?}",
            String::from_utf8_lossy(&raw)
        );
    }
    let mut s = Session::start(&[], &[("TERM", "dumb")]);
    s.wait_for("TERM=dumb");
    assert_eq!(s.wait_exit(), 2);
}

#[test]
fn every_quitting_signal_restores_the_terminal_and_exits_128_plus_n() {
    for (sig, n) in [(libc::SIGTERM, 15), (libc::SIGHUP, 1), (libc::SIGINT, 2)] {
        let mut s = Session::start(&[], &[]);
        s.wait_for("Defence ministers");
        let pid = s.pid();
        assert_eq!(unsafe { libc::kill(pid, sig) }, 0);
        assert_eq!(s.wait_exit(), 128 + n, "signal {n}");
        s.assert_restored();
    }
}

// The crash hook exists only in builds with the `test-hooks` feature, which
// every `cargo test` turns on, so that a release build carries no way to be
// made to panic. Not gated here: were the hook missing, this would fail.
#[test]
fn a_panic_restores_the_terminal_and_says_where_to_report_it() {
    let mut s = Session::start(&[], &[("NEWSLINE_CRASH_TEST", "1")]);
    s.wait_for("newsline stopped because of a bug");
    assert_eq!(s.wait_exit(), 101);
    s.assert_restored();
    let text = s.contents();
    assert!(text.contains("Please report it"), "{text}");
    assert!(
        !text.contains("RUST_BACKTRACE") && !text.contains("stack backtrace"),
        "{text}"
    );
}

#[test]
fn resizing_down_to_1x1_and_back_redraws() {
    let mut s = Session::start(&[], &[]);
    s.wait_for("Defence ministers");
    // Each step waits for the frame of its own size before the next.
    for (cols, rows, shows) in [
        (30, 8, Some("Terminal too small (30×8)")),
        (1, 1, None),
        (2, 1, None),
        (39, 10, Some("Terminal too small (39×10)")),
    ] {
        // Only the terminal newsline sees shrinks: the emulator reading it
        // stays large (vt100 itself cannot shrink to one column), and the
        // first shrink clears the screen, so old text cannot pass for new.
        let before = s.raw.lock().unwrap().len();
        s.master.resize(size(cols, rows)).unwrap();
        s.send("j");
        match shows {
            Some(text) => s.wait_for(text),
            // Too small for any text: a frame was drawn, and newsline runs.
            None => s.wait_until("a frame after the resize", |s| {
                s.raw.lock().unwrap().len() > before
            }),
        }
        assert!(
            s.child.try_wait().unwrap().is_none(),
            "stopped at {cols}×{rows}"
        );
    }
    s.master.resize(size(COLS, ROWS)).unwrap();
    // The full-size frame (its status line) comes back before any key.
    s.wait_for("Enter open");
    s.send("g");
    s.wait_for("Defence ministers of the Group of Five meet in Berlin");
    s.send("q");
    assert_eq!(s.wait_exit(), 0);
    s.assert_restored();
}

#[test]
fn no_color_emits_no_colour_and_still_marks_the_selection() {
    let mut s = Session::start(&[], &[("NO_COLOR", "1")]);
    s.wait_for("Defence ministers");
    s.send("j");
    s.send("/");
    s.send("europe");
    // Eight events and two quotes of 29 items.
    s.wait_for("10/29");
    s.wait_for("▶ ");
    s.send("\x03");
    assert_eq!(s.wait_exit(), 0);
    let raw = s.raw.lock().unwrap();
    let text = String::from_utf8_lossy(&raw);
    // Every SGR sequence: none may set a foreground or background colour.
    for seq in text.split("\u{1b}[").skip(1) {
        let Some(end) = seq.find(|c: char| c.is_ascii_alphabetic()) else {
            continue;
        };
        if &seq[end..=end] != "m" {
            continue;
        }
        for p in seq[..end].split(';').filter_map(|p| p.parse::<u32>().ok()) {
            let colour = matches!(p, 30..=38 | 40..=48 | 90..=97 | 100..=107);
            assert!(!colour, "colour parameter {p} in \\e[{}m", &seq[..end]);
        }
    }
}

#[test]
fn ctrl_z_suspends_to_the_shell_and_fg_resumes_with_a_full_redraw() {
    // A real shell with job control, as a user has.
    let mut s = Session::start_shell();
    s.send(&format!("{} \r", env!("CARGO_BIN_EXE_newsline")));
    s.wait_for("Defence ministers");
    s.send("\x1a");
    s.wait_for("Stopped");
    // (bash's line editor owns echo and line mode at its prompt, so only the
    // screen is checked, then that the shell answers.)
    s.assert_screen_restored();
    s.send("echo shell-ok-$((40+2))\r");
    s.wait_for("shell-ok-42");
    s.send("fg\r");
    s.wait_for("Defence ministers of the Group of Five meet in Berlin");
    s.wait_for("Enter open");
    assert!(s.screen.lock().unwrap().screen().alternate_screen());
    s.send("q");
    // Back at the shell before typing to it, or newsline reads the keys.
    s.wait_until("the main screen", |s| {
        !s.screen.lock().unwrap().screen().alternate_screen()
    });
    s.send("exit\r");
    assert_eq!(s.wait_exit(), 0);
}

#[test]
fn a_vanished_terminal_ends_newsline_instead_of_spinning() {
    // A terminal of its own, with no reader holding a copy of its master side.
    let pair = native_pty_system().openpty(size(COLS, ROWS)).unwrap();
    let home = Home::new();
    let mut cmd = CommandBuilder::new(env!("CARGO_BIN_EXE_newsline"));
    cmd.env("TERM", "xterm-256color");
    for (k, v) in home.vars() {
        cmd.env(k, v);
    }
    let mut child = pair.slave.spawn_command(cmd).unwrap();
    drop(pair.slave);
    // Read until the first frame is there and the output has settled (the
    // explorer waits for keys). Read here, on the master side itself, with no
    // copy of it left behind to keep the window open.
    let fd = pair.master.as_raw_fd().unwrap();
    let mut seen = Vec::new();
    let started = Instant::now();
    loop {
        let mut pfd = libc::pollfd {
            fd,
            events: libc::POLLIN,
            revents: 0,
        };
        // SAFETY: one valid pollfd for the duration of the call.
        let ready = unsafe { libc::poll(&mut pfd, 1, 300) };
        if ready > 0 {
            let mut buf = [0u8; 8192];
            // SAFETY: `buf` is valid for its length.
            let n = unsafe { libc::read(fd, buf.as_mut_ptr().cast(), buf.len()) };
            assert!(n > 0, "the terminal closed before newsline drew");
            seen.extend_from_slice(&buf[..n as usize]);
        } else if String::from_utf8_lossy(&seen).contains("Defence ministers") {
            break;
        } else {
            assert!(started.elapsed() < PATIENCE, "no first frame");
        }
    }
    assert!(
        child.try_wait().unwrap().is_none(),
        "newsline did not start"
    );
    // Close the window: every handle on the master side goes.
    drop(pair.master);
    let started = Instant::now();
    let status = loop {
        if let Some(status) = child.try_wait().unwrap() {
            break status;
        }
        if started.elapsed() > PATIENCE {
            child.kill().ok();
            panic!("newsline still runs {PATIENCE:?} after its terminal went away");
        }
        std::thread::sleep(POLL);
    };
    assert_eq!(status.exit_code(), 128 + 1, "{status:?}");
}

#[test]
fn an_imported_article_is_in_the_explorer_with_its_quotes() {
    let home = Home::new();
    let ds = dataset_copy(&home.folder("story"));
    let article = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/articles/fr-otan.txt");
    let out = home
        .command()
        .args([
            "import",
            article.to_str().unwrap(),
            "--published",
            "2024-06-21",
        ])
        .args(["--outlet", "Le Quotidien", "--into", ds.to_str().unwrap()])
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );

    let mut s = Session::start_in(&home, &["--data", ds.to_str().unwrap()], &[]);
    s.wait_for("events · 21 quotes");
    s.send("/");
    s.send("reveil strategique");
    s.wait_hits("reveil strategique");
    s.wait_for("Anna de Vries");
    s.send("\r");
    // The detail shows the quote in its new source, from the copied article.
    s.wait_for("Le Quotidien");
    s.send("G");
    s.wait_for("a insisté sur la production de munitions");
    s.send("q");
    assert_eq!(s.wait_exit(), 0);
}

#[test]
fn y_copies_through_osc_52_and_x_writes_the_view_to_a_new_file() {
    // It runs in its own home, where the export lands.
    let mut s = Session::start(&[], &[]);
    let dir = s.home().clone();
    s.wait_for("all 14 events · 15 quotes");
    // The third line of the timeline is Pistorius's first quote.
    s.send("j");
    s.send("j");
    s.send("y");
    s.wait_for("copied (sent to the terminal's clipboard)");
    let raw = String::from_utf8_lossy(&s.raw.lock().unwrap()).to_string();
    let start = raw
        .find("\x1b]52;c;")
        .expect("no OSC 52 sequence was written")
        + 7;
    // Ended by BEL or by ST (Esc \\).
    let end = start + raw[start..].find(['\x07', '\x1b']).unwrap();
    use base64::Engine;
    let copied = base64::engine::general_purpose::STANDARD
        .decode(&raw[start..end])
        .unwrap();
    let copied = String::from_utf8(copied).unwrap();
    assert!(
        copied.starts_with("«\u{202f}continueront à apporter"),
        "{copied}"
    );
    assert!(copied.contains("» — Boris Pistorius, "), "{copied}");

    s.send("x");
    s.wait_for("Export to: newsline-export.md");
    s.send("\r");
    s.wait_for("exported 14 events and 15 quotes as Markdown");
    let md = std::fs::read_to_string(dir.path().join("newsline-export.md")).unwrap();
    assert!(md.starts_with("# Coalition of the willing for Ukraine"));
    // A second export with the offered name goes to the next free one.
    s.send("x");
    s.wait_for("Export to: newsline-export.md");
    s.send("\r");
    s.wait_for("newsline-export-2.md");
    assert_eq!(
        std::fs::read_to_string(dir.path().join("newsline-export-2.md")).unwrap(),
        md
    );
    // A name the user typed is never changed: it exists, so it is refused,
    // and the file is untouched.
    s.send("x");
    s.wait_for("Export to: newsline-export.md");
    s.send("newsline-export-2.md\r");
    s.wait_for("newsline-export-2.md exists; choose another name");
    s.key("\x1b", "] month");
    s.send("q");
    assert_eq!(s.wait_exit(), 0);
    assert_eq!(
        std::fs::read_to_string(dir.path().join("newsline-export.md")).unwrap(),
        md
    );
}
