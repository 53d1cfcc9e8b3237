//! The simulator's input: the traffic and every tier's size, as one flat struct. Content files
//! describe presets in TOML and deserialize them into it, so the field names are the contract;
//! missing fields take the default topology and unknown ones are rejected.

use serde::{Deserialize, Serialize};

/// Upper bound for every count (nodes, replicas, workers, connections, consumers).
pub const MAX_COUNT: u32 = 10_000;
/// Upper bound for the app tier's total workers (`app_replicas × app_concurrency`).
pub const MAX_APP_WORKERS: u64 = 100_000;
/// Upper bound for the request rate (requests per second); also `find_limit`'s search cap.
pub const MAX_RPS: f64 = 1e9;
/// Upper bound for capacities (requests, operations or queries per second per node).
pub const MAX_CAPACITY: f64 = 1e9;
/// Upper bound for times (milliseconds) and payloads (KB).
pub const MAX_MS: f64 = 1e6;

/// A small web service: traffic, then each tier in request order.
///
/// Reads go load balancer → app → cache (if enabled; misses continue to a database read node)
/// or straight to a database read node. Writes go load balancer → app → database primary, or,
/// with `queue_enabled`, are enqueued and applied to the primary by the queue consumers.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Topology {
    /// Incoming requests per second.
    pub rps: f64,
    /// Share of requests that are reads (0–1); the rest are writes.
    pub read_ratio: f64,
    /// Response size in KB (1 MB = 1,000 KB), for the bandwidth figure.
    pub payload_kb: f64,
    /// Load balancer nodes and the requests per second each can forward.
    pub lb_nodes: u32,
    pub lb_max_rps: f64,
    /// App replicas, concurrent workers per replica, and the CPU time per request in ms
    /// (excluding time spent waiting on the cache or the database).
    pub app_replicas: u32,
    pub app_concurrency: u32,
    pub app_service_ms: f64,
    /// Cache in front of the database for reads: hit ratio (0–1), nodes, operations/s per node.
    pub cache_enabled: bool,
    pub cache_hit: f64,
    pub cache_nodes: u32,
    pub cache_max_ops: f64,
    /// Database: read replicas (0 = the primary serves reads too), queries/s per node and
    /// connection-pool size per node (the number of queries a node runs at once).
    pub db_replicas: u32,
    pub db_max_qps: f64,
    pub db_pool: u32,
    /// Write queue: writes are enqueued and applied asynchronously by the consumers.
    pub queue_enabled: bool,
    pub queue_consumers: u32,
    pub consumer_service_ms: f64,
    /// A request that waits longer than this in any tier's queue fails.
    pub timeout_ms: f64,
}

impl Default for Topology {
    /// The default topology: 3,000 requests/s, 90 % reads, a cache with a 50 % hit ratio in
    /// front of one read replica. The read replica is the first tier to saturate (90 %); with a
    /// 95 % hit ratio the app tier is (75 %).
    fn default() -> Self {
        Topology {
            rps: 3_000.0,
            read_ratio: 0.9,
            payload_kb: 4.0,
            lb_nodes: 1,
            lb_max_rps: 50_000.0,
            app_replicas: 4,
            app_concurrency: 8,
            app_service_ms: 8.0,
            cache_enabled: true,
            cache_hit: 0.5,
            cache_nodes: 1,
            cache_max_ops: 100_000.0,
            db_replicas: 1,
            db_max_qps: 1_500.0,
            db_pool: 20,
            queue_enabled: false,
            queue_consumers: 4,
            consumer_service_ms: 5.0,
            timeout_ms: 1_000.0,
        }
    }
}

fn check_range(name: &str, v: f64, min_exclusive: bool, min: f64, max: f64) -> Result<(), String> {
    let above_min = if min_exclusive { v > min } else { v >= min };
    if v.is_finite() && above_min && v <= max {
        Ok(())
    } else {
        let lower = if min_exclusive { format!("greater than {min}") } else { format!("at least {min}") };
        Err(format!("{name} must be a finite number {lower} and at most {max} (got {v})"))
    }
}

fn check_count(name: &str, v: u32, min: u32) -> Result<(), String> {
    if (min..=MAX_COUNT).contains(&v) {
        Ok(())
    } else {
        Err(format!("{name} must be between {min} and {MAX_COUNT} (got {v})"))
    }
}

