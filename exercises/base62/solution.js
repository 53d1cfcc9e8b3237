const ALPHABET = "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";
const BASE = ALPHABET.length; // 62

function encode(n) {
  if (n === 0) return "0";
  const digits = [];
  while (n > 0) {
    digits.push(ALPHABET[n % BASE]); // least significant digit first
    n = Math.floor(n / BASE);
  }
  return digits.reverse().join("");
}

function decode(s) {
  let value = 0;
  for (const ch of s) {
    value = value * BASE + ALPHABET.indexOf(ch); // exact: never exceeds the final value
  }
  return value;
}
