//! The command line's allocator: the system's, except while something kept until the process
//! exits is built: a cached who's-who's decode, the built-in lexicon.
//!
//! Those make thousands of small allocations (words, title words, table entries) that live
//! until the process exits, where the command line forgets them rather than free them. Through
//! malloc each costs its bookkeeping and a header, and the page faults on that fresh memory
//! were much of a warm run. So while [`decode_in_arena`] runs, the thread's allocations are
//! carved in order from a block reserved for them, and freeing one is a no-op: the block is
//! never returned, like everything it holds.
//!
//! Only the binary installs [`CliAllocator`]; elsewhere (the tests, the language server's own
//! loading) an arena is asked for and nothing changes.

use std::alloc::{GlobalAlloc, Layout, System};
use std::cell::Cell;
use std::sync::atomic::{AtomicUsize, Ordering};

/// The system allocator with an arena for a cache entry's decoding; install it with
/// `#[global_allocator]`.
pub struct CliAllocator;

/// Blocks a process reserves at most, one per decode: later decodes (more facts sets) go
/// through the system allocator.
const BLOCKS: usize = 4;

/// The blocks' bounds, `[START, END)`, for frees from any thread; a start of 0 is a free slot.
static START: [AtomicUsize; BLOCKS] = [const { AtomicUsize::new(0) }; BLOCKS];
static END: [AtomicUsize; BLOCKS] = [const { AtomicUsize::new(0) }; BLOCKS];

/// The calling thread's arena: the next free byte and the block's end when one is open, or
/// `(0, bytes)` when `bytes` are asked for and the block is not reserved yet, or `(0, 0)`.
#[derive(Clone, Copy)]
struct Bump {
    next: usize,
    end: usize,
}

const CLOSED: Bump = Bump { next: 0, end: 0 };

thread_local! {
    // const-initialised without a destructor: reading it never allocates
    static BUMP: Cell<Bump> = const { Cell::new(CLOSED) };
}

/// Runs `decode` with this thread's allocations carved from a block of `bytes` of its own (once
/// it is full, or every block is taken, from the system again). What `decode` allocates is
/// never freed.
pub fn decode_in_arena<T>(bytes: usize, decode: impl FnOnce() -> T) -> T {
    /// Closes the arena however `decode` ends.
    struct Close;
    impl Drop for Close {
        fn drop(&mut self) {
            let _ = BUMP.try_with(|b| b.set(CLOSED));
        }
    }
    let _ = BUMP.try_with(|b| b.set(Bump { next: 0, end: bytes }));
    let _close = Close;
    decode()
}

fn in_arena(ptr: *mut u8) -> bool {
    let at = ptr as usize;
    (0..BLOCKS).any(|k| {
        let start = START[k].load(Ordering::Acquire);
        start != 0 && at >= start && at < END[k].load(Ordering::Acquire)
    })
}

/// Memory for `layout` from this thread's arena, reserving the block on first use; `None` when
/// no arena is open or it is full.
fn carve(layout: Layout) -> Option<*mut u8> {
    let mut bump = BUMP.try_with(Cell::get).ok()?;
    if bump.end == 0 {
        return None;
    }
    if bump.next == 0 {
        bump = reserve(bump.end)?;
    }
    let start = bump.next.checked_next_multiple_of(layout.align())?;
    let end = start.checked_add(layout.size())?;
    if end > bump.end {
        return None;
    }
    let _ = BUMP.try_with(|b| {
        b.set(Bump {
            next: end,
            end: bump.end,
        })
    });
    Some(start as *mut u8)
}

/// The block's alignment: a huge page's, so the kernel can back it with a few huge pages
/// instead of thousands of small ones, each a page fault.
const HUGE_PAGE: usize = 2 << 20;

