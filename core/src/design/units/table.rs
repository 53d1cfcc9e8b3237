//! The unit words: known units, magnitude words, ambiguous spellings, and the folding of any
//! other word into a countable unit.

use super::{BaseDim, CalcError, Dims};

/// A known unit: `exact` spellings are case-sensitive, `words` case-insensitive (lower case).
struct Def {
    exact: &'static [&'static str],
    words: &'static [&'static str],
    /// Size in base units (bytes, seconds, 1 per count).
    factor: f64,
    byte: i32,
    sec: i32,
    count: Option<&'static str>,
}

const fn data(exact: &'static [&'static str], words: &'static [&'static str], factor: f64) -> Def {
    Def { exact, words, factor, byte: 1, sec: 0, count: None }
}
const fn byte_rate(exact: &'static [&'static str], words: &'static [&'static str], factor: f64) -> Def {
    Def { exact, words, factor, byte: 1, sec: -1, count: None }
}
const fn time(exact: &'static [&'static str], words: &'static [&'static str], factor: f64) -> Def {
    Def { exact, words, factor, byte: 0, sec: 1, count: None }
}
const fn magnitude(exact: &'static [&'static str], words: &'static [&'static str], factor: f64) -> Def {
    Def { exact, words, factor, byte: 0, sec: 0, count: None }
}

const DAY: f64 = 86_400.0;
const KI: f64 = 1024.0;

static DEFS: &[Def] = &[
    // Data, decimal.
    data(&["B"], &["byte", "bytes"], 1.0),
    data(&["KB", "kB", "KBs", "kBs"], &["kilobyte", "kilobytes"], 1e3),
    data(&["MB", "MBs"], &["megabyte", "megabytes"], 1e6),
    data(&["GB", "GBs"], &["gigabyte", "gigabytes"], 1e9),
    data(&["TB", "TBs"], &["terabyte", "terabytes"], 1e12),
    data(&["PB", "PBs"], &["petabyte", "petabytes"], 1e15),
    data(&["EB", "EBs"], &["exabyte", "exabytes"], 1e18),
    // Data, binary.
    data(&["KiB"], &["kib"], KI),
    data(&["MiB"], &["mib"], KI * KI),
    data(&["GiB"], &["gib"], KI * KI * KI),
    data(&["TiB"], &["tib"], KI * KI * KI * KI),
    data(&["PiB"], &["pib"], KI * KI * KI * KI * KI),
    data(&["EiB"], &["eib"], KI * KI * KI * KI * KI * KI),
    // Bits.
    data(&[], &["bit", "bits"], 0.125),
    data(&[], &["kbit", "kbits", "kilobit", "kilobits"], 125.0),
    data(&[], &["mbit", "mbits", "megabit", "megabits"], 1.25e5),
    data(&[], &["gbit", "gbits", "gigabit", "gigabits"], 1.25e8),
    data(&[], &["tbit", "tbits", "terabit", "terabits"], 1.25e11),
    // Bit rates (`bps` is always bits) and byte rates.
    byte_rate(&[], &["bps"], 0.125),
    byte_rate(&[], &["kbps"], 125.0),
    byte_rate(&[], &["mbps"], 1.25e5),
    byte_rate(&[], &["gbps"], 1.25e8),
    byte_rate(&[], &["tbps"], 1.25e11),
    byte_rate(&["KBps", "kBps"], &[], 1e3),
    byte_rate(&["MBps"], &[], 1e6),
    byte_rate(&["GBps"], &[], 1e9),
    byte_rate(&["TBps"], &[], 1e12),
    // Time.
    time(&["ns"], &["nsec", "nanosecond", "nanoseconds"], 1e-9),
    time(&["us", "µs", "μs"], &["usec", "microsecond", "microseconds"], 1e-6),
    time(&["ms"], &["msec", "millisecond", "milliseconds"], 1e-3),
    time(&["s"], &["sec", "secs", "second", "seconds"], 1.0),
    time(&[], &["min", "mins", "minute", "minutes"], 60.0),
    time(&["h"], &["hr", "hrs", "hour", "hours"], 3_600.0),
    time(&["d"], &["day", "days"], DAY),
    time(&[], &["wk", "wks", "week", "weeks"], 7.0 * DAY),
    time(&[], &["mo", "month", "months"], 30.0 * DAY),
    time(&[], &["yr", "yrs", "year", "years"], 365.0 * DAY),
    // Rates.
    Def { exact: &[], words: &["rps", "qps"], factor: 1.0, byte: 0, sec: -1, count: Some("req") },
    Def { exact: &[], words: &["tps"], factor: 1.0, byte: 0, sec: -1, count: Some("tx") },
    Def { exact: &["Hz"], words: &["hertz"], factor: 1.0, byte: 0, sec: -1, count: None },
    // Magnitudes.
    magnitude(&["K", "k"], &["thousand", "thousands"], 1e3),
    magnitude(&["M"], &["million", "millions", "mn"], 1e6),
    magnitude(&["G"], &["billion", "billions", "bn"], 1e9),
    magnitude(&["T"], &["trillion", "trillions"], 1e12),
    magnitude(&["%"], &["percent"], 0.01),
];

