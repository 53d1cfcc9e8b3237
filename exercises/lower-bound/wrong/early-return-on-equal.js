// Returns as soon as it hits a value equal to target: with duplicates that can be any copy, not the first.
function lowerBound(nums, target) {
  let lo = 0, hi = nums.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (nums[mid] === target) return mid;
    if (nums[mid] < target) lo = mid + 1; else hi = mid - 1;
  }
  return lo;
}
