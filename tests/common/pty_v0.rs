//! The real binary in a pseudo-terminal, read through a terminal emulator:
//! start it, send it keys and pastes, wait for what the screen shows.
//! Input is written by a thread of its own, so a program that stops reading
//! fails the test by its deadline instead of blocking the test's writes.

use portable_pty::{Child, CommandBuilder, MasterPty, PtySize, native_pty_system};
use std::io::{Read, Write};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc::{Sender, channel};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

pub const COLS: u16 = 100;
pub const ROWS: u16 = 30;

pub struct Session {
    _master: Box<dyn MasterPty + Send>,
    input: Sender<Vec<u8>>,
    pub child: Box<dyn Child + Send + Sync>,
    pub screen: Arc<Mutex<vt100::Parser>>,
    /// The program's output has all been read (its side of the terminal closed).
    read_all: Arc<AtomicBool>,
    pub home: tempfile::TempDir,
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
    /// newsline with `args`, in a fresh home folder.
    pub fn start(args: &[&str]) -> Session {
        Session::start_in(tempfile::tempdir().unwrap(), args)
    }

    /// newsline with `args`, with `home` as its home folder.
    pub fn start_in(home: tempfile::TempDir, args: &[&str]) -> Session {
        Session::start_with(home, args, &[])
    }

    /// newsline with `args` and these environment variables, with `home` as
    /// its home folder.
    pub fn start_with(home: tempfile::TempDir, args: &[&str], env: &[(&str, &str)]) -> Session {
        let mut cmd = CommandBuilder::new(env!("CARGO_BIN_EXE_newsline"));
        cmd.args(args);
        for (k, v) in env {
            cmd.env(k, v);
        }
        // Nothing a test sends can write a file where the sources are.
        cmd.cwd(home.path());
        cmd.env("TERM", "xterm-256color");
        cmd.env("HOME", home.path());
        for v in ["XDG_STATE_HOME", "XDG_CONFIG_HOME", "XDG_DATA_HOME"] {
            cmd.env(v, "");
        }
        cmd.env_remove("NO_COLOR");
        let pair = native_pty_system()
            .openpty(PtySize {
                rows: ROWS,
                cols: COLS,
                pixel_width: 0,
                pixel_height: 0,
            })
            .unwrap();
        let child = pair.slave.spawn_command(cmd).unwrap();
        drop(pair.slave);
        let mut reader = pair.master.try_clone_reader().unwrap();
        let mut writer = pair.master.take_writer().unwrap();
        let screen = Arc::new(Mutex::new(vt100::Parser::new(ROWS, COLS, 0)));
        let read_all = Arc::new(AtomicBool::new(false));
        let (s, done) = (Arc::clone(&screen), Arc::clone(&read_all));
        std::thread::spawn(move || {
            let mut buf = [0u8; 8192];
            while let Ok(n) = reader.read(&mut buf) {
                if n == 0 {
                    break;
                }
                s.lock().unwrap().process(&buf[..n]);
            }
            done.store(true, Ordering::SeqCst);
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
            _master: pair.master,
            input,
            child,
            screen,
            read_all,
            home,
        }
    }

    pub fn pid(&self) -> libc::pid_t {
        self.child.process_id().unwrap() as libc::pid_t
    }

    pub fn contents(&self) -> String {
        self.screen.lock().unwrap().screen().contents()
    }

    /// Waits until `done` holds for the screen, or fails after `secs`
    /// seconds showing the screen and `what` was awaited.
    pub fn wait_until(&self, what: &str, secs: u64, done: impl Fn(&vt100::Screen) -> bool) {
        let start = Instant::now();
        while start.elapsed() < Duration::from_secs(secs) {
            if done(self.screen.lock().unwrap().screen()) {
                return;
            }
            std::thread::sleep(Duration::from_millis(20));
        }
        panic!(
            "timed out after {secs} s waiting for {what}; the screen shows:\n{}",
            self.contents()
        );
    }

    /// Waits until the screen shows `text`.
    pub fn wait_for(&self, text: &str) {
        self.wait_until(&format!("{text:?}"), 20, |s| s.contents().contains(text));
    }

    /// Sends bytes as typed keys.
    pub fn send(&self, keys: &str) {
        self.input.send(keys.as_bytes().to_vec()).unwrap();
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

    /// Waits for the program to end within `secs` seconds; its exit code.
    pub fn wait_exit_within(&mut self, secs: u64) -> u32 {
        let start = Instant::now();
        while start.elapsed() < Duration::from_secs(secs) {
            if let Some(status) = self.child.try_wait().unwrap() {
                // What it wrote last is on the screen once the reader ends.
                while !self.read_all.load(Ordering::SeqCst)
                    && start.elapsed() < Duration::from_secs(secs + 5)
                {
                    std::thread::sleep(Duration::from_millis(10));
                }
                return status.exit_code();
            }
            std::thread::sleep(Duration::from_millis(20));
        }
        self.child.kill().ok();
        panic!(
            "newsline did not exit within {secs} s; the screen shows:\n{}",
            self.contents()
        );
    }

    /// Whether the screen is as the shell had it: main screen, cursor shown,
    /// mouse reporting and bracketed paste off.
    pub fn restored(screen: &vt100::Screen) -> bool {
        !screen.alternate_screen()
            && !screen.hide_cursor()
            && screen.mouse_protocol_mode() == vt100::MouseProtocolMode::None
            && !screen.bracketed_paste()
    }
}
