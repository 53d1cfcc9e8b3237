// Wrong alphabet order: uppercase before lowercase ("0-9A-Za-z"), so encode(10) is "A" instead of "a".
const ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";

function encode(n) {
  if (n === 0) return "0";
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
