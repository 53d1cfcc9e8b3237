/**
 * A cache of at most `capacity` keys that evicts the least recently used key.
 */
class LRUCache {
  /** @param {number} capacity an integer ≥ 1 */
  constructor(capacity) {
    // Your code here.
  }

  /**
   * Returns the value stored under key (and marks key most recently used), or -1 when absent.
   * @param {number} key
   * @returns {number}
   */
  get(key) {
    // Your code here.
    return -1;
  }

  /**
   * Inserts or updates key (marking it most recently used), then evicts the least recently used
   * key if the cache holds more than capacity keys.
   * @param {number} key
   * @param {number} value an integer ≥ 0
   */
  put(key, value) {
    // Your code here.
  }
}
