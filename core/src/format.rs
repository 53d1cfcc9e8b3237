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

/// A clock face for whole seconds: `0:07`, `12:30` (each caller rounds its own way: a countdown
/// up, a stopwatch down).
pub fn clock(secs: u64) -> String {
    format!("{}:{:02}", secs / 60, secs % 60)
}

/// A countdown's text for `ms` left: whole seconds rounded up (`0:01` until it runs out).
pub fn time_left(ms: f64) -> String {
    clock((ms / 1000.0).ceil().max(0.0) as u64)
}

/// A score as the learner reads it, to two decimals at most: `4`, `2.5`, `1.71`.
pub fn score(x: f64) -> String {
    trimmed(fixed(x, 2))
}

/// `v` with exactly `decimals` digits after the point (`fixed(2.0 / 3.0, 2)` is `0.67`), rounded
/// half away from zero. Written with integers: the standard library's float formatting adds
/// ~8 KB gzip to each WASM module that uses it (measured on the home module, BENCHMARKS.md), so
/// modules on the first-load path format floats only through here. Beyond 15 significant digits,
/// or above ~1.8e19, it switches to `number`'s scientific form.
pub fn fixed(v: f64, decimals: u32) -> String {
    if !v.is_finite() {
        return if v.is_nan() { "NaN".into() } else if v > 0.0 { "inf".into() } else { "-inf".into() };
    }
    let decimals = decimals.min(9);
    let unit = 10u64.pow(decimals);
    let scaled = (v.abs() * unit as f64).round();
    if scaled >= 1.8e19 {
        return scientific(v);
    }
    let n = scaled as u64;
    let mut out = String::new();
    if v < 0.0 && n != 0 {
        out.push('-');
    }
    out += &(n / unit).to_string();
    if decimals > 0 {
        let frac = (n % unit).to_string();
        out.push('.');
        out.extend(std::iter::repeat('0').take(decimals as usize - frac.len()));
        out += &frac;
    }
    out
}

/// Drops trailing zeros after the point, and the point if nothing is left after it.
fn trimmed(s: String) -> String {
    if s.contains('.') {
        s.trim_end_matches('0').trim_end_matches('.').to_string()
    } else {
        s
    }
}

/// `3.5e12`, `1e-5`, `-2.25e-7`: a mantissa of up to 9 significant digits (no trailing zeros).
fn scientific(v: f64) -> String {
    if v == 0.0 || !v.is_finite() {
        return fixed(v, 0);
    }
    let mut exp = v.abs().log10().floor() as i32;
    let mut mantissa = trimmed(fixed(v.abs() / 10f64.powi(exp), 8));
    // Rounding can carry into a new digit (9.9999999995 → 10).
    if mantissa.starts_with("10") {
        exp += 1;
        mantissa = trimmed(fixed(v.abs() / 10f64.powi(exp), 8));
    }
    format!("{}{mantissa}e{exp}", if v < 0.0 { "-" } else { "" })
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
        scientific(v)
    } else {
        // Six decimals at most, and no more than 15 significant digits in all (float noise).
        let whole_digits = if v.abs() >= 1.0 { v.abs().log10().floor() as u32 + 1 } else { 1 };
        trimmed(fixed(v, 6.min(15u32.saturating_sub(whole_digits))))
    }
}

