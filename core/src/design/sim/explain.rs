//! The plain-English sentence under the simulator: which tier saturates first and why, with
//! the numbers that make it so. Also the small number formatter it needs (thousands
//! separators, percentages), kept here so every figure in the sentence reads the same way.

use super::model::{Load, TierKind, TierReport};
use super::topology::Topology;

/// A count or rate rounded to an integer with thousands separators: `1,350`. Values below 10
/// keep one decimal (`2.5`) when they have one.
pub fn number(v: f64) -> String {
    if v.is_nan() {
        return "n/a".into();
    }
    if v.is_infinite() {
        return if v > 0.0 { "∞".into() } else { "-∞".into() };
    }
    let a = v.abs();
    if a < 10.0 && (a * 10.0).round() % 10.0 != 0.0 {
        return format!("{:.1}", v);
    }
    crate::format::grouped(v)
}

/// A share (0–1) as a percentage with a space before the sign: `90 %`, `4.5 %`, `0.25 %`.
pub fn percent(share: f64) -> String {
    let p = share * 100.0;
    if !p.is_finite() {
        return format!("{} %", number(p));
    }
    let a = p.abs();
    let text = if a >= 10.0 || a == 0.0 {
        number(p)
    } else if a >= 1.0 {
        trim(format!("{p:.1}"))
    } else {
        trim(format!("{p:.2}"))
    };
    format!("{text} %")
}

fn trim(s: String) -> String {
    if s.contains('.') {
        s.trim_end_matches('0').trim_end_matches('.').to_string()
    } else {
        s
    }
}

fn plural(n: u32, one: &str, many: &str) -> String {
    format!("{} {}", number(f64::from(n)), if n == 1 { one } else { many })
}

/// "serves"/"serve" and "receives"/"receive" for a subject of `n` things.
fn verbs(n: u32) -> (&'static str, &'static str) {
    if n == 1 {
        ("serves", "receives")
    } else {
        ("serve", "receive")
    }
}

/// One sentence on why `tier` (the bottleneck) saturates first.
pub(crate) fn bottleneck(t: &Topology, load: &Load, kind: TierKind, tier: &TierReport) -> String {
    let name = tier.component.name();
    let cap = number(tier.capacity_rps);
    let got = number(tier.offered_rps);
    let rps = number(t.rps);
    let (opening, closing) = if tier.utilisation < 1.0 {
        (format!("The {name} saturates first"), format!("{} utilised", percent(tier.utilisation)))
    } else {
        (
            format!("The {name} is saturated"),
            format!(
                "{} of its capacity, so about {} of that traffic times out or is shed",
                percent(tier.utilisation),
                percent(tier.error_rate)
            ),
        )
    };
    let middle = match kind {
        TierKind::LoadBalancer => {
            let (serve, receive) = verbs(t.lb_nodes);
            format!("{} {serve} up to {cap} requests/s and {receive} all {got}/s", plural(t.lb_nodes, "node", "nodes"))
        }
        TierKind::App => {
            let workers = u64::from(t.app_replicas) * u64::from(t.app_concurrency);
            let (serve, receive) = if workers == 1 { verbs(1) } else { verbs(2) };
            format!(
                "{} × {} at {} ms per request {serve} up to {cap} requests/s and {receive} all {got}/s",
                plural(t.app_replicas, "replica", "replicas"),
                plural(t.app_concurrency, "worker", "workers"),
                number(t.app_service_ms),
            )
        }
        TierKind::Cache => {
            let (serve, receive) = verbs(t.cache_nodes);
            format!(
                "{} {serve} up to {cap} operations/s and {receive} {got}/s of reads ({} of {rps} requests/s)",
                plural(t.cache_nodes, "node", "nodes"),
                percent(t.read_ratio),
            )
        }
        TierKind::Consumers => {
            let (_, receive) = verbs(t.queue_consumers);
            let apply = if t.queue_consumers == 1 { "applies" } else { "apply" };
            format!(
                "its {} at {} ms per write {apply} up to {cap} writes/s and {receive} {got}/s ({} of {rps} requests/s)",
                plural(t.queue_consumers, "consumer", "consumers"),
                number(t.consumer_service_ms),
                percent(1.0 - t.read_ratio),
            )
        }
        TierKind::Replicas => {
            let (serve, receive) = verbs(t.db_replicas);
            let source = if t.cache_enabled {
                format!("of cache misses ({} of {} reads/s)", percent(1.0 - t.cache_hit), number(load.reads))
            } else {
                format!("of reads ({} of {rps} requests/s, no cache)", percent(t.read_ratio))
            };
            format!(
                "{} {serve} up to {cap} queries/s and {receive} {got}/s {source}",
                plural(t.db_replicas, "read replica", "read replicas"),
            )
        }
        TierKind::Primary => {
            let writer = if t.queue_enabled { "writes/s from the queue consumers" } else { "writes/s" };
            if t.db_replicas == 0 {
                let reads = if t.cache_enabled { "reads/s of cache misses" } else { "reads/s" };
                format!(
                    "the primary, with no read replicas, serves up to {cap} queries/s and receives {got}/s \
                     ({} {reads} plus {} {writer})",
                    number(load.db_reads),
                    number(load.writes),
                )
            } else {
                format!(
                    "the primary serves up to {cap} queries/s and receives {got} {writer} ({} of {rps} requests/s)",
                    percent(1.0 - t.read_ratio),
                )
            }
        }
    };
    format!("{opening}: {middle}, {closing}.")
}

