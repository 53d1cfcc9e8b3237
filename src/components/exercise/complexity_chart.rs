//! Operations counted against input size, on log–log axes: one dot per measured test, the
//! allowed maximum as a dashed line, the fitted growth curve as a solid one, and a caption that
//! says the fit in words. Hand-written SVG, like the history chart: a charting crate would cost
//! more bytes than these lines. Shapes and dash patterns, not colour alone, tell the series apart.

use backprep_core::exercise::growth::{describe, Class, Fit, Point};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct Props {
    /// Measured (n, operations), one per test.
    pub points: Vec<Point>,
    /// The allowed maximum at each size (drawn as a line); may be empty.
    pub limit: Vec<Point>,
    /// The fitted growth, when there were enough sizes.
    pub fit: Option<Fit>,
    /// The growth the exercise asks for.
    pub expected: Class,
    /// What was counted, e.g. "element reads".
    pub unit: AttrValue,
}

const W: f64 = 560.0;
const H: f64 = 260.0;
const LEFT: f64 = 52.0;
const RIGHT: f64 = 14.0;
const TOP: f64 = 12.0;
const BOTTOM: f64 = 40.0;

/// Powers of ten from `lo` to `hi` (both powers of ten).
fn decades(lo: f64, hi: f64) -> Vec<f64> {
    let mut v = Vec::new();
    let mut x = lo;
    while x <= hi * 1.0001 {
        v.push(x);
        x *= 10.0;
    }
    v
}

fn tick_label(v: f64) -> String {
    match v {
        v if v >= 1_000_000.0 => format!("{}M", v / 1_000_000.0),
        v if v >= 1_000.0 => format!("{}k", v / 1_000.0),
        v => format!("{v}"),
    }
}

#[function_component(ComplexityChart)]
pub fn complexity_chart(props: &Props) -> Html {
    let shown: Vec<&Point> = props.points.iter().filter(|p| p.n >= 1).collect();
    let max_n = shown.iter().map(|p| p.n).max().unwrap_or(10).max(10) as f64;
    let max_ops = shown.iter().map(|p| p.ops).chain(props.limit.iter().map(|p| p.ops)).max().unwrap_or(10).max(10) as f64;
    let (x_hi, y_hi) = (10f64.powf(max_n.log10().ceil()), 10f64.powf(max_ops.log10().ceil()));
    // Zero operations sit on the bottom axis (log 0 is off the chart).
    let x = |n: f64| LEFT + (W - LEFT - RIGHT) * n.max(1.0).log10() / x_hi.log10();
    let y = |o: f64| H - BOTTOM - (H - TOP - BOTTOM) * o.max(1.0).log10() / y_hi.log10();
    let path = |pts: &[(f64, f64)]| pts.iter().enumerate().map(|(i, (a, b))| format!("{}{:.1},{:.1}", if i == 0 { "M" } else { " L" }, x(*a), y(*b))).collect::<String>();
    let limit_path = path(&props.limit.iter().map(|p| (p.n as f64, p.ops as f64)).collect::<Vec<_>>());
    let fit_path = props.fit.as_ref().map(|f| {
        let lo = shown.iter().map(|p| p.n).filter(|&n| n >= 2).min().unwrap_or(2) as f64;
        let steps = 40;
        let pts: Vec<(f64, f64)> = (0..=steps)
            .map(|i| lo * (max_n / lo).powf(f64::from(i) / f64::from(steps)))
            .map(|n| (n, (f.coefficient * f.class.eval(n)).min(y_hi)))
            .collect();
        path(&pts)
    });
    let caption = match &props.fit {
        Some(f) => describe(f, props.expected),
        None => "Not enough sizes to fit a growth curve.".into(),
    };
    let sizes = {
        let mut s: Vec<u64> = shown.iter().map(|p| p.n).collect();
        s.sort_unstable();
        s.dedup();
        s.len()
    };
    html! {
        <figure class="complexity-chart" data-testid="complexity-chart">
            <svg viewBox={format!("0 0 {W} {H}")} width="100%" role="img" aria-labelledby="cc-title cc-fit">
                <title id="cc-title">{format!("{} against input size n, log–log axes", props.unit)}</title>
                <g class="cc-axis">
                    { for decades(1.0, x_hi).into_iter().map(|v| html! {
                        <g>
                            <line x1={x(v).to_string()} x2={x(v).to_string()} y1={TOP.to_string()} y2={(H - BOTTOM).to_string()} class="cc-grid" />
                            <text x={x(v).to_string()} y={(H - BOTTOM + 16.0).to_string()} text-anchor="middle">{tick_label(v)}</text>
                        </g>
                    }) }
                    { for decades(1.0, y_hi).into_iter().map(|v| html! {
                        <g>
                            <line x1={LEFT.to_string()} x2={(W - RIGHT).to_string()} y1={y(v).to_string()} y2={y(v).to_string()} class="cc-grid" />
                            <text x={(LEFT - 6.0).to_string()} y={(y(v) + 4.0).to_string()} text-anchor="end">{tick_label(v)}</text>
                        </g>
                    }) }
                    <text x={((LEFT + W - RIGHT) / 2.0).to_string()} y={(H - 4.0).to_string()} text-anchor="middle">{"input size n"}</text>
                    <text x="12" y={((TOP + H - BOTTOM) / 2.0).to_string()} text-anchor="middle" transform={format!("rotate(-90 12 {})", (TOP + H - BOTTOM) / 2.0)}>{props.unit.clone()}</text>
                </g>
                if !props.limit.is_empty() {
                    <path d={limit_path} class="cc-limit" />
                }
                if let Some(d) = fit_path { <path d={d} class="cc-fit" /> }
                { for shown.iter().map(|p| html! {
                    <circle cx={format!("{:.1}", x(p.n as f64))} cy={format!("{:.1}", y(p.ops as f64))} r="3.5" class="cc-point" />
                }) }
            </svg>
            <figcaption>
                <span data-testid="complexity-fit" id="cc-fit">{caption}</span>
                <span class="meta">{format!(" — {} tests at {sizes} sizes. Dots: measured {}; solid line: the fitted growth; dashed line: the most this exercise allows.", shown.len(), props.unit)}</span>
            </figcaption>
        </figure>
    }
}
