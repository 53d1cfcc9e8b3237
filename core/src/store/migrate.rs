//! Schema migrations, one explicit step per version. Every stored document and every import
//! passes through here before it is read.
//! - v1: `{version: 1, settings, attempts, cards}`
//! - v2: adds `drafts` (exercise code per slug) and `saved_at` (time of the last change)
//! - v3: Leitner boxes become FSRS cards keyed `quiz:<question id>`, and a review log
//! - v4: adds `rounds` (behavioural and mock-interview records). No step: a v3 document has
//!   none. The version moves so that a tab still running v3 code, which would drop `rounds` when
//!   it saves, refuses to save over a v4 document ("Another tab runs a newer backprep").

use super::validate::{Rejected, Section};
use super::{LoadProblem, SCHEMA_VERSION};
use crate::srs::schedule::from_leitner;
use serde_json::{json, Map, Value};

/// Days until the next review by Leitner box (box 1 is index 0), as schema 2 scheduled them.
pub const LEITNER_DAYS: [i64; 6] = [1, 3, 7, 14, 30, 60];

/// Brings a document of any known version to `SCHEMA_VERSION`, with the records a step could not
/// carry over (reported to the user like any unreadable record).
pub fn to_current(mut value: Value) -> Result<(Value, Vec<Rejected>), LoadProblem> {
    let Some(obj) = value.as_object() else {
        return Err(LoadProblem::Corrupt("not a backprep document".into()));
    };
    let version = match obj.get("version").map(|v| v.as_u64()) {
        Some(Some(v)) => v,
        Some(None) => return Err(LoadProblem::Corrupt("the schema version is not a number".into())),
        None => return Err(LoadProblem::Corrupt("no schema version".into())),
    };
    if version > u64::from(SCHEMA_VERSION) {
        return Err(LoadProblem::FutureVersion(version.min(u64::from(u32::MAX)) as u32));
    }
    if version == 0 {
        return Err(LoadProblem::Corrupt("unknown schema version 0".into()));
    }
    if version == 1 {
        value = v1_to_v2(value);
    }
    let mut dropped = Vec::new();
    if version <= 2 {
        value = v2_to_v3(value, &mut dropped);
    }
    Ok((value, dropped))
}

/// v1 → v2: no drafts yet; the last change is the last attempt's end.
fn v1_to_v2(mut v: Value) -> Value {
    let last = v
        .get("attempts")
        .and_then(Value::as_array)
        .map(|a| a.iter().filter_map(|x| x.get("ended_at").and_then(Value::as_f64)).fold(0.0, f64::max))
        .unwrap_or(0.0);
    if let Some(o) = v.as_object_mut() {
        o.entry("drafts").or_insert_with(|| json!({}));
        o.insert("saved_at".into(), json!(last));
        o.insert("version".into(), json!(2));
    }
    v
}

