// The "is target in the sorted half" tests exclude the half's outer end (`nums[lo] < target`, `target < nums[hi]`), so a target sitting at lo or hi is thrown away.
function searchRotated(nums, target) {
  let lo = 0, hi = nums.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (nums[mid] === target) return mid;
    if (nums[lo] <= nums[mid]) {
      if (nums[lo] < target && target < nums[mid]) hi = mid - 1; else lo = mid + 1;
    } else {
      if (nums[mid] < target && target < nums[hi]) lo = mid + 1; else hi = mid - 1;
    }
  }
  return -1;
}
