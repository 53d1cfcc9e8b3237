// Array.prototype.findIndex called on the array: a linear scan inside a built-in must count.
// fails with: needs at most
function search(nums, target) {
  return nums.findIndex((v) => v === target);
}
