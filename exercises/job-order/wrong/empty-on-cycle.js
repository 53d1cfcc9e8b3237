// Returns [] instead of null when the dependencies contain a cycle.
function jobOrder(n, deps) {
  const next = Array.from({ length: n }, () => []);
  const waiting = new Array(n).fill(0);
  for (const [before, after] of deps) {
    next[before].push(after);
    waiting[after]++;
  }
  const order = [];
  const placed = new Array(n).fill(false);
  for (let step = 0; step < n; step++) {
    let job = -1;
    for (let j = 0; j < n; j++) if (!placed[j] && waiting[j] === 0) { job = j; break; }
    if (job < 0) return [];
    placed[job] = true;
    order.push(job);
    for (const after of next[job]) waiting[after]--;
  }
  return order;
}
