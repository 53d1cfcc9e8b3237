// Takes the later interval's end instead of the max end: [1, 10] then [2, 3] shrinks to [1, 3].
function merge(intervals) {
  const sorted = intervals.slice().sort((a, b) => a[0] - b[0]);
  const result = [];
  for (const [start, end] of sorted) {
    const last = result[result.length - 1];
    if (last !== undefined && start <= last[1]) {
      last[1] = end;
    } else {
      result.push([start, end]);
    }
  }
  return result;
}
