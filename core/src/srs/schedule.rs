//! From a graded item to its next schedule: the rating each kind of item earns, the FSRS step,
//! and load balancing (an interval of a week or more may move a day or two to the least busy
//! day nearby, so reviews never pile up into a wall on one day).

use super::fsrs::{Fsrs, Memory, Rating};
use super::{Card, Review};
use std::collections::BTreeMap;

/// A quiz answer's rating: wrong → Again; right and guessed → Hard; right and unsure (or no
/// confidence given) → Good; right and sure → Easy.
pub fn quiz_rating(correct: bool, confidence: Option<u8>) -> Rating {
    match (correct, confidence) {
        (false, _) => Rating::Again,
        (true, Some(1)) => Rating::Hard,
        (true, Some(3)) => Rating::Easy,
        (true, _) => Rating::Good,
    }
}

/// An exercise's rating (coding or SQL) when it is passed or given up: the full solution seen →
/// Again; hints or other help, or failed submits before passing → Hard; passed at the first
/// submit → Easy within `5 × difficulty` minutes, Good after.
pub fn exercise_rating(help: u8, failed_submits: u32, seconds: u32, difficulty: u8) -> Rating {
    if help >= crate::store::MAX_HELP {
        Rating::Again
    } else if help > 0 || failed_submits > 0 {
        Rating::Hard
    } else if seconds <= 300 * u32::from(difficulty.max(1)) {
        Rating::Easy
    } else {
        Rating::Good
    }
}

/// One visit to an exercise (coding or SQL), for its review: rated once, at the first submit that
/// passes every test, or when the full solution is opened, whichever comes first.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Visit {
    pub opened_ms: f64,
    pub failed_submits: u32,
    pub rated: bool,
}

impl Visit {
    pub fn new(opened_ms: f64) -> Visit {
        Visit { opened_ms, failed_submits: 0, rated: false }
    }

    /// A submit's result, with the help used so far: the rating to record, if this is the one.
    pub fn submitted(&mut self, passed: bool, help: u8, now_ms: f64, difficulty: u8) -> Option<Rating> {
        if self.rated {
            return None;
        }
        if !passed {
            self.failed_submits += 1;
            return None;
        }
        self.rated = true;
        let seconds = ((now_ms - self.opened_ms) / 1000.0).clamp(0.0, f64::from(u32::MAX)) as u32;
        Some(exercise_rating(help, self.failed_submits, seconds, difficulty))
    }

    /// The full solution was opened.
    pub fn solution_seen(&mut self) -> Option<Rating> {
        (!std::mem::replace(&mut self.rated, true)).then_some(Rating::Again)
    }
}

/// A finished design attempt's reviews, one per rubric point (`design:<slug>:<point>`): a missed
/// point is due again (Again); a covered point is a success (Good) only if it was already in the
/// queue: what the learner knows needs no schedule.
pub fn design_reviews(fsrs: &Fsrs, cards: &BTreeMap<String, Card>, slug: &str, points: &[&str], covered: &std::collections::BTreeSet<String>, today: i64, at: u64) -> Vec<(Card, Review)> {
    let graded: Vec<(String, Rating, Option<u8>)> = points
        .iter()
        .map(|p| (super::Kind::design_point(slug, p), covered.contains(*p)))
        .filter(|(k, hit)| !hit || cards.contains_key(k))
        .map(|(k, hit)| (k, if hit { Rating::Good } else { Rating::Again }, None))
        .collect();
    review_all(fsrs, cards, &graded, today, at)
}

/// How many days an interval of `days` may move either way: none under 3 days, then about 10 %.
pub fn spread(days: u32) -> u32 {
    if days < 3 {
        0
    } else {
        ((f64::from(days) * 0.1).round() as u32).max(1)
    }
}

