/**
 * A string-keyed hash map built from buckets (Map, Set, WeakMap and WeakSet are unavailable).
 */
class HashMap {
  constructor() {
    // Your code here: e.g. an array of buckets and a count.
  }

  /**
   * Stores value under key, replacing any previous value.
   * @param {string} key
   * @param {*} value never undefined
   */
  set(key, value) {
    // Your code here.
  }

  /**
   * @param {string} key
   * @returns {*} the value stored under key, or undefined when absent
   */
  get(key) {
    // Your code here.
    return undefined;
  }

  /**
   * @param {string} key
   * @returns {boolean} whether key is present
   */
  has(key) {
    // Your code here.
    return false;
  }

  /**
   * Removes key.
   * @param {string} key
   * @returns {boolean} true if key was present
   */
  delete(key) {
    // Your code here.
    return false;
  }

  /** @returns {number} the number of keys present */
  get size() {
    // Your code here.
    return 0;
  }
}
