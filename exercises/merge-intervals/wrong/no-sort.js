// Never sorts: it only merges intervals that happen to be adjacent in the input order.
function merge(intervals) {
  const result = [];
  for (const [start, end] of intervals) {
    const last = result[result.length - 1];
    if (last !== undefined && start <= last[1] && end >= last[0]) {
      last[0] = Math.min(last[0], start);
      last[1] = Math.max(last[1], end);
    } else {
      result.push([start, end]);
    }
  }
  return result;
}
