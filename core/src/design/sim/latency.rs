//! End-to-end latency percentiles: each request's latency is the sum of the sojourn times of
//! the tiers on its path, and that sum has no handy closed form, so it is sampled — with a
//! fixed-seed generator and a fixed sample count, so the same inputs always give the same output.

use super::queueing::{Draw, Sojourn};

/// Number of sampled requests per `simulate` call.
pub const SAMPLES: usize = 20_000;

const SEED: u64 = 0xBAC4_9E95_1A7E_2024;

/// SplitMix64: tiny, fast, and identical on every platform.
struct SplitMix(u64);

impl SplitMix {
    #[inline]
    fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }
}

/// A 32-bit integer as a uniform in the open interval (0, 1).
#[inline]
fn open_unit(k: u32) -> f64 {
    (f64::from(k) + 0.5) * (1.0 / 4_294_967_296.0)
}

/// Standard exponential draws from 32-bit integers without a logarithm per draw: `−ln u` is
/// tabulated at 4,096 points of `u` and interpolated linearly (error below 4e-5 where used);
/// the lowest 64 cells, where `−ln` curves too much, fall back to `ln`. Service-time draws do
/// not depend on the load, so this approximation cannot break monotonicity.
struct ExpTable(Vec<f64>);

impl ExpTable {
    const BITS: u32 = 12;

    fn new() -> ExpTable {
        let cells = 1u32 << Self::BITS;
        ExpTable((0..=cells).map(|j| -(f64::from(j) / f64::from(cells)).ln()).collect())
    }

    #[inline]
    fn draw(&self, r: u32) -> f64 {
        let j = (r >> (32 - Self::BITS)) as usize;
        match (j >= 64).then(|| (self.0.get(j), self.0.get(j + 1))) {
            Some((Some(&a), Some(&b))) => {
                let frac = (f64::from(r & ((1 << (32 - Self::BITS)) - 1)) + 0.5) / f64::from(1u32 << (32 - Self::BITS));
                a + (b - a) * frac
            }
            _ => -open_unit(r).ln(),
        }
    }
}

/// One kind of request: its share of the traffic, a stable id (seeds its random stream) and
/// the sojourn-time distributions of the tiers it waits on.
pub struct PathLatency<'a> {
    pub id: u64,
    pub weight: f64,
    pub tiers: &'a [Sojourn],
}

/// Nearest-rank p50, p95 and p99 (seconds) of the traffic-weighted mixture of the paths, from
/// `SAMPLES` sampled requests.
///
/// Samples are split among the paths in proportion to the traffic mix (deterministically, not
/// at random); each path has its own fixed-seed SplitMix64 stream; every tier draw consumes
/// exactly one 64-bit number and the wait is drawn by inversion of its exact CDF. So, for a
/// fixed topology shape, every sample — hence every percentile — is non-decreasing in the load.
pub fn percentiles(paths: &[PathLatency<'_>]) -> [f64; 3] {
    percentiles_with(paths, SAMPLES)
}

/// `percentiles` with a given number of samples.
pub fn percentiles_with(paths: &[PathLatency<'_>], samples: usize) -> [f64; 3] {
    let total: f64 = paths.iter().map(|p| p.weight.max(0.0)).filter(|w| w.is_finite()).sum();
    if total.is_nan() || total <= 0.0 || samples == 0 {
        return [0.0; 3];
    }
    // Non-negative floats order like their bit patterns: select on integers, it is faster.
    let mut xs: Vec<u64> = Vec::with_capacity(samples + paths.len());
    let mut draws: Vec<Draw> = Vec::new();
    let exp = ExpTable::new();
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
        draws.clear();
        draws.extend(path.tiers.iter().map(Sojourn::prepare));
        // One 64-bit draw per tier: high half picks the wait, low half the service time.
        let mut rng = SplitMix(SEED ^ path.id.wrapping_mul(0xD1B5_4A32_D192_ED03));
        for _ in 0..n {
            let mut x = 0.0;
            for d in &draws {
                let r = rng.next_u64();
                x += d.sample(open_unit((r >> 32) as u32), exp.draw(r as u32));
            }
            xs.push(x.to_bits());
        }
    }
    if xs.is_empty() {
        return [0.0; 3];
    }
    let n = xs.len();
    let rank = |p: f64| (((p * n as f64).ceil() as usize).max(1) - 1).min(n - 1);
    let (k50, k95, k99) = (rank(0.5), rank(0.95), rank(0.99));
    // Select the largest rank first; the smaller ranks then lie in the prefix before it.
    xs.select_nth_unstable(k99);
    let p99 = xs[k99];
    let p95 = if k95 < k99 {
        xs[..k99].select_nth_unstable(k95);
        xs[k95]
    } else {
        p99
    };
    let p50 = if k50 < k95 {
        xs[..k95].select_nth_unstable(k50);
        xs[k50]
    } else {
        p95
    };
    [f64::from_bits(p50), f64::from_bits(p95), f64::from_bits(p99)]
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
    fn tabulated_exponentials_are_accurate() {
        let exp = ExpTable::new();
        let mut worst = 0.0_f64;
        for k in (0..=u32::MAX).step_by(9_973).chain([0, 1, u32::MAX, 1 << 26, (1 << 26) - 1]) {
            worst = worst.max((exp.draw(k) + open_unit(k).ln()).abs());
        }
        assert!(worst < 4e-5, "{worst}");
    }

    #[test]
    fn it_is_deterministic_and_ordered() {
        let s = Sojourn::mmc(3, 200.0, 100.0);
        let paths = [PathLatency { id: 7, weight: 1.0, tiers: &[s, s, s] }];
        let a = percentiles(&paths);
        assert_eq!(a, percentiles(&paths));
        assert!(a[0] <= a[1] && a[1] <= a[2]);
    }

    #[test]
    #[ignore]
    fn probe_parts() {
        let app = Sojourn { mu: 125.0, p_wait: 0.083, theta: 1000.0, t_max: 1.0 };
        let rep = Sojourn { mu: 75.0, p_wait: 0.55, theta: 150.0, t_max: 1.0 };
        let fast = Sojourn { mu: 1e5, p_wait: 0.0, theta: 1e5, t_max: 1.0 };
        let n = 200;
        let t0 = std::time::Instant::now();
        for _ in 0..n {
            std::hint::black_box(percentiles(&[
                PathLatency { id: 1, weight: 0.45, tiers: &[fast, app, fast] },
                PathLatency { id: 2, weight: 0.45, tiers: &[fast, app, fast, rep] },
                PathLatency { id: 4, weight: 0.1, tiers: &[fast, app, rep] },
            ]));
        }
        println!("percentiles: {:.3} ms", t0.elapsed().as_secs_f64() * 1000.0 / f64::from(n));
        let t0 = std::time::Instant::now();
        for _ in 0..n {
            for s in [app, rep, fast, fast, rep] {
                for p in [0.5, 0.95, 0.99] {
                    std::hint::black_box(s.quantile(p));
                }
            }
        }
        println!("tier quantiles: {:.3} ms", t0.elapsed().as_secs_f64() * 1000.0 / f64::from(n));
    }
}
