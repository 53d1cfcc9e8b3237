class CircuitBreaker {
  /**
   * @param {number} failureThreshold consecutive failures that open the breaker (an integer ≥ 1)
   * @param {number} cooldownMs how long it stays open before a trial request (an integer ≥ 1)
   */
  constructor(failureThreshold, cooldownMs) {
    // Your code here.
  }

  /**
   * @param {number} nowMs the current time in milliseconds (never decreases between calls)
   * @returns {"closed" | "open" | "half-open"}
   */
  state(nowMs) {
    // Your code here.
    return "closed";
  }

  /**
   * @param {number} nowMs
   * @returns {boolean} true if the caller may send a request now
   */
  canRequest(nowMs) {
    // Your code here.
    return true;
  }

  /** Reports that a request succeeded. @param {number} nowMs */
  recordSuccess(nowMs) {
    // Your code here.
  }

  /** Reports that a request failed. @param {number} nowMs */
  recordFailure(nowMs) {
    // Your code here.
  }
}
