//! Operations counted against input size, on log–log axes: one dot per measured test, the
//! allowed maximum as a dashed line, the fitted growth curve as a solid one, and a caption that
//! says the fit in words. Hand-written SVG, like the history chart: a charting crate would cost
//! more bytes than these lines. Shapes, dash patterns and text labels, not colour alone, tell the
//! series apart; colours come from the theme's CSS variables.

use backprep_core::exercise::growth::{describe, log_axis, Class, Fit, Point};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct Props {
    /// Measured (n, operations), one per test.
    pub points: Vec<Point>,
    /// The allowed maximum at each size (drawn as a dashed line); may be empty.
    pub limit: Vec<Point>,
    /// The fitted growth, when there were enough sizes.
    pub fit: Option<Fit>,
    /// The growth the exercise asks for.
    pub expected: Class,
    /// What was counted, e.g. "element reads".
    pub unit: AttrValue,
}

// Drawing units of the viewBox; the SVG scales to its column (320 px phones included).
const W: f64 = 400.0;
const H: f64 = 240.0;
const LEFT: f64 = 44.0;
const RIGHT: f64 = 22.0;
const TOP: f64 = 14.0;
const BOTTOM: f64 = 36.0;

fn tick_label(v: f64) -> String {
    match v {
        v if v >= 1_000_000.0 => format!("{}M", v / 1_000_000.0),
        v if v >= 1_000.0 => format!("{}k", v / 1_000.0),
        v => format!("{v}"),
    }
}

fn plural(count: usize, one: &str, many: &str) -> String {
    format!("{count} {}", if count == 1 { one } else { many })
}

#[function_component(ComplexityChart)]
pub fn complexity_chart(props: &Props) -> Html {
    // n = 0 has no place on a log axis; zero operations sit on the bottom axis instead.
    let shown: Vec<&Point> = props.points.iter().filter(|p| p.n >= 1).collect();
    let max_n = shown.iter().map(|p| p.n).chain(props.limit.iter().map(|p| p.n)).max().unwrap_or(2) as f64;
    let max_ops = shown.iter().map(|p| p.ops).chain(props.limit.iter().map(|p| p.ops)).max().unwrap_or(2) as f64;
    let ((x_top, x_ticks), (y_top, y_ticks)) = (log_axis(max_n), log_axis(max_ops));
    let x = |n: f64| LEFT + (W - LEFT - RIGHT) * n.max(1.0).log10() / x_top.log10();
    let y = |o: f64| H - BOTTOM - (H - TOP - BOTTOM) * o.max(1.0).log10() / y_top.log10();
    let path = |pts: &[(f64, f64)]| pts.iter().enumerate().map(|(i, (a, b))| format!("{}{:.1},{:.1}", if i == 0 { "M" } else { " L" }, x(*a), y(*b))).collect::<String>();

    let limit: Vec<(f64, f64)> = props.limit.iter().filter(|p| p.n >= 1).map(|p| (p.n as f64, p.ops as f64)).collect();
    // The fitted curve over the measured sizes, cut where it leaves the chart.
    let curve: Vec<(f64, f64)> = match &props.fit {
        Some(f) => {
            let lo = shown.iter().map(|p| p.n).filter(|&n| n >= 2).min().unwrap_or(2) as f64;
            let hi = shown.iter().map(|p| p.n).max().unwrap_or(2) as f64;
            (0..=40)
                .map(|i| lo * (hi / lo).powf(f64::from(i) / 40.0))
                .map(|n| (n, f.coefficient * f.class.eval(n)))
                .filter(|&(_, o)| (1.0..=y_top).contains(&o))
                .collect()
        }
        None => Vec::new(),
    };
    let label = |pts: &[(f64, f64)], text: String, class: &'static str, dy: f64| match pts.last() {
        Some(&(n, o)) => html! { <text class={class} x={format!("{:.1}", x(n))} y={format!("{:.1}", (y(o) + dy).clamp(TOP, H - BOTTOM - 2.0))} text-anchor="end">{text}</text> },
        None => Html::default(),
    };

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
    let mut legend = format!(" — {} measured at {}. Dots: {} per test", plural(shown.len(), "run", "runs"), plural(sizes, "input size", "input sizes"), props.unit);
    if !curve.is_empty() {
        legend.push_str("; solid line: the fitted growth");
    }
    if !limit.is_empty() {
        legend.push_str("; dashed line: the most this exercise allows");
    }
    legend.push('.');

    html! {
        <figure class="complexity-chart" data-testid="complexity-chart">
            <svg viewBox={format!("0 0 {W} {H}")} width="100%" role="img" aria-labelledby="cc-title cc-fit">
                <title id="cc-title">{format!("{} against input size n, both axes logarithmic", props.unit)}</title>
                <g class="cc-axis">
                    { for x_ticks.iter().map(|&v| html! {
                        <g>
                            <line class="cc-grid" x1={format!("{:.1}", x(v))} x2={format!("{:.1}", x(v))} y1={TOP.to_string()} y2={(H - BOTTOM).to_string()} />
                            <text x={format!("{:.1}", x(v))} y={(H - BOTTOM + 14.0).to_string()} text-anchor="middle">{tick_label(v)}</text>
                        </g>
                    }) }
                    { for y_ticks.iter().map(|&v| html! {
                        <g>
                            <line class="cc-grid" x1={LEFT.to_string()} x2={(W - RIGHT).to_string()} y1={format!("{:.1}", y(v))} y2={format!("{:.1}", y(v))} />
                            <text x={(LEFT - 5.0).to_string()} y={format!("{:.1}", y(v) + 4.0)} text-anchor="end">{tick_label(v)}</text>
                        </g>
                    }) }
                    <text x={((LEFT + W - RIGHT) / 2.0).to_string()} y={(H - 4.0).to_string()} text-anchor="middle">{"input size n"}</text>
                    <text x="11" y={((TOP + H - BOTTOM) / 2.0).to_string()} text-anchor="middle" transform={format!("rotate(-90 11 {})", (TOP + H - BOTTOM) / 2.0)}>{props.unit.clone()}</text>
                </g>
                if !limit.is_empty() {
                    <path class="cc-limit" d={path(&limit)} />
                }
                if !curve.is_empty() {
                    <path class="cc-fit" d={path(&curve)} />
                }
                { for shown.iter().map(|p| html! {
                    <circle class="cc-point" cx={format!("{:.1}", x(p.n as f64))} cy={format!("{:.1}", y(p.ops as f64))} r="3.5" />
                }) }
                // The limit's label above its line, the fit's below, so close lines keep both readable.
                { label(&limit, "limit".into(), "cc-label cc-limit-label", -6.0) }
                { label(&curve, props.fit.as_ref().map(|f| format!("fit: {}", f.class.label())).unwrap_or_default(), "cc-label cc-fit-label", 14.0) }
            </svg>
            <figcaption data-testid="complexity-fit">
                <span id="cc-fit">{caption}</span>
                <span class="meta">{legend}</span>
            </figcaption>
        </figure>
    }
}
