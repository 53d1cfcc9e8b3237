//! Merging two copies of user data (an import, or another tab's save): the newer of each record
//! wins, nothing newer is ever overwritten by something older.

use super::{UserData, MAX_ATTEMPTS};

pub fn merge(mut a: UserData, b: UserData) -> UserData {
    if b.saved_at > a.saved_at {
        a.settings = b.settings.clone();
    }
    for att in b.attempts {
        match a.attempts.iter_mut().find(|x| x.id == att.id) {
            Some(x) if att.ended_at > x.ended_at => *x = att,
            Some(_) => {}
            None => a.attempts.push(att),
        }
    }
    a.attempts.sort_by(|x, y| x.started_at.total_cmp(&y.started_at));
    if a.attempts.len() > MAX_ATTEMPTS {
        let extra = a.attempts.len() - MAX_ATTEMPTS;
        a.attempts.drain(..extra);
    }
    for (id, card) in b.cards {
        let newer = a.cards.get(&id).is_none_or(|c| (card.last_day, card.reviews) > (c.last_day, c.reviews));
        if newer {
            a.cards.insert(id, card);
        }
    }
    for (slug, d) in b.drafts {
        let best = match (a.drafts.get(&slug).and_then(|x| x.best), d.best) {
            (Some(x), Some(y)) => Some(if y.0 > x.0 { y } else { x }),
            (x, y) => x.or(y),
        };
        let keep_b = a.drafts.get(&slug).is_none_or(|x| d.saved_at > x.saved_at);
        if keep_b {
            a.drafts.insert(slug.clone(), d);
        }
        if let Some(x) = a.drafts.get_mut(&slug) {
            x.best = best;
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
            items: vec![AttemptItem { question_id: "q".into(), topic: "t".into(), order: vec![], response: Some(Response::Bool(true)), correct: true, time_ms: 1 }],
        }
    }

    fn card(last_day: i64, reviews: u32) -> Card {
        Card { leitner_box: 2, due_day: last_day + 3, last_day, reviews, lapses: 0 }
    }

    #[test]
    fn newer_records_win_both_ways() {
        let mut mine = UserData { saved_at: 100.0, ..UserData::default() };
        mine.settings.theme = Some(Theme::Light);
        mine.attempts = vec![attempt("a", 10.0), attempt("b", 10.0)];
        mine.cards.insert("q1".into(), card(5, 1));
        mine.cards.insert("q2".into(), card(9, 3));
        mine.drafts.insert("x".into(), Draft { code: "old".into(), saved_at: 1.0, best: Some((5, 9)) });
        let mut theirs = UserData { saved_at: 200.0, ..UserData::default() };
        theirs.settings.theme = Some(Theme::Dark);
        theirs.attempts = vec![attempt("b", 20.0), attempt("c", 5.0)];
        theirs.cards.insert("q1".into(), card(6, 2));
        theirs.cards.insert("q2".into(), card(8, 2));
        theirs.drafts.insert("x".into(), Draft { code: "new".into(), saved_at: 2.0, best: Some((3, 9)) });
        let m = merge(mine.clone(), theirs.clone());
        assert_eq!(m.settings.theme, Some(Theme::Dark), "settings from the newer copy");
        let ids: Vec<(&str, f64)> = m.attempts.iter().map(|a| (a.id.as_str(), a.ended_at)).collect();
        assert_eq!(ids.len(), 3);
        assert!(ids.contains(&("b", 20.0)));
        assert_eq!(m.cards["q1"].last_day, 6);
        assert_eq!(m.cards["q2"].last_day, 9);
        assert_eq!(m.drafts["x"].code, "new");
        assert_eq!(m.drafts["x"].best, Some((5, 9)), "best score is the best of both");
        // Merging is symmetric in what survives.
        let n = merge(theirs, mine);
        assert_eq!(n.cards, m.cards);
        assert_eq!(n.drafts, m.drafts);
        assert_eq!(n.settings, m.settings);
    }
}
