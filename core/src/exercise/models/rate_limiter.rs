//! Rate-limiter models.
//! Token bucket: starts full; refills continuously at `refillPerSecond` (fractions accumulate)
//! up to `capacity`; a granted request takes one token. Refill is measured from the previous
//! `tryAcquire` call (the first call only spends).
//! Sliding window: a request at `t` is granted when fewer than `limit` granted requests of that
//! client lie in `(t − windowMs, t]`.

use crate::exercise::spec::{Op, TestCase, TestInput};
use crate::rng::Rng;
use serde_json::{json, Value};
use std::collections::{HashMap, VecDeque};

/// Non-integer rates on purpose.
const RATES: &[f64] = &[0.5, 1.0, 1.5, 2.5, 0.3, 3.7, 10.0, 0.1, 0.25, 7.5];

/// The bucket's state, exactly as the exercise states its semantics.
#[derive(Debug, Clone)]
pub struct TokenBucket {
    pub capacity: f64,
    pub rate_per_ms: f64,
    pub tokens: f64,
    pub last: Option<f64>,
}

impl TokenBucket {
    pub fn new(capacity: f64, refill_per_second: f64) -> Self {
        TokenBucket { capacity, rate_per_ms: refill_per_second / 1000.0, tokens: capacity, last: None }
    }

    /// Tokens available at `now` (without spending).
    pub fn level_at(&self, now: f64) -> f64 {
        match self.last {
            Some(l) => (self.tokens + (now - l) * self.rate_per_ms).min(self.capacity),
            None => self.tokens,
        }
    }

    /// Whether deciding at `now` would hinge on float noise: the level was reached by adding a
    /// fractional refill and lands within 1e-6 of one whole token. Exact levels (no time passed,
    /// or capped at capacity from above) are never ambiguous.
    pub fn ambiguous_at(&self, now: f64) -> bool {
        match self.last {
            Some(l) if now > l => ((self.tokens + (now - l) * self.rate_per_ms) - 1.0).abs() < 1e-6,
            _ => false,
        }
    }

    pub fn try_acquire(&mut self, now: f64) -> bool {
        self.tokens = self.level_at(now);
        self.last = Some(now);
        if self.tokens >= 1.0 {
            self.tokens -= 1.0;
            true
        } else {
            false
        }
    }
}

fn next_gap(rng: &mut Rng) -> u64 {
    match rng.below(10) {
        0..=3 => 0,                              // burst: same millisecond
        4..=7 => 1 + rng.below(400),             // steady traffic
        8 => 1_000 + rng.below(5_000),           // pause
        _ => 60_000 + rng.below(3_600_000),      // long idle gap
    }
}

pub fn token_bucket_case(rng: &mut Rng, _k: usize) -> TestCase {
    let capacity = 1 + rng.below(12);
    let rate = RATES[rng.below(RATES.len() as u64) as usize];
    let mut bucket = TokenBucket::new(capacity as f64, rate);
    let mut now = rng.below(100_000);
    let mut ops = vec![Op::New { new: "TokenBucket".into(), args: vec![json!(capacity), json!(rate)] }];
    let mut expected = vec![Value::Null];
    for _ in 0..(300 + rng.below(500)) {
        now += next_gap(rng);
        // Never decide within float noise of a whole token: any careful implementation agrees.
        while bucket.ambiguous_at(now as f64) {
            now += 1;
        }
        let granted = bucket.try_acquire(now as f64);
        ops.push(Op::Call { call: "tryAcquire".into(), args: vec![json!(now)] });
        expected.push(json!(granted));
    }
    TestCase { name: String::new(), hidden: false, input: TestInput::Ops { ops }, expected: Value::Array(expected) }
}

pub fn sliding_window_case(rng: &mut Rng, _k: usize) -> TestCase {
    let limit = 1 + rng.below(6) as usize;
    let window = [1_000u64, 60_000, 250, 5_000][rng.below(4) as usize];
    let clients = ["alice", "bob", "__proto__", "10.0.0.1"];
    let mut granted: HashMap<&str, VecDeque<u64>> = HashMap::new();
    let mut now = rng.below(10_000);
    let mut ops = vec![Op::New { new: "SlidingWindowLimiter".into(), args: vec![json!(limit), json!(window)] }];
    let mut expected = vec![Value::Null];
    for _ in 0..(300 + rng.below(500)) {
        now += match rng.below(6) {
            0 | 1 => 0,
            2 | 3 => rng.below(window / 4 + 1),
            // Land exactly on window edges, where off-by-one bugs live.
            4 => window,
            _ => rng.below(window * 3),
        };
        let c = clients[rng.below(clients.len() as u64) as usize];
        let q = granted.entry(c).or_default();
        while q.front().is_some_and(|&t| t + window <= now) {
            q.pop_front();
        }
        let ok = q.len() < limit;
        if ok {
            q.push_back(now);
        }
        ops.push(Op::Call { call: "allow".into(), args: vec![json!(c), json!(now)] });
        expected.push(json!(ok));
    }
    TestCase { name: String::new(), hidden: false, input: TestInput::Ops { ops }, expected: Value::Array(expected) }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn generation_terminates_for_every_capacity_and_rate() {
        // Capacity 1 once looped forever (a full bucket sits exactly at one token).
        for seed in 0..300 {
            let mut rng = Rng::new(seed);
            let case = token_bucket_case(&mut rng, 0);
            let TestInput::Ops { ops } = &case.input else { panic!("ops") };
            assert!(ops.len() > 300);
        }
    }

    #[test]
    fn bucket_starts_full_and_refills_fractionally() {
        let mut b = TokenBucket::new(2.0, 0.5); // one token per 2 s
        assert!(b.try_acquire(0.0));
        assert!(b.try_acquire(0.0));
        assert!(!b.try_acquire(0.0));
        assert!(!b.try_acquire(1_999.0));
        assert!(b.try_acquire(3_000.0), "0.9995 + 0.5 = 1.4995 tokens");
        assert!(!b.try_acquire(3_500.0));
        assert!(b.try_acquire(10_000_000.0));
        assert!(b.try_acquire(10_000_000.0), "capped at capacity 2");
        assert!(!b.try_acquire(10_000_000.0));
    }
}
