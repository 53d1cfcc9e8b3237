//! `#/simulator`: the capacity simulator. Every input change recomputes the whole report (the
//! core's `simulate`, deterministic), so dragging a slider shows at once which tier saturates
//! first. `?from=<prompt>` starts from that prompt's preset; any topology field in the query
//! (`rps=900`) overrides it, so a configuration can be linked.

use crate::adapters::clock;
use crate::components::design::sim_diagram::SimDiagram;
use crate::components::design::sim_field::SimField;
use crate::components::design::style::DesignStyle;
use crate::hooks::{loading_view, use_design_prompt, Load};
use backprep_core::design::sim::{find_limit, format_number, format_percent, simulate, Limit, Slo, Topology, MODEL_SUMMARY};
use backprep_core::route::Route;
use serde_json::Value;
use web_sys::HtmlInputElement;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub query: Vec<(String, String)>,
}

#[function_component(SimulatorPage)]
pub fn simulator_page(props: &Props) -> Html {
    let from = props.query.iter().find(|(k, _)| k == "from").map(|(_, v)| v.clone());
    match from {
        Some(slug) => html! { <FromPrompt slug={slug} query={props.query.clone()} /> },
        None => {
            let (t, problem) = with_overrides(Topology::default(), &props.query);
            html! { <Simulator initial={t} {problem} source={None::<(String, String)>} /> }
        }
    }
}

#[derive(Properties, PartialEq)]
struct FromProps {
    slug: String,
    query: Vec<(String, String)>,
}

/// Loads the prompt whose preset the simulator starts from.
#[function_component(FromPrompt)]
fn from_prompt(props: &FromProps) -> Html {
    let known = crate::design_meta(&props.slug).is_some();
    let prompt = use_design_prompt(props.slug.clone());
    if !known {
        let (t, _) = with_overrides(Topology::default(), &props.query);
        return html! { <Simulator initial={t} problem={Some(format!("There is no design prompt `{}`; showing the default topology.", props.slug))} source={None::<(String, String)>} /> };
    }
    match &prompt {
        Load::Ready(p) => {
            let base = p.simulator.clone().unwrap_or_default();
            let (t, problem) = with_overrides(base, &props.query);
            html! { <Simulator key={p.slug.clone()} initial={t} {problem} source={Some((p.slug.clone(), p.title.clone()))} /> }
        }
        other => loading_view(other),
    }
}

/// The topology's fields by their serde names: what the inputs read, and what links and inputs
/// write back through `with_fields`.
fn fields(t: &Topology) -> serde_json::Map<String, Value> {
    match serde_json::to_value(t) {
        Ok(Value::Object(m)) => m,
        _ => serde_json::Map::new(),
    }
}

/// `t` with the named fields set from text (a switch from `true`/`1`, a count rounded to a whole
/// number; names that are not fields are ignored), or why that is not a valid topology.
fn with_fields<'a>(t: &Topology, changes: impl IntoIterator<Item = (&'a str, &'a str)>) -> Result<Topology, String> {
    let mut map = fields(t);
    for (k, v) in changes {
        let Some(old) = map.get(k) else { continue };
        let new = match old {
            Value::Bool(_) => Value::Bool(v == "true" || v == "1"),
            _ if old.is_u64() => v.parse::<f64>().ok().filter(|x| *x >= 0.0).map_or(Value::Null, |x| Value::from(x.round() as u64)),
            _ => v.parse::<f64>().ok().and_then(serde_json::Number::from_f64).map_or(Value::Null, Value::Number),
        };
        map.insert(k.to_string(), new);
    }
    let t: Topology = serde_json::from_value(Value::Object(map)).map_err(|e| e.to_string())?;
    t.validate().map(|_| t)
}

/// `base` with the topology fields named in `query`; the reason when they do not make a valid
/// topology (then `base` as it was).
fn with_overrides(base: Topology, query: &[(String, String)]) -> (Topology, Option<String>) {
    match with_fields(&base, query.iter().map(|(k, v)| (k.as_str(), v.as_str()))) {
        Ok(t) => (t, None),
        Err(e) => (base, Some(format!("The link's settings were not used: {e}."))),
    }
}

