//! "How much traffic can this topology take?": the highest request rate whose simulated p99
//! and error rate still meet a service-level objective. Bisection is sound because neither
//! the p99 nor the error rate ever decreases as the rate grows (property-tested below).

use serde::{Deserialize, Serialize};

use super::explain::{number, percent};
use super::model::{simulate, Component, Report};
use super::topology::{Topology, MAX_RPS};

/// A service-level objective on end-to-end latency and errors.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct Slo {
    /// Highest acceptable end-to-end p99, in ms.
    pub p99_ms: f64,
    /// Highest acceptable share of failed requests, 0–1.
    pub max_error_rate: f64,
}

impl Default for Slo {
    /// p99 under 200 ms, at most 0.1 % errors.
    fn default() -> Self {
        Slo { p99_ms: 200.0, max_error_rate: 0.001 }
    }
}

impl Slo {
    pub fn is_met_by(&self, r: &Report) -> bool {
        r.p99_ms <= self.p99_ms && r.error_rate <= self.max_error_rate
    }
}

/// The answer of `find_limit`: the rate, the tier that limits it, and the report at that rate.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Limit {
    /// Highest requests/s meeting the SLO (within 0.5 %); 0 when even a trickle misses it.
    pub rps: f64,
    pub bottleneck: Component,
    /// `simulate` at `rps` (at the trickle when `rps` is 0, with an explanation of why).
    pub report: Report,
}

/// The "trickle" of traffic used to decide that no load meets the SLO.
pub const TINY_RPS: f64 = 0.001;
/// Relative precision of the search: the returned rate is within 0.5 % of the true limit.
pub const PRECISION: f64 = 0.005;

/// The highest `rps` (everything else as in `t`) whose report meets `slo`, by expansion then
/// bisection, to within 0.5 %; capped at `MAX_RPS`. Deterministic (about 10–25 simulations).
pub fn find_limit(t: &Topology, slo: &Slo) -> Limit {
    let at = |rps: f64| simulate(&Topology { rps, ..t.clone() });
    let trickle = at(TINY_RPS);
    if !slo.is_met_by(&trickle) {
        return unreachable(trickle, slo);
    }
    let start = if t.rps.is_finite() { t.rps.clamp(TINY_RPS, MAX_RPS) } else { 1.0 };
    let (mut lo, mut lo_report, mut hi) = (TINY_RPS, trickle, None);
    if start > TINY_RPS {
        let r = at(start);
        if slo.is_met_by(&r) {
            (lo, lo_report) = (start, r);
        } else {
            hi = Some(start);
        }
    }
    let mut hi = loop {
        if let Some(hi) = hi {
            break hi;
        }
        if lo >= MAX_RPS {
            return Limit { rps: lo, bottleneck: lo_report.bottleneck, report: lo_report };
        }
        let next = (lo * 8.0).min(MAX_RPS);
        let r = at(next);
        if slo.is_met_by(&r) {
            (lo, lo_report) = (next, r);
        } else {
            hi = Some(next);
        }
    };
    for _ in 0..200 {
        if hi <= lo * (1.0 + PRECISION) {
            break;
        }
        let mid = if hi > 4.0 * lo { (lo * hi).sqrt() } else { 0.5 * (lo + hi) };
        let r = at(mid);
        if slo.is_met_by(&r) {
            (lo, lo_report) = (mid, r);
        } else {
            hi = mid;
        }
    }
    Limit { rps: lo, bottleneck: lo_report.bottleneck, report: lo_report }
}

/// Even a trickle misses the SLO: say which tier is to blame (the slowest, or the one failing).
fn unreachable(mut report: Report, slo: &Slo) -> Limit {
    let by = |f: fn(&super::model::TierReport) -> f64| {
        let mut best: Option<&super::model::TierReport> = None;
        for x in &report.tiers {
            if best.is_none_or(|b| f(x) > f(b)) {
                best = Some(x);
            }
        }
        best.map(|b| (b.component, b.label.clone(), f(b)))
    };
    let latency_fails = report.p99_ms.is_nan() || report.p99_ms > slo.p99_ms;
    let culprit = if latency_fails { by(|x| x.p99_ms) } else { by(|x| x.error_rate) };
    let (component, label, value) = culprit.unwrap_or((report.bottleneck, String::new(), f64::NAN));
    report.explanation = if latency_fails {
        format!(
            "No load meets the SLO: even a trickle of traffic has a p99 of {} ms, above the {} ms target, \
             because service times alone add up to that (the slowest tier, the {label}, takes {} ms at p99).",
            number(report.p99_ms),
            number(slo.p99_ms),
            number(value),
        )
    } else {
        format!(
            "No load meets the SLO: even a trickle of traffic fails {} of the time, above the {} allowed \
             (the {label} fails {}).",
            percent(report.error_rate),
            percent(slo.max_error_rate),
            percent(value),
        )
    };
    report.bottleneck = component;
    Limit { rps: 0.0, bottleneck: component, report }
}

