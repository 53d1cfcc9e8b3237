//! Spaced repetition for every kind of item (quiz questions, exercises, SQL exercises, missed
//! design points, behavioural prompts) in one queue, scheduled by FSRS-6 (`fsrs`).
//!
//! The store keeps a `Card` per item key (`<kind>:<id>`) and a capped review log. The FSRS
//! arithmetic runs in the area that grades the item (`schedule`), and the store only checks and
//! keeps the result, so the home page's module never carries the scheduler.

pub mod calibration;
pub mod fsrs;
pub mod plan;
pub mod queue;
pub mod schedule;

use serde::{Deserialize, Serialize};

const MS_PER_DAY: f64 = 86_400_000.0;

/// The local calendar day of an epoch time. `tz_offset_min` is JavaScript's
/// `getTimezoneOffset()` (UTC − local, in minutes).
pub fn day_number(epoch_ms: f64, tz_offset_min: f64) -> i64 {
    ((epoch_ms - tz_offset_min * 60_000.0) / MS_PER_DAY).floor() as i64
}

/// What an item is; the prefix of its key and the queue's `data-kind`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Kind {
    Quiz,
    Exercise,
    Sql,
    Design,
    Behavioural,
}

impl Kind {
    pub const ALL: [Kind; 5] = [Kind::Quiz, Kind::Exercise, Kind::Sql, Kind::Design, Kind::Behavioural];

    pub fn as_str(self) -> &'static str {
        match self {
            Kind::Quiz => "quiz",
            Kind::Exercise => "exercise",
            Kind::Sql => "sql",
            Kind::Design => "design",
            Kind::Behavioural => "behavioural",
        }
    }

    /// The card key of item `id` of this kind.
    pub fn key(self, id: &str) -> String {
        format!("{}:{id}", self.as_str())
    }

    /// Splits a card key into its kind and id.
    pub fn of_key(key: &str) -> Option<(Kind, &str)> {
        let (kind, id) = key.split_once(':')?;
        let kind = Kind::ALL.into_iter().find(|k| k.as_str() == kind)?;
        (!id.is_empty()).then_some((kind, id))
    }
}

/// The schedule of one item. Stability and difficulty are stored as integers (millionths) so a
/// saved card reads back exactly.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Card {
    /// FSRS stability, in millionths of a day: the interval after which recall falls to 90 %.
    pub s: u64,
    /// FSRS difficulty (1 to 10), in millionths.
    pub d: u32,
    /// Local day number on which the item is due.
    pub due: i64,
    /// Local day number of the last review.
    pub last: i64,
    /// Epoch milliseconds of the last review (a whole number): which copy wins a merge.
    pub at: u64,
    pub reps: u32,
    pub lapses: u32,
}

impl Card {
    pub fn stability(&self) -> f64 {
        self.s as f64 / 1e6
    }

    pub fn difficulty(&self) -> f64 {
        f64::from(self.d) / 1e6
    }

    pub fn is_due(&self, today: i64) -> bool {
        self.due <= today
    }
}

/// One review, kept so parameters can be refitted later and calibration can be shown.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Review {
    /// The card key.
    pub k: String,
    /// Epoch milliseconds (a whole number).
    pub at: u64,
    /// Local day number.
    pub day: i64,
    /// FSRS rating: 1 again, 2 hard, 3 good, 4 easy.
    pub r: u8,
    /// Confidence the learner gave before seeing the answer (quiz only): 1 guessed, 2 unsure, 3 sure.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub c: Option<u8>,
}

/// Most reviews kept in the log (oldest dropped): ~60 bytes each, far from the storage quota.
pub const MAX_LOG: usize = 5_000;

/// Keys of the cards due on `today`, most overdue first.
pub fn due<'a>(cards: impl IntoIterator<Item = (&'a String, &'a Card)>, today: i64) -> Vec<&'a str> {
    let mut v: Vec<(&String, &Card)> = cards.into_iter().filter(|(_, c)| c.is_due(today)).collect();
    v.sort_by_key(|(k, c)| (c.due, *k));
    v.into_iter().map(|(k, _)| k.as_str()).collect()
}