/// `t` with one field set, if that makes a valid topology.
fn set(t: &Topology, key: &str, value: impl ToString) -> Option<Topology> {
    with_fields(t, [(key, value.to_string().as_str())]).ok()
}

/// One input row: field, label, test id, min, max, step, log scale, unit, shown as a percent.
struct Field(&'static str, &'static str, &'static str, f64, f64, f64, bool, &'static str, bool);

const GROUPS: [(&str, Option<(&str, &str)>, &[Field]); 6] = [
    ("Traffic", None, &[
        Field("rps", "Requests per second", "sim-rps", 1.0, 1e8, 1.0, true, "req/s", false),
        Field("read_ratio", "Reads", "sim-read-ratio", 0.0, 100.0, 1.0, false, "%", true),
        Field("payload_kb", "Response size", "sim-payload", 0.1, 10_000.0, 0.1, true, "KB", false),
    ]),
    ("Load balancer", None, &[
        Field("lb_nodes", "Nodes", "sim-lb-nodes", 1.0, 100.0, 1.0, false, "", false),
        Field("lb_max_rps", "Requests/s per node", "sim-lb-max", 1_000.0, 1e7, 1.0, true, "req/s", false),
    ]),
    ("App servers", None, &[
        Field("app_replicas", "Replicas", "sim-app-replicas", 1.0, 1_000.0, 1.0, true, "", false),
        Field("app_concurrency", "Workers per replica", "sim-app-concurrency", 1.0, 100.0, 1.0, true, "", false),
        Field("app_service_ms", "CPU time per request", "sim-app-ms", 0.1, 1_000.0, 0.1, true, "ms", false),
    ]),
    ("Cache", Some(("cache_enabled", "sim-cache-enabled")), &[
        Field("cache_hit", "Hit ratio", "sim-cache-hit", 0.0, 100.0, 0.1, false, "%", true),
        Field("cache_nodes", "Nodes", "sim-cache-nodes", 1.0, 100.0, 1.0, false, "", false),
        Field("cache_max_ops", "Operations/s per node", "sim-cache-max", 1_000.0, 1e7, 1.0, true, "ops/s", false),
    ]),
    ("Database", None, &[
        Field("db_replicas", "Read replicas", "sim-db-replicas", 0.0, 50.0, 1.0, false, "", false),
        Field("db_max_qps", "Queries/s per node", "sim-db-max", 100.0, 1e6, 1.0, true, "q/s", false),
        Field("db_pool", "Connections per node", "sim-db-pool", 1.0, 1_000.0, 1.0, true, "", false),
    ]),
    ("Write queue", Some(("queue_enabled", "sim-queue-enabled")), &[
        Field("queue_consumers", "Consumers", "sim-consumers", 1.0, 10_000.0, 1.0, true, "", false),
        Field("consumer_service_ms", "Time per message", "sim-consumer-ms", 0.1, 10_000.0, 0.1, true, "ms", false),
    ]),
];

#[derive(Properties, PartialEq)]
struct SimProps {
    initial: Topology,
    problem: Option<String>,
    /// The prompt the preset came from: (slug, title).
    source: Option<(String, String)>,
}

