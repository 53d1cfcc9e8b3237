//! Loads question banks and exercises from `content/<file>` (copied into dist/ by the build;
//! precached by the service worker) and keeps them in memory for the session.

use backprep_core::content::{Catalog, ExerciseInfo, Topic};
use serde::de::DeserializeOwned;
use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

thread_local! {
    static TOPICS: RefCell<HashMap<String, Rc<Topic>>> = RefCell::new(HashMap::new());
    static EXERCISES: RefCell<HashMap<String, Rc<ExerciseInfo>>> = RefCell::new(HashMap::new());
}

async fn fetch_json<T: DeserializeOwned>(file: &str) -> Result<T, String> {
    let window = web_sys::window().ok_or("no window")?;
    let url = format!("content/{file}");
    let failed = |why: String| format!("Could not load {url} ({why}). Check your connection and try again.");
    let resp = JsFuture::from(window.fetch_with_str(&url)).await.map_err(|e| failed(format!("{e:?}")))?;
    let resp: web_sys::Response = resp.dyn_into().map_err(|_| failed("not a response".into()))?;
    if !resp.ok() {
        return Err(failed(format!("HTTP {}", resp.status())));
    }
    let text = JsFuture::from(resp.text().map_err(|e| failed(format!("{e:?}")))?).await.map_err(|e| failed(format!("{e:?}")))?;
    let text = text.as_string().ok_or_else(|| failed("not text".into()))?;
    serde_json::from_str(&text).map_err(|e| failed(format!("unreadable: {e}")))
}

/// A catalog holding the given topics (in index order), loading those not yet in memory.
pub async fn topics(ids: &[String]) -> Result<Rc<Catalog>, String> {
    let index = crate::index();
    let mut catalog = Catalog::default();
    for meta in index.topics.iter().filter(|t| ids.contains(&t.id)) {
        let cached = TOPICS.with(|c| c.borrow().get(&meta.id).cloned());
        let topic = match cached {
            Some(t) => t,
            None => {
                let t: Rc<Topic> = Rc::new(fetch_json(&meta.file).await?);
                TOPICS.with(|c| c.borrow_mut().insert(meta.id.clone(), t.clone()));
                t
            }
        };
        catalog.topics.push((*topic).clone());
    }
    Ok(Rc::new(catalog))
}

pub async fn exercise(slug: &str) -> Result<Rc<ExerciseInfo>, String> {
    if let Some(e) = EXERCISES.with(|c| c.borrow().get(slug).cloned()) {
        return Ok(e);
    }
    let meta = crate::index().exercise(slug).cloned().ok_or_else(|| format!("there is no exercise `{slug}`"))?;
    let e: Rc<ExerciseInfo> = Rc::new(fetch_json(&meta.file).await?);
    EXERCISES.with(|c| c.borrow_mut().insert(slug.to_string(), e.clone()));
    Ok(e)
}
