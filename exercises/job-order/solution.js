function jobOrder(n, deps) {
  // Distinct edges only: a duplicated pair adds nothing.
  const next = Array.from({ length: n }, () => new Set());
  const waiting = new Array(n).fill(0); // distinct prerequisites not yet placed
  for (const [before, after] of deps) {
    if (!next[before].has(after)) {
      next[before].add(after);
      waiting[after]++;
    }
  }

  // A binary min-heap of ready jobs.
  const heap = [];
  const push = (x) => {
    heap.push(x);
    let i = heap.length - 1;
    while (i > 0) {
      const p = (i - 1) >> 1;
      if (heap[p] <= x) break;
      heap[i] = heap[p];
      i = p;
    }
    heap[i] = x;
  };
  const pop = () => {
    const top = heap[0];
    const last = heap.pop();
    if (heap.length > 0) {
      let i = 0;
      for (;;) {
        const l = 2 * i + 1;
        if (l >= heap.length) break;
        const c = l + 1 < heap.length && heap[l + 1] < heap[l] ? l + 1 : l;
        if (heap[c] >= last) break;
        heap[i] = heap[c];
        i = c;
      }
      heap[i] = last;
    }
    return top;
  };

  for (let job = 0; job < n; job++) if (waiting[job] === 0) push(job);
  const order = [];
  while (heap.length > 0) {
    const job = pop();
    order.push(job);
    for (const after of next[job]) {
      if (--waiting[after] === 0) push(after);
    }
  }
  return order.length === n ? order : null;
}
