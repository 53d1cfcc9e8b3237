//! The one validator of user data. Every record that reaches the app — read from storage, from an
//! import file, from another tab, or made by an action — passes `sanitize` (or the per-record
//! checks it uses), so what the app holds is always exactly what the next load reads. A record
//! that fails is named and left out, so one bad record never costs the rest.

use super::{merge, Draft, Settings, UserData, MAX_ATTEMPTS, MAX_PLAN_MINUTES, RETENTION_RANGE, SCHEMA_VERSION};
use crate::quiz::{Attempt, Response};
use crate::srs::{Card, Kind, Review, MAX_LOG};
use serde::de::DeserializeOwned;
use serde_json::Value;
use std::collections::BTreeMap;
use std::fmt;

/// Largest draft kept (a source file, not a data dump).
pub const MAX_DRAFT_BYTES: usize = 512 * 1024;
/// Longest id, slug or topic.
pub const MAX_ID: usize = 200;
/// Day numbers beyond ±10 million (27,000 years) are nonsense.
pub const MAX_DAY: i64 = 10_000_000;
/// Longest time kept for one answer: 30 days. Longer (a laptop asleep for months) is clamped on
/// write by `clamp_attempt`, so the engine never produces a record that fails here.
pub const MAX_ANSWER_MS: u64 = 30 * 86_400_000;
/// A card reviewed more than this is forged; the cap also keeps `reviews + 1` from overflowing.
pub const MAX_REVIEWS: u32 = 1_000_000;
/// Most tests an exercise run can report.
pub const MAX_TESTS: u32 = 100_000;
/// Most options a question can show.
pub const MAX_OPTIONS: usize = 10;

/// Epoch milliseconds between 1970 and year ~33,000; excludes NaN and infinities.
pub fn valid_time(t: f64) -> bool {
    t.is_finite() && (0.0..1e15).contains(&t)
}

/// Which part of the document a rejected record came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Section {
    Settings,
    Attempts,
    Cards,
    Log,
    Drafts,
    Designs,
    Rounds,
    SavedAt,
    ReplacedAt,
}

/// One record left out, and why (shown to the user).
#[derive(Debug, Clone, PartialEq)]
pub struct Rejected {
    pub section: Section,
    pub reason: String,
}

impl fmt::Display for Rejected {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.reason)
    }
}

fn rejected(section: Section, reason: String) -> Rejected {
    Rejected { section, reason }
}

fn short(s: &str) -> String {
    s.chars().take(40).collect()
}

/// Ids, slugs and map keys: not empty, not huge.
pub fn check_key(k: &str) -> Result<(), String> {
    if k.is_empty() || k.len() > MAX_ID {
        return Err(format!("a name of {} characters", k.len()));
    }
    Ok(())
}

/// A finished quiz. Besides ranges, every saved option index must be usable to index the
/// question's options: `order` is a permutation of `0..order.len()` and chosen options are
/// distinct indices below `order.len()`.
pub fn check_attempt(a: &Attempt) -> Result<(), String> {
    check_key(&a.id).map_err(|e| format!("bad id ({e})"))?;
    if !valid_time(a.started_at) || !valid_time(a.ended_at) || a.ended_at < a.started_at {
        return Err("times out of range".into());
    }
    a.settings.validate()?;
    if a.items.is_empty() || a.items.len() > crate::quiz::settings::MAX_QUESTIONS {
        return Err("wrong number of questions".into());
    }
    for i in &a.items {
        let q = short(&i.question_id);
        if check_key(&i.question_id).is_err() || i.topic.len() > MAX_ID || i.time_ms > MAX_ANSWER_MS {
            return Err(format!("question `{q}` out of range"));
        }
        let n = i.order.len();
        if n > MAX_OPTIONS || distinct_below(&i.order, n).is_none_or(|count| count != n) {
            return Err(format!("question `{q}`: the option order is not a permutation"));
        }
        if i.confidence.is_some_and(|c| !(1..=3).contains(&c) || i.response.is_none()) {
            return Err(format!("question `{q}`: confidence out of range"));
        }
        if i.credit.is_some_and(|c| !(1..1000).contains(&c) || i.correct || !matches!(i.response, Some(Response::Number(_)))) {
            return Err(format!("question `{q}`: partial credit out of range"));
        }
        match &i.response {
            Some(Response::Choices(c)) if c.is_empty() || distinct_below(c, n).is_none() => {
                return Err(format!("question `{q}`: chosen options out of range"));
            }
            Some(Response::Number(x)) if !x.is_finite() => return Err(format!("question `{q}`: the answer is not a number")),
            Some(_) => {}
            None if i.correct => return Err(format!("question `{q}`: unanswered but marked correct")),
            None => {}
        }
    }
    Ok(())
}

