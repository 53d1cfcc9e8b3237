//! Prints the areas (one WASM module each) and which first route segment opens which, as JSON,
//! for `scripts/build-areas.mjs`: the build and the page's loader take both from here, the one
//! place that defines them (`route.rs`).
//! `cargo run -q -p backprep-core --example areas`

use backprep_core::route::{Area, SEGMENT_AREAS};

fn main() {
    let areas: Vec<&str> = Area::ALL.iter().map(|a| a.name()).collect();
    let segments: serde_json::Map<String, serde_json::Value> =
        SEGMENT_AREAS.iter().map(|(seg, a)| (seg.to_string(), a.name().into())).collect();
    println!("{}", serde_json::json!({ "areas": areas, "segments": segments }));
}
