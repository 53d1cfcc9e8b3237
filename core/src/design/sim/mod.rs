//! Capacity simulator for the system-design round: given a topology (traffic mix and the size
//! of each tier), how busy is every tier, what latency and error rate do users see, what
//! saturates first, and how much traffic fits an SLO. Pure, deterministic, wasm-friendly.
//!
//! Model. Each tier is an M/M/c queue (Poisson arrivals at λ, exponential service at μ per
//! server, c servers): utilisation ρ = λ/(cμ), offered load a = λ/μ, Erlang C waiting
//! probability C(c, a) (computed from the Erlang B recursion, stable for c up to 10,000), mean
//! wait Wq = C/(cμ − λ), waiting-time tail P(Wq > t) = C·e^{−(cμ−λ)t}, sojourn = wait + Exp(μ).
//! Requests whose wait would exceed `timeout_ms` fail without being served (an M/M/c queue with
//! deterministic patience, M/M/c+D): below saturation that share is ≈ (1 − ρ)·C·e^{−(cμ−λ)T}
//! (the textbook C·e^{−(cμ−λ)T} would count timed-out requests as still occupying the queue),
//! and past saturation (ρ ≥ 1) the tier serves ≈ cμ per second, sheds the excess ≈ 1 − cμ/λ,
//! and the requests it serves wait up to the timeout, so its percentiles approach
//! `timeout + service`. Unlike the piecewise textbook formulas, this stays continuous at ρ = 1,
//! so latency and errors never decrease as traffic grows. A tier's p50/p95/p99 invert its
//! exact sojourn CDF by bisection.
//!
//! Paths. Reads: load balancer → app → cache → (on a miss) database read node, or without a
//! cache straight to the read node (a replica, or the primary when `db_replicas = 0`). Writes:
//! load balancer → app → primary; with the queue, load balancer → app → enqueue (no latency),
//! and the consumers apply them to the primary asynchronously (counted for load, errors and the
//! bottleneck, not latency). End-to-end percentiles sample 20,000 requests over these paths
//! with a fixed-seed generator (`latency`); errors combine as 1 − Π(1 − errorᵢ) per path,
//! weighted by the mix.
//!
//! Files: `topology` (input and validation), `queueing` (the maths of one tier), `model` (the
//! traffic split and the report), `latency` (end-to-end sampling), `explain` (the sentence),
//! `limit` (the SLO search).

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
pub use queueing::{erlang_b, erlang_c, mean_wait, utilisation, Sojourn, Station};
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
