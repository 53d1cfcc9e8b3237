/**
 * @param {number} attempts how many delays to compute (retries 0 .. attempts - 1)
 * @param {number} baseMs the ceiling of retry 0, in milliseconds
 * @param {number} capMs the largest ceiling of any retry, in milliseconds
 * @param {number[]} randoms randoms[i] in [0, 1) is the random draw for retry i
 * @returns {number[]} the integer delays, in milliseconds
 */
function backoffDelays(attempts, baseMs, capMs, randoms) {
  // Your code here.
  return [];
}
