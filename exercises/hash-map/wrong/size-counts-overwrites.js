// `set` increments the size even when it only overwrites an existing key.
class HashMap {
  constructor() {
    this.buckets = [];
    for (let i = 0; i < 16; i++) this.buckets.push([]);
    this.count = 0;
  }
  static hash(key) {
    let h = 0;
    for (let i = 0; i < key.length; i++) h = (Math.imul(h, 31) + key.charCodeAt(i)) | 0;
    return h >>> 0;
  }
  bucketFor(key) {
    return this.buckets[HashMap.hash(key) % this.buckets.length];
  }
  set(key, value) {
    const bucket = this.bucketFor(key);
    this.count++;
    for (const e of bucket) {
      if (e[0] === key) { e[1] = value; return; }
    }
    bucket.push([key, value]);
    if (this.count > this.buckets.length * 0.75) this.resize();
  }
  get(key) {
    for (const e of this.bucketFor(key)) if (e[0] === key) return e[1];
    return undefined;
  }
  has(key) {
    for (const e of this.bucketFor(key)) if (e[0] === key) return true;
    return false;
  }
  delete(key) {
    const bucket = this.bucketFor(key);
    for (let i = 0; i < bucket.length; i++) {
      if (bucket[i][0] === key) { bucket.splice(i, 1); this.count--; return true; }
    }
    return false;
  }
  get size() {
    return this.count;
  }
  resize() {
    const old = this.buckets;
    this.buckets = [];
    for (let i = 0; i < old.length * 2; i++) this.buckets.push([]);
    for (const b of old) for (const e of b) this.bucketFor(e[0]).push(e);
  }
}
