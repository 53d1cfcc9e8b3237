use super::*;
use crate::rng::Rng;

fn eval(input: &str) -> Quantity {
    match evaluate(input) {
        Ok(q) => q,
        Err(e) => panic!("{input:?} failed: {e}"),
    }
}

fn shows(input: &str) -> String {
    format(&eval(input))
}

fn err(input: &str) -> CalcError {
    match evaluate(input) {
        Ok(q) => panic!("{input:?} should fail, gave {}", format(&q)),
        Err(e) => e,
    }
}

fn close(a: f64, b: f64) -> bool {
    (a - b).abs() <= 1e-9 * a.abs().max(b.abs()).max(1e-300)
}

/// The value in the display unit (or in base units when there is none).
fn shown_value(input: &str) -> f64 {
    let q = eval(input);
    q.value / q.display.map_or(1.0, |d| d.factor)
}

fn count(w: &str) -> BaseDim {
    BaseDim::Count(w.to_string())
}

#[test]
fn daily_volume_to_per_second() {
    let q = eval("100M req/day to req/s");
    assert!(close(q.value, 100e6 / 86_400.0), "{}", q.value);
    assert!(close(shown_value("100M req/day to req/s"), 1_157.407_407_407_407));
    assert_eq!(format(&q), "1,157 req/s");
    assert_eq!(q.dims.exponent(&count("req")), 1);
    assert_eq!(q.dims.exponent(&BaseDim::Second), -1);
    // Without a target a count per time reads per second anyway.
    assert_eq!(shows("100M req/day"), "1,157 req/s");
    assert_eq!(shows("100 million requests per day"), "1,157 req/s");
    assert_eq!(shows("100M queries/day"), "1,157 req/s");
}

#[test]
fn counts_cancel() {
    let input = "10M users * 20 req/user/day to req/s";
    assert!(close(shown_value(input), 10e6 * 20.0 / 86_400.0));
    assert_eq!(calc(input).as_deref(), Ok("2,315 req/s"));
    assert_eq!(shows("10M users * 20 req/user/day"), "2,315 req/s");
    assert_eq!(shows("1000 rps * 1 day"), "86,400,000 req");
    assert_eq!(shows("100 qps to req/min"), "6,000 req/min");
    assert_eq!(shows("6,000 reqs/min to rps"), "100 rps");
}

#[test]
fn time_conversions() {
    assert_eq!(shows("86400 s to day"), "1 day");
    assert_eq!(shows("1 day"), "1 day");
    assert_eq!(shows("2 days"), "2 days");
    assert_eq!(shows("36 h"), "1.5 days");
    assert_eq!(shows("90 s"), "1.5 min");
    assert_eq!(shows("1 month"), "30 days");
    assert_eq!(shows("1 year"), "1 year");
    assert_eq!(shows("1 year to days"), "365 days");
    assert_eq!(shows("2 weeks to h"), "336 h");
    assert_eq!(shows("0.0023 s"), "2.3 ms");
    assert_eq!(shows("250 us"), "250 µs");
    assert_eq!(shows("0.5 ns"), "0.5 ns");
    assert_eq!(shows("1 Hour + 30 Minutes"), "1.5 h");
}

#[test]
fn data_sizes() {
    assert_eq!(shows("500M users * 2 KB to TB"), "1 TB");
    assert_eq!(shows("500M users * 2 KB"), "1 TB·user");
    assert_eq!(shows("3 KB + 500 B"), "3.5 KB");
    assert!(close(shown_value("1 GiB to MB"), 1_073.741_824));
    assert_eq!(shows("1 GiB to MB"), "1,074 MB");
    assert_eq!(shows("1 GiB"), "1.07 GB");
    assert_eq!(shows("1024 KiB to MiB"), "1 MiB");
    assert_eq!(shows("5B"), "5 B");
    assert_eq!(shows("5bn"), "5,000,000,000");
    assert_eq!(shows("5 billion B"), "5 GB");
    assert_eq!(shows("8 bits"), "1 B");
    assert_eq!(shows("1 PB / 1 GB"), "1,000,000");
    assert_eq!(shows("0.5 B"), "0.5 B");
    assert_eq!(shows("2 KB/user * 1M users"), "2 GB");
    assert_eq!(shows("1 TB / 1M users"), "1 MB/user");
}

