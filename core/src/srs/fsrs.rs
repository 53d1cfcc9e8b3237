//! FSRS-6, the Free Spaced Repetition Scheduler, with its published default parameters.
//!
//! Each item has a memory state: stability S (days until recall falls to 90 %) and difficulty D
//! (1 to 10). A review with a rating updates both; the next interval is the number of days after
//! which predicted recall falls to the desired retention. Formulas follow the reference
//! implementation (PyPI `fsrs` 6.3.2, `Scheduler` without learning steps and without fuzz), and
//! `make test` cross-checks this module against it on random review histories
//! (`scripts/fsrs_crosscheck.py`). Load balancing is a separate step (`schedule`).

/// FSRS-6 default parameters w0..w20 (trained on ~10k Anki collections).
pub const DEFAULT_W: [f64; 21] = [
    0.212, 1.2931, 2.3065, 8.2956, 6.4133, 0.8334, 3.0194, 0.001, 1.8722, 0.1666, 0.796, 1.4835, 0.0614, 0.2629, 1.6483, 0.6014, 1.8729,
    0.5425, 0.0912, 0.0658, 0.1542,
];

/// Smallest stability, in days.
pub const S_MIN: f64 = 0.001;
/// Default desired retention: the chance of recall at which an item comes back.
pub const DEFAULT_RETENTION: f64 = 0.9;
/// Longest interval, in days (100 years).
pub const MAX_INTERVAL: u32 = 36_500;

/// How well the learner recalled an item.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Rating {
    Again = 1,
    Hard = 2,
    Good = 3,
    Easy = 4,
}

impl Rating {
    pub const ALL: [Rating; 4] = [Rating::Again, Rating::Hard, Rating::Good, Rating::Easy];

    pub fn from_u8(n: u8) -> Option<Rating> {
        Rating::ALL.get(usize::from(n).wrapping_sub(1)).copied()
    }

    pub fn label(self) -> &'static str {
        match self {
            Rating::Again => "Again",
            Rating::Hard => "Hard",
            Rating::Good => "Good",
            Rating::Easy => "Easy",
        }
    }

    fn g(self) -> f64 {
        f64::from(self as u8)
    }
}

/// The memory state of one item.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Memory {
    /// Days until recall falls to 90 %.
    pub stability: f64,
    /// 1 (easy) to 10 (hard).
    pub difficulty: f64,
}

/// A scheduler: parameters and the desired retention.
#[derive(Debug, Clone, PartialEq)]
pub struct Fsrs {
    pub w: [f64; 21],
    pub desired_retention: f64,
    pub maximum_interval: u32,
}

impl Default for Fsrs {
    fn default() -> Self {
        Fsrs { w: DEFAULT_W, desired_retention: DEFAULT_RETENTION, maximum_interval: MAX_INTERVAL }
    }
}

impl Fsrs {
    /// The default parameters with another desired retention.
    pub fn with_retention(desired_retention: f64) -> Fsrs {
        Fsrs { desired_retention, ..Fsrs::default() }
    }

    fn decay(&self) -> f64 {
        -self.w[20]
    }

    /// Chosen so that recall is exactly 90 % after `stability` days.
    fn factor(&self) -> f64 {
        0.9f64.powf(1.0 / self.decay()) - 1.0
    }

    /// The chance of recall `elapsed_days` after the last review: the forgetting curve.
    pub fn retrievability(&self, elapsed_days: f64, stability: f64) -> f64 {
        (1.0 + self.factor() * elapsed_days.max(0.0) / stability).powf(self.decay())
    }

    /// Whole days until recall falls to the desired retention (at least 1, at most the maximum).
    /// Halves round to even, as Python's `round` does in the reference.
    pub fn interval(&self, stability: f64) -> u32 {
        let days = stability / self.factor() * (self.desired_retention.powf(1.0 / self.decay()) - 1.0);
        (days.round_ties_even().max(1.0) as u32).min(self.maximum_interval)
    }

    /// D0(G) = w4 − e^(w5·(G−1)) + 1.
    pub fn initial_difficulty(&self, rating: Rating, clamp: bool) -> f64 {
        let d = self.w[4] - (self.w[5] * (rating.g() - 1.0)).exp() + 1.0;
        if clamp {
            d.clamp(1.0, 10.0)
        } else {
            d
        }
    }