/// How many indices `xs` holds when every one is below `n` (≤ `MAX_OPTIONS`) and none repeats;
/// `None` otherwise. A bit set, not a `BTreeSet`: this runs for every answer of every attempt.
fn distinct_below(xs: &[usize], n: usize) -> Option<usize> {
    let mut seen = 0u32;
    for &x in xs {
        if x >= n || x >= 32 || seen & (1 << x) != 0 {
            return None;
        }
        seen |= 1 << x;
    }
    Some(xs.len())
}

/// The write-side half of the `time_ms` rule: an answer that took longer than `MAX_ANSWER_MS`
/// (the tab slept) is saved as `MAX_ANSWER_MS` instead of becoming unreadable.
pub fn clamp_attempt(mut a: Attempt) -> Attempt {
    for i in &mut a.items {
        i.time_ms = i.time_ms.min(MAX_ANSWER_MS);
    }
    a
}

/// Largest stability kept, in millionths of a day (a million days).
const MAX_STABILITY: u64 = 1_000_000_000_000;

pub fn check_card(c: &Card) -> Result<(), String> {
    if !(1_000..=MAX_STABILITY).contains(&c.s) || !(1_000_000..=10_000_000).contains(&c.d) {
        return Err("memory state out of range".into());
    }
    if c.due.abs() > MAX_DAY || c.last.abs() > MAX_DAY || c.due < c.last || c.at > MAX_TIME || c.reps > MAX_REVIEWS || c.lapses > c.reps {
        return Err("schedule out of range".into());
    }
    Ok(())
}

/// Epoch milliseconds as stored in cards and the log (whole numbers, as `valid_time`).
const MAX_TIME: u64 = 1_000_000_000_000_000;

/// A card key names a kind of item and an id.
fn check_item_key(k: &str) -> Result<(), String> {
    check_key(k)?;
    Kind::of_key(k).map(|_| ()).ok_or_else(|| format!("`{}` is not an item key", short(k)))
}

pub fn check_review(r: &Review) -> Result<(), String> {
    check_item_key(&r.k)?;
    if !(1..=4).contains(&r.r) || r.c.is_some_and(|c| !(1..=3).contains(&c)) || r.at > MAX_TIME || r.day.abs() > MAX_DAY {
        return Err(format!("review of `{}` out of range", short(&r.k)));
    }
    Ok(())
}

/// New schedules with their log entries, as actions carry them.
pub fn check_reviews(reviews: &[(Card, Review)]) -> Result<(), String> {
    reviews.iter().try_for_each(|(c, r)| check_review(r).and_then(|_| check_card(c)).map_err(|e| format!("the schedule of `{}`: {e}", short(&r.k))))
}

/// A stored log entry: a `Review` in range.
pub fn check_log_entry(v: &Value) -> Result<(), String> {
    check_review(&Review::read(v)?)
}

/// The log's canonical order: by time, then content, so every copy of the same reviews is the
/// same list (entries are checked first, so every field is there).
fn log_order(x: &Value, y: &Value) -> std::cmp::Ordering {
    let key = |v: &Value| (v["at"].as_u64(), v["r"].as_u64(), v.get("c").and_then(Value::as_u64));

    key(x).cmp(&key(y)).then_with(|| log_key(x).cmp(log_key(y)))
}

fn log_key(v: &Value) -> &str {
    v["k"].as_str().unwrap_or("")
}

/// The log's canonical form: in `log_order`, no entry twice, the newest `MAX_LOG`. An insertion
/// sort, written out: the log is almost always in order already (linear then), and a library
/// sort would add its code for this one type to every module.
pub fn tidy_log(log: &mut Vec<Value>) {
    for i in 1..log.len() {
        let mut j = i;
        while j > 0 && log_order(&log[j - 1], &log[j]).is_gt() {
            log.swap(j - 1, j);
            j -= 1;
        }
    }
    log.dedup();
    if log.len() > MAX_LOG {
        let extra = log.len() - MAX_LOG;
        log.drain(..extra);
    }
}

/// Two logs in canonical form as one (a merge): a linear merge, then `tidy_log`'s dedup and cap.
pub fn merge_logs(a: Vec<Value>, b: Vec<Value>) -> Vec<Value> {
    let mut out = Vec::with_capacity(a.len() + b.len());
    let (mut a, mut b) = (a.into_iter().peekable(), b.into_iter().peekable());
    loop {
        let take_a = match (a.peek(), b.peek()) {
            (Some(x), Some(y)) => log_order(x, y).is_le(),
            (Some(_), None) => true,
            (None, Some(_)) => false,
            (None, None) => break,
        };
        out.extend(if take_a { a.next() } else { b.next() });
    }
    tidy_log(&mut out);
    out
}

