//! A Parsons puzzle, the third rung of the help ladder: the reference solution's lines, shuffled
//! with a few authored distractors. The learner puts the needed lines in order, leaves the
//! distractors out and presses Check. A pure state machine: the component's reducer only
//! delegates to [`Puzzle::apply`].

use crate::rng::Rng;

/// The reference solution as puzzle lines: blank lines and comment-only lines (`// …`, and
/// `/* … */` blocks that start a line, such as JSDoc) are dropped; a trailing `// comment` is
/// removed only when the code before it has no quote, backtick or `/` (so the `//` cannot be
/// inside a string, template or regex literal); trailing whitespace is trimmed and leading
/// indentation kept. Distractors carry no comments, so a kept comment would give a needed line
/// away.
pub fn solution_lines(solution: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut in_block = false;
    for raw in solution.lines() {
        let trimmed = raw.trim();
        if in_block {
            if let Some(end) = trimmed.find("*/") {
                in_block = false;
                let rest = trimmed[end + 2..].trim();
                if !rest.is_empty() {
                    // Code after a block comment's end on the same line: keep the line verbatim.
                    out.push(raw.trim_end().to_string());
                }
            }
            continue;
        }
        if trimmed.is_empty() || trimmed.starts_with("//") {
            continue;
        }
        if let Some(body) = trimmed.strip_prefix("/*") {
            match body.find("*/") {
                None => in_block = true,
                Some(end) if body[end + 2..].trim().is_empty() => {}
                Some(_) => out.push(raw.trim_end().to_string()),
            }
            continue;
        }
        out.push(strip_trailing_comment(raw).trim_end().to_string());
    }
    out
}

/// `code; // note` → `code;` when that is trivially safe, otherwise the line unchanged.
fn strip_trailing_comment(line: &str) -> &str {
    match line.find("//") {
        Some(i) if !line[..i].contains(['"', '\'', '`', '/']) && !line[..i].trim().is_empty() => &line[..i],
        _ => line,
    }
}

/// One line of the puzzle. Its id is its index in [`Puzzle::lines`].
#[derive(Debug, Clone, PartialEq)]
pub struct Line {
    /// The code with its leading indentation, no trailing whitespace.
    pub text: String,
    /// An authored wrong line that belongs in no position of the solution.
    pub distractor: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ParsonsAction {
    /// Moves line `id` (from the program or from the unused list) in front of the line now at
    /// position `to` of the program; `to >= placed.len()` moves it to the end.
    Move { id: usize, to: usize },
    /// Swaps a placed line with the one above it.
    Up(usize),
    /// Swaps a placed line with the one below it.
    Down(usize),
    /// Takes a placed line out of the program, to the end of the unused list.
    Discard(usize),
    /// Puts an unused line back, at the end of the program.
    Restore(usize),
    /// Compares the program with the reference.
    Check,
}

/// The outcome of a check, in numbers and in words.
#[derive(Debug, Clone, PartialEq)]
pub struct Verdict {
    pub solved: bool,
    /// Needed lines already in the right relative order (the longest run of placed lines that
    /// follows the reference order, gaps allowed).
    pub in_place: usize,
    /// How many lines the reference has.
    pub total: usize,
    /// The first position (0-based, in the program) holding a distractor or an out-of-place line.
    pub first_wrong: Option<usize>,
    /// What is wrong, in sentences, with 1-based line numbers.
    pub message: String,
}

/// The puzzle: every line, which are in the program (in the learner's order) and which are left
/// out. It starts with every line in the program, shuffled: the learner sees the whole program at
/// once, reorders one list, and has exactly as many lines to leave out as there are distractors.
#[derive(Debug, Clone, PartialEq)]
pub struct Puzzle {
    lines: Vec<Line>,
    reference: Vec<String>,
    placed: Vec<usize>,
    unused: Vec<usize>,
    last_check: Option<Verdict>,
    solved: bool,
    announcement: String,
}

impl Puzzle {
    /// The puzzle for `solution` (see [`solution_lines`]) and `distractors`, shuffled by `seed`.
    /// Empty distractors and any equal to a reference line (after trimming) are dropped: they
    /// could not be told apart. The needed lines never start in the reference order (unless all
    /// of them read the same).
    pub fn new(solution: &str, distractors: &[String], seed: u64) -> Puzzle {
        let reference = solution_lines(solution);
        let mut lines: Vec<Line> = reference.iter().map(|t| Line { text: t.clone(), distractor: false }).collect();
        for d in distractors {
            let text = d.trim_end();
            let clashes = reference.iter().any(|r| r.trim() == text.trim());
            if !text.trim().is_empty() && !clashes && !lines.iter().any(|l| l.text == text) {
                lines.push(Line { text: text.to_string(), distractor: true });
            }
        }
        let mut placed: Vec<usize> = (0..lines.len()).collect();
        let mut rng = Rng::derived(seed, "parsons");
        let in_order = |p: &[usize]| p.iter().filter(|&&i| !lines[i].distractor).map(|&i| &lines[i].text).eq(reference.iter());
        for _ in 0..16 {
            rng.shuffle(&mut placed);
            if !in_order(&placed) {
                break;
            }
        }
        if in_order(&placed) {
            // Tiny or repetitive references: swap the first two needed lines that differ.
            let needed: Vec<usize> = (0..placed.len()).filter(|&p| !lines[placed[p]].distractor).collect();
            if let Some(w) = needed.windows(2).find(|w| lines[placed[w[0]]].text != lines[placed[w[1]]].text) {
                placed.swap(w[0], w[1]);
            }
        }
        Puzzle { lines, reference, placed, unused: Vec::new(), last_check: None, solved: false, announcement: String::new() }
    }

