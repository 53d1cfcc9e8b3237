//! A re-solve from the review queue (coding or SQL): the banner that says so, and the previous
//! solution, hidden until the visit is rated so that the re-solve is from memory.

use crate::components::review_style::ReviewStyle;
use yew::prelude::*;

/// The draft key of an exercise's code: its slug, or for a re-solve `again:<slug>`, kept apart
/// from the solution it hides.
pub fn draft_key(slug: &str, again: bool) -> String {
    if again {
        format!("again:{slug}")
    } else {
        slug.to_string()
    }
}

/// Where the code being written is kept: `draft_key`, or for a mock interview's part
/// `mock:<slug>`, apart from the exercise's own draft.
pub fn work_key(slug: &str, again: bool, mock: bool) -> String {
    if mock {
        format!("mock:{slug}")
    } else {
        draft_key(slug, again)
    }
}

#[derive(Properties, PartialEq)]
pub struct PreviousProps {
    /// This visit has been rated: the previous solution may be shown.
    pub rated: bool,
    /// The exercise, whose saved draft is the previous solution.
    pub slug: AttrValue,
}

/// A re-solve's banner: the previous solution, hidden until this visit is rated.
#[function_component(PreviousSolution)]
pub fn previous_solution(props: &PreviousProps) -> Html {
    let app = crate::state::use_app();
    let code = app.data.data.drafts.get(props.slug.as_str()).map(|d| d.code.clone()).filter(|c| !c.trim().is_empty());
    let open = use_state(|| false);
    let toggle = {
        let open = open.clone();
        Callback::from(move |_| open.set(!*open))
    };
    html! {
        <div class="again" role="note" data-testid="again-banner">
            <ReviewStyle />
            <p>{"Review: solve it again from a blank editor. "}
                { if props.rated { "Rated and rescheduled: your previous solution is available." } else { "Your previous solution stays hidden until you pass every test or open the full solution." } }</p>
            if let (true, Some(code)) = (props.rated, code) {
                <button type="button" class="quiet" aria-expanded={open.to_string()} onclick={toggle} data-testid="previous-solution-toggle">
                    { if *open { "Hide my previous solution" } else { "Show my previous solution" } }
                </button>
                if *open {
                    <pre class="previous" data-testid="previous-solution"><code>{code}</code></pre>
                }
            }
        </div>
    }
}

