//! Loads question banks and exercises from `content/<file>` (copied into dist/ by the build;
//! precached by the service worker) and keeps them in memory for the session.

use backprep_core::content::{Catalog, ExerciseInfo, ExerciseMeta, Topic};
use backprep_core::design::spec::DesignPrompt;
use backprep_core::sql::SqlExercise;
use serde::de::DeserializeOwned;
use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

thread_local! {
    static TOPICS: RefCell<HashMap<String, Rc<Topic>>> = RefCell::new(HashMap::new());
    static EXERCISES: RefCell<HashMap<String, Rc<ExerciseInfo>>> = RefCell::new(HashMap::new());
    static SQL: RefCell<HashMap<String, Rc<SqlExercise>>> = RefCell::new(HashMap::new());
    static DESIGN: RefCell<HashMap<String, Rc<DesignPrompt>>> = RefCell::new(HashMap::new());
}

/// A request for `content/<file>` in flight: the loader's early fetch of it (a promise of its
/// text, or of null when that fetch failed) or one of ours (a promise of the response).
enum Started {
    Early(js_sys::Promise),
    Fetch(js_sys::Promise),
}

fn start_fetch(file: &str) -> Result<Started, String> {
    let url = format!("content/{file}");
    if let Some(p) = crate::adapters::loader::take_early(&url) {
        return Ok(Started::Early(p));
    }
    Ok(Started::Fetch(web_sys::window().ok_or("no window")?.fetch_with_str(&url)))
}

fn parse<T: DeserializeOwned>(file: &str, text: &str) -> Result<T, String> {
    serde_json::from_str(text).map_err(|e| format!("Could not load content/{file} (unreadable: {e}). Check your connection and try again."))
}

async fn read_json<T: DeserializeOwned>(file: &str, started: Started) -> Result<T, String> {
    let url = format!("content/{file}");
    let failed = |why: String| format!("Could not load {url} ({why}). Check your connection and try again.");
    let started = match started {
        Started::Early(p) => match JsFuture::from(p).await.ok().and_then(|t| t.as_string()) {
            Some(text) => return parse(file, &text),
            // The early fetch failed: try once more ourselves.
            None => web_sys::window().ok_or("no window")?.fetch_with_str(&url),
        },
        Started::Fetch(p) => p,
    };
    let resp = JsFuture::from(started).await.map_err(|e| failed(format!("{e:?}")))?;
    let resp: web_sys::Response = resp.dyn_into().map_err(|_| failed("not a response".into()))?;
    if !resp.ok() {
        return Err(failed(format!("HTTP {}", resp.status())));
    }
    let text = JsFuture::from(resp.text().map_err(|e| failed(format!("{e:?}")))?).await.map_err(|e| failed(format!("{e:?}")))?;
    let text = text.as_string().ok_or_else(|| failed("not text".into()))?;
    parse(file, &text)
}

async fn fetch_json<T: DeserializeOwned>(file: &str) -> Result<T, String> {
    read_json(file, start_fetch(file)?).await
}

/// Parses the sample bank with this module's own parser and deals the sample quiz, so that the
/// code a quiz page and the home page's warm-up run first is compiled (the quiz area's part of
/// `areas::prime`). Whether the quiz was dealt.
pub fn prime() -> bool {
    // Parsed over and over, the parser's code is hot enough to be optimised (in the background)
    // by the time the warm-up parses a bank of 60 questions.
    let mut bank = None;
    for _ in 0..backprep_core::prime::HOT_RUNS {
        bank = parse::<Topic>("sample", backprep_core::prime::SAMPLE_BANK).ok();
    }
    bank.and_then(backprep_core::prime::deal).is_some()
}

/// The catalog of `ids` if every bank is already in memory or already arrived through the
/// loader, without waiting: then a quiz page's first render can show its first question.
pub fn topics_now(ids: &[String]) -> Option<Rc<Catalog>> {
    let index = crate::index();
    let wanted: Vec<_> = index.topics.iter().filter(|t| ids.contains(&t.id)).collect();
    for meta in &wanted {
        if TOPICS.with(|c| c.borrow().contains_key(&meta.id)) {
            continue;
        }
        let text = crate::adapters::loader::take_text(&format!("content/{}", meta.file))?;
        let topic: Topic = parse(&meta.file, &text).ok()?;
        TOPICS.with(|c| c.borrow_mut().insert(meta.id.clone(), Rc::new(topic)));
    }
    Some(catalog_of(&wanted))
}

