// String(nums) (Array.prototype.join under the hood) turns every element into text.
// fails with: needs at most
function search(nums, target) {
  if (nums.length === 0) return -1;
  return String(nums).split(",").map(Number).indexOf(target);
}
