//! The custom-input box: the learner types an input, their code and the reference solution both
//! run on it (each in its own worker), and the two outputs are shown side by side. The input is
//! JSON, in the same shape as `tests.json`: the argument list for a function exercise, the
//! operation list for a class exercise.

use super::spec::{ExerciseKind, TestInput};
use super::value::display;
use crate::content::ExerciseInfo;
use serde_json::Value;

/// Longer inputs are refused (the box is for hand-made cases; random tests cover big ones).
pub const MAX_CUSTOM_BYTES: usize = 100 * 1024;

/// The box's starting text: the first visible example's input, as JSON.
pub fn example(ex: &ExerciseInfo) -> String {
    let first = ex.tests.iter().find(|t| !t.hidden).or(ex.tests.first());
    first.map_or_else(|| "[]".into(), |t| to_text(&t.input))
}

/// An input as the box's text (one operation per line).
pub fn to_text(input: &TestInput) -> String {
    match input {
        TestInput::Args { args } => serde_json::to_string(args).unwrap_or_default(),
        TestInput::Ops { ops } => {
            let lines: Vec<String> = ops.iter().map(|o| serde_json::to_string(o).unwrap_or_default()).collect();
            format!("[\n  {}\n]", lines.join(",\n  "))
        }
    }
}

/// What the box should contain, for messages.
pub fn shape(ex: &ExerciseInfo) -> &'static str {
    match ex.kind {
        ExerciseKind::Function => "the arguments as a JSON array, e.g. [[1, 3, 5], 3] for f([1, 3, 5], 3)",
        ExerciseKind::Class => "the operations as a JSON array, e.g. [{\"new\": \"Name\", \"args\": [2]}, {\"call\": \"get\", \"args\": [1]}, {\"get\": \"size\"}]",
    }
}

/// Reads the box. Errors say what is wrong and where, and what the box expects.
pub fn parse(ex: &ExerciseInfo, text: &str) -> Result<TestInput, String> {
    if text.len() > MAX_CUSTOM_BYTES {
        return Err(format!("The input is {} KB; the box takes up to {} KB.", text.len() / 1024, MAX_CUSTOM_BYTES / 1024));
    }
    let v: Value = serde_json::from_str(text.trim()).map_err(|e| format!("Not valid JSON ({e}). Write {}.", shape(ex)))?;
    let Value::Array(items) = v else { return Err(format!("Write {}.", shape(ex))) };
    match ex.kind {
        ExerciseKind::Function => Ok(TestInput::Args { args: items }),
        ExerciseKind::Class => {
            let mut ops = Vec::with_capacity(items.len());
            for (i, item) in items.into_iter().enumerate() {
                let shown = display(&item);
                let op = serde_json::from_value(item).map_err(|_| format!("Operation #{} ({shown}) is not one of {{\"new\": …}}, {{\"call\": …}} or {{\"get\": …}}. Write {}.", i + 1, shape(ex)))?;
                ops.push(op);
            }
            if ops.is_empty() {
                return Err(format!("No operations. Write {}.", shape(ex)));
            }
            Ok(TestInput::Ops { ops })
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::exercise::spec::Op;
    use serde_json::json;

    fn ex(kind: &str, tests: Value) -> ExerciseInfo {
        serde_json::from_value(json!({
            "slug": "s", "title": "S", "difficulty": 1, "summary": "s", "statement_html": "", "signature": "",
            "kind": kind, "entry": ["search"], "forbidden": [], "unchecked": [], "time_limit_ms": 2000,
            "complexity": null, "hints_html": [], "starter": "", "solution": "", "tests": tests, "random": []
        }))
        .expect("fixture")
    }

    #[test]
    fn the_box_starts_with_the_first_visible_example_and_reads_it_back() {
        let f = ex("function", json!([{"name": "h", "hidden": true, "args": [[9], 9], "expected": 0}, {"name": "v", "args": [[1, 3, 5], 3], "expected": 1}]));
        assert_eq!(example(&f), "[[1,3,5],3]");
        assert_eq!(parse(&f, &example(&f)), Ok(TestInput::Args { args: vec![json!([1, 3, 5]), json!(3)] }));
        let c = ex("class", json!([{"name": "v", "ops": [{"new": "LRUCache", "args": [2]}, {"get": "size"}], "expected": [null, 0]}]));
        assert_eq!(parse(&c, &example(&c)), Ok(TestInput::Ops { ops: vec![Op::New { new: "LRUCache".into(), args: vec![json!(2)] }, Op::Get { get: "size".into() }] }));
    }

    #[test]
    fn bad_input_says_what_is_wrong_and_what_to_write() {
        let f = ex("function", json!([]));
        let e = parse(&f, "[1, 2").expect_err("unclosed");
        assert!(e.starts_with("Not valid JSON (") && e.contains("as a JSON array"), "{e}");
        assert!(parse(&f, "{\"a\": 1}").expect_err("object").starts_with("Write the arguments"));
        let c = ex("class", json!([]));
        let e = parse(&c, "[{\"new\": \"X\"}, {\"frob\": 1}]").expect_err("bad op");
        assert!(e.starts_with("Operation #2 ({ frob: 1 }) is not one of"), "{e}");
        assert!(parse(&c, "[]").expect_err("empty").starts_with("No operations"));
        assert!(parse(&f, &format!("[\"{}\"]", "x".repeat(MAX_CUSTOM_BYTES))).expect_err("big").contains("up to 100 KB"));
    }
}
