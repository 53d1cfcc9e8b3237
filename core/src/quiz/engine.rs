//! A running quiz as a pure state machine. Every action that depends on time carries `now_ms`
//! (milliseconds since the epoch, from an injected clock), so timing is tested with fake times.
//! Only submitted answers count: when a countdown runs out, the current question and every
//! question not reached are unanswered, which scores as wrong.

use super::scoring::{credit, is_correct, Response, Score, TopicScores};
use super::settings::QuizSettings;
use crate::content::{AnswerKey, Catalog, Question};
use crate::rng::Rng;
use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, BTreeSet};
use std::rc::Rc;

/// One question of a quiz, with its options in display order.
#[derive(Debug, Clone, PartialEq)]
pub struct QuizItem {
    pub question: Question,
    /// `order[display_index] = authored_index`.
    pub order: Vec<usize>,
}

/// Picks and orders the questions for `settings`. Same catalog + settings ⇒ same quiz.
pub fn build_items(catalog: &Catalog, settings: &QuizSettings) -> Result<Vec<QuizItem>, String> {
    let mut rng = Rng::new(settings.seed);
    let picked: Vec<&Question> = if !settings.ids.is_empty() {
        let mut qs: Vec<&Question> = settings.ids.iter().filter_map(|id| catalog.question(id)).collect();
        if qs.is_empty() {
            return Err("none of the questions in this link exist any more".into());
        }
        rng.shuffle(&mut qs);
        qs.truncate(settings.count);
        qs
    } else {
        for t in &settings.topics {
            if catalog.topic(t).is_none() {
                return Err(format!("there is no topic `{t}`"));
            }
        }
        // Shuffle each topic, then deal round-robin so a mixed quiz covers every chosen topic.
        let mut pools: Vec<Vec<&Question>> = catalog
            .topics
            .iter()
            .filter(|t| settings.topics.is_empty() || settings.topics.contains(&t.id))
            .map(|t| {
                let mut qs: Vec<&Question> = t
                    .questions
                    .iter()
                    .filter(|q| settings.difficulties.is_empty() || settings.difficulties.contains(&q.difficulty))
                    .collect();
                rng.shuffle(&mut qs);
                qs
            })
            .filter(|p| !p.is_empty())
            .collect();
        rng.shuffle(&mut pools);
        let mut qs = Vec::new();
        while qs.len() < settings.count && pools.iter().any(|p| !p.is_empty()) {
            for p in pools.iter_mut() {
                if qs.len() < settings.count {
                    if let Some(q) = p.pop() {
                        qs.push(q);
                    }
                }
            }
        }
        if qs.is_empty() {
            return Err("no question matches these settings".into());
        }
        rng.shuffle(&mut qs);
        qs
    };
    Ok(picked
        .into_iter()
        .map(|q| {
            let mut order: Vec<usize> = (0..q.answer.options().len()).collect();
            Rng::derived(settings.seed, &q.id).shuffle(&mut order);
            QuizItem { question: q.clone(), order }
        })
        .collect())
}

