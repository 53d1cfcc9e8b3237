//! The STAR check of a behavioural answer: deterministic, explainable rules over sentences and
//! words (case-insensitive, whole words, no regex). Every finding quotes the words it rests on.
//!
//! Sentences end at `.` `!` `?` `…` and line breaks (not at `1.5` or `Node.js`). Words are runs of
//! letters, digits, apostrophes, `%`, `$ € £ ×` (so `p99`, `2x`, `40ms`, `40%`, `$3k` are words).
//! An *action* is `I` / `we` / `I've` / `we've` followed within 3 words (skipping adverbs such as
//! "then", "also", "um") by a past-tense verb: one of `VERBS` or a word ending in "-ed" (not
//! `NOT_ACTION`: "needed", "wanted", "joined"…). A sentence is *hypothetical* when it has
//! "I/we/you would", "I'd", "we'd", starts with "if" or has "if I" / "if we"; it never counts as
//! situation or task. Of several result or metric sentences, the message quotes the strongest
//! (an `OUTCOME` cue, then a `CHANGE` cue outside an action, then the rest).
//! A sentence is *past* when it has was/were/had/did, a `VERBS` word or an "-ed" word.
//! Only the first `MAX_CHARS` characters are analysed (the word count covers everything).
//!
//! | key | what counts | how to fix |
//! |---|---|---|
//! | situation | a `SITUATION` cue ("at my last job", "two years ago", "in 2023"), or a `CONTEXT` cue ("our service", "we had", "at Acme") in a past sentence, or a first sentence with was/were/had that is not an action | open with where, when, which system, what was at stake |
//! | task | a `TASK` cue ("my task", "I was asked to", "I needed to", "the goal") in a past sentence | say what you had to achieve |
//! | action | ≥ 2 actions (I or we) | tell 2–4 concrete steps, past tense |
//! | result | at or after the first action: an `OUTCOME` cue ("as a result", "since then", "went from"), or a `CHANGE` cue ("dropped", "fewer", "within") in a sentence that is not itself an action, or in an action followed within 5 words by a quantity ("we cut p99 by 40%"); or a metric sentence | end with how it turned out |
//! | metric | at or after the first action: a quantity (number + unit, %, 2x, $, spelled numbers, "from X to Y", "twice", "zero") in a result sentence or in a non-action sentence in the last third; bare numbers and years ("in 2019", "a team of 5") never count | quantify: before/after, %, time or money |
//! | ownership | ≥ 2 "I" actions and "I" ≥ 1/3 of all actions | say what YOU did: "I wrote…" |
//! | length | words at 140 wpm, rounded, within the band (default 60–90 s: 139–211 words); the report gives 150–130 wpm as the range; `check_spoken` judges the recorded seconds | cut the situation / add the result |
//! | filler | ≤ 2 per 100 words of um, uh, er(m), basically, actually, literally, "you know", "I mean", "sort of"/"kind of" (not after a/the/what…), "like" next to a comma | pause instead of filling |

use serde::Serialize;
use std::ops::Range;

/// The speaking-time band in seconds (default 60..=90; the user may set the max up to 180).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Band {
    pub min_s: u32,
    pub max_s: u32,
}

impl Default for Band {
    fn default() -> Self {
        Band { min_s: 60, max_s: 90 }
    }
}

