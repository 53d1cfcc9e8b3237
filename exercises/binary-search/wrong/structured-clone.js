// structuredClone copies the array in the engine, without property reads in user code.
// fails with: DataCloneError
function search(nums, target) {
  return structuredClone(nums).indexOf(target);
}