/// The due day for an interval of `days` from `today`: the day within `spread` with the fewest
/// reviews already due (`load`: due day → count), the nearest to the interval on a tie, the
/// earlier of two equally near.
pub fn balanced_due(today: i64, days: u32, load: &BTreeMap<i64, u32>) -> i64 {
    let d = i64::from(spread(days));
    let target = today + i64::from(days);
    let candidates = (target - d).max(today + 1)..=target + d;
    candidates.min_by_key(|day| (load.get(day).copied().unwrap_or(0), (day - target).abs(), *day)).unwrap_or(target)
}

/// Due reviews per day, for `balanced_due`.
pub fn load<'a>(cards: impl IntoIterator<Item = &'a Card>) -> BTreeMap<i64, u32> {
    let mut m = BTreeMap::new();
    for c in cards {
        *m.entry(c.due).or_insert(0) += 1;
    }
    m
}

/// Stores a stability or difficulty as millionths.
fn micro(x: f64) -> u64 {
    (x * 1e6).round().max(1.0) as u64
}

/// The card after one review on `today` at epoch ms `at` (`None`: the item's first review).
pub fn review(fsrs: &Fsrs, card: Option<&Card>, rating: Rating, today: i64, at: u64, load: &BTreeMap<i64, u32>) -> Card {
    let m = match card {
        Some(c) => fsrs.next(Memory { stability: c.stability(), difficulty: c.difficulty() }, (today - c.last).clamp(0, i64::from(u32::MAX)) as u32, rating),
        None => fsrs.first(rating),
    };
    let ivl = fsrs.interval(m.stability);
    let (reps, lapses) = card.map_or((0, 0), |c| (c.reps, c.lapses));
    Card {
        s: micro(m.stability),
        d: micro(m.difficulty) as u32,
        due: balanced_due(today, ivl, load),
        last: today,
        at,
        reps: reps + 1,
        lapses: lapses + u32::from(rating == Rating::Again && card.is_some()),
    }
}

/// Schedules several graded items at once (a finished quiz): each gets its card and its log
/// entry; later items see the load the earlier ones added.
pub fn review_all(fsrs: &Fsrs, cards: &BTreeMap<String, Card>, graded: &[(String, Rating, Option<u8>)], today: i64, at: u64) -> Vec<(Card, Review)> {
    let mut load = load(cards.values());
    let mut seen: BTreeMap<&str, Card> = BTreeMap::new();
    let mut out = Vec::new();
    for (key, rating, confidence) in graded {
        let before = seen.get(key.as_str()).or_else(|| cards.get(key)).copied();
        let card = review(fsrs, before.as_ref(), *rating, today, at, &load);
        *load.entry(card.due).or_insert(0) += 1;
        seen.insert(key, card);
        out.push((card, Review { k: key.clone(), at, day: today, r: *rating as u8, c: *confidence }));
    }
    out
}

/// A finished quiz's reviews: every question that was shown (answered, or left to expire) is
/// rated by `quiz_rating`; questions a quit never reached are not reviews.
pub fn quiz_reviews(fsrs: &Fsrs, cards: &BTreeMap<String, Card>, attempt: &crate::quiz::Attempt, today: i64) -> Vec<(Card, Review)> {
    let graded: Vec<(String, Rating, Option<u8>)> = attempt
        .items
        .iter()
        .filter(|i| i.response.is_some() || i.time_ms > 0)
        .map(|i| {
            let c = i.confidence.and_then(|c| u8::try_from(c).ok());
            (super::Kind::Quiz.key(&i.question_id), quiz_rating(i.correct, c), c)
        })
        .collect();
    review_all(fsrs, cards, &graded, today, attempt.ended_at.max(0.0) as u64)
}

/// The scheduler for the learner's desired retention (thousandths; `None`: the default).
pub fn scheduler(retention: Option<u16>) -> Fsrs {
    retention.map_or_else(Fsrs::default, |r| Fsrs::with_retention(f64::from(r) / 1000.0))
}

