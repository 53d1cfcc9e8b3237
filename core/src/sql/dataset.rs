//! Datasets: the showcase one (hand-written rows) and seeded random ones generated from each
//! column's `Gen`. The same exercise and seed give the same rows on every machine, so a failure
//! on a hidden dataset can be replayed from the seed shown with it.

use super::spec::{Cell, GenKind, Showcase, SqlExercise, TableSpec};
use crate::rng::Rng;
use serde::{Deserialize, Serialize};
use std::collections::HashSet;

/// Random datasets graded on each Submit, besides the showcase one.
pub const RANDOM_DATASETS: u32 = 4;

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Dataset {
    /// "showcase" or "random 1".."random 4".
    pub label: String,
    /// The seed this dataset came from (none for the showcase).
    pub seed: Option<u64>,
    pub tables: Vec<TableData>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct TableData {
    pub name: String,
    pub columns: Vec<String>,
    pub rows: Vec<Vec<Cell>>,
}

impl Dataset {
    pub fn table(&self, name: &str) -> Option<&TableData> {
        self.tables.iter().find(|t| t.name == name)
    }
}

/// The showcase dataset: what Run uses and the first one Submit grades.
pub fn showcase(ex: &SqlExercise) -> Result<Dataset, String> {
    let mut tables: Vec<TableData> = Vec::new();
    for t in &ex.tables {
        let rows = match &t.showcase {
            Showcase::Rows(rows) => rows.clone(),
            Showcase::Generated(n) => generate_table(t, *n, &tables, &mut Rng::derived(0, &t.name))?,
        };
        tables.push(TableData { name: t.name.clone(), columns: t.column_names(), rows });
    }
    Ok(Dataset { label: "showcase".into(), seed: None, tables })
}

/// Random dataset `n` (1-based) of a submit with `seed`.
pub fn random(ex: &SqlExercise, seed: u64, n: u32) -> Result<Dataset, String> {
    let mut rng = Rng::derived(seed, &format!("{}#{n}", ex.slug));
    let mut tables: Vec<TableData> = Vec::new();
    for t in &ex.tables {
        let (lo, hi) = t.rows;
        let count = lo + rng.below(u64::from(hi - lo) + 1) as u32;
        let rows = generate_table(t, count, &tables, &mut rng)?;
        tables.push(TableData { name: t.name.clone(), columns: t.column_names(), rows });
    }
    Ok(Dataset { label: format!("random {n}"), seed: Some(seed), tables })
}

/// Every dataset a Submit grades: the showcase, then `RANDOM_DATASETS` random ones.
pub fn for_submit(ex: &SqlExercise, seed: u64) -> Result<Vec<Dataset>, String> {
    let mut all = vec![showcase(ex)?];
    for n in 1..=RANDOM_DATASETS {
        all.push(random(ex, seed, n)?);
    }
    Ok(all)
}

fn unit(rng: &mut Rng) -> f64 {
    (rng.next_u64() >> 11) as f64 / (1u64 << 53) as f64
}

fn between(rng: &mut Rng, lo: i64, hi: i64) -> i64 {
    lo + rng.below((hi - lo) as u64 + 1) as i64
}

fn generate_table(t: &TableSpec, count: u32, earlier: &[TableData], rng: &mut Rng) -> Result<Vec<Vec<Cell>>, String> {
    let mut rows: Vec<Vec<Cell>> = Vec::with_capacity(count as usize);
    let mut used: Vec<HashSet<String>> = vec![HashSet::new(); t.columns.len()];
    for n in 1..=count as i64 {
        let mut row = Vec::with_capacity(t.columns.len());
        for (c, col) in t.columns.iter().enumerate() {
            let mut tries = 0;
            let value = loop {
                let v = if col.gen.null > 0.0 && unit(rng) < col.gen.null {
                    Cell::Null
                } else {
                    value(&col.gen.kind, n, t, &rows, earlier, rng).map_err(|e| format!("{}.{}: {e}", t.name, col.name))?
                };
                if !col.gen.unique || v == Cell::Null || used[c].insert(key(&v)) {
                    break v;
                }
                tries += 1;
                if tries > 1000 {
                    return Err(format!("{}.{}: cannot find {count} unique values; widen the range", t.name, col.name));
                }
            };
            row.push(value);
        }
        rows.push(row);
    }
    Ok(rows)
}

fn key(v: &Cell) -> String {
    format!("{v:?}")
}

fn value(kind: &GenKind, n: i64, t: &TableSpec, rows: &[Vec<Cell>], earlier: &[TableData], rng: &mut Rng) -> Result<Cell, String> {
    Ok(match kind {
        GenKind::Serial => Cell::Int(n),
        GenKind::Int(lo, hi) => Cell::Int(between(rng, *lo, *hi)),
        GenKind::Real(lo, hi) => Cell::Real(((lo + unit(rng) * (hi - lo)) * 100.0).round() / 100.0),
        GenKind::Pick(values) => values[rng.below(values.len() as u64) as usize].clone(),
        GenKind::Words(list) => {
            let words = words(list).ok_or_else(|| format!("no word list `{list}`"))?;
            Cell::Text(words[rng.below(words.len() as u64) as usize].to_string())
        }
        GenKind::Format(f) => Cell::Text(f.replace("{n}", &n.to_string())),
        GenKind::Ref(table, column) => {
            let other = earlier.iter().find(|d| &d.name == table).ok_or_else(|| format!("`{table}` is not an earlier table"))?;
            let c = other.columns.iter().position(|x| x == column).ok_or_else(|| format!("`{table}` has no column `{column}`"))?;
            if other.rows.is_empty() {
                Cell::Null
            } else {
                other.rows[rng.below(other.rows.len() as u64) as usize][c].clone()
            }
        }
        GenKind::Parent(column) => {
            let c = t.columns.iter().position(|x| &x.name == column).ok_or_else(|| format!("no column `{column}`"))?;
            if rows.is_empty() {
                Cell::Null
            } else {
                rows[rng.below(rows.len() as u64) as usize][c].clone()
            }
        }
        GenKind::Date(lo, hi) => Cell::Text(date(between(rng, *lo, *hi))),
        GenKind::DateTime(lo, hi) => {
            let s = between(rng, *lo, *hi);
            let (d, r) = (s.div_euclid(86_400), s.rem_euclid(86_400));
            Cell::Text(format!("{} {:02}:{:02}:{:02}", date(d), r / 3600, r / 60 % 60, r % 60))
        }
    })
}

/// The built-in word lists of `words = "…"`.
pub fn words(list: &str) -> Option<&'static [&'static str]> {
    Some(match list {
        "person" => &[
            "Ada", "Grace", "Alan", "Barbara", "Edsger", "Frances", "Donald", "Margaret", "Ken", "Radia", "Dennis", "Sophie",
            "Linus", "Hedy", "John", "Katherine", "Leslie", "Shafi", "Tim", "Annie", "Bjarne", "Jean", "Niklaus", "Karen",
        ],
        "department" => &["Engineering", "Sales", "Support", "Finance", "Legal", "Marketing", "Research", "Operations"],
        "product" => &["keyboard", "mouse", "monitor", "laptop", "cable", "dock", "webcam", "headset", "charger", "stand"],
        "city" => &["Lisbon", "Oslo", "Nairobi", "Osaka", "Lima", "Austin", "Krakow", "Hanoi", "Perth", "Quito"],
        _ => return None,
    })
}

