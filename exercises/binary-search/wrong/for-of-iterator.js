// Linear scan with for..of (the array iterator): every element it yields must count as read.
// fails with: needs at most
function search(nums, target) {
  let i = 0;
  for (const v of nums) {
    if (v === target) return i;
    i++;
  }
  return -1;
}
