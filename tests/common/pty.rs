//! A program in a pseudo-terminal, read through a terminal emulator: start
//! it, send it keys and pastes, wait for what its screen shows. Every wait
//! is for a state, never for a time; its deadline only turns a hang into a
//! failure. Input is written by a thread of its own, so a program that stops
//! reading fails the test by a deadline instead of blocking the test's writes.

use super::home::Home;
use portable_pty::{Child, CommandBuilder, MasterPty, PtySize, native_pty_system};
use std::io::{Read, Write};
use std::path::Path;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc::{Sender, channel};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

pub const COLS: u16 = 100;
pub const ROWS: u16 = 30;

/// How long a wait for something on the screen may take before the test
/// fails: generous, for a machine busy with other builds. Only a hang comes
/// near it.
pub const PATIENCE: Duration = Duration::from_secs(60);
/// How often a wait looks again.
pub const POLL: Duration = Duration::from_millis(10);

/// A terminal of `cols` × `rows` cells.
pub fn size(cols: u16, rows: u16) -> PtySize {
    PtySize {
        rows,
        cols,
        pixel_width: 0,
        pixel_height: 0,
    }
}

pub struct Session {
    pub master: Box<dyn MasterPty + Send>,
    input: Sender<Vec<u8>>,
    pub child: Box<dyn Child + Send + Sync>,
    pub screen: Arc<Mutex<vt100::Parser>>,
    /// Every byte the program wrote, in order.
    pub raw: Arc<Mutex<Vec<u8>>>,
    /// Set once the terminal's output has ended (every writer gone).
    ended: Arc<AtomicBool>,
    home: Option<Home>,
}

impl Drop for Session {
    /// A failed test must not leave a newsline running.
    fn drop(&mut self) {
        if let Ok(None) = self.child.try_wait() {
            let _ = self.child.kill();
        }
    }
}

impl Session {
    /// newsline with `args` and these environment variables, in a fresh home.
    pub fn start(args: &[&str], env: &[(&str, &str)]) -> Session {
        Session::start_in(&Home::new(), args, env)
    }

    /// The explorer on the built-in dataset in `home`, once its timeline
    /// is on screen.
    pub fn explorer(home: &Home) -> Session {
        let s = Session::start_in(home, &[], &[]);
        s.wait_for("all 14 events · 15 quotes");
        s
    }

    /// newsline with `args` and these environment variables, with `home` as
    /// its home, run from inside it: nothing a test sends can write a file
    /// where the sources are.
    pub fn start_in(home: &Home, args: &[&str], env: &[(&str, &str)]) -> Session {
        let mut cmd = CommandBuilder::new(env!("CARGO_BIN_EXE_newsline"));
        cmd.args(args);
        for (k, v) in home.vars() {
            cmd.env(k, v);
        }
        cmd.env_remove("NO_COLOR");
        cmd.cwd(home.path());
        for (k, v) in env {
            cmd.env(k, v);
        }
        Session::open(cmd, Some(home.clone()))
    }

    /// An interactive bash with job control and no user start-up files, in
    /// a fresh home.
    pub fn start_shell() -> Session {
        let home = Home::new();
        let mut cmd = CommandBuilder::new("bash");
        cmd.args(["--norc", "--noprofile", "-i"]);
        for (k, v) in home.vars() {
            cmd.env(k, v);
        }
        cmd.env("PS1", "$ ");
        cmd.cwd(home.path());
        Session::open(cmd, Some(home))
    }

    /// Spawns `cmd` with the environment it has, plus a terminal type.
    pub fn spawn_raw(cmd: CommandBuilder) -> Session {
        Session::open(cmd, None)
    }

