//! The interview date plan: given the interview day and the minutes a day, what to do today so
//! that as much as possible is remembered on the day. How the plan is made (shown to the user):
//!
//! 1. **Reviews first.** Every item due today or earlier, the one you are most likely to have
//!    forgotten first. A review that does not fit the minutes left is skipped (a shorter one may
//!    still fit) and stays due; with any review due, at least one is planned, even with 0 minutes.
//! 2. **Weakest topic first.** Topics are ranked by quiz accuracy (never tried counts as 50 %),
//!    then by how little of them you have seen, then by name.
//! 3. **New material** fills the minutes left: unseen items of the weakest topic in their
//!    authored order, then of the next topic. None on the interview day or after: reviews only.
//! 4. **Review ahead.** Items next due after the interview whose recall on the day would be below
//!    your desired retention, weakest first. In the last two days and on the day itself they join
//!    today's plan right after the due reviews (before new material) while minutes remain.
//! 5. **Forecast.** On an average day the minutes left after the reviews due before the interview
//!    (spread evenly) go to new items of average length, in the same topic order. Recall on the
//!    day assumes each item due before it is reviewed on its due day (today if overdue) and
//!    rated Good; once the interview is past, it is recall today.

use super::fsrs::{Fsrs, Memory, Rating, S_MIN};
use super::{Card, Kind};
use std::collections::{BTreeMap, BTreeSet};

/// Minutes one item of each kind usually takes: what today's budget is spent in.
pub fn minutes(kind: Kind) -> f64 {
    match kind {
        Kind::Quiz => 1.0,
        Kind::Exercise => 15.0,
        Kind::Sql => 8.0,
        Kind::Design => 2.0,
        Kind::Behavioural => 3.0,
    }
}

/// Minutes of the item behind a card key; a key of no known kind counts as a quiz question, so
/// an odd key still costs something and never stops the plan.
pub fn key_minutes(key: &str) -> f64 {
    Kind::of_key(key).map_or(minutes(Kind::Quiz), |(kind, _)| minutes(kind))
}

/// A topic the plan reports on: a quiz topic, or a pseudo-topic the caller makes ("exercises",
/// "sql", "design").
#[derive(Debug, Clone, PartialEq)]
pub struct Topic {
    pub id: String,
    pub title: String,
    /// Every item key of the topic, scheduled or not, in authored order (new items come in it).
    pub keys: Vec<String>,
    /// Share of right answers in past quizzes (`None`: never tried, ranked as 50 %).
    pub accuracy: Option<f64>,
}

/// Everything the plan depends on; time comes in as day numbers so the plan is deterministic.
#[derive(Debug, Clone, Copy)]
pub struct PlanInput<'a> {
    /// Today's local day number.
    pub today: i64,
    /// Local day number of the interview.
    pub interview: i64,
    /// Today's budget (and every day's, for the forecast).
    pub minutes_per_day: u32,
    /// Key → schedule. Keys in no topic are still reviewed.
    pub cards: &'a BTreeMap<String, Card>,
    pub topics: &'a [Topic],
    pub fsrs: &'a Fsrs,
}

/// Why an item is in today's plan.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Why {
    /// A review that is due.
    Due,
    /// An item never seen.
    New,
    /// A review done early so recall is high on the interview day.
    Ahead,
}

/// One item of today's plan.
#[derive(Debug, Clone, PartialEq)]
pub struct PlanItem {
    pub key: String,
    pub why: Why,
    /// What it costs of the budget (`minutes` of its kind).
    pub minutes: f64,
}

/// Where a topic stands now and is expected to stand on the interview day.
#[derive(Debug, Clone, PartialEq)]
pub struct TopicForecast {
    pub id: String,
    pub title: String,
    /// Keys in the topic.
    pub total: usize,
    /// Keys with a card now.
    pub seen: usize,
    /// Keys with a card on the day if the plan's `new_per_day` items are done every day until then.
    pub seen_on_day: usize,
    /// Mean predicted recall on the day over the topic's cards (`None`: no card yet).
    pub recall_on_day: Option<f64>,
}

