function lowerBound(nums, target) {
  // Invariant: nums[i] < target for i < lo, and nums[i] >= target for i >= hi.
  let lo = 0;
  let hi = nums.length; // the answer may be nums.length itself
  while (lo < hi) {
    const mid = lo + ((hi - lo) >> 1);
    if (nums[mid] < target) lo = mid + 1; // one read per step
    else hi = mid; // mid may be the answer: keep it in range
  }
  return lo;
}
