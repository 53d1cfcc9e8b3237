//! Mock history: one JSON record per finished mock, kept by the app in a generic map under
//! `mock:<start time>`. Written and read by hand (no `Deserialize` derive) to keep the WASM
//! small; `read` is strict so what is shown is exactly what was written.

use super::preset::{PartKind, MAX_PARTS};
use super::run::{Miss, MockState};
use crate::srs::Kind;
use crate::store::validate::{valid_time, MAX_ID};
use serde_json::{json, Map, Value};

/// Most misses kept per mock (20 questions in each of 8 parts, and some design points).
pub const MAX_MISSES: usize = 200;

#[derive(Debug, Clone, PartialEq)]
pub struct MockRecord {
    /// When it finished, epoch ms.
    pub at: f64,
    /// When it started, epoch ms: the record's key (`mock:<started>`), unique per mock.
    pub started: f64,
    /// The preset's id.
    pub preset: String,
    pub title: String,
    /// With a built-in preset's id, retakes the same mock (a custom mock's parts are not kept).
    pub seed: u64,
    pub percent: u32,
    pub ms: f64,
    /// Per part: kind, percent, ms used.
    pub parts: Vec<(PartKind, u32, f64)>,
    pub misses: Vec<Miss>,
}

impl MockRecord {
    /// The record of a (finished) mock; `at` is when it finished.
    pub fn of(state: &MockState, at: f64) -> MockRecord {
        let d = state.debrief();
        let mut misses = d.to_review;
        misses.truncate(MAX_MISSES);
        MockRecord {
            at,
            started: state.started_ms,
            preset: state.plan.preset.id.clone(),
            title: state.plan.preset.title.clone(),
            seed: state.plan.seed,
            percent: d.percent,
            ms: d.ms,
            parts: d.parts.iter().take(MAX_PARTS).map(|p| (p.kind, p.percent, p.ms)).collect(),
            misses,
        }
    }

    /// Where the app keeps it: `mock:<started ms>`.
    pub fn key(&self) -> String {
        format!("mock:{}", self.started as u64)
    }

    /// The record as stored; `saved_at` (= `at`) lets the store merge copies.
    pub fn to_value(&self) -> Value {
        let parts: Vec<Value> = self.parts.iter().map(|(k, p, ms)| json!({ "kind": k.id(), "percent": p, "ms": ms })).collect();
        let misses: Vec<Value> = self.misses.iter().map(|m| json!({ "key": m.key, "label": m.label, "href": m.href })).collect();
        json!({
            "saved_at": self.at, "at": self.at, "started": self.started, "preset": self.preset, "title": self.title,
            "seed": self.seed, "percent": self.percent, "ms": self.ms, "parts": parts, "misses": misses,
        })
    }

    /// Reads a stored record; a missing field, a wrong type or a value out of range is an error
    /// naming the field.
    pub fn read(v: &Value) -> Result<MockRecord, String> {
        let o = v.as_object().ok_or("a mock record is not an object")?;
        let time = |o: &Map<String, Value>, k: &str| o.get(k).and_then(Value::as_f64).filter(|t| valid_time(*t)).ok_or(format!("`{k}` is not a valid time"));
        let text = |o: &Map<String, Value>, k: &str| o.get(k).and_then(Value::as_str).filter(|s| s.len() <= MAX_ID).map(str::to_string).ok_or(format!("`{k}` is not a short text"));
        let long = |o: &Map<String, Value>, k: &str| o.get(k).and_then(Value::as_str).map(str::to_string).ok_or(format!("`{k}` is not a text"));
        let percent = |o: &Map<String, Value>| o.get("percent").and_then(Value::as_u64).filter(|p| *p <= 100).map(|p| p as u32).ok_or("`percent` is not 0 to 100");
        let list = |k: &str, max: usize| o.get(k).and_then(Value::as_array).filter(|a| a.len() <= max).ok_or(format!("`{k}` is not a list of at most {max}"));
        time(o, "saved_at")?;
        let parts = list("parts", MAX_PARTS)?
            .iter()
            .map(|p| {
                let p = p.as_object().ok_or("a part is not an object")?;
                let kind = p.get("kind").and_then(Value::as_str).and_then(PartKind::parse).ok_or("a part has no known `kind`")?;
                Ok((kind, percent(p)?, time(p, "ms")?))
            })
            .collect::<Result<Vec<_>, String>>()?;
        let misses = list("misses", MAX_MISSES)?
            .iter()
            .map(|m| {
                let m = m.as_object().ok_or("a miss is not an object")?;
                let key = text(m, "key").ok().filter(|k| Kind::of_key(k).is_some()).ok_or("a miss has no review key")?;
                Ok(Miss { key, label: long(m, "label")?, href: long(m, "href")? })
            })
            .collect::<Result<Vec<_>, String>>()?;
        Ok(MockRecord {
            at: time(o, "at")?,
            started: time(o, "started")?,
            preset: text(o, "preset")?,
            title: text(o, "title")?,
            seed: o.get("seed").and_then(Value::as_u64).ok_or("`seed` is not a whole number")?,
            percent: percent(o)?,
            ms: time(o, "ms")?,
            parts,
            misses,
        })
    }
}

