//! Tokens of a units expression, with char offsets for error messages.

use super::CalcError;

#[derive(Debug, Clone, PartialEq)]
pub(super) enum Tok {
    Num(f64),
    /// A run of letters (or `_`), or `%`.
    Word(String),
    Plus,
    Minus,
    Star,
    Slash,
    Caret,
    LParen,
    RParen,
}

#[derive(Debug, Clone, PartialEq)]
pub(super) struct Token {
    pub tok: Tok,
    /// Char offset of the token's first character.
    pub at: usize,
    /// The token as typed.
    pub text: String,
}

fn is_word_char(c: char) -> bool {
    c.is_alphabetic() || c == '_'
}

fn digit_at(chars: &[char], i: usize) -> bool {
    chars.get(i).is_some_and(|c| c.is_ascii_digit())
}

pub(super) fn lex(input: &str) -> Result<Vec<Token>, CalcError> {
    let chars: Vec<char> = input.chars().collect();
    let mut out = Vec::new();
    let mut i = 0;
    while let Some(&c) = chars.get(i) {
        if c.is_whitespace() {
            i += 1;
            continue;
        }
        let start = i;
        if c.is_ascii_digit() || (c == '.' && digit_at(&chars, i + 1)) {
            let (value, end) = number(&chars, start)?;
            out.push(Token { tok: Tok::Num(value), at: start, text: chars[start..end].iter().collect() });
            i = end;
            continue;
        }
        if is_word_char(c) {
            while chars.get(i).is_some_and(|&c| is_word_char(c)) {
                i += 1;
            }
            let text: String = chars[start..i].iter().collect();
            out.push(Token { tok: Tok::Word(text.clone()), at: start, text });
            continue;
        }
        let (tok, len) = match c {
            '+' => (Tok::Plus, 1),
            '-' | '−' | '–' => (Tok::Minus, 1),
            '*' if chars.get(i + 1) == Some(&'*') => (Tok::Caret, 2),
            '*' | '×' | '·' | '⋅' => (Tok::Star, 1),
            '/' | '÷' => (Tok::Slash, 1),
            '^' => (Tok::Caret, 1),
            '(' => (Tok::LParen, 1),
            ')' => (Tok::RParen, 1),
            '%' => (Tok::Word("%".to_string()), 1),
            ',' => {
                return Err(CalcError::new(
                    "',' is only allowed as a thousands separator, as in 1,200",
                    start,
                ))
            }
            _ => return Err(CalcError::new(format!("unexpected character '{c}'"), start)),
        };
        i += len;
        out.push(Token { tok, at: start, text: chars[start..i].iter().collect() });
    }
    Ok(out)
}

/// A number literal starting at `start`: its value and the offset just past it.
fn number(chars: &[char], start: usize) -> Result<(f64, usize), CalcError> {
    let mut s = String::from("0");
    let mut i = start;
    while let Some(&c) = chars.get(i).filter(|c| c.is_ascii_digit()) {
        s.push(c);
        i += 1;
    }
    // Thousands separators: a comma followed by exactly three digits.
    while i > start
        && chars.get(i) == Some(&',')
        && (1..=3).all(|k| digit_at(chars, i + k))
        && !digit_at(chars, i + 4)
    {
        s.extend(&chars[i + 1..i + 4]);
        i += 4;
    }
    if chars.get(i) == Some(&'.') && digit_at(chars, i + 1) {
        s.push('.');
        i += 1;
        while let Some(&c) = chars.get(i).filter(|c| c.is_ascii_digit()) {
            s.push(c);
            i += 1;
        }
    }
    if matches!(chars.get(i), Some('e' | 'E')) {
        let sign = matches!(chars.get(i + 1), Some('+' | '-'));
        let first = if sign { i + 2 } else { i + 1 };
        if digit_at(chars, first) {
            s.push('e');
            if chars.get(i + 1) == Some(&'-') {
                s.push('-');
            }
            i = first;
            while let Some(&c) = chars.get(i).filter(|c| c.is_ascii_digit()) {
                s.push(c);
                i += 1;
            }
        }
    }
    match s.parse::<f64>() {
        Ok(v) if v.is_finite() => Ok((v, i)),
        _ => Err(CalcError::new("number too large", start)),
    }
}
