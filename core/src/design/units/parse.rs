//! Recursive-descent evaluation of the token stream (the grammar is in the module docs).

use super::lex::{Tok, Token};
use super::{table, BaseDim, CalcError, Dims, DisplayUnit, Quantity};

/// How deeply parentheses, unary signs and exponents may nest before the input is refused
/// (keeps hostile input from exhausting the stack).
const MAX_DEPTH: usize = 200;

/// An intermediate value: size in base units and its dimension.
#[derive(Debug, Clone)]
struct Q {
    v: f64,
    d: Dims,
}

impl Q {
    fn plain(v: f64) -> Q {
        Q { v, d: Dims::dimensionless() }
    }
}

fn keyword(tok: &Tok) -> Option<&'static str> {
    match tok {
        Tok::Word(w) if w.eq_ignore_ascii_case("to") => Some("to"),
        Tok::Word(w) if w.eq_ignore_ascii_case("in") => Some("in"),
        Tok::Word(w) if w.eq_ignore_ascii_case("per") => Some("per"),
        _ => None,
    }
}

fn is_unit_word(tok: &Tok) -> bool {
    matches!(tok, Tok::Word(_)) && keyword(tok).is_none()
}

fn is_conversion(tok: &Tok) -> bool {
    matches!(keyword(tok), Some("to" | "in"))
}

fn finite(v: f64, at: usize) -> Result<f64, CalcError> {
    if v.is_nan() {
        Err(CalcError::new("the result is not a real number", at))
    } else if v.is_infinite() {
        Err(CalcError::new("number too large", at))
    } else {
        Ok(v)
    }
}

fn overflow(at: usize) -> CalcError {
    CalcError::new("unit exponent too large", at)
}

fn mul(a: Q, b: Q, at: usize) -> Result<Q, CalcError> {
    let d = a.d.mul(&b.d).ok_or_else(|| overflow(at))?;
    Ok(Q { v: finite(a.v * b.v, at)?, d })
}

fn div(a: Q, b: Q, at: usize) -> Result<Q, CalcError> {
    if b.v == 0.0 {
        return Err(CalcError::new("division by zero", at));
    }
    let d = a.d.div(&b.d).ok_or_else(|| overflow(at))?;
    Ok(Q { v: finite(a.v / b.v, at)?, d })
}

fn add(a: Q, b: Q, subtract: bool, at: usize) -> Result<Q, CalcError> {
    if a.d != b.d {
        let message = if subtract {
            format!("cannot subtract {} from {}", b.d.describe(), a.d.describe())
        } else {
            format!("cannot add {} and {}", a.d.describe(), b.d.describe())
        };
        return Err(CalcError::new(message, at));
    }
    let v = if subtract { a.v - b.v } else { a.v + b.v };
    Ok(Q { v: finite(v, at)?, d: a.d })
}

fn pow(base: Q, e: f64, at: usize) -> Result<Q, CalcError> {
    let integral = e.fract() == 0.0 && e.abs() <= 1024.0;
    if base.v == 0.0 && e < 0.0 {
        return Err(CalcError::new("division by zero", at));
    }
    if base.d.is_dimensionless() {
        // `integral` bounds `e`, so the cast is exact.
        let v = if integral { base.v.powi(e as i32) } else { base.v.powf(e) };
        return Ok(Q::plain(finite(v, at)?));
    }
    if !integral || e.abs() > 64.0 {
        return Err(CalcError::new("a unit can only be raised to a whole power (at most 64)", at));
    }
    let n = e as i32;
    let d = base.d.powi(n).ok_or_else(|| overflow(at))?;
    Ok(Q { v: finite(base.v.powi(n), at)?, d })
}

