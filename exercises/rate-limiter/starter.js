class TokenBucket {
  /**
   * @param {number} capacity the most tokens the bucket holds (an integer ≥ 1); it starts full
   * @param {number} refillPerSecond tokens added per second, continuously (may be fractional)
   */
  constructor(capacity, refillPerSecond) {
    // Your code here.
  }

  /**
   * @param {number} nowMs the current time in milliseconds (never decreases between calls)
   * @returns {boolean} true if a token was taken, false if the request is refused
   */
  tryAcquire(nowMs) {
    // Your code here.
    return false;
  }
}

class SlidingWindowLimiter {
  /**
   * @param {number} limit the most granted requests per client in any window (an integer ≥ 1)
   * @param {number} windowMs the window length in milliseconds (an integer ≥ 1)
   */
  constructor(limit, windowMs) {
    // Your code here.
  }

  /**
   * @param {string} clientId any string, e.g. "alice", "10.0.0.1" or "__proto__"
   * @param {number} nowMs the current time in milliseconds (never decreases between calls)
   * @returns {boolean} true if the request is granted
   */
  allow(clientId, nowMs) {
    // Your code here.
    return false;
  }
}
