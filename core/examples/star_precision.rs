//! Precision and recall of each STAR rule against the labelled answers: the tuning set (`CASES`,
//! asserted exactly by the tests) and the held-out set (`HELD_OUT`, written after the rules were
//! final and labelled by judgement). `cargo run -p backprep-core --example star_precision`
//! (`-- -v` also prints every finding of every held-out answer).

use backprep_core::behavioural::star::cases::{Case, CASES, HELD_OUT};
use backprep_core::behavioural::star::{check, Band, KEYS};

fn table(title: &str, cases: &[Case], verbose: bool) {
    println!("{title} ({} answers)", cases.len());
    println!("{:<10} {:>3} {:>3} {:>3} {:>3} {:>9} {:>7}", "key", "TP", "FP", "FN", "TN", "precision", "recall");
    let reports: Vec<_> = cases.iter().map(|c| check(c.text, Band::default())).collect();
    let mut misses = Vec::new();
    for (i, key) in KEYS.iter().enumerate() {
        let (mut tp, mut fp, mut fnn, mut tn) = (0, 0, 0, 0);
        for (c, r) in cases.iter().zip(&reports) {
            let f = r.finding(key).expect("every key has a finding");
            match (f.met, c.expect[i]) {
                (true, true) => tp += 1,
                (true, false) => fp += 1,
                (false, true) => fnn += 1,
                (false, false) => tn += 1,
            }
            if f.met != c.expect[i] {
                misses.push(format!("  {} [{}] {key}: label {}, rule {} — {}", c.name, c.category, c.expect[i], f.met, f.message));
            }
        }
        let pct = |a: usize, b: usize| if b == 0 { "-".to_string() } else { format!("{:.0}%", 100.0 * a as f64 / b as f64) };
        println!("{key:<10} {tp:>3} {fp:>3} {fnn:>3} {tn:>3} {:>9} {:>7}", pct(tp, tp + fp), pct(tp, tp + fnn));
    }
    if !misses.is_empty() {
        println!("disagreements:\n{}", misses.join("\n"));
    }
    if verbose {
        for (c, r) in cases.iter().zip(&reports) {
            println!("\n{} [{}] {} words", c.name, c.category, r.words);
            for f in &r.findings {
                println!("  {:<9} {} {}", f.key, if f.met { "✓" } else { "✗" }, f.message);
            }
        }
    }
    println!();
}

fn main() {
    let verbose = std::env::args().any(|a| a == "-v");
    let all = std::env::args().any(|a| a == "-vv");
    table("Tuning set: CASES", CASES, all);
    table("Held-out set: HELD_OUT", HELD_OUT, verbose || all);
}
