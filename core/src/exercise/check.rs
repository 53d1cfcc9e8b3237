//! Turns what the worker reported into the results a user sees: pass / fail / error / timeout per
//! test, with input, expected and actual for visible tests. All comparison happens here.

use super::protocol::RawRun;
use super::spec::{Complexity, ExerciseKind, Op, TestCase, TestInput};
use super::value::{diff, display_short, mismatch, Difference};
use serde_json::Value;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Status {
    Pass,
    Fail,
    Error,
    Timeout,
}

impl Status {
    pub fn as_str(self) -> &'static str {
        match self {
            Status::Pass => "pass",
            Status::Fail => "fail",
            Status::Error => "error",
            Status::Timeout => "timeout",
        }
    }
}

/// One test's row in the results table. Rows exist only once a run is over. A hidden test shows
/// its input, expected and actual values only when it did not pass (passing hidden tests keep
/// their inputs to themselves); console output is shown for every test.
#[derive(Debug, Clone, PartialEq)]
pub struct Row {
    pub name: String,
    pub hidden: bool,
    pub status: Status,
    /// Visible tests, and hidden tests that did not pass.
    pub input: Option<String>,
    pub expected: Option<String>,
    pub actual: Option<String>,
    /// Why it failed: the difference, the error with its line, or the timeout.
    pub message: Option<String>,
    pub output: String,
    pub truncated: bool,
    /// For a failing array or object answer: where it differs, element by element.
    pub diff: Vec<Difference>,
    /// For a test with a read-count check: `(n, element reads)`, for the complexity chart.
    pub reads: Option<(u64, u64)>,
}

/// How many differences a failing test lists.
pub const DIFF_LINES: usize = 8;

#[derive(Debug, Clone, PartialEq)]
pub struct Report {
    pub rows: Vec<Row>,
    /// A syntax error or a missing entry point: no test ran.
    pub compile_error: Option<String>,
    pub timed_out: bool,
    /// Set when user code posted messages that pretended to be results.
    pub tampering: bool,
}

impl Report {
    pub fn passed(&self) -> usize {
        self.rows.iter().filter(|r| r.status == Status::Pass).count()
    }

    pub fn failed(&self) -> usize {
        self.rows.len() - self.passed()
    }

    /// "N passed, M failed".
    pub fn summary(&self) -> String {
        format!("{} passed, {} failed", self.passed(), self.failed())
    }

    pub fn all_passed(&self) -> bool {
        !self.rows.is_empty() && self.failed() == 0
    }

    /// The first test that did not pass (shown expanded).
    pub fn first_failure(&self) -> Option<usize> {
        self.rows.iter().position(|r| r.status != Status::Pass)
    }

    /// `(n, reads)` of every test with a read count, for the complexity chart.
    pub fn reads(&self) -> Vec<(u64, u64)> {
        self.rows.iter().filter_map(|r| r.reads).collect()
    }
}

/// The parts of an exercise that checking needs.
#[derive(Debug, Clone, PartialEq)]
pub struct CheckSpec<'a> {
    pub kind: ExerciseKind,
    pub entry: &'a [String],
    /// Methods whose return value is not checked (e.g. `set`).
    pub unchecked: &'a [String],
    pub complexity: Option<&'a Complexity>,
}

fn describe_input(spec: &CheckSpec, input: &TestInput) -> String {
    match input {
        TestInput::Args { args } => {
            let name = spec.entry.first().map(String::as_str).unwrap_or("f");
            let a: Vec<String> = args.iter().map(|v| display_short(v, 160)).collect();
            display_cut(format!("{name}({})", a.join(", ")))
        }
        TestInput::Ops { ops } => {
            let shown: Vec<String> = ops.iter().take(12).map(Op::describe).collect();
            let more = if ops.len() > 12 { format!("; … ({} operations in all)", ops.len()) } else { String::new() };
            display_cut(format!("{}{more}", shown.join("; ")))
        }
    }
}