    /// Every line; an id is an index here.
    pub fn lines(&self) -> &[Line] {
        &self.lines
    }

    /// The program: line ids in the learner's order.
    pub fn placed(&self) -> &[usize] {
        &self.placed
    }

    /// Line ids left out, in the order they were left out.
    pub fn unused(&self) -> &[usize] {
        &self.unused
    }

    /// The verdict of the last Check, cleared by every change to the program.
    pub fn last_check(&self) -> Option<&Verdict> {
        self.last_check.as_ref()
    }

    /// Once solved, the puzzle ignores every action.
    pub fn is_solved(&self) -> bool {
        self.solved
    }

    /// What the last action did, in words, for a screen reader's live region.
    pub fn announcement(&self) -> &str {
        &self.announcement
    }

    /// Where a line is in the program (0-based), if it is placed.
    pub fn position(&self, id: usize) -> Option<usize> {
        self.placed.iter().position(|&i| i == id)
    }

    pub fn apply(mut self, action: ParsonsAction) -> Puzzle {
        if self.solved || action_id(action).is_some_and(|id| id >= self.lines.len()) {
            return self;
        }
        let before = (self.placed.clone(), self.unused.clone());
        match action {
            ParsonsAction::Move { id, to } => {
                let to = match self.position(id) {
                    Some(p) => {
                        self.placed.remove(p);
                        if to > p { to - 1 } else { to }
                    }
                    None => {
                        self.unused.retain(|&i| i != id);
                        to
                    }
                };
                let to = to.min(self.placed.len());
                self.placed.insert(to, id);
                self.announcement = self.moved(id);
            }
            ParsonsAction::Up(id) | ParsonsAction::Down(id) => {
                let up = matches!(action, ParsonsAction::Up(_));
                match self.position(id) {
                    Some(p) if up && p > 0 => {
                        self.placed.swap(p, p - 1);
                        self.announcement = self.moved(id);
                    }
                    Some(p) if !up && p + 1 < self.placed.len() => {
                        self.placed.swap(p, p + 1);
                        self.announcement = self.moved(id);
                    }
                    Some(_) => {
                        let edge = if up { "first" } else { "last" };
                        self.announcement = format!("Line {} is already {edge}.", self.quoted(id));
                    }
                    None => self.announcement = format!("Line {} is not in your program.", self.quoted(id)),
                }
            }
            ParsonsAction::Discard(id) => {
                if let Some(p) = self.position(id) {
                    self.placed.remove(p);
                    self.unused.push(id);
                    let n = self.unused.len();
                    self.announcement = format!("Left out line {}; {n} unused {}.", self.quoted(id), plural(n, "line", "lines"));
                }
            }
            ParsonsAction::Restore(id) => {
                if self.position(id).is_none() {
                    self.unused.retain(|&i| i != id);
                    self.placed.push(id);
                    self.announcement = self.moved(id);
                }
            }
            ParsonsAction::Check => {
                let verdict = self.verdict();
                self.solved = verdict.solved;
                self.last_check = Some(verdict);
                // The status line shows the verdict; announcing it twice would be noise.
                self.announcement = String::new();
            }
        }
        if (&self.placed, &self.unused) != (&before.0, &before.1) {
            self.last_check = None;
        }
        self
    }

