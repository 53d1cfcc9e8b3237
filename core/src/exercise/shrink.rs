//! Shrinking a failing randomized test to a smallest failing input, as property-testing tools do
//! (QuickCheck, Hypothesis). A pure state machine: the page asks for a batch of candidates, runs
//! the reference and the user's code on them, reports which still fail, and the shrinker adopts
//! the smallest failing one. Deterministic, bounded per batch and in rounds, and every candidate
//! is strictly smaller than the current best, so it always terminates.
//!
//! Candidates, most informative first: merges of what failed last round (all of it, then each
//! half), chunk removals at both edges in sizes from the whole sequence down to one item, then
//! interior chunks (up to 14 spread positions per size, biggest first), then integers moved
//! toward zero (the floor, then a 16-step grid plus `x − 1`); after an integer-only step the
//! integers come before the removals. A round with no failure moves on through the same plan; the
//! shrinker is done when the plan is exhausted or after [`MAX_ROUNDS`] rounds.

use super::spec::{Op, TestInput};
use serde_json::Value;
use std::cmp::Reverse;

/// At most this many candidates per batch.
pub const MAX_BATCH: usize = 32;
/// At most this many array elements plus ops summed over a batch (a batch always holds at least
/// one candidate, however big).
pub const MAX_BATCH_ITEMS: u64 = 300_000;
/// Reported batches after which the shrinker is done.
pub const MAX_ROUNDS: u32 = 60;
/// Chunk positions tried per removal size (the two edges included).
const POSITIONS: usize = 16;
/// Integer candidates split the distance to the floor into this many steps.
const GRID: i128 = 16;
/// Integer candidates in one plan (floors of every slot first, then grids).
const MAX_INT_CANDIDATES: usize = 96;
/// Weight of one array element or op in [`size`]: integers only break ties between equal counts.
const ITEM_WEIGHT: u64 = 1 << 40;

/// What may shrink without breaking the model's preconditions.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ShrinkRules {
    /// Function kind: indices of array arguments whose elements may be removed (order kept, so a
    /// sorted / rotated-sorted / distinct array stays so).
    pub arrays: Vec<usize>,
    /// Function kind: indices of integer arguments that may move toward zero.
    pub ints: Vec<usize>,
    /// Class kind: operations after the first `new` may be removed.
    pub remove_ops: bool,
    /// Class kind: integer arguments of `call` ops may move toward zero (and `new` integer args
    /// toward 1, never below 1).
    pub op_ints: bool,
    /// Class kind: trailing operations may be removed (implied by `remove_ops`). For models where
    /// any prefix of a valid sequence is valid but removing an op from the middle may not be.
    pub truncate_ops: bool,
}

/// "Smaller" as a total order: `(array elements + ops) · 2⁴⁰ + Σ|integers|`. Items are the
/// elements of top-level array arguments and the ops; integers are the top-level integer
/// arguments and the integer arguments of ops (not array elements, which only get removed).
/// The integer sum saturates at 2⁴⁰ − 1; a candidate that would not be strictly smaller because
/// of it is never proposed.
pub fn size(input: &TestInput) -> u64 {
    let (items, ints) = measure(input);
    let ints = u64::try_from(ints.min(u128::from(ITEM_WEIGHT - 1))).unwrap_or(ITEM_WEIGHT - 1);
    items.saturating_mul(ITEM_WEIGHT).saturating_add(ints)
}

/// A sequence whose items may be removed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Seq {
    Arg(usize),
    Ops,
}

/// An integer that may move toward its floor.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Slot {
    Arg(usize),
    /// Argument `.1` of op `.0`.
    OpArg(usize, usize),
}

/// One edit of the current best; a candidate is a list of them.
#[derive(Debug, Clone, PartialEq)]
enum Change {
    Remove { seq: Seq, start: usize, len: usize },
    SetInt { slot: Slot, value: i128 },
}

type Candidate = Vec<Change>;

