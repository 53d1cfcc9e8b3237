//! Runs the STAR check on an answer read from stdin and prints the findings, as the app shows
//! them (for authors of labelled answers and tests):
//! `echo "…" | cargo run -q -p backprep-core --example star_check`
use backprep_core::behavioural::star::{check, Band};
use std::io::Read;

fn main() {
    let mut text = String::new();
    if std::io::stdin().read_to_string(&mut text).is_err() {
        eprintln!("stdin is not text");
        std::process::exit(2);
    }
    let r = check(&text, Band::default());
    println!("{} words, {}–{} s", r.words, r.seconds_min, r.seconds_max);
    for f in &r.findings {
        println!("{:<10} {:<5} {}{}", f.key, f.met, f.message, f.fix.as_ref().map(|x| format!(" | fix: {x}")).unwrap_or_default());
    }
}
