// Math.round instead of Math.floor: can return the ceiling itself, and rounds half-way values up.
function backoffDelays(attempts, baseMs, capMs, randoms) {
  const delays = [];
  for (let i = 0; i < attempts; i++) delays.push(Math.round(randoms[i] * Math.min(capMs, baseMs * 2 ** i)));
  return delays;
}
