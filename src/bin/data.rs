//! The data area's WASM module (see `backprep::areas`): the page's loader calls `mount` and `unmount`.
use wasm_bindgen::prelude::*;

#[wasm_bindgen]
pub fn mount() {
    backprep::areas::mount::<backprep::areas::Data>();
}

#[wasm_bindgen]
pub fn unmount() {
    backprep::areas::unmount();
}

fn main() {}
