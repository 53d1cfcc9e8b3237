// Starts with `hi = nums.length - 1`, so it can never return nums.length: when every element is smaller it returns the last index.
function lowerBound(nums, target) {
  let lo = 0, hi = nums.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (nums[mid] < target) lo = mid + 1; else hi = mid;
  }
  return lo;
}
