//! Query-plan rules for index exercises: patterns over `EXPLAIN QUERY PLAN` lines, which SQLite
//! prints deterministically (`SEARCH events USING INDEX i (user_id=? AND created_at>?)`).

use super::spec::{IndexCheck, PlanRule};

/// `*` matches any run of characters; everything else matches itself, case-sensitively.
pub fn matches(pattern: &str, line: &str) -> bool {
    let parts: Vec<&str> = pattern.split('*').collect();
    if parts.len() == 1 {
        return pattern == line;
    }
    let (first, last) = (parts[0], parts[parts.len() - 1]);
    if !line.starts_with(first) || line.len() < first.len() + last.len() || !line.ends_with(last) {
        return false;
    }
    let mut rest = &line[first.len()..line.len() - last.len()];
    for mid in &parts[1..parts.len() - 1] {
        match rest.find(mid) {
            Some(i) => rest = &rest[i + mid.len()..],
            None => return false,
        }
    }
    true
}

/// What the plan gets wrong, each in words (empty when the plan is right).
pub fn problems(check: &IndexCheck, plan: &[String]) -> Vec<String> {
    let mut out = Vec::new();
    for PlanRule { pattern, why } in &check.require {
        if !plan.iter().any(|l| matches(pattern, l)) {
            out.push(why.clone());
        }
    }
    for PlanRule { pattern, why } in &check.forbid {
        if let Some(l) = plan.iter().find(|l| matches(pattern, l)) {
            out.push(format!("{why} (the plan says `{l}`)"));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn globs_match_whole_lines() {
        let l = "SEARCH events USING INDEX i (user_id=? AND created_at>?)";
        assert!(matches("SEARCH events USING * (user_id=? AND created_at>?)", l));
        assert!(matches("SEARCH events*", l));
        assert!(!matches("SEARCH events USING * (user_id=?)", l));
        assert!(!matches("SCAN *", l));
        assert!(matches("SCAN *", "SCAN events"));
        assert!(matches("USE TEMP B-TREE*", "USE TEMP B-TREE FOR ORDER BY"));
        assert!(!matches("a*a", "a"));
        assert!(matches("exact", "exact") && !matches("exact", "exactly"));
    }

    #[test]
    fn required_and_forbidden_lines_explain_themselves() {
        let rule = |p: &str, w: &str| PlanRule { pattern: p.into(), why: w.into() };
        let check = IndexCheck {
            query: String::new(),
            params: vec![],
            max_indexes: 2,
            require: vec![rule("SEARCH events USING * (user_id=? AND created_at>?)", "search both")],
            forbid: vec![rule("USE TEMP B-TREE*", "no sort")],
        };
        let good = vec!["SEARCH events USING INDEX i (user_id=? AND created_at>?)".to_string()];
        assert!(problems(&check, &good).is_empty());
        let bad = vec!["SEARCH events USING INDEX u (user_id=?)".to_string(), "USE TEMP B-TREE FOR ORDER BY".to_string()];
        let p = problems(&check, &bad);
        assert_eq!(p.len(), 2);
        assert!(p[1].contains("USE TEMP B-TREE FOR ORDER BY"));
    }
}