/// Days since 1970-01-01 → `YYYY-MM-DD` (proleptic Gregorian; Howard Hinnant's civil_from_days).
pub fn date(days: i64) -> String {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    let y = yoe + era * 400 + i64::from(m <= 2);
    format!("{y:04}-{m:02}-{d:02}")
}

/// `YYYY-MM-DD` → days since 1970-01-01, for valid dates only.
pub fn days(date: &str) -> Option<i64> {
    let b = date.as_bytes();
    if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
        return None;
    }
    let (y, m, d): (i64, i64, i64) = (date[0..4].parse().ok()?, date[5..7].parse().ok()?, date[8..10].parse().ok()?);
    let leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    let len = [31, if leap { 29 } else { 28 }, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
    if !(1..=12).contains(&m) || d < 1 || d > len[(m - 1) as usize] {
        return None;
    }
    let y2 = if m <= 2 { y - 1 } else { y };
    let era = y2.div_euclid(400);
    let yoe = y2 - era * 400;
    let mp = (m + 9) % 12;
    let doy = (153 * mp + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    Some(era * 146_097 + doe - 719_468)
}

/// `YYYY-MM-DD HH:MM:SS` → seconds since 1970-01-01 00:00:00.
pub fn seconds(datetime: &str) -> Option<i64> {
    let (d, t) = datetime.split_once(' ')?;
    let parts: Vec<i64> = t.split(':').map(|p| p.parse().ok()).collect::<Option<_>>()?;
    match parts.as_slice() {
        [h, m, s] if t.len() == 8 && (0..24).contains(h) && (0..60).contains(m) && (0..60).contains(s) => Some(days(d)? * 86_400 + h * 3600 + m * 60 + s),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::sql::spec::*;

    fn ex() -> SqlExercise {
        let col = |name: &str, kind: GenKind, null: f64, unique: bool| ColumnSpec { name: name.into(), sql_type: "INTEGER".into(), gen: Gen { kind, null, unique } };
        SqlExercise {
            slug: "sql-t".into(),
            title: "T".into(),
            difficulty: 1,
            summary: "s".into(),
            statement_html: String::new(),
            hints_html: vec![],
            kind: SqlKind::Query,
            columns: vec!["id".into()],
            ordered: false,
            compare_tables: vec![],
            index: None,
            tables: vec![
                TableSpec {
                    name: "a".into(),
                    columns: vec![col("id", GenKind::Serial, 0.0, false), col("d", GenKind::Date(days("2024-01-30").unwrap(), days("2024-02-02").unwrap()), 0.3, false)],
                    constraints: vec![],
                    rows: (3, 8),
                    showcase: Showcase::Rows(vec![vec![Cell::Int(1), Cell::Text("2024-01-31".into())]]),
                },
                TableSpec {
                    name: "b".into(),
                    columns: vec![col("id", GenKind::Int(1, 50), 0.0, true), col("a_id", GenKind::Ref("a".into(), "id".into()), 0.0, false), col("up", GenKind::Parent("id".into()), 0.0, false)],
                    constraints: vec![],
                    rows: (10, 20),
                    showcase: Showcase::Generated(30),
                },
            ],
            solution: "SELECT 1".into(),
            time_limit_ms: 2000,
        }
    }

    #[test]
    fn dates_round_trip_across_leap_days_and_month_ends() {
        for d in ["1970-01-01", "2024-02-29", "2024-03-01", "2023-12-31", "2000-02-29", "2100-03-01"] {
            assert_eq!(date(days(d).unwrap()), d);
        }
        assert_eq!(days("1970-01-02"), Some(1));
        assert_eq!(days("2023-02-29"), None);
        assert_eq!(seconds("1970-01-02 00:00:01"), Some(86_401));
        assert_eq!(seconds("2024-01-01 24:00:00"), None);
    }

    #[test]
    fn same_seed_same_rows_and_rules_hold() {
        let e = ex();
        assert_eq!(random(&e, 7, 1), random(&e, 7, 1));
        assert_ne!(random(&e, 7, 1), random(&e, 8, 1));
        let mut nulls = 0;
        for seed in 0..50 {
            let d = random(&e, seed, 2).unwrap();
            let (a, b) = (&d.tables[0], &d.tables[1]);
            assert!((3..=8).contains(&a.rows.len()) && (10..=20).contains(&b.rows.len()));
            let a_ids: Vec<_> = a.rows.iter().map(|r| r[0].clone()).collect();
            let mut ids = HashSet::new();
            for (i, r) in b.rows.iter().enumerate() {
                assert!(a_ids.contains(&r[1]), "ref points at an existing row");
                assert!(ids.insert(format!("{:?}", r[0])), "unique ids");
                let earlier: Vec<_> = b.rows[..i].iter().map(|x| x[0].clone()).collect();
                assert!(if i == 0 { r[2] == Cell::Null } else { earlier.contains(&r[2]) }, "parent is an earlier row");
            }
            for r in &a.rows {
                match &r[1] {
                    Cell::Null => nulls += 1,
                    Cell::Text(t) => assert!(["2024-01-30", "2024-01-31", "2024-02-01", "2024-02-02"].contains(&t.as_str()), "{t}"),
                    other => panic!("{other:?}"),
                }
            }
        }
        assert!(nulls > 10, "null = 0.3 gives NULLs");
        let s = showcase(&e).unwrap();
        assert_eq!(s.tables[0].rows.len(), 1);
        assert_eq!(s.tables[1].rows.len(), 30);
        assert_eq!(for_submit(&e, 3).unwrap().len(), 1 + RANDOM_DATASETS as usize);
    }

    #[test]
    fn impossible_uniqueness_is_an_error_not_a_hang() {
        let mut e = ex();
        e.tables[1].rows = (60, 60);
        assert!(random(&e, 1, 1).unwrap_err().contains("unique"));
    }
}
