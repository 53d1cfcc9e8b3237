//! The static copy of a coding exercise's page (`content/copy-exercise-<slug>-<hash>.html`): the
//! page's loader paints it as soon as it arrives (a small file fetched with the page's content),
//! before the exercise module (300 KB) has downloaded, and starts the module after that paint.

use backprep_core::copy::{self as frame, esc};
use backprep_core::content::ExerciseInfo;
use backprep_core::exercise::attempt::AttemptState;
use std::rc::Rc;

/// The exercise page's stylesheet, which the module renders inline (`ExerciseStyle`).
const CSS: &str = include_str!("../../../styles/exercise.css");

/// The page as `ExerciseAttempt` first renders it for a new visitor (no draft, the default split,
/// the Code tab, the plain text box before the editor loads, nothing run yet): the same elements,
/// classes, attributes and text, without the test ids and handlers. The module's first render
/// takes its place in one task; the end-to-end test "each exercise's static copy is the app's
/// first render" compares the two, element by element and box by box.
pub fn exercise_copy(ex: &ExerciseInfo) -> String {
    // The state the page starts from, so what the help ladder offers and the code box holds come
    // from the same rules as the app's (`AttemptState`), not from a second reading of them.
    let s = AttemptState::new(Rc::new(ex.clone()), None, 0.0);
    let mut h = frame::open(false, "");
    h += &format!("<div class=\"page exercise\"><style>{CSS}</style>");
    h += &format!("<div class=\"exercise-head\"><h1 tabindex=\"-1\">{}</h1><p class=\"meta\">{}</p></div>", esc(&ex.title), esc(&ex.summary));
    h += "<div class=\"split\" style=\"--split: 42%\"><div class=\"split-tabs\" role=\"group\" aria-label=\"Show\">";
    h += "<button type=\"button\" aria-pressed=\"false\">Statement</button><button type=\"button\" aria-pressed=\"true\">Code</button><button type=\"button\" aria-pressed=\"false\">Results</button></div>";
    h += &format!("<div class=\"pane pane-statement\">{}{}</div>", statement(ex), help(&s));
    h += "<div class=\"splitter\" role=\"separator\" tabindex=\"0\" aria-orientation=\"vertical\" aria-label=\"Resize the statement and code panes\" aria-valuemin=\"25\" aria-valuemax=\"70\" aria-valuenow=\"42\"></div>";
    h += &format!("<div class=\"pane pane-work\"><div class=\"pane-code active\">{}</div>", workbench(&s));
    h += "<div class=\"pane-results\"><div class=\"results-area\"><p class=\"meta\">Results appear here after Run or Submit.</p></div></div></div>";
    h += "</div></div>";
    h + frame::close()
}

/// `Statement`: signature, statement, what the exercise forbids.
fn statement(ex: &ExerciseInfo) -> String {
    let mut h = format!("<pre class=\"signature\"><code>{}</code></pre><div class=\"prose\">{}</div>", esc(&ex.signature), ex.statement_html);
    if !ex.forbidden.is_empty() {
        h += &format!("<p class=\"meta\">Not available in this exercise: {}.</p>", esc(&ex.forbidden.join(", ")));
    }
    h
}

/// `HelpLadder` at the start of an attempt: the next hint on offer, the reference's next line
/// once lines are offered, the full solution not yet offered.
fn help(s: &AttemptState) -> String {
    let mut h = String::from("<section class=\"help\" aria-labelledby=\"help-h\"><h2 id=\"help-h\">Help</h2><p class=\"meta\">Each step gives away more: hints, then the reference solution line by line, then its lines to put in order, then all of it.</p>");
    let hints = s.exercise.hints_html.len();
    h += "<section class=\"hints\" aria-label=\"Hints\"><ol></ol>";
    if s.hints_shown < hints {
        h += &format!("<button type=\"button\">Show a hint ({} of {hints})</button>", s.hints_shown + 1);
    }
    h += "</section>";
    if s.lines_offered() {
        let lines = s.reference_lines().len();
        h += "<div class=\"ladder-lines\">";
        if s.lines_shown < lines {
            h += &format!("<button type=\"button\">Reveal the next line of the reference ({} of {lines})</button>", s.lines_shown + 1);
        }
        h += "</div>";
    }
    h + "<p class=\"meta\">The full reference solution is offered after your first run, or after the puzzle.</p></section>"
}

/// The workbench: toolbar, the editor's (hidden) host and the plain text box with the starter
/// code, the help line, and the closed custom-input section.
fn workbench(s: &AttemptState) -> String {
    let limit_s = f64::from(s.exercise.time_limit_ms) / 1000.0;
    let mut h = String::from("<section class=\"workbench\" aria-label=\"Your solution\"><div class=\"toolbar\">");
    h += "<button type=\"button\" aria-keyshortcuts=\"Control+Enter Meta+Enter\" title=\"Run the examples (Ctrl/⌘ + Enter)\">Run</button>";
    h += "<span class=\"submit-all\"><button type=\"button\" class=\"primary\" aria-keyshortcuts=\"Control+Shift+Enter Meta+Shift+Enter\" title=\"Run every test (Ctrl/⌘ + Shift + Enter)\">Submit</button></span>";
    h += "<label class=\"seed\">Seed <input type=\"text\" inputmode=\"numeric\" size=\"8\" placeholder=\"new\" aria-describedby=\"seed-help\"></label>";
    h += "<span class=\"meta keys\">Ctrl/⌘ + Enter runs the examples; add Shift to submit</span>";
    h += "<label class=\"file\">Load a .js file<input type=\"file\" accept=\".js,.mjs,.txt,text/javascript\"></label>";
    h += "<button type=\"button\">Reset to starter</button></div>";
    // The parser drops one newline right after <textarea>: this one, never the code's own.
    h += &format!("<div class=\"editor-host hidden\"></div><textarea class=\"code\" aria-label=\"Your code\" spellcheck=\"false\" autocapitalize=\"off\" rows=\"18\">\n{}</textarea>", esc(&s.code));
    h += &format!("<p class=\"meta\" id=\"seed-help\">Run checks the examples; Submit runs every test, with random ones from a new seed unless you type one. Your code runs in a sandboxed worker, stopped after {limit_s} s. Drafts are saved in this browser as you type.</p>");
    h + "<section class=\"custom\" aria-labelledby=\"custom-h\"><h2 id=\"custom-h\" class=\"custom-h\"><button type=\"button\" aria-expanded=\"false\" aria-controls=\"custom-body\">▸ Custom input</button></h2></section></section>"
}
