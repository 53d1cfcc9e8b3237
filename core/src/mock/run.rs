//! A running mock as a pure state machine. Every action carries `now_ms` (epoch milliseconds from
//! an injected clock), so the clocks are tested with plain numbers. Like a real loop there is no
//! going back: parts only move forward, each on its own clock, and the debrief comes at the end.

use super::plan::{MockPlan, Part};
use super::preset::PartKind;
use crate::format::score;

/// Something to review after the mock.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct Miss {
    /// The review-queue key: `quiz:<id>`, `exercise:<slug>`, `sql:<slug>`,
    /// `design:<slug>:<point>` or `behavioural:<id>`.
    pub key: String,
    pub label: String,
    /// Where its explanation or solution is, e.g. `#/attempt/a123`, `#/exercise/<slug>`.
    pub href: String,
}

/// What a part reports when it ends (the part's page scores itself).
#[derive(Debug, Clone, PartialEq)]
pub struct PartOutcome {
    pub got: f64,
    pub of: f64,
    pub misses: Vec<Miss>,
    /// Short "what went well" lines the part reports.
    pub wins: Vec<String>,
    /// Where this part's details are (e.g. the quiz attempt).
    pub link: Option<String>,
}

impl PartOutcome {
    /// Nothing done: 0 of `of`.
    pub fn zero(of: f64) -> PartOutcome {
        PartOutcome { got: 0.0, of, misses: Vec::new(), wins: Vec::new(), link: None }
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct PartResult {
    pub kind: PartKind,
    pub outcome: PartOutcome,
    /// Time used.
    pub ms: f64,
    pub allotted_ms: f64,
    pub timed_out: bool,
}

#[derive(Debug, Clone, PartialEq)]
pub enum MockPhase {
    Intro,
    Running,
    Finished,
}

/// There is no Back action: a real interview does not go back.
#[derive(Debug, Clone, PartialEq)]
pub enum MockAction {
    Start { now_ms: f64 },
    /// The learner ended the current part.
    Finish { now_ms: f64, outcome: PartOutcome },
    /// The current part's clock ran out (see `MockState::time_up`).
    TimeUp { now_ms: f64, outcome: PartOutcome },
    /// Give up: the current part ends with what it has (`outcome`, its work so far), every
    /// later part scores 0.
    Quit { now_ms: f64, outcome: PartOutcome },
}

#[derive(Debug, Clone, PartialEq)]
pub struct MockState {
    pub plan: MockPlan,
    pub phase: MockPhase,
    pub started_ms: f64,
    /// When the current part's clock started; once finished, when the mock ended.
    pub part_started_ms: f64,
    pub results: Vec<PartResult>,
}

const MIN: f64 = 60_000.0;

fn allotted(p: &Part) -> f64 {
    f64::from(p.minutes) * MIN
}

/// A part's score as a fraction (an empty score counts as 0).
fn share(got: f64, of: f64) -> f64 {
    if of > 0.0 { got / of } else { 0.0 }
}

fn pct(x: f64) -> u32 {
    (x * 100.0).round() as u32
}

impl MockState {
    pub fn new(plan: MockPlan) -> MockState {
        MockState { plan, phase: MockPhase::Intro, started_ms: 0.0, part_started_ms: 0.0, results: Vec::new() }
    }

    /// The pure transition function; actions in the wrong phase are ignored.
    pub fn apply(mut self, a: MockAction) -> MockState {
        match (&self.phase, a) {
            (MockPhase::Intro, MockAction::Start { now_ms }) => {
                self.started_ms = now_ms;
                self.part_started_ms = now_ms;
                self.phase = if self.plan.parts.is_empty() { MockPhase::Finished } else { MockPhase::Running };
            }
            (MockPhase::Running, MockAction::Finish { now_ms, outcome }) => self.end_part(now_ms, outcome, false),
            (MockPhase::Running, MockAction::TimeUp { now_ms, outcome }) => self.end_part(now_ms, outcome, true),
            (MockPhase::Running, MockAction::Quit { now_ms, outcome }) => {
                self.end_part(now_ms, outcome, false);
                while self.phase == MockPhase::Running {
                    let of = self.plan.parts[self.current()].items.len() as f64;
                    self.end_part(now_ms, PartOutcome::zero(of), false);
                }
            }
            _ => {}
        }
        self
    }

    /// Records the current part and starts the next one's clock at `now_ms` (or finishes).
    /// A malformed score (NaN, negative, more than full) is clamped to `0..=of`.
    fn end_part(&mut self, now_ms: f64, mut outcome: PartOutcome, timed_out: bool) {
        let Some(p) = self.plan.parts.get(self.current()) else { return };
        let fin = |x: f64| if x.is_finite() { x.max(0.0) } else { 0.0 };
        outcome.of = fin(outcome.of);
        outcome.got = fin(outcome.got).min(outcome.of);
        let ms = (now_ms - self.part_started_ms).max(0.0);
        self.results.push(PartResult { kind: p.kind, outcome, ms, allotted_ms: allotted(p), timed_out });
        self.part_started_ms = self.part_started_ms.max(now_ms);
        if self.current() >= self.plan.parts.len() {
            self.phase = MockPhase::Finished;
        }
    }

    /// Index of the part being taken: every part before it has its result.
    pub fn current(&self) -> usize {
        self.results.len()
    }

    /// The part being taken (none before the start or after the end).
    pub fn part(&self) -> Option<&Part> {
        if self.phase == MockPhase::Running { self.plan.parts.get(self.current()) } else { None }
    }

    /// Time left on the current part's clock, never below 0 (none unless running).
    pub fn part_left_ms(&self, now_ms: f64) -> Option<f64> {
        self.part().map(|p| (allotted(p) - (now_ms - self.part_started_ms)).max(0.0))
    }

    /// Time left on the whole mock's clock (the sum of its parts'), never below 0.
    pub fn total_left_ms(&self, now_ms: f64) -> Option<f64> {
        self.part().map(|_| (f64::from(self.plan.minutes()) * MIN - (now_ms - self.started_ms)).max(0.0))
    }

    /// Whether the current part's clock has run out (exactly at its end counts): the UI then
    /// asks the part for its outcome and dispatches `TimeUp`.
    pub fn time_up(&self, now_ms: f64) -> bool {
        self.part_left_ms(now_ms) == Some(0.0)
    }

    pub fn debrief(&self) -> Debrief {
        let mut went_well: Vec<String> = Vec::new();
        let mut to_review: Vec<Miss> = Vec::new();
        let mut parts = Vec::new();
        let mut sum = 0.0;
        for r in &self.results {
            let o = &r.outcome;
            let s = share(o.got, o.of);
            sum += s;
            if s >= 0.8 {
                let score = if r.kind == PartKind::Code && s == 1.0 { "all tests passed".to_string() } else { format!("{} of {}", score(o.got), score(o.of)) };
                went_well.push(format!("{}: {score} in {} min of {}", r.kind.label(), minutes(r.ms), minutes(r.allotted_ms)));
            }
            for w in &o.wins {
                if !went_well.contains(w) {
                    went_well.push(w.clone());
                }
            }
            for m in &o.misses {
                if !to_review.iter().any(|x| x.key == m.key) {
                    to_review.push(m.clone());
                }
            }
            parts.push(DebriefPart { kind: r.kind, got: o.got, of: o.of, percent: pct(s), ms: r.ms, allotted_ms: r.allotted_ms, timed_out: r.timed_out, link: o.link.clone() });
        }
        let percent = if parts.is_empty() { 0 } else { pct(sum / parts.len() as f64) };
        Debrief { percent, ms: self.results.iter().map(|r| r.ms).sum(), parts, went_well, to_review }
    }
}

/// Whole minutes, at least 1 (nobody reads "in 0 min").
fn minutes(ms: f64) -> String {
    format!("{}", (ms / MIN).round().max(1.0))
}

/// The end of a mock: score and time per part, what went well, what to review.
#[derive(Debug, Clone, PartialEq)]
pub struct Debrief {
    pub parts: Vec<DebriefPart>,
    /// Each part counts equally (a part of 8 questions weighs as much as one design), rounded.
    pub percent: u32,
    pub ms: f64,
    pub went_well: Vec<String>,
    /// Every miss in part order, once per review key.
    pub to_review: Vec<Miss>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct DebriefPart {
    pub kind: PartKind,
    pub got: f64,
    pub of: f64,
    pub percent: u32,
    pub ms: f64,
    pub allotted_ms: f64,
    pub timed_out: bool,
    pub link: Option<String>,
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::mock::plan::{plan, Pool};
    use crate::mock::preset::preset;

    const T0: f64 = 1_700_000_000_000.0;

    fn pool() -> Pool {
        let ids = |p: &str, n: usize| (0..n).map(|i| format!("{p}{i}")).collect::<Vec<String>>();
        Pool { quiz: ids("q", 50), code: ids("c", 5), sql: ids("s", 5), estimation: ids("d", 3), design: ids("d", 6), behavioural: ids("b", 5) }
    }

    fn state(id: &str) -> MockState {
        MockState::new(plan(&preset(id).expect("preset"), &pool(), 11))
    }

    fn out(got: f64, of: f64) -> PartOutcome {
        PartOutcome { got, of, ..PartOutcome::zero(of) }
    }

    fn miss(key: &str) -> Miss {
        Miss { key: key.into(), label: format!("label of {key}"), href: format!("#/{key}") }
    }

    fn finish(s: MockState, at: f64, o: PartOutcome) -> MockState {
        s.apply(MockAction::Finish { now_ms: at, outcome: o })
    }

    #[test]
    fn intro_then_parts_forward_then_finished() {
        let s = state("phone-screen");
        assert_eq!((s.phase.clone(), s.part(), s.part_left_ms(T0), s.total_left_ms(T0)), (MockPhase::Intro, None, None, None));
        // Nothing but Start leaves the intro.
        let s = finish(s, T0, out(1.0, 1.0)).apply(MockAction::Quit { now_ms: T0, outcome: out(1.0, 1.0) });
        assert_eq!(s.phase, MockPhase::Intro);
        let s = s.apply(MockAction::Start { now_ms: T0 });
        assert_eq!((s.phase.clone(), s.current(), s.started_ms), (MockPhase::Running, 0, T0));
        assert_eq!(s.part().map(|p| p.kind), Some(PartKind::Quiz));
        assert_eq!(s.part_left_ms(T0), Some(9.0 * MIN));
        assert_eq!(s.total_left_ms(T0), Some(30.0 * MIN));
        let again = s.clone().apply(MockAction::Start { now_ms: T0 + 5.0 });
        assert_eq!(again, s, "a second Start is ignored");
        // The quiz ends at 7 min: the coding clock starts then, the total keeps running.
        let s = finish(s, T0 + 7.0 * MIN, out(5.0, 6.0));
        assert_eq!((s.current(), s.part_started_ms), (1, T0 + 7.0 * MIN));
        assert_eq!(s.part().map(|p| p.kind), Some(PartKind::Code));
        assert_eq!(s.part_left_ms(T0 + 8.0 * MIN), Some(12.0 * MIN));
        assert_eq!(s.total_left_ms(T0 + 8.0 * MIN), Some(22.0 * MIN));
        let s = finish(s, T0 + 16.0 * MIN, out(1.0, 1.0));
        let s = finish(s, T0 + 20.0 * MIN, out(1.0, 2.0));
        assert_eq!(s.phase, MockPhase::Finished);
        assert_eq!(s.part(), None);
        let ms: Vec<f64> = s.results.iter().map(|r| r.ms / MIN).collect();
        assert_eq!(ms, [7.0, 9.0, 4.0]);
        assert_eq!(s.debrief().ms, 20.0 * MIN);
        // After the end every action is ignored: no going back, no redoing.
        let after = [
            MockAction::Start { now_ms: T0 + 30.0 * MIN },
            MockAction::Finish { now_ms: T0 + 30.0 * MIN, outcome: out(9.0, 9.0) },
            MockAction::TimeUp { now_ms: T0 + 30.0 * MIN, outcome: out(9.0, 9.0) },
            MockAction::Quit { now_ms: T0 + 30.0 * MIN, outcome: out(9.0, 9.0) },
        ];
        for a in after {
            assert_eq!(s.clone().apply(a), s);
        }
    }

    #[test]
    fn part_clocks_run_out_exactly_at_their_end() {
        let s = state("phone-screen").apply(MockAction::Start { now_ms: T0 });
        let end = T0 + 9.0 * MIN;
        assert!(!s.time_up(end - 1.0));
        assert_eq!(s.part_left_ms(end - 1.0), Some(1.0));
        assert!(s.time_up(end));
        assert!(s.time_up(end + 5_000.0));
        assert_eq!(s.part_left_ms(end + 5_000.0), Some(0.0), "clamped at 0");
        assert!(!state("phone-screen").time_up(end), "no clock before the start");
        let s = s.apply(MockAction::TimeUp { now_ms: end, outcome: out(3.0, 6.0) });
        assert!(s.results[0].timed_out);
        assert_eq!((s.results[0].ms, s.results[0].allotted_ms), (9.0 * MIN, 9.0 * MIN));
        // The next clock starts at the boundary, so it is full again.
        assert!(!s.time_up(end));
        assert_eq!(s.part_left_ms(end), Some(13.0 * MIN));
        assert!(s.time_up(end + 13.0 * MIN));
        let s = finish(s, end + MIN, out(1.0, 1.0));
        assert!(!s.results[1].timed_out);
        assert_eq!(s.total_left_ms(T0 + 31.0 * MIN), Some(0.0), "the total clamps too");
        assert!(s.debrief().parts[0].timed_out);
    }

    #[test]
    fn quit_scores_every_remaining_part_zero() {
        let s = state("onsite-backend").apply(MockAction::Start { now_ms: T0 });
        let s = finish(s, T0 + 10.0 * MIN, out(8.0, 8.0));
        let s = s.apply(MockAction::Quit { now_ms: T0 + 12.0 * MIN, outcome: PartOutcome::zero(1.0) });
        assert_eq!(s.phase, MockPhase::Finished);
        assert_eq!(s.results.len(), 6);
        let scores: Vec<(f64, f64, f64)> = s.results.iter().map(|r| (r.outcome.got, r.outcome.of, r.ms / MIN)).collect();
        assert_eq!(scores, [(8.0, 8.0, 10.0), (0.0, 1.0, 2.0), (0.0, 1.0, 0.0), (0.0, 1.0, 0.0), (0.0, 1.0, 0.0), (0.0, 2.0, 0.0)]);
        assert!(s.results.iter().all(|r| !r.timed_out));
        let d = s.debrief();
        assert_eq!(d.percent, 17, "one part of six full: 100/6 rounded");
        assert_eq!(d.ms, 12.0 * MIN);
        assert_eq!(s.clone().apply(MockAction::Quit { now_ms: T0 + 20.0 * MIN, outcome: out(1.0, 1.0) }), s);
    }

    #[test]
    fn quit_keeps_the_work_of_the_part_in_progress() {
        let s = state("phone-screen").apply(MockAction::Start { now_ms: T0 });
        let s = finish(s, T0 + 9.0 * MIN, out(6.0, 6.0));
        let s = finish(s, T0 + 22.0 * MIN, out(1.0, 1.0));
        // Halfway through the behavioural answers: one answered well, one weak.
        let so_far = PartOutcome { misses: vec![miss("behavioural:b1")], ..out(0.8, 2.0) };
        let s = s.apply(MockAction::Quit { now_ms: T0 + 25.0 * MIN, outcome: so_far });
        assert_eq!(s.phase, MockPhase::Finished);
        assert_eq!((s.results[2].outcome.got, s.results[2].ms), (0.8, 3.0 * MIN));
        let d = s.debrief();
        assert_eq!(d.parts[2].percent, 40);
        assert_eq!(d.to_review, [miss("behavioural:b1")], "its misses go to the review queue");
    }

    #[test]
    fn an_empty_plan_finishes_at_once() {
        let s = MockState::new(plan(&preset("phone-screen").expect("phone"), &Pool::default(), 1)).apply(MockAction::Start { now_ms: T0 });
        assert_eq!(s.phase, MockPhase::Finished);
        assert_eq!(s.debrief(), Debrief { parts: vec![], percent: 0, ms: 0.0, went_well: vec![], to_review: vec![] });
    }

    #[test]
    fn debrief_weighs_parts_equally_and_lists_wins_and_misses_once() {
        let s = state("phone-screen").apply(MockAction::Start { now_ms: T0 });
        let quiz = PartOutcome { got: 5.0, of: 6.0, misses: vec![miss("quiz:a")], wins: vec!["Fast and sure on caching".into()], link: Some("#/attempt/a1".into()) };
        let s = finish(s, T0 + 6.5 * MIN, quiz);
        let code = PartOutcome { got: 4.0, of: 4.0, misses: vec![], wins: vec![], link: None };
        let s = finish(s, T0 + 15.5 * MIN, code);
        let stories = PartOutcome { got: 0.5, of: 2.0, misses: vec![miss("behavioural:x"), miss("quiz:a"), miss("behavioural:y"), miss("behavioural:x")], wins: vec!["Fast and sure on caching".into()], link: None };
        let s = s.apply(MockAction::TimeUp { now_ms: T0 + 23.5 * MIN, outcome: stories });
        let d = s.debrief();
        // (5/6 + 1 + 1/4) / 3 = 69.4 %, not the pooled 9.5/12 = 79 %.
        assert_eq!(d.percent, 69);
        let per: Vec<(PartKind, u32, bool)> = d.parts.iter().map(|p| (p.kind, p.percent, p.timed_out)).collect();
        assert_eq!(per, [(PartKind::Quiz, 83, false), (PartKind::Code, 100, false), (PartKind::Behavioural, 25, true)]);
        assert_eq!(d.parts[0].link.as_deref(), Some("#/attempt/a1"));
        assert_eq!((d.parts[1].ms, d.parts[1].allotted_ms), (9.0 * MIN, 13.0 * MIN));
        assert_eq!(d.went_well, ["Concept questions: 5 of 6 in 7 min of 9", "Fast and sure on caching", "Coding: all tests passed in 9 min of 13"]);
        let keys: Vec<&str> = d.to_review.iter().map(|m| m.key.as_str()).collect();
        assert_eq!(keys, ["quiz:a", "behavioural:x", "behavioural:y"]);
        assert_eq!(d.to_review[0].href, "#/quiz:a");
        assert_eq!(d.ms, 23.5 * MIN);
    }

    #[test]
    fn odd_scores_do_not_break_the_debrief() {
        let s = state("phone-screen").apply(MockAction::Start { now_ms: T0 });
        let s = finish(s, T0 + 1_000.0, out(7.0, 6.0));
        let s = finish(s, T0 + 2_000.0, out(f64::NAN, 1.0));
        let s = finish(s, T0 + 3_000.0, out(0.0, 0.0));
        let d = s.debrief();
        let per: Vec<u32> = d.parts.iter().map(|p| p.percent).collect();
        assert_eq!(per, [100, 0, 0]);
        assert_eq!(d.percent, 33);
        assert_eq!((d.parts[0].got, d.parts[1].got), (6.0, 0.0), "clamped");
        assert_eq!(d.went_well, ["Concept questions: 6 of 6 in 1 min of 9"]);
    }
}