    /// Compares the program with the reference: texts compared with trailing whitespace trimmed
    /// and indentation included, so identical lines (`}`) are interchangeable.
    pub fn verdict(&self) -> Verdict {
        let total = self.reference.len();
        let distractors: Vec<usize> = (0..self.placed.len()).filter(|&p| self.lines[self.placed[p]].distractor).collect();
        let needed: Vec<usize> = (0..self.placed.len()).filter(|&p| !self.lines[self.placed[p]].distractor).collect();
        let missing = self.unused.iter().filter(|&&i| !self.lines[i].distractor).count();
        let texts: Vec<&str> = needed.iter().map(|&p| self.lines[self.placed[p]].text.trim_end()).collect();
        let (in_place, stray) = align(&texts, &self.reference);
        let out_of_place: Vec<usize> = stray.into_iter().map(|k| needed[k]).collect();
        let first_wrong = distractors.iter().chain(&out_of_place).min().copied();
        let mut sentences = Vec::new();
        match distractors.as_slice() {
            [] => {}
            [p] => sentences.push(format!(
                "A line that is not part of the solution is still in your program: {} (line {}).",
                self.quoted(self.placed[*p]),
                p + 1
            )),
            [p, ..] => sentences.push(format!(
                "{} lines that are not part of the solution are still in your program; the first is line {}: {}.",
                distractors.len(),
                p + 1,
                self.quoted(self.placed[*p])
            )),
        }
        if missing > 0 {
            let lines_are = plural(missing, "line is", "lines are");
            sentences.push(format!("{missing} needed {lines_are} in the unused list."));
        }
        match out_of_place.as_slice() {
            [] => {}
            [p] => sentences.push(format!("Line {} is out of place.", p + 1)),
            [p, ..] => sentences.push(format!("Line {} is out of place ({} lines are, in all).", p + 1, out_of_place.len())),
        }
        let solved = sentences.is_empty();
        let message = if solved {
            format!("Solved: all {total} {} are in order.", plural(total, "line", "lines"))
        } else {
            sentences.join(" ")
        };
        Verdict { solved, in_place, total, first_wrong, message }
    }

    fn quoted(&self, id: usize) -> String {
        let t = self.lines[id].text.trim();
        let short: String = t.chars().take(60).collect();
        if short.len() < t.len() {
            format!("'{short}…'")
        } else {
            format!("'{t}'")
        }
    }

    fn moved(&self, id: usize) -> String {
        let p = self.position(id).map_or(0, |p| p + 1);
        format!("Moved line {} to position {p} of {}.", self.quoted(id), self.placed.len())
    }
}

fn action_id(action: ParsonsAction) -> Option<usize> {
    match action {
        ParsonsAction::Move { id, .. }
        | ParsonsAction::Up(id)
        | ParsonsAction::Down(id)
        | ParsonsAction::Discard(id)
        | ParsonsAction::Restore(id) => Some(id),
        ParsonsAction::Check => None,
    }
}

fn plural<'a>(n: usize, one: &'a str, many: &'a str) -> &'a str {
    if n == 1 { one } else { many }
}

/// Longest common subsequence of `placed` and `reference`: its length, and the indexes of
/// `placed` left out of it (the earliest-flagging alignment, so the message names the first
/// line the learner should move).
fn align(placed: &[&str], reference: &[String]) -> (usize, Vec<usize>) {
    let (n, m) = (placed.len(), reference.len());
    // lcs[i][j] = LCS of placed[i..] and reference[j..].
    let mut lcs = vec![vec![0usize; m + 1]; n + 1];
    for i in (0..n).rev() {
        for j in (0..m).rev() {
            lcs[i][j] = if placed[i] == reference[j] { lcs[i + 1][j + 1] + 1 } else { lcs[i + 1][j].max(lcs[i][j + 1]) };
        }
    }
    let (mut i, mut j, mut stray) = (0, 0, Vec::new());
    while i < n {
        if j < m && placed[i] == reference[j] && lcs[i][j] == lcs[i + 1][j + 1] + 1 {
            i += 1;
            j += 1;
        } else if j >= m || lcs[i + 1][j] >= lcs[i][j + 1] {
            stray.push(i);
            i += 1;
        } else {
            j += 1;
        }
    }
    (lcs[0][0], stray)
}

#[cfg(test)]
mod tests {
    use super::*;

