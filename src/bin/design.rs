//! The system-design area's WASM module (see `backprep::areas`).
backprep::area_module!(backprep::areas::Design);
