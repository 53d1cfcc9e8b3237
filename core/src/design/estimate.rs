//! Credit for numeric estimates on a log scale: in back-of-the-envelope maths the order of
//! magnitude is what matters, so an answer 2× off is worth much more than one 100× off, and an
//! answer within the authored tolerance is worth everything. One rule for design estimates and
//! numeric quiz questions, stated to the learner by `RULE`.

/// The rule in words, for the results pages.
pub const RULE: &str = "Within the tolerance: full credit. Otherwise the credit falls with the distance in orders of magnitude: 2× off earns 70 %, 3× off 52 %, 10× off or more nothing (and never more than 90 % outside the tolerance).";

/// Highest credit outside the tolerance: a near miss is still a miss.
pub const NEAR_MISS: f64 = 0.9;

/// Credit in 0..=1 for `guess` against `answer`, full when `within` (the caller's tolerance
/// test). Zero for guesses that are not positive (or an answer that is not), since a log scale
/// has no place for them.
pub fn log_credit(answer: f64, guess: f64, within: bool) -> f64 {
    if within {
        return 1.0;
    }
    if !(answer.is_finite() && guess.is_finite() && answer > 0.0 && guess > 0.0) {
        return 0.0;
    }
    let decades = (guess / answer).log10().abs();
    (1.0 - decades).clamp(0.0, NEAR_MISS)
}

/// Credit with a relative tolerance (design estimates: `0.25` = ±25 %).
pub fn relative_credit(answer: f64, tolerance: f64, guess: f64) -> f64 {
    let within = guess.is_finite() && (guess - answer).abs() <= tolerance * answer.abs() * (1.0 + 1e-9);
    log_credit(answer, guess, within)
}

/// How far off a guess is, in words: "2.1× too high", "about right".
pub fn describe_ratio(answer: f64, guess: f64) -> String {
    if !(answer > 0.0 && guess > 0.0 && answer.is_finite() && guess.is_finite()) {
        return "not comparable on a log scale".into();
    }
    let r = guess / answer;
    if (0.95..=1.05).contains(&r) {
        "about right".into()
    } else if r > 1.0 {
        format!("{} too high", times(r))
    } else {
        format!("{} too low", times(1.0 / r))
    }
}

fn times(r: f64) -> String {
    if r >= 10.0 {
        format!("{}×", crate::format::fixed(r, 0))
    } else {
        format!("{}×", crate::format::fixed(r, 1))
    }
}

/// Parses an estimate as people type it: `1157`, `1,157`, `1.2e3`, `1.2K`, `3M`, `2G`, `4T`,
/// `1.5 million`. The unit is shown beside the field, so a trailing unit word is an error.
pub fn parse_estimate(text: &str) -> Result<f64, String> {
    let t = text.trim();
    if t.is_empty() {
        return Err("empty".into());
    }
    let lower = t.to_lowercase();
    let (num, scale) = [
        ("thousand", 1e3),
        ("million", 1e6),
        ("billion", 1e9),
        ("trillion", 1e12),
        ("k", 1e3),
        ("m", 1e6),
        ("g", 1e9),
        ("bn", 1e9),
        ("t", 1e12),
    ]
    .iter()
    .find_map(|(suffix, s)| lower.strip_suffix(suffix).map(|n| (n.to_string(), *s)))
    .unwrap_or((lower.clone(), 1.0));
    let cleaned: String = num.chars().filter(|c| *c != ',' && *c != '_' && !c.is_whitespace()).collect();
    match cleaned.parse::<f64>() {
        Ok(v) if v.is_finite() && (v * scale).is_finite() => Ok(v * scale),
        _ => Err(format!("`{t}` is not a number; type e.g. 1200, 1.2K, 3.5M or 2e9")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn close(a: f64, b: f64) -> bool {
        (a - b).abs() < 0.005
    }

    #[test]
    fn within_tolerance_is_full_credit() {
        assert_eq!(relative_credit(1000.0, 0.25, 1000.0), 1.0);
        assert_eq!(relative_credit(1000.0, 0.25, 1250.0), 1.0);
        assert_eq!(relative_credit(1000.0, 0.25, 750.0), 1.0);
    }

    #[test]
    fn credit_falls_with_orders_of_magnitude() {
        // The figures quoted in RULE.
        assert!(close(relative_credit(1000.0, 0.25, 2000.0), 0.70));
        assert!(close(relative_credit(1000.0, 0.25, 500.0), 0.70), "symmetric on a log scale");
        assert!(close(relative_credit(1000.0, 0.25, 3000.0), 0.52));
        assert_eq!(relative_credit(1000.0, 0.25, 10_000.0), 0.0);
        assert_eq!(relative_credit(1000.0, 0.25, 100.0), 0.0);
        assert_eq!(relative_credit(1000.0, 0.25, 1e9), 0.0);
        // Just outside the tolerance: a near miss, capped below full credit.
        let c = relative_credit(1000.0, 0.05, 1060.0);
        assert!(c <= NEAR_MISS && c > 0.8, "{c}");
    }

    #[test]
    fn closer_never_earns_less() {
        let mut last = 0.0;
        for g in [1e-3, 1.0, 50.0, 120.0, 300.0, 600.0, 800.0, 1000.0] {
            let c = relative_credit(1000.0, 0.1, g);
            assert!(c >= last, "{g}: {c} < {last}");
            last = c;
        }
    }

    #[test]
    fn nonsense_earns_nothing() {
        for g in [0.0, -5.0, f64::NAN, f64::INFINITY] {
            assert_eq!(relative_credit(1000.0, 0.25, g), 0.0, "{g}");
        }
        assert_eq!(log_credit(-3.0, 2.0, false), 0.0);
    }

    #[test]
    fn parses_what_people_type() {
        assert_eq!(parse_estimate("1157"), Ok(1157.0));
        assert_eq!(parse_estimate(" 1,157 "), Ok(1157.0));
        assert_eq!(parse_estimate("1.2K"), Ok(1200.0));
        assert_eq!(parse_estimate("3M"), Ok(3e6));
        assert_eq!(parse_estimate("3 m"), Ok(3e6));
        assert_eq!(parse_estimate("2bn"), Ok(2e9));
        assert_eq!(parse_estimate("1.5 million"), Ok(1.5e6));
        assert_eq!(parse_estimate("2e9"), Ok(2e9));
        assert!(parse_estimate("").is_err());
        assert!(parse_estimate("lots").unwrap_err().contains("not a number"));
        assert!(parse_estimate("5 req/s").is_err());
    }

    #[test]
    fn describes_the_miss() {
        assert_eq!(describe_ratio(1000.0, 1010.0), "about right");
        assert_eq!(describe_ratio(1000.0, 2100.0), "2.1× too high");
        assert_eq!(describe_ratio(1000.0, 10.0), "100× too low");
    }
}
