//! The review queue's WASM module (see `backprep::areas`).
backprep::area_module!(backprep::areas::Review);
