//! One visit to an exercise page (coding or SQL) as a review: rated once (`schedule::Visit`), by
//! the first submit that passes or by the full solution opened, and recorded in the queue.

use crate::adapters::clock;
use crate::state::{use_app, AppContext};
use backprep_core::srs::fsrs::Rating;
use backprep_core::srs::schedule::Visit;
use std::cell::RefCell;
use std::rc::Rc;
use yew::prelude::*;

#[derive(Clone)]
pub struct VisitReview {
    app: AppContext,
    key: String,
    visit: Rc<RefCell<Visit>>,
    rated: UseStateHandle<bool>,
}

impl VisitReview {
    /// A graded submit: records the review if this is the one that rates the visit.
    pub fn submitted(&self, passed: bool, help: u8, difficulty: u8) {
        let rating = self.visit.borrow_mut().submitted(passed, help, clock::now_ms(), difficulty);
        self.record(rating);
    }

    /// Whether this visit has been rated (a re-solve may then show the previous solution).
    pub fn rated(&self) -> bool {
        *self.rated
    }

    fn record(&self, rating: Option<Rating>) {
        if let Some(r) = rating {
            self.app.review(self.key.clone(), r);
            self.rated.set(true);
        }
    }
}

/// The review of item `key` for this visit; `solution_seen` turning true rates it Again.
#[hook]
pub fn use_visit_review(key: String, solution_seen: bool) -> VisitReview {
    let app = use_app();
    let visit = use_mut_ref(|| Visit::new(clock::now_ms()));
    let rated = use_state(|| false);
    let review = VisitReview { app, key, visit, rated };
    {
        let review = review.clone();
        use_effect_with(solution_seen, move |seen| {
            if *seen {
                let rating = review.visit.borrow_mut().solution_seen();
                review.record(rating);
            }
        });
    }
    review
}
