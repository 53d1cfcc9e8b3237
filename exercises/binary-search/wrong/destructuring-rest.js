// Array destructuring with a rest element copies every element.
// fails with: needs at most
function search(nums, target) {
  const [...copy] = nums;
  return copy.indexOf(target);
}
