//! Queueing maths for one tier: Erlang B/C, mean wait, and the sojourn-time distribution of an
//! M/M/c queue whose requests give up after a timeout. Everything else in the simulator is
//! bookkeeping around these formulas, so they live apart and are checked against closed forms.

/// Utilisation ρ = λ / (c·μ) (may exceed 1: the tier is then saturated).
pub fn utilisation(c: u32, lambda: f64, mu: f64) -> f64 {
    lambda / (f64::from(c) * mu)
}

/// Erlang B blocking probability for `c` servers and offered load `a = λ/μ`, by the stable
/// recursion `B(0) = 1`, `B(k) = a·B(k−1) / (k + a·B(k−1))`. Stops early once `B` underflows.
pub fn erlang_b(c: u32, a: f64) -> f64 {
    if a <= 0.0 {
        return if c == 0 { 1.0 } else { 0.0 };
    }
    let mut b = 1.0_f64;
    for k in 1..=c {
        let ab = a * b;
        b = ab / (f64::from(k) + ab);
        if b < 1e-300 {
            return 0.0;
        }
    }
    b
}

/// Erlang C: the probability that an arrival waits, for `c` servers and offered load `a = λ/μ`.
/// Computed as `C = B / (1 − ρ(1 − B))` from Erlang B (stable for c up to tens of thousands);
/// 1 when `ρ ≥ 1` (every arrival waits in an unstable queue).
pub fn erlang_c(c: u32, a: f64) -> f64 {
    if a <= 0.0 {
        return 0.0;
    }
    let rho = a / f64::from(c);
    if rho >= 1.0 {
        return 1.0;
    }
    let b = erlang_b(c, a);
    b / (1.0 - rho * (1.0 - b))
}

/// Mean time in the queue of an M/M/c queue, `Wq = C(c, a) / (c·μ − λ)` (seconds if rates are
/// per second); infinite when `ρ ≥ 1`.
pub fn mean_wait(c: u32, lambda: f64, mu: f64) -> f64 {
    let cmu = f64::from(c) * mu;
    if lambda >= cmu {
        return f64::INFINITY;
    }
    erlang_c(c, lambda / mu) / (cmu - lambda)
}

/// Waiting-time tail of an M/M/c queue, `P(Wq > t) = C(c, a)·e^{−(cμ−λ)t}` (1 when `ρ ≥ 1`).
/// The textbook timeout share; the simulator itself uses `Station`, whose timed-out requests
/// leave the queue (≈ (1 − ρ) times this below saturation, and continuous past it).
pub fn wait_tail(c: u32, lambda: f64, mu: f64, t: f64) -> f64 {
    let cmu = f64::from(c) * mu;
    if lambda >= cmu {
        return 1.0;
    }
    erlang_c(c, lambda / mu) * (-(cmu - lambda) * t).exp()
}

/// `∫₀^m e^{z·w} dw` for `z ≤ 0` (bounded by `m`; `m` may be infinite when `z < 0`).
fn int_exp(z: f64, m: f64) -> f64 {
    if m.is_infinite() {
        return if z < 0.0 { -1.0 / z } else { f64::INFINITY };
    }
    if (z * m).abs() < 1e-12 {
        m
    } else {
        (z * m).exp_m1() / z
    }
}

/// What one tier does to the requests it receives: the share that fails and the sojourn-time
/// distribution (wait + service) of the ones it serves. Rates per second, times in seconds.
///
/// Model: Poisson arrivals at rate λ, c servers, exponential service at rate μ each, first
/// come first served. A request that would wait longer than the timeout `T` fails and never
/// uses a server (M/M/c+D, "deterministic patience"). The virtual waiting time `V` has an atom
/// at 0 (a server is free, weight ∝ 1 − B), a density `∝ B·cμ·e^{−θv}` on `(0, T]` with
/// `θ = cμ − λ`, and beyond `T` a mass `∝ B·e^{−θT}`: the requests that would wait past `T`,
/// i.e. the errors (B = Erlang B). With `T = ∞` and `ρ < 1` this is exactly the textbook
/// M/M/c queue (P(wait) = Erlang C); below saturation the error share is ≈ (1 − ρ)·C·e^{−θT};
/// far past saturation the tier serves ≈ cμ per second, sheds ≈ 1 − cμ/λ and the requests it
/// serves wait almost `T`. Checked against a discrete-event simulation (see the tests).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Station {
    /// Share of arrivals that would wait longer than the timeout and fail.
    pub error_rate: f64,
    pub sojourn: Sojourn,
}

