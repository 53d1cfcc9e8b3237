// Starts the exponent at 1: retry 0 already uses 2 * baseMs.
function backoffDelays(attempts, baseMs, capMs, randoms) {
  const delays = [];
  for (let i = 1; i <= attempts; i++) delays.push(Math.floor(randoms[i - 1] * Math.min(capMs, baseMs * 2 ** i)));
  return delays;
}
