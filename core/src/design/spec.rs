//! What a system-design prompt is, as shipped to the app (`content/design-<slug>-<hash>.json`).
//! Markdown is rendered at build time. The estimates' answers, the reference outline and the
//! rubric travel in the same file but are rendered only after the learner commits.

use super::sim::Topology;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// One guided phase of a design interview.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Phase {
    /// Stable id: notes, guides and rubric points refer to it.
    pub id: &'static str,
    pub title: &'static str,
    /// Suggested minutes out of a 45-minute prompt.
    pub minutes: u32,
}

/// The phases every prompt walks through, in order (see `design/FORMAT.md`).
pub const PHASES: [Phase; 8] = [
    Phase { id: "requirements", title: "Requirements and scope", minutes: 5 },
    Phase { id: "estimates", title: "Back-of-the-envelope estimates", minutes: 5 },
    Phase { id: "api", title: "API", minutes: 4 },
    Phase { id: "data-model", title: "Data model", minutes: 5 },
    Phase { id: "high-level", title: "High-level design", minutes: 10 },
    Phase { id: "deep-dives", title: "Deep dives", minutes: 10 },
    Phase { id: "bottlenecks", title: "Bottlenecks and failure modes", minutes: 4 },
    Phase { id: "trade-offs", title: "Trade-offs", minutes: 2 },
];

/// The default clock of a prompt.
pub const DEFAULT_MINUTES: u32 = 45;

pub fn phase(id: &str) -> Option<&'static Phase> {
    PHASES.iter().find(|p| p.id == id)
}

/// The phase of a rubric point id (`data-model-2` → Data model).
pub fn phase_of_point(id: &str) -> Option<&'static Phase> {
    id.rsplit_once('-').and_then(|(p, n)| n.parse::<u32>().ok().and(phase(p)))
}

impl Phase {
    /// Suggested minutes when the whole prompt has `total` minutes (at least one).
    pub fn minutes_of(&self, total: u32) -> u32 {
        let sum: u32 = PHASES.iter().map(|p| p.minutes).sum();
        ((self.minutes * total + sum / 2) / sum).max(1)
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct DesignPrompt {
    /// Stable id and route segment (`#/design/<slug>`).
    pub slug: String,
    pub title: String,
    pub difficulty: u8,
    pub summary: String,
    /// The whole prompt's clock.
    pub minutes: u32,
    pub prompt_html: String,
    /// Guiding questions per phase id.
    pub guide_html: BTreeMap<String, String>,
    /// Hidden until commit: the key numbers.
    pub estimates: Vec<Estimate>,
    /// Hidden until commit: the outline of a strong answer.
    pub outline_html: String,
    /// Hidden until commit: what a strong answer covers.
    pub rubric: Vec<RubricPoint>,
    /// The capacity simulator's preset for this prompt.
    pub simulator: Option<Topology>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Estimate {
    pub id: String,
    pub label: String,
    pub unit: String,
    pub answer: f64,
    /// Relative: 0.25 = ±25 % earns full credit.
    pub tolerance: f64,
    pub why_html: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct RubricPoint {
    /// `<phase>-<n>` (n counts from 1 within the phase): ticks and reviews refer to it.
    pub id: String,
    pub phase: String,
    pub point_html: String,
    pub why_html: String,
}

impl DesignPrompt {
    pub fn rubric_point(&self, id: &str) -> Option<&RubricPoint> {
        self.rubric.iter().find(|r| r.id == id)
    }
}
