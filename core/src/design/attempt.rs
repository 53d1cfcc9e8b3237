//! The design page's transitions, pure: write notes and estimates under a clock, commit (the
//! notes freeze and the reference shows), tick the rubric, keep the result, start again. Time is
//! passed in with every action, so the clock is tested without waiting.

use super::estimate::{describe_ratio, parse_estimate, relative_credit};
use super::record::{DesignRecord, DesignResult, Stage, MAX_RESULTS};
use super::spec::DesignPrompt;

#[derive(Debug, Clone, PartialEq)]
pub enum DesignAction {
    Note { phase: String, text: String, now: f64 },
    Estimate { id: String, text: String, now: f64 },
    /// Freeze the notes and show the reference.
    Commit { now: f64 },
    Tick { id: String, on: bool, now: f64 },
    /// Keep the result (score, time, missed points).
    Finish { now: f64 },
    /// A fresh attempt: notes, estimates and ticks cleared; results kept.
    Restart { now: f64 },
}

/// `rec` after `action` on `prompt`. Actions that make no sense in the current stage (editing
/// committed notes, ticking before commit) change nothing.
pub fn apply(rec: &DesignRecord, prompt: &DesignPrompt, action: DesignAction) -> DesignRecord {
    let mut r = rec.clone();
    let stage = rec.stage();
    match action {
        DesignAction::Note { phase, text, now } if stage == Stage::Working && super::spec::phase(&phase).is_some() => {
            start(&mut r, now);
            r.notes.insert(phase, text);
            r.saved_at = now;
        }
        DesignAction::Estimate { id, text, now } if stage == Stage::Working && prompt.estimates.iter().any(|e| e.id == id) => {
            start(&mut r, now);
            r.estimates.insert(id, text);
            r.saved_at = now;
        }
        DesignAction::Commit { now } if stage == Stage::Working => {
            start(&mut r, now);
            r.committed_at = Some(now);
            r.saved_at = now;
        }
        DesignAction::Tick { id, on, now } if stage == Stage::Comparing && prompt.rubric_point(&id).is_some() => {
            if on {
                r.ticked.insert(id);
            } else {
                r.ticked.remove(&id);
            }
            r.saved_at = now;
        }
        DesignAction::Finish { now } if stage == Stage::Comparing => {
            let s = score(&r, prompt);
            let seconds = match (r.started_at, r.committed_at) {
                (Some(a), Some(b)) => ((b - a).max(0.0) / 1000.0).round().min(f64::from(u32::MAX)) as u32,
                _ => 0,
            };
            // Finish times are unique per prompt (merges key on them).
            let at = r.results.last().map_or(now, |l| now.max(l.at + 1.0));
            r.results.push(DesignResult { at, seconds, covered: s.covered, total: s.total, estimates: (s.estimate_credit * 1000.0).round() as u16, missed: s.missed });
            if r.results.len() > MAX_RESULTS {
                r.results.remove(0);
            }
            r.finished_at = Some(at);
            r.saved_at = at;
        }
        DesignAction::Restart { now } if stage != Stage::Working || !rec.is_blank() => {
            r = DesignRecord { saved_at: now, results: std::mem::take(&mut r.results), ..DesignRecord::default() };
        }
        _ => {}
    }
    r
}

fn start(r: &mut DesignRecord, now: f64) {
    if r.started_at.is_none() {
        r.started_at = Some(now);
    }
}

