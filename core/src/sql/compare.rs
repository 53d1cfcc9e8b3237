//! Comparing a learner's result with the reference's: column count and names, then the rows as
//! a multiset (or in order, when the statement fixes it). Numbers compare by value (1 = 1.0; reals
//! to 9 significant digits, so `AVG` and `SUM()/COUNT()` agree), NULL equals NULL, and text is
//! exact. What differs is reported the way a person checks it: the rows missing and the rows
//! extra, or the first position where the order differs.

use super::protocol::ResultSet;
use super::spec::Cell;
use std::collections::HashMap;

/// Rows shown of each side of a difference.
pub const SHOWN: usize = 5;

#[derive(Debug, Clone, PartialEq)]
pub enum Mismatch {
    /// Wrong number or names of columns (names compare case-insensitively).
    Columns { expected: Vec<String>, actual: Vec<String> },
    /// Different rows: up to `SHOWN` of each kind, and the full counts.
    Rows { expected_count: usize, actual_count: usize, missing: Vec<Vec<Cell>>, missing_count: usize, extra: Vec<Vec<Cell>>, extra_count: usize },
    /// The right rows in the wrong order: the first position that differs (0-based).
    Order { position: usize, expected: Vec<Cell>, actual: Vec<Cell> },
    /// The result was larger than the grader keeps.
    TooMany { kept: usize },
}

impl Mismatch {
    /// One sentence for the results list.
    pub fn summary(&self) -> String {
        match self {
            Mismatch::Columns { expected, actual } => {
                if expected.len() != actual.len() {
                    format!("Expected {} column(s) ({}), got {} ({}).", expected.len(), expected.join(", "), actual.len(), actual.join(", "))
                } else {
                    format!("Expected the columns {}, got {}.", expected.join(", "), actual.join(", "))
                }
            }
            Mismatch::Rows { expected_count, actual_count, missing_count, extra_count, .. } => {
                let mut parts = vec![format!("Expected {expected_count} row(s), got {actual_count}")];
                if *missing_count > 0 {
                    parts.push(format!("{missing_count} expected row(s) missing"));
                }
                if *extra_count > 0 {
                    parts.push(format!("{extra_count} row(s) that should not be there"));
                }
                format!("{}.", parts.join("; "))
            }
            Mismatch::Order { position, .. } => format!("The right rows in the wrong order: row {} differs (the statement fixes the order).", position + 1),
            Mismatch::TooMany { kept } => format!("The result has more than {kept} rows; the expected one is smaller."),
        }
    }
}

/// The comparison key of a value: numbers by value to 9 significant digits.
fn cell_key(c: &Cell) -> String {
    fn num(f: f64) -> String {
        if f == 0.0 {
            return "n0".into();
        }
        format!("n{:.8e}", f)
    }
    match c {
        Cell::Null => "null".into(),
        Cell::Int(i) if i.unsigned_abs() < (1 << 53) => num(*i as f64),
        Cell::Int(i) => format!("i{i}"),
        Cell::Real(f) => num(*f),
        Cell::Text(s) => format!("t{s}"),
    }
}

fn row_key(r: &[Cell]) -> Vec<String> {
    r.iter().map(cell_key).collect()
}

/// The column names a result must have (empty `names`: only the count of the reference's).
pub fn columns_match(names: &[String], expected: &ResultSet, actual: &ResultSet) -> Result<(), Mismatch> {
    let want: Vec<String> = if names.is_empty() { expected.columns.clone() } else { names.to_vec() };
    let same_count = want.len() == actual.columns.len();
    let same_names = names.is_empty() || want.iter().zip(&actual.columns).all(|(w, a)| w.eq_ignore_ascii_case(a.trim()));
    if same_count && same_names {
        Ok(())
    } else {
        Err(Mismatch::Columns { expected: want, actual: actual.columns.clone() })
    }
}