#[cfg(test)]
mod tests {
    use super::super::model::simulate;
    use super::*;

    #[test]
    fn numbers_have_thousands_separators() {
        assert_eq!(number(0.0), "0");
        assert_eq!(number(7.0), "7");
        assert_eq!(number(2.5), "2.5");
        assert_eq!(number(999.4), "999");
        assert_eq!(number(1_350.0), "1,350");
        assert_eq!(number(100_000.0), "100,000");
        assert_eq!(number(1_234_567.8), "1,234,568");
        assert_eq!(number(-4_200.0), "-4,200");
        assert_eq!(number(f64::INFINITY), "∞");
    }

    #[test]
    fn percentages_read_naturally() {
        assert_eq!(percent(0.9), "90 %");
        assert_eq!(percent(0.5), "50 %");
        assert_eq!(percent(0.045), "4.5 %");
        assert_eq!(percent(0.0025), "0.25 %");
        assert_eq!(percent(0.0), "0 %");
        assert_eq!(percent(1.2), "120 %");
    }

    #[test]
    fn the_default_explanation_quotes_the_numbers() {
        let r = simulate(&Topology::default());
        assert_eq!(
            r.explanation,
            "The database saturates first: 1 read replica serves up to 1,500 queries/s and receives \
             1,350/s of cache misses (50 % of 2,700 reads/s), 90 % utilised."
        );
    }

    #[test]
    fn each_tier_has_its_sentence() {
        let cases = [
            (Topology { cache_hit: 0.95, ..Topology::default() }, "The app saturates first: 4 replicas × 8 workers at 8 ms"),
            (Topology { lb_max_rps: 3_500.0, cache_hit: 0.95, ..Topology::default() }, "The load balancer saturates first: 1 node serves"),
            (Topology { cache_max_ops: 2_800.0, cache_hit: 0.95, ..Topology::default() }, "The cache saturates first: 1 node serves"),
            (
                Topology { queue_enabled: true, queue_consumers: 1, consumer_service_ms: 3.0, cache_hit: 0.95, ..Topology::default() },
                "The queue saturates first: its 1 consumer at 3 ms per write applies up to 333 writes/s",
            ),
            (
                Topology { db_replicas: 0, cache_hit: 0.6, ..Topology::default() },
                "The database saturates first: the primary, with no read replicas",
            ),
            (Topology { cache_enabled: false, db_replicas: 2, ..Topology::default() }, "The database saturates first: 2 read replicas serve"),
        ];
        for (t, start) in cases {
            let r = simulate(&t);
            assert!(r.explanation.starts_with(start), "{}", r.explanation);
            assert!(r.explanation.ends_with('.'));
        }
    }
}
