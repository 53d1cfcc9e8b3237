// Treats "every element is smaller" like a failed search and returns -1 instead of nums.length.
function lowerBound(nums, target) {
  let lo = 0, hi = nums.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (nums[mid] < target) lo = mid + 1; else hi = mid;
  }
  return lo === nums.length ? -1 : lo;
}
