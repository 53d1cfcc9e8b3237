//! From a topology to a report: how the traffic splits over the tiers, one queue per tier,
//! then the paths requests take through them (for end-to-end latency and errors) and the
//! bottleneck. The queueing maths is in `queueing`, the sampling in `latency`.

use serde::{Deserialize, Serialize};

use super::explain;
use super::latency::{self, PathLatency};
use super::queueing::{utilisation, Sojourn, Station};
use super::topology::Topology;

/// A kind of tier, as the UI names it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Component {
    LoadBalancer,
    App,
    Cache,
    Database,
    Queue,
}

impl Component {
    /// The name shown verbatim in the UI.
    pub fn name(self) -> &'static str {
        match self {
            Component::LoadBalancer => "load balancer",
            Component::App => "app",
            Component::Cache => "cache",
            Component::Database => "database",
            Component::Queue => "queue",
        }
    }
}

/// One tier's figures. For the database read replicas, the group as a whole (evenly loaded):
/// `servers` and `capacity_rps` add up over the replicas, `offered_rps` is all their reads.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct TierReport {
    pub component: Component,
    /// e.g. "database primary", "database replicas (2)".
    pub label: String,
    /// Parallel servers `c` (nodes, workers, connections or consumers).
    pub servers: u32,
    /// Requests (operations, queries, writes) per second sent to the tier.
    pub offered_rps: f64,
    /// What it can serve per second, `c·μ`.
    pub capacity_rps: f64,
    /// `offered_rps / capacity_rps`; 1 or more means saturated.
    pub utilisation: f64,
    /// Time in this tier (queueing + service) of the requests it serves, in ms.
    pub p50_ms: f64,
    pub p95_ms: f64,
    pub p99_ms: f64,
    /// Share of its requests that time out waiting (or are shed past saturation), 0–1.
    pub error_rate: f64,
    pub saturated: bool,
}

/// The simulator's answer for one topology.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Report {
    /// The tiers that exist, in order: load balancer, app, cache, queue consumers, database
    /// primary, database replicas.
    pub tiers: Vec<TierReport>,
    /// End-to-end latency percentiles of served requests over the read/write mix, in ms.
    pub p50_ms: f64,
    pub p95_ms: f64,
    pub p99_ms: f64,
    /// Share of requests that fail in some tier on their path, 0–1.
    pub error_rate: f64,
    /// The tier with the highest utilisation (ties: the first in `tiers`).
    pub bottleneck: Component,
    /// One sentence: what saturates first and why, with the numbers.
    pub explanation: String,
    /// Response bandwidth through the load balancer, `rps × payload_kb / 1000`.
    pub bandwidth_mb_s: f64,
}

/// Which tier a report row is, finer than `Component` (the database has two).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum TierKind {
    LoadBalancer,
    App,
    Cache,
    Consumers,
    Primary,
    Replicas,
}

impl TierKind {
    fn component(self) -> Component {
        match self {
            TierKind::LoadBalancer => Component::LoadBalancer,
            TierKind::App => Component::App,
            TierKind::Cache => Component::Cache,
            TierKind::Consumers => Component::Queue,
            TierKind::Primary | TierKind::Replicas => Component::Database,
        }
    }
}

/// How the traffic splits, per second.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) struct Load {
    pub reads: f64,
    pub writes: f64,
    /// Reads that reach the database: cache misses, or every read without a cache.
    pub db_reads: f64,
    /// Everything the primary executes: writes, plus the reads when there are no replicas.
    pub primary: f64,
}

impl Load {
    pub(crate) fn of(t: &Topology) -> Load {
        let reads = t.rps * t.read_ratio;
        let writes = t.rps - reads;
        let db_reads = if t.cache_enabled { reads * (1.0 - t.cache_hit) } else { reads };
        let primary = if t.db_replicas == 0 { writes + db_reads } else { writes };
        Load { reads, writes, db_reads, primary }
    }
}

struct Tier {
    kind: TierKind,
    station: Station,
    report: TierReport,
}

/// Builds one tier: each of `nodes` identical nodes is an M/M/c queue with `c = per_node`
/// servers at rate `mu`, receiving `offered / nodes`.
fn tier(t: &Topology, kind: TierKind, label: String, nodes: u32, per_node: u32, offered: f64, mu: f64) -> Tier {
    let station = Station::solve(per_node, offered / f64::from(nodes), mu, t.timeout_ms / 1000.0);
    let servers = per_node.saturating_mul(nodes);
    let capacity = f64::from(servers) * mu;
    let util = utilisation(servers, offered, mu);
    let ms = |p: f64| 1000.0 * station.sojourn.quantile(p);
    let report = TierReport {
        component: kind.component(),
        label,
        servers,
        offered_rps: offered,
        capacity_rps: capacity,
        utilisation: util,
        p50_ms: ms(0.5),
        p95_ms: ms(0.95),
        p99_ms: ms(0.99),
        error_rate: station.error_rate,
        saturated: util >= 1.0,
    };
    Tier { kind, station, report }
}

