//! Seeded fuzzing of everything that reaches user data from outside: stored documents and
//! export files, mutated at random (wrong types, out-of-range indices, huge numbers, NaN-like
//! values, unknown ids and keys, deep nesting, missing fields, duplicated ids, very long strings).
//! Checked for every mutation: no panic; every record counted in is kept or reported; records the
//! mutation did not touch are kept unchanged; what is kept passes the validator and survives
//! save → load unchanged. Also merge symmetry and idempotence, and `apply` keeping every record
//! loadable. Run with `--nocapture` to see the figures.

use backprep_core::quiz::{Attempt, AttemptItem, FinishReason, QuizSettings, Response};
use backprep_core::rng::Rng;
use backprep_core::srs::fsrs::{Fsrs, Rating};
use backprep_core::srs::schedule::{quiz_reviews, review_all};
use backprep_core::srs::{Card, Review};
use backprep_core::store::merge::{merge, merge_import};
use backprep_core::store::transfer::{export, parse_import, ImportError};
use backprep_core::store::validate::{sanitize, Section};
use backprep_core::store::{migrate, validate, DataAction, Draft, InterviewPlan, Theme, UserData};
use serde_json::{json, Value};

const SEED: u64 = 0x5eed_0009;
const DOCUMENTS: usize = 8_500;
const PAIRS: usize = 3_000;

fn pick<'a, T>(r: &mut Rng, xs: &'a [T]) -> &'a T {
    &xs[r.below(xs.len() as u64) as usize]
}

/// A valid attempt; ids, starts and ends come from small pools so copies overlap and tie.
fn gen_attempt(r: &mut Rng) -> Attempt {
    let started_at = *pick(r, &[1_000.0, 2_000.0, 3_000.0, 1.7e12]);
    let items = (0..1 + r.below(4))
        .map(|k| {
            let n = r.below(6) as usize;
            let mut order: Vec<usize> = (0..n).collect();
            r.shuffle(&mut order);
            let response = match (n, r.below(4)) {
                (_, 0) => None,
                (0, 1) => Some(Response::Bool(r.below(2) == 0)),
                (0, _) => Some(Response::Number(r.below(1000) as f64 / 8.0)),
                (n, _) => Some(Response::Choices(vec![r.below(n as u64) as usize])),
            };
            let correct = response.is_some() && r.below(2) == 0;
            AttemptItem {
                question_id: format!("q{}-{k}", r.below(5)),
                topic: pick(r, &["auth", "caching", "sql"]).to_string(),
                order,
                correct,
                credit: match (&response, correct, r.below(3)) {
                    (Some(Response::Number(_)), false, 0) => Some(1 + r.below(999) as u16),
                    _ => None,
                },
                confidence: if response.is_some() { [None, Some(1), Some(2), Some(3)][r.below(4) as usize] } else { None },
                response,
                time_ms: r.below(200_000),
            }
        })
        .collect();
    Attempt {
        id: format!("a{}", r.below(6)),
        started_at,
        ended_at: started_at + *pick(r, &[0.0, 60_000.0, 60_000.0, 90_000.0]),
        settings: QuizSettings::for_ids(vec!["q1".into()], r.below(9)),
        reason: *pick(r, &[FinishReason::Completed, FinishReason::TimeUp, FinishReason::Quit]),
        items,
    }
}