    fn open(mut cmd: CommandBuilder, home: Option<Home>) -> Session {
        let pair = native_pty_system().openpty(size(COLS, ROWS)).unwrap();
        if cmd.get_cwd().is_none() {
            cmd.cwd(env!("CARGO_MANIFEST_DIR"));
        }
        if cmd.get_env("TERM").is_none() {
            cmd.env("TERM", "xterm-256color");
        }
        let child = pair.slave.spawn_command(cmd).unwrap();
        drop(pair.slave);
        let mut reader = pair.master.try_clone_reader().unwrap();
        let mut writer = pair.master.take_writer().unwrap();
        let screen = Arc::new(Mutex::new(vt100::Parser::new(ROWS, COLS, 0)));
        let raw = Arc::new(Mutex::new(Vec::new()));
        let ended = Arc::new(AtomicBool::new(false));
        let (s, r, e) = (Arc::clone(&screen), Arc::clone(&raw), Arc::clone(&ended));
        std::thread::spawn(move || {
            let mut buf = [0u8; 8192];
            while let Ok(n) = reader.read(&mut buf) {
                if n == 0 {
                    break;
                }
                // Raw bytes first: a test that saw something on the screen
                // then finds the bytes that drew it (the OSC 52 before the
                // "copied" it led to).
                r.lock().unwrap().extend_from_slice(&buf[..n]);
                s.lock().unwrap().process(&buf[..n]);
            }
            e.store(true, Ordering::SeqCst);
        });
        let (input, inbox) = channel::<Vec<u8>>();
        std::thread::spawn(move || {
            for bytes in inbox {
                if writer
                    .write_all(&bytes)
                    .and_then(|_| writer.flush())
                    .is_err()
                {
                    break;
                }
            }
        });
        Session {
            master: pair.master,
            input,
            child,
            screen,
            raw,
            ended,
            home,
        }
    }

    /// The home the program runs with.
    pub fn home(&self) -> &Home {
        self.home.as_ref().expect("a session started with a home")
    }

    pub fn pid(&self) -> libc::pid_t {
        self.child.process_id().unwrap() as libc::pid_t
    }

    pub fn contents(&self) -> String {
        self.screen.lock().unwrap().screen().contents()
    }

    /// The bottom line: the keys of the mode shown, which tells the modes apart.
    pub fn status(&self) -> String {
        let parser = self.screen.lock().unwrap();
        parser.screen().rows(0, COLS).last().unwrap_or_default()
    }

    /// Polls `done` until it holds, or fails with `what` and the screen.
    pub fn wait_until(&self, what: &str, done: impl Fn(&Session) -> bool) {
        let start = Instant::now();
        while start.elapsed() < PATIENCE {
            if done(self) {
                return;
            }
            std::thread::sleep(POLL);
        }
        panic!(
            "timed out waiting for {what}; the screen shows:\n{}",
            self.contents()
        );
    }

    /// Waits until `done` holds for the emulated screen.
    pub fn wait_screen(&self, what: &str, done: impl Fn(&vt100::Screen) -> bool) {
        self.wait_until(what, |s| done(s.screen.lock().unwrap().screen()));
    }

    /// Waits until the screen shows `text`, or fails showing the screen.
    pub fn wait_for(&self, text: &str) {
        self.wait_until(&format!("{text:?}"), |s| s.contents().contains(text));
    }

    /// Waits until the bottom line shows `text`.
    pub fn wait_status(&self, text: &str) {
        self.wait_until(&format!("{text:?} in the bottom line"), |s| {
            s.status().contains(text)
        });
    }

    /// Waits until the search prompt shows `query` with its own hits: the
    /// worker has answered (no "…" before the count) and found some. Until
    /// then the hits shown are an earlier query's, and Enter may open one of
    /// those or nothing.
    pub fn wait_hits(&self, query: &str) {
        let prompt = format!(" / {query} ");
        self.wait_until(&format!("the hits of {query:?}"), |s| {
            s.contents().lines().any(|l| {
                l.starts_with(&prompt)
                    && !l.contains('…')
                    && l.trim_end()
                        .rsplit(' ')
                        .next()
                        .is_some_and(|count| count.contains('/') && !count.starts_with("0/"))
            })
        });
    }

