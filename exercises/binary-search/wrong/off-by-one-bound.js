// `hi = nums.length - 2` never looks at the last element.
function search(nums, target) {
  let lo = 0, hi = nums.length - 2;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (nums[mid] === target) return mid;
    if (nums[mid] < target) lo = mid + 1; else hi = mid - 1;
  }
  return -1;
}