/// Plurals that end in `ies` but whose singular ends in `ie`.
const IE_PLURALS: &[&str] = &["movies", "cookies", "selfies", "zombies", "hoodies", "pies", "ties", "lies"];

/// The value and dimension of one unit word (never a keyword: `to`, `in`, `per`).
pub(super) fn lookup(word: &str, at: usize) -> Result<(f64, Dims), CalcError> {
    let def = DEFS.iter().find(|d| d.exact.contains(&word)).or_else(|| {
        let lower = word.to_lowercase();
        DEFS.iter().find(|d| d.words.contains(&lower.as_str()))
    });
    if let Some(d) = def {
        let mut dims = Dims::dimensionless();
        let parts = [(BaseDim::Byte, d.byte), (BaseDim::Second, d.sec)];
        for (base, e) in parts {
            if e != 0 {
                dims.0.insert(base, e);
            }
        }
        if let Some(c) = d.count {
            dims.0.insert(BaseDim::Count(c.to_string()), 1);
        }
        return Ok((d.factor, dims));
    }
    if let Some(message) = ambiguous(word) {
        return Err(CalcError::new(message, at));
    }
    Ok((1.0, Dims::of(BaseDim::Count(count_word(word)))))
}

fn ambiguous(word: &str) -> Option<String> {
    match word {
        "b" => Some("'b' is ambiguous: write B for bytes, bit for bits or bn for billions".to_string()),
        "m" => Some("'m' is ambiguous: write M for million or min for minutes".to_string()),
        _ => {
            let mut cs = word.chars();
            let (p, b, rest) = (cs.next()?, cs.next()?, cs.next());
            let prefix = match p.to_ascii_uppercase() {
                'K' => "kilo",
                'M' => "mega",
                'G' => "giga",
                'T' => "tera",
                'P' => "peta",
                'E' => "exa",
                _ => return None,
            };
            // `KB` is known; `Kb`, `kb`, `mb`, `MB`-lookalikes in lower case are not.
            if rest.is_some() || b != 'b' {
                return None;
            }
            let up = p.to_ascii_uppercase();
            Some(format!(
                "'{word}' is ambiguous: write {up}B for {prefix}bytes or {up}bit for {prefix}bits"
            ))
        }
    }
}

/// The folded name of a countable unit: lower case, singular, with the synonyms of the common
/// counts merged (`Requests`, `reqs`, `queries` → `req`; `messages` → `msg`).
pub(super) fn count_word(word: &str) -> String {
    let w = word.to_lowercase();
    let singular = match w.strip_suffix("ies") {
        Some(stem) if !stem.is_empty() && !IE_PLURALS.contains(&w.as_str()) => format!("{stem}y"),
        _ => match w.strip_suffix('s') {
            Some(stem) if !(stem.is_empty() || stem.ends_with(['s', 'u', 'i'])) => {
                stem.to_string()
            }
            _ => w.clone(),
        },
    };
    match singular.as_str() {
        "request" | "query" => "req".to_string(),
        "message" => "msg".to_string(),
        "transaction" | "txn" => "tx".to_string(),
        _ => singular,
    }
}
