// Correct: recursive, and reads the middle element twice per step (nums[mid], then nums.at(mid)); the same element read twice counts once.
function search(nums, target, lo = 0, hi = nums.length - 1) {
  if (lo > hi) return -1;
  const mid = lo + ((hi - lo) >> 1);
  if (nums[mid] === target) return mid;
  return nums.at(mid) < target ? search(nums, target, mid + 1, hi) : search(nums, target, lo, mid - 1);
}
