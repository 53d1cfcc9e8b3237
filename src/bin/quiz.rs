//! The quiz area's WASM module (see `backprep::areas`).
backprep::area_module!(backprep::areas::Quiz);

/// Called by the loader when the home page is idle: see `backprep::areas::warm_quiz`.
#[wasm_bindgen::prelude::wasm_bindgen]
pub fn warm() {
    backprep::areas::warm_quiz();
}
