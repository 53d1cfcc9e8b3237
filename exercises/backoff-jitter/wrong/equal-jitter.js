// "Equal jitter" instead of full jitter: half the ceiling plus a random share of the other half.
function backoffDelays(attempts, baseMs, capMs, randoms) {
  const delays = [];
  for (let i = 0; i < attempts; i++) {
    const ceiling = Math.min(capMs, baseMs * 2 ** i);
    delays.push(Math.floor(ceiling / 2 + randoms[i] * (ceiling / 2)));
  }
  return delays;
}