impl Band {
    /// A valid band: 15 <= min < max <= 180.
    pub fn clamp(min_s: u32, max_s: u32) -> Band {
        let max_s = max_s.clamp(16, 180);
        Band { min_s: min_s.clamp(15, max_s - 1), max_s }
    }
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Finding {
    /// One of `KEYS`.
    pub key: &'static str,
    pub met: bool,
    /// The exact words of the answer the verdict rests on (substrings, at most 3, ≤ 80 chars).
    pub quotes: Vec<String>,
    /// What was found, in plain words, quoting the answer.
    pub message: String,
    /// How to fix it, when not met.
    pub fix: Option<String>,
}

pub const KEYS: [&str; 8] = ["situation", "task", "action", "result", "metric", "ownership", "length", "filler"];

/// How many points an answer is scored on: every key but filler (advice, not a point).
pub const SCORED: usize = KEYS.len() - 1;

/// Whether a key counts towards the score (see `SCORED`).
pub fn is_scored(key: &str) -> bool {
    key != "filler"
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct StarReport {
    pub findings: Vec<Finding>,
    pub words: u32,
    /// Speaking time at 150 wpm (or the recorded seconds).
    pub seconds_min: u32,
    /// Speaking time at 130 wpm (or the recorded seconds).
    pub seconds_max: u32,
}

impl StarReport {
    pub fn finding(&self, key: &str) -> Option<&Finding> {
        self.findings.iter().find(|f| f.key == key)
    }
    /// How many of the `SCORED` points are met.
    pub fn met_count(&self) -> usize {
        self.findings.iter().filter(|f| f.met && is_scored(f.key)).count()
    }
}

/// Characters analysed; the rest of a longer answer only counts towards its length.
pub const MAX_CHARS: usize = 20_000;

pub const SITUATION: &[&str] = &[
    "at my last", "at my previous", "at my current", "at my old", "at my first", "at a previous",
    "in my last", "in my previous", "in my current", "in my old", "in my first", "at the time",
    "back then", "back in", "last year", "last spring", "last summer", "last autumn", "last fall",
    "last winter", "last quarter", "last month", "ago", "earlier this year", "a while back",
    "when i was", "when i joined", "i joined", "i worked at", "i was working", "i was on",
    "i was the", "i was a", "i was an", "i was one", "i was part", "in #year",
];
pub const CONTEXT: &[&str] = &[
    "at #Cap", "our team", "my team", "the team", "our company", "the company", "our service",
    "the service", "our system", "the system", "our api", "the api", "our platform",
    "our database", "the database", "our backend", "our product", "our app", "our customers",
    "our partners", "we had", "we were", "there was", "there were", "was responsible", "when we",
    "when our", "the project",
];
pub const TASK: &[&str] = &[
    "my task", "the task", "our task", "my job was", "my job to", "my role was",
    "my responsibility", "responsible for", "in charge of", "asked to", "asked me to", "tasked",
    "needed to", "had to", "the goal", "our goal", "my goal", "the aim", "objective",
    "to make sure", "on me to", "fell to me", "took ownership", "took on", "volunteered",
    "expected to", "supposed to", "the challenge was", "i owned", "the ask",
];
pub const OUTCOME: &[&str] = &[
    "as a result", "result", "results", "resulted", "in the end", "ended up", "outcome",
    "since then", "ever since", "no longer", "went from", "learned", "learnt", "lesson",
    "paid off", "on time", "on schedule", "no errors", "zero downtime", "no downtime",
    "the impact", "which meant", "that meant", "thanks to",
];
pub const CHANGE: &[&str] = &[
    "reduced", "cut", "dropped", "improved", "increased", "decreased", "saved", "fixed", "shipped",
    "launched", "released", "lowered", "halved", "doubled", "tripled", "went down", "went up",
    "came down", "fell", "faster", "fewer", "less", "shorter", "stopped", "eliminated",
    "resolved", "solved", "afterwards", "after that", "by the end", "within",
];
/// Past-tense action verbs that do not end in "-ed".
pub const VERBS: &[&str] = &[
    "wrote", "rewrote", "built", "rebuilt", "ran", "set", "made", "took", "led", "found", "got",
    "went", "began", "sent", "put", "drove", "chose", "spoke", "met", "broke", "split", "caught",
    "brought", "dug", "kept", "gave", "told", "sat", "cut", "shut", "spun", "held", "read",
    "stood", "laid", "sought", "undid", "won", "fought", "spent", "tore", "threw", "hit", "let",
    "paid", "sold", "bought", "taught", "came", "saw", "drew", "oversaw", "shipped",
];
/// "-ed" words that are not actions.
pub const NOT_ACTION: &[&str] = &[
    "needed", "wanted", "used", "supposed", "tasked", "liked", "loved", "hoped", "seemed",
    "learned", "expected", "interested", "excited", "worried", "based", "joined", "worked",
    "disagreed", "owned",
];
const NOT_ED: &[&str] = &[
    "hundred", "indeed", "speed", "need", "feed", "seed", "embed", "proceed", "succeed", "exceed",
    "shed", "bed", "red",
];
const SKIP: &[&str] = &[
    "then", "also", "quickly", "first", "finally", "just", "immediately", "eventually",
    "personally", "myself", "ourselves", "actually", "basically", "really", "still", "even",
    "later", "together", "both", "all", "initially", "carefully", "manually", "simply", "already",
    "soon", "again", "literally", "um", "uh", "um,", "erm",
];
const BE_HAD: &[&str] = &["was", "were", "had", "wasn't", "weren't", "hadn't"];
const NUMBER_WORDS: &[&str] = &[
    "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
    "twelve", "fifteen", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty",
    "ninety", "hundred", "thousand", "million", "billion", "dozen",
];
/// Quantities on their own.
const QUANTITY_WORDS: &[&str] = &["twice", "halved", "doubled", "tripled", "zero"];
const UNITS: &[&str] = &[
    "%", "percent", "x", "×", "times", "k", "m", "bn", "thousand", "million", "billion", "ms",
    "millisecond", "milliseconds", "s", "sec", "secs", "second", "seconds", "min", "mins",
    "minute", "minutes", "h", "hr", "hrs", "hour", "hours", "day", "days", "week", "weeks",
    "month", "months", "year", "years", "kb", "mb", "gb", "tb", "rps", "qps", "rpm", "tps",
    "dollars", "euros", "pounds", "usd", "eur", "cents", "errors", "incidents", "tickets",
    "alerts", "pages", "complaints", "failures", "crashes", "outages", "bugs", "users",
    "customers", "requests", "queries", "calls", "messages", "jobs", "nodes", "servers",
    "instances", "pods", "deploys", "deployments", "releases", "builds", "lines", "tests",
];
const FILLERS: &[&str] = &[
    "um", "umm", "uh", "uhh", "er", "erm", "basically", "actually", "literally", "you know",
    "i mean", "sort of", "kind of", "like",
];
const DETERMINERS: &[&str] = &[
    "a", "an", "the", "this", "that", "what", "which", "any", "some", "every", "same", "one",
    "another", "all",
];

struct Tok {
    s: usize,
    e: usize,
    w: String,
}

struct Doc<'a> {
    text: &'a str,
    toks: Vec<Tok>,
    sents: Vec<Range<usize>>,
}

fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() || matches!(c, '\'' | '’' | '%' | '$' | '€' | '£' | '×')
}

