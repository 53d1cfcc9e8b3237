//! The exercise page in headless Chromium (wasm-bindgen-test): `ExerciseAttempt` mounted inside
//! the app's provider with a real exercise from the catalog. The test server serves neither the
//! editor bundle nor the content files, so the plain text box stays: the fallback is what is typed
//! into here. Drafts must reach localStorage when the page is left, before the autosave delay.
#![cfg(target_arch = "wasm32")]

use backprep::adapters::storage;
use backprep::pages::exercise::ExerciseAttempt;
use backprep::state::AppProvider;
use backprep_core::content::{Catalog, ExerciseInfo};
use backprep_core::exercise::attempt::SAVE_DELAY_MS;
use backprep_core::store::{UserData, STORAGE_KEY};
use std::rc::Rc;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;

mod dom;
use dom::{find, tick};
use web_sys::{Element, HtmlElement, HtmlTextAreaElement};
use yew::prelude::*;

wasm_bindgen_test_configure!(run_in_browser);

fn exercise(slug: &str) -> Rc<ExerciseInfo> {
    let catalog = Catalog::from_json(include_str!(concat!(env!("OUT_DIR"), "/catalog.json"))).expect("catalog");
    Rc::new(catalog.exercise(slug).expect("exercise in catalog").clone())
}

#[derive(Properties, PartialEq)]
struct Props {
    exercise: Rc<ExerciseInfo>,
}

#[function_component(Harness)]
fn harness(props: &Props) -> Html {
    html! { <AppProvider><ExerciseAttempt exercise={props.exercise.clone()} /></AppProvider> }
}

fn document() -> web_sys::Document {
    web_sys::window().and_then(|w| w.document()).expect("a document")
}

/// Waits (by ticks) until the text of `root` contains `text`.
async fn find_text(root: &Element, text: &str) {
    for _ in 0..400 {
        if root.text_content().unwrap_or_default().contains(text) {
            return;
        }
        tick().await;
    }
    panic!("`{text}` never appeared; page was:\n{}", root.inner_html());
}

fn button(root: &Element, label: &str) -> Option<HtmlElement> {
    let all = root.query_selector_all("button").expect("query");
    (0..all.length())
        .filter_map(|i| all.item(i).and_then(|n| n.dyn_into::<HtmlElement>().ok()))
        .find(|b| b.text_content().unwrap_or_default().trim() == label)
}

/// Fires a DOM event built by JavaScript (`new Event(...)`, `new KeyboardEvent(...)`).
fn fire(target: &impl AsRef<wasm_bindgen::JsValue>, constructor_call: &str) {
    let f = js_sys::Function::new_with_args("t", &format!("t.dispatchEvent({constructor_call})"));
    f.call1(&wasm_bindgen::JsValue::NULL, target.as_ref()).expect("dispatch");
}

/// Types `text` as the whole content of the plain text box.
fn type_in(textarea: &HtmlTextAreaElement, text: &str) {
    textarea.set_value(text);
    fire(textarea, "new Event('input', { bubbles: true })");
}

fn stored_draft(slug: &str) -> Option<String> {
    let raw = storage::get(STORAGE_KEY).expect("storage readable");
    let (data, _) = UserData::load(raw.as_deref());
    data.drafts.get(slug).map(|d| d.code.clone())
}

/// The page as it opens: the plain text box, the editor not asked for yet.
async fn mount_asleep(slug: &str) -> (Element, AppHandle<Harness>) {
    let _ = storage::remove(STORAGE_KEY);
    let root = document().create_element("div").expect("div");
    document().body().expect("body").append_child(&root).expect("append");
    let handle = yew::Renderer::<Harness>::with_root_and_props(root.clone(), Props { exercise: exercise(slug) }).render();
    find(&root, "[data-testid=code-textarea]").await;
    (root, handle)
}

/// The page with its editor asked for (the pointer over the box). Effects run after the render
/// (the scheduler may yield in between): the editor's load, which reports that the bundle did not
/// load, follows a render after the wake, so the first render's listeners are in place by then.
async fn mount(slug: &str) -> (Element, AppHandle<Harness>) {
    let (root, handle) = mount_asleep(slug).await;
    fire(&textarea(&root).await, "new PointerEvent('pointerover', { bubbles: true })");
    find_text(&root, "You can still type in the plain text box.").await;
    (root, handle)
}

async fn textarea(root: &Element) -> HtmlTextAreaElement {
    find(root, "[data-testid=code-textarea]").await.dyn_into().expect("a textarea")
}

fn done(root: Element, handle: AppHandle<Harness>) {
    handle.destroy();
    root.remove();
    let _ = storage::remove(STORAGE_KEY);
}