#[test]
fn rates_and_transfer_times() {
    assert_eq!(shows("1 Gbps to MB/s"), "125 MB/s");
    assert_eq!(shows("1 Gbps"), "125 MB/s");
    assert_eq!(shows("100 Mbps"), "12.5 MB/s");
    assert_eq!(shows("1 GB/s to Gbps"), "8 Gbps");
    let input = "1 TB / 100 MB/s to h";
    assert!(close(shown_value(input), 1e4 / 3600.0));
    assert_eq!(shows(input), "2.78 h");
    assert_eq!(shows("1 TB / 100 MB/s"), "2.78 h");
    assert_eq!(shows("6 KB / 2 s"), "3 KB/s");
    assert_eq!(shows("100 MB/s * 1 h"), "360 GB");
    assert_eq!(shows("1 KB per s"), "1 KB/s");
    assert_eq!(shows("5 per day to per h"), "0.208/h");
    assert_eq!(shows("1 per 10 s"), "0.1/s");
    assert_eq!(shows("10 Hz"), "10/s");
    assert_eq!(shows("50 GBps"), "50 GB/s");
}

#[test]
fn plain_arithmetic() {
    assert_eq!(shows("2^32"), "4,294,967,296");
    assert_eq!(shows("2**10"), "1,024");
    assert_eq!(shows("(1 + 2) * 3"), "9");
    assert_eq!(shows("1 + 2 * 3"), "7");
    assert_eq!(shows("1,200 * 3"), "3,600");
    assert_eq!(shows("1,234,567"), "1,234,567");
    assert_eq!(shows("-2^2"), "-4");
    assert_eq!(shows("2^-1"), "0.5");
    assert_eq!(shows("2^3^2"), "512");
    assert_eq!(shows("10 - 4 - 3"), "3");
    assert_eq!(shows("12 / 4 / 3"), "1");
    assert_eq!(shows("1e9"), "1,000,000,000");
    assert_eq!(shows("1.5e-3"), "0.0015");
    assert_eq!(shows(".5 + 2.5"), "3");
    assert_eq!(shows("100M"), "100,000,000");
    assert_eq!(shows("3k"), "3,000");
    assert_eq!(shows("2 thousand"), "2,000");
    assert_eq!(shows("1 trillion"), "1,000,000,000,000");
    assert_eq!(shows("20% * 50"), "10");
    assert_eq!(shows("2^10 B"), "1.02 KB");
    assert_eq!(shows("(2 KB)^2 / 1 KB"), "4 KB");
    assert_eq!(shows("2^32 to million"), "4,295 million");
    assert_eq!(shows("1e15"), "1e15");
    assert_eq!(shows("2^60"), "1.15e18");
    assert_eq!(shows("-(3 s)"), "-3 s");
    assert_eq!(shows("0.1 + 0.2"), "0.3");
}

#[test]
fn counts_and_dimensions() {
    assert_eq!(shows("5 users"), "5 user");
    assert_eq!(shows("5 Users + 1 user"), "6 user");
    assert_eq!(shows("3 messages + 2 msgs"), "5 msg");
    assert_eq!(shows("2 stories + 1 story"), "3 story");
    assert_eq!(shows("2 movies + 1 movie"), "3 movie");
    assert_eq!(shows("2 statuses"), "2 statuse");
    let q = eval("5 users * 3 s");
    assert_eq!(q.dims.exponent(&count("user")), 1);
    assert_eq!(q.dims.exponent(&BaseDim::Second), 1);
    assert_eq!(format(&q), "15 user·s");
    assert_eq!(shows("1 req / (user * s)"), "1 req/(user·s)");
    assert_eq!(shows("1 s^2"), "1 s^2");
    assert_eq!(eval("1 s^2 / 1 s").dims, Dims::of(BaseDim::Second));
    assert_eq!(Dims::of(BaseDim::Byte).describe(), "bytes");
    assert_eq!(Dims::dimensionless().describe(), "a plain number");
    assert_eq!(eval("1 req/s").dims.describe(), "req/s");
}

