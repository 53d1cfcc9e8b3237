//! A quiz link's first question as a static copy, made in the browser before the quiz module
//! (250 KB) has arrived: the page's loader runs this through a small module of its own
//! (`src/bin/quizcopy.rs`, ~40 KB) on the link and the question banks it fetched, paints the
//! result, and starts the quiz module after that paint. The question is picked by the same rule
//! as the app's (`build_items`) and drawn as `QuizRun` first renders it; what the reader does on
//! the copy (options chosen, Submit, the keys 1–9 and Enter) is handed to the app when it takes
//! the copy's place (`Carried`).

use super::{close, esc, open};
use crate::content::{sort_topics, AnswerKey, Catalog, Question, Topic};
use crate::format;
use crate::quiz::engine::{build_items, QuizItem, QuizState};
use crate::quiz::QuizSettings;
use crate::route::Route;
use serde::Deserialize;

/// The root's attribute that names the question a copy shows, so the app adopts only a copy of
/// its own first question.
pub const QUESTION_ATTR: &str = "data-first-question";

/// The first question of the quiz that `hash` starts (`#/quiz?topics=…&seed=…&start=1`), drawn
/// from `banks` (a JSON array of the topic files the link names, in any order), as the app's
/// first render of that page shows it to a reader whose theme is `dark` or not. `None` when the
/// link does not start a quiz at once, draws from topics not given (every topic, or exact ids),
/// or cannot start: the app then says why, and no copy is painted.
pub fn first_question(hash: &str, banks: &str, dark: bool) -> Option<String> {
    let Route::Quiz { query } = Route::parse(hash) else { return None };
    if !query.iter().any(|(k, v)| k == "start" && v == "1") {
        return None;
    }
    let settings = QuizSettings::from_query(&query).ok()??;
    if !settings.ids.is_empty() || settings.topics.is_empty() || settings.validate().is_err() {
        return None;
    }
    let mut topics: Vec<Topic> = serde_json::from_str::<Vec<Bank>>(banks).ok()?.into_iter().map(Bank::into_topic).collect();
    if settings.topics.iter().any(|t| !topics.iter().any(|b| &b.id == t)) {
        return None;
    }
    // The app's catalog holds the chosen topics in the index's order, and dealing depends on it.
    topics.retain(|t| settings.topics.contains(&t.id));
    sort_topics(&mut topics);
    let catalog = Catalog { topics, ..Catalog::default() };
    let items = build_items(&catalog, &settings).ok()?;
    let first = items.first()?.clone();
    let state = QuizState::new(settings, items, 0.0);
    let title = catalog.topic(&first.question.topic).map_or(first.question.topic.as_str(), |t| t.title.as_str());
    let attr = format!(" {QUESTION_ATTR}=\"{}\"", esc(&first.question.id));
    Some(open(dark, &attr) + &run_page(&state, &first, title) + close())
}

/// A question bank as much as a copy needs of it: what `build_items` draws on and the first
/// question shows. Explanations, tags and references (a third of a bank) are skipped unread, not
/// copied into memory: this runs on the way to the page's first paint.
#[derive(Deserialize)]
struct Bank {
    id: String,
    #[serde(default)]
    order: i64,
    title: String,
    questions: Vec<BankQuestion>,
}

#[derive(Deserialize)]
struct BankQuestion {
    id: String,
    topic: String,
    difficulty: u8,
    prompt_html: String,
    answer: AnswerKey,
}

impl Bank {
    fn into_topic(self) -> Topic {
        let questions = self
            .questions
            .into_iter()
            .map(|q| Question {
                id: q.id,
                topic: q.topic,
                difficulty: q.difficulty,
                tags: Vec::new(),
                prompt_html: q.prompt_html,
                explanation_html: String::new(),
                reference: None,
                answer: q.answer,
            })
            .collect();
        Topic { id: self.id, order: self.order, title: self.title, summary: String::new(), questions }
    }
}

/// `QuizRun`'s first render: answering the first question, nothing chosen, full countdowns.
fn run_page(s: &QuizState, item: &QuizItem, topic_title: &str) -> String {
    let q = &item.question;
    let n = s.items.len();
    let mut h = String::from("<div class=\"page quiz-run\"><div class=\"quiz-bar\">");
    h += &format!("<span class=\"progress\" aria-label=\"Question 1 of {n}\">1 / {n}</span>");
    if let Some(ms) = s.total_left_ms(s.started_ms) {
        h += &timer(ms, "Quiz time left");
    }
    if let Some(ms) = s.question_left_ms(s.started_ms) {
        h += &timer(ms, "Time for this question");
    }
    h += "<button type=\"button\" class=\"quiet\">Quit</button></div>";
    h += "<article class=\"question\" aria-labelledby=\"q-title\"><h1 id=\"q-title\" tabindex=\"-1\">";
    h += &format!("<span class=\"meta\">{} · difficulty {}</span>", esc(topic_title), q.difficulty);
    h += &format!("<span class=\"visually-hidden\">Question 1 of {n}</span></h1>");
    h += &format!("<div class=\"prose prompt\">{}</div>", q.prompt_html);
    h += &answer_input(item);
    h += "<div class=\"actions\"><button type=\"button\" class=\"primary\">Submit</button></div></article></div>";
    h
}

