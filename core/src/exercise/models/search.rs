//! Binary search and its variants: sorted arrays, targets present and absent, and the answers.

use crate::exercise::spec::{TestCase, TestInput};
use crate::rng::Rng;
use serde_json::json;

/// Sizes from tiny to large, so the read-count check has teeth.
fn size(rng: &mut Rng, k: usize) -> usize {
    match k % 4 {
        0 => rng.below(8) as usize,
        1 => 8 + rng.below(120) as usize,
        2 => 1_000 + rng.below(4_000) as usize,
        _ => 20_000 + rng.below(10_000) as usize,
    }
}

/// `n` distinct ascending integers with random gaps (so absent values exist between them).
fn distinct_sorted(rng: &mut Rng, n: usize) -> Vec<i64> {
    let mut v = Vec::with_capacity(n);
    let mut x = rng.below(200) as i64 - 100;
    for _ in 0..n {
        x += 1 + rng.below(5) as i64;
        v.push(x);
    }
    v
}

/// A target that is present (half the time) or absent: below, above, or in a gap.
fn target(rng: &mut Rng, v: &[i64]) -> i64 {
    if !v.is_empty() && rng.below(2) == 0 {
        return v[rng.below(v.len() as u64) as usize];
    }
    match (rng.below(3), v.first(), v.last()) {
        (0, Some(&f), _) => f - 1 - rng.below(10) as i64,
        (1, _, Some(&l)) => l + 1 + rng.below(10) as i64,
        _ => {
            // A value strictly between two neighbours with a gap, else far away.
            let gaps: Vec<i64> = v.windows(2).filter(|w| w[1] - w[0] > 1).map(|w| w[0] + 1).collect();
            if gaps.is_empty() { 1_000_000 } else { gaps[rng.below(gaps.len() as u64) as usize] }
        }
    }
}

pub fn binary_search_case(rng: &mut Rng, k: usize) -> TestCase {
    let n = size(rng, k);
    let v = distinct_sorted(rng, n);
    let t = target(rng, &v);
    let expected = v.iter().position(|&x| x == t).map_or(-1, |i| i as i64);
    TestCase { name: String::new(), hidden: false, input: TestInput::Args { args: vec![json!(v), json!(t)] }, expected: json!(expected) }
}

pub fn lower_bound_case(rng: &mut Rng, k: usize) -> TestCase {
    let n = size(rng, k);
    // Few distinct values, so runs of duplicates are long.
    let mut v: Vec<i64> = (0..n).map(|_| rng.below((n as u64 / 3).max(2)) as i64 * 2).collect();
    v.sort_unstable();
    let t = if rng.below(2) == 0 && !v.is_empty() { v[rng.below(n as u64) as usize] } else { rng.below(n as u64 + 4) as i64 * 2 - 3 };
    let expected = v.partition_point(|&x| x < t);
    TestCase { name: String::new(), hidden: false, input: TestInput::Args { args: vec![json!(v), json!(t)] }, expected: json!(expected) }
}

pub fn rotated_case(rng: &mut Rng, k: usize) -> TestCase {
    let n = size(rng, k);
    let mut v = distinct_sorted(rng, n);
    let t = target(rng, &v);
    if !v.is_empty() {
        let r = rng.below(v.len() as u64) as usize;
        v.rotate_left(r);
    }
    let expected = v.iter().position(|&x| x == t).map_or(-1, |i| i as i64);
    TestCase { name: String::new(), hidden: false, input: TestInput::Args { args: vec![json!(v), json!(t)] }, expected: json!(expected) }
}

/// The sizes of the growth probes: ×4 steps from tiny to the largest random size, so a chart of
/// reads against n shows the curve's shape.
pub const PROBE_SIZES: &[usize] = &[8, 32, 128, 512, 2_048, 8_192, 32_768];

/// One growth probe of size `n` for the named search model: the target sits in the middle
/// (absent for the exact searches, a run boundary for lower bound), so a scan from either end
/// reads about n/2 elements while a binary search reads about log2 n.
pub fn probe(model: &str, rng: &mut Rng, n: usize) -> Option<TestCase> {
    let (args, expected) = match model {
        "binary-search" | "rotated-search" => {
            let mut v = distinct_sorted(rng, n);
            // Make a gap in the middle and aim at it.
            let mid = n / 2;
            for x in v.iter_mut().skip(mid) {
                *x += 2;
            }
            let t = v[mid] - 1;
            if model == "rotated-search" {
                let r = rng.below(n as u64) as usize;
                v.rotate_left(r);
            }
            (vec![json!(v), json!(t)], json!(-1))
        }
        "lower-bound" => {
            let v: Vec<i64> = (0..n as i64).map(|i| i / 2 * 2).collect();
            let t = v[n / 2] + 1;
            (vec![json!(v), json!(t)], json!(v.partition_point(|&x| x < t)))
        }
        _ => return None,
    };
    Some(TestCase { name: format!("growth n = {n}"), hidden: true, input: TestInput::Args { args }, expected })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cases_are_consistent() {
        let mut rng = Rng::new(3);
        for k in 0..40 {
            let c = binary_search_case(&mut rng, k);
            let TestInput::Args { args } = &c.input else { panic!() };
            let v: Vec<i64> = serde_json::from_value(args[0].clone()).expect("array");
            assert!(v.windows(2).all(|w| w[0] < w[1]), "distinct ascending");
            let i = c.expected.as_i64().expect("index");
            if i >= 0 {
                assert_eq!(v[i as usize], args[1].as_i64().expect("target"));
            } else {
                assert!(!v.contains(&args[1].as_i64().expect("target")));
            }
            let c = rotated_case(&mut rng, k);
            let TestInput::Args { args } = &c.input else { panic!() };
            let v: Vec<i64> = serde_json::from_value(args[0].clone()).expect("array");
            let drops = v.windows(2).filter(|w| w[0] > w[1]).count();
            assert!(drops <= 1, "rotated sorted array");
            let lb = lower_bound_case(&mut rng, k);
            let TestInput::Args { args } = &lb.input else { panic!() };
            let v: Vec<i64> = serde_json::from_value(args[0].clone()).expect("array");
            let t = args[1].as_i64().expect("target");
            let i = lb.expected.as_u64().expect("index") as usize;
            assert!(v[..i].iter().all(|&x| x < t) && v[i..].iter().all(|&x| x >= t));
        }
    }

    #[test]
    fn probes_are_valid_and_answered_correctly() {
        for model in ["binary-search", "rotated-search", "lower-bound"] {
            for &n in PROBE_SIZES {
                let c = probe(model, &mut Rng::new(n as u64), n).expect("search model");
                let TestInput::Args { args } = &c.input else { panic!() };
                let v: Vec<i64> = serde_json::from_value(args[0].clone()).expect("array");
                let t = args[1].as_i64().expect("target");
                assert_eq!(v.len(), n);
                match model {
                    "lower-bound" => {
                        assert!(v.windows(2).all(|w| w[0] <= w[1]));
                        let i = c.expected.as_u64().expect("index") as usize;
                        assert!((n / 4..=3 * n / 4).contains(&i), "{model} n={n}: the answer sits mid-array");
                        assert_eq!(i, v.partition_point(|&x| x < t));
                    }
                    _ => {
                        assert!(!v.contains(&t), "{model} n={n}: the target is absent");
                        assert_eq!(v.windows(2).filter(|w| w[0] >= w[1]).count(), usize::from(model == "rotated-search" && v[0] > v[n - 1]));
                        assert_eq!(c.expected, json!(-1));
                    }
                }
            }
        }
        assert!(probe("hash-map", &mut Rng::new(1), 8).is_none());
    }
}