#[test]
fn errors_name_the_problem_and_place() {
    let e = err("5 s + 2 B");
    assert_eq!(e.message, "cannot add seconds and bytes");
    assert_eq!(e.at, 4);
    assert!(err("3 KB - 1 s").message.contains("cannot subtract seconds from bytes"));

    let e = err("5 users to s");
    assert_eq!(e.message, "cannot convert user to seconds");
    assert_eq!(e.at, 8);
    let e = err("100 rps to B");
    assert_eq!(e.message, "cannot convert req/s to bytes");
    assert!(err("500M users * 2 KB * 365 days to TB").message.contains("one time factor too many"));
    assert!(err("1 GB/s to GB").message.contains("it is a rate"));
    assert!(err("5 s to req").message.contains("cannot convert seconds to req"));

    assert_eq!(err("1/0").message, "division by zero");
    assert_eq!(err("1/0").at, 1);
    assert_eq!(err("1 KB / (1 - 1) s").message, "division by zero");
    assert_eq!(err("0^-1").message, "division by zero");
    let e = err("");
    assert!(e.message.starts_with("empty expression"));
    assert_eq!(e.at, 0);
    assert!(err("   ").message.starts_with("empty expression"));

    let e = err("(1 + 2");
    assert_eq!((e.message.as_str(), e.at), ("unclosed '('", 0));
    let e = err("1 + 2)");
    assert_eq!((e.message.as_str(), e.at), ("unmatched ')'", 5));
    assert_eq!(err("()").message, "empty parentheses");
    let e = err("1 +");
    assert_eq!((e.message.as_str(), e.at), ("missing a value after '+'", 2));
    assert_eq!(err("* 3").message, "expected a number or a unit, found '*'");
    assert_eq!(err("2 ^").message, "missing a number after '^'");
    assert_eq!(err("1 2").message, "missing an operator before '2'");
    let e = err("1 @ 2");
    assert_eq!((e.message.as_str(), e.at), ("unexpected character '@'", 2));
    assert!(err("1,2").message.contains("thousands separator"));
    assert_eq!(err("1e999").message, "number too large");
    assert_eq!(err("10^400").message, "number too large");
    assert_eq!(err("1e200 * 1e200").message, "number too large");
    assert_eq!(err("(-8)^0.5").message, "the result is not a real number");
    assert!(err("1 s^0.5").message.contains("whole power"));
    assert!(err("2^(1 s)").message.contains("plain number"));
    assert_eq!(err("5 MB to").message, "missing a unit after 'to'");
    assert!(err("5 MB to KB to B").message.contains("only one conversion"));
    assert!(err("(5 MB to KB)").message.contains("must come last"));
    assert!(err("5 MB to 0 KB").message.contains("it is zero"));
    assert!(err("5 Mb").message.contains("write MB for megabytes or Mbit for megabits"));
    assert!(err("5 gb").message.contains("GB for gigabytes"));
    assert!(err("5 b").message.contains("ambiguous"));
    assert!(err("5m users").message.contains("M for million or min for minutes"));
    assert!(err(&"(".repeat(10_000)).message.contains("nested too deeply"));
    assert!(err(&"-".repeat(10_000)).message.contains("nested too deeply"));
    // Display carries the offset one-based for people.
    assert_eq!(err("1/0").to_string(), "division by zero (at character 2)");
}

#[test]
fn conversion_keeps_target_text_tidy() {
    let q = eval("1 Gbps in MB / s");
    assert_eq!(q.display.as_ref().map(|d| d.text.as_str()), Some("MB/s"));
    assert_eq!(format(&q), "125 MB/s");
    assert_eq!(shows("2 KB * 10 to KB*s / s"), "20 KB·s/s");
    assert_eq!(shows("100M req/day TO req per s"), "1,157 req/s");
    assert_eq!(shows("1 TB to 1K GB"), "1 1K GB");
    assert_eq!(shows("1 TB to 1 K  GB"), "1 1 K GB");
    assert_eq!(shows("3 per min to /s"), "0.05/s");
    assert!(err("5 to per").message.contains("missing a value after 'per'"));
}

