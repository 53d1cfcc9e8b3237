//! How an operation count grows with the input size n, for the complexity chart: the slope of
//! ln(ops) against ln(n) (the "≈ n^k" a learner can read), and the best-fitting of a few growth
//! classes (1, log n, n, n log n, n²), chosen by least squares in log space, so that a constant
//! factor never decides the class.

/// One measurement: `ops` operations counted on an input of size `n`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Point {
    pub n: u64,
    pub ops: u64,
}

/// A growth class the fit chooses among, from slowest to fastest.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Class {
    Constant,
    Log,
    Linear,
    NLogN,
    Quadratic,
}

const CLASSES: [Class; 5] = [Class::Constant, Class::Log, Class::Linear, Class::NLogN, Class::Quadratic];

impl Class {
    /// How the class reads after "grows like": "1", "log n", "n", "n log n", "n²".
    pub fn label(self) -> &'static str {
        match self {
            Class::Constant => "1",
            Class::Log => "log n",
            Class::Linear => "n",
            Class::NLogN => "n log n",
            Class::Quadratic => "n²",
        }
    }

    /// The class's shape at `n` (n ≥ 2, so every value is positive).
    pub fn eval(self, n: f64) -> f64 {
        match self {
            Class::Constant => 1.0,
            Class::Log => n.log2(),
            Class::Linear => n,
            Class::NLogN => n * n.log2(),
            Class::Quadratic => n * n,
        }
    }
}

/// What [`fit`] found.
#[derive(Debug, Clone, PartialEq)]
pub struct Fit {
    /// Least-squares slope of ln(ops) against ln(n).
    pub exponent: f64,
    /// The class with the smallest residual in log space.
    pub class: Class,
    /// ops ≈ coefficient · class(n).
    pub coefficient: f64,
}

/// Fits the points with n ≥ 2 and ops ≥ 1 (zero cannot be logged). `None` with fewer than 3
/// distinct sizes: two sizes cannot tell log n from n^0.3.
pub fn fit(points: &[Point]) -> Option<Fit> {
    let usable = mean_per_size(points);
    if usable.len() < 3 {
        return None;
    }
    let m = usable.len() as f64;
    let (xs, ys): (Vec<f64>, Vec<f64>) = usable.iter().map(|&(n, o)| (n.ln(), o.ln())).unzip();
    let (mx, my) = (xs.iter().sum::<f64>() / m, ys.iter().sum::<f64>() / m);
    let sxx: f64 = xs.iter().map(|x| (x - mx).powi(2)).sum();
    let sxy: f64 = xs.iter().zip(&ys).map(|(x, y)| (x - mx) * (y - my)).sum();
    let exponent = if sxx > 0.0 { sxy / sxx } else { 0.0 };
    // For each class: ln a = mean of ln ops − ln f(n); the residual is the spread around it.
    let (class, coefficient, _) = CLASSES
        .iter()
        .map(|&c| {
            let d: Vec<f64> = usable.iter().map(|&(n, o)| o.ln() - c.eval(n).ln()).collect();
            let ln_a = d.iter().sum::<f64>() / m;
            let residual: f64 = d.iter().map(|v| (v - ln_a).powi(2)).sum();
            (c, ln_a.exp(), residual)
        })
        .fold((Class::Constant, 1.0, f64::INFINITY), |best, c| if c.2 < best.2 { c } else { best });
    Some(Fit { exponent, class, coefficient })
}

/// (n, mean ops) per distinct n ≥ 2, sorted by n, over the points with ops ≥ 1. The arithmetic
/// mean, taken before logging: a scan that stops at a random target has a long low tail in log
/// space (position 1 of 8 is ln ⅛), which would tilt the slope by ±0.1 from one run to the next;
/// the mean is what the cost grows like, and every size then weighs the same however many tests
/// ran at it.
fn mean_per_size(points: &[Point]) -> Vec<(f64, f64)> {
    let mut usable: Vec<Point> = points.iter().copied().filter(|p| p.n >= 2 && p.ops >= 1).collect();
    usable.sort_unstable_by_key(|p| p.n);
    usable
        .chunk_by(|a, b| a.n == b.n)
        .filter_map(|same| Some((same.first()?.n as f64, same.iter().map(|p| p.ops as f64).sum::<f64>() / same.len() as f64)))
        .collect()
}

