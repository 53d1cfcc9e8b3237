//! What every static copy shares: HTML escaping and the page frame (skip link and header) as the
//! app's `App` and `Header` render it for a new visitor (light theme), without test ids or handlers.

use backprep_core::route::Route;

pub fn esc(s: &str) -> String {
    s.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;").replace('"', "&quot;")
}

/// The opening of a copy: its root (`#prerender`, which the module replaces in the task of its
/// first render), the skip link, the header, and the opening of `<main>`.
pub fn open() -> String {
    let mut h = String::from("<div id=\"prerender\" class=\"app-root\"><a class=\"skip-link\" href=\"#main\">Skip to content</a>");
    h += &format!(
        "<header class=\"top\"><a class=\"brand\" href=\"{}\">backprep</a><nav aria-label=\"Main\"><a href=\"{}\">Quiz</a><a href=\"{}\">SQL</a><a href=\"{}\">Design</a><a href=\"{}\">Behavioural</a><a href=\"{}\">Mock</a><a href=\"{}\">Review</a><a href=\"{}\">History</a><a href=\"{}\">Your data</a></nav>",
        Route::Home.href(), Route::quiz_setup().href(), Route::SqlList.href(), Route::DesignList.href(), Route::Behavioural.href(), Route::Mock { query: Vec::new() }.href(), Route::Review.href(), Route::History.href(), Route::Data.href()
    );
    h += "<button type=\"button\" class=\"icon\" aria-label=\"Switch to dark theme\" title=\"Switch to dark theme\"><span aria-hidden=\"true\">☾</span></button></header>";
    h + "<main id=\"main\" tabindex=\"-1\">"
}

/// The closing of `open`.
pub fn close() -> &'static str {
    "</main></div>"
}
