const ALPHABET = "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";

/**
 * @param {number} n an integer, 0 <= n <= Number.MAX_SAFE_INTEGER
 * @returns {string} the shortest base62 string for n ("0" for 0)
 */
function encode(n) {
  // Your code here.
  return "";
}

/**
 * @param {string} s a non-empty string of alphabet characters (leading zeros allowed)
 * @returns {number} the value of s
 */
function decode(s) {
  // Your code here.
  return 0;
}