/// The user's current, not yet submitted, choice.
#[derive(Debug, Clone, PartialEq, Default)]
pub enum Selection {
    #[default]
    Empty,
    /// Display indices of the chosen options.
    Choices(BTreeSet<usize>),
    Bool(bool),
    /// Raw text of a numeric answer.
    Text(String),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum FinishReason {
    Completed,
    TimeUp,
    Quit,
}

#[derive(Debug, Clone, PartialEq)]
pub enum Phase {
    Answering,
    /// The answer was submitted; asking how sure the learner was before showing whether it
    /// was right (so the confidence is honest).
    Confidence { correct: bool },
    /// Showing whether it was right.
    Feedback { correct: bool },
    Finished(FinishReason),
}

#[derive(Debug, Clone, PartialEq)]
pub enum QuizAction {
    /// Choose option `display_index` (single: replaces, multiple: toggles).
    Choose(usize),
    SetBool(bool),
    SetText(String),
    Submit { now_ms: f64 },
    /// The confidence in the submitted answer (1 guessed, 2 unsure, 3 sure; `None` skips).
    Confide(Option<u8>),
    Next { now_ms: f64 },
    Tick { now_ms: f64 },
    AskQuit,
    CancelQuit,
    Quit { now_ms: f64 },
}

#[derive(Debug, Clone, PartialEq)]
pub struct QuizState {
    pub settings: QuizSettings,
    /// Shared so that cloning the state on every tick stays cheap.
    pub items: Rc<Vec<QuizItem>>,
    pub current: usize,
    pub phase: Phase,
    pub selection: Selection,
    /// Why the last submit was refused (e.g. "enter a number").
    pub input_error: Option<String>,
    pub responses: Vec<Option<Response>>,
    pub times_ms: Vec<u64>,
    pub confidences: Vec<Option<u8>>,
    pub started_ms: f64,
    pub question_started_ms: f64,
    pub ended_ms: Option<f64>,
    /// The latest time an action carried: what the countdowns display.
    pub now_ms: f64,
    pub confirm_quit: bool,
}

impl QuizState {
    pub fn new(settings: QuizSettings, items: Vec<QuizItem>, now_ms: f64) -> QuizState {
        let n = items.len();
        QuizState {
            settings,
            items: Rc::new(items),
            current: 0,
            phase: Phase::Answering,
            selection: Selection::Empty,
            input_error: None,
            responses: vec![None; n],
            times_ms: vec![0; n],
            confidences: vec![None; n],
            started_ms: now_ms,
            question_started_ms: now_ms,
            ended_ms: None,
            now_ms,
            confirm_quit: false,
        }
    }

    pub fn item(&self) -> Option<&QuizItem> {
        self.items.get(self.current)
    }

    pub fn is_finished(&self) -> bool {
        matches!(self.phase, Phase::Finished(_))
    }

    /// Milliseconds left on the whole-quiz countdown.
    pub fn total_left_ms(&self, now_ms: f64) -> Option<f64> {
        let end = self.ended_ms.unwrap_or(now_ms);
        self.settings.total_secs.map(|s| (f64::from(s) * 1000.0 - (end - self.started_ms)).max(0.0))
    }

    /// Milliseconds left for the current question (only while answering).
    pub fn question_left_ms(&self, now_ms: f64) -> Option<f64> {
        match self.phase {
            Phase::Answering => self
                .settings
                .per_question_secs
                .map(|s| (f64::from(s) * 1000.0 - (now_ms - self.question_started_ms)).max(0.0)),
            _ => None,
        }
    }

