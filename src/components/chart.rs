//! Per-topic accuracy over attempts as an SVG line chart. Hand-written: a charting crate would
//! add far more bytes than these few lines of SVG. Each series also gets a distinct dash
//! pattern and a legend, so colour is not the only cue.

use backprep_core::history::Point;
use yew::prelude::*;

#[derive(Clone, PartialEq)]
pub struct Series {
    pub name: String,
    pub points: Vec<Point>,
}

#[derive(Properties, PartialEq)]
pub struct Props {
    /// One line per topic.
    pub series: Vec<Series>,
    /// Number of attempts on the x axis.
    pub attempts: usize,
}

const COLORS: [&str; 6] = ["#2563eb", "#d97706", "#059669", "#db2777", "#7c3aed", "#0891b2"];
const DASHES: [&str; 6] = ["", "6 3", "2 3", "8 3 2 3", "1 2", "10 4"];

#[function_component(AccuracyChart)]
pub fn accuracy_chart(props: &Props) -> Html {
    let (w, h, left, right, top, bottom) = (640.0, 260.0, 44.0, 12.0, 12.0, 28.0);
    let span = (props.attempts.max(2) - 1) as f64;
    let x = |i: usize| left + (w - left - right) * i as f64 / span;
    let y = |acc: f64| top + (h - top - bottom) * (1.0 - acc);
    let grid = [0.0, 0.25, 0.5, 0.75, 1.0];
    html! {
        <figure class="chart">
            <svg viewBox={format!("0 0 {w} {h}")} role="img" aria-label="Accuracy per topic over your attempts; the table below lists the same figures">
                { for grid.iter().map(|&g| html! {
                    <g>
                        <line class="grid" x1={left.to_string()} x2={(w - right).to_string()} y1={y(g).to_string()} y2={y(g).to_string()} />
                        <text class="axis" x={(left - 6.0).to_string()} y={(y(g) + 4.0).to_string()} text-anchor="end">{format!("{}%", (g * 100.0) as u32)}</text>
                    </g>
                }) }
                <text class="axis" x={left.to_string()} y={(h - 8.0).to_string()}>{"first attempt"}</text>
                <text class="axis" x={(w - right).to_string()} y={(h - 8.0).to_string()} text-anchor="end">{"latest"}</text>
                { for props.series.iter().enumerate().map(|(i, s)| {
                    let color = COLORS[i % COLORS.len()];
                    let pts: Vec<String> = s.points.iter().map(|p| format!("{:.1},{:.1}", x(p.attempt), y(p.accuracy))).collect();
                    html! {
                        <g>
                            <polyline points={pts.join(" ")} fill="none" stroke={color} stroke-width="2.5" stroke-dasharray={DASHES[i % DASHES.len()]} />
                            { for s.points.iter().map(|p| html! { <circle cx={format!("{:.1}", x(p.attempt))} cy={format!("{:.1}", y(p.accuracy))} r="3.5" fill={color} /> }) }
                        </g>
                    }
                }) }
            </svg>
            <figcaption class="legend">
                { for props.series.iter().enumerate().map(|(i, s)| html! {
                    <span class="legend-item">
                        <svg width="28" height="10" aria-hidden="true"><line x1="0" x2="28" y1="5" y2="5" stroke={COLORS[i % COLORS.len()]} stroke-width="3" stroke-dasharray={DASHES[i % DASHES.len()]} /></svg>
                        {&s.name}
                    </span>
                }) }
            </figcaption>
        </figure>
    }
}
