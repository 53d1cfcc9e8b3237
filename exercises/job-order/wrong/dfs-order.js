// DFS reverse post-order: a valid order with correct cycle detection, but not the smallest-ready-first order.
function jobOrder(n, deps) {
  const next = Array.from({ length: n }, () => []);
  for (const [before, after] of deps) next[before].push(after);
  const state = new Array(n).fill(0); // 0 new, 1 on the stack, 2 done
  const post = [];
  let cycle = false;
  const visit = (job) => {
    if (state[job] === 2 || cycle) return;
    if (state[job] === 1) { cycle = true; return; }
    state[job] = 1;
    for (const after of next[job]) visit(after);
    state[job] = 2;
    post.push(job);
  };
  for (let job = 0; job < n; job++) visit(job);
  return cycle ? null : post.reverse();
}
