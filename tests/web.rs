//! Browser tests (wasm-bindgen-test in headless Chromium): the real app mounted into a fresh
//! element, acted on, and checked in the rendered DOM.
#![cfg(target_arch = "wasm32")]

use backprep::adapters::{panic, storage};
use backprep_core::store::{UserData, STORAGE_KEY};
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;

mod dom;
use dom::{find, tick};
use web_sys::{Element, HtmlElement};

wasm_bindgen_test_configure!(run_in_browser);

fn document() -> web_sys::Document {
    web_sys::window().and_then(|w| w.document()).expect("a document")
}

async fn mount_app(hash: &str) -> Element {
    let _ = web_sys::window().expect("window").location().set_hash(hash);
    let root = document().create_element("div").expect("div");
    document().body().expect("body").append_child(&root).expect("append");
    yew::Renderer::<backprep::app::App<backprep::areas::All>>::with_root(root.clone()).render();
    root
}

fn click(e: &Element) {
    e.dyn_ref::<HtmlElement>().expect("html element").click();
}

#[wasm_bindgen_test]
fn the_content_index_loads_in_the_browser() {
    let c = backprep::index();
    assert!(c.topics.len() >= 4, "topics: {}", c.topics.len());
    assert!(c.topic("time-complexity").is_some_and(|t| t.question_ids.len() >= 40));
    assert!(c.exercises.len() >= 10);
}

#[wasm_bindgen_test]
async fn home_lists_every_topic_and_exercise_and_links_to_them() {
    let _ = storage::remove(STORAGE_KEY);
    let root = mount_app("#/").await;
    find(&root, "[data-testid=home]").await;
    let topics = root.query_selector_all("[data-testid=topic-link]").expect("query");
    let c = backprep::index();
    assert_eq!(topics.length() as usize, c.topics.len());
    let exercises = root.query_selector_all("[data-testid=exercise-link]").expect("query");
    assert_eq!(exercises.length() as usize, c.exercises.len());
    let first = topics.get(0).and_then(|n| n.dyn_into::<Element>().ok()).expect("a topic link");
    assert_eq!(first.get_attribute("href"), Some(format!("#/quiz/{}", c.topics[0].id)));
    // Following the link shows that topic's setup page with the topic ticked.
    click(&first);
    let form = find(&root, ".setup-form").await;
    let checked = form.query_selector("input[type=checkbox]:checked").expect("query");
    assert!(checked.is_some(), "the topic is preselected");
    root.remove();
}

#[wasm_bindgen_test]
async fn theme_toggle_switches_and_is_remembered() {
    let _ = storage::remove(STORAGE_KEY);
    let root = mount_app("#/").await;
    let html = document().document_element().expect("html");
    let toggle = find(&root, "[data-testid=theme-toggle]").await;
    let before = html.get_attribute("data-theme");
    click(&toggle);
    let mut after = None;
    for _ in 0..200 {
        after = html.get_attribute("data-theme");
        if after.is_some() && after != before {
            break;
        }
        tick().await;
    }
    let after = after.expect("a theme is set");
    assert!(after == "light" || after == "dark");
    let saved = storage::get(STORAGE_KEY).expect("storage").expect("saved");
    let (data, problem) = UserData::load(Some(&saved));
    assert_eq!(problem, None);
    assert_eq!(data.settings.theme.map(|t| t.as_str().to_string()), Some(after));
    root.remove();
}

#[wasm_bindgen_test]
async fn unknown_routes_show_not_found() {
    let root = mount_app("#/no/such/page").await;
    let nf = find(&root, "[data-testid=not-found]").await;
    assert!(nf.text_content().unwrap_or_default().contains("/no/such/page"));
    root.remove();
}

#[wasm_bindgen_test]
async fn corrupt_storage_is_kept_aside_and_reported() {
    storage::set(STORAGE_KEY, "{not json").expect("write");
    let root = mount_app("#/").await;
    let notice = find(&root, "[data-testid=storage-notice]").await;
    assert!(notice.text_content().unwrap_or_default().contains("could not be read"));
    let ls = web_sys::window().and_then(|w| w.local_storage().ok().flatten()).expect("localStorage");
    let mut backups = 0;
    for i in 0..ls.length().unwrap_or(0) {
        if let Ok(Some(k)) = ls.key(i) {
            if k.starts_with("backprep.backup.") {
                assert_eq!(ls.get_item(&k).ok().flatten().as_deref(), Some("{not json"));
                backups += 1;
                let _ = ls.remove_item(&k);
            }
        }
    }
    assert_eq!(backups, 1);
    let _ = storage::remove(STORAGE_KEY);
    root.remove();
}

