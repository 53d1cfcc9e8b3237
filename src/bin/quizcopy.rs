//! Not an area: the small module a quiz link's loader runs before the quiz module has arrived, to
//! paint the link's first question (`backprep_core::copy::quiz`). It links only the core and
//! wasm-bindgen, so it stays a fraction of the quiz module's size.

/// The copy's HTML, or nothing when the link gets no copy (the loader then waits for the app).
#[wasm_bindgen::prelude::wasm_bindgen]
pub fn first_question(hash: &str, banks: &str, dark: bool) -> Option<String> {
    backprep_core::copy::quiz::first_question(hash, banks, dark)
}

fn main() {}
