//! The schema panel: each table's columns with their types and keys, and its first rows in the
//! showcase dataset (what Run queries), so a learner can write the query without guessing.

use super::grid::rows_table;
use backprep_core::sql::dataset::Dataset;
use backprep_core::sql::SqlExercise;
use std::rc::Rc;
use yew::prelude::*;

/// Sample rows shown per table.
const SAMPLE: usize = 5;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub exercise: Rc<SqlExercise>,
    pub showcase: Rc<Dataset>,
}

#[function_component(SchemaPanel)]
pub fn schema_panel(props: &Props) -> Html {
    html! {
        <section class="schema" aria-labelledby="schema-h" data-testid="sql-schema">
            <h2 id="schema-h">{"Schema"}</h2>
            { for props.exercise.tables.iter().map(|t| {
                let rows = props.showcase.table(&t.name).map(|d| d.rows.as_slice()).unwrap_or(&[]);
                let more = rows.len().saturating_sub(SAMPLE);
                html! {
                    <div class="schema-table">
                        <h3><code>{&t.name}</code><span class="meta">{format!(" {} rows", rows.len())}</span></h3>
                        <ul class="columns">
                            { for t.columns.iter().map(|c| html! { <li><code>{&c.name}</code>{" "}<span class="meta">{&c.sql_type}</span></li> }) }
                            { for t.constraints.iter().map(|c| html! { <li class="meta">{c}</li> }) }
                        </ul>
                        <div class="grid-scroll" tabindex="0" role="region" aria-label={format!("First rows of {}", t.name)}>
                            { rows_table(&t.column_names(), &rows[..rows.len().min(SAMPLE)], &format!("First rows of {}", t.name)) }
                        </div>
                        if more > 0 { <p class="meta">{format!("…and {more} more")}</p> }
                    </div>
                }
            }) }
        </section>
    }
}
