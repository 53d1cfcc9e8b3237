//! Merging two copies of user data (an import, or another tab's save): the newer of each record
//! wins, nothing newer is ever overwritten by something older. Every tie is broken by the
//! records' content, never by argument order, so `merge(a, b) == merge(b, a)`: two tabs that merge
//! each other's copy end with the same document and stop rewriting it.
//!
//! A "Replace my progress" starts a new epoch (`replaced_at`). Between copies of different epochs
//! (a tab that still holds the data from before the replace), only what the older copy changed
//! after the replace survives, so an open tab cannot bring replaced data back.

use super::validate::ATTEMPT_ORDER;
use super::validate::merge_logs;
use super::{Draft, Settings, UserData, MAX_ATTEMPTS};
use crate::quiz::Attempt;
use crate::srs::Card;
use std::cmp::Ordering;

/// Whether `x` replaces `y` (same id): the later end wins; equal ends are decided by content.
pub fn attempt_wins(x: &Attempt, y: &Attempt) -> bool {
    match x.ended_at.total_cmp(&y.ended_at) {
        Ordering::Equal => serde_json::to_string(x).unwrap_or_default() > serde_json::to_string(y).unwrap_or_default(),
        o => o == Ordering::Greater,
    }
}

/// Newer schedule first; every field takes part so different cards never tie.
fn card_key(c: &Card) -> (u64, i64, u32, u32, i64, u64, u32) {
    (c.at, c.last, c.reps, c.lapses, c.due, c.s, c.d)
}

fn draft_wins(x: &Draft, y: &Draft) -> bool {
    x.saved_at.total_cmp(&y.saved_at).then_with(|| x.code.cmp(&y.code)) == Ordering::Greater
}

/// Orders settings by content, for ties.
fn settings_key(s: &Settings) -> String {
    serde_json::to_string(s).unwrap_or_default()
}

/// Another tab's copy, or the stored one: epoch-aware (see the module header).
pub fn merge(a: UserData, b: UserData) -> UserData {
    match a.replaced_at.total_cmp(&b.replaced_at) {
        Ordering::Equal => union(a, b),
        Ordering::Greater => union(a.clone(), since_replace(b, &a)),
        Ordering::Less => union(b.clone(), since_replace(a, &b)),
    }
}

/// What a copy from before `newer`'s replace still contributes: the attempts and drafts it
/// changed afterwards. Its settings and schedules are those the replace discarded.
fn since_replace(mut old: UserData, newer: &UserData) -> UserData {
    let cut = newer.replaced_at;
    old.attempts.retain(|a| a.ended_at > cut);
    old.drafts.retain(|_, d| d.saved_at > cut);
    // Rebuilt by `insert` (neither `retain` nor `collect`, which would add code of their own to
    // every module for this one map).
    for records in [&mut old.designs, &mut old.rounds] {
        for (k, mut d) in std::mem::take(records) {
            if crate::design::record::saved_at(&d) > cut {
                crate::design::record::drop_results_before(&mut d, cut);
                records.insert(k, d);
            }
        }
    }
    // Rebuilt by `insert`, as the designs above.
    for (k, c) in std::mem::take(&mut old.cards) {
        if c.at as f64 > cut {
            old.cards.insert(k, c);
        }
    }
    old.log.retain(|r| r["at"].as_u64().is_some_and(|at| at as f64 > cut));
    old.settings = newer.settings.clone();
    old.saved_at = old.saved_at.min(newer.saved_at);
    old.replaced_at = cut;
    old
}

/// An import merged into my progress: every record of both, the newer of each. Keeps `a`'s
/// epoch (the file's own history of replaces says nothing about this browser).
pub fn merge_import(a: UserData, mut b: UserData) -> UserData {
    b.replaced_at = a.replaced_at;
    union(a, b)
}