#[function_component(Simulator)]
fn simulator(props: &SimProps) -> Html {
    let topology = use_state(|| props.initial.clone());
    let slo = use_state(Slo::default);
    let limit = use_state(|| None::<(Topology, Slo, Limit)>);
    let report = use_memo((*topology).clone(), |t| {
        let start = clock::precise_ms();
        let r = simulate(t);
        (r, clock::precise_ms() - start)
    });
    let (r, compute_ms) = (&report.0, report.1);
    let t = (*topology).clone();
    // Read once per render: every input shows one of these.
    let shown = fields(&t);

    let setter = |key: &'static str, percent: bool| {
        let topology = topology.clone();
        Callback::from(move |v: f64| {
            let v = if percent { v / 100.0 } else { v };
            if let Some(next) = set(&topology, key, v) {
                topology.set(next);
            }
        })
    };
    let toggle = |key: &'static str| {
        let topology = topology.clone();
        Callback::from(move |e: Event| {
            let on = e.target_unchecked_into::<HtmlInputElement>().checked();
            if let Some(next) = set(&topology, key, on) {
                topology.set(next);
            }
        })
    };
    let on_find = {
        let (topology, slo, limit) = (topology.clone(), slo.clone(), limit.clone());
        Callback::from(move |_| limit.set(Some(((*topology).clone(), *slo, find_limit(&topology, &slo)))))
    };
    let on_slo = |which: u8| {
        let slo = slo.clone();
        Callback::from(move |e: InputEvent| {
            let input = e.target_unchecked_into::<HtmlInputElement>();
            let v: f64 = input.value().trim().parse().unwrap_or(f64::NAN);
            let next = match which {
                0 if v.is_finite() && v > 0.0 => Slo { p99_ms: v, ..*slo },
                1 if v.is_finite() && (0.0..=100.0).contains(&v) => Slo { max_error_rate: v / 100.0, ..*slo },
                _ => return input.set_custom_validity("Enter a positive number"),
            };
            input.set_custom_validity("");
            slo.set(next);
        })
    };
    let use_limit = {
        let (topology, limit) = (topology.clone(), limit.clone());
        Callback::from(move |_| {
            if let Some((_, _, l)) = &*limit {
                if let Some(next) = set(&topology, "rps", l.rps.max(1.0).floor()) {
                    topology.set(next);
                }
            }
        })
    };
    let reset = {
        let (topology, initial) = (topology.clone(), props.initial.clone());
        Callback::from(move |_| topology.set(initial.clone()))
    };
    let current_limit = limit.as_ref().filter(|(lt, ls, _)| *lt == t && *ls == *slo).map(|(_, _, l)| l);

    html! {
        <div class="page simulator-page" data-testid="simulator">
            <DesignStyle />
            <h1 tabindex="-1">{"Capacity simulator"}</h1>
            if let Some((slug, title)) = &props.source {
                <p class="lead">{"Preset of "}<a href={Route::Design { slug: slug.clone() }.href()}>{title}</a>{". Change anything: the report follows as you drag."}</p>
            } else {
                <p class="lead">{"Size each tier and watch what saturates first. The report follows as you drag."}</p>
            }
            if let Some(p) = &props.problem {
                <p role="alert" class="compile-error">{p}</p>
            }
            <div class="sim-layout">
                <form class="sim-inputs" onsubmit={Callback::from(|e: SubmitEvent| e.prevent_default())}>
                    { for GROUPS.iter().map(|(title, toggle_key, fields)| {
                        let enabled = toggle_key.is_none_or(|(k, _)| shown.get(k).and_then(Value::as_bool).unwrap_or(false));
                        html! {
                            <fieldset class="sim-group">
                                <legend>{*title}</legend>
                                if let Some((k, id)) = toggle_key {
                                    <label class="check"><input type="checkbox" data-testid={*id} checked={enabled} onchange={toggle(k)} />{" in use"}</label>
                                }
                                if enabled {
                                    { for fields.iter().map(|Field(key, label, testid, min, max, step, log, unit, percent)| {
                                        let value = shown.get(*key).and_then(Value::as_f64).unwrap_or(0.0) * if *percent { 100.0 } else { 1.0 };
                                        html! { <SimField label={*label} testid={*testid} value={value} min={*min} max={*max} step={*step} log={*log} unit={*unit} onchange={setter(key, *percent)} /> }
                                    }) }
                                }
                            </fieldset>
                        }
                    }) }
                    <fieldset class="sim-group">
                        <legend>{"Timeout"}</legend>
                        <SimField label="A request fails after waiting" testid="sim-timeout" value={t.timeout_ms} min={10.0} max={60_000.0} step={1.0} log=true unit="ms" onchange={setter("timeout_ms", false)} />
                    </fieldset>
                    <button type="button" onclick={reset}>{"Reset to the preset"}</button>
                </form>

                <div class="sim-results" data-testid="sim-results" data-compute-ms={format!("{compute_ms:.3}")}>
                    <div class="sim-summary" aria-live="polite">
                        <div><span class="meta">{"p50"}</span><strong>{format!("{} ms", format_number(r.p50_ms))}</strong></div>
                        <div><span class="meta">{"p99"}</span><strong><span data-testid="sim-p99">{format_number(r.p99_ms)}</span>{" ms"}</strong></div>
                        <div><span class="meta">{"errors"}</span><strong data-testid="sim-errors">{format_percent(r.error_rate)}</strong></div>
                        <div><span class="meta">{"bandwidth"}</span><strong>{format!("{} MB/s", format_number(r.bandwidth_mb_s))}</strong></div>
                    </div>
                    <p class="sim-bottleneck-line">{"Saturates first: "}<strong data-testid="sim-bottleneck">{r.bottleneck.name()}</strong></p>
                    <p data-testid="sim-explanation">{&r.explanation}</p>
                    <SimDiagram topology={t.clone()} report={r.clone()} />
                    <div class="table-scroll">
                        <table class="sim-table">
                            <caption class="visually-hidden">{"Per tier"}</caption>
                            <thead><tr><th scope="col">{"Tier"}</th><th scope="col">{"Load"}</th><th scope="col">{"Capacity"}</th><th scope="col">{"Busy"}</th><th scope="col">{"p50 / p99"}</th><th scope="col">{"Errors"}</th></tr></thead>
                            <tbody>
                                { for r.tiers.iter().map(|x| html! {
                                    <tr class={classes!(x.saturated.then_some("saturated"))} data-testid="sim-tier" data-component={x.component.name()}>
                                        <th scope="row">{&x.label}<span class="meta">{format!(" · {} {}", format_number(f64::from(x.servers)), if x.servers == 1 { "server" } else { "servers" })}</span></th>
                                        <td>{format!("{}/s", format_number(x.offered_rps))}</td>
                                        <td>{format!("{}/s", format_number(x.capacity_rps))}</td>
                                        <td>{format_percent(x.utilisation)}</td>
                                        <td>{format!("{} / {} ms", format_number(x.p50_ms), format_number(x.p99_ms))}</td>
                                        <td>{format_percent(x.error_rate)}</td>
                                    </tr>
                                }) }
                            </tbody>
                        </table>
                    </div>

                    <section class="sim-limit" aria-labelledby="limit-h">
                        <h2 id="limit-h">{"Find the limit"}</h2>
                        <p class="meta">{"The highest request rate, everything else as set, that meets the SLO."}</p>
                        <div class="slo-row">
                            <label for="slo-p99">{"p99 at most"}</label>
                            <input id="slo-p99" type="number" data-testid="sim-slo-p99" min="1" step="1" value={slo.p99_ms.to_string()} oninput={on_slo(0)} /><span class="unit">{"ms"}</span>
                            <label for="slo-err">{"errors at most"}</label>
                            <input id="slo-err" type="number" data-testid="sim-slo-errors" min="0" max="100" step="0.01" value={(slo.max_error_rate * 100.0).to_string()} oninput={on_slo(1)} /><span class="unit">{"%"}</span>
                            <button type="button" class="primary" data-testid="sim-find-limit" onclick={on_find}>{"Find the limit"}</button>
                        </div>
                        if let Some(l) = current_limit {
                            <p role="status">
                                {"Up to "}<strong data-testid="sim-limit-rps">{format_number(l.rps)}</strong>{" requests/s meet the SLO; then the "}<strong>{l.bottleneck.name()}</strong>{" gives out. "}
                                <span class="meta">{&l.report.explanation}</span>
                            </p>
                            if l.rps >= 1.0 {
                                <button type="button" onclick={use_limit}>{"Set the traffic to this rate"}</button>
                            }
                        } else if limit.is_some() {
                            <p class="meta">{"The settings changed: find the limit again."}</p>
                        }
                    </section>
                    <details class="sim-model">
                        <summary>{"The model"}</summary>
                        <p>{MODEL_SUMMARY}</p>
                        <p>{"Per tier: utilisation ρ = λ/(c·μ); the chance to wait is Erlang C; the mean wait is C/(c·μ − λ). The same inputs always give the same outputs."}</p>
                    </details>
                </div>
            </div>
        </div>
    }
}
