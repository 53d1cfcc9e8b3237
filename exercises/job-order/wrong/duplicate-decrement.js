// Counts distinct prerequisites but releases once per listed pair: a duplicate frees a job before its other prerequisites ran.
function jobOrder(n, deps) {
  const next = Array.from({ length: n }, () => []);
  const seen = new Set();
  const waiting = new Array(n).fill(0);
  for (const [before, after] of deps) {
    next[before].push(after);
    const key = before + "," + after;
    if (!seen.has(key)) { seen.add(key); waiting[after]++; }
  }
  const order = [];
  const placed = new Array(n).fill(false);
  for (let step = 0; step < n; step++) {
    let job = -1;
    for (let j = 0; j < n; j++) if (!placed[j] && waiting[j] <= 0) { job = j; break; }
    if (job < 0) return null;
    placed[job] = true;
    order.push(job);
    for (const after of next[job]) waiting[after]--;
  }
  return order;
}
