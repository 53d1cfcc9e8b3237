function merge(intervals) {
  const sorted = intervals.slice().sort((a, b) => a[0] - b[0]);
  const result = [];
  for (const [start, end] of sorted) {
    const last = result[result.length - 1];
    if (last !== undefined && start <= last[1]) {
      // Overlaps or touches the interval being built: extend it (it may already reach further).
      last[1] = Math.max(last[1], end);
    } else {
      result.push([start, end]);
    }
  }
  return result;
}
