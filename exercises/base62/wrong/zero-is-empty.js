// encode(0) returns "" because the loop never runs for 0; it must return "0".
const ALPHABET = "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";

function encode(n) {
  let s = "";
  while (n > 0) {
    s = ALPHABET[n % 62] + s;
    n = Math.floor(n / 62);
  }
  return s;
}

function decode(s) {
  let value = 0;
  for (const ch of s) value = value * 62 + ALPHABET.indexOf(ch);
  return value;
}
