//! Small presentational components: they render props and emit callbacks.
pub mod chart;
pub mod design;
pub mod exercise;
pub mod header;
pub mod not_found;
pub mod raw_html;
pub mod sql;
pub mod test_results;
pub mod timer;
