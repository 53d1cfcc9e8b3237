//! Entry point of the WASM binary: everything lives in the library so tests can reach it.
fn main() {
    backprep::start();
}