/// Calls `f(start, end)` for every word and `f(usize::MAX, end)` at every sentence end.
fn scan(text: &str, mut f: impl FnMut(usize, usize)) {
    let mut it = text.char_indices().peekable();
    let (mut start, mut prev) = (None, ' ');
    while let Some((i, c)) = it.next() {
        let next = it.peek().map(|x| x.1);
        let num_sep = matches!(c, '.' | ',') && prev.is_ascii_digit() && next.is_some_and(|n| n.is_ascii_digit());
        prev = c;
        if is_word_char(c) || num_sep {
            start.get_or_insert(i);
            continue;
        }
        if let Some(s) = start.take() {
            f(s, i);
        }
        if matches!(c, '\n' | '!' | '?' | '…') || (c == '.' && !next.is_some_and(|n| n.is_alphanumeric())) {
            f(usize::MAX, i);
        }
    }
    if let Some(s) = start {
        f(s, text.len());
    }
}

fn parse(text: &str) -> Doc<'_> {
    let (mut toks, mut sents, mut from) = (Vec::new(), Vec::new(), 0);
    scan(text, |s, e| {
        if s == usize::MAX {
            if toks.len() > from {
                sents.push(from..toks.len());
            }
            from = toks.len();
            return;
        }
        let q = |c: char| c == '\'' || c == '’';
        let raw = &text[s..e];
        let t = raw.trim_start_matches(q);
        let s = s + raw.len() - t.len();
        let t = t.trim_end_matches(q);
        if t.chars().any(char::is_alphanumeric) || t.contains('%') {
            toks.push(Tok { s, e: s + t.len(), w: t.to_lowercase().replace('’', "'") });
        }
    });
    if toks.len() > from {
        sents.push(from..toks.len());
    }
    Doc { text, toks, sents }
}

/// Words as counted for length: runs of word characters that hold a letter or digit.
fn count_words(text: &str) -> u32 {
    let mut n = 0;
    scan(text, |s, e| {
        if s != usize::MAX && text[s..e].chars().any(char::is_alphanumeric) {
            n += 1;
        }
    });
    n
}

fn is_year(w: &str) -> bool {
    w.len() == 4 && w.parse::<u32>().is_ok_and(|y| (1900..2100).contains(&y))
}

fn is_number(w: &str) -> bool {
    NUMBER_WORDS.contains(&w)
        || (w.chars().any(|c| c.is_ascii_digit()) && w.chars().all(|c| c.is_ascii_digit() || c == ',' || c == '.'))
}

fn is_ed(w: &str) -> bool {
    w.len() >= 4 && w.ends_with("ed") && w.chars().all(char::is_alphabetic) && !NOT_ED.contains(&w)
}