/// Stable ids of the request paths (they seed the latency sampler's streams).
const PATH_READ_HIT: u64 = 1;
const PATH_READ_MISS: u64 = 2;
const PATH_READ: u64 = 3;
const PATH_WRITE: u64 = 4;

/// A kind of request: its share of traffic, the tiers it waits on (latency) and the tiers
/// whose failures make it fail (errors; includes the asynchronous write tiers).
struct Path {
    id: u64,
    weight: f64,
    latency: Vec<usize>,
    errors: Vec<usize>,
}

/// Simulates the topology (assumed valid, see `Topology::validate`; never panics otherwise).
///
/// Model. Each tier is an M/M/c queue (Poisson arrivals at λ, exponential service at μ per
/// server, c servers): utilisation ρ = λ/(cμ), offered load a = λ/μ, Erlang C waiting
/// probability C(c, a) (from the Erlang B recursion, stable for c up to 10,000), mean wait
/// Wq = C/(cμ − λ), waiting-time tail P(Wq > t) = C·e^{−(cμ−λ)t}, sojourn = wait + Exp(μ).
/// A request whose wait would exceed `timeout_ms` fails without being served (M/M/c with
/// deterministic patience, see `Station`): below saturation that share is ≈ (1 − ρ)·C·e^{−(cμ−λ)T}
/// (the textbook C·e^{−(cμ−λ)T} counts timed-out requests as still occupying the queue), and
/// past saturation (ρ ≥ 1, `saturated`) the tier serves ≈ cμ per second, sheds ≈ 1 − cμ/λ, and
/// the requests it serves wait up to the timeout, so its percentiles approach
/// `timeout + service`. Unlike the piecewise textbook formulas, this is continuous at ρ = 1, so
/// latency and errors never decrease as traffic grows. A tier's p50/p95/p99 (of served
/// requests) invert its exact sojourn CDF by bisection.
///
/// Tiers: load balancer (c = `lb_nodes`, μ = `lb_max_rps`); app (c = replicas × concurrency,
/// μ = 1000/`app_service_ms`, every request once; service time excludes waiting on downstream
/// tiers); cache (c = `cache_nodes`, μ = `cache_max_ops`, all reads); queue consumers
/// (c = `queue_consumers`, μ = 1000/`consumer_service_ms`, all writes); database nodes (c =
/// `db_pool`, μ = `db_max_qps / db_pool` per connection): the primary takes the writes (and the
/// reads when `db_replicas = 0`), the replicas share the reads that reach the database evenly.
/// Every tier is offered its full share of the demand (upstream failures are not subtracted).
///
/// Paths. Reads: load balancer → app → cache → (on a miss) database read node, or without a
/// cache straight to the read node. Writes: load balancer → app → primary; with the queue,
/// load balancer → app → enqueue (no latency), the consumers applying them to the primary
/// asynchronously (counted for load, errors and the bottleneck, not latency). End-to-end
/// p50/p95/p99 sample `SAMPLES` requests over these paths with a fixed seed (see
/// `latency::percentiles`); errors are 1 − Π(1 − errorᵢ) over each path's tiers, weighted by
/// the mix. The bottleneck is the tier with the highest utilisation (ties: the first listed).
pub fn simulate(t: &Topology) -> Report {
    let load = Load::of(t);
    let mut tiers = vec![
        tier(t, TierKind::LoadBalancer, "load balancer".into(), 1, t.lb_nodes, t.rps, t.lb_max_rps),
        tier(
            t,
            TierKind::App,
            "app".into(),
            1,
            t.app_replicas.saturating_mul(t.app_concurrency),
            t.rps,
            1000.0 / t.app_service_ms,
        ),
    ];
    let (lb, app) = (0, 1);
    let cache = t.cache_enabled.then(|| {
        tiers.push(tier(t, TierKind::Cache, "cache".into(), 1, t.cache_nodes, load.reads, t.cache_max_ops));
        tiers.len() - 1
    });
    let consumers = t.queue_enabled.then(|| {
        let mu = 1000.0 / t.consumer_service_ms;
        tiers.push(tier(t, TierKind::Consumers, "queue consumers".into(), 1, t.queue_consumers, load.writes, mu));
        tiers.len() - 1
    });
    let per_connection = t.db_max_qps / f64::from(t.db_pool);
    tiers.push(tier(t, TierKind::Primary, "database primary".into(), 1, t.db_pool, load.primary, per_connection));
    let primary = tiers.len() - 1;
    let read_node = if t.db_replicas == 0 {
        primary
    } else {
        let label = if t.db_replicas == 1 {
            "database replica".to_string()
        } else {
            format!("database replicas ({})", t.db_replicas)
        };
        tiers.push(tier(t, TierKind::Replicas, label, t.db_replicas, t.db_pool, load.db_reads, per_connection));
        tiers.len() - 1
    };

    let mut paths = Vec::with_capacity(3);
    match cache {
        Some(cache) => {
            let hit = t.cache_hit;
            paths.push(Path { id: PATH_READ_HIT, weight: t.read_ratio * hit, latency: vec![lb, app, cache], errors: vec![] });
            let miss = vec![lb, app, cache, read_node];
            paths.push(Path { id: PATH_READ_MISS, weight: t.read_ratio * (1.0 - hit), latency: miss, errors: vec![] });
        }
        None => paths.push(Path { id: PATH_READ, weight: t.read_ratio, latency: vec![lb, app, read_node], errors: vec![] }),
    }
    match consumers {
        Some(consumers) => paths.push(Path {
            id: PATH_WRITE,
            weight: 1.0 - t.read_ratio,
            latency: vec![lb, app],
            errors: vec![lb, app, consumers, primary],
        }),
        None => paths.push(Path { id: PATH_WRITE, weight: 1.0 - t.read_ratio, latency: vec![lb, app, primary], errors: vec![] }),
    }
    for p in &mut paths {
        if p.errors.is_empty() {
            p.errors = p.latency.clone();
        }
    }

    let error_rate = paths
        .iter()
        .map(|p| {
            let ok: f64 = p.errors.iter().filter_map(|&i| tiers.get(i)).map(|x| 1.0 - x.station.error_rate).product();
            p.weight * (1.0 - ok)
        })
        .sum::<f64>()
        .clamp(0.0, 1.0);

    let sojourns: Vec<Vec<Sojourn>> = paths
        .iter()
        .map(|p| p.latency.iter().filter_map(|&i| tiers.get(i)).map(|x| x.station.sojourn).collect())
        .collect();
    let path_latencies: Vec<PathLatency<'_>> = paths
        .iter()
        .zip(&sojourns)
        .filter(|(p, _)| p.weight > 0.0)
        .map(|(p, s)| PathLatency { id: p.id, weight: p.weight, tiers: s })
        .collect();
    let [p50, p95, p99] = latency::percentiles(&path_latencies);

    let mut worst = 0;
    for (i, x) in tiers.iter().enumerate() {
        let best = tiers.get(worst).map_or(f64::NEG_INFINITY, |w| w.report.utilisation);
        if x.report.utilisation > best {
            worst = i;
        }
    }
    let (bottleneck, explanation) = match tiers.get(worst) {
        Some(w) => (w.report.component, explain::bottleneck(t, &load, w.kind, &w.report)),
        None => (Component::App, String::new()),
    };

    Report {
        tiers: tiers.into_iter().map(|x| x.report).collect(),
        p50_ms: 1000.0 * p50,
        p95_ms: 1000.0 * p95,
        p99_ms: 1000.0 * p99,
        error_rate,
        bottleneck,
        explanation,
        bandwidth_mb_s: t.rps * t.payload_kb / 1000.0,
    }
}

