//! How confidence matched correctness: for each level, the share of right answers next to the
//! share the level claims, as SVG bars (hand-written, like the accuracy chart), with the
//! figures in text so colour and shape are never the only cue.

use backprep_core::srs::calibration::Calibration;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub calibration: Calibration,
}

#[function_component(CalibrationChart)]
pub fn calibration_chart(props: &Props) -> Html {
    let (w, h, left, top, bottom) = (420.0, 220.0, 44.0, 12.0, 40.0);
    let y = |share: f64| top + (h - top - bottom) * (1.0 - share);
    let slot = (w - left) / 3.0;
    html! {
        <figure class="chart narrow" data-testid="calibration-chart">
            <svg viewBox={format!("0 0 {w} {h}")} role="img" aria-label="Share of right answers per confidence level, next to the share each level claims; the list below gives the same figures">
                { for [0.0, 0.5, 1.0].iter().map(|&g| html! {
                    <g>
                        <line class="grid" x1={left.to_string()} x2={w.to_string()} y1={y(g).to_string()} y2={y(g).to_string()} />
                        <text class="axis" x={(left - 6.0).to_string()} y={(y(g) + 4.0).to_string()} text-anchor="end">{format!("{}%", (g * 100.0) as u32)}</text>
                    </g>
                }) }
                { for props.calibration.buckets.iter().enumerate().map(|(i, b)| {
                    let x = left + slot * i as f64 + slot * 0.2;
                    let bar = slot * 0.3;
                    html! {
                        <g>
                            <rect class="claimed" x={x.to_string()} y={y(b.claimed).to_string()} width={bar.to_string()} height={(y(0.0) - y(b.claimed)).to_string()} />
                            if let Some(a) = b.actual() {
                                <rect class="actual" x={(x + bar).to_string()} y={y(a).to_string()} width={bar.to_string()} height={(y(0.0) - y(a)).to_string()} />
                            }
                            <text class="axis" x={(x + bar).to_string()} y={(h - bottom + 16.0).to_string()} text-anchor="middle">{b.label}</text>
                            <text class="axis" x={(x + bar).to_string()} y={(h - bottom + 30.0).to_string()} text-anchor="middle">{format!("{} answers", b.answers)}</text>
                        </g>
                    }
                }) }
            </svg>
            <figcaption>
                <span class="swatch claimed" aria-hidden="true"></span>{"claimed "}
                <span class="swatch actual" aria-hidden="true"></span>{"right"}
            </figcaption>
        </figure>
    }
}
