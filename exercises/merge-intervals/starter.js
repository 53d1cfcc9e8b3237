/**
 * @param {number[][]} intervals [start, end] integer pairs with start <= end, in any order
 * @returns {number[][]} disjoint merged intervals, sorted by start
 */
function merge(intervals) {
  // Your code here.
  return [];
}
