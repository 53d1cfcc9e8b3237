//! The mock interview's WASM module (see `backprep::areas`).
backprep::area_module!(backprep::areas::Mock);