/// The batch handed out and not yet reported: its candidates with their sizes, and where the
/// plan resumes if none fails.
#[derive(Debug, Clone, PartialEq)]
struct InFlight {
    candidates: Vec<(Candidate, u64)>,
    end: usize,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Shrinker {
    best: TestInput,
    best_size: u64,
    rules: ShrinkRules,
    /// Candidates for the current best, most informative first.
    plan: Vec<Candidate>,
    /// The first plan entry not yet tried.
    next: usize,
    in_flight: Option<InFlight>,
    rounds: u32,
    done: bool,
}

impl Shrinker {
    pub fn new(failing: TestInput, rules: ShrinkRules) -> Shrinker {
        let plan = plan(&failing, &rules, Vec::new(), false);
        Shrinker { best_size: size(&failing), best: failing, rules, done: plan.is_empty(), plan, next: 0, in_flight: None, rounds: 0 }
    }

    /// The next candidates to try (each strictly smaller than the current best), or None when
    /// done. Calling it again before [`Shrinker::report`] gives the same batch.
    pub fn batch(&mut self) -> Option<Vec<TestInput>> {
        if self.done {
            return None;
        }
        let (mut candidates, mut inputs, mut items) = (Vec::new(), Vec::new(), 0u64);
        let mut i = self.next;
        while i < self.plan.len() && inputs.len() < MAX_BATCH {
            let input = apply(&self.best, &self.plan[i]);
            let sz = size(&input);
            if sz >= self.best_size {
                i += 1;
                continue;
            }
            let cost = measure(&input).0;
            if !inputs.is_empty() && items + cost > MAX_BATCH_ITEMS {
                break;
            }
            items += cost;
            candidates.push((self.plan[i].clone(), sz));
            inputs.push(input);
            i += 1;
        }
        if inputs.is_empty() {
            self.done = true;
            self.in_flight = None;
            return None;
        }
        self.in_flight = Some(InFlight { candidates, end: i });
        Some(inputs)
    }

    /// For the last batch: which candidates still fail (same length as the batch; missing
    /// entries count as passing). Adopts the smallest failing candidate (the first on ties).
    pub fn report(&mut self, fails: &[bool]) {
        let Some(flight) = self.in_flight.take() else { return };
        self.rounds += 1;
        let failing: Vec<usize> = (0..flight.candidates.len()).filter(|&i| fails.get(i).copied().unwrap_or(false)).collect();
        match failing.iter().copied().min_by_key(|&i| flight.candidates[i].1) {
            Some(a) => {
                let (adopted, sz) = &flight.candidates[a];
                let removed = removed(&self.best, adopted);
                self.best = apply(&self.best, adopted);
                self.best_size = *sz;
                let rest: Vec<&Candidate> = failing.iter().filter(|&&i| i != a).map(|&i| &flight.candidates[i].0).collect();
                let merges = merges(&rest, &removed, &self.best);
                // After an integer-only step, the integers go on first: the removals were just
                // swept without success and are tried once more at the end.
                let ints_first = removed.is_empty();
                self.plan = plan(&self.best, &self.rules, merges, ints_first);
                self.next = 0;
            }
            None => self.next = flight.end,
        }
        if self.rounds >= MAX_ROUNDS || self.next >= self.plan.len() {
            self.done = true;
        }
    }

    /// The smallest failing input so far.
    pub fn best(&self) -> &TestInput {
        &self.best
    }

    /// Batches reported.
    pub fn rounds(&self) -> u32 {
        self.rounds
    }

