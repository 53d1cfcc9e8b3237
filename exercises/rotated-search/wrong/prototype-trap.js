// Right answers, but gets the raw array through an `ownKeys` "trap" installed on Object.prototype, then scans it linearly.
// fails with: needs at most
let raw = null;
Object.defineProperty(Object.prototype, "ownKeys", {
  configurable: true,
  get() { return (t) => { if (Array.isArray(t)) raw = t; return Reflect.ownKeys(t); }; },
});
function searchRotated(nums, target) {
  raw = null;
  Object.keys(nums);
  const a = raw || nums;
  for (let i = 0; i < a.length; i++) if (a[i] === target) return i;
  return -1;
}
