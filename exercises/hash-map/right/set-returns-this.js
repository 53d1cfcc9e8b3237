// Correct: `set` returns the map itself, as Map.prototype.set does (chainable); the statement ignores set's return value.
class HashMap {
  constructor() {
    this.buckets = HashMap.emptyBuckets(16);
    this.count = 0;
  }

  static emptyBuckets(n) {
    const buckets = new Array(n);
    for (let i = 0; i < n; i++) buckets[i] = [];
    return buckets;
  }

  // FNV-1a over UTF-16 code units; Math.imul keeps it a 32-bit integer.
  static hash(key) {
    let h = 0x811c9dc5;
    for (let i = 0; i < key.length; i++) {
      h ^= key.charCodeAt(i);
      h = Math.imul(h, 0x01000193);
    }
    return h >>> 0;
  }

  bucketFor(key) {
    return this.buckets[HashMap.hash(key) % this.buckets.length];
  }

  set(key, value) {
    const bucket = this.bucketFor(key);
    for (const entry of bucket) {
      if (entry[0] === key) {
        entry[1] = value; // overwrite: size unchanged
        return this;
      }
    }
    bucket.push([key, value]);
    this.count++;
    if (this.count > this.buckets.length * 0.75) this.resize(this.buckets.length * 2);
    return this;
  }

  get(key) {
    for (const entry of this.bucketFor(key)) {
      if (entry[0] === key) return entry[1];
    }
    return undefined;
  }

  has(key) {
    for (const entry of this.bucketFor(key)) {
      if (entry[0] === key) return true;
    }
    return false;
  }

  delete(key) {
    const bucket = this.bucketFor(key);
    for (let i = 0; i < bucket.length; i++) {
      if (bucket[i][0] === key) {
        bucket[i] = bucket[bucket.length - 1]; // swap with the last entry, then drop it
        bucket.pop();
        this.count--;
        return true;
      }
    }
    return false;
  }

  get size() {
    return this.count;
  }

  resize(n) {
    const old = this.buckets;
    this.buckets = HashMap.emptyBuckets(n);
    for (const bucket of old) {
      for (const entry of bucket) this.bucketFor(entry[0]).push(entry);
    }
  }
}