impl Station {
    /// Solves the M/M/c+D queue: `c` servers at rate `mu`, arrivals at `lambda`, timeout
    /// `timeout_s` (may be infinite only when `λ < cμ`).
    pub fn solve(c: u32, lambda: f64, mu: f64, timeout_s: f64) -> Station {
        let idle = Station {
            error_rate: 0.0,
            sojourn: Sojourn { mu, p_wait: 0.0, theta: f64::from(c) * mu, t_max: timeout_s },
        };
        if lambda <= 0.0 || lambda.is_nan() {
            return idle;
        }
        let cmu = f64::from(c) * mu;
        let b = erlang_b(c, lambda / mu);
        let theta = cmu - lambda;
        // Unnormalised masses of: no wait, wait in (0, T], wait beyond T (those fail). For
        // θ < 0 all three are scaled by e^{θT} so nothing overflows.
        let (w0, wq, wab) = if theta >= 0.0 {
            (1.0 - b, b * cmu * int_exp(-theta, timeout_s), b * (-theta * timeout_s).exp())
        } else {
            ((1.0 - b) * (theta * timeout_s).exp(), b * cmu * int_exp(theta, timeout_s), b)
        };
        let total = w0 + wq + wab;
        if total.is_nan() || total <= 0.0 {
            return idle;
        }
        let served = w0 + wq;
        Station {
            error_rate: wab / total,
            sojourn: Sojourn {
                mu,
                p_wait: if served > 0.0 { wq / served } else { 1.0 },
                theta,
                t_max: timeout_s,
            },
        }
    }
}

/// Sojourn time of a served request: `X = V + S`, with `S ~ Exp(μ)` and the wait `V` equal to 0
/// with probability `1 − p_wait`, otherwise distributed on `(0, t_max]` with density
/// `∝ e^{−θv}` (θ may be negative past saturation: waits then pile up near the timeout).
/// With `t_max = ∞`, `p_wait = C` and `θ = cμ − λ > 0` this is the M/M/c sojourn time.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Sojourn {
    pub mu: f64,
    pub p_wait: f64,
    pub theta: f64,
    pub t_max: f64,
}

impl Sojourn {
    /// The untimed M/M/c sojourn time (`ρ < 1` required for a proper distribution).
    pub fn mmc(c: u32, lambda: f64, mu: f64) -> Sojourn {
        Sojourn {
            mu,
            p_wait: erlang_c(c, lambda / mu),
            theta: f64::from(c) * mu - lambda,
            t_max: f64::INFINITY,
        }
    }

    fn theta_negligible(&self) -> bool {
        (self.theta * self.t_max).abs() < 1e-12
    }

    /// Density of the (conditional) wait at `m ∈ [0, t_max]`.
    fn wait_density(&self, m: f64) -> f64 {
        let (th, t) = (self.theta, self.t_max);
        if self.theta_negligible() {
            1.0 / t
        } else if th > 0.0 {
            th * (-th * m).exp() / -(-th * t).exp_m1()
        } else {
            th * (th * (t - m)).exp() / (th * t).exp_m1()
        }
    }

    /// P(V > x | V > 0) for `0 ≤ x < t_max`.
    fn wait_survival(&self, x: f64) -> f64 {
        let (th, t) = (self.theta, self.t_max);
        if self.theta_negligible() {
            (t - x) / t
        } else if th > 0.0 {
            (-th * x).exp() * (-th * (t - x)).exp_m1() / (-th * t).exp_m1()
        } else {
            (th * (t - x)).exp_m1() / (th * t).exp_m1()
        }
    }