/// `Timer` with `ms` left.
fn timer(ms: f64, label: &str) -> String {
    let text = format::time_left(ms);
    let low = if ms <= 60_000.0 { " low" } else { "" };
    let alert = if ms <= 60_000.0 && ms > 0.0 { "One minute left" } else { "" };
    format!(
        "<div class=\"timer{low}\"><span class=\"timer-label\">{label}</span><span role=\"timer\" aria-label=\"{label}: {text}\">{text}</span><span class=\"visually-hidden\" aria-live=\"assertive\">{alert}</span></div>"
    )
}

/// The answer controls, as `answer_input` in `QuizRun` renders them while answering.
fn answer_input(item: &QuizItem) -> String {
    let option = |d: usize, kind: &str, body: &str| {
        format!("<label class=\"option\"><input type=\"{kind}\" name=\"answer\"><span class=\"key\" aria-hidden=\"true\">{}</span><span class=\"option-body\">{body}</span></label>", d + 1)
    };
    match &item.question.answer {
        AnswerKey::Single { options } | AnswerKey::Multiple { options } => {
            let multiple = matches!(item.question.answer, AnswerKey::Multiple { .. });
            let (legend, kind) = if multiple { ("Select all that apply", "checkbox") } else { ("Choose one", "radio") };
            let mut h = format!("<fieldset class=\"options\"><legend>{legend}</legend>");
            for (d, &a) in item.order.iter().enumerate() {
                h += &option(d, kind, &format!("<span>{}</span>", options[a].html));
            }
            h + "</fieldset>"
        }
        AnswerKey::TrueFalse { .. } => {
            format!("<fieldset class=\"options\"><legend>True or false?</legend>{}{}</fieldset>", option(0, "radio", "True"), option(1, "radio", "False"))
        }
        AnswerKey::Numeric { unit, .. } => format!(
            "<div class=\"numeric\"><label>Your answer<input type=\"text\" inputmode=\"decimal\" autocomplete=\"off\"><span>{}</span></label></div>",
            esc(unit.as_deref().unwrap_or(""))
        ),
    }
}

/// What the reader did on a copy before the app took its place, as the loader hands it over
/// (`backprep.quizCopy()`): the app starts its quiz from it (`adopt`).
#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct Carried {
    /// The question the copy showed (its root's `data-first-question`).
    pub question: String,
    /// When the copy was painted (ms since the epoch): the quiz's clock started then.
    pub shown_ms: f64,
    /// Display indices of the options ticked, in order.
    #[serde(default)]
    pub chosen: Vec<usize>,
    /// A numeric answer's text.
    #[serde(default)]
    pub text: String,
    /// Submit (or Enter) was pressed on the copy.
    #[serde(default)]
    pub submitted: bool,
    /// Quit (or Esc) was pressed on the copy: the app asks whether to quit.
    #[serde(default)]
    pub quit: bool,
}

impl Carried {
    /// Reads the loader's hand-over; `None` if it is unreadable.
    pub fn parse(json: &str) -> Option<Carried> {
        serde_json::from_str(json).ok()
    }

    /// The quiz of `settings` and `items` as it stands at `now_ms` after what the reader did on
    /// the copy of its first question: started when the copy was painted (its countdowns read
    /// from then), with the copy's choices made. `None` when the copy showed another question
    /// (then it is not this quiz's). Submitting and quitting are left to the caller, after its
    /// first render.
    pub fn adopt(&self, settings: QuizSettings, items: Vec<crate::quiz::QuizItem>, now_ms: f64) -> Option<QuizState> {
        use crate::quiz::QuizAction;
        if items.first()?.question.id != self.question || !self.shown_ms.is_finite() {
            return None;
        }
        let mut s = QuizState::new(settings, items, self.shown_ms.min(now_ms)).apply(QuizAction::Tick { now_ms });
        let answer = s.item()?.question.answer.clone();
        match answer {
            AnswerKey::Single { .. } | AnswerKey::Multiple { .. } => {
                for &d in &self.chosen {
                    s = s.apply(QuizAction::Choose(d));
                }
            }
            AnswerKey::TrueFalse { .. } => {
                if let Some(&d) = self.chosen.last() {
                    s = s.apply(QuizAction::SetBool(d == 0));
                }
            }
            AnswerKey::Numeric { .. } => {
                if !self.text.is_empty() {
                    s = s.apply(QuizAction::SetText(self.text.clone()));
                }
            }
        }
        Some(s)
    }
}
