// `sort()` without a comparator sorts the pairs as strings ("10,12" before "9,10"), not by number.
function merge(intervals) {
  const sorted = intervals.slice().sort();
  const result = [];
  for (const [start, end] of sorted) {
    const last = result[result.length - 1];
    if (last !== undefined && start <= last[1]) {
      last[1] = Math.max(last[1], end);
    } else {
      result.push([start, end]);
    }
  }
  return result;
}
