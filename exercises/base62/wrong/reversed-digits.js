// Appends each new digit at the end, so the digits come out least significant first (125 -> "12").
const ALPHABET = "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";

function encode(n) {
  if (n === 0) return "0";
  let s = "";
  while (n > 0) {
    s += ALPHABET[n % 62];
    n = Math.floor(n / 62);
  }
  return s;
}

function decode(s) {
  let value = 0;
  for (const ch of s) value = value * 62 + ALPHABET.indexOf(ch);
  return value;
}