impl Doc<'_> {
    fn w(&self, k: usize) -> &str {
        self.toks.get(k).map_or("", |t| t.w.as_str())
    }

    fn tok_is(&self, k: usize, p: &str) -> bool {
        match p {
            "#year" => is_year(self.w(k)),
            "#Cap" => self.w(k) != "i" && self.text[self.toks[k].s..].starts_with(char::is_uppercase),
            _ => self.w(k) == p,
        }
    }

    /// First token of the first cue found in sentence `r`.
    fn find(&self, r: &Range<usize>, cues: &[&str]) -> Option<usize> {
        r.clone().find(|&i| self.cue_at(i, r, cues))
    }

    /// Does a cue start at token `i` of sentence `r`?
    fn cue_at(&self, i: usize, r: &Range<usize>, cues: &[&str]) -> bool {
        cues.iter().any(|c| c.split(' ').enumerate().all(|(k, p)| i + k < r.end && self.tok_is(i + k, p)))
    }

    /// Is token `j` (I/we) followed by an action verb within 3 words?
    fn action_at(&self, j: usize, end: usize) -> bool {
        for k in j + 1..(j + 4).min(end) {
            let w = self.w(k);
            if !SKIP.contains(&w) {
                return VERBS.contains(&w) || (is_ed(w) && !NOT_ACTION.contains(&w));
            }
        }
        false
    }

    /// Is a quantity at token `j` of sentence `r`?
    fn quantity_at(&self, j: usize, r: &Range<usize>) -> bool {
        let w = self.w(j);
        let unit = |k: usize| k < r.end && UNITS.contains(&self.w(k));
        let body = w.trim_start_matches(['$', '€', '£']);
        if QUANTITY_WORDS.contains(&w) || (body.len() < w.len() && body.starts_with(|c: char| c.is_ascii_digit())) {
            return true;
        }
        if body.starts_with(|c: char| c.is_ascii_digit()) && !is_number(body) {
            let suffix = body.trim_start_matches(|c: char| c.is_ascii_digit() || c == '.' || c == ',');
            return UNITS.contains(&suffix);
        }
        if !is_number(w) {
            return false;
        }
        let mut k = j + 1;
        while k < r.end && is_number(self.w(k)) {
            k += 1;
        }
        if unit(k) || (matches!(self.w(k), "per" | "a" | "an" | "every" | "each") && unit(k + 1)) {
            return true;
        }
        // "from X to Y" with numbers that are not years
        let num = |k: usize| k < r.end && is_number(self.w(k)) && !is_year(self.w(k));
        let from = (j.saturating_sub(4)..j).rev().find(|&k| self.w(k) == "from");
        let to = (j + 1..(j + 5).min(r.end)).find(|&k| self.w(k) == "to");
        from.is_some() && !is_year(w) && to.is_some_and(|t| (t + 1..t + 4).any(num))
    }

    fn quantity(&self, r: &Range<usize>) -> Option<usize> {
        r.clone().find(|&j| self.quantity_at(j, r))
    }

    /// A quote of sentence `r` around token `focus`: ≤ 80 characters, cut at word boundaries.
    /// Returns the exact substring and its display form with “…” marks.
    fn quote(&self, r: &Range<usize>, focus: usize) -> (String, String) {
        let (ss, se) = (self.toks[r.start].s, self.toks[r.end - 1].e);
        let chars = |a: usize, b: usize| self.text[a..b].chars().count();
        let (mut a, mut b) = (ss, se);
        if chars(ss, se) > 80 {
            let back = self.toks[focus].s.saturating_sub(30);
            let first = (r.start..=focus).find(|&k| self.toks[k].s >= back).unwrap_or(focus);
            a = self.toks[first].s;
            b = (first..r.end).map(|k| self.toks[k].e).take_while(|&e| chars(a, e) <= 80).last().unwrap_or_else(|| {
                self.text[a..].char_indices().nth(80).map_or(self.text.len(), |(i, _)| a + i)
            });
        }
        let q = self.text[a..b].to_string();
        let d = format!("“{}{}{}”", if a > ss { "…" } else { "" }, q, if b < se { "…" } else { "" });
        (q, d)
    }
}

struct Sent {
    situation: Option<usize>,
    task: Option<usize>,
    /// (rank, token): 0 an `OUTCOME` cue, 1 a `CHANGE` cue outside an action, 2 inside one.
    outcome: Option<(u8, usize)>,
    quantity: Option<usize>,
    /// The rank of the sentence as a metric (as `outcome`, or 1 for the last third).
    metric: Option<u8>,
    hypothetical: Option<usize>,
}

struct Act {
    tok: usize,
    sent: usize,
    mine: bool,
}

fn finding(key: &'static str, met: bool, quotes: Vec<String>, message: String, fix: &str) -> Finding {
    Finding { key, met, quotes, message, fix: (!met).then(|| fix.to_string()) }
}