/// For the chart: the top of a log axis that must reach `max`, and its ticks from 1: powers of 2 while the
/// axis spans at most about two decades (binary-search reads are 1 to ~20, and 1, 10, 100 would
/// say little), powers of 10 above that.
pub fn log_axis(max: f64) -> (f64, Vec<f64>) {
    let max = max.max(2.0);
    let base: f64 = if max <= 128.0 { 2.0 } else { 10.0 };
    // Exact powers (powi), so that the top tick is not dropped by a rounding error.
    let top = base.powi((max.ln() / base.ln() - 1e-9).ceil() as i32);
    let ticks = std::iter::successors(Some(1.0), |t| Some(t * base)).take_while(|t| *t <= top * 1.0001).collect();
    (top, ticks)
}

/// What the chart says: "≈ n^1.0 (grows like n), expected log n".
pub fn describe(fit: &Fit, expected: Class) -> String {
    // -0.0 would print as "-0.0".
    let k = if fit.exponent.abs() < 0.05 { 0.0 } else { fit.exponent };
    format!("≈ n^{k:.1} (grows like {}), expected {}", fit.class.label(), expected.label())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::exercise::spec::ceil_log2_plus1;
    use crate::rng::Rng;

    fn sizes() -> impl Iterator<Item = u64> {
        (3..=15).map(|k| 1u64 << k)
    }

    #[test]
    fn an_exact_binary_search_grows_like_log_n() {
        let mut rng = Rng::new(1);
        let points: Vec<Point> = sizes()
            .flat_map(|n| {
                let exact = ceil_log2_plus1(n as usize);
                // Exact, one read fewer (found early), one more (an extra check), and random ±1.
                [exact, exact - 1, exact + 1, exact + rng.below(3) - 1].map(|ops| Point { n, ops })
            })
            .collect();
        let f = fit(&points).expect("enough sizes");
        assert_eq!(f.class, Class::Log);
        assert!(f.exponent < 0.4, "{}", f.exponent);
        assert!(describe(&f, Class::Log).contains("(grows like log n), expected log n"), "{}", describe(&f, Class::Log));
    }

    #[test]
    fn a_linear_scan_grows_like_n_with_exponent_one() {
        let mut rng = Rng::new(2);
        let mut points: Vec<Point> = sizes().map(|n| Point { n, ops: n }).collect();
        // Scans that stop at the target: a random position in 1..=n, several targets per size.
        points.extend(sizes().flat_map(|n| (0..4).map(move |_| n)).map(|n| Point { n, ops: 1 + rng.below(n) }));
        let f = fit(&points).expect("enough sizes");
        assert_eq!(f.class, Class::Linear);
        assert!((f.exponent - 1.0).abs() < 0.1, "{}", f.exponent);
        assert!(describe(&f, Class::Log).starts_with("≈ n^1.0 (grows like n), expected log n"), "{}", describe(&f, Class::Log));
    }

    #[test]
    fn quadratic_constant_and_n_log_n() {
        let q: Vec<Point> = sizes().map(|n| Point { n, ops: n * n / 3 }).collect();
        assert_eq!(fit(&q).map(|f| f.class), Some(Class::Quadratic));
        let c: Vec<Point> = sizes().map(|n| Point { n, ops: 3 + u64::from(n.trailing_zeros() % 2) }).collect();
        let f = fit(&c).expect("fit");
        assert_eq!(f.class, Class::Constant);
        assert!(describe(&f, Class::Log).starts_with("≈ n^0.0 (grows like 1)"), "{}", describe(&f, Class::Log));
        let nl: Vec<Point> = sizes().map(|n| Point { n, ops: (n as f64 * (n as f64).log2() * 2.0) as u64 }).collect();
        assert_eq!(fit(&nl).map(|f| f.class), Some(Class::NLogN));
    }

    #[test]
    fn too_few_sizes_and_zero_counts_give_no_fit() {
        assert_eq!(fit(&[Point { n: 8, ops: 3 }, Point { n: 8, ops: 4 }, Point { n: 16, ops: 5 }]), None);
        // Zero reads (an empty array, an early return) are left out rather than logged.
        let with_zeros = [Point { n: 0, ops: 0 }, Point { n: 8, ops: 0 }, Point { n: 8, ops: 4 }, Point { n: 64, ops: 7 }, Point { n: 512, ops: 10 }];
        assert_eq!(fit(&with_zeros).map(|f| f.class), Some(Class::Log));
        assert_eq!(fit(&[]), None);
    }

    #[test]
    fn small_ranges_get_powers_of_two_and_large_ones_powers_of_ten() {
        assert_eq!(log_axis(16.0), (16.0, vec![1.0, 2.0, 4.0, 8.0, 16.0]));
        assert_eq!(log_axis(17.0).0, 32.0);
        assert_eq!(log_axis(32768.0), (100_000.0, vec![1.0, 10.0, 100.0, 1_000.0, 10_000.0, 100_000.0]));
        assert_eq!(log_axis(0.0).0, 2.0);
    }
}
