//! The learner's work on one design prompt, as stored (`UserData.designs[slug]`, as JSON): the
//! notes of the attempt in progress, and the results of finished ones. Read and checked as a
//! `DesignRecord` where it is used (`DesignRecord::read`); checked, merged (newest wins, the
//! results of both copies kept) and saved as JSON by the shared store.

use serde::{Deserialize, Serialize};
use crate::store::validate::valid_time;
use serde_json::{Map, Value};
use std::collections::{BTreeMap, BTreeSet};

/// Longest note kept per phase (a page of notes, not a data dump).
pub const MAX_NOTE_BYTES: usize = 64 * 1024;
/// Longest typed estimate.
pub const MAX_ESTIMATE_BYTES: usize = 64;
/// Most results kept per prompt (the oldest go first).
pub const MAX_RESULTS: usize = 20;
/// Most notes, estimates or ticks per record (more than any prompt has).
pub const MAX_ENTRIES: usize = 64;

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct DesignRecord {
    /// Notes per phase id.
    #[serde(default)]
    pub notes: BTreeMap<String, String>,
    /// The estimates as typed, per estimate id.
    #[serde(default)]
    pub estimates: BTreeMap<String, String>,
    /// When the clock started (the first edit), epoch milliseconds.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub started_at: Option<f64>,
    /// When the notes were committed; the reference shows from then on.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub committed_at: Option<f64>,
    /// Rubric point ids the learner says they covered.
    #[serde(default)]
    pub ticked: BTreeSet<String>,
    /// When the result of this attempt was kept (it is the last of `results`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub finished_at: Option<f64>,
    /// Epoch milliseconds of the last change.
    pub saved_at: f64,
    /// Finished attempts, oldest first.
    #[serde(default)]
    pub results: Vec<DesignResult>,
}

/// One finished attempt.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct DesignResult {
    /// When it was finished, epoch milliseconds (unique per prompt: merges key on it).
    pub at: f64,
    /// Seconds from the first edit to the commit.
    pub seconds: u32,
    /// Rubric points covered, of `total`.
    pub covered: u32,
    pub total: u32,
    /// Mean estimate credit in thousandths, 0..=1000 (log scale, see `estimate`): integers, so
    /// a result reads back exactly.
    pub estimates: u16,
    /// Rubric point ids not covered: what the review queue brings back.
    pub missed: Vec<String>,
}

/// Where an attempt stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Stage {
    /// Writing notes; the reference is hidden.
    Working,
    /// Committed: comparing with the reference and ticking the rubric.
    Comparing,
    /// The result is kept.
    Finished,
}

impl DesignRecord {
    pub fn stage(&self) -> Stage {
        match (self.committed_at, self.finished_at) {
            (None, _) => Stage::Working,
            (Some(_), None) => Stage::Comparing,
            (Some(_), Some(_)) => Stage::Finished,
        }
    }

    /// Whether nothing was written yet (nothing worth saving or warning about).
    pub fn is_blank(&self) -> bool {
        self.notes.values().all(|n| n.trim().is_empty()) && self.estimates.values().all(|e| e.trim().is_empty()) && self.results.is_empty() && self.committed_at.is_none()
    }

    /// The best result so far, by covered share then estimates.
    pub fn best(&self) -> Option<&DesignResult> {
        self.results.iter().max_by(|a, b| a.share().total_cmp(&b.share()).then(a.estimates.cmp(&b.estimates)))
    }
}

/// Prompts whose latest kept result missed rubric points: what the review page brings back,
/// most recent first.
pub fn to_revisit(designs: &BTreeMap<String, DesignRecord>) -> Vec<(&str, &DesignResult)> {
    let mut out: Vec<(&str, &DesignResult)> = designs.iter().filter_map(|(slug, r)| r.results.last().filter(|x| !x.missed.is_empty()).map(|x| (slug.as_str(), x))).collect();
    out.sort_by(|a, b| b.1.at.total_cmp(&a.1.at));
    out
}

impl DesignResult {
    /// Share of the rubric covered, 0..=1.
    pub fn share(&self) -> f64 {
        if self.total == 0 { 0.0 } else { f64::from(self.covered) / f64::from(self.total) }
    }
}

/// Every rule a stored record must satisfy.
pub fn check(r: &DesignRecord) -> Result<(), String> {
    if !valid_time(r.saved_at) || [r.started_at, r.committed_at, r.finished_at].iter().flatten().any(|t| !valid_time(*t)) {
        return Err("a time is out of range".into());
    }
    if r.finished_at.is_some() && r.committed_at.is_none() {
        return Err("finished before it was committed".into());
    }
    if r.notes.len() > MAX_ENTRIES || r.estimates.len() > MAX_ENTRIES || r.ticked.len() > MAX_ENTRIES {
        return Err("too many entries".into());
    }
    if r.notes.values().any(|n| n.len() > MAX_NOTE_BYTES) {
        return Err(format!("a note is larger than {} KB", MAX_NOTE_BYTES / 1024));
    }
    let long_key = |k: &String| k.is_empty() || k.len() > 64;
    if r.notes.keys().chain(r.estimates.keys()).chain(r.ticked.iter()).any(long_key) || r.estimates.values().any(|e| e.len() > MAX_ESTIMATE_BYTES) {
        return Err("a note, estimate or tick has a malformed key or value".into());
    }
    if r.results.len() > MAX_RESULTS {
        return Err(format!("more than {MAX_RESULTS} results"));
    }
    for x in &r.results {
        let bad = !valid_time(x.at)
            || x.covered > x.total
            || x.total as usize > MAX_ENTRIES
            || x.estimates > 1000
            || x.missed.len() > x.total as usize
            || x.missed.iter().any(long_key);
        if bad {
            return Err("a result is out of range".into());
        }
    }
    Ok(())
}