fn plural(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}

/// Checks a written answer; length is judged on its words at 140 wpm.
pub fn check(answer: &str, band: Band) -> StarReport {
    analyse(answer, band, None)
}

/// Same check on time actually spoken (a recording's length) instead of words: length judged on
/// `seconds`.
pub fn check_spoken(transcript: &str, seconds: u32, band: Band) -> StarReport {
    analyse(transcript, band, Some(seconds))
}

fn analyse(answer: &str, band: Band, spoken: Option<u32>) -> StarReport {
    let (text, capped) = match answer.char_indices().nth(MAX_CHARS) {
        Some((i, _)) => (&answer[..i], true),
        None => (answer, false),
    };
    let d = parse(text);
    let total = d.toks.len();
    let mut acts = Vec::new();
    for (si, r) in d.sents.iter().enumerate() {
        for j in r.clone() {
            let mine = match d.w(j) {
                "i" | "i've" => true,
                "we" | "we've" => false,
                _ => continue,
            };
            if d.action_at(j, r.end) {
                acts.push(Act { tok: j, sent: si, mine });
            }
        }
    }
    let first_act = acts.first().map_or(usize::MAX, |a| a.sent);
    let sents: Vec<Sent> = d
        .sents
        .iter()
        .enumerate()
        .map(|(si, r)| {
            let hyp = r.clone().find(|&k| match d.w(k) {
                "would" => k > r.start && matches!(d.w(k - 1), "i" | "we" | "you"),
                "i'd" | "we'd" => true,
                "if" => k == r.start || matches!(d.w(k + 1), "i" | "we"),
                _ => false,
            });
            let acting = acts.iter().any(|a| a.sent == si);
            let past = r.clone().any(|k| {
                let w = d.w(k);
                BE_HAD.contains(&w) || matches!(w, "did" | "didn't") || VERBS.contains(&w) || is_ed(w)
            });
            let situation = d.find(r, SITUATION).or_else(|| d.find(r, CONTEXT).filter(|_| past)).or_else(|| {
                (si == 0 && !acting).then(|| r.clone().find(|&k| BE_HAD.contains(&d.w(k)))).flatten()
            });
            let quantity = d.quantity(r);
            let outcome = d
                .find(r, OUTCOME)
                .map(|k| (0, k))
                .or_else(|| d.find(r, CHANGE).filter(|_| !acting).map(|k| (1, k)))
                .or_else(|| {
                    // inside an action, only a change with its size: "we cut p99 by 40%"
                    let sized = |k: usize| (k + 1..(k + 6).min(r.end)).any(|j| d.quantity_at(j, r));
                    r.clone().find(|&k| d.cue_at(k, r, CHANGE) && sized(k)).map(|k| (2, k))
                })
                .filter(|_| si >= first_act);
            let last_third = (r.start + r.end) * 3 >= total * 4;
            Sent {
                situation: situation.filter(|_| hyp.is_none()),
                task: d.find(r, TASK).filter(|_| past && hyp.is_none()),
                metric: outcome
                    .map(|o| o.0)
                    .or((last_third && !acting).then_some(1))
                    .filter(|_| quantity.is_some() && si >= first_act),
                outcome,
                quantity,
                hypothetical: hyp,
            }
        })
        .collect();
    let quote_of = |si: usize, k: usize| d.quote(&d.sents[si], k);
    let first = |f: &dyn Fn(&Sent) -> Option<usize>| sents.iter().enumerate().find_map(|(si, s)| f(s).map(|k| quote_of(si, k)));
    // The strongest ranked (rank, token) over the sentences, earliest first among equals.
    let best = |f: &dyn Fn(&Sent) -> Option<(u8, usize)>| {
        let hit = sents.iter().enumerate().filter_map(|(si, s)| f(s).map(|(rank, k)| (rank, si, k))).min();
        hit.map(|(_, si, k)| quote_of(si, k))
    };

    let mut findings = Vec::with_capacity(8);
    for (key, hit, found, missing, fix) in [
        ("situation", first(&|s| s.situation), "Situation found", "No situation: nothing says where or when this happened.",
            "Open with one or two sentences of context: where you worked, which system, what was at stake (“At my last job, our checkout API…”)."),
        ("task", first(&|s| s.task), "Task found", "No task: the answer never says what you had to achieve.",
            "Say what you were asked or needed to do: “My task was to…”, “I needed to…”."),
    ] {
        findings.push(match hit {
            Some((q, disp)) => finding(key, true, vec![q], format!("{found}: {disp}."), fix),
            None => finding(key, false, vec![], missing.into(), fix),
        });
    }

    // action
    let mut seen = Vec::new();
    let act_quotes: Vec<(String, String)> = acts
        .iter()
        .filter(|a| {
            let new = !seen.contains(&a.sent);
            seen.push(a.sent);
            new
        })
        .take(3)
        .map(|a| quote_of(a.sent, a.tok))
        .collect();
    let hyp = first(&|s| s.hypothetical).filter(|_| sents.iter().filter(|s| s.hypothetical.is_some()).count() >= 3);
    let listed = act_quotes.iter().map(|q| q.1.as_str()).collect::<Vec<_>>().join(", ");
    let (msg, fix) = match (acts.len(), &hyp) {
        (n, _) if n >= 2 => (format!("{} found, e.g. {listed}.", plural(n, "action", "actions")), ""),
        (0, Some((_, h))) => (format!("No actions: it says what you would do ({h}), not what you did."),
            "Tell a real story: what you did, in the past tense (“I added…”), not what you would do."),
        (0, None) => ("No actions: nothing says what you did (“I added…”, “we rolled back…”).".into(),
            "Describe 2–4 concrete steps you took, in the past tense: “I profiled…, then I added…”."),
        _ => (format!("Only one action found: {listed}."),
            "Describe 2–4 concrete steps you took, in the past tense: “I profiled…, then I added…”."),
    };
    let quotes = act_quotes.iter().map(|q| q.0.clone()).collect();
    findings.push(finding("action", acts.len() >= 2, quotes, msg, fix));

    // result and metric
    let metric = best(&|s| s.metric.zip(s.quantity));
    // the strongest of the outcome and metric sentences
    let result = best(&|s| s.outcome.into_iter().chain(s.metric.zip(s.quantity)).min());
    let fix = "End with the outcome: what changed, for whom, and what you learned.";
    findings.push(match result {
        Some((q, disp)) => finding("result", true, vec![q], format!("Result found: {disp}."), fix),
        None => finding("result", false, vec![], "No result: the answer never says how it ended.".into(), fix),
    });
    let fix = "Quantify the outcome: before and after (“from 800 ms to 120 ms”), a percentage, time or money saved.";
    findings.push(match (metric, first(&|s| s.quantity)) {
        (Some((q, disp)), _) => finding("metric", true, vec![q], format!("Metric found: {disp}."), fix),
        (None, Some((q, disp))) => finding("metric", false, vec![q],
            format!("No number in the result; the only numbers are in the context or the steps ({disp})."), fix),
        (None, None) => finding("metric", false, vec![], "No number in the result.".into(), fix),
    });

    // ownership
    let (mine, ours) = acts.iter().fold((0, 0), |(m, o), a| if a.mine { (m + 1, o) } else { (m, o + 1) });
    let pick = |m: bool| acts.iter().find(|a| a.mine == m).map(|a| quote_of(a.sent, a.tok));
    let met = mine >= 2 && mine * 3 >= acts.len();
    let counts = format!("{} vs {}", plural(mine, "“I” action", "“I” actions"), plural(ours, "“we” action", "“we” actions"));
    let (msg, q) = match (met, pick(true), pick(false)) {
        (true, Some(i), _) => (format!("{counts}: you own the story, e.g. {}.", i.1), Some(i.0)),
        (false, _, Some(w)) if mine == 0 => (format!("Only “we” actions: say what YOU did, e.g. instead of {}.", w.1), Some(w.0)),
        (false, _, Some(w)) => (format!("{counts}: say what YOU did, e.g. instead of {}.", w.1), Some(w.0)),
        _ => (format!("{counts}: not enough of what you did yourself."), None),
    };
    let fix = "Say what you did yourself: “I wrote…”, “I proposed…”; keep “we” for what the team did.";
    findings.push(finding("ownership", met, q.into_iter().collect(), msg, fix));

    // length
    let words = count_words(answer);
    let secs = |wpm: u64| ((words as u64 * 60 + wpm / 2) / wpm) as u32;
    let (lo, hi, judged, said) = match spoken {
        Some(s) => (s, s, s, format!("Spoken for {s} s ({} words)", words)),
        None => (secs(150), secs(130), secs(140), format!("About {}–{} s spoken ({} words)", secs(150), secs(130), words)),
    };
    let (b0, b1) = (band.min_s, band.max_s);
    let (where_, fix) = if judged < b0 {
        ("under", "Too short: add the missing parts, the result with a number and what you'd do differently.")
    } else if judged > b1 {
        ("over", "Too long: cut the situation to two sentences and keep the 2–4 actions that mattered.")
    } else {
        ("in", "")
    };
    let mut msg = format!("{said}: {where_} the {b0}–{b1} s band.");
    if capped {
        msg.push_str(&format!(" Only the first {MAX_CHARS} characters were analysed."));
    }
    findings.push(finding("length", where_ == "in", vec![], msg, fix));

    // filler
    let counted = d.toks.iter().filter(|t| t.w.chars().any(char::is_alphanumeric)).count();
    let mut found: Vec<(&str, usize, usize)> = Vec::new(); // filler, count, first token
    for k in 0..total {
        let before = |w: &[&str]| k > 0 && w.contains(&d.w(k - 1));
        let hit = FILLERS.iter().find(|f| {
            if !f.split(' ').enumerate().all(|(i, w)| d.w(k + i) == w) {
                return false;
            }
            match **f {
                "like" => d.text[d.toks[k].e..].starts_with(','),
                "sort of" | "kind of" => !before(DETERMINERS),
                "you know" => !before(&["do", "did", "if", "don't", "didn't"]),
                "i mean" => !before(&["what"]),
                _ => true,
            }
        });
        if let Some(f) = hit {
            match found.iter_mut().find(|x| x.0 == *f) {
                Some(x) => x.1 += 1,
                None => found.push((f, 1, k)),
            }
        }
    }
    let n: usize = found.iter().map(|x| x.1).sum();
    let met = n * 100 <= 2 * counted;
    found.sort_by(|a, b| b.1.cmp(&a.1).then(a.2.cmp(&b.2)));
    let said: Vec<String> = found
        .iter()
        .map(|&(f, _, k)| d.text[d.toks[k].s..d.toks[k + f.split(' ').count() - 1].e].to_string())
        .collect();
    let list = said.iter().zip(&found).map(|(q, x)| format!("“{q}” ×{}", x.1)).collect::<Vec<_>>().join(", ");
    let quotes: Vec<String> = said.into_iter().take(3).collect();
    let msg = match n {
        0 => "No filler words.".to_string(),
        _ => format!(
            "{} in {} ({list}): {}, at most 2 per 100.",
            plural(n, "filler word", "filler words"),
            plural(counted, "word", "words"),
            if met { "fine" } else { "too many" }
        ),
    };
    let fix = "Pause instead of filling: drop “um”, “like”, “you know”; a short silence sounds confident.";
    findings.push(finding("filler", met, quotes, msg, fix));

    StarReport { findings, words, seconds_min: lo, seconds_max: hi }
}

