//! One component per route.
pub mod data;
pub mod exercise;
pub mod history;
pub mod home;
pub mod not_found;
pub mod quiz;
pub mod quiz_run;
pub mod results;
pub mod review;
