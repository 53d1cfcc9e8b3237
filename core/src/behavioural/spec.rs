//! What the behavioural round is, as shipped to the app: prompts grouped by competency and the
//! questions to ask the interviewer. Written in `behavioural/*.toml` (see
//! `behavioural/FORMAT.md`) and validated at build time by `load`; plain text, no Markdown.

use serde::{Deserialize, Serialize};

/// The twelve competencies, in display order: (id, title). Each id is also the name of its
/// content file, `behavioural/<id>.toml`.
pub const COMPETENCIES: [(&str, &str); 12] = [
    ("ownership", "Ownership"),
    ("incident", "Production incident and postmortem"),
    ("debugging", "Debugging under pressure"),
    ("disagreement", "Disagreement on a technical decision"),
    ("conflict", "Conflict"),
    ("failure", "Failure and what changed after"),
    ("ambiguity", "Ambiguity and scope"),
    ("deadlines", "Deadline trade-offs"),
    ("mentoring", "Mentoring and feedback"),
    ("performance", "Performance or reliability improvement"),
    ("security", "Security or data-loss scare"),
    ("cross-team", "Cross-team work"),
];

/// The title of a competency id, `None` for an unknown id.
pub fn competency_title(id: &str) -> Option<&'static str> {
    COMPETENCIES.iter().find(|(c, _)| *c == id).map(|(_, t)| *t)
}

/// The display position of a competency id, `None` for an unknown id.
pub fn competency_index(id: &str) -> Option<usize> {
    COMPETENCIES.iter().position(|(c, _)| *c == id)
}

/// One interview prompt with what a strong answer contains.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct BehaviouralPrompt {
    /// Kebab-case, unique across all files and stable: it keys the user's stories and the
    /// review card `behavioural:<id>`.
    pub id: String,
    /// One of the [`COMPETENCIES`] ids (the file the prompt is in).
    pub competency: String,
    /// `true` for a hypothetical ("What would you do if…"), `false` for a past-experience
    /// prompt ("Tell me about a time…").
    pub situational: bool,
    /// The question as the interviewer says it.
    pub prompt: String,
    /// 3 to 5 things the interviewer listens for.
    pub listens_for: Vec<String>,
    /// Exactly 2 likely follow-up questions.
    pub follow_ups: Vec<String>,
    /// 4 to 6 bullets: what a strong answer includes, covering situation, task, action and
    /// result. Guidance, not a script.
    pub outline: Vec<String>,
}

/// A question for the candidate to ask the interviewer, and what the answer tells them.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct AskQuestion {
    pub question: String,
    pub why: String,
}

/// Everything of the behavioural round.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct BehaviouralBank {
    /// In competency display order, then file order.
    pub prompts: Vec<BehaviouralPrompt>,
    pub ask: Vec<AskQuestion>,
}

impl BehaviouralBank {
    /// The prompt with this id.
    pub fn prompt(&self, id: &str) -> Option<&BehaviouralPrompt> {
        self.prompts.iter().find(|p| p.id == id)
    }

    /// The prompts of one competency, in file order (empty for an unknown competency).
    pub fn by_competency(&self, c: &str) -> Vec<&BehaviouralPrompt> {
        self.prompts.iter().filter(|p| p.competency == c).collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn prompt(id: &str, competency: &str) -> BehaviouralPrompt {
        BehaviouralPrompt {
            id: id.into(),
            competency: competency.into(),
            situational: false,
            prompt: "Tell me about a time.".into(),
            listens_for: vec![],
            follow_ups: vec![],
            outline: vec![],
        }
    }

    #[test]
    fn competencies_are_unique_kebab_ids_with_titles() {
        let mut ids: Vec<&str> = COMPETENCIES.iter().map(|(c, _)| *c).collect();
        ids.sort_unstable();
        ids.dedup();
        assert_eq!(ids.len(), COMPETENCIES.len());
        assert_eq!(competency_title("cross-team"), Some("Cross-team work"));
        assert_eq!(competency_title("incident"), Some("Production incident and postmortem"));
        assert_eq!(competency_title("nope"), None);
        assert_eq!(competency_index("ownership"), Some(0));
        assert_eq!(competency_index("cross-team"), Some(11));
    }

    #[test]
    fn bank_lookups() {
        let bank = BehaviouralBank {
            prompts: vec![prompt("a", "ownership"), prompt("b", "incident"), prompt("c", "ownership")],
            ask: vec![],
        };
        assert_eq!(bank.prompt("b").map(|p| p.competency.as_str()), Some("incident"));
        assert!(bank.prompt("z").is_none());
        let own: Vec<&str> = bank.by_competency("ownership").iter().map(|p| p.id.as_str()).collect();
        assert_eq!(own, ["a", "c"]);
        assert!(bank.by_competency("conflict").is_empty());
    }
}