    /// The state after the very first review.
    pub fn first(&self, rating: Rating) -> Memory {
        Memory { stability: self.w[rating as usize - 1].max(S_MIN), difficulty: self.initial_difficulty(rating, true) }
    }

    /// Difficulty after a review: moves by −w6·(G−3), damped towards 10, and reverts slightly
    /// (weight w7) to D0(Easy).
    pub fn next_difficulty(&self, difficulty: f64, rating: Rating) -> f64 {
        let delta = -self.w[6] * (rating.g() - 3.0);
        let damped = difficulty + (10.0 - difficulty) * delta / 9.0;
        (self.w[7] * self.initial_difficulty(Rating::Easy, false) + (1.0 - self.w[7]) * damped).clamp(1.0, 10.0)
    }

    /// The state after a review `elapsed_days` whole days after the previous one. A review on the
    /// same day (0) uses FSRS-6's short-term stability formula.
    pub fn next(&self, m: Memory, elapsed_days: u32, rating: Rating) -> Memory {
        let w = &self.w;
        let (s, d) = (m.stability, m.difficulty);
        let stability = if elapsed_days == 0 {
            let mut inc = (w[17] * (rating.g() - 3.0 + w[18])).exp() * s.powf(-w[19]);
            if rating != Rating::Again {
                inc = inc.max(1.0);
            }
            s * inc
        } else {
            let r = self.retrievability(f64::from(elapsed_days), s);
            if rating == Rating::Again {
                let long = w[11] * d.powf(-w[12]) * ((s + 1.0).powf(w[13]) - 1.0) * ((1.0 - r) * w[14]).exp();
                let short = s / (w[17] * w[18]).exp();
                long.min(short)
            } else {
                let hard = if rating == Rating::Hard { w[15] } else { 1.0 };
                let easy = if rating == Rating::Easy { w[16] } else { 1.0 };
                s * (1.0 + w[8].exp() * (11.0 - d) * s.powf(-w[9]) * (((1.0 - r) * w[10]).exp() - 1.0) * hard * easy)
            }
        };
        Memory { stability: stability.max(S_MIN), difficulty: self.next_difficulty(d, rating) }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn recall_is_ninety_percent_after_one_stability() {
        let f = Fsrs::default();
        for s in [0.5, 3.0, 40.0] {
            assert!((f.retrievability(s, s) - 0.9).abs() < 1e-12);
        }
        assert_eq!(f.retrievability(0.0, 2.0), 1.0);
        // At 90 % desired retention the interval is the stability, rounded.
        assert_eq!(f.interval(12.4), 12);
        assert_eq!(Fsrs::with_retention(0.8).interval(10.0) > 10, true);
        assert_eq!(f.interval(0.2), 1, "at least a day");
        assert_eq!(f.interval(1e9), MAX_INTERVAL);
    }

    #[test]
    fn first_reviews_use_the_initial_parameters() {
        let f = Fsrs::default();
        let good = f.first(Rating::Good);
        assert_eq!(good.stability, 2.3065);
        // D0(3) = 6.4133 − e^(0.8334·2) + 1
        assert!((good.difficulty - (7.4133 - (1.6668f64).exp())).abs() < 1e-12);
        assert_eq!(f.first(Rating::Again).difficulty, 6.4133);
        assert_eq!(f.first(Rating::Easy).difficulty, 1.0, "clamped");
    }

    #[test]
    fn success_grows_stability_and_failure_shrinks_it() {
        let f = Fsrs::default();
        let m = f.first(Rating::Good);
        let good = f.next(m, 2, Rating::Good);
        let hard = f.next(m, 2, Rating::Hard);
        let easy = f.next(m, 2, Rating::Easy);
        let again = f.next(m, 2, Rating::Again);
        assert!(again.stability < m.stability && m.stability < hard.stability && hard.stability < good.stability && good.stability < easy.stability);
        assert!(again.difficulty > m.difficulty && easy.difficulty < m.difficulty);
        assert_eq!(Rating::from_u8(0), None);
        assert_eq!(Rating::from_u8(4), Some(Rating::Easy));
    }
}
