// Caps the jittered delay instead of the ceiling: min(cap, floor(r * base * 2^i)) keeps growing past the cap's range.
function backoffDelays(attempts, baseMs, capMs, randoms) {
  const delays = [];
  for (let i = 0; i < attempts; i++) delays.push(Math.min(capMs, Math.floor(randoms[i] * baseMs * 2 ** i)));
  return delays;
}
