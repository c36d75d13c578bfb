//! The terminal: raw mode and the alternate screen in, everything back out on
//! quit, error, panic, signal and stop; and the event loop that feeds actions
//! to the app. Thin on purpose: all behaviour lives in `app` and `ui`.

mod review;

use crate::app::keymap::action_for;
use crate::app::mouse::Clicks;
use crate::app::{Action, App, Effect};
use crate::store::state::{DatasetState, Store};
use crate::ui::{self, Theme};
use crossterm::event::{self, Event, MouseButton, MouseEventKind};
use crossterm::{cursor, execute, terminal};
use ratatui::Terminal;
use ratatui::backend::CrosstermBackend;
use std::io::{self, Stdout, Write};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::time::{Duration, Instant};

type Term = Terminal<CrosstermBackend<Stdout>>;

/// How the explorer ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Exit {
    /// The user quit.
    Quit,
    /// A signal ended it; the process should exit with 128 + the number.
    Signal(i32),
}

/// The longest run of events applied before the screen is drawn again, so
/// that a steady stream of input still shows progress.
const DRAIN_BUDGET: Duration = Duration::from_millis(50);

/// How long to look for more input while draining. Not zero: crossterm's
/// level-triggered reader (the `use-dev-tty` feature) answers a zero timeout
/// with "nothing" even when events are waiting; one millisecond returns at
/// once when they are. (Its default reader waits on an edge-triggered epoll
/// and leaves what it has not read in the terminal until the next key comes,
/// so a paste of some KiB stalled the input, q and Ctrl-C included:
/// crossterm pull request #1057.)
const DRAIN_POLL: Duration = Duration::from_millis(1);

/// Whether the explorer takes the mouse; `mouse = false` in the settings
/// leaves it to the terminal, to select text with it.
static MOUSE: AtomicBool = AtomicBool::new(true);

/// Takes the mouse (clicks and wheel) or leaves it to the terminal, from the
/// next time the explorer enters the terminal.
pub fn capture_mouse(on: bool) {
    MOUSE.store(on, Ordering::SeqCst);
}

fn enter() -> io::Result<()> {
    terminal::enable_raw_mode()?;
    if MOUSE.load(Ordering::SeqCst) {
        execute!(io::stdout(), event::EnableMouseCapture)?;
    }
    // Bracketed paste: a paste arrives as one event, not as keys that would
    // each run a command (and fill the input faster than it is read).
    execute!(
        io::stdout(),
        terminal::EnterAlternateScreen,
        event::EnableBracketedPaste,
        cursor::Hide
    )
}

/// Puts the terminal back as the shell had it. Safe to call more than once.
pub fn restore() {
    // Each step is attempted even if an earlier one failed.
    let mut out = io::stdout();
    let _ = execute!(out, event::DisableBracketedPaste);
    let _ = execute!(out, event::DisableMouseCapture);
    let _ = execute!(out, terminal::LeaveAlternateScreen);
    let _ = execute!(out, cursor::Show);
    let _ = terminal::disable_raw_mode();
}

/// Restores the terminal when dropped, so every way out of [`run`] restores it.
struct Guard;

impl Drop for Guard {
    fn drop(&mut self) {
        restore();
    }
}

/// On panic of the thread that calls this (the one that runs the explorer):
/// restore the terminal first, then say briefly what happened. A panic on
/// another thread (the search worker) is caught there and told in the status
/// line, so it neither restores the terminal under the running explorer nor
/// writes over its screen.
pub fn install_panic_hook() {
    let main = std::thread::current().id();
    std::panic::set_hook(Box::new(move |info| {
        if std::thread::current().id() != main {
            return;
        }
        restore();
        let place = info
            .location()
            .map(|l| format!(" at {}:{}", l.file(), l.line()))
            .unwrap_or_default();
        // A panic's text can hold data (an id in a message): shown as codes.
        let what = crate::app::searcher::panic_text(info.payload());
        let what = crate::text::visible(&what);
        // Not eprintln: it panics when standard error is gone (a closed
        // terminal), and a panic in the hook aborts.
        let _ = writeln!(
            io::stderr(),
            "newsline stopped because of a bug: {what}{place}.\n\
             Your data was not changed. Please report it as an issue of the newsline \
             project, with the command you ran and the keys you pressed."
        );
    }));
}

