// Object.assign({}, nums) copies every element through descriptors and gets.
// fails with: needs at most
function search(nums, target) {
  const o = Object.assign({}, nums);
  for (let i = 0; i < nums.length; i++) if (o[i] === target) return i;
  return -1;
}
