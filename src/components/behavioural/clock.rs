//! The answer clock: elapsed time on a bar with the speaking-time band marked, and where the
//! answer stands (too short, in the sweet spot, too long), in words as well as colour.

use backprep_core::behavioural::star::Band;
use backprep_core::format;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct Props {
    /// Milliseconds since the answer started (0: not started).
    pub elapsed_ms: f64,
    pub band: Band,
    /// Whether the clock is running (a stopped clock keeps its time).
    pub running: bool,
}

/// Where `secs` stands against the band.
pub fn verdict(secs: u32, band: Band) -> (&'static str, &'static str) {
    if secs < band.min_s {
        ("short", "too short")
    } else if secs <= band.max_s {
        ("sweet", "sweet spot")
    } else {
        ("long", "too long")
    }
}

#[function_component(AnswerClock)]
pub fn answer_clock(props: &Props) -> Html {
    let secs = (props.elapsed_ms / 1000.0).floor().max(0.0) as u32;
    let b = props.band;
    // The bar spans to the band's end plus half again, so the band sits where it is seen.
    let span = f64::from(b.max_s) * 1.5;
    let pct = |s: f64| format!("{:.1}%", (s / span * 100.0).min(100.0));
    let (class, words) = verdict(secs, b);
    html! {
        <div class={classes!("answer-clock", class)}>
            <span role="timer" data-testid="star-timer" data-state={class} aria-label={format!("Answer time {}, {words}", format::clock(secs.into()))}>
                {format::clock(secs.into())}
            </span>
            <span class="clock-verdict">{ if props.running || secs > 0 { words } else { "not started" } }</span>
            <div class="clock-bar" aria-hidden="true">
                <div class="clock-band" style={format!("left:{};width:{}", pct(f64::from(b.min_s)), pct(f64::from(b.max_s - b.min_s)))}></div>
                <div class="clock-now" style={format!("left:{}", pct(f64::from(secs)))}></div>
            </div>
            <span class="meta">{format!("Sweet spot {}–{} s", b.min_s, b.max_s)}</span>
        </div>
    }
}
