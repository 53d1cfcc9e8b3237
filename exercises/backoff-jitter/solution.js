function backoffDelays(attempts, baseMs, capMs, randoms) {
  const delays = [];
  for (let i = 0; i < attempts; i++) {
    const ceiling = Math.min(capMs, baseMs * 2 ** i); // cap first
    delays.push(Math.floor(randoms[i] * ceiling));    // then full jitter, rounded down
  }
  return delays;
}