    pub fn done(&self) -> bool {
        self.done
    }
}

fn int_of(v: &Value) -> Option<i128> {
    v.as_i64().map(i128::from).or_else(|| v.as_u64().map(i128::from))
}

fn int_value(v: i128) -> Option<Value> {
    i64::try_from(v).map(Value::from).ok().or_else(|| u64::try_from(v).map(Value::from).ok())
}

fn op_args(op: &Op) -> &[Value] {
    match op {
        Op::New { args, .. } | Op::Call { args, .. } => args,
        Op::Get { .. } => &[],
    }
}

/// (array elements + ops, Σ|integers|), as [`size`] counts them.
fn measure(input: &TestInput) -> (u64, u128) {
    let ints = |vals: &[Value]| vals.iter().filter_map(int_of).map(i128::unsigned_abs).sum::<u128>();
    match input {
        TestInput::Args { args } => {
            let items = args.iter().filter_map(Value::as_array).map(|a| a.len() as u64).sum();
            (items, ints(args))
        }
        TestInput::Ops { ops } => (ops.len() as u64, ops.iter().map(|op| ints(op_args(op))).sum()),
    }
}

fn seq_len(input: &TestInput, seq: Seq) -> usize {
    match (input, seq) {
        (TestInput::Args { args }, Seq::Arg(i)) => args.get(i).and_then(Value::as_array).map_or(0, Vec::len),
        (TestInput::Ops { ops }, Seq::Ops) => ops.len(),
        _ => 0,
    }
}

fn slot_mut(input: &mut TestInput, slot: Slot) -> Option<&mut Value> {
    match (input, slot) {
        (TestInput::Args { args }, Slot::Arg(i)) => args.get_mut(i),
        (TestInput::Ops { ops }, Slot::OpArg(k, a)) => match ops.get_mut(k)? {
            Op::New { args, .. } | Op::Call { args, .. } => args.get_mut(a),
            Op::Get { .. } => None,
        },
        _ => None,
    }
}

fn int_at(input: &TestInput, slot: Slot) -> Option<i128> {
    match (input, slot) {
        (TestInput::Args { args }, Slot::Arg(i)) => args.get(i).and_then(int_of),
        (TestInput::Ops { ops }, Slot::OpArg(k, a)) => ops.get(k).and_then(|op| op_args(op).get(a)).and_then(int_of),
        _ => None,
    }
}

/// The items a candidate removes from `base`, per sequence, with survivor ranks for rebasing:
/// `rank[i]` = items kept among the first `i`.
struct Removed {
    seq: Seq,
    mask: Vec<bool>,
    rank: Vec<usize>,
}

fn removed(base: &TestInput, changes: &[Change]) -> Vec<Removed> {
    let mut out: Vec<Removed> = Vec::new();
    for c in changes {
        let Change::Remove { seq, start, len } = *c else { continue };
        let idx = match out.iter().position(|r| r.seq == seq) {
            Some(i) => i,
            None => {
                out.push(Removed { seq, mask: vec![false; seq_len(base, seq)], rank: Vec::new() });
                out.len() - 1
            }
        };
        let mask = &mut out[idx].mask;
        let end = (start + len).min(mask.len());
        for m in mask.iter_mut().take(end).skip(start) {
            *m = true;
        }
    }
    for r in &mut out {
        r.rank = std::iter::once(0).chain(r.mask.iter().scan(0, |kept, &gone| { *kept += usize::from(!gone); Some(*kept) })).collect();
    }
    out
}

fn retain_unmasked<T>(items: &mut Vec<T>, mask: &[bool]) {
    let mut i = 0;
    items.retain(|_| {
        let keep = !mask.get(i).copied().unwrap_or(false);
        i += 1;
        keep
    });
}

/// `base` with the changes made: integers first (slots name `base`'s positions), then removals.
fn apply(base: &TestInput, changes: &[Change]) -> TestInput {
    let mut out = base.clone();
    for c in changes {
        if let Change::SetInt { slot, value } = *c {
            if let (Some(v), Some(new)) = (slot_mut(&mut out, slot), int_value(value)) {
                if int_of(v).is_some() {
                    *v = new;
                }
            }
        }
    }
    for r in removed(base, changes) {
        match (&mut out, r.seq) {
            (TestInput::Args { args }, Seq::Arg(i)) => {
                if let Some(Value::Array(a)) = args.get_mut(i) {
                    retain_unmasked(a, &r.mask);
                }
            }
            (TestInput::Ops { ops }, Seq::Ops) => retain_unmasked(ops, &r.mask),
            _ => {}
        }
    }
    out
}

/// A change of the previous best restated for the new best (which is the previous best minus
/// `removed`), or None when it no longer changes anything.
fn rebase(change: &Change, removed: &[Removed], best: &TestInput) -> Option<Change> {
    match *change {
        Change::Remove { seq, start, len } => match removed.iter().find(|r| r.seq == seq) {
            None => Some(change.clone()),
            Some(r) => {
                let n = r.mask.len();
                let (a, b) = (r.rank[start.min(n)], r.rank[(start + len).min(n)]);
                (b > a).then_some(Change::Remove { seq, start: a, len: b - a })
            }
        },
        Change::SetInt { slot, value } => {
            let slot = match (slot, removed.iter().find(|r| r.seq == Seq::Ops)) {
                (Slot::OpArg(k, a), Some(r)) => {
                    if r.mask.get(k).copied().unwrap_or(true) {
                        return None;
                    }
                    Slot::OpArg(r.rank[k], a)
                }
                (s, _) => s,
            };
            (value.abs() < int_at(best, slot)?.abs()).then_some(Change::SetInt { slot, value })
        }
    }
}

/// All the changes at once; for one integer, the value nearest zero.
fn union(candidates: &[Candidate]) -> Candidate {
    let mut out: Candidate = Vec::new();
    for c in candidates.iter().flatten() {
        match c {
            Change::SetInt { slot, value } => match out.iter_mut().find(|o| matches!(o, Change::SetInt { slot: s, .. } if s == slot)) {
                Some(Change::SetInt { value: v, .. }) => *v = if value.abs() < v.abs() { *value } else { *v },
                _ => out.push(c.clone()),
            },
            Change::Remove { .. } => out.push(c.clone()),
        }
    }
    out
}

/// The other failing candidates of the last round, combined on top of the adopted one: all of
/// them, then each half (in case all at once passes).
fn merges(rest: &[&Candidate], removed: &[Removed], best: &TestInput) -> Vec<Candidate> {
    let rebased: Vec<Candidate> = rest
        .iter()
        .map(|c| c.iter().filter_map(|ch| rebase(ch, removed, best)).collect::<Candidate>())
        .filter(|c| !c.is_empty())
        .collect();
    if rebased.is_empty() {
        return Vec::new();
    }
    let mut out = vec![union(&rebased)];
    if rebased.len() >= 4 {
        let h = rebased.len() / 2;
        out.push(union(&rebased[..h]));
        out.push(union(&rebased[h..]));
    }
    out
}

/// Removable sequences: (sequence, first removable index, length, suffix only).
fn sequences(input: &TestInput, rules: &ShrinkRules) -> Vec<(Seq, usize, usize, bool)> {
    let mut out: Vec<(Seq, usize, usize, bool)> = Vec::new();
    match input {
        TestInput::Args { args } => {
            for &i in &rules.arrays {
                let n = args.get(i).and_then(Value::as_array).map_or(0, Vec::len);
                if n > 0 && !out.iter().any(|&(s, ..)| s == Seq::Arg(i)) {
                    out.push((Seq::Arg(i), 0, n, false));
                }
            }
        }
        TestInput::Ops { ops } => {
            let lo = ops.iter().position(|op| matches!(op, Op::New { .. })).map_or(0, |p| p + 1);
            if (rules.remove_ops || rules.truncate_ops) && ops.len() > lo {
                out.push((Seq::Ops, lo, ops.len(), !rules.remove_ops));
            }
        }
    }
    out
}

/// Chunk sizes m, ⌈m/2⌉, ⌈m/4⌉, … 1 over `lo..n`, each with its start positions: the two edges,
/// then up to `POSITIONS − 2` interior chunks spread evenly (only the suffix when `suffix_only`).
fn chunks(lo: usize, n: usize, suffix_only: bool) -> Vec<(usize, Vec<usize>)> {
    let m = n - lo;
    let mut out = Vec::new();
    let mut s = m;
    while s > 0 {
        let count = m.div_ceil(s);
        let start = |j: usize| lo + (j * s).min(m - s);
        let starts = if suffix_only {
            vec![n - s]
        } else {
            let mut js = vec![0, count - 1];
            if count > 2 && count - 2 <= POSITIONS - 2 {
                js.extend(1..count - 1);
            } else if count > 2 {
                js.extend((1..POSITIONS - 1).map(|t| t * (count - 1) / (POSITIONS - 1)));
            }
            let mut starts: Vec<usize> = Vec::new();
            for j in js {
                if !starts.contains(&start(j)) {
                    starts.push(start(j));
                }
            }
            starts
        };
        out.push((s, starts));
        s = if s == 1 { 0 } else { s.div_ceil(2) };
    }
    out
}

/// Integers that may shrink: (slot, value, floor).
fn int_slots(input: &TestInput, rules: &ShrinkRules) -> Vec<(Slot, i128, i128)> {
    let mut out: Vec<(Slot, i128, i128)> = Vec::new();
    match input {
        TestInput::Args { args } => {
            for &i in &rules.ints {
                match args.get(i).and_then(int_of) {
                    Some(x) if x != 0 && !out.iter().any(|&(s, ..)| s == Slot::Arg(i)) => out.push((Slot::Arg(i), x, 0)),
                    _ => {}
                }
            }
        }
        TestInput::Ops { ops } if rules.op_ints => {
            for (k, op) in ops.iter().enumerate() {
                let floor = if matches!(op, Op::New { .. }) { 1 } else { 0 };
                for (a, v) in op_args(op).iter().enumerate() {
                    match int_of(v) {
                        Some(x) if (floor == 1 && x > 1) || (floor == 0 && x != 0) => out.push((Slot::OpArg(k, a), x, floor)),
                        _ => {}
                    }
                }
            }
        }
        TestInput::Ops { .. } => {}
    }
    out
}

/// Values between `floor` and `x` (both excluded): a 16-step grid and `x − 1`, nearest the floor first.
fn grid(x: i128, floor: i128) -> Vec<i128> {
    let d = x - floor;
    let mut v: Vec<i128> = (1..GRID).map(|j| floor + d * j / GRID).chain([x - d.signum()]).filter(|&v| v != floor && v != x).collect();
    v.sort_by_key(|&v| (v - floor).abs());
    v.dedup();
    v
}

/// Every candidate for `best`: merges, removals, integers (or merges, integers, removals).
fn plan(best: &TestInput, rules: &ShrinkRules, merges: Vec<Candidate>, ints_first: bool) -> Vec<Candidate> {
    let mut plan = merges;
    let ints = int_candidates(best, rules);
    if ints_first {
        plan.extend(ints.iter().cloned());
    }
    // Edges of every size first (trimming from either end converges in a few rounds), then
    // interior chunks from the biggest.
    let mut removals: Vec<((bool, Reverse<usize>), Change)> = Vec::new();
    for (seq, lo, n, suffix_only) in sequences(best, rules) {
        for (s, starts) in chunks(lo, n, suffix_only) {
            removals.extend(starts.into_iter().enumerate().map(|(i, start)| ((i >= 2, Reverse(s)), Change::Remove { seq, start, len: s })));
        }
    }
    removals.sort_by_key(|&(key, _)| key);
    plan.extend(removals.into_iter().map(|(_, c)| vec![c]));
    if !ints_first {
        plan.extend(ints);
    }
    plan
}

/// Integers toward their floors: all at once, each to its floor, then each along its grid.
fn int_candidates(best: &TestInput, rules: &ShrinkRules) -> Vec<Candidate> {
    let slots = int_slots(best, rules);
    let mut ints: Vec<Candidate> = Vec::new();
    if slots.len() >= 2 {
        ints.push(slots.iter().map(|&(slot, _, floor)| Change::SetInt { slot, value: floor }).collect());
    }
    ints.extend(slots.iter().map(|&(slot, _, floor)| vec![Change::SetInt { slot, value: floor }]));
    for &(slot, x, floor) in &slots {
        ints.extend(grid(x, floor).into_iter().map(|value| vec![Change::SetInt { slot, value }]));
    }
    ints.truncate(MAX_INT_CANDIDATES);
    ints
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::exercise::models::{self, rate_limiter::TokenBucket};
    use crate::rng::Rng;
    use serde_json::json;

    /// Drives a shrinker with `fails` as the user's code, checking the batch bounds and that
    /// every candidate is strictly smaller; `seen` sees every candidate.
    fn drive(input: TestInput, rules: ShrinkRules, mut fails: impl FnMut(&TestInput) -> bool, mut seen: impl FnMut(&TestInput)) -> Shrinker {
        let mut s = Shrinker::new(input, rules);
        while let Some(batch) = s.batch() {
            assert!(!batch.is_empty() && batch.len() <= MAX_BATCH, "batch of {}", batch.len());
            let items: u64 = batch.iter().map(|c| measure(c).0).sum();
            assert!(batch.len() == 1 || items <= MAX_BATCH_ITEMS, "batch of {items} items");
            let best = size(s.best());
            for c in &batch {
                assert!(size(c) < best, "candidate not smaller");
                seen(c);
            }
            let verdicts: Vec<bool> = batch.iter().map(&mut fails).collect();
            s.report(&verdicts);
            assert!(s.rounds() <= MAX_ROUNDS);
        }
        assert!(s.done());
        s
    }

    fn array(input: &TestInput) -> Vec<i64> {
        let TestInput::Args { args } = input else { panic!("args") };
        serde_json::from_value(args[0].clone()).expect("int array")
    }

    fn target(input: &TestInput) -> i64 {
        let TestInput::Args { args } = input else { panic!("args") };
        args[1].as_i64().expect("int target")
    }

    fn search_rules() -> ShrinkRules {
        ShrinkRules { arrays: vec![0], ints: vec![1], ..ShrinkRules::default() }
    }

    fn sorted_input(n: i64, t: i64) -> TestInput {
        TestInput::Args { args: vec![json!((0..n).map(|i| i * 3 + 1).collect::<Vec<_>>()), json!(t)] }
    }

    #[test]
    fn array_length_threshold_shrinks_30k_to_exactly_1000() {
        let s = drive(sorted_input(30_000, 4_242), search_rules(), |c| array(c).len() >= 1000, |_| {});
        let v = array(s.best());
        assert_eq!(v.len(), 1000);
        assert!(v.windows(2).all(|w| w[0] < w[1]));
        assert_eq!(target(s.best()), 0, "the target did not matter");
        eprintln!("30k → 1000: {} rounds", s.rounds());
        assert!(s.rounds() <= 40, "{} rounds", s.rounds());
    }

    #[test]
    fn target_dependent_bug_shrinks_to_the_smallest_failing_target() {
        let s = drive(sorted_input(20_000, 987_654), search_rules(), |c| target(c) >= 37, |_| {});
        assert_eq!((array(s.best()).len(), target(s.best())), (0, 37));
        let s = drive(sorted_input(5_000, -987_654), search_rules(), |c| target(c) <= -37 && array(c).len() >= 3, |_| {});
        assert_eq!((array(s.best()).len(), target(s.best())), (3, -37));
        assert!(s.rounds() <= 30, "{} rounds", s.rounds());
    }

    /// `new LRUCache(cap)` and 1,000 random get/put of keys 0..50, with three `put(777, …)` buried.
    fn buried_puts(rng: &mut Rng) -> TestInput {
        let mut ops = vec![Op::New { new: "LRUCache".into(), args: vec![json!(5)] }];
        let planted: Vec<u64> = (0..3).map(|_| rng.below(1000)).collect();
        for i in 0..1000u64 {
            let (k, v) = (rng.below(50), rng.below(10_000));
            ops.push(if planted.contains(&i) {
                Op::Call { call: "put".into(), args: vec![json!(777), json!(i + 1)] }
            } else if rng.below(2) == 0 {
                Op::Call { call: "get".into(), args: vec![json!(k)] }
            } else {
                Op::Call { call: "put".into(), args: vec![json!(k), json!(v)] }
            });
        }
        TestInput::Ops { ops }
    }

    fn puts_of_777(input: &TestInput) -> usize {
        let TestInput::Ops { ops } = input else { panic!("ops") };
        ops.iter().filter(|op| matches!(op, Op::Call { call, args } if call == "put" && args[0] == json!(777))).count()
    }

    #[test]
    fn ops_shrink_to_the_buried_puts() {
        for seed in 0..20 {
            let input = buried_puts(&mut Rng::new(seed));
            let TestInput::Ops { ops } = &input else { panic!("ops") };
            let puts: Vec<Op> = ops.iter().filter(|op| matches!(op, Op::Call { args, .. } if args[0] == json!(777))).cloned().collect();
            if puts.len() < 3 {
                continue; // two plantings collided
            }
            let rules = ShrinkRules { remove_ops: true, ..ShrinkRules::default() };
            let s = drive(input.clone(), rules, |c| puts_of_777(c) >= 3, |_| {});
            let want: Vec<Op> = std::iter::once(ops[0].clone()).chain(puts).collect();
            assert_eq!(s.best(), &TestInput::Ops { ops: want }, "seed {seed}");
            eprintln!("ops 1001 → 4 (seed {seed}): {} rounds", s.rounds());
            assert!(s.rounds() <= 40, "seed {seed}: {} rounds", s.rounds());

            let rules = ShrinkRules { remove_ops: true, op_ints: true, ..ShrinkRules::default() };
            let s = drive(input, rules, |c| puts_of_777(c) >= 3, |_| {});
            let put = Op::Call { call: "put".into(), args: vec![json!(777), json!(0)] };
            let want = vec![Op::New { new: "LRUCache".into(), args: vec![json!(1)] }, put.clone(), put.clone(), put];
            assert_eq!(s.best(), &TestInput::Ops { ops: want }, "seed {seed}, with op_ints");
            assert!(s.rounds() <= 50, "seed {seed}: {} rounds with op_ints", s.rounds());
        }
    }

    #[test]
    fn nothing_shrinks_when_only_the_full_input_fails() {
        let input = sorted_input(3_000, 1_234);
        let s = drive(input.clone(), search_rules(), |c| c == &input, |_| {});
        assert_eq!(s.best(), &input);
        assert!(s.rounds() < MAX_ROUNDS, "the plan ran out first ({} rounds)", s.rounds());
        // Nothing to shrink at all: done before the first batch.
        let mut s = Shrinker::new(TestInput::Args { args: vec![json!([]), json!(0), json!("s")] }, search_rules());
        assert!(s.done() && s.batch().is_none() && s.rounds() == 0);
    }

    #[test]
    fn the_round_budget_is_respected() {
        // Only removing exactly one element keeps failing: one element per round, forever.
        let mut s = Shrinker::new(sorted_input(500, 0), search_rules());
        while let Some(batch) = s.batch() {
            let n = array(s.best()).len();
            let verdicts: Vec<bool> = batch.iter().map(|c| array(c).len() + 1 == n).collect();
            s.report(&verdicts);
        }
        assert_eq!(s.rounds(), MAX_ROUNDS);
        let n = array(s.best()).len();
        assert!((500 - MAX_ROUNDS as usize..500).contains(&n), "{n}");
        assert!(s.done() && s.batch().is_none());
    }

    #[test]
    fn removal_only_keeps_arrays_sorted_and_leaves_other_values_alone() {
        let mut rng = Rng::new(5);
        let input = TestInput::Args { args: vec![json!((0..2_000).map(|i| i / 3).collect::<Vec<_>>()), json!(17), json!(2.5), json!("s"), json!(true)] };
        let rules = ShrinkRules { arrays: vec![0], ..ShrinkRules::default() };
        let check = |c: &TestInput| {
            assert!(array(c).windows(2).all(|w| w[0] <= w[1]), "sorted");
            let TestInput::Args { args } = c else { panic!("args") };
            assert_eq!(&args[1..], &[json!(17), json!(2.5), json!("s"), json!(true)]);
        };
        let s = drive(input, rules, |_| rng.below(3) == 0, check);
        check(s.best());
    }

    #[test]
    fn size_counts_items_before_integers() {
        let a = TestInput::Args { args: vec![json!([5, 6]), json!(-3), json!(1.5)] };
        assert_eq!(size(&a), 2 * ITEM_WEIGHT + 3);
        let b = TestInput::Ops { ops: vec![Op::New { new: "X".into(), args: vec![json!(4)] }, Op::Get { get: "size".into() }] };
        assert_eq!(size(&b), 2 * ITEM_WEIGHT + 4);
        assert!(size(&TestInput::Args { args: vec![json!([1]), json!(1_000_000)] }) < size(&TestInput::Args { args: vec![json!([1, 2]), json!(0)] }));
    }

    #[test]
    fn the_same_input_gives_the_same_batches() {
        let batches = |seed| {
            let mut rng = Rng::new(seed);
            let mut all = Vec::new();
            drive(sorted_input(300, 99), search_rules(), |_| rng.below(4) == 0, |c| all.push(c.clone()));
            all
        };
        assert_eq!(batches(1), batches(1));
    }

    /// Validity per model, as each model's statement and generator state it.
    fn valid(model: &str, input: &TestInput) -> Result<(), String> {
        let ops = |input: &TestInput| match input {
            TestInput::Ops { ops } if matches!(ops.first(), Some(Op::New { .. })) => Ok(ops.clone()),
            _ => Err("a class test starts with `new`".to_string()),
        };
        let calls = |ops: &[Op]| -> Vec<Vec<Value>> { ops.iter().skip(1).filter_map(|op| if let Op::Call { args, .. } = op { Some(args.clone()) } else { None }).collect() };
        let ok = |b: bool, what: &str| if b { Ok(()) } else { Err(what.to_string()) };
        match model {
            "binary-search" | "lower-bound" | "rotated-search" => {
                let TestInput::Args { args } = input else { return Err("args".into()) };
                let v: Vec<i64> = serde_json::from_value(args[0].clone()).map_err(|e| e.to_string())?;
                ok(args.len() == 2 && args[1].is_i64(), "integer target")?;
                match model {
                    "binary-search" => ok(v.windows(2).all(|w| w[0] < w[1]), "distinct ascending"),
                    "lower-bound" => ok(v.windows(2).all(|w| w[0] <= w[1]), "non-decreasing"),
                    _ => {
                        let drops = v.windows(2).filter(|w| w[0] >= w[1]).count();
                        ok(drops == 0 || (drops == 1 && v[v.len() - 1] < v[0]), "a rotation of a distinct ascending array")
                    }
                }
            }
            "hash-map" => {
                let ops = ops(input)?;
                ok(calls(&ops).iter().all(|a| a[0].is_string()), "string keys")
            }
            "lru-cache" => {
                let ops = ops(input)?;
                let Op::New { args, .. } = &ops[0] else { unreachable!() };
                ok(args[0].as_i64().is_some_and(|c| c >= 1), "capacity ≥ 1")?;
                ok(calls(&ops).iter().all(|a| a[0].is_i64() && a.get(1).is_none_or(|v| v.as_i64().is_some_and(|v| v >= 0))), "int keys, values ≥ 0")
            }
            "token-bucket" | "sliding-window" => {
                let ops = ops(input)?;
                let times: Vec<i64> = calls(&ops).iter().map(|a| a[a.len() - 1].as_i64().unwrap_or(-1)).collect();
                ok(times.windows(2).all(|w| w[0] <= w[1]) && times.iter().all(|&t| t >= 0), "non-decreasing times")?;
                let Op::New { args, .. } = &ops[0] else { unreachable!() };
                ok(args[0].as_i64().is_some_and(|c| c >= 1) && args[1].as_f64().is_some_and(|r| r > 0.0), "positive parameters")?;
                if model == "token-bucket" {
                    let mut b = TokenBucket::new(args[0].as_f64().unwrap_or(1.0), args[1].as_f64().unwrap_or(1.0));
                    for t in times {
                        ok(!b.ambiguous_at(t as f64), "no decision within float noise of a whole token")?;
                        b.try_acquire(t as f64);
                    }
                }
                Ok(())
            }
            other => Err(format!("no check for {other}")),
        }
    }

    #[test]
    fn every_model_shrinks_to_inputs_that_stay_valid() {
        for model in models::MODELS {
            let cases = models::generate(model, 11, 4).expect("known model");
            let rules = models::shrink_rules(model);
            assert_ne!(rules, ShrinkRules::default(), "{model}: something may shrink");
            for (k, case) in cases.into_iter().enumerate() {
                valid(model, &case.input).unwrap_or_else(|e| panic!("{model} #{k} generated: {e}"));
                let check = |c: &TestInput| valid(model, c).unwrap_or_else(|e| panic!("{model} #{k}: {e}: {c:?}"));
                // Always failing: straight to the smallest input.
                let s = drive(case.input.clone(), rules.clone(), |_| true, check);
                check(s.best());
                // Failing at random: a wide spread of candidates.
                let mut rng = Rng::new(k as u64);
                let s = drive(case.input, rules.clone(), |_| rng.below(3) == 0, check);
                check(s.best());
            }
        }
    }

    /// Why the token bucket only truncates: dropping calls from the middle changes the bucket's
    /// history, and a later decision may land within float noise of a whole token, which the
    /// exercise promises never happens. Rare (5 of ~22,000 random chunk removals over 400 seeds),
    /// so a shrink session would meet it now and then; any prefix stays valid.
    #[test]
    fn token_bucket_interior_removal_can_break_the_float_guard() {
        let case = models::rate_limiter::token_bucket_case(&mut Rng::new(142), 0);
        let TestInput::Ops { ops } = &case.input else { panic!("ops") };
        valid("token-bucket", &case.input).expect("generated cases are valid");
        let mut fewer = ops.clone();
        fewer.drain(5..16);
        assert!(valid("token-bucket", &TestInput::Ops { ops: fewer }).is_err());
        for n in 1..ops.len() {
            valid("token-bucket", &TestInput::Ops { ops: ops[..n].to_vec() }).expect("prefixes are valid");
        }
    }
}