fn catalog_of(wanted: &[&backprep_core::content::TopicMeta]) -> Rc<Catalog> {
    let mut catalog = Catalog::default();
    for meta in wanted {
        if let Some(t) = TOPICS.with(|c| c.borrow().get(&meta.id).cloned()) {
            catalog.topics.push((*t).clone());
        }
    }
    Rc::new(catalog)
}

/// A catalog holding the given topics (in index order), loading those not yet in memory.
pub async fn topics(ids: &[String]) -> Result<Rc<Catalog>, String> {
    load_topics(ids).await?;
    let index = crate::index();
    let wanted: Vec<_> = index.topics.iter().filter(|t| ids.contains(&t.id)).collect();
    Ok(catalog_of(&wanted))
}

/// Brings the given topics' banks into memory (those not there yet), without building a catalog
/// of them (the home page's warm-up).
pub async fn load_topics(ids: &[String]) -> Result<(), String> {
    let index = crate::index();
    // Every missing bank's request starts before the first is awaited: one round trip, not one
    // per topic.
    let mut pending = Vec::new();
    for meta in index.topics.iter().filter(|t| ids.contains(&t.id)) {
        if TOPICS.with(|c| !c.borrow().contains_key(&meta.id)) {
            pending.push((meta, start_fetch(&meta.file)?));
        }
    }
    for (meta, started) in pending {
        let t: Rc<Topic> = Rc::new(read_json(&meta.file, started).await?);
        TOPICS.with(|c| c.borrow_mut().insert(meta.id.clone(), t));
    }
    Ok(())
}

type Cache<T> = std::thread::LocalKey<RefCell<HashMap<String, Rc<T>>>>;

/// One exercise's file if it is in memory or its text already arrived through the loader,
/// without waiting.
fn cached_now<T: DeserializeOwned>(cache: &'static Cache<T>, meta: Option<&ExerciseMeta>, slug: &str) -> Option<Rc<T>> {
    if let Some(e) = cache.with(|c| c.borrow().get(slug).cloned()) {
        return Some(e);
    }
    let meta = meta?;
    let text = crate::adapters::loader::take_text(&format!("content/{}", meta.file))?;
    let e: Rc<T> = Rc::new(parse(&meta.file, &text).ok()?);
    cache.with(|c| c.borrow_mut().insert(slug.to_string(), e.clone()));
    Some(e)
}

/// One exercise's file, loaded once per session.
async fn cached<T: DeserializeOwned>(cache: &'static Cache<T>, meta: Option<ExerciseMeta>, slug: &str) -> Result<Rc<T>, String> {
    if let Some(e) = cached_now(cache, meta.as_ref(), slug) {
        return Ok(e);
    }
    let meta = meta.ok_or_else(|| format!("there is no exercise `{slug}`"))?;
    let e: Rc<T> = Rc::new(fetch_json(&meta.file).await?);
    cache.with(|c| c.borrow_mut().insert(slug.to_string(), e.clone()));
    Ok(e)
}

/// The exercise `slug` if it is in memory or its file already arrived through the loader, without
/// waiting: then the exercise page's first render is the page itself (and takes the place of its
/// static copy, see core/examples/write_content/exercise.rs, in one task).
pub fn exercise_now(slug: &str) -> Option<Rc<ExerciseInfo>> {
    cached_now(&EXERCISES, crate::index().exercise(slug), slug)
}

pub async fn exercise(slug: &str) -> Result<Rc<ExerciseInfo>, String> {
    cached(&EXERCISES, crate::index().exercise(slug).cloned(), slug).await
}

pub async fn sql_exercise(slug: &str) -> Result<Rc<SqlExercise>, String> {
    cached(&SQL, crate::index().sql_exercise(slug).cloned(), slug).await
}

pub async fn design_prompt(slug: &str) -> Result<Rc<DesignPrompt>, String> {
    cached(&DESIGN, crate::design_meta(slug), slug).await
}