#[test]
fn number_formatting_rule() {
    assert_eq!(format_number(0.0), "0");
    assert_eq!(format_number(-0.0), "0");
    assert_eq!(format_number(1.0), "1");
    assert_eq!(format_number(1157.407), "1,157");
    assert_eq!(format_number(999.7), "1,000");
    assert_eq!(format_number(999.4), "999");
    assert_eq!(format_number(2.777_777), "2.78");
    assert_eq!(format_number(12.5), "12.5");
    assert_eq!(format_number(0.0023), "0.0023");
    assert_eq!(format_number(0.0001), "0.0001");
    assert_eq!(format_number(0.000_012_34), "1.23e-5");
    assert_eq!(format_number(4_294_967_296.0), "4,294,967,296");
    assert_eq!(format_number(-1_234_567.0), "-1,234,567");
    assert_eq!(format_number(999_999_999_999_999.0), "999,999,999,999,999");
    assert_eq!(format_number(1e15), "1e15");
    assert_eq!(format_number(4.294_967_296e18), "4.29e18");
    assert_eq!(format_number(-2.5e-7), "-2.5e-7");
    assert_eq!(format_number(f64::INFINITY), "∞");
    assert_eq!(format_number(f64::NAN), "NaN");
}

#[test]
fn formatting_families() {
    let q = |value: f64, dims: Dims| format(&Quantity { value, dims, display: None });
    let byte = || Dims::of(BaseDim::Byte);
    let sec = || Dims::of(BaseDim::Second);
    // Bytes: largest decimal unit with value >= 1.
    assert_eq!(q(0.0, byte()), "0 B");
    assert_eq!(q(999.0, byte()), "999 B");
    assert_eq!(q(1_000.0, byte()), "1 KB");
    assert_eq!(q(1.157e12, byte()), "1.16 TB");
    assert_eq!(q(2e18, byte()), "2 EB");
    assert_eq!(q(3e21, byte()), "3,000 EB");
    assert_eq!(q(-2e6, byte()), "-2 MB");
    // Byte rates.
    let byte_rate = byte().div(&sec()).unwrap_or_default();
    assert_eq!(q(1.25e8, byte_rate.clone()), "125 MB/s");
    assert_eq!(q(12.0, byte_rate), "12 B/s");
    // Time.
    assert_eq!(q(0.0, sec()), "0 s");
    assert_eq!(q(59.0, sec()), "59 s");
    assert_eq!(q(3_600.0, sec()), "1 h");
    assert_eq!(q(2.0 * 31_536_000.0, sec()), "2 years");
    assert_eq!(q(0.0023, sec()), "2.3 ms");
    // Counts and count rates.
    let req = || Dims::of(count("req"));
    assert_eq!(q(1.0, req()), "1 req");
    assert_eq!(q(1157.4, req().div(&sec()).unwrap_or_default()), "1,157 req/s");
    // Dimensionless.
    assert_eq!(q(42.0, Dims::dimensionless()), "42");
    // An explicit display unit wins; a broken one falls back to the automatic choice.
    let shown = Quantity { value: 7_200.0, dims: sec(), display: Some(DisplayUnit { text: "min".into(), factor: 60.0 }) };
    assert_eq!(format(&shown), "120 min");
    let broken = Quantity { value: 7_200.0, dims: sec(), display: Some(DisplayUnit { text: "x".into(), factor: 0.0 }) };
    assert_eq!(format(&broken), "2 h");
    let weird = Quantity { value: f64::NAN, dims: byte(), display: None };
    assert_eq!(format(&weird), "NaN B");
}

#[test]
fn count_word_folding() {
    use super::table::count_word;
    for (w, folded) in [
        ("users", "user"),
        ("User", "user"),
        ("requests", "req"),
        ("reqs", "req"),
        ("Queries", "req"),
        ("query", "req"),
        ("messages", "msg"),
        ("txns", "tx"),
        ("replies", "reply"),
        ("cookies", "cookie"),
        ("class", "class"),
        ("bus", "bus"),
        ("analysis", "analysis"),
        ("photos", "photo"),
    ] {
        assert_eq!(count_word(w), folded, "{w}");
    }
}

