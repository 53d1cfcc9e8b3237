//! Replays review histories through `srs::fsrs` for `scripts/fsrs_crosscheck.py`, which runs the
//! same histories through the reference implementation (PyPI `fsrs` 6.3.2) and compares the two.
//! Reads `[{"retention": 0.9, "steps": [{"elapsed": 3, "rating": 3}, ...]}, ...]` on stdin (the
//! first step is the first review: its `elapsed` is ignored) and prints, for each history, the
//! state after every step: `[[{"s": .., "d": .., "ivl": ..}, ...], ...]`.
//! `cargo run -q --release -p backprep-core --example fsrs_replay < histories.json`

use std::io::Read;

use backprep_core::srs::fsrs::{Fsrs, Memory, Rating};
use serde::{Deserialize, Serialize};

#[derive(Deserialize)]
struct History {
    retention: f64,
    steps: Vec<Step>,
}

#[derive(Deserialize)]
struct Step {
    elapsed: u32,
    rating: u8,
}

#[derive(Serialize)]
struct State {
    s: f64,
    d: f64,
    ivl: u32,
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mut input = String::new();
    std::io::stdin().read_to_string(&mut input)?;
    let histories: Vec<History> = serde_json::from_str(&input)?;
    let mut out = Vec::with_capacity(histories.len());
    for (h, history) in histories.iter().enumerate() {
        let fsrs = Fsrs::with_retention(history.retention);
        let mut memory: Option<Memory> = None;
        let mut states = Vec::with_capacity(history.steps.len());
        for (i, step) in history.steps.iter().enumerate() {
            let rating = Rating::from_u8(step.rating)
                .ok_or(format!("history {h}, step {i}: bad rating {}", step.rating))?;
            let m = match memory {
                None => fsrs.first(rating),
                Some(m) => fsrs.next(m, step.elapsed, rating),
            };
            memory = Some(m);
            states.push(State {
                s: m.stability,
                d: m.difficulty,
                ivl: fsrs.interval(m.stability),
            });
        }
        out.push(states);
    }
    println!("{}", serde_json::to_string(&out)?);
    Ok(())
}
