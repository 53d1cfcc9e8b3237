//! Reading a migrated document record by record, with range checks. What cannot be read or is
//! out of range is named and skipped, so one bad record never costs the rest.

use super::{Draft, Settings, UserData, MAX_ATTEMPTS, SCHEMA_VERSION};
use crate::quiz::Attempt;
use crate::srs::{Card, INTERVAL_DAYS};
use serde::de::DeserializeOwned;
use serde_json::Value;

/// Largest draft kept (a source file, not a data dump).
pub const MAX_DRAFT_BYTES: usize = 512 * 1024;
const MAX_ID: usize = 200;
const MAX_DAY: i64 = 10_000_000;

fn finite_time(t: f64) -> bool {
    t.is_finite() && (0.0..1e15).contains(&t)
}

pub fn check_attempt(a: &Attempt) -> Result<(), String> {
    if a.id.is_empty() || a.id.len() > MAX_ID {
        return Err("bad id".into());
    }
    if !finite_time(a.started_at) || !finite_time(a.ended_at) || a.ended_at < a.started_at {
        return Err("times out of range".into());
    }
    a.settings.validate()?;
    if a.items.is_empty() || a.items.len() > crate::quiz::settings::MAX_QUESTIONS {
        return Err("wrong number of questions".into());
    }
    for i in &a.items {
        if i.question_id.is_empty() || i.question_id.len() > MAX_ID || i.topic.len() > MAX_ID || i.order.len() > 10 || i.time_ms > 86_400_000 {
            return Err(format!("question `{}` out of range", i.question_id.chars().take(40).collect::<String>()));
        }
        if i.correct && i.response.is_none() {
            return Err("an unanswered question marked correct".into());
        }
    }
    Ok(())
}

pub fn check_card(c: &Card) -> Result<(), String> {
    if !(1..=INTERVAL_DAYS.len() as u8).contains(&c.leitner_box) {
        return Err(format!("box {} out of range", c.leitner_box));
    }
    if c.due_day.abs() > MAX_DAY || c.last_day.abs() > MAX_DAY || c.lapses > c.reviews {
        return Err("schedule out of range".into());
    }
    Ok(())
}

pub fn check_draft(d: &Draft) -> Result<(), String> {
    if d.code.len() > MAX_DRAFT_BYTES {
        return Err(format!("code larger than {} KB", MAX_DRAFT_BYTES / 1024));
    }
    if !finite_time(d.saved_at) || d.best.is_some_and(|(p, t)| p > t || t > 100_000) {
        return Err("values out of range".into());
    }
    Ok(())
}

fn read<T: DeserializeOwned>(v: &Value, check: impl Fn(&T) -> Result<(), String>) -> Result<T, String> {
    let t: T = serde_json::from_value(v.clone()).map_err(|e| e.to_string())?;
    check(&t)?;
    Ok(t)
}

/// Reads what can be read. Returns the data and a description of every skipped record.
pub fn salvage(v: &Value) -> (UserData, Vec<String>) {
    let mut bad = Vec::new();
    let mut data = UserData { version: SCHEMA_VERSION, ..UserData::default() };
    match v.get("settings") {
        None => {}
        Some(s) => match read::<Settings>(s, |_| Ok(())) {
            Ok(s) => data.settings = s,
            Err(e) => bad.push(format!("settings: {e}")),
        },
    }
    match v.get("attempts") {
        None => {}
        Some(Value::Array(items)) => {
            for (i, item) in items.iter().enumerate() {
                match read::<Attempt>(item, check_attempt) {
                    Ok(a) => data.attempts.push(a),
                    Err(e) => bad.push(format!("attempt #{}: {e}", i + 1)),
                }
            }
        }
        Some(_) => bad.push("attempts: not a list".into()),
    }
    let mut map_section = |name: &str, f: &mut dyn FnMut(&String, &Value) -> Result<(), String>| match v.get(name) {
        None => {}
        Some(Value::Object(m)) => {
            for (k, item) in m {
                if k.is_empty() || k.len() > MAX_ID {
                    bad.push(format!("{name}: a key of {} characters", k.len()));
                } else if let Err(e) = f(k, item) {
                    bad.push(format!("{name} `{}`: {e}", k.chars().take(40).collect::<String>()));
                }
            }
        }
        Some(_) => bad.push(format!("{name}: not a map")),
    };
    let mut cards = std::collections::BTreeMap::new();
    map_section("cards", &mut |k, item| read::<Card>(item, check_card).map(|c| {
        cards.insert(k.clone(), c);
    }));
    let mut drafts = std::collections::BTreeMap::new();
    map_section("drafts", &mut |k, item| read::<Draft>(item, check_draft).map(|d| {
        drafts.insert(k.clone(), d);
    }));
    data.cards = cards;
    data.drafts = drafts;
    match v.get("saved_at").map(Value::as_f64) {
        None => {}
        Some(Some(t)) if finite_time(t) => data.saved_at = t,
        Some(_) => bad.push("saved_at: out of range".into()),
    }
    if data.attempts.len() > MAX_ATTEMPTS {
        let extra = data.attempts.len() - MAX_ATTEMPTS;
        data.attempts.drain(..extra);
    }
    (data, bad)
}
