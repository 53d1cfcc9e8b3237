// Function.prototype.apply turns the array into an argument list (Array.of.apply(null, nums)).
// fails with: needs at most
function search(nums, target) {
  const copy = Array.of.apply(null, nums);
  return copy.indexOf(target);
}
