// Right answers, but reads the values through Object.getOwnPropertyDescriptors (n elements), not nums[i]: the read-count check must see it.
// fails with: needs at most
function lowerBound(nums, target) {
  const d = Object.getOwnPropertyDescriptors(nums);
  let i = 0;
  while (i < nums.length && d[i].value < target) i++;
  return i;
}
