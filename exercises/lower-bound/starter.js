/**
 * @param {number[]} nums integers in ascending order, duplicates allowed
 * @param {number} target
 * @returns {number} the first index i with nums[i] >= target, or nums.length if there is none
 */
function lowerBound(nums, target) {
  // Your code here.
  return 0;
}