/// Today's plan and the forecast for the interview day.
#[derive(Debug, Clone, PartialEq)]
pub struct Plan {
    /// Interview − today: 0 on the day, negative once it is past.
    pub days_left: i64,
    /// What to do today, in order: due reviews, new items, then reviews ahead.
    pub today: Vec<PlanItem>,
    /// Sum of today's minutes (above the budget only when one due review alone is longer).
    pub minutes_today: f64,
    /// Due reviews that did not fit today (they stay due).
    pub due_left: usize,
    /// New items an average day's budget allows until the interview (0 on the day or after).
    pub new_per_day: usize,
    /// Weakest first: the order new material is taken in.
    pub topics: Vec<TopicForecast>,
    /// Cards worth reviewing before they are due, lowest recall on the day first.
    pub ahead: Vec<String>,
}

/// Today's plan: see the module doc for the rules. Never panics, whatever the input.
pub fn build(input: &PlanInput) -> Plan {
    let PlanInput { today, interview, cards, topics, fsrs, .. } = *input;
    let budget = f64::from(input.minutes_per_day);
    let days_left = interview.saturating_sub(today);
    let mut plan = Vec::new();
    let mut used = 0.0;

    // 1. Due reviews, lowest recall now first.
    let mut due: Vec<(f64, &str)> = cards
        .iter()
        .filter(|(_, c)| c.is_due(today))
        .map(|(k, c)| (recall_between(fsrs, c.last, today, c.stability()), k.as_str()))
        .collect();
    due.sort_by(|a, b| a.0.total_cmp(&b.0).then_with(|| a.1.cmp(b.1)));
    let taken = fill(due.iter().map(|&(_, k)| k), Why::Due, budget, &mut used, &mut plan);
    if taken == 0 {
        if let Some(&(_, k)) = due.first() {
            used += key_minutes(k);
            plan.push(PlanItem { key: k.to_string(), why: Why::Due, minutes: key_minutes(k) });
        }
    }
    let due_left = due.len() - plan.len();

    // 2. Topics weakest first, and their unseen keys in that order.
    let seen: Vec<usize> = topics.iter().map(|t| t.keys.iter().filter(|k| cards.contains_key(*k)).count()).collect();
    let order = weakness_order(topics, &seen);
    let mut listed = BTreeSet::new();
    let unseen: Vec<&str> = order
        .iter()
        .flat_map(|&i| topics[i].keys.iter())
        .map(String::as_str)
        .filter(|k| !cards.contains_key(*k) && listed.insert(*k))
        .collect();

    // 3. Review ahead, only while the interview is still to come; in the last two days it comes
    //    before new material: recall on the day matters more than one more new item.
    let ahead = if days_left >= 0 { ahead_of(cards, interview, fsrs) } else { Vec::new() };
    if (0..=2).contains(&days_left) {
        fill(ahead.iter().map(String::as_str), Why::Ahead, budget, &mut used, &mut plan);
    }

    // 4. New material, only before the interview day.
    if days_left >= 1 {
        fill(unseen.iter().copied(), Why::New, budget, &mut used, &mut plan);
    }

    // 5. Projection of new items until the day.
    let new_per_day = new_items_per_day(cards, &unseen, budget, days_left, interview);
    let days = usize::try_from(days_left.max(0)).unwrap_or(usize::MAX);
    let by_day: BTreeSet<&str> = unseen.iter().copied().take(new_per_day.saturating_mul(days)).collect();

    // 6. Recall on the day (today once it is past).
    let day = if days_left >= 0 { interview } else { today };
    let forecasts = order
        .iter()
        .map(|&i| {
            let t = &topics[i];
            let new = t.keys.iter().filter(|k| !cards.contains_key(*k) && by_day.contains(k.as_str())).count();
            let distinct: BTreeSet<&String> = t.keys.iter().collect();
            let recalls: Vec<f64> = distinct.iter().filter_map(|k| cards.get(*k)).map(|c| recall_on(fsrs, c, today, day)).collect();
            TopicForecast {
                id: t.id.clone(),
                title: t.title.clone(),
                total: t.keys.len(),
                seen: seen[i],
                seen_on_day: (seen[i] + new).min(t.keys.len()),
                recall_on_day: (!recalls.is_empty()).then(|| recalls.iter().sum::<f64>() / recalls.len() as f64),
            }
        })
        .collect();

    Plan { days_left, today: plan, minutes_today: used, due_left, new_per_day, topics: forecasts, ahead }
}

