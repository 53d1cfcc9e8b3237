//! Small presentational components: they render props and emit callbacks.
pub mod behavioural;
pub mod calibration;
pub mod chart;
pub mod design;
pub mod exercise;
pub mod header;
pub mod later;
pub mod not_found;
pub mod raw_html;
pub mod review_style;
pub mod sql;
pub mod test_results;
pub mod timer;
