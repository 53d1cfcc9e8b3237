//! Units calculator for back-of-the-envelope estimates in the system-design round.
//!
//! The learner types `100M req/day to req/s` or `1 TB / 100 MB/s to h` and gets the result with
//! its unit (`1,157 req/s`, `2.78 h`). Pure and total: [`evaluate`] returns an error for bad
//! input and never panics.
//!
//! # Grammar
//!
//! ```text
//! input    := sum [ ("to" | "in") sum ]          -- the conversion target comes last
//! sum      := term { ("+" | "-") term }
//! term     := unary { ("*" | "/" | "per" | <juxtaposition>) unary }
//! unary    := ("-" | "+") unary | power
//! power    := atom [ "^" exponent ]               -- also "**"; right-associative
//! atom     := number [units] | "(" sum ")" [units] | units
//! units    := unit [ "^" exponent ] { ( <juxtaposition> | "/" | "per" ) unit [ "^" exponent ] }
//! exponent := { "-" | "+" } ( number | "(" sum ")" ) [ "^" exponent ]
//! ```
//!
//! A number followed by units is one quantity, so `/` between units binds tighter than
//! arithmetic: `1 TB / 100 MB/s` is `1 TB ÷ (100 MB/s)` and `20 req/user/day` is one rate.
//! `/` followed by a number ends the unit run (`6 KB / 2 s` is `6 KB ÷ (2 s)`).
//!
//! # Numbers
//!
//! `1200`, `1,200` (a comma only as a thousands separator: followed by exactly three digits),
//! `2.5`, `.5`, `1e9`, `1.5e-3`. Magnitudes are *dimensionless words* multiplied in like units:
//! `K`/`k` (10³), `M` (10⁶), `G` (10⁹), `T` (10¹²), `bn` (10⁹), `thousand`, `million`,
//! `billion`, `trillion`, `%` (0.01), so `100M` = `100 M` = `100 million`.
//! **`B` is always bytes** (`5B` is five bytes); billions are `5bn`, `5 billion` or `5G`.
//! Ambiguous spellings are errors with a suggestion: `b`, `Mb`/`mb`/`Gb`… (bits or bytes?) and
//! `m` (million or minutes?).
//!
//! # Units
//!
//! * data (decimal, as in estimation practice): `B`/`byte(s)`, `KB` (also `kB`), `MB`, `GB`,
//!   `TB`, `PB`, `EB`; binary `KiB` … `EiB`; bits `bit(s)`, `Kbit`, `Mbit`, `Gbit`, `Tbit`;
//!   bit rates `bps`, `Kbps`, `Mbps`, `Gbps`, `Tbps`; byte rates `KBps`, `MBps`, `GBps`.
//! * time: `ns`, `us`/`µs`, `ms`, `s`/`sec`/`second(s)`, `min`/`minute(s)`,
//!   `h`/`hr`/`hour(s)`, `d`/`day(s)`, `week(s)`, `month(s)` (**30 days**),
//!   `year(s)`/`yr` (**365 days**). Long names are case-insensitive.
//! * rates: `rps`/`qps` (= `req/s`), `tps` (= `tx/s`), `Hz` (= `1/s`).
//! * counts: any other word is a countable unit of its own, folded to a singular lower-case
//!   name: `ies` → `y` (`queries` → `query`), otherwise one trailing `s` is dropped unless the
//!   word ends in `ss`, `us` or `is`; then `request`/`query` → `req`, `message` → `msg`,
//!   `transaction`/`txn` → `tx`. So `users` and `user` cancel, and `5 users to s` is an error.
//!
//! # Conversion
//!
//! `… to <unit expression>` (or `in`) converts. The dimensions must agree, except that **count
//! units absent from the target are dropped** (a count is a tally: `500M users * 2 KB to TB`
//! asks for the total). Bytes and time are never dropped: `5 users to s` and `1 Gbps to GB`
//! are errors naming both dimensions.
//!
//! # Output (see [`format`] and [`format_number`])
//!
//! With a target, the value is shown in it. Otherwise: bytes (also per something, e.g. `MB/s`)
//! in the largest of B, KB … EB that keeps the value ≥ 1; pure time in the largest of s, min, h,
//! day, year with value ≥ 1 (`ms`, `µs`, `ns` below a second); anything else in base units:
//! seconds for time (`req/s`), the count word for counts, a bare number when dimensionless.

use std::collections::BTreeMap;

mod lex;
mod parse;
mod render;
mod table;

#[cfg(test)]
mod tests;

pub use render::format_number;

/// A base dimension. Ordered so formulas read bytes first, then counts, then seconds.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum BaseDim {
    Byte,
    /// A countable unit by its folded name (`req`, `user`, `msg`).
    Count(String),
    Second,
}

/// Integer exponents over base dimensions; absent means 0 (no zero exponents are stored).
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Dims(BTreeMap<BaseDim, i32>);

/// The unit a converted result is shown in: its text as typed after `to` (tidied) and its size
/// in base units (bytes, seconds, counts).
#[derive(Debug, Clone, PartialEq)]
pub struct DisplayUnit {
    pub text: String,
    pub factor: f64,
}

/// A result: `value` is in base units (bytes, seconds, 1 per count); `display` is set when the
/// input ended with `to <unit>`.
#[derive(Debug, Clone, PartialEq)]
pub struct Quantity {
    pub value: f64,
    pub dims: Dims,
    pub display: Option<DisplayUnit>,
}

