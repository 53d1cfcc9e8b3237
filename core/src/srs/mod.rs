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

    /// The card key of a design prompt's rubric point: `design:<slug>:<point>`.
    pub fn design_point(slug: &str, point: &str) -> String {
        Kind::Design.key(&format!("{slug}:{point}"))
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

/// One review, kept in the log so parameters can be refitted later. Stored as a JSON object
/// (`to_value` / `read`, written out: every module keeps, checks and merges the log as JSON,
/// and none but the areas that review carries this type's code).
#[derive(Debug, Clone, PartialEq, Eq)]
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
    pub c: Option<u8>,
}

impl Review {
    /// `{"k": …, "at": …, "day": …, "r": …}` plus `"c"` when there is a confidence.
    pub fn to_value(&self) -> serde_json::Value {
        let mut m = serde_json::Map::new();
        m.insert("k".into(), self.k.clone().into());
        m.insert("at".into(), self.at.into());
        m.insert("day".into(), self.day.into());
        m.insert("r".into(), self.r.into());
        if let Some(c) = self.c {
            m.insert("c".into(), c.into());
        }
        serde_json::Value::Object(m)
    }

    /// Reads a stored entry; any other shape, an extra field or a value out of range is an error.
    pub fn read(v: &serde_json::Value) -> Result<Review, String> {
        let o = v.as_object().ok_or("not an object")?;
        let small = |k: &str, max: u64| o.get(k).and_then(serde_json::Value::as_u64).filter(|n| (1..=max).contains(n)).map(|n| n as u8);
        let c = match o.get("c") {
            None => None,
            Some(_) => Some(small("c", 3).ok_or("confidence out of range")?),
        };
        let r = Review {
            k: o.get("k").and_then(serde_json::Value::as_str).ok_or("no item key")?.to_string(),
            at: o.get("at").and_then(serde_json::Value::as_u64).ok_or("no time")?,
            day: o.get("day").and_then(serde_json::Value::as_i64).ok_or("no day")?,
            r: small("r", 4).ok_or("rating out of range")?,
            c,
        };
        if o.len() != 4 + usize::from(c.is_some()) {
            return Err("unknown fields".into());
        }
        Ok(r)
    }
}

/// Most reviews kept in the log (oldest dropped): ~60 bytes each, far from the storage quota.
pub const MAX_LOG: usize = 5_000;

/// How many cards are due on `today` among those `keep` accepts (no sorting: the home page's
/// count).
pub fn count_due(cards: &std::collections::BTreeMap<String, Card>, today: i64, keep: impl Fn(&str) -> bool) -> usize {
    cards.iter().filter(|(k, c)| c.is_due(today) && keep(k)).count()
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn keys_name_their_kind_and_reviews_round_trip_as_json() {
        assert_eq!(Kind::of_key("design:chat:api-1"), Some((Kind::Design, "chat:api-1")));
        assert_eq!(Kind::of_key("quiz:"), None);
        assert_eq!(Kind::of_key("homework:x"), None);
        let r = Review { k: "quiz:a".into(), at: 5, day: 2, r: 3, c: Some(2) };
        assert_eq!(r.to_value(), json!({"k": "quiz:a", "at": 5, "day": 2, "r": 3, "c": 2}));
        assert_eq!(Review::read(&r.to_value()), Ok(r.clone()));
        let none = Review { c: None, ..r };
        assert_eq!(Review::read(&none.to_value()), Ok(none));
        for bad in [json!({"k": "quiz:a", "at": 5, "day": 2, "r": 0}), json!({"k": "quiz:a", "at": 5, "day": 2, "r": 3, "c": 4}), json!({"k": "quiz:a", "at": 5, "day": 2, "r": 3, "x": 1}), json!([1])] {
            assert!(Review::read(&bad).is_err(), "{bad}");
        }
    }
}