/// v2 → v3: each Leitner card becomes an FSRS card under `quiz:<id>` (`schedule::from_leitner`:
/// stability from the box interval, difficulty from its answer history as the card counted it
/// (right and wrong answers), the due day kept). A card that is not a readable Leitner card is
/// left out and reported in `dropped`. The log starts empty: attempts stay the history.
fn v2_to_v3(mut v: Value, dropped: &mut Vec<Rejected>) -> Value {
    let mut cards = Map::new();
    if let Some(old) = v.get("cards").and_then(Value::as_object) {
        for (id, c) in old {
            let num = |k: &str| c.get(k).and_then(Value::as_i64);
            match (num("leitner_box"), num("due_day"), num("last_day"), num("reviews"), num("lapses")) {
                (Some(b @ 1..=6), Some(due), Some(last), Some(reps @ 0..=1_000_000), Some(lapses @ 0..=1_000_000)) if lapses <= reps => {
                    let c = from_leitner(LEITNER_DAYS[b as usize - 1], due, last, reps as u32, lapses as u32);
                    // Written out, not `to_value`: that would add a serializer for one type to every module.
                    let mut card = Map::new();
                    card.insert("s".into(), c.s.into());
                    card.insert("d".into(), c.d.into());
                    card.insert("due".into(), c.due.into());
                    card.insert("last".into(), c.last.into());
                    card.insert("at".into(), c.at.into());
                    card.insert("reps".into(), c.reps.into());
                    card.insert("lapses".into(), c.lapses.into());
                    cards.insert(format!("quiz:{id}"), Value::Object(card));
                }
                (b, ..) => {
                    let why = match b {
                        Some(b) if !(1..=6).contains(&b) => format!("box {b} out of range"),
                        _ => "not a readable schedule".into(),
                    };
                    dropped.push(Rejected { section: Section::Cards, reason: format!("cards `{}`: {why}", id.chars().take(40).collect::<String>()) });
                }
            }
        }
    }
    if let Some(o) = v.as_object_mut() {
        if o.get("cards").is_some_and(Value::is_object) {
            o.insert("cards".into(), Value::Object(cards));
        }
        o.entry("log").or_insert_with(|| json!([]));
        o.insert("version".into(), json!(3));
    }
    v
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store::{Theme, UserData};

    /// A document exactly as schema 1 wrote it.
    const V1: &str = r#"{"version":1,"settings":{"theme":"dark"},"attempts":[{"id":"a1","started_at":1000.0,"ended_at":61000.0,
        "settings":{"topics":["auth"],"difficulties":[],"ids":[],"count":1,"total_secs":60,"per_question_secs":null,"seed":5},
        "reason":"completed","items":[{"question_id":"auth-x","topic":"auth","order":[1,0,2],"response":{"type":"choices","value":[0]},"correct":true,"time_ms":4000}]}],
        "cards":{"auth-x":{"leitner_box":2,"due_day":20003,"last_day":20000,"reviews":1,"lapses":0}}}"#;

    /// A document exactly as schema 2 wrote it (release of issue 13): two attempts answering
    /// `cache-ttl` wrong then right, a draft, a design record, and one broken card.
    const V2: &str = r#"{"version":2,"settings":{"theme":"light"},"attempts":[
        {"id":"a2","started_at":3000.0,"ended_at":4000.0,"settings":{"topics":["caching"],"difficulties":[],"ids":[],"count":1,"total_secs":null,"per_question_secs":null,"seed":9},
         "reason":"completed","items":[{"question_id":"cache-ttl","topic":"caching","order":[0,1],"response":{"type":"choices","value":[1]},"correct":true,"time_ms":900}]},
        {"id":"a1","started_at":1000.0,"ended_at":2000.0,"settings":{"topics":["caching"],"difficulties":[],"ids":[],"count":1,"total_secs":null,"per_question_secs":null,"seed":8},
         "reason":"completed","items":[{"question_id":"cache-ttl","topic":"caching","order":[0,1],"response":{"type":"choices","value":[0]},"correct":false,"time_ms":800}]}],
        "cards":{"cache-ttl":{"leitner_box":2,"due_day":20010,"last_day":20007,"reviews":2,"lapses":1},
                 "auth-jwt":{"leitner_box":5,"due_day":20040,"last_day":20010,"reviews":4,"lapses":0},
                 "bad":{"leitner_box":9,"due_day":1,"last_day":1,"reviews":1,"lapses":0}},
        "drafts":{"lru-cache":{"code":"class LRU {}","saved_at":5000.0,"best":[3,10],"last":{"passed":3,"total":10,"help":1,"at":5000.0}}},
        "designs":{"chat":{"saved_at":6000.0,"notes":{"api":"POST /messages"}}},
        "saved_at":6000.0,"replaced_at":0.0}"#;

    #[test]
    fn v3_documents_load_as_v4_with_no_rounds_and_lose_nothing() {
        let v3 = r#"{"version":3,"settings":{"theme":"dark","retention":900},"attempts":[],"cards":{"quiz:auth-x":{"s":3000000,"d":5000000,"due":20003,"last":20000,"at":5,"reps":1,"lapses":0}},
            "log":[{"k":"quiz:auth-x","at":5,"day":20000,"r":3}],"drafts":{},"designs":{"chat":{"saved_at":6000.0}},"saved_at":6000.0,"replaced_at":0.0}"#;
        let (d, problem) = UserData::load(Some(v3));
        assert_eq!(problem, None);
        assert_eq!(d.version, 4);
        assert!(d.rounds.is_empty());
        assert_eq!((d.cards.len(), d.log.len(), d.designs.len(), d.settings.retention), (1, 1, 1, Some(900)));
        // Saved as v4: a tab still running v3 code refuses to write over it (and drop `rounds`).
        assert!(d.to_json().starts_with("{\"version\":4"), "{}", d.to_json());
    }

    #[test]
    fn v1_documents_load_with_everything_kept() {
        let (d, problem) = UserData::load(Some(V1));
        assert_eq!(problem, None);
        assert_eq!(d.version, SCHEMA_VERSION);
        assert_eq!(d.settings.theme, Some(Theme::Dark));
        assert_eq!(d.attempts.len(), 1);
        assert_eq!(d.attempts[0].score().correct, 1);
        let c = d.cards["quiz:auth-x"];
        assert_eq!((c.stability(), c.due, c.last), (3.0, 20003, 20000));
        assert!(d.drafts.is_empty());
        assert_eq!(d.saved_at, 61000.0);
    }

    #[test]
    fn v2_documents_become_fsrs_cards_and_lose_nothing() {
        let (d, problem) = UserData::load(Some(V2));
        assert_eq!(d.version, SCHEMA_VERSION);
        // Box 2 (3 days) and box 5 (30 days) become stabilities; due days stay.
        let ttl = d.cards["quiz:cache-ttl"];
        let jwt = d.cards["quiz:auth-jwt"];
        assert_eq!((ttl.s, ttl.due, ttl.last, ttl.reps, ttl.lapses), (3_000_000, 20010, 20007, 2, 1));
        assert_eq!((jwt.s, jwt.due, jwt.reps, jwt.lapses), (30_000_000, 20040, 4, 0));
        // cache-ttl was answered wrong once and right once: Again then Good from FSRS's initial
        // difficulty; auth-jwt was always right, an easier item.
        let f = crate::srs::fsrs::Fsrs::default();
        use crate::srs::fsrs::Rating;
        let expected = f.next_difficulty(f.initial_difficulty(Rating::Again, true), Rating::Good);
        assert_eq!(ttl.d, (expected * 1e6).round() as u32);
        assert!(jwt.difficulty() < ttl.difficulty());
        // Everything else survives; the broken card is reported by its new key, not dropped silently.
        assert_eq!(d.settings.theme, Some(Theme::Light));
        assert_eq!(d.attempts.len(), 2);
        assert_eq!(d.drafts["lru-cache"].last.map(|l| l.help), Some(1));
        assert_eq!(d.designs["chat"]["notes"]["api"], "POST /messages");
        assert!(d.log.is_empty());
        assert!(!d.cards.contains_key("quiz:bad"));
        assert_eq!(problem, Some(LoadProblem::Partial(vec!["cards `bad`: box 9 out of range".into()])));
        // Loading the saved result again changes nothing.
        assert_eq!(UserData::load(Some(&d.to_json())), (d, None));
    }

    #[test]
    fn current_documents_pass_unchanged_and_unknown_versions_are_refused() {
        let d = UserData::default();
        let v = serde_json::to_value(&d).expect("serializes");
        assert_eq!(to_current(v.clone()), Ok((v, vec![])));
        assert_eq!(to_current(json!({"version": SCHEMA_VERSION + 1})), Err(LoadProblem::FutureVersion(SCHEMA_VERSION + 1)));
        assert!(matches!(to_current(json!({"version": 0})), Err(LoadProblem::Corrupt(_))));
        assert!(matches!(to_current(json!([1])), Err(LoadProblem::Corrupt(_))));
    }
}