/// Every `mock:` record that reads, oldest first (other keys and unreadable records left out).
pub fn history(stored: &Map<String, Value>) -> Vec<MockRecord> {
    let mut out: Vec<MockRecord> = stored.iter().filter(|(k, _)| k.starts_with("mock:")).filter_map(|(_, v)| MockRecord::read(v).ok()).collect();
    out.sort_by(|a, b| a.at.total_cmp(&b.at).then(a.started.total_cmp(&b.started)));
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::mock::plan::{plan, Pool};
    use crate::mock::preset::{custom, PartSpec};
    use crate::mock::run::{MockAction, PartOutcome};

    const T0: f64 = 1_700_000_000_000.0;

    fn finished(start: f64) -> MockState {
        let c = custom(vec![PartSpec { kind: PartKind::Quiz, count: 3, minutes: 5 }, PartSpec { kind: PartKind::Design, count: 1, minutes: 20 }]).expect("valid");
        let pool = Pool { quiz: vec!["a".into(), "b".into(), "c".into()], design: vec!["chat".into()], ..Pool::default() };
        let miss = |key: &str| Miss { key: key.into(), label: "Why \"quotes\" matter".into(), href: "#/attempt/a1".into() };
        let quiz = PartOutcome { got: 2.0, of: 3.0, misses: vec![miss("quiz:b")], wins: vec![], link: Some("#/attempt/a1".into()) };
        MockState::new(plan(&c, &pool, u64::MAX))
            .apply(MockAction::Start { now_ms: start })
            .apply(MockAction::Finish { now_ms: start + 240_000.0, outcome: quiz })
            .apply(MockAction::TimeUp { now_ms: start + 1_440_000.0, outcome: PartOutcome { misses: vec![miss("design:chat:fanout")], ..PartOutcome::zero(10.0) } })
    }

    #[test]
    fn a_record_round_trips_through_json_text() {
        let r = MockRecord::of(&finished(T0), T0 + 1_440_000.0);
        assert_eq!(r.key(), "mock:1700000000000");
        assert_eq!((r.preset.as_str(), r.seed, r.percent, r.ms), ("custom", u64::MAX, 33, 1_440_000.0));
        assert_eq!(r.parts, [(PartKind::Quiz, 67, 240_000.0), (PartKind::Design, 0, 1_200_000.0)]);
        assert_eq!(r.misses.len(), 2);
        let v = r.to_value();
        assert_eq!(v["saved_at"], json!(T0 + 1_440_000.0));
        let text = serde_json::to_string(&v).expect("json");
        let back: Value = serde_json::from_str(&text).expect("parses");
        assert_eq!(MockRecord::read(&back), Ok(r));
    }

    #[test]
    fn read_rejects_wrong_types_with_the_reason() {
        let good = MockRecord::of(&finished(T0), T0 + 1_440_000.0).to_value();
        let with = |path: &[&str], x: Value| {
            let mut v = good.clone();
            let mut at = &mut v;
            for p in &path[..path.len() - 1] {
                at = match p.parse::<usize>() { Ok(i) => &mut at[i], Err(_) => &mut at[*p] };
            }
            at[path[path.len() - 1]] = x;
            v
        };
        let cases = [
            (with(&["saved_at"], json!("now")), "`saved_at`"),
            (with(&["at"], json!(-1)), "`at`"),
            (with(&["started"], json!(null)), "`started`"),
            (with(&["seed"], json!(1.5)), "`seed`"),
            (with(&["seed"], json!("7")), "`seed`"),
            (with(&["percent"], json!(101)), "`percent`"),
            (with(&["preset"], json!(3)), "`preset`"),
            (with(&["title"], json!(["x"])), "`title`"),
            (with(&["ms"], json!(f64::MAX)), "`ms`"),
            (with(&["parts"], json!({})), "`parts`"),
            (with(&["parts", "0", "kind"], json!("poetry")), "known `kind`"),
            (with(&["parts", "1", "percent"], json!(-5)), "`percent`"),
            (with(&["misses", "0", "key"], json!("homework:1")), "review key"),
            (with(&["misses", "1", "href"], json!(1)), "`href`"),
            (with(&["misses"], json!(vec![json!({ "key": "quiz:a", "label": "", "href": "" }); MAX_MISSES + 1])), "`misses`"),
            (json!([1, 2]), "not an object"),
        ];
        for (v, why) in cases {
            let e = MockRecord::read(&v).expect_err(why);
            assert!(e.contains(why), "{e} (wanted {why})");
        }
        let mut no_parts = good.clone();
        no_parts.as_object_mut().map(|o| o.remove("parts"));
        assert!(MockRecord::read(&no_parts).is_err());
    }

    #[test]
    fn history_reads_mock_keys_oldest_first() {
        let mut stored = Map::new();
        for start in [T0 + 9e6, T0, T0 + 3e6] {
            let r = MockRecord::of(&finished(start), start + 1_440_000.0);
            stored.insert(r.key(), r.to_value());
        }
        stored.insert("mock:1".into(), json!({ "saved_at": 1.0 }));
        stored.insert("design:chat".into(), MockRecord::of(&finished(T0 - 1e6), T0).to_value());
        let h = history(&stored);
        let starts: Vec<f64> = h.iter().map(|r| r.started).collect();
        assert_eq!(starts, [T0, T0 + 3e6, T0 + 9e6]);
        assert!(h.iter().all(|r| stored.contains_key(&r.key())));
    }
}
