// indexOf is a linear scan through the instrumented array: too many reads.
// fails with: needs at most
function search(nums, target) {
  return nums.indexOf(target);
}
