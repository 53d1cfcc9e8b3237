// [].concat(nums) spreads the array into a copy inside the engine.
// fails with: needs at most
function search(nums, target) {
  return [].concat(nums).indexOf(target);
}