/// A Leitner card of schema 2 as an FSRS card: stability is the box's interval (recall was
/// expected to be 90 % then, which is what stability means); difficulty replays the card's
/// answers as it counted them, its lapses (Again) first, then the right answers (Good), from
/// FSRS's initial difficulty; the due day stays, so nothing comes back earlier or later.
pub fn from_leitner(interval_days: i64, due: i64, last: i64, reps: u32, lapses: u32) -> Card {
    let fsrs = Fsrs::default();
    let rating = |i: u32| if i < lapses { Rating::Again } else { Rating::Good };
    let mut d = fsrs.initial_difficulty(rating(0), true);
    for i in 1..reps.min(1_000) {
        d = fsrs.next_difficulty(d, rating(i));
    }
    Card { s: micro(interval_days.max(1) as f64), d: micro(d) as u32, due, last, at: (last.max(0) as u64) * 86_400_000, reps, lapses }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ratings_follow_the_rules_users_are_told() {
        assert_eq!(quiz_rating(false, Some(3)), Rating::Again);
        assert_eq!(quiz_rating(true, Some(1)), Rating::Hard);
        assert_eq!(quiz_rating(true, Some(2)), Rating::Good);
        assert_eq!(quiz_rating(true, None), Rating::Good);
        assert_eq!(quiz_rating(true, Some(3)), Rating::Easy);
        assert_eq!(exercise_rating(4, 0, 10, 1), Rating::Again);
        assert_eq!(exercise_rating(1, 0, 10, 1), Rating::Hard);
        assert_eq!(exercise_rating(0, 2, 10, 1), Rating::Hard);
        assert_eq!(exercise_rating(0, 0, 600, 2), Rating::Easy);
        assert_eq!(exercise_rating(0, 0, 601, 2), Rating::Good);
    }

    #[test]
    fn load_balancing_moves_long_intervals_to_quiet_days_only() {
        let mut load = BTreeMap::new();
        assert_eq!(balanced_due(100, 2, &load), 102, "short intervals never move");
        assert_eq!(balanced_due(100, 10, &load), 110, "no load: the interval itself");
        load.insert(110, 5);
        load.insert(109, 5);
        assert_eq!(balanced_due(100, 10, &load), 111);
        load.insert(111, 1);
        assert_eq!(balanced_due(100, 10, &load), 111, "still the quietest");
        load.insert(111, 6);
        assert_eq!(balanced_due(100, 10, &load), 110, "equal load: the nearer");
        let load = BTreeMap::from([(109, 1), (110, 9), (111, 1)]);
        assert_eq!(balanced_due(100, 10, &load), 109, "equally near: the earlier");
        assert_eq!(spread(30), 3);
    }

    #[test]
    fn a_quiz_spreads_its_reviews_and_counts_lapses() {
        let fsrs = Fsrs::default();
        let mut cards = BTreeMap::new();
        // Forty questions known cold on the same day would all come back together.
        let graded: Vec<(String, Rating, Option<u8>)> = (0..40).map(|i| (format!("quiz:q{i}"), Rating::Easy, Some(3))).collect();
        for (card, rev) in review_all(&fsrs, &cards, &graded, 0, 1000) {
            assert_eq!((rev.r, rev.c, card.reps, card.lapses), (4, Some(3), 1, 0));
            cards.insert(rev.k, card);
        }
        let again = review_all(&fsrs, &cards, &graded, 0, 2000);
        let dues = load(cards.values());
        assert!(dues.len() >= 3 && dues.values().all(|&n| n <= 14), "{dues:?}");
        // A same-day Easy keeps them known; a later Again is a lapse and comes back tomorrow.
        let lapse = review(&fsrs, Some(&again[0].0), Rating::Again, 30, 3000, &BTreeMap::new());
        assert_eq!((lapse.lapses, lapse.due, lapse.reps), (1, 30 + i64::from(fsrs.interval(lapse.stability())), 3));
        assert!(lapse.due <= 32, "back within days");
        assert!(lapse.stability() < again[0].0.stability());
    }

    #[test]
    fn a_quiz_reviews_what_was_shown_with_the_confidence_given() {
        use crate::quiz::{Attempt, AttemptItem, FinishReason, Preset, Response};
        let item = |id: &str, correct: bool, response: Option<Response>, time_ms: u64, confidence: Option<u16>| AttemptItem {
            question_id: id.into(), topic: "t".into(), order: vec![], response, correct, credit: None, time_ms, confidence,
        };
        let a = Attempt {
            id: "a".into(), started_at: 0.0, ended_at: 5_000.0, settings: Preset::Quick10.settings(1), reason: FinishReason::Quit,
            items: vec![
                item("sure-wrong", false, Some(Response::Bool(true)), 900, Some(3)),
                item("guessed-right", true, Some(Response::Bool(true)), 900, Some(1)),
                item("expired", false, None, 30_000, None),
                item("never-shown", false, None, 0, None),
            ],
        };
        let got: Vec<(String, u8, Option<u8>)> = quiz_reviews(&scheduler(None), &BTreeMap::new(), &a, 7).into_iter().map(|(_, r)| (r.k, r.r, r.c)).collect();
        assert_eq!(got, vec![("quiz:sure-wrong".into(), 1, Some(3)), ("quiz:guessed-right".into(), 2, Some(1)), ("quiz:expired".into(), 1, None)]);
        assert_eq!(scheduler(Some(800)).desired_retention, 0.8);
    }

    #[test]
    fn an_exercise_visit_is_rated_once_by_its_result_and_help() {
        let mut v = Visit::new(0.0);
        assert_eq!(v.submitted(false, 0, 1_000.0, 2), None);
        assert_eq!(v.submitted(true, 0, 60_000.0, 2), Some(Rating::Hard), "a failed submit first");
        assert_eq!(v.submitted(true, 0, 70_000.0, 2), None, "once per visit");
        assert_eq!(v.solution_seen(), None);
        let mut v = Visit::new(0.0);
        assert_eq!(v.submitted(true, 0, 120_000.0, 1), Some(Rating::Easy), "first submit, quick");
        let mut v = Visit::new(0.0);
        assert_eq!(v.submitted(true, 0, 400_000.0, 1), Some(Rating::Good), "first submit, slower");
        let mut v = Visit::new(0.0);
        assert_eq!(v.solution_seen(), Some(Rating::Again));
        assert_eq!(v.submitted(true, 4, 1.0, 1), None);
    }

    #[test]
    fn design_misses_enter_the_queue_and_known_points_stay_out() {
        let fsrs = Fsrs::default();
        let covered: std::collections::BTreeSet<String> = ["api-1".to_string()].into();
        let first = design_reviews(&fsrs, &BTreeMap::new(), "chat", &["api-1", "data-2"], &covered, 10, 5);
        let keys: Vec<(&str, u8)> = first.iter().map(|(_, r)| (r.k.as_str(), r.r)).collect();
        assert_eq!(keys, vec![("design:chat:data-2", 1)]);
        let cards: BTreeMap<String, Card> = first.into_iter().map(|(c, r)| (r.k, c)).collect();
        let all: std::collections::BTreeSet<String> = ["api-1".to_string(), "data-2".to_string()].into();
        let second = design_reviews(&fsrs, &cards, "chat", &["api-1", "data-2"], &all, 12, 6);
        let keys: Vec<(&str, u8)> = second.iter().map(|(_, r)| (r.k.as_str(), r.r)).collect();
        assert_eq!(keys, vec![("design:chat:data-2", 3)], "covered this time: a success");
    }

    #[test]
    fn leitner_cards_keep_their_due_day_and_take_the_box_interval_as_stability() {
        let c = from_leitner(14, 120, 106, 4, 1);
        assert_eq!((c.s, c.due, c.last, c.reps, c.lapses), (14_000_000, 120, 106, 4, 1));
        let f = Fsrs::default();
        let mut d = f.initial_difficulty(Rating::Again, true);
        for _ in 0..3 {
            d = f.next_difficulty(d, Rating::Good);
        }
        assert_eq!(c.d, micro(d) as u32, "a lapse, then three right answers");
        let always_right = from_leitner(14, 120, 106, 4, 0);
        assert!(always_right.difficulty() < c.difficulty(), "a lapse makes an item harder");
    }
}
