//! "Export my progress" / "Import": one versioned JSON file with everything. An import is
//! validated completely before anything changes; a bad file changes nothing.

use super::{LoadProblem, UserData, SCHEMA_VERSION};
use serde_json::{json, Value};

pub const EXPORT_FORMAT: &str = "backprep-export";
pub const MAX_IMPORT_BYTES: usize = 5 * 1024 * 1024;

/// The export file's text.
pub fn export(data: &UserData, now_ms: f64) -> String {
    let doc = json!({
        "format": EXPORT_FORMAT,
        "version": SCHEMA_VERSION,
        "exported_at": now_ms,
        "data": data,
    });
    serde_json::to_string_pretty(&doc).unwrap_or_default()
}

/// Why an import was refused.
#[derive(Debug, Clone, PartialEq)]
pub enum ImportError {
    TooLarge(usize),
    NotJson(String),
    WrongType,
    FutureVersion(u32),
    Invalid(Vec<String>),
}

impl ImportError {
    pub fn message(&self) -> String {
        match self {
            ImportError::TooLarge(n) => format!("This file is {:.1} MB; backprep exports are at most 5 MB. Nothing was changed.", *n as f64 / 1_048_576.0),
            ImportError::NotJson(e) => format!("This file is not valid JSON ({e}). Nothing was changed."),
            ImportError::WrongType => "This is not a backprep export (choose a file made by \"Export my progress\"). Nothing was changed.".into(),
            ImportError::FutureVersion(v) => format!("This export comes from a newer version of backprep (schema {v}); reload to update, then import again. Nothing was changed."),
            ImportError::Invalid(bad) => format!(
                "This export has {} invalid record(s) ({}). Nothing was changed.",
                bad.len(),
                bad.iter().take(3).cloned().collect::<Vec<_>>().join("; ")
            ),
        }
    }
}

/// Validates an export file completely. `size` is the file's size in bytes.
pub fn parse_import(size: usize, text: &str) -> Result<UserData, ImportError> {
    if size > MAX_IMPORT_BYTES || text.len() > MAX_IMPORT_BYTES {
        return Err(ImportError::TooLarge(size.max(text.len())));
    }
    let doc: Value = serde_json::from_str(text).map_err(|e| ImportError::NotJson(e.to_string()))?;
    if doc.get("format").and_then(Value::as_str) != Some(EXPORT_FORMAT) {
        return Err(ImportError::WrongType);
    }
    let data = doc.get("data").cloned().ok_or(ImportError::WrongType)?;
    match UserData::from_value(data) {
        Ok((d, bad)) if bad.is_empty() => Ok(d),
        Ok((_, bad)) => Err(ImportError::Invalid(bad.iter().map(ToString::to_string).collect())),
        Err(LoadProblem::FutureVersion(v)) => Err(ImportError::FutureVersion(v)),
        Err(LoadProblem::Corrupt(e)) => Err(ImportError::Invalid(vec![e])),
        Err(LoadProblem::Partial(bad)) => Err(ImportError::Invalid(bad)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store::{DataAction, Theme};

    fn sample() -> UserData {
        let d = UserData::default().apply(DataAction::SetTheme { theme: Some(Theme::Dark), at: 5.0 });
        let d = d.clone().apply(DataAction::Replace { data: d, at: 7.0 });
        d.apply(DataAction::SaveDraft { slug: "hash-map".into(), code: "class HashMap {}".into(), at: 9.0 })
    }

    #[test]
    fn export_then_import_round_trips() {
        let d = sample();
        let text = export(&d, 10.0);
        assert_eq!(parse_import(text.len(), &text), Ok(d));
    }

    #[test]
    fn hostile_files_are_refused_with_reasons() {
        let ok = export(&sample(), 1.0);
        let cases: Vec<(usize, String, &str)> = vec![
            (6 * 1024 * 1024, ok.clone(), "MB"),
            (10, "{not json".into(), "not valid JSON"),
            (10, "[1,2,3]".into(), "not a backprep export"),
            (10, json!({"format": "other-app", "data": {}}).to_string(), "not a backprep export"),
            (10, json!({"format": EXPORT_FORMAT}).to_string(), "not a backprep export"),
            (10, json!({"format": EXPORT_FORMAT, "data": {"version": 99}}).to_string(), "newer version"),
            (10, json!({"format": EXPORT_FORMAT, "data": {"version": 2, "cards": {"q": {"leitner_box": 9, "due_day": 1, "last_day": 1, "reviews": 1, "lapses": 0}}}}).to_string(), "box 9 out of range"),
            (10, json!({"format": EXPORT_FORMAT, "data": {"version": 3, "cards": {"quiz:q": {"s": 0, "d": 5_000_000, "due": 1, "last": 1, "at": 1, "reps": 1, "lapses": 0}}}}).to_string(), "memory state out of range"),
            (10, json!({"format": EXPORT_FORMAT, "data": {"version": 3, "log": [{"k": "quiz:q", "at": 1, "day": 1, "r": 5}]}}).to_string(), "log entry #1: rating out of range"),
            (10, json!({"format": EXPORT_FORMAT, "data": {"version": 2, "drafts": {"x": {"code": "a".repeat(600 * 1024), "saved_at": 1.0}}}}).to_string(), "larger than"),
            (10, json!({"format": EXPORT_FORMAT, "data": {"version": 2, "attempts": [{"id": "<img src=x onerror=alert(1)>"}]}}).to_string(), "invalid record"),
            (10, json!({"format": EXPORT_FORMAT, "data": {"version": 2, "saved_at": -5}}).to_string(), "saved_at"),
        ];
        for (size, text, reason) in cases {
            let err = parse_import(size, &text).expect_err(reason);
            assert!(err.message().contains(reason), "{reason}: {}", err.message());
            assert!(err.message().ends_with("Nothing was changed."));
        }
    }
}