/// One estimate after commit.
#[derive(Debug, Clone, PartialEq)]
pub struct EstimateResult {
    pub id: String,
    /// What was typed, read as a number (`None`: left empty or unreadable).
    pub guess: Option<f64>,
    /// 0..=1 on the log scale.
    pub credit: f64,
    /// "about right", "2.1× too high", "not answered", or why the text is not a number.
    pub verdict: String,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Score {
    pub covered: u32,
    pub total: u32,
    pub estimates: Vec<EstimateResult>,
    /// Mean credit over the prompt's estimates, 0..=1.
    pub estimate_credit: f64,
    /// Rubric ids not ticked, in rubric order.
    pub missed: Vec<String>,
}

impl Score {
    /// "7 of 12 points · estimates 85 %".
    pub fn summary(&self) -> String {
        format!("{} of {} points · estimates {:.0} %", self.covered, self.total, self.estimate_credit * 100.0)
    }
}

pub fn score(rec: &DesignRecord, prompt: &DesignPrompt) -> Score {
    let estimates: Vec<EstimateResult> = prompt
        .estimates
        .iter()
        .map(|e| {
            let typed = rec.estimates.get(&e.id).map(|t| t.trim()).unwrap_or("");
            match parse_estimate(typed) {
                _ if typed.is_empty() => EstimateResult { id: e.id.clone(), guess: None, credit: 0.0, verdict: "not answered".into() },
                Ok(g) => EstimateResult { id: e.id.clone(), guess: Some(g), credit: relative_credit(e.answer, e.tolerance, g), verdict: describe_ratio(e.answer, g) },
                Err(why) => EstimateResult { id: e.id.clone(), guess: None, credit: 0.0, verdict: why },
            }
        })
        .collect();
    let estimate_credit = if estimates.is_empty() { 1.0 } else { estimates.iter().map(|e| e.credit).sum::<f64>() / estimates.len() as f64 };
    let missed: Vec<String> = prompt.rubric.iter().filter(|p| !rec.ticked.contains(&p.id)).map(|p| p.id.clone()).collect();
    let total = prompt.rubric.len() as u32;
    Score { covered: total - missed.len() as u32, total, estimates, estimate_credit, missed }
}

/// The prompt's clock at `now`: time used (frozen at commit) against the prompt's minutes.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Clock {
    pub elapsed_ms: f64,
    pub limit_ms: f64,
    pub running: bool,
}

impl Clock {
    pub fn over(&self) -> bool {
        self.elapsed_ms > self.limit_ms
    }

    /// "31:05 left", or "4:10 over".
    pub fn label(&self) -> String {
        let left = self.limit_ms - self.elapsed_ms;
        let s = (left.abs() / 1000.0).floor() as u64;
        format!("{}:{:02} {}", s / 60, s % 60, if left >= 0.0 { "left" } else { "over" })
    }
}

