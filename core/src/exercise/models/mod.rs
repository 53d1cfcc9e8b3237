//! Rust reference models: each generates seeded random inputs and computes the expected outputs
//! itself, so randomized tests need no stored answers and the same seed gives the same cases.

pub mod hash_map;
pub mod lru;
pub mod rate_limiter;
pub mod search;

use super::shrink::ShrinkRules;
use super::spec::TestCase;

/// Every model an exercise may name in `random.model`.
pub const MODELS: &[&str] = &["binary-search", "lower-bound", "rotated-search", "hash-map", "token-bucket", "sliding-window", "lru-cache"];

/// Generates `cases` randomized tests from `seed` with the named model.
pub fn generate(model: &str, seed: u64, cases: usize) -> Result<Vec<TestCase>, String> {
    let mut out = Vec::with_capacity(cases);
    for k in 0..cases {
        let mut rng = crate::rng::Rng::derived(seed, &format!("{model}#{k}"));
        let case = match model {
            "binary-search" => search::binary_search_case(&mut rng, k),
            "lower-bound" => search::lower_bound_case(&mut rng, k),
            "rotated-search" => search::rotated_case(&mut rng, k),
            "hash-map" => hash_map::case(&mut rng, k),
            "token-bucket" => rate_limiter::token_bucket_case(&mut rng, k),
            "sliding-window" => rate_limiter::sliding_window_case(&mut rng, k),
            "lru-cache" => lru::case(&mut rng, k),
            other => return Err(format!("unknown model `{other}` (known: {})", MODELS.join(", "))),
        };
        out.push(TestCase { name: format!("random #{} (seed {seed})", k + 1), ..case });
    }
    Ok(out)
}

/// What may shrink in the named model's inputs without breaking its preconditions (nothing for
/// an unknown model).
/// - Searches: removing elements keeps an array sorted, distinct, or a rotation of a sorted
///   distinct array (empty arrays are valid), and any integer target is valid.
/// - Hash map: any op sequence after `new` is valid; keys are strings (kept), values are any
///   value, so integers may move toward zero.
/// - LRU cache: any op sequence is valid; keys are any integers, values stay ≥ 0 moving toward
///   zero, capacity stays ≥ 1.
/// - Sliding window: removing calls keeps times non-decreasing and all arithmetic is integer;
///   times must not move (they would stop being non-decreasing), so no integer shrinks.
/// - Token bucket: only trailing calls may go. Dropping a call from the middle changes the
///   refill history and may put a later decision within float noise of a whole token, which the
///   exercise promises never happens (see `shrink` tests); times and capacity stay for the same reason.
pub fn shrink_rules(model: &str) -> ShrinkRules {
    let ops = |op_ints| ShrinkRules { remove_ops: true, op_ints, ..ShrinkRules::default() };
    match model {
        "binary-search" | "lower-bound" | "rotated-search" => ShrinkRules { arrays: vec![0], ints: vec![1], ..ShrinkRules::default() },
        "hash-map" | "lru-cache" => ops(true),
        "sliding-window" => ops(false),
        "token-bucket" => ShrinkRules { truncate_ops: true, ..ShrinkRules::default() },
        _ => ShrinkRules::default(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn same_seed_same_cases_for_every_model() {
        for m in MODELS {
            let a = generate(m, 7, 3).expect("known model");
            assert_eq!(a, generate(m, 7, 3).expect("known model"), "{m}");
            assert_ne!(a, generate(m, 8, 3).expect("known model"), "{m}");
            assert_eq!(a.len(), 3);
        }
        assert!(generate("nope", 1, 1).is_err());
    }

    #[test]
    fn every_model_has_shrink_rules() {
        for m in MODELS {
            let r = shrink_rules(m);
            assert!(!r.arrays.is_empty() || r.remove_ops || r.truncate_ops, "{m}: nothing shrinks");
        }
        assert_eq!(shrink_rules("binary-search"), ShrinkRules { arrays: vec![0], ints: vec![1], ..ShrinkRules::default() });
        assert!(!shrink_rules("token-bucket").remove_ops && !shrink_rules("sliding-window").op_ints);
        assert_eq!(shrink_rules("nope"), ShrinkRules::default());
    }
}