impl Topology {
    /// Checks every field's range; the error message names the offending field.
    pub fn validate(&self) -> Result<(), String> {
        check_range("rps", self.rps, true, 0.0, MAX_RPS)?;
        check_range("read_ratio", self.read_ratio, false, 0.0, 1.0)?;
        check_range("payload_kb", self.payload_kb, true, 0.0, MAX_MS)?;
        check_count("lb_nodes", self.lb_nodes, 1)?;
        check_range("lb_max_rps", self.lb_max_rps, true, 0.0, MAX_CAPACITY)?;
        check_count("app_replicas", self.app_replicas, 1)?;
        check_count("app_concurrency", self.app_concurrency, 1)?;
        if u64::from(self.app_replicas) * u64::from(self.app_concurrency) > MAX_APP_WORKERS {
            return Err(format!(
                "app_replicas × app_concurrency must be at most {MAX_APP_WORKERS} (got {} × {})",
                self.app_replicas, self.app_concurrency
            ));
        }
        check_range("app_service_ms", self.app_service_ms, true, 0.0, MAX_MS)?;
        check_range("cache_hit", self.cache_hit, false, 0.0, 1.0)?;
        check_count("cache_nodes", self.cache_nodes, 1)?;
        check_range("cache_max_ops", self.cache_max_ops, true, 0.0, MAX_CAPACITY)?;
        check_count("db_replicas", self.db_replicas, 0)?;
        check_range("db_max_qps", self.db_max_qps, true, 0.0, MAX_CAPACITY)?;
        check_count("db_pool", self.db_pool, 1)?;
        check_count("queue_consumers", self.queue_consumers, 1)?;
        check_range("consumer_service_ms", self.consumer_service_ms, true, 0.0, MAX_MS)?;
        check_range("timeout_ms", self.timeout_ms, true, 0.0, MAX_MS)?;
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_default_is_valid() {
        assert_eq!(Topology::default().validate(), Ok(()));
    }

    #[test]
    fn each_out_of_range_field_is_named() {
        type Edit = fn(&mut Topology);
        let cases: &[(&str, Edit)] = &[
            ("rps", |t| t.rps = 0.0),
            ("rps", |t| t.rps = -5.0),
            ("rps", |t| t.rps = f64::NAN),
            ("rps", |t| t.rps = 2e9),
            ("read_ratio", |t| t.read_ratio = 1.5),
            ("read_ratio", |t| t.read_ratio = -0.1),
            ("payload_kb", |t| t.payload_kb = 0.0),
            ("lb_nodes", |t| t.lb_nodes = 0),
            ("lb_nodes", |t| t.lb_nodes = 10_001),
            ("lb_max_rps", |t| t.lb_max_rps = f64::INFINITY),
            ("app_replicas", |t| t.app_replicas = 0),
            ("app_concurrency", |t| t.app_concurrency = 0),
            ("app_concurrency", |t| {
                t.app_replicas = 1_000;
                t.app_concurrency = 1_000;
            }),
            ("app_service_ms", |t| t.app_service_ms = 0.0),
            ("cache_hit", |t| t.cache_hit = 1.01),
            ("cache_nodes", |t| t.cache_nodes = 0),
            ("cache_max_ops", |t| t.cache_max_ops = -1.0),
            ("db_replicas", |t| t.db_replicas = 20_000),
            ("db_max_qps", |t| t.db_max_qps = 0.0),
            ("db_pool", |t| t.db_pool = 0),
            ("queue_consumers", |t| t.queue_consumers = 0),
            ("consumer_service_ms", |t| t.consumer_service_ms = f64::NAN),
            ("timeout_ms", |t| t.timeout_ms = 0.0),
        ];
        for (field, edit) in cases {
            let mut t = Topology::default();
            edit(&mut t);
            let err = t.validate().expect_err(field);
            assert!(err.contains(field), "{field}: {err}");
        }
        let edge = Topology { db_replicas: 0, read_ratio: 1.0, cache_hit: 0.0, ..Topology::default() };
        assert_eq!(edge.validate(), Ok(()));
    }

    #[test]
    fn a_partial_preset_keeps_the_defaults() {
        let t: Topology = serde_json::from_str("{\"rps\": 500}").expect("parses");
        assert_eq!(t, Topology { rps: 500.0, ..Topology::default() });
        let t: Topology = serde_json::from_str("{}").expect("parses");
        assert_eq!(t, Topology::default());
    }

    #[cfg(feature = "authoring")]
    #[test]
    fn a_toml_preset_deserializes() {
        let t: Topology = toml::from_str("rps = 12000\ncache_hit = 0.95\ndb_replicas = 3\nqueue_enabled = true\n")
            .expect("parses");
        assert_eq!(
            t,
            Topology { rps: 12_000.0, cache_hit: 0.95, db_replicas: 3, queue_enabled: true, ..Topology::default() }
        );
        assert!(toml::from_str::<Topology>("rps = 1\nreplicas = 2\n").is_err());
    }

    #[test]
    fn unknown_fields_are_rejected() {
        let err = serde_json::from_str::<Topology>("{\"rps\": 500, \"cache_hits\": 0.9}");
        assert!(err.is_err());
    }

    #[test]
    fn it_round_trips_through_json() {
        let t = Topology { queue_enabled: true, db_replicas: 3, ..Topology::default() };
        let json = serde_json::to_string(&t).expect("serializes");
        assert_eq!(serde_json::from_str::<Topology>(&json).expect("parses"), t);
    }
}
