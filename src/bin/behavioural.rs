//! The behavioural round's WASM module (see `backprep::areas`).
backprep::area_module!(backprep::areas::Behavioural);
