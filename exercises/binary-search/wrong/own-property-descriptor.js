// Reads values through property descriptors (Object.getOwnPropertyDescriptor), not property reads.
// fails with: needs at most
function search(nums, target) {
  for (let i = 0; i < nums.length; i++) {
    if (Object.getOwnPropertyDescriptor(nums, i).value === target) return i;
  }
  return -1;
}