#[wasm_bindgen_test]
async fn the_plain_text_box_shows_the_starter_and_stays_when_the_editor_cannot_load() {
    let (root, handle) = mount_asleep("binary-search").await;
    let ta = textarea(&root).await;
    assert_eq!(ta.value(), exercise("binary-search").starter);
    // Nothing of the editor is asked for until the box is reached for: as long as `find_text`
    // would wait for the load's failure, none is reported.
    for _ in 0..400 {
        assert!(!root.text_content().unwrap_or_default().contains("the editor did not load"), "no load attempted yet");
        tick().await;
    }
    fire(&ta, "new PointerEvent('pointerover', { bubbles: true })");
    find_text(&root, "You can still type in the plain text box.").await;
    assert!(root.query_selector("[data-testid=code-textarea]").ok().flatten().is_some(), "the box stays");
    done(root, handle);
}

#[wasm_bindgen_test]
async fn pagehide_writes_the_last_edit_at_once() {
    let (root, handle) = mount("binary-search").await;
    let ta = textarea(&root).await;
    type_in(&ta, "function search() { return 'typed just before leaving'; }");
    assert_eq!(stored_draft("binary-search"), None, "nothing written yet: the autosave waits for a pause");
    // No render may follow a pagehide: the draft must be in storage when the event returns.
    fire(&web_sys::window().expect("window"), "new Event('pagehide')");
    assert_eq!(stored_draft("binary-search").as_deref(), Some("function search() { return 'typed just before leaving'; }"));
    done(root, handle);
}

#[wasm_bindgen_test]
async fn leaving_by_a_hash_change_writes_the_last_edit_before_the_autosave_delay() {
    let (root, handle) = mount("binary-search").await;
    let ta = textarea(&root).await;
    let typed_at = js_sys::Date::now();
    type_in(&ta, "// left by a link");
    web_sys::window().expect("window").location().set_hash("#/").expect("hash");
    for _ in 0..400 {
        if stored_draft("binary-search").is_some() {
            break;
        }
        tick().await;
    }
    assert_eq!(stored_draft("binary-search").as_deref(), Some("// left by a link"));
    let waited = js_sys::Date::now() - typed_at;
    assert!(waited < f64::from(SAVE_DELAY_MS), "written after {waited} ms: the autosave, not the flush");
    done(root, handle);
}

#[wasm_bindgen_test]
async fn hints_reset_confirmation_and_ctrl_enter_follow_the_state() {
    let (root, handle) = mount("binary-search").await;
    let ta = textarea(&root).await;

    // Hints one at a time.
    let hints = exercise("binary-search").hints_html.len();
    assert!(hints >= 2);
    button(&root, &format!("Show a hint (1 of {hints})")).expect("hint button").click();
    find(&root, ".hints li").await;
    assert!(button(&root, &format!("Show a hint (2 of {hints})")).is_some());

    // Reset asks first; Cancel keeps the code, Reset brings the starter back.
    type_in(&ta, "mine");
    button(&root, "Reset to starter").expect("reset").click();
    find(&root, "[data-testid=reset-confirm]").await;
    button(&root, "Cancel").expect("cancel").click();
    tick().await;
    assert!(root.query_selector("[data-testid=reset-confirm]").ok().flatten().is_none());
    assert_eq!(textarea(&root).await.value(), "mine");
    button(&root, "Reset to starter").expect("reset").click();
    find(&root, "[data-testid=reset-confirm]").await.dyn_into::<HtmlElement>().expect("button").click();
    tick().await;
    assert_eq!(textarea(&root).await.value(), exercise("binary-search").starter);

    // No reference solution before a run; Ctrl+Enter in the box runs the visible examples, and
    // Ctrl+Shift+Enter submits every test. (This test server has no worker script, so each test
    // reports the runner's failure: the rows still say which tests ran.)
    assert!(button(&root, "Show the reference solution").is_none());
    let ex = exercise("binary-search");
    let rows = |root: &Element| root.query_selector_all("[data-testid=test-result]").map(|l| l.length()).unwrap_or(0) as usize;
    // The spare worker may have failed before the run began: the run then ends at its 2 s limit.
    let reported = |n: u32| {
        let root = root.clone();
        async move {
            let sel = format!("[data-run='{n}'] [data-testid=run-summary]");
            for _ in 0..2000 {
                if root.query_selector(&sel).ok().flatten().is_some() {
                    return;
                }
                tick().await;
            }
            panic!("run {n} never reported");
        }
    };
    fire(&textarea(&root).await, "new KeyboardEvent('keydown', { key: 'Enter', ctrlKey: true, bubbles: true, cancelable: true })");
    reported(1).await;
    assert_eq!(rows(&root), ex.tests.iter().filter(|t| !t.hidden).count());
    fire(&textarea(&root).await, "new KeyboardEvent('keydown', { key: 'Enter', ctrlKey: true, shiftKey: true, bubbles: true, cancelable: true })");
    reported(2).await;
    let random: usize = ex.random.iter().map(|r| r.cases).sum();
    assert_eq!(rows(&root), ex.tests.len() + random + backprep_core::exercise::models::search::PROBE_SIZES.len());
    assert!(find(&root, "[data-testid=random-seed]").await.text_content().is_some_and(|s| s.parse::<u64>().is_ok()));
    assert!(button(&root, "Show the reference solution").is_some());
    done(root, handle);
}