pub fn clock(rec: &DesignRecord, prompt: &DesignPrompt, now: f64) -> Clock {
    let limit_ms = f64::from(prompt.minutes) * 60_000.0;
    match (rec.started_at, rec.committed_at) {
        (None, _) => Clock { elapsed_ms: 0.0, limit_ms, running: false },
        (Some(a), Some(b)) => Clock { elapsed_ms: (b - a).max(0.0), limit_ms, running: false },
        (Some(a), None) => Clock { elapsed_ms: (now - a).max(0.0), limit_ms, running: true },
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::design::spec::{Estimate, RubricPoint};

    fn prompt() -> DesignPrompt {
        let point = |id: &str, phase: &str| RubricPoint { id: id.into(), phase: phase.into(), point_html: id.into(), why_html: String::new() };
        DesignPrompt {
            slug: "p".into(),
            title: "P".into(),
            difficulty: 2,
            summary: String::new(),
            minutes: 45,
            prompt_html: String::new(),
            guide_html: Default::default(),
            estimates: vec![
                Estimate { id: "qps".into(), label: "QPS".into(), unit: "req/s".into(), answer: 1000.0, tolerance: 0.25, why_html: String::new() },
                Estimate { id: "tb".into(), label: "Storage".into(), unit: "TB".into(), answer: 10.0, tolerance: 0.25, why_html: String::new() },
            ],
            outline_html: "<h3>ref</h3>".into(),
            rubric: vec![point("api-1", "api"), point("api-2", "api"), point("high-level-1", "high-level")],
            simulator: None,
        }
    }

    fn run(actions: Vec<DesignAction>) -> DesignRecord {
        let p = prompt();
        actions.into_iter().fold(DesignRecord::default(), |r, a| apply(&r, &p, a))
    }

    #[test]
    fn the_clock_starts_at_the_first_edit_and_stops_at_commit() {
        let p = prompt();
        let r = run(vec![]);
        assert!(!clock(&r, &p, 5_000.0).running);
        let r = run(vec![DesignAction::Note { phase: "api".into(), text: "GET /x".into(), now: 1_000.0 }]);
        let c = clock(&r, &p, 61_000.0);
        assert_eq!((c.elapsed_ms, c.running), (60_000.0, true));
        assert_eq!(c.label(), "44:00 left");
        let r = apply(&r, &p, DesignAction::Commit { now: 121_000.0 });
        assert_eq!(clock(&r, &p, 9e9).elapsed_ms, 120_000.0, "frozen at commit");
        let late = apply(&run(vec![DesignAction::Note { phase: "api".into(), text: "x".into(), now: 0.0 }]), &p, DesignAction::Commit { now: 50.0 * 60_000.0 });
        assert!(clock(&late, &p, 0.0).over());
        assert_eq!(clock(&late, &p, 0.0).label(), "5:00 over");
    }

    #[test]
    fn notes_freeze_at_commit_and_ticks_wait_for_it() {
        let p = prompt();
        let r = run(vec![
            DesignAction::Tick { id: "api-1".into(), on: true, now: 1.0 },
            DesignAction::Note { phase: "api".into(), text: "v1".into(), now: 2.0 },
            DesignAction::Note { phase: "nonsense".into(), text: "v1".into(), now: 2.0 },
            DesignAction::Commit { now: 3.0 },
            DesignAction::Note { phase: "api".into(), text: "changed after".into(), now: 4.0 },
            DesignAction::Tick { id: "api-2".into(), on: true, now: 5.0 },
            DesignAction::Tick { id: "no-such".into(), on: true, now: 5.0 },
        ]);
        assert_eq!(r.notes.len(), 1);
        assert_eq!(r.notes["api"], "v1");
        assert_eq!(r.ticked.iter().collect::<Vec<_>>(), ["api-2"]);
        assert_eq!(r.stage(), Stage::Comparing);
        assert_eq!(score(&r, &p).missed, ["api-1", "high-level-1"]);
    }

    #[test]
    fn finishing_keeps_the_score_time_and_misses_and_restart_keeps_history() {
        let p = prompt();
        let r = run(vec![
            DesignAction::Note { phase: "api".into(), text: "GET".into(), now: 0.0 },
            DesignAction::Estimate { id: "qps".into(), text: "1.1K".into(), now: 1.0 },
            DesignAction::Estimate { id: "tb".into(), text: "20".into(), now: 1.0 },
            DesignAction::Commit { now: 30.0 * 60_000.0 },
            DesignAction::Tick { id: "api-1".into(), on: true, now: 1.0 },
            DesignAction::Tick { id: "high-level-1".into(), on: true, now: 1.0 },
            DesignAction::Finish { now: 40.0 * 60_000.0 },
        ]);
        let s = score(&r, &p);
        assert_eq!((s.covered, s.total), (2, 3));
        assert_eq!(s.estimates[0].credit, 1.0);
        assert!((s.estimates[1].credit - 0.699).abs() < 0.001, "2× off: {:?}", s.estimates[1]);
        assert_eq!(s.estimates[1].verdict, "2.0× too high");
        assert_eq!(s.summary(), "2 of 3 points · estimates 85 %");
        assert_eq!(r.stage(), Stage::Finished);
        let kept = &r.results[0];
        assert_eq!((kept.covered, kept.total, kept.seconds, kept.estimates), (2, 3, 1800, 849));
        assert_eq!(kept.missed, ["api-2"]);
        // Ticks are frozen once the result is kept.
        assert_eq!(apply(&r, &p, DesignAction::Tick { id: "api-2".into(), on: true, now: 9.0 }), r);
        let again = apply(&r, &p, DesignAction::Restart { now: 50.0 * 60_000.0 });
        assert_eq!(again.stage(), Stage::Working);
        assert!(again.notes.is_empty() && again.ticked.is_empty() && again.started_at.is_none());
        assert_eq!(again.results, r.results);
        assert!(crate::design::record::check(&again).is_ok() && crate::design::record::check(&r).is_ok());
    }

    #[test]
    fn unreadable_or_missing_estimates_earn_nothing_and_say_why() {
        let p = prompt();
        let r = run(vec![DesignAction::Estimate { id: "qps".into(), text: "lots".into(), now: 1.0 }, DesignAction::Commit { now: 2.0 }]);
        let s = score(&r, &p);
        assert_eq!(s.estimates[0].credit, 0.0);
        assert!(s.estimates[0].verdict.contains("not a number"));
        assert_eq!(s.estimates[1].verdict, "not answered");
    }
}