/// Adds each key that still fits the budget and returns how many it added. One that does not
/// fit is skipped rather than ending the list, so a short item can use the last minutes.
fn fill<'k>(keys: impl IntoIterator<Item = &'k str>, why: Why, budget: f64, used: &mut f64, out: &mut Vec<PlanItem>) -> usize {
    let mut n = 0;
    for key in keys {
        if *used >= budget {
            break;
        }
        let m = key_minutes(key);
        if *used + m <= budget {
            *used += m;
            out.push(PlanItem { key: key.to_string(), why, minutes: m });
            n += 1;
        }
    }
    n
}

/// Predicted recall on day `to` of an item last reviewed on day `from`. A zero or odd stability
/// is raised to FSRS's smallest, and an odd parameter set gives 0 rather than NaN.
fn recall_between(fsrs: &Fsrs, from: i64, to: i64, stability: f64) -> f64 {
    let r = fsrs.retrievability(to.saturating_sub(from) as f64, stability.max(S_MIN));
    if r.is_finite() {
        r
    } else {
        0.0
    }
}

/// Recall on `day` if the card, when due by then, is reviewed on its due day (today if overdue)
/// and rated Good: the plan's optimistic but simple assumption.
fn recall_on(fsrs: &Fsrs, card: &Card, today: i64, day: i64) -> f64 {
    if card.due > day {
        return recall_between(fsrs, card.last, day, card.stability());
    }
    let review = card.due.max(today);
    let elapsed = u32::try_from(review.saturating_sub(card.last).max(0)).unwrap_or(u32::MAX);
    let before = Memory { stability: card.stability().max(S_MIN), difficulty: card.difficulty().clamp(1.0, 10.0) };
    recall_between(fsrs, review, day, fsrs.next(before, elapsed, Rating::Good).stability)
}

/// Topic indices weakest first: accuracy (untried or odd = 50 %), then coverage, then id. A
/// topic with no keys counts as fully covered.
fn weakness_order(topics: &[Topic], seen: &[usize]) -> Vec<usize> {
    let accuracy = |t: &Topic| t.accuracy.filter(|a| a.is_finite()).unwrap_or(0.5);
    let coverage = |i: usize| if topics[i].keys.is_empty() { 1.0 } else { seen[i] as f64 / topics[i].keys.len() as f64 };
    let mut order: Vec<usize> = (0..topics.len()).collect();
    order.sort_by(|&a, &b| {
        accuracy(&topics[a])
            .total_cmp(&accuracy(&topics[b]))
            .then_with(|| coverage(a).total_cmp(&coverage(b)))
            .then_with(|| topics[a].id.cmp(&topics[b].id))
    });
    order
}

/// Cards next due after the interview whose recall on the day falls below the desired
/// retention, lowest first (ties by key).
fn ahead_of(cards: &BTreeMap<String, Card>, interview: i64, fsrs: &Fsrs) -> Vec<String> {
    let mut v: Vec<(f64, &String)> = cards
        .iter()
        .filter(|(_, c)| c.due > interview)
        .map(|(k, c)| (recall_between(fsrs, c.last, interview, c.stability()), k))
        .filter(|(r, _)| *r < fsrs.desired_retention)
        .collect();
    v.sort_by(|a, b| a.0.total_cmp(&b.0).then_with(|| a.1.cmp(b.1)));
    v.into_iter().map(|(_, k)| k.clone()).collect()
}