/// The conversion target as it will be displayed: tokens re-joined with tidy spacing.
fn target_text(tokens: &[Token]) -> String {
    let mut s = String::new();
    let mut wordy = false;
    let mut prev_end = usize::MAX;
    for t in tokens {
        // Keep `1K` glued as typed.
        let glued = t.at == prev_end;
        prev_end = t.at + t.text.chars().count();
        match &t.tok {
            Tok::Slash => {
                s.push('/');
                wordy = false;
            }
            Tok::Word(_) if keyword(&t.tok) == Some("per") => {
                s.push('/');
                wordy = false;
            }
            Tok::Num(_) | Tok::Word(_) | Tok::LParen => {
                if wordy && !glued {
                    s.push(' ');
                }
                s.push_str(&t.text);
                wordy = t.tok != Tok::LParen;
            }
            Tok::RParen => {
                s.push(')');
                wordy = true;
            }
            Tok::Caret => {
                s.push('^');
                wordy = false;
            }
            Tok::Star => {
                s.push('·');
                wordy = false;
            }
            Tok::Plus | Tok::Minus => {
                s.push_str(&t.text);
                wordy = false;
            }
        }
    }
    s
}

pub(super) fn parse(tokens: &[Token]) -> Result<Quantity, CalcError> {
    if tokens.is_empty() {
        return Err(CalcError::new("empty expression: type something like 100M req/day to req/s", 0));
    }
    let mut p = Parser { tokens, pos: 0, depth: 0 };
    let q = p.sum()?;
    let Some(kw) = p.peek_token().filter(|t| is_conversion(&t.tok)).cloned() else {
        return match p.peek_token() {
            None => Ok(Quantity { value: q.v, dims: q.d, display: None }),
            Some(_) => Err(p.unexpected()),
        };
    };
    p.pos += 1;
    if p.peek().is_none() {
        return Err(CalcError::new(format!("missing a unit after '{}'", kw.text), kw.at));
    }
    let from = p.pos;
    // `to per h` / `to /s`: a target that is itself "per something".
    let per_at = p.here();
    let inverse = p.peek().is_some_and(|t| *t == Tok::Slash || keyword(t) == Some("per"));
    if inverse {
        p.pos += 1;
        p.require_operand(&tokens[from].text, per_at)?;
    }
    let mut target = p.sum()?;
    if inverse {
        target = div(Q::plain(1.0), target, per_at)?;
    }
    if let Some(t) = p.peek_token() {
        if is_conversion(&t.tok) {
            return Err(CalcError::new("only one conversion ('to …') is allowed", t.at));
        }
        return Err(p.unexpected());
    }
    let text = target_text(&tokens[from..]);
    if target.v == 0.0 {
        return Err(CalcError::new(format!("cannot convert to '{text}': it is zero"), kw.at));
    }
    let dims = q.d.drop_counts_absent_from(&target.d);
    if dims != target.d {
        let second = Dims::of(BaseDim::Second);
        let ratio = dims.div(&target.d);
        let source_time = dims.exponent(&BaseDim::Second);
        let hint = if source_time > 0 && ratio.as_ref() == Some(&second) {
            " (one time factor too many: divide by a duration, or use a rate such as KB/day)"
        } else if source_time < 0 && ratio.and_then(|r| r.powi(-1)).as_ref() == Some(&second) {
            " (it is a rate: multiply by a duration such as 30 days)"
        } else {
            ""
        };
        let message = format!("cannot convert {} to {}{hint}", q.d.describe(), target.d.describe());
        return Err(CalcError::new(message, kw.at));
    }
    Ok(Quantity { value: q.v, dims, display: Some(DisplayUnit { text, factor: target.v }) })
}

struct Parser<'a> {
    tokens: &'a [Token],
    pos: usize,
    depth: usize,
}

