//! The static copy of the home page (`build/shell.html`, inlined into index.html).

use backprep_core::copy::{self as frame, esc};
use backprep_core::behavioural::{BEHAVIOURAL_BLURB, MOCK_BLURB};
use backprep_core::design::{DESIGN_BLURB, SIMULATOR_BLURB};

/// A static copy of the home page as the app first renders it for a new visitor (the same
/// elements, classes and text, without the test ids and handlers), shown before the WASM starts.
/// The home module puts its own nodes in its place in one task, so the swap neither shifts
/// anything nor paints anything larger; the end-to-end test "the static home copy is the app's
/// first render" compares the two, element by element.
pub fn home_shell(c: &backprep_core::content::Catalog, behavioural: usize) -> String {
    use backprep_core::quiz::Preset;
    use backprep_core::route::Route;
    let total: usize = c.topics.iter().map(|t| t.questions.len()).sum();
    // Marked, so that index.html removes this copy and never an exercise's copy (also
    // `#prerender`) that arrived before the end of the page was parsed.
    let mut h = frame::open(false, " data-copy=\"home\"");
    h += "<div class=\"page home\"><h1 tabindex=\"-1\">Practise for backend interviews</h1>";
    h += &format!("<p class=\"lead\">{total} questions across {} topics, {} coding exercises, {} SQL exercises and {} system-design prompts. Works offline; your progress never leaves this browser.</p>", c.topics.len(), c.exercises.len(), c.sql.len(), c.design.len());
    h += "<section class=\"quick\" aria-labelledby=\"quick-h\"><h2 id=\"quick-h\">Start now</h2><div class=\"actions\">";
    for p in Preset::ALL {
        h += &format!("<button type=\"button\" class=\"primary\">{}</button>", esc(p.label()));
    }
    h += &format!("<a class=\"button\" href=\"{}\">Custom quiz…</a><a class=\"button\" href=\"{}\">Today: 0 items to review</a></div></section>", Route::quiz_setup().href(), Route::Review.href());
    h += "<section aria-labelledby=\"topics-h\"><h2 id=\"topics-h\">Quiz topics</h2><ul class=\"cards\">";
    for t in &c.topics {
        h += &format!(
            "<li class=\"card\"><a href=\"{}\"><span class=\"card-title\">{}</span></a><p>{}</p><p class=\"meta\">{} questions</p></li>",
            esc(&Route::QuizTopic { topic: t.id.clone() }.href()), esc(&t.title), esc(&t.summary), t.questions.len()
        );
    }
    h += "</ul></section>";
    let exercises = c.exercises.iter().map(|e| (Route::Exercise { slug: e.slug.clone() }, e.title.as_str(), e.summary.as_str(), e.difficulty));
    h += &cards("ex-h", "Coding exercises", exercises);
    h += &cards("sql-h", "SQL", c.sql.iter().map(|e| (Route::Sql { slug: e.slug.clone() }, e.title.as_str(), e.summary.as_str(), e.difficulty)));
    h += &format!(
        "<section aria-labelledby=\"design-h\"><h2 id=\"design-h\">System design</h2><ul class=\"cards\"><li class=\"card\"><a href=\"{}\"><span class=\"card-title\">{} design prompts</span></a><p>{DESIGN_BLURB}</p></li><li class=\"card\"><a href=\"{}\"><span class=\"card-title\">Capacity simulator</span></a><p>{SIMULATOR_BLURB}</p></li></ul></section>",
        esc(&Route::DesignList.href()), c.design.len(), esc(&Route::Simulator { query: Vec::new() }.href())
    );
    h += &format!(
        "<section aria-labelledby=\"loop-h\"><h2 id=\"loop-h\">Behavioural and mock interview</h2><ul class=\"cards\"><li class=\"card\"><a href=\"{}\"><span class=\"card-title\">{behavioural} behavioural prompts</span></a><p>{BEHAVIOURAL_BLURB}</p></li><li class=\"card\"><a href=\"{}\"><span class=\"card-title\">Mock interview</span></a><p>{MOCK_BLURB}</p></li></ul></section>",
        esc(&Route::Behavioural.href()), esc(&Route::Mock { query: Vec::new() }.href())
    );
    h += "</div>";
    h + frame::close()
}

/// A section of exercise cards, as `pages::home` renders them: (link, title, summary, difficulty).
fn cards<'a>(id: &str, title: &str, items: impl Iterator<Item = (backprep_core::route::Route, &'a str, &'a str, u8)>) -> String {
    let mut h = format!("<section aria-labelledby=\"{id}\"><h2 id=\"{id}\">{title}</h2><ul class=\"cards\">");
    for (route, title, summary, difficulty) in items {
        let level = backprep_core::format::difficulty_label(difficulty);
        h += &format!(
            "<li class=\"card\"><a href=\"{}\"><span class=\"card-title\">{}</span></a><p>{}</p><p class=\"meta\">{level}</p></li>",
            esc(&route.href()),
            esc(title),
            esc(summary)
        );
    }
    h + "</ul></section>"
}
