//! Recording a spoken answer: Record / Stop, then the recordings of this prompt to play or delete,
//! and an optional live transcript. A recording is kept in IndexedDB the moment it stops (even if
//! the page is left mid-recording) and never uploaded. Without a microphone, permission or
//! storage the component says so, and the typed answer beside it works as before.

use crate::adapters::audio_store::{self, Stored};
use crate::adapters::clock::{self, Interval};
use crate::adapters::recorder::{self, Recording};
use crate::adapters::speech::{self, Transcriber};
use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;
use wasm_bindgen_futures::spawn_local;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct Props {
    /// Recording keys start with this (e.g. "answer:<prompt id>:"); the component lists, plays and
    /// deletes the recordings under it.
    pub prefix: AttrValue,
    /// Called when recording starts (epoch ms) and stops (seconds recorded) so the page's clock
    /// follows it.
    #[prop_or_default]
    pub on_start: Callback<f64>,
    #[prop_or_default]
    pub on_stop: Callback<f64>,
    /// Called with the live transcript text as it grows (only if the user enabled it).
    #[prop_or_default]
    pub on_transcript: Callback<String>,
}

#[derive(Debug, Clone, Copy, PartialEq)]
enum Phase {
    Idle,
    Starting,
    Recording { since: f64 },
    Saving,
}

/// A recording in the list; `kept` is false for one the storage refused (it lives in this tab).
#[derive(Debug, Clone, PartialEq)]
struct Item {
    stored: Stored,
    url: Option<String>,
    kept: bool,
}

/// What the async tasks share with the component; `alive` turns false on unmount.
struct Shared {
    alive: bool,
    /// Between Record and the microphone's answer (a second click must not ask again).
    starting: bool,
    prefix: String,
    /// The recording in progress, when it started, and the prefix it will be kept under.
    recording: Option<(Recording, f64, String)>,
    transcriber: Option<Transcriber>,
    /// Object URLs of kept recordings, by key (revoked when they leave the list, and on unmount).
    urls: HashMap<String, String>,
    unsaved: Vec<Item>,
}

type SharedRef = Rc<RefCell<Shared>>;

/// `m:ss`.
fn length_text(seconds: f64) -> String {
    backprep_core::format::clock(seconds.max(0.0).round() as u64)
}

/// Lists this prefix's recordings, making object URLs for new ones and revoking those gone.
async fn refresh(shared: SharedRef, items: UseStateHandle<Vec<Item>>, problem: UseStateHandle<Option<String>>) {
    let prefix = shared.borrow().prefix.clone();
    let current = |s: &Shared| s.alive && s.prefix == prefix;
    let listed = match audio_store::list(&prefix).await {
        Ok(l) => l,
        Err(e) => {
            // Keep the message of a refused recording, which says more.
            if shared.borrow().unsaved.is_empty() {
                problem.set(Some(e));
            }
            Vec::new()
        }
    };
    let mut out = Vec::with_capacity(listed.len());
    for stored in listed {
        let known = shared.borrow().urls.get(&stored.key).cloned();
        let url = match known {
            Some(u) => Some(u),
            None => match audio_store::get_url(&stored.key).await {
                Ok(Some(u)) => {
                    let mut sh = shared.borrow_mut();
                    if !current(&sh) {
                        audio_store::revoke(&u);
                        return;
                    }
                    // Another refresh may have made one meanwhile: keep that.
                    let kept = sh.urls.entry(stored.key.clone()).or_insert_with(|| u.clone()).clone();
                    if kept != u {
                        audio_store::revoke(&u);
                    }
                    Some(kept)
                }
                _ => None,
            },
        };
        out.push(Item { stored, url, kept: true });
    }
    let mut sh = shared.borrow_mut();
    if !current(&sh) {
        return;
    }
    sh.urls.retain(|key, url| {
        let listed = out.iter().any(|i| &i.stored.key == key);
        if !listed {
            audio_store::revoke(url);
        }
        listed
    });
    out.extend(sh.unsaved.iter().cloned());
    drop(sh);
    out.sort_by(|a, b| b.stored.at.total_cmp(&a.stored.at));
    items.set(out);
}

fn blob_number(blob: &wasm_bindgen::JsValue, field: &str) -> f64 {
    js_sys::Reflect::get(blob, &field.into()).ok().and_then(|v| v.as_f64()).unwrap_or(0.0)
}