    /// P(X > x).
    pub fn survival(&self, x: f64) -> f64 {
        if x.is_nan() || x <= 0.0 {
            return 1.0;
        }
        let mu = self.mu;
        let service_tail = (-mu * x).exp();
        if self.p_wait <= 0.0 {
            return service_tail;
        }
        let m = x.min(self.t_max);
        let wait_tail = if x >= self.t_max { 0.0 } else { self.wait_survival(x) };
        // ∫₀^m g(w)·e^{−μ(x−w)} dw, factored so that no exponential overflows.
        let z = mu - self.theta;
        let conv = if z > 0.0 {
            self.wait_density(m) * (-mu * (x - m)).exp() * int_exp(-z, m)
        } else {
            self.wait_density(0.0) * service_tail * int_exp(z, m)
        };
        let s = (1.0 - self.p_wait) * service_tail + self.p_wait * (wait_tail + conv);
        s.clamp(0.0, 1.0)
    }

    /// The `p`-quantile of `X` (seconds), by deterministic bisection on the exact survival
    /// function, to a relative precision of 1e-12.
    pub fn quantile(&self, p: f64) -> f64 {
        if p.is_nan() || p <= 0.0 {
            return 0.0;
        }
        let target = 1.0 - p;
        let mut hi = -(target.ln()) / self.mu;
        if self.p_wait > 0.0 {
            hi += if self.theta > 0.0 { (-(target.ln()) / self.theta).min(self.t_max) } else { self.t_max };
        }
        if !hi.is_finite() || hi <= 0.0 {
            return hi.max(0.0);
        }
        let mut guard = 0;
        while self.survival(hi) > target && guard < 64 {
            hi *= 2.0;
            guard += 1;
        }
        let mut lo = 0.0;
        for _ in 0..200 {
            if hi - lo <= 1e-12 * hi {
                break;
            }
            let mid = 0.5 * (lo + hi);
            if self.survival(mid) > target {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        hi
    }

    /// One draw by inversion: `u_wait` picks the wait, `u_service ∈ (0, 1)` the service time.
    /// The draw is non-decreasing in the load for fixed uniforms, so sampled percentiles keep
    /// the monotonicity of the exact ones.
    pub fn sample(&self, u_wait: f64, u_service: f64) -> f64 {
        self.prepare().sample(u_wait, -u_service.ln())
    }

    /// The constants of `sample`, computed once per tier rather than once per draw.
    pub(crate) fn prepare(&self) -> Draw {
        let (th, t) = (self.theta, self.t_max);
        let wait = if self.theta_negligible() {
            WaitShape::Flat { t }
        } else if th > 0.0 {
            WaitShape::Decaying { k: (-th * t).exp_m1(), inv_theta: 1.0 / th }
        } else {
            WaitShape::Growing { t, k: (th * t).exp_m1(), inv_phi: -1.0 / th }
        };
        Draw { inv_mu: 1.0 / self.mu, p_wait: self.p_wait, wait }
    }
}

/// The wait's shape given that it is positive (see `Sojourn`).
#[derive(Debug, Clone, Copy, PartialEq)]
enum WaitShape {
    /// θ ≈ 0: uniform on (0, T].
    Flat { t: f64 },
    /// θ > 0: truncated exponential, `k = e^{−θT} − 1`.
    Decaying { k: f64, inv_theta: f64 },
    /// θ < 0: T minus a truncated exponential of rate φ = −θ, `k = e^{−φT} − 1`.
    Growing { t: f64, k: f64, inv_phi: f64 },
}

/// A tier's sojourn time ready for fast repeated sampling by inversion.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) struct Draw {
    inv_mu: f64,
    p_wait: f64,
    wait: WaitShape,
}

impl Draw {
    /// `u_wait ∈ (0, 1)` picks the wait by inversion; `e_service` is a standard exponential
    /// draw (`−ln u`), scaled to the service rate.
    #[inline]
    pub(crate) fn sample(&self, u_wait: f64, e_service: f64) -> f64 {
        let service = e_service * self.inv_mu;
        let p_free = 1.0 - self.p_wait;
        if u_wait <= p_free || self.p_wait <= 0.0 {
            return service;
        }
        let q = ((u_wait - p_free) / self.p_wait).min(1.0);
        let wait = match self.wait {
            WaitShape::Flat { t } => q * t,
            WaitShape::Decaying { k, inv_theta } => -(q * k).ln_1p() * inv_theta,
            WaitShape::Growing { t, k, inv_phi } => t + ((1.0 - q) * k).ln_1p() * inv_phi,
        };
        wait.max(0.0) + service
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn close(a: f64, b: f64, rel: f64) -> bool {
        (a - b).abs() <= rel * b.abs().max(1e-300)
    }

    #[test]
    fn erlang_c_single_server_is_rho() {
        for rho in [0.05, 0.3, 0.5, 0.9, 0.99] {
            assert!(close(erlang_c(1, rho), rho, 1e-12), "rho {rho}");
        }
    }

    #[test]
    fn erlang_c_known_values() {
        // c = 2, a = 1: [1/2·2] / [1 + 1 + 1] = 1/3.
        assert!(close(erlang_c(2, 1.0), 1.0 / 3.0, 1e-12));
        // c = 10, a = 8: 0.409180 (direct sum of a^k/k!, checked with Python).
        assert!(close(erlang_c(10, 8.0), 0.409_180_150_796_443_5, 1e-9));
        // c = 20, a = 18: 0.550769; c = 32, a = 24: 0.082885 (same check).
        assert!(close(erlang_c(20, 18.0), 0.550_769_004_816_118, 1e-9));
        assert!(close(erlang_c(32, 24.0), 0.082_885_451_498_338, 1e-9));
        assert_eq!(erlang_c(3, 3.0), 1.0);
        assert_eq!(erlang_c(3, 0.0), 0.0);
    }

    #[test]
    fn erlang_c_is_stable_for_ten_thousand_servers() {
        let c = erlang_c(10_000, 9_900.0);
        assert!(c.is_finite() && c > 0.0 && c < 1.0, "{c}");
        // Lightly loaded: nobody waits.
        assert!(erlang_c(10_000, 100.0) < 1e-12);
        // Heavily loaded: almost everybody waits.
        assert!(erlang_c(10_000, 9_999.0) > 0.9);
    }

    #[test]
    fn mean_wait_matches_mm1() {
        for (lambda, mu) in [(1.0, 2.0), (50.0, 100.0), (90.0, 100.0), (0.1, 7.0)] {
            let rho = lambda / mu;
            assert!(close(mean_wait(1, lambda, mu), rho / (mu - lambda), 1e-12));
        }
        assert_eq!(mean_wait(2, 5.0, 2.0), f64::INFINITY);
        // c = 2, λ = 1, μ = 1: C = 1/3, Wq = (1/3) / (2 − 1).
        assert!(close(mean_wait(2, 1.0, 1.0), 1.0 / 3.0, 1e-12));
    }

    #[test]
    fn wait_tail_and_its_timeout_version() {
        // M/M/1, λ = 50, μ = 100: P(Wq > 0.01) = 0.5·e^{−0.5}.
        assert!(close(wait_tail(1, 50.0, 100.0, 0.01), 0.5 * (-0.5_f64).exp(), 1e-12));
        assert_eq!(wait_tail(1, 100.0, 100.0, 0.01), 1.0);
        // With impatient requests leaving the queue, the share is ≈ (1 − ρ) times the tail.
        let (c, lambda, mu, t) = (20, 1_350.0, 75.0, 0.05);
        let st = Station::solve(c, lambda, mu, t);
        assert!(close(st.error_rate, 0.1 * wait_tail(c, lambda, mu, t), 1e-3), "{}", st.error_rate);
    }

    #[test]
    fn utilisation_is_lambda_over_c_mu() {
        assert!(close(utilisation(4, 300.0, 100.0), 0.75, 1e-15));
    }

    #[test]
    fn mm1_sojourn_percentiles_are_exponential() {
        for (lambda, mu) in [(50.0, 100.0), (1.0, 10.0), (99.0, 100.0)] {
            let s = Sojourn::mmc(1, lambda, mu);
            for p in [0.5, 0.95, 0.99] {
                let want = -(1.0_f64 - p).ln() / (mu - lambda);
                assert!(close(s.quantile(p), want, 1e-9), "λ {lambda} μ {mu} p {p}");
            }
        }
    }

    #[test]
    fn a_long_timeout_gives_the_untimed_queue() {
        let (c, lambda, mu) = (20, 1350.0, 75.0);
        let st = Station::solve(c, lambda, mu, 1.0);
        let exact = Sojourn::mmc(c, lambda, mu);
        assert!(close(st.sojourn.p_wait, exact.p_wait, 1e-9));
        assert!(st.error_rate < 1e-30);
        for p in [0.5, 0.95, 0.99] {
            assert!(close(st.sojourn.quantile(p), exact.quantile(p), 1e-9));
        }
        // Sojourn p with C: P(X > x) = (1−C)e^{−μx} + C·[μe^{−θx} − θe^{−μx}]/(μ − θ).
        let (cc, th) = (exact.p_wait, 20.0 * mu - lambda);
        let x = 0.05;
        let want = (1.0 - cc) * (-mu * x).exp() + cc * (mu * (-th * x).exp() - th * (-mu * x).exp()) / (mu - th);
        assert!(close(exact.survival(x), want, 1e-12));
    }

    #[test]
    fn timeouts_match_the_simulated_mmc_with_deterministic_patience() {
        // Reference values from a 400,000-arrival discrete-event simulation (Python, FCFS,
        // arrivals that would wait more than T leave): (c, λ, μ, T) → error share.
        for (c, lambda, mu, t, sim) in [
            (1, 0.9, 1.0, 2.0, 0.2222),
            (2, 2.0, 1.0, 1.0, 0.2223),
            (4, 5.0, 1.0, 0.5, 0.2864),
            (1, 3.0, 1.0, 1.0, 0.6776),
        ] {
            let st = Station::solve(c, lambda, mu, t);
            assert!((st.error_rate - sim).abs() < 0.005, "{c} {lambda} {mu} {t}: {}", st.error_rate);
        }
    }

    #[test]
    fn far_past_saturation_the_excess_is_shed_and_waits_reach_the_timeout() {
        let st = Station::solve(4, 10_000.0, 100.0, 1.0);
        assert!(close(st.error_rate, 1.0 - 400.0 / 10_000.0, 1e-6));
        assert!(st.sojourn.quantile(0.5) > 1.0 && st.sojourn.quantile(0.5) < 1.0 + 0.01);
        let p99 = st.sojourn.quantile(0.99);
        assert!(close(p99, 1.0 + 4.605_170_185_988_091 / 100.0, 1e-3), "{p99}");
    }

    proptest! {
        #[test]
        fn survival_decreases_and_quantile_inverts_it(
            c in 1u32..50, rho in 0.0f64..3.0, mu in 1.0f64..1e4, t in 1e-3f64..5.0, p in 0.01f64..0.999
        ) {
            let lambda = rho * f64::from(c) * mu;
            let st = Station::solve(c, lambda, mu, t);
            prop_assert!((0.0..=1.0).contains(&st.error_rate));
            let s = st.sojourn;
            let x = s.quantile(p);
            prop_assert!(x.is_finite() && x >= 0.0);
            prop_assert!((s.survival(x) - (1.0 - p)).abs() < 1e-6);
            prop_assert!(s.survival(0.5 * x) >= s.survival(x));
            prop_assert!(s.survival(2.0 * x) <= s.survival(x));
        }

        #[test]
        fn more_load_never_helps(
            c in 1u32..50, rho in 0.0f64..3.0, extra in 0.0f64..1.0, mu in 1.0f64..1e4,
            t in 1e-3f64..5.0, u1 in 0.0f64..1.0, u2 in 1e-9f64..1.0
        ) {
            let l1 = rho * f64::from(c) * mu;
            let l2 = l1 * (1.0 + extra);
            let (a, b) = (Station::solve(c, l1, mu, t), Station::solve(c, l2, mu, t));
            prop_assert!(b.error_rate >= a.error_rate - 1e-12);
            prop_assert!(b.sojourn.quantile(0.99) >= a.sojourn.quantile(0.99) * (1.0 - 1e-9));
            prop_assert!(b.sojourn.sample(u1, u2) >= a.sojourn.sample(u1, u2) * (1.0 - 1e-9) - 1e-12);
        }
    }
}