    /// The pure transition function; Yew's reducer only delegates here.
    pub fn apply(mut self, action: QuizAction) -> QuizState {
        if self.is_finished() {
            return self;
        }
        if let Some(now) = action_time(&action) {
            self.now_ms = self.now_ms.max(now);
            if self.total_left_ms(now) == Some(0.0) {
                self.finish(now, FinishReason::TimeUp);
                return self;
            }
        }
        match action {
            QuizAction::Choose(display) if self.phase == Phase::Answering => {
                let Some(item) = self.item() else { return self };
                if display >= item.order.len() {
                    return self;
                }
                let multiple = matches!(item.question.answer, AnswerKey::Multiple { .. });
                let mut set = match std::mem::take(&mut self.selection) {
                    Selection::Choices(s) if multiple => s,
                    _ => BTreeSet::new(),
                };
                if multiple && set.contains(&display) {
                    set.remove(&display);
                } else {
                    set.insert(display);
                }
                self.selection = if set.is_empty() { Selection::Empty } else { Selection::Choices(set) };
                self.input_error = None;
            }
            QuizAction::SetBool(b) if self.phase == Phase::Answering => {
                self.selection = Selection::Bool(b);
                self.input_error = None;
            }
            QuizAction::SetText(t) if self.phase == Phase::Answering => {
                self.selection = if t.is_empty() { Selection::Empty } else { Selection::Text(t) };
                self.input_error = None;
            }
            QuizAction::Submit { now_ms } if self.phase == Phase::Answering => match self.response() {
                Ok(Some(r)) => {
                    let correct = self.item().is_some_and(|i| is_correct(&i.question.answer, &r));
                    self.record(Some(r), now_ms);
                    self.phase = Phase::Confidence { correct };
                }
                Ok(None) => self.input_error = Some("Choose an answer first.".into()),
                Err(e) => self.input_error = Some(e),
            },
            QuizAction::Confide(level) => {
                if let Phase::Confidence { correct } = self.phase {
                    if let Some(c) = self.confidences.get_mut(self.current) {
                        *c = level.filter(|l| (1..=3).contains(l));
                    }
                    self.phase = Phase::Feedback { correct };
                }
            }
            QuizAction::Next { now_ms } if matches!(self.phase, Phase::Feedback { .. }) => self.advance(now_ms),
            QuizAction::Tick { now_ms } => {
                if self.question_left_ms(now_ms) == Some(0.0) {
                    self.record(None, now_ms);
                    self.advance(now_ms);
                }
            }
            QuizAction::AskQuit => self.confirm_quit = true,
            QuizAction::CancelQuit => self.confirm_quit = false,
            QuizAction::Quit { now_ms } => self.finish(now_ms, FinishReason::Quit),
            _ => {}
        }
        self
    }

    /// The current selection as a response in authored indices; `Ok(None)` when nothing is chosen.
    fn response(&self) -> Result<Option<Response>, String> {
        let Some(item) = self.item() else { return Ok(None) };
        Ok(match (&self.selection, &item.question.answer) {
            (Selection::Empty, _) => None,
            (Selection::Choices(set), AnswerKey::Single { .. } | AnswerKey::Multiple { .. }) => {
                Some(Response::Choices(set.iter().filter_map(|&d| item.order.get(d).copied()).collect()))
            }
            (Selection::Bool(b), AnswerKey::TrueFalse { .. }) => Some(Response::Bool(*b)),
            (Selection::Text(t), AnswerKey::Numeric { .. }) => Some(Response::Number(parse_number(t)?)),
            _ => None,
        })
    }

    fn record(&mut self, response: Option<Response>, now_ms: f64) {
        let i = self.current;
        if i < self.responses.len() {
            self.responses[i] = response;
            self.times_ms[i] = (now_ms - self.question_started_ms).max(0.0) as u64;
        }
    }

    fn advance(&mut self, now_ms: f64) {
        if self.current + 1 >= self.items.len() {
            self.finish(now_ms, FinishReason::Completed);
        } else {
            self.current += 1;
            self.phase = Phase::Answering;
            self.selection = Selection::Empty;
            self.input_error = None;
            self.question_started_ms = now_ms;
        }
    }

    fn finish(&mut self, now_ms: f64, reason: FinishReason) {
        if self.phase == Phase::Answering && self.current < self.items.len() {
            self.record(None, now_ms);
        }
        // A time-up ends exactly at the limit, whatever tick noticed it.
        let end = match (reason, self.settings.total_secs) {
            (FinishReason::TimeUp, Some(s)) => (self.started_ms + f64::from(s) * 1000.0).min(now_ms),
            _ => now_ms,
        };
        self.ended_ms = Some(end);
        self.confirm_quit = false;
        self.phase = Phase::Finished(reason);
    }