#[function_component(Recorder)]
pub fn recorder(props: &Props) -> Html {
    let shared: SharedRef = use_mut_ref(|| Shared {
        alive: true,
        starting: false,
        prefix: props.prefix.to_string(),
        recording: None,
        transcriber: None,
        urls: HashMap::new(),
        unsaved: Vec::new(),
    });
    let phase = use_state(|| Phase::Idle);
    let now = use_state(clock::now_ms);
    let items = use_state(Vec::<Item>::new);
    let problem = use_state(|| None::<String>);
    let notice = use_state(String::new);
    let transcript_on = use_state(|| false);
    let transcript_note = use_state(String::new);
    let confirming = use_state(|| None::<String>);
    let unsupported = use_memo((), |_| recorder::unsupported_reason());
    let can_transcribe = use_memo((), |_| speech::available());

    // The list follows the prefix.
    {
        let (shared, items, problem, confirming) = (shared.clone(), items.clone(), problem.clone(), confirming.clone());
        use_effect_with(props.prefix.clone(), move |prefix| {
            {
                let mut sh = shared.borrow_mut();
                if sh.prefix != prefix.as_str() {
                    sh.prefix = prefix.to_string();
                    for item in sh.unsaved.drain(..) {
                        item.url.iter().for_each(|u| audio_store::revoke(u));
                    }
                    items.set(Vec::new());
                    confirming.set(None);
                }
            }
            spawn_local(refresh(shared, items, problem));
        });
    }

    // On unmount: a recording in progress is still kept; every object URL is revoked.
    {
        let shared = shared.clone();
        use_effect_with((), move |_| {
            move || {
                let mut sh = shared.borrow_mut();
                sh.alive = false;
                sh.transcriber = None;
                if let Some((rec, since, prefix)) = sh.recording.take() {
                    spawn_local(async move {
                        if let Ok((blob, seconds)) = rec.stop().await {
                            let key = format!("{prefix}{}", since as u64);
                            if let Err(e) = audio_store::put(&key, &blob, seconds, since).await {
                                web_sys::console::warn_1(&e.into());
                            }
                        }
                    });
                }
                sh.urls.drain().for_each(|(_, u)| audio_store::revoke(&u));
                for item in sh.unsaved.drain(..) {
                    item.url.iter().for_each(|u| audio_store::revoke(u));
                }
            }
        });
    }

    // The elapsed time ticks while recording.
    {
        let now = now.clone();
        use_effect_with(*phase, move |phase| {
            let tick = matches!(phase, Phase::Recording { .. }).then(|| Interval::new(250, move || now.set(clock::now_ms())));
            move || drop(tick)
        });
    }

    let on_record = {
        let (shared, phase, problem, notice, note) = (shared.clone(), phase.clone(), problem.clone(), notice.clone(), transcript_note.clone());
        let (on_start, on_transcript, transcribe) = (props.on_start.clone(), props.on_transcript.clone(), *transcript_on);
        Callback::from(move |_: MouseEvent| {
            {
                let mut sh = shared.borrow_mut();
                if *phase != Phase::Idle || sh.starting || sh.recording.is_some() {
                    return;
                }
                sh.starting = true;
            }
            phase.set(Phase::Starting);
            problem.set(None);
            notice.set(String::new());
            note.set(String::new());
            let (shared, phase, problem, on_start, on_transcript, note) =
                (shared.clone(), phase.clone(), problem.clone(), on_start.clone(), on_transcript.clone(), note.clone());
            spawn_local(async move {
                let started = recorder::start().await;
                let mut sh = shared.borrow_mut();
                sh.starting = false;
                if !sh.alive {
                    return; // dropping the recording releases the microphone
                }
                match started {
                    Ok(rec) => {
                        let since = clock::now_ms();
                        let prefix = sh.prefix.clone();
                        sh.recording = Some((rec, since, prefix));
                        sh.transcriber = None;
                        if transcribe {
                            let shown = note.clone();
                            match Transcriber::start(move |t| on_transcript.emit(t), move |e| shown.set(e)) {
                                Ok(t) => sh.transcriber = Some(t),
                                Err(e) => note.set(e),
                            }
                        }
                        drop(sh);
                        phase.set(Phase::Recording { since });
                        on_start.emit(since);
                    }
                    Err(e) => {
                        drop(sh);
                        problem.set(Some(e));
                        phase.set(Phase::Idle);
                    }
                }
            });
        })
    };

    let on_stop_click = {
        let (shared, phase, problem, notice, items) = (shared.clone(), phase.clone(), problem.clone(), notice.clone(), items.clone());
        let on_stop = props.on_stop.clone();
        Callback::from(move |_: MouseEvent| {
            let taken = shared.borrow_mut().recording.take();
            let Some((rec, since, prefix)) = taken else { return };
            if let Some(t) = shared.borrow().transcriber.as_ref() {
                t.stop(); // kept until the next recording, so the last words still arrive
            }
            phase.set(Phase::Saving);
            let (shared, phase, problem, notice, items, on_stop) =
                (shared.clone(), phase.clone(), problem.clone(), notice.clone(), items.clone(), on_stop.clone());
            spawn_local(async move {
                match rec.stop().await {
                    Ok((blob, seconds)) => {
                        on_stop.emit(seconds);
                        let key = format!("{prefix}{}", since as u64);
                        match audio_store::put(&key, &blob, seconds, since).await {
                            Ok(()) => notice.set(format!("Recording of {} saved.", length_text(seconds))),
                            Err(e) => {
                                problem.set(Some(format!("{e} This recording stays playable until you leave the page.")));
                                let stored = Stored { key, bytes: blob_number(&blob, "size"), seconds, at: since, mime: String::new() };
                                let url = audio_store::blob_url(&blob);
                                shared.borrow_mut().unsaved.push(Item { stored, url, kept: false });
                            }
                        }
                    }
                    Err(e) => {
                        on_stop.emit((clock::now_ms() - since).max(0.0) / 1000.0);
                        problem.set(Some(e));
                    }
                }
                phase.set(Phase::Idle);
                refresh(shared, items, problem).await;
            });
        })
    };

    let on_delete_confirmed = {
        let (shared, items, problem, notice, confirming) = (shared.clone(), items.clone(), problem.clone(), notice.clone(), confirming.clone());
        move |item: Item| {
            let (shared, items, problem, notice, confirming) = (shared.clone(), items.clone(), problem.clone(), notice.clone(), confirming.clone());
            Callback::from(move |_: MouseEvent| {
                confirming.set(None);
                let (shared, items, problem, notice, item) = (shared.clone(), items.clone(), problem.clone(), notice.clone(), item.clone());
                spawn_local(async move {
                    let key = item.stored.key.clone();
                    if item.kept {
                        if let Err(e) = audio_store::delete(&key).await {
                            return problem.set(Some(e));
                        }
                    }
                    {
                        let mut sh = shared.borrow_mut();
                        sh.unsaved.retain(|i| i.stored.key != key);
                        sh.urls.remove(&key);
                    }
                    item.url.iter().for_each(|u| audio_store::revoke(u));
                    notice.set("Recording deleted.".into());
                    refresh(shared, items, problem).await;
                });
            })
        }
    };

    let status = match *phase {
        Phase::Idle => html! { {(*notice).clone()} },
        Phase::Starting => html! { {"Starting the microphone…"} },
        Phase::Recording { since } => html! {
            <>{"Recording… "}<span role="timer" aria-live="off" data-testid="record-elapsed">{length_text(((*now - since) / 1000.0).floor())}</span></>
        },
        Phase::Saving => html! { {"Saving the recording…"} },
    };
    let idle = *phase == Phase::Idle;

    let controls = match &*unsupported {
        Some(why) => html! { <p class="meta" data-testid="record-unsupported">{why}{" You can still type your answer."}</p> },
        None => html! {
            <div class="record-controls">
                if matches!(*phase, Phase::Recording { .. }) {
                    <button type="button" class="primary" data-testid="record-stop" onclick={on_stop_click}>{"Stop"}</button>
                } else {
                    <button type="button" class="primary" data-testid="record-start" disabled={!idle} onclick={on_record}>{"Record"}</button>
                }
                if *can_transcribe {
                    <label class="meta">
                        <input type="checkbox" data-testid="record-transcript" checked={*transcript_on} disabled={!idle}
                            onchange={{ let t = transcript_on.clone(); Callback::from(move |_: Event| t.set(!*t)) }} />
                        {format!(" Live transcript (uses {} over the network)", speech::service_name())}
                    </label>
                }
            </div>
        },
    };

    let list = items.iter().map(|item| {
        let when = clock::date_text(item.stored.at);
        let length = length_text(item.stored.seconds);
        let asking = confirming.as_deref() == Some(item.stored.key.as_str());
        let toggle = {
            let (confirming, key) = (confirming.clone(), item.stored.key.clone());
            Callback::from(move |_: MouseEvent| confirming.set(if asking { None } else { Some(key.clone()) }))
        };
        let cancel = { let c = confirming.clone(); Callback::from(move |_: MouseEvent| c.set(None)) };
        html! {
            <li key={item.stored.key.clone()}>
                if let Some(url) = &item.url {
                    <audio controls=true preload="metadata" data-testid="recording" src={url.clone()} aria-label={format!("Recording of {when}, {length}")} />
                } else {
                    <span class="error">{"This recording could not be read."}</span>
                }
                <span class="meta">{format!(" {length} · {when}")}{ if item.kept { "" } else { " · not saved" } }</span>
                {" "}
                <button type="button" class="quiet" data-testid="recording-delete" aria-expanded={asking.to_string()} onclick={toggle}>{"Delete"}</button>
                if asking {
                    <span role="group" aria-label="Confirm deletion">
                        {" Delete this recording for good? "}
                        <button type="button" data-testid="recording-delete-confirm" onclick={on_delete_confirmed(item.clone())}>{"Delete for good"}</button>
                        {" "}
                        <button type="button" data-testid="recording-delete-cancel" onclick={cancel}>{"Keep"}</button>
                    </span>
                }
            </li>
        }
    });

    html! {
        <section class="recorder" aria-label="Record your answer">
            {controls}
            <p class="record-status" role="status" data-testid="record-status">{status}</p>
            if let Some(e) = &*problem { <p class="error" role="alert" data-testid="record-error">{e}</p> }
            if !transcript_note.is_empty() { <p class="meta" role="status">{(*transcript_note).clone()}</p> }
            if !items.is_empty() {
                <ul class="recordings" aria-label="Your recordings" data-testid="recordings">{for list}</ul>
            }
            <p class="meta">{"Recordings stay in this browser (IndexedDB); they are never uploaded."}</p>
        </section>
    }
}
