//! The messages between the page and the runner worker (`runner/harness.js`). The request holds
//! the user's code and the test inputs only; expected values never enter the worker.

use super::spec::{ExerciseKind, TestCase, TestInput};
use crate::content::ExerciseInfo;
use serde::{Deserialize, Serialize};
use serde_json::Value;
use std::collections::BTreeMap;

/// Captured console output per test is capped at this many characters.
pub const OUTPUT_CAP: usize = 16 * 1024;
/// A return value larger than this (encoded) is reported instead of transferred.
pub const VALUE_CAP: usize = 2 * 1024 * 1024;

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct WireTest {
    pub name: String,
    #[serde(flatten)]
    pub input: TestInput,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct RunRequest {
    #[serde(rename = "type")]
    pub kind_tag: String,
    /// Random per run: results without it are forgeries by user code and are ignored.
    pub nonce: String,
    pub code: String,
    pub kind: ExerciseKind,
    pub entry: Vec<String>,
    /// Globals removed before user code runs (e.g. `Map` in the hash-map exercise).
    pub forbidden: Vec<String>,
    /// Index of the argument to wrap in a read-counting proxy.
    pub instrument: Option<usize>,
    /// Methods whose return values are not checked: the harness does not encode them at all
    /// (a `set` that returns `this`, like `Map.prototype.set`, must not cost a serialisation of
    /// the whole map per call).
    #[serde(default)]
    pub unchecked: Vec<String>,
    pub tests: Vec<WireTest>,
    pub output_cap: usize,
    pub value_cap: usize,
}

impl RunRequest {
    /// The request for running `code` against `cases` of `ex`: instrumentation, forbidden
    /// globals and unchecked methods all taken from the exercise.
    pub fn for_exercise(nonce: String, code: String, ex: &ExerciseInfo, cases: &[TestCase]) -> RunRequest {
        let instrument = ex.complexity.as_ref().map(|c| c.arg);
        let mut req = RunRequest::new(nonce, code, ex.kind, ex.entry.clone(), ex.forbidden.clone(), instrument, cases);
        req.unchecked = ex.unchecked.clone();
        req
    }

    /// A request without unchecked methods (every method's return value is encoded); prefer
    /// `for_exercise`.
    pub fn new(
        nonce: String,
        code: String,
        kind: ExerciseKind,
        entry: Vec<String>,
        forbidden: Vec<String>,
        instrument: Option<usize>,
        cases: &[TestCase],
    ) -> RunRequest {
        RunRequest {
            kind_tag: "run".into(),
            nonce,
            code,
            kind,
            entry,
            forbidden,
            instrument,
            unchecked: Vec::new(),
            tests: cases.iter().map(|c| WireTest { name: c.name.clone(), input: c.input.clone() }).collect(),
            output_cap: OUTPUT_CAP,
            value_cap: VALUE_CAP,
        }
    }
}

/// An error in user code, located in the user's own lines (1-based).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct CodeError {
    /// `syntax`, `missing` (entry not defined), `forbidden` (e.g. `import()`), `runtime`,
    /// `value` (unserializable return).
    pub kind: String,
    pub message: String,
    #[serde(default)]
    pub line: Option<u32>,
    #[serde(default)]
    pub column: Option<u32>,
}

impl CodeError {
    pub fn describe(&self) -> String {
        match (self.line, self.column) {
            (Some(l), Some(c)) => format!("{} (line {l}, column {c})", self.message),
            (Some(l), None) => format!("{} (line {l})", self.message),
            _ => self.message.clone(),
        }
    }
}

/// The outcome of one test as the harness saw it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct RawResult {
    /// `ok` or `error`.
    pub status: String,
    /// `Some(Value::Null)` when the code returned `null`; `None` only when no value came back.
    #[serde(default, deserialize_with = "present")]
    pub value: Option<Value>,
    #[serde(default)]
    pub error: Option<CodeError>,
    /// For op sequences: the op that threw.
    #[serde(default)]
    pub op: Option<usize>,
    #[serde(default)]
    pub output: String,
    #[serde(default)]
    pub truncated: bool,
    /// Element reads of the instrumented argument.
    #[serde(default)]
    pub reads: Option<u64>,
}

/// Keeps a JSON `null` as `Some(Null)` (plain `Option` would read it as absent).
fn present<'de, D: serde::Deserializer<'de>>(d: D) -> Result<Option<Value>, D::Error> {
    Value::deserialize(d).map(Some)
}

/// One message from the worker.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(tag = "type", rename_all = "kebab-case")]
pub enum WorkerMessage {
    Ready,
    CompileError { nonce: String, error: CodeError },
    TestStart { nonce: String, index: usize },
    Result { nonce: String, index: usize, result: RawResult },
    Done { nonce: String },
}

