//! Tests of the terminal layer's own system calls (the rest of it needs a
//! real terminal and is tested end to end).

use super::*;

/// The watchdog's question: a pipe whose writer is gone has hung up, one
/// whose writer is still there has not, even with bytes waiting in it.
#[test]
fn a_closed_pipe_has_hung_up_and_an_open_one_has_not() {
    let (reader, mut writer) = std::io::pipe().unwrap();
    writer.write_all(b"x").unwrap();
    assert!(!hung_up(&reader), "an open pipe counted as hung up");
    drop(writer);
    assert!(hung_up(&reader), "a pipe with no writer left was not seen");
}