pub fn check_settings(s: &Settings) -> Result<(), String> {
    if s.retention.is_some_and(|r| !(RETENTION_RANGE.0..=RETENTION_RANGE.1).contains(&r)) {
        return Err("desired retention out of range".into());
    }
    if s.plan.is_some_and(|p| p.day.abs() > MAX_DAY || p.minutes == 0 || p.minutes > MAX_PLAN_MINUTES) {
        return Err("interview plan out of range".into());
    }
    Ok(())
}

pub fn check_draft(d: &Draft) -> Result<(), String> {
    if d.code.len() > MAX_DRAFT_BYTES {
        return Err(format!("code larger than {} KB", MAX_DRAFT_BYTES / 1024));
    }
    let bad_last = d.last.is_some_and(|l| l.passed > l.total || l.total > MAX_TESTS || l.help > super::MAX_HELP || !valid_time(l.at));
    if !valid_time(d.saved_at) || d.best.is_some_and(|(p, t)| p > t || t > MAX_TESTS) || bad_last {
        return Err("values out of range".into());
    }
    Ok(())
}

/// How attempts are sorted. Every sort of attempts passes a value of this one type, so every
/// module carries one copy of the sort's code, not one per comparison.
pub type AttemptCmp = fn(&Attempt, &Attempt) -> std::cmp::Ordering;

/// Canonical attempt order: by start, then id (ids are unique), so every copy of the same set
/// of attempts is the same list.
pub const ATTEMPT_ORDER: AttemptCmp = |x, y| x.started_at.total_cmp(&y.started_at).then_with(|| x.id.cmp(&y.id));

/// By id alone (to find records with the same id).
const BY_ID: AttemptCmp = |x, y| x.id.cmp(&y.id);

/// Checks every record and brings the document to canonical form (schema version, attempts
/// unique by id, sorted, at most `MAX_ATTEMPTS`). Returns what is kept and every record left out.
/// Applying it to its own output changes nothing and rejects nothing.
pub fn sanitize(d: UserData) -> (UserData, Vec<Rejected>) {
    let mut bad = Vec::new();
    let saved_at = if valid_time(d.saved_at) {
        d.saved_at
    } else {
        bad.push(rejected(Section::SavedAt, "saved_at: out of range".into()));
        0.0
    };
    let replaced_at = if valid_time(d.replaced_at) {
        d.replaced_at
    } else {
        bad.push(rejected(Section::ReplacedAt, "replaced_at: out of range".into()));
        0.0
    };
    // Attempts: valid ones, one per id (the one a merge would keep), in canonical order.
    let mut valid = Vec::with_capacity(d.attempts.len());
    for a in d.attempts {
        match check_attempt(&a) {
            Ok(()) => valid.push(a),
            Err(e) => bad.push(rejected(Section::Attempts, format!("attempt `{}`: {e}", short(&a.id)))),
        }
    }
    valid.sort_by(BY_ID);
    let mut attempts: Vec<Attempt> = Vec::with_capacity(valid.len());
    for a in valid {
        match attempts.last_mut() {
            Some(last) if last.id == a.id => {
                bad.push(rejected(Section::Attempts, format!("attempt `{}`: a second record with the same id", short(&a.id))));
                if merge::attempt_wins(&a, last) {
                    *last = a;
                }
            }
            _ => attempts.push(a),
        }
    }
    attempts.sort_by(ATTEMPT_ORDER);
    if attempts.len() > MAX_ATTEMPTS {
        let extra = attempts.len() - MAX_ATTEMPTS;
        for a in attempts.drain(..extra) {
            bad.push(rejected(Section::Attempts, format!("attempt `{}`: older than the {MAX_ATTEMPTS} most recent", short(&a.id))));
        }
    }
    let settings = match check_settings(&d.settings) {
        Ok(()) => d.settings,
        Err(e) => {
            bad.push(rejected(Section::Settings, format!("settings: {e}")));
            Settings { theme: d.settings.theme, ..Settings::default() }
        }
    };
    let mut cards = BTreeMap::new();
    for (k, c) in d.cards {
        match check_item_key(&k).and_then(|_| check_card(&c)) {
            Ok(()) => {
                cards.insert(k, c);
            }
            Err(e) => bad.push(rejected(Section::Cards, format!("cards `{}`: {e}", short(&k)))),
        }
    }
    let mut drafts = BTreeMap::new();
    for (k, x) in d.drafts {
        match check_key(&k).and_then(|_| check_draft(&x)) {
            Ok(()) => {
                drafts.insert(k, x);
            }
            Err(e) => bad.push(rejected(Section::Drafts, format!("drafts `{}`: {e}", short(&k)))),
        }
    }
    let designs = check_records(d.designs, Section::Designs, &mut bad);
    let rounds = check_records(d.rounds, Section::Rounds, &mut bad);
    let mut log = Vec::with_capacity(d.log.len());
    for (i, r) in d.log.into_iter().enumerate() {
        match check_log_entry(&r) {
            Ok(()) => log.push(r),
            Err(e) => bad.push(rejected(Section::Log, format!("log entry #{}: {e}", i + 1))),
        }
    }
    tidy_log(&mut log);
    let data = UserData { version: SCHEMA_VERSION, settings, attempts, cards, log, drafts, designs, rounds, saved_at, replaced_at };
    (data, bad)
}

