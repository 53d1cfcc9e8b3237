//! Spaced repetition with Leitner boxes. Quiz outcomes are binary (right or wrong), which is
//! exactly what Leitner consumes; SM-2 and FSRS want graded recall ("hard", "easy") that a
//! multiple-choice quiz cannot honestly provide. A right answer moves a card up one box and
//! pushes it further out; a wrong one sends it back to box 1, due the next day.

use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// Days until the next review, by box (box 1 is index 0).
pub const INTERVAL_DAYS: [i64; 6] = [1, 3, 7, 14, 30, 60];
const MS_PER_DAY: f64 = 86_400_000.0;

/// The schedule of one question.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Card {
    /// 1..=6.
    pub leitner_box: u8,
    /// Local day number on which the card is due.
    pub due_day: i64,
    pub last_day: i64,
    pub reviews: u32,
    pub lapses: u32,
}

/// The local calendar day of an epoch time. `tz_offset_min` is JavaScript's
/// `getTimezoneOffset()` (UTC − local, in minutes).
pub fn day_number(epoch_ms: f64, tz_offset_min: f64) -> i64 {
    ((epoch_ms - tz_offset_min * 60_000.0) / MS_PER_DAY).floor() as i64
}

impl Card {
    /// A card after its first answer.
    pub fn first(correct: bool, today: i64) -> Card {
        let fresh = Card { leitner_box: 1, due_day: today, last_day: today, reviews: 0, lapses: 0 };
        // A first right answer means "known": start in box 2 rather than asking again tomorrow.
        if correct {
            Card { leitner_box: 2, due_day: today + INTERVAL_DAYS[1], last_day: today, reviews: 1, lapses: 0 }
        } else {
            fresh.answered(false, today)
        }
    }

    pub fn answered(self, correct: bool, today: i64) -> Card {
        let leitner_box = if correct { (self.leitner_box + 1).min(INTERVAL_DAYS.len() as u8) } else { 1 };
        Card {
            leitner_box,
            due_day: today + INTERVAL_DAYS[usize::from(leitner_box) - 1],
            last_day: today,
            reviews: self.reviews + 1,
            lapses: self.lapses + u32::from(!correct),
        }
    }

    pub fn is_due(&self, today: i64) -> bool {
        self.due_day <= today
    }
}

/// Updates the schedules with one quiz's outcomes.
pub fn record(cards: &mut BTreeMap<String, Card>, outcomes: &[(String, bool)], today: i64) {
    for (id, correct) in outcomes {
        let next = match cards.get(id) {
            Some(c) => c.answered(*correct, today),
            None => Card::first(*correct, today),
        };
        cards.insert(id.clone(), next);
    }
}

/// Ids of the cards due on `today`, most overdue first, then lowest box.
pub fn due(cards: &BTreeMap<String, Card>, today: i64) -> Vec<String> {
    let mut v: Vec<(&String, &Card)> = cards.iter().filter(|(_, c)| c.is_due(today)).collect();
    v.sort_by_key(|(id, c)| (c.due_day, c.leitner_box, (*id).clone()));
    v.into_iter().map(|(id, _)| id.clone()).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn right_answers_climb_boxes_and_wrong_answers_reset() {
        let c = Card::first(true, 100);
        assert_eq!((c.leitner_box, c.due_day), (2, 103));
        let c = c.answered(true, 103);
        assert_eq!((c.leitner_box, c.due_day), (3, 110));
        let c = c.answered(false, 110);
        assert_eq!((c.leitner_box, c.due_day, c.lapses, c.reviews), (1, 111, 1, 3));
        let mut c = c;
        for _ in 0..10 {
            c = c.answered(true, 200);
        }
        assert_eq!((c.leitner_box, c.due_day), (6, 260), "box is capped");
    }

    #[test]
    fn due_lists_overdue_first() {
        let mut cards = BTreeMap::new();
        record(&mut cards, &[("a".into(), false), ("b".into(), true)], 10);
        assert!(due(&cards, 10).is_empty());
        assert_eq!(due(&cards, 11), vec!["a"]);
        assert_eq!(due(&cards, 13), vec!["a", "b"]);
        record(&mut cards, &[("b".into(), false)], 9);
        assert_eq!(due(&cards, 13), vec!["b", "a"]);
    }

    #[test]
    fn day_numbers_follow_local_midnight() {
        // 2026-01-01T23:30Z is still Jan 1 in UTC, but Jan 2 in UTC+1 (offset -60).
        let t = 1_767_310_200_000.0;
        assert_eq!(day_number(t, -60.0), day_number(t, 0.0) + 1);
    }
}