/// Does what the app asked for: the clipboard through the terminal (OSC 52),
/// or a new file with the filtered timeline. An existing file is never replaced.
fn perform(
    term: &mut Terminal<CrosstermBackend<Stdout>>,
    app: &App,
    effect: &Effect,
) -> io::Result<()> {
    match effect {
        Effect::Copy { text } => execute!(
            term.backend_mut(),
            crossterm::clipboard::CopyToClipboard::to_clipboard_from(text.as_bytes())
        ),
        Effect::Export { path, format } => {
            if path.exists() {
                return Err(io::ErrorKind::AlreadyExists.into());
            }
            let bytes = crate::export::render(&app.export_view(), *format);
            crate::store::atomic::write(path, &bytes)
        }
        // Handed to the dataset's worker, which answers through Poll.
        Effect::Edit(request) => match &app.edits().files {
            Some(files) if files.send(request.clone()) => Ok(()),
            _ => Err(io::Error::other("the dataset's worker stopped")),
        },
        // Answered by review::perform.
        Effect::ListFolder { .. } | Effect::Import { .. } | Effect::CommitReview => Ok(()),
    }
}

/// Turns a terminal event into an action for the app's current mode.
fn action_of(app: &App, ev: Event, clicks: &mut Clicks) -> Option<Action> {
    match ev {
        Event::Key(key) => action_for(app.mode(), &key),
        Event::Mouse(m) => match m.kind {
            MouseEventKind::ScrollDown => Some(Action::Scroll(3)),
            MouseEventKind::ScrollUp => Some(Action::Scroll(-3)),
            MouseEventKind::Down(MouseButton::Left) => {
                Some(clicks.action(m.column, m.row, Instant::now()))
            }
            _ => None,
        },
        Event::Resize(w, h) => Some(Action::Resize(w, h)),
        Event::Paste(text) => Some(Action::Paste(text)),
        _ => None,
    }
}

/// Ends the process when its terminal is gone or a quitting signal went
/// unanswered. crossterm 0.29 reads a hung-up terminal in a loop that never
/// returns (crossterm issue #793), so the event loop cannot notice either; this
/// thread does not depend on it. Saving is the event loop's job: what changed in
/// the last moments before a hang-up may not be saved, and the state file stays
/// whole because it is only ever replaced atomically.
#[cfg(unix)]
fn spawn_watchdog(signal: Arc<AtomicUsize>) {
    std::thread::spawn(move || {
        let mut unanswered_since: Option<Instant> = None;
        loop {
            std::thread::sleep(Duration::from_millis(200));
            if terminal_hung_up() {
                exit_once(128 + signal_hook::consts::SIGHUP);
            }
            let sig = signal.load(Ordering::Relaxed);
            if sig != 0 {
                let since = *unanswered_since.get_or_insert_with(Instant::now);
                if since.elapsed() > Duration::from_secs(1) {
                    exit_once(128 + sig as i32);
                }
            }
        }
    });
}

/// Whether the terminal on standard input has hung up (closed window, killed
/// multiplexer, dropped connection).
#[cfg(unix)]
fn terminal_hung_up() -> bool {
    hung_up(&io::stdin())
}

/// Whether `fd` reports a hang-up or an error, asked without waiting.
#[cfg(unix)]
fn hung_up(fd: &impl std::os::fd::AsFd) -> bool {
    use rustix::event::{PollFd, PollFlags, Timespec, poll};
    let mut fds = [PollFd::new(fd, PollFlags::empty())];
    let now = Timespec {
        tv_sec: 0,
        tv_nsec: 0,
    };
    matches!(poll(&mut fds, Some(&now)), Ok(n) if n > 0)
        && fds[0]
            .revents()
            .intersects(PollFlags::HUP | PollFlags::ERR | PollFlags::NVAL)
}

