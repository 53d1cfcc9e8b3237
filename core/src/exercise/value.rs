//! Values that cross the worker boundary. JSON cannot say `undefined`, `NaN` or "a function",
//! so the harness tags them: `{"$type":"undefined"}`, `{"$type":"number","value":"NaN"}`, ...
//! Expected values may also use `{"$any":true}` (anything matches).

use serde_json::Value;

fn tag(v: &Value) -> Option<&str> {
    v.as_object().and_then(|o| o.get("$type")).and_then(Value::as_str)
}

/// Whether `actual` (from user code) equals `expected` (from the spec or a model).
pub fn matches(expected: &Value, actual: &Value) -> bool {
    mismatch(expected, actual, "").is_none()
}

/// The path of the first difference, e.g. `[3].name`, or `None` when they match.
pub fn mismatch(expected: &Value, actual: &Value, path: &str) -> Option<String> {
    if expected.get("$any").and_then(Value::as_bool) == Some(true) {
        return None;
    }
    let here = || Some(if path.is_empty() { "the value".to_string() } else { path.to_string() });
    match (expected, actual) {
        (Value::Number(a), Value::Number(b)) => (a.as_f64() != b.as_f64()).then(here).flatten(),
        (Value::Array(a), Value::Array(b)) => {
            if a.len() != b.len() {
                return Some(format!("{} (length {} instead of {})", if path.is_empty() { "the array" } else { path }, b.len(), a.len()));
            }
            a.iter().zip(b).enumerate().find_map(|(i, (x, y))| mismatch(x, y, &format!("{path}[{i}]")))
        }
        (Value::Object(a), Value::Object(b)) if tag(expected).is_none() && tag(actual).is_none() => {
            for (k, x) in a {
                match b.get(k) {
                    Some(y) => {
                        if let Some(p) = mismatch(x, y, &format!("{path}.{k}")) {
                            return Some(p);
                        }
                    }
                    None => return Some(format!("{path}.{k} (missing)")),
                }
            }
            b.keys().find(|k| !a.contains_key(*k)).map(|k| format!("{path}.{k} (unexpected)"))
        }
        (a, b) => (a != b).then(here).flatten(),
    }
}

/// One difference between an expected and an actual array or object, for the diff a failing
/// test shows: `at [3]: expected 7, got 8`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Difference {
    /// `[3]`, `.name`, `[2].id`.
    pub path: String,
    /// Rendered values; `None` when that side has nothing at `path` (a missing or extra entry).
    pub expected: Option<String>,
    pub actual: Option<String>,
}

/// Up to `max` differences between two arrays or objects, element by element (nested ones
/// included), in order. Empty unless both sides are arrays or both are objects: a scalar
/// difference needs no diff, the values say it.
pub fn diff(expected: &Value, actual: &Value, max: usize) -> Vec<Difference> {
    let mut out = Vec::new();
    let structured = |v: &Value| v.is_array() || (v.is_object() && tag(v).is_none() && v.get("$any").is_none());
    if structured(expected) && structured(actual) && expected.is_array() == actual.is_array() {
        walk(expected, actual, "", max, &mut out);
    }
    out
}

fn walk(e: &Value, a: &Value, path: &str, max: usize, out: &mut Vec<Difference>) {
    if out.len() >= max || mismatch(e, a, path).is_none() {
        return;
    }
    let one = |p: String, e: Option<&Value>, a: Option<&Value>| Difference { path: p, expected: e.map(|v| display_short(v, 80)), actual: a.map(|v| display_short(v, 80)) };
    match (e, a) {
        (Value::Array(x), Value::Array(y)) => {
            for i in 0..x.len().max(y.len()) {
                if out.len() >= max {
                    return;
                }
                match (x.get(i), y.get(i)) {
                    (Some(p), Some(q)) => walk(p, q, &format!("{path}[{i}]"), max, out),
                    (p, q) => out.push(one(format!("{path}[{i}]"), p, q)),
                }
            }
        }
        (Value::Object(x), Value::Object(y)) if tag(e).is_none() && tag(a).is_none() => {
            let keys = x.keys().chain(y.keys().filter(|k| !x.contains_key(*k)));
            for k in keys {
                if out.len() >= max {
                    return;
                }
                match (x.get(k), y.get(k)) {
                    (Some(p), Some(q)) => walk(p, q, &format!("{path}.{k}"), max, out),
                    (p, q) => out.push(one(format!("{path}.{k}"), p, q)),
                }
            }
        }
        _ => out.push(one(if path.is_empty() { "the value".into() } else { path.to_string() }, Some(e), Some(a))),
    }
}

/// A JavaScript-like rendering: `undefined`, `NaN`, `"text"`, `[1, 2]`, `{ a: 1 }`.
pub fn display(v: &Value) -> String {
    let mut out = String::new();
    write(v, &mut out, 0);
    out
}

/// `display`, cut to `max` characters.
pub fn display_short(v: &Value, max: usize) -> String {
    let s = display(v);
    if s.chars().count() <= max {
        s
    } else {
        let cut: String = s.chars().take(max).collect();
        format!("{cut}… ({} characters)", s.chars().count())
    }
}

