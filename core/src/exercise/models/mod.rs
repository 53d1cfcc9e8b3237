//! Rust reference models: each generates seeded random inputs and computes the expected outputs
//! itself, so randomized tests need no stored answers and the same seed gives the same cases.

pub mod hash_map;
pub mod lru;
pub mod rate_limiter;
pub mod search;

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
}