/// Stops the process (Ctrl-Z, or a SIGTSTP from outside) with the terminal
/// restored, and takes it back, redrawn in full, when it is continued.
fn suspend(term: &mut Term) -> io::Result<()> {
    restore();
    // SIGSTOP, not SIGTSTP: SIGTSTP is caught (to come here), and the kernel
    // drops a SIGTSTP to a process with no shell of its own to resume it.
    #[cfg(unix)]
    {
        let _ = signal_hook::low_level::raise(signal_hook::consts::SIGSTOP);
    }
    enter()?;
    // A cleared screen and a new terminal whose back buffer is blank agree, so
    // the next draw repaints everything. (`Terminal::clear` would first ask the
    // terminal where its cursor is, and not every terminal answers.)
    execute!(io::stdout(), terminal::Clear(terminal::ClearType::All))?;
    *term = Terminal::new(CrosstermBackend::new(io::stdout()))?;
    Ok(())
}

/// Saves what the app remembers when it changed, at most every 300 ms while
/// the user works, and always at the end. A failure is kept to be reported
/// once the terminal is restored, and saving stops.
struct Saver<'a> {
    store: &'a mut Store,
    last: DatasetState,
    pending: bool,
    last_write: Instant,
    error: Option<String>,
}

impl Saver<'_> {
    /// Notes what the app remembers after an action changed it.
    fn changed(&mut self, app: &App) {
        let now = app.remembered();
        if now != self.last {
            self.last = now;
            self.pending = true;
        }
    }

    /// Writes what is pending, if the last write is old enough or `force`.
    fn flush(&mut self, force: bool) {
        if self.error.is_some() {
            return;
        }
        if self.pending && (force || self.last_write.elapsed() >= Duration::from_millis(300)) {
            if let Err(e) = self.store.save(self.last.clone()) {
                self.error = Some(format!("could not save filters and bookmarks: {e}"));
            }
            self.pending = false;
            self.last_write = Instant::now();
        }
    }
}

/// How the explorer ended, and a problem with saving to report, if any.
pub struct Outcome {
    pub exit: Exit,
    pub save_error: Option<String>,
}

/// Runs the explorer until the user quits or a signal arrives, saving what it
/// remembers to `store`.
pub fn run(app: &mut App, theme: &Theme, store: &mut Store) -> io::Result<Outcome> {
    let last = app.remembered();
    let mut saver = Saver {
        store,
        last,
        pending: false,
        last_write: Instant::now(),
        error: None,
    };
    let exit = event_loop(app, theme, &mut saver);
    saver.changed(app);
    saver.flush(true);
    Ok(Outcome {
        exit: exit?,
        save_error: saver.error,
    })
}

/// How the explorer ends when reading the terminal fails: as the signal
/// that came (a hang-up comes with SIGHUP), or with the error.
fn input_failed(e: io::Error, signal: &AtomicUsize) -> io::Result<Exit> {
    match signal.load(Ordering::Relaxed) {
        0 => Err(e),
        sig => Ok(Exit::Signal(sig as i32)),
    }
}

fn event_loop(app: &mut App, theme: &Theme, saver: &mut Saver) -> io::Result<Exit> {
    let signal = Arc::new(AtomicUsize::new(0));
    let stop = Arc::new(AtomicBool::new(false));
    #[cfg(unix)]
    {
        for sig in [
            signal_hook::consts::SIGTERM,
            signal_hook::consts::SIGHUP,
            signal_hook::consts::SIGINT,
        ] {
            signal_hook::flag::register_usize(sig, Arc::clone(&signal), sig as usize)?;
        }
        // A stop from outside (`kill -TSTP`) is answered like Ctrl-Z, so the
        // shell does not get the terminal back in raw mode on the other screen.
        signal_hook::flag::register(signal_hook::consts::SIGTSTP, Arc::clone(&stop))?;
        spawn_watchdog(Arc::clone(&signal));
    }

    enter()?;
    let _guard = Guard;
    let mut term = Terminal::new(CrosstermBackend::new(io::stdout()))?;
    let exit = drive(app, theme, saver, &mut term, &signal, &stop);
    // When the terminal is gone, what changed is saved and the process ends
    // here, as the watchdog would end it: dropping the ratatui terminal
    // would report on standard error, which is the lost terminal, and a
    // failed report is a panic.
    #[cfg(unix)]
    if terminal_hung_up() {
        saver.changed(app);
        saver.flush(true);
        exit_once(128 + signal_hook::consts::SIGHUP);
    }
    // The explorer is done with the terminal: from here the main thread ends
    // the process, and the watchdog must not end it under it.
    EXITING.store(true, Ordering::SeqCst);
    exit
}

