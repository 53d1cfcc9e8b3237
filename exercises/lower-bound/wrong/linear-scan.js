// Right answers, wrong complexity: walks from the left, reading up to n elements. The read-count check must reject it.
function lowerBound(nums, target) {
  let i = 0;
  while (i < nums.length && nums[i] < target) i++;
  return i;
}
