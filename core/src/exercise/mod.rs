//! Coding exercises: the spec of an exercise, the wire protocol to the sandboxed JavaScript
//! runner, the comparison of what user code returned with what was expected (expected values
//! never leave Rust), and Rust reference models that generate randomized tests.

pub mod attempt;
pub mod check;
pub mod custom;
pub mod growth;
pub mod models;
pub mod parsons;
pub mod protocol;
pub mod shrink;
pub mod spec;
pub mod suite;
pub mod value;

pub use check::{check, Report, Row, Status};
pub use spec::{Complexity, ExerciseKind, Op, RandomTests, TestCase, TestInput};

#[cfg(test)]
mod tests {
    /// Every known-good solution in `exercises/*/right/` is run by the browser test, which lists
    /// them by hand (a wasm test cannot read directories): a file missing from that list would
    /// silently prove nothing.
    #[test]
    fn every_known_good_solution_is_listed_in_the_browser_test() {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
        let listed = std::fs::read_to_string(root.join("tests/exercises.rs")).expect("tests/exercises.rs");
        let mut missing = Vec::new();
        let mut found = 0;
        for ex in std::fs::read_dir(root.join("exercises")).expect("exercises/").flatten() {
            let Ok(files) = std::fs::read_dir(ex.path().join("right")) else { continue };
            for f in files.flatten() {
                let (slug, file) = (ex.file_name().to_string_lossy().into_owned(), f.file_name().to_string_lossy().into_owned());
                found += 1;
                if !listed.contains(&format!("right!(\"{slug}\", \"{file}\")")) {
                    missing.push(format!("{slug}/right/{file}"));
                }
            }
        }
        assert!(missing.is_empty(), "add to KNOWN_GOOD in tests/exercises.rs: {missing:?}");
        assert!(found > 0, "no known-good solutions found");
    }
}
