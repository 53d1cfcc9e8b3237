//! Areas: the app is split into WASM modules by area (home, quiz, review, exercise, sql, design,
//! behavioural, mock, data; a new round
//! adds one), so the home page downloads only the home page's code and every round loads its
//! own code when it is opened. Each module is a Cargo bin (`src/bin/<area>.rs`) that mounts
//! `App<P>` with its own `Pages`; link-time optimisation drops the pages it does not name.
//! A route of another area renders `Handoff`, which asks the page's loader (index.html) for that
//! area's module; the loader unmounts this app and mounts the other one over the same URL.

mod handoff;
mod mount;

pub use handoff::Handoff;
pub use mount::{copy_on_screen, first_render_done, mount, unmount, Hold};

use crate::components::not_found::NotFound;
use crate::pages;
use backprep_core::route::{Area, Route};
use backprep_core::store::UserData;
use yew::prelude::*;

/// The body of an area's bin (`src/bin/<area>.rs`): the `mount` and `unmount` exports the
/// loader calls, for the given `Pages`.
#[macro_export]
macro_rules! area_module {
    ($pages:ty) => {
        #[wasm_bindgen::prelude::wasm_bindgen]
        pub fn mount() {
            $crate::areas::mount::<$pages>();
        }

        #[wasm_bindgen::prelude::wasm_bindgen]
        pub fn unmount() {
            $crate::areas::unmount();
        }

        /// Called by the loader's compile worker on an instance of its own: see `areas::prime`.
        #[wasm_bindgen::prelude::wasm_bindgen]
        pub fn prime() -> bool {
            $crate::areas::prime::<$pages>()
        }

        fn main() {}
    };
}

/// The pages one module renders.
pub trait Pages: 'static {
    /// The areas whose pages this module renders; a route of any other area is handed over.
    const AREAS: &'static [Area];
    /// Whether this module's app may render out of sight behind the page's static copy and take
    /// its place once whole (`mount`); else it replaces the copy in its first render's task.
    const RENDERS_BEHIND_COPY: bool = false;
    /// The page of `route`, for routes of `AREAS` (`None` only if `Route::area` and the page
    /// lists below disagree).
    fn page(route: &Route) -> Option<Html>;
    /// This area's part of `prime`: pure code its pages run first. Whether it ran through.
    fn prime() -> bool {
        true
    }
}

/// Home page and "not found".
pub struct Home;
impl Pages for Home {
    const AREAS: &'static [Area] = &[Area::Home];
    const RENDERS_BEHIND_COPY: bool = true;
    fn page(route: &Route) -> Option<Html> {
        home(route)
    }
}

/// Quiz setup and run, and a quiz's results (its review of answers).
pub struct Quiz;
impl Pages for Quiz {
    const AREAS: &'static [Area] = &[Area::Quiz];
    fn page(route: &Route) -> Option<Html> {
        quiz(route)
    }
    fn prime() -> bool {
        crate::adapters::content::prime()
    }
}

/// The review queue, the interview plan, and the quiz history with calibration (kept out of the
/// quiz module, which a quiz link waits for).
pub struct Review;
impl Pages for Review {
    const AREAS: &'static [Area] = &[Area::Review];
    fn page(route: &Route) -> Option<Html> {
        review(route)
    }
}

/// The coding exercise page.
pub struct Exercise;
impl Pages for Exercise {
    const AREAS: &'static [Area] = &[Area::Exercise];
    fn page(route: &Route) -> Option<Html> {
        exercise(route)
    }
}

/// The SQL round: its list and exercises (the engine's worker starts only here).
pub struct Sql;
impl Pages for Sql {
    const AREAS: &'static [Area] = &[Area::Sql];
    fn page(route: &Route) -> Option<Html> {
        sql(route)
    }
}

/// The system-design round: prompts and the capacity simulator.
pub struct Design;
impl Pages for Design {
    const AREAS: &'static [Area] = &[Area::Design];
    fn page(route: &Route) -> Option<Html> {
        design(route)
    }
}

/// The behavioural round: prompts, answering out loud or typed, and the story bank.
pub struct Behavioural;
impl Pages for Behavioural {
    const AREAS: &'static [Area] = &[Area::Behavioural];
    fn page(route: &Route) -> Option<Html> {
        behavioural(route)
    }
}

/// The mock interview (its parts render the quiz, coding, SQL, design and behavioural pieces).
pub struct Mock;
impl Pages for Mock {
    const AREAS: &'static [Area] = &[Area::Mock];
    fn page(route: &Route) -> Option<Html> {
        mock(route)
    }
}

/// Export, import and storage status.
pub struct Data;
impl Pages for Data {
    const AREAS: &'static [Area] = &[Area::Data];
    fn page(route: &Route) -> Option<Html> {
        data(route)
    }
}

