//! Static copies of pages: HTML written from the same content and core rules as the app's first
//! render, painted before a page's module has arrived (the home page and exercise pages at build
//! time, `core/examples/write_content/`; a quiz link's first question at run time, `quiz`). The
//! module's first render takes a copy's place in one task; end-to-end tests compare the two
//! element by element and box by box.
//!
//! What every copy shares: HTML escaping and the page frame (skip link and header) as the app's
//! `App` and `Header` render it for a new visitor, without test ids or handlers.

use crate::route::Route;

pub mod quiz;

pub fn esc(s: &str) -> String {
    s.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;").replace('"', "&quot;")
}

/// The opening of a copy: its root (`#prerender`, which the module replaces in the task of its
/// first render), the skip link, the header (its theme toggle as `dark` makes it), and the
/// opening of `<main>`. `root_attrs` go on the root (` data-x="…"`, escaped by the caller).
pub fn open(dark: bool, root_attrs: &str) -> String {
    let mut h = format!("<div id=\"prerender\" class=\"app-root\"{root_attrs}><a class=\"skip-link\" href=\"#main\">Skip to content</a>");
    h += &format!(
        "<header class=\"top\"><a class=\"brand\" href=\"{}\">backprep</a><nav aria-label=\"Main\"><a href=\"{}\">Quiz</a><a href=\"{}\">SQL</a><a href=\"{}\">Design</a><a href=\"{}\">Behavioural</a><a href=\"{}\">Mock</a><a href=\"{}\">Review</a><a href=\"{}\">History</a><a href=\"{}\">Your data</a></nav>",
        Route::Home.href(), Route::quiz_setup().href(), Route::SqlList.href(), Route::DesignList.href(), Route::Behavioural.href(), Route::Mock { query: Vec::new() }.href(), Route::Review.href(), Route::History.href(), Route::Data.href()
    );
    let (label, icon) = if dark { ("Switch to light theme", "☀") } else { ("Switch to dark theme", "☾") };
    h += &format!("<button type=\"button\" class=\"icon\" aria-label=\"{label}\" title=\"{label}\"><span aria-hidden=\"true\">{icon}</span></button></header>");
    h + "<main id=\"main\" tabindex=\"-1\">"
}

/// The closing of `open`.
pub fn close() -> &'static str {
    "</main></div>"
}
