//! A result grid: the column names, at most 200 rows, and how many rows there were in all.

use backprep_core::sql::protocol::ResultSet;
use backprep_core::sql::Cell;
use yew::prelude::*;

/// One value; NULL is set apart from the text "NULL".
pub fn cell(c: &Cell) -> Html {
    match c {
        Cell::Null => html! { <td class="null">{"NULL"}</td> },
        Cell::Int(_) | Cell::Real(_) => html! { <td class="num">{c.display()}</td> },
        Cell::Text(t) => html! { <td>{t}</td> },
    }
}

/// Rows as a table (no caption): shared by the grid and the verdicts' differences.
pub fn rows_table(columns: &[String], rows: &[Vec<Cell>], label: &str) -> Html {
    html! {
        <table class="grid" aria-label={label.to_string()}>
            if !columns.is_empty() {
                <thead><tr>{ for columns.iter().map(|c| html! { <th scope="col">{c}</th> }) }</tr></thead>
            }
            <tbody>{ for rows.iter().map(|r| html! { <tr>{ for r.iter().map(cell) }</tr> }) }</tbody>
        </table>
    }
}

#[derive(Properties, PartialEq)]
pub struct Props {
    pub result: ResultSet,
    pub label: AttrValue,
}

#[function_component(ResultGrid)]
pub fn result_grid(props: &Props) -> Html {
    let r = &props.result;
    let count = if r.more { format!("more than {} rows", r.count) } else if r.count == 1 { "1 row".into() } else { format!("{} rows", r.count) };
    let shown = if r.truncated() { format!(" (showing the first {})", r.rows.len()) } else { String::new() };
    html! {
        <div class="result" data-testid="sql-result-grid">
            <p class="meta" data-testid="sql-row-count">{format!("{count}{shown}")}</p>
            <div class="grid-scroll" tabindex="0" role="region" aria-label={props.label.clone()}>
                { rows_table(&r.columns, &r.rows, &props.label) }
            </div>
        </div>
    }
}