    /// Types `keys` without waiting: a caller that sends a lone Esc must wait
    /// for what it does before sending more, or the two arrive together and
    /// read as an Alt chord ([`Session::key`]).
    pub fn send(&self, keys: &str) {
        self.input.send(keys.as_bytes().to_vec()).unwrap();
    }

    /// Types `keys`, then waits until the bottom line shows `status`.
    pub fn key(&self, keys: &str, status: &str) {
        self.send(keys);
        self.wait_status(status);
    }

    /// Pastes `text` as a terminal does: inside bracketed-paste marks when
    /// the program asked for them, as plain keys otherwise.
    pub fn paste(&self, text: &str) {
        let bracketed = self.screen.lock().unwrap().screen().bracketed_paste();
        if bracketed {
            self.send(&format!("\x1b[200~{text}\x1b[201~"));
        } else {
            self.send(text);
        }
    }

    /// Waits for the program to end and all it wrote to be read; its exit code.
    pub fn wait_exit(&mut self) -> u32 {
        let start = Instant::now();
        while start.elapsed() < PATIENCE {
            if let Some(status) = self.child.try_wait().unwrap() {
                // What was written last is read before the screen is judged.
                self.wait_until("the end of the output", |s| s.ended.load(Ordering::SeqCst));
                return status.exit_code();
            }
            std::thread::sleep(POLL);
        }
        // Read before the kill: portable-pty's kill hangs up first, and
        // newsline then restores (clears) the screen.
        let (threads, screen) = (self.threads(), self.contents());
        self.child.kill().ok();
        panic!("newsline did not exit; its threads ({threads}); the screen shows:\n{screen}");
    }

    /// What each of the child's threads is doing (name, state, and the kernel
    /// function it waits in), to tell a hang at exit from a slow machine.
    pub fn threads(&self) -> String {
        let Some(pid) = self.child.process_id() else {
            return "no pid".into();
        };
        let Ok(tasks) = std::fs::read_dir(format!("/proc/{pid}/task")) else {
            return "gone".into();
        };
        let read = |t: &Path, f: &str| std::fs::read_to_string(t.join(f)).unwrap_or_default();
        tasks
            .filter_map(Result::ok)
            .map(|t| {
                let t = t.path();
                let stat = read(&t, "stat");
                let state = stat.rsplit(") ").next().unwrap_or("").chars().next();
                format!(
                    "{} {state:?} {}",
                    read(&t, "comm").trim(),
                    read(&t, "wchan")
                )
            })
            .collect::<Vec<_>>()
            .join("; ")
    }

    /// Whether the screen is as the shell had it: main screen, cursor shown,
    /// mouse reporting and bracketed paste off.
    pub fn restored(screen: &vt100::Screen) -> bool {
        !screen.alternate_screen()
            && !screen.hide_cursor()
            && screen.mouse_protocol_mode() == vt100::MouseProtocolMode::None
            && !screen.bracketed_paste()
    }

    /// The screen is as before: main screen, cursor shown, mouse reporting off.
    pub fn assert_screen_restored(&self) {
        let parser = self.screen.lock().unwrap();
        let screen = parser.screen();
        assert!(!screen.alternate_screen(), "still on the alternate screen");
        assert!(!screen.hide_cursor(), "cursor still hidden");
        assert_eq!(
            screen.mouse_protocol_mode(),
            vt100::MouseProtocolMode::None,
            "mouse still captured"
        );
    }

    /// The terminal is as the shell left it: the screen restored, and the tty
    /// back in canonical mode with echo.
    pub fn assert_restored(&self) {
        self.assert_screen_restored();
        let fd = self.master.as_raw_fd().unwrap();
        let mut t: libc::termios = unsafe { std::mem::zeroed() };
        assert_eq!(unsafe { libc::tcgetattr(fd, &mut t) }, 0);
        assert!(t.c_lflag & libc::ECHO != 0, "echo still off");
        assert!(t.c_lflag & libc::ICANON != 0, "line mode still off");
    }
}
