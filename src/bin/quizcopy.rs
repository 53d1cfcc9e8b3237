//! Not an area: the small module a quiz link's loader runs before the quiz module has arrived, to
//! paint the link's first question (`backprep_core::copy::quiz`). It links only the core, and no
//! wasm-bindgen: the loader instantiates it straight from its response (no glue to fetch and
//! evaluate first, BENCHMARKS.md, issue 10, eleventh pass) and talks to it through the three
//! exports below, with bytes in its memory (scripts/quizcopy.js).
#![no_main]

use std::cell::RefCell;

thread_local! {
    /// What the caller wrote: the link's bytes, then the question banks' (a JSON array).
    static INPUT: RefCell<Vec<u8>> = const { RefCell::new(Vec::new()) };
    /// The last copy drawn, kept until the next call.
    static OUTPUT: RefCell<String> = const { RefCell::new(String::new()) };
}

/// Room for `len` bytes of input, which the caller then writes: their address.
// `no_mangle` (the name the caller looks the export up by) is all the lint objects to here.
#[allow(unsafe_code)]
#[no_mangle]
pub extern "C" fn input(len: usize) -> *mut u8 {
    INPUT.with(|i| {
        let mut i = i.borrow_mut();
        i.clear();
        i.resize(len, 0);
        i.as_mut_ptr()
    })
}

/// Draws the copy from the input (its first `hash_len` bytes are the link) in the dark theme or
/// not: the HTML's length in bytes (at `output()`), or -1 when the link gets no copy.
#[allow(unsafe_code)]
#[no_mangle]
pub extern "C" fn first_question(hash_len: usize, dark: u32) -> i32 {
    let input = INPUT.with(|i| std::mem::take(&mut *i.borrow_mut()));
    let (hash, banks) = input.split_at(hash_len.min(input.len()));
    let html = match (std::str::from_utf8(hash), std::str::from_utf8(banks)) {
        (Ok(hash), Ok(banks)) => backprep_core::copy::quiz::first_question(hash, banks, dark != 0),
        _ => None,
    };
    let Some(html) = html else { return -1 };
    let Ok(len) = i32::try_from(html.len()) else { return -1 };
    OUTPUT.with(|o| *o.borrow_mut() = html);
    len
}

/// Where the last copy drawn is.
#[allow(unsafe_code)]
#[no_mangle]
pub extern "C" fn output() -> *const u8 {
    OUTPUT.with(|o| o.borrow().as_ptr())
}
