// Evicts the most recently used key (the end of the Map) instead of the least recently used one.
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
    if (this.map.has(key)) {
      this.map.delete(key);
      this.map.set(key, value);
      return;
    }
    if (this.map.size === this.capacity) {
      const keys = [...this.map.keys()];
      this.map.delete(keys[keys.length - 1]);
    }
    this.map.set(key, value);
  }
}
