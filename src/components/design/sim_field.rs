//! One simulator input: a slider for dragging and a number box for exact values, kept in step.
//! Wide ranges (requests per second, capacities) slide on a log scale so every decade gets the
//! same travel.

use web_sys::HtmlInputElement;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub label: AttrValue,
    /// The number box's test id (`sim-rps`, …).
    pub testid: AttrValue,
    pub value: f64,
    pub min: f64,
    pub max: f64,
    /// Step of the number box (1 for counts).
    pub step: f64,
    /// Slide on a log scale (`min` must be > 0).
    #[prop_or_default]
    pub log: bool,
    /// Shown after the box: "req/s", "ms", "%".
    #[prop_or_default]
    pub unit: AttrValue,
    /// A new value within `min..=max`.
    pub onchange: Callback<f64>,
}

/// Slider positions: 0..=SLIDER.
const SLIDER: f64 = 1000.0;

/// The value range of a field, as the slider maps it.
#[derive(Clone, Copy)]
struct Scale {
    min: f64,
    max: f64,
    step: f64,
    log: bool,
}

impl Props {
    fn scale(&self) -> Scale {
        Scale { min: self.min, max: self.max, step: self.step, log: self.log }
    }
}

fn to_slider(p: Scale, v: f64) -> f64 {
    let v = v.clamp(p.min, p.max);
    if p.log {
        SLIDER * (v / p.min).ln() / (p.max / p.min).ln()
    } else {
        SLIDER * (v - p.min) / (p.max - p.min)
    }
}

fn from_slider(p: Scale, s: f64) -> f64 {
    let f = (s / SLIDER).clamp(0.0, 1.0);
    let v = if p.log { p.min * (p.max / p.min).powf(f) } else { p.min + f * (p.max - p.min) };
    // Round to the box's step, and to 3 significant digits on a log scale (no 1,023.7 req/s).
    let v = if p.log && v >= 100.0 {
        let mag = 10f64.powf(v.log10().floor() - 2.0);
        (v / mag).round() * mag
    } else {
        v
    };
    ((v / p.step).round() * p.step).clamp(p.min, p.max)
}

#[function_component(SimField)]
pub fn sim_field(props: &Props) -> Html {
    let id = format!("f-{}", props.testid);
    let on_slide = {
        let (onchange, scale) = (props.onchange.clone(), props.scale());
        Callback::from(move |e: InputEvent| {
            let s: f64 = e.target_unchecked_into::<HtmlInputElement>().value().parse().unwrap_or(0.0);
            onchange.emit(from_slider(scale, s));
        })
    };
    let on_type = {
        let (onchange, min, max) = (props.onchange.clone(), props.min, props.max);
        Callback::from(move |e: InputEvent| {
            let input = e.target_unchecked_into::<HtmlInputElement>();
            match input.value().trim().parse::<f64>() {
                Ok(v) if v.is_finite() && (min..=max).contains(&v) => {
                    input.set_custom_validity("");
                    onchange.emit(v);
                }
                _ => input.set_custom_validity(&format!("Enter a number from {min} to {max}")),
            }
        })
    };
    let shown = if props.step >= 1.0 { format!("{}", props.value.round()) } else { format!("{}", (props.value * 1000.0).round() / 1000.0) };
    html! {
        <div class="sim-field">
            <label for={id.clone()}>{&props.label}</label>
            <input type="range" min="0" max={SLIDER.to_string()} step="1" aria-label={format!("{} (slider)", props.label)} value={format!("{:.0}", to_slider(props.scale(), props.value))} oninput={on_slide} />
            <span class="sim-number">
                <input id={id} type="number" inputmode="decimal" data-testid={props.testid.clone()} min={props.min.to_string()} max={props.max.to_string()} step={props.step.to_string()} value={shown} oninput={on_type} />
                <span class="unit">{&props.unit}</span>
            </span>
        </div>
    }
}
