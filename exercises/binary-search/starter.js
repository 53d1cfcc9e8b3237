/**
 * @param {number[]} nums distinct integers in ascending order
 * @param {number} target
 * @returns {number} the index of target in nums, or -1
 */
function search(nums, target) {
  // Your code here.
  return -1;
}
