/**
 * @param {number} n the number of jobs, numbered 0 .. n - 1
 * @param {number[][]} deps pairs [before, after]: `before` must run earlier than `after`
 * @returns {number[] | null} every job once, smallest ready job first; null on a cycle
 */
function jobOrder(n, deps) {
  // Your code here.
  return [];
}
