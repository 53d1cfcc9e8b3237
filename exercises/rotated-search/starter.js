/**
 * @param {number[]} nums distinct integers, sorted ascending and then rotated at an unknown pivot
 * @param {number} target
 * @returns {number} the index of target in nums, or -1
 */
function searchRotated(nums, target) {
  // Your code here.
  return -1;
}