/// The checked operations of a class test with what each must return:
/// `get(1) → 10; .size → 1`.
fn describe_expected_ops(spec: &CheckSpec, ops: &[Op], expected: &Value) -> String {
    let exp = expected.as_array();
    let shown: Vec<String> = ops
        .iter()
        .enumerate()
        .filter(|(_, op)| checked(spec, op))
        .map(|(i, op)| format!("{} → {}", op.describe(), exp.and_then(|e| e.get(i)).map_or_else(|| "?".into(), |v| display_short(v, 60))))
        .collect();
    let more = if shown.len() > 12 { format!("; … ({} checked results in all)", shown.len()) } else { String::new() };
    if shown.is_empty() {
        return "no return values are checked; the operations must not throw".into();
    }
    display_cut(format!("{}{more}", shown.iter().take(12).cloned().collect::<Vec<_>>().join("; ")))
}

/// Whether an operation's return value is compared.
fn checked(spec: &CheckSpec, op: &Op) -> bool {
    match op {
        Op::New { .. } => false,
        Op::Call { call, .. } => !spec.unchecked.contains(call),
        Op::Get { .. } => true,
    }
}

fn display_cut(s: String) -> String {
    if s.chars().count() > 240 { format!("{}…", s.chars().take(240).collect::<String>()) } else { s }
}

/// Compares one finished test. Returns the status and, on failure, why.
fn judge(spec: &CheckSpec, case: &TestCase, actual: &Value, reads: Option<u64>) -> (Status, Option<String>) {
    match &case.input {
        TestInput::Args { args } => {
            if let Some(p) = mismatch(&case.expected, actual, "") {
                let msg = if p == "the value" {
                    format!("returned {}, expected {}", display_short(actual, 200), display_short(&case.expected, 200))
                } else {
                    format!("wrong at {p}")
                };
                return (Status::Fail, Some(msg));
            }
            if let (Some(c), Some(r)) = (spec.complexity, reads) {
                let n = args.get(c.arg).and_then(Value::as_array).map_or(0, Vec::len);
                let max = c.max_reads(n);
                if r > max {
                    return (Status::Fail, Some(format!(
                        "right answer, but your solution read {r} elements; {} needs at most {max} for n = {n}",
                        c.algorithm
                    )));
                }
            }
            (Status::Pass, None)
        }
        TestInput::Ops { ops } => {
            let (Some(exp), Some(act)) = (case.expected.as_array(), actual.as_array()) else {
                return (Status::Fail, Some("the harness returned no per-operation results".into()));
            };
            for (i, op) in ops.iter().enumerate() {
                if !checked(spec, op) {
                    continue;
                }
                let (Some(e), Some(a)) = (exp.get(i), act.get(i)) else {
                    return (Status::Fail, Some(format!("operation #{} ({}) has no result", i + 1, op.describe())));
                };
                if mismatch(e, a, "").is_some() {
                    let is_function = a.get("$type").and_then(Value::as_str) == Some("function");
                    let hint = match op {
                        Op::Get { get } if is_function => format!(" (`{get}` is read as a property: define it as a getter, `get {get}() {{ … }}`)"),
                        _ => String::new(),
                    };
                    return (Status::Fail, Some(format!(
                        "operation #{} {} returned {}, expected {}{hint}",
                        i + 1,
                        op.describe(),
                        display_short(a, 120),
                        display_short(e, 120)
                    )));
                }
            }
            (Status::Pass, None)
        }
    }
}

