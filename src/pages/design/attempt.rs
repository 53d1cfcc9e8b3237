//! One attempt at a design prompt: renders the record and dispatches `DesignAction`s (the core
//! decides what each does); notes are saved after a pause in typing and whenever the page may be
//! left, like code drafts.

use crate::adapters::clock::{self, Interval};
use crate::components::design::style::DesignStyle;
use crate::components::design::units_calc::UnitsCalc;
use crate::components::raw_html::RawHtml;
use crate::hooks::draft::use_drafts;
use crate::state::use_app;
use backprep_core::design::attempt::{apply, clock as prompt_clock, score, DesignAction};
use backprep_core::design::estimate::RULE;
use backprep_core::design::record::{DesignRecord, Stage, MAX_NOTE_BYTES};
use backprep_core::design::units::format_number;
use backprep_core::design::spec::{DesignPrompt, PHASES};
use backprep_core::exercise::attempt::DraftWrite;
use backprep_core::route::Route;
use backprep_core::srs::schedule;
use backprep_core::store::DataAction;
use std::rc::Rc;
use web_sys::{HtmlInputElement, HtmlTextAreaElement};
use yew::prelude::*;

/// The record and how many of its changes are written.
#[derive(PartialEq)]
struct Host {
    prompt: Rc<DesignPrompt>,
    record: DesignRecord,
    edits: u64,
    saved: u64,
    /// Why the stored record could not be read (it stays stored until this page saves).
    unreadable: Option<String>,
}

enum Msg {
    Act(DesignAction),
    Saved(u64),
}

impl Reducible for Host {
    type Action = Msg;
    fn reduce(self: Rc<Self>, msg: Msg) -> Rc<Self> {
        match msg {
            Msg::Act(a) => {
                let record = apply(&self.record, &self.prompt, a);
                if record == self.record {
                    return self;
                }
                Rc::new(Host { prompt: self.prompt.clone(), record, edits: self.edits + 1, saved: self.saved, unreadable: self.unreadable.clone() })
            }
            Msg::Saved(n) => Rc::new(Host { prompt: self.prompt.clone(), record: self.record.clone(), edits: self.edits, saved: self.saved.max(n), unreadable: self.unreadable.clone() }),
        }
    }
}

#[derive(Properties, PartialEq)]
pub struct Props {
    pub prompt: Rc<DesignPrompt>,
}


fn percent(x: f64) -> String {
    format!("{:.0} %", x * 100.0)
}

