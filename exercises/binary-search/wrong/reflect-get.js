// Reads each element with Reflect.get instead of nums[i].
// fails with: needs at most
function search(nums, target) {
  for (let i = 0; i < nums.length; i++) if (Reflect.get(nums, i) === target) return i;
  return -1;
}
