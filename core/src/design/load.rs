//! Reading and validating `design/<slug>.toml` (see `design/FORMAT.md`) at build time and in
//! native tests: a broken prompt fails the build with file, line and reason.

use super::sim::Topology;
use super::spec::{phase, DesignPrompt, Estimate, RubricPoint, DEFAULT_MINUTES, PHASES};
use crate::authoring::{is_kebab, line_of, markdown, markdown_inline, sorted_entries, ContentError};
use serde::Deserialize;
use std::collections::{BTreeMap, HashMap, HashSet};
use std::path::Path;
use toml::Spanned;

/// Fewest rubric points, and fewest phases they must span.
pub const MIN_RUBRIC: usize = 8;
pub const MIN_RUBRIC_PHASES: usize = 5;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawPrompt {
    title: String,
    difficulty: i64,
    summary: String,
    minutes: Option<i64>,
    prompt: String,
    #[serde(default)]
    guide: BTreeMap<String, String>,
    #[serde(default)]
    estimate: Vec<Spanned<RawEstimate>>,
    reference: RawReference,
    #[serde(default)]
    rubric: Vec<Spanned<RawRubric>>,
    simulator: Option<Spanned<toml::Table>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawEstimate {
    id: String,
    label: String,
    unit: String,
    answer: f64,
    tolerance: f64,
    why: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawReference {
    outline: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawRubric {
    phase: String,
    point: String,
    why: String,
}

/// Parses and validates one prompt file.
pub fn parse_prompt(file: &Path, text: &str) -> Result<DesignPrompt, Vec<ContentError>> {
    let slug = file.file_stem().and_then(|s| s.to_str()).unwrap_or("").to_string();
    let err = |line: usize, reason: String| ContentError { file: file.to_path_buf(), line, id: Some(slug.clone()), reason };
    let raw: RawPrompt = toml::from_str(text).map_err(|e| {
        let line = e.span().map(|s| line_of(text, s.start)).unwrap_or(0);
        vec![err(line, e.message().trim().to_string())]
    })?;
    let line_at = |needle: &str| text.find(needle).map_or(0, |i| line_of(text, i));
    let mut errors = Vec::new();
    let mut bad = |line: usize, reason: String| errors.push(err(line, reason));
    if !is_kebab(&slug) {
        bad(0, "the file name must be kebab-case (it is the route `#/design/<slug>`)".into());
    }
    if !(1..=3).contains(&raw.difficulty) {
        bad(line_at("difficulty"), format!("difficulty must be 1, 2 or 3, not {}", raw.difficulty));
    }
    for (name, value) in [("title", &raw.title), ("summary", &raw.summary), ("prompt", &raw.prompt), ("reference.outline", &raw.reference.outline)] {
        if value.trim().is_empty() {
            bad(line_at(name.rsplit('.').next().unwrap_or(name)), format!("`{name}` must not be empty"));
        }
    }
    let minutes = raw.minutes.unwrap_or(i64::from(DEFAULT_MINUTES));
    if !(20..=90).contains(&minutes) {
        bad(line_at("minutes"), format!("`minutes` must be between 20 and 90, not {minutes}"));
    }
    for key in raw.guide.keys() {
        if phase(key).is_none() {
            bad(line_at(&format!("{key} =")), format!("[guide] `{key}` is not a phase (one of {})", phase_ids()));
        }
    }
    if !(1..=4).contains(&raw.estimate.len()) {
        bad(line_at("[[estimate]]"), format!("give 1 to 4 [[estimate]] entries, not {}", raw.estimate.len()));
    }
    let mut ids = HashSet::new();
    let mut estimates = Vec::new();
    for e in &raw.estimate {
        let line = line_of(text, e.span().start);
        let e = e.get_ref();
        if !is_kebab(&e.id) || !ids.insert(e.id.clone()) {
            bad(line, format!("estimate id `{}` must be kebab-case and unique in the file", e.id));
        }
        if !(e.answer.is_finite() && e.answer > 0.0) {
            bad(line, format!("estimate `{}`: `answer` must be a positive number", e.id));
        }
        if !(e.tolerance > 0.0 && e.tolerance <= 1.0) {
            bad(line, format!("estimate `{}`: `tolerance` is relative and must be in (0, 1]", e.id));
        }
        if e.label.trim().is_empty() || e.unit.trim().is_empty() || e.why.trim().is_empty() {
            bad(line, format!("estimate `{}`: `label`, `unit` and `why` must not be empty", e.id));
        }
        estimates.push(Estimate { id: e.id.clone(), label: e.label.trim().into(), unit: e.unit.trim().into(), answer: e.answer, tolerance: e.tolerance, why_html: markdown(&e.why) });
    }
    let mut rubric = Vec::new();
    let mut per_phase: HashMap<&str, usize> = HashMap::new();
    let mut points = HashSet::new();
    for r in &raw.rubric {
        let line = line_of(text, r.span().start);
        let r = r.get_ref();
        let Some(p) = phase(&r.phase) else {
            bad(line, format!("rubric phase `{}` is not a phase (one of {})", r.phase, phase_ids()));
            continue;
        };
        if r.point.trim().is_empty() || r.why.trim().is_empty() {
            bad(line, "a rubric point needs a `point` and a `why`".into());
        }
        if !points.insert(r.point.trim().to_lowercase()) {
            bad(line, format!("rubric point repeated: {}", r.point.trim()));
        }
        let n = per_phase.entry(p.id).or_default();
        *n += 1;
        rubric.push(RubricPoint { id: format!("{}-{n}", p.id), phase: p.id.into(), point_html: markdown_inline(&r.point), why_html: markdown(&r.why) });
    }
    if rubric.len() < MIN_RUBRIC {
        bad(line_at("[[rubric]]"), format!("give at least {MIN_RUBRIC} rubric points, not {}", rubric.len()));
    }
    if per_phase.len() < MIN_RUBRIC_PHASES {
        bad(line_at("[[rubric]]"), format!("the rubric must span at least {MIN_RUBRIC_PHASES} phases, not {}", per_phase.len()));
    }
    // Shown in phase order, as the learner worked.
    rubric.sort_by_key(|r| PHASES.iter().position(|p| p.id == r.phase));
    let simulator = match &raw.simulator {
        None => None,
        Some(t) => {
            let line = line_of(text, t.span().start);
            match Topology::deserialize(toml::Value::Table(t.get_ref().clone())) {
                Ok(top) => match top.validate() {
                    Ok(()) => Some(top),
                    Err(e) => {
                        bad(line, format!("[simulator]: {e}"));
                        None
                    }
                },
                Err(e) => {
                    bad(line, format!("[simulator]: {}", e.message().trim()));
                    None
                }
            }
        }
    };
    if !errors.is_empty() {
        return Err(errors);
    }
    Ok(DesignPrompt {
        slug,
        title: raw.title.trim().into(),
        difficulty: raw.difficulty as u8,
        summary: raw.summary.trim().into(),
        minutes: minutes as u32,
        prompt_html: markdown(&raw.prompt),
        guide_html: raw.guide.iter().map(|(k, v)| (k.clone(), markdown(v))).collect(),
        estimates,
        outline_html: markdown(&raw.reference.outline),
        rubric,
        simulator,
    })
}

fn phase_ids() -> String {
    PHASES.iter().map(|p| p.id).collect::<Vec<_>>().join(", ")
}

/// Every prompt under `dir` (`*.toml`; FORMAT.md and other files are skipped), by slug.
pub fn load_design(dir: &Path) -> Result<Vec<DesignPrompt>, Vec<ContentError>> {
    let (mut all, mut errors) = (Vec::new(), Vec::new());
    for path in sorted_entries(dir)?.into_iter().filter(|p| p.extension().and_then(|e| e.to_str()) == Some("toml")) {
        match std::fs::read_to_string(&path) {
            Ok(text) => match parse_prompt(&path, &text) {
                Ok(p) => all.push(p),
                Err(e) => errors.extend(e),
            },
            Err(e) => errors.push(ContentError { file: path.clone(), line: 0, id: None, reason: format!("cannot read: {e}") }),
        }
    }
    if errors.is_empty() {
        Ok(all)
    } else {
        Err(errors)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const GOOD: &str = r####"
title = "T"
difficulty = 2
summary = "S"
prompt = "Design it. Assume 1,000 writes a second."

[guide]
requirements = "Who uses it?"

[[estimate]]
id = "writes"
label = "Writes per day"
unit = "writes"
answer = 86400000
tolerance = 0.25
why = "1,000/s × 86,400 s"

[reference]
outline = "### Requirements and scope\n- a"

[[rubric]]
phase = "requirements"
point = "p1"
why = "w"
[[rubric]]
phase = "estimates"
point = "p2"
why = "w"
[[rubric]]
phase = "api"
point = "p3"
why = "w"
[[rubric]]
phase = "data-model"
point = "p4"
why = "w"
[[rubric]]
phase = "high-level"
point = "p5"
why = "w"
[[rubric]]
phase = "high-level"
point = "p6"
why = "w"
[[rubric]]
phase = "requirements"
point = "p7"
why = "w"
[[rubric]]
phase = "trade-offs"
point = "p8"
why = "w"
"####;

    fn parse(text: &str) -> Result<DesignPrompt, Vec<ContentError>> {
        parse_prompt(Path::new("design/good-one.toml"), text)
    }

    fn reasons(text: &str) -> String {
        parse(text).expect_err("should fail").iter().map(ToString::to_string).collect::<Vec<_>>().join("\n")
    }

    #[test]
    fn a_good_file_loads_with_ids_in_phase_order() {
        let p = parse(GOOD).expect("valid");
        assert_eq!(p.slug, "good-one");
        assert_eq!(p.minutes, DEFAULT_MINUTES);
        let ids: Vec<&str> = p.rubric.iter().map(|r| r.id.as_str()).collect();
        assert_eq!(ids, ["requirements-1", "requirements-2", "estimates-1", "api-1", "data-model-1", "high-level-1", "high-level-2", "trade-offs-1"]);
        assert!(p.guide_html["requirements"].contains("Who uses it?"));
        assert!(p.simulator.is_none());
    }

    #[test]
    fn each_broken_rule_names_file_line_and_reason() {
        let r = reasons(&GOOD.replace("difficulty = 2", "difficulty = 7"));
        assert!(r.contains("design/good-one.toml:3: `good-one`: difficulty must be 1, 2 or 3"), "{r}");
        assert!(reasons(&GOOD.replace("tolerance = 0.25", "tolerance = 2.0")).contains("tolerance"));
        assert!(reasons(&GOOD.replace("answer = 86400000", "answer = -1")).contains("positive"));
        assert!(reasons(&GOOD.replace("phase = \"api\"", "phase = \"apis\"")).contains("`apis` is not a phase"));
        assert!(reasons(&GOOD.replace("point = \"p8\"", "point = \"p7\"")).contains("repeated"));
        assert!(reasons(&GOOD.replace("requirements = \"Who", "requirement = \"Who")).contains("[guide] `requirement`"));
        assert!(reasons(&GOOD.replace("title = \"T\"", "title = \"T\"\ncolour = 1")).contains("unknown field `colour`"));
        // Seven points: too few.
        let seven = GOOD.rsplit_once("[[rubric]]").map(|(a, _)| a.to_string()).unwrap_or_default();
        assert!(reasons(&seven).contains("at least 8 rubric points"));
    }

    #[test]
    fn a_simulator_preset_is_a_valid_topology() {
        let p = parse(&format!("{GOOD}\n[simulator]\nrps = 500\n")).expect("valid");
        assert_eq!(p.simulator.map(|t| t.rps), Some(500.0));
        assert!(reasons(&format!("{GOOD}\n[simulator]\nrsp = 500\n")).contains("[simulator]"));
        assert!(reasons(&format!("{GOOD}\n[simulator]\nrps = -5\n")).contains("rps"));
    }
}
