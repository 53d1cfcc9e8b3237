// A sorted copy (toSorted, or slice().sort()) reads every element.
// fails with: needs at most
function search(nums, target) {
  const copy = typeof nums.toSorted === "function" ? nums.toSorted((a, b) => a - b) : nums.slice().sort((a, b) => a - b);
  return copy.indexOf(target);
}
