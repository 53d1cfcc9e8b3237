// Reads elements with nums.at(i) instead of nums[i].
// fails with: needs at most
function search(nums, target) {
  for (let i = 0; i < nums.length; i++) if (nums.at(i) === target) return i;
  return -1;
}