/// Record-by-record union of two copies of the same epoch.
fn union(mut a: UserData, b: UserData) -> UserData {
    let take_b_settings = match b.saved_at.total_cmp(&a.saved_at) {
        Ordering::Equal => settings_key(&b.settings) > settings_key(&a.settings),
        o => o == Ordering::Greater,
    };
    if take_b_settings {
        a.settings = b.settings;
    }
    for att in b.attempts {
        match a.attempts.iter_mut().find(|x| x.id == att.id) {
            Some(x) if attempt_wins(&att, x) => *x = att,
            Some(_) => {}
            None => a.attempts.push(att),
        }
    }
    a.attempts.sort_by(ATTEMPT_ORDER);
    if a.attempts.len() > MAX_ATTEMPTS {
        let extra = a.attempts.len() - MAX_ATTEMPTS;
        a.attempts.drain(..extra);
    }
    for (id, card) in b.cards {
        if a.cards.get(&id).is_none_or(|c| card_key(&card) > card_key(c)) {
            a.cards.insert(id, card);
        }
    }
    a.log = merge_logs(std::mem::take(&mut a.log), b.log);
    for (slug, d) in b.drafts {
        let mine = a.drafts.get(&slug);
        // The best score is the best of both, whichever code wins.
        let best = mine.and_then(|x| x.best).max(d.best);
        // The latest submit is the later of both.
        let last = match (mine.and_then(|x| x.last), d.last) {
            (Some(x), Some(y)) => Some(if y.at > x.at { y } else { x }),
            (x, y) => x.or(y),
        };
        if mine.is_none_or(|x| draft_wins(&d, x)) {
            a.drafts.insert(slug.clone(), d);
        }
        if let Some(x) = a.drafts.get_mut(&slug) {
            x.best = best;
            x.last = last;
        }
    }
    for (mine, theirs) in [(&mut a.designs, b.designs), (&mut a.rounds, b.rounds)] {
        for (key, d) in theirs {
            let merged = match mine.get(&key) {
                Some(m) => crate::design::record::merge(m, &d),
                None => d,
            };
            mine.insert(key, merged);
        }
    }
    a.saved_at = a.saved_at.max(b.saved_at);
    a
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::quiz::{Attempt, AttemptItem, FinishReason, Preset, Response};
    use crate::srs::Card;
    use crate::store::{Draft, Theme};

    fn attempt(id: &str, ended_at: f64) -> Attempt {
        Attempt {
            id: id.into(),
            started_at: 1.0,
            ended_at,
            settings: Preset::Quick10.settings(1),
            reason: FinishReason::Completed,
            items: vec![AttemptItem { question_id: "q".into(), topic: "t".into(), order: vec![], response: Some(Response::Bool(true)), correct: true, credit: None, time_ms: 1, confidence: None }],
        }
    }

    fn card(last_day: i64, reviews: u32) -> Card {
        Card { s: 3_000_000, d: 5_000_000, due: last_day + 3, last: last_day, at: last_day as u64 * 86_400_000, reps: reviews, lapses: 0 }
    }

    #[test]
    fn newer_records_win_both_ways() {
        let mut mine = UserData { saved_at: 100.0, ..UserData::default() };
        mine.settings.theme = Some(Theme::Light);
        mine.attempts = vec![attempt("a", 10.0), attempt("b", 10.0)];
        mine.cards.insert("quiz:q1".into(), card(5, 1));
        mine.cards.insert("quiz:q2".into(), card(9, 3));
        mine.drafts.insert("x".into(), Draft { code: "old".into(), saved_at: 1.0, best: Some((5, 9)), last: None });
        let mut theirs = UserData { saved_at: 200.0, ..UserData::default() };
        theirs.settings.theme = Some(Theme::Dark);
        theirs.attempts = vec![attempt("b", 20.0), attempt("c", 5.0)];
        theirs.cards.insert("quiz:q1".into(), card(6, 2));
        theirs.cards.insert("quiz:q2".into(), card(8, 2));
        theirs.drafts.insert("x".into(), Draft { code: "new".into(), saved_at: 2.0, best: Some((3, 9)), last: None });
        let m = merge(mine.clone(), theirs.clone());
        assert_eq!(m.settings.theme, Some(Theme::Dark), "settings from the newer copy");
        let ids: Vec<(&str, f64)> = m.attempts.iter().map(|a| (a.id.as_str(), a.ended_at)).collect();
        assert_eq!(ids, vec![("a", 10.0), ("b", 20.0), ("c", 5.0)]);
        assert_eq!(m.cards["quiz:q1"].last, 6);
        assert_eq!(m.cards["quiz:q2"].last, 9);
        assert_eq!(m.drafts["x"].code, "new");
        assert_eq!(m.drafts["x"].best, Some((5, 9)), "best score is the best of both");
        assert_eq!(merge(theirs, mine), m, "symmetric");
    }

    #[test]
    fn review_logs_merge_in_time_order_without_duplicates_and_stay_capped() {
        use crate::srs::{Review, MAX_LOG};
        let r = |k: &str, at: u64| Review { k: k.into(), at, day: 0, r: 3, c: None }.to_value();
        let mine = UserData { log: vec![r("quiz:a", 1), r("quiz:b", 5), r("quiz:c", 9)], ..UserData::default() };
        let theirs = UserData { log: vec![r("quiz:b", 5), r("quiz:d", 7)], ..UserData::default() };
        let m = merge(mine.clone(), theirs.clone());
        let got: Vec<(&str, u64)> = m.log.iter().map(|x| (x["k"].as_str().unwrap_or(""), x["at"].as_u64().unwrap_or(0))).collect();
        assert_eq!(got, vec![("quiz:a", 1), ("quiz:b", 5), ("quiz:d", 7), ("quiz:c", 9)]);
        assert_eq!(merge(theirs, mine), m, "symmetric");
        // A log out of order (an edited export) is put in order; beyond the cap the oldest go.
        let mut log: Vec<serde_json::Value> = (0..MAX_LOG as u64 + 3).rev().map(|i| r("quiz:x", i)).collect();
        crate::store::validate::tidy_log(&mut log);
        assert_eq!((log.len(), log[0]["at"].as_u64(), log[MAX_LOG - 1]["at"].as_u64()), (MAX_LOG, Some(3), Some(MAX_LOG as u64 + 2)));
    }

    #[test]
    fn a_stale_tab_cannot_undo_a_replace() {
        // Tab A replaced its progress at t=1000 with one attempt; tab B still holds two older
        // attempts and finished one more after the replace.
        let mut replaced = UserData { saved_at: 1000.0, replaced_at: 1000.0, ..UserData::default() };
        replaced.attempts = vec![attempt("imported", 50.0)];
        replaced.settings.theme = Some(Theme::Dark);
        let mut stale = UserData { saved_at: 1500.0, ..UserData::default() };
        stale.attempts = vec![attempt("old1", 10.0), attempt("old2", 20.0), attempt("after", 1200.0)];
        stale.cards.insert("quiz:q".into(), Card { at: 900, ..card(0, 1) });
        stale.cards.insert("quiz:after".into(), Card { at: 1200, ..card(0, 1) });
        stale.settings.theme = Some(Theme::Light);
        let m = merge(stale.clone(), replaced.clone());
        let ids: Vec<&str> = m.attempts.iter().map(|a| a.id.as_str()).collect();
        assert_eq!(ids, vec!["after", "imported"], "the attempt finished after the replace survives; the replaced ones do not");
        assert_eq!(m.cards.keys().collect::<Vec<_>>(), vec!["quiz:after"], "replaced schedules stay replaced; a review after the replace survives");
        assert_eq!(m.settings.theme, Some(Theme::Dark));
        assert_eq!(m.replaced_at, 1000.0);
        assert_eq!(merge(replaced, stale), m, "symmetric across epochs");
    }

    #[test]
    fn an_import_merge_keeps_everything_whatever_its_epoch() {
        let mut mine = UserData { saved_at: 10.0, replaced_at: 5.0, ..UserData::default() };
        mine.attempts = vec![attempt("m", 1.0)];
        let mut file = UserData { saved_at: 20.0, replaced_at: 9_000.0, ..UserData::default() };
        file.attempts = vec![attempt("f", 2.0)];
        let m = merge_import(mine, file);
        assert_eq!(m.attempts.len(), 2);
        assert_eq!(m.replaced_at, 5.0);
    }
}
