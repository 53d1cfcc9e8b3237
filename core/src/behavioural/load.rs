//! Reading and validating `behavioural/*.toml` (see `behavioural/FORMAT.md`) at build time and
//! in native tests: a broken prompt fails the build with file, line, id and reason.

use super::spec::{competency_index, AskQuestion, BehaviouralBank, BehaviouralPrompt, COMPETENCIES};
use crate::authoring::{is_kebab, line_of, sorted_entries, ContentError};
use serde::Deserialize;
use std::collections::{HashMap, HashSet};
use std::ops::RangeInclusive;
use std::path::{Path, PathBuf};
use toml::Spanned;

/// The file of questions to ask the interviewer.
pub const ASK_FILE: &str = "ask-your-interviewer.toml";
/// Fewest prompts per competency file, in all, and fewest questions to ask.
pub const MIN_PER_COMPETENCY: usize = 4;
pub const MIN_PROMPTS: usize = 48;
pub const MIN_ASK: usize = 10;
/// How many `listens_for`, `follow_ups` and `outline` entries a prompt has.
pub const LISTENS_FOR: RangeInclusive<usize> = 3..=5;
pub const FOLLOW_UPS: usize = 2;
pub const OUTLINE: RangeInclusive<usize> = 4..=6;
/// The labels that open the outline bullets which must appear, in this order.
pub const STAR_LABELS: [&str; 4] = ["Situation", "Task", "Action", "Result"];

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawCompetencyFile {
    #[serde(default)]
    prompt: Vec<Spanned<RawPrompt>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawPrompt {
    id: String,
    #[serde(default)]
    situational: bool,
    prompt: String,
    listens_for: Vec<String>,
    follow_ups: Vec<String>,
    outline: Vec<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawAskFile {
    #[serde(default)]
    question: Vec<Spanned<RawAsk>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawAsk {
    question: String,
    why: String,
}

fn competency_ids() -> String {
    COMPETENCIES.iter().map(|(c, _)| *c).collect::<Vec<_>>().join(", ")
}

/// Case and whitespace folded, to catch the same prompt written twice.
fn normalized(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ").to_lowercase()
}

fn toml_error(file: &Path, text: &str, e: &toml::de::Error) -> Vec<ContentError> {
    let line = e.span().map(|s| line_of(text, s.start)).unwrap_or(0);
    vec![ContentError { file: file.to_path_buf(), line, id: None, reason: e.message().trim().to_string() }]
}

/// The STAR label a bullet opens with (`"Action: …"` → `Action`), if any.
fn star_label(bullet: &str) -> Option<&'static str> {
    let (head, _) = bullet.split_once(':')?;
    STAR_LABELS.iter().copied().find(|l| *l == head.trim())
}

/// Why an outline does not cover S, T, A and R in order, if it does not.
fn star_problem(outline: &[String]) -> Option<String> {
    let labels: Vec<&str> = outline.iter().filter_map(|b| star_label(b)).collect();
    let firsts: Vec<Option<usize>> = STAR_LABELS.iter().map(|l| labels.iter().position(|x| x == l)).collect();
    let missing: Vec<String> = STAR_LABELS.iter().zip(&firsts).filter(|(_, f)| f.is_none()).map(|(l, _)| format!("`{l}:`")).collect();
    if !missing.is_empty() {
        return Some(format!("outline must have bullets starting `Situation:`, `Task:`, `Action:` and `Result:`; missing {}", missing.join(", ")));
    }
    if firsts.windows(2).any(|w| w[0] > w[1]) {
        return Some("outline bullets must come in STAR order: `Situation:`, `Task:`, `Action:`, `Result:`".into());
    }
    None
}

/// The number of `[[prompt]]` entries in one file (valid or not; 0 when the file does not parse)
/// and its valid prompts, each with the line of its `[[prompt]]`.
type Parsed = (usize, Result<Vec<Located>, Vec<ContentError>>);

/// A prompt with the line of its `[[prompt]]`.
type Located = (usize, BehaviouralPrompt);

fn parse_competency_lines(file: &Path, text: &str) -> Parsed {
    let stem = file.file_stem().and_then(|s| s.to_str()).unwrap_or("");
    let err = |line: usize, id: Option<&str>, reason: String| ContentError { file: file.to_path_buf(), line, id: id.map(str::to_string), reason };
    if competency_index(stem).is_none() {
        return (0, Err(vec![err(0, None, format!("`{stem}` is not a competency (one of {})", competency_ids()))]));
    }
    let raw: RawCompetencyFile = match toml::from_str(text) {
        Ok(r) => r,
        Err(e) => return (0, Err(toml_error(file, text, &e))),
    };
    let mut errors = Vec::new();
    let mut ids = HashSet::new();
    let mut texts = HashSet::new();
    let mut prompts = Vec::new();
    for sp in &raw.prompt {
        let line = line_of(text, sp.span().start);
        let p = sp.get_ref();
        let id = p.id.trim();
        let before = errors.len();
        let mut bad = |reason: String| errors.push(err(line, Some(id), reason));
        if !is_kebab(id) {
            bad(format!("id `{}` must be kebab-case (a-z, 0-9, -)", p.id));
        }
        if !ids.insert(id.to_string()) {
            bad("id is used twice in this file".into());
        }
        let prompt = p.prompt.trim();
        if prompt.is_empty() {
            bad("`prompt` must not be empty".into());
        } else {
            if !(prompt.ends_with('?') || prompt.ends_with('.')) {
                bad("`prompt` must end with `?` or `.`".into());
            }
            if !texts.insert(normalized(prompt)) {
                bad("the same `prompt` text appears twice in this file".into());
            }
            let lower = prompt.to_lowercase();
            if p.situational && lower.starts_with("tell me about a time") {
                bad("a \"Tell me about a time…\" prompt is not situational: drop `situational = true`".into());
            }
            if !p.situational && lower.starts_with("what would you do") {
                bad("a \"What would you do…\" prompt is situational: add `situational = true`".into());
            }
        }
        for (name, list) in [("listens_for", &p.listens_for), ("follow_ups", &p.follow_ups), ("outline", &p.outline)] {
            if list.iter().any(|s| s.trim().is_empty()) {
                bad(format!("`{name}` has an empty entry"));
            }
            let mut seen = HashSet::new();
            if let Some(dup) = list.iter().find(|s| !s.trim().is_empty() && !seen.insert(normalized(s))) {
                bad(format!("`{name}` repeats an entry: {}", dup.trim()));
            }
        }
        if !LISTENS_FOR.contains(&p.listens_for.len()) {
            bad(format!("give {} to {} `listens_for` entries, not {}", LISTENS_FOR.start(), LISTENS_FOR.end(), p.listens_for.len()));
        }
        if p.follow_ups.len() != FOLLOW_UPS {
            bad(format!("give exactly {FOLLOW_UPS} `follow_ups`, not {}", p.follow_ups.len()));
        }
        if !OUTLINE.contains(&p.outline.len()) {
            bad(format!("give {} to {} `outline` bullets, not {}", OUTLINE.start(), OUTLINE.end(), p.outline.len()));
        } else if let Some(problem) = star_problem(&p.outline) {
            bad(problem);
        }
        if errors.len() > before {
            continue;
        }
        let trimmed = |v: &[String]| v.iter().map(|s| s.trim().to_string()).collect::<Vec<_>>();
        prompts.push((
            line,
            BehaviouralPrompt {
                id: id.to_string(),
                competency: stem.to_string(),
                situational: p.situational,
                prompt: prompt.to_string(),
                listens_for: trimmed(&p.listens_for),
                follow_ups: trimmed(&p.follow_ups),
                outline: trimmed(&p.outline),
            },
        ));
    }
    if raw.prompt.len() < MIN_PER_COMPETENCY {
        errors.push(err(0, None, format!("give at least {MIN_PER_COMPETENCY} [[prompt]] entries, not {}", raw.prompt.len())));
    }
    (raw.prompt.len(), if errors.is_empty() { Ok(prompts) } else { Err(errors) })
}

/// Parses and validates one competency file, `behavioural/<competency-id>.toml` (the competency
/// is the file name; `file` is also used in error messages).
pub fn parse_competency_file(file: &Path, text: &str) -> Result<Vec<BehaviouralPrompt>, Vec<ContentError>> {
    parse_competency_lines(file, text).1.map(|v| v.into_iter().map(|(_, p)| p).collect())
}

/// Parses and validates the questions to ask the interviewer (`ask-your-interviewer.toml`).
pub fn parse_ask_file(file: &Path, text: &str) -> Result<Vec<AskQuestion>, Vec<ContentError>> {
    let raw: RawAskFile = toml::from_str(text).map_err(|e| toml_error(file, text, &e))?;
    let err = |line: usize, reason: String| ContentError { file: file.to_path_buf(), line, id: None, reason };
    let mut errors = Vec::new();
    let mut seen = HashSet::new();
    let mut out = Vec::new();
    for sq in &raw.question {
        let line = line_of(text, sq.span().start);
        let q = sq.get_ref();
        let (question, why) = (q.question.trim(), q.why.trim());
        let before = errors.len();
        if question.is_empty() || why.is_empty() {
            errors.push(err(line, "a question needs a `question` and a `why`".into()));
        } else {
            if !question.ends_with('?') {
                errors.push(err(line, "`question` must end with `?`".into()));
            }
            if !seen.insert(normalized(question)) {
                errors.push(err(line, format!("question repeated: {question}")));
            }
        }
        if errors.len() == before {
            out.push(AskQuestion { question: question.to_string(), why: why.to_string() });
        }
    }
    if raw.question.len() < MIN_ASK {
        errors.push(err(0, format!("give at least {MIN_ASK} [[question]] entries, not {}", raw.question.len())));
    }
    if errors.is_empty() {
        Ok(out)
    } else {
        Err(errors)
    }
}

/// Loads and validates the whole folder: one `<competency-id>.toml` per competency and
/// `ask-your-interviewer.toml` (`*.md` and dot-files are skipped; any other file is an error).
/// Ids and prompt texts are unique across files. Collects every error instead of stopping at
/// the first.
pub fn load_behavioural(dir: &Path) -> Result<BehaviouralBank, Vec<ContentError>> {
    let mut errors = Vec::new();
    let mut per_competency: Vec<Option<(PathBuf, Vec<Located>)>> = vec![None; COMPETENCIES.len()];
    let mut ask = None;
    // Which files exist (a broken one is reported once, not again as missing).
    let mut seen = [false; COMPETENCIES.len()];
    let mut ask_seen = false;
    // Every `[[prompt]]` entry, valid or not: a broken prompt is reported once, not again as
    // missing from the total.
    let mut entries = 0;
    for path in sorted_entries(dir)? {
        let name = path.file_name().and_then(|n| n.to_str()).unwrap_or("").to_string();
        if name.starts_with('.') || (path.is_file() && name.ends_with(".md")) {
            continue;
        }
        let slot = name.strip_suffix(".toml").and_then(competency_index);
        if !path.is_file() || (slot.is_none() && name != ASK_FILE) {
            errors.push(ContentError {
                file: path.clone(),
                line: 0,
                id: None,
                reason: format!("unknown file name `{name}`: expected `<competency>.toml` (one of {}) or `{ASK_FILE}`", competency_ids()),
            });
            continue;
        }
        match slot {
            Some(i) => seen[i] = true,
            None => ask_seen = true,
        }
        let text = match std::fs::read_to_string(&path) {
            Ok(t) => t,
            Err(e) => {
                errors.push(ContentError { file: path.clone(), line: 0, id: None, reason: format!("cannot read: {e}") });
                continue;
            }
        };
        match slot {
            Some(i) => {
                let (n, parsed) = parse_competency_lines(&path, &text);
                entries += n;
                match parsed {
                    Ok(p) => per_competency[i] = Some((path, p)),
                    Err(e) => errors.extend(e),
                }
            }
            None => match parse_ask_file(&path, &text) {
                Ok(q) => ask = Some(q),
                Err(e) => errors.extend(e),
            },
        }
    }
    for ((c, _), _) in COMPETENCIES.iter().zip(seen).filter(|(_, seen)| !seen) {
        errors.push(ContentError {
            file: dir.join(format!("{c}.toml")),
            line: 0,
            id: None,
            reason: format!("missing: competency `{c}` needs a file with at least {MIN_PER_COMPETENCY} prompts"),
        });
    }
    if !ask_seen {
        errors.push(ContentError { file: dir.join(ASK_FILE), line: 0, id: None, reason: format!("missing: `{ASK_FILE}` with at least {MIN_ASK} questions") });
    }
    // Ids and prompt texts are global: user data and review cards refer to a prompt by id alone.
    let mut ids: HashMap<String, (PathBuf, usize)> = HashMap::new();
    let mut texts: HashMap<String, (PathBuf, usize)> = HashMap::new();
    let mut prompts = Vec::new();
    for (path, list) in per_competency.into_iter().flatten() {
        for (line, p) in list {
            let dup = |first: &(PathBuf, usize), what: &str| ContentError {
                file: path.clone(),
                line,
                id: Some(p.id.clone()),
                reason: format!("{what} is also used at {}:{}", first.0.display(), first.1),
            };
            if let Some(first) = ids.get(&p.id) {
                errors.push(dup(first, "id"));
            } else {
                ids.insert(p.id.clone(), (path.clone(), line));
            }
            let key = normalized(&p.prompt);
            if let Some(first) = texts.get(&key) {
                errors.push(dup(first, "the same `prompt` text"));
            } else {
                texts.insert(key, (path.clone(), line));
            }
            prompts.push(p);
        }
    }
    if entries < MIN_PROMPTS {
        errors.push(ContentError { file: dir.to_path_buf(), line: 0, id: None, reason: format!("give at least {MIN_PROMPTS} prompts in all, not {entries}") });
    }
    if errors.is_empty() {
        Ok(BehaviouralBank { prompts, ask: ask.unwrap_or_default() })
    } else {
        Err(errors)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    // Four prompts, seven lines each: `[[prompt]]` on lines 2, 9, 16 and 23.
    const GOOD: &str = r#"
[[prompt]]
id = "own-one"
prompt = "Tell me about a time you owned something."
listens_for = ["l1", "l2", "l3"]
follow_ups = ["f1?", "f2?"]
outline = ["Situation: s", "Task: t", "Action: a", "Result: r"]

[[prompt]]
id = "own-two"
situational = true
prompt = "What would you do if nobody owned it?"
listens_for = ["l1", "l2", "l3", "l4", "l5"]
follow_ups = ["f1?", "f2?"]
outline = ["Situation: s", "Task: t", "Action: a", "Action: b", "Result: r", "Learning: l"]
[[prompt]]
id = "own-three"
prompt = "Tell me about a time you owned a migration."
listens_for = ["l1", "l2", "l3"]
follow_ups = ["f1?", "f2?"]
outline = ["Situation: s", "Task: t", "Action: a", "Result: r"]

[[prompt]]
id = "own-four"
prompt = "Describe the service you owned that you are proudest of."
listens_for = ["l1", "l2", "l3"]
follow_ups = ["f1?", "f2?"]
outline = ["Situation: s", "Task: t", "Action: a", "Result: r"]
"#;

    fn parse(text: &str) -> Result<Vec<BehaviouralPrompt>, Vec<ContentError>> {
        parse_competency_file(Path::new("behavioural/ownership.toml"), text)
    }

    /// The one error of a broken variant of GOOD.
    fn one_error(text: &str) -> ContentError {
        let errs = parse(text).expect_err("should fail");
        assert_eq!(errs.len(), 1, "{errs:?}");
        errs.into_iter().next().expect("one error")
    }

    fn assert_error(e: &ContentError, line: usize, reason: &str) {
        assert_eq!(e.line, line, "{e}");
        assert!(e.reason.contains(reason), "expected `{reason}` in: {e}");
    }

    /// `text` with the `n`-th (1-based) occurrence of `from` replaced.
    fn replace_nth(text: &str, from: &str, to: &str, n: usize) -> String {
        let at = text.match_indices(from).nth(n - 1).map(|(i, _)| i).expect("occurrence");
        format!("{}{to}{}", &text[..at], &text[at + from.len()..])
    }

    fn ask_file(n: usize) -> String {
        (0..n).map(|i| format!("[[question]]\nquestion = \"Question {i}?\"\nwhy = \"Because {i}.\"\n\n")).collect()
    }

    #[test]
    fn the_real_folder_loads() {
        let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../behavioural");
        let bank = match load_behavioural(&dir) {
            Ok(b) => b,
            Err(errs) => panic!("{}", errs.iter().map(ToString::to_string).collect::<Vec<_>>().join("\n")),
        };
        assert!(bank.prompts.len() >= MIN_PROMPTS, "{} prompts", bank.prompts.len());
        for (c, _) in COMPETENCIES {
            let ps = bank.by_competency(c);
            assert!(ps.len() >= MIN_PER_COMPETENCY, "{c}: {}", ps.len());
            assert!(ps.iter().any(|p| !p.situational), "{c} has no past-experience prompt");
        }
        assert!(bank.ask.len() >= MIN_ASK);
        // Sorted by competency display order.
        let order: Vec<usize> = bank.prompts.iter().filter_map(|p| competency_index(&p.competency)).collect();
        assert!(order.windows(2).all(|w| w[0] <= w[1]));
        assert_eq!(order.len(), bank.prompts.len());
    }

    #[test]
    fn a_good_file_parses_in_file_order() {
        let ps = parse(GOOD).expect("valid");
        let ids: Vec<&str> = ps.iter().map(|p| p.id.as_str()).collect();
        assert_eq!(ids, ["own-one", "own-two", "own-three", "own-four"]);
        assert!(ps.iter().all(|p| p.competency == "ownership"));
        assert!(!ps[0].situational && ps[1].situational);
        assert_eq!(ps[1].listens_for.len(), 5);
        assert_eq!(ps[1].outline.len(), 6);
    }

    #[test]
    fn each_broken_rule_names_file_line_id_and_reason() {
        let e = one_error(&GOOD.replace("id = \"own-three\"", "id = \"Own_Three\""));
        assert_eq!(e.to_string(), "behavioural/ownership.toml:16: `Own_Three`: id `Own_Three` must be kebab-case (a-z, 0-9, -)");
        assert_error(&one_error(&GOOD.replace("id = \"own-four\"", "id = \"own-one\"")), 23, "id is used twice in this file");
        assert_error(&one_error(&GOOD.replace("prompt = \"Describe the service you owned that you are proudest of.\"", "prompt = \"  \"")), 23, "`prompt` must not be empty");
        assert_error(&one_error(&GOOD.replace("proudest of.\"", "proudest of\"")), 23, "must end with `?` or `.`");
        assert_error(&one_error(&GOOD.replace("you owned a migration.", "you  OWNED something.")), 16, "the same `prompt` text appears twice");
        assert_error(&one_error(&GOOD.replacen("[\"l1\", \"l2\", \"l3\"]", "[\"l1\", \"l2\"]", 1)), 2, "give 3 to 5 `listens_for` entries, not 2");
        assert_error(&one_error(&GOOD.replace("[\"l1\", \"l2\", \"l3\", \"l4\", \"l5\"]", "[\"l1\", \"l2\", \"l3\", \"l4\", \"l5\", \"l6\"]")), 9, "give 3 to 5 `listens_for` entries, not 6");
        assert_error(&one_error(&GOOD.replacen("[\"l1\", \"l2\", \"l3\"]", "[\"l1\", \" \", \"l3\"]", 1)), 2, "`listens_for` has an empty entry");
        assert_error(&one_error(&GOOD.replacen("[\"l1\", \"l2\", \"l3\"]", "[\"l1\", \"L1\", \"l3\"]", 1)), 2, "`listens_for` repeats an entry: L1");
        assert_error(&one_error(&replace_nth(GOOD, "follow_ups = [\"f1?\", \"f2?\"]", "follow_ups = [\"f1?\"]", 3)), 16, "give exactly 2 `follow_ups`, not 1");
        assert_error(&one_error(&GOOD.replacen("\"Result: r\"]", "\"Result: r\", \"x\", \"y\", \"z\"]", 1)), 2, "give 4 to 6 `outline` bullets, not 7");
        assert_error(&one_error(&GOOD.replacen(", \"Result: r\"]", "]", 1)), 2, "give 4 to 6 `outline` bullets, not 3");
        assert_error(&one_error(&GOOD.replacen("\"Task: t\"", "\"Goal: t\"", 1)), 2, "missing `Task:`");
        assert_error(&one_error(&GOOD.replacen("\"Situation: s\", \"Task: t\"", "\"Task: t\", \"Situation: s\"", 1)), 2, "STAR order");
        assert_error(&one_error(&GOOD.replace("situational = true\n", "")), 9, "is situational: add `situational = true`");
        assert_error(&one_error(&GOOD.replace("id = \"own-four\"", "id = \"own-four\"\nsituational = true").replace("Describe the service you owned that you are proudest of.", "Tell me about a time you were proud.")), 23, "is not situational");
    }

    #[test]
    fn unknown_or_missing_fields_and_syntax_errors_have_lines() {
        let e = one_error(&GOOD.replace("id = \"own-three\"", "id = \"own-three\"\nanswer = \"x\""));
        assert_eq!(e.line, 18, "{e}");
        assert!(e.reason.contains("unknown field `answer`"), "{e}");
        let e = one_error(&GOOD.replace("id = \"own-two\"\n", ""));
        assert!(e.reason.contains("missing field `id`"), "{e}");
        assert!((9..=15).contains(&e.line), "{e}");
        let e = one_error(&GOOD.replace("[[prompt]]\nid = \"own-one\"", "[[prompts]]\nid = \"own-one\""));
        assert!(e.reason.contains("unknown field `prompts`"), "{e}");
        // An unclosed array on line 13: the parser stops at the `=` on the next line.
        let e = one_error(&GOOD.replace("listens_for = [\"l1\", \"l2\", \"l3\", \"l4\", \"l5\"]", "listens_for = [\"l1\", "));
        assert_eq!(e.line, 14, "{e}");
    }

    #[test]
    fn a_file_needs_four_prompts_and_a_competency_name() {
        let three = GOOD.rsplit_once("[[prompt]]").map(|(a, _)| a.to_string()).unwrap_or_default();
        let e = one_error(&three);
        assert_error(&e, 0, "give at least 4 [[prompt]] entries, not 3");
        let errs = parse_competency_file(Path::new("behavioural/teamwork.toml"), GOOD).expect_err("unknown competency");
        assert_error(&errs[0], 0, "`teamwork` is not a competency");
    }

    #[test]
    fn ask_file_rules() {
        let file = Path::new("behavioural/ask-your-interviewer.toml");
        assert_eq!(parse_ask_file(file, &ask_file(10)).expect("valid").len(), 10);
        let errs = parse_ask_file(file, &ask_file(9)).expect_err("too few");
        assert_error(&errs[0], 0, "give at least 10 [[question]] entries, not 9");
        // Each entry is four lines: the third `[[question]]` is on line 9.
        let errs = parse_ask_file(file, &ask_file(10).replace("why = \"Because 2.\"", "why = \"\"")).expect_err("empty why");
        assert_error(&errs[0], 9, "needs a `question` and a `why`");
        let errs = parse_ask_file(file, &ask_file(10).replace("Question 3?", "Question 3")).expect_err("no ?");
        assert_error(&errs[0], 13, "must end with `?`");
        let errs = parse_ask_file(file, &ask_file(10).replace("Question 4?", "question 1?")).expect_err("repeated");
        assert_error(&errs[0], 17, "question repeated");
        let errs = parse_ask_file(file, &ask_file(10).replace("why = \"Because 0.\"", "why = \"x\"\nscore = 1")).expect_err("unknown field");
        assert_error(&errs[0], 4, "unknown field `score`");
    }

    /// A temporary folder holding a valid synthetic bank (12 × 4 prompts, 10 questions) with
    /// `edit` applied to the (file name, text) pairs before writing.
    fn load_synthetic(tag: &str, edit: impl FnOnce(&mut Vec<(String, String)>)) -> Result<BehaviouralBank, Vec<ContentError>> {
        let mut files: Vec<(String, String)> = COMPETENCIES
            .iter()
            .map(|(c, _)| (format!("{c}.toml"), GOOD.replace("own-", &format!("{c}-")).replace("owned", &format!("owned {c}"))))
            .collect();
        files.push((ASK_FILE.into(), ask_file(10)));
        files.push(("FORMAT.md".into(), "# not content".into()));
        edit(&mut files);
        let dir = std::env::temp_dir().join(format!("backprep-behavioural-{}-{tag}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).expect("temp dir");
        for (name, text) in &files {
            std::fs::write(dir.join(name), text).expect("write");
        }
        let loaded = load_behavioural(&dir);
        let _ = std::fs::remove_dir_all(&dir);
        loaded
    }

    fn set(files: &mut [(String, String)], name: &str, f: impl FnOnce(&str) -> String) {
        let entry = files.iter_mut().find(|(n, _)| n == name).expect("file");
        entry.1 = f(&entry.1);
    }

    #[test]
    fn a_synthetic_folder_loads_in_competency_order() {
        let bank = load_synthetic("ok", |_| {}).expect("valid");
        assert_eq!(bank.prompts.len(), 48);
        assert_eq!(bank.ask.len(), 10);
        assert_eq!(bank.prompts[0].id, "ownership-one");
        assert_eq!(bank.prompts[4].id, "incident-one");
        assert_eq!(bank.prompts[47].id, "cross-team-four");
        assert_eq!(bank.by_competency("security").len(), 4);
        assert_eq!(bank.prompt("conflict-two").map(|p| p.situational), Some(true));
    }

    #[test]
    fn folder_rules() {
        let errs = load_synthetic("unknown", |f| f.push(("teamwork.toml".into(), GOOD.into()))).expect_err("unknown file");
        assert_eq!(errs.len(), 1, "{errs:?}");
        assert!(errs[0].file.ends_with("teamwork.toml") && errs[0].reason.contains("unknown file name `teamwork.toml`"), "{errs:?}");

        let errs = load_synthetic("txt", |f| f.push(("notes.txt".into(), "x".into()))).expect_err("unknown file");
        assert!(errs[0].reason.contains("unknown file name `notes.txt`"), "{errs:?}");

        let errs = load_synthetic("dup-id", |f| set(f, "conflict.toml", |t| t.replace("id = \"conflict-three\"", "id = \"ownership-two\""))).expect_err("dup id");
        assert_eq!(errs.len(), 1, "{errs:?}");
        assert!(errs[0].file.ends_with("conflict.toml"), "{errs:?}");
        assert_eq!((errs[0].line, errs[0].id.as_deref()), (16, Some("ownership-two")));
        assert!(errs[0].reason.contains("id is also used at") && errs[0].reason.contains("ownership.toml:9"), "{errs:?}");

        let errs = load_synthetic("dup-text", |f| {
            set(f, "failure.toml", |t| t.replace("Describe the service you owned failure that you are proudest of.", "Tell me about a time you owned incident something."))
        })
        .expect_err("dup text");
        assert_eq!(errs.len(), 1, "{errs:?}");
        assert!(errs[0].file.ends_with("failure.toml"), "{errs:?}");
        assert_eq!(errs[0].line, 23);
        assert!(errs[0].reason.contains("the same `prompt` text is also used at") && errs[0].reason.contains("incident.toml:2"), "{errs:?}");

        let errs = load_synthetic("missing", |f| f.retain(|(n, _)| n != "mentoring.toml")).expect_err("missing file");
        assert_eq!(errs.len(), 2, "{errs:?}");
        assert!(errs[0].file.ends_with("mentoring.toml") && errs[0].reason.contains("missing: competency `mentoring`"), "{errs:?}");
        assert!(errs[1].reason.contains("not 44"), "{errs:?}");

        let errs = load_synthetic("no-ask", |f| f.retain(|(n, _)| n != ASK_FILE)).expect_err("missing ask");
        assert_eq!(errs.len(), 1, "{errs:?}");
        assert!(errs[0].reason.contains("missing: `ask-your-interviewer.toml`"), "{errs:?}");

        // A broken file is reported once, not also as missing.
        let errs = load_synthetic("broken", |f| set(f, "deadlines.toml", |t| t.replacen("follow_ups = [\"f1?\", \"f2?\"]", "follow_ups = []", 1))).expect_err("broken");
        assert_eq!(errs.len(), 1, "{errs:?}");
        assert_error(&errs[0], 2, "give exactly 2 `follow_ups`, not 0");
    }

    #[test]
    fn the_bank_needs_48_prompts() {
        let bank = load_synthetic("total-ok", |_| {}).expect("exactly 48 is enough");
        assert_eq!(bank.prompts.len(), MIN_PROMPTS);
        // One file down to three prompts: that file fails, and 47 remain in all.
        let errs = load_synthetic("total", |f| set(f, "security.toml", |t| t.rsplit_once("[[prompt]]").map(|(a, _)| a.to_string()).unwrap_or_default()))
            .expect_err("too few");
        assert_eq!(errs.len(), 2, "{errs:?}");
        assert_error(&errs[0], 0, "give at least 4 [[prompt]] entries, not 3");
        assert!(errs[0].file.ends_with("security.toml"), "{errs:?}");
        assert_error(&errs[1], 0, "give at least 48 prompts in all, not 47");
    }
}
