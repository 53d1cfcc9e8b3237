//! Random valid topologies for the simulator's property tests (test builds only): ranges
//! wide enough that any tier can be the bottleneck, idle or far past saturation, yet always
//! passing `Topology::validate`.

use proptest::prelude::*;

use super::topology::Topology;

pub fn topology() -> impl Strategy<Value = Topology> {
    let traffic = (1.0f64..5.0, 0.0f64..=1.0, 0.1f64..100.0, 5.0f64..5_000.0);
    let front = (1u32..4, 3.0f64..5.5, 1u32..16, 1u32..32, 0.2f64..50.0);
    let cache = (any::<bool>(), 0.0f64..=1.0, 1u32..4, 3.0f64..5.5);
    let db = (0u32..5, 2.0f64..4.5, 1u32..64);
    let queue = (any::<bool>(), 1u32..16, 0.5f64..50.0);
    (traffic, front, cache, db, queue).prop_map(
        |(
            (log_rps, read_ratio, payload_kb, timeout_ms),
            (lb_nodes, log_lb, app_replicas, app_concurrency, app_service_ms),
            (cache_enabled, cache_hit, cache_nodes, log_cache),
            (db_replicas, log_db, db_pool),
            (queue_enabled, queue_consumers, consumer_service_ms),
        )| Topology {
            rps: 10f64.powf(log_rps),
            read_ratio,
            payload_kb,
            lb_nodes,
            lb_max_rps: 10f64.powf(log_lb),
            app_replicas,
            app_concurrency,
            app_service_ms,
            cache_enabled,
            cache_hit,
            cache_nodes,
            cache_max_ops: 10f64.powf(log_cache),
            db_replicas,
            db_max_qps: 10f64.powf(log_db),
            db_pool,
            queue_enabled,
            queue_consumers,
            consumer_service_ms,
            timeout_ms,
        },
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    proptest! {
        #[test]
        fn generated_topologies_are_valid(t in topology()) {
            prop_assert_eq!(t.validate(), Ok(()));
        }
    }
}