/// Compares rows (columns already checked).
pub fn rows_match(expected: &ResultSet, actual: &ResultSet, ordered: bool) -> Result<(), Mismatch> {
    if actual.truncated() {
        return Err(Mismatch::TooMany { kept: actual.rows.len() });
    }
    let mut counts: HashMap<Vec<String>, (usize, &Vec<Cell>)> = HashMap::new();
    for r in &expected.rows {
        counts.entry(row_key(r)).or_insert((0, r)).0 += 1;
    }
    let mut extra = Vec::new();
    for r in &actual.rows {
        match counts.get_mut(&row_key(r)) {
            Some((n, _)) if *n > 0 => *n -= 1,
            _ => extra.push(r.clone()),
        }
    }
    // Missing rows in the reference's order (deterministic, and readable).
    let mut missing = Vec::new();
    for r in &expected.rows {
        if let Some((n, _)) = counts.get_mut(&row_key(r)) {
            if *n > 0 {
                *n -= 1;
                missing.push(r.clone());
            }
        }
    }
    if !missing.is_empty() || !extra.is_empty() {
        return Err(Mismatch::Rows {
            expected_count: expected.rows.len(),
            actual_count: actual.rows.len(),
            missing_count: missing.len(),
            extra_count: extra.len(),
            missing: missing.into_iter().take(SHOWN).collect(),
            extra: extra.into_iter().take(SHOWN).collect(),
        });
    }
    if ordered {
        if let Some(position) = expected.rows.iter().zip(&actual.rows).position(|(e, a)| row_key(e) != row_key(a)) {
            return Err(Mismatch::Order { position, expected: expected.rows[position].clone(), actual: actual.rows[position].clone() });
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rs(columns: &[&str], rows: Vec<Vec<Cell>>) -> ResultSet {
        let count = rows.len() as u32;
        ResultSet { columns: columns.iter().map(|s| s.to_string()).collect(), rows, count, more: false }
    }
    use Cell::*;

    #[test]
    fn numbers_by_value_null_equals_null_text_exact() {
        let e = rs(&["a", "b"], vec![vec![Int(1), Null], vec![Real(0.1 + 0.2), Text("x".into())]]);
        let a = rs(&["a", "b"], vec![vec![Real(0.3), Text("x".into())], vec![Real(1.0), Null]]);
        assert_eq!(rows_match(&e, &a, false), Ok(()));
        let a = rs(&["a", "b"], vec![vec![Real(0.3), Text("X".into())], vec![Real(1.0), Null]]);
        assert!(rows_match(&e, &a, false).is_err());
        // Text "1" is not the number 1.
        let a = rs(&["a", "b"], vec![vec![Text("1".into()), Null], vec![Real(0.3), Text("x".into())]]);
        assert!(rows_match(&e, &a, false).is_err());
    }

    #[test]
    fn multisets_count_duplicates_and_report_missing_and_extra() {
        let e = rs(&["a"], vec![vec![Int(1)], vec![Int(1)], vec![Int(2)]]);
        let a = rs(&["a"], vec![vec![Int(1)], vec![Int(2)], vec![Int(3)]]);
        let Err(Mismatch::Rows { missing, extra, expected_count, actual_count, .. }) = rows_match(&e, &a, false) else { panic!() };
        assert_eq!((missing, extra, expected_count, actual_count), (vec![vec![Int(1)]], vec![vec![Int(3)]], 3, 3));
    }

    #[test]
    fn order_matters_only_when_asked() {
        let e = rs(&["a"], vec![vec![Int(1)], vec![Int(2)]]);
        let a = rs(&["a"], vec![vec![Int(2)], vec![Int(1)]]);
        assert_eq!(rows_match(&e, &a, false), Ok(()));
        assert_eq!(rows_match(&e, &a, true), Err(Mismatch::Order { position: 0, expected: vec![Int(1)], actual: vec![Int(2)] }));
    }

    #[test]
    fn columns_by_count_and_name_ignoring_case() {
        let names = vec!["id".to_string(), "name".to_string()];
        let e = rs(&["id", "name"], vec![]);
        assert_eq!(columns_match(&names, &e, &rs(&["ID", "Name"], vec![])), Ok(()));
        assert!(columns_match(&names, &e, &rs(&["id"], vec![])).is_err());
        assert!(columns_match(&names, &e, &rs(&["id", "customer"], vec![])).is_err());
        assert!(Mismatch::Columns { expected: names.clone(), actual: vec!["id".into()] }.summary().contains("Expected 2 column(s)"));
    }

    #[test]
    fn a_cut_result_is_too_many() {
        let e = rs(&["a"], vec![vec![Int(1)]]);
        let mut a = rs(&["a"], vec![vec![Int(1)]]);
        a.count = 20_000;
        assert_eq!(rows_match(&e, &a, false), Err(Mismatch::TooMany { kept: 1 }));
    }
}
