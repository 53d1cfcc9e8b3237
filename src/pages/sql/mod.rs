//! `#/sql` (the SQL round's exercises) and `#/sql/<slug>` (one exercise: loads it, then hands it
//! to `SqlAttemptPage`, which the browser tests also mount directly).

mod attempt;

use crate::components::not_found::NotFound;
use crate::hooks::{loading_view, use_sql_exercise, Load};
use crate::state::use_app;
pub use attempt::SqlAttemptPage;
use backprep_core::route::Route;
use yew::prelude::*;

#[function_component(SqlListPage)]
pub fn sql_list_page() -> Html {
    let app = use_app();
    let drafts = &app.data.data.drafts;
    html! {
        <div class="page" data-testid="sql-index">
            <h1 tabindex="-1">{"SQL round"}</h1>
            <p class="lead">{"Write the query on a real SQLite that runs in this browser. Run tries it on the data shown; Submit grades it on that data and on random datasets, against a reference solution you see after a first run."}</p>
            <ul class="cards" data-testid="sql-list">
                { for app.index.sql.iter().map(|e| {
                    let solved = drafts.get(&e.slug).and_then(|d| d.best).is_some_and(|(p, t)| t > 0 && p == t);
                    html! {
                        <li class="card">
                            <a href={Route::Sql { slug: e.slug.clone() }.href()} data-testid="sql-link"><span class="card-title">{&e.title}</span></a>
                            <p>{&e.summary}</p>
                            <p class="meta">{backprep_core::format::difficulty_label(e.difficulty)}{ if solved { " · solved" } else { "" } }</p>
                        </li>
                    }
                }) }
            </ul>
        </div>
    }
}

#[derive(Properties, PartialEq)]
pub struct Props {
    pub slug: AttrValue,
    /// Re-solving from the review queue (`#/sql/<slug>/again`).
    #[prop_or_default]
    pub again: bool,
}

#[function_component(SqlPage)]
pub fn sql_page(props: &Props) -> Html {
    let app = use_app();
    let known = app.index.sql_exercise(&props.slug).is_some();
    let ex = use_sql_exercise(props.slug.to_string());
    if !known {
        return html! { <NotFound path={format!("/sql/{}", props.slug)} /> };
    }
    match &ex {
        Load::Ready(ex) => html! { <SqlAttemptPage key={format!("{}{}", ex.slug, props.again)} exercise={ex.clone()} again={props.again} /> },
        other => loading_view(other),
    }
}