#[cfg(test)]
mod tests {
    use super::super::strategy::topology;
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn the_default_topology_has_a_limit_above_its_traffic() {
        let t = Topology::default();
        let slo = Slo::default();
        let limit = find_limit(&t, &slo);
        assert!(limit.rps > t.rps && limit.rps < 2.0 * t.rps, "{}", limit.rps);
        assert!(slo.is_met_by(&limit.report));
        assert_eq!(limit.report, simulate(&Topology { rps: limit.rps, ..t.clone() }));
        assert_eq!(limit.bottleneck, Component::Database);
        assert!(!slo.is_met_by(&simulate(&Topology { rps: limit.rps * 1.02, ..t.clone() })));
        assert_eq!(limit, find_limit(&t, &slo), "deterministic");
    }

    #[test]
    fn a_slo_tighter_than_the_service_times_has_no_limit() {
        let t = Topology { app_service_ms: 300.0, ..Topology::default() };
        let limit = find_limit(&t, &Slo::default());
        assert_eq!(limit.rps, 0.0);
        assert_eq!(limit.bottleneck, Component::App);
        assert!(limit.report.explanation.starts_with("No load meets the SLO"), "{}", limit.report.explanation);
        assert!(limit.report.explanation.contains("the app"), "{}", limit.report.explanation);
    }

    #[test]
    fn a_huge_topology_hits_the_search_cap() {
        let t = Topology {
            lb_nodes: 10_000,
            lb_max_rps: 1e9,
            app_replicas: 10_000,
            app_concurrency: 10,
            app_service_ms: 0.001,
            cache_hit: 1.0,
            cache_nodes: 10_000,
            cache_max_ops: 1e9,
            read_ratio: 1.0,
            ..Topology::default()
        };
        let limit = find_limit(&t, &Slo::default());
        assert_eq!(limit.rps, MAX_RPS);
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(24))]

        #[test]
        fn the_limit_meets_the_slo_and_a_bit_more_does_not(t in topology(), p99 in 20.0f64..2_000.0) {
            let slo = Slo { p99_ms: p99, ..Slo::default() };
            let limit = find_limit(&t, &slo);
            if limit.rps > 0.0 {
                prop_assert!(slo.is_met_by(&limit.report));
                prop_assert_eq!(&limit.report, &simulate(&Topology { rps: limit.rps, ..t.clone() }));
                if limit.rps < MAX_RPS {
                    let more = simulate(&Topology { rps: limit.rps * 1.02, ..t.clone() });
                    prop_assert!(!slo.is_met_by(&more), "{} still meets", limit.rps * 1.02);
                }
            } else {
                let trickle = simulate(&Topology { rps: TINY_RPS, ..t.clone() });
                prop_assert!(!slo.is_met_by(&trickle));
            }
        }
    }

    /// Prints the default topology's figures and the time `simulate` and `find_limit` take.
    /// `cargo test --release -p backprep-core design::sim::limit::tests::timing_probe -- --ignored --nocapture`
    #[test]
    #[ignore]
    fn timing_probe() {
        for hit in [0.5, 0.95] {
            let t = Topology { cache_hit: hit, ..Topology::default() };
            let r = simulate(&t);
            println!("hit {hit}: p50 {:.2} p95 {:.2} p99 {:.2} ms, errors {:.2e}", r.p50_ms, r.p95_ms, r.p99_ms, r.error_rate);
            for x in &r.tiers {
                println!(
                    "  {:<20} c={:<4} {:>8.1}/{:>9.1} rps  ρ={:.3}  p50 {:.3} p99 {:.3} ms  err {:.1e}",
                    x.label, x.servers, x.offered_rps, x.capacity_rps, x.utilisation, x.p50_ms, x.p99_ms, x.error_rate
                );
            }
            println!("  {}", r.explanation);
            let l = find_limit(&t, &Slo::default());
            println!("  limit {:.1} rps ({}): {}", l.rps, l.bottleneck.name(), l.report.explanation);
        }
        // Best of several rounds: the machine may be shared.
        let best = |rounds: u32, f: &dyn Fn()| {
            (0..rounds)
                .map(|_| {
                    let start = std::time::Instant::now();
                    f();
                    start.elapsed().as_secs_f64() * 1000.0
                })
                .fold(f64::INFINITY, f64::min)
        };
        let t = Topology::default();
        let ms = best(200, &|| {
            std::hint::black_box(simulate(std::hint::black_box(&t)));
        });
        println!("simulate: {ms:.3} ms (best of 200)");
        let ms = best(20, &|| {
            std::hint::black_box(find_limit(std::hint::black_box(&t), &Slo::default()));
        });
        println!("find_limit: {ms:.3} ms (best of 20)");
        let big = Topology {
            lb_nodes: 100,
            db_pool: 10_000,
            db_max_qps: 750_000.0,
            app_replicas: 100,
            app_concurrency: 1_000,
            ..Topology::default()
        };
        let limit = find_limit(&big, &Slo::default());
        let ms = best(5, &|| {
            std::hint::black_box(find_limit(std::hint::black_box(&big), &Slo::default()));
        });
        println!("find_limit, 10,000-connection pools and 100,000 app workers: {ms:.3} ms ({:.0} rps, {})", limit.rps, limit.bottleneck.name());
    }
}
