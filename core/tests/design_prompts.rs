//! Every system-design prompt in `design/` loads, and holds together: the round has the prompts
//! the issue names, each reference outline walks the phases in order, each estimate's reasoning
//! shows its answer, and each simulator preset runs.

use backprep_core::design::load::load_design;
use backprep_core::design::sim::{find_limit, simulate, Slo};
use backprep_core::design::spec::PHASES;
use std::path::Path;

fn prompts() -> Vec<backprep_core::design::spec::DesignPrompt> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../design");
    load_design(&dir).unwrap_or_else(|errors| {
        panic!("{}", errors.iter().map(ToString::to_string).collect::<Vec<_>>().join("\n"))
    })
}

#[test]
fn the_round_has_at_least_fourteen_prompts_with_the_named_topics() {
    let all = prompts();
    assert!(all.len() >= 14, "{} prompts", all.len());
    for slug in [
        "url-shortener", "rate-limiter", "news-feed", "chat", "notification-fanout", "payment-api", "file-upload",
        "typeahead", "metrics-ingestion", "web-crawler", "ticket-booking", "leaderboard", "job-scheduler", "webhook-delivery",
    ] {
        assert!(all.iter().any(|p| p.slug == slug), "missing prompt {slug}");
    }
    assert!(all.iter().filter(|p| p.simulator.is_some()).count() >= 4, "several prompts open the simulator");
}

#[test]
fn each_outline_walks_the_phases_in_order() {
    for p in prompts() {
        let mut at = 0;
        for phase in PHASES {
            let heading = format!("<h3>{}</h3>", phase.title);
            match p.outline_html[at..].find(&heading) {
                Some(i) => at += i + heading.len(),
                None => panic!("{}: the outline has no `### {}` after the previous phase", p.slug, phase.title),
            }
        }
    }
}

/// The number in `why` that equals the answer: the arithmetic must end at it (formatted with
/// or without thousands separators, possibly rounded to 3 significant digits).
#[test]
fn each_estimate_explains_its_answer() {
    for p in prompts() {
        for e in &p.estimates {
            let digits: String = e.why_html.chars().filter(|c| *c != ',').collect();
            let numbers: Vec<f64> = digits
                .split(|c: char| !(c.is_ascii_digit() || c == '.'))
                .filter_map(|s| s.trim_matches('.').parse::<f64>().ok())
                .collect();
            let shown = numbers.iter().any(|n| (n - e.answer).abs() <= e.answer * 0.01 || (n * 1000.0 - e.answer).abs() <= e.answer * 0.01 || (n / 1000.0 - e.answer).abs() <= e.answer * 0.01 || (n * 1e6 - e.answer).abs() <= e.answer * 0.01);
            assert!(shown, "{} / {}: the `why` never states the answer {} ({})", p.slug, e.id, e.answer, e.why_html);
        }
    }
}

#[test]
fn each_simulator_preset_runs_and_has_a_limit() {
    for p in prompts() {
        if let Some(t) = &p.simulator {
            let r = simulate(t);
            assert!(r.p99_ms.is_finite() && r.error_rate.is_finite(), "{}: {r:?}", p.slug);
            assert!(r.tiers.iter().all(|x| x.utilisation.is_finite()), "{}", p.slug);
            let limit = find_limit(t, &Slo::default());
            assert!(limit.rps.is_finite(), "{}", p.slug);
        }
    }
}
