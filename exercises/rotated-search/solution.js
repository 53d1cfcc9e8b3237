function searchRotated(nums, target) {
  let lo = 0;
  let hi = nums.length - 1;
  while (lo <= hi) {
    const mid = lo + ((hi - lo) >> 1);
    const m = nums[mid];
    if (m === target) return mid;
    const first = nums[lo];
    if (first <= m) {
      // nums[lo..mid] is sorted (with lo === mid it is a single element).
      if (first <= target && target < m) hi = mid - 1;
      else lo = mid + 1;
    } else {
      // The rotation point is inside (lo, mid], so nums[mid..hi] is sorted.
      if (m < target && target <= nums[hi]) lo = mid + 1;
      else hi = mid - 1;
    }
  }
  return -1;
}
