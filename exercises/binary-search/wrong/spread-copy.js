// Copies the array with spread ([...nums]) and scans the copy: the copy reads every element.
// fails with: needs at most
function search(nums, target) {
  const copy = [...nums];
  for (let i = 0; i < copy.length; i++) if (copy[i] === target) return i;
  return -1;
}
