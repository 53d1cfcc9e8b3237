// baseMs << i is 32-bit integer arithmetic: it overflows (even turns negative) once base * 2^i passes 2^31 - 1.
function backoffDelays(attempts, baseMs, capMs, randoms) {
  const delays = [];
  for (let i = 0; i < attempts; i++) delays.push(Math.floor(randoms[i] * Math.min(capMs, baseMs << i)));
  return delays;
}