    const SOLUTION: &str = "/**\n * Adds.\n */\nfunction sum(xs) {\n  // running total\n  let s = 0;\n\n  for (const x of xs) {\n    s += x; // add\n  }\n  return s;\n}\n";
    const REF: [&str; 7] = ["function sum(xs) {", "  let s = 0;", "  for (const x of xs) {", "    s += x;", "  }", "  return s;", "}"];

    fn distractors() -> Vec<String> {
        vec!["  let s = 1;".into(), "    s = x;".into()]
    }

    fn puzzle() -> Puzzle {
        Puzzle::new(SOLUTION, &distractors(), 7)
    }

    fn texts(p: &Puzzle) -> Vec<&str> {
        p.placed().iter().map(|&i| p.lines()[i].text.as_str()).collect()
    }

    fn id_of(p: &Puzzle, text: &str) -> usize {
        p.lines().iter().position(|l| l.text == text).expect("line exists")
    }

    /// Arranges the program as `order` (texts) and leaves every other line out.
    fn arrange(mut p: Puzzle, order: &[&str]) -> Puzzle {
        for id in p.placed().to_vec() {
            p = p.apply(ParsonsAction::Discard(id));
        }
        for t in order {
            let id = p.unused().iter().copied().find(|&i| p.lines()[i].text == *t).expect("unused line");
            p = p.apply(ParsonsAction::Restore(id));
        }
        p
    }

    fn check(p: Puzzle) -> Verdict {
        p.apply(ParsonsAction::Check).last_check().cloned().expect("a verdict")
    }

    #[test]
    fn solution_lines_drop_blank_and_comment_lines_and_safe_trailing_comments() {
        assert_eq!(solution_lines(SOLUTION), REF);
        assert_eq!(solution_lines("x = \"a // b\"; // c\ny = a / b; // d\nz(); /* e */\n"), ["x = \"a // b\"; // c", "y = a / b; // d", "z(); /* e */"]);
        assert_eq!(solution_lines("/* one */\n/* two\n three */ go();\n  tab();  \n"), [" three */ go();", "  tab();"]);
    }

    #[test]
    fn starts_with_every_line_placed_shuffled_deterministically_and_never_in_order() {
        let p = puzzle();
        assert_eq!(p.placed().len(), 9);
        assert!(p.unused().is_empty());
        assert_eq!(p.lines().iter().filter(|l| l.distractor).count(), 2);
        assert_eq!(texts(&p), texts(&puzzle()), "same seed, same puzzle");
        for seed in 0..300 {
            let p = Puzzle::new(SOLUTION, &distractors(), seed);
            let needed: Vec<&str> = p.placed().iter().filter(|&&i| !p.lines()[i].distractor).map(|&i| p.lines()[i].text.as_str()).collect();
            assert_ne!(needed, REF, "seed {seed} starts solved");
        }
        // Even a two-line reference without distractors starts out of order.
        for seed in 0..50 {
            let p = Puzzle::new("a();\nb();\n", &[], seed);
            assert_eq!(texts(&p), ["b();", "a();"]);
        }
    }

    #[test]
    fn distractors_equal_to_a_reference_line_or_empty_are_dropped() {
        let p = Puzzle::new(SOLUTION, &["return s;".into(), "  ".into(), "  let s = 1;".into()], 1);
        assert_eq!(p.lines().iter().filter(|l| l.distractor).count(), 1);
    }