/// Why an expression could not be evaluated, and where (a char offset into the input).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CalcError {
    pub message: String,
    pub at: usize,
}

impl CalcError {
    pub(crate) fn new(message: impl Into<String>, at: usize) -> CalcError {
        CalcError { message: message.into(), at }
    }
}

impl std::fmt::Display for CalcError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{} (at character {})", self.message, self.at + 1)
    }
}

impl std::error::Error for CalcError {}

/// Evaluates an expression such as `100M req/day to req/s`.
pub fn evaluate(input: &str) -> Result<Quantity, CalcError> {
    let tokens = lex::lex(input)?;
    parse::parse(&tokens)
}

/// How a result reads: `1,157 req/s`, `1 TB`, `2.78 h`, `4,294,967,296`.
pub fn format(q: &Quantity) -> String {
    render::format(q)
}

/// [`evaluate`] then [`format`].
pub fn calc(input: &str) -> Result<String, CalcError> {
    evaluate(input).map(|q| format(&q))
}

impl Dims {
    /// No dimension: a plain number.
    pub fn dimensionless() -> Dims {
        Dims::default()
    }

    /// One base dimension to the first power.
    pub fn of(base: BaseDim) -> Dims {
        let mut m = BTreeMap::new();
        m.insert(base, 1);
        Dims(m)
    }

    pub fn is_dimensionless(&self) -> bool {
        self.0.is_empty()
    }

    pub fn exponent(&self, base: &BaseDim) -> i32 {
        self.0.get(base).copied().unwrap_or(0)
    }

    /// The non-zero exponents, bytes first, then counts by name, then seconds.
    pub fn iter(&self) -> impl Iterator<Item = (&BaseDim, i32)> + '_ {
        self.0.iter().map(|(b, e)| (b, *e))
    }

    /// The dimension in words for messages: `bytes`, `seconds`, `user`, `req/s`, `B·s`,
    /// `a plain number`.
    pub fn describe(&self) -> String {
        let mut it = self.0.iter();
        match (it.next(), it.next()) {
            (None, _) => "a plain number".to_string(),
            (Some((BaseDim::Byte, 1)), None) => "bytes".to_string(),
            (Some((BaseDim::Second, 1)), None) => "seconds".to_string(),
            (Some((BaseDim::Count(w), 1)), None) => w.clone(),
            _ => self.formula("B", "1"),
        }
    }

    /// The dimension as a unit formula: numerator factors joined by `·`, then `/` and the
    /// denominator (parenthesised when it has several factors). `byte` names the byte factor
    /// (`B`, `MB`…); `one` stands for an empty numerator (`1` gives `1/s`, `` gives `/s`).
    pub(crate) fn formula(&self, byte: &str, one: &str) -> String {
        let factor = |b: &BaseDim, e: i32| {
            let sym = match b {
                BaseDim::Byte => byte,
                BaseDim::Second => "s",
                BaseDim::Count(w) => w.as_str(),
            };
            if e == 1 {
                sym.to_string()
            } else {
                format!("{sym}^{e}")
            }
        };
        let num: Vec<String> = self.0.iter().filter(|(_, e)| **e > 0).map(|(b, e)| factor(b, *e)).collect();
        let den: Vec<String> =
            self.0.iter().filter(|(_, e)| **e < 0).map(|(b, e)| factor(b, e.saturating_abs())).collect();
        let n = if num.is_empty() { one.to_string() } else { num.join("·") };
        match den.len() {
            0 => n,
            1 => format!("{n}/{}", den[0]),
            _ => format!("{n}/({})", den.join("·")),
        }
    }

    fn combine(&self, other: &Dims, sign: i32) -> Option<Dims> {
        let mut m = self.0.clone();
        for (b, e) in &other.0 {
            let cur = m.get(b).copied().unwrap_or(0);
            let next = cur.checked_add(e.checked_mul(sign)?)?;
            if next == 0 {
                m.remove(b);
            } else {
                m.insert(b.clone(), next);
            }
        }
        Some(Dims(m))
    }

    /// The product's dimension, `None` when an exponent overflows.
    pub(crate) fn mul(&self, other: &Dims) -> Option<Dims> {
        self.combine(other, 1)
    }

    /// The quotient's dimension, `None` when an exponent overflows.
    pub(crate) fn div(&self, other: &Dims) -> Option<Dims> {
        self.combine(other, -1)
    }

    /// The dimension raised to `n`, `None` when an exponent overflows.
    pub(crate) fn powi(&self, n: i32) -> Option<Dims> {
        if n == 0 {
            return Some(Dims::default());
        }
        let mut m = BTreeMap::new();
        for (b, e) in &self.0 {
            m.insert(b.clone(), e.checked_mul(n)?);
        }
        Some(Dims(m))
    }

    /// This dimension without the count units that `target` does not mention.
    pub(crate) fn drop_counts_absent_from(&self, target: &Dims) -> Dims {
        Dims(
            self.0
                .iter()
                .filter(|(b, _)| !matches!(b, BaseDim::Count(_)) || target.0.contains_key(*b))
                .map(|(b, e)| (b.clone(), *e))
                .collect(),
        )
    }
}
