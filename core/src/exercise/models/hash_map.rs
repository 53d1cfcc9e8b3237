//! The hash-map exercise's model: thousands of seeded set/get/has/delete/size operations over
//! keys chosen to break naive object-backed maps (`__proto__`, `constructor`, `""`, ...), with
//! phases that grow the map far past any initial capacity.

use crate::exercise::spec::{Op, TestCase, TestInput};
use crate::rng::Rng;
use serde_json::{json, Value};
use std::collections::HashMap;

pub const TRICKY_KEYS: &[&str] = &[
    "__proto__", "constructor", "toString", "hasOwnProperty", "valueOf", "prototype", "length", "",
    " ", "0", "00", "1", "-1", "NaN", "undefined", "null", "true", "ключ", "🔑", "a\u{0}b", "size",
];

fn key(rng: &mut Rng, grown: usize) -> String {
    match rng.below(10) {
        0..=2 => TRICKY_KEYS[rng.below(TRICKY_KEYS.len() as u64) as usize].to_string(),
        3..=7 => format!("k{}", rng.below(grown.max(1) as u64)),
        _ => format!("long-key-{}-{}", rng.below(50), "x".repeat(rng.below(40) as usize)),
    }
}

fn value(rng: &mut Rng) -> Value {
    match rng.below(4) {
        0 => json!(rng.below(1000)),
        1 => json!(format!("v{}", rng.below(1000))),
        2 => json!(-(rng.below(1000) as i64)),
        _ => json!(rng.below(2) == 0),
    }
}

/// One operation sequence; the expected results come from Rust's own HashMap.
pub fn case(rng: &mut Rng, k: usize) -> TestCase {
    let steps = 1_500 + rng.below(1_500) as usize;
    let mut model: HashMap<String, Value> = HashMap::new();
    let mut ops = vec![Op::New { new: "HashMap".into(), args: vec![] }];
    let mut expected = vec![Value::Null];
    let undefined = json!({"$type": "undefined"});
    for step in 0..steps {
        // Every other case starts with a burst of distinct inserts: growth past any capacity.
        let grown = if k % 2 == 0 { 3_000 } else { 200 + step / 4 };
        let (op, result) = match rng.below(12) {
            0..=4 => {
                let (kk, v) = (key(rng, grown), value(rng));
                model.insert(kk.clone(), v.clone());
                (Op::Call { call: "set".into(), args: vec![json!(kk), v] }, Value::Null)
            }
            5..=7 => {
                let kk = key(rng, grown);
                let r = model.get(&kk).cloned().unwrap_or_else(|| undefined.clone());
                (Op::Call { call: "get".into(), args: vec![json!(kk)] }, r)
            }
            8 => {
                let kk = key(rng, grown);
                let r = json!(model.contains_key(&kk));
                (Op::Call { call: "has".into(), args: vec![json!(kk)] }, r)
            }
            9 | 10 => {
                let kk = key(rng, grown);
                let r = json!(model.remove(&kk).is_some());
                (Op::Call { call: "delete".into(), args: vec![json!(kk)] }, r)
            }
            _ => (Op::Get { get: "size".into() }, json!(model.len())),
        };
        ops.push(op);
        expected.push(result);
    }
    ops.push(Op::Get { get: "size".into() });
    expected.push(json!(model.len()));
    TestCase { name: String::new(), hidden: false, input: TestInput::Ops { ops }, expected: Value::Array(expected) }
}
