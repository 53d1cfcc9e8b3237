// Evicts whenever the cache is full before storing, even when `put` only updates a key that is already cached.
class LRUCache {
  constructor(capacity) {
    this.capacity = capacity;
    this.map = new Map();
  }
  get(key) {
    if (!this.map.has(key)) return -1;
    const value = this.map.get(key);
    this.map.delete(key);
    this.map.set(key, value);
    return value;
  }
  put(key, value) {
    if (this.map.size >= this.capacity) this.map.delete(this.map.keys().next().value);
    this.map.delete(key);
    this.map.set(key, value);
  }
}
