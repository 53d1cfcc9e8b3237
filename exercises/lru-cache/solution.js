// A Map iterates in insertion order, so its first key is the least recently used one as long
// as every use re-inserts the key at the end.
class LRUCache {
  constructor(capacity) {
    this.capacity = capacity;
    this.map = new Map();
  }

  get(key) {
    if (!this.map.has(key)) return -1;
    const value = this.map.get(key);
    this.map.delete(key); // move to the most-recent end
    this.map.set(key, value);
    return value;
  }

  put(key, value) {
    this.map.delete(key); // an update must also move the key to the end
    this.map.set(key, value);
    if (this.map.size > this.capacity) {
      const oldest = this.map.keys().next().value;
      this.map.delete(oldest);
    }
  }
}