/// Largest stored record (eight pages of notes and the results), as JSON.
pub const MAX_RECORD_BYTES: usize = 8 * MAX_NOTE_BYTES + 64 * 1024;

impl DesignRecord {
    /// Reads a stored record and checks it (`check`).
    pub fn read(v: &Value) -> Result<DesignRecord, String> {
        let r: DesignRecord = serde_json::from_value(v.clone()).map_err(|e| e.to_string())?;
        check(&r)?;
        Ok(r)
    }

    /// The record as stored.
    pub fn to_value(&self) -> Value {
        serde_json::to_value(self).unwrap_or(Value::Null)
    }
}

/// Every prompt's record that reads, by slug (the ones that do not are left out).
pub fn read_all(stored: &Map<String, Value>) -> BTreeMap<String, DesignRecord> {
    stored.iter().filter_map(|(k, v)| DesignRecord::read(v).ok().map(|r| (k.clone(), r))).collect()
}

// The shared store keeps records as JSON (`UserData.designs`), so that every WASM module can
// load, check, merge and save them without carrying this type's code: the checks and the merge
// below work on the JSON itself. `check` runs wherever the record is read as a `DesignRecord`.

fn time_of(v: &Value, key: &str) -> Option<f64> {
    v.get(key).and_then(Value::as_f64).filter(|t| valid_time(*t))
}

/// What the shared store checks of a record it does not read: an object with a valid
/// `saved_at`, results (if any) with valid finish times, no larger than `MAX_RECORD_BYTES`.
pub fn check_stored(v: &Value) -> Result<(), String> {
    if !v.is_object() || time_of(v, "saved_at").is_none() {
        return Err("not a design record (no valid saved_at)".into());
    }
    match v.get("results") {
        None => {}
        Some(Value::Array(rs)) if rs.len() <= MAX_RESULTS && rs.iter().all(|r| time_of(r, "at").is_some()) => {}
        Some(_) => return Err("results out of range".into()),
    }
    if serde_json::to_string(v).map_or(true, |s| s.len() > MAX_RECORD_BYTES) {
        return Err(format!("larger than {} KB", MAX_RECORD_BYTES / 1024));
    }
    // No record the app writes nests deeper than a few levels; a deeper one could not be read
    // back from an export (the JSON parser's recursion limit).
    if depth(v) > MAX_DEPTH {
        return Err(format!("nested deeper than {MAX_DEPTH} levels"));
    }
    Ok(())
}

/// Deepest nesting a stored record may have.
pub const MAX_DEPTH: usize = 8;

fn depth(v: &Value) -> usize {
    match v {
        Value::Array(a) => 1 + a.iter().map(depth).max().unwrap_or(0),
        Value::Object(o) => 1 + o.values().map(depth).max().unwrap_or(0),
        _ => 0,
    }
}

/// The record's `saved_at` (0 when it has none: it loses every merge).
pub fn saved_at(v: &Value) -> f64 {
    time_of(v, "saved_at").unwrap_or(0.0)
}

/// Keeps only the results finished after `cut` (a copy from before a "Replace my progress").
pub fn drop_results_before(v: &mut Value, cut: f64) {
    if let Some(Value::Array(rs)) = v.get_mut("results") {
        rs.retain(|r| time_of(r, "at").is_some_and(|t| t > cut));
    }
}

