// Array.from(nums) copies the array; the copy is scanned.
// fails with: needs at most
function search(nums, target) {
  return Array.from(nums).indexOf(target);
}
