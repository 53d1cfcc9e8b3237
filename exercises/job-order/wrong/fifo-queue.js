// Kahn's algorithm with a plain FIFO queue: valid, but a newly ready small job waits behind larger ones.
function jobOrder(n, deps) {
  const next = Array.from({ length: n }, () => []);
  const waiting = new Array(n).fill(0);
  for (const [before, after] of deps) {
    next[before].push(after);
    waiting[after]++;
  }
  const queue = [];
  for (let job = 0; job < n; job++) if (waiting[job] === 0) queue.push(job);
  const order = [];
  for (let head = 0; head < queue.length; head++) {
    const job = queue[head];
    order.push(job);
    for (const after of next[job]) if (--waiting[after] === 0) queue.push(after);
  }
  return order.length === n ? order : null;
}