fn write(v: &Value, out: &mut String, depth: usize) {
    if out.len() > 20_000 {
        return;
    }
    match v {
        Value::Null => out.push_str("null"),
        Value::Bool(b) => out.push_str(if *b { "true" } else { "false" }),
        Value::Number(n) => match n.as_f64() {
            Some(f) if f.fract() == 0.0 && f.abs() < 1e21 => out.push_str(&format!("{f:.0}")),
            _ => out.push_str(&n.to_string()),
        },
        Value::String(s) => out.push_str(&serde_json::to_string(s).unwrap_or_default()),
        Value::Array(a) => {
            out.push('[');
            for (i, x) in a.iter().enumerate() {
                if i > 0 {
                    out.push_str(", ");
                }
                write(x, out, depth + 1);
            }
            out.push(']');
        }
        Value::Object(o) => match (tag(v), o.get("value")) {
            (Some("undefined"), _) => out.push_str("undefined"),
            (Some("number" | "bigint"), Some(Value::String(s))) => {
                out.push_str(s);
                if tag(v) == Some("bigint") {
                    out.push('n');
                }
            }
            (Some("instance"), _) => out.push_str("[the object itself]"),
            (Some("function"), _) => out.push_str(&format!("[function {}]", o.get("name").and_then(Value::as_str).unwrap_or(""))),
            (Some(t), Some(inner)) => {
                out.push_str(t);
                out.push(' ');
                write(inner, out, depth + 1);
            }
            (Some(t), None) => out.push_str(&format!("[{t}]")),
            (None, _) if o.get("$any").is_some() => out.push_str("(anything)"),
            (None, _) => {
                out.push_str("{ ");
                for (i, (k, x)) in o.iter().enumerate() {
                    if i > 0 {
                        out.push_str(", ");
                    }
                    out.push_str(k);
                    out.push_str(": ");
                    write(x, out, depth + 1);
                }
                out.push_str(if o.is_empty() { "}" } else { " }" });
            }
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn numbers_compare_by_value() {
        assert!(matches(&json!(1), &json!(1.0)));
        assert!(!matches(&json!(1), &json!("1")));
    }

    #[test]
    fn undefined_is_not_null_and_any_matches_all() {
        let undef = json!({"$type": "undefined"});
        assert!(!matches(&json!(null), &undef));
        assert!(matches(&undef, &json!({"$type": "undefined"})));
        assert!(matches(&json!({"$any": true}), &undef));
    }

    #[test]
    fn mismatch_paths() {
        assert_eq!(mismatch(&json!([1, [2, 3]]), &json!([1, [2, 4]]), ""), Some("[1][1]".into()));
        assert_eq!(mismatch(&json!([1, 2]), &json!([1]), ""), Some("the array (length 1 instead of 2)".into()));
        assert_eq!(mismatch(&json!({"a": 1}), &json!({"a": 1, "b": 2}), ""), Some(".b (unexpected)".into()));
        assert_eq!(mismatch(&json!({"a": 1}), &json!({"a": 2}), ""), Some(".a".into()));
    }

    #[test]
    fn diff_lists_each_differing_element_and_missing_or_extra_ones() {
        let d = diff(&json!([1, 2, 3, [4, 5]]), &json!([1, 9, 3, [4, 6], 7]), 10);
        let rows: Vec<(String, Option<String>, Option<String>)> = d.into_iter().map(|d| (d.path, d.expected, d.actual)).collect();
        assert_eq!(rows, vec![
            ("[1]".into(), Some("2".into()), Some("9".into())),
            ("[3][1]".into(), Some("5".into()), Some("6".into())),
            ("[4]".into(), None, Some("7".into())),
        ]);
        let d = diff(&json!({"a": 1, "b": [1]}), &json!({"b": [2], "c": true}), 10);
        assert_eq!(d.iter().map(|d| d.path.as_str()).collect::<Vec<_>>(), vec![".a", ".b[0]", ".c"]);
        assert_eq!((d[0].expected.as_deref(), d[0].actual.as_deref()), (Some("1"), None));
        // Capped, and nothing for scalars, equal values or an array against an object.
        assert_eq!(diff(&json!((0..50).collect::<Vec<_>>()), &json!((1..51).collect::<Vec<_>>()), 5).len(), 5);
        assert!(diff(&json!(1), &json!(2), 5).is_empty());
        assert!(diff(&json!([1.0]), &json!([1]), 5).is_empty());
        assert!(diff(&json!([1]), &json!({"0": 1}), 5).is_empty());
    }

    #[test]
    fn display_is_js_like() {
        assert_eq!(display(&json!([1, "a", null, {"$type": "undefined"}, {"$type": "number", "value": "NaN"}])), "[1, \"a\", null, undefined, NaN]");
        assert_eq!(display(&json!({"a": [1.5]})), "{ a: [1.5] }");
        assert_eq!(display_short(&json!("abcdefghij"), 5), "\"abcd… (12 characters)");
        assert_eq!(display(&json!({"$type": "instance"})), "[the object itself]");
    }
}