fn read<T: DeserializeOwned>(v: &Value) -> Result<T, String> {
    serde_json::from_value(v.clone()).map_err(|e| e.to_string())
}

/// Reads a migrated document record by record: what does not even have the right shape is
/// reported here, the rest goes through `sanitize`. Returns the data and every record left out.
pub fn salvage(v: &Value) -> (UserData, Vec<Rejected>) {
    let mut bad = Vec::new();
    let mut data = UserData::default();
    match v.get("settings") {
        None => {}
        Some(s) => match read::<Settings>(s) {
            Ok(s) => data.settings = s,
            Err(e) => bad.push(rejected(Section::Settings, format!("settings: {e}"))),
        },
    }
    match v.get("attempts") {
        None => {}
        Some(Value::Array(items)) => {
            for (i, item) in items.iter().enumerate() {
                match read::<Attempt>(item) {
                    Ok(a) => data.attempts.push(a),
                    Err(e) => bad.push(rejected(Section::Attempts, format!("attempt #{}: {e}", i + 1))),
                }
            }
        }
        Some(_) => bad.push(rejected(Section::Attempts, "attempts: not a list".into())),
    }
    match v.get("log") {
        None => {}
        Some(Value::Array(items)) => data.log = items.clone(),
        Some(_) => bad.push(rejected(Section::Log, "log: not a list".into())),
    }
    let mut map_section = |name: &str, section: Section, f: &mut dyn FnMut(&String, &Value) -> Result<(), String>| match v.get(name) {
        None => {}
        Some(Value::Object(m)) => {
            for (k, item) in m {
                if let Err(e) = f(k, item) {
                    bad.push(rejected(section, format!("{name} `{}`: {e}", short(k))));
                }
            }
        }
        Some(_) => bad.push(rejected(section, format!("{name}: not a map"))),
    };
    let mut cards = BTreeMap::new();
    map_section("cards", Section::Cards, &mut |k, item| read::<Card>(item).map(|c| {
        cards.insert(k.clone(), c);
    }));
    let mut drafts = BTreeMap::new();
    map_section("drafts", Section::Drafts, &mut |k, item| read::<Draft>(item).map(|d| {
        drafts.insert(k.clone(), d);
    }));
    for (name, section, out) in [("designs", Section::Designs, &mut data.designs), ("rounds", Section::Rounds, &mut data.rounds)] {
        map_section(name, section, &mut |k, item| {
            out.insert(k.clone(), item.clone());
            Ok(())
        });
    }
    data.cards = cards;
    data.drafts = drafts;
    match v.get("saved_at").map(Value::as_f64) {
        None => {}
        Some(Some(t)) => data.saved_at = t,
        Some(None) => bad.push(rejected(Section::SavedAt, "saved_at: not a number".into())),
    }
    match v.get("replaced_at").map(Value::as_f64) {
        None => {}
        Some(Some(t)) => data.replaced_at = t,
        Some(None) => bad.push(rejected(Section::ReplacedAt, "replaced_at: not a number".into())),
    }
    let (data, more) = sanitize(data);
    bad.extend(more);
    (data, bad)
}

/// The JSON records of `designs` or `rounds` that pass `design::record::check_stored` (the others
/// are described in `bad`).
fn check_records(records: serde_json::Map<String, Value>, section: Section, bad: &mut Vec<Rejected>) -> serde_json::Map<String, Value> {
    let name = if section == Section::Rounds { "rounds" } else { "designs" };
    let mut out = serde_json::Map::new();
    for (k, x) in records {
        match check_key(&k).and_then(|_| crate::design::record::check_stored(&x)) {
            Ok(()) => {
                out.insert(k, x);
            }
            Err(e) => bad.push(rejected(section, format!("{name} `{}`: {e}", short(&k)))),
        }
    }
    out
}