fn gen_doc(r: &mut Rng) -> UserData {
    let mut d = UserData {
        saved_at: *pick(r, &[0.0, 5_000.0, 9_000.0]),
        replaced_at: *pick(r, &[0.0, 0.0, 4_000.0]),
        ..UserData::default()
    };
    d.settings.theme = *pick(r, &[None, Some(Theme::Light), Some(Theme::Dark)]);
    d.attempts = (0..r.below(6)).map(|_| gen_attempt(r)).collect();
    for _ in 0..r.below(5) {
        let last_day = 20_000 + r.below(3) as i64;
        let reviews = 1 + r.below(3) as u32;
        let card = Card { s: 1_000 + r.below(90_000_000), d: 1_000_000 + r.below(9_000_001) as u32, due: last_day + 1 + r.below(2) as i64, last: last_day, at: 1_000 * r.below(9), reps: reviews, lapses: r.below(u64::from(reviews) + 1) as u32 };
        d.cards.insert(format!("{}:q{}-0", pick(r, &["quiz", "exercise", "design"]), r.below(5)), card);
    }
    for _ in 0..r.below(6) {
        let k = format!("quiz:q{}-0", r.below(5));
        d.log.push(Review { k, at: 1_000 * r.below(9), day: 20_000, r: 1 + r.below(4) as u8, c: [None, Some(3)][r.below(2) as usize] }.to_value());
    }
    for _ in 0..r.below(4) {
        let total = 1 + r.below(5) as u32;
        let best = (r.below(2) == 0).then(|| (r.below(u64::from(total) + 1) as u32, total));
        let draft = Draft { code: pick(r, &["", "let x = 1;", "class A {}"]).to_string(), saved_at: *pick(r, &[1.0, 2.0, 3_000.0]), best, last: None };
        d.drafts.insert(pick(r, &["hash-map", "lru", "binary-search"]).to_string(), draft);
    }
    // Behavioural and mock records: stories (some deleted) and answers with results.
    for _ in 0..r.below(4) {
        let at = *pick(r, &[1_000.0, 2_000.0, 6_000.0]);
        let record = match r.below(3) {
            0 => serde_json::json!({ "saved_at": at, "title": "Outage", "competencies": ["incident"] }),
            1 => serde_json::json!({ "saved_at": at, "deleted": true }),
            _ => serde_json::json!({ "saved_at": at, "draft": "x", "results": [{ "at": at, "text": "I fixed it", "met": ["action"], "scores": [r.below(6)] }] }),
        };
        d.rounds.insert(pick(r, &["story:1", "story:2", "answer:incident-a", "mock:5"]).to_string(), record);
    }
    sanitize(d).0
}

/// A value of the wrong kind, or a hostile one of the right kind.
fn hostile(r: &mut Rng) -> Value {
    match r.below(14) {
        0 => Value::Null,
        1 => json!(true),
        2 => json!("NaN"),
        3 => json!(1e300),
        4 => json!(-1),
        5 => json!(u64::MAX),
        6 => json!(-9.2e18),
        // Very long: past every id limit; now and then past the draft limit too.
        7 if r.below(200) == 0 => json!("x".repeat(600 * 1024)),
        7 => json!("x".repeat(4_000)),
        8 => json!([]),
        9 => json!({}),
        10 => json!(7),
        11 => json!("<img src=x onerror=alert(1)>"),
        12 => {
            let mut v = json!(0);
            for _ in 0..(60 + r.below(140)) {
                v = json!([v]);
            }
            v
        }
        _ => json!(0.5),
    }
}

/// Mutates somewhere inside `v` (an object or array), 1–3 steps deep.
fn mutate_inside(v: &mut Value, r: &mut Rng, depth: u32) {
    let go_deeper = depth < 3 && r.below(3) != 0;
    match v {
        Value::Object(m) if !m.is_empty() => {
            let keys: Vec<String> = m.keys().cloned().collect();
            let k = pick(r, &keys).clone();
            match r.below(8) {
                0 => {
                    m.remove(&k);
                }
                1 => {
                    m.insert(format!("unknown{}", r.below(3)), hostile(r));
                }
                _ if go_deeper && (m[&k].is_object() || m[&k].is_array()) => mutate_inside(&mut m[&k], r, depth + 1),
                _ => {
                    m.insert(k, hostile(r));
                }
            }
        }
        Value::Array(a) if !a.is_empty() => {
            let i = r.below(a.len() as u64) as usize;
            match r.below(8) {
                0 => {
                    a.remove(i);
                }
                1 => {
                    let dup = a[i].clone();
                    a.push(dup);
                }
                2 => a.push(json!(r.below(12))),
                _ if go_deeper && (a[i].is_object() || a[i].is_array()) => mutate_inside(&mut a[i], r, depth + 1),
                _ => a[i] = hostile(r),
            }
        }
        other => *other = hostile(r),
    }
}