#[cfg(test)]
mod tests {
    use super::super::strategy::topology;
    use super::*;
    use proptest::prelude::*;

    fn find<'a>(r: &'a Report, label_start: &str) -> &'a TierReport {
        r.tiers.iter().find(|x| x.label.starts_with(label_start)).expect(label_start)
    }

    fn database_load(r: &Report) -> f64 {
        r.tiers.iter().filter(|x| x.component == Component::Database).map(|x| x.offered_rps).sum()
    }

    #[test]
    fn component_names_are_the_ui_words() {
        assert_eq!(Component::LoadBalancer.name(), "load balancer");
        assert_eq!(Component::App.name(), "app");
        assert_eq!(Component::Cache.name(), "cache");
        assert_eq!(Component::Database.name(), "database");
        assert_eq!(Component::Queue.name(), "queue");
    }

    #[test]
    fn by_default_the_database_saturates_first() {
        let t = Topology::default();
        let r = simulate(&t);
        assert_eq!(r.bottleneck, Component::Database);
        let replica = find(&r, "database replica");
        let app = find(&r, "app");
        assert!((replica.utilisation - 0.9).abs() < 1e-12);
        assert!((app.utilisation - 0.75).abs() < 1e-12);
        assert!(replica.utilisation - app.utilisation > 0.1, "clear margin");
        for x in &r.tiers {
            assert!(x.utilisation < 1.0 && !x.saturated, "{}", x.label);
        }
        assert!(r.p99_ms.is_finite() && r.p99_ms < t.timeout_ms, "{}", r.p99_ms);
        assert!(r.p50_ms > 0.0 && r.p50_ms <= r.p95_ms && r.p95_ms <= r.p99_ms);
        assert!(r.error_rate < 1e-6);
        assert!(r.explanation.starts_with("The database saturates first"), "{}", r.explanation);
        assert!(r.explanation.contains("1,500") && r.explanation.contains("1,350"), "{}", r.explanation);
        assert!((r.bandwidth_mb_s - 12.0).abs() < 1e-12);
    }

    #[test]
    fn with_a_good_cache_the_app_saturates_first() {
        let t = Topology { cache_hit: 0.95, ..Topology::default() };
        let r = simulate(&t);
        assert_eq!(r.bottleneck, Component::App);
        let app = find(&r, "app").utilisation;
        for x in r.tiers.iter().filter(|x| x.component != Component::App) {
            assert!(app - x.utilisation > 0.3, "{} at {}", x.label, x.utilisation);
        }
        assert!(r.p99_ms.is_finite() && r.p99_ms < t.timeout_ms);
        assert!(r.explanation.contains(Component::App.name()), "{}", r.explanation);
    }

    #[test]
    fn only_existing_tiers_are_reported() {
        let t = Topology { cache_enabled: false, db_replicas: 0, ..Topology::default() };
        let labels: Vec<_> = simulate(&t).tiers.into_iter().map(|x| x.label).collect();
        assert_eq!(labels, ["load balancer", "app", "database primary"]);
        let t = Topology { queue_enabled: true, db_replicas: 3, ..Topology::default() };
        let labels: Vec<_> = simulate(&t).tiers.into_iter().map(|x| x.label).collect();
        assert_eq!(labels, ["load balancer", "app", "cache", "queue consumers", "database primary", "database replicas (3)"]);
    }

    #[test]
    fn the_database_split() {
        // No replicas: the primary executes the cache misses and the writes.
        let t = Topology { db_replicas: 0, ..Topology::default() };
        let r = simulate(&t);
        assert!((find(&r, "database primary").offered_rps - (1_350.0 + 300.0)).abs() < 1e-9);
        // Three replicas share the misses evenly: each node is as busy as the group.
        let t = Topology { db_replicas: 3, ..Topology::default() };
        let r = simulate(&t);
        let group = find(&r, "database replicas (3)");
        assert_eq!(group.servers, 60);
        assert!((group.capacity_rps - 4_500.0).abs() < 1e-9);
        assert!((group.utilisation - 1_350.0 / 4_500.0).abs() < 1e-12);
        assert!((find(&r, "database primary").offered_rps - 300.0).abs() < 1e-9);
    }

    #[test]
    fn a_queue_takes_writes_off_the_request_path() {
        // A slow primary (writes at 100 % + the reads): writes dominate the tail without a queue.
        let base = Topology { read_ratio: 0.5, cache_enabled: false, db_replicas: 1, db_max_qps: 2_000.0, ..Topology::default() };
        let direct = simulate(&base);
        let queued = simulate(&Topology { queue_enabled: true, ..base.clone() });
        assert!(queued.p50_ms < direct.p50_ms, "{} vs {}", queued.p50_ms, direct.p50_ms);
        // The primary still carries the writes.
        assert!((find(&queued, "database primary").offered_rps - 1_500.0).abs() < 1e-9);
        assert!((find(&queued, "queue consumers").offered_rps - 1_500.0).abs() < 1e-9);
    }

    #[test]
    fn past_saturation_the_excess_fails_and_latency_reaches_the_timeout() {
        // 2,700 reads/s on one 1,500 qps replica with no cache: ~44 % of its queries are shed.
        let t = Topology { cache_enabled: false, ..Topology::default() };
        let r = simulate(&t);
        let replica = find(&r, "database replica");
        assert!(replica.saturated);
        assert!((replica.error_rate - (1.0 - 1_500.0 / 2_700.0)).abs() < 0.01, "{}", replica.error_rate);
        assert!(replica.p50_ms > 0.9 * t.timeout_ms && replica.p99_ms > t.timeout_ms);
        assert!((r.error_rate - 0.9 * replica.error_rate).abs() < 0.01);
        assert!(r.p99_ms > t.timeout_ms);
        assert!(r.explanation.starts_with("The database is saturated"), "{}", r.explanation);
    }

    #[test]
    fn single_server_tier_matches_mm1() {
        // One LB node at 100 rps receiving 60: M/M/1 sojourn ~ Exp(μ − λ) = Exp(40/s).
        let t = Topology { rps: 60.0, lb_max_rps: 100.0, ..Topology::default() };
        let lb = find(&simulate(&t), "load balancer").clone();
        for (got, p) in [(lb.p50_ms, 0.5), (lb.p95_ms, 0.95), (lb.p99_ms, 0.99)] {
            let want = -1000.0 * (1.0_f64 - p).ln() / 40.0;
            assert!((got - want).abs() < 1e-6 * want, "p{p}: {got} vs {want}");
        }
    }

    #[test]
    fn invalid_topologies_do_not_panic() {
        let broken = [
            Topology { lb_nodes: 0, app_replicas: 0, db_pool: 0, ..Topology::default() },
            Topology { rps: f64::NAN, ..Topology::default() },
            Topology { rps: -5.0, read_ratio: 2.0, cache_hit: -1.0, ..Topology::default() },
            Topology { app_service_ms: 0.0, db_max_qps: 0.0, timeout_ms: 0.0, ..Topology::default() },
            Topology { lb_max_rps: f64::INFINITY, timeout_ms: f64::INFINITY, ..Topology::default() },
        ];
        for t in broken {
            assert!(t.validate().is_err());
            let r = simulate(&t);
            assert!(!r.tiers.is_empty());
        }
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(48))]

        #[test]
        fn utilisation_is_offered_over_capacity(t in topology()) {
            let r = simulate(&t);
            for x in &r.tiers {
                prop_assert!((x.utilisation - x.offered_rps / x.capacity_rps).abs() <= 1e-12 * x.utilisation.max(1.0));
                prop_assert_eq!(x.saturated, x.utilisation >= 1.0);
                prop_assert!((0.0..=1.0).contains(&x.error_rate));
                prop_assert!(x.p50_ms <= x.p95_ms && x.p95_ms <= x.p99_ms);
            }
            prop_assert!((0.0..=1.0).contains(&r.error_rate));
            prop_assert!(r.p50_ms <= r.p95_ms && r.p95_ms <= r.p99_ms && r.p99_ms.is_finite());
            let top = r.tiers.iter().map(|x| x.utilisation).fold(f64::NEG_INFINITY, f64::max);
            let first = r.tiers.iter().find(|x| x.utilisation == top).map(|x| x.component);
            prop_assert_eq!(Some(r.bottleneck), first);
            prop_assert!(r.explanation.contains(r.bottleneck.name()), "{}", r.explanation);
        }

        #[test]
        fn reports_are_deterministic(t in topology()) {
            prop_assert_eq!(simulate(&t), simulate(&t.clone()));
        }

        #[test]
        fn more_app_replicas_never_raise_app_utilisation(t in topology(), more in 1u32..8) {
            let bigger = Topology { app_replicas: t.app_replicas + more, ..t.clone() };
            let (a, b) = (simulate(&t), simulate(&bigger));
            prop_assert!(find(&b, "app").utilisation <= find(&a, "app").utilisation);
        }

        #[test]
        fn a_better_hit_ratio_never_raises_database_load(t in topology(), better in 0.0f64..1.0) {
            let hit = t.cache_hit + (1.0 - t.cache_hit) * better;
            let (a, b) = (simulate(&t), simulate(&Topology { cache_hit: hit, ..t.clone() }));
            prop_assert!(database_load(&b) <= database_load(&a) + 1e-9);
            for (x, y) in a.tiers.iter().zip(&b.tiers).filter(|(x, _)| x.component == Component::Database) {
                prop_assert!(y.offered_rps <= x.offered_rps + 1e-9, "{}", x.label);
            }
        }

        #[test]
        fn more_traffic_never_lowers_p99_or_errors(t in topology(), factor in 1.0f64..3.0) {
            let busier = Topology { rps: t.rps * factor, ..t.clone() };
            let (a, b) = (simulate(&t), simulate(&busier));
            prop_assert!(b.p99_ms >= a.p99_ms * (1.0 - 1e-9), "{} < {}", b.p99_ms, a.p99_ms);
            prop_assert!(b.p50_ms >= a.p50_ms * (1.0 - 1e-9));
            prop_assert!(b.error_rate >= a.error_rate - 1e-12, "{} < {}", b.error_rate, a.error_rate);
        }
    }
}
