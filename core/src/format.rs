//! How numbers and durations read on screen, in one place so every page says them the same way.
//! Pure, so the wording is tested natively.

/// An elapsed time in milliseconds: `42 s`, `3 min 07 s`.
pub fn elapsed(ms: f64) -> String {
    let secs = if ms.is_finite() && ms > 0.0 { (ms / 1000.0).round() as u64 } else { 0 };
    if secs < 60 {
        format!("{secs} s")
    } else {
        format!("{} min {:02} s", secs / 60, secs % 60)
    }
}

/// A time limit in whole seconds: `45 s`, `10 min`, `1 min 30 s`.
pub fn limit(secs: u32) -> String {
    match (secs / 60, secs % 60) {
        (0, s) => format!("{s} s"),
        (m, 0) => format!("{m} min"),
        (m, s) => format!("{m} min {s} s"),
    }
}

/// A number without float noise (`2315`, `0.5`, `3.5e12`).
pub fn number(v: f64) -> String {
    if v != 0.0 && (v.abs() >= 1e12 || v.abs() < 1e-4) {
        format!("{v:e}")
    } else if v.fract() == 0.0 {
        format!("{v:.0}")
    } else {
        format!("{}", (v * 1e6).round() / 1e6)
    }
}

/// `v` rounded to a whole number, with comma thousands separators: `1,157`, `-20,000`.
pub fn grouped(v: f64) -> String {
    let digits = format!("{:.0}", v.abs());
    let mut out = String::with_capacity(digits.len() + digits.len() / 3 + 1);
    if v < 0.0 && digits != "0" {
        out.push('-');
    }
    for (i, ch) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            out.push(',');
        }
        out.push(ch);
    }
    out
}

/// How an exercise's difficulty (1–3) reads on the home page (and its static copy).
pub fn difficulty_label(d: u8) -> &'static str {
    match d {
        1 => "warm-up",
        2 => "standard",
        _ => "deep",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn elapsed_times() {
        assert_eq!(elapsed(0.0), "0 s");
        assert_eq!(elapsed(41_600.0), "42 s");
        assert_eq!(elapsed(187_000.0), "3 min 07 s");
        assert_eq!(elapsed(f64::NAN), "0 s");
        assert_eq!(elapsed(-5.0), "0 s");
    }

    #[test]
    fn limits() {
        assert_eq!(limit(45), "45 s");
        assert_eq!(limit(600), "10 min");
        assert_eq!(limit(90), "1 min 30 s");
    }

    #[test]
    fn numbers() {
        assert_eq!(number(2315.0), "2315");
        assert_eq!(number(0.5), "0.5");
        assert_eq!(number(3.5e12), "3.5e12");
        assert_eq!(number(1.0 / 3.0), "0.333333");
        assert_eq!(number(0.0), "0");
    }
}