impl Parser<'_> {
    fn peek_token(&self) -> Option<&Token> {
        self.tokens.get(self.pos)
    }

    fn peek(&self) -> Option<&Tok> {
        self.peek_token().map(|t| &t.tok)
    }

    fn peek_second(&self) -> Option<&Tok> {
        self.tokens.get(self.pos + 1).map(|t| &t.tok)
    }

    /// Offset of the current token, or of the end of the input.
    fn here(&self) -> usize {
        match (self.peek_token(), self.tokens.last()) {
            (Some(t), _) => t.at,
            (None, Some(last)) => last.at + last.text.chars().count(),
            (None, None) => 0,
        }
    }

    fn enter(&mut self) -> Result<(), CalcError> {
        self.depth += 1;
        if self.depth > MAX_DEPTH {
            return Err(CalcError::new("expression nested too deeply", self.here()));
        }
        Ok(())
    }

    fn leave(&mut self) {
        self.depth = self.depth.saturating_sub(1);
    }

    /// The error for a token that cannot come where it stands.
    fn unexpected(&self) -> CalcError {
        let at = self.here();
        let Some(t) = self.peek_token() else {
            return CalcError::new("unexpected end of input", at);
        };
        let message = match &t.tok {
            Tok::RParen => "unmatched ')'".to_string(),
            Tok::Num(_) => format!("missing an operator before '{}'", t.text),
            tok if is_conversion(tok) => format!("'{}' must come last, outside parentheses", t.text),
            _ => format!("unexpected '{}'", t.text),
        };
        CalcError::new(message, at)
    }

    /// Checks that an operand follows the operator at `op_at`.
    fn require_operand(&self, op: &str, op_at: usize) -> Result<(), CalcError> {
        match self.peek() {
            Some(Tok::Num(_) | Tok::LParen | Tok::Minus | Tok::Plus) => Ok(()),
            Some(t) if is_unit_word(t) => Ok(()),
            _ => Err(CalcError::new(format!("missing a value after '{op}'"), op_at)),
        }
    }

    fn sum(&mut self) -> Result<Q, CalcError> {
        self.enter()?;
        let mut acc = self.term()?;
        loop {
            let subtract = match self.peek() {
                Some(Tok::Plus) => false,
                Some(Tok::Minus) => true,
                _ => break,
            };
            let at = self.here();
            self.pos += 1;
            self.require_operand(if subtract { "-" } else { "+" }, at)?;
            let rhs = self.term()?;
            acc = add(acc, rhs, subtract, at)?;
        }
        self.leave();
        Ok(acc)
    }

    fn term(&mut self) -> Result<Q, CalcError> {
        let mut acc = self.unary()?;
        loop {
            let at = self.here();
            let op = match self.peek() {
                Some(Tok::Star) => Some("*"),
                Some(Tok::Slash) => Some("/"),
                Some(t) if keyword(t) == Some("per") => Some("per"),
                Some(Tok::LParen) => None,
                Some(t) if is_unit_word(t) => None,
                Some(Tok::Num(_)) => return Err(self.unexpected()),
                _ => break,
            };
            if let Some(op) = op {
                self.pos += 1;
                self.require_operand(op, at)?;
            }
            let rhs = self.unary()?;
            acc = if matches!(op, Some("/" | "per")) { div(acc, rhs, at)? } else { mul(acc, rhs, at)? };
        }
        Ok(acc)
    }

    fn unary(&mut self) -> Result<Q, CalcError> {
        self.enter()?;
        let at = self.here();
        let q = match self.peek() {
            Some(Tok::Minus) => {
                self.pos += 1;
                self.require_operand("-", at)?;
                let q = self.unary()?;
                Q { v: -q.v, d: q.d }
            }
            Some(Tok::Plus) => {
                self.pos += 1;
                self.require_operand("+", at)?;
                self.unary()?
            }
            _ => self.power()?,
        };
        self.leave();
        Ok(q)
    }

    fn power(&mut self) -> Result<Q, CalcError> {
        let base = self.atom()?;
        if self.peek() == Some(&Tok::Caret) {
            let at = self.here();
            self.pos += 1;
            let e = self.exponent(at)?;
            return pow(base, e, at);
        }
        Ok(base)
    }

    /// The exponent after the `^` at `caret_at`: a signed number or parenthesised plain
    /// expression, itself possibly raised to a power.
    fn exponent(&mut self, caret_at: usize) -> Result<f64, CalcError> {
        self.enter()?;
        let mut negative = false;
        while let Some(sign @ (Tok::Minus | Tok::Plus)) = self.peek() {
            negative ^= *sign == Tok::Minus;
            self.pos += 1;
        }
        let q = match self.peek() {
            Some(Tok::Num(n)) => {
                let q = Q::plain(*n);
                self.pos += 1;
                q
            }
            Some(Tok::LParen) => self.paren()?,
            _ => return Err(CalcError::new("missing a number after '^'", caret_at)),
        };
        if !q.d.is_dimensionless() {
            return Err(CalcError::new("an exponent must be a plain number", caret_at));
        }
        let mut v = q.v;
        if self.peek() == Some(&Tok::Caret) {
            let at = self.here();
            self.pos += 1;
            let e = self.exponent(at)?;
            v = pow(Q::plain(v), e, at)?.v;
        }
        self.leave();
        Ok(if negative { -v } else { v })
    }

    fn atom(&mut self) -> Result<Q, CalcError> {
        let at = self.here();
        match self.peek() {
            Some(Tok::Num(n)) => {
                let q = Q::plain(*n);
                self.pos += 1;
                self.then_units(q)
            }
            Some(Tok::LParen) => {
                let q = self.paren()?;
                self.then_units(q)
            }
            Some(t) if is_unit_word(t) => self.units(),
            Some(_) => {
                let text = self.peek_token().map(|t| t.text.clone()).unwrap_or_default();
                Err(CalcError::new(format!("expected a number or a unit, found '{text}'"), at))
            }
            None => Err(CalcError::new("missing a value at the end", at)),
        }
    }

    /// `q` times the unit run that follows it, if any.
    fn then_units(&mut self, q: Q) -> Result<Q, CalcError> {
        if self.peek().is_some_and(is_unit_word) {
            let at = self.here();
            let u = self.units()?;
            return mul(q, u, at);
        }
        Ok(q)
    }

    fn paren(&mut self) -> Result<Q, CalcError> {
        let open_at = self.here();
        self.pos += 1;
        self.enter()?;
        match self.peek() {
            Some(Tok::RParen) => return Err(CalcError::new("empty parentheses", open_at)),
            None => return Err(CalcError::new("unclosed '('", open_at)),
            _ => {}
        }
        let q = self.sum()?;
        match self.peek() {
            Some(Tok::RParen) => self.pos += 1,
            None => return Err(CalcError::new("unclosed '('", open_at)),
            Some(_) => return Err(self.unexpected()),
        }
        self.leave();
        Ok(q)
    }

    /// A run of units: `MB/s`, `req/user/day`, `KB s`, `s^2`.
    fn units(&mut self) -> Result<Q, CalcError> {
        let mut acc = self.unit_power()?;
        loop {
            let at = self.here();
            match self.peek() {
                Some(t) if is_unit_word(t) => {
                    let u = self.unit_power()?;
                    acc = mul(acc, u, at)?;
                }
                Some(t)
                    if (*t == Tok::Slash || keyword(t) == Some("per"))
                        && self.peek_second().is_some_and(is_unit_word) =>
                {
                    self.pos += 1;
                    let u = self.unit_power()?;
                    acc = div(acc, u, at)?;
                }
                _ => break,
            }
        }
        Ok(acc)
    }

    fn unit_power(&mut self) -> Result<Q, CalcError> {
        let at = self.here();
        let Some(Token { tok: Tok::Word(w), .. }) = self.peek_token() else {
            return Err(CalcError::new("expected a unit", at));
        };
        let (v, d) = table::lookup(w, at)?;
        self.pos += 1;
        let q = Q { v, d };
        if self.peek() == Some(&Tok::Caret) {
            let caret_at = self.here();
            self.pos += 1;
            let e = self.exponent(caret_at)?;
            return pow(q, e, caret_at);
        }
        Ok(q)
    }
}