#[cfg(any(test, feature = "authoring"))]
#[path = "star_cases.rs"]
pub mod cases;

#[cfg(test)]
mod tests {
    use super::cases::{CASES, HELD_OUT};
    use super::*;

    fn flags(r: &StarReport) -> [bool; 8] {
        KEYS.map(|k| r.finding(k).is_some_and(|f| f.met))
    }

    #[test]
    fn labelled_answers_have_exact_findings() {
        let mut fails = Vec::new();
        for c in CASES {
            let r = check(c.text, Band::default());
            let got = flags(&r);
            for (i, k) in KEYS.iter().enumerate() {
                if got[i] != c.expect[i] {
                    let f = r.finding(k).map(|f| f.message.clone()).unwrap_or_default();
                    fails.push(format!("{} [{}] {k}: expected {}, got {} — {f}", c.name, c.category, c.expect[i], got[i]));
                }
            }
        }
        assert!(fails.is_empty(), "{} mismatches:\n{}", fails.len(), fails.join("\n"));
    }

    #[test]
    fn enough_cases_per_category() {
        assert!(CASES.len() >= 36 && HELD_OUT.len() >= 10);
        for cat in ["strong", "vague", "no-result", "no-metric", "only-we", "too-long", "too-short"] {
            assert!(CASES.iter().filter(|c| c.category == cat).count() >= 4, "{cat}");
        }
    }

