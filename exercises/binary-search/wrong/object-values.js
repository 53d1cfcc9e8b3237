// Object.values(nums) copies every element without indexing nums in user code.
// fails with: needs at most
function search(nums, target) {
  const values = Object.values(nums);
  for (let i = 0; i < values.length; i++) if (values[i] === target) return i;
  return -1;
}