/// Builds the report for `cases` from what the run collected.
pub fn check(spec: &CheckSpec, cases: &[TestCase], run: &RawRun) -> Report {
    let compile_error = run.compile_error.as_ref().map(|e| e.describe()).or_else(|| run.worker_error.clone());
    let mut rows = Vec::with_capacity(cases.len());
    for (i, case) in cases.iter().enumerate() {
        let mut row = Row {
            name: case.name.clone(),
            hidden: case.hidden,
            status: Status::Error,
            input: None,
            expected: None,
            actual: None,
            message: None,
            output: String::new(),
            truncated: false,
            diff: Vec::new(),
            reads: None,
        };
        let mut actual = None;
        if let Some(e) = &compile_error {
            row.message = Some(format!("not run: {e}"));
        } else if let Some(r) = run.results.get(&i) {
            row.output = r.output.clone();
            row.truncated = r.truncated;
            match (r.status.as_str(), &r.value) {
                ("ok", Some(v)) => {
                    if let TestInput::Args { .. } = case.input {
                        actual = Some(display_short(v, 400));
                    }
                    let (status, message) = judge(spec, case, v, r.reads);
                    row.status = status;
                    row.message = message;
                    if let (TestInput::Args { args }, Some(c), Some(reads)) = (&case.input, spec.complexity, r.reads) {
                        let n = args.get(c.arg).and_then(Value::as_array).map_or(0, Vec::len);
                        row.reads = Some((n as u64, reads));
                    }
                    if status == Status::Fail {
                        if let TestInput::Args { .. } = case.input {
                            row.diff = diff(&case.expected, v, DIFF_LINES);
                        }
                    }
                }
                _ => {
                    let err = r.error.as_ref().map(|e| e.describe()).unwrap_or_else(|| "the test failed without a message".into());
                    let at = match (&case.input, r.op) {
                        (TestInput::Ops { ops }, Some(k)) => ops.get(k).map(|op| format!("operation #{} {} threw: ", k + 1, op.describe())),
                        _ => None,
                    };
                    row.message = Some(format!("{}{err}", at.unwrap_or_default()));
                }
            }
        } else if let Some(limit) = run.timed_out_ms {
            row.status = Status::Timeout;
            row.message = Some(if run.running.is_none() {
                format!("timed out before the first test: your code's top level ran for more than {limit} ms")
            } else if run.running == Some(i) {
                format!("timed out: still running after {limit} ms (an infinite loop?); the worker was stopped")
            } else {
                format!("not run: the run hit its {limit} ms limit earlier")
            });
        } else {
            row.message = Some("no result (the runner stopped unexpectedly)".into());
        }
        if !case.hidden || row.status != Status::Pass {
            row.input = Some(describe_input(spec, &case.input));
            row.expected = Some(match &case.input {
                TestInput::Args { .. } => display_short(&case.expected, 400),
                TestInput::Ops { ops } => describe_expected_ops(spec, ops, &case.expected),
            });
            row.actual = actual;
        }
        rows.push(row);
    }
    Report { rows, compile_error, timed_out: run.timed_out_ms.is_some(), tampering: run.forged > 0 }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::exercise::protocol::{CodeError, RawResult};
    use serde_json::json;

    fn ok(v: Value) -> RawResult {
        RawResult { status: "ok".into(), value: Some(v), error: None, op: None, output: String::new(), truncated: false, reads: None }
    }

    fn case(name: &str, args: Value, expected: Value, hidden: bool) -> TestCase {
        serde_json::from_value(json!({"name": name, "args": args, "expected": expected, "hidden": hidden})).expect("case")
    }

    const ENTRY: &[String] = &[];

    fn spec<'a>(c: Option<&'a Complexity>) -> CheckSpec<'a> {
        CheckSpec { kind: ExerciseKind::Function, entry: ENTRY, unchecked: &[], complexity: c }
    }

    #[test]
    fn pass_fail_error_timeout_and_hidden_rows() {
        let cases = vec![
            case("a", json!([[1, 2, 3], 2]), json!(1), false),
            case("b", json!([[1, 2, 3], 9]), json!(-1), true),
            case("c", json!([[], 1]), json!(-1), false),
            case("d", json!([[5], 5]), json!(0), false),
            case("e", json!([[5], 6]), json!(-1), false),
        ];
        let mut run = RawRun::default();
        run.results.insert(0, ok(json!(1)));
        run.results.insert(1, ok(json!(2)));
        run.results.insert(2, RawResult { status: "error".into(), value: None, error: Some(CodeError { kind: "runtime".into(), message: "TypeError: x is undefined".into(), line: Some(3), column: Some(9) }), op: None, output: "dbg\n".into(), truncated: false, reads: None });
        run.running = Some(3);
        run.timed_out_ms = Some(2000);
        let r = check(&spec(None), &cases, &run);
        let statuses: Vec<&str> = r.rows.iter().map(|r| r.status.as_str()).collect();
        assert_eq!(statuses, vec!["pass", "fail", "error", "timeout", "timeout"]);
        assert_eq!(r.summary(), "1 passed, 4 failed");
        // A hidden test that failed shows what it ran, after the run.
        assert_eq!(r.rows[1].input.as_deref(), Some("f([1, 2, 3], 9)"));
        assert_eq!((r.rows[1].expected.as_deref(), r.rows[1].actual.as_deref()), (Some("-1"), Some("2")));
        assert_eq!(r.rows[0].input.as_deref(), Some("f([1, 2, 3], 2)"));
        assert!(r.rows[2].message.as_deref().is_some_and(|m| m.contains("line 3, column 9")));
        assert_eq!(r.rows[2].output, "dbg\n");
        assert!(r.rows[3].message.as_deref().is_some_and(|m| m.contains("still running after 2000 ms")));
        assert!(r.rows[4].message.as_deref().is_some_and(|m| m.starts_with("not run")));
    }

    #[test]
    fn passing_hidden_tests_show_only_name_status_and_output() {
        let cases = vec![case("h", json!([[1, 2, 3], 2]), json!(1), true), case("v", json!([[1, 2, 3], 2]), json!(1), false)];
        let mut run = RawRun::default();
        run.results.insert(0, RawResult { output: "log\n".into(), ..ok(json!(1)) });
        run.results.insert(1, ok(json!(1)));
        let r = check(&spec(None), &cases, &run);
        let h = &r.rows[0];
        assert_eq!((h.status, h.input.as_deref(), h.expected.as_deref(), h.actual.as_deref(), h.output.as_str()), (Status::Pass, None, None, None, "log\n"));
        assert_eq!((r.rows[1].input.as_deref(), r.rows[1].actual.as_deref()), (Some("f([1, 2, 3], 2)"), Some("1")));
        // Hidden tests that errored or timed out show their input too.
        let mut run = RawRun { timed_out_ms: Some(500), running: Some(0), ..RawRun::default() };
        run.results.insert(1, ok(json!(1)));
        assert_eq!(check(&spec(None), &cases, &run).rows[0].input.as_deref(), Some("f([1, 2, 3], 2)"));
    }

    #[test]
    fn a_size_method_read_as_a_getter_gets_a_hint() {
        let t: TestCase = serde_json::from_value(json!({
            "name": "size", "ops": [{"new": "HashMap"}, {"get": "size"}], "expected": [null, 0]
        })).expect("case");
        let s = CheckSpec { kind: ExerciseKind::Class, entry: ENTRY, unchecked: &[], complexity: None };
        let mut run = RawRun::default();
        run.results.insert(0, ok(json!([null, {"$type": "function", "name": "size"}])));
        let r = check(&s, std::slice::from_ref(&t), &run);
        assert_eq!(r.rows[0].message.as_deref(), Some("operation #2 .size returned [function size], expected 0 (`size` is read as a property: define it as a getter, `get size() { … }`)"));
    }

    #[test]
    fn complexity_failure_names_the_counts() {
        let c = Complexity { arg: 0, factor: 1, extra: 1, algorithm: "binary search".into() };
        let nums: Vec<u32> = (0..1000).collect();
        let cases = vec![case("big", json!([nums, 500]), json!(500), false)];
        let mut run = RawRun::default();
        run.results.insert(0, RawResult { reads: Some(501), ..ok(json!(500)) });
        let r = check(&spec(Some(&c)), &cases, &run);
        assert_eq!(r.rows[0].status, Status::Fail);
        assert_eq!(r.rows[0].message.as_deref(), Some("right answer, but your solution read 501 elements; binary search needs at most 11 for n = 1000"));
        run.results.insert(0, RawResult { reads: Some(11), ..ok(json!(500)) });
        assert_eq!(check(&spec(Some(&c)), &cases, &run).rows[0].status, Status::Pass);
    }

    #[test]
    fn ops_skip_constructors_and_unchecked_methods() {
        let t: TestCase = serde_json::from_value(json!({
            "name": "ops",
            "ops": [{"new": "HashMap"}, {"call": "set", "args": ["a", 1]}, {"call": "get", "args": ["a"]}, {"get": "size"}],
            "expected": [null, null, 1, 1]
        })).expect("case");
        let unchecked = vec!["set".to_string()];
        let s = CheckSpec { kind: ExerciseKind::Class, entry: ENTRY, unchecked: &unchecked, complexity: None };
        let mut run = RawRun::default();
        run.results.insert(0, ok(json!([{"$type": "undefined"}, "whatever", 1, 1])));
        assert_eq!(check(&s, std::slice::from_ref(&t), &run).rows[0].status, Status::Pass);
        run.results.insert(0, ok(json!([{"$type": "undefined"}, "whatever", 1, 2])));
        let r = check(&s, std::slice::from_ref(&t), &run);
        assert_eq!(r.rows[0].message.as_deref(), Some("operation #4 .size returned 2, expected 1"));
    }

    #[test]
    fn a_wrong_array_gets_a_diff_and_the_first_failure_is_found() {
        let cases = vec![case("ok", json!([1]), json!([1]), false), case("bad", json!([2]), json!([1, 2, 3]), false)];
        let mut run = RawRun::default();
        run.results.insert(0, ok(json!([1])));
        run.results.insert(1, ok(json!([1, 5])));
        let r = check(&spec(None), &cases, &run);
        assert_eq!(r.first_failure(), Some(1));
        let d: Vec<String> = r.rows[1].diff.iter().map(|d| format!("{} {:?} {:?}", d.path, d.expected, d.actual)).collect();
        assert_eq!(d, vec!["[1] Some(\"2\") Some(\"5\")", "[2] Some(\"3\") None"]);
        assert!(r.rows[0].diff.is_empty());
    }

    #[test]
    fn visible_class_tests_show_what_each_checked_operation_must_return() {
        let t: TestCase = serde_json::from_value(json!({
            "name": "ops", "ops": [{"new": "HashMap"}, {"call": "set", "args": ["a", 1]}, {"call": "get", "args": ["a"]}, {"get": "size"}],
            "expected": [null, null, 1, 1]
        })).expect("case");
        let unchecked = vec!["set".to_string()];
        let s = CheckSpec { kind: ExerciseKind::Class, entry: ENTRY, unchecked: &unchecked, complexity: None };
        let mut run = RawRun::default();
        run.results.insert(0, ok(json!([null, null, 1, 1])));
        let r = check(&s, std::slice::from_ref(&t), &run);
        assert_eq!(r.rows[0].expected.as_deref(), Some("get(\"a\") → 1; .size → 1"));
    }

    #[test]
    fn read_counts_are_kept_for_the_complexity_chart() {
        let c = Complexity { arg: 0, factor: 1, extra: 1, algorithm: "binary search".into() };
        let cases = vec![case("a", json!([[1, 2, 3, 4], 9]), json!(-1), false), case("b", json!([[1, 2], 9]), json!(-1), true)];
        let mut run = RawRun::default();
        run.results.insert(0, RawResult { reads: Some(3), ..ok(json!(-1)) });
        run.results.insert(1, RawResult { reads: Some(2), ..ok(json!(-1)) });
        assert_eq!(check(&spec(Some(&c)), &cases, &run).reads(), vec![(4, 3), (2, 2)]);
    }

    #[test]
    fn compile_errors_mark_every_test_not_run() {
        let cases = vec![case("a", json!([[1], 1]), json!(0), false)];
        let run = RawRun { compile_error: Some(CodeError { kind: "syntax".into(), message: "SyntaxError: Unexpected token".into(), line: Some(2), column: Some(11) }), done: true, ..RawRun::default() };
        let r = check(&spec(None), &cases, &run);
        assert_eq!(r.compile_error.as_deref(), Some("SyntaxError: Unexpected token (line 2, column 11)"));
        assert_eq!(r.summary(), "0 passed, 1 failed");
    }
}