    #[test]
    fn quotes_are_substrings_and_short_and_messages_quote_them() {
        for c in CASES.iter().chain(HELD_OUT) {
            let r = check(c.text, Band::default());
            assert_eq!(r.findings.iter().map(|f| f.key).collect::<Vec<_>>(), KEYS);
            for f in &r.findings {
                assert!(f.quotes.len() <= 3 && !f.message.is_empty(), "{} {}", c.name, f.key);
                assert_eq!(f.fix.is_none(), f.met, "{} {}", c.name, f.key);
                for q in &f.quotes {
                    assert!(c.text.contains(q.as_str()) && !q.is_empty(), "{} {}: {q}", c.name, f.key);
                    assert!(q.chars().count() <= 80, "{} {}: {q}", c.name, f.key);
                    assert!(f.message.contains(q.as_str()), "{} {}: {q} not in {}", c.name, f.key, f.message);
                }
                if f.met && !matches!(f.key, "length" | "filler") {
                    assert!(!f.quotes.is_empty(), "{} {}", c.name, f.key);
                }
            }
        }
    }

    #[test]
    fn deterministic() {
        for c in CASES {
            assert_eq!(check(c.text, Band::default()), check(c.text, Band::default()));
        }
    }

    #[test]
    fn length_math() {
        let words = vec!["word"; 140].join(" ");
        let r = check(&words, Band::default());
        assert_eq!((r.words, r.seconds_min, r.seconds_max), (140, 56, 65));
        assert!(r.finding("length").is_some_and(|f| f.met && f.message.contains("56–65 s")));
        let r = check(&vec!["word"; 138].join(" "), Band::default());
        assert!(!r.finding("length").is_some_and(|f| f.met));
        assert!(check(&vec!["word"; 211].join(" "), Band::default()).finding("length").is_some_and(|f| f.met));
        assert!(!check(&vec!["word"; 212].join(" "), Band::default()).finding("length").is_some_and(|f| f.met));
        let wide = Band::clamp(60, 180);
        assert!(check(&vec!["word"; 400].join(" "), wide).finding("length").is_some_and(|f| f.met));
        assert_eq!(Band::clamp(0, 999), Band { min_s: 15, max_s: 180 });
        assert_eq!(Band::clamp(200, 100), Band { min_s: 99, max_s: 100 });
        assert_eq!(Band::default(), Band { min_s: 60, max_s: 90 });
    }