const FRAGMENTS: &[&str] = &[
    "1", "2.5", "1,200", "1e9", "9e307", "0", ".5", "1e", "e", "K", "M", "B", "KB", "GiB", "Gbps", "s", "ms",
    "day", "month", "users", "req", "per", "to", "in", "/", "*", "**", "+", "-", "^", "(", ")", " ", "%",
    "µs", "@", ",", ".", "Mb", "m", "b", "1,2", "−", "×", "2^", "^-", "()", "é", "\u{0}", "\n", "𝔘", "ßs",
];

fn check_total(input: &str) {
    if let Ok(q) = evaluate(input) {
        assert!(q.value.is_finite(), "{input:?} gave {}", q.value);
        if let Some(d) = &q.display {
            assert!(d.factor.is_finite() && d.factor != 0.0, "{input:?}");
        }
        assert!(!format(&q).is_empty());
    } else if let Err(e) = evaluate(input) {
        assert!(e.at <= input.chars().count(), "{input:?}: {e:?}");
        assert!(!e.message.is_empty());
    }
}

#[test]
fn never_panics_on_fragment_soup() {
    let mut rng = Rng::new(0x005e_ed0f_ca1c);
    for _ in 0..20_000 {
        let n = rng.below(12) as usize;
        let input: String = (0..n).map(|_| FRAGMENTS[rng.below(FRAGMENTS.len() as u64) as usize]).collect();
        check_total(&input);
    }
    for input in [
        "2^".repeat(5_000),
        "-".repeat(50) + "1",
        "(".repeat(50) + "1" + &")".repeat(50),
        "9".repeat(400),
        "1 s^64^64".to_string(),
        "(((1 s)^64)^64)^64".to_string(),
        "1 s^-64 * 1 s^-64".to_string(),
        "1e-320 / 1e300".to_string(),
        "1e308 to 1e-308".to_string(),
        "1e-308 to 1e308 s / 1 s".to_string(),
    ] {
        check_total(&input);
    }
}

mod prop {
    use super::check_total;
    use proptest::prelude::*;

    proptest! {
        #[test]
        fn never_panics_on_arbitrary_strings(s in any::<String>()) {
            check_total(&s);
        }

        #[test]
        fn never_panics_on_fragments(parts in proptest::collection::vec(proptest::sample::select(super::FRAGMENTS), 0..16)) {
            check_total(&parts.concat());
        }

        #[test]
        fn scaling_by_a_number_scales_the_value(a in 1u32..1_000_000, b in 1u32..1_000) {
            let q = super::eval(&format!("{a} KB * {b}"));
            prop_assert!(super::close(q.value, f64::from(a) * 1e3 * f64::from(b)));
        }
    }
}

#[test]
fn deepest_accepted_nesting_fits_a_small_stack() {
    // The WebAssembly stack is 1 MiB; run the deepest accepted inputs (unoptimised) in half of it.
    let handle = std::thread::Builder::new().stack_size(512 * 1024).spawn(|| {
        let nested = |n: usize| "(".repeat(n) + "-+-1 KB^2^(1)" + &")".repeat(n);
        let deepest = (1..200).take_while(|&n| evaluate(&nested(n)).is_ok()).last().unwrap_or(0);
        let unary = (1..400).take_while(|&n| evaluate(&("-".repeat(n) + "1")).is_ok()).last().unwrap_or(0);
        let powers = (1..400).take_while(|&n| evaluate(&("1".to_string() + &"^1".repeat(n))).is_ok()).last().unwrap_or(0);
        (deepest, unary, powers)
    });
    let depths = handle.map(|h| h.join());
    let Ok(Ok((parens, unary, powers))) = depths else { panic!("{depths:?}") };
    assert!(parens >= 60 && unary >= 190 && powers >= 190, "{parens} {unary} {powers}");
}