/// Two copies of the same prompt's record: the attempt in progress of the later change, and the
/// results of both (one per finish time), the latest `MAX_RESULTS`. Symmetric.
pub fn merge(a: &Value, b: &Value) -> Value {
    let text = |v: &Value| serde_json::to_string(v).unwrap_or_default();
    let newer = match saved_at(a).total_cmp(&saved_at(b)) {
        std::cmp::Ordering::Equal => if text(a) >= text(b) { a } else { b },
        std::cmp::Ordering::Greater => a,
        std::cmp::Ordering::Less => b,
    };
    // One result per finish time, in time order: a JSON map keyed by the zero-padded time sorts
    // them (finish times are whole milliseconds). A result in both copies is taken from the newer
    // one, which may have changed it since (a self-score added to a checked answer).
    let older = if std::ptr::eq(newer, a) { b } else { a };
    let mut by_time = Map::new();
    for r in [older, newer].iter().filter_map(|v| v.get("results").and_then(Value::as_array)).flatten() {
        by_time.insert(format!("{:016}", time_of(r, "at").unwrap_or(0.0) as u64), r.clone());
    }
    let skip = by_time.len().saturating_sub(MAX_RESULTS);
    let mut out = newer.clone();
    // A record that keeps no history (a story) stays without one.
    let kept = a.get("results").is_some() || b.get("results").is_some();
    if let Some(o) = out.as_object_mut().filter(|_| kept) {
        o.insert("results".into(), Value::Array(by_time.into_iter().skip(skip).map(|(_, r)| r).collect()));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn result(at: f64, covered: u32) -> DesignResult {
        DesignResult { at, seconds: 1800, covered, total: 10, estimates: 500, missed: vec![] }
    }

    #[test]
    fn merge_keeps_the_later_attempt_and_both_histories() {
        let mut a = DesignRecord { saved_at: 10.0, results: vec![result(1.0, 3)], ..Default::default() };
        a.notes.insert("api".into(), "old".into());
        let mut b = DesignRecord { saved_at: 20.0, results: vec![result(2.0, 7), result(1.0, 3)], ..Default::default() };
        b.notes.insert("api".into(), "new".into());
        let m = merge(&a.to_value(), &b.to_value());
        assert_eq!(m, merge(&b.to_value(), &a.to_value()), "symmetric");
        let m = DesignRecord::read(&m).expect("a merge reads back");
        assert_eq!(m.notes["api"], "new");
        assert_eq!(m.results.iter().map(|r| r.covered).collect::<Vec<_>>(), [3, 7]);
        assert_eq!(m.best().map(|r| r.covered), Some(7));
    }

    #[test]
    fn a_result_changed_later_wins_over_its_older_copy() {
        let a = serde_json::json!({ "saved_at": 10.0, "results": [{ "at": 5.0, "scores": [] }] });
        let b = serde_json::json!({ "saved_at": 20.0, "results": [{ "at": 5.0, "scores": [4, 4] }] });
        let m = merge(&a, &b);
        assert_eq!(m, merge(&b, &a), "symmetric");
        assert_eq!(m["results"][0]["scores"], serde_json::json!([4, 4]));
    }

    #[test]
    fn merge_caps_the_history() {
        let a = DesignRecord { saved_at: 1.0, results: (0..MAX_RESULTS).map(|i| result(i as f64, 1)).collect(), ..Default::default() };
        let b = DesignRecord { saved_at: 2.0, results: (5..MAX_RESULTS + 5).map(|i| result(i as f64, 1)).collect(), ..Default::default() };
        let m = DesignRecord::read(&merge(&a.to_value(), &b.to_value())).expect("reads");
        assert_eq!(m.results.len(), MAX_RESULTS);
        assert_eq!(m.results[0].at, 5.0, "the oldest go");
        assert!(check(&m).is_ok());
    }

    #[test]
    fn check_refuses_what_could_not_have_been_written() {
        let ok = DesignRecord { saved_at: 1.0, ..Default::default() };
        assert!(check(&ok).is_ok());
        let cases = [
            DesignRecord { saved_at: f64::NAN, ..Default::default() },
            DesignRecord { saved_at: 1.0, finished_at: Some(2.0), ..Default::default() },
            DesignRecord { saved_at: 1.0, results: vec![DesignResult { covered: 11, ..result(1.0, 0) }], ..Default::default() },
            DesignRecord { saved_at: 1.0, results: vec![DesignResult { estimates: 1500, ..result(1.0, 0) }], ..Default::default() },
            DesignRecord { saved_at: 1.0, notes: [("api".to_string(), "x".repeat(MAX_NOTE_BYTES + 1))].into(), ..Default::default() },
        ];
        for c in cases {
            assert!(check(&c).is_err(), "{c:?}");
        }
    }

    #[test]
    fn the_store_checks_the_json_it_does_not_read() {
        let ok = DesignRecord { saved_at: 1.0, results: vec![result(2.0, 1)], ..Default::default() }.to_value();
        assert!(check_stored(&ok).is_ok());
        for bad in [
            serde_json::json!(7),
            serde_json::json!({ "notes": {} }),
            serde_json::json!({ "saved_at": "soon" }),
            serde_json::json!({ "saved_at": 1.0, "results": [{ "at": -1.0 }] }),
            serde_json::json!({ "saved_at": 1.0, "results": "many" }),
            serde_json::json!({ "saved_at": 1.0, "notes": { "api": "x".repeat(MAX_RECORD_BYTES) } }),
            serde_json::json!({ "saved_at": 1.0, "notes": [[[[[[[[[1]]]]]]]]] }),
        ] {
            assert!(check_stored(&bad).is_err(), "{bad}");
        }
        // What the store keeps but the design page cannot read is reported there, not lost.
        let odd = serde_json::json!({ "saved_at": 1.0, "finished_at": 2.0 });
        assert!(check_stored(&odd).is_ok());
        assert!(DesignRecord::read(&odd).unwrap_err().contains("before it was committed"));
    }
}