/// What a mutation touched: a whole section, one record of it, or nothing identifiable.
#[derive(Debug, Clone, PartialEq)]
enum Target {
    Section(&'static str),
    Attempt(usize),
    Entry(&'static str, String),
}

fn mutate(doc: &mut Value, r: &mut Rng) -> Target {
    let Some(obj) = doc.as_object_mut() else { return Target::Section("all") };
    let section = *pick(r, &["settings", "attempts", "cards", "drafts", "saved_at", "replaced_at", "attempts", "attempts"]);
    let Some(v) = obj.get_mut(section) else {
        obj.insert(section.to_string(), hostile(r));
        return Target::Section(section);
    };
    match (section, v) {
        ("attempts", Value::Array(a)) if !a.is_empty() && r.below(5) != 0 => {
            let i = r.below(a.len() as u64) as usize;
            if r.below(6) == 0 {
                let dup = a[i].clone();
                a.push(dup); // a duplicated id
            } else {
                mutate_inside(&mut a[i], r, 0);
            }
            Target::Attempt(i)
        }
        (name @ ("cards" | "drafts"), Value::Object(m)) if !m.is_empty() && r.below(5) != 0 => {
            let keys: Vec<String> = m.keys().cloned().collect();
            let k = pick(r, &keys).clone();
            match r.below(5) {
                0 => {
                    let rec = m.remove(&k).unwrap_or(Value::Null);
                    m.insert(pick(r, &["", "q9-9", &"k".repeat(300)]).to_string(), rec); // renamed key
                }
                _ => mutate_inside(m.get_mut(&k).expect("key listed"), r, 0),
            }
            Target::Entry(name, k)
        }
        (_, v) => {
            if r.below(2) == 0 {
                *v = hostile(r);
            } else {
                mutate_inside(v, r, 0);
            }
            Target::Section(section)
        }
    }
}

fn count_in(v: &Value, section: &str) -> usize {
    // A section of the wrong shape counts as one record (reported as such).
    match (section, v.get(section)) {
        (_, None) => 0,
        ("attempts", Some(Value::Array(a))) => a.len(),
        ("cards" | "drafts", Some(Value::Object(m))) => m.len(),
        (_, Some(_)) => 1,
    }
}

#[derive(Default)]
struct Figures {
    mutations: usize,
    stored: usize,
    exports: usize,
    refused_whole: usize,
    records_in: usize,
    kept: usize,
    rejected: usize,
}

#[test]
fn mutated_documents_never_panic_and_every_record_is_kept_or_reported() {
    let start = std::time::Instant::now();
    let mut r = Rng::new(SEED);
    let mut f = Figures::default();
    for n in 0..DOCUMENTS {
        let original = gen_doc(&mut r);
        let mut doc = serde_json::to_value(&original).expect("serializes");
        let mut targets = vec![mutate(&mut doc, &mut r)];
        if r.below(4) == 0 {
            targets.push(mutate(&mut doc, &mut r));
        }
        f.mutations += targets.len();
        let as_export = n % 3 == 0;
        let text = if as_export {
            f.exports += 1;
            json!({"format": "backprep-export", "version": 2, "exported_at": 1.0, "data": doc}).to_string()
        } else {
            f.stored += 1;
            doc.to_string()
        };

        // The paths the app takes.
        let imported = parse_import(text.len(), &text);
        // An export holds the same document under "data"; read it the way loading does.
        let (loaded, problem) = if as_export { UserData::load(Some(&doc.to_string())) } else { UserData::load(Some(&text)) };
        if as_export {
            match &imported {
                Ok(d) => assert_eq!(parse_import(0, &export(d, 2.0)), Ok(d.clone()), "export → import round trip"),
                Err(e) => assert!(e.message().ends_with("Nothing was changed."), "{}", e.message()),
            }
        } else {
            // Whatever loads is valid, canonical, and reloads identically.
            assert_eq!(sanitize(loaded.clone()), (loaded.clone(), vec![]), "kept data passes the validator (#{n})");
            assert_eq!(UserData::load(Some(&loaded.to_json())), (loaded.clone(), None), "load(save(x)) == x (#{n})");
        }

        // Accounting, record by record, on the same path `load` takes.
        // As text, too deep a nesting is refused by the JSON parser (recursion limit): whole.
        let parsed = serde_json::from_str::<Value>(&doc.to_string()).map_err(|_| ());
        let migrated = match parsed.and_then(|v| migrate::to_current(v).map(|(v, _)| v).map_err(|_| ())) {
            Ok(v) => v,
            Err(()) => {
                f.refused_whole += 1;
                assert_eq!(loaded, UserData::default());
                continue;
            }
        };
        let (data, rejected) = validate::salvage(&migrated);
        assert_eq!(data, loaded);
        assert_eq!(problem.is_some(), !rejected.is_empty(), "a problem is reported exactly when a record was left out");
        if as_export {
            // The export wraps the document one level deeper: a document nested right at the
            // parser's recursion limit loads, but its export is refused whole, with its reason.
            let too_deep = matches!(&imported, Err(ImportError::NotJson(e)) if e.contains("recursion limit"));
            if !too_deep {
                assert_eq!(imported.is_ok(), rejected.is_empty(), "an import is accepted only when every record is valid: {imported:?} {rejected:?}");
            }
            if let Ok(d) = &imported {
                assert_eq!(d, &data);
            }
        }
        for (name, section, kept) in [
            ("attempts", Section::Attempts, data.attempts.len()),
            ("cards", Section::Cards, data.cards.len()),
            ("drafts", Section::Drafts, data.drafts.len()),
        ] {
            let n_in = count_in(&migrated, name);
            let n_bad = rejected.iter().filter(|x| x.section == section).count();
            assert_eq!(n_in, kept + n_bad, "{name}: in = kept + reported (#{n}: {targets:?}; {rejected:?})");
            f.records_in += n_in;
            f.kept += kept;
            f.rejected += n_bad;
        }

        // Records the mutation did not touch are kept unchanged.
        let touched_section = |s: &'static str| targets.iter().any(|t| *t == Target::Section("all") || *t == Target::Section(s));
        if !touched_section("attempts") {
            let mutated_ids: Vec<Option<&str>> = targets
                .iter()
                .filter_map(|t| if let Target::Attempt(i) = t { Some(*i) } else { None })
                .flat_map(|i| {
                    let arr = migrated["attempts"].as_array().map(Vec::as_slice).unwrap_or_default();
                    // The touched element and any copy appended after the originals.
                    std::iter::once(arr.get(i)).chain(arr.iter().skip(original.attempts.len()).map(Some))
                })
                .map(|v| v.and_then(|v| v.get("id")).and_then(Value::as_str))
                .collect();
            for (j, a) in original.attempts.iter().enumerate() {
                let touched = targets.contains(&Target::Attempt(j)) || mutated_ids.contains(&Some(a.id.as_str()));
                if !touched {
                    assert_eq!(loaded.attempt(&a.id), Some(a), "untouched attempt `{}` kept (#{n}: {targets:?})", a.id);
                }
            }
        }
        for (name, keys) in [("cards", original.cards.keys().cloned().collect::<Vec<_>>()), ("drafts", original.drafts.keys().cloned().collect())] {
            if touched_section(name) {
                continue;
            }
            for k in keys {
                if targets.contains(&Target::Entry(if name == "cards" { "cards" } else { "drafts" }, k.clone())) {
                    continue;
                }
                let kept = if name == "cards" { loaded.cards.get(&k).map(|c| json!(c)) } else { loaded.drafts.get(&k).map(|d| json!(d)) };
                let was = if name == "cards" { json!(original.cards[&k]) } else { json!(original.drafts[&k]) };
                assert_eq!(kept, Some(was), "untouched {name} `{k}` kept (#{n})");
            }
        }
        if !touched_section("settings") {
            assert_eq!(loaded.settings, original.settings);
        }
    }
    let secs = start.elapsed().as_secs_f64();
    println!(
        "store fuzz (seed {SEED:#x}): {} mutations over {} documents ({} stored, {} exports); {} refused whole; records: {} in, {} kept, {} rejected and reported; 0 panics; {secs:.1} s",
        f.mutations, f.stored + f.exports, f.stored, f.exports, f.refused_whole, f.records_in, f.kept, f.rejected
    );
    assert!(f.mutations >= 10_000);
    assert!(f.rejected > 1_000 && f.kept > 10_000, "the mutations reach both outcomes");
}

#[test]
fn merge_is_symmetric_idempotent_and_keeps_data_valid() {
    let mut r = Rng::new(SEED ^ 1);
    let mut differing = 0;
    for n in 0..PAIRS {
        let a = gen_doc(&mut r);
        let b = if r.below(4) == 0 { a.clone() } else { gen_doc(&mut r) };
        let ab = merge(a.clone(), b.clone());
        assert_eq!(ab, merge(b.clone(), a.clone()), "merge(a, b) == merge(b, a) (#{n})");
        assert_eq!(merge(a.clone(), a.clone()), a, "merge(a, a) == a (#{n})");
        assert_eq!(merge(ab.clone(), a.clone()), ab, "merging again changes nothing (#{n})");
        assert_eq!(sanitize(ab.clone()), (ab.clone(), vec![]), "the merge is valid (#{n})");
        if a.replaced_at == b.replaced_at {
            assert_eq!(merge_import(a.clone(), b.clone()), merge_import(b.clone(), a.clone()));
        }
        differing += usize::from(a != b);
    }
    println!("merge: {PAIRS} pairs ({differing} differing) symmetric, idempotent, valid");
}

#[test]
fn apply_keeps_every_record_loadable() {
    let mut r = Rng::new(SEED ^ 2);
    let mut refused = 0;
    let mut actions = 0;
    for _ in 0..300 {
        let mut d = gen_doc(&mut r);
        for _ in 0..12 {
            let at = *pick(&mut r, &[10_000.0, 2e12, f64::NAN, 1e300, -5.0]);
            let slug = pick(&mut r, &["hash-map", "", "lru", &"s".repeat(300)]).to_string();
            let action = match r.below(10) {
                8 => {
                    let k = pick(&mut r, &["design:chat:api-1", "exercise:lru", "nonsense", "sql:"]).to_string();
                    let rating = Rating::from_u8(1 + r.below(4) as u8).unwrap_or(Rating::Good);
                    let reviews = review_all(&Fsrs::default(), &d.cards, &[(k, rating, None)], *pick(&mut r, &[20_000, 90_000_000]), at.clamp(0.0, 1e18) as u64);
                    DataAction::Review { reviews }
                }
                9 => DataAction::SetReview { retention: *pick(&mut r, &[None, Some(900), Some(10)]), plan: *pick(&mut r, &[None, Some(InterviewPlan { day: 20_030, minutes: 30 }), Some(InterviewPlan { day: 20_030, minutes: 0 })]), at },
                0 => DataAction::SetTheme { theme: Some(Theme::Dark), at },
                1 => {
                    let mut a = gen_attempt(&mut r);
                    if r.below(3) == 0 {
                        a.items[0].time_ms = u64::MAX;
                    }
                    let today = *pick(&mut r, &[20_000, 20_001, 90_000_000]);
                    let reviews = quiz_reviews(&Fsrs::default(), &d.cards, &a, today);
                    DataAction::RecordAttempt { attempt: a, reviews }
                }
                2 => DataAction::SaveDraft { slug, code: "x".repeat(*pick(&mut r, &[3, 600 * 1024])), at },
                3 => DataAction::ResetDraft { slug, at },
                4 if r.below(2) == 0 => DataAction::SaveRecord { round: true, key: pick(&mut r, &["story:1", "answer:incident-a", "", "band"]).to_string(), record: serde_json::json!({ "saved_at": at, "title": "t" }) },
                4 => DataAction::RecordRun { slug, passed: r.below(8) as u32, total: r.below(8) as u32, help: r.below(6) as u8, at },
                5 => DataAction::Replace { data: gen_doc(&mut r), at },
                6 => DataAction::Merge(gen_doc(&mut r)),
                _ => DataAction::Sync(gen_doc(&mut r)),
            };
            let (next, bad) = d.clone().apply_checked(action);
            refused += usize::from(!bad.is_empty());
            actions += 1;
            assert_eq!(UserData::load(Some(&next.to_json())), (next.clone(), None), "state == what the next load reads");
            d = next;
        }
    }
    println!("apply: {actions} actions ({refused} refused with a reason), state always reloads unchanged");
}