#[wasm_bindgen_test]
fn panic_display_shows_the_message_and_a_reload_button() {
    let root = document().create_element("div").expect("div");
    root.set_inner_html("<p>the app</p>");
    document().body().expect("body").append_child(&root).expect("append");
    panic::show_in(&root, "index out of bounds: the len is 3 but the index is 7");
    assert!(!root.inner_html().contains("the app"), "the dead page is replaced");
    let el = document().get_element_by_id(panic::PANIC_ELEMENT_ID).expect("panic panel");
    assert_eq!(el.get_attribute("role").as_deref(), Some("alert"));
    assert!(el.text_content().unwrap_or_default().contains("the index is 7"));
    let button = el.query_selector("button").expect("query").expect("reload button");
    assert_eq!(button.get_attribute("onclick").as_deref(), Some("location.reload()"));
    root.remove();
}

#[wasm_bindgen_test]
async fn the_behavioural_round_lists_every_prompt_and_keeps_the_band_setting() {
    let _ = storage::remove(STORAGE_KEY);
    let root = mount_app("#/behavioural").await;
    find(&root, "[data-testid=prompt-link]").await;
    let bank = backprep::behavioural_bank();
    assert!(bank.prompts.len() >= 48);
    let links = root.query_selector_all("[data-testid=prompt-link]").expect("query");
    assert_eq!(links.length() as usize, bank.prompts.len());
    // Every competency has a heading and at least four prompts.
    for (id, _) in backprep_core::behavioural::spec::COMPETENCIES {
        assert!(root.query_selector(&format!("#c-{id}")).expect("query").is_some(), "{id}");
        assert!(bank.by_competency(id).len() >= 4, "{id}");
    }
    // The band: 90–150 s, saved in the user's data.
    let set = |sel: &str, v: &str| {
        let input = root.query_selector(sel).ok().flatten().and_then(|e| e.dyn_into::<web_sys::HtmlInputElement>().ok()).expect("an input");
        input.set_value(v);
    };
    set("[data-testid=band-min]", "90");
    set("[data-testid=band-max]", "150");
    click(&find(&root, "[data-testid=band-save]").await);
    let want = backprep_core::behavioural::star::Band::clamp(90, 150);
    let mut saved = None;
    for _ in 0..200 {
        let (d, _) = UserData::load(storage::get(STORAGE_KEY).ok().flatten().as_deref());
        saved = Some(backprep_core::behavioural::answer::band(&d.rounds));
        if saved == Some(want) {
            break;
        }
        tick().await;
    }
    assert_eq!(saved, Some(want));
    root.remove();
}

#[wasm_bindgen_test]
async fn the_home_app_takes_the_place_of_its_static_copy_only_once_it_is_whole() {
    let _ = storage::remove(STORAGE_KEY);
    let _ = web_sys::window().expect("window").location().set_hash("#/");
    let body = document().body().expect("body");
    // A stand-in for index.html's copy of the home page.
    let copy = document().create_element("div").expect("div");
    copy.set_id("prerender");
    copy.set_inner_html("<main><h1 tabindex=\"-1\">the copy</h1></main>");
    body.append_child(&copy).expect("append");
    // `mount` installs the app's panic hook, which replaces the whole body (the harness's output
    // with it): the harness's own hook is put back, so a later test's failure is reported.
    let harness_hook = std::panic::take_hook();
    backprep::areas::mount::<backprep::areas::Home>();
    std::panic::set_hook(harness_hook);
    // After the first render (its tasks queued behind this one) the copy still stands, and no
    // part of the app is in the document: no frame shows a half-built page.
    tick().await;
    assert!(document().get_element_by_id("prerender").is_some(), "the copy is still on screen");
    assert!(document().query_selector("[data-testid=home]").expect("query").is_none(), "the app is out of sight");
    // Then the whole page replaces it, every section at once, and its heading has the focus.
    let whole = document().document_element().expect("html");
    let home = find(&whole, "[data-testid=home]").await;
    assert!(document().get_element_by_id("prerender").is_none(), "the copy is gone");
    let c = backprep::index();
    let count = |s: &str| home.query_selector_all(s).expect("query").length() as usize;
    assert_eq!(count("[data-testid=topic-link]"), c.topics.len());
    assert_eq!(count("[data-testid=exercise-link]"), c.exercises.len());
    assert_eq!(count("[data-testid=sql-link]"), c.sql.len());
    assert_eq!(count("[data-testid=mock-home-link]"), 1);
    // The heading takes the focus once the frame has laid the page out (a task or two later).
    let mut focused = document().active_element().expect("an active element");
    for _ in 0..200 {
        if focused.tag_name() == "H1" {
            break;
        }
        tick().await;
        focused = document().active_element().expect("an active element");
    }
    assert_eq!(focused.tag_name(), "H1");
    assert!(home.contains(Some(&focused)), "the app's heading, not the copy's, has the focus");
    backprep::areas::unmount();
    assert!(document().query_selector(".app-root").expect("query").is_none());
}
