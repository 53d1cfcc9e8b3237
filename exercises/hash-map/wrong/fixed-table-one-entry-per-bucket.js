// A fixed table of 8 slots that never grows, and each slot holds one entry: a colliding key overwrites the previous one.
class HashMap {
  constructor() {
    this.slots = new Array(8).fill(null);
    this.count = 0;
  }
  static hash(key) {
    let h = 0;
    for (let i = 0; i < key.length; i++) h = (Math.imul(h, 31) + key.charCodeAt(i)) | 0;
    return h >>> 0;
  }
  set(key, value) {
    const i = HashMap.hash(key) % this.slots.length;
    if (this.slots[i] === null) this.count++;
    this.slots[i] = [key, value];
  }
  get(key) {
    const s = this.slots[HashMap.hash(key) % this.slots.length];
    return s !== null && s[0] === key ? s[1] : undefined;
  }
  has(key) {
    const s = this.slots[HashMap.hash(key) % this.slots.length];
    return s !== null && s[0] === key;
  }
  delete(key) {
    const i = HashMap.hash(key) % this.slots.length;
    if (this.slots[i] === null || this.slots[i][0] !== key) return false;
    this.slots[i] = null;
    this.count--;
    return true;
  }
  get size() {
    return this.count;
  }
}
