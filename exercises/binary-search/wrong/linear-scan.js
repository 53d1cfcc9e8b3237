// Right answers, wrong complexity: reads up to n elements. The read-count check must reject it.
// fails with: needs at most
function search(nums, target) {
  for (let i = 0; i < nums.length; i++) if (nums[i] === target) return i;
  return -1;
}
