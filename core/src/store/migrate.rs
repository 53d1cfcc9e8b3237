//! Schema migrations, one explicit step per version. Every stored document and every import
//! passes through here before it is read.
//! - v1: `{version: 1, settings, attempts, cards}`
//! - v2: adds `drafts` (exercise code per slug) and `saved_at` (time of the last change)

use super::{LoadProblem, SCHEMA_VERSION};
use serde_json::{json, Value};

/// Brings a document of any known version to `SCHEMA_VERSION`.
pub fn to_current(mut value: Value) -> Result<Value, LoadProblem> {
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
    Ok(value)
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store::{Theme, UserData};

    /// A document exactly as schema 1 wrote it.
    const V1: &str = r#"{"version":1,"settings":{"theme":"dark"},"attempts":[{"id":"a1","started_at":1000.0,"ended_at":61000.0,
        "settings":{"topics":["auth"],"difficulties":[],"ids":[],"count":1,"total_secs":60,"per_question_secs":null,"seed":5},
        "reason":"completed","items":[{"question_id":"auth-x","topic":"auth","order":[1,0,2],"response":{"type":"choices","value":[0]},"correct":true,"time_ms":4000}]}],
        "cards":{"auth-x":{"leitner_box":2,"due_day":20003,"last_day":20000,"reviews":1,"lapses":0}}}"#;

    #[test]
    fn v1_documents_load_with_everything_kept() {
        let (d, problem) = UserData::load(Some(V1));
        assert_eq!(problem, None);
        assert_eq!(d.version, 2);
        assert_eq!(d.settings.theme, Some(Theme::Dark));
        assert_eq!(d.attempts.len(), 1);
        assert_eq!(d.attempts[0].score().correct, 1);
        assert_eq!(d.cards["auth-x"].leitner_box, 2);
        assert!(d.drafts.is_empty());
        assert_eq!(d.saved_at, 61000.0);
    }

    #[test]
    fn current_documents_pass_unchanged_and_unknown_versions_are_refused() {
        let d = UserData::default();
        let v = serde_json::to_value(&d).expect("serializes");
        assert_eq!(to_current(v.clone()), Ok(v));
        assert_eq!(to_current(json!({"version": 3})), Err(LoadProblem::FutureVersion(3)));
        assert!(matches!(to_current(json!({"version": 0})), Err(LoadProblem::Corrupt(_))));
        assert!(matches!(to_current(json!([1])), Err(LoadProblem::Corrupt(_))));
    }
}
