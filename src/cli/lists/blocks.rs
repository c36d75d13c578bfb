//! Long listings formatted in blocks on every core and written in order:
//! each worker formats every n-th block into its own buffer while standard
//! output takes the finished ones, so a million rows cost about half the
//! time they would on one core. Nothing here knows what a row holds.

use crate::cli::out::CleanedOut;
use crate::text::Cleaned;
use std::io::{self, Write};
use std::sync::mpsc;

/// Rows per block: a few hundred kilobytes of output, one `write` each,
/// and the first block out soon after the command starts writing.
const BLOCK: usize = 2048;

/// Writes `format(state, i, &items[i], buffer)` for every item, in order.
/// `state` makes each worker's own state (its caches); `i` is the item's
/// place in `items`, for separators that depend on it.
pub(super) fn write<T: Sync, S>(
    out: &mut CleanedOut<impl Write>,
    items: &[T],
    state: impl Fn() -> S + Sync,
    format: impl Fn(&mut S, usize, &T, &mut Cleaned) + Sync,
) -> io::Result<()> {
    let blocks = items.len().div_ceil(BLOCK);
    let workers = std::thread::available_parallelism()
        .map_or(1, |n| n.get())
        .min(blocks);
    let block = |k: usize, s: &mut S, buf: &mut Cleaned| {
        buf.clear();
        let start = k * BLOCK;
        let end = (start + BLOCK).min(items.len());
        for (i, item) in items[start..end].iter().enumerate() {
            format(s, start + i, item, buf);
        }
    };
    if workers <= 1 {
        let mut s = state();
        let mut buf = Cleaned::default();
        for k in 0..blocks {
            block(k, &mut s, &mut buf);
            out.write(&buf)?;
        }
        return Ok(());
    }
    std::thread::scope(|scope| {
        let mut lanes = Vec::with_capacity(workers);
        for w in 0..workers {
            // Two blocks ahead at most, so memory stays a few blocks; the
            // written buffers go back to be filled again.
            let (done, take) = mpsc::sync_channel::<Cleaned>(2);
            let (give_back, reuse) = mpsc::channel::<Cleaned>();
            lanes.push((take, give_back));
            let (state, block) = (&state, &block);
            scope.spawn(move || {
                let mut s = state();
                for k in (w..blocks).step_by(workers) {
                    let mut buf = reuse.try_recv().unwrap_or_default();
                    block(k, &mut s, &mut buf);
                    // The writer has stopped (an error): so does this.
                    if done.send(buf).is_err() {
                        return;
                    }
                }
            });
        }
        for k in 0..blocks {
            let (take, give_back) = &lanes[k % workers];
            let buf = take
                .recv()
                .map_err(|_| io::Error::other("a listing's formatting thread stopped"))?;
            out.write(&buf)?;
            let _ = give_back.send(buf);
        }
        Ok(())
    })
}
