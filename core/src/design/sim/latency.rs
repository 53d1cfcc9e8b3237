//! End-to-end latency percentiles: each request's latency is the sum of the sojourn times of
//! the tiers on its path, and that sum has no handy closed form, so it is sampled — with a
//! fixed-seed generator and a fixed sample count, so the same inputs always give the same output.
//!
//! Samples are split among the paths in proportion to the traffic mix (deterministically, not
//! at random), every tier draw always consumes two uniforms and is drawn by inversion, so for a
//! fixed topology shape every sample — hence every percentile — is non-decreasing in the load.

use super::queueing::Sojourn;

/// Number of sampled requests per `simulate` call.
pub const SAMPLES: usize = 20_000;

const SEED: u64 = 0xBAC4_9E95_1A7E_2024;

/// SplitMix64: tiny, fast, and identical on every platform.
struct SplitMix(u64);

impl SplitMix {
    fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// Uniform in the open interval (0, 1).
    fn uniform(&mut self) -> f64 {
        ((self.next_u64() >> 11) as f64 + 0.5) * (1.0 / (1u64 << 53) as f64)
    }
}

/// One kind of request: its share of the traffic, a stable id (seeds its random stream) and
/// the sojourn-time distributions of the tiers it waits on.
pub struct PathLatency<'a> {
    pub id: u64,
    pub weight: f64,
    pub tiers: &'a [Sojourn],
}

/// Nearest-rank p50, p95 and p99 (seconds) of the traffic-weighted mixture of the paths.
pub fn percentiles(paths: &[PathLatency<'_>]) -> [f64; 3] {
    percentiles_with(paths, SAMPLES)
}

pub fn percentiles_with(paths: &[PathLatency<'_>], samples: usize) -> [f64; 3] {
    let total: f64 = paths.iter().map(|p| p.weight.max(0.0)).filter(|w| w.is_finite()).sum();
    if !(total > 0.0) || samples == 0 {
        return [0.0; 3];
    }
    let mut xs: Vec<f64> = Vec::with_capacity(samples + paths.len());
    let mut cumulative = 0.0;
    let mut allotted = 0usize;
    for path in paths {
        let w = path.weight.max(0.0);
        if !w.is_finite() {
            continue;
        }
        cumulative += w;
        let upto = ((cumulative / total) * samples as f64).round() as usize;
        let n = upto.saturating_sub(allotted);
        allotted = allotted.max(upto);
        let mut rng = SplitMix(SEED ^ path.id.wrapping_mul(0xD1B5_4A32_D192_ED03));
        for _ in 0..n {
            let mut x = 0.0;
            for tier in path.tiers {
                let u_wait = rng.uniform();
                let u_service = rng.uniform();
                x += tier.sample(u_wait, u_service);
            }
            xs.push(x);
        }
    }
    if xs.is_empty() {
        return [0.0; 3];
    }
    let n = xs.len();
    let rank = |p: f64| (((p * n as f64).ceil() as usize).max(1) - 1).min(n - 1);
    let (k50, k95, k99) = (rank(0.5), rank(0.95), rank(0.99));
    // Select the largest rank first; the smaller ranks then lie in the prefix before it.
    xs.select_nth_unstable_by(k99, f64::total_cmp);
    let p99 = xs[k99];
    let p95 = if k95 < k99 {
        xs[..k99].select_nth_unstable_by(k95, f64::total_cmp);
        xs[k95]
    } else {
        p99
    };
    let p50 = if k50 < k95 {
        xs[..k95].select_nth_unstable_by(k50, f64::total_cmp);
        xs[k50]
    } else {
        p95
    };
    [p50, p95, p99]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_mm1_tier_matches_its_exact_percentiles() {
        let s = Sojourn::mmc(1, 60.0, 100.0);
        let [p50, p95, p99] = percentiles(&[PathLatency { id: 1, weight: 1.0, tiers: &[s] }]);
        for (got, p) in [(p50, 0.5), (p95, 0.95), (p99, 0.99)] {
            let want = -(1.0_f64 - p).ln() / 40.0;
            assert!((got - want).abs() < 0.05 * want, "p{p}: {got} vs {want}");
        }
    }

    #[test]
    fn two_exponentials_add_up() {
        // Exp(μ) + Exp(μ) is Erlang-2: P(X > x) = e^{−μx}(1 + μx); its median is 1.678347/μ.
        let s = Sojourn::mmc(1, 0.0, 10.0);
        let [p50, _, _] = percentiles(&[PathLatency { id: 1, weight: 1.0, tiers: &[s, s] }]);
        assert!((p50 - 0.167_834_7).abs() < 0.004, "{p50}");
    }

    #[test]
    fn the_mixture_follows_the_weights() {
        let fast = Sojourn::mmc(1, 0.0, 1000.0);
        let slow = Sojourn::mmc(1, 0.0, 1.0);
        // 2 % of requests are slow: the p99 lands among them, the p50 does not.
        let [p50, _, p99] = percentiles(&[
            PathLatency { id: 1, weight: 0.98, tiers: &[fast] },
            PathLatency { id: 2, weight: 0.02, tiers: &[slow] },
        ]);
        assert!(p50 < 0.01 && p99 > 0.1, "{p50} {p99}");
    }

    #[test]
    fn it_is_deterministic_and_ordered() {
        let s = Sojourn::mmc(3, 200.0, 100.0);
        let paths = [PathLatency { id: 7, weight: 1.0, tiers: &[s, s, s] }];
        let a = percentiles(&paths);
        assert_eq!(a, percentiles(&paths));
        assert!(a[0] <= a[1] && a[1] <= a[2]);
    }
}
