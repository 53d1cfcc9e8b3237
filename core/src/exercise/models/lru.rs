//! The LRU-cache model: `get(key)` returns the value or -1 and marks the key most recently used;
//! `put(key, value)` inserts or updates (also a use) and evicts the least recently used key when
//! the cache is over capacity.

use crate::exercise::spec::{Op, TestCase, TestInput};
use crate::rng::Rng;
use serde_json::{json, Value};
use std::collections::VecDeque;

pub fn case(rng: &mut Rng, k: usize) -> TestCase {
    let capacity = 1 + rng.below(if k % 2 == 0 { 4 } else { 60 }) as usize;
    let key_space = capacity as u64 * 2 + 2;
    let mut order: VecDeque<(i64, i64)> = VecDeque::new(); // front = least recently used
    let mut ops = vec![Op::New { new: "LRUCache".into(), args: vec![json!(capacity)] }];
    let mut expected = vec![Value::Null];
    for _ in 0..(400 + rng.below(600)) {
        let key = rng.below(key_space) as i64;
        if rng.below(2) == 0 {
            let r = match order.iter().position(|&(kk, _)| kk == key) {
                Some(i) => {
                    let e = order.remove(i).unwrap_or((key, -1));
                    order.push_back(e);
                    e.1
                }
                None => -1,
            };
            ops.push(Op::Call { call: "get".into(), args: vec![json!(key)] });
            expected.push(json!(r));
        } else {
            let value = rng.below(10_000) as i64;
            if let Some(i) = order.iter().position(|&(kk, _)| kk == key) {
                order.remove(i);
            }
            order.push_back((key, value));
            if order.len() > capacity {
                order.pop_front();
            }
            ops.push(Op::Call { call: "put".into(), args: vec![json!(key), json!(value)] });
            expected.push(Value::Null);
        }
    }
    TestCase { name: String::new(), hidden: false, input: TestInput::Ops { ops }, expected: Value::Array(expected) }
}
