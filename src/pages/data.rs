//! `#/data`: export and import of all progress, and the backups kept of unreadable data. Storage
//! is reached only through the app context (the persistence service).

use crate::adapters::audio_store;
use crate::adapters::{clock, download};
use crate::state::use_app;
use backprep_core::store::transfer::{export, parse_import, MAX_IMPORT_BYTES};
use backprep_core::store::{DataAction, UserData};
use web_sys::HtmlInputElement;
use yew::prelude::*;

fn describe(d: &UserData) -> String {
    format!("{} quiz attempts, {} review schedules, {} exercise drafts", d.attempts.len(), d.cards.len(), d.drafts.len())
}

#[function_component(DataPage)]
pub fn data_page() -> Html {
    let app = use_app();
    let pending = use_state(|| None::<UserData>);
    let note = use_state(|| None::<(bool, String)>);
    let backup_list = {
        let app = app.clone();
        use_state(move || app.backups())
    };

    let on_export = {
        let (app, note) = (app.clone(), note.clone());
        Callback::from(move |_| {
            let now = clock::now_ms();
            let text = export(&app.data.data, now);
            let d = js_sys::Date::new(&now.into());
            let name = format!("backprep-progress-{}-{:02}-{:02}.json", d.get_full_year(), d.get_month() + 1, d.get_date());
            download::text_file(&name, "application/json", &text);
            // The user has a copy now: a tab that held its saves may write again.
            if let Err(e) = app.release() {
                note.set(Some((false, e)));
            }
        })
    };
    // Recordings are a file of their own, made only when asked for: the progress export never
    // carries audio.
    let on_export_audio = {
        let note = note.clone();
        Callback::from(move |_| {
            let note = note.clone();
            wasm_bindgen_futures::spawn_local(async move {
                match audio_store::export_all().await {
                    Ok(all) if all.is_empty() => note.set(Some((true, "There are no recordings to export.".into()))),
                    Ok(all) => {
                        let now = clock::now_ms();
                        let list: Vec<serde_json::Value> = all.iter().map(|(s, data)| serde_json::json!({ "key": s.key, "bytes": s.bytes, "seconds": s.seconds, "at": s.at, "mime": s.mime, "data": data })).collect();
                        let text = serde_json::json!({ "format": RECORDINGS_FORMAT, "exported_at": now, "recordings": list }).to_string();
                        let d = js_sys::Date::new(&now.into());
                        download::text_file(&format!("backprep-recordings-{}-{:02}-{:02}.json", d.get_full_year(), d.get_month() + 1, d.get_date()), "application/json", &text);
                        note.set(Some((true, format!("{} recording(s) exported.", all.len()))));
                    }
                    Err(e) => note.set(Some((false, e))),
                }
            });
        })
    };
    let on_import = {
        let (pending, note) = (pending.clone(), note.clone());
        Callback::from(move |e: Event| {
            let input: HtmlInputElement = e.target_unchecked_into();
            let Some(file) = input.files().and_then(|f| f.get(0)) else { return };
            input.set_value("");
            pending.set(None);
            let size = file.size() as usize;
            if size > MAX_RECORDINGS_BYTES {
                note.set(Some((false, backprep_core::store::transfer::ImportError::TooLarge(size).message())));
                return;
            }
            let (pending, note) = (pending.clone(), note.clone());
            wasm_bindgen_futures::spawn_local(async move {
                let text = wasm_bindgen_futures::JsFuture::from(file.text()).await.ok().and_then(|v| v.as_string());
                if let Some(t) = text.as_deref().filter(|t| t.len() > MAX_IMPORT_BYTES || t.contains(RECORDINGS_FORMAT)) {
                    return note.set(Some(import_recordings(t).await));
                }
                match text.map(|t| parse_import(size, &t)) {
                    Some(Ok(d)) => {
                        note.set(Some((true, format!("This file holds {}. Merge it with your progress, or replace your progress with it?", describe(&d)))));
                        pending.set(Some(d));
                    }
                    Some(Err(e)) => note.set(Some((false, e.message()))),
                    None => note.set(Some((false, "This file could not be read as text. Nothing was changed.".into()))),
                }
            });
        })
    };
    let apply = |replace: bool| {
        let (pending, note, data) = (pending.clone(), note.clone(), app.data.clone());
        Callback::from(move |_| {
            if let Some(d) = (*pending).clone() {
                data.dispatch(if replace { DataAction::Replace { data: d, at: clock::now_ms() } } else { DataAction::Merge(d) });
                note.set(Some((true, if replace { "Your progress was replaced by the imported file.".into() } else { "The imported progress was merged; the newer of each record was kept.".into() })));
                pending.set(None);
            }
        })
    };
    let cancel = {
        let (pending, note) = (pending.clone(), note.clone());
        Callback::from(move |_| {
            pending.set(None);
            note.set(Some((true, "Import cancelled. Nothing was changed.".into())));
        })
    };
    let stored_size = app.stored_bytes();

    html! {
        <div class="page data">
            <h1 tabindex="-1">{"Your data"}</h1>
            <p>{"Everything backprep knows about you stays in this browser: "}{describe(&app.data.data)}{format!(" ({:.1} KB).", stored_size as f64 / 1024.0)}</p>
            <section aria-labelledby="export-h">
                <h2 id="export-h">{"Export"}</h2>
                <p>{"Download one JSON file with all your progress, to keep a copy or move to another browser."}</p>
                <button type="button" class="primary" data-testid="export-progress" onclick={on_export}>{"Export my progress"}</button>
                {" "}<button type="button" data-testid="export-recordings" onclick={on_export_audio}>{"Export my recordings"}</button>
                <p class="meta">{"Recordings of your answers are left out of the progress file; they are exported as a file of their own only when you ask."}</p>
            </section>
            <section aria-labelledby="import-h">
                <h2 id="import-h">{"Import"}</h2>
                <label class="file">
                    {"Choose an export file (.json: progress at most 5 MB, or a recordings file)"}
                    <input type="file" accept=".json,application/json" data-testid="import-progress" onchange={on_import} />
                </label>
                if let Some((ok, msg)) = &*note {
                    <p class={classes!(if *ok { "meta" } else { "error" })} role={ if *ok { "status" } else { "alert" } } data-testid="import-message">{msg}</p>
                }
                if pending.is_some() {
                    <div class="actions">
                        <button type="button" class="primary" data-testid="import-merge" onclick={apply(false)}>{"Merge (keep the newer of each record)"}</button>
                        <button type="button" data-testid="import-replace" onclick={apply(true)}>{"Replace my progress"}</button>
                        <button type="button" onclick={cancel}>{"Cancel"}</button>
                    </div>
                }
            </section>
            if !backup_list.is_empty() {
                <section aria-labelledby="backup-h">
                    <h2 id="backup-h">{"Backups of unreadable data"}</h2>
                    <p>{"When saved data could not be read, backprep kept the original here instead of deleting it."}</p>
                    <ul data-testid="backup-list">
                        { for backup_list.iter().map(|b| {
                            let (key, ctx) = (b.key.clone(), app.clone());
                            let download_it = Callback::from(move |_| {
                                if let Some(v) = ctx.backup_text(&key) { download::text_file(&format!("{key}.json"), "application/json", &v); }
                            });
                            let (key, ctx, list, note) = (b.key.clone(), app.clone(), backup_list.clone(), note.clone());
                            let delete_it = Callback::from(move |_| {
                                if let Err(e) = ctx.delete_backup(&key) { note.set(Some((false, e))); }
                                list.set(ctx.backups());
                            });
                            html! {
                                <li><code>{&b.key}</code>{format!(" ({:.1} KB) ", b.bytes as f64 / 1024.0)}
                                    <button type="button" onclick={download_it}>{"Download"}</button>{" "}
                                    <button type="button" onclick={delete_it}>{"Delete"}</button>
                                </li>
                            }
                        }) }
                    </ul>
                </section>
            }
        </div>
    }
}

