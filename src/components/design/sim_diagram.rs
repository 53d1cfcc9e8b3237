//! The simulated topology as a diagram: one box per tier with its utilisation, in words and by
//! fill (calm below 70 %, warm below 90 %, hot above; the words carry it without colour), and
//! arrows along the request paths. Hand-written SVG that scales to its column.

use backprep_core::design::sim::{Component, Report, TierReport, Topology};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub topology: Topology,
    pub report: Report,
}

const BOX_W: f64 = 112.0;
const BOX_H: f64 = 50.0;

fn heat(u: f64) -> &'static str {
    match u {
        u if u >= 0.9 => "hot",
        u if u >= 0.7 => "warm",
        _ => "calm",
    }
}

fn node(x: f64, y: f64, title: &str, tier: Option<&TierReport>, bottleneck: bool) -> Html {
    let (class, detail) = match tier {
        Some(t) => (heat(t.utilisation), format!("{:.0} % busy", (t.utilisation * 100.0).min(999.0))),
        None => ("source", String::new()),
    };
    html! {
        <g class={classes!("sim-node", class, bottleneck.then_some("bottleneck"))}>
            <rect x={x.to_string()} y={y.to_string()} width={BOX_W.to_string()} height={BOX_H.to_string()} rx="6" />
            <text x={(x + BOX_W / 2.0).to_string()} y={(y + 20.0).to_string()} text-anchor="middle">{title}</text>
            <text class="sim-node-detail" x={(x + BOX_W / 2.0).to_string()} y={(y + 38.0).to_string()} text-anchor="middle">{detail}</text>
        </g>
    }
}

fn arrow(from: (f64, f64), to: (f64, f64), label: &str) -> Html {
    let (x1, y1) = (from.0 + BOX_W, from.1 + BOX_H / 2.0);
    let (x2, y2) = (to.0 - 4.0, to.1 + BOX_H / 2.0);
    html! {
        <g class="sim-edge">
            <path d={format!("M{x1:.0},{y1:.0} C{:.0},{y1:.0} {:.0},{y2:.0} {x2:.0},{y2:.0}", (x1 + x2) / 2.0, (x1 + x2) / 2.0)} marker-end="url(#sim-arrow)" />
            if !label.is_empty() {
                // Beside a level arrow the label goes under it (the boxes are close); on a curve, above.
                <text x={format!("{:.0}", (x1 + x2) / 2.0)} y={format!("{:.0}", (y1 + y2) / 2.0 + if (y1 - y2).abs() < 1.0 { 14.0 } else { -5.0 })} text-anchor="middle">{label}</text>
            }
        </g>
    }
}

#[function_component(SimDiagram)]
pub fn sim_diagram(props: &Props) -> Html {
    let r = &props.report;
    let t = &props.topology;
    let tier = |c: Component, replica: bool| r.tiers.iter().find(|x| x.component == c && (c != Component::Database || x.label.contains("replica") == replica));
    let hot = |c: Component| r.bottleneck == c;
    let (clients, lb, app) = ((4.0, 95.0), (140.0, 95.0), (276.0, 95.0));
    let (cache, queue) = ((412.0, 20.0), (412.0, 170.0));
    let (replicas, primary) = ((568.0, 20.0), (568.0, 170.0));
    let read_node = if tier(Component::Database, true).is_some() { replicas } else { primary };
    html! {
        <svg class="sim-diagram" viewBox="0 0 684 240" role="img" aria-labelledby="sim-diagram-title">
            <title id="sim-diagram-title">{format!("Topology: {} Bottleneck: {}.", r.tiers.iter().map(|x| format!("{} {:.0} % busy;", x.label, x.utilisation * 100.0)).collect::<Vec<_>>().join(" "), r.bottleneck.name())}</title>
            <defs>
                <marker id="sim-arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z" /></marker>
            </defs>
            { arrow(clients, lb, "") }
            { arrow(lb, app, "") }
            if t.cache_enabled {
                { arrow(app, cache, "reads") }
                { arrow(cache, read_node, "misses") }
            } else {
                { arrow(app, read_node, "reads") }
            }
            if t.queue_enabled {
                { arrow(app, queue, "writes") }
                { arrow(queue, primary, "") }
            } else {
                { arrow(app, primary, "writes") }
            }
            { node(clients.0, clients.1, "clients", None, false) }
            { node(lb.0, lb.1, "load balancer", tier(Component::LoadBalancer, false), hot(Component::LoadBalancer)) }
            { node(app.0, app.1, "app", tier(Component::App, false), hot(Component::App)) }
            if t.cache_enabled {
                { node(cache.0, cache.1, "cache", tier(Component::Cache, false), hot(Component::Cache)) }
            }
            if t.queue_enabled {
                { node(queue.0, queue.1, "queue consumers", tier(Component::Queue, false), hot(Component::Queue)) }
            }
            if tier(Component::Database, true).is_some() {
                { node(replicas.0, replicas.1, "db replicas", tier(Component::Database, true), hot(Component::Database)) }
            }
            { node(primary.0, primary.1, "db primary", tier(Component::Database, false), hot(Component::Database)) }
        </svg>
    }
}
