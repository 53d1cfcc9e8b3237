//! Work for the loader's compile worker, which compiles a module off the main thread before the
//! page uses it (`scripts/loader.js`). Browsers compile a WebAssembly function on its first call,
//! on the thread that makes it, and the compiled code belongs to the module: a module compiled in
//! a worker and posted to the page keeps what the worker's own instance of it compiled. So the
//! worker runs, on the sample below, the pure code the page runs first (parsing the content index
//! and question banks, dealing a quiz), and the page's first run of it on the main thread is no
//! longer also a compile (measured in BENCHMARKS.md, "Issue 10, eighth pass").

use crate::content::{sort_topics, Catalog, Topic};
use crate::quiz::engine::{build_items, QuizState};
use crate::quiz::QuizSettings;
use crate::route::Route;

/// A question bank in the shipped format (`content/topic-*.json`) with a question of every
/// answer kind, each with every field a bank may hold.
pub const SAMPLE_BANK: &str = r#"{"id":"sample","order":1,"title":"Sample","summary":"A bank of every answer kind.","questions":[
{"id":"sample-single","topic":"sample","difficulty":1,"tags":["a","b"],"prompt_html":"<p>One &amp; only?</p>\n","explanation_html":"<p>Because \u00e9 \"quoted\".</p>\n","reference":"A book, \u00a71","answer":{"kind":"single","options":[{"html":"<code>a</code>","correct":true,"why_html":"It is."},{"html":"b","correct":false,"why_html":"It is not."},{"html":"c","correct":false,"why_html":"Nor this."}]}},
{"id":"sample-multiple","topic":"sample","difficulty":2,"tags":[],"prompt_html":"<p>Which?</p>","explanation_html":"<p>Two.</p>","reference":null,"answer":{"kind":"multiple","options":[{"html":"a","correct":true,"why_html":"Yes."},{"html":"b","correct":true,"why_html":"Also."},{"html":"c","correct":false,"why_html":"No."}]}},
{"id":"sample-true-false","topic":"sample","difficulty":3,"tags":["c"],"prompt_html":"<p>True?</p>","explanation_html":"<p>Yes.</p>","answer":{"kind":"true_false","answer":true}},
{"id":"sample-numeric","topic":"sample","difficulty":2,"tags":["d"],"prompt_html":"<p>How many?</p>","explanation_html":"<p>1.5e3.</p>","reference":"RFC 1","answer":{"kind":"numeric","answer":1500.0,"tolerance":0.5,"unit":"ms","log_credit":true}}
]}"#;

/// A link that starts a timed quiz over the sample bank at once, as "share this quiz" writes one.
pub const SAMPLE_LINK: &str = "#/quiz?topics=sample&n=4&total=600&per=60&seed=7&start=1";

/// How many times a primer runs the code whose speed matters (a bank's parser) on the sample:
/// enough for the browser to optimise it, as it does for code that has run a while.
pub const HOT_RUNS: usize = 200;

/// Deals the quiz of `SAMPLE_LINK` from `bank` (the sample, parsed by the caller's own parser so
/// that its code is the one primed) as the quiz page does; `None` if it could not.
pub fn deal(bank: Topic) -> Option<QuizState> {
    let Route::Quiz { query } = Route::parse(SAMPLE_LINK) else { return None };
    let settings = QuizSettings::from_query(&query).ok()??;
    let mut topics = vec![bank];
    sort_topics(&mut topics);
    let catalog = Catalog { topics, ..Catalog::default() };
    let items = build_items(&catalog, &settings).ok()?;
    Some(QuizState::new(settings, items, 0.0))
}