/// The `format` of a recordings export.
const RECORDINGS_FORMAT: &str = "backprep-recordings";
/// Largest recordings file read (about 8 hours of speech at 32 kbit/s, in base64).
const MAX_RECORDINGS_BYTES: usize = 150 * 1024 * 1024;

/// Keeps every recording of a recordings export (replacing those with the same key); the message
/// to show, and whether it went well.
async fn import_recordings(text: &str) -> (bool, String) {
    let doc: serde_json::Value = match serde_json::from_str(text) {
        Ok(v) => v,
        Err(e) => return (false, format!("This file is not valid JSON ({e}). Nothing was changed.")),
    };
    let Some(list) = doc.get("recordings").and_then(|r| r.as_array()).filter(|_| doc["format"] == RECORDINGS_FORMAT) else {
        return (false, "This is neither a backprep progress export nor a recordings export. Nothing was changed.".into());
    };
    let mut kept = 0;
    for r in list {
        let stored: Result<audio_store::Stored, _> = serde_json::from_value(r.clone());
        match (stored, r.get("data").and_then(|d| d.as_str())) {
            (Ok(s), Some(data)) if s.key.starts_with("answer:") => match audio_store::import_one(&s, data).await {
                Ok(()) => kept += 1,
                Err(e) => return (false, format!("{kept} recording(s) imported, then: {e}")),
            },
            _ => return (false, format!("{kept} recording(s) imported; the next entry is not a recording, so the rest were left out.")),
        }
    }
    (true, format!("{kept} recording(s) imported into this browser."))
}