    #[test]
    fn the_reference_order_without_distractors_solves_it_and_then_it_is_frozen() {
        let p = arrange(puzzle(), &REF);
        let solved = p.apply(ParsonsAction::Check);
        let v = solved.last_check().cloned().expect("verdict");
        assert!(v.solved && solved.is_solved(), "{v:?}");
        assert_eq!((v.in_place, v.total, v.first_wrong), (7, 7, None));
        assert_eq!(v.message, "Solved: all 7 lines are in order.");
        let first = solved.placed()[0];
        let after = solved.clone().apply(ParsonsAction::Down(first)).apply(ParsonsAction::Discard(first));
        assert_eq!(after, solved, "a solved puzzle ignores actions");
    }

    #[test]
    fn identical_lines_are_interchangeable() {
        let sol = "if (a) {\n  f();\n}\nif (b) {\n  g();\n}\n";
        let p = Puzzle::new(sol, &[], 3);
        let closers: Vec<usize> = (0..p.lines().len()).filter(|&i| p.lines()[i].text == "}").collect();
        let mut p = arrange(p, &["if (a) {", "  f();", "}", "if (b) {", "  g();", "}"]);
        // Swap the two `}` lines: same texts, still solved.
        let (a, b) = (p.position(closers[0]).expect("placed"), p.position(closers[1]).expect("placed"));
        p = p.apply(ParsonsAction::Move { id: closers[0], to: b }).apply(ParsonsAction::Move { id: closers[1], to: a });
        assert!(check(p).solved);
    }

    #[test]
    fn indentation_counts() {
        let sol = "function f() {\n  if (a) {\n    g();\n  }\n}\n";
        let p = arrange(Puzzle::new(sol, &[], 1), &["function f() {", "  if (a) {", "    g();", "}", "  }"]);
        let v = check(p);
        assert_eq!((v.solved, v.in_place, v.first_wrong), (false, 4, Some(3)));
        assert_eq!(v.message, "Line 4 is out of place.");
    }

    #[test]
    fn a_placed_distractor_is_named() {
        let p = arrange(puzzle(), &[REF[0], REF[1], "    s = x;", REF[2], REF[3], REF[4], REF[5], REF[6]]);
        let v = check(p);
        assert!(!v.solved);
        assert_eq!(v.first_wrong, Some(2));
        assert_eq!(v.in_place, 7);
        assert_eq!(v.message, "A line that is not part of the solution is still in your program: 's = x;' (line 3).");
        let p = arrange(puzzle(), &[REF[0], "  let s = 1;", REF[1], "    s = x;", REF[2], REF[3], REF[4], REF[5], REF[6]]);
        assert_eq!(check(p).message, "2 lines that are not part of the solution are still in your program; the first is line 2: 'let s = 1;'.");
    }

    #[test]
    fn missing_and_misplaced_lines_are_counted_in_words() {
        let p = arrange(puzzle(), &[REF[0], REF[1], REF[2], REF[3], REF[4]]);
        let v = check(p);
        assert_eq!((v.solved, v.in_place, v.first_wrong), (false, 5, None));
        assert_eq!(v.message, "2 needed lines are in the unused list.");

        let p = arrange(puzzle(), &[REF[0], REF[1], REF[2], REF[5], REF[3], REF[4], REF[6]]);
        let v = check(p);
        assert_eq!((v.in_place, v.first_wrong), (6, Some(3)));
        assert_eq!(v.message, "Line 4 is out of place.");

        let p = arrange(puzzle(), &[REF[6], REF[5], REF[0], REF[1], REF[2], REF[3], REF[4]]);
        let v = check(p);
        assert_eq!((v.in_place, v.first_wrong), (5, Some(0)));
        assert_eq!(v.message, "Line 1 is out of place (2 lines are, in all).");

        let p = arrange(puzzle(), &["  let s = 1;", REF[1], REF[0], REF[2], REF[3], REF[4], REF[5]]);
        let v = check(p);
        assert_eq!(v.first_wrong, Some(0));
        assert_eq!(
            v.message,
            "A line that is not part of the solution is still in your program: 'let s = 1;' (line 1). 1 needed line is in the unused list. Line 2 is out of place."
        );
    }

