//! The quiz area's WASM module (see `backprep::areas`): the page's loader calls `mount` and `unmount`.
use wasm_bindgen::prelude::*;

#[wasm_bindgen]
pub fn mount() {
    backprep::areas::mount::<backprep::areas::Quiz>();
}

#[wasm_bindgen]
pub fn unmount() {
    backprep::areas::unmount();
}

fn main() {}

/// Called by the loader when the home page is idle: see `backprep::areas::warm_quiz`.
#[wasm_bindgen]
pub fn warm() {
    backprep::areas::warm_quiz();
}
