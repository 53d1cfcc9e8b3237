//! How results read: the number rule and the choice of a readable unit.

use super::{BaseDim, Dims, Quantity};
use crate::format::grouped;

/// A number as the calculator shows it:
///
/// * whole numbers below 10¹⁵ in full with thousands separators: `4,294,967,296`;
/// * other numbers from 1,000 up: rounded to a whole number, with separators: `1,157`;
/// * below 1,000: three significant digits, trailing zeros dropped: `2.78`, `125`, `0.0023`;
/// * 10¹⁵ and above, or below 10⁻⁴: scientific with three significant digits: `4.29e15`.
pub fn format_number(v: f64) -> String {
    if !v.is_finite() {
        return if v.is_nan() { "NaN".to_string() } else if v > 0.0 { "∞".to_string() } else { "-∞".to_string() };
    }
    if v == 0.0 {
        return "0".to_string();
    }
    let a = v.abs();
    if !(1e-4..1e15).contains(&a) {
        return scientific(v);
    }
    if v.fract() == 0.0 || a >= 999.5 {
        let r = v.round();
        return if r.abs() >= 1e15 { scientific(r) } else { grouped(r) };
    }
    // 1e-4 <= a < 999.5: three significant digits.
    let magnitude = a.log10().floor() as i32;
    let decimals = (2 - magnitude).clamp(0, 8) as usize;
    let s = format!("{v:.decimals$}");
    if s.parse::<f64>().is_ok_and(|r| r.abs() >= 1000.0) {
        return grouped(v.round());
    }
    trim_zeros(&s)
}

fn trim_zeros(s: &str) -> String {
    if s.contains('.') {
        s.trim_end_matches('0').trim_end_matches('.').to_string()
    } else {
        s.to_string()
    }
}

fn scientific(v: f64) -> String {
    let s = format!("{v:.2e}");
    match s.split_once('e') {
        Some((mantissa, exp)) => format!("{}e{exp}", trim_zeros(mantissa)),
        None => s,
    }
}


fn join(number: String, unit: &str) -> String {
    if unit.is_empty() {
        number
    } else if unit.starts_with('/') {
        format!("{number}{unit}")
    } else {
        format!("{number} {unit}")
    }
}

const BYTE_LADDER: &[(&str, f64)] =
    &[("EB", 1e18), ("PB", 1e15), ("TB", 1e12), ("GB", 1e9), ("MB", 1e6), ("KB", 1e3)];

const TIME_LADDER: &[(&str, f64)] =
    &[("year", 31_536_000.0), ("day", 86_400.0), ("h", 3_600.0), ("min", 60.0), ("s", 1.0)];

const SUBSECOND_LADDER: &[(&str, f64)] = &[("ms", 1e-3), ("µs", 1e-6), ("ns", 1e-9)];

/// The first rung whose size `|v|` reaches, else `fallback`.
fn pick(v: f64, ladder: &[(&'static str, f64)], fallback: (&'static str, f64)) -> (&'static str, f64) {
    ladder.iter().copied().find(|(_, f)| v.abs() >= *f).unwrap_or(fallback)
}

pub(super) fn format(q: &Quantity) -> String {
    if let Some(d) = &q.display {
        if d.factor != 0.0 && d.factor.is_finite() {
            return join(format_number(q.value / d.factor), &d.text);
        }
    }
    let v = q.value;
    let dims = &q.dims;
    if dims.is_dimensionless() {
        return format_number(v);
    }
    if *dims == Dims::of(BaseDim::Second) {
        let (unit, f) = if v.abs() >= 1.0 || v == 0.0 {
            pick(v, TIME_LADDER, ("s", 1.0))
        } else {
            pick(v, SUBSECOND_LADDER, ("ns", 1e-9))
        };
        let n = format_number(v / f);
        let plural = matches!(unit, "day" | "year") && n != "1" && n != "-1";
        return join(n, &if plural { format!("{unit}s") } else { unit.to_string() });
    }
    if dims.exponent(&BaseDim::Byte) == 1 {
        let (prefix, f) = pick(v, BYTE_LADDER, ("B", 1.0));
        return join(format_number(v / f), &dims.formula(prefix, ""));
    }
    join(format_number(v), &dims.formula("B", ""))
}