/// New items an average day allows: the budget minus the reviews due by the interview spread
/// over the days left, divided by the unseen items' average minutes. 0 on the day or after.
fn new_items_per_day(cards: &BTreeMap<String, Card>, unseen: &[&str], budget: f64, days_left: i64, interview: i64) -> usize {
    if days_left < 1 {
        return 0;
    }
    let reviews: f64 = cards.iter().filter(|(_, c)| c.due <= interview).map(|(k, _)| key_minutes(k)).sum();
    let per_day = reviews / days_left.max(1) as f64;
    let avg_new = if unseen.is_empty() { 1.0 } else { unseen.iter().map(|k| key_minutes(k)).sum::<f64>() / unseen.len() as f64 };
    let n = ((budget - per_day) / avg_new).floor();
    if n.is_finite() && n > 0.0 {
        n as usize
    } else {
        0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A card of stability 5 days and difficulty 5.
    fn card(due: i64, last: i64) -> Card {
        Card { s: 5_000_000, d: 5_000_000, due, last, at: 0, reps: 1, lapses: 0 }
    }

    fn cards(list: &[(&str, Card)]) -> BTreeMap<String, Card> {
        list.iter().map(|(k, c)| (k.to_string(), *c)).collect()
    }

    fn topic(id: &str, accuracy: Option<f64>, keys: &[&str]) -> Topic {
        Topic { id: id.into(), title: id.to_uppercase(), keys: keys.iter().map(|k| k.to_string()).collect(), accuracy }
    }

    fn run(today: i64, interview: i64, minutes: u32, cards: &BTreeMap<String, Card>, topics: &[Topic]) -> Plan {
        build(&PlanInput { today, interview, minutes_per_day: minutes, cards, topics, fsrs: &Fsrs::default() })
    }

    fn list(plan: &Plan) -> Vec<(&str, Why)> {
        plan.today.iter().map(|i| (i.key.as_str(), i.why)).collect()
    }

    fn ids(plan: &Plan) -> Vec<&str> {
        plan.topics.iter().map(|t| t.id.as_str()).collect()
    }

    #[test]
    fn reviews_come_most_forgotten_first_and_stop_at_the_budget() {
        let c = cards(&[
            ("quiz:a", card(100, 99)),
            ("quiz:b", card(95, 90)),
            ("quiz:c", card(100, 95)),
            ("quiz:d", card(100, 90)),
            ("exercise:big", card(98, 92)),
            ("quiz:later", card(101, 99)),
        ]);
        let plan = run(100, 130, 3, &c, &[]);
        // b and d were last seen 10 days ago (tie: by key), the exercise 8, c 5, a 1. The
        // exercise's 15 minutes don't fit, so the next quiz question takes its place.
        assert_eq!(list(&plan), vec![("quiz:b", Why::Due), ("quiz:d", Why::Due), ("quiz:c", Why::Due)]);
        assert_eq!((plan.minutes_today, plan.due_left, plan.days_left), (3.0, 2, 30));
        let roomy = run(100, 130, 20, &c, &[]);
        assert_eq!(
            list(&roomy),
            vec![("quiz:b", Why::Due), ("quiz:d", Why::Due), ("exercise:big", Why::Due), ("quiz:c", Why::Due), ("quiz:a", Why::Due)]
        );
        assert_eq!((roomy.minutes_today, roomy.due_left), (19.0, 0));
    }

    #[test]
    fn new_material_comes_from_the_weakest_topic_then_the_next() {
        let c = cards(&[("quiz:b2", card(105, 100))]);
        let topics = [
            topic("a", Some(0.8), &["quiz:a1", "quiz:a2"]),
            topic("b", Some(0.4), &["quiz:b1", "quiz:b2"]),
            topic("c", None, &["quiz:c1", "exercise:c2", "quiz:c3", "quiz:c4"]),
            topic("d", Some(0.4), &["quiz:d1"]),
        ];
        let plan = run(100, 130, 5, &c, &topics);
        // d and b tie on accuracy; d is less covered (0 of 1 against 1 of 2). The exercise in c
        // doesn't fit the 2 minutes left, so c's next question comes instead.
        assert_eq!(ids(&plan), vec!["d", "b", "c", "a"]);
        assert_eq!(
            list(&plan),
            vec![("quiz:d1", Why::New), ("quiz:b1", Why::New), ("quiz:c1", Why::New), ("quiz:c3", Why::New), ("quiz:c4", Why::New)]
        );
        assert_eq!(plan.minutes_today, 5.0);
        // With more time the exercise comes in its authored place, and a spills over after c.
        let more = run(100, 130, 21, &c, &topics);
        let keys: Vec<&str> = more.today.iter().map(|i| i.key.as_str()).collect();
        assert_eq!(keys, ["quiz:d1", "quiz:b1", "quiz:c1", "exercise:c2", "quiz:c3", "quiz:c4", "quiz:a1"]);
    }

    #[test]
    fn the_interview_day_has_reviews_only() {
        let c = cards(&[("quiz:r", card(110, 105)), ("quiz:seen", card(112, 108))]);
        let topics = [topic("t", None, &["quiz:seen", "quiz:n1", "quiz:n2"])];
        let eve = run(109, 110, 30, &c, &topics);
        assert_eq!(list(&eve), vec![("quiz:n1", Why::New), ("quiz:n2", Why::New)]);
        let day = run(110, 110, 30, &c, &topics);
        assert_eq!(day.days_left, 0);
        assert_eq!(list(&day), vec![("quiz:r", Why::Due)], "no new material, and quiz:seen's recall is still high");
        assert_eq!((day.new_per_day, day.topics[0].seen_on_day), (0, 1));
    }

    #[test]
    fn reviews_ahead_are_listed_and_join_the_plan_only_in_the_last_two_days() {
        let c = cards(&[
            ("quiz:x", card(112, 100)),
            ("quiz:y", card(115, 98)),
            ("quiz:z", card(109, 100)),
            ("quiz:w", Card { s: 50_000_000, ..card(140, 100) }),
        ]);
        // On day 110, y was last seen 12 days before, x 10 (both below 90 %); z is due before
        // the day anyway; w is remembered well enough.
        let early = run(100, 110, 30, &c, &[]);
        assert_eq!(early.ahead, vec!["quiz:y", "quiz:x"]);
        assert!(early.today.is_empty(), "{:?}", early.today);
        let late = run(108, 110, 30, &c, &[]);
        assert_eq!(late.ahead, vec!["quiz:y", "quiz:x"]);
        assert_eq!(list(&late), vec![("quiz:y", Why::Ahead), ("quiz:x", Why::Ahead)]);
        let short = run(108, 110, 1, &c, &[]);
        assert_eq!(list(&short), vec![("quiz:y", Why::Ahead)]);
        // Two days before, reviews ahead come before new material.
        let with_new = run(108, 110, 3, &c, &[topic("t", None, &["quiz:new1", "quiz:new2"])]);
        assert_eq!(list(&with_new), vec![("quiz:y", Why::Ahead), ("quiz:x", Why::Ahead), ("quiz:new1", Why::New)]);
        let on_the_day = run(110, 110, 30, &c, &[]);
        assert_eq!(list(&on_the_day), vec![("quiz:z", Why::Due), ("quiz:y", Why::Ahead), ("quiz:x", Why::Ahead)]);
    }

    #[test]
    fn the_projection_takes_new_per_day_in_weakness_order() {
        let c = cards(&[("quiz:r", card(0, -5)), ("sql:q", card(2, -1)), ("quiz:later", card(9, -1))]);
        let topics = [topic("exercises", None, &["exercise:e1", "exercise:e2"]), topic("t", Some(0.3), &["quiz:r", "quiz:t1", "quiz:t2"])];
        let plan = run(0, 3, 12, &c, &topics);
        // Reviews due by day 3: quiz:r (1 min) and sql:q (8) → 3 min a day. Unseen: 2 questions
        // and 2 exercises → 8 min on average. (12 − 3) / 8 → 1 a day, 3 by the day: t1, t2, e1.
        assert_eq!(plan.new_per_day, 1);
        assert_eq!(ids(&plan), vec!["t", "exercises"]);
        let seen: Vec<(usize, usize, usize)> = plan.topics.iter().map(|t| (t.seen, t.seen_on_day, t.total)).collect();
        assert_eq!(seen, vec![(1, 3, 3), (0, 1, 2)]);
        // Today: the review, both questions; an exercise doesn't fit the 9 minutes left.
        assert_eq!(list(&plan), vec![("quiz:r", Why::Due), ("quiz:t1", Why::New), ("quiz:t2", Why::New)]);
        assert_eq!(plan.topics[1].recall_on_day, None);
    }

    #[test]
    fn recall_on_the_day_follows_the_forgetting_curve() {
        let f = Fsrs::default();
        let c = cards(&[("quiz:after", card(120, 100)), ("quiz:before", card(105, 100)), ("quiz:on", card(110, 100))]);
        let topics = [
            topic("after", None, &["quiz:after"]),
            topic("before", None, &["quiz:before", "quiz:new"]),
            topic("on", None, &["quiz:on"]),
            topic("both", None, &["quiz:after", "quiz:on"]),
        ];
        let plan = run(100, 110, 30, &c, &topics);
        let recall = |id: &str| plan.topics.iter().find(|t| t.id == id).and_then(|t| t.recall_on_day);
        let after = f.retrievability(10.0, 5.0);
        assert!((recall("after").unwrap_or(0.0) - after).abs() < 1e-12);
        // Reviewed (Good) on day 105, 5 days after the last review; then 5 days to the interview.
        let s = f.next(Memory { stability: 5.0, difficulty: 5.0 }, 5, Rating::Good).stability;
        assert!((recall("before").unwrap_or(0.0) - f.retrievability(5.0, s)).abs() < 1e-12);
        assert_eq!(recall("on"), Some(1.0), "reviewed on the day itself");
        assert!((recall("both").unwrap_or(0.0) - (after + 1.0) / 2.0).abs() < 1e-12);
    }

    #[test]
    fn zero_minutes_plans_one_review_and_nothing_new() {
        let c = cards(&[("exercise:e", card(100, 80)), ("quiz:q", card(100, 95)), ("quiz:ahead", card(200, 90))]);
        let topics = [topic("t", None, &["quiz:q", "quiz:n"])];
        let plan = run(100, 101, 0, &c, &topics);
        assert_eq!(list(&plan), vec![("exercise:e", Why::Due)]);
        assert_eq!((plan.minutes_today, plan.due_left, plan.new_per_day), (15.0, 1, 0));
        assert_eq!(plan.ahead, vec!["quiz:ahead"], "still offered, just not planned");
        assert_eq!(plan.topics[0].seen_on_day, 1);
        // Nothing due: nothing at all.
        assert!(run(100, 101, 0, &BTreeMap::new(), &topics).today.is_empty());
    }

    #[test]
    fn a_past_interview_keeps_reviews_and_forecasts_today() {
        let c = cards(&[("quiz:due", card(118, 110)), ("quiz:later", card(130, 118))]);
        let topics = [topic("t", Some(0.2), &["quiz:due", "quiz:later", "quiz:n"])];
        let plan = run(120, 110, 30, &c, &topics);
        assert_eq!(plan.days_left, -10);
        assert_eq!(list(&plan), vec![("quiz:due", Why::Due)]);
        assert!(plan.ahead.is_empty());
        assert_eq!((plan.new_per_day, plan.topics[0].seen, plan.topics[0].seen_on_day), (0, 2, 2));
        let f = Fsrs::default();
        let expected = (1.0 + f.retrievability(2.0, 5.0)) / 2.0;
        assert!((plan.topics[0].recall_on_day.unwrap_or(0.0) - expected).abs() < 1e-12);
    }

    #[test]
    fn odd_input_never_panics() {
        let mut c = cards(&[
            ("mystery:1", card(0, 0)),
            ("noprefix", Card { s: 0, d: 0, ..card(0, 50) }),
            ("quiz:", Card { s: u64::MAX, d: u32::MAX, ..card(i64::MIN, i64::MAX) }),
            ("quiz:far", card(i64::MAX, i64::MIN)),
        ]);
        let topics = [topic("t", Some(f64::NAN), &["mystery:1", "mystery:1", "x"]), topic("empty", None, &[])];
        let plan = run(10, 20, 2, &c, &topics);
        assert_eq!(plan.today.iter().map(|i| i.minutes).sum::<f64>(), 2.0, "odd keys cost a quiz question's minute");
        for (today, interview, minutes) in [(i64::MIN, i64::MAX, u32::MAX), (i64::MAX, i64::MIN, 0), (0, 0, u32::MAX)] {
            let plan = run(today, interview, minutes, &c, &topics);
            for t in &plan.topics {
                assert!(t.recall_on_day.is_none_or(|r| (0.0..=1.0).contains(&r)), "{t:?}");
                assert!(t.seen_on_day <= t.total);
            }
        }
        // Many cards: still the budget's worth, the rest left due.
        c.extend((0..20_000).map(|i| (format!("quiz:q{i:05}"), card(5, i % 7 - 3))));
        let plan = run(10, 40, 30, &c, &topics);
        assert_eq!((plan.today.len(), plan.due_left), (30, c.values().filter(|k| k.due <= 10).count() - 30));
    }
}
