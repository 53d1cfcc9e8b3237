//! Capacity simulator for the system-design round: how busy each tier of a topology is, what
//! latency and errors users see, what saturates first and how much traffic fits an SLO.
//! Pure and deterministic (it runs in wasm); the model is stated on `simulate`.

mod explain;
mod latency;
mod limit;
mod model;
mod queueing;
mod topology;

#[cfg(test)]
mod strategy;

pub use explain::{number as format_number, percent as format_percent};
pub use latency::SAMPLES;
pub use limit::{find_limit, Limit, Slo, PRECISION, TINY_RPS};
pub use model::{simulate, Component, Report, TierReport};
pub use queueing::{erlang_b, erlang_c, mean_wait, utilisation, wait_tail, Sojourn, Station};
pub use topology::{Topology, MAX_APP_WORKERS, MAX_COUNT, MAX_RPS};

/// What the simulator models, for the UI to quote.
pub const MODEL_SUMMARY: &str = "Each tier (load balancer, app, cache, database primary and \
read replicas, queue consumers) is modelled as an M/M/c queue: Poisson arrivals, exponential \
service times and c parallel servers, with waiting times from the Erlang C formula. A request \
that would wait longer than the timeout fails, so a tier pushed past its capacity serves at \
most that capacity, sheds the excess and makes the requests it still serves wait almost the \
whole timeout. End-to-end p50, p95 and p99 come from 20,000 simulated requests drawn with a \
fixed seed along each request's path (reads through the cache and, on a miss, a database read \
node; writes to the primary, or into the queue and off the request path), and the error rate \
combines the tiers on each path, weighted by the read/write mix. Simplifications: tiers are \
independent, each receives its full share of the demand (no retries, upstream failures are not \
subtracted), app service time excludes time spent waiting on the cache or the database, and \
read replicas share their load evenly.";

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_summary_matches_the_code() {
        assert!(MODEL_SUMMARY.contains(&format!("{} simulated requests", format_number(SAMPLES as f64))));
        let sentences = MODEL_SUMMARY.matches(". ").count() + 1;
        assert!((3..=5).contains(&sentences), "{sentences}");
        for c in [Component::LoadBalancer, Component::App, Component::Cache, Component::Database, Component::Queue] {
            assert!(MODEL_SUMMARY.contains(c.name()), "{}", c.name());
        }
    }
}