    #[test]
    fn moves_reorder_the_program_and_announce_the_new_position() {
        let p = arrange(puzzle(), &[REF[0], REF[1], REF[2], REF[3]]);
        let (a, d) = (id_of(&p, REF[0]), id_of(&p, REF[3]));
        // In front of the line now at position 3, i.e. no change; then to the front.
        let same = p.clone().apply(ParsonsAction::Move { id: a, to: 1 });
        assert_eq!(texts(&same), texts(&p));
        let p = p.apply(ParsonsAction::Move { id: a, to: 3 });
        assert_eq!(texts(&p), [REF[1], REF[2], REF[0], REF[3]]);
        assert_eq!(p.announcement(), "Moved line 'function sum(xs) {' to position 3 of 4.");
        let p = p.apply(ParsonsAction::Move { id: d, to: 0 });
        assert_eq!(texts(&p), [REF[3], REF[1], REF[2], REF[0]]);
        let p = p.apply(ParsonsAction::Move { id: a, to: 99 });
        assert_eq!(p.position(a), Some(3));
        // From the unused list straight into a position.
        let e = id_of(&p, REF[4]);
        let p = p.apply(ParsonsAction::Move { id: e, to: 1 });
        assert_eq!(p.position(e), Some(1));
        assert!(!p.unused().contains(&e));
    }

    #[test]
    fn up_and_down_swap_neighbours_and_stop_at_the_edges() {
        let p = arrange(puzzle(), &[REF[0], REF[1], REF[2]]);
        let b = id_of(&p, REF[1]);
        let p = p.apply(ParsonsAction::Up(b));
        assert_eq!(texts(&p), [REF[1], REF[0], REF[2]]);
        assert_eq!(p.announcement(), "Moved line 'let s = 0;' to position 1 of 3.");
        let p = p.apply(ParsonsAction::Up(b));
        assert_eq!(texts(&p), [REF[1], REF[0], REF[2]]);
        assert_eq!(p.announcement(), "Line 'let s = 0;' is already first.");
        let p = p.apply(ParsonsAction::Down(b)).apply(ParsonsAction::Down(b)).apply(ParsonsAction::Down(b));
        assert_eq!(texts(&p), [REF[0], REF[2], REF[1]]);
        assert_eq!(p.announcement(), "Line 'let s = 0;' is already last.");
    }

    #[test]
    fn discard_and_restore_move_lines_between_the_lists() {
        let p = puzzle();
        let d = id_of(&p, "    s = x;");
        let p = p.apply(ParsonsAction::Discard(d));
        assert_eq!((p.placed().len(), p.unused()), (8, &[d][..]));
        assert_eq!(p.announcement(), "Left out line 's = x;'; 1 unused line.");
        let p = p.apply(ParsonsAction::Discard(d));
        assert_eq!(p.unused(), &[d], "discarding twice changes nothing");
        let p = p.apply(ParsonsAction::Restore(d));
        assert_eq!((p.placed().last(), p.unused().len()), (Some(&d), 0));
        assert_eq!(p.announcement(), "Moved line 's = x;' to position 9 of 9.");
    }

    #[test]
    fn a_change_clears_the_last_verdict_and_unknown_ids_are_ignored() {
        let p = puzzle().apply(ParsonsAction::Check);
        assert!(p.last_check().is_some());
        let same = p.clone().apply(ParsonsAction::Up(99)).apply(ParsonsAction::Move { id: 99, to: 0 }).apply(ParsonsAction::Restore(0));
        assert_eq!(same, p, "no-ops keep the verdict");
        let first = p.placed()[1];
        let p = p.apply(ParsonsAction::Up(first));
        assert!(p.last_check().is_none());
    }

    #[test]
    fn long_lines_are_shortened_in_messages() {
        let long = format!("x = {};", "1 + ".repeat(30));
        let p = Puzzle::new(&format!("{long}\ny();\n"), &[], 2);
        let p = p.apply(ParsonsAction::Discard(0));
        assert!(p.announcement().contains("…'"), "{}", p.announcement());
    }
}