/// Set once some thread has taken charge of ending the process.
static EXITING: AtomicBool = AtomicBool::new(false);

/// Restores the terminal and ends the process, unless another thread is
/// already doing so: then this one waits for the end. Two threads in `exit`
/// at once (the watchdog seeing a hang-up while the main thread leaves after
/// the same hang-up) ran exit handlers twice and ended in SIGABRT.
fn exit_once(code: i32) -> ! {
    if EXITING.swap(true, Ordering::SeqCst) {
        loop {
            std::thread::park();
        }
    }
    restore();
    std::process::exit(code)
}

/// Draws and feeds events to the app until it quits or a signal comes.
fn drive(
    app: &mut App,
    theme: &Theme,
    saver: &mut Saver,
    term: &mut Term,
    signal: &AtomicUsize,
    stop: &AtomicBool,
) -> io::Result<Exit> {
    let size = term.size()?;
    app.update(Action::Resize(size.width, size.height));
    let mut dirty = true;
    let mut clicks = Clicks::default();
    loop {
        if dirty {
            term.draw(|f| ui::draw(f, app, theme))?;
            dirty = false;
            crate::crash_test::crash_if_asked(crate::crash_test::Place::Explorer);
        }
        let sig = signal.load(Ordering::Relaxed);
        if sig != 0 {
            return Ok(Exit::Signal(sig as i32));
        }
        if stop.swap(false, Ordering::Relaxed) {
            suspend(term)?;
            dirty = true;
            continue;
        }
        saver.flush(false);
        // A correction written, or the dataset reloaded after a change on disk.
        if app.files_have_news() {
            app.update(Action::Poll);
            saver.changed(app);
            dirty = true;
        }
        // While a search is with the worker, look for its answer often.
        let waiting = app.search().pending;
        if waiting {
            app.update(Action::Poll);
            if !app.search().pending {
                dirty = true;
                continue;
            }
        }
        let tick = Duration::from_millis(if waiting { 5 } else { 100 });
        match event::poll(tick) {
            Ok(true) => {}
            Ok(false) => continue,
            Err(e) => return input_failed(e, signal),
        }
        // Everything already typed or pasted is applied before the next
        // frame: a flood of keys costs one frame, not one per key, so a q or
        // Ctrl-C behind it is reached at once.
        let started = Instant::now();
        loop {
            let ev = match event::read() {
                Ok(ev) => ev,
                Err(e) => return input_failed(e, signal),
            };
            if let Some(action) = action_of(app, ev, &mut clicks) {
                dirty = true;
                if action == Action::Suspend {
                    suspend(term)?;
                    break;
                }
                app.update(action);
                // An answer may ask for one more (the next free export
                // name); the app stops asking after a bounded number.
                while let Some(effect) = app.effect().cloned() {
                    // An import or a commit can take a moment: the screen
                    // says so first (the app's message).
                    if matches!(effect, Effect::Import { .. } | Effect::CommitReview) {
                        term.draw(|f| ui::draw(f, app, theme))?;
                    }
                    let answer = review::perform(app, &effect).unwrap_or_else(|| {
                        Action::EffectDone(perform(term, app, &effect).map_err(|e| e.kind()))
                    });
                    app.update(answer);
                }
                saver.changed(app);
                if app.should_quit() {
                    return Ok(Exit::Quit);
                }
            }
            if started.elapsed() >= DRAIN_BUDGET {
                break;
            }
            match event::poll(DRAIN_POLL) {
                Ok(true) => {}
                Ok(false) => break,
                Err(e) => return input_failed(e, signal),
            }
        }
    }
}

#[cfg(test)]
#[path = "terminal_tests.rs"]
mod tests;
