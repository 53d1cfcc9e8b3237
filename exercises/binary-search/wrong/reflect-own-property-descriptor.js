// Reflect.getOwnPropertyDescriptor: the descriptor route again, through Reflect.
// fails with: needs at most
function search(nums, target) {
  for (let i = 0; i < nums.length; i++) {
    if (Reflect.getOwnPropertyDescriptor(nums, String(i)).value === target) return i;
  }
  return -1;
}