/// `v` rounded to a whole number, with comma thousands separators: `1,157`, `-20,000`.
pub fn grouped(v: f64) -> String {
    if v.abs() >= 1e18 {
        return number(v);
    }
    let digits = fixed(v.abs(), 0);
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

/// The local day number (days since 1970-01-01, as `srs::day_number` counts) of a calendar date.
pub fn day_of_date(y: i64, m: u32, d: u32) -> i64 {
    // Days from civil, with March as the first month so the leap day ends the year.
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let mp = (i64::from(m) + 9) % 12;
    let doy = (153 * mp + 2) / 5 + i64::from(d) - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

/// The calendar date of a local day number.
pub fn date_of_day(day: i64) -> (i64, u32, u32) {
    let z = day + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let m = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    (yoe + era * 400 + i64::from(m <= 2), m, d)
}

/// `2026-12-14`, as a date input holds it.
pub fn iso_date(day: i64) -> String {
    let (y, m, d) = date_of_day(day);
    format!("{y:04}-{m:02}-{d:02}")
}

/// Reads `2026-12-14` (a date input's value); `None` for anything else or an impossible date.
pub fn parse_iso_date(s: &str) -> Option<i64> {
    let mut parts = s.trim().splitn(3, '-');
    let y: i64 = parts.next()?.parse().ok()?;
    let m: u32 = parts.next()?.parse().ok()?;
    let d: u32 = parts.next()?.parse().ok()?;
    if !(1..=9999).contains(&y) || !(1..=12).contains(&m) || d == 0 {
        return None;
    }
    let day = day_of_date(y, m, d);
    (date_of_day(day) == (y, m, d)).then_some(day)
}

/// How far a day is from today: `today`, `tomorrow`, `in 5 days`, `yesterday`, `3 days ago`.
pub fn days_from_today(day: i64, today: i64) -> String {
    match day - today {
        0 => "today".into(),
        1 => "tomorrow".into(),
        -1 => "yesterday".into(),
        n if n > 0 => format!("in {n} days"),
        n => format!("{} days ago", -n),
    }
}

/// The text of an HTML fragment (tags dropped, the common entities decoded), cut to `max`
/// characters with an ellipsis: a question's prompt as a one-line title.
pub fn plain(html: &str, max: usize) -> String {
    const BLOCKS: [&str; 12] = ["p", "br", "li", "ul", "ol", "div", "pre", "tr", "td", "th", "blockquote", "table"];
    let mut text = String::with_capacity(html.len());
    let mut tag: Option<String> = None;
    for c in html.chars() {
        match (&mut tag, c) {
            (None, '<') => tag = Some(String::new()),
            (Some(t), '>') => {
                // Block elements separate words; inline ones (code, em) do not.
                let name: String = t.trim_start_matches('/').chars().take_while(char::is_ascii_alphanumeric).collect();
                if BLOCKS.contains(&name.to_ascii_lowercase().as_str()) {
                    text.push(' ');
                }
                tag = None;
            }
            (Some(t), c) => t.push(c),
            (None, c) => text.push(c),
        }
    }
    let text = text.replace("&nbsp;", " ").replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'").replace("&amp;", "&");
    let words: Vec<&str> = text.split_whitespace().collect();
    let one = words.join(" ");
    if one.chars().count() <= max {
        one
    } else {
        format!("{}…", one.chars().take(max.saturating_sub(1)).collect::<String>().trim_end())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn calendar_dates_and_day_numbers_agree() {
        assert_eq!(day_of_date(1970, 1, 1), 0);
        assert_eq!(iso_date(20_422), "2025-11-30");
        assert_eq!(parse_iso_date("2026-11-30"), Some(20_787));
        assert_eq!(parse_iso_date("2024-02-29").map(iso_date).as_deref(), Some("2024-02-29"));
        for bad in ["2025-02-29", "2026-13-01", "2026-00-10", "tomorrow", "", "2026-1"] {
            assert_eq!(parse_iso_date(bad), None, "{bad}");
        }
        for day in [-800_000, -1, 0, 59, 11_016, 20_787, 2_000_000] {
            let (y, m, d) = date_of_day(day);
            assert_eq!(day_of_date(y, m, d), day);
        }
        assert_eq!(days_from_today(12, 10), "in 2 days");
        assert_eq!(days_from_today(7, 10), "3 days ago");
        assert_eq!(plain("<p>What does <code>SELECT&nbsp;1</code> &amp; <em>x</em> return?</p>", 200), "What does SELECT 1 & x return?");
        assert_eq!(plain("<p>abcdef ghij</p>", 8), "abcdef…");
        assert_eq!(plain("<p>user <code>bob</code>. Then</p><p>next</p>", 100), "user bob. Then next");
    }

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
    fn scores() {
        assert_eq!(score(4.0), "4");
        assert_eq!(score(2.5), "2.5");
        assert_eq!(score(12.0 / 7.0), "1.71");
        assert_eq!(score(0.0), "0");
        assert_eq!(score(10.0), "10");
    }

    #[test]
    fn clock_faces() {
        assert_eq!(clock(0), "0:00");
        assert_eq!(clock(7), "0:07");
        assert_eq!(clock(750), "12:30");
    }

    #[test]
    fn numbers() {
        assert_eq!(number(2315.0), "2315");
        assert_eq!(number(0.5), "0.5");
        assert_eq!(number(3.5e12), "3.5e12");
        assert_eq!(number(1.0 / 3.0), "0.333333");
        assert_eq!(number(0.0), "0");
    }

    #[test]
    fn fixed_decimals_match_the_standard_formatting() {
        assert_eq!(fixed(2.0 / 3.0, 2), "0.67");
        assert_eq!(fixed(-1.25, 1), "-1.3");
        assert_eq!(fixed(-0.04, 1), "0.0");
        assert_eq!(fixed(7.0, 0), "7");
        assert_eq!(fixed(0.05, 3), "0.050");
        assert_eq!(fixed(1234.5678, 2), "1234.57");
        assert_eq!(fixed(f64::NAN, 2), "NaN");
        assert_eq!(fixed(f64::NEG_INFINITY, 2), "-inf");
        assert_eq!(fixed(3e19, 0), "3e19");
        assert_eq!(number(-2.5e-7), "-2.5e-7");
        assert_eq!(number(9.9999999999e12), "1e13");
        assert_eq!(number(123_456_789_012.5), "123456789012.5");
        assert_eq!(grouped(2e18), "2e18");
        // Against std's formatting on many values; they may differ only on a (near-)tie, where
        // std rounds the exact binary value and `fixed` rounds half away from zero.
        let mut x: u64 = 0x9E37_79B9_7F4A_7C15;
        for i in 0..20_000 {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            let magnitude = 10f64.powi((x % 13) as i32 - 4);
            let v = ((x >> 11) as f64 / (1u64 << 53) as f64 - 0.5) * magnitude;
            let d = (i % 5) as u32;
            let scaled = v.abs() * 10f64.powi(d as i32);
            if (scaled.fract() - 0.5).abs() < 1e-6 {
                continue;
            }
            let std = format!("{v:.prec$}", prec = d as usize);
            let std = if std.starts_with('-') && std.trim_start_matches(['-', '0', '.']).is_empty() { std[1..].to_string() } else { std };
            assert_eq!(fixed(v, d), std, "{v} to {d} decimals");
        }
    }
}