    #[test]
    fn spoken_length_uses_seconds() {
        let text = CASES[0].text;
        let r = check_spoken(text, 45, Band::default());
        assert_eq!((r.seconds_min, r.seconds_max), (45, 45));
        assert!(r.finding("length").is_some_and(|f| !f.met && f.message.contains("45 s")));
        assert!(check_spoken("too few words", 75, Band::default()).finding("length").is_some_and(|f| f.met));
        assert_eq!(flags(&check_spoken(text, 75, Band::default())), flags(&check(text, Band::default())));
    }

    #[test]
    fn edge_inputs() {
        for t in ["", " ", "word", "...", "??!\n\n", "’", "日本語の回答です。", "I I I we we", "$ € %"] {
            let r = check(t, Band::default());
            assert_eq!(r.findings.len(), 8);
            assert_eq!(r.met_count(), 0, "{t}");
        }
        let r = check("", Band::default());
        assert_eq!((r.words, r.seconds_min, r.seconds_max), (0, 0, 0));
        // unicode and curly apostrophes
        let r = check("At my last job I’ve added caching. Then I rolled back the deploy. Latency dropped from 900 ms to 90 ms — 10× faster.", Band::default());
        assert!(r.finding("metric").is_some_and(|f| f.met), "{r:?}");
        assert!(r.finding("ownership").is_some_and(|f| f.met));
    }

    #[test]
    fn huge_input_is_capped_and_fast() {
        let big = CASES[0].text.repeat(1 + 1_000_000 / CASES[0].text.len());
        let t = std::time::Instant::now();
        let r = check(&big, Band::default());
        assert!(t.elapsed().as_secs() < 5);
        assert!(r.words > 150_000);
        assert!(r.finding("length").is_some_and(|f| !f.met && f.message.contains("first 20000 characters")));
        let r = check(&"é".repeat(50_000), Band::default());
        assert_eq!(r.words, 1);
    }

    #[test]
    fn years_and_team_sizes_are_not_metrics() {
        let t = "In 2019 I was on a team of 5 engineers. I had to fix the deploys. I rewrote the scripts and I added checks. It went well in the end.";
        let r = check(t, Band::default());
        assert!(r.finding("result").is_some_and(|f| f.met));
        assert!(r.finding("metric").is_some_and(|f| !f.met), "{r:?}");
    }

    #[test]
    fn filler_counts() {
        let r = check("Um, so, like, I basically, you know, fixed it. Like, um, yeah.", Band::default());
        let f = r.finding("filler").expect("filler");
        assert!(!f.met && f.message.contains("“Um” ×2") && f.message.contains("“like” ×2"), "{}", f.message);
        let r = check("What kind of database did you use? I like Postgres.", Band::default());
        assert!(r.finding("filler").is_some_and(|f| f.met && f.quotes.is_empty()));
    }
}