/// Everything the page collected from one run.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct RawRun {
    pub compile_error: Option<CodeError>,
    pub results: BTreeMap<usize, RawResult>,
    /// The test that had started last (the one running at a timeout).
    pub running: Option<usize>,
    pub done: bool,
    /// Set when the page stopped the worker at the wall-clock limit.
    pub timed_out_ms: Option<u32>,
    /// Messages with a wrong nonce (user code posting fake results).
    pub forged: u32,
    /// The worker itself failed (could not start, crashed).
    pub worker_error: Option<String>,
}

impl RawRun {
    /// Folds one worker message (a JSON string) into the run.
    pub fn receive(&mut self, nonce: &str, json: &str) {
        let Ok(msg) = serde_json::from_str::<WorkerMessage>(json) else {
            self.forged += 1;
            return;
        };
        let ours = |n: &str| n == nonce;
        match msg {
            WorkerMessage::Ready => {}
            WorkerMessage::CompileError { nonce: n, error } if ours(&n) => {
                self.compile_error = Some(error);
                self.done = true;
            }
            WorkerMessage::TestStart { nonce: n, index } if ours(&n) => self.running = Some(index),
            WorkerMessage::Result { nonce: n, index, result } if ours(&n) => {
                self.results.entry(index).or_insert(result);
            }
            WorkerMessage::Done { nonce: n } if ours(&n) => self.done = true,
            _ => self.forged += 1,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The request carries inputs only: no `expected` key and none of the expected values, for
    /// every exercise in the repository, hidden tests and generated ones included.
    #[cfg(feature = "authoring")]
    #[test]
    fn requests_never_carry_expected_values() {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../exercises");
        let mut seen = 0;
        for entry in std::fs::read_dir(&root).expect("exercises/") {
            let dir = entry.expect("entry").path();
            if !dir.is_dir() {
                continue;
            }
            let (ex, _) = crate::authoring::parse_exercise(&dir).expect("valid exercise");
            let mut cases = ex.all_cases().expect("cases");
            // A sentinel in every expected value makes a leak of any of them visible.
            for (i, c) in cases.iter_mut().enumerate() {
                c.expected = serde_json::json!(format!("sentinel-expected-{i}"));
            }
            let json = serde_json::to_string(&RunRequest::for_exercise("n".into(), String::new(), &ex, &cases)).expect("json");
            assert!(!json.contains("sentinel-expected-") && !json.contains("\"expected\""), "{}: expected values in the request", ex.slug);
            seen += 1;
        }
        assert!(seen >= 10, "found {seen} exercises");
    }

    #[cfg(feature = "authoring")]
    #[test]
    fn for_exercise_takes_unchecked_methods_and_instrumentation_from_the_exercise() {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../exercises/hash-map");
        let (ex, _) = crate::authoring::parse_exercise(&dir).expect("hash-map");
        let req = RunRequest::for_exercise("n".into(), "code".into(), &ex, &ex.tests);
        assert_eq!((req.unchecked.clone(), req.instrument, req.forbidden.len()), (vec!["set".to_string()], None, 4));
        let v: Value = serde_json::to_value(&req).expect("json");
        assert_eq!(v["unchecked"], serde_json::json!(["set"]));
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../exercises/binary-search");
        let (ex, _) = crate::authoring::parse_exercise(&dir).expect("binary-search");
        assert_eq!(RunRequest::for_exercise("n".into(), String::new(), &ex, &ex.tests).instrument, Some(0));
    }

    #[test]
    fn forged_messages_are_ignored() {
        let mut run = RawRun::default();
        run.receive("n1", r#"{"type":"result","nonce":"guess","index":0,"result":{"status":"ok","value":1}}"#);
        run.receive("n1", r#"{"type":"done","nonce":"guess"}"#);
        run.receive("n1", "not json");
        assert_eq!((run.results.len(), run.done, run.forged), (0, false, 3));
        run.receive("n1", r#"{"type":"test-start","nonce":"n1","index":0}"#);
        run.receive("n1", r#"{"type":"result","nonce":"n1","index":0,"result":{"status":"ok","value":1,"reads":3}}"#);
        // A second result for the same test cannot overwrite the first.
        run.receive("n1", r#"{"type":"result","nonce":"n1","index":0,"result":{"status":"ok","value":2}}"#);
        run.receive("n1", r#"{"type":"done","nonce":"n1"}"#);
        assert_eq!(run.results[&0].value, Some(serde_json::json!(1)));
        assert_eq!(run.results[&0].reads, Some(3));
        assert!(run.done);
        // A returned null is a value, not a missing one.
        run.receive("n1", r#"{"type":"result","nonce":"n1","index":1,"result":{"status":"ok","value":null}}"#);
        assert_eq!(run.results[&1].value, Some(serde_json::Value::Null));
    }
}
