// No jitter: returns the capped exponential ceiling and ignores the random source.
function backoffDelays(attempts, baseMs, capMs, randoms) {
  const delays = [];
  for (let i = 0; i < attempts; i++) delays.push(Math.min(capMs, baseMs * 2 ** i));
  return delays;
}
