// Pushes the interval being built only when a gap starts a new one, so the final interval is lost.
function merge(intervals) {
  const sorted = intervals.slice().sort((a, b) => a[0] - b[0]);
  const result = [];
  if (sorted.length === 0) return result;
  let [curStart, curEnd] = sorted[0];
  for (let i = 1; i < sorted.length; i++) {
    const [start, end] = sorted[i];
    if (start <= curEnd) {
      curEnd = Math.max(curEnd, end);
    } else {
      result.push([curStart, curEnd]);
      curStart = start;
      curEnd = end;
    }
  }
  return result;
}