/// Reserves a block of `bytes` in a free slot; the kernel backs its pages only when touched.
fn reserve(bytes: usize) -> Option<Bump> {
    let layout = Layout::from_size_align(bytes, HUGE_PAGE).ok()?;
    // SAFETY: the layout's size is not zero (an arena is asked for with some bytes)
    let block = unsafe { System.alloc(layout) } as usize;
    #[cfg(target_os = "linux")]
    if block != 0 {
        // SAFETY: advice on a range this process owns; refused advice changes nothing
        unsafe { libc::madvise(block as *mut libc::c_void, bytes, libc::MADV_HUGEPAGE) };
    }
    let slot = (block != 0)
        .then(|| {
            (0..BLOCKS).find(|&k| {
                START[k]
                    .compare_exchange(0, block, Ordering::AcqRel, Ordering::Acquire)
                    .is_ok()
            })
        })
        .flatten();
    let Some(slot) = slot else {
        if block != 0 {
            // SAFETY: allocated just above with this layout, and never handed out
            unsafe { System.dealloc(block as *mut u8, layout) };
        }
        let _ = BUMP.try_with(|b| b.set(CLOSED));
        return None;
    };
    END[slot].store(block + bytes, Ordering::Release);
    Some(Bump {
        next: block,
        end: block + bytes,
    })
}

// SAFETY: every pointer handed out is either the system allocator's, freed and resized only by
// it, or a fresh range of the arena block aligned for its layout and never handed out twice
// (the block is never freed, so those ranges stay valid until the process exits).
unsafe impl GlobalAlloc for CliAllocator {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        match carve(layout) {
            Some(ptr) => ptr,
            None => System.alloc(layout),
        }
    }

    unsafe fn alloc_zeroed(&self, layout: Layout) -> *mut u8 {
        match carve(layout) {
            Some(ptr) => {
                ptr.write_bytes(0, layout.size());
                ptr
            }
            None => System.alloc_zeroed(layout),
        }
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        if !in_arena(ptr) {
            System.dealloc(ptr, layout);
        }
    }

    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        if !in_arena(ptr) {
            return System.realloc(ptr, layout, new_size);
        }
        let new_layout = Layout::from_size_align_unchecked(new_size, layout.align());
        let moved = self.alloc(new_layout);
        if !moved.is_null() {
            std::ptr::copy_nonoverlapping(ptr, moved, layout.size().min(new_size));
        }
        moved
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_arena_serves_aligned_allocations_in_order_and_ignores_frees() {
        let a = CliAllocator;
        let small = Layout::from_size_align(5, 1).unwrap();
        let wide = Layout::from_size_align(24, 8).unwrap();
        decode_in_arena(1 << 16, || unsafe {
            let p = a.alloc(small);
            let q = a.alloc(wide);
            assert!(in_arena(p) && in_arena(q), "both carved from the block");
            assert_eq!(q as usize % 8, 0, "aligned for its layout");
            assert!(q as usize >= p as usize + 5, "no overlap");
            p.copy_from_nonoverlapping(b"hello".as_ptr(), 5);
            let grown = a.realloc(p, small, 64);
            assert!(in_arena(grown));
            assert_eq!(std::slice::from_raw_parts(grown, 5), b"hello", "contents kept");
            a.dealloc(q, wide);
            let zeroed = a.alloc_zeroed(wide);
            assert!(std::slice::from_raw_parts(zeroed, 24).iter().all(|&b| b == 0));
            // past the block's end: the system's again
            let big = Layout::from_size_align(1 << 17, 8).unwrap();
            let outside = a.alloc(big);
            assert!(!outside.is_null() && !in_arena(outside));
            a.dealloc(outside, big);
        });
        unsafe {
            let after = a.alloc(small);
            assert!(!in_arena(after), "closed with the decode");
            a.dealloc(after, small);
        }
        let first = decode_in_arena(1 << 16, || unsafe { a.alloc(small) });
        let second = decode_in_arena(1 << 16, || unsafe { a.alloc(small) });
        assert!(
            in_arena(first) && in_arena(second),
            "each decode has a block of its own"
        );
        assert!((first as usize).abs_diff(second as usize) >= 1 << 16, "blocks apart");
    }
}