    /// The finished quiz as a record for history, review and scheduling.
    pub fn to_attempt(&self, id: String) -> Attempt {
        let reason = match self.phase {
            Phase::Finished(r) => r,
            _ => FinishReason::Quit,
        };
        Attempt {
            id,
            started_at: self.started_ms,
            ended_at: self.ended_ms.unwrap_or(self.started_ms),
            settings: self.settings.clone(),
            reason,
            items: self
                .items
                .iter()
                .zip(&self.responses)
                .zip(&self.times_ms)
                .zip(&self.confidences)
                .map(|(((item, response), &time_ms), &confidence)| AttemptItem {
                    question_id: item.question.id.clone(),
                    topic: item.question.topic.clone(),
                    order: item.order.clone(),
                    correct: response.as_ref().is_some_and(|r| is_correct(&item.question.answer, r)),
                    credit: response.as_ref().map(|r| (credit(&item.question.answer, r) * 1000.0).round() as u16).filter(|c| (1..1000).contains(c)),
                    response: response.clone(),
                    time_ms,
                    confidence: confidence.map(u16::from),
                })
                .collect(),
        }
    }
}

fn action_time(a: &QuizAction) -> Option<f64> {
    match a {
        QuizAction::Submit { now_ms } | QuizAction::Next { now_ms } | QuizAction::Tick { now_ms } | QuizAction::Quit { now_ms } => Some(*now_ms),
        _ => None,
    }
}

/// Parses a numeric answer as people type it: `1,000,000`, ` 2.5 `, `1e9`, `-3`.
pub fn parse_number(text: &str) -> Result<f64, String> {
    let cleaned: String = text.trim().chars().filter(|c| *c != ',' && *c != '_' && !c.is_whitespace()).collect();
    match cleaned.parse::<f64>() {
        Ok(v) if v.is_finite() => Ok(v),
        _ => Err(format!("`{}` is not a number; type digits such as 2500 or 2.5e3", text.trim())),
    }
}

/// A finished quiz, as saved in history.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Attempt {
    pub id: String,
    /// Epoch milliseconds.
    pub started_at: f64,
    pub ended_at: f64,
    pub settings: QuizSettings,
    pub reason: FinishReason,
    pub items: Vec<AttemptItem>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct AttemptItem {
    pub question_id: String,
    pub topic: String,
    /// Display order of the options when the question was asked.
    #[serde(default)]
    pub order: Vec<usize>,
    pub response: Option<Response>,
    /// Scored when the attempt ended, so later content edits do not rewrite history.
    pub correct: bool,
    /// Partial credit of a wrong numeric estimate on a log scale, in thousandths (1..=999):
    /// an integer, so it reads back exactly.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub credit: Option<u16>,
    pub time_ms: u64,
    /// How sure the learner said they were before seeing the answer: 1 guessed, 2 unsure, 3 sure.
    /// A `u16` like `credit`, so one reader serves both (bytes in every module).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub confidence: Option<u16>,
}

impl Attempt {
    pub fn score(&self) -> Score {
        let mut s = Score::default();
        for i in &self.items {
            s.add(i.response.is_some(), i.correct);
        }
        s
    }

    /// Correct answers plus partial credit: 7.7 for seven right and one estimate 2× off.
    pub fn points(&self) -> f64 {
        self.items.iter().map(|i| if i.correct { 1.0 } else { f64::from(i.credit.unwrap_or(0)) / 1000.0 }).sum()
    }

    /// Whether any answer earned partial credit.
    pub fn has_partial(&self) -> bool {
        self.items.iter().any(|i| i.credit.is_some())
    }

    pub fn topic_scores(&self) -> TopicScores {
        let mut m: TopicScores = BTreeMap::new();
        for i in &self.items {
            m.entry(i.topic.clone()).or_default().add(i.response.is_some(), i.correct);
        }
        m
    }

    pub fn duration_ms(&self) -> f64 {
        (self.ended_at - self.started_at).max(0.0)
    }

    /// Ids of the questions answered wrongly or not at all.
    pub fn mistakes(&self) -> Vec<String> {
        self.items.iter().filter(|i| !i.correct).map(|i| i.question_id.clone()).collect()
    }
}