#[function_component(DesignAttemptPage)]
pub fn design_attempt_page(props: &Props) -> Html {
    let app = use_app();
    let host = {
        let (prompt, data) = (props.prompt.clone(), app.data.clone());
        use_reducer(move || {
            let (record, unreadable) = match data.data.designs.get(&prompt.slug).map(DesignRecord::read) {
                None => (DesignRecord::default(), None),
                Some(Ok(r)) => (r, None),
                Some(Err(e)) => (DesignRecord::default(), Some(e)),
            };
            Host { prompt, record, edits: 0, saved: 0, unreadable }
        })
    };
    let p = props.prompt.clone();
    let rec = &host.record;
    let stage = rec.stage();

    // Saving: after a pause in typing, and whenever the page may be left (see `use_drafts`).
    let unsaved = {
        let host = host.clone();
        Callback::from(move |_| {
            (host.edits > host.saved).then(|| DraftWrite { edits: host.edits, action: DataAction::SaveRecord { round: false, key: host.prompt.slug.clone(), record: host.record.to_value() } })
        })
    };
    let saved = {
        let host = host.clone();
        Callback::from(move |n| host.dispatch(Msg::Saved(n)))
    };
    use_drafts((host.edits > host.saved).then_some(host.edits), unsaved, saved);

    // The clock ticks while the learner writes.
    let now = use_state(clock::now_ms);
    let running = prompt_clock(rec, &p, *now).running;
    {
        let now = now.clone();
        use_effect_with(running, move |running| {
            let tick = running.then(|| Interval::new(1000, move || now.set(clock::now_ms())));
            move || drop(tick)
        });
    }
    let clk = prompt_clock(rec, &p, if running { clock::now_ms().max(*now) } else { *now });

    let act = {
        let host = host.clone();
        move |a: DesignAction| host.dispatch(Msg::Act(a))
    };
    let on_commit = {
        let act = act.clone();
        Callback::from(move |_| act(DesignAction::Commit { now: clock::now_ms() }))
    };
    // Keeping a result also schedules its rubric points: missed ones enter the review queue.
    let on_finish = {
        let (act, host, data) = (act.clone(), host.clone(), app.data.clone());
        Callback::from(move |_| {
            let (p, rec, d) = (&host.prompt, &host.record, &data.data);
            if rec.stage() != Stage::Comparing {
                return;
            }
            let points: Vec<&str> = p.rubric.iter().map(|r| r.id.as_str()).collect();
            let now = clock::now_ms();
            let reviews = schedule::design_reviews(&schedule::scheduler(d.settings.retention), &d.cards, &p.slug, &points, &rec.ticked, clock::today(), now as u64);
            act(DesignAction::Finish { now });
            if !reviews.is_empty() {
                data.dispatch(DataAction::Review { reviews });
            }
        })
    };
    let on_restart = {
        let act = act.clone();
        Callback::from(move |_| act(DesignAction::Restart { now: clock::now_ms() }))
    };
    let working = stage == Stage::Working;
    let scored = score(rec, &p);
    let written = rec.notes.values().filter(|n| !n.trim().is_empty()).count();

    let phase_view = |i: usize| {
        let ph = &PHASES[i];
        let note = rec.notes.get(ph.id).cloned().unwrap_or_default();
        let oninput = {
            let (act, id) = (act.clone(), ph.id.to_string());
            Callback::from(move |e: InputEvent| {
                let text = e.target_unchecked_into::<HtmlTextAreaElement>().value();
                act(DesignAction::Note { phase: id.clone(), text, now: clock::now_ms() });
            })
        };
        let field = format!("note-{}", ph.id);
        html! {
            <section class="design-phase" aria-labelledby={format!("{field}-h")}>
                <h3 id={format!("{field}-h")}>{format!("{}. {}", i + 1, ph.title)}<span class="meta">{format!(" · about {} min", ph.minutes_of(p.minutes))}</span></h3>
                if let Some(g) = p.guide_html.get(ph.id) {
                    <RawHtml class="guide" html={AttrValue::from(g.clone())} />
                }
                if ph.id == "estimates" {
                    <div class="estimates">
                        { for p.estimates.iter().map(|e| {
                            let typed = rec.estimates.get(&e.id).cloned().unwrap_or_default();
                            let oninput = {
                                let (act, id) = (act.clone(), e.id.clone());
                                Callback::from(move |ev: InputEvent| {
                                    let text = ev.target_unchecked_into::<HtmlInputElement>().value();
                                    act(DesignAction::Estimate { id: id.clone(), text, now: clock::now_ms() });
                                })
                            };
                            let id = format!("est-{}", e.id);
                            html! {
                                <div class="estimate-row">
                                    <label for={id.clone()}>{&e.label}</label>
                                    <span class="sim-number">
                                        <input id={id} type="text" inputmode="decimal" data-testid="design-estimate" data-id={e.id.clone()} value={typed} readonly={!working} maxlength="40" {oninput} />
                                        <span class="unit">{&e.unit}</span>
                                    </span>
                                </div>
                            }
                        }) }
                        if working {
                            <UnitsCalc />
                        }
                    </div>
                }
                <label class="visually-hidden" for={field.clone()}>{format!("Your notes: {}", ph.title)}</label>
                <textarea id={field} data-testid="design-phase" data-phase={ph.id} rows="5" value={note} readonly={!working} maxlength={MAX_NOTE_BYTES.to_string()} placeholder={if working { "Your notes…" } else { "" }} {oninput} />
            </section>
        }
    };

    let reference = (!working).then(|| {
        let finished = stage == Stage::Finished;
        html! {
            <section class="design-reference" data-testid="design-reference" aria-labelledby="ref-h">
                <h2 id="ref-h" tabindex="-1">{"Compare with the reference"}</h2>
                <h3>{"Key numbers"}</h3>
                <div class="table-scroll">
                <table class="estimates-table">
                    <thead><tr><th scope="col">{"Estimate"}</th><th scope="col">{"Yours"}</th><th scope="col">{"Reference"}</th><th scope="col">{"Credit"}</th></tr></thead>
                    <tbody>
                        { for p.estimates.iter().zip(&scored.estimates).map(|(e, r)| html! {
                            <tr data-testid="estimate-result" data-credit={format!("{:.2}", r.credit)}>
                                <th scope="row">{&e.label}<RawHtml class="why" html={AttrValue::from(e.why_html.clone())} /></th>
                                <td>{ r.guess.map(|g| format!("{} {}", format_number(g), e.unit)).unwrap_or_else(|| "—".into()) }<br/><span class="meta">{&r.verdict}</span></td>
                                <td>{format!("{} {}", format_number(e.answer), e.unit)}<br/><span class="meta">{format!("full credit within ±{:.0} %", e.tolerance * 100.0)}</span></td>
                                <td>{percent(r.credit)}</td>
                            </tr>
                        }) }
                    </tbody>
                </table>
                </div>
                <p class="meta">{RULE}</p>

                <h3 id="rubric-h">{"Rubric: tick what your notes covered"}</h3>
                <ul class="rubric" aria-labelledby="rubric-h">
                    { for p.rubric.iter().map(|r| {
                        let on = rec.ticked.contains(&r.id);
                        let onchange = {
                            let (act, id) = (act.clone(), r.id.clone());
                            Callback::from(move |e: Event| {
                                let on = e.target_unchecked_into::<HtmlInputElement>().checked();
                                act(DesignAction::Tick { id: id.clone(), on, now: clock::now_ms() });
                            })
                        };
                        let id = format!("rubric-{}", r.id);
                        let phase = PHASES.iter().find(|x| x.id == r.phase).map_or("", |x| x.title);
                        html! {
                            <li class={classes!("rubric-point", (finished && !on).then_some("missed"))}>
                                <input type="checkbox" id={id.clone()} data-testid="rubric-item" data-id={r.id.clone()} checked={on} disabled={finished} {onchange} />
                                <label for={id}><RawHtml inline=true html={AttrValue::from(r.point_html.clone())} /><span class="meta">{format!(" · {phase}")}</span></label>
                                <RawHtml class="why" html={AttrValue::from(r.why_html.clone())} />
                            </li>
                        }
                    }) }
                </ul>
                <p class="design-score" role="status" data-testid="design-score" data-covered={scored.covered.to_string()} data-total={scored.total.to_string()}>{scored.summary()}</p>
                if finished {
                    <p>{"Result kept. The points you missed are listed below and come back in review."}</p>
                    <button type="button" data-testid="design-restart" onclick={on_restart.clone()}>{"Start again with blank notes"}</button>
                } else {
                    <button type="button" class="primary" data-testid="design-finish" onclick={on_finish}>{"Keep this result"}</button>
                }
                <h3>{"Reference outline"}</h3>
                <RawHtml class="outline" html={AttrValue::from(p.outline_html.clone())} />
                if p.simulator.is_some() {
                    <p><a class="button" data-testid="open-simulator" href={Route::Simulator { query: vec![("from".into(), p.slug.clone())] }.href()}>{"Open this design in the capacity simulator"}</a></p>
                }
            </section>
        }
    });

    html! {
        <div class="page design-page" data-testid="design-page">
            <DesignStyle />
            <h1 tabindex="-1">{&p.title}</h1>
            <p class="meta">{format!("{} · {} minutes", backprep_core::format::difficulty_label(p.difficulty), p.minutes)}</p>
            if let Some(e) = &host.unreadable {
                <p class="compile-error" role="alert" data-testid="design-unreadable">{format!("Your saved work on this prompt could not be read ({e}), so this page starts blank. It stays in your data (and in exports) until you write here.")}</p>
            }
            <div class={classes!("design-clock", clk.over().then_some("over"))}>
                <span class="timer-label">{ if clk.running { "Time" } else if working { "The clock starts when you type" } else { "Time used" } }</span>
                <span role="timer" data-testid="design-clock">{ if working { clk.label() } else { format!("{} min", (clk.elapsed_ms / 60_000.0).round()) } }</span>
            </div>
            <section class="design-prompt" data-testid="design-prompt" aria-labelledby="prompt-h">
                <h2 id="prompt-h" class="visually-hidden">{"The prompt"}</h2>
                <RawHtml html={AttrValue::from(p.prompt_html.clone())} />
            </section>
            <h2>{ if working { "Your design" } else { "Your notes (committed)" } }</h2>
            { for (0..PHASES.len()).map(phase_view) }
            if working {
                <div class="commit-bar">
                    <button type="button" class="primary" data-testid="design-commit" onclick={on_commit}>{"Commit and compare"}</button>
                    <span class="meta">{format!("{written} of {} phases have notes. Committing freezes them and shows the reference, the key numbers and the rubric.", PHASES.len())}</span>
                </div>
            }
            { reference.unwrap_or_default() }
            if !rec.results.is_empty() {
                <section aria-labelledby="hist-h" data-testid="design-history">
                    <h2 id="hist-h">{"Your results"}</h2>
                    <ul class="design-history">
                        { for rec.results.iter().rev().map(|r| html! {
                            <li>
                                <strong>{format!("{} of {} points", r.covered, r.total)}</strong>
                                {format!(" · estimates {} · {} min · {}", percent(f64::from(r.estimates) / 1000.0), (f64::from(r.seconds) / 60.0).round(), clock::date_text(r.at))}
                                if !r.missed.is_empty() {
                                    <ul class="meta missed-points" aria-label="Missed">
                                        { for r.missed.iter().filter_map(|id| p.rubric_point(id)).map(|x| html! { <li>{"Missed: "}<RawHtml inline=true html={AttrValue::from(x.point_html.clone())} /></li> }) }
                                    </ul>
                                }
                            </li>
                        }) }
                    </ul>
                    if working && !rec.is_blank() && rec.started_at.is_none() {
                        <p class="meta">{"A fresh attempt: your earlier notes were cleared; results stay."}</p>
                    }
                </section>
            }
        </div>
    }
}