/// Every page in one module: what the browser tests mount (never shipped).
pub struct All;
impl Pages for All {
    const AREAS: &'static [Area] = &Area::ALL;
    fn page(route: &Route) -> Option<Html> {
        home(route).or_else(|| quiz(route)).or_else(|| review(route)).or_else(|| exercise(route)).or_else(|| sql(route)).or_else(|| design(route)).or_else(|| behavioural(route)).or_else(|| mock(route)).or_else(|| data(route))
    }
}

fn home(route: &Route) -> Option<Html> {
    Some(match route {
        Route::Home => html! { <pages::home::HomePage /> },
        Route::NotFound { path } => html! { <NotFound path={AttrValue::from(path.clone())} /> },
        _ => return None,
    })
}

fn quiz(route: &Route) -> Option<Html> {
    Some(match route.clone() {
        Route::Quiz { query } => html! { <pages::quiz::QuizPage {query} topic={None::<AttrValue>} /> },
        Route::QuizTopic { topic } => html! { <pages::quiz::QuizPage query={Vec::new()} topic={Some(AttrValue::from(topic))} /> },
        Route::Attempt { id } => html! { <pages::results::ResultsPage id={AttrValue::from(id)} /> },
        _ => return None,
    })
}

fn review(route: &Route) -> Option<Html> {
    match route {
        Route::Review => Some(html! { <pages::review::ReviewPage /> }),
        Route::History => Some(html! { <pages::history::HistoryPage /> }),
        _ => None,
    }
}

fn exercise(route: &Route) -> Option<Html> {
    match route {
        Route::Exercise { slug } => Some(html! { <pages::exercise::ExercisePage slug={AttrValue::from(slug.clone())} /> }),
        Route::ExerciseAgain { slug } => Some(html! { <pages::exercise::ExercisePage slug={AttrValue::from(slug.clone())} again=true /> }),
        _ => None,
    }
}

fn sql(route: &Route) -> Option<Html> {
    match route {
        Route::SqlList => Some(html! { <pages::sql::SqlListPage /> }),
        Route::Sql { slug } => Some(html! { <pages::sql::SqlPage slug={AttrValue::from(slug.clone())} /> }),
        Route::SqlAgain { slug } => Some(html! { <pages::sql::SqlPage slug={AttrValue::from(slug.clone())} again=true /> }),
        _ => None,
    }
}

fn design(route: &Route) -> Option<Html> {
    Some(match route.clone() {
        Route::DesignList => html! { <pages::design::DesignListPage /> },
        Route::Design { slug } => html! { <pages::design::DesignPage slug={AttrValue::from(slug)} /> },
        Route::Simulator { query } => html! { <pages::design::SimulatorPage {query} /> },
        _ => return None,
    })
}

fn behavioural(route: &Route) -> Option<Html> {
    Some(match route {
        Route::Behavioural => html! { <pages::behavioural::BehaviouralListPage /> },
        Route::BehaviouralPrompt { id } => html! { <pages::behavioural::PromptPage id={AttrValue::from(id.clone())} /> },
        Route::Stories => html! { <pages::behavioural::StoriesPage /> },
        _ => return None,
    })
}

fn mock(route: &Route) -> Option<Html> {
    match route {
        Route::Mock { query } => Some(html! { <pages::mock::MockPage query={query.clone()} /> }),
        _ => None,
    }
}

fn data(route: &Route) -> Option<Html> {
    matches!(route, Route::Data).then(|| html! { <pages::data::DataPage /> })
}

/// `Route::area` and an area's page list disagree: a programming error, shown as "not found"
/// rather than a blank page.
pub(crate) fn misrouted(route: &Route) -> Html {
    html! { <NotFound path={AttrValue::from(route.href())} /> }
}

/// Runs, on the loader's compile worker's own instance of this module (whose imports only throw),
/// the pure code that every area's first render runs (the content index parsed, the user data
/// read and written back) and the area's own (`Pages::prime`), so that the page's first run of
/// it finds it compiled (`backprep_core::prime`). Whether it all ran through.
pub fn prime<P: Pages>() -> bool {
    let _ = crate::index();
    let (_, problem) = UserData::load(Some(&UserData::default().to_json()));
    problem.is_none() && P::prime()
}

/// Warms the quiz module while the home page is idle (the loader calls the quiz bin's `warm`):
/// every question bank is fetched and parsed into memory, so Start shows its first question
/// without waiting for the network or the parser. One bank per task, so the page never has a
/// long task to finish before it can answer a tap.
pub fn warm_quiz() {
    wasm_bindgen_futures::spawn_local(async move {
        // The content index is parsed in a task of its own too, not in the one that instantiated
        // the module.
        crate::adapters::clock::next_task().await;
        let ids: Vec<String> = crate::index().topics.iter().map(|t| t.id.clone()).collect();
        for id in ids {
            crate::adapters::clock::next_task().await;
            // A failure here is not an error: the quiz page loads what it needs and says so.
            let _ = crate::adapters::content::load_topics(std::slice::from_ref(&id)).await;
        }
    });
}
